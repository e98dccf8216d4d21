"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on WordPress 6 + OceanWP + Yoast SEO.

Imitates a provincial political school's news site as local agencies set WordPress up: the
OceanWP theme (no page builder on posts, the classic editor), Yoast SEO (canonical, breadcrumbs,
JSON-LD, ``/sitemap_index.xml``), WP Statistics in the sidebar, and the theme's "Infinite scroll"
pagination style on every archive. Year/month permalinks ``/%year%/%monthnum%/%postname%/``,
category base ``chuyen-muc``, tag base ``the``. What it serves:

- OceanWP's frame on every page: top bar (the header clock ``TODAY``, hotline, e-mail), the
  logo and main menu, a page header ``h1.page-header-title`` with Yoast breadcrumbs under it,
  ``div#outer-wrap > div#wrap > main#main > div#content-wrap.container > div#primary >
  div#content``, a right sidebar (search form ``?s=``, "Bài viết mới" with dates, "Chuyên mục",
  "Lưu trữ" monthly archive links, banners, "Thống kê truy cập" counter, the Meta widget with
  "Đăng nhập" and the feeds), footer widgets with the school's address and hotline.
- Posts at ``/2026/11/<slug>/``: ``article.single-post-article``; the featured image first
  (``div.thumbnail``, sometimes with ``div.thumbnail-caption``), then ``header.entry-header >
  h2.single-post-title`` (the page header's h1 is always the words "Tin tức", OceanWP's
  single-post page-header setting), ``ul.meta.ospm-default`` ("Bởi <account>", "Ngày 14 Tháng
  11, 2026", the categories, "N Bình luận"), ``div.entry-content.clearfix`` (classic editor:
  paragraphs, ``[caption]`` boxes ``div.wp-caption`` + ``p.wp-caption-text``, plain centred
  images, a ``[gallery]`` rendered as ``div.gallery > dl.gallery-item > dt > a > img`` with
  ``dd.wp-caption-text`` on captioned items, tables, a blockquote, ``<p>&nbsp;</p>`` spacers,
  right-aligned signatures), ``div.post-tags`` ("Thẻ:"), ``div.entry-share`` ("Chia sẻ bài
  viết"), ``nav.post-navigation`` ("Bài viết trước" / "Bài viết tiếp theo"),
  ``section#related-posts`` ("Bạn có thể thích", three posts with dates) and comments.
- Archives ``/chuyen-muc/<slug>/``, ``/the/<slug>/``, ``/author/<user>/``, ``/2026/11/`` (month;
  the year archive ``/2026/`` answers too, though nothing links it), ``/?s=…``: OceanWP's blog entries and, when there is a next page, the
  hidden ``div.infinite-scroll-nav`` whose ``div.older-posts > a`` "Bài cũ hơn" is the only
  link to ``…/page/N/`` (no numbered pager; the script loads the next page on scroll). Six posts
  a page, four on "Tin tức - Sự kiện" (the theme's per-category setting), which thus has three
  pages. A page past the last, ``/page/1/`` aside (301 to the archive), is WordPress's 404.
- ``/feed/`` (RSS 2.0, the ten newest posts, full ``content:encoded``), a feed per category and
  per commented post (``…/<slug>/feed/``); Yoast's sitemap index (announced in robots.txt)
  listing post, page, category and author sitemaps.
- Pages: ``/`` (the front page: a slider of three posts, the newest posts of each category),
  ``/gioi-thieu/lich-su-phat-trien/``, ``/gioi-thieu/co-cau-to-chuc/`` (an organisation chart
  image and the list of units), ``/lien-he/`` (address, Contact Form 7), ``/dao-tao/lich-hoc/``
  (a timetable table); gallery images link to WordPress attachment pages
  ``/2026/11/<post>/<image-name>/`` (title = file name, the image, a date: not articles);
  ``/wp-login.php``.

Traps and hard cases: comment "Trả lời" links ``?replytocom=N#respond`` serve the whole post
again (Yoast prints the clean canonical; they are listed as alt_paths); month and year archives
live at article-like paths ``/2026/11/`` next to ``/2026/11/<slug>/``, and the attachment
pages one level deeper; the only pager is the hidden infinite-scroll link; one post
(``khai-giang-lop-trung-cap-…-k48``) is in two categories and listed in both; the post comment
feeds sit under the post's path; ``/?p=ID`` and slash-less paths are 301s. One research
article was pasted from a Mac (decomposed NFD text); spacer paragraphs ``&nbsp;``.

Gold (by hand). Articles are the posts; pages, attachment pages, archives, feeds are not.
Judgement calls:
- title: ``h2.single-post-title`` (not the page header's constant "Tin tức" h1).
- published_at: the ``li.meta-date`` line is a date only, so the gold is the date only, although
  Yoast's ``article:published_time`` and JSON-LD carry the save time (the page shows none).
- category: Yoast's primary category, the one the breadcrumb names; the K48 post is printed with
  both categories in ``li.meta-cat`` but its breadcrumb and primary category is "Đào tạo - Bồi
  dưỡng".
- authors: the in-text signatures only. "Bởi Ban Biên tập" / "Bởi Quản trị viên" in the meta line
  is the posting account, not a credited writer; posts without a signature have no author.
  "Tin và ảnh: X" gives X as author and photographer; "Tin: X" + "Ảnh: Y" split them; a
  right-aligned "ThS. Lê Thị Minh Phương - Khoa Nhà nước và Pháp luật" gives the author without
  the degree ("Lê Thị Minh Phương"), the faculty dropped, as every other fixture has it
  (harmonised after the blind crawl; the first gold kept "ThS."); "Nguồn: Tạp chí
  Lý luận chính trị" is the source (no author). A caption ending "(Ảnh: Đức Anh)" is kept whole
  and names Đức Anh as photographer.
- summary: a fully bold first paragraph typed by the editor is the sapo (and the body's first
  paragraph); posts without one have no summary (OceanWP prints no excerpt on single posts).
- images: the featured image first (it is the article's lead photo), then the content images in
  order (gallery items included); caption = ``div.thumbnail-caption``, ``p.wp-caption-text`` or
  the gallery's ``dd``, None when there is none. Image paths are as printed in ``src`` (absolute
  on the page; the sized ``-1024x683`` file where the editor inserted a size).
- body: the entry content's paragraphs, list items, blockquote paragraphs and table rows (cells
  joined by " | "); spacer paragraphs, captions, signatures, source lines, tags, share, related
  posts and comments are not body.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timedelta
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_oceanwp_tct"
PLATFORM = "wordpress"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
TAGLINE = "Trung tâm đào tạo, bồi dưỡng cán bộ của tỉnh"
ADDRESS = "Số 8 đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang"
HOTLINE = "0207 3 822 456"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/oceanwp"
PER_PAGE = 6
#: OceanWP's per-category "posts per page" setting
CAT_PER_PAGE = {"tin-tuc-su-kien": 4}
FEED_SIZE = 10

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
}
TAGS: dict[str, str] = {
    "ngay-nha-giao": "Ngày Nhà giáo",
    "trung-cap-llct": "Trung cấp LLCT",
    "hoi-thao-khoa-hoc": "Hội thảo khoa học",
    "xay-dung-dang": "Xây dựng Đảng",
    "chuyen-doi-so": "Chuyển đổi số",
    "cong-doan": "Công đoàn",
}
USERS = {"bbt": "Ban Biên tập", "quantri": "Quản trị viên"}

# Story.opts: at (local save time, "YYYY-MM-DD HH:MM"), cats (all categories, primary first),
# user, tags, comments [(id, name, text, parent)], attach (gallery attachment slugs).
# Img styles: thumb (featured image, printed = div.thumbnail-caption), cap ([caption] box),
# plain (centred image in a paragraph), gallery (item of a [gallery]).
# P styles: "", lead (bold sapo paragraph), bq (blockquote), li, th/tr (table rows, " | "), h3.
STORIES: list[Story] = [
    Story(
        id=2418,
        slug="thong-bao-lich-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k46",
        title="Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K46",
        cat="dao-tao-boi-duong",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2026, Trường Chính trị tỉnh thông báo lịch thi tốt nghiệp"
                " lớp Trung cấp lý luận chính trị - hành chính K46 hệ không tập trung (mở tại Trung tâm"
                " Chính trị huyện Sơn Dương) như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Hình thức", "th"),
            P(
                "02/12/2026 | Sáng | Những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật | Viết",
                "tr",
            ),
            P(
                "03/12/2026 | Sáng | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam | Viết",
                "tr",
            ),
            P("04/12/2026 | Chiều | Tình huống quản lý | Vấn đáp", "tr"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 30 phút, mang theo thẻ học viên hoặc căn"
                " cước. Học viên chưa hoàn thành học phí, chưa đủ điều kiện dự thi liên hệ Phòng Quản lý"
                " đào tạo và Nghiên cứu khoa học để được hướng dẫn."
            ),
        ],
        opts={"at": "2026-11-23 15:42", "user": "quantri", "tags": ["trung-cap-llct"]},
    ),
    Story(
        id=2411,
        slug="trong-the-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trọng thể Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        blocks=[
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026.jpg",
                "Các đồng chí lãnh đạo nhà trường tặng hoa chúc mừng các nhà giáo",
                "Các đồng chí lãnh đạo nhà trường tặng hoa chúc mừng các nhà giáo",
                "thumb",
            ),
            P(
                "Sáng 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm"
                " Ngày Nhà giáo Việt Nam. Dự buổi lễ có đồng chí Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh"
                " ủy, lãnh đạo Sở Giáo dục và Đào tạo, các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ,"
                " giảng viên, viên chức nhà trường."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành giáo dục và của nhà trường, đồng chí Hiệu trưởng"
                " khẳng định: năm học vừa qua, đội ngũ giảng viên đã hoàn thành tốt nhiệm vụ đào tạo,"
                " bồi dưỡng cho hơn 2.100 lượt học viên; 100% giảng viên đi thực tế cơ sở theo quy định;"
                " 04 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại khá trở lên."
            ),
            Img(
                f"{UP}/2026/11/hieu-truong-phat-bieu-20-11-1024x683.jpg",
                "Đồng chí Hiệu trưởng phát biểu tại buổi lễ",
                "Đồng chí Hiệu trưởng phát biểu tại buổi lễ",
                "cap",
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giảng viên có thành tích xuất sắc trong giảng"
                " dạy và nghiên cứu khoa học; trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 03 nhà giáo."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Nguyễn Minh Tuấn</strong></p>'),
        ],
        authors=["Nguyễn Minh Tuấn"],
        photographers=["Nguyễn Minh Tuấn"],
        opts={
            "at": "2026-11-20 09:14",
            "user": "bbt",
            "tags": ["ngay-nha-giao"],
            "comments": [
                (41, "Hoàng Văn Bình", "Chúc mừng các thầy cô nhân ngày Nhà giáo Việt Nam!", 0),
                (42, "Ban Biên tập", "Cảm ơn đồng chí đã quan tâm theo dõi.", 41),
                (44, "Trần Thu Trang", "Xin chúc các thầy cô luôn mạnh khỏe, công tác tốt.", 0),
            ],
        },
    ),
    Story(
        id=2397,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k48",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính K48 hệ không tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-11-17",
        summary=(
            "Chiều 16/11/2026, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp lý luận"
            " chính trị - hành chính K48 hệ không tập trung cho 86 học viên là cán bộ, công chức các"
            " xã, phường trên địa bàn tỉnh."
        ),
        blocks=[
            P(
                "Chiều 16/11/2026, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp lý luận"
                " chính trị - hành chính K48 hệ không tập trung cho 86 học viên là cán bộ, công chức các"
                " xã, phường trên địa bàn tỉnh.",
                "lead",
            ),
            P(
                "Lớp học được tổ chức theo Chương trình đào tạo trung cấp lý luận chính trị ban hành kèm"
                " theo Quyết định của Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, thời gian học 8"
                " tháng, gồm 4 phần học với 19 học phần và viết tiểu luận cuối khóa."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm quy chế"
                " học tập, tích cực nghiên cứu, liên hệ thực tiễn địa phương, đơn vị; giảng viên đổi mới"
                " phương pháp giảng dạy, tăng cường trao đổi, thảo luận, tình huống."
            ),
            P("Một số hình ảnh tại buổi lễ:"),
            Img(
                f"{UP}/2026/11/k48-khai-giang-1-300x200.jpg",
                "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng",
                "gallery",
            ),
            Img(
                f"{UP}/2026/11/k48-khai-giang-2-300x200.jpg",
                "Đồng chí Phó Hiệu trưởng phát biểu khai giảng",
                "Đồng chí Phó Hiệu trưởng phát biểu khai giảng",
                "gallery",
            ),
            Img(
                f"{UP}/2026/11/k48-khai-giang-3-300x200.jpg",
                "Đại diện học viên phát biểu hứa quyết tâm",
                "Đại diện học viên phát biểu hứa quyết tâm",
                "gallery",
            ),
            Img(f"{UP}/2026/11/k48-khai-giang-4-300x200.jpg", None, None, "gallery"),
            Raw('<p style="text-align: right;"><em>Tin: Thu Hà - Ảnh: Đức Anh</em></p>'),
        ],
        authors=["Thu Hà"],
        photographers=["Đức Anh"],
        opts={
            "at": "2026-11-17 08:05",
            "user": "bbt",
            "cats": ["dao-tao-boi-duong", "tin-tuc-su-kien"],
            "tags": ["trung-cap-llct"],
            "attach": [
                "k48-khai-giang-1",
                "k48-khai-giang-2",
                "k48-khai-giang-3",
                "k48-khai-giang-4",
            ],
        },
    ),
    Story(
        id=2385,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-xay-dung-doi-ngu-can-bo-cap-xa",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong xây dựng đội ngũ cán bộ cấp xã hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-14",
        blocks=[
            P(
                "Sinh thời, Chủ tịch Hồ Chí Minh đặc biệt coi trọng công tác cán bộ. Người khẳng định:"
                " cán bộ là cái gốc của mọi công việc; công việc thành công hoặc thất bại đều do cán bộ"
                " tốt hoặc kém. Tư tưởng đó đến nay vẫn giữ nguyên giá trị, nhất là trong xây dựng đội"
                " ngũ cán bộ cấp xã sau khi sắp xếp đơn vị hành chính."
            ),
            P("1. Tư tưởng Hồ Chí Minh về cán bộ", "h3"),
            P(
                "Theo Người, người cán bộ phải có đủ đức và tài, trong đó đức là gốc. Trong tác phẩm"
                " “Sửa đổi lối làm việc”, Người viết:"
            ),
            P(
                "“Cũng như sông thì có nguồn mới có nước, không có nguồn thì sông cạn. Cây phải có gốc,"
                " không có gốc thì cây héo. Người cách mạng phải có đạo đức, không có đạo đức thì dù tài"
                " giỏi mấy cũng không lãnh đạo được nhân dân”.",
                "bq",
            ),
            P("2. Vận dụng trong xây dựng đội ngũ cán bộ cấp xã", "h3"),
            P(
                "Thứ nhất, đổi mới công tác đánh giá cán bộ theo kết quả, sản phẩm cụ thể, gắn với sự hài"
                " lòng của người dân. Thứ hai, chú trọng đào tạo, bồi dưỡng lý luận chính trị, kỹ năng"
                " quản lý nhà nước và kỹ năng số cho cán bộ cơ sở."
            ),
            P(
                "Thứ ba, xây dựng cơ chế khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám"
                " làm, dám chịu trách nhiệm vì lợi ích chung; kiên quyết thay thế cán bộ yếu kém, né"
                " tránh, đùn đẩy trách nhiệm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Thị Minh Phương</strong> - Khoa Nhà nước'
                " và Pháp luật</p>"
            ),
        ],
        authors=["Lê Thị Minh Phương"],
        opts={"at": "2026-11-14 10:30", "user": "bbt", "tags": ["xay-dung-dang"]},
    ),
    Story(
        id=2379,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-doi-ngu-giang-vien-trong-giai-doan-moi",
        title="Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên trong giai đoạn mới”",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            Img(f"{UP}/2026/11/hoi-thao-giang-vien.jpg", None, None, "thumb"),
            P(
                "Ngày 11/11/2026, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường “Nâng cao"
                " chất lượng đội ngũ giảng viên trong giai đoạn mới”. Hội thảo nhận được 24 tham luận của"
                " giảng viên các khoa, phòng và một số giảng viên kiêm chức."
            ),
            P(
                "Các ý kiến tập trung phân tích thực trạng đội ngũ giảng viên về số lượng, cơ cấu, trình"
                " độ chuyên môn, năng lực sư phạm và nghiên cứu khoa học; chỉ ra những hạn chế như tỷ lệ"
                " giảng viên có trình độ tiến sĩ còn thấp, việc đi thực tế cơ sở có lúc còn hình thức."
            ),
            Img(
                f"{UP}/2026/11/hoi-thao-tham-luan.jpg",
                "Giảng viên Khoa Lý luận cơ sở trình bày tham luận tại hội thảo",
                "Giảng viên Khoa Lý luận cơ sở trình bày tham luận tại hội thảo",
                "cap",
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng yêu cầu các khoa xây dựng kế hoạch bồi dưỡng"
                " giảng viên trẻ, khuyến khích giảng viên học tập nâng cao trình độ, đẩy mạnh ứng dụng"
                " công nghệ thông tin trong giảng dạy."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Quang Vinh</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Ngọc Mai</strong></p>'),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Ngọc Mai"],
        opts={"at": "2026-11-12 16:20", "user": "bbt", "tags": ["hoi-thao-khoa-hoc"]},
    ),
    Story(
        id=2366,
        slug="doan-cong-tac-nha-truong-nghien-cuu-thuc-te-tai-huyen-lam-binh",
        title="Đoàn công tác nhà trường nghiên cứu thực tế tại huyện Lâm Bình",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06",
        blocks=[
            Img(f"{UP}/2026/11/thuc-te-lam-binh.jpg", None, None, "thumb"),
            P(
                "Từ ngày 03 đến 05/11/2026, đoàn cán bộ, giảng viên Trường Chính trị tỉnh do đồng chí Phó"
                " Hiệu trưởng làm trưởng đoàn đã đi nghiên cứu thực tế tại huyện Lâm Bình."
            ),
            P(
                "Tại đây, đoàn làm việc với Ban Thường vụ Huyện ủy, tìm hiểu kết quả thực hiện Chương"
                " trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và"
                " miền núi; thăm mô hình du lịch cộng đồng tại thôn Nà Tông, xã Thượng Lâm."
            ),
            P(
                "Chuyến đi giúp giảng viên có thêm tư liệu thực tiễn để bổ sung vào bài giảng, góp phần"
                " nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cho địa phương."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Hoàng Thị Lan</strong></p>'),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Hoàng Thị Lan"],
        opts={"at": "2026-11-06 14:02", "user": "bbt", "tags": []},
    ),
    Story(
        id=2350,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-29",
        blocks=[
            P(
                "Thực hiện kế hoạch của Đảng ủy nhà trường, ngày 28/10/2026, Chi bộ Khoa Xây dựng Đảng tổ"
                " chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao tính chiến đấu, tính giáo dục"
                " trong sinh hoạt chi bộ”."
            ),
            Img(f"{UP}/2026/10/sinh-hoat-chuyen-de-chi-bo.jpg", None, None, "plain"),
            P(
                "Các đảng viên đã thảo luận sôi nổi, chỉ ra những biểu hiện hình thức trong sinh hoạt chi"
                " bộ như nội dung còn chung chung, việc tự phê bình và phê bình chưa thẳng thắn. Chi bộ"
                " thống nhất đề ra các giải pháp:"
            ),
            P("Chuẩn bị kỹ nội dung, gợi ý thảo luận trước mỗi kỳ sinh hoạt;", "li"),
            P("Gắn sinh hoạt chi bộ với nhiệm vụ chuyên môn của khoa;", "li"),
            P("Phân công đảng viên theo dõi, giúp đỡ quần chúng ưu tú.", "li"),
            Raw('<p style="text-align: right;">Nguyễn Văn Hưng - Khoa Xây dựng Đảng</p>'),
        ],
        authors=["Nguyễn Văn Hưng"],
        opts={"at": "2026-10-29 10:48", "user": "bbt", "tags": ["xay-dung-dang"]},
    ),
    Story(
        id=2338,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-21",
        blocks=[
            Img(
                f"{UP}/2026/10/hoi-thi-giang-vien-day-gioi.jpg",
                "Ban Giám khảo chấm bài giảng của thí sinh",
                "Ban Giám khảo chấm bài giảng của thí sinh",
                "thumb",
            ),
            P(
                "Từ ngày 14 đến 18/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
                " trường năm 2026 với 11 giảng viên tham gia. Mỗi thí sinh trình bày một bài giảng lý"
                " thuyết và một bài giảng tình huống trong thời gian 45 phút."
            ),
            P("Kết quả, Ban Tổ chức trao giải cho các giảng viên:"),
            P("Giải | Họ và tên | Đơn vị", "th"),
            P("Nhất | Đỗ Thị Hồng Nhung | Khoa Lý luận cơ sở", "tr"),
            P("Nhì | Phạm Quốc Khánh | Khoa Nhà nước và Pháp luật", "tr"),
            P("Ba | Vũ Thị Hải Yến | Khoa Xây dựng Đảng", "tr"),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo"
                " hướng phát huy tính tích cực của người học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Quang Vinh - Ảnh: Ngọc Mai</strong></p>'
            ),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Ngọc Mai"],
        opts={"at": "2026-10-21 17:35", "user": "bbt", "tags": ["hoi-thao-khoa-hoc"]},
    ),
    Story(
        id=2327,
        slug="chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri-thuc-trang-va-giai-phap",
        title="Chuyển đổi số trong giảng dạy lý luận chính trị: thực trạng và giải pháp",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-15",
        summary=(
            "Chuyển đổi số đang đặt ra yêu cầu mới đối với các trường chính trị tỉnh, từ phương pháp"
            " giảng dạy, quản lý đào tạo đến cách thức học tập của học viên."
        ),
        blocks=[
            P(
                "Chuyển đổi số đang đặt ra yêu cầu mới đối với các trường chính trị tỉnh, từ phương pháp"
                " giảng dạy, quản lý đào tạo đến cách thức học tập của học viên.",
                "lead",
            ),
            P(
                "Thời gian qua, nhà trường đã đưa vào sử dụng phần mềm quản lý đào tạo, hệ thống học liệu"
                " điện tử và phòng học thông minh. Tuy nhiên, mức độ ứng dụng của giảng viên chưa đồng"
                " đều; một bộ phận học viên lớn tuổi còn gặp khó khăn khi sử dụng các nền tảng số."
            ),
            Img(
                f"{UP}/2026/10/phong-hoc-thong-minh.jpg",
                "Phòng học thông minh của nhà trường (Ảnh: Đức Anh)",
                "Phòng học thông minh của nhà trường (Ảnh: Đức Anh)",
                "cap",
            ),
            P(
                "Để nâng cao hiệu quả, cần tập trung bồi dưỡng kỹ năng số cho giảng viên, số hóa bài"
                " giảng, xây dựng ngân hàng câu hỏi trắc nghiệm trực tuyến và hoàn thiện quy định về"
                " học tập kết hợp (blended learning) phù hợp với đặc thù đào tạo lý luận chính trị."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Trần Đức Long - Khoa Nhà nước và Pháp'
                " luật</strong></p>"
            ),
        ],
        authors=["Trần Đức Long"],
        photographers=["Đức Anh"],
        opts={"at": "2026-10-15 08:40", "user": "bbt", "tags": ["chuyen-doi-so"], "nfd": True},
    ),
    Story(
        id=2311,
        slug="be-giang-lop-cao-cap-ly-luan-chinh-tri-khoa-2024-2026",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09",
        blocks=[
            Img(
                f"{UP}/2026/10/be-giang-cao-cap-2024-2026.jpg",
                "Quang cảnh buổi lễ bế giảng",
                "Quang cảnh buổi lễ bế giảng",
                "thumb",
            ),
            P(
                "Ngày 08/10/2026, tại Trường Chính trị tỉnh, Học viện Chính trị khu vực I phối hợp với"
                " nhà trường tổ chức Lễ bế giảng và trao bằng tốt nghiệp lớp Cao cấp lý luận chính trị"
                " hệ không tập trung khóa 2024 - 2026 cho 95 học viên."
            ),
            P(
                "Kết quả học tập toàn khóa có 31 học viên đạt loại giỏi, 64 học viên đạt loại khá; 05"
                " học viên được Giám đốc Học viện tặng giấy khen vì có thành tích xuất sắc trong học"
                " tập và rèn luyện."
            ),
            Img(
                f"{UP}/2026/10/trao-bang-tot-nghiep-cao-cap.jpg",
                "Trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "Trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "cap",
            ),
            P(
                "Sau 2 năm học tập, các học viên đã được trang bị hệ thống kiến thức lý luận chính trị"
                " cơ bản, nâng cao năng lực lãnh đạo, quản lý, đáp ứng yêu cầu nhiệm vụ trong tình hình"
                " mới."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Minh Tuấn</strong></p>'),
        ],
        authors=["Nguyễn Minh Tuấn"],
        opts={"at": "2026-10-09 11:25", "user": "bbt", "tags": []},
    ),
    Story(
        id=2298,
        slug="tiep-va-lam-viec-voi-doan-kiem-tra-cua-hoc-vien-chinh-tri-khu-vuc-i",
        title="Tiếp và làm việc với Đoàn kiểm tra của Học viện Chính trị khu vực I",
        cat="tin-tuc-su-kien",
        published_at="2026-09-25",
        blocks=[
            P(
                "Ngày 24/9/2026, Đoàn kiểm tra của Học viện Chính trị khu vực I đã làm việc với Trường"
                " Chính trị tỉnh về việc thực hiện chương trình, quy chế đào tạo cao cấp lý luận chính"
                " trị hệ không tập trung."
            ),
            Img(f"{UP}/2026/09/doan-kiem-tra-hvct-kv1.jpg", None, None, "plain"),
            P(
                "Đoàn kiểm tra đánh giá cao sự phối hợp của nhà trường trong quản lý lớp học, bảo đảm cơ"
                " sở vật chất, ký túc xá cho học viên; đề nghị tiếp tục chấn chỉnh việc chấp hành giờ"
                " giấc học tập của một số học viên."
            ),
        ],
        opts={"at": "2026-09-25 15:10", "user": "quantri", "tags": []},
    ),
    Story(
        id=2284,
        slug="bao-ve-nen-tang-tu-tuong-cua-dang-tren-khong-gian-mang",
        title="Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng trong tình hình mới",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-18",
        blocks=[
            P(
                "Không gian mạng đã trở thành một môi trường quan trọng của cuộc đấu tranh trên mặt trận"
                " tư tưởng. Các thế lực thù địch lợi dụng mạng xã hội để xuyên tạc chủ nghĩa Mác - Lênin,"
                " tư tưởng Hồ Chí Minh, phủ nhận vai trò lãnh đạo của Đảng."
            ),
            P(
                "Để bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng, cần phát huy vai trò của lực"
                " lượng nòng cốt, trong đó có đội ngũ giảng viên lý luận chính trị; chủ động cung cấp"
                " thông tin chính thống, kịp thời, hấp dẫn; đồng thời nâng cao “sức đề kháng” cho cán bộ,"
                " đảng viên và nhân dân trước thông tin xấu độc."
            ),
            P(
                "Mỗi cán bộ, đảng viên cần gương mẫu, có bản lĩnh chính trị vững vàng, tỉnh táo nhận diện"
                " các luận điệu sai trái và tích cực lan tỏa những thông tin tích cực."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Lý luận chính trị</em></p>'),
        ],
        source="Tạp chí Lý luận chính trị",
        opts={"at": "2026-09-18 09:00", "user": "bbt", "tags": ["xay-dung-dang"]},
    ),
    Story(
        id=2270,
        slug="cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-quoc-khanh",
        title="Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng 81 năm Ngày Quốc khánh",
        cat="tin-tuc-su-kien",
        published_at="2026-09-04",
        blocks=[
            Img(f"{UP}/2026/09/bong-chuyen-hoi-cong-doan.jpg", None, None, "thumb"),
            P(
                "Chào mừng 81 năm Cách mạng Tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt"
                " Nam (02/9/1945 - 02/9/2026), từ ngày 28 đến 30/8/2026, Công đoàn Trường Chính trị tỉnh"
                " tổ chức giải bóng chuyền hơi cho đoàn viên công đoàn."
            ),
            P(
                "Giải có 6 đội đến từ các khoa, phòng tham gia. Kết quả, đội Khoa Lý luận cơ sở giành giải"
                " Nhất, đội Phòng Tổ chức - Hành chính giải Nhì, đội Khoa Nhà nước và Pháp luật giải Ba."
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Ngọc Mai</strong></p>'),
        ],
        authors=["Ngọc Mai"],
        photographers=["Ngọc Mai"],
        opts={"at": "2026-09-04 16:55", "user": "bbt", "tags": ["cong-doan"]},
    ),
]

_BY_ID = {s.id: s for s in STORIES}


def _at(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


def newest(pred: Callable[[Story], bool] = lambda s: True) -> list[Story]:
    return sorted((s for s in STORIES if pred(s)), key=_at, reverse=True)


def cats_of(s: Story) -> list[str]:
    return s.opts.get("cats", [s.cat])


def article_path(s: Story) -> str:
    at = _at(s)
    return f"/{at:%Y}/{at:%m}/{s.slug}/"


def _wpdate(at: datetime) -> str:
    return f"Ngày {at.day} Tháng {at.month}, {at.year}"


def _iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _txt(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _attachment_path(s: Story, name: str) -> str:
    return f"{article_path(s)}{name}/"


def _replytocom(s: Story) -> list[str]:
    return [f"{article_path(s)}?replytocom={cid}" for cid, *_ in s.opts.get("comments", [])]


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=_replytocom(s)) for s in newest()
]

STATIC_PAGES: dict[str, str] = {
    "/gioi-thieu/lich-su-phat-trien/": "Lịch sử phát triển",
    "/gioi-thieu/co-cau-to-chuc/": "Cơ cấu tổ chức",
    "/lien-he/": "Liên hệ",
    "/dao-tao/lich-hoc/": "Lịch học",
}


def _per(cat: str | None) -> int:
    return CAT_PER_PAGE.get(cat or "", PER_PAGE)


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def _months() -> list[tuple[int, int]]:
    return sorted({(_at(s).year, _at(s).month) for s in STORIES}, reverse=True)


def _archive_targets() -> list[str]:
    out: list[str] = []

    def add(base: str, n: int, per: int) -> None:
        out.append(base)
        out.extend(f"{base}page/{k}/" for k in range(2, _pages(n, per) + 1))

    for slug in CATS:
        add(f"/chuyen-muc/{slug}/", len(newest(lambda s, c=slug: c in cats_of(s))), _per(slug))
    for slug in TAGS:
        add(f"/the/{slug}/", len(newest(lambda s, t=slug: t in s.opts["tags"])), PER_PAGE)
    for user in USERS:
        add(f"/author/{user}/", len(newest(lambda s, u=user: s.opts["user"] == u)), PER_PAGE)
    for y, m in _months():
        add(
            f"/{y}/{m:02d}/",
            len(newest(lambda s, y=y, m=m: (_at(s).year, _at(s).month) == (y, m))),
            PER_PAGE,
        )
    return out


NON_ARTICLES: list[str] = [
    "/",
    *STATIC_PAGES,
    *(_attachment_path(s, a) for s in STORIES for a in s.opts.get("attach", [])),
    *_archive_targets(),
    "/?s=",
    "/?s=h%E1%BB%99i+th%E1%BA%A3o",
]

# --- markup ----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu/lich-su-phat-trien/",
        "Giới thiệu",
        [
            ("/gioi-thieu/lich-su-phat-trien/", "Lịch sử phát triển"),
            ("/gioi-thieu/co-cau-to-chuc/", "Cơ cấu tổ chức"),
        ],
    ),
    ("/chuyen-muc/tin-tuc-su-kien/", "Tin tức - Sự kiện", []),
    (
        "/chuyen-muc/dao-tao-boi-duong/",
        "Đào tạo - Bồi dưỡng",
        [("/dao-tao/lich-hoc/", "Lịch học")],
    ),
    ("/chuyen-muc/nghien-cuu-trao-doi/", "Nghiên cứu - Trao đổi", []),
    ("/lien-he/", "Liên hệ", []),
]


_ARROW = '<i class="nav-arrow fa fa-angle-down" aria-hidden="true"></i>'


def _menu(base: str, active: str) -> str:
    items = []
    for i, (href, label, subs) in enumerate(_MENU, start=1):
        cls = f"menu-item menu-item-type-custom menu-item-{300 + i}"
        if subs:
            cls += " menu-item-has-children dropdown"
        if href == active:
            cls += " current-menu-item"
        sub = ""
        if subs:
            sub = (
                '<ul class="sub-menu">'
                + "".join(
                    f'<li class="menu-item"><a href="{base}{h}" class="menu-link"><span class="text-wrap">{esc(t)}</span></a></li>'
                    for h, t in subs
                )
                + "</ul>"
            )
        items.append(
            f'<li id="menu-item-{300 + i}" class="{cls}"><a href="{base}{href}" class="menu-link">'
            f'<span class="text-wrap">{esc(label)}'
            f"{_ARROW if subs else ''}"
            f"</span></a>{sub}</li>"
        )
    return "".join(items)


def _crumbs(base: str, trail: list[tuple[str | None, str]]) -> str:
    parts = [f'<span><a href="{base}/">Trang chủ</a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span><a href="{base}{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return (
        '<nav aria-label="breadcrumbs" class="site-breadcrumbs clr position-under-title">'
        f"<span><span>{' » '.join(parts)}</span></span></nav>"
    )


def _sidebar(base: str) -> str:
    recent = "".join(
        f'<li><a href="{base}{article_path(s)}">{esc(s.title)}</a><span class="post-date">{_wpdate(_at(s))}</span></li>'
        for s in newest()[:5]
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{i}"><a href="{base}/chuyen-muc/{slug}/">{esc(name)}</a> ({len([s for s in STORIES if slug in cats_of(s)])})</li>'
        for i, (slug, name) in enumerate(CATS.items(), start=3)
    )
    months = "".join(
        f'<li><a href="{base}/{y}/{m:02d}/">Tháng {m} {y}</a></li>' for y, m in _months()
    )
    return f"""<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" role="complementary" aria-label="Thanh bên chính">
<div id="right-sidebar-inner" class="clr">
<div id="search-2" class="sidebar-box widget_search clr">
<form aria-label="Tìm kiếm trên website" role="search" method="get" class="searchform" action="{base}/">
<label for="ocean-search-form-1"><span class="screen-reader-text">Tìm kiếm trên website</span>
<input type="search" id="ocean-search-form-1" class="field" autocomplete="off" placeholder="Tìm kiếm" name="s"></label>
</form></div>
<div id="recent-posts-3" class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">Bài viết mới</h4><ul>{recent}</ul></div>
<div id="media_image-2" class="sidebar-box widget_media_image clr"><a href="https://tuyenquang.gov.vn/"><img width="300" height="100" src="{base}{UP}/2025/03/banner-cong-ttdt-tinh.jpg" class="image wp-image-118 attachment-full size-full" alt="Cổng thông tin điện tử tỉnh"></a></div>
<div id="media_image-3" class="sidebar-box widget_media_image clr"><a href="https://hcma.vn/"><img width="300" height="100" src="{base}{UP}/2025/03/banner-hoc-vien.jpg" class="image wp-image-119 attachment-full size-full" alt="Học viện Chính trị quốc gia Hồ Chí Minh"></a></div>
<div id="categories-2" class="sidebar-box widget_categories clr"><h4 class="widget-title">Chuyên mục</h4><ul>{cats}</ul></div>
<div id="archives-2" class="sidebar-box widget_archive clr"><h4 class="widget-title">Lưu trữ</h4><ul>{months}</ul></div>
<div id="wp_statistics_widget-2" class="sidebar-box widget_wp_statistics_widget clr"><h4 class="widget-title">Thống kê truy cập</h4>
<ul><li><label>Người trực tuyến:&nbsp;</label>9</li><li><label>Lượt truy cập hôm nay:&nbsp;</label>312</li><li><label>Lượt truy cập hôm qua:&nbsp;</label>498</li><li><label>Tổng lượt truy cập:&nbsp;</label>1.284.517</li></ul></div>
<div id="meta-2" class="sidebar-box widget_meta clr"><h4 class="widget-title">Meta</h4><ul>
<li><a href="{base}/wp-login.php">Đăng nhập</a></li><li><a href="{base}/feed/">RSS bài viết</a></li>
<li><a href="{base}/comments/feed/">RSS bình luận</a></li><li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></div>
</div></aside>"""


def _page(
    request: Request,
    title: str,
    header_title: str,
    crumbs: str,
    content: str,
    *,
    body_class: str,
    head: str = "",
    active: str = "",
) -> Response:
    base = base_url(request)
    doc = f"""<!DOCTYPE html>
<html class="html" lang="vi">
<head>
<meta charset="UTF-8">
<link rel="profile" href="https://gmpg.org/xfn/11">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This site is optimized with the Yoast SEO plugin v23.8 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title)}</title>
{head}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/">
<link rel="stylesheet" id="oceanwp-style-css" href="{base}{THEME}/assets/css/style.min.css?ver=4.0.2" media="all">
<link rel="stylesheet" id="font-awesome-css" href="{base}{THEME}/assets/fonts/fontawesome/css/all.min.css?ver=6.4.2" media="all">
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd">
<meta name="generator" content="WordPress 6.6.2">
<link rel="icon" href="{base}{UP}/2025/03/cropped-logo-tct-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar has-topbar has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="outer-wrap" class="site clr">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<div id="wrap" class="clr">
<div id="top-bar-wrap" class="clr"><div id="top-bar" class="clr container has-no-content">
<div id="top-bar-inner" class="clr"><div id="top-bar-content" class="clr top-bar-left">
<span class="topbar-content"><i class="icon-calendar"></i> {TODAY} &nbsp;|&nbsp; <i class="icon-phone"></i> Hotline: {HOTLINE} &nbsp;|&nbsp; <i class="icon-envelope"></i> {EMAIL}</span>
</div><div id="top-bar-social" class="clr top-bar-right"><ul class="clr" aria-label="Liên kết mạng xã hội">
<li class="oceanwp-facebook"><a href="https://www.facebook.com/truongchinhtrituyenquang" aria-label="Facebook (mở trong tab mới)" target="_blank" rel="noopener noreferrer"><i class="fab fa-facebook" aria-hidden="true" role="img"></i></a></li>
<li class="oceanwp-youtube"><a href="https://www.youtube.com/@truongchinhtrituyenquang" aria-label="Youtube (mở trong tab mới)" target="_blank" rel="noopener noreferrer"><i class="fab fa-youtube" aria-hidden="true" role="img"></i></a></li>
</ul></div></div></div></div>
<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container">
<div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr">
<a href="{base}/" class="custom-logo-link" rel="home"><img width="420" height="90" src="{base}{UP}/2025/03/logo-truong-chinh-tri.png" class="custom-logo" alt="{esc(SITE)}" decoding="async"></a>
</div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation">
<ul id="menu-menu-chinh" class="main-menu dropdown-menu sf-menu">{_menu(base, active)}
<li class="search-toggle-li"><a href="javascript:void(0)" class="site-search-toggle search-dropdown-toggle" aria-label="Tìm kiếm trên website"><i class="icon-magnifier" aria-hidden="true" role="img"></i></a></li></ul>
<div id="searchform-dropdown" class="header-searchform-wrap clr"><form aria-label="Tìm kiếm trên website" role="search" method="get" class="searchform" action="{base}/"><input type="search" class="field" autocomplete="off" placeholder="Tìm kiếm" name="s"></form></div>
</nav></div>
<div class="oceanwp-mobile-menu-icon clr mobile-right"><a href="#mobile-menu-toggle" class="mobile-menu" aria-label="Menu di động"><i class="fa fa-bars" aria-hidden="true"></i><span class="oceanwp-text">Menu</span><span class="oceanwp-close-text">Đóng</span></a></div>
</div></header>
<main id="main" class="site-main clr" role="main">
<header class="page-header"><div class="container clr page-header-inner">
<h1 class="page-header-title clr" itemprop="headline">{esc(header_title)}</h1>
{crumbs}
</div></header>
<div id="content-wrap" class="container clr">
<div id="primary" class="content-area clr">
<div id="content" class="site-content clr">
{content}
</div><!-- #content -->
</div><!-- #primary -->
{_sidebar(base)}
</div><!-- #content-wrap -->
</main><!-- #main -->
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo">
<div id="footer-inner" class="clr"><div id="footer-widgets" class="oceanwp-row clr"><div class="footer-widgets-inner container">
<div class="footer-box span_1_of_3 col col-1"><div id="text-3" class="footer-widget widget_text clr"><h4 class="widget-title">{esc(SITE.upper())}</h4>
<div class="textwidget"><p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {HOTLINE} &#8211; Fax: 0207 3 822 457<br>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div></div></div>
<div class="footer-box span_1_of_3 col col-2"><div id="text-4" class="footer-widget widget_text clr"><h4 class="widget-title">Chịu trách nhiệm nội dung</h4>
<div class="textwidget"><p>TS. Ma Văn Thắng &#8211; Hiệu trưởng<br>Giấy phép số 14/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/5/2021</p></div></div></div>
<div class="footer-box span_1_of_3 col col-3"><div id="text-5" class="footer-widget widget_text clr"><h4 class="widget-title">Liên kết</h4>
<div class="textwidget"><ul><li><a href="https://tuyenquang.dcs.vn/">Đảng bộ tỉnh Tuyên Quang</a></li><li><a href="https://hcma.vn/">Học viện CTQG Hồ Chí Minh</a></li></ul></div></div></div>
</div></div>
<div id="footer-bottom" class="clr no-footer-nav"><div id="footer-bottom-inner" class="container clr"><div id="copyright" class="clr" role="contentinfo">
Bản quyền &copy; 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></div></div>
</div></footer>
</div><!-- #wrap -->
</div><!-- #outer-wrap -->
<a aria-label="Cuộn lên đầu trang" href="#" id="scroll-top" class="scroll-top-right"><i class="fa fa-angle-up" aria-hidden="true" role="img"></i></a>
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{base}{THEME}/assets/js/vendors/infinite-scroll.pkgd.min.js?ver=4.0.2" id="oceanwp-infinite-scroll-js"></script>
<script src="{base}{THEME}/assets/js/theme.min.js?ver=4.0.2" id="oceanwp-main-js"></script>
</body>
</html>"""
    return html(
        doc, charset="UTF-8", headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'}
    )


def _img_tag(base: str, img: Img, cls: str, w: int = 1024, h: int = 683) -> str:
    return (
        f'<img decoding="async" loading="lazy" width="{w}" height="{h}" src="{base}{img.src}" '
        f'class="{cls}" alt="{esc(img.printed or "")}">'
    )


def _content(s: Story, base: str) -> str:
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "thumb")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img) and b.style == "gallery":
            items = []
            n = 0
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                n += 1
                att = article_path(s) + s.opts["attach"][n - 1] + "/"
                described = f' aria-describedby="gallery-1-{s.id + n}"' if g.printed else ""
                dd = (
                    f'<dd class="wp-caption-text gallery-caption" id="gallery-1-{s.id + n}">{_txt(s, g.printed)}</dd>'
                    if g.printed
                    else ""
                )
                items.append(
                    f'<dl class="gallery-item"><dt class="gallery-icon landscape"><a href="{base}{att}">'
                    f'<img loading="lazy" decoding="async" width="300" height="200" src="{base}{g.src}" '
                    f'class="attachment-medium size-medium" alt=""'
                    f"{described}></a></dt>{dd}</dl>"
                )
                if n % 2 == 0:
                    items.append('<br style="clear: both">')
                i += 1
            out.append(
                '<style type="text/css">#gallery-1 {margin: auto;} #gallery-1 .gallery-item {float: left; '
                "margin-top: 10px; text-align: center; width: 50%;}</style>"
                f'<div id="gallery-1" class="gallery galleryid-{s.id} gallery-columns-2 gallery-size-medium">'
                + "".join(items)
                + "</div>"
            )
            continue
        elif isinstance(b, Img) and b.style == "cap":
            wid = f"attachment_{s.id + 50}"
            out.append(
                f'<div id="{wid}" style="width: 1034px" class="wp-caption aligncenter">'
                f"{_img_tag(base, b, f'size-large wp-image-{s.id + 50}')}"
                f'<p id="caption-{wid}" class="wp-caption-text">{_txt(s, b.printed)}</p></div>'
            )
        elif isinstance(b, Img):
            out.append(f"<p>{_img_tag(base, b, f'aligncenter size-full wp-image-{s.id + 60}')}</p>")
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                r = blocks[i]
                tag = "td"
                cells = "".join(
                    f"<{tag}>{f'<strong>{_txt(s, c)}</strong>' if r.style == 'th' else _txt(s, c)}</{tag}>"
                    for c in r.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                f'<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>{"".join(rows)}</tbody></table>'
            )
            continue
        elif b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{_txt(s, blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(lis)}</ul>")
            continue
        elif b.style == "bq":
            out.append(f"<blockquote><p><em>{_txt(s, b.text)}</em></p></blockquote>")
        elif b.style == "h3":
            out.append(f"<h3><strong>{_txt(s, b.text)}</strong></h3>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_txt(s, b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_txt(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _meta_line(s: Story, base: str, cls: str) -> str:
    user = s.opts["user"]
    cats = '<span class="owp-sep">/</span>'.join(
        f'<a href="{base}/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c])}</a>'
        for c in cats_of(s)
    )
    n = len(s.opts.get("comments", []))
    comments = f"{n} Bình luận" if n else "Không có bình luận"
    return (
        f'<ul class="meta {cls} clr" aria-label="Thông tin bài viết:">'
        f'<li class="meta-author" itemprop="name"><span class="screen-reader-text">Tác giả bài viết:</span><i class="icon-user" aria-hidden="true" role="img"></i>'
        f'Bởi <a href="{base}/author/{user}/" title="Bài viết của {esc(USERS[user])}" rel="author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">{esc(USERS[user])}</a></li>'
        f'<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Ngày đăng:</span><i class="icon-clock" aria-hidden="true" role="img"></i>{_wpdate(_at(s))}</li>'
        f'<li class="meta-cat"><span class="screen-reader-text">Chuyên mục bài viết:</span><i class="icon-folder" aria-hidden="true" role="img"></i>{cats}</li>'
        f'<li class="meta-comments"><span class="screen-reader-text">Bình luận bài viết:</span><i class="icon-bubble" aria-hidden="true" role="img"></i><a href="{base}{article_path(s)}#comments" class="comments-link">{comments}</a></li>'
        "</ul>"
    )


def _thumb(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "thumb"), None)


def _card_img(s: Story) -> str:
    t = _thumb(s)
    if t:
        return t.src
    first = next((b for b in s.blocks if isinstance(b, Img)), None)
    return first.src if first else f"{UP}/2025/03/anh-mac-dinh-tct.jpg"


def _excerpt(s: Story) -> str:
    words = " ".join(p for p in s.paragraphs).split()
    return " ".join(words[:40]) + (" [&hellip;]" if len(words) > 40 else "")


def _comments(s: Story, base: str) -> str:
    comments = s.opts.get("comments", [])
    path = article_path(s)
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{path}#respond" style="display:none;">Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<div class="comment-textarea"><label for="comment" class="screen-reader-text">Bình luận</label><textarea name="comment" cols="39" rows="4" id="comment" class="textarea-comment" placeholder="Nội dung bình luận của bạn..."></textarea></div>
<div class="comment-form-author"><label for="author" class="screen-reader-text">Họ tên*</label><input type="text" name="author" id="author" value="" placeholder="Họ tên (bắt buộc)" size="22" tabindex="0" aria-required="true" class="input-name"></div>
<div class="comment-form-email"><label for="email" class="screen-reader-text">Email*</label><input type="text" name="email" id="email" value="" placeholder="Email (bắt buộc)" size="22" tabindex="0" aria-required="true" class="input-email"></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="Gửi bình luận"> <input type="hidden" name="comment_post_ID" value="{s.id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form></div>"""
    if not comments:
        return f'<section id="comments" class="comments-area clr">{form}</section>'

    def one(cid: int, name: str, body: str, depth: int) -> str:
        at = _at(s)
        return (
            f'<li id="li-comment-{cid}" class="comment {"even thread-even" if depth == 1 else "odd alt"} depth-{depth}">'
            f'<article id="comment-{cid}" class="comment-container"><img alt="" src="https://secure.gravatar.com/avatar/{cid:032x}?s=150&amp;d=mm&amp;r=g" class="avatar avatar-150 photo" height="150" width="150">'
            f'<div class="comment-body"><div class="comment-author"><strong class="comment-link">{esc(name)}</strong>'
            f'<span class="comment-meta commentmetadata"><span class="comment-date">{at.day + 1} Tháng {at.month}, {at.year}</span>'
            f'<a rel="nofollow" class="comment-reply-link" href="{base}{path}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{s.id}" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label="Trả lời đến {esc(name)}">Trả lời</a></span></div>'
            f'<div class="comment-entry"><div class="comment-content"><p>{esc(body)}</p></div></div></div></article>'
        )

    items = []
    for cid, name, body, parent in comments:
        if parent:
            continue
        children = "".join(one(c, n, b, 2) + "</li>" for c, n, b, p in comments if p == cid)
        items.append(
            one(cid, name, body, 1)
            + (f'<ul class="children">{children}</ul>' if children else "")
            + "</li>"
        )
    return (
        f'<section id="comments" class="comments-area clr has-comments"><div class="comments-title-wrap">'
        f'<h3 class="theme-heading comments-title"><span class="text">{len(comments)} Bình luận về &ldquo;{esc(s.title)}&rdquo;</span></h3></div>'
        f'<ol class="comment-list">{"".join(items)}</ol>{form}</section>'
    )


def _related(s: Story, base: str) -> str:
    others = [o for o in newest(lambda o: s.cat in cats_of(o) and o.id != s.id)][:3]
    arts = "".join(
        f'<article class="related-post clr col span_1_of_3 col-{k} post-{o.id} post type-post status-publish">'
        f'<figure class="related-post-media clr"><a href="{base}{article_path(o)}" class="related-thumb">'
        f'<img width="300" height="200" src="{base}{_card_img(o)}" class="attachment-medium size-medium wp-post-image" alt="{esc(o.title)}"></a></figure>'
        f'<h3 class="related-post-title"><a href="{base}{article_path(o)}" rel="bookmark">{esc(o.title)}</a></h3>'
        f'<time class="published" datetime="{_iso(_at(o))}"><i class="icon-clock" aria-hidden="true" role="img"></i>{_wpdate(_at(o))}</time></article>'
        for k, o in enumerate(others, start=1)
    )
    return (
        '<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title">'
        f'<span class="text">Bạn có thể thích</span></h3><div class="oceanwp-row clr">{arts}</div></section>'
    )


def _post_nav(s: Story, base: str) -> str:
    order = newest()
    k = order.index(s)
    older = order[k + 1] if k + 1 < len(order) else None
    newer = order[k - 1] if k > 0 else None
    parts = []
    if older:
        parts.append(
            f'<div class="nav-previous"><a href="{base}{article_path(older)}" rel="prev"><span class="title">'
            f'<i class="fas fa-long-arrow-alt-left" aria-hidden="true" role="img"></i> Bài viết trước</span>'
            f'<span class="post-title">{esc(older.title)}</span></a></div>'
        )
    if newer:
        parts.append(
            f'<div class="nav-next"><a href="{base}{article_path(newer)}" rel="next"><span class="title">'
            f'<i class="fas fa-long-arrow-alt-right" aria-hidden="true" role="img"></i> Bài viết tiếp theo</span>'
            f'<span class="post-title">{esc(newer.title)}</span></a></div>'
        )
    return (
        '<nav class="navigation post-navigation" aria-label="Đọc thêm bài viết"><h2 class="screen-reader-text">'
        f'Đọc thêm bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    )


def _article(s: Story, request: Request) -> Response:
    base = base_url(request)
    path = article_path(s)
    at = _at(s)
    thumb = _thumb(s)
    thumb_html = ""
    if thumb:
        cap = (
            f'<div class="thumbnail-caption">{_txt(s, thumb.printed)}</div>'
            if thumb.printed
            else ""
        )
        thumb_html = (
            f'<div class="thumbnail">{_img_tag(base, thumb, "attachment-full size-full wp-post-image", 1200, 800)}'
            f"{cap}</div>"
        )
    tags = s.opts["tags"]
    tags_html = ""
    if tags:
        links = '<span class="owp-sep">,</span> '.join(
            f'<a href="{base}/the/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags
        )
        tags_html = (
            f'<div class="post-tags clr"><span class="owp-tag-text">Thẻ: </span>{links}</div>'
        )
    url = quote(base + path, safe="")
    share = (
        '<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">Chia sẻ bài viết</span></h3>'
        '<ul class="oew-social-share clr" aria-label="Các tùy chọn chia sẻ">'
        f'<li class="facebook"><a href="https://www.facebook.com/sharer.php?u={url}" aria-label="Chia sẻ lên Facebook" onclick="oceanwpOpenPopup(this.href);return false;"><span class="screen-reader-text">Facebook</span></a></li>'
        f'<li class="twitter"><a href="https://twitter.com/share?text={quote(s.title)}&amp;url={url}" aria-label="Chia sẻ lên X" onclick="oceanwpOpenPopup(this.href);return false;"><span class="screen-reader-text">X</span></a></li>'
        f'<li class="email"><a href="mailto:?subject={quote(s.title)}&amp;body={url}" aria-label="Gửi email"><span class="screen-reader-text">Email</span></a></li>'
        '<li class="print"><a href="javascript:window.print()" aria-label="In bài viết"><span class="screen-reader-text">In</span></a></li>'
        "</ul></div>"
    )
    post_classes = " ".join(
        [f"post-{s.id}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if thumb else [])
        + ["hentry"]
        + [f"category-{c}" for c in cats_of(s)]
        + [f"tag-{t}" for t in tags]
        + ["entry"]
        + (["has-media"] if thumb else [])
    )
    article = f"""<article id="post-{s.id}" class="single-post-article clr {post_classes}">
{thumb_html}
<header class="entry-header clr">
<h2 class="single-post-title entry-title" itemprop="headline">{esc(s.title)}</h2>
</header><!-- .entry-header -->
{_meta_line(s, base, "ospm-default")}
<div class="entry-content clearfix" itemprop="text">
{_content(s, base)}
</div><!-- .entry -->
{tags_html}
{share}
{_post_nav(s, base)}
{_related(s, base)}
{_comments(s, base)}
</article>"""
    desc = _excerpt(s).replace(" [&hellip;]", "…")
    yoast = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "headline": s.title,
                "datePublished": _iso(at),
                "dateModified": _iso(at),
                "author": {"name": USERS[s.opts["user"]]},
                "articleSection": [CATS[c] for c in cats_of(s)],
                "inLanguage": "vi",
            }
        ],
    }
    head = f"""<meta name="description" content="{esc(desc)}">
<link rel="canonical" href="{base}{path}">
<meta property="og:locale" content="vi_VN">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(s.title)} - {esc(SITE)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{base}{path}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta property="article:published_time" content="{_iso(at)}">
{f'<meta property="og:image" content="{base}{_card_img(s)}">' if thumb else ""}
<meta name="author" content="{esc(USERS[s.opts["user"]])}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(yoast, ensure_ascii=False)}</script>
{f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {esc(s.title)} Dòng phản hồi" href="{base}{path}feed/">' if s.opts.get("comments") else ""}
<link rel="shortlink" href="{base}/?p={s.id}">"""
    crumbs = _crumbs(base, [(f"/chuyen-muc/{s.cat}/", CATS[s.cat]), (None, s.title)])
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return _page(
        request, f"{s.title} - {SITE}", "Tin tức", crumbs, article, body_class=body_class, head=head
    )


def _entries(items: list[Story], base: str) -> str:
    out = []
    for s in items:
        classes = (
            f"blog-entry clr no-featured-image large-entry post-{s.id} post type-post status-publish format-standard hentry "
            + " ".join(f"category-{c}" for c in cats_of(s))
        )
        out.append(
            f'<article id="post-{s.id}" class="{classes} entry has-media"><div class="blog-entry-inner clr">'
            f'<div class="thumbnail"><a href="{base}{article_path(s)}" class="thumbnail-link no-lightbox">'
            f'<img width="1200" height="800" src="{base}{_card_img(s)}" class="attachment-full size-full wp-post-image" alt="Đọc thêm về bài viết {esc(s.title)}" decoding="async"></a></div>'
            f'<header class="blog-entry-header clr"><h2 class="blog-entry-title entry-title"><a href="{base}{article_path(s)}" rel="bookmark">{esc(s.title)}</a></h2></header>'
            f"{_meta_line(s, base, 'obem-default')}"
            f'<div class="blog-entry-summary clr" itemprop="text"><p>{_excerpt(s)}</p></div>'
            f'<div class="blog-entry-readmore clr"><a href="{base}{article_path(s)}">Tiếp tục đọc<span class="screen-reader-text">{esc(s.title)}</span><i class="fa fa-angle-right" aria-hidden="true" role="img"></i></a></div>'
            "</div></article>"
        )
    return "".join(out)


def _archive(
    request: Request,
    root: str,
    page: int,
    items: list[Story],
    per: int,
    header: str,
    crumb: str,
    title: str,
    body_class: str,
    query: str = "",
) -> Response | None:
    base = base_url(request)
    last = _pages(len(items), per)
    if page > last:
        return None
    chunk = items[(page - 1) * per : page * per]
    nav = ""
    newer = ""
    if page > 1:
        back = root if page == 2 else f"{root}page/{page - 1}/"
        newer = f'<a href="{base}{back}{query}">&larr; Bài mới hơn</a>'
    if last > 1:
        older = (
            f'<a href="{base}{root}page/{page + 1}/{query}">Bài cũ hơn &rarr;</a>'
            if page < last
            else ""
        )
        nav = (
            '<div class="scroller-status"><div class="loader-ellips infinite-scroll-request">'
            '<span class="loader-ellips__dot"></span><span class="loader-ellips__dot"></span><span class="loader-ellips__dot"></span><span class="loader-ellips__dot"></span></div>'
            '<p class="scroller-status__message infinite-scroll-last">Đã hết bài viết</p>'
            '<p class="scroller-status__message infinite-scroll-error">Không còn trang nào để tải</p></div>'
            f'<div class="infinite-scroll-nav clr"><div class="alignleft newer-posts">{newer}</div>'
            f'<div class="alignright older-posts">{older}</div></div>'
        )
    if not chunk:
        content = (
            '<section class="no-results not-found"><div class="page-content"><p>Rất tiếc, không có kết quả'
            " phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section>"
        )
    else:
        content = f'<div id="blog-entries" class="entries clr infinite-scroll-wrap">{_entries(chunk, base)}</div>{nav}'
    suffix = f" - Trang {page} trên {last}" if page > 1 else ""
    head = ""
    if not query:
        canon = root if page == 1 else f"{root}page/{page}/"
        head = f'<link rel="canonical" href="{base}{canon}">'
        if page > 1:
            head += (
                f'\n<link rel="prev" href="{base}{root}{"" if page == 2 else f"page/{page - 1}/"}">'
            )
        if page < last:
            head += f'\n<link rel="next" href="{base}{root}page/{page + 1}/">'
    else:
        head = '<meta name="robots" content="noindex, follow">'
    crumbs = _crumbs(base, [(None, crumb)])
    return _page(
        request,
        f"{title}{suffix} - {SITE}",
        header,
        crumbs,
        content,
        body_class=body_class,
        head=head,
    )


_ORG_UNITS = [
    "Phòng Tổ chức - Hành chính",
    "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
    "Khoa Lý luận cơ sở",
    "Khoa Xây dựng Đảng",
    "Khoa Nhà nước và Pháp luật",
    "Khoa Dân vận",
]


def _static(request: Request, path: str) -> Response:
    base = base_url(request)
    title = STATIC_PAGES[path]
    if path == "/gioi-thieu/lich-su-phat-trien/":
        body = (
            "<p>Trường Chính trị tỉnh Tuyên Quang được thành lập trên cơ sở Trường Đảng tỉnh Tuyên Quang"
            " (thành lập năm 1949) và Trường Đảng Nguyễn Ái Quốc khu Việt Bắc. Trải qua hơn 75 năm xây dựng"
            " và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh.</p>"
            "<p>Năm 2023, nhà trường được công nhận đạt chuẩn mức 1 theo Quy định về Trường chính trị chuẩn."
            " Nhà trường được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba.</p>"
        )
    elif path == "/gioi-thieu/co-cau-to-chuc/":
        units = "".join(f"<li>{esc(u)}</li>" for u in _ORG_UNITS)
        body = (
            f'<p><img decoding="async" class="aligncenter size-full wp-image-120" src="{base}{UP}/2025/03/so-do-to-chuc.png" alt="Sơ đồ tổ chức" width="1100" height="720"></p>'
            "<p><strong>Ban Giám hiệu:</strong> Hiệu trưởng và 02 Phó Hiệu trưởng.</p>"
            f"<p><strong>Các phòng, khoa:</strong></p><ul>{units}</ul>"
        )
    elif path == "/lien-he/":
        body = (
            f"<p><strong>{esc(SITE.upper())}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p>"
            f"<p>Điện thoại: {HOTLINE} &#8211; Email: {EMAIL}</p>"
            '<div class="wpcf7 no-js" id="wpcf7-f215-p52-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f215-p52-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
            '<p><label> Họ và tên<br><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></span></label></p>'
            '<p><label> Email<br><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email"></span></label></p>'
            '<p><label> Nội dung<br><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi"></p></form></div>'
        )
    else:
        rows = [
            ("Lớp", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"),
            (
                "TCLLCT K47",
                "Học phần I.3",
                "Học phần I.3",
                "Tự học",
                "Học phần II.1",
                "Học phần II.1",
            ),
            (
                "TCLLCT K48",
                "Học phần I.1",
                "Học phần I.1",
                "Học phần I.2",
                "Tự học",
                "Học phần I.2",
            ),
            (
                "Bồi dưỡng đảng viên mới",
                "Chuyên đề 1",
                "Chuyên đề 2",
                "Chuyên đề 3",
                "Viết thu hoạch",
                "—",
            ),
        ]
        table = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
        body = (
            "<p><strong>LỊCH HỌC CÁC LỚP TẬP TRUNG TẠI TRƯỜNG (tuần từ 23/11 đến 27/11/2026)</strong></p>"
            f'<table border="1" style="width: 100%;"><tbody>{table}</tbody></table>'
            "<p><em>Sáng từ 7h30, chiều từ 13h30. Lịch có thể thay đổi, học viên theo dõi thông báo của phòng Quản lý đào tạo.</em></p>"
        )
    parent = (
        [("/gioi-thieu/lich-su-phat-trien/", "Giới thiệu")]
        if path.startswith("/gioi-thieu/")
        else []
    )
    content = f'<article class="single-page-article clr"><div class="entry clr" itemprop="text">{body}</div></article>'
    crumbs = _crumbs(base, [*parent, (None, title)])
    head = f'<link rel="canonical" href="{base}{path}">'
    return _page(
        request,
        f"{title} - {SITE}",
        title,
        crumbs,
        content,
        body_class="page-template-default page",
        head=head,
        active=path,
    )


def _attachment(request: Request, s: Story, name: str) -> Response:
    base = base_url(request)
    n = s.opts["attach"].index(name) + 1
    img = [b for b in s.blocks if isinstance(b, Img) and b.style == "gallery"][n - 1]
    full = img.src.replace("-300x200", "")
    content = (
        f'<article id="post-{s.id + 100 + n}" class="post-{s.id + 100 + n} attachment type-attachment status-inherit hentry entry">'
        f'<div class="thumbnail"><img width="1200" height="800" src="{base}{full}" class="attachment-full size-full" alt=""></div>'
        f'<div class="entry clr"><p class="attachment"><a href="{base}{full}">{name}</a></p></div>'
        f'<ul class="meta ospm-default clr"><li class="meta-date">{_wpdate(_at(s))}</li></ul>'
        f'<p class="post-parent"><a href="{base}{article_path(s)}">&larr; {esc(s.title)}</a></p></article>'
    )
    crumbs = _crumbs(
        base, [(f"/chuyen-muc/{s.cat}/", CATS[s.cat]), (article_path(s), s.title), (None, name)]
    )
    head = f'<link rel="canonical" href="{base}{article_path(s)}{name}/">'
    return _page(
        request,
        f"{name} - {SITE}",
        name,
        crumbs,
        content,
        body_class=f"attachment attachment-template-default single single-attachment postid-{s.id + 100 + n}",
        head=head,
    )


def _home(request: Request) -> Response:
    base = base_url(request)
    slides = "".join(
        f'<div class="slide"><a href="{base}{article_path(s)}"><img src="{base}{_card_img(s)}" alt="{esc(s.title)}"></a>'
        f'<div class="slide-caption"><a href="{base}{article_path(s)}">{esc(s.title)}</a></div></div>'
        for s in newest(lambda s: _thumb(s) is not None)[:3]
    )
    blocks = []
    for slug, name in CATS.items():
        lis = "".join(
            f'<li><a href="{base}{article_path(s)}">{esc(s.title)}</a> <span class="rpwe-time">{_wpdate(_at(s))}</span></li>'
            for s in newest(lambda s, c=slug: c in cats_of(s))[:4]
        )
        blocks.append(
            f'<div class="home-cat-block"><h3 class="widget-title"><a href="{base}/chuyen-muc/{slug}/">{esc(name)}</a></h3>'
            f'<ul class="rpwe-ul">{lis}</ul><p class="xem-tat-ca"><a href="{base}/chuyen-muc/{slug}/">Xem tất cả &raquo;</a></p></div>'
        )
    content = (
        f'<article class="single-page-article clr"><div class="entry clr" itemprop="text">'
        f'<div class="home-slider">{slides}</div>{"".join(blocks)}</div></article>'
    )
    head = f'<link rel="canonical" href="{base}/">\n<meta name="description" content="Trang thông tin điện tử {esc(SITE)}">'
    return _page(
        request,
        f"{SITE} - {TAGLINE}",
        "Trang chủ",
        "",
        content,
        body_class="home page-template-default page page-id-2",
        head=head,
        active="/",
    )


def _rss_date(at: datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    utc = at.replace(tzinfo=None)
    utc = utc - timedelta(hours=7)
    return f"{days[utc.weekday()]}, {utc.day:02d} {months[utc.month - 1]} {utc.year} {utc:%H:%M:%S} +0000"


def _feed(request: Request, items: list[Story], title: str, link: str) -> Response:
    base = base_url(request)
    entries = "".join(
        f"""
	<item>
		<title>{esc(s.title)}</title>
		<link>{base}{article_path(s)}</link>
		<dc:creator><![CDATA[{USERS[s.opts["user"]]}]]></dc:creator>
		<pubDate>{_rss_date(_at(s))}</pubDate>
		{"".join(f"<category><![CDATA[{CATS[c]}]]></category>" for c in cats_of(s))}
		<guid isPermaLink="false">{base}/?p={s.id}</guid>
		<description><![CDATA[{_excerpt(s)}]]></description>
		<content:encoded><![CDATA[{_content(s, base)}]]></content:encoded>
	</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{esc(title)}</title>
	<atom:link href="{base}{link}feed/" rel="self" type="application/rss+xml" />
	<link>{base}{link}</link>
	<description>{esc(TAGLINE)}</description>
	<lastBuildDate>{_rss_date(_at(items[0])) if items else ""}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.6.2</generator>{entries}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _comment_feed(request: Request, s: Story) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
	<item>
		<title>Bởi: {esc(name)}</title>
		<link>{base}{article_path(s)}#comment-{cid}</link>
		<dc:creator><![CDATA[{name}]]></dc:creator>
		<guid isPermaLink="false">{base}/?p={s.id}#comment-{cid}</guid>
		<description><![CDATA[{body}]]></description>
	</item>"""
        for cid, name, body, _p in s.opts.get("comments", [])
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
	<title>Bình luận về: {esc(s.title)}</title>
	<atom:link href="{base}{article_path(s)}feed/" rel="self" type="application/rss+xml" />
	<link>{base}{article_path(s)}</link>
	<language>vi</language>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _sitemap(request: Request, which: str) -> Response | None:
    base = base_url(request)
    head = f'<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="{base}/main-sitemap.xsl"?>\n'
    last = _iso(_at(newest()[0]))
    if which == "sitemap_index":
        maps = ["post-sitemap", "page-sitemap", "category-sitemap", "author-sitemap"]
        body = (
            head
            + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(
                f"\n\t<sitemap>\n\t\t<loc>{base}/{m}.xml</loc>\n\t\t<lastmod>{last}</lastmod>\n\t</sitemap>"
                for m in maps
            )
            + "\n</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
        )
        return Response(
            200,
            body,
            {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"},
        )
    urls: list[tuple[str, str, list[str]]]
    if which == "post-sitemap":
        urls = [
            (article_path(s), _iso(_at(s)), [i.src for i in s.images if i.style != "gallery"])
            for s in reversed(newest())
        ]
    elif which == "page-sitemap":
        urls = [("/", last, [])] + [(p, "2025-03-20T10:12:45+07:00", []) for p in STATIC_PAGES]
    elif which == "category-sitemap":
        urls = [(f"/chuyen-muc/{c}/", last, []) for c in CATS]
    elif which == "author-sitemap":
        urls = [(f"/author/{u}/", last, []) for u in USERS]
    else:
        return None
    body = head + (
        '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" '
        'xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/sitemap-image/1.1/sitemap-image.xsd" '
        'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    )
    for loc, mod, imgs in urls:
        im = "".join(
            f"\n\t\t<image:image>\n\t\t\t<image:loc>{base}{i}</image:loc>\n\t\t</image:image>"
            for i in imgs
        )
        body += f"\n\t<url>\n\t\t<loc>{base}{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>{im}\n\t</url>"
    body += "\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
    return Response(
        200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"}
    )


_ROBOTS = """# START YOAST BLOCK
# ---------------------------
User-agent: *
Disallow: /wp-admin/
Allow: /wp-admin/admin-ajax.php

Sitemap: {base}/sitemap_index.xml
# ---------------------------
# END YOAST BLOCK
"""

_LOGIN = """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; {site} &#8212; WordPress</title>
<meta name="robots" content="max-image-preview:large, noindex, noarchive"></head>
<body class="login no-js login-action-login wp-core-ui locale-vi"><div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc địa chỉ email</label>
<input type="text" name="log" id="user_login" class="input" value="" size="20"></p><div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label>
<input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20"></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập"></p></form>
<p id="nav"><a href="/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p><p id="backtoblog"><a href="/">&larr; Quay lại {site}</a></p></div></body></html>"""

_PAGED = re.compile(r"^(?P<root>/.*?/)page/(?P<n>\d+)/$")
_POST = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)/(?:(feed|[a-z0-9-]+)/)?$")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


class OceanWPSite:
    """WordPress's rewrite rules for this site, as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path in (
            "/sitemap_index.xml",
            "/post-sitemap.xml",
            "/page-sitemap.xml",
            "/category-sitemap.xml",
            "/author-sitemap.xml",
        ):
            return _sitemap(request, path[1:-4])
        if path == "/wp-login.php":
            return html(_LOGIN.format(site=esc(SITE)), charset="UTF-8")
        if path == "/" and "p" in request.params:
            s = _BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
            return redirect(article_path(s), 301) if s else self._not_found(request)
        if path == "/" and "s" in request.params:
            return self._search(request, 1)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        response = self._route(request, path)
        return response if response is not None else self._not_found(request)

    def _search(self, request: Request, page: int) -> Response | None:
        q = unquote_plus(request.params.get("s", "")).strip()
        items = newest(lambda s: _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs)))
        label = f"Kết quả tìm kiếm cho: {q}" if q else "Kết quả tìm kiếm"
        query = f"?s={quote(q)}"
        return _archive(
            request,
            "/",
            page,
            items,
            PER_PAGE,
            f"Tìm kiếm: {q}",
            label,
            label,
            "search search-results",
            query,
        )

    def _route(self, request: Request, path: str) -> Response | None:
        if path == "/":
            return _home(request)
        page = 1
        root = path
        if m := _PAGED.match(path):
            root, page = m.group("root"), int(m.group("n"))
            if page == 1:
                return redirect(root, 301)
            if root == "/" and "s" in request.params:
                return self._search(request, page)
        if root in STATIC_PAGES and page == 1:
            return _static(request, root)
        if root == "/feed/":
            return _feed(request, newest()[:FEED_SIZE], SITE, "/")
        if root == "/comments/feed/":
            s = newest(lambda s: bool(s.opts.get("comments")))[0]
            return _comment_feed(request, s)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)/(feed/)?", root):
            slug = m.group(1)
            if slug not in CATS:
                return None
            items = newest(lambda s: slug in cats_of(s))
            if m.group(2):
                return _feed(
                    request, items[:FEED_SIZE], f"{CATS[slug]} - {SITE}", f"/chuyen-muc/{slug}/"
                )
            name = CATS[slug]
            return _archive(
                request,
                root,
                page,
                items,
                _per(slug),
                name,
                name,
                f"Lưu trữ {name}",
                f"archive category category-{slug}",
            )
        if m := re.fullmatch(r"/the/([a-z0-9-]+)/", root):
            slug = m.group(1)
            if slug not in TAGS:
                return None
            items = newest(lambda s: slug in s.opts["tags"])
            name = TAGS[slug]
            return _archive(
                request,
                root,
                page,
                items,
                PER_PAGE,
                f"Thẻ: {name}",
                f"Thẻ: {name}",
                f"Lưu trữ {name}",
                f"archive tag tag-{slug}",
            )
        if m := re.fullmatch(r"/author/([a-z0-9-]+)/", root):
            user = m.group(1)
            if user not in USERS:
                return None
            items = newest(lambda s: s.opts["user"] == user)
            name = USERS[user]
            return _archive(
                request,
                root,
                page,
                items,
                PER_PAGE,
                name,
                f"Lưu trữ cho {name}",
                f"{name}, Tác giả tại {SITE}",
                f"archive author author-{user}",
            )
        if m := re.fullmatch(r"/(\d{4})/(?:(\d{2})/)?", root):
            y = int(m.group(1))
            mo = int(m.group(2)) if m.group(2) else None
            items = newest(lambda s: _at(s).year == y and (mo is None or _at(s).month == mo))
            if not items:
                return None
            label = f"Tháng {mo} {y}" if mo else f"Năm {y}"
            return _archive(
                request, root, page, items, PER_PAGE, label, label, label, "archive date"
            )
        if page == 1 and (m := _POST.match(path)):
            s = next((s for s in STORIES if s.slug == m.group(3)), None)
            if s is None:
                return None
            if article_path(s) != f"/{m.group(1)}/{m.group(2)}/{s.slug}/":
                return redirect(
                    article_path(s) + (f"?{request.query}" if request.query else ""), 301
                )
            extra = m.group(4)
            if extra is None:
                return _article(s, request)
            if extra == "feed" and s.opts.get("comments"):
                return _comment_feed(request, s)
            if extra in s.opts.get("attach", []):
                return _attachment(request, s, extra)
            return None
        return None

    @staticmethod
    def _not_found(request: Request) -> Response:
        base = base_url(request)
        content = (
            '<div class="error404-content clr"><h2 class="error-title">Không tìm thấy trang này!</h2>'
            '<p class="error-text">Xin lỗi, trang bạn yêu cầu không tồn tại. Hãy thử tìm kiếm.</p>'
            f'<a class="error-btn button" href="{base}/">Quay về trang chủ</a></div>'
        )
        resp = _page(
            request,
            f"Không tìm thấy trang - {SITE}",
            "404: Không tìm thấy trang",
            "",
            content,
            body_class="error404",
        )
        resp.status = 404
        return resp


def build_site() -> OceanWPSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return OceanWPSite()
