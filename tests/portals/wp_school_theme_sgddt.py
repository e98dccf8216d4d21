"""Sở GD&ĐT Trà Vinh on WordPress 6 with "TVD Edu" ("theme giáo dục"), a theme a local web
agency built on top of Elementor (the page builder) for provincial education offices.

Platform
--------
WordPress 6.x, pretty permalinks ``/%year%/%monthnum%/%postname%/``, category base renamed to
``chuyen-muc``, Yoast SEO (breadcrumbs, primary category, canonical), WP Rocket lazy-loading,
WP-Print, "Page Links To" (a post whose permalink is replaced by a file or an outside address),
Easy Table of Contents, a custom post type ``van-ban`` for official documents. Reading setting:
8 posts per page on every archive.

The theme has two single-post templates:

- ``tvd-single`` (Tin giáo dục, Chỉ đạo - Điều hành, Giáo dục dân tộc): an Elementor "page banner"
  section whose ``<h1 class="tvd-banner__title">`` prints the *category* name, then the Yoast
  breadcrumb, then ``<h2 class="tvd-entry-title">`` with the headline; a meta row of separate
  spans (``tvd-date`` "04/12/2026", ``tvd-time`` "15:20", views, "Người đăng: <login>"); an
  optional sapo box ``div.tvd-sapo`` (the post excerpt, printed in bold outside the content); the
  block-editor content ``div.entry-content``; tags, share/print/email bar, an "author box",
  "Tin cùng chuyên mục", a comment form.
- ``elementor-single`` (Thông báo, Khảo thí và Kiểm định): Elementor widgets: the headline in
  ``<h1 class="elementor-heading-title">``, an ``ul.elementor-post-info`` meta list
  ("Thứ Hai, 30/11/2026 - 16:45", "Cập nhật: …", "Tác giả: …" custom field, "Lượt xem"),
  ``div.elementor-widget-theme-post-content``, "Bài viết khác" list.

Header of every page: "Thứ Bảy, 05/12/2026" (today), logo, main menu, search box.

URL scheme
----------
- ``/`` home (Elementor page): slider of the 4 newest articles, one box per category with its 3
  newest entries, sidebars.
- ``/<yyyy>/<mm>/<slug>/`` posts; ``…/print/`` WP-Print view of the same post;
  ``/<yyyy>/<mm>/<slug>`` (no slash) 301 to the slash form; ``/?p=<id>`` (the shortlink printed
  in ``<link rel="shortlink">``) 301 to the permalink.
- ``/<yyyy>/<mm>/<post-slug>/<attachment>/`` attachment pages (gallery photos link there).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (8 per page); ``page/1/`` 301 to
  the first page; past the end 404.
- ``/<yyyy>/<mm>/`` monthly archives (only in the archive *dropdown*, ``<option value=…>``).
- ``/van-ban/<slug>/`` document entries; ``/gioi-thieu/``, ``/lien-he/`` pages.
- ``/wp-content/uploads/<yyyy>/<mm>/<file>.pdf`` document files ("Page Links To" targets).

How each gold article is reached
--------------------------------
- Home: slider (TB1, T1, C1, K1) and per-category boxes (3 newest entries of each category).
- Category pages: Tin giáo dục holds 5 articles (G1 is filed there too) and 6 "Page Links To"
  entries that point to Báo Trà Vinh (outside address): T4 is only on ``page/2/``.
  Chỉ đạo - Điều hành holds 3 articles among 14 PDF entries: C2 only on ``page/2/``,
  C3 only on ``page/3/``. "Tin cùng chuyên mục" on a post shows the 4 newest entries of its
  category only, so it never reaches them either.

Traps
-----
1. Headline is not the h1 (template ``tvd-single``): the h1 is the page banner printing the
   category ("Tin giáo dục"); the headline is ``h2.tvd-entry-title``. Gold title = the h2
   (what a reader sees as the headline of the story); the ``<title>`` adds " - Sở GD&ĐT Trà Vinh".
2. "Mới" badge inside the headline (TB1): ``<h1>…<span class="tvd-badge-new">Mới</span></h1>``;
   the badge is a label of the theme for posts younger than 3 days, not words of the title.
   Gold title without "Mới".
3. Date and time in separate spans (``tvd-date`` + ``tvd-time``), the views counter and the
   login between them: gold joins them ("2026-12-04T15:20:00+07:00"). Template ``elementor-single``
   prints "Thứ Hai, 30/11/2026 - 16:45" and then "Cập nhật: 01/12/2026 08:10": the update is
   not the publication. Related lists print "(28/11/2026)" next to other titles; the header
   prints today. Word posts (Chỉ đạo) print only "Ngày đăng: 03/12/2026" -> a date without time.
4. Category: a post filed under two categories. G1 (Yoast primary Giáo dục dân tộc, also Tin
   giáo dục); TB2 (primary Thông báo, also Khảo thí và Kiểm định). The theme's label row lists
   the categories alphabetically ("Khảo thí và Kiểm định, Thông báo") and the banner/Elementor
   "post terms" widget prints the first of them, while the breadcrumb prints the primary one.
   Gold = the breadcrumb's last section (house convention), i.e. "Thông báo" for TB2.
5. Bylines in the department's and schools' forms: "Trường THCS Long Hiệp thông tin" ->
   ["Trường THCS Long Hiệp"] (the school signs; "thông tin" is the verb "reports", not part of
   the name); "Phòng GD&ĐT Cầu Ngang" (right-aligned) -> that unit; "Văn phòng Sở" -> that unit;
   "ThS. Trần Văn Hùng - Chánh Văn phòng Sở" -> "Trần Văn Hùng"; "TS. Lê Minh Trí, Trưởng phòng
   Quản lý chất lượng" -> "Lê Minh Trí"; "Tin, ảnh: Lâm Hoàng Kha (Trường PTDTNT THCS Trà Cú)"
   -> author and photographer "Lâm Hoàng Kha"; "Tin: Kim Thị Sa Rinh - Ảnh: Phòng QLCL" ->
   author Kim Thị Sa Rinh, photographer the unit "Phòng QLCL"; "Bài, ảnh: Minh Thư" -> both; a
   bare bold right-aligned name (G3). "Người đăng: bientap01 / vanphong / admin" is the CMS login
   (nobody); the author box "Ban biên tập" and "BBT" credit nobody; the Elementor "Tác giả:"
   custom field (TB2: "Phòng Quản lý chất lượng") is an author. Commenters' names are not
   authors; people quoted in the text are not authors.
6. Source: "Theo Báo Trà Vinh" (italic, right) -> "Báo Trà Vinh"; nothing else has a source.
7. Sapo: T1 prints the excerpt in ``div.tvd-sapo`` (bold, outside the content) -> summary and
   first body paragraph. G3 opens with a bold paragraph inside the content -> summary. C1 (pasted
   from Word) opens with a bold upper-case section heading "I. KẾT QUẢ THÁNG 11/2026" -> a
   heading, not a lead: summary null. The listing excerpts and ``og:description`` are not sapos.
8. Word paste (C1, C2): ``p.MsoNormal`` with ``<span lang="VI">``, ``<o:p>`` and empty
   ``&nbsp;`` paragraphs (not paragraphs), and a ``<br>`` in one paragraph: two gold paragraphs.
9. Body boundaries: a "Mục lục" (Easy TOC) box inside the content (C3), an inline "Xem thêm:"
   related-link box in the middle of the content (C2), tags, share bar, author box, comments,
   "Tin cùng chuyên mục" are not body. Tables: results (K1) and timetable (TB2) are data tables,
   one paragraph per row (header row included); the photo in K2 sits in a 2-row layout table
   whose second row is its caption: not a data table, its text is the caption only.
10. Captions vary: ``figure.wp-block-image`` + ``figcaption`` (T1, lazy-loaded: the real file is in
   ``data-lazy-src`` and ``<noscript>``, ``src`` is an SVG placeholder), centred italic line (T2),
   classic ``wp-caption`` / ``p.wp-caption-text`` (T3), gallery figures each with their own
   figcaption (G1, each linking to its attachment page), a centred plain line (G3), the caption
   row of a layout table (K2), photos with nothing under them (T4, caption null). Logos, banners,
   avatars, share icons, listing thumbnails are layout.
11. Reaching articles: listings mix real posts with "Page Links To" entries that lead straight to
   a PDF or to another site (they are not articles of this portal); articles only on page 2/3.
   Monthly archives are reachable only through a ``<select>`` (values, not hrefs). Attachment
   pages (``/2026/11/<post>/<image>/``) look like posts (date, title) but are not articles.
12. Duplicates: the WP-Print view ``…/print/`` of every post (in gold ``alt_paths``), the no-slash
   and ``?p=`` forms answer 301 to the permalink.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_school_theme_sgddt"
PLATFORM = "WordPress 6 + local agency 'theme giáo dục' on Elementor, Yoast, WP Rocket, WP-Print"
START_PATH = "/"
TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở GD&ĐT Trà Vinh"
PER_PAGE = 8

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "khao-thi-kiem-dinh": "Khảo thí và Kiểm định",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "thong-bao": "Thông báo",
}
THEME = "/wp-content/themes/tvd-edu"


def up(date: str, name: str) -> str:
    return f"/wp-content/uploads/{date[:4]}/{date[5:7]}/{name}"


def byline(text_html: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align: {align};"><strong>{text_html}</strong></p>')


# --- the articles ---------------------------------------------------------------------------
# opts: tpl ("tvd" | "el"), time ("HH:MM" or None), login, extra (other categories), views,
# tags, badge (TB1), comments, author_meta (Elementor custom field), updated.

T1 = Story(
    1,
    "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-bac-thcs",
    "Trà Vinh tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh bậc THCS năm học 2026-2027",
    "tin-giao-duc",
    "2026-12-04T15:20:00+07:00",
    [
        P(
            "Từ ngày 01 đến 04/12/2026, Sở GD&ĐT Trà Vinh tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi "
            "cấp tỉnh bậc THCS năm học 2026-2027 tại Trường THCS Lý Tự Trọng, thành phố Trà Vinh."
        ),
        P(
            "Tham dự hội thi có 54 giáo viên đạt giải cấp huyện của 9 đơn vị huyện, thị xã, thành phố. "
            "Mỗi giáo viên trải qua hai phần thi: trình bày biện pháp giáo dục học sinh và xử lý tình "
            "huống sư phạm trước Ban giám khảo."
        ),
        Img(
            up("2026-12-04", "hoi-thi-gvcn-1-1024x683.jpg"),
            "Giáo viên trình bày biện pháp giáo dục tại hội thi",
            "Giáo viên trình bày biện pháp giáo dục tại hội thi",
            "lazyfig",
        ),
        P(
            "Nhiều biện pháp được Ban giám khảo đánh giá cao về tính thực tiễn như: xây dựng lớp học "
            "hạnh phúc, phối hợp với cha mẹ học sinh qua nhóm Zalo lớp, giúp đỡ học sinh có hoàn cảnh "
            "khó khăn và học sinh dân tộc Khmer vượt khó học tập."
        ),
        P(
            "Phát biểu bế mạc, ông Huỳnh Văn Tâm, Phó Giám đốc Sở GD&ĐT, nhấn mạnh: “Giáo viên chủ "
            "nhiệm là người gần gũi học sinh nhất; mỗi biện pháp hay hôm nay cần được nhân rộng trong "
            "toàn ngành”."
        ),
        Img(
            up("2026-12-04", "hoi-thi-gvcn-2-1024x683.jpg"),
            "Ban Tổ chức trao giải cho các giáo viên đạt giải Nhất",
            "Ban Tổ chức trao giải cho các giáo viên đạt giải Nhất",
            "lazyfig",
        ),
        P(
            "Kết quả, Ban Tổ chức trao 6 giải Nhất, 10 giải Nhì, 14 giải Ba và 16 giải Khuyến khích; "
            "Phòng GD&ĐT huyện Càng Long và Phòng GD&ĐT thành phố Trà Vinh đạt giải toàn đoàn."
        ),
        byline("Tin, ảnh: Thạch Thị Sa Ra"),
    ],
    authors=["Thạch Thị Sa Ra"],
    photographers=["Thạch Thị Sa Ra"],
    summary=(
        "Sau 4 ngày tranh tài sôi nổi, 54 giáo viên đến từ 9 đơn vị đã mang đến hội thi nhiều biện "
        "pháp giáo dục học sinh sáng tạo, gắn với thực tiễn lớp học."
    ),
    sapo_outside=True,
    opts={"tpl": "tvd", "login": "bientap01", "tags": ["Giáo viên chủ nhiệm", "THCS"]},
)

T2 = Story(
    2,
    "truong-thcs-long-hiep-to-chuc-ngay-hoi-doc-sach-nam-2026",
    "Trường THCS Long Hiệp tổ chức Ngày hội đọc sách năm 2026",
    "tin-giao-duc",
    "2026-11-28T09:05:00+07:00",
    [
        P(
            "Nhằm phát triển văn hóa đọc trong nhà trường, sáng ngày 27/11/2026, Trường THCS Long Hiệp "
            "(huyện Trà Cú) tổ chức Ngày hội đọc sách với chủ đề “Sách - Người bạn đồng hành”."
        ),
        P(
            "Ngày hội thu hút hơn 600 học sinh tham gia với nhiều hoạt động: trưng bày sách theo chủ "
            "đề, giới thiệu sách qua tiểu phẩm, thi vẽ tranh bìa sách và đố vui về tác phẩm văn học."
        ),
        Img(
            up("2026-11-28", "ngay-hoi-doc-sach.jpg"),
            "Học sinh tham quan gian trưng bày sách của các chi đội",
            "Học sinh tham quan gian trưng bày sách của các chi đội",
            "center-em",
        ),
        P(
            "Dịp này, nhà trường phát động phong trào quyên góp sách cũ cho thư viện các điểm trường "
            "vùng sâu; kết quả học sinh và giáo viên đã đóng góp hơn 1.200 quyển sách, truyện các loại."
        ),
        byline("Trường THCS Long Hiệp thông tin"),
    ],
    authors=["Trường THCS Long Hiệp"],
    opts={
        "tpl": "tvd",
        "login": "bientap02",
        "tags": ["Văn hóa đọc"],
        "comments": [("Nguyễn Thị Kiều", "Hoạt động rất ý nghĩa, chúc mừng thầy cô và các em!")],
    },
)

T3 = Story(
    3,
    "trao-150-suat-hoc-bong-tiep-suc-den-truong",
    "Ngành Giáo dục Trà Vinh trao 150 suất học bổng “Tiếp sức đến trường”",
    "tin-giao-duc",
    "2026-11-17T14:00:00+07:00",
    [
        P(
            "Chiều 16/11, Sở GD&ĐT phối hợp với Báo Trà Vinh và các nhà tài trợ trao 150 suất học bổng "
            "“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo một bộ sách giáo khoa và dụng cụ học "
            "tập. Tổng giá trị học bổng và quà tặng hơn 360 triệu đồng."
        ),
        Img(
            up("2026-11-17", "hoc-bong-tiep-suc.jpg"),
            "Đại diện nhà tài trợ trao học bổng cho học sinh",
            "Đại diện nhà tài trợ trao học bổng cho học sinh",
            "wpcap",
        ),
        P(
            "Em Kim Thị Thu Thảo, học sinh lớp 11 Trường THPT Tiểu Cần, xúc động: “Học bổng giúp em "
            "có thêm điều kiện theo đuổi ước mơ trở thành giáo viên”."
        ),
        byline("Bài, ảnh: Minh Thư"),
        Raw('<p style="text-align: right;"><em>Theo Báo Trà Vinh</em></p>'),
    ],
    authors=["Minh Thư"],
    photographers=["Minh Thư"],
    source="Báo Trà Vinh",
    opts={"tpl": "tvd", "login": "bientap01", "tags": ["Học bổng"]},
)

T4 = Story(
    4,
    "phong-gd-dt-cau-ngang-so-ket-chuyen-doi-so-trong-truong-hoc",
    "Phòng GD&ĐT Cầu Ngang sơ kết công tác chuyển đổi số trong trường học",
    "tin-giao-duc",
    "2026-10-21T16:10:00+07:00",
    [
        P(
            "Ngày 20/10/2026, Phòng GD&ĐT huyện Cầu Ngang tổ chức Hội nghị sơ kết công tác chuyển đổi "
            "số trong trường học giai đoạn 2024-2026."
        ),
        P(
            "Đến nay, 100% trường học trên địa bàn huyện sử dụng sổ điểm điện tử, học bạ số và thanh "
            "toán không dùng tiền mặt; 46/52 trường có phòng học thông minh."
        ),
        Img(up("2026-10-21", "so-ket-cds-1.jpg"), None, None, "plain"),
        P(
            "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: đường truyền internet tại các "
            "điểm trường lẻ chưa ổn định, một bộ phận giáo viên lớn tuổi còn lúng túng khi khai thác "
            "học liệu số."
        ),
        P(
            "Hội nghị đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc trong triển khai "
            "chuyển đổi số năm học 2025-2026."
        ),
        Img(up("2026-10-21", "so-ket-cds-2.jpg"), None, None, "plain"),
        byline("Phòng GD&ĐT Cầu Ngang"),
    ],
    authors=["Phòng GD&ĐT Cầu Ngang"],
    opts={"tpl": "tvd", "login": "bientap02", "tags": ["Chuyển đổi số"]},
)

C1 = Story(
    5,
    "trien-khai-nhiem-vu-trong-tam-thang-12-2026",
    "Triển khai nhiệm vụ trọng tâm tháng 12/2026 của ngành Giáo dục",
    "chi-dao-dieu-hanh",
    "2026-12-03",
    [
        P("I. KẾT QUẢ THÁNG 11/2026", "mso-b"),
        P(
            "Toàn ngành tổ chức thành công các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; "
            "hoàn thành hội thi giáo viên dạy giỏi cấp huyện ở 9/9 đơn vị.",
            "mso",
        ),
        P(
            "Tỷ lệ học sinh đi học chuyên cần đạt 98,7%; số học sinh bỏ học giảm 0,12% so với cùng kỳ.",
            "mso-br",
        ),
        P(
            "Các đơn vị đã rà soát, cập nhật cơ sở dữ liệu ngành đúng thời hạn.",
            "mso",
        ),
        P("II. NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026", "mso-b"),
        P(
            "1. Tổ chức kiểm tra, đánh giá cuối học kỳ I theo đúng hướng dẫn; hoàn thành trước ngày "
            "31/12/2026 đối với cấp THCS, THPT.",
            "mso",
        ),
        P(
            "2. Tiếp tục thực hiện các giải pháp chống học sinh bỏ học, nhất là vùng đồng bào dân tộc "
            "Khmer; phối hợp với chính quyền địa phương vận động học sinh trở lại lớp.",
            "mso",
        ),
        P(
            "3. Chuẩn bị các điều kiện tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh; báo cáo sơ "
            "kết học kỳ I gửi về Sở trước ngày 10/01/2027.",
            "mso",
        ),
        byline("Văn phòng Sở"),
    ],
    authors=["Văn phòng Sở"],
    opts={"tpl": "tvd", "login": "vanphong", "time": None, "tags": ["Chỉ đạo"]},
)

C2 = Story(
    6,
    "huong-dan-thuc-hien-chuong-trinh-giao-duc-dia-phuong-nam-hoc-2026-2027",
    "Hướng dẫn thực hiện Chương trình giáo dục địa phương tỉnh Trà Vinh năm học 2026-2027",
    "chi-dao-dieu-hanh",
    "2026-10-08",
    [
        P(
            "Ngày 06/10/2026, Sở GD&ĐT ban hành Công văn số 2154/SGDĐT-GDTrH hướng dẫn thực hiện "
            "Chương trình giáo dục địa phương tỉnh Trà Vinh từ lớp 1 đến lớp 12 năm học 2026-2027.",
            "mso",
        ),
        P(
            "Theo đó, nội dung giáo dục địa phương được bố trí 35 tiết/năm học đối với mỗi lớp, tập "
            "trung vào các chủ đề: lịch sử, văn hóa các dân tộc Kinh - Khmer - Hoa; nghề truyền thống; "
            "bảo vệ môi trường và ứng phó với biến đổi khí hậu vùng ven biển.",
            "mso",
        ),
        Raw(
            '<div class="tvd-inline-related"><strong>Xem thêm:</strong> '
            '<a href="/2026/12/trien-khai-nhiem-vu-trong-tam-thang-12-2026/">Triển khai nhiệm vụ trọng '
            "tâm tháng 12/2026 của ngành Giáo dục</a></div>"
        ),
        P(
            "Các trường chủ động xây dựng kế hoạch dạy học, lồng ghép tham quan thực tế tại các di "
            "tích như Ao Bà Om, chùa Âng, Bảo tàng Văn hóa dân tộc Khmer.",
            "mso-br",
        ),
        P(
            "Việc kiểm tra, đánh giá thực hiện như các môn học khác theo quy định hiện hành.",
            "mso",
        ),
        P(
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở (qua "
            "Phòng Giáo dục Trung học) để được hướng dẫn.",
            "mso",
        ),
        byline("Phòng GDTrH"),
    ],
    authors=["Phòng GDTrH"],
    opts={"tpl": "tvd", "login": "gdtrh", "time": None, "tags": ["Giáo dục địa phương"]},
)

C3 = Story(
    7,
    "hoi-nghi-tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
    "chi-dao-dieu-hanh",
    "2026-09-12T10:30:00+07:00",
    [
        P(
            "Sáng 11/9/2026, Sở GD&ĐT Trà Vinh tổ chức Hội nghị tổng kết năm học 2025-2026 và triển "
            "khai nhiệm vụ năm học 2026-2027. Dự hội nghị có lãnh đạo UBND tỉnh, các sở, ngành và "
            "hơn 250 đại biểu là cán bộ quản lý giáo dục trong tỉnh."
        ),
        P("Kết quả nổi bật năm học 2025-2026", "h3"),
        P(
            "Quy mô mạng lưới trường lớp tiếp tục được sắp xếp hợp lý; toàn tỉnh có 468 trường, trong "
            "đó 312 trường đạt chuẩn quốc gia, tỷ lệ 66,7%."
        ),
        P(
            "Tỷ lệ tốt nghiệp THPT đạt 99,1%; tỉnh có 38 học sinh đạt giải kỳ thi chọn học sinh giỏi "
            "quốc gia, cao nhất từ trước đến nay."
        ),
        P("Nhiệm vụ trọng tâm năm học 2026-2027", "h3"),
        P("Thực hiện hiệu quả Chương trình GDPT 2018 ở tất cả các khối lớp.", "li"),
        P("Đẩy mạnh chuyển đổi số, xây dựng trường học số tại 100% đơn vị.", "li"),
        P("Nâng cao chất lượng giáo dục vùng đồng bào dân tộc thiểu số.", "li"),
        P("Tiếp tục xây dựng trường chuẩn quốc gia, phấn đấu đạt 70% vào cuối năm học.", "li"),
        P(
            "Tại hội nghị, 24 tập thể và 41 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì thành "
            "tích xuất sắc trong năm học 2025-2026."
        ),
        byline("ThS. Trần Văn Hùng - Chánh Văn phòng Sở"),
    ],
    authors=["Trần Văn Hùng"],
    opts={"tpl": "tvd", "login": "admin", "toc": True, "tags": ["Tổng kết năm học"]},
)

K1 = Story(
    8,
    "ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
    "Kết quả Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
    "khao-thi-kiem-dinh",
    "2026-11-30T16:45:00+07:00",
    [
        P(
            "Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027 diễn ra ngày 24 và 25/11/2026 "
            "với 612 thí sinh dự thi ở 11 môn."
        ),
        P(
            "Sau khi chấm thi, Hội đồng chấm thi công nhận 298 thí sinh đạt giải, chiếm tỷ lệ 48,7%; "
            "trong đó 21 giải Nhất, 64 giải Nhì, 97 giải Ba và 116 giải Khuyến khích."
        ),
        P("Kết quả theo một số môn:"),
        P("Môn thi | Số dự thi | Số đạt giải | Tỷ lệ (%)", "th"),
        P("Toán | 68 | 35 | 51,5", "td"),
        P("Ngữ văn | 72 | 33 | 45,8", "td"),
        P("Tiếng Anh | 70 | 36 | 51,4", "td"),
        P("Vật lí | 56 | 27 | 48,2", "td"),
        P(
            "Thí sinh có nhu cầu phúc khảo nộp đơn tại trường nơi dự thi từ ngày 01 đến hết ngày "
            "05/12/2026."
        ),
        byline("TS. Lê Minh Trí, Trưởng phòng Quản lý chất lượng"),
    ],
    authors=["Lê Minh Trí"],
    opts={"tpl": "el", "login": "qlcl", "updated": "01/12/2026 08:10", "author_meta": None},
)

K2 = Story(
    9,
    "danh-gia-ngoai-cong-nhan-12-truong-dat-chuan-quoc-gia",
    "Đánh giá ngoài và công nhận 12 trường mầm non, phổ thông đạt chuẩn quốc gia",
    "khao-thi-kiem-dinh",
    "2026-10-15T08:20:00+07:00",
    [
        P(
            "Từ ngày 05 đến 14/10/2026, các đoàn đánh giá ngoài của Sở GD&ĐT đã khảo sát chính thức "
            "tại 12 trường mầm non, tiểu học và THCS thuộc các huyện Châu Thành, Tiểu Cần, Duyên Hải."
        ),
        Img(
            up("2026-10-15", "danh-gia-ngoai.jpg"),
            "Đoàn đánh giá ngoài làm việc tại Trường Mầm non Hòa Lợi",
            "Đoàn đánh giá ngoài làm việc tại Trường Mầm non Hòa Lợi",
            "table",
        ),
        P(
            "Đoàn đã nghiên cứu hồ sơ tự đánh giá, quan sát cơ sở vật chất, dự giờ và phỏng vấn cán bộ "
            "quản lý, giáo viên, cha mẹ học sinh."
        ),
        P(
            "Kết quả, 12/12 trường đạt kiểm định chất lượng giáo dục cấp độ 2 trở lên và được đề nghị "
            "UBND tỉnh công nhận đạt chuẩn quốc gia mức độ 1."
        ),
        byline("Tin: Kim Thị Sa Rinh - Ảnh: Phòng QLCL"),
    ],
    authors=["Kim Thị Sa Rinh"],
    photographers=["Phòng QLCL"],
    opts={"tpl": "el", "login": "qlcl", "updated": None, "author_meta": None},
)

G1 = Story(
    10,
    "truong-ptdtnt-thcs-tra-cu-to-chuc-le-hoi-ok-om-bok",
    "Trường PTDTNT THCS Trà Cú tổ chức Lễ hội Ok Om Bok cho học sinh dân tộc Khmer",
    "giao-duc-dan-toc",
    "2026-11-24T10:40:00+07:00",
    [
        P(
            "Hướng đến Lễ hội Ok Om Bok năm 2026, ngày 23/11, Trường PTDTNT THCS Trà Cú tổ chức chương "
            "trình “Ok Om Bok - Gìn giữ nét đẹp văn hóa Khmer” cho gần 300 học sinh nội trú."
        ),
        P(
            "Học sinh được tìm hiểu ý nghĩa lễ cúng trăng, thưởng thức cốm dẹp và tham gia các trò "
            "chơi dân gian như kéo co, nhảy bao bố, thi thả đèn nước."
        ),
        Img(
            up("2026-11-24", "ok-om-bok-1.jpg"),
            "Học sinh làm cốm dẹp truyền thống",
            "Học sinh làm cốm dẹp truyền thống",
            "gallery",
        ),
        Img(
            up("2026-11-24", "ok-om-bok-2.jpg"),
            "Tiết mục múa Rom vong của học sinh lớp 8",
            "Tiết mục múa Rom vong của học sinh lớp 8",
            "gallery",
        ),
        P(
            "Thầy Thạch Sô Phết, Hiệu trưởng nhà trường cho biết, hoạt động giúp các em thêm yêu quý, "
            "tự hào về bản sắc văn hóa dân tộc, đồng thời rèn luyện kỹ năng làm việc nhóm."
        ),
        byline("Tin, ảnh: Lâm Hoàng Kha (Trường PTDTNT THCS Trà Cú)"),
    ],
    authors=["Lâm Hoàng Kha"],
    photographers=["Lâm Hoàng Kha"],
    opts={"tpl": "tvd", "login": "bientap02", "extra": ["tin-giao-duc"], "tags": ["Khmer", "Ok Om Bok"]},
)

G3 = Story(
    11,
    "day-hoc-song-ngu-viet-khmer-tai-cac-diem-truong-chua",
    "Dạy học tiếng Khmer tại các điểm chùa: nhiều chuyển biến tích cực",
    "giao-duc-dan-toc",
    "2026-09-28T07:55:00+07:00",
    [
        P(
            "Hè năm 2026, toàn tỉnh mở 312 lớp dạy tiếng Khmer tại 96 điểm chùa với hơn 9.400 học "
            "sinh theo học, tăng 14% so với năm trước.",
            "lead",
        ),
        P(
            "Lớp học do các vị sư sãi và giáo viên tiếng Khmer đảm nhận, sử dụng bộ sách tiếng Khmer "
            "do Bộ GD&ĐT ban hành. Cuối khóa, học sinh được kiểm tra và cấp giấy chứng nhận."
        ),
        Img(
            up("2026-09-28", "lop-hoc-chua.jpg"),
            "Một lớp học tiếng Khmer tại chùa Sà Lôn, huyện Châu Thành",
            "Một lớp học tiếng Khmer tại chùa Sà Lôn, huyện Châu Thành",
            "center-plain",
        ),
        P(
            "Cô Thạch Thị Hồng Nhung, giáo viên Trường Tiểu học Song Lộc A, chia sẻ: “Nhờ học chữ "
            "Khmer trong hè, các em tự tin hơn khi vào năm học mới, kết quả học tiếng Việt cũng tốt "
            "hơn”.",
            "quote",
        ),
        P(
            "Sở GD&ĐT đề nghị các phòng GD&ĐT tiếp tục phối hợp với Hội Đoàn kết sư sãi yêu nước duy "
            "trì các lớp học, hỗ trợ sách vở, đồ dùng cho học sinh có hoàn cảnh khó khăn."
        ),
        byline("Sơn Thị Chanh Đa"),
    ],
    authors=["Sơn Thị Chanh Đa"],
    summary=(
        "Hè năm 2026, toàn tỉnh mở 312 lớp dạy tiếng Khmer tại 96 điểm chùa với hơn 9.400 học "
        "sinh theo học, tăng 14% so với năm trước."
    ),
    opts={"tpl": "tvd", "login": "admin", "tags": ["Khmer"]},
)

TB1 = Story(
    12,
    "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, học sinh",
    "thong-bao",
    "2026-12-05T07:30:00+07:00",
    [
        P(
            "Căn cứ Bộ luật Lao động năm 2019 và Công văn của UBND tỉnh về việc nghỉ Tết Dương lịch "
            "năm 2027, Sở GD&ĐT thông báo lịch nghỉ như sau:"
        ),
        P(
            "Cán bộ, giáo viên, nhân viên và học sinh các cơ sở giáo dục được nghỉ 01 ngày vào thứ Sáu, "
            "ngày 01/01/2027. Các đơn vị có học sinh nội trú bố trí trực, bảo đảm an toàn."
        ),
        P(
            "Thủ trưởng các đơn vị điều chỉnh kế hoạch dạy học phù hợp, bảo đảm thời lượng chương trình "
            "học kỳ I."
        ),
        byline("BBT"),
    ],
    opts={"tpl": "el", "login": "bbt", "updated": None, "author_meta": None, "badge": True},
)

TB2 = Story(
    13,
    "thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-tinh",
    "Thông báo lịch thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026-2027",
    "thong-bao",
    "2026-11-20T10:30:00+07:00",
    [
        P(
            "Sở GD&ĐT thông báo lịch thi Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026-2027 "
            "như sau:"
        ),
        P("Ngày | Buổi | Môn thi | Thời gian làm bài", "th"),
        P("13/01/2027 | Sáng | Ngữ văn, Lịch sử | 150 phút", "td"),
        P("13/01/2027 | Chiều | Toán, Địa lí | 150 phút", "td"),
        P("14/01/2027 | Sáng | Tiếng Anh, Tin học | 150 phút", "td"),
        P(
            "Thí sinh có mặt tại điểm thi lúc 6 giờ 30 phút ngày 13/01/2027 để làm thủ tục dự thi; "
            "mang theo thẻ học sinh hoặc căn cước."
        ),
        P("Các phòng GD&ĐT gửi danh sách thí sinh về Sở trước ngày 20/12/2026."),
    ],
    authors=["Phòng Quản lý chất lượng"],
    opts={
        "tpl": "el",
        "login": "qlcl",
        "extra": ["khao-thi-kiem-dinh"],
        "updated": "22/11/2026 15:02",
        "author_meta": "Phòng Quản lý chất lượng",
    },
)

STORIES = [TB1, T1, C1, K1, T2, G1, TB2, T3, K2, T4, C2, G3, C3]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {1200 + s.id * 17: s for s in STORIES}
ID_OF = {s.slug: pid for pid, s in BY_ID.items()}


def permalink(story: Story) -> str:
    return f"/{story.published_at[:4]}/{story.published_at[5:7]}/{story.slug}/"


def cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra", [])]


# --- "Page Links To" entries: posts whose permalink is a PDF or another site -------------------

LINK_ITEMS: list[dict] = []
_EXT = [
    ("2026-12-02", "Trà Vinh: Hơn 2.000 học sinh tham gia Hội khỏe Phù Đổng cấp tỉnh", "hoi-khoe-phu-dong-2026"),
    ("2026-11-26", "Tặng 500 áo ấm cho học sinh nghèo huyện Duyên Hải", "tang-ao-am-hoc-sinh-duyen-hai"),
    ("2026-11-20", "Trường Đại học Trà Vinh ký kết hợp tác đào tạo giáo viên", "dh-tra-vinh-hop-tac-dao-tao"),
    ("2026-11-12", "Khánh thành điểm trường Tiểu học Long Vĩnh", "khanh-thanh-diem-truong-long-vinh"),
    ("2026-11-05", "Học sinh Trà Vinh đạt 3 giải cuộc thi Khoa học kỹ thuật vùng", "khkt-vung-2026"),
    ("2026-10-29", "Tuyên truyền an toàn giao thông cho học sinh đầu cấp", "atgt-hoc-sinh-dau-cap"),
]
for _d, _t, _s in _EXT:
    LINK_ITEMS.append(
        {"cat": "tin-giao-duc", "date": _d, "title": _t, "href": f"https://baotravinh.vn/giao-duc/{_s}.html"}
    )
_DOCS = [
    ("2026-12-01", "2398", "VP", "Công văn về việc báo cáo thống kê học kỳ I năm học 2026-2027"),
    ("2026-11-27", "2361", "TCCB", "Công văn về việc rà soát đội ngũ giáo viên năm 2026"),
    ("2026-11-25", "2340", "GDTrH", "Hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp"),
    ("2026-11-19", "2302", "VP", "Kế hoạch kiểm tra công tác cải cách hành chính năm 2026"),
    ("2026-11-13", "2277", "KHTC", "Công văn về việc thực hiện chế độ chính sách cho học sinh"),
    ("2026-11-06", "2251", "GDMN-TH", "Hướng dẫn tổ chức Ngày hội Tiếng Việt của chúng em"),
    ("2026-11-02", "2236", "QLCL", "Kế hoạch tự đánh giá, đánh giá ngoài năm 2026"),
    ("2026-10-27", "2210", "TTr", "Kế hoạch thanh tra chuyên ngành học kỳ I"),
    ("2026-10-20", "2188", "VP", "Công văn về việc phòng, chống dịch bệnh mùa mưa"),
    ("2026-10-13", "2167", "GDTrH", "Hướng dẫn dạy học môn Giáo dục quốc phòng và an ninh"),
    ("2026-10-01", "2120", "TCCB", "Quyết định phân công nhiệm vụ lãnh đạo Sở"),
    ("2026-09-25", "2093", "VP", "Chương trình công tác năm học 2026-2027"),
    ("2026-09-18", "2061", "KHTC", "Hướng dẫn thu, sử dụng học phí năm học 2026-2027"),
    ("2026-09-14", "2045", "GDMN-TH", "Hướng dẫn nhiệm vụ giáo dục mầm non năm học 2026-2027"),
]
for _d, _n, _u, _t in _DOCS:
    LINK_ITEMS.append(
        {
            "cat": "chi-dao-dieu-hanh",
            "date": _d,
            "title": f"{_t} (CV số {_n}/SGDĐT-{_u})",
            "href": up(_d, f"{_n}-sgddt-{_u.lower()}.pdf"),
        }
    )
for _d, _n, _t in [
    ("2026-11-10", "112", "Thông báo kết luận giao ban tháng 11/2026"),
    ("2026-10-22", "98", "Thông báo danh sách viên chức đủ điều kiện xét thăng hạng"),
]:
    LINK_ITEMS.append({"cat": "thong-bao", "date": _d, "title": _t, "href": up(_d, f"tb-{_n}-sgddt.pdf")})
PDF_PATHS = {item["href"] for item in LINK_ITEMS if item["href"].startswith("/")}


def entries(cat: str) -> list[dict]:
    """A category's listing entries, newest first: its posts (primary or extra) and link posts."""
    out = [
        {"cat": cat, "date": s.published_at[:10], "title": s.title, "href": permalink(s), "story": s}
        for s in STORIES
        if cat in cats_of(s)
    ]
    out += [item for item in LINK_ITEMS if item["cat"] == cat]
    return sorted(out, key=lambda e: (e["date"], e.get("story") is not None), reverse=True)


GOLD = [
    gold_record(s, permalink(s), CATEGORIES[s.cat], alt_paths=[permalink(s) + "print/"])
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/van-ban/2398-sgddt-vp/",
    "/2026/11/",
    "/2026/11/truong-ptdtnt-thcs-tra-cu-to-chuc-le-hoi-ok-om-bok/ok-om-bok-1/",
    "/chuyen-muc/thong-bao/",
]


# --- printing -------------------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def dmy(date: str) -> str:
    return f"{date[8:10]}/{date[5:7]}/{date[:4]}"


def weekday(date: str) -> str:
    return WEEKDAYS[datetime.date(int(date[:4]), int(date[5:7]), int(date[8:10])).weekday()]


def hm(story: Story) -> str | None:
    return story.published_at[11:16] if len(story.published_at) > 10 else None


def views(story: Story) -> str:
    return f"{story.views() * 3:,}".replace(",", ".")


def txt(value: str) -> str:
    return esc(value).replace("&#x27;", "'")


def lazy_img(src: str, alt: str) -> str:
    ph = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201024%20683'%3E%3C/svg%3E"
    return (
        f'<img decoding="async" width="1024" height="683" src="{ph}" alt="{esc(alt)}" '
        f'class="wp-image lazyload" data-lazy-src="{src}" '
        f'data-lazy-srcset="{src} 1024w, {src.replace("-1024x683", "-300x200")} 300w">'
        f'<noscript><img decoding="async" width="1024" height="683" src="{src}" alt="{esc(alt)}"></noscript>'
    )


def render_img(story: Story, img: Img, n: int) -> str:
    if img.style == "lazyfig":
        return (
            f'<figure class="wp-block-image size-large">{lazy_img(img.src, "")}'
            f'<figcaption class="wp-element-caption">{txt(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "center-em":
        return (
            f'<p style="text-align: center;"><img class="aligncenter size-full" src="{img.src}" '
            f'alt="" width="800" height="600"></p>\n'
            f'<p style="text-align: center;"><em>{txt(img.printed or "")}</em></p>'
        )
    if img.style == "wpcap":
        return (
            f'<div id="attachment_{3000 + n}" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-{3000 + n}" class="size-full" src="{img.src}" '
            f'alt="" width="800" height="533"><p id="caption-attachment-{3000 + n}" class="wp-caption-text">'
            f"{txt(img.printed or '')}</p></div>"
        )
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3"><tbody>'
            f'<tr><td><img src="{img.src}" alt="" width="650" height="433"></td></tr>'
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;">{txt(img.printed or "")}</span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "center-plain":
        return (
            f'<figure class="wp-block-image aligncenter"><img src="{img.src}" alt="{esc(story.title)}"></figure>\n'
            f'<p class="has-text-align-center">{txt(img.printed or "")}</p>'
        )
    return f'<p><img class="alignnone size-full" src="{img.src}" alt="" width="960" height="640"></p>'


def _gallery_item(story: Story, img: Img) -> str:
    name = img.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
    return (
        f'<figure class="wp-block-image size-large"><a href="{permalink(story)}{name}/">'
        f'<img src="{img.src}" alt="" class="wp-image"></a>'
        f'<figcaption class="wp-element-caption">{txt(img.printed or "")}</figcaption></figure>'
    )


def render_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    if story.opts.get("toc"):
        heads = [b.text for b in blocks if isinstance(b, P) and b.style == "h3"]
        items = "".join(
            f'<li class="ez-toc-page-1"><a class="ez-toc-link" href="#{quote(h.replace(" ", "_"))}">{txt(h)}</a></li>'
            for h in heads
        )
        toc = (
            '<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy ez-toc-grey">'
            '<div class="ez-toc-title-container"><p class="ez-toc-title">Mục lục</p>'
            '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-toggle">Ẩn</a></span></div>'
            f'<nav><ul class="ez-toc-list">{items}</ul></nav></div>'
        )
    else:
        toc = ""
    i, n = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n += 1
            if b.style == "gallery":
                figs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    figs.append(_gallery_item(story, blocks[i]))
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped">'
                    + "".join(figs)
                    + "</figure>"
                )
                continue
            out.append(render_img(story, b, n))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{txt(blocks[i].text)}</li>")
                i += 1
            out.append('<ul class="wp-block-list">' + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f"<td><strong>{txt(c)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{txt(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
            continue
        elif b.style == "h3":
            if toc and b.text == next(x.text for x in blocks if isinstance(x, P) and x.style == "h3"):
                out.append(toc)
            out.append(f'<h3 class="wp-block-heading"><span class="ez-toc-section" id="{quote(b.text.replace(" ", "_"))}"></span>{txt(b.text)}</h3>')
        elif b.style == "lead":
            out.append(f"<p><strong>{txt(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p><em>{txt(b.text)}</em></p></blockquote>')
        elif b.style == "mso-b":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;"><b><span lang="VI" '
                f'style="font-size: 14.0pt; line-height: 115%;">{txt(b.text)}<o:p></o:p></span></b></p>'
            )
        elif b.style == "mso-br":
            nxt = blocks[i + 1]
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;"><span lang="VI" '
                f'style="font-size: 14.0pt;">{txt(b.text)}<br>\n{txt(nxt.text)}<o:p></o:p></span></p>'
            )
            i += 2
            continue
        elif b.style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;"><span lang="VI" '
                f'style="font-size: 14.0pt; line-height: 115%;">{txt(b.text)}<o:p></o:p></span></p>\n'
                '<p class="MsoNormal"><span lang="VI">&nbsp;</span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{txt(b.text)}</p>')
        i += 1
    return "\n".join(out)


MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    (
        "javascript:void(0)",
        "Tin tức",
        [("/chuyen-muc/tin-giao-duc/", "Tin giáo dục"), ("/chuyen-muc/giao-duc-dan-toc/", "Giáo dục dân tộc")],
    ),
    ("/chuyen-muc/chi-dao-dieu-hanh/", "Chỉ đạo - Điều hành", []),
    ("#", "Chuyên môn", [("/chuyen-muc/khao-thi-kiem-dinh/", "Khảo thí và Kiểm định")]),
    ("/chuyen-muc/thong-bao/", "Thông báo", []),
    ("/lien-he/", "Liên hệ", []),
]
MOST_READ = [T2, G1, K1, TB2, T3]


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{permalink(s)}">{txt(s.title)}</a> <span class="count">({views(s)})</span></li>'
        for s in MOST_READ
    )
    docs = "".join(
        f'<li><a href="{"/van-ban/2398-sgddt-vp/" if n == "2398" else up(d, f"{n}-sgddt-{u.lower()}.pdf")}">'
        f"Số {n}/SGDĐT-{u}</a><br><small>{txt(t)}</small></li>"
        for d, n, u, t in _DOCS[:4]
    )
    months = "".join(
        f'<option value="/2026/{m:02d}/">Tháng {m} 2026</option>' for m in (12, 11, 10, 9)
    )
    return f"""<aside class="tvd-sidebar elementor-column elementor-col-33">
<section class="widget widget_tvd_vanban"><h3 class="widget-title"><span>Văn bản mới</span></h3><ul>{docs}</ul></section>
<section class="widget widget_tvd_popular"><h3 class="widget-title"><span>Tin xem nhiều</span></h3><ol class="tvd-popular">{most}</ol></section>
<section class="widget widget_banner"><a href="https://dichvucong.travinh.gov.vn" target="_blank"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="{THEME}/images/banner-csdl.png" alt="CSDL ngành"></a></section>
<section class="widget widget_poll"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<form class="wp-polls-form" action="/wp-admin/admin-ajax.php" method="post"><p><strong>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</strong></p>
<ul><li><input type="radio" name="poll_3" value="7"> Đẹp, dễ sử dụng</li><li><input type="radio" name="poll_3" value="8"> Bình thường</li>
<li><input type="radio" name="poll_3" value="9"> Cần cải tiến</li></ul><input type="button" class="Buttons" value="Bình chọn"></form></section>
<section class="widget widget_archive"><h3 class="widget-title"><span>Lưu trữ</span></h3>
<select name="archive-dropdown" onchange="document.location.href=this.options[this.selectedIndex].value;">
<option value="">Chọn tháng</option>{months}</select></section>
<section class="widget widget_links"><h3 class="widget-title"><span>Liên kết website</span></h3><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://travinh.gov.vn" target="_blank">Cổng TTĐT tỉnh Trà Vinh</a></li>
<li><a href="https://baotravinh.vn" target="_blank">Báo Trà Vinh</a></li></ul></section>
<section class="widget widget_counter"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="tvd-counter"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.482</b></li><li>Hôm qua: <b>2.106</b></li><li>Tổng truy cập: <b>4.918.337</b></li></ul></section>
</aside>"""


def layout(title: str, main: str, *, head: str = "", body_class: str = "", side: bool = True) -> str:
    menu = []
    for href, label, kids in MENU:
        sub = ""
        if kids:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-type-taxonomy"><a href="{h}">{txt(k)}</a></li>' for h, k in kids
            ) + "</ul>"
        cls = "menu-item menu-item-has-children" if kids else "menu-item"
        menu.append(f'<li class="{cls}"><a href="{href}">{txt(label)}</a>{sub}</li>')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{txt(title)}</title>
<meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg">
<link rel="stylesheet" id="tvd-edu-style-css" href="{THEME}/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7" media="all">
<link rel="alternate" type="application/rss+xml" title="Sở GD&amp;ĐT Trà Vinh &raquo; Dòng thông tin" href="/feed/">
{head}
</head>
<body class="{body_class} elementor-default elementor-kit-6">
<div class="tvd-topbar"><div class="container"><span class="tvd-today"><i class="fa fa-calendar"></i> {TODAY}</span>
<span class="tvd-hotline">Đường dây nóng: (0294) 3 862 131</span>
<a class="tvd-login" href="/wp-login.php">Đăng nhập</a></div></div>
<header class="tvd-header"><div class="container">
<a class="tvd-logo" href="/"><img src="/wp-content/uploads/2024/03/logo-sgddt-tv.png" alt="{esc(SITE)}"></a>
<div class="tvd-sitename"><p class="line-1">ỦY BAN NHÂN DÂN TỈNH TRÀ VINH</p><p class="line-2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div>
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
</div></header>
<nav class="tvd-mainnav"><div class="container"><ul id="menu-menu-chinh" class="menu">{"".join(menu)}</ul></div></nav>
<div class="tvd-marquee"><marquee scrollamount="4">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Trà Vinh</marquee></div>
<div id="content" class="site-content"><div class="container"><div class="elementor-row">
<main class="tvd-main elementor-column elementor-col-66">
{main}
</main>
{sidebar() if side else ""}
</div></div></div>
<footer class="tvd-footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TRÀ VINH</strong></p>
<p>Địa chỉ: Số 18 Nguyễn Thị Minh Khai, Phường 2, thành phố Trà Vinh, tỉnh Trà Vinh</p>
<p>Điện thoại: (0294) 3 862 131 - Fax: (0294) 3 862 500 - Email: sgddt@travinh.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Trà Vinh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="tvd-credit">Thiết kế bởi <a href="https://tvdsoft.vn" target="_blank">TVD Soft</a></p>
</div></footer>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body></html>"""


def breadcrumb(story: Story) -> str:
    return (
        '<nav class="yoast-breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » '
        f'<span><a href="/chuyen-muc/{story.cat}/">{txt(CATEGORIES[story.cat])}</a></span> » '
        f'<span class="breadcrumb_last" aria-current="page">{txt(story.title)}</span></span></nav>'
    )


def alpha_cats(story: Story) -> list[str]:
    return sorted(cats_of(story), key=lambda c: CATEGORIES[c])


def related(story: Story, label: str) -> str:
    items = [e for e in entries(story.cat) if e.get("story") is not story][:4]
    lis = "".join(
        f'<li><a href="{e["href"]}">{txt(e["title"])}</a> <span class="date">({dmy(e["date"])})</span></li>'
        for e in items
    )
    return f'<div class="tvd-related"><h3 class="tvd-related__title">{label}</h3><ul>{lis}</ul></div>'


def head_meta(request: Request, story: Story) -> str:
    url = base_url(request) + permalink(story)
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return (
        f'<link rel="canonical" href="{url}">\n<link rel="shortlink" href="/?p={ID_OF[story.slug]}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)} - {esc(SITE)}">\n'
        f'<meta property="og:description" content="{esc(first[:150])}…">\n'
        f'<meta property="article:modified_time" content="2026-12-05T01:02:11+00:00">'
    )


def tools(story: Story) -> str:
    url = permalink(story)
    return (
        '<div class="tvd-share"><span>Chia sẻ:</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" target="_blank">'
        f'<img src="{THEME}/images/icon-fb.png" alt="Facebook"></a> '
        f'<a class="zalo" href="https://sp.zalo.me/share_inline?u={quote(url)}"><img src="{THEME}/images/icon-zalo.png" alt="Zalo"></a> '
        f'<a class="print" href="{url}print/" rel="nofollow"><i class="fa fa-print"></i> In bài</a> '
        f'<a class="mail" href="mailto:?subject={quote(story.title)}&amp;body={quote(url)}"><i class="fa fa-envelope"></i> Gửi email</a></div>'
    )


def tvd_post(story: Story) -> str:
    labels = ", ".join(
        f'<a href="/chuyen-muc/{c}/" rel="category tag">{txt(CATEGORIES[c])}</a>' for c in alpha_cats(story)
    )
    banner_cat = CATEGORIES[alpha_cats(story)[0]]
    t = hm(story)
    time_span = f'<span class="tvd-time"><i class="fa fa-clock-o"></i> {t}</span>' if t else ""
    date_label = "" if t else "Ngày đăng: "
    sapo = (
        f'<div class="tvd-sapo"><strong>{txt(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    tags = "".join(
        f'<a href="/the/{tag_slug(x)}/" rel="tag">{txt(x)}</a>' for x in story.opts.get("tags", [])
    )
    comments = "".join(
        f'<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{txt(who)}</b> '
        f'<span class="says">viết:</span> <time>{dmy(story.published_at)} lúc 20:14</time></footer>'
        f'<div class="comment-content"><p>{txt(what)}</p></div></article></li>'
        for who, what in story.opts.get("comments", [])
    )
    return f"""<section class="elementor-section tvd-page-banner" style="background-image:url({THEME}/images/banner-bg.jpg)">
<h1 class="tvd-banner__title">{txt(banner_cat)}</h1></section>
{breadcrumb(story)}
<article id="post-{ID_OF[story.slug]}" class="tvd-single post type-post status-publish format-standard">
<h2 class="tvd-entry-title">{txt(story.title)}</h2>
<div class="tvd-meta"><span class="tvd-date"><i class="fa fa-calendar"></i> {date_label}{dmy(story.published_at)}</span>
{time_span}<span class="tvd-views"><i class="fa fa-eye"></i> Lượt xem: {views(story)}</span>
<span class="tvd-poster"><i class="fa fa-user"></i> Người đăng: {story.opts.get("login", "admin")}</span>
<span class="tvd-cats"><i class="fa fa-folder"></i> {labels}</span></div>
{sapo}
<div class="entry-content">
{render_content(story)}
</div>
<div class="tvd-tags"><span>Từ khóa:</span> {tags}</div>
{tools(story)}
<div class="tvd-authorbox"><img src="/wp-content/uploads/2024/03/avatar-bbt.png" alt="" class="avatar" width="64" height="64">
<div><p class="name">Ban biên tập</p><p>Cổng thông tin điện tử Sở GD&amp;ĐT Trà Vinh</p></div></div>
</article>
{related(story, "Tin cùng chuyên mục")}
<div id="comments" class="comments-area"><h3 class="comments-title">Bình luận</h3><ol class="comment-list">{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title">Để lại bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p>Email của bạn sẽ không được hiển thị công khai.</p>
<textarea id="comment" name="comment"></textarea><input id="author" name="author" placeholder="Họ tên *">
<input id="email" name="email" placeholder="Email *"><input type="hidden" name="comment_post_ID" value="{ID_OF[story.slug]}">
<input name="submit" type="submit" class="submit" value="Gửi bình luận"></form></div></div>"""


def el_post(story: Story) -> str:
    terms = alpha_cats(story)
    badge = '<span class="tvd-badge-new">Mới</span>' if story.opts.get("badge") else ""
    t = hm(story)
    stamp = f"{weekday(story.published_at)}, {dmy(story.published_at)}" + (f" - {t}" if t else "")
    extra = ""
    if story.opts.get("updated"):
        extra += f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Cập nhật: {story.opts["updated"]}</span></li>'
    if story.opts.get("author_meta"):
        extra += (
            '<li class="elementor-icon-list-item elementor-repeater-item-author"><span class="elementor-icon-list-text">'
            f"Tác giả: {txt(story.opts['author_meta'])}</span></li>"
        )
    term_links = ", ".join(f'<a href="/chuyen-muc/{c}/">{txt(CATEGORIES[c])}</a>' for c in terms)
    return f"""{breadcrumb(story)}
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412 elementor-location-single post-{ID_OF[story.slug]}">
<div class="elementor-element elementor-widget elementor-widget-post-info"><span class="elementor-post-info__terms-list">{term_links}</span></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">{txt(story.title)} {badge}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">{stamp}</span></li>
{extra}<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">Lượt xem: {views(story)}</span></li></ul></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
{render_content(story)}
</div></div>
<div class="elementor-element elementor-widget elementor-widget-share-buttons">{tools(story)}</div>
{related(story, "Bài viết khác")}
</div>"""


def post_page(request: Request, story: Story) -> Response:
    main = tvd_post(story) if story.opts["tpl"] == "tvd" else el_post(story)
    cls = f"post-template-default single single-post postid-{ID_OF[story.slug]}"
    return html(layout(f"{story.title} - {SITE}", main, head=head_meta(request, story), body_class=cls))


def print_page(story: Story) -> Response:
    t = hm(story)
    stamp = dmy(story.published_at) + (f" | {t}" if t else "")
    sapo = f'<p id="BlogExcerpt"><strong>{txt(story.summary)}</strong></p>' if story.sapo_outside else ""
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{txt(story.title)} - {esc(SITE)}</title>
<meta name="robots" content="noindex, nofollow"><link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css"></head>
<body><main role="main" class="center">
<p id="BlogTitle">{txt(story.title)}</p><p id="BlogDate">Ngày đăng: {stamp} | Chuyên mục: {txt(CATEGORIES[story.cat])}</p>
{sapo}<div id="BlogContent">{render_content(story)}</div>
<hr class="Divider"><p>Bài viết từ {esc(SITE)}: {permalink(story)}</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;">Bấm vào đây để in.</a></p>
</main></body></html>"""
    return html(body)


def excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" [&hellip;]" if len(words) > 28 else "")


def entry_card(e: dict) -> str:
    s = e.get("story")
    if s is None:
        icon = "icon-pdf.png" if e["href"].endswith(".pdf") else "icon-link.png"
        return (
            f'<article class="tvd-loop-item tvd-loop-item--link"><img class="thumb" src="{THEME}/images/{icon}" alt="">'
            f'<h3 class="tvd-loop-title"><a href="{e["href"]}" target="_blank">{txt(e["title"])}</a></h3>'
            f'<span class="tvd-loop-date">{dmy(e["date"])}</span></article>'
        )
    first_img = next((b.src for b in s.blocks if isinstance(b, Img)), f"{THEME}/images/no-thumb.jpg")
    badge = ' <span class="tvd-badge-new">Mới</span>' if s.opts.get("badge") else ""
    return (
        f'<article class="tvd-loop-item post-{ID_OF[s.slug]}"><a class="thumb" href="{permalink(s)}">'
        f'<img src="{first_img.replace("-1024x683", "-300x200")}" alt="" width="300" height="200"></a>'
        f'<h3 class="tvd-loop-title"><a href="{permalink(s)}">{txt(s.title)}</a>{badge}</h3>'
        f'<span class="tvd-loop-date"><i class="fa fa-calendar"></i> {dmy(e["date"])}</span>'
        f'<div class="tvd-loop-excerpt"><p>{txt(excerpt(s)).replace("[&amp;hellip;]", "[&hellip;]")}</p></div>'
        f'<a class="readmore" href="{permalink(s)}">Xem tiếp »</a></article>'
    )


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    out = []
    if page > 1:
        out.append(f'<a class="prev page-numbers" href="{href(page - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            out.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        out.append(f'<a class="next page-numbers" href="{href(page + 1)}">Trang sau »</a>')
    return '<nav class="navigation pagination"><div class="nav-links">' + "".join(out) + "</div></nav>"


def listing(title: str, items: list[dict], base: str, page: int) -> Response | None:
    pages = max(1, -(-len(items) // PER_PAGE))
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    suffix = f" - Trang {page}" if page > 1 else ""
    main = (
        '<section class="elementor-section tvd-page-banner"><h1 class="tvd-banner__title">'
        f"{txt(title)}</h1></section>"
        f'<nav class="yoast-breadcrumbs"><a href="/">Trang chủ</a> » <span class="breadcrumb_last">{txt(title)}</span></nav>'
        '<div class="tvd-loop">' + "".join(entry_card(e) for e in chunk) + "</div>" + pager(base, page, pages)
    )
    return html(layout(f"{title}{suffix} - {SITE}", main, body_class="archive category"))


def home() -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at[:16], reverse=True)[:4]
    slides = "".join(
        f'<div class="swiper-slide"><a href="{permalink(s)}"><img src="{next((b.src for b in s.blocks if isinstance(b, Img)), THEME + "/images/no-thumb.jpg")}" alt="">'
        f'<span class="caption">{txt(s.title)}</span></a></div>'
        for s in newest
    )
    boxes = []
    for key, name in CATEGORIES.items():
        lis = "".join(
            f'<li><a href="{e["href"]}">{txt(e["title"])}</a> <em>({dmy(e["date"])})</em></li>'
            for e in entries(key)[:3]
        )
        boxes.append(
            f'<div class="elementor-widget tvd-catbox"><div class="tvd-catbox__head"><h2><a href="/chuyen-muc/{key}/">{txt(name)}</a></h2>'
            f'<a class="more" href="/chuyen-muc/{key}/">Xem thêm »</a></div><ul>{lis}</ul></div>'
        )
    main = (
        f'<div class="elementor-widget tvd-slider"><div class="swiper-wrapper">{slides}</div></div>' + "".join(boxes)
    )
    return html(layout(f"{SITE} - Cổng thông tin điện tử", main, body_class="home page-template-elementor_header_footer"))


STATIC = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Sở Giáo dục và Đào tạo tỉnh Trà Vinh là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh "
        "quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<h3>Lãnh đạo Sở</h3><ul><li>Giám đốc: Nguyễn Văn Thành</li><li>Phó Giám đốc: Huỳnh Văn Tâm</li></ul>"
        "<h3>Các phòng chuyên môn</h3><ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Giáo dục Trung học</li>"
        "<li>Phòng Quản lý chất lượng</li><li>Phòng Giáo dục Mầm non - Tiểu học</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Sở Giáo dục và Đào tạo tỉnh Trà Vinh</p><p>Địa chỉ: Số 18 Nguyễn Thị Minh Khai, Phường 2, thành phố Trà Vinh</p>"
        "<p>Điện thoại: (0294) 3 862 131 - Email: sgddt@travinh.edu.vn</p>"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f55" method="post" class="wpcf7-form"><p>Họ tên<br><input name="your-name"></p>'
        '<p>Nội dung<br><textarea name="your-message"></textarea></p><input type="submit" value="Gửi"></form></div>',
    ),
}


def static_page(slug: str) -> Response:
    title, content = STATIC[slug]
    main = (
        f'<section class="elementor-section tvd-page-banner"><h1 class="tvd-banner__title">{txt(title)}</h1></section>'
        f'<article class="page type-page"><div class="entry-content">{content}</div></article>'
    )
    return html(layout(f"{title} - {SITE}", main, body_class="page"))


def van_ban_page() -> Response:
    d, n, u, t = _DOCS[0]
    pdf = up(d, f"{n}-sgddt-{u.lower()}.pdf")
    main = f"""<section class="elementor-section tvd-page-banner"><h1 class="tvd-banner__title">Văn bản</h1></section>
<article class="van-ban type-van-ban"><h2 class="tvd-entry-title">Số {n}/SGDĐT-{u}</h2>
<table class="tvd-vb-table"><tbody>
<tr><th>Số/Ký hiệu</th><td>{n}/SGDĐT-{u}</td></tr><tr><th>Ngày ban hành</th><td>{dmy(d)}</td></tr>
<tr><th>Trích yếu</th><td>{txt(t)}</td></tr><tr><th>Cơ quan ban hành</th><td>Sở GD&amp;ĐT Trà Vinh</td></tr>
<tr><th>Người ký</th><td>Huỳnh Văn Tâm</td></tr><tr><th>Tập tin</th><td><a href="{pdf}">{n}-sgddt-{u.lower()}.pdf</a> (Tải về)</td></tr>
</tbody></table></article>"""
    return html(layout(f"Số {n}/SGDĐT-{u} - {SITE}", main, body_class="single single-van-ban"))


def attachment_page(story: Story, name: str) -> Response | None:
    img = next((b for b in story.images if b.src.rsplit("/", 1)[1].startswith(name + ".")), None)
    if img is None:
        return None
    main = f"""<article class="attachment type-attachment"><h2 class="tvd-entry-title">{txt(name)}</h2>
<div class="tvd-meta"><span class="tvd-date">{dmy(story.published_at)}</span></div>
<div class="entry-content"><p class="attachment"><a href="{img.src}"><img src="{img.src}" width="1024" height="683" alt=""></a></p>
<p>{txt(img.printed or "")}</p></div>
<nav class="image-navigation"><a href="{permalink(story)}">« Quay lại bài viết: {txt(story.title)}</a></nav></article>"""
    return html(layout(f"{name} - {SITE}", main, body_class="attachment single"))


def tag_slug(label: str) -> str:
    plain = unicodedata.normalize("NFD", label.lower().replace("đ", "d"))
    return re.sub(r"[^a-z0-9]+", "-", "".join(c for c in plain if not unicodedata.combining(c))).strip("-")


def tag_archive(slug: str, page: int) -> Response | None:
    tagged = [s for s in STORIES if slug in {tag_slug(t) for t in s.opts.get("tags", [])}]
    if not tagged:
        return None
    label = next(t for s in tagged for t in s.opts["tags"] if tag_slug(t) == slug)
    items = [
        {"date": s.published_at[:10], "title": s.title, "href": permalink(s), "story": s}
        for s in sorted(tagged, key=lambda s: s.published_at[:10], reverse=True)
    ]
    return listing(f"Từ khóa: {label}", items, f"/the/{slug}/", page)


def month_archive(y: str, m: str, page: int) -> Response | None:
    items = [
        e for key in CATEGORIES for e in entries(key) if e["date"].startswith(f"{y}-{m}")
    ]
    seen, uniq = set(), []
    for e in sorted(items, key=lambda e: e["date"], reverse=True):
        if e["href"] not in seen:
            seen.add(e["href"])
            uniq.append(e)
    if not uniq:
        return None
    return listing(f"Lưu trữ: Tháng {int(m)} {y}", uniq, f"/{y}/{m}/", page)


class WpSchoolSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in PDF_PATHS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(story), 301) if story else None
            return home() if not request.query else None
        if not path.endswith("/"):
            if re.fullmatch(r"/\d{4}/\d{2}/[a-z0-9-]+", path) and path.rsplit("/", 1)[1] in BY_SLUG:
                return redirect(path + "/", 301)
            return None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?", path):
            key, n = m.group(1), int(m.group(2) or 1)
            if key not in CATEGORIES:
                return None
            if m.group(2) == "1":
                return redirect(f"/chuyen-muc/{key}/", 301)
            return listing(CATEGORIES[key], entries(key), f"/chuyen-muc/{key}/", n)
        if m := re.fullmatch(r"/the/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            return tag_archive(m.group(1), int(m.group(2) or 1))
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/(?:page/(\d+)/)?", path):
            return month_archive(m.group(1), m.group(2), int(m.group(3) or 1))
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:(print|[a-z0-9-]+)/)?", path):
            story = BY_SLUG.get(m.group(3))
            if story is None or permalink(story) != f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/":
                return None
            if m.group(4) == "print":
                return print_page(story)
            if m.group(4):
                return attachment_page(story, m.group(4))
            return post_page(request, story)
        if path == "/van-ban/2398-sgddt-vp/":
            return van_ban_page()
        if (slug := path.strip("/")) in STATIC:
            return static_page(slug)
        return None


def build_site() -> WpSchoolSite:
    return WpSchoolSite()
