"""NukeViet CMS 4.4 (2020), a school's free theme ("lqd2020") reworked by its IT teacher.

Institution: Trường THPT Lê Quý Đôn, huyện Hàm Thuận Nam, tỉnh Bình Thuận (upper-secondary).

Platform and URL scheme (rewrite on, language in the URL, ``rewrite_exturl`` ".html"):
- ``/`` and ``/vi/``: the home page. A "Tin nổi bật" owl-carousel slider (5 featured items), then
  one Bootstrap tab block (``nav-tabs`` / ``tab-pane``) with one tab per news category, each pane
  the first five titles of that category (the first with thumbnail and clipped hometext).
- ``/vi/news/``: the module's main page (viewcat_main_right: each category with 3 items).
- ``/vi/news/<cat-alias>/`` and ``/vi/news/<cat-alias>/page-<n>/`` (n >= 2): viewcat_page_new with
  3 items a page: a lead item (thumbnail, title, time, views, hometext) then a ``ul.related`` list
  of the other titles; NukeViet's ``ul.pagination`` under it. ``page-1/`` 301s to the category.
- ``/vi/news/<cat-alias>/<alias>-<id>.html``: the article (detail.tpl). The same article answers
  without the language prefix (``/news/<cat-alias>/<alias>-<id>.html``), under any category it is
  filed in (listcatid), and as a print view ``/vi/news/print/<cat-alias>/<alias>-<id>.html``.
  A wrong alias with a known id 301s to the article's URL (NukeViet's canonical redirect).
- ``/vi/news/tag/<alias>``: tag listings; ``/vi/news/rss/``: RSS of the 10 newest items.
- Non-articles: ``/vi/about/<alias>.html`` (about module), ``/vi/contact/``, ``/vi/laws/`` and
  ``/vi/laws/detail/<alias>.html`` (documents), ``/vi/page/<alias>.html`` (page module).

Article page template (top to bottom, inside ``div.news_column.panel``): the headline
``h1.title``; a row with the publication time "Thứ sáu - 04/12/2026 15:45" (weekday lower case, as
NukeViet's ``nv_date('l - d/m/Y H:i')`` prints it), sometimes "Cập nhật: …" and "Đăng bởi: <account>",
the print/views tools; the "Cỡ chữ: A- A A+" tool; the home image (``figure.article``, left
thumbnail or full width) with a figcaption; the hometext printed bold (``div.hometext > b``); the
body ``div#news-bodyhtml.bodytext``; "Tác giả:" and "Nguồn tin:" lines (``p.h5.text-right``);
then panels: "Từ khóa" tags, the star rating, share buttons, reader comments ("Ý kiến bạn đọc"),
"Những tin mới hơn" and "Những tin cũ hơn" (3 each, same category, with "(dd/mm/yyyy)").

How each gold article is reached: the menu links the three categories; the home tabs link the
first five of each category; "Tin xem nhiều" and the slider link a few more. Category
"Tin tức - Sự kiện" lists 7 items (6 own + one filed there as a second category) over 3 pages:
1296, 1291 (second category), 1284 | 1276, 1268, 1253 | 1241. 1253 and 1241 are on no home
block and no first page: only page 2 / page 3 (and the older-news chain of their neighbours, as
NukeViet does). "Hoạt động chuyên môn": 1291, 1279, 1262 (one page). "Đoàn thanh niên": 1294,
1283, 1271 | 1258 (1258 is on page 2 and, the tab holding five, in the home tab; the RSS holds
  the 10 newest only, neither 1253, 1241 nor 1258).

Traps
1. Competing titles (kind not in the README list): every page prints the site name as an ``h1``
   in the header (``div.logo h1``) before the article's ``h1.title``; ``<title>`` is
   "<headline> - <category> - Trường THPT Lê Quý Đôn"; article 1284 was renamed after publication:
   its og:title and the cached "Tin xem nhiều" block still print the old title and old alias (the
   old URL 301s to the new one); slider and tab titles are clipped to 60 characters with "...".
   Gold: the title is the ``h1.title`` text, in full; the 301 source is no alt path.
2. Sapo printed twice (kind not listed): the hometext is printed bold above the body (summary, and
   the body's first paragraph); in 1291 and 1253 the editor also pasted it as the body's first
   ``<p>``. Gold: the sapo once. 1268 has no hometext (empty div): summary null.
3. Lazy-loaded photos (kind not listed): the theme's jQuery lazyload rewrote body images of 1294
   and 1283 to ``src="/themes/lqd2020/images/grey.gif" data-original="/uploads/news/…"`` with a
   ``<noscript><img src=…></noscript>`` copy. Gold: each photo once, at its data-original path;
   the grey placeholder is no image.
4. One article in two categories (listcatid; kind not listed): 1291 is filed under "Hoạt động
   chuyên môn" (primary, catid 2) and "Tin tức - Sự kiện"; the second category's listing and home
   tab link ``/vi/news/tin-tuc-su-kien/…-1291.html``, which answers 200 with that category in its
   breadcrumb, while its canonical link names the primary URL. Gold: path = canonical = primary
   URL, category "Hoạt động chuyên môn"; the other URL is an alt path.
5. Reader comments and rating under the text (kind not listed): 1283 carries the comment module
   ("Ý kiến bạn đọc") with two readers' comments in ``<p>`` with their own dates, and every
   article the star rating "Click để đánh giá bài viết". Gold: none of it is body, no date from it.
6. Text without paragraphs (kind not listed): 1276 and 1271 were typed with CKEditor's BR enter
   mode: the text is one ``<div>`` of lines separated by ``<br />`` (blank lines ``<br />&nbsp;``).
   Gold: each line is a paragraph, the blank ones none. Elsewhere ``<p>&nbsp;</p>`` spacers are no
   paragraph.
7. Home image's figcaption falls back to the headline: the reworked theme prints
   ``<figcaption>{image.alt}</figcaption>`` and NukeViet fills an empty alt with the title. Gold:
   the home image is the article's first photo; its caption is the editor's note when there is one
   (1296, 1294, 1253), None when the figcaption only repeats the headline.
8. Dates: ``article:published_time`` is printed with PHP's ``date('Y-m-dTH:i:s')`` bug
   ("2026-12-04+0715:45:00", T = zone abbreviation); 1284 prints "Cập nhật: 21/11/2026 07:52";
   1276 prints "Thứ bảy - 14/11/2026 00:00"; related lists and comments print other days.
   Gold: the publication time "2026-12-04T15:45:00+07:00"; 1276 the day alone "2026-11-14".
9. Bylines and sources in fields: "Tác giả: Tin, ảnh: Trần Minh Trí" (both lists),
   "ThS. Lê Thị Bích Trâm - Phó Hiệu trưởng" (name only), "Công đoàn trường" (a unit, kept),
   two names with a comma, "Nguyễn Quốc Bảo (Bí thư Đoàn trường)"; "Đăng bởi: admin / lqd_vanphong"
   is the CMS account (nobody); 1279 has no author field and is signed by a right-aligned
   "Bộ phận Chuyên môn" line; "Nguồn tin:" prints a linked source (1253 "Báo Bình Thuận"); 1241
   ends with an italic "Theo Trung tâm Y tế huyện Hàm Thuận Nam" line while 1296 has a body
   sentence "Theo kế hoạch, …". Gold as the README says; photo-credit-only lines ("Ảnh: Minh
   Trí", "Ảnh: Quốc Bảo") give a photographer and no caption.
10. Duplicate URLs: the slider links prefix-less ``/news/…`` URLs; the print view is only in an
    ``onclick`` (``nv_open_browse``); the RSS links the /vi/ URLs. Gold: alt paths.
11. Widgets inside the text container: a Facebook post embed and a "Xem thêm:" line (1271), a file
    line "Tải về: …pdf" (1279), "Xem thêm:" (1253). Not body.
12. Word and Unikey text: 1262 was pasted from Word (``MsoNormal``, ``<o:p>``, bullet lists with
    ``mso-list:Ignore`` markers); 1241 was typed in "Unicode tổ hợp" (NFD). Gold: NFC text, no
    list markers. 1279 holds a results table (rows: cells joined by " | ", header row included).

Gold decisions on ambiguous points
- The home image (``/uploads/news/…``, above or beside the hometext) is the article's first photo,
  whichever position (left thumbnail or full width) the editor chose.
- The hometext is the summary (a bold lead in its own element) and the body's first paragraph.
- 1291's category is its primary one, the one its canonical page's breadcrumb prints.
- "Nguồn tin: X" is the source X; own articles print no "Nguồn tin" line (source null).
- The 301 from the stale alias is not an alt path (it serves nothing); the print view is.
- Listing, tag, RSS, home and /vi/news/ pages are listings: neither gold nor NON_ARTICLES.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "nukeviet44_tabs_home_thpt"
PLATFORM = "NukeViet CMS 4.4 (theme lqd2020 reworked: Bootstrap tabs home, viewcat_page_new)"
START_PATH = "/"

SITE = "Trường THPT Lê Quý Đôn"
THEME = "/themes/lqd2020"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

#: catid, alias, title as the menu and breadcrumb print them
CATS = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn"),
    "doan-thanh-nien": (3, "Đoàn thanh niên"),
}
TAGS = {
    "phong-chay-chua-chay": "phòng cháy chữa cháy",
    "hoc-sinh-gioi": "học sinh giỏi",
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# --- the articles -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1296,
        slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-can-bo-giao-vien-va-hoc-sinh",
        title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên và học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Nhằm trang bị kiến thức, kỹ năng xử lý tình huống khi xảy ra cháy, nổ, Trường THPT Lê Quý "
            "Đôn phối hợp với Công an huyện Hàm Thuận Nam tổ chức tập huấn cho toàn thể cán bộ, giáo "
            "viên, nhân viên và học sinh nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/pccc-lqd-01.jpg",
                "Cán bộ Đội Cảnh sát PCCC và CNCH hướng dẫn học sinh sử dụng bình chữa cháy",
                "Cán bộ Đội Cảnh sát PCCC và CNCH hướng dẫn học sinh sử dụng bình chữa cháy",
                style="home_full",
            ),
            P(
                "Chiều ngày 03/12/2026, Trường THPT Lê Quý Đôn phối hợp với Đội Cảnh sát phòng cháy, chữa "
                "cháy và cứu nạn, cứu hộ Công an huyện Hàm Thuận Nam tổ chức buổi tập huấn nghiệp vụ phòng "
                "cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ (CNCH) cho gần 1.200 cán bộ, giáo viên, nhân viên "
                "và học sinh toàn trường."
            ),
            P(
                "Tại buổi tập huấn, cán bộ Công an huyện đã phổ biến những quy định cơ bản của Luật Phòng "
                "cháy, chữa cháy; phân tích các nguyên nhân thường dẫn đến cháy, nổ trong trường học như "
                "chập điện, sử dụng thiết bị điện không đúng cách, để chất dễ cháy gần nguồn nhiệt; đồng "
                "thời hướng dẫn cách thoát nạn khi xảy ra cháy tại phòng học, phòng thí nghiệm và nhà đa năng."
            ),
            Img(
                "/uploads/news/2026_12/pccc-lqd-02.jpg",
                "Học sinh thực hành dập đám cháy giả định bằng bình bột",
                "Học sinh thực hành dập đám cháy giả định bằng bình bột",
                style="fig",
            ),
            P(
                "Phần thực hành diễn ra sôi nổi trên sân trường. Các em học sinh được trực tiếp sử dụng bình "
                "chữa cháy xách tay loại bột và khí CO2 để dập tắt đám cháy giả định, thực hành kỹ năng dùng "
                "khăn ướt che mũi, cúi thấp người di chuyển theo lối thoát hiểm và sơ cứu ban đầu cho người "
                "bị nạn."
            ),
            P(
                "Theo kế hoạch, sau đợt tập huấn này, nhà trường sẽ kiện toàn đội PCCC cơ sở, kiểm tra lại "
                "toàn bộ hệ thống điện, bình chữa cháy và tiêu lệnh tại các dãy phòng học trước khi bước vào "
                "đợt kiểm tra cuối học kỳ I."
            ),
            P(
                "Phát biểu bế mạc, thầy Phan Văn Định, Hiệu trưởng nhà trường, cảm ơn sự hỗ trợ nhiệt tình "
                "của Công an huyện và đề nghị giáo viên chủ nhiệm tiếp tục nhắc nhở học sinh nâng cao ý thức "
                "phòng ngừa cháy, nổ ở trường cũng như tại gia đình."
            ),
        ],
        authors=["Trần Minh Trí"],
        photographers=["Trần Minh Trí"],
        opts={
            "when": "04/12/2026 15:45",
            "author": "Tin, ảnh: Trần Minh Trí",
            "poster": "lqd_vanphong",
            "tags": ["phong-chay-chua-chay"],
        },
    ),
    Story(
        id=1294,
        slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-lam-sach-bai-bien-thuan-quy",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” làm sạch bãi biển Thuận Quý",
        cat="doan-thanh-nien",
        published_at="2026-12-03T19:40:00+07:00",
        summary=(
            "Sáng Chủ nhật 29/11, gần 300 đoàn viên Trường THPT Lê Quý Đôn đã ra quân thu gom rác thải, "
            "làm sạch bãi biển thuộc thôn Khê Thủy, xã Thuận Quý."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_12/cn-xanh-thuan-quy-01.jpg",
                "Đoàn viên thu gom rác thải dọc bờ biển Thuận Quý",
                "Đoàn viên thu gom rác thải dọc bờ biển Thuận Quý",
                style="home_full",
            ),
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Huyện đoàn Hàm Thuận Nam phát động, Ban Chấp "
                "hành Đoàn trường đã phân công mỗi chi đoàn phụ trách một đoạn bờ biển dài khoảng 50 mét, "
                "từ khu vực bến thuyền đến chân đồi cát."
            ),
            P(
                "Từ 6 giờ sáng, các đoàn viên đã có mặt với bao tải, găng tay, kẹp gắp rác. Chỉ sau hơn hai "
                "giờ, các chi đoàn đã thu gom được gần 1,5 tấn rác thải các loại, chủ yếu là chai nhựa, túi "
                "ni lông, lưới đánh cá cũ và xốp, tập kết đúng nơi quy định để đơn vị vệ sinh môi trường "
                "của xã vận chuyển đi xử lý."
            ),
            Img(
                "/uploads/news/2026_12/cn-xanh-thuan-quy-02.jpg",
                "Chi đoàn 11A3 phân loại rác nhựa để tái chế",
                "Chi đoàn 11A3 phân loại rác nhựa để tái chế",
                style="lazy",
            ),
            P(
                "Không chỉ nhặt rác, các em còn phân loại chai nhựa, lon nhôm để bán phế liệu, gây quỹ "
                "“Áo ấm cho em” tặng học sinh nghèo vào dịp Tết Nguyên đán. Nhiều người dân địa phương và "
                "du khách cũng cùng tham gia với các đoàn viên."
            ),
            P(
                "Anh Nguyễn Quốc Bảo, Bí thư Đoàn trường cho biết: “Chúng tôi muốn mỗi đoàn viên hiểu rằng "
                "bảo vệ môi trường biển bắt đầu từ những việc nhỏ như không xả rác, hạn chế dùng đồ nhựa "
                "dùng một lần”. Dự kiến, Đoàn trường sẽ duy trì hoạt động này mỗi tháng một lần."
            ),
            Img(
                "/uploads/news/2026_12/cn-xanh-thuan-quy-03.jpg",
                "Các đoàn viên chụp ảnh lưu niệm sau buổi ra quân",
                "Các đoàn viên chụp ảnh lưu niệm sau buổi ra quân",
                style="lazy",
            ),
        ],
        authors=["Nguyễn Quốc Bảo"],
        opts={
            "when": "03/12/2026 19:40",
            "author": "Nguyễn Quốc Bảo (Bí thư Đoàn trường)",
            "poster": "doantruong",
        },
    ),
    Story(
        id=1291,
        slug="hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-02T10:05:00+07:00",
        summary=(
            "Từ ngày 16/11 đến 28/11/2026, 24 giáo viên của 8 tổ chuyên môn đã tham gia Hội giảng giáo "
            "viên dạy giỏi cấp trường, hướng tới kỳ thi giáo viên dạy giỏi cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_12/hoi-giang-2026.jpg", None, None, style="home_left"),
            Raw(
                "<p>Từ ngày 16/11 đến 28/11/2026, 24 giáo viên của 8 tổ chuyên môn đã tham gia Hội giảng "
                "giáo viên dạy giỏi cấp trường, hướng tới kỳ thi giáo viên dạy giỏi cấp tỉnh.</p>"
            ),
            P(
                "Hội giảng là hoạt động chuyên môn thường niên của nhà trường nhằm tạo sân chơi để giáo viên "
                "trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng "
                "lực học sinh của Chương trình giáo dục phổ thông 2018."
            ),
            P("Các tiết dạy được Ban Giám khảo đánh giá theo các tiêu chí:", style="h"),
            P("Kế hoạch bài dạy rõ ràng, mục tiêu phù hợp với yêu cầu cần đạt của chương trình;", style="li"),
            P("Tổ chức hoạt động học tập cho học sinh đa dạng, phát huy tính chủ động, sáng tạo;", style="li"),
            P("Ứng dụng công nghệ thông tin và thiết bị dạy học hợp lý, hiệu quả;", style="li"),
            P("Học sinh tích cực, hoàn thành nhiệm vụ học tập và vận dụng được kiến thức vào thực tiễn.", style="li"),
            Img(
                "/uploads/news/2026_12/hoi-giang-hoa-hoc.jpg",
                "Cô Nguyễn Thị Thu Hà, giáo viên môn Hóa học, trong tiết dạy hội giảng",
                "Cô Nguyễn Thị Thu Hà, giáo viên môn Hóa học, trong tiết dạy hội giảng",
                style="pnext",
            ),
            P(
                "Nhiều tiết dạy để lại ấn tượng tốt như bài “Cân bằng hóa học” của cô Nguyễn Thị Thu Hà với "
                "thí nghiệm mô phỏng trên phần mềm, bài “Tây Tiến” của cô Đỗ Thị Ngọc Ánh tổ chức cho học "
                "sinh đóng vai, hay bài “Lực ma sát” của thầy Trương Công Hậu gắn với tình huống thực tế."
            ),
            P(
                "Kết quả, có 9 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 4 giáo viên "
                "được đề nghị tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027."
            ),
        ],
        authors=["Lê Thị Bích Trâm"],
        opts={
            "when": "02/12/2026 10:05",
            "author": "ThS. Lê Thị Bích Trâm - Phó Hiệu trưởng",
            "also": ["tin-tuc-su-kien"],
            "poster": "lqd_chuyenmon",
        },
    ),
    Story(
        id=1279,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-truong-lop-12-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T17:30:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp trường lớp 12 năm học 2026 - 2027 đã diễn ra nghiêm túc, có "
            "154 học sinh dự thi ở 8 môn văn hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, ngày 21/11/2026 nhà trường tổ chức kỳ thi chọn học sinh giỏi "
                "cấp trường lớp 12 để thành lập đội tuyển dự thi cấp tỉnh. Đề thi do các tổ chuyên môn biên "
                "soạn theo cấu trúc đề thi học sinh giỏi của Sở GD&ĐT Bình Thuận."
            ),
            P("Kết quả cụ thể theo từng môn như sau:"),
            P("TT | Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", style="th"),
            P("1 | Toán | 26 | 1 | 2 | 4 | 5", style="tr"),
            P("2 | Vật lí | 18 | 1 | 1 | 3 | 4", style="tr"),
            P("3 | Hóa học | 21 | 0 | 2 | 3 | 5", style="tr"),
            P("4 | Sinh học | 15 | 1 | 1 | 2 | 3", style="tr"),
            P("5 | Ngữ văn | 24 | 1 | 3 | 3 | 4", style="tr"),
            P("6 | Lịch sử | 16 | 0 | 1 | 2 | 4", style="tr"),
            P("7 | Địa lí | 17 | 1 | 2 | 2 | 3", style="tr"),
            P("8 | Tiếng Anh | 17 | 1 | 1 | 3 | 4", style="tr"),
            P(
                "Những học sinh đạt giải Nhất, Nhì, Ba được chọn vào đội tuyển của trường, bắt đầu ôn luyện "
                "từ ngày 30/11/2026 theo lịch của từng bộ môn."
            ),
            Raw(
                '<p>Tải về: <a href="/uploads/news/2026_11/ket-qua-hsg-truong-lop-12.pdf" '
                'target="_blank">ket-qua-hsg-truong-lop-12.pdf</a></p>'
            ),
            Raw('<p style="text-align: right;"><strong>Bộ phận Chuyên môn</strong></p>'),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"when": "25/11/2026 17:30", "poster": "lqd_chuyenmon", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        id=1283,
        slug="chung-ket-hoi-thi-rung-chuong-vang-khoi-10-tim-hieu-95-nam-lich-su-doan",
        title="Chung kết Hội thi “Rung chuông vàng” khối 10 tìm hiểu 95 năm lịch sử Đoàn",
        cat="doan-thanh-nien",
        published_at="2026-11-21T20:15:00+07:00",
        summary=(
            "Chiều 20/11, 100 thí sinh của 10 chi đoàn khối 10 đã tranh tài tại vòng chung kết Hội thi "
            "“Rung chuông vàng” tìm hiểu lịch sử Đoàn TNCS Hồ Chí Minh."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/rung-chuong-vang-k10.jpg", None, None, style="home_left"),
            P(
                "Hội thi do Ban Chấp hành Đoàn trường tổ chức nhằm giúp đoàn viên, thanh niên khối 10 tìm "
                "hiểu về truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh, chào mừng 95 năm Ngày thành lập "
                "Đoàn (26/3/1931 - 26/3/2026) và các ngày lễ lớn trong năm."
            ),
            P(
                "Mỗi chi đoàn chọn 10 thí sinh tham dự. Các câu hỏi xoay quanh lịch sử Đoàn, các phong trào "
                "thanh niên qua từng thời kỳ, những tấm gương anh hùng tuổi trẻ và kiến thức về quê hương "
                "Bình Thuận."
            ),
            Img(
                "/uploads/news/2026_11/rung-chuong-vang-sanh.jpg",
                "Các thí sinh giơ bảng đáp án tại sân khấu nhà đa năng",
                "Các thí sinh giơ bảng đáp án tại sân khấu nhà đa năng",
                style="lazy",
            ),
            P(
                "Sau 25 câu hỏi, sàn thi chỉ còn lại 3 thí sinh. Em Nguyễn Ngọc Bảo Trân, lớp 10A2, đã xuất "
                "sắc vượt qua câu hỏi cuối cùng để rung tiếng chuông vàng, giành giải Nhất của hội thi."
            ),
            P(
                "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và giải tập thể cho Chi đoàn 10A2 có "
                "cổ động viên ấn tượng nhất."
            ),
        ],
        authors=["Lê Hoàng Phúc", "Đặng Thị Mỹ Duyên"],
        opts={
            "when": "21/11/2026 20:15",
            "author": "Lê Hoàng Phúc, Đặng Thị Mỹ Duyên",
            "poster": "doantruong",
            "comments": [
                (
                    "Trần Gia Huy",
                    "22/11/2026 06:41",
                    "Chúc mừng bạn Bảo Trân và tập thể lớp 10A2! Năm sau mong Đoàn trường tổ chức cho cả khối 11 nữa ạ.",
                ),
                (
                    "Phụ huynh lớp 10A5",
                    "21/11/2026 21:03",
                    "Hội thi rất bổ ích, các con về nhà kể say sưa. Cảm ơn thầy cô Đoàn trường.",
                ),
            ],
        },
    ),
    Story(
        id=1284,
        slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Lê Quý Đôn long trọng tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam với sự tham dự của lãnh đạo địa phương, Ban đại diện cha mẹ học sinh và các thế hệ "
            "thầy cô giáo."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/hop-mat-20-11.jpg", None, None, style="home_full"),
            P(
                "Đến dự có ông Nguyễn Văn Thành, Phó Chủ tịch UBND huyện Hàm Thuận Nam; đại diện Đảng ủy, "
                "UBND thị trấn Thuận Nam; Ban đại diện cha mẹ học sinh cùng nhiều thầy cô giáo đã nghỉ hưu "
                "và cựu học sinh các khóa."
            ),
            P(
                "Ôn lại truyền thống, thầy Phan Văn Định, Hiệu trưởng, nhắc lại chặng đường gần 20 năm xây "
                "dựng và phát triển của nhà trường: từ 12 lớp học ban đầu, đến nay trường có 33 lớp với hơn "
                "1.300 học sinh, tỉ lệ tốt nghiệp THPT nhiều năm liền đạt trên 98%."
            ),
            Img(
                "/uploads/news/2026_11/hop-mat-20-11-tang-hoa.jpg",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
                "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
                style="pnext",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 15 giáo viên có thành tích xuất sắc trong phong trào thi đua "
                "“Dạy tốt - Học tốt” đợt 1; Ban đại diện cha mẹ học sinh trao 20 suất quà cho các thầy cô có "
                "hoàn cảnh khó khăn và đã nghỉ hưu."
            ),
            Img("/uploads/news/2026_11/hop-mat-20-11-van-nghe.jpg", "Ảnh: Minh Trí", None, style="pnext"),
            P(
                "Chương trình văn nghệ do học sinh các chi đoàn biểu diễn với những ca khúc về thầy cô, mái "
                "trường đã mang lại nhiều cảm xúc cho buổi họp mặt."
            ),
        ],
        authors=["Võ Thanh Tùng"],
        photographers=["Minh Trí"],
        opts={
            "when": "20/11/2026 09:30",
            "updated": "21/11/2026 07:52",
            "author": "Võ Thanh Tùng",
            "poster": "lqd_vanphong",
            "old_title": "Họp mặt kỷ niệm 44 năm ngày Nhà giáo Việt Nam 20/11",
            "old_slug": "hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=1276,
        slug="soi-noi-hoi-thao-giao-vien-nhan-vien-chao-mung-ngay-nha-giao-viet-nam",
        title="Sôi nổi Hội thao giáo viên, nhân viên chào mừng Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14",
        summary=(
            "Trong hai ngày 12 và 13/11, Công đoàn trường tổ chức Hội thao cho cán bộ, giáo viên, nhân "
            "viên với ba môn bóng chuyền hơi, kéo co và cờ tướng."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/hoi-thao-cd.jpg", None, None, style="home_left"),
            P(
                "Hội thao là hoạt động thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, tạo không khí vui "
                "tươi, đoàn kết trong tập thể sư phạm nhà trường."
            ),
            P(
                "Tham gia có 8 đội đến từ các tổ chuyên môn và tổ Văn phòng. Các trận đấu diễn ra hấp dẫn, "
                "đặc biệt là trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Ngoại ngữ kéo dài đến "
                "séc thứ ba."
            ),
            P("Kết quả chung cuộc:", style="h"),
            P("Bóng chuyền hơi: Nhất tổ Toán - Tin, Nhì tổ Ngoại ngữ, Ba tổ Sinh - Công nghệ."),
            P("Kéo co: Nhất tổ Văn phòng, Nhì tổ Lý - Hóa, Ba tổ Sử - Địa - GDKT&PL."),
            P("Cờ tướng: Nhất thầy Trương Công Hậu, Nhì thầy Lê Văn Sang, Ba cô Phạm Thị Hồng."),
            P(
                "Ban Chấp hành Công đoàn trao giấy khen và tiền thưởng cho các đội, cá nhân đạt giải, đồng "
                "thời cảm ơn sự cổ vũ nhiệt tình của các em học sinh."
            ),
        ],
        authors=["Công đoàn trường"],
        opts={
            "when": "14/11/2026 00:00",
            "author": "Công đoàn trường",
            "poster": "admin",
            "markup": "brdiv",
            "tags": ["ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=1271,
        slug="be-mac-giai-bong-da-nam-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Bế mạc Giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="doan-thanh-nien",
        published_at="2026-11-08T16:00:00+07:00",
        summary=(
            "Sau hai tuần tranh tài sôi nổi, Giải bóng đá nam học sinh năm 2026 đã khép lại với chức vô "
            "địch thuộc về đội bóng lớp 12A4."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_11/bong-da-12a4.jpg", None, None, style="home_left"),
            P(
                "Giải do Đoàn trường phối hợp với tổ Thể dục - Quốc phòng tổ chức, thu hút 24 đội bóng của "
                "các lớp thuộc ba khối, thi đấu theo thể thức vòng bảng và loại trực tiếp trên sân cỏ nhân "
                "tạo của nhà trường."
            ),
            P(
                "Trận chung kết chiều 07/11 giữa 12A4 và 11A1 diễn ra kịch tính. Hai đội hòa 1 - 1 trong thời "
                "gian thi đấu chính thức, 12A4 giành chiến thắng 4 - 3 trên chấm luân lưu."
            ),
            P("Giải Ba thuộc về hai đội 12A1 và 10A6; giải Vua phá lưới thuộc về em Lê Minh Khang (11A1) với 7 bàn thắng."),
            Raw(
                '<div class="fb-post" data-href="https://www.facebook.com/doantruonglequydonhtn/posts/'
                '1029384756" data-width="500" data-show-text="true"><blockquote '
                'cite="https://www.facebook.com/doantruonglequydonhtn/posts/1029384756" '
                'class="fb-xfbml-parse-ignore"><p>Video trọn vẹn loạt sút luân lưu trận chung kết!</p>'
                "Đăng bởi <a href=\"https://www.facebook.com/doantruonglequydonhtn\">Đoàn trường THPT Lê Quý "
                "Đôn</a> vào Thứ Bảy, 7 tháng 11, 2026</blockquote></div>"
            ),
            P(
                "Phát biểu bế mạc, cô Lê Thị Bích Trâm, Phó Hiệu trưởng, biểu dương tinh thần thi đấu fair-play "
                "của các cầu thủ và nhắc nhở các em cân đối thời gian giữa tập luyện thể thao với học tập."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/vi/news/tin-tuc-su-kien/soi-noi-hoi-thao-giao-vien-'
                'nhan-vien-chao-mung-ngay-nha-giao-viet-nam-1276.html">Sôi nổi Hội thao giáo viên, nhân viên '
                "chào mừng Ngày Nhà giáo Việt Nam</a></p>"
            ),
        ],
        authors=["Đoàn trường"],
        opts={"when": "08/11/2026 16:00", "author": "Đoàn trường", "poster": "doantruong", "markup": "brdiv"},
    ),
    Story(
        id=1268,
        slug="doan-kiem-tra-cua-so-gd-dt-binh-thuan-lam-viec-ve-cong-tac-dau-nam-hoc",
        title="Đoàn kiểm tra của Sở GD&ĐT Bình Thuận làm việc tại trường về công tác đầu năm học",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T14:10:00+07:00",
        blocks=[
            Img("/uploads/news/2026_11/kiem-tra-dau-nam.jpg", None, None, style="home_full"),
            P(
                "Ngày 05/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo Bình Thuận do ông Huỳnh Văn Lợi, "
                "Trưởng phòng Giáo dục Trung học, làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và triển "
                "khai nhiệm vụ năm học 2026 - 2027 tại Trường THPT Lê Quý Đôn."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục nhà trường, kế hoạch dạy học của các tổ "
                "chuyên môn, việc thực hiện các khoản thu đầu năm và công tác bảo đảm an ninh, an toàn trường học."
            ),
            P(
                "Đoàn cũng dự giờ 6 tiết dạy ở các môn Toán, Ngữ văn, Tiếng Anh, Vật lí, Lịch sử và Giáo dục "
                "thể chất; kiểm tra cơ sở vật chất, thiết bị dạy học, thư viện và phòng học bộ môn."
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn ghi nhận nhà trường đã chuẩn bị chu đáo, triển khai nhiệm "
                "vụ năm học đúng kế hoạch; đồng thời đề nghị trường tăng cường bồi dưỡng giáo viên dạy các "
                "môn lựa chọn và nâng cao chất lượng giáo dục mũi nhọn."
            ),
        ],
        opts={"when": "06/11/2026 14:10", "poster": "admin"},
    ),
    Story(
        id=1262,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn: dạy học đọc hiểu văn bản nghị luận",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T09:00:00+07:00",
        summary=(
            "Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với chủ đề dạy học đọc "
            "hiểu văn bản nghị luận cho học sinh lớp 11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sáng ngày 28/10/2026, tại lớp 11A5, cô Đỗ Thị Ngọc Ánh đã dạy minh họa bài “Chiếu cầu hiền” "
                "của Ngô Thì Nhậm. Toàn bộ giáo viên trong tổ cùng dự giờ, quan sát hoạt động học của học "
                "sinh thay vì chỉ đánh giá giáo viên như cách dự giờ truyền thống."
            ),
            P(
                "Trong phần thảo luận sau tiết dạy, các thầy cô tập trung phân tích những thời điểm học sinh "
                "hứng thú, những em còn lúng túng và nguyên nhân. Tổ thống nhất một số giải pháp:"
            ),
            P("Thiết kế phiếu học tập giúp học sinh nhận diện luận đề, luận điểm, lí lẽ và bằng chứng;", style="li"),
            P("Tăng cường hoạt động nhóm đôi, hạn chế giáo viên giảng giải dài;", style="li"),
            P("Kết nối văn bản với các vấn đề xã hội gần gũi để học sinh vận dụng viết đoạn nghị luận.", style="li"),
            P(
                "Cô Huỳnh Thị Mỹ Hạnh, Tổ trưởng, cho biết tổ sẽ tiếp tục xây dựng chuỗi bài học nghiên cứu "
                "cho các thể loại còn lại và chia sẻ kế hoạch bài dạy lên kho học liệu chung của trường."
            ),
        ],
        authors=["Huỳnh Thị Mỹ Hạnh"],
        opts={
            "when": "30/10/2026 09:00",
            "author": "ThS. Huỳnh Thị Mỹ Hạnh - Tổ trưởng tổ Ngữ văn",
            "poster": "lqd_chuyenmon",
            "markup": "mso",
        },
    ),
    Story(
        id=1253,
        slug="trao-25-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 25 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-10-27T08:15:00+07:00",
        summary=(
            "Quỹ khuyến học huyện Hàm Thuận Nam phối hợp với các nhà hảo tâm vừa trao 25 suất học bổng, "
            "mỗi suất 2 triệu đồng, cho học sinh Trường THPT Lê Quý Đôn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/news/2026_10/hoc-bong-tiep-buoc.jpg",
                "Trao học bổng cho các em học sinh",
                "Trao học bổng cho các em học sinh",
                style="home_left",
            ),
            Raw(
                "<p>Quỹ khuyến học huyện Hàm Thuận Nam phối hợp với các nhà hảo tâm vừa trao 25 suất học "
                "bổng, mỗi suất 2 triệu đồng, cho học sinh Trường THPT Lê Quý Đôn.</p>"
            ),
            P(
                "Các em nhận học bổng đều có hoàn cảnh đặc biệt khó khăn: mồ côi cha hoặc mẹ, gia đình thuộc "
                "hộ nghèo, cận nghèo, nhiều em phải phụ giúp gia đình đi biển hay làm thuê sau giờ học nhưng "
                "vẫn đạt kết quả học tập khá, giỏi."
            ),
            P(
                "Em Nguyễn Thị Kiều Oanh, lớp 12A6, chia sẻ: “Số tiền học bổng giúp em mua sách vở và đóng "
                "học phí ôn thi. Em sẽ cố gắng học thật tốt để không phụ lòng các cô chú”."
            ),
            P(
                "Ông Đặng Văn Hòa, Chủ tịch Hội Khuyến học huyện, cho biết từ đầu năm đến nay Quỹ đã trao hơn "
                "300 suất học bổng cho học sinh các trường trên địa bàn và sẽ tiếp tục vận động nguồn lực để "
                "không em nào phải bỏ học vì hoàn cảnh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="https://baobinhthuan.com.vn/giao-duc/khuyen-hoc-ham-thuan-nam.html" '
                'target="_blank">Hàm Thuận Nam: Hơn 1 tỷ đồng cho quỹ khuyến học</a></em></p>'
            ),
        ],
        authors=["Ngọc Lân"],
        source="Báo Bình Thuận",
        opts={
            "when": "27/10/2026 08:15",
            "author": "Ngọc Lân",
            "source": (
                '<a title="Báo Bình Thuận" href="https://baobinhthuan.com.vn/" rel="nofollow" '
                'target="_blank">Báo Bình Thuận</a>'
            ),
            "poster": "lqd_vanphong",
        },
    ),
    Story(
        id=1258,
        slug="dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-le-quy-don-nhiem-ky-2026-2027",
        title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Lê Quý Đôn lần thứ XIX, nhiệm kỳ 2026 - 2027",
        cat="doan-thanh-nien",
        published_at="2026-10-19T10:30:00+07:00",
        summary=(
            "Ngày 17/10/2026, Đoàn trường THPT Lê Quý Đôn tổ chức thành công Đại hội lần thứ XIX, nhiệm "
            "kỳ 2026 - 2027 với 150 đại biểu chính thức đại diện cho hơn 1.200 đoàn viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đại hội vinh dự đón tiếp đồng chí Trần Thị Thu Thảo, Phó Bí thư Huyện đoàn Hàm Thuận Nam; "
                "đồng chí Phan Văn Định, Bí thư Chi bộ, Hiệu trưởng nhà trường cùng các thầy cô trong Ban "
                "Giám hiệu và giáo viên chủ nhiệm."
            ),
            P(
                "Báo cáo tại Đại hội cho thấy, nhiệm kỳ qua Đoàn trường đã tổ chức hiệu quả các phong trào "
                "“Tuổi trẻ sáng tạo”, “Thanh niên tình nguyện”, hiến máu tình nguyện và “Áo ấm cho em”; giới "
                "thiệu 12 đoàn viên ưu tú cho Chi bộ xem xét kết nạp Đảng."
            ),
            Img("/uploads/news/2026_10/dai-hoi-doan-xix.jpg", "Ảnh: Quốc Bảo", None, style="fig"),
            P(
                "Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành "
                "bầu đồng chí Nguyễn Quốc Bảo tiếp tục giữ chức Bí thư Đoàn trường."
            ),
            P(
                "Nhiệm kỳ 2026 - 2027, Đoàn trường phấn đấu 100% chi đoàn xếp loại khá trở lên, mỗi chi đoàn "
                "có ít nhất một công trình thanh niên và tổ chức tốt các hoạt động kỷ niệm 95 năm Ngày thành "
                "lập Đoàn."
            ),
        ],
        authors=["Ban Thường vụ Đoàn trường"],
        photographers=["Quốc Bảo"],
        opts={"when": "19/10/2026 10:30", "author": "Ban Thường vụ Đoàn trường", "poster": "doantruong"},
    ),
    Story(
        id=1241,
        slug="tuyen-truyen-phong-chong-tac-hai-cua-thuoc-la-dien-tu-trong-truong-hoc",
        title="Tuyên truyền phòng, chống tác hại của thuốc lá điện tử trong trường học",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T07:50:00+07:00",
        summary=(
            "Trước tình trạng thuốc lá điện tử len lỏi vào trường học, nhà trường mời Trung tâm Y tế huyện "
            "tuyên truyền tác hại của thuốc lá điện tử, thuốc lá nung nóng cho học sinh."
        ),
        sapo_outside=True,
        blocks=[
            Img("/uploads/news/2026_10/thuoc-la-dien-tu.jpg", None, None, style="home_left"),
            P(
                "Buổi tuyên truyền được tổ chức trong giờ chào cờ sáng thứ Hai ngày 12/10/2026. Bác sĩ Trần "
                "Văn Lực, Trung tâm Y tế huyện Hàm Thuận Nam, đã cung cấp cho học sinh những thông tin khoa "
                "học về thành phần, cơ chế gây nghiện của thuốc lá điện tử."
            ),
            P(
                "Theo bác sĩ, dung dịch trong thuốc lá điện tử chứa nicotine và nhiều hóa chất độc hại; nhiều "
                "sản phẩm trôi nổi còn bị trộn chất ma túy tổng hợp, gây ngộ độc cấp, co giật, thậm chí tử vong."
            ),
            P(
                "Học sinh được hướng dẫn cách nhận biết các sản phẩm thuốc lá điện tử ngụy trang dưới dạng bút "
                "bi, móc khóa, son môi và kỹ năng từ chối khi bị bạn bè rủ rê."
            ),
            P(
                "Nhà trường cũng quán triệt: học sinh vi phạm sử dụng, tàng trữ thuốc lá điện tử trong trường "
                "sẽ bị xử lý kỷ luật theo quy định và thông báo cho gia đình phối hợp giáo dục."
            ),
            Raw('<p style="text-align: right;"><em>Theo Trung tâm Y tế huyện Hàm Thuận Nam</em></p>'),
        ],
        authors=["Nguyễn Thị Kim Yến"],
        source="Trung tâm Y tế huyện Hàm Thuận Nam",
        opts={
            "when": "16/10/2026 07:50",
            "author": "Nguyễn Thị Kim Yến - Nhân viên y tế",
            "poster": "lqd_vanphong",
            "nfd": True,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


# --- helpers ----------------------------------------------------------------------------------


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["when"], "%d/%m/%Y %H:%M")


def _day(story: Story) -> str:
    return story.opts["when"][:10]


def _nv_date(story: Story) -> str:
    """nv_date('l - d/m/Y H:i'): "Thứ sáu - 04/12/2026 15:45"."""
    return f"{_WEEKDAYS[_when(story).weekday()]} - {story.opts['when']}"


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("also", [])]


def _url(story: Story, cat: str | None = None, lang: bool = True) -> str:
    return f"{'/vi' if lang else ''}/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def _clean60(title: str, limit: int = 60) -> str:
    """nv_clean60: cut at a word boundary and add "..."."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",") + "..."


def _thumb(story: Story) -> str:
    home = _home_img(story)
    if home is None:
        return f"{THEME}/images/no_image.gif"
    return home.src.replace("/uploads/news/", "/assets/news/")


def _home_img(story: Story) -> Img | None:
    first = story.blocks[0]
    if isinstance(first, Img) and first.style.startswith("home"):
        return first
    return None


def _listing(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if cat in _cats_of(s)), key=_when, reverse=True)


def _newest() -> list[Story]:
    return sorted(STORIES, key=_when, reverse=True)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


# --- page chrome --------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li><a title="{esc(t)}" href="/vi/news/{a}/">{esc(t)}</a></li>' for a, (_i, t) in CATS.items()
    )
    return f"""
<nav class="second-nav" id="menusite">
 <div class="container"><div class="row"><div class="bg box-shadow">
  <div class="navbar navbar-default navbar-static-top" role="navigation">
   <div class="navbar-header">
    <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
     <span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span>
    </button>
   </div>
   <div class="collapse navbar-collapse" id="menu-site-default">
    <ul class="nav navbar-nav">
     <li><a class="home" title="Trang nhất" href="/vi/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
     <li class="dropdown" role="presentation">
      <a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
      <ul class="dropdown-menu">
       <li><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li>
       <li><a href="/vi/about/co-cau-to-chuc.html" title="Cơ cấu tổ chức">Cơ cấu tổ chức</a></li>
      </ul>
     </li>
     <li class="dropdown" role="presentation">
      <a class="dropdown-toggle" role="button" aria-expanded="false" href="/vi/news/" title="Tin Tức">Tin Tức <strong class="caret">&nbsp;</strong></a>
      <ul class="dropdown-menu">{cats}</ul>
     </li>
     <li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
     <li><a href="/vi/page/thoi-khoa-bieu.html" title="Thời khóa biểu">Thời khóa biểu</a></li>
     <li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
    </ul>
   </div>
  </div>
 </div></div></div>
</nav>"""


def _breadcrumbs(items: list[tuple[str, str]]) -> str:
    """NukeViet 4.4 prints them in a hidden list that its JS moves into view."""
    lis = []
    for pos, (href, label) in enumerate([("/vi/", "Trang nhất"), *items], start=1):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}</span></a>'
            f'<i class="hidden" itemprop="position" content="{pos}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(lis)
        + "</ul></div>"
    )


def _sidebar() -> str:
    most = [BY_ID[i] for i in (1284, 1296, 1291, 1283, 1268)]
    rows = []
    for s in most:
        title, slug = s.opts.get("old_title", s.title), s.opts.get("old_slug", s.slug)
        href = f"/vi/news/{s.cat}/{slug}-{s.id}.html"
        rows.append(
            f'<li class="clearfix"><a href="{href}" title="{esc(title)}"><img src="{_thumb(s)}" '
            f'alt="{esc(title)}" width="60" class="img-thumbnail pull-left mr-1"/></a>'
            f'<a title="{esc(title)}" class="show" href="{href}">{esc(_clean60(title))}</a></li>'
        )
    return f"""
<div class="col-sm-8 col-md-6 col-lg-6">
 <div class="panel panel-primary lqd-blk">
  <div class="panel-heading">Tin xem nhiều</div>
  <div class="panel-body"><ul class="block_tophits list-none list-items">{''.join(rows)}</ul></div>
 </div>
 <div class="panel panel-primary lqd-blk">
  <div class="panel-heading">Thông báo</div>
  <div class="panel-body"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:120px">
   <p><em class="fa fa-bullhorn">&nbsp;</em> Lịch kiểm tra cuối học kỳ I từ ngày 21/12/2026 đến 31/12/2026.</p>
   <p><em class="fa fa-bullhorn">&nbsp;</em> Học sinh khối 12 nộp hồ sơ đăng ký dự thi tốt nghiệp THPT theo hướng dẫn của GVCN.</p>
  </marquee></div>
 </div>
 <div class="panel panel-primary lqd-blk">
  <div class="panel-heading">Liên kết website</div>
  <div class="panel-body">
   <select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://sgddt.binhthuan.gov.vn">Sở GD&amp;ĐT Bình Thuận</option>
    <option value="https://hamthuannam.binhthuan.gov.vn">Cổng TTĐT huyện Hàm Thuận Nam</option>
    <option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
   </select>
  </div>
 </div>
 <div class="panel panel-primary lqd-blk">
  <div class="panel-heading">Thăm dò ý kiến</div>
  <div class="panel-body"><p><strong>Bạn quan tâm nội dung nào nhất trên website của trường?</strong></p>
   <div class="radio"><label><input type="radio" name="option" value="1"> Tin tức - Sự kiện</label></div>
   <div class="radio"><label><input type="radio" name="option" value="2"> Thời khóa biểu</label></div>
   <div class="radio"><label><input type="radio" name="option" value="3"> Văn bản, kế hoạch</label></div>
   <input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', 'a1b2c3', '', '0');">
   <input class="btn btn-primary btn-sm" type="button" value="Xem kết quả" onclick="nv_sendvoting(this.form, '2', 0, 'a1b2c3', '', '0');">
  </div>
 </div>
 <div class="panel panel-primary lqd-blk">
  <div class="panel-heading">Thống kê truy cập</div>
  <div class="panel-body"><ul class="counter list-none display-table">
   <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>17</span></li>
   <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">412</span></li>
   <li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>3,987</span></li>
   <li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1,284,563</span></li>
  </ul></div>
 </div>
</div>"""


def _page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None = None,
    head: str = "",
    func: str = "main",
    module: str = "news",
) -> Response:
    crumb_html = _breadcrumbs(crumbs) if crumbs is not None else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="keywords" content="thpt lê quý đôn, hàm thuận nam, bình thuận">
<meta name="author" content="{SITE}">
<meta name="copyright" content="{SITE} [c3lequydon.htn@binhthuan.edu.vn]">
<meta name="generator" content="NukeViet v4.4">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{SITE}">
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1596245132">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1596245132">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css?t=1596245132">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1596245132">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1596245132">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Lq8x2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1596245132"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
 <div class="lqd-topbar"><div class="container"><span class="lqd-today"><em class="fa fa-calendar">&nbsp;</em>{HEADER_TODAY}</span>
  <marquee class="lqd-welcome" scrollamount="3">Chào mừng quý thầy cô, quý phụ huynh và các em học sinh đến với Website Trường THPT Lê Quý Đôn - Hàm Thuận Nam - Bình Thuận</marquee></div></div>
 <header><div class="container"><div id="header" class="row">
  <div class="logo col-xs-24 col-sm-24 col-md-8">
   <a title="{SITE}" href="/vi/"><img src="/uploads/logo-lqd.png" width="90" height="90" alt="{SITE}" /></a>
   <h1>{SITE}</h1>
   <h2>Hàm Thuận Nam - Bình Thuận</h2>
  </div>
  <div class="col-xs-24 col-sm-24 col-md-16"><div class="lqd-banner"><img src="{THEME}/images/banner-lqd.jpg" alt="Dạy tốt - Học tốt" /></div></div>
 </div></div></header>
 {_menu()}
 <section><div class="container" id="body">
  <nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">
   <div class="col-xs-24 col-sm-18 col-md-18">{crumb_html}</div>
   <div class="headerSearch col-xs-24 col-sm-6 col-md-6"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/vi/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
  </div></div></div></nav>
  <div class="row">
   <div class="col-sm-16 col-md-18 col-lg-18">{main}</div>
   {_sidebar()}
  </div>
 </div></section>
 <footer id="footer" class="footer-wrap"><div class="container"><div class="row">
  <div class="col-xs-24 col-sm-24 col-md-14">
   <div class="panel-body">
    <h3 class="footer-title">TRƯỜNG TRUNG HỌC PHỔ THÔNG LÊ QUÝ ĐÔN</h3>
    <ul class="company_info list-none">
     <li><em class="fa fa-map-marker"></em><span>Địa chỉ: Khu phố Lập Phước, thị trấn Thuận Nam, huyện Hàm Thuận Nam, tỉnh Bình Thuận</span></li>
     <li><em class="fa fa-phone"></em><span>Điện thoại: 0252.3867.215 - Fax: 0252.3867.216</span></li>
     <li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:c3lequydon.htn@binhthuan.edu.vn">c3lequydon.htn@binhthuan.edu.vn</a></span></li>
     <li><em class="fa fa-user"></em><span>Chịu trách nhiệm chính: ThS. Phan Văn Định - Hiệu trưởng</span></li>
    </ul>
   </div>
  </div>
  <div class="col-xs-24 col-sm-24 col-md-10">
   <div class="panel-body"><ul class="socialList list-none">
    <li><a href="https://www.facebook.com/thptlequydonhtn" target="_blank"><i class="fa fa-facebook">&nbsp;</i></a></li>
    <li><a href="https://www.youtube.com/@thptlequydonhtn" target="_blank"><i class="fa fa-youtube">&nbsp;</i></a></li>
   </ul>
   <div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/vi/">{SITE}</a>.&nbsp; Mã nguồn <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a>. Thiết kế giao diện: Tổ Tin học.</span></div>
   </div>
  </div>
 </div></div></footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<script src="/assets/js/language/vi.js?t=1596245132"></script>
<script src="/assets/js/global.js?t=1596245132"></script>
<script src="/themes/default/js/main.js?t=1596245132"></script>
<script src="{THEME}/js/jquery.lazyload.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</body>
</html>"""
    return html(doc)


# --- home page ---------------------------------------------------------------------------------

_FEATURED = (1296, 1294, 1291, 1284, 1283)


def _home(request: Request) -> Response:
    slides = []
    for sid in _FEATURED:
        s = BY_ID[sid]
        href = _url(s, lang=False)
        slides.append(
            f'<div class="item"><a href="{href}" title="{esc(s.title)}"><img src="{_thumb(s)}" '
            f'alt="{esc(s.title)}" /></a><div class="lqd-sl-cap"><h3><a href="{href}" '
            f'title="{esc(s.title)}">{esc(_clean60(s.title))}</a></h3></div></div>'
        )
    tabs, panes = [], []
    for n, (alias, (catid, ctitle)) in enumerate(CATS.items()):
        active = " class=\"active\"" if n == 0 else ""
        tabs.append(
            f'<li role="presentation"{active}><a href="#tcat-{catid}" aria-controls="tcat-{catid}" '
            f'role="tab" data-toggle="tab">{esc(ctitle)}</a></li>'
        )
        items = _listing(alias)[:5]
        first, rest = items[0], items[1:]
        href = _url(first, alias)
        lead = (
            f'<div class="lqd-tc-lead clearfix"><a href="{href}" title="{esc(first.title)}"><img '
            f'src="{_thumb(first)}" alt="{esc(first.title)}" width="160" class="img-thumbnail pull-left" /></a>'
            f'<h4><a href="{href}" title="{esc(first.title)}">{esc(_clean60(first.title))}</a></h4>'
            f'<p class="text-justify">{esc(_clean60(first.summary or "", 140))}</p></div>'
        )
        lis = "".join(
            f'<li><em class="fa fa-caret-right">&nbsp;</em><a href="{_url(s, alias)}" title="{esc(s.title)}">'
            f'{esc(_clean60(s.title))}</a> <span class="lqd-tg">({_day(s)[:5]})</span></li>'
            for s in rest
        )
        cls = "tab-pane fade in active" if n == 0 else "tab-pane fade"
        panes.append(
            f'<div role="tabpanel" class="{cls}" id="tcat-{catid}">{lead}<ul class="lqd-tc-list list-none">'
            f'{lis}</ul><div class="text-right"><a class="lqd-xemtiep" href="/vi/news/{alias}/">Xem tất cả '
            "&raquo;</a></div></div>"
        )
    main = f"""
<div class="panel panel-default lqd-noibat">
 <div class="panel-heading"><em class="fa fa-star">&nbsp;</em> Tin nổi bật</div>
 <div class="panel-body"><div id="lqd-slider" class="owl-carousel owl-theme">{''.join(slides)}</div></div>
</div>
<div class="lqd-tabcat panel panel-default">
 <ul class="nav nav-tabs" role="tablist">{''.join(tabs)}</ul>
 <div class="tab-content">{''.join(panes)}</div>
</div>
<div class="panel panel-default"><div class="panel-body text-center">
 <a href="https://sgddt.binhthuan.gov.vn" target="_blank"><img src="/uploads/banner/tuyen-sinh-10.jpg" alt="Tuyển sinh lớp 10" /></a>
</div></div>"""
    head = '<meta name="description" content="Website Trường THPT Lê Quý Đôn - Hàm Thuận Nam - Bình Thuận">'
    return _page(request, f"{SITE} - Hàm Thuận Nam - Bình Thuận", main, None, head, module="news")


# --- listings ----------------------------------------------------------------------------------


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    parts = []
    if page == 1:
        parts.append('<li class="disabled"><a href="#">&laquo;</a></li>')
    else:
        parts.append(f'<li><a rel="prev" href="{href(page - 1)}" title="Trang {page - 1}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            parts.append(f'<li><a href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page == pages:
        parts.append('<li class="disabled"><a href="#">&raquo;</a></li>')
    else:
        parts.append(f'<li><a rel="next" href="{href(page + 1)}" title="Trang {page + 1}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(parts)}</ul></div>'


def _category(request: Request, alias: str, page: int) -> Response | None:
    items = _listing(alias)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    ctitle = CATS[alias][1]
    lead, rest = chunk[0], chunk[1:]
    href = _url(lead, alias)
    main = f"""
<div class="news_column">
 <div class="panel panel-default"><div class="panel-body featured">
  <a href="{href}" title="{esc(lead.title)}"><img alt="{esc(lead.title)}" src="{_thumb(lead)}" width="183" class="img-thumbnail pull-left imghome" /></a>
  <h2><a href="{href}" title="{esc(lead.title)}">{esc(lead.title)}</a></h2>
  <div class="text-muted"><ul class="list-unstyled list-inline">
   <li><em class="fa fa-clock-o">&nbsp;</em> {lead.opts['when']}</li>
   <li><em class="fa fa-eye">&nbsp;</em> Xem: {lead.views()}</li>
   <li><em class="fa fa-comment-o">&nbsp;</em> Phản hồi: {len(lead.opts.get('comments', []))}</li>
  </ul></div>
  <div class="text-justify">{esc(lead.summary or '')}</div>
 </div></div>
 <div class="panel panel-default"><div class="panel-body"><ul class="related list-items">
  {''.join(
      f'<li><a class="show" href="{_url(s, alias)}" data-content="{esc(s.summary or "")}" '
      f'data-img="{_thumb(s)}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">'
      f'{esc(s.title)}</a> <em>({_day(s)})</em></li>'
      for s in rest
  )}
 </ul></div></div>
 {_pagination(f"/vi/news/{alias}/", page, pages)}
</div>"""
    title = ctitle + (f" - Trang {page}" if page > 1 else "") + f" - {SITE}"
    crumbs = [("/vi/news/", "Tin Tức"), (f"/vi/news/{alias}/", ctitle)]
    head = f'<link rel="canonical" href="{base_url(request)}{request.path}">'
    return _page(request, title, main, crumbs, head, func="viewcat")


def _news_main(request: Request) -> Response:
    blocks = []
    for alias, (_catid, ctitle) in CATS.items():
        items = _listing(alias)[:3]
        first = items[0]
        href = _url(first, alias)
        others = "".join(
            f'<li><a href="{_url(s, alias)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in items[1:]
        )
        blocks.append(
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h4><a title="{esc(ctitle)}" '
            f'href="/vi/news/{alias}/"><span>{esc(ctitle)}</span></a></h4></div><div class="panel-body">'
            f'<a href="{href}" title="{esc(first.title)}"><img src="{_thumb(first)}" alt="{esc(first.title)}" '
            f'width="100" class="img-thumbnail pull-left imghome" /></a><h3><a href="{href}" '
            f'title="{esc(first.title)}">{esc(first.title)}</a></h3><p>{esc(first.summary or "")}</p>'
            f'<ul class="related">{others}</ul></div></div>'
        )
    return _page(request, f"Tin Tức - {SITE}", "".join(blocks), [("/vi/news/", "Tin Tức")], func="main")


def _tag(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    items = [s for s in _newest() if alias in s.opts.get("tags", [])]
    lis = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body"><h3><a href="{_url(s)}" '
        f'title="{esc(s.title)}">{esc(s.title)}</a></h3><p class="text-muted">{s.opts["when"]}</p>'
        f"<p>{esc(s.summary or '')}</p></div></div>"
        for s in items
    )
    main = f'<div class="page-header"><h1>Tags: {esc(TAGS[alias])}</h1></div>{lis}'
    return _page(request, f"{TAGS[alias]} - Tin Tức - {SITE}", main, [("/vi/news/", "Tin Tức")], func="tag")


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{_url(s)}</link>"
        f'<guid isPermaLink="false">news_{s.id}</guid><description>{esc(s.summary or "")}</description>'
        f"<pubDate>{_when(s).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
        for s in _newest()[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{SITE} - Tin Tức</title><link>{base}/vi/news/</link><description>Tin Tức</description>"
        f"<language>vi</language><generator>NukeViet v4.4</generator>{items}</channel></rss>"
    )
    return Response(200, xml.encode("utf-8"), {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- article body ------------------------------------------------------------------------------


def _img_tag(story: Story, img: Img, width: int = 720) -> str:
    alt = esc(img.caption or story.title)
    return f'<img alt="{alt}" height="480" src="{img.src}" width="{width}" />'


def _render_img(story: Story, img: Img) -> str:
    cap = _t(story, img.printed) if img.printed else ""
    if img.style == "fig":
        fc = f"<figcaption>{cap}</figcaption>" if cap else ""
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{_img_tag(story, img)}{fc}</figure></div>"
        )
    if img.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img class="lazy" alt="{esc(img.caption or story.title)}" '
            f'src="{THEME}/images/grey.gif" data-original="{img.src}" width="720" height="480" />'
            f'<noscript><img alt="" src="{img.src}" width="720" /></noscript></p>'
        )
        return out + (f'<p style="text-align: center;"><em>{cap}</em></p>' if cap else "")
    # pnext: the picture in a centered paragraph, its line in the next one
    out = f'<p style="text-align: center;">{_img_tag(story, img)}</p>'
    return out + (f'<p style="text-align: center;"><em>{cap}</em></p>' if cap else "")


def _mso_p(story: Story, p: P) -> str:
    t = _t(story, p.text)
    if p.style == "li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
            'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
            '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;line-height:150%;'
            'font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f'<span lang="VI" style="font-size:14.0pt;line-height:150%">{t}<o:p></o:p></span></p>'
        )
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
        '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
        f'serif">{t}<o:p></o:p></span></p>'
    )


def _body(story: Story) -> str:
    mode = story.opts.get("markup", "ck")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    out: list[str] = []
    if mode == "mso":
        for b in blocks:
            out.append(_mso_p(story, b) if isinstance(b, P) else b.html if isinstance(b, Raw) else _render_img(story, b))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if isinstance(b, P) and b.style != "li" else "")
        return "\n".join(x for x in out if x)
    if mode == "brdiv":
        lines: list[str] = []

        def flush() -> None:
            if lines:
                out.append('<div style="text-align: justify;">' + "<br />\n".join(lines) + "</div>")
                lines.clear()

        for b in blocks:
            if isinstance(b, P):
                if lines and b.style == "h":
                    lines.append("&nbsp;")
                lines.append(f"<strong>{_t(story, b.text)}</strong>" if b.style == "h" else _t(story, b.text))
            else:
                flush()
                out.append(b.html if isinstance(b, Raw) else _render_img(story, b))
        flush()
        return "\n".join(out)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{_t(story, c)}</{tag}>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table align="center" border="1" cellpadding="3" cellspacing="0" style="width:100%">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
            if i == 1:
                out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def _home_figure(story: Story) -> tuple[str, str]:
    """(figure before the hometext, figure after it), as detail.tpl's imgthumb / imgfull."""
    img = _home_img(story)
    if img is None:
        return "", ""
    # the reworked theme prints the alt as the caption; NukeViet fills an empty alt with the title
    alt = img.printed or story.title
    if img.style == "home_left":
        fig = (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div id="imgpreview" style="width:220px;"><p class="text-center"><img alt="{esc(alt)}" '
            f'src="{img.src}" class="img-thumbnail" width="220" /></p><figcaption>{_t(story, alt)}'
            "</figcaption></div></figure>"
        )
        return fig, ""
    fig = (
        f'<figure class="article center"><img alt="{esc(alt)}" src="{img.src}" width="720" '
        f'class="img-thumbnail" /><figcaption>{_t(story, alt)}</figcaption></figure>'
    )
    return "", fig


def _related(story: Story) -> str:
    items = _listing(story.cat)
    idx = items.index(story)
    newer = items[max(0, idx - 3) : idx]
    older = items[idx + 1 : idx + 4]

    def ul(lst: list[Story]) -> str:
        return "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{_url(s)}" title="{esc(s.title)}">'
            f'{esc(s.title)}</a> <em>({_day(s)})</em></li>'
            for s in lst
        )

    out = ""
    if newer:
        out += (
            '<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">{ul(newer)}</ul></div>'
        )
    if older:
        out += (
            '<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">{ul(older)}</ul></div>'
        )
    return f'<div class="news_column panel panel-default"><div class="panel-body other-news">{out}</div></div>'


def _comments(story: Story) -> str:
    items = "".join(
        '<div class="media comment-item"><div class="media-left"><img class="media-object bg-gainsboro" '
        f'src="/themes/default/images/users/no_avatar.png" alt="{esc(name)}" width="40" /></div>'
        f'<div class="media-body"><p class="h4 media-heading"><strong>{esc(name)}</strong> '
        f'<span class="small text-muted"><em class="fa fa-clock-o">&nbsp;</em>{when}</span></p>'
        f"<p>{esc(body)}</p><p class=\"small\"><a href=\"javascript:void(0)\" "
        f"onclick=\"nv_commment_like({n}, 1, 'x');\">Thích</a> &middot; <a href=\"#formcomment\" "
        f"onclick=\"nv_commment_reply({n}, '{esc(name)}');\">Trả lời</a></p></div></div>"
        for n, (name, when, body) in enumerate(story.opts.get("comments", []), start=41)
    )
    return f"""
<div class="news_column panel panel-default"><div class="panel-body">
 <div id="idcomment" class="nv-fullbg" data-module="news" data-content="news_commentcontent" data-area="8" data-id="{story.id}" data-allowed="4">
  <div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
   <div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0" selected="selected">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div></div>
  <div id="showcomment" class="margin-bottom-lg">{items}</div>
  <div id="formcomment" class="comment-form"><form method="post" role="form" onsubmit="return false;">
   <div class="form-group clearfix"><input type="text" class="form-control" value="" id="commentname" placeholder="Họ và tên"></div>
   <div class="form-group"><textarea class="form-control" id="commentcontent" cols="60" rows="4" placeholder="Nội dung bình luận"></textarea></div>
   <div class="form-group"><input type="button" value="Gửi bình luận" class="btn btn-primary" onclick="nv_commment_feedback(this.form, 'news', 8, {story.id}, 4);"></div>
  </form></div>
 </div>
</div></div>"""


def _detail(request: Request, story: Story, cat: str) -> Response:
    ctitle = CATS[cat][1]
    head_fig, full_fig = _home_figure(story)
    canonical = base_url(request) + _url(story)
    og_title = story.opts.get("old_title", story.title)
    when = _when(story)
    edit = _dt.datetime.strptime(story.opts.get("updated", story.opts["when"]), "%d/%m/%Y %H:%M")
    home = _home_img(story)
    tags = story.opts.get("tags", [])
    head = f"""<meta name="description" content="{esc(story.summary or story.title)}">
<meta property="og:title" content="{esc(og_title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(story.summary or '')}">
<meta property="og:url" content="{base_url(request)}{_url(story, cat)}">
{f'<meta property="og:image" content="{base_url(request)}{home.src}">' if home else ''}
<meta property="article:published_time" content="{when.strftime('%Y-%m-%d')}+07{when.strftime('%H:%M:%S')}">
<meta property="article:modified_time" content="{edit.strftime('%Y-%m-%d')}+07{edit.strftime('%H:%M:%S')}">
<meta property="article:section" content="{esc(CATS[story.cat][1])}">
{''.join(f'<meta property="article:tag" content="{esc(TAGS[t])}">' for t in tags)}
<link rel="canonical" href="{canonical}">"""
    meta_extra = ""
    if story.opts.get("updated"):
        meta_extra += f'<span class="lqd-upd"><em class="fa fa-refresh">&nbsp;</em>Cập nhật: {story.opts["updated"]}</span> '
    if story.opts.get("poster"):
        meta_extra += f'<span class="lqd-poster"><em class="fa fa-user">&nbsp;</em>Đăng bởi: {story.opts["poster"]}</span>'
    print_url = f"/vi/news/print/{story.cat}/{story.slug}-{story.id}.html"
    hometext = f"<b>{_t(story, story.summary)}</b>" if story.summary else ""
    fields = ""
    if story.opts.get("author"):
        fields += f'<p class="h5 text-right"><strong>Tác giả: </strong>{_t(story, story.opts["author"])}</p>'
    if story.opts.get("source"):
        fields += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{story.opts["source"]}</p>'
    tag_panel = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        tag_panel = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    share_href = f"http://thptlequydon-htn.edu.vn{_url(story)}"
    main = f"""
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h1 class="title margin-bottom-lg" itemprop="headline">{_t(story, story.title)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12">
    <span class="h5 clearfix" itemprop="datePublished" content="{when.strftime('%Y-%m-%d')}">{_nv_date(story)}</span>
    {meta_extra}
   </div>
   <div class="col-md-12"><ul class="list-inline text-right">
    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_url}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
    <li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>
   </ul></div>
  </div>
  <div class="lqd-cochu text-right">Cỡ chữ: <a href="javascript:void(0);" onclick="nvFontSize(-1);" title="Giảm cỡ chữ">A<sup>-</sup></a> <a href="javascript:void(0);" onclick="nvFontSize(0);" title="Mặc định">A</a> <a href="javascript:void(0);" onclick="nvFontSize(1);" title="Tăng cỡ chữ">A<sup>+</sup></a></div>
  <div class="clearfix">
   {head_fig}
   <div class="hometext m-bottom" itemprop="description">{hometext}</div>
   {full_fig}
  </div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_body(story)}
  </div>
  <div class="margin-bottom-lg">{fields}</div>
 </div>
</div>
{tag_panel}
<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">
 <div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: {(story.id % 7) + 8} trong {(story.id % 3) + 2} đánh giá</p>
 <div style="padding: 5px;">{''.join(f'<input class="hover-star" type="radio" value="{n}" title="Bài viết {lbl}" />' for n, lbl in enumerate(['rất kém', 'kém', 'bình thường', 'tốt', 'rất tốt'], start=1))}</div>
 <span class="note" id="hover-test">Click để đánh giá bài viết</span></div>
</form></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">
 <div class="fb-like" data-href="{share_href}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
 <a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
</div></div></div>
{_comments(story) if story.opts.get('comments') else ''}
{_related(story)}"""
    crumbs = [("/vi/news/", "Tin Tức"), (f"/vi/news/{cat}/", ctitle)]
    title = f"{story.title} - {ctitle} - {SITE}"
    return _page(request, title, main, crumbs, head, func="detail")


def _print(request: Request, story: Story) -> Response:
    head_fig, full_fig = _home_figure(story)
    fields = ""
    if story.opts.get("author"):
        fields += f"<p><strong>Tác giả: </strong>{_t(story, story.opts['author'])}</p>"
    if story.opts.get("source"):
        fields += f"<p><strong>Nguồn tin: </strong>{story.opts['source']}</p>"
    hometext = f"<b>{_t(story, story.summary)}</b>" if story.summary else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="/themes/default/css/news.css" type="text/css"></head>
<body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{SITE}</h2><p class="pull-right"><a title="{SITE}" href="{base_url(request)}/">{request.headers.get('Host', '')}</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{_t(story, story.title)}</h1>
  <ul class="list-inline"><li>{_nv_date(story)}</li>
   <li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
   <li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
  <div class="clear"></div>
  <div id="hometext">{head_fig}{hometext}</div>{full_fig}
  <div class="bodytext">{_body(story)}</div>
  <div id="author">{fields}</div>
  <div class="clear"></div>
  <div class="copyright">&copy; {SITE}</div>
  <div id="url"><strong>URL của bản tin này: </strong><a href="{base_url(request)}{_url(story)}" title="{esc(story.title)}">{base_url(request)}{_url(story)}</a></div>
 </div>
</div>
</body></html>"""
    return html(doc)


# --- non-article pages -------------------------------------------------------------------------

_ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường THPT Lê Quý Đôn được thành lập theo Quyết định của UBND tỉnh Bình Thuận năm 2007, đóng "
            "tại khu phố Lập Phước, thị trấn Thuận Nam, huyện Hàm Thuận Nam.",
            "Năm học 2026 - 2027, nhà trường có 33 lớp với 1.318 học sinh; 78 cán bộ, giáo viên, nhân viên, "
            "trong đó 21 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
            "Nhiều năm liền, nhà trường được UBND tỉnh tặng Bằng khen, được công nhận Tập thể lao động xuất sắc.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: ThS. Phan Văn Định.",
            "Phó Hiệu trưởng: ThS. Lê Thị Bích Trâm; thầy Nguyễn Hữu Phước.",
            "Các tổ chuyên môn: Toán - Tin; Lý - Hóa; Sinh - Công nghệ; Ngữ văn; Sử - Địa - GDKT&PL; Ngoại "
            "ngữ; Thể dục - Quốc phòng; tổ Văn phòng.",
            "Các tổ chức đoàn thể: Chi bộ, Công đoàn, Đoàn TNCS Hồ Chí Minh, Ban đại diện cha mẹ học sinh.",
        ],
    ),
}

_LAWS = {
    "Ke-hoach-215-KH-THPTLQD-18": (
        "215/KH-THPTLQD",
        "05/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "Phan Văn Định",
        "/uploads/laws/ke-hoach-215-kh-thptlqd.pdf",
    ),
    "Quyet-dinh-198-QD-THPTLQD-17": (
        "198/QĐ-THPTLQD",
        "28/08/2026",
        "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027",
        "Phan Văn Định",
        "/uploads/laws/quyet-dinh-198-qd-thptlqd.pdf",
    ),
}


def _about(request: Request, alias: str) -> Response | None:
    if alias not in _ABOUT:
        return None
    title, paras = _ABOUT[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">'
        f'{esc(title)}</h1><div class="clearfix">{body}</div></div></div>'
    )
    return _page(request, f"{title} - Giới thiệu - {SITE}", main, [("/vi/about/gioi-thieu-chung.html", "Giới thiệu")], func="main", module="about")


def _contact(request: Request) -> Response:
    main = f"""
<div class="panel panel-default"><div class="panel-body">
 <h1 class="title">Liên hệ</h1>
 <div class="margin-bottom-lg"><p><strong>{SITE}</strong></p>
  <p>Địa chỉ: Khu phố Lập Phước, thị trấn Thuận Nam, huyện Hàm Thuận Nam, tỉnh Bình Thuận</p>
  <p>Điện thoại: 0252.3867.215 - Email: c3lequydon.htn@binhthuan.edu.vn</p></div>
 <form method="post" action="/vi/contact/" class="form-horizontal" onsubmit="return nv_validForm(this);">
  <div class="form-group"><select name="fpart" class="form-control"><option value="1">Văn phòng nhà trường</option><option value="2">Bộ phận tuyển sinh</option></select></div>
  <div class="form-group"><input type="text" maxlength="100" name="ftitle" class="form-control" placeholder="Tiêu đề"></div>
  <div class="form-group"><input type="text" maxlength="100" name="fname" class="form-control" placeholder="Họ và tên"></div>
  <div class="form-group"><input type="email" maxlength="60" name="femail" class="form-control" placeholder="Email"></div>
  <div class="form-group"><textarea cols="8" name="fcon" class="form-control" placeholder="Nội dung"></textarea></div>
  <div class="text-center"><input type="submit" value="Gửi" name="btsend" class="btn btn-primary"></div>
 </form>
</div></div>"""
    return _page(request, f"Liên hệ - {SITE}", main, [("/vi/contact/", "Liên hệ")], module="contact")


def _laws_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(num)}</td><td>{day}</td><td><a href="/vi/laws/detail/{alias}.html" title="{esc(sub)}">'
        f"{esc(sub)}</a></td></tr>"
        for alias, (num, day, sub, _s, _f) in _LAWS.items()
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body"><table class="table table-striped table-bordered">'
        f"<thead><tr><th>Số/Ký hiệu</th><th>Ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody>"
        "</table></div></div>"
    )
    return _page(request, f"Văn bản - {SITE}", main, [("/vi/laws/", "Văn bản")], module="laws")


def _laws_detail(request: Request, alias: str) -> Response | None:
    if alias not in _LAWS:
        return None
    num, day, sub, signer, pdf = _LAWS[alias]
    main = f"""
<div class="panel panel-default"><div class="panel-body">
 <h1>{esc(sub)}</h1>
 <table class="table table-bordered"><tbody>
  <tr><th>Số/Ký hiệu</th><td>{esc(num)}</td></tr>
  <tr><th>Ngày ban hành</th><td>{day}</td></tr>
  <tr><th>Loại văn bản</th><td>{'Kế hoạch' if num.split('/')[1].startswith('KH') else 'Quyết định'}</td></tr>
  <tr><th>Cơ quan ban hành</th><td>{SITE}</td></tr>
  <tr><th>Người ký</th><td>{esc(signer)}</td></tr>
  <tr><th>Trích yếu</th><td>{esc(sub)}</td></tr>
  <tr><th>Tệp đính kèm</th><td><a href="{pdf}"><em class="fa fa-file-pdf-o">&nbsp;</em>{pdf.rsplit('/', 1)[1]}</a></td></tr>
 </tbody></table>
</div></div>"""
    return _page(request, f"{sub} - Văn bản - {SITE}", main, [("/vi/laws/", "Văn bản")], func="detail", module="laws")


def _tkb(request: Request) -> Response:
    main = """
<div class="page panel panel-default"><div class="panel-body">
 <h1 class="title margin-bottom-lg">Thời khóa biểu</h1>
 <p><strong>Thời khóa biểu học kỳ I năm học 2026 - 2027 (áp dụng từ ngày 23/11/2026)</strong></p>
 <p>Buổi sáng: khối 10 và khối 12; buổi chiều: khối 11. Tiết 1 bắt đầu lúc 7 giờ 00 (buổi sáng) và 13 giờ 15 (buổi chiều).</p>
 <p>Tải về: <a href="/uploads/page/tkb-hk1-2026-2027.pdf">tkb-hk1-2026-2027.pdf</a></p>
</div></div>"""
    return _page(request, f"Thời khóa biểu - {SITE}", main, [("/vi/page/thoi-khoa-bieu.html", "Thời khóa biểu")], module="page")


# --- routing -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(?:/vi)?/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_PRINT = re.compile(r"^/vi/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/vi/news/([a-z0-9-]+)/(?:page-(\d+)/?)?$")


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.query and path != "/":
            return None
        if path in ("/", "/vi/", "/vi"):
            return _home(request)
        if path == "/vi/news/":
            return _news_main(request)
        if path == "/vi/news/rss/":
            return _rss(request)
        if m := re.match(r"^/vi/news/tag/([a-z0-9-]+)$", path):
            return _tag(request, m.group(1))
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(3)))
            if story and m.group(1) == story.cat and m.group(2) == story.slug:
                return _print(request, story)
            return None
        if m := _ARTICLE.match(path):
            cat, slug, sid = m.group(1), m.group(2), int(m.group(3))
            story = BY_ID.get(sid)
            if story is None or cat not in _cats_of(story):
                return None
            if slug != story.slug:  # NukeViet's redirect to the article's current URL
                return redirect(_url(story, cat), 301)
            return _detail(request, story, cat)
        if m := _CAT.match(path):
            alias, page = m.group(1), m.group(2)
            if alias not in CATS:
                return None
            if page == "1":
                return redirect(f"/vi/news/{alias}/", 301)
            return _category(request, alias, int(page or 1))
        if m := re.match(r"^/vi/about/([a-z0-9-]+)\.html$", path):
            return _about(request, m.group(1))
        if path == "/vi/contact/":
            return _contact(request)
        if path == "/vi/laws/":
            return _laws_list(request)
        if m := re.match(r"^/vi/laws/detail/([A-Za-z0-9-]+)\.html$", path):
            return _laws_detail(request, m.group(1))
        if path == "/vi/page/thoi-khoa-bieu.html":
            return _tkb(request)
        return None


def build_site() -> _Site:
    return _Site()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [_url(story, lang=False), f"/vi/news/print/{story.cat}/{story.slug}-{story.id}.html"]
    alts += [_url(story, c) for c in story.opts.get("also", [])]
    return gold_record(story, _url(story), CATS[story.cat][1], canonical_path=_url(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/co-cau-to-chuc.html",
    "/vi/contact/",
    "/vi/laws/detail/Ke-hoach-215-KH-THPTLQD-18.html",
    "/vi/laws/detail/Quyet-dinh-198-QD-THPTLQD-17.html",
    "/vi/page/thoi-khoa-bieu.html",
]
