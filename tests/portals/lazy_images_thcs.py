"""Trường THCS Nguyễn Văn Cừ (Buôn Ma Thuột, Đắk Lắk) on WordPress 6.x with a local agency
theme ("ncs-school": classes ``ncs-post``, ``ncs-entry``, ``ncs-meta``), a page-speed plugin
stack (lazysizes, WP Rocket's LazyLoad, a WebP converter, a "lazy" srcset plugin) and an
owl-carousel slider plugin.

The point of this portal: IMAGES AS PAGE-SPEED PLUGINS AND SLIDERS PRINT THEM.

Platform
--------
WordPress with pretty permalinks, Yoast-like head (canonical, og:*, ``article:published_time``
with a time), ``<link rel='shortlink' href='/?p=N'>`` (answers 301 to the post), comments on
with ``?replytocom=N`` reply links. The theme prints a post as::

    header: "Thứ Sáu, 04/12/2026" (today), logo, menu
    <div class="ncs-post-hero" style="background-image:url(/wp-content/uploads/…/hero-….jpg)">
      breadcrumb "Trang chủ » <Chuyên mục> » <title>"   (decoration band, not a photo)
    <article class="ncs-post">
      <h1 class="ncs-post-title">…</h1>
      <div class="ncs-meta"> gravatar <img class="avatar">, "Đăng bởi: <display name>",
        <span class="ncs-meta-date">20/11/2026</span>, category label, views </div>
      [<div class="ncs-entry-sapo">…</div>]      (excerpt printed as sapo on some posts)
      <div class="ncs-entry entry-content"> post content </div>
      tags "Thẻ:", share bar (icon images), 1x1 statistics pixel
    </article>
    "Bài viết liên quan" (lazy thumbnails), comments, comment form
    sidebar: search, "Bài viết mới", "Thư viện ảnh" (lazy thumbnails), "Thống kê truy cập"
    (Đang online / Hôm nay / Tổng truy cập), "Liên kết"; footer with address and phone.

URL scheme
----------
- ``/`` home: owl slider of the 3 newest posts (cloned slides), "Tin mới" (5 newest),
  one block per category (3 newest each).
- ``/<slug>/`` posts and pages (``/gioi-thieu/``, ``/lien-he/``, ``/thu-vien-anh/``).
- ``/<post-slug>/<attachment>/`` WordPress attachment page (``/hoi-khoe-phu-dong-…/anh-2/``).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (5 per page;
  ``/page/1/`` answers 301 to the first page), ``/the/<tag>/``.
- ``/?p=<id>`` shortlink: 301 to ``/<slug>/``; ``/<slug>/?replytocom=N``: the same post.
- Uploads ``/wp-content/uploads/2026/MM/<file>``; every image answers (placeholder), .webp 404.

How each gold article is reached
--------------------------------
- The 5 newest: home "Tin mới", sidebar "Bài viết mới", their category page 1.
- Gương sáng học trò and Thông báo (3 each): their category page 1, home category blocks.
- Tin hoạt động has 7 posts: page 1 has 5; the two oldest (Buôn Đôn field trip, the opening
  ceremony) are only on ``/chuyen-muc/tin-hoat-dong/page/2/`` (no tags, not in any related list).

Images (every article has photos; gold = the photo's real file, in page order)
------------------------------------------------------------------------------
- lazysizes: ``src="data:image/gif;base64,R0lGOD…" data-src="/…/a.jpg" class="lazyload"`` and a
  ``<noscript><img src="/…/a.jpg"></noscript>`` after it: ONE image.
- WP Rocket: ``src="data:image/svg+xml,…" data-lazy-src`` + ``data-lazy-srcset`` (+ noscript).
- ``<picture>`` with WebP ``<source srcset>`` (1x/2x): gold the ``<img>``'s src.
- srcset only (src a 1px "/wp-content/plugins/lazy/blank.gif"): gold the largest candidate (the
  ``w`` candidates are printed out of order; one post uses ``1x, 2x``).
- owl-carousel of 5 photos (Lễ kỷ niệm 20/11): the plugin prints clones ("owl-item cloned") of
  the last slide before and the first after: gold = the 5 photos once each, captions from each
  slide's ``<div class="caption">``.
- fancybox: ``<a href="/…-1920x1080.jpg" data-fancybox><img src="/…-768x432.jpg"></a>``: gold the
  ``<img>`` src. One photo links to its attachment page instead.
- Captions: Gutenberg ``figcaption``, ``[caption]`` output (``div.wp-caption`` /
  ``p.wp-caption-text``), a centred italic line under the photo, or none.
- Not article images: the hero band's ``background-image``, emoji ``<img class="emoji"
  alt="🎉">`` inside text (the text keeps the alt character where it sits), the 1x1 pixel,
  social icons, gravatars, logo, related/sidebar/gallery thumbnails.

Traps
-----
- Placeholders in ``src`` (data: URIs, blank.gif) and real files in data attributes.
- Noscript duplicates, slider clones, WebP sources, lightbox full-size links.
- Dates: ``ncs-meta-date`` prints the day; ``article:published_time`` has a time the page never
  prints (gold: the day). The header prints today (Thứ Sáu, 04/12/2026).
- "Đăng bởi: admin" credits nobody; "Đăng bởi: Phạm Thị Thanh Thủy" is a person. Closing bylines
  ("Tin, ảnh: Liên đội", "Tin: …; Ảnh: Đoàn trường", "ThS. Trần Quốc Bảo – GVCN lớp 9A3",
  "Ảnh: CLB Nhiếp ảnh", "Ảnh: Internet") decide where printed.
- Attachment page ``/…/anh-2/`` looks like a post (title "anh-2", date, "Đăng bởi: admin").
- ``?replytocom=N`` reply links and the ``?p=N`` shortlink point to posts already listed.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "lazy_images_thcs"
PLATFORM = "WordPress 6.x + local agency theme (ncs-school), lazysizes/WP Rocket/WebP, owl-carousel"
START_PATH = "/"

SITE_TITLE = "Trường THCS Nguyễn Văn Cừ"
SITE_DESC = "Trường THCS Nguyễn Văn Cừ - Buôn Ma Thuột - Đắk Lắk"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 5
THEME = "/wp-content/themes/ncs-school"

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "guong-sang-hoc-tro": "Gương sáng học trò",
    "thong-bao": "Thông báo",
}
TAGS = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "doan-doi": "Đoàn - Đội",
    "stem": "STEM",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "lich-hoc": "Lịch học",
}
USERS = {
    "admin": "admin",
    "thuypt": "Phạm Thị Thanh Thủy",
    "hunglv": "Lê Văn Hùng",
}

GIF_PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="
BLANK = "/wp-content/plugins/lazy/blank.gif"
EMOJI = {"🎉": "1f389", "👏": "1f44f", "❤️": "2764"}


def up(month: str, name: str) -> str:
    return f"/wp-content/uploads/2026/{month}/{name}"


# --- the posts ------------------------------------------------------------------------------
#
# Img.style = "<mode>:<caption style>"; modes: lazy (lazysizes + noscript), rocket (WP Rocket),
# picture (WebP <picture>), srcset (w candidates, blank src), srcsetx (1x/2x, blank src),
# fancybox (lightbox link), attach (link to the attachment page), slide (owl-carousel).
# Caption styles: fig (figcaption), wp ([caption] shortcode), em (centred italic line), none.
# P styles: lead (bold lead), h3, li / oli (list items), quote, td (table row), br (a <br> joins
# it to the next paragraph in one <p>).

S_QDND = "ke-hoach-chao-mung-82-nam-ngay-thanh-lap-qdnd-viet-nam"
S_BAO = "thong-bao-cho-hoc-sinh-nghi-hoc-do-anh-huong-bao-so-15"
S_HNHI = "em-hnhi-eban-nu-sinh-e-de-vuot-kho-hoc-gioi"
S_2011 = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_VANNGHE = "hoi-thi-van-nghe-chao-mung-ngay-nha-giao-viet-nam"
S_KHOA = "nguyen-minh-khoa-tu-cau-be-me-robot-den-giai-nhat-khkt-cap-tinh"
S_STEM = "ngay-hoi-stem-cap-truong-nam-hoc-2026-2027"
S_HKPD = "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027"
S_VITIEN = "hoc-sinh-lop-7a2-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi"
S_ATGT = "ngoai-khoa-an-toan-giao-thong-cho-hoc-sinh-khoi-6"
S_GIUAKY = "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027"
S_BUONDON = "hoc-sinh-khoi-8-tham-quan-trai-nghiem-tai-buon-don"
S_KHAIGIANG = "ron-rang-le-khai-giang-nam-hoc-2026-2027"

STORIES: list[Story] = [
    Story(
        113,
        S_QDND,
        "Kế hoạch tổ chức các hoạt động chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        "thong-bao",
        "2026-12-01",
        [
            P(
                "Căn cứ kế hoạch năm học 2026-2027 và hướng dẫn của Liên đội, Trường THCS Nguyễn Văn Cừ "
                "xây dựng kế hoạch tổ chức các hoạt động chào mừng 82 năm Ngày thành lập Quân đội nhân dân "
                "Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân như sau:"
            ),
            Img(
                up("12", "ke-hoach-22-12.jpg"),
                "Học sinh thăm hỏi cựu chiến binh tại phường Tân Lập năm 2025",
                "Học sinh thăm hỏi cựu chiến binh tại phường Tân Lập năm 2025",
                "picture:fig",
            ),
            P("1. Mục đích, yêu cầu", "h3"),
            P(
                "Giáo dục truyền thống “Uống nước nhớ nguồn”, lòng biết ơn đối với các thế hệ cha anh đã "
                "hy sinh vì độc lập, tự do của Tổ quốc; rèn luyện ý thức kỷ luật, tác phong cho học sinh."
            ),
            P("2. Nội dung hoạt động", "h3"),
            P("Tổ chức chào cờ, nghe nói chuyện truyền thống vào sáng thứ Hai, ngày 21/12/2026.", "li"),
            P("Hội thi “Nghi thức Đội - Nghi thức quân đội” cho các chi đội khối 6, 7.", "li"),
            P("Thăm hỏi, tặng quà gia đình chính sách, cựu chiến binh trên địa bàn phường.", "li"),
            P("Triển lãm ảnh, bài viết về “Anh bộ đội Cụ Hồ” tại sảnh nhà A.", "li"),
            P(
                "Giáo viên chủ nhiệm triển khai kế hoạch đến học sinh trong tiết sinh hoạt lớp; Liên đội "
                "tổng hợp kết quả, báo cáo Ban Giám hiệu trước ngày 25/12/2026."
            ),
        ],
        opts={"user": "admin", "time": "08:12:44", "tags": ["doan-doi"]},
    ),
    Story(
        112,
        S_BAO,
        "THÔNG BÁO: Cho học sinh nghỉ học do ảnh hưởng của bão số 15",
        "thong-bao",
        "2026-11-26",
        [
            P(
                "Thực hiện Công văn số 2417/SGDĐT-VP ngày 26/11/2026 của Sở Giáo dục và Đào tạo tỉnh Đắk "
                "Lắk về việc chủ động ứng phó với bão số 15, Nhà trường thông báo:",
            ),
            P("Học sinh toàn trường nghỉ học ngày thứ Sáu, 27/11/2026.", "br"),
            P("Thời gian học bù sẽ được thông báo sau khi thời tiết ổn định."),
            Img(
                up("11", "bao-so-15-du-bao.jpg"),
                "Vị trí và hướng di chuyển của bão số 15 (nguồn: Trung tâm Dự báo KTTV quốc gia)",
                "Vị trí và hướng di chuyển của bão số 15 (nguồn: Trung tâm Dự báo KTTV quốc gia)",
                "lazy:wp",
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến phụ huynh qua nhóm Zalo lớp trước 20 giờ 00 ngày "
                "26/11/2026; nhắc học sinh không ra ngoài khi mưa lớn, tránh xa sông suối, cây cao và "
                "cột điện."
            ),
            P(
                "Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban Giám hiệu; Tổ Văn phòng "
                "kiểm tra, gia cố mái tôn, chằng chống cây xanh trong khuôn viên trường."
            ),
            Raw("<p><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>"),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"user": "thuypt", "time": "21:10:05", "tags": ["lich-hoc"]},
    ),
    Story(
        111,
        S_HNHI,
        "Em H'Nhi Êban – nữ sinh Ê Đê vượt khó học giỏi",
        "guong-sang-hoc-tro",
        "2026-11-24",
        [
            P(
                "Nhà cách trường gần 7 km, bố mẹ làm rẫy cà phê, nhưng suốt bốn năm THCS, H'Nhi Êban (lớp "
                "9A3) luôn là học sinh giỏi toàn diện và vừa đoạt giải Nhì môn Tiếng Anh cấp tỉnh.",
                "lead",
            ),
            P(
                "Mỗi sáng, H'Nhi dậy từ 5 giờ, phụ mẹ nấu cơm cho hai em rồi đạp xe từ buôn Ko Tam đến "
                "trường. Những ngày mùa mưa, con đường đất đỏ lầy lội, em phải dắt bộ gần nửa quãng đường "
                "nhưng chưa khi nào đi học muộn."
            ),
            Img(
                up("11", "hnhi-eban-1.jpg"),
                "H'Nhi Êban (bìa trái) cùng các bạn trong giờ học nhóm",
                "H'Nhi Êban (bìa trái) cùng các bạn trong giờ học nhóm",
                "rocket:fig",
            ),
            P(
                "Không có điều kiện đi học thêm, H'Nhi tự học tiếng Anh qua sách giáo khoa, từ điển cũ và "
                "các video trên chiếc điện thoại của bố vào buổi tối. Em nói: “Em muốn sau này làm hướng "
                "dẫn viên để giới thiệu văn hóa cồng chiêng của người Ê Đê với bạn bè thế giới”.",
                "quote",
            ),
            P(
                "Cô giáo chủ nhiệm cho biết H'Nhi còn là Chi đội trưởng gương mẫu, thường xuyên kèm các bạn "
                "học yếu môn Tiếng Anh vào giờ ra chơi. Năm học này, em được Hội Khuyến học phường trao "
                "học bổng “Tiếp sức đến trường”."
            ),
            Img(up("11", "hnhi-eban-2.jpg"), None, None, "rocket:none"),
            P(
                "Tấm gương của H'Nhi là minh chứng cho nghị lực và ý chí vươn lên của học sinh vùng đồng "
                "bào dân tộc thiểu số, xứng đáng để các bạn học sinh trong trường noi theo."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Trần Quốc Bảo – GVCN lớp 9A3</strong></p>'
            ),
        ],
        authors=["Trần Quốc Bảo"],
        summary=(
            "Nhà cách trường gần 7 km, bố mẹ làm rẫy cà phê, nhưng suốt bốn năm THCS, H'Nhi Êban (lớp "
            "9A3) luôn là học sinh giỏi toàn diện và vừa đoạt giải Nhì môn Tiếng Anh cấp tỉnh."
        ),
        opts={"user": "admin", "time": "15:32:10", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        110,
        S_2011,
        "Trường THCS Nguyễn Văn Cừ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-20",
        [
            P(
                "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Nguyễn Văn Cừ long "
                "trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Buôn Ma Thuột, Ban đại diện Cha "
                "mẹ học sinh, các thầy cô giáo nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
                "1.200 học sinh của trường."
            ),
            Img(up("11", "le-20-11-1.jpg"), "Quang cảnh buổi lễ", "Quang cảnh buổi lễ", "slide:"),
            Img(
                up("11", "le-20-11-2.jpg"),
                "Thầy Hiệu trưởng Nguyễn Hữu Phước ôn lại truyền thống ngày 20/11",
                "Thầy Hiệu trưởng Nguyễn Hữu Phước ôn lại truyền thống ngày 20/11",
                "slide:",
            ),
            Img(
                up("11", "le-20-11-3.jpg"),
                "Học sinh tặng hoa tri ân thầy cô",
                "Học sinh tặng hoa tri ân thầy cô",
                "slide:",
            ),
            Img(
                up("11", "le-20-11-4.jpg"),
                "Tiết mục múa “Bụi phấn” của lớp 8A1",
                "Tiết mục múa “Bụi phấn” của lớp 8A1",
                "slide:",
            ),
            Img(
                up("11", "le-20-11-5.jpg"),
                "Khen thưởng giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "Khen thưởng giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở",
                "slide:",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng nhấn mạnh: năm học 2025-2026, nhà trường có 48 "
                "học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ học sinh lớp 9 trúng tuyển vào lớp 10 "
                "công lập đạt 92,4%, cao nhất từ trước đến nay."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Lê Ngọc Bảo Trâm (lớp 9A1) bày tỏ lòng biết ơn sâu sắc "
                "đến các thầy cô đã tận tụy dìu dắt các em trên con đường học tập."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở và 26 "
                "giáo viên đạt danh hiệu Lao động tiên tiến năm học 2025-2026."
            ),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        summary=(
            "Lễ kỷ niệm diễn ra trang trọng với sự tham dự của đại diện chính quyền địa phương, phụ "
            "huynh và hơn 1.200 học sinh."
        ),
        sapo_outside=True,
        opts={"user": "thuypt", "time": "11:05:32", "tags": ["ngay-nha-giao"]},
    ),
    Story(
        109,
        S_VANNGHE,
        "Sôi nổi Hội thi văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-17",
        [
            P(
                "Chiều 16/11/2026, Liên đội Trường THCS Nguyễn Văn Cừ tổ chức vòng chung kết Hội thi văn "
                "nghệ “Khúc ca tri ân” chào mừng 44 năm Ngày Nhà giáo Việt Nam 🎉 với sự tham gia của 18 "
                "tiết mục đến từ các chi đội."
            ),
            Img(
                up("11", "van-nghe-20-11-1.jpg"),
                "Tốp ca “Bài học đầu tiên” của chi đội 6A4",
                "Tốp ca “Bài học đầu tiên” của chi đội 6A4",
                "lazy:fig",
            ),
            P(
                "Các tiết mục được dàn dựng công phu, đa dạng thể loại: đơn ca, tốp ca, múa, kịch ngắn và "
                "nhạc cụ dân tộc. Đặc biệt, tiết mục cồng chiêng của chi đội 7A3 với các bạn học sinh "
                "người Ê Đê, M'nông đã nhận được tràng pháo tay không ngớt của khán giả 👏."
            ),
            Img(
                up("11", "van-nghe-20-11-2.jpg"),
                "Tiết mục cồng chiêng của chi đội 7A3",
                "Tiết mục cồng chiêng của chi đội 7A3",
                "lazy:fig",
            ),
            P("Kết quả chung cuộc:", "h3"),
            P("Giải Nhất: chi đội 7A3 với tiết mục “Âm vang cồng chiêng”.", "li"),
            P("Giải Nhì: chi đội 9A1 và chi đội 8A2.", "li"),
            P("Giải Ba: chi đội 6A4, 6A1 và 9A5.", "li"),
            Img(up("11", "van-nghe-20-11-3.jpg"), None, None, "lazy:none"),
            P(
                "Hội thi là dịp để học sinh thể hiện tình cảm, lòng biết ơn đối với thầy cô, đồng thời phát "
                "huy năng khiếu nghệ thuật, tinh thần đoàn kết trong tập thể."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Liên đội</em></strong></p>'),
        ],
        authors=["Liên đội"],
        photographers=["Liên đội"],
        opts={"user": "admin", "time": "17:48:00", "tags": ["ngay-nha-giao", "doan-doi"]},
    ),
    Story(
        108,
        S_KHOA,
        "Nguyễn Minh Khoa: Từ cậu bé mê robot đến giải Nhất KHKT cấp tỉnh",
        "guong-sang-hoc-tro",
        "2026-11-13",
        [
            P(
                "Với dự án “Hệ thống tưới cà phê tiết kiệm nước dùng cảm biến độ ẩm”, Nguyễn Minh Khoa "
                "(lớp 9A2) vừa giành giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung "
                "học năm học 2026-2027."
            ),
            Img(
                up("11", "minh-khoa-khkt-768x432.jpg"),
                "Minh Khoa giới thiệu mô hình với Ban giám khảo",
                "Minh Khoa giới thiệu mô hình với Ban giám khảo",
                "fancybox:em",
            ),
            P(
                "Khoa kể, ý tưởng đến từ những mùa khô gia đình phải thức trắng đêm xếp hàng bơm nước tưới "
                "rẫy. Em tự tìm hiểu lập trình Arduino qua mạng, rồi được thầy Lê Văn Hùng, giáo viên Vật "
                "lý, hướng dẫn hoàn thiện mạch điều khiển."
            ),
            P(
                "Sau hơn 5 tháng thử nghiệm trên 200 gốc cà phê của gia đình, hệ thống giúp giảm khoảng 35% "
                "lượng nước tưới so với cách tưới truyền thống."
            ),
            Img(
                up("11", "minh-khoa-khkt-2@2x.jpg"),
                "Mô hình được thử nghiệm tại rẫy cà phê của gia đình",
                "Mô hình được thử nghiệm tại rẫy cà phê của gia đình",
                "srcsetx:wp",
            ),
            P(
                "Dự án của Khoa sẽ tiếp tục được chọn dự thi cấp quốc gia vào tháng 3/2027. Em chia sẻ "
                "mong muốn trở thành kỹ sư nông nghiệp công nghệ cao để giúp bà con Tây Nguyên."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Yến</strong></p>'),
            Raw("<p><em>(Theo Báo Đắk Lắk)</em></p>"),
        ],
        authors=["Hoàng Yến"],
        source="Báo Đắk Lắk",
        opts={"user": "hunglv", "time": "09:20:15", "tags": ["hoc-sinh-gioi", "stem"]},
    ),
    Story(
        107,
        S_STEM,
        "Ngày hội STEM cấp trường năm học 2026-2027",
        "tin-hoat-dong",
        "2026-11-10",
        [
            P(
                "Sáng 08/11/2026, Trường THCS Nguyễn Văn Cừ tổ chức Ngày hội STEM cấp trường với chủ đề "
                "“Sáng tạo từ vật liệu tái chế”, thu hút 36 đội thi của 4 khối lớp."
            ),
            Img(
                up("11", "ngay-hoi-stem-1.jpg"),
                "Học sinh khối 7 lắp ráp xe chạy bằng năng lượng mặt trời",
                "Học sinh khối 7 lắp ráp xe chạy bằng năng lượng mặt trời",
                "rocket:wp",
            ),
            P(
                "Các sản phẩm dự thi được chấm theo bốn tiêu chí: tính sáng tạo, tính ứng dụng, khả năng "
                "vận hành và phần thuyết trình của đội."
            ),
            Img(
                up("11", "ngay-hoi-stem-2.jpg"),
                "Sản phẩm “Máy lọc nước mini” của đội 8A3",
                "Sản phẩm “Máy lọc nước mini” của đội 8A3",
                "rocket:wp",
            ),
            P("Kết quả các đội đạt giải Nhất:", "h3"),
            P("Khối | Đội | Sản phẩm", "td"),
            P("6 | 6A2 | Chậu cây tự tưới", "td"),
            P("7 | 7A1 | Xe năng lượng mặt trời", "td"),
            P("8 | 8A3 | Máy lọc nước mini", "td"),
            P("9 | 9A4 | Cánh tay robot thủy lực", "td"),
            P(
                "Ban tổ chức chọn 6 sản phẩm tiêu biểu để trưng bày tại Ngày hội STEM cấp phường vào đầu "
                "tháng 12."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: CLB Nhiếp ảnh</em></p>'),
        ],
        authors=["Lê Văn Hùng"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"user": "hunglv", "time": "14:02:51", "tags": ["stem"]},
    ),
    Story(
        106,
        S_HKPD,
        "Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "tin-hoat-dong",
        "2026-10-30",
        [
            P(
                "Từ ngày 26 đến 29/10/2026, Trường THCS Nguyễn Văn Cừ tổ chức Hội khỏe Phù Đổng cấp trường "
                "với 6 môn thi đấu: điền kinh, bóng đá mini, cầu lông, bóng bàn, đá cầu và kéo co."
            ),
            Img(
                up("10", "hkpd-khai-mac.jpg"),
                "Màn đồng diễn thể dục khai mạc Hội khỏe",
                "Màn đồng diễn thể dục khai mạc Hội khỏe",
                "picture:em",
            ),
            P(
                "Hơn 600 vận động viên là học sinh của 32 lớp đã tranh tài sôi nổi, trung thực, đúng tinh "
                "thần “Rèn luyện thân thể, giữ gìn sức khỏe”."
            ),
            Img(up("10", "anh-2.jpg"), None, None, "attach:none"),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức trao 54 huy chương vàng, 54 huy chương bạc và 72 huy chương "
                "đồng; chi đội 9A1 giành giải Nhất toàn đoàn, chi đội 8A2 và 7A3 đồng giải Nhì."
            ),
            P(
                "Nhà trường sẽ chọn các vận động viên xuất sắc nhất tham dự Hội khỏe Phù Đổng cấp tỉnh "
                "vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Đức Thắng</strong></p>'),
        ],
        authors=["Nguyễn Đức Thắng"],
        opts={"user": "admin", "time": "16:40:09", "tags": ["doan-doi"], "attachment": "anh-2"},
    ),
    Story(
        105,
        S_VITIEN,
        "Học sinh lớp 7A2 nhặt được ví tiền trả lại người đánh rơi",
        "guong-sang-hoc-tro",
        "2026-10-27",
        [
            P(
                "Trên đường đi học về chiều 24/10/2026, em Y Sơn Niê và em Trần Gia Huy (lớp 7A2) nhặt được "
                "một chiếc ví bên trong có 8.500.000 đồng cùng nhiều giấy tờ tùy thân."
            ),
            P(
                "Hai em đã mang chiếc ví đến nhờ cô giáo chủ nhiệm liên hệ Công an phường để tìm người đánh "
                "rơi. Ngay tối hôm đó, chiếc ví đã được trao trả tận tay chủ nhân là bà Nguyễn Thị Lan, "
                "tiểu thương chợ Tân Lập ❤️."
            ),
            Img(
                up("10", "tra-vi-tien-7a2.jpg"),
                "Thầy Hiệu trưởng khen ngợi hai em Y Sơn Niê và Trần Gia Huy",
                "Thầy Hiệu trưởng khen ngợi hai em Y Sơn Niê và Trần Gia Huy",
                "lazy:em",
            ),
            P(
                "Tại buổi chào cờ đầu tuần, nhà trường đã tuyên dương và trao giấy khen cho hai em vì hành "
                "động nhặt được của rơi trả người đánh mất."
            ),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        opts={"user": "thuypt", "time": "10:15:00", "tags": [], "comments": [41, 42]},
    ),
    Story(
        104,
        S_ATGT,
        "Ngoại khóa an toàn giao thông cho học sinh khối 6",
        "tin-hoat-dong",
        "2026-10-22",
        [
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông, sáng 21/10/2026, "
                "Trường THCS Nguyễn Văn Cừ phối hợp với Đội Cảnh sát giao thông Công an tỉnh Đắk Lắk tổ "
                "chức buổi ngoại khóa cho 320 học sinh khối 6."
            ),
            Img(up("10", "ngoai-khoa-atgt-1.jpg"), None, None, "srcset:none"),
            P(
                "Tại buổi ngoại khóa, cán bộ Cảnh sát giao thông đã hướng dẫn các em cách đội mũ bảo hiểm "
                "đúng quy cách, cách sang đường an toàn và nhận biết các biển báo giao thông thường gặp "
                "quanh khu vực trường học."
            ),
            P(
                "Theo thống kê, từ đầu năm 2026 trên địa bàn tỉnh xảy ra 14 vụ tai nạn giao thông liên quan "
                "đến học sinh, trong đó phần lớn là học sinh chưa đủ tuổi điều khiển xe máy."
            ),
            Img(
                up("10", "ngoai-khoa-atgt-2.jpg"),
                "Học sinh tham gia trò chơi “Đèn xanh, đèn đỏ”",
                "Học sinh tham gia trò chơi “Đèn xanh, đèn đỏ”",
                "srcset:fig",
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh khối 6 đã ký cam kết không điều khiển xe máy khi "
                "chưa đủ tuổi và luôn đội mũ bảo hiểm khi ngồi sau xe mô tô, xe gắn máy."
            ),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        opts={"user": "thuypt", "time": "10:40:27", "tags": ["doan-doi"]},
    ),
    Story(
        103,
        S_GIUAKY,
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-10-19",
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027 đối với học sinh khối "
                "6, 7, 8, 9 như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian", "td"),
            P("26/10/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("26/10/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("27/10/2026 | Sáng | Toán | 90 phút", "td"),
            P("28/10/2026 | Sáng | Khoa học tự nhiên | 60 phút", "td"),
            Img(up("10", "lich-kiem-tra-giua-ky-1.jpg"), None, None, "srcset:none"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
                "môn, hoàn thành trước ngày 31/10/2026."
            ),
            P(
                "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh, dụng cụ "
                "học tập; không mang điện thoại vào phòng kiểm tra."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"user": "admin", "time": "07:30:00", "tags": ["lich-hoc"]},
    ),
    Story(
        102,
        S_BUONDON,
        "Học sinh khối 8 tham quan, trải nghiệm tại Buôn Đôn",
        "tin-hoat-dong",
        "2026-10-12",
        [
            P(
                "Ngày 10/10/2026, Đoàn trường phối hợp với Liên đội tổ chức cho 286 học sinh khối 8 tham "
                "quan, trải nghiệm tại Khu du lịch Buôn Đôn, huyện Buôn Đôn cũ."
            ),
            Img(
                up("10", "buon-don-cau-treo-768x432.jpg"),
                "Học sinh trải nghiệm cầu treo qua sông Sêrêpốk",
                "Học sinh trải nghiệm cầu treo qua sông Sêrêpốk",
                "fancybox:wp",
            ),
            P(
                "Các em được nghe giới thiệu về lịch sử săn bắt, thuần dưỡng voi rừng, tham quan nhà sàn "
                "cổ và mộ vua săn voi Khun Jự Nốp."
            ),
            P("Một số hoạt động chính:", "h3"),
            P("Tìm hiểu văn hóa nhà dài của người Ê Đê, M'nông.", "li"),
            P("Trò chơi dân gian: nhảy sạp, đi cà kheo, kéo co.", "li"),
            P("Thu gom rác thải dọc bờ sông Sêrêpốk.", "li"),
            Img(
                up("10", "buon-don-nha-san-768x432.jpg"),
                "Tham quan nhà sàn cổ",
                "Tham quan nhà sàn cổ",
                "fancybox:wp",
            ),
            P(
                "Chuyến đi giúp các em hiểu thêm về bản sắc văn hóa các dân tộc Tây Nguyên và ý thức bảo "
                "vệ môi trường, bảo tồn thiên nhiên."
            ),
            Raw("<p><strong>Tin: Nguyễn Thị Mai Anh; Ảnh: Đoàn trường</strong></p>"),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        photographers=["Đoàn trường"],
        opts={"user": "admin", "time": "19:05:33", "tags": []},
    ),
    Story(
        101,
        S_KHAIGIANG,
        "Rộn ràng Lễ khai giảng năm học 2026-2027",
        "tin-hoat-dong",
        "2026-09-05",
        [
            P(
                "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.200 học sinh Trường THCS Nguyễn Văn Cừ "
                "hân hoan bước vào năm học mới 2026-2027.",
                "lead",
            ),
            Img(
                up("09", "khai-giang-2026-1.jpg"),
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "lazy:fig",
            ),
            P(
                "Năm học này, nhà trường có 32 lớp với 1.236 học sinh, trong đó 312 học sinh lớp 6 mới "
                "trúng tuyển. Trường tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp."
            ),
            P(
                "Trong diễn văn khai giảng, thầy Hiệu trưởng Nguyễn Hữu Phước đề ra mục tiêu duy trì danh "
                "hiệu trường chuẩn quốc gia mức độ 2 và tập trung đổi mới phương pháp dạy học, kiểm tra "
                "đánh giá.",
                "br",
            ),
            P("Thầy mong muốn mỗi học sinh “mỗi ngày đến trường là một ngày vui”."),
            Img(
                up("09", "khai-giang-2026-2.jpg"),
                "Đánh trống khai trường năm học mới",
                "Đánh trống khai trường năm học mới",
                "lazy:em",
            ),
            P(
                "Sau lễ khai giảng, nhà trường tổ chức ngày hội “Chào lớp 6” với các gian trò chơi và "
                "giới thiệu câu lạc bộ năng khiếu."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh minh họa: Internet</em></p>'),
        ],
        authors=["Phạm Thị Thanh Thủy"],
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.200 học sinh Trường THCS Nguyễn Văn Cừ "
            "hân hoan bước vào năm học mới 2026-2027."
        ),
        opts={"user": "thuypt", "time": "10:30:00", "tags": []},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def _alts(s: Story) -> list[str]:
    return [f"/{s.slug}/?replytocom={c}" for c in s.opts.get("comments", [])]


GOLD = [
    gold_record(s, f"/{s.slug}/", CATEGORIES[s.cat], alt_paths=_alts(s)) for s in sorted_posts(STORIES)
]

STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường THCS Nguyễn Văn Cừ được thành lập năm 1994, tọa lạc tại trung tâm phường Buôn Ma "
            "Thuột, tỉnh Đắk Lắk.",
            "Nhà trường hiện có 32 lớp, 1.236 học sinh, 78 cán bộ, giáo viên, nhân viên; đạt chuẩn quốc "
            "gia mức độ 2 năm 2022.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: 56 Nguyễn Văn Cừ, phường Buôn Ma Thuột, tỉnh Đắk Lắk.",
            "Điện thoại: 0262 3 857 246 - Email: thcsnguyenvancu@daklak.edu.vn",
        ],
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        ["Những khoảnh khắc đáng nhớ của thầy và trò Trường THCS Nguyễn Văn Cừ."],
    ),
}
ATTACHMENT_PATH = f"/{S_HKPD}/anh-2/"

NON_ARTICLES = [
    "/chuyen-muc/tin-hoat-dong/page/2/",
    "/the/doan-doi/",
    "/gioi-thieu/",
    "/lien-he/",
    "/thu-vien-anh/",
    ATTACHMENT_PATH,
]

GALLERY = [up("05", f"thu-vien-{i}-150x150.jpg") for i in range(1, 7)]


# --- printing: dates, images, text --------------------------------------------------------


def date_dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def svg_placeholder(w: int, h: int) -> str:
    return (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )


def _stem(src: str) -> str:
    return src.rsplit(".", 1)[0]


def img_tag(img: Img, n: int) -> str:
    """The <img> (and its noscript twin, source set, link) the plugins print for one photo."""
    mode = img.style.split(":", 1)[0]
    alt = esc(img.printed or "")
    cls = f"wp-image-{800 + n}"
    src = img.src
    if mode == "lazy":
        return (
            f'<img src="{GIF_PLACEHOLDER}" data-src="{src}" class="lazyload {cls}" alt="{alt}"'
            ' width="1024" height="683" />'
            f'<noscript><img src="{src}" class="{cls}" alt="{alt}" width="1024" height="683" /></noscript>'
        )
    if mode == "rocket":
        st = _stem(src)
        return (
            f'<img fetchpriority="low" decoding="async" width="800" height="533" src="{svg_placeholder(800, 533)}"'
            f' alt="{alt}" class="{cls} size-full" data-lazy-srcset="{src} 800w, {st}-300x200.jpg 300w,'
            f' {st}-768x512.jpg 768w" data-lazy-sizes="(max-width: 800px) 100vw, 800px"'
            f' data-lazy-src="{src}" /><noscript><img decoding="async" width="800" height="533"'
            f' src="{src}" alt="{alt}" class="{cls} size-full" /></noscript>'
        )
    if mode == "picture":
        st = _stem(src)
        return (
            f'<picture class="{cls}"><source type="image/webp" srcset="{src}.webp 1x, {st}@2x.jpg.webp 2x">'
            f'<img src="{src}" alt="{alt}" width="1024" height="683" loading="lazy" /></picture>'
        )
    if mode == "srcset":
        st = _stem(src)
        return (
            f'<img src="{BLANK}" srcset="{st}-768x512.jpg 768w, {src} 1600w, {st}-300x200.jpg 300w,'
            f' {st}-1024x683.jpg 1024w" sizes="(max-width: 1024px) 100vw, 1024px" alt="{alt}"'
            f' class="{cls} lazy-srcset" width="1024" height="683" />'
        )
    if mode == "srcsetx":
        one = src.replace("@2x", "")
        return (
            f'<img src="{BLANK}" srcset="{one} 1x, {src} 2x" alt="{alt}" class="{cls} lazy-srcset"'
            ' width="768" height="432" />'
        )
    if mode == "fancybox":
        full = src.replace("-768x432", "-1920x1080")
        return (
            f'<a href="{full}" data-fancybox="gallery" data-caption="{alt}">'
            f'<img src="{src}" alt="{alt}" class="{cls}" width="768" height="432" /></a>'
        )
    if mode == "attach":
        return f'<a href="{ATTACHMENT_PATH}"><img src="{src}" alt="" class="{cls}" width="1024" height="683" /></a>'
    return f'<img src="{src}" alt="{alt}" class="{cls}" />'


def figure(img: Img, n: int) -> str:
    cap = img.style.split(":", 1)[1]
    tag = img_tag(img, n)
    if cap == "fig":
        return (
            f'<figure class="wp-block-image size-large">{tag}'
            f'<figcaption class="wp-element-caption">{esc(img.printed)}</figcaption></figure>'
        )
    if cap == "wp":
        return (
            f'<div id="attachment_{800 + n}" style="width: 1034px" class="wp-caption aligncenter">{tag}'
            f'<p id="caption-attachment-{800 + n}" class="wp-caption-text">{esc(img.printed)}</p></div>'
        )
    if cap == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        )
    return f'<figure class="wp-block-image size-large">{tag}</figure>'


def emoji_text(value: str) -> str:
    """wp-emoji's replacement: each emoji becomes an <img class="emoji"> with the character as alt."""
    out = text(value)
    for ch, code in EMOJI.items():
        out = out.replace(
            ch,
            f'<img draggable="false" role="img" class="emoji" alt="{ch}" '
            f'src="https://s.w.org/images/core/emoji/15.0.3/72x72/{code}.png">',
        )
    return out


def slider(slides: list[Img]) -> str:
    """owl-carousel as the plugin leaves it after init: a clone of the last slide first, the
    five slides, a clone of the first slide last."""

    def item(img: Img, cloned: bool) -> str:
        cls = "owl-item cloned" if cloned else "owl-item"
        return (
            f'<div class="{cls}" style="width: 760px;"><div class="ncs-slide">'
            f'<img src="{img.src}" alt="{esc(img.printed or "")}" width="760" height="428">'
            f'<div class="caption">{esc(img.printed or "")}</div></div></div>'
        )

    items = [item(slides[-1], True)] + [item(s, False) for s in slides] + [item(slides[0], True)]
    dots = "".join(
        f'<button role="button" class="owl-dot{" active" if i == 0 else ""}"><span></span></button>'
        for i in range(len(slides))
    )
    return (
        '<div class="ncs-gallery-slider owl-carousel owl-theme owl-loaded owl-drag">'
        '<div class="owl-stage-outer"><div class="owl-stage" style="transform: translate3d(-760px, 0px, 0px);'
        f' width: {760 * len(items)}px;">' + "".join(items) + "</div></div>"
        '<div class="owl-nav"><button type="button" role="presentation" class="owl-prev">'
        '<span aria-label="Previous">‹</span></button><button type="button" role="presentation"'
        ' class="owl-next"><span aria-label="Next">›</span></button></div>'
        f'<div class="owl-dots">{dots}</div></div>'
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style.startswith("slide"):
                slides = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("slide"):
                    slides.append(blocks[i])
                    i += 1
                out.append(slider(slides))
                continue
            n += 1
            out.append(figure(b, n))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{emoji_text(blocks[i].text)}</li>")
                i += 1
            out.append('<ul class="wp-block-list">\n' + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "td":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "td":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                '<figure class="wp-block-table"><table class="has-fixed-layout"><thead>'
                + rows[0]
                + "</thead><tbody>"
                + "".join(rows[1:])
                + "</tbody></table></figure>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{emoji_text(b.text)}<br />\n{emoji_text(nxt.text)}</p>")
            i += 2
            continue
        elif b.style == "h3":
            out.append(f'<h3 class="wp-block-heading">{emoji_text(b.text)}</h3>')
        elif b.style == "lead":
            out.append(f"<p><strong>{emoji_text(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{emoji_text(b.text)}</p></blockquote>')
        else:
            out.append(f'<p style="text-align: justify;">{emoji_text(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- page chrome ----------------------------------------------------------------------------


def first_image(story: Story) -> str:
    return story.images[0].src


def thumb(story: Story, size: str = "300x200") -> str:
    return f"{_stem(first_image(story)).replace('-768x432', '').replace('@2x', '')}-{size}.jpg"


def lazy_thumb(story: Story, size: str = "300x200") -> str:
    w, h = size.split("x")
    return (
        f'<img src="{GIF_PLACEHOLDER}" data-src="{thumb(story, size)}" class="lazyload attachment-thumb'
        f' wp-post-image" alt="" width="{w}" height="{h}" />'
    )


def sidebar() -> str:
    newest = "".join(
        f'<li><a href="/{s.slug}/">{esc(s.title)}</a><span class="post-date">{date_dmy(s)}</span></li>'
        for s in sorted_posts(STORIES)[:5]
    )
    gallery = "".join(
        f'<a href="/thu-vien-anh/" class="ncs-gallery-thumb"><img src="{GIF_PLACEHOLDER}" data-src="{g}"'
        ' class="lazyload" alt="" width="150" height="150" /></a>'
        for g in GALLERY
    )
    return f"""<aside id="secondary" class="ncs-sidebar widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" name="s" /></label>
<button type="submit" class="search-submit">Tìm</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{newest}</ul></section>
<section class="widget ncs-gallery-widget"><h2 class="widget-title">Thư viện ảnh</h2><div class="ncs-gallery-grid">{gallery}</div>
<a class="more" href="/thu-vien-anh/">Xem tất cả »</a></section>
<section class="widget ncs-counter"><h2 class="widget-title">Thống kê truy cập</h2><ul>
<li><img src="{THEME}/assets/img/icon-online.png" alt="" width="16" height="16"> Đang online: <strong>27</strong></li>
<li><img src="{THEME}/assets/img/icon-today.png" alt="" width="16" height="16"> Hôm nay: <strong>486</strong></li>
<li><img src="{THEME}/assets/img/icon-total.png" alt="" width="16" height="16"> Tổng truy cập: <strong>1.284.731</strong></li>
</ul></section>
<section class="widget widget_links"><h2 class="widget-title">Liên kết</h2><ul>
<li><a href="https://daklak.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://vnedu.vn/" target="_blank" rel="noopener">Sổ liên lạc điện tử vnEdu</a></li>
</ul></section>
</aside>"""


def layout(title: str, main: str, head: str = "", body_class: str = "home") -> str:
    menu = "".join(
        f'<li class="menu-item menu-item-type-taxonomy"><a href="/chuyen-muc/{k}/">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" id="ncs-style-css" href="{THEME}/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" href="/wp-content/plugins/ncs-slider/assets/owl.carousel.min.css?ver=2.3.4" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/lazy/lazysizes.min.js?ver=5.3.2" async></script>
</head>
<body class="{body_class} wp-theme-ncs-school">
<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id=918273645501234&amp;ev=PageView&amp;noscript=1"/></noscript>
<div class="ncs-topbar"><div class="container"><span class="ncs-today">{HEADER_DATE}</span>
<span class="ncs-hotline">Hotline: 0262 3 857 246</span></div></div>
<header class="ncs-header"><div class="container">
<a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2024/08/logo-thcs-nvc.png" class="custom-logo" alt="{esc(SITE_TITLE)}" width="90" height="90"></a>
<div class="ncs-brand"><p class="site-title">{esc(SITE_TITLE)}</p><p class="site-description">{esc(SITE_DESC)}</p></div>
</div>
<nav id="site-navigation" class="ncs-nav"><ul id="primary-menu" class="menu">
<li class="menu-item menu-item-home"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
{menu}
<li class="menu-item"><a href="/thu-vien-anh/">Thư viện ảnh</a></li>
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>
</ul></nav></header>
<div id="content" class="site-content container"><div class="row">
<main id="primary" class="ncs-main col-md-8">
{main}
</main>
<div class="col-md-4">{sidebar()}</div>
</div></div>
<footer class="ncs-footer"><div class="container">
<p><strong>TRƯỜNG THCS NGUYỄN VĂN CỪ</strong></p>
<p>Địa chỉ: 56 Nguyễn Văn Cừ, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3 857 246 - Email: thcsnguyenvancu@daklak.edu.vn</p>
<p>© 2026 {esc(SITE_TITLE)}. Thiết kế bởi NCS Web Đắk Lắk.</p>
<div class="ncs-social"><a href="https://www.facebook.com/thcsnguyenvancu.bmt"><img src="{THEME}/assets/img/facebook.png" alt="Facebook" width="24" height="24"></a>
<a href="https://www.youtube.com/@thcsnguyenvancu"><img src="{THEME}/assets/img/youtube.png" alt="YouTube" width="24" height="24"></a></div>
</div></footer>
<script src="/wp-content/plugins/ncs-slider/assets/owl.carousel.min.js?ver=2.3.4"></script>
<script src="{THEME}/assets/js/main.js?ver=2.3.1"></script>
<script src="/wp-includes/js/wp-emoji-release.min.js?ver=6.6.2" defer></script>
</body>
</html>"""


def post_item(story: Story, excerpt: bool = True) -> str:
    words = " ".join(story.paragraphs[0].split()[:28]) + " […]"
    ex = f'<div class="ncs-post-excerpt"><p>{esc(words)}</p></div>' if excerpt else ""
    return f"""<article class="ncs-post-item post-{story.id} type-post">
<a class="ncs-post-thumb" href="/{story.slug}/">{lazy_thumb(story)}</a>
<div class="ncs-post-info"><h3 class="ncs-post-item-title"><a href="/{story.slug}/" rel="bookmark">{esc(story.title)}</a></h3>
<div class="ncs-meta"><span class="ncs-meta-date">{date_dmy(story)}</span></div>{ex}</div>
</article>"""


def pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        prev = base if page == 2 else f"{base}page/{page - 1}/"
        parts.append(f'<a class="prev page-numbers" href="{prev}">« Trang trước</a>')
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}page/{n}/"
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">Trang sau »</a>')
    return '<nav class="navigation pagination"><div class="nav-links">' + "".join(parts) + "</div></nav>"


def breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f'<span class="breadcrumb_last">{esc(label)}</span>')
    return '<div class="ncs-breadcrumb" id="breadcrumbs">' + " » ".join(parts) + "</div>"


# --- pages ----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    posts = sorted_posts(STORIES)
    top = posts[:3]

    def hero(s: Story, cloned: bool) -> str:
        return (
            f'<div class="owl-item{" cloned" if cloned else ""}"><div class="ncs-featured">'
            f'<a href="/{s.slug}/"><img class="owl-lazy" data-src="{thumb(s, "760x428")}" alt=""></a>'
            f'<div class="caption"><a href="/{s.slug}/">{esc(s.title)}</a></div></div></div>'
        )

    items = [hero(top[-1], True)] + [hero(s, False) for s in top] + [hero(top[0], True)]
    blocks = []
    for key, name in CATEGORIES.items():
        in_cat = [s for s in posts if s.cat == key][:3]
        lis = "".join(f'<li><a href="/{s.slug}/">{esc(s.title)}</a></li>' for s in in_cat[1:])
        blocks.append(
            f'<section class="ncs-cat-block"><h2 class="ncs-block-title"><a href="/chuyen-muc/{key}/">{esc(name)}</a></h2>'
            f"{post_item(in_cat[0])}<ul class=\"ncs-cat-more\">{lis}</ul>"
            f'<a class="ncs-readmore" href="/chuyen-muc/{key}/">Xem thêm »</a></section>'
        )
    main = (
        '<div class="ncs-home-slider owl-carousel owl-theme owl-loaded"><div class="owl-stage-outer">'
        '<div class="owl-stage">' + "".join(items) + "</div></div></div>\n"
        '<section class="ncs-latest"><h2 class="ncs-block-title">Tin mới</h2>'
        + "\n".join(post_item(s) for s in posts[:5])
        + "</section>\n"
        + "\n".join(blocks)
    )
    head = f'<link rel="canonical" href="{base_url(request)}/">\n<meta property="og:type" content="website">'
    return html(layout(f"{SITE_TITLE} – {SITE_DESC}", main, head, "home blog"))


def category_page(request: Request, key: str, page: int) -> Response | None:
    posts = [s for s in sorted_posts(STORIES) if s.cat == key]
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    base = f"/chuyen-muc/{key}/"
    name = CATEGORIES[key]
    suffix = f" – Trang {page}/{pages}" if page > 1 else ""
    main = (
        breadcrumb((name, None))
        + f'<header class="page-header"><h1 class="page-title">Chuyên mục: {esc(name)}</h1></header>\n'
        + "\n".join(post_item(s) for s in chunk)
        + pagination(base, page, pages)
    )
    canon = base if page == 1 else f"{base}page/{page}/"
    head = f'<link rel="canonical" href="{base_url(request)}{canon}">'
    return html(layout(f"{name}{suffix} – {SITE_TITLE}", main, head, "archive category"))


def tag_page(request: Request, key: str) -> Response | None:
    posts = [s for s in sorted_posts(STORIES) if key in s.opts.get("tags", [])]
    name = TAGS[key]
    main = (
        breadcrumb((f"Thẻ: {name}", None))
        + f'<header class="page-header"><h1 class="page-title">Thẻ: {esc(name)}</h1></header>\n'
        + "\n".join(post_item(s, excerpt=False) for s in posts)
    )
    return html(layout(f"{name} – {SITE_TITLE}", main, "", "archive tag"))


def comments_html(story: Story) -> str:
    ids = story.opts.get("comments", [])
    form = """<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" rows="6"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Tên *"></p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Gửi bình luận"></p>
</form></div>"""
    if not ids:
        return f'<div id="comments" class="comments-area">{form}</div>'
    people = [("Trần Thị Hồng (phụ huynh)", "Các cháu ngoan quá, cảm ơn nhà trường đã tuyên dương kịp thời."),
              ("Nguyễn Văn Long", "Những tấm gương đẹp cần được nhân rộng.")]
    items = "".join(
        f'<li id="comment-{c}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<img alt="" src="https://secure.gravatar.com/avatar/{c:032x}?s=48&amp;d=mm&amp;r=g" class="avatar avatar-48 photo" height="48" width="48">'
        f'<b class="fn">{esc(who)}</b> <time>28/10/2026 lúc 20:1{k}</time></footer>'
        f'<div class="comment-content"><p>{esc(what)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="/{story.slug}/?replytocom={c}#respond"'
        f' data-commentid="{c}">Trả lời</a></div></article></li>'
        for k, (c, (who, what)) in enumerate(zip(ids, people, strict=False))
    )
    return (
        f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(ids)} bình luận</h2>'
        f'<ol class="comment-list">{items}</ol>{form}</div>'
    )


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATEGORIES[story.cat]
    user = USERS[story.opts["user"]]
    url = f"{base}/{story.slug}/"
    tags = ", ".join(f'<a href="/the/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts.get("tags", []))
    tags_html = f'<div class="ncs-tags"><span>Thẻ:</span> {tags}</div>' if tags else ""
    related = [s for s in sorted_posts(STORIES) if s.cat == story.cat and s is not story][:3]
    rel = "".join(
        f'<li><a href="/{s.slug}/">{lazy_thumb(s, "150x100")}</a><a href="/{s.slug}/">{esc(s.title)}</a></li>'
        for s in related
    )
    sapo = (
        f'<div class="ncs-entry-sapo"><p>{esc(story.summary)}</p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    share = (
        '<div class="ncs-share"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank">'
        f'<img src="{THEME}/assets/img/share-facebook.png" alt="Facebook" width="28" height="28"></a>'
        f'<a href="https://zalo.me/share?u={quote(url, safe="")}" target="_blank">'
        f'<img src="{THEME}/assets/img/share-zalo.png" alt="Zalo" width="28" height="28"></a>'
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={quote(url, safe="")}">'
        f'<img src="{THEME}/assets/img/share-email.png" alt="Email" width="28" height="28"></a>'
        '<a href="javascript:window.print()" class="ncs-print">'
        f'<img src="{THEME}/assets/img/print.png" alt="In bài" width="28" height="28"> In bài</a></div>'
    )
    head = (
        f'<link rel="canonical" href="{url}">\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}'>\n"
        '<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:image" content="{base}{thumb(story, "1200x630")}">\n'
        f'<meta property="article:section" content="{esc(cat)}">\n'
        f'<meta property="article:published_time" content="{date_iso(story)}">\n'
        f'<meta property="article:modified_time" content="{story.published_at}T{story.opts["time"][:2]}:59:59+07:00">'
    )
    main = f"""<div class="ncs-post-hero" style="background-image:url('/wp-content/uploads/2026/{story.published_at[5:7]}/hero-{story.slug[:24]}.jpg')">
<div class="ncs-hero-overlay">{breadcrumb((cat, f"/chuyen-muc/{story.cat}/"), (story.title, None))}</div></div>
<article id="post-{story.id}" class="ncs-post post-{story.id} type-post status-publish format-standard has-post-thumbnail category-{story.cat}">
<header class="ncs-post-header">
<span class="ncs-cat-label"><a href="/chuyen-muc/{story.cat}/" rel="category tag">{esc(cat)}</a></span>
<h1 class="ncs-post-title entry-title">{esc(story.title)}</h1>
<div class="ncs-meta">
<img alt="" src="https://secure.gravatar.com/avatar/{story.id:032x}?s=32&amp;d=mm&amp;r=g" class="avatar avatar-32 photo" height="32" width="32" loading="lazy">
<span class="ncs-meta-author">Đăng bởi: <a href="/author/{story.opts["user"]}/">{esc(user)}</a></span>
<span class="ncs-meta-sep">|</span> <span class="ncs-meta-date">{date_dmy(story)}</span>
<span class="ncs-meta-sep">|</span> <span class="ncs-meta-views">{story.views()} lượt xem</span>
</div>
</header>
{sapo}
<div class="ncs-entry entry-content">
{render_body(story)}
</div>
{tags_html}
{share}
<img src="/wp-content/plugins/wp-statistics/pixel.gif?post={story.id}" width="1" height="1" alt="" style="position:absolute;left:-9999px">
</article>
<section class="ncs-related"><h3 class="ncs-related-title">Bài viết liên quan</h3><ul>{rel}</ul></section>
{comments_html(story)}"""
    return html(layout(f"{story.title} – {SITE_TITLE}", main, head, f"post-template-default single single-post postid-{story.id}"))


def static_page(request: Request, slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    content = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "thu-vien-anh":
        content += '<div class="wp-block-gallery has-nested-images columns-3">' + "".join(
            f'<figure class="wp-block-image"><img src="{GIF_PLACEHOLDER}" data-src="{g.replace("-150x150", "")}"'
            ' class="lazyload" alt=""></figure>'
            for g in GALLERY
        ) + "</div>"
    if slug == "lien-he":
        content += (
            '<form class="wpcf7-form" action="/lien-he/#wpcf7-f12" method="post">'
            '<p><input type="text" name="your-name" placeholder="Họ và tên"></p>'
            '<p><textarea name="your-message" placeholder="Nội dung"></textarea></p>'
            '<p><input type="submit" value="Gửi liên hệ"></p></form>'
        )
    main = (
        breadcrumb((title, None))
        + f'<article class="ncs-page page type-page"><h1 class="ncs-page-title entry-title">{esc(title)}</h1>'
        f'<div class="ncs-entry entry-content">{content}</div></article>'
    )
    head = f'<link rel="canonical" href="{base_url(request)}/{slug}/">\n<meta property="og:type" content="article">'
    return html(layout(f"{title} – {SITE_TITLE}", main, head, f"page-template-default page page-{slug}"))


def attachment_page(request: Request) -> Response:
    story = BY_SLUG[S_HKPD]
    src = up("10", "anh-2.jpg")
    main = (
        breadcrumb((story.title, f"/{story.slug}/"), ("anh-2", None))
        + '<article id="post-906" class="ncs-post attachment type-attachment">'
        '<header class="ncs-post-header"><h1 class="ncs-post-title entry-title">anh-2</h1>'
        '<div class="ncs-meta"><span class="ncs-meta-author">Đăng bởi: <a href="/author/admin/">admin</a></span>'
        f' <span class="ncs-meta-sep">|</span> <span class="ncs-meta-date">{date_dmy(story)}</span></div></header>'
        f'<div class="ncs-entry entry-content"><p class="attachment"><a href="{src}">'
        f'<img width="1024" height="683" src="{src}" class="attachment-large size-large" alt=""></a></p></div>'
        f'<nav class="ncs-attachment-nav"><a href="/{story.slug}/">« Quay lại bài viết: {esc(story.title)}</a></nav>'
        "</article>"
    )
    head = f'<link rel="canonical" href="{base_url(request)}{ATTACHMENT_PATH}">'
    return html(layout(f"anh-2 – {SITE_TITLE}", main, head, "attachment single postid-906"))


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if request.query.startswith("p="):
                story = BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
                return redirect(f"{base_url(request)}/{story.slug}/", 301) if story else None
            if request.query:
                return None
            return home(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?", path):
            key, page = m.group(1), int(m.group(2) or 1)
            if key not in CATEGORIES or request.query:
                return None
            if m.group(2) == "1":
                return redirect(f"{base_url(request)}/chuyen-muc/{key}/", 301)
            return category_page(request, key, page)
        if m := re.fullmatch(r"/the/([a-z-]+)/", path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS and not request.query else None
        if path == ATTACHMENT_PATH and not request.query:
            return attachment_page(request)
        if m := re.fullmatch(r"/([a-z0-9-]+)/", path):
            slug = m.group(1)
            if slug in STATIC_PAGES and not request.query:
                return static_page(request, slug)
            story = BY_SLUG.get(slug)
            if story is None:
                return None
            if not request.query:
                return post_page(request, story)
            reply = request.params.get("replytocom", "")
            if set(request.params) == {"replytocom"} and reply.isdigit() and int(reply) in story.opts.get("comments", []):
                return post_page(request, story)
            return None
        if re.fullmatch(r"/[a-z0-9-]+", path) and (path[1:] in BY_SLUG or path[1:] in STATIC_PAGES):
            return redirect(f"{base_url(request)}{path}/", 301)
        return None


def build_site() -> WordPressSite:
    return WordPressSite()
