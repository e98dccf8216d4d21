"""Fixture portal: Trường THPT Phan Bội Châu (TP. Phan Thiết, Bình Thuận) on NukeViet 4.5.04.

Platform
--------
NukeViet 4.5.04 (VINADES), module "news" (Tin Tức) and module "about" (a page module), with a
third-party school theme ``pbc_bs5`` built on Bootstrap 5: a hero carousel of the news group
"tin-noi-bat", the block ``block_newscenter`` titled "Tin tức - Sự kiện" on the home page, a
"Thông báo" ``<marquee>`` under the menu, a "Văn bản" block of PDF files, a Facebook page
plugin and the NukeViet counter block ("Đang truy cập / Hôm nay / Tháng hiện tại / Tổng lượt
truy cập"). The core's news templates are kept (``news_column``, ``bodytext``,
``news-download-file``, ``hover-star``, ``temp-breadcrumbs``), the theme's own pieces carry
Vietnamese abbreviations (``khoi-tin``, ``the-tin``, ``nhan-ngay``, ``tg-nguon``).

URL scheme (rewrite on, ``rewrite_exturl`` ".html", ``rewrite_endurl`` "/")
---------------------------------------------------------------------------
- ``/`` home; ``/news/`` the module's main page in ``viewcat_main_bottom``;
- ``/news/<cat>/`` and ``/news/<cat>/page-<n>/`` categories in ``viewcat_grid_new`` (cards with a
  date badge "04 / Th12"), 4 items a page, NukeViet's ``generate_page`` pager;
- ``/news/<cat>/<alias>-<id>.html`` the detail; any other alias with a valid id in that category
  answers 301 to the right alias (NukeViet's alias check);
- ``/news/<cat>/<alias>-<id>.html?download=1&id=<n>`` an attached file (PDF, attachment);
- ``/news/print/<cat>/<alias>-<id>.html`` print view (opened by ``nv_open_browse`` in JS only),
  ``/news/savefile/<cat>/<alias>-<id>.html`` "Lưu bài viết này" (an HTML attachment);
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html`` the un-rewritten form, printed by
  the third-party block "Tin xem nhiều";
- ``/news/tag/<tag>/`` tag listings (the tag keeps its Vietnamese letters, percent-encoded in
  the core's links, raw UTF-8 in the theme's tag cloud), ``/news/groups/<group>/`` groups;
- ``/news/rss/`` the feed; ``/about/<alias>.html`` the about pages; ``/contact/`` the contact form;
- ``/assets/js/pdf.js/web/viewer.html?file=…`` the PDF viewer (only in a ``data-src``);
- files under ``/uploads/…`` (full images, PDFs) and ``/assets/news/…`` (thumbnails), theme
  files under ``/themes/pbc_bs5/…``.

Page templates
--------------
Every page: top bar with today "Thứ Bảy, 05/12/2026", the logo and the school's name (an
``<h1>`` on the home page only, as the core's ``site_name_h1``), the menu with drop-downs, the
"Thông báo" marquee, the hidden schema.org breadcrumb (``temp-breadcrumbs``) whose visible copy
is filled by JavaScript, a right column (search, "Tin xem nhiều", "Văn bản", Facebook page,
counters, a poll) and the footer (address, phone, email, copyright, "Powered by NukeViet").
The detail: ``<h1 itemprop="headline">``, the meta line "Đăng lúc: 14:30 - 03/12/2026"
(+ "Cập nhật", "Lượt xem", "Đăng bởi: <account>"), the tool icons, the home image (left
thumbnail with a hidden preview copy, or full width under the hometext), the hometext
(``div.hometext``), ``#news-bodyhtml.bodytext``, the theme's share bar inside the body's
container, "Tải về" files, the right-aligned author/source block, the copyright notice, the
keywords, the rating, the Facebook comments, then "Xem thêm" (same keyword), "Tin mới hơn" and
"Tin cũ hơn".

How each gold article is reached
--------------------------------
Tin tức - Sự kiện (``tin-tuc-su-kien``): 121, 118, 112 from the home block and page 1; 105 and
98 only from ``/news/tin-tuc-su-kien/page-2/`` (and the older-lists of other details). 115 is
filed under "Hoạt động chuyên môn" and listed here too (NukeViet's ``listcatid``).
Hoạt động chuyên môn (``hoat-dong-chuyen-mon``): 115, 109, 106 (home block, page 1), 101 (page
1, the carousel and the group "tin-noi-bat"), 103 only from ``page-2/``.
Thông báo (``thong-bao``): 119, 117, 110 from the marquee (117 through an old alias, 301),
``/news/`` and the category.

Traps
-----
1. One article, two categories (NukeViet ``listcatid``). 115 is filed under "Hoạt động chuyên
   môn" and also listed in "Tin tức - Sự kiện"; each listing links it under its own category
   alias, and the page under ``/news/tin-tuc-su-kien/…-115.html`` answers 200 with the same
   article, the breadcrumb of the URL's category and ``rel=canonical`` to the main one. Gold: one
   record, path and category from the main category, the other URL in ``alt_paths``.
2. Old alias, 301. The theme's marquee was filled when notice 117 had another alias
   (``lich-kiem-tra-cuoi-ky-i-khoi-10-11-117.html``); NukeViet answers 301 to the current alias.
   Gold: the record under the current path (a redirect serves nothing, so it is no alt path).
3. Titles cut in blocks, badge in the headline. ``block_newscenter``, the carousel and the
   "Tin xem nhiều" block print ``titleclean60`` ("…năm học 2026 -..."), the full title only in
   ``title=""``; on the detail of articles younger than three days the theme puts
   ``<span class="nhan-moi">Mới</span>`` inside the ``<h1>``; ``<title>`` carries " - <category> -
   <site>". Gold: the full headline without "Mới".
4. Sapo printed twice. NukeViet prints the hometext in ``div.hometext``; the editor of 112 also
   pasted it as the first paragraph of the bodyhtml. Gold: summary = the hometext, body holds it
   once (as its first paragraph).
5. The home image twice, body images lazy. With the "thumbnail left" position (118) the core
   prints the home image in a ``<figure>`` and again in the hidden ``#imgpreview`` modal; the theme's
   lazy loader rewrites body images to ``src="…/pix.gif" data-src="<real>"`` (121, 112). Gold:
   each photo once, at its real ``/uploads/…`` path; an image whose only line is "Ảnh: Phạm Minh
   Hòa" (115) has caption None and gives a photographer; an image in an old CKEditor caption
   table (101) has the table's second row as caption.
6. Notices that are a PDF and one line (Thông báo). 119/117/110: the only text is one line
   (hometext or a single body paragraph), the rest is the "Tải về" list with download URLs that
   share the article's path (``…-119.html?download=1&id=0``, a PDF) and a pdf.js viewer kept in a
   ``data-src``. 119 and 117 have near-identical titles and lines (khối 12 vs khối 10 và 11).
   Gold: each notice is its own article; body = the one line; the files are not text.
7. Dates as this theme prints them. "Đăng lúc: 14:30 - 03/12/2026" (time before day), a
   "Cập nhật: 09:05 - 04/12/2026" next to it (118), cards with "03 / Th12" (no year), and the
   core's ``article:published_time`` meta built with PHP's ``date('Y-m-dTH:i:s')``, which prints
   the zone's abbreviation: "2026-12-03ICT14:30:00". Notice 117 was posted at "00:00". Gold:
   the "Đăng lúc" value with +07:00; 117 the day alone "2026-11-25".
8. Bylines in the right-aligned block. "Tác giả:" is free text: "Tin: Nguyễn Thị Thu Hà - Ảnh: Lê
   Quang Vinh" (112), "ThS. Trần Đình Khoa - Phó Hiệu trưởng" (118), "ThS. Lê Văn Tám (Tổ trưởng
   Tổ Toán - Tin)" (106), units ("Tổ Ngữ văn", "Công đoàn cơ sở", "Đoàn trường THPT Phan Bội
   Châu"); "Nguồn tin:" may be a link (98); "Đăng bởi: quantri_pbc" in the meta line is the CMS
   account. Gold: names without degrees and posts, units as printed, the account nobody.
9. Chrome inside and right after the text's container. The theme's share bar ("Chia sẻ bài
   viết:" + Facebook/Zalo) sits inside ``#news-bodyhtml``; after it come the "Tải về" list, the
   core's copyright alert ("Bản quyền thuộc về…"), "Từ khóa", the rating ("Tổng số điểm của bài
   viết là: 14 trong 3 đánh giá", "Click để đánh giá bài viết"), a "Xem thêm: <link>" line at the
   end of 121's bodyhtml, a YouTube iframe in 98. Gold: none of it is body.
10. URL variants of one article. "Tin xem nhiều" prints
    ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>.html`` (200, same article, canonical to
    the rewritten URL); "Lưu bài viết này" links ``/news/savefile/…`` (200, the article as an HTML
    attachment); the print view ``/news/print/…`` is in an ``onclick`` only. Gold: all three in
    ``alt_paths``; never separate articles.
11. Encodings of old and new editors. 105 was written with the editor's "entities" option left on
    from the NukeViet 3 site (every second letter as ``&agrave;``/``&#7897;``); 115 was typed with
    Unikey's "Unicode tổ hợp" (NFD) in the bodyhtml and the headline. Gold: NFC text.
12. Tags with Vietnamese letters. ``/news/tag/h%E1%BB%8Dc-sinh-gi%E1%BB%8Fi/`` in the core's
    keyword links, ``/news/tag/học-sinh-giỏi/`` raw in the theme's tag cloud: one listing, not an
    article; the about pages print "Cập nhật: …" and look like articles but are NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the last item of the (hidden) breadcrumb of the canonical page: the category,
  never the module's own title "Tin Tức".
- The home image is the article's first photo (it is printed on the article's page, with its
  ``figcaption`` as caption; without one the caption is None, the ``alt`` being the title).
- ``summary``: the hometext (``div.hometext``, its own element) where there is one; 109 has none
  and opens with a bold lead paragraph, which is its summary; notice 117 prints no hometext and
  its line is not bold: summary None.
- 103 ends with "Nguồn: Phòng GDTrH - Sở GD&ĐT Bình Thuận" in the bodyhtml: the source; its
  "Lịch sinh hoạt cụm tiếp theo:" paragraph has two ``<br>``: three paragraphs, "- " kept.
- A table's rows are paragraphs with cells joined by " | " (118's result table, header row
  included). The image caption table of 101 is not a text table.
- The downloads, the pdf.js viewer, the print/savefile views and the redirected old alias are no
  articles; the seven about pages (``/about/<alias>.html``, each with "Cập nhật: 08:00 -
  15/08/2026" and a "Các bài viết khác" list) and ``/contact/`` are the NON_ARTICLES.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote

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

NAME = "nukeviet47_bootstrap5_thpt"
PLATFORM = "NukeViet 4.5.04 (news module), school theme on Bootstrap 5"
START_PATH = "/"

SITE_NAME = "Trường THPT Phan Bội Châu"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
THEME = "/themes/pbc_bs5"
PER_PAGE = 4
ST_LINKS = 2

# --- categories, tags, groups ----------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    alias: str
    title: str
    desc: str


CATS = {
    c.alias: c
    for c in (
        Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", "Tin tức, sự kiện của Trường THPT Phan Bội Châu"),
        Cat("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", "Hoạt động của các tổ chuyên môn"),
        Cat("thong-bao", "Thông báo", "Thông báo của nhà trường"),
    )
}
GROUPS = {"tin-noi-bat": "Tin nổi bật"}
TAGS = [
    "học sinh giỏi",
    "ngày nhà giáo việt nam",
    "stem",
    "sinh hoạt chuyên môn",
    "đoàn thanh niên",
    "kiểm tra cuối kỳ",
]


def tag_alias(tag: str) -> str:
    """NukeViet's ``change_alias_tags``: lower case, spaces to '-', the letters kept."""
    return tag.lower().replace(" ", "-")


def tag_href(tag: str, raw: bool = False) -> str:
    alias = tag_alias(tag)
    return f"/news/tag/{alias if raw else quote(alias)}/"


# --- the articles -----------------------------------------------------------------------------

S121 = Story(
    id=121,
    slug="hoc-sinh-truong-tham-gia-ngay-hoi-song-xanh-tai-cong-vien-doi-duong",
    title="Học sinh trường tham gia Ngày hội “Sống xanh” tại công viên Đồi Dương",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:45:00+07:00",
    summary=(
        "Sáng 29/11/2026, hơn 120 đoàn viên, học sinh Trường THPT Phan Bội Châu tham gia Ngày hội "
        "“Sống xanh - Vì một Phan Thiết sạch đẹp” do Thành đoàn Phan Thiết tổ chức tại công viên "
        "Đồi Dương."
    ),
    sapo_outside=True,
    authors=["Đoàn trường THPT Phan Bội Châu"],
    blocks=[
        Img(
            "/uploads/news/2026_12/ngay-hoi-song-xanh-01.jpg",
            "Đoàn viên nhà trường tại gian trưng bày sản phẩm tái chế",
            "Đoàn viên nhà trường tại gian trưng bày sản phẩm tái chế",
            style="home-full",
        ),
        P(
            "Ngày hội nằm trong chuỗi hoạt động hưởng ứng Tháng hành động vì môi trường, nhằm nâng "
            "cao ý thức giảm thiểu rác thải nhựa trong thanh thiếu niên. Tham gia ngày hội có đoàn "
            "viên của 14 trường THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trên "
            "địa bàn thành phố."
        ),
        P(
            "Đoàn trường THPT Phan Bội Châu mang đến gian trưng bày gần 60 sản phẩm tái chế do học "
            "sinh tự làm từ chai nhựa, lon nhôm, giấy báo cũ: chậu cây treo tường, đèn lồng, mô "
            "hình thuyền thúng, túi xách đan từ dây nilon… Nhiều sản phẩm được khách tham quan hỏi "
            "mua để ủng hộ quỹ “Áo ấm cho em” của nhà trường."
        ),
        Img(
            "/uploads/news/2026_12/ngay-hoi-song-xanh-02.jpg",
            "Tiết mục nhảy dân vũ “Rác ơi, đi đâu?” của lớp 11A3",
            "Tiết mục nhảy dân vũ “Rác ơi, đi đâu?” của lớp 11A3",
            style="fig-lazy",
        ),
        P(
            "Ở phần thi tìm hiểu kiến thức về môi trường, đội tuyển của trường gồm các em Nguyễn "
            "Ngọc Bảo Trân (12A1), Lê Hoàng Minh Khôi (11A3) và Trần Thị Kim Ngân (10A5) đã xuất "
            "sắc giành giải Nhất. Tiết mục nhảy dân vũ cổ động của lớp 11A3 cũng đoạt giải Ba."
        ),
        P(
            "Kết thúc ngày hội, các đoàn viên cùng tham gia nhặt rác, làm sạch khu vực bãi biển Đồi "
            "Dương - Thương Chánh, thu gom được hơn 300 kg rác thải các loại."
        ),
        P(
            "Thầy Võ Minh Trí, Bí thư Đoàn trường cho biết: “Thông qua ngày hội, các em không chỉ "
            "được vui chơi, giao lưu mà còn hiểu hơn trách nhiệm của mình với môi trường sống. Từ "
            "tháng 12, Đoàn trường sẽ duy trì mô hình “Đổi rác lấy cây xanh” vào sáng thứ Hai hằng "
            "tuần.”"
        ),
        Raw("XEM_THEM"),
    ],
    opts={
        "publ": "2026-12-04 16:45",
        "author_line": "Đoàn trường THPT Phan Bội Châu",
        "tags": ["đoàn thanh niên"],
        "xem_them": 106,
        "new": True,
    },
)

S118 = Story(
    id=118,
    slug="truong-thpt-phan-boi-chau-dat-42-giai-tai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
    title=(
        "Trường THPT Phan Bội Châu đạt 42 giải tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
        "năm học 2026 - 2027"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 vừa khép lại, đội tuyển "
        "Trường THPT Phan Bội Châu giành 42 giải, trong đó có 5 giải Nhất, 11 giải Nhì, 14 giải "
        "Ba và 12 giải Khuyến khích, xếp thứ hai toàn tỉnh."
    ),
    sapo_outside=True,
    authors=["Trần Đình Khoa"],
    blocks=[
        Img(
            "/uploads/news/2026_12/trao-thuong-hsg-cap-tinh.jpg",
            "Thầy Hiệu trưởng Nguyễn Văn Thành trao thưởng cho học sinh đạt giải Nhất",
            "Thầy Hiệu trưởng Nguyễn Văn Thành trao thưởng cho học sinh đạt giải Nhất",
            style="home-thumb",
        ),
        P(
            "Kỳ thi được Sở Giáo dục và Đào tạo tổ chức trong hai ngày 19 và 20/11/2026 với 1.126 "
            "thí sinh dự thi ở 11 môn. Nhà trường có 68 học sinh dự thi ở tất cả các môn; tỉ lệ đạt "
            "giải 61,8%, tăng 4,2% so với năm học trước."
        ),
        P("Kết quả cụ thể theo từng môn:", "h"),
        P("Môn thi | Nhất | Nhì | Ba | Khuyến khích", "tr1"),
        P("Toán | 1 | 2 | 1 | 2", "tr"),
        P("Vật lý | 2 | 1 | 2 | 0", "tr"),
        P("Hóa học | 0 | 3 | 2 | 1", "tr"),
        P("Ngữ văn | 1 | 2 | 3 | 2", "tr"),
        P("Tiếng Anh | 1 | 1 | 2 | 3", "tr"),
        P("Các môn còn lại | 0 | 2 | 4 | 4", "tr"),
        P(
            "Đáng chú ý, em Phạm Gia Huy (lớp 12A1) đạt giải Nhất môn Vật lý với số điểm cao nhất "
            "tỉnh; em Đặng Thảo Nguyên (lớp 12A6) đạt giải Nhất môn Ngữ văn và được chọn vào đội "
            "tuyển dự thi học sinh giỏi quốc gia."
        ),
        P(
            "Ngay sau khi có kết quả, nhà trường đã tổ chức tuyên dương, khen thưởng các em học "
            "sinh đạt giải và các thầy cô giáo trực tiếp bồi dưỡng đội tuyển với tổng số tiền gần "
            "60 triệu đồng từ quỹ khuyến học của Ban đại diện cha mẹ học sinh."
        ),
    ],
    opts={
        "publ": "2026-12-03 14:30",
        "edit": "2026-12-04 09:05",
        "author_line": "ThS. Trần Đình Khoa - Phó Hiệu trưởng",
        "tags": ["học sinh giỏi"],
        "files": [("Danh sách học sinh đạt giải HSG cấp tỉnh lớp 12", "danh-sach-dat-giai-hsg-12.pdf")],
        "group": "tin-noi-bat",
        "new": True,
        "rating": (14, 3),
    },
)

S115 = Story(
    id=115,
    slug="to-vat-ly-cong-nghe-to-chuc-ngoai-khoa-ngay-hoi-stem-nam-2026",
    # typed with Unikey's "Unicode tổ hợp": decomposed in the database (gold reads NFC)
    title=unicodedata.normalize("NFD", "Tổ Vật lý - Công nghệ tổ chức ngoại khóa “Ngày hội STEM” năm 2026"),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-27T15:10:00+07:00",
    summary=unicodedata.normalize(
        "NFD",
        "Chiều 25/11/2026, Tổ Vật lý - Công nghệ phối hợp với Đoàn trường tổ chức ngoại khóa "
        "“Ngày hội STEM” với chủ đề “Năng lượng xanh cho thành phố biển”.",
    ),
    sapo_outside=True,
    authors=["Tổ Vật lý - Công nghệ"],
    photographers=["Phạm Minh Hòa"],
    blocks=[
        P(
            "Ngày hội thu hút 32 đội thi đến từ các lớp khối 10 và khối 11. Mỗi đội mang đến một sản "
            "phẩm được thiết kế, chế tạo theo quy trình giáo dục STEM: xác định vấn đề, nghiên cứu "
            "kiến thức nền, đề xuất giải pháp, chế tạo mẫu, thử nghiệm và đánh giá."
        ),
        Img("/uploads/news/2026_11/ngay-hoi-stem-01.jpg", "Ảnh: Phạm Minh Hòa", None, style="credit"),
        P(
            "Nhiều sản phẩm có tính ứng dụng cao như: đèn năng lượng mặt trời tự động bật khi trời "
            "tối, mô hình tưới cây nhỏ giọt điều khiển bằng cảm biến độ ẩm, máy lọc nước biển mini "
            "bằng năng lượng mặt trời, xe chạy bằng sức gió…"
        ),
        P(
            "Sau phần trưng bày, các đội thuyết trình trước Ban giám khảo gồm các thầy cô thuộc Tổ "
            "Vật lý - Công nghệ và Tổ Hóa - Sinh. Ban giám khảo đánh giá cao khả năng vận dụng kiến "
            "thức liên môn và kỹ năng làm việc nhóm của học sinh."
        ),
        Img("/uploads/news/2026_11/ngay-hoi-stem-02.jpg", "Ảnh: Phạm Minh Hòa", None, style="credit"),
        P(
            "Kết quả, Ban tổ chức trao 1 giải Nhất cho sản phẩm “Máy lọc nước biển mini” của lớp "
            "11A2, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích. Các sản phẩm đạt giải cao sẽ được "
            "hoàn thiện để tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học "
            "năm học 2026 - 2027."
        ),
    ],
    opts={
        "publ": "2026-11-27 15:10",
        "author_line": "Tổ Vật lý - Công nghệ",
        "tags": ["stem"],
        "listcat": ["tin-tuc-su-kien"],
        "nfd": True,
        "thumb": "/assets/news/2026_11/ngay-hoi-stem-01.jpg",
    },
)

S112 = Story(
    id=112,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T09:15:00+07:00",
    summary=(
        "Sáng 18/11/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc."
    ),
    sapo_outside=True,
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Lê Quang Vinh"],
    blocks=[
        Raw("SAPO_AGAIN"),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Bình Thuận, Ủy ban nhân "
            "dân phường Phú Thủy, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu "
            "cùng đông đảo cựu học sinh của trường."
        ),
        Img(
            "/uploads/news/2026_11/le-ky-niem-20-11-01.jpg",
            "Các đại biểu dự Lễ kỷ niệm",
            "Các đại biểu dự Lễ kỷ niệm",
            style="fig-lazy",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thành ôn lại truyền thống tôn sư "
            "trọng đạo của dân tộc và điểm lại những kết quả nổi bật của nhà trường trong năm học "
            "2025 - 2026: tỉ lệ tốt nghiệp THPT đạt 99,8%; 87% học sinh trúng tuyển đại học ngay đợt "
            "đầu; 51 giải học sinh giỏi cấp tỉnh."
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
            "cấp trường, 7 sáng kiến được Hội đồng khoa học ngành công nhận và trao 40 suất học "
            "bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn vươn lên học tốt."
        ),
        Img(
            "/uploads/news/2026_11/le-ky-niem-20-11-02.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 12A4",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 12A4",
            style="fig",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Trương Ngọc Mai Anh, lớp 12A4 bày tỏ lòng biết ơn đến "
            "các thầy cô giáo và hứa sẽ ra sức thi đua học tập, rèn luyện, xứng đáng với truyền "
            "thống hơn 35 năm của nhà trường."
        ),
    ],
    opts={
        "publ": "2026-11-20 09:15",
        "author_line": "Tin: Nguyễn Thị Thu Hà - Ảnh: Lê Quang Vinh",
        "tags": ["ngày nhà giáo việt nam"],
        "group": "tin-noi-bat",
        "thumb": "/assets/news/2026_11/le-ky-niem-20-11-01.jpg",
        "rating": (19, 4),
    },
)

S109 = Story(
    id=109,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-nghi-luan-mon-ngu-van",
    title=(
        "Chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực” "
        "môn Ngữ văn"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-06T10:20:00+07:00",
    summary=(
        "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, sáng "
        "04/11/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản nghị luận "
        "theo định hướng phát triển năng lực”."
    ),
    authors=["Tổ Ngữ văn"],
    blocks=[
        P(
            "Nhằm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018, sáng "
            "04/11/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản nghị luận "
            "theo định hướng phát triển năng lực”.",
            "b",
        ),
        P(
            "Chuyên đề do cô Lê Thị Mỹ Dung, giáo viên Ngữ văn, chủ trì và được minh họa qua tiết dạy "
            "văn bản nghị luận xã hội tại lớp 10A2 với sự tham dự của Ban Giám hiệu và 14 giáo viên "
            "trong tổ."
        ),
        Img(
            "/uploads/news/2026_11/chuyen-de-ngu-van-10a2.jpg",
            "(Cô Lê Thị Mỹ Dung trình bày chuyên đề)",
            "Cô Lê Thị Mỹ Dung trình bày chuyên đề",
            style="em-next",
        ),
        P(
            "Trong tiết dạy, học sinh được tổ chức làm việc nhóm với phiếu học tập, sơ đồ tư duy để "
            "xác định luận đề, hệ thống luận điểm, lí lẽ và bằng chứng; từ đó đánh giá hiệu quả lập "
            "luận của tác giả và liên hệ với thực tiễn đời sống."
        ),
        P(
            "Ở phần thảo luận, các thầy cô trong tổ đã trao đổi sôi nổi về cách thiết kế câu hỏi đọc "
            "hiểu theo các mức độ nhận biết, thông hiểu, vận dụng; cách sử dụng ngữ liệu ngoài sách "
            "giáo khoa trong kiểm tra, đánh giá định kì."
        ),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức hoạt động đọc hiểu, góp "
            "phần nâng cao chất lượng dạy học môn Ngữ văn và chuẩn bị tốt cho kỳ thi tốt nghiệp THPT "
            "năm 2027."
        ),
    ],
    opts={
        "publ": "2026-11-06 10:20",
        "author_line": "Tổ Ngữ văn",
        "tags": ["sinh hoạt chuyên môn"],
        "thumb": "/assets/news/2026_11/chuyen-de-ngu-van-10a2.jpg",
    },
)

S106 = Story(
    id=106,
    slug="to-toan-tin-sinh-hoat-chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
    title="Tổ Toán - Tin sinh hoạt chuyên đề ứng dụng trí tuệ nhân tạo trong dạy học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-23T08:30:00+07:00",
    summary=(
        "Chiều 21/10/2026, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên đề “Ứng dụng trí tuệ nhân "
        "tạo (AI) hỗ trợ giáo viên trong soạn giảng và kiểm tra, đánh giá”."
    ),
    sapo_outside=True,
    authors=["Lê Văn Tám"],
    blocks=[
        Img("/uploads/news/2026_10/chuyen-de-ai-to-toan-tin.jpg", None, None, style="home-full"),
        P(
            "Tham dự buổi sinh hoạt có thầy Phó Hiệu trưởng Trần Đình Khoa cùng 17 giáo viên trong "
            "tổ. Báo cáo viên là thầy Lê Văn Tám, tổ trưởng chuyên môn."
        ),
        P("Nội dung chuyên đề tập trung vào ba vấn đề:", "h"),
        P(
            "Giới thiệu một số công cụ AI hỗ trợ soạn kế hoạch bài dạy, tạo câu hỏi trắc nghiệm và "
            "bài tập phân hóa;",
            "li1",
        ),
        P(
            "Hướng dẫn sử dụng AI để phân tích kết quả kiểm tra, phát hiện lỗi sai phổ biến của học "
            "sinh;",
            "li",
        ),
        P("Những lưu ý về đạo đức, bản quyền và bảo mật dữ liệu học sinh khi sử dụng AI.", "li"),
        P(
            "“AI chỉ là công cụ; người thầy vẫn là người quyết định mục tiêu, nội dung và cách tổ "
            "chức bài học”, thầy Lê Văn Tám nhấn mạnh.",
            "q",
        ),
        P(
            "Sau phần báo cáo, các giáo viên thực hành trực tiếp trên máy tính tại phòng Tin học số "
            "2. Tổ đã thống nhất mỗi giáo viên xây dựng ít nhất một kế hoạch bài dạy có ứng dụng AI "
            "để dự giờ, góp ý trong học kỳ I."
        ),
    ],
    opts={
        "publ": "2026-10-23 08:30",
        "author_line": "ThS. Lê Văn Tám (Tổ trưởng Tổ Toán - Tin)",
        "tags": ["sinh hoạt chuyên môn"],
    },
)

S105 = Story(
    id=105,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-10T08:00:00+07:00",
    summary=(
        "Ngày 08/10/2026, Trường THPT Phan Bội Châu tổ chức Hội nghị viên chức, người lao động năm "
        "học 2026 - 2027 nhằm đánh giá kết quả năm học trước và bàn giải pháp thực hiện nhiệm vụ "
        "năm học mới."
    ),
    sapo_outside=True,
    authors=["Công đoàn cơ sở"],
    blocks=[
        P(
            "Hội nghị có sự tham dự của 96 cán bộ, giáo viên, nhân viên trong tổng số 98 viên chức, "
            "người lao động của nhà trường."
        ),
        P(
            "Tại hội nghị, thầy Hiệu trưởng Nguyễn Văn Thành trình bày báo cáo tổng kết năm học 2025 "
            "- 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027 với chủ đề “Kỷ cương, nền nếp - Đổi "
            "mới, sáng tạo - Chất lượng, hiệu quả”."
        ),
        P(
            "Đại diện Ban Thanh tra nhân dân báo cáo kết quả hoạt động năm qua; Chủ tịch Công đoàn "
            "cơ sở trình bày dự thảo Quy chế chi tiêu nội bộ sửa đổi, bổ sung và Quy chế dân chủ ở "
            "cơ sở."
        ),
        P(
            "Trong phần thảo luận, hội nghị đã nhận được 14 ý kiến đóng góp tập trung vào việc đổi "
            "mới sinh hoạt tổ chuyên môn, tăng cường ứng dụng công nghệ thông tin trong quản lý và "
            "nâng cao chất lượng giáo dục mũi nhọn."
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành, đồng thời bầu "
            "Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên."
        ),
    ],
    opts={"publ": "2026-10-10 08:00", "author_line": "Công đoàn cơ sở", "entities": 2},
)

S98 = Story(
    id=98,
    slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-02T15:00:00+07:00",
    summary=(
        "Chiều 30/9/2026, Đội Cảnh sát PCCC và CNCH Công an thành phố Phan Thiết phối hợp với nhà "
        "trường tổ chức buổi tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, "
        "giáo viên, nhân viên và học sinh."
    ),
    sapo_outside=True,
    source="Công an thành phố Phan Thiết",
    blocks=[
        P(
            "Tại buổi tập huấn, cán bộ Đội Cảnh sát PCCC và CNCH đã phổ biến một số quy định của Luật "
            "Phòng cháy, chữa cháy; nguyên nhân thường gặp gây cháy, nổ trong trường học và gia "
            "đình; cách xử lý khi xảy ra sự cố cháy, nổ."
        ),
        P(
            "Các thành viên đội PCCC cơ sở của nhà trường và hơn 200 học sinh khối 10 được hướng dẫn "
            "sử dụng bình chữa cháy xách tay, thoát nạn qua khói, sơ cứu người bị nạn và thực hành "
            "dập tắt đám cháy giả định."
        ),
        Raw(
            '<p style="text-align: center;"><iframe allowfullscreen="" frameborder="0" height="360" '
            'src="https://www.youtube.com/embed/kT3pcc2026x" width="640"></iframe></p>'
        ),
        P(
            "Buổi tập huấn giúp cán bộ, giáo viên và học sinh nâng cao ý thức, trang bị kỹ năng cần "
            "thiết để chủ động phòng ngừa và xử lý kịp thời khi có sự cố cháy, nổ xảy ra."
        ),
    ],
    opts={
        "publ": "2026-10-02 15:00",
        "source_html": (
            '<a href="https://congan.binhthuan.gov.vn" rel="nofollow" target="_blank">'
            "Công an thành phố Phan Thiết</a>"
        ),
    },
)

S101 = Story(
    id=101,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 thu hút 36 giáo viên tham gia",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-16T07:45:00+07:00",
    summary=(
        "Từ ngày 05/10 đến 14/10/2026, Trường THPT Phan Bội Châu tổ chức Hội thi giáo viên dạy "
        "giỏi cấp trường năm học 2026 - 2027 với 36 giáo viên thuộc 8 tổ chuyên môn tham gia."
    ),
    sapo_outside=True,
    authors=["Nguyễn Hoàng Phúc"],
    blocks=[
        P(
            "Hội thi nhằm phát hiện, bồi dưỡng và tôn vinh những giáo viên có năng lực chuyên môn "
            "vững vàng, đồng thời tạo điều kiện để giáo viên học hỏi, chia sẻ kinh nghiệm đổi mới "
            "phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
            "giảng dạy môn học và thực hiện hai tiết dạy trên lớp (một tiết bốc thăm, một tiết tự "
            "chọn). Ban giám khảo gồm Ban Giám hiệu và các tổ trưởng, tổ phó chuyên môn."
        ),
        Img(
            "/uploads/news/2026_10/hoi-thi-gvdg-cap-truong.jpg",
            "Cô Huỳnh Thị Bích Ngọc (Tổ Tiếng Anh) trong tiết dạy dự thi",
            "Cô Huỳnh Thị Bích Ngọc (Tổ Tiếng Anh) trong tiết dạy dự thi",
            style="tbl",
        ),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt với việc vận dụng linh hoạt các kĩ thuật dạy học "
            "tích cực như khăn trải bàn, mảnh ghép, trạm học tập; ứng dụng hiệu quả bảng tương tác "
            "và phần mềm mô phỏng."
        ),
        P(
            "Kết quả, có 29 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 6 giáo viên có "
            "kết quả xuất sắc sẽ được nhà trường cử tham dự Hội thi giáo viên dạy giỏi cấp tỉnh vào "
            "tháng 3/2027."
        ),
    ],
    opts={
        "publ": "2026-10-16 07:45",
        "author_line": "Nguyễn Hoàng Phúc",
        "group": "tin-noi-bat",
        "thumb": "/assets/news/2026_10/hoi-thi-gvdg-cap-truong.jpg",
    },
)

S103 = Story(
    id=103,
    slug="sinh-hoat-chuyen-mon-cum-truong-thpt-thanh-pho-phan-thiet-theo-huong-nghien-cuu-bai-hoc",
    title="Sinh hoạt chuyên môn cụm trường THPT thành phố Phan Thiết theo hướng nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-09T14:00:00+07:00",
    summary=(
        "Ngày 07/10/2026, tại Trường THPT Phan Bội Châu đã diễn ra buổi sinh hoạt chuyên môn cụm "
        "các trường THPT thành phố Phan Thiết môn Hóa học và Sinh học theo hướng nghiên cứu bài "
        "học."
    ),
    sapo_outside=True,
    authors=["Hồ Thị Ngọc Lan"],
    source="Phòng GDTrH - Sở GD&ĐT Bình Thuận",
    blocks=[
        P(
            "Tham dự có đại diện Phòng Giáo dục Trung học - Sở GD&ĐT, lãnh đạo và 54 giáo viên Hóa "
            "học, Sinh học của 6 trường THPT trong cụm."
        ),
        P(
            "Hai tiết dạy minh họa được thực hiện tại lớp 10A3 (môn Hóa học, bài “Tốc độ phản ứng "
            "hóa học”) và lớp 11A5 (môn Sinh học, bài “Hô hấp ở thực vật”). Giáo viên dự giờ tập "
            "trung quan sát hoạt động học của học sinh, ghi chép những biểu hiện cụ thể thay vì chỉ "
            "nhận xét người dạy."
        ),
        P(
            "Trong phần thảo luận, các thầy cô phân tích nguyên nhân học sinh gặp khó khăn ở từng "
            "hoạt động và đề xuất điều chỉnh thiết kế bài học. Đại diện Phòng GDTrH đánh giá cao sự "
            "chuẩn bị chu đáo của trường chủ nhà và đề nghị các trường trong cụm duy trì sinh hoạt "
            "chuyên môn liên trường ít nhất hai lần mỗi học kỳ."
        ),
        P("Lịch sinh hoạt cụm tiếp theo:", "br1"),
        P("- Môn Toán, Tin học: ngày 11/11/2026 tại Trường THPT Phan Thiết;", "br2"),
        P("- Môn Ngữ văn, Lịch sử: ngày 09/12/2026 tại Trường THPT Bùi Thị Xuân.", "br2"),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: Phòng GDTrH - Sở GD&amp;ĐT Bình Thuận'
            "</em></p>"
        ),
    ],
    opts={
        "publ": "2026-10-09 14:00",
        "author_line": "ThS. Hồ Thị Ngọc Lan",
        "tags": ["sinh hoạt chuyên môn"],
    },
)

S119 = Story(
    id=119,
    slug="thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027-doi-voi-khoi-12",
    title="Thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027 đối với khối 12",
    cat="thong-bao",
    published_at="2026-12-01T10:00:00+07:00",
    summary=(
        "Nhà trường thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027 đối với học sinh khối 12 "
        "(xem chi tiết tại tệp đính kèm)."
    ),
    sapo_outside=True,
    blocks=[Raw("<p>&nbsp;</p>")],
    opts={
        "publ": "2026-12-01 10:00",
        "tags": ["kiểm tra cuối kỳ"],
        "files": [("Lịch kiểm tra cuối kỳ I - khối 12", "lich-kiem-tra-cuoi-ky-i-khoi-12.pdf")],
    },
)

S117 = Story(
    id=117,
    slug="thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027-doi-voi-khoi-10-va-khoi-11",
    title="Thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027 đối với khối 10 và khối 11",
    cat="thong-bao",
    published_at="2026-11-25",
    blocks=[
        P(
            "Nhà trường thông báo lịch kiểm tra cuối kỳ I năm học 2026 - 2027 đối với học sinh khối "
            "10 và khối 11 (xem chi tiết tại tệp đính kèm)."
        )
    ],
    opts={
        "publ": "2026-11-25 00:00",
        "tags": ["kiểm tra cuối kỳ"],
        "old_slug": "lich-kiem-tra-cuoi-ky-i-khoi-10-11",
        "files": [
            ("Lịch kiểm tra cuối kỳ I - khối 10", "lich-kiem-tra-cuoi-ky-i-khoi-10.pdf"),
            ("Lịch kiểm tra cuối kỳ I - khối 11", "lich-kiem-tra-cuoi-ky-i-khoi-11.pdf"),
        ],
    },
)

S110 = Story(
    id=110,
    slug="thong-bao-hoc-sinh-khoi-10-khoi-11-nghi-hoc-ngay-19-11-2026",
    title="Thông báo học sinh khối 10, khối 11 nghỉ học ngày 19/11/2026",
    cat="thong-bao",
    published_at="2026-11-10T16:20:00+07:00",
    summary=(
        "Học sinh khối 10 và khối 11 nghỉ học ngày 19/11/2026 để nhà trường làm điểm thi chọn học "
        "sinh giỏi cấp tỉnh lớp 12; học sinh khối 12 không dự thi học bình thường theo thời khóa "
        "biểu."
    ),
    sapo_outside=True,
    blocks=[],
    opts={
        "publ": "2026-11-10 16:20",
        "files": [("Công văn số 412/THPTPBC-VP", "cv-412-nghi-hoc-19-11-2026.pdf")],
    },
)

STORIES: list[Story] = [S121, S118, S119, S115, S117, S112, S110, S109, S106, S101, S105, S103, S98]
BY_ID = {s.id: s for s in STORIES}


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["publ"], reverse=True)


def cat_items(alias: str) -> list[Story]:
    """The stories listed in a category: filed there or listed there too (``listcatid``)."""
    return _sorted([s for s in STORIES if s.cat == alias or alias in s.opts.get("listcat", ())])


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def index_php_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def savefile_path(story: Story, cat: str | None = None) -> str:
    return f"/news/savefile/{cat or story.cat}/{story.slug}-{story.id}.html"


# --- small formatting helpers -------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _split(publ: str) -> tuple[str, str, str, str]:
    day, hm = publ.split(" ")
    y, m, d = day.split("-")
    return y, m, d, hm


def dmy(publ: str) -> str:
    y, m, d, _ = _split(publ)
    return f"{d}/{m}/{y}"


def dang_luc(publ: str) -> str:
    """The theme's detail line: time first, then the day."""
    y, m, d, hm = _split(publ)
    return f"{hm} - {d}/{m}/{y}"


def list_time(publ: str) -> str:
    y, m, d, hm = _split(publ)
    return f"{d}/{m}/{y} {hm}"


def meta_time(publ: str) -> str:
    """PHP's ``date('Y-m-dTH:i:s')``: 'T' is the zone's abbreviation, not a separator."""
    y, m, d, hm = _split(publ)
    return f"{y}-{m}-{d}ICT{hm}:00"


def badge(publ: str) -> str:
    _, m, d, _ = _split(publ)
    return f'<span class="nhan-ngay"><b>{d}</b><small>Th{int(m)}</small></span>'


def clean60(title: str) -> str:
    """NukeViet's ``nv_clean60``: at most 60 characters, cut at a word, then '...'."""
    if len(title) <= 60:
        return title
    cut = title[:60]
    return cut[: cut.rfind(" ")] + "..."


def hometext_clean(story: Story, limit: int = 160) -> str:
    line = story.summary or next((b.text for b in story.blocks if isinstance(b, P)), "")
    if len(line) <= limit:
        return line
    cut = line[:limit]
    return cut[: cut.rfind(" ")] + " ..."


def first_image(story: Story) -> str | None:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    for block in story.blocks:
        if isinstance(block, Img):
            return block.src.replace("/uploads/", "/assets/", 1)
    return None


def views(story: Story) -> str:
    return f"{story.views():,}".replace(",", ".")


# --- the theme's chrome ----------------------------------------------------------------------

ABOUT_PAGES = {
    "gioi-thieu-chung": "Giới thiệu chung",
    "lich-su-hinh-thanh-va-phat-trien": "Lịch sử hình thành và phát triển",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
    "thanh-tich-noi-bat": "Thành tích nổi bật",
    "tam-nhin-su-mang": "Tầm nhìn - Sứ mạng",
    "doi-ngu-can-bo-giao-vien": "Đội ngũ cán bộ, giáo viên",
    "co-so-vat-chat": "Cơ sở vật chất",
}

VAN_BAN = [
    ("Kế hoạch năm học 2026 - 2027", "/uploads/van-ban/2026/ke-hoach-nam-hoc-2026-2027.pdf", "12/09/2026"),
    ("Quy chế chi tiêu nội bộ năm 2026", "/uploads/van-ban/2026/quy-che-chi-tieu-noi-bo-2026.pdf", "15/10/2026"),
    ("Kế hoạch kiểm tra cuối kỳ I", "/uploads/van-ban/2026/ke-hoach-kiem-tra-cuoi-ky-i.pdf", "20/11/2026"),
    ("Quy định về đồng phục học sinh", "/uploads/van-ban/2026/quy-dinh-dong-phuc.pdf", "25/08/2026"),
]

MOST_READ = [118, 112, 121, 115, 109]


def head(request: Request, title: str, *, canonical: str, description: str = "", extra: str = "") -> str:
    base = base_url(request)
    desc = esc(description or "Cổng thông tin điện tử Trường THPT Phan Bội Châu - Phan Thiết - Bình Thuận")
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{desc}">
<meta name="keywords" content="thpt phan bội châu, phan thiết, bình thuận, trường học">
<meta name="author" content="{esc(SITE_NAME)}">
<meta name="copyright" content="{esc(SITE_NAME)} [c3phanboichau.binhthuan@moet.edu.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{esc(SITE_NAME)}">
<meta property="og:url" content="{base}{esc(canonical)}">
{extra}<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{base}{esc(canonical)}">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="preload" as="style" href="{THEME}/css/bootstrap.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css">
<link rel="StyleSheet" href="{THEME}/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Pb7x",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
"""


def _menu() -> str:
    about = "".join(
        f'<li><a class="dropdown-item" href="/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>'
        for a, t in ABOUT_PAGES.items()
    )
    cats = "".join(
        f'<li><a class="dropdown-item" href="/news/{c.alias}/" title="{esc(c.title)}">{esc(c.title)}</a></li>'
        for c in CATS.values()
    )
    return f"""<nav class="thanh-menu navbar navbar-expand-lg" id="menu-site-default">
 <div class="container">
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnPbc" aria-label="Menu"><i class="fa fa-bars"></i></button>
  <div class="collapse navbar-collapse" id="mnPbc">
   <ul class="navbar-nav me-auto mn-chinh">
    <li class="nav-item"><a class="nav-link" href="/" title="Trang nhất"><i class="fa fa-home"></i> Trang nhất</a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/about/gioi-thieu-chung.html" data-bs-toggle="dropdown">Giới thiệu</a><ul class="dropdown-menu">{about}</ul></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/news/" data-bs-toggle="dropdown">Tin tức</a><ul class="dropdown-menu">{cats}</ul></li>
    <li class="nav-item"><a class="nav-link" href="/news/thong-bao/" title="Thông báo">Thông báo</a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">Văn bản</a><ul class="dropdown-menu">{"".join(f'<li><a class="dropdown-item" href="{h}" target="_blank">{esc(t)}</a></li>' for t, h, _ in VAN_BAN[:2])}</ul></li>
    <li class="nav-item"><a class="nav-link" href="https://binhthuan.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT</a></li>
    <li class="nav-item"><a class="nav-link" href="/contact/" title="Liên hệ">Liên hệ</a></li>
   </ul>
   <form class="tim-kiem d-flex" action="/seek/" method="get" onsubmit="return nv_search_submit(this);">
    <input type="hidden" name="m" value="news"><input class="form-control form-control-sm" type="text" name="q" maxlength="60" placeholder="Tìm kiếm...">
    <button class="btn btn-sm btn-warning" type="submit"><i class="fa fa-search"></i></button>
   </form>
  </div>
 </div>
</nav>"""


def _marquee() -> str:
    items = []
    for s in _sorted([s for s in STORIES if s.cat == "thong-bao"]):
        slug = s.opts.get("old_slug", s.slug)
        items.append(
            f'<a href="/news/thong-bao/{slug}-{s.id}.html" title="{esc(s.title)}">'
            f'<img src="{THEME}/images/new.gif" alt="" width="28"> {esc(s.title)}</a>'
        )
    sep = ' <span class="cham">&#9679;</span> '
    return (
        '<div class="tb-chay"><div class="container d-flex"><span class="tb-nhan">'
        '<i class="fa fa-bullhorn"></i> Thông báo</span>'
        '<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" '
        f'onmouseout="this.start();">{sep.join(items)}</marquee></div></div>'
    )


def header(home: bool = False) -> str:
    if home:
        name = (
            f'<h1 class="ten-truong">{esc(SITE_NAME.upper())}</h1>'
            '<h2 class="khau-hieu">Kỷ cương - Chất lượng - Sáng tạo</h2>'
        )
    else:
        name = (
            f'<span class="ten-truong site_name">{esc(SITE_NAME.upper())}</span>'
            '<span class="khau-hieu site_description">Kỷ cương - Chất lượng - Sáng tạo</span>'
        )
    return f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<div class="thanh-tren"><div class="container d-flex justify-content-between">
 <span class="ngay-gio"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
 <span class="lk-nhanh"><a href="/news/rss/"><i class="fa fa-rss"></i> RSS</a> | <a href="https://mail.google.com/a/moet.edu.vn" rel="nofollow">Email nội bộ</a> | <a href="https://binhthuan.vnedu.vn" rel="nofollow">vnEdu</a></span>
</div></div>
<header class="dau-trang"><div class="container d-flex align-items-center">
 <a class="logo" title="{esc(SITE_NAME)}" href="/"><img src="/uploads/logo-pbc.png" alt="{esc(SITE_NAME)}" width="96" height="96"></a>
 <div class="ten-khoi">{name}<span class="dia-chi-nho">Sở Giáo dục và Đào tạo tỉnh Bình Thuận</span></div>
</div></header>
{_menu()}
{_marquee()}
"""


def breadcrumbs(items: list[tuple[str, str]]) -> str:
    """NukeViet 4: the visible list is empty, JS copies the hidden schema.org list into it."""
    lis = []
    for pos, (title, href) in enumerate([("Trang nhất", "/"), *items], start=1):
        lis.append(
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(title)}"><span itemprop="name">{esc(title)}</span></a>'
            f'<i class="d-none" itemprop="position" content="{pos}"></i></li>'
        )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs d-none" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        '<ul class="temp-breadcrumbs d-none" itemscope itemtype="https://schema.org/BreadcrumbList">'
        + "".join(lis)
        + "</ul></div>"
    )


def _most_read() -> str:
    lis = []
    for sid in MOST_READ:
        s = BY_ID[sid]
        lis.append(
            f'<li class="clearfix"><a href="{esc(index_php_path(s))}" title="{esc(s.title)}">'
            f'<img src="{esc(first_image(s) or THEME + "/images/no_image.gif")}" alt="" width="72" class="float-start me-2">'
            f"{esc(clean60(s.title))}</a></li>"
        )
    return (
        '<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Tin xem nhiều</div>'
        f'<div class="card-body"><ul class="ds-xem-nhieu list-unstyled">{"".join(lis)}</ul></div></div>'
    )


def _van_ban() -> str:
    lis = "".join(
        f'<li><i class="fa fa-file-pdf-o text-danger"></i> <a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a> <span class="text-muted">({d})</span></li>'
        for t, h, d in VAN_BAN
    )
    return (
        '<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Văn bản</div>'
        f'<div class="card-body"><ul class="ds-van-ban list-unstyled">{lis}</ul></div></div>'
    )


def _tag_cloud() -> str:
    links = " ".join(
        f'<a href="{tag_href(t, raw=True)}" class="badge rounded-pill text-bg-light">{esc(t)}</a>'
        for t in TAGS
    )
    return (
        '<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Từ khóa</div>'
        f'<div class="card-body dam-may-tag">{links}</div></div>'
    )


def sidebar() -> str:
    return f"""<aside class="col-lg-4 cot-phai">
{_most_read()}
{_van_ban()}
<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Fanpage</div><div class="card-body">
<div id="fb-root"></div>
<div class="fb-page" data-href="https://www.facebook.com/thptphanboichau.phanthiet" data-tabs="timeline" data-width="" data-height="300" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="https://www.facebook.com/thptphanboichau.phanthiet" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/thptphanboichau.phanthiet">Trường THPT Phan Bội Châu - Phan Thiết</a></blockquote></div>
</div></div>
{_tag_cloud()}
<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Thăm dò ý kiến</div><div class="card-body binh-chon">
<p class="fw-bold">Bạn biết đến website của trường qua kênh nào?</p>
<form action="/voting/" method="post" onsubmit="return false;">
<div class="form-check"><input class="form-check-input" type="radio" name="option" value="1" id="vt1"><label for="vt1">Bạn bè, người thân giới thiệu</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="option" value="2" id="vt2"><label for="vt2">Fanpage Facebook của trường</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="option" value="3" id="vt3"><label for="vt3">Tìm kiếm trên Google</label></div>
<input type="button" class="btn btn-sm btn-primary" value="Bình chọn" onclick="nv_sendvoting(this.form, '1', '1', '', '', '0');"> <input type="button" class="btn btn-sm btn-secondary" value="Kết quả" onclick="nv_sendvoting(this.form, '1', 0, '', '', '0');">
</form></div></div>
<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Thống kê truy cập</div><div class="card-body bo-dem">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.204</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>38.519</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.846.133</span></li>
</ul></div></div>
<div class="khoi-phai card mb-3"><div class="card-header tieu-de-khoi">Liên kết website</div><div class="card-body">
<select class="form-select form-select-sm" onchange="if(this.value)window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://binhthuan.edu.vn">Sở GD&amp;ĐT Bình Thuận</option><option value="https://binhthuan.gov.vn">Cổng TTĐT tỉnh Bình Thuận</option><option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option></select>
</div></div>
</aside>"""


def footer() -> str:
    return f"""<footer class="chan-trang"><div class="container"><div class="row">
<div class="col-md-7">
 <p class="ten-cuoi fw-bold">TRƯỜNG THPT PHAN BỘI CHÂU - TP. PHAN THIẾT</p>
 <p><i class="fa fa-map-marker"></i> Địa chỉ: Số 02 Đường 19 tháng 4, phường Xuân An, thành phố Phan Thiết, tỉnh Bình Thuận</p>
 <p><i class="fa fa-phone"></i> Điện thoại: 0252 3822 157 - Fax: 0252 3822 158</p>
 <p><i class="fa fa-envelope"></i> Email: <a href="mailto:c3phanboichau.binhthuan@moet.edu.vn">c3phanboichau.binhthuan@moet.edu.vn</a></p>
 <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thành</p>
</div>
<div class="col-md-5 text-md-end">
 <p>&copy; Bản quyền thuộc về {esc(SITE_NAME)}</p>
 <p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <p class="powered">Powered by <a href="https://nukeviet.vn" rel="nofollow" target="_blank">NukeViet</a> - Thiết kế bởi <a href="https://vinades.vn" rel="nofollow" target="_blank">VINADES.,JSC</a></p>
</div></div></div></footer>
<a id="totop" href="#" class="d-none"><i class="fa fa-chevron-up"></i></a>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<div id="openidBt" data-result="" data-redirect=""></div>
</div></div>
<script src="{THEME}/js/bootstrap.bundle.min.js"></script>
<script src="{THEME}/js/lazysizes.min.js"></script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0"></script>
</body>
</html>"""


def page(request: Request, title: str, main: str, *, canonical: str, crumbs: list[tuple[str, str]],
         description: str = "", extra_head: str = "", home: bool = False) -> Response:
    body = (
        head(request, title, canonical=canonical, description=description, extra=extra_head)
        + header(home)
        + '<div class="container noi-dung-chinh">'
        + ("" if home else breadcrumbs(crumbs))
        + '<div class="row"><div class="col-lg-8 cot-giua">'
        + main
        + "</div>"
        + sidebar()
        + "</div></div>"
        + footer()
    )
    return html(body)


# --- the article's text as the editor stored it --------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _img_tag(story: Story, img: Img, lazy: bool = False, width: int = 800) -> str:
    alt = esc(img.src.rsplit("/", 1)[-1])
    if lazy:
        return (
            f'<img alt="{alt}" class="lazyload" src="{THEME}/images/pix.gif" data-src="{esc(img.src)}" '
            f'width="{width}" height="{width * 2 // 3}" />'
        )
    return f'<img alt="{alt}" src="{esc(img.src)}" style="width: {width}px; height: {width * 2 // 3}px;" />'


def _render_img(story: Story, img: Img) -> str:
    cap = _t(story, img.printed or "")
    if img.style in ("fig", "fig-lazy"):
        return (
            '<figure class="image" style="display:inline-block">'
            + _img_tag(story, img, lazy=img.style == "fig-lazy")
            + f"<figcaption>{cap}</figcaption></figure>"
        )
    if img.style == "em-next":
        return (
            f'<p style="text-align: center;">{_img_tag(story, img, width=700)}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(story, img, width=720)}</p>\n'
            f'<p style="text-align: center;"><span style="font-size:12px;"><em>{cap}</em></span></p>'
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%;"><tbody>'
            f'<tr><td style="text-align: center;">{_img_tag(story, img, width=640)}</td></tr>'
            f'<tr><td style="text-align: center;"><span style="color:#0000cd;"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    raise ValueError(img.style)


def _list_html(story: Story, items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{_t(story, x)}</li>" for x in items) + "</ul>"


def _table_html(story: Story, rows: list[str]) -> str:
    out = []
    for n, row in enumerate(rows):
        cells = row.split(" | ")
        if n == 0:
            tds = "".join(f'<td style="text-align:center"><strong>{_t(story, c)}</strong></td>' for c in cells)
        else:
            tds = "".join(
                f"<td>{_t(story, c)}</td>" if k == 0 else f'<td style="text-align:center">{_t(story, c)}</td>'
                for k, c in enumerate(cells)
            )
        out.append(f"<tr>{tds}</tr>")
    return (
        '<table border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse">'
        "<tbody>" + "".join(out) + "</tbody></table>"
    )


def bodyhtml(story: Story, page_cat: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if not b.style.startswith("home-"):
                out.append(_render_img(story, b))
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html == "XEM_THEM":
                target = BY_ID[story.opts["xem_them"]]
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{article_path(target)}">{esc(target.title)}</a></p>'
                )
            elif b.html == "SAPO_AGAIN":
                out.append(f'<p style="text-align: justify;">{_t(story, story.summary or "")}</p>')
            else:
                out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("li", "tr", "br2"):
            raise ValueError(f"{story.id}: a {style} paragraph must follow its group's opener")
        if style in ("", "b", "h", "q"):
            inner = _t(story, b.text)
            out.append(
                {
                    "": f'<p style="text-align: justify;">{inner}</p>',
                    "b": f'<p style="text-align: justify;"><strong>{inner}</strong></p>',
                    "h": f"<h4><strong>{inner}</strong></h4>",
                    "q": f"<blockquote><p><em>{inner}</em></p></blockquote>",
                }[style]
            )
            i += 1
            continue
        # groups: a run of list items / table rows / lines split by <br>
        if style in ("li1", "tr1"):
            kind = style[:2]
            run = [b.text]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                run.append(blocks[i].text)
                i += 1
            out.append(_list_html(story, run) if kind == "li" else _table_html(story, run))
            continue
        if style == "br1":
            lines = [b.text]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br2":
                lines.append(blocks[i].text)
                i += 1
            out.append("<p>" + "<br />\n".join(_t(story, x) for x in lines) + "</p>")
            continue
        raise ValueError(style)
    return "\n".join(out)




# --- listings ------------------------------------------------------------------------------------


def pager(base: str, page_no: int, pages: int) -> str:
    """NukeViet's ``generate_page`` with the theme's Bootstrap 5 classes."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = []
    if page_no > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page_no - 1)}" title="Trang trước">&laquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page_no:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{href(n)}" title="Trang {n}">{n}</a></li>')
    if page_no < pages:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page_no + 1)}" title="Trang sau">&raquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
    return f'<div class="phan-trang text-center"><ul class="pagination justify-content-center">{"".join(items)}</ul></div>'


def _thumb(story: Story) -> str:
    return first_image(story) or f"{THEME}/images/no_image.gif"


def card(story: Story, cat: str) -> str:
    link = article_path(story, cat)
    return f"""<div class="col-sm-6 col-xl-6 mb-4"><div class="the-tin h-100">
 <a class="anh-the position-relative d-block" href="{link}" title="{esc(story.title)}"><img src="{esc(_thumb(story))}" alt="{esc(story.title)}" class="img-fluid w-100" loading="lazy">{badge(story.opts["publ"])}</a>
 <div class="than-the p-2"><h3 class="tieu-de-the"><a class="show" href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
 <p class="mo-ta text-muted">{esc(hometext_clean(story))}</p></div>
</div></div>"""


def viewcat_grid(request: Request, alias: str, page_no: int) -> Response | None:
    cat = CATS[alias]
    items = cat_items(alias)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page_no > pages:
        return None
    chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    base = f"/news/{alias}/"
    path = base if page_no == 1 else f"{base}page-{page_no}/"
    title = cat.title + (f" - Trang {page_no}" if page_no > 1 else "")
    main = (
        f'<div class="news_column dm-luoi"><h2 class="tieu-de-dm"><span>{esc(cat.title)}</span></h2>'
        f'<div class="row luoi-tin">{"".join(card(s, alias) for s in chunk)}</div>'
        f"{pager(base, page_no, pages)}</div>"
    )
    return page(request, f"{title} - {SITE_NAME}", main, canonical=path,
                crumbs=[("Tin Tức", "/news/"), (cat.title, base)], description=cat.desc)


def viewcat_main_bottom(request: Request) -> Response:
    parts = []
    for alias, cat in CATS.items():
        items = cat_items(alias)
        first, others = items[0], items[1:3]
        link = article_path(first, alias)
        lis = "".join(
            f'<li class="icon_list"><a class="show h6" href="{article_path(s, alias)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s in others
        )
        parts.append(f"""<div class="news_column khoi-cm card mb-4">
 <div class="card-header tieu-de-khoi d-flex justify-content-between"><h2 class="h5 mb-0"><a title="{esc(cat.title)}" href="/news/{alias}/"><span>{esc(cat.title)}</span></a></h2><a class="xem-tat" href="/news/{alias}/">Xem tất cả <i class="fa fa-angle-double-right"></i></a></div>
 <div class="card-body clearfix">
  <a href="{link}" title="{esc(first.title)}"><img class="img-thumbnail float-start imghome me-3" src="{esc(_thumb(first))}" width="180" alt="{esc(first.title)}"></a>
  <h3 class="h5"><a href="{link}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
  <div class="text-muted"><ul class="list-unstyled list-inline"><li class="list-inline-item"><em class="fa fa-clock-o">&nbsp;</em> {list_time(first.opts["publ"])}</li><li class="list-inline-item"><em class="fa fa-eye">&nbsp;</em> Lượt xem: {views(first)}</li></ul></div>
  <p>{esc(hometext_clean(first, 240))}</p>
  <ul class="related list-items clearfix">{lis}</ul>
 </div></div>""")
    return page(request, f"Tin Tức - {SITE_NAME}", "".join(parts), canonical="/news/",
                crumbs=[("Tin Tức", "/news/")])


def simple_list(stories: list[Story]) -> str:
    rows = []
    for s in stories:
        link = article_path(s)
        rows.append(f"""<div class="news_column dong-tin clearfix mb-3 pb-3 border-bottom">
 <a href="{link}" title="{esc(s.title)}"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" width="160" class="img-thumbnail float-start me-3"></a>
 <h3 class="h5"><a href="{link}" title="{esc(s.title)}">{esc(s.title)}</a></h3>
 <div class="text-muted small"><em class="fa fa-clock-o"></em> {list_time(s.opts["publ"])}</div>
 <p>{esc(hometext_clean(s, 220))}</p>
</div>""")
    return "".join(rows)


def tag_page(request: Request, alias: str) -> Response | None:
    tag = next((t for t in TAGS if tag_alias(t) == alias), None)
    if tag is None:
        return None
    items = _sorted([s for s in STORIES if tag in s.opts.get("tags", ())])
    main = f'<div class="tag-news"><h2 class="tieu-de-dm">Tin tức theo từ khóa: <span>{esc(tag)}</span></h2>{simple_list(items)}</div>'
    return page(request, f"{tag} - Tin Tức - {SITE_NAME}", main, canonical=tag_href(tag),
                crumbs=[("Tin Tức", "/news/"), (tag, tag_href(tag))])


def group_page(request: Request, alias: str) -> Response | None:
    if alias not in GROUPS:
        return None
    items = _sorted([s for s in STORIES if s.opts.get("group") == alias])
    main = f'<div class="nhom-tin"><h2 class="tieu-de-dm">{esc(GROUPS[alias])}</h2>{simple_list(items)}</div>'
    return page(request, f"{GROUPS[alias]} - Tin Tức - {SITE_NAME}", main, canonical=f"/news/groups/{alias}/",
                crumbs=[("Tin Tức", "/news/"), (GROUPS[alias], f"/news/groups/{alias}/")])


def home(request: Request) -> Response:
    featured = _sorted([s for s in STORIES if s.opts.get("group") == "tin-noi-bat"])
    slides = []
    for n, s in enumerate(featured):
        big = next((b.src for b in s.blocks if isinstance(b, Img)), f"{THEME}/images/slide-default.jpg")
        slides.append(
            f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="{article_path(s)}" title="{esc(s.title)}">'
            f'<img src="{esc(big)}" class="d-block w-100" alt="{esc(s.title)}"></a>'
            f'<div class="carousel-caption d-none d-md-block"><p class="h5">{esc(clean60(s.title))}</p></div></div>'
        )
    hero = (
        '<div id="slidePbc" class="carousel slide mb-4 hero-pbc" data-bs-ride="carousel">'
        f'<div class="carousel-inner">{"".join(slides)}</div>'
        '<button class="carousel-control-prev" type="button" data-bs-target="#slidePbc" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>'
        '<button class="carousel-control-next" type="button" data-bs-target="#slidePbc" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button>'
        '<a class="xem-nhom" href="/news/groups/tin-noi-bat/">Tin nổi bật <i class="fa fa-angle-double-right"></i></a></div>'
    )
    latest = _sorted([s for s in STORIES if s.cat != "thong-bao"])[:6]
    main_item, others = latest[0], latest[1:]
    lis = "".join(
        f'<li class="icon_list clearfix"><a class="show black h6 clearfix" href="{article_path(s)}" data-content="{esc(hometext_clean(s))}" data-img="{esc(_thumb(s))}" data-rel="tooltip" title="{esc(s.title)}">'
        f'<img src="{esc(_thumb(s))}" alt="{esc(s.title)}" class="img-thumbnail float-end ms-2" style="width:65px;"><span>{esc(clean60(s.title))}</span></a></li>'
        for s in others
    )
    center = f"""<div class="khoi-tin card mb-4"><div class="card-header tieu-de-khoi"><a href="/news/tin-tuc-su-kien/">Tin tức - Sự kiện</a></div>
<div class="card-body nv-block-news-center"><div class="row">
 <div class="col-md-7 mb-3">
  <div class="mb-2 text-center"><a href="{article_path(main_item)}" title="{esc(main_item.title)}"><img src="{esc(_thumb(main_item))}" alt="{esc(main_item.title)}" class="img-thumbnail"></a></div>
  <h2 class="h5"><a href="{article_path(main_item)}" title="{esc(main_item.title)}">{esc(clean60(main_item.title))}</a></h2>
  {esc(hometext_clean(main_item, 240))}
  <p class="text-end"><a href="{article_path(main_item)}"><em class="fa fa-sign-out"></em>Xem tiếp</a></p>
 </div>
 <div class="col-md-5"><ul class="column-margin-left list-unstyled">{lis}</ul></div>
</div></div></div>"""
    return page(request, SITE_NAME, hero + center, canonical="/", crumbs=[], home=True)


# --- the detail ----------------------------------------------------------------------------------

COPYRIGHT_NOTE = (
    "Bản quyền thuộc về Trường THPT Phan Bội Châu. Khi phát hành lại thông tin từ website này cần "
    "ghi rõ nguồn “Trường THPT Phan Bội Châu - Phan Thiết”."
)


def _home_image(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home-")), None)


def _showhometext(story: Story) -> str:
    img = _home_image(story)
    alt = esc(story.title)
    note = f"<figcaption>{esc(img.printed)}</figcaption>" if img and img.printed else ""
    before = after = ""
    if img and img.style == "home-thumb":
        before = (
            '<figure class="article left pointer float-start me-3" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div style="width:220px;"><p class="text-center"><img alt="{alt}" src="{esc(img.src)}" width="220" class="img-thumbnail"/></p>{note}</div></figure>'
            f'<div id="imgpreview" style="display:none"><p class="text-center"><img alt="{alt}" src="{esc(img.src)}" width="800" class="img-fluid"/></p>{note}</div>'
        )
    elif img:
        after = f'<figure class="article center text-center"><img alt="{alt}" src="{esc(img.src)}" width="800" class="img-thumbnail img-fluid"/>{note}</figure>'
    hometext = f'<div class="hometext m-bottom" itemprop="description">{esc(story.summary)}</div>' if story.sapo_outside and story.summary else ""
    if not (before or after or hometext):
        return ""
    return f'<div class="clearfix">{before}{hometext}{after}</div>'


def _files(story: Story, cat: str) -> str:
    files = story.opts.get("files", [])
    if not files:
        return ""
    lis = []
    for n, (title, fname) in enumerate(files):
        url = f"{article_path(story, cat)}?download=1&id={n}"
        viewer = "/assets/js/pdf.js/web/viewer.html?file=" + quote(url, safe="")
        lis.append(
            '<li class="list-group-item">'
            f'<a href="{esc(url)}" title="{esc(title)}" class="fw-bold"><i class="fa fa-file-pdf-o text-danger"></i> {esc(title)}</a> '
            f'<span class="badge text-bg-secondary">{esc(fname)}</span> '
            f'<a role="button" class="btn btn-sm btn-outline-primary ms-2" data-bs-toggle="collapse" href="#file-{story.id}-{n}" aria-expanded="false">Xem trực tuyến</a>'
            f'<div class="collapse mt-2" id="file-{story.id}-{n}" data-src="{esc(viewer)}" data-toggle="collapsepdf">'
            '<iframe frameborder="0" height="600" scrolling="yes" src="" width="100%"></iframe></div></li>'
        )
    return (
        '<div class="news-download-file card mb-3"><div class="card-header"><i class="fa fa-download"></i> Tải về</div>'
        f'<ul class="list-group list-group-flush">{"".join(lis)}</ul></div>'
    )


def _author_block(story: Story) -> str:
    lines = []
    if story.opts.get("author_line"):
        lines.append(f'<p class="h6 mb-1"><strong>Tác giả: </strong>{esc(story.opts["author_line"])}</p>')
    if story.opts.get("source_html"):
        lines.append(f'<p class="h6 mb-1"><strong>Nguồn tin: </strong>{story.opts["source_html"]}</p>')
    if not lines:
        return ""
    return f'<div class="tg-nguon text-end margin-bottom-lg mb-3">{"".join(lines)}</div>'


def _keywords(story: Story) -> str:
    tags = story.opts.get("tags", [])
    if not tags:
        return ""
    links = ", ".join(f'<a title="{esc(t)}" href="{tag_href(t)}"><em>{esc(t)}</em></a>' for t in tags)
    return (
        '<div class="news_column card mb-3"><div class="card-body"><div class="h6 tu-khoa">'
        f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
    )


def _rating(story: Story) -> str:
    total, count = story.opts.get("rating", (0, 0))
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(["Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"], start=1)
    )
    value = f"{total / count:.1f}" if count else "0"
    return f"""<div class="news_column card mb-3"><div class="card-body">
<form id="form3B" action="">
 <div class="h6 clearfix danh-gia">
  <p id="stringrating">Tổng số điểm của bài viết là: {total} trong {count} đánh giá</p>
  <span itemscope itemtype="https://schema.org/AggregateRating"><span class="d-none" itemprop="itemReviewed" itemscope itemtype="https://schema.org/CreativeWorkSeries"><span itemprop="name">{esc(story.title)}</span></span>
  <span class="d-none" itemprop="ratingValue">{value}</span><span class="d-none" itemprop="ratingCount">{count}</span></span>
  <div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
 </div>
</form></div></div>"""


def _others(story: Story, cat: str) -> str:
    parts = []
    tags = set(story.opts.get("tags", ()))
    related = [s for s in _sorted(STORIES) if s.id != story.id and tags & set(s.opts.get("tags", ()))][:3]

    def ul(items: list[Story], use_cat: bool) -> str:
        return '<ul class="detail-related related list-none list-items">' + "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s, cat if use_cat else None)}" title="{esc(s.title)}">{esc(s.title)}</a> <em>({dmy(s.opts["publ"])})</em></li>'
            for s in items
        ) + "</ul>"

    if related:
        parts.append(f'<p class="h5"><strong>Xem thêm</strong></p>{ul(related, False)}')
    same = cat_items(cat)
    newer = [s for s in same if s.opts["publ"] > story.opts["publ"]][-ST_LINKS:][::-1]
    older = [s for s in same if s.opts["publ"] < story.opts["publ"]][:ST_LINKS]
    if newer:
        parts.append(f'<p class="h5"><strong>Tin mới hơn</strong></p>{ul(newer, True)}')
    if older:
        parts.append(f'<p class="h5"><strong>Tin cũ hơn</strong></p>{ul(older, True)}')
    if not parts:
        return ""
    return f'<div class="news_column card mb-3"><div class="card-body other-news">{"".join(parts)}</div></div>'


def detail(request: Request, story: Story, cat: str) -> Response:
    publ = story.opts["publ"]
    canonical = article_path(story)
    cat_title = CATS[cat].title
    new = ' <span class="nhan-moi badge bg-danger">Mới</span>' if story.opts.get("new") else ""
    edit = story.opts.get("edit")
    meta_line = (
        f'<span class="h6 ngay-dang"><i class="fa fa-clock-o"></i> Đăng lúc: {dang_luc(publ)}</span>'
        + (f' <span class="cap-nhat text-muted small">(Cập nhật: {dang_luc(edit)})</span>' if edit else "")
        + f' <span class="luot-xem text-muted small ms-2"><i class="fa fa-eye"></i> Lượt xem: {views(story)}</span>'
        + ' <span class="nguoi-dang text-muted small ms-2"><i class="fa fa-user"></i> Đăng bởi: quantri_pbc</span>'
    )
    sendmail = f"/news/sendmail/{cat}/{story.slug}-{story.id}.html"
    tools = (
        '<ul class="list-inline text-end cong-cu mb-0">'
        f'<li class="list-inline-item"><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse(\'{sendmail}\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li class="list-inline-item"><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'{print_path(story)}\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        f'<li class="list-inline-item"><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{savefile_path(story, cat)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>'
        "</ul>"
    )
    base = base_url(request)
    share = (
        '<div class="chia-se-bv d-flex align-items-center mt-3 pt-2 border-top"><span class="me-2 fw-bold">Chia sẻ bài viết:</span>'
        f'<div class="fb-share-button me-2" data-href="{base}{canonical}" data-layout="button_count" data-size="small"><a target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={quote(base + canonical, safe="")}" class="fb-xfbml-parse-ignore">Chia sẻ</a></div>'
        f'<div class="zalo-share-button" data-href="{base}{canonical}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div></div>'
    )
    copyright_block = "" if story.cat == "thong-bao" else f'<div class="alert alert-info margin-bottom-lg ban-quyen">{esc(COPYRIGHT_NOTE)}</div>'
    article = f"""<div class="news_column card mb-3" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="card-body">
 <h1 class="title tieu-de-bai margin-bottom-lg" itemprop="headline">{esc(story.title)}{new}</h1>
 <div class="row margin-bottom-lg dong-tg mb-2"><div class="col-md-8">{meta_line}</div><div class="col-md-4">{tools}</div></div>
 {_showhometext(story)}
 <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{bodyhtml(story, cat)}
{share}
 </div>
 {_files(story, cat)}
 {_author_block(story)}
 {copyright_block}
</div></div>
{_keywords(story)}
{_rating(story)}
<div class="news_column card mb-3"><div class="card-body binh-luan"><p class="h6"><strong>Ý kiến bạn đọc</strong></p><div class="fb-comments" data-href="{base}{canonical}" data-numposts="5" data-colorscheme="light" data-width="100%"></div></div></div>
{_others(story, cat)}"""
    img = _home_image(story) or next((b for b in story.blocks if isinstance(b, Img)), None)
    extra = (
        '<meta property="og:type" content="article">\n'
        + (f'<meta property="og:image" content="{base}{esc(img.src)}">\n' if img else "")
        + f'<meta property="article:published_time" content="{meta_time(publ)}">\n'
        + f'<meta property="article:modified_time" content="{meta_time(edit or publ)}">\n'
        + f'<meta property="article:section" content="{esc(cat_title)}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in story.opts.get("tags", ()))
    )
    return page(
        request,
        f"{story.title} - {cat_title} - {SITE_NAME}",
        article,
        canonical=canonical,
        crumbs=[("Tin Tức", "/news/"), (cat_title, f"/news/{cat}/")],
        description=hometext_clean(story, 200),
        extra_head=extra,
    )


def _weekday_line(publ: str) -> str:
    y, m, d, hm = _split(publ)
    wd = _WEEKDAYS[_dt.date(int(y), int(m), int(d)).weekday()]
    return f"{wd} - {d}/{m}/{y} {hm}"


def _plain_article(request: Request, story: Story, *, printing: bool) -> str:
    """The print view and the "Lưu bài viết này" file: NukeViet's print.tpl / savefile.tpl."""
    base = base_url(request)
    url = base + article_path(story)
    img = _home_image(story)
    image = f'<div class="imghome"><img src="{esc(img.src)}" alt="{esc(story.title)}" width="460"></div>' if img else ""
    author = _author_block(story)
    tools = (
        '<li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>'
        '<li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li>'
        if printing
        else ""
    )
    hometext = f'<div id="hometext">{esc(story.summary)}</div>' if story.sapo_outside and story.summary else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow"><link rel="canonical" href="{url}">
<link rel="StyleSheet" href="{THEME}/css/print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="float-start">{esc(SITE_NAME)}</h2><p class="float-end"><a href="/" title="{esc(SITE_NAME)}">{base}/</a></p></div>
<div class="clear"></div><hr>
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_weekday_line(story.opts["publ"])}</li>{tools}</ul>
<div class="clear"></div>
{image}{hometext}
<div id="bodytext" class="clearfix">{bodyhtml(story, story.cat)}</div>
{author}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
<div class="clear"></div><div class="copyright">&copy; {esc(SITE_NAME)}</div>
<div id="contact"><a href="mailto:c3phanboichau.binhthuan@moet.edu.vn">c3phanboichau.binhthuan@moet.edu.vn</a></div></div>
</div></body></html>"""


# --- the about module, contact, feed, files ------------------------------------------------------

ABOUT_TEXT = {
    "gioi-thieu-chung": [
        "Trường THPT Phan Bội Châu là trường trung học phổ thông công lập trực thuộc Sở Giáo dục và Đào tạo tỉnh Bình Thuận, đóng trên địa bàn phường Xuân An, thành phố Phan Thiết.",
        "Năm học 2026 - 2027, nhà trường có 42 lớp với 1.836 học sinh; đội ngũ 98 cán bộ, giáo viên, nhân viên, trong đó 31 thầy cô có trình độ thạc sĩ.",
        "Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
    ],
    "lich-su-hinh-thanh-va-phat-trien": [
        "Trường được thành lập năm 1990 trên cơ sở tách từ Trường THPT Phan Thiết, mang tên nhà yêu nước Phan Bội Châu, người từng dạy học tại Trường Dục Thanh.",
        "Qua hơn 35 năm xây dựng và phát triển, trường đã đào tạo hơn 30.000 học sinh, nhiều thế hệ học sinh đã trưởng thành và giữ các cương vị quan trọng trong và ngoài tỉnh.",
    ],
    "co-cau-to-chuc": [
        "Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Thành; Phó Hiệu trưởng Trần Đình Khoa; Phó Hiệu trưởng Đỗ Thị Thanh Hương.",
        "Nhà trường có 8 tổ chuyên môn: Toán - Tin, Ngữ văn, Vật lý - Công nghệ, Hóa - Sinh, Sử - Địa - GDKT&PL, Tiếng Anh, Thể dục - GDQP&AN và Tổ Văn phòng.",
    ],
    "thanh-tich-noi-bat": [
        "Huân chương Lao động hạng Ba (2015), Bằng khen của Thủ tướng Chính phủ (2020), nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc.",
        "Trong 5 năm gần đây, học sinh của trường đạt 9 giải học sinh giỏi quốc gia và 236 giải học sinh giỏi cấp tỉnh.",
    ],
    "tam-nhin-su-mang": [
        "Tầm nhìn: xây dựng nhà trường có chất lượng giáo dục toàn diện thuộc nhóm dẫn đầu của tỉnh, là nơi học sinh được phát triển tối đa năng lực và phẩm chất.",
        "Sứ mạng: tạo dựng môi trường học tập kỷ cương, thân thiện, sáng tạo để mỗi học sinh có cơ hội phát triển năng lực, tư duy và bản lĩnh hội nhập.",
    ],
    "doi-ngu-can-bo-giao-vien": [
        "Tổng số cán bộ, giáo viên, nhân viên: 98 người; trong đó cán bộ quản lý 3, giáo viên 84, nhân viên 11.",
        "Trình độ chuyên môn: 31 thạc sĩ, 53 cử nhân; 100% giáo viên đạt chuẩn và trên chuẩn theo Luật Giáo dục năm 2019.",
    ],
    "co-so-vat-chat": [
        "Khuôn viên trường rộng 2,4 ha với 42 phòng học, 9 phòng học bộ môn, thư viện đạt chuẩn, nhà đa năng và sân bóng đá cỏ nhân tạo.",
        "Tất cả phòng học được trang bị ti vi thông minh hoặc bảng tương tác; hệ thống mạng không dây phủ sóng toàn trường.",
    ],
}


def about_page(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT_PAGES:
        return None
    title = ABOUT_PAGES[alias]
    paras = "".join(f'<p style="text-align: justify;">{esc(x)}</p>' for x in ABOUT_TEXT[alias])
    others = "".join(
        f'<li><a href="/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>' for a, t in ABOUT_PAGES.items() if a != alias
    )
    main = f"""<div class="page card mb-3"><div class="card-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<div class="text-muted small mb-2"><em class="fa fa-clock-o"></em> Cập nhật: 08:00 - 15/08/2026</div>
<div class="bodytext">{paras}</div>
</div></div>
<div class="card mb-3"><div class="card-body"><p class="h6"><strong>Các bài viết khác</strong></p><ul class="related list-items">{others}</ul></div></div>"""
    return page(request, f"{title} - Giới thiệu - {SITE_NAME}", main, canonical=f"/about/{alias}.html",
                crumbs=[("Giới thiệu", "/about/gioi-thieu-chung.html"), (title, f"/about/{alias}.html")])


def contact_page(request: Request) -> Response:
    main = """<div class="card mb-3"><div class="card-body">
<h1 class="h4">Liên hệ</h1>
<p><strong>Trường THPT Phan Bội Châu</strong><br>Địa chỉ: Số 02 Đường 19 tháng 4, phường Xuân An, thành phố Phan Thiết, tỉnh Bình Thuận<br>Điện thoại: 0252 3822 157<br>Email: c3phanboichau.binhthuan@moet.edu.vn</p>
<form method="post" action="/contact/" class="nv-contact-form">
<div class="mb-2"><select class="form-select" name="fpart"><option value="1">Văn phòng nhà trường</option><option value="2">Ban Giám hiệu</option></select></div>
<div class="mb-2"><input class="form-control" type="text" name="ftitle" placeholder="Tiêu đề"></div>
<div class="mb-2"><input class="form-control" type="text" name="fname" placeholder="Họ và tên"></div>
<div class="mb-2"><input class="form-control" type="email" name="femail" placeholder="Email"></div>
<div class="mb-2"><textarea class="form-control" name="fcon" rows="5" placeholder="Nội dung"></textarea></div>
<input type="hidden" name="checkss" value="5b8c0e2f9a"><button class="btn btn-primary" type="submit">Gửi thư</button>
</form></div></div>"""
    return page(request, f"Liên hệ - {SITE_NAME}", main, canonical="/contact/", crumbs=[("Liên hệ", "/contact/")])


def rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in _sorted(STORIES)[:10]:
        y, m, d, hm = _split(s.opts["publ"])
        day = _dt.date(int(y), int(m), int(d))
        pub = day.strftime("%a, %d %b %Y ") + f"{hm}:00 +0700"
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
            f'<guid isPermaLink="false">news_{s.id}</guid><description>{esc(hometext_clean(s, 200))}</description>'
            f"<pubDate>{pub}</pubDate></item>"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Tin Tức - {esc(SITE_NAME)}</title><link>{base}/news/</link>"
        "<description>Tin tức của Trường THPT Phan Bội Châu</description><language>vi</language>"
        f"<generator>NukeViet v4.5</generator>{''.join(items)}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def pdf(filename: str) -> Response:
    return Response(
        200,
        PDF,
        {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{filename}"'},
    )


VIEWER = """<!DOCTYPE html><html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<title>PDF.js viewer</title><link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>
<script src="viewer.js"></script></head><body tabindex="1"><div id="outerContainer"><div id="mainContainer">
<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div></div></div></body></html>"""


def search_page(request: Request) -> Response:
    q = esc(request.params.get("q", ""))
    main = f'<div class="card mb-3"><div class="card-body"><h1 class="h4">Tìm kiếm</h1><p>Không tìm thấy kết quả nào cho từ khóa “{q}”.</p></div></div>'
    return page(request, f"Tìm kiếm - {SITE_NAME}", main, canonical="/seek/", crumbs=[("Tìm kiếm", "/seek/")])


# --- routing -------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/news/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_TOOL = re.compile(r"^/news/(?P<tool>print|savefile|sendmail)/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_CAT = re.compile(r"^/news/(?P<cat>[a-z0-9-]+)/(?:page-(?P<page>\d+)/)?$")
_OP = re.compile(r"^(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")


def _story_in(cat: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or cat not in (story.cat, *story.opts.get("listcat", ())):
        return None
    return story


class NukeVietSchool:
    """The site: NukeViet's rewrite rules in front of the news, about and contact modules."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method not in ("GET", "HEAD", "POST"):
            return None
        if path == "/":
            return home(request)
        if path == "/index.php":
            return self._index_php(request)
        if path == "/news/":
            return viewcat_main_bottom(request)
        if path == "/news/rss/":
            return rss(request)
        if path == "/contact/":
            return contact_page(request)
        if path == "/seek/":
            return search_page(request)
        if path == "/assets/js/pdf.js/web/viewer.html":
            return html(VIEWER)
        if m := re.fullmatch(r"/news/tag/([^/]+)/", path):
            return tag_page(request, m.group(1))
        if m := re.fullmatch(r"/news/groups/([a-z0-9-]+)/", path):
            return group_page(request, m.group(1))
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about_page(request, m.group(1))
        if m := _TOOL.match(path):
            return self._tool(request, m)
        if m := _ARTICLE.match(path):
            return self._article(request, m)
        if m := _CAT.match(path):
            alias, page_no = m.group("cat"), int(m.group("page") or 1)
            if alias not in CATS:
                return None
            if m.group("page") and page_no == 1:
                return redirect(f"/news/{alias}/", 301)
            return viewcat_grid(request, alias, page_no)
        if path.startswith("/uploads/") and path.endswith(".pdf"):
            return pdf(path.rsplit("/", 1)[-1])
        if path.startswith(("/uploads/", "/assets/", "/themes/", "/favicon.ico")):
            return static_file(path)
        return None

    def _article(self, request: Request, m: re.Match) -> Response | None:
        cat = m.group("cat")
        story = _story_in(cat, m.group("id"))
        if story is None:
            return None
        if m.group("slug") != story.slug:
            # NukeViet compares the alias and sends the reader to the right one
            return redirect(article_path(story, cat), 301)
        params = request.params
        if params.get("download") == "1":
            files = story.opts.get("files", [])
            n = params.get("id", "")
            if not n.isdigit() or int(n) >= len(files):
                return None
            return pdf(files[int(n)][1])
        return detail(request, story, cat)

    def _tool(self, request: Request, m: re.Match) -> Response | None:
        story = _story_in(m.group("cat"), m.group("id"))
        if story is None or m.group("slug") != story.slug:
            return None
        tool = m.group("tool")
        if tool == "print":
            return html(_plain_article(request, story, printing=True))
        if tool == "savefile":
            return html(
                _plain_article(request, story, printing=False),
                headers={"Content-Disposition": f'attachment; filename="{story.slug}.html"'},
            )
        form = (
            f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title></head>'
            f'<body><form method="post" action=""><p>Gửi bài viết “{esc(story.title)}” tới bạn bè</p>'
            '<input type="text" name="friend_email" placeholder="Email người nhận"><input type="text" name="your_name" placeholder="Tên của bạn">'
            '<textarea name="your_message"></textarea><input type="submit" value="Gửi"></form></body></html>'
        )
        return html(form)

    def _index_php(self, request: Request) -> Response | None:
        params = request.params
        if params.get("nv") != "news" or params.get("language", "vi") != "vi":
            return None
        m = _OP.match(params.get("op", ""))
        if not m:
            return None
        story = _story_in(m.group("cat"), m.group("id"))
        if story is None or m.group("slug") != story.slug:
            return None
        return detail(request, story, m.group("cat"))


def build_site() -> NukeVietSchool:
    return NukeVietSchool()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [index_php_path(story), print_path(story), savefile_path(story)]
    for cat in story.opts.get("listcat", ()):
        alts += [article_path(story, cat), savefile_path(story, cat)]
    return alts


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat].title,
        canonical_path=article_path(s),
        alt_paths=_alt_paths(s),
    )
    for s in STORIES
]

NON_ARTICLES = [f"/about/{alias}.html" for alias in ABOUT_PAGES] + ["/contact/"]
