"""Fixture portal: Trường THPT chuyên Trần Hưng Đạo on WordPress 6 with the TieLabs Jannah theme.

Imitates the kind of school site a local agency sets up with Jannah (the magazine theme that a
large share of Vietnamese WordPress news sites run), Yoast SEO, the AMP plugin (reader mode),
Contact Form 7 and a visitor-counter widget. Postname permalinks, category base ``chuyen-muc``.
Every page is Jannah's shell: ``div#tie-container > div#tie-wrapper``, a ``nav#top-nav`` with the
day's date (``TODAY``), a "Tin nóng" breaking-news ticker and the login/search popups, the logo
row with a banner, ``nav#main-nav``, ``div#content.site-content`` with the main column and
``aside.sidebar`` (search form, "Tin mới nhất" with dates, the WordPress calendar widget "Lịch bài
viết", a "Liên kết" banner, "Thống kê truy cập", "Chuyên mục" with counts), the footer with the
school's address, phone and hotline, and the slide-in mobile menu. WordPress prints absolute URLs.

What it serves:

- posts at ``/<slug>/``: ``article#the-post.container-wrapper.post-content`` with
  ``header.entry-header-outer`` (``nav#breadcrumb``, ``span.post-cat-wrap`` badges,
  ``h1.post-title.entry-title``, ``h2.entry-sub-title`` on three posts, ``div#single-post-meta``
  "Bởi <account>", the date, a "Cập nhật lần cuối" line on one post, comments, views, reading
  time), ``div.featured-area`` (``figure.single-featured-image``, ``figcaption.single-caption-text``
  on some; two posts hide the featured image), the share bars, ``div.entry-content.entry.clearfix``
  (classic-editor posts: ``p``, ``div.wp-caption`` + ``p.wp-caption-text``, a bare image with a
  centred italic line under it, a Zalo image without caption, tables, an image linked to its
  attachment page; block-editor posts: ``figure.wp-block-image`` + ``figcaption.wp-element-caption``,
  a gallery, a table, a list, a file block, a YouTube embed with a caption), an "Đọc thêm" box
  (``div.inline-related-posts``) or an "Đọc thêm:" line in the middle of two texts, the byline at
  the end, ``div.post-bottom-meta`` "Từ khóa", then ``div.post-components``: author box,
  previous/next post, ``#related-posts`` "Bài viết liên quan", comments with "Trả lời" links
  (``?replytocom=N``) and the comment form; ``#check-also-box`` "Xem thêm" with one post.
  The head has Yoast's tags (``article:published_time`` in UTC, as Yoast writes it), Jannah's
  JSON-LD (local time), ``rel=canonical``, ``rel=amphtml`` (``?amp=1``), the post's comment feed
  ``/<slug>/feed/``, the REST link ``/wp-json/wp/v2/posts/N`` and the shortlink ``/?p=N`` (301).
- Dates as Jannah prints them with "time ago" on: a post younger than seven days shows
  "17 giờ trước" / "3 ngày trước" (WordPress ``human_time_diff`` rounding, counted from a fixed
  "now", 25/11/2026 10:00), an older one "14/11/2026". Listings and widgets print the same.
  WordPress texturizes: " - " in a title or term name is printed as an en dash (``&#8211;``),
  quotes curly; Yoast's ``<title>``/og:title and the JSON-LD keep the stored " - ".
- category archives ``/chuyen-muc/<slug>/`` (three a page, ``/page/N/``): "Tin tức – Sự kiện"
  (7 entries, 3 pages, Jannah's numbered ``div.pages-nav``), "Hoạt động chuyên môn" (Jannah's
  "Tải thêm" load-more button, an ``a.show-more-button`` whose ``href`` and ``data-url`` are the
  real ``/page/2/``), "Đoàn trường" (numbered); tag, author, month and day archives the same way.
- the home page: Jannah page builder (slider, one box per category, "Xem tất cả" links).
- pages: ``/gioi-thieu/``, ``/lien-he/`` (CF7 form), ``/doi-ngu-giao-vien/`` (staff grid),
  ``/thanh-tich/`` (awards table), ``/van-ban-bieu-mau/`` (PDF list), ``/thu-vien-anh/`` (photo
  gallery); two attachment pages; ``/feed/`` (RSS, ten newest, full content),
  ``/sitemap_index.xml`` (Yoast, announced in robots.txt), ``/wp-login.php``, ``/?s=`` search.

Traps and hard cases: every post has an AMP twin ``?amp=1`` (the AMP plugin's reader template:
``amp-img``, no Jannah sub-title, so the twin lacks the sapo) and, where it has comments,
``?replytocom=N`` twins (both carry rel=canonical to the post; listed as ``alt_paths``); a post
feed ``/<slug>/feed/`` per post; the calendar widget links day archives and "« Th10" / "Th11 »"
month archives (WordPress only links months that have posts, so it ends); pages (Giới thiệu …)
and attachment pages use the single-post shell (``h1.post-title``, ``entry-content``, Yoast says
``og:type`` article) but are not articles; one post sits in two categories (badges for both, it is
listed in both archives; the breadcrumb names the primary one); relative dates; Yoast's UTC
timestamp of the 06:30 post falls on the previous day; one post's text is decomposed Unicode
(NFD, typed with a "tổ hợp" keyboard); a "Cập nhật lần cuối" date that is not the publication date;
a headline that holds dates ("… 20/11/1982 – 20/11/2026") and comments dated the post's own day,
while the post itself prints only "5 ngày trước"; the JSON-LD ``articleBody`` repeats captions
and bylines.

Gold (by hand). Articles are the posts; everything above that is not a post is not.
Judgement calls:
- published_at: a relative date ("2 ngày trước") prints no date at all, so the post's instant
  from ``article:published_time`` / JSON-LD (they agree), with its time, in +07:00; a post older
  than a week prints its day (d/m/Y) and no time, so the gold is that day alone, as the README's
  date rule and every other fixture have it (harmonised after the blind crawl: the helper's first
  gold took the metadata's time there too). "Cập nhật lần cuối" is never used.
- authors: the signature at the end of the text when there is one ("Tin, ảnh: X" gives X in
  both lists; "Tin: X - Ảnh: Y"; "Bài: X"; "Tin và ảnh: X"; a bare bold name; a bold name with
  the department "Tổ Sinh học" on the next line gives only the name; a unit signing alone, "Tổ
  Ngữ văn", is a collective author); else the "Bởi …" account when it names a person or a unit
  ("Phạm Thu Hà", "Đoàn trường"); the account "admin" is nobody's name: no author.
- source: "Nguồn: Báo Giáo dục & Thời đại" gives that source (its author line stays an author).
- summary: ``h2.entry-sub-title`` where printed; it is the body's first paragraph. The listing
  excerpt is not a summary.
- body: the content's paragraphs, sub-headings and list items in order; table rows as one
  paragraph each, cells joined by " | "; no captions, no bylines, no "Đọc thêm" box or line, no
  file-block ("Tải xuống") line, no video caption, no empty ``&nbsp;`` paragraphs.
- images: the featured image first when the post shows it (its figcaption is its caption, None
  without one), then the content images in order, each with the line a reader takes as its
  caption: ``p.wp-caption-text``, ``figcaption``, the italic centred line right under a bare
  image; none for the Zalo image and the uncaptioned gallery images. "(Ảnh: Minh Quân)" stays in
  the caption and gives a photographer; "Ảnh: NVCC" (nhân vật cung cấp) names no photographer.
- category: the breadcrumb's (the primary category for the post with two), as printed: the
  texturized "Tin tức – Sự kiện" (en dash), like the titles (" – " where the page prints it).
- the AMP and reply-to-comment twins are the same article (alt_paths), never a second record.
"""

from __future__ import annotations

import html as _html
import json
import math
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_jannah_thpt"
PLATFORM = "wordpress-jannah"
START_PATH = "/"

SITE = "Trường THPT chuyên Trần Hưng Đạo"
TAGLINE = "Trang thông tin điện tử"
ADDRESS = "Số 2 đường Trần Quang Diệu, phường Phan Thiết, tỉnh Lâm Đồng"
PHONE = "0252 3 821 546"
HOTLINE = "0913 468 275"
EMAIL = "thptchuyentranhungdao@lamdong.edu.vn"
#: the marker every absolute URL is written with; the server puts the request's host there
H = "%%WPHOME%%"
#: the same, percent-encoded inside share links
HQ = "%%WPHOMEQ%%"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/jannah"
PER_PAGE = 3
FEED_SIZE = 10
#: the instant "time ago" dates are counted from (the header shows TODAY, the same day)
NOW = datetime(2026, 11, 25, 10, 0)
RELATIVE_DAYS = 7

CATS: dict[str, tuple[int, str, str]] = {
    "tin-tuc-su-kien": (3, "Tin tức – Sự kiện", "Tin tức, sự kiện và hoạt động của nhà trường."),
    "hoat-dong-chuyen-mon": (
        4,
        "Hoạt động chuyên môn",
        "Sinh hoạt chuyên môn, chuyên đề, hội thi.",
    ),
    "doan-truong": (6, "Đoàn trường", "Hoạt động của Đoàn TNCS Hồ Chí Minh nhà trường."),
}
#: the category whose archive pages with Jannah's "Tải thêm" button
LOAD_MORE_CAT = "hoat-dong-chuyen-mon"

#: WordPress accounts: nicename -> (id, display name, bio)
USERS: dict[str, tuple[int, str, str]] = {
    "phamthuha": (
        2,
        "Phạm Thu Hà",
        "Giáo viên Ngữ văn, phụ trách trang thông tin điện tử của trường.",
    ),
    "doantruong": (
        5,
        "Đoàn trường",
        "Ban Chấp hành Đoàn TNCS Hồ Chí Minh trường THPT chuyên Trần Hưng Đạo.",
    ),
    "admin": (1, "admin", ""),
}

TAGS: dict[str, str] = {
    "chuyen-doi-so": "chuyển đổi số",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "the-thao": "thể thao",
    "cha-me-hoc-sinh": "cha mẹ học sinh",
    "hoc-bong": "học bổng",
    "kiem-tra-danh-gia": "kiểm tra đánh giá",
    "trai-nghiem": "trải nghiệm",
    "stem": "STEM",
    "khoa-hoc-ky-thuat": "khoa học kỹ thuật",
    "on-thi-tot-nghiep": "ôn thi tốt nghiệp",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "doan-thanh-nien": "đoàn thanh niên",
    "tinh-nguyen": "tình nguyện",
}


def _up(month: str, name: str) -> str:
    return f"{UP}/2026/{month}/{name}"


# Story.opts: when (local datetime), cats (category slugs, the first is the primary one), user
# (account nicename), editor ("classic" | "block"), tags, comments [(id, name, when, text)],
# updated (a "Cập nhật lần cuối" datetime), nfd, related (id of the post in the "Đọc thêm" box).
# Img styles: feat (featured area), wpcap (classic [caption] box), wpcap_att (the same, the image
# linked to its attachment page), em (bare image + centred italic line), bare (image, no line),
# block (figure.wp-block-image), gal (an image of a gallery block).
# P styles: "" paragraph, h3 heading, li list item, th/tr table rows (cells " | ").
STORIES: list[Story] = [
    Story(
        id=2871,
        slug="doan-cong-tac-so-gddt-kiem-tra-cong-tac-chuyen-doi-so-tai-nha-truong",
        title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuyển đổi số tại nhà trường",
        cat="tin-tuc-su-kien",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Chiều 24/11, đoàn công tác của Sở Giáo dục và Đào tạo đã kiểm tra việc triển khai"
            " chuyển đổi số trong dạy học và quản lý tại Trường THPT chuyên Trần Hưng Đạo."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _up("11", "kiem-tra-chuyen-doi-so-780x470.jpg"),
                "Đoàn công tác làm việc với Ban Giám hiệu nhà trường",
                "Đoàn công tác làm việc với Ban Giám hiệu nhà trường",
                "feat",
            ),
            P(
                "Đoàn do đồng chí Phó Giám đốc Sở GD&ĐT làm trưởng đoàn, cùng đại diện phòng Giáo"
                " dục phổ thông và phòng Kế hoạch – Tài chính. Tiếp đoàn có đồng chí Hiệu trưởng,"
                " các Phó Hiệu trưởng và tổ trưởng các tổ chuyên môn."
            ),
            Img(
                _up("11", "kiem-tra-chuyen-doi-so-2-1024x683.jpg"),
                "Đoàn kiểm tra dự giờ tiết Hóa học sử dụng phòng thí nghiệm ảo tại lớp 11 Hóa",
                "Đoàn kiểm tra dự giờ tiết Hóa học sử dụng phòng thí nghiệm ảo tại lớp 11 Hóa",
                "block",
            ),
            P(
                "Theo báo cáo, 100% giáo viên nhà trường đã sử dụng sổ điểm điện tử, học bạ số và"
                " hệ thống quản lý học tập trực tuyến; 34/34 phòng học được lắp màn hình tương tác."
                " Học sinh nộp bài, nhận phản hồi của giáo viên và tra cứu kết quả học tập trên ứng"
                " dụng của trường."
            ),
            P("Đoàn đã kiểm tra trực tiếp các nội dung:"),
            P("Hồ sơ, sổ sách điện tử của các tổ chuyên môn và giáo viên;", "li"),
            P("Việc khai thác kho học liệu số và bài giảng điện tử;", "li"),
            P("Công tác bảo đảm an toàn thông tin, dữ liệu học sinh.", "li"),
            P(
                "Kết luận buổi kiểm tra, trưởng đoàn ghi nhận nhà trường là đơn vị đi đầu của tỉnh"
                " trong chuyển đổi số, đồng thời đề nghị trường chia sẻ kinh nghiệm xây dựng kho"
                " học liệu dùng chung cho các trường THPT trên địa bàn."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Nguyễn Thu Trang</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={
            "when": datetime(2026, 11, 24, 16, 40),
            "cats": ["tin-tuc-su-kien"],
            "user": "phamthuha",
            "editor": "block",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=2865,
        slug="to-sinh-hoc-to-chuc-chuyen-de-day-hoc-stem-thiet-ke-he-thong-thuy-canh-mini",
        title="Tổ Sinh học tổ chức chuyên đề dạy học STEM “Thiết kế hệ thống thủy canh mini”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-22T14:15:00+07:00",
        summary=(
            "Chuyên đề giúp học sinh lớp 10 Sinh vận dụng kiến thức về dinh dưỡng khoáng ở thực"
            " vật để tự thiết kế, lắp đặt và vận hành một hệ thống trồng rau thủy canh."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _up("11", "chuyen-de-stem-thuy-canh-780x470.jpg"),
                "Học sinh lớp 10 Sinh giới thiệu sản phẩm hệ thống thủy canh mini",
                "Học sinh lớp 10 Sinh giới thiệu sản phẩm hệ thống thủy canh mini",
                "feat",
            ),
            P(
                "Sáng 21/11, Tổ Sinh học tổ chức chuyên đề dạy học STEM cấp trường với sự tham dự"
                " của Ban Giám hiệu, giáo viên các tổ Hóa học, Vật lí, Công nghệ và Sinh học."
            ),
            P(
                "Tiết học do cô Lê Thị Hồng Nhung thực hiện theo quy trình bốn bước: xác định vấn"
                " đề, nghiên cứu kiến thức nền, đề xuất và lựa chọn giải pháp, chế tạo và thử"
                " nghiệm. Trước đó một tuần, các nhóm học sinh đã nhận nhiệm vụ, tìm hiểu nhu cầu"
                " dinh dưỡng của cây cải và pha dung dịch thủy canh."
            ),
            Img(
                _up("11", "chuyen-de-stem-thuy-canh-2.jpg"),
                "Các nhóm đo độ pH và nồng độ dung dịch dinh dưỡng",
                "Các nhóm đo độ pH và nồng độ dung dịch dinh dưỡng",
                "wpcap",
            ),
            P(
                "Sản phẩm của các nhóm được làm từ ống nhựa, chai nhựa tái chế và máy bơm mini, có"
                " chi phí dưới 300.000 đồng. Nhóm 3 còn gắn cảm biến để tự động bật bơm theo giờ."
            ),
            P(
                "Góp ý sau tiết dạy, các thầy cô đánh giá chuyên đề đã phát huy tính chủ động của"
                " học sinh và gắn kiến thức môn học với thực tiễn; đề nghị tổ tiếp tục xây dựng"
                " các chủ đề STEM liên môn trong học kỳ II."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Lê Thị Hồng Nhung</strong></p>\n'
                '<p style="text-align: right;"><em>Tổ Sinh học</em></p>'
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 22, 14, 15),
            "cats": ["hoat-dong-chuyen-mon"],
            "user": "phamthuha",
            "editor": "classic",
            "tags": ["stem"],
            "comments": [
                (
                    41,
                    "Phụ huynh lớp 10 Sinh",
                    datetime(2026, 11, 22, 20, 5),
                    "Các con rất hào hứng, về nhà còn làm thêm một bộ trồng rau ngoài ban công.",
                ),
                (
                    42,
                    "Trần Quốc Bảo",
                    datetime(2026, 11, 23, 7, 40),
                    "Chúc mừng cô và các em, mong tổ chia sẻ giáo án cho các trường bạn.",
                ),
            ],
        },
    ),
    Story(
        id=2862,
        slug="dem-van-nghe-tri-an-thay-co-cua-doan-truong",
        title="Đêm văn nghệ “Tri ân thầy cô” của Đoàn trường",
        cat="doan-truong",
        published_at="2026-11-21T19:30:00+07:00",
        blocks=[
            Img(_up("11", "dem-van-nghe-tri-an-780x470.jpg"), None, None, "feat"),
            P(
                "Tối 19/11, Đoàn trường tổ chức đêm văn nghệ “Tri ân thầy cô” tại hội trường lớn"
                " với 14 tiết mục do các chi đoàn dàn dựng."
            ),
            P(
                "Chương trình mở đầu bằng ca khúc “Bụi phấn” do tập thể lớp 12 Anh biểu diễn, tiếp"
                " đến là các tiết mục múa, hát, nhạc kịch và tiểu phẩm tái hiện những kỷ niệm của"
                " học trò với thầy cô."
            ),
            Img(
                _up("11", "dem-van-nghe-tri-an-2-1024x683.jpg"),
                "Tiết mục múa “Em yêu trường em” của chi đoàn 10 Toán",
                "Tiết mục múa “Em yêu trường em” của chi đoàn 10 Toán",
                "block",
            ),
            P(
                "Ban tổ chức trao giải Nhất cho chi đoàn 11 Văn, giải Nhì cho chi đoàn 12 Anh và"
                " chi đoàn 10 Toán. Toàn bộ số tiền quyên góp trong đêm diễn, hơn 12 triệu đồng,"
                " được dùng để tặng học bổng cho học sinh có hoàn cảnh khó khăn."
            ),
            Raw(
                '<p class="has-text-align-right"><strong>Tin: Lê Minh Khôi &#8211; Ảnh: Trần Gia Bảo'
                "</strong></p>"
            ),
        ],
        authors=["Lê Minh Khôi"],
        photographers=["Trần Gia Bảo"],
        opts={
            "when": datetime(2026, 11, 21, 19, 30),
            "cats": ["doan-truong"],
            "user": "doantruong",
            "editor": "block",
            "tags": ["ngay-nha-giao-viet-nam", "doan-thanh-nien"],
        },
    ),
    Story(
        id=2858,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:45:00+07:00",
        blocks=[
            Img(_up("11", "le-ky-niem-20-11-780x470.jpg"), None, None, "feat"),
            P(
                "Sáng 20/11, nhà trường long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
                " Dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT, Hội Cha mẹ học sinh, các thầy cô giáo"
                " nguyên là cán bộ, giáo viên của trường qua các thời kỳ."
            ),
            Img(
                _up("11", "img_2034-1024x683.jpg"),
                "Thầy Hiệu trưởng ôn lại truyền thống nhà trường",
                "Thầy Hiệu trưởng ôn lại truyền thống nhà trường",
                "wpcap_att",
            ),
            P(
                "Ôn lại truyền thống, thầy Hiệu trưởng cho biết năm học 2025 – 2026, nhà trường có"
                " 47 học sinh đạt giải học sinh giỏi quốc gia, 100% học sinh đỗ tốt nghiệp THPT,"
                " trên 95% trúng tuyển vào các trường đại học."
            ),
            Raw("related"),
            P(
                "Nhân dịp này, 12 thầy cô giáo được Chủ tịch UBND tỉnh và Giám đốc Sở GD&ĐT tặng"
                " bằng khen, giấy khen vì có thành tích xuất sắc trong bồi dưỡng học sinh giỏi."
            ),
            Img(
                _up("11", "le-ky-niem-20-11-khen-thuong.jpg"),
                "Trao bằng khen cho các thầy cô có thành tích xuất sắc",
                "Trao bằng khen cho các thầy cô có thành tích xuất sắc",
                "em",
            ),
            P(
                "Đại diện thế hệ học sinh, em Nguyễn Hà My (lớp 12 Văn) bày tỏ lòng biết ơn đối với"
                " sự tận tụy của thầy cô. Buổi lễ khép lại với chương trình văn nghệ do học sinh"
                " các lớp chuyên biểu diễn."
            ),
            Img(_up("11", "z6021487735512_3f8e2a1c9b7d4e.jpg"), None, None, "bare"),
        ],
        authors=["Phạm Thu Hà"],
        opts={
            "when": datetime(2026, 11, 20, 9, 45),
            "cats": ["tin-tuc-su-kien"],
            "user": "phamthuha",
            "editor": "classic",
            "tags": ["ngay-nha-giao-viet-nam"],
            "related": 2818,
            "comments": [
                (
                    38,
                    "Cựu học sinh khóa 2009 - 2012",
                    datetime(2026, 11, 20, 21, 12),
                    "Kính chúc thầy cô luôn mạnh khỏe, hạnh phúc!",
                ),
                (
                    39,
                    "Lê Văn Thành",
                    datetime(2026, 11, 21, 6, 55),
                    "Tự hào về mái trường chuyên Trần Hưng Đạo.",
                ),
            ],
        },
    ),
    Story(
        id=2852,
        slug="hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-18T14:00:00+07:00",
        blocks=[
            Img(_up("11", "hoi-thao-20-11-780x470.jpg"), None, None, "feat"),
            P(
                "Từ ngày 14 đến 17/11, Đoàn trường phối hợp với Công đoàn và tổ Thể dục tổ chức"
                " Hội thao chào mừng Ngày Nhà giáo Việt Nam với ba môn bóng đá nam, bóng chuyền nữ"
                " và kéo co."
            ),
            P(
                "Hội thao thu hút hơn 600 học sinh của 27 chi đoàn tham gia. Các trận đấu diễn ra"
                " sôi nổi, fair-play trong sự cổ vũ nhiệt tình của thầy cô và các bạn học sinh."
            ),
            Img(
                _up("11", "hoi-thao-bong-da-1024x683.jpg"),
                "Trận chung kết bóng đá nam giữa 11 Toán và 12 Lý",
                "Trận chung kết bóng đá nam giữa 11 Toán và 12 Lý",
                "gal",
            ),
            Img(_up("11", "hoi-thao-bong-chuyen-1024x683.jpg"), None, None, "gal"),
            Img(
                _up("11", "hoi-thao-keo-co-1024x683.jpg"),
                "Nội dung kéo co của khối 10",
                "Nội dung kéo co của khối 10",
                "gal",
            ),
            Img(_up("11", "hoi-thao-trao-giai-1024x683.jpg"), None, None, "gal"),
            P(
                "Kết quả, chi đoàn 12 Lý vô địch bóng đá nam, chi đoàn 11 Anh vô địch bóng chuyền"
                " nữ, chi đoàn 10 Tin giành giải Nhất nội dung kéo co."
            ),
        ],
        authors=["Đoàn trường"],
        opts={
            "when": datetime(2026, 11, 18, 14, 0),
            "cats": ["tin-tuc-su-kien", "doan-truong"],
            "user": "doantruong",
            "editor": "block",
            "tags": ["the-thao", "ngay-nha-giao-viet-nam"],
        },
    ),
    Story(
        id=2849,
        slug="bon-du-an-cua-hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Bốn dự án của học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-16",
        blocks=[
            Img(_up("11", "khkt-cap-tinh-780x470.jpg"), None, None, "feat"),
            P(
                "Tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học"
                " 2026 – 2027 diễn ra từ ngày 12 đến 14/11, nhà trường có 4/5 dự án dự thi đạt"
                " giải, trong đó có 1 giải Nhất và 2 giải Nhì."
            ),
            P("STT | Tên dự án | Học sinh thực hiện | Giải", "th"),
            P(
                "1 | Thiết bị cảnh báo sạt lở đất sử dụng cảm biến độ ẩm | Võ Minh Khang, Đặng Gia Hân | Nhất",
                "tr",
            ),
            P(
                "2 | Chế phẩm sinh học xử lý mùi chuồng trại từ vỏ thanh long | Huỳnh Ngọc Anh | Nhì",
                "tr",
            ),
            P(
                "3 | Ứng dụng nhận diện sâu bệnh trên cây điều | Trần Đức Duy, Lê Khánh Linh | Nhì",
                "tr",
            ),
            P("4 | Gạch không nung từ bùn thải nuôi tôm | Phan Thảo Nguyên | Ba", "tr"),
            P(
                "Dự án đạt giải Nhất được Ban tổ chức chọn tham dự vòng sơ khảo Cuộc thi Khoa học"
                " kỹ thuật cấp quốc gia khu vực phía Nam vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Phúc</strong></p>'),
        ],
        authors=["Hoàng Phúc"],
        opts={
            "when": datetime(2026, 11, 16, 8, 0),
            "cats": ["hoat-dong-chuyen-mon"],
            "user": "phamthuha",
            "editor": "classic",
            "tags": ["khoa-hoc-ky-thuat"],
            "nfd": True,
        },
    ),
    Story(
        id=2846,
        slug="hoi-nghi-cha-me-hoc-sinh-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh học kỳ I năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14",
        blocks=[
            Img(
                _up("11", "hoi-nghi-cmhs-780x470.jpg"),
                "Quang cảnh hội nghị tại lớp 10 Toán",
                "Quang cảnh hội nghị tại lớp 10 Toán",
                "feat",
            ),
            P(
                "Sáng Chủ nhật 13/11, 34 lớp của nhà trường đồng loạt tổ chức hội nghị cha mẹ học"
                " sinh giữa học kỳ I. Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện của"
                " từng học sinh và kế hoạch ôn tập, kiểm tra cuối học kỳ."
            ),
            P(
                "Nhà trường đề nghị phụ huynh phối hợp quản lý việc sử dụng điện thoại, mạng xã hội"
                " của con em; nhắc nhở học sinh chấp hành an toàn giao thông, không đi xe máy khi"
                " chưa đủ tuổi."
            ),
            P(
                "Nhiều ý kiến của phụ huynh đề nghị tăng thời lượng bồi dưỡng kỹ năng sống và tư"
                " vấn hướng nghiệp cho học sinh khối 12; Ban Giám hiệu đã tiếp thu và trả lời trực"
                " tiếp tại hội nghị."
            ),
            Raw('<p style="text-align: right;"><strong>Trần Văn Lộc</strong></p>'),
        ],
        authors=["Trần Văn Lộc"],
        opts={
            "when": datetime(2026, 11, 14, 8, 30),
            "cats": ["tin-tuc-su-kien"],
            "user": "admin",
            "editor": "classic",
            "tags": ["cha-me-hoc-sinh"],
            "updated": datetime(2026, 11, 23, 15, 2),
        },
    ),
    Story(
        id=2843,
        slug="ra-quan-chien-dich-ngay-chu-nhat-xanh",
        title="Ra quân chiến dịch “Ngày Chủ nhật xanh”",
        cat="doan-truong",
        published_at="2026-11-12",
        blocks=[
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh” của Tỉnh Đoàn, sáng 09/11, hơn 300 đoàn"
                " viên nhà trường ra quân dọn vệ sinh, thu gom rác thải dọc bờ kè sông Cà Ty và khu"
                " vực chợ Phan Thiết."
            ),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube'
                ' wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                '<iframe title="Chủ nhật xanh 2026 - Đoàn trường THPT chuyên Trần Hưng Đạo" width="780"'
                ' height="439" src="https://www.youtube.com/embed/q9XkT2mB7sE?feature=oembed"'
                ' frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media;'
                ' gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin"'
                ' allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">Clip: Đoàn'
                " viên thu gom rác thải dọc bờ kè sông Cà Ty</figcaption></figure>"
            ),
            P(
                "Các chi đoàn được phân công từng đoạn đường, mang theo dụng cụ và bao đựng rác"
                " phân loại. Sau ba giờ, các bạn đã thu gom gần 2 tấn rác, trong đó có hơn 300 kg"
                " rác tái chế được chuyển cho hợp tác xã môi trường."
            ),
            P(
                "Đoàn trường sẽ duy trì hoạt động này vào Chủ nhật thứ hai hằng tháng, kết hợp"
                " tuyên truyền người dân không xả rác xuống sông."
            ),
        ],
        authors=["Đoàn trường"],
        opts={
            "when": datetime(2026, 11, 12, 7, 45),
            "cats": ["doan-truong"],
            "user": "doantruong",
            "editor": "block",
            "tags": ["tinh-nguyen", "doan-thanh-nien"],
        },
    ),
    Story(
        id=2839,
        slug="nu-sinh-truong-chuyen-gianh-hoc-bong-toan-phan-dai-hoc-quoc-gia-singapore",
        title="Nữ sinh trường chuyên giành học bổng toàn phần Đại học Quốc gia Singapore",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        summary=(
            "Với điểm SAT 1.560 và nhiều giải thưởng khoa học, Nguyễn Minh Châu, cựu học sinh"
            " lớp 12 Anh, vừa nhận học bổng toàn phần ngành Khoa học máy tính của Đại học Quốc"
            " gia Singapore (NUS)."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _up("11", "nguyen-minh-chau-hoc-bong-nus-780x470.jpg"),
                "Nguyễn Minh Châu (thứ hai từ trái) cùng thầy cô và bạn bè trong lễ tốt nghiệp. Ảnh: NVCC",
                "Nguyễn Minh Châu (thứ hai từ trái) cùng thầy cô và bạn bè trong lễ tốt nghiệp. Ảnh: NVCC",
                "feat",
            ),
            P(
                "Học bổng chi trả toàn bộ học phí và sinh hoạt phí trong bốn năm, trị giá khoảng"
                " 240.000 đô la Singapore. Mỗi năm, NUS chỉ trao vài suất học bổng loại này cho"
                " sinh viên quốc tế."
            ),
            P(
                "Trong ba năm học tại trường, Châu đạt giải Nhì học sinh giỏi quốc gia môn Tiếng"
                " Anh, giải Ba Cuộc thi Khoa học kỹ thuật cấp quốc gia và là chủ nhiệm câu lạc bộ"
                " lập trình của trường."
            ),
            P(
                "“Em chuẩn bị hồ sơ từ năm lớp 11, thầy cô tổ Tiếng Anh giúp em rất nhiều trong"
                " phần bài luận và phỏng vấn”, Châu chia sẻ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thanh Hương</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Giáo dục &amp; Thời đại</em></p>'
            ),
        ],
        authors=["Thanh Hương"],
        source="Báo Giáo dục & Thời đại",
        opts={
            "when": datetime(2026, 11, 9, 15, 10),
            "cats": ["tin-tuc-su-kien"],
            "user": "admin",
            "editor": "classic",
            "tags": ["hoc-bong"],
        },
    ),
    Story(
        id=2835,
        slug="hoi-thao-chuyen-de-on-thi-tot-nghiep-thpt-nam-2027-mon-ngu-van",
        title="Hội thảo chuyên đề ôn thi tốt nghiệp THPT năm 2027 môn Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06",
        blocks=[
            P(
                "Chiều 05/11, Tổ Ngữ văn tổ chức hội thảo chuyên đề “Ôn thi tốt nghiệp THPT năm"
                " 2027 theo định dạng đề thi mới” với sự tham gia của giáo viên Ngữ văn các trường"
                " THPT trong cụm thi đua số 2."
            ),
            P("Những điểm mới của đề thi", "h3"),
            P(
                "Đề thi tiếp tục sử dụng ngữ liệu ngoài sách giáo khoa, gồm hai phần Đọc hiểu và"
                " Viết. Phần Viết yêu cầu học sinh viết đoạn văn nghị luận văn học khoảng 200 chữ và"
                " bài văn nghị luận xã hội khoảng 600 chữ."
            ),
            Raw(
                '<p><strong>&gt;&gt; Đọc thêm: </strong><a href="{H}/giao-vien-nha-truong-dat-giai-nhat-hoi-thi'
                '-giao-vien-day-gioi-cap-tinh/">Giáo viên nhà trường đạt giải Nhất Hội thi giáo viên dạy'
                " giỏi cấp tỉnh</a></p>"
            ),
            P("Giải pháp ôn tập", "h3"),
            P(
                "Các báo cáo viên đề xuất xây dựng ngân hàng ngữ liệu theo thể loại, rèn kỹ năng"
                " đọc hiểu văn bản mới và tăng cường chấm, chữa bài viết theo rubric để học sinh tự"
                " đánh giá bài làm của mình."
            ),
            P("Hội thảo thống nhất kế hoạch ra đề khảo sát chung của cụm vào tháng 3/2027."),
            Raw('<p style="text-align: right;"><em><strong>Tổ Ngữ văn</strong></em></p>'),
        ],
        authors=["Tổ Ngữ văn"],
        opts={
            "when": datetime(2026, 11, 6, 16, 30),
            "cats": ["hoat-dong-chuyen-mon"],
            "user": "phamthuha",
            "editor": "classic",
            "tags": ["on-thi-tot-nghiep"],
        },
    ),
    Story(
        id=2830,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-03",
        blocks=[
            Img(_up("11", "thong-bao-780x470.jpg"), None, None, "feat"),
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027 các môn kiểm"
                " tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("10/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("10/11/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("11/11/2026 | Sáng | Toán | 90 phút", "tr"),
            P("11/11/2026 | Chiều | Môn chuyên | 120 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút. Các môn còn lại"
                " kiểm tra theo thời khóa biểu của lớp."
            ),
            Raw(
                '<div class="wp-block-file"><a id="wp-block-file--media-7c1e" href="{H}'
                + UP
                + '/2026/11/lich-kiem-tra-giua-hk1-2026-2027.pdf">lich-kiem-tra-giua-hk1-2026-2027</a>'
                '<a href="{H}' + UP + '/2026/11/lich-kiem-tra-giua-hk1-2026-2027.pdf"'
                ' class="wp-block-file__button wp-element-button" download'
                ' aria-describedby="wp-block-file--media-7c1e">Tải xuống</a></div>'
            ),
        ],
        opts={
            "when": datetime(2026, 11, 3, 10, 0),
            "cats": ["tin-tuc-su-kien"],
            "user": "admin",
            "editor": "block",
            "tags": ["kiem-tra-danh-gia"],
        },
    ),
    Story(
        id=2824,
        slug="dai-hoi-dai-bieu-doan-tncs-ho-chi-minh-truong-nhiem-ky-2026-2027",
        title="Đại hội đại biểu Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026 – 2027",
        cat="doan-truong",
        published_at="2026-10-30",
        blocks=[
            Img(
                _up("10", "dai-hoi-doan-truong-780x470.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt đại hội",
                "feat",
            ),
            P(
                "Ngày 29/10, Đoàn trường tổ chức Đại hội đại biểu nhiệm kỳ 2026 – 2027 với sự tham"
                " dự của 150 đại biểu đại diện cho gần 1.100 đoàn viên."
            ),
            P(
                "Nhiệm kỳ qua, Đoàn trường đã tổ chức hiệu quả các phong trào “Tuổi trẻ sáng tạo”,"
                " “Thanh niên tình nguyện”; kết nạp 126 đoàn viên mới; giới thiệu 9 đoàn viên ưu tú"
                " để Chi bộ xem xét, bồi dưỡng kết nạp Đảng."
            ),
            Img(
                _up("10", "dai-hoi-doan-truong-bieu-quyet.jpg"),
                "Đại biểu biểu quyết thông qua nghị quyết đại hội",
                "Đại biểu biểu quyết thông qua nghị quyết đại hội",
                "wpcap",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí; em Nguyễn Ngọc Hân (lớp"
                " 12 Hóa) tiếp tục được tín nhiệm giữ chức Phó Bí thư Đoàn trường."
            ),
            Raw('<p style="text-align: right;"><em>Ngọc Hân</em></p>'),
        ],
        authors=["Ngọc Hân"],
        opts={
            "when": datetime(2026, 10, 30, 20, 0),
            "cats": ["doan-truong"],
            "user": "doantruong",
            "editor": "classic",
            "tags": ["doan-thanh-nien"],
        },
    ),
    Story(
        id=2818,
        slug="hoc-sinh-khoi-10-trai-nghiem-tai-bao-tang-ho-chi-minh",
        title="Học sinh khối 10 trải nghiệm tại Bảo tàng Hồ Chí Minh – Chi nhánh Bình Thuận",
        cat="tin-tuc-su-kien",
        published_at="2026-10-26",
        blocks=[
            Img(
                _up("10", "trai-nghiem-bao-tang-780x470.jpg"),
                "Học sinh lớp 10 Sử – Địa nghe thuyết minh tại khu di tích Trường Dục Thanh (Ảnh: Minh Quân)",
                "Học sinh lớp 10 Sử – Địa nghe thuyết minh tại khu di tích Trường Dục Thanh (Ảnh: Minh Quân)",
                "feat",
            ),
            P(
                "Trong hai ngày 23 và 24/10, hơn 400 học sinh khối 10 tham gia hoạt động trải"
                " nghiệm “Theo dấu chân Bác” tại Bảo tàng Hồ Chí Minh – Chi nhánh Bình Thuận và khu"
                " di tích Trường Dục Thanh."
            ),
            P(
                "Các em được nghe thuyết minh về thời gian Bác Hồ dạy học tại Trường Dục Thanh năm"
                " 1910, tham quan lớp học, giếng nước, nhà ở của thầy giáo Nguyễn Tất Thành."
            ),
            Img(
                _up("10", "trai-nghiem-bao-tang-2.jpg"),
                "Các nhóm thi tìm hiểu hiện vật (Ảnh: Minh Quân)",
                "Các nhóm thi tìm hiểu hiện vật (Ảnh: Minh Quân)",
                "wpcap",
            ),
            P(
                "Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm thu hoạch dưới dạng báo tường,"
                " video hoặc bài thuyết trình để báo cáo trong tiết sinh hoạt dưới cờ."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Nguyễn Thị Mai Anh</strong></p>'),
        ],
        authors=["Nguyễn Thị Mai Anh"],
        photographers=["Minh Quân"],
        opts={
            "when": datetime(2026, 10, 26, 6, 30),
            "cats": ["tin-tuc-su-kien"],
            "user": "phamthuha",
            "editor": "classic",
            "tags": ["trai-nghiem"],
        },
    ),
    Story(
        id=2812,
        slug="giao-vien-nha-truong-dat-giai-nhat-hoi-thi-giao-vien-day-gioi-cap-tinh",
        title="Giáo viên nhà trường đạt giải Nhất Hội thi giáo viên dạy giỏi cấp tỉnh",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-21",
        blocks=[
            Img(
                _up("10", "gvdg-cap-tinh-780x470.jpg"),
                "Cô Đinh Thị Bích Ngọc nhận giải Nhất môn Tiếng Anh",
                "Cô Đinh Thị Bích Ngọc nhận giải Nhất môn Tiếng Anh",
                "feat",
            ),
            P(
                "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 – 2027 vừa bế mạc sau"
                " hai tuần thi. Nhà trường có 5 giáo viên dự thi, cả 5 đều đạt giải."
            ),
            P(
                "Cô Đinh Thị Bích Ngọc (tổ Tiếng Anh) đạt giải Nhất với bài dạy “Urbanisation”, thầy"
                " Võ Văn Hiếu (tổ Toán) và cô Trương Thị Mỹ Duyên (tổ Hóa học) đạt giải Nhì, hai"
                " thầy cô còn lại đạt giải Ba."
            ),
            P(
                "Kết quả hội thi khẳng định chất lượng đội ngũ và hiệu quả sinh hoạt chuyên môn theo"
                " nghiên cứu bài học mà nhà trường duy trì trong nhiều năm."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Minh Quân</strong></p>'),
        ],
        authors=["Minh Quân"],
        photographers=["Minh Quân"],
        opts={
            "when": datetime(2026, 10, 21, 9, 0),
            "cats": ["hoat-dong-chuyen-mon"],
            "user": "admin",
            "editor": "classic",
            "tags": ["giao-vien-day-gioi"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def article_path(s: Story) -> str:
    return f"/{s.slug}/"


def cat_name(slug: str) -> str:
    return CATS[slug][1]


def in_cat(slug: str) -> list[Story]:
    return [s for s in LATEST if slug in s.opts["cats"]]


def in_tag(slug: str) -> list[Story]:
    return [s for s in LATEST if slug in s.opts["tags"]]


def by_user(nick: str) -> list[Story]:
    return [s for s in LATEST if s.opts["user"] == nick]


def in_month(y: int, m: int) -> list[Story]:
    return [s for s in LATEST if (s.opts["when"].year, s.opts["when"].month) == (y, m)]


def on_day(y: int, m: int, d: int) -> list[Story]:
    return [s for s in LATEST if s.opts["when"].date() == datetime(y, m, d).date()]


def pages_of(n: int) -> int:
    return max(1, math.ceil(n / PER_PAGE))


def _paged(base: str, n: int) -> list[str]:
    return [base] + [f"{base}page/{k}/" for k in range(2, pages_of(n) + 1)]


MONTHS = sorted({(s.opts["when"].year, s.opts["when"].month) for s in STORIES})
DAYS = sorted({s.opts["when"].date() for s in STORIES})


# --- pages that are not posts ----------------------------------------------------------------

#: attachment pages: path -> (id, parent path, parent title, title, file, caption, date)
ATTACHMENTS: dict[str, tuple[int, str, str, str, str, str, datetime]] = {
    "/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/img_2034/": (
        2860, "/le-ky-niem-44-nam-ngay-nha-giao-viet-nam/",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026", "IMG_2034",
        _up("11", "img_2034.jpg"), "Thầy Hiệu trưởng ôn lại truyền thống nhà trường",
        datetime(2026, 11, 20, 9, 31),
    ),
    "/thu-vien-anh/khai-giang-2026-01/": (
        2766, "/thu-vien-anh/", "Thư viện ảnh", "khai-giang-2026-01",
        "/wp-content/uploads/2026/09/khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 – 2027",
        datetime(2026, 9, 5, 11, 2),
    ),
    "/thu-vien-anh/khai-giang-2026-02/": (
        2767, "/thu-vien-anh/", "Thư viện ảnh", "khai-giang-2026-02",
        "/wp-content/uploads/2026/09/khai-giang-2026-02.jpg", "Học sinh lớp 10 nhận hoa chào đón",
        datetime(2026, 9, 5, 11, 2),
    ),
    "/thu-vien-anh/trai-he-2026-01/": (
        2701, "/thu-vien-anh/", "Thư viện ảnh", "trai-he-2026-01",
        "/wp-content/uploads/2026/07/trai-he-2026-01.jpg", "Trại hè Đoàn trường tại Mũi Né",
        datetime(2026, 7, 18, 16, 40),
    ),
}  # fmt: skip

DOCUMENTS: list[tuple[str, str, str, str]] = [
    ("Kế hoạch giáo dục nhà trường năm học 2026 – 2027", "215/KH-THPTCTHĐ", "05/09/2026",
     "/wp-content/uploads/2026/09/ke-hoach-giao-duc-nha-truong-2026-2027.pdf"),
    ("Quy chế tổ chức và hoạt động của nhà trường", "198/QĐ-THPTCTHĐ", "28/08/2026",
     "/wp-content/uploads/2026/08/quy-che-to-chuc-va-hoat-dong.pdf"),
    ("Lịch kiểm tra giữa học kỳ I năm học 2026 – 2027", "241/TB-THPTCTHĐ", "02/11/2026",
     _up("11", "lich-kiem-tra-giua-hk1-2026-2027.pdf")),
    ("Mẫu đơn xin nghỉ học", "Biểu mẫu", "15/08/2026", "/wp-content/uploads/2026/08/mau-don-xin-nghi-hoc.pdf"),
]  # fmt: skip
KNOWN_FILES = {d[3] for d in DOCUMENTS}

STAFF: list[tuple[str, list[tuple[str, str]]]] = [
    ("Ban Giám hiệu", [("ThS. Nguyễn Văn Tùng", "Hiệu trưởng"), ("ThS. Lê Thị Kim Oanh", "Phó Hiệu trưởng"),
                       ("ThS. Trần Đình Khoa", "Phó Hiệu trưởng")]),
    ("Tổ Toán – Tin", [("ThS. Võ Văn Hiếu", "Tổ trưởng"), ("Nguyễn Thị Thu Sương", "Giáo viên"),
                      ("Phan Quốc Việt", "Giáo viên")]),
    ("Tổ Ngữ văn", [("ThS. Đỗ Thị Thanh Tâm", "Tổ trưởng"), ("Phạm Thu Hà", "Giáo viên")]),
    ("Tổ Sinh học", [("ThS. Huỳnh Văn Lâm", "Tổ trưởng"), ("Lê Thị Hồng Nhung", "Giáo viên")]),
]  # fmt: skip

AWARDS: list[tuple[str, str, str, str]] = [
    ("2025 – 2026", "47", "212", "Cờ thi đua của UBND tỉnh"),
    ("2024 – 2025", "41", "198", "Bằng khen của Bộ trưởng Bộ GD&ĐT"),
    ("2023 – 2024", "38", "205", "Tập thể lao động xuất sắc"),
    ("2022 – 2023", "35", "187", "Tập thể lao động xuất sắc"),
]


def _page_gioi_thieu() -> str:
    return (
        '<p style="text-align: justify;">Trường THPT chuyên Trần Hưng Đạo được thành lập năm 1992,'
        " là trường chuyên của tỉnh, có nhiệm vụ phát hiện, bồi dưỡng học sinh năng khiếu và đào"
        " tạo nguồn nhân lực chất lượng cao cho địa phương.</p>\n"
        '<p style="text-align: justify;">Trường hiện có 34 lớp với hơn 1.100 học sinh theo học 11'
        " môn chuyên; đội ngũ 96 cán bộ, giáo viên, nhân viên, trong đó 62% có trình độ thạc sĩ trở"
        " lên.</p>\n"
        "<h3>Sứ mệnh</h3>\n"
        '<p style="text-align: justify;">Xây dựng môi trường học tập kỷ cương, sáng tạo, hội nhập;'
        " nơi mỗi học sinh được phát triển toàn diện và phát huy tối đa năng khiếu của mình.</p>\n"
        f'<p><img class="aligncenter size-full wp-image-31" src="{H}/wp-content/uploads/2024/08/toan-canh-truong.jpg"'
        ' alt="Toàn cảnh trường" width="1024" height="576" /></p>'
    )


def _page_lien_he() -> str:
    return (
        f"<p><strong>{SITE.upper()}</strong></p>\n"
        f"<p>Địa chỉ: {ADDRESS}<br />\nĐiện thoại: {PHONE}<br />\nĐường dây nóng: {HOTLINE}<br />\n"
        f'Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>\n'
        '<div class="wpcf7 no-js" id="wpcf7-f48-p14-o1" lang="vi" dir="ltr">'
        '<form action="/lien-he/#wpcf7-f48-p14-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
        '<div style="display: none;"><input type="hidden" name="_wpcf7" value="48" /><input type="hidden" name="_wpcf7_version" value="5.9.8" />'
        '<input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f48-p14-o1" /></div>'
        '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>'
        '<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email wpcf7-validates-as-required wpcf7-text" aria-required="true" value="" type="email" name="your-email" /></span></label></p>'
        '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p>'
        '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>\n'
        '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3917.2!2d108.1!3d10.93" width="100%" height="350"'
        ' style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>'
    )


def _page_doi_ngu() -> str:
    out = []
    for group, people in STAFF:
        out.append(f'<h3 class="wp-block-heading has-text-align-center">{wpt(group)}</h3>')
        cols = []
        for name, role in people:
            slug = re.sub(r"[^a-z]+", "-", _ascii(name).lower()).strip("-")
            cols.append(
                '<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">'
                f'<figure class="wp-block-image aligncenter size-medium is-style-rounded"><img decoding="async" width="240"'
                f' height="300" src="{H}/wp-content/uploads/2026/09/{slug}-240x300.jpg" alt="{esc(name)}" /></figure>'
                f'<p class="has-text-align-center"><strong>{wpt(name)}</strong><br>{wpt(role)}</p></div>'
            )
        out.append(
            '<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">'
            + "".join(cols)
            + "</div>"
        )
    return "\n".join(out)


def _page_thanh_tich() -> str:
    rows = "".join(
        f"<tr><td>{wpt(y)}</td><td>{a}</td><td>{b}</td><td>{wpt(c)}</td></tr>"
        for y, a, b, c in AWARDS
    )
    return (
        "<p>Thành tích nổi bật của nhà trường trong những năm học gần đây:</p>\n"
        '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>'
        "<th>Năm học</th><th>Giải HSG quốc gia</th><th>Giải HSG cấp tỉnh</th><th>Danh hiệu thi đua</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></figure>"
    )


def _page_van_ban() -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{wpt(title)}</td><td>{esc(number)}</td><td>{day}</td>"
        f'<td><a href="{H}{href}" target="_blank" rel="noopener">Tải về</a></td></tr>'
        for i, (title, number, day, href) in enumerate(DOCUMENTS, 1)
    )
    return (
        '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>STT</th><th>Tên văn bản</th>'
        f"<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></figure>"
    )


def _page_thu_vien() -> str:
    items = []
    for path, (aid, _pp, _pt, _title, src, cap, _when) in ATTACHMENTS.items():
        if not path.startswith("/thu-vien-anh/"):
            continue
        thumb = src.replace(".jpg", "-150x150.jpg")
        items.append(
            "<figure class='gallery-item'><div class='gallery-icon landscape'>"
            f'<a href=\'{H}{path}\'><img width="150" height="150" src="{H}{thumb}"'
            f' class="attachment-thumbnail size-thumbnail" alt="" aria-describedby="gallery-1-{aid}" /></a></div>'
            f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{aid}'>{wpt(cap)}</figcaption></figure>"
        )
    return (
        "<p>Một số hình ảnh hoạt động của nhà trường.</p>\n"
        "<div id='gallery-1' class='gallery galleryid-22 gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(items)
        + "</div>"
    )


#: static pages: slug -> (id, title, content)
PAGES: dict[str, tuple[int, str, object]] = {
    "gioi-thieu": (12, "Giới thiệu", _page_gioi_thieu),
    "lien-he": (14, "Liên hệ", _page_lien_he),
    "doi-ngu-giao-vien": (16, "Đội ngũ giáo viên", _page_doi_ngu),
    "thanh-tich": (18, "Thành tích", _page_thanh_tich),
    "van-ban-bieu-mau": (20, "Văn bản – Biểu mẫu", _page_van_ban),
    "thu-vien-anh": (22, "Thư viện ảnh", _page_thu_vien),
}

# --- gold --------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    return [f"{article_path(s)}?amp=1"] + [
        f"{article_path(s)}?replytocom={c[0]}" for c in s.opts.get("comments", [])
    ]


GOLD: list[dict] = [
    gold_record(s, article_path(s), cat_name(s.opts["cats"][0]), alt_paths=_alts(s)) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    *(p for c in CATS for p in _paged(f"/chuyen-muc/{c}/", len(in_cat(c)))),
    *(p for t in TAGS for p in _paged(f"/tag/{t}/", len(in_tag(t)))),
    *(p for u in USERS for p in _paged(f"/author/{u}/", len(by_user(u)))),
    *(p for y, m in MONTHS for p in _paged(f"/{y}/{m:02d}/", len(in_month(y, m)))),
    *(f"/{d:%Y/%m/%d}/" for d in DAYS),
    *(f"/{p}/" for p in PAGES),
    *ATTACHMENTS,
]

# --- text as WordPress prints it ---------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;",
              "—": "&#8212;", "…": "&#8230;"}  # fmt: skip


def wpt(value: str, nfd: bool = False) -> str:
    """Escaped text as ``wptexturize`` leaves it: curly quotes and dashes as numeric references."""
    out = _html.escape(unicodedata.normalize("NFD", value) if nfd else value, quote=False)
    out = out.replace(" - ", " – ")
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def raw(value: str) -> str:
    """A title or term name as stored (and printed where WordPress does not texturize)."""
    return value.replace(" – ", " - ")


def _ascii(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in value if ord(c) < 128)


def shown_date(when: datetime) -> str:
    """Jannah's date with "time ago" on: relative for a week (WordPress rounding), then d/m/Y."""
    secs = (NOW - when).total_seconds()
    if secs < RELATIVE_DAYS * 86400:
        if secs < 3600:
            n, unit = max(1, int(secs / 60 + 0.5)), "phút"
        elif secs < 86400:
            n, unit = max(1, int(secs / 3600 + 0.5)), "giờ"
        else:
            n, unit = max(1, int(secs / 86400 + 0.5)), "ngày"
        return f"{n} {unit} trước"
    return f"{when:%d/%m/%Y}"


def _utc(when: datetime) -> str:
    return f"{when - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00"


def _local(when: datetime) -> str:
    return f"{when:%Y-%m-%dT%H:%M:%S}+07:00"


def _rfc822(when: datetime) -> str:
    return f"{when - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"


def _modified(s: Story) -> datetime:
    return s.opts.get("updated") or s.opts["when"] + timedelta(minutes=5 + s.id % 40)


def _views(s: Story) -> str:
    return f"{s.views() * 3 + 41:,}".replace(",", ".")


def _php_json(data: object) -> str:
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _feat(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "feat"), None)


def _thumb(s: Story, size: str) -> str | None:
    f = _feat(s)
    return f.src.replace("-780x470", f"-{size}") if f else None


def _lazy(s: Story, size: str, cls: str) -> str:
    src = _thumb(s, size)
    if not src:
        return ""
    w, h = size.split("x")
    return (
        f'<img width="{w}" height="{h}" src="{H}{THEME}/assets/images/tie-empty.png" class="{cls} lazy-img'
        f' wp-post-image" alt="" decoding="async" data-src="{H}{src}" />'
    )


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    words = next(b.text for b in s.blocks if isinstance(b, P)).split()
    return " ".join(words[:22]) + " …"


def _plain(s: Story) -> str:
    return " ".join(collapse_text(_html.unescape(re.sub(r"<[^>]+>", " ", _content(s)))).split())


def collapse_text(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("\xa0", " "))


# --- the post content --------------------------------------------------------------------------


def _srcset(src: str) -> str:
    stem = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    small = stem.replace(".jpg", "-300x200.jpg")
    mid = stem.replace(".jpg", "-768x512.jpg")
    return f"{H}{src} 1024w, {H}{small} 300w, {H}{mid} 768w"


def _img(src: str, wid: int, cls: str, alt: str = "", describedby: str = "") -> str:
    aria = f' aria-describedby="{describedby}"' if describedby else ""
    return (
        f'<img decoding="async"{aria} class="{cls} wp-image-{wid}" src="{H}{src}" alt="{esc(alt)}"'
        f' width="1024" height="683" srcset="{_srcset(src)}" sizes="(max-width: 1024px) 100vw, 1024px" />'
    )


def _inline_related(s: Story) -> str:
    o = _BY_ID[s.opts["related"]]
    return (
        '<div class="inline-related-posts"><span class="inline-related-posts-title">Đọc thêm</span>'
        f'<ul class="inline-related-posts-list"><li><a href="{H}{article_path(o)}">{wpt(o.title)}</a>'
        "</li></ul></div>"
    )


def _content(s: Story) -> str:
    """The post's ``the_content()``: classic-editor or block-editor markup of its blocks."""
    block = s.opts["editor"] == "block"
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []
    gallery: list[tuple[Img, int]] = []

    def flush() -> None:
        if items:
            cls = ' class="wp-block-list"' if block else ""
            out.append(
                f"<ul{cls}>\n" + "\n".join(f"<li>{wpt(i.text)}</li>" for i in items) + "\n</ul>"
            )
            items.clear()
        if rows:
            head = [r for r in rows if r.style == "th"]
            body = [r for r in rows if r.style == "tr"]
            if block:
                th = "".join(f"<th>{wpt(c)}</th>" for c in head[0].text.split(" | "))
                trs = "".join(
                    "<tr>" + "".join(f"<td>{wpt(c)}</td>" for c in r.text.split(" | ")) + "</tr>"
                    for r in body
                )
                out.append(f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>{th}</tr>'
                           f"</thead><tbody>{trs}</tbody></table></figure>")  # fmt: skip
            else:
                trs = []
                for r in rows:
                    cells = r.text.split(" | ")
                    if r.style == "th":
                        trs.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{wpt(c)}</strong></td>'
                                                    for c in cells) + "</tr>")  # fmt: skip
                    else:
                        trs.append("<tr>" + "".join(f"<td>{wpt(c)}</td>" for c in cells) + "</tr>")
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                           + "\n".join(trs) + "\n</tbody></table>")  # fmt: skip
            rows.clear()
        if gallery:
            figs = []
            for img, wid in gallery:
                cap = (
                    f'<figcaption class="wp-element-caption">{wpt(img.printed)}</figcaption>'
                    if img.printed
                    else ""
                )
                figs.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"'
                    f' data-id="{wid}" src="{H}{img.src}" alt="" class="wp-image-{wid}" srcset="{_srcset(img.src)}"'
                    f' sizes="(max-width: 1024px) 100vw, 1024px" />{cap}</figure>'
                )
            out.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1'
                ' is-layout-flex wp-block-gallery-is-layout-flex">\n'
                + "\n".join(figs)
                + "\n</figure>"
            )
            gallery.clear()

    wid = s.id
    for b in s.blocks:
        if isinstance(b, Img):
            wid += 1
            if b.style == "feat":
                continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, Img) and b.style == "gal":
            gallery.append((b, wid))
            continue
        flush()
        if isinstance(b, Raw):
            if b.html == "related":
                out.append(_inline_related(s))
            else:
                if not block and b.html.startswith('<p style="text-align: right;">'):
                    out.append("<p>&nbsp;</p>")
                out.append(b.html.replace("{H}", H))
        elif isinstance(b, P):
            if b.style == "h3":
                out.append(
                    f'<h3 class="wp-block-heading">{wpt(b.text)}</h3>'
                    if block
                    else f"<h3>{wpt(b.text)}</h3>"
                )
            elif block:
                out.append(f"<p>{wpt(b.text)}</p>")
            else:
                out.append(f'<p style="text-align: justify;">{wpt(b.text)}</p>')
        elif isinstance(b, Img):
            cap = wpt(b.printed) if b.printed else ""
            if b.style in ("wpcap", "wpcap_att"):
                tag = _img(b.src, wid, "size-large", describedby=f"caption-attachment-{wid}")
                if b.style == "wpcap_att":
                    att = next(p for p, a in ATTACHMENTS.items() if a[0] == wid)
                    tag = f'<a href="{H}{att}" rel="attachment wp-att-{wid}">{tag}</a>'
                out.append(
                    f'<div id="attachment_{wid}" style="width: 1034px" class="wp-caption aligncenter">{tag}'
                    f'<p id="caption-attachment-{wid}" class="wp-caption-text">{cap}</p></div>'
                )
            elif b.style == "em":
                out.append(
                    f'<p style="text-align: center;">{_img(b.src, wid, "aligncenter size-full")}</p>'
                )
                out.append(f'<p style="text-align: center;"><em>{cap}</em></p>')
            elif b.style == "bare":
                alt = b.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
                out.append(f"<p>{_img(b.src, wid, 'aligncenter size-full', alt=alt)}</p>")
            elif b.style == "block":
                fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
                out.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683"'
                    f' src="{H}{b.src}" alt="" class="wp-image-{wid}" srcset="{_srcset(b.src)}"'
                    f' sizes="(max-width: 1024px) 100vw, 1024px" />{fc}</figure>'
                )
    flush()
    markup = "\n".join(out)
    return unicodedata.normalize("NFD", markup) if s.opts.get("nfd") else markup


def _reading_minutes(s: Story) -> int:
    words = sum(len(p.split()) for p in s.paragraphs)
    return max(1, math.ceil(words / 200))


# --- the theme's shell -------------------------------------------------------------------------

_MONTH_NAMES = ("", "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
                "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")  # fmt: skip


def _cat_link(slug: str) -> str:
    return f"{H}/chuyen-muc/{slug}/"


def _menu_item(mid: int, href: str, label: str, sub: str = "", current: bool = False) -> str:
    cls = f"menu-item menu-item-type-custom menu-item-object-custom menu-item-{mid}"
    if sub:
        cls += " menu-item-has-children"
    if current:
        cls += " current-menu-item"
    inner = f'<ul class="sub-menu menu-sub-content">{sub}</ul>' if sub else ""
    return f'<li id="menu-item-{mid}" class="{cls}"><a href="{href}">{wpt(label)}</a>{inner}</li>'


def _main_menu() -> str:
    about = (
        _menu_item(101, f"{H}/gioi-thieu/", "Giới thiệu chung")
        + _menu_item(102, f"{H}/doi-ngu-giao-vien/", "Đội ngũ giáo viên")
        + _menu_item(103, f"{H}/thanh-tich/", "Thành tích")
    )
    cats = "".join(_menu_item(110 + i, _cat_link(c), CATS[c][1]) for i, c in enumerate(CATS))
    return (
        '<ul id="menu-menu-chinh" class="menu" role="menubar">'
        + _menu_item(100, f"{H}/", "Trang chủ")
        + _menu_item(104, f"{H}/gioi-thieu/", "Giới thiệu", about)
        + cats
        + _menu_item(120, f"{H}/van-ban-bieu-mau/", "Văn bản – Biểu mẫu")
        + _menu_item(121, f"{H}/thu-vien-anh/", "Thư viện ảnh")
        + _menu_item(122, f"{H}/lien-he/", "Liên hệ")
        + "</ul>"
    )


def _header(home: bool = False) -> str:
    logo_tag = "h1" if home else "div"
    ticker = "".join(
        f'<li class="news-item"><a href="{H}{article_path(s)}">{wpt(s.title)}</a></li>'
        for s in LATEST[:5]
    )
    return f"""<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Điều hướng phụ">
<div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{TODAY}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Tin nóng</span></span>
<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{ticker}</ul></div></div>
<div class="tie-alignright"><ul class="components">
<li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/thptchuyentranhungdao"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li>
<li class="social-icons-item"><a class="social-link youtube-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.youtube.com/@doantruongthd"><span class="tie-social-icon tie-icon-youtube"></span><span class="screen-reader-text">YouTube</span></a></li>
<li class=" popup-login-icon menu-item custom-menu-link"><a href="#" class="lgoin-btn tie-popup-trigger"><span class="tie-icon-author" aria-hidden="true"></span><span class="screen-reader-text">Đăng nhập</span></a></li>
</ul></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row">
<div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix">
<div id="logo" class="image-logo"><a title="{SITE}" href="{H}/"><picture class="tie-logo-default tie-logo-picture"><source class="tie-logo-source-default tie-logo-source" srcset="{H}/wp-content/uploads/2024/08/logo-thd.png"><img class="tie-logo-img-default tie-logo-img" src="{H}/wp-content/uploads/2024/08/logo-thd.png" alt="{SITE}" width="300" height="90" /></picture><{logo_tag} class="h1-off">{SITE}</{logo_tag}></a></div>
</div></div>
<div class="tie-col-md-8 stream-item stream-item-top-wrapper"><div class="stream-item-top"><a href="{H}/gioi-thieu/" title="Tuyển sinh lớp 10 chuyên năm học 2027 - 2028"><img src="{H}/wp-content/uploads/2026/10/banner-tuyen-sinh-728x90.jpg" alt="Tuyển sinh lớp 10 chuyên năm học 2027 - 2028" width="728" height="90" /></a></div></div>
</div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Điều hướng chính"><div class="container"><div class="main-menu-wrapper">
<div id="mobile-header-components-area_1" class="mobile-header-components"><ul class="components"><li class="mobile-component_menu custom-menu-link"><a href="#" id="mobile-menu-icon"><span class="tie-mobile-menu-icon nav-icon is-layout-1"></span><span class="screen-reader-text">Menu</span></a></li></ul></div>
<div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu">{_main_menu()}</div></div>
<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Tìm kiếm</span></a></li></ul></div>
</div></div></nav></div>"""


def _calendar(year: int, month: int) -> str:
    first = datetime(year, month, 1)
    nxt = datetime(year + (month == 12), month % 12 + 1, 1)
    ndays = (nxt - first).days
    posted = {s.opts["when"].day for s in in_month(year, month)}
    cells = [f'<td colspan="{first.weekday()}" class="pad">&nbsp;</td>'] if first.weekday() else []
    for d in range(1, ndays + 1):
        tid = ' id="today"' if (year, month, d) == (NOW.year, NOW.month, NOW.day) else ""
        if d in posted:
            label = f"Các bài viết đã được xuất bản vào {d} {_MONTH_NAMES[month]}, {year}"
            cells.append(
                f'<td{tid}><a href="{H}/{year}/{month:02d}/{d:02d}/" aria-label="{label}">{d}</a></td>'
            )
        else:
            cells.append(f"<td{tid}>{d}</td>")
    weeks = ["".join(cells[i : i + 7]) for i in range(0, len(cells), 7)]
    tbody = "".join(f"<tr>{w}</tr>" for w in weeks)
    heads = "".join(
        f'<th scope="col" title="{t}">{a}</th>'
        for t, a in zip(("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
                        ("T2", "T3", "T4", "T5", "T6", "T7", "CN"), strict=True)
    )  # fmt: skip
    before = [ym for ym in MONTHS if ym < (year, month)]
    after = [ym for ym in MONTHS if ym > (year, month)]
    prev = (
        f'<a href="{H}/{before[-1][0]}/{before[-1][1]:02d}/">&laquo; Th{before[-1][1]}</a>'
        if before
        else "&nbsp;"
    )
    nxt_link = (
        f'<a href="{H}/{after[0][0]}/{after[0][1]:02d}/">Th{after[0][1]} &raquo;</a>'
        if after
        else "&nbsp;"
    )
    return (
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>{_MONTH_NAMES[month]} {year}</caption><thead><tr>{heads}</tr></thead><tbody>{tbody}</tbody>"
        '</table><nav aria-label="Tháng trước và tháng tiếp theo" class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev">{prev}</span><span class="pad">&nbsp;</span>'
        f'<span class="wp-calendar-nav-next">{nxt_link}</span></nav></div>'
    )


def _widget(wid: str, cls: str, title: str, inner: str) -> str:
    return (
        f'<div id="{wid}" class="container-wrapper widget {cls}"><div class="widget-title the-global-title">'
        f'<div class="the-subtitle">{title}</div></div>{inner}<div class="clearfix"></div></div>'
    )


def _post_list_items(stories: list[Story]) -> str:
    lis = []
    for s in stories:
        thumb = _lazy(
            s, "220x150", "attachment-jannah-image-small size-jannah-image-small tie-small-image"
        )
        pic = (
            f'<div class="post-widget-thumbnail"><a aria-label="{esc(s.title)}" href="{H}{article_path(s)}"'
            f' class="post-thumb">{thumb}</a></div>'
            if thumb
            else ""
        )
        lis.append(
            f'<li class="widget-single-post-item widget-post-list tie-standard">{pic}'
            f'<div class="post-widget-body "><a class="post-title the-subtitle" href="{H}{article_path(s)}">'
            f'{wpt(s.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">'
            f"{shown_date(s.opts['when'])}</span></div></div></li>"
        )
    return f'<ul class="posts-list-items">{"".join(lis)}</ul>'


def _sidebar(cal: tuple[int, int] = (NOW.year, NOW.month)) -> str:
    search = (
        f'<form role="search" method="get" class="search-form" action="{H}/"><label><span class="screen-reader-text">'
        'Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value=""'
        ' name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form>'
    )
    latest = f'<div class="widget-posts-list-wrapper"><div class="widget-posts-list-container">{_post_list_items(LATEST[:5])}</div></div>'
    banner = (
        '<div class="stream-item-widget-content">'
        '<a href="https://moet.gov.vn" target="_blank" rel="nofollow noopener"><img class="widget-stream-image"'
        f' src="{H}/wp-content/uploads/2024/08/banner-bo-gddt.jpg" width="300" height="120" alt="Bộ Giáo dục và Đào tạo" /></a>'
        '<a href="https://lamdong.edu.vn" target="_blank" rel="nofollow noopener"><img class="widget-stream-image"'
        f' src="{H}/wp-content/uploads/2025/08/banner-so-gddt-lam-dong.jpg" width="300" height="120" alt="Sở GD&amp;ĐT Lâm Đồng" /></a></div>'
    )
    counter = (
        '<div class="textwidget custom-html-widget"><ul class="thong-ke-truy-cap">'
        "<li>Đang trực tuyến: <strong>23</strong></li><li>Hôm nay: <strong>1.042</strong></li>"
        "<li>Hôm qua: <strong>1.318</strong></li><li>Tổng lượt truy cập: <strong>2.486.509</strong></li></ul></div>"
    )
    cats = "".join(
        f'<li class="cat-item cat-counter tie-cat-item-{CATS[c][0]}"><a href="{_cat_link(c)}">{wpt(CATS[c][1])}</a>'
        f" <span>{len(in_cat(c))}</span></li>"
        for c in CATS
    )
    return (
        '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Thanh bên chính">'
        '<div class="theiaStickySidebar">'
        + f'<div id="search-2" class="container-wrapper widget widget_search">{search}<div class="clearfix"></div></div>'
        + _widget("posts-list-widget-2", "posts-list", "Tin mới nhất", latest)
        + _widget("calendar-2", "widget_calendar", "Lịch bài viết", _calendar(*cal))
        + _widget("stream-item-widget-3", "stream-item-widget", "Liên kết", banner)
        + _widget("custom_html-3", "widget_text widget_custom_html", "Thống kê truy cập", counter)
        + _widget(
            "tie-widget-categories-2",
            "widget_categories tie-widget-categories",
            "Chuyên mục",
            f"<ul>{cats}</ul>",
        )
        + "</div></aside>"
    )


def _footer() -> str:
    quick = "".join(
        f'<li class="menu-item"><a href="{H}/{p}/">{wpt(PAGES[p][1])}</a></li>'
        for p in ("gioi-thieu", "doi-ngu-giao-vien", "van-ban-bieu-mau", "lien-he")
    )
    return f"""<footer id="footer" class="site-footer dark-skin dark-widgetized-area">
<div id="footer-widgets-container"><div class="container"><div class="footer-widget-area "><div class="tie-row">
<div class="tie-col-md-4 normal-side"><div id="text-3" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">{SITE}</div></div>
<div class="textwidget"><p>Địa chỉ: {ADDRESS}<br />Điện thoại: {PHONE}<br />Đường dây nóng: {HOTLINE}<br />Email: {EMAIL}</p></div><div class="clearfix"></div></div></div>
<div class="tie-col-md-4 normal-side"><div id="nav_menu-2" class="container-wrapper widget widget_nav_menu"><div class="widget-title the-global-title"><div class="the-subtitle">Liên kết nhanh</div></div>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">{quick}</ul></div><div class="clearfix"></div></div></div>
<div class="tie-col-md-4 normal-side"><div id="text-5" class="container-wrapper widget widget_text"><div class="widget-title the-global-title"><div class="the-subtitle">Fanpage</div></div>
<div class="textwidget"><p><a href="https://www.facebook.com/thptchuyentranhungdao" target="_blank" rel="noopener">facebook.com/thptchuyentranhungdao</a></p></div><div class="clearfix"></div></div></div>
</div></div></div></div>
<div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">
<div class="copyright-text copyright-text-first">&copy; Bản quyền thuộc về {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
<div class="copyright-text copyright-text-second">Chịu trách nhiệm nội dung: ThS. Nguyễn Văn Tùng – Hiệu trưởng</div>
</div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Quay lại đầu trang</span></a>"""


def _popups() -> str:
    return f"""<aside class=" side-aside normal-side dark-skin dark-widgetized-area slide-sidebar-desktop is-fullwidth appear-from-left" aria-label="Thanh bên thứ cấp" style="visibility: hidden;">
<div data-height="100%" class="side-aside-wrapper has-custom-scroll"><a href="#" class="close-side-aside remove big-btn light-btn"><span class="screen-reader-text">Đóng</span></a>
<div id="mobile-container"><div id="mobile-menu" class="hide-menu-icons"></div>
<div id="mobile-search"><form role="search" method="get" class="search-form" action="{H}/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></div>
</div></div></aside>
<div id="tie-popup-search-desktop" class="tie-popup tie-popup-search-wrap" style="display: none;"><a href="#" class="tie-btn-close remove big-btn light-btn"><span class="screen-reader-text">Đóng</span></a>
<div class="popup-search-wrap-inner"><div class="live-search-parent pop-up-live-search" data-skin="live-search-popup" aria-label="Tìm kiếm"><form method="get" class="tie-popup-search-form" action="{H}/"><input class="tie-popup-search-input is-ajax-search" inputmode="search" type="text" name="s" title="Tìm kiếm" autocomplete="off" placeholder="Nhập từ khóa và nhấn Enter" /><button class="tie-popup-search-submit" type="submit"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">Tìm kiếm</span></button></form></div></div></div>
<div id="tie-popup-login" class="tie-popup" style="display: none;"><a href="#" class="tie-btn-close remove big-btn light-btn"><span class="screen-reader-text">Đóng</span></a>
<div class="tie-popup-container"><div class="container-wrapper"><div class="widget login-widget"><div class="widget-title the-global-title"><div class="the-subtitle">Đăng nhập <span class="widget-title-icon tie-icon"></span></div></div>
<div class="widget-container"><div class="login-form"><form name="registerform" action="{H}/wp-login.php" method="post"><input type="text" name="log" title="Tên người dùng" placeholder="Tên người dùng" /><div class="pass-container"><input type="password" name="pwd" title="Mật khẩu" placeholder="Mật khẩu" /><a class="forget-text" href="{H}/wp-login.php?action=lostpassword&redirect_to={quote(H + "/", safe="")}">Quên mật khẩu?</a></div>
<input type="hidden" name="redirect_to" value="/" /><label for="rememberme" class="rememberme"><input id="rememberme" name="rememberme" type="checkbox" checked="checked" value="forever" /> Ghi nhớ tôi</label><button type="submit" class="button fullwidth login-submit">Đăng nhập</button></form></div></div></div></div></div></div>
<script type="text/javascript" id="tie-scripts-js-extra">
var tie = {{"is_rtl":"","ajaxurl":"{H}\\/wp-admin\\/admin-ajax.php","is_side_aside_light":"","is_taqyeem_active":"","is_sticky_video":"","mobile_menu_top":"","mobile_menu_active":"area_1","lazyload":"true","time_format":"modern","ago_format":"weeks","ajax_loader":"<div class=\\"loader-overlay\\"><div class=\\"spinner-circle\\"><\\/div><\\/div>","type_to_search":"1","lang_no_results":"Kh\\u00f4ng t\\u00ecm th\\u1ea5y k\\u1ebft qu\\u1ea3","sticky_share_mobile":"true","is_singular":""}};
</script>
<script type="text/javascript" src="{H}{THEME}/assets/js/scripts.min.js?ver=7.3.2" id="tie-scripts-js"></script>"""


def _document(
    title: str, body_class: str, main: str, head: str = "", sidebar: str | None = None
) -> str:
    side = _sidebar() if sidebar is None else sidebar
    return f"""<!DOCTYPE html>
<html lang="vi" class="" data-skin="light">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<title>{title}</title>
{head}	<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{H}/feed/" />
	<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{H}/comments/feed/" />
	<link rel='stylesheet' id='wp-block-library-css' href='{H}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
	<link rel='stylesheet' id='tie-css-base-css' href='{H}{THEME}/assets/css/base.min.css?ver=7.3.2' type='text/css' media='all' />
	<link rel='stylesheet' id='tie-css-styles-css' href='{H}{THEME}/assets/css/style.min.css?ver=7.3.2' type='text/css' media='all' />
	<script type="text/javascript" src="{H}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
	<link rel="https://api.w.org/" href="{H}/wp-json/" />
	<meta name="generator" content="WordPress 6.6.2" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<link rel="icon" href="{H}/wp-content/uploads/2024/08/cropped-logo-thd-32x32.png" sizes="32x32" />
</head>
<body id="tie-body" class="{body_class} wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 has-header-ad sidebar-right has-sidebar">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below has-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
{_header(body_class.startswith("home"))}
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
{main}
{side}
</div></div>
{_footer()}
</div>
</div>
</div>
{_popups()}
</body>
</html>
"""


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<a href="{H}/"><span class="tie-icon-home" aria-hidden="true"></span> Trang chủ</a>']
    for label, href in trail:
        parts.append('<em class="delimiter">/</em>')
        parts.append(
            f'<a href="{href}">{wpt(label)}</a>'
            if href
            else f'<span class="current">{wpt(label)}</span>'
        )
    return f'<nav id="breadcrumb">{"".join(parts)}</nav>'


def _author_link(nick: str) -> str:
    return f"{H}/author/{nick}/"


def _avatar(nick: str, size: int) -> str:
    digest = f"{abs(hash_str(nick)):032x}"[:32]
    name = USERS[nick][1]
    return (
        f"<img alt='Ảnh của {esc(name)}' src='https://secure.gravatar.com/avatar/{digest}?s={size}&#038;d=mm&#038;r=g'"
        f" class='avatar avatar-{size} photo' height='{size}' width='{size}' decoding='async'/>"
    )


def hash_str(value: str) -> int:
    out = 0
    for ch in value:
        out = (out * 131 + ord(ch)) % (1 << 120)
    return out


# --- a single post -----------------------------------------------------------------------------


def _post_meta(s: Story) -> str:
    nick = s.opts["user"]
    uid, name, _bio = USERS[nick]
    updated = (
        f'<span class="meta-item last-updated">Cập nhật lần cuối: {s.opts["updated"]:%d/%m/%Y}</span>'
        if s.opts.get("updated")
        else ""
    )
    return (
        '<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars">'
        f'<span class="meta-item meta-author-wrapper meta-author-{uid}"><span class="meta-author-avatar">'
        f'<a href="{_author_link(nick)}">{_avatar(nick, 140)}</a></span><span class="meta-author">Bởi '
        f'<a href="{_author_link(nick)}" class="author-name tie-icon" title="{esc(name)}">{esc(name)}</a></span></span></span>'
        f'<span class="date meta-item tie-icon">{shown_date(s.opts["when"])}</span>{updated}'
        '<div class="tie-alignright">'
        f'<span class="meta-comment tie-icon meta-item fa-before">{len(s.opts.get("comments", []))}</span>'
        f'<span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {_views(s)} </span>'
        f'<span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span>'
        f" Thời gian đọc: {_reading_minutes(s)} phút</span></div></div>"
    )


def _share(s: Story, where: str) -> str:
    url = HQ + quote(article_path(s), safe="")
    title = quote(raw(s.title), safe="")
    return (
        f'<div id="share-buttons-{where}" class="share-buttons share-buttons-{where}"><div class="share-links  icons-text share-pill">'
        f'<a href="https://www.facebook.com/sharer.php?u={url}" rel="external noopener nofollow" title="Facebook" target="_blank"'
        ' class="facebook-share-btn  large-share-button"><span class="share-btn-icon tie-icon-facebook"></span>'
        ' <span class="social-text">Facebook</span></a>'
        f'<a href="https://twitter.com/intent/tweet?text={title}&#038;url={url}" rel="external noopener nofollow" title="X"'
        ' target="_blank" class="twitter-share-btn "><span class="share-btn-icon tie-icon-twitter"></span> <span'
        ' class="screen-reader-text">X</span></a>'
        f'<a href="https://zalo.me/share?u={url}" rel="external noopener nofollow" title="Zalo" target="_blank"'
        ' class="zalo-share-btn "><span class="share-btn-icon tie-icon-zalo"></span> <span class="screen-reader-text">Zalo</span></a>'
        f'<a href="mailto:?subject={title}&#038;body={url}" rel="external noopener nofollow" title="Chia sẻ qua Email"'
        ' target="_blank" class="email-share-btn "><span class="share-btn-icon tie-icon-envelope"></span> <span'
        ' class="screen-reader-text">Chia sẻ qua Email</span></a>'
        '<a href="#" rel="external noopener nofollow" title="In" target="_blank" class="print-share-btn "><span'
        ' class="share-btn-icon tie-icon-print"></span> <span class="screen-reader-text">In</span></a></div></div>'
    )


def _featured(s: Story) -> str:
    f = _feat(s)
    if f is None:
        return ""
    cap = (
        f'<figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> {wpt(f.printed)}</figcaption>'
        if f.printed
        else ""
    )
    return (
        '<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image">'
        f'<img width="780" height="470" src="{H}{f.src}" class="attachment-jannah-image-post size-jannah-image-post'
        f' wp-post-image" alt="" data-main-img="1" decoding="async" fetchpriority="high" />{cap}</figure></div></div>'
    )


def _comment(s: Story, c: tuple, reply_to: int | None) -> str:
    cid, name, when, body = c
    form = _comment_form(s, c) if reply_to == cid else ""
    return (
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body">'
        '<footer class="comment-meta"><div class="comment-author vcard">'
        f"<img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=70&#038;d=mm&#038;r=g' class='avatar avatar-70 photo' height='70' width='70' />"
        f'<b class="fn">{wpt(name)}</b> <span class="says">nói:</span></div><div class="comment-metadata">'
        f'<a href="{H}{article_path(s)}#comment-{cid}"><time datetime="{_local(when)}">{when:%d/%m/%Y} lúc {when:%H:%M}</time></a>'
        f'</div></footer><div class="comment-content"><p>{wpt(body)}</p></div><div class="reply">'
        f'<a rel="nofollow" class="comment-reply-link" href="{H}{article_path(s)}?replytocom={cid}#respond" data-commentid="{cid}"'
        f' data-postid="{s.id}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(name)}"'
        f' aria-label="Trả lời {esc(name)}">Trả lời</a></div></article>{form}</li>'
    )


def _comment_form(s: Story, parent: tuple | None) -> str:
    if parent:
        title = (
            f'Trả lời {wpt(parent[1])} <small><a rel="nofollow" id="cancel-comment-reply-link"'
            f' href="{H}{article_path(s)}#respond">Hủy</a></small>'
        )
    else:
        title = (
            'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link"'
            f' href="{H}{article_path(s)}#respond" style="display:none;">Hủy</a></small>'
        )
    return (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">{title}</h3>'
        f'<form action="{H}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span>'
        ' <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label>'
        ' <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label>'
        ' <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label>'
        ' <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>'
        '<p class="comment-form-url"><label for="url">Trang web</label> <input id="url" name="url" type="url" value="" size="30" /></p>'
        '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent"'
        ' type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong'
        " trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>"
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />'
        f" <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
        f" <input type='hidden' name='comment_parent' id='comment_parent' value='{parent[0] if parent else 0}' /></p>"
        "</form></div>"
    )


def _comments(s: Story, reply_to: int | None) -> str:
    comments = s.opts.get("comments", [])
    listing = ""
    if comments:
        listing = (
            '<div id="comments-box" class="container-wrapper"><div class="block-head-4">'
            f'<h3 id="comments-title" class="the-global-title">{len(comments)} bình luận</h3></div>'
            f'<ol class="comment-list">{"".join(_comment(s, c, reply_to) for c in comments)}</ol></div>'
        )
    form = (
        ""
        if reply_to
        else f'<div id="add-comment-block" class="container-wrapper">{_comment_form(s, None)}</div>'
    )
    return f'<div id="comments" class="comments-area">{listing}{form}</div>'


def _related(s: Story) -> list[Story]:
    cat = s.opts["cats"][0]
    same = [o for o in in_cat(cat) if o.id != s.id]
    return same[:3]


def _post_components(s: Story, reply_to: int | None) -> str:
    nick = s.opts["user"]
    uid, name, bio = USERS[nick]
    about = (
        f'<div class="about-author container-wrapper about-author-{uid}"><div class="author-avatar">'
        f'<a href="{_author_link(nick)}">{_avatar(nick, 180)}</a></div><div class="author-info">'
        f'<h3 class="author-name"><a href="{_author_link(nick)}">{esc(name)}</a></h3>'
        f'<div class="author-bio">{wpt(bio)}</div><ul class="social-icons"></ul></div><div class="clearfix"></div></div>'
    )
    idx = LATEST.index(s)
    nav = []
    if idx + 1 < len(LATEST):
        o = LATEST[idx + 1]
        nav.append(f'<div class="tie-col-xs-6 prev-post"><a href="{H}{article_path(o)}" rel="prev">'
                   f'<h3 class="post-title">{wpt(o.title)}</h3></a></div>')  # fmt: skip
    if idx > 0:
        o = LATEST[idx - 1]
        nav.append(f'<div class="tie-col-xs-6 next-post"><a href="{H}{article_path(o)}" rel="next">'
                   f'<h3 class="post-title">{wpt(o.title)}</h3></a></div>')  # fmt: skip
    related = "".join(
        '<div class="related-item tie-standard">'
        + (
            f'<div class="related-image"><a aria-label="{esc(o.title)}" href="{H}{article_path(o)}" class="post-thumb">'
            f"{_lazy(o, '390x220', 'attachment-jannah-image-large size-jannah-image-large')}</a></div>"
            if _feat(o)
            else ""
        )
        + f'<h3 class="post-title"><a href="{H}{article_path(o)}">{wpt(o.title)}</a></h3>'
        f'<div class="post-meta clearfix"><span class="date meta-item tie-icon">{shown_date(o.opts["when"])}</span></div></div>'
        for o in _related(s)
    )
    return (
        '<div class="post-components">'
        + about
        + f'<div class="prev-next-post-nav container-wrapper media-overlay">{"".join(nav)}</div>'
        + '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title">'
        + f'<h3>Bài viết liên quan</h3></div><div class="related-posts-list">{related}</div></div>'
        + _comments(s, reply_to)
        + "</div>"
    )


def _check_also(s: Story) -> str:
    others = [o for o in in_cat(s.opts["cats"][0]) if o.opts["when"] < s.opts["when"]]
    if not others:
        return ""
    return (
        '<div id="check-also-box" class="container-wrapper check-also-right"><div class="widget-title the-global-title">'
        '<div class="the-subtitle">Xem thêm</div><a href="#" id="check-also-close" class="remove"><span'
        ' class="screen-reader-text">Đóng</span></a></div><div class="widget tie-widget-posts-list">'
        f"{_post_list_items(others[:1])}</div></div>"
    )


def _tags(s: Story) -> str:
    links = "".join(f'<a href="{H}/tag/{t}/" rel="tag">{wpt(TAGS[t])}</a>' for t in s.opts["tags"])
    return (
        '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title">'
        f'<span class="tie-icon-tags" aria-hidden="true"></span> Từ khóa</div><span class="tagcloud">{links}</span></div>'
    )


def _seo_head(s: Story, reply_to: int | None) -> str:
    url = f"{H}{article_path(s)}"
    desc = esc(_excerpt(s))
    f = _feat(s)
    image = f"{H}{f.src}" if f else f"{H}/wp-content/uploads/2024/08/logo-thd.png"
    robots = (
        "noindex, follow"
        if reply_to
        else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
    )
    cats = [raw(cat_name(c)) for c in s.opts["cats"]]
    yoast = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": USERS[s.opts["user"]][1], "@id": f"{H}/#/schema/person/{s.opts['user']}"},
             "headline": raw(s.title), "datePublished": _utc(s.opts["when"]), "dateModified": _utc(_modified(s)),
             "mainEntityOfPage": {"@id": url}, "wordCount": sum(len(p.split()) for p in s.paragraphs),
             "commentCount": len(s.opts.get("comments", [])), "publisher": {"@id": f"{H}/#organization"},
             "image": {"@id": f"{url}#primaryimage"}, "keywords": [TAGS[t] for t in s.opts["tags"]],
             "articleSection": cats, "inLanguage": "vi"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{raw(s.title)} - {SITE}",
             "datePublished": _utc(s.opts["when"]), "dateModified": _utc(_modified(s)),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "Organization", "@id": f"{H}/#organization", "name": SITE, "url": f"{H}/"},
        ],
    }  # fmt: skip
    return (
        f"\t<meta name='robots' content='{robots}' />\n"
        f'\t<meta name="description" content="{desc}" />\n'
        f'\t<link rel="canonical" href="{url}" />\n'
        '\t<meta property="og:locale" content="vi_VN" />\n'
        '\t<meta property="og:type" content="article" />\n'
        f'\t<meta property="og:title" content="{esc(raw(s.title))}" />\n'
        f'\t<meta property="og:description" content="{desc}" />\n'
        f'\t<meta property="og:url" content="{url}" />\n'
        f'\t<meta property="og:site_name" content="{SITE}" />\n'
        '\t<meta property="article:publisher" content="https://www.facebook.com/thptchuyentranhungdao" />\n'
        f'\t<meta property="article:published_time" content="{_utc(s.opts["when"])}" />\n'
        f'\t<meta property="article:modified_time" content="{_utc(_modified(s))}" />\n'
        f'\t<meta property="og:image" content="{image}" />\n'
        f'\t<meta name="author" content="{esc(USERS[s.opts["user"]][1])}" />\n'
        '\t<meta name="twitter:card" content="summary_large_image" />\n'
        f'\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="{esc(USERS[s.opts["user"]][1])}" />\n'
        f'\t<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n\t<meta name="twitter:data2" content="{_reading_minutes(s)} phút" />\n'
        f'\t<script type="application/ld+json" class="yoast-schema-graph">{_php_json(yoast)}</script>\n'
        f'\t<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(raw(s.title))} Dòng phản hồi" href="{url}feed/" />\n'
        f'\t<link rel="alternate" title="JSON" type="application/json" href="{H}/wp-json/wp/v2/posts/{s.id}" />\n'
        f"\t<link rel='shortlink' href='{H}/?p={s.id}' />\n"
        f'\t<link rel="amphtml" href="{url}?amp=1">\n'
    )


def _jannah_schema(s: Story) -> str:
    url = f"{H}{article_path(s)}"
    f = _feat(s)
    data = {
        "@context": "http://schema.org", "@type": "Article", "dateCreated": _local(s.opts["when"]),
        "datePublished": _local(s.opts["when"]), "dateModified": _local(_modified(s)), "headline": raw(s.title),
        "name": raw(s.title), "keywords": ",".join(TAGS[t] for t in s.opts["tags"]), "url": url,
        "description": _excerpt(s), "copyrightYear": str(s.opts["when"].year),
        "articleSection": ",".join(raw(cat_name(c)) for c in s.opts["cats"]), "articleBody": _plain(s),
        "publisher": {"@id": "#Publisher", "@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject", "url": f"{H}/wp-content/uploads/2024/08/logo-thd.png"}},
        "sourceOrganization": {"@id": "#Publisher"}, "copyrightHolder": {"@id": "#Publisher"},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "author": {"@type": "Person", "name": USERS[s.opts["user"]][1], "url": _author_link(s.opts["user"])},
    }  # fmt: skip
    if f:
        data["image"] = {"@type": "ImageObject", "url": f"{H}{f.src}", "width": 1200, "height": 470}
    return f'<script id="tie-schema-json" type="application/ld+json">{_php_json(data)}</script>'


def _post_page(s: Story, reply_to: int | None = None) -> str:
    primary = s.opts["cats"][0]
    badges = "".join(
        f'<a class="post-cat tie-cat-{CATS[c][0]}" href="{_cat_link(c)}">{wpt(cat_name(c))}</a>'
        for c in s.opts["cats"]
    )
    sub = (
        f'<h2 class="entry-sub-title">{wpt(s.summary)}</h2>' if s.summary and s.sapo_outside else ""
    )
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        '<header class="entry-header-outer">'
        + _breadcrumb([(cat_name(primary), _cat_link(primary)), (s.title, None)])
        + f'<div class="entry-header"><span class="post-cat-wrap">{badges}</span>'
        + f'<h1 class="post-title entry-title">{wpt(s.title)}</h1>{sub}{_post_meta(s)}</div></header>'
        + _featured(s)
        + _share(s, "top")
        + f'<div class="entry-content entry clearfix">\n{_content(s)}\n</div><!-- .entry-content /-->'
        + '<div class="clearfix"></div>'
        + _jannah_schema(s)
        + _tags(s)
        + _share(s, "bottom")
        + "</article>"
        + '<div class="post-components-wrap">'
        + _post_components(s, reply_to)
        + "</div>"
        + _check_also(s)
        + "</div>"
    )
    cls = (
        f"post-template-default single single-post postid-{s.id} single-format-standard"
        f" post-layout-1 narrow-title-narrow-media has-mobile-share"
    )
    return _document(f"{esc(raw(s.title))} - {SITE}", cls, main, _seo_head(s, reply_to))


def _amp_page(s: Story) -> str:
    """The AMP plugin's reader template: the same post, amp-img for images, canonical to the post."""
    url = f"{H}{article_path(s)}"
    content = re.sub(
        r"<img ([^>]*?)\s*/>", r"<amp-img \1 layout=\"intrinsic\"></amp-img>", _content(s)
    )
    content = re.sub(r' (srcset|sizes|decoding|aria-describedby)="[^"]*"', "", content)
    content = re.sub(
        r"<iframe [^>]*></iframe>",
        '<amp-youtube data-videoid="q9XkT2mB7sE" layout="responsive" width="480" height="270"></amp-youtube>',
        content,
    )
    f = _feat(s)
    feat = ""
    if f:
        cap = (
            f'<figcaption class="wp-caption-text">{wpt(f.printed)}</figcaption>'
            if f.printed
            else ""
        )
        feat = (
            f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="780" height="470" src="{H}{f.src}"'
            f' class="attachment-large size-large wp-post-image" alt="" layout="intrinsic"></amp-img>{cap}</figure>'
        )
    cats = ", ".join(
        f'<a href="{_cat_link(c)}" rel="category tag">{wpt(cat_name(c))}</a>'
        for c in s.opts["cats"]
    )
    return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(raw(s.title))} - {SITE}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-wp-header{{background:#1b4d8c}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{H}/"><span class="amp-site-title">{SITE}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{wpt(s.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(USERS[s.opts["user"]][1])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{_utc(s.opts["when"])}">{shown_date(s.opts["when"])}</time></div></header>
{feat}
<div class="amp-wp-article-content">
{content}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Để lại bình luận</a></div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE}</h2><a href="#top" class="back-to-top">Lên đầu trang</a></div></footer>
</body>
</html>
"""


# --- listings ----------------------------------------------------------------------------------


def _archive_item(s: Story) -> str:
    nick = s.opts["user"]
    primary = s.opts["cats"][0]
    cats = " ".join(f"category-{c}" for c in s.opts["cats"])
    thumb = _lazy(s, "390x220", "attachment-jannah-image-large size-jannah-image-large")
    pic = (
        f'<a aria-label="{esc(s.title)}" href="{H}{article_path(s)}" class="post-thumb"><span class="post-cat-wrap">'
        f'<span class="post-cat tie-cat-{CATS[primary][0]}">{wpt(cat_name(primary))}</span></span>{thumb}</a>'
        if thumb
        else ""
    )
    return (
        f'<li class="post-item post-{s.id} post type-post status-publish format-standard'
        f'{" has-post-thumbnail" if thumb else ""} {cats} tie-standard">{pic}<div class="post-details">'
        '<div class="post-meta clearfix"><span class="author-meta single-author no-avatars">'
        f'<span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="{_author_link(nick)}"'
        f' class="author-name tie-icon" title="{esc(USERS[nick][1])}">{esc(USERS[nick][1])}</a></span></span></span>'
        f'<span class="date meta-item tie-icon">{shown_date(s.opts["when"])}</span><div class="tie-alignright">'
        f'<span class="meta-comment tie-icon meta-item fa-before">{len(s.opts.get("comments", []))}</span>'
        f'<span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> {_views(s)} </span></div></div>'
        f'<h2 class="post-title"><a href="{H}{article_path(s)}">{wpt(s.title)}</a></h2>'
        f'<p class="post-excerpt">{wpt(_excerpt(s))}</p>'
        f'<a class="more-link button" href="{H}{article_path(s)}">Đọc thêm &raquo;</a></div></li>'
    )


def _pages_nav(base: str, page: int, pages: int, load_more: bool) -> str:
    if pages <= 1:
        return ""
    if load_more:
        if page >= pages:
            return ""
        nxt = f"{H}{base}page/{page + 1}/"
        return (
            f'<div class="pages-nav"><a data-url="{nxt}" data-text="Tải thêm" href="{nxt}"'
            ' class="container-wrapper show-more-button load-more-button" id="load-more-archives">Tải thêm</a></div>'
        )

    def href(n: int) -> str:
        return f"{H}{base}" if n == 1 else f"{H}{base}page/{n}/"

    lis = []
    if page > 1:
        lis.append(f'<li class="the-prev-page"><a href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="current"><span class="pages-nav-item">{n}</span></li>')
        else:
            lis.append(f'<li><a class="pages-nav-item" href="{href(n)}" title="{n}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li class="the-next-page"><a href="{href(page + 1)}">&raquo;</a></li>')
        lis.append(
            f'<li class="last-page first-last-pages"><a href="{href(pages)}" class="pages-nav-item">'
            '<span class="pages-nav-item">Trang cuối</span></a></li>'
        )
    return (
        '<div class="pages-nav"><ul class="pages-numbers"><li class="first-page first-last-pages">'
        f'<span class="pages-nav-item">Trang {page} / {pages}</span></li>{"".join(lis)}</ul></div>'
    )


def _archive(base: str, heading: str, crumb: str, stories: list[Story], page: int, body_class: str,
             desc: str = "", load_more: bool = False, cal: tuple[int, int] | None = None,
             feed: str = "") -> str | None:  # fmt: skip
    pages = pages_of(len(stories))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    d = f'<div class="taxonomy-description entry"><p>{wpt(desc)}</p></div>' if desc else ""
    items = "".join(_archive_item(s) for s in chunk)
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<header class="entry-header-outer container-wrapper">'
        + _breadcrumb([(crumb, None)])
        + f'<h1 class="page-title">{heading}</h1>{d}</header>'
        + '<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix">'
        + f'<ul id="posts-container" data-layout="default" data-settings="{{&quot;uncropped_image&quot;:&quot;jannah-image-post&quot;}}" class="posts-items">{items}</ul>'
        + '<div class="clearfix"></div></div></div></div>'
        + _pages_nav(base, page, pages, load_more)
        + "</div>"
    )
    canon = f"{H}{base}" if page == 1 else f"{H}{base}page/{page}/"
    head = (
        "\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n"
        f'\t<link rel="canonical" href="{canon}" />\n'
        + (f'\t<link rel="prev" href="{H}{base}{"" if page == 2 else f"page/{page - 1}/"}" />\n' if page > 1 else "")
        + (f'\t<link rel="next" href="{H}{base}page/{page + 1}/" />\n' if page < pages else "")
        + '\t<meta property="og:type" content="article" />\n'
        + (f'\t<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {crumb} Dòng thông tin" href="{H}{feed}" />\n' if feed else "")
    )  # fmt: skip
    plain = esc(raw(_html.unescape(re.sub(r"<[^>]+>", "", heading))))  # Yoast: not texturized
    title = plain + (f" - Trang {page} trên {pages}" if page > 1 else "")
    cls = body_class + (f" paged paged-{page}" if page > 1 else "")
    return _document(f"{title} - {SITE}", cls, main, head, _sidebar(cal) if cal else None)


def _search(q: str) -> str:
    key = unicodedata.normalize("NFC", q).lower().strip()
    found = [s for s in LATEST if key and (key in s.title.lower() or key in _plain(s).lower())]
    items = "".join(_archive_item(s) for s in found) or (
        '<li class="no-results"><p>Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với từ khóa khác.</p></li>'
    )
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<header class="entry-header-outer container-wrapper">'
        + _breadcrumb([("Kết quả tìm kiếm", None)])
        + f'<h1 class="page-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h1></header>'
        + f'<div class="mag-box wide-post-box"><div class="container-wrapper"><ul id="posts-container" class="posts-items">{items}</ul></div></div></div>'
    )
    return _document(f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221; - {SITE}", "search search-results", main,
                     "\t<meta name='robots' content='noindex, follow' />\n")  # fmt: skip


def _home() -> str:
    slides = "".join(
        f'<div class="slide slide-id-{s.id} tie-slide-{i} tie-standard" style="background-image: url({H}{_thumb(s, "780x470")})">'
        f'<a href="{H}{article_path(s)}" class="all-over-thumb-link" aria-label="{esc(s.title)}"></a>'
        '<div class="thumb-overlay"><div class="container"><span class="post-cat-wrap">'
        f'<span class="post-cat tie-cat-{CATS[s.opts["cats"][0]][0]}">{wpt(cat_name(s.opts["cats"][0]))}</span></span>'
        f'<div class="thumb-content"><div class="thumb-meta"><span class="date meta-item tie-icon">{shown_date(s.opts["when"])}</span></div>'
        f'<h2 class="thumb-title"><a href="{H}{article_path(s)}">{wpt(s.title)}</a></h2></div></div></div></div>'
        for i, s in enumerate([x for x in LATEST if _feat(x)][:4], 1)
    )
    boxes = []
    for n, c in enumerate(CATS, 1):
        stories = in_cat(c)[:4]
        first, rest = stories[0], stories[1:]
        big = (
            f'<li class="post-item tie-standard first-post"><a aria-label="{esc(first.title)}" href="{H}{article_path(first)}"'
            f' class="post-thumb">{_lazy(first, "390x220", "attachment-jannah-image-large size-jannah-image-large")}</a>'
            f'<div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">'
            f'{shown_date(first.opts["when"])}</span></div><h2 class="post-title"><a href="{H}{article_path(first)}">'
            f'{wpt(first.title)}</a></h2><p class="post-excerpt">{wpt(_excerpt(first))}</p></div></li>'
        )
        small = "".join(
            f'<li class="post-item tie-standard"><a aria-label="{esc(s.title)}" href="{H}{article_path(s)}" class="post-thumb">'
            f"{_lazy(s, '220x150', 'attachment-jannah-image-small size-jannah-image-small tie-small-image')}</a>"
            f'<div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">'
            f'{shown_date(s.opts["when"])}</span></div><h2 class="post-title"><a href="{H}{article_path(s)}">{wpt(s.title)}</a></h2></div></li>'
            for s in rest
        )
        boxes.append(
            f'<div id="tie-block_{2090 + n}" class="mag-box big-post-left-box has-first-big-post" data-current="1">'
            '<div class="container-wrapper"><div class="mag-box-title the-global-title">'
            f'<h3><a href="{_cat_link(c)}">{wpt(cat_name(c))}</a></h3><div class="tie-alignright"><div class="mag-box-options">'
            f'<a class="block-more-button" href="{_cat_link(c)}">Xem tất cả</a></div></div></div>'
            f'<div class="mag-box-container clearfix"><ul class="posts-items posts-list-container">{big}{small}</ul></div></div></div>'
        )
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<div id="tie-block_1001" class="slider-area mag-box"><div class="slider-area-inner">'
        f'<div id="tie-main-slider-10-1001" class="tie-main-slider main-slider grid-slider-wrapper tie-slick-slider-wrapper"><div class="main-slider-inner"><div class="container slider-main-container"><div class="tie-slick-slider">{slides}</div></div></div></div></div></div>'
        + "".join(boxes)
        + "</div>"
    )
    head = (
        "\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n"
        f'\t<meta name="description" content="{TAGLINE} {SITE}" />\n\t<link rel="canonical" href="{H}/" />\n'
        '\t<meta property="og:type" content="website" />\n'
    )
    return _document(
        f"{SITE} - {TAGLINE}",
        "home page-template page-template-template-builder page page-id-2 has-builder",
        main,
        head,
    )


def _static_page(slug: str) -> str:
    pid, title, build = PAGES[slug]
    url = f"{H}/{slug}/"
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        '<header class="entry-header-outer">'
        + _breadcrumb([(title, None)])
        + f'<div class="entry-header"><h1 class="post-title entry-title">{wpt(title)}</h1></div></header>'
        + f'<div class="entry-content entry clearfix">\n{build()}\n</div><!-- .entry-content /-->'
        + _share_page(f"/{slug}/")
        + "</article></div>"
    )
    head = (
        "\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n"
        f'\t<link rel="canonical" href="{url}" />\n\t<meta property="og:type" content="article" />\n'
        f'\t<meta property="og:title" content="{esc(title)} - {SITE}" />\n\t<meta property="og:url" content="{url}" />\n'
        '\t<meta property="article:modified_time" content="2026-09-12T03:20:41+00:00" />\n'
        f'\t<link rel="alternate" title="JSON" type="application/json" href="{H}/wp-json/wp/v2/pages/{pid}" />\n'
        f"\t<link rel='shortlink' href='{H}/?p={pid}' />\n"
    )
    return _document(
        f"{esc(title)} - {SITE}", f"page-template-default page page-id-{pid}", main, head
    )


def _share_page(path: str) -> str:
    enc = HQ + quote(path, safe="")
    return (
        '<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links  icons-text share-pill">'
        f'<a href="https://www.facebook.com/sharer.php?u={enc}" rel="external noopener nofollow" title="Facebook" target="_blank"'
        ' class="facebook-share-btn  large-share-button"><span class="share-btn-icon tie-icon-facebook"></span>'
        ' <span class="social-text">Facebook</span></a></div></div>'
    )


def _attachment_page(path: str) -> str:
    aid, parent, parent_title, title, src, caption, when = ATTACHMENTS[path]
    big = src.replace(".jpg", "-780x520.jpg")
    main = (
        '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">'
        '<article id="the-post" class="container-wrapper post-content tie-standard">'
        '<header class="entry-header-outer">'
        + _breadcrumb([(parent_title, f"{H}{parent}"), (title, None)])
        + f'<div class="entry-header"><h1 class="post-title entry-title">{esc(title)}</h1>'
        '<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author no-avatars">'
        '<span class="meta-item meta-author-wrapper meta-author-2"><span class="meta-author">Bởi '
        f'<a href="{_author_link("phamthuha")}" class="author-name tie-icon" title="Phạm Thu Hà">Phạm Thu Hà</a></span></span></span>'
        f'<span class="date meta-item tie-icon">{shown_date(when)}</span></div></div></header>'
        f'<div class="entry-content entry clearfix">\n<p class="attachment"><a href="{H}{src}"><img width="780" height="520"'
        f' src="{H}{big}" class="attachment-medium_large size-medium_large" alt="" decoding="async" /></a></p>\n'
        f"<p>{wpt(caption)}</p>\n</div>" + "</article></div>"
    )
    head = (
        f'\t<link rel="canonical" href="{H}{path}" />\n\t<meta property="og:type" content="article" />\n'
        f'\t<meta property="article:published_time" content="{_utc(when)}" />\n'
        f"\t<link rel='shortlink' href='{H}/?p={aid}' />\n"
    )
    return _document(
        f"{esc(title)} - {SITE}",
        f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg",
        main,
        head,
    )


def _not_found() -> str:
    main = (
        '<div class="main-content tie-col-md-12" role="main"><div class="container-404">'
        "<h2>404 :(</h2><h3>Ồ! Không tìm thấy trang này.</h3><h4>Có vẻ như không có gì ở vị trí này."
        " Hãy thử tìm kiếm?</h4>"
        f'<div id="content-404"><form role="search" method="get" class="search-form" action="{H}/"><input type="search"'
        ' class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /><input type="submit"'
        ' class="search-submit" value="Tìm kiếm" /></form></div></div></div>'
    )
    return _document(f"Không tìm thấy trang - {SITE}", "error404 has-builder", main, "", "")


def _login() -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {SITE} &#8212; WordPress</title><meta name='robots' content='noindex, follow' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://vi.wordpress.org/">Được phát triển bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="{H}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc địa chỉ email</label>
<input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" autocomplete="current-password" required="required" /></div>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p></form>
<p id="nav"><a href="{H}/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{H}/">&larr; Quay lại {SITE}</a></p></div></body></html>
"""


# --- feeds, sitemaps, REST ---------------------------------------------------------------------

_RSS_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    ' xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"'
    ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n'
)


def _feed(stories: list[Story], self_path: str, title: str) -> str:
    items = "".join(
        f"<item><title>{wpt(s.title)}</title><link>{H}{article_path(s)}</link>"
        f"<comments>{H}{article_path(s)}#respond</comments>"
        f"<dc:creator><![CDATA[{USERS[s.opts['user']][1]}]]></dc:creator><pubDate>{_rfc822(s.opts['when'])}</pubDate>"
        + "".join(f"<category><![CDATA[{raw(cat_name(c))}]]></category>" for c in s.opts["cats"])
        + f'<guid isPermaLink="false">{H}/?p={s.id}</guid>'
        f"<description><![CDATA[{_excerpt(s)} [&#8230;]]]></description>"
        f"<content:encoded><![CDATA[{_content(s)}]]></content:encoded>"
        f"<wfw:commentRss>{H}{article_path(s)}feed/</wfw:commentRss><slash:comments>{len(s.opts.get('comments', []))}</slash:comments></item>\n"
        for s in stories[:FEED_SIZE]
    )
    return (
        _RSS_OPEN + f"<channel><title>{title}</title>"
        f'<atom:link href="{H}{self_path}" rel="self" type="application/rss+xml" /><link>{H}/</link>'
        f"<description>{TAGLINE}</description><lastBuildDate>{_rfc822(_modified(LATEST[0]))}</lastBuildDate>"
        "<language>vi</language><sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>1</sy:updateFrequency>"
        f"<generator>https://wordpress.org/?v=6.6.2</generator>\n{items}</channel></rss>\n"
    )


def _comment_feed(s: Story) -> str:
    items = "".join(
        f"<item><title>Bởi: {wpt(name)}</title><link>{H}{article_path(s)}#comment-{cid}</link>"
        f"<dc:creator><![CDATA[{name}]]></dc:creator><pubDate>{_rfc822(when)}</pubDate>"
        f'<guid isPermaLink="false">{H}{article_path(s)}#comment-{cid}</guid>'
        f"<description><![CDATA[{body}]]></description><content:encoded><![CDATA[<p>{body}</p>]]></content:encoded></item>\n"
        for cid, name, when, body in s.opts.get("comments", [])
    )
    return (
        _RSS_OPEN + f"<channel><title>Bình luận trong: {wpt(s.title)}</title>"
        f'<atom:link href="{H}{article_path(s)}feed/" rel="self" type="application/rss+xml" />'
        f"<link>{H}{article_path(s)}</link><description>{TAGLINE}</description>"
        f"<lastBuildDate>{_rfc822(_modified(s))}</lastBuildDate><sy:updatePeriod>hourly</sy:updatePeriod>"
        f"<generator>https://wordpress.org/?v=6.6.2</generator>\n{items}</channel></rss>\n"
    )


def _urlset(entries: list[tuple[str, datetime | None]]) -> str:
    urls = "".join(
        f"\t<url>\n\t\t<loc>{H}{loc}</loc>\n"
        + (f"\t\t<lastmod>{_utc(mod)}</lastmod>\n" if mod else "")
        + "\t</url>\n"
        for loc, mod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
        + H.replace("http://", "")
        + '/main-sitemap.xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + urls + "</urlset>\n"
    )  # fmt: skip


SITEMAPS = (
    "post-sitemap.xml",
    "page-sitemap.xml",
    "category-sitemap.xml",
    "post_tag-sitemap.xml",
    "author-sitemap.xml",
)


def _sitemap(name: str) -> str | None:
    if name == "sitemap_index.xml":
        maps = "".join(
            f"\t<sitemap>\n\t\t<loc>{H}/{m}</loc>\n\t\t<lastmod>{_utc(_modified(LATEST[0]))}</lastmod>\n\t</sitemap>\n"
            for m in SITEMAPS
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{maps}</sitemapindex>\n"
        )
    if name == "post-sitemap.xml":
        return _urlset(
            [(article_path(s), _modified(s)) for s in sorted(STORIES, key=lambda s: s.opts["when"])]
        )
    if name == "page-sitemap.xml":
        return _urlset(
            [("/", _modified(LATEST[0]))]
            + [(f"/{p}/", datetime(2026, 9, 12, 10, 20)) for p in PAGES]
        )
    if name == "category-sitemap.xml":
        return _urlset([(f"/chuyen-muc/{c}/", _modified(in_cat(c)[0])) for c in CATS])
    if name == "post_tag-sitemap.xml":
        return _urlset([(f"/tag/{t}/", _modified(in_tag(t)[0])) for t in TAGS])
    if name == "author-sitemap.xml":
        return _urlset([(f"/author/{u}/", _modified(by_user(u)[0])) for u in USERS])
    return None


def _rest_post(s: Story) -> str:
    data = {
        "id": s.id, "date": f"{s.opts['when']:%Y-%m-%dT%H:%M:%S}", "date_gmt": _utc(s.opts["when"])[:19],
        "modified": f"{_modified(s):%Y-%m-%dT%H:%M:%S}", "slug": s.slug, "status": "publish", "type": "post",
        "link": f"{H}{article_path(s)}", "title": {"rendered": wpt(s.title)},
        "content": {"rendered": _content(s) + "\n", "protected": False},
        "excerpt": {"rendered": f"<p>{wpt(_excerpt(s))}</p>\n", "protected": False},
        "author": USERS[s.opts["user"]][0], "categories": [CATS[c][0] for c in s.opts["cats"]],
    }  # fmt: skip
    return _php_json(data)


# --- the site ----------------------------------------------------------------------------------

_PAGE_RE = re.compile(r"^(?P<base>/.*?/)(?:page/(?P<n>\d+)/)?$")


def _split_page(path: str) -> tuple[str, int]:
    m = _PAGE_RE.match(path)
    assert m
    return m.group("base"), int(m.group("n") or 1)


class JannahSite:
    """Routes requests the way WordPress's rewrite rules would (postname permalinks)."""

    def respond(self, request: Request) -> Response | None:
        out = self._route(request)
        if isinstance(out, Response) and isinstance(out.body, str):
            base = base_url(request)
            # JSON written the PHP way escapes the slashes of the address too
            out.body = (
                out.body.replace(H + "\\/", base.replace("/", "\\/") + "\\/")
                .replace(H, base)
                .replace(HQ, quote(base, safe=""))
            )
        if isinstance(out, Response) and "Location" in out.headers:
            out.headers["Location"] = out.headers["Location"].replace(H, base_url(request))
        return out

    def _route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"})
                if path in KNOWN_FILES
                else None
            )
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {H}/sitemap_index.xml\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/":
            if "p" in params and params["p"].isdigit():
                pid = int(params["p"])
                if pid in _BY_ID:
                    return redirect(f"{H}{article_path(_BY_ID[pid])}", 301)
                page = next((slug for slug, v in PAGES.items() if v[0] == pid), None)
                return redirect(f"{H}/{page}/", 301) if page else self._404()
            if "s" in params:
                return html(_search(params["s"]))
            return html(_home())
        if path in ("/wp-login.php",):
            return html(_login())
        if path == "/feed/":
            return self._xml(_feed(LATEST, "/feed/", SITE), "application/rss+xml; charset=UTF-8")
        if path == "/comments/feed/":
            return self._xml(
                _feed([], "/comments/feed/", f"Bình luận về {SITE}"),
                "application/rss+xml; charset=UTF-8",
            )
        if path.startswith("/wp-json/"):
            if m := re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path):
                s = _BY_ID.get(int(m.group(1)))
                return self._xml(_rest_post(s), "application/json; charset=UTF-8") if s else None
            return self._xml(
                '{"name":"' + SITE + '","namespaces":["oembed\\/1.0","wp\\/v2"]}',
                "application/json; charset=UTF-8",
            )
        if path.endswith(".xml"):
            xml = _sitemap(path.lstrip("/"))
            return self._xml(xml, "text/xml; charset=UTF-8") if xml else self._404()
        if not path.endswith("/"):
            probe = self._route(Request(request.method, path + "/", "", request.headers))
            if probe is not None and probe.status == 200:
                return redirect(f"{H}{path}/" + (f"?{request.query}" if request.query else ""), 301)
            return self._404()
        if path.endswith("/page/1/"):
            return redirect(f"{H}{path[: -len('page/1/')]}", 301)
        return self._pages(path, params) or self._404()

    def _pages(self, path: str, params: dict[str, str]) -> Response | None:
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/feed/", path):
            if m.group(1) in CATS:
                c = m.group(1)
                return self._xml(
                    _feed(in_cat(c), path, f"{cat_name(c)} - {SITE}"),
                    "application/rss+xml; charset=UTF-8",
                )
            return None
        base, page = _split_page(path)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/", base):
            c = m.group(1)
            if c not in CATS:
                return None
            tid, name, desc = CATS[c]
            return self._page(_archive(base, wpt(name), name, in_cat(c), page,
                                       f"archive category category-{c} category-{tid}", desc,
                                       load_more=c == LOAD_MORE_CAT, feed=f"{base}feed/"))  # fmt: skip
        if m := re.fullmatch(r"/tag/([a-z-]+)/", base):
            t = m.group(1)
            if t not in TAGS:
                return None
            return self._page(_archive(base, f"Thẻ: <span>{wpt(TAGS[t])}</span>", f"Thẻ: {TAGS[t]}", in_tag(t), page,
                                       f"archive tag tag-{t}"))  # fmt: skip
        if m := re.fullmatch(r"/author/([a-z]+)/", base):
            u = m.group(1)
            if u not in USERS:
                return None
            name = USERS[u][1]
            return self._page(_archive(base, f"Tác giả: <span>{esc(name)}</span>", name, by_user(u), page,
                                       f"archive author author-{u} author-{USERS[u][0]}"))  # fmt: skip
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/", base):
            y, mo = int(m.group(1)), int(m.group(2))
            stories = in_month(y, mo) if 1 <= mo <= 12 else []
            if not stories:
                return None
            label = f"{_MONTH_NAMES[mo]} {y}"
            return self._page(_archive(base, f"Tháng: <span>{label}</span>", label, stories, page,
                                       "archive date", cal=(y, mo)))  # fmt: skip
        if m := re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/", base):
            try:
                stories = on_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
            if not stories:
                return None
            label = f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
            return self._page(_archive(base, f"Ngày: <span>{label}</span>", label, stories, page,
                                       "archive date", cal=(int(m.group(1)), int(m.group(2)))))  # fmt: skip
        if path in ATTACHMENTS:
            return html(_attachment_page(path))
        parts = path.strip("/").split("/")
        if len(parts) == 1 and parts[0] in PAGES:
            return html(_static_page(parts[0]))
        if parts[0] in _BY_SLUG:
            s = _BY_SLUG[parts[0]]
            if len(parts) == 1:
                if "amp" in params:
                    return html(_amp_page(s))
                reply = params.get("replytocom", "")
                ids = {c[0] for c in s.opts.get("comments", [])}
                return html(
                    _post_page(s, int(reply) if reply.isdigit() and int(reply) in ids else None)
                )
            if parts[1:] == ["feed"]:
                return self._xml(_comment_feed(s), "application/rss+xml; charset=UTF-8")
        return None

    @staticmethod
    def _page(markup: str | None) -> Response | None:
        return html(markup) if markup is not None else None

    @staticmethod
    def _xml(body: str, ctype: str) -> Response:
        return Response(200, body, {"Content-Type": ctype})

    @staticmethod
    def _404() -> Response:
        return html(_not_found(), status=404)


def build_site() -> JannahSite:
    return JannahSite()
