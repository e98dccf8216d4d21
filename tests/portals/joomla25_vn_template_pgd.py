"""Phòng Giáo dục và Đào tạo huyện Diễn Châu (Nghệ An) on Joomla 2.5 with a bought Vietnamese template.

Platform: Joomla 2.5.28, SEF URLs with mod_rewrite and the ".html" suffix, a template sold by a
Vietnamese shop ("vt_giaoduc_2014": its own module positions ``vt-top``, ``vt-left``,
``vt-right``, ``vt-user3`` and its own overrides of com_content's article and blog layouts), the
vi-VN language pack, the core plugins (email cloaking, caption.js, pagebreak in "sliders" mode,
vote) switched on.

URL scheme:
- ``/`` — featured articles (com_content featured view) and the modules;
- ``/<category-alias>.html`` — category blogs; pages ``?start=<N>`` (Tin tức - Sự kiện,
  Thông báo) or ``?limitstart=<N>`` (Hoạt động chuyên môn: its pagination was written by the
  template's own override), ``?start=0`` / ``?limitstart=0`` for the first page ("Đầu", "1");
- ``/<category-alias>/<id>-<alias>.html`` — an article;
- ``/tuyen-dung.html`` — a single-article menu item: the article's SEF URL *is* the menu alias;
- ``…?tmpl=component&print=1&layout=default&page=`` — the print view of any article;
- ``/index.php?option=com_content&view=article&id=<N>&catid=<C>&Itemid=<I>`` — the non-SEF
  links of the template's "Tin mới cập nhật" module override: the same article again;
- non-articles: ``/gioi-thieu.html``, ``/co-cau-to-chuc.html``, ``/lien-he.html``,
  ``/van-ban-chi-dao.html``, ``/thu-vien-anh.html``.

Page templates: header (logo, today's date, search box), a top menu with drop-downs, breadcrumbs
("Bạn đang ở: Trang chủ » …"), a left column (menu "Danh mục", "Đọc nhiều nhất", "Liên kết
website" select), a right column ("Tin mới cập nhật", poll, visitor counter "Đang online /
Hôm nay / Tổng truy cập"), the footer. Blog pages: one leading article, intro articles in two
columns, "Các bài viết khác" links to the next items, Joomla's pagination with "Trang 1 của 2".
Article pages: ``div.item-page`` with an ``h2`` title, the tool icons (print, email), the vote
form, ``dl.article-info``, the text in the template's ``div.vt-noidung`` (the template's override
drops Joomla's "< Trước / Tiếp >" links).

How each gold article is reached: home's featured items (58, 57, 59, 47), the "Đọc nhiều nhất"
module (SEF), "Tin mới cập nhật" (non-SEF index.php links: 59, 58, 57, 55, 54), the category
blogs. 46 is only on page 2 of Tin tức - Sự kiện (``?start=3``); 44 only on page 2 of Hoạt động
chuyên môn (``?limitstart=2``), 48 there and in 44's "Các tin mới hơn" box.

Traps:
1. ``<base href="http://host/" />`` at the site root, and the template writes every link and
   image relative ("tin-tuc-su-kien/58-….html", "images/tintuc/….jpg"): resolved against the
   page's own URL they double the folder (``/tin-tuc-su-kien/tin-tuc-su-kien/58-….html``), which
   404s. Gold: image paths from the root (``/images/…``), article paths as the base resolves them.
2. Dates from the vi-VN language pack with the month in words and a lower-case weekday:
   "Thứ năm, 03 Tháng Mười Hai 2026 14:30" (listings and articles alike). Gold: ISO with +07:00.
3. ``dl.article-info`` reordered by the template: "Cập nhật lần cuối" (modified) comes first,
   then "Ngày tạo" (created) and, when the article was scheduled, "Ngày xuất bản" (publish_up,
   later than created). Gold: the publish date when printed, else the created date; never the
   modified one. A created time "00:00" gives the day alone (48).
4. Email cloaking plugin: the address is written by ``document.write`` scripts and the page's
   own text carries the bare notice "Địa chỉ email này đang được bảo vệ khỏi chương trình thư
   rác, bạn cần bật JavaScript để xem nó." inside the paragraph. Gold: the paragraph without the
   notice and without the script-built address (59, 54).
5. caption.js: ``<img class="caption" title="…">`` — the caption is drawn by JavaScript from
   the title attribute, nothing is printed under the image in the HTML; the fulltext image
   field (``div.img-fulltext-left``) does the same with the image's caption field. Gold caption
   = the title text (58, 53). Other images print an italic centred line below (caption) or
   "Ảnh: X" (photographer, caption None).
6. Pagebreak plugin in "sliders" mode (57): the article's sections are accordion panes, each
   title an ``h3.pane-toggler`` wrapping ``<a href="javascript:void(0);"><span>`` and the text
   in ``div.pane-slider content`` (hidden by script). Gold: every pane title is a heading
   paragraph, every pane's text is body, in order.
7. Bylines: Joomla's "Viết bởi" prints the account ("Quản trị PGD", "pgddienchau": nobody) or
   the created_by_alias with a degree and a post ("ThS. Trần Thị Lan - Phó Trưởng phòng" ->
   "Trần Thị Lan"); some articles sign at the bottom in a right-aligned paragraph ("Tin, ảnh:
   Hồ Sỹ Minh", "Nguyễn Thị Hoa<br>Tổ Tiểu học").
8. Duplicates: print view (``tmpl=component&print=1``) and the non-SEF index.php links of the
   "Tin mới cập nhật" module -> ``alt_paths``; listings also answer at ``?start=0``.
9. Single-article menu item (59): ``/tuyen-dung.html`` prints the menu's page heading
   ``h1.componentheading`` "Tuyển dụng" and the window title "Tuyển dụng - PGD&ĐT Diễn Châu";
   the article's own title is the ``h2``. Gold title: the h2.
10. Blog layout: leading + two columns + "Các bài viết khác" (links to articles of the next
    page) + pagination whose parameter differs by category (``start`` / ``limitstart``).
11. The template's "Các tin mới hơn" module sits *inside* ``div.vt-noidung`` after the text
    (44, 53): titles and dates of other articles in a list, not body.
12. The vote plugin's form ("Đánh giá: / 5 … Bình chọn") and the hits line "Lượt xem: N" sit
    between the title and the text; the intro image in listings is a thumbnail of another
    file (``images/thumb/…``), not the article's photo.

Gold decisions on ambiguous points:
- The cloaked email (trap 4) is left out: its text exists only after scripts run; the notice is
  the plugin's, not the author's.
- caption.js captions (trap 5) are captions: every visitor with JavaScript sees them printed
  under the photo, and the title attribute holds exactly that line.
- A scheduled article's date is its "Ngày xuất bản" (when it went public), not "Ngày tạo".
- The pane titles of the sliders (trap 6) are headings of the text, hence body paragraphs.
- Table rows in the text: cells joined by " | " (46).
- 59's category is "Thông báo", as its ``dd.category-name`` prints it (its breadcrumb shows only
  the menu item "Tuyển dụng").
"""

from __future__ import annotations

import datetime as _dt

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla25_vn_template_pgd"
PLATFORM = "Joomla 2.5 (vt_giaoduc template, SEF .html)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Diễn Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

# alias -> (name, catid, Itemid, page parameter, leading+intro per page, links shown)
CATS: dict[str, tuple[str, int, int, str, int, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 8, 102, "start", 3, 1),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 9, 103, "limitstart", 2, 0),
    "thong-bao": ("Thông báo", 10, 104, "start", 5, 0),
    "guong-dien-hinh": ("Gương điển hình", 11, 106, "start", 5, 0),
}
SINGLE_MENU = {59: ("tuyen-dung", "Tuyển dụng", 120)}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_MONTHS = [
    "",
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]


def vi_date(stamp: str) -> str:
    """"2026-12-03 14:30" -> "Thứ năm, 03 Tháng Mười Hai 2026 14:30" (vi-VN DATE_FORMAT_LC2)."""
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{_WEEKDAYS[d.weekday()]}, {d.day:02d} {_MONTHS[d.month]} {d.year} {d:%H:%M}"


def _sig(lines: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{lines}</strong></p>')


_CLOAK = (
    "<script type='text/javascript'>\n <!--\n var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
    " var path = 'hr' + 'ef' + '=';\n var addy{n} = '{user}' + '&#64;';\n"
    " addy{n} = addy{n} + 'nghean' + '&#46;' + 'edu' + '&#46;' + 'vn';\n"
    " document.write('<a ' + path + '\\'' + prefix + ':' + addy{n} + '\\'>');\n"
    " document.write(addy{n});\n document.write('<\\/a>');\n //-->\n </script>"
    "<script type='text/javascript'>\n <!--\n document.write('<span style=\\'display: none;\\'>');\n"
    " //-->\n </script>Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật "
    "JavaScript để xem nó.\n <script type='text/javascript'>\n <!--\n document.write('</');\n"
    " document.write('span>');\n //-->\n </script>"
)


STORIES: list[Story] = [
    Story(
        58, "hoi-nghi-trien-khai-chuyen-doi-so-trong-truong-hoc-nam-hoc-2026-2027",
        "Hội nghị triển khai chuyển đổi số trong trường học năm học 2026-2027",
        "tin-tuc-su-kien", "2026-12-04T15:20:00+07:00",
        [
            Img("images/tintuc/2026/12/chuyen-doi-so-hoi-nghi.jpg",
                "Đồng chí Trưởng phòng phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Trưởng phòng phát biểu chỉ đạo tại hội nghị", style="fulltext"),
            P("Chiều ngày 04/12/2026, Phòng GD&ĐT Diễn Châu tổ chức hội nghị triển khai kế hoạch "
              "chuyển đổi số trong các nhà trường năm học 2026-2027.", "b"),
            P("Tham dự hội nghị có lãnh đạo Phòng, chuyên viên phụ trách công nghệ thông tin và "
              "hiệu trưởng 112 trường mầm non, tiểu học, trung học cơ sở trên địa bàn huyện."),
            P("Năm học này, 100% trường học sử dụng sổ điểm điện tử, học bạ số và hệ thống quản lý "
              "hồ sơ công việc trực tuyến; các trường hạng I thí điểm lớp học thông minh."),
            P("Phát biểu kết luận, đồng chí Trưởng phòng đề nghị các đơn vị xây dựng kế hoạch cụ "
              "thể, phân công cán bộ phụ trách và báo cáo tiến độ hằng tháng về Phòng."),
        ],
        authors=["Trần Thị Lan"],
        summary="Chiều ngày 04/12/2026, Phòng GD&ĐT Diễn Châu tổ chức hội nghị triển khai kế hoạch "
        "chuyển đổi số trong các nhà trường năm học 2026-2027.",
        opts={"by": "ThS. Trần Thị Lan - Phó Trưởng phòng", "created": "2026-12-04 15:20",
              "modified": "2026-12-05 08:02"},
    ),
    Story(
        55, "khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xv",
        "Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XV",
        "tin-tuc-su-kien", "2026-12-01T07:00:00+07:00",
        [
            P("Sáng ngày 30/11/2026, tại Sân vận động huyện, Hội khỏe Phù Đổng cấp huyện lần thứ XV "
              "đã chính thức khai mạc với sự tham gia của hơn 1.500 vận động viên."),
            Img("images/tintuc/2026/12/hkpd-khai-mac.jpg", "Màn đồng diễn thể dục của học sinh "
                "Trường TH Diễn Thành", "Màn đồng diễn thể dục của học sinh Trường TH Diễn Thành",
                style="chuthich"),
            P("Các vận động viên tranh tài ở 9 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, "
              "đá cầu, bơi lội, kéo co và nhảy dây."),
            Img("images/tintuc/2026/12/hkpd-keo-co.jpg", "(Phần thi kéo co khối THCS)",
                "Phần thi kéo co khối THCS", style="chuthich"),
            P("Hội khỏe sẽ diễn ra đến hết ngày 06/12/2026; kết quả là căn cứ chọn đội tuyển dự "
              "Hội khỏe Phù Đổng tỉnh Nghệ An năm 2027."),
            _sig("Tin, ảnh: Hồ Sỹ Minh"),
        ],
        authors=["Hồ Sỹ Minh"], photographers=["Hồ Sỹ Minh"],
        opts={"by": "Quản trị PGD", "created": "2026-11-28 16:05", "published": "2026-12-01 07:00",
              "modified": "2026-12-01 09:40"},
    ),
    Story(
        52, "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien", "2026-11-20T09:45:00+07:00",
        [
            P("Sáng 19/11/2026, Huyện ủy, UBND huyện Diễn Châu tổ chức lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam và tuyên dương nhà giáo tiêu biểu."),
            Img("images/tintuc/2026/11/20-11-tuyen-duong.jpg", "Ảnh: Minh Châu", None, style="credit"),
            P("Tại buổi lễ, 45 nhà giáo được tặng Giấy khen của Chủ tịch UBND huyện vì có thành tích "
              "xuất sắc trong sự nghiệp trồng người."),
            P("Toàn huyện hiện có 3.420 cán bộ, giáo viên, nhân viên; tỷ lệ giáo viên đạt chuẩn trình "
              "độ đào tạo theo Luật Giáo dục 2019 đạt 96,8%."),
            Raw('<p style="text-align: right;"><em>Theo Báo Nghệ An</em></p>'),
        ],
        photographers=["Minh Châu"], source="Báo Nghệ An",
        opts={"by": "pgddienchau", "created": "2026-11-20 09:45", "modified": "2026-11-21 10:12"},
    ),
    Story(
        49, "doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-dau-nam-tai-dien-chau",
        "Đoàn công tác Sở GD&ĐT Nghệ An kiểm tra công tác đầu năm tại Diễn Châu",
        "tin-tuc-su-kien", "2026-11-06T14:00:00+07:00",
        [
            P("Ngày 05 và 06/11/2026, đoàn công tác của Sở GD&ĐT Nghệ An do đồng chí Phó Giám đốc "
              "Sở làm trưởng đoàn đã kiểm tra công tác đầu năm học tại huyện Diễn Châu.", "b"),
            P("Đoàn đã làm việc tại 6 đơn vị:", "br"),
            P("Trường MN Diễn Kỷ, Trường TH Diễn Ngọc, Trường TH Diễn Bích;", "br"),
            P("Trường THCS Diễn Hồng, Trường THCS Cao Xuân Huy và Trường THCS Diễn Trường."),
            P("Đoàn đánh giá cao việc sắp xếp đội ngũ, cơ sở vật chất và công tác bán trú; đồng thời "
              "lưu ý các trường hoàn thiện hồ sơ kiểm định chất lượng."),
        ],
        summary="Ngày 05 và 06/11/2026, đoàn công tác của Sở GD&ĐT Nghệ An do đồng chí Phó Giám đốc "
        "Sở làm trưởng đoàn đã kiểm tra công tác đầu năm học tại huyện Diễn Châu.",
        opts={"by": "Quản trị PGD", "created": "2026-11-06 14:00", "modified": "2026-11-06 14:00"},
    ),
    Story(
        46, "trao-120-suat-hoc-bong-cho-hoc-sinh-vuot-kho",
        "Trao 120 suất học bổng cho học sinh vượt khó",
        "tin-tuc-su-kien", "2026-10-15T08:30:00+07:00",
        [
            P("Nhân dịp đầu năm học, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT trao 120 suất "
              "học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
            P("Cấp học | Số suất | Giá trị mỗi suất", "tr"),
            P("Tiểu học | 50 | 1.000.000 đồng", "tr"),
            P("Trung học cơ sở | 70 | 1.500.000 đồng", "tr"),
            P("Tổng giá trị học bổng năm nay là 155 triệu đồng, do các doanh nghiệp và con em xa quê "
              "đóng góp."),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"by": "Nguyễn Văn Hùng", "created": "2026-10-15 08:30", "modified": "2026-10-16 07:55"},
    ),
    Story(
        57, "chuyen-de-day-hoc-stem-cap-thcs-tai-truong-thcs-dien-hai",
        "Chuyên đề dạy học STEM cấp THCS tại trường THCS Diễn Hải",
        "hoat-dong-chuyen-mon", "2026-12-02T10:10:00+07:00",
        [
            P("Ngày 01/12/2026, Phòng GD&ĐT tổ chức chuyên đề dạy học STEM cấp THCS tại trường THCS "
              "Diễn Hải với sự tham gia của 80 giáo viên cốt cựu."),
            P("Phần 1: Tiết dạy minh họa", "pane"),
            P("Cô giáo Lê Thị Nga dạy bài \"Thiết kế hệ thống tưới cây tự động\" môn Khoa học tự "
              "nhiên lớp 8, học sinh làm việc theo nhóm và trình bày sản phẩm."),
            P("Phần 2: Thảo luận", "pane"),
            P("Các giáo viên dự giờ phân tích tiến trình bài học, thống nhất cách đánh giá sản phẩm "
              "theo tiêu chí công khai từ đầu tiết học."),
            P("Phần 3: Kết luận", "pane"),
            P("Chuyên viên phụ trách THCS đề nghị mỗi trường tổ chức ít nhất hai chủ đề STEM trong "
              "mỗi học kì."),
        ],
        opts={"by": "Quản trị PGD", "created": "2026-12-02 10:10", "modified": "2026-12-03 16:20"},
    ),
    Story(
        53, "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        "hoat-dong-chuyen-mon", "2026-11-24T16:40:00+07:00",
        [
            P("Từ ngày 16 đến 23/11/2026, 186 giáo viên tiểu học đã tham gia hội thi giáo viên dạy "
              "giỏi cấp huyện chu kỳ 2026-2028."),
            Img("images/chuyenmon/2026/11/gvdg-tieu-hoc.jpg", "Cô giáo Võ Thị Hằng, Trường TH Diễn "
                "Kim, trong tiết dạy thực hành", "Cô giáo Võ Thị Hằng, Trường TH Diễn Kim, trong "
                "tiết dạy thực hành", style="captionjs"),
            P("Hội thi gồm các phần:"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy;", "li"),
            P("Dạy hai tiết thực hành trên lớp;", "li"),
            P("Kiểm tra năng lực sử dụng công nghệ thông tin.", "li"),
            P("Kết quả, 142 giáo viên được công nhận giáo viên dạy giỏi cấp huyện."),
            Raw("__RELATED__"),
        ],
        opts={"by": "Quản trị PGD", "created": "2026-11-24 16:40", "modified": "2026-11-25 07:30"},
    ),
    Story(
        48, "tap-huan-su-dung-sach-giao-khoa-lop-5",
        "Tập huấn sử dụng sách giáo khoa lớp 5",
        "hoat-dong-chuyen-mon", "2026-11-03",
        [
            P("Phòng GD&ĐT tổ chức tập huấn sử dụng sách giáo khoa lớp 5 bộ \"Kết nối tri thức với "
              "cuộc sống\" cho 240 giáo viên chủ nhiệm lớp 5."),
            P("Báo cáo viên hướng dẫn cách tổ chức hoạt động trải nghiệm và đánh giá thường xuyên "
              "bằng nhận xét."),
            _sig("Tổ Tiểu học"),
        ],
        authors=["Tổ Tiểu học"],
        opts={"by": "Quản trị PGD", "created": "2026-11-03 00:00", "modified": "2026-11-04 10:00"},
    ),
    Story(
        44, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-so-3",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường số 3",
        "hoat-dong-chuyen-mon", "2026-10-09T13:15:00+07:00",
        [
            P("Chiều 08/10/2026, cụm trường tiểu học số 3 gồm Diễn Hoa, Diễn Phúc, Diễn Cát tổ chức "
              "sinh hoạt chuyên môn theo nghiên cứu bài học."),
            P("Giáo viên tập trung quan sát hoạt động học của học sinh thay vì nhận xét người dạy, "
              "từ đó điều chỉnh thiết kế bài học cho phù hợp."),
            _sig("Nguyễn Thị Hoa<br />Tổ Tiểu học"),
            Raw("__RELATED__"),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"by": "pgddienchau", "created": "2026-10-09 13:15", "modified": "2026-10-09 13:15"},
    ),
    Story(
        59, "thong-bao-tuyen-dung-giao-vien-hop-dong-nam-2026",
        "Thông báo tuyển dụng giáo viên hợp đồng năm 2026",
        "thong-bao", "2026-12-03T08:00:00+07:00",
        [
            P("Phòng GD&ĐT Diễn Châu thông báo tuyển dụng 25 giáo viên hợp đồng cho các trường mầm "
              "non và tiểu học trên địa bàn huyện."),
            P("Hồ sơ gồm đơn dự tuyển, sơ yếu lý lịch, bản sao văn bằng và giấy khám sức khỏe."),
            P("Thời hạn nhận hồ sơ: từ ngày 05/12 đến hết ngày 20/12/2026, tại Bộ phận một cửa "
              "UBND huyện."),
            P("Bản mềm hồ sơ gửi về hộp thư:", "cloak:tuyendung.pgddienchau"),
        ],
        opts={"by": "Quản trị PGD", "created": "2026-12-03 08:00", "modified": "2026-12-04 11:11"},
    ),
    Story(
        54, "thong-bao-lich-thi-hoc-sinh-gioi-cap-huyen-lop-9",
        "Thông báo lịch thi học sinh giỏi cấp huyện lớp 9",
        "thong-bao", "2026-11-27T10:30:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027 được tổ chức trong hai "
              "ngày 12 và 13/12/2026 tại Trường THCS Cao Xuân Huy."),
            P("Ngày 12/12: Ngữ văn, Toán, Tiếng Anh.", "li"),
            P("Ngày 13/12: Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.", "li"),
            P("Danh sách thí sinh các trường gửi về Phòng trước ngày 05/12/2026 qua địa chỉ",
              "cloak:thcs.pgddienchau"),
        ],
        opts={"by": "Quản trị PGD", "created": "2026-11-27 10:30", "modified": "2026-11-30 15:00"},
    ),
    Story(
        50, "thong-bao-ve-viec-nghi-hoc-tranh-bao-so-9",
        "Thông báo về việc cho học sinh nghỉ học tránh bão số 9",
        "thong-bao", "2026-11-12T19:05:00+07:00",
        [
            P("Do ảnh hưởng của bão số 9, Phòng GD&ĐT cho toàn bộ học sinh mầm non, tiểu học, trung "
              "học cơ sở nghỉ học ngày 13/11/2026."),
            P("Hiệu trưởng các trường phân công trực, kê cao tài liệu, thiết bị và báo cáo thiệt hại "
              "(nếu có) về Phòng trước 16 giờ ngày 14/11/2026."),
        ],
        opts={"by": "Quản trị PGD", "created": "2026-11-12 19:05", "modified": "2026-11-12 19:05"},
    ),
    Story(
        47, "co-giao-phan-thi-thu-ha-20-nam-gan-bo-voi-hoc-sinh-vung-bai-ngang",
        "Cô giáo Phan Thị Thu Hà – 20 năm gắn bó với học sinh vùng bãi ngang",
        "guong-dien-hinh", "2026-10-22T20:10:00+07:00",
        [
            P("Hai mươi năm dạy học ở Trường TH Diễn Trung, cô giáo Phan Thị Thu Hà vẫn giữ thói quen "
              "đến lớp sớm nhất để kèm các em học yếu."),
            Img("images/guongsang/co-thu-ha.jpg", "Cô Thu Hà trong giờ phụ đạo buổi chiều",
                "Cô Thu Hà trong giờ phụ đạo buổi chiều", style="chuthich"),
            P("Nhiều thế hệ học trò của cô nay đã trở thành kỹ sư, bác sĩ, giáo viên trở về quê hương."),
            P("Năm 2026, cô vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc."),
            Raw('<p style="text-align: right;">Nguồn: Báo Giáo dục và Thời đại</p>'),
        ],
        authors=["Lê Minh Tuấn"], source="Báo Giáo dục và Thời đại",
        opts={"by": "Lê Minh Tuấn", "created": "2026-10-22 20:10", "modified": "2026-10-23 06:00"},
    ),
]
BY_ID = {s.id: s for s in STORIES}


def _cat_stories(alias: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == alias), key=lambda s: s.published_at or "", reverse=True)


def sef_path(story: Story) -> str:
    if story.id in SINGLE_MENU:
        return f"/{SINGLE_MENU[story.id][0]}.html"
    return f"/{story.cat}/{story.id}-{story.slug}.html"


def rel(path: str) -> str:
    """How the template writes a link: relative to the <base href> (the site root)."""
    return path.lstrip("/")


def nonsef_path(story: Story) -> str:
    _, catid, itemid, *_ = CATS[story.cat]
    if story.id in SINGLE_MENU:
        itemid = SINGLE_MENU[story.id][2]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={catid}&Itemid={itemid}"


PRINT_QS = "tmpl=component&print=1&layout=default&page="


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("", "Trang chủ", []),
    ("gioi-thieu.html", "Giới thiệu", [("co-cau-to-chuc.html", "Cơ cấu tổ chức")]),
    ("tin-tuc-su-kien.html", "Tin tức - Sự kiện", [("guong-dien-hinh.html", "Gương điển hình")]),
    ("hoat-dong-chuyen-mon.html", "Hoạt động chuyên môn", []),
    ("thong-bao.html", "Thông báo", [("tuyen-dung.html", "Tuyển dụng")]),
    ("van-ban-chi-dao.html", "Văn bản", []),
    ("thu-vien-anh.html", "Thư viện ảnh", []),
    ("lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    out = ['<ul class="menu vt-mainmenu" id="vtmenu">']
    for i, (href, label, subs) in enumerate(_MENU):
        cls = f"item-{101 + i}" + (" deeper parent" if subs else "")
        out.append(f'<li class="{cls}"><a href="{href or "./"}">{esc(label)}</a>')
        if subs:
            out.append("<ul>" + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _most_read() -> str:
    ids = [52, 57, 47, 55, 50]
    items = "".join(f'<li><a href="{rel(sef_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in ids)
    return f'<div class="moduletable_docnhieu"><h3>Đọc nhiều nhất</h3><ul class="mostread">{items}</ul></div>'


def _latest() -> str:
    ids = [59, 58, 57, 55, 54]
    items = "".join(
        f'<li><a href="{esc(rel(nonsef_path(BY_ID[i])))}">{esc(BY_ID[i].title)}</a></li>' for i in ids
    )
    return f'<div class="vt-module vt-tinmoi"><div class="vt-mod-title">Tin mới cập nhật</div><ul>{items}</ul></div>'


def _right() -> str:
    return (
        _latest()
        + '<div class="vt-module"><div class="vt-mod-title">Thăm dò ý kiến</div>'
        '<form action="index.php" method="post" name="form2"><p>Bạn quan tâm nội dung nào trên website?</p>'
        '<label><input type="radio" name="voteid" value="1" /> Tin tức giáo dục</label><br />'
        '<label><input type="radio" name="voteid" value="2" /> Văn bản chỉ đạo</label><br />'
        '<label><input type="radio" name="voteid" value="3" /> Thông báo tuyển sinh</label><br />'
        '<input type="button" value="Bình chọn" class="button" /></form></div>'
        '<div class="vt-module vt-thongke"><div class="vt-mod-title">Thống kê truy cập</div>'
        '<table><tr><td>Đang online</td><td>27</td></tr><tr><td>Hôm nay</td><td>1.204</td></tr>'
        '<tr><td>Tổng truy cập</td><td>2.871.530</td></tr></table></div>'
    )


def _left() -> str:
    cats = "".join(f'<li><a href="{a}.html">{esc(c[0])}</a></li>' for a, c in CATS.items())
    return (
        f'<div class="vt-module"><div class="vt-mod-title">Danh mục</div><ul class="menu">{cats}</ul></div>'
        + _most_read()
        + '<div class="vt-module"><div class="vt-mod-title">Liên kết website</div>'
        '<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="http://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>'
        '<option value="http://moet.gov.vn">Bộ GD&amp;ĐT</option></select></div>'
        '<div class="vt-module"><a href="http://dienchau.nghean.gov.vn"><img src="images/banners/ubnd-dien-chau.png" '
        'alt="UBND huyện Diễn Châu" /></a></div>'
    )


def page(request: Request, title: str, main: str, crumbs: list[tuple[str, str]], window_title: str | None = None) -> Response:
    base = base_url(request) + "/"
    trail = ' <span class="divider">»</span> '.join(
        ['<a href="./" class="pathway">Trang chủ</a>']
        + [f'<a href="{h}" class="pathway">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs]
    )
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
  <base href="{esc(base)}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="phòng giáo dục diễn châu, giáo dục nghệ an" />
  <meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Diễn Châu" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(window_title or title)}</title>
  <link href="templates/vt_giaoduc_2014/css/template.css" rel="stylesheet" type="text/css" />
  <script src="media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="media/system/js/caption.js" type="text/javascript"></script>
  <script type="text/javascript">window.addEvent('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="vt-body">
<div id="vt-wrapper">
 <div id="vt-header"><a href="./"><img src="templates/vt_giaoduc_2014/images/logo.png" alt="PGD&amp;ĐT Diễn Châu" /></a>
  <div class="vt-sitename">UBND HUYỆN DIỄN CHÂU<br />PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div>
  <div class="vt-date">{HEADER_TODAY}</div>
  <form action="index.php" method="post" class="vt-search"><input name="searchword" type="text" value="Tìm kiếm..." />
  <input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form>
 </div>
 <div id="vt-top">{_menu()}</div>
 <div id="vt-breadcrumbs"><div class="breadcrumbs"><span class="showHere">Bạn đang ở: </span>{trail}</div></div>
 <div id="vt-main">
  <div id="vt-left">{_left()}</div>
  <div id="vt-component">{main}</div>
  <div id="vt-right">{_right()}</div>
 </div>
 <div id="vt-footer"><p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN DIỄN CHÂU</strong></p>
  <p>Địa chỉ: Khối 4, Thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An</p>
  <p>Điện thoại: 0238.3862.245 - Email: pgddienchau@nghean.edu.vn</p>
  <p>Bản quyền © 2014 - 2026 Phòng GD&amp;ĐT Diễn Châu. Thiết kế bởi VietTemplate.</p></div>
</div>
</body>
</html>"""
    return html(doc)


# --- article ---------------------------------------------------------------------------------


def _related(story: Story) -> str:
    siblings = _cat_stories(story.cat)
    others = siblings[: siblings.index(story)][-3:]
    items = "".join(
        f'<li><a href="{rel(sef_path(s))}">{esc(s.title)}</a> <span class="vt-ngay">'
        f"({s.opts['created'][8:10]}/{s.opts['created'][5:7]}/{s.opts['created'][:4]})</span></li>"
        for s in others
    )
    return f'<div class="moduletable_lienquan"><h3>Các tin mới hơn</h3><ul class="relateditems">{items}</ul></div>'


def _img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "captionjs":
        return (
            f'<p style="text-align: center;"><img class="caption" src="{src}" alt="{esc(img.src.rsplit("/", 1)[-1])}" '
            f'title="{esc(img.printed or "")}" width="500" height="333" style="border: 0;" /></p>'
        )
    if img.style == "chuthich":
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="500" height="333" /></p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="500" /></p>'
            f'<p style="text-align: right;"><span style="font-size: 10pt;">{esc(img.printed or "")}</span></p>'
        )
    raise ValueError(img.style)


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "fulltext")]
    i = 0
    pane_open = False
    pane_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_related(story) if b.html == "__RELATED__" else b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style == "pane":
            if not pane_open:
                out.append('<div id="article-slider" class="pane-sliders">')
            else:
                out.append("</div></div>")
            pane_no += 1
            out.append(
                f'<div class="panel"><h3 class="pane-toggler title" id="basic-details-{pane_no}">'
                f'<a href="javascript:void(0);"><span>{esc(b.text)}</span></a></h3>'
                '<div class="pane-slider content">'
            )
            pane_open = True
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="width: 100%;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(esc(blocks[i].text))
                i += 1
            parts.append(esc(blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />".join(parts) + "</p>")
        elif b.style.startswith("cloak:"):
            n = 10000 + story.id * 97
            out.append(f"<p>{esc(b.text)} " + _CLOAK.replace("{n}", str(n)).replace("{user}", b.style[6:]) + "</p>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    if pane_open:
        out.append("</div></div></div>")
    return "\n".join(out)


def _info(story: Story) -> str:
    o = story.opts
    rows = [f'<dd class="modified">Cập nhật lần cuối: {vi_date(o["modified"])}</dd>']
    rows.append(f'<dd class="create">Ngày tạo: {vi_date(o["created"])}</dd>')
    if "published" in o:
        rows.append(f'<dd class="published">Ngày xuất bản: {vi_date(o["published"])}</dd>')
    rows.append(f'<dd class="createdby">Viết bởi {esc(o["by"])}</dd>')
    rows.append(f'<dd class="hits">Lượt xem: {story.views()}</dd>')
    cat = CATS[story.cat][0]
    return (
        '<dl class="article-info"><dt class="article-info-term">Chi tiết</dt>'
        f'<dd class="category-name">Chuyên mục: <a href="{story.cat}.html">{esc(cat)}</a></dd>'
        + "".join(rows) + "</dl>"
    )


def _article_main(story: Story, printing: bool) -> str:
    sef = sef_path(story)
    heading = ""
    if story.id in SINGLE_MENU:
        heading = f'<h1 class="componentheading">{esc(SINGLE_MENU[story.id][1])}</h1>'
    full = [b for b in story.blocks if isinstance(b, Img) and b.style == "fulltext"]
    fulltext = ""
    if full:
        f = full[0]
        fulltext = (
            f'<div class="img-fulltext-left"><img class="caption" title="{esc(f.printed or "")}" '
            f'src="{esc(f.src)}" alt="{esc(f.printed or "")}" /></div>'
        )
    tools = (
        '<ul class="actions">'
        f'<li class="print-icon"><a href="{esc(rel(sef))}?{esc(PRINT_QS)}" title="In" rel="nofollow" '
        "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,"
        "resizable=yes,width=640,height=480,directories=no,location=no'); return false;\">"
        '<img src="media/system/images/printButton.png" alt="In" /></a></li>'
        '<li class="email-icon"><a href="javascript:void(0)" title="Email" '
        "onclick=\"window.open('index.php?option=com_mailto&amp;tmpl=component','win2','width=400,height=350')\">"
        '<img src="media/system/images/emailButton.png" alt="Email" /></a></li></ul>'
    )
    if printing:
        tools = '<ul class="actions"><li class="print-icon"><a href="#" onclick="window.print();return false;">In</a></li></ul>'
    vote = (
        '<div class="content_rating">Đánh giá của người dùng: <img src="media/system/images/rating_star_blank.png" alt="" />'
        f" / 5</div><form method=\"post\" action=\"{esc(rel(sef))}\"><div class=\"content_vote\">Đánh giá: "
        '<select name="user_rating"><option value="1">1</option><option value="5" selected="selected">5</option></select>'
        '&#160;<input class="button" type="submit" name="submit_vote" value="Bình chọn" /></div></form>'
    )
    return (
        f'{heading}<div class="item-page vt-chitiet">'
        f'<h2><a href="{esc(rel(sef))}">{esc(story.title)}</a></h2>'
        f"{tools}{vote}{_info(story)}"
        f'<div class="vt-noidung">{fulltext}\n{_body(story)}</div></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    printing = request.params.get("print") == "1" and request.params.get("tmpl") == "component"
    main = _article_main(story, printing)
    if printing:
        doc = (
            f'<!DOCTYPE html><html lang="vi-vn"><head><base href="{esc(base_url(request))}/" />'
            f'<meta charset="utf-8" /><title>{esc(story.title)}</title></head>'
            f'<body class="contentpane">{main}</body></html>'
        )
        return html(doc)
    crumbs = [(f"{story.cat}.html", CATS[story.cat][0]), ("", story.title)]
    window = None
    if story.id in SINGLE_MENU:
        crumbs = [("", SINGLE_MENU[story.id][1])]
        window = f"{SINGLE_MENU[story.id][1]} - PGD&ĐT Diễn Châu"
    return page(request, story.title, main, crumbs, window)


# --- listings --------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    return f'<div class="img-intro-left"><img src="images/thumb/{story.id}-{story.slug[:20]}.jpg" alt="" /></div>'


def _intro_text(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    return esc(first.text)


def _date_of(story: Story) -> str:
    return story.opts.get("published") or story.opts["created"]


def _item(story: Story) -> str:
    link = esc(rel(sef_path(story)))
    return (
        f'<h2><a href="{link}">{esc(story.title)}</a></h2>'
        f'<dl class="article-info"><dd class="published">{vi_date(_date_of(story))}</dd></dl>'
        f"{_thumb(story)}<p>{_intro_text(story)}</p>"
        f'<p class="readmore"><a href="{link}">Đọc thêm: {esc(story.title)}</a></p><div class="item-separator"></div>'
    )


def _pagination(alias: str, param: str, start: int, per: int, total: int) -> str:
    pages = (total + per - 1) // per
    if pages <= 1:
        return ""
    cur = start // per

    def link(label: str, n: int, cls: str = "") -> str:
        li = f' class="{cls}"' if cls else ""
        if n == cur or n < 0 or n >= pages:
            return f'<li{li}><span class="pagenav">{label}</span></li>'
        return f'<li{li}><a title="{label}" href="/{alias}.html?{param}={n * per}" class="pagenav">{label}</a></li>'

    items = [link("Đầu", 0, "pagination-start"), link("Trước", cur - 1, "pagination-prev")]
    items += [link(str(n + 1), n) for n in range(pages)]
    items += [link("Sau", cur + 1, "pagination-next"), link("Cuối", pages - 1, "pagination-end")]
    return (
        f'<div class="pagination"><p class="counter">Trang {cur + 1} của {pages}</p><ul>'
        + "".join(items) + "</ul></div>"
    )


def blog_page(request: Request, alias: str) -> Response | None:
    name, _catid, _itemid, param, per, nlinks = CATS[alias]
    raw = request.params.get("start", request.params.get("limitstart", "0"))
    if not raw.isdigit():
        return None
    start = int(raw)
    stories = _cat_stories(alias)
    if start % per or (start and start >= len(stories)):
        return None
    shown = stories[start:start + per]
    more = stories[start + per:start + per + nlinks]
    parts = [f'<div class="blog"><h1 class="vt-tieude-danhmuc">{esc(name)}</h1>']
    if shown:
        parts.append(f'<div class="items-leading"><div class="leading-0">{_item(shown[0])}</div></div>')
    rest = shown[1:]
    for r in range(0, len(rest), 2):
        cols = "".join(
            f'<div class="item column-{c + 1}">{_item(s)}</div>' for c, s in enumerate(rest[r:r + 2])
        )
        parts.append(f'<div class="items-row cols-2 row-{r // 2}">{cols}<span class="row-separator"></span></div>')
    if more:
        parts.append(
            '<div class="items-more"><h3>Các bài viết khác</h3><ol>'
            + "".join(f'<li><a href="{esc(rel(sef_path(s)))}">{esc(s.title)}</a></li>' for s in more)
            + "</ol></div>"
        )
    parts.append(_pagination(alias, param, start, per, len(stories)))
    parts.append("</div>")
    return page(request, f"{name} - PGD&ĐT Diễn Châu", "".join(parts), [("", name)])


def home_page(request: Request) -> Response:
    featured = [BY_ID[i] for i in (58, 57, 59, 47)]
    parts = ['<div class="blog-featured"><div class="items-leading">']
    parts.append(f'<div class="leading-0">{_item(featured[0])}</div></div>')
    cols = "".join(f'<div class="item column-{c + 1}">{_item(s)}</div>' for c, s in enumerate(featured[1:]))
    parts.append(f'<div class="items-row cols-3 row-0">{cols}</div></div>')
    parts.append(
        '<div class="vt-user3"><div class="vt-mod-title">Văn bản mới</div><ul>'
        '<li><a href="van-ban-chi-dao.html">Công văn số 812/PGDĐT về việc hướng dẫn kiểm tra học kì I</a></li>'
        '<li><a href="van-ban-chi-dao.html">Kế hoạch số 95/KH-PGDĐT về chuyển đổi số năm học 2026-2027</a></li>'
        "</ul></div>"
    )
    return page(request, "Trang chủ - PGD&ĐT Diễn Châu", "".join(parts), [])


# --- non-articles ----------------------------------------------------------------------------

NON_ARTICLE_PAGES = {
    "/gioi-thieu.html": ("Giới thiệu", '<h1 class="componentheading">Giới thiệu</h1><div class="item-page">'
                         "<p>Phòng Giáo dục và Đào tạo huyện Diễn Châu là cơ quan chuyên môn thuộc UBND huyện, "
                         "tham mưu quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.</p>"
                         "<p>Toàn huyện có 38 trường mầm non, 42 trường tiểu học và 32 trường THCS.</p></div>"),
    "/co-cau-to-chuc.html": ("Cơ cấu tổ chức", '<h1 class="componentheading">Cơ cấu tổ chức</h1><table border="1">'
                             "<tr><td>Trưởng phòng</td><td>Nguyễn Đình Thắng</td></tr>"
                             "<tr><td>Phó Trưởng phòng</td><td>Trần Thị Lan</td></tr>"
                             "<tr><td>Phó Trưởng phòng</td><td>Hoàng Văn Sơn</td></tr></table>"),
    "/lien-he.html": ("Liên hệ", '<div class="contact"><h2>Phòng GD&amp;ĐT Diễn Châu</h2>'
                      '<form action="lien-he.html" method="post"><label>Họ tên</label><input name="jform[contact_name]" />'
                      '<label>Nội dung</label><textarea name="jform[contact_message]"></textarea>'
                      '<input type="submit" value="Gửi" /></form></div>'),
    "/van-ban-chi-dao.html": ("Văn bản chỉ đạo", '<h1 class="componentheading">Văn bản chỉ đạo</h1><table class="category">'
                              "<tr><th>Số hiệu</th><th>Trích yếu</th><th>Tải về</th></tr>"
                              '<tr><td>812/PGDĐT</td><td>Hướng dẫn kiểm tra học kì I</td><td><a href="images/vanban/812-pgddt.pdf">Tải về</a></td></tr>'
                              '<tr><td>95/KH-PGDĐT</td><td>Kế hoạch chuyển đổi số</td><td><a href="images/vanban/95-kh.pdf">Tải về</a></td></tr>'
                              "</table>"),
    "/thu-vien-anh.html": ("Thư viện ảnh", '<h1 class="componentheading">Thư viện ảnh</h1><div class="phocagallery">'
                           '<div class="pg-box"><img src="images/phocagallery/hkpd/thumbs/phoca_thumb_m_01.jpg" alt="" /><p>Hội khỏe Phù Đổng 2026</p></div>'
                           '<div class="pg-box"><img src="images/phocagallery/2011/thumbs/phoca_thumb_m_02.jpg" alt="" /><p>Lễ kỷ niệm 20/11</p></div>'
                           "</div>"),
}
NON_ARTICLES = list(NON_ARTICLE_PAGES)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php") and not request.query:
            return home_page(request)
        if path == "/index.php":
            p = request.params
            if p.get("option") == "com_content" and p.get("view") == "article":
                story = BY_ID.get(int(p["id"])) if p.get("id", "").isdigit() else None
                if story and nonsef_path(story) == request.target:
                    return article_page(request, story)
            return None
        if path.startswith(("/images/", "/media/", "/templates/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in NON_ARTICLE_PAGES and not request.query:
            title, body = NON_ARTICLE_PAGES[path]
            return page(request, f"{title} - PGD&ĐT Diễn Châu", body, [("", title)])
        for story in STORIES:
            if path == sef_path(story):
                if request.query and request.query != PRINT_QS:
                    return None
                return article_page(request, story)
        if path.endswith(".html") and path.count("/") == 1:
            alias = path[1:-5]
            if alias in CATS:
                return blog_page(request, alias)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    sef = sef_path(story)
    return gold_record(
        story, sef, CATS[story.cat][0],
        alt_paths=[f"{sef}?{PRINT_QS}", nonsef_path(story)],
        image_page="/",
    )


GOLD = [_gold(s) for s in STORIES]
