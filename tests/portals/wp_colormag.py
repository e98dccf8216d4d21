"""Fixture portal: a high school's WordPress site on the ColorMag news-magazine theme.

Imitates WordPress 6.6 (Vietnamese locale) with ThemeGrill's ColorMag 2.x theme, Yoast SEO, WP-PageNavi,
AddToAny, WP-Polls and a visitor-counter widget, as Vietnamese high schools run it.
What it prints:

- date permalinks ``/YYYY/MM/DD/<slug>/``; two older posts keep WordPress's own percent-encoded
  Vietnamese slug (lower-case hex, as WordPress writes it), the others have ASCII slugs;
- the home page (``/page/N/``) and category archives (``/category/<cat>/page/N/``) list posts as
  ColorMag ``<article>`` blocks: featured thumbnail, coloured category links, ``header.entry-header``
  with the linked ``h2.entry-title``, the ``below-entry-meta`` line (date, author, comments), the
  excerpt and a "Đọc tiếp" link; the front page adds ColorMag's featured-posts widgets on top;
- tag, author, month (and day, from the calendar widget) archives; WP-PageNavi pagers;
- single posts: ``h1.entry-title``, ``<time class="entry-date published" datetime>`` showing
  "18 Tháng Mười Một, 2026", the author link, tags, Gutenberg and classic-editor content
  (``figure.wp-block-image`` + ``figcaption``, ``[caption]`` boxes, centred italic lines, a
  ``[gallery]`` whose thumbnails link to attachment pages, a ``wp-block-table``, a file block),
  wptexturize's numeric entities (``&#8211;``, ``&#8220;``), an AddToAny bar inside the content,
  previous/next links, "Có thể bạn quan tâm" related posts (each with its own date), comments with
  "Trả lời" links adding ``?replytocom=N`` (the same post, canonical to it, ``noindex``), a comment form;
- Yoast ``rel=canonical``, og: tags, breadcrumbs (primary category) and, on some posts, the
  Yoast JSON-LD graph (UTC times); ``<link rel=shortlink>`` ``/?p=N`` (a 301 to the permalink);
  oEmbed links and the ``…/embed/`` view; ``/wp-json/wp/v2/posts/N``;
- ``/robots.txt`` with a ``Sitemap:`` line to ``/wp-sitemap.xml`` (core sitemaps: index, posts,
  pages, categories, tags, users), ``/feed/`` announced in ``<head>`` (full content, newest 10),
  category/tag/comment feeds;
- chrome: ColorMag's header date "Thứ Tư, Tháng Mười Một 25, 2026" (a fixed today), a "Tin mới" ticker,
  menus, sidebar ("Bài viết mới" with dates, "Xem nhiều" with view counts, categories with counts,
  the calendar widget, month archive list, a poll, "Liên kết website", a visitor counter, the Meta
  widget with "Đăng nhập"), footer with address and phone; pages "Giới thiệu", "Lịch sử nhà
  trường", "Liên hệ"; ``/wp-login.php``; search ``/?s=``.

Gold (by hand, see GOLD): authors are the in-text signature when there is one, else the post's
WordPress author when that is a person's name; the account "Quản trị viên" (administrator) is a
role, not a person, and gives no author. Captions are the lines shown under photos; a caption
ending "(Ảnh: X)" also names a photographer. The category is the breadcrumb's (Yoast's primary
category) even where a post is filed under two. Table rows are body lines, cells joined by
" | ". A file block's name and "Tải xuống" button are the attachment, not body text. The
featured image is only a listing thumbnail (the theme option to show it on single posts is off).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_colormag_thpt"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Trãi"
TAGLINE = "Dạy tốt – Học tốt – Rèn luyện tốt"
PER_PAGE = 3
UP = "/wp-content/uploads"
#: the theme's "today" (ColorMag prints date_i18n('l, F j, Y')): never a publication date
CLOCK = datetime(2026, 11, 25, 9, 40)

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (3, "Tin tức"),
    "doan-thanh-nien": (4, "Đoàn Thanh niên"),
    "thong-bao": (5, "Thông báo"),
}
TAGS: dict[str, tuple[int, str]] = {
    "nam-hoc-2026-2027": (11, "năm học 2026-2027"),
    "20-11": (12, "20-11"),
    "hoc-sinh-gioi": (13, "học sinh giỏi"),
    "tinh-nguyen": (14, "tình nguyện"),
    "thi-tot-nghiep": (15, "thi tốt nghiệp THPT"),
    "ky-niem": (16, "kỷ niệm"),
    "tet": (17, "Tết"),
}
USERS: dict[str, tuple[int, str]] = {
    "quantri": (1, "Quản trị viên"),
    "nguyenthiha": (2, "Nguyễn Thị Hà"),
    "trananhtuan": (3, "Trần Anh Tuấn"),
}
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)
SHORT_MONTHS = ("Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    when: datetime
    text: str
    parent: int = 0


# Story.opts: when (local publication time), modified, cats (all categories; Story.cat is the
# primary one), tags, user, editor ("block" | "classic"), comments, jsonld, nfd (content pasted
# decomposed), pct (the slug stays percent-encoded), thumb (featured image), excerpt (manual),
# file (attachment of a file block), gallery (attachment slugs of a [gallery]), views.
# Img styles: "figure" (Gutenberg), "wpcaption" ([caption] box), "em" (classic: image paragraph,
# then a centred italic line), "plain" (no line), "gallery" (a [gallery] item).
# P styles: "" paragraph, "lead" (bold lead paragraph), "h3", "li" (list item), "th"/"tr"
# (table header row / row, cells joined by " | ").
STORIES: list[Story] = [
    Story(
        id=1342,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tri ân thầy cô giáo",
        cat="tin-tuc",
        published_at="2026-11-18T15:20:00+07:00",
        blocks=[
            P(
                "Sáng ngày 17/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đông đảo thầy"
                " cô giáo, cán bộ hưu trí, Ban đại diện cha mẹ học sinh và hơn 1.300 học sinh toàn"
                " trường.",
                "lead",
            ),
            P(
                "Tới dự buổi lễ có ông Đỗ Văn Thành, Phó Chủ tịch UBND phường Vĩnh Yên; đại diện"
                " lãnh đạo Sở Giáo dục và Đào tạo; các thầy cô giáo nguyên là cán bộ quản lý của nhà"
                " trường qua các thời kỳ cùng nhiều thế hệ cựu học sinh."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-1.jpg",
                "Văn nghệ chào mừng của Câu lạc bộ Âm nhạc nhà trường",
                "Văn nghệ chào mừng của Câu lạc bộ Âm nhạc nhà trường",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hoàng Đức Minh, Hiệu trưởng nhà trường ôn lại lịch sử"
                " Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của tập thể sư phạm trong"
                " năm học vừa qua: 28 giải học sinh giỏi cấp tỉnh, tỉ lệ đỗ tốt nghiệp THPT đạt"
                " 99,6%, 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Thầy Hiệu trưởng bày tỏ lòng biết ơn tới các thế hệ thầy cô đã gắn bó, cống hiến"
                " cho sự nghiệp “trồng người” của nhà trường; đồng thời mong muốn mỗi thầy cô tiếp"
                " tục đổi mới phương pháp dạy học, là tấm gương sáng về đạo đức, tự học và sáng tạo"
                " cho học sinh noi theo."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-2.jpg",
                "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "Thầy Hiệu trưởng trao Giấy khen cho các giáo viên có thành tích xuất sắc",
                "figure",
            ),
            P(
                "Thay mặt học sinh toàn trường, em Đặng Phương Linh, lớp 12A1 gửi lời tri ân sâu"
                " sắc tới các thầy cô giáo. Trong không khí xúc động, những bó hoa tươi thắm và các"
                " tiết mục văn nghệ đặc sắc do các lớp dàn dựng đã được gửi tặng thầy cô."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-3.jpg",
                "Học sinh lớp 12A1 tặng hoa tri ân các thầy cô giáo",
                "Học sinh lớp 12A1 tặng hoa tri ân các thầy cô giáo",
                "figure",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong"
                " phong trào thi đua “Dạy tốt – Học tốt” và trao 20 suất học bổng “Thắp sáng ước"
                " mơ” cho các em học sinh vượt khó học giỏi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Thị Hà &#8211; Ảnh: Phạm Quang'
                " Huy</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hà"],
        photographers=["Phạm Quang Huy"],
        summary=(
            "Sáng ngày 17/11/2026, Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đông đảo thầy"
            " cô giáo, cán bộ hưu trí, Ban đại diện cha mẹ học sinh và hơn 1.300 học sinh toàn"
            " trường."
        ),
        opts={
            "when": datetime(2026, 11, 18, 15, 20),
            "cats": ["tin-tuc"],
            "tags": ["20-11", "ky-niem"],
            "user": "nguyenthiha",
            "editor": "block",
            "jsonld": True,
            "thumb": f"{UP}/2026/11/le-ky-niem-20-11-2026-1.jpg",
            "views": 1204,
            "comments": (
                Comment(
                    58,
                    "Phụ huynh lớp 10A3",
                    datetime(2026, 11, 18, 20, 5),
                    "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!",
                ),
                Comment(
                    59,
                    "Cựu học sinh khóa 2010 – 2013",
                    datetime(2026, 11, 19, 7, 42),
                    "Nhớ mãi mái trường và những thầy cô đã dìu dắt chúng em. Kính chúc thầy cô"
                    " ngày 20/11 thật nhiều niềm vui!",
                ),
            ),
        },
    ),
    Story(
        id=1336,
        slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-09T07:45:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra"
                " tập trung giữa học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("16/11/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "tr"),
            P("16/11/2026 | Chiều | 10, 11 | Lịch sử | 45 phút", "tr"),
            P("17/11/2026 | Sáng | 10, 11, 12 | Toán | 90 phút", "tr"),
            P("17/11/2026 | Chiều | 12 | Tiếng Anh | 60 phút", "tr"),
            P("18/11/2026 | Sáng | 10, 11 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu."
                " Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 9, 7, 45),
            "cats": ["thong-bao"],
            "tags": ["nam-hoc-2026-2027"],
            "user": "quantri",
            "editor": "block",
            "views": 2310,
        },
    ),
    Story(
        id=1329,
        slug="soi-noi-hoi-thi-rung-chuong-vang-tim-hieu-lich-su-doan",
        title="Sôi nổi Hội thi “Rung chuông vàng” tìm hiểu lịch sử Đoàn TNCS Hồ Chí Minh",
        cat="doan-thanh-nien",
        published_at="2026-10-27T16:05:00+07:00",
        blocks=[
            P(
                "Chiều 24/10, Đoàn trường THPT Nguyễn Trãi tổ chức Hội thi “Rung chuông vàng” tìm"
                " hiểu lịch sử Đoàn TNCS Hồ Chí Minh và phong trào thanh niên Việt Nam cho 100 đoàn"
                " viên ưu tú đại diện 36 chi đoàn."
            ),
            P(
                "Các thí sinh lần lượt vượt qua 25 câu hỏi trắc nghiệm và tự luận với nội dung về"
                " truyền thống Đoàn, tấm gương các anh hùng liệt sĩ tuổi trẻ, pháp luật và kỹ năng"
                " sống. Nhiều câu hỏi khó được các em giải đáp nhanh, chính xác trong tiếng cổ vũ"
                " nhiệt tình của các bạn học sinh."
            ),
            Img(
                f"{UP}/2026/10/rung-chuong-vang-2026-01.jpg",
                "Các thí sinh tập trung suy nghĩ trước câu hỏi của Ban tổ chức",
                "Các thí sinh tập trung suy nghĩ trước câu hỏi của Ban tổ chức",
                "wpcaption",
            ),
            P(
                "Sau gần hai giờ tranh tài, em Vũ Thị Ngọc Ánh, lớp 11A2 là thí sinh duy nhất trụ"
                " lại đến câu hỏi cuối cùng và giành danh hiệu “Nhà vô địch” của hội thi. Ban tổ"
                " chức cũng trao giải phụ cho khán giả trả lời đúng các câu hỏi cứu trợ."
            ),
            Img(
                f"{UP}/2026/10/rung-chuong-vang-2026-02.jpg",
                "Đồng chí Bí thư Đoàn trường trao giải cho thí sinh đạt danh hiệu Nhà vô địch",
                "Đồng chí Bí thư Đoàn trường trao giải cho thí sinh đạt danh hiệu Nhà vô địch",
                "wpcaption",
            ),
            Raw('<p style="text-align: right;"><strong>Lê Minh Châu</strong></p>'),
        ],
        authors=["Lê Minh Châu"],
        opts={
            "when": datetime(2026, 10, 27, 16, 5),
            "cats": ["doan-thanh-nien"],
            "tags": ["ky-niem"],
            "user": "trananhtuan",
            "editor": "classic",
            "thumb": f"{UP}/2026/10/rung-chuong-vang-2026-01.jpg",
            "views": 640,
        },
    ),
    Story(
        id=1318,
        slug="hoc-sinh-nguyen-trai-tham-gia-ngay-hoi-tuoi-tre-sang-tao",
        title="Học sinh Trường THPT Nguyễn Trãi tham gia Ngày hội “Tuổi trẻ sáng tạo” cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-10-12T09:30:00+07:00",
        blocks=[
            P(
                "(BPT) – Ngày 10/10, tại Nhà Văn hóa Thanh niên tỉnh, Tỉnh đoàn Phú Thọ tổ chức"
                " Ngày hội “Tuổi trẻ sáng tạo” năm 2026 với sự tham gia của 45 đội thi đến từ các"
                " trường THPT, cao đẳng và đại học trên địa bàn tỉnh."
            ),
            P(
                "Đội thi của Trường THPT Nguyễn Trãi mang đến mô hình “Hệ thống tưới cây tự động"
                " sử dụng cảm biến độ ẩm đất” do nhóm học sinh lớp 11A1 thực hiện dưới sự hướng dẫn"
                " của thầy giáo Nguyễn Văn Khải, giáo viên Vật lí. Sản phẩm được Ban giám khảo đánh"
                " giá cao về tính ứng dụng trong sản xuất nông nghiệp tại địa phương."
            ),
            Img(
                "https://image.baophutho.vn/w800/Uploaded/2026/10/tuoi-tre-sang-tao-2026.jpg",
                "Nhóm học sinh Trường THPT Nguyễn Trãi giới thiệu sản phẩm với Ban giám khảo",
                "Nhóm học sinh Trường THPT Nguyễn Trãi giới thiệu sản phẩm với Ban giám khảo",
                "figure",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 12 giải"
                " Khuyến khích. Đội thi của Trường THPT Nguyễn Trãi đạt giải Nhì và được chọn tham"
                " dự Cuộc thi Sáng tạo thanh thiếu niên, nhi đồng toàn quốc năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Phú Thọ điện tử</em></p>'),
        ],
        source="Báo Phú Thọ điện tử",
        opts={
            "when": datetime(2026, 10, 12, 9, 30),
            "cats": ["doan-thanh-nien", "tin-tuc"],
            "tags": ["hoc-sinh-gioi"],
            "user": "quantri",
            "editor": "block",
            "jsonld": True,
            "views": 512,
        },
    ),
    Story(
        id=1305,
        slug="ke-hoach-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-09-28T10:10:00+07:00",
        blocks=[
            P(
                "Nhà trường gửi Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027."
                " Giáo viên chủ nhiệm phổ biến tới học sinh và gửi danh sách vận động viên về Tổ"
                " Thể dục trước ngày 10/10/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 9, 28, 10, 10),
            "cats": ["thong-bao"],
            "tags": ["nam-hoc-2026-2027"],
            "user": "quantri",
            "editor": "block",
            "file": f"{UP}/2026/09/KH-HKPD-cap-truong-2026-2027.pdf",
            "views": 388,
        },
    ),
    Story(
        id=1297,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Trường THPT Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05T11:00:00+07:00",
        blocks=[
            P(
                "Sáng 05/9, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến trường,"
                " thầy và trò Trường THPT Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học"
                " 2026 – 2027, chào đón 468 học sinh khối 10.",
                "lead",
            ),
            P(
                "Năm học 2026 – 2027, nhà trường có 36 lớp với 1.392 học sinh; đội ngũ 86 cán bộ,"
                " giáo viên, nhân viên, trong đó 32% giáo viên có trình độ thạc sĩ."
            ),
            Img(
                f"{UP}/2026/09/khai-giang-2026-1.jpg",
                "Học sinh khối 10 tiến vào lễ đài",
                "Học sinh khối 10 tiến vào lễ đài",
                "figure",
            ),
            P("Những kết quả nổi bật năm học 2025 – 2026", "h3"),
            P("Tỉ lệ học sinh đỗ tốt nghiệp THPT đạt 99,6%, cao hơn bình quân của tỉnh;", "li"),
            P("28 giải học sinh giỏi cấp tỉnh, trong đó có 4 giải Nhất;", "li"),
            P("2 học sinh đạt giải Khuyến khích kỳ thi chọn học sinh giỏi quốc gia;", "li"),
            P("Nhà trường được UBND tỉnh tặng Bằng khen về thành tích xuất sắc.", "li"),
            P("Nhiệm vụ năm học mới", "h3"),
            P(
                "Phát biểu khai giảng, thầy Hiệu trưởng Hoàng Đức Minh đề nghị tập thể sư phạm tiếp"
                " tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018, đẩy mạnh chuyển đổi"
                " số, đổi mới kiểm tra đánh giá và nâng cao chất lượng giáo dục mũi nhọn."
            ),
            Img(
                f"{UP}/2026/09/khai-giang-2026-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "figure",
            ),
            P(
                "Sau phần lễ, các em học sinh đã tham gia chương trình văn nghệ chào mừng năm học"
                " mới và các trò chơi dân gian trong sân trường."
            ),
        ],
        authors=["Nguyễn Thị Hà"],
        summary=(
            "Sáng 05/9, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến trường,"
            " thầy và trò Trường THPT Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học"
            " 2026 – 2027, chào đón 468 học sinh khối 10."
        ),
        opts={
            "when": datetime(2026, 9, 5, 11, 0),
            "modified": datetime(2026, 9, 7, 8, 12),
            "cats": ["tin-tuc"],
            "tags": ["nam-hoc-2026-2027"],
            "user": "nguyenthiha",
            "editor": "block",
            "jsonld": True,
            "thumb": f"{UP}/2026/09/khai-giang-2026-1.jpg",
            "views": 1867,
            "comments": (
                Comment(
                    41,
                    "Nguyễn Văn Quý",
                    datetime(2026, 9, 5, 19, 30),
                    "Chúc thầy và trò nhà trường một năm học mới nhiều thành công.",
                ),
            ),
        },
    ),
    Story(
        id=1284,
        slug="hinh-anh-chien-dich-thanh-nien-tinh-nguyen-he-2026",
        title="Hình ảnh Chiến dịch Thanh niên tình nguyện hè 2026",
        cat="doan-thanh-nien",
        published_at="2026-08-20T14:30:00+07:00",
        blocks=[
            P(
                "Một số hình ảnh của đoàn viên, thanh niên nhà trường trong Chiến dịch Thanh niên"
                " tình nguyện hè 2026 tại xã Hợp Lý."
            ),
            Img(
                f"{UP}/2026/08/IMG_2041-300x200.jpg",
                "Ra quân chiến dịch",
                "Ra quân chiến dịch",
                "gallery",
            ),
            Img(
                f"{UP}/2026/08/IMG_2057-300x200.jpg",
                "Làm sạch tuyến đường liên thôn",
                "Làm sạch tuyến đường liên thôn",
                "gallery",
            ),
            Img(f"{UP}/2026/08/IMG_2063-300x200.jpg", None, None, "gallery"),
            Img(
                f"{UP}/2026/08/IMG_2078-300x200.jpg",
                "Lớp học hè miễn phí cho thiếu nhi",
                "Lớp học hè miễn phí cho thiếu nhi",
                "gallery",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: CLB Truyền thông Đoàn trường</em></p>'),
        ],
        authors=["Trần Anh Tuấn"],
        # harmonised with shared/real-pages (page 08 credits a school as photographer): a group of
        # people credited for the photos is their photographer; a publication or portal is not
        photographers=["CLB Truyền thông Đoàn trường"],
        opts={
            "when": datetime(2026, 8, 20, 14, 30),
            "cats": ["doan-thanh-nien"],
            "tags": ["tinh-nguyen"],
            "user": "trananhtuan",
            "editor": "classic",
            "gallery": ("img_2041", "img_2057", "img_2063", "img_2078"),
            "thumb": f"{UP}/2026/08/IMG_2041.jpg",
            "views": 455,
        },
    ),
    Story(
        id=1270,
        slug="ket-qua-thi-tot-nghiep-thpt-nam-2026",
        title="Kết quả kỳ thi tốt nghiệp THPT năm 2026: nhà trường đạt tỉ lệ đỗ 99,6%",
        cat="tin-tuc",
        published_at="2026-07-16T08:15:00+07:00",
        blocks=[
            P(
                "Theo kết quả Sở Giáo dục và Đào tạo công bố ngày 15/7, Trường THPT Nguyễn Trãi"
                " có 462/464 học sinh đỗ tốt nghiệp THPT năm 2026, đạt tỉ lệ 99,6%. Điểm trung bình"
                " các môn thi của nhà trường đều cao hơn điểm trung bình chung của tỉnh."
            ),
            P(
                "Đặc biệt, nhà trường có 37 điểm 10 ở các môn Toán, Hóa học, Lịch sử, Giáo dục"
                " kinh tế và pháp luật; em Trịnh Quốc Bảo, lớp 12A1 đạt tổng điểm khối A00 là 29,25"
                " điểm, thuộc tốp đầu của tỉnh."
            ),
            Img(
                f"{UP}/2026/07/tot-nghiep-2026.jpg",
                "Học sinh lớp 12A1 trong buổi ôn tập trước kỳ thi",
                "Học sinh lớp 12A1 trong buổi ôn tập trước kỳ thi",
                "em",
            ),
            P(
                "Kết quả trên là thành quả của sự nỗ lực không ngừng của thầy và trò nhà trường,"
                " cùng với sự đồng hành của cha mẹ học sinh trong suốt ba năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Phạm Văn Long</strong></p>'),
        ],
        authors=["Phạm Văn Long"],
        opts={
            "when": datetime(2026, 7, 16, 8, 15),
            "cats": ["tin-tuc"],
            "tags": ["thi-tot-nghiep"],
            "user": "quantri",
            "editor": "classic",
            "jsonld": True,
            "thumb": f"{UP}/2026/07/tot-nghiep-2026.jpg",
            "views": 3104,
        },
    ),
    Story(
        id=1256,
        slug="thông-báo-nghỉ-hè-và-lịch-tựu-trường-năm-học-2026-2027",
        title="Thông báo nghỉ hè và lịch tựu trường năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-05-25T17:40:00+07:00",
        blocks=[
            P("Học sinh toàn trường nghỉ hè từ ngày 01/6/2026."),
            P(
                "Học sinh khối 10 tựu trường ngày 24/8/2026; khối 11 và khối 12 tựu trường ngày"
                " 26/8/2026. Thời gian có mặt: 7 giờ 00."
            ),
            P("Đề nghị cha mẹ học sinh quan tâm, quản lý con em trong thời gian nghỉ hè."),
        ],
        opts={
            "when": datetime(2026, 5, 25, 17, 40),
            "cats": ["thong-bao"],
            "tags": ["nam-hoc-2026-2027"],
            "user": "quantri",
            "editor": "block",
            "pct": True,
            "views": 2876,
        },
    ),
    Story(
        id=1241,
        slug="hoc-sinh-dat-12-giai-hoc-sinh-gioi-cap-tinh",
        title="Học sinh nhà trường đạt 12 giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-04-22T09:00:00+07:00",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 11 cấp tỉnh năm học 2025 – 2026 vừa kết thúc, đội"
                " tuyển của Trường THPT Nguyễn Trãi đạt 12 giải, xếp thứ ba trong khối các trường"
                " THPT không chuyên."
            ),
            P("Kết quả cụ thể:"),
            P("Giải Nhất: 2 (môn Toán, môn Ngữ văn);", "li"),
            P("Giải Nhì: 3 (môn Vật lí, Hóa học, Tiếng Anh);", "li"),
            P("Giải Ba: 4; giải Khuyến khích: 3.", "li"),
            Img(
                f"{UP}/2026/04/hsg-cap-tinh-2026.jpg",
                "Thầy Hiệu trưởng chúc mừng đội tuyển học sinh giỏi (Ảnh: Thanh Hà)",
                "Thầy Hiệu trưởng chúc mừng đội tuyển học sinh giỏi (Ảnh: Thanh Hà)",
                "figure",
            ),
            P(
                "Nhà trường sẽ tổ chức tuyên dương, khen thưởng các em học sinh đạt giải và các"
                " thầy cô giáo trực tiếp bồi dưỡng đội tuyển vào buổi chào cờ đầu tuần."
            ),
        ],
        authors=["Nguyễn Thị Hà"],
        photographers=["Thanh Hà"],
        opts={
            "when": datetime(2026, 4, 22, 9, 0),
            "cats": ["tin-tuc"],
            "tags": ["hoc-sinh-gioi"],
            "user": "nguyenthiha",
            "editor": "block",
            "jsonld": True,
            "thumb": f"{UP}/2026/04/hsg-cap-tinh-2026.jpg",
            "views": 977,
        },
    ),
    Story(
        id=1227,
        slug="kỷ-niệm-95-năm-ngày-thành-lập-đoàn-tncs-hồ-chí-minh",
        title="Kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – 26/3/2026)",
        cat="doan-thanh-nien",
        published_at="2026-03-26T20:15:00+07:00",
        blocks=[
            P(
                "Sáng 26/3, Đoàn trường THPT Nguyễn Trãi tổ chức Lễ kỷ niệm 95 năm Ngày thành lập"
                " Đoàn TNCS Hồ Chí Minh và tuyên dương các chi đoàn, đoàn viên tiêu biểu.",
                "lead",
            ),
            P(
                "Tại buổi lễ, đồng chí Lê Minh Châu, Bí thư Đoàn trường ôn lại truyền thống vẻ vang"
                " 95 năm xây dựng và trưởng thành của Đoàn, khẳng định vai trò xung kích của tuổi"
                " trẻ nhà trường trong học tập, rèn luyện và các hoạt động tình nguyện."
            ),
            Img(
                f"{UP}/2026/03/ky-niem-95-nam-thanh-lap-doan.jpg",
                "Kết nạp 56 đoàn viên mới lớp “Thanh niên Nguyễn Trãi”",
                "Kết nạp 56 đoàn viên mới lớp “Thanh niên Nguyễn Trãi”",
                "em",
            ),
            P(
                "Dịp này, Đoàn trường đã kết nạp 56 đoàn viên mới, tuyên dương 12 chi đoàn vững"
                " mạnh tiêu biểu và 45 đoàn viên xuất sắc trong phong trào “Tuổi trẻ Nguyễn Trãi"
                " học tập và làm theo lời Bác”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Nguyễn Hoàng Yến</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Yến"],
        photographers=["Nguyễn Hoàng Yến"],
        summary=(
            "Sáng 26/3, Đoàn trường THPT Nguyễn Trãi tổ chức Lễ kỷ niệm 95 năm Ngày thành lập"
            " Đoàn TNCS Hồ Chí Minh và tuyên dương các chi đoàn, đoàn viên tiêu biểu."
        ),
        opts={
            "when": datetime(2026, 3, 26, 20, 15),
            "cats": ["doan-thanh-nien"],
            "tags": ["ky-niem"],
            "user": "trananhtuan",
            "editor": "classic",
            "jsonld": True,
            "nfd": True,
            "pct": True,
            "thumb": f"{UP}/2026/03/ky-niem-95-nam-thanh-lap-doan.jpg",
            "views": 734,
        },
    ),
    Story(
        id=1203,
        slug="trao-50-suat-qua-tet-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 50 suất quà Tết cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc",
        published_at="2026-02-09T10:30:00+07:00",
        blocks=[
            P(
                "Nhằm chia sẻ khó khăn và giúp các em học sinh có hoàn cảnh đặc biệt đón Tết"
                " Nguyên đán Bính Ngọ 2026 đầy đủ, ấm áp, ngày 07/02, Trường THPT Nguyễn Trãi phối"
                " hợp với Ban đại diện cha mẹ học sinh trao 50 suất quà Tết cho học sinh."
            ),
            P(
                "Mỗi suất quà gồm 500.000 đồng tiền mặt, bánh chưng và một số nhu yếu phẩm, tổng"
                " trị giá hơn 40 triệu đồng, được trích từ quỹ “Nghĩa tình Nguyễn Trãi” do cán bộ,"
                " giáo viên, cựu học sinh và các nhà hảo tâm đóng góp."
            ),
            Img(
                f"{UP}/2026/02/trao-qua-tet-2026.jpg",
                "Đại diện nhà trường và Ban đại diện cha mẹ học sinh trao quà cho các em",
                "Đại diện nhà trường và Ban đại diện cha mẹ học sinh trao quà cho các em",
                "wpcaption",
            ),
            P(
                "Những món quà tuy nhỏ nhưng là nguồn động viên, khích lệ để các em vượt qua khó"
                " khăn, tiếp tục phấn đấu vươn lên trong học tập."
            ),
        ],
        opts={
            "when": datetime(2026, 2, 9, 10, 30),
            "cats": ["tin-tuc"],
            "tags": ["tet"],
            "user": "quantri",
            "editor": "classic",
            "thumb": f"{UP}/2026/02/trao-qua-tet-2026.jpg",
            "views": 659,
        },
    ),
    Story(
        id=1188,
        slug="thong-bao-lich-nghi-tet-nguyen-dan-binh-ngo-2026",
        title="Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ 2026",
        cat="thong-bao",
        published_at="2026-01-28T15:00:00+07:00",
        blocks=[
            P(
                "Thực hiện văn bản của Sở Giáo dục và Đào tạo về thời gian nghỉ Tết Nguyên đán"
                " Bính Ngọ 2026, nhà trường thông báo:"
            ),
            P(
                "Học sinh nghỉ Tết từ ngày 14/02/2026 (tức ngày 27 tháng Chạp) đến hết ngày"
                " 22/02/2026 (tức mùng 6 tháng Giêng).",
                "li",
            ),
            P("Học sinh đi học trở lại từ thứ Hai, ngày 23/02/2026.", "li"),
            P(
                "Cán bộ, giáo viên, nhân viên trực Tết theo lịch phân công của Ban Giám hiệu.",
                "li",
            ),
        ],
        opts={
            "when": datetime(2026, 1, 28, 15, 0),
            "cats": ["thong-bao"],
            "tags": ["tet"],
            "user": "quantri",
            "editor": "block",
            "views": 1433,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: newest first, the order every listing prints
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def _when(story: Story) -> datetime:
    return story.opts["when"]


def slug_url(story: Story) -> str:
    """The slug as it appears in URLs: WordPress percent-encodes non-ASCII slugs in lower case."""
    return quote(story.slug, safe="-").lower() if story.opts.get("pct") else story.slug


def post_path(story: Story) -> str:
    return f"{_when(story):/%Y/%m/%d}/{slug_url(story)}/"


def cat_path(cat: str, page: int = 1) -> str:
    return f"/category/{cat}/" + (f"page/{page}/" if page > 1 else "")


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if cat in s.opts["cats"]]


def _pages(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


# ------------------------------------------------------------------------- pages (by hand)

PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu/": (
        2,
        "Giới thiệu",
        [
            "Trường THPT Nguyễn Trãi được thành lập năm 1978, là một trong những trường THPT có"
            " bề dày truyền thống của tỉnh. Nhà trường hiện có 36 lớp với gần 1.400 học sinh.",
            "Nhà trường đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp độ 3"
            " năm 2023.",
        ],
    ),
    "/gioi-thieu/lich-su-nha-truong/": (
        8,
        "Lịch sử nhà trường",
        [
            "Năm 1978, Trường cấp III Vĩnh Yên B được thành lập, đến năm 1992 đổi tên thành"
            " Trường THPT Nguyễn Trãi.",
            "Trải qua gần 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn"
            " học sinh, nhiều người đã trở thành nhà khoa học, cán bộ lãnh đạo, doanh nhân thành"
            " đạt.",
        ],
    ),
    "/lien-he/": (
        10,
        "Liên hệ",
        [
            "Trường THPT Nguyễn Trãi – Số 45 đường Trần Phú, phường Vĩnh Yên, tỉnh Phú Thọ.",
            "Điện thoại: 0211 3 862 456 – Email: c3nguyentrai@phutho.edu.vn",
        ],
    ),
}

# ------------------------------------------------------------------------- the gold (by hand)


def _replies(story: Story) -> list[str]:
    return [f"{post_path(story)}?replytocom={c.id}" for c in story.opts.get("comments", ())]


# Written by hand from the stories above; notes on the judgement calls:
# 1342 the closing "Tin: … – Ảnh: …" line gives both lists; its replytocom variants are listed.
# 1336 a timetable: its header row and rows are body lines; no byline, posted by the admin account.
# 1329 the bare right-aligned name closing the post is its writer (the uploader is another user).
# 1318 filed under two categories: Yoast's breadcrumb names the primary one ("Tin tức"); the
#      picture is hot-linked from the newspaper's CDN; "(BPT) –" stays in the text as printed.
# 1305 title + one line + a PDF file block: the block (file name, "Tải xuống") is not body.
# 1284 a [gallery] photo post: thumbnails as printed, gallery captions; "Ảnh: CLB Truyền thông
#      Đoàn trường" credits a club, not a person: no photographer; the poster is the author.
# 1241 "(Ảnh: Thanh Hà)" ends the caption (kept in it) and names the photographer.
# 1227 content pasted decomposed (NFD); gold is NFC; slug percent-encoded.
# 1203/1188 no signature, posted by "Quản trị viên": no author.
GOLD: list[dict] = [
    gold_record(_BY_ID[1342], post_path(_BY_ID[1342]), "Tin tức", alt_paths=_replies(_BY_ID[1342])),
    gold_record(_BY_ID[1336], post_path(_BY_ID[1336]), "Thông báo"),
    gold_record(_BY_ID[1329], post_path(_BY_ID[1329]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1318], post_path(_BY_ID[1318]), "Tin tức"),
    gold_record(_BY_ID[1305], post_path(_BY_ID[1305]), "Thông báo"),
    gold_record(_BY_ID[1297], post_path(_BY_ID[1297]), "Tin tức", alt_paths=_replies(_BY_ID[1297])),
    gold_record(_BY_ID[1284], post_path(_BY_ID[1284]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1270], post_path(_BY_ID[1270]), "Tin tức"),
    gold_record(_BY_ID[1256], post_path(_BY_ID[1256]), "Thông báo"),
    gold_record(_BY_ID[1241], post_path(_BY_ID[1241]), "Tin tức"),
    gold_record(_BY_ID[1227], post_path(_BY_ID[1227]), "Đoàn Thanh niên"),
    gold_record(_BY_ID[1203], post_path(_BY_ID[1203]), "Tin tức"),
    gold_record(_BY_ID[1188], post_path(_BY_ID[1188]), "Thông báo"),
]


def _months() -> list[tuple[int, int]]:
    return sorted({(_when(s).year, _when(s).month) for s in STORIES}, reverse=True)


def _days() -> list[tuple[int, int, int]]:
    return sorted({(_when(s).year, _when(s).month, _when(s).day) for s in STORIES}, reverse=True)


def _attachment_path(story: Story, att: str) -> str:
    return f"{post_path(story)}{att}/"


NON_ARTICLES: list[str] = [
    "/",
    *(f"/page/{n}/" for n in range(2, _pages(len(STORIES)) + 1)),
    *(cat_path(c, n) for c in CATS for n in range(1, _pages(len(in_cat(c))) + 1)),
    *(
        f"/tag/{t}/" + (f"page/{n}/" if n > 1 else "")
        for t in TAGS
        for n in range(1, _pages(sum(t in s.opts.get("tags", ()) for s in STORIES)) + 1)
    ),
    *(
        f"/author/{u}/" + (f"page/{n}/" if n > 1 else "")
        for u in USERS
        for n in range(1, _pages(sum(s.opts["user"] == u for s in STORIES)) + 1)
    ),
    *(f"/{y}/{m:02d}/" for y, m in _months()),
    *(f"/{y}/{m:02d}/{d:02d}/" for y, m, d in _days()),
    *(_attachment_path(_BY_ID[1284], a) for a in _BY_ID[1284].opts["gallery"]),
    *PAGES,
    "/wp-login.php",
    "/feed/",
    "/comments/feed/",
]


# ------------------------------------------------------------------------- text helpers

_TEXTURE = {"–": "&#8211;", "“": "&#8220;", "”": "&#8221;", "’": "&#8217;", "…": "&#8230;"}


def _wp(value: str) -> str:
    """Text as WordPress prints it: escaped, then wptexturize's numeric references."""
    out = esc(value).replace("&amp;", "&#038;")
    for ch, ref in _TEXTURE.items():
        out = out.replace(ch, ref)
    return out


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _vi_date(when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month - 1]}, {when.year}"


def _vi_time(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'sáng' if when.hour < 12 else 'chiều'}"


def _sized(src: str, size: str) -> str:
    stem, dot, ext = src.rpartition(".")
    return f"{stem}-{size}{dot}{ext}"


def _abs(base: str, src: str) -> str:
    return src if src.startswith("http") else base + src


def _excerpt(story: Story, words: int = 28) -> str:
    first = story.paragraphs[0]
    parts = first.split()
    if len(parts) <= words:
        return _wp(first)
    return _wp(" ".join(parts[:words])) + " [&hellip;]"


# ------------------------------------------------------------------------- post content


def _image(img: Img, n: int, base: str) -> str:
    src = esc(_abs(base, img.src))
    line = _wp(img.printed) if img.printed else ""
    if img.style == "figure":
        local = not img.src.startswith("http")
        srcset = (
            f' srcset="{src} 1024w, {esc(_abs(base, _sized(img.src, "300x200")))} 300w, '
            f'{esc(_abs(base, _sized(img.src, "768x512")))} 768w" sizes="(max-width: 1024px) 100vw, 1024px"'
            if local
            else ""
        )
        cap = f'<figcaption class="wp-element-caption">{line}</figcaption>' if img.printed else ""
        return (
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{src}" alt="" class="wp-image-{n}"{srcset} />{cap}</figure>'
        )
    if img.style == "wpcaption":
        return (
            f'<div id="attachment_{n}" style="width: 810px" class="wp-caption aligncenter">'
            f'<img aria-describedby="caption-attachment-{n}" decoding="async" loading="lazy" '
            f'class="size-full wp-image-{n}" src="{src}" alt="" width="800" height="533" />'
            f'<p id="caption-attachment-{n}" class="wp-caption-text">{line}</p></div>'
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;"><img decoding="async" loading="lazy" '
            f'class="aligncenter size-large wp-image-{n}" src="{src}" alt="" width="800" height="533" /></p>\n'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    return f'<p><img decoding="async" class="aligncenter wp-image-{n}" src="{src}" alt="" /></p>'


def _gallery(story: Story, imgs: list[Img], base: str) -> str:
    items = []
    for img, att in zip(imgs, story.opts["gallery"], strict=True):
        n = story.id + 3 + len(items)
        link = base + _attachment_path(story, att)
        cap = (
            f"\n\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{n}'>\n"
            f"\t\t\t\t{_wp(img.printed)}\n\t\t\t\t</figcaption>"
            if img.printed
            else ""
        )
        described = f' aria-describedby="gallery-1-{n}"' if img.printed else ""
        items.append(
            "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n"
            f"\t\t\t\t<a href='{link}'><img width=\"300\" height=\"200\" src=\"{esc(base + img.src)}\""
            f' class="attachment-medium size-medium" alt=""{described} decoding="async" /></a>\n'
            f"\t\t\t</div>{cap}</figure>"
        )
    return (
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-2 gallery-size-medium'>"
        + "".join(items)
        + "\n\t\t</div>\n"
    )


def _table(rows: list[P], block: bool) -> str:
    head = [r for r in rows if r.style == "th"]
    body = [r for r in rows if r.style == "tr"]

    def cells(p: P, tag: str) -> str:
        return "".join(f"<{tag}>{_wp(c)}</{tag}>" for c in p.text.split(" | "))

    thead = "".join(f"<tr>{cells(r, 'th')}</tr>" for r in head)
    tbody = "".join(f"<tr>{cells(r, 'td')}</tr>" for r in body)
    table = f"<table class=\"has-fixed-layout\"><thead>{thead}</thead><tbody>{tbody}</tbody></table>"
    return f'<figure class="wp-block-table is-style-stripes">{table}</figure>' if block else table


def _content(story: Story, base: str) -> str:
    block = story.opts["editor"] == "block"
    out: list[str] = []
    items: list[P] = []
    rows: list[P] = []
    gallery: list[Img] = []
    n = story.id + 3

    def flush() -> None:
        if items:
            cls = ' class="wp-block-list"' if block else ""
            out.append(f"<ul{cls}>" + "".join(f"<li>{_wp(i.text)}</li>" for i in items) + "</ul>")
            items.clear()
        if rows:
            out.append(_table(rows, block))
            rows.clear()
        if gallery:
            out.append(_gallery(story, gallery, base))
            gallery.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, Img) and b.style == "gallery":
            gallery.append(b)
            continue
        flush()
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{_wp(b.text)}</strong></p>")
            elif b.style == "h3":
                cls = ' class="wp-block-heading"' if block else ""
                out.append(f"<h3{cls}>{_wp(b.text)}</h3>")
            else:
                style = "" if block else ' style="text-align: justify;"'
                out.append(f"<p{style}>{_wp(b.text)}</p>")
        elif isinstance(b, Img):
            n += 1
            out.append(_image(b, n, base))
        else:
            out.append(b.html)
    flush()
    if story.opts.get("file"):
        href = base + story.opts["file"]
        label = story.opts["file"].rsplit("/", 1)[1].removesuffix(".pdf")
        out.append(
            f'<div data-wp-interactive="core/file" class="wp-block-file"><object '
            f'data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" '
            f'data="{href}" type="application/pdf" style="width:100%;height:600px" '
            f'aria-label="Nhúng {esc(label)}."></object><a id="wp-block-file--media-{story.id}" '
            f'href="{href}">{esc(label)}</a><a href="{href}" class="wp-block-file__button '
            f'wp-element-button" download aria-describedby="wp-block-file--media-{story.id}">Tải xuống</a></div>'
        )
    markup = "\n".join(out)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def _addtoany(story: Story, base: str) -> str:
    url = quote(base + post_path(story), safe="")
    name = quote(story.title, safe="")
    buttons = "".join(
        f'<a class="a2a_button_{k}" href="https://www.addtoany.com/add_to/{k}?linkurl={url}&amp;'
        f'linkname={name}" title="{t}" rel="nofollow noopener" target="_blank"></a>'
        for k, t in (("facebook", "Facebook"), ("zalo", "Zalo"), ("email", "Email"), ("print", "Print"))
    )
    return (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{base}{post_path(story)}" '
        f'data-a2a-title="{esc(story.title)}">{buttons}<a class="a2a_dd addtoany_share_save '
        'addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
    )


# ------------------------------------------------------------------------- theme pieces


def _cat_links(story: Story, base: str) -> str:
    # WordPress orders a post's categories by name (the collation puts "Đ" with "D")
    cats = sorted(story.opts["cats"], key=lambda c: CATS[c][1].replace("Đ", "D"))
    links = "".join(
        f'<a href="{base}{cat_path(c)}"  rel="category tag">{esc(CATS[c][1])}</a>&nbsp;' for c in cats
    )
    return f'<div class="above-entry-meta"><span class="cat-links">{links}</span></div>'


def _comment_count(story: Story) -> int:
    return len(story.opts.get("comments", ()))


def _meta(story: Story, base: str, full: bool) -> str:
    when = _when(story)
    link = base + post_path(story)
    modified = story.opts.get("modified")
    if modified:
        stamp = (
            f'<time class="entry-date published" datetime="{_iso(when)}">{_vi_date(when)}</time>'
            f'<time class="updated" datetime="{_iso(modified)}">{_vi_date(modified)}</time>'
        )
    else:
        stamp = f'<time class="entry-date published updated" datetime="{_iso(when)}">{_vi_date(when)}</time>'
    user = story.opts["user"]
    count = _comment_count(story)
    label = {0: "0 Bình luận", 1: "1 Bình luận"}.get(count, f"{count} Bình luận")
    comments_href = f"{link}#respond" if count == 0 else f"{link}#comments"
    out = [
        '<div class="below-entry-meta">',
        f'<span class="posted-on"><a href="{link}" title="{_vi_time(when)}" rel="bookmark">'
        f'<i class="fa fa-calendar-o"></i> {stamp}</a></span>',
        f'<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" '
        f'href="{base}/author/{user}/" title="{esc(USERS[user][1])}">{esc(USERS[user][1])}</a></span></span>',
        f'<span class="comments"><a href="{comments_href}"><i class="fa fa-comment"></i> {label}</a></span>',
    ]
    if full and story.opts.get("tags"):
        tags = ", ".join(
            f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t][1])}</a>' for t in story.opts["tags"]
        )
        out.append(f'<span class="tag-links"><i class="fa fa-tags"></i>{tags}</span>')
    out.append("</div>")
    return "\n".join(out)


def _teaser(story: Story, base: str) -> str:
    """One post in a listing: ColorMag's content.php."""
    link = base + post_path(story)
    thumb = story.opts.get("thumb")
    image = (
        f'<div class="featured-image"><a href="{link}" title="{_wp(story.title)}"><img width="800" '
        f'height="445" src="{esc(base + _sized(thumb, "800x445"))}" class="attachment-colormag-featured-image '
        f'size-colormag-featured-image wp-post-image" alt="" decoding="async" /></a></div>'
        if thumb
        else ""
    )
    classes = " ".join(
        [f"post-{story.id}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if thumb else [])
        + ["hentry"]
        + [f"category-{c}" for c in story.opts["cats"]]
        + [f"tag-{t}" for t in story.opts.get("tags", ())]
    )
    return f"""<article id="post-{story.id}" class="{classes}">
{image}
<div class="article-content clearfix">
{_cat_links(story, base)}
<header class="entry-header">
<h2 class="entry-title">
<a href="{link}" title="{_wp(story.title)}">{_wp(story.title)}</a>
</h2>
</header>
{_meta(story, base, full=False)}
<div class="entry-content clearfix">
<p>{_excerpt(story)}</p>
<a class="more-link" title="{_wp(story.title)}" href="{link}"><span>Đọc tiếp</span></a>
</div>
</div>
</article>"""


def _pagenavi(path_of, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = [f"<div class='wp-pagenavi' role='navigation'>\n<span class='pages'>Trang {page} trên {pages}</span>"]
    if page > 1:
        out.append(f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{path_of(page - 1)}">&laquo;</a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            cls = "smaller" if n < page else "larger"
            out.append(f'<a class="page {cls}" title="Trang {n}" href="{path_of(n)}">{n}</a>')
    if page < pages:
        out.append(f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{path_of(page + 1)}">&raquo;</a>')
    out.append("</div>")
    return "\n".join(out)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _widget(wid: str, cls: str, title: str, body: str) -> str:
    return (
        f'<aside id="{wid}" class="widget {cls} clearfix"><h3 class="widget-title"><span>{title}'
        f"</span></h3>{body}</aside>"
    )


def _calendar(base: str, year: int, month: int) -> str:
    """WordPress's calendar widget (get_calendar) for one month."""
    first = datetime(year, month, 1)
    nxt = datetime(year + (month == 12), month % 12 + 1, 1)
    ndays = (nxt - first).days
    days_with_posts = {
        _when(s).day: s for s in STORIES if (_when(s).year, _when(s).month) == (year, month)
    }
    pad = first.weekday()
    cells = [f'<td colspan="{pad}" class="pad">&nbsp;</td>'] if pad else []
    for d in range(1, ndays + 1):
        today = ' id="today"' if (year, month, d) == (CLOCK.year, CLOCK.month, CLOCK.day) else ""
        if d in days_with_posts:
            label = f"Các bài viết đã được xuất bản vào {d} {MONTHS[month - 1]}, {year}"
            cells.append(f'<td{today}><a href="{base}/{year}/{month:02d}/{d:02d}/" aria-label="{label}">{d}</a></td>')
        else:
            cells.append(f"<td{today}>{d}</td>")
    rows = ["".join(cells[i : i + 7]) for i in range(0, len(cells), 7)]
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    months = _months()
    older = [ym for ym in months if ym < (year, month)]
    newer = [ym for ym in months if ym > (year, month)]
    prev = (
        f'<span class="wp-calendar-nav-prev"><a href="{base}/{older[0][0]}/{older[0][1]:02d}/">&laquo; '
        f"{SHORT_MONTHS[older[0][1] - 1]}</a></span>"
        if older
        else '<span class="wp-calendar-nav-prev">&nbsp;</span>'
    )
    nxt_link = (
        f'<span class="wp-calendar-nav-next"><a href="{base}/{newer[-1][0]}/{newer[-1][1]:02d}/">'
        f"{SHORT_MONTHS[newer[-1][1] - 1]} &raquo;</a></span>"
        if newer
        else '<span class="wp-calendar-nav-next">&nbsp;</span>'
    )
    initials = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
    head = "".join(
        f'<th scope="col" aria-label="{d}">{i}</th>' for d, i in zip(WEEKDAYS, initials, strict=True)
    )
    return (
        f'<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>{MONTHS[month - 1]} {year}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
        f'</table><nav aria-label="Tháng trước và tháng tới" class="wp-calendar-nav">{prev}'
        f'<span class="pad">&nbsp;</span>{nxt_link}</nav></div>'
    )


def _sidebar(base: str, cal: tuple[int, int]) -> str:
    recent = "".join(
        f'<li><a href="{base}{post_path(s)}">{_wp(s.title)}</a><span class="post-date">'
        f"{_vi_date(_when(s))}</span></li>"
        for s in _LATEST[:5]
    )
    popular = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:4]
    wpp = "".join(
        f'<li><a href="{base}{post_path(s)}" class="wpp-post-title" target="_self">{_wp(s.title)}</a>'
        f' <span class="wpp-meta post-stats"><span class="wpp-views">{_thousands(s.opts["views"])}'
        " lượt xem</span></span></li>"
        for s in popular
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{cid}"><a href="{base}{cat_path(c)}">{esc(name)}</a> '
        f"({len(in_cat(c))})</li>"
        for c, (cid, name) in sorted(CATS.items(), key=lambda kv: kv[1][1].replace("Đ", "D"))
    )
    archives = "".join(
        f"<li><a href='{base}/{y}/{m:02d}/'>{MONTHS[m - 1]} {y}</a></li>" for y, m in _months()
    )
    poll = """<div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="7c1e0b9a2f" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn thấy website mới của nhà trường thế nào?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Bình thường</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện thêm</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div>
</form></div>"""
    links = """<div class="textwidget"><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://phutho.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Phú Thọ</a></li>
<li><a href="https://thitotnghiepthpt.edu.vn" target="_blank" rel="noopener">Thi tốt nghiệp THPT</a></li>
<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">Cơ sở dữ liệu ngành</a></li>
</ul></div>"""
    counter = """<div class="wp-statistics-widget"><ul>
<li><label>Người dùng trực tuyến:</label> 9</li>
<li><label>Lượt truy cập hôm nay:</label> 412</li>
<li><label>Lượt truy cập hôm qua:</label> 538</li>
<li><label>Tổng lượt truy cập:</label> 1.086.245</li>
</ul></div>"""
    meta = f"""<ul>
<li><a href="{base}/wp-login.php">Đăng nhập</a></li>
<li><a href="{base}/feed/">Feed các mục</a></li>
<li><a href="{base}/comments/feed/">Feed bình luận</a></li>
<li><a href="https://vi.wordpress.org/">WordPress.org</a></li>
</ul>"""
    widgets = [
        _widget("recent-posts-3", "widget_recent_entries", "Bài viết mới", f"<ul>{recent}</ul>"),
        _widget("wpp-2", "popular-posts", "Xem nhiều", f'<ul class="wpp-list">{wpp}</ul>'),
        _widget("categories-2", "widget_categories", "Chuyên mục", f"<ul>{cats}</ul>"),
        _widget("calendar-2", "widget_calendar", "Lịch", _calendar(base, *cal)),
        _widget("archives-2", "widget_archive", "Lưu trữ", f"<ul>{archives}</ul>"),
        _widget("polls-widget-2", "widget_polls-widget", "Thăm dò ý kiến", poll),
        _widget("text-4", "widget_text", "Liên kết website", links),
        _widget("wp_statistics_widget-2", "widget_wp_statistics_widget", "Thống kê truy cập", counter),
        _widget("meta-2", "widget_meta", "Meta", meta),
    ]
    return '<div id="secondary">\n' + "\n".join(widgets) + "\n</div>"


def _menu(base: str) -> str:
    cats = "".join(
        f'<li id="menu-item-{30 + cid}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
        f' menu-item-{30 + cid}"><a href="{base}{cat_path(c)}">{esc(name)}</a></li>'
        for c, (cid, name) in CATS.items()
    )
    return (
        '<div class="menu-primary-container"><ul id="menu-menu-chinh" class="menu">'
        f'<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home'
        f' menu-item-21"><a href="{base}/">Trang chủ</a></li>'
        f'<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page'
        f' menu-item-has-children menu-item-22"><a href="{base}/gioi-thieu/">Giới thiệu</a>'
        f'<ul class="sub-menu"><li id="menu-item-23" class="menu-item menu-item-type-post_type'
        f' menu-item-object-page menu-item-23"><a href="{base}/gioi-thieu/lich-su-nha-truong/">Lịch sử'
        " nhà trường</a></li></ul></li>"
        f"{cats}"
        f'<li id="menu-item-40" class="menu-item menu-item-type-post_type menu-item-object-page'
        f' menu-item-40"><a href="{base}/lien-he/">Liên hệ</a></li></ul></div>'
    )


def _header(base: str, front: bool) -> str:
    clock = f"{WEEKDAYS[CLOCK.weekday()]}, {MONTHS[CLOCK.month - 1]} {CLOCK.day}, {CLOCK.year}"
    ticker = "".join(
        f'<li><a href="{base}{post_path(s)}" title="{_wp(s.title)}">{_wp(s.title)}</a></li>'
        for s in _LATEST[:4]
    )
    tag = "h1" if front else "h3"
    return f"""<header id="masthead" class="site-header clearfix ">
<div id="header-text-nav-container" class="clearfix">
<div class="news-bar"><div class="inner-wrap clearfix">
<div class="date-in-header">{clock}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong><ul class="newsticker">{ticker}</ul></div>
<div class="social-links clearfix"><ul>
<li><a href="https://www.facebook.com/thptnguyentrai.phutho" target="_blank"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://www.youtube.com/@thptnguyentraiphutho" target="_blank"><i class="fa fa-youtube"></i></a></li>
</ul></div>
</div></div>
<div class="inner-wrap"><div id="header-text-nav-wrap" class="clearfix">
<div id="header-left-section">
<div id="header-logo-image"><a href="{base}/" class="custom-logo-link" rel="home"><img width="90" height="90" src="{base}{UP}/2024/08/logo-nguyen-trai.png" class="custom-logo" alt="{esc(SITE)}" decoding="async" /></a></div>
<div id="header-text" class="">
<{tag} id="site-title"><a href="{base}/" title="{esc(SITE)}" rel="home">{esc(SITE)}</a></{tag}>
<p id="site-description">{_wp(TAGLINE)}</p>
</div></div>
<div id="header-right-section"><div id="header-right-sidebar" class="clearfix">
<aside id="text-5" class="widget widget_text clearfix"><div class="textwidget"><p>Đường dây nóng: 0211 3 862 456</p></div></aside>
</div></div>
</div></div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation">
<div class="inner-wrap clearfix">
<div class="home-icon{" front_page_on" if front else ""}"><a href="{base}/" title="{esc(SITE)}"><i class="fa fa-home"></i></a></div>
<div class="search-random-icons-container"><div class="top-search-wrap"><i class="fa fa-search search-top"></i>
<div class="search-form-top"><form action="{base}/" class="search-form searchform clearfix" method="get">
<div class="search-wrap"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></div>
</form></div></div></div>
<p class="menu-toggle"></p>
{_menu(base)}
</div></nav>
</div>
</header>"""


def _footer(base: str) -> str:
    return f"""<footer id="colophon" class="clearfix">
<div class="footer-widgets-wrapper"><div class="inner-wrap"><div class="footer-widgets-area clearfix">
<div class="tg-footer-main-widget"><div class="tg-first-footer-widget">
<aside id="text-3" class="widget widget_text clearfix"><h3 class="widget-title"><span>Thông tin liên hệ</span></h3>
<div class="textwidget"><p><strong>TRƯỜNG THPT NGUYỄN TRÃI</strong><br />
Địa chỉ: Số 45 đường Trần Phú, phường Vĩnh Yên, tỉnh Phú Thọ<br />
Điện thoại: 0211 3 862 456<br />
Email: c3nguyentrai@phutho.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Hoàng Đức Minh – Hiệu trưởng</p></div></aside>
</div></div>
<div class="tg-footer-other-widgets"><div class="tg-second-footer-widget">
<aside id="text-6" class="widget widget_text clearfix"><h3 class="widget-title"><span>Bản đồ</span></h3>
<div class="textwidget"><p><a href="https://maps.google.com/?q=THPT+Nguyen+Trai+Vinh+Yen" target="_blank" rel="noopener">Xem bản đồ đường đến trường</a></p></div></aside>
</div></div>
</div></div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="footer-socket-area">
<div class="footer-socket-left-section"><div class="copyright">Bản quyền &copy; 2026 <a href="{base}/" title="{esc(SITE)}"><span>{esc(SITE)}</span></a>. Bảo lưu mọi quyền.<br>Giao diện: ColorMag bởi ThemeGrill. Chạy trên <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div></div>
</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>"""


def _breadcrumbs(base: str, trail: list[tuple[str | None, str]]) -> str:
    parts = [f'<span><a href="{base}/">Trang chủ</a></span>']
    for href, label in trail:
        if href is None:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
        else:
            parts.append(f'<span><a href="{base}{href}">{label}</a></span>')
    return f'<div class="breadcrumb-wrap"><p id="breadcrumbs"><span>{" » ".join(parts)}</span></p></div>'


def _page(
    base: str,
    title: str,
    main: str,
    *,
    canonical: str | None,
    body_class: str,
    head: str = "",
    front: bool = False,
    crumbs: list[tuple[str | None, str]] | None = None,
    cal: tuple[int, int] = (CLOCK.year, CLOCK.month),
    robots: str = "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1",
) -> str:
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    crumb = _breadcrumbs(base, crumbs) if crumbs else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />
<meta name='robots' content='{robots}' />
<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title}</title>
{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(SITE)}" />
{head}<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='{base}/wp-content/themes/colormag/style.css?ver=2.1.8' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{base}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_class} wide">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
{_header(base, front)}
<div id="main" class="clearfix">
<div class="inner-wrap clearfix">
{crumb}
<div id="primary">
<div id="content" class="clearfix">
{main}
</div>
</div>
{_sidebar(base, cal)}
</div>
</div>
{_footer(base)}
</div>
<script type="text/javascript" src="{base}/wp-content/themes/colormag/js/colormag-custom.min.js?ver=2.1.8" id="colormag-custom-js"></script>
<script type="text/javascript" src="{base}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
</body>
</html>"""


# ------------------------------------------------------------------------- single posts


def _jsonld(story: Story, base: str) -> str:
    url = base + post_path(story)
    user = story.opts["user"]
    when = _when(story)
    modified = story.opts.get("modified") or when
    primary = story.cat
    graph = [
        {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": USERS[user][1], "@id": f"{base}/#/schema/person/{USERS[user][0]:032x}"},
            "headline": story.title,
            "datePublished": _utc(when),
            "dateModified": _utc(modified),
            "mainEntityOfPage": {"@id": url},
            "wordCount": sum(len(p.split()) for p in story.paragraphs),
            "commentCount": _comment_count(story),
            "publisher": {"@id": f"{base}/#organization"},
            "keywords": [TAGS[t][1] for t in story.opts.get("tags", ())],
            "articleSection": [CATS[c][1] for c in story.opts["cats"]],
            "inLanguage": "vi",
            "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}],
        },
        {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{story.title} - {SITE}",
            "isPartOf": {"@id": f"{base}/#website"},
            "datePublished": _utc(when),
            "dateModified": _utc(modified),
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "vi",
        },
        {
            "@type": "BreadcrumbList",
            "@id": f"{url}#breadcrumb",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[primary][1], "item": base + cat_path(primary)},
                {"@type": "ListItem", "position": 3, "name": story.title},
            ],
        },
        {
            "@type": "WebSite",
            "@id": f"{base}/#website",
            "url": f"{base}/",
            "name": SITE,
            "description": TAGLINE,
            "publisher": {"@id": f"{base}/#organization"},
            "inLanguage": "vi",
        },
        {
            "@type": "Organization",
            "@id": f"{base}/#organization",
            "name": SITE,
            "url": f"{base}/",
            "logo": {"@type": "ImageObject", "url": f"{base}{UP}/2024/08/logo-nguyen-trai.png"},
        },
        {
            "@type": "Person",
            "@id": f"{base}/#/schema/person/{USERS[user][0]:032x}",
            "name": USERS[user][1],
            "url": f"{base}/author/{user}/",
        },
    ]
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return f'<script type="application/ld+json" class="yoast-schema-graph">{data}</script>\n'


def _comments(story: Story, base: str) -> str:
    comments = story.opts.get("comments", ())
    link = base + post_path(story)
    items = []
    for c in comments:
        stamp = f"{_vi_date(c.when)} lúc {_vi_time(c.when)}"
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{c.id}">\n'
            f'<article id="comment-{c.id}" class="comment">\n'
            '<header class="comment-meta comment-author vcard">\n'
            f"<img alt='' src='https://secure.gravatar.com/avatar/{c.id:032x}?s=74&#038;d=mm&#038;r=g' "
            "class='avatar avatar-74 photo' height='74' width='74' loading='lazy' decoding='async'/>"
            f'<div class="comment-author-link"><i class="fa fa-user"></i>{esc(c.author)}</div>'
            f'<div class="comment-date-time"><i class="fa fa-calendar-o"></i>{stamp}</div>'
            f'<a class="comment-permalink" href="{link}#comment-{c.id}"><i class="fa fa-link"></i>Liên kết</a>'
            "</header>\n"
            f'<section class="comment-content comment"><p>{_wp(c.text)}</p>\n'
            f"<a rel='nofollow' class='comment-reply-link' href='{link}?replytocom={c.id}#respond' "
            f"data-commentid=\"{c.id}\" data-postid=\"{story.id}\" data-belowelement=\"comment-{c.id}\" "
            f"data-respondelement=\"respond\" data-replyto=\"Trả lời {esc(c.author)}\" "
            f"aria-label='Trả lời {esc(c.author)}'>Trả lời</a></section>\n"
            "</article>\n</li>"
        )
    listing = ""
    if comments:
        listing = (
            f'<h3 class="comments-title">{len(comments)} bình luận về &ldquo;{_wp(story.title)}&rdquo;</h3>\n'
            f'<ul class="comment-list">\n' + "\n".join(items) + "\n</ul>\n"
        )
    return f"""<div id="comments" class="comments-area">
{listing}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{link}#respond" style="display:none;">Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p>
</form>
</div>
</div>"""


def _related(story: Story, base: str) -> str:
    others = [s for s in in_cat(story.cat) if s.id != story.id][:3]
    cards = []
    for s in others:
        link = base + post_path(s)
        thumb = s.opts.get("thumb")
        image = (
            f'<div class="related-posts-thumbnail"><a href="{link}" title="{_wp(s.title)}"><img width="390" '
            f'height="205" src="{esc(base + _sized(thumb, "390x205"))}" class="attachment-colormag-featured-post-medium '
            f'size-colormag-featured-post-medium wp-post-image" alt="" decoding="async" loading="lazy" /></a></div>'
            if thumb
            else ""
        )
        cards.append(
            f'<div class="single-related-posts">{image}<div class="article-content">'
            f'<h3 class="entry-title"><a href="{link}" rel="bookmark" title="{_wp(s.title)}">{_wp(s.title)}</a></h3>'
            f'<div class="below-entry-meta"><span class="posted-on"><a href="{link}" title="{_vi_time(_when(s))}"'
            f' rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" '
            f'datetime="{_iso(_when(s))}">{_vi_date(_when(s))}</time></a></span>'
            f'<span class="comments"><i class="fa fa-comment"></i><a href="{link}#respond">'
            f"{_comment_count(s)}</a></span></div></div></div>"
        )
    return (
        '<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><i class="fa fa-thumbs-up">'
        '</i><span>Có thể bạn quan tâm</span></h4><div class="related-posts clearfix">'
        + "".join(cards)
        + "</div></div>"
    )


def _post_nav(story: Story, base: str) -> str:
    i = _LATEST.index(story)
    older = _LATEST[i + 1] if i + 1 < len(_LATEST) else None
    newer = _LATEST[i - 1] if i > 0 else None
    prev = (
        f'<a href="{base}{post_path(older)}" rel="prev"><span class="meta-nav">&larr;</span> {_wp(older.title)}</a>'
        if older
        else ""
    )
    nxt = (
        f'<a href="{base}{post_path(newer)}" rel="next">{_wp(newer.title)} <span class="meta-nav">&rarr;</span></a>'
        if newer
        else ""
    )
    return f'<ul class="default-wp-page clearfix"><li class="previous">{prev}</li><li class="next">{nxt}</li></ul>'


def _single(story: Story, base: str, replyto: bool) -> str:
    url = base + post_path(story)
    when = _when(story)
    description = story.summary or story.paragraphs[0]
    head = [
        f'<meta name="description" content="{esc(description[:155])}" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{esc(story.title)} - {esc(SITE)}" />',
        f'<meta property="og:description" content="{esc(description[:155])}" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="article:published_time" content="{_utc(when)}" />',
    ]
    if story.opts.get("modified"):
        head.append(f'<meta property="article:modified_time" content="{_utc(story.opts["modified"])}" />')
    if story.opts.get("thumb"):
        head.append(f'<meta property="og:image" content="{base}{story.opts["thumb"]}" />')
    head += [
        f'<meta name="author" content="{esc(USERS[story.opts["user"]][1])}" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:label1" content="Được viết bởi" />',
        f'<meta name="twitter:data1" content="{esc(USERS[story.opts["user"]][1])}" />',
    ]
    extra = "\n".join(head) + "\n"
    if story.opts.get("jsonld"):
        extra += _jsonld(story, base)
    extra += (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(story.title)} '
        f'Dòng phản hồi" href="{url}feed/" />\n'
        f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{base}/wp-json/oembed/1.0/embed?url='
        f'{quote(url, safe="")}" />\n'
    )
    thumb_class = " has-post-thumbnail" if story.opts.get("thumb") else ""
    classes = (
        f"post-{story.id} post type-post status-publish format-standard{thumb_class} hentry "
        + " ".join(f"category-{c}" for c in story.opts["cats"])
        + "".join(f" tag-{t}" for t in story.opts.get("tags", ()))
    )
    main = f"""<article id="post-{story.id}" class="{classes}">
<div class="article-content clearfix">
{_cat_links(story, base)}
<header class="entry-header">
<h1 class="entry-title">
{_wp(story.title)}
</h1>
</header>
{_meta(story, base, full=True)}
<div class="entry-content clearfix">
{_content(story, base)}
{_addtoany(story, base)}
</div>
</div>
</article>
{_post_nav(story, base)}
{_related(story, base)}
{_comments(story, base)}"""
    robots = "noindex, follow" if replyto else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    return _page(
        base,
        f"{_wp(story.title)} - {esc(SITE)}",
        main,
        canonical=post_path(story),
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
        head=extra,
        crumbs=[(cat_path(story.cat), esc(CATS[story.cat][1])), (None, _wp(story.title))],
        cal=(_when(story).year, _when(story).month),
        robots=robots,
    )


def _attachment(story: Story, att: str, base: str) -> str:
    idx = story.opts["gallery"].index(att)
    img = [b for b in story.blocks if isinstance(b, Img)][idx]
    full = img.src.replace("-300x200", "")
    name = att.upper()
    caption = f'<p class="wp-caption-text">{_wp(img.printed)}</p>' if img.printed else ""
    main = f"""<article id="post-{story.id + 3 + idx}" class="post-{story.id + 3 + idx} attachment type-attachment status-inherit hentry">
<div class="article-content clearfix">
<header class="entry-header"><h1 class="entry-title">{name}</h1></header>
<div class="entry-content clearfix">
<p class="attachment"><a href="{base}{full}"><img width="800" height="533" src="{base}{full}" class="attachment-medium size-medium" alt="" decoding="async" /></a></p>
{caption}
<p>Đăng trong <a href="{base}{post_path(story)}" title="Quay lại {_wp(story.title)}" rel="gallery">{_wp(story.title)}</a></p>
</div>
</div>
</article>"""
    return _page(
        base,
        f"{name} - {esc(SITE)}",
        main,
        canonical=_attachment_path(story, att),
        body_class=f"attachment attachment-template-default single single-attachment postid-{story.id + 3 + idx}",
        crumbs=[(post_path(story), _wp(story.title)), (None, name)],
    )


def _embed(story: Story, base: str) -> str:
    url = base + post_path(story)
    return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<title>{_wp(story.title)} &#8211; {esc(SITE)}</title>
<meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{url}" />
</head>
<body class="post-template-default single single-post postid-{story.id} single-format-standard">
<div class="wp-embed post-{story.id} post type-post status-publish format-standard hentry">
<p class="wp-embed-heading"><a href="{url}" target="_top">{_wp(story.title)}</a></p>
<div class="wp-embed-excerpt"><p>{_excerpt(story, 40)}</p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{base}/" target="_top"><span>{esc(SITE)}</span></a></div></div>
</div>
</body>
</html>"""


# ------------------------------------------------------------------------- listings


def _listing(
    base: str,
    stories: list[Story],
    page: int,
    path_of,
    heading: str | None,
    title: str,
    body_class: str,
    crumbs: list[tuple[str | None, str]] | None,
    cal: tuple[int, int] = (CLOCK.year, CLOCK.month),
    feed: tuple[str, str] | None = None,
) -> str | None:
    pages = _pages(len(stories))
    if not stories or not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    head_html = f'<header class="page-header"><h1 class="page-title"><span>{heading}</span></h1></header>' if heading else ""
    main = (
        head_html
        + '<div class="article-container">\n'
        + "\n".join(_teaser(s, base) for s in chunk)
        + "\n</div>\n"
        + _pagenavi(lambda n: base + path_of(n), page, pages)
    )
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="{base}{path_of(page - 1)}" />\n'
    if page < pages:
        head += f'<link rel="next" href="{base}{path_of(page + 1)}" />\n'
    if feed:
        head += f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {feed[1]}" href="{base}{feed[0]}" />\n'
    suffix = f" - Trang {page} trên {pages}" if page > 1 else ""
    return _page(
        base,
        f"{title}{suffix} - {esc(SITE)}",
        main,
        canonical=path_of(page),
        body_class=body_class + (f" paged paged-{page}" if page > 1 else ""),
        head=head,
        crumbs=crumbs,
        cal=cal,
    )


def _featured_widget(base: str, cat: str, wid: int) -> str:
    stories = in_cat(cat)[:4]
    first, rest = stories[0], stories[1:]
    link = base + post_path(first)
    thumb = first.opts.get("thumb")
    image = (
        f'<figure><a href="{link}" title="{_wp(first.title)}"><img width="390" height="205" '
        f'src="{esc(base + _sized(thumb, "390x205"))}" class="attachment-colormag-featured-post-medium '
        f'size-colormag-featured-post-medium wp-post-image" alt="" decoding="async" /></a></figure>'
        if thumb
        else ""
    )
    following = "".join(
        f'<div class="single-article clearfix"><div class="article-content"><h3 class="entry-title">'
        f'<a href="{base}{post_path(s)}" title="{_wp(s.title)}">{_wp(s.title)}</a></h3>'
        f'<div class="below-entry-meta"><span class="posted-on"><a href="{base}{post_path(s)}" '
        f'title="{_vi_time(_when(s))}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time '
        f'class="entry-date published" datetime="{_iso(_when(s))}">{_vi_date(_when(s))}</time></a></span>'
        "</div></div></div>"
        for s in rest
    )
    name = esc(CATS[cat][1])
    return f"""<section id="colormag_featured_posts_widget-{wid}" class="widget widget_featured_posts widget_featured_meta clearfix">
<h3 class="widget-title" style="border-bottom-color:#1e73be;"><span style="background-color:#1e73be;"><a href="{base}{cat_path(cat)}">{name}</a></span></h3>
<div class="first-post">
<div class="single-article clearfix">{image}<div class="article-content">
<h3 class="entry-title"><a href="{link}" title="{_wp(first.title)}">{_wp(first.title)}</a></h3>
<div class="below-entry-meta"><span class="posted-on"><a href="{link}" title="{_vi_time(_when(first))}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{_iso(_when(first))}">{_vi_date(_when(first))}</time></a></span></div>
<div class="entry-content"><p>{_excerpt(first, 20)}</p></div>
</div></div></div>
<div class="following-post">{following}</div>
</section>"""


def _home(base: str, page: int) -> str | None:
    page_html = _listing(
        base,
        _LATEST,
        page,
        lambda n: "/" if n == 1 else f"/page/{n}/",
        None,
        esc(SITE) if page == 1 else "Trang chủ",
        "home blog",
        None,
    )
    if page_html is None or page > 1:
        return page_html
    widgets = (
        '<div id="colormag_front_page_top_section" class="clearfix">'
        + _featured_widget(base, "tin-tuc", 2)
        + _featured_widget(base, "doan-thanh-nien", 3)
        + "</div>\n"
    )
    return page_html.replace('<div class="article-container">', widgets + '<div class="article-container">', 1).replace(
        f"<title>{esc(SITE)} - {esc(SITE)}</title>", f"<title>{esc(SITE)} - {_wp(TAGLINE)}</title>"
    )


def _static_page(path: str, base: str) -> str:
    pid, title, paragraphs = PAGES[path]
    body = "".join(f"<p>{_wp(p)}</p>" for p in paragraphs)
    if path == "/lien-he/":
        body += """<div class="wpcf7 no-js" id="wpcf7-f5-p10-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f5-p10-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email" /></label></p>
<p><label> Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi đi" /></p>
</form></div>"""
    main = f"""<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<div class="article-content clearfix">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content clearfix">{body}</div>
</div>
</article>"""
    crumbs: list[tuple[str | None, str]] = [(None, esc(title))]
    if path.count("/") > 2:
        crumbs = [("/gioi-thieu/", "Giới thiệu"), (None, esc(title))]
    return _page(
        base,
        f"{esc(title)} - {esc(SITE)}",
        main,
        canonical=path,
        body_class=f"page-template-default page page-id-{pid}",
        head=f"<link rel='shortlink' href='{base}/?page_id={pid}' />\n",
        crumbs=crumbs,
    )


def _search(base: str, query: str) -> str:
    words = unicodedata.normalize("NFC", query).lower().split()
    hits = [
        s
        for s in _LATEST
        if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)
    ]
    main = (
        f'<header class="page-header"><h1 class="page-title"><span>Kết quả tìm kiếm cho: {esc(query)}</span></h1></header>'
        + '<div class="article-container">'
        + ("".join(_teaser(s, base) for s in hits) or "<p>Xin lỗi, không có kết quả nào phù hợp.</p>")
        + "</div>"
    )
    return _page(
        base,
        f"Kết quả tìm kiếm cho “{esc(query)}” - {esc(SITE)}",
        main,
        canonical=None,
        body_class="search search-results",
        robots="noindex, follow",
    )


def _login(base: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="UTF-8" /><title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title>
<meta name='robots' content='max-image-preview:large, noindex, noarchive' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="nav"><a href="{base}/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p>
</div></body></html>"""


# ------------------------------------------------------------------------- feeds, sitemaps, JSON


def _rfc822(when: datetime) -> str:
    return format_datetime(when - timedelta(hours=7)).replace("-0000", "+0000")


def _feed(base: str, stories: list[Story], title: str, link: str, self_link: str) -> str:
    items = []
    for s in stories[:10]:
        url = base + post_path(s)
        cats = "".join(f"<category><![CDATA[{CATS[c][1]}]]></category>" for c in s.opts["cats"])
        items.append(
            f"<item>\n<title>{_wp(s.title)}</title>\n<link>{url}</link>\n"
            f"<comments>{url}#respond</comments>\n<dc:creator><![CDATA[{USERS[s.opts['user']][1]}]]></dc:creator>\n"
            f"<pubDate>{_rfc822(_when(s))}</pubDate>\n{cats}\n"
            f'<guid isPermaLink="false">{base}/?p={s.id}</guid>\n'
            f"<description><![CDATA[{_excerpt(s)}]]></description>\n"
            f"<content:encoded><![CDATA[{_content(s, base)}]]></content:encoded>\n"
            f"<wfw:commentRss>{url}feed/</wfw:commentRss>\n<slash:comments>{_comment_count(s)}</slash:comments>\n</item>"
        )
    newest = _rfc822(stories[0].opts.get("modified") or _when(stories[0])) if stories else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
xmlns:content="http://purl.org/rss/1.0/modules/content/"
xmlns:wfw="http://wellformedweb.org/CommentAPI/"
xmlns:dc="http://purl.org/dc/elements/1.1/"
xmlns:atom="http://www.w3.org/2005/Atom"
xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{title}</title>
<atom:link href="{self_link}" rel="self" type="application/rss+xml" />
<link>{link}</link>
<description>{_wp(TAGLINE)}</description>
<lastBuildDate>{newest}</lastBuildDate>
<language>vi</language>
<sy:updatePeriod>hourly</sy:updatePeriod>
<sy:updateFrequency>1</sy:updateFrequency>
<generator>https://wordpress.org/?v=6.6.2</generator>
{"".join(items)}
</channel>
</rss>"""


def _comment_feed(base: str, story: Story | None) -> str:
    pairs = [
        (s, c) for s in _LATEST for c in s.opts.get("comments", ()) if story is None or s is story
    ]
    items = "".join(
        f"<item><title>Bình luận về {_wp(s.title)} bởi {esc(c.author)}</title>"
        f"<link>{base}{post_path(s)}#comment-{c.id}</link><dc:creator><![CDATA[{c.author}]]></dc:creator>"
        f"<pubDate>{_rfc822(c.when)}</pubDate><guid isPermaLink=\"false\">{base}/?p={s.id}#comment-{c.id}</guid>"
        f"<description><![CDATA[{c.text}]]></description></item>"
        for s, c in pairs
    )
    what = f"Bình luận về: {_wp(story.title)}" if story else f"Bình luận về {esc(SITE)}"
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{what}</title><link>{base}/</link><description>{_wp(TAGLINE)}</description><language>vi</language>
{items}</channel></rss>"""


def _xml(body: str, ctype: str = "application/xml; charset=UTF-8") -> Response:
    return Response(200, body, {"Content-Type": ctype})


def _urlset(base: str, entries: list[tuple[str, str | None]]) -> str:
    urls = "".join(
        f"<url><loc>{base}{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>"
        for loc, mod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
    )


def _sitemap(base: str, name: str) -> str | None:
    if name == "index":
        maps = ("posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1")
        entries = "".join(f"<sitemap><loc>{base}/wp-sitemap-{m}.xml</loc></sitemap>" for m in maps)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap-index.xsl" ?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
        )
    if name == "posts-post-1":
        return _urlset(
            base,
            [(post_path(s), _iso(s.opts.get("modified") or _when(s))) for s in _LATEST],
        )
    if name == "posts-page-1":
        return _urlset(base, [("/", None), *((p, None) for p in PAGES)])
    if name == "taxonomies-category-1":
        return _urlset(base, [(cat_path(c), None) for c in CATS])
    if name == "taxonomies-post_tag-1":
        return _urlset(base, [(f"/tag/{t}/", None) for t in TAGS])
    if name == "users-1":
        return _urlset(base, [(f"/author/{u}/", None) for u in USERS])
    return None


_XSL = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:sitemap="http://www.sitemaps.org/schemas/sitemap/0.9">
<xsl:output method="html" encoding="UTF-8" indent="yes" />
<xsl:template match="/"><html lang="vi"><head><title>Sơ đồ trang web XML</title></head><body><h1>Sơ đồ trang web XML</h1>
<p>Sơ đồ trang web XML này được tạo bởi WordPress để giúp các công cụ tìm kiếm dễ dàng lập chỉ mục trang web của bạn hơn.</p>
</body></html></xsl:template></xsl:stylesheet>
"""


def _post_json(story: Story, base: str) -> str:
    when = _when(story)
    modified = story.opts.get("modified") or when
    data = {
        "id": story.id,
        "date": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "date_gmt": (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S"),
        "modified": modified.strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": slug_url(story),
        "status": "publish",
        "type": "post",
        "link": base + post_path(story),
        "title": {"rendered": _wp(story.title)},
        "content": {"rendered": _content(story, base), "protected": False},
        "excerpt": {"rendered": f"<p>{_excerpt(story)}</p>\n", "protected": False},
        "author": USERS[story.opts["user"]][0],
        "categories": [CATS[c][0] for c in story.opts["cats"]],
        "tags": [TAGS[t][0] for t in story.opts.get("tags", ())],
    }
    return json.dumps(data, ensure_ascii=False)


def _oembed(story: Story, base: str) -> str:
    url = base + post_path(story)
    data = {
        "version": "1.0",
        "provider_name": SITE,
        "provider_url": base,
        "author_name": USERS[story.opts["user"]][1],
        "author_url": f"{base}/author/{story.opts['user']}/",
        "title": story.title,
        "type": "rich",
        "width": 600,
        "height": 338,
        "html": (
            f'<blockquote class="wp-embedded-content" data-secret="Xk2pQ7aLm1"><a href="{url}">{_wp(story.title)}'
            f'</a></blockquote><iframe sandbox="allow-scripts" security="restricted" src="{url}embed/#?secret='
            'Xk2pQ7aLm1" data-secret="Xk2pQ7aLm1" width="600" height="338" frameborder="0" marginwidth="0" '
            'marginheight="0" scrolling="no" class="wp-embedded-content"></iframe>'
        ),
    }
    return json.dumps(data, ensure_ascii=False)


_RSD = """<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">
<service><engineName>WordPress</engineName><engineLink>https://wordpress.org/</engineLink><homePageLink>{base}</homePageLink>
<apis><api name="WordPress" blogID="1" preferred="true" apiLink="{base}/xmlrpc.php" /></apis></service></rsd>"""


# ------------------------------------------------------------------------- routing

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([^/]+)/(?:(feed|embed)/|([a-z0-9_-]+)/)?$")
_DATE_RE = re.compile(r"^/(\d{4})/(?:(\d{2})/(?:(\d{2})/)?)?(?:page/(\d+)/)?$")
_ARCHIVE_RE = re.compile(r"^/(category|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_FEED_RE = re.compile(r"^/(category|tag)/([a-z0-9-]+)/feed/$")
_SITEMAP_RE = re.compile(r"^/wp-sitemap(?:-([a-z_]+-[a-z_]+-\d+|users-\d+))?\.xml$")


def _find_post(y: str, m: str, d: str, slug: str) -> Story | None:
    wanted = unicodedata.normalize("NFC", unquote(slug))
    for s in STORIES:
        if _when(s).strftime("%Y%m%d") == f"{y}{m}{d}" and s.slug == wanted:
            return s
    return None


def _html(body: str | None, base: str) -> Response | None:
    if body is None:
        return None
    return html(body, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


class WordPressColorMag:
    """The site: routes WordPress's pretty permalinks to pages rendered for the request's host."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                known = {s.opts["file"] for s in STORIES if s.opts.get("file")}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            body = (
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {base}/wp-sitemap.xml\n"
            )
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path in ("/wp-sitemap-index.xsl", "/wp-sitemap.xsl"):
            return _xml(_XSL, "application/xml; charset=UTF-8")
        if m := _SITEMAP_RE.match(path):
            body = _sitemap(base, m.group(1) or "index")
            return _xml(body) if body else None
        if path == "/xmlrpc.php":
            if "rsd" in params:
                return _xml(_RSD.replace("{base}", base), "text/xml; charset=UTF-8")
            return Response(405, "XML-RPC server accepts POST requests only.", {"Content-Type": "text/plain"})
        if path == "/wp-login.php":
            return html(_login(base))
        if path == "/feed/":
            return _xml(
                _feed(base, _LATEST, esc(SITE), f"{base}/", f"{base}/feed/"),
                "application/rss+xml; charset=UTF-8",
            )
        if path == "/comments/feed/":
            return _xml(_comment_feed(base, None), "application/rss+xml; charset=UTF-8")
        if m := _FEED_RE.match(path):
            kind, slug = m.groups()
            names = CATS if kind == "category" else TAGS
            if slug not in names:
                return None
            key = "cats" if kind == "category" else "tags"
            stories = [s for s in _LATEST if slug in s.opts.get(key, ())]
            title = f"{esc(names[slug][1])} &#8211; {esc(SITE)}"
            return _xml(
                _feed(base, stories, title, base + f"/{kind}/{slug}/", base + path),
                "application/rss+xml; charset=UTF-8",
            )
        if path.startswith("/wp-json/"):
            return self._json(path, params, base)
        if path == "/":
            return self._root(params, base)
        if m := re.fullmatch(r"/page/(\d+)/", path):
            n = int(m.group(1))
            return redirect(f"{base}/", 301) if n == 1 else _html(_home(base, n), base)
        if path in PAGES:
            return _html(_static_page(path, base), base)
        if m := _ARCHIVE_RE.match(path):
            if m.group(3) == "1":
                return redirect(f"{base}/{m.group(1)}/{m.group(2)}/", 301)
            return self._archive(m.group(1), m.group(2), int(m.group(3) or 1), base)
        if m := _POST_RE.match(path):
            y, mo, d, slug, view, sub = m.groups()
            story = _find_post(y, mo, d, slug)
            if story is None:
                return self._date_archive(path, base)
            if view == "feed":
                return _xml(_comment_feed(base, story), "application/rss+xml; charset=UTF-8")
            if view == "embed":
                return html(_embed(story, base))
            if sub:
                if sub in story.opts.get("gallery", ()):
                    return _html(_attachment(story, sub, base), base)
                if sub.isdigit():  # /<post>/2/ (a page of a multi-page post): WordPress redirects
                    return redirect(base + post_path(story), 301)
                return None
            replyto = params.get("replytocom", "")
            valid = {str(c.id) for c in story.opts.get("comments", ())}
            if replyto and replyto not in valid:
                return redirect(base + post_path(story), 301)
            return _html(_single(story, base, bool(replyto)), base)
        if _DATE_RE.match(path):
            return self._date_archive(path, base)
        if re.fullmatch(r"/(category|tag|author)/[a-z0-9-]+", path) or re.fullmatch(
            r"/\d{4}/\d{2}/\d{2}/[^/]+", path
        ):
            return redirect(base + path + "/", 301)
        return None

    @staticmethod
    def _root(params: dict[str, str], base: str) -> Response | None:
        if "p" in params:
            story = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(base + post_path(story), 301) if story else None
        if "page_id" in params:
            for path, (pid, _, _) in PAGES.items():
                if str(pid) == params["page_id"]:
                    return redirect(base + path, 301)
            return None
        if "s" in params:
            return _html(_search(base, params["s"]), base)
        return _html(_home(base, 1), base)

    @staticmethod
    def _archive(kind: str, slug: str, page: int, base: str) -> Response | None:
        if kind == "category":
            if slug not in CATS:
                return None
            stories, name = in_cat(slug), CATS[slug][1]
            heading, title = esc(name), f"Lưu trữ {esc(name)}"
            crumbs: list[tuple[str | None, str]] = [(None, esc(name))]
            body_class = f"archive category category-{slug} category-{CATS[slug][0]}"
            feed = (f"/category/{slug}/feed/", f"Dòng thông tin danh mục {esc(name)}")
        elif kind == "tag":
            if slug not in TAGS:
                return None
            name = TAGS[slug][1]
            stories = [s for s in _LATEST if slug in s.opts.get("tags", ())]
            heading, title = f"Thẻ: {esc(name)}", f"Lưu trữ {esc(name)}"
            crumbs = [(None, f"Bài viết được gắn thẻ &quot;{esc(name)}&quot;")]
            body_class = f"archive tag tag-{slug} tag-{TAGS[slug][0]}"
            feed = (f"/tag/{slug}/feed/", f"Dòng thông tin thẻ {esc(name)}")
        else:
            if slug not in USERS:
                return None
            name = USERS[slug][1]
            stories = [s for s in _LATEST if s.opts["user"] == slug]
            heading, title = f"Tác giả: {esc(name)}", f"{esc(name)}, Tác giả tại {esc(SITE)}"
            crumbs = [(None, f"Lưu trữ cho {esc(name)}")]
            body_class = f"archive author author-{slug} author-{USERS[slug][0]}"
            feed = None
        prefix = f"/{kind}/{slug}/"
        body = _listing(
            base,
            stories,
            page,
            lambda n: prefix if n == 1 else f"{prefix}page/{n}/",
            heading,
            title,
            body_class,
            crumbs,
            feed=feed,
        )
        return _html(body, base)

    @staticmethod
    def _date_archive(path: str, base: str) -> Response | None:
        m = _DATE_RE.match(path)
        if not m:
            return None
        y, mo, d, page = m.group(1), m.group(2), m.group(3), int(m.group(4) or 1)
        key = y + (mo or "") + (d or "")
        fmt = "%Y" + ("%m" if mo else "") + ("%d" if d else "")
        stories = [s for s in _LATEST if _when(s).strftime(fmt) == key]
        if not stories:
            return None
        prefix = f"/{y}/" + (f"{mo}/" if mo else "") + (f"{d}/" if d else "")
        if d:
            label = f"{int(d)} {MONTHS[int(mo) - 1]}, {y}"
        elif mo:
            label = f"{MONTHS[int(mo) - 1]} {y}"
        else:
            label = y
        cal = (int(y), int(mo)) if mo else (CLOCK.year, CLOCK.month)
        body = _listing(
            base,
            stories,
            page,
            lambda n: prefix if n == 1 else f"{prefix}page/{n}/",
            f"Lưu trữ: {label}",
            label,
            "archive date",
            [(None, f"Lưu trữ cho {label}")],
            cal=cal,
        )
        return _html(body, base)

    @staticmethod
    def _json(path: str, params: dict[str, str], base: str) -> Response | None:
        headers = {"Content-Type": "application/json; charset=UTF-8"}
        if path == "/wp-json/":
            body = json.dumps({"name": SITE, "description": TAGLINE, "url": base, "home": base, "namespaces": ["oembed/1.0", "wp/v2"]}, ensure_ascii=False)
            return Response(200, body, headers)
        if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
            story = _BY_ID.get(int(m.group(1)))
            return Response(200, _post_json(story, base), headers) if story else None
        if path == "/wp-json/oembed/1.0/embed":
            target = params.get("url", "")
            for s in STORIES:
                if target == base + post_path(s):
                    return Response(200, _oembed(s, base), headers)
            return Response(404, '{"code":"oembed_invalid_url","message":"Not Found","data":{"status":404}}', headers)
        return None


def build_site() -> WordPressColorMag:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WordPressColorMag()
