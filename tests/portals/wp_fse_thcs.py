"""Fixture portal: a lower-secondary school on WordPress 6.5 with a Vietnamese block theme (FSE).

Imitates "Trường THCS Lý Tự Trọng" (Hà Tĩnh) running WordPress 6.5 with a child of Twenty
Twenty-Four translated to Vietnamese: every template is blocks. What it serves:

- header and footer template parts (``wp-block-template-part``): site logo and title, the
  header clock "Thứ Tư, ngày 25/11/2026" (a shortcode paragraph, today, never a publication
  date), ``wp-block-navigation`` with a submenu, ``wp-block-search`` and a "Đăng nhập" link
  (``wp-block-loginout``); the footer holds the school's address and hotline,
  ``wp-block-latest-posts`` "Bài viết mới" with dates, ``wp-block-page-list``, a visitor counter
  ("Đang online / Hôm nay / Tổng lượt truy cập") and a copyright line;
- posts at date permalinks ``/2026/11/20/<slug>/``; ``/?p=ID`` answers 301 to the permalink;
  each post page prints Breadcrumb NavXT's trail, ``h1.wp-block-post-title``, a meta row
  (``wp-block-post-date`` with ``<time datetime>`` and the printed date "20 Tháng mười một,
  2026" (site format ``j F, Y``), "bởi" + ``wp-block-post-author-name`` linking the author
  archive, "trong" + ``wp-block-post-terms`` of the category), the featured image
  (``figure.wp-block-post-featured-image``, never a caption), a "Lượt xem" line (Post Views
  Counter), ``div.entry-content.wp-block-post-content`` with Gutenberg blocks (paragraphs,
  headings, ``wp-block-image`` + ``figcaption.wp-element-caption``, ``wp-block-gallery``,
  ``wp-block-columns`` text + image, ``wp-block-table``, ``wp-block-quote`` with ``cite``,
  ``wp-block-list``, ``wp-block-file`` with a "Tải xuống" button, a YouTube
  ``wp-block-embed``, ``wp-block-separator``, ``wp-block-buttons``), the tags
  (``wp-block-post-terms`` "Từ khóa:"), share and print links, previous/next links
  (``wp-block-post-navigation-link``), a "Bài viết liên quan" Query Loop (dated), and
  ``wp-block-comments`` (comment list with "Trả lời" links ``?replytocom=N#respond``, and the
  "Để lại bình luận" form posting to ``/wp-comments-post.php``);
- notices ("Thông báo") use the custom template ``single-thong-bao`` whose date block is
  formatted "Đăng lúc 07:30, 23/11/2026" (date and time printed);
- ``<head>`` as WordPress core writes it: ``rel=canonical`` (absolute permalink), ``shortlink``
  (``/?p=ID``), feed links, ``rel="https://api.w.org/"``, ``<link rel="alternate"
  type="application/json" href="/wp-json/wp/v2/posts/ID">``, oEmbed JSON and XML discovery
  links, ``EditURI`` (``/xmlrpc.php?rsd``);
- listings with the Query Loop block: the home page (four posts a page, ``?query-1-page=N``,
  "Trang trước" / numbers / "Trang sau") plus a "Thông báo" query box; category archives
  ``/chuyen-muc/<slug>/`` (three a page, "Tin tức" has three pages), tag archives ``/tag/<slug>/``,
  author archives ``/author/<nicename>/``, date archives ``/2026/``, ``/2026/11/``,
  ``/2026/11/20/``, the search page ``/?s=…``; a page past the last answers 200 with the
  query's "Không tìm thấy bài viết nào." (WordPress does not 404 a query block's own page);
- pages: Giới thiệu, its child Cơ cấu tổ chức, Tuyển sinh, Thư viện ảnh (a gallery), Liên hệ
  (a Contact Form 7 form); two attachment pages (``…/<post-slug>/<attachment-slug>/``) that
  content images link to; ``/feed/``, category and per-post comment feeds, ``/comments/feed/``;
  ``/wp-sitemap.xml`` (core sitemaps, announced in robots.txt); ``/wp-json/…`` answers JSON
  (posts with their full ``content.rendered``), oEmbed answers JSON/XML; ``/wp-login.php``.

Which pagination is linked: the pagination block prints ``?query-1-page=N`` links only, page 1
as the bare archive URL and "Trang trước" from page 2 as ``?query-1-page=1`` (the same list).
``/chuyen-muc/tin-tuc/page/2/`` and ``/page/3/`` also answer 200 (the main query has three posts a
page) but the non-inheriting Query Loop ignores ``paged``: they print page 1 again, and their
own pagination links add ``?query-1-page=N`` to them. Only the home page's "Xem thêm tin cũ »"
link (hand-made in the theme) points at ``/chuyen-muc/tin-tuc/page/2/``.

Traps and hard cases: the ``/page/N/`` repeats just described; ``?query-1-page=99`` soft-empty
pages; ``?replytocom=N`` repeats of two posts (canonical to the permalink; ``alt_paths``); the
wp-json / oEmbed documents (JSON carrying the article: refuse or ignore); ``?p=ID`` redirects;
attachment pages that look like a post (title, date, author, image) but are no article; the
comment list under posts (readers' words, not the article).

Gold (by hand). Articles are the posts; pages, attachments, listings, feeds and JSON are not.
Judgement calls:
- ``published_at``: the date block prints only the date for news posts, so gold is the date
  (the ``<time datetime>`` attribute's time is not printed); notices print "Đăng lúc HH:MM,
  DD/MM/YYYY", so gold carries the time with +07:00.
- authors: an in-text signature "Người viết: X" (or "Tin, ảnh: X") wins; when the text signs no
  writer, the theme's "bởi <display name>" is the printed byline and counts when it names a
  person or a school unit ("Ban Truyền thông", "Nguyễn Thị Thanh Hà"); the account "quantri"
  (the login name shown as display name) names nobody: authors empty.
- "Ảnh: Y" lines and "(Ảnh: Y)" at a caption's end give photographers; "Tin, ảnh: X" gives X in
  both lists; "Nguồn: …" is the source. These lines are not body text.
- summary: a bold first paragraph (the editors' sapo) is the summary and the body's first
  paragraph; posts without one have none (the listings' auto-excerpts are no summary).
- body: paragraphs, headings, list items, the quote's paragraphs and its ``cite`` line, the
  columns' text, table rows (cells joined " | ", header row included) in page order. Not body:
  captions, bylines, the file block (file name and "Tải xuống"), the button labels, the
  embed, the tags, the comments.
- images: the featured image first (caption None), then content images in order (gallery
  images each with their own figcaption or None, the columns' image); a caption is the
  figcaption as printed, "(Ảnh: …)" included. Gallery images without a figcaption have None.
- category: the post's category as the meta row and the breadcrumb print it.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_fse_thcs"
PLATFORM = "wordpress-fse"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
TAGLINE = "Dạy tốt - Học tốt - Rèn luyện tốt"
ADDRESS = "Số 18 đường Trần Phú, phường Thành Sen, tỉnh Hà Tĩnh"
HOTLINE = "0239 3 855 216"
EMAIL = "thcslytutrong@hatinh.edu.vn"
UP = "/wp-content/uploads/2026"
THEME = "/wp-content/themes/tt4-lytutrong"
HOME_PER_PAGE = 4
ARCHIVE_PER_PAGE = 3
FEED_SIZE = 10
MONTHS = (
    "Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy",
    "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai",
)

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (3, "Tin tức"),
    "thong-bao": (4, "Thông báo"),
    "hoat-dong-chuyen-mon": (5, "Hoạt động chuyên môn"),
}
TAGS: dict[str, str] = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "doi-thieu-nien": "Đội thiếu niên",
    "an-toan-truong-hoc": "An toàn trường học",
    "chuyen-de": "Chuyên đề",
    "lich-kiem-tra": "Lịch kiểm tra",
}
#: WordPress users: nicename -> display name
USERS: dict[str, str] = {
    "ban-truyen-thong": "Ban Truyền thông",
    "thanhha": "Nguyễn Thị Thanh Hà",
    "quantri": "quantri",
}


def _sign(label: str, name: str) -> Raw:
    return Raw(f'<p class="has-text-align-right"><strong>{esc(label)}</strong> {esc(name)}</p>')


def _ital(line: str) -> Raw:
    return Raw(f'<p class="has-text-align-right"><em>{esc(line)}</em></p>')


# opts: at (local publication "YYYY-MM-DD HH:MM"), user (USERS key), featured (upload path or
# None), tags, comments [(id, name, date, text)], attach (image index linked to its attachment
# page, attachment slug), notice (custom template printing the time).
# P styles: "" paragraph, lead (bold first paragraph), h2/h3, li, quote, cite, th/tr (cells " | "),
# col (paragraph in the columns' left column). Img styles: image, nocap (no figcaption), gallery,
# col (the columns' right column).
STORIES: list[Story] = [
    Story(
        id=415,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-23T07:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ I các môn đánh giá bằng điểm số đối với học sinh khối 6, 7, 8 và 9"
                " như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học"
                " sinh và đồ dùng học tập cần thiết; không mang điện thoại vào phòng kiểm tra."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh, nhắc nhở các"
                " em ôn tập nghiêm túc theo đề cương đã được các tổ chuyên môn phát hành."
            ),
            Raw(
                '<div class="wp-block-file"><a id="wp-block-file--media-7c1e" href="{base}'
                f'{UP}/11/Lich-KT-cuoi-HKI-2026-2027.pdf">Lich-KT-cuoi-HKI-2026-2027</a><a href='
                f'"{{base}}{UP}/11/Lich-KT-cuoi-HKI-2026-2027.pdf" class="wp-block-file__button'
                ' wp-element-button" download aria-describedby="wp-block-file--media-7c1e">Tải'
                " xuống</a></div>"
            ),
        ],
        opts={"at": "2026-11-23 07:30", "user": "quantri", "featured": None,
              "tags": ["lich-kiem-tra"], "notice": True},
    ),
    Story(
        id=412,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Lý Tự Trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Lý Tự Trọng long"
            " trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Lý Tự Trọng"
                " long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 –"
                " 20/11/2026).",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Thành Sen, Ban đại diện"
                " cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo"
                " viên, nhân viên và hơn 1.200 học sinh của nhà trường."
            ),
            Img(
                f"{UP}/11/le-ky-niem-20-11-1-1024x683.jpg",
                "Thầy giáo Nguyễn Văn Hùng, Hiệu trưởng nhà trường, ôn lại truyền thống ngày Nhà"
                " giáo Việt Nam",
                "Thầy giáo Nguyễn Văn Hùng, Hiệu trưởng nhà trường, ôn lại truyền thống ngày Nhà"
                " giáo Việt Nam",
                "image",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng điểm lại những kết quả nổi bật của nhà"
                " trường trong năm học vừa qua: tỷ lệ học sinh lớp 9 thi đỗ vào lớp 10 THPT công"
                " lập đạt 92,4%; 38 học sinh đạt giải học sinh giỏi cấp tỉnh; nhiều thầy cô đạt"
                " danh hiệu giáo viên dạy giỏi các cấp."
            ),
            P(
                "Nhân dịp này, thầy gửi lời tri ân sâu sắc tới các thế hệ nhà giáo đã dày công vun"
                " đắp cho mái trường:",
            ),
            P(
                "Mỗi thầy cô hôm nay đang tiếp nối một truyền thống đẹp. Hãy để mỗi giờ lên lớp là"
                " một giờ học hạnh phúc, để học sinh đến trường mỗi ngày là một ngày vui.",
                "quote",
            ),
            P("Thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường", "cite"),
            P("Một số hình ảnh tại buổi lễ:", "h3"),
            Img(
                f"{UP}/11/le-ky-niem-20-11-2-1024x683.jpg",
                "Học sinh lớp 8A tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh lớp 8A tặng hoa chúc mừng các thầy cô giáo",
                "gallery",
            ),
            Img(f"{UP}/11/le-ky-niem-20-11-3-1024x683.jpg", None, None, "gallery"),
            Img(
                f"{UP}/11/le-ky-niem-20-11-4-1024x683.jpg",
                "Tiết mục văn nghệ chào mừng của Câu lạc bộ Âm nhạc (Ảnh: Nguyễn Đức Minh)",
                "Tiết mục văn nghệ chào mừng của Câu lạc bộ Âm nhạc (Ảnh: Nguyễn Đức Minh)",
                "gallery",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các lớp dàn dựng, để lại"
                " nhiều cảm xúc cho thầy cô và các em học sinh."
            ),
            _sign("Người viết:", "Trần Thị Thu Hằng"),
            _ital("Ảnh: Nguyễn Đức Minh"),
        ],
        authors=["Trần Thị Thu Hằng"],
        photographers=["Nguyễn Đức Minh"],
        opts={
            "at": "2026-11-20 10:42", "user": "ban-truyen-thong",
            "featured": f"{UP}/11/le-ky-niem-20-11-dai-dien-1024x576.jpg",
            "tags": ["ngay-nha-giao"],
            "attach": (0, "le-ky-niem-20-11-1"),
            "comments": [
                (31, "Phụ huynh lớp 6B", "20 Tháng mười một, 2026 lúc 14:05",
                 "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và tâm huyết với nghề!"),
                (32, "Lê Thị Hoa", "20 Tháng mười một, 2026 lúc 19:31",
                 "Buổi lễ thật ý nghĩa. Cảm ơn nhà trường đã tổ chức chu đáo."),
            ],
        },
    ),
    Story(
        id=409,
        slug="chuyen-de-day-hoc-ngu-van-9-theo-huong-phat-trien-nang-luc",
        title="Chuyên đề dạy học môn Ngữ văn 9 theo hướng phát triển năng lực học sinh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn học kỳ I, chiều 16/11/2026, Tổ Khoa học"
                " xã hội tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận trong chương trình"
                " Ngữ văn 9 theo hướng phát triển năng lực”."
            ),
            P("Tiết dạy minh họa", "h2"),
            P(
                "Cô giáo Phan Thị Lệ Thủy thực hiện tiết dạy minh họa tại lớp 9C. Tiết học được"
                " thiết kế theo chuỗi hoạt động: khởi động, khám phá văn bản, luyện tập và vận"
                " dụng, trong đó học sinh làm việc nhóm với phiếu học tập và trình bày sản phẩm"
                " bằng sơ đồ tư duy.",
                "col",
            ),
            P(
                "Học sinh chủ động, tự tin tranh luận; nhiều em đưa ra được dẫn chứng từ đời sống"
                " để làm sáng tỏ luận điểm của văn bản.",
                "col",
            ),
            Img(
                f"{UP}/11/chuyen-de-ngu-van-9-1-768x1024.jpg",
                "Học sinh lớp 9C trình bày sản phẩm nhóm",
                "Học sinh lớp 9C trình bày sản phẩm nhóm",
                "col",
            ),
            P("Thảo luận, rút kinh nghiệm", "h2"),
            P(
                "Sau tiết dạy, các thầy cô trong tổ thảo luận về cách thiết kế câu hỏi đọc hiểu"
                " theo mức độ, cách tổ chức cho học sinh tự đánh giá và đánh giá lẫn nhau."
            ),
            P("Thống nhất sử dụng bảng kiểm đánh giá kĩ năng trình bày của học sinh.", "li"),
            P("Tăng cường các văn bản ngoài sách giáo khoa có cùng kiểu loại.", "li"),
            P("Mỗi giáo viên trong tổ đăng ký ít nhất một tiết dạy áp dụng chuyên đề.", "li"),
            Img(f"{UP}/11/chuyen-de-ngu-van-9-2-1024x683.jpg", None, None, "nocap"),
            _sign("Người viết:", "Tổ Khoa học xã hội"),
        ],
        authors=["Tổ Khoa học xã hội"],
        opts={
            "at": "2026-11-17 09:05", "user": "thanhha", "featured": None,
            "tags": ["chuyen-de"],
        },
    ),
    Story(
        id=405,
        slug="hoc-sinh-dat-12-giai-ky-thi-chon-hoc-sinh-gioi-cap-thanh-pho",
        title="Học sinh nhà trường đạt 12 giải tại Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-11-14",
        blocks=[
            P(
                "Tại Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026 – 2027 diễn ra ngày"
                " 8/11/2026, đội tuyển của Trường THCS Lý Tự Trọng đạt 12 giải, trong đó có 2 giải"
                " Nhất, 4 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
            ),
            P("Một số học sinh đạt giải cao:"),
            P("Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("Nguyễn Bảo Châu | 9A | Toán | Nhất", "tr"),
            P("Trần Minh Đức | 9B | Tin học | Nhất", "tr"),
            P("Lê Thị Khánh Linh | 9A | Ngữ văn | Nhì", "tr"),
            P("Võ Hoàng Nam | 9C | Khoa học tự nhiên | Nhì", "tr"),
            Img(
                f"{UP}/11/hsg-cap-tinh-2026-1024x683.jpg",
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải (Ảnh: Nguyễn Đức Minh)",
                "Ban Giám hiệu chúc mừng các em học sinh đạt giải (Ảnh: Nguyễn Đức Minh)",
                "image",
            ),
            P(
                "Kết quả trên tiếp tục khẳng định chất lượng mũi nhọn của nhà trường, là niềm"
                " động viên lớn đối với thầy cô và các em học sinh trước Kỳ thi tuyển sinh vào lớp"
                " 10 sắp tới."
            ),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Nguyễn Đức Minh"],
        opts={
            "at": "2026-11-14 16:20", "user": "ban-truyen-thong",
            "featured": f"{UP}/11/hsg-cap-tinh-2026-dai-dien-1024x576.jpg",
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=402,
        slug="thong-bao-thu-cac-khoan-thu-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo các khoản thu theo quy định học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-10T16:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Nghị quyết của HĐND tỉnh về mức thu học phí và các khoản thu dịch vụ"
                " phục vụ hoạt động giáo dục, nhà trường thông báo đến cha mẹ học sinh các khoản"
                " thu học kỳ I như sau:"
            ),
            P("Học phí: miễn 100% theo quy định.", "li"),
            P("Bảo hiểm y tế học sinh: thu theo mức của Bảo hiểm xã hội tỉnh.", "li"),
            P("Nước uống tinh khiết: 10.000 đồng/tháng.", "li"),
            P(
                "Cha mẹ học sinh nộp qua tài khoản của nhà trường hoặc ứng dụng thanh toán không"
                " dùng tiền mặt trước ngày 30/11/2026. Mọi thắc mắc xin liên hệ bộ phận kế toán"
                " nhà trường trong giờ hành chính."
            ),
            Raw(
                '<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">'
                '<div class="wp-block-button"><a class="wp-block-button__link wp-element-button"'
                ' href="{base}/lien-he/">Liên hệ bộ phận kế toán</a></div></div>'
            ),
        ],
        authors=["Nguyễn Thị Thanh Hà"],
        opts={"at": "2026-11-10 16:45", "user": "thanhha", "featured": None,
              "tags": [], "notice": True},
    ),
    Story(
        id=398,
        slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-11-07",
        summary=(
            "Từ ngày 3 đến 6/11/2026, hơn 600 học sinh của 28 lớp tham gia tranh tài ở 6 môn"
            " thi đấu tại Hội khỏe Phù Đổng cấp trường."
        ),
        blocks=[
            P(
                "Từ ngày 3 đến 6/11/2026, hơn 600 học sinh của 28 lớp tham gia tranh tài ở 6 môn"
                " thi đấu tại Hội khỏe Phù Đổng cấp trường.",
                "lead",
            ),
            P(
                "Các nội dung thi đấu gồm: bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua, điền"
                " kinh và kéo co. Trận chung kết bóng đá nam giữa lớp 9A và 8D diễn ra hấp dẫn,"
                " kịch tính đến những phút cuối cùng.",
                "col",
            ),
            Img(
                f"{UP}/11/hkpd-2026-bong-da-1024x683.jpg",
                "Trận chung kết bóng đá nam giữa lớp 9A và lớp 8D",
                "Trận chung kết bóng đá nam giữa lớp 9A và lớp 8D",
                "col",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức trao 42 huy chương các loại cho các vận động viên"
                " xuất sắc; lớp 9A giành giải Nhất toàn đoàn. Nhà trường sẽ chọn những em có"
                " thành tích cao nhất vào đội tuyển tham gia Hội khỏe Phù Đổng cấp tỉnh."
            ),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-'
                'youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__'
                'wrapper"><iframe title="Hội khỏe Phù Đổng THCS Lý Tự Trọng 2026" width="800"'
                ' height="450" src="https://www.youtube.com/embed/Xq3vKc2Lt8A?feature=oembed"'
                ' frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media;'
                ' gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-'
                'cross-origin" allowfullscreen></iframe></div></figure>'
            ),
            _sign("Tin, ảnh:", "Lê Văn Sơn"),
        ],
        authors=["Lê Văn Sơn"],
        photographers=["Lê Văn Sơn"],
        opts={
            "at": "2026-11-07 15:10", "user": "ban-truyen-thong",
            "featured": f"{UP}/11/hkpd-2026-dai-dien-1024x576.jpg",
            "tags": ["doi-thieu-nien"],
        },
    ),
    Story(
        id=391,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        cat="tin-tuc",
        published_at="2026-10-28",
        blocks=[
            P(
                "Nhằm trang bị kiến thức, kỹ năng phòng tránh đuối nước trong mùa mưa lũ, ngày"
                " 27/10/2026, Trung tâm Y tế thành phố phối hợp với nhà trường tổ chức buổi tuyên"
                " truyền cho gần 300 học sinh khối 6."
            ),
            P(
                "Các bác sĩ đã hướng dẫn học sinh nhận biết những nơi nguy hiểm như ao, hồ, sông,"
                " suối, hố công trình; cách xử lý khi gặp người bị đuối nước và kỹ thuật sơ cứu ban"
                " đầu đúng cách."
            ),
            Img(
                f"{UP}/10/tuyen-truyen-duoi-nuoc-1024x683.jpg",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ y tế",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ y tế",
                "image",
            ),
            Raw('<hr class="wp-block-separator has-alpha-channel-opacity"/>'),
            P(
                "Nhà trường đề nghị cha mẹ học sinh tăng cường quản lý con em, không để các em tự"
                " ý đi bơi, tắm ở những nơi không có người lớn đi kèm."
            ),
            _ital("Nguồn: Trung tâm Y tế thành phố Hà Tĩnh"),
        ],
        source="Trung tâm Y tế thành phố Hà Tĩnh",
        opts={
            "at": "2026-10-28 08:30", "user": "quantri",
            "featured": f"{UP}/10/tuyen-truyen-duoi-nuoc-dai-dien-1024x576.jpg",
            "tags": ["an-toan-truong-hoc"],
        },
    ),
    Story(
        id=388,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường: lan tỏa tinh thần đổi mới phương pháp",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22",
        summary=(
            "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 thu hút 24 thầy cô"
            " tham gia với 48 tiết dạy thuộc 11 môn học và hoạt động giáo dục."
        ),
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027 thu hút 24 thầy cô"
                " tham gia với 48 tiết dạy thuộc 11 môn học và hoạt động giáo dục.",
                "lead",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy và trình bày một biện pháp nâng cao"
                " chất lượng giảng dạy. Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin, học"
                " liệu số và các kĩ thuật dạy học tích cực."
            ),
            Img(
                f"{UP}/10/gvdg-cap-truong-1-1024x683.jpg",
                "Cô giáo Hồ Thị Minh Nguyệt trong tiết dạy môn Khoa học tự nhiên lớp 7",
                "Cô giáo Hồ Thị Minh Nguyệt trong tiết dạy môn Khoa học tự nhiên lớp 7",
                "image",
            ),
            P(
                "Kết quả, 18 thầy cô đạt danh hiệu giáo viên dạy giỏi cấp trường; 6 thầy cô được"
                " chọn tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            _sign("Người viết:", "Đặng Minh Tuấn"),
            _ital("Nguồn: Báo Hà Tĩnh"),
        ],
        authors=["Đặng Minh Tuấn"],
        source="Báo Hà Tĩnh",
        opts={
            "at": "2026-10-22 11:00", "user": "thanhha", "featured": None, "tags": ["chuyen-de"],
        },
    ),
    Story(
        id=386,
        slug="thong-bao-nghi-hoc-phong-tranh-bao-so-9",
        title="Thông báo cho học sinh nghỉ học để phòng tránh bão số 9",
        cat="thong-bao",
        published_at="2026-10-21T14:20:00+07:00",
        blocks=[
            P(
                "Thực hiện công điện của UBND tỉnh về việc ứng phó với bão số 9, nhà trường thông"
                " báo cho toàn thể học sinh nghỉ học ngày 22 và 23/10/2026."
            ),
            P(
                "Giáo viên chủ nhiệm giao nhiệm vụ ôn tập cho học sinh qua nhóm lớp; cán bộ, giáo"
                " viên, nhân viên trực theo phân công của Ban Giám hiệu, kiểm tra, chằng chống cơ"
                " sở vật chất trước khi bão đổ bộ."
            ),
            P("Lịch học trở lại sẽ được thông báo trên trang thông tin điện tử của nhà trường."),
        ],
        authors=["Ban Truyền thông"],
        opts={"at": "2026-10-21 14:20", "user": "ban-truyen-thong", "featured": None,
              "tags": ["an-toan-truong-hoc"], "notice": True},
    ),
    Story(
        id=384,
        slug="lien-doi-to-chuc-ngay-hoi-doc-sach",
        title="Liên đội tổ chức Ngày hội đọc sách “Sách – Người bạn đồng hành”",
        cat="tin-tuc",
        published_at="2026-10-15",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 14/10/2026, Liên"
                " đội Trường THCS Lý Tự Trọng tổ chức Ngày hội đọc sách với chủ đề “Sách – Người"
                " bạn đồng hành”."
            ),
            P("Gian trưng bày sách của các chi đội", "h3"),
            P(
                "Mỗi chi đội trang trí một gian sách theo chủ đề tự chọn, giới thiệu những cuốn"
                " sách hay về quê hương Hà Tĩnh, về các anh hùng dân tộc và về khoa học."
            ),
            Img(f"{UP}/10/ngay-hoi-doc-sach-1-1024x683.jpg", None, None, "nocap"),
            Img(f"{UP}/10/ngay-hoi-doc-sach-2-1024x683.jpg", None, None, "nocap"),
            P("Cuộc thi kể chuyện theo sách", "h3"),
            P(
                "Phần thi kể chuyện theo sách thu hút 28 thí sinh. Em Phạm Ngọc Diệp, lớp 7B,"
                " giành giải Nhất với câu chuyện về người anh hùng Lý Tự Trọng."
            ),
            _sign("Người viết:", "Hoàng Thị Ngọc Ánh"),
        ],
        authors=["Hoàng Thị Ngọc Ánh"],
        opts={
            "at": "2026-10-15 17:45", "user": "ban-truyen-thong",
            "featured": f"{UP}/10/ngay-hoi-doc-sach-dai-dien-1024x576.jpg",
            "tags": ["doi-thieu-nien"],
            "attach": (0, "ngay-hoi-doc-sach-1"),
        },
    ),
    Story(
        id=377,
        slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-30",
        blocks=[
            P(
                "Ngày 28/9/2026, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 –"
                " 2027 với sự tham dự của đại diện cha mẹ học sinh 28 lớp."
            ),
            P("Hội nghị đã thống nhất một số nội dung chính:"),
            P("Kế hoạch giáo dục và các chỉ tiêu phấn đấu của năm học.", "li"),
            P("Quy định về đồng phục, nền nếp và an toàn giao thông của học sinh.", "li"),
            P("Kiện toàn Ban đại diện cha mẹ học sinh nhiệm kỳ 2026 – 2027.", "li"),
            Img(
                f"{UP}/09/hoi-nghi-cmhs-2026-1024x683.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "image",
            ),
            P(
                "Ông Trần Quốc Bảo được hội nghị tín nhiệm bầu làm Trưởng ban đại diện cha mẹ học"
                " sinh nhà trường năm học 2026 – 2027."
            ),
        ],
        authors=["Nguyễn Thị Thanh Hà"],
        opts={
            "at": "2026-09-30 10:15", "user": "thanhha",
            "featured": f"{UP}/09/hoi-nghi-cmhs-2026-dai-dien-1024x576.jpg", "tags": [],
            "comments": [
                (18, "Trần Văn Quang", "1 Tháng mười, 2026 lúc 06:50",
                 "Đề nghị nhà trường sớm gửi kế hoạch đến các lớp để phụ huynh nắm rõ."),
            ],
        },
    ),
    Story(
        id=365,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học mới 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 5/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS Lý"
                " Tự Trọng hân hoan tổ chức Lễ khai giảng năm học mới 2026 – 2027."
            ),
            P(
                "Năm học này, nhà trường đón 312 học sinh lớp 6, nâng tổng số học sinh toàn trường"
                " lên 1.214 em với 28 lớp. Đội ngũ gồm 62 cán bộ, giáo viên, nhân viên, trong đó"
                " 100% giáo viên đạt chuẩn và trên chuẩn."
            ),
            Img(
                f"{UP}/09/khai-giang-2026-1-1024x683.jpg",
                "Học sinh lớp 6 bước vào lễ khai giảng đầu tiên ở mái trường THCS",
                "Học sinh lớp 6 bước vào lễ khai giảng đầu tiên ở mái trường THCS",
                "gallery",
            ),
            Img(
                f"{UP}/09/khai-giang-2026-2-1024x683.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng",
                "Thầy Hiệu trưởng đánh trống khai giảng",
                "gallery",
            ),
            P(
                "Hồi trống khai trường vang lên, mở đầu một năm học mới với nhiều kỳ vọng. Nhà"
                " trường phấn đấu giữ vững danh hiệu trường đạt chuẩn quốc gia mức độ 2 và"
                " tập thể lao động xuất sắc."
            ),
            _ital("Ảnh: Phạm Quốc Việt"),
        ],
        authors=["Ban Truyền thông"],
        photographers=["Phạm Quốc Việt"],
        opts={
            "at": "2026-09-05 11:30", "user": "ban-truyen-thong",
            "featured": f"{UP}/09/khai-giang-2026-dai-dien-1024x576.jpg", "tags": [],
        },
    ),
    Story(
        id=361,
        slug="tap-huan-chuong-trinh-giao-duc-pho-thong-2018-mon-tin-hoc",
        title="Tập huấn sử dụng học liệu số môn Tin học cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-26",
        blocks=[
            P(
                "Trong hai ngày 24 và 25/8/2026, 14 giáo viên Tin học và Công nghệ của nhà trường"
                " tham gia lớp tập huấn sử dụng học liệu số và phần mềm lập trình trực quan."
            ),
            P(
                "Các thầy cô được hướng dẫn xây dựng bài giảng điện tử, thiết kế bài tập lập trình"
                " Scratch và Python cho học sinh, cách quản lý lớp học trên hệ thống học tập trực"
                " tuyến của ngành."
            ),
            Img(
                f"{UP}/08/tap-huan-tin-hoc-1024x683.jpg",
                "Giáo viên thực hành thiết kế bài giảng tại phòng máy",
                "Giáo viên thực hành thiết kế bài giảng tại phòng máy",
                "image",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên xây dựng ít nhất hai bài giảng điện tử để chia sẻ"
                " trong kho học liệu chung của tổ chuyên môn."
            ),
        ],
        opts={
            "at": "2026-08-26 15:40", "user": "quantri",
            "featured": f"{UP}/08/tap-huan-tin-hoc-dai-dien-1024x576.jpg", "tags": ["chuyen-de"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


LATEST: list[Story] = sorted(STORIES, key=_when, reverse=True)


def article_path(s: Story) -> str:
    d = _when(s)
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{s.slug}/"


def gold_images(s: Story) -> list[Img]:
    lead = [Img(s.opts["featured"], None, None, "featured")] if s.opts["featured"] else []
    return lead + s.images


def _gold(s: Story) -> dict:
    # the featured image is printed before the content: it is the first gold image
    lead = gold_images(s)[: 1 if s.opts["featured"] else 0]
    clone = Story(**{**s.__dict__, "blocks": [*lead, *s.blocks]})
    alts = [f"{article_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return gold_record(clone, article_path(s), CATS[s.cat][1], alt_paths=alts)


GOLD: list[dict] = [_gold(s) for s in LATEST]

#: static pages: path -> (id, title, parent path or None)
PAGES: dict[str, tuple[int, str]] = {
    "/gioi-thieu/": (12, "Giới thiệu"),
    "/gioi-thieu/co-cau-to-chuc/": (14, "Cơ cấu tổ chức"),
    "/tuyen-sinh/": (16, "Tuyển sinh"),
    "/thu-vien-anh/": (18, "Thư viện ảnh"),
    "/lien-he/": (20, "Liên hệ"),
}


def attachment_path(s: Story) -> str | None:
    if "attach" not in s.opts:
        return None
    return article_path(s) + s.opts["attach"][1] + "/"


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if s.cat == cat]


def with_tag(tag: str) -> list[Story]:
    return [s for s in LATEST if tag in s.opts["tags"]]


def by_user(user: str) -> list[Story]:
    return [s for s in LATEST if s.opts["user"] == user]


NON_ARTICLES: list[str] = [
    "/",
    *(f"/?query-1-page={n}" for n in range(2, _pages(len(LATEST), HOME_PER_PAGE) + 1)),
    *(f"/chuyen-muc/{c}/" for c in CATS),
    *(
        f"/chuyen-muc/{c}/?query-1-page={n}"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), ARCHIVE_PER_PAGE) + 1)
    ),
    "/chuyen-muc/tin-tuc/page/2/",
    *PAGES,
    *(p for s in STORIES if (p := attachment_path(s))),
    *(f"/tag/{t}/" for t in TAGS),
    *(f"/author/{u}/" for u in USERS),
    *(f"/2026/{m:02d}/" for m in (8, 9, 10, 11)),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str) -> str:
    return esc(value)


def _vn_date(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _sized(src: str, b: str) -> str:
    """WordPress's <img> with a srcset of the sizes it generated."""
    stem = re.sub(r"-\d+x\d+\.jpg$", "", src)
    w, h = re.search(r"-(\d+)x(\d+)\.jpg$", src).groups()
    return (
        f'src="{b}{src}" width="{w}" height="{h}" srcset="{b}{src} {w}w, {b}{stem}-300x200.jpg'
        f' 300w, {b}{stem}-768x512.jpg 768w, {b}{stem}.jpg 1600w" sizes="(max-width: {w}px) 100vw,'
        f' {w}px"'
    )


def _figure(img: Img, b: str, n: int, href: str | None = None) -> str:
    tag = f'<img decoding="async" {_sized(img.src, b)} alt="" class="wp-image-{n}"/>'
    if href:
        tag = f'<a href="{b}{href}">{tag}</a>'
    cap = (
        f'<figcaption class="wp-element-caption">{_t(img.printed)}</figcaption>'
        if img.printed
        else ""
    )
    return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'


def _group_of(block: object) -> str | None:
    if isinstance(block, P):
        return {"li": "list", "quote": "quote", "cite": "quote", "th": "table", "tr": "table",
                "col": "cols"}.get(block.style)
    if isinstance(block, Img):
        return {"gallery": "gallery", "col": "cols"}.get(block.style)
    return None


def _content(s: Story, b: str) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    n = 900 + s.id
    attach = s.opts.get("attach")
    img_index = 0
    while i < len(blocks):
        block = blocks[i]
        group = _group_of(block)
        if group:
            j = i
            while j < len(blocks) and _group_of(blocks[j]) == group:
                j += 1
            run = blocks[i:j]
            i = j
            if group == "list":
                items = "".join(f"<li>{_t(p.text)}</li>" for p in run)
                out.append(f'<ul class="wp-block-list">{items}</ul>')
            elif group == "quote":
                inner = "".join(
                    f"<cite>{_t(p.text)}</cite>" if p.style == "cite" else f"<p>{_t(p.text)}</p>"
                    for p in run
                )
                out.append(f'<blockquote class="wp-block-quote">{inner}</blockquote>')
            elif group == "table":
                head = [p for p in run if p.style == "th"]
                rows = [p for p in run if p.style == "tr"]
                thead = "".join(
                    "<tr>" + "".join(f"<th>{_t(c)}</th>" for c in p.text.split(" | ")) + "</tr>"
                    for p in head
                )
                tbody = "".join(
                    "<tr>" + "".join(f"<td>{_t(c)}</td>" for c in p.text.split(" | ")) + "</tr>"
                    for p in rows
                )
                out.append(
                    '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-'
                    f'layout"><thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>'
                )
            elif group == "gallery":
                figs = []
                for img in run:
                    n += 1
                    img_index += 1
                    figs.append(_figure(img, b, n))
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-default is-'
                    f'cropped wp-block-gallery-is-layout-flex">{"".join(figs)}</figure>'
                )
            else:  # columns: text left, image right
                left = "".join(f"<p>{_t(p.text)}</p>" for p in run if isinstance(p, P))
                right = ""
                for img in run:
                    if isinstance(img, Img):
                        n += 1
                        img_index += 1
                        right += _figure(img, b, n)
                out.append(
                    '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-'
                    'layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-'
                    f'layout-flow" style="flex-basis:60%">{left}</div><div class="wp-block-column'
                    f' is-layout-flow" style="flex-basis:40%">{right}</div></div>'
                )
            continue
        i += 1
        if isinstance(block, P):
            if block.style in ("h2", "h3"):
                out.append(f'<{block.style} class="wp-block-heading">{_t(block.text)}</{block.style}>')
            elif block.style == "lead":
                out.append(f"<p><strong>{_t(block.text)}</strong></p>")
            else:
                out.append(f"<p>{_t(block.text)}</p>")
        elif isinstance(block, Img):
            n += 1
            href = attachment_path(s) if attach and attach[0] == img_index else None
            img_index += 1
            out.append(_figure(block, b, n, href))
        else:
            out.append(block.html.replace("{base}", b))
    return "\n\n".join(out)


def _head(title: str, b: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{_t(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{b}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' media='all' />
<link rel='stylesheet' id='tt4-lytutrong-style-css' href='{b}{THEME}/style.css?ver=1.2' media='all' />
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.5" />
{extra}<link rel="icon" href="{b}{UP}/01/logo-lytutrong-32x32.png" sizes="32x32" />
</head>"""


def _nav(b: str) -> str:
    return f"""<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu chính">
<button aria-haspopup="dialog" aria-label="Mở menu" class="wp-block-navigation__responsive-container-open">Menu</button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close">
<ul class="wp-block-navigation__container wp-block-navigation">
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/"><span class="wp-block-navigation-item__label">Trang chủ</span></a></li>
<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="{b}/gioi-thieu/">Giới thiệu</a><button aria-label="Menu con Giới thiệu" class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" aria-expanded="false"></button>
<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/gioi-thieu/co-cau-to-chuc/"><span class="wp-block-navigation-item__label">Cơ cấu tổ chức</span></a></li>
</ul></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/chuyen-muc/tin-tuc/"><span class="wp-block-navigation-item__label">Tin tức</span></a></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/chuyen-muc/thong-bao/"><span class="wp-block-navigation-item__label">Thông báo</span></a></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/chuyen-muc/hoat-dong-chuyen-mon/"><span class="wp-block-navigation-item__label">Chuyên môn</span></a></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/tuyen-sinh/"><span class="wp-block-navigation-item__label">Tuyển sinh</span></a></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/thu-vien-anh/"><span class="wp-block-navigation-item__label">Thư viện ảnh</span></a></li>
<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{b}/lien-he/"><span class="wp-block-navigation-item__label">Liên hệ</span></a></li>
</ul></div></div></nav>"""


def _search_form(b: str, value: str = "") -> str:
    return (
        f'<form role="search" method="get" action="{b}/" class="wp-block-search__button-outside'
        ' wp-block-search__icon-button wp-block-search"><label class="wp-block-search__label'
        ' screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-'
        'block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search'
        f'__input-1" placeholder="Tìm kiếm..." value="{esc(value)}" type="search" name="s"'
        ' required /><button aria-label="Tìm kiếm" class="wp-block-search__button has-icon'
        ' wp-element-button" type="submit"><svg class="search-icon" viewBox="0 0 24 24"'
        ' width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8'
        ' 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5z"></path>'
        "</svg></button></div></form>"
    )


def _header(b: str) -> str:
    return f"""<header class="wp-block-template-part">
<div class="wp-block-group has-primary-background-color has-background is-layout-flex" style="padding-top:6px;padding-bottom:6px">
<p class="has-small-font-size ngay-hom-nay">{TODAY}</p>
<p class="has-small-font-size">Đường dây nóng: <a href="tel:{HOTLINE.replace(' ', '')}">{HOTLINE}</a></p>
<div class="wp-block-loginout"><a href="{b}/wp-login.php?redirect_to={quote(b + '/', safe='')}">Đăng nhập</a></div>
</div>
<div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex">
<div class="is-default-size wp-block-site-logo"><a href="{b}/" class="custom-logo-link" rel="home"><img width="80" height="80" src="{b}{UP}/01/logo-lytutrong.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></div>
<div class="wp-block-group is-layout-flow"><p class="wp-block-site-title"><a href="{b}" target="_self" rel="home">{SITE}</a></p>
<p class="wp-block-site-tagline">{TAGLINE}</p></div>
{_search_form(b)}
</div>
<div class="wp-block-group alignfull has-secondary-background-color is-layout-constrained">{_nav(b)}</div>
</header>"""


def _latest_posts(b: str) -> str:
    items = "".join(
        f'<li><a class="wp-block-latest-posts__post-title" href="{b}{article_path(s)}">'
        f'{_t(s.title)}</a><time datetime="{_iso(_when(s))}" class="wp-block-latest-posts__post-'
        f'date">{_vn_date(_when(s))}</time></li>'
        for s in LATEST[:5]
    )
    return f'<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{items}</ul>'


def _page_list(b: str) -> str:
    return (
        '<ul class="wp-block-page-list">'
        f'<li class="wp-block-pages-list__item has-child"><a class="wp-block-pages-list__item__link"'
        f' href="{b}/gioi-thieu/">Giới thiệu</a><ul class="wp-block-navigation__submenu-container">'
        f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="'
        f'{b}/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="'
        f'{b}/lien-he/">Liên hệ</a></li>'
        f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="'
        f'{b}/thu-vien-anh/">Thư viện ảnh</a></li>'
        f'<li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="'
        f'{b}/tuyen-sinh/">Tuyển sinh</a></li></ul>'
    )


def _footer(b: str) -> str:
    return f"""<footer class="wp-block-template-part">
<div class="wp-block-group alignfull has-base-2-background-color is-layout-constrained">
<div class="wp-block-columns alignwide is-layout-flex">
<div class="wp-block-column is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">{SITE}</h2>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {HOTLINE} – Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hùng – Hiệu trưởng</p>
</div>
<div class="wp-block-column is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Bài viết mới</h2>
{_latest_posts(b)}
</div>
<div class="wp-block-column is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Trang</h2>
{_page_list(b)}
<h2 class="wp-block-heading has-medium-font-size">Thống kê truy cập</h2>
<div class="thong-ke-truy-cap"><p>Đang online: 14</p><p>Hôm nay: 386</p><p>Hôm qua: 512</p><p>Tổng lượt truy cập: 1.204.338</p></div>
</div>
</div>
<div class="wp-block-group alignwide is-layout-flex"><p class="has-small-font-size">Bản quyền © 2026 {SITE}. Vận hành bởi <a href="https://vi.wordpress.org" rel="nofollow">WordPress</a></p></div>
</div>
</footer>"""


def _archives_list(b: str) -> str:
    """wp-block-archives: one link per month that has posts, newest first, with counts."""
    months: dict[tuple[int, int], int] = {}
    for st in LATEST:
        key = (_when(st).year, _when(st).month)
        months[key] = months.get(key, 0) + 1
    items = "".join(
        f'<li><a href="{b}/{y}/{m:02d}/">{MONTHS[m - 1]} {y}</a>&nbsp;({n})</li>'
        for (y, m), n in months.items()
    )
    return f'<ul class="wp-block-archives-list wp-block-archives">{items}</ul>'


def _banners(b: str) -> str:
    return f"""<aside class="wp-block-group sidebar is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Liên kết</h2>
<figure class="wp-block-image size-full"><a href="https://moet.gov.vn" target="_blank" rel="noreferrer noopener"><img src="{b}{UP}/01/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" width="300" height="90"/></a></figure>
<figure class="wp-block-image size-full"><a href="https://hatinh.edu.vn" target="_blank" rel="noreferrer noopener"><img src="{b}{UP}/01/banner-so-gddt-ha-tinh.png" alt="Sở GD&amp;ĐT Hà Tĩnh" width="300" height="90"/></a></figure>
<h2 class="wp-block-heading has-medium-font-size">Lưu trữ</h2>
{_archives_list(b)}
<h2 class="wp-block-heading has-medium-font-size">Chuyên mục</h2>
<ul class="wp-block-categories-list wp-block-categories">{''.join(f'<li class="cat-item cat-item-{cid}"><a href="{b}/chuyen-muc/{slug}/">{name}</a> ({len(in_cat(slug))})</li>' for slug, (cid, name) in CATS.items())}</ul>
</aside>"""


def _page(title: str, main: str, b: str, body_class: str, extra_head: str = "", sidebar: bool = True) -> str:
    side = _banners(b) if sidebar else ""
    return f"""{_head(title, b, extra_head)}
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
{_header(b)}
<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column is-layout-flow" style="flex-basis:68%">
{main}
</div><div class="wp-block-column is-layout-flow" style="flex-basis:32%">{side}</div></div>
</main>
{_footer(b)}
</div>
<script src="{b}/wp-includes/js/dist/interactivity.min.js?ver=6.5.5" id="wp-interactivity-js"></script>
</body>
</html>"""


def _crumbs(b: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [
        f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage"'
        f' title="Đến {SITE}." href="{b}/" class="home"><span property="name">Trang chủ</span></a>'
        '<meta property="position" content="1"></span>'
    ]
    for pos, (name, href) in enumerate(trail, start=2):
        if href:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof='
                f'"WebPage" title="Đến {_t(name)}." href="{b}{href}" class="taxonomy category">'
                f'<span property="name">{_t(name)}</span></a><meta property="position"'
                f' content="{pos}"></span>'
            )
        else:
            parts.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name"'
                f' class="post post-post current-item">{_t(name)}</span><meta property="url"'
                f' content="#"><meta property="position" content="{pos}"></span>'
            )
    return (
        '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">'
        + " &gt; ".join(parts)
        + "</div>"
    )


def _date_block(s: Story) -> str:
    d = _when(s)
    shown = f"Đăng lúc {d:%H:%M}, {d:%d/%m/%Y}" if s.opts.get("notice") else _vn_date(d)
    return f'<div class="wp-block-post-date"><time datetime="{_iso(d)}">{shown}</time></div>'


def _terms(b: str, s: Story) -> str:
    name = CATS[s.cat][1]
    return (
        '<div class="taxonomy-category wp-block-post-terms"><a href="'
        f'{b}/chuyen-muc/{s.cat}/" rel="tag">{name}</a></div>'
    )


def _tags(b: str, s: Story) -> str:
    if not s.opts["tags"]:
        return ""
    links = '<span class="wp-block-post-terms__separator">, </span>'.join(
        f'<a href="{b}/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in s.opts["tags"]
    )
    return (
        '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__'
        f'prefix">Từ khóa: </span>{links}</div>'
    )


def _featured(b: str, s: Story, linked: bool = False) -> str:
    src = s.opts["featured"]
    if not src:
        return ""
    img = (
        f'<img width="1024" height="576" src="{b}{src}" class="attachment-post-thumbnail'
        f' size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" />'
    )
    if linked:
        img = f'<a href="{b}{article_path(s)}" target="_self">{img}</a>'
    return f'<figure style="aspect-ratio:16/9;" class="wp-block-post-featured-image">{img}</figure>'


def _meta_row(b: str, s: Story) -> str:
    user = s.opts["user"]
    return (
        '<div class="wp-block-group post-meta has-small-font-size is-layout-flex">'
        f'{_date_block(s)}<p>—</p><p>bởi</p><div class="wp-block-post-author-name"><a href="'
        f'{b}/author/{user}/" target="_self" class="wp-block-post-author-name__link">'
        f'{_t(USERS[user])}</a></div><p>trong</p>{_terms(b, s)}</div>'
    )


def _related(b: str, s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:3]
    if not others:
        return ""
    items = "".join(
        f'<li class="wp-block-post post-{o.id} post type-post status-publish"><h3 class="wp-block-'
        f'post-title has-small-font-size"><a href="{b}{article_path(o)}" target="_self">'
        f'{_t(o.title)}</a></h3><div class="wp-block-post-date"><time datetime="{_iso(_when(o))}">'
        f'{_vn_date(_when(o))}</time></div></li>'
        for o in others
    )
    return (
        '<div class="wp-block-query related-posts is-layout-flow"><h2 class="wp-block-heading">'
        f'Bài viết liên quan</h2><ul class="wp-block-post-template is-layout-flow">{items}</ul></div>'
    )


def _postnav(b: str, s: Story) -> str:
    idx = LATEST.index(s)
    older = LATEST[idx + 1] if idx + 1 < len(LATEST) else None
    newer = LATEST[idx - 1] if idx > 0 else None
    out = '<nav class="wp-block-group post-navigation is-layout-flex" aria-label="Bài viết">'
    if older:
        out += (
            '<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="'
            'wp-block-post-navigation-link__arrow-previous is-arrow-arrow">←</span>Bài trước: <a'
            f' href="{b}{article_path(older)}" rel="prev">{_t(older.title)}</a></div>'
        )
    if newer:
        out += (
            '<div class="post-navigation-link-next wp-block-post-navigation-link">Bài tiếp theo:'
            f' <a href="{b}{article_path(newer)}" rel="next">{_t(newer.title)}</a><span class="'
            'wp-block-post-navigation-link__arrow-next is-arrow-arrow">→</span></div>'
        )
    return out + "</nav>"


def _comments(b: str, s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    out = '<div class="wp-block-comments">'
    if comments:
        out += (
            f'<h2 class="wp-block-comments-title">{len(comments)} bình luận về &ldquo;'
            f'{_t(s.title)}&rdquo;</h2><ol class="wp-block-comment-template">'
        )
        for cid, name, when, words in comments:
            out += (
                f'<li id="comment-{cid}" class="comment even thread-even depth-1"><div class="wp-'
                f'block-group is-layout-flow"><div class="wp-block-comment-author-name">{_t(name)}'
                f'</div><div class="wp-block-comment-date"><time datetime="{_iso(_when(s))}"><a'
                f' href="{b}{article_path(s)}#comment-{cid}">{when}</a></time></div><div class="wp-'
                f'block-comment-content"><p>{_t(words)}</p></div><div class="wp-block-comment-'
                f'reply-link"><a rel="nofollow" class="comment-reply-link" href="{b}'
                f'{article_path(s)}?replytocom={cid}#respond" data-commentid="{cid}" data-postid='
                f'"{s.id}" aria-label="Trả lời {_t(name)}">Trả lời</a></div></div></li>'
            )
        out += "</ol>"
    heading = "Để lại bình luận"
    if reply_to:
        name = next(c[1] for c in comments if c[0] == reply_to)
        heading = (
            f'Trả lời {_t(name)} <small><a rel="nofollow" id="cancel-comment-reply-link" href="'
            f'{b}{article_path(s)}#respond">Hủy</a></small>'
        )
    out += f"""<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">{heading}</h3>
<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Gửi bình luận" /><input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p>
</form></div></div>"""
    return out


def _post_head(b: str, s: Story) -> str:
    link = b + article_path(s)
    enc = quote(link, safe="")
    return (
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {_t(s.title)}'
        f' Dòng phản hồi" href="{link}feed/" />\n'
        f'<link rel="alternate" type="application/json" href="{b}/wp-json/wp/v2/posts/{s.id}" />\n'
        f'<link rel="canonical" href="{link}" />\n'
        f"<link rel='shortlink' href='{b}/?p={s.id}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/'
        f'embed?url={enc}" />\n'
        f'<link rel="alternate" type="text/xml+oembed" href="{b}/wp-json/oembed/1.0/embed?url='
        f'{enc}&#038;format=xml" />\n'
    )


def _article(s: Story, request: Request, reply_to: int | None = None) -> str:
    b = base_url(request)
    link = b + article_path(s)
    views = f"{s.views():,}".replace(",", ".")
    main = f"""{_crumbs(b, [(CATS[s.cat][1], f"/chuyen-muc/{s.cat}/"), (s.title, None)])}
<article class="wp-block-group post-{s.id} post type-post status-publish format-standard category-{s.cat} is-layout-constrained">
<h1 class="has-text-align-left wp-block-post-title">{_t(s.title)}</h1>
{_meta_row(b, s)}
{_featured(b, s)}
<div class="post-views content-post post-{s.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">Lượt xem: </span><span class="post-views-count">{views}</span></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">
{_content(s, b)}
</div>
{_tags(b, s)}
<div class="wp-block-group chia-se is-layout-flex"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={quote(link, safe='')}" target="_blank" rel="nofollow">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url={quote(link, safe='')}" target="_blank" rel="nofollow">Zalo</a>
<a href="javascript:window.print()" class="in-bai-viet">In bài viết</a></div>
{_postnav(b, s)}
{_related(b, s)}
{_comments(b, s, reply_to)}
</article>"""
    template = "single-thong-bao" if s.opts.get("notice") else "single"
    return _page(
        f"{s.title} – {SITE}",
        main,
        b,
        f"post-template-{template} single single-post postid-{s.id} single-format-standard",
        _post_head(b, s),
    )


def _card(b: str, s: Story) -> str:
    first = next(p.text for p in s.blocks if isinstance(p, P))
    words = first.split()
    excerpt = " ".join(words[:30]) + (" […]" if len(words) > 30 else "")
    return (
        f'<li class="wp-block-post post-{s.id} post type-post status-publish category-{s.cat}">'
        f"{_featured(b, s, linked=True)}"
        f'<h2 class="wp-block-post-title has-large-font-size"><a href="{b}{article_path(s)}"'
        f' target="_self">{_t(s.title)}</a></h2>'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{_iso(_when(s))}">'
        f"{_vn_date(_when(s))}</time></div>"
        f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
        f'{_t(excerpt)}</p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-'
        f'excerpt__more-link" href="{b}{article_path(s)}">Đọc tiếp</a></p></div></li>'
    )


def _pagination(b: str, base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    sep = "&#038;" if "?" in base else "?"

    def link(n: int) -> str:
        return f"{b}{base}{sep}query-1-page={n}"

    out = '<nav class="wp-block-query-pagination is-layout-flex" aria-label="Phân trang">'
    if page > 1:
        out += f'<a href="{link(page - 1)}" class="wp-block-query-pagination-previous">Trang trước</a>'
    out += '<div class="wp-block-query-pagination-numbers">'
    for n in range(1, pages + 1):
        if n == page:
            out += f'<span aria-current="page" class="page-numbers current">{n}</span>'
        else:
            href = f"{b}{base}" if n == 1 else link(n)
            out += f'<a class="page-numbers" href="{href}">{n}</a>'
    out += "</div>"
    if page < pages:
        out += f'<a href="{link(page + 1)}" class="wp-block-query-pagination-next">Trang sau</a>'
    return out + "</nav>"


def _query_page(request: Request) -> int:
    raw = request.params.get("query-1-page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _loop(b: str, stories: list[Story], base: str, page: int, per: int) -> str:
    pages = _pages(len(stories), per)
    chunk = stories[(page - 1) * per : page * per]
    if not chunk:
        body = '<p class="wp-block-query-no-results">Không tìm thấy bài viết nào.</p>'
    else:
        body = (
            '<ul class="wp-block-post-template is-layout-flow">'
            + "".join(_card(b, s) for s in chunk)
            + "</ul>"
        )
    return (
        f'<div class="wp-block-query is-layout-flow" data-query-id="1">{body}'
        f"{_pagination(b, base, page, pages)}</div>"
    )


def _home(request: Request) -> str:
    b = base_url(request)
    page = _query_page(request)
    notices = "".join(
        f'<li><a href="{b}{article_path(s)}">{_t(s.title)}</a> <time datetime="{_iso(_when(s))}">'
        f"({_when(s):%d/%m/%Y})</time></li>"
        for s in in_cat("thong-bao")[:4]
    )
    main = f"""<div class="wp-block-group thong-bao-moi is-layout-flow">
<h2 class="wp-block-heading">Thông báo mới</h2>
<div class="wp-block-query is-layout-flow" data-query-id="2"><ul class="wp-block-post-template">{notices}</ul></div>
</div>
<h2 class="wp-block-heading">Tin tức – Sự kiện</h2>
{_loop(b, LATEST, "/", page, HOME_PER_PAGE)}
<p class="xem-them"><a href="{b}/chuyen-muc/tin-tuc/page/2/">Xem thêm tin cũ »</a></p>"""
    return _page(f"{SITE} – {TAGLINE}", main, b, "home blog")


def _archive(request: Request, heading: str, stories: list[Story], base: str, body_class: str,
             crumbs: list[tuple[str, str | None]], main_page: int = 1) -> str:
    b = base_url(request)
    page = _query_page(request)
    shown = base if main_page == 1 else f"{base}page/{main_page}/"
    main = (
        f"{_crumbs(b, crumbs)}\n<h1 class=\"wp-block-query-title\">{_t(heading)}</h1>\n"
        f"{_loop(b, stories, shown, page, ARCHIVE_PER_PAGE)}"
    )
    feed = (
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {_t(heading)}'
        f' Dòng thông tin" href="{b}{base}feed/" />\n'
    )
    return _page(f"{heading} – {SITE}", main, b, f"archive {body_class}", feed)


def _search(request: Request) -> str:
    b = base_url(request)
    term = request.params.get("s", "")
    low = term.lower()
    found = [s for s in LATEST if low and (low in s.title.lower() or any(
        low in p.text.lower() for p in s.blocks if isinstance(p, P)))]
    base = f"/?s={quote(term)}"
    main = (
        f'<h1 class="wp-block-query-title">Kết quả tìm kiếm cho: “{esc(term)}”</h1>'
        f"{_search_form(b, term)}{_loop(b, found, base, _query_page(request), ARCHIVE_PER_PAGE)}"
    )
    return _page(f"Kết quả tìm kiếm cho “{term}” – {SITE}", main, b, "search search-results")


_STATIC_TEXT: dict[str, str] = {
    "/gioi-thieu/": (
        "<p>Trường THCS Lý Tự Trọng được thành lập năm 1965, mang tên người anh hùng"
        " Lý Tự Trọng. Trải qua hơn 60 năm xây dựng và phát triển, nhà trường đã được tặng"
        " Huân chương Lao động hạng Ba và nhiều bằng khen của Bộ Giáo dục và Đào tạo.</p>"
        "<p>Năm học 2026 – 2027, trường có 28 lớp với 1.214 học sinh, 62 cán bộ, giáo viên,"
        " nhân viên.</p>"
    ),
    "/gioi-thieu/co-cau-to-chuc/": (
        '<figure class="wp-block-table"><table><tbody>'
        "<tr><td>Hiệu trưởng</td><td>Thầy Nguyễn Văn Hùng</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Cô Phạm Thị Mai</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Thầy Phạm Văn Long</td></tr>"
        "<tr><td>Tổ Khoa học tự nhiên</td><td>Tổ trưởng: Thầy Võ Đình Thắng</td></tr>"
        "<tr><td>Tổ Khoa học xã hội</td><td>Tổ trưởng: Cô Phan Thị Lệ Thủy</td></tr>"
        "</tbody></table></figure>"
    ),
    "/tuyen-sinh/": (
        "<p>Nhà trường tuyển sinh vào lớp 6 theo phương thức xét tuyển, địa bàn tuyển sinh"
        " theo quyết định của UBND tỉnh.</p>"
        '<div class="wp-block-file"><a href="{b}' + UP + '/06/Ke-hoach-tuyen-sinh-lop-6.pdf">'
        'Ke-hoach-tuyen-sinh-lop-6</a><a href="{b}' + UP + '/06/Ke-hoach-tuyen-sinh-lop-6.pdf"'
        ' class="wp-block-file__button wp-element-button" download>Tải xuống</a></div>'
    ),
    "/thu-vien-anh/": (
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
        + "".join(
            f'<figure class="wp-block-image size-large"><img src="{{b}}{UP}/0{m}/album-{m}.jpg"'
            f' alt=""/><figcaption class="wp-element-caption">{cap}</figcaption></figure>'
            for m, cap in ((5, "Học sinh trải nghiệm tại Khu lưu niệm Nguyễn Du"),
                           (6, "Lễ tri ân và trưởng thành học sinh lớp 9"),
                           (8, "Sân trường mùa hè"))
        )
        + "</figure>"
    ),
    "/lien-he/": (
        f"<p>{SITE}</p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {HOTLINE}</p>"
        '<div class="wpcf7 no-js" id="wpcf7-f57-p20-o1" lang="vi" dir="ltr"><form action="'
        '/lien-he/#wpcf7-f57-p20-o1" method="post" class="wpcf7-form init" novalidate>'
        '<p><label>Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text"'
        ' type="text" name="your-name" value="" /></label></p><p><label>Email<br /><input'
        ' type="email" name="your-email" value="" /></label></p><p><label>Nội dung<br />'
        '<textarea cols="40" rows="10" name="your-message"></textarea></label></p><p><input'
        ' class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>'
        "</form></div>"
    ),
}


def _static_page(path: str, request: Request) -> str:
    b = base_url(request)
    pid, title = PAGES[path]
    trail: list[tuple[str, str | None]] = []
    if path.count("/") > 2:
        trail.append(("Giới thiệu", "/gioi-thieu/"))
    trail.append((title, None))
    main = (
        f'{_crumbs(b, trail)}<h1 class="wp-block-post-title">{title}</h1><div class="entry-'
        f'content wp-block-post-content">{_STATIC_TEXT[path].replace("{b}", b)}</div>'
    )
    head = (
        f'<link rel="alternate" type="application/json" href="{b}/wp-json/wp/v2/pages/{pid}" />\n'
        f'<link rel="canonical" href="{b}{path}" />\n'
    )
    return _page(f"{title} – {SITE}", main, b, f"page-template-default page page-id-{pid}", head)


def _attachment(s: Story, request: Request) -> str:
    b = base_url(request)
    idx, slug = s.opts["attach"]
    img = s.images[idx]
    full = re.sub(r"-\d+x\d+\.jpg$", ".jpg", img.src)
    cap = f'<p class="wp-block-post-excerpt__excerpt">{_t(img.printed)}</p>' if img.printed else ""
    main = (
        f'<h1 class="wp-block-post-title">{slug}</h1>'
        f'<div class="wp-block-post-date"><time datetime="{_iso(_when(s))}">{_vn_date(_when(s))}'
        f"</time></div>"
        f'<div class="entry-content wp-block-post-content"><p class="attachment"><a href="{b}{full}">'
        f'<img width="1024" height="683" src="{b}{img.src}" class="attachment-large size-large"'
        f' alt="" decoding="async" /></a></p></div>{cap}'
        f'<p>Đăng trong <a href="{b}{article_path(s)}">{_t(s.title)}</a></p>'
    )
    head = f'<link rel="canonical" href="{b}{attachment_path(s)}" />\n'
    return _page(f"{slug} – {SITE}", main, b, "attachment single postid-9" + str(s.id), head)


# --- machine documents ----------------------------------------------------------------------


def _rfc822(s: Story) -> str:
    local = _when(s).replace(tzinfo=timezone(timedelta(hours=7)))
    return format_datetime(local.astimezone(UTC))


def _feed(request: Request, stories: list[Story], title: str) -> Response:
    b = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>{esc(s.title)}</title>
		<link>{b}{article_path(s)}</link>
		<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator>
		<pubDate>{_rfc822(s)}</pubDate>
		<category><![CDATA[{CATS[s.cat][1]}]]></category>
		<guid isPermaLink="false">{b}/?p={s.id}</guid>
		<description><![CDATA[{next(p.text for p in s.blocks if isinstance(p, P))[:180]} [&#8230;]]]></description>
		<content:encoded><![CDATA[{_content(s, b)}]]></content:encoded>
		<slash:comments>{len(s.opts.get('comments', []))}</slash:comments>
	</item>"""
        for s in stories[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{b}{request.path}" rel="self" type="application/rss+xml" />
	<link>{b}</link>
	<description>{TAGLINE}</description>
	<language>vi</language>
	<generator>https://wordpress.org/?v=6.5.5</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, s: Story | None) -> Response:
    b = base_url(request)
    pool = [s] if s else LATEST
    items = "".join(
        f"<item><title>Bình luận về {esc(p.title)} bởi {esc(c[1])}</title><link>{b}"
        f"{article_path(p)}#comment-{c[0]}</link><description><![CDATA[{c[3]}]]></description></item>"
        for p in pool
        for c in p.opts.get("comments", [])
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bình luận'
        f"</title><link>{b}</link>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _xml(body: str) -> Response:
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


def _sitemap(request: Request, name: str) -> Response:
    b = base_url(request)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
        f'{b}/wp-sitemap.xsl" ?>\n'
    )
    if name == "index":
        locs = "".join(
            f"<sitemap><loc>{b}/wp-sitemap-{n}-1.xml</loc></sitemap>"
            for n in ("posts-post", "posts-page", "taxonomies-category", "taxonomies-post_tag",
                      "users")
        )
        return _xml(head + f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>')
    if name == "posts-post":
        urls = [(article_path(s), f"{_when(s):%Y-%m-%d}") for s in LATEST]
    elif name == "posts-page":
        urls = [(p, None) for p in PAGES]
    elif name == "taxonomies-category":
        urls = [(f"/chuyen-muc/{c}/", None) for c in CATS]
    elif name == "taxonomies-post_tag":
        urls = [(f"/tag/{t}/", None) for t in TAGS if with_tag(t)]
    elif name == "users":
        urls = [(f"/author/{u}/", None) for u in USERS]
    else:
        return None
    body = "".join(
        f"<url><loc>{b}{u}</loc>" + (f"<lastmod>{m}T00:00:00+07:00</lastmod>" if m else "") + "</url>"
        for u, m in urls
    )
    return _xml(head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>')


def _json(data: object, status: int = 200) -> Response:
    return Response(
        status,
        json.dumps(data, ensure_ascii=True).replace("/", "\\/"),
        {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex",
         "Link": '<http://api.w.org/>; rel="https://api.w.org/"'},
    )


def _rest_post(request: Request, s: Story) -> dict:
    b = base_url(request)
    return {
        "id": s.id,
        "date": _when(s).strftime("%Y-%m-%dT%H:%M:%S"),
        "slug": s.slug,
        "status": "publish",
        "type": "post",
        "link": b + article_path(s),
        "title": {"rendered": esc(s.title)},
        "content": {"rendered": _content(s, b), "protected": False},
        "excerpt": {"rendered": "", "protected": False},
        "author": list(USERS).index(s.opts["user"]) + 1,
        "categories": [CATS[s.cat][0]],
    }


def _oembed(request: Request) -> Response | None:
    url = request.params.get("url", "")
    path = "/" + url.split("://", 1)[-1].split("/", 1)[-1] if "://" in url else url
    s = next((x for x in STORIES if article_path(x) == path), None)
    if s is None:
        return _json({"code": "oembed_invalid_url", "message": "Không tìm thấy",
                      "data": {"status": 404}}, 404)
    b = base_url(request)
    data = {
        "version": "1.0", "provider_name": SITE, "provider_url": b, "author_name":
        USERS[s.opts["user"]], "title": s.title, "type": "rich", "width": 600, "height": 338,
        "html": f'<blockquote class="wp-embedded-content"><a href="{b}{path}">{esc(s.title)}</a>'
                "</blockquote>",
    }
    if request.params.get("format") == "xml":
        fields = "".join(f"<{k}>{esc(str(v))}</{k}>" for k, v in data.items())
        return _xml(f'<?xml version="1.0"?>\n<oembed>{fields}</oembed>')
    return _json(data)


_ROBOTS = (
    "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
    "Sitemap: {base}/wp-sitemap.xml\n"
)
_DATE_PATH = re.compile(r"^/(\d{4})/(?:(\d{2})/)?(?:(\d{2})/)?(?:([a-z0-9-]+)/)?(?:([a-z0-9-]+)/)?(feed/)?$")


def _not_found(request: Request) -> Response:
    b = base_url(request)
    main = (
        '<h1 class="wp-block-heading">Không tìm thấy trang</h1><p>Trang bạn tìm kiếm không tồn'
        f" tại. Hãy thử tìm kiếm:</p>{_search_form(b)}"
    )
    return html(_page(f"Không tìm thấy trang – {SITE}", main, b, "error404"), status=404)


class WordPressFSE:
    """WordPress's rewrite rules and template hierarchy, as a table of paths."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)),
                            {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/wp-sitemap-([a-z_-]+)-1\.xml", path):
            return _sitemap(request, m.group(1)) or _not_found(request)
        if path.startswith("/wp-json"):
            return self._rest(request)
        if path == "/xmlrpc.php":
            return _xml(
                f'<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago'
                f'.phrasewise.com/rsd"><service><engineName>WordPress</engineName><homePageLink>'
                f"{base_url(request)}</homePageLink></service></rsd>"
            )
        if path == "/wp-comments-post.php":
            if request.method != "POST":
                return Response(405, "", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
            return redirect(base_url(request) + "/", 302)
        if path == "/wp-login.php":
            return html(
                f'<!DOCTYPE html><html lang="vi"><head><title>Đăng nhập &lsaquo; {SITE} &#8212;'
                ' WordPress</title></head><body class="login"><div id="login"><form name="loginform"'
                ' id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">'
                'Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log"'
                ' id="user_login"></p><p><label for="user_pass">Mật khẩu</label><input'
                ' type="password" name="pwd" id="user_pass"></p><p class="submit"><input'
                ' type="submit" name="wp-submit" value="Đăng nhập"></p></form></div></body></html>',
                headers={"X-Frame-Options": "SAMEORIGIN"},
            )
        if path == "/feed/":
            return _feed(request, LATEST, SITE)
        if path == "/comments/feed/":
            return _comment_feed(request, None)
        if path == "/":
            return self._root(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?(feed/)?", path):
            return self._category(request, m.group(1), int(m.group(2) or 1), bool(m.group(3)))
        if m := re.fullmatch(r"/tag/([a-z-]+)/", path):
            if m.group(1) not in TAGS or not with_tag(m.group(1)):
                return _not_found(request)
            name = TAGS[m.group(1)]
            return html(_archive(request, f"Thẻ: {name}", with_tag(m.group(1)), path, "tag",
                                 [(f"Thẻ: {name}", None)]))
        if m := re.fullmatch(r"/author/([a-z-]+)/", path):
            if m.group(1) not in USERS:
                return _not_found(request)
            name = USERS[m.group(1)]
            return html(_archive(request, f"Tác giả: {name}", by_user(m.group(1)), path, "author",
                                 [(f"Tác giả: {name}", None)]))
        if path in PAGES:
            return html(_static_page(path, request))
        if m := _DATE_PATH.match(path):
            return self._dated(request, m)
        # WordPress guesses a redirect for a bare slug (redirect_guess_404_permalink)
        slug = path.strip("/")
        if slug in _BY_SLUG:
            return redirect(base_url(request) + article_path(_BY_SLUG[slug]), 301)
        return _not_found(request)

    def _root(self, request: Request) -> Response:
        params = request.params
        b = base_url(request)
        if "p" in params:
            s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(b + article_path(s), 301) if s else _not_found(request)
        if "page_id" in params:
            page = next((p for p, (pid, _) in PAGES.items() if str(pid) == params["page_id"]), None)
            return redirect(b + page, 301) if page else _not_found(request)
        if "s" in params:
            return html(_search(request))
        if "cat" in params:
            cat = next((c for c, (cid, _) in CATS.items() if str(cid) == params["cat"]), None)
            return redirect(f"{b}/chuyen-muc/{cat}/", 301) if cat else _not_found(request)
        return html(_home(request))

    def _category(self, request: Request, slug: str, main_page: int, feed: bool) -> Response:
        if slug not in CATS:
            return _not_found(request)
        stories = in_cat(slug)
        if feed:
            return _feed(request, stories, f"{CATS[slug][1]} – {SITE}")
        # the main query pages by the Reading setting (three posts); the Query Loop ignores it
        if main_page > _pages(len(stories), ARCHIVE_PER_PAGE):
            return _not_found(request)
        name = CATS[slug][1]
        return html(_archive(request, name, stories, f"/chuyen-muc/{slug}/", f"category category-{slug}",
                             [(name, None)], main_page))

    def _dated(self, request: Request, m: re.Match) -> Response:
        year, month, day, slug, sub, feed = m.groups()
        if sub == "feed" and not feed:
            sub, feed = None, "feed/"
        if slug:
            s = _BY_SLUG.get(slug)
            if s is None or not article_path(s).startswith(f"/{year}/{month}/{day}/"):
                return _not_found(request)
            if feed:
                return _comment_feed(request, s) if not sub else _not_found(request)
            if sub:
                if attachment_path(s) == request.path:
                    return html(_attachment(s, request))
                return _not_found(request)
            reply = request.params.get("replytocom")
            ids = [c[0] for c in s.opts.get("comments", [])]
            reply_to = int(reply) if reply and reply.isdigit() and int(reply) in ids else None
            return html(_article(s, request, reply_to))
        if feed:
            return _not_found(request)
        prefix = "/" + "/".join(x for x in (year, month, day) if x) + "/"
        stories = [s for s in LATEST if article_path(s).startswith(prefix)]
        if not stories:
            return _not_found(request)
        d = datetime(int(year), int(month or 1), int(day or 1))
        if day:
            heading = f"Ngày: {_vn_date(d)}"
        elif month:
            heading = f"Tháng: {MONTHS[d.month - 1]} {d.year}"
        else:
            heading = f"Năm: {year}"
        return html(_archive(request, heading, stories, prefix, "date", [(heading, None)]))

    def _rest(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        if path == "/wp-json":
            b = base_url(request)
            return _json({"name": SITE, "description": TAGLINE, "url": b, "home": b,
                          "namespaces": ["oembed/1.0", "wp/v2"]})
        if path == "/wp-json/oembed/1.0/embed":
            return _oembed(request)
        if path == "/wp-json/wp/v2/posts":
            return _json([_rest_post(request, s) for s in LATEST[:10]])
        if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
            s = _BY_ID.get(int(m.group(1)))
            if s:
                return _json(_rest_post(request, s))
        if m := re.fullmatch(r"/wp-json/wp/v2/pages/(\d+)", path):
            page = next((p for p, (pid, _) in PAGES.items() if str(pid) == m.group(1)), None)
            if page:
                return _json({"id": int(m.group(1)), "link": base_url(request) + page,
                              "title": {"rendered": PAGES[page][1]}})
        return _json({"code": "rest_no_route", "message": "Không tìm thấy route phù hợp với URL"
                      " và phương thức yêu cầu.", "data": {"status": 404}}, 404)


def build_site() -> WordPressFSE:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return WordPressFSE()

