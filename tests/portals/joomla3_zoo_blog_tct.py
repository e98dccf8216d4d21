"""Trường Chính trị tỉnh Cao Bằng: Joomla 3.9 + YOOtheme ZOO (Blog app) under a Warp 7 theme.

Platform
--------
Joomla 3.9 with SEF URLs and URL rewriting on, the news held by one ZOO "Blog" application whose
menu item is "Tin tức" (Itemid 112), themed with a YOOtheme Warp 7 template (UIkit 2 class names:
``tm-toolbar``, ``tm-navbar``, ``uk-breadcrumb``, ``uk-panel``, ``tm-sidebar-a`` …). The head
carries ``<base href="http://<host>/" />`` (the site root, not the page: a proxy-era setting of
this host) and ``<meta name="generator" content="Joomla! - Open Source Content Management" />``.
ZOO's own markup is kept: ``#yoo-zoo.yoo-zoo.blog-default``, ``.item``, ``.pos-media``,
``h1.pos-title``, ``p.pos-meta``, ``.pos-content`` with ``.element.element-textarea`` blocks,
``p.pos-taxonomy``, ``.pos-bottom``, ``.pos-related``, ``#comments``; listings
``.details`` + ``.items.items-col-1`` of ``.teaser-item`` and ZOO's ``div.pagination``.
Vinaora visitor counter, a poll, a links select box and a Facebook fan page sit in the sidebar.

URL scheme
----------
- ``/``                                     home (Widgetkit slideshow, "Tin mới", category blocks)
- ``/tin-tuc``                              ZOO frontpage of the app (category boxes only)
- ``/tin-tuc/category/<alias>``             ZOO category, 4 items a page, newest first
- ``/tin-tuc/category/<alias>/<n>``         its page n (ZOO's SEF pager segment; ``/1`` = page 1)
- ``/tin-tuc/tag/<tag, percent-encoded>``   ZOO tag page (a listing, not an article)
- ``/tin-tuc/item/<alias>``                 a ZOO item, the article's own (gold) URL
- ``/index.php?option=com_zoo&task=item&item_id=<n>&Itemid=112``   the raw form of the same item
- ``/component/zoo/item/<alias>?Itemid=112``                         ZOO's menu-less route
- ``/index.php/<any SEF path>``             the same pages with the script name kept in the URL
- com_content pages: ``/gioi-thieu/lich-su-hinh-thanh``, ``/gioi-thieu/co-cau-to-chuc``,
  ``/video``; com_contact ``/lien-he``; Widgetkit gallery ``/thu-vien-anh`` and its album.
- images: ``/images/...`` (editors' uploads), ``/media/zoo/images/<name>_<md5>.jpg`` (ZOO's
  resized teaser cache), ``/templates/yoo_nano3/...``, ``/modules/...``.

Page templates
--------------
Every HTML page: Warp toolbar (today "Thứ Bảy, 05/12/2026"), logo header, ``uk-navbar`` with
UIkit drop-downs (and the same menu again in the off-canvas ``#offcanvas``), a custom-HTML
section banner in ``main-top`` on the news pages (``<h1>TIN TỨC</h1>``), breadcrumbs, the
component, sidebar A, footer with address / phone / email.

Item page (``/tin-tuc/item/<alias>``): the banner h1, breadcrumb "Trang chủ / Tin tức /
<category> / <title>", then ZOO: ``.pos-media`` (the lead photo, when the item has one) *above*
the headline, ``h1.pos-title``, sometimes ``h2.pos-subtitle``, ``p.pos-meta`` "Viết bởi <poster>
vào Thứ Năm, 03 Tháng Mười Hai 2026 14:30. Đăng trong <cat>[, <cat>]", a tool line (views, print,
font size), ``.pos-content`` with (category "Tin tức - Sự kiện" only) a teaser element holding
a bold lead, then the content element; tags, social buttons, "Lần cập nhật cuối" date, related
items, a "Các tin khác" module and ZOO comments with the comment form.

How each gold article is reached
--------------------------------
Category "Tin tức - Sự kiện" (6 items, pages 1–2): A1 ``hoi-thao-khoa-hoc-…``, A2
``doan-cong-tac-hoc-vien-…``, A3 ``dang-bo-truong-…`` and A4 ``gap-mat-ky-niem-44-nam-…`` on
page 1 (also on the home page / sidebars); A5 ``toa-dam-huong-ung-ngay-phap-luat-…`` and A6
``cong-doan-truong-…`` ONLY on ``/tin-tuc/category/tin-tuc-su-kien/2``.
Category "Đào tạo - Bồi dưỡng" (5 items): B1–B4 on page 1; B5
``trien-khai-ke-hoach-chieu-sinh-…`` ONLY on ``/tin-tuc/category/dao-tao-boi-duong/2``.
Category "Công tác Đảng - Đoàn thể" (one page): C1, C2 and A3 again (A3 is filed in two
categories, its primary being "Tin tức - Sự kiện").
The home slideshow links A1, B1, C1 in the raw ``index.php?option=com_zoo…`` form (relative,
resolved against the root ``<base>``), a hand-written custom module links A2 as
``/index.php/tin-tuc/item/…``, ZOO's related-items element links with ``/component/zoo/item/…``.

Traps
-----
1. ``<base href>`` is the site root, not the page. The editors' JCE content writes image
   sources relative (``src="images/tintuc/2026/12/x.jpg"``) and the theme's pager override prints
   relative links (``href="tin-tuc/category/dao-tao-boi-duong/2"``): both only work against the
   base. Resolved against the page URL they give ``/tin-tuc/item/images/...`` and
   ``/tin-tuc/category/tin-tuc/category/...``, which are 404. Gold: image paths ``/images/...``
   (gold_record ``image_page="/"``); pages 2 are reached through the base-resolved pager.
2. Captions drawn by Joomla's caption.js: ``<img class="caption" title="…">`` plus
   ``new JCaption('img.caption')`` in the head. The caption is printed only by the script, from
   the ``title`` attribute; the HTML has no caption line. Gold: the caption is the ``title``
   text (A1, B3), as the reader sees it under the photo.
3. Joomla's email-cloaking plugin: in B5 the contact address is a ``<span id="cloak…">`` with
   "Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần bật JavaScript để xem
   nó." and a script assembling the address from pieces. Gold: the paragraph reads as the
   reader sees it, with the address (``phongdaotao.tct@caobang.gov.vn``), never the anti-spam
   sentence.
4. Reader comments (ZOO comments) under A1 and B3: names in ``h3.author``, dates "04 Tháng Mười
   Hai 2026 lúc 20:15", texts in ``div.content`` (a class name that looks like the article's),
   a reply from "Ban biên tập". Gold: none of it is body, author or date.
5. Two h1 before the text: a custom-HTML section banner ``<h1>TIN TỨC</h1>`` printed above the
   breadcrumb on every news page, then ZOO's ``h1.pos-title``; A4 adds an ``h2.pos-subtitle``
   (a kicker line) between headline and meta. Gold: the title is ``h1.pos-title`` only; the
   subtitle is neither title nor body.
6. An item filed in two ZOO categories (A3): it is listed in "Công tác Đảng - Đoàn thể" too and
   its meta prints both ("Đăng trong Tin tức - Sự kiện, Công tác Đảng - Đoàn thể"); the
   breadcrumb prints the primary one. Gold: category "Tin tức - Sự kiện", one record.
7. The head's Open Graph plugin prints ``article:published_time`` in UTC
   (``2026-11-30T23:45:00+00:00`` for C1, printed on the page as "Thứ Ba, 01 Tháng Mười Hai 2026
   06:45"): its date part is the day before. Gold: the local time, "2026-12-01T06:45:00+07:00".
8. Dates as the vi-VN language pack prints them: "Thứ Năm, 03 Tháng Mười Hai 2026 14:30",
   months as words ("Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai": a prefix of each other);
   listings print "03/12/2026"; the page also prints "Lần cập nhật cuối: Thứ Bảy, 05 Tháng Mười
   Hai 2026 08:02" and comment dates. A6 was imported with created time 00:00. Gold: the
   pos-meta date with its time; A6 the day alone "2026-10-20".
9. The lead photo sits in ``.pos-media`` above the headline, outside the text's container
   (A1, B4). Gold: it is the article's first image (caption None: only ``alt``); the listing
   thumbnails ``/media/zoo/images/…_<md5>.jpg`` are not the article's images.
10. The listing teaser is not the article's text: in "Đào tạo - Bồi dưỡng" and "Công tác Đảng -
    Đoàn thể" the listing prints a separate teaser field that the item page does not print.
    Gold: summary null for those items; in "Tin tức - Sự kiện" the item page prints the teaser
    as its own element in bold: summary = that lead, first body paragraph.
11. Four URLs per article at most: the SEF URL, the raw ``index.php?option=com_zoo&task=item``
    form, ``/component/zoo/item/<alias>?Itemid=112`` and ``/index.php/tin-tuc/item/<alias>``;
    no canonical link is printed anywhere (the SEF plugin has no domain set). Gold: the SEF URL;
    every variant the site links to is in ``alt_paths``.
12. The pos-meta "Viết bởi Quản trị" names the CMS account that posted the item; the real byline
    is the right-aligned line closing the text ("ThS. Đàm Thị Thu Hà - Khoa Xây dựng Đảng",
    "Tin, ảnh: Nông Văn Tuấn", "Tin: Bế Văn Khải - Ảnh: Lương Thị Hoa", a unit alone, "Theo Báo
    Cao Bằng điện tử"). A3 has no byline and was posted by a staff account named "Lục Thị Hạnh".
    Gold: authors from the closing line; "Quản trị" is nobody; A3's author is Lục Thị Hạnh.
13. A module loaded into the text with ``{loadposition}`` (A3): a ``div.moduletable`` "Tin cùng
    chuyên mục" with its own h3 and link list in the middle of ``.element-textarea``. Gold: not
    body; the paragraphs around it are.
14. A ZOO item that is not an article at the same URL shape: the "Văn bản" entry
    ``/tin-tuc/item/quyet-dinh-so-412-qd-tct-…`` (number, date, signer, download element).
    Gold: in NON_ARTICLES.
15. Text as typists left it: A6's text is decomposed Unicode (Unikey "Unicode tổ hợp"), B4's is
    written half in HTML entities (``&agrave;``, ``&#7897;``) and half raw; C1 has a paragraph
    cut by ``<br />`` into a lead line and two "- " lines. Gold: NFC text; each ``<br />``
    piece is a paragraph, the typed "- " kept.
16. Page-2-only items (A5, A6, B5): nothing but the pager reaches them (no tags, not in the
    sidebars, not in "Các tin khác" which lists the three newest others).

Gold decisions on ambiguous points
----------------------------------
- ``published_at``: the pos-meta's created date (site time); never the OG meta's UTC day, the
  "Lần cập nhật cuối" date, comment dates, or dates inside the text.
- ``summary``: only where the item page prints the teaser element (category "Tin tức - Sự
  kiện"); the listing-only teasers are not the page's sapo.
- JCaption captions: the ``title`` text is the caption (the page shows it under the photo).
- Cloaked email: the address as shown by the browser is text, the anti-spam sentence is not.
- ``h2.pos-subtitle`` (A4): a headline kicker, neither title nor body.
- Table rows are paragraphs, cells joined by " | ", header row included.
- "Xem thêm: <link>" (C2) is not body. Photo credit "Ảnh: X" alone: caption None, X photographer.
- The comment from "Ban biên tập" is a comment, not a byline.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

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

NAME = "joomla3_zoo_blog_tct"
PLATFORM = "Joomla 3.9 + YOOtheme ZOO Blog app, Warp 7 theme"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Cao Bằng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ITEMID = 112
PER_PAGE = 4

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTHS = {
    9: "Tháng Chín",
    10: "Tháng Mười",
    11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}

# --- categories ------------------------------------------------------------------------------

CATS = {
    "tin-tuc-su-kien": {
        "id": 3,
        "name": "Tin tức - Sự kiện",
        "desc": "Tin hoạt động của Trường Chính trị tỉnh Cao Bằng.",
    },
    "dao-tao-boi-duong": {
        "id": 4,
        "name": "Đào tạo - Bồi dưỡng",
        "desc": "Hoạt động đào tạo, bồi dưỡng cán bộ, công chức, viên chức.",
    },
    "cong-tac-dang-doan-the": {
        "id": 5,
        "name": "Công tác Đảng - Đoàn thể",
        "desc": "Hoạt động của Đảng bộ, Công đoàn, Đoàn Thanh niên Trường.",
    },
    "van-ban-thong-bao": {
        "id": 6,
        "name": "Văn bản - Thông báo",
        "desc": "Văn bản chỉ đạo, điều hành và thông báo của Trường.",
    },
}

# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    id=187,
    slug="hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-xay-dung-doi-ngu-can-bo-cap-xa",
    title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ cấp xã tỉnh Cao Bằng hiện nay”",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Sáng 04/12, Trường Chính trị tỉnh Cao Bằng tổ chức Hội thảo khoa học cấp trường với "
        "chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ cấp xã "
        "tỉnh Cao Bằng hiện nay”. Đồng chí Hoàng Văn Thạch, Phó Hiệu trưởng phụ trách Trường "
        "chủ trì hội thảo."
    ),
    sapo_outside=True,
    blocks=[
        Img("/images/tintuc/2026/12/hoi-thao-khoa-hoc-04-12.jpg", style="lead"),
        P(
            "Tham dự hội thảo có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân "
            "vận Tỉnh ủy, Sở Nội vụ; lãnh đạo một số Đảng ủy xã, phường trên địa bàn tỉnh cùng "
            "toàn thể cán bộ, giảng viên của Trường."
        ),
        P(
            "Phát biểu khai mạc, đồng chí Hoàng Văn Thạch nhấn mạnh: sau khi sắp xếp đơn vị "
            "hành chính và vận hành chính quyền địa phương hai cấp, đội ngũ cán bộ cấp xã được "
            "giao nhiều nhiệm vụ mới, đòi hỏi phải nâng cao cả bản lĩnh chính trị, năng lực "
            "chuyên môn lẫn phong cách làm việc gần dân. Việc nghiên cứu, vận dụng tư tưởng Hồ "
            "Chí Minh về cán bộ và công tác cán bộ vì thế càng có ý nghĩa thiết thực."
        ),
        Img(
            "images/tintuc/2026/12/hoi-thao-khoa-hoc-04-12-2.jpg",
            printed="Đồng chí Hoàng Văn Thạch, Phó Hiệu trưởng phụ trách Trường phát biểu khai mạc hội thảo",
            caption="Đồng chí Hoàng Văn Thạch, Phó Hiệu trưởng phụ trách Trường phát biểu khai mạc hội thảo",
            style="jcaption",
        ),
        P(
            "Hội thảo nhận được 24 tham luận của các nhà khoa học, giảng viên và cán bộ thực "
            "tiễn. Các ý kiến tập trung làm rõ những quan điểm cơ bản của Chủ tịch Hồ Chí Minh "
            "về vị trí, vai trò của cán bộ; tiêu chuẩn “vừa hồng vừa chuyên”; yêu cầu gắn bó "
            "mật thiết với Nhân dân và phương pháp đánh giá, sử dụng cán bộ."
        ),
        P("Nhiều giải pháp sát với thực tiễn", style="h3"),
        P(
            "Các tham luận chỉ ra một số hạn chế của đội ngũ cán bộ cấp xã hiện nay như: năng "
            "lực ứng dụng công nghệ thông tin chưa đồng đều, một bộ phận cán bộ người dân tộc "
            "thiểu số còn khó khăn khi tiếp cận văn bản pháp luật mới, việc đào tạo chưa thật sự "
            "gắn với vị trí việc làm."
        ),
        P(
            "Từ đó, các đại biểu đề xuất đổi mới nội dung, chương trình bồi dưỡng theo hướng "
            "tăng thời lượng thực hành, xử lý tình huống; tăng cường đi nghiên cứu thực tế tại "
            "cơ sở; phát huy vai trò của giảng viên kiêm nhiệm là lãnh đạo các sở, ngành trong "
            "truyền đạt kinh nghiệm quản lý."
        ),
        P(
            "“Cán bộ là cái gốc của mọi công việc. Công việc thành công hoặc thất bại đều do cán "
            "bộ tốt hay kém” – lời dạy của Người vẫn còn nguyên giá trị đối với công tác xây dựng "
            "đội ngũ cán bộ cơ sở hôm nay.",
            style="q",
        ),
        P(
            "Kết luận hội thảo, đồng chí chủ trì đề nghị Ban Tổ chức tiếp thu đầy đủ các ý kiến, "
            "hoàn thiện kỷ yếu và xây dựng kiến nghị gửi cấp có thẩm quyền; đồng thời đưa kết "
            "quả nghiên cứu vào bài giảng của các khoa trong năm học 2026 – 2027."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Đàm Thị Thu Hà</strong>'
            " <em>- Khoa Xây dựng Đảng</em></p>"
        ),
    ],
    authors=["Đàm Thị Thu Hà"],
    opts={
        "dt": "2026-12-04 15:20",
        "modified": "2026-12-05 08:02",
        "poster": "Quản trị",
        "tags": ["Hội thảo khoa học"],
        "comments": [
            (
                41,
                "Nguyễn Thị Lan",
                "2026-12-04 20:15",
                "Chủ đề hội thảo rất thiết thực với cán bộ cơ sở chúng tôi. Mong nhà trường sớm "
                "phát hành kỷ yếu để các xã tham khảo.",
                [
                    (
                        44,
                        "Ban biên tập",
                        "2026-12-05 07:40",
                        "Cảm ơn bạn đã quan tâm. Kỷ yếu hội thảo dự kiến phát hành trong tháng "
                        "12/2026.",
                    )
                ],
            ),
            (
                42,
                "Hoàng Văn Tú",
                "2026-12-04 21:02",
                "Đề nghị tăng thêm nội dung kỹ năng chuyển đổi số trong các lớp bồi dưỡng cán "
                "bộ xã.",
                [],
            ),
        ],
    },
)

A2 = Story(
    id=185,
    slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-voi-truong-chinh-tri-tinh-cao-bang",
    title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh Cao Bằng",
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T09:45:00+07:00",
    summary=(
        "Ngày 01/12/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Trần Minh "
        "Đức, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
        "tỉnh Cao Bằng về công tác phối hợp đào tạo, bồi dưỡng năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh báo cáo kết quả phối hợp mở lớp "
            "Cao cấp lý luận chính trị hệ không tập trung tại tỉnh; công tác quản lý học viên, bố "
            "trí giảng đường, ký túc xá và các điều kiện phục vụ giảng dạy. Đến nay, lớp có 86 "
            "học viên đang theo học, tỷ lệ chuyên cần đạt trên 97%."
        ),
        Img(
            "images/tintuc/2026/12/hvctkv1-lam-viec.jpg",
            printed="(Toàn cảnh buổi làm việc)",
            caption="Toàn cảnh buổi làm việc",
            style="next",
        ),
        P(
            "Trường cũng đề xuất Học viện hỗ trợ bồi dưỡng chuyên môn cho giảng viên trẻ, tạo "
            "điều kiện để giảng viên của Trường tham gia các đề tài nghiên cứu khoa học cấp Học "
            "viện và chia sẻ kho học liệu điện tử."
        ),
        P(
            "Phát biểu tại buổi làm việc, trưởng đoàn ghi nhận sự chủ động, trách nhiệm của "
            "Trường Chính trị tỉnh Cao Bằng trong phối hợp quản lý lớp học, đặc biệt trong điều "
            "kiện địa bàn rộng, giao thông đi lại còn khó khăn. Đồng chí đề nghị hai bên tiếp tục "
            "trao đổi thông tin thường xuyên, thống nhất kế hoạch mở lớp năm 2027 ngay từ quý I."
        ),
        P(
            "Dịp này, Đoàn công tác đã đến dâng hương tại Khu di tích Quốc gia đặc biệt Pác Bó "
            "và thăm, tặng quà học sinh Trường Phổ thông dân tộc bán trú tại xã Trường Hà."
        ),
        Raw('<p style="text-align: right;"><em>Tin, ảnh: Nông Văn Tuấn</em></p>'),
    ],
    authors=["Nông Văn Tuấn"],
    photographers=["Nông Văn Tuấn"],
    opts={"dt": "2026-12-02 09:45", "poster": "Quản trị", "tags": []},
)

A3 = Story(
    id=181,
    slug="dang-bo-truong-chinh-tri-tinh-hoc-tap-quan-triet-cac-van-ban-moi-cua-trung-uong-va-cua-tinh-uy",
    title="Đảng bộ Trường Chính trị tỉnh học tập, quán triệt các văn bản mới của Trung ương và của Tỉnh ủy",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T14:00:00+07:00",
    summary=(
        "Ngày 26/11, Đảng bộ Trường Chính trị tỉnh Cao Bằng tổ chức hội nghị học tập, quán "
        "triệt, triển khai các văn bản mới của Trung ương, của Tỉnh ủy cho toàn thể cán bộ, "
        "đảng viên trong Đảng bộ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới các chi bộ "
            "có đảng viên đang công tác, học tập ngoài Trường. Đồng chí Bí thư Đảng ủy Trường "
            "trực tiếp truyền đạt các nội dung chủ yếu."
        ),
        P("Các nội dung được quán triệt gồm:"),
        P(
            "Các kết luận mới của Bộ Chính trị, Ban Bí thư về tiếp tục sắp xếp tổ chức bộ máy "
            "của hệ thống chính trị;",
            style="li",
        ),
        P("Quy định về công tác kiểm tra, giám sát và kỷ luật của Đảng;", style="li"),
        P(
            "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần "
            "thứ XX, nhiệm kỳ 2025 – 2030;",
            style="li",
        ),
        P(
            "Kế hoạch của Đảng ủy Trường về chuyển đổi số trong hoạt động của các chi bộ.",
            style="li",
        ),
        Raw("{loadposition}"),
        P(
            "Ngay sau hội nghị, các đảng viên viết bài thu hoạch, liên hệ với chức trách, nhiệm "
            "vụ được giao. Đảng ủy Trường giao các chi bộ đưa nội dung học tập vào sinh hoạt chi "
            "bộ định kỳ tháng 12 và đăng ký việc làm cụ thể để thực hiện."
        ),
        P(
            "Cũng tại hội nghị, Đảng ủy Trường đã sơ kết công tác xây dựng Đảng 11 tháng năm "
            "2026, biểu dương 3 chi bộ có cách làm hay trong đổi mới nội dung sinh hoạt chuyên đề."
        ),
    ],
    authors=["Lục Thị Hạnh"],
    opts={
        "dt": "2026-11-27 14:00",
        "poster": "Lục Thị Hạnh",
        "tags": ["Công tác Đảng"],
        "extra_cats": ["cong-tac-dang-doan-the"],
    },
)

A4 = Story(
    id=176,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:30:00+07:00",
    summary=(
        "Sáng 20/11, Trường Chính trị tỉnh Cao Bằng tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam. Đến dự có đại diện lãnh đạo Tỉnh ủy, Ban Tổ chức Tỉnh ủy cùng các thế "
        "hệ cán bộ, giảng viên đã nghỉ hưu."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ôn lại truyền thống, lãnh đạo Trường khẳng định: qua nhiều thế hệ, đội ngũ giảng "
            "viên của Trường luôn kiên định mục tiêu, lý tưởng, tận tụy với nghề; nhiều thầy cô "
            "đã gắn bó cả cuộc đời với sự nghiệp đào tạo cán bộ cho tỉnh vùng cao biên giới."
        ),
        Img(
            "images/tintuc/2026/11/gap-mat-20-11.jpg",
            printed="Ảnh: Lương Thị Hoa",
            caption=None,
            style="credit",
        ),
        P(
            "Năm học 2025 – 2026, Trường đã mở 42 lớp đào tạo, bồi dưỡng với hơn 3.100 lượt học "
            "viên; 100% giảng viên đạt chuẩn trình độ; 2 giảng viên đạt giải tại Hội thi giảng "
            "viên dạy giỏi các trường chính trị khu vực miền núi phía Bắc."
        ),
        P(
            "Thay mặt lãnh đạo tỉnh, đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy ghi nhận những đóng "
            "góp của nhà trường và đề nghị đội ngũ giảng viên tiếp tục đổi mới phương pháp giảng "
            "dạy, gắn lý luận với thực tiễn của địa phương, làm tốt vai trò “đi trước” trong đấu "
            "tranh bảo vệ nền tảng tư tưởng của Đảng."
        ),
        P(
            "Dịp này, Trường đã trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 5 cán bộ, giảng "
            "viên và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm học."
        ),
        Raw('<p style="text-align: right;"><strong>Bế Thị Ngọc Ánh</strong></p>'),
    ],
    authors=["Bế Thị Ngọc Ánh"],
    photographers=["Lương Thị Hoa"],
    opts={
        "dt": "2026-11-20 10:30",
        "modified": "2026-11-21 16:48",
        "poster": "Quản trị",
        "tags": ["Nhà giáo"],
        "subtitle": "Tôn vinh những người thầy trên “mặt trận” lý luận chính trị",
    },
)

A5 = Story(
    id=172,
    slug="toa-dam-huong-ung-ngay-phap-luat-viet-nam-9-11",
    title="Tọa đàm hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam",
    cat="tin-tuc-su-kien",
    published_at="2026-11-10T16:05:00+07:00",
    summary=(
        "Nhằm nâng cao ý thức tôn trọng và chấp hành pháp luật, ngày 09/11, Trường Chính trị "
        "tỉnh Cao Bằng tổ chức tọa đàm hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
        "Việt Nam năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tọa đàm thu hút hơn 150 học viên các lớp Trung cấp lý luận chính trị đang học tập "
            "tại Trường cùng đông đảo cán bộ, giảng viên tham dự."
        ),
        P(
            "Các báo cáo viên đã giới thiệu những điểm mới của Luật Tổ chức chính quyền địa "
            "phương năm 2025, Luật Cán bộ, công chức sửa đổi và các quy định về phòng, chống tham "
            "nhũng, tiêu cực. Nhiều học viên là cán bộ cấp xã đã nêu câu hỏi về phân cấp, phân "
            "quyền và trách nhiệm giải trình khi thực hiện thủ tục hành chính trên môi trường số."
        ),
        Img(
            "images/tintuc/2026/11/toa-dam-phap-luat.jpg",
            printed="Học viên nêu câu hỏi tại tọa đàm",
            caption="Học viên nêu câu hỏi tại tọa đàm",
            style="next",
        ),
        P(
            "Kết thúc tọa đàm, Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì cho các nhóm học viên "
            "có phần trả lời câu hỏi tình huống xuất sắc."
        ),
        Raw('<p style="text-align: right;"><strong>Hà Thị Thu Trang</strong></p>'),
    ],
    authors=["Hà Thị Thu Trang"],
    opts={"dt": "2026-11-10 16:05", "poster": "Quản trị", "tags": []},
)

A6 = Story(
    id=168,
    slug="cong-doan-truong-to-chuc-nhieu-hoat-dong-chao-mung-96-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam",
    title="Công đoàn Trường tổ chức nhiều hoạt động chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20",
    summary=(
        "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
        "20/10/2026), Công đoàn Trường Chính trị tỉnh Cao Bằng đã tổ chức chuỗi hoạt động thiết "
        "thực dành cho nữ cán bộ, giảng viên, người lao động."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Trong hai ngày 17 và 18/10, Ban Nữ công phối hợp với Đoàn Thanh niên tổ chức hội thi "
            "cắm hoa nghệ thuật và gói bánh chưng, bánh khảo – món bánh truyền thống của đồng bào "
            "Tày, Nùng. Sáu đội thi đến từ các khoa, phòng đã mang đến những tác phẩm đậm bản sắc "
            "vùng cao."
        ),
        P(
            "Chiều 19/10, Công đoàn Trường tổ chức buổi nói chuyện chuyên đề “Phụ nữ với việc cân "
            "bằng công việc và gia đình trong thời đại số” do bác sĩ Bệnh viện Đa khoa tỉnh trình "
            "bày."
        ),
        P(
            "Dịp này, Công đoàn đã thăm hỏi, tặng quà 4 nữ đoàn viên có hoàn cảnh khó khăn với "
            "tổng số tiền 8 triệu đồng."
        ),
        Raw('<p style="text-align: right;"><strong>Ban Nữ công</strong></p>'),
    ],
    authors=["Ban Nữ công"],
    opts={"dt": "2026-10-20 00:00", "poster": "Quản trị", "tags": [], "nfd": True},
)

B1 = Story(
    id=186,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-2026-2028-tai-xa-trung-khanh",
    title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 – 2028 tại xã Trùng Khánh",
    cat="dao-tao-boi-duong",
    published_at="2026-12-03T08:10:00+07:00",
    blocks=[
        P(
            "Ngày 02/12, Trường Chính trị tỉnh Cao Bằng phối hợp với Đảng ủy xã Trùng Khánh tổ "
            "chức khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 2026 – 2028."
        ),
        P(
            "Lớp học có 65 học viên là cán bộ, công chức, viên chức đang công tác tại các xã "
            "Trùng Khánh, Đình Phong, Đàm Thủy và Quang Hán. Đây là lớp thứ ba Trường mở tại địa "
            "bàn cơ sở trong năm 2026, nhằm tạo điều kiện cho học viên vừa học tập vừa hoàn thành "
            "nhiệm vụ chuyên môn."
        ),
        Img(
            "images/tintuc/2026/12/khai-giang-trung-khanh.jpg",
            printed="Lãnh đạo Trường Chính trị tỉnh trao quyết định mở lớp",
            caption="Lãnh đạo Trường Chính trị tỉnh trao quyết định mở lớp",
            style="table",
        ),
        P(
            "Theo kế hoạch, khóa học kéo dài 18 tháng với 4 phần học: những vấn đề cơ bản của "
            "chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản, "
            "Nhà nước và hệ thống chính trị; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản "
            "lý và nghiệp vụ công tác."
        ),
        P(
            "Phát biểu khai giảng, lãnh đạo Trường đề nghị học viên nghiêm túc chấp hành quy chế, "
            "phát huy tinh thần tự học, tích cực trao đổi, thảo luận những vấn đề thực tiễn đang "
            "đặt ra ở cơ sở sau khi sắp xếp đơn vị hành chính."
        ),
        P(
            "Đảng ủy xã Trùng Khánh cam kết bố trí hội trường, bảo đảm các điều kiện phục vụ lớp "
            "học và tạo điều kiện về thời gian để học viên tham gia đầy đủ chương trình."
        ),
        Raw(
            '<p style="text-align: right;"><em>Tin: Bế Văn Khải - Ảnh: Lương Thị Hoa</em></p>'
        ),
    ],
    authors=["Bế Văn Khải"],
    photographers=["Lương Thị Hoa"],
    opts={
        "dt": "2026-12-03 08:10",
        "poster": "Quản trị",
        "tags": ["Đào tạo"],
        "teaser": "65 học viên là cán bộ, công chức các xã phía Đông của tỉnh bước vào khóa "
        "học kéo dài 18 tháng.",
    },
)

B2 = Story(
    id=182,
    slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
    title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-25T17:40:00+07:00",
    blocks=[
        P(
            "Chiều 25/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
            "giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
        ),
        P(
            "Trong thời gian học tập, học viên được nghiên cứu 12 chuyên đề về quan điểm của Đảng "
            "về xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; bảo vệ chủ quyền "
            "lãnh thổ, an ninh biên giới quốc gia; phòng, chống “diễn biến hòa bình”, bạo loạn "
            "lật đổ; công tác dân vận ở vùng đồng bào dân tộc thiểu số…"
        ),
        P(
            "Học viên còn được thực hành bắn súng tiểu liên AK bài 1b tại thao trường của Bộ Chỉ "
            "huy Quân sự tỉnh."
        ),
        P("Kết quả học tập:", style="h"),
        P("Xếp loại | Số học viên | Tỷ lệ", style="th"),
        P("Giỏi | 38 | 33,9%", style="tr"),
        P("Khá | 69 | 61,6%", style="tr"),
        P("Trung bình | 5 | 4,5%", style="tr"),
        P("Ban tổ chức đã khen thưởng 6 học viên có thành tích học tập xuất sắc."),
        Raw(
            '<p style="text-align: right;"><strong>Phòng Quản lý đào tạo - Nghiên cứu khoa học'
            "</strong></p>"
        ),
    ],
    authors=["Phòng Quản lý đào tạo - Nghiên cứu khoa học"],
    opts={
        "dt": "2026-11-25 17:40",
        "poster": "Quản trị",
        "tags": ["Đào tạo"],
        "teaser": "Sau 10 ngày học tập, 112 học viên đã hoàn thành chương trình và được cấp "
        "giấy chứng nhận.",
    },
)

B3 = Story(
    id=178,
    slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-9-giang-vien-dat-giai",
    title="Hội thi giảng viên dạy giỏi cấp trường năm 2026: 9 giảng viên đạt giải",
    cat="dao-tao-boi-duong",
    published_at="2026-11-18T14:15:00+07:00",
    blocks=[
        P(
            "Từ ngày 12 đến 17/11, Trường Chính trị tỉnh Cao Bằng tổ chức Hội thi giảng viên dạy "
            "giỏi cấp trường năm 2026. Tham gia hội thi có 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        P(
            "Mỗi giảng viên trình bày một bài giảng lý thuyết theo chương trình Trung cấp lý luận "
            "chính trị và một bài giảng ứng dụng phương pháp tích cực, có sử dụng bài giảng điện "
            "tử. Ban giám khảo gồm lãnh đạo Trường, trưởng các khoa và chuyên gia được mời từ Học "
            "viện Chính trị khu vực I."
        ),
        Img(
            "images/tintuc/2026/11/hoi-thi-gvdg-1.jpg",
            printed="Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
            caption="Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
            style="jcaption",
        ),
        P(
            "Nhiều bài giảng đã lồng ghép sinh động số liệu, mô hình thực tế của tỉnh như phát "
            "triển kinh tế cửa khẩu, du lịch cộng đồng gắn với Công viên địa chất toàn cầu UNESCO "
            "Non nước Cao Bằng, xây dựng nông thôn mới ở vùng đồng bào dân tộc thiểu số."
        ),
        P("Kết quả các giải chính:"),
        P("TT | Họ và tên | Đơn vị | Giải", style="th"),
        P("1 | Nông Thị Phương Thảo | Khoa Lý luận cơ sở | Nhất", style="tr"),
        P("2 | Hoàng Đức Mạnh | Khoa Nhà nước và pháp luật | Nhì", style="tr"),
        P("3 | Lưu Thị Kim Oanh | Khoa Xây dựng Đảng | Nhì", style="tr"),
        P("4 | Đinh Văn Hưng | Khoa Dân vận | Ba", style="tr"),
        P(
            "Ngoài ra, 5 giảng viên đạt giải Khuyến khích. Ba giảng viên đạt giải cao nhất sẽ được "
            "cử tham dự Hội thi giảng viên dạy giỏi các trường chính trị khu vực miền núi phía Bắc "
            "năm 2027."
        ),
        Img(
            "images/tintuc/2026/11/hoi-thi-gvdg-2.jpg",
            printed="Ban tổ chức trao giải cho các giảng viên đạt giải Nhất, Nhì",
            caption="Ban tổ chức trao giải cho các giảng viên đạt giải Nhất, Nhì",
            style="jcaption",
        ),
        Raw('<p style="text-align: right;"><strong>Hoàng Thị Mai</strong></p>'),
    ],
    authors=["Hoàng Thị Mai"],
    opts={
        "dt": "2026-11-18 14:15",
        "poster": "Quản trị",
        "tags": ["Đào tạo", "Nhà giáo"],
        "teaser": "Hội thi là dịp để giảng viên trẻ khẳng định mình trên bục giảng.",
        "comments": [
            (
                37,
                "Lưu Minh Đức",
                "2026-11-19 09:12",
                "Chúc mừng các thầy cô đạt giải! Bài giảng của cô Phương Thảo rất cuốn hút.",
                [],
            )
        ],
    },
)

B4 = Story(
    id=174,
    slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-khu-di-tich-pac-bo",
    title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại Khu di tích Quốc gia đặc biệt Pác Bó",
    cat="dao-tao-boi-duong",
    published_at="2026-11-06T11:20:00+07:00",
    blocks=[
        Img("/images/tintuc/2026/11/thuc-te-pac-bo.jpg", style="lead"),
        P(
            "Từ ngày 03 đến 05/11, 86 học viên lớp Cao cấp lý luận chính trị hệ không tập trung mở "
            "tại Trường Chính trị tỉnh Cao Bằng đã đi nghiên cứu thực tế tại xã Trường Hà và Khu "
            "di tích Quốc gia đặc biệt Pác Bó."
        ),
        P(
            "Tại Pác Bó, học viên được nghe giới thiệu về thời kỳ lãnh tụ Nguyễn Ái Quốc trở về "
            "nước trực tiếp lãnh đạo cách mạng Việt Nam (năm 1941), tham quan hang Cốc Bó, suối "
            "Lê-nin, núi Các Mác và Khu lưu niệm Chủ tịch Hồ Chí Minh."
        ),
        P(
            "Đoàn cũng làm việc với Đảng ủy xã Trường Hà để tìm hiểu kết quả phát triển du lịch "
            "cộng đồng, giữ gìn bản sắc văn hóa dân tộc Nùng, Tày gắn với bảo vệ cảnh quan khu di "
            "tích."
        ),
        P(
            "Kết thúc đợt nghiên cứu thực tế, mỗi học viên hoàn thành một bài thu hoạch, đề xuất "
            "giải pháp vận dụng vào thực tiễn ngành, lĩnh vực công tác của mình."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Cao Bằng điện tử</em></p>'),
    ],
    source="Báo Cao Bằng điện tử",
    opts={
        "dt": "2026-11-06 11:20",
        "poster": "Quản trị",
        "tags": ["Đào tạo"],
        "entities": 2,
        "teaser": "Chuyến đi giúp học viên hiểu sâu hơn quá trình hoạt động cách mạng của lãnh "
        "tụ Nguyễn Ái Quốc tại Cao Bằng.",
    },
)

EMAIL = "phongdaotao.tct@caobang.gov.vn"

B5 = Story(
    id=166,
    slug="trien-khai-ke-hoach-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-45",
    title="Triển khai kế hoạch chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 45",
    cat="dao-tao-boi-duong",
    published_at="2026-10-15T10:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, "
            "Trường Chính trị tỉnh Cao Bằng triển khai chiêu sinh lớp Trung cấp lý luận chính trị "
            "hệ tập trung khóa 45."
        ),
        P(
            "Đối tượng là cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản "
            "lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã; cán bộ nguồn của các cơ quan, "
            "đơn vị thuộc tỉnh. Học viên phải có trình độ chuyên môn từ trung cấp trở lên và không "
            "quá 45 tuổi tính đến thời điểm khai giảng."
        ),
        P(
            "Chỉ tiêu tuyển sinh là 70 học viên; thời gian học 8 tháng, dự kiến khai giảng trong "
            "tháng 01/2027 tại cơ sở chính của Trường."
        ),
        P("Hồ sơ đăng ký gồm:"),
        P("Công văn cử đi học của cơ quan có thẩm quyền;", style="li"),
        P("Sơ yếu lý lịch có xác nhận của cơ quan quản lý;", style="li"),
        P("Bản sao văn bằng chuyên môn cao nhất;", style="li"),
        P("Giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp.", style="li"),
        P(
            "Hồ sơ gửi về Phòng Quản lý đào tạo - Nghiên cứu khoa học, Trường Chính trị tỉnh Cao "
            "Bằng trước ngày 30/11/2026. Thông tin chi tiết xin liên hệ số điện thoại 0206.3852.416 "
            f"hoặc thư điện tử {EMAIL}.",
            style="email",
        ),
    ],
    opts={
        "dt": "2026-10-15 10:00",
        "poster": "Quản trị",
        "tags": [],
        "teaser": "Hồ sơ cử cán bộ đi học nộp trước ngày 30/11/2026.",
    },
)

C1 = Story(
    id=184,
    slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
    title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV: Nâng cao chất lượng bài giảng gắn với thực tiễn địa phương",
    cat="cong-tac-dang-doan-the",
    published_at="2026-12-01T06:45:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch của Đảng ủy Trường, chiều 30/11, Chi bộ Khoa Lý luận cơ sở tổ chức "
            "sinh hoạt chuyên đề quý IV năm 2026 với chủ đề “Nâng cao chất lượng bài giảng gắn với "
            "thực tiễn địa phương”."
        ),
        P(
            "Báo cáo chuyên đề đánh giá: thời gian qua, giảng viên trong khoa đã chủ động cập nhật "
            "số liệu kinh tế – xã hội của tỉnh, đưa các ví dụ từ cơ sở vào bài giảng. Tuy nhiên, "
            "một số bài giảng còn nặng lý thuyết, việc đi thực tế của giảng viên chưa thường xuyên."
        ),
        Img(
            "images/tintuc/2026/12/chi-bo-llcs-sinh-hoat.jpg",
            printed="Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt",
            caption="Đảng viên Chi bộ Khoa Lý luận cơ sở thảo luận tại buổi sinh hoạt",
            style="next",
        ),
        P(
            "Các đảng viên đã thảo luận sôi nổi, đề xuất mỗi giảng viên đăng ký ít nhất một chuyến "
            "nghiên cứu thực tế tại cơ sở mỗi năm; xây dựng ngân hàng tình huống dùng chung; tăng "
            "cường dự giờ, góp ý chuyên môn giữa các giảng viên."
        ),
        P("Chi bộ thống nhất hai nhóm việc làm cụ thể trong năm 2027:", style="br"),
        P("- Hoàn thiện 100% đề cương bài giảng theo chương trình mới;", style="br"),
        P(
            "- Mỗi đảng viên viết ít nhất một bài nghiên cứu, trao đổi đăng trên trang thông tin "
            "điện tử của Trường."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nông Thị Thanh Huyền</strong>'
            " (Chi bộ Khoa Lý luận cơ sở)</p>"
        ),
    ],
    authors=["Nông Thị Thanh Huyền"],
    opts={
        "dt": "2026-12-01 06:45",
        "poster": "Quản trị",
        "tags": ["Công tác Đảng"],
        "teaser": "Chuyên đề được chuẩn bị công phu, thu hút 100% đảng viên tham gia ý kiến.",
    },
)

C2 = Story(
    id=179,
    slug="doan-thanh-nien-truong-ra-quan-ngay-thu-bay-tinh-nguyen-tai-xa-nguyen-binh",
    title="Đoàn Thanh niên Trường ra quân “Ngày thứ Bảy tình nguyện” tại xã Nguyên Bình",
    cat="cong-tac-dang-doan-the",
    published_at="2026-11-14T17:30:00+07:00",
    blocks=[
        P(
            "Sáng 14/11, Chi đoàn Trường Chính trị tỉnh Cao Bằng phối hợp với Đoàn xã Nguyên Bình "
            "tổ chức ra quân “Ngày thứ Bảy tình nguyện” tại điểm trường Nà Lùng, Trường Tiểu học "
            "và Trung học cơ sở xã Nguyên Bình."
        ),
        P(
            "Hơn 30 đoàn viên thanh niên đã dọn vệ sinh khuôn viên, sơn lại bàn ghế, sửa mái che "
            "và lắp đặt hệ thống điện chiếu sáng cho 3 phòng học."
        ),
        Img(
            "images/tintuc/2026/11/tinh-nguyen-nguyen-binh-1.jpg",
            printed="(Đoàn viên sơn lại bàn ghế cho học sinh điểm trường Nà Lùng)",
            caption="Đoàn viên sơn lại bàn ghế cho học sinh điểm trường Nà Lùng",
            style="next",
        ),
        P(
            "Nhân dịp này, Chi đoàn trao tặng 50 suất quà gồm áo ấm, sách vở và đồ dùng học tập "
            "cho học sinh có hoàn cảnh khó khăn; tổng giá trị hơn 25 triệu đồng do đoàn viên và "
            "các nhà hảo tâm đóng góp."
        ),
        P(
            "Hoạt động nằm trong chuỗi công trình thanh niên hướng tới kỷ niệm 96 năm Ngày thành "
            "lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2027)."
        ),
        Raw('<p style="text-align: right;"><em>Tin, ảnh: Triệu Văn Đức</em></p>'),
        Raw("{xemthem}"),
    ],
    authors=["Triệu Văn Đức"],
    photographers=["Triệu Văn Đức"],
    opts={
        "dt": "2026-11-14 17:30",
        "poster": "Quản trị",
        "tags": [],
        "teaser": "Hơn 30 đoàn viên dọn vệ sinh, sửa chữa lớp học cho một điểm trường vùng cao.",
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, B1, B2, B3, B4, B5, C1, C2]
BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}

# links in variant forms (the gold's alt_paths are read from these same lists)
SLIDESHOW = [A1, B1, C1]  # raw index.php?option=com_zoo&task=item links
INDEXPHP_LINKS = [A2]  # hand-written /index.php/tin-tuc/item/... in a custom module
RELATED = {A1.id: [A4, B3], B3.id: [B1, B2], C1.id: [A3]}  # /component/zoo/item/... links
MOST_READ = [B3, A4, B2, A1]
LATEST = [A1, B1, A2, C1, A3]


def sef(story: Story) -> str:
    return f"/tin-tuc/item/{story.slug}"


def raw_link(story: Story) -> str:
    return f"index.php?option=com_zoo&task=item&item_id={story.id}&Itemid={ITEMID}"


def component_link(story: Story) -> str:
    return f"/component/zoo/item/{story.slug}?Itemid={ITEMID}"


def alt_paths(story: Story) -> list[str]:
    alts = []
    if story in SLIDESHOW:
        alts.append("/" + raw_link(story))
    if story in INDEXPHP_LINKS:
        alts.append("/index.php" + sef(story))
    if any(story in targets for targets in RELATED.values()):
        alts.append(component_link(story))
    return alts


def cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


def listed(cat: str) -> list[Story]:
    items = [s for s in STORIES if cat in cats_of(s)]
    return sorted(items, key=lambda s: s.opts["dt"], reverse=True)


# --- non-articles ------------------------------------------------------------------------------

DOC_SLUG = "quyet-dinh-so-412-qd-tct-ve-viec-ban-hanh-quy-che-dao-tao-boi-duong-cua-truong"
DOC_ID = 183
ALBUM_SLUG = "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    f"/tin-tuc/item/{DOC_SLUG}",
    f"/thu-vien-anh/{ALBUM_SLUG}",
    "/video",
]

TAGS = ["Hội thảo khoa học", "Đào tạo", "Nhà giáo", "Công tác Đảng"]

# --- formatting helpers --------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def long_date(value: str) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2 ("l, d F Y H:i"): "Thứ Năm, 03 Tháng Mười Hai 2026 14:30"."""
    d = _dt(value)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month]} {d.year} {d:%H:%M}"


def comment_date(value: str) -> str:
    d = _dt(value)
    return f"{d.day:02d} {MONTHS[d.month]} {d.year} lúc {d:%H:%M}"


def short_date(value: str) -> str:
    return f"{_dt(value):%d/%m/%Y}"


def utc_iso(value: str) -> str:
    return (_dt(value) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def thumb(story: Story) -> str | None:
    imgs = story.images
    if not imgs:
        return None
    name = imgs[0].src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    digest = hashlib.md5(f"{story.id}{name}".encode()).hexdigest()
    return f"/media/zoo/images/{name}_{digest}.jpg"


def tag_href(tag: str) -> str:
    return "/tin-tuc/tag/" + quote(tag)


def _t(story: Story, value: str) -> str:
    return text(value, nfd=story.opts.get("nfd", False), entities=story.opts.get("entities", 0))


# --- the article's text ------------------------------------------------------------------------


def cloak(address: str, seed: int) -> str:
    """Joomla 3.9 plg_content_emailcloak output (JHtml email.cloak, vi-VN)."""
    cid = hashlib.md5(f"{address}{seed}".encode()).hexdigest()
    user, domain = address.split("@")
    dparts = domain.split(".")
    dom_js = " + '&#46;' + ".join(f"'{p}'" for p in dparts)
    return (
        f'<span id="cloak{cid}">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, '
        "bạn cần bật JavaScript để xem nó.</span><script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{cid}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid} = addy{cid} + {dom_js};\n"
        f"\t\t\t\tvar addy_text{cid} = '{user}' + '&#64;' + {dom_js};"
        f"document.getElementById('cloak{cid}').innerHTML += '<a ' + path + '\\'' + prefix + "
        f"':' + addy{cid} + '\\'>'+addy_text{cid}+'<\\/a>';\n"
        "\t\t</script>"
    )


def loadposition_module(story: Story) -> str:
    picks = [C1, A2]
    items = "".join(
        f'<li><a href="{sef(s)}">{esc(s.title)}</a> <span class="ngay-dang">'
        f"({short_date(s.opts['dt'])})</span></li>"
        for s in picks
    )
    return (
        '<div class="moduletable tin-cung-muc">\n<h3>Tin cùng chuyên mục</h3>\n'
        f'<ul class="zoo-item-list list-dot">{items}</ul>\n</div>'
    )


def render_img(story: Story, img: Img) -> str:
    if img.style == "jcaption":
        t = esc(img.printed or "")
        return (
            f'<p style="text-align: center;"><img class="caption" src="{img.src}" alt="{t}" '
            f'title="{t}" width="620" height="413" style="display: block; margin-left: auto; '
            'margin-right: auto;" /></p>'
        )
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto; width: 620px;" border="0" '
            'cellspacing="0" cellpadding="3"><tbody>'
            f'<tr><td><img src="{img.src}" alt="" width="620" height="413" /></td></tr>'
            f'<tr><td style="text-align: center; background-color: #f2f2f2;"><span style="font-size:'
            f' 10pt;"><em>{_t(story, img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;"><img src="{img.src}" alt="" width="620" height="413" /></p>'
    if img.printed:
        align = "right" if img.style == "credit" else "center"
        out += f'\n<p style="text-align: {align};"><em>{_t(story, img.printed)}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "lead")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "{loadposition}":
                out.append(loadposition_module(story))
            elif b.html == "{xemthem}":
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{sef(B1)}">{esc(B1.title)}</a></p>'
                )
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(story, b))
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    tds = "".join(
                        f'<td style="background: #dbe5f1;"><p align="center"><strong>'
                        f"{_t(story, c)}</strong></p></td>"
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td><p>{_t(story, c)}</p></td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table class="MsoTableGrid" style="width: 100%; border-collapse: collapse;" '
                'border="1" cellspacing="0" cellpadding="4"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_t(story, blocks[i].text))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_t(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
            continue
        i += 1
        if style == "h3":
            out.append(f"<h3>{_t(story, b.text)}</h3>")
        elif style == "h":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif style == "q":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        elif style == "email":
            before, after = b.text.split(EMAIL)
            out.append(
                f'<p style="text-align: justify;">{_t(story, before)}{cloak(EMAIL, story.id)}'
                f"{_t(story, after)}</p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
    return "\n".join(out)


# --- page chrome ------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        None,
        [
            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh"),
            ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    (
        "Tin tức",
        "/tin-tuc",
        [(c["name"], f"/tin-tuc/category/{a}") for a, c in CATS.items() if a != "van-ban-thong-bao"],
    ),
    ("Văn bản", "/tin-tuc/category/van-ban-thong-bao", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Video", "/video", []),
    ("Liên hệ", "/lien-he", []),
]


def navbar(active: str) -> str:
    lis = []
    for label, href, children in MENU:
        cls = ["uk-active"] if label == active else []
        if children:
            cls.append("uk-parent")
            sub = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in children)
            head = (
                f'<a href="{href}">{esc(label)}</a>'
                if href
                else f'<span class="separator">{esc(label)}</span>'
            )
            lis.append(
                f'<li class="{" ".join(cls)}" data-uk-dropdown="{{}}">{head}'
                '<div class="uk-dropdown uk-dropdown-navbar uk-dropdown-width-1"><div class="uk-grid '
                'uk-dropdown-grid"><div class="uk-width-1-1"><ul class="uk-nav uk-nav-navbar">'
                f"{sub}</ul></div></div></div></li>"
            )
        else:
            c = f' class="{" ".join(cls)}"' if cls else ""
            lis.append(f'<li{c}><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="uk-navbar-nav uk-hidden-small">' + "".join(lis) + "</ul>"


def offcanvas() -> str:
    lis = []
    for label, href, children in MENU:
        sub = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for n, h in children)
        head = f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        lis.append(f'<li class="uk-parent">{head}' + (f'<ul class="uk-nav-sub">{sub}</ul>' if sub else "") + "</li>")
    return (
        '<div id="offcanvas" class="uk-offcanvas"><div class="uk-offcanvas-bar">'
        '<ul class="uk-nav uk-nav-offcanvas">' + "".join(lis) + "</ul></div></div>"
    )


def breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    lis = ['<li><a href="/">Trang chủ</a></li>']
    for label, href in trail:
        if href:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="uk-active"><span>{esc(label)}</span></li>')
    return '<ul class="uk-breadcrumb">' + "".join(lis) + "</ul>"


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{sef(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in MOST_READ
    )
    return f"""<aside class="tm-sidebar-a uk-width-medium-3-10">
<div class="uk-panel uk-panel-box uk-panel-box-primary"><h3 class="uk-panel-title">Tin xem nhiều</h3>
<ul class="zoo-list uk-list uk-list-line">{most}</ul></div>
<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Văn bản mới</h3>
<ul class="uk-list"><li><a href="/tin-tuc/item/{DOC_SLUG}">Quyết định số 412/QĐ-TCT ban hành Quy chế đào tạo, bồi dưỡng</a></li></ul></div>
<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Liên kết website</h3>
<select class="lienket" onchange="if(this.value!='')window.open(this.value,'_blank')">
<option value="">-- Chọn liên kết --</option>
<option value="https://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://baocaobang.vn">Báo Cao Bằng</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
</select></div>
<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Thăm dò ý kiến</h3>
<form action="/index.php" method="post" name="form2" class="poll">
<p>Bạn đánh giá thế nào về giao diện mới của Trang thông tin điện tử?</p>
<label><input type="radio" name="voteid" value="1" /> Đẹp, dễ sử dụng</label><br />
<label><input type="radio" name="voteid" value="2" /> Bình thường</label><br />
<label><input type="radio" name="voteid" value="3" /> Cần cải tiến</label><br />
<input type="submit" name="task_button" class="uk-button" value="Bình chọn" />
<input type="hidden" name="option" value="com_mijopolls" /><input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="2" /><input type="hidden" name="5f1b2c9d0e8a7b6c5d4e3f2a1b0c9d8e" value="1" />
</form></div>
<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Thống kê truy cập</h3>
<div class="vvisit_counter vinaora_counter">
<div style="text-align: center;"><img src="/modules/mod_vvisit_counter/images/digit/default/0.png" alt="0" /><img src="/modules/mod_vvisit_counter/images/digit/default/4.png" alt="4" /><img src="/modules/mod_vvisit_counter/images/digit/default/8.png" alt="8" /></div>
<table cellpadding="0" cellspacing="0" style="margin: 3px; text-align: center;" class="vinaora_counter"><tbody>
<tr style="text-align: left;"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="Hôm nay" title="Hôm nay" /></td><td>Hôm nay</td><td style="text-align: right;">286</td></tr>
<tr style="text-align: left;"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="Hôm qua" title="Hôm qua" /></td><td>Hôm qua</td><td style="text-align: right;">412</td></tr>
<tr style="text-align: left;"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vmonth.png" alt="Tháng này" title="Tháng này" /></td><td>Tháng này</td><td style="text-align: right;">1.734</td></tr>
<tr style="text-align: left;"><td><img src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="Tổng truy cập" title="Tổng truy cập" /></td><td>Tổng truy cập</td><td style="text-align: right;">1.048.213</td></tr>
</tbody></table>
<div style="text-align: center;">Đang online: 23</div></div></div>
<div class="uk-panel"><h3 class="uk-panel-title">Fanpage</h3>
<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Ftruongchinhtricaobang&amp;tabs&amp;width=300&amp;height=130" width="300" height="130" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe></div>
</aside>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    active: str,
    trail: list[tuple[str, str | None]] | None,
    head: str = "",
    banner: str | None = None,
    body_class: str = "",
    description: str = "Trang thông tin điện tử Trường Chính trị tỉnh Cao Bằng",
) -> Response:
    base = base_url(request) + "/"
    crumbs = breadcrumb(trail) if trail is not None else ""
    top = (
        f'<section class="tm-main-top"><div class="uk-panel tieudechuyenmuc"><h1>{esc(banner)}</h1>'
        "</div></section>"
        if banner
        else ""
    )
    doc = f"""<!DOCTYPE HTML>
<html lang="vi-vn" dir="ltr" data-config='{{"twitter":0,"plusone":0,"facebook":0,"style":"default"}}'>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{base}" />
<meta name="keywords" content="Trường Chính trị, Cao Bằng, lý luận chính trị, đào tạo cán bộ" />
<meta name="description" content="{esc(description)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}<link href="/templates/yoo_nano3/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/zoo/applications/blog/templates/default/assets/css/zoo.css?ver=20190305" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?8f1e7a2c"></script>
<script src="/media/jui/js/jquery-noconflict.js?8f1e7a2c"></script>
<script src="/media/system/js/caption.js?8f1e7a2c"></script>
<script>
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
</script>
<link rel="apple-touch-icon-precomposed" href="/templates/yoo_nano3/apple_touch_icon.png">
<link rel="stylesheet" href="/templates/yoo_nano3/css/bootstrap.css">
<link rel="stylesheet" href="/templates/yoo_nano3/css/theme.css">
<link rel="stylesheet" href="/templates/yoo_nano3/css/custom.css">
<script src="/templates/yoo_nano3/warp/vendor/uikit/js/uikit.js"></script>
<script src="/templates/yoo_nano3/js/theme.js"></script>
</head>
<body class="tm-sidebar-a-right tm-sidebars-1 tm-isblog {body_class}">
<div class="tm-page">
<div class="tm-toolbar uk-clearfix uk-hidden-small">
<div class="uk-float-left"><div class="uk-panel"><i class="uk-icon-calendar"></i> {TODAY_LINE}</div></div>
<div class="uk-float-right"><div class="uk-panel"><a href="/lien-he">Liên hệ</a> | <a href="https://mail.caobang.gov.vn" target="_blank">Thư điện tử</a></div></div>
</div>
<div class="tm-headerbar uk-clearfix uk-hidden-small">
<a class="tm-logo" href="/"><img src="/images/banner/banner-tct-caobang.png" alt="{SITE}" width="1000" height="130" /></a>
</div>
<nav class="tm-navbar uk-navbar">
{navbar(active)}
<div class="uk-navbar-flip"><div class="uk-navbar-content uk-hidden-small">
<form id="search-96" class="uk-search" action="/tim-kiem" method="post" data-uk-search="{{'source': '/index.php?option=com_search&amp;tmpl=raw&amp;type=json&amp;ordering=&amp;searchphrase=all', 'param': 'searchword', 'msgResultsHeader': 'Kết quả tìm kiếm', 'msgMoreResults': 'Xem thêm', 'msgNoResults': 'Không tìm thấy kết quả', flipDropdown: 1}}">
<input class="uk-search-field" type="text" name="searchword" placeholder="Tìm kiếm...">
<input type="hidden" name="task" value="search"><input type="hidden" name="option" value="com_search"><input type="hidden" name="Itemid" value="101">
</form></div></div>
<a href="#offcanvas" class="uk-navbar-toggle uk-visible-small" data-uk-offcanvas></a>
</nav>
<div class="tm-middle uk-grid" data-uk-grid-match data-uk-grid-margin>
<div class="tm-main uk-width-medium-7-10">
{top}
<main id="tm-content" class="tm-content">
{crumbs}
<div id="system-message-container">
	</div>
{main}
</main>
</div>
{sidebar()}
</div>
<footer id="tm-footer" class="tm-footer">
<a class="tm-totop-scroller" data-uk-smooth-scroll href="#"></a>
<div class="uk-panel"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH CAO BẰNG</strong></p>
<p>Địa chỉ: Số 165, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng<br />
Điện thoại: 0206.3852.168 - Fax: 0206.3852.169 - Email: truongchinhtri@caobang.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Cao Bằng</p>
<p>© 2016 - 2026 Bản quyền thuộc về Trường Chính trị tỉnh Cao Bằng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</footer>
</div>
{offcanvas()}
</body>
</html>"""
    return html(doc)


# --- ZOO pieces ---------------------------------------------------------------------------------


def item_component(story: Story) -> str:
    parts = [
        f'<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{story.cat}">',
        '<div class="item">',
    ]
    lead = next((b for b in story.blocks if isinstance(b, Img) and b.style == "lead"), None)
    if lead:
        parts.append(
            '<div class="pos-media media-top"><div class="element element-image first last">'
            f'<img src="{lead.src}" title="" alt="{esc(story.title)}" width="700" height="466" />'
            "</div></div>"
        )
    parts.append(f'<h1 class="pos-title">{esc(story.title)}</h1>')
    if story.opts.get("subtitle"):
        parts.append(f'<h2 class="pos-subtitle">{esc(story.opts["subtitle"])}</h2>')
    cat_links = ", ".join(
        f'<a href="/tin-tuc/category/{c}">{esc(CATS[c]["name"])}</a>' for c in cats_of(story)
    )
    parts.append(
        '<p class="pos-meta">\n'
        f'<span class="element element-itemauthor first">Viết bởi {esc(story.opts["poster"])} '
        "</span>\n"
        f'<span class="element element-itemcreated">vào {long_date(story.opts["dt"])}</span>\n'
        f'<span class="element element-itemcategory last">. Đăng trong {cat_links}</span>\n'
        "</p>"
    )
    parts.append(
        '<div class="congcu-bv uk-clearfix"><span class="luotxem"><i class="uk-icon-eye"></i> '
        f"Lượt xem: {story.views()}</span> <span class=\"cochu\">Cỡ chữ: "
        '<a href="javascript:void(0)" onclick="zoomText(-1)">A-</a> '
        '<a href="javascript:void(0)" onclick="zoomText(0)">A</a> '
        '<a href="javascript:void(0)" onclick="zoomText(1)">A+</a></span> '
        '<a class="inbai" href="javascript:window.print()"><i class="uk-icon-print"></i> In bài</a>'
        "</div>"
    )
    content = ['<div class="floatbox">', '<div class="pos-content">']
    if story.summary and story.sapo_outside:
        content.append(
            '<div class="element element-textarea first">\n\t<div><p><strong>'
            f"{_t(story, story.summary)}</strong></p></div>\n</div>"
        )
        content.append('<div class="element element-textarea last">\n\t<div>')
    else:
        content.append('<div class="element element-textarea first last">\n\t<div>')
    content.append(render_blocks(story))
    content.append("</div>\n</div>")
    content.append("</div>\n</div>")
    parts.extend(content)
    tags = story.opts.get("tags") or []
    if tags:
        links = ", ".join(f'<a href="{tag_href(t)}">{esc(t)}</a>' for t in tags)
        parts.append(
            '<p class="pos-taxonomy"><span class="element element-itemtag first last">'
            f"<strong>Thẻ: </strong>{links}</span></p>"
        )
    bottom = [
        '<div class="pos-bottom">',
        '<div class="element element-socialbuttons first"><div class="socialbuttons">'
        '<div><a href="https://twitter.com/share" class="twitter-share-button" data-lang="vi">Tweet</a></div>'
        '<div><iframe src="https://www.facebook.com/plugins/like.php?href=&amp;layout=button_count&amp;'
        'show_faces=false&amp;width=100&amp;action=like&amp;colorscheme=light&amp;height=21" '
        'scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:100px; '
        'height:21px;" allowTransparency="true"></iframe></div></div></div>',
    ]
    if story.opts.get("modified"):
        bottom.append(
            '<div class="element element-itemmodified last"><h3>Lần cập nhật cuối</h3>'
            f"{long_date(story.opts['modified'])}</div>"
        )
    bottom.append("</div>")
    parts.extend(bottom)
    rel = RELATED.get(story.id)
    if rel:
        lis = "".join(
            f'<li><a href="{component_link(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s in rel
        )
        parts.append(
            '<div class="pos-related"><h3>Bài viết liên quan</h3>'
            f'<div class="element element-relateditems first last"><ul>{lis}</ul></div></div>'
        )
    parts.append(comments_block(story))
    parts.append("</div>\n</div>")
    # the "Các tin khác" module (mod_zoo, position main-bottom): three newest others
    others = [s for s in listed(story.cat) if s is not story][:3]
    lis = "".join(
        f'<li><a href="{sef(s)}">{esc(s.title)}</a> <em>({short_date(s.opts["dt"])})</em></li>'
        for s in others
    )
    parts.append(
        '<section class="tm-main-bottom"><div class="uk-panel cac-tin-khac"><h3 class="uk-panel-title">'
        f'Các tin khác</h3><ul class="zoo-list">{lis}</ul></div></section>'
    )
    return "\n".join(parts)


def _one_comment(cid: int, name: str, when: str, body: str) -> str:
    avatar = hashlib.md5(name.encode()).hexdigest()
    return (
        f'<div id="comment-{cid}" class="comment">\n'
        '<div class="comment-head">\n'
        f'<div class="avatar"><img alt="{esc(name)}" title="{esc(name)}" '
        f'src="/media/zoo/assets/images/avatar.png" data-gravatar="{avatar}" height="40" width="40" /></div>\n'
        f'<h3 class="author">{esc(name)}</h3>\n'
        f'<div class="meta">{comment_date(when)} | <a class="permalink" href="#comment-{cid}">#</a></div>\n'
        "</div>\n"
        '<div class="comment-body">\n'
        f'<div class="content">{esc(body)}</div>\n'
        '<p class="reply"><a href="#" rel="nofollow">Trả lời</a></p>\n'
        '<div class="edit-comment"></div>\n'
        "</div>\n</div>"
    )


def comments_block(story: Story) -> str:
    comments = story.opts.get("comments", [])
    count = sum(1 + len(c[4]) for c in comments)
    lis = []
    for cid, name, when, body, replies in comments:
        inner = _one_comment(cid, name, when, body)
        if replies:
            sub = "".join(f"<li>{_one_comment(*r)}</li>" for r in replies)
            inner += f'\n<ul class="level2">{sub}</ul>'
        lis.append(f"<li>{inner}</li>")
    listing = f'<ul class="level1">{"".join(lis)}</ul>' if lis else ""
    return f"""<div id="comments">
<h3 class="comments-meta">Bình luận (<span>{count}</span>)</h3>
{listing}
<div id="respond">
<h3>Gửi bình luận</h3>
<form class="short style" method="post" action="/index.php?option=com_zoo&amp;controller=comment&amp;task=save">
<div class="author"><input id="comments-author" type="text" name="author" value="" placeholder="Họ tên *" /></div>
<div class="email"><input id="comments-email" type="text" name="email" value="" placeholder="Email *" /></div>
<div class="content"><textarea name="content" rows="5" cols="80"></textarea></div>
<div class="actions"><input name="submit" type="submit" value="Gửi bình luận" /></div>
<input type="hidden" name="item_id" value="{story.id}"/><input type="hidden" name="parent_id" value="0"/>
<input type="hidden" name="redirect" value="/tin-tuc/item/{story.slug}"/>
<input type="hidden" name="app_id" value="1" />
</form>
</div>
</div>"""


def teaser(story: Story, in_cat: str) -> str:
    th = thumb(story)
    media = (
        f'<div class="pos-media media-left"><div class="element element-image first last">'
        f'<a href="{sef(story)}" title="{esc(story.title)}"><img src="{th}" title="{esc(story.title)}" '
        f'alt="{esc(story.title)}" width="180" height="120" /></a></div></div>'
        if th
        else ""
    )
    lead = story.summary if story.summary and story.sapo_outside else story.opts["teaser"]
    n = sum(1 + len(c[4]) for c in story.opts.get("comments", []))
    comment_link = (
        f'<span class="element element-itemcommentslink last"> | <a href="{sef(story)}#comments">'
        f"Bình luận ({n})</a></span>"
        if n
        else ""
    )
    return f"""<div class="teaser-item">
{media}
<h2 class="pos-title"><a title="{esc(story.title)}" href="{sef(story)}">{esc(story.title)}</a></h2>
<p class="pos-meta"><span class="element element-itemcreated first last">Đăng ngày {short_date(story.opts["dt"])}</span></p>
<div class="pos-content"><div class="element element-textarea first last"><div><p>{esc(lead)}</p></div></div></div>
<p class="pos-links"><span class="element element-itemlink first"><a href="{sef(story)}">Xem tiếp...</a></span>{comment_link}</p>
</div>"""


def pager(alias: str, current: int, pages: int) -> str:
    """ZOO's pagination, as the theme override prints it: relative links (for the root <base>)."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"tin-tuc/category/{alias}" + (f"/{n}" if n > 1 else "")

    bits = []
    if current > 1:
        bits.append(f'<a class="start" href="{href(1)}">&lt;&lt;</a>')
        bits.append(f'<a class="previous" href="{href(current - 1)}">&lt;</a>')
    for n in range(1, pages + 1):
        bits.append(f"<strong>{n}</strong>" if n == current else f'<a href="{href(n)}">{n}</a>')
    if current < pages:
        bits.append(f'<a class="next" href="{href(current + 1)}">&gt;</a>')
        bits.append(f'<a class="end" href="{href(pages)}">&gt;&gt;</a>')
    return '<div class="pagination">' + "&nbsp;".join(bits) + "</div>"


# --- pages --------------------------------------------------------------------------------------


def item_page(request: Request, story: Story) -> Response:
    cat = CATS[story.cat]
    d = story.opts["dt"]
    head = (
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:site_name" content="{SITE}" />\n'
        f'<meta property="article:published_time" content="{utc_iso(d)}" />\n'
    )
    if story.opts.get("modified"):
        head += f'<meta property="article:modified_time" content="{utc_iso(story.opts["modified"])}" />\n'
    trail = [
        ("Tin tức", "/tin-tuc"),
        (cat["name"], f"/tin-tuc/category/{story.cat}"),
        (story.title, None),
    ]
    desc = story.summary or story.opts.get("teaser") or story.title
    return page(
        request,
        f"{story.title} - {SITE}",
        item_component(story),
        active="Tin tức",
        trail=trail,
        head=head,
        banner="TIN TỨC",
        body_class="tm-zoo-item",
        description=desc,
    )


def doc_page(request: Request) -> Response:
    title = "Quyết định số 412/QĐ-TCT về việc ban hành Quy chế đào tạo, bồi dưỡng của Trường"
    dl = (
        f"/index.php?option=com_zoo&amp;task=callelement&amp;format=raw&amp;item_id={DOC_ID}"
        "&amp;element=9a1c3e5f-2b4d-4f6a-8c0e-1d3f5a7b9c2e&amp;method=download"
    )
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-van-ban-thong-bao">
<div class="item">
<h1 class="pos-title">{esc(title)}</h1>
<ul class="pos-specification">
<li class="element element-text first"><strong>Số ký hiệu: </strong>412/QĐ-TCT</li>
<li class="element element-date"><strong>Ngày ban hành: </strong>28/10/2026</li>
<li class="element element-text"><strong>Loại văn bản: </strong>Quyết định</li>
<li class="element element-text"><strong>Cơ quan ban hành: </strong>Trường Chính trị tỉnh Cao Bằng</li>
<li class="element element-text last"><strong>Người ký: </strong>Hoàng Văn Thạch</li>
</ul>
<div class="floatbox"><div class="pos-content">
<div class="element element-textarea first"><div><p><strong>Trích yếu:</strong> Ban hành Quy chế đào tạo, bồi dưỡng của Trường Chính trị tỉnh Cao Bằng áp dụng từ năm học 2026 – 2027.</p></div></div>
<div class="element element-download last"><a href="{dl}"><i class="uk-icon-download"></i> Tải về (PDF, 412 KB)</a> <span class="hits">(Lượt tải: 58)</span></div>
</div></div>
</div>
</div>"""
    trail = [
        ("Tin tức", "/tin-tuc"),
        ("Văn bản - Thông báo", "/tin-tuc/category/van-ban-thong-bao"),
        (title, None),
    ]
    return page(request, f"{title} - {SITE}", main, active="Văn bản", trail=trail, banner="VĂN BẢN")


def category_page(request: Request, alias: str, n: int) -> Response | None:
    cat = CATS[alias]
    if alias == "van-ban-thong-bao":
        if n != 1:
            return None
        items_html = f"""<div class="teaser-item">
<h2 class="pos-title"><a href="/tin-tuc/item/{DOC_SLUG}">Quyết định số 412/QĐ-TCT về việc ban hành Quy chế đào tạo, bồi dưỡng của Trường</a></h2>
<p class="pos-meta"><span class="element element-itemcreated first last">Đăng ngày 29/10/2026</span></p>
</div>"""
        pages = 1
    else:
        items = listed(alias)
        pages = max(1, -(-len(items) // PER_PAGE))
        if not 1 <= n <= pages:
            return None
        chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
        rows = []
        for k, s in enumerate(chunk):
            pos = " first" if k == 0 else (" last" if k == len(chunk) - 1 else "")
            rows.append(f'<div class="width100{pos}">{teaser(s, alias)}</div>')
        items_html = "\n".join(rows)
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{alias}">
<div class="details alignment-left">
<div class="heading"><h1 class="title">{esc(cat["name"])}</h1></div>
<div class="description">{esc(cat["desc"])}</div>
</div>
<div class="items items-col-1">
{items_html}
</div>
{pager(alias, n, pages)}
</div>"""
    trail = [("Tin tức", "/tin-tuc"), (cat["name"], None)]
    title = cat["name"] + (f" - Trang {n}" if n > 1 else "")
    active = "Văn bản" if alias == "van-ban-thong-bao" else "Tin tức"
    return page(request, f"{title} - {SITE}", main, active=active, trail=trail, banner="TIN TỨC")


def frontpage(request: Request) -> Response:
    boxes = []
    for alias, cat in CATS.items():
        count = len(listed(alias)) if alias != "van-ban-thong-bao" else 1
        boxes.append(
            f'<div class="width50"><div class="category"><h2 class="title"><a href="/tin-tuc/category/{alias}" '
            f'title="{esc(cat["name"])}">{esc(cat["name"])}</a> <span>({count})</span></h2>'
            f'<div class="description">{esc(cat["desc"])}</div></div></div>'
        )
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-frontpage">
<div class="details alignment-left"><div class="heading"><h1 class="title">Tin tức</h1></div>
<div class="description"><p>Chuyên trang tin tức của Trường Chính trị tỉnh Cao Bằng.</p></div></div>
<div class="categories">{"".join(boxes)}</div>
</div>"""
    return page(request, f"Tin tức - {SITE}", main, active="Tin tức", trail=[("Tin tức", None)], banner="TIN TỨC")


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in STORIES if tag in s.opts.get("tags", [])]
    items.sort(key=lambda s: s.opts["dt"], reverse=True)
    rows = "\n".join(f'<div class="width100">{teaser(s, s.cat)}</div>' for s in items)
    main = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-tag">
<div class="details alignment-left"><div class="heading"><h1 class="title">Bài viết gắn thẻ: {esc(tag)}</h1></div></div>
<div class="items items-col-1">
{rows}
</div>
</div>"""
    trail = [("Tin tức", "/tin-tuc"), (f"Thẻ: {tag}", None)]
    return page(request, f"Thẻ: {tag} - {SITE}", main, active="Tin tức", trail=trail, banner="TIN TỨC")


def home(request: Request) -> Response:
    slides = []
    for s in SLIDESHOW:
        th = thumb(s) or "/images/banner/slide-mac-dinh.jpg"
        link = esc(raw_link(s))
        slides.append(
            f'<li><a href="{link}"><img src="{th}" alt="{esc(s.title)}" width="620" height="360" /></a>'
            f'<div class="uk-overlay-panel uk-overlay-background uk-overlay-bottom"><h3><a href="{link}">'
            f"{esc(s.title)}</a></h3></div></li>"
        )
    latest = "".join(
        f'<li><a href="{sef(s)}">{esc(s.title)}</a> <span class="ngay">{short_date(s.opts["dt"])}</span></li>'
        for s in LATEST
    )
    blocks = []
    for alias in ("tin-tuc-su-kien", "dao-tao-boi-duong", "cong-tac-dang-doan-the"):
        cat = CATS[alias]
        top2 = listed(alias)[:2]
        lis = "".join(f'<li><a href="{sef(s)}">{esc(s.title)}</a></li>' for s in top2)
        blocks.append(
            f'<div class="uk-width-medium-1-2"><div class="uk-panel uk-panel-box khoi-chuyenmuc">'
            f'<h3 class="uk-panel-title"><a href="/tin-tuc/category/{alias}">{esc(cat["name"])}</a></h3>'
            f'<ul class="uk-list uk-list-line">{lis}</ul>'
            f'<a class="xemtatca" href="/tin-tuc/category/{alias}">Xem tất cả »</a></div></div>'
        )
    a2 = INDEXPHP_LINKS[0]
    main = f"""<div class="uk-grid" data-uk-grid-margin>
<div class="uk-width-medium-2-3"><div class="uk-panel tieudiem"><h3 class="uk-panel-title">Tiêu điểm</h3>
<div class="wk-slideshow wk-slideshow-default" data-uk-slideshow="{{autoplay: true}}"><ul class="uk-slideshow">{"".join(slides)}</ul>
<a href="" class="uk-slidenav uk-slidenav-previous" data-uk-slideshow-item="previous"></a><a href="" class="uk-slidenav uk-slidenav-next" data-uk-slideshow-item="next"></a></div></div></div>
<div class="uk-width-medium-1-3"><div class="uk-panel uk-panel-box tin-moi"><h3 class="uk-panel-title">Tin mới</h3><ul class="uk-list uk-list-line">{latest}</ul></div></div>
</div>
<div class="uk-panel chuyen-de"><div class="custom">
<p style="text-align: center;"><a href="/index.php/tin-tuc/item/{a2.slug}"><img src="/images/banner/banner-hoc-vien-ctkv1.jpg" alt="Phối hợp đào tạo với Học viện Chính trị khu vực I" width="700" height="90" /></a></p>
</div></div>
<div class="uk-grid" data-uk-grid-margin>
{"".join(blocks)}
</div>"""
    return page(request, f"Trang chủ - {SITE}", main, active="Trang chủ", trail=None, body_class="tm-isfrontpage")


def article_page(request: Request, title: str, body: str, trail, active: str) -> Response:
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
<div itemprop="articleBody">
{body}
</div>
</div>"""
    return page(request, f"{title} - {SITE}", main, active=active, trail=trail)


def intro_page(request: Request) -> Response:
    body = """<p>Trường Chính trị tỉnh Cao Bằng là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy, đồng thời chịu sự chỉ đạo, hướng dẫn về nội dung, chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.</p>
<p>Tiền thân của Trường là Trường Đảng tỉnh Cao Bằng, được thành lập từ những năm đầu xây dựng miền Bắc xã hội chủ nghĩa. Qua nhiều lần hợp nhất, đổi tên, Trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh.</p>
<p>Trường đã được Nhà nước trao tặng nhiều phần thưởng cao quý: Huân chương Lao động hạng Nhất, hạng Nhì, hạng Ba và nhiều Bằng khen của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh.</p>"""
    return article_page(
        request, "Lịch sử hình thành và phát triển", body, [("Giới thiệu", None), ("Lịch sử hình thành", None)], "Giới thiệu"
    )


def org_page(request: Request) -> Response:
    body = """<p><strong>Ban Giám hiệu</strong></p>
<table class="table" border="1" cellpadding="4" cellspacing="0"><tbody>
<tr><td>Hoàng Văn Thạch</td><td>Phó Hiệu trưởng phụ trách</td><td>0206.3852.168</td></tr>
<tr><td>Nông Thị Bích</td><td>Phó Hiệu trưởng</td><td>0206.3852.170</td></tr>
</tbody></table>
<p><strong>Các phòng, khoa</strong></p>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li><li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>
<p style="text-align: center;"><img src="images/gioithieu/so-do-to-chuc-2026.png" alt="Sơ đồ tổ chức" width="700" height="420" /></p>"""
    return article_page(
        request, "Cơ cấu tổ chức", body, [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], "Giới thiệu"
    )


def contact_page(request: Request) -> Response:
    main = """<div class="contact">
<h2><span class="contact-name">Trường Chính trị tỉnh Cao Bằng</span></h2>
<div class="contact-address"><dl class="contact-address dl-horizontal">
<dt>Địa chỉ:</dt><dd><span class="contact-street">Số 165, đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</span></dd>
<dt>Điện thoại:</dt><dd><span class="contact-telephone">0206.3852.168</span></dd>
<dt>Fax:</dt><dd><span class="contact-fax">0206.3852.169</span></dd>
</dl></div>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal">
<fieldset><legend>Gửi thư cho chúng tôi</legend>
<input type="text" name="jform[contact_name]" id="jform_contact_name" placeholder="Họ tên" />
<input type="email" name="jform[contact_email]" id="jform_contact_email" placeholder="Email" />
<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" placeholder="Tiêu đề" />
<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="btn btn-primary validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form>
</div>"""
    return page(request, f"Liên hệ - {SITE}", main, active="Liên hệ", trail=[("Liên hệ", None)])


def gallery_index(request: Request) -> Response:
    main = f"""<div class="wk-gallery-albums">
<h1 class="title">Thư viện ảnh</h1>
<div class="uk-grid"><div class="uk-width-medium-1-3"><a href="/thu-vien-anh/{ALBUM_SLUG}"><img src="/images/album/hoi-thi-gvdg/thumb-01.jpg" alt="" width="240" height="160" /></a>
<h3><a href="/thu-vien-anh/{ALBUM_SLUG}">Hội thi giảng viên dạy giỏi cấp trường năm 2026</a></h3></div></div>
</div>"""
    return page(request, f"Thư viện ảnh - {SITE}", main, active="Thư viện ảnh", trail=[("Thư viện ảnh", None)])


def album_page(request: Request) -> Response:
    imgs = "".join(
        f'<a class="wk-gallery-item" data-lightbox="group:hoithi" href="/images/album/hoi-thi-gvdg/anh-{k:02d}.jpg" '
        f'title="Hội thi giảng viên dạy giỏi - ảnh {k}"><img src="/images/album/hoi-thi-gvdg/thumb-{k:02d}.jpg" '
        f'alt="" width="240" height="160" /></a>'
        for k in range(1, 9)
    )
    body = f"""<p>Một số hình ảnh tại Hội thi giảng viên dạy giỏi cấp trường năm 2026.</p>
<div class="wk-gallery wk-gallery-wall clearfix">{imgs}</div>"""
    return article_page(
        request,
        "Album: Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        body,
        [("Thư viện ảnh", "/thu-vien-anh"), ("Hội thi giảng viên dạy giỏi cấp trường năm 2026", None)],
        "Thư viện ảnh",
    )


def video_page(request: Request) -> Response:
    body = """<p style="text-align: center;"><iframe width="640" height="360" src="https://www.youtube.com/embed/x7Qw2kTcB1A" frameborder="0" allowfullscreen></iframe></p>
<p style="text-align: center;"><em>Phóng sự: Trường Chính trị tỉnh Cao Bằng - nơi đào tạo cán bộ cho vùng cao biên giới (Đài PT-TH Cao Bằng)</em></p>"""
    return article_page(request, "Video clip", body, [("Video", None)], "Video")


def search_page(request: Request) -> Response:
    main = """<div class="search"><h1 class="title">Tìm kiếm</h1>
<p>Nhập từ khóa để tìm kiếm.</p></div>"""
    return page(request, f"Tìm kiếm - {SITE}", main, active="", trail=[("Tìm kiếm", None)])


# --- routing ----------------------------------------------------------------------------------

_STATIC_PREFIXES = ("/images/", "/media/", "/templates/", "/modules/")


class ZooSite:
    """Joomla's router, as much of it as this site uses."""

    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(_STATIC_PREFIXES):
            return static_file(path)
        if path == "/index.php" or path == "/index.php/":
            return self._raw(request)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        return self._sef(request, path.rstrip("/") or "/")

    def _raw(self, request: Request) -> Response | None:
        params = request.params
        if not params:
            return home(request)
        if params.get("option") != "com_zoo":
            return None
        task = params.get("task")
        if task == "item":
            story = BY_ID.get(int(params.get("item_id", "0") or 0))
            if story:
                return item_page(request, story)
            if params.get("item_id") == str(DOC_ID):
                return doc_page(request)
            return None
        if task == "callelement" and params.get("item_id") == str(DOC_ID):
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": 'attachment; filename="412-QD-TCT.pdf"',
                },
            )
        return None

    def _sef(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return frontpage(request)
        parts = path.strip("/").split("/")
        if parts[:2] == ["tin-tuc", "item"] and len(parts) == 3:
            return self._item(request, parts[2])
        if parts[:3] == ["component", "zoo", "item"] and len(parts) == 4:
            return self._item(request, parts[3])
        if parts[:2] == ["tin-tuc", "category"] and len(parts) in (3, 4):
            alias = parts[2]
            if alias not in CATS:
                return None
            if len(parts) == 4:
                if not parts[3].isdigit():
                    return None
                return category_page(request, alias, int(parts[3]))
            return category_page(request, alias, 1)
        if parts[:2] == ["tin-tuc", "tag"] and len(parts) == 3:
            return tag_page(request, parts[2])
        fixed = {
            "/gioi-thieu/lich-su-hinh-thanh": intro_page,
            "/gioi-thieu/co-cau-to-chuc": org_page,
            "/lien-he": contact_page,
            "/thu-vien-anh": gallery_index,
            f"/thu-vien-anh/{ALBUM_SLUG}": album_page,
            "/video": video_page,
            "/tim-kiem": search_page,
        }
        handler = fixed.get(path)
        return handler(request) if handler else None

    def _item(self, request: Request, slug: str) -> Response | None:
        if slug == DOC_SLUG:
            return doc_page(request)
        story = BY_SLUG.get(slug)
        return item_page(request, story) if story else None


def build_site() -> ZooSite:
    return ZooSite()


GOLD = [
    gold_record(
        s,
        sef(s),
        CATS[s.cat]["name"],
        alt_paths=alt_paths(s),
        image_page="/",
    )
    for s in STORIES
]
