"""Trường THCS Trần Hưng Đạo (TP. Pleiku, Gia Lai) on WordPress 6.5 + Elementor Pro 3.2x with the
Hello Elementor theme; every page and template is built with Elementor.

Platform
--------
Elementor prints every page as nested "elements": ``section.elementor-section`` >
``div.elementor-container`` > ``div.elementor-column`` > ``div.elementor-widget-wrap`` >
``div.elementor-element.elementor-widget-<type>`` (``data-id`` a 7-hex id, ``data-element_type``,
``data-widget_type="<type>.default"``) > ``div.elementor-widget-container``. Templates of the
Theme Builder wrap them in ``div[data-elementor-type=header|footer|single-post|popup]``.

- Header template: a top bar (hotline, "Thứ Tư, 25/11/2026", today's date, never a publication
  date), logo, a nav-menu widget (with sub-menus), a search-form widget (GET ``/?s=``).
- Footer template: address, phone, an embedded Google map (iframe), links,
  "© 2026 Trường THCS Trần Hưng Đạo. Thiết kế bởi …".
- A popup template (``elementor-location-popup``, hidden by CSS) with a notice text on every page.

URL scheme
----------
- ``/`` the front page: an Elementor page with a slides widget and several Posts widgets.
- News pages are ELEMENTOR PAGES (not WordPress archives): ``/tin-tuc/``,
  ``/hoat-dong-chuyen-mon/``, ``/doan-doi/``, ``/thong-bao/`` each hold one Posts widget
  (``elementor-posts-container`` of ``article.elementor-post`` cards: thumbnail, title link,
  ``span.elementor-post-date``, excerpt, "Đọc thêm »") with Elementor's own pagination
  ``?e-page-<widget data-id>=N`` (``/tin-tuc/?e-page-5f3a2b1=2``): numbers, "« Trang trước",
  "Trang sau »". Page 1 is linked as the bare page. A side column holds "Tin đọc nhiều", the
  visitor counter ("Đang online / Hôm nay / Tổng truy cập"), a WP-Polls poll and links.
- WordPress archives also exist: ``/category/<slug>/`` and ``/category/<slug>/page/2/`` (Hello
  theme's archive.php, 3 posts a page), linked only from the posts' breadcrumb category link;
  ``/author/quantrivien/`` (and ``/page/N/``) from the post-info author item and the author box.
- Posts: ``/<slug>/`` (the Theme Builder single-post template). The same post answers at
  ``/?p=<id>`` (the shortlink printed in ``<link rel="shortlink">``) and ``/<slug>/amp/`` (AMP
  plugin, reader mode, linked by ``<link rel="amphtml">``): both in gold ``alt_paths``; both print
  ``rel=canonical`` to ``/<slug>/``. ``/<slug>`` without the slash is a 301 to ``/<slug>/``.
- Attachment pages ``/<post-slug>/<attachment-slug>/`` for the gallery of the Liên đội post,
  whose gallery links to the attachment pages.
- Static Elementor pages: ``/gioi-thieu/``, ``/doi-ngu-giao-vien/`` (image-box grid),
  ``/lien-he/`` (form widget). Uploads under ``/wp-content/uploads/2026/MM/``.

Single post template
--------------------
Breadcrumbs (Yoast: Trang chủ » <category> » title), ``theme-post-title`` (h1), ``post-info``
(icon list: date "15/10/2026", time "8:30 sáng" / "2:15 chiều", author "Quản trị viên" (the
account), "Không có bình luận"), ``theme-post-featured-image`` (the featured photo, no caption),
a ``table-of-contents`` widget on long posts ("Mục lục", anchors, toggle icons), then
``theme-post-content``; then ``share-buttons``, ``post-navigation`` ("Bài trước" / "Bài tiếp
theo" with titles), ``author-box`` (avatar, "Quản trị viên", bio), a "Bài viết liên quan" Posts
widget (cards with dates) and a Form widget "Đăng ký nhận tin". A side column as on the news pages.

TEXT SPLIT OVER WIDGETS: in 4 posts (``opts["layout"]``) the post body is itself an Elementor
document inside ``theme-post-content`` (``data-elementor-type="wp-post"``): text-editor widgets
in different sections and columns, heading widgets (h2/h3: body), icon-list widgets (items:
body), image widgets (``figcaption.widget-image-caption``), divider and spacer widgets, a two
column section (text left, photo right), a YouTube video widget (no image) and image-gallery
widgets (``figure.gallery-item`` with ``figcaption.gallery-caption``). The other posts are
Gutenberg (``wp-block-*``) or classic-editor HTML (``[caption]`` → ``div.wp-caption``).

How each gold article is reached
--------------------------------
Front page widgets (newest 3 news, 3 chuyên môn, 2 Đoàn - Đội, 2 thông báo) and the slides;
the news pages with 2 posts a page (``/tin-tuc/`` has 3 pages: the school-year opening is
only on ``?e-page-5f3a2b1=3``; the oldest chuyên môn and Đoàn - Đội posts only on page 2);
the category archives; post-navigation and related cards of other posts; the author archive.

Traps
-----
- ``/?p=<id>`` and ``/<slug>/amp/`` serve the same post (alt_paths); the AMP page prints the
  date as "N tuần trước" (with the UTC instant in ``<time datetime>``), ``amp-img`` images.
- The Yoast meta ``article:published_time`` is in UTC (+00:00); ``article:modified_time`` is later.
- Body text split over many widgets; the "Mục lục" widget repeats the headings (not body);
  the video widget has no image; gallery thumbnails carry their caption in figcaption.
- ``Tin, ảnh: Rơ Châm H’Yuin`` (the apostrophe texturized to ``&#8217;``) credits her as author
  and photographer; "Nguyễn Thị Thanh Tâm – Tổ Toán - Tin" right-aligned at the end of a
  text-editor widget: author (the unit is not part of the name); "BTT Nhà trường": a board, no
  author; "Quản trị viên" in post-info and the author box is an account, never an author;
  "Tin: ThS. Phạm Văn Quý (Phó Hiệu trưởng)": the degree and post are not the name;
  "Nguồn: Báo Gia Lai" is the source.
- The "Giới thiệu" page has long text in text-editor widgets but no post-info and no date; the
  attachment page ``/<slug>/anh-1/`` is a WordPress page of one photo; the category archive page
  2, the news pages and the author archive are listings; "Liên hệ" has a form.
- The header's today (TODAY_HEADER), the related cards' dates and the post-navigation titles
  are not the post's.

Gold decisions
--------------
- title: the h1 ``elementor-heading-title`` of ``theme-post-title``.
- published_at: post-info date + time ("15/10/2026", "8:30 sáng" -> 2026-10-15T08:30:00+07:00).
- images: the featured photo first (caption None), then the photos of the content in order
  (image widgets, gallery items, Gutenberg figures, classic captions); caption = the printed line.
- summary: the bold lead paragraph where the editor wrote one (first body paragraph too).
- category: the breadcrumb's category.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "wp_elementor_posts_thcs"
PLATFORM = "WordPress 6.5 + Elementor Pro 3.2x (Hello Elementor theme, Theme Builder)"
START_PATH = "/"

SITE = "Trường THCS Trần Hưng Đạo"
TODAY_HEADER = "Thứ Tư, 25/11/2026"
TODAY = date(2026, 11, 25)

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
#: the Elementor news page of each category: (path, page id, Posts widget data-id, per page)
NEWS_PAGES = {
    "tin-tuc-su-kien": ("/tin-tuc/", 118, "5f3a2b1", 2),
    "hoat-dong-chuyen-mon": ("/hoat-dong-chuyen-mon/", 121, "a81c4e7", 2),
    "doan-doi": ("/doan-doi/", 124, "3d9b0f2", 2),
    "thong-bao": ("/thong-bao/", 127, "c47e15a", 3),
}
ARCHIVE_PER_PAGE = 3
ACCOUNT = "Quản trị viên"


def eid(key: str) -> str:
    """An Elementor element id: 7 hex digits (a stable hash here)."""
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:7]


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


# --- the posts ---------------------------------------------------------------------------------
#
# opts: id (post id), time ("HH:MM"), featured (upload path), editor ("gutenberg" | "classic"),
# layout (Elementor-built content: sections of columns of widgets), toc (Mục lục widget).
# Widgets: ("text", [blocks]), ("heading", P), ("image", Img), ("icons", [P]), ("divider",),
# ("spacer",), ("video", youtube id), ("gallery", [Img], link) with link "file" | "attachment".
# P styles: "" paragraph, "lead" bold lead, "h2"/"h3", "li" bullets, "oli" numbers, "th"/"td"
# table rows (cells joined by " | "), "quote". Img styles (plain posts): "fig" (figcaption),
# "wpcap" (classic caption shortcode), "em" (centred italic line under it), "plain" (a plain
# paragraph under it), "none".

BYLINE_HYUIN = Raw('<p style="text-align: right;"><strong>Tin, ảnh: Rơ Châm H&#8217;Yuin</strong></p>')
BYLINE_TAM = Raw('<p style="text-align: right;"><em>Nguyễn Thị Thanh Tâm – Tổ Toán - Tin</em></p>')
BYLINE_BTT = Raw('<p style="text-align: right;"><strong>BTT Nhà trường</strong></p>')


def flatten(layout: list) -> list:
    """The story blocks of an Elementor-built content, in document order."""
    out: list = []
    for section in layout:
        for column in section:
            for w in column:
                kind = w[0]
                if kind == "text" or kind == "icons":
                    out.extend(w[1])
                elif kind in ("heading", "image"):
                    out.append(w[1])
                elif kind == "gallery":
                    out.extend(w[1])
    return out


S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_VANHOA = "hoc-sinh-tham-gia-ngay-hoi-van-hoa-cac-dan-toc-tinh-gia-lai"
S_HOINGHI = "hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027"
S_HOCBONG = "trao-hoc-bong-tiep-suc-den-truong-cho-25-hoc-sinh"
S_KHAIGIANG = "khai-giang-nam-hoc-moi-2026-2027"
S_TOAN8 = "chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-8"
S_GVDG = "ke-hoach-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027"
S_HOCLIEU = "tap-huan-su-dung-hoc-lieu-so-va-sach-giao-khoa-lop-9"
S_KEHOACHNHO = "phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun"
S_DAIHOI = "dai-hoi-lien-doi-tran-hung-dao-nhiem-ky-2026-2027"
S_ATGT = "huong-ung-thang-an-toan-giao-thong-nam-2026"
S_KIEMTRA = "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027"
S_HOPPH = "thong-bao-lich-hop-phu-huynh-hoc-sinh-dau-nam-hoc-2026-2027"

L_NHAGIAO = [
    [
        [
            (
                "text",
                [
                    P(
                        "Sáng 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                        "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Về dự buổi lễ có đại diện lãnh đạo Phòng "
                        "GD&ĐT thành phố Pleiku, UBND phường Diên Hồng, Ban đại diện cha mẹ học sinh cùng các "
                        "thế hệ thầy cô giáo nguyên là cán bộ, giáo viên của nhà trường."
                    )
                ],
            ),
            (
                "image",
                Img(
                    up(11, "le-ky-niem-20-11-1.jpg"),
                    "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                    "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                ),
            ),
        ]
    ],
    [[("divider",)]],
    [[("heading", P("Ôn lại truyền thống, ghi nhận những nỗ lực", "h2"))]],
    [
        [
            (
                "text",
                [
                    P(
                        "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, ôn lại truyền "
                        "thống tôn sư trọng đạo của dân tộc và chặng đường 30 năm xây dựng, phát triển của "
                        "trường. Năm học 2025-2026, nhà trường có 36 học sinh đạt giải học sinh giỏi cấp thành "
                        "phố, 9 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công "
                        "lập đạt 92,4%."
                    ),
                    P(
                        "“Mỗi thầy cô hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                        "noi theo”, thầy Hùng nhấn mạnh.",
                        "quote",
                    ),
                ],
            )
        ],
        [
            (
                "image",
                Img(
                    up(11, "le-ky-niem-20-11-2.jpg"),
                    "Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                    "Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường, phát biểu tại buổi lễ",
                ),
            )
        ],
    ],
    [[("heading", P("Khen thưởng tập thể, cá nhân tiêu biểu", "h2"))]],
    [
        [
            ("text", [P("Dịp này, nhà trường đã trao thưởng cho:")]),
            (
                "icons",
                [
                    P("02 tập thể tổ chuyên môn đạt danh hiệu Tập thể lao động tiên tiến;", "li"),
                    P("12 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường;", "li"),
                    P("05 giáo viên có sáng kiến kinh nghiệm được công nhận cấp thành phố.", "li"),
                ],
            ),
            ("spacer",),
            (
                "text",
                [
                    P(
                        "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Châu (lớp 9A1) gửi lời tri ân sâu "
                        "sắc tới các thầy cô, hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ."
                    ),
                    P(
                        "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do Liên đội và các tổ chuyên môn "
                        "dàn dựng, để lại nhiều cảm xúc cho thầy cô giáo và học sinh."
                    ),
                ],
            ),
            (
                "gallery",
                [
                    Img(
                        up(11, "van-nghe-20-11-1-768x512.jpg"),
                        "Tiết mục múa “Bụi phấn” của học sinh khối 8",
                        "Tiết mục múa “Bụi phấn” của học sinh khối 8",
                        "gallery",
                    ),
                    Img(
                        up(11, "van-nghe-20-11-2-768x512.jpg"),
                        "Học sinh tặng hoa chúc mừng thầy cô",
                        "Học sinh tặng hoa chúc mừng thầy cô",
                        "gallery",
                    ),
                ],
                "file",
            ),
            ("text", [BYLINE_BTT]),
        ]
    ],
]

L_HOCBONG = [
    [
        [
            (
                "text",
                [
                    P(
                        "Chiều 02/10/2026, Trường THCS Trần Hưng Đạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh Gia "
                        "Lai trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, "
                        "vươn lên trong học tập.",
                        "lead",
                    ),
                    P(
                        "Mỗi suất học bổng gồm 2.000.000 đồng tiền mặt, một bộ sách giáo khoa và dụng cụ học "
                        "tập. Trong số 25 em nhận học bổng có 11 em là học sinh người dân tộc Jrai, Bahnar ở "
                        "các làng thuộc xã Ia Kênh và phường Chi Lăng."
                    ),
                ],
            )
        ]
    ],
    [[("spacer",), ("video", "q7Zr3sXb2kA"), ("spacer",)]],
    [[("heading", P("Những tấm gương vượt khó", "h3"))]],
    [
        [
            (
                "text",
                [
                    P(
                        "Em Siu H’Nhi (lớp 7A3) mồ côi cha, nhà cách trường hơn 7 km nhưng năm học vừa qua "
                        "vẫn đạt danh hiệu Học sinh giỏi. Em Đinh Văn Phúc (lớp 9A2) vừa học vừa phụ mẹ bán "
                        "rau ở chợ Thống Nhất, là thành viên đội tuyển Toán của trường."
                    ),
                    P(
                        "Đại diện Quỹ Bảo trợ trẻ em tỉnh mong các em tiếp tục nỗ lực, xem học bổng là động "
                        "lực để vượt qua khó khăn, thực hiện ước mơ của mình."
                    ),
                ],
            ),
            ("divider",),
            (
                "text",
                [
                    P(
                        "Nhà trường kêu gọi các nhà hảo tâm, cựu học sinh tiếp tục đồng hành cùng chương "
                        "trình trong năm học 2026-2027."
                    ),
                    Raw(
                        '<p style="text-align: right;"><strong>Tin: Lê Thị Hồng Nhung; Ảnh: Đinh Văn Khải'
                        "</strong></p>"
                    ),
                ],
            ),
        ]
    ],
]

L_TOAN8 = [
    [
        [
            (
                "text",
                [
                    P(
                        "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 11/11/2026 Tổ "
                        "Toán - Tin tổ chức chuyên đề “Dạy học phát triển năng lực mô hình hóa toán học qua "
                        "chủ đề Hàm số bậc nhất – Toán 8”. Tham dự có Ban giám hiệu và 18 giáo viên Toán của "
                        "trường cùng giáo viên các trường THCS Phạm Hồng Thái, THCS Nguyễn Du."
                    )
                ],
            )
        ]
    ],
    [[("heading", P("1. Tiết dạy minh họa", "h3"))]],
    [
        [
            (
                "text",
                [
                    P(
                        "Cô Trần Thị Thu Hà dạy minh họa tại lớp 8A4 với tình huống thực tế: tính cước taxi "
                        "theo quãng đường. Học sinh làm việc nhóm, lập bảng giá trị, vẽ đồ thị trên phần mềm "
                        "GeoGebra rồi rút ra công thức hàm số."
                    ),
                    P(
                        "Các nhóm trình bày sản phẩm, tự đánh giá và đánh giá chéo theo phiếu tiêu chí do giáo "
                        "viên thiết kế."
                    ),
                ],
            )
        ],
        [
            (
                "image",
                Img(
                    up(11, "chuyen-de-toan-8-1.jpg"),
                    "Học sinh lớp 8A4 vẽ đồ thị hàm số bằng GeoGebra",
                    "Học sinh lớp 8A4 vẽ đồ thị hàm số bằng GeoGebra",
                ),
            )
        ],
    ],
    [[("heading", P("2. Thảo luận, rút kinh nghiệm", "h3"))]],
    [
        [
            ("text", [P("Sau tiết dạy, các thầy cô thống nhất một số nội dung:")]),
            (
                "icons",
                [
                    P("Tình huống mở đầu gần gũi, kích thích được hứng thú của học sinh.", "li"),
                    P("Cần dành thêm thời gian cho bước kiểm chứng mô hình với số liệu thực.", "li"),
                    P("Phiếu đánh giá chéo nên rút gọn còn 4 tiêu chí.", "li"),
                ],
            ),
            (
                "image",
                Img(up(11, "chuyen-de-toan-8-2.jpg"), None, None),
            ),
            (
                "text",
                [
                    P(
                        "Kết thúc chuyên đề, Tổ Toán - Tin sẽ hoàn thiện kế hoạch bài dạy và chia sẻ trên hệ "
                        "thống học liệu dùng chung của nhà trường."
                    ),
                    BYLINE_TAM,
                ],
            ),
        ]
    ],
]

L_DAIHOI = [
    [
        [
            (
                "text",
                [
                    P(
                        "Ngày 09/10/2026, Liên đội Trường THCS Trần Hưng Đạo tổ chức Đại hội Liên đội nhiệm "
                        "kỳ 2026-2027. Đại hội có sự tham dự của 62 đại biểu là chỉ huy các chi đội, đại diện "
                        "Ban giám hiệu, Chi đoàn giáo viên và Hội đồng Đội phường Diên Hồng."
                    ),
                    P(
                        "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025-2026: "
                        "Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc cấp tỉnh, quyên góp được 1,2 tấn "
                        "giấy vụn trong phong trào “Kế hoạch nhỏ”."
                    ),
                ],
            )
        ]
    ],
    [[("heading", P("Chỉ tiêu năm học mới", "h2"))]],
    [
        [
            (
                "icons",
                [
                    P("100% đội viên thực hiện tốt 5 điều Bác Hồ dạy;", "li"),
                    P("Mỗi chi đội có ít nhất một công trình măng non;", "li"),
                    P("Thu gom 1,5 tấn giấy vụn, ủng hộ quỹ “Áo ấm cho em”.", "li"),
                ],
            )
        ],
        [
            (
                "text",
                [
                    P(
                        "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 11 em; em Ksor H’Mai (lớp 9A3) "
                        "được bầu làm Liên đội trưởng."
                    )
                ],
            )
        ],
    ],
    [[("spacer",), ("video", "bX4d1Lk9QeM")]],
    [
        [
            (
                "gallery",
                [
                    Img(
                        up(10, "dai-hoi-lien-doi-1-300x200.jpg"),
                        "Đoàn chủ tịch điều hành Đại hội",
                        "Đoàn chủ tịch điều hành Đại hội",
                        "gallery",
                    ),
                    Img(
                        up(10, "dai-hoi-lien-doi-2-300x200.jpg"),
                        "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt",
                        "Ban Chỉ huy Liên đội nhiệm kỳ 2026-2027 ra mắt",
                        "gallery",
                    ),
                    Img(
                        up(10, "dai-hoi-lien-doi-3-300x200.jpg"),
                        "Đại biểu biểu quyết thông qua Nghị quyết Đại hội",
                        "Đại biểu biểu quyết thông qua Nghị quyết Đại hội",
                        "gallery",
                    ),
                ],
                "attachment",
            ),
            ("text", [BYLINE_HYUIN]),
        ]
    ],
]


STORIES: list[Story] = [
    Story(
        1,
        S_NHAGIAO,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "tin-tuc-su-kien",
        "2026-11-20T09:15:00+07:00",
        flatten(L_NHAGIAO),
        opts={"id": 1542, "time": "09:15", "featured": up(11, "ngay-nha-giao-2026.jpg"), "layout": L_NHAGIAO, "toc": True},
    ),
    Story(
        2,
        S_KEHOACHNHO,
        "Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026-2027",
        "doan-doi",
        "2026-11-16T15:10:00+07:00",
        [
            P(
                "Sáng thứ Hai 16/11/2026, trong giờ chào cờ, Liên đội Trần Hưng Đạo phát động phong trào "
                "“Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa năm học 2026-2027."
            ),
            P(
                "Mỗi chi đội đăng ký chỉ tiêu ít nhất 30 kg giấy vụn; số tiền thu được dùng để mua áo ấm, "
                "sách vở tặng học sinh các làng Plei Ốp, Plei Pông có hoàn cảnh khó khăn dịp Tết."
            ),
            Img(up(11, "ke-hoach-nho-2026.jpg"), "Các chi đội mang giấy vụn về tập kết", "Các chi đội mang giấy vụn về tập kết", "fig"),
            P("Thời gian thu gom: từ ngày 16/11 đến hết ngày 18/12/2026, vào sáng thứ Sáu hằng tuần."),
            P("Địa điểm tập kết: nhà đa năng của trường, do Ban Chỉ huy Liên đội cân và ghi sổ."),
        ],
        opts={"id": 1537, "time": "15:10", "featured": up(11, "ke-hoach-nho-cover.jpg"), "editor": "gutenberg"},
    ),
    Story(
        3,
        S_TOAN8,
        "Chuyên đề “Dạy học phát triển năng lực mô hình hóa toán học” môn Toán lớp 8",
        "hoat-dong-chuyen-mon",
        "2026-11-12T16:05:00+07:00",
        flatten(L_TOAN8),
        authors=["Nguyễn Thị Thanh Tâm"],
        opts={"id": 1520, "time": "16:05", "featured": up(11, "chuyen-de-toan-8-cover.jpg"), "layout": L_TOAN8, "toc": True},
    ),
    Story(
        4,
        S_VANHOA,
        "Học sinh Trường THCS Trần Hưng Đạo tham gia Ngày hội Văn hóa các dân tộc tỉnh Gia Lai",
        "tin-tuc-su-kien",
        "2026-11-08T14:15:00+07:00",
        [
            P(
                "Ngày 07/11, tại Quảng trường Đại Đoàn Kết (TP. Pleiku), đội văn nghệ Trường THCS Trần "
                "Hưng Đạo đã tham gia biểu diễn cồng chiêng và múa xoang tại Ngày hội Văn hóa các dân tộc "
                "tỉnh Gia Lai năm 2026.",
                "lead",
            ),
            P(
                "Đội gồm 24 học sinh người Jrai, Bahnar và Kinh, được nghệ nhân Rơ Mah Blơi ở làng Plei "
                "Ốp hướng dẫn tập luyện trong hai tháng. Tiết mục “Xoang mừng lúa mới” nhận được nhiều "
                "tràng pháo tay của khán giả."
            ),
            Img(
                up(11, "ngay-hoi-van-hoa-1.jpg"),
                "Đội cồng chiêng học sinh Trường THCS Trần Hưng Đạo biểu diễn tại ngày hội",
                "Đội cồng chiêng học sinh Trường THCS Trần Hưng Đạo biểu diễn tại ngày hội",
                "fig",
            ),
            P(
                "Theo Ban tổ chức, ngày hội nhằm bảo tồn và phát huy giá trị văn hóa truyền thống của các "
                "dân tộc thiểu số, đặc biệt là Không gian văn hóa cồng chiêng Tây Nguyên đã được UNESCO "
                "ghi danh."
            ),
            P(
                "Em Rcom H’Ly (lớp 8A2) chia sẻ: “Em rất tự hào khi được đánh chiêng cùng các bạn. Em "
                "muốn các bạn ở thành phố biết nhiều hơn về văn hóa của người Jrai”.",
                "quote",
            ),
            P(
                "Kết thúc ngày hội, đội văn nghệ của trường được Ban tổ chức tặng Giấy khen vì có thành "
                "tích xuất sắc trong hoạt động giữ gìn bản sắc văn hóa dân tộc."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Gia Lai</em></p>'),
        ],
        source="Báo Gia Lai",
        summary=(
            "Ngày 07/11, tại Quảng trường Đại Đoàn Kết (TP. Pleiku), đội văn nghệ Trường THCS Trần "
            "Hưng Đạo đã tham gia biểu diễn cồng chiêng và múa xoang tại Ngày hội Văn hóa các dân tộc "
            "tỉnh Gia Lai năm 2026."
        ),
        opts={"id": 1498, "time": "14:15", "featured": up(11, "ngay-hoi-van-hoa-cover.jpg"), "editor": "gutenberg"},
    ),
    Story(
        5,
        S_KIEMTRA,
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-10-26T10:20:00+07:00",
        [
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 các khối lớp như sau:"),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian", "th"),
            P("02/11/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "td"),
            P("02/11/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "td"),
            P("03/11/2026 | Sáng | 6, 7 | Toán | 90 phút", "td"),
            P("03/11/2026 | Chiều | 8, 9 | Toán | 90 phút", "td"),
            P("04/11/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "td"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 07/11/2026."
            ),
            P("Lưu ý", "h3"),
            P("Học sinh có mặt trước giờ kiểm tra 15 phút, mang đầy đủ dụng cụ học tập.", "li"),
            P("Không mang điện thoại và tài liệu vào phòng kiểm tra.", "li"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh qua nhóm lớp và sổ "
                "liên lạc điện tử.",
                "li",
            ),
        ],
        opts={"id": 1466, "time": "10:20", "featured": None, "editor": "gutenberg", "toc": True},
    ),
    Story(
        6,
        S_GVDG,
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-10-20T07:45:00+07:00",
        [
            P(
                "Căn cứ Thông tư số 22/2019/TT-BGDĐT của Bộ GD&ĐT ban hành Quy định về Hội thi giáo viên "
                "dạy giỏi cơ sở giáo dục phổ thông; căn cứ kế hoạch năm học 2026-2027, Trường THCS Trần "
                "Hưng Đạo xây dựng kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h2"),
            P(
                "Phát hiện, công nhận và tôn vinh giáo viên dạy giỏi; tạo động lực để giáo viên tự học, "
                "đổi mới phương pháp dạy học theo Chương trình GDPT 2018."
            ),
            P("II. ĐỐI TƯỢNG, ĐIỀU KIỆN DỰ THI", "h2"),
            P(
                "Giáo viên đang trực tiếp giảng dạy, có thời gian công tác từ 3 năm trở lên, được xếp loại "
                "chuẩn nghề nghiệp mức khá trở lên năm học 2025-2026."
            ),
            P("III. NỘI DUNG, THỜI GIAN", "h2"),
            P("Nội dung | Thời gian | Địa điểm", "th"),
            P("Đăng ký dự thi | Trước 30/10/2026 | Văn phòng nhà trường", "td"),
            P("Trình bày biện pháp | 09 - 10/11/2026 | Phòng họp Hội đồng", "td"),
            P("Dạy thực hành 02 tiết | 11 - 20/11/2026 | Các lớp học", "td"),
            P("Tổng kết, khen thưởng | 27/11/2026 | Hội trường", "td"),
            P("IV. TỔ CHỨC THỰC HIỆN", "h2"),
            P(
                "Tổ trưởng chuyên môn phổ biến kế hoạch đến giáo viên trong tổ, tổng hợp danh sách đăng "
                "ký; Ban giám khảo gồm Ban giám hiệu và các tổ trưởng, tổ phó chuyên môn."
            ),
        ],
        opts={"id": 1440, "time": "07:45", "featured": up(10, "hoi-thi-gvdg-2026.jpg"), "editor": "gutenberg", "toc": True},
    ),
    Story(
        7,
        S_HOINGHI,
        "Hội nghị cán bộ, công chức, viên chức năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-10-15T08:30:00+07:00",
        [
            P(
                "Sáng 15/10/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị cán bộ, công chức, viên chức "
                "năm học 2026-2027 với sự tham dự của 68 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học mới; "
                "báo cáo công khai tài chính và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân "
                "chủ ở cơ sở."
            ),
            Img(up(10, "hoi-nghi-cbcc-2026.jpg"), "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "em"),
            P(
                "Năm học 2026-2027, nhà trường có 38 lớp với 1.612 học sinh. Hội nghị thống nhất các chỉ "
                "tiêu: 100% giáo viên đạt chuẩn nghề nghiệp, tỷ lệ học sinh lên lớp đạt từ 98% trở lên, "
                "xây dựng trường đạt kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên và ký "
                "kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            BYLINE_BTT,
        ],
        opts={"id": 1431, "time": "08:30", "featured": up(10, "hoi-nghi-cbcc-cover.jpg"), "editor": "classic"},
    ),
    Story(
        8,
        S_DAIHOI,
        "Đại hội Liên đội Trần Hưng Đạo nhiệm kỳ 2026-2027",
        "doan-doi",
        "2026-10-09T09:40:00+07:00",
        flatten(L_DAIHOI),
        authors=["Rơ Châm H’Yuin"],
        photographers=["Rơ Châm H’Yuin"],
        opts={"id": 1415, "time": "09:40", "featured": up(10, "dai-hoi-lien-doi-cover.jpg"), "layout": L_DAIHOI},
    ),
    Story(
        9,
        S_HOCBONG,
        "Trao học bổng “Tiếp sức đến trường” cho 25 học sinh có hoàn cảnh khó khăn",
        "tin-tuc-su-kien",
        "2026-10-02T15:40:00+07:00",
        flatten(L_HOCBONG),
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Đinh Văn Khải"],
        summary=(
            "Chiều 02/10/2026, Trường THCS Trần Hưng Đạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh Gia "
            "Lai trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, "
            "vươn lên trong học tập."
        ),
        opts={"id": 1402, "time": "15:40", "featured": up(10, "hoc-bong-tiep-suc.jpg"), "layout": L_HOCBONG},
    ),
    Story(
        10,
        S_HOCLIEU,
        "Tập huấn sử dụng học liệu số và sách giáo khoa lớp 9 theo Chương trình GDPT 2018",
        "hoat-dong-chuyen-mon",
        "2026-09-22T14:30:00+07:00",
        [
            P(
                "Từ ngày 19 đến 21/9/2026, nhà trường tổ chức tập huấn sử dụng học liệu số và sách giáo "
                "khoa lớp 9 cho 42 giáo viên trực tiếp giảng dạy khối 9.",
                "lead",
            ),
            P(
                "Báo cáo viên là các giáo viên cốt cán của Sở GD&ĐT Gia Lai đã hướng dẫn khai thác kho học "
                "liệu điện tử của nhà xuất bản, thiết kế bài giảng tương tác và tổ chức kiểm tra trực "
                "tuyến trên hệ thống LMS của trường."
            ),
            Img(
                up(9, "tap-huan-hoc-lieu-so.jpg"),
                "Giáo viên thực hành thiết kế bài giảng tương tác",
                "Giáo viên thực hành thiết kế bài giảng tương tác",
                "wpcap",
            ),
            P(
                "Sau tập huấn, mỗi tổ chuyên môn xây dựng ít nhất hai kế hoạch bài dạy có sử dụng học liệu "
                "số, dạy minh họa trong tháng 10 để rút kinh nghiệm chung."
            ),
            Img(
                up(9, "tap-huan-hoc-lieu-so-2.jpg"),
                "Các thầy cô trao đổi nhóm theo môn",
                "Các thầy cô trao đổi nhóm theo môn",
                "plain",
            ),
            P(
                "Thầy Phạm Văn Quý, Phó Hiệu trưởng, đề nghị giáo viên chủ động cập nhật học liệu, chia "
                "sẻ sản phẩm trên kho dùng chung để cả tổ cùng khai thác."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: ThS. Phạm Văn Quý (Phó Hiệu trưởng)</strong></p>'),
        ],
        authors=["Phạm Văn Quý"],
        summary=(
            "Từ ngày 19 đến 21/9/2026, nhà trường tổ chức tập huấn sử dụng học liệu số và sách giáo "
            "khoa lớp 9 cho 42 giáo viên trực tiếp giảng dạy khối 9."
        ),
        opts={"id": 1377, "time": "14:30", "featured": up(9, "tap-huan-cover.jpg"), "editor": "classic"},
    ),
    Story(
        11,
        S_ATGT,
        "Hưởng ứng Tháng an toàn giao thông năm 2026: “Đội mũ bảo hiểm cho con em”",
        "doan-doi",
        "2026-09-18T10:05:00+07:00",
        [
            P(
                "Hưởng ứng Tháng an toàn giao thông năm 2026, sáng 18/9, Liên đội phối hợp với Đội Cảnh "
                "sát giao thông - Công an TP. Pleiku tổ chức buổi tuyên truyền pháp luật về trật tự, an "
                "toàn giao thông cho hơn 1.600 học sinh."
            ),
            P(
                "Cán bộ Công an đã phổ biến các quy định về độ tuổi được điều khiển xe gắn máy, xe máy "
                "điện; hướng dẫn cách đội mũ bảo hiểm đúng quy chuẩn và kỹ năng đi xe đạp an toàn."
            ),
            Img(up(9, "an-toan-giao-thong-2026.jpg"), None, None, "none"),
            P(
                "Dịp này, chương trình “Đội mũ bảo hiểm cho con em” đã trao tặng 50 mũ bảo hiểm đạt chuẩn "
                "cho học sinh lớp 6."
            ),
            Raw('<p style="text-align: right;">Tin: Trần Quốc Bảo – TPT Đội; Ảnh: Internet</p>'),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"id": 1362, "time": "10:05", "featured": up(9, "atgt-cover.jpg"), "editor": "classic"},
    ),
    Story(
        12,
        S_HOPPH,
        "Thông báo lịch họp phụ huynh học sinh đầu năm học 2026-2027",
        "thong-bao",
        "2026-09-12T16:50:00+07:00",
        [
            P("Kính gửi: Quý phụ huynh học sinh toàn trường.", ""),
            P(
                "Nhà trường tổ chức họp phụ huynh học sinh đầu năm học 2026-2027 vào lúc 7 giờ 30 phút, "
                "sáng Chủ nhật ngày 20/9/2026 tại các phòng học theo lớp."
            ),
            P("Nội dung cuộc họp:"),
            P("Thông qua kế hoạch giáo dục năm học của nhà trường và của lớp.", "oli"),
            P("Bầu Ban đại diện cha mẹ học sinh lớp năm học 2026-2027.", "oli"),
            P("Triển khai các khoản thu theo quy định và thu hộ, chi hộ.", "oli"),
            P(
                "Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp vắng mặt "
                "vui lòng báo với giáo viên chủ nhiệm."
            ),
        ],
        opts={"id": 1349, "time": "16:50", "featured": None, "editor": "classic"},
    ),
    Story(
        13,
        S_KHAIGIANG,
        "Trường THCS Trần Hưng Đạo khai giảng năm học mới 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05T10:00:00+07:00",
        [
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.600 học sinh Trường THCS Trần Hưng Đạo "
                "náo nức tựu trường trong ngày khai giảng năm học mới 2026-2027."
            ),
            P(
                "Dự lễ khai giảng có đồng chí Phó Chủ tịch UBND thành phố Pleiku, lãnh đạo Phòng GD&ĐT, "
                "đại diện các cơ quan, đơn vị kết nghĩa và Ban đại diện cha mẹ học sinh."
            ),
            Img(up(9, "khai-giang-2026-1.jpg"), None, None, "none"),
            P(
                "Sau nghi thức chào cờ, thầy Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân "
                "dịp khai giảng năm học mới. Trong diễn văn khai giảng, thầy Nguyễn Văn Hùng đã tổng kết "
                "những kết quả nổi bật của năm học trước và giao nhiệm vụ năm học mới cho thầy và trò."
            ),
            P(
                "Năm học này trường đón 412 học sinh lớp 6, biên chế thành 10 lớp; đưa vào sử dụng thêm "
                "phòng học STEM và thư viện điện tử."
            ),
            Img(up(9, "khai-giang-2026-2.jpg"), None, None, "none"),
            P(
                "Tiếng trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng. Buổi lễ "
                "kết thúc bằng màn đồng diễn thể dục và thả bóng bay của học sinh khối 6."
            ),
        ],
        opts={"id": 1318, "time": "10:00", "featured": up(9, "khai-giang-2026-cover.jpg"), "editor": "gutenberg"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.opts["id"]: s for s in STORIES}
#: newest first, as WordPress orders them
POSTS = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def cat_posts(cat: str) -> list[Story]:
    return [s for s in POSTS if s.cat == cat]


GOLD = []
for _s in STORIES:
    _g = gold_record(
        _s,
        f"/{_s.slug}/",
        CATEGORIES[_s.cat],
        alt_paths=(f"/?p={_s.opts['id']}", f"/{_s.slug}/amp/"),
    )
    if _s.opts.get("featured"):
        _g["images"].insert(0, {"path": _s.opts["featured"], "caption": None})
    GOLD.append(_g)

#: attachment pages of the Liên đội gallery: slug -> (image src, title)
ATTACHMENTS = {
    f"anh-{i}": img for i, img in enumerate(BY_SLUG[S_DAIHOI].images, 1)
}

NON_ARTICLES = [
    "/",
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    "/category/tin-tuc-su-kien/page/2/",
    f"/{S_DAIHOI}/anh-1/",
    "/tin-tuc/?e-page-5f3a2b1=2",
]


# --- printing helpers ------------------------------------------------------------------------


def _dt(story: Story) -> datetime:
    return datetime.fromisoformat(story.published_at or "2026-01-01T00:00:00+07:00")


def date_vn(story: Story) -> str:
    return _dt(story).strftime("%d/%m/%Y")


def time_vn(story: Story) -> str:
    """WordPress "g:i a" in the Vietnamese locale: "8:30 sáng", "2:15 chiều"."""
    d = _dt(story)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def utc_iso(story: Story, later: int = 0) -> str:
    d = _dt(story).replace(tzinfo=None) - timedelta(hours=7) + timedelta(days=later)
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def ago(story: Story) -> str:
    days = (TODAY - _dt(story).date()).days
    return f"{days} ngày trước" if days < 14 else f"{days // 7} tuần trước"


def excerpt(story: Story, words: int = 25) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("h2", "h3"))
    parts = first.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def thumb(src: str, size: str = "300x200") -> str:
    stem, ext = src.rsplit(".", 1)
    return f"{stem}-{size}.{ext}"


def widget(kind: str, inner: str, key: str, extra: str = "", settings: str = "") -> str:
    i = eid(key)
    data = f' data-settings="{esc(settings)}"' if settings else ""
    return (
        f'<div class="elementor-element elementor-element-{i} elementor-widget elementor-widget-{kind}{extra}" '
        f'data-id="{i}" data-element_type="widget"{data} data-widget_type="{kind}.default">\n'
        f'<div class="elementor-widget-container">\n{inner}\n</div>\n</div>'
    )


def section(columns: list[str], key: str, top: bool = True, extra: str = "") -> str:
    i = eid(key)
    size = {1: 100, 2: 50, 3: 33, 4: 25}.get(len(columns), 100)
    level = "top" if top else "inner"
    cols = []
    for n, col in enumerate(columns):
        c = eid(f"{key}/col{n}")
        cols.append(
            f'<div class="elementor-column elementor-col-{size} elementor-{level}-column elementor-element '
            f'elementor-element-{c}" data-id="{c}" data-element_type="column">\n'
            f'<div class="elementor-widget-wrap elementor-element-populated">\n{col}\n</div>\n</div>'
        )
    return (
        f'<section class="elementor-section elementor-{level}-section elementor-element elementor-element-{i} '
        f'elementor-section-boxed elementor-section-height-default{extra}" data-id="{i}" '
        f'data-element_type="section">\n<div class="elementor-container elementor-column-gap-default">\n'
        + "\n".join(cols)
        + "\n</div>\n</section>"
    )


def document(kind: str, doc_id: int, inner: str, extra: str = "") -> str:
    return (
        f'<div data-elementor-type="{kind}" data-elementor-id="{doc_id}" '
        f'class="elementor elementor-{doc_id}{extra}">\n{inner}\n</div>'
    )


def img_tag(src: str, cls: str = "", w: int = 800, h: int = 533, alt: str = "") -> str:
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{src}" class="{cls}" alt="{esc(alt)}" '
        f'srcset="{src} {w}w, {thumb(src)} 300w" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def heading_widget(text_: str, key: str, tag: str = "h2") -> str:
    return widget(
        "heading",
        f'<{tag} class="elementor-heading-title elementor-size-default">{esc(text_)}</{tag}>',
        key,
    )


def icon_items(items: list[str], icon: str = "fas fa-check") -> str:
    lis = "".join(
        f'<li class="elementor-icon-list-item"><span class="elementor-icon-list-icon">'
        f'<i aria-hidden="true" class="{icon}"></i></span><span class="elementor-icon-list-text">{t}</span></li>\n'
        for t in items
    )
    return f'<ul class="elementor-icon-list-items">\n{lis}</ul>'


# --- post content ------------------------------------------------------------------------------

def _anchor(story: Story, p: P) -> str:
    heads = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    return f"elementor-toc__heading-anchor-{heads.index(p.text)}"


def plain_blocks(story: Story, blocks: list) -> str:
    """Gutenberg or classic-editor HTML of a run of blocks."""
    gut = story.opts.get("editor") == "gutenberg"
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(image_html(b, gut))
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            cls = ' class="wp-block-list"' if gut else ""
            out.append(f"<{tag}{cls}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            table = f"<table>{head}<tbody>" + "".join(rows) + "</tbody></table>"
            out.append(
                f'<figure class="wp-block-table is-style-stripes">{table}</figure>'
                if gut
                else table.replace("<table>", '<table style="width: 100%;" border="1">')
            )
            continue
        elif b.style in ("h2", "h3"):
            cls = ' class="wp-block-heading"' if gut else ""
            out.append(f'<{b.style}{cls} id="{_anchor(story, b)}">{esc(b.text)}</{b.style}>')
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            cls = ' class="wp-block-quote"' if gut else ""
            out.append(f"<blockquote{cls}>\n<p>{esc(b.text)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>' if not gut else f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def image_html(b: Img, gut: bool) -> str:
    tag = img_tag(b.src, f"wp-image-{int(eid(b.src), 16) % 900 + 1300}")
    if b.style == "fig":
        return (
            f'<figure class="wp-block-image size-large">{tag}'
            f'<figcaption class="wp-element-caption">{esc(b.printed or "")}</figcaption></figure>'
        )
    if b.style == "wpcap":
        return (
            f'<div id="attachment_{eid(b.src)}" style="width: 810px" class="wp-caption aligncenter">'
            f'{tag}<p class="wp-caption-text">{esc(b.printed or "")}</p></div>'
        )
    if gut:
        return f'<figure class="wp-block-image size-large">{tag}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if b.style == "em":
        out += f'\n<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>'
    elif b.style == "plain":
        out += f"\n<p>{esc(b.printed or '')}</p>"
    return out


def elementor_content(story: Story) -> str:
    """The post body built with Elementor: its own ``wp-post`` document of sections."""
    sections = []
    for n, sec in enumerate(story.opts["layout"]):
        cols = []
        for c, col in enumerate(sec):
            ws = []
            for k, w in enumerate(col):
                key = f"{story.slug}/{n}/{c}/{k}"
                kind = w[0]
                if kind == "text":
                    ws.append(widget("text-editor", plain_blocks(story, w[1]), key))
                elif kind == "heading":
                    tag = w[1].style
                    ws.append(
                        widget(
                            "heading",
                            f'<{tag} class="elementor-heading-title elementor-size-default" '
                            f'id="{_anchor(story, w[1])}">{esc(w[1].text)}</{tag}>',
                            key,
                        )
                    )
                elif kind == "icons":
                    ws.append(widget("icon-list", icon_items([esc(p.text) for p in w[1]]), key))
                elif kind == "image":
                    img = w[1]
                    cap = (
                        f'<figcaption class="widget-image-caption wp-caption-text">{esc(img.printed)}</figcaption>'
                        if img.printed
                        else ""
                    )
                    inner = img_tag(img.src, "attachment-large size-large")
                    inner = f'<figure class="wp-caption">{inner}{cap}</figure>' if cap else inner
                    ws.append(widget("image", inner, key))
                elif kind == "divider":
                    ws.append(widget("divider", '<div class="elementor-divider"><span class="elementor-divider-separator"></span></div>', key))
                elif kind == "spacer":
                    ws.append(widget("spacer", '<div class="elementor-spacer"><div class="elementor-spacer-inner"></div></div>', key))
                elif kind == "video":
                    settings = (
                        '{"youtube_url":"https:\\/\\/www.youtube.com\\/watch?v=' + w[1]
                        + '","video_type":"youtube","controls":"yes","aspect_ratio":"169"}'
                    )
                    ws.append(
                        widget(
                            "video",
                            '<div class="elementor-wrapper elementor-open-inline"><div class="elementor-video"></div></div>',
                            key,
                            settings=settings,
                        )
                    )
                elif kind == "gallery":
                    items = []
                    for g, img in enumerate(w[1], 1):
                        full = re.sub(r"-\d+x\d+(?=\.jpg$)", "", img.src)
                        href = f"/{story.slug}/anh-{g}/" if w[2] == "attachment" else full
                        cap_id = f"gallery-{n}-{1600 + g}"
                        size = re.search(r"-(\d+)x(\d+)\.jpg$", img.src).groups()
                        items.append(
                            "<figure class='gallery-item'><div class='gallery-icon landscape'>"
                            f"<a data-elementor-open-lightbox='yes' data-elementor-lightbox-slideshow='{eid(key)}' href='{href}'>"
                            f'<img loading="lazy" width="{size[0]}" height="{size[1]}" src="{img.src}" class="attachment-medium size-medium" alt="" aria-describedby="{cap_id}" /></a>'
                            f"</div><figcaption class='wp-caption-text gallery-caption' id='{cap_id}'>{esc(img.printed or '')}</figcaption></figure>"
                        )
                    ws.append(
                        widget(
                            "image-gallery",
                            f"<div class=\"elementor-image-gallery\"><div id='gallery-{n}' class='gallery galleryid-{story.opts['id']} gallery-columns-3 gallery-size-medium'>"
                            + "".join(items)
                            + "</div></div>",
                            key,
                        )
                    )
            cols.append("\n".join(ws))
        sections.append(section(cols, f"{story.slug}/{n}"))
    return document("wp-post", story.opts["id"], "\n".join(sections))


def content_html(story: Story) -> str:
    if story.opts.get("layout"):
        return elementor_content(story)
    return plain_blocks(story, story.blocks)


def toc_widget(story: Story) -> str:
    heads = [b for b in story.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "".join(
        f'<li class="elementor-toc__list-item"><div class="elementor-toc__list-item-text-wrapper">'
        f'<a href="#{_anchor(story, h)}" class="elementor-toc__list-item-text elementor-toc__top-level">'
        f"{esc(h.text)}</a></div></li>"
        for h in heads
    )
    inner = (
        '<div class="elementor-toc__header"><h4 class="elementor-toc__header-title">Mục lục</h4>'
        '<div class="elementor-toc__toggle-button elementor-toc__toggle-button--expand" role="button" '
        'tabindex="0" aria-label="Mở mục lục"><i aria-hidden="true" class="fas fa-chevron-down"></i></div>'
        '<div class="elementor-toc__toggle-button elementor-toc__toggle-button--collapse" role="button" '
        'tabindex="0" aria-label="Đóng mục lục"><i aria-hidden="true" class="fas fa-chevron-up"></i></div></div>'
        f'<div class="elementor-toc__body"><ul class="elementor-toc__list-wrapper">{items}</ul></div>'
    )
    return widget("table-of-contents", inner, f"{story.slug}/toc")


# --- chrome: header, footer, popup, side column ------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Lịch sử nhà trường"), ("/doi-ngu-giao-vien/", "Đội ngũ giáo viên")]),
    ("/tin-tuc/", "Tin tức - Sự kiện", []),
    ("/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn", []),
    ("/doan-doi/", "Đoàn - Đội", []),
    ("/thong-bao/", "Thông báo", []),
    ("/lien-he/", "Liên hệ", []),
]


def nav_menu() -> str:
    items = []
    for n, (href, label, subs) in enumerate(MENU):
        sub = ""
        cls = f"menu-item menu-item-type-post_type menu-item-object-page menu-item-{210 + n}"
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu elementor-nav-menu--dropdown">' + "".join(
                f'<li class="menu-item"><a href="{h}" class="elementor-sub-item">{esc(t)}</a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li class="{cls}"><a href="{href}" class="elementor-item">{esc(label)}</a>{sub}</li>')
    ul = '<ul id="menu-1-' + eid("menu") + '" class="elementor-nav-menu">' + "".join(items) + "</ul>"
    return (
        '<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal '
        f'e--pointer-underline e--animation-fade">{ul}</nav>'
        '<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Chuyển đổi menu">'
        '<i aria-hidden="true" class="eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>'
    )


def header() -> str:
    top = section(
        [
            widget("icon-list", icon_items(["Hotline: 0269 3824 517", "thcstranhungdao.pleiku@gialai.edu.vn"], "fas fa-phone-alt"), "hdr/contact", " elementor-icon-list--layout-inline"),
            widget("text-editor", f'<p style="text-align: right;">{esc(TODAY_HEADER)}</p>', "hdr/today"),
        ],
        "hdr/top",
        extra=" elementor-hidden-mobile",
    )
    main = section(
        [
            widget("theme-site-logo", '<a href="/"><img width="320" height="90" src="/wp-content/uploads/2026/01/logo-thcs-tran-hung-dao.png" class="attachment-full size-full" alt="Trường THCS Trần Hưng Đạo" /></a>', "hdr/logo", " elementor-widget-image"),
            widget("nav-menu", nav_menu(), "hdr/nav"),
            widget(
                "search-form",
                '<form class="elementor-search-form" role="search" action="/" method="get">'
                '<div class="elementor-search-form__container"><input placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" title="Tìm kiếm" value="">'
                '<button class="elementor-search-form__submit" type="submit" title="Tìm kiếm" aria-label="Tìm kiếm"><i aria-hidden="true" class="fas fa-search"></i></button></div></form>',
                "hdr/search",
            ),
        ],
        "hdr/main",
        extra=" elementor-section-content-middle",
    )
    return document("header", 35, top + "\n" + main, " elementor-location-header")


def footer() -> str:
    cols = [
        widget("heading", '<h3 class="elementor-heading-title elementor-size-default">TRƯỜNG THCS TRẦN HƯNG ĐẠO</h3>', "ftr/h")
        + widget(
            "icon-list",
            icon_items(
                [
                    "Địa chỉ: 98 Trần Hưng Đạo, phường Diên Hồng, TP. Pleiku, tỉnh Gia Lai",
                    "Điện thoại: 0269 3824 517",
                    "Email: thcstranhungdao.pleiku@gialai.edu.vn",
                ],
                "fas fa-map-marker-alt",
            ),
            "ftr/addr",
        ),
        widget(
            "google_maps",
            '<div class="elementor-custom-embed"><iframe loading="lazy" src="https://maps.google.com/maps?q=THCS%20Tr%E1%BA%A7n%20H%C6%B0ng%20%C4%90%E1%BA%A1o%20Pleiku&amp;t=m&amp;z=16&amp;output=embed&amp;iwloc=near" title="THCS Trần Hưng Đạo Pleiku" aria-label="THCS Trần Hưng Đạo Pleiku"></iframe></div>',
            "ftr/map",
        ),
        widget("heading", '<h3 class="elementor-heading-title elementor-size-default">LIÊN KẾT</h3>', "ftr/h2")
        + widget(
            "icon-list",
            '<ul class="elementor-icon-list-items">'
            '<li class="elementor-icon-list-item"><a href="https://gialai.edu.vn"><span class="elementor-icon-list-text">Sở GD&amp;ĐT Gia Lai</span></a></li>'
            '<li class="elementor-icon-list-item"><a href="https://moet.gov.vn"><span class="elementor-icon-list-text">Bộ Giáo dục và Đào tạo</span></a></li>'
            '<li class="elementor-icon-list-item"><a href="https://pleiku.gialai.gov.vn"><span class="elementor-icon-list-text">Cổng TTĐT TP. Pleiku</span></a></li>'
            '<li class="elementor-icon-list-item"><a href="/lien-he/"><span class="elementor-icon-list-text">Liên hệ</span></a></li></ul>',
            "ftr/links",
        ),
    ]
    bottom = section(
        [widget("text-editor", '<p style="text-align: center;">© 2026 Trường THCS Trần Hưng Đạo. Thiết kế bởi <a href="https://webgialai.vn">Web Gia Lai</a></p>', "ftr/copy")],
        "ftr/bottom",
    )
    return document("footer", 52, section(cols, "ftr/main") + "\n" + bottom, " elementor-location-footer")


def popup() -> str:
    inner = section(
        [
            heading_widget("THÔNG BÁO", "pop/h", "h3")
            + widget(
                "text-editor",
                "<p>Nhà trường tiếp nhận hồ sơ xét miễn, giảm học phí học kỳ II đến hết ngày 15/12/2026 tại "
                "Văn phòng (phòng 102, nhà A). Quý phụ huynh vui lòng liên hệ giáo viên chủ nhiệm để được hướng dẫn.</p>",
                "pop/t",
            )
        ],
        "pop/s",
    )
    return (
        f'<div data-elementor-type="popup" data-elementor-id="905" class="elementor elementor-905 elementor-location-popup" '
        'data-elementor-settings="{&quot;triggers&quot;:{&quot;page_load&quot;:&quot;yes&quot;,&quot;page_load_delay&quot;:3},'
        '&quot;timing&quot;:{&quot;times&quot;:&quot;yes&quot;,&quot;times_times&quot;:1}}" style="display:none">\n'
        f"{inner}\n</div>"
    )


MOST_READ = [S_HOCBONG, S_KHAIGIANG, S_VANHOA, S_KIEMTRA]


def side_column(key: str) -> str:
    most = "".join(
        f'<li class="elementor-icon-list-item"><a href="/{s}/"><span class="elementor-icon-list-icon">'
        f'<i aria-hidden="true" class="fas fa-angle-right"></i></span><span class="elementor-icon-list-text">'
        f"{esc(BY_SLUG[s].title)}</span></a></li>"
        for s in MOST_READ
    )
    poll = (
        '<div id="polls-2" class="wp-polls"><form id="polls_form_2" class="wp-polls-form" action="/index.php" method="post">'
        '<p><input type="hidden" id="poll_2_nonce" name="wp-polls-nonce" value="4b1e0c9d2a" /></p>'
        '<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p>'
        '<ul class="wp-polls-ul">'
        '<li><input type="radio" id="poll-answer-5" name="poll_2" value="5" /><label for="poll-answer-5">Rất hữu ích</label></li>'
        '<li><input type="radio" id="poll-answer-6" name="poll_2" value="6" /><label for="poll-answer-6">Hữu ích</label></li>'
        '<li><input type="radio" id="poll-answer-7" name="poll_2" value="7" /><label for="poll-answer-7">Cần cải thiện</label></li></ul>'
        '<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p>'
        '<p style="text-align: center;"><a href="#ViewPollResults" title="Xem kết quả">Xem kết quả</a></p></form></div>'
    )
    counter = (
        '<ul class="visitor-counter"><li>Đang online: <strong>17</strong></li><li>Hôm nay: <strong>412</strong></li>'
        "<li>Hôm qua: <strong>538</strong></li><li>Tổng truy cập: <strong>1.284.905</strong></li></ul>"
    )
    links = (
        '<p><a href="https://gialai.edu.vn"><img src="/wp-content/uploads/2026/01/banner-so-gddt.png" alt="Sở GD&amp;ĐT Gia Lai" /></a></p>'
        '<p><a href="https://csdl.moet.gov.vn"><img src="/wp-content/uploads/2026/01/banner-csdl-nganh.png" alt="CSDL ngành" /></a></p>'
    )
    return (
        heading_widget("TIN ĐỌC NHIỀU", f"{key}/mr-h", "h4")
        + widget("icon-list", f'<ul class="elementor-icon-list-items">{most}</ul>', f"{key}/mr")
        + heading_widget("THỐNG KÊ TRUY CẬP", f"{key}/vc-h", "h4")
        + widget("shortcode", f'<div class="elementor-shortcode">{counter}</div>', f"{key}/vc")
        + heading_widget("THĂM DÒ Ý KIẾN", f"{key}/poll-h", "h4")
        + widget("wp-widget-polls-widget", poll, f"{key}/poll")
        + heading_widget("LIÊN KẾT WEBSITE", f"{key}/ln-h", "h4")
        + widget("text-editor", links, f"{key}/ln")
    )


def layout(title: str, main: str, body_class: str, head: str = "") -> str:
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{head}
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend.min.css?ver=3.21.2' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.5" />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading; settings: css_print_method-external">
<link rel="icon" href="/wp-content/uploads/2026/01/cropped-logo-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} elementor-default elementor-kit-8">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
{header()}
{main}
{footer()}
{popup()}
<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2' id='elementor-pro-frontend-js'></script>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script>
</body>
</html>"""


# --- Posts widget and pagination ---------------------------------------------------------------


def post_card(s: Story, with_excerpt: bool = True, with_thumb: bool = True) -> str:
    thumb_html = ""
    if with_thumb and s.opts.get("featured"):
        thumb_html = (
            f'<a class="elementor-post__thumbnail__link" href="/{s.slug}/" tabindex="-1">'
            f'<div class="elementor-post__thumbnail"><img loading="lazy" width="300" height="200" '
            f'src="{thumb(s.opts["featured"])}" class="attachment-medium size-medium wp-image-{s.opts["id"] + 1}" alt="" /></div></a>'
        )
    ex = f'<div class="elementor-post__excerpt"><p>{esc(excerpt(s))}</p></div>' if with_excerpt else ""
    more = (
        f'<a class="elementor-post__read-more" href="/{s.slug}/" aria-label="Đọc thêm về {esc(s.title)}" tabindex="-1">Đọc thêm »</a>'
        if with_excerpt
        else ""
    )
    return (
        f'<article class="elementor-post elementor-grid-item post-{s.opts["id"]} post type-post status-publish '
        f'format-standard{" has-post-thumbnail" if s.opts.get("featured") else ""} hentry category-{s.cat}" role="listitem">\n'
        f"{thumb_html}\n<div class=\"elementor-post__text\">\n"
        f'<h3 class="elementor-post__title"><a href="/{s.slug}/">{esc(s.title)}</a></h3>\n'
        f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{date_vn(s)}</span></div>\n'
        f"{ex}\n{more}\n</div>\n</article>"
    )


def posts_widget(posts: list[Story], key: str, wid: str | None = None, pager: str = "", **kw) -> str:
    cards = "\n".join(post_card(s, **kw) for s in posts)
    inner = (
        '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid" role="list">\n'
        f"{cards}\n</div>\n{pager}"
    )
    html_ = widget("posts", inner, key, " elementor-grid-1 elementor-posts--thumbnail-left")
    if wid:  # the widget id the page's pagination names
        html_ = html_.replace(eid(key), wid)
    return html_


def e_pager(path: str, wid: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return path if n == 1 else f"{path}?e-page-{wid}={n}"

    parts = []
    if page > 1:
        parts.append(f'<a class="page-numbers prev" href="{href(page - 1)}">« Trang trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">Trang</span>{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}"><span class="elementor-screen-only">Trang</span>{n}</a>')
    if page < pages:
        parts.append(f'<a class="page-numbers next" href="{href(page + 1)}">Trang sau »</a>')
    return '<nav class="elementor-pagination" aria-label="Phân trang">' + "\n".join(parts) + "</nav>"


# --- pages -----------------------------------------------------------------------------------


def not_found() -> Response:
    main = (
        '<main id="content" class="site-main"><div class="page-header"><h1 class="entry-title">'
        "Không tìm thấy trang.</h1></div><div class=\"page-content\"><p>Có vẻ như không có gì ở đây. "
        "Hãy thử tìm kiếm?</p></div></main>"
    )
    return html(layout(f"Không tìm thấy trang - {SITE}", main, "error404 hello-elementor"), status=404)


def wp_page(title: str, page_id: int, sections: str, slug: str) -> Response:
    head = f'<link rel="canonical" href="/{slug}/" />' if slug else '<link rel="canonical" href="/" />'
    main = document("wp-page", page_id, sections)
    cls = f"page-template page-template-elementor_header_footer page page-id-{page_id}"
    return html(layout(f"{title} - {SITE}" if slug else f"{SITE} - TP. Pleiku, Gia Lai", main, cls, head))


def home() -> Response:
    slides = "".join(
        f'<div class="elementor-repeater-item-{eid(s.slug)[:7]} swiper-slide" role="group">'
        f'<div class="swiper-slide-bg" style="background-image:url({s.opts["featured"]})"></div>'
        f'<a class="swiper-slide-inner" href="/{s.slug}/"><div class="swiper-slide-contents">'
        f'<div class="elementor-slide-heading">{esc(s.title)}</div>'
        '<div class="elementor-button elementor-slide-button elementor-size-sm">Xem chi tiết</div></div></a></div>'
        for s in (BY_SLUG[S_NHAGIAO], BY_SLUG[S_VANHOA], BY_SLUG[S_KHAIGIANG])
    )
    slider = widget(
        "slides",
        '<div class="elementor-swiper"><div class="elementor-slides-wrapper elementor-main-swiper swiper" dir="ltr">'
        f'<div class="swiper-wrapper elementor-slides">{slides}</div>'
        '<div class="swiper-pagination"></div></div></div>',
        "home/slides",
    )

    def block(cat: str, n: int) -> str:
        path = NEWS_PAGES[cat][0]
        return (
            heading_widget(CATEGORIES[cat].upper(), f"home/{cat}/h", "h2")
            + posts_widget(cat_posts(cat)[:n], f"home/{cat}/posts")
            + widget("button", f'<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="{path}"><span class="elementor-button-text">Xem tất cả</span></a></div>', f"home/{cat}/btn")
        )

    sections = [
        section([slider], "home/s1", extra=" elementor-section-full_width"),
        section([block("tin-tuc-su-kien", 3), block("thong-bao", 2)], "home/s2"),
        section([block("hoat-dong-chuyen-mon", 3), block("doan-doi", 2)], "home/s3"),
        section(
            [
                heading_widget("CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE TRƯỜNG THCS TRẦN HƯNG ĐẠO", "home/welcome", "h3")
                + widget("text-editor", "<p>Nơi cập nhật tin tức, thông báo và hoạt động dạy học của nhà trường.</p>", "home/welcome-t"),
                side_column("home/side"),
            ],
            "home/s4",
        ),
    ]
    return wp_page("Trang chủ", 6, "\n".join(sections), "")


def news_page(request: Request, cat: str) -> Response:
    path, page_id, wid, per = NEWS_PAGES[cat]
    posts = cat_posts(cat)
    pages = max(1, -(-len(posts) // per))
    params = request.params
    if set(params) - {f"e-page-{wid}"}:
        return not_found()
    raw = params.get(f"e-page-{wid}", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return not_found()
    page = int(raw)
    chunk = posts[(page - 1) * per : page * per]
    name = CATEGORIES[cat]
    sections = [
        section([heading_widget(name.upper(), f"{cat}/title", "h1")], f"{cat}/s0"),
        section(
            [
                posts_widget(chunk, f"{cat}/posts", wid=wid, pager=e_pager(path, wid, page, pages)),
                side_column(f"{cat}/side"),
            ],
            f"{cat}/s1",
        ),
    ]
    return wp_page(name, page_id, "\n".join(sections), path.strip("/"))


def archive(title: str, posts: list[Story], base: str, page: int, body_class: str) -> Response:
    pages = max(1, -(-len(posts) // ARCHIVE_PER_PAGE))
    if page > pages:
        return not_found()
    chunk = posts[(page - 1) * ARCHIVE_PER_PAGE : page * ARCHIVE_PER_PAGE]
    arts = "\n".join(
        f'<article class="post">\n<h2 class="entry-title"><a href="/{s.slug}/">{esc(s.title)}</a></h2>\n'
        + (f'<a href="/{s.slug}/"><img width="800" height="533" src="{s.opts["featured"]}" class="attachment-large size-large wp-post-image" alt="" /></a>\n' if s.opts.get("featured") else "")
        + f"<p>{esc(excerpt(s, 40))} [&hellip;]</p>\n</article>"
        for s in chunk
    )
    prev_ = f'<a href="{base}page/{page + 1}/"><span class="meta-nav">&larr;</span> Bài cũ hơn</a>' if page < pages else ""
    next_ = ""
    if page > 1:
        target = base if page == 2 else f"{base}page/{page - 1}/"
        next_ = f'<a href="{target}">Bài mới hơn <span class="meta-nav">&rarr;</span></a>'
    nav = (
        f'<nav class="pagination"><div class="nav-previous">{prev_}</div><div class="nav-next">{next_}</div></nav>'
        if pages > 1
        else ""
    )
    main = (
        f'<main id="content" class="site-main">\n<div class="page-header"><h1 class="entry-title">{esc(title)}</h1></div>\n'
        f'<div class="page-content">\n{arts}\n</div>\n{nav}\n</main>'
    )
    return html(layout(f"{title} - {SITE}", main, f"archive {body_class} hello-elementor"))


def post_info(s: Story) -> str:
    items = [
        ("fas fa-calendar", "date", date_vn(s), "datePublished", None),
        ("far fa-clock", "time", time_vn(s), None, None),
        ("far fa-user-circle", "author", ACCOUNT, "author", "/author/quantrivien/"),
        ("far fa-comment-dots", "comments", "Không có bình luận", "commentCount", f"/{s.slug}/#respond"),
    ]
    lis = []
    for icon, kind, label, prop, href in items:
        it = f' itemprop="{prop}"' if prop else ""
        span = (
            f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-{kind}">{esc(label)}</span>'
        )
        if href:
            span = f'<a href="{href}">{span}</a>'
        lis.append(f'<li class="elementor-icon-list-item elementor-repeater-item-{eid(kind)}"{it}>{span}</li>')
    return '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">' + "".join(lis) + "</ul>"


def breadcrumbs(s: Story) -> str:
    return (
        '<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » '
        f'<span><a href="/category/{s.cat}/">{esc(CATEGORIES[s.cat])}</a></span> » '
        f'<span class="breadcrumb_last" aria-current="page">{esc(s.title)}</span></span></p>'
    )


def post_head(s: Story, amp: bool = False) -> str:
    feat = s.opts.get("featured")
    return "\n".join(
        [
            f'<link rel="canonical" href="/{s.slug}/" />',
            f"<link rel='shortlink' href='/?p={s.opts['id']}' />",
            "" if amp else f'<link rel="amphtml" href="/{s.slug}/amp/" />',
            '<meta property="og:locale" content="vi_VN" />',
            '<meta property="og:type" content="article" />',
            f'<meta property="og:title" content="{esc(s.title)} - {esc(SITE)}" />',
            f'<meta property="og:description" content="{esc(excerpt(s))}" />',
            f'<meta property="article:section" content="{esc(CATEGORIES[s.cat])}" />',
            f'<meta property="article:published_time" content="{utc_iso(s)}" />',
            f'<meta property="article:modified_time" content="{utc_iso(s, later=3)}" />',
            f'<meta property="og:image" content="{feat}" />' if feat else "",
            f'<meta name="author" content="{ACCOUNT}" />',
        ]
    )


def post_page(s: Story) -> Response:
    i = POSTS.index(s)
    prev_s = POSTS[i + 1] if i + 1 < len(POSTS) else None
    next_s = POSTS[i - 1] if i > 0 else None
    key = "single"
    left = [
        widget("breadcrumbs", breadcrumbs(s), f"{key}/bc"),
        widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(s.title)}</h1>', f"{key}/title", " elementor-widget-heading"),
        widget("post-info", post_info(s), f"{key}/info"),
    ]
    if s.opts.get("featured"):
        left.append(widget("theme-post-featured-image", img_tag(s.opts["featured"], "attachment-large size-large wp-image-" + str(s.opts["id"] + 1)), f"{key}/feat", " elementor-widget-image"))
    if s.opts.get("toc"):
        left.append(toc_widget(s))
    left.append(widget("theme-post-content", content_html(s), f"{key}/content"))
    share = "".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{net}" role="button" tabindex="0" aria-label="Chia sẻ trên {net}">'
        f'<span class="elementor-share-btn__icon"><i class="{ic}" aria-hidden="true"></i></span>'
        f'<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{label}</span></div></div></div>'
        for net, ic, label in [("facebook", "fab fa-facebook", "Facebook"), ("twitter", "fab fa-twitter", "Twitter"), ("email", "fas fa-envelope", "Email"), ("print", "fas fa-print", "In bài")]
    )
    left.append(widget("share-buttons", f'<div class="elementor-grid">{share}</div>', f"{key}/share"))

    def nav_link(side: str, label: str, other: Story | None) -> str:
        if not other:
            return f'<div class="elementor-post-navigation__{side} elementor-post-navigation__link"></div>'
        return (
            f'<div class="elementor-post-navigation__{side} elementor-post-navigation__link"><a href="/{other.slug}/" rel="{side}">'
            f'<span class="elementor-post-navigation__link__{side}"><span class="post-navigation__{side}--label">{label}</span>'
            f'<span class="post-navigation__{side}--title">{esc(other.title)}</span></span></a></div>'
        )

    left.append(
        widget(
            "post-navigation",
            '<div class="elementor-post-navigation">'
            + nav_link("prev", "Bài trước", prev_s)
            + '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
            + nav_link("next", "Bài tiếp theo", next_s)
            + "</div>",
            f"{key}/nav",
        )
    )
    left.append(
        widget(
            "author-box",
            '<div class="elementor-author-box"><div class="elementor-author-box__avatar">'
            '<img src="/wp-content/uploads/2026/01/avatar-quan-tri-300x300.png" alt="Quản trị viên" loading="lazy"></div>'
            '<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Quản trị viên</h4>'
            '<div class="elementor-author-box__bio">Tài khoản quản trị website Trường THCS Trần Hưng Đạo, TP. Pleiku.</div>'
            '<a class="elementor-author-box__button elementor-button elementor-size-xs" href="/author/quantrivien/">Xem tất cả bài viết</a></div></div>',
            f"{key}/author",
        )
    )
    related = [o for o in POSTS if o.cat == s.cat and o is not s][:3]
    left.append(heading_widget("Bài viết liên quan", f"{key}/rel-h", "h3"))
    left.append(posts_widget(related, f"{key}/related", with_excerpt=False))
    left.append(
        widget(
            "form",
            '<form class="elementor-form" method="post" name="Đăng ký nhận tin">'
            f'<input type="hidden" name="post_id" value="412"/><input type="hidden" name="form_id" value="{eid("form")}"/>'
            f'<input type="hidden" name="queried_id" value="{s.opts["id"]}"/>'
            '<div class="elementor-form-fields-wrapper elementor-labels-above"><div class="elementor-field-type-email elementor-field-group elementor-column elementor-col-70">'
            '<label for="form-field-email" class="elementor-field-label">Đăng ký nhận tin qua email</label>'
            '<input size="1" type="email" name="form_fields[email]" id="form-field-email" class="elementor-field elementor-size-sm" placeholder="Email của bạn" required="required"></div>'
            '<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-30"><button type="submit" class="elementor-button elementor-size-sm">'
            '<span class="elementor-button-text">Đăng ký</span></button></div></div></form>',
            f"{key}/form",
        )
    )
    body = section(["\n".join(left), side_column(f"{key}/side")], f"{key}/s1")
    main = document(
        "single-post",
        412,
        body,
        f" elementor-location-single post-{s.opts['id']} post type-post status-publish format-standard hentry category-{s.cat}",
    )
    cls = f"post-template-default single single-post postid-{s.opts['id']} single-format-standard"
    return html(layout(f"{s.title} - {SITE}", main, cls, post_head(s)))


def amp_page(s: Story) -> Response:
    content = re.sub(r"<img ([^>]*?)\s*/>", r'<amp-img \1 layout="intrinsic"></amp-img>', content_html(s))
    feat = s.opts.get("featured")
    feat_html = (
        f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="800" height="533" src="{feat}" '
        'class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" layout="intrinsic"></amp-img></figure>'
        if feat
        else ""
    )
    page = f"""<!doctype html>
<html amp lang="vi">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(s.title)} - {esc(SITE)}</title>
{post_head(s, amp=True)}
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#0b4f9c}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="/">{esc(SITE)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(s.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="/wp-content/uploads/2026/01/avatar-quan-tri-96x96.png" alt="Quản trị viên" width="24" height="24" layout="fixed"></amp-img>
<span class="amp-wp-author author vcard">Quản trị viên</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc_iso(s)}">{ago(s)}</time></div>
</header>
{feat_html}
<div class="amp-wp-article-content">
{content}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="/category/{s.cat}/" rel="category tag">{esc(CATEGORIES[s.cat])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="/{s.slug}/#comments">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(SITE)}</h2><a href="#top" class="back-to-top">Về đầu trang ↑</a></div></footer>
</body>
</html>"""
    return html(page)


def attachment_page(s: Story, att: str) -> Response:
    img = ATTACHMENTS[att]
    full = re.sub(r"-\d+x\d+(?=\.jpg$)", "", img.src)
    main = (
        f'<main id="content" class="site-main post-{s.opts["id"] + 40 + int(att[4:])} attachment type-attachment status-inherit hentry">\n'
        f'<div class="page-header"><h1 class="entry-title">{att}</h1></div>\n'
        f'<div class="page-content"><p class="attachment"><a href="{full}"><img width="300" height="200" src="{img.src}" '
        f'class="attachment-medium size-medium" alt="" /></a></p>\n'
        f'<p>{esc(img.printed or "")}</p></div>\n'
        f'<p class="post-parent">Đăng trong: <a href="/{s.slug}/">{esc(s.title)}</a></p>\n</main>'
    )
    cls = f"attachment attachment-template-default single single-attachment attachmentid-{s.opts['id'] + 40}"
    return html(layout(f"{att} - {SITE}", main, cls, f'<link rel="canonical" href="/{s.slug}/{att}/" />'))


def intro_page() -> Response:
    texts = [
        (
            "LỊCH SỬ HÌNH THÀNH",
            [
                "Trường THCS Trần Hưng Đạo được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Diên Hồng, "
                "đóng tại số 98 đường Trần Hưng Đạo, phường Diên Hồng, trung tâm thành phố Pleiku.",
                "Qua 30 năm xây dựng và phát triển, từ 12 lớp học với 480 học sinh ban đầu, đến nay trường có 38 "
                "lớp với hơn 1.600 học sinh, 68 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên "
                "chuẩn trình độ đào tạo.",
            ],
        ),
        (
            "THÀNH TÍCH NỔI BẬT",
            [
                "Trường đạt chuẩn quốc gia mức độ 2 năm 2021, đạt kiểm định chất lượng giáo dục cấp độ 3; nhiều "
                "năm liền được UBND tỉnh Gia Lai tặng Cờ thi đua xuất sắc.",
                "Nhà trường được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2016.",
            ],
        ),
        (
            "SỨ MỆNH - TẦM NHÌN",
            [
                "Xây dựng môi trường học tập thân thiện, an toàn, chất lượng; mỗi học sinh đều có cơ hội phát "
                "triển năng lực và phẩm chất, tự tin hội nhập.",
            ],
        ),
    ]
    secs = [section([heading_widget("GIỚI THIỆU CHUNG", "gt/h1", "h1")], "gt/s0")]
    for n, (head, paras) in enumerate(texts):
        secs.append(
            section(
                [
                    heading_widget(head, f"gt/{n}/h", "h3")
                    + widget("text-editor", "\n".join(f"<p>{esc(p)}</p>" for p in paras), f"gt/{n}/t")
                ],
                f"gt/s{n + 1}",
            )
        )
    secs.append(section([widget("image", img_tag(up(1, "toan-canh-truong.jpg"), "attachment-large size-large"), "gt/img"), side_column("gt/side")], "gt/s9"))
    return wp_page("Giới thiệu", 14, "\n".join(secs), "gioi-thieu")


TEACHERS = [
    ("Nguyễn Văn Hùng", "Hiệu trưởng"),
    ("Phạm Văn Quý", "Phó Hiệu trưởng"),
    ("Lê Thị Hồng Nhung", "Phó Hiệu trưởng"),
    ("Nguyễn Thị Thanh Tâm", "Tổ trưởng Tổ Toán - Tin"),
    ("Trần Thị Thu Hà", "Giáo viên Toán"),
    ("Rơ Châm H’Yuin", "Tổng phụ trách Đội"),
    ("Trần Quốc Bảo", "Giáo viên Giáo dục thể chất"),
    ("Đinh Văn Khải", "Giáo viên Tin học"),
]


def teachers_page() -> Response:
    boxes = [
        widget(
            "image-box",
            f'<div class="elementor-image-box-wrapper"><figure class="elementor-image-box-img"><img width="300" height="300" '
            f'src="{up(8, f"gv-{n + 1}.jpg")}" class="attachment-full size-full" alt="" /></figure>'
            f'<div class="elementor-image-box-content"><h3 class="elementor-image-box-title">{esc(name)}</h3>'
            f'<p class="elementor-image-box-description">{esc(role)}</p></div></div>',
            f"gv/{n}",
        )
        for n, (name, role) in enumerate(TEACHERS)
    ]
    secs = [section([heading_widget("ĐỘI NGŨ CÁN BỘ, GIÁO VIÊN", "gv/h1", "h1")], "gv/s0")]
    for r in range(0, len(boxes), 4):
        secs.append(section(boxes[r : r + 4], f"gv/row{r}"))
    return wp_page("Đội ngũ giáo viên", 16, "\n".join(secs), "doi-ngu-giao-vien")


def contact_page() -> Response:
    fields = "".join(
        f'<div class="elementor-field-type-{t} elementor-field-group elementor-column elementor-col-100">'
        f'<label for="form-field-{n}" class="elementor-field-label">{label}</label>'
        + (
            f'<textarea class="elementor-field elementor-size-sm" name="form_fields[{n}]" id="form-field-{n}" rows="5"></textarea>'
            if t == "textarea"
            else f'<input size="1" type="{t}" name="form_fields[{n}]" id="form-field-{n}" class="elementor-field elementor-size-sm">'
        )
        + "</div>"
        for n, t, label in [("name", "text", "Họ và tên"), ("email", "email", "Email"), ("phone", "tel", "Số điện thoại"), ("message", "textarea", "Nội dung")]
    )
    form = (
        f'<form class="elementor-form" method="post" name="Liên hệ"><input type="hidden" name="post_id" value="18"/>'
        f'<input type="hidden" name="form_id" value="{eid("contact")}"/><div class="elementor-form-fields-wrapper">{fields}'
        '<div class="elementor-field-group elementor-column elementor-field-type-submit elementor-col-100"><button type="submit" class="elementor-button elementor-size-sm">'
        '<span class="elementor-button-text">Gửi liên hệ</span></button></div></div></form>'
    )
    info = icon_items(
        [
            "Địa chỉ: 98 Trần Hưng Đạo, phường Diên Hồng, TP. Pleiku, tỉnh Gia Lai",
            "Điện thoại: 0269 3824 517",
            "Email: thcstranhungdao.pleiku@gialai.edu.vn",
            "Giờ làm việc: Thứ Hai - Thứ Sáu, 7:00 - 17:00",
        ],
        "fas fa-info-circle",
    )
    secs = [
        section([heading_widget("LIÊN HỆ", "lh/h1", "h1")], "lh/s0"),
        section([widget("icon-list", info, "lh/info"), widget("form", form, "lh/form")], "lh/s1"),
    ]
    return wp_page("Liên hệ", 18, "\n".join(secs), "lien-he")


STATIC_PAGES = {"gioi-thieu": intro_page, "doi-ngu-giao-vien": teachers_page, "lien-he": contact_page}
NEWS_BY_PATH = {v[0]: k for k, v in NEWS_PAGES.items()}


class ElementorSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if not request.query:
                return home()
            if set(params) == {"p"} and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return post_page(BY_ID[int(params["p"])])
            return not_found()
        if not path.endswith("/"):
            return redirect(path + "/", 301) if path.count("/") <= 2 else not_found()
        if path in NEWS_BY_PATH:
            return news_page(request, NEWS_BY_PATH[path])
        if request.query:
            return not_found()
        if m := re.fullmatch(r"/category/([a-z-]+)/(?:page/(\d+)/)?", path):
            cat, page = m.group(1), int(m.group(2) or 1)
            if cat not in CATEGORIES:
                return not_found()
            if m.group(2) and page == 1:
                return redirect(f"/category/{cat}/", 301)
            return archive(f"Danh mục: {CATEGORIES[cat]}", cat_posts(cat), f"/category/{cat}/", page, f"category category-{cat}")
        if m := re.fullmatch(r"/author/quantrivien/(?:page/(\d+)/)?", path):
            page = int(m.group(1) or 1)
            if m.group(1) and page == 1:
                return redirect("/author/quantrivien/", 301)
            return archive(f"Tác giả: {ACCOUNT}", POSTS, "/author/quantrivien/", page, "author author-quantrivien")
        parts = path.strip("/").split("/")
        if len(parts) == 1:
            if parts[0] in BY_SLUG:
                return post_page(BY_SLUG[parts[0]])
            if parts[0] in STATIC_PAGES:
                return STATIC_PAGES[parts[0]]()
        if len(parts) == 2 and parts[0] in BY_SLUG:
            if parts[1] == "amp":
                return amp_page(BY_SLUG[parts[0]])
            if parts[0] == S_DAIHOI and parts[1] in ATTACHMENTS:
                return attachment_page(BY_SLUG[parts[0]], parts[1])
        return not_found()


def build_site() -> ElementorSite:
    return ElementorSite()
