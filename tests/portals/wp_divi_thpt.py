"""Fixture portal: Trường THPT Trần Hưng Đạo (Lâm Đồng) on WordPress 6 with the Divi theme.

Imitates a school site a local agency built with Divi 4 and its Theme Builder: a global header
(date, hotline, social follow icons, "Đăng nhập", the ``et_pb_menu`` with logo and search), a
global footer (address, hotline, links, a visitor counter) and one "Body" template for single
posts. Every page is ``et_pb_section`` / ``et_pb_row`` / ``et_pb_column`` / ``et_pb_module``
blocks; archives fall back to Divi's own ``index.php`` (``#left-area`` + ``#sidebar``, no archive
heading). Pretty permalinks, absolute URLs everywhere (as WordPress prints them).

What it serves:

- posts at ``/<slug>/`` (the same URL shape as the static pages), made of the Theme Builder
  modules: a Breadcrumb NavXT trail in an ``et_pb_text`` ("Trang chủ > <category> > <title>"),
  ``et_pb_post_title`` (``h1.entry-title`` and ``p.et_pb_title_meta_container`` "bởi admin |
  Th11 12, 2026 | Hoạt động Đoàn, Tin tức | 2 bình luận": the date in Divi's ``M j, Y`` with the
  Vietnamese month abbreviation *first*, no time; categories in name order), ``et_pb_post_content``
  (Gutenberg blocks: ``wp-block-image`` figures with ``figcaption``, ``wp-block-gallery``,
  ``wp-block-quote`` with ``cite``, ``wp-block-table``, ``wp-block-list``, ``wp-block-heading``,
  ``wp-block-file``; or, for three posts written in the Divi builder, a nested ``et-l--post``
  layout of text and image modules whose caption is either the image's ``title`` attribute only
  or a centred italic ``et_pb_text`` below the image), Jetpack's "Chia sẻ:" buttons appended to
  the content, a "Thẻ:" tags line, ``et_pb_post_nav`` ("Bài trước" / "Bài sau"), a "Tin cùng
  chuyên mục" ``et_pb_blog`` (three newest other posts of the post's first category, with
  excerpts and dates), Divi's comments section ("Gửi phản hồi", "Hủy trả lời", "Email của bạn
  sẽ không được hiển thị công khai.") and an ``et_pb_sidebar`` (search, "Bài viết mới" with
  dates "12 Tháng Mười Một, 2026", "Chuyên mục" with counts, "Lưu trữ", a banner, tag cloud);
- ``rel=canonical`` and ``rel=shortlink`` (``/?p=ID``, which answers 301 to the permalink) on
  every post; ``<meta property="article:published_time">`` (local ISO with +07:00) only on the
  posts that carry Open Graph tags (``opts["og"]``);
- WordPress's texturize: straight quotes, " - " and "..." typed by the editors are printed as
  ``&#8220;``/``&#8221;``, ``&#8211;`` and ``&#8230;`` (the gold holds the characters shown);
  one Divi-built post (Đại hội Đoàn) was typed in decomposed Unicode (NFD);
- the home page: a static front page built in Divi (``et_pb_slider``, an ``et_pb_blog`` of all
  posts, four a page, paginated by Divi's own ``/page/N/?et_blog`` links, blurbs, a second
  ``et_pb_blog`` of "Thông báo" without pagination, number counters);
- archives, four a page, "« Bài cũ hơn" / "Bài mới hơn »": ``/category/<slug>/`` (+
  ``/page/N/``; "Tin tức" has three pages), ``/tag/<slug>/``, ``/author/<login>/``,
  ``/YYYY/MM/`` (linked from "Lưu trữ"); past the last page an archive is a real 404;
- pages (not posts): "Giới thiệu" (Divi blurbs and counters), "Tuyển sinh 10" (a quota
  table pasted as a ``wp-block-table`` into a text module, dated text: still a page), "Liên hệ" (``et_pb_contact_form``), "Thời khóa
  biểu" (PDF links), "Album ảnh" (``et_pb_gallery`` grid with titles and captions), and the
  WordPress login screen;
- ``/feed/`` (RSS 2, ten newest), ``/comments/feed/``, ``/<slug>/feed/`` (a post's comments),
  ``/category/<slug>/feed/``; core sitemaps ``/wp-sitemap.xml`` announced in robots.txt.

Traps the platform really has: the home page's ``?et_blog`` pagination repeats the whole front
page (slider, blurbs, notices, counters) with only the blog module changed; "Bài mới hơn" on
``/page/2/?et_blog`` leads to ``/?et_blog`` (the home page again) and any ``/page/N/`` past the
end still answers 200 with "Không tìm thấy kết quả" in the module. The post with two reader
comments has "Trả lời" links ``/<slug>/?replytocom=N#respond``: the same article with the reply
form moved (``noindex``, canonical to the post; listed as ``alt_paths``). Jetpack's share
buttons link ``/<slug>/?share=facebook&nb=1`` and ``?share=x&nb=1``, which answer 302 to the
networks' intent URLs; "In" is ``#print``. Feeds and the comments feed repeat the posts. Posts
and pages share one URL shape, and "Tuyển sinh 10" looks like a notice.

Gold (by hand). Articles are the thirteen posts; every page, archive, feed and the login screen
is not. Judgement calls:

- date: the meta line's date, a day (Divi prints no time). Harmonised after the blind crawl:
  the time of ``article:published_time`` (an SEO plugin's machine stamp, on five posts) is not
  printed, so it is not taken, as in every other fixture (the blind gold took it). The header's "Thứ Tư, ngày
  25/11/2026", comment dates and sidebar dates are never publication dates;
- "bởi admin" / "bởi bientap" are CMS accounts, not authors. Bylines: "Tin, ảnh: Đoàn trường"
  puts the youth union (an organisation, as printed) in authors and photographers; "Bài: Lê Thị
  Mai – Ảnh: Nguyễn Quốc Huy" splits; "Bài, ảnh: …" gives both; the right-aligned signature
  "Thầy Trần Văn Nam" gives the author "Trần Văn Nam" (harmonised at stop 24: the title pupils
  use is no part of a name, as every later fixture's gold has it); "Nguồn: Báo Giáo dục
  và Thời đại" and "(Theo Báo Lâm Đồng)" are sources, not authors. Byline and source lines are
  not body;
- category: the first category, the one Breadcrumb NavXT shows (two posts are in "Hoạt động
  Đoàn" and "Tin tức"; the meta line lists both in name order, the trail names "Hoạt động Đoàn");
- summary: a bold first paragraph (``<p><strong>``) is the sapo (three posts); others have none;
- body: paragraphs, sub-headings, list items, the quote's paragraph and its ``cite`` line (one
  paragraph each), table rows (cells joined by " | ", header row included), in order. Not body:
  captions, bylines, the "Tải về" file block, share buttons, tags, post nav, related posts,
  comments;
- images: every image in the content, ``src`` as printed (Gutenberg's ``-1024x683`` size);
  caption = the ``figcaption`` or the italic text module under a Divi image; an image without
  either has caption None. (Harmonised after the blind crawl: a Divi image's ``title`` attribute
  is a tooltip, not a line the reader sees, so it is no caption, as everywhere else in the
  fixtures; the blind gold took it as one when it was a sentence.) A caption ending "Ảnh: NTCC"
  (nhân vật cung cấp) is kept as printed and names no photographer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_divi_thpt"
PLATFORM = "wordpress-divi"
START_PATH = "/"

SITE = "Trường THPT Trần Hưng Đạo"
TAGLINE = "Kỷ cương – Chất lượng – Sáng tạo"
ADDRESS = "Số 12 đường Lê Hồng Phong, phường 1 Bảo Lộc, tỉnh Lâm Đồng"
HOTLINE = "0263 3 864 215"
EMAIL = "c3tranhungdao@lamdong.edu.vn"
PER_PAGE = 4
HOME_PER_PAGE = 4
FEED_SIZE = 10
_LOCAL = timezone(timedelta(hours=7))
UP = "/wp-content/uploads"
WP_VER = "6.6.2"
DIVI_VER = "4.27.1"

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc": (1, "Tin tức"),
    "hoat-dong-doan": (3, "Hoạt động Đoàn"),
    "thong-bao": (4, "Thông báo"),
}
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "doan-thanh-nien": "Đoàn thanh niên",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "kiem-tra": "Kiểm tra",
    "stem": "STEM",
    "hoc-phi": "Học phí",
}
USERS: dict[str, str] = {"admin": "admin", "bientap": "bientap"}
MONTHS_SHORT = ("Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12")
MONTHS_LONG = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip


@dataclass(frozen=True)
class Comment:
    id: int
    name: str
    at: str
    text: str


# Story.opts: at (local "YYYY-MM-DD HH:MM"), cats (slugs, first = primary), tags, builder
# ("gutenberg" | "divi"), og (prints Open Graph tags with article:published_time), user,
# nfd (content typed decomposed), comments, file (href, label).
# P styles: "" | sapo (bold) | h2 | li | th/tr (table rows, " | ") | quote | cite.
# Img styles: figure | gallery (Gutenberg); dtitle (Divi image, caption in title attribute) |
# dbelow (Divi image, italic text module below) | dplain (Divi image, no caption).
STORIES: list[Story] = [
    Story(
        id=1318,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra"
                " cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi sáng (khối 10, 11) | Buổi chiều (khối 12)", "th"),
            P("Thứ Hai, 14/12/2026 | Ngữ văn (90 phút) | Toán (90 phút)", "tr"),
            P("Thứ Ba, 15/12/2026 | Toán (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("Thứ Tư, 16/12/2026 | Tiếng Anh (60 phút) | Tiếng Anh (60 phút)", "tr"),
            P("Các môn còn lại kiểm tra theo thời khóa biểu trong tuần từ 07/12 đến 12/12/2026.", "h2"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh.", "li"),
            P("Không mang điện thoại, tài liệu vào phòng kiểm tra.", "li"),
            P("Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh.", "li"),
        ],
        opts={"at": "2026-11-24 14:00", "cats": ["thong-bao"], "tags": ["kiem-tra"],
              "builder": "gutenberg", "og": True, "user": "bientap"},
    ),
    Story(
        id=1312,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo"
            " địa phương, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo và hơn 1.200 học"
            " sinh."
        ),
        blocks=[
            P(
                "Sáng 20/11/2026, Trường THPT Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) với sự tham dự của đại diện lãnh đạo"
                " địa phương, Ban đại diện cha mẹ học sinh, các thế hệ thầy cô giáo và hơn 1.200 học"
                " sinh.",
                "sapo",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng với những tiết mục ca ngợi nghề"
                " dạy học do các chi đoàn dàn dựng. Tiết mục múa “Người thầy” của chi đoàn 11A3"
                " nhận được nhiều tràng pháo tay của thầy cô và các bạn học sinh."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-01-1024x683.jpg",
                "Thầy Hiệu trưởng Nguyễn Hữu Phước ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "Thầy Hiệu trưởng Nguyễn Hữu Phước ôn lại truyền thống Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Hữu Phước, Hiệu trưởng nhà trường ôn lại lịch sử"
                " Ngày Nhà giáo Việt Nam, điểm lại những kết quả nổi bật của năm học 2025 – 2026: tỉ"
                " lệ tốt nghiệp THPT đạt 99,6%, 42 học sinh đạt giải học sinh giỏi cấp tỉnh, 3 giáo"
                " viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Thầy Hiệu trưởng cũng nhắc lại lời dạy của Chủ tịch Hồ Chí Minh như lời nhắn gửi"
                " đến mỗi thầy cô giáo trong hành trình “trồng người”:"
            ),
            P("Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.", "quote"),
            P("Chủ tịch Hồ Chí Minh", "cite"),
            Img(f"{UP}/2026/11/le-ky-niem-20-11-2026-02-1024x683.jpg", None, None, "figure"),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào"
                " thi đua “Dạy tốt – Học tốt” và trao 20 suất học bổng cho học sinh vượt khó học tốt."
            ),
            Raw('<p class="has-text-align-right"><strong>Bài, ảnh: Phạm Thị Thu Hà</strong></p>'),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={"at": "2026-11-20 16:40", "cats": ["tin-tuc"], "tags": ["ngay-nha-giao-viet-nam"],
              "builder": "gutenberg", "og": True, "user": "admin"},
    ),
    Story(
        id=1307,
        slug="hoc-sinh-truong-thpt-tran-hung-dao-dat-15-giai-hoc-sinh-gioi-cap-tinh",
        title="Học sinh Trường THPT Trần Hưng Đạo đạt 15 giải học sinh giỏi cấp tỉnh",
        cat="tin-tuc",
        published_at="2026-11-18",
        blocks=[
            P(
                "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 do Sở Giáo dục và"
                " Đào tạo Lâm Đồng tổ chức, đội tuyển Trường THPT Trần Hưng Đạo giành 15 giải, xếp"
                " thứ ba toàn tỉnh về số lượng giải."
            ),
            Img(
                f"{UP}/2026/11/hsg-cap-tinh-2026-1024x683.jpg",
                "Em Võ Ngọc Bảo Trân (lớp 12A1) nhận giải Nhất môn Hóa học. Ảnh: NTCC",
                "Em Võ Ngọc Bảo Trân (lớp 12A1) nhận giải Nhất môn Hóa học. Ảnh: NTCC",
                "figure",
            ),
            P("Kết quả cụ thể", "h2"),
            P("1 giải Nhất môn Hóa học;", "li"),
            P("4 giải Nhì các môn Toán, Vật lí, Ngữ văn, Tiếng Anh;", "li"),
            P("6 giải Ba và 4 giải Khuyến khích.", "li"),
            P(
                "Theo cô Đặng Thị Lan, Phó Hiệu trưởng phụ trách chuyên môn, đội tuyển được thành lập"
                " từ đầu học kỳ II năm trước, các em ôn luyện cả trong dịp hè với sự hướng dẫn của"
                " những giáo viên giàu kinh nghiệm."
            ),
            P(
                "Các học sinh đạt giải Nhất, Nhì sẽ được chọn vào đội tuyển của tỉnh dự kỳ thi chọn"
                " học sinh giỏi quốc gia năm 2027."
            ),
            Raw('<p class="has-text-align-right"><em>Nguồn: Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={"at": "2026-11-18 10:05", "cats": ["tin-tuc"], "tags": ["hoc-sinh-gioi"],
              "builder": "gutenberg", "og": False, "user": "admin"},
    ),
    Story(
        id=1301,
        slug="ngoai-khoa-em-yeu-bien-dao-que-huong",
        title="Ngoại khóa “Em yêu biển đảo quê hương”",
        cat="hoat-dong-doan",
        published_at="2026-11-16",
        blocks=[
            P(
                "Chiều 14/11/2026, Đoàn trường phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức buổi"
                " ngoại khóa “Em yêu biển đảo quê hương” cho hơn 400 đoàn viên khối 10."
            ),
            P(
                "Tại buổi ngoại khóa, các em được nghe báo cáo viên giới thiệu về chủ quyền biển,"
                " đảo của Việt Nam, cuộc sống và công việc của cán bộ, chiến sĩ đang ngày đêm bảo vệ"
                " quần đảo Trường Sa."
            ),
            Img(
                f"{UP}/2026/11/ngoai-khoa-bien-dao-01.jpg",
                "Báo cáo viên giới thiệu về chủ quyền biển, đảo Việt Nam",
                "Báo cáo viên giới thiệu về chủ quyền biển, đảo Việt Nam",
                "dbelow",
            ),
            P(
                "Phần thi tìm hiểu kiến thức với 20 câu hỏi trắc nghiệm diễn ra sôi nổi. Chi đoàn 10A5"
                " giành giải Nhất, chi đoàn 10A2 và 10A8 đồng giải Nhì."
            ),
            Img(f"{UP}/2026/11/ngoai-khoa-bien-dao-02.jpg", None, None, "dplain"),
            P(
                "Cuối buổi, các đoàn viên cùng viết thư gửi các chiến sĩ hải quân đang làm nhiệm vụ"
                " tại quần đảo Trường Sa."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Lê Thị Mai &#8211; Ảnh: Nguyễn Quốc Huy</strong></p>'),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Nguyễn Quốc Huy"],
        opts={"at": "2026-11-16 15:20", "cats": ["hoat-dong-doan"], "tags": ["doan-thanh-nien"],
              "builder": "divi", "og": True, "user": "admin"},
    ),
    Story(
        id=1296,
        slug="doan-truong-to-chuc-hoi-thi-tuoi-tre-voi-phap-luat-nam-2026",
        title="Đoàn trường tổ chức Hội thi “Tuổi trẻ với pháp luật” năm 2026",
        cat="hoat-dong-doan",
        published_at="2026-11-12",
        blocks=[
            P(
                "Nhằm nâng cao hiểu biết pháp luật cho đoàn viên, thanh niên, sáng 10/11/2026 Đoàn"
                " trường THPT Trần Hưng Đạo tổ chức vòng chung kết Hội thi “Tuổi trẻ với pháp luật”"
                " năm 2026 chào mừng Ngày Pháp luật Việt Nam 9/11."
            ),
            P(
                "Sau vòng sơ loại với sự tham gia của 36 chi đoàn, bốn đội xuất sắc nhất bước vào"
                " vòng chung kết gồm ba phần thi: chào hỏi, kiến thức và xử lý tình huống."
            ),
            Img(
                f"{UP}/2026/11/hoi-thi-phap-luat-01-1024x683.jpg",
                "Đội chi đoàn 11A3 trong phần thi chào hỏi",
                "Đội chi đoàn 11A3 trong phần thi chào hỏi",
                "gallery",
            ),
            Img(
                f"{UP}/2026/11/hoi-thi-phap-luat-02-1024x683.jpg",
                "Phần thi xử lý tình huống về an toàn giao thông",
                "Phần thi xử lý tình huống về an toàn giao thông",
                "gallery",
            ),
            Img(f"{UP}/2026/11/hoi-thi-phap-luat-03-1024x683.jpg", None, None, "gallery"),
            P(
                "Kết quả, chi đoàn 11A3 giành giải Nhất, giải Nhì thuộc về chi đoàn 12A2, hai giải Ba"
                " được trao cho chi đoàn 10A1 và 11A6."
            ),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={
            "at": "2026-11-12 09:30", "cats": ["hoat-dong-doan", "tin-tuc"], "tags": ["doan-thanh-nien"],
            "builder": "gutenberg", "og": False, "user": "admin",
            "comments": [
                Comment(31, "Nguyễn Thu Trang", "2026-11-13 20:15",
                        "Hội thi rất bổ ích, con tôi về nhà kể lại say sưa. Cảm ơn Đoàn trường và các thầy cô."),
                Comment(32, "Lê Minh Khang", "2026-11-14 07:02",
                        "Chúc mừng chi đoàn 11A3! Mong Đoàn trường tổ chức thêm nhiều hội thi như thế này."),
            ],
        },
    ),
    Story(
        id=1290,
        slug="hoi-thao-chao-mung-ngay-nha-giao-viet-nam-20-11-2026",
        title="Sôi nổi Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-09",
        summary=(
            "Từ ngày 02 đến 07/11/2026, Công đoàn và Đoàn trường phối hợp tổ chức Hội thao chào"
            " mừng Ngày Nhà giáo Việt Nam với ba môn thi đấu: bóng đá nam, bóng chuyền hơi và kéo co."
        ),
        blocks=[
            P(
                "Từ ngày 02 đến 07/11/2026, Công đoàn và Đoàn trường phối hợp tổ chức Hội thao chào"
                " mừng Ngày Nhà giáo Việt Nam với ba môn thi đấu: bóng đá nam, bóng chuyền hơi và kéo co.",
                "sapo",
            ),
            P(
                "Hội thao thu hút 620 vận động viên là giáo viên và học sinh của 36 lớp. Các trận đấu"
                " diễn ra vào giờ ra chơi và buổi chiều tại sân trường, trong không khí vui tươi, đoàn kết."
            ),
            Img(
                f"{UP}/2026/11/hoi-thao-20-11-bong-chuyen.jpg",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán và tổ Ngữ văn",
                None,
                "dtitle",
            ),
            P(
                "Ở nội dung bóng đá nam, lớp 12A4 bảo vệ thành công chức vô địch sau loạt sút luân lưu"
                " nghẹt thở với lớp 11A1. Nội dung kéo co khối giáo viên, tổ Khoa học tự nhiên giành"
                " chiến thắng."
            ),
            Img(f"{UP}/2026/11/DSC_0452.jpg", "DSC_0452", None, "dtitle"),
            P("Ban tổ chức đã trao 18 giải cho các tập thể và cá nhân xuất sắc.", ""),
        ],
        opts={"at": "2026-11-09 17:10", "cats": ["tin-tuc"], "tags": ["ngay-nha-giao-viet-nam"],
              "builder": "divi", "og": False, "user": "admin"},
    ),
    Story(
        id=1284,
        slug="thong-bao-thu-hoc-phi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo thu học phí học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-05",
        blocks=[
            P(
                "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về mức thu học phí năm học"
                " 2026 – 2027, nhà trường thông báo thu học phí học kỳ I từ ngày 09/11 đến"
                " 30/11/2026."
            ),
            P(
                "Cha mẹ học sinh nộp học phí qua tài khoản của nhà trường hoặc ứng dụng thanh toán"
                " không dùng tiền mặt. Học sinh thuộc diện miễn, giảm học phí nộp hồ sơ cho giáo viên"
                " chủ nhiệm trước ngày 20/11/2026."
            ),
        ],
        opts={"at": "2026-11-05 08:00", "cats": ["thong-bao"], "tags": ["hoc-phi"],
              "builder": "gutenberg", "og": False, "user": "bientap",
              "file": (f"{UP}/2026/11/Thong-bao-hoc-phi-HKI-2026-2027.pdf", "Thong-bao-hoc-phi-HKI-2026-2027")},
    ),
    Story(
        id=1271,
        slug="chuyen-de-day-hoc-stem-mon-vat-li-lop-11",
        title="Chuyên đề dạy học STEM môn Vật lí lớp 11",
        cat="tin-tuc",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 26/10/2026, tổ Vật lí – Công nghệ tổ chức chuyên đề “Dạy học STEM chủ đề Dao"
                " động và sóng” tại lớp 11A2 với sự tham dự của Ban Giám hiệu và giáo viên các tổ"
                " chuyên môn."
            ),
            P(
                "Trong tiết học, học sinh làm việc theo nhóm, thiết kế và chế tạo mô hình “đàn ống”"
                " từ ống nhựa tái chế, sau đó đo tần số âm phát ra bằng ứng dụng trên điện thoại để"
                " kiểm chứng kiến thức đã học."
            ),
            Img(
                f"{UP}/2026/10/chuyen-de-stem-vat-li-1024x683.jpg",
                "Học sinh lớp 11A2 trình bày sản phẩm “đàn ống”",
                "Học sinh lớp 11A2 trình bày sản phẩm “đàn ống”",
                "figure",
            ),
            P(
                "Các ý kiến góp ý đánh giá cao tính thực tiễn của chủ đề, đồng thời đề xuất mở rộng"
                " mô hình dạy học STEM sang các môn Hóa học, Sinh học trong học kỳ II."
            ),
            Raw('<p class="has-text-align-right"><strong><em>Thầy Trần Văn Nam</em></strong></p>'),
        ],
        authors=["Trần Văn Nam"],
        opts={"at": "2026-10-28 20:45", "cats": ["tin-tuc"], "tags": ["stem"],
              "builder": "gutenberg", "og": True, "user": "admin"},
    ),
    Story(
        id=1263,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-10-20",
        summary=(
            "Chiều 17/10/2026, Trường THPT Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao động"
            " năm học 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên."
        ),
        blocks=[
            P(
                "Chiều 17/10/2026, Trường THPT Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao động"
                " năm học 2026 – 2027 với sự tham dự của 86 cán bộ, giáo viên, nhân viên.",
                "sapo",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học"
                " mới; báo cáo công khai tài chính và thảo luận, thông qua quy chế chi tiêu nội bộ,"
                " quy chế dân chủ ở cơ sở."
            ),
            Img(f"{UP}/2026/10/hoi-nghi-vien-chuc-2026-1024x683.jpg", None, None, "figure"),
            P(
                "Kết thúc hội nghị, toàn thể viên chức, người lao động ký giao ước thi đua, quyết tâm"
                " hoàn thành xuất sắc nhiệm vụ năm học 2026 – 2027."
            ),
        ],
        opts={"at": "2026-10-20 11:30", "cats": ["tin-tuc"], "tags": [],
              "builder": "gutenberg", "og": False, "user": "admin"},
    ),
    Story(
        id=1255,
        slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
        title="Đại hội Đoàn trường THPT Trần Hưng Đạo nhiệm kỳ 2026 – 2027",
        cat="hoat-dong-doan",
        published_at="2026-10-14",
        blocks=[
            P(
                "Ngày 12/10/2026, Đoàn trường THPT Trần Hưng Đạo tổ chức Đại hội đại biểu nhiệm kỳ"
                " 2026 – 2027. Về dự đại hội có đại diện Ban Thường vụ Tỉnh đoàn, Ban Giám hiệu nhà"
                " trường và 145 đại biểu đại diện cho hơn 1.100 đoàn viên."
            ),
            P(
                "Đại hội đã đánh giá kết quả nhiệm kỳ qua với nhiều hoạt động nổi bật như phong trào"
                " “Mùa hè xanh”, chương trình “Áo ấm cho em” quyên góp được hơn 600 áo ấm gửi học"
                " sinh vùng khó khăn."
            ),
            Img(
                f"{UP}/2026/10/dai-hoi-doan-truong-01.jpg",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt đại hội",
                None,
                "dtitle",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí; thầy Phan Công Minh được bầu"
                " giữ chức Bí thư Đoàn trường nhiệm kỳ 2026 – 2027."
            ),
            Img(
                f"{UP}/2026/10/dai-hoi-doan-truong-02.jpg",
                "Đại biểu biểu quyết thông qua nghị quyết đại hội",
                "Đại biểu biểu quyết thông qua nghị quyết đại hội",
                "dbelow",
            ),
            Raw('<p style="text-align: right;"><strong>Tin và ảnh: Ban Truyền thông Đoàn trường</strong></p>'),
        ],
        authors=["Ban Truyền thông Đoàn trường"],
        photographers=["Ban Truyền thông Đoàn trường"],
        opts={"at": "2026-10-14 16:00", "cats": ["hoat-dong-doan", "tin-tuc"], "tags": ["doan-thanh-nien"],
              "builder": "divi", "og": False, "user": "admin", "nfd": True},
    ),
    Story(
        id=1248,
        slug="hoc-sinh-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Học sinh hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc",
        published_at="2026-10-05",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Chuyển đổi số,"
                " học tập suốt đời”, thư viện Trường THPT Trần Hưng Đạo mở cửa phục vụ học sinh cả"
                " buổi trưa và tổ chức phiên chợ sách cũ."
            ),
            Img(
                f"{UP}/2026/10/tuan-le-hoc-tap-suot-doi-1024x683.jpg",
                "Học sinh trao đổi sách tại phiên chợ sách cũ",
                "Học sinh trao đổi sách tại phiên chợ sách cũ",
                "figure",
            ),
            P(
                "Trong một tuần, gần 900 lượt học sinh đến thư viện, hơn 1.500 cuốn sách được trao đổi."
                " Nhà trường cũng ra mắt thư viện số với hơn 3.000 đầu sách điện tử."
            ),
            Raw('<p class="has-text-align-right"><em>(Theo Báo Lâm Đồng)</em></p>'),
        ],
        source="Báo Lâm Đồng",
        opts={"at": "2026-10-05 07:45", "cats": ["tin-tuc"], "tags": [],
              "builder": "gutenberg", "og": False, "user": "admin"},
    ),
    Story(
        id=1236,
        slug="thong-bao-tuyen-chon-hoc-sinh-du-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Thông báo tuyển chọn học sinh dự thi Khoa học kỹ thuật cấp tỉnh",
        cat="thong-bao",
        published_at="2026-09-22",
        blocks=[
            P(
                "Nhà trường thông báo tuyển chọn dự án của học sinh tham gia Cuộc thi Khoa học kỹ"
                " thuật dành cho học sinh trung học cấp tỉnh năm học 2026 – 2027."
            ),
            P("Học sinh hoặc nhóm không quá 2 học sinh, có giáo viên hướng dẫn;", "li"),
            P("Dự án thuộc một trong 22 lĩnh vực của cuộc thi;", "li"),
            P("Hồ sơ đăng ký nộp về tổ Tin học trước ngày 10/10/2026.", "li"),
            P("Mọi thắc mắc xin liên hệ thầy Trần Văn Nam, tổ trưởng tổ Vật lí – Công nghệ."),
        ],
        opts={"at": "2026-09-22 15:00", "cats": ["thong-bao"], "tags": ["stem"],
              "builder": "gutenberg", "og": False, "user": "bientap"},
    ),
    Story(
        id=1221,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THPT Trần"
                " Hưng Đạo tưng bừng tổ chức lễ khai giảng năm học mới 2026 – 2027."
            ),
            P(
                "Năm học này, nhà trường có 32 lớp với 1.248 học sinh, trong đó có 420 học sinh lớp 10"
                " trúng tuyển trong kỳ thi tuyển sinh vào lớp 10 vừa qua."
            ),
            P(
                "Thầy Hiệu trưởng Nguyễn Hữu Phước đánh trống khai giảng, chính thức bắt đầu năm học"
                " mới. Dưới đây là một số hình ảnh của buổi lễ:"
            ),
            Img(f"{UP}/2026/09/khai-giang-2026-01-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/09/khai-giang-2026-02-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/09/khai-giang-2026-03-1024x683.jpg", None, None, "gallery"),
            Img(f"{UP}/2026/09/khai-giang-2026-04-1024x683.jpg", None, None, "gallery"),
        ],
        opts={"at": "2026-09-05 10:20", "cats": ["tin-tuc"], "tags": [],
              "builder": "gutenberg", "og": True, "user": "admin"},
    ),
]

_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def post_path(story: Story) -> str:
    return f"/{story.slug}/"


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(cat: str | None = None, tag: str | None = None, user: str | None = None,
           month: tuple[int, int] | None = None) -> list[Story]:
    items = [
        s for s in STORIES
        if (cat is None or cat in s.opts["cats"])
        and (tag is None or tag in s.opts["tags"])
        and (user is None or s.opts["user"] == user)
        and (month is None or (_local(s).year, _local(s).month) == month)
    ]  # fmt: skip
    return sorted(items, key=_local, reverse=True)


def _pages(n: int, per: int = PER_PAGE) -> int:
    return max(1, -(-n // per))


MONTHS: list[tuple[int, int]] = sorted({(_local(s).year, _local(s).month) for s in STORIES}, reverse=True)
REPLY_PATHS: list[str] = [
    f"{post_path(s)}?replytocom={c.id}" for s in STORIES for c in s.opts.get("comments", [])
]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        post_path(s),
        CATS[s.cat][1],
        alt_paths=[f"{post_path(s)}?replytocom={c.id}" for c in s.opts.get("comments", [])],
    )
    for s in newest()
]

PAGES: dict[str, str] = {
    "gioi-thieu": "Giới thiệu",
    "tuyen-sinh-10": "Tuyển sinh 10",
    "thoi-khoa-bieu": "Thời khóa biểu",
    "album-anh": "Album ảnh",
    "lien-he": "Liên hệ",
}

NON_ARTICLES: list[str] = [
    "/",
    "/?et_blog",
    *(f"/page/{n}/?et_blog" for n in range(2, _pages(len(STORIES), HOME_PER_PAGE) + 1)),
    *(f"/category/{c}/" for c in CATS),
    *(f"/category/{c}/page/{n}/" for c in CATS for n in range(2, _pages(len(newest(c))) + 1)),
    *(f"/tag/{t}/" for t in TAGS if newest(tag=t)),
    *(f"/author/{u}/" for u in USERS),
    *(f"/author/{u}/page/{n}/" for u in USERS for n in range(2, _pages(len(newest(user=u))) + 1)),
    *(f"/{y}/{m:02d}/" for y, m in MONTHS),
    *(f"/{y}/{m:02d}/page/{n}/" for y, m in MONTHS for n in range(2, _pages(len(newest(month=(y, m)))) + 1)),
    *(f"/{p}/" for p in PAGES),
    "/wp-login.php",
    "/wp-login.php?action=lostpassword",
]


# --------------------------------------------------------------------------- text helpers

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def wpt(value: str, nfd: bool = False) -> str:
    """Escaped text as WordPress prints it after wptexturize (curly quotes, dashes as refs)."""
    s = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return unicodedata.normalize("NFD", s) if nfd else s


def _attr(value: str) -> str:
    out = esc(value)
    for ch, ref in _TEXTURIZE.items():
        out = out.replace(ch, ref)
    return out


def divi_date(when: datetime) -> str:
    """Divi's meta date ``M j, Y`` in Vietnamese: "Th11 12, 2026"."""
    return f"{MONTHS_SHORT[when.month - 1]} {when.day}, {when.year}"


def long_date(when: datetime) -> str:
    """The site's date_format ``j F, Y``: "12 Tháng Mười Một, 2026"."""
    return f"{when.day} {MONTHS_LONG[when.month - 1]}, {when.year}"


def _clock(when: datetime) -> str:
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d} {'sáng' if when.hour < 12 else 'chiều'}"


def _plain(story: Story) -> str:
    return " ".join(p for p in story.paragraphs)


def excerpt(story: Story, length: int = 270) -> str:
    """Divi's ``truncate_post(270)``: the content's text cut on a word, then "..."."""
    full = _plain(story)
    if len(full) <= length:
        return full
    return full[:length].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str | None:
    return story.images[0].src if story.images else None


def _srcset(base: str, src: str) -> str:
    if "-1024x683" not in src:
        return ""
    stem = src.replace("-1024x683", "")
    sizes = [(src, "1024w"), (stem.replace(".jpg", "-300x200.jpg"), "300w"),
             (stem.replace(".jpg", "-768x512.jpg"), "768w"), (stem, "1200w")]
    return ", ".join(f"{base}{u} {w}" for u, w in sizes)


# --------------------------------------------------------------------------- post content


def _gb_img(base: str, img: Img, att: int, cap_nfd: bool = False) -> str:
    srcset = _srcset(base, img.src)
    extra = f' srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px"' if srcset else ""
    cap = f'<figcaption class="wp-element-caption">{wpt(img.printed, cap_nfd)}</figcaption>' if img.printed else ""
    return (
        f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683"'
        f' src="{base}{img.src}" alt="" class="wp-image-{att}"{extra} />{cap}</figure>'
    )


def _gutenberg(story: Story, base: str) -> str:
    parts: list[str] = []
    blocks = story.blocks
    att = story.id + 1
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{wpt(blocks[i].text)}</li>")
                i += 1
            parts.append(f'<ul class="wp-block-list">\n{"".join(items)}\n</ul>')
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{wpt(c)}</{tag}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead>{"".join(head)}</thead>'
                f'<tbody>{"".join(body)}</tbody></table></figure>'
            )
            continue
        if isinstance(b, P) and b.style == "quote":
            inner = f"<p>{wpt(b.text)}</p>"
            i += 1
            if i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "cite":
                inner += f"<cite>{wpt(blocks[i].text)}</cite>"
                i += 1
            parts.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n{inner}\n</blockquote>')
            continue
        if isinstance(b, Img) and b.style == "gallery":
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                figs.append(_gb_img(base, blocks[i], att))
                att += 1
                i += 1
            parts.append(
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1'
                ' is-layout-flex wp-block-gallery-is-layout-flex">\n' + "\n".join(figs) + "\n</figure>"
            )
            continue
        if isinstance(b, P):
            if b.style == "sapo":
                parts.append(f"<p><strong>{wpt(b.text)}</strong></p>")
            elif b.style == "h2":
                parts.append(f'<h2 class="wp-block-heading">{wpt(b.text)}</h2>')
            else:
                parts.append(f"<p>{wpt(b.text)}</p>")
        elif isinstance(b, Img):
            parts.append(_gb_img(base, b, att))
            att += 1
        else:
            parts.append(b.html)
        i += 1
    if "file" in story.opts:
        href, label = story.opts["file"]
        fid = f"wp-block-file--media-{story.id + 9}"
        parts.append(
            f'<div class="wp-block-file"><a id="{fid}" href="{base}{href}">{esc(label)}</a>'
            f'<a href="{base}{href}" class="wp-block-file__button wp-element-button" download aria-describedby="{fid}">Tải về</a></div>'
        )
    return "\n\n".join(parts)


def _divi_layout(story: Story, base: str) -> str:
    """A post written in the Divi builder: text modules and image modules in one column."""
    nfd = bool(story.opts.get("nfd"))
    modules: list[str] = []
    counters = {"text": 0, "image": 0}

    def text_module(inner: str, align: str = "left") -> None:
        n = counters["text"]
        counters["text"] += 1
        modules.append(
            f'<div class="et_pb_module et_pb_text et_pb_text_{n}  et_pb_text_align_{align} et_pb_bg_layout_light">\n'
            f'\t\t\t\t<div class="et_pb_text_inner">{inner}</div>\n\t\t\t</div>'
        )

    pending: list[str] = []
    att = story.id + 1
    for b in story.blocks:
        if isinstance(b, P):
            if b.style == "sapo":
                pending.append(f"<p><strong>{wpt(b.text, nfd)}</strong></p>")
            else:
                pending.append(f"<p>{wpt(b.text, nfd)}</p>")
            continue
        if pending:
            text_module("\n".join(pending), "justified")
            pending = []
        if isinstance(b, Img):
            n = counters["image"]
            counters["image"] += 1
            title = f' title="{_attr(b.printed)}"' if b.style == "dtitle" and b.printed else ""
            if nfd and title:
                title = unicodedata.normalize("NFD", title)
            modules.append(
                f'<div class="et_pb_module et_pb_image et_pb_image_{n}">\n\t\t\t\t<span class="et_pb_image_wrap ">'
                f'<img decoding="async" width="1200" height="800" src="{base}{b.src}" alt=""{title} class="wp-image-{att}" />'
                "</span>\n\t\t\t</div>"
            )
            att += 1
            if b.style == "dbelow" and b.printed:
                text_module(f"<p><em>{wpt(b.printed, nfd)}</em></p>", "center")
        else:
            inner = unicodedata.normalize("NFD", b.html) if nfd else b.html
            text_module(inner, "right")
    if pending:
        text_module("\n".join(pending), "justified")
    body = "\n".join(modules)
    return (
        '<div class="et-l et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">\n'
        '\t\t<div class="et_pb_section et_pb_section_0 et_section_regular" >\n'
        '\t\t\t\t<div class="et_pb_row et_pb_row_0">\n'
        '\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">\n'
        f"{body}\n"
        "\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>"
    )


def content_html(story: Story, base: str) -> str:
    if story.opts["builder"] == "divi":
        return _divi_layout(story, base)
    return _gutenberg(story, base)


# --------------------------------------------------------------------------- chrome

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    ("/category/tin-tuc/", "Tin tức", [("/category/hoat-dong-doan/", "Hoạt động Đoàn")]),
    ("/category/thong-bao/", "Thông báo", []),
    ("/tuyen-sinh-10/", "Tuyển sinh 10", []),
    ("/thoi-khoa-bieu/", "Thời khóa biểu", []),
    ("/album-anh/", "Album ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def _menu(base: str, active: str) -> str:
    lis = []
    for n, (href, label, subs) in enumerate(_MENU):
        cls = f"et_pb_menu_page_id-{40 + n} menu-item menu-item-type-custom menu-item-object-custom menu-item-{60 + n}"
        if href == active:
            cls += " current-menu-item"
        sub = ""
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{80 + k}">'
                f'<a href="{base}{h}">{esc(t)}</a></li>'
                for k, (h, t) in enumerate(subs)
            ) + "</ul>"
        lis.append(f'<li id="menu-item-{60 + n}" class="{cls}"><a href="{base}{href}">{esc(label)}</a>{sub}</li>')
    return "\n".join(lis)


def _header(base: str, active: str) -> str:
    return f"""<header class="et-l et-l--header">
\t\t\t<div class="et_builder_inner_content et_pb_gutters3">
\t\t<div class="et_pb_section et_pb_section_0_tb_header et_pb_with_background et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_0_tb_header">
\t\t\t\t<div class="et_pb_column et_pb_column_1_2 et_pb_column_0_tb_header  et_pb_css_mix_blend_mode_passthrough">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_0_tb_header  et_pb_text_align_left et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><p><span class="ngay-hien-tai">{TODAY}</span> &nbsp;|&nbsp; Hotline: <a href="tel:02633864215">{HOTLINE}</a></p></div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_column et_pb_column_1_2 et_pb_column_1_tb_header  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t<ul class="et_pb_module et_pb_social_media_follow et_pb_social_media_follow_0_tb_header clearfix  et_pb_text_align_right et_pb_bg_layout_dark">
\t\t\t\t<li class="et_pb_social_media_follow_network_0_tb_header et_pb_social_icon et_pb_social_network_link  et-social-facebook"><a href="https://www.facebook.com/thpttranhungdao.baoloc" class="icon et_pb_with_border" title="Theo dõi trên Facebook" target="_blank"><span class="et_pb_social_media_follow_network_name" aria-hidden="true">Theo dõi</span></a></li><li class="et_pb_social_media_follow_network_1_tb_header et_pb_social_icon et_pb_social_network_link  et-social-youtube"><a href="https://www.youtube.com/@thpttranhungdaobaoloc" class="icon et_pb_with_border" title="Theo dõi trên Youtube" target="_blank"><span class="et_pb_social_media_follow_network_name" aria-hidden="true">Theo dõi</span></a></li>
\t\t\t</ul><div class="et_pb_module et_pb_text et_pb_text_1_tb_header  et_pb_text_align_right et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><p><a href="{base}/wp-login.php">Đăng nhập</a></p></div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_row et_pb_row_1_tb_header et_pb_row--with-menu">
\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_2_tb_header  et_pb_css_mix_blend_mode_passthrough et-last-child et_pb_column--with-menu">
\t\t\t\t<div class="et_pb_module et_pb_menu et_pb_menu_0_tb_header et_pb_bg_layout_light  et_pb_text_align_left et_dropdown_animation_fade et_pb_menu--with-logo et_pb_menu--style-left_aligned">
\t\t\t\t\t<div class="et_pb_menu_inner_container clearfix">
\t\t\t\t\t\t<div class="et_pb_menu__logo-wrap">
\t\t\t  <div class="et_pb_menu__logo">
\t\t\t\t<a href="{base}/" ><img decoding="async" width="120" height="120" src="{base}{UP}/2024/08/logo-thpt-tran-hung-dao.png" alt="{esc(SITE)}" class="wp-image-12" /></a>
\t\t\t  </div>
\t\t\t</div>
\t\t\t\t\t\t<div class="et_pb_menu__wrap">
\t\t\t\t\t\t\t<div class="et_pb_menu__menu">
\t\t\t\t\t\t\t\t<nav class="et-menu-nav"><ul id="menu-menu-chinh" class="et-menu nav downwards">
{_menu(base, active)}
</ul></nav>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t<button type="button" class="et_pb_menu__icon et_pb_menu__search-button"></button>
\t\t\t\t\t\t\t<div class="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="mobile_menu_bar"></span></div></div>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<div class="et_pb_menu__search-container et_pb_menu__search-container--disabled">
\t\t\t\t\t\t\t<div class="et_pb_menu__search">
\t\t\t\t\t\t\t\t<form role="search" method="get" class="et_pb_menu__search-form" action="{base}/">
\t\t\t\t\t\t\t\t\t<input type="search" class="et_pb_menu__search-input" placeholder="Tìm kiếm &hellip;" name="s" title="Tìm kiếm:" />
\t\t\t\t\t\t\t\t</form>
\t\t\t\t\t\t\t\t<button type="button" class="et_pb_menu__icon et_pb_menu__close-search-button"></button>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t</div>
\t</div>
\t</header>"""


def _footer(base: str) -> str:
    return f"""<footer class="et-l et-l--footer">
\t\t\t<div class="et_builder_inner_content et_pb_gutters3">
\t\t<div class="et_pb_section et_pb_section_0_tb_footer et_pb_with_background et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_0_tb_footer">
\t\t\t\t<div class="et_pb_column et_pb_column_1_3 et_pb_column_0_tb_footer  et_pb_css_mix_blend_mode_passthrough">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_0_tb_footer  et_pb_text_align_left et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><h4>{esc(SITE.upper())}</h4>
<p>Địa chỉ: {esc(ADDRESS)}<br />
Điện thoại: {HOTLINE} &#8211; Hotline: 0918 246 357<br />
Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_1_tb_footer  et_pb_css_mix_blend_mode_passthrough">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_1_tb_footer  et_pb_text_align_left et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><h4>LIÊN KẾT</h4>
<ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://lamdong.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Lâm Đồng</a></li>
<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">Cơ sở dữ liệu ngành</a></li>
</ul></div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_2_tb_footer  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_2_tb_footer  et_pb_text_align_left et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><h4>THỐNG KÊ TRUY CẬP</h4>
<div class="wpsc-counter"><ul>
<li><span class="wpsc-label">Đang truy cập:</span> <span class="wpsc-value">23</span></li>
<li><span class="wpsc-label">Hôm nay:</span> <span class="wpsc-value">418</span></li>
<li><span class="wpsc-label">Hôm qua:</span> <span class="wpsc-value">1.026</span></li>
<li><span class="wpsc-label">Tổng lượt truy cập:</span> <span class="wpsc-value">1.284.310</span></li>
</ul></div></div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_row et_pb_row_1_tb_footer">
\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_3_tb_footer  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_3_tb_footer  et_pb_text_align_center et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><p>Bản quyền &copy; 2026 {esc(SITE)}. Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Hữu Phước. Thiết kế bởi <a href="https://webtruonghoc.vn" target="_blank" rel="noopener">WebTrườngHọc</a></p></div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t</div>
\t</div>
\t</footer>"""


def _head(base: str, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
\t<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
\t<link rel="pingback" href="{base}/xmlrpc.php" />

\t<script type="text/javascript">
\t\tdocument.documentElement.className = 'js';
\t</script>
\t
\t<title>{title}</title>
{extra}
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<meta content="Divi v.{DIVI_VER}" name="generator"/><link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver={WP_VER}' type='text/css' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='{base}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.9' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='{base}/wp-content/themes/Divi/style-static.min.css?ver={DIVI_VER}' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress {WP_VER}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
<link rel="icon" href="{base}{UP}/2024/08/cropped-logo-32x32.png" sizes="32x32" />
</head>"""


def _page(base: str, title: str, body_class: str, main: str, extra: str = "", active: str = "") -> str:
    return f"""{_head(base, title, extra)}
<body class="{body_class} et-tb-has-template et-tb-has-header et-tb-has-footer et_pb_button_helper_class et_cover_background et_pb_gutter et_pb_gutters3 et_smooth_scroll et_divi_theme et-db">
\t<div id="page-container">
<div id="et-boc" class="et-boc">
\t\t\t
\t\t{_header(base, active)}
\t<div id="et-main-area">
\t
{main}

\t{_footer(base)}
\t\t</div>

\t\t\t\t</div>
\t\t\t\t</div>
\t<script type="text/javascript" src="{base}/wp-content/themes/Divi/js/scripts.min.js?ver={DIVI_VER}" id="divi-custom-script-js"></script>
<script type="text/javascript" src="{base}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9" id="sharing-js-js"></script>
</body>
</html>"""


def _title(*parts: str) -> str:
    return " &#8211; ".join(wpt(p) for p in parts if p) if len(parts) > 1 else wpt(parts[0])


# --------------------------------------------------------------------------- sidebar widgets


def _widgets(base: str) -> str:
    recent = "\n".join(
        f'<li>\n\t\t\t\t<a href="{base}{post_path(s)}">{wpt(s.title)}</a>\n'
        f'\t\t\t\t\t\t\t<span class="post-date">{long_date(_local(s))}</span>\n\t\t\t\t\t\t</li>'
        for s in newest()[:5]
    )
    cats = "\n".join(
        f'\t<li class="cat-item cat-item-{cid}"><a href="{base}/category/{slug}/">{esc(name)}</a> ({len(newest(slug))})\n</li>'
        for slug, (cid, name) in sorted(CATS.items(), key=lambda kv: kv[1][1])
    )
    months = "\n".join(
        f"\t<li><a href='{base}/{y}/{m:02d}/'>{MONTHS_LONG[m - 1]} {y}</a></li>" for y, m in MONTHS
    )
    cloud = " ".join(
        f'<a href="{base}/tag/{slug}/" class="tag-cloud-link tag-link-{20 + n} tag-link-position-{n + 1}"'
        f' style="font-size: {8 + 2 * len(newest(tag=slug))}pt;" aria-label="{esc(name)} ({len(newest(tag=slug))} mục)">{esc(name)}</a>'
        for n, (slug, name) in enumerate(TAGS.items())
        if newest(tag=slug)
    )
    return f"""<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{base}/">
\t\t\t\t<div>
\t\t\t\t\t<label class="screen-reader-text" for="s">Tìm kiếm cho:</label>
\t\t\t\t\t<input type="text" value="" name="s" id="s" />
\t\t\t\t\t<input type="submit" id="searchsubmit" value="Tìm kiếm" />
\t\t\t\t</div>
\t\t\t</form></div>
\t\t<div id="recent-posts-2" class="et_pb_widget widget_recent_entries">
\t\t<h4 class="widgettitle">Bài viết mới</h4>
\t\t<ul>
{recent}
\t\t\t\t\t</ul>

\t\t</div><div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Chuyên mục</h4>
\t\t\t<ul>
{cats}
\t\t\t</ul>

\t\t\t</div><div id="archives-2" class="et_pb_widget widget_archive"><h4 class="widgettitle">Lưu trữ</h4>
\t\t\t<ul>
{months}
\t\t\t</ul>

\t\t\t</div><div id="media_image-3" class="et_pb_widget widget_media_image"><a href="https://thituyensinh.lamdong.edu.vn"><img width="300" height="120" src="{base}{UP}/2024/08/banner-tra-cuu-diem-thi.png" class="image wp-image-15  attachment-full size-full" alt="Tra cứu điểm thi tuyển sinh 10" decoding="async" loading="lazy" /></a></div><div id="tag_cloud-2" class="et_pb_widget widget_tag_cloud"><h4 class="widgettitle">Thẻ</h4><div class="tagcloud">{cloud}</div>
</div>"""


# --------------------------------------------------------------------------- listing cards


def _cat_links(base: str, story: Story, rel: str = "category tag") -> str:
    names = sorted(story.opts["cats"], key=lambda c: CATS[c][1])
    return ", ".join(f'<a href="{base}/category/{c}/" rel="{rel}">{esc(CATS[c][1])}</a>' for c in names)


def _post_classes(story: Story) -> str:
    cats = " ".join(f"category-{c}" for c in story.opts["cats"])
    tags = " ".join(f"tag-{t}" for t in story.opts["tags"])
    thumb = " has-post-thumbnail" if story.images else ""
    return f"post-{story.id} post type-post status-publish format-standard{thumb} hentry {cats} {tags}".strip()


def _comment_count(story: Story) -> int:
    return len(story.opts.get("comments", []))


def _blog_card(base: str, story: Story, module: int, n: int, meta: str = "full") -> str:
    url = base + post_path(story)
    thumb = _thumb(story)
    img = (
        f'<a href="{url}" class="entry-featured-image-url"><img loading="lazy" decoding="async" src="{base}{thumb}"'
        f' alt="{_attr(story.title)}" class="" width="1080" height="675" /></a>'
        if thumb and meta == "full"
        else ""
    )
    if meta == "full":
        line = f'<p class="post-meta"><span class="published">{divi_date(_local(story))}</span> | {_cat_links(base, story, "tag")}</p>'
        text = (
            f'<div class="post-content"><div class="post-content-inner"><p>{wpt(excerpt(story))}</p>\n</div>'
            f'<a href="{url}" class="more-link" >đọc thêm</a></div>'
        )
    else:
        line = f'<p class="post-meta"><span class="published">{divi_date(_local(story))}</span></p>'
        text = ""
    return (
        f'<article id="post-{story.id}" class="et_pb_post clearfix et_pb_blog_item_{module}_{n} {_post_classes(story)}">\n\n'
        f"\t\t\t\t{img}\n\t\t\t\t\t\t\t\t\t\t<h2 class=\"entry-title\"><a href=\"{url}\">{wpt(story.title)}</a></h2>\n"
        f"\t\t\t\t\t\t{line}{text}\n\t\t\t</article>"
    )


def _archive_entry(base: str, story: Story) -> str:
    url = base + post_path(story)
    thumb = _thumb(story)
    img = (
        f'<a class="entry-featured-image-url" href="{url}">\n\t\t\t\t\t\t\t\t<img src="{base}{thumb}" alt="{_attr(story.title)}"'
        ' class="" width="1080" height="675" />\t\t\t\t\t\t\t</a>'
        if thumb
        else ""
    )
    user = story.opts["user"]
    count = _comment_count(story)
    return f"""<article id="post-{story.id}" class="et_pb_post {_post_classes(story)}">

\t\t\t\t\t\t\t{img}
\t\t\t\t\t
\t\t\t\t\t\t\t\t\t\t\t\t\t<h2 class="entry-title"><a href="{url}">{wpt(story.title)}</a></h2>
\t\t\t\t\t
\t\t\t\t\t<p class="post-meta"> bởi <span class="author vcard"><a href="{base}/author/{user}/" title="Bài viết của {user}" rel="author">{user}</a></span> | <span class="published">{divi_date(_local(story))}</span> | {_cat_links(base, story)} | <a href="{url}#respond" class="comments-number">{count} bình luận</a></p>{wpt(excerpt(story))}\t\t\t\t
\t\t\t\t\t</article>"""


# --------------------------------------------------------------------------- single post


def _breadcrumbs(base: str, story: Story) -> str:
    cname = CATS[story.cat][1]
    return (
        '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">'
        f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Đến {esc(SITE)}."'
        f' href="{base}" class="home" ><span property="name">Trang chủ</span></a><meta property="position" content="1"></span>'
        f' &gt; <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="Đến lưu trữ'
        f' chuyên mục {esc(cname)}." href="{base}/category/{story.cat}/" class="taxonomy category" ><span property="name">'
        f'{esc(cname)}</span></a><meta property="position" content="2"></span> &gt; <span property="itemListElement"'
        f' typeof="ListItem"><span property="name" class="post post-post current-item">{wpt(story.title)}</span>'
        f'<meta property="url" content="{base}{post_path(story)}"><meta property="position" content="3"></span></div>'
    )


def _sharing(base: str, story: Story) -> str:
    url = base + post_path(story)
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{story.id}" class="share-facebook sd-button share-icon" href="{url}?share=facebook&amp;nb=1" target="_blank" title="Nhấn vào chia sẻ trên Facebook" ><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-{story.id}" class="share-x sd-button share-icon" href="{url}?share=x&amp;nb=1" target="_blank" title="Nhấp để chia sẻ trên X" ><span>X</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{url}#print" target="_blank" title="Nhấn để in ra" ><span>In</span></a></li><li class="share-end"></li></ul></div></div></div>"""


def _post_nav(base: str, story: Story) -> str:
    order = newest()
    i = order.index(story)
    older = order[i + 1] if i + 1 < len(order) else None
    newer = order[i - 1] if i > 0 else None
    prev = (
        f'<span class="nav-previous"><a href="{base}{post_path(older)}" rel="prev"><span class="meta-nav">&larr; </span>'
        '<span class="nav-label">Bài trước</span></a></span>'
        if older
        else ""
    )
    nxt = (
        f'<span class="nav-next"><a href="{base}{post_path(newer)}" rel="next"><span class="nav-label">Bài sau</span>'
        '<span class="meta-nav"> &rarr;</span></a></span>'
        if newer
        else ""
    )
    return f'<div class="et_pb_posts_nav et_pb_module nav-single et_pb_post_nav_0_tb_body">\n\t\t\t\t\t\t\t\t{prev}{nxt}\n\t\t\t</div>'


def _comments(base: str, story: Story, reply_to: int | None) -> str:
    url = base + post_path(story)
    comments: list[Comment] = story.opts.get("comments", [])
    items = []
    form = _comment_form(base, story, reply_to)
    for c in comments:
        when = datetime.strptime(c.at, "%Y-%m-%d %H:%M")
        items.append(
            f"""<li class="comment even thread-even depth-1" id="li-comment-{c.id}">
\t\t<article id="comment-{c.id}" class="comment-body clearfix">
\t\t\t<div class="comment_avatar">
\t\t\t\t\t<img alt='{esc(c.name)}' src='https://secure.gravatar.com/avatar/{c.id:032x}?s=80&#038;d=mm&#038;r=g' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/>\t\t\t</div>

\t\t\t<div class="comment_postinfo">
\t\t\t\t\t<span class="fn">{esc(c.name)}</span>\t\t\t\t\t<span class="comment_date">
\t\t\t\t\tvào {divi_date(when)} lúc {_clock(when)}\t\t\t\t</span>
\t\t\t\t\t\t\t</div>

\t\t\t<div class="comment_area">
\t\t\t\t
\t\t\t\t<div class="comment-content clearfix">
\t\t\t\t<p>{wpt(c.text)}</p>
<span class="reply-container"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={c.id}#respond" data-commentid="{c.id}" data-postid="{story.id}" data-belowelement="comment-{c.id}" data-respondelement="respond" data-replyto="Trả lời đến {esc(c.name)}" aria-label="Trả lời đến {esc(c.name)}">Trả lời</a></span>\t\t\t\t</div>
\t\t\t</div>
\t\t</article>
\t\t{form if reply_to == c.id else ""}
</li>"""
        )
    listing = (
        f'<h1 id="comments" class="page_title">{len(comments)} bình luận</h1>\n\t\t<ol class="commentlist clearfix">\n'
        + "\n".join(items)
        + "\n\t\t</ol>"
        if comments
        else ""
    )
    bottom_form = form if reply_to is None else ""
    return f"""<div class="et_pb_module et_pb_comments_0_tb_body et_pb_comments_module et_pb_bg_layout_light">
\t\t\t\t<section id="comment-wrap">
\t\t{listing}
{bottom_form}
\t</section>
\t\t\t</div>"""


def _comment_form(base: str, story: Story, reply_to: int | None) -> str:
    target = next((c for c in story.opts.get("comments", []) if c.id == reply_to), None)
    heading = f"Trả lời đến {esc(target.name)}" if target else "Gửi phản hồi"
    cancel_style = "" if target else ' style="display:none;"'
    return f"""\t<div id="respond" class="comment-respond">
\t\t<h3 id="reply-title" class="comment-reply-title"><span>{heading}</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{post_path(story)}#respond"{cancel_style}>Hủy trả lời</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="submit et_pb_button">Gửi bình luận</button> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' />
</p></form>\t</div><!-- #respond -->"""


def _related(base: str, story: Story) -> str:
    others = [s for s in newest(story.cat) if s.id != story.id][:3]
    if not others:
        return ""
    cards = "\n".join(_blog_card(base, s, 0, n, "short") for n, s in enumerate(others))
    return f"""<div class="et_pb_module et_pb_text et_pb_text_2_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_text_inner"><h3>Tin cùng chuyên mục</h3></div>
\t\t\t</div><div class="et_pb_module et_pb_blog_0_tb_body et_pb_blog_grid_wrapper clearfix">
\t\t\t\t\t<div class="et_pb_blog_grid clearfix ">
\t\t\t\t\t<div class="et_pb_ajax_pagination_container">
\t\t\t\t\t\t<div class="et_pb_salvattore_content" data-columns>
{cards}
</div>
\t\t\t\t\t</div>
\t\t\t\t\t</div>
\t\t\t\t</div>"""


def _article(story: Story, request: Request, reply_to: int | None = None) -> str:
    base = base_url(request)
    when = _local(story)
    url = base + post_path(story)
    user = story.opts["user"]
    count = _comment_count(story)
    tags = ", ".join(f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
    tag_module = (
        f"""<div class="et_pb_module et_pb_text et_pb_text_1_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_text_inner"><p class="the-tags">Thẻ: {tags}</p></div>
\t\t\t</div>"""
        if tags
        else ""
    )
    robots = "noindex, follow" if reply_to else "max-image-preview:large"
    extra = [
        f"<meta name='robots' content='{robots}' />",
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {_attr(story.title)} Dòng phản hồi" href="{url}feed/" />',
        f'<link rel="canonical" href="{url}" />',
        f"<link rel='shortlink' href='{base}/?p={story.id}' />",
    ]
    if story.opts.get("og"):
        og_img = f'\n<meta property="og:image" content="{base}{_thumb(story)}" />' if _thumb(story) else ""
        modified = when + timedelta(hours=15, minutes=22)
        extra.append(
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{_attr(story.title)}" />\n'
            f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{esc(SITE)}" />{og_img}\n'
            f'<meta property="article:published_time" content="{when.isoformat()}" />\n'
            f'<meta property="article:modified_time" content="{modified.isoformat()}" />'
        )
    layout = " et_pb_pagebuilder_layout" if story.opts["builder"] == "divi" else ""
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard et-tb-has-body"
        f" et_right_sidebar{layout}"
    )
    main = f"""<div id="main-content">
    <div class="et-l et-l--body">
\t\t\t<div class="et_builder_inner_content et_pb_gutters3">
\t\t<div class="et_pb_section et_pb_section_0_tb_body et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_0_tb_body">
\t\t\t\t<div class="et_pb_column et_pb_column_2_3 et_pb_column_0_tb_body  et_pb_css_mix_blend_mode_passthrough">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_0_tb_body  et_pb_text_align_left et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_text_inner">{_breadcrumbs(base, story)}</div>
\t\t\t</div><div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light  et_pb_text_align_left">
\t\t\t\t<div class="et_pb_title_container">
\t\t\t\t\t<h1 class="entry-title">{wpt(story.title)}</h1><p class="et_pb_title_meta_container"> bởi <span class="author vcard"><a href="{base}/author/{user}/" title="Bài viết của {user}" rel="author">{user}</a></span> | <span class="published">{divi_date(when)}</span> | {_cat_links(base, story)} | <span class="comments-number"><a href="{url}#respond">{count} bình luận</a></span></p>
\t\t\t\t</div>
\t\t\t</div><div class="et_pb_with_border et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
\t\t\t\t
{content_html(story, base)}
{_sharing(base, story)}
\t\t\t</div>{tag_module}{_post_nav(base, story)}{_related(base, story)}{_comments(base, story, reply_to)}
\t\t\t</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_1_tb_body  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t<div class="et_pb_module et_pb_sidebar_0_tb_body et_pb_widget_area clearfix et_pb_widget_area_right et_pb_bg_layout_light">
\t\t\t\t{_widgets(base)}
\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t</div>
\t</div>
\t</div>"""
    return _page(base, _title(story.title, SITE), body_class, main, "\n".join(extra), active="")


# --------------------------------------------------------------------------- archives


def _archive(request: Request, items: list[Story], page: int, root: str, title: str, body_class: str) -> str | None:
    base = base_url(request)
    last = _pages(len(items))
    if page > last:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    older = f'<a href="{base}{root}page/{page + 1}/" >&laquo; Bài cũ hơn</a>' if page < last else ""
    newer_target = root if page == 2 else f"{root}page/{page - 1}/"
    newer = f'<a href="{base}{newer_target}" >Bài mới hơn &raquo;</a>' if page > 1 else ""
    entries = "\n".join(_archive_entry(base, s) for s in chunk)
    main = f"""<div id="main-content">
\t<div class="container">
\t\t<div id="content-area" class="clearfix">
\t\t\t<div id="left-area">
{entries}
\t\t\t\t\t<div class="pagination clearfix">
\t<div class="alignleft">{older}</div>
\t<div class="alignright">{newer}</div>
</div>\t\t\t</div>
\t\t\t\t<div id="sidebar">
\t\t{_widgets(base)}
\t</div>
\t\t</div>
\t</div>
</div>"""
    paged = f" paged paged-{page}" if page > 1 else ""
    label = f"{title} &#8211; Trang {page}" if page > 1 else title
    extra = "<meta name='robots' content='max-image-preview:large' />"
    if root.startswith("/category/"):
        extra += f'\n<link rel="alternate" type="application/rss+xml" title="{esc(SITE)} &raquo; {title} Dòng chuyên mục" href="{base}{root}feed/" />'
    return _page(base, f"{label} &#8211; {esc(SITE)}", f"archive {body_class}{paged} et_right_sidebar", main, extra, active=root)


# --------------------------------------------------------------------------- home page


def _home(request: Request, page: int) -> str:
    base = base_url(request)
    items = newest()
    last = _pages(len(items), HOME_PER_PAGE)
    chunk = items[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
    if chunk:
        cards = "\n".join(_blog_card(base, s, 0, n) for n, s in enumerate(chunk))
    else:
        cards = (
            '<div class="entry">\n\t<h1 class="not-found-title">Không tìm thấy kết quả</h1>\n'
            "\t<p>Không tìm thấy kết quả phù hợp với yêu cầu của bạn. Hãy thử lại với từ khóa khác.</p>\n</div>"
        )
    older = f'<a href="{base}/page/{page + 1}/?et_blog" >&laquo; Bài cũ hơn</a>' if page < last else ""
    newer_target = "/?et_blog" if page == 2 else f"/page/{page - 1}/?et_blog"
    newer = f'<a href="{base}{newer_target}" >Bài mới hơn &raquo;</a>' if 1 < page <= last + 1 else ""
    notices = "\n".join(_blog_card(base, s, 1, n, "short") for n, s in enumerate(newest("thong-bao")[:3]))
    blurbs = "".join(
        f"""<div class="et_pb_module et_pb_blurb et_pb_blurb_{n}  et_pb_text_align_left  et_pb_blurb_position_left et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_blurb_content">
\t\t\t\t\t<div class="et_pb_main_blurb_image"><a href="{base}{href}"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">{icon}</span></span></a></div>
\t\t\t\t\t<div class="et_pb_blurb_container">
\t\t\t\t\t\t<h4 class="et_pb_module_header"><a href="{base}{href}">{esc(label)}</a></h4>
\t\t\t\t\t\t<div class="et_pb_blurb_description"><p>{esc(desc)}</p></div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>"""
        for n, (href, label, desc, icon) in enumerate(
            [
                ("/tuyen-sinh-10/", "Tuyển sinh 10", "Chỉ tiêu, phương thức tuyển sinh lớp 10", "&#xe0f2;"),
                ("/thoi-khoa-bieu/", "Thời khóa biểu", "Thời khóa biểu học kỳ I áp dụng từ 16/11", "&#xe023;"),
                ("/album-anh/", "Album ảnh", "Hình ảnh hoạt động của nhà trường", "&#xe005;"),
            ]
        )
    )
    counters = "".join(
        f"""<div class="et_pb_column et_pb_column_1_4 et_pb_column_{4 + n}  et_pb_css_mix_blend_mode_passthrough{' et-last-child' if n == 3 else ''}">
\t\t\t\t<div class="et_pb_with_border et_pb_module et_pb_number_counter et_pb_number_counter_{n}  et_pb_text_align_center et_pb_bg_layout_dark et_pb_with_title" data-number-value="{value}" data-number-separator=".">
\t\t\t\t<div class="percent"><p><span class="percent-value"></span></p></div>
\t\t\t\t<h3 class="title">{esc(label)}</h3>
\t\t\t</div>
\t\t\t</div>"""
        for n, (value, label) in enumerate([(1248, "Học sinh"), (32, "Lớp học"), (86, "Cán bộ, giáo viên"), (50, "Năm xây dựng")])
    )
    main = f"""<div id="main-content">
\t\t\t<article id="post-2" class="post-2 page type-page status-publish hentry">
\t\t\t\t<div class="entry-content">
\t\t\t<div class="et-l et-l--post">
\t\t\t<div class="et_builder_inner_content et_pb_gutters3">
\t\t<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular" >
\t\t\t\t<div class="et_pb_module et_pb_fullwidth_slider_0 et_pb_slider">
\t\t\t\t<div class="et_pb_slides">
\t\t\t\t\t<div class="et_pb_slide et_pb_slide_0 et_pb_bg_layout_dark et_pb_media_alignment_center et-pb-active-slide" data-slide-id="et_pb_slide_0">
\t\t\t\t<div class="et_pb_container clearfix"><div class="et_pb_slider_container_inner"><div class="et_pb_slide_description">
\t\t\t\t\t<h2 class="et_pb_slide_title">Chào mừng năm học mới 2026 &#8211; 2027</h2><div class="et_pb_slide_content"><p>{esc(TAGLINE)}</p></div>
\t\t\t\t\t<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_more_button" href="{base}/gioi-thieu/">Tìm hiểu thêm</a></div>
\t\t\t\t</div></div></div>
\t\t\t</div><div class="et_pb_slide et_pb_slide_1 et_pb_bg_layout_dark et_pb_media_alignment_center" data-slide-id="et_pb_slide_1">
\t\t\t\t<div class="et_pb_container clearfix"><div class="et_pb_slider_container_inner"><div class="et_pb_slide_description">
\t\t\t\t\t<h2 class="et_pb_slide_title">Tuyển sinh lớp 10 năm học 2027 &#8211; 2028</h2><div class="et_pb_slide_content"><p>420 chỉ tiêu &#8211; 10 lớp</p></div>
\t\t\t\t\t<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_more_button" href="{base}/tuyen-sinh-10/">Xem chi tiết</a></div>
\t\t\t\t</div></div></div>
\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_section et_pb_section_1 et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_0">
\t\t\t\t<div class="et_pb_column et_pb_column_2_3 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_0  et_pb_text_align_left et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_text_inner"><h2>TIN TỨC &#8211; SỰ KIỆN</h2></div>
\t\t\t</div><div class="et_pb_module et_pb_blog_0 et_pb_posts clearfix et_pb_bg_layout_light ">
\t\t\t\t<div class="et_pb_ajax_pagination_container">
{cards}
<div><div class="pagination clearfix">
\t<div class="alignleft">{older}</div>
\t<div class="alignright">{newer}</div>
</div></div>
\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div><div class="et_pb_column et_pb_column_1_3 et_pb_column_1  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t{blurbs}<div class="et_pb_module et_pb_text et_pb_text_1  et_pb_text_align_left et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_text_inner"><h3>THÔNG BÁO</h3></div>
\t\t\t</div><div class="et_pb_module et_pb_blog_1 et_pb_posts clearfix et_pb_bg_layout_light ">
\t\t\t\t<div class="et_pb_ajax_pagination_container">
{notices}
\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_section et_pb_section_2 et_pb_with_background et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_1">
\t\t\t\t{counters}
\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t\t</div>
\t\t\t\t</div>
\t\t\t</article>
</div>"""
    title = f"{esc(SITE)} &#8211; {wpt(TAGLINE)}" if page == 1 else f"{esc(SITE)} &#8211; Trang {page} &#8211; {wpt(TAGLINE)}"
    extra = f"<meta name='robots' content='max-image-preview:large' />\n<link rel=\"canonical\" href=\"{base}/\" />"
    body = "home page-template-default page page-id-2 et_pb_pagebuilder_layout et_full_width_page" + (
        f" paged paged-{page} page-paged-{page}" if page > 1 else ""
    )
    return _page(base, title, body, main, extra, active="/")


# --------------------------------------------------------------------------- pages (not posts)


def _static_page(slug: str, request: Request) -> str:
    base = base_url(request)
    title = PAGES[slug]
    inner = {
        "gioi-thieu": _about,
        "tuyen-sinh-10": _admission,
        "thoi-khoa-bieu": _timetable,
        "album-anh": _album,
        "lien-he": _contact,
    }[slug](base)
    page_id = 100 + list(PAGES).index(slug)
    main = f"""<div id="main-content">
\t\t\t<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
\t\t\t\t<div class="entry-content">
\t\t\t<div class="et-l et-l--post">
\t\t\t<div class="et_builder_inner_content et_pb_gutters3">
\t\t<div class="et_pb_section et_pb_section_0 et_pb_with_background et_section_regular" >
\t\t\t\t<div class="et_pb_row et_pb_row_0">
\t\t\t\t<div class="et_pb_column et_pb_column_4_4 et_pb_column_0  et_pb_css_mix_blend_mode_passthrough et-last-child">
\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_0  et_pb_text_align_center et_pb_bg_layout_dark">
\t\t\t\t<div class="et_pb_text_inner"><h1>{esc(title.upper())}</h1></div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div>
\t\t\t</div><div class="et_pb_section et_pb_section_1 et_section_regular" >
{inner}
\t\t\t</div>
\t\t</div>
\t\t</div>
\t\t\t\t</div>
\t\t\t</article>
</div>"""
    extra = f"<meta name='robots' content='max-image-preview:large' />\n<link rel=\"canonical\" href=\"{base}/{slug}/\" />\n<link rel='shortlink' href='{base}/?p={page_id}' />"
    body = f"page-template-default page page-id-{page_id} et_pb_pagebuilder_layout et_full_width_page"
    return _page(base, f"{esc(title)} &#8211; {esc(SITE)}", body, main, extra, active=f"/{slug}/")


def _row(n: int, columns: str) -> str:
    return f'\t\t\t\t<div class="et_pb_row et_pb_row_{n}">\n{columns}\n\t\t\t</div>'


def _col(kind: str, n: int, inner: str, last: bool = False) -> str:
    tail = " et-last-child" if last else ""
    return (
        f'\t\t\t\t<div class="et_pb_column et_pb_column_{kind} et_pb_column_{n}  et_pb_css_mix_blend_mode_passthrough{tail}">\n'
        f"{inner}\n\t\t\t</div>"
    )


def _textmod(n: int, inner: str, align: str = "left") -> str:
    return (
        f'\t\t\t\t<div class="et_pb_module et_pb_text et_pb_text_{n}  et_pb_text_align_{align} et_pb_bg_layout_light">\n'
        f'\t\t\t\t<div class="et_pb_text_inner">{inner}</div>\n\t\t\t</div>'
    )


def _about(base: str) -> str:
    history = _textmod(
        1,
        "<h2>Lịch sử hình thành</h2>\n<p>Trường THPT Trần Hưng Đạo được thành lập năm 1976, là một trong những"
        " trường trung học phổ thông đầu tiên của vùng đất Bảo Lộc. Gần 50 năm xây dựng và phát triển, nhà"
        " trường đã đào tạo hơn 35.000 học sinh, nhiều thế hệ học sinh trưởng thành, giữ những vị trí quan"
        " trọng trong và ngoài tỉnh.</p>\n<p>Năm 2020, trường được công nhận đạt chuẩn quốc gia mức độ 2.</p>",
        "justified",
    )
    blurbs = []
    for n, (head, desc, icon) in enumerate(
        [
            ("Sứ mệnh", "Xây dựng môi trường giáo dục kỷ cương, thân thiện, giúp học sinh phát triển toàn diện.", "&#xe0f2;"),
            ("Tầm nhìn", "Trở thành trường THPT chất lượng cao hàng đầu khu vực Tây Nguyên.", "&#xe01d;"),
            ("Giá trị cốt lõi", "Trách nhiệm &#8211; Trung thực &#8211; Sáng tạo &#8211; Hợp tác.", "&#xe030;"),
        ]
    ):
        blurbs.append(
            _col(
                "1_3",
                2 + n,
                f"""\t\t\t\t<div class="et_pb_module et_pb_blurb et_pb_blurb_{n}  et_pb_text_align_center  et_pb_blurb_position_top et_pb_bg_layout_light">
\t\t\t\t<div class="et_pb_blurb_content">
\t\t\t\t\t<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span class="et-waypoint et_pb_animation_top et-pb-icon">{icon}</span></span></div>
\t\t\t\t\t<div class="et_pb_blurb_container">
\t\t\t\t\t\t<h4 class="et_pb_module_header"><span>{head}</span></h4>
\t\t\t\t\t\t<div class="et_pb_blurb_description"><p>{desc}</p></div>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</div>""",
                last=n == 2,
            )
        )
    staff = _textmod(
        2,
        "<h2>Ban Giám hiệu</h2>\n<ul>\n<li>Hiệu trưởng: Thầy Nguyễn Hữu Phước</li>\n<li>Phó Hiệu trưởng: Cô Đặng Thị Lan</li>"
        "\n<li>Phó Hiệu trưởng: Thầy Hoàng Văn Tuấn</li>\n</ul>",
    )
    return "\n".join(
        [_row(1, _col("4_4", 1, history, last=True)), _row(2, "".join(blurbs)), _row(3, _col("4_4", 5, staff, last=True))]
    )


def _admission(base: str) -> str:
    inner = """<p>Căn cứ Kế hoạch tuyển sinh vào lớp 10 THPT năm học 2027 &#8211; 2028 của Sở Giáo dục và Đào tạo, Trường THPT Trần Hưng Đạo thông báo chỉ tiêu và phương thức tuyển sinh như sau:</p>
<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Nội dung</th><th>Chỉ tiêu</th><th>Ghi chú</th></tr></thead><tbody><tr><td>Lớp 10 đại trà</td><td>385</td><td>9 lớp</td></tr><tr><td>Lớp 10 tiếng Anh tăng cường</td><td>35</td><td>1 lớp</td></tr><tr><td>Tổng cộng</td><td>420</td><td>10 lớp</td></tr></tbody></table></figure>
<p>Phương thức: thi tuyển ba môn Ngữ văn, Toán, Tiếng Anh. Hồ sơ nhận tại văn phòng nhà trường từ ngày 02/5 đến 25/5/2027.</p>
<p>Mọi thắc mắc xin liên hệ văn phòng nhà trường, điện thoại 0263 3 864 215.</p>"""
    return _row(1, _col("4_4", 1, _textmod(1, inner, "justified"), last=True))


TIMETABLE_FILES = [
    (f"{UP}/2026/11/TKB-so-3-HKI-2026-2027-ap-dung-16-11-2026.pdf", "Thời khóa biểu số 3 (áp dụng từ 16/11/2026)"),
    (f"{UP}/2026/10/TKB-so-2-HKI-2026-2027-ap-dung-12-10-2026.pdf", "Thời khóa biểu số 2 (áp dụng từ 12/10/2026)"),
    (f"{UP}/2026/09/TKB-so-1-HKI-2026-2027.pdf", "Thời khóa biểu số 1 (áp dụng từ 07/9/2026)"),
]
PDF_PATHS = {p for p, _ in TIMETABLE_FILES} | {s.opts["file"][0] for s in STORIES if "file" in s.opts}


def _timetable(base: str) -> str:
    links = "\n".join(
        f'<li><a href="{base}{href}" target="_blank" rel="noopener">{esc(label)}</a> (PDF)</li>' for href, label in TIMETABLE_FILES
    )
    inner = f"<p>Học sinh xem thời khóa biểu học kỳ I năm học 2026 &#8211; 2027 tại các tệp dưới đây:</p>\n<ul>\n{links}\n</ul>"
    return _row(1, _col("4_4", 1, _textmod(1, inner), last=True))


ALBUM = [
    ("khai-giang-2026-01", "Lễ khai giảng năm học 2026 &#8211; 2027", "Học sinh khối 10 dự lễ khai giảng"),
    ("khai-giang-2026-02", "Đánh trống khai trường", ""),
    ("hoi-thao-20-11-bong-chuyen", "Hội thao chào mừng 20/11", "Trận chung kết bóng chuyền hơi"),
    ("ngoai-khoa-bien-dao-01", "Ngoại khóa biển đảo", ""),
    ("dai-hoi-doan-truong-01", "Đại hội Đoàn trường", "Ban Chấp hành Đoàn trường nhiệm kỳ mới"),
    ("tuan-le-hoc-tap-suot-doi", "Phiên chợ sách cũ", ""),
]


def _album(base: str) -> str:
    items = []
    for n, (name, title, caption) in enumerate(ALBUM):
        folder = "2026/09" if "khai-giang" in name else ("2026/10" if name.startswith(("dai-hoi", "tuan-le")) else "2026/11")
        full = f"{base}{UP}/{folder}/{name}.jpg"
        thumb = f"{base}{UP}/{folder}/{name}-400x284.jpg"
        cap = f'<p class="et_pb_gallery_caption">{caption}</p>' if caption else ""
        items.append(
            f"""<div class="et_pb_gallery_item et_pb_grid_item et_pb_bg_layout_light et_pb_gallery_item_0_{n}">
\t\t\t\t<div class='et_pb_gallery_image landscape'>
\t\t\t\t\t<a href="{full}" title="{title}">
\t\t\t\t\t<img loading="lazy" decoding="async" width="400" height="284" src="{thumb}" alt="" class="wp-image-{300 + n}" />
\t\t\t\t\t<span class="et_overlay"></span>
\t\t\t\t</a>
\t\t\t\t</div><h3 class="et_pb_gallery_title">{title}</h3>{cap}</div>"""
        )
    gallery = (
        '\t\t\t\t<div class="et_pb_module et_pb_gallery et_pb_gallery_0  et_pb_bg_layout_light et_pb_gallery_grid">\n'
        '\t\t\t\t<div class="et_pb_gallery_items et_post_gallery clearfix" data-per_page="8">' + "".join(items) + "</div>\n\t\t\t</div>"
    )
    return _row(1, _col("4_4", 1, gallery, last=True))


def _contact(base: str) -> str:
    info = _textmod(
        1,
        f"<h3>{esc(SITE)}</h3>\n<p><strong>Địa chỉ:</strong> {esc(ADDRESS)}<br />\n<strong>Điện thoại:</strong> {HOTLINE}<br />\n"
        f"<strong>Email:</strong> {EMAIL}</p>\n<p>Giờ làm việc: 7h00 &#8211; 17h00 từ thứ Hai đến thứ Bảy.</p>",
    )
    fields = [("name", "Họ và tên", "input", "half"), ("email", "Địa chỉ email", "email", "half"), ("message", "Nội dung", "text", "")]
    rendered = []
    for n, (fid, label, kind, half) in enumerate(fields):
        cls = f"et_pb_contact_field et_pb_contact_field_{n}{' et_pb_contact_field_half' if half else ' et_pb_contact_field_last'}"
        control = (
            f'<textarea name="et_pb_contact_{fid}_0" id="et_pb_contact_{fid}_0" class="et_pb_contact_message input" data-required_mark="required" data-field_type="text" data-original_id="{fid}" placeholder="{label}"></textarea>'
            if kind == "text"
            else f'<input type="text" id="et_pb_contact_{fid}_0" class="input" value="" name="et_pb_contact_{fid}_0" data-required_mark="required" data-field_type="{kind}" data-original_id="{fid}" placeholder="{label}">'
        )
        rendered.append(
            f'<p class="{cls}" data-id="{fid}" data-type="{kind}">\n\t\t\t\t<label for="et_pb_contact_{fid}_0" class="et_pb_contact_form_label">{label}</label>\n\t\t\t\t{control}\n\t\t\t</p>'
        )
    form = f"""\t\t\t\t<div id="et_pb_contact_form_0" class="et_pb_module et_pb_contact_form_0 et_pb_contact_form_container clearfix" data-form_unique_num="0" data-form_unique_id="4f2b1c7e-3a9d-4e61-b2c5-0d8e7a6f9c31">
\t\t\t\t<h1 class="et_pb_contact_main_title">Gửi liên hệ</h1>
\t\t\t\t<div class="et-pb-contact-message"></div>
\t\t\t\t<div class="et_pb_contact">
\t\t\t\t\t<form class="et_pb_contact_form clearfix" method="post" action="{base}/lien-he/">
\t\t\t\t\t\t{"".join(rendered)}
\t\t\t\t\t\t<input type="hidden" value="et_contact_proccess" name="et_pb_contactform_submit_0"/>
\t\t\t\t\t\t<div class="et_contact_bottom_container">
\t\t\t\t\t\t\t<button type="submit" name="et_builder_submit_button" class="et_pb_contact_submit et_pb_button">Gửi</button>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<input type="hidden" id="_wpnonce-et-pb-contact-form-submitted-0" name="_wpnonce-et-pb-contact-form-submitted-0" value="7c1e5b2a9d" /><input type="hidden" name="_wp_http_referer" value="/lien-he/" />
\t\t\t\t\t</form>
\t\t\t\t</div>
\t\t\t</div>"""
    return _row(1, _col("1_2", 1, info) + _col("1_2", 2, form, last=True))


def _login(request: Request) -> str:
    base = base_url(request)
    lost = request.params.get("action") == "lostpassword"
    if lost:
        form = f"""<p class="message">Vui lòng điền tên đăng nhập hoặc địa chỉ email. Bạn sẽ nhận được email hướng dẫn tạo mật khẩu mới.</p>
<form name="lostpasswordform" id="lostpasswordform" action="{base}/wp-login.php?action=lostpassword" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="user_login" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Lấy mật khẩu mới" /></p></form>
<p id="nav"><a href="{base}/wp-login.php">Đăng nhập</a></p>"""
    else:
        form = f"""<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" autocapitalize="off" autocomplete="username" required="required" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><div class="wp-pwd"><input type="password" id="user_pass" name="pwd" class="input password-input" value="" size="20" autocomplete="current-password" spellcheck="false" required="required" /></div></div>
<p class="forgetmenot"><input name="rememberme" type="checkbox" id="rememberme" value="forever"  /> <label for="rememberme">Tự động đăng nhập</label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /><input type="hidden" name="redirect_to" value="{base}/wp-admin/" /><input type="hidden" name="testcookie" value="1" /></p></form>
<p id="nav"><a class="wp-login-lost-password" href="{base}/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>"""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{'Quên mật khẩu' if lost else 'Đăng nhập'} &lsaquo; {esc(SITE)} &#8212; WordPress</title>
<meta name='robots' content='noindex, follow, noarchive' />
<link rel='stylesheet' id='login-css' href='{base}/wp-admin/css/login.min.css?ver={WP_VER}' type='text/css' media='all' />
<meta name='referrer' content='strict-origin-when-cross-origin' />
<meta name="viewport" content="width=device-width" />
</head>
<body class="login no-js login-action-{'lostpassword' if lost else 'login'} wp-core-ui  locale-vi">
<div id="login">
<h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
{form}
<p id="backtoblog"><a href="{base}/">&larr; Quay lại {esc(SITE)}</a></p>
</div>
</body>
</html>"""


# --------------------------------------------------------------------------- feeds and sitemaps


def _rfc822(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC)).replace("-0000", "+0000")


def _rss(base: str, self_path: str, title: str, items: str, build: datetime) -> Response:
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>

<channel>
\t<title>{title}</title>
\t<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
\t<link>{base}</link>
\t<description>{wpt(TAGLINE)}</description>
\t<lastBuildDate>{_rfc822(build)}</lastBuildDate>
\t<language>vi</language>
\t<sy:updatePeriod>
\thourly\t</sy:updatePeriod>
\t<sy:updateFrequency>
\t1\t</sy:updateFrequency>
\t<generator>https://wordpress.org/?v={WP_VER}</generator>
{items}
\t</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _post_feed(request: Request, cat: str | None = None) -> Response:
    base = base_url(request)
    stories = newest(cat)[:FEED_SIZE]
    items = "\n".join(
        f"""\t<item>
\t\t<title>{wpt(s.title)}</title>
\t\t<link>{base}{post_path(s)}</link>
\t\t\t\t\t<comments>{base}{post_path(s)}#respond</comments>
\t\t
\t\t<dc:creator><![CDATA[{s.opts['user']}]]></dc:creator>
\t\t<pubDate>{_rfc822(_local(s))}</pubDate>
\t\t\t\t{"".join(f'<category><![CDATA[{CATS[c][1]}]]></category>' for c in s.opts['cats'])}
\t\t<guid isPermaLink="false">{base}/?p={s.id}</guid>

\t\t\t\t\t<description><![CDATA[{excerpt(s, 200)} [&#8230;]]]></description>
\t\t\t\t\t\t\t\t\t\t<content:encoded><![CDATA[{content_html(s, base)}]]></content:encoded>
\t\t\t\t\t
\t\t\t\t\t<wfw:commentRss>{base}{post_path(s)}feed/</wfw:commentRss>
\t\t\t<slash:comments>{_comment_count(s)}</slash:comments>
\t\t
\t\t\t\t\t\t</item>"""
        for s in stories
    )
    path = f"/category/{cat}/feed/" if cat else "/feed/"
    title = f"{esc(SITE)} &#8211; {CATS[cat][1]}" if cat else esc(SITE)
    return _rss(base, path, title, items, _local(stories[0]))


def _comment_feed(request: Request, story: Story | None = None) -> Response:
    base = base_url(request)
    pairs = [(s, c) for s in ([story] if story else newest()) for c in s.opts.get("comments", [])]
    pairs.sort(key=lambda sc: sc[1].at, reverse=True)
    items = "\n".join(
        f"""\t<item>
\t\t<title>Bình luận về {wpt(s.title)} bởi {esc(c.name)}</title>
\t\t<link>{base}{post_path(s)}#comment-{c.id}</link>
\t\t<dc:creator><![CDATA[{c.name}]]></dc:creator>
\t\t<pubDate>{_rfc822(datetime.strptime(c.at, '%Y-%m-%d %H:%M').replace(tzinfo=_LOCAL))}</pubDate>
\t\t<guid isPermaLink="false">{base}/?p={s.id}#comment-{c.id}</guid>
\t\t<description><![CDATA[{c.text}]]></description>
\t\t<content:encoded><![CDATA[<p>{wpt(c.text)}</p>
]]></content:encoded>
\t\t</item>"""
        for s, c in pairs
    )
    if story:
        path = f"{post_path(story)}feed/"
        title = f"Bình luận về: {wpt(story.title)}"
        build = datetime.strptime(pairs[0][1].at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL) if pairs else _local(story)
    else:
        path = "/comments/feed/"
        title = f"Bình luận về {esc(SITE)}"
        build = datetime.strptime(pairs[0][1].at, "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)
    return _rss(base, path, title, items, build)


def _urlset(entries: list[tuple[str, str | None]]) -> Response:
    rows = "".join(
        f"<url><loc>{loc}</loc>" + (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>" for loc, mod in entries
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/wp-sitemap.xsl" ?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


SITEMAPS = ("posts-post-1", "posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1")


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    if which == "index":
        rows = "".join(f"<sitemap><loc>{base}/wp-sitemap-{name}.xml</loc></sitemap>" for name in SITEMAPS)
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/wp-sitemap-index.xsl" ?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>\n'
        )
        return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})
    if which == "posts-post-1":
        return _urlset([(base + post_path(s), (_local(s) + timedelta(hours=15, minutes=22)).isoformat()) for s in newest()])
    if which == "posts-page-1":
        return _urlset([(base + "/", "2026-08-20T09:12:44+07:00")] + [(f"{base}/{p}/", "2026-08-20T09:12:44+07:00") for p in PAGES])
    if which == "taxonomies-category-1":
        return _urlset([(f"{base}/category/{c}/", None) for c in CATS])
    if which == "taxonomies-post_tag-1":
        return _urlset([(f"{base}/tag/{t}/", None) for t in TAGS if newest(tag=t)])
    return _urlset([(f"{base}/author/{u}/", None) for u in USERS])


_XSL = '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"/>\n'
_ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"


def _not_found(request: Request) -> Response:
    base = base_url(request)
    main = """<div id="main-content">
\t<div class="container">
\t\t<div id="content-area" class="clearfix">
\t\t\t<div id="left-area">
\t\t\t\t<article id="post-0" class="et_pb_post not_found">
\t\t\t\t\t<div class="entry">
\t\t\t\t\t\t<h1 class="not-found-title">Không tìm thấy kết quả</h1>
\t\t\t\t\t\t<p>Trang bạn yêu cầu không tồn tại. Hãy thử tìm kiếm với từ khóa khác.</p>
\t\t\t\t\t</div>
\t\t\t\t</article>
\t\t\t</div>
\t\t</div>
\t</div>
</div>"""
    page = _page(base, f"Không tìm thấy trang &#8211; {esc(SITE)}", "error404 et_right_sidebar", main, "<meta name='robots' content='noindex, follow' />")
    return html(page, status=404)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request, q: str) -> str:
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + _plain(s))]
    base = base_url(request)
    entries = "\n".join(_archive_entry(base, s) for s in hits) or (
        '<div class="entry">\n\t<h1 class="not-found-title">Không tìm thấy kết quả</h1>\n</div>'
    )
    main = f"""<div id="main-content">
\t<div class="container">
\t\t<div id="content-area" class="clearfix">
\t\t\t<div id="left-area">
{entries}
\t\t\t</div>
\t\t\t\t<div id="sidebar">
\t\t{_widgets(base)}
\t</div>
\t\t</div>
\t</div>
</div>"""
    extra = "<meta name='robots' content='noindex, follow, max-image-preview:large' />"
    return _page(base, f"Kết quả tìm kiếm cho &#8220;{esc(q)}&#8221; &#8211; {esc(SITE)}", "search search-results et_right_sidebar", main, extra)


# --------------------------------------------------------------------------- routing

_PAGED = re.compile(r"^(?P<root>/.*?/)page/(?P<n>\d+)/$")
_MONTH = re.compile(r"^/(?P<y>\d{4})/(?P<m>\d{2})/$")
_SHARE = {
    "facebook": "https://www.facebook.com/sharer.php?u={u}&t={t}",
    "x": "https://x.com/intent/tweet?text={t}&url={u}",
}


class DiviSchool:
    """WordPress's rewrite rules and template hierarchy, as far as this site uses them."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/", "/wp-admin/css/")):
            if path in PDF_PATHS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/wp-sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/wp-sitemap-([a-z_]+-(?:[a-z_]+-)?1)\.xml", path):
            return _sitemap(request, m.group(1)) if m.group(1) in SITEMAPS else _not_found(request)
        if path in ("/wp-sitemap.xsl", "/wp-sitemap-index.xsl"):
            return Response(200, _XSL, {"Content-Type": "application/xml; charset=UTF-8"})
        if path == "/wp-login.php":
            return html(_login(request), headers={"Set-Cookie": "wordpress_test_cookie=WP%20Cookie%20check; path=/"})
        if path == "/feed/":
            return _post_feed(request)
        if path == "/comments/feed/":
            return _comment_feed(request)
        if "." not in path.rsplit("/", 1)[-1] and not path.endswith("/"):
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        page = self._route(request)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})

    def _route(self, request: Request) -> str | Response | None:
        path, params = request.path, request.params
        if path == "/":
            if "p" in params:
                story = _BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base_url(request) + post_path(story), 301) if story else None
            if params.get("s", "").strip():
                return _search(request, params["s"].strip())
            return _home(request, 1)
        if m := re.fullmatch(r"/page/(\d+)/", path):
            return _home(request, int(m.group(1))) if int(m.group(1)) >= 2 else redirect(base_url(request) + "/", 301)
        if m := re.fullmatch(r"/category/([a-z-]+)/feed/", path):
            return _post_feed(request, m.group(1)) if m.group(1) in CATS else None
        root, page = path, 1
        if m := _PAGED.match(path):
            root, page = m.group("root"), int(m.group("n"))
            if page < 2:
                return redirect(base_url(request) + root, 301)
        if m := re.fullmatch(r"/category/([a-z-]+)/", root):
            slug = m.group(1)
            if slug not in CATS:
                return None
            return _archive(request, newest(slug), page, root, esc(CATS[slug][1]), f"category category-{slug} category-{CATS[slug][0]}")
        if m := re.fullmatch(r"/tag/([a-z-]+)/", root):
            slug = m.group(1)
            if slug not in TAGS or not newest(tag=slug):
                return None
            return _archive(request, newest(tag=slug), page, root, esc(TAGS[slug]), f"tag tag-{slug}")
        if m := re.fullmatch(r"/author/([a-z]+)/", root):
            user = m.group(1)
            if user not in USERS:
                return None
            return _archive(request, newest(user=user), page, root, user, f"author author-{user}")
        if m := _MONTH.match(root):
            month = (int(m.group("y")), int(m.group("m")))
            items = newest(month=month)
            if not items:
                return None
            return _archive(request, items, page, root, f"{MONTHS_LONG[month[1] - 1]} {month[0]}", "date")
        if page != 1:
            return None
        if m := re.fullmatch(r"/([a-z0-9-]+)/feed/", path):
            story = _BY_SLUG.get(m.group(1))
            return _comment_feed(request, story) if story else None
        if m := re.fullmatch(r"/([a-z0-9-]+)/", path):
            slug = m.group(1)
            if slug in PAGES:
                return _static_page(slug, request)
            story = _BY_SLUG.get(slug)
            if story is None:
                return None
            if "share" in params:
                share = _SHARE.get(params["share"])
                if share is None:
                    return None
                target = share.format(u=quote(base_url(request) + post_path(story), safe=""), t=quote(story.title, safe=""))
                return redirect(target, 302)
            reply = params.get("replytocom", "")
            reply_to = int(reply) if reply.isdigit() else None
            if reply_to is not None and all(c.id != reply_to for c in story.opts.get("comments", [])):
                reply_to = None
            return _article(story, request, reply_to)
        return None


def build_site() -> DiviSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return DiviSchool()
