"""Trường THPT Lê Quý Đôn (Đà Nẵng): Joomla 3 with the ZOO component ("Blog" app) as its news.

Written blind from a spec (platform, institution, URL scheme); no crawler code was read.

Platform
--------
Joomla 3.9 with a Protostar-derived school template ("lqd2016", Bootstrap 2 classes: ``nav menu``,
``nav-child unstyled small``, ``breadcrumb``, ``moduletable``), the news kept in YOOtheme ZOO 3
(app "Blog", template "default": ``#yoo-zoo.yoo-zoo.blog-default``, teaser items in
``div.items > div.row > div.width100 > div.teaser-item``, the item page in ``div.item`` with the
layout positions ``pos-media``, ``pos-title``, ``pos-meta``, ``pos-subtitle``, ``pos-content``,
``pos-taxonomy``, ``pos-related`` and ZOO's own comments ``#comments``), plus a few com_content
pages (``div.item-page``) for the school's introduction. Everything UTF-8; the head carries the
``<base href>`` the template prints at the site's root.

URL scheme
----------
- ``/`` home: slideshow "Tin tiêu điểm", module "Tin mới cập nhật" (ZOO item module routed through
  ``/component/zoo/item/<alias>?Itemid=101``), two category boxes; sidebar on every page.
- ``/tin-tuc`` the ZOO app's frontpage (categories with counts + items flagged frontpage).
- ``/tin-tuc/category/<alias>`` page 1, ``/tin-tuc/category/<alias>/<N>`` page N (printed by the
  pagination "« Đầu ‹ Trước 1 2 Sau › Cuối »"); ``/1``, ``/page/N`` and ``?page=N`` answer too
  (never linked). Three items a page, newest first.
- ``/tin-tuc/item/<alias>`` an item; the same item also answers at
  ``/component/zoo/item/<alias>?Itemid=101`` and
  ``/index.php?option=com_zoo&task=item&item_id=<id>&Itemid=112`` (each page names the SEF form
  in ``<link rel="canonical">``).
- Under each item the template's box "Các tin mới hơn" links up to three NEWER items of its
  category (never older ones: it does not open page-2 items to the crawl).
- ``/tin-tuc/tag/<tag>`` ZOO tag listings (the tag's name percent-encoded, spaces as %20).
- ``/gioi-thieu/<alias>`` com_content intro pages ("Giới thiệu" itself is a menu heading, no page).
- ``/images/zoo/<path>`` pictures inserted in the text (JCE), ``/media/zoo/images/<file>`` ZOO's
  resized copies of its image element; ``/media/zoo/elements/download/...`` ZOO downloads come
  through ``/index.php?option=com_zoo&task=callelement&...&method=download`` (a PDF).

Categories (ZOO), three items a listing page:
- "Tin tức - Sự kiện" (tin-tuc-su-kien): 5 items, pages 1-2; parent of
- "Hoạt động Đoàn - Hội" (hoat-dong-doan-hoi): 2 items, not in the menu: only the parent's
  sub-category block (and the breadcrumb/category line of its own items) links it;
- "Hoạt động chuyên môn" (hoat-dong-chuyen-mon): 4 items, pages 1-2;
- "Thông báo" (thong-bao): 2 items.

How each gold article is reached
--------------------------------
- hoc-sinh-...-9-giai (A1), sinh-hoat-...-bai-hoc-2 (B1), dem-nhac-... (D1): home slideshow, home
  "Tin mới cập nhật" (/component/zoo form for A1, B1, D1, C1, C2), their category page 1.
- hoi-thao-chao-mung-... (A2), sinh-hoat-chuyen-de-... (A3), hoi-thao-...-tieng-anh (B2): category
  page 1, home boxes, sidebar "Đọc nhiều" (the non-SEF index.php form).
- thao-giang-mon-vat-ly-... (B3): category page 1, home box, tag page.
- thong-bao-...-cuoi-hoc-ky-i (C1), ke-hoach-...-doc-sach (C2): "Thông báo" page 1, sidebar.
- doan-cong-tac-so-... (A4), tiep-don-doan-...-kiyosato (A5): ONLY page 2 of "Tin tức - Sự kiện".
- sinh-hoat-...-bai-hoc (B4): ONLY page 2 of "Hoạt động chuyên môn".
- le-ket-nap-doan-vien-moi-... (D2): ONLY the sub-category listing "Hoạt động Đoàn - Hội".

Traps
-----
1. Sub-category reachable from no menu (ZOO category tree): "Hoạt động Đoàn - Hội" is a child of
   "Tin tức - Sự kiện"; the menu names only the top categories, the parent listing prints the
   child in its ``div.categories`` block above its own items ("Hoạt động Đoàn - Hội (2)"), and
   D2 is linked from nowhere else. Gold: D2 is an article, category "Hoạt động Đoàn - Hội" (the
   breadcrumb's last category, not the parent).
2. Three URLs for one item (Joomla routing): the home's ZOO module links
   ``/component/zoo/item/<alias>?Itemid=101``, the sidebar's old "Đọc nhiều" module links
   ``/index.php?option=com_zoo&task=item&item_id=N&Itemid=112``; all three answer 200 with the same
   item. Gold: path and canonical_path the SEF ``/tin-tuc/item/<alias>``, the two others in
   alt_paths; one record per article.
3. ``<base href="http://host/">`` in every head, and ZOO's "Bài viết liên quan" (pos-related) plus
   one item's inline pictures (B3) written relative (``tin-tuc/item/x``, ``images/zoo/...``).
   Resolved against the page URL they give 404s (``/tin-tuc/item/tin-tuc/item/x``). Gold: B3's
   image paths resolved against the base (``/images/zoo/2026/vat-ly/thi-nghiem-ao.jpg``).
4. The text split over ZOO's repeatable textarea element (A2): ``div.element-textarea.first``,
   then a ZOO ``div.element-image`` (the photo), then ``div.element-textarea.last`` whose first
   line is the photo's caption in parentheses. Gold: body = the paragraphs of both textareas
   (caption excluded); the photo is an image with caption "Các thầy cô tổ Toán – Tin tranh tài ở
   nội dung kéo co" (parentheses off).
5. Widgets inside ``div.pos-content`` next to the text: ZOO ``element-download`` ("Tài liệu đính
   kèm: ….pdf (245 KB) – 37 lượt tải"), ``element-rating`` ("Đánh giá: 4.2/5 (12 lượt)"),
   ``element-socialbookmarks``; in A3 the content plugin's ``{loadposition}`` dropped a module
   ("Có thể bạn quan tâm" with two links) between two paragraphs of the text; C2 ends with a
   plugin tag printed literally ("{jcomments on}", the plugin was uninstalled). Gold: none of
   these is body; the literal tag is no text.
6. Dates that are not the publication date: the pos-meta of C2 starts with a ZOO date element
   "Thời gian tổ chức: Thứ hai, 21 Tháng 12 2026" (the event, in the future) before the
   "Ngày đăng: …" of item creation; B3 prints "Cập nhật lần cuối: Thứ sáu, 04 Tháng 12 2026 09:12";
   A5 carries ZOO comments dated "09/10/2026 lúc 21:14"; listings print "dd/mm/yyyy". Gold:
   published_at from "Ngày đăng" (Joomla's vi-VN DATE_FORMAT_LC2 "Thứ tư, 02 Tháng 12 2026 15:45",
   +07:00); B4's creation time prints "00:00" (imported item) -> day alone "2026-10-14"; C1 is an
   official notice -> the letterhead's day "2026-11-30" (its item was created 01/12).
7. Bylines: pos-meta's ``element-itemauthor`` prints the Joomla account ("bởi Quản trị",
   "bởi vanphong_lqd", "bởi thuvien": nobody) or ZOO's created_by_alias with a real name ("bởi
   Nguyễn Thị Thu Hà", "Người viết: Lê Công Hậu": the author). Closing lines carry the school's
   honorifics and posts: "Cô Phan Thị Mỹ Linh - Phó Hiệu trưởng" -> "Phan Thị Mỹ Linh", "Thầy Võ
   Đình Khoa - Tổ trưởng tổ Ngữ văn" -> "Võ Đình Khoa" ("Thầy"/"Cô" are titles, like degrees);
   "Bài: X; ảnh: Y" -> [X], [Y]; a unit alone ("Công đoàn trường", "Tổ Văn phòng", "Tổ Toán -
   Tin", "Tổ Thư viện - Thiết bị") is the author; "Tin, ảnh: Ban Truyền thông Đoàn trường" -> both.
   Comment authors ("Phụ huynh lớp 11A3 …") are nobody.
8. Two different items with the same headline "Sinh hoạt chuyên môn theo nghiên cứu bài học"
   (tổ Ngữ văn in December, tổ Toán - Tin in October): ZOO made the second alias ``…-bai-hoc-2``.
   Gold: two records, different bodies; do not merge by title.
9. Unicode tổ hợp: A4 (title, meta, text) was typed with a decomposed (NFD) keyboard setting.
   Gold: NFC text.
10. JCE's caption table: in A1, B2 and D2 a photo sits in a borderless one-column table whose second
    row is its caption. Gold: the table is an image with that caption, not body rows; A1's real
    data table (prize list) is body, one paragraph a row, cells joined by " | ".
11. Lazy-loaded pictures (jQuery lazyload plugin, A5): ``src="/images/blank.gif"`` with the real
    file in ``data-original`` and again in a ``<noscript>`` copy. Gold: one image each, the
    ``data-original`` path; the blank.gif is no image.
12. com_content intro pages (/gioi-thieu/...) print the article-info block ("Chi tiết", "Viết bởi",
    "Ngày đăng", "Lượt xem") like news: NON_ARTICLES, no gold.
13. Sapo as ZOO's subtitle element (``h2.pos-subtitle``, printed between the meta line and the
    text; A1, B1): the gold summary and the body's first paragraph. A3's sapo is a bold first
    paragraph of the text. Others: summary null.

Gold decisions on ambiguous points
----------------------------------
- category: the item's primary ZOO category as the breadcrumb's last category prints it.
- The pos-media image (ZOO image element, resized copy under /media/zoo/images/, wrapped in a
  lightbox link to the original under /images/zoo/originals/) is the article's first photo, path
  of the ``<img src>``, caption None (its title attribute only repeats the headline).
- A closing "(Theo Báo Đà Nẵng)" line -> source "Báo Đà Nẵng"; "Thanh Tâm" above it is the author.
- C1's letterhead table, "THÔNG BÁO" / "Về việc …" lines and the closing table ("Nơi nhận" /
  "KT. HIỆU TRƯỞNG" / signer) are not body; the "Căn cứ …" lines and the schedule table are.
- The ``{loadposition}`` module's heading and links, and "{jcomments on}", are not text.
- Comment texts are not body.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import parse_qs, quote, unquote

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

NAME = "joomla3_zoo_cck_school_thpt"
PLATFORM = "Joomla 3 + YOOtheme ZOO (Blog app)"
START_PATH = "/"

SITE = "Trường THPT Lê Quý Đôn"
SITE_LONG = "Trường Trung học phổ thông Lê Quý Đôn - thành phố Đà Nẵng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

# ---------------------------------------------------------------------------------------------
# categories: alias -> (name, parent alias, ZOO category id)
CATS: dict[str, tuple[str, str | None, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, 11),
    "hoat-dong-doan-hoi": ("Hoạt động Đoàn - Hội", "tin-tuc-su-kien", 15),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None, 12),
    "thong-bao": ("Thông báo", None, 13),
}
TOP_CATS = ["tin-tuc-su-kien", "hoat-dong-chuyen-mon", "thong-bao"]

# tags as ZOO stores them (their names are the URL)
TAGS = ["học sinh giỏi", "chuyển đổi số", "Đoàn thanh niên"]


def tag_path(tag: str) -> str:
    return "/tin-tuc/tag/" + quote(tag, safe="")


# ---------------------------------------------------------------------------------------------
# the articles


def _rows(*rows: str) -> list[P]:
    return [P(r, "tr") for r in rows]


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


A1 = Story(
    id=241,
    slug="hoc-sinh-truong-thpt-le-quy-don-gianh-9-giai-ky-thi-chon-hoc-sinh-gioi-thanh-pho-lop-12",
    title="Học sinh Trường THPT Lê Quý Đôn giành 9 giải tại Kỳ thi chọn học sinh giỏi thành phố lớp 12",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T15:45:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026-2027, đội tuyển của nhà trường "
        "đạt 9 giải, trong đó có 1 giải Nhất, 3 giải Nhì, 2 giải Ba và 3 giải Khuyến khích."
    ),
    sapo_outside=True,
    authors=["Phan Thị Mỹ Linh"],
    blocks=[
        Img("/media/zoo/images/hsg-lop-12-2026_3f9a1c7e2b.jpg", style="media"),
        P(
            "Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026-2027 do Sở Giáo dục và Đào tạo "
            "thành phố Đà Nẵng tổ chức trong hai ngày 24 và 25/11/2026, với sự tham gia của hơn 900 "
            "thí sinh đến từ các trường trung học phổ thông trên địa bàn thành phố."
        ),
        P(
            "Trường THPT Lê Quý Đôn có 14 học sinh dự thi ở 8 môn: Toán, Vật lý, Hóa học, Sinh học, "
            "Ngữ văn, Lịch sử, Địa lý và Tiếng Anh. Kết quả, 9 em đạt giải, tỷ lệ đạt giải 64,3%, "
            "tăng so với năm học trước."
        ),
        *_rows(
            "TT | Họ và tên | Lớp | Môn thi | Giải",
            "1 | Nguyễn Hoàng Bảo Ngọc | 12A1 | Toán | Nhất",
            "2 | Trần Minh Khang | 12A2 | Vật lý | Nhì",
            "3 | Lê Phước Thảo Vy | 12A5 | Ngữ văn | Nhì",
            "4 | Phạm Đức Anh | 12A1 | Tiếng Anh | Nhì",
        ),
        P(
            "Các giải Ba thuộc về em Huỳnh Gia Hân (12A3, môn Hóa học) và Đặng Quốc Việt (12A4, môn "
            "Lịch sử); 3 giải Khuyến khích thuộc về các em Võ Thị Ngọc Trâm (Địa lý), Ngô Thanh Tùng "
            "(Sinh học) và Bùi Khánh Linh (Tiếng Anh)."
        ),
        Img(
            "/images/zoo/2026/hsg12/trao-thuong-hsg.jpg",
            printed="Ban Giám hiệu chúc mừng các em học sinh đạt giải",
            caption="Ban Giám hiệu chúc mừng các em học sinh đạt giải",
            style="jce-table",
        ),
        P(
            "Phát biểu tại buổi gặp mặt, thầy Hiệu trưởng Nguyễn Văn Sơn ghi nhận sự nỗ lực của các em "
            "học sinh và tâm huyết của đội ngũ giáo viên bồi dưỡng. Nhà trường sẽ khen thưởng kịp thời "
            "các học sinh đạt giải và giáo viên có học sinh đạt giải theo quy chế chi tiêu nội bộ."
        ),
        P(
            "Kết quả này là cơ sở để nhà trường tiếp tục lựa chọn, bồi dưỡng đội tuyển tham dự Kỳ thi "
            "chọn học sinh giỏi quốc gia trung học phổ thông năm 2027."
        ),
        _right("Cô Phan Thị Mỹ Linh - Phó Hiệu trưởng"),
    ],
    opts={
        "created": "2026-12-02 15:45",
        "account": "bởi Quản trị",
        "tags": ["học sinh giỏi"],
        "related": ["B2"],
        "pfmt": "mso",
        "hits": 1342,
    },
)

A2 = Story(
    id=238,
    slug="hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-21T09:10:00+07:00",
    authors=["Công đoàn trường"],
    blocks=[
        Img("/media/zoo/images/hoi-thao-20-11_81d0b2c4aa.jpg", style="media"),
        P(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
            "Trường THPT Lê Quý Đôn phối hợp với Đoàn trường tổ chức Hội thao dành cho cán bộ, giáo "
            "viên, nhân viên trong hai ngày 14 và 15/11/2026."
        ),
        P(
            "Hội thao gồm các nội dung: bóng chuyền hơi nam nữ phối hợp, kéo co, cầu lông và cờ tướng. "
            "Các vận động viên được chia thành 6 đội theo tổ chuyên môn, thi đấu theo thể thức vòng "
            "tròn tính điểm."
        ),
        P(
            "Dù thời tiết những ngày giữa tháng 11 có mưa, các trận đấu vẫn diễn ra sôi nổi, được "
            "nhiều học sinh đến cổ vũ."
        ),
        Img(
            "/media/zoo/images/keo-co-20-11_5be21f09c3.jpg",
            printed="(Các thầy cô tổ Toán – Tin tranh tài ở nội dung kéo co)",
            caption="Các thầy cô tổ Toán – Tin tranh tài ở nội dung kéo co",
            style="zoo-el",
        ),
        P(
            "Kết thúc hội thao, Ban tổ chức đã trao giải Nhất toàn đoàn cho tổ Thể dục - Quốc phòng, "
            "giải Nhì cho tổ Toán - Tin và giải Ba cho tổ Ngữ văn. Ngoài ra, nhiều giải cá nhân ở các "
            "môn cầu lông, cờ tướng cũng được trao."
        ),
        P(
            "Hội thao là dịp để cán bộ, giáo viên, nhân viên nhà trường rèn luyện sức khỏe, giao lưu, "
            "gắn kết, góp phần xây dựng tập thể sư phạm đoàn kết, vững mạnh."
        ),
        _right("Công đoàn trường", "em"),
    ],
    opts={
        "created": "2026-11-21 09:10",
        "account": "bởi Quản trị",
        "related": ["A1"],
        "pfmt": "div",
        "hits": 876,
        "bookmarks": True,
    },
)

A3 = Story(
    id=235,
    slug="sinh-hoat-chuyen-de-ky-nang-phong-chong-bao-luc-hoc-duong",
    title="Sinh hoạt chuyên đề “Kỹ năng phòng, chống bạo lực học đường”",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T14:00:00+07:00",
    summary=(
        "Sáng 10/11, Trường THPT Lê Quý Đôn phối hợp với Công an thành phố Đà Nẵng tổ chức buổi "
        "sinh hoạt chuyên đề “Kỹ năng phòng, chống bạo lực học đường” cho hơn 1.100 học sinh khối "
        "10 và khối 11."
    ),
    authors=["Nguyễn Thị Thu Hà"],
    blocks=[
        Img("/media/zoo/images/chuyen-de-bao-luc-hoc-duong_c04e7d19.jpg", style="media"),
        P(
            "Sáng 10/11, Trường THPT Lê Quý Đôn phối hợp với Công an thành phố Đà Nẵng tổ chức buổi "
            "sinh hoạt chuyên đề “Kỹ năng phòng, chống bạo lực học đường” cho hơn 1.100 học sinh khối "
            "10 và khối 11.",
            "lead",
        ),
        P(
            "Tại buổi sinh hoạt, báo cáo viên đã phân tích các hình thức bạo lực học đường thường gặp "
            "như bạo lực thể chất, bạo lực tinh thần và bạo lực trên không gian mạng; đồng thời chỉ ra "
            "nguyên nhân, hậu quả và trách nhiệm pháp lý của người có hành vi bạo lực."
        ),
        P(
            "Thông qua các tình huống cụ thể, học sinh được hướng dẫn cách nhận diện nguy cơ, cách ứng "
            "xử khi bị bắt nạt và địa chỉ tin cậy để tìm kiếm sự hỗ trợ như giáo viên chủ nhiệm, phòng "
            "tư vấn tâm lý học đường hoặc đường dây nóng của nhà trường."
        ),
        Raw("<!--loadposition-->"),
        P(
            "Nhiều câu hỏi của học sinh xoay quanh việc bị trêu chọc, cô lập trong nhóm bạn hay bị "
            "đăng tải hình ảnh cá nhân lên mạng xã hội đã được báo cáo viên giải đáp cặn kẽ."
        ),
        Img(
            "/images/zoo/2026/chuyen-de/hoi-dap.jpg",
            printed="Học sinh đặt câu hỏi cho báo cáo viên",
            caption="Học sinh đặt câu hỏi cho báo cáo viên",
            style="em-next",
        ),
        P(
            "Thời gian tới, nhà trường tiếp tục duy trì hoạt động của tổ tư vấn tâm lý, phối hợp chặt "
            "chẽ với cha mẹ học sinh để kịp thời phát hiện, ngăn chặn các biểu hiện bạo lực, xây dựng "
            "môi trường học đường an toàn, thân thiện."
        ),
    ],
    opts={
        "created": "2026-11-12 14:00",
        "account": "bởi Nguyễn Thị Thu Hà",
        "pfmt": "plain",
        "hits": 654,
        "loadposition": ["A1", "B2"],
    },
)

A4 = Story(
    id=226,
    slug="doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-chuan-bi-nam-hoc-2026-2027",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuẩn bị năm học 2026-2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20T10:30:00+07:00",
    authors=["Tổ Văn phòng"],
    blocks=[
        Img("/media/zoo/images/doan-kiem-tra-dau-nam_0a77e3f1.jpg", style="media"),
        P(
            "Ngày 16/10/2026, đoàn công tác của Sở Giáo dục và Đào tạo thành phố Đà Nẵng do ông Lê Văn "
            "Dũng, Phó Giám đốc Sở làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị và triển khai "
            "nhiệm vụ năm học 2026-2027 tại Trường THPT Lê Quý Đôn."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục của nhà trường, kế hoạch dạy học của các tổ "
            "chuyên môn, việc thực hiện Chương trình giáo dục phổ thông 2018 ở cả ba khối lớp, đồng "
            "thời dự giờ một số tiết dạy."
        ),
        P(
            "Báo cáo với đoàn, thầy Nguyễn Văn Sơn, Hiệu trưởng nhà trường cho biết năm học này trường "
            "có 42 lớp với 1.780 học sinh; đội ngũ gồm 112 cán bộ, giáo viên, nhân viên, trong đó 38% "
            "giáo viên có trình độ thạc sĩ."
        ),
        P(
            "Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, đề "
            "nghị trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý, chú trọng giáo dục kỹ năng sống "
            "và công tác tư vấn hướng nghiệp cho học sinh lớp 12."
        ),
        Raw('<p style="text-align: right;"><strong>' + text("Tổ Văn phòng", nfd=True) + "</strong></p>"),
    ],
    opts={
        "created": "2026-10-20 10:30",
        "account": "bởi vanphong_lqd",
        "nfd": True,
        "pfmt": "mso",
        "hits": 512,
    },
)

A5 = Story(
    id=219,
    slug="tiep-don-doan-giao-vien-hoc-sinh-truong-trung-hoc-kiyosato-nhat-ban",
    title="Tiếp đón đoàn giáo viên, học sinh Trường Trung học Kiyosato (Nhật Bản)",
    cat="tin-tuc-su-kien",
    published_at="2026-10-08T16:20:00+07:00",
    photographers=["Trần Quang Vinh"],
    blocks=[
        P(
            "Chiều 06/10/2026, Trường THPT Lê Quý Đôn đã tiếp đón đoàn gồm 4 giáo viên và 18 học sinh "
            "Trường Trung học Kiyosato, tỉnh Yamanashi (Nhật Bản) đến thăm và giao lưu văn hóa."
        ),
        Img(
            "/images/zoo/2026/giao-luu-nhat-ban/don-doan.jpg",
            printed="Lễ đón đoàn tại hội trường nhà trường",
            caption="Lễ đón đoàn tại hội trường nhà trường",
            style="lazy",
        ),
        P(
            "Tại buổi đón tiếp, thầy Nguyễn Văn Sơn, Hiệu trưởng nhà trường giới thiệu với đoàn về "
            "lịch sử truyền thống, các hoạt động dạy học và phong trào ngoại khóa của trường. Đại diện "
            "đoàn Nhật Bản bày tỏ vui mừng khi được đến thăm Đà Nẵng và mong muốn duy trì mối quan hệ "
            "giao lưu lâu dài giữa hai trường."
        ),
        P(
            "Trong chương trình giao lưu, học sinh hai trường cùng tham gia các hoạt động như viết thư "
            "pháp, gói bánh tét, biểu diễn văn nghệ và trò chơi dân gian. Các em học sinh câu lạc bộ "
            "tiếng Nhật của trường đóng vai trò hướng dẫn viên, giới thiệu cho các bạn Nhật Bản về văn "
            "hóa Việt Nam."
        ),
        Img(
            "/images/zoo/2026/giao-luu-nhat-ban/goi-banh-tet.jpg",
            printed="Ảnh: Trần Quang Vinh",
            caption=None,
            style="lazy",
        ),
        P(
            "Buổi giao lưu khép lại trong không khí thân tình với màn trao đổi quà và chụp ảnh lưu niệm "
            "giữa hai đoàn."
        ),
    ],
    opts={
        "created": "2026-10-08 16:20",
        "account": "bởi Quản trị",
        "pfmt": "plain",
        "hits": 1120,
        "comments": [
            (
                17,
                "Phụ huynh lớp 11A3",
                "09/10/2026 lúc 21:14",
                "Cảm ơn nhà trường đã tạo cơ hội cho các con được giao lưu, học hỏi. Mong trường tổ "
                "chức thêm nhiều hoạt động như thế này.",
            ),
            (
                18,
                "Nguyễn Minh Châu",
                "10/10/2026 lúc 07:02",
                "Hôm đó lớp em được gói bánh tét cùng các bạn Nhật, vui lắm ạ!",
            ),
        ],
    },
)

B1 = Story(
    id=244,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-01T16:05:00+07:00",
    summary=(
        "Tổ Ngữ văn tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Đọc hiểu "
        "văn bản nghị luận” ở lớp 11A4."
    ),
    sapo_outside=True,
    authors=["Võ Đình Khoa"],
    blocks=[
        Img("/media/zoo/images/nghien-cuu-bai-hoc-ngu-van_9d2f4b60.jpg", style="media"),
        P(
            "Chiều 27/11/2026, tổ Ngữ văn Trường THPT Lê Quý Đôn tổ chức sinh hoạt chuyên môn theo "
            "nghiên cứu bài học. Tiết dạy minh họa do cô Trương Thị Bích Hằng thực hiện tại lớp 11A4, "
            "với sự tham dự của toàn thể giáo viên trong tổ."
        ),
        P(
            "Khác với cách dự giờ truyền thống, các giáo viên dự giờ tập trung quan sát hoạt động học "
            "của học sinh: các em học như thế nào, gặp khó khăn ở đâu và đã vượt qua khó khăn đó ra sao."
        ),
        P(
            "Trong phần thảo luận, các thầy cô đã chia sẻ những ghi chép cụ thể về từng nhóm học sinh, "
            "từ đó đề xuất điều chỉnh một số nhiệm vụ học tập cho phù hợp hơn với năng lực của học sinh."
        ),
        P("Một số ý kiến đề xuất tại buổi sinh hoạt:"),
        P("Giảm bớt câu hỏi tái hiện, tăng câu hỏi yêu cầu học sinh lập luận.", "li"),
        P("Tổ chức hoạt động nhóm theo kỹ thuật mảnh ghép ở phần luyện tập.", "li"),
        P("Dành thời gian cuối tiết để học sinh tự đánh giá.", "li"),
        P(
            "Buổi sinh hoạt giúp giáo viên trong tổ có thêm kinh nghiệm thiết kế bài dạy theo định "
            "hướng phát triển năng lực, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018."
        ),
        _right("Thầy Võ Đình Khoa - Tổ trưởng tổ Ngữ văn"),
    ],
    opts={
        "created": "2026-12-01 16:05",
        "account": "bởi Quản trị",
        "related": ["B3"],
        "pfmt": "plain",
        "hits": 433,
    },
)

B2 = Story(
    id=233,
    slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-tieng-anh-theo-chuong-trinh-gdpt-2018",
    title="Hội thảo đổi mới phương pháp dạy học môn Tiếng Anh theo Chương trình GDPT 2018",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T08:30:00+07:00",
    authors=["Lê Thị Ngọc Ánh"],
    photographers=["Hoàng Minh"],
    blocks=[
        P(
            "Ngày 14/11/2026, tổ Ngoại ngữ Trường THPT Lê Quý Đôn tổ chức hội thảo chuyên đề “Đổi mới "
            "phương pháp dạy học môn Tiếng Anh theo Chương trình giáo dục phổ thông 2018”, thu hút sự "
            "tham gia của giáo viên tiếng Anh đến từ 6 trường THPT trên địa bàn thành phố."
        ),
        P(
            "Hội thảo tập trung vào ba nội dung chính: dạy kỹ năng nói theo hướng giao tiếp, sử dụng "
            "công cụ số trong kiểm tra đánh giá thường xuyên và tổ chức dạy học theo dự án."
        ),
        Img(
            "/images/zoo/2026/tieng-anh/hoi-thao-tieng-anh.jpg",
            printed="Cô Nguyễn Thị Kim Oanh trình bày tham luận tại hội thảo",
            caption="Cô Nguyễn Thị Kim Oanh trình bày tham luận tại hội thảo",
            style="jce-table",
        ),
        P(
            "Các tham luận được đánh giá cao về tính thực tiễn. Nhiều giáo viên đã chia sẻ cách ứng "
            "dụng các nền tảng học trực tuyến để giao bài tập luyện nghe, luyện nói cho học sinh ngoài "
            "giờ lên lớp."
        ),
        P(
            "Trong phần thảo luận, các đại biểu cũng nêu những khó khăn khi dạy học theo dự án với lớp "
            "học đông, thời lượng tiết học hạn chế và đề xuất giải pháp khắc phục."
        ),
        P(
            "Phát biểu bế mạc, đại diện Ban Giám hiệu đề nghị tổ Ngoại ngữ tổng hợp các tham luận "
            "thành tài liệu tham khảo, chia sẻ rộng rãi cho giáo viên trong và ngoài trường."
        ),
        _right("Bài: Lê Thị Ngọc Ánh; ảnh: Hoàng Minh", "em"),
    ],
    opts={
        "created": "2026-11-18 08:30",
        "account": "bởi Quản trị",
        "related": ["A1"],
        "pfmt": "mso",
        "hits": 702,
        "download": ("Tham-luan-hoi-thao-Tieng-Anh-2026.pdf", "245 KB", 37),
        "rating": ("4.2", 12),
        "bookmarks": True,
    },
)

B3 = Story(
    id=229,
    slug="thao-giang-cap-truong-mon-vat-ly-ung-dung-thi-nghiem-ao-trong-day-hoc",
    title="Thao giảng cấp trường môn Vật lý: ứng dụng thí nghiệm ảo trong dạy học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-29T14:15:00+07:00",
    authors=["Lê Công Hậu"],
    blocks=[
        Img("/media/zoo/images/thao-giang-vat-ly_e5c8a1d2.jpg", style="media"),
        P(
            "Trong khuôn khổ đợt thi đua chào mừng Ngày Nhà giáo Việt Nam, sáng 27/10/2026, tổ Vật lý "
            "- Công nghệ tổ chức tiết thao giảng cấp trường với bài “Sóng dừng” ở lớp 11A2 do thầy Lê "
            "Công Hậu thực hiện."
        ),
        P(
            "Điểm nhấn của tiết dạy là việc sử dụng phần mềm mô phỏng thí nghiệm ảo kết hợp với thí "
            "nghiệm thật trên dây đàn. Học sinh được thay đổi tần số, quan sát sự hình thành các bụng "
            "sóng, nút sóng và tự rút ra điều kiện để có sóng dừng."
        ),
        Img(
            "images/zoo/2026/vat-ly/thi-nghiem-ao.jpg",
            printed="Học sinh lớp 11A2 thực hành với phần mềm mô phỏng",
            caption="Học sinh lớp 11A2 thực hành với phần mềm mô phỏng",
            style="em-next",
        ),
        P(
            "Các giáo viên dự giờ nhận xét tiết dạy có tính tương tác cao, học sinh chủ động, hào hứng; "
            "việc kết hợp thí nghiệm ảo và thí nghiệm thực giúp khắc phục hạn chế về thiết bị, đồng thời "
            "phát triển năng lực số cho học sinh."
        ),
        Img(
            "images/zoo/2026/vat-ly/du-gio.jpg",
            printed="Giáo viên tổ Vật lý - Công nghệ dự giờ",
            caption="Giáo viên tổ Vật lý - Công nghệ dự giờ",
            style="em-next",
        ),
        P(
            "Thời gian tới, tổ chuyên môn sẽ xây dựng kho học liệu mô phỏng dùng chung cho các khối "
            "lớp, đồng thời tổ chức tập huấn cho giáo viên trong tổ sử dụng thành thạo các phần mềm này."
        ),
    ],
    opts={
        "created": "2026-10-29 14:15",
        "modified": "2026-12-04 09:12",
        "account": "Người viết: Lê Công Hậu",
        "tags": ["chuyển đổi số"],
        "related": ["B1"],
        "pfmt": "div",
        "hits": 389,
        "image_page": "/",
    },
)

B4 = Story(
    id=222,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14",
    authors=["Tổ Toán - Tin"],
    blocks=[
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026-2027, ngày 12/10/2026, tổ Toán - Tin tổ chức "
            "buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài “Cấp số cộng” ở lớp 11A6."
        ),
        P(
            "Tiết dạy minh họa do thầy Đỗ Minh Tuấn đảm nhận. Học sinh được tiếp cận khái niệm cấp số "
            "cộng qua bài toán thực tế về tiền tiết kiệm hằng tháng, sau đó tự xây dựng công thức số "
            "hạng tổng quát."
        ),
        Img(
            "/images/zoo/2026/toan/nghien-cuu-bai-hoc.jpg",
            printed="Giáo viên tổ Toán - Tin quan sát hoạt động nhóm của học sinh",
            caption="Giáo viên tổ Toán - Tin quan sát hoạt động nhóm của học sinh",
            style="em-next",
        ),
        P(
            "Sau tiết dạy, các giáo viên dự giờ đã thảo luận sôi nổi. Nhiều ý kiến cho rằng bài toán mở "
            "đầu gần gũi, tạo hứng thú; tuy nhiên cần dành thêm thời gian cho học sinh trình bày cách "
            "làm trước lớp."
        ),
        P(
            "Buổi sinh hoạt chuyên môn là dịp để giáo viên trong tổ cùng nhìn lại cách tổ chức hoạt "
            "động học, hướng tới mục tiêu mọi học sinh đều được tham gia vào quá trình học tập."
        ),
        _right("Tổ Toán - Tin"),
    ],
    opts={
        "created": "2026-10-14 00:00",
        "account": "bởi Quản trị",
        "pfmt": "plain",
        "hits": 298,
    },
)

_C1_LETTERHEAD = Raw(
    '<table style="width: 100%; border: none;" border="0" cellpadding="2"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">'
    "<p>SỞ GIÁO DỤC VÀ ĐÀO TẠO<br />THÀNH PHỐ ĐÀ NẴNG<br /><strong>TRƯỜNG THPT LÊ QUÝ ĐÔN</strong></p>"
    "<p>Số: 215/TB-LQĐ</p></td>"
    '<td style="width: 58%; text-align: center; vertical-align: top;">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc</strong></p>"
    "<p><em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra đánh giá cuối học kỳ I năm học 2026-2027</strong></p>"
)
_C1_CLOSING = Raw(
    '<table style="width: 100%; border: none;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- GVCN các lớp;<br />- Các tổ chuyên môn;<br />- Website trường;<br />- Lưu: VT.</p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;">'
    "<p><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong></p><p><em>(đã ký)</em></p>"
    "<p><strong>Trần Quốc Hưng</strong></p></td>"
    "</tr></tbody></table>"
)

C1 = Story(
    id=243,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra đánh giá cuối học kỳ I năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Trần Quốc Hưng"],
    blocks=[
        _C1_LETTERHEAD,
        P("Căn cứ Kế hoạch giáo dục năm học 2026-2027 của Trường THPT Lê Quý Đôn;"),
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo "
            "quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông;",
            "br",
        ),
        P("Nhà trường thông báo lịch kiểm tra đánh giá cuối học kỳ I năm học 2026-2027 như sau:"),
        P("1. Thời gian kiểm tra tập trung", "hb"),
        *_rows(
            "Ngày | Buổi | Môn kiểm tra | Thời gian làm bài",
            "21/12/2026 | Sáng | Ngữ văn | 90 phút",
            "21/12/2026 | Chiều | Lịch sử | 45 phút",
            "22/12/2026 | Sáng | Toán | 90 phút",
            "22/12/2026 | Chiều | Tiếng Anh | 60 phút",
        ),
        P(
            "2. Các môn học còn lại tổ chức kiểm tra tại lớp theo kế hoạch của tổ chuyên môn, hoàn thành "
            "trước ngày 26/12/2026."
        ),
        P("3. Tổ chức thực hiện", "hb"),
        P(
            "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh có "
            "mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
        ),
        _C1_CLOSING,
    ],
    opts={
        "created": "2026-12-01 07:45",
        "account": "bởi Quản trị",
        "pfmt": "plain",
        "hits": 1987,
        "download": ("Lich-kiem-tra-cuoi-HKI-2026-2027.pdf", "118 KB", 254),
    },
)

C2 = Story(
    id=240,
    slug="ke-hoach-to-chuc-ngay-hoi-doc-sach-nam-2026",
    title="Kế hoạch tổ chức Ngày hội đọc sách năm 2026",
    cat="thong-bao",
    published_at="2026-11-25T10:00:00+07:00",
    authors=["Tổ Thư viện - Thiết bị"],
    blocks=[
        P(
            "Nhằm phát triển văn hóa đọc trong học sinh, hưởng ứng phong trào “Xây dựng thư viện thân "
            "thiện”, Trường THPT Lê Quý Đôn xây dựng kế hoạch tổ chức Ngày hội đọc sách năm 2026 với các "
            "nội dung sau:"
        ),
        P("I. Mục đích, yêu cầu", "h"),
        P(
            "Khơi dậy niềm yêu thích đọc sách, hình thành thói quen đọc sách hằng ngày cho học sinh; "
            "giới thiệu đến học sinh các đầu sách mới, sách hay của thư viện nhà trường."
        ),
        P("Các hoạt động được tổ chức thiết thực, an toàn, thu hút đông đảo học sinh tham gia."),
        P("II. Thời gian, địa điểm", "h"),
        P(
            "Ngày hội được tổ chức vào sáng thứ Hai, ngày 21/12/2026 tại sân trường và thư viện nhà "
            "trường."
        ),
        P("III. Nội dung hoạt động", "h"),
        P("Triển lãm sách theo chủ đề “Đà Nẵng - thành phố tôi yêu”.", "li"),
        P("Cuộc thi giới thiệu sách bằng video ngắn dành cho các lớp.", "li"),
        P("Chương trình trao đổi sách cũ, quyên góp sách tặng học sinh vùng khó khăn.", "li"),
        P("Giao lưu với tác giả trẻ và câu lạc bộ Văn học của trường.", "li"),
        P(
            "Giáo viên chủ nhiệm các lớp phổ biến kế hoạch đến học sinh, đăng ký sản phẩm dự thi về thư "
            "viện trước ngày 15/12/2026."
        ),
        _right("Tổ Thư viện - Thiết bị"),
        Raw("<p>{jcomments on}</p>"),
    ],
    opts={
        "created": "2026-11-25 10:00",
        "account": "bởi thuvien",
        "event": "Thời gian tổ chức: Thứ hai, 21 Tháng 12 2026",
        "pfmt": "mso",
        "hits": 611,
    },
)

D1 = Story(
    id=239,
    slug="dem-nhac-thap-sang-uoc-mo-gay-quy-hoc-bong-cho-hoc-sinh-kho-khan",
    title="Đêm nhạc “Thắp sáng ước mơ” gây quỹ học bổng cho học sinh khó khăn",
    cat="hoat-dong-doan-hoi",
    published_at="2026-11-28T20:30:00+07:00",
    authors=["Thanh Tâm"],
    source="Báo Đà Nẵng",
    blocks=[
        Img("/media/zoo/images/dem-nhac-thap-sang-uoc-mo_2a6b90ce.jpg", style="media"),
        P(
            "Tối 27/11, Đoàn Trường THPT Lê Quý Đôn tổ chức đêm nhạc “Thắp sáng ước mơ” nhằm gây quỹ "
            "học bổng dành cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        P(
            "Chương trình gồm 15 tiết mục ca múa nhạc, nhạc kịch do chính học sinh các câu lạc bộ Âm "
            "nhạc, Nhảy hiện đại và Kịch của trường dàn dựng, biểu diễn. Nhiều tiết mục mang đậm chất "
            "tuổi học trò, gửi gắm thông điệp về lòng biết ơn thầy cô và tình bạn."
        ),
        P(
            "Bên cạnh bán vé, ban tổ chức còn mở gian hàng bán đồ thủ công, bánh ngọt do học sinh tự "
            "làm. Toàn bộ số tiền thu được, hơn 86 triệu đồng, được dùng để trao học bổng cho học sinh "
            "khó khăn của trường vào dịp Tết Nguyên đán."
        ),
        Img(
            "/images/zoo/2026/doan-truong/dem-nhac-2.jpg",
            printed="Tiết mục nhảy hiện đại của câu lạc bộ LQĐ Crew",
            caption="Tiết mục nhảy hiện đại của câu lạc bộ LQĐ Crew",
            style="em-next",
        ),
        P(
            "Đây là năm thứ 5 liên tiếp Đoàn trường tổ chức đêm nhạc gây quỹ. Qua mỗi mùa, chương "
            "trình không chỉ hỗ trợ các bạn học sinh khó khăn mà còn là sân chơi bổ ích giúp học sinh "
            "phát huy năng khiếu nghệ thuật."
        ),
        _right("Thanh Tâm"),
        Raw('<p style="text-align: right;"><em>(Theo Báo Đà Nẵng)</em></p>'),
    ],
    opts={
        "created": "2026-11-28 20:30",
        "account": "bởi Quản trị",
        "tags": ["Đoàn thanh niên"],
        "related": ["A2"],
        "pfmt": "plain",
        "hits": 945,
        "bookmarks": True,
    },
)

D2 = Story(
    id=231,
    slug="le-ket-nap-doan-vien-moi-nam-hoc-2026-2027",
    title="Lễ kết nạp đoàn viên mới năm học 2026-2027",
    cat="hoat-dong-doan-hoi",
    published_at="2026-11-05T17:00:00+07:00",
    authors=["Ban Truyền thông Đoàn trường"],
    photographers=["Ban Truyền thông Đoàn trường"],
    blocks=[
        P(
            "Chiều 03/11/2026, Đoàn Trường THPT Lê Quý Đôn tổ chức Lễ kết nạp đoàn viên mới cho 126 "
            "học sinh ưu tú khối 10 đã hoàn thành chương trình bồi dưỡng nhận thức về Đoàn."
        ),
        Img(
            "/images/zoo/2026/doan-truong/ket-nap-doan-vien.jpg",
            printed="Các đoàn viên mới tuyên thệ dưới cờ Đoàn",
            caption="Các đoàn viên mới tuyên thệ dưới cờ Đoàn",
            style="jce-table",
        ),
        P(
            "Trước khi được kết nạp, các em đã tham gia lớp học tìm hiểu về Đoàn Thanh niên Cộng sản Hồ "
            "Chí Minh, hoàn thành bài thu hoạch và được chi đoàn lớp giới thiệu, xét duyệt."
        ),
        P(
            "Trong không khí trang nghiêm, các đoàn viên mới đã đọc lời tuyên thệ, hứa sẽ luôn phấn đấu "
            "học tập, rèn luyện, xứng đáng với niềm tin của tổ chức Đoàn."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Bí thư Đoàn trường mong muốn các đoàn viên mới tích cực "
            "tham gia các phong trào, hoạt động tình nguyện, trở thành những tấm gương tiêu biểu trong "
            "học tập và rèn luyện."
        ),
        _right("Tin, ảnh: Ban Truyền thông Đoàn trường", "em"),
    ],
    opts={
        "created": "2026-11-05 17:00",
        "account": "bởi Quản trị",
        "pfmt": "div",
        "hits": 577,
    },
)

STORIES: dict[str, Story] = {
    "A1": A1, "A2": A2, "A3": A3, "A4": A4, "A5": A5,
    "B1": B1, "B2": B2, "B3": B3, "B4": B4,
    "C1": C1, "C2": C2, "D1": D1, "D2": D2,
}  # fmt: skip
BY_SLUG = {s.slug: s for s in STORIES.values()}
BY_ID = {s.id: s for s in STORIES.values()}


def _created(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M")


def cat_items(alias: str) -> list[Story]:
    """Items whose primary category is ``alias``, newest first (ZOO's "Ngày tạo, mới nhất")."""
    return sorted((s for s in STORIES.values() if s.cat == alias), key=_created, reverse=True)


def item_path(story: Story) -> str:
    return f"/tin-tuc/item/{story.slug}"


def component_path(story: Story) -> str:
    return f"/component/zoo/item/{story.slug}?Itemid=101"


def nonsef_path(story: Story) -> str:
    return f"/index.php?option=com_zoo&task=item&item_id={story.id}&Itemid=112"


# ---------------------------------------------------------------------------------------------
# static pages (com_content)

STATIC_PAGES: dict[str, tuple[str, str, list[str]]] = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        "2016-09-05",
        [
            "Trường THPT Lê Quý Đôn được thành lập theo quyết định của Ủy ban nhân dân thành phố Đà "
            "Nẵng, là một trong những trường trung học phổ thông có bề dày truyền thống của thành phố.",
            "Qua các giai đoạn phát triển, nhà trường luôn giữ vững danh hiệu tập thể lao động xuất sắc, "
            "nhiều năm liền được công nhận trường đạt chuẩn quốc gia.",
            "Hiện nay trường có 42 lớp với gần 1.800 học sinh, 112 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "ban-giam-hieu": (
        "Ban Giám hiệu nhà trường",
        "2024-08-20",
        [
            "Hiệu trưởng: Thầy Nguyễn Văn Sơn - phụ trách chung, công tác tổ chức, tài chính.",
            "Phó Hiệu trưởng: Cô Phan Thị Mỹ Linh - phụ trách chuyên môn, bồi dưỡng học sinh giỏi.",
            "Phó Hiệu trưởng: Thầy Trần Quốc Hưng - phụ trách cơ sở vật chất, khảo thí, ngoài giờ lên lớp.",
        ],
    ),
    "to-chuyen-mon": (
        "Các tổ chuyên môn",
        "2024-08-20",
        [
            "Nhà trường có 9 tổ chuyên môn: Toán - Tin; Vật lý - Công nghệ; Hóa học; Sinh học; Ngữ văn; "
            "Lịch sử - Địa lý - GDKT&PL; Ngoại ngữ; Thể dục - Quốc phòng và tổ Văn phòng.",
            "Các tổ chuyên môn sinh hoạt định kỳ hai tuần một lần, tập trung đổi mới phương pháp dạy "
            "học và kiểm tra đánh giá theo Chương trình giáo dục phổ thông 2018.",
        ],
    ),
    "thanh-tich": (
        "Thành tích nổi bật",
        "2025-06-10",
        [
            "Tập thể lao động xuất sắc nhiều năm liền; Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.",
            "Hằng năm, học sinh nhà trường đạt nhiều giải trong các kỳ thi học sinh giỏi thành phố, "
            "cuộc thi khoa học kỹ thuật và các hội thi văn nghệ, thể thao.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        "2016-09-05",
        [
            "Trường THPT Lê Quý Đôn - thành phố Đà Nẵng",
            "Địa chỉ: 01 Lê Quý Đôn, thành phố Đà Nẵng",
            "Điện thoại: (0236) 3 821 456 - Fax: (0236) 3 821 457",
        ],
    ),
}
STATIC_MENU = ["lich-su-hinh-thanh", "ban-giam-hieu", "to-chuyen-mon", "thanh-tich"]


# ---------------------------------------------------------------------------------------------
# gold

GOLD = [
    gold_record(
        s,
        item_path(s),
        CATS[s.cat][0],
        alt_paths=[component_path(s), nonsef_path(s)],
        image_page=s.opts.get("image_page"),
    )
    for s in STORIES.values()
]

NON_ARTICLES = [f"/gioi-thieu/{alias}" for alias in STATIC_PAGES]

#: articles reachable only through page 2+ of a listing / only through the sub-category listing
ONLY_VIA_PAGE_2 = [item_path(A4), item_path(A5), item_path(B4)]
ONLY_VIA_SUBCATEGORY = [item_path(D2)]


# ---------------------------------------------------------------------------------------------
# rendering helpers


def _t(story: Story, value: str) -> str:
    """Escaped text of the story as its editor typed it (NFD for the tổ hợp one)."""
    return text(value, nfd=bool(story.opts.get("nfd")))


def lc2(dt: _dt.datetime, with_time: bool = True) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2 ("l, d F Y H:i") with the months as "Tháng 12"."""
    day = f"{WEEKDAYS[dt.weekday()]}, {dt:%d} Tháng {dt.month} {dt.year}"
    return f"{day} {dt:%H:%M}" if with_time else day


def short_date(story: Story) -> str:
    return _created(story).strftime("%d/%m/%Y")


_PFMT = {
    "plain": ("<p>", "</p>"),
    "div": ('<div style="text-align: justify;">', "</div>"),
    "mso": (
        '<p class="MsoNormal" style="text-align: justify; line-height: 150%;">'
        "<span style=\"font-size: 13pt; font-family: 'times new roman', times;\">",
        "</span></p>",
    ),
}


def _img_markup(story: Story, img: Img, n: int) -> str:
    src = esc(img.src)
    if img.style == "em-next":
        out = (
            f'<p style="text-align: center;"><img src="{src}" alt="IMG_{4500 + story.id + n}" '
            'width="600" height="400" /></p>'
        )
        if img.printed:
            out += f'<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
        return out
    if img.style == "jce-table":
        return (
            '<table class="tbl-anh" style="margin-left: auto; margin-right: auto; width: 600px;" '
            'border="0" cellspacing="0" cellpadding="3"><tbody>'
            f'<tr><td><img src="{src}" alt="" width="600" height="400" /></td></tr>'
            '<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
            f"{_t(story, img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    if img.style == "lazy":
        return (
            '<p style="text-align: center;"><img class="lazy" src="/images/blank.gif" '
            f'data-original="{src}" alt="" width="600" height="400" />'
            f'<noscript><img src="{src}" alt="" width="600" height="400" /></noscript></p>'
            '<p style="text-align: center;"><span style="font-size: 10pt;"><em>'
            f"{_t(story, img.printed or '')}</em></span></p>"
        )
    raise ValueError(img.style)


def _text_html(story: Story, blocks: list) -> str:
    """One textarea's worth of blocks as the editor (TinyMCE/JCE) saved them."""
    open_p, close_p = _PFMT[story.opts.get("pfmt", "plain")]
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<!--loadposition-->":
                out.append(_loadposition(story))
            else:
                out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            n_img += 1
            out.append(_img_markup(story, b, n_img))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                'border="1" cellspacing="0" cellpadding="5"><tbody>' + "".join(rows) + "</tbody></table>"
            )
        elif b.style == "h":
            out.append(f"<h3>{_t(story, b.text)}</h3>")
            i += 1
        elif b.style == "hb":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
            i += 1
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
            i += 1
        else:
            parts = [_t(story, b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_t(story, blocks[i].text))
                i += 1
            out.append(open_p + "<br />\n".join(parts) + close_p)
    return "\n".join(out)


def _loadposition(story: Story) -> str:
    links = "".join(
        f'<li><a href="{item_path(STORIES[k])}">{_t(STORIES[k], STORIES[k].title)}</a></li>'
        for k in story.opts.get("loadposition", [])
    )
    return (
        '<div class="moduletable tin-quan-tam">\n<h3>Có thể bạn quan tâm</h3>\n'
        f'<ul class="zoo-item-list list-quantam">{links}</ul>\n</div>'
    )


def _pos_content(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "media")]
    # ZOO's repeatable textarea: an element-image between two textarea instances
    chunks: list[str] = []
    current: list = []  # blocks of the textarea being filled
    pieces: list[tuple[str, object]] = []
    for b in blocks:
        if isinstance(b, Img) and b.style == "zoo-el":
            pieces.append(("text", current))
            pieces.append(("img", b))
            current = []
        else:
            current.append(b)
    pieces.append(("text", current))
    n_texts = sum(1 for kind, _ in pieces if kind == "text")
    t_index = 0
    caption_next: Img | None = None
    for kind, value in pieces:
        if kind == "img":
            caption_next = value  # type: ignore[assignment]
            chunks.append(
                '<div class="element element-image">'
                f'<img src="{esc(caption_next.src)}" title="" alt="" width="560" height="373" /></div>'
            )
            continue
        classes = ["element", "element-textarea"]
        if t_index == 0:
            classes.append("first")
        if t_index == n_texts - 1 and not story.opts.get("download") and not story.opts.get("rating"):
            classes.append("last")
        body = _text_html(story, value)  # type: ignore[arg-type]
        if caption_next is not None and caption_next.printed:
            body = f'<p style="text-align: center;"><em>{_t(story, caption_next.printed)}</em></p>\n' + body
        caption_next = None
        chunks.append(f'<div class="{" ".join(classes)}">\n{body}\n</div>')
        t_index += 1
    if story.opts.get("download"):
        name, size, count = story.opts["download"]
        href = (
            f"/index.php?option=com_zoo&amp;task=callelement&amp;format=raw&amp;item_id={story.id}"
            "&amp;element=7e1c2f55-9a0b-4a1c-9f65-3b2f3c0a91de&amp;method=download"
        )
        chunks.append(
            '<div class="element element-download">'
            '<strong>Tài liệu đính kèm: </strong>'
            '<img src="/media/zoo/elements/download/images/pdf.png" alt="pdf" width="16" height="16" /> '
            f'<a class="download-file" href="{href}" title="{esc(name)}">{esc(name)}</a> '
            f'<span class="size">({size})</span> – <span class="hits">{count} lượt tải</span></div>'
        )
    if story.opts.get("rating"):
        value, votes = story.opts["rating"]
        pct = int(float(value) * 20)
        chunks.append(
            '<div class="element element-rating last">\n'
            f'<div class="yoo-zoo rating"><div class="rating-container star5">'
            f'<div class="previous-rating" style="width: {pct}%;"></div>'
            '<div class="current-rating">'
            + "".join(f'<div class="stars star{k}" title="{k} trên 5"></div>' for k in range(5, 0, -1))
            + "</div></div>"
            f'<div class="vote-message">Đánh giá: {value}/5 ({votes} lượt)</div></div>\n</div>'
        )
    if story.opts.get("bookmarks"):
        chunks.append(
            '<div class="element element-socialbookmarks">'
            '<div class="socialbookmarks">'
            '<a class="facebook" href="http://www.facebook.com/sharer.php?u=#" title="Chia sẻ lên Facebook" '
            'target="_blank" rel="nofollow"></a>'
            '<a class="twitter" href="http://twitter.com/intent/tweet?status=#" title="Twitter" '
            'target="_blank" rel="nofollow"></a>'
            '<a class="email" href="mailto:?subject=Tin%20tu%20THPT%20Le%20Quy%20Don" title="Gửi email"></a>'
            "</div></div>"
        )
    return '<div class="pos-content">\n' + "\n".join(chunks) + "\n</div>"


# ---------------------------------------------------------------------------------------------
# page chrome


def _menu(active: str) -> str:
    def li(item_id: int, href: str, label: str, key: str, children: str = "") -> str:
        classes = [f"item-{item_id}"]
        if key == active:
            classes += ["current", "active"]
        if children:
            classes += ["deeper", "parent"]
        sub = f'<ul class="nav-child unstyled small">{children}</ul>' if children else ""
        return f'<li class="{" ".join(classes)}"><a href="{href}">{label}</a>{sub}</li>'

    intro_children = "".join(
        li(130 + k, f"/gioi-thieu/{alias}", esc(STATIC_PAGES[alias][0]), alias)
        for k, alias in enumerate(STATIC_MENU)
    )
    intro = (
        '<li class="item-129 divider deeper parent"><span class="nav-header ">Giới thiệu</span>'
        f'<ul class="nav-child unstyled small">{intro_children}</ul></li>'
    )
    news_children = "".join(
        li(113 + k, f"/tin-tuc/category/{alias}", esc(CATS[alias][0]), alias) for k, alias in enumerate(TOP_CATS)
    )
    return (
        '<nav class="navigation" role="navigation"><div class="navbar pull-left">'
        '<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">'
        '<span class="element-invisible">Mở menu</span><span class="icon-bar"></span></a></div>'
        '<div class="nav-collapse"><ul class="nav menu nav-pills mod-list" id="mainmenu-lqd">'
        + li(101, "/", "Trang chủ", "home")
        + intro
        + li(112, "/tin-tuc", "Tin tức", "tin-tuc", news_children)
        + '<li class="item-140"><a href="http://vanban.danang.gov.vn" target="_blank" rel="noopener">'
        "Văn bản</a></li>"
        + '<li class="item-141"><a href="http://tracuudiem.danang.edu.vn" target="_blank" rel="noopener">'
        "Tra cứu điểm</a></li>"
        + li(142, "/gioi-thieu/lien-he", "Liên hệ", "lien-he")
        + "</ul></div></nav>"
    )


def _breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    items = ['<li class="active"><span class="divider icon-location"></span></li>']
    for k, (label, href) in enumerate(crumbs, start=1):
        last = k == len(crumbs)
        divider = (
            "" if last else '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        )
        if href and not last:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{label}</span></a>'
                f'{divider}<meta itemprop="position" content="{k}"></li>'
            )
        else:
            cls = ' class="active"' if last else ""
            items.append(
                f'<li{cls} itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'<span itemprop="name">{label}</span>{divider}<meta itemprop="position" content="{k}"></li>'
            )
    return (
        '<div class="moduletable duongdan"><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
        'class="breadcrumb"><li>Bạn đang ở: &#160;</li>' + "".join(items) + "</ul></div>"
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{item_path(s)}">{_t(s, s.title)}</a> <span class="ngay">({short_date(s)})</span></li>'
        for s in cat_items("thong-bao")
    )
    most_read = "".join(
        f'<li><a href="{nonsef_path(STORIES[k]).replace("&", "&amp;")}">{_t(STORIES[k], STORIES[k].title)}</a></li>'
        for k in ("A2", "B2", "A3")
    )
    return f"""<div id="aside" class="span3">
<div class="moduletable_thongbao"><h3 class="page-header">Thông báo mới</h3>
<ul class="zoo-item-list thongbao-list">{notices}</ul></div>
<div class="moduletable"><h3 class="page-header">Đọc nhiều nhất</h3>
<ul class="mostread mod-list">{most_read}</ul></div>
<div class="moduletable lienket"><h3 class="page-header">Liên kết website</h3>
<form name="lienket" action="#"><select name="lk" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://danang.edu.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>
<option value="https://danang.gov.vn">Cổng thông tin điện tử TP Đà Nẵng</option>
</select></form></div>
<div class="moduletable binhchon"><h3 class="page-header">Thăm dò ý kiến</h3>
<form action="/index.php?option=com_acepolls&amp;view=poll" method="post" name="form2">
<p class="poll-q">Bạn quan tâm nhất đến thông tin nào trên website?</p>
<label><input type="radio" name="voteid" value="1" /> Tin tức - Sự kiện</label><br />
<label><input type="radio" name="voteid" value="2" /> Thông báo, lịch thi</label><br />
<label><input type="radio" name="voteid" value="3" /> Hoạt động chuyên môn</label><br />
<label><input type="radio" name="voteid" value="4" /> Hoạt động Đoàn - Hội</label>
<p><input type="submit" class="btn btn-small" value="Bình chọn" /></p>
<input type="hidden" name="task" value="vote" /><input type="hidden" name="id" value="2" /></form></div>
<div class="moduletable thongke"><h3 class="page-header">Thống kê truy cập</h3>
<div id="vvisit_counter" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="Hôm nay" /></td><td>Hôm nay</td><td>412</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vyesterday.png" alt="Hôm qua" /></td><td>Hôm qua</td><td>689</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vweek.png" alt="Tuần này" /></td><td>Tuần này</td><td>3104</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vmonth.png" alt="Tháng này" /></td><td>Tháng này</td><td>2213</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="Tất cả" /></td><td>Tổng truy cập</td><td>1284530</td></tr>
</tbody></table>
<div class="vonline">Đang online: 27</div></div></div>
</div>"""


def _page(request: Request, title: str, active: str, crumbs: list, main: str, head_extra: str = "") -> Response:
    base = base_url(request)
    page = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{base}/" />
<meta name="keywords" content="THPT Lê Quý Đôn, Đà Nẵng, trường học" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{title}</title>
{head_extra}
<link href="/templates/lqd2016/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/zoo/applications/blog/templates/default/assets/css/zoo.css?ver=20201221" rel="stylesheet" />
<link href="/templates/lqd2016/css/template.css?4b3f1e2a" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?4b3f1e2a"></script>
<script src="/media/jui/js/jquery-noconflict.js?4b3f1e2a"></script>
<script src="/media/jui/js/bootstrap.min.js?4b3f1e2a"></script>
<script src="/templates/lqd2016/js/jquery.lazyload.min.js"></script>
<script>jQuery(function($){{ $("img.lazy").lazyload({{effect: "fadeIn"}}); }});</script>
</head>
<body class="site com_zoo view- no-layout no-task itemid-{112 if active != "home" else 101}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/banner/banner-lqd-2026.png" alt="{esc(SITE_LONG)}" /></a>
<div class="header-search pull-right"><div class="ngay-thang">{HEADER_TODAY}</div>
<form action="/tin-tuc" method="get" class="form-inline"><label for="search-searchword" class="element-invisible">Tìm kiếm</label>
<input name="searchword" id="search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</div></header>
{_menu(active)}
<div class="row-fluid">
<main id="content" role="main" class="span9">
{_breadcrumb(crumbs)}
<div id="system-message-container"></div>
{main}
</main>
{_sidebar()}
</div></div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr />
<p class="pull-right"><a href="#top" id="back-top">Lên đầu trang</a></p>
<div class="footer-lqd"><p><strong>{esc(SITE_LONG.upper())}</strong></p>
<p>Địa chỉ: 01 Lê Quý Đôn, thành phố Đà Nẵng - Điện thoại: (0236) 3 821 456</p>
<p>Email: <span id="cloak8c1f0e2d">Địa chỉ email này đang được bảo vệ khỏi chương trình thu thập thư điện tử. Bạn cần bật JavaScript để xem nó.</span>
<script type="text/javascript">document.getElementById('cloak8c1f0e2d').innerHTML = '';var prefix = '&#109;a' + 'i&#108;' + '&#116;o';var addy8c1f0e2d = 'c3lequydon' + '&#64;' + 'danang' + '&#46;' + 'edu' + '&#46;' + 'vn';document.getElementById('cloak8c1f0e2d').innerHTML += '<a ' + 'href=\\'' + prefix + ':' + addy8c1f0e2d + '\\'>' + addy8c1f0e2d + '<\\/a>';</script></p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Sơn. &copy; 2016 - 2026 Trường THPT Lê Quý Đôn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div></footer>
</body>
</html>"""
    return html(page)


# ---------------------------------------------------------------------------------------------
# ZOO views


def _cat_crumbs(alias: str) -> list[tuple[str, str | None]]:
    chain = []
    cur: str | None = alias
    while cur:
        chain.append((esc(CATS[cur][0]), f"/tin-tuc/category/{cur}"))
        cur = CATS[cur][1]
    return [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), *reversed(chain)]


def _item_page(request: Request, story: Story) -> Response:
    created = _created(story)
    meta = []
    if story.opts.get("event"):
        meta.append(f'<span class="element element-date first">{_t(story, story.opts["event"])}</span>')
    cls = "" if meta else " first"
    meta.append(
        f'<span class="element element-itemcreated{cls}">{_t(story, "Ngày đăng: " + lc2(created, True))}</span>'
    )
    meta.append(f'<span class="element element-itemauthor">{_t(story, story.opts["account"])}</span>')
    if story.opts.get("modified"):
        mod = _dt.datetime.strptime(story.opts["modified"], "%Y-%m-%d %H:%M")
        meta.append(f'<span class="element element-itemmodified">Cập nhật lần cuối: {lc2(mod)}</span>')
    meta.append(f'<span class="element element-itemhits last">{_t(story, "Lượt xem")}: {story.opts["hits"]}</span>')

    media = ""
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "media":
            original = "/images/zoo/originals/" + b.src.rsplit("/", 1)[1].split("_")[0] + ".jpg"
            media = (
                '<div class="pos-media media-right"><div class="element element-image first last">'
                f'<a href="{original}" data-lightbox="group:item-{story.id}" title="{_t(story, story.title)}">'
                f'<img src="{esc(b.src)}" title="{_t(story, story.title)}" alt="{_t(story, story.title)}" '
                'width="300" height="200" /></a></div></div>'
            )
    subtitle = ""
    if story.summary and story.sapo_outside:
        subtitle = (
            '<h2 class="pos-subtitle"><span class="element element-text first last">'
            f"{_t(story, story.summary)}</span></h2>"
        )
    cat_name = CATS[story.cat][0]
    taxonomy = [
        '<li class="element element-itemcategory first"><strong>Chuyên mục: </strong>'
        f'<a href="/tin-tuc/category/{story.cat}">{esc(cat_name)}</a></li>'
    ]
    if story.opts.get("tags"):
        tags = ", ".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in story.opts["tags"])
        taxonomy.append(f'<li class="element element-itemtag last"><strong>Từ khóa: </strong>{tags}</li>')
    related = ""
    if story.opts.get("related"):
        links = "".join(
            f'<li><a href="tin-tuc/item/{STORIES[k].slug}">{_t(STORIES[k], STORIES[k].title)}</a></li>'
            for k in story.opts["related"]
        )
        related = (
            '<div class="pos-related"><h3>Bài viết liên quan</h3><ul>'
            f'<li><div class="element element-relateditems first last"><ul>{links}</ul></div></li></ul></div>'
        )
    comments = ""
    if story.opts.get("comments"):
        lis = []
        for cid, who, when, what in story.opts["comments"]:
            lis.append(
                f'<li><div id="comment-{cid}" class="comment"><div class="comment-head">'
                '<div class="avatar"><img src="/media/zoo/assets/images/avatar.png" alt="" width="40" height="40" /></div>'
                f'<h3 class="author">{esc(who)}</h3>'
                f'<div class="meta">{esc(when)} | <a class="permalink" href="#comment-{cid}">#</a></div></div>'
                f'<div class="comment-body"><div class="content">{esc(what)}</div>'
                '<p class="reply"><a href="#" rel="nofollow">Trả lời</a></p></div></div></li>'
            )
        comments = (
            '<div id="comments"><h3 class="comments-meta">Bình luận '
            f'(<span class="comments-count">{len(lis)}</span>)</h3><ul class="level1">'
            + "".join(lis)
            + '</ul><div id="respond"><h3>Gửi bình luận</h3>'
            '<form class="short style" method="post" action="/index.php?option=com_zoo&amp;task=comment&amp;controller=comment">'
            '<div class="author"><input type="text" name="author" placeholder="Họ tên *" /></div>'
            '<div class="email"><input type="text" name="email" placeholder="Email *" /></div>'
            '<div class="content"><textarea name="content" rows="5"></textarea></div>'
            f'<div class="actions"><input class="button" type="submit" value="Gửi bình luận" /></div>'
            f'<input type="hidden" name="item_id" value="{story.id}" /></form></div></div>'
        )
    # the template's "Tin mới hơn" box: up to three newer items of the same category
    newer = [s for s in cat_items(story.cat) if _created(s) > _created(story)][-3:]
    others_html = "".join(
        f'<li><a href="{item_path(s)}">{_t(s, s.title)}</a> <span class="ngay">({short_date(s)})</span></li>'
        for s in newer
    )
    others_box = (
        '<div class="moduletable cac-tin-khac"><h3><span>Các tin mới hơn</span></h3>'
        f'<ul class="zoo-item-list">{others_html}</ul></div>'
        if newer
        else ""
    )
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{story.cat}">
<div class="item">
{media}
<h1 class="pos-title">{_t(story, story.title)}</h1>
<p class="pos-meta">{" ".join(meta)}</p>
{subtitle}
{_pos_content(story)}
<ul class="pos-taxonomy">{"".join(taxonomy)}</ul>
{related}
{comments}
</div>
</div>
<div class="tienich-baiviet"><a href="javascript:window.print()" class="in-bai" rel="nofollow">In bài</a>
 | <a href="javascript:history.back()">Quay lại</a>
 | <iframe src="https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fthptlequydon.danang.edu.vn{item_path(story)}&amp;layout=button_count" width="150" height="21" style="border:none;overflow:hidden"></iframe></div>
{others_box}"""
    first_para = story.paragraphs[0] if story.paragraphs else story.title
    desc = first_para[:155].rsplit(" ", 1)[0] + "…"
    base = base_url(request)
    head = (
        f'<link href="{base}{item_path(story)}" rel="canonical" />\n'
        f'<meta name="description" content="{_t(story, desc)}" />\n'
        f'<meta property="og:title" content="{_t(story, story.title)}" />\n'
        f'<meta property="og:url" content="{base}{item_path(story)}" />\n'
        '<meta property="og:type" content="article" />'
    )
    crumbs = [*_cat_crumbs(story.cat), (_t(story, story.title), None)]
    title = f"{_t(story, story.title)} - {esc(SITE)}"
    return _page(request, title, story.cat, crumbs, main, head)


def _teaser(story: Story) -> str:
    href = item_path(story)
    thumb = ""
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "media":
            thumb_src = b.src.replace(".jpg", "_t120.jpg")
            thumb = (
                '<div class="pos-media media-left"><div class="element element-image first last">'
                f'<a href="{href}"><img src="{thumb_src}" alt="{_t(story, story.title)}" width="120" height="80" /></a>'
                "</div></div>"
            )
    first = story.paragraphs[0]
    teaser = first if len(first) < 180 else first[:180].rsplit(" ", 1)[0] + " ..."
    return f"""<div class="teaser-item"><div class="teaser-item-bg">
{thumb}
<h1 class="pos-title"><a title="{_t(story, story.title)}" href="{href}">{_t(story, story.title)}</a></h1>
<p class="pos-meta"><span class="element element-itemcreated first last">{short_date(story)}</span></p>
<div class="pos-content"><div class="element element-textarea first last"><div>{_t(story, teaser)}</div></div></div>
<p class="pos-links"><span class="element element-itemlink first last"><a href="{href}">Xem tiếp...</a></span></p>
</div></div>"""


def _items_block(stories: list[Story]) -> str:
    rows = []
    for k, s in enumerate(stories):
        cls = "row first-row" if k == 0 else ("row last-row" if k == len(stories) - 1 else "row")
        rows.append(f'<div class="{cls}"><div class="width100 first last">{_teaser(s)}</div></div>')
    return '<div class="items items-col-1">' + "\n".join(rows) + "</div>"


def _pagination(alias: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return f"/tin-tuc/category/{alias}" if n == 1 else f"/tin-tuc/category/{alias}/{n}"

    parts = []
    if page > 1:
        parts.append(f'<a class="start" href="{link(1)}">« Đầu</a>')
        parts.append(f'<a class="previous" href="{link(page - 1)}">‹ Trước</a>')
    for n in range(1, pages + 1):
        parts.append(f"<strong>{n}</strong>" if n == page else f'<a href="{link(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next" href="{link(page + 1)}">Sau ›</a>')
        parts.append(f'<a class="end" href="{link(pages)}">Cuối »</a>')
    return '<div class="pagination">' + "&nbsp;".join(parts) + "</div>"


def _category_page(request: Request, alias: str, page: int) -> Response | None:
    items = cat_items(alias)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    name = CATS[alias][0]
    children = [a for a, (_, parent, _i) in CATS.items() if parent == alias]
    cats_html = ""
    if children and page == 1:
        cells = "".join(
            f'<div class="row first-row last-row"><div class="width100 first last"><div class="category">'
            f'<h2 class="title"><a href="/tin-tuc/category/{c}" title="{esc(CATS[c][0])}">{esc(CATS[c][0])}</a> '
            f"<span>({len(cat_items(c))})</span></h2></div></div></div>"
            for c in children
        )
        cats_html = f'<div class="categories">{cells}</div>'
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    suffix = f" - Trang {page}" if page > 1 else ""
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{alias}">
<div class="details alignment-left"><div class="box-t1"><div class="box-t2"><div class="box-t3"></div></div></div>
<div class="box-1"><h1 class="title">{esc(name)}</h1></div></div>
{cats_html}
{_items_block(chunk)}
{_pagination(alias, page, pages)}
</div>"""
    crumbs = _cat_crumbs(alias)
    crumbs[-1] = (crumbs[-1][0], None)
    return _page(request, f"{esc(name)}{suffix} - {esc(SITE)}", alias, crumbs, main)


def _frontpage(request: Request) -> Response:
    cells = "".join(
        '<div class="row"><div class="width100 first last"><div class="category">'
        f'<h2 class="title"><a href="/tin-tuc/category/{a}" title="{esc(CATS[a][0])}">{esc(CATS[a][0])}</a> '
        f"<span>({len(cat_items(a))})</span></h2></div></div></div>"
        for a in TOP_CATS
    )
    featured = [A1, B1, C1]
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-frontpage">
<div class="details alignment-left"><div class="box-1"><h1 class="title">Tin tức</h1>
<div class="description"><p>Tin tức, hoạt động và thông báo của Trường THPT Lê Quý Đôn.</p></div></div></div>
<div class="categories">{cells}</div>
{_items_block(featured)}
</div>"""
    return _page(request, f"Tin tức - {esc(SITE)}", "tin-tuc", [("Trang chủ", "/"), ("Tin tức", None)], main)


def _tag_page(request: Request, tag: str) -> Response:
    items = sorted(
        (s for s in STORIES.values() if tag in s.opts.get("tags", [])), key=_created, reverse=True
    )
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-tag">
<div class="details alignment-left"><div class="box-1"><h1 class="title">Bài viết gắn thẻ: {esc(tag)}</h1></div></div>
{_items_block(items)}
</div>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (esc(tag), None)]
    return _page(request, f"{esc(tag)} - {esc(SITE)}", "tin-tuc", crumbs, main)


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="slide-item"><a href="{item_path(s)}"><img src="{b.src.replace(".jpg", "_s640.jpg")}" '
        f'alt="{_t(s, s.title)}" /></a><div class="slide-caption"><a href="{item_path(s)}">{_t(s, s.title)}</a>'
        "</div></div>"
        for s in (A1, B1, D1)
        for b in s.blocks[:1]
        if isinstance(b, Img)
    )
    latest = sorted(STORIES.values(), key=_created, reverse=True)[:5]
    latest_html = "".join(
        f'<li><a href="{component_path(s).replace("&", "&amp;")}">{_t(s, s.title)}</a> '
        f'<span class="ngay">{short_date(s)}</span></li>'
        for s in latest
    )

    def box(alias: str) -> str:
        lis = "".join(
            f'<li><a href="{item_path(s)}" title="{_t(s, s.title)}">{_t(s, s.title)}</a></li>'
            for s in cat_items(alias)[:PER_PAGE]
        )
        return (
            f'<div class="moduletable box-chuyenmuc"><h3><a href="/tin-tuc/category/{alias}">{esc(CATS[alias][0])}</a></h3>'
            f'<ul class="zoo-item-list">{lis}</ul>'
            f'<p class="xemtatca"><a href="/tin-tuc/category/{alias}">Xem tất cả »</a></p></div>'
        )

    main = f"""<div class="moduletable tieudiem"><h3>Tin tiêu điểm</h3>
<div id="slideshow-lqd" class="wk-slideshow">{slides}</div></div>
<div class="moduletable tinmoi"><h3>Tin mới cập nhật</h3>
<ul class="zoo-item-list tinmoi-list">{latest_html}</ul></div>
<div class="row-fluid"><div class="span6">{box("tin-tuc-su-kien")}</div><div class="span6">{box("hoat-dong-chuyen-mon")}</div></div>
<div class="item-page"><div itemprop="articleBody"><p>Chào mừng quý phụ huynh, học sinh đến với website Trường THPT Lê Quý Đôn!</p></div></div>"""
    return _page(request, f"Trang chủ - {esc(SITE)}", "home", [("Trang chủ", None)], main)


def _static_page(request: Request, alias: str) -> Response:
    title, day, paras = STATIC_PAGES[alias]
    d = _dt.date.fromisoformat(day)
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    hits = 1500 + len(alias) * 211
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>
<dd class="category-name">Danh mục: <span itemprop="genre">Giới thiệu</span></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
<time datetime="{day}T08:00:00+07:00" itemprop="datePublished">Ngày đăng: {d:%d} Tháng {d.month} {d.year}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd>
</dl>
<div itemprop="articleBody">{body}</div>
</div>"""
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", None), (esc(title), None)]
    return _page(request, f"{esc(title)} - {esc(SITE)}", alias, crumbs, main)


# ---------------------------------------------------------------------------------------------
# routing

_CAT_RE = re.compile(r"^/tin-tuc/category/([a-z0-9-]+)(?:/(?:page/)?(\d+))?/?$")


class JoomlaZooSite:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/images/", "/media/", "/templates/", "/modules/")):
            return static_file(path)
        if path in ("/", "/index.php") and not query:
            return _home(request)
        if path == "/index.php":
            return self._nonsef(request)
        if path == "/tin-tuc" and not query:
            return _frontpage(request)
        if path.startswith("/tin-tuc/item/") and not query:
            story = BY_SLUG.get(path[len("/tin-tuc/item/") :])
            return _item_page(request, story) if story else None
        if path.startswith("/component/zoo/item/") and request.params == {"Itemid": "101"}:
            story = BY_SLUG.get(path[len("/component/zoo/item/") :])
            return _item_page(request, story) if story else None
        m = _CAT_RE.match(path)
        if m and m.group(1) in CATS:
            page = int(m.group(2) or 1)
            params = request.params
            if query:
                if set(params) != {"page"} or not params["page"].isdigit() or m.group(2):
                    return None
                page = int(params["page"])
            return _category_page(request, m.group(1), page)
        if path.startswith("/tin-tuc/tag/") and not query:
            tag = unicodedata.normalize("NFC", unquote(path[len("/tin-tuc/tag/") :]))
            return _tag_page(request, tag) if tag in TAGS else None
        if path.startswith("/gioi-thieu/") and not query:
            alias = path[len("/gioi-thieu/") :]
            return _static_page(request, alias) if alias in STATIC_PAGES else None
        return None

    def _nonsef(self, request: Request) -> Response | None:
        params = {k: v[0] for k, v in parse_qs(request.query).items()}
        if params.get("option") != "com_zoo":
            return None
        if params.get("task") == "item" and set(params) == {"option", "task", "item_id", "Itemid"}:
            if params["Itemid"] != "112" or not params["item_id"].isdigit():
                return None
            story = BY_ID.get(int(params["item_id"]))
            return _item_page(request, story) if story else None
        if params.get("task") == "callelement" and params.get("method") == "download":
            story = BY_ID.get(int(params.get("item_id", "0") or 0)) if params.get("item_id", "").isdigit() else None
            if story and story.opts.get("download"):
                name = story.opts["download"][0]
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'},
                )
        return None


def build_site() -> JoomlaZooSite:
    return JoomlaZooSite()
