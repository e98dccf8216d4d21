"""Sở GD&ĐT Hà Tĩnh: a WordPress 6.6 multisite network (subdirectory install) with school subsites.

Platform
--------
One WordPress network on one host. Blog 1 is the department's site; three schools run their own
subsites under ``/<school-slug>/``, each with its own theme, permalinks, categories and uploads:

* ``/`` — Sở GD&ĐT Hà Tĩnh, a classic theme ("sgdht") written by a local vendor: Vietnamese
  abbreviations for class names (``khung-bv``, ``tieude-bv``, ``tt-bv``, ``sapo-bv``, ``nd-bv``,
  ``tin-khac``, ``ct-phai``), Yoast breadcrumbs, a sidebar of widgets (search, banners, "Xem
  nhiều", archive drop-down, WP-Polls poll, visitor counter), a footer jump menu of school sites.
* ``/thpt-phandinhphung/`` — Trường THPT Phan Đình Phùng, tagDiv's "Newspaper" theme with Jetpack
  (sharing buttons and related posts printed *inside* the post content) and comments.
* ``/thcs-levanthiem/`` — Trường THCS Lê Văn Thiêm, a block theme (Twenty Twenty-Four child):
  a static front page whose Query Loop block paginates with ``?query-5-page=N``; WP Rocket
  lazy-loads every image.
* ``/mn-hoasen/`` — Trường Mầm non Hoa Sen, Twenty Twelve since 2012: the blog index prints whole
  posts, the date sits at the bottom ("Bài viết này được đăng trong … vào Tháng Mười Hai 4, 2026
  bởi mnhoasen."), uploads still go through ms-files (``/mn-hoasen/files/2026/12/x.jpg``).

URL scheme
----------
* main posts ``/blog/<yyyy>/<mm>/<slug>/`` (a multisite's main site keeps the ``/blog`` prefix on
  posts), its pages without it (``/gioi-thieu/``, ``/lien-he/``), categories
  ``/blog/category/<slug>/`` and ``…/page/<n>/``, tags ``/blog/tag/<slug>/``, month archives
  ``/blog/<yyyy>/<mm>/``, custom post types ``/van-ban/<slug>/``, ``/thu-vien-anh/<slug>/``,
  ``/video/<slug>/`` with their archives ``/van-ban/``, ``/thu-vien-anh/``, ``/video/``;
  print views (WP-Print) ``<post>/print/``; search ``/?s=``; shortlinks ``/?p=<id>`` (301).
* subsite posts ``/<school>/<yyyy>/<mm>/<slug>/``, categories ``/<school>/category/<slug>/``
  (``page/<n>/``), tags, author archives ``/<school>/author/<login>/``, pages
  ``/<school>/gioi-thieu/``, shortlinks ``/<school>/?p=<id>``, comment replies ``?replytocom=N``.
* the network's ``/wp-login.php`` (and each subsite's, with ``?redirect_to=`` and
  ``?action=lostpassword``), ``/wp-signup.php`` (a subsite's ``wp-signup.php`` answers 302 to it).
* a path without its trailing slash answers 301 to the slashed one; ``/index.php`` 301 to ``/``.

Page templates
--------------
main: home (slider, "Tin tức - Sự kiện", "Thông báo", the network block "Tin từ các trường",
"Văn bản mới", media), category/tag/month/search listings (3 a page, WordPress pager), single
post (breadcrumb, title, "Thứ Năm, 03/12/2026 - 14:30", views, "Người đăng: <account>", the manual
excerpt as ``div.sapo-bv``, content, tags, tools, "Các tin khác"), print view, pages, document
entries (a table of fields and a PDF), album (gallery), video (YouTube embed), login and sign-up.
THPT: home (two latest + admission notice), category/tag/author listings (2 a page, "Trang 1 của
2"), single post (Newspaper header, "28/11/2026", views, content with Jetpack blocks, next/prev,
related posts, comments). THCS: front page with a Query Loop, category archives, single post
(Yoast breadcrumb, "02 Tháng 12, 2026", post terms, "Tin tức khác" column). MN: blog index with
whole posts, category/author archives, single post with next/prev and a comment form.

How each gold article is reached
--------------------------------
* M1 (Tổng kết hội thi GVDG), M2 (kiểm tra bán trú): home slider and "Tin tức - Sự kiện" block,
  category page 1. M5, M6 (Thông báo): home "Thông báo" block, ``/blog/category/thong-bao/``.
* M4 (bồi dưỡng chuyển đổi số, 22/10): **only** ``/blog/category/tin-tuc-su-kien/page/2/`` (the
  month archive holding it is only an ``<option>`` of the archive drop-down).
* A1 (STEM), A2 (văn nghệ 20/11): "Tin từ các trường" on the home, the THPT home, its categories;
  A1 also as a Broadcast copy in the main site's news listing. A3 (hội nghị viên chức): THPT
  category page 2, author archive page 2, Jetpack/Newspaper related and next/prev links.
* B1 (Tin học trẻ): "Tin từ các trường", THCS front page, "Tin tức" category. B3 (họp cha mẹ học
  sinh): THCS front page and "Tin tức" category. B2 (chuyên đề KHTN 8): **only** the Query
  Loop's ``/thcs-levanthiem/?query-5-page=2`` ("Chuyên môn" is in no menu; its archive is linked
  from B2 alone).
* C1 (hội chợ ẩm thực 🌸), C2 (tay chân miệng): "Tin từ các trường" (the school's name there is
  the only ``<a>`` to the MN subsite from the main site besides a footer ``<select>``), the MN
  blog index, categories, "Bài viết mới".

Traps
-----
1. **Multisite discovery.** The schools' sites are not sections of the department's but sites of
   their own under ``/<school>/``; the Hoa Sen site is missing from the "Các trường" drop-down
   and reached only through the "Tin từ các trường" aggregator (and a footer ``<select>`` whose
   options are URLs). Main posts live under ``/blog/``, main pages do not. Gold: all 13 posts.
2. **Broadcast copy.** ThreeWP Broadcast copied A1 onto the main site at
   ``/blog/2026/11/ngay-hoi-stem-nam-2026/``: listed in the main news category, breadcrumb "Tin
   tức - Sự kiện", a printed time (15:20), images re-uploaded under ``/wp-content/uploads/2026/11/``
   and a ``rel=canonical`` to the school's post. Gold: one article at the school's URL, its
   category "Tin hoạt động", its day, its image paths; the copy is an ``alt_path``.
3. **Yoast primary category.** A2 is filed in "Tin hoạt động" and "Đoàn Thanh niên" and is listed
   in both; its breadcrumb (the primary category) prints "Đoàn Thanh niên", while listings label it
   "Tin hoạt động". Gold category: "Đoàn Thanh niên".
4. **Pagination two ways.** WordPress pagers (``/page/2/``) on the main site and the THPT site, the
   Query Loop block's ``?query-5-page=2`` on the THCS front page; M4 and B2 are reachable only
   through a page 2. The THPT author archive and category page 2 are further listings, no articles.
5. **Dates.** Four printings: main "Thứ Năm, 03/12/2026 - 14:30" (gold with time); M6 printed at
   "00:00" (gold: the day); THPT "28/11/2026" in a ``<time class="entry-date updated">`` (the class
   says updated, it is the publication day) and A3's "Cập nhật lần cuối: 02/11/2026 08:30" (not the
   date); THCS "02 Tháng 12, 2026"; MN "Tháng Mười Hai 4, 2026" (WordPress vi month names in an
   ``F j, Y`` format) with the time only in a ``title`` tooltip. ``datetime`` attributes and
   ``article:published_time`` carry seconds; the gold takes what the page prints (the day where
   only a day is printed). M5's post date (01/12 08:05) is not its date: the letterhead's
   "ngày 30 tháng 11 năm 2026" is (gold "2026-11-30").
6. **Duplicates.** WP-Print views ``<post>/print/`` on the main site, ``?replytocom=17`` / ``18``
   "Trả lời" links on A2, shortlinks ``?p=<id>`` (301), slash-less addresses (301), the login
   page's ``redirect_to`` per post. Gold: print views and replytocom pages are ``alt_paths``.
7. **Chrome inside the content.** Jetpack "Chia sẻ:" and "Có liên quan" (related posts with dates
   and "Trong "Tin hoạt động"") are inside ``div.td-post-content``; M1 ends with "Xem thêm: <link
   to a document>"; M5 ends with a ``wp-block-file`` download ("TB-2154-SGDDT / Tải xuống").
   Gold: none of them is text.
8. **Lazy images.** WP Rocket on the THCS site: ``src`` is an SVG ``data:`` URI, the photo is in
   ``data-lazy-src`` (a ``-1024x683`` size) and again in ``<noscript>``. Gold: one image each, the
   ``data-lazy-src`` path. Newspaper's featured image (``-696x464``, linked to a ``-scaled`` file) is
   A1's first photo, printed above the text.
9. **Captions four ways.** Gutenberg ``figcaption``; the ``[caption]`` shortcode's
   ``p.wp-caption-text`` (M2's in parentheses, taken off); M4's centred italic paragraph under a
   bare image; credit-only lines "Ảnh: Thái Hòa", "Ảnh: Tổ Văn phòng". Gold: caption text, parentheses
   off, None for credit-only lines (the credited name is the photographer); no caption paragraph in
   the body.
10. **Bylines.** "Tin: Minh Châu - Ảnh: Thái Hòa"; "Tin, ảnh: Lê Minh Đức" (author and photographer);
   "ThS. Hồ Thị Lan Anh<br>Bí thư Đoàn trường"; "Nguyễn Hữu Phước - Tổ Toán - Tin"; a unit alone
   ("Văn phòng Sở", "Phòng Quản lý chất lượng", "Tổ Văn phòng"); "BBT Website" (nobody); the theme's
   CMS accounts (``bientap_sgd``, ``quantri_pdp``, ``lvt_admin``, ``mnhoasen``: nobody). M4 closes
   with "Thu Hà" then "(Nguồn: Báo Hà Tĩnh)"; C2 with "Nguồn: CDC Hà Tĩnh"; M1's "Theo đánh giá
   của Ban Giám khảo…" is a body sentence.
11. **Pasted text.** B2 comes from Word: ``MsoNormal`` paragraphs, empty ``<o:p>&nbsp;</o:p>``
   paragraphs, list items led by ``<span style="mso-list:Ignore">·</span>``, footnote calls printed
   "[1]" inside ``MsoFootnoteReference`` links and a "Tài liệu tham khảo" list. C2 comes from a
   Facebook post: each line opens with Facebook's 👉 emoji as an ``<img class="… emoji">`` from
   ``static.xx.fbcdn.net``. Gold: no "·", "[1]" kept in its sentence, the references are text; no
   👉 in the text and no emoji picture among the images; the 🌸 and 😊 typed as text are kept.
12. **Listings that look like articles.** The MN blog index and its archives print whole posts
   (C1 in full, C2 up to its ``<!--more-->`` with "Đọc tiếp →"); the main site's sign-up page
   and the login pages are forms in the site's chrome. Gold: none of them is an article.
13. **Official notice.** M5 is printed as a document: letterhead table, "Số: 2154/TB-SGDĐT",
   "Hà Tĩnh, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and "KT. GIÁM
   ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Nguyễn Thị Thanh Hương". Gold: date "2026-11-30", author
   "Nguyễn Thị Thanh Hương", body from "Kính gửi: …" to "… để được hướng dẫn./.".

Gold decisions on ambiguous points
----------------------------------
* A page that prints only a day gets the day, even where ``<time datetime>``, a ``title``
  tooltip ("8:12 sáng") or ``article:published_time`` carries a time. (Harmonised after the
  blind round with the house's convention, crawler.clean.steps.resolve_published: the time of the
  printed day's own ``<time datetime>`` counts as printed, and Twenty Twelve's permalink shows it
  as its tooltip; Hoa Sen's posts, C1 and C2, carry that time: ``_printed_element_time``.)
* The Broadcast copy is the school's article (canonical); its fields are the original's.
* A2's category is the breadcrumb's (Yoast primary) "Đoàn Thanh niên", not the first category.
* M5's "Kính gửi: …" line is the notice's first paragraph (it is text addressed to the schools,
  not letterhead); the numbered bold lines ("1. Môn thi, đối tượng dự thi") are paragraphs.
* The main site's manual excerpt printed as ``div.sapo-bv`` is the summary and the body's first
  paragraph (M1, M2, M4); A1's bold first paragraph is its sapo; the other posts have none (the
  Yoast description, listings' automatic excerpts and og:description are not sapos).
* A3's "Ảnh: Tổ Văn phòng" credits the unit as photographer (caption None); the unit signing the
  text ("Tổ Văn phòng") is the author.
* The featured image Newspaper prints above A1's text is A1's first image (no caption); its
  ``-696x464`` ``src`` is the path, not the ``-scaled`` file it links to.
* Comments (A2) are not text; "Cựu HS khóa 2016-2019" is no author.
* Table rows (M1, M6) are paragraphs with cells joined by " | ", the header row included.
"""

from __future__ import annotations

from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_multisite_sgddt"
PLATFORM = "WordPress 6.6 multisite (subdirectory network)"
START_PATH = "/"

TODAY_VN = "Thứ Bảy, 05/12/2026"

# --- the network --------------------------------------------------------------------------

#: blog id, prefix, name
SITES = {
    "main": (1, "", "Sở Giáo dục và Đào tạo Hà Tĩnh"),
    "pdp": (2, "/thpt-phandinhphung", "Trường THPT Phan Đình Phùng"),
    "lvt": (3, "/thcs-levanthiem", "Trường THCS Lê Văn Thiêm"),
    "hs": (4, "/mn-hoasen", "Trường Mầm non Hoa Sen"),
}

#: (site, category slug) -> (name as the menus and breadcrumbs print it, archive path)
CATEGORIES = {
    ("main", "tin-tuc-su-kien"): ("Tin tức - Sự kiện", "/blog/category/tin-tuc-su-kien/"),
    ("main", "thong-bao"): ("Thông báo", "/blog/category/thong-bao/"),
    ("pdp", "tin-hoat-dong"): ("Tin hoạt động", "/thpt-phandinhphung/category/tin-hoat-dong/"),
    ("pdp", "doan-thanh-nien"): ("Đoàn Thanh niên", "/thpt-phandinhphung/category/doan-thanh-nien/"),
    ("lvt", "tin-tuc"): ("Tin tức", "/thcs-levanthiem/category/tin-tuc/"),
    ("lvt", "chuyen-mon"): ("Chuyên môn", "/thcs-levanthiem/category/chuyen-mon/"),
    ("hs", "hoat-dong-cua-be"): ("Hoạt động của bé", "/mn-hoasen/category/hoat-dong-cua-be/"),
    ("hs", "goc-phu-huynh"): ("Góc phụ huynh", "/mn-hoasen/category/goc-phu-huynh/"),
}

UP_MAIN = "/wp-content/uploads/2026"
UP_PDP = "/wp-content/uploads/sites/2/2026"
UP_LVT = "/wp-content/uploads/sites/3/2026"
UP_HS = "/mn-hoasen/files/2026"  # a site older than WP 3.5: ms-files.php URLs

# --- the articles ---------------------------------------------------------------------------

M1 = Story(
    id=812,
    slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
    title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều 03/12, Sở GD&ĐT Hà Tĩnh tổ chức lễ tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh "
        "bậc THPT năm học 2026 - 2027. Có 142 giáo viên được công nhận danh hiệu giáo viên dạy "
        "giỏi cấp tỉnh."
    ),
    sapo_outside=True,
    authors=["Minh Châu"],
    photographers=["Thái Hòa"],
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Nguyễn Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT; lãnh đạo các "
            "phòng chuyên môn thuộc Sở; thành viên Ban Giám khảo cùng đông đảo giáo viên dự thi."
        ),
        Img(
            f"{UP_MAIN}/12/tong-ket-gvdg-thpt-1.jpg",
            "Đồng chí Nguyễn Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi lễ.",
            "Đồng chí Nguyễn Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT phát biểu tại buổi lễ.",
            style="figure",
        ),
        P(
            "Hội thi năm nay diễn ra từ ngày 16/11 đến ngày 28/11/2026 tại Trường THPT Phan Đình "
            "Phùng và Trường THPT chuyên Hà Tĩnh, thu hút 187 giáo viên đến từ 38 trường THPT, "
            "trung tâm GDNN-GDTX trên địa bàn tỉnh. Mỗi giáo viên phải trải qua hai nội dung: "
            "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy 02 tiết trên lớp."
        ),
        P("Nhiều tiết dạy ứng dụng hiệu quả công nghệ số", "h3"),
        P(
            "Theo đánh giá của Ban Giám khảo, các tiết dạy đã bám sát yêu cầu cần đạt của Chương "
            "trình giáo dục phổ thông 2018, chú trọng phát triển phẩm chất, năng lực người học. "
            "Nhiều giáo viên mạnh dạn đưa học liệu số, trí tuệ nhân tạo và các nền tảng tương tác "
            "trực tuyến vào bài giảng, tạo hứng thú cho học sinh."
        ),
        Img(
            f"{UP_MAIN}/12/tong-ket-gvdg-thpt-2.jpg",
            "Cô giáo Lê Thị Thu Trang (Trường THPT Nguyễn Trung Thiên) trong tiết dạy thực hành "
            "môn Ngữ văn.",
            "Cô giáo Lê Thị Thu Trang (Trường THPT Nguyễn Trung Thiên) trong tiết dạy thực hành "
            "môn Ngữ văn.",
            style="figure",
        ),
        P(
            "Kết quả, 142 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh, trong "
            "đó 21 giáo viên xếp loại xuất sắc. Kết quả một số bộ môn như sau:"
        ),
        P("Môn | Số giáo viên dự thi | Số giáo viên đạt", "tr"),
        P("Ngữ văn | 24 | 19", "tr"),
        P("Toán | 26 | 21", "tr"),
        P("Tiếng Anh | 18 | 14", "tr"),
        Img(f"{UP_MAIN}/12/tong-ket-gvdg-thpt-3.jpg", "Ảnh: Thái Hòa", None, style="figure"),
        P(
            "Phát biểu tại buổi lễ, Phó Giám đốc Sở GD&ĐT Nguyễn Thị Thanh Hương ghi nhận sự đầu "
            "tư công phu, nghiêm túc của các đơn vị và giáo viên dự thi; đề nghị các nhà trường "
            "tiếp tục nhân rộng những biện pháp, sáng kiến hay, góp phần nâng cao chất lượng dạy "
            "học trong toàn tỉnh."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{B}/van-ban/qd-1875-sgddt-cong-nhan-gvdg-thpt/">'
            "Quyết định công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh bậc THPT</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Minh Châu - Ảnh: Thái Hòa</strong></p>'),
    ],
    opts={
        "site": "main",
        "ym": "2026/12",
        "printed": "Thứ Năm, 03/12/2026 - 14:30",
        "iso": "2026-12-03T14:30:00+07:00",
        "account": "bientap_sgd",
        "tags": [("giao-vien-day-gioi", "giáo viên dạy giỏi")],
        "excerpt": None,
    },
)

M2 = Story(
    id=798,
    slug="giam-doc-so-kiem-tra-cong-tac-ban-tru-tai-phuong-thanh-sen",
    title="Giám đốc Sở GD&ĐT kiểm tra công tác bán trú tại các trường mầm non, tiểu học phường Thành Sen",
    cat="tin-tuc-su-kien",
    published_at="2026-11-24T09:15:00+07:00",
    summary=(
        "Sáng 24/11, đoàn công tác của Sở GD&ĐT do đồng chí Trần Quang Huy, Giám đốc Sở làm "
        "trưởng đoàn đã kiểm tra công tác tổ chức bán trú, bảo đảm an toàn thực phẩm tại một số "
        "trường mầm non, tiểu học trên địa bàn phường Thành Sen."
    ),
    sapo_outside=True,
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Cùng đi có lãnh đạo Phòng Giáo dục Mầm non - Giáo dục Tiểu học, Phòng Kế hoạch - Tài "
            "chính và đại diện UBND phường Thành Sen."
        ),
        Img(
            f"{UP_MAIN}/11/kiem-tra-ban-tru-1.jpg",
            "(Giám đốc Sở GD&ĐT Trần Quang Huy kiểm tra bếp ăn bán trú tại Trường Mầm non Hoa Sen)",
            "Giám đốc Sở GD&ĐT Trần Quang Huy kiểm tra bếp ăn bán trú tại Trường Mầm non Hoa Sen",
            style="wpcap",
        ),
        P(
            "Tại các điểm trường, đoàn đã kiểm tra hồ sơ nhập thực phẩm, quy trình chế biến, lưu "
            "mẫu thức ăn; khu vực nghỉ trưa của trẻ và học sinh; việc thu, chi các khoản liên quan "
            "đến bán trú. Qua kiểm tra, các nhà trường đã chủ động ký hợp đồng với các cơ sở cung "
            "ứng thực phẩm có nguồn gốc rõ ràng, bếp ăn được bố trí theo nguyên tắc một chiều."
        ),
        P(
            "Bên cạnh đó, một số đơn vị còn thiếu phòng nghỉ trưa cho học sinh, trang thiết bị "
            "nhà bếp xuống cấp. Trường Tiểu học Bắc Hà hiện có 1.450 học sinh nhưng nhà ăn chỉ đáp "
            "ứng được khoảng 60% nhu cầu."
        ),
        Img(
            f"{UP_MAIN}/11/kiem-tra-ban-tru-2.jpg",
            "(Đoàn kiểm tra khu vực nghỉ trưa của học sinh Trường Tiểu học Bắc Hà)",
            "Đoàn kiểm tra khu vực nghỉ trưa của học sinh Trường Tiểu học Bắc Hà",
            style="wpcap",
        ),
        P(
            "Kết luận buổi kiểm tra, Giám đốc Sở Trần Quang Huy yêu cầu các nhà trường tuyệt đối "
            "không để xảy ra ngộ độc thực phẩm; công khai thực đơn, khẩu phần ăn hằng tuần; đề nghị "
            "UBND phường quan tâm bố trí kinh phí sửa chữa, bổ sung cơ sở vật chất phục vụ bán trú "
            "trong năm 2027."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
    ],
    opts={
        "site": "main",
        "ym": "2026/11",
        "printed": "Thứ Ba, 24/11/2026 - 09:15",
        "iso": "2026-11-24T09:15:00+07:00",
        "account": "vanphong_sgd",
        "tags": [],
    },
)

M4 = Story(
    id=731,
    slug="boi-duong-ky-nang-chuyen-doi-so-cho-can-bo-quan-ly-truong-hoc",
    title="Bồi dưỡng kỹ năng chuyển đổi số cho hơn 600 cán bộ quản lý trường học",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T10:00:00+07:00",
    summary=(
        "Từ ngày 20 - 22/10, Sở GD&ĐT phối hợp với Viettel Hà Tĩnh tổ chức lớp bồi dưỡng kỹ năng "
        "chuyển đổi số cho hơn 600 cán bộ quản lý các trường học trên địa bàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Thu Hà"],
    source="Báo Hà Tĩnh",
    blocks=[
        P(
            "Lớp bồi dưỡng được tổ chức theo hình thức kết hợp trực tiếp và trực tuyến, chia thành "
            "03 đợt. Học viên được giới thiệu các văn bản chỉ đạo về chuyển đổi số trong giáo dục, "
            "kỹ năng khai thác cơ sở dữ liệu ngành, sử dụng học bạ số, hồ sơ điện tử và chữ ký số."
        ),
        Img(
            f"{UP_MAIN}/10/boi-duong-cds-1.jpg",
            "Các học viên thực hành trên hệ thống quản lý trường học",
            "Các học viên thực hành trên hệ thống quản lý trường học",
            style="em-next",
        ),
        P(
            "Theo kế hoạch, đến hết năm học 2026 - 2027, 100% trường THCS, THPT trên địa bàn tỉnh "
            "triển khai học bạ số; 100% cán bộ quản lý, giáo viên sử dụng chữ ký số trong giao "
            "dịch điện tử."
        ),
        P(
            "“Chuyển đổi số không chỉ là việc của bộ phận công nghệ thông tin mà là trách nhiệm "
            "của mỗi người đứng đầu nhà trường”, đồng chí Trần Quang Huy, Giám đốc Sở GD&ĐT nhấn "
            "mạnh tại buổi khai mạc.",
            "quote",
        ),
        Raw('<p style="text-align: right;"><strong>Thu Hà</strong></p>'),
        Raw('<p style="text-align: right;"><em>(Nguồn: Báo Hà Tĩnh)</em></p>'),
    ],
    opts={
        "site": "main",
        "ym": "2026/10",
        "printed": "Thứ Năm, 22/10/2026 - 10:00",
        "iso": "2026-10-22T10:00:00+07:00",
        "account": "bientap_sgd",
        "tags": [],
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 40%; text-align: center;">UBND TỈNH HÀ TĨNH<br>'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    "<br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 2154/TB-SGDĐT</td>'
    '<td style="text-align: center;"><em>Hà Tĩnh, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align: center;"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh '
    "lớp 12 THPT năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Như trên;<br>- Giám đốc, các PGĐ Sở;<br>- Lưu: VT, QLCL.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br>'
    "PHÓ GIÁM ĐỐC</strong><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thanh Hương</strong></td>"
    "</tr></tbody></table>"
)

M5 = Story(
    id=806,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Thị Thanh Hương"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Kính gửi: Các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."),
        P(
            "Thực hiện Kế hoạch số 1890/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tổ chức các kỳ thi "
            "năm học 2026 - 2027, Sở GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
            "12 THPT như sau:"
        ),
        P("1. Môn thi, đối tượng dự thi", "strongp"),
        P(
            "Gồm 13 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
            "Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật, Công nghệ, Khoa học máy tính.",
            "li",
        ),
        P("Đối tượng: học sinh đang học lớp 12 năm học 2026 - 2027, có hạnh kiểm xếp loại Tốt.", "li"),
        P("2. Thời gian, địa điểm", "strongp"),
        P("Thời gian thi: ngày 15/12/2026 (buổi sáng thi Toán, Ngữ văn, Tiếng Anh; buổi chiều thi các môn còn lại).", "li"),
        P("Địa điểm: Trường THPT chuyên Hà Tĩnh và Trường THPT Phan Đình Phùng.", "li"),
        P("3. Hồ sơ đăng ký", "strongp"),
        P(
            "Các đơn vị đăng ký danh sách học sinh dự thi trên phần mềm quản lý thi trước 17 giờ 00 "
            "ngày 08/12/2026, đồng thời gửi văn bản đăng ký (bản scan có chữ ký, đóng dấu) qua hệ "
            "thống quản lý văn bản điều hành."
        ),
        P(
            "Nhận được Thông báo này, đề nghị thủ trưởng các đơn vị triển khai thực hiện. Trong quá "
            "trình thực hiện, nếu có vướng mắc, liên hệ Phòng Quản lý chất lượng, Sở GD&ĐT (điện "
            "thoại: 0239.3855.412) để được hướng dẫn./."
        ),
        Raw(_SIGNATURE),
        Raw(
            '<div class="wp-block-file"><a id="wp-block-file--media-5b1c" href="{B}'
            f'{UP_MAIN}/12/TB-2154-SGDDT.pdf">TB-2154-SGDDT</a><a href="{{B}}{UP_MAIN}/12/TB-2154-SGDDT.pdf" '
            'class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5b1c">'
            "Tải xuống</a></div>"
        ),
    ],
    opts={
        "site": "main",
        "ym": "2026/12",
        "printed": "Thứ Ba, 01/12/2026 - 08:05",
        "iso": "2026-12-01T08:05:00+07:00",
        "account": "vanphong_sgd",
        "tags": [],
    },
)

M6 = Story(
    id=790,
    slug="lich-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các địa phương",
    cat="thong-bao",
    published_at="2026-11-27",
    authors=["Phòng Quản lý chất lượng"],
    blocks=[
        P(
            "Căn cứ Kế hoạch số 1742/KH-SGDĐT về kiểm tra, công nhận kết quả phổ cập giáo dục, xóa "
            "mù chữ năm 2026, Sở GD&ĐT thông báo lịch kiểm tra tại các địa phương như sau:"
        ),
        P("TT | Địa phương | Thời gian | Trưởng đoàn", "tr"),
        P("1 | Phường Thành Sen, phường Trần Phú | 07/12/2026 | Trần Quang Huy", "tr"),
        P("2 | Xã Thạch Hà, xã Đồng Tiến | 09/12/2026 | Nguyễn Thị Thanh Hương", "tr"),
        P("3 | Phường Sông Trí, xã Kỳ Hoa | 11/12/2026 | Phan Văn Lợi", "tr"),
        P(
            "Các địa phương chuẩn bị đầy đủ hồ sơ, sổ sách theo quy định; bố trí thành phần làm "
            "việc gồm lãnh đạo UBND xã, phường, thành viên Ban Chỉ đạo và hiệu trưởng các trường "
            "trên địa bàn."
        ),
        Raw('<p style="text-align: right;"><strong>Phòng Quản lý chất lượng</strong></p>'),
    ],
    opts={
        "site": "main",
        "ym": "2026/11",
        "printed": "Thứ Sáu, 27/11/2026 - 00:00",
        "iso": "2026-11-27T00:00:00+07:00",
        "account": "vanphong_sgd",
        "tags": [],
    },
)

A1 = Story(
    id=45,
    slug="ngay-hoi-stem-nam-2026",
    title="Sôi nổi Ngày hội STEM năm 2026 tại Trường THPT Phan Đình Phùng",
    cat="tin-hoat-dong",
    published_at="2026-11-28",
    summary=(
        "Ngày 28/11, Trường THPT Phan Đình Phùng tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng "
        "tạo vì cộng đồng”, thu hút hơn 1.300 học sinh của nhà trường tham gia."
    ),
    authors=["Lê Minh Đức"],
    photographers=["Lê Minh Đức"],
    blocks=[
        Img(f"{UP_PDP}/11/ngay-hoi-stem-2026-696x464.jpg", None, None, style="featured"),
        P(
            "Ngày 28/11, Trường THPT Phan Đình Phùng tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng "
            "tạo vì cộng đồng”, thu hút hơn 1.300 học sinh của nhà trường tham gia.",
            "strong",
        ),
        P(
            "Tham gia ngày hội, 36 chi đoàn lớp đã mang đến 52 sản phẩm, mô hình STEM thuộc các lĩnh "
            "vực: nông nghiệp thông minh, năng lượng tái tạo, xử lý rác thải, robot và tự động hóa. "
            "Nhiều sản phẩm được làm từ vật liệu tái chế, có tính ứng dụng cao trong đời sống."
        ),
        Img(
            f"{UP_PDP}/11/stem-mo-hinh-tuoi-cay.jpg",
            "Mô hình tưới cây tự động sử dụng cảm biến độ ẩm của học sinh lớp 11A3.",
            "Mô hình tưới cây tự động sử dụng cảm biến độ ẩm của học sinh lớp 11A3.",
            style="figure",
        ),
        P(
            "Bên cạnh khu trưng bày, ngày hội còn có các hoạt động trải nghiệm như: lắp ráp mạch "
            "điện thông minh, lập trình robot vượt chướng ngại vật, thí nghiệm hóa học vui và cuộc "
            "thi “Rung chuông vàng” với các câu hỏi về khoa học, công nghệ."
        ),
        Img(
            f"{UP_PDP}/11/stem-robot.jpg",
            "Học sinh trải nghiệm lập trình robot vượt chướng ngại vật.",
            "Học sinh trải nghiệm lập trình robot vượt chướng ngại vật.",
            style="figure",
        ),
        P(
            "Kết thúc ngày hội, Ban Tổ chức đã trao 03 giải Nhất, 05 giải Nhì, 08 giải Ba cho các "
            "sản phẩm xuất sắc. Các sản phẩm đạt giải sẽ được nhà trường tiếp tục hoàn thiện để dự "
            "thi Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Minh Đức</strong></p>'),
    ],
    opts={
        "site": "pdp",
        "ym": "2026/11",
        "printed": "28/11/2026",
        "iso": "2026-11-28T15:20:41+07:00",
        "account": "quantri_pdp",
        "cats": ["tin-hoat-dong"],
        "tags": [("stem", "STEM")],
        "views": 214,
        "broadcast": {"id": 809, "ym": "2026/11"},
    },
)

A2 = Story(
    id=41,
    slug="chuong-trinh-van-nghe-tri-an-thay-co-chao-mung-20-11",
    title="Đoàn trường tổ chức chương trình văn nghệ “Tri ân thầy cô” chào mừng ngày 20/11",
    cat="doan-thanh-nien",
    published_at="2026-11-20",
    authors=["Hồ Thị Lan Anh"],
    blocks=[
        P(
            "Tối 19/11, Đoàn trường THPT Phan Đình Phùng tổ chức chương trình văn nghệ “Tri ân thầy "
            "cô” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        P(
            "Chương trình gồm 15 tiết mục ca, múa, nhạc, kịch do các chi đoàn dàn dựng, ca ngợi tình "
            "thầy trò và mái trường. Đặc biệt, tiết mục kịch “Người lái đò thầm lặng” của chi đoàn "
            "12A1 đã để lại nhiều cảm xúc cho thầy cô và các bạn học sinh."
        ),
        Img(
            f"{UP_PDP}/11/van-nghe-tri-an-1.jpg",
            "Tiết mục múa “Bụi phấn” của chi đoàn 10A5.",
            "Tiết mục múa “Bụi phấn” của chi đoàn 10A5.",
            style="wpcap",
        ),
        P(
            "Dịp này, Đoàn trường đã trao 20 suất quà cho các thầy cô giáo đã nghỉ hưu có hoàn cảnh "
            "khó khăn, tổng trị giá 10 triệu đồng, được trích từ quỹ “Kế hoạch nhỏ” của đoàn viên."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Hồ Thị Lan Anh</strong><br>'
            "<em>Bí thư Đoàn trường</em></p>"
        ),
    ],
    opts={
        "site": "pdp",
        "ym": "2026/11",
        "printed": "20/11/2026",
        "iso": "2026-11-20T10:05:12+07:00",
        "account": "quantri_pdp",
        "cats": ["tin-hoat-dong", "doan-thanh-nien"],
        "tags": [],
        "views": 387,
        "comments": [
            (17, "Nguyễn Thị Hà", "Chương trình rất ý nghĩa, chúc các em học tốt!", "20/11/2026 lúc 20:14"),
            (18, "Cựu HS khóa 2016-2019", "Nhớ thầy cô quá, tiết mục kịch hay lắm ạ.", "21/11/2026 lúc 07:31"),
        ],
    },
)

A3 = Story(
    id=37,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-hoat-dong",
    published_at="2026-10-30",
    authors=["Tổ Văn phòng"],
    blocks=[
        P(
            "Chiều 30/10, Trường THPT Phan Đình Phùng tổ chức Hội nghị viên chức, người lao động năm "
            "học 2026 - 2027 với sự tham dự của 96 cán bộ, giáo viên, nhân viên."
        ),
        P(
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 - 2026; phương hướng, "
            "nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính và thảo luận, góp ý quy chế "
            "chi tiêu nội bộ, quy chế dân chủ ở cơ sở."
        ),
        P("Một số chỉ tiêu chủ yếu của năm học:", "strongp"),
        P("Tỷ lệ học sinh tốt nghiệp THPT đạt 100%;", "li"),
        P("Phấn đấu có từ 45 giải học sinh giỏi cấp tỉnh trở lên;", "li"),
        P("100% giáo viên sử dụng thành thạo học bạ số, sổ điểm điện tử.", "li"),
        Img(f"{UP_PDP}/10/hoi-nghi-vc-2026.jpg", "Ảnh: Tổ Văn phòng", None, style="figure"),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành và phát động "
            "phong trào thi đua năm học 2026 - 2027."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
    ],
    photographers=["Tổ Văn phòng"],
    opts={
        "site": "pdp",
        "ym": "2026/10",
        "printed": "30/10/2026",
        "iso": "2026-10-30T16:45:03+07:00",
        "account": "quantri_pdp",
        "cats": ["tin-hoat-dong"],
        "tags": [],
        "views": 156,
        "modified": "Cập nhật lần cuối: 02/11/2026 08:30",
    },
)

B1 = Story(
    id=112,
    slug="hoc-sinh-dat-12-giai-hoi-thi-tin-hoc-tre-cap-tinh",
    title="Học sinh nhà trường đạt 12 giải tại Hội thi Tin học trẻ cấp tỉnh năm 2026",
    cat="tin-tuc",
    published_at="2026-12-02",
    authors=["Nguyễn Hữu Phước"],
    blocks=[
        P(
            "Tại Hội thi Tin học trẻ tỉnh Hà Tĩnh lần thứ XXIII năm 2026 vừa kết thúc, đội tuyển Trường "
            "THCS Lê Văn Thiêm đã xuất sắc giành 12 giải, trong đó có 02 giải Nhất, 04 giải Nhì và 06 "
            "giải Ba, xếp thứ nhất toàn đoàn khối THCS."
        ),
        Img(
            f"{UP_LVT}/12/tin-hoc-tre-2026-1024x683.jpg",
            "Đội tuyển Tin học trẻ của nhà trường nhận giải tại lễ bế mạc.",
            "Đội tuyển Tin học trẻ của nhà trường nhận giải tại lễ bế mạc.",
            style="lazy",
        ),
        P(
            "Hội thi gồm 03 bảng: bảng B (lập trình Scratch), bảng C1 (lập trình Python) và bảng D "
            "(sản phẩm sáng tạo). Em Trần Bảo Ngọc (lớp 9A) đoạt giải Nhất bảng D với sản phẩm “Ứng "
            "dụng nhắc lịch học cho học sinh”; em Phan Minh Khôi (lớp 8B) đoạt giải Nhất bảng C1."
        ),
        Img(
            f"{UP_LVT}/12/tin-hoc-tre-2026-2-1024x683.jpg",
            "Em Trần Bảo Ngọc giới thiệu sản phẩm dự thi với Ban Giám khảo.",
            "Em Trần Bảo Ngọc giới thiệu sản phẩm dự thi với Ban Giám khảo.",
            style="lazy",
        ),
        P(
            "Để đạt được kết quả trên, từ đầu năm học, tổ Toán - Tin đã xây dựng kế hoạch bồi dưỡng, "
            "phân công giáo viên phụ trách từng bảng thi, tổ chức thi thử và mời chuyên gia góp ý "
            "sản phẩm cho học sinh."
        ),
        Raw('<p class="has-text-align-right"><strong>Nguyễn Hữu Phước - Tổ Toán - Tin</strong></p>'),
    ],
    opts={
        "site": "lvt",
        "ym": "2026/12",
        "printed": "02 Tháng 12, 2026",
        "iso": "2026-12-02T07:45:18+07:00",
        "account": "lvt_admin",
        "cats": ["tin-tuc"],
        "tags": [],
    },
)

B3 = Story(
    id=104,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
    title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    cat="tin-tuc",
    published_at="2026-11-16",
    blocks=[
        P(
            "Chiều 15/11, nhà trường tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I tại 28 lớp học. "
            "Hội nghị nhằm thông tin kết quả học tập, rèn luyện của học sinh sau nửa học kỳ và thống "
            "nhất các biện pháp phối hợp giữa gia đình và nhà trường."
        ),
        P(
            "Tại hội nghị, giáo viên chủ nhiệm thông báo kết quả kiểm tra giữa kỳ, tình hình chuyên "
            "cần, nề nếp của từng học sinh; trao đổi về việc sử dụng điện thoại di động, an toàn giao "
            "thông và phòng chống bạo lực học đường."
        ),
        Img(
            f"{UP_LVT}/11/hop-phhs-1.jpg",
            "Cô Hoàng Thị Yến, chủ nhiệm lớp 6C trao đổi với phụ huynh.",
            "Cô Hoàng Thị Yến, chủ nhiệm lớp 6C trao đổi với phụ huynh.",
            style="gallery",
        ),
        Img(
            f"{UP_LVT}/11/hop-phhs-2.jpg",
            "Phụ huynh lớp 9A góp ý về kế hoạch ôn thi vào lớp 10.",
            "Phụ huynh lớp 9A góp ý về kế hoạch ôn thi vào lớp 10.",
            style="gallery",
        ),
        P(
            "Nhiều ý kiến của phụ huynh tập trung vào việc tổ chức ôn tập cho học sinh lớp 9, bữa ăn "
            "bán trú và việc trông giữ xe đạp điện. Các ý kiến đã được Ban Giám hiệu tiếp thu, giải "
            "đáp trực tiếp."
        ),
        Raw('<p class="has-text-align-right"><strong>BBT Website</strong></p>'),
    ],
    opts={
        "site": "lvt",
        "ym": "2026/11",
        "printed": "16 Tháng 11, 2026",
        "iso": "2026-11-16T16:02:40+07:00",
        "account": "lvt_admin",
        "cats": ["tin-tuc"],
        "tags": [],
    },
)

B2 = Story(
    id=97,
    slug="chuyen-de-day-hoc-du-an-mon-khoa-hoc-tu-nhien-8",
    title="Chuyên đề: Vận dụng phương pháp dạy học dự án trong môn Khoa học tự nhiên 8",
    cat="chuyen-mon",
    published_at="2026-11-06",
    authors=["Đặng Thị Hồng Nhung"],
    blocks=[
        P("I. ĐẶT VẤN ĐỀ", "mso-h"),
        P(
            "Dạy học dự án là phương pháp dạy học trong đó học sinh thực hiện một nhiệm vụ học tập "
            "phức hợp, gắn với thực tiễn, kết hợp lý thuyết với thực hành và tạo ra sản phẩm có thể "
            "giới thiệu được.[1] Phương pháp này phù hợp với định hướng phát triển năng lực của "
            "Chương trình giáo dục phổ thông 2018."
        ),
        P("II. CÁC BƯỚC TỔ CHỨC", "mso-h"),
        P("Bước 1: Xác định chủ đề và mục tiêu của dự án;", "mso-li"),
        P("Bước 2: Xây dựng kế hoạch, phân công nhiệm vụ cho các nhóm;", "mso-li"),
        P("Bước 3: Học sinh thực hiện dự án, giáo viên theo dõi, hỗ trợ;", "mso-li"),
        P("Bước 4: Báo cáo sản phẩm, đánh giá và rút kinh nghiệm.", "mso-li"),
        P(
            "- Ví dụ: với chủ đề “Pha chế dung dịch”, mỗi nhóm pha chế một dung dịch nước muối sinh "
            "lý 0,9% và trình bày quy trình trước lớp.[2]"
        ),
        P("III. KẾT LUẬN", "mso-h"),
        P(
            "Qua thực tế áp dụng tại các lớp 8A, 8B, 8C, học sinh hứng thú hơn, kỹ năng hợp tác và "
            "thuyết trình được cải thiện rõ rệt; tỷ lệ bài kiểm tra đạt mức khá, giỏi tăng 12% so với "
            "năm học trước."
        ),
        P("Tài liệu tham khảo", "mso-h"),
        P("[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể.", "mso-fn"),
        P("[2] Mai Sỹ Tuấn (chủ biên) (2023), Khoa học tự nhiên 8, NXB Giáo dục Việt Nam.", "mso-fn"),
        Raw(
            '<p class="MsoNormal" style="text-align: right;" align="right"><b><span lang="VI">'
            "ThS. Đặng Thị Hồng Nhung - Tổ Khoa học tự nhiên</span></b><o:p></o:p></p>"
        ),
    ],
    opts={
        "site": "lvt",
        "ym": "2026/11",
        "printed": "06 Tháng 11, 2026",
        "iso": "2026-11-06T20:11:05+07:00",
        "account": "lvt_admin",
        "cats": ["chuyen-mon"],
        "tags": [],
    },
)

C1 = Story(
    id=31,
    slug="be-vui-hoi-cho-am-thuc-ban-tay-nho-mon-qua-xinh",
    title="Bé vui hội chợ ẩm thực “Bàn tay nhỏ - Món quà xinh” 🌸",
    cat="hoat-dong-cua-be",
    published_at="2026-12-04",
    blocks=[
        P(
            "Sáng 04/12, Trường Mầm non Hoa Sen tổ chức hội chợ ẩm thực “Bàn tay nhỏ - Món quà xinh” "
            "cho các bé khối Mẫu giáo lớn và Mẫu giáo nhỡ. Đây là hoạt động trải nghiệm giúp trẻ làm "
            "quen với tiền, biết mua bán và chia sẻ cùng bạn bè 😊"
        ),
        Img(
            f"{UP_HS}/12/hoi-cho-am-thuc-1.jpg",
            "Các bé lớp Lá 2 tự tay làm bánh trôi ngũ sắc.",
            "Các bé lớp Lá 2 tự tay làm bánh trôi ngũ sắc.",
            style="wpcap",
        ),
        P(
            "Mỗi lớp có một gian hàng với các món ăn dân dã do cô và trẻ cùng chuẩn bị như: bánh "
            "trôi, xôi gấc, chè đậu xanh, nem cuốn, nước cam. Các bé được phát “tiền” bằng giấy màu "
            "để tự chọn mua món ăn mình yêu thích."
        ),
        Img(
            f"{UP_HS}/12/hoi-cho-am-thuc-2.jpg",
            "Bé Khánh An “bán hàng” tại gian hàng lớp Chồi 1.",
            "Bé Khánh An “bán hàng” tại gian hàng lớp Chồi 1.",
            style="wpcap",
        ),
        P(
            "Toàn bộ số tiền thu được từ phần bán hàng cho phụ huynh là 4.850.000 đồng được nhà "
            "trường trao tặng quỹ “Ủng hộ học sinh vùng lũ” của Hội Chữ thập đỏ phường Thành Sen."
        ),
    ],
    opts={
        "site": "hs",
        "ym": "2026/12",
        "printed": "Tháng Mười Hai 4, 2026",
        "iso": "2026-12-04T08:12:33+07:00",
        "clock": "8:12 sáng",
        "account": "mnhoasen",
        "cats": ["hoat-dong-cua-be"],
        "tags": [],
    },
)

C2 = Story(
    id=27,
    slug="phong-chong-benh-tay-chan-mieng-cho-tre",
    title="Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa",
    cat="goc-phu-huynh",
    published_at="2026-11-18",
    source="CDC Hà Tĩnh",
    blocks=[
        P(
            "Bệnh tay chân miệng là bệnh truyền nhiễm cấp tính thường gặp ở trẻ dưới 5 tuổi, lây qua "
            "đường tiêu hóa và tiếp xúc trực tiếp. Thời điểm giao mùa, số trẻ mắc bệnh thường tăng cao."
        ),
        P("Dấu hiệu nhận biết:", "strongp"),
        P("Sốt nhẹ, mệt mỏi, biếng ăn, đau họng;", "fb"),
        P("Loét miệng, nổi bọng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông;", "fb"),
        P("Trẻ giật mình, quấy khóc nhiều là dấu hiệu bệnh chuyển nặng.", "fb"),
        P("Cha mẹ cần làm gì?", "strongp"),
        P("Rửa tay cho trẻ và người chăm sóc bằng xà phòng nhiều lần trong ngày;", "fb"),
        P("Lau rửa đồ chơi, sàn nhà bằng dung dịch khử khuẩn;", "fb"),
        P("Khi trẻ có dấu hiệu bệnh, cho trẻ nghỉ học và đưa đến cơ sở y tế gần nhất.", "fb"),
        Img(f"{UP_HS}/11/tay-chan-mieng.jpg", None, None, style="plain"),
        Raw('<p><em>Nguồn: CDC Hà Tĩnh</em></p>'),
    ],
    opts={
        "site": "hs",
        "ym": "2026/11",
        "printed": "Tháng Mười Một 18, 2026",
        "iso": "2026-11-18T14:30:09+07:00",
        "clock": "2:30 chiều",
        "account": "mnhoasen",
        "cats": ["goc-phu-huynh"],
        "tags": [],
        "more_after": 1,
    },
)

STORIES = [M1, M5, M6, M2, M4, A1, A2, A3, B1, B3, B2, C1, C2]

BROADCAST = A1  # the one post ThreeWP Broadcast copied onto the main site

# --- paths ------------------------------------------------------------------------------------


def prefix(story: Story) -> str:
    return SITES[story.opts["site"]][1]


def post_path(story: Story) -> str:
    site = story.opts["site"]
    base = "/blog" if site == "main" else SITES[site][1]
    return f"{base}/{story.opts['ym']}/{story.slug}/"


def copy_path(story: Story) -> str:
    return f"/blog/{story.opts['broadcast']['ym']}/{story.slug}/"


def print_path(story: Story) -> str:
    return post_path(story) + "print/"


def cat_name(story: Story, slug: str | None = None) -> str:
    return CATEGORIES[(story.opts["site"], slug or story.cat)][0]


def cat_path(story: Story, slug: str | None = None) -> str:
    return CATEGORIES[(story.opts["site"], slug or story.cat)][1]


def site_stories(site: str) -> list[Story]:
    """A site's posts, newest first (WordPress orders by post date)."""
    return sorted((s for s in STORIES if s.opts["site"] == site), key=lambda s: s.opts["iso"], reverse=True)


def dmy(story: Story) -> str:
    y, m, d = story.opts["iso"][:10].split("-")
    return f"{d}/{m}/{y}"


def excerpt(story: Story, words: int = 40) -> str:
    """WordPress's automatic excerpt: the first words of the text, then "[…]"."""
    if story.summary:
        return story.summary
    text = " ".join(b.text for b in story.blocks if isinstance(b, P))
    cut = text.split()
    return " ".join(cut[:words]) + (" […]" if len(cut) > words else "")


def attach_id(src: str) -> int:
    return 100 + sum(ord(c) for c in src) % 800


def sized(src: str, size: str) -> str:
    stem, _, ext = src.rpartition(".")
    for tail in ("-696x464", "-1024x683"):
        stem = stem.removesuffix(tail)
    return f"{stem}-{size}.{ext}"


# --- the article text as each theme prints it ---------------------------------------------------

_FBCDN_ARROW = (
    '<img class="x16dsc37 emoji" height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
    'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png">'
)
_LAZY_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"


def _footnote_calls(escaped: str) -> str:
    out = escaped
    for n in ("1", "2"):
        out = out.replace(
            f"[{n}]",
            f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">'
            f'<span class="MsoFootnoteReference"><span lang="VI">[{n}]</span></span></a>',
        )
    return out


def _para(p: P) -> str:
    t = esc(p.text)
    if p.style == "h3":
        return f'<h3 class="wp-block-heading">{t}</h3>'
    if p.style in ("strong", "strongp"):
        return f"<p><strong>{t}</strong></p>"
    if p.style == "quote":
        return f'<blockquote class="wp-block-quote"><p><em>{t}</em></p></blockquote>'
    if p.style == "mso-h":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:115%">'
            '<b><span lang="VI" style="font-size:13.0pt;line-height:115%;font-family:&quot;Times New '
            f'Roman&quot;,serif">{t}</span></b><o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        )
    if p.style == "mso-li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-indent:-18.0pt;'
            'mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI" style="font-family:'
            'Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:'
            '7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f'<!--[endif]--><span lang="VI">{t}</span><o:p></o:p></p>'
        )
    if p.style == "mso-fn":
        n, _, rest = p.text.partition(" ")
        num = n.strip("[]")
        return (
            f'<div style="mso-element:footnote" id="ftn{num}"><p class="MsoFootnoteText">'
            f'<a style="mso-footnote-id:ftn{num}" href="#_ftnref{num}" name="_ftn{num}" title="">'
            f'<span class="MsoFootnoteReference"><span lang="VI">[{num}]</span></span></a>'
            f'<span lang="VI"> {esc(rest)}</span><o:p></o:p></p></div>'
        )
    if p.style == "fb":
        return f'<p>{_FBCDN_ARROW} {t}</p>'
    if "[1]" in p.text or "[2]" in p.text:
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><span lang="VI">'
            f"{_footnote_calls(t)}</span><o:p></o:p></p>"
        )
    return f"<p>{t}</p>"


def _img(img: Img, b: str, src: str) -> str:
    aid = attach_id(img.src)
    full = f"{b}{src}"
    cap = esc(img.printed) if img.printed else ""
    if img.style == "figure":
        srcset = f"{b}{sized(src, '300x200')} 300w, {b}{sized(src, '768x512')} 768w, {full} 1024w"
        fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return (
            f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" loading="lazy" '
            f'width="1024" height="683" src="{full}" alt="" class="wp-image-{aid}" srcset="{srcset}" '
            f'sizes="(max-width: 1024px) 100vw, 1024px" />{fc}</figure>'
        )
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{aid}" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-{aid}" decoding="async" class="size-full '
            f'wp-image-{aid}" src="{full}" alt="" width="800" height="533" />'
            f'<p id="caption-attachment-{aid}" class="wp-caption-text">{cap}</p></div>'
        )
    if img.style == "em-next":
        return (
            f'<p style="text-align: center;"><img decoding="async" class="aligncenter size-full '
            f'wp-image-{aid}" src="{full}" alt="" width="800" height="533" /></p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style in ("lazy", "gallery"):
        svg = _LAZY_SVG.format(w=1024, h=683)
        fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{svg}" alt="" class="wp-image-{aid}" data-lazy-srcset="{full} 1024w, '
            f'{b}{sized(src, "300x200")} 300w" data-lazy-sizes="(max-width: 1024px) 100vw, 1024px" '
            f'data-lazy-src="{full}" /><noscript><img decoding="async" width="1024" height="683" '
            f'src="{full}" alt="" class="wp-image-{aid}" /></noscript>{fc}</figure>'
        )
    if img.style == "featured":
        return (
            f'<div class="td-post-featured-image"><a href="{b}{sized(src, "scaled")}" data-caption="">'
            f'<img width="696" height="464" class="entry-thumb td-modal-image" src="{full}" '
            f'srcset="{full} 696w, {b}{sized(src, "300x200")} 300w" sizes="(max-width: 696px) 100vw, '
            f'696px" alt="" title="{esc(src.rsplit("/", 1)[-1])}" /></a></div>'
        )
    # plain
    return (
        f'<p><img decoding="async" class="aligncenter size-full wp-image-{aid}" src="{full}" alt="" '
        'width="720" height="480" /></p>'
    )


def content_html(story: Story, b: str, src_of=lambda src: src, *, skip_featured: bool = False) -> str:
    """The post's ``post_content`` as the_content() prints it (without the featured image)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    more_after = story.opts.get("more_after")
    pcount = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            out.append(blk.html.replace("{B}", b))
        elif isinstance(blk, Img):
            if blk.style == "featured":
                if not skip_featured:
                    out.append(_img(blk, b, src_of(blk.src)))
            elif blk.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(_img(blocks[i], b, src_of(blocks[i].src)))
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                    + "".join(group)
                    + "</figure>"
                )
                continue
            else:
                out.append(_img(blk, b, src_of(blk.src)))
        elif blk.style in ("li", "tr", "fb-none"):
            style = blk.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<figure class="wp-block-table"><table class="has-fixed-layout"><tbody>' + "".join(rows) + "</tbody></table></figure>")
            pcount += len(group)
            continue
        else:
            out.append(_para(blk))
            pcount += 1
            if more_after and pcount == more_after:
                out.append(f'<span id="more-{story.id}"></span>')
        i += 1
    return "\n".join(out)


# --- the main site's theme ("sgdht", written by a local vendor) --------------------------------

MAIN_DOCS = {
    "/van-ban/qd-1875-sgddt-cong-nhan-gvdg-thpt/": (
        "Quyết định số 1875/QĐ-SGDĐT công nhận danh hiệu giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        "1875/QĐ-SGDĐT",
        "03/12/2026",
        "Quyết định",
        "qd-1875-sgddt.pdf",
    ),
    "/van-ban/cv-2088-sgddt-gdtrh-huong-dan-kiem-tra-giua-ky/": (
        "Công văn số 2088/SGDĐT-GDTrH hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026 - 2027",
        "2088/SGDĐT-GDTrH",
        "20/10/2026",
        "Công văn",
        "cv-2088-sgddt-gdtrh.pdf",
    ),
}
ALBUM_PATH = "/thu-vien-anh/ngay-nha-giao-viet-nam-20-11-2026/"
VIDEO_PATH = "/video/phong-su-hoi-thi-giao-vien-day-gioi-thpt-2026/"


def _main_menu(b: str) -> str:
    def item(href: str, label: str, sub: str = "", mid: int = 0) -> str:
        cls = "menu-item menu-item-type-custom" + (" menu-item-has-children" if sub else "")
        inner = f'<ul class="sub-menu">{sub}</ul>' if sub else ""
        return f'<li id="menu-item-{mid}" class="{cls}"><a href="{b}{href}">{label}</a>{inner}</li>'

    gioithieu = (
        item("/gioi-thieu/#chuc-nang", "Chức năng, nhiệm vụ", mid=212)
        + item("/gioi-thieu/#co-cau", "Cơ cấu tổ chức", mid=213)
        + item("/gioi-thieu/#lanh-dao", "Lãnh đạo Sở", mid=214)
    )
    tintuc = item("/blog/category/thong-bao/", "Thông báo", mid=222)
    thuvien = item("/thu-vien-anh/", "Thư viện ảnh", mid=231) + item("/video/", "Video", mid=232)
    truong = item("/thpt-phandinhphung/", "THPT Phan Đình Phùng", mid=241) + item(
        "/thcs-levanthiem/", "THCS Lê Văn Thiêm", mid=242
    )
    return (
        '<nav id="mnu-chinh" class="mnu"><ul id="menu-menu-chinh" class="menu">'
        + item("/", '<i class="fa fa-home"></i>', mid=201)
        + item("/gioi-thieu/", "Giới thiệu", gioithieu, 211)
        + item("/blog/category/tin-tuc-su-kien/", "Tin tức - Sự kiện", tintuc, 221)
        + item("/van-ban/", "Văn bản", mid=225)
        + item("/thu-vien-anh/", "Thư viện", thuvien, 230)
        + item("/thpt-phandinhphung/", "Các trường", truong, 240)
        + item("/lien-he/", "Liên hệ", mid=250)
        + "</ul></nav>"
    )


def _main_sidebar(b: str) -> str:
    most = [M2, M6, M5]
    most_html = "".join(
        f'<li><a href="{b}{post_path(s)}">{esc(s.title)}</a></li>' for s in most
    )
    months = [("2026/12", "Tháng Mười Hai 2026", 3), ("2026/11", "Tháng Mười Một 2026", 4), ("2026/10", "Tháng Mười 2026", 1)]
    opts = "".join(f'<option value="{b}/blog/{ym}/"> {label} &nbsp;({n})</option>' for ym, label, n in months)
    return f"""
<div class="ct-phai" id="sidebar-1">
 <div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{b}/">
  <input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s">
  <button type="submit" class="search-submit"><i class="fa fa-search"></i></button></form></div>
 <div id="custom_html-3" class="widget_text widget"><div class="textwidget custom-html-widget">
  <a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img src="{b}/wp-content/uploads/2026/01/banner-dvc.png" alt="Dịch vụ công trực tuyến" width="300" height="80"></a>
  <a href="https://csdl.moet.gov.vn/" target="_blank" rel="noopener"><img src="{b}/wp-content/uploads/2026/01/banner-csdl.png" alt="CSDL ngành" width="300" height="80"></a>
 </div></div>
 <div id="xemnhieu-2" class="widget tin-xem-nhieu"><div class="tieude-khoi"><span>Xem nhiều</span></div><ul>{most_html}</ul></div>
 <div id="archives-2" class="widget widget_archive"><div class="tieude-khoi"><span>Lưu trữ</span></div>
  <label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
  <select id="archives-dropdown-2" name="archive-dropdown">
   <option value="">Chọn tháng</option>{opts}
  </select>
  <script>
  (function() {{ var dropdown = document.getElementById( "archives-dropdown-2" );
   function onSelectChange() {{ if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
     document.location.href = this.options[ this.selectedIndex ].value; }} }}
   dropdown.onchange = onSelectChange; }})();
  </script></div>
 <div id="polls-widget-2" class="widget widget_polls-widget"><div class="tieude-khoi"><span>Thăm dò ý kiến</span></div>
  <div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
  <p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8c1d2f7a0b" /></p>
  <p style="text-align: center;"><strong>Bạn đánh giá thế nào về dịch vụ công trực tuyến của Sở GD&amp;ĐT?</strong></p>
  <div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
   <li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Rất thuận tiện</label></li>
   <li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Thuận tiện</label></li>
   <li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Chưa thuận tiện</label></li>
  </ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
  <p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></div>
 <div id="tk-truycap" class="widget thongke"><div class="tieude-khoi"><span>Thống kê truy cập</span></div>
  <table class="bang-tk"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>
  <tr><td>Tháng này:</td><td>9.617</td></tr><tr><td>Tổng truy cập:</td><td>2.815.406</td></tr></table></div>
</div>"""


def main_page(
    req: Request,
    title: str,
    body: str,
    crumbs: list[tuple[str, str]] | None = None,
    *,
    canonical: str | None = None,
    description: str = "",
    head: str = "",
    body_class: str = "page",
) -> Response:
    b = base_url(req)
    name = SITES["main"][2]
    crumb_html = ""
    if crumbs is not None:
        parts = [f'<span><a href="{b}/">Trang chủ</a></span>']
        for href, label in crumbs[:-1]:
            parts.append(f'<span><a href="{b}{href}">{esc(label)}</a></span>')
        parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(crumbs[-1][1])}</span>')
        crumb_html = '<div class="duong-dan" id="breadcrumbs"><span><span>' + " » ".join(parts) + "</span></span></div>"
    canon = f'<link rel="canonical" href="{b}{canonical}" />' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    schools = "".join(
        f'<option value="{b}{SITES[k][1]}/">{esc(SITES[k][2])}</option>' for k in ("pdp", "lvt", "hs")
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {esc(name)}</title>
<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
{desc}{canon}
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(name)}" />
{head}
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='sgdht-style-css' href='{b}/wp-content/themes/sgdht/style.css?ver=6.6.2' type='text/css' media='all' />
<script type="text/javascript" src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{body_class}">
<div id="wrap-all">
<div class="top-bar"><div class="khung">
 <span class="ngay-hom-nay"><i class="fa fa-clock-o"></i> {TODAY_VN}</span>
 <span class="tk-top"><a href="{b}/wp-login.php">Đăng nhập</a> | <a href="{b}/wp-signup.php">Đăng ký website trường</a></span>
</div></div>
<div id="bn-header"><a href="{b}/"><img src="{b}/wp-content/themes/sgdht/images/logo-sgd.png" alt="Logo" width="90" height="90"></a>
 <div class="ten-dv">UBND TỈNH HÀ TĨNH<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></div></div>
{_main_menu(b)}
<div class="chay-chu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
 Chào mừng kỷ niệm 80 năm Ngày Toàn quốc kháng chiến (19/12/1946 - 19/12/2026) *** Thi đua dạy tốt, học tốt *** </marquee></div>
<div class="khung noi-dung">
{crumb_html}
<div class="ct-trai">
{body}
</div>
{_main_sidebar(b)}
</div>
<div id="chan-trang"><div class="khung">
 <div class="ft-cot1"><p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
 <p>Địa chỉ: Số 45, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p>
 <p>Điện thoại: 0239.3855.410 - Fax: 0239.3855.411 - Email: sogddt@hatinh.edu.vn</p>
 <p>Chịu trách nhiệm chính: Ông Trần Quang Huy - Giám đốc Sở</p>
 <p>© 2026 Sở GD&amp;ĐT Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
 <div class="ft-cot2"><label for="ws-truong">Website các trường</label>
 <select id="ws-truong" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn trường --</option>{schools}</select>
 <p><a href="https://www.facebook.com/sogddthatinh" target="_blank" rel="noopener">Fanpage Sở GD&amp;ĐT</a> |
 <a href="https://www.youtube.com/@sogddthatinh" target="_blank" rel="noopener">Kênh YouTube</a></p></div>
</div></div>
</div>
<script type="text/javascript" src="{b}/wp-content/themes/sgdht/js/main.js?ver=1.4" id="sgdht-main-js"></script>
</body>
</html>"""
    return html(page)


def copy_src(src: str) -> str:
    """Broadcast copies a subsite's attachments into the main site's uploads."""
    return src.replace("/uploads/sites/2/", "/uploads/")


def main_entries(cat: str) -> list[tuple[str, str, str, str, str | None]]:
    """(title, path, dd/mm/yyyy, excerpt, thumbnail) of a main-site category, newest first."""
    items = [(s.opts["iso"], s, False) for s in STORIES if s.opts["site"] == "main" and s.cat == cat]
    if cat == "tin-tuc-su-kien":
        items.append((BROADCAST.opts["iso"], BROADCAST, True))
    items.sort(key=lambda t: t[0], reverse=True)
    out = []
    for _, s, is_copy in items:
        imgs = s.images
        thumb = sized(copy_src(imgs[0].src) if is_copy else imgs[0].src, "300x200") if imgs else None
        path = copy_path(s) if is_copy else post_path(s)
        out.append((s.title, path, dmy(s), excerpt(s, 35), thumb))
    return out


def _main_time(story: Story, is_copy: bool = False) -> str:
    if is_copy:
        return "Thứ Bảy, 28/11/2026 - 15:20"
    return story.opts["printed"]


def main_single(req: Request, story: Story, *, is_copy: bool = False) -> Response:
    b = base_url(req)
    path = copy_path(story) if is_copy else post_path(story)
    cat = "tin-tuc-su-kien" if is_copy else story.cat
    cname, cpath = CATEGORIES[("main", cat)]
    pid = story.opts["broadcast"]["id"] if is_copy else story.id
    src_of = copy_src if is_copy else (lambda s: s)
    content = ""
    if is_copy:
        content += (
            f'<p class="bc-nguon"><em>(Tin từ website <a href="{b}{SITES["pdp"][1]}/">'
            f"{esc(SITES['pdp'][2])}</a>)</em></p>\n"
        )
    featured = next((i for i in story.images if i.style == "featured"), None)
    if featured is not None:
        content += (
            f'<p><img decoding="async" class="aligncenter size-full wp-image-{attach_id(featured.src)}" '
            f'src="{b}{src_of(featured.src)}" alt="" width="696" height="464" /></p>\n'
        )
    content += content_html(story, b, src_of, skip_featured=True)
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="sapo-bv"><strong>{esc(story.summary)}</strong></div>'
    tags = ""
    if story.opts.get("tags") and not is_copy:
        links = ", ".join(f'<a href="{b}/blog/tag/{t}/" rel="tag">{esc(n)}</a>' for t, n in story.opts["tags"])
        tags = f'<div class="tk-bv"><i class="fa fa-tags"></i> Từ khóa: {links}</div>'
    others = [e for e in main_entries(cat) if e[1] != path][:2]
    others_html = "".join(
        f'<li><a href="{b}{p}" title="{esc(t)}">{esc(t)}</a> <span class="ngay-nho">({d})</span></li>'
        for t, p, d, _, _ in others
    )
    canonical = post_path(story)
    print_link = "" if is_copy else f'<a href="{b}{print_path(story)}" rel="nofollow" title="In bài viết"><i class="fa fa-print"></i> In bài</a> |'
    iso = story.opts["iso"]
    head = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{b}{canonical}" />\n'
        f'<meta property="article:published_time" content="{iso}" />\n'
        f'<meta property="article:modified_time" content="{iso[:11]}{"17:02:11+07:00"}" />\n'
        f"<link rel='shortlink' href='{b}/?p={pid}' />"
    )
    body = f"""<div class="khung-bv post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}" id="post-{pid}">
<h1 class="tieude-bv">{esc(story.title)}</h1>
<div class="tt-bv"><span class="ngdang"><i class="fa fa-calendar"></i> {_main_time(story, is_copy)}</span>
 <span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
 <span class="tacgia-tk"><i class="fa fa-user"></i> Người đăng: {story.opts['account'] if not is_copy else 'bientap_sgd'}</span></div>
<div class="cc-bv cc-tren">Cỡ chữ: <a href="javascript:void(0)" onclick="cochu(-1)">A-</a> <a href="javascript:void(0)" onclick="cochu(1)">A+</a> | {print_link}
 <a href="https://www.facebook.com/sharer/sharer.php?u={quote(b + canonical, safe='')}" target="_blank" rel="nofollow noopener">Chia sẻ Facebook</a></div>
{sapo}
<div class="nd-bv entry-content">
{content}
</div>
{tags}
<div class="cc-bv cc-duoi"><a href="mailto:?subject={quote(story.title)}&amp;body={quote(b + canonical)}" rel="nofollow"><i class="fa fa-envelope"></i> Gửi email</a>
 | <a href="https://zalo.me/share?u={quote(b + canonical, safe='')}" target="_blank" rel="nofollow noopener">Zalo</a>
 | <a href="#wrap-all"><i class="fa fa-arrow-up"></i> Về đầu trang</a></div>
<div class="tin-khac"><div class="tieude-khoi"><span>Các tin khác</span></div><ul>{others_html}</ul></div>
</div>"""
    return main_page(
        req,
        story.title,
        body,
        [(cpath, cname), (path, story.title)],
        canonical=canonical,
        description=excerpt(story, 30),
        head=head,
        body_class=f"post-template-default single single-post postid-{pid} single-format-standard",
    )


def main_print(req: Request, story: Story) -> Response:
    b = base_url(req)
    iso = story.opts["iso"]
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(story.title)} | {esc(SITES['main'][2])}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="{b}/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head><body>
<p style="text-align: center;"><strong>- {esc(SITES['main'][2])} - {b}/ -</strong></p>
<div class="Center"><div id="Outline">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>{story.opts['account']}</u> vào {dmy(story)} @ {iso[11:16]} trong chuyên mục {esc(cat_name(story))} | </p>
<div id="BlogContent">{f"<p><strong>{esc(story.summary)}</strong></p>" if story.sapo_outside and story.summary else ""}{content_html(story, b)}</div>
</div></div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết được in từ {esc(SITES['main'][2])}: <strong dir="ltr">{b}</strong></p>
<p>URL bài viết: <strong dir="ltr">{b}{post_path(story)}</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {esc(SITES['main'][2])}. Đã đăng ký bản quyền.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Nhấn vào đây để in.">Nhấn vào đây để in.</a></p>
</body></html>"""
    return html(page)


def _main_list_items(b: str, entries) -> str:
    out = []
    for t, p, d, ex, thumb in entries:
        img = (
            f'<a href="{b}{p}" class="anh-dd"><img width="300" height="200" src="{b}{thumb}" class="attachment-medium '
            f'size-medium wp-post-image" alt="" decoding="async" /></a>'
            if thumb
            else f'<a href="{b}{p}" class="anh-dd"><img src="{b}/wp-content/themes/sgdht/images/no-image.jpg" alt="" /></a>'
        )
        out.append(
            f'<div class="muc-tin clearfix">{img}<h3 class="td-muc"><a href="{b}{p}" rel="bookmark">{esc(t)}</a></h3>'
            f'<div class="ngay-muc"><i class="fa fa-calendar"></i> {d}</div><div class="tt-muc"><p>{esc(ex)}</p></div>'
            f'<a class="xem-tiep" href="{b}{p}">Xem tiếp »</a></div>'
        )
    return "\n".join(out)


def _pager(b: str, base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return f"{b}{base}" if n == 1 else f"{b}{base}page/{n}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{link(page - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{link(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{link(page + 1)}">Trang sau »</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
        'Phân trang bài viết</h2><div class="nav-links">' + "".join(parts) + "</div></nav>"
    )


MAIN_PER_PAGE = 3


def main_category(req: Request, cat: str, page: int) -> Response | None:
    b = base_url(req)
    name, path = CATEGORIES[("main", cat)]
    entries = main_entries(cat)
    pages = (len(entries) + MAIN_PER_PAGE - 1) // MAIN_PER_PAGE
    if page > pages:
        return None
    chunk = entries[(page - 1) * MAIN_PER_PAGE : page * MAIN_PER_PAGE]
    title = name + (f" - Trang {page}" if page > 1 else "")
    body = (
        f'<div class="khoi-ds"><h1 class="tieude-cm">{esc(name)}</h1>\n{_main_list_items(b, chunk)}\n'
        f"{_pager(b, path, page, pages)}</div>"
    )
    here = path if page == 1 else f"{path}page/{page}/"
    return main_page(req, title, body, [(here, name)], canonical=here, body_class="archive category")


def main_archive(req: Request, title: str, entries, crumb: str, here: str) -> Response:
    b = base_url(req)
    body = f'<div class="khoi-ds"><h1 class="tieude-cm">{esc(title)}</h1>\n{_main_list_items(b, entries)}</div>'
    return main_page(req, title, body, [(here, crumb)], canonical=here, body_class="archive")


def month_entries(ym: str):
    items = [s for s in STORIES if s.opts["site"] == "main" and s.opts["ym"] == ym]
    out = [(s.opts["iso"], s.title, post_path(s), dmy(s), excerpt(s, 35), None) for s in items]
    if BROADCAST.opts["broadcast"]["ym"] == ym:
        s = BROADCAST
        out.append((s.opts["iso"], s.title, copy_path(s), dmy(s), excerpt(s, 35), None))
    out.sort(reverse=True)
    return [o[1:] for o in out]


def main_home(req: Request) -> Response:
    b = base_url(req)
    feat = [M1, M2]
    feat_html = "".join(
        f'<div class="slide-item"><a href="{b}{post_path(s)}"><img src="{b}{sized(s.images[0].src, "640x400")}" alt="{esc(s.title)}" width="640" height="400"></a>'
        f'<div class="slide-td"><a href="{b}{post_path(s)}">{esc(s.title)}</a></div></div>'
        for s in feat
    )
    news = main_entries("tin-tuc-su-kien")[:3]
    news_html = "".join(
        f'<li><a href="{b}{p}">{esc(t)}</a> <span class="ngay-nho">{d}</span></li>' for t, p, d, _, _ in news
    )
    notices = main_entries("thong-bao")
    notice_html = "".join(
        f'<li><img src="{b}/wp-content/themes/sgdht/images/new.gif" alt="" width="28" height="11"> <a href="{b}{p}">{esc(t)}</a></li>'
        for t, p, d, _, _ in notices
    )
    network = sorted((s for s in STORIES if s.opts["site"] != "main"), key=lambda s: s.opts["iso"], reverse=True)[:5]
    net_html = "".join(
        f'<div class="nwp-item"><div class="nwp-site"><a href="{b}{prefix(s)}/">{esc(SITES[s.opts["site"]][2])}</a></div>'
        f'<div class="nwp-title"><a href="{b}{post_path(s)}">{esc(s.title)}</a></div><span class="nwp-date">{dmy(s)}</span></div>'
        for s in network
    )
    docs_html = "".join(
        f'<tr><td>{esc(v[1])}</td><td>{v[2]}</td><td><a href="{b}{p}">{esc(v[0])}</a></td></tr>'
        for p, v in MAIN_DOCS.items()
    )
    body = f"""<div class="trang-chu">
<div class="khoi-noibat"><div class="tieude-khoi"><span>Tin nổi bật</span></div><div class="slider" id="sl-1">{feat_html}</div></div>
<div class="khoi-cot">
 <div class="khoi-tt"><div class="tieude-khoi"><a href="{b}/blog/category/tin-tuc-su-kien/">Tin tức - Sự kiện</a></div><ul>{news_html}</ul>
 <a class="xem-tat-ca" href="{b}/blog/category/tin-tuc-su-kien/">Xem tất cả »</a></div>
 <div class="khoi-tb"><div class="tieude-khoi"><a href="{b}/blog/category/thong-bao/">Thông báo</a></div><ul>{notice_html}</ul></div>
</div>
<div class="khoi-truong widget network-latest-posts" id="nlposts-2"><div class="tieude-khoi"><span>Tin từ các trường</span></div>
{net_html}</div>
<div class="khoi-vb"><div class="tieude-khoi"><a href="{b}/van-ban/">Văn bản mới</a></div>
<table class="bang-vb"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{docs_html}</table></div>
<div class="khoi-media"><div class="tieude-khoi"><a href="{b}/thu-vien-anh/">Thư viện ảnh</a> | <a href="{b}/video/">Video</a></div>
 <a href="{b}{ALBUM_PATH}"><img src="{b}/wp-content/uploads/2026/11/album-20-11-thumb.jpg" alt="Album ảnh Ngày Nhà giáo Việt Nam" width="300" height="200"></a>
 <a href="{b}{VIDEO_PATH}"><img src="{b}/wp-content/uploads/2026/12/video-gvdg-thumb.jpg" alt="Video" width="300" height="200"></a></div>
</div>"""
    return main_page(
        req,
        "Trang chủ",
        body,
        None,
        canonical="/",
        description="Cổng thông tin điện tử Sở Giáo dục và Đào tạo Hà Tĩnh",
        body_class="home blog",
    )


def main_static_page(req: Request, path: str) -> Response | None:
    b = base_url(req)
    if path == "/gioi-thieu/":
        body = """<div class="khung-trang" id="post-2"><h1 class="tieude-bv">Giới thiệu</h1>
<div class="nd-bv entry-content">
<h2 id="chuc-nang">Chức năng, nhiệm vụ</h2>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Tĩnh, tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<h2 id="co-cau">Cơ cấu tổ chức</h2>
<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non - Giáo dục Tiểu học</li>
<li>Phòng Giáo dục Trung học - Giáo dục thường xuyên</li><li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>
<h2 id="lanh-dao">Lãnh đạo Sở</h2>
<table><tr><td>Ông Trần Quang Huy</td><td>Giám đốc Sở</td><td>0239.3855.400</td></tr>
<tr><td>Bà Nguyễn Thị Thanh Hương</td><td>Phó Giám đốc Sở</td><td>0239.3855.401</td></tr>
<tr><td>Ông Phan Văn Lợi</td><td>Phó Giám đốc Sở</td><td>0239.3855.402</td></tr></table>
</div></div>"""
        return main_page(req, "Giới thiệu", body, [(path, "Giới thiệu")], canonical=path, body_class="page-template-default page page-id-2")
    if path == "/lien-he/":
        body = f"""<div class="khung-trang" id="post-9"><h1 class="tieude-bv">Liên hệ</h1>
<div class="nd-bv entry-content">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</strong></p>
<p>Địa chỉ: Số 45, đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh<br>Điện thoại: 0239.3855.410<br>Email: sogddt@hatinh.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f120-p9-o1" lang="vi" dir="ltr">
<form action="{b}/lien-he/#wpcf7-f120-p9-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ và tên (bắt buộc)<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" value="" /></label></p>
<p><label> Email (bắt buộc)<br><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" value="" /></label></p>
<p><label> Nội dung<br><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p>
</form></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3791.5" width="600" height="350" style="border:0;" loading="lazy"></iframe></p>
</div></div>"""
        return main_page(req, "Liên hệ", body, [(path, "Liên hệ")], canonical=path, body_class="page-template-default page page-id-9")
    if path == "/van-ban/":
        rows = "".join(
            f'<tr><td>{esc(v[1])}</td><td>{v[2]}</td><td>{esc(v[3])}</td><td><a href="{b}{p}">{esc(v[0])}</a></td></tr>'
            for p, v in MAIN_DOCS.items()
        )
        body = (
            '<div class="khoi-ds"><h1 class="tieude-cm">Văn bản</h1><table class="bang-vb" id="tbl-vanban">'
            f"<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th></tr>{rows}</table></div>"
        )
        return main_page(req, "Văn bản", body, [(path, "Văn bản")], canonical=path, body_class="archive post-type-archive-van-ban")
    if path in MAIN_DOCS:
        t, so, ngay, loai, pdf = MAIN_DOCS[path]
        body = f"""<div class="khung-vb" id="vb-{so.split('/')[0]}"><h1 class="tieude-bv">{esc(t)}</h1>
<table class="ct-vanban">
<tr><td class="nhan">Số/Ký hiệu:</td><td>{esc(so)}</td></tr>
<tr><td class="nhan">Ngày ban hành:</td><td>{ngay}</td></tr>
<tr><td class="nhan">Loại văn bản:</td><td>{esc(loai)}</td></tr>
<tr><td class="nhan">Cơ quan ban hành:</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td class="nhan">Người ký:</td><td>Nguyễn Thị Thanh Hương</td></tr>
<tr><td class="nhan">Trích yếu:</td><td>{esc(t)}</td></tr>
<tr><td class="nhan">Tệp đính kèm:</td><td><a href="{b}/wp-content/uploads/van-ban/{pdf}"><i class="fa fa-file-pdf-o"></i> {pdf}</a></td></tr>
</table></div>"""
        return main_page(req, t, body, [("/van-ban/", "Văn bản"), (path, so)], canonical=path, body_class="single single-van-ban")
    if path == "/thu-vien-anh/":
        body = (
            f'<div class="khoi-ds"><h1 class="tieude-cm">Thư viện ảnh</h1><div class="muc-album"><a href="{b}{ALBUM_PATH}">'
            f'<img src="{b}/wp-content/uploads/2026/11/album-20-11-thumb.jpg" alt="" width="300" height="200"></a>'
            f'<h3><a href="{b}{ALBUM_PATH}">Ngày Nhà giáo Việt Nam 20/11/2026</a></h3><span>(12 ảnh)</span></div></div>'
        )
        return main_page(req, "Thư viện ảnh", body, [(path, "Thư viện ảnh")], canonical=path, body_class="archive post-type-archive-album")
    if path == ALBUM_PATH:
        pics = "".join(
            f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{b}/wp-content/uploads/2026/11/album-20-11-{n}.jpg">'
            f'<img width="300" height="200" src="{b}/wp-content/uploads/2026/11/album-20-11-{n}-300x200.jpg" class="attachment-medium size-medium" alt="" /></a></div></figure>'
            for n in range(1, 7)
        )
        body = (
            '<div class="khung-bv album"><h1 class="tieude-bv">Ngày Nhà giáo Việt Nam 20/11/2026</h1>'
            f'<div id="gallery-1" class="gallery galleryid-701 gallery-columns-3 gallery-size-medium">{pics}</div></div>'
        )
        return main_page(req, "Ngày Nhà giáo Việt Nam 20/11/2026", body, [("/thu-vien-anh/", "Thư viện ảnh"), (path, "Ngày Nhà giáo Việt Nam 20/11/2026")], canonical=path, body_class="single single-album")
    if path == "/video/":
        body = (
            f'<div class="khoi-ds"><h1 class="tieude-cm">Video</h1><div class="muc-video"><a href="{b}{VIDEO_PATH}">'
            f'<img src="{b}/wp-content/uploads/2026/12/video-gvdg-thumb.jpg" alt="" width="300" height="200"></a>'
            f'<h3><a href="{b}{VIDEO_PATH}">Phóng sự: Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm 2026</a></h3></div></div>'
        )
        return main_page(req, "Video", body, [(path, "Video")], canonical=path, body_class="archive post-type-archive-video")
    if path == VIDEO_PATH:
        t = "Phóng sự: Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm 2026"
        body = (
            f'<div class="khung-bv video"><h1 class="tieude-bv">{t}</h1>'
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">'
            '<iframe title="Phóng sự Hội thi GVDG THPT 2026" width="800" height="450" src="https://www.youtube.com/embed/q8Zx3kT0a1M?feature=oembed" '
            'frameborder="0" allowfullscreen></iframe></div></figure><p>Nguồn: Đài PT-TH Hà Tĩnh</p></div>'
        )
        return main_page(req, t, body, [("/video/", "Video"), (path, t)], canonical=path, body_class="single single-video")
    return None


def main_search(req: Request) -> Response:
    b = base_url(req)
    q = req.params.get("s", "")
    hits = [s for s in STORIES if s.opts["site"] == "main" and q and q.lower() in s.title.lower()]
    entries = [(s.title, post_path(s), dmy(s), excerpt(s, 35), None) for s in hits]
    inner = _main_list_items(b, entries) if entries else "<p>Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với từ khóa khác.</p>"
    body = f'<div class="khoi-ds"><h1 class="tieude-cm">Kết quả tìm kiếm cho: “{esc(q)}”</h1>{inner}</div>'
    return main_page(req, f"Bạn đã tìm kiếm {q}", body, [("/?s=" + quote(q), "Kết quả tìm kiếm")], head='<meta name="robots" content="noindex, follow" />', body_class="search")


def login_page(req: Request, site: str) -> Response:
    b = base_url(req)
    pre = SITES[site][1]
    name = SITES[site][2]
    action = req.params.get("action", "")
    err = ""
    if req.method == "POST":
        err = '<div id="login_error" class="notice notice-error"><strong>Lỗi:</strong> Tên người dùng hoặc mật khẩu không đúng.</div>'
    if action == "lostpassword":
        form = (
            f'<p class="message">Vui lòng nhập tên đăng nhập hoặc địa chỉ email. Bạn sẽ nhận được email hướng dẫn tạo mật khẩu mới.</p>'
            f'<form name="lostpasswordform" id="lostpasswordform" action="{b}{pre}/wp-login.php?action=lostpassword" method="post">'
            '<p><label for="user_login">Tên người dùng hoặc địa chỉ email</label><input type="text" name="user_login" id="user_login" class="input" value="" size="20" /></p>'
            '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Lấy mật khẩu mới" /></p></form>'
            f'<p id="nav"><a href="{b}{pre}/wp-login.php">Đăng nhập</a></p>'
        )
        title = "Quên mật khẩu"
    else:
        redirect_to = esc(req.params.get("redirect_to", f"{b}{pre}/wp-admin/"))
        form = (
            f'<form name="loginform" id="loginform" action="{b}{pre}/wp-login.php" method="post">'
            '<p><label for="user_login">Tên người dùng hoặc địa chỉ email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>'
            '<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><div class="wp-pwd"><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" required="required" /></div></div>'
            '<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>'
            f'<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /><input type="hidden" name="redirect_to" value="{redirect_to}" /><input type="hidden" name="testcookie" value="1" /></p></form>'
            f'<p id="nav"><a class="wp-login-lost-password" href="{b}{pre}/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>'
        )
        title = "Đăng nhập"
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{title} ‹ {esc(name)} — WordPress</title><meta name='robots' content='max-image-preview:large, noindex, noarchive' />
<link rel='stylesheet' id='login-css' href='{b}/wp-admin/css/login.min.css?ver=6.6.2' type='text/css' media='all' />
</head><body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
{err}{form}
<p id="backtoblog"><a href="{b}{pre}/">&larr; Quay lại {esc(name)}</a></p></div>
<div class="language-switcher"><form id="language-switcher" method="get"><label for="language-switcher-locales"><span class="dashicons dashicons-translation" aria-hidden="true"></span><span class="screen-reader-text">Ngôn ngữ</span></label>
<select name="wp_lang" id="language-switcher-locales"><option value="en_US" lang="en">English (United States)</option><option value="vi" lang="vi" selected='selected'>Tiếng Việt</option></select></form></div>
</body></html>"""
    return html(page, headers={"X-Frame-Options": "SAMEORIGIN", "Cache-Control": "no-cache, must-revalidate, max-age=0"})


def signup_page(req: Request) -> Response:
    b = base_url(req)
    err = ""
    if req.method == "POST":
        err = '<p class="error">Vui lòng nhập tên người dùng.</p><p class="error">Vui lòng nhập địa chỉ email hợp lệ.</p>'
    body = f"""<div id="signup-content" class="widecolumn"><div class="mu_register wp-signup-container" role="main">
<h2>Tạo trang web mới trong hệ thống {esc(SITES['main'][2])} trong vài giây</h2>
<form id="setupform" method="post" action="{b}/wp-signup.php" novalidate="novalidate">
<input type="hidden" name="stage" value="validate-user-signup" />
<input type="hidden" id="_signup_form" name="_signup_form" value="3f0a6e2b51" />
{err}
<label for="user_name">Tên người dùng:</label><input name="user_name" type="text" id="user_name" value="" autocapitalize="none" autocorrect="off" maxlength="60" autocomplete="username" />
<p id="wp-signup-username-description">(Phải có ít nhất 4 kí tự, chỉ chữ và số.)</p>
<label for="user_email">Địa chỉ email:</label><input name="user_email" type="email" id="user_email" value="" maxlength="200" autocomplete="email" />
<p id="wp-signup-email-description">Chúng tôi sẽ gửi thông tin đăng ký về địa chỉ này (hãy kiểm tra kỹ địa chỉ email trước khi tiếp tục).</p>
<p><input id="signupblog" type="radio" name="signup_for" value="blog" checked='checked' /> <label class="checkbox" for="signupblog">Tạo cho tôi một trang web!</label><br />
<input id="signupuser" type="radio" name="signup_for" value="user" /> <label class="checkbox" for="signupuser">Chỉ tạo tài khoản.</label></p>
<p class="submit"><input type="submit" name="submit" class="submit" value="Tiếp theo" /></p>
</form></div></div>"""
    return main_page(req, "Đăng ký", body, None, head='<meta name="robots" content="noindex, follow" />', body_class="wp-signup")


# --- subsite 2: THPT Phan Đình Phùng, tagDiv "Newspaper" theme --------------------------------

PDP = SITES["pdp"][1]
PDP_PER_PAGE = 2


def pdp_page(req: Request, title: str, body: str, *, canonical: str | None = None, head: str = "", body_class: str = "") -> Response:
    b = base_url(req)
    name = SITES["pdp"][2]
    menu = "".join(
        f'<li id="menu-item-{n}" class="menu-item menu-item-type-{kind} menu-item-first td-menu-item td-normal-menu{extra}">'
        f'<a href="{b}{href}">{label}</a>{sub}</li>'
        for n, kind, href, label, extra, sub in [
            (11, "custom", f"{PDP}/", "Trang chủ", "", ""),
            (12, "post_type", f"{PDP}/gioi-thieu/", "Giới thiệu", "", ""),
            (
                13, "taxonomy", f"{PDP}/category/tin-hoat-dong/", "Tin tức", " menu-item-has-children",
                f'<ul class="sub-menu"><li class="menu-item td-menu-item td-normal-menu"><a href="{b}{PDP}/category/tin-hoat-dong/">Tin hoạt động</a></li>'
                f'<li class="menu-item td-menu-item td-normal-menu"><a href="{b}{PDP}/category/doan-thanh-nien/">Đoàn Thanh niên</a></li></ul>',
            ),
            (14, "custom", "/", "Sở GD&amp;ĐT Hà Tĩnh", "", ""),
        ]
    )
    popular = "".join(
        f'<div class="td_module_6 td_module_wrap"><div class="td-module-thumb"><a href="{b}{post_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img width="100" height="70" class="entry-thumb" src="{b}{sized(s.images[0].src, "100x70")}" alt="" /></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{b}{post_path(s)}" rel="bookmark">{esc(s.title)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{s.opts["iso"]}">{dmy(s)}</time></span></div></div></div>'
        for s in (A2, A1)
    )
    canon = f'<link rel="canonical" href="{b}{canonical}" />' if canonical else ""
    page = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<html lang="vi">
<head>
<title>{esc(title)} | {esc(name)}</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
{canon}
{head}
<link rel='stylesheet' id='td-theme-css' href='{b}{PDP}/wp-content/themes/Newspaper/style.css?ver=12.6.5' type='text/css' media='all' />
</head>
<body class="{body_class} global-block-template-1 td-animation-stack-type0 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
 <div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu">
  <div class="top-bar-style-1"><div class="td-header-sp-top-menu">
   <div class="td_data_time"><div>{TODAY_VN}</div></div>
   <ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="{b}{PDP}/wp-login.php">Đăng nhập</a></li>
   <li class="menu-item"><a href="{b}{PDP}/wp-signup.php">Đăng ký</a></li></ul></div>
   <div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/thptphandinhphung.hatinh" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div>
  </div></div></div>
 <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container td-header-row td-header-header">
  <div class="td-header-sp-logo"><a class="td-main-logo" href="{b}{PDP}/"><img class="td-retina-data" src="{b}/wp-content/uploads/sites/2/2024/08/logo-pdp.png" alt="{esc(name)}" width="272" height="90" /><span class="td-visual-hidden">{esc(name)}</span></a></div>
 </div></div>
 <div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu">
  <div id="td-header-menu" role="navigation"><div class="menu-menu-chinh-container"><ul id="menu-menu-chinh-1" class="sf-menu">{menu}</ul></div></div>
 </div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
{body}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
 <div class="td_block_wrap td_block_popular"><h4 class="block-title"><span class="td-pulldown-size">XEM NHIỀU</span></h4>{popular}</div>
 <aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>LIÊN KẾT</span></h4><div class="textwidget"><ul>
  <li><a href="https://hatinh.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Hà Tĩnh</a></li>
  <li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
  <li><a href="https://thitotnghiepthpt.edu.vn/" target="_blank" rel="noopener">Thi tốt nghiệp THPT</a></li></ul></div></aside>
 <aside class="widget widget_text"><h4 class="block-title"><span>THỐNG KÊ</span></h4><div class="textwidget">
  <p>Đang online: 12<br />Hôm nay: 386<br />Tổng truy cập: 412.908</p></div></aside>
</div></div>
</div></div></div>
<div class="td-footer-wrapper td-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
 <div class="footer-text-wrap">TRƯỜNG THPT PHAN ĐÌNH PHÙNG - Địa chỉ: 68 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh - ĐT: 0239.3856.208 - Email: c3phandinhphung@hatinh.edu.vn</div>
</div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row">
 <div class="td-pb-span td-sub-footer-copy">&copy; 2026 Trường THPT Phan Đình Phùng - Thành viên hệ thống website ngành Giáo dục Hà Tĩnh</div></div></div></div>
</div>
<script type="text/javascript" src="{b}{PDP}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.5" id="td-site-min-js"></script>
</body>
</html>"""
    return html(page)


def _pdp_module(b: str, s: Story) -> str:
    cats = s.opts["cats"]
    return (
        f'<div class="td_module_10 td_module_wrap td-animation-stack"><div class="td-module-thumb">'
        f'<a href="{b}{post_path(s)}" rel="bookmark" class="td-image-wrap" title="{esc(s.title)}">'
        f'<img width="218" height="150" class="entry-thumb" src="{b}{sized(s.images[0].src, "218x150")}" alt="" /></a></div>'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="{b}{post_path(s)}" rel="bookmark" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<div class="td-module-meta-info"><a href="{b}{cat_path(s, cats[0])}" class="td-post-category">{esc(cat_name(s, cats[0]))}</a>'
        f'<span class="td-post-author-name"><a href="{b}{PDP}/author/{s.opts["account"]}/">{s.opts["account"]}</a> <span>-</span> </span>'
        f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{s.opts["iso"]}">{dmy(s)}</time></span></div>'
        f'<div class="td-excerpt">{esc(excerpt(s, 25))}</div></div></div>'
    )


def pdp_listing(req: Request, title: str, stories: list[Story], base: str, page: int, body_class: str) -> Response | None:
    b = base_url(req)
    pages = max(1, (len(stories) + PDP_PER_PAGE - 1) // PDP_PER_PAGE)
    if page > pages:
        return None
    chunk = stories[(page - 1) * PDP_PER_PAGE : page * PDP_PER_PAGE]
    nav = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            href = f"{b}{base}" if n == 1 else f"{b}{base}page/{n}/"
            links.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{href}" class="page" title="{n}">{n}</a>')
        if page < pages:
            links.append(f'<a href="{b}{base}page/{page + 1}/" ><i class="td-icon-menu-right"></i></a>')
        links.append(f'<span class="pages">Trang {page} của {pages}</span>')
        nav = '<div class="page-nav td-pb-padding-side">' + "".join(links) + "</div>"
    here = base if page == 1 else f"{base}page/{page}/"
    body = (
        f'<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{b}{PDP}/">Trang chủ</a></span> '
        f'<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(title)}</span></div></div>'
        f'<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>'
        + "".join(_pdp_module(b, s) for s in chunk)
        + nav
    )
    return pdp_page(req, title + (f" - Trang {page}" if page > 1 else ""), body, canonical=here, body_class=body_class)


def pdp_home(req: Request) -> Response:
    b = base_url(req)
    latest = site_stories("pdp")[:2]
    body = (
        '<div class="td_block_wrap td_block_1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title">'
        f'<a href="{b}{PDP}/category/tin-hoat-dong/" class="td-pulldown-size">TIN MỚI</a></h4></div>'
        + "".join(_pdp_module(b, s) for s in latest)
        + f'<div class="td-next-prev-wrap"><a href="{b}{PDP}/category/tin-hoat-dong/" class="td-ajax-next-page">Xem thêm</a></div></div>'
        '<div class="td_block_wrap td_block_text_with_title"><h4 class="block-title"><span>THÔNG TIN TUYỂN SINH</span></h4>'
        '<div class="td_text_with_title"><p>Năm học 2027 - 2028, nhà trường dự kiến tuyển 585 học sinh lớp 10 (13 lớp). '
        "Thông tin chi tiết sẽ được cập nhật sau khi có hướng dẫn của Sở GD&amp;ĐT.</p></div></div>"
    )
    return pdp_page(req, "Trang chủ", body, canonical=f"{PDP}/", body_class="home page-template page-template-page-pagebuilder-latest")


def _jetpack(b: str, s: Story) -> str:
    url = quote(b + post_path(s), safe="")
    related = [x for x in site_stories("pdp") if x is not s][:2]
    rel = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{n}" data-post-id="{x.id}" data-post-format="false">'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{b}{post_path(x)}" title="{esc(x.title)}" rel="nofollow" data-origin="{s.id}" data-position="{n}">{esc(x.title)}</a></h4>'
        f'<p class="jp-relatedposts-post-date" style="display: block;">{dmy(x)}</p>'
        f'<p class="jp-relatedposts-post-context">Trong &quot;{esc(cat_name(x, x.opts["cats"][0]))}&quot;</p></div>'
        for n, x in enumerate(related)
    )
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" title="Nhấn để chia sẻ lên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="#print" target="_blank" title="Nhấn để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        f'<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' style="display: block;"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
        f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{rel}</div></div>'
    )


def pdp_single(req: Request, story: Story) -> Response:
    b = base_url(req)
    path = post_path(story)
    primary = story.cat
    crumbs = (
        f'<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{b}{PDP}/">Trang chủ</a></span> '
        f'<i class="td-icon-right td-bread-sep"></i> <span><a title="Xem tất cả bài viết trong {esc(cat_name(story))}" class="entry-crumb" href="{b}{cat_path(story)}">{esc(cat_name(story))}</a></span> '
        f'<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(story.title)}</span></div></div>'
    )
    cats = "".join(
        f'<li class="entry-category"><a href="{b}{cat_path(story, c)}">{esc(cat_name(story, c))}</a></li>'
        for c in sorted(story.opts["cats"], key=lambda c: c != primary)
    )
    featured = next((i for i in story.images if i.style == "featured"), None)
    feat_html = _img(featured, b, featured.src) if featured else ""
    tags = ""
    if story.opts.get("tags"):
        tags = (
            '<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
            + "".join(f'<li><a href="{b}{PDP}/tag/{t}/">{esc(n)}</a></li>' for t, n in story.opts["tags"])
            + "</ul></div>"
        )
    modified = f'<div class="td-post-modified"><i class="td-icon-clock"></i> {story.opts["modified"]}</div>' if story.opts.get("modified") else ""
    ordered = site_stories("pdp")
    idx = ordered.index(story)
    prev_html = next_html = ""
    if idx + 1 < len(ordered):
        p = ordered[idx + 1]
        prev_html = f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Bài trước</span><a href="{b}{post_path(p)}">{esc(p.title)}</a></div></div>'
    if idx > 0:
        n = ordered[idx - 1]
        next_html = f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>Bài tiếp theo</span><a href="{b}{post_path(n)}">{esc(n.title)}</a></div></div>'
    comments = story.opts.get("comments", [])
    com_html = ""
    if comments:
        items = "".join(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article><footer>'
            f"<img alt='' src='https://secure.gravatar.com/avatar/{cid:032d}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' />"
            f'<cite>{esc(who)}</cite><a class="comment-link" href="#comment-{cid}"><time>{when}</time></a></footer>'
            f'<div class="comment-content"><p>{esc(txt)}</p></div><div class="comment-meta" id="comment-{cid}">'
            f"<a rel='nofollow' class='comment-reply-link' href='{b}{path}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{story.id}\" data-belowelement=\"comment-{cid}\" data-respondelement=\"respond\" aria-label='Trả lời {esc(who)}'>Trả lời</a></div></article></li>"
            for cid, who, txt, when in comments
        )
        com_html = (
            f'<div class="comments" id="comments"><div class="td-comments-title-wrap"><h4 class="block-title"><span>{len(comments)} BÌNH LUẬN</span></h4></div>'
            f'<ol class="comment-list td-pb-padding-side">{items}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>'
            f'<p class="must-log-in">Bạn phải <a href="{b}{PDP}/wp-login.php?redirect_to={quote(b + path, safe="")}">đăng nhập</a> để gửi bình luận.</p></div></div>'
        )
    related = [x for x in ordered if x is not story][:2]
    rel_html = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details">'
        f'<h3 class="entry-title td-module-title"><a href="{b}{post_path(x)}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></h3></div></div></div>'
        for x in related
    )
    iso = story.opts["iso"]
    head = (
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:description" content="{esc(excerpt(story, 30))}" />\n'
        f'<meta property="article:published_time" content="{iso}" />\n'
        f"<link rel='shortlink' href='{b}{PDP}/?p={story.id}' />"
    )
    body = f"""{crumbs}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail category-{primary}" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
 <ul class="td-category">{cats}</ul>
 <header class="td-post-title"><h1 class="entry-title">{esc(story.title)}</h1>
 <div class="td-module-meta-info">
  <div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="{b}{PDP}/author/{story.opts['account']}/">{story.opts['account']}</a><div class="td-author-line"> - </div></div>
  <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso}">{story.opts['printed']}</time></span>
  <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{story.id}">{story.opts['views']}</span></div>
  <div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>{len(comments)}</a></div>
 </div></header>
</div>
<div class="td-post-sharing-top"><div class="td-post-sharing-visible">
 <a class="td-social-sharing-button td-social-facebook" href="https://www.facebook.com/sharer.php?u={quote(b + path, safe='')}" title="Facebook"><span class="td-social-but-text">Facebook</span></a>
 <a class="td-social-sharing-button td-social-zalo" href="https://button-share.zalo.me/share_external?d={quote(b + path, safe='')}" title="Zalo"><span class="td-social-but-text">Zalo</span></a></div></div>
<div class="td-post-content tagdiv-type">
{feat_html}
{content_html(story, b, skip_featured=True)}
{_jetpack(b, story)}
</div>
<footer>
{modified}
{tags}
<div class="td-block-row td-post-next-prev">{prev_html}{next_html}</div>
<div class="td-author-name vcard author"><span class="fn"><a href="{b}{PDP}/author/{story.opts['account']}/">{story.opts['account']}</a></span></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI VIẾT LIÊN QUAN</a><a class="td-related-right" href="#">XEM THÊM TỪ TÁC GIẢ</a></h4>
<div class="td_block_inner">{rel_html}</div></div>
{com_html}"""
    return pdp_page(req, story.title, body, canonical=path, head=head, body_class=f"post-template-default single single-post postid-{story.id} single-format-standard")


def pdp_about(req: Request) -> Response:
    body = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="{base_url(req)}{PDP}/">Trang chủ</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">Giới thiệu</span></div></div>
<div class="td-page-header"><h1 class="entry-title td-page-title"><span>Giới thiệu</span></h1></div>
<div class="td-page-content tagdiv-type">
<p>Trường THPT Phan Đình Phùng được thành lập năm 1990, là một trong những trường THPT có bề dày truyền thống của tỉnh Hà Tĩnh. Năm học 2026 - 2027, nhà trường có 39 lớp với 1.742 học sinh; 96 cán bộ, giáo viên, nhân viên.</p>
<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022; được tặng Huân chương Lao động hạng Nhì năm 2020.</p>
<h3>Ban Giám hiệu</h3>
<ul><li>Hiệu trưởng: Thầy Võ Văn Thành</li><li>Phó Hiệu trưởng: Cô Nguyễn Thị Bích Ngọc</li><li>Phó Hiệu trưởng: Thầy Đậu Xuân Tùng</li></ul>
</div>"""
    return pdp_page(req, "Giới thiệu", body, canonical=f"{PDP}/gioi-thieu/", body_class="page-template-default page page-id-5")


# --- subsite 3: THCS Lê Văn Thiêm, a block theme (Twenty Twenty-Four child "lvt-2024") ----------

LVT = SITES["lvt"][1]
LVT_QUERY_ID = 5
LVT_PER_PAGE = 2


def lvt_page(req: Request, title: str, main: str, *, canonical: str | None = None, head: str = "", body_class: str = "") -> Response:
    b = base_url(req)
    name = SITES["lvt"][2]

    def nav(href: str, label: str) -> str:
        return (
            f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}{href}">'
            f'<span class="wp-block-navigation-item__label">{label}</span></a></li>'
        )

    sub = nav(f"{LVT}/gioi-thieu/", "Giới thiệu chung") + nav(f"{LVT}/gioi-thieu/#doi-ngu", "Đội ngũ")
    canon = f'<link rel="canonical" href="{b}{canonical}" />' if canonical else ""
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} – {esc(name)}</title>
{canon}
{head}
<style id='wp-block-navigation-inline-css'>.wp-block-navigation{{position:relative}}</style>
<link rel='stylesheet' id='lvt-2024-style-css' href='{b}{LVT}/wp-content/themes/lvt-2024/style.css?ver=1.0.2' media='all' />
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group has-background is-layout-constrained" style="background-color:#0b4f9c">
 <div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
  <p class="has-white-color has-text-color has-small-font-size">{TODAY_VN}</p>
  <p class="has-white-color has-text-color has-small-font-size">Hotline: 0239.3857.116</p></div></div>
<div class="wp-block-group alignwide is-layout-flex" style="padding-top:var(--wp--preset--spacing--20)">
 <figure class="wp-block-image size-full is-resized"><a href="{b}{LVT}/"><img src="{b}/wp-content/uploads/sites/3/2024/09/logo-lvt.png" alt="" style="width:80px" /></a></figure>
 <p class="wp-block-site-title"><a href="{b}{LVT}" target="_self" rel="home">{esc(name)}</a></p>
 <nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex" aria-label="Menu chính">
 <button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M5 5v1.5h14V5H5zm0 7.8h14v-1.5H5v1.5zM5 19h14v-1.5H5V19z"></path></svg></button>
 <div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog">
 <ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">
  {nav(f"{LVT}/", "Trang chủ")}
  <li class=" wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="{b}{LVT}/gioi-thieu/"><span class="wp-block-navigation-item__label">Giới thiệu</span></a><button aria-label="Giới thiệu menu con" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false"><path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></button>
  <ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">{sub}</ul></li>
  {nav(f"{LVT}/category/tin-tuc/", "Tin tức")}
  {nav("/", "Sở GD&amp;ĐT")}
 </ul></div></div></div></nav>
</div>
</header>
{main}
<footer class="wp-block-template-part">
<div class="wp-block-group has-base-2-background-color has-background is-layout-constrained">
 <div class="wp-block-columns alignwide is-layout-flex">
  <div class="wp-block-column"><p><strong>TRƯỜNG THCS LÊ VĂN THIÊM</strong></p>
  <p>Địa chỉ: 15 Nguyễn Biểu, phường Thành Sen, tỉnh Hà Tĩnh<br>Điện thoại: 0239.3857.116 – Email: c2levanthiem@hatinh.edu.vn</p></div>
  <div class="wp-block-column"><p>Lượt truy cập: <strong>186.455</strong> – Đang xem: <strong>7</strong></p>
  <p class="has-small-font-size">Bản quyền © 2026 Trường THCS Lê Văn Thiêm. Vận hành bởi <a href="https://vi.wordpress.org" rel="nofollow">WordPress</a>.</p></div>
 </div></div>
</footer>
</div>
<script src="{b}/wp-includes/js/dist/interactivity.min.js?ver=6.6.2" id="wp-interactivity-js"></script>
<script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload",data_src:"lazy-src",data_srcset:"lazy-srcset"}};</script>
<script data-no-minify="1" async src="{b}{LVT}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body>
</html>"""
    return html(page)


def _lvt_card(b: str, s: Story) -> str:
    img = s.images[0] if s.images else None
    thumb = ""
    if img is not None:
        svg = _LAZY_SVG.format(w=300, h=200)
        thumb = (
            f'<figure style="aspect-ratio:3/2;" class="wp-block-post-featured-image"><a href="{b}{post_path(s)}" target="_self">'
            f'<img width="300" height="200" src="{svg}" class="attachment-medium size-medium wp-post-image" alt="{esc(s.title)}" '
            f'style="width:100%;height:100%;object-fit:cover;" data-lazy-src="{b}{sized(img.src, "300x200")}" /></a></figure>'
        )
    return (
        f'<li class="wp-block-post post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">'
        f'<div class="wp-block-group is-vertical is-layout-flex">{thumb}'
        f'<h2 class="wp-block-post-title has-large-font-size"><a href="{b}{post_path(s)}" target="_self">{esc(s.title)}</a></h2>'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{s.opts["iso"]}">{s.opts["printed"]}</time></div>'
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(excerpt(s, 28))} </p></div></div></li>'
    )


def lvt_home(req: Request) -> Response | None:
    b = base_url(req)
    key = f"query-{LVT_QUERY_ID}-page"
    raw = req.params.get(key, "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    posts = site_stories("lvt")
    pages = (len(posts) + LVT_PER_PAGE - 1) // LVT_PER_PAGE
    if not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * LVT_PER_PAGE : page * LVT_PER_PAGE]
    nav = []
    if page > 1:
        prev = f"{b}{LVT}/" if page == 2 else f"{b}{LVT}/?{key}={page - 1}"
        nav.append(f'<a href="{prev}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>Trang trước</a>')
    nums = []
    for n in range(1, pages + 1):
        href = f"{b}{LVT}/" if n == 1 else f"{b}{LVT}/?{key}={n}"
        nums.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page else f'<a class="page-numbers" href="{href}">{n}</a>')
    nav.append('<div class="wp-block-query-pagination-numbers">' + "".join(nums) + "</div>")
    if page < pages:
        nav.append(f'<a href="{b}{LVT}/?{key}={page + 1}" class="wp-block-query-pagination-next">Trang sau<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>')
    main = f"""<main class="wp-block-group is-layout-constrained">
<div class="wp-block-cover alignfull" style="min-height:320px"><img class="wp-block-cover__image-background wp-image-12" alt="" src="{b}/wp-content/uploads/sites/3/2024/09/truong-lvt-banner.jpg" data-object-fit="cover" />
<div class="wp-block-cover__inner-container is-layout-constrained"><h2 class="has-text-align-center wp-block-heading">Chào mừng đến với website Trường THCS Lê Văn Thiêm</h2>
<p class="has-text-align-center">Kỷ cương – Tình thương – Trách nhiệm</p></div></div>
<div class="wp-block-query alignwide is-layout-flow"><h2 class="wp-block-heading">Tin mới</h2>
<ul class="columns-2 wp-block-post-template is-layout-grid">{"".join(_lvt_card(b, s) for s in chunk)}</ul>
<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" aria-label="Phân trang">{"".join(nav)}</nav></div>
</main>"""
    return lvt_page(req, "Trang chủ", main, canonical=f"{LVT}/", body_class="home page-template-default page page-id-2")


def _yoast_crumbs(b: str, items: list[tuple[str, str]]) -> str:
    parts = [f'<span><a href="{b}{LVT}/">Trang chủ</a></span>']
    for href, label in items[:-1]:
        parts.append(f'<span><a href="{b}{href}">{esc(label)}</a></span>')
    parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(items[-1][1])}</span>')
    return '<nav class="yoast-breadcrumbs"><span>' + " | ".join(parts) + "</span></nav>"


def lvt_category(req: Request, cat: str) -> Response:
    b = base_url(req)
    name, path = CATEGORIES[("lvt", cat)]
    posts = [s for s in site_stories("lvt") if s.cat == cat]
    main = f"""<main class="wp-block-group is-layout-constrained">
{_yoast_crumbs(b, [(path, name)])}
<h1 class="wp-block-query-title">Chuyên mục: <span>{esc(name)}</span></h1>
<div class="wp-block-query alignwide is-layout-flow"><ul class="columns-2 wp-block-post-template is-layout-grid">{"".join(_lvt_card(b, s) for s in posts)}</ul></div>
</main>"""
    return lvt_page(req, name, main, canonical=path, body_class=f"archive category category-{cat}")


def lvt_single(req: Request, story: Story) -> Response:
    b = base_url(req)
    path = post_path(story)
    side = [s for s in site_stories("lvt") if s.cat == "tin-tuc" and s is not story][:2]
    side_html = "".join(
        f'<li class="wp-block-post"><h3 class="wp-block-post-title has-small-font-size"><a href="{b}{post_path(s)}" target="_self">{esc(s.title)}</a></h3></li>'
        for s in side
    )
    iso = story.opts["iso"]
    head = (
        f'<meta name="description" content="{esc(excerpt(story, 25))}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="article:published_time" content="{iso}" />\n'
        f"<link rel='shortlink' href='{b}{LVT}/?p={story.id}' />"
    )
    main = f"""<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column" style="flex-basis:68%">
{_yoast_crumbs(b, [(cat_path(story), cat_name(story)), (path, story.title)])}
<h1 class="wp-block-post-title has-x-large-font-size">{esc(story.title)}</h1>
<div class="wp-block-group has-small-font-size is-layout-flex">
 <div class="wp-block-post-date"><time datetime="{iso}">{story.opts['printed']}</time></div>
 <p>–</p><div class="wp-block-post-author-name">{story.opts['account']}</div>
 <p>–</p><div class="taxonomy-category wp-block-post-terms"><a href="{b}{cat_path(story)}" rel="tag">{esc(cat_name(story))}</a></div>
</div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{content_html(story, b)}
</div>
<div class="wp-block-buttons is-layout-flex"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="https://www.facebook.com/sharer/sharer.php?u={quote(b + path, safe='')}" target="_blank" rel="noreferrer noopener">Chia sẻ Facebook</a></div></div>
</div>
<div class="wp-block-column" style="flex-basis:32%">
 <h2 class="wp-block-heading has-medium-font-size">Tin tức khác</h2>
 <div class="wp-block-query is-layout-flow"><ul class="wp-block-post-template is-layout-flow">{side_html}</ul></div>
 <div class="wp-block-group"><h2 class="wp-block-heading has-medium-font-size">Lịch công tác tuần</h2>
 <p class="has-small-font-size">Tuần 14 (từ 30/11 đến 05/12/2026): Thứ Hai chào cờ đầu tuần; Thứ Tư họp tổ chuyên môn; Thứ Bảy sinh hoạt câu lạc bộ.</p></div>
</div>
</div>
</main>"""
    return lvt_page(req, story.title, main, canonical=path, head=head, body_class=f"post-template-default single single-post postid-{story.id} single-format-standard")


def lvt_about(req: Request) -> Response:
    b = base_url(req)
    path = f"{LVT}/gioi-thieu/"
    main = f"""<main class="wp-block-group is-layout-constrained">
{_yoast_crumbs(b, [(path, "Giới thiệu")])}
<h1 class="wp-block-post-title">Giới thiệu</h1>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Trường THCS Lê Văn Thiêm được thành lập năm 1997, mang tên nhà toán học Lê Văn Thiêm – người con của quê hương Hà Tĩnh. Năm học 2026 - 2027, trường có 28 lớp với 1.176 học sinh.</p>
<h2 class="wp-block-heading" id="doi-ngu">Đội ngũ</h2>
<p>Tổng số cán bộ, giáo viên, nhân viên: 64 người; 100% giáo viên đạt chuẩn, trong đó 41% trên chuẩn.</p>
</div></main>"""
    return lvt_page(req, "Giới thiệu", main, canonical=path, body_class="page-template-default page page-id-7")


# --- subsite 4: Mầm non Hoa Sen, Twenty Twelve from 2012, ms-files uploads --------------------

HS = SITES["hs"][1]


def hs_page(req: Request, title: str, content: str, *, canonical: str | None = None, head: str = "", body_class: str = "") -> Response:
    b = base_url(req)
    name = SITES["hs"][2]
    recent = "".join(f'<li><a href="{b}{post_path(s)}">{esc(s.title)}</a></li>' for s in site_stories("hs"))
    cats = "".join(
        f'<li class="cat-item"><a href="{b}{path}">{esc(n)}</a></li>'
        for (site, _), (n, path) in CATEGORIES.items()
        if site == "hs"
    )
    canon = f'<link rel="canonical" href="{b}{canonical}" />' if canonical else ""
    page = f"""<!DOCTYPE html>
<!--[if IE 7]><html class="ie ie7" lang="vi"><![endif]-->
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width" />
<title>{esc(title)} | {esc(name)}</title>
<link rel="profile" href="https://gmpg.org/xfn/11" />
{canon}
{head}
<link rel='stylesheet' id='twentytwelve-style-css' href='{b}{HS}/wp-content/themes/twentytwelve/style.css?ver=20240716' type='text/css' media='all' />
</head>
<body class="{body_class} custom-font-enabled single-author">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header">
 <hgroup><h1 class="site-title"><a href="{b}{HS}/" title="{esc(name)}" rel="home">{esc(name)}</a></h1>
 <h2 class="site-description">Yêu thương – An toàn – Sáng tạo</h2></hgroup>
 <nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>
 <a class="assistive-text" href="#content" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
 <div class="menu-menu-1-container"><ul id="menu-menu-1" class="nav-menu">
  <li class="menu-item"><a href="{b}{HS}/">Trang chủ</a></li>
  <li class="menu-item"><a href="{b}{HS}/category/hoat-dong-cua-be/">Hoạt động của bé</a></li>
  <li class="menu-item"><a href="{b}{HS}/category/goc-phu-huynh/">Góc phụ huynh</a></li>
 </ul></div></nav>
 <a href="{b}{HS}/"><img src="{b}{HS}/files/2013/05/banner-mn-hoasen.jpg" class="header-image" width="960" height="250" alt="{esc(name)}" /></a>
</header>
<div id="main" class="wrapper">
<div id="primary" class="site-content"><div id="content" role="main">
{content}
</div></div>
<div id="secondary" class="widget-area" role="complementary">
 <aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{b}{HS}/">
 <div><label class="screen-reader-text" for="s">Tìm kiếm cho:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="Tìm kiếm" /></div></form></aside>
 <aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">Bài viết mới</h3><ul>{recent}</ul></aside>
 <aside id="categories-2" class="widget widget_categories"><h3 class="widget-title">Chuyên mục</h3><ul>{cats}</ul></aside>
 <aside id="text-3" class="widget widget_text"><h3 class="widget-title">Thực đơn tuần</h3><div class="textwidget">
 <p><img src="{b}{HS}/files/2026/11/thuc-don-tuan-14.png" alt="Thực đơn tuần 14" width="250" height="350" /></p></div></aside>
 <aside id="text-4" class="widget widget_text"><h3 class="widget-title">Thống kê</h3><div class="textwidget">Đang online: 3<br />Hôm nay: 58<br />Tổng truy cập: 40.217</div></aside>
</div>
</div>
<footer id="colophon" role="contentinfo"><div class="site-info">
 Trường Mầm non Hoa Sen – Tổ 5, phường Thành Sen, tỉnh Hà Tĩnh – ĐT: 0239.3693.018<br />
 <a href="https://vi.wordpress.org/" title="Nền tảng xuất bản cá nhân theo ngữ nghĩa">Tự hào sử dụng WordPress</a></div></footer>
</div>
</body>
</html>"""
    return html(page)


def _hs_meta(b: str, s: Story) -> str:
    path = post_path(s)
    return (
        f'<footer class="entry-meta">Bài viết này được đăng trong <a href="{b}{cat_path(s)}" rel="category tag">{esc(cat_name(s))}</a> '
        f'vào <a href="{b}{path}" title="{s.opts["clock"]}" rel="bookmark"><time class="entry-date" datetime="{s.opts["iso"]}">{s.opts["printed"]}</time></a>'
        f'<span class="by-author"> bởi <span class="author vcard"><a class="url fn n" href="{b}{HS}/author/{s.opts["account"]}/" title="Xem tất cả bài viết của {s.opts["account"]}" rel="author">{s.opts["account"]}</a></span></span>.'
        "</footer>"
    )


def _hs_article(b: str, s: Story, *, full: bool) -> str:
    path = post_path(s)
    content = content_html(s, b)
    if not full and f'<span id="more-{s.id}"></span>' in content:
        content = content.split(f'<span id="more-{s.id}"></span>')[0] + (
            f' <a href="{b}{path}#more-{s.id}" class="more-link">Đọc tiếp <span class="meta-nav">&rarr;</span></a>'
        )
    title = esc(s.title) if full else f'<a href="{b}{path}" rel="bookmark">{esc(s.title)}</a>'
    tag = "h1"
    return (
        f'<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">'
        f'<header class="entry-header"><{tag} class="entry-title">{title}</{tag}>'
        f'<div class="comments-link"><a href="{b}{path}#respond"><span class="leave-reply">Để lại bình luận</span></a></div></header>'
        f'<div class="entry-content">{content}</div>{_hs_meta(b, s)}</article>'
    )


def hs_home(req: Request) -> Response:
    b = base_url(req)
    content = "".join(_hs_article(b, s, full=False) for s in site_stories("hs"))
    return hs_page(req, "Trang chủ", content, canonical=f"{HS}/", body_class="home blog")


def hs_category(req: Request, cat: str) -> Response:
    b = base_url(req)
    name, path = CATEGORIES[("hs", cat)]
    posts = [s for s in site_stories("hs") if s.cat == cat]
    content = (
        f'<header class="archive-header"><h1 class="archive-title">Lưu trữ chuyên mục: <span>{esc(name)}</span></h1></header>'
        + "".join(_hs_article(b, s, full=False) for s in posts)
    )
    return hs_page(req, name, content, canonical=path, body_class=f"archive category category-{cat}")


def hs_author(req: Request) -> Response:
    b = base_url(req)
    content = (
        '<header class="archive-header"><h1 class="archive-title">Lưu trữ tác giả: <span class="vcard"><a class="url fn n" '
        f'href="{b}{HS}/author/mnhoasen/" rel="me">mnhoasen</a></span></h1></header>'
        + "".join(_hs_article(b, s, full=False) for s in site_stories("hs"))
    )
    return hs_page(req, "mnhoasen", content, canonical=f"{HS}/author/mnhoasen/", body_class="archive author")


def hs_single(req: Request, story: Story) -> Response:
    b = base_url(req)
    ordered = site_stories("hs")
    idx = ordered.index(story)
    prev = f'<span class="nav-previous"><a href="{b}{post_path(ordered[idx + 1])}" rel="prev"><span class="meta-nav">&larr;</span> {esc(ordered[idx + 1].title)}</a></span>' if idx + 1 < len(ordered) else ""
    nxt = f'<span class="nav-next"><a href="{b}{post_path(ordered[idx - 1])}" rel="next">{esc(ordered[idx - 1].title)} <span class="meta-nav">&rarr;</span></a></span>' if idx > 0 else ""
    respond = f"""<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="{b}{HS}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text" value="" size="30" /></p>
<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email" value="" size="30" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="0" /></p>
</form></div></div>"""
    content = (
        _hs_article(b, story, full=True)
        + f'<nav class="nav-single"><h3 class="assistive-text">Điều hướng bài viết</h3>{prev}{nxt}</nav>'
        + respond
    )
    head = f"<link rel='shortlink' href='{b}{HS}/?p={story.id}' />"
    return hs_page(req, story.title, content, canonical=post_path(story), head=head, body_class=f"single single-post postid-{story.id} single-format-standard")


# --- the network's router -----------------------------------------------------------------------


def _feed_free_search(req: Request, site: str) -> Response:
    """A subsite's ``?s=`` search: WordPress's search template of that theme."""
    b = base_url(req)
    q = req.params.get("s", "")
    hits = [s for s in site_stories(site) if q and q.lower() in s.title.lower()]
    items = "".join(f'<li><a href="{b}{post_path(s)}">{esc(s.title)}</a></li>' for s in hits) or "<li>Không tìm thấy kết quả.</li>"
    content = f'<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></header><ul>{items}</ul>'
    page = {"pdp": pdp_page, "lvt": lvt_page, "hs": hs_page}[site]
    return page(req, f"Kết quả tìm kiếm “{q}”", content, head='<meta name="robots" content="noindex, follow" />', body_class="search")


class WPMultisite:
    """The network: a path's first segment picks the site (WordPress's subdirectory install)."""

    def __init__(self) -> None:
        self.posts: dict[str, Story] = {post_path(s): s for s in STORIES}
        self.prints: dict[str, Story] = {print_path(s): s for s in STORIES if s.opts["site"] == "main"}
        self.copy = copy_path(BROADCAST)
        self.ids: dict[tuple[str, int], Story] = {(s.opts["site"], s.id): s for s in STORIES}

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.lower().endswith(".pdf") and path.startswith("/wp-content/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if "/wp-content/" in path or "/wp-includes/" in path or path.startswith(f"{HS}/files/"):
            return static_file(path)
        if path in ("/wp-login.php", f"{PDP}/wp-login.php", f"{LVT}/wp-login.php", f"{HS}/wp-login.php"):
            site = next(k for k, v in SITES.items() if path == f"{v[1]}/wp-login.php")
            return login_page(req, site)
        if path == "/wp-signup.php":
            return signup_page(req)
        if path == "/index.php":
            # WordPress's redirect_canonical: the front controller's name is not the home's address
            return redirect(base_url(req) + "/", 301)
        if path == f"{HS}/wp-comments-post.php":
            if req.method != "POST":
                return Response(405, b"", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
            return html(
                '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Gửi bình luận thất bại</title>'
                '<meta name="robots" content="noindex,follow"></head><body id="error-page"><div class="wp-die-message">'
                "<p><strong>Lỗi</strong>: vui lòng điền các trường bắt buộc (tên, email).</p></div>"
                '<p><a href="javascript:history.back()">&laquo; Quay lại</a></p></body></html>'
            )
        if path in (f"{PDP}/wp-signup.php", f"{LVT}/wp-signup.php", f"{HS}/wp-signup.php"):
            # a subsite has no sign-up of its own: WordPress sends the visitor to the network's
            return redirect(base_url(req) + "/wp-signup.php", 302)
        # WordPress adds the trailing slash to pretty permalinks
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/"
            if self._known(target):
                return redirect(base_url(req) + target + (f"?{req.query}" if req.query else ""), 301)
            return None
        # WordPress answers a POST to any front-end address with the page itself (the poll's and
        # the contact form's posts are handled by JavaScript and admin-ajax.php)
        return self._route(req, path)

    def _known(self, path: str) -> bool:
        return self._route(Request("GET", path, "", {"Host": "fixture.invalid"}), path) is not None

    def _shortlink(self, req: Request, site: str) -> Response | None:
        raw = req.params.get("p", "")
        story = self.ids.get((site, int(raw))) if raw.isdigit() else None
        if story is None and site == "main" and raw == str(BROADCAST.opts["broadcast"]["id"]):
            return redirect(base_url(req) + self.copy, 301)
        return redirect(base_url(req) + post_path(story), 301) if story else None

    def _route(self, req: Request, path: str) -> Response | None:
        params = req.params
        # -- main site
        if path == "/":
            if "p" in params:
                return self._shortlink(req, "main")
            if "s" in params:
                return main_search(req)
            return main_home(req)
        if path in self.posts:
            story = self.posts[path]
            site = story.opts["site"]
            if site == "main":
                return main_single(req, story)
            if site == "pdp":
                if "replytocom" in params and not any(str(c[0]) == params["replytocom"] for c in story.opts.get("comments", [])):
                    return None
                return pdp_single(req, story)
            if site == "lvt":
                return lvt_single(req, story)
            return hs_single(req, story)
        if path in self.prints:
            return main_print(req, self.prints[path])
        if path == self.copy:
            return main_single(req, BROADCAST, is_copy=True)
        for cat in ("tin-tuc-su-kien", "thong-bao"):
            base = CATEGORIES[("main", cat)][1]
            if path == base:
                return main_category(req, cat, 1)
            if path.startswith(base + "page/"):
                n = path[len(base + "page/") :].strip("/")
                if n.isdigit() and int(n) > 1:
                    return main_category(req, cat, int(n))
                return None
        if path == "/blog/tag/giao-vien-day-gioi/":
            entries = [(M1.title, post_path(M1), dmy(M1), excerpt(M1, 35), sized(M1.images[0].src, "300x200"))]
            return main_archive(req, "Từ khóa: giáo viên dạy giỏi", entries, "Lưu trữ cho từ khóa giáo viên dạy giỏi", path)
        for ym, label in (("2026/12", "Tháng Mười Hai 2026"), ("2026/11", "Tháng Mười Một 2026"), ("2026/10", "Tháng Mười 2026")):
            if path == f"/blog/{ym}/":
                return main_archive(req, f"Lưu trữ theo tháng: {label}", month_entries(ym), label, path)
        page = main_static_page(req, path)
        if page is not None:
            return page
        # -- THPT Phan Đình Phùng
        if path == f"{PDP}/":
            if "p" in params:
                return self._shortlink(req, "pdp")
            if "s" in params:
                return _feed_free_search(req, "pdp")
            return pdp_home(req)
        if path == f"{PDP}/gioi-thieu/":
            return pdp_about(req)
        for cat in ("tin-hoat-dong", "doan-thanh-nien"):
            name, base = CATEGORIES[("pdp", cat)]
            stories = [s for s in site_stories("pdp") if cat in s.opts["cats"]]
            if path == base:
                return pdp_listing(req, name, stories, base, 1, f"archive category category-{cat}")
            if path.startswith(base + "page/"):
                n = path[len(base + "page/") :].strip("/")
                return pdp_listing(req, name, stories, base, int(n), "archive category paged") if n.isdigit() and int(n) > 1 else None
        if path == f"{PDP}/tag/stem/":
            return pdp_listing(req, "STEM", [A1], path, 1, "archive tag tag-stem")
        if path == f"{PDP}/author/quantri_pdp/":
            return pdp_listing(req, "quantri_pdp", site_stories("pdp"), path, 1, "archive author author-quantri_pdp")
        if path.startswith(f"{PDP}/author/quantri_pdp/page/"):
            n = path.rsplit("/", 2)[-2]
            return pdp_listing(req, "quantri_pdp", site_stories("pdp"), f"{PDP}/author/quantri_pdp/", int(n), "archive author paged") if n.isdigit() and int(n) > 1 else None
        # -- THCS Lê Văn Thiêm
        if path == f"{LVT}/":
            if "p" in params:
                return self._shortlink(req, "lvt")
            if "s" in params:
                return _feed_free_search(req, "lvt")
            return lvt_home(req)
        if path == f"{LVT}/gioi-thieu/":
            return lvt_about(req)
        for cat in ("tin-tuc", "chuyen-mon"):
            if path == CATEGORIES[("lvt", cat)][1]:
                return lvt_category(req, cat)
        # -- Mầm non Hoa Sen
        if path == f"{HS}/":
            if "p" in params:
                return self._shortlink(req, "hs")
            if "s" in params:
                return _feed_free_search(req, "hs")
            return hs_home(req)
        for cat in ("hoat-dong-cua-be", "goc-phu-huynh"):
            if path == CATEGORIES[("hs", cat)][1]:
                return hs_category(req, cat)
        if path == f"{HS}/author/mnhoasen/":
            return hs_author(req)
        return None


def build_site() -> WPMultisite:
    return WPMultisite()


# --- gold -----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = post_path(story)
    alt: list[str] = []
    if story.opts["site"] == "main":
        alt.append(print_path(story))
    if story is BROADCAST:
        alt.append(copy_path(story))
    for cid, *_ in story.opts.get("comments", []):
        alt.append(f"{path}?replytocom={cid}")
    return gold_record(story, path, cat_name(story), canonical_path=path, alt_paths=alt)


def _printed_element_time(record: dict, story: Story) -> dict:
    """The time of the printed day's own <time datetime> (Twenty Twelve's, on Hoa Sen's site)."""
    iso = story.opts.get("iso") or ""
    if story.opts["site"] == "hs" and record["published_at"] and len(record["published_at"]) == 10 and iso[:10] == record["published_at"]:
        return {**record, "published_at": iso}
    return record


GOLD = [_printed_element_time(_gold(s), s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/qd-1875-sgddt-cong-nhan-gvdg-thpt/",
    "/van-ban/cv-2088-sgddt-gdtrh-huong-dan-kiem-tra-giua-ky/",
    ALBUM_PATH,
    VIDEO_PATH,
    f"{PDP}/gioi-thieu/",
    f"{LVT}/gioi-thieu/",
]
