"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on WordPress 6.6 with Avada 7 (Fusion Builder).

Imitates the way a provincial political school's site looks when a local agency builds it with the
Avada theme: every page is Fusion Builder markup (``div.fusion-fullwidth > div.fusion-builder-row >
div.fusion-layout-column > div.fusion-column-wrapper`` holding ``fusion-text-N``, ``fusion-title``,
``fusion-imageframe``, ``fusion-separator``, ``fusion-button`` elements), header and footer are
Avada Layout Builder sections (``fusion-tb-header`` / ``fusion-tb-footer``, an ``awb-menu``).

What it serves:

- posts at ``/<category>/<post-name>/`` (permalink ``/%category%/%postname%/``), each rendered by
  an Avada Layout: ``fusion-breadcrumbs``, the title in a ``fusion-title`` ``h1``, the meta line
  ``fusion-meta-tb`` ("Đăng bởi admin | 13/11/2026 | Tin hoạt động | 0 Bình luận") followed by
  Avada's hidden rich-snippet spans (``span.updated.rich-snippet-hidden`` holds the *modified*
  time in ISO), the featured image (``fusion-featured-images``), the content in
  ``div.fusion-content-tb`` (posts written either in Gutenberg blocks or in Fusion Builder
  containers, one of each kind mixed in the same post), a tags line, ``fusion-sharing-box`` ("Chia
  sẻ bài viết này": Facebook / X / LinkedIn / Zalo / e-mail sharer URLs), ``fusion-tb-pagination``
  ("Bài trước" / "Bài sau"), ``fusion-related-tb`` with a swiper carousel ("Bài viết liên quan"),
  the comments and the comment form; a sidebar column (search form, "Bài viết mới" with dates,
  the WordPress calendar widget, "Thống kê truy cập", banners);
- category archives ``/chuyen-muc/<slug>/`` with ``/page/N/`` (three posts a page, Avada's
  ``div.pagination`` with "Trước" / "Sau"): "Tin hoạt động" has 3 pages; tag archives
  ``/tag/<slug>/``, the author archive ``/author/admin/``, date archives ``/2026/11/`` and
  ``/2026/11/24/`` (linked from the calendar widget, whose « / » links only reach months that
  have posts, as WordPress does);
- the home page (an Avada page): a slider of the three newest posts, a ``fusion-blog`` of five
  posts whose "Xem thêm bài viết" load-more button is a ``div`` (no link); the real link to
  ``/page/2/`` sits in the hidden ``div.pagination.infinite-scroll``, as Avada prints it; boxes of
  ``fusion-post-cards`` for "Thông báo" and "Nghiên cứu - Trao đổi"; a portfolio strip;
- Avada pages: "Giới thiệu" (``fusion-tabs`` + ``fusion-accordion``), "Lãnh đạo nhà trường"
  (``fusion-person`` elements: photo, name, position), "Liên hệ" (an Avada form), the
  photo library as Avada portfolio items ``/portfolio-items/<slug>/`` with their archive
  ``/portfolio_category/thu-vien-anh/``, FAQ entries ``/faq-items/<slug>/`` with
  ``/faq_category/tuyen-sinh-dao-tao/``, the search page ``/?s=…``, ``/wp-login.php``;
- ``/feed/`` (RSS 2.0, ten newest, excerpts), ``/comments/feed/``, the WordPress core sitemap
  ``/wp-sitemap.xml`` (announced in robots.txt), ``/?p=N`` shortlinks (301 to the permalink),
  PDF attachments under ``/wp-content/uploads/``; Avada's 404 page (status 404) for the rest.

Traps and hard cases:

- ``?replytocom=N`` on every comment's "Trả lời" link serves the same post again (with
  ``noindex`` and the clean ``rel=canonical``); these are the posts' ``alt_paths``;
- the post "Hội thảo khoa học …" is in two categories: WordPress builds its permalink from the
  primary one (``/tin-hoat-dong/…``) but also serves it under ``/nghien-cuu-trao-doi/…`` (200, same
  canonical), and another post's text links that second address; any other category prefix
  answers 301 to the permalink; a missing trailing slash answers 301;
- unknown query strings (``?fusion_builder``, ``?utm_source``…) are ignored by WordPress and the
  post is served again; none is linked;
- the hidden ``span.updated`` gives the modification time, a later day than the printed date for
  several posts; there is no ``article:published_time`` meta (no SEO plugin);
- one post (the teachers' contest, pasted from Word) is stored in decomposed Unicode (NFD);
- image captions are Avada ``awb-imageframe-caption`` blocks: some hold only the caption line,
  one holds only a title, one holds the attachment's title (the camera/Zalo file name that the
  Media Library filled in) above the real caption line; Gutenberg images use ``figcaption``; some
  images have no caption at all;
- listings, the author archive, tags, dates, the calendar and home ``/page/N/`` repeat the same
  posts many times over (finite).

Gold (by hand):

- articles are the twelve posts; portfolio items (photo-library albums: a title, a date line and
  photos), FAQ entries, Avada pages, archives and the search page are not;
- ``published_at`` is the printed meta date, which has no time, so a date only; the hidden
  modified time, the feed's ``pubDate`` and the sitemap's ``lastmod`` are not what a reader sees;
- "Đăng bởi admin" is the account that posted, not an author; authors come from the in-text
  bylines: "Tin: X - Ảnh: Y" (X author, Y photographer), "Tin, ảnh: Z" and "Bài và ảnh: A, B"
  (in both lists), "Ảnh: Y" alone, a right-aligned bold signature "ThS. Lê Thị Hồng Nhung - Khoa
  Xây dựng Đảng" (the name without its academic title or department: harmonised after the blind
  crawl, which kept "ThS.", with every other fixture), "Nguồn:
  Báo Tuyên Quang" / "(Theo Tạp chí Cộng sản)" (the ``source``); notices carry no byline;
- a caption ending "(Ảnh: Thanh Hà)" is kept as printed and gives Thanh Hà as a photographer;
- the featured image is the post's first image (caption None, the layout prints none); then the
  content images in order; the caption of an Avada image is its caption line, or its title when
  that is all it prints; a title that is only the file name is no caption;
- a bold first paragraph right under the meta (Gutenberg ``<p><strong>`` or Fusion text) is the
  sapo: ``summary`` and the body's first paragraph; posts without one have ``summary`` None;
- sub-headings and list items are body paragraphs; a table's rows are body paragraphs with cells
  joined by " | "; the "Tải về" button and comment texts are not body;
- the category is the primary category, the one the breadcrumb names (also for the post served
  under its second category's address).
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    image_gold,
    static_file,
    text,
)

NAME = "wp_avada_tct"
PLATFORM = "wordpress-avada"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 8, đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang"
HOTLINE = "0207 3 822 545"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/Avada"
PER_PAGE = 3
HOME_PER_PAGE = 5
FEED_SIZE = 10
_LOCAL = timezone(timedelta(hours=7))
TODAY_DATE = date(2026, 11, 25)

#: category slug -> (term id, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-hoat-dong": (3, "Tin hoạt động"),
    "nghien-cuu-trao-doi": (5, "Nghiên cứu - Trao đổi"),
    "thong-bao": (7, "Thông báo"),
}
TAGS: dict[str, str] = {
    "dao-tao": "Đào tạo",
    "boi-duong": "Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "doan-thanh-nien": "Đoàn thanh niên",
    "tuyen-sinh": "Tuyển sinh",
}

# opts: at (publication, local), mod (modified, local: the hidden rich-snippet "updated"),
# mode (gutenberg | fusion), featured (printed src of the featured image), tags, also (second
# category), comments [(id, name, printed time, text)], nfd, pdf (href, button label).
# P styles: "" | lead (bold first paragraph) | h3 | li | th/tr (table rows, cells " | ") | nbsp.
# Img styles: frame (Avada caption line only), frame-title (Avada caption title only),
# frame-file (title = attachment file name, then the caption line), frame-none, figure
# (Gutenberg figcaption), figure-none, gallery (Gutenberg gallery item, no caption).
STORIES: list[Story] = [
    Story(
        id=2461,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k47-he-khong-tap-trung-tai-xa-ham-yen",
        title="Khai giảng lớp Trung cấp lý luận chính trị K47 hệ không tập trung tại xã Hàm Yên",
        cat="tin-hoat-dong",
        published_at="2026-11-24",
        blocks=[
            P(
                "Sáng ngày 23/11/2026, tại Trung tâm Chính trị xã Hàm Yên, Trường Chính trị tỉnh"
                " Tuyên Quang tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị K47 hệ không tập"
                " trung cho 86 học viên là cán bộ, công chức, viên chức các cơ quan, đơn vị trên địa"
                " bàn xã Hàm Yên và các xã lân cận."
            ),
            P(
                "Dự lễ khai giảng có đồng chí Nguyễn Văn Quyết, Phó Hiệu trưởng Trường Chính trị"
                " tỉnh; đồng chí Hoàng Minh Đức, Bí thư Đảng ủy xã Hàm Yên; đại diện lãnh đạo các"
                " khoa, phòng của nhà trường cùng toàn thể học viên của lớp."
            ),
            Img(
                f"{UP}/2026/11/khai-giang-k47-ham-yen-2-1024x683.jpg",
                "Đồng chí Nguyễn Văn Quyết, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai"
                " giảng lớp học",
                "Đồng chí Nguyễn Văn Quyết, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai"
                " giảng lớp học",
                "frame",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh: chương trình Trung cấp lý"
                " luận chính trị gồm 4 phần học với 17 học phần, trang bị cho học viên những kiến"
                " thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, đường lối của Đảng,"
                " chính sách, pháp luật của Nhà nước và kỹ năng lãnh đạo, quản lý ở cơ sở."
            ),
            P(
                "Đồng chí đề nghị học viên nêu cao tinh thần tự giác, chấp hành nghiêm quy chế học"
                " tập, gắn lý luận với thực tiễn công tác tại địa phương, đơn vị; đồng thời đề nghị"
                " Đảng ủy xã Hàm Yên tạo điều kiện về cơ sở vật chất để lớp học đạt kết quả tốt."
            ),
            P(
                "Lớp học được tổ chức trong thời gian 18 tháng, học viên học tập vào các ngày thứ Bảy"
                " và Chủ nhật hằng tuần."
            ),
            P(
                "Nội dung chương trình của lớp đã được điều chỉnh theo kết quả hội thảo khoa học về"
                " nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở vừa được nhà trường tổ chức.",
                "link-alt",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Thu Trang - Ảnh: Nguyễn Đức'
                " Anh</strong></p>"
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Nguyễn Đức Anh"],
        opts={
            "at": "2026-11-24 08:40",
            "mod": "2026-11-24 09:05",
            "mode": "fusion",
            "featured": f"{UP}/2026/11/khai-giang-k47-ham-yen-1-1024x576.jpg",
            "tags": ["dao-tao"],
            "comments": [
                (
                    318,
                    "Triệu Văn Sơn",
                    "24/11/2026 lúc 20:14",
                    "Chúc các đồng chí học viên lớp K47 học tập tốt, hoàn thành chương trình đúng hạn.",
                ),
            ],
        },
    ),
    Story(
        id=2458,
        slug="thong-bao-lich-hoc-lop-boi-duong-cap-nhat-kien-thuc-cho-dai-bieu-hdnd-cap-xa",
        title="Thông báo lịch học lớp bồi dưỡng cập nhật kiến thức cho đại biểu HĐND cấp xã",
        cat="thong-bao",
        published_at="2026-11-20",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-TCT ngày 10/11/2026 của Trường Chính trị tỉnh về bồi"
                " dưỡng cập nhật kiến thức cho đại biểu Hội đồng nhân dân cấp xã nhiệm kỳ 2026 -"
                " 2031, nhà trường thông báo lịch học như sau:"
            ),
            P("Lớp thứ nhất: từ ngày 01/12 đến ngày 03/12/2026, tại Hội trường A, Trường Chính trị tỉnh.", "li"),
            P("Lớp thứ hai: từ ngày 08/12 đến ngày 10/12/2026, tại Trung tâm Chính trị xã Sơn Dương.", "li"),
            P("Lớp thứ ba: từ ngày 15/12 đến ngày 17/12/2026, tại Trung tâm Chính trị xã Chiêm Hóa.", "li"),
            P(
                "Đề nghị Thường trực HĐND các xã, phường cử đại biểu tham gia đầy đủ, đúng thành phần;"
                " học viên mang theo tài liệu được cấp và có mặt trước giờ khai giảng 15 phút."
            ),
            P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại 0207 3 822 546."),
        ],
        opts={
            "at": "2026-11-20 15:20",
            "mod": "2026-11-21 07:45",
            "mode": "fusion",
            "tags": ["boi-duong"],
            "pdf": (f"{UP}/2026/11/KH-215-TCT-boi-duong-dai-bieu-HDND.pdf", "Tải về Kế hoạch số 215/KH-TCT"),
        },
    ),
    Story(
        id=2455,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-dao-tao-boi-duong-can-bo-co-so-trong-giai-doan-moi",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở trong giai đoạn"
            " mới”"
        ),
        cat="tin-hoat-dong",
        published_at="2026-11-19",
        summary=(
            "Ngày 18/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp"
            " trường với chủ đề “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở trong giai"
            " đoạn mới”, thu hút 32 tham luận của giảng viên và cán bộ quản lý."
        ),
        blocks=[
            P(
                "Ngày 18/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp"
                " trường với chủ đề “Nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở trong giai"
                " đoạn mới”, thu hút 32 tham luận của giảng viên và cán bộ quản lý.",
                "lead",
            ),
            P(
                "Đồng chí Đỗ Thị Thanh Hương, Hiệu trưởng nhà trường chủ trì hội thảo. Tham dự có"
                " đại diện Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ cùng"
                " toàn thể cán bộ, giảng viên của trường."
            ),
            Img(
                f"{UP}/2026/11/z6021458813365_4b1f0c9e2d7a86f3c5e1-1024x768.jpg",
                "Quang cảnh Hội thảo khoa học",
                "Quang cảnh Hội thảo khoa học",
                "frame-file",
            ),
            P(
                "Sau khi tổ chức bộ máy chính quyền địa phương hai cấp, đội ngũ cán bộ cấp xã có"
                " nhiều thay đổi về số lượng, cơ cấu và yêu cầu nhiệm vụ. Các tham luận đã phân tích"
                " thực trạng công tác đào tạo, bồi dưỡng cán bộ cơ sở thời gian qua, chỉ ra những hạn"
                " chế về nội dung chương trình, phương pháp giảng dạy và công tác quản lý học viên."
            ),
            P(
                "Nhiều ý kiến đề xuất tăng thời lượng thảo luận, xử lý tình huống, đi nghiên cứu thực"
                " tế; xây dựng ngân hàng tình huống sát với thực tiễn của tỉnh; ứng dụng chuyển đổi số"
                " trong quản lý đào tạo và tăng cường mời cán bộ lãnh đạo, quản lý có kinh nghiệm"
                " tham gia giảng dạy."
            ),
            Img(
                f"{UP}/2026/11/hoi-thao-khoa-hoc-2026-3-1024x683.jpg",
                "ThS. Lê Thị Hồng Nhung, Khoa Xây dựng Đảng trình bày tham luận tại hội thảo",
                "ThS. Lê Thị Hồng Nhung, Khoa Xây dựng Đảng trình bày tham luận tại hội thảo",
                "figure",
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng ghi nhận chất lượng các tham luận và giao"
                " Phòng Quản lý khoa học tổng hợp các đề xuất, kiến nghị để đưa vào kế hoạch đào tạo,"
                " bồi dưỡng năm 2027."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Khánh Linh</strong></p>'),
        ],
        authors=["Khánh Linh"],
        photographers=["Khánh Linh"],
        opts={
            "at": "2026-11-19 10:15",
            "mod": "2026-11-22 16:30",
            "mode": "gutenberg",
            "featured": f"{UP}/2026/11/hoi-thao-khoa-hoc-2026-1-1024x576.jpg",
            "tags": ["nghien-cuu-khoa-hoc", "boi-duong"],
            "also": "nghien-cuu-trao-doi",
        },
    ),
    Story(
        id=2452,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri-hien-nay",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-18",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người"
            " học là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị"
            " ở các trường chính trị tỉnh hiện nay."
        ),
        blocks=[
            P(
                "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người"
                " học là yêu cầu cấp thiết để nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị"
                " ở các trường chính trị tỉnh hiện nay.",
                "lead",
            ),
            P("1. Đặc điểm của người học lý luận chính trị", "h3"),
            P(
                "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ, công chức đang công"
                " tác, có độ tuổi, trình độ và kinh nghiệm thực tiễn khác nhau. Họ vừa học vừa làm,"
                " thời gian tự học hạn chế, song lại có vốn hiểu biết thực tế phong phú."
            ),
            P(
                "Đặc điểm này đòi hỏi giảng viên không thể chỉ thuyết trình một chiều, mà phải tổ"
                " chức để học viên cùng tham gia phân tích, so sánh, liên hệ với thực tiễn cơ quan,"
                " địa phương mình."
            ),
            P("2. Một số phương pháp dạy học tích cực có thể vận dụng", "h3"),
            P(
                "Phương pháp nêu vấn đề: giảng viên đặt ra tình huống có vấn đề, hướng dẫn học viên"
                " tìm cách giải quyết dựa trên kiến thức lý luận đã học.",
                "li",
            ),
            P(
                "Phương pháp thảo luận nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm giải quyết một nội"
                " dung rồi trình bày trước lớp.",
                "li",
            ),
            P(
                "Phương pháp nghiên cứu tình huống: sử dụng các tình huống có thật ở cơ sở để học viên"
                " phân tích, đề xuất phương án xử lý.",
                "li",
            ),
            P("3. Điều kiện để vận dụng hiệu quả", "h3"),
            P(
                "Để các phương pháp trên phát huy hiệu quả, giảng viên cần thường xuyên đi thực tế,"
                " cập nhật thông tin; nhà trường cần bố trí phòng học phù hợp cho hoạt động nhóm, đầu"
                " tư trang thiết bị và đổi mới hình thức kiểm tra, đánh giá theo hướng đánh giá năng"
                " lực vận dụng của học viên."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>ThS. Lê Thị Hồng Nhung - Khoa Xây dựng'
                " Đảng</strong></p>"
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "at": "2026-11-18 14:00",
            "mod": "2026-11-18 14:00",
            "mode": "gutenberg",
            "tags": ["nghien-cuu-khoa-hoc"],
        },
    ),
    Story(
        id=2448,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-17",
        blocks=[
            P(
                "Chiều 16/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức"
                " bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Trong thời gian 5 ngày, 124 học viên là trưởng thôn, tổ trưởng tổ dân phố, cán bộ"
                " đoàn thể cơ sở đã được nghiên cứu 9 chuyên đề về quan điểm của Đảng về quốc phòng,"
                " an ninh, xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân, công tác dân"
                " quân tự vệ và phòng, chống “diễn biến hòa bình”."
            ),
            Img(
                f"{UP}/2026/11/be-giang-qpan-doi-tuong-4-2-1024x683.jpg",
                "Trao giấy chứng nhận hoàn thành khóa học cho học viên",
                "Trao giấy chứng nhận hoàn thành khóa học cho học viên",
                "frame-title",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi."
                " Nhà trường đã trao giấy chứng nhận cho các học viên hoàn thành chương trình bồi"
                " dưỡng."
            ),
            Img(f"{UP}/2026/11/be-giang-qpan-doi-tuong-4-3-1024x683.jpg", None, None, "frame-none"),
            Raw(
                '<p style="text-align: right;"><strong>Bài và ảnh: Đỗ Minh Tuấn, Vũ Thị'
                " Hà</strong></p>"
            ),
        ],
        authors=["Đỗ Minh Tuấn", "Vũ Thị Hà"],
        photographers=["Đỗ Minh Tuấn", "Vũ Thị Hà"],
        opts={
            "at": "2026-11-17 16:50",
            "mod": "2026-11-17 17:02",
            "mode": "fusion",
            "featured": f"{UP}/2026/11/be-giang-qpan-doi-tuong-4-1-1024x576.jpg",
            "tags": ["boi-duong"],
        },
    ),
    Story(
        id=2440,
        slug="chi-bo-khoa-ly-luan-co-so-to-chuc-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV",
        cat="tin-hoat-dong",
        published_at="2026-11-13",
        blocks=[
            P(
                "Ngày 12/11/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV với"
                " chủ đề “Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên lý luận chính"
                " trị”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi về những biểu hiện thiếu nêu"
                " gương cần khắc phục; trách nhiệm của giảng viên trong việc “nói đi đôi với làm”,"
                " giữ gìn phẩm chất, uy tín trước học viên và nhân dân.",
                "nbsp",
            ),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể thực hiện trong"
                " quý IV và đưa kết quả thực hiện vào đánh giá, xếp loại đảng viên cuối năm."
            ),
        ],
        opts={
            "at": "2026-11-13 09:30",
            "mod": "2026-11-16 10:12",
            "mode": "gutenberg",
            "tags": [],
            "comments": [
                (
                    309,
                    "Bùi Thị Ngọc",
                    "13/11/2026 lúc 21:40",
                    "Một chuyên đề rất thiết thực, cần nhân rộng ra các chi bộ khác trong trường.",
                ),
                (
                    311,
                    "Ma Văn Thắng",
                    "14/11/2026 lúc 06:55",
                    "Đồng ý với ý kiến trên, đề nghị đăng thêm nội dung chi tiết của chuyên đề.",
                ),
            ],
        },
    ),
    Story(
        id=2436,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-10",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2027 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Trường"
                " Chính trị tỉnh Tuyên Quang thông báo tuyển sinh các lớp Trung cấp lý luận chính trị"
                " hệ không tập trung như sau:"
            ),
            P("TT | Địa điểm mở lớp | Chỉ tiêu | Thời gian khai giảng", "th"),
            P("1 | Trung tâm Chính trị xã Yên Sơn | 90 | Tháng 3/2027", "tr"),
            P("2 | Trung tâm Chính trị xã Na Hang | 80 | Tháng 4/2027", "tr"),
            P("3 | Trường Chính trị tỉnh | 100 | Tháng 5/2027", "tr"),
            P(
                "Đối tượng, tiêu chuẩn dự tuyển thực hiện theo Quy định số 164-QĐ/TW của Ban Chấp"
                " hành Trung ương. Hồ sơ nộp về Phòng Quản lý đào tạo trước ngày 31/01/2027."
            ),
        ],
        opts={
            "at": "2026-11-10 08:00",
            "mod": "2026-11-10 08:00",
            "mode": "gutenberg",
            "tags": ["tuyen-sinh", "dao-tao"],
        },
    ),
    Story(
        id=2431,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-khu-di-tich-tan-trao",
        title=(
            "Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại Khu di tích quốc gia đặc"
            " biệt Tân Trào"
        ),
        cat="tin-hoat-dong",
        published_at="2026-11-06",
        blocks=[
            P(
                "Từ ngày 03 đến 05/11/2026, 65 học viên lớp Cao cấp lý luận chính trị hệ không tập"
                " trung mở tại Trường Chính trị tỉnh đã đi nghiên cứu thực tế tại Khu di tích quốc gia"
                " đặc biệt Tân Trào và một số xã của tỉnh."
            ),
            P(
                "Đoàn đã dâng hương tại Đình Tân Trào, Lán Nà Nưa, Cây đa Tân Trào; nghe báo cáo về"
                " tình hình phát triển kinh tế - xã hội, bảo tồn và phát huy giá trị di tích gắn với"
                " phát triển du lịch cộng đồng của địa phương."
            ),
            P("Một số hình ảnh của chuyến đi:"),
            Img(f"{UP}/2026/11/thuc-te-tan-trao-01-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/11/thuc-te-tan-trao-02-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/11/thuc-te-tan-trao-03-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/11/thuc-te-tan-trao-04-1024x683.jpg", None, None, "gallery"),
            Raw('<p class="has-text-align-right"><em>Ảnh: Nguyễn Đức Anh</em></p>'),
        ],
        photographers=["Nguyễn Đức Anh"],
        opts={
            "at": "2026-11-06 17:10",
            "mod": "2026-11-09 08:20",
            "mode": "gutenberg",
            "featured": f"{UP}/2026/11/thuc-te-tan-trao-00-1024x576.jpg",
            "tags": ["dao-tao"],
        },
    ),
    Story(
        id=2427,
        slug="mot-so-giai-phap-nang-cao-hieu-qua-cong-tac-tuyen-truyen-mieng-o-co-so",
        title="Một số giải pháp nâng cao hiệu quả công tác tuyên truyền miệng ở cơ sở",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-02",
        blocks=[
            P(
                "Tuyên truyền miệng là hình thức tuyên truyền trực tiếp, có tính thuyết phục cao, phù"
                " hợp với điều kiện của các thôn, bản vùng cao. Tuy nhiên, thời gian qua công tác này"
                " ở một số cơ sở còn hình thức, nội dung chưa phong phú.",
                "nbsp",
            ),
            P(
                "Đội ngũ báo cáo viên, tuyên truyền viên cơ sở phần lớn kiêm nhiệm, ít được bồi dưỡng"
                " kỹ năng; nhiều buổi sinh hoạt chỉ đọc lại văn bản, thiếu liên hệ với những vấn đề"
                " người dân quan tâm như đất đai, việc làm, an sinh xã hội."
            ),
            P(
                "Để nâng cao hiệu quả, cần kiện toàn đội ngũ tuyên truyền viên theo hướng chọn người"
                " có uy tín, am hiểu phong tục, tiếng nói của đồng bào; định kỳ bồi dưỡng kỹ năng nói"
                " trước đông người, nắm bắt và định hướng dư luận xã hội."
            ),
            P(
                "Cùng với đó, cần đa dạng hóa hình thức: kết hợp sinh hoạt chi bộ, họp thôn với loa"
                " truyền thanh, nhóm Zalo của thôn, tổ dân phố; lồng ghép tuyên truyền vào các ngày"
                " hội văn hóa, lễ hội truyền thống của địa phương."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thu Hiền – Khoa Nhà nước và'
                " pháp luật</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hiền"],
        opts={
            "at": "2026-11-02 15:45",
            "mod": "2026-11-02 15:45",
            "mode": "fusion",
            "tags": ["nghien-cuu-khoa-hoc"],
        },
    ),
    Story(
        id=2419,
        slug="truong-chinh-tri-tinh-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-29",
        blocks=[
            P(
                "Từ ngày 26 đến 28/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi giảng"
                " viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa"
                " chuyên môn."
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trên lớp và một bài giảng"
                " thực hành, tình huống. Các bài giảng được chuẩn bị công phu, ứng dụng công nghệ"
                " thông tin, liên hệ sát với thực tiễn của tỉnh Tuyên Quang."
            ),
            Img(
                f"{UP}/2026/10/hoi-thi-giang-vien-day-gioi-2026-1024x683.jpg",
                "Ban Giám khảo chấm bài giảng của giảng viên dự thi (Ảnh: Thanh Hà)",
                "Ban Giám khảo chấm bài giảng của giảng viên dự thi (Ảnh: Thanh Hà)",
                "frame",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích."
                " Các giảng viên đạt giải Nhất sẽ được lựa chọn tham dự Hội thi giảng viên dạy giỏi"
                " các trường chính trị khu vực miền núi phía Bắc năm 2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Tuyên Quang</em></p>'),
        ],
        photographers=["Thanh Hà"],
        source="Báo Tuyên Quang",
        opts={
            "at": "2026-10-29 11:00",
            "mod": "2026-10-29 11:00",
            "mode": "fusion",
            "featured": f"{UP}/2026/10/hoi-thi-giang-vien-day-gioi-2026-0-1024x576.jpg",
            "tags": ["dao-tao"],
            "nfd": True,
        },
    ),
    Story(
        id=2405,
        slug="doan-thanh-nien-truong-chinh-tri-tinh-tham-gia-hien-mau-tinh-nguyen",
        title="Đoàn Thanh niên Trường Chính trị tỉnh tham gia hiến máu tình nguyện",
        cat="tin-hoat-dong",
        published_at="2026-10-20",
        blocks=[
            P(
                "Hưởng ứng ngày hội “Giọt hồng yêu thương” năm 2026, sáng 19/10, Chi đoàn Trường"
                " Chính trị tỉnh đã vận động 21 đoàn viên, cán bộ, giảng viên tham gia hiến máu tình"
                " nguyện tại Bệnh viện Đa khoa tỉnh."
            ),
            Img(f"{UP}/2026/10/hien-mau-tinh-nguyen-2026-1024x768.jpg", None, None, "figure-none"),
            P(
                "Đây là hoạt động thường niên, thể hiện tinh thần “tương thân tương ái” của tuổi trẻ"
                " nhà trường, góp phần bổ sung nguồn máu phục vụ công tác cấp cứu, điều trị bệnh nhân"
                " trên địa bàn tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lò Thị Mai</strong></p>'),
        ],
        authors=["Lò Thị Mai"],
        opts={
            "at": "2026-10-20 10:25",
            "mod": "2026-11-20 08:00",
            "mode": "gutenberg",
            "featured": f"{UP}/2026/10/hien-mau-tinh-nguyen-2026-0-1024x576.jpg",
            "tags": ["doan-thanh-nien"],
        },
    ),
    Story(
        id=2398,
        slug="gia-tri-ly-luan-va-thuc-tien-cua-tac-pham-sua-doi-loi-lam-viec-doi-voi-cong-tac-can-bo",
        title=(
            "Giá trị lý luận và thực tiễn của tác phẩm “Sửa đổi lối làm việc” đối với công tác cán"
            " bộ hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-15",
        blocks=[
            P(
                "Tác phẩm “Sửa đổi lối làm việc” được Chủ tịch Hồ Chí Minh viết tháng 10 năm 1947 với"
                " bút danh X.Y.Z. Gần 80 năm qua, những chỉ dẫn của Người về cán bộ và công tác cán bộ"
                " vẫn giữ nguyên giá trị."
            ),
            Img(
                f"{UP}/2026/10/sua-doi-loi-lam-viec-768x1024.jpg",
                "Tác phẩm “Sửa đổi lối làm việc” của Chủ tịch Hồ Chí Minh",
                "Tác phẩm “Sửa đổi lối làm việc” của Chủ tịch Hồ Chí Minh",
                "frame",
            ),
            P(
                "Người khẳng định “cán bộ là cái gốc của mọi công việc”, “muôn việc thành công hoặc"
                " thất bại đều do cán bộ tốt hoặc kém”. Từ đó, Người chỉ rõ phải biết đánh giá, lựa"
                " chọn, sử dụng, huấn luyện và chăm sóc cán bộ một cách đúng đắn."
            ),
            P(
                "Trong bối cảnh hiện nay, vận dụng tư tưởng đó đòi hỏi công tác cán bộ phải khách"
                " quan, công tâm, lấy hiệu quả công việc và sự tín nhiệm của nhân dân làm thước đo;"
                " kiên quyết đấu tranh với tệ chạy chức, chạy quyền, bệnh hình thức, quan liêu."
            ),
            Raw('<p style="text-align: right;"><em>(Theo Tạp chí Cộng sản)</em></p>'),
        ],
        source="Tạp chí Cộng sản",
        opts={
            "at": "2026-10-15 07:30",
            "mod": "2026-10-15 07:30",
            "mode": "fusion",
            "tags": ["nghien-cuu-khoa-hoc"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}
#: the post whose text links the double-category post under its second category's address
_LINKER = 2461
_DOUBLE = 2455


def _at(story: Story, key: str = "at") -> datetime:
    return datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(pred=None) -> list[Story]:
    items = [s for s in STORIES if pred is None or pred(s)]
    return sorted(items, key=lambda s: _at(s), reverse=True)


def in_cat(slug: str) -> list[Story]:
    return newest(lambda s: s.cat == slug or s.opts.get("also") == slug)


def in_tag(slug: str) -> list[Story]:
    return newest(lambda s: slug in s.opts["tags"])


def article_path(story: Story) -> str:
    return f"/{story.cat}/{story.slug}/"


def second_path(story: Story) -> str | None:
    also = story.opts.get("also")
    return f"/{also}/{story.slug}/" if also else None


def _alt_paths(story: Story) -> list[str]:
    out = []
    if second_path(story):
        out.append(second_path(story))
    out += [f"{article_path(story)}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    return out


# --------------------------------------------------------------------------- the gold (by hand)


def _gold(story: Story) -> dict:
    path = article_path(story)
    record = gold_record(story, path, CATS[story.cat][1], alt_paths=_alt_paths(story))
    if story.opts.get("featured"):
        record["images"].insert(0, {**image_gold(story.opts["featured"], path), "caption": None})
    return record


GOLD: list[dict] = [_gold(s) for s in newest()]


def _pages(n: int, per: int = PER_PAGE) -> int:
    return max(1, -(-n // per))


def _paged(base: str, n: int, per: int = PER_PAGE) -> list[str]:
    return [base] + [f"{base}page/{k}/" for k in range(2, _pages(n, per) + 1)]


def _months() -> list[tuple[int, int]]:
    return sorted({(_at(s).year, _at(s).month) for s in STORIES}, reverse=True)


def _days() -> list[date]:
    return sorted({_at(s).date() for s in STORIES}, reverse=True)


PORTFOLIO: dict[str, tuple[str, str, list[str]]] = {
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        [f"{UP}/2026/09/khai-giang-nam-hoc-{n:02d}-800x533.jpg" for n in range(1, 5)],
    ),
    "hoi-thi-giang-vien-day-gioi-nam-2026": (
        "Hội thi giảng viên dạy giỏi năm 2026",
        "28/10/2026",
        [f"{UP}/2026/10/album-hoi-thi-gv-{n:02d}-800x533.jpg" for n in range(1, 4)],
    ),
}
FAQS: dict[str, tuple[str, list[str]]] = {
    "dieu-kien-du-tuyen-lop-trung-cap-ly-luan-chinh-tri": (
        "Điều kiện dự tuyển lớp Trung cấp lý luận chính trị?",
        [
            "Cán bộ, công chức, viên chức là đảng viên, có trình độ chuyên môn từ trung cấp trở lên,"
            " được cấp ủy có thẩm quyền cử đi học theo quy hoạch.",
            "Hồ sơ gồm quyết định cử đi học, sơ yếu lý lịch, bản sao văn bằng chuyên môn và giấy"
            " chứng nhận sức khỏe.",
        ],
    ),
    "thoi-gian-dao-tao-lop-trung-cap-he-khong-tap-trung": (
        "Lớp Trung cấp hệ không tập trung học trong bao lâu?",
        [
            "Thời gian đào tạo là 18 tháng; học viên học vào các ngày cuối tuần hoặc theo đợt, mỗi"
            " đợt từ 1 đến 2 tuần tùy kế hoạch của từng lớp.",
        ],
    ),
}
PAGES = {"/gioi-thieu/": "Giới thiệu", "/lanh-dao-nha-truong/": "Lãnh đạo nhà trường", "/lien-he/": "Liên hệ"}
SEARCH_PATH = "/?s=b%E1%BB%93i+d%C6%B0%E1%BB%A1ng"

NON_ARTICLES: list[str] = [
    *_paged("/", len(STORIES), HOME_PER_PAGE),
    *(p for c in CATS for p in _paged(f"/chuyen-muc/{c}/", len(in_cat(c)))),
    *(p for t in TAGS for p in _paged(f"/tag/{t}/", len(in_tag(t)))),
    *_paged("/author/admin/", len(STORIES)),
    *(
        p
        for y, m in _months()
        for p in _paged(f"/{y}/{m:02d}/", len([s for s in STORIES if (_at(s).year, _at(s).month) == (y, m)]))
    ),
    *(f"/{d:%Y/%m/%d}/" for d in _days()),
    *PAGES,
    "/portfolio_category/thu-vien-anh/",
    *(f"/portfolio-items/{k}/" for k in PORTFOLIO),
    "/faq_category/tuyen-sinh-dao-tao/",
    *(f"/faq-items/{k}/" for k in FAQS),
    SEARCH_PATH,
    "/wp-login.php",
]


# --------------------------------------------------------------------------- rendering


def _printed_date(story: Story) -> str:
    return f"{_at(story):%d/%m/%Y}"


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


class _Counter:
    """Avada numbers every element of a kind on a page (fusion-text-1, imageframe-1 …)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def __call__(self, kind: str) -> int:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        return self.counts[kind]


def _srcset(src: str) -> str:
    stem = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    return f'{stem[:-4]}-300x200.jpg 300w, {stem[:-4]}-768x512.jpg 768w, {src} 1024w'


def _file_title(src: str) -> str:
    return re.sub(r"-\d+x\d+$", "", src.rsplit("/", 1)[1][:-4])


def _imageframe(img: Img, n: _Counter, title: str | None, line: str | None, story: Story) -> str:
    k = n("imageframe")
    caption = ""
    style = ""
    if title or line:
        style = f" awb-imageframe-style awb-imageframe-style-below awb-imageframe-style-{k}"
        head = f'<h2 class="awb-imageframe-caption-title">{_t(title, story)}</h2>' if title else ""
        tail = f'<p class="awb-imageframe-caption-text">{_t(line, story)}</p>' if line else ""
        caption = (
            '<div class="awb-imageframe-caption-container" style="text-align:center;">'
            f'<div class="awb-imageframe-caption">{head}{tail}</div></div>'
        )
    wid = 2000 + (sum(map(ord, img.src)) % 900)
    return (
        '<div class="fusion-image-element in-legacy-container" style="text-align:center;">'
        f'<span class="fusion-imageframe imageframe-none imageframe-{k} hover-type-none{style}">'
        f'<img decoding="async" width="1024" height="683" title="{esc(_file_title(img.src))}" src="{img.src}"'
        f' data-orig-src="{img.src}" alt class="img-responsive wp-image-{wid}" srcset="{_srcset(img.src)}"'
        ' sizes="(max-width: 1024px) 100vw, 1024px" />'
        f"{caption}</span></div>"
    )


def _figure(img: Img, story: Story) -> str:
    wid = 2000 + (sum(map(ord, img.src)) % 900)
    cap = f'<figcaption class="wp-element-caption">{_t(img.printed, story)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="wp-block-image aligncenter size-large"><img loading="lazy" decoding="async"'
        f' width="1024" height="683" src="{img.src}" alt="" class="wp-image-{wid}"'
        f' srcset="{_srcset(img.src)}" sizes="(max-width: 1024px) 100vw, 1024px" />{cap}</figure>'
    )


def _para_html(p: P, story: Story, gutenberg: bool) -> str:
    value = _t(p.text, story)
    if p.style == "lead":
        return f"<p><strong>{value}</strong></p>"
    if p.style == "h3":
        return f'<h3 class="wp-block-heading">{value}</h3>' if gutenberg else f"<h3>{value}</h3>"
    if p.style == "nbsp":
        value = value.replace(", ", ",&nbsp;", 2)
    if p.style == "link-alt":
        phrase = "hội thảo khoa học"
        value = value.replace(phrase, f'<a href="{second_path(_BY_ID[_DOUBLE])}">{phrase}</a>', 1)
    if gutenberg:
        return f'<p class="has-text-align-justify">{value}</p>' if p.style == "" and len(p.text) > 200 else f"<p>{value}</p>"
    return f"<p>{value}</p>"


def _groups(blocks: list) -> list[tuple[str, list]]:
    """Consecutive blocks that print as one element: list items, table rows, gallery images."""
    out: list[tuple[str, list]] = []
    for b in blocks:
        if isinstance(b, P) and b.style in ("li", "th", "tr"):
            kind = "li" if b.style == "li" else "table"
        elif isinstance(b, Img) and b.style == "gallery":
            kind = "gallery"
        else:
            kind = "single"
        if kind != "single" and out and out[-1][0] == kind:
            out[-1][1].append(b)
        else:
            out.append((kind, [b]))
    return out


def _list_html(items: list[P], story: Story, gutenberg: bool) -> str:
    cls = ' class="wp-block-list"' if gutenberg else ""
    return f"<ul{cls}>" + "".join(f"<li>{_t(p.text, story)}</li>" for p in items) + "</ul>"


def _table_html(rows: list[P], story: Story) -> str:
    head = "".join(f"<th>{_t(c, story)}</th>" for c in rows[0].text.split(" | "))
    body = "".join(
        "<tr>" + "".join(f"<td>{_t(c, story)}</td>" for c in r.text.split(" | ")) + "</tr>" for r in rows[1:]
    )
    return (
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></figure>"
    )


def _gallery_html(imgs: list[Img]) -> str:
    inner = "".join(
        f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024"'
        f' height="683" data-id="{2000 + i}" src="{img.src}" alt="" class="wp-image-{2000 + i}" /></figure>'
        for i, img in enumerate(imgs, 1)
    )
    return (
        '<figure class="wp-block-gallery has-nested-images columns-2 is-cropped wp-block-gallery-1'
        f' is-layout-flex wp-block-gallery-is-layout-flex">{inner}</figure>'
    )


def _content(story: Story, n: _Counter) -> str:
    gutenberg = story.opts["mode"] == "gutenberg"
    parts: list[str] = []
    for kind, items in _groups(story.blocks):
        if kind == "li":
            parts.append(_list_html(items, story, gutenberg))
        elif kind == "table":
            parts.append(_table_html(items, story))
        elif kind == "gallery":
            parts.append(_gallery_html(items))
        else:
            b = items[0]
            if isinstance(b, P):
                parts.append(_para_html(b, story, gutenberg))
            elif isinstance(b, Raw):
                parts.append(b.html)
            elif b.style == "frame":
                parts.append(_imageframe(b, n, None, b.printed, story))
            elif b.style == "frame-title":
                parts.append(_imageframe(b, n, b.printed, None, story))
            elif b.style == "frame-file":
                parts.append(_imageframe(b, n, _file_title(b.src), b.printed, story))
            elif b.style == "frame-none":
                parts.append(_imageframe(b, n, None, None, story))
            else:
                parts.append(_figure(b, story))
    if gutenberg:
        body = "\n".join(parts)
    else:
        # Fusion Builder: runs of text in one fusion-text element, images in their own
        chunks: list[str] = []
        run: list[str] = []
        for part in parts:
            if part.startswith('<div class="fusion-image-element'):
                if run:
                    chunks.append(_fusion_text(n, "".join(run)))
                    run = []
                chunks.append(part)
            else:
                run.append(part)
        if run:
            chunks.append(_fusion_text(n, "".join(run)))
        body = _container(n, "1_1", "".join(chunks))
    if story.opts.get("pdf"):
        href, label = story.opts["pdf"]
        body += _container(n, "1_1", _separator() + _button(n, href, label))
    return body


def _fusion_text(n: _Counter, inner: str, style: str = "text-align:justify;") -> str:
    k = n("text")
    return f'<div class="fusion-text fusion-text-{k}" style="{style}">{inner}</div>'


def _separator() -> str:
    return (
        '<div class="fusion-separator fusion-full-width-sep" style="align-self: center;margin-left: auto;'
        'margin-right: auto;margin-top:15px;margin-bottom:15px;width:100%;"><div class="fusion-separator-border'
        ' sep-single sep-solid" style="--awb-height:20px;--awb-amount:20px;border-color:#e2e2e2;'
        'border-top-width:1px;"></div></div>'
    )


def _button(n: _Counter, href: str, label: str) -> str:
    k = n("button")
    return (
        f'<div style="text-align:left;"><a class="fusion-button button-flat fusion-button-default-size'
        f' button-default fusion-button-default button-{k} fusion-button-default-span fusion-button-default-type"'
        f' target="_blank" rel="noopener noreferrer" href="{href}"><i class="fa-download fas button-icon-left"'
        f' aria-hidden="true"></i><span class="fusion-button-text">{esc(label)}</span></a></div>'
    )


def _container(n: _Counter, width: str, inner: str, extra: str = "") -> str:
    """div.fusion-fullwidth > div.fusion-builder-row > div.fusion-layout-column > wrapper."""
    row = n("row")
    col = n("column")
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{row} fusion-flex-container'
        f' nonhundred-percent-fullwidth non-hundred-percent-height-scrolling{extra}" style="--awb-flex-wrap:wrap;">'
        '<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" style="max-width:1248px;'
        'margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );">'
        + _column(col, width, inner)
        + "</div></div>"
    )


def _column(col: int, width: str, inner: str) -> str:
    return (
        f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{col}'
        f' fusion_builder_column_{width} {width} fusion-flex-column">'
        '<div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start'
        f' fusion-content-layout-column">{inner}</div></div>'
    )


def _row(n: _Counter, columns: list[tuple[str, str]], extra: str = "") -> str:
    row = n("row")
    cols = "".join(_column(n("column"), w, inner) for w, inner in columns)
    return (
        f'<div class="fusion-fullwidth fullwidth-box fusion-builder-row-{row} fusion-flex-container'
        f' nonhundred-percent-fullwidth non-hundred-percent-height-scrolling{extra}">'
        '<div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start" style="max-width:1248px;">'
        f"{cols}</div></div>"
    )


def _title(n: _Counter, value: str, level: int = 2, size: str = "two") -> str:
    k = n("title")
    return (
        f'<div class="fusion-title title fusion-title-{k} fusion-sep-none fusion-title-text'
        f' fusion-title-size-{size}" style="--awb-margin-bottom:15px;"><h{level} class="fusion-title-heading'
        f' title-heading-left fusion-responsive-typography-calculated" style="margin:0;">{value}</h{level}></div>'
    )


# --- chrome ---------------------------------------------------------------------------------


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top avada-is-100-percent-template" lang="vi" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base_url(request)}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base_url(request)}/comments/feed/" />
<link rel="shortcut icon" href="{UP}/2024/05/favicon-tct.png" type="image/x-icon" />
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{UP}/fusion-styles/4c1d2f8e5b7a9c3e.min.css?ver=3.11.10' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base_url(request)}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base_url(request)}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
{extra}
<script type="text/javascript">var doc = document.documentElement;doc.setAttribute( 'data-useragent', navigator.userAgent );</script>
</head>
"""


_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"), ("/lanh-dao-nha-truong/", "Lãnh đạo nhà trường")]),
    ("/chuyen-muc/tin-hoat-dong/", "Tin tức", [(f"/chuyen-muc/{c}/", name) for c, (_, name) in CATS.items()]),
    ("/portfolio_category/thu-vien-anh/", "Thư viện ảnh", []),
    ("/faq_category/tuyen-sinh-dao-tao/", "Hỏi đáp", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (href, label, subs) in enumerate(_MENU):
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if href == active:
            cls += " current-menu-item"
        sub = ""
        if subs:
            cls += " menu-item-has-children awb-menu__li_has-children"
            sub = '<ul class="awb-menu__sub-ul awb-menu__sub-ul_main">' + "".join(
                f'<li class="menu-item awb-menu__li awb-menu__sub-li"><a href="{h}" class="awb-menu__sub-a">'
                f"<span>{esc(t)}</span></a></li>"
                for h, t in subs
            ) + "</ul>"
        items.append(
            f'<li id="menu-item-{30 + i}" class="{cls} awb-menu__li awb-menu__main-li awb-menu__main-li_regular">'
            '<span class="awb-menu__main-background-default awb-menu__main-background-default_fade"></span>'
            f'<a href="{href}" class="awb-menu__main-a awb-menu__main-a_regular"><span class="menu-text">{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<nav class="awb-menu awb-menu_row awb-menu_em-hover mobile-mode-collapse-to-button awb-menu_icons-left'
        ' awb-menu_dc-yes mobile-trigger-fullwidth-off awb-menu_mobile-toggle awb-menu_indent-left'
        ' awb-menu_desktop awb-menu_dropdown awb-menu_expand-right awb-menu_transition-fade" aria-label="Menu chính"'
        ' data-breakpoint="1024" data-count="0">'
        '<button type="button" class="awb-menu__m-toggle awb-menu__m-toggle_no-text" aria-expanded="false"'
        ' aria-controls="menu-menu-chinh"><span class="awb-menu__m-toggle-inner"><span class="collapsed-nav-text">'
        '<span class="screen-reader-text">Toggle Navigation</span></span></span></button>'
        f'<ul id="menu-menu-chinh" class="fusion-menu awb-menu__main-ul awb-menu__main-ul_row">{"".join(items)}</ul></nav>'
    )


def _search_form(n: _Counter) -> str:
    return (
        f'<div class="fusion-search-element fusion-search-element-{n("search")} fusion-search-form-clean">'
        '<form role="search" class="searchform fusion-search-form fusion-search-form-clean" method="get" action="/">'
        '<div class="fusion-search-form-content"><div class="fusion-search-field search-field">'
        '<label><span class="screen-reader-text">Tìm kiếm:</span><input type="search" class="s" name="s"'
        ' value="" placeholder="Tìm kiếm..." required aria-required="true" aria-label="Tìm kiếm..."/></label></div>'
        '<div class="fusion-search-button search-button"><input type="submit" class="fusion-search-submit'
        ' searchsubmit" aria-label="Tìm kiếm" value="&#xf002;" /></div></div></form></div>'
    )


def _header(n: _Counter, active: str) -> str:
    top = _row(
        n,
        [
            ("2_3", _fusion_text(n, f'<p><i class="fa-calendar-alt far"></i> {TODAY} &nbsp;|&nbsp; Hotline: <a href="tel:02073822545">{HOTLINE}</a> &nbsp;|&nbsp; Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>', "")),
            ("1_3", _fusion_text(n, '<p style="text-align:right;"><a href="/wp-login.php">Đăng nhập</a></p>', "")),
        ],
        " fusion-top-bar",
    )
    logo = _row(
        n,
        [
            (
                "1_6",
                f'<div class="fusion-image-element "><span class="fusion-imageframe imageframe-none imageframe-{n("imageframe")} hover-type-none">'
                f'<a class="fusion-no-lightbox" href="/" target="_self"><img decoding="async" width="120" height="120" src="{UP}/2024/05/logo-truong-chinh-tri-tuyen-quang.png"'
                f' alt="{esc(SITE)}" class="img-responsive wp-image-12"/></a></span></div>',
            ),
            (
                "2_3",
                _fusion_text(n, f'<p class="site-slogan">ĐẢNG BỘ TỈNH TUYÊN QUANG</p><p class="site-name"><strong>{esc(SITE.upper())}</strong></p>', ""),
            ),
            ("1_6", _search_form(n)),
        ],
    )
    menu = _row(n, [("1_1", _menu(active))], " fusion-sticky-container")
    return f'<div class="fusion-tb-header">{top}{logo}{menu}</div>'


def _calendar(year: int, month: int) -> str:
    posted = {_at(s).date() for s in STORIES}
    months_with = _months()
    prev = next(((y, m) for y, m in months_with if (y, m) < (year, month)), None)
    nxt = next(((y, m) for y, m in reversed(months_with) if (y, m) > (year, month)), None)
    weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    rows = []
    for week in weeks:
        cells = []
        for d in week:
            if d == 0:
                cells.append('<td class="pad">&nbsp;</td>')
                continue
            day = date(year, month, d)
            attr = ' id="today"' if day == TODAY_DATE else ""
            if day in posted:
                cells.append(
                    f'<td{attr}><a href="/{day:%Y/%m/%d}/" aria-label="Các bài viết đã được xuất bản vào'
                    f' {d} Tháng {month} {year}">{d}</a></td>'
                )
            else:
                cells.append(f"<td{attr}>{d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    heads = "".join(f'<th scope="col" title="{t}">{s}</th>' for s, t in zip(
        ("T2", "T3", "T4", "T5", "T6", "T7", "CN"),
        ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"), strict=True))
    prev_html = f'<a href="/{prev[0]}/{prev[1]:02d}/">&laquo; Th{prev[1]}</a>' if prev else "&nbsp;"
    next_html = f'<a href="/{nxt[0]}/{nxt[1]:02d}/">Th{nxt[1]} &raquo;</a>' if nxt else "&nbsp;"
    return (
        '<section id="calendar-2" class="widget widget_calendar"><div class="heading"><h4 class="widget-title">Lịch</h4></div>'
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>Tháng {month} {year}</caption><thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<nav aria-label="Tháng trước và tháng tiếp theo" class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev">{prev_html}</span><span class="pad">&nbsp;</span>'
        f'<span class="wp-calendar-nav-next">{next_html}</span></nav></div></section>'
    )


def _counter_widget() -> str:
    return (
        '<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><div class="heading">'
        '<h4 class="widget-title">Thống kê truy cập</h4></div><ul><li><label>Đang trực tuyến:&nbsp;</label>14</li>'
        "<li><label>Hôm nay:&nbsp;</label>382</li><li><label>Hôm qua:&nbsp;</label>517</li>"
        "<li><label>Tháng này:&nbsp;</label>11.946</li><li><label>Tổng lượt truy cập:&nbsp;</label>1.254.890</li></ul></section>"
    )


def _sidebar(n: _Counter, month: tuple[int, int] = (2026, 11)) -> str:
    recent = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="post-date">{_printed_date(s)}</span></li>'
        for s in newest()[:5]
    )
    banners = (
        '<section id="media_image-3" class="widget widget_media_image"><a href="https://tuyenquang.gov.vn">'
        f'<img width="300" height="90" src="{UP}/2024/05/banner-cong-ttdt-tinh.jpg" class="image wp-image-40" alt="Cổng thông tin điện tử tỉnh Tuyên Quang" /></a></section>'
        '<section id="media_image-4" class="widget widget_media_image"><a href="https://hcma.vn">'
        f'<img width="300" height="90" src="{UP}/2024/05/banner-hoc-vien-ctqg.jpg" class="image wp-image-41" alt="Học viện Chính trị quốc gia Hồ Chí Minh" /></a></section>'
    )
    return (
        '<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right">'
        f'<section id="search-2" class="widget widget_search">{_search_form(n)}</section>'
        '<section id="recent-posts-2" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">Bài viết mới</h4></div>'
        f"<ul>{recent}</ul></section>"
        f"{_calendar(*month)}{_counter_widget()}{banners}</aside>"
    )


def _footer(n: _Counter) -> str:
    cols = _row(
        n,
        [
            (
                "1_3",
                _title(n, esc(SITE), 4, "four")
                + _fusion_text(
                    n,
                    f"<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {HOTLINE} - Fax: 0207 3 822 547</p>"
                    f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>',
                    "",
                ),
            ),
            (
                "1_3",
                _title(n, "Liên kết", 4, "four")
                + _fusion_text(
                    n,
                    '<ul><li><a href="https://hcma.vn" target="_blank" rel="noopener">Học viện Chính trị quốc gia Hồ Chí Minh</a></li>'
                    '<li><a href="https://tuyenquang.dcs.vn" target="_blank" rel="noopener">Đảng bộ tỉnh Tuyên Quang</a></li>'
                    '<li><a href="https://tuyenquang.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Tuyên Quang</a></li></ul>',
                    "",
                ),
            ),
            ("1_3", _title(n, "Bản đồ", 4, "four") + '<div class="fusion-google-map" id="fusion_map_1" data-address="Trường Chính trị tỉnh Tuyên Quang"></div>'),
        ],
        " fusion-footer-widgets",
    )
    copy = _row(
        n,
        [("1_1", _fusion_text(n, f"<p>© Bản quyền thuộc {esc(SITE)}. Chịu trách nhiệm chính: ThS. Đỗ Thị Thanh Hương - Hiệu trưởng.</p><p>Thiết kế bởi Tuyên Quang Web</p>", "text-align:center;"))],
        " fusion-footer-copyright",
    )
    return (
        f'<div class="fusion-tb-footer fusion-footer"><div class="fusion-footer-widget-area fusion-widget-area">{cols}{copy}</div></div>'
        '<div class="to-top-container to-top-right"><a href="#" id="toTop" class="fusion-top-top-link">'
        '<span class="screen-reader-text">Về đầu trang</span></a></div>'
    )


def _page(request: Request, title: str, main: str, *, n: _Counter, body_class: str, active: str = "",
          extra: str = "", titlebar: str = "") -> str:
    header = _header(n, active)
    footer = _footer(n)
    return (
        _head(request, f"{title} – {SITE}", extra)
        + f'<body class="{body_class} fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-body ltr'
        ' fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header fusion-disable-outline'
        ' fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode fusion-top-header menu-text-align-center'
        ' fusion-show-pagination-text avada-responsive avada-footer-fx-none avada-blog-layout-large'
        ' avada-blog-archive-layout-medium avada-has-titlebar-bar_and_content">'
        '<a class="skip-link screen-reader-text" href="#content">Chuyển đến phần nội dung</a>'
        '<div id="boxed-wrapper"><div id="wrapper" class="fusion-wrapper">'
        f'<div id="home" style="position:relative;top:-1px;"></div>{header}<div id="sliders-container" class="fusion-slider-visibility"></div>'
        f"{titlebar}"
        f'<main id="main" class="clearfix width-100"><div class="fusion-row" style="max-width:100%;">{main}</div></main>'
        f"{footer}</div></div>"
        f'<script type="text/javascript" src="{THEME}/includes/lib/assets/min/js/general/fusion.js?ver=3.11.10"></script>'
        "</body></html>"
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li class="fusion-breadcrumb-item"><a href="/" class="fusion-breadcrumb-link"><span>Trang chủ</span></a></li>']
    for href, label in trail:
        items.append('<li class="fusion-breadcrumb-sep">/</li>')
        if href:
            items.append(f'<li class="fusion-breadcrumb-item"><a href="{href}" class="fusion-breadcrumb-link"><span>{esc(label)}</span></a></li>')
        else:
            items.append(f'<li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{esc(label)}</span></li>')
    return f'<nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb"><ol class="awb-breadcrumb-list">{"".join(items)}</ol></nav>'


def _titlebar(heading: str, crumbs: str) -> str:
    return (
        '<section class="avada-page-titlebar-wrapper" aria-label="Thanh tiêu đề trang"><div class="fusion-page-title-bar'
        ' fusion-page-title-bar-none fusion-page-title-bar-left"><div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">'
        f'<div class="fusion-page-title-captions"><h1 class="entry-title">{esc(heading)}</h1></div>'
        f'<div class="fusion-page-title-secondary">{crumbs}</div></div></div></div></section>'
    )


# --- single post ------------------------------------------------------------------------------


def _meta_line(story: Story) -> str:
    cats = [story.cat] + ([story.opts["also"]] if story.opts.get("also") else [])
    links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c][1])}</a>' for c in cats)
    count = len(story.opts.get("comments", []))
    sep = '<span class="fusion-meta-tb-sep"> | </span>'
    return (
        '<div class="fusion-meta-tb fusion-meta-tb-1 floated" style="min-height:36px;">'
        '<span class="fusion-tb-author">Đăng bởi <span class="vcard"><span class="fn"><a href="/author/admin/"'
        ' title="Đăng bởi admin" rel="author">admin</a></span></span></span>'
        f'{sep}<span class="fusion-tb-published-date">{_printed_date(story)}</span>'
        f'{sep}<span class="fusion-tb-categories">{links}</span>'
        f'{sep}<span class="fusion-tb-comments"><a href="{article_path(story)}#{"comments" if count else "respond"}">{count} Bình luận</a></span>'
        "</div>"
        f'<span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/admin/" title="Đăng bởi admin" rel="author">admin</a></span></span>'
        f'<span class="updated rich-snippet-hidden">{_at(story, "mod").isoformat()}</span>'
    )


def _featured(story: Story) -> str:
    src = story.opts.get("featured")
    if not src:
        return ""
    full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    return (
        '<div class="fusion-featured-images fusion-featured-images-1"><div class="fusion-flexslider flexslider'
        ' fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides"><li>'
        f'<a href="{full}" data-rel="iLightbox[gallery{story.id}]" title="" data-title="{esc(_file_title(src))}" data-caption="">'
        f'<img width="1024" height="576" src="{src}" class="attachment-full size-full wp-post-image" alt="" decoding="async"'
        f' srcset="{_srcset(src)}" sizes="(max-width: 1024px) 100vw, 1024px" /></a></li></ul></div></div>'
    )


def _tags(story: Story) -> str:
    if not story.opts["tags"]:
        return ""
    links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    return f'<div class="fusion-meta-tb fusion-meta-tb-2"><span class="fusion-tb-tags">Thẻ: {links}</span></div>'


def _sharing(story: Story, request: Request) -> str:
    url = quote(base_url(request) + article_path(story), safe="")
    title = quote(story.title, safe="")
    nets = [
        ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}&amp;t={title}"),
        ("twitter", "X", f"https://x.com/intent/post?text={title}&amp;url={url}"),
        ("linkedin", "LinkedIn", f"https://www.linkedin.com/shareArticle?mini=true&amp;url={url}&amp;title={title}"),
        ("zalo", "Zalo", f"https://sp.zalo.me/share_inline?d={url}"),
        ("mail", "Email", f"mailto:?subject={title}&amp;body={url}"),
    ]
    icons = "".join(
        f'<span><a href="{href}" class="fusion-social-network-icon fusion-tooltip fusion-{k} awb-icon-{k}"'
        f' style="color:#ffffff;" data-placement="top" data-title="{label}" data-toggle="tooltip" title="{label}"'
        f' target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">{label}</span></a></span>'
        for k, label, href in nets
    )
    return (
        '<div class="fusion-sharing-box fusion-sharing-box-1 boxed-icons has-taglines layout-floated layout-medium-floated'
        ' layout-small-floated" data-title="" data-description="" data-link="">'
        '<div class="fusion-sharing-box-tagline-wrapper"><h4 class="tagline">Chia sẻ bài viết này</h4></div>'
        f'<div class="fusion-social-networks sharingbox-shortcode-icon-wrapper sharingbox-shortcode-icon-wrapper-1">{icons}</div></div>'
    )


def _prev_next(story: Story) -> str:
    order = newest()
    i = order.index(story)
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    prev = (
        f'<a href="{article_path(older)}" rel="prev"><span class="fusion-tb-previous">Bài trước</span>'
        f'<span class="fusion-tb-pagination-title">{esc(older.title)}</span></a>'
        if older else ""
    )
    nxt = (
        f'<a href="{article_path(newer)}" rel="next"><span class="fusion-tb-next">Bài sau</span>'
        f'<span class="fusion-tb-pagination-title">{esc(newer.title)}</span></a>'
        if newer else ""
    )
    return f'<div class="fusion-tb-pagination fusion-single-navigation-wrapper fusion-pagination-tb-1">{prev}{nxt}</div>'


def _thumb(story: Story) -> str:
    src = story.opts.get("featured") or next((i.src for i in story.images), None)
    if src is None:
        return f"{UP}/2024/05/anh-mac-dinh-tct-500x383.jpg"
    return re.sub(r"-\d+x\d+(\.jpg)$", r"-500x383\1", src)


def _related(story: Story, n: _Counter) -> str:
    items = [s for s in in_cat(story.cat) if s.id != story.id][:4]
    if not items:
        return ""
    slides = "".join(
        '<div class="swiper-slide"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-wrapper'
        f' fusion-image-size-fixed" aria-haspopup="true"><img src="{_thumb(s)}" width="500" height="383" alt="{esc(s.title)}" />'
        f'<div class="fusion-rollover"><div class="fusion-rollover-content"><a class="fusion-rollover-link" href="{article_path(s)}">{esc(s.title)}</a>'
        '</div></div></div>'
        f'<h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link" href="{article_path(s)}" target="_self"'
        f' title="{esc(s.title)}">{esc(s.title)}</a></h4><div class="fusion-carousel-meta"><span class="fusion-date">{_printed_date(s)}</span>'
        f'<span class="fusion-inline-sep">|</span><span><a href="{article_path(s)}#respond">{len(s.opts.get("comments", []))} Bình luận</a></span></div>'
        "</div></div>"
        for s in items
    )
    return (
        '<section class="related-posts single-related-posts fusion-related-tb fusion-related-tb-1">'
        + _title(n, "Bài viết liên quan", 3, "three")
        + '<div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed"'
        f' data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="3" data-itemmargin="20px">'
        f'<div class="swiper-wrapper">{slides}</div><div class="awb-swiper-button awb-swiper-button-prev"></div>'
        '<div class="awb-swiper-button awb-swiper-button-next"></div></div></section>'
    )


def _comments(story: Story, reply_to: int | None) -> str:
    comments = story.opts.get("comments", [])
    form = (
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        + ("Trả lời " + next(c[1] for c in comments if c[0] == reply_to) if reply_to else "Để lại một bình luận")
        + (f' <small><a rel="nofollow" id="cancel-comment-reply-link" href="{article_path(story)}#respond">Hủy</a></small>' if reply_to else "")
        + '</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<div id="comment-textarea"><label class="screen-reader-text" for="comment">Bình luận</label>'
        '<textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" tabindex="0" class="textarea-comment" placeholder="Bình luận..."></textarea></div>'
        '<div id="comment-input"><input id="author" name="author" type="text" value="" placeholder="Tên (bắt buộc)" size="30" aria-required="true" required="required" />'
        '<input id="email" name="email" type="email" value="" placeholder="Email (bắt buộc)" size="30" aria-required="true" required="required" /></div>'
        '<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value="Gửi bình luận" />'
        f"<input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        f"<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"
    )
    if not comments:
        return f'<div id="comments" class="comments-container">{form}</div>'
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div class="the-comment"><div class="avatar">'
        f'<img alt="" src="/wp-content/plugins/avatar/mystery-54x54.png" class="avatar avatar-54 photo" height="54" width="54" /></div>'
        f'<div class="comment-box"><div class="comment-author meta"><strong>{esc(name)}</strong> {esc(when)}'
        f'<a rel="nofollow" class="comment-reply-link" href="{article_path(story)}?replytocom={cid}#respond"'
        f' data-commentid="{cid}" data-postid="{story.id}" data-belowelement="comment-{cid}" data-respondelement="respond"'
        f' aria-label="Trả lời {esc(name)}"> - Trả lời</a></div>'
        f'<div class="comment-text"><p>{esc(body)}</p></div></div></div></li>'
        for cid, name, when, body in comments
    )
    return (
        '<div id="comments" class="comments-container"><div class="fusion-title fusion-title-size-two">'
        f'<h2 class="title-heading-left">{len(comments)} Bình luận</h2></div><ol class="comment-list commentlist">{items}</ol>{form}</div>'
    )


def _article(story: Story, request: Request, reply_to: int | None = None) -> str:
    n = _Counter()
    cat_name = CATS[story.cat][1]
    crumbs = _crumbs((f"/chuyen-muc/{story.cat}/", cat_name), (None, story.title))
    content = _content(story, n)
    main_col = (
        crumbs
        + _title(n, _t(story.title, story), 1, "one")
        + _meta_line(story)
        + _featured(story)
        + f'<div class="fusion-content-tb fusion-content-tb-1">{content}</div>'
        + _tags(story)
        + _sharing(story, request)
        + _separator()
        + _prev_next(story)
        + _related(story, n)
        + _comments(story, reply_to)
    )
    layout = _row(n, [("2_3", main_col), ("1_3", _sidebar(n))])
    main = (
        f'<section id="content" style="width: 100%;"><div id="post-{story.id}" class="post-{story.id} post type-post'
        f' status-publish format-standard has-post-thumbnail hentry category-{story.cat}">'
        f'<div class="post-content">{layout}</div></div></section>'
    )
    base = base_url(request)
    robots = "<meta name='robots' content='noindex, follow' />\n" if reply_to else ""
    extra = (
        f'{robots}<link rel="canonical" href="{base}{article_path(story)}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
        f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/v2/posts/{story.id}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{article_path(story)}" />'
        + (f'\n<meta property="og:image" content="{base}{story.opts["featured"]}" />' if story.opts.get("featured") else "")
    )
    body_class = f"post-template-default single single-post postid-{story.id} single-format-standard"
    return _page(request, story.title, main, n=n, body_class=body_class, active="", extra=extra)


# --- listings ---------------------------------------------------------------------------------


def _excerpt(story: Story, words: int = 38) -> str:
    text_ = " ".join(story.paragraphs)
    split = text_.split()
    return " ".join(split[:words]) + (" [&hellip;]" if len(split) > words else "")


def _pagination(base: str, page: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(k: int) -> str:
        return base if k == 1 else f"{base}page/{k}/"

    parts = []
    if page > 1:
        parts.append(f'<a class="pagination-prev" rel="prev" href="{href(page - 1)}"><span class="page-prev"></span><span class="page-text">Trước</span></a>')
    for k in range(1, last + 1):
        parts.append(f'<span class="current">{k}</span>' if k == page else f'<a href="{href(k)}" class="inactive">{k}</a>')
    if page < last:
        parts.append(f'<a class="pagination-next" rel="next" href="{href(page + 1)}"><span class="page-text">Sau</span><span class="page-next"></span></a>')
    return f'<div class="pagination clearfix">{"".join(parts)}</div>'


def _archive_post(s: Story) -> str:
    cat = CATS[s.cat]
    count = len(s.opts.get("comments", []))
    return (
        f'<article id="post-{s.id}" class="fusion-post-medium post-{s.id} post type-post status-publish format-standard hentry category-{s.cat}">'
        '<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow"><ul class="slides"><li>'
        f'<div class="fusion-image-wrapper" aria-haspopup="true"><img src="{_thumb(s)}" width="500" height="383" alt="" />'
        f'<div class="fusion-rollover"><div class="fusion-rollover-content"><a class="fusion-link-wrapper" href="{article_path(s)}"'
        f' aria-label="{esc(s.title)}"></a></div></div></div></li></ul></div>'
        f'<div class="fusion-post-content post-content"><h2 class="blog-shortcode-post-title entry-title"><a href="{article_path(s)}">{esc(s.title)}</a></h2>'
        '<p class="fusion-single-line-meta">Đăng bởi <span class="vcard"><span class="fn"><a href="/author/admin/" title="Đăng bởi admin" rel="author">admin</a></span></span>'
        f'<span class="fusion-inline-sep">|</span><span>{_printed_date(s)}</span><span class="fusion-inline-sep">|</span>'
        f'Chuyên mục: <a href="/chuyen-muc/{s.cat}/" rel="category tag">{esc(cat[1])}</a><span class="fusion-inline-sep">|</span>'
        f'<span class="fusion-comments"><a href="{article_path(s)}#respond">{count} Bình luận</a></span></p>'
        f'<div class="fusion-post-content-container"><p>{esc(_excerpt(s)).replace("[&amp;hellip;]", "[&hellip;]")}</p></div></div>'
        f'<div class="fusion-meta-info"><div class="fusion-alignright"><a href="{article_path(s)}" class="fusion-read-more"'
        f' aria-label="Xem thêm về {esc(s.title)}">Đọc thêm</a></div></div></article>'
    )


def _archive(request: Request, heading: str, trail: list[tuple[str | None, str]], items: list[Story], base: str,
             page: int, body_class: str, month: tuple[int, int] = (2026, 11)) -> str | None:
    last = _pages(len(items))
    if not items or page > last:
        return None
    n = _Counter()
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    posts = "".join(_archive_post(s) for s in chunk)
    content = (
        '<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-medium-wrapper fusion-clearfix">'
        f'<div class="fusion-posts-container fusion-blog-layout-medium fusion-blog-pagination" data-pages="{last}">{posts}</div>'
        f"{_pagination(base, page, last)}</div>"
    )
    main = (
        '<section id="content" class="" style="float: left;">' + content + "</section>"
        + _sidebar(n, month)
    )
    title = heading + (f" – Trang {page}" if page > 1 else "")
    return _page(request, title, main, n=n, body_class=body_class, active=base, titlebar=_titlebar(heading, _crumbs(*trail)),
                 extra=f'<link rel="canonical" href="{base_url(request)}{base if page == 1 else f"{base}page/{page}/"}" />')


# --- home -------------------------------------------------------------------------------------


def _post_cards(n: _Counter, items: list[Story]) -> str:
    k = n("post-cards")
    cards = "".join(
        '<li class="fusion-layout-column fusion_builder_column fusion-builder-column-inner fusion-post-cards-grid-column'
        f' fusion-flex-column post-card post-{s.id}"><div class="fusion-column-wrapper">'
        f'<div class="fusion-title title fusion-title-size-div"><div class="fusion-title-heading title-heading-left">'
        f'<a href="{article_path(s)}">{esc(s.title)}</a></div></div>'
        f'<div class="fusion-meta-tb"><span class="fusion-tb-published-date">{_printed_date(s)}</span></div></div></li>'
        for s in items
    )
    return (
        f'<div class="fusion-post-cards fusion-post-cards-{k} fusion-grid-archive fusion-grid-columns-1">'
        f'<ul class="fusion-grid fusion-grid-1 fusion-flex-align-items-flex-start">{cards}</ul></div>'
    )


def _home(request: Request, page: int) -> str | None:
    items = newest()
    last = _pages(len(items), HOME_PER_PAGE)
    if page > last:
        return None
    n = _Counter()
    slides = "".join(
        f'<li data-mute="yes" data-loop="yes" data-autoplay="yes"><div class="slide-content-container slide-content-left">'
        f'<div class="background background-image" style="background-image: url({s.opts.get("featured") or _thumb(s)});"></div>'
        f'<div class="slide-content"><div class="heading"><div class="fusion-title-sc-wrapper"><h2>{esc(s.title)}</h2></div></div>'
        f'<div class="buttons"><div class="tfs-button-1"><a class="fusion-button button-flat button-large button-default button-1"'
        f' href="{article_path(s)}"><span class="fusion-button-text">Xem chi tiết</span></a></div></div></div></div></li>'
        for s in items[:3]
    )
    slider = (
        '<div class="fusion-slider-container fusion-slider-sc-trang-chu" style="height:420px;max-width:100%;">'
        f'<div class="tfs-slider flexslider main-flex" data-slider_width="100%" data-full_screen="0"><ul class="slides">{slides}</ul></div></div>'
    )
    chunk = items[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
    posts = "".join(
        f'<article id="blog-1-post-{s.id}" class="fusion-post-grid post-{s.id} post type-post status-publish format-standard hentry">'
        f'<div class="fusion-post-wrapper"><div class="fusion-flexslider flexslider fusion-post-slideshow"><ul class="slides"><li>'
        f'<div class="fusion-image-wrapper"><img src="{_thumb(s)}" width="500" height="383" alt="" /><div class="fusion-rollover">'
        f'<a class="fusion-link-wrapper" href="{article_path(s)}" aria-label="{esc(s.title)}"></a></div></div></li></ul></div>'
        f'<div class="fusion-post-content-wrapper"><div class="fusion-post-content post-content"><h2 class="blog-shortcode-post-title">'
        f'<a href="{article_path(s)}">{esc(s.title)}</a></h2><p class="fusion-single-line-meta"><span>{_printed_date(s)}</span></p>'
        f'<div class="fusion-post-content-container"><p>{esc(_excerpt(s, 24)).replace("[&amp;hellip;]", "[&hellip;]")}</p></div></div></div></div></article>'
        for s in chunk
    )
    more = ""
    if page < last:
        more = (
            '<div class="fusion-load-more-button fusion-blog-button fusion-clearfix">Xem thêm bài viết</div>'
            '<div class="pagination infinite-scroll clearfix" style="display:none;">'
            + (f'<a class="pagination-prev" rel="prev" href="{"/" if page == 2 else f"/page/{page - 1}/"}">Trước</a>' if page > 1 else "")
            + f'<span class="current">{page}</span>'
            + f'<a class="pagination-next" rel="next" href="/page/{page + 1}/">Sau</a></div>'
        )
    blog = (
        '<div class="fusion-blog-shortcode fusion-blog-shortcode-1 fusion-blog-archive fusion-blog-layout-grid-wrapper fusion-blog-load-more">'
        f'<div class="fusion-posts-container fusion-blog-layout-grid fusion-blog-layout-grid-2 isotope fusion-blog-pagination" data-pages="{last}">'
        f"{posts}</div>{more}</div>"
    )
    notices = _post_cards(n, in_cat("thong-bao")[:3])
    research = _post_cards(n, [s for s in STORIES if s.cat == "nghien-cuu-trao-doi"][:3])
    portfolio = "".join(
        f'<article class="fusion-portfolio-post thu-vien-anh"><div class="fusion-portfolio-content-wrapper">'
        f'<div class="fusion-image-wrapper"><img src="{imgs[0]}" width="800" height="533" alt="" /></div>'
        f'<h2 class="entry-title fusion-post-title"><a href="/portfolio-items/{k}/">{esc(t)}</a></h2></div></article>'
        for k, (t, _d, imgs) in PORTFOLIO.items()
    )
    main = (
        (_container(n, "1_1", slider, " fusion-home-slider") if page == 1 else "")
        + _row(
            n,
            [
                ("2_3", _title(n, "Tin tức - Sự kiện") + blog),
                ("1_3", _title(n, '<a href="/chuyen-muc/thong-bao/">Thông báo</a>') + notices
                 + _title(n, '<a href="/chuyen-muc/nghien-cuu-trao-doi/">Nghiên cứu - Trao đổi</a>') + research
                 + _counter_widget()),
            ],
        )
        + _container(
            n, "1_1",
            _title(n, '<a href="/portfolio_category/thu-vien-anh/">Thư viện ảnh</a>')
            + f'<div class="fusion-recent-works fusion-portfolio-element fusion-portfolio fusion-portfolio-grid fusion-portfolio-2"><div class="fusion-portfolio-wrapper">{portfolio}</div></div>',
        )
    )
    main = f'<section id="content" class="full-width"><div id="post-2" class="post-2 page type-page status-publish hentry"><div class="post-content">{main}</div></div></section>'
    canonical = "/" if page == 1 else f"/page/{page}/"
    return _page(request, "Trang chủ", main, n=n, body_class="home page-template page-template-100-width page-template-100-width-php page page-id-2",
                 active="/", extra=f'<link rel="canonical" href="{base_url(request)}{canonical}" />')


# --- Avada pages, portfolio, FAQ, search -------------------------------------------------------


def _simple(request: Request, title: str, inner: str, path: str, body_class: str, trail=None) -> str:
    n = _Counter()
    main = f'<section id="content" class="full-width"><div class="post-content">{inner(n)}</div></section>'
    crumbs = _crumbs(*(trail or [(None, title)]))
    return _page(request, title, main, n=n, body_class=body_class, active=path, titlebar=_titlebar(title, crumbs),
                 extra=f'<link rel="canonical" href="{base_url(request)}{path}" />')


def _about(n: _Counter) -> str:
    tabs = [
        ("Lịch sử hình thành", "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành lập năm 1949 tại xã Tân Trào. Năm 2007, trường được đổi tên thành Trường Chính trị tỉnh Tuyên Quang."),
        ("Chức năng, nhiệm vụ", "Trường là cơ sở đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào tạo trung cấp lý luận chính trị; bồi dưỡng kiến thức quốc phòng và an ninh; nghiên cứu khoa học."),
        ("Cơ cấu tổ chức", "Ban Giám hiệu; 3 phòng: Tổ chức - Hành chính, Quản lý đào tạo, Quản lý khoa học; 4 khoa: Xây dựng Đảng, Lý luận cơ sở, Nhà nước và pháp luật, Dân vận."),
    ]
    heads = "".join(
        f'<li class="{"active" if i == 0 else ""}"><a class="tab-link" data-toggle="tab" id="fusion-tab-{i}" href="#tab-{i}">'
        f'<h4 class="fusion-tab-heading">{esc(t)}</h4></a></li>'
        for i, (t, _b) in enumerate(tabs)
    )
    panes = "".join(
        f'<div class="tab-pane fade fusion-clearfix{" in active" if i == 0 else ""}" role="tabpanel" id="tab-{i}"><p>{esc(b)}</p></div>'
        for i, (_t, b) in enumerate(tabs)
    )
    acc = [
        ("Tầm nhìn", "Đến năm 2030, trở thành trường chính trị chuẩn mức 1, trung tâm đào tạo, bồi dưỡng cán bộ có uy tín của khu vực miền núi phía Bắc."),
        ("Sứ mệnh", "Đào tạo, bồi dưỡng đội ngũ cán bộ có bản lĩnh chính trị vững vàng, phẩm chất đạo đức tốt, năng lực lãnh đạo, quản lý đáp ứng yêu cầu nhiệm vụ."),
        ("Giá trị cốt lõi", "Trung thành - Kỷ cương - Sáng tạo - Trách nhiệm."),
    ]
    panels = "".join(
        f'<div class="fusion-panel panel-default panel-{i}"><div class="panel-heading"><h4 class="panel-title toggle">'
        f'<a aria-expanded="false" aria-controls="acc-{i}" role="button" data-toggle="collapse" data-parent="#accordion-1" data-target="#acc-{i}" href="#acc-{i}">'
        f'<span class="fusion-toggle-icon-wrapper"><i class="fa-fusion-box"></i></span><span class="fusion-toggle-heading">{esc(t)}</span></a></h4></div>'
        f'<div id="acc-{i}" class="panel-collapse collapse"><div class="panel-body toggle-content fusion-clearfix"><p>{esc(b)}</p></div></div></div>'
        for i, (t, b) in enumerate(acc)
    )
    return _container(
        n, "1_1",
        f'<div class="fusion-tabs fusion-tabs-1 classic horizontal-tabs"><div class="nav"><ul class="nav-tabs nav-justified" role="tablist">{heads}</ul></div>'
        f'<div class="tab-content">{panes}</div></div>'
        + _separator()
        + f'<div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-right" id="accordion-1">{panels}</div></div>',
    )


LEADERS = [
    ("Đỗ Thị Thanh Hương", "ThS. - Hiệu trưởng", "hieu-truong"),
    ("Nguyễn Văn Quyết", "TS. - Phó Hiệu trưởng", "pho-hieu-truong-1"),
    ("Trần Thị Lan Anh", "ThS. - Phó Hiệu trưởng", "pho-hieu-truong-2"),
]


def _leaders(n: _Counter) -> str:
    people = "".join(
        f'<div class="fusion-layout-column fusion_builder_column_1_3 1_3"><div class="fusion-person person fusion-person-center fusion-person-{i + 1} fusion-person-icon-top">'
        f'<div class="person-shortcode-image-wrapper"><div class="person-image-container hover-type-none dropshadow person-rounded-overflow">'
        f'<img class="person-img img-responsive wp-image-{60 + i}" width="400" height="500" src="{UP}/2024/05/{slug}-400x500.jpg" alt="{esc(name)}" /></div></div>'
        f'<div class="person-desc"><div class="person-author"><div class="person-author-wrapper"><span class="person-name">{esc(name)}</span>'
        f'<span class="person-title">{esc(title)}</span></div></div><div class="person-content fusion-clearfix"></div></div></div></div>'
        for i, (name, title, slug) in enumerate(LEADERS)
    )
    return _container(n, "1_1", _title(n, "Ban Giám hiệu") + f'<div class="fusion-builder-row fusion-builder-row-inner fusion-row">{people}</div>')


def _contact(n: _Counter) -> str:
    form = (
        '<div class="fusion-form fusion-form-builder fusion-form-form-wrapper fusion-form-87" data-form-id="87" data-config="{}">'
        '<form action="/lien-he/" method="post" class="fusion-form fusion-form-87">'
        '<div class="fusion-form-field fusion-form-text-field"><div class="fusion-form-label-wrapper"><label for="ho_ten">Họ và tên <abbr class="fusion-form-element-required" title="required">*</abbr></label></div>'
        '<div class="fusion-form-input-with-icon"><input type="text" name="ho_ten" id="ho_ten" class="fusion-form-input" required="true" aria-required="true"/></div></div>'
        '<div class="fusion-form-field fusion-form-email-field"><div class="fusion-form-label-wrapper"><label for="email">Email</label></div>'
        '<input type="email" name="email" id="email" class="fusion-form-input"/></div>'
        '<div class="fusion-form-field fusion-form-textarea-field"><div class="fusion-form-label-wrapper"><label for="noi_dung">Nội dung</label></div>'
        '<textarea cols="40" rows="5" name="noi_dung" id="noi_dung" class="fusion-form-input"></textarea></div>'
        '<input type="hidden" name="fusion_privacy_store_ip_ua" value="false"><input type="hidden" name="fusion-form-nonce-87" value="a41c9e2b7d">'
        '<div class="fusion-form-field fusion-form-submit-field"><button type="submit" class="fusion-button button-flat fusion-button-default-size button-default fusion-form-submit-field-button" data-form-number="87">'
        '<span class="fusion-button-text">Gửi liên hệ</span></button></div></form>'
        '<div class="fusion-form-response fusion-form-response-success fusion-alert">Cảm ơn bạn đã gửi liên hệ.</div></div>'
    )
    info = _fusion_text(n, f"<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Hotline: {HOTLINE}</p><p>Email: {EMAIL}</p>", "")
    return _row(n, [("1_2", info), ("1_2", _title(n, "Gửi liên hệ cho chúng tôi", 3, "three") + form)])


def _portfolio_item(request: Request, key: str) -> str:
    title, when, imgs = PORTFOLIO[key]

    def inner(n: _Counter) -> str:
        gallery = "".join(
            f'<div class="fusion-gallery-column fusion-gallery-column-2 hover-type-zoomin"><div class="fusion-gallery-image">'
            f'<a href="{re.sub(r"-800x533", "", src)}" rel="noreferrer" data-rel="iLightbox[gallery_image_1]" class="fusion-lightbox">'
            f'<img src="{src}" width="800" height="533" alt="" class="img-responsive" /></a></div></div>'
            for src in imgs
        )
        details = (
            '<div class="project-info"><h3>Chi tiết</h3><div class="project-info-box"><h4>Danh mục:</h4><div class="project-terms">'
            '<a href="/portfolio_category/thu-vien-anh/" rel="tag">Thư viện ảnh</a></div></div>'
            f'<div class="project-info-box"><h4>Ngày:</h4><span>{when}</span></div></div>'
        )
        return _row(n, [("3_4", f'<div class="fusion-gallery fusion-gallery-container fusion-grid-2 fusion-columns-total-{len(imgs)}">{gallery}</div>'), ("1_4", details)])

    return _simple(request, title, inner, f"/portfolio-items/{key}/", f"avada_portfolio-template-default single single-avada_portfolio postid-{3000 + len(key)}",
                   trail=[("/portfolio_category/thu-vien-anh/", "Thư viện ảnh"), (None, title)])


def _portfolio_archive(request: Request) -> str:
    def inner(n: _Counter) -> str:
        cards = "".join(
            f'<article class="fusion-portfolio-post"><div class="fusion-portfolio-content-wrapper"><div class="fusion-image-wrapper">'
            f'<img src="{imgs[0]}" width="800" height="533" alt=""/></div><div class="fusion-portfolio-content">'
            f'<h2 class="entry-title fusion-post-title"><a href="/portfolio-items/{k}/">{esc(t)}</a></h2>'
            f'<div class="fusion-portfolio-meta">{when}</div></div></div></article>'
            for k, (t, when, imgs) in PORTFOLIO.items()
        )
        return _container(n, "1_1", f'<div class="fusion-portfolio fusion-portfolio-archive fusion-portfolio-layout-grid fusion-portfolio-three"><div class="fusion-portfolio-wrapper">{cards}</div></div>')

    return _simple(request, "Thư viện ảnh", inner, "/portfolio_category/thu-vien-anh/", "archive tax-portfolio_category term-thu-vien-anh")


def _faq_item(request: Request, key: str) -> str:
    title, answers = FAQS[key]

    def inner(n: _Counter) -> str:
        return _container(n, "1_1", _fusion_text(n, "".join(f"<p>{esc(a)}</p>" for a in answers), ""))

    return _simple(request, title, inner, f"/faq-items/{key}/", "avada_faq-template-default single single-avada_faq",
                   trail=[("/faq_category/tuyen-sinh-dao-tao/", "Hỏi đáp"), (None, title)])


def _faq_archive(request: Request) -> str:
    def inner(n: _Counter) -> str:
        panels = "".join(
            f'<div class="fusion-panel panel-default fusion-faq-post"><div class="panel-heading"><h4 class="panel-title toggle">'
            f'<a data-toggle="collapse" href="#faq-{i}"><span class="fusion-toggle-heading">{esc(t)}</span></a></h4></div>'
            f'<div id="faq-{i}" class="panel-collapse collapse"><div class="panel-body toggle-content post-content">'
            f'<p>{esc(a[0])}</p><a href="/faq-items/{k}/">Xem chi tiết</a></div></div></div>'
            for i, (k, (t, a)) in enumerate(FAQS.items())
        )
        return _container(n, "1_1", f'<div class="fusion-faqs-wrapper"><div class="accordian fusion-accordian"><div class="panel-group" id="accordian-faq">{panels}</div></div></div>')

    return _simple(request, "Hỏi đáp", inner, "/faq_category/tuyen-sinh-dao-tao/", "archive tax-faq_category term-tuyen-sinh-dao-tao")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    q = unquote_plus(request.params.get("s", "")).strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]

    def inner(n: _Counter) -> str:
        rows = "".join(
            f'<article class="fusion-post-medium post-{s.id} post"><h2 class="entry-title"><a href="{article_path(s)}">{esc(s.title)}</a></h2>'
            f'<p class="fusion-single-line-meta">{_printed_date(s)}</p><p>{esc(_excerpt(s, 20)).replace("[&amp;hellip;]", "[&hellip;]")}</p></article>'
            for s in hits
        ) or '<div class="post-content"><p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p></div>'
        return _container(n, "1_1", f'<div class="search-page-search-form">{_search_form(n)}</div><div id="posts-container" class="fusion-blog-archive">{rows}</div>')

    n = _Counter()
    heading = f"Kết quả tìm kiếm cho: {q}"
    main = f'<section id="content" class="full-width"><div class="post-content">{inner(n)}</div></section>'
    return _page(request, heading, main, n=n, body_class="search search-results", titlebar=_titlebar(heading, _crumbs((None, "Tìm kiếm"))),
                 extra="<meta name='robots' content='noindex, follow' />")


def _login() -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {esc(SITE)} &#8212; WordPress</title><meta name='robots' content='noindex, follow' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://vi.wordpress.org/">Được hỗ trợ bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label>
<input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" required="required" /></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="nav"><a href="/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p><p id="backtoblog"><a href="/">&larr; Quay lại {esc(SITE)}</a></p></div></body></html>"""


def _not_found(request: Request) -> Response:
    n = _Counter()
    recent = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in newest()[:5])
    inner = _row(
        n,
        [
            ("1_2", '<div class="error-message">Oops!</div><h2>Rất tiếc, không tìm thấy trang bạn yêu cầu!</h2>'),
            ("1_2", f'<h3>Bài viết mới</h3><ul class="error-menu">{recent}</ul>' + _search_form(n)),
        ],
    )
    main = f'<section id="content" class="full-width"><div id="post-404page"><div class="post-content">{inner}</div></div></section>'
    body = _page(request, "Không tìm thấy trang", main, n=n, body_class="error404",
                 titlebar=_titlebar("Không tìm thấy trang", _crumbs((None, "404"))))
    return html(body, status=404)


# --- feeds, sitemaps ---------------------------------------------------------------------------


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = newest()[:FEED_SIZE]
    entries = "".join(
        f"""
	<item>
		<title>{esc(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<comments>{base}{article_path(s)}#respond</comments>
		<dc:creator><![CDATA[admin]]></dc:creator>
		<pubDate>{format_datetime(_at(s))}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s, 40).replace("[&hellip;]", "[&#8230;]")}]]></description>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{esc(SITE)}</title>
	<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Cổng thông tin điện tử {esc(SITE)}</description>
	<lastBuildDate>{format_datetime(_at(items[0], "mod"))}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comments_feed(request: Request) -> Response:
    base = base_url(request)
    entries = "".join(
        f"<item><title>Bình luận về {esc(s.title)} bởi {esc(c[1])}</title><link>{base}{article_path(s)}#comment-{c[0]}</link>"
        f"<description><![CDATA[{c[3]}]]></description></item>"
        for s in newest()
        for c in s.opts.get("comments", [])
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Bình luận cho {esc(SITE)}</title><link>{base}</link>{entries}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


_XSL = '<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    head = '<?xml version="1.0" encoding="UTF-8"?>' + _XSL.format(base=base)
    if which == "index":
        subs = ["posts-post-1", "posts-page-1", "posts-avada_portfolio-1", "posts-avada_faq-1", "taxonomies-category-1", "users-1"]
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"<sitemap><loc>{base}/wp-sitemap-{s}.xml</loc></sitemap>" for s in subs
        ) + "</sitemapindex>"
    else:
        if which == "posts-post-1":
            urls = [(article_path(s), _at(s, "mod").isoformat()) for s in newest()]
        elif which == "posts-page-1":
            urls = [("/", None), *((p, None) for p in PAGES)]
        elif which == "posts-avada_portfolio-1":
            urls = [(f"/portfolio-items/{k}/", None) for k in PORTFOLIO]
        elif which == "posts-avada_faq-1":
            urls = [(f"/faq-items/{k}/", None) for k in FAQS]
        elif which == "taxonomies-category-1":
            urls = [(f"/chuyen-muc/{c}/", None) for c in CATS]
        elif which == "users-1":
            urls = [("/author/admin/", None)]
        else:
            return None
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + "".join(
            f"<url><loc>{base}{p}</loc>" + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>" for p, m in urls
        ) + "</urlset>"
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"


# --- routing ----------------------------------------------------------------------------------

_PAGED = re.compile(r"^(?P<base>/.*?/)(?:page/(?P<n>\d+)/)?$")


class WordPressAvadaSite:
    """WordPress's rewrite rules, in the order WP tries them, for this site's permalink structure."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                known = any(s.opts.get("pdf", ("",))[0] == path for s in STORIES)
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if known else _not_found(request)
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/wp-sitemap-([a-z_]+-[a-z_]+-\d+|users-1)\.xml", path):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path == "/feed/":
            return _feed(request)
        if path == "/comments/feed/":
            return _comments_feed(request)
        if path == "/wp-login.php":
            return html(_login())
        if path == "/" and "p" in request.params:
            story = _BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
            return redirect(article_path(story), 301) if story else _not_found(request)
        if path == "/" and "s" in request.params:
            return html(_search(request))
        if not path.endswith("/"):
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        page = self._page(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        m = _PAGED.match(path)
        base, num = (m.group("base"), int(m.group("n") or 1)) if m else (path, 1)
        if path == "/" or re.fullmatch(r"/page/\d+/", path):
            num = int(path.split("/")[2]) if path != "/" else 1
            return _home(request, num) if num > 1 or path == "/" else None
        if path in PAGES:
            title = PAGES[path]
            inner = {"/gioi-thieu/": _about, "/lanh-dao-nha-truong/": _leaders, "/lien-he/": _contact}[path]
            return _simple(request, title, inner, path, f"page-template-default page page-id-{10 + len(path)}")
        if path == "/portfolio_category/thu-vien-anh/":
            return _portfolio_archive(request)
        if path == "/faq_category/tuyen-sinh-dao-tao/":
            return _faq_archive(request)
        if mm := re.fullmatch(r"/portfolio-items/([a-z0-9-]+)/", path):
            return _portfolio_item(request, mm.group(1)) if mm.group(1) in PORTFOLIO else None
        if mm := re.fullmatch(r"/faq-items/([a-z0-9-]+)/", path):
            return _faq_item(request, mm.group(1)) if mm.group(1) in FAQS else None
        if mm := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/", base):
            slug = mm.group(1)
            if slug not in CATS:
                return None
            name = CATS[slug][1]
            return _archive(request, name, [(None, name)], in_cat(slug), base, num,
                            f"archive category category-{slug} category-{CATS[slug][0]}")
        if mm := re.fullmatch(r"/tag/([a-z0-9-]+)/", base):
            slug = mm.group(1)
            if slug not in TAGS:
                return None
            return _archive(request, f"Thẻ: {TAGS[slug]}", [(None, TAGS[slug])], in_tag(slug), base, num, f"archive tag tag-{slug}")
        if base == "/author/admin/":
            return _archive(request, "Tác giả: admin", [(None, "admin")], newest(), base, num, "archive author author-admin author-1")
        if mm := re.fullmatch(r"/(\d{4})/(\d{2})/(?:(\d{2})/)?", base):
            y, mo = int(mm.group(1)), int(mm.group(2))
            d = int(mm.group(3)) if mm.group(3) else None
            items = [s for s in newest() if (_at(s).year, _at(s).month) == (y, mo) and (d is None or _at(s).day == d)]
            heading = f"Ngày: {d:02d}/{mo:02d}/{y}" if d else f"Tháng: {mo}/{y}"
            return _archive(request, heading, [(None, heading)], items, base, num, "archive date", month=(y, mo))
        if mm := re.fullmatch(r"/([a-z0-9-]+)/([a-z0-9-]+)/", path):
            cat, slug = mm.groups()
            story = _BY_SLUG.get(slug)
            if story is None or cat not in CATS:
                return None
            if cat not in (story.cat, story.opts.get("also")):
                return redirect(article_path(story), 301)
            reply = request.params.get("replytocom", "")
            ids = [c[0] for c in story.opts.get("comments", [])]
            reply_to = int(reply) if reply.isdigit() and int(reply) in ids else None
            return _article(story, request, reply_to)
        return None


def build_site() -> WordPressAvadaSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WordPressAvadaSite()
