"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on WordPress 4.9 with the Sahifa theme.

Imitates the news site of a provincial political school as many were built around 2015-2018 and
never touched again: WordPress with TieLabs' *Sahifa* magazine theme (``#main-content .content``,
``article.post-listing``, ``h1.name.post-title.entry-title`` holding ``span[itemprop=name]``,
``p.post-meta`` with ``span.post-meta-author`` / ``span.tie-date`` / ``span.post-cats`` /
``span.post-comments`` / ``span.post-views``, ``div.entry``), and the plugins of that time:
Yoast SEO 7 (canonical, Open Graph with ``article:published_time``, ``/sitemap_index.xml``),
WP-PostViews ("1.234 lượt xem", widget "Tin xem nhiều"), YARPP shown in Sahifa's
``section#related_posts`` ("Bài viết liên quan", with dates), WP-PageNavi ("Trang 1 / 3", «, 1,
2, 3, », "Cuối »"), Breadcrumb NavXT ("Trang chủ > Tin tức > Tin hoạt động > …"), AddToAny in
Sahifa's ``.share-post``, Jetpack's sharing and likes blocks (appended *inside* ``div.entry``:
"Chia sẻ:", "Thích điều này:", "Đang tải..."), WP-Print (``?print=1``), WP Super Cache, Contact
Form 7 and NextGEN Gallery. WordPress prints absolute URLs everywhere (built from the Host
header) and wptexturize turns " - " into ``&#8211;`` in titles and texts.

What it serves:

- posts at ``/<slug>/`` (permalink ``/%postname%/``), in three categories: "Tin hoạt động"
  (``/chuyen-muc/tin-tuc/tin-hoat-dong/``) and "Thông báo" (``/chuyen-muc/tin-tuc/thong-bao/``),
  both children of "Tin tức" (``/chuyen-muc/tin-tuc/``, which lists both: 10 posts, 3 pages), and
  "Nghiên cứu - Trao đổi" (``/chuyen-muc/nghien-cuu-trao-doi/``: long essays with numbered
  sections, footnote markers "[1]", Word footnotes or a "Tài liệu tham khảo" list);
- archives of the platform: ``…/page/N/`` (4 posts a page; past the last page 404), tags
  ``/tag/<slug>/``, months ``/2026/11/`` (linked from the "Lưu trữ" widget), authors
  ``/author/<login>/`` (linked from "Người đăng"), search ``/?s=…``, feeds ``/feed/``,
  ``/chuyen-muc/…/feed/`` and per-post comment feeds ``/<slug>/feed/``, Yoast sitemaps
  (announced in robots.txt), the shortlink ``/?p=ID`` (301 to the permalink);
- the home page (Sahifa's builder: slider, one box per category, a NextGEN strip), a top bar
  with today's date (TODAY), the breaking-news ticker "Tin nóng:" whose links carry
  ``?utm_source=ticker``, the main menu, a sidebar (login box, "Tin mới nhất", "Tin xem nhiều",
  "Lịch công tác tuần", "Văn bản mới", banner "Cổng thông tin điện tử tỉnh", "Lưu trữ",
  "Thống kê truy cập", "Liên kết web" select) and a footer with address, hotline and "Bản quyền
  thuộc Trường Chính trị tỉnh Tuyên Quang";
- pages: ``/gioi-thieu/`` with ``lich-su-hinh-thanh/`` and ``co-cau-to-chuc/``, ``/lien-he/``
  (Contact Form 7), ``/van-ban/`` (a table of documents) whose entries are WordPress *attachment
  pages* ``/van-ban/<slug>/`` (they print like posts: h1, "Người đăng", a date, a file link),
  ``/thu-vien-anh/`` (NextGEN album) with gallery pages and their ``/slideshow`` views, and
  ``/lich-cong-tac/`` (a week table).

Traps and hard cases, as the platform really has them:

- ``/lich-cong-tac/?tuan=N&nam=Y``: "« Tuần trước | Tuần sau »" answer 200 for any week of any
  year, so the week links never end (weeks 47-49 of 2026 have entries, the rest say "Chưa có
  lịch công tác tuần này.");
- the same post under other URLs: ``?utm_source=ticker`` (ticker), ``?replytocom=N`` (comment
  "Trả lời" links); both print the post with ``rel=canonical`` to the permalink (alt_paths);
  ``?print=1`` is WP-Print's view (another layout, "noindex, nofollow", canonical to the post,
  and it prints the time "@ 08:45" the post page does not show): a non-article;
  ``?share=facebook|twitter&nb=1`` (Jetpack) answer 302 to the social site;
- WP Super Cache: two older posts (ids 1451 and 1438) are served from static files cached on
  19/10/2026, before the admin changed the date format from "F j, Y" to "d/m/Y": their whole
  page prints dates as "Tháng Mười 15, 2026" and its sidebar, ticker and related posts are those
  of that day (the HTML ends with the cache comment). A query string bypasses the cache, so the
  same post under ``?replytocom=`` prints "15/10/2026". Posts edited later (1432, 1444) were
  re-cached and print d/m/Y;
- comments under two posts (reader names, a date *with* a time, "Trả lời"), Jetpack blocks
  inside ``div.entry``, the author box of the WordPress user (``section#author-box``);
- attachment pages that look like posts; one essay stored decomposed (NFD, id 1480); one post
  copied from the provincial newspaper with every second letter as a character reference
  (id 1465).

Gold (by hand; what a careful reader takes from each post page):

- title: the h1; category: the post's category as ``span.post-cats`` and the breadcrumb print it
  (the child category, not "Tin tức").
- published_at: ``span.tie-date`` (d/m/Y, or "Tháng Mười 15, 2026" on the cached pages): a day,
  never a time. Yoast's ``article:published_time`` carries a time but nothing on the page prints
  one; the print view's "@ 08:45" and the comments' times are not the post page's date; the
  ``article:modified_time`` is never the date.
- authors: the signature in the text. "ThS."/"TS." are dropped; the unit on the next line ("Khoa
  Lý luận cơ sở") or after a dash ("– Trưởng khoa Xây dựng Đảng") is not a name. Two names
  joined by "," are two authors. "Tin, ảnh: X" gives X as author and photographer; "Bài: X – Ảnh:
  Y" gives one each; a bare bold name is the author. The notice signed "Phòng Quản lý đào tạo –
  NCKH" (the office that issued it; the en dash is part of the office's name, NCKH = nghiên cứu
  khoa học) has that office as author. "Người đăng: admin / bientap / Ban Biên tập" and the
  author box credit nobody, so unsigned notices have no author.
- source: "(Nguồn: Báo Tuyên Quang)" gives "Báo Tuyên Quang" and keeps the signed author.
- summary: a bold (or bold italic) lead paragraph at the head of the text is the sapo and also
  the body's first paragraph; other posts have none (Sahifa prints no excerpt on posts).
- body: the text's paragraphs, subheads (``h3`` or bold lines such as "1. Vai trò của …"), list
  items (``ol`` items without their number; numbers typed in the text stay), table rows with
  cells joined by " | " (the title line above the schedule table is a paragraph). Footnote
  markers stay where printed ("…công việc”[1]."). The essays' notes and references are part of
  the article: Word footnotes ("[1] Hồ Chí Minh: Toàn tập, …") and the "Tài liệu tham khảo"
  heading with its entries are body paragraphs, also when the signature stands between the text
  and them (1480, 1432). Signatures, units, "Nguồn:", captions, Jetpack/AddToAny/WP-Print
  tools, tags, author box, related posts and comments are not body.
- images: the ``img`` in ``div.entry`` in order; caption = ``p.wp-caption-text`` of the
  [caption] block, or the centred ``em`` line right under the picture (same ``p`` after a
  ``br``, or the next ``p``), without wrapping parentheses or a leading "Ảnh:" label; a
  photograph alone in its ``p`` has no caption; "(ảnh tư liệu)" inside a caption stays.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "wp_sahifa_tct"
PLATFORM = "wordpress-sahifa"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 298 đường Lê Duẩn, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207.3822.417"
HOTLINE = "0912.836.150"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
UP = "/wp-content/uploads"
THEME = "/wp-content/themes/sahifa"
PER_PAGE = 4
TODAY_DATE = date(2026, 11, 25)
#: when WP Super Cache wrote the static files of the cached posts (old "F j, Y" date format)
CACHE_CUT = datetime(2026, 10, 19, 22, 14, 5)
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

#: categories: slug -> (printed name, archive path, term id)
CATS: dict[str, tuple[str, str, int]] = {
    "tin-hoat-dong": ("Tin hoạt động", "/chuyen-muc/tin-tuc/tin-hoat-dong/", 4),
    "thong-bao": ("Thông báo", "/chuyen-muc/tin-tuc/thong-bao/", 5),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", "/chuyen-muc/nghien-cuu-trao-doi/", 6),
}
PARENT = ("Tin tức", "/chuyen-muc/tin-tuc/")
#: WordPress users: login (nicename) -> (display name, bio)
USERS: dict[str, tuple[str, str]] = {
    "admin": ("admin", "Quản trị hệ thống Trang thông tin điện tử."),
    "bientap": (
        "bientap",
        "Tài khoản biên tập tin, bài của Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang.",
    ),
    "banbientap": (
        "Ban Biên tập",
        "Ban Biên tập Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang. Tin, bài xin gửi"
        " về hộp thư bbt.truongchinhtri@tuyenquang.gov.vn.",
    ),
}
TAGS: dict[str, str] = {
    "nha-giao-viet-nam": "Nhà giáo Việt Nam",
    "trung-cap-llct-hc": "Trung cấp LLCT-HC",
    "boi-duong": "Bồi dưỡng",
    "hoi-thi-giang-vien-day-gioi": "Hội thi giảng viên dạy giỏi",
    "xay-dung-dang": "Xây dựng Đảng",
    "tu-tuong-ho-chi-minh": "Tư tưởng Hồ Chí Minh",
    "nghien-cuu-thuc-te": "Nghiên cứu thực tế",
    "chuyen-doi-so": "Chuyển đổi số",
}


@dataclass(frozen=True)
class Comment:
    id: int
    name: str
    when: datetime
    text: str


# Story.opts: when (publish datetime), modified, user (login), tags, fn (footnote markup: word |
# sup | plain), nfd, entities, cached (served from the old static cache), comments.
# P styles: "" (justified), lead (bold lead), leadem (bold italic lead), h3, strong (bold line),
# tabletitle, th/tr (table rows, cells " | "), ol (ordered-list item), ref (italic reference),
# fn (Word footnote, "[n] text"), "a|href|phrase" (a link inside the paragraph).
# Img styles: wpcap ([caption] block), pem (picture, then a centred <em> line in the next <p>),
# br (picture, <br>, <em> line in the same <p>), bare (picture alone).
STORIES: list[Story] = [
    Story(
        id=1496,
        slug="truong-chinh-tri-tinh-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="tin-hoat-dong",
        published_at="2026-11-23",
        summary=(
            "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và trao Kỷ niệm chương “Vì sự"
            " nghiệp giáo dục” cho các nhà giáo có nhiều đóng góp."
        ),
        blocks=[
            P(
                "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm"
                " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và trao Kỷ niệm chương “Vì sự"
                " nghiệp giáo dục” cho các nhà giáo có nhiều đóng góp.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Trần Thị Minh Nguyệt, Phó Trưởng Ban Tuyên giáo và Dân vận"
                " Tỉnh ủy; đại diện lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các đồng chí nguyên"
                " lãnh đạo nhà trường qua các thời kỳ cùng toàn thể cán bộ, giảng viên, nhân viên và"
                " học viên các lớp đang học tập tại trường."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-1.jpg",
                "Đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Đồng chí Hiệu trưởng Nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "wpcap",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành giáo dục và đào tạo, đồng chí Hiệu trưởng"
                " khẳng định: năm học 2025 – 2026, trong bối cảnh sắp xếp tổ chức bộ máy theo chủ"
                " trương của Trung ương, tập thể nhà trường đã đoàn kết, khắc phục khó khăn, hoàn"
                " thành toàn diện nhiệm vụ chính trị được giao. Nhà trường đã mở 38 lớp đào tạo, bồi"
                " dưỡng với gần 2.900 lượt học viên; 100% giảng viên hoàn thành định mức giảng dạy và"
                " nghiên cứu khoa học."
            ),
            P(
                "Tại buổi lễ, 05 nhà giáo được trao Kỷ niệm chương “Vì sự nghiệp giáo dục”; 12 cá"
                " nhân được Hiệu trưởng tặng Giấy khen vì có thành tích xuất sắc trong Hội thi giảng"
                " viên dạy giỏi cấp trường năm 2026."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-2.jpg",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
                "wpcap",
            ),
            P(
                "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh"
                " ủy ghi nhận những kết quả nhà trường đạt được, đề nghị tập thể cán bộ, giảng viên"
                " tiếp tục đổi mới nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn địa"
                " phương, xứng đáng là trung tâm đào tạo, bồi dưỡng cán bộ của tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Thu Trang</strong></p>'),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        opts={
            "when": datetime(2026, 11, 23, 8, 45, 12),
            "user": "bientap",
            "tags": ["nha-giao-viet-nam", "hoi-thi-giang-vien-day-gioi"],
            "comments": [
                Comment(
                    215,
                    "Nguyễn Thị Hà",
                    datetime(2026, 11, 23, 20, 14),
                    "Chúc mừng các thầy cô giáo nhân Ngày Nhà giáo Việt Nam 20/11!",
                ),
                Comment(
                    216,
                    "Trần Văn Long",
                    datetime(2026, 11, 24, 7, 32),
                    "Kính chúc các thầy, cô luôn mạnh khỏe, tâm huyết với sự nghiệp đào tạo"
                    " cán bộ của tỉnh.",
                ),
            ],
        },
    ),
    Story(
        id=1493,
        slug="thong-bao-lich-hoc-lop-trung-cap-llct-hc-k45-thang-12-2026",
        title="Thông báo lịch học lớp Trung cấp LLCT-HC K45 hệ không tập trung (tháng 12/2026)",
        cat="thong-bao",
        published_at="2026-11-20",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2026 đã được Ban Thường vụ Tỉnh ủy phê duyệt, Nhà"
                " trường thông báo lịch học tháng 12/2026 của lớp Trung cấp lý luận chính trị – hành"
                " chính K45 hệ không tập trung (mở tại Trung tâm Chính trị huyện Hàm Yên) như sau:"
            ),
            P("Lịch học lớp Trung cấp LLCT-HC K45", "tabletitle"),
            P("Thời gian | Nội dung | Giảng viên | Địa điểm", "th"),
            P(
                "01/12 – 04/12/2026 | Học phần II.3: Đường lối, chính sách của Đảng, Nhà nước Việt"
                " Nam về các lĩnh vực của đời sống xã hội | ThS. Nguyễn Văn Hải | Trung tâm Chính trị"
                " huyện Hàm Yên",
                "tr",
            ),
            P(
                "08/12 – 11/12/2026 | Học phần III.1: Quản lý hành chính nhà nước | ThS. Lê Văn Bình"
                " | Trung tâm Chính trị huyện Hàm Yên",
                "tr",
            ),
            P(
                "15/12 – 17/12/2026 | Học phần III.2: Kỹ năng lãnh đạo, quản lý | TS. Đỗ Thị Hồng Vân"
                " | Trung tâm Chính trị huyện Hàm Yên",
                "tr",
            ),
            P(
                "22/12/2026 | Kiểm tra kết thúc học phần III.1 | Phòng QLĐT-NCKH | Hội trường B,"
                " Trường Chính trị tỉnh",
                "tr",
            ),
            P(
                "Học viên học tập theo giờ hành chính: sáng từ 7h30 đến 11h00, chiều từ 13h30 đến"
                " 17h00. Đề nghị học viên tham gia học tập đầy đủ, đúng thời gian; trường hợp vắng học"
                " phải có đơn xin phép gửi giáo viên chủ nhiệm lớp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phòng Quản lý đào tạo &#8211; NCKH</strong></p>'
            ),
        ],
        authors=["Phòng Quản lý đào tạo – NCKH"],
        opts={
            "when": datetime(2026, 11, 20, 14, 10, 3),
            "user": "admin",
            "tags": ["trung-cap-llct-hc"],
        },
    ),
    Story(
        id=1489,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k45-he-khong-tap-trung",
        title="Khai giảng lớp Trung cấp lý luận chính trị – hành chính K45 hệ không tập trung",
        cat="tin-hoat-dong",
        published_at="2026-11-18",
        blocks=[
            P(
                "Ngày 16/11/2026, tại Trung tâm Chính trị huyện Hàm Yên, Trường Chính trị tỉnh Tuyên"
                " Quang tổ chức Lễ khai giảng lớp Trung cấp lý luận chính trị – hành chính K45 hệ"
                " không tập trung cho 86 học viên là cán bộ, công chức các xã, thị trấn và các cơ"
                " quan, đơn vị trên địa bàn huyện."
            ),
            Img(
                f"{UP}/2026/11/khai-giang-k45-ham-yen-1024x683.jpg",
                "Quang cảnh Lễ khai giảng",
                "Quang cảnh Lễ khai giảng",
                "pem",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường nhấn mạnh: chương trình"
                " Trung cấp lý luận chính trị – hành chính gồm 4 phần với 18 học phần, thời gian học"
                " tập 8 tháng. Đề nghị các học viên nêu cao tinh thần tự học, chấp hành nghiêm quy chế"
                " học viên, tích cực liên hệ thực tiễn cơ sở trong quá trình học tập."
            ),
            P(
                "Đại diện lãnh đạo Huyện ủy Hàm Yên đề nghị Trung tâm Chính trị huyện phối hợp chặt"
                " chẽ với Nhà trường trong quản lý lớp học, bảo đảm các điều kiện về cơ sở vật chất"
                " để lớp học đạt kết quả tốt."
            ),
            Img(
                f"{UP}/2026/11/khai-giang-k45-ham-yen-2-1024x683.jpg",
                "(Học viên lớp K45 tham gia buổi học đầu tiên)",
                "Học viên lớp K45 tham gia buổi học đầu tiên",
                "br",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Minh Khoa &#8211; Ảnh: Quốc Việt'
                "</strong></p>"
            ),
        ],
        authors=["Lê Minh Khoa"],
        photographers=["Quốc Việt"],
        opts={
            "when": datetime(2026, 11, 18, 9, 30, 41),
            "user": "bientap",
            "tags": ["trung-cap-llct-hc"],
        },
    ),
    Story(
        id=1485,
        slug="thong-bao-chieu-sinh-lop-boi-duong-ngach-chuyen-vien-nam-2026-dot-2",
        title="Thông báo chiêu sinh lớp Bồi dưỡng ngạch chuyên viên năm 2026 (đợt 2)",
        cat="thong-bao",
        published_at="2026-11-16",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2026 của Ủy"
                " ban nhân dân tỉnh, Trường Chính trị tỉnh thông báo chiêu sinh lớp Bồi dưỡng ngạch"
                " chuyên viên năm 2026 (đợt 2), cụ thể như sau:"
            ),
            P(
                "Đối tượng: công chức, viên chức đang giữ ngạch cán sự hoặc tương đương, có trình độ"
                " đại học trở lên, trong quy hoạch hoặc dự kiến bổ nhiệm ngạch chuyên viên.",
                "ol",
            ),
            P("Thời gian học: 6 tuần, dự kiến khai giảng ngày 07/12/2026.", "ol"),
            P(
                "Hồ sơ gồm: công văn cử đi học của cơ quan, đơn vị; 02 ảnh chân dung; bản sao văn"
                " bằng có chứng thực.",
                "ol",
            ),
            P("Học phí: theo quy định hiện hành của Ủy ban nhân dân tỉnh.", "ol"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo – NCKH, Trường Chính trị tỉnh trước ngày"
                " 30/11/2026. Mẫu đơn đăng ký học viên tải về tại đây.",
                f"a|{UP}/2026/11/Mau-don-dang-ky-boi-duong-chuyen-vien.pdf|tại đây",
            ),
        ],
        opts={
            "when": datetime(2026, 11, 16, 10, 2, 55),
            "user": "banbientap",
            "tags": ["boi-duong"],
        },
    ),
    Story(
        id=1480,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao-boi-duong-can-bo-o-tinh-tuyen-quang",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ ở tỉnh Tuyên Quang hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-12",
        blocks=[
            P(
                "Sinh thời, Chủ tịch Hồ Chí Minh luôn coi cán bộ là “cái gốc của mọi công việc”[1],"
                " là nhân tố quyết định sự thành bại của cách mạng. Tư tưởng của Người về cán bộ và"
                " công tác cán bộ là cơ sở lý luận quan trọng để Đảng ta xây dựng đội ngũ cán bộ các"
                " cấp đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ."
            ),
            P("1. Tư tưởng Hồ Chí Minh về đào tạo, bồi dưỡng cán bộ", "h3"),
            P(
                "Theo Hồ Chí Minh, “huấn luyện cán bộ là công việc gốc của Đảng”[2]. Người chỉ rõ"
                " việc huấn luyện phải thiết thực, “học đi đôi với hành”, tránh lối học lý luận suông,"
                " xa rời thực tế. Nội dung huấn luyện gồm huấn luyện lý luận, huấn luyện nghề nghiệp,"
                " huấn luyện văn hóa và huấn luyện chính trị; trong đó lý luận phải gắn với thực tiễn"
                " của từng địa phương, từng ngành."
            ),
            P(
                "Người đặc biệt coi trọng việc tự học của cán bộ: học ở trường, học ở sách vở, học"
                " lẫn nhau và học nhân dân. Theo Người, “không học nhân dân là một thiếu sót rất"
                " lớn”[3]."
            ),
            Img(
                f"{UP}/2026/11/bac-ho-voi-lop-huan-luyen-can-bo.jpg",
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ lớp huấn luyện tại Việt Bắc (ảnh tư liệu)",
                "Chủ tịch Hồ Chí Minh nói chuyện với cán bộ lớp huấn luyện tại Việt Bắc (ảnh tư liệu)",
                "wpcap",
            ),
            P("2. Thực trạng công tác đào tạo, bồi dưỡng cán bộ ở Trường Chính trị tỉnh", "h3"),
            P(
                "Giai đoạn 2021 – 2025, Trường Chính trị tỉnh Tuyên Quang đã mở 164 lớp đào tạo, bồi"
                " dưỡng với hơn 11.200 lượt học viên, trong đó có 46 lớp trung cấp lý luận chính trị"
                " – hành chính. Chương trình được cập nhật kịp thời các nghị quyết của Trung ương và"
                " của Tỉnh ủy; phương pháp giảng dạy từng bước được đổi mới theo hướng phát huy tính"
                " chủ động của người học."
            ),
            P(
                "Tuy nhiên, việc nghiên cứu thực tế của giảng viên có lúc còn hình thức; một số bài"
                " giảng chưa gắn chặt với thực tiễn của tỉnh; việc đánh giá chất lượng học viên sau"
                " đào tạo chưa được thực hiện thường xuyên."
            ),
            P("3. Một số giải pháp", "h3"),
            P(
                "Một là, đổi mới nội dung chương trình theo hướng tăng thời lượng các chuyên đề về"
                " thực tiễn phát triển kinh tế – xã hội của tỉnh, nhất là phát triển kinh tế lâm"
                " nghiệp, du lịch văn hóa – lịch sử và xây dựng nông thôn mới."
            ),
            P(
                "Hai là, thực hiện nghiêm chế độ đi nghiên cứu thực tế của giảng viên, ít nhất 01"
                " tháng mỗi năm, gắn với việc biên soạn tình huống, bài tập thực hành cho học viên."
            ),
            P(
                "Ba là, phối hợp chặt chẽ với các cơ quan sử dụng cán bộ trong việc đánh giá học viên"
                " sau đào tạo, coi đây là thước đo chất lượng đào tạo của nhà trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Văn Hải</strong></p>\n'
                '<p style="text-align: right;"><em>Khoa Lý luận cơ sở</em></p>'
            ),
            P(
                "[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.",
                "fn",
            ),
            P("[2] Sđd, t.5, tr.309.", "fn"),
            P("[3] Sđd, t.5, tr.312.", "fn"),
        ],
        authors=["Nguyễn Văn Hải"],
        opts={
            "when": datetime(2026, 11, 12, 15, 20, 9),
            "user": "bientap",
            "tags": ["tu-tuong-ho-chi-minh"],
            "fn": "word",
            "nfd": True,
        },
    ),
    Story(
        id=1477,
        slug="soi-noi-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Sôi nổi Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-09",
        blocks=[
            P(
                "Từ ngày 03 đến 06/11/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi"
                " cấp trường năm 2026. Tham gia hội thi có 14 giảng viên thuộc 4 khoa chuyên môn, mỗi"
                " giảng viên trình bày 01 bài giảng lý thuyết và 01 bài giảng thực hành trước Ban Giám"
                " khảo và học viên lớp Trung cấp LLCT-HC K44."
            ),
            Img(f"{UP}/2026/11/hoi-thi-gvdg-2026-01.jpg", None, None, "bare"),
            P(
                "Các bài giảng dự thi được chuẩn bị công phu, bám sát chương trình, giáo trình do Học"
                " viện Chính trị quốc gia Hồ Chí Minh ban hành; nhiều giảng viên đã ứng dụng hiệu quả"
                " công nghệ thông tin, sử dụng phương pháp tình huống, thảo luận nhóm, tạo không khí"
                " sôi nổi trong giờ học."
            ),
            Img(
                f"{UP}/2026/11/hoi-thi-gvdg-2026-02.jpg",
                "Ảnh: Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "pem",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 05 giải Khuyến"
                " khích. Các giảng viên đạt giải Nhất sẽ được lựa chọn tham dự Hội thi giảng viên dạy"
                " giỏi các trường chính trị khu vực miền núi phía Bắc năm 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Thu Hằng</strong></p>'),
        ],
        authors=["Thu Hằng"],
        opts={
            "when": datetime(2026, 11, 9, 16, 40, 22),
            "user": "bientap",
            "tags": ["hoi-thi-giang-vien-day-gioi"],
        },
    ),
    Story(
        id=1470,
        slug="thong-bao-ket-qua-thi-tot-nghiep-lop-trung-cap-llct-hc-k42",
        title="Thông báo kết quả thi tốt nghiệp lớp Trung cấp LLCT-HC K42",
        cat="thong-bao",
        published_at="2026-11-03",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo kết quả thi tốt nghiệp lớp Trung cấp lý luận chính"
                " trị – hành chính K42 hệ không tập trung (mở tại huyện Sơn Dương). Tổng số học viên"
                " dự thi 92 đồng chí; số học viên đủ điều kiện tốt nghiệp 91 đồng chí, trong đó 17"
                " học viên xếp loại giỏi, 68 học viên xếp loại khá, 6 học viên xếp loại trung bình."
            ),
            P(
                "Học viên xem chi tiết kết quả trong tệp đính kèm: Ket-qua-thi-tot-nghiep-K42.pdf",
                f"a|{UP}/2026/11/Ket-qua-thi-tot-nghiep-K42.pdf|Ket-qua-thi-tot-nghiep-K42.pdf",
            ),
            P(
                "Học viên có thắc mắc về kết quả thi liên hệ Phòng Quản lý đào tạo – NCKH trước ngày"
                " 20/11/2026 (điện thoại: 0207.3822.417)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 3, 8, 15, 37),
            "user": "banbientap",
            "tags": ["trung-cap-llct-hc"],
        },
    ),
    Story(
        id=1465,
        slug="hoc-vien-lop-cao-cap-ly-luan-chinh-tri-nghien-cuu-thuc-te-tai-huyen-lam-binh",
        title="Học viên lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Lâm Bình",
        cat="tin-hoat-dong",
        published_at="2026-10-28",
        blocks=[
            P(
                "Từ ngày 21 đến 25/10/2026, 72 học viên lớp Cao cấp lý luận chính trị hệ không tập"
                " trung khóa học 2025 – 2027 mở tại Trường Chính trị tỉnh Tuyên Quang đã đi nghiên cứu"
                " thực tế tại huyện Lâm Bình."
            ),
            P(
                "Tại đây, đoàn đã nghe lãnh đạo Huyện ủy giới thiệu khái quát tình hình phát triển"
                " kinh tế – xã hội, quốc phòng – an ninh và công tác xây dựng Đảng của huyện; tìm hiểu"
                " mô hình du lịch cộng đồng ở thôn Nà Tông, xã Thượng Lâm và mô hình trồng cây dược"
                " liệu dưới tán rừng ở xã Lăng Can."
            ),
            Img(
                f"{UP}/2026/10/nghien-cuu-thuc-te-lam-binh.jpg",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại thôn Nà Tông",
                "Học viên tìm hiểu mô hình du lịch cộng đồng tại thôn Nà Tông",
                "pem",
            ),
            P(
                "Qua chuyến nghiên cứu thực tế, các học viên có thêm thông tin, tư liệu để hoàn thành"
                " tiểu luận cuối khóa, đồng thời học tập kinh nghiệm trong lãnh đạo, chỉ đạo phát"
                " triển kinh tế gắn với bảo tồn bản sắc văn hóa các dân tộc."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thanh Phúc</strong></p>\n'
                '<p style="text-align: right;"><em>(Nguồn: Báo Tuyên Quang)</em></p>'
            ),
        ],
        authors=["Thanh Phúc"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 10, 28, 11, 5, 16),
            "user": "bientap",
            "tags": ["nghien-cuu-thuc-te"],
            "entities": 2,
        },
    ),
    Story(
        id=1459,
        slug="nang-cao-chat-luong-sinh-hoat-chi-bo-o-cac-to-chuc-co-so-dang-hien-nay",
        title="Nâng cao chất lượng sinh hoạt chi bộ ở các tổ chức cơ sở đảng hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-22",
        summary=(
            "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Chất lượng sinh hoạt chi"
            " bộ quyết định trực tiếp năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng. Bài"
            " viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng sinh hoạt"
            " chi bộ trong giai đoạn hiện nay."
        ),
        blocks=[
            Raw(
                '<p style="text-align: right;"><strong><em>TS. Đỗ Thị Hồng Vân &#8211; Trưởng khoa'
                " Xây dựng Đảng</em></strong></p>"
            ),
            P(
                "Chi bộ là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Chất lượng sinh hoạt chi"
                " bộ quyết định trực tiếp năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng. Bài"
                " viết phân tích thực trạng và đề xuất một số giải pháp nâng cao chất lượng sinh hoạt"
                " chi bộ trong giai đoạn hiện nay.",
                "leadem",
            ),
            P("1. Vai trò của sinh hoạt chi bộ", "strong"),
            P(
                "Điều lệ Đảng xác định: “Tổ chức cơ sở đảng là nền tảng của Đảng, hạt nhân chính trị"
                " ở cơ sở”[1]. Sinh hoạt chi bộ là nơi mỗi đảng viên được giáo dục, rèn luyện và thực"
                " hiện quyền, nhiệm vụ của mình; là nơi tiến hành tự phê bình và phê bình, giữ gìn sự"
                " đoàn kết thống nhất trong Đảng."
            ),
            P("2. Thực trạng sinh hoạt chi bộ hiện nay", "strong"),
            P(
                "Thời gian qua, các cấp ủy đã quan tâm chỉ đạo đổi mới nội dung, hình thức sinh hoạt"
                " chi bộ theo Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 của Ban Tổ chức Trung ương[2]."
                " Nhiều chi bộ đã duy trì nền nếp sinh hoạt định kỳ, chú trọng sinh hoạt chuyên đề,"
                " gắn nội dung sinh hoạt với nhiệm vụ chính trị của cơ quan, đơn vị."
            ),
            P(
                "Tuy vậy, ở không ít chi bộ, nội dung sinh hoạt còn chung chung, nặng về thông báo"
                " tình hình, triển khai công việc chuyên môn; tự phê bình và phê bình còn hình thức,"
                " nể nang; tỷ lệ đảng viên phát biểu ý kiến trong các buổi sinh hoạt chưa cao[3]."
            ),
            P("3. Giải pháp nâng cao chất lượng sinh hoạt chi bộ", "strong"),
            P(
                "Thứ nhất, nâng cao nhận thức, trách nhiệm của cấp ủy, bí thư chi bộ và đảng viên về"
                " vị trí, vai trò của sinh hoạt chi bộ."
            ),
            P(
                "Thứ hai, chuẩn bị chu đáo nội dung sinh hoạt; mỗi quý có ít nhất một buổi sinh hoạt"
                " chuyên đề, lựa chọn chuyên đề sát với tình hình thực tế của chi bộ."
            ),
            P(
                "Thứ ba, phát huy dân chủ, tăng cường tự phê bình và phê bình; đề cao vai trò điều"
                " hành của bí thư chi bộ."
            ),
            P(
                "Thứ tư, tăng cường kiểm tra, giám sát của cấp ủy cấp trên đối với việc thực hiện chế"
                " độ sinh hoạt chi bộ."
            ),
            P("Tài liệu tham khảo:", "strong"),
            P(
                "1. Đảng Cộng sản Việt Nam: Điều lệ Đảng Cộng sản Việt Nam, Nxb. Chính trị quốc gia"
                " Sự thật, Hà Nội, 2011.",
                "ref",
            ),
            P(
                "2. Ban Tổ chức Trung ương: Hướng dẫn số 12-HD/BTCTW ngày 18/10/2018 về một số vấn đề"
                " cụ thể nâng cao chất lượng sinh hoạt chi bộ.",
                "ref",
            ),
            P(
                "3. Tỉnh ủy Tuyên Quang: Báo cáo sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2026.",
                "ref",
            ),
        ],
        authors=["Đỗ Thị Hồng Vân"],
        opts={
            "when": datetime(2026, 10, 22, 9, 0, 48),
            "user": "bientap",
            "tags": ["xay-dung-dang"],
            "fn": "sup",
        },
    ),
    Story(
        id=1451,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iii-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý III năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-15",
        blocks=[
            P(
                "Chiều 14/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý III với"
                " chủ đề “Nâng cao trách nhiệm nêu gương của đảng viên là giảng viên lý luận chính"
                " trị”."
            ),
            Img(
                f"{UP}/2026/10/sinh-hoat-chuyen-de-chi-bo-xdd.jpg",
                "(Đồng chí Bí thư Đảng ủy Nhà trường phát biểu tại buổi sinh hoạt)",
                "Đồng chí Bí thư Đảng ủy Nhà trường phát biểu tại buổi sinh hoạt",
                "pem",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những biểu hiện cụ thể của"
                " trách nhiệm nêu gương trong giảng dạy, nghiên cứu khoa học và trong quan hệ với học"
                " viên; đồng thời đăng ký những việc làm cụ thể để thực hiện trong quý IV."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy Nhà trường đề nghị chi bộ tiếp tục đổi mới"
                " nội dung sinh hoạt, lựa chọn chuyên đề thiết thực, gắn với nhiệm vụ chính trị của"
                " khoa."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Đỗ Văn Hùng</strong></p>'),
        ],
        authors=["Đỗ Văn Hùng"],
        opts={
            "when": datetime(2026, 10, 15, 15, 30, 2),
            "user": "bientap",
            "tags": ["xay-dung-dang"],
            "cached": True,
            "comments": [
                Comment(
                    198,
                    "Lương Thị Thảo",
                    datetime(2026, 10, 16, 9, 5),
                    "Buổi sinh hoạt chuyên đề rất thiết thực, chi bộ chúng tôi xin được học tập.",
                ),
            ],
        },
    ),
    Story(
        id=1444,
        slug="ke-hoach-to-chuc-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="thong-bao",
        published_at="2026-10-02",
        blocks=[
            P(
                "Nhằm nâng cao chất lượng đội ngũ giảng viên, đổi mới phương pháp giảng dạy, Nhà"
                " trường ban hành Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026 với"
                " các nội dung chính sau:"
            ),
            P("I. Mục đích, yêu cầu", "strong"),
            P(
                "Hội thi là dịp để giảng viên trao đổi, học tập kinh nghiệm, đánh giá năng lực sư"
                " phạm; lựa chọn giảng viên tiêu biểu tham dự hội thi cấp khu vực năm 2027."
            ),
            P("II. Thời gian, địa điểm", "strong"),
            P(
                "Hội thi diễn ra từ ngày 03/11 đến ngày 06/11/2026 tại Hội trường A, Trường Chính trị"
                " tỉnh (thời gian đã được điều chỉnh so với kế hoạch ban đầu)."
            ),
            P("III. Đối tượng dự thi", "strong"),
            P(
                "Giảng viên cơ hữu của Nhà trường có thời gian giảng dạy từ 03 năm trở lên; mỗi khoa"
                " cử ít nhất 03 giảng viên tham dự."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 2, 7, 45, 30),
            "modified": datetime(2026, 11, 10, 16, 2, 11),
            "user": "admin",
            "tags": ["hoi-thi-giang-vien-day-gioi"],
        },
    ),
    Story(
        id=1438,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-09-25",
        blocks=[
            P(
                "Ngày 24/9/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế"
                " giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Sau 12 ngày học tập, 115 học viên là trưởng, phó các phòng, ban, đoàn thể cấp huyện"
                " và cán bộ chủ chốt cấp xã đã được nghiên cứu 11 chuyên đề về quan điểm, đường lối"
                " của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng khu"
                " vực phòng thủ; công tác dân vận trong tình hình mới."
            ),
            Img(
                f"{UP}/2026/09/be-giang-qpan-doi-tuong-4.jpg",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "wpcap",
            ),
            Img(f"{UP}/2026/09/be-giang-qpan-doi-tuong-4-b.jpg", None, None, "bare"),
            P(
                "Kết quả, 100% học viên đủ điều kiện được cấp giấy chứng nhận hoàn thành khóa học,"
                " trong đó 48 học viên đạt loại giỏi."
            ),
        ],
        opts={
            "when": datetime(2026, 9, 25, 16, 0, 44),
            "user": "bientap",
            "tags": ["boi-duong"],
            "cached": True,
        },
    ),
    Story(
        id=1432,
        slug="mot-so-giai-phap-nang-cao-hieu-qua-ung-dung-cong-nghe-thong-tin-trong-giang-day-ly-luan-chinh-tri",
        title="Một số giải pháp nâng cao hiệu quả ứng dụng công nghệ thông tin trong giảng dạy lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-16",
        blocks=[
            P(
                "Ứng dụng công nghệ thông tin trong giảng dạy là yêu cầu tất yếu của đổi mới phương"
                " pháp giảng dạy lý luận chính trị. Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Hội"
                " nghị Trung ương 8 khóa XI đã xác định: “Đẩy mạnh ứng dụng công nghệ thông tin và"
                " truyền thông trong dạy và học”[1]."
            ),
            P("1. Kết quả bước đầu", "h3"),
            P(
                "Hiện nay, 100% phòng học của Nhà trường được trang bị máy chiếu, hệ thống âm thanh;"
                " 95% giảng viên sử dụng thành thạo phần mềm trình chiếu trong bài giảng. Từ năm 2024,"
                " Nhà trường triển khai hệ thống quản lý đào tạo trực tuyến, cho phép học viên tra cứu"
                " lịch học, tài liệu và kết quả học tập[2]."
            ),
            P("2. Hạn chế", "h3"),
            P(
                "Bên cạnh kết quả đạt được, việc ứng dụng công nghệ thông tin ở một số bài giảng còn"
                " mang tính trình chiếu chữ, chưa khai thác hiệu quả tư liệu hình ảnh, video; kho học"
                " liệu số còn nghèo nàn; đường truyền mạng tại các trung tâm chính trị cấp huyện chưa"
                " ổn định."
            ),
            P("3. Giải pháp", "h3"),
            P(
                "Thứ nhất, bồi dưỡng kỹ năng số cho đội ngũ giảng viên, nhất là kỹ năng thiết kế bài"
                " giảng điện tử và khai thác học liệu mở."
            ),
            P(
                "Thứ hai, xây dựng kho học liệu số dùng chung của Nhà trường và các trung tâm chính"
                " trị cấp huyện[3]."
            ),
            P(
                "Thứ ba, đầu tư nâng cấp hạ tầng công nghệ thông tin, bảo đảm an toàn thông tin trong"
                " quá trình tổ chức dạy học trực tuyến."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Văn Bình, ThS. Phạm Thị Mai Anh'
                '</strong></p>\n<p style="text-align: right;"><em>Khoa Nhà nước và pháp luật</em></p>'
            ),
            P("Tài liệu tham khảo", "h3"),
            P(
                "Ban Chấp hành Trung ương Đảng: Nghị quyết số 29-NQ/TW ngày 04/11/2013 về đổi mới căn"
                " bản, toàn diện giáo dục và đào tạo.",
                "ol",
            ),
            P("Trường Chính trị tỉnh Tuyên Quang: Báo cáo tổng kết năm học 2024 – 2025.", "ol"),
            P(
                "Học viện Chính trị quốc gia Hồ Chí Minh: Kỷ yếu hội thảo khoa học “Chuyển đổi số"
                " trong hệ thống trường chính trị”, Hà Nội, 2024.",
                "ol",
            ),
        ],
        authors=["Lê Văn Bình", "Phạm Thị Mai Anh"],
        opts={
            "when": datetime(2026, 9, 16, 10, 30, 19),
            "modified": datetime(2026, 11, 5, 9, 12, 40),
            "user": "bientap",
            "tags": ["chuyen-doi-so"],
            "fn": "plain",
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_SLUG = {s.slug: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def article_path(s: Story) -> str:
    return f"/{s.slug}/"


def category_name(s: Story) -> str:
    return CATS[s.cat][0]


def visible(cut: datetime | None) -> list[Story]:
    """The posts, newest first, that existed at ``cut`` (all of them for a fresh page)."""
    return [s for s in _LATEST if cut is None or s.opts["when"] <= cut]


def in_cat(cat: str, cut: datetime | None = None) -> list[Story]:
    return [s for s in visible(cut) if s.cat == cat]


def in_parent(cut: datetime | None = None) -> list[Story]:
    return [s for s in visible(cut) if s.cat in ("tin-hoat-dong", "thong-bao")]


def ticker(cut: datetime | None) -> list[Story]:
    return visible(cut)[:5]


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    issued: date
    abstract: str
    signer: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}/"

    @property
    def file(self) -> str:
        return f"{UP}/{self.issued:%Y/%m}/{self.slug.upper()}.pdf"


DOCS: list[Doc] = [
    Doc(1494, "tb-34-tb-tct-2026", "34/TB-TCT", date(2026, 11, 20),
        "Thông báo lịch học tháng 12/2026 các lớp Trung cấp LLCT-HC hệ không tập trung", "Nguyễn Đức Thành"),
    Doc(1483, "kh-48-kh-tct-2026", "48/KH-TCT", date(2026, 11, 14),
        "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027", "Nguyễn Đức Thành"),
    Doc(1474, "qd-125-qd-tct-2026", "125/QĐ-TCT", date(2026, 11, 6),
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị – hành chính", "Nguyễn Đức Thành"),
    Doc(1431, "qc-02-qc-tct-2026", "02/QC-TCT", date(2026, 9, 30),
        "Quy chế chi tiêu nội bộ năm 2026 (sửa đổi, bổ sung)", "Hà Thị Kim Oanh"),
]  # fmt: skip
_DOCS_BY_PATH = {d.path: d for d in DOCS}

#: static pages: path -> (page id, title, parent, paragraphs)
PAGES: dict[str, tuple[int, str, str | None, list[str]]] = {
    "/gioi-thieu/": (29, "Giới thiệu", None, [
        "Trường Chính trị tỉnh Tuyên Quang là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, Ủy ban"
        " nhân dân tỉnh; có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ,"
        " công chức, viên chức và tổ chức đào tạo, bồi dưỡng lý luận chính trị, kiến thức quản lý"
        " nhà nước cho cán bộ của hệ thống chính trị ở cơ sở.",
        "Nhà trường chịu sự chỉ đạo, hướng dẫn về chuyên môn, nghiệp vụ của Học viện Chính trị quốc"
        " gia Hồ Chí Minh.",
    ]),
    "/gioi-thieu/lich-su-hinh-thanh/": (30, "Lịch sử hình thành", "/gioi-thieu/", [
        "Tiền thân của Trường Chính trị tỉnh Tuyên Quang là Trường Đảng tỉnh Tuyên Quang, được"
        " thành lập ngày 12/3/1949 tại xã Kim Bình, huyện Chiêm Hóa.",
        "Năm 1976, khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, trường mang tên Trường Đảng tỉnh"
        " Hà Tuyên. Năm 1991, tái lập tỉnh Tuyên Quang, trường mang tên Trường Đảng Nguyễn Ái Quốc"
        " tỉnh Tuyên Quang; từ năm 1995 đổi tên thành Trường Chính trị tỉnh Tuyên Quang.",
        "Trải qua hơn 75 năm xây dựng và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng chục"
        " nghìn lượt cán bộ cho tỉnh; được tặng thưởng Huân chương Lao động hạng Nhất, Huân chương"
        " Độc lập hạng Ba.",
    ]),
    "/gioi-thieu/co-cau-to-chuc/": (31, "Cơ cấu tổ chức", "/gioi-thieu/", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các phòng: Phòng Tổ chức – Hành chính; Phòng Quản lý đào tạo – NCKH.",
        "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
    ]),
}  # fmt: skip

#: the week table of /lich-cong-tac/: (iso year, iso week) -> rows (day offset, session, what, who, where)
SCHEDULE: dict[tuple[int, int], list[tuple[int, str, str, str, str]]] = {
    (2026, 47): [
        (0, "Sáng", "Giao ban Ban Giám hiệu", "Ban Giám hiệu, trưởng các phòng, khoa", "Phòng họp số 1"),
        (3, "Sáng", "Dự Lễ kỷ niệm Ngày Nhà giáo Việt Nam", "Toàn thể cán bộ, giảng viên", "Hội trường A"),
        (4, "Cả ngày", "Giảng dạy lớp Trung cấp LLCT-HC K44", "Khoa Nhà nước và pháp luật", "Phòng học 203"),
    ],
    (2026, 48): [
        (0, "Sáng", "Giao ban Ban Giám hiệu tháng 12", "Ban Giám hiệu, trưởng các phòng, khoa", "Phòng họp số 1"),
        (1, "Chiều", "Họp Hội đồng khoa học Nhà trường", "Thành viên Hội đồng", "Phòng họp số 2"),
        (3, "Cả ngày", "Kiểm tra lớp Trung cấp LLCT-HC K45 tại Hàm Yên", "Phòng QLĐT-NCKH", "Huyện Hàm Yên"),
        (4, "Sáng", "Sinh hoạt chi bộ định kỳ", "Các chi bộ trực thuộc", "Theo chi bộ"),
    ],
    (2026, 49): [
        (0, "Sáng", "Khai giảng lớp Bồi dưỡng ngạch chuyên viên năm 2026 (đợt 2)", "Ban Giám hiệu, Phòng QLĐT-NCKH", "Hội trường A"),
        (2, "Chiều", "Hội nghị cán bộ chủ chốt", "Ban Giám hiệu, trưởng các phòng, khoa", "Phòng họp số 1"),
    ],
}  # fmt: skip

#: NextGEN: gallery slug -> (title, image count)
ALBUM = "hoat-dong-nam-2026"
GALLERIES: dict[str, tuple[str, int]] = {
    "le-ky-niem-ngay-nha-giao-20-11": ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", 6),
    "khai-giang-lop-k45": ("Khai giảng lớp Trung cấp LLCT-HC K45", 4),
}


def gallery_path(slug: str) -> str:
    return f"/thu-vien-anh/nggallery/album/{ALBUM}/{slug}/"


# --------------------------------------------------------------------------- the gold (by hand)


def _alt_paths(s: Story) -> list[str]:
    alts = [f"{article_path(s)}?replytocom={c.id}" for c in s.opts.get("comments", [])]
    tickers = {t.id for t in ticker(None)} | {t.id for t in ticker(CACHE_CUT)}
    if s.id in tickers:
        alts.append(f"{article_path(s)}?utm_source=ticker")
    return alts


GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=_alt_paths(s)) for s in _LATEST
]


def _listing_pages(base: str, n: int) -> list[str]:
    return [base] + [f"{base}page/{k}/" for k in range(2, _pages(n) + 1)]


def _tagged(tag: str) -> list[Story]:
    return [s for s in _LATEST if tag in s.opts["tags"]]


def _by_user(login: str) -> list[Story]:
    return [s for s in _LATEST if s.opts["user"] == login]


def _by_month(y: int, m: int) -> list[Story]:
    return [s for s in _LATEST if (s.opts["when"].year, s.opts["when"].month) == (y, m)]


MONTH_ARCHIVES = sorted(
    {(s.opts["when"].year, s.opts["when"].month) for s in STORIES}, reverse=True
)

NON_ARTICLES: list[str] = [
    "/",
    *_listing_pages(PARENT[1], len(in_parent())),
    *(p for c, (_, base, _) in CATS.items() for p in _listing_pages(base, len(in_cat(c)))),
    *(p for t in TAGS for p in _listing_pages(f"/tag/{t}/", len(_tagged(t)))),
    *(p for y, m in MONTH_ARCHIVES for p in _listing_pages(f"/{y}/{m:02d}/", len(_by_month(y, m)))),
    *(p for u in USERS for p in _listing_pages(f"/author/{u}/", len(_by_user(u)))),
    *PAGES,
    "/lien-he/",
    "/van-ban/",
    *(d.path for d in DOCS),
    "/thu-vien-anh/",
    *(gallery_path(g) for g in GALLERIES),
    *(gallery_path(g) + "slideshow" for g in GALLERIES),
    "/lich-cong-tac/",
    *(f"{article_path(s)}?print=1" for s in _LATEST),
]


# --------------------------------------------------------------------------- rendering helpers


@dataclass(frozen=True)
class Ctx:
    """One rendering: the absolute base, and for a cached page the cache time (old format)."""

    base: str
    cut: datetime | None = None

    @property
    def old(self) -> bool:
        return self.cut is not None

    def u(self, path: str) -> str:
        return self.base + path

    def day(self, when: date | datetime) -> str:
        if self.old:
            return f"{MONTHS[when.month - 1]} {when.day}, {when.year}"
        return f"{when:%d/%m/%Y}"


def _tex(markup: str) -> str:
    """wptexturize's output for what we print: an en dash becomes ``&#8211;``."""
    return markup.replace("–", "&#8211;")


def _title(s: Story | str) -> str:
    value = s if isinstance(s, str) else s.title
    return _tex(esc(value)).replace("“", "&#8220;").replace("”", "&#8221;")


def _t(value: str, s: Story) -> str:
    return _tex(text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0)))


def _views(s: Story) -> str:
    return f"{s.views():,}".replace(",", ".")


def _thumb(s: Story, size: str = "310x165") -> str | None:
    if not s.images:
        return None
    src = s.images[0].src
    src = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", src)
    return src[:-4] + f"-{size}.jpg"


def _lead_words(s: Story, words: int) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return " ".join(first.split()[:words])


def _excerpt(s: Story, words: int = 32) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    cut = _lead_words(s, words)
    return _title(cut) + (" &hellip;" if len(first.split()) > words else "")


_MARK = re.compile(r"\[(\d+)\]")


def _markers(markup: str, s: Story) -> str:
    kind = s.opts.get("fn", "plain")
    if kind == "word":
        return _MARK.sub(
            lambda m: (
                f'<a title="" href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}"><sup>[{m.group(1)}]</sup></a>'
            ),
            markup,
        )
    if kind == "sup":
        return _MARK.sub(lambda m: f"<sup>[{m.group(1)}]</sup>", markup)
    return markup


def _img(img: Img, s: Story, ctx: Ctx, n: int, cls: str) -> str:
    aid = s.id + 1 + n
    src = ctx.u(img.src)
    small = src[:-4] + "-300x200.jpg"
    return (
        f'<img class="{cls} wp-image-{aid}" src="{src}" alt="" width="600" height="400"'
        f' srcset="{src} 600w, {small} 300w" sizes="(max-width: 600px) 100vw, 600px" />'
    )


def _entry(s: Story, ctx: Ctx) -> str:
    """``div.entry``'s content as the editor (TinyMCE, Word paste) left it, plus Jetpack."""
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []
    notes: list[P] = []
    n_img = 0

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    trs.append("<tr>" + "".join(
                        f'<td style="text-align: center;"><strong>{_t(c, s)}</strong></td>' for c in cells) + "</tr>")  # fmt: skip
                else:
                    trs.append("<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in cells) + "</tr>")
            out.append(
                '<table class="lich-hoc" style="width: 100%; border-collapse: collapse;" border="1">'
                "<tbody>\n" + "\n".join(trs) + "\n</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ol>\n" + "\n".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "\n</ol>")
            items.clear()
        if notes:
            parts = []
            for note in notes:
                num, rest = note.text.split(" ", 1)
                k = num.strip("[]")
                parts.append(
                    f'<div id="ftn{k}"><p><a title="" href="#_ftnref{k}" name="_ftn{k}">[{k}]</a> {_t(rest, s)}</p></div>'
                )
            out.append(
                '<div><br clear="all" />\n<hr align="left" size="1" width="33%" />\n'
                + "\n".join(parts)
                + "\n</div>"
            )
            notes.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "ol":
            items.append(b)
            continue
        if isinstance(b, P) and b.style == "fn":
            notes.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align: justify;">{_t(before, s)}<a href="{ctx.u(href)}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
                continue
            body = _markers(_t(b.text, s), s)
            if b.style == "lead":
                out.append(f"<p><strong>{body}</strong></p>")
            elif b.style == "leadem":
                out.append(f'<p style="text-align: justify;"><strong><em>{body}</em></strong></p>')
            elif b.style == "h3":
                out.append(f"<h3>{body}</h3>")
            elif b.style == "strong":
                out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
            elif b.style == "tabletitle":
                out.append(f'<p style="text-align: center;"><strong>{body}</strong></p>')
            elif b.style == "ref":
                out.append(f'<p style="text-align: justify;"><em>{body}</em></p>')
            else:
                out.append(f'<p style="text-align: justify;">{body}</p>')
        elif isinstance(b, Img):
            n_img += 1
            printed = _t(b.printed or "", s)
            if b.style == "wpcap":
                aid = s.id + 1 + n_img
                out.append(
                    f'<div id="attachment_{aid}" style="width: 610px" class="wp-caption aligncenter">'
                    f"{_img(b, s, ctx, n_img, 'size-full')}"
                    f'<p class="wp-caption-text">{printed}</p></div>'
                )
            elif b.style == "pem":
                out.append(
                    f'<p style="text-align: center;">{_img(b, s, ctx, n_img, "aligncenter size-large")}</p>'
                )
                out.append(f'<p style="text-align: center;"><em>{printed}</em></p>')
            elif b.style == "br":
                out.append(
                    f'<p style="text-align: center;">{_img(b, s, ctx, n_img, "aligncenter size-large")}'
                    f"<br />\n<em>{printed}</em></p>"
                )
            else:
                out.append(f"<p>{_img(b, s, ctx, n_img, 'aligncenter size-full')}</p>")
    flush()
    path = article_path(s)
    jetpack = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social'
        ' sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{s.id}"'
        f' class="share-facebook sd-button share-icon" href="{ctx.u(path)}?share=facebook&amp;nb=1"'
        ' target="_blank" title="Nhấn để chia sẻ trên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{s.id}"'
        f' class="share-twitter sd-button share-icon" href="{ctx.u(path)}?share=twitter&amp;nb=1"'
        ' target="_blank" title="Nhấp để chia sẻ trên Twitter"><span>Twitter</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
        f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded"'
        f' id="like-post-wrapper-118273645-{s.id}-5f3a9" data-name="like-post-frame-118273645-{s.id}-5f3a9">'
        '<h3 class="sd-title">Thích điều này:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"'
        ' style="height: 55px;"><span class="button"><span>Thích</span></span> <span class="loading">Đang tải...</span>'
        '</div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>'
    )
    return "\n".join(out) + "\n" + jetpack


# --------------------------------------------------------------------------- page chrome


def _crumbs(ctx: Ctx, trail: list[tuple[str, str | None]]) -> str:
    items = [
        '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage"'
        f' title="Đến Trường Chính trị tỉnh Tuyên Quang." href="{ctx.u("/")}" class="home">'
        '<span property="name">Trang chủ</span></a><meta property="position" content="1"></span>'
    ]
    for i, (label, href) in enumerate(trail, start=2):
        if href:
            items.append(
                f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage"'
                f' title="Đến {esc(label)}." href="{ctx.u(href)}" class="taxonomy category">'
                f'<span property="name">{label}</span></a><meta property="position" content="{i}"></span>'
            )
        else:
            items.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name">{label}</span>'
                f'<meta property="position" content="{i}"></span>'
            )
    return (
        '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">'
        + " &gt; ".join(items)
        + "</div>"
    )


def _menu(ctx: Ctx) -> str:
    def li(mid: int, label: str, href: str, kind: str, sub: str = "") -> str:
        parent = " menu-item-has-children" if sub else ""
        return (
            f'<li id="menu-item-{mid}" class="menu-item menu-item-type-{kind}{parent} menu-item-{mid}">'
            f'<a href="{ctx.u(href)}">{label}</a>{sub}</li>'
        )

    about = (
        '<ul class="sub-menu">'
        + li(41, "Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh/", "post_type")
        + li(42, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc/", "post_type")
        + "</ul>"
    )
    news = (
        '<ul class="sub-menu">'
        + li(44, "Tin hoạt động", CATS["tin-hoat-dong"][1], "taxonomy")
        + li(45, "Thông báo", CATS["thong-bao"][1], "taxonomy")
        + "</ul>"
    )
    return (
        '<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu">'
        '<ul id="menu-menu-chinh" class="menu">'
        + li(40, "Trang chủ", "/", "custom").replace(
            'class="menu-item ', 'class="menu-item menu-item-home '
        )
        + li(39, "Giới thiệu", "/gioi-thieu/", "post_type", about)
        + li(43, "Tin tức", PARENT[1], "taxonomy", news)
        + li(46, "Nghiên cứu - Trao đổi", CATS["nghien-cuu-trao-doi"][1], "taxonomy")
        + li(47, "Văn bản", "/van-ban/", "post_type")
        + li(48, "Lịch công tác", "/lich-cong-tac/", "post_type")
        + li(49, "Thư viện ảnh", "/thu-vien-anh/", "post_type")
        + li(50, "Liên hệ", "/lien-he/", "post_type")
        + "</ul></div></div></nav>"
    )


def _header(ctx: Ctx) -> str:
    news = "".join(
        f'<li><a href="{ctx.u(article_path(s))}?utm_source=ticker" title="{esc(s.title)}">{_title(s)}</a></li>'
        for s in ticker(ctx.cut)
    )
    return f"""<header id="theme-header" class="theme-header">
<div id="top-nav" class="top-nav">
<div class="container">
<span class="today-date">{TODAY if not ctx.old else "Thứ Hai, ngày 19/10/2026"}</span>
<div class="top-menu"><ul id="menu-top" class="menu">
<li id="menu-item-60" class="menu-item menu-item-type-post_type menu-item-60"><a href="{ctx.u("/gioi-thieu/")}">Giới thiệu</a></li>
<li id="menu-item-61" class="menu-item menu-item-type-post_type menu-item-61"><a href="{ctx.u("/lien-he/")}">Liên hệ</a></li>
</ul></div>
<div class="search-block"><form method="get" id="searchform-header" action="{ctx.u("/")}">
<button class="search-button" type="submit" value="Tìm kiếm"><i class="fa fa-search"></i></button>
<input class="search-live" type="text" id="s-header" name="s" title="Tìm kiếm" value="Tìm kiếm" onfocus="if (this.value == 'Tìm kiếm') {{this.value = '';}}" onblur="if (this.value == '') {{this.value = 'Tìm kiếm';}}" />
</form></div>
<div class="social-icons"><a class="ttip-none" title="Rss" href="{ctx.u("/feed/")}" target="_blank"><i class="fa fa-rss"></i></a><a class="ttip-none" title="Facebook" href="https://www.facebook.com/truongchinhtrituyenquang" target="_blank"><i class="fa fa-facebook"></i></a></div>
</div>
</div>
<div class="header-content">
<a id="slide-out-open" class="slide-out-open" href="#"><span></span></a>
<div class="logo" style=" margin-top:15px; margin-bottom:15px;">
<h2><a title="{SITE}" href="{ctx.u("/")}"><img src="{ctx.u(UP + "/2017/06/logo-truong-chinh-tri.png")}" alt="{SITE}" /><strong>{SITE} Trang thông tin điện tử</strong></a></h2>
</div>
<div class="e3lan e3lan-top"><img src="{ctx.u(UP + "/2017/06/banner-header-tct.jpg")}" alt="Trường Chính trị tỉnh Tuyên Quang - 75 năm xây dựng và phát triển" /></div>
<div class="clear"></div>
</div>
{_menu(ctx)}
</header>
<div class="clear"></div>
<div id="breaking-news" class="breaking-news">
<span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>Tin nóng:</span></span>
<ul>{news}</ul>
<script type="text/javascript">jQuery(document).ready(function(){{ createTicker(); }});</script>
</div>"""


def _widget(wid: str, cls: str, title: str, inner: str) -> str:
    return (
        f'<div id="{wid}" class="widget {cls}"><div class="widget-top"><h4>{title}</h4>'
        f'<div class="stripe-line"></div></div>\n<div class="widget-container">{inner}</div></div>'
        "<!-- .widget /-->\n"
    )


def _week_of(d: date) -> tuple[int, int]:
    iso = d.isocalendar()
    return iso[0], iso[1]


def _sidebar(ctx: Ctx) -> str:
    posts = visible(ctx.cut)
    latest = "".join(
        "<li >"
        + (
            f'<div class="post-thumbnail"><a href="{ctx.u(article_path(s))}" rel="bookmark">'
            f'<img width="110" height="75" src="{ctx.u(t)}" class="attachment-tie-small size-tie-small wp-post-image" alt="" />'
            '<span class="fa overlay-icon"></span></a></div>'
            if (t := _thumb(s, "110x75"))
            else ""
        )
        + f'<h3><a href="{ctx.u(article_path(s))}">{_title(s)}</a></h3>'
        f' <span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(s.opts["when"])}</span></li>'
        for s in posts[:5]
    )
    most = "".join(
        f'<li><a href="{ctx.u(article_path(s))}" title="{esc(s.title)}">{_title(s)}</a> - {_views(s)} lượt xem</li>'
        for s in sorted(posts, key=lambda s: s.views(), reverse=True)[:5]
    )
    year, week = _week_of(ctx.cut.date() if ctx.cut else TODAY_DATE)
    rows = SCHEDULE.get((year, week), [])
    monday = date.fromisocalendar(year, week, 1)
    if rows:
        plan = "".join(
            f"<li><strong>{WEEKDAYS[off]} ({monday + timedelta(days=off):%d/%m})</strong> – {sess}: {esc(what)}</li>"
            for off, sess, what, _, _ in rows[:3]
        )
        plan = f'<ul class="lich-tuan">{plan}</ul>'
    else:
        plan = "<p>Chưa có lịch công tác tuần này.</p>"
    plan += f'<p><a href="{ctx.u("/lich-cong-tac/")}">Xem chi tiết &raquo;</a></p>'
    docs = "".join(
        f'<li><a href="{ctx.u(d.path)}">{d.number}</a> – {esc(d.abstract)}</li>'
        for d in DOCS
        if ctx.cut is None or d.issued <= ctx.cut.date()
    )
    months = "".join(
        f"<li><a href='{ctx.u(f'/{y}/{m:02d}/')}'>{MONTHS[m - 1]} {y}</a></li>"
        for y, m in MONTH_ARCHIVES
        if ctx.cut is None or (y, m) <= (ctx.cut.year, ctx.cut.month)
    )
    online, today, total = (17, 486, "1.207.344") if not ctx.old else (9, 352, "1.163.905")
    login = (
        f'<div id="login-form"><form name="loginform" id="loginform" action="{ctx.u("/wp-login.php")}" method="post">'
        '<p id="log-username"><input type="text" name="log" id="log" title="Tên đăng nhập" value="Tên đăng nhập" size="33" /></p>'
        '<p id="log-pass"><input type="password" name="pwd" id="pwd" title="Mật khẩu" value="Mật khẩu" size="33" /></p>'
        '<input type="submit" name="submit" value="Đăng nhập" class="login-button" />'
        '<label for="rememberme"><input name="rememberme" id="rememberme" type="checkbox" checked="checked" value="forever" /> Ghi nhớ</label>'
        f'<input type="hidden" name="redirect_to" value="{ctx.u("/")}"/></form>'
        f'<ul class="login-links"><li><a href="{ctx.u("/wp-login.php?action=lostpassword")}">Quên mật khẩu?</a></li></ul></div>'
    )
    links = (
        '<select name="lienketweb" onchange="if(this.value) window.open(this.value);">'
        '<option value="">-- Liên kết web --</option>'
        '<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>'
        '<option value="https://tuyenquang.dcs.vn">Báo điện tử Đảng bộ tỉnh</option>'
        '<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select>'
    )
    return (
        '<aside id="sidebar"><div class="theiaStickySidebar">\n'
        + _widget("login-widget-2", "login-widget", "Đăng nhập", login)
        + _widget("posts-list-widget-2", "posts-list", "Tin mới nhất", f"<ul>{latest}</ul><div class=\"clear\"></div>")
        + _widget("views-2", "widget_views", "Tin xem nhiều", f"<ul>{most}</ul>")
        + _widget("text-5", "widget_text", "Lịch công tác tuần", f'<div class="textwidget">{plan}</div>')
        + _widget("text-6", "widget_text", "Văn bản mới", f'<div class="textwidget"><ul class="van-ban-moi">{docs}</ul>'
                  f'<p><a href="{ctx.u("/van-ban/")}">Xem tất cả văn bản</a></p></div>')
        + _widget("ads160-2", "e3lan160-widget", "Cổng thông tin điện tử tỉnh",
                  '<div class="e3lan-widget-content e3lan160"><div class="e3lan-cell">'
                  '<a href="https://tuyenquang.gov.vn" target="_blank">'
                  f'<img src="{ctx.u(UP + "/2018/05/banner-cong-ttdt-tinh.jpg")}" alt="Cổng thông tin điện tử tỉnh Tuyên Quang" /></a></div></div>')
        + _widget("archives-2", "widget_archive", "Lưu trữ", f"<ul>{months}</ul>")
        + _widget("text-7", "widget_text", "Thống kê truy cập",
                  f'<div class="textwidget"><ul class="thong-ke"><li>Đang online: {online}</li>'
                  f"<li>Hôm nay: {today}</li><li>Tổng lượt truy cập: {total}</li></ul></div>")
        + _widget("text-8", "widget_text", "Liên kết web", f'<div class="textwidget">{links}</div>')
        + "</div></aside>"
    )  # fmt: skip


def _footer(ctx: Ctx) -> str:
    return f"""<footer id="theme-footer">
<div id="footer-widget-area" class="footer-3c">
<div id="footer-first" class="footer-widgets-box">
<div id="text-2" class="footer-widget widget_text"><div class="footer-widget-top"><h4>{SITE.upper()}</h4></div>
<div class="footer-widget-container"><div class="textwidget">
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE}</p>
<p>Email: {EMAIL}</p>
</div></div></div></div>
<div id="footer-second" class="footer-widgets-box">
<div id="nav_menu-2" class="footer-widget widget_nav_menu"><div class="footer-widget-top"><h4>Liên kết nhanh</h4></div>
<div class="footer-widget-container"><ul>
<li><a href="{ctx.u("/gioi-thieu/lich-su-hinh-thanh/")}">Lịch sử hình thành</a></li>
<li><a href="{ctx.u("/van-ban/")}">Văn bản</a></li>
<li><a href="{ctx.u("/lien-he/")}">Liên hệ</a></li>
</ul></div></div></div>
<div id="footer-third" class="footer-widgets-box">
<div id="text-3" class="footer-widget widget_text"><div class="footer-widget-top"><h4>Chịu trách nhiệm nội dung</h4></div>
<div class="footer-widget-container"><div class="textwidget"><p>Ban Biên tập Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang</p></div></div></div></div>
</div><div class="clear"></div>
</footer>
<div class="clear"></div>
<div class="footer-bottom">
<div class="container">
<div class="alignright">Thiết kế bởi: VNPT Tuyên Quang</div>
<div class="alignleft">Bản quyền thuộc {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
<div class="clear"></div>
</div>
</div>"""


def _page(ctx: Ctx, title: str, content: str, body_class: str, head: str = "") -> str:
    generated = ctx.cut or datetime(2026, 11, 25, 7, 2, 11)
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{ctx.u("/xmlrpc.php")}" />
<title>{title} - {SITE}</title>

<!-- This site is optimized with the Yoast SEO plugin v7.4.2 - https://yoast.com/wordpress/plugins/seo/ -->
{head}<meta property="og:site_name" content="{SITE}" />
<!-- / Yoast SEO plugin. -->

<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{ctx.u("/feed/")}" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{ctx.u("/comments/feed/")}" />
<link rel='stylesheet' id='tie-style-css' href='{ctx.u(THEME + "/style.css?ver=4.9.8")}' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{ctx.u("/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.14")}' type='text/css' media='all' />
<link rel='stylesheet' id='wp-pagenavi-css' href='{ctx.u("/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70")}' type='text/css' media='all' />
<script type='text/javascript' src='{ctx.u("/wp-includes/js/jquery/jquery.js?ver=1.12.4")}'></script>
<script type='text/javascript' src='{ctx.u("/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.0")}'></script>
<meta name="generator" content="WordPress 4.9.8" />
<!--[if IE]><script type="text/javascript">jQuery(document).ready(function (){{ jQuery(".menu-item").has("ul").children("a").attr("aria-haspopup", "true");}});</script><![endif]-->
</head>
<body id="top" class="{body_class}">
<div class="wrapper-outer">
<div class="background-cover"></div>
<aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="{ctx.u("/")}"><input type="text" id="s-mobile" name="s" title="Tìm kiếm" value="Tìm kiếm" /></form></div><div id="mobile-menu"></div></aside>
<div id="wrapper" class="boxed-all">
<div class="inner-wrapper">
{_header(ctx)}
<div id="main-content" class="container">
{content}
{_sidebar(ctx)}
<div class="clear"></div>
</div><!-- .container /-->
{_footer(ctx)}
</div><!-- .inner-Wrapper -->
</div><!-- #Wrapper -->
</div><!-- .Wrapper-outer -->
<div id="topcontrol" class="fa fa-angle-up" title="Lên đầu trang"></div>
<script type='text/javascript' src='{ctx.u(THEME + "/js/tie-scripts.js?ver=4.9.8")}'></script>
<script type='text/javascript' src='{ctx.u("/wp-content/plugins/wp-postviews/postviews-cache.js?ver=1.68")}'></script>
</body>
</html>
<!-- Dynamic page generated in 0.{(len(title) * 37) % 900 + 100} seconds. -->
<!-- Cached page generated by WP-Super-Cache on {generated:%Y-%m-%d %H:%M:%S} -->
"""


# --------------------------------------------------------------------------- posts


def _post_meta(s: Story, ctx: Ctx, ncomments: int) -> str:
    login = s.opts["user"]
    display = USERS[login][0]
    path = article_path(s)
    if ncomments:
        comments = f'<a href="{ctx.u(path)}#comments">{ncomments} bình luận</a>'
    else:
        comments = f'<a href="{ctx.u(path)}#respond">Để lại bình luận</a>'
    return (
        '<p class="post-meta">\n'
        f'<span class="post-meta-author"><i class="fa fa-user"></i>Người đăng: <a href="{ctx.u(f"/author/{login}/")}" title="">{esc(display)} </a></span>\n'
        f'<span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(s.opts["when"])}</span>\n'
        f'<span class="post-cats"><i class="fa fa-folder"></i><a href="{ctx.u(CATS[s.cat][1])}" rel="category tag">{category_name(s)}</a></span>\n'
        f'<span class="post-comments"><i class="fa fa-comments"></i>{comments}</span>\n'
        f'<span class="post-views"><i class="fa fa-eye"></i>{_views(s)} lượt xem</span>\n'
        "</p>"
    )


def _comments(s: Story, ctx: Ctx, reply_to: int | None) -> tuple[str, int]:
    shown = [c for c in s.opts.get("comments", []) if ctx.cut is None or c.when <= ctx.cut]
    path = ctx.u(article_path(s))
    box = ""
    if shown:
        items = "".join(
            f'<li id="li-comment-{c.id}"><div id="comment-{c.id}" class="comment-wrap">'
            f'<div class="comment-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{c.id:032x}?s=65&amp;d=mm&amp;r=g" class="avatar avatar-65 photo" height="65" width="65" /></div>'
            f'<div class="comment-content"><div class="author-comment"><cite class="fn">{esc(c.name)}</cite>'
            f'<div class="comment-meta commentmetadata"><a href="{path}#comment-{c.id}">{ctx.day(c.when)} lúc {c.when:%H:%M}</a></div>'
            f'<div class="clear"></div></div><p>{esc(c.text)}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{path}?replytocom={c.id}#respond"'
            f' onclick=\'return addComment.moveForm( "comment-{c.id}", "{c.id}", "respond", "{s.id}" )\''
            f' aria-label="Trả lời {esc(c.name)}">Trả lời</a></div></div></li>'
            for c in shown
        )
        box = (
            '<div id="comments-box"><div class="block-head"><h3 id="comments-title">'
            f'{len(shown)} bình luận </h3><div class="stripe-line"></div></div>'
            f'<div class="post-listing"><ol class="commentlist">{items}</ol></div></div>'
        )
    else:
        box = '<p class="no-comments">Chưa có bình luận</p>'
    cancel_style = "" if reply_to else ' style="display:none;"'
    form = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận'
        f' <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond"{cancel_style}>Hủy trả lời</a></small></h3>'
        f'<form action="{ctx.u("/wp-comments-post.php")}" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span>'
        ' Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required="required" /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" required="required" /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
        f" <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />"
        f" <input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p></form></div>"
    )
    return f'<div id="comments">{box}\n{form}</div>', len(shown)


def _related(s: Story, ctx: Ctx) -> str:
    others = [o for o in in_cat(s.cat, ctx.cut) if o.id != s.id]
    others += [o for o in visible(ctx.cut) if o.cat != s.cat and o.id != s.id]
    items = "".join(
        '<div class="related-item">'
        + (
            f'<div class="post-thumbnail"><a href="{ctx.u(article_path(o))}"><img width="310" height="165"'
            f' src="{ctx.u(t)}" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" />'
            '<span class="fa overlay-icon"></span></a></div>'
            if (t := _thumb(o))
            else ""
        )
        + f'<h3><a href="{ctx.u(article_path(o))}" rel="bookmark">{_title(o)}</a></h3>'
        f'<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(o.opts["when"])}</span></p></div>'
        for o in others[:3]
    )
    return (
        '<section id="related_posts"><div class="block-head"><h3>Bài viết liên quan</h3>'
        f'<div class="stripe-line"></div></div><div class="post-listing">{items}<div class="clear"></div></div></section>'
    )


def _post_nav(s: Story, ctx: Ctx) -> str:
    order = visible(ctx.cut)
    i = order.index(s)
    newer = order[i - 1] if i > 0 else None
    older = order[i + 1] if i + 1 < len(order) else None
    prev = (
        f'<div class="post-previous"><a href="{ctx.u(article_path(older))}" rel="prev"><span>Bài trước</span> {_title(older)}</a></div>'
        if older
        else ""
    )
    nxt = (
        f'<div class="post-next"><a href="{ctx.u(article_path(newer))}" rel="next"><span>Bài tiếp theo</span> {_title(newer)}</a></div>'
        if newer
        else ""
    )
    return f'<div class="post-navigation">{prev}{nxt}</div>'


def _share(s: Story, ctx: Ctx) -> str:
    link = quote(ctx.u(article_path(s)), safe="")
    name = quote(s.title, safe="")
    buttons = "".join(
        f'<a class="a2a_button_{k}" href="https://www.addtoany.com/add_to/{k}?linkurl={link}&amp;linkname={name}"'
        f' title="{label}" rel="nofollow noopener" target="_blank"></a>'
        for k, label in (("facebook", "Facebook"), ("twitter", "Twitter"), ("email", "Email"))
    )
    return (
        f'<div class="print-link-box"><a href="{ctx.u(article_path(s))}?print=1" title="In bài viết" rel="nofollow">'
        f'<img class="WP-PrintIcon" src="{ctx.u("/wp-content/plugins/wp-print/images/printer_famfamfam.gif")}" alt="In bài viết" title="In bài viết" style="border: 0px;" /></a>'
        f'&nbsp;<a href="{ctx.u(article_path(s))}?print=1" title="In bài viết" rel="nofollow">In bài viết</a></div>'
        '<div class="share-post"><span class="share-text">Chia sẻ</span>'
        f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{ctx.u(article_path(s))}" data-a2a-title="{esc(s.title)}">'
        f'{buttons}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div>'
        '<div class="clear"></div></div>'
    )


def _post(s: Story, ctx: Ctx, reply_to: int | None = None) -> str:
    path = article_path(s)
    comments, n = _comments(s, ctx, reply_to)
    tags = ", ".join(
        f'<a href="{ctx.u(f"/tag/{t}/")}" rel="tag">{TAGS[t]}</a>' for t in s.opts["tags"]
    )
    login = s.opts["user"]
    display, bio = USERS[login]
    when: datetime = s.opts["when"]
    modified: datetime = s.opts.get("modified", when)
    article = f"""<div class="content">
{_crumbs(ctx, [PARENT, (category_name(s), CATS[s.cat][1]), (_title(s), None)] if s.cat != "nghien-cuu-trao-doi" else [(category_name(s), CATS[s.cat][1]), (_title(s), None)])}
<article class="post-listing post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{s.cat}{"".join(f" tag-{t}" for t in s.opts["tags"])}" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{_title(s)}</span></h1>
{_post_meta(s, ctx, n)}
<div class="clear"></div>
<div class="entry">
{_entry(s, ctx)}
</div><!-- .entry /-->
<span style="display:none" class="updated">{when:%Y-%m-%d}</span>
<div style="display:none" class="vcard author" itemprop="author" itemscope itemtype="http://schema.org/Person"><strong class="fn" itemprop="name"><a href="{ctx.u(f"/author/{login}/")}" title="Đăng bởi {esc(display)}" rel="author">{esc(display)}</a></strong></div>
{_share(s, ctx)}
<div class="clear"></div>
</div><!-- .post-inner -->
</article><!-- .post-listing -->
<p class="post-tag">Từ khóa: {tags}</p>
<section id="author-box">
<div class="block-head"><h3>Giới thiệu {esc(display)} </h3><div class="stripe-line"></div></div>
<div class="post-listing"><div class="author-bio">
<div class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/{sum(map(ord, login)) * 7919:032x}?s=90&amp;d=mm&amp;r=g" class="avatar avatar-90 photo" height="90" width="90" /></div>
<div class="author-description">{esc(bio)}</div>
<div class="author-social flat-social"></div>
<div class="clear"></div>
</div></div>
</section><!-- #author-box -->
{_post_nav(s, ctx)}
{_related(s, ctx)}
{comments}
</div><!-- .content -->"""
    head = (
        f'<link rel="canonical" href="{ctx.u(path)}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)} - {SITE}" />\n'
        f'<meta property="og:description" content="{esc(_lead_words(s, 25))}" />\n'
        f'<meta property="og:url" content="{ctx.u(path)}" />\n'
        f'<meta property="article:section" content="{category_name(s)}" />\n'
        f'<meta property="article:published_time" content="{when:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
        f'<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
        + (f'<meta property="og:image" content="{ctx.u(s.images[0].src)}" />\n' if s.images else "")
        + f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(s.title)} Dòng phản hồi" href="{ctx.u(path)}feed/" />\n'
        f"<link rel='shortlink' href='{ctx.u(f'/?p={s.id}')}' />\n"
    )
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard lazy-enabled"
    return _page(ctx, _title(s), article, body_class, head)


def _print(s: Story, ctx: Ctx) -> str:
    when: datetime = s.opts["when"]
    path = ctx.u(article_path(s))
    ncom = len(s.opts.get("comments", []))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<title>{SITE} &raquo; {_title(s)} &raquo; In bài viết</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="{ctx.u("/wp-content/plugins/wp-print/print-css.css")}" type="text/css" media="screen, print" />
<link rel="canonical" href="{path}" />
</head>
<body>
<p style="text-align: center;"><strong>- {SITE} - <span dir="ltr">{ctx.u("")}</span> -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{_title(s)}</p>
<p id="BlogDate">Đăng bởi <u>{esc(USERS[s.opts["user"]][0])}</u> vào lúc {when:%d/%m/%Y @ %H:%M} Trong chuyên mục <u>{category_name(s)}</u> | <u>{ncom} bình luận</u></p>
<div id="BlogContent">{_entry(s, ctx).split('<div class="sharedaddy')[0]}</div>
</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết được in từ {SITE}: <strong dir="ltr">{ctx.u("")}</strong></p>
<p>Địa chỉ URL bài viết: <strong dir="ltr">{path}</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {SITE}. Bảo lưu mọi quyền.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Bấm vào đây để in.">Bấm vào đây để in.</a></p>
</body>
</html>"""


# --------------------------------------------------------------------------- listings


def _pagenavi(ctx: Ctx, base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return ctx.u(base if n == 1 else f"{base}page/{n}/")

    parts = [f"<span class='pages'>Trang {page} / {pages}</span>"]
    if page > 2:
        parts.append(f'<a class="first" aria-label="First Page" href="{href(1)}">&laquo; Đầu</a>')
    if page > 1:
        parts.append(
            f'<a class="previouspostslink" rel="prev" aria-label="Previous Page" href="{href(page - 1)}">&laquo;</a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            side = "smaller" if n < page else "larger"
            parts.append(f'<a class="page {side}" title="Trang {n}" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(
            f'<a class="nextpostslink" rel="next" aria-label="Next Page" href="{href(page + 1)}">&raquo;</a>'
        )
        parts.append(
            f'<a class="last" aria-label="Last Page" href="{href(pages)}">Cuối &raquo;</a>'
        )
    return f"<div class=\"pagination\">\n<div class='wp-pagenavi' role='navigation'>\n{''.join(parts)}\n</div></div>"


def _item(s: Story, ctx: Ctx) -> str:
    path = ctx.u(article_path(s))
    ncom = len(s.opts.get("comments", []))
    thumb = _thumb(s)
    pic = (
        f'<div class="post-thumbnail"><a href="{path}"><img width="310" height="165" src="{ctx.u(thumb)}"'
        ' class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div>'
        if thumb
        else ""
    )
    login = s.opts["user"]
    return f"""<article class="item-list">
<h2 class="post-box-title"><a href="{path}">{_title(s)}</a></h2>
<p class="post-meta">
<span class="post-meta-author"><i class="fa fa-user"></i>Người đăng: <a href="{ctx.u(f"/author/{login}/")}" title="">{esc(USERS[login][0])} </a></span>
<span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(s.opts["when"])}</span>
<span class="post-cats"><i class="fa fa-folder"></i><a href="{ctx.u(CATS[s.cat][1])}" rel="category tag">{category_name(s)}</a></span>
<span class="post-comments"><i class="fa fa-comments"></i><a href="{path}#{"comments" if ncom else "respond"}">{ncom}</a></span>
<span class="post-views"><i class="fa fa-eye"></i>{_views(s)} lượt xem</span>
</p>
{pic}
<div class="entry"><p>{_excerpt(s)}</p>
<a class="more-link" href="{path}">Đọc thêm &raquo;</a></div>
<div class="clear"></div>
</article><!-- .item-list -->"""


def _archive(
    ctx: Ctx,
    base: str,
    heading: str,
    stories: list[Story],
    page: int,
    crumbs: list[tuple[str, str | None]],
    body_class: str,
    feed: str | None = None,
    description: str = "",
) -> str | None:
    pages = _pages(len(stories))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    rss = (
        f'<a class="rss-cat-icon tooltip" title="Theo dõi chuyên mục" href="{ctx.u(feed)}"><i class="fa fa-rss"></i></a>'
        if feed
        else ""
    )
    desc = (
        f'<div class="clear"></div><div class="archive-meta">{description}</div>'
        if description
        else ""
    )
    items = "\n".join(_item(s, ctx) for s in chunk) or (
        '<div class="post-listing"><h2>Không tìm thấy kết quả nào</h2></div>'
    )
    content = f"""<div class="content">
{_crumbs(ctx, crumbs)}
<div class="page-head"><h1 class="page-title">{heading}</h1>{rss}<div class="stripe-line"></div>{desc}</div>
<div class="post-listing archive-box">
{items}
</div>
{_pagenavi(ctx, base, page, pages)}
</div><!-- .content -->"""
    title = re.sub(r"<[^>]+>", "", heading) + (f" - Trang {page}" if page > 1 else "")
    head = (
        f'<link rel="canonical" href="{ctx.u(base if page == 1 else f"{base}page/{page}/")}" />\n'
    )
    if page > 1:
        head += f'<link rel="prev" href="{ctx.u(base if page == 2 else f"{base}page/{page - 1}/")}" />\n'
    if page < pages:
        head += f'<link rel="next" href="{ctx.u(f"{base}page/{page + 1}/")}" />\n'
    return _page(
        ctx, title, content, f"{body_class}{' paged paged-' + str(page) if page > 1 else ''}", head
    )


def _home(ctx: Ctx) -> str:
    slides = "".join(
        f'<li><a href="{ctx.u(article_path(s))}"><img src="{ctx.u(t)}" alt="" /></a>'
        f'<div class="slider-caption"><h2><a href="{ctx.u(article_path(s))}">{_title(s)}</a></h2>'
        f"<p>{_excerpt(s, 20)}</p></div></li>"
        for s in [p for p in _LATEST if p.images][:5]
        if (t := _thumb(s, "660x330"))
    )

    def box(cat: str, n: int) -> str:
        name, base, _ = CATS[cat]
        posts = in_cat(cat)[:n]
        first, rest = posts[0], posts[1:]
        thumb = _thumb(first)
        pic = (
            f'<div class="post-thumbnail"><a href="{ctx.u(article_path(first))}"><img width="310" height="165" src="{ctx.u(thumb)}"'
            ' class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div>'
            if thumb
            else ""
        )
        others = "".join(
            f'<li class="other-news"><h3 class="post-box-title"><a href="{ctx.u(article_path(o))}" rel="bookmark">{_title(o)}</a></h3>'
            f'<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(o.opts["when"])}</span></p></li>'
            for o in rest
        )
        return f"""<section class="cat-box list-box tie-cat-{CATS[cat][2]}">
<div class="cat-box-title"><h2><a href="{ctx.u(base)}">{name}</a></h2><div class="stripe-line"></div></div>
<div class="cat-box-content"><ul>
<li class="first-news">{pic}<h2 class="post-box-title"><a href="{ctx.u(article_path(first))}" rel="bookmark">{_title(first)}</a></h2>
<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(first.opts["when"])}</span><span class="post-comments"><i class="fa fa-comments"></i>{len(first.opts.get("comments", []))}</span></p>
<div class="entry"><p>{_excerpt(first)}</p><a class="more-link" href="{ctx.u(article_path(first))}">Đọc thêm &raquo;</a></div></li>
{others}
</ul><div class="clear"></div></div>
</section>"""

    strip = "".join(
        f'<div class="scroll-item"><a href="{ctx.u(gallery_path(g))}" title="{esc(title)}">'
        f'<img src="{ctx.u(f"/wp-content/gallery/{g}/thumbs/thumbs_anh-01.jpg")}" alt="{esc(title)}" /></a></div>'
        for g, (title, _) in GALLERIES.items()
    )
    content = f"""<div class="content">
<div class="flexslider" id="flexslider"><ul class="slides">{slides}</ul></div>
{box("tin-hoat-dong", 4)}
{box("thong-bao", 4)}
{box("nghien-cuu-trao-doi", 3)}
<section class="cat-box scroll-box"><div class="cat-box-title"><h2><a href="{ctx.u("/thu-vien-anh/")}">Thư viện ảnh</a></h2><div class="stripe-line"></div></div>
<div class="cat-box-content"><div class="group_items-box">{strip}</div><div class="clear"></div></div></section>
</div><!-- .content -->"""
    jbase = ctx.base.replace("/", "\\/")
    ld = (
        '{"@context":"https:\\/\\/schema.org","@type":"Organization","url":"' + jbase + '\\/",'
        '"sameAs":[],"@id":"#organization","name":"'
        + SITE
        + '","logo":"'
        + jbase
        + '\\/wp-content\\/uploads\\/2017\\/06\\/logo-truong-chinh-tri.png"}'
    )
    head = (
        f'<link rel="canonical" href="{ctx.u("/")}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="website" />\n'
        f"<script type='application/ld+json'>{ld}</script>\n"
    )
    return _page(ctx, "Trang chủ", content, "home page-template-default page page-id-2", head)


# --------------------------------------------------------------------------- pages


def _static_article(ctx: Ctx, pid: int, title: str, inner: str, crumbs: list, path: str) -> str:
    content = f"""<div class="content">
{_crumbs(ctx, crumbs)}
<article class="post-listing post-{pid} page type-page status-publish hentry" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{title}</span></h1>
<div class="clear"></div>
<div class="entry">
{inner}
</div><!-- .entry /-->
</div><!-- .post-inner -->
</article><!-- .post-listing -->
</div><!-- .content -->"""
    head = f'<link rel="canonical" href="{ctx.u(path)}" />\n<meta property="og:type" content="article" />\n'
    return _page(ctx, title, content, f"page-template-default page page-id-{pid}", head)


def _basic(ctx: Ctx, path: str) -> str:
    pid, title, parent, paras = PAGES[path]
    inner = "\n".join(f'<p style="text-align: justify;">{_tex(esc(p))}</p>' for p in paras)
    if path == "/gioi-thieu/":
        inner += (
            "\n<ul>"
            + "".join(
                f'<li><a href="{ctx.u(p)}">{t}</a></li>'
                for p, (_, t, par, _) in PAGES.items()
                if par == path
            )
            + "</ul>"
        )
    crumbs = ([(PAGES[parent][1], parent)] if parent else []) + [(title, None)]
    return _static_article(ctx, pid, title, inner, crumbs, path)


def _contact(ctx: Ctx) -> str:
    inner = (
        f"<p><strong>{SITE.upper()}</strong></p>"
        f"<p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p>"
        '<div role="form" class="wpcf7" id="wpcf7-f215-p33-o1" lang="vi" dir="ltr"><div class="screen-reader-response"></div>'
        f'<form action="{ctx.u("/lien-he/")}#wpcf7-f215-p33-o1" method="post" class="wpcf7-form" novalidate="novalidate">'
        '<div style="display: none;"><input type="hidden" name="_wpcf7" value="215" /><input type="hidden" name="_wpcf7_version" value="5.0.1" />'
        '<input type="hidden" name="_wpcf7_locale" value="vi" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f215-p33-o1" /></div>'
        '<p><label> Họ và tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" aria-invalid="false" /></span></label></p>'
        '<p><label> Địa chỉ Email (bắt buộc)<br /><span class="wpcf7-form-control-wrap your-email"><input type="email" name="your-email" value="" size="40" class="wpcf7-form-control wpcf7-text wpcf7-email wpcf7-validates-as-required wpcf7-validates-as-email" aria-required="true" aria-invalid="false" /></span></label></p>'
        '<p><label> Tiêu đề<br /><span class="wpcf7-form-control-wrap your-subject"><input type="text" name="your-subject" value="" size="40" class="wpcf7-form-control wpcf7-text" aria-invalid="false" /></span></label></p>'
        '<p><label> Thông điệp<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" aria-invalid="false"></textarea></span></label></p>'
        '<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p>'
        '<div class="wpcf7-response-output wpcf7-display-none"></div></form></div>'
        '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3700!2d105.21!3d21.81" width="600" height="350" frameborder="0" style="border:0" allowfullscreen></iframe></p>'
    )
    return _static_article(ctx, 33, "Liên hệ", inner, [("Liên hệ", None)], "/lien-he/")


def _documents(ctx: Ctx) -> str:
    rows = "".join(
        f'<tr><td><a href="{ctx.u(d.path)}">{d.number}</a></td><td>{d.issued:%d/%m/%Y}</td>'
        f"<td>{_tex(esc(d.abstract))}</td>"
        f'<td style="text-align: center;"><a href="{ctx.u(d.file)}">Tải về</a></td></tr>'
        for d in DOCS
    )
    inner = (
        "<p>Văn bản do Trường Chính trị tỉnh ban hành. Bấm vào số, ký hiệu để xem chi tiết; bấm"
        " “Tải về” để tải tệp văn bản.</p>"
        '<table class="tablepress" style="width: 100%;" border="1"><thead><tr><th>Số, ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _static_article(ctx, 35, "Văn bản", inner, [("Văn bản", None)], "/van-ban/")


def _attachment(ctx: Ctx, d: Doc) -> str:
    name = d.slug.upper()
    content = f"""<div class="content">
{_crumbs(ctx, [("Văn bản", "/van-ban/"), (name, None)])}
<article class="post-listing post-{d.id} attachment type-attachment status-inherit hentry" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{name}</span></h1>
<p class="post-meta">
<span class="post-meta-author"><i class="fa fa-user"></i>Người đăng: <a href="{ctx.u("/author/admin/")}" title="">admin </a></span>
<span class="tie-date"><i class="fa fa-clock-o"></i>{ctx.day(d.issued)}</span>
</p>
<div class="clear"></div>
<div class="entry">
<p class="attachment"><a href="{ctx.u(d.file)}">{name}</a></p>
<p>Số, ký hiệu: {d.number}. Ngày ban hành: {d.issued:%d/%m/%Y}. Người ký: {esc(d.signer)}.</p>
<p>Trích yếu: {_tex(esc(d.abstract))}</p>
</div><!-- .entry /-->
</div><!-- .post-inner -->
</article><!-- .post-listing -->
<div class="post-navigation"><div class="post-previous"><a href="{ctx.u("/van-ban/")}" rel="prev"><span>Đăng trong</span> Văn bản</a></div></div>
</div><!-- .content -->"""
    head = f'<link rel="canonical" href="{ctx.u(d.path)}" />\n'
    return _page(
        ctx,
        name,
        content,
        f"attachment attachment-template-default single single-attachment postid-{d.id} attachmentid-{d.id} attachment-pdf",
        head,
    )


def _gallery_album(ctx: Ctx) -> str:
    boxes = "".join(
        '<div class="ngg-album-compact"><div class="ngg-album-compactbox"><div class="ngg-album-link">'
        f'<a class="Link" href="{ctx.u(gallery_path(g))}"><img class="Thumb" alt="{esc(t)}" src="{ctx.u(f"/wp-content/gallery/{g}/thumbs/thumbs_anh-01.jpg")}" /></a>'
        f'</div></div><h4><a class="ngg-album-desc" title="{esc(t)}" href="{ctx.u(gallery_path(g))}">{esc(t)}</a></h4>'
        f'<p class="ngg-album-gallery-image-counter"><strong>{n}</strong> ảnh</p></div>'
        for g, (t, n) in GALLERIES.items()
    )
    inner = f'<div class="ngg-albumoverview">{boxes}<br class="ngg-clear" /></div>'
    return _static_article(
        ctx, 37, "Thư viện ảnh", inner, [("Thư viện ảnh", None)], "/thu-vien-anh/"
    )


def _gallery(ctx: Ctx, slug: str, slideshow: bool) -> str:
    title, n = GALLERIES[slug]
    path = gallery_path(slug)
    if slideshow:
        imgs = "".join(
            f'<div class="ngg-gallery-slideshow-image"><img src="{ctx.u(f"/wp-content/gallery/{slug}/anh-{k:02d}.jpg")}" alt="anh-{k:02d}" /></div>'
            for k in range(1, n + 1)
        )
        inner = (
            f'<div class="ngg-galleryoverview ngg-slideshow" id="ngg-slideshow-{slug}">{imgs}</div>'
            f'<div class="slideshowlink"><a class="slideshowlink" href="{ctx.u(path)}">[Xem dạng ảnh thu nhỏ]</a></div>'
        )
    else:
        thumbs = "".join(
            f'<div id="ngg-image-{k - 1}" class="ngg-gallery-thumbnail-box"><div class="ngg-gallery-thumbnail">'
            f'<a href="{ctx.u(f"/wp-content/gallery/{slug}/anh-{k:02d}.jpg")}" title="" class="ngg-fancybox" rel="{slug}">'
            f'<img title="anh-{k:02d}" alt="anh-{k:02d}" src="{ctx.u(f"/wp-content/gallery/{slug}/thumbs/thumbs_anh-{k:02d}.jpg")}" width="240" height="160" /></a></div></div>'
            for k in range(1, n + 1)
        )
        inner = (
            f'<div class="ngg-galleryoverview" id="ngg-gallery-{slug}"><div class="slideshowlink">'
            f'<a class="slideshowlink" href="{ctx.u(path)}slideshow">[Xem dạng trình chiếu]</a></div>'
            f'{thumbs}<br style="clear: both" /></div>'
        )
    crumbs = [("Thư viện ảnh", "/thu-vien-anh/"), (esc(title), None)]
    return _static_article(
        ctx, 37, esc(title), inner, crumbs, path + ("slideshow" if slideshow else "")
    )


def _schedule(ctx: Ctx, params: dict[str, str]) -> str:
    year, week = _week_of(TODAY_DATE)
    try:
        y, w = int(params.get("nam", year)), int(params.get("tuan", week))
        monday = date.fromisocalendar(y, w, 1)
        if not 1900 <= y <= 9998:
            raise ValueError
        year, week = y, w
    except ValueError:
        monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    prev_y, prev_w = _week_of(monday - timedelta(days=7))
    next_y, next_w = _week_of(monday + timedelta(days=7))
    rows = SCHEDULE.get((year, week), [])
    if rows:
        trs = "".join(
            f"<tr><td>{WEEKDAYS[off]}<br />{monday + timedelta(days=off):%d/%m/%Y}</td><td>{sess}</td>"
            f"<td>{esc(what)}</td><td>{esc(who)}</td><td>{esc(where)}</td></tr>"
            for off, sess, what, who, where in rows
        )
        table = (
            '<table class="lich-cong-tac" border="1" style="width: 100%;"><thead><tr><th>Thứ, ngày</th><th>Buổi</th>'
            f"<th>Nội dung công việc</th><th>Chủ trì, thành phần</th><th>Địa điểm</th></tr></thead><tbody>{trs}</tbody></table>"
        )
    else:
        table = "<p><em>Chưa có lịch công tác tuần này.</em></p>"
    nav = (
        f'<p class="lct-nav"><a href="{ctx.u(f"/lich-cong-tac/?tuan={prev_w}&amp;nam={prev_y}")}">&laquo; Tuần trước</a> | '
        f'<a href="{ctx.u("/lich-cong-tac/")}">Tuần này</a> | '
        f'<a href="{ctx.u(f"/lich-cong-tac/?tuan={next_w}&amp;nam={next_y}")}">Tuần sau &raquo;</a></p>'
    )
    inner = (
        f'<h3 style="text-align: center;">LỊCH CÔNG TÁC TUẦN {week} NĂM {year}</h3>'
        f'<p style="text-align: center;"><em>(Từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y})</em></p>'
        f"{nav}{table}{nav}"
    )
    return _static_article(
        ctx, 39, "Lịch công tác", inner, [("Lịch công tác", None)], "/lich-cong-tac/"
    )


def _search(ctx: Ctx, term: str, page: int) -> str | None:
    key = unicodedata.normalize("NFC", term).casefold().strip()
    found = [s for s in _LATEST if key and key in s.title.casefold()]
    base = f"/?s={quote(term)}"
    pages = _pages(len(found))
    if page > pages:
        return None
    content = f"""<div class="content">
{_crumbs(ctx, [(f"Kết quả tìm kiếm cho &#8220;{esc(term)}&#8221;", None)])}
<div class="page-head"><h2 class="page-title">Kết quả tìm kiếm cho: <span>{esc(term)}</span></h2><div class="stripe-line"></div></div>
<div class="post-listing archive-box">
{"".join(_item(s, ctx) for s in found[(page - 1) * PER_PAGE : page * PER_PAGE]) or '<div class="post-listing"><h2>Không tìm thấy kết quả nào</h2><p>Không có bài viết nào phù hợp với từ khóa. Vui lòng thử lại với từ khóa khác.</p></div>'}
</div>
</div><!-- .content -->"""
    return _page(
        ctx,
        f"Kết quả tìm kiếm cho “{esc(term)}”",
        content,
        "search search-results",
        f'<meta name="robots" content="noindex,follow" />\n<!-- {base} -->\n',
    )


def _not_found(ctx: Ctx) -> str:
    content = f"""<div class="content">
<div class="post-listing"><div id="post-404" class="post-inner">
<h2 class="post-title">Không tìm thấy trang!</h2><div class="clear"></div>
<div class="entry"><p>Rất tiếc, trang bạn yêu cầu không tồn tại. Mời bạn tìm kiếm hoặc quay lại <a href="{ctx.u("/")}">Trang chủ</a>.</p></div>
</div></div>
</div><!-- .content -->"""
    return _page(ctx, "Không tìm thấy trang", content, "error404")


# --------------------------------------------------------------------------- feeds and sitemaps


def _rfc822(when: datetime) -> str:
    local = when.replace(tzinfo=timezone(timedelta(hours=7)))
    return format_datetime(local.astimezone(UTC)).replace("-0000", "+0000")


def _rss(ctx: Ctx, title: str, link: str, stories: list[Story]) -> str:
    items = "".join(
        f"""
	<item>
		<title>{_title(s)}</title>
		<link>{ctx.u(article_path(s))}</link>
		<comments>{ctx.u(article_path(s))}#respond</comments>
		<pubDate>{_rfc822(s.opts["when"])}</pubDate>
		<dc:creator><![CDATA[{USERS[s.opts["user"]][0]}]]></dc:creator>
		<category><![CDATA[{category_name(s)}]]></category>
		<guid isPermaLink="false">{ctx.u(f"/?p={s.id}")}</guid>
		<description><![CDATA[{_excerpt(s, 40)} [&#8230;]]]></description>
		<wfw:commentRss>{ctx.u(article_path(s))}feed/</wfw:commentRss>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>"""
        for s in stories[:10]
    )
    built = _rfc822(stories[0].opts.get("modified", stories[0].opts["when"])) if stories else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>
<channel>
	<title>{title}</title>
	<atom:link href="{ctx.u(link)}feed/" rel="self" type="application/rss+xml" />
	<link>{ctx.u(link)}</link>
	<description>Trang thông tin điện tử</description>
	<lastBuildDate>{built}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=4.9.8</generator>{items}
</channel>
</rss>
"""


def _comment_feed(ctx: Ctx, s: Story) -> str:
    items = "".join(
        f"""
	<item>
		<title>Bởi: {esc(c.name)}</title>
		<link>{ctx.u(article_path(s))}#comment-{c.id}</link>
		<dc:creator><![CDATA[{c.name}]]></dc:creator>
		<pubDate>{_rfc822(c.when)}</pubDate>
		<guid isPermaLink="false">{ctx.u(f"/?p={s.id}")}#comment-{c.id}</guid>
		<description><![CDATA[{c.text}]]></description>
	</item>"""
        for c in s.opts.get("comments", [])
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	>
<channel>
	<title>Bình luận về: {_title(s)}</title>
	<atom:link href="{ctx.u(article_path(s))}feed/" rel="self" type="application/rss+xml" />
	<link>{ctx.u(article_path(s))}</link>
	<description>Trang thông tin điện tử</description>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<sy:updateFrequency>1</sy:updateFrequency>
	<generator>https://wordpress.org/?v=4.9.8</generator>{items}
</channel>
</rss>
"""


def _urlset(entries: list[tuple[str, str]]) -> str:
    urls = "".join(
        f"\n\t<url>\n\t\t<loc>{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>\n\t</url>"
        for loc, mod in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>\n'
        '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
        ' xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd"'
        f' xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->'
    )


def _stamp(when: datetime) -> str:
    return f"{when:%Y-%m-%dT%H:%M:%S}+07:00"


def _sitemap(ctx: Ctx, name: str) -> str | None:
    newest = _LATEST[0].opts["when"]
    if name == "sitemap_index.xml":
        maps = "".join(
            f"\t<sitemap>\n\t\t<loc>{ctx.u('/' + m)}</loc>\n\t\t<lastmod>{_stamp(newest)}</lastmod>\n\t</sitemap>\n"
            for m in ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml")
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{maps}</sitemapindex>\n'
            "<!-- XML Sitemap Index generated by Yoast SEO -->"
        )
    if name == "post-sitemap.xml":
        return _urlset(
            [
                (ctx.u(article_path(s)), _stamp(s.opts.get("modified", s.opts["when"])))
                for s in reversed(_LATEST)
            ]
        )
    if name == "page-sitemap.xml":
        paths = ["/", *PAGES, "/lien-he/", "/van-ban/", "/thu-vien-anh/", "/lich-cong-tac/"]
        return _urlset([(ctx.u(p), "2026-11-20T08:00:00+07:00") for p in paths])
    if name == "category-sitemap.xml":
        paths = [PARENT[1], *(base for _, base, _ in CATS.values())]
        return _urlset([(ctx.u(p), _stamp(newest)) for p in paths])
    return None


# --------------------------------------------------------------------------- the site


_KNOWN_FILES = {d.file for d in DOCS} | {
    f"{UP}/2026/11/Mau-don-dang-ky-boi-duong-chuyen-vien.pdf",
    f"{UP}/2026/11/Ket-qua-thi-tot-nghiep-K42.pdf",
}
_PAGED = re.compile(r"^(?P<base>/.*?/)(?:page/(?P<n>\d+)/)?$")
XML = {"Content-Type": "application/rss+xml; charset=UTF-8"}
SITEMAP_XML = {"Content-Type": "text/xml; charset=UTF-8"}


class SahifaSite:
    def respond(self, request: Request) -> Response | None:
        ctx = Ctx(base_url(request))
        path, params = request.path, request.params
        if path.endswith(".pdf"):
            if path in _KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return html(_not_found(ctx), status=404)
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path) or html(_not_found(ctx), status=404)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {ctx.u('/sitemap_index.xml')}\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/favicon.ico":
            return static_file(path)
        if path.endswith(".xml") and path.count("/") == 1:
            xml = _sitemap(ctx, path[1:])
            return Response(200, xml, SITEMAP_XML) if xml else html(_not_found(ctx), status=404)
        if path == "/wp-login.php":
            return html(
                '<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>Đăng nhập &lsaquo; '
                f'{SITE} &#8212; WordPress</title><meta name="robots" content="noindex,noarchive" /></head>'
                '<body class="login"><div id="login"><h1><a href="https://wordpress.org/">Được tạo bởi WordPress</a></h1>'
                f'<form name="loginform" id="loginform" action="{ctx.u("/wp-login.php")}" method="post">'
                '<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" /></p>'
                '<p><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" /></p>'
                '<p class="submit"><input type="submit" name="wp-submit" value="Đăng nhập" /></p></form>'
                f'<p id="backtoblog"><a href="{ctx.u("/")}">&larr; Quay lại {SITE}</a></p></div></body></html>'
            )
        if path == "/":
            if "p" in params:
                s = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return (
                    redirect(ctx.u(article_path(s)), 301)
                    if s
                    else html(_not_found(ctx), status=404)
                )
            if "s" in params:
                page = (
                    int(params.get("paged", "1") or 1) if params.get("paged", "1").isdigit() else 1
                )
                out = _search(ctx, params["s"], page)
                return html(out) if out else html(_not_found(ctx), status=404)
            return html(_home(ctx))
        if path == "/feed/":
            return Response(200, _rss(ctx, SITE, "/", _LATEST), XML)
        if path == "/comments/feed/":
            return Response(200, _rss(ctx, f"Bình luận cho {SITE}", "/", []), XML)
        for slug, (name, base, _) in [*CATS.items(), ("", (PARENT[0], PARENT[1], 3))]:
            if path == base + "feed/":
                stories = in_cat(slug) if slug else in_parent()
                return Response(200, _rss(ctx, f"{name} &#8211; {SITE}", base, stories), XML)
        if path in PAGES:
            return html(_basic(ctx, path))
        if path == "/lien-he/":
            return html(_contact(ctx))
        if path == "/van-ban/":
            return html(_documents(ctx))
        if path in _DOCS_BY_PATH:
            return html(_attachment(ctx, _DOCS_BY_PATH[path]))
        if path == "/thu-vien-anh/":
            return html(_gallery_album(ctx))
        if m := re.fullmatch(
            rf"/thu-vien-anh/nggallery/album/{ALBUM}/([a-z0-9-]+)/(slideshow)?", path
        ):
            if m.group(1) in GALLERIES:
                return html(_gallery(ctx, m.group(1), bool(m.group(2))))
            return html(_not_found(ctx), status=404)
        if path == "/lich-cong-tac/":
            return html(_schedule(ctx, params))
        out = self._archives(ctx, path)
        if out is not None:
            return html(out)
        if m := re.fullmatch(r"/([a-z0-9-]+)/(feed/)?", path):
            s = _BY_SLUG.get(m.group(1))
            if s is not None:
                if m.group(2):
                    return Response(200, _comment_feed(ctx, s), XML)
                return self._single(ctx, s, request)
        return html(_not_found(ctx), status=404)

    def _single(self, ctx: Ctx, s: Story, request: Request) -> Response:
        params = request.params
        if "share" in params:
            link = quote(ctx.u(article_path(s)), safe="")
            if params["share"] == "twitter":
                return redirect(
                    f"https://twitter.com/intent/tweet?text={quote(s.title, safe='')}&url={link}"
                )
            return redirect(
                f"https://www.facebook.com/sharer.php?u={link}&t={quote(s.title, safe='')}"
            )
        if params.get("print") == "1":
            return html(_print(s, ctx))
        if s.opts.get("cached") and not request.query:
            ctx = Ctx(ctx.base, CACHE_CUT)
        reply = params.get("replytocom", "")
        ids = {c.id for c in s.opts.get("comments", [])}
        return html(_post(s, ctx, int(reply) if reply.isdigit() and int(reply) in ids else None))

    def _archives(self, ctx: Ctx, path: str) -> str | None:
        m = _PAGED.match(path)
        if not m:
            return None
        base, page = m.group("base"), int(m.group("n") or 1)
        if base == PARENT[1]:
            return _archive(ctx, base, f"Chuyên mục: <span>{PARENT[0]}</span>", in_parent(), page,
                            [(PARENT[0], None)], "archive category category-tin-tuc category-3",
                            base + "feed/")  # fmt: skip
        for slug, (name, cbase, tid) in CATS.items():
            if base == cbase:
                trail = [PARENT, (name, None)] if slug != "nghien-cuu-trao-doi" else [(name, None)]
                desc = (
                    "Bài nghiên cứu, trao đổi của cán bộ, giảng viên Nhà trường."
                    if slug == "nghien-cuu-trao-doi"
                    else ""
                )
                return _archive(ctx, base, f"Chuyên mục: <span>{name}</span>", in_cat(slug), page, trail,
                                f"archive category category-{slug} category-{tid}", base + "feed/", desc)  # fmt: skip
        if tm := re.fullmatch(r"/tag/([a-z0-9-]+)/", base):
            tag = tm.group(1)
            if tag not in TAGS:
                return None
            return _archive(ctx, base, f"Từ khóa: <span>{TAGS[tag]}</span>", _tagged(tag), page,
                            [(f"Từ khóa: {TAGS[tag]}", None)], f"archive tag tag-{tag}")  # fmt: skip
        if am := re.fullmatch(r"/author/([a-z0-9-]+)/", base):
            login = am.group(1)
            if login not in USERS:
                return None
            display = esc(USERS[login][0])
            return _archive(ctx, base, f"Lưu trữ tác giả: <span>{display}</span>", _by_user(login), page,
                            [(f"Bài viết của {display}", None)], f"archive author author-{login}")  # fmt: skip
        if dm := re.fullmatch(r"/(\d{4})/(\d{2})/", base):
            y, mo = int(dm.group(1)), int(dm.group(2))
            stories = _by_month(y, mo) if 1 <= mo <= 12 else []
            if not stories:
                return None
            return _archive(ctx, base, f"Lưu trữ hàng tháng: <span>{MONTHS[mo - 1]} {y}</span>", stories,
                            page, [(f"{MONTHS[mo - 1]} {y}", None)], "archive date")  # fmt: skip
        return None


def build_site() -> SahifaSite:
    return SahifaSite()
