"""Trường THPT Nguyễn Trãi (thành phố Thái Bình, tỉnh Thái Bình): a Joomla 4.2 school site.

Platform
--------
Joomla 4.2 with "nguyentrai_cassiopeia", a child of Cassiopeia bought from a local web shop
(header with a date bar and the Sở's name over the school's, metismenu drop-downs, sidebar cards,
a blue footer). SEF URLs on, URL rewriting off, so every page lives under ``/index.php/``. The
visible main menu holds "Menu Item Alias" entries pointing at items of a hidden menu (the usual
Joomla trick), so the blog menus are top-level routes although they drop down under "Tin tức –
Sự kiện". Content plugins on: Vote, Fields, Email cloaking, Page Break, Page Navigation,
Load Modules; the template's override of ``com_content/article`` and ``category/default_articles``
was written for Joomla 3 and ported (raw ``publish_up``, raw media-field values, forced Itemid).

URL scheme
----------
- ``/`` (and ``/index.php``): Featured view (3 items) + modules.
- ``/index.php/tin-tuc-su-kien``: Category List (Itemid 102) of category 8 "Tin tức – Sự kiện"
  *including its sub-categories* 9 and 10; 5 rows a page, 16 rows, "Trang 1 trong 4";
  pages ``?start=5|10|15`` (first-page link ``?start=0``), ``?limitstart=<n>`` and
  ``?limit=<n>`` from the "#" select's GET form, ``?filter-search=<words>`` from the filter
  field, ``?format=feed&type=rss`` (RSS 2.0, 10 latest rows). The nested articles' breadcrumb
  links the sub-category's list under the same menu: ``/index.php/tin-tuc-su-kien/<cat-alias>``.
- ``/index.php/hoat-dong-chuyen-mon`` (Itemid 103, category 9) and ``/index.php/doan-thanh-nien``
  (Itemid 104, category 10): Category Blog, 1 leading + 2 intro items a page, ``?start=3``.
- Articles: ``/index.php/<menu-alias>/<id>-<alias>`` (the article's own category menu); the
  Category List's override prints sub-category articles as
  ``/index.php/tin-tuc-su-kien/<cat-alias>/<id>-<alias>`` (same article, other breadcrumb);
  editors paste non-SEF links ``/index.php?option=com_content&view=article&id=<id>:<alias>
  &catid=<n>&Itemid=<n>``; the paged article has ``?showall=&limitstart=<n>`` and ``?showall=1``.
- Not articles: ``/index.php/gioi-thieu/lich-su-nha-truong``, ``/index.php/gioi-thieu/co-cau-to-chuc``
  (single-article menus), ``/index.php/lien-he`` (com_contact), and three rows of the news list:
  a video page (152), a photo album (154), a timetable document entry (159). Also served: a tag
  page ``/index.php/component/tags/tag/<id>-<alias>``, the Smart Search page
  ``/index.php/component/finder/search``, images under ``/images/…`` and PDFs.

Page templates
--------------
Category List: ``form#adminForm`` (GET) with the filter field and the "#" ``select#limit``, the
table ``com-content-category__table`` (columns "Tiêu đề", "Ngày tạo", "Tác giả",
"Lượt truy cập"), the counter "Trang x trong y" and Joomla 4's numbered pagination.
Category Blog: ``com-content-category-blog`` items with intro image (a thumbnail), the intro
paragraph and "Đọc thêm: <title>". Article: menu page heading (h1) when reached through the
Category List menu, headline (``itemprop="headline"``), ``dl.article-info`` "Chi tiết" block
("Viết bởi …", "Danh mục", "Danh mục cha", "Được đăng: …", "Được tạo: …", "Cập nhật lần cuối",
"Lượt xem: …"), tags, vote widget and custom fields, the full-text image in ``figure.item-image``
*before* ``div[itemprop=articleBody]``, the text, share tools, "Trước / Tiếp" page navigation
(blog menus only), "Tin liên quan" module below.

How each gold article is reached
--------------------------------
News list page 1 (``/index.php/tin-tuc-su-kien``): 163, 158, 161, (159), 150.
Page 2 (``?start=5``): 156, (154), 142, 144, 153. Page 3 (``?start=10``): 151, (152), 149, 147,
145. Page 4 (``?start=15``): 155. 151 and 145 are linked from nowhere else (their category
menu shows no "Trước / Tiếp"), 142 only from page 2 and the "Đọc nhiều" module.
Blog "Hoạt động chuyên môn": 156, 153, 149 on page 1, 147 on ``?start=3``; blog "Đoàn thanh
niên": 161, 150, 144 on page 1, 155 on ``?start=3``; their articles chain by "Trước / Tiếp".
Home: featured 163, 158, 161; sidebar "Tin mới nhất" (163, 158, 161, 150, 156) and "Đọc nhiều"
(142, 149, 155, 163, 161); a "Thông báo" custom module with non-SEF links (163, 159).

Traps
-----
1. Category List with sub-categories and a forced Itemid: rows of categories 9 and 10 link
   ``/index.php/tin-tuc-su-kien/hoat-dong-chuyen-mon/149-…`` while the blogs, the modules and
   "Trước / Tiếp" link ``/index.php/hoat-dong-chuyen-mon/149-…``; both serve the article (other
   breadcrumb, other h1). Gold: one record per article, path = the own-menu URL, the nested URL
   in ``alt_paths``.
2. Rows of the news table that are not articles: a "Video: …" page (YouTube iframe), an
   "Album ảnh: …" page (gallery plugin) and a timetable entry (a sentence and a PDF) sit among
   the news with the same row markup. Gold: NON_ARTICLES, no records.
3. The list's "Ngày tạo" column and the info block's "Được tạo:" print the *created* date
   (a draft written the evening or days before) and "Cập nhật lần cuối" a later edit; the
   "Tác giả" column prints the CMS account. Gold: ``published_at`` from "Được đăng: …" only.
4. Raw database time: the override prints ``<time datetime="2026-11-19 23:45:00">`` with
   ``publish_up`` as stored (UTC, no offset), while the visible line says "Được đăng: Thứ sáu,
   20 Tháng 11 2026 06:45". Gold: the visible local time with +07:00
   ("2026-11-20T06:45:00+07:00"); reading the attribute as local time is 7 h (and for 142
   one day) off. 153 prints "00:00" (editor left the time empty): the day alone.
5. Menu page heading: through the Category List menu (Itemid 102, "Show Page Heading" on) the
   article page opens with ``<h1>Tin tức – Sự kiện</h1>`` and the headline is an
   ``<h2 itemprop="headline">``; through a blog menu the headline is the h1. Gold title: the
   headline, never the menu heading.
6. Joomla Page Break (149): three pages ``?showall=&limitstart=1|2`` and ``?showall=1``, with
   the "Mục lục bài viết" card (page titles + "Tất cả các trang"), the "Trang 2 trong 3"
   counter and a "< Trước / Tiếp >" pager *inside* ``articleBody``. Gold: one record whose body is
   the text of all three pages in order (= the ``showall=1`` text); the sub-page URLs are
   alt_paths; the TOC, counter and pager are not text.
7. Full-text image outside the text container and with the Joomla 4 media-field suffix:
   ``<figure class="float-start item-image"><img src="/images/2026/11/x.jpg#joomlaImage://
   local-images/2026/11/x.jpg?width=1200&height=800">`` before ``articleBody``, caption in
   ``figcaption.caption``. Gold: it is the article's first image, path without the fragment,
   caption = the figcaption (None when absent, 145). Blog thumbnails (``/images/thumbs/…``) are
   not the article's images.
8. Content-plugin widgets around and inside the text: the Vote plugin ("Đánh giá của người
   dùng: 4 / 5", a select "Bình chọn 1…5") between the info block and the text, a
   ``{loadposition}`` "Tin cùng chuyên mục" module *inside* ``articleBody`` before the closing
   signature (145, 151), share tools after it. Gold: none of it is body; the signature after the
   module still gives the author.
9. Joomla 4 custom fields printed before the text (``ul.fields-container``): "Nguồn tin: Sở
   GD&ĐT Thái Bình" (158) and "Ảnh: Vũ Minh Đức" (151). Gold: source "Sở GD&ĐT Thái Bình";
   photographer "Vũ Minh Đức" (the fields are not body).
10. Bylines: "Viết bởi quantri" / "Super User" / "nguyentrai.admin" (accounts, also in
    ``<meta name="author">``) -> nobody; created_by_alias "Cô Đặng Thị Lan Anh" / "Thầy Phạm
    Quang Huy" -> the name without "Cô"/"Thầy"; "Viết bởi Đoàn trường" (a unit) -> "Đoàn
    trường"; closing lines "Tin: X - Ảnh: Y", "Tin, ảnh: X", "Thầy giáo Hoàng Văn Nam (Tổ Thể
    dục – GDQP)", "Trần Văn Khải – Bí thư Đoàn trường", "Tổ Ngữ văn", "Công đoàn trường",
    "BBT Website" (-> nobody), "Theo Tỉnh đoàn Thái Bình" (-> source).
11. Email cloaking (161): the address in the text is a ``<joomla-hidden-mail first="…"
    last="…">`` element whose markup text is "Địa chỉ email này đang được bảo vệ khỏi chương
    trình thư rác, bạn cần bật JavaScript để xem nó."; the address is base64 in the
    attributes. Gold: the sentence as a reader sees it, with the address
    ("…địa chỉ email doantruong.nguyentraitb@gmail.com trước 17 giờ 00 ngày 25/12/2026.").
12. Captions printed four ways in the text: centred ``<em>`` paragraph under the image, a
    two-row layout table (image row, caption row) next to a real data table, TinyMCE's
    ``<figure class="image"><figcaption>``, and a credit-only line "Ảnh: Nguyễn Thị Ngọc Ánh"
    (caption None, photographer). A caption in parentheses loses them. The layout table is
    not body; the data table's rows are ("Môn thi | Giải Nhất | Giải Nhì").
13. Text pasted from Word (153: ``MsoNormal`` spans, ``mso-list:Ignore`` "-" markers) and one
    article stored decomposed (156, NFD). Gold: NFC text, no list markers.
14. An official notice (163) with the letterhead table, "Số: 87/TB-THPTNT", "Thái Bình, ngày 03
    tháng 12 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG (Đã ký) Lê Thị
    Thanh Bình", posted on 04/12 15:10. Gold: the letterhead day "2026-12-03", author the
    signer, only the notice's own text as body.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the article's own category as the info block's "Danh mục" and the own-menu
  breadcrumb print it ("Hoạt động chuyên môn", "Đoàn thanh niên", "Tin tức – Sự kiện"), not
  the parent "Danh mục cha".
- The paged article's body is the whole text (what ``?showall=1`` prints); its headings typed
  by the editor ("1. Ôn tập từ vựng …") are paragraphs; the TOC's page titles are not.
- "Lượt xem", vote, tags ("Thẻ: …"), custom fields, "Xem thêm: <link>" and attachment lines
  ("Thể lệ cuộc thi (tải về)") are not body.
- The sapo is the bold first paragraph where one is printed (142, 150, 156, 149); a meta
  description is never a sapo.
- 147's list of prizes is one ``<p>`` split by ``<br>``: four paragraphs, the editor's "- "
  kept.
- The cloaked address is read as the reader sees it (trap 11).
- The fixture does not print ``rel=canonical`` (Joomla 4 core does not); canonical_path = path.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "joomla4_category_table_thpt"
PLATFORM = "Joomla 4.2 (Cassiopeia child template), com_content Category List / Category Blog"
START_PATH = "/"

SITE_NAME = "THPT Nguyễn Trãi - Thái Bình"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5
BLOG_PER_PAGE = 3


@dataclass(frozen=True)
class Cat:
    id: int
    title: str
    alias: str
    itemid: int


CATS = {
    "tin-tuc-su-kien": Cat(8, "Tin tức – Sự kiện", "tin-tuc-su-kien", 102),
    "hoat-dong-chuyen-mon": Cat(9, "Hoạt động chuyên môn", "hoat-dong-chuyen-mon", 103),
    "doan-thanh-nien": Cat(10, "Đoàn thanh niên", "doan-thanh-nien", 104),
}
NEWS = CATS["tin-tuc-su-kien"]

ACCOUNTS = {"quantri", "Super User", "nguyentrai.admin"}

# --- the stories ----------------------------------------------------------------------------

LOADPOS = Raw("{loadposition tin-cung-muc}")


def _sig(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


S142 = Story(
    id=142,
    slug="truong-thpt-nguyen-trai-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T06:45:00+07:00",
    summary=(
        "Sáng ngày 19/11/2026, tại hội trường lớn, Trường THPT Nguyễn Trãi, thành phố Thái Bình long"
        " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và biểu"
        " dương các điển hình tiên tiến trong phong trào thi đua “Dạy tốt – Học tốt”."
    ),
    authors=["Phạm Thu Hà"],
    photographers=["Vũ Minh Đức"],
    blocks=[
        Img(
            "/images/2026/11/le-ky-niem-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại hội trường nhà trường",
            style="figure",
        ),
        P(
            "Sáng ngày 19/11/2026, tại hội trường lớn, Trường THPT Nguyễn Trãi, thành phố Thái Bình long"
            " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và biểu"
            " dương các điển hình tiên tiến trong phong trào thi đua “Dạy tốt – Học tốt”.",
            "lead",
        ),
        P(
            "Tới dự buổi lễ có ông Trần Quốc Hưng, Phó Chủ tịch UBND phường Lê Hồng Phong; đại diện Ban"
            " đại diện cha mẹ học sinh; các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo"
            " viên, nhân viên và hơn 1.300 học sinh của nhà trường."
        ),
        P(
            "Phát biểu tại buổi lễ, cô giáo Lê Thị Thanh Bình, Hiệu trưởng nhà trường ôn lại truyền thống"
            " 44 năm của Ngày Nhà giáo Việt Nam và những chặng đường phát triển của trường. Năm học"
            " 2025 – 2026, nhà trường có 47 lượt học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ đỗ tốt"
            " nghiệp THPT đạt 100%, điểm trung bình các môn thi tốt nghiệp xếp thứ 6 toàn tỉnh."
        ),
        Img(
            "/images/2026/11/hieu-truong-phat-bieu.jpg",
            "Cô giáo Lê Thị Thanh Bình, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Cô giáo Lê Thị Thanh Bình, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            style="em",
        ),
        P(
            "Dịp này, nhà trường đã trao giấy khen cho 12 tập thể và 35 cá nhân có thành tích xuất sắc"
            " trong phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam; đồng thời công bố kết quả Hội"
            " thi giáo viên dạy giỏi cấp trường với 9 thầy cô đạt giải."
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Vũ Ngọc Diệp, lớp 12A1 bày tỏ lòng biết ơn sâu sắc tới các"
            " thầy cô và hứa sẽ ra sức thi đua học tập, rèn luyện, xứng đáng với truyền thống “Tôn sư"
            " trọng đạo” của quê hương Thái Bình."
        ),
        Img(
            "/images/2026/11/van-nghe-chao-mung.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh khối 11",
            "Tiết mục văn nghệ chào mừng của học sinh khối 11",
            style="em",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với chương trình văn nghệ đặc sắc do các chi đoàn dàn"
            " dựng, để lại nhiều cảm xúc cho thầy cô và các em học sinh."
        ),
        Raw("<p>&nbsp;</p>"),
        _sig("Tin: Phạm Thu Hà - Ảnh: Vũ Minh Đức"),
    ],
    opts={
        "pub": "2026-11-20 06:45",
        "created": "2026-11-19 21:30",
        "modified": "2026-11-21 08:12",
        "by": "quantri",
        "vote": (5, 23),
        "tags": ["ngay-nha-giao"],
    },
)

S145 = Story(
    id=145,
    slug="hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị cán bộ, viên chức và người lao động năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-17T10:20:00+07:00",
    authors=["Công đoàn trường"],
    blocks=[
        Img("/images/2026/10/hoi-nghi-cbvc.jpg", None, None, style="figure"),
        P(
            "Ngày 16/10/2026, Trường THPT Nguyễn Trãi tổ chức Hội nghị cán bộ, viên chức và người lao"
            " động năm học 2026 – 2027. Hội nghị vinh dự được đón đồng chí Bùi Thị Hạnh, Phó Trưởng"
            " phòng Tổ chức cán bộ, Sở GD&ĐT Thái Bình về dự và chỉ đạo."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học"
            " 2026 – 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và"
            " báo cáo sửa đổi, bổ sung Quy chế chi tiêu nội bộ."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 – 2027", "h4"),
        P("Tỷ lệ học sinh xếp loại học lực Khá, Giỏi đạt từ 85% trở lên;", "li"),
        P("Phấn đấu có từ 45 giải học sinh giỏi cấp tỉnh trở lên;", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học;", "li"),
        P("Tập thể nhà trường đạt danh hiệu “Tập thể lao động xuất sắc”.", "li"),
        P(
            "Trong phần thảo luận, các đại biểu tập trung đóng góp ý kiến về giải pháp nâng cao chất"
            " lượng mũi nhọn, đổi mới kiểm tra đánh giá theo Chương trình GDPT 2018 và cải thiện điều"
            " kiện làm việc của giáo viên."
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành; các tổ chuyên môn"
            " ký giao ước thi đua trước sự chứng kiến của toàn thể hội nghị."
        ),
        LOADPOS,
        _sig("Công đoàn trường", "em"),
    ],
    opts={
        "pub": "2026-10-17 10:20",
        "created": "2026-10-16 16:05",
        "by": "Super User",
        "vote": (4, 7),
    },
)

S151 = Story(
    id=151,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-soi-noi-hao-hung",
    title="Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027: sôi nổi, hào hứng",
    cat="tin-tuc-su-kien",
    published_at="2026-11-07T11:30:00+07:00",
    authors=["Hoàng Văn Nam"],
    photographers=["Vũ Minh Đức"],
    blocks=[
        P(
            "Trong hai ngày 05 và 06/11/2026, Trường THPT Nguyễn Trãi tổ chức Hội khỏe Phù Đổng cấp"
            " trường năm học 2026 – 2027 nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyển"
            " chọn vận động viên tham dự Hội khỏe Phù Đổng thành phố Thái Bình."
        ),
        P(
            "Hội khỏe thu hút gần 600 vận động viên đến từ 36 lớp tranh tài ở 6 môn: bóng đá nam, bóng"
            " chuyền nữ, kéo co, cầu lông, cờ vua và điền kinh. Trước khi vào thi đấu chính thức, màn"
            " đồng diễn thể dục nhịp điệu của 250 học sinh khối 10 đã tạo nên không khí sôi động cho"
            " ngày hội."
        ),
        Img(
            "/images/2026/11/hkpd-keo-co.jpg",
            "Phần thi kéo co của khối 11 diễn ra hết sức sôi nổi",
            "Phần thi kéo co của khối 11 diễn ra hết sức sôi nổi",
            style="table",
        ),
        P(
            "Các trận đấu diễn ra trên tinh thần đoàn kết, trung thực, cao thượng. Nhiều lớp đã chuẩn bị"
            " băng rôn, khẩu hiệu và đội cổ động viên đông đảo, góp phần tạo nên không khí náo nhiệt"
            " trên sân trường."
        ),
        P("Môn thi | Giải Nhất | Giải Nhì", "tr"),
        P("Bóng đá nam | 11A3 | 12A5", "tr"),
        P("Bóng chuyền nữ | 12A2 | 10A1", "tr"),
        P("Kéo co | 11A6 | 12A4", "tr"),
        P(
            "Kết thúc hội khỏe, Ban tổ chức đã trao 18 giải Nhất, 24 giải Nhì, 30 giải Ba cho các tập"
            " thể và cá nhân; lớp 11A3 giành giải Nhất toàn đoàn. Nhà trường lựa chọn 42 vận động viên"
            " xuất sắc để tập huấn, chuẩn bị tham dự Hội khỏe Phù Đổng thành phố."
        ),
        Img(
            "/images/2026/11/hkpd-trao-giai.jpg",
            "Ban tổ chức trao giải Nhất toàn đoàn cho lớp 11A3",
            "Ban tổ chức trao giải Nhất toàn đoàn cho lớp 11A3",
            style="em",
        ),
        LOADPOS,
        _sig("Thầy giáo Hoàng Văn Nam (Tổ Thể dục – GDQP)", "em"),
    ],
    opts={
        "pub": "2026-11-07 11:30",
        "created": "2026-11-07 10:55",
        "by": "quantri",
        "fields": [("anh", "Ảnh: ", "Vũ Minh Đức")],
    },
)

S158 = Story(
    id=158,
    slug="doan-kiem-tra-cua-so-gd-dt-lam-viec-ve-cong-tac-chuan-bi-ky-thi-tot-nghiep-thpt-nam-2027",
    title="Đoàn kiểm tra của Sở GD&ĐT làm việc về công tác chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T10:05:00+07:00",
    source="Sở GD&ĐT Thái Bình",
    blocks=[
        Img(
            "/images/2026/12/doan-kiem-tra-so.jpg",
            "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
            "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
            style="figure",
        ),
        P(
            "Ngày 02/12/2026, đoàn kiểm tra của Sở GD&ĐT Thái Bình do đồng chí Nguyễn Thị Thu Hường, Phó"
            " Giám đốc Sở làm trưởng đoàn đã đến làm việc tại Trường THPT Nguyễn Trãi về công tác chuẩn"
            " bị cho Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        P(
            "Báo cáo với đoàn, cô giáo Lê Thị Thanh Bình, Hiệu trưởng nhà trường cho biết năm học"
            " 2026 – 2027 trường có 14 lớp 12 với 596 học sinh. Ngay từ đầu năm học, nhà trường đã xây"
            " dựng kế hoạch ôn tập, tổ chức khảo sát chất lượng theo định dạng đề thi mới và phân loại"
            " học sinh để có biện pháp phụ đạo phù hợp."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ chuyên môn, dự giờ một số tiết ôn tập khối 12 và trao đổi với giáo"
            " viên chủ nhiệm về công tác tư vấn lựa chọn môn thi cho học sinh."
        ),
        P(
            "Kết luận buổi làm việc, đồng chí Phó Giám đốc Sở ghi nhận sự chủ động của nhà trường, đồng"
            " thời đề nghị tiếp tục quan tâm tới nhóm học sinh có kết quả học tập chưa cao, tăng cường"
            " giáo dục kỹ năng làm bài thi trắc nghiệm và bảo đảm an toàn trong quá trình tổ chức ôn"
            " tập."
        ),
    ],
    opts={
        "pub": "2026-12-03 10:05",
        "created": "2026-12-02 17:44",
        "by": "Super User",
        "fields": [("nguon-tin", "Nguồn tin: ", "Sở GD&ĐT Thái Bình")],
        "vote": (4, 3),
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT THÁI BÌNH<br>'
    "<strong>TRƯỜNG THPT NGUYỄN TRÃI</strong><br>Số: 87/TB-THPTNT</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
    "</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
    "<em>Thái Bình, ngày 03 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
)
_NOI_NHAN = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br>'
    "<em>(Đã ký)</em><br><br><strong>Lê Thị Thanh Bình</strong></td></tr></tbody></table>"
)

S163 = Story(
    id=163,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03",
    authors=["Lê Thị Thanh Bình"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 112/KH-THPTNT ngày 05/9/2026 của Trường THPT Nguyễn Trãi về thực hiện"
            " nhiệm vụ năm học 2026 – 2027; nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"
        ),
        P("1. Thời gian kiểm tra", "b"),
        P("Khối 12: từ ngày 14/12 đến ngày 17/12/2026;", "li"),
        P("Khối 10 và khối 11: từ ngày 18/12 đến ngày 23/12/2026.", "li"),
        P("2. Hình thức kiểm tra", "b"),
        P(
            "Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của trường; các môn còn"
            " lại do tổ chuyên môn tổ chức kiểm tra trên lớp theo lịch của nhà trường."
        ),
        P("3. Tổ chức thực hiện", "b"),
        P(
            "Các tổ chuyên môn nộp đề kiểm tra và hướng dẫn chấm về Phó Hiệu trưởng phụ trách chuyên"
            " môn trước ngày 10/12/2026. Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và"
            " cha mẹ học sinh."
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực"
            " hiện./."
        ),
        Raw(_NOI_NHAN),
    ],
    opts={
        "pub": "2026-12-04 15:10",
        "created": "2026-12-04 15:02",
        "by": "quantri",
    },
)

S147 = Story(
    id=147,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T16:45:00+07:00",
    blocks=[
        P(
            "Từ ngày 19/10 đến ngày 29/10/2026, Trường THPT Nguyễn Trãi tổ chức Hội thi giáo viên dạy"
            " giỏi cấp trường năm học 2026 – 2027. Hội thi có 24 giáo viên thuộc 7 tổ chuyên môn đăng"
            " ký tham gia."
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng"
            " dạy và dạy thực hành hai tiết trên lớp. Ban giám khảo gồm các đồng chí trong Ban giám"
            " hiệu và tổ trưởng, tổ phó chuyên môn."
        ),
        Img(
            "/images/2026/10/gvdg-tiet-day-hoa.jpg",
            "Tiết dạy môn Hóa học của cô giáo Trịnh Thu Trang tại lớp 10A3",
            "Tiết dạy môn Hóa học của cô giáo Trịnh Thu Trang tại lớp 10A3",
            style="em",
        ),
        P(
            "Các tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích"
            " cực và ứng dụng công nghệ thông tin hiệu quả. Nhiều tiết dạy gây ấn tượng nhờ tổ chức tốt"
            " hoạt động trải nghiệm, giúp học sinh chủ động chiếm lĩnh kiến thức."
        ),
        P(
            "Kết quả, Ban tổ chức đã công nhận 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường,"
            " trong đó:",
            "br",
        ),
        P("- Giải Nhất: cô Trịnh Thu Trang (Hóa học), thầy Nguyễn Hữu Lộc (Vật lí);", "br"),
        P(
            "- Giải Nhì: cô Phạm Thị Hằng (Ngữ văn), cô Lương Thị Mai (Tiếng Anh), thầy Đào Văn Khoa"
            " (Toán);",
            "br",
        ),
        P("- Giải Ba: 4 giáo viên."),
        P(
            "Hội thi là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, đồng thời là cơ sở để nhà trường"
            " lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh trong thời gian tới."
        ),
        _sig("BBT Website", "em"),
    ],
    opts={
        "pub": "2026-10-30 16:45",
        "created": "2026-10-30 16:31",
        "by": "quantri",
    },
)

S149 = Story(
    id=149,
    slug="kinh-nghiem-on-thi-tot-nghiep-thpt-mon-tieng-anh",
    title="Kinh nghiệm ôn thi tốt nghiệp THPT môn Tiếng Anh: chia sẻ từ Tổ Ngoại ngữ",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-03T09:00:00+07:00",
    summary=(
        "Kỳ thi tốt nghiệp THPT năm 2027 là năm thứ ba thực hiện theo Chương trình GDPT 2018, trong đó"
        " Tiếng Anh là môn thi tự chọn. Tổ Ngoại ngữ Trường THPT Nguyễn Trãi chia sẻ một số kinh"
        " nghiệm ôn tập để các em học sinh khối 12 tham khảo."
    ),
    authors=["Đặng Thị Lan Anh"],
    blocks=[
        P(
            "Kỳ thi tốt nghiệp THPT năm 2027 là năm thứ ba thực hiện theo Chương trình GDPT 2018, trong"
            " đó Tiếng Anh là môn thi tự chọn. Tổ Ngoại ngữ Trường THPT Nguyễn Trãi chia sẻ một số kinh"
            " nghiệm ôn tập để các em học sinh khối 12 tham khảo.",
            "lead",
        ),
        P(
            "Theo thống kê của tổ, năm 2026 có 214 học sinh của trường đăng ký dự thi môn Tiếng Anh,"
            " điểm trung bình đạt 7,12, cao hơn mức trung bình của tỉnh. Có được kết quả này là nhờ sự"
            " phối hợp chặt chẽ giữa giáo viên, học sinh và cha mẹ học sinh ngay từ đầu năm học."
        ),
        P(
            "Trước hết, mỗi học sinh cần nắm vững cấu trúc, định dạng đề thi, xác định mục tiêu điểm số"
            " phù hợp với năng lực của bản thân và lập kế hoạch ôn tập cụ thể theo từng tuần."
        ),
        Raw('<hr class="system-pagebreak" title="Ôn từ vựng và ngữ pháp" alt="Ôn từ vựng và ngữ pháp">'),
        P("1. Ôn tập từ vựng và ngữ pháp theo chủ đề", "h3"),
        P(
            "Từ vựng nên được ôn theo các chủ đề gần gũi trong sách giáo khoa như môi trường, giáo dục,"
            " công nghệ, văn hóa. Học sinh nên ghi chép từ mới kèm ví dụ, cụm từ cố định và từ đồng"
            " nghĩa, trái nghĩa thay vì chỉ học nghĩa đơn lẻ."
        ),
        P(
            "Với ngữ pháp, các em cần hệ thống lại các thì, câu bị động, mệnh đề quan hệ, câu điều kiện"
            " và sự hòa hợp giữa chủ ngữ với động từ. Đây là những nội dung xuất hiện thường xuyên trong"
            " các câu hỏi điền từ và sắp xếp câu."
        ),
        Img(
            "/images/2026/11/on-thi-tieng-anh-12a2.jpg",
            "Giờ ôn tập môn Tiếng Anh của học sinh lớp 12A2",
            "Giờ ôn tập môn Tiếng Anh của học sinh lớp 12A2",
            style="em",
        ),
        Raw('<hr class="system-pagebreak" title="Luyện đề và phân bổ thời gian" alt="Luyện đề">'),
        P("2. Luyện đề và phân bổ thời gian hợp lý", "h3"),
        P(
            "Từ học kỳ II, học sinh nên luyện ít nhất hai đề mỗi tuần trong đúng 50 phút, sau đó tự chấm"
            " và ghi lại những lỗi sai thường gặp. Với phần đọc hiểu, các em nên đọc câu hỏi trước,"
            " gạch chân từ khóa rồi mới tìm thông tin trong bài đọc."
        ),
        P(
            "Cuối cùng, các em cần giữ tâm lý thoải mái, ngủ đủ giấc và tránh học dồn trong những ngày"
            " sát kỳ thi. Chúc các em học sinh khối 12 có một mùa thi thành công!"
        ),
    ],
    opts={
        "pub": "2026-11-03 09:00",
        "created": "2026-11-02 20:15",
        "modified": "2026-11-04 07:40",
        "by": "Cô Đặng Thị Lan Anh",
        "vote": (5, 41),
        "pages": ["Kinh nghiệm ôn thi tốt nghiệp THPT môn Tiếng Anh: chia sẻ từ Tổ Ngoại ngữ",
                  "Ôn từ vựng và ngữ pháp", "Luyện đề và phân bổ thời gian"],
    },
)

S153 = Story(
    id=153,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-nghi-luan-mon-ngu-van",
    title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản nghị luận” môn Ngữ văn",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12",
    authors=["Tổ Ngữ văn"],
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 – 2027, chiều ngày 10/11/2026, Tổ Ngữ"
            " văn Trường THPT Nguyễn Trãi tổ chức chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản"
            " nghị luận theo Chương trình GDPT 2018” cho học sinh lớp 11.",
            "word",
        ),
        P(
            "Chuyên đề được thực hiện qua tiết dạy minh họa bài “Chiếu cầu hiền” của Ngô Thì Nhậm tại lớp"
            " 11A4 do cô giáo Nguyễn Thị Hồng Nhung đảm nhiệm. Tiết học được thiết kế theo hướng tổ chức"
            " các hoạt động học tập, học sinh làm việc nhóm, trình bày sản phẩm và tự đánh giá lẫn nhau.",
            "word",
        ),
        P(
            "Sau tiết dạy, các thầy cô trong tổ đã trao đổi, thảo luận sôi nổi về những vấn đề:",
            "word",
        ),
        P(
            "Cách thiết kế phiếu học tập giúp học sinh nhận diện luận đề, luận điểm và hệ thống lí lẽ,"
            " bằng chứng;",
            "wordli",
        ),
        P("Việc sử dụng sơ đồ tư duy và kĩ thuật “khăn trải bàn” trong hoạt động đọc hiểu;", "wordli"),
        P("Hình thức đánh giá thường xuyên thông qua bảng kiểm và rubric.", "wordli"),
        Img(
            "/images/2026/11/chuyen-de-ngu-van-11a4.jpg",
            "Cô giáo Nguyễn Thị Hồng Nhung trong tiết dạy minh họa",
            "Cô giáo Nguyễn Thị Hồng Nhung trong tiết dạy minh họa",
            style="em",
        ),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ thống nhất cách tiếp cận, vận dụng linh hoạt các phương"
            " pháp, kĩ thuật dạy học tích cực, góp phần nâng cao chất lượng dạy học môn Ngữ văn trong"
            " nhà trường.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right;"><strong><span style="font-size: 14.0pt;'
            " font-family: 'Times New Roman',serif;\">Tổ Ngữ văn<o:p></o:p></span></strong></p>"
        ),
    ],
    opts={
        "pub": "2026-11-12 00:00",
        "created": "2026-11-11 22:40",
        "by": "nguyentrai.admin",
    },
)

S156 = Story(
    id=156,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Tổ Toán – Tin",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-26T14:00:00+07:00",
    summary=(
        "Nhằm đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học, ngày 24/11/2026, Tổ Toán –"
        " Tin Trường THPT Nguyễn Trãi đã tổ chức buổi sinh hoạt chuyên môn với bài dạy “Phương trình"
        " mặt phẳng” (Toán 12)."
    ),
    authors=["Phạm Quang Huy"],
    blocks=[
        P(
            "Nhằm đổi mới sinh hoạt chuyên môn theo hướng nghiên cứu bài học, ngày 24/11/2026, Tổ Toán –"
            " Tin Trường THPT Nguyễn Trãi đã tổ chức buổi sinh hoạt chuyên môn với bài dạy “Phương trình"
            " mặt phẳng” (Toán 12).",
            "lead",
        ),
        P(
            "Tiết dạy minh họa do thầy giáo Đinh Công Minh thực hiện tại lớp 12A6. Trước đó, nhóm giáo"
            " viên Toán khối 12 đã cùng nghiên cứu, thiết kế kế hoạch bài dạy, dự kiến những khó khăn mà"
            " học sinh có thể gặp phải khi lập phương trình mặt phẳng đi qua ba điểm."
        ),
        P(
            "Khác với cách dự giờ truyền thống, các thầy cô tập trung quan sát hoạt động học của học sinh:"
            " em nào còn lúng túng, nhóm nào chưa hợp tác hiệu quả, nguyên nhân vì sao. Phần mềm"
            " GeoGebra được sử dụng để trực quan hóa vị trí tương đối của các mặt phẳng trong không gian."
        ),
        Img(
            "/images/2026/11/shcm-toan-tin-12a6.jpg",
            "Học sinh lớp 12A6 thảo luận nhóm trong tiết học",
            "Học sinh lớp 12A6 thảo luận nhóm trong tiết học",
            style="figcap",
        ),
        P(
            "Trong phần thảo luận sau giờ dạy, tổ chuyên môn thống nhất điều chỉnh thời lượng hoạt động"
            " khởi động, tăng cường câu hỏi gợi mở cho nhóm học sinh có học lực trung bình và bổ sung bài"
            " tập vận dụng gắn với thực tiễn."
        ),
        P(
            "Được biết, trong học kỳ I, Tổ Toán – Tin sẽ tổ chức 4 chuyên đề sinh hoạt chuyên môn theo"
            " nghiên cứu bài học, trong đó có 2 chuyên đề về ứng dụng trí tuệ nhân tạo hỗ trợ học sinh"
            " tự học môn Tin học."
        ),
    ],
    opts={
        "pub": "2026-11-26 14:00",
        "created": "2026-11-25 09:12",
        "by": "Thầy Phạm Quang Huy",
        "nfd": True,
    },
)

S144 = Story(
    id=144,
    slug="ra-quan-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title="Ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026",
    cat="doan-thanh-nien",
    published_at="2026-11-16T21:15:00+07:00",
    authors=["Trần Văn Khải"],
    blocks=[
        P(
            "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026"
            " (từ ngày 15/11 đến 15/12), sáng thứ Hai ngày 16/11/2026, Đoàn trường THPT Nguyễn Trãi tổ"
            " chức lễ ra quân với sự tham gia của hơn 1.200 đoàn viên, thanh niên."
        ),
        P(
            "Tại buổi lễ, đồng chí Trần Văn Khải, Bí thư Đoàn trường đã quán triệt ý nghĩa của Tháng hành"
            " động với chủ đề “Chung tay hành động vì bình đẳng giới, chấm dứt bạo lực trên cơ sở giới”,"
            " đồng thời phát động các chi đoàn tham gia cuộc thi vẽ tranh cổ động và viết bài tuyên"
            " truyền."
        ),
        P(
            "“Bình đẳng giới không phải là câu chuyện của riêng ai. Mỗi bạn trẻ hãy bắt đầu từ những hành"
            " động nhỏ nhất: tôn trọng bạn bè, không trêu chọc, miệt thị và biết lên tiếng trước những"
            " hành vi bạo lực”, đồng chí Trần Văn Khải nhấn mạnh.",
            "quote",
        ),
        Img(
            "/images/2026/11/ra-quan-binh-dang-gioi.jpg",
            "(Đoàn viên thanh niên diễu hành cổ động quanh sân trường)",
            "Đoàn viên thanh niên diễu hành cổ động quanh sân trường",
            style="em",
        ),
        P(
            "Ngay sau lễ ra quân, các chi đoàn đã tổ chức diễu hành cổ động với pano, khẩu hiệu tuyên"
            " truyền quanh sân trường. Trong suốt Tháng hành động, Đoàn trường sẽ duy trì chuyên mục phát"
            " thanh măng non vào giờ ra chơi các ngày thứ Tư hằng tuần."
        ),
        _sig("Trần Văn Khải – Bí thư Đoàn trường"),
    ],
    opts={
        "pub": "2026-11-16 21:15",
        "created": "2026-11-16 20:50",
        "by": "Super User",
    },
)

S150 = Story(
    id=150,
    slug="chuong-trinh-ao-am-mua-dong-den-voi-hoc-sinh-vung-cao",
    title="Chương trình “Áo ấm mùa đông” đến với học sinh vùng cao",
    cat="doan-thanh-nien",
    published_at="2026-11-28T19:40:00+07:00",
    summary=(
        "Với thông điệp “Mùa đông không lạnh”, trong tháng 11/2026, Đoàn trường THPT Nguyễn Trãi đã phát"
        " động chương trình “Áo ấm mùa đông” quyên góp quần áo, sách vở gửi tặng học sinh Trường PTDTBT"
        " Tiểu học và THCS Sủng Là (Hà Giang)."
    ),
    authors=["Nguyễn Thị Ngọc Ánh"],
    photographers=["Nguyễn Thị Ngọc Ánh"],
    blocks=[
        Img(
            "/images/2026/11/ao-am-mua-dong-phan-loai.jpg",
            "Đoàn viên thanh niên phân loại quần áo trước khi đóng gói",
            "Đoàn viên thanh niên phân loại quần áo trước khi đóng gói",
            style="figure",
        ),
        P(
            "Với thông điệp “Mùa đông không lạnh”, trong tháng 11/2026, Đoàn trường THPT Nguyễn Trãi đã"
            " phát động chương trình “Áo ấm mùa đông” quyên góp quần áo, sách vở gửi tặng học sinh"
            " Trường PTDTBT Tiểu học và THCS Sủng Là (Hà Giang).",
            "lead",
        ),
        P(
            "Sau hơn hai tuần triển khai, các chi đoàn đã quyên góp được 1.350 chiếc áo ấm, 420 bộ sách"
            " giáo khoa, 900 cuốn vở cùng nhiều đồ dùng học tập. Đặc biệt, chi đoàn 12A1 và 11A5 đã tổ"
            " chức bán đồ handmade, gây quỹ được hơn 8 triệu đồng để mua chăn ấm cho các em nhỏ."
        ),
        P(
            "Ngày 27/11/2026, đoàn công tác gồm đại diện Ban giám hiệu, Ban Chấp hành Đoàn trường cùng 10"
            " đoàn viên tiêu biểu đã trao toàn bộ số quà tới thầy và trò nhà trường vùng cao."
        ),
        Img("/images/2026/11/trao-qua-sung-la.jpg", "Ảnh: Nguyễn Thị Ngọc Ánh", None, style="credit"),
        P(
            "Chương trình không chỉ mang lại hơi ấm cho các em học sinh vùng khó khăn mà còn giúp đoàn"
            " viên, thanh niên nhà trường thêm hiểu, thêm trân trọng những điều kiện học tập mà mình đang"
            " có."
        ),
        Raw("{xemthem 144}"),
        _sig("Tin, ảnh: Nguyễn Thị Ngọc Ánh"),
    ],
    opts={
        "pub": "2026-11-28 19:40",
        "created": "2026-11-27 08:00",
        "by": "quantri",
        "vote": (5, 12),
    },
)

S155 = Story(
    id=155,
    slug="dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-nguyen-trai-nhiem-ky-2026-2027",
    title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Nguyễn Trãi nhiệm kỳ 2026 – 2027",
    cat="doan-thanh-nien",
    published_at="2026-10-10T15:30:00+07:00",
    source="Tỉnh đoàn Thái Bình",
    blocks=[
        P(
            "Thực hiện hướng dẫn của Thành đoàn Thái Bình, ngày 09/10/2026, Đoàn TNCS Hồ Chí Minh Trường"
            " THPT Nguyễn Trãi tổ chức Đại hội đại biểu lần thứ XXVI, nhiệm kỳ 2026 – 2027. Về dự Đại hội"
            " có 180 đại biểu đại diện cho hơn 1.300 đoàn viên của 36 chi đoàn."
        ),
        P(
            "Nhiệm kỳ 2025 – 2026, Đoàn trường đã triển khai hiệu quả nhiều phong trào như “Tuổi trẻ sáng"
            " tạo”, “Thanh niên tình nguyện”, “Kế hoạch nhỏ”; tổ chức thành công Hội trại truyền thống"
            " 26/3 và được Thành đoàn tặng Bằng khen."
        ),
        P(
            "Đại hội đã thảo luận, thống nhất phương hướng nhiệm vụ nhiệm kỳ mới với khâu đột phá là đẩy"
            " mạnh chuyển đổi số trong sinh hoạt Đoàn và phát huy vai trò xung kích của đoàn viên trong"
            " học tập."
        ),
        Img(
            "/images/2026/10/dai-hoi-doan-bch-moi.jpg",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            style="table",
        ),
        P(
            "Đại hội đã bầu Ban Chấp hành Đoàn trường khóa XXVI gồm 15 đồng chí; đồng chí Trần Văn Khải"
            " tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
        ),
        _sig("Theo Tỉnh đoàn Thái Bình", "em"),
    ],
    opts={
        "pub": "2026-10-10 15:30",
        "created": "2026-10-09 11:00",
        "by": "quantri",
    },
)

EMAIL_161 = "doantruong.nguyentraitb@gmail.com"

S161 = Story(
    id=161,
    slug="cuoc-thi-tim-hieu-phap-luat-ve-an-toan-giao-thong-nam-2026",
    title="Cuộc thi “Tìm hiểu pháp luật về an toàn giao thông” năm 2026",
    cat="doan-thanh-nien",
    published_at="2026-12-01T08:30:00+07:00",
    authors=["Đoàn trường"],
    blocks=[
        P(
            "Nhằm nâng cao nhận thức và ý thức chấp hành pháp luật về trật tự, an toàn giao thông cho"
            " đoàn viên, thanh niên, Đoàn trường THPT Nguyễn Trãi phát động cuộc thi “Tìm hiểu pháp luật"
            " về an toàn giao thông” năm 2026."
        ),
        P("Đối tượng và hình thức dự thi", "h4"),
        P(
            "Cuộc thi dành cho tất cả học sinh đang học tập tại trường. Mỗi thí sinh làm một bài dự thi"
            " viết tay hoặc đánh máy trả lời 5 câu hỏi của Ban tổ chức, kèm theo một bài viết không quá"
            " 1.500 chữ về chủ đề “Văn hóa giao thông học đường”."
        ),
        P(
            "Bài dự thi nộp trực tiếp tại Văn phòng Đoàn trường (tầng 1, nhà B) hoặc gửi bản chụp về địa"
            f" chỉ email {EMAIL_161} trước 17 giờ 00 ngày 25/12/2026.",
            "email:" + EMAIL_161,
        ),
        P("Cơ cấu giải thưởng", "h4"),
        P("Giải | Số lượng | Giá trị", "tr"),
        P("Giải Nhất | 01 | 1.000.000 đồng", "tr"),
        P("Giải Nhì | 02 | 700.000 đồng", "tr"),
        P("Giải Ba | 03 | 500.000 đồng", "tr"),
        P("Giải Khuyến khích | 10 | 200.000 đồng", "tr"),
        P(
            "Kết quả cuộc thi sẽ được công bố tại buổi chào cờ đầu tuần và đăng tải trên website của nhà"
            " trường."
        ),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16">'
            ' <a href="/images/2026/12/the-le-cuoc-thi-atgt-2026.pdf" target="_blank">Thể lệ cuộc thi'
            " (tải về)</a></p>"
        ),
    ],
    opts={
        "pub": "2026-12-01 08:30",
        "created": "2026-11-30 22:05",
        "by": "Đoàn trường",
        "vote": (4, 9),
    },
)

STORIES: list[Story] = [S142, S145, S151, S158, S163, S147, S149, S153, S156, S144, S150, S155, S161]

# --- rows of the news list that are not articles --------------------------------------------

N152 = Story(
    id=152,
    slug="video-man-dong-dien-the-duc-nhip-dieu-tai-hoi-khoe-phu-dong-cap-truong",
    title="Video: Màn đồng diễn thể dục nhịp điệu tại Hội khỏe Phù Đổng cấp trường",
    cat="tin-tuc-su-kien",
    published_at=None,
    blocks=[
        Raw(
            '<p style="text-align: center;"><iframe width="720" height="405"'
            ' src="https://www.youtube.com/embed/Qm7rT2xNtA8" title="YouTube video player"'
            ' frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media;'
            ' gyroscope; picture-in-picture" allowfullscreen></iframe></p>'
        ),
    ],
    opts={"pub": "2026-11-07 15:00", "created": "2026-11-07 14:48", "by": "quantri", "kind": "video"},
)
N154 = Story(
    id=154,
    slug="album-anh-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Album ảnh: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at=None,
    blocks=[Raw("{gallery}2026/11/album-20-11{/gallery}")],
    opts={"pub": "2026-11-21 09:30", "created": "2026-11-20 22:10", "by": "quantri", "kind": "album",
          "tags": ["ngay-nha-giao"]},
)
N159 = Story(
    id=159,
    slug="thoi-khoa-bieu-hoc-ky-i-ap-dung-tu-ngay-07-12-2026",
    title="Thời khóa biểu học kỳ I áp dụng từ ngày 07/12/2026",
    cat="tin-tuc-su-kien",
    published_at=None,
    blocks=[
        Raw(
            "<p>Nhà trường gửi thời khóa biểu học kỳ I năm học 2026 – 2027 (điều chỉnh), áp dụng từ"
            " ngày 07/12/2026.</p>"
            '<p><a href="/images/2026/11/tkb-hk1-ap-dung-07-12-2026.pdf" target="_blank">Tải về'
            " thời khóa biểu (PDF)</a></p>"
            '<p><object data="/images/2026/11/tkb-hk1-ap-dung-07-12-2026.pdf" type="application/pdf"'
            ' width="100%" height="760"></object></p>'
        ),
    ],
    opts={"pub": "2026-11-30 17:00", "created": "2026-11-30 16:52", "by": "quantri", "kind": "doc"},
)
NON_STORIES = [N152, N154, N159]
ALL_ITEMS: dict[int, Story] = {s.id: s for s in [*STORIES, *NON_STORIES]}

TAGS = {"ngay-nha-giao": (7, "Ngày Nhà giáo Việt Nam")}

# --- dates ------------------------------------------------------------------------------------

_THU = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
_THU_RSS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON_RSS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _lc2(stamp: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ sáu, 20 Tháng 11 2026 06:45"."""
    d = _dt(stamp)
    return f"{_THU[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def _lc3(stamp: str) -> str:
    d = _dt(stamp)
    return f"{d:%d} Tháng {d.month} {d.year}"


def _db(stamp: str) -> str:
    """``publish_up`` as the database stores it: UTC, no offset."""
    return (_dt(stamp) - timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S")


def _rfc822(stamp: str) -> str:
    d = _dt(stamp)
    return f"{_THU_RSS[d.weekday()]}, {d:%d} {_MON_RSS[d.month - 1]} {d.year} {d:%H:%M:%S} +0700"


# --- URLs ---------------------------------------------------------------------------------------


def own_path(s: Story) -> str:
    return f"/index.php/{CATS[s.cat].alias}/{s.id}-{s.slug}"


def nested_path(s: Story) -> str:
    """The Category List override's link (forced Itemid 102) for sub-category articles."""
    if s.cat == NEWS.alias:
        return own_path(s)
    return f"/index.php/{NEWS.alias}/{CATS[s.cat].alias}/{s.id}-{s.slug}"


def nonsef_path(s: Story, itemid: int) -> str:
    cat = CATS[s.cat]
    return (
        f"/index.php?option=com_content&view=article&id={s.id}:{s.slug}&catid={cat.id}"
        f"&Itemid={itemid}"
    )


NONSEF_LINKED = {163: 102, 159: 102, 144: 104}
PAGED_QUERIES = ["showall=&limitstart=", "showall=&limitstart=1", "showall=&limitstart=2", "showall=1"]


def tag_path(key: str) -> str:
    tid, _ = TAGS[key]
    return f"/index.php/component/tags/tag/{tid}-{key}"


def _a(path: str) -> str:
    return esc(path)


# --- text rendering -----------------------------------------------------------------------------


def _cloak(addr: str) -> str:
    name, domain = addr.split("@")

    def b(value: str) -> str:
        return base64.b64encode(value.encode()).decode()

    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b(name)}" last="{b(domain)}"'
        f' text="{b(addr)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác,'
        " bạn cần bật JavaScript để xem nó.</joomla-hidden-mail>"
    )


def _img_tag(img: Img, extra: str = "") -> str:
    alt = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" width="800" height="533"{extra}>'


def _img_html(img: Img) -> str:
    printed = esc(img.printed) if img.printed else ""
    if img.style == "table":
        cap = (
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt; color: #0000ff;">'
            f"<em>{printed}</em></span></td></tr>"
            if printed
            else ""
        )
        return (
            '<table class="bang-anh" style="width: 90%; margin-left: auto; margin-right: auto;"'
            ' border="0" cellspacing="0" cellpadding="3"><tbody>'
            f'<tr><td style="text-align: center;">{_img_tag(img)}</td></tr>{cap}</tbody></table>'
        )
    if img.style == "figcap":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return (
            '<figure class="image" style="display: table; margin-left: auto; margin-right: auto;">'
            f"{_img_tag(img)}{cap}</figure>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(img)}</p>'
            f'<p style="text-align: right;"><span style="font-size: 9pt;"><em>{printed}</em></span></p>'
        )
    # "em": a centred paragraph with the image, the caption in italics under it
    lazy = ' loading="lazy"'
    out = f'<p style="text-align: center;">{_img_tag(img, lazy)}</p>'
    if printed:
        out += f'<p style="text-align: center;"><em>{printed}</em></p>'
    return out


_WORD_SPAN = "font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;"


def _p_html(p: P, nfd: bool) -> str:
    t = text(p.text, nfd=nfd)
    st = p.style
    if st.startswith("email:"):
        addr = st.split(":", 1)[1]
        t = t.replace(esc(addr), _cloak(addr))
        return f'<p style="text-align: justify;">{t}</p>'
    if st == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if st in ("h3", "h4"):
        return f"<{st}>{t}</{st}>"
    if st == "b":
        return f"<p><strong>{t}</strong></p>"
    if st == "quote":
        return f'<blockquote><p><em>{t}</em></p></blockquote>'
    if st == "word":
        return (
            '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
            f'<span style="{_WORD_SPAN}">{t}<o:p></o:p></span></p>'
        )
    if st == "wordli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36.0pt; text-align: justify;'
            ' text-indent: -18.0pt; line-height: 150%; mso-list: l0 level1 lfo1;"><!--[if !supportLists]-->'
            f'<span style="{_WORD_SPAN}"><span style="mso-list: Ignore;">-<span style="font: 7.0pt'
            " 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
            f'<!--[endif]--><span style="{_WORD_SPAN}">{t}</span></p>'
        )
    return f'<p style="text-align: justify;">{t}</p>'


def render_blocks(blocks: list, nfd: bool = False, module_html: str = "") -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b is LOADPOS or b.html == LOADPOS.html:
                out.append(module_html)
            elif b.html.startswith("{xemthem"):
                target = ALL_ITEMS[int(b.html.strip("{}").split()[1])]
                href = nonsef_path(target, NONSEF_LINKED[target.id])
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{_a(href)}">{esc(target.title)}</a></p>'
                )
            elif b.html.startswith("{gallery}"):
                out.append(_gallery_html())
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style != "figure":
                out.append(_img_html(b))
            i += 1
            continue
        if b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                items = "".join(f"<li>{text(g.text, nfd=nfd)}</li>" for g in group)
                out.append(f'<ul style="list-style-type: disc;">{items}</ul>')
            else:
                rows = []
                for n, g in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    cells = "".join(
                        f'<{cell} style="border: 1px solid #999; padding: 4px;">{text(c, nfd=nfd)}</{cell}>'
                        for c in g.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 80%; margin: 0 auto;'
                    f' border-collapse: collapse;"><tbody>{"".join(rows)}</tbody></table>'
                )
            continue
        if b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(text(blocks[i].text, nfd=nfd))
                last = blocks[i].style != "br"
                i += 1
                if last:
                    break
            out.append('<p style="text-align: justify;">' + "<br>\n".join(parts) + "</p>")
            continue
        out.append(_p_html(b, nfd))
        i += 1
    return "\n".join(out)


def _gallery_html() -> str:
    items = []
    for n in range(1, 9):
        src = f"/images/2026/11/album-20-11/anh-{n:02d}.jpg"
        thumb = f"/cache/jw_sig/jw_sig_cache_5f1c0a{n:02d}_anh-{n:02d}.jpg"
        items.append(
            f'<li class="sigFreeThumb"><a href="{src}" class="sigFreeLink" title="Ảnh {n}"'
            f' data-fancybox="gallery154"><img class="sigFreeImg" src="{thumb}" alt="Ảnh {n}"'
            ' width="200" height="160"></a></li>'
        )
    return (
        '<div class="sigFreeContainer sigFreeClassic" id="sigFreeId6a3e9d1c2b"><ul class="sigFreeClassic">'
        + "".join(items)
        + '</ul><div class="sigFreeClear">&nbsp;</div></div>'
    )


def figure_html(s: Story) -> str:
    imgs = [b for b in s.blocks if isinstance(b, Img) and b.style == "figure"]
    if not imgs:
        return ""
    img = imgs[0]
    local = img.src.removeprefix("/images/")
    src = f"{img.src}#joomlaImage://local-images/{local}?width=1200&height=800"
    cap = f'<figcaption class="caption">{esc(img.printed)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="float-start item-image anh-bai-viet"><img src="{esc(src)}" itemprop="image"'
        f' alt="">{cap}</figure>'
    )


# --- chrome -----------------------------------------------------------------------------------

LATEST = [163, 158, 161, 150, 156]
MOSTREAD = [142, 149, 155, 163, 161]
FEATURED = [163, 158, 161]

_MENU_ITEMS = [
    # (itemid, title, href, children)
    (101, "Trang chủ", "/index.php", []),
    (109, "Giới thiệu", None, [
        (106, "Lịch sử nhà trường", "/index.php/gioi-thieu/lich-su-nha-truong"),
        (107, "Cơ cấu tổ chức", "/index.php/gioi-thieu/co-cau-to-chuc"),
    ]),
    (102, "Tin tức – Sự kiện", "/index.php/tin-tuc-su-kien", [
        (113, "Hoạt động chuyên môn", "/index.php/hoat-dong-chuyen-mon"),
        (114, "Đoàn thanh niên", "/index.php/doan-thanh-nien"),
    ]),
    (110, "Văn bản", "https://sgddt.thaibinh.gov.vn/van-ban-phap-quy", []),
    (108, "Liên hệ", "/index.php/lien-he", []),
]


def _menu(active: int) -> str:
    out = ['<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list menu-chinh">']
    for itemid, title, href, children in _menu_items_view():
        classes = f"metismenu-item item-{itemid} level-1"
        if itemid == 101:
            classes += " default"
        if itemid == active or any(c[0] == active for c in children):
            classes += " current active"
        if children:
            classes += " deeper parent"
        if href is None:
            link = f'<button class="mod-menu__heading nav-header mm-collapsed mm-toggler mm-toggler-nolink" aria-haspopup="true" aria-expanded="false">{esc(title)}</button>'
        else:
            target = ' target="_blank" rel="noopener noreferrer"' if href.startswith("http") else ""
            link = f'<a href="{esc(href)}"{target}>{esc(title)}</a>'
            if children:
                link += f'<button class="mm-collapsed mm-toggler mm-toggler-link" aria-haspopup="true" aria-expanded="false" aria-label="{esc(title)}"></button>'
        sub = ""
        if children:
            lis = "".join(
                f'<li class="metismenu-item item-{cid} level-2"><a href="{esc(ch)}">{esc(ct)}</a></li>'
                for cid, ct, ch in children
            )
            sub = f'<ul class="mm-collapse">{lis}</ul>'
        out.append(f'<li class="{classes}">{link}{sub}</li>')
    out.append("</ul>")
    return "\n".join(out)


def _menu_items_view():
    return _MENU_ITEMS


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for n, (label, href) in enumerate(items, start=1):
        if href:
            lis.append(
                '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope'
                ' itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{_a(href)}" class="pathway"><span itemprop="name">{esc(label)}'
                f'</span></a><meta itemprop="position" content="{n}"></li>'
            )
        else:
            lis.append(
                '<li class="mod-breadcrumbs__item breadcrumb-item active" aria-current="page"'
                ' itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{n}"></li>'
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope'
        ' itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        + "".join(lis)
        + "</ol></nav>"
    )


def _article_list_module(ids: list[int], cls: str) -> str:
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{_a(own_path(ALL_ITEMS[i]))}"'
        f' itemprop="url"><span itemprop="name">{esc(ALL_ITEMS[i].title)}</span></a></li>'
        for i in ids
    )
    return f'<ul class="{cls} mod-list">{lis}</ul>'


def _card(title: str, body: str, extra: str = "") -> str:
    return (
        f'<div class="sidebar-right card {extra}"><h3 class="card-header ">{esc(title)}</h3>'
        f'<div class="card-body">{body}</div></div>'
    )


def _sidebar() -> str:
    links = "".join(
        f'<option value="{esc(u)}">{esc(t)}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Sở GD&ĐT Thái Bình", "https://sgddt.thaibinh.gov.vn"),
            ("Cổng TTĐT tỉnh Thái Bình", "https://thaibinh.gov.vn"),
            ("Báo Thái Bình", "https://baothaibinh.com.vn"),
        ]
    )
    counter = (
        '<div class="vn-dem-truy-cap"><table class="tk" style="width:100%"><tbody>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/online.png" alt=""> Đang online</td>'
        '<td style="text-align:right">27</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/today.png" alt=""> Hôm nay</td>'
        '<td style="text-align:right">486</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/yesterday.png" alt=""> Hôm qua</td>'
        '<td style="text-align:right">1.032</td></tr>'
        '<tr><td><img src="/modules/mod_vvisit_counter/images/all.png" alt=""> Tổng truy cập</td>'
        '<td style="text-align:right">1.284.509</td></tr></tbody></table></div>'
    )
    poll = (
        '<form action="/index.php" method="post" name="form2" class="khao-sat">'
        "<p><strong>Bạn biết đến website nhà trường qua kênh nào?</strong></p>"
        '<div><input type="radio" name="voteid" id="voteid31" value="31"> <label for="voteid31">Zalo'
        ' nhóm lớp</label></div>'
        '<div><input type="radio" name="voteid" id="voteid32" value="32"> <label for="voteid32">Trang'
        " Facebook của trường</label></div>"
        '<div><input type="radio" name="voteid" id="voteid33" value="33"> <label for="voteid33">Giáo'
        " viên chủ nhiệm giới thiệu</label></div>"
        '<input type="submit" name="task_button" class="btn btn-primary btn-sm" value="Bình chọn">'
        '<input type="hidden" name="option" value="com_poll"><input type="hidden" name="id" value="4">'
        "</form>"
    )
    return "\n".join(
        [
            _card("Tin mới nhất", _article_list_module(LATEST, "mod-articleslatest latestnews")),
            _card("Đọc nhiều nhất", _article_list_module(MOSTREAD, "mostread mod-articlespopular")),
            _card(
                "Liên kết website",
                '<select class="form-select" onchange="if(this.value) window.open(this.value)">'
                f'<option value="">-- Chọn liên kết --</option>{links}</select>',
            ),
            _card("Thăm dò ý kiến", poll),
            _card("Thống kê truy cập", counter, "thong-ke"),
        ]
    )


def _footer() -> str:
    return (
        '<footer class="container-footer footer full-width"><div class="grid-child">'
        '<div class="moduletable chan-trang">'
        "<p><strong>TRƯỜNG THPT NGUYỄN TRÃI - THÀNH PHỐ THÁI BÌNH</strong></p>"
        "<p>Địa chỉ: Số 68, đường Lý Bôn, phường Đề Thám, thành phố Thái Bình, tỉnh Thái Bình</p>"
        f"<p>Điện thoại: 0227.3831.486 - Email: {_cloak('c3nguyentrai.thaibinh@thaibinh.edu.vn')}</p>"
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Thị Thanh Bình</p>"
        "<p>© 2026 Bản quyền thuộc về Trường THPT Nguyễn Trãi. Ghi rõ nguồn khi phát hành lại thông tin"
        " từ website này.</p>"
        '<p class="thiet-ke">Thiết kế: <a href="https://webhongphuc.vn" target="_blank"'
        ' rel="noopener">Hồng Phúc Web</a></p>'
        '<p class="mxh"><a href="https://www.facebook.com/thptnguyentrai.thaibinh" target="_blank"'
        ' rel="noopener"><span class="fa-brands fa-facebook" aria-hidden="true"></span> Facebook</a>'
        ' <a href="https://www.youtube.com/@thptnguyentraitb" target="_blank" rel="noopener">'
        '<span class="fa-brands fa-youtube" aria-hidden="true"></span> YouTube</a></p>'
        "</div></div></footer>"
        '<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang">'
        '<span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>'
    )


def page(
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]],
    itemid: int,
    view: str,
    head: str = "",
    below: str = "",
    description: str = "Cổng thông tin điện tử Trường THPT Nguyễn Trãi - thành phố Thái Bình",
) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{esc(description)}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(title)} - {esc(SITE_NAME)}</title>
    <link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
    <link href="/templates/nguyentrai_cassiopeia/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
    {head}
    <link href="/media/system/css/joomla-fontawesome.min.css?6a1d2f" rel="lazy-stylesheet">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?6a1d2f" rel="stylesheet">
    <link href="/media/templates/site/nguyentrai_cassiopeia/css/user.css?6a1d2f" rel="stylesheet">
    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
    <script src="/media/system/js/joomla-hidden-mail-es5.min.js?b2c8377606bb898b64d21e2d06c6bb925371b9c3" nomodule defer></script>
    <script src="/media/system/js/joomla-hidden-mail.min.js?a2ea6f9e4db2a0e2e0e2e5b4a1a9c2c1" type="module"></script>
    <script type="application/json" class="joomla-script-options new">{{"csrf.token":"5f4dcc3b5aa765d61d8327deb882cf99","system.paths":{{"root":"","rootFull":"{base_url(request)}/","base":"","baseFull":"{base_url(request)}/"}}}}</script>
</head>
<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{itemid} has-sidebar-right">
<header class="header container-header full-width">
    <div class="thanh-tren"><div class="grid-child"><span class="ngay-thang"><span class="icon-calendar" aria-hidden="true"></span> {TODAY_LINE}</span>
    <span class="hotline">Hotline: 0227.3831.486</span></div></div>
    <div class="grid-child">
        <div class="navbar-brand">
            <a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/logo-nguyen-trai.png" alt="Trường THPT Nguyễn Trãi" width="96" height="96"></a>
            <div class="site-description">SỞ GIÁO DỤC VÀ ĐÀO TẠO THÁI BÌNH<br><strong>TRƯỜNG THPT NGUYỄN TRÃI</strong><br><em>Đoàn kết - Kỷ cương - Chất lượng - Sáng tạo</em></div>
        </div>
    </div>
    <div class="grid-child container-nav">
        <nav class="navbar navbar-expand-lg" aria-label="Menu chính">
            <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>
            <div class="collapse navbar-collapse" id="navbar1">
{_menu(itemid)}
            </div>
        </nav>
        <div class="container-search">
            <form class="mod-finder js-finder-searchform form-search" action="/index.php/component/finder/search" method="get" role="search">
                <label for="mod-finder-searchword96" class="visually-hidden finder">Tìm kiếm</label>
                <div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword96" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button></div>
                <input type="hidden" name="Itemid" value="101">
            </form>
        </div>
    </div>
</header>
<div class="site-grid">
    <div class="container-top-a full-width"><div class="top-a card thong-bao-chay"><div class="card-body"><marquee scrollamount="4">Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026 * Thi đua dạy tốt - học tốt *</marquee></div></div></div>
    <div class="grid-child container-component">
        {_crumbs(crumbs)}
        <main>
            <div id="system-message-container" aria-live="polite"></div>
{main}
        </main>
        {below}
    </div>
    <div class="grid-child container-sidebar-right">
{_sidebar()}
    </div>
</div>
{_footer()}
</body>
</html>
"""


# --- article page ---------------------------------------------------------------------------


def _vote_html(s: Story) -> str:
    if "vote" not in s.opts:
        return ""
    rating, count = s.opts["vote"]
    stars = "".join(
        f'<li class="vote-star{"" if n < rating else "-empty"}"><svg aria-hidden="true" viewBox="0 0 576 512"'
        ' width="16" height="16"><path fill="currentColor" d="M259.3 17.8L194 150.2 47.9 171.5"/></svg></li>'
        for n in range(5)
    )
    return (
        f'<div class="content_rating" role="img" aria-label="Đánh giá: {rating} trên 5 sao">'
        f'<p class="visually-hidden" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">'
        f'Đánh giá của người dùng: <span itemprop="ratingValue">{rating}</span> / <span itemprop="bestRating">5</span>'
        f'<meta itemprop="ratingCount" content="{count}"><meta itemprop="worstRating" content="1"></p>'
        f"<ul>{stars}</ul></div>"
        f'<form method="post" action="{_a(own_path(s))}?hitcount=0" class="form-inline mb-2">'
        '<span class="content_vote"><label class="visually-hidden" for="content_vote_'
        f'{s.id}">Vui lòng đánh giá</label><select id="content_vote_{s.id}" name="user_rating">'
        + "".join(f'<option value="{n}"{" selected" if n == 5 else ""}>Bình chọn {n}</option>' for n in range(1, 6))
        + '</select> &#160;<input class="btn btn-sm btn-primary align-baseline" type="submit"'
        ' name="submit_vote" value="Bình chọn"><input type="hidden" name="task" value="article.vote">'
        '<input type="hidden" name="hitcount" value="0"><input type="hidden" name="url" value="'
        f'{_a(own_path(s))}"><input type="hidden" name="8a91e3b55c0ef1f2d8f1c1a7" value="1"></span></form>'
    )


def _fields_html(s: Story) -> str:
    fields = s.opts.get("fields")
    if not fields:
        return ""
    lis = "".join(
        f'<li class="field-entry {css} "><span class="field-label ">{esc(label)}</span>'
        f'<span class="field-value ">{esc(value)}</span></li>'
        for css, label, value in fields
    )
    return f'<ul class="fields-container">{lis}</ul>'


def _tags_html(s: Story) -> str:
    keys = s.opts.get("tags")
    if not keys:
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{TAGS[k][0]} tag-list0" itemprop="keywords">'
        f'<a href="{_a(tag_path(k))}" class="btn btn-sm btn-info">{esc(TAGS[k][1])}</a></li>'
        for k in keys
    )
    return f'<ul class="tags list-inline"><li class="list-inline-item">Thẻ:</li>{lis}</ul>'


def _info_block(s: Story, via_list: bool) -> str:
    cat = CATS[s.cat]
    by = s.opts["by"]
    rows = [
        '<dt class="article-info-term">Chi tiết</dt>',
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span class="icon-user icon-fw" aria-hidden="true"></span> '
        f'Viết bởi <span itemprop="name">{esc(by)}</span></dd>',
    ]
    if cat is not NEWS:
        rows.append(
            '<dd class="parent-category-name"><span class="icon-folder icon-fw" aria-hidden="true"></span>'
            f' Danh mục cha: <a href="{_a("/index.php/" + NEWS.alias)}">{esc(NEWS.title)}</a></dd>'
        )
    rows.append(
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
        f' Danh mục: <a href="{_a("/index.php/" + cat.alias)}" itemprop="genre">{esc(cat.title)}</a></dd>'
    )
    rows.append(
        '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f' <time datetime="{_db(s.opts["pub"])}" itemprop="datePublished">Được đăng: {_lc2(s.opts["pub"])}'
        "</time></dd>"
    )
    rows.append(
        '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f' <time datetime="{_db(s.opts["created"])}" itemprop="dateCreated">Được tạo: {_lc2(s.opts["created"])}'
        "</time></dd>"
    )
    if "modified" in s.opts:
        rows.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f' <time datetime="{_db(s.opts["modified"])}" itemprop="dateModified">Cập nhật lần cuối:'
            f' {_lc2(s.opts["modified"])}</time></dd>'
        )
    rows.append(
        '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
        f' <meta itemprop="interactionCount" content="UserPageVisits:{s.views()}"> Lượt xem: {s.views()}</dd>'
    )
    return '<dl class="article-info text-muted">' + "".join(rows) + "</dl>"


def _same_cat(s: Story) -> list[Story]:
    """Articles of the story's category in list order (newest first), non-articles included."""
    items = [x for x in ALL_ITEMS.values() if x.cat == s.cat]
    return sorted(items, key=lambda x: x.opts["pub"], reverse=True)


def _pagenav(s: Story) -> str:
    seq = _same_cat(s)
    n = seq.index(s)
    links = []
    if n > 0:
        prev = seq[n - 1]
        links.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{_a(own_path(prev))}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {esc(prev.title)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if n + 1 < len(seq):
        nxt = seq[n + 1]
        links.append(
            f'<a class="btn btn-sm btn-secondary next" href="{_a(own_path(nxt))}" rel="next">'
            f'<span class="visually-hidden">Bài tiếp theo: {esc(nxt.title)}</span>'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
        + "".join(links)
        + "</span></nav>"
    )


def _tin_cung_muc(s: Story) -> str:
    ids = [x.id for x in _same_cat(s) if x.id != s.id and x.id in (163, 158, 142)]
    return (
        '<div class="moduletable tin-cung-chuyen-muc"><h3>Tin cùng chuyên mục</h3>'
        + _article_list_module(ids, "mod-articleslatest latestnews")
        + "</div>"
    )


def _related(s: Story) -> str:
    rel = {
        142: [154, 163], 151: [152, 142], 147: [153, 156], 149: [147, 153], 153: [156, 147],
        156: [149, 153], 144: [161, 150], 150: [144, 155], 155: [144, 161], 161: [144, 155],
        158: [163, 149], 163: [158, 159], 145: [142, 158], 152: [142], 154: [142], 159: [163],
    }.get(s.id, [])
    if not rel:
        return ""
    lis = "".join(
        f'<li><a href="{_a(own_path(ALL_ITEMS[i]))}">{esc(ALL_ITEMS[i].title)}</a></li>' for i in rel
    )
    return (
        '<div class="main-bottom card tin-lien-quan"><h3 class="card-header ">Tin liên quan</h3>'
        f'<div class="card-body"><ul class="mod-relateditems relateditems mod-list">{lis}</ul></div></div>'
    )


def _split_pages(blocks: list) -> list[list]:
    pages: list[list] = [[]]
    for b in blocks:
        if isinstance(b, Raw) and b.html.startswith('<hr class="system-pagebreak"'):
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _pagebreak(s: Story, path: str, index: int | None) -> tuple[str, str]:
    """The article text of a paged article: (html, page title suffix). index None = show all."""
    chunks = _split_pages(s.blocks)
    titles = s.opts["pages"]
    base = own_path(s)
    toc_items = []
    for n, t in enumerate(titles):
        href = f"{base}?showall=&limitstart={n if n else ''}"
        active = " active" if index == n else ""
        toc_items.append(f'<li class="py-1"><a href="{_a(href)}" class="toclink{active}">{esc(t)}</a></li>')
    active = " active" if index is None else ""
    toc_items.append(
        f'<li class="py-1"><a href="{_a(base + "?showall=1")}" class="toclink{active}">Tất cả các trang</a></li>'
    )
    toc = (
        '<div class="card float-end article-index ms-3 mb-3"><div class="card-body">'
        f'<h3>Mục lục bài viết</h3><ul class="nav flex-column">{"".join(toc_items)}</ul></div></div>'
    )
    nfd = bool(s.opts.get("nfd"))
    if index is None:
        body = "<br>".join(render_blocks(c, nfd) for c in chunks)
        return toc + body, ""
    counter = f'<div class="pagenavcounter">Trang {index + 1} trong {len(chunks)}</div>'
    nav = ['<ul class="pagination">']
    if index > 0:
        prev = f"{base}?showall=&limitstart={index - 1 if index - 1 else ''}"
        nav.append(
            f'<li class="previous page-item"><a class="page-link" href="{_a(prev)}" rel="prev">&lt; Trước</a></li>'
        )
    else:
        nav.append('<li class="previous page-item disabled"><span class="page-link">&lt; Trước</span></li>')
    if index + 1 < len(chunks):
        nxt = f"{base}?showall=&limitstart={index + 1}"
        nav.append(
            f'<li class="next page-item"><a class="page-link" href="{_a(nxt)}" rel="next">Tiếp &gt;</a></li>'
        )
    else:
        nav.append('<li class="next page-item disabled"><span class="page-link">Tiếp &gt;</span></li>')
    nav.append("</ul>")
    body = toc + counter + render_blocks(chunks[index], nfd) + "".join(nav)
    return body, (f" - {titles[index]}" if index else "")


def article_page(request: Request, s: Story, nested: bool, page_index: int | None) -> str:
    cat = CATS[s.cat]
    via_list = nested or cat is NEWS
    path = nested_path(s) if nested else own_path(s)
    if via_list:
        itemid = NEWS.itemid
        crumbs = [("Trang chủ", "/index.php"), (NEWS.title, "/index.php/" + NEWS.alias)]
        if cat is not NEWS:
            crumbs.append((cat.title, nested_path(s).rsplit("/", 1)[0]))
        heading = f'<div class="page-header tieu-de-muc"><h1> {esc(NEWS.title)} </h1></div>'
        htag = "h2"
    else:
        itemid = cat.itemid
        crumbs = [("Trang chủ", "/index.php"), (cat.title, "/index.php/" + cat.alias)]
        heading = ""
        htag = "h1"
    crumbs.append((s.title, None))
    title_suffix = ""
    nfd = bool(s.opts.get("nfd"))
    if "pages" in s.opts:
        body, title_suffix = _pagebreak(s, path, page_index)
    else:
        body = render_blocks(s.blocks, nfd, module_html=_tin_cung_muc(s))
    share = (
        '<div class="cong-cu-bai-viet"><span>Chia sẻ:</span>'
        f' <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + path, safe="")}"'
        ' target="_blank" rel="noopener" class="fb">Facebook</a>'
        f' <a href="https://sp.zalo.me/share_inline?url={quote(base_url(request) + path, safe="")}"'
        ' target="_blank" rel="noopener" class="zalo">Zalo</a>'
        ' <a href="#" onclick="window.print();return false;" class="in-bai"><span class="icon-print"'
        ' aria-hidden="true"></span> In bài</a></div>'
    )
    nav = "" if via_list else _pagenav(s)
    main = f"""<div class="com-content-article item-page bai-viet-chi-tiet" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="vi-VN">
    {heading}
    <div class="page-header">
        <{htag} itemprop="headline">
            {esc(s.title)}        </{htag}>
    </div>
    {_info_block(s, via_list)}
    {_tags_html(s)}
    {_vote_html(s)}
    {_fields_html(s)}
    {figure_html(s)}
    <div itemprop="articleBody" class="com-content-article__body">
{body}
    </div>
    {share}
    {nav}
</div>"""
    head = (
        f'<meta name="author" content="{esc(s.opts["by"])}">'
        f'<meta property="og:type" content="article"><meta property="og:site_name" content="{esc(SITE_NAME)}">'
    )
    return page(
        request,
        title=s.title + title_suffix,
        main=main,
        crumbs=crumbs,
        itemid=itemid,
        view="article",
        head=head,
        below=_related(s),
    )


# --- list, blog, home ----------------------------------------------------------------------


def news_rows() -> list[Story]:
    return sorted(ALL_ITEMS.values(), key=lambda x: x.opts["pub"], reverse=True)


def _pagination(base: str, start: int, limit: int, total: int, param: str = "start") -> str:
    pages = max(1, math.ceil(total / limit)) if limit else 1
    current = start // limit + 1 if limit else 1

    def href(p: int) -> str:
        return f"{base}?{param}={(p - 1) * limit}"

    lis = []
    if current > 1:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang đầu" href="{_a(href(1))}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đến trang trước" href="{_a(href(current - 1))}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>')
    else:
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>')
    for p in range(1, pages + 1):
        if p == current:
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p}" href="#" class="page-link">{p}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a aria-label="Đến trang {p}" href="{_a(href(p))}" class="page-link">{p}</a></li>')
    if current < pages:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang tiếp" href="{_a(href(current + 1))}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>')
        lis.append(f'<li class="page-item"><a aria-label="Đến trang cuối" href="{_a(href(pages))}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
    else:
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>')
    return (
        f'<p class="counter float-end pt-3 pe-2">Trang {current} trong {pages}</p>'
        '<div class="pagination-phan-trang"><nav class="pagination__wrapper" aria-label="Phân trang">'
        f'<ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div>'
    )


def _int(value: str | None, default: int = 0) -> int | None:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        return None


def list_page(request: Request, sub: Cat | None = None) -> Response | None:
    """The Category List of category 8 (with its sub-categories), or of one sub-category
    reached through the list's menu (``/index.php/tin-tuc-su-kien/<cat-alias>``)."""
    q = request.params
    if q.get("format") == "feed" and sub is None:
        return rss(request) if q.get("type", "rss") == "rss" else None
    start = _int(q.get("limitstart", q.get("start")))
    limit = _int(q.get("limit"), PER_PAGE)
    if start is None or limit is None or start < 0 or limit < 0 or limit > 100:
        return None
    search = q.get("filter-search", "").strip()
    rows = news_rows() if sub is None else [r for r in news_rows() if r.cat == sub.alias]
    if search:
        rows = [r for r in rows if search.casefold() in r.title.casefold()]
    total = len(rows)
    if limit and start >= max(total, 1):
        return None
    shown = rows[start : start + limit] if limit else rows
    base = "/index.php/" + NEWS.alias + (f"/{sub.alias}" if sub else "")
    cat = sub or NEWS
    subhead = f'<h2> <span class="subheading-category">{esc(cat.title)}</span> </h2>' if sub else ""
    trs = []
    for n, r in enumerate(shown):
        trs.append(
            f'<tr class="cat-list-row{n % 2}" >'
            f'<th class="list-title" scope="row"><a href="{_a(nested_path(r))}">{esc(r.title)}</a></th>'
            f'<td class="list-date small">{_lc3(r.opts["created"])}</td>'
            f'<td class="list-author">Viết bởi {esc(r.opts["by"])}</td>'
            f'<td class="list-hits"><span class="badge bg-info">Lượt truy cập: {r.views()}</span></td></tr>'
        )
    options = "".join(
        f'<option value="{v}"{" selected" if v == limit else ""}>{"Tất cả" if v == 0 else v}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    pagination = _pagination(base, start, limit, total) if limit and total > limit else ""
    empty = '<div class="alert alert-info"><span class="icon-info-circle" aria-hidden="true"></span> Không có bài viết trong mục này.</div>' if not rows else ""
    main = f"""<div class="com-content-category category-list danh-sach-tin">
<div class="page-header"><h1> {esc(NEWS.title)} </h1></div>
{subhead}
<div class="category-desc clearfix"><p>Tin hoạt động của nhà trường, các tổ chuyên môn và Đoàn thanh niên.</p></div>
<div class="content-category">
<form action="{_a(base)}" method="get" name="adminForm" id="adminForm" class="com-content-category__articles">
    <div class="com-content__filter btn-group">
        <label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>
        <input type="text" name="filter-search" id="filter-search" value="{esc(search)}" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">
        <button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
        <button type="reset" name="filter-clear-button" class="btn btn-secondary">Xóa</button>
    </div>
    <div class="com-content-category__pagination btn-group float-end">
        <label for="limit" class="visually-hidden">Hiển thị #</label>
        <select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{options}</select>
    </div>
    {empty}
    <table class="com-content-category__table category table table-striped table-bordered table-hover">
        <caption class="visually-hidden">Bài viết, Sắp xếp theo: Ngày tạo giảm dần</caption>
        <thead><tr>
            <th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Tiêu đề</a></th>
            <th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.created','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Ngày tạo</a></th>
            <th scope="col" id="categorylist_header_author"><a href="#" onclick="Joomla.tableOrdering('author','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Tác giả</a></th>
            <th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','', document.getElementById('adminForm')); return false;" class="hasTooltip" title="Sắp xếp theo cột này">Lượt truy cập</a></th>
        </tr></thead>
        <tbody>
{"".join(trs)}
        </tbody>
    </table>
    <div class="com-content-category__navigation w-100">{pagination}</div>
    <div><input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="{start if start else ''}"></div>
</form>
</div>
</div>"""
    head = (
        ""
        if sub
        else f'<link href="{_a(base)}?format=feed&amp;type=rss" rel="alternate"'
        ' type="application/rss+xml" title="RSS 2.0">'
    )
    crumbs = [("Trang chủ", "/index.php"), (NEWS.title, None)]
    if sub:
        crumbs = [("Trang chủ", "/index.php"), (NEWS.title, "/index.php/" + NEWS.alias), (sub.title, None)]
    return html(page(request, title=cat.title, main=main, crumbs=crumbs, itemid=NEWS.itemid, view="category", head=head))


def rss(request: Request) -> Response:
    host = base_url(request)
    items = []
    for r in news_rows()[:10]:
        intro = next((b.text for b in r.blocks if isinstance(b, P)), r.title)
        items.append(
            f"<item><title>{esc(r.title)}</title><link>{esc(host + own_path(r))}</link>"
            f'<guid isPermaLink="true">{esc(host + own_path(r))}</guid>'
            f"<description><![CDATA[<p>{esc(intro)}</p>]]></description>"
            f"<category>{esc(CATS[r.cat].title)}</category><pubDate>{_rfc822(r.opts['pub'])}</pubDate></item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<!-- generator="Joomla! - Open Source Content Management" -->\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(NEWS.title)}</title><description><![CDATA[Tin hoạt động của nhà trường]]></description>"
        f"<link>{esc(host)}/index.php/{NEWS.alias}</link>"
        "<lastBuildDate>Sat, 05 Dec 2026 07:58:12 +0700</lastBuildDate>"
        "<generator>Joomla! - Open Source Content Management</generator>"
        f'<atom:link rel="self" type="application/rss+xml" href="{esc(host)}/index.php/{NEWS.alias}?format=feed&amp;type=rss"/>'
        "<language>vi-vn</language>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _blog_item(s: Story, leading: bool, link: str) -> str:
    intro = next(b for b in s.blocks if isinstance(b, P))
    thumb = f"/images/thumbs/{s.id}-intro.jpg"
    nfd = bool(s.opts.get("nfd"))
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
    <figure class="float-start item-image"><a href="{_a(link)}" itemprop="url" title="{esc(s.title)}"><img src="{thumb}" alt="" itemprop="thumbnailUrl" width="{480 if leading else 320}" height="{320 if leading else 213}" loading="lazy"></a></figure>
    <div class="item-content">
        <div class="page-header"><h2 itemprop="name"><a href="{_a(link)}" itemprop="url">{esc(s.title)}</a></h2></div>
        <dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
        <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{_db(s.opts["pub"])}" itemprop="datePublished">Được đăng: {_lc2(s.opts["pub"])}</time></dd>
        <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt xem: {s.views()}</dd></dl>
        <p>{text(intro.text, nfd=nfd)}</p>
        <p class="readmore"><a class="btn btn-secondary" href="{_a(link)}" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(s.title)}</a></p>
    </div>
</div>"""


def blog_page(request: Request, cat: Cat) -> Response | None:
    q = request.params
    start = _int(q.get("limitstart", q.get("start")))
    if start is None or start < 0:
        return None
    items = [x for x in news_rows() if x.cat == cat.alias]
    if start >= len(items):
        return None
    shown = items[start : start + BLOG_PER_PAGE]
    base = "/index.php/" + cat.alias
    leading = ""
    intro = ""
    if shown:
        leading = (
            '<div class="com-content-category-blog__items blog-items items-leading ">'
            + _blog_item(shown[0], True, own_path(shown[0]))
            + "</div>"
        )
    if len(shown) > 1:
        intro = (
            '<div class="com-content-category-blog__items blog-items columns-2">'
            + "".join(_blog_item(s, False, own_path(s)) for s in shown[1:])
            + "</div>"
        )
    desc = {
        "hoat-dong-chuyen-mon": "Hoạt động của các tổ chuyên môn: chuyên đề, hội giảng, sinh hoạt chuyên môn theo nghiên cứu bài học.",
        "doan-thanh-nien": "Hoạt động của Đoàn TNCS Hồ Chí Minh nhà trường.",
    }[cat.alias]
    main = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h2> {esc(cat.title)} </h2>
<div class="category-desc clearfix"><p>{esc(desc)}</p></div>
{leading}
{intro}
<div class="com-content-category-blog__navigation w-100">{_pagination(base, start, BLOG_PER_PAGE, len(items)) if len(items) > BLOG_PER_PAGE else ""}</div>
</div>"""
    crumbs = [("Trang chủ", "/index.php"), (cat.title, None)]
    return html(page(request, title=cat.title, main=main, crumbs=crumbs, itemid=cat.itemid, view="category"))


def home(request: Request) -> Response:
    feat = [ALL_ITEMS[i] for i in FEATURED]
    leading = _blog_item(feat[0], True, own_path(feat[0]))
    others = "".join(_blog_item(s, False, own_path(s)) for s in feat[1:])
    notice = "".join(
        f'<li><span class="icon-bell" aria-hidden="true"></span> <a href="{_a(nonsef_path(ALL_ITEMS[i], NONSEF_LINKED[i]))}">'
        f"{esc(ALL_ITEMS[i].title)}</a> <span class=\"moi\"><img src=\"/images/icon/new.gif\" alt=\"mới\"></span></li>"
        for i in (163, 159)
    )
    main = f"""<div class="com-content-featured blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="blog-items items-leading ">{leading}</div>
<div class="blog-items columns-2">{others}</div>
</div>
<div class="main-top card thong-bao-moi"><h3 class="card-header ">Thông báo</h3><div class="card-body"><div class="mod-custom custom"><ul>{notice}</ul></div></div></div>
<div class="main-top card video-noi-bat"><h3 class="card-header ">Video - Hình ảnh</h3><div class="card-body"><ul class="mod-list">
<li><a href="{_a(own_path(N152))}"><img src="/images/thumbs/152-intro.jpg" alt="" width="160" height="90"> {esc(N152.title)}</a></li>
<li><a href="{_a(own_path(N154))}"><img src="/images/thumbs/154-intro.jpg" alt="" width="160" height="90"> {esc(N154.title)}</a></li>
</ul></div></div>"""
    return html(
        page(request, title="Trang chủ", main=main, crumbs=[("Trang chủ", None)], itemid=101, view="featured",
             head='<link href="/index.php?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">')
    )


# --- pages that are not articles ---------------------------------------------------------------

INTRO_PAGES = {
    "gioi-thieu/lich-su-nha-truong": (
        106,
        "Lịch sử nhà trường",
        [
            "Trường THPT Nguyễn Trãi, thành phố Thái Bình được thành lập năm 1982 trên cơ sở tách từ"
            " Trường cấp III Thị xã Thái Bình, mang tên danh nhân văn hóa thế giới Nguyễn Trãi.",
            "Trải qua hơn 40 năm xây dựng và phát triển, từ 9 lớp học với gần 400 học sinh ban đầu, đến nay"
            " nhà trường có 36 lớp với hơn 1.300 học sinh, 92 cán bộ, giáo viên, nhân viên, trong đó 38%"
            " giáo viên có trình độ thạc sĩ.",
            "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021, được Chủ tịch nước tặng Huân"
            " chương Lao động hạng Nhì năm 2022.",
        ],
    ),
    "gioi-thieu/co-cau-to-chuc": (
        107,
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: cô giáo Lê Thị Thanh Bình.",
            "Phó Hiệu trưởng: thầy giáo Nguyễn Văn Thắng (phụ trách chuyên môn), thầy giáo Bùi Đức Long"
            " (phụ trách cơ sở vật chất).",
            "Các tổ chuyên môn: Toán – Tin; Vật lí – Công nghệ; Hóa – Sinh; Ngữ văn; Lịch sử – Địa lí –"
            " GDKT&PL; Ngoại ngữ; Thể dục – GDQP; Tổ Văn phòng.",
        ],
    ),
}


def intro_page(request: Request, route: str) -> Response:
    itemid, title, paras = INTRO_PAGES[route]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = f"""<div class="com-content-article item-page gioi-thieu" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">{body}</div>
</div>"""
    crumbs = [("Trang chủ", "/index.php"), ("Giới thiệu", None), (title, None)]
    return html(page(request, title=title, main=main, crumbs=crumbs, itemid=itemid, view="article"))


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    msg = (
        '<div class="alert alert-success"><div class="alert-message">Cảm ơn bạn đã gửi email.</div></div>'
        if sent
        else ""
    )
    main = f"""{msg}<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1>Liên hệ</h1></div>
<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường THPT Nguyễn Trãi</span></h2></div>
<div class="com-contact__container"><h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Số 68, đường Lý Bôn, phường Đề Thám</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">thành phố Thái Bình, tỉnh Thái Bình</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0227.3831.486</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">{_cloak("c3nguyentrai.thaibinh@thaibinh.edu.vn")}</span></dd>
</dl></div>
<div class="com-contact__form contact-form"><h3>Mẫu liên hệ</h3>
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các trường có dấu (*) là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" class="form-control validate-email required" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
</fieldset>
<div class="control-group"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:truong-thpt-nguyen-trai"><input type="hidden" name="5f4dcc3b5aa765d61d8327deb882cf99" value="1"></div>
</form></div>
</div>"""
    crumbs = [("Trang chủ", "/index.php"), ("Liên hệ", None)]
    return html(page(request, title="Liên hệ", main=main, crumbs=crumbs, itemid=108, view="contact"))


def tag_page(request: Request, key: str) -> Response:
    _tid, label = TAGS[key]
    items = [x for x in news_rows() if key in x.opts.get("tags", [])]
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{_a(own_path(x))}">{esc(x.title)}</a></h3></li>'
        for x in items
    )
    main = f"""<div class="com-tags-tag tag-category">
<h1> {esc(label)} </h1>
<div class="com-tags__items"><ul class="com-tags-tag__category category list-group">{lis}</ul></div>
</div>"""
    crumbs = [("Trang chủ", "/index.php"), (label, None)]
    return html(page(request, title=label, main=main, crumbs=crumbs, itemid=101, view="tag"))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f"""<div class="com-finder finder">
<h1>Tìm kiếm</h1>
<form action="/index.php/component/finder/search" method="get" class="js-finder-searchform"><input type="text" name="q" value="{esc(q)}" class="form-control"> <button type="submit" class="btn btn-primary">Tìm kiếm</button></form>
<div id="search-results" class="com-finder__results"><div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả</h2><p>Không tìm thấy kết quả nào phù hợp với từ khóa.</p></div></div>
</div>"""
    crumbs = [("Trang chủ", "/index.php"), ("Tìm kiếm", None)]
    return html(page(request, title="Tìm kiếm", main=main, crumbs=crumbs, itemid=101, view="search"))


# --- routing ---------------------------------------------------------------------------------


def _find(route_tail: str, cat_alias: str) -> Story | None:
    id_part, _, alias = route_tail.partition("-")
    if not id_part.isdigit():
        return None
    s = ALL_ITEMS.get(int(id_part))
    if s is None or s.cat != cat_alias or s.slug != alias:
        return None
    return s


def _serve_article(request: Request, s: Story, nested: bool) -> Response | None:
    q = request.params
    if "pages" in s.opts:
        if q.get("showall") == "1":
            return html(article_page(request, s, nested, None))
        idx = _int(q.get("limitstart", q.get("start")))
        if idx is None or not 0 <= idx < len(s.opts["pages"]):
            return None
        return html(article_page(request, s, nested, idx))
    return html(article_page(request, s, nested, 0))


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/", "/cache/")):
            if path.lower().endswith(".pdf") and path.startswith("/images/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        q = request.params
        if path in ("/", "/index.php", "/index.php/"):
            if q.get("option") == "com_content" and q.get("view") == "article":
                id_part = q.get("id", "").split(":", 1)[0]
                s = ALL_ITEMS.get(int(id_part)) if id_part.isdigit() else None
                if s is None:
                    return None
                return _serve_article(request, s, False)
            if q.get("format") == "feed":
                return rss(request)
            return home(request)
        if not path.startswith("/index.php/"):
            return None
        route = path[len("/index.php/"):].strip("/")
        if route == NEWS.alias:
            return list_page(request)
        if route in ("hoat-dong-chuyen-mon", "doan-thanh-nien"):
            return blog_page(request, CATS[route])
        if route in INTRO_PAGES:
            return intro_page(request, route)
        if route == "lien-he":
            return contact_page(request)
        if route == "component/finder/search":
            return search_page(request)
        parts = route.split("/")
        if len(parts) == 4 and parts[:3] == ["component", "tags", "tag"]:
            for key in TAGS:
                if parts[3] == f"{TAGS[key][0]}-{key}":
                    return tag_page(request, key)
            return None
        if len(parts) == 2 and parts[0] == NEWS.alias and parts[1] in CATS and parts[1] != NEWS.alias:
            return list_page(request, CATS[parts[1]])
        if len(parts) == 2 and parts[0] in CATS:
            s = _find(parts[1], parts[0])
            return _serve_article(request, s, False) if s else None
        if len(parts) == 3 and parts[0] == NEWS.alias and parts[1] in CATS and parts[1] != NEWS.alias:
            s = _find(parts[2], parts[1])
            return _serve_article(request, s, True) if s else None
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.cat != NEWS.alias:
        alts.append(nested_path(s))
    if s.id in NONSEF_LINKED:
        alts.append(nonsef_path(s, NONSEF_LINKED[s.id]))
    if "pages" in s.opts:
        alts += [f"{own_path(s)}?{q}" for q in PAGED_QUERIES]
    return alts


GOLD = [
    gold_record(s, own_path(s), CATS[s.cat].title, alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/index.php/gioi-thieu/lich-su-nha-truong",
    "/index.php/gioi-thieu/co-cau-to-chuc",
    "/index.php/lien-he",
    own_path(N152),
    own_path(N154),
    own_path(N159),
]
