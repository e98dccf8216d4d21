"""Fixture portal: Trường Chính trị tỉnh Quảng Ngãi on WordPress 6.x with the JNews theme.

Imitates the news site of a provincial political school as Vietnamese agencies build it on
WordPress with JNews (the most common paid news theme on Vietnamese sites), Yoast SEO, Jetpack
sharing, Contact Form 7, TablePress and the AMP plugin. Posts are written partly in the classic
editor (``[caption]`` shortcodes rendered as ``div.wp-caption`` + ``p.wp-caption-text``, bare
``<img>`` in a ``<p>``, an italic centred line under an image) and partly in Gutenberg
(``figure.wp-block-image`` + ``figcaption.wp-element-caption``, nested galleries, ``wp-block-list``,
``wp-block-heading``, ``wp-block-file``). WordPress texturizes text: quotes, dashes and ellipses
reach the page as numeric references (``&#8220;``, ``&#8211;``, ``&#8230;``).

What it serves:

- posts at date permalinks ``/YYYY/MM/DD/<slug>/`` (a missing trailing slash or a wrong date
  answers 301 to the permalink; ``/?p=ID``, the printed shortlink, answers 301 too). A post page is
  ``div.jeg_viewport > div.jeg_main > div.jeg_container`` with JNews's single template 1:
  breadcrumbs, ``h1.jeg_post_title``, ``h2.jeg_post_subtitle`` (the sapo, on some posts),
  ``div.jeg_meta_container > div.jeg_post_meta`` ("Bởi <a>Phòng Đào tạo</a>", the date as
  WordPress prints it in Vietnamese: "20 Tháng mười một, 2026", the categories after "trong",
  the comment count), ``div.jeg_featured.featured_image`` (lazy-loaded: ``src`` is the theme's
  ``jeg-empty.png`` placeholder, the real picture is in ``data-src``; a ``p.wp-caption-text``
  under it on some posts), JNews share bars above and below ("Chia sẻ", "Tweet", views),
  ``div.entry-content > div.content-inner`` (the post), ``div.jeg_post_tags``, "Bài trước" /
  "Bài tiếp theo", "Bài viết liên quan", comments with "Trả lời" links and the comment form;
- inside ``content-inner``, besides the post: JNews's inline related block "Có thể bạn quan tâm"
  (``div.jnews_inline_related_post``, a list of post links) inserted after the 2nd paragraph of
  every post, JNews's inline banner (``div.jnews_content_inline_ads``: an ``<img>`` of the
  national public-service portal) after the 4th paragraph of posts with 5 text paragraphs or more, and
  Jetpack's "Chia sẻ:" buttons appended to the content (``div.sharedaddy``);
- a sidebar on every page: "Bài viết mới" (dated), "Xem nhiều" (views), "Lịch học", banners
  ("Liên kết"), a visitor counter "Thống kê truy cập"; a top bar with today's date (TODAY), a
  "Đăng nhập" popup form, the search form (``/?s=``), the main menu twice (desktop and mobile
  off-canvas), a news ticker "Tin mới", a footer with the address, phone, hotline, email;
- the home page: JNews blocks per category (``jeg_postblock_*``), each with a "Xem thêm" load-more
  button (``data-load`` / ``data-loading``; the script posts to ``/?ajax-request=jnews``, which
  answers JSON ``{"content": …, "next": …, "prev": …}``) and, for the "Tin mới" block, a
  ``<noscript>`` link to ``/page/2/`` (the block paged server-side, 4 posts a page, JNews
  pagination);
- category archives ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/N/`` (3 posts a page,
  ``div.jeg_navigation.jeg_pagination`` with "Trang 1 of 3", numbers, "Trước"/"Tiếp"); "Nghiên cứu
  - Trao đổi" has 3 pages; tag archives ``/tag/<slug>/`` (same layout, same pagination); author
  archives ``/author/<login>/``; ``/page/1/``-style first pages answer 301, pages past the end 404;
- ``/feed/`` (RSS 2.0, the 10 newest posts, full content), category feeds, per-post comment feeds
  ``<permalink>feed/``, ``/comments/feed/``; Yoast's ``/sitemap_index.xml`` (announced in
  robots.txt) with post, page, category, tag and author sitemaps;
- an AMP twin of every post at ``<permalink>?amp=1`` (announced by ``rel=amphtml``): AMP
  reader template, ``<html amp>``, ``amp-img``, the relative date "1 tuần trước" computed from
  the fixed TODAY, a ``<time datetime>`` in UTC, ``rel=canonical`` to the permalink;
- pages: ``/gioi-thieu/``, ``/lien-he/`` (Contact Form 7), ``/lich-hoc/`` (a TablePress
  timetable linking a PDF's attachment page ``/lich-hoc/lich-hoc-lop-tc-llct-k46/``), the image
  attachment page ``/2026/11/20/<slug>/dsc_0456/`` of a photo that the first post links to
  "attachment page"-style (a date-permalink-shaped URL with a JNews single layout and an
  ``h1.jeg_post_title`` "DSC_0456"), search results ``/?s=…``; everything else is JNews's 404.

Traps and hard cases (all as WordPress + these plugins really behave):
- every comment's "Trả lời" link is ``<permalink>?replytocom=N#respond``: the same post again
  (alt_paths); Jetpack's ``?share=facebook&nb=1`` / ``?share=twitter&nb=1`` answer 302 to the
  social network, ``?share=print&nb=1`` answers the post again (alt_paths), as does ``?amp=1``;
- tag and author archives and the home's ``/page/N/`` repeat the category listings;
- the featured image is lazy-loaded (placeholder ``src``, real ``data-src``), listing thumbnails too;
- an inline banner image and an inline related-posts list sit inside the post's content element;
- one post (2402) is filed under two categories; the breadcrumb and the first category name the
  primary one (Yoast's primary category), the other category's archive lists it too;
- one post (2304) prints its sapo twice: in ``h2.jeg_post_subtitle`` and again as the first
  (bold) paragraph of the content;
- Yoast's ``article:published_time`` and JSON-LD dates are in UTC (``+00:00``); for post 2304,
  written at 06:40 local time, that is the previous day;
- comments carry their own dates with times ("21 Tháng mười một, 2026 lúc 7:12 sáng");
- a caption line that is only a Zalo file name; captions ending "(Ảnh: …)"; a caption printed as
  an italic centred paragraph under the image instead of a caption box.

Gold (by hand). Articles are the 14 posts; pages, attachment pages, archives, search, AMP and
reply/print variants are not (the variants are alt_paths of their post). Judgement calls:
- ``published_at`` is the date the post prints ("20 Tháng mười một, 2026" → ``2026-11-20``), date
  only: no time is printed on the page (the UTC times in Yoast's meta and JSON-LD are not shown);
- ``title`` is ``h1.jeg_post_title``; ``summary`` is ``h2.jeg_post_subtitle`` when printed, and the
  body's first paragraph; the bold repeat of the sapo in post 2304 is not a second paragraph;
- ``body`` is the post's own paragraphs, headings and list items in order; captions, bylines,
  the inline related list, the inline banner, Jetpack's buttons, tags and comments are not;
- ``images``: the featured image first (its ``data-src``: the picture a reader sees, not the
  placeholder and not the full-size file the picture links to), then the content images; the
  inline banner is not an article image; a caption is the ``wp-caption-text`` / ``figcaption`` /
  italic line under the image as printed (a trailing "(Ảnh: X)" kept), None when there is none or
  the line is only a file name;
- ``authors``: the in-text signature when there is one ("Tin và ảnh: Minh Châu", "Bài: Thanh Tâm
  – Ảnh: Quốc Việt", a right-aligned unit name "Khoa Lý luận cơ sở", a bare name), names without
  the academic title ("ThS.", "TS.") and without the position or unit that follows them; else the
  JNews "Bởi …" display name when it is a real unit ("Phòng Đào tạo"); the account "admin" is no
  author. ``photographers`` from "Ảnh:" / "Tin và ảnh:" / "Tin, ảnh:" and "(Ảnh: X)" in captions;
  "(Ảnh tư liệu)" names nobody;
- ``source`` from "Nguồn: Tạp chí Cộng sản" and "(Theo Tạp chí Tuyên giáo)";
- ``category`` is the breadcrumb's (the primary category), written as the site writes it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "wp_jnews_tct"
PLATFORM = "wordpress-jnews"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Quảng Ngãi"
ADDRESS = "Số 54 đường Phan Đình Phùng, phường Cẩm Thành, tỉnh Quảng Ngãi"
PHONE = "0255 3 822 417"
HOTLINE = "0914 236 558"
EMAIL = "truongchinhtri@quangngai.gov.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/jnews"
EMPTY = f"{THEME}/assets/img/jeg-empty.png"
VER = "11.6.5"
PER_PAGE = 3
HOME_PER_PAGE = 4
FEED_SIZE = 10
TODAY_DATE = date(2026, 11, 25)
_LOCAL = timezone(timedelta(hours=7))
NONCE = opaque("jnews-nonce", 5).lower()[:10]

#: category slug -> (term id, name, description)
CATS: dict[str, tuple[int, str, str]] = {
    "tin-tuc-su-kien": (3, "Tin tức - Sự kiện", "Hoạt động của Nhà trường, các khoa, phòng và đoàn thể"),
    "nghien-cuu-trao-doi": (4, "Nghiên cứu - Trao đổi", "Bài viết nghiên cứu, trao đổi của giảng viên và cộng tác viên"),
    "dao-tao-boi-duong": (5, "Đào tạo - Bồi dưỡng", "Thông tin tuyển sinh, khai giảng, bế giảng các lớp"),
}
#: login -> display name printed after "Bởi"
USERS: dict[str, str] = {
    "phongdaotao": "Phòng Đào tạo",
    "phongtchc": "Phòng Tổ chức - Hành chính",
    "admin": "admin",
}
TAGS: dict[str, str] = {
    "nha-giao": "Nhà giáo",
    "hoat-dong-nha-truong": "Hoạt động nhà trường",
    "trung-cap-llct": "Trung cấp LLCT",
    "xay-dung-dang": "Xây dựng Đảng",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo Bác",
    "giang-day-ly-luan": "Giảng dạy lý luận",
    "chuyen-doi-so": "Chuyển đổi số",
    "tuyen-sinh": "Tuyển sinh",
    "quoc-phong-an-ninh": "Quốc phòng an ninh",
}


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    when: str  # "YYYY-MM-DD HH:MM" local
    text: str
    parent: int = 0


def _u(month: str, name: str) -> str:
    return f"{UP}/2026/{month}/{name}"


def _sig(line: str, style: str = "text-align: right;", tag: str = "strong") -> Raw:
    return Raw(f'<p style="{style}"><{tag}>{line}</{tag}></p>')


# Story.opts: at (local time of the post, never printed on the post page), cats (primary first),
# user (login), tags, editor (classic | gutenberg), comments.
# Img styles: featured (div.jeg_featured), wpcap ([caption] box), plain (bare <img> in a <p>;
# "attach" also links it to its attachment page), emline (image, then a centred italic line),
# figure (Gutenberg image), gallery (Gutenberg nested gallery item).
# P styles: "" paragraph, h3/h4 heading, li/oli list items.
STORIES: list[Story] = [
    Story(
        id=2425,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="dao-tao-boi-duong",
        published_at="2026-11-24",
        blocks=[
            Img(_u("11", "thong-bao-tuyen-sinh-2027-750x375.jpg"), None, None, "featured"),
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy, Trường"
                " Chính trị tỉnh Quảng Ngãi thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ"
                " không tập trung năm 2027, dự kiến mở 6 lớp tại các khu vực trong tỉnh."
            ),
            P("Đối tượng và điều kiện dự tuyển:"),
            P(
                "Cán bộ, công chức, viên chức trong hệ thống chính trị ở cấp tỉnh và cấp xã thuộc diện"
                " quy hoạch hoặc được cử đi học theo quy định.",
                "li",
            ),
            P("Là đảng viên chính thức; có bằng tốt nghiệp trung học phổ thông trở lên.", "li"),
            P("Có đủ sức khỏe để học tập và được cơ quan có thẩm quyền cử đi học.", "li"),
            P(
                "Hồ sơ dự tuyển gồm: quyết định hoặc công văn cử đi học, sơ yếu lý lịch có xác nhận"
                " của cơ quan quản lý, bản sao bằng tốt nghiệp và 2 ảnh cỡ 3x4."
            ),
            P(
                "Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Đào tạo,"
                " Trường Chính trị tỉnh. Chi tiết xem trong thông báo đính kèm."
            ),
            Raw(
                '<div class="wp-block-file"><object class="wp-block-file__embed" data="'
                f'{UP}/2026/11/TB-tuyen-sinh-TCLLCT-2027.pdf" type="application/pdf" style="width:100%;height:600px"'
                ' aria-label="Nhúng TB-tuyen-sinh-TCLLCT-2027."></object><a id="wp-block-file--media-5f2c"'
                f' href="{UP}/2026/11/TB-tuyen-sinh-TCLLCT-2027.pdf">TB-tuyen-sinh-TCLLCT-2027</a><a'
                f' href="{UP}/2026/11/TB-tuyen-sinh-TCLLCT-2027.pdf" class="wp-block-file__button'
                ' wp-element-button" download aria-describedby="wp-block-file--media-5f2c">Tải xuống</a></div>'
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={
            "at": "09:30",
            "cats": ["dao-tao-boi-duong"],
            "user": "phongdaotao",
            "tags": ["trung-cap-llct", "tuyen-sinh"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2418,
        slug="truong-chinh-tri-tinh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title=(
            "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 – 20/11/2026)"
        ),
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Trường Chính trị tỉnh Quảng Ngãi long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam và biểu dương giảng viên, viên chức tiêu biểu năm học 2025 – 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("11", "le-ky-niem-20-11-2026-750x375.jpg"),
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "featured",
            ),
            P(
                "Dự buổi lễ có đồng chí Nguyễn Văn Lộc, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy;"
                " lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các thế hệ nhà giáo đã nghỉ hưu cùng toàn"
                " thể cán bộ, giảng viên, viên chức và người lao động của Nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, TS. Trần Thị Thanh Hương, Hiệu trưởng Nhà trường ôn lại truyền"
                " thống vẻ vang của ngành giáo dục nước nhà và chặng đường xây dựng, phát triển của hệ"
                " thống trường chính trị. Năm học 2025 – 2026, trong bối cảnh sắp xếp tổ chức bộ máy"
                " sau hợp nhất, Nhà trường đã mở 38 lớp với hơn 2.600 học viên, hoàn thành vượt mức kế"
                " hoạch đào tạo, bồi dưỡng được giao."
            ),
            Img(
                _u("11", "le-ky-niem-20-11-2026-1.jpg"),
                "TS. Trần Thị Thanh Hương, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "TS. Trần Thị Thanh Hương, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "wpcap",
            ),
            P(
                "Đồng chí Hiệu trưởng nhấn mạnh: mỗi giảng viên cần không ngừng rèn luyện phẩm chất chính"
                " trị, đạo đức nhà giáo; chủ động đổi mới nội dung, phương pháp giảng dạy, tăng cường"
                " nghiên cứu thực tế để bài giảng lý luận gắn với thực tiễn của tỉnh."
            ),
            P(
                "Nhân dịp này, Nhà trường trao Giấy khen cho 12 giảng viên, viên chức có thành tích xuất"
                " sắc trong năm học 2025 – 2026; trao thưởng cho 5 giảng viên đạt giải tại Hội thi giảng"
                " viên dạy giỏi cấp trường."
            ),
            Img(_u("11", "DSC_0456-1024x683.jpg"), None, None, "attach"),
            Img(
                _u("11", "le-ky-niem-20-11-2026-3.jpg"),
                "Lãnh đạo Nhà trường trao Giấy khen cho các cá nhân có thành tích xuất sắc",
                "Lãnh đạo Nhà trường trao Giấy khen cho các cá nhân có thành tích xuất sắc",
                "wpcap",
            ),
            P(
                "Buổi lễ là dịp để các thế hệ nhà giáo ôn lại kỷ niệm, thắt chặt tình đoàn kết, tiếp tục"
                " thi đua “dạy tốt, học tốt”, xây dựng Trường Chính trị tỉnh đạt chuẩn mức 1 theo quy định."
            ),
            _sig("Tin và ảnh: Minh Châu"),
        ],
        authors=["Minh Châu"],
        photographers=["Minh Châu"],
        opts={
            "at": "08:45",
            "cats": ["tin-tuc-su-kien"],
            "user": "phongtchc",
            "tags": ["nha-giao", "hoat-dong-nha-truong"],
            "editor": "classic",
            "comments": [
                Comment(
                    531,
                    "Nguyễn Thị Lan",
                    "2026-11-21 07:12",
                    "Chúc mừng quý thầy cô nhân Ngày Nhà giáo Việt Nam. Chúc Nhà trường ngày càng phát triển!",
                ),
                Comment(532, "admin", "2026-11-21 08:30", "Cảm ơn chị Lan đã quan tâm theo dõi.", 531),
                Comment(
                    534,
                    "Phạm Văn Thành",
                    "2026-11-22 20:05",
                    "Học viên lớp TC K45 kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc.",
                ),
            ],
        },
    ),
    Story(
        id=2412,
        slug="nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri-gan-voi-thuc-tien-dia-phuong",
        title="Nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn địa phương",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-18",
        summary=(
            "Gắn lý luận với thực tiễn là nguyên tắc xuyên suốt trong giảng dạy lý luận chính trị."
            " Bài viết phân tích một số hạn chế và đề xuất giải pháp nâng cao chất lượng giảng dạy tại"
            " Trường Chính trị tỉnh trong giai đoạn hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("11", "giang-day-ly-luan-chinh-tri-750x375.jpg"), None, None, "featured"),
            P("1. Thực trạng gắn lý luận với thực tiễn trong giảng dạy", "h3"),
            P(
                "Thời gian qua, đội ngũ giảng viên của Nhà trường đã có nhiều cố gắng trong việc đưa"
                " thực tiễn địa phương vào bài giảng. Nhiều bài giảng sử dụng số liệu kinh tế – xã hội"
                " của tỉnh, các mô hình, điển hình tiên tiến ở cơ sở để minh họa cho những nội dung lý"
                " luận."
            ),
            P(
                "Tuy nhiên, việc liên hệ thực tiễn ở một số bài giảng còn dàn trải, chưa cập nhật kịp"
                " thời những vấn đề mới phát sinh sau khi sắp xếp đơn vị hành chính và vận hành chính"
                " quyền địa phương hai cấp; hoạt động nghiên cứu thực tế của giảng viên có lúc còn hình"
                " thức."
            ),
            Img(
                _u("11", "gio-len-lop-khoa-llcs.jpg"),
                "Giờ lên lớp của giảng viên Khoa Lý luận cơ sở",
                "Giờ lên lớp của giảng viên Khoa Lý luận cơ sở",
                "emline",
            ),
            P("2. Một số giải pháp", "h3"),
            P(
                "Thứ nhất, xây dựng kế hoạch nghiên cứu thực tế theo chuyên đề, gắn với nội dung từng"
                " học phần; mỗi giảng viên có ít nhất một đợt nghiên cứu thực tế tại cơ sở mỗi năm."
            ),
            P(
                "Thứ hai, định kỳ cập nhật tài liệu tham khảo, số liệu, tình huống thực tiễn của tỉnh vào"
                " ngân hàng tư liệu dùng chung của các khoa."
            ),
            P(
                "Thứ ba, tăng cường mời báo cáo viên là lãnh đạo các sở, ngành, địa phương tham gia giảng"
                " dạy các chuyên đề thực tiễn cho học viên."
            ),
            _sig("ThS. Nguyễn Thị Thu Hiền"),
            _sig("Khoa Lý luận cơ sở", tag="em"),
        ],
        authors=["Nguyễn Thị Thu Hiền"],
        opts={
            "at": "14:10",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "phongdaotao",
            "tags": ["giang-day-ly-luan"],
            "editor": "classic",
        },
    ),
    Story(
        id=2402,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-45-he-khong-tap-trung",
        title="Bế giảng lớp Trung cấp lý luận chính trị – hành chính khóa 45 hệ không tập trung",
        cat="tin-tuc-su-kien",
        published_at="2026-11-13",
        blocks=[
            Img(_u("11", "be-giang-k45-750x375.jpg"), None, None, "featured"),
            P(
                "Chiều 12/11/2026, Trường Chính trị tỉnh tổ chức Lễ bế giảng và trao bằng tốt nghiệp cho"
                " 96 học viên lớp Trung cấp lý luận chính trị – hành chính khóa 45, hệ không tập trung,"
                " mở tại xã Bình Sơn."
            ),
            P(
                "Sau 18 tháng học tập, các học viên đã hoàn thành chương trình gồm 4 phần học, 19 học"
                " phần và đợt nghiên cứu thực tế tại địa phương. Kết quả, có 21 học viên tốt nghiệp loại"
                " giỏi (chiếm 21,9%), 72 học viên loại khá (75%) và 3 học viên loại trung bình."
            ),
            Img(
                _u("11", "be-giang-k45-1-1024x683.jpg"),
                "Đồng chí Lê Minh Quang, Phó Hiệu trưởng trao bằng tốt nghiệp cho các học viên",
                "Đồng chí Lê Minh Quang, Phó Hiệu trưởng trao bằng tốt nghiệp cho các học viên",
                "figure",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Lê Minh Quang ghi nhận tinh thần vượt khó của học viên;"
                " nhiều đồng chí vừa học tập vừa đảm nhận công việc tại cơ quan, địa phương trong giai"
                " đoạn đầu vận hành chính quyền địa phương hai cấp."
            ),
            P(
                "Đồng chí đề nghị học viên sau khi tốt nghiệp tiếp tục tự học, tự rèn luyện, vận dụng"
                " kiến thức đã học vào thực tiễn công tác, góp phần thực hiện thắng lợi Nghị quyết Đại"
                " hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030."
            ),
            Img(
                _u("11", "be-giang-k45-2-1024x683.jpg"),
                "Các học viên chụp ảnh lưu niệm cùng lãnh đạo Nhà trường",
                "Các học viên chụp ảnh lưu niệm cùng lãnh đạo Nhà trường",
                "figure",
            ),
        ],
        authors=["Phòng Đào tạo"],
        opts={
            "at": "16:20",
            "cats": ["tin-tuc-su-kien", "dao-tao-boi-duong"],
            "user": "phongdaotao",
            "tags": ["trung-cap-llct", "hoat-dong-nha-truong"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2396,
        slug="phat-huy-vai-tro-hat-nhan-chinh-tri-cua-chi-bo-co-so-trong-giai-doan-moi",
        title="Phát huy vai trò hạt nhân chính trị của chi bộ cơ sở trong giai đoạn mới",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-10",
        blocks=[
            Img(_u("11", "chi-bo-co-so-750x375.jpg"), None, None, "featured"),
            P(
                "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở; chất lượng hoạt động của chi"
                " bộ quyết định trực tiếp năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng."
            ),
            P(
                "Sau khi sắp xếp tổ chức bộ máy, nhiều chi bộ được kiện toàn, số lượng đảng viên thay đổi,"
                " địa bàn rộng hơn. Điều đó đặt ra yêu cầu đổi mới nội dung, phương thức sinh hoạt chi"
                " bộ, tránh tình trạng sinh hoạt đơn điệu, nặng về thông báo tình hình."
            ),
            P(
                "Để phát huy vai trò hạt nhân chính trị, trước hết cần nâng cao chất lượng sinh hoạt định"
                " kỳ và sinh hoạt chuyên đề; nội dung sinh hoạt phải bám sát nhiệm vụ chính trị, những"
                " vấn đề bức xúc, nổi cộm mà nhân dân quan tâm."
            ),
            P(
                "Cùng với đó, cần coi trọng công tác kiểm tra, giám sát, tự phê bình và phê bình; thực"
                " hiện nghiêm nguyên tắc tập trung dân chủ; phát huy vai trò nêu gương của cấp ủy viên"
                " và đảng viên giữ chức vụ lãnh đạo, quản lý."
            ),
            P(
                "Đặc biệt, việc phát triển đảng viên cần gắn với nâng cao chất lượng, chú trọng kết nạp"
                " đảng viên là người trẻ, người có uy tín trong cộng đồng, bảo đảm sự kế thừa và phát"
                " triển liên tục của tổ chức đảng."
            ),
            P(
                "Thực tiễn cho thấy, nơi nào chi bộ mạnh, sinh hoạt nền nếp, đảng viên gương mẫu thì nơi"
                " đó các phong trào được triển khai hiệu quả, đời sống nhân dân được cải thiện, khối đại"
                " đoàn kết được củng cố vững chắc."
            ),
            _sig("Nguồn: Tạp chí Cộng sản", tag="em"),
        ],
        source="Tạp chí Cộng sản",
        opts={
            "at": "07:45",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "admin",
            "tags": ["xay-dung-dang"],
            "editor": "classic",
        },
    ),
    Story(
        id=2385,
        slug="chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06",
        blocks=[
            Img(
                _u("11", "sinh-hoat-chuyen-de-llcs-750x375.jpg"),
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "featured",
            ),
            P(
                "Thực hiện Kế hoạch của Đảng ủy Trường về sinh hoạt chuyên đề năm 2026, ngày 04/11/2026,"
                " Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề “Nêu cao tinh thần"
                " trách nhiệm, gương mẫu của đảng viên trong thực hiện nhiệm vụ chính trị của đơn vị”."
            ),
            P(
                "Tại buổi sinh hoạt, đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề, trong đó nhấn"
                " mạnh lời dạy của Chủ tịch Hồ Chí Minh về trách nhiệm nêu gương của người đảng viên:"
                " “Đảng viên đi trước, làng nước theo sau”."
            ),
            P(
                "Các đảng viên thảo luận sôi nổi, liên hệ với thực tiễn giảng dạy, nghiên cứu khoa học và"
                " công tác chủ nhiệm lớp. Nhiều ý kiến đề xuất tăng cường đi nghiên cứu thực tế cơ sở,"
                " cập nhật những điểm mới của văn kiện Đại hội Đảng vào bài giảng."
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất 5 nhóm giải pháp cụ thể và giao từng đảng viên"
                " đăng ký nội dung thực hiện trong quý I năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong><em>Khoa Lý luận cơ sở</em></strong></p>'),
        ],
        authors=["Khoa Lý luận cơ sở"],
        opts={
            "at": "10:05",
            "cats": ["tin-tuc-su-kien"],
            "user": "admin",
            "tags": ["xay-dung-dang", "hoc-tap-va-lam-theo-bac"],
            "editor": "classic",
        },
    ),
    Story(
        id=2378,
        slug="khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-03",
        blocks=[
            Img(
                _u("11", "khai-giang-qpan-doi-tuong-4-750x375.jpg"),
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                "featured",
            ),
            P(
                "Sáng 02/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng"
                " lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Tham gia lớp học có 142 học viên là trưởng thôn, tổ dân phố, cán bộ Mặt trận và các đoàn"
                " thể ở cơ sở. Trong 6 ngày, học viên được nghiên cứu 9 chuyên đề về quan điểm của Đảng,"
                " chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng nền quốc phòng toàn"
                " dân gắn với thế trận an ninh nhân dân."
            ),
            Img(_u("11", "z6034561234567_3f2a9c8d1e7b4a6f0d2c.jpg"), "z6034561234567_3f2a9c8d1e7b4a6f0d2c.jpg", None, "wpcap"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên chấp hành"
                " nghiêm nội quy lớp học, tích cực trao đổi, thảo luận, liên hệ với tình hình thực tế ở"
                " địa phương."
            ),
            Img(_u("11", "khai-giang-qpan-2.jpg"), None, None, "plain"),
            P(
                "Kết thúc khóa học, học viên đạt yêu cầu được cấp giấy chứng nhận hoàn thành chương trình"
                " bồi dưỡng theo quy định."
            ),
            _sig("Tin, ảnh: Hoàng Nam"),
        ],
        authors=["Hoàng Nam"],
        photographers=["Hoàng Nam"],
        opts={
            "at": "14:00",
            "cats": ["dao-tao-boi-duong"],
            "user": "phongtchc",
            "tags": ["quoc-phong-an-ninh", "hoat-dong-nha-truong"],
            "editor": "classic",
        },
    ),
    Story(
        id=2372,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-dao-tao-boi-duong-can-bo-co-so-hien-nay",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-30",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là cơ sở lý luận quan trọng để các"
            " trường chính trị đổi mới nội dung, phương thức đào tạo, bồi dưỡng đội ngũ cán bộ cơ sở"
            " đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("10", "ho-chi-minh-noi-chuyen-voi-hoc-vien-750x375.jpg"),
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ, học viên Trường Nguyễn Ái Quốc Trung ương (Ảnh tư liệu)",
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ, học viên Trường Nguyễn Ái Quốc Trung ương (Ảnh tư liệu)",
                "featured",
            ),
            P("Quan điểm của Hồ Chí Minh về cán bộ", "h4"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc thành"
                " công hoặc thất bại, đều do cán bộ tốt hoặc kém”. Người đặc biệt coi trọng việc huấn"
                " luyện cán bộ, coi đó là “công việc gốc của Đảng”."
            ),
            P(
                "Theo Người, người cán bộ phải có đủ đức và tài, trong đó đức là gốc; phải gần dân, hiểu"
                " dân, học dân; lý luận phải gắn liền với thực tế, “lý luận mà không liên hệ với thực tế"
                " là lý luận suông”."
            ),
            P("Vận dụng trong đào tạo, bồi dưỡng cán bộ cơ sở", "h4"),
            P(
                "Đối với đội ngũ cán bộ cấp xã sau khi sắp xếp, nội dung đào tạo, bồi dưỡng cần tập trung"
                " vào kỹ năng quản lý nhà nước, kỹ năng vận động quần chúng, giải quyết tình huống phát"
                " sinh ở cơ sở; giảm lý thuyết trùng lặp, tăng thời lượng thảo luận, thực hành."
            ),
            P(
                "Cùng với truyền thụ kiến thức, các trường chính trị cần chú trọng giáo dục đạo đức cách"
                " mạng, tinh thần phục vụ nhân dân, ý thức tự học, tự rèn luyện suốt đời của người cán bộ,"
                " đúng như lời dạy của Người: “Học hỏi là một việc phải tiếp tục suốt đời”."
            ),
            _sig("TS. Phạm Quốc Bảo – Phó Trưởng Khoa Xây dựng Đảng"),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={
            "at": "08:00",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "admin",
            "tags": ["hoc-tap-va-lam-theo-bac", "giang-day-ly-luan"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2361,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026-14-giang-vien-tranh-tai",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026: 14 giảng viên tranh tài",
        cat="tin-tuc-su-kien",
        published_at="2026-10-27",
        summary=(
            "Từ ngày 20 đến 23/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
            " trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("10", "hoi-thi-gvdg-2026-750x375.jpg"), None, None, "featured"),
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, kỹ năng sư phạm của đội ngũ giảng"
                " viên; qua đó phát hiện, bồi dưỡng nhân tố mới tham gia Hội thi giảng viên giỏi các"
                " trường chính trị toàn quốc năm 2027."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý thuyết trong 45 phút trên lớp học thực tế, kết"
                " hợp ứng dụng công nghệ thông tin, bài giảng điện tử và các phương pháp giảng dạy tích"
                " cực như thảo luận nhóm, xử lý tình huống."
            ),
            Img(
                _u("10", "hoi-thi-gvdg-2026-1-1024x683.jpg"),
                "Giảng viên Nguyễn Thị Hồng Nhung, Khoa Nhà nước và pháp luật trình bày bài giảng",
                "Giảng viên Nguyễn Thị Hồng Nhung, Khoa Nhà nước và pháp luật trình bày bài giảng",
                "gallery",
            ),
            Img(_u("10", "hoi-thi-gvdg-2026-2-1024x683.jpg"), None, None, "gallery"),
            Img(
                _u("10", "hoi-thi-gvdg-2026-3-1024x683.jpg"),
                "Ban Giám khảo chấm thi",
                "Ban Giám khảo chấm thi",
                "gallery",
            ),
            Img(_u("10", "hoi-thi-gvdg-2026-4-1024x683.jpg"), None, None, "gallery"),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích. Giải"
                " Nhất thuộc về giảng viên Nguyễn Thị Hồng Nhung (Khoa Nhà nước và pháp luật) và giảng"
                " viên Đặng Văn Tài (Khoa Xây dựng Đảng)."
            ),
            Raw('<p class="has-text-align-right"><strong>Bài: Thanh Tâm – Ảnh: Quốc Việt</strong></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Quốc Việt"],
        opts={
            "at": "15:30",
            "cats": ["tin-tuc-su-kien"],
            "user": "phongtchc",
            "tags": ["nha-giao", "hoat-dong-nha-truong"],
            "editor": "gutenberg",
            "comments": [
                Comment(
                    519,
                    "Trần Quốc Huy",
                    "2026-10-28 09:41",
                    "Hội thi rất bổ ích, chúc mừng các giảng viên đạt giải!",
                ),
                Comment(
                    520,
                    "Lê Thị Ngọc",
                    "2026-10-28 14:03",
                    "Mong Nhà trường đăng tải thêm các bài giảng đạt giải để học viên tham khảo.",
                ),
                Comment(
                    522,
                    "Phòng Tổ chức - Hành chính",
                    "2026-10-29 08:15",
                    "Cảm ơn bạn Ngọc, Nhà trường sẽ cập nhật trong thời gian tới.",
                    520,
                ),
            ],
        },
    ),
    Story(
        id=2350,
        slug="chuyen-doi-so-trong-hoat-dong-dao-tao-boi-duong-tai-truong-chinh-tri-tinh-thuc-trang-va-giai-phap",
        title="Chuyển đổi số trong hoạt động đào tạo, bồi dưỡng tại Trường Chính trị tỉnh: Thực trạng và giải pháp",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-21",
        blocks=[
            Img(_u("10", "chuyen-doi-so-dao-tao-750x375.jpg"), None, None, "featured"),
            P(
                "Thực hiện chủ trương của Tỉnh ủy về chuyển đổi số, thời gian qua Trường Chính trị tỉnh"
                " đã từng bước ứng dụng công nghệ số trong quản lý đào tạo, giảng dạy và phục vụ học"
                " viên."
            ),
            P(
                "Nhà trường đã đưa vào sử dụng phần mềm quản lý đào tạo, hệ thống quản lý học tập trực"
                " tuyến và thư viện số với hơn 3.500 đầu tài liệu. Tuy vậy, hạ tầng công nghệ còn thiếu"
                " đồng bộ, kỹ năng số của một bộ phận giảng viên và học viên còn hạn chế."
            ),
            P("Để đẩy mạnh chuyển đổi số, cần tập trung vào ba nhóm giải pháp:"),
            P("Hoàn thiện hạ tầng số, kết nối dữ liệu học viên với cơ sở dữ liệu cán bộ của tỉnh.", "oli"),
            P("Bồi dưỡng kỹ năng số, kỹ năng thiết kế bài giảng điện tử cho đội ngũ giảng viên.", "oli"),
            P("Số hóa giáo trình, tài liệu và xây dựng học liệu mở dùng chung.", "oli"),
            Img(
                _u("10", "bai-giang-dien-tu-1024x576.jpg"),
                "Giảng viên sử dụng bài giảng điện tử trong giờ lên lớp (Ảnh: Lê Hoàng Phúc)",
                "Giảng viên sử dụng bài giảng điện tử trong giờ lên lớp (Ảnh: Lê Hoàng Phúc)",
                "figure",
            ),
            P(
                "Chuyển đổi số không chỉ là ứng dụng công nghệ mà trước hết là thay đổi nhận thức, cách"
                " dạy, cách học, hướng tới xây dựng trường chính trị thông minh, hiện đại."
            ),
            Raw('<p class="has-text-align-right"><strong>Lê Hoàng Phúc – Phòng Đào tạo</strong></p>'),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Lê Hoàng Phúc"],
        opts={
            "at": "10:30",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "phongdaotao",
            "tags": ["chuyen-doi-so", "giang-day-ly-luan"],
            "editor": "gutenberg",
        },
    ),
    Story(
        id=2339,
        slug="phat-huy-gia-tri-van-hoa-truyen-thong-trong-xay-dung-nong-thon-moi-vung-dong-bao-dan-toc-thieu-so",
        title="Phát huy giá trị văn hóa truyền thống trong xây dựng nông thôn mới vùng đồng bào dân tộc thiểu số",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-14",
        blocks=[
            Img(_u("10", "van-hoa-truyen-thong-ntm-750x375.jpg"), None, None, "featured"),
            P(
                "Văn hóa truyền thống của đồng bào các dân tộc thiểu số là nguồn lực nội sinh quan trọng"
                " trong xây dựng nông thôn mới. Những giá trị tốt đẹp như tinh thần cố kết cộng đồng, tục"
                " lệ tương trợ, các lễ hội, luật tục bảo vệ rừng… cần được kế thừa và phát huy."
            ),
            P(
                "Thực tế ở nhiều địa phương cho thấy, khi người dân được tham gia bàn bạc, quyết định,"
                " những mô hình như “làng văn hóa gắn với du lịch cộng đồng” đã vừa bảo tồn bản sắc, vừa"
                " tạo sinh kế bền vững."
            ),
            P(
                "Tuy nhiên, quá trình đô thị hóa, giao lưu văn hóa cũng làm mai một nhiều giá trị; một số"
                " hủ tục chưa được xóa bỏ triệt để, lớp trẻ ít quan tâm đến văn hóa truyền thống của dân"
                " tộc mình."
            ),
            P(
                "Vì vậy, cần phát huy vai trò của già làng, người có uy tín; đưa nội dung giáo dục văn hóa"
                " truyền thống vào trường học; lồng ghép các chương trình mục tiêu quốc gia để hỗ trợ bảo"
                " tồn nhà văn hóa truyền thống, cồng chiêng, nghề dệt thổ cẩm."
            ),
            Raw('<p style="text-align: right;"><em>(Theo Tạp chí Tuyên giáo)</em></p>'),
        ],
        source="Tạp chí Tuyên giáo",
        opts={
            "at": "09:15",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "admin",
            "tags": [],
            "editor": "classic",
        },
    ),
    Story(
        id=2330,
        slug="doan-kiem-tra-cua-ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-truong-chinh-tri-tinh",
        title="Đoàn kiểm tra của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Trường Chính trị tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08",
        blocks=[
            Img(_u("10", "doan-kiem-tra-btv-750x375.jpg"), None, None, "featured"),
            P(
                "Ngày 07/10/2026, Đoàn kiểm tra số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Ủy viên Ban"
                " Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn đã làm việc với Đảng ủy"
                " Trường Chính trị tỉnh về việc thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị."
            ),
            P(
                "Báo cáo với Đoàn, đồng chí Bí thư Đảng ủy, Hiệu trưởng Nhà trường cho biết Đảng ủy đã"
                " ban hành đầy đủ các văn bản lãnh đạo, chỉ đạo; tổ chức quán triệt đến 100% cán bộ,"
                " đảng viên; thực hiện tốt công tác tuyên truyền trước, trong và sau đại hội."
            ),
            P(
                "Kết luận buổi làm việc, Trưởng đoàn ghi nhận những kết quả Đảng ủy Trường đạt được, đồng"
                " thời đề nghị tiếp tục làm tốt công tác nắm bắt tư tưởng cán bộ, đảng viên, giữ vững"
                " đoàn kết nội bộ, thực hiện hoàn thành nhiệm vụ năm 2026."
            ),
        ],
        opts={
            "at": "09:00",
            "cats": ["tin-tuc-su-kien"],
            "user": "admin",
            "tags": ["xay-dung-dang"],
            "editor": "classic",
        },
    ),
    Story(
        id=2321,
        slug="nang-cao-hieu-qua-tu-hoc-cua-hoc-vien-he-khong-tap-trung",
        title="Nâng cao hiệu quả tự học của học viên hệ không tập trung",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-02",
        summary=(
            "Với đặc thù vừa học vừa làm, tự học là con đường chủ yếu để học viên hệ không tập trung"
            " nắm vững kiến thức lý luận chính trị."
        ),
        sapo_outside=True,
        blocks=[
            Img(_u("10", "hoc-vien-tu-hoc-thu-vien-750x375.jpg"), None, None, "featured"),
            P(
                "Học viên các lớp trung cấp lý luận chính trị hệ không tập trung phần lớn là cán bộ cơ"
                " sở, thời gian học tập trên lớp chỉ chiếm khoảng một phần ba tổng thời lượng chương"
                " trình. Phần còn lại, học viên phải tự nghiên cứu tài liệu, chuẩn bị đề cương thảo luận."
            ),
            P(
                "Khảo sát của Nhà trường năm 2026 cho thấy có khoảng 40% học viên chưa xây dựng được kế"
                " hoạch tự học phù hợp; nhiều học viên chỉ đọc tài liệu khi sắp đến kỳ thi."
            ),
            Img(
                _u("10", "hoc-vien-thao-luan-nhom.jpg"),
                "Học viên lớp TC K46 thảo luận nhóm tại thư viện Nhà trường",
                "Học viên lớp TC K46 thảo luận nhóm tại thư viện Nhà trường",
                "wpcap",
            ),
            P(
                "Để nâng cao hiệu quả tự học, giảng viên cần giao nhiệm vụ cụ thể sau mỗi buổi lên lớp,"
                " hướng dẫn phương pháp đọc và ghi chép tài liệu; Nhà trường mở rộng thời gian phục vụ của"
                " thư viện và học liệu trực tuyến."
            ),
            P(
                "Về phía học viên, cần xác định đúng động cơ học tập, sắp xếp thời gian hợp lý giữa công"
                " việc và học tập, tích cực tham gia các nhóm học tập."
            ),
            _sig("Trần Thị Mỹ Duyên"),
        ],
        authors=["Trần Thị Mỹ Duyên"],
        opts={
            "at": "15:00",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "phongdaotao",
            "tags": ["trung-cap-llct"],
            "editor": "classic",
        },
    ),
    Story(
        id=2304,
        slug="doi-moi-phuong-phap-giang-day-theo-huong-phat-huy-tinh-tich-cuc-cua-nguoi-hoc",
        title="Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-22",
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo,"
            " bồi dưỡng cán bộ tại các trường chính trị hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _u("09", "hoc-vien-thao-luan-750x375.jpg"),
                "Học viên thảo luận nhóm trong giờ học",
                "Học viên thảo luận nhóm trong giờ học",
                "featured",
            ),
            Raw(
                "<p><strong>Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết nhằm nâng cao chất lượng"
                " đào tạo, bồi dưỡng cán bộ tại các trường chính trị hiện nay.</strong></p>"
            ),
            P(
                "Học viên các trường chính trị là những người trưởng thành, đã có kinh nghiệm thực tiễn."
                " Phương pháp thuyết trình một chiều khiến giờ học nặng nề, học viên tiếp thu thụ động."
            ),
            P(
                "Giảng viên cần kết hợp thuyết trình với nêu vấn đề, thảo luận nhóm, nghiên cứu tình"
                " huống; khuyến khích học viên chia sẻ kinh nghiệm từ chính công việc của mình."
            ),
            P(
                "Bên cạnh đó, việc kiểm tra, đánh giá cần chuyển từ kiểm tra ghi nhớ sang đánh giá năng"
                " lực vận dụng, như viết tiểu luận gắn với thực tiễn cơ quan, đơn vị."
            ),
            P(
                "Đổi mới phương pháp chỉ thực sự hiệu quả khi đi cùng với đổi mới nội dung chương trình,"
                " đầu tư cơ sở vật chất và nâng cao trình độ đội ngũ giảng viên."
            ),
            _sig("Võ Văn Hòa (Khoa Xây dựng Đảng)"),
        ],
        authors=["Võ Văn Hòa"],
        opts={
            "at": "06:40",
            "cats": ["nghien-cuu-trao-doi"],
            "user": "admin",
            "tags": ["giang-day-ly-luan"],
            "editor": "classic",
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _when(s: Story) -> datetime:
    h, m = (int(x) for x in s.opts["at"].split(":"))
    d = date.fromisoformat(s.published_at)
    return datetime(d.year, d.month, d.day, h, m, tzinfo=_LOCAL)


#: newest first, as WordPress orders every listing
LATEST: list[Story] = sorted(STORIES, key=_when, reverse=True)


def article_path(s: Story) -> str:
    d = date.fromisoformat(s.published_at)
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{s.slug}/"


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if cat in s.opts["cats"]]


def in_tag(tag: str) -> list[Story]:
    return [s for s in LATEST if tag in s.opts["tags"]]


def by_user(login: str) -> list[Story]:
    return [s for s in LATEST if s.opts["user"] == login]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def alt_paths(s: Story) -> list[str]:
    """Other targets answering the same post: AMP, Jetpack's print share, reply-to-comment links."""
    path = article_path(s)
    return [
        f"{path}?amp=1",
        f"{path}?share=print&nb=1",
        *(f"{path}?replytocom={c.id}" for c in s.opts.get("comments", [])),
    ]


ATTACH_IMAGE = f"{article_path(_BY_ID[2418])}dsc_0456/"
ATTACH_PDF = "/lich-hoc/lich-hoc-lop-tc-llct-k46/"
SEARCH = "/?s=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.opts["cats"][0]][1], alt_paths=alt_paths(s)) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    *(f"/page/{n}/" for n in range(2, _pages(len(STORIES), HOME_PER_PAGE) + 1)),
    *(f"/chuyen-muc/{c}/" for c in CATS),
    *(
        f"/chuyen-muc/{c}/page/{n}/"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), PER_PAGE) + 1)
    ),
    *(f"/tag/{t}/" for t in TAGS if in_tag(t)),
    *(f"/tag/{t}/page/{n}/" for t in TAGS for n in range(2, _pages(len(in_tag(t)), PER_PAGE) + 1)),
    *(f"/author/{u}/" for u in USERS),
    *(f"/author/{u}/page/{n}/" for u in USERS for n in range(2, _pages(len(by_user(u)), PER_PAGE) + 1)),
    "/gioi-thieu/",
    "/lien-he/",
    "/lich-hoc/",
    ATTACH_PDF,
    ATTACH_IMAGE,
    SEARCH,
]


# --- text as WordPress prints it -----------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "—": "&#8212;", "…": "&#8230;"}
_MONTHS = (
    "một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai",
)  # fmt: skip


def _texturize(markup: str) -> str:
    for ch, ref in _TEXTURIZE.items():
        markup = markup.replace(ch, ref)
    return markup


def wp(value: str) -> str:
    """Escaped and texturized: typographic marks as the numeric references WordPress writes."""
    return _texturize(esc(value).replace("&#x27;", "&#8217;"))


def wp_date(d: date | datetime) -> str:
    """WordPress's "j F, Y" in Vietnamese: "20 Tháng mười một, 2026"."""
    return f"{d.day} Tháng {_MONTHS[d.month - 1]}, {d.year}"


def _comment_time(when: datetime) -> str:
    hour = when.hour % 12 or 12
    half = "sáng" if when.hour < 12 else "chiều"
    return f"{wp_date(when)} lúc {hour}:{when.minute:02d} {half}"


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _ago(d: datetime) -> str:
    """human_time_diff() against the fixed "now" of this fixture (TODAY, 09:00)."""
    now = datetime(TODAY_DATE.year, TODAY_DATE.month, TODAY_DATE.day, 9, 0, tzinfo=_LOCAL)
    days = (now - d).days
    if days < 1:
        return f"{max(1, (now - d).seconds // 3600)} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{max(1, days // 30)} tháng trước"


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _thumb(s: Story, size: str = "360x180") -> str:
    return _full(_featured(s).src).replace(".jpg", f"-{size}.jpg")


def _featured(s: Story) -> Img:
    return next(b for b in s.blocks if isinstance(b, Img) and b.style == "featured")


def _excerpt(s: Story, words: int = 30) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P) and not b.style)
    parts = first.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _attach_id(s: Story, i: int) -> int:
    return s.id + 1 + i


def _srcset(src: str) -> str:
    full = _full(src)
    return ", ".join(f"{full.replace('.jpg', f'-{w}x{w * 2 // 3}.jpg')} {w}w" for w in (300, 768)) + f", {full} 1200w"


# --- post content --------------------------------------------------------------------------------


def _img_tag(s: Story, img: Img, i: int, cls: str = "") -> str:
    aid = _attach_id(s, i)
    klass = cls or f"aligncenter size-full wp-image-{aid}"
    return (
        f'<img decoding="async" loading="lazy" class="{klass}" src="{img.src}" alt="" width="1024" height="683"'
        f' srcset="{_srcset(img.src)}" sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def _figure(s: Story, img: Img, i: int) -> str:
    cap = f'<figcaption class="wp-element-caption">{wp(img.printed)}</figcaption>' if img.printed else ""
    tag = _img_tag(s, img, i, f"wp-image-{_attach_id(s, i)}")
    return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'


def _classic_img(s: Story, img: Img, i: int) -> str:
    aid = _attach_id(s, i)
    if img.style == "wpcap":
        tag = _img_tag(s, img, i, f"wp-image-{aid} size-full").replace(
            "<img ", f'<img aria-describedby="caption-attachment-{aid}" ', 1
        )
        return (
            f'<div id="attachment_{aid}" style="width: 1034px" class="wp-caption aligncenter">{tag}'
            f'<p id="caption-attachment-{aid}" class="wp-caption-text">{wp(img.printed or "")}</p></div>'
        )
    if img.style == "attach":
        return f'<p><a href="{ATTACH_IMAGE}" rel="attachment wp-att-{aid}">{_img_tag(s, img, i)}</a></p>'
    if img.style == "emline":
        return (
            f'<p style="text-align: center;">{_img_tag(s, img, i)}</p>\n'
            f'<p style="text-align: center;"><em>{wp(img.printed or "")}</em></p>'
        )
    return f"<p>{_img_tag(s, img, i)}</p>"


def _amp_img(img: Img) -> str:
    return (
        f'<amp-img src="{img.src}" alt="" width="1024" height="683" srcset="{_srcset(img.src)}"'
        ' layout="intrinsic" class="amp-wp-enforced-sizes"></amp-img>'
    )


def _inline_related(s: Story) -> str:
    pool = [o for o in in_cat(s.opts["cats"][0]) if o.id != s.id]
    others = (pool + [o for o in LATEST if o not in pool and o.id != s.id])[:3]
    items = "".join(
        f'<article class="jeg_post jeg_pl_xs_4 format-standard"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{article_path(o)}">{wp(o.title)}</a></h3></div></article>'
        for o in others
    )
    uid = f"jnews_module_{s.id}_0_{hashlib.md5(str(s.id).encode()).hexdigest()[:13]}"
    return (
        '<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">'
        f'<div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3 {uid}" data-unique="{uid}">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        "<span>Có thể bạn quan tâm</span></h3></div>"
        f'<div class="jeg_block_container"><div class="jeg_posts "><div class="jeg_postsmall">{items}</div></div>'
        '<div class="module-overlay"><div class="preloader_type preloader_dot"><div class="module-preloader jeg_preloader dot">'
        "<span></span><span></span><span></span></div></div></div></div>"
        '<div class="jeg_block_navigation"><div class="navigation_overlay"></div><div class="jeg_block_nav ">'
        '<a href="#" class="prev disabled" title="Trước"><i class="fa fa-angle-left"></i></a>'
        '<a href="#" class="next " title="Tiếp"><i class="fa fa-angle-right"></i></a></div></div>'
        f'<script>var {uid} = {{"number_post":"3","include_category":"{CATS[s.opts["cats"][0]][0]}",'
        f'"exclude_post":"{s.id}","pagination_mode":"nextprev","paged":1}};</script>'
        "</div></div></div>"
    )


_INLINE_AD = (
    '<div class="jeg_ad jeg_ad_article jnews_content_inline_ads  "><div class=\'ads-wrapper align-center \'>'
    '<a href="https://dichvucong.gov.vn/" target="_blank" rel="nofollow noopener" class="adlink ads_image align-center">'
    f'<img src="{UP}/2025/08/banner-dich-vu-cong-quoc-gia.jpg" alt="Cổng Dịch vụ công quốc gia" width="728" height="90"></a>'
    "</div></div>"
)


def _sharedaddy(s: Story) -> str:
    path = article_path(s)
    return (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{s.id}"'
        f' class="share-facebook sd-button share-icon" href="{path}?share=facebook&amp;nb=1" target="_blank"'
        ' title="Nhấn để chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{s.id}"'
        f' class="share-twitter sd-button share-icon" href="{path}?share=twitter&amp;nb=1" target="_blank"'
        ' title="Nhấn để chia sẻ trên X"><span>X</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon"'
        f' href="{path}?share=print&amp;nb=1#print" target="_blank" title="Nhấn để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
    )


def _content(s: Story, mode: str = "page") -> str:
    """The post's ``the_content``: on the page with JNews's inline modules and Jetpack's buttons;
    ``amp`` (AMP reader: ``amp-img``, no modules) and ``feed`` (plain, no modules) without them.

    JNews counts the content's top-level paragraphs (any ``<p>``: text, a bare image, a pasted
    bold sapo) and puts "Có thể bạn quan tâm" after the 2nd, the inline banner after the 4th."""
    amp = mode == "amp"
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "featured")]
    texts = sum(1 for b in blocks if isinstance(b, P) and not b.style)
    gutenberg = s.opts["editor"] == "gutenberg"
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{wp(blocks[i].text)}</li>")
                i += 1
            tag = "ul" if b.style == "li" else "ol"
            cls = ' class="wp-block-list"' if gutenberg else ""
            out.append(f"<{tag}{cls}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("h3", "h4"):
            cls = ' class="wp-block-heading"' if gutenberg else ""
            out.append(f"<{b.style}{cls}><strong>{wp(b.text)}</strong></{b.style}>")
        elif isinstance(b, P):
            out.append(f"<p>{wp(b.text)}</p>")
        elif isinstance(b, Img) and b.style == "gallery":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                img = blocks[i]
                figs.append(_amp_fig(img) if amp else _figure(s, img, i))
                i += 1
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1'
                ' is-layout-flex wp-block-gallery-is-layout-flex">' + "".join(figs) + "</figure>"
            )
            continue
        elif isinstance(b, Img):
            if amp:
                out.append(_amp_fig(b))
            else:
                out.append(_figure(s, b, i) if b.style == "figure" else _classic_img(s, b, i))
        elif isinstance(b, Raw):
            out.append(_texturize(b.html))
        i += 1
    lines = "\n".join(out).split("\n")
    if mode != "page":
        return "\n".join(lines)
    page: list[str] = []
    count = 0
    for line in lines:
        page.append(line)
        if line.startswith("<p"):
            count += 1
            if count == 2:
                page.append(_inline_related(s))
            if count == 4 and texts >= 5:
                page.append(_INLINE_AD)
    page.append(_sharedaddy(s))
    return "\n".join(page)


def _amp_fig(img: Img) -> str:
    if img.style == "emline":
        return f'<p style="text-align: center;">{_amp_img(img)}</p>\n<p style="text-align: center;"><em>{wp(img.printed or "")}</em></p>'
    if not img.printed:
        return f'<figure class="wp-block-image size-large">{_amp_img(img)}</figure>'
    if img.style == "wpcap":
        return f'<figure class="wp-caption aligncenter amp-wp-enforced-sizes">{_amp_img(img)}<figcaption class="wp-caption-text">{wp(img.printed)}</figcaption></figure>'
    return f'<figure class="wp-block-image size-large">{_amp_img(img)}<figcaption class="wp-element-caption">{wp(img.printed)}</figcaption></figure>'


# --- page chrome ---------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện"),
    ("/chuyen-muc/nghien-cuu-trao-doi/", "Nghiên cứu - Trao đổi"),
    ("/chuyen-muc/dao-tao-boi-duong/", "Đào tạo - Bồi dưỡng"),
    ("/lich-hoc/", "Lịch học"),
    ("/lien-he/", "Liên hệ"),
]


def _menu(active: str, cls: str) -> str:
    items = []
    for n, (href, label) in enumerate(_MENU):
        cur = " current-menu-item" if href == active else ""
        items.append(
            f'<li id="menu-item-{31 + n}" class="menu-item menu-item-type-custom menu-item-object-custom{cur} bgnav"'
            f' data-item-row="default"><a href="{href}">{esc(label)}</a></li>'
        )
    return f'<ul class="{cls}">' + "".join(items) + "</ul>"


def _ticker() -> str:
    items = "".join(
        f'<div class="jeg_news_ticker_item jeg_news_ticker_animated format-standard"><span>'
        f'<a href="{article_path(s)}">{wp(s.title)}</a></span><span class="post-date">{wp_date(_when(s))}</span></div>'
        for s in LATEST[:5]
    )
    return (
        '<div class="jeg_nav_item jeg_news_ticker"><div class="jeg_breakingnews clearfix jnews_module_ticker">'
        '<div class="jeg_breakingnews_title"><i class="fa fa-bolt"></i>&nbsp;<span>Tin mới</span></div>'
        f'<div class="jeg_news_ticker"><div class="jeg_news_ticker_items">{items}</div>'
        '<div class="jeg_news_ticker_control"><div class="jeg_news_ticker_next jeg_news_ticker_arrow"><span>Tiếp</span></div>'
        '<div class="jeg_news_ticker_prev jeg_news_ticker_arrow"><span>Trước</span></div></div></div></div></div>'
    )


def _header(active: str) -> str:
    search = (
        '<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand">'
        '<a href="#" class="jeg_search_toggle" aria-label="Search Button"><i class="fa fa-search"></i></a>'
        '<form action="/" method="get" class="jeg_search_form" target="_top">'
        '<input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text" value="" autocomplete="off">'
        '<button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form>'
        '<div class="jeg_search_result jeg_search_hide with_result"><div class="search-result-wrapper"></div>'
        '<div class="search-link search-noresult">Không có kết quả</div>'
        '<div class="search-link search-all-button"><i class="fa fa-search"></i> Xem tất cả kết quả</div></div></div>'
    )
    return f"""<div class="jeg_header_wrapper"><div class="jeg_header_instagram_wrapper"></div>
<div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft">
<div class="jeg_nav_item jeg_top_date">{TODAY}</div>
<div class="jeg_nav_item"><ul class="jeg_menu jeg_top_menu"><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li><li class="menu-item"><a href="https://hcma.vn/" target="_blank">Học viện Chính trị quốc gia Hồ Chí Minh</a></li></ul></div>
</div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright">
<div class="jeg_nav_item jeg_nav_account"><ul class="jeg_accountlink jeg_menu"><li><a href="#jeg_loginform" class="jeg_popuplink"><i class="fa fa-lock"></i> Đăng nhập</a></li></ul></div>
<div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/truongchinhtriquangngai" target="_blank" rel="external noopener nofollow" class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://www.youtube.com/@truongchinhtriquangngai" target="_blank" rel="external noopener nofollow" class="jeg_youtube"><i class="fa fa-youtube-play"></i></a></div>
</div></div></div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo">
<div class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class="jeg_logo_img" src="{UP}/2025/08/logo-truong-chinh-tri-quang-ngai.png" alt="{SITE}" data-light-src="{UP}/2025/08/logo-truong-chinh-tri-quang-ngai.png" width="520" height="90"></a></div></div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_grow"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_ad jeg_ad_top jnews_header_ads"><div class="ads-wrapper"><a href="/chuyen-muc/dao-tao-boi-duong/" class="adlink ads_image"><img src="{UP}/2026/01/banner-header-chao-mung-2026.jpg" alt="Nhiệt liệt chào mừng năm học mới 2026 - 2027" width="728" height="90"></a></div></div></div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap">{_menu(active, "jeg_menu jeg_main_menu jeg_menu_style_1")}</div></div></div></div>
<div class="jeg_nav_col jeg_nav_right"><div class="item_wrap jeg_nav_alignright">{search}</div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap jeg_nav_aligncenter">{_ticker()}</div></div></div></div></div>
</div></div>
<div class="jeg_navbar_mobile_wrapper"><div class="jeg_navbar_mobile" data-mode="scroll"><div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><a href="#" aria-label="Show Menu" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a></div></div></div>
<div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap jeg_nav_aligncenter"><div class="jeg_nav_item jeg_mobile_logo"><div class="site-title"><a href="/"><img class="jeg_logo_img" src="{UP}/2025/08/logo-mobile.png" alt="{SITE}"></a></div></div></div></div>
</div></div></div></div></div>"""


def _widget(wid: str, title: str, inner: str) -> str:
    return (
        f'<div class="widget {wid.split("-")[0]}" id="{wid}"><div class="jeg_block_heading jeg_block_heading_6 jnews_module_{wid}">'
        f'<h3 class="jeg_block_title"><span>{title}</span></h3></div>{inner}</div>'
    )


def _sidebar() -> str:
    latest = "".join(
        f'<article class="jeg_post jeg_pl_sm format-standard"><div class="jeg_thumb"><a href="{article_path(s)}">'
        f'<div class="thumbnail-container animate-lazy size-715"><img width="120" height="86" src="{EMPTY}"'
        f' class="attachment-jnews-120x86 size-jnews-120x86 lazyload wp-post-image" alt="{esc(s.title)}"'
        f' data-src="{_thumb(s, "120x86")}" data-sizes="auto" data-expand="700" /></div></a></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{article_path(s)}">{wp(s.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{article_path(s)}"><i class="fa fa-clock-o"></i>'
        f" {wp_date(_when(s))}</a></div></div></div></article>"
        for s in LATEST[:5]
    )
    popular = "".join(
        f'<li><span class="jeg_popularpost_count">{n}</span><a href="{article_path(s)}">{wp(s.title)}</a>'
        f' <span class="jeg_post_meta"><i class="fa fa-eye"></i> {s.views()}</span></li>'
        for n, s in enumerate(sorted(STORIES, key=lambda s: (-s.views(), s.id))[:5], 1)
    )
    links = "".join(
        f'<a href="{href}" target="_blank" rel="noopener"><img src="{UP}/2025/08/{img}" alt="{esc(alt)}" width="300" height="80"></a>'
        for href, img, alt in (
            ("https://hcma.vn/", "banner-hvctqg.jpg", "Học viện Chính trị quốc gia Hồ Chí Minh"),
            ("https://quangngai.gov.vn/", "banner-cong-ttdt-tinh.jpg", "Cổng thông tin điện tử tỉnh Quảng Ngãi"),
            ("https://www.tapchicongsan.org.vn/", "banner-tap-chi-cong-san.jpg", "Tạp chí Cộng sản"),
        )
    )
    return (
        '<div class="jeg_sidebar left jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">'
        + _widget("jnews_module_block_22-2", "Bài viết mới", f'<div class="jeg_postblock_22 jeg_postblock"><div class="jeg_posts">{latest}</div></div>')
        + _widget("custom_html-4", "Lịch học", '<div class="textwidget custom-html-widget"><p><a href="/lich-hoc/"><img src="'
                  f'{UP}/2025/08/icon-lich-hoc.png" alt="" width="48" height="48"> Xem lịch học các lớp tuần này</a></p></div>')
        + _widget("jnews_popular-3", "Xem nhiều", f'<div class="jeg_popularpost"><ul>{popular}</ul></div>')
        + _widget("media_image-5", "Liên kết", f'<div class="tct-banners">{links}</div>')
        + _widget(
            "custom_html-6",
            "Thống kê truy cập",
            '<div class="textwidget custom-html-widget"><ul class="tct-counter"><li><i class="fa fa-user"></i> Đang online: <strong>14</strong></li>'
            "<li><i class=\"fa fa-calendar\"></i> Hôm nay: <strong>512</strong></li><li>Hôm qua: <strong>736</strong></li>"
            "<li>Tổng lượt truy cập: <strong>1.284.652</strong></li></ul></div>",
        )
        + "</div></div></div>"
    )  # fmt: skip


def _footer() -> str:
    cats = "".join(f'<li><a href="/chuyen-muc/{c}/">{esc(v[1])}</a></li>' for c, v in CATS.items())
    return f"""<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container">
<div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix">
<div class="col-md-5 footer_column"><div class="footer_widget widget_jnews_about" id="jnews_about-2"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>{SITE}</span></h3></div>
<div class="jeg_about "><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE}</p><p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div></div>
<div class="col-md-3 footer_column"><div class="footer_widget widget_nav_menu"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>Chuyên mục</span></h3></div><ul class="menu">{cats}</ul></div></div>
<div class="col-md-4 footer_column"><div class="footer_widget widget_text"><div class="jeg_footer_heading jeg_footer_heading_1"><h3 class="jeg_footer_title"><span>Kết nối</span></h3></div><div class="textwidget"><p>Fanpage: Trường Chính trị tỉnh Quảng Ngãi</p></div></div></div>
</div></div></div></div>
<div class="jeg_footer_bottom"><div class="container"><div class="footer_right"><ul class="jeg_menu_footer"><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div>
<p class="copyright">© 2026 Bản quyền thuộc {SITE}. Chịu trách nhiệm chính: TS. Trần Thị Thanh Hương – Hiệu trưởng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div>
</div></div></div>"""


_LOGIN_POPUP = f"""<div id="jeg_loginform" class="jeg_popup mfp-with-anim mfp-hide"><div class="jeg_popupform jeg_popup_account">
<form action="#" data-type="login" method="post" accept-charset="utf-8"><h3>Chào mừng trở lại!</h3><p>Đăng nhập vào tài khoản của bạn</p>
<p class="input_field"><input type="text" name="username" placeholder="Tên đăng nhập" value=""></p>
<p class="input_field"><input type="password" name="password" placeholder="Mật khẩu" value=""></p>
<p class="input_field remember_me"><input type="checkbox" id="remember_me" name="remember_me" value="true"><label for="remember_me">Ghi nhớ</label></p>
<p class="submit"><input type="hidden" name="action" value="login_handler"><input type="hidden" name="jnews_nonce" value="{NONCE}"><input type="submit" name="jeg_login_button" class="button" value="Đăng nhập"></p>
<div class="bottom_links clearfix"><a href="#jeg_forgotform" class="jeg_popuplink forgot">Quên mật khẩu?</a></div></form></div></div>"""


def _page(request: Request, title: str, main: str, body_class: str, head: str = "", active: str = "") -> str:
    base = base_url(request)
    return f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" lang="vi"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" lang="vi"> <!--<![endif]-->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<title>{title}</title>
<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
{head}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='jnews-frontend-css' href='{THEME}/assets/dist/frontend.min.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{THEME}/style.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.9' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<script type="text/javascript">var jnews_ajax_url = '/?ajax-request=jnews'</script>
<script type="text/javascript">;window.jnews=window.jnews||{{}},window.jnews.library=window.jnews.library||{{}};</script>
</head>
<body class="{body_class} wp-embed-responsive jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
{_header(active)}
<div class="jeg_main ">
<div class="jeg_container">
{main}
</div>
</div>
{_footer()}
</div>
<div id="jeg_off_canvas" class="normal"><a href="#" class="jeg_menu_close"><i class="jegicon-cross"></i></a><div class="jeg_bg_overlay"></div>
<div class="jeg_mobile_wrapper"><div class="nav_wrap"><div class="item_main"><div class="jeg_aside_item">{_menu(active, "jeg_mobile_menu")}</div></div></div></div></div>
{_LOGIN_POPUP}
<script type="text/javascript" src="{THEME}/assets/dist/frontend.min.js?ver={VER}" id="jnews-frontend-js"></script>
<script type="text/javascript" src="/wp-content/plugins/jnews-essential/assets/js/lazysizes.js?ver={VER}" id="jnews-lazysizes-js"></script>
</body>
</html>
"""


def _crumbs(trail: list[tuple[str, str]]) -> str:
    parts = ['<span class=""><a href="/">Trang chủ</a></span>']
    for n, (label, href) in enumerate(trail):
        cls = "breadcrumb_last_link" if n == len(trail) - 1 else ""
        parts.append(f'<i class="fa fa-angle-right"></i><span class="{cls}"><a href="{href}">{label}</a></span>')
    return f'<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs">{"".join(parts)}</div></div>'


# --- single post -------------------------------------------------------------------------------


def _share_bar(s: Story, base: str) -> str:
    url = quote(base + article_path(s), safe="")
    text = quote(s.title, safe="")
    return (
        '<div class="jeg_share_button clearfix"><div class="jeg_share_stats">'
        '<div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">CHIA SẺ</span></div>'
        f'<div class="jeg_views_count"><div class="counts">{s.views()}</div><span class="sharetext">LƯỢT XEM</span></div></div>'
        '<div class="jeg_sharelist">'
        f'<a href="http://www.facebook.com/sharer.php?u={url}" rel="nofollow" class="jeg_btn-facebook expanded">'
        '<i class="fa fa-facebook-official"></i><span>Chia sẻ</span></a>'
        f'<a href="https://twitter.com/intent/tweet?text={text}&amp;url={url}" rel="nofollow" class="jeg_btn-twitter expanded">'
        '<i class="fa fa-twitter"></i><span>Tweet</span></a>'
        '<div class="share-secondary">'
        f'<a href="https://zalo.me/share?u={url}" rel="nofollow" class="jeg_btn-zalo "><i class="fa fa-share"></i></a>'
        f'<a href="mailto:?subject={text}&amp;body={url}" rel="nofollow" class="jeg_btn-email "><i class="fa fa-envelope"></i></a>'
        '</div><a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div></div>'
    )


def _featured_html(s: Story) -> str:
    img = _featured(s)
    cap = f'<p class="wp-caption-text">{wp(img.printed)}</p>' if img.printed else ""
    return (
        f'<div class="jeg_featured featured_image "><a href="{_full(img.src)}">'
        '<div class="thumbnail-container animate-lazy" style="padding-bottom:50%">'
        f'<img width="750" height="375" src="{EMPTY}" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image"'
        f' alt="{esc(s.title)}" decoding="async" data-src="{img.src}" data-srcset="{img.src} 750w, {_thumb(s)} 360w"'
        ' data-sizes="auto" data-expand="700" title="" /></div></a>'
        f"{cap}</div>"
    )


def _meta_line(s: Story) -> str:
    user = s.opts["user"]
    cats = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c][1])}</a>' for c in s.opts["cats"])
    n = len(s.opts.get("comments", []))
    return (
        '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">'
        f'<div class="jeg_meta_author"><img alt="{esc(USERS[user])}" src="https://secure.gravatar.com/avatar/'
        f'{hashlib.md5(user.encode()).hexdigest()}?s=80&amp;d=mm&amp;r=g" class="avatar avatar-80 photo" height="80" width="80" decoding="async"/>'
        f'<span class="meta_text">Bởi</span> <a href="/author/{user}/">{esc(USERS[user])}</a></div>'
        f'<div class="jeg_meta_date"><a href="{article_path(s)}">{wp_date(_when(s))}</a></div>'
        f'<div class="jeg_meta_category"><span><span class="meta_text">trong</span> {cats}</span></div>'
        '</div><div class="meta_right">'
        f'<div class="jeg_meta_comment"><a href="{article_path(s)}#comments"><i class="fa fa-comment-o"></i> {n}</a></div>'
        "</div></div></div>"
    )


def _tags(s: Story) -> str:
    if not s.opts["tags"]:
        return ""
    links = "".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
    return f'<div class="jeg_post_tags"><span>Tags:</span> {links}</div>'


def _prevnext(s: Story) -> str:
    idx = LATEST.index(s)
    older = LATEST[idx + 1] if idx + 1 < len(LATEST) else None
    newer = LATEST[idx - 1] if idx > 0 else None
    out = '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
    if older:
        out += (
            f'<a href="{article_path(older)}" class="post prev-post"><span class="caption">Bài trước</span>'
            f'<h3 class="post-title">{wp(older.title)}</h3></a>'
        )
    if newer:
        out += (
            f'<a href="{article_path(newer)}" class="post next-post"><span class="caption">Bài tiếp theo</span>'
            f'<h3 class="post-title">{wp(newer.title)}</h3></a>'
        )
    return out + "</div></div>"


def _card(s: Story, cls: str = "jeg_pl_md_2", excerpt: bool = True, cat: bool = False) -> str:
    path = article_path(s)
    primary = s.opts["cats"][0]
    cat_html = (
        f'<div class="jeg_post_category"><span><a href="/chuyen-muc/{primary}/" class="category-{primary}">'
        f"{esc(CATS[primary][1])}</a></span></div>"
        if cat
        else ""
    )
    ex = (
        f'<div class="jeg_post_excerpt"><p>{wp(_excerpt(s))}</p><a href="{path}" class="jeg_readmore">Đọc thêm</a></div>'
        if excerpt
        else ""
    )
    user = s.opts["user"]
    n = len(s.opts.get("comments", []))
    return (
        f'<article class="jeg_post {cls} format-standard"><div class="jeg_thumb"><a href="{path}">'
        '<div class="thumbnail-container animate-lazy size-715"><img width="360" height="180"'
        f' src="{EMPTY}" class="attachment-jnews-360x180 size-jnews-360x180 lazyload wp-post-image" alt="{esc(s.title)}"'
        f' decoding="async" data-src="{_thumb(s)}" data-sizes="auto" data-expand="700" /></div></a>{cat_html}</div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{path}">{wp(s.title)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">bởi</span> <a href="/author/{user}/">'
        f'{esc(USERS[user])}</a></div><div class="jeg_meta_date"><a href="{path}"><i class="fa fa-clock-o"></i>'
        f' {wp_date(_when(s))}</a></div><div class="jeg_meta_comment"><a href="{path}#comments"><i class="fa fa-comment-o"></i>'
        f" {n}</a></div></div>{ex}</div></article>"
    )


def _related(s: Story) -> str:
    others = [o for o in in_cat(s.opts["cats"][0]) if o.id != s.id][:3]
    if not others:
        return ""
    cards = "".join(_card(o, "jeg_pl_md_2", excerpt=False) for o in others)
    return (
        '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook'
        ' jeg_pagination_disable jeg_col_2o3 jnews_module_related">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        "<span>Bài viết liên quan</span></h3></div>"
        f'<div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{cards}</div></div></div>'
        "</div></div>"
    )


def _comments(s: Story, reply_to: int | None) -> str:
    comments: list[Comment] = s.opts.get("comments", [])
    path = article_path(s)

    def one(c: Comment, depth: int) -> str:
        when = datetime.fromisoformat(c.when)
        kids = "".join(one(k, depth + 1) for k in comments if k.parent == c.id)
        children = f'<ul class="children">{kids}</ul>' if kids else ""
        return (
            f'<li class="comment byuser depth-{depth}" id="li-comment-{c.id}"><div id="comment-{c.id}" class="comment-wrap">'
            f'<div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{hashlib.md5(c.author.encode()).hexdigest()}'
            f'?s=55&amp;d=mm&amp;r=g" class="avatar avatar-55 photo" height="55" width="55" loading="lazy"/></div>'
            f'<div class="comment-content"><div class="comment-header"><p class="comment-author"><cite class="fn">{esc(c.author)}</cite></p>'
            f'<p class="comment-date"><a href="{path}#comment-{c.id}">{_comment_time(when)}</a></p></div>'
            f'<div class="comment-body"><p>{wp(c.text)}</p></div><span class="comment-reply">'
            f'<a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={c.id}#respond" data-commentid="{c.id}"'
            f' data-postid="{s.id}" data-belowelement="comment-{c.id}" data-respondelement="respond" data-replyto="Trả lời {esc(c.author)}"'
            f' aria-label="Trả lời {esc(c.author)}">Trả lời</a></span></div></div>{children}</li>'
        )

    listed = ""
    if comments:
        items = "".join(one(c, 1) for c in comments if not c.parent)
        listed = f'<h3 class="comment-heading">{len(comments)} Bình luận</h3><div class="jeg_commentlist_container"><ol class="commentlist">{items}</ol></div>'
    target = next((c for c in comments if c.id == reply_to), None)
    title = f"Trả lời {esc(target.author)}" if target else "Để lại một bình luận"
    cancel = "" if target else ' style="display:none;"'
    return f"""<div class="jnews_comment_container"><div id="comments" class="jeg_comments">{listed}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond"{cancel}>Hủy trả lời</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID" /><input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}" /></p></form></div></div></div>"""


def _yoast_post(s: Story, base: str) -> str:
    url = base + article_path(s)
    when = _when(s)
    modified = when + timedelta(hours=2, minutes=17)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": USERS[s.opts["user"]], "@id": f"{base}/#/schema/person/{s.opts['user']}"},
                "headline": s.title,
                "datePublished": _utc(when),
                "dateModified": _utc(modified),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{base}/#organization"},
                "image": {"@id": f"{url}#primaryimage"},
                "thumbnailUrl": base + _full(_featured(s).src),
                "keywords": [TAGS[t] for t in s.opts["tags"]],
                "articleSection": [CATS[c][1] for c in s.opts["cats"]],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {"@type": "ListItem", "position": 2, "name": s.title},
                ],
            },
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/"},
        ],
    }
    return (
        f'<meta name="description" content="{esc(_excerpt(s, 25))}" />\n'
        f'<link rel="canonical" href="{url}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE}" />\n'
        f'<meta property="article:published_time" content="{_utc(when)}" />\n'
        f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
        f'<meta property="og:image" content="{base}{_full(_featured(s).src)}" />\n'
        f'<meta name="author" content="{esc(USERS[s.opts["user"]])}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False, separators=(",", ":"))}</script>\n'
    )


def _single(s: Story, request: Request, reply_to: int | None = None) -> str:
    base = base_url(request)
    path = article_path(s)
    primary = s.opts["cats"][0]
    subtitle = f'<h2 class="jeg_post_subtitle">{wp(s.summary)}</h2>' if s.summary and s.sapo_outside else ""
    main = f"""<div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
{_crumbs([(esc(CATS[primary][1]), f"/chuyen-muc/{primary}/"), (wp(s.title), path)])}
<div class="entry-header">
<h1 class="jeg_post_title">{wp(s.title)}</h1>
{subtitle}
{_meta_line(s)}
</div>
{_featured_html(s)}
<div class="jeg_share_top_container">{_share_bar(s, base)}</div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{_content(s)}
</div>
{_tags(s)}
</div>
<div class="jeg_share_bottom_container">{_share_bar(s, base)}</div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
{_prevnext(s)}
{_related(s)}
<div class="jnews_popup_post_container"></div>
{_comments(s, reply_to)}
</div>
</div>
{_sidebar()}
</div></div></div>"""
    head = (
        _yoast_post(s, base)
        + f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
        + f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(s.title)} Dòng phản hồi" href="{base}{path}feed/" />\n'
        + f'<link rel="amphtml" href="{base}{path}?amp=1">\n'
    )
    klass = f"post-template-default single single-post postid-{s.id} single-format-standard jeg_single_tpl_1"
    return _page(request, f"{wp(s.title)} - {SITE}", main, klass, head)


def _amp(s: Story, request: Request) -> str:
    base = base_url(request)
    path = article_path(s)
    img = _featured(s)
    cap = f'<p class="wp-caption-text">{wp(img.printed)}</p>' if img.printed else ""
    subtitle = f'<h2 class="amp-wp-subtitle">{wp(s.summary)}</h2>' if s.summary and s.sapo_outside else ""
    tags = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
    cats = ", ".join(f'<a href="{base}/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c][1])}</a>' for c in s.opts["cats"])
    when = _when(s)
    return f"""<!DOCTYPE html>
<html amp lang="vi" data-amp-auto-lightbox-disable transformed="self;v=1">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{wp(s.title)} &#8211; {SITE}</title>
<link rel="canonical" href="{base}{path}">
<style amp-custom>.amp-wp-header{{background:#8b0000}}.amp-wp-article{{margin:1.5em auto;max-width:840px}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{SITE}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{wp(s.title)}</h1>
{subtitle}
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(USERS[s.opts["user"]])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(when)}">{_ago(when)}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption">{_amp_img(img)}{cap}</figure>
<div class="amp-wp-article-content">
{_content(s, "amp")}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
{f'<div class="amp-wp-meta amp-wp-tax-tag">Thẻ: {tags}</div>' if tags else ""}
<div class="amp-wp-meta amp-wp-comments-link"><a href="{base}{path}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body>
</html>
"""


# --- listings ------------------------------------------------------------------------------------


def _pagination(base_path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return base_path if n == 1 else f"{base_path}page/{n}/"

    parts = [f'<span class="page_info">Trang {page} of {pages}</span>']
    if page > 1:
        parts.append(f'<a href="{url(page - 1)}" class="page_nav prev" data-id="{page - 1}"><span class="navtext">Trước</span></a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="page_number active">{n}</span>')
        else:
            parts.append(f'<a href="{url(n)}" class="page_number" data-id="{n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="{url(page + 1)}" class="page_nav next" data-id="{page + 1}"><span class="navtext">Tiếp</span></a>')
    return (
        '<div class="jnews_archive_pagination_wrapper"><div class="jeg_navigation jeg_pagination jeg_pagenav_1'
        ' jeg_aligncenter no_navtext">' + "".join(parts) + "</div></div>"
    )


def _archive(
    request: Request, title: str, subtitle: str, items: list[Story], page: int, base_path: str,
    body_class: str, crumb: str, active: str = "", head: str = "",
) -> str | None:  # fmt: skip
    pages = _pages(len(items), PER_PAGE)
    if page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(_card(s, "jeg_pl_lg_2", excerpt=True, cat=True) for s in chunk)
    sub = f'<h2 class="jeg_archive_subtitle">{esc(subtitle)}</h2>' if subtitle else ""
    main = f"""<div class="jeg_content"><div class="jeg_section"><div class="container">
<div class="jeg_ad jeg_archive jnews_archive_above_content_ads "><div class='ads-wrapper  '></div></div>
<div class="jeg_cat_content row">
<div class="jeg_main_content jeg_column col-sm-8"><div class="jeg_inner_content">
<div class="jeg_archive_header">{_crumbs([(crumb, base_path)])}
<h1 class="jeg_archive_title">{esc(title)}</h1>{sub}</div>
<div class="jnews_archive_content_wrapper"><div class="jeg_module_hook jnews_module_archive" data-unique="jnews_module_archive">
<div class="jeg_postblock_5 jeg_postblock jeg_col_2o3"><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{cards}</div></div></div>
{_pagination(base_path, page, pages)}
</div></div>
</div></div>
{_sidebar()}
</div></div></div></div>"""
    suffix = f" - Trang {page} trên {pages}" if page > 1 else ""
    canonical = base_url(request) + (base_path if page == 1 else f"{base_path}page/{page}/")
    head = f'<link rel="canonical" href="{canonical}" />\n' + head
    return _page(request, f"{esc(title)} Archives{suffix} - {SITE}", main, body_class, head, active)


def _block(uid: str, title: str, href: str, items: list[Story], number: int, total: int, cat_id: int | None, noscript: bool = False) -> str:
    cards = "".join(_card(s, "jeg_pl_md_1", excerpt=False, cat=cat_id is None) for s in items[:number])
    more = ""
    if total > number:
        more = (
            '<div class="jeg_block_navigation"><div class="navigation_overlay"><div class="module-preloader jeg_preloader small">'
            "<span></span><span></span><span></span></div></div><div class=\"jeg_block_loadmore \">"
            "<a href=\"#\" class='' data-load='Xem thêm' data-loading='Đang tải...'> Xem thêm</a></div></div>"
        )
        if noscript:
            more += '<noscript><a href="/page/2/" class="jeg_noscript_loadmore">Xem thêm</a></noscript>'
    attrs = {
        "first_title": title,
        "include_category": str(cat_id) if cat_id else "",
        "number_post": str(number),
        "pagination_mode": "loadmore",
        "pagination_number_post": str(number),
        "paged": 1,
        "class": "jnews_block_5",
    }
    return (
        f'<div class="jeg_postblock_5 jeg_postblock jeg_module_hook jeg_pagination_loadmore jeg_col_2o3 {uid}" data-unique="{uid}">'
        '<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title">'
        + (f'<a href="{href}"><span>{esc(title)}</span></a>' if href else f"<span>{esc(title)}</span>")
        + "</h3></div>"
        f'<div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">{cards}</div></div>{more}'
        f"<script>var {uid} = {json.dumps(attrs, ensure_ascii=False)};</script></div>"
    )


def _home(request: Request, page: int) -> str | None:
    pages = _pages(len(LATEST), HOME_PER_PAGE)
    if page > pages:
        return None
    base = base_url(request)
    if page == 1:
        hero = LATEST[:4]
        hero_html = "".join(
            f'<article class="jeg_post jeg_hero_item_{n + 1} format-standard"><div class="jeg_block_container">'
            f'<span class="jeg_postformat_icon"></span><div class="jeg_thumb"><a href="{article_path(s)}">'
            f'<div class="thumbnail-container thumbnail-background" data-src="{_thumb(s, "750x375")}"><div class="lazyloaded"'
            f' data-src="{_thumb(s, "750x375")}" style="background-image: url({_thumb(s, "750x375")})"></div></div></a></div>'
            f'<div class="jeg_postblock_content"><div class="jeg_post_category"><a href="/chuyen-muc/{s.opts["cats"][0]}/">'
            f'{esc(CATS[s.opts["cats"][0]][1])}</a></div><div class="jeg_post_info"><h2 class="jeg_post_title">'
            f'<a href="{article_path(s)}">{wp(s.title)}</a></h2><div class="jeg_post_meta"><div class="jeg_meta_date">'
            f'<a href="{article_path(s)}"><i class="fa fa-clock-o"></i> {wp_date(_when(s))}</a></div></div></div></div></div></article>'
            for n, s in enumerate(hero)
        )
        blocks = (
            f'<div class="jeg_heroblock jeg_heroblock_1 jeg_col_3o3 jeg_hero_style_1"><div class="jeg_heroblock_wrapper">{hero_html}</div></div>'
            + _block("jnews_module_1_1_6a2f", "Tin mới", "", LATEST, HOME_PER_PAGE, len(LATEST), None, noscript=True)
            + "".join(
                _block(f"jnews_module_1_{2 + n}_6a3{n}", v[1], f"/chuyen-muc/{c}/", in_cat(c), 3, len(in_cat(c)), v[0])
                for n, (c, v) in enumerate(CATS.items())
            )
        )
        title = f"{SITE} - Cổng thông tin điện tử"
        head = f'<link rel="canonical" href="{base}/" />\n'
    else:
        chunk = LATEST[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
        cards = "".join(_card(s, "jeg_pl_md_1", excerpt=True, cat=True) for s in chunk)
        nav = _pagination("/", page, pages)
        blocks = (
            '<div class="jeg_postblock_5 jeg_postblock jeg_module_hook jeg_col_2o3 jnews_module_1_1_6a2f">'
            '<div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Tin mới</span></h3></div>'
            f'<div class="jeg_block_container"><div class="jeg_posts">{cards}</div></div></div>{nav}'
        )
        title = f"{SITE} - Trang {page} trên {pages} - Cổng thông tin điện tử"
        head = f'<link rel="canonical" href="{base}/page/{page}/" />\n'
    main = f"""<div class="jeg_content"><div class="jeg_vc_content">
<div class="row vc_row wpb_row vc_row-fluid"><div class="jeg-vc-wrapper"><div class="wpb_column jeg_column vc_column_container vc_col-sm-8"><div class="jeg_wrapper wpb_wrapper">
{blocks}
</div></div>
<div class="wpb_column jeg_column vc_column_container vc_col-sm-4">{_sidebar()}</div></div></div>
</div></div>"""
    klass = "home page-template page-template-template-builder page-id-2" + (" paged" if page > 1 else "")
    return _page(request, title, main, klass, head, "/")


# --- pages ---------------------------------------------------------------------------------------

_ABOUT = (
    "Trường Chính trị tỉnh Quảng Ngãi là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, chịu sự chỉ đạo"
    " trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự hướng dẫn về chuyên môn, nghiệp vụ của Học"
    " viện Chính trị quốc gia Hồ Chí Minh.",
    "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ"
    " sở; trưởng, phó phòng, ban, ngành cấp tỉnh và tương đương; cán bộ, công chức, viên chức về lý"
    " luận chính trị, chuyên môn, nghiệp vụ; nghiên cứu khoa học về lý luận và thực tiễn.",
    "Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Trường Chính trị tỉnh Quảng Ngãi và"
    " Trường Chính trị tỉnh Kon Tum được hợp nhất. Hiện nay Nhà trường có 4 khoa, 2 phòng với 78 cán"
    " bộ, giảng viên, viên chức.",
)

_TIMETABLE = (
    ("Lớp", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Địa điểm"),
    ("TC LLCT K46 (Bình Sơn)", "Triết học", "Triết học", "Kinh tế chính trị", "Kinh tế chính trị", "Thảo luận", "Trung tâm Chính trị xã Bình Sơn"),
    ("TC LLCT K47 (Kon Tum)", "Xây dựng Đảng", "Xây dựng Đảng", "—", "Quản lý nhà nước", "Quản lý nhà nước", "Cơ sở 2, TP. Kon Tum cũ"),
    ("BD QP-AN ĐT4", "Chuyên đề 5", "Chuyên đề 6", "Chuyên đề 7", "Chuyên đề 8", "Kiểm tra", "Hội trường A"),
)  # fmt: skip


def _wp_page(request: Request, slug: str, title: str, body: str, pid: int) -> str:
    base = base_url(request)
    main = f"""<div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
{_crumbs([(esc(title), f"/{slug}/")])}
<div class="entry-header"><h1 class="jeg_post_title">{esc(title)}</h1></div>
<div class="entry-content"><div class="content-inner">
{body}
</div></div>
</div></div>
{_sidebar()}
</div></div></div>"""
    head = f'<link rel="canonical" href="{base}/{slug}/" />\n<meta property="og:type" content="article" />\n'
    return _page(request, f"{esc(title)} - {SITE}", main, f"page-template-default page page-id-{pid}", head, f"/{slug}/")


def _about(request: Request) -> str:
    body = "\n".join(f"<p>{wp(p)}</p>" for p in _ABOUT)
    body += "\n<h3>Ban Giám hiệu</h3>\n<ul><li>TS. Trần Thị Thanh Hương – Hiệu trưởng</li><li>ThS. Lê Minh Quang – Phó Hiệu trưởng</li><li>ThS. Huỳnh Văn Đức – Phó Hiệu trưởng</li></ul>"
    return _wp_page(request, "gioi-thieu", "Giới thiệu", body, 11)


def _contact(request: Request) -> str:
    body = f"""<p><strong>{SITE}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE}<br />Đường dây nóng: {HOTLINE}<br />Email: {EMAIL}</p>
<div class="wpcf7 no-js" id="wpcf7-f58-p13-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f58-p13-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="58" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f58-p13-o1" /></div>
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p><div class="wpcf7-response-output" aria-hidden="true"></div></form></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3872.4" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>"""
    return _wp_page(request, "lien-he", "Liên hệ", body, 13)


def _timetable(request: Request) -> str:
    head, *rows = _TIMETABLE
    thead = "".join(f'<th class="column-{n + 1}">{esc(c)}</th>' for n, c in enumerate(head))
    tbody = "".join(
        f'<tr class="row-{r + 2}">' + "".join(f'<td class="column-{n + 1}">{wp(c)}</td>' for n, c in enumerate(row)) + "</tr>"
        for r, row in enumerate(rows)
    )
    body = f"""<p>Lịch học các lớp tuần từ ngày 23/11/2026 đến ngày 27/11/2026 (buổi sáng từ 7h30, buổi chiều từ 13h30).</p>
<h2 id="tablepress-3-name" class="tablepress-table-name tablepress-table-name-id-3">Lịch học tuần 48</h2>
<table id="tablepress-3" class="tablepress tablepress-id-3" aria-labelledby="tablepress-3-name"><thead><tr class="row-1">{thead}</tr></thead><tbody class="row-striping row-hover">{tbody}</tbody></table>
<p>Lịch học lớp Trung cấp LLCT K46 cả khóa: <a href="{ATTACH_PDF}" rel="attachment wp-att-2409">Lich-hoc-lop-TC-LLCT-K46</a> (<a href="{UP}/2026/11/Lich-hoc-lop-TC-LLCT-K46.pdf">tải về</a>).</p>"""
    return _wp_page(request, "lich-hoc", "Lịch học", body, 15)


def _attachment(request: Request, kind: str) -> str:
    base = base_url(request)
    if kind == "pdf":
        path, title, parent, when = ATTACH_PDF, "Lich-hoc-lop-TC-LLCT-K46", ("Lịch học", "/lich-hoc/"), datetime(2026, 11, 16, 10, 2, tzinfo=_LOCAL)
        body = f"<p class=\"attachment\"><a href='{UP}/2026/11/Lich-hoc-lop-TC-LLCT-K46.pdf'>Lich-hoc-lop-TC-LLCT-K46</a></p>"
        aid = 2409
    else:
        s = _BY_ID[2418]
        path, title, parent, when = ATTACH_IMAGE, "DSC_0456", (wp(s.title), article_path(s)), _when(s)
        body = (
            f'<p class="attachment"><a href="{UP}/2026/11/DSC_0456.jpg"><img width="1024" height="683" src="{UP}/2026/11/DSC_0456-1024x683.jpg"'
            f' class="attachment-large size-large" alt="" decoding="async" /></a></p>'
        )
        aid = 2424
    main = f"""<div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
{_crumbs([parent, (esc(title), path)])}
<div class="entry-header"><h1 class="jeg_post_title">{esc(title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_date"><a href="{path}">{wp_date(when)}</a></div></div></div></div></div>
<div class="entry-content"><div class="content-inner">
{body}
</div></div>
<div class="jeg_prevnext_post"><a href="{parent[1]}" class="post prev-post"><span class="caption">Đăng trong</span><h3 class="post-title">{parent[0]}</h3></a></div>
</div></div>
{_sidebar()}
</div></div></div>"""
    head = f'<link rel="canonical" href="{base}{path}" />\n'
    return _page(request, f"{esc(title)} - {SITE}", main, f"attachment attachment-template-default single single-attachment postid-{aid}", head)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = request.params.get("s", "").strip()
    hits = [s for s in LATEST if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    cards = "".join(_card(s, "jeg_pl_lg_2", excerpt=True, cat=True) for s in hits) or (
        '<div class="jeg_empty_module">Không tìm thấy kết quả nào phù hợp.</div>'
    )
    main = f"""<div class="jeg_content"><div class="jeg_section"><div class="container"><div class="jeg_cat_content row">
<div class="jeg_main_content jeg_column col-sm-8"><div class="jeg_inner_content">
<div class="jeg_archive_header">{_crumbs([("Tìm kiếm", "/?s=" + quote(q))])}
<h1 class="jeg_archive_title">Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221;</h1>
<div class="jeg_archive_search"><form action="/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text" value="{esc(q)}" autocomplete="off"><button type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div>
<div class="jeg_postblock_5 jeg_postblock jeg_col_2o3"><div class="jeg_block_container"><div class="jeg_posts">{cards}</div></div></div>
</div></div>
{_sidebar()}
</div></div></div></div>"""
    head = "<meta name='robots' content='noindex, follow' />\n"
    return _page(request, f"Bạn đã tìm kiếm {esc(q)} - {SITE}", main, "search search-results", head)


def _not_found(request: Request) -> Response:
    main = f"""<div class="jeg_content"><div class="jeg_section"><div class="container"><div class="jeg_cat_content row">
<div class="jeg_main_content jeg_column col-sm-8"><div class="jeg_inner_content"><div class="jeg_archive_header"><h1 class="jeg_archive_title">Không tìm thấy trang</h1></div>
<div class="jnews_404_content_wrapper"><h3>404</h3><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. Hãy thử tìm kiếm:</p>
<form action="/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Tìm kiếm..." type="text" value=""></form></div>
</div></div>{_sidebar()}</div></div></div></div>"""
    return html(_page(request, f"Không tìm thấy trang - {SITE}", main, "error404"), status=404)


# --- feeds, sitemaps, ajax -----------------------------------------------------------------------


def _rss_item(s: Story, base: str) -> str:
    url = base + article_path(s)
    cats = "".join(f"<category><![CDATA[{CATS[c][1]}]]></category>" for c in s.opts["cats"])
    cats += "".join(f"<category><![CDATA[{TAGS[t]}]]></category>" for t in s.opts["tags"])
    return f"""
		<item>
		<title>{wp(s.title)}</title>
		<link>{url}</link>
		<comments>{url}#respond</comments>
		<dc:creator><![CDATA[{USERS[s.opts["user"]]}]]></dc:creator>
		<pubDate>{format_datetime(_when(s).astimezone(UTC), usegmt=True).replace("GMT", "+0000")}</pubDate>
		{cats}
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{wp(_excerpt(s, 55))}]]></description>
		<content:encoded><![CDATA[{_content(s, "feed")}]]></content:encoded>
		<wfw:commentRss>{url}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
		</item>"""


def _rss(request: Request, items: list[Story], title: str, self_path: str) -> Response:
    base = base_url(request)
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{title}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}/</link>
	<description>Cổng thông tin điện tử</description>
	<lastBuildDate>{format_datetime(_when(LATEST[0]).astimezone(UTC), usegmt=True).replace("GMT", "+0000")}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{"".join(_rss_item(s, base) for s in items[:FEED_SIZE])}
	</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, s: Story | None) -> Response:
    base = base_url(request)
    if s is None:
        pairs = [(o, c) for o in LATEST for c in o.opts.get("comments", [])]
        title, self_path = f"Bình luận về {SITE}", "/comments/feed/"
    else:
        pairs = [(s, c) for c in s.opts.get("comments", [])]
        title, self_path = f"Bình luận về: {wp(s.title)}", f"{article_path(s)}feed/"
    items = "".join(
        f"""
	<item>
		<title>Bởi: {esc(c.author)}</title>
		<link>{base}{article_path(o)}#comment-{c.id}</link>
		<dc:creator><![CDATA[{c.author}]]></dc:creator>
		<pubDate>{format_datetime(datetime.fromisoformat(c.when).replace(tzinfo=_LOCAL).astimezone(UTC), usegmt=True).replace("GMT", "+0000")}</pubDate>
		<guid isPermaLink="false">{base}/?p={o.id}#comment-{c.id}</guid>
		<description><![CDATA[{c.text}]]></description>
		<content:encoded><![CDATA[<p>{wp(c.text)}</p>]]></content:encoded>
	</item>"""
        for o, c in pairs
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}{self_path[:-5] if s else "/"}</link>
	<description>Cổng thông tin điện tử</description>
	<language>vi</language>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _sitemap_urls(base: str, rows: list[tuple[str, str]], images: dict[str, list[str]] | None = None) -> str:
    out = []
    for path, mod in rows:
        imgs = "".join(f"\n\t\t<image:image>\n\t\t\t<image:loc>{base}{i}</image:loc>\n\t\t</image:image>" for i in (images or {}).get(path, []))
        out.append(f"\t<url>\n\t\t<loc>{base}{path}</loc>\n\t\t<lastmod>{mod}</lastmod>{imgs}\n\t</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
        f'{base.split("://", 1)[1]}/main-sitemap.xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd'
        ' http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd"'
        ' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(out) + "\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
    )


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    newest = _utc(_when(LATEST[0]) + timedelta(hours=2, minutes=17))
    if which == "sitemap_index":
        maps = ["post-sitemap", "page-sitemap", "category-sitemap", "post_tag-sitemap", "author-sitemap"]
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
            f'{base.split("://", 1)[1]}/main-sitemap.xsl"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "".join(f"\t<sitemap>\n\t\t<loc>{base}/{m}.xml</loc>\n\t\t<lastmod>{newest}</lastmod>\n\t</sitemap>\n" for m in maps)
            + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )
    elif which == "post-sitemap":
        rows = [(article_path(s), _utc(_when(s) + timedelta(hours=2, minutes=17))) for s in reversed(LATEST)]
        images = {
            article_path(s): [_full(_featured(s).src)] + [i.src for i in s.images if i.style != "featured"] for s in STORIES
        }
        body = _sitemap_urls(base, [("/", newest), *rows], images)
    elif which == "page-sitemap":
        body = _sitemap_urls(base, [(p, "2026-08-12T02:40:11+00:00") for p in ("/gioi-thieu/", "/lien-he/", "/lich-hoc/")])
    elif which == "category-sitemap":
        body = _sitemap_urls(base, [(f"/chuyen-muc/{c}/", _utc(_when(in_cat(c)[0]))) for c in CATS])
    elif which == "post_tag-sitemap":
        body = _sitemap_urls(base, [(f"/tag/{t}/", _utc(_when(in_tag(t)[0]))) for t in TAGS if in_tag(t)])
    elif which == "author-sitemap":
        body = _sitemap_urls(base, [(f"/author/{u}/", _utc(_when(by_user(u)[0]))) for u in USERS if u != "admin"])
    else:
        return None
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"})


def _ajax(request: Request) -> Response:
    """JNews's module AJAX: POST ``action=jnews_module_ajax_jnews_block_5`` with the block's attributes."""
    form = request.form if request.method == "POST" else {}
    if not form.get("action", "").startswith("jnews_module_ajax_"):
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        page = max(1, int(form.get("data[current_page]", "1")))
        number = max(1, int(form.get("data[attribute][number_post]", "3")))
    except ValueError:
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    cat_id = form.get("data[attribute][include_category]", "")
    slug = next((c for c, v in CATS.items() if str(v[0]) == cat_id), None)
    items = in_cat(slug) if slug else LATEST
    chunk = items[(page - 1) * number : page * number]
    payload = {
        "content": "".join(_card(s, "jeg_pl_md_1", excerpt=False, cat=slug is None) for s in chunk),
        "next": page * number < len(items),
        "prev": page > 1,
    }
    body = json.dumps(payload).replace("/", "\\/")
    return Response(200, body, {"Content-Type": "application/json; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/sitemap_index.xml\n"

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/.*)?$")
_PAGED = re.compile(r"^(.*/)page/(\d+)/$")


class JNewsSite:
    """WordPress's rewrite rules for this site, as a table of prefixes and regexes."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/wp-content/uploads/") and path.endswith(".pdf"):
            known = {f"{UP}/2026/11/TB-tuyen-sinh-TCLLCT-2027.pdf", f"{UP}/2026/11/Lich-hoc-lop-TC-LLCT-K46.pdf"}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(request)
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-json/":
            body = json.dumps({"name": SITE, "url": base_url(request), "namespaces": ["oembed/1.0", "jnews/v1", "wp/v2"]})
            return Response(200, body.replace("/", "\\/"), {"Content-Type": "application/json; charset=UTF-8"})
        if m := re.fullmatch(r"/([a-z_-]+)\.xml", path):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path == "/":
            return self._root(request, params)
        if path == "/feed/":
            return _rss(request, LATEST, SITE, "/feed/")
        if path == "/comments/feed/":
            return _comment_feed(request, None)
        if m := _POST.match(path):
            return self._post(request, m)
        if (m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/feed/", path)) and m.group(1) in CATS:
            return _rss(request, in_cat(m.group(1)), f"{SITE} &raquo; {esc(CATS[m.group(1)][1])}", path)
        if not path.endswith("/"):
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301) if self._known(path + "/") else _not_found(request)
        page = 1
        if m := _PAGED.match(path):
            page = int(m.group(2))
            if page == 1:
                return redirect(m.group(1), 301)
            path = m.group(1)
        page_html = self._listing(request, path, page)
        return html(page_html) if page_html else _not_found(request)

    def _known(self, path: str) -> bool:
        return bool(_POST.match(path)) or path in {"/feed/", "/gioi-thieu/", "/lien-he/", "/lich-hoc/"} or path.startswith(
            ("/chuyen-muc/", "/tag/", "/author/")
        )

    def _root(self, request: Request, params: dict[str, str]) -> Response:
        if "ajax-request" in params:
            return _ajax(request)
        if "p" in params:
            s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(article_path(s), 301) if s else _not_found(request)
        if "s" in params:
            return html(_search(request))
        return html(_home(request, 1) or "")

    def _post(self, request: Request, m: re.Match) -> Response:
        slug, rest = m.group(4), m.group(5) or ""
        s = next((o for o in STORIES if o.slug == slug), None)
        if s is None:
            return _not_found(request)
        path = article_path(s)
        right_date = path.startswith(f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/")
        if right_date and rest == "/dsc_0456/" and s.id == 2418:
            return html(_attachment(request, "image"))
        if right_date and rest == "/feed/":
            return _comment_feed(request, s)
        if rest not in ("", "/"):
            return _not_found(request)
        if rest == "" or not right_date:  # redirect_canonical()
            return redirect(path + (f"?{request.query}" if request.query else ""), 301)
        params = request.params
        share = params.get("share")
        if share == "facebook":
            return redirect(f"https://www.facebook.com/sharer.php?u={quote(base_url(request) + path, safe='')}&t={quote(s.title, safe='')}", 302)
        if share == "twitter":
            return redirect(f"https://twitter.com/intent/tweet?text={quote(s.title, safe='')}&url={quote(base_url(request) + path, safe='')}", 302)
        if "amp" in params:
            return html(_amp(s, request))
        reply = params.get("replytocom", "")
        reply_to = int(reply) if reply.isdigit() else None
        return html(_single(s, request, reply_to))

    def _listing(self, request: Request, path: str, page: int) -> str | None:
        if path == "/":
            return _home(request, page)
        if path == "/gioi-thieu/" and page == 1:
            return _about(request)
        if path == "/lien-he/" and page == 1:
            return _contact(request)
        if path == "/lich-hoc/" and page == 1:
            return _timetable(request)
        if path == ATTACH_PDF and page == 1:
            return _attachment(request, "pdf")
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/", path):
            slug = m.group(1)
            if slug not in CATS:
                return None
            cid, name, desc = CATS[slug]
            head = f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(name)} Dòng Chuyên mục" href="{base_url(request)}{path}feed/" />\n'
            return _archive(request, name, desc, in_cat(slug), page, path, f"archive category category-{slug} category-{cid} jnews", esc(name), path, head)
        if m := re.fullmatch(r"/tag/([a-z-]+)/", path):
            slug = m.group(1)
            if slug not in TAGS or not in_tag(slug):
                return None
            return _archive(request, TAGS[slug], "", in_tag(slug), page, path, f"archive tag tag-{slug} jnews", esc(TAGS[slug]))
        if m := re.fullmatch(r"/author/([a-z]+)/", path):
            login = m.group(1)
            if login not in USERS:
                return None
            return _archive(request, USERS[login], "", by_user(login), page, path, f"archive author author-{login} jnews", esc(USERS[login]))
        return None


def build_site() -> JNewsSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return JNewsSite()
