"""Sở Giáo dục và Đào tạo tỉnh Bạc Liêu on WordPress 5.8 (classic editor), blind fixture.

Platform: WordPress 5.8.3 with the classic editor (TinyMCE), the free magazine theme "MagBlue"
(2014) customised by a local agency ("Thiết kế: BLWeb") with Vietnamese class names; plugins
WP-PageNavi, Post Views Counter, TablePress 1.14, Yoast SEO 17 (breadcrumbs, canonical, schema),
Contextual Related Posts ("Bài viết liên quan"), WP-Polls in the sidebar.

URL scheme (permalinks ``/%year%/%monthnum%/%postname%.html``: the structure has no trailing
slash, so WordPress's ``user_trailingslashit`` prints every other link without one too):
- posts ``/<yyyy>/<mm>/<post-slug>.html``; the second page of a ``<!--nextpage-->`` post
  ``/<yyyy>/<mm>/<post-slug>.html/2``; attachment pages ``…/<post-slug>.html/attachment/<name>``;
- shortlinks ``/?p=<id>`` (head ``<link rel='shortlink'>``): served 200 with the post (the
  agency's cache plugin turned ``redirect_canonical`` off), canonical to the permalink;
- category archives ``/category/<slug>`` and ``/category/<slug>/page/<N>``; a child category
  nests: ``/category/tin-tuc-su-kien/hoat-dong-nganh``; ``/page/1`` 301s to the archive, any
  path with a trailing slash 301s to the one without;
- date archives ``/<yyyy>/<mm>`` (+ ``/page/<N>``) only as ``<option value>`` of the sidebar's
  "Lưu trữ" drop-down; tag archives ``/tag/<slug>``; pages ``/<page-slug>``; ``/feed`` (RSS of
  the 10 latest); search ``/?s=…``.

Templates: home (sticky "Tin nổi bật" + one block per top category, "Xem tất cả »"), archive
(thumbnail + title + excerpt + "Xem tiếp →" ``#more-<id>`` link, WP-PageNavi under it, 4 posts a
page), single (Yoast breadcrumb, h1, meta line, ``.noidung-bv`` = entry content into which the
plugins append views, share box and related posts), page, attachment.

How each gold article is reached: home blocks link S1–S8 and S10; the "Tin tức - Sự kiện"
archive page 1 adds S9, its page 2 (and the child "Hoạt động ngành") S12; "Giáo dục Trung học"
page 1 adds S11 and **only its page 2** (or the October archive in the drop-down, or a tag
page) reaches S13.

Traps:
1. WP-PageNavi: "Trang 1 / 2" span, numbered links, "»" and "Cuối »" to ``/page/N`` without a
   trailing slash; S13 is only on page 2 of its category -> S13 is gold and must be found.
2. Post Views Counter appends "Lượt xem: 1.234" *inside* the entry content div (``.post-views
   .entry-meta``) after the byline -> not body, the byline is still the last text line.
3. TablePress tables in the text: a ``<h2 class="tablepress-table-name">`` above the table and a
   ``thead``/``tbody.row-hover`` with ``column-N`` cells -> the name is a heading paragraph, each
   row a paragraph with cells joined by " | " (header row included); DataTables' Vietnamese
   strings in the footer script are no text.
4. Yoast breadcrumb "Trang chủ » Tin tức - Sự kiện » Hoạt động ngành » <title>" while the
   theme's category badge over the h1 prints the parent "Tin tức - Sự kiện" (WordPress lists a
   post's categories by name and the theme prints the first) -> category is the breadcrumb's
   last section ("Hoạt động ngành").
5. Dates in the vi locale: "03 Tháng Mười Hai, 2026 lúc 2:30 chiều" (month names in words,
   12-hour clock with "sáng/chiều"); the meta line prints "Cập nhật lần cuối: …" *before* the
   posting date on edited posts -> published_at from "Đăng lúc", "2026-12-03T14:30:00+07:00";
   "12:00 sáng" is midnight -> the day alone (S11).
6. "Bài viết liên quan" (Contextual Related Posts) is appended *inside* the content div, with
   ``-150x150`` thumbnails and an h3 -> neither body nor images.
7. ``<!--nextpage-->``: S6 is split over ``….html`` and ``….html/2`` (``wp_link_pages``
   "Trang: 1 2"); page 2 repeats title, meta and plugins and Yoast gives it its own canonical ->
   one article, body and images of both pages in order; ``…/2`` is an alt path of S6.
8. Classic ``[caption]`` with an old theme (no html5 support): the caption is a
   ``<p class="wp-caption-text">`` inside ``div.wp-caption`` -> caption, not a body paragraph; an
   image without [caption] followed by a centred ``<em>(…)</em>`` line -> that line (parentheses
   off) is its caption; a centred "Ảnh: X" line -> photographer X, caption None.
9. Classic images linked to their attachment page: ``…/attachment/<name>`` prints an h1 (the
   file name), a date and the image like a post -> not an article (in NON_ARTICLES).
10. Shortlinks ``/?p=<id>`` serve the post with 200 -> alt paths, not new articles; listings link
    each post three times (thumbnail, title, ``#more-<id>``) and "N bình luận" ``#respond``.
11. wptexturize: quotes, dashes, ellipses and ``&`` as numeric references (``&#8220;``,
    ``&#8211;``, ``&#038;``) -> text as the characters (“ ” – … &).
12. Bylines: the theme prints "Người đăng: bbt_sogd" (a CMS account -> nobody); the text ends
    with a right-aligned bold "Minh Thư – Văn phòng Sở" (-> "Minh Thư"), "Tin, ảnh: X",
    "Tin: X - Ảnh: Y", "ThS. Lê Văn Hùng (Phó Trưởng phòng GDTrH)" (-> "Lê Văn Hùng"), a unit
    alone ("Phòng GDTrH"), "Nguồn: Báo Bạc Liêu" / "Theo moet.gov.vn" -> source.
13. S3 is an official notice (letterhead table, "Số: …", "THÔNG BÁO / Về việc …", "Nơi nhận" and
    signer table) posted a day after the letterhead's date -> date 2026-11-30, signer is the
    author, letterhead/closing not body.
14. Shift+Enter ``<br />`` inside a paragraph splits it; ``<p>&nbsp;</p>`` spacers are no text;
    the ``<span id="more-N"></span>`` anchor opens a paragraph.

Gold decisions on ambiguous points:
- S6's two pages are one article (path = page 1, ``…/2`` in alt_paths); its body joins both
  pages; the meta and plugins repeated on page 2 count once.
- A TablePress table's name (h2) is body (a heading in the text); the table has no description.
- The bold first paragraph (classic editors bold the lead) is the sapo = summary; posts without
  one have summary null (Yoast's meta description is the auto excerpt, not a sapo).
- Category = the breadcrumb's last section, which for child-category posts is the child.
- Attachment pages, pages (Giới thiệu, Cơ cấu tổ chức, Liên hệ, Thủ tục hành chính), archives,
  tags, search and feed are not articles.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_classic_pagenavi_sgddt"
PLATFORM = (
    "WordPress 5.8 classic editor, customised free magazine theme; WP-PageNavi, Post Views Counter, "
    "TablePress, Yoast SEO breadcrumbs, Contextual Related Posts"
)
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Bạc Liêu"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
UP = "/wp-content/uploads"

# slug -> (name, parent slug or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-nganh": ("Hoạt động ngành", "tin-tuc-su-kien"),
    "giao-duc-trung-hoc": ("Giáo dục Trung học", None),
    "giao-duc-mam-non-tieu-hoc": ("Giáo dục Mầm non - Tiểu học", None),
    "khao-thi-kiem-dinh": ("Khảo thí - Kiểm định", None),
    "thong-bao": ("Thông báo", None),
}
TOP_CATS = [s for s, (_, parent) in CATS.items() if parent is None]

TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "chuyen-doi-so": "chuyển đổi số",
    "nha-giao": "nhà giáo",
    "hoi-khoe-phu-dong": "Hội khỏe Phù Đổng",
}


def _byline(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{markup}</strong></p>')


NEXTPAGE = Raw("<!--nextpage-->")
SPACER = Raw("<p>&nbsp;</p>")

_LETTERHEAD = Raw(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center;">UBND TỈNH BẠC LIÊU<br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong>'
    "<br />Số: 1625/TB-SGDĐT</td>"
    '<td style="width: 60%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br /><em>Bạc Liêu, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS, THPT năm học 2026-2027</strong></p>"
)
_SIGNATURE = Raw(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "&#8211; Như trên;<br />&#8211; Giám đốc, các PGĐ Sở;<br />&#8211; Lưu: VT, GDTrH.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong>'
    "<br /><br /><em>(Đã ký)</em><br /><br /><strong>Trần Quốc Việt</strong></td>"
    "</tr></tbody></table>"
)

S1 = Story(
    id=1412,
    slug="so-gddt-trien-khai-nhiem-vu-trong-tam-thang-12-nam-2026",
    title="Sở GD&ĐT triển khai nhiệm vụ trọng tâm tháng 12 năm 2026",
    cat="hoat-dong-nganh",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo tỉnh Bạc Liêu tổ chức họp giao ban trực tuyến "
        "với các phòng GD&ĐT huyện, thị xã, thành phố để triển khai nhiệm vụ trọng tâm tháng 12."
    ),
    blocks=[
        P(
            "Chiều ngày 04/12/2026, Sở Giáo dục và Đào tạo tỉnh Bạc Liêu tổ chức họp giao ban trực tuyến "
            "với các phòng GD&ĐT huyện, thị xã, thành phố để triển khai nhiệm vụ trọng tâm tháng 12.",
            "b",
        ),
        P(
            "Phát biểu chỉ đạo, ông Trần Quốc Việt, Phó Giám đốc Sở nhấn mạnh tháng 12 là thời điểm các "
            "đơn vị tập trung tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng quy chế.",
            "more",
        ),
        Img(
            f"{UP}/2026/12/giao-ban-thang-12.jpg",
            "Quang cảnh buổi họp giao ban trực tuyến tại điểm cầu Sở GD&ĐT",
            "Quang cảnh buổi họp giao ban trực tuyến tại điểm cầu Sở GD&ĐT",
            "caption",
        ),
        P("Các nhiệm vụ trọng tâm được giao trong tháng gồm:", "h4"),
        P("Hoàn thành kiểm tra cuối học kỳ I trước ngày 10/01/2027;", "li"),
        P("Rà soát, cập nhật dữ liệu ngành trên cơ sở dữ liệu quốc gia;", "li"),
        P("Chuẩn bị các điều kiện tổ chức Tết Nguyên đán an toàn, tiết kiệm.", "li"),
        P("Các đơn vị báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 25/12/2026."),
        P("Mọi vướng mắc liên hệ số điện thoại 0291.3822.551 để được hướng dẫn.", "br"),
        SPACER,
        _byline("Minh Thư &#8211; Văn phòng Sở"),
    ],
    authors=["Minh Thư"],
    opts={"posted": "2026-12-04 16:45", "views": 512, "tags": []},
)

S2 = Story(
    id=1405,
    slug="ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
    title="Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027: 486 thí sinh dự thi",
    cat="giao-duc-trung-hoc",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 02 và 03/12/2026, Sở GD&ĐT Bạc Liêu tổ chức Kỳ thi chọn học sinh giỏi lớp 12 "
            "cấp tỉnh với 486 thí sinh đến từ 14 trường THPT trong tỉnh.",
            "more",
        ),
        P(
            "Kỳ thi được tổ chức tại Hội đồng thi Trường THPT Chuyên Bạc Liêu với 10 môn: Toán, Vật lí, "
            "Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh và Giáo dục kinh tế và pháp luật."
        ),
        Img(
            f"{UP}/2026/12/hsg-lop-12-1.jpg",
            "Thí sinh làm thủ tục dự thi môn Toán",
            "Thí sinh làm thủ tục dự thi môn Toán",
            "caption-file",
        ),
        P("Số thí sinh dự thi một số môn", "tpname:12"),
        P("Môn thi | Số thí sinh | Số phòng thi", "th"),
        P("Toán | 58 | 3", "td"),
        P("Ngữ văn | 61 | 3", "td"),
        P("Tiếng Anh | 72 | 3", "td"),
        P("Tin học | 24 | 1", "td"),
        P(
            "Theo lịch, kết quả kỳ thi sẽ được công bố trước ngày 20/12/2026; các thí sinh đạt giải được "
            "xem xét chọn vào đội tuyển dự thi chọn học sinh giỏi quốc gia."
        ),
        _byline("Tin, ảnh: Hoàng Nam"),
    ],
    authors=["Hoàng Nam"],
    photographers=["Hoàng Nam"],
    opts={"posted": "2026-12-03 14:30", "modified": "2026-12-04 08:05", "views": 1876, "tags": ["hoc-sinh-gioi"]},
)

S3 = Story(
    id=1398,
    slug="thong-bao-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs-thpt",
    title="Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS, THPT năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch số 1480/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về thực hiện "
            "nhiệm vụ giáo dục trung học năm học 2026-2027;"
        ),
        P(
            "Sở GD&ĐT thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS, THPT năm học "
            "2026-2027 như sau:"
        ),
        P("1. Thời gian: từ ngày 12/01/2027 đến ngày 15/01/2027.", "b-inline"),
        P("2. Địa điểm: Trường THPT Bạc Liêu, số 10 đường Võ Thị Sáu, phường 3, thành phố Bạc Liêu.", "b-inline"),
        P(
            "3. Hồ sơ đăng ký: các đơn vị gửi danh sách giáo viên dự thi về Sở (qua Phòng GDTrH) trước "
            "ngày 25/12/2026.",
            "b-inline",
        ),
        P("Đề nghị Thủ trưởng các đơn vị triển khai thực hiện./."),
        _SIGNATURE,
    ],
    authors=["Trần Quốc Việt"],
    opts={"posted": "2026-12-01 16:20", "views": 1203, "tags": []},
)

S4 = Story(
    id=1391,
    slug="hoi-thi-giao-vien-day-gioi-cap-tieu-hoc-tinh-bac-lieu",
    title="Hội thi Giáo viên dạy giỏi cấp tiểu học tỉnh Bạc Liêu năm học 2026-2027",
    cat="giao-duc-mam-non-tieu-hoc",
    published_at="2026-12-01T09:10:00+07:00",
    summary=(
        "Sáng 30/11/2026, tại Trường Tiểu học Lê Văn Tám, Sở GD&ĐT khai mạc Hội thi Giáo viên dạy giỏi "
        "cấp tiểu học với 96 giáo viên tham gia."
    ),
    blocks=[
        P(
            "Sáng 30/11/2026, tại Trường Tiểu học Lê Văn Tám, Sở GD&ĐT khai mạc Hội thi Giáo viên dạy giỏi "
            "cấp tiểu học với 96 giáo viên tham gia.",
            "b",
        ),
        P(
            "Hội thi nhằm tôn vinh những giáo viên có năng lực chuyên môn vững vàng, đồng thời tạo điều kiện "
            "để giáo viên giao lưu, học hỏi kinh nghiệm dạy học theo Chương trình GDPT 2018.",
            "more",
        ),
        Img(f"{UP}/2026/12/gvdg-tieu-hoc-1.jpg", "(Các thí sinh bốc thăm bài dạy)", "Các thí sinh bốc thăm bài dạy", "em"),
        P(
            "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết dạy "
            "trên lớp, trong đó có một tiết dạy môn Tiếng Việt."
        ),
        Img(
            f"{UP}/2026/12/gvdg-tieu-hoc-2.jpg",
            "Tiết dạy Tiếng Việt lớp 3 của cô Phạm Thị Mỹ Duyên (Trường TH Phước Long A)",
            "Tiết dạy Tiếng Việt lớp 3 của cô Phạm Thị Mỹ Duyên (Trường TH Phước Long A)",
            "caption",
        ),
        P("Hội thi sẽ kéo dài đến hết ngày 06/12/2026."),
        _byline("Tin: Thanh Tâm - Ảnh: Quốc Khánh"),
    ],
    authors=["Thanh Tâm"],
    photographers=["Quốc Khánh"],
    opts={"posted": "2026-12-01 09:10", "views": 1455, "tags": ["nha-giao"]},
)

S5 = Story(
    id=1384,
    slug="ket-qua-kiem-dinh-chat-luong-giao-duc-dot-2-nam-2026",
    title="Kết quả kiểm định chất lượng giáo dục và công nhận trường đạt chuẩn quốc gia đợt 2 năm 2026",
    cat="khao-thi-kiem-dinh",
    published_at="2026-11-28T10:00:00+07:00",
    blocks=[
        P(
            "Sở GD&ĐT Bạc Liêu vừa ban hành quyết định công nhận kết quả kiểm định chất lượng giáo dục và "
            "trường đạt chuẩn quốc gia đợt 2 năm 2026 đối với 9 trường.",
            "more",
        ),
        P("Danh sách cụ thể như sau:"),
        P("TT | Tên trường | Cấp độ kiểm định | Mức chuẩn quốc gia", "th"),
        P("1 | Trường MN Hoa Sen | Cấp độ 3 | Mức độ 1", "td"),
        P("2 | Trường TH Vĩnh Trạch | Cấp độ 2 | Mức độ 1", "td"),
        P("3 | Trường THCS Ninh Quới | Cấp độ 3 | Mức độ 2", "td"),
        P("4 | Trường THPT Giá Rai | Cấp độ 2 | Mức độ 1", "td"),
        P(
            "Các trường được công nhận có trách nhiệm duy trì, nâng cao chất lượng và tiếp tục cải tiến theo "
            "kế hoạch sau đánh giá."
        ),
        Raw('<p style="text-align: right;"><em><strong>Phòng Khảo thí và Quản lý chất lượng giáo dục</strong></em></p>'),
    ],
    authors=["Phòng Khảo thí và Quản lý chất lượng giáo dục"],
    opts={"posted": "2026-11-28 10:00", "views": 640, "tags": []},
)

S6 = Story(
    id=1377,
    slug="hoi-thao-chuyen-doi-so-trong-day-hoc-va-quan-ly-giao-duc-nam-2026",
    title="Hội thảo “Chuyển đổi số trong dạy học và quản lý giáo dục” năm 2026",
    cat="hoat-dong-nganh",
    published_at="2026-11-25T15:20:00+07:00",
    summary=(
        "Ngày 25/11/2026, Sở GD&ĐT Bạc Liêu tổ chức Hội thảo “Chuyển đổi số trong dạy học và quản lý "
        "giáo dục” với sự tham dự của hơn 200 cán bộ quản lý, giáo viên."
    ),
    blocks=[
        P(
            "Ngày 25/11/2026, Sở GD&ĐT Bạc Liêu tổ chức Hội thảo “Chuyển đổi số trong dạy học và quản lý "
            "giáo dục” với sự tham dự của hơn 200 cán bộ quản lý, giáo viên.",
            "b",
        ),
        P(
            "Hội thảo gồm 12 tham luận về ứng dụng học bạ số, sổ điểm điện tử, bài giảng điện tử và hệ thống "
            "quản lý trường học dùng chung toàn tỉnh.",
            "more",
        ),
        Img(
            f"{UP}/2026/11/hoi-thao-cds-1.jpg",
            "Đại biểu tham dự Hội thảo tại hội trường Sở",
            "Đại biểu tham dự Hội thảo tại hội trường Sở",
            "caption",
        ),
        P(
            "Theo báo cáo, đến nay 100% trường phổ thông trên địa bàn tỉnh đã triển khai học bạ số đối với "
            "học sinh lớp 1, lớp 6 và lớp 10…"
        ),
        NEXTPAGE,
        P("Những khó khăn cần tháo gỡ", "h3"),
        P(
            "Bên cạnh kết quả đạt được, các đại biểu cũng chỉ ra hạ tầng mạng ở một số điểm trường vùng sâu "
            "còn yếu, thiết bị của giáo viên chưa đồng bộ."
        ),
        P("Hội thảo thống nhất ba nhóm giải pháp trọng tâm:"),
        P("Đầu tư đường truyền cho các điểm trường lẻ;", "li"),
        P("Bồi dưỡng kỹ năng số cho giáo viên theo từng năm học;", "li"),
        P("Chia sẻ kho học liệu số dùng chung của tỉnh.", "li"),
        Img(
            f"{UP}/2026/11/hoi-thao-cds-2.jpg",
            "Giáo viên Trường THCS Võ Thị Sáu giới thiệu bài giảng điện tử",
            "Giáo viên Trường THCS Võ Thị Sáu giới thiệu bài giảng điện tử",
            "caption",
        ),
        _byline("ThS. Lê Văn Hùng (Phó Trưởng phòng GDTrH)"),
    ],
    authors=["Lê Văn Hùng"],
    opts={"posted": "2026-11-25 15:20", "views": 733, "tags": ["chuyen-doi-so"]},
)

ATTACH_NAME = "ky-niem-20-11-a1"

S7 = Story(
    id=1370,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T08:00:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Sở GD&ĐT Bạc Liêu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026.",
            "more",
        ),
        Img(
            f"{UP}/2026/11/{ATTACH_NAME}.jpg",
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
            "caption-attach",
        ),
        P(
            "Năm học 2025-2026, toàn ngành có 52 tập thể, 318 cá nhân được tặng danh hiệu thi đua và hình "
            "thức khen thưởng các cấp."
        ),
        P("Dịp này, 44 nhà giáo tiêu biểu được Sở tuyên dương."),
        Img(f"{UP}/2026/11/ky-niem-20-11-a2.jpg", "Ảnh: Quốc Khánh", None, "em"),
        P(
            "Phát biểu tại buổi lễ, Giám đốc Sở gửi lời tri ân sâu sắc đến các thế hệ nhà giáo đã và đang "
            "công tác trong ngành."
        ),
        _byline("Bảo Ngọc"),
    ],
    authors=["Bảo Ngọc"],
    photographers=["Quốc Khánh"],
    opts={"posted": "2026-11-20 08:00", "views": 1702, "tags": ["nha-giao"]},
)

S8 = Story(
    id=1363,
    slug="tap-huan-giao-vien-cot-can-ve-doi-moi-kiem-tra-danh-gia",
    title="Tập huấn giáo viên cốt cán về đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-16T07:45:00+07:00",
    blocks=[
        P(
            "Từ ngày 13 đến 15/11/2026, Sở GD&ĐT tổ chức tập huấn cho 180 giáo viên cốt cán cấp THCS, THPT "
            "về xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ.",
            "more",
        ),
        Img(f"{UP}/2026/11/tap-huan-ktdg.jpg", None, None, "plain"),
        P(
            "Báo cáo viên là các chuyên gia của Trường Đại học Sư phạm Thành phố Hồ Chí Minh; nội dung tập "
            "trung vào đánh giá năng lực thông qua các dạng câu hỏi mới."
        ),
        P("Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại tại đơn vị."),
        _byline("Nguyễn Thị Kim Loan - Trường THPT Chuyên Bạc Liêu"),
    ],
    authors=["Nguyễn Thị Kim Loan"],
    opts={"posted": "2026-11-16 07:45", "views": 388, "tags": ["chuyen-doi-so"]},
)

S9 = Story(
    id=1356,
    slug="hon-1200-suat-hoc-bong-tiep-buoc-den-truong",
    title="Bạc Liêu: Hơn 1.200 suất học bổng “Tiếp bước đến trường” được trao cho học sinh khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-10T11:30:00+07:00",
    blocks=[
        P(
            "Quỹ Khuyến học tỉnh phối hợp với Sở GD&ĐT vừa trao hơn 1.200 suất học bổng “Tiếp bước đến "
            "trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt.",
            "more",
        ),
        P(
            "Mỗi suất học bổng trị giá từ 1 đến 2 triệu đồng, tổng kinh phí hơn 1,8 tỷ đồng do các doanh "
            "nghiệp, nhà hảo tâm đóng góp."
        ),
        P("Em Lâm Thị Ngọc Hân, lớp 9A Trường THCS Vĩnh Hậu chia sẻ: “Em sẽ cố gắng học thật tốt”."),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: <a href="https://www.baobaclieu.vn/giao-duc" '
            'target="_blank" rel="noopener">Báo Bạc Liêu</a></em></p>'
        ),
    ],
    source="Báo Bạc Liêu",
    opts={"posted": "2026-11-10 11:30", "views": 1320, "tags": []},
)

S10 = Story(
    id=1349,
    slug="trien-khai-quy-dinh-ve-day-them-hoc-them-trong-nha-truong",
    title="Triển khai quy định về dạy thêm, học thêm trong nhà trường",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-04T09:00:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch, trong tháng 11/2026 các trường THCS, THPT hoàn thành việc rà soát, công khai "
            "danh sách giáo viên tham gia dạy thêm, học thêm.",
            "more",
        ),
        P(
            "Bộ GD&ĐT yêu cầu việc dạy thêm trong nhà trường không thu tiền của học sinh và chỉ dành cho "
            "các đối tượng theo quy định."
        ),
        P("Các sở GD&ĐT tăng cường thanh tra, kiểm tra – xử lý nghiêm các trường hợp vi phạm."),
        Raw('<p style="text-align: right;"><em>Theo moet.gov.vn</em></p>'),
    ],
    source="moet.gov.vn",
    opts={"posted": "2026-11-04 09:00", "views": 905, "tags": []},
)

S11 = Story(
    id=1342,
    slug="huong-dan-kiem-tra-danh-gia-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Hướng dẫn tổ chức kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027",
    cat="giao-duc-trung-hoc",
    published_at="2026-10-28",
    blocks=[
        P(
            "Sở GD&ĐT hướng dẫn các trường trung học tổ chức kiểm tra, đánh giá giữa học kỳ I năm học "
            "2026-2027 với một số nội dung sau:",
            "more",
        ),
        P("Thời gian kiểm tra từ ngày 02/11 đến ngày 14/11/2026;", "li"),
        P("Đề kiểm tra do tổ chuyên môn xây dựng theo ma trận, bản đặc tả;", "li"),
        P("Kết quả được cập nhật lên hệ thống quản lý trường học chậm nhất sau 7 ngày.", "li"),
        P("Các trường báo cáo kết quả về Phòng GDTrH trước ngày 25/11/2026."),
        Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
    ],
    authors=["Phòng GDTrH"],
    opts={"posted": "2026-10-28 00:00", "views": 271, "tags": []},
)

S12 = Story(
    id=1335,
    slug="soi-noi-ngay-hoi-doc-sach-tai-cac-truong-tieu-hoc-huyen-hong-dan",
    title="Sôi nổi “Ngày hội đọc sách” tại các trường tiểu học huyện Hồng Dân",
    cat="hoat-dong-nganh",
    published_at="2026-10-20T10:15:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào phát triển văn hóa đọc, các trường tiểu học huyện Hồng Dân đồng loạt tổ "
            "chức “Ngày hội đọc sách” năm 2026.",
            "more",
        ),
        Img(
            f"{UP}/2026/10/ngay-hoi-doc-sach.jpg",
            "Học sinh Trường TH Ninh Thạnh Lợi tham gia đọc sách tại thư viện xanh",
            "Học sinh Trường TH Ninh Thạnh Lợi tham gia đọc sách tại thư viện xanh",
            "caption",
        ),
        P(
            "Ngày hội có nhiều hoạt động như giới thiệu sách, vẽ tranh theo nội dung truyện, hóa trang nhân "
            "vật văn học và đổi sách cũ lấy sách mới."
        ),
        P("Dịp này, các trường tiếp nhận hơn 3.000 đầu sách do phụ huynh và nhà hảo tâm trao tặng."),
        _byline("Tin, ảnh: Trúc Linh"),
    ],
    authors=["Trúc Linh"],
    photographers=["Trúc Linh"],
    opts={"posted": "2026-10-20 10:15", "views": 459, "tags": []},
)

S13 = Story(
    id=1328,
    slug="khai-mac-hoi-khoe-phu-dong-tinh-bac-lieu-lan-thu-xi-nam-2026",
    title="Khai mạc Hội khỏe Phù Đổng tỉnh Bạc Liêu lần thứ XI năm 2026",
    cat="giao-duc-trung-hoc",
    published_at="2026-10-12T08:30:00+07:00",
    summary=(
        "Tối 11/10/2026, tại Nhà thi đấu đa năng tỉnh, Sở GD&ĐT phối hợp Sở Văn hóa, Thể thao và Du lịch "
        "khai mạc Hội khỏe Phù Đổng tỉnh Bạc Liêu lần thứ XI."
    ),
    blocks=[
        P(
            "Tối 11/10/2026, tại Nhà thi đấu đa năng tỉnh, Sở GD&ĐT phối hợp Sở Văn hóa, Thể thao và Du lịch "
            "khai mạc Hội khỏe Phù Đổng tỉnh Bạc Liêu lần thứ XI.",
            "b",
        ),
        P(
            "Hội khỏe có hơn 1.500 vận động viên là học sinh đến từ 7 đơn vị huyện, thị xã, thành phố tranh "
            "tài ở 12 môn thể thao.",
            "more",
        ),
        Img(
            f"{UP}/2026/10/hkpd-khai-mac.jpg",
            "Màn đồng diễn thể dục của học sinh thành phố Bạc Liêu",
            "Màn đồng diễn thể dục của học sinh thành phố Bạc Liêu",
            "caption",
        ),
        P("Hội khỏe diễn ra đến ngày 20/10/2026."),
        _byline("Hữu Phước"),
    ],
    authors=["Hữu Phước"],
    opts={"posted": "2026-10-12 08:30", "views": 622, "tags": ["hoi-khoe-phu-dong"]},
)

STORIES: list[Story] = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}


def post_path(s: Story) -> str:
    y, m = s.opts["posted"][:4], s.opts["posted"][5:7]
    return f"/{y}/{m}/{s.slug}.html"


def cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/category/{parent}/{slug}" if parent else f"/category/{slug}"


BY_PATH = {post_path(s): s for s in STORIES}
ATTACH_PATH = post_path(S7) + "/attachment/" + ATTACH_NAME
S6_PAGE2 = post_path(S6) + "/2"


# --- text as WordPress prints it --------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def tx(value: str) -> str:
    """Escaped and wptexturized: curly quotes, dashes and ellipses as numeric references."""
    out = esc(value).replace("&quot;", "&#8221;").replace("&#x27;", "&#8217;")
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def tx_title(value: str) -> str:
    return tx(value).replace("&amp;", "&#038;")


_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


def vi_date(stamp: str, with_time: bool = True) -> str:
    """'2026-12-03 14:30' -> '03 Tháng Mười Hai, 2026 lúc 2:30 chiều' (WordPress vi locale)."""
    y, m, d = int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10])
    day = f"{d:02d} {_MONTHS[m - 1]}, {y}"
    if not with_time:
        return day
    hh, mm = int(stamp[11:13]), int(stamp[14:16])
    h12 = hh % 12 or 12
    return f"{day} lúc {h12}:{mm:02d} {'sáng' if hh < 12 else 'chiều'}"


def short_date(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


def utc_iso(stamp: str) -> str:
    hh = int(stamp[11:13]) - 7
    day = int(stamp[8:10])
    month, year = int(stamp[5:7]), int(stamp[:4])
    if hh < 0:
        hh += 24
        day -= 1
        if day == 0:  # the first of a month: go back one month (Oct–Dec only here)
            month -= 1
            day = {9: 30, 10: 31, 11: 30}[month]
    return f"{year}-{month:02d}-{day:02d}T{hh:02d}:{stamp[14:16]}:00+00:00"


def views_text(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- the content div ---------------------------------------------------------------------------


def _img_tag(img: Img, wid: int) -> str:
    return (
        f'<img loading="lazy" class="aligncenter size-full wp-image-{wid}" src="{esc(img.src)}" '
        f'alt="" width="800" height="533" srcset="{esc(img.src)} 800w, '
        f'{esc(img.src[:-4])}-300x200.jpg 300w, {esc(img.src[:-4])}-768x512.jpg 768w" '
        f'sizes="(max-width: 800px) 100vw, 800px" />'
    )


def _render_img(s: Story, img: Img, wid: int) -> str:
    tag = _img_tag(img, wid)
    if img.style.startswith("caption"):
        if img.style == "caption-attach":
            tag = f'<a href="{ATTACH_PATH}" rel="attachment wp-att-{wid}">{tag}</a>'
        elif img.style == "caption-file":
            tag = f'<a href="{esc(img.src)}">{tag}</a>'
        return (
            f'<div id="attachment_{wid}" style="width: 810px" class="wp-caption aligncenter">{tag}'
            f'<p id="caption-attachment-{wid}" class="wp-caption-text">{tx(img.printed or "")}</p></div>'
        )
    if img.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{tx(img.printed or "")}</em></p>'
    return f"<p>{tag}</p>"


def _table(rows: list[P], table_id: int) -> str:
    head = [r for r in rows if r.style == "th"]
    body = [r for r in rows if r.style == "td"]
    out = [f'<table id="tablepress-{table_id}" class="tablepress tablepress-id-{table_id}">']
    n = 1
    if head:
        out.append("<thead>")
        for r in head:
            cells = "".join(f'<th class="column-{i}">{tx(c)}</th>' for i, c in enumerate(r.text.split(" | "), 1))
            out.append(f'<tr class="row-{n} {"odd" if n % 2 else "even"}">\n\t{cells}\n</tr>')
            n += 1
        out.append("</thead>")
    out.append('<tbody class="row-hover">')
    for r in body:
        cells = "".join(f'<td class="column-{i}">{tx(c)}</td>' for i, c in enumerate(r.text.split(" | "), 1))
        out.append(f'<tr class="row-{n} {"odd" if n % 2 else "even"}">\n\t{cells}\n</tr>')
        n += 1
    out.append("</tbody>\n</table>")
    out.append(f"<!-- #tablepress-{table_id} from cache -->")
    return "\n".join(out)


def content_pages(s: Story) -> list[str]:
    """The rendered entry content, one string per ``<!--nextpage-->`` page."""
    pages: list[list[str]] = [[]]
    blocks = s.blocks
    wid = s.id + 3
    table_id = s.id % 97
    i = 0
    while i < len(blocks):
        b = blocks[i]
        out = pages[-1]
        if b is NEXTPAGE:
            pages.append([])
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(s, b, wid))
            wid += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows, table_id))
            continue
        elif b.style.startswith("tpname:"):
            out.append(f'<h2 class="tablepress-table-name tablepress-table-name-id-{table_id}">{tx(b.text)}</h2>')
        elif b.style in ("h3", "h4"):
            out.append(f"<{b.style}><strong>{tx(b.text)}</strong></{b.style}>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{tx(b.text)}</strong></p>')
        elif b.style == "b-inline":
            head, _, rest = b.text.partition(": ")
            out.append(f'<p style="text-align: justify;"><strong>{tx(head)}:</strong> {tx(rest)}</p>')
        elif b.style == "more":
            out.append(f'<p style="text-align: justify;"><span id="more-{s.id}"></span>{tx(b.text)}</p>')
        elif b.style == "br":
            # Shift+Enter: the previous paragraph and this one are one <p> split by <br />
            prev = out.pop()
            out.append(prev[: -len("</p>")] + f"<br />\n{tx(b.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;"><span style="font-size: 12pt;">{tx(b.text)}</span></p>')
        i += 1
    return ["\n".join(p) for p in pages]


# --- chrome ------------------------------------------------------------------------------------


def _sorted_stories() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)


def _in_cat(s: Story, slug: str) -> bool:
    return s.cat == slug or CATS[s.cat][1] == slug


def _head(request: Request, title: str, canonical: str | None, extra: str = "", shortlink: int | None = None) -> str:
    base = base_url(request)
    can = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    short = f"<link rel='shortlink' href='{base}/?p={shortlink}' />\n" if shortlink else ""
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
<!-- This site is optimized with the Yoast SEO plugin v17.0 - https://yoast.com/wordpress/plugins/seo/ -->
{can}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE_NAME)}" />
{extra}<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="Sở GD&amp;ĐT Bạc Liêu &raquo; Dòng thông tin" href="{base}/feed" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.8.3' type='text/css' media='all' />
<link rel='stylesheet' id='wp-pagenavi-css' href='/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70' type='text/css' media='all' />
<link rel='stylesheet' id='tablepress-default-css' href='/wp-content/plugins/tablepress/css/default.min.css?ver=1.14' type='text/css' media='all' />
<link rel='stylesheet' id='magblue-style-css' href='/wp-content/themes/magblue-child/style.css?ver=2.1' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
{short}<meta name="generator" content="WordPress 5.8.3" />
</head>
"""


def _menu() -> str:
    def cat_li(slug: str) -> str:
        kids = [k for k, (_, p) in CATS.items() if p == slug]
        sub = ""
        if kids:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item"><a href="{cat_path(k)}">{esc(CATS[k][0])}</a></li>' for k in kids
            ) + "</ul>"
        cls = "menu-item menu-item-has-children" if kids else "menu-item"
        return f'<li class="{cls}"><a href="{cat_path(slug)}">{esc(CATS[slug][0])}</a>{sub}</li>'

    return (
        '<nav id="menu-chinh" class="mb-nav"><ul id="menu-menu-chinh" class="menu">'
        '<li class="menu-item home"><a href="/"><i class="fa fa-home"></i></a></li>'
        '<li class="menu-item menu-item-has-children"><a href="/gioi-thieu">Giới thiệu</a><ul class="sub-menu">'
        '<li class="menu-item"><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li class="menu-item"><a href="/lien-he">Liên hệ</a></li></ul></li>'
        + "".join(cat_li(s) for s in TOP_CATS)
        + '<li class="menu-item"><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>'
        '<li class="menu-item"><a href="https://vanban.baclieu.gov.vn" target="_blank">Văn bản</a></li>'
        "</ul></nav>"
    )


def _top(body_class: str) -> str:
    ticker = " &nbsp;|&nbsp; ".join(
        f'<a href="{post_path(s)}">{tx_title(s.title)}</a>' for s in _sorted_stories()[:3]
    )
    return f"""<body class="{body_class}">
<div id="bl-wrap">
<div class="thanh-tren"><span class="ngay-hom-nay">{HEADER_DATE}</span>
<span class="lk-nhanh"><a href="https://mail.baclieu.edu.vn" target="_blank">Thư điện tử</a> | <a href="/lien-he">Liên hệ</a></span>
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s" placeholder="Tìm kiếm…" /><button type="submit">Tìm</button></form>
</div>
<header id="mb-header"><div class="mb-logo"><a href="/" rel="home"><img src="{UP}/2021/03/logo-sgddt-baclieu.png" alt="Sở GD&amp;ĐT Bạc Liêu" /></a></div>
<div class="mb-tieude"><span class="dong1">UBND TỈNH BẠC LIÊU</span><span class="dong2">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></header>
{_menu()}
<div class="tin-chay"><strong>Tin mới:</strong> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div>
<div id="mb-main" class="clearfix">
<div id="mb-content" class="cot-trai">
"""


def _sidebar() -> str:
    most = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    most_li = "".join(
        f'<li><a href="{post_path(s)}" title="{esc(s.title)}">{tx_title(s.title)}</a>'
        f' <span class="post-views-count">({views_text(s.opts["views"])})</span></li>'
        for s in most
    )
    months = [("2026", "12", "Tháng Mười Hai 2026"), ("2026", "11", "Tháng Mười Một 2026"), ("2026", "10", "Tháng Mười 2026")]
    opts = "".join(
        f"<option value='/{y}/{m}'> {label} &nbsp;({sum(1 for s in STORIES if s.opts['posted'][:7] == f'{y}-{m}')})</option>"
        for y, m, label in months
    )
    return f"""</div><!-- .cot-trai -->
<aside id="mb-sidebar" class="cot-phai">
<section id="post_views_counter_list_widget-2" class="widget widget_post_views_counter_list_widget"><h3 class="widget-title"><span>Xem nhiều</span></h3>
<ul>{most_li}</ul></section>
<section id="archives-3" class="widget widget_archive"><h3 class="widget-title"><span>Lưu trữ</span></h3>
<label class="screen-reader-text" for="archives-dropdown-3">Lưu trữ</label>
<select id="archives-dropdown-3" name="archive-dropdown">
<option value="">Chọn tháng</option>{opts}
</select>
<script type="text/javascript">
(function() {{ var dropdown = document.getElementById( "archives-dropdown-3" );
function onSelectChange() {{ if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
document.location.href = this.options[ this.selectedIndex ].value; }} }}
dropdown.onchange = onSelectChange; }})();
</script></section>
<section id="text-5" class="widget widget_text"><h3 class="widget-title"><span>Liên kết website</span></h3>
<div class="textwidget"><p><a href="https://moet.gov.vn" target="_blank"><img src="{UP}/2021/03/banner-bo-gddt.jpg" alt="Bộ GD&amp;ĐT" /></a></p>
<p><a href="https://baclieu.gov.vn" target="_blank"><img src="{UP}/2021/03/banner-ubnd-tinh.jpg" alt="Cổng TTĐT tỉnh Bạc Liêu" /></a></p></div></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p><strong>Bạn quan tâm thông tin nào trên website?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-11" name="poll_4" value="11" /> <label for="poll-answer-11">Tin tức giáo dục</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_4" value="12" /> <label for="poll-answer-12">Văn bản chỉ đạo</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Tuyển sinh</label></li></ul>
<p><input type="button" name="vote" value="Bình chọn" class="Buttons" onclick="poll_vote(4);" /></p></form></div></section>
<section id="custom_html-2" class="widget_text widget widget_custom_html"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<div class="textwidget custom-html-widget"><ul class="thong-ke"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.204</b></li><li>Tổng truy cập: <b>3.486.512</b></li></ul></div></section>
</aside>
</div><!-- #mb-main -->
"""


FOOTER = """<footer id="mb-footer"><div class="chan-trang">
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẠC LIÊU</strong></p>
<p>Địa chỉ: Số 02 đường Hòa Bình, phường 1, thành phố Bạc Liêu, tỉnh Bạc Liêu</p>
<p>Điện thoại: 0291.3822.551 &#8211; Email: sgddt@baclieu.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Bạc Liêu</p>
<p>&copy; 2014 &#8211; 2026 Sở GD&amp;ĐT Bạc Liêu. Thiết kế: <a href="https://blweb.vn" target="_blank">BLWeb</a></p>
</div></footer>
</div><!-- #bl-wrap -->
<script type='text/javascript' src='/wp-content/plugins/tablepress/js/jquery.datatables.min.js?ver=1.14' id='tablepress-datatables-js'></script>
<script type="text/javascript">
jQuery(function($){
var DataTables_language={};
DataTables_language["vi"]={"info":"Đang xem _START_ đến _END_ trong tổng số _TOTAL_ mục","infoEmpty":"Đang xem 0 đến 0 trong tổng số 0 mục","lengthMenu":"Xem _MENU_ mục","processing":"Đang xử lý...","search":"Tìm:","zeroRecords":"Không tìm thấy dòng nào phù hợp","paginate":{"first":"Đầu","previous":"Trước","next":"Tiếp","last":"Cuối"}};
});
</script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=5.8.3' id='wp-embed-js'></script>
</body>
</html>
"""


def _page(request: Request, title: str, body_class: str, main: str, canonical: str | None, extra: str = "", shortlink: int | None = None) -> Response:
    doc = _head(request, title, canonical, extra, shortlink) + _top(body_class) + main + _sidebar() + FOOTER
    headers = {"X-Powered-By": "PHP/7.4.33"}
    if shortlink:
        headers["Link"] = f"<{base_url(request)}/?p={shortlink}>; rel=shortlink"
    return html(doc, headers=headers)


def _breadcrumb(request: Request, trail: list[tuple[str, str]], last: str) -> str:
    base = base_url(request)
    inner = f'<span class="breadcrumb_last" aria-current="page">{last}</span>'
    for href, label in reversed(trail):
        inner = f'<span><a href="{base}{href}">{label}</a> » {inner}</span>'
    return f'<div class="duong-dan"><p id="breadcrumbs">{inner}</p></div>'


def _cat_trail(slug: str) -> list[tuple[str, str]]:
    trail = [("/", "Trang chủ")]
    parent = CATS[slug][1]
    if parent:
        trail.append((cat_path(parent), esc(CATS[parent][0])))
    trail.append((cat_path(slug), esc(CATS[slug][0])))
    return trail


# --- templates --------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    first = next((b for b in s.blocks if isinstance(b, Img)), None)
    src = first.src[:-4] + "-300x200.jpg" if first else f"{UP}/2021/03/no-thumb-300x200.jpg"
    return src


def _excerpt(s: Story) -> str:
    words = " ".join(s.paragraphs).split()
    return tx(" ".join(words[:40])) + " [&hellip;]"


def _list_item(s: Story) -> str:
    p = post_path(s)
    return f"""<article id="post-{s.id}" class="tin-ds post-{s.id} post type-post status-publish format-standard has-post-thumbnail category-{s.cat}">
<div class="tin-ds-anh"><a href="{p}" title="{esc(s.title)}"><img width="300" height="200" src="{_thumb(s)}" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" /></a></div>
<div class="tin-ds-nd"><h2 class="tin-ds-tieude"><a href="{p}" rel="bookmark">{tx_title(s.title)}</a></h2>
<div class="tin-ds-meta"><span class="ngay"><i class="fa fa-calendar"></i> {short_date(s.opts["posted"])}</span> <span class="luot-xem"><i class="fa fa-eye"></i> {views_text(s.opts["views"])}</span> <a href="{p}#respond" class="so-bl">0 bình luận</a></div>
<p>{_excerpt(s)}</p>
<a href="{p}#more-{s.id}" class="more-link">Xem tiếp <span class="meta-nav">&rarr;</span></a></div>
</article>
"""


def _pagenavi(base: str, page: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}/page/{n}"

    parts = [f"<span class='pages'>Trang {page} / {total}</span>"]
    if page > 1:
        parts.append(f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{href(page - 1)}">«</a>')
    for n in range(1, total + 1):
        if n == page:
            parts.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            cls = "page smaller" if n < page else "page larger"
            parts.append(f'<a class="{cls}" title="Trang {n}" href="{href(n)}">{n}</a>')
    if page < total:
        parts.append(f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{href(page + 1)}">»</a>')
        parts.append(f'<a class="last" aria-label="Trang cuối" href="{href(total)}">Cuối »</a>')
    return "<div class='wp-pagenavi' role='navigation'>\n" + "".join(parts) + "\n</div>"


def _listing(request: Request, base: str, page: int, items: list[Story], heading: str, trail: list[tuple[str, str]], body_class: str) -> Response | None:
    total = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > total:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    last = heading if page == 1 else f"{heading} - Trang {page}"
    crumbs = _breadcrumb(request, trail[:-1], esc(last)) if len(trail) > 1 else ""
    main = (
        crumbs
        + f'<header class="tieu-de-chuyen-muc"><h1 class="page-title">{esc(heading)}</h1></header>\n'
        + "".join(_list_item(s) for s in chunk)
        + _pagenavi(base, page, total)
    )
    canonical = base if page == 1 else f"{base}/page/{page}"
    title = f"{esc(heading)}{'' if page == 1 else f' - Trang {page} trên {total}'} - Sở GD&amp;ĐT Bạc Liêu"
    return _page(request, title, body_class + (" paged" if page > 1 else ""), main, canonical)


def _home(request: Request) -> Response:
    ordered = _sorted_stories()
    lead, rest = S7, [s for s in ordered[:4] if s is not S7][:3]
    featured = (
        '<div class="tin-noi-bat"><h2 class="khoi-tieude"><span>Tin nổi bật</span></h2>'
        f'<div class="nb-lon"><a href="{post_path(lead)}"><img src="{_thumb(lead)}" alt="{esc(lead.title)}" /></a>'
        f'<h3><a href="{post_path(lead)}">{tx_title(lead.title)}</a></h3><p>{_excerpt(lead)}</p></div><ul class="nb-nho">'
        + "".join(f'<li><a href="{post_path(s)}">{tx_title(s.title)}</a> <span class="ngay">({short_date(s.opts["posted"])})</span></li>' for s in rest)
        + "</ul></div>\n"
    )
    blocks = []
    for slug in TOP_CATS:
        items = [s for s in ordered if _in_cat(s, slug)][:3]
        lis = "".join(
            f'<li><a href="{post_path(s)}"><img src="{_thumb(s)[:-12]}-150x150.jpg" alt="" width="75" /></a>'
            f'<a href="{post_path(s)}" class="tieu-de">{tx_title(s.title)}</a></li>'
            for s in items
        )
        blocks.append(
            f'<div class="khoi-chuyenmuc km-{slug}"><h2 class="khoi-tieude"><a href="{cat_path(slug)}">{esc(CATS[slug][0])}</a></h2>'
            f'<ul>{lis}</ul><a class="xem-tat-ca" href="{cat_path(slug)}">Xem tất cả »</a></div>\n'
        )
    extra = '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bạc Liêu" />\n'
    return _page(request, "Sở Giáo dục và Đào tạo tỉnh Bạc Liêu - Cổng thông tin điện tử", "home blog", featured + "".join(blocks), "/", extra)


def _related(s: Story) -> list[Story]:
    group = CATS[s.cat][1] or s.cat
    newer = [o for o in _sorted_stories() if o is not s and _in_cat(o, group) and o.opts["posted"] > s.opts["posted"]]
    return newer[-3:][::-1] if newer else []


def _single(request: Request, s: Story, page: int = 1) -> Response:
    pages = content_pages(s)
    posted = s.opts["posted"]
    path = post_path(s)
    meta = ['<div class="bv-meta">']
    if "modified" in s.opts:
        meta.append(f'<span class="cap-nhat"><i class="fa fa-refresh"></i> Cập nhật lần cuối: {vi_date(s.opts["modified"])}</span> ')
    meta.append(f'<span class="dang-luc"><i class="fa fa-clock-o"></i> Đăng lúc: {vi_date(posted)}</span> ')
    meta.append('<span class="nguoi-dang"><i class="fa fa-user"></i> Người đăng: bbt_sogd</span> ')
    meta.append(f'<span class="luot-xem"><i class="fa fa-eye"></i> {views_text(s.opts["views"])}</span></div>')
    content = pages[page - 1]
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            if n == page:
                links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
            else:
                href = path if n == 1 else f"{path}/{n}"
                links.append(f'<a href="{href}" class="post-page-numbers">{n}</a>')
        content += '\n<div class="page-links">Trang: ' + " ".join(links) + "</div>"
    base = base_url(request)
    share = (
        '<div class="chia-se"><span>Chia sẻ:</span> '
        f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{path}" target="_blank" rel="nofollow">Facebook</a> '
        f'<a class="zalo" href="https://sp.zalo.me/share_inline?d={base}{path}" target="_blank" rel="nofollow">Zalo</a> '
        '<a class="in" href="javascript:window.print()">In bài viết</a></div>'
    )
    views = (
        f'<div class="post-views content-post post-{s.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span>'
        f' <span class="post-views-label">Lượt xem: </span> <span class="post-views-count">{views_text(s.opts["views"])}</span></div>'
    )
    rel = _related(s)
    related = ""
    if rel:
        lis = "".join(
            f'<li><a href="{post_path(o)}" class="crp_link post-{o.id}"><figure><img width="150" height="150" '
            f'src="{_thumb(o)[:-12]}-150x150.jpg" class="crp_thumb crp_featured" alt="{esc(o.title)}" title="{esc(o.title)}" /></figure>'
            f'<span class="crp_title">{tx_title(o.title)}</span></a></li>'
            for o in rel
        )
        related = f'<div class="crp_related crp-rounded-thumbs"><h3>Bài viết liên quan:</h3><ul>{lis}</ul><div class="crp_clear"></div></div>'
    tags = ""
    if s.opts["tags"]:
        tags = '<div class="the-bv"><i class="fa fa-tags"></i> Từ khóa: ' + ", ".join(
            f'<a href="/tag/{t}" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        ) + "</div>"
    badge_slug = CATS[s.cat][1] or s.cat
    crumbs = _breadcrumb(request, _cat_trail(s.cat), tx_title(s.title))
    main = f"""{crumbs}
<article id="post-{s.id}" class="bai-viet post-{s.id} post type-post status-publish format-standard category-{s.cat}">
<div class="nhan-cm"><a href="{cat_path(badge_slug)}" rel="category tag">{esc(CATS[badge_slug][0])}</a></div>
<h1 class="tieu-de-bv entry-title">{tx_title(s.title)}</h1>
{"".join(meta)}
<div class="noidung-bv entry-content clearfix">
{content}
{views}
{share}
{related}
</div>
{tags}
<div id="comments" class="binh-luan"><p class="nocomments">Bình luận đã bị đóng.</p></div>
</article>
"""
    canonical = path if page == 1 else f"{path}/{page}"
    description = esc(" ".join(" ".join(s.paragraphs).split()[:30]))
    schema = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": f"{base}{canonical}#webpage", "url": f"{base}{canonical}", "name": s.title,
             "datePublished": utc_iso(posted), "dateModified": utc_iso(s.opts.get("modified", posted))},
            {"@type": "Article", "headline": s.title[:110], "author": {"name": "bbt_sogd"},
             "datePublished": utc_iso(posted), "articleSection": [CATS[badge_slug][0], CATS[s.cat][0]] if badge_slug != s.cat else [CATS[s.cat][0]]},
        ],
    }
    extra = (
        f'<meta name="description" content="{description}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{canonical}" />\n'
        f'<meta property="article:published_time" content="{utc_iso(posted)}" />\n'
        + (f'<meta property="article:modified_time" content="{utc_iso(s.opts["modified"])}" />\n' if "modified" in s.opts else "")
        + f'<meta name="author" content="bbt_sogd" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(schema, ensure_ascii=False)}</script>\n'
    )
    title = f"{tx_title(s.title)}{'' if page == 1 else f' - Trang {page}'} - Sở GD&amp;ĐT Bạc Liêu"
    return _page(request, title, f"post-template-default single single-post postid-{s.id} single-format-standard", main, canonical, extra, s.id)


def _attachment(request: Request) -> Response:
    src = f"{UP}/2026/11/{ATTACH_NAME}.jpg"
    main = f"""<article id="post-1373" class="bai-viet post-1373 attachment type-attachment status-inherit">
<h1 class="tieu-de-bv entry-title">{ATTACH_NAME}</h1>
<div class="bv-meta"><span class="dang-luc"><i class="fa fa-clock-o"></i> Đăng lúc: {vi_date("2026-11-20 07:52")}</span> <span class="nguoi-dang">Người đăng: bbt_sogd</span></div>
<div class="noidung-bv entry-content"><p class="attachment"><a href="{src}"><img width="800" height="533" src="{src}" class="attachment-medium size-medium" alt="" /></a></p>
<p>Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu</p></div>
<nav class="anh-dieu-huong">Đăng trong <a href="{post_path(S7)}">{tx_title(S7.title)}</a></nav>
</article>
"""
    return _page(request, f"{ATTACH_NAME} - Sở GD&amp;ĐT Bạc Liêu", "attachment attachment-template-default single single-attachment postid-1373", main, ATTACH_PATH)


PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Sở Giáo dục và Đào tạo tỉnh Bạc Liêu là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp UBND tỉnh "
        "quản lý nhà nước về giáo dục và đào tạo.</p><p>Sở được tái lập năm 1997 khi tỉnh Bạc Liêu được tái lập.</p>"
        '<ul><li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám đốc</strong></p><p>Giám đốc: Nguyễn Văn Thắng</p><p>Phó Giám đốc: Trần Quốc Việt</p>"
        "<p><strong>Các phòng chuyên môn</strong></p><ul><li>Văn phòng Sở</li><li>Phòng Giáo dục Trung học</li>"
        "<li>Phòng Giáo dục Mầm non &#8211; Tiểu học</li><li>Phòng Khảo thí và Quản lý chất lượng giáo dục</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Số 02 đường Hòa Bình, phường 1, thành phố Bạc Liêu</p><p>Điện thoại: 0291.3822.551</p>"
        '<div role="form" class="wpcf7" id="wpcf7-f88-p90-o1"><form action="/lien-he#wpcf7-f88-p90-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ tên<br /><input type="text" name="your-name" /></label></p><p><label>Nội dung<br /><textarea name="your-message"></textarea></label></p>'
        '<p><input type="submit" value="Gửi" class="wpcf7-submit" /></p></form></div>',
    ),
    "thu-tuc-hanh-chinh": (
        "Thủ tục hành chính",
        "<p>Các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở GD&amp;ĐT được công khai tại Cổng dịch vụ công tỉnh.</p>"
        '<table class="tablepress tablepress-id-2" id="tablepress-2"><thead><tr class="row-1"><th class="column-1">TT</th><th class="column-2">Thủ tục</th></tr></thead>'
        '<tbody class="row-hover"><tr class="row-2"><td class="column-1">1</td><td class="column-2"><a href="https://dichvucong.baclieu.gov.vn" target="_blank">Cấp bản sao văn bằng, chứng chỉ</a></td></tr>'
        '<tr class="row-3"><td class="column-1">2</td><td class="column-2"><a href="https://dichvucong.baclieu.gov.vn" target="_blank">Chuyển trường đối với học sinh THPT</a></td></tr></tbody></table>',
    ),
}


def _wp_page(request: Request, slug: str) -> Response:
    title, body = PAGES[slug]
    crumbs = _breadcrumb(request, [("/", "Trang chủ")], esc(title))
    main = f"""{crumbs}<article id="post-{90 + len(slug)}" class="trang page type-page status-publish">
<h1 class="tieu-de-bv entry-title">{esc(title)}</h1>
<div class="noidung-bv entry-content">{body}</div></article>
"""
    return _page(request, f"{esc(title)} - Sở GD&amp;ĐT Bạc Liêu", f"page-template-default page page-id-{90 + len(slug)}", main, f"/{slug}")


def _search(request: Request) -> Response:
    q = request.params.get("s", "")
    main = (
        f'<header class="tieu-de-chuyen-muc"><h1 class="page-title">Kết quả tìm kiếm cho: {esc(q)}</h1></header>'
        "<p>Không tìm thấy nội dung phù hợp. Vui lòng thử lại với từ khóa khác.</p>"
    )
    resp = _page(request, f"Bạn đã tìm kiếm {esc(q)} - Sở GD&amp;ĐT Bạc Liêu", "search search-no-results", main, None)
    resp.headers["X-Robots-Tag"] = "noindex"
    return resp


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in _sorted_stories()[:10]:
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link>"
            f"<guid isPermaLink=\"false\">{base}/?p={s.id}</guid>"
            f"<category><![CDATA[{CATS[s.cat][0]}]]></category><description><![CDATA[{' '.join(s.paragraphs)[:200]} [&#8230;]]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Sở GD&amp;ĐT Bạc Liêu</title><link>{base}</link><language>vi</language>"
        + "".join(items)
        + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing -----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>.+?)(?:/page/(?P<n>\d+))?$")


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/") or path.startswith("/wp-includes/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return _single(request, s) if s else None
            if "s" in params:
                return _search(request)
            if request.query:
                return None
            return _home(request)
        if path.endswith("/") and len(path) > 1:
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if path == "/feed":
            return _feed(request)
        if path in BY_PATH:
            return _single(request, BY_PATH[path])
        if path == S6_PAGE2:
            return _single(request, S6, 2)
        if path == ATTACH_PATH:
            return _attachment(request)
        slug = path[1:]
        if slug in PAGES:
            return _wp_page(request, slug)
        m = _PAGED.match(path)
        if not m:
            return None
        base, n = m.group("base"), m.group("n")
        page = int(n) if n else 1
        if n == "1":
            return redirect(base, 301)
        ordered = _sorted_stories()
        for cslug in CATS:
            if base == cat_path(cslug):
                items = [s for s in ordered if _in_cat(s, cslug)]
                return _listing(request, base, page, items, CATS[cslug][0], _cat_trail(cslug), f"archive category category-{cslug}")
            if CATS[cslug][1] and base == f"/category/{cslug}":
                return redirect(cat_path(cslug) + (f"/page/{n}" if n else ""), 301)
        dm = re.fullmatch(r"/(\d{4})/(\d{2})", base)
        if dm:
            ym = f"{dm.group(1)}-{dm.group(2)}"
            items = [s for s in ordered if s.opts["posted"][:7] == ym]
            if not items:
                return None
            label = f"Tháng {int(dm.group(2))} năm {dm.group(1)}"
            return _listing(request, base, page, items, label, [("/", "Trang chủ"), (base, label)], "archive date")
        tm = re.fullmatch(r"/tag/([a-z0-9-]+)", base)
        if tm and tm.group(1) in TAGS:
            tag = tm.group(1)
            items = [s for s in ordered if tag in s.opts["tags"]]
            label = f"Từ khóa: {TAGS[tag]}"
            return _listing(request, base, page, items, label, [("/", "Trang chủ"), (base, label)], f"archive tag tag-{tag}")
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = [f"/?p={s.id}"]
    if s is S6:
        alts.insert(0, S6_PAGE2)
    return gold_record(s, post_path(s), CATS[s.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/thu-tuc-hanh-chinh", ATTACH_PATH]
