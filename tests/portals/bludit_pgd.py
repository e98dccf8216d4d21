"""Phòng GD&ĐT huyện Tuy Phước (Bình Định) on Bludit 3.x, a flat-file PHP CMS, with a
community "Mediumish"-like card theme and URL rewriting on.

Platform
--------
Bludit keeps every page as a folder of JSON and HTML files; there is no database and no
difference between a blog post and a static page in the URL: both live at ``/<slug>``. What makes a
page a post is its *type* (published, sticky, static) and that decides only where it is listed.
The theme is Mediumish (Bootstrap 4 cards): a home page of cards, a pager of two links ("Bài mới
hơn" / "Bài cũ hơn", Bludit's ``?page=N``), and a post template::

    <article class="post">
      <div class="mainheading">
        <div class="row post-top-meta"> avatar, "Viết bởi <nickname>" (plain text: Bludit has no
          author pages), <span class="post-date">Tháng Mười Một 20, 2026</span>
          "· Thời gian đọc: 3 phút", "trong <a href=/category/…>Chuyên mục</a>" </div>
        <h1 class="posttitle">…</h1>
      </div>
      <img class="featured-image img-fluid" src="…cover…">
      <div class="article-post"> TinyMCE HTML or Parsedown (Markdown) output </div>
      <div class="after-post-tags"> tags </div>
    </article>
    "Bài viết cùng chuyên mục" card deck, "Bình luận đã tắt.", footer.

Bludit's localised date is the "F j, Y" format in Vietnamese: the month word first
("Tháng Mười Một 20, 2026", "Tháng Chín 3, 2026"); the home and listing cards print
``d/m/Y`` ("20/11/2026"); ``<meta property="article:published_time">`` (the SEO plugin) holds the
ISO date and time on posts only.

URL scheme
----------
- ``/`` home: the sticky post "Bài nổi bật" on top of *every* home page (the first sticky post
  only), then 5 published posts per page, newest first; ``/?page=2``, ``/?page=3``.
- ``/<slug>``: a post or a static page (``/gioi-thieu``, ``/lien-he``, ``/co-cau-to-chuc``).
- ``/category/<key>`` (``?page=N``, 5 per page; sticky posts are listed there too, by date).
- ``/tag/<key>`` (``?page=N``).
- ``/search/<words>``: the Search plugin's result pages, linked from the "Từ khóa" tag cloud.
- ``/sitemap.xml`` (Sitemap plugin: every post *and* every static page), ``/rss.xml`` (RSS
  plugin: the 10 newest published posts), ``/robots.txt`` (Robots plugin, names the sitemap).
- ``/admin/`` answers 302 to ``/admin/login``: Bludit's login form ("Đăng nhập" in the footer).
- Uploads: ``/bl-content/uploads/pages/<uuid>/<file>``, printed as absolute URLs as Bludit does;
  avatars ``/bl-content/uploads/profiles/<user>.png``; theme files under ``/bl-themes/``.

How each gold article is reached
--------------------------------
- ``ke-hoach-ky-niem-44-nam-ngay-nha-giao-viet-nam`` (sticky): on every home page, category
  Thông báo, sitemap.
- ``lich-tiep-cong-dan-nam-hoc-2026-2027`` is a second sticky post: the theme shows only the
  first sticky post on the home page and sticky posts are not in the published list, so it is
  reached only through ``/category/thong-bao`` (page 1), the sitemap and the "Bài viết cùng
  chuyên mục" deck of the other Thông báo posts.
- The 11 published posts: home pages 1-3 (5, 5, 1); the last one (the school-year opening of
  September) only on ``/?page=3``, ``/category/tin-hoat-dong?page=2`` and the sitemap.

Traps
-----
- Posts and static pages share the URL form ``/<slug>``; static pages print the same template
  without date, category or tags (they are in NON_ARTICLES).
- The sticky post is repeated on every home page (same link, one article).
- Tag pages, category pages and search pages are card listings, not articles; the search pages
  are many (one per cloud word) and print cards of posts already listed elsewhere.
- ``/admin/`` is a redirect to a login form.
- "Viết bởi admin": the account credits nobody; the nickname "Nguyễn Thị Hạnh" is a person;
  "Tổ Tiểu học" is a unit that alone signs its post, so it is the author as printed.
- The sitemap lists the static pages with the posts.
- "Thời gian đọc: N phút" sits beside the date: not a date, not text.
- The header prints today's date (TODAY), never a publication date.
- The RSS feed gives pubDate with a time; the page prints only the day.

Gold decisions
--------------
- title: the ``h1.posttitle`` (the ``<title>`` appends " | Phòng GD&ĐT Tuy Phước").
- published_at: the day the post prints (``Tháng Mười Một 20, 2026`` -> "2026-11-20"); the
  meta ``article:published_time`` and the RSS carry a time the page never shows, so by the house
  convention the gold is the printed day.
- authors: a closing byline in the text decides ("Nguyễn Văn Tài - Tổ THCS" -> Nguyễn Văn Tài;
  "Tin: Trần Thị Mỹ Linh; Ảnh: Võ Minh Khoa" -> Linh, photographer Khoa; "Tin, ảnh: X" -> X both;
  the unit in parentheses after a name is dropped). Without a byline the "Viết bởi" nickname:
  "admin" -> nobody, "Nguyễn Thị Hạnh" -> her, "Tổ Tiểu học" -> the unit. Where both the
  nickname and a byline are a person, they are the same person here.
- source: "Nguồn: Sở GD&ĐT Bình Định" -> "Sở GD&ĐT Bình Định".
- summary: only where the editor wrote a bold lead paragraph (it is also the first body
  paragraph); the card text of the listings (Bludit's "description") is not read.
- body: the ``article-post`` text; headings, list items and table rows (cells joined by " | ")
  are paragraphs; the italic caption lines under photos, bylines, the source line, the tags,
  the card deck and "Bình luận đã tắt." are not.
- images: the cover (``featured-image``, caption None: nothing is printed under it) first,
  then the photos in the text in order; a photo's caption is the italic line right under it;
  a Markdown photo with only a file-name alt ("![anh-2](…)") has no caption. Avatars, the logo,
  card thumbnails of other posts are not article images.
- category: the "trong <a>Chuyên mục</a>" link in the post's meta row.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    TODAY,
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

NAME = "bludit_pgd"
PLATFORM = "Bludit 3.x (flat-file PHP) + Mediumish-like theme, pretty URLs"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT Tuy Phước"
SITE_SLOGAN = "Phòng Giáo dục và Đào tạo huyện Tuy Phước - tỉnh Bình Định"
PER_PAGE = 5

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "tap-huan": "Tập huấn",
    "thi-dua": "Thi đua",
    "nha-giao": "Nhà giáo",
    "an-toan-truong-hoc": "An toàn trường học",
    "khoa-hoc-ky-thuat": "Khoa học kỹ thuật",
    "tin-hoc": "Tin học",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
}
#: the tag cloud of the footer links to the Search plugin, not to the tag pages
CLOUD_WORDS = ["tập huấn", "nhà giáo", "học sinh", "thi đua", "an toàn"]

USERS = {
    "admin": "admin",
    "hanhnt": "Nguyễn Thị Hạnh",
    "totieuhoc": "Tổ Tiểu học",
}


def uuid(slug: str) -> str:
    """Bludit's upload folder of a page: a 32-hex uuid (here a stable hash of the slug)."""
    return hashlib.md5(slug.encode("utf-8")).hexdigest()


def up(slug: str, name: str) -> str:
    return f"/bl-content/uploads/pages/{uuid(slug)}/{name}"


# --- the posts (newest first), written as the editors typed them ------------------------------
#
# opts: type ("sticky" | "published"), user (Bludit username), time (the meta's clock), tags,
# cover (file name of the cover image), md (Markdown page: Parsedown output), desc (Bludit's
# "description", printed on the cards). P styles: "lead" (bold lead), "h2", "li" (ordered
# list), "uli" (bullets), "quote", "th"/"td" (table rows, cells joined by " | "), "nfd", "ent".

S_KYNIEM = "ke-hoach-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_TUYENDUONG = "tuyen-duong-86-nha-giao-tieu-bieu-nhan-ngay-20-11"
S_TINHOC = "tap-huan-chuong-trinh-gdpt-2018-mon-tin-hoc"
S_GVDG = "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-2026-2027"
S_KIEMTRA = "lich-kiem-tra-noi-bo-truong-hoc-thang-11-2026"
S_KHKT = "trien-khai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh"
S_DOCSACH = "truong-th-so-1-phuoc-loc-to-chuc-ngay-hoi-doc-sach"
S_DUOINUOC = "tap-huan-phong-chong-duoi-nuoc-cho-hoc-sinh"
S_TT27 = "huong-dan-danh-gia-hoc-sinh-tieu-hoc-theo-thong-tu-27"
S_BAO = "thong-bao-cho-hoc-sinh-nghi-hoc-tranh-bao-so-12"
S_HOINGHI = "hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-thcs"
S_KHAIGIANG = "khai-giang-nam-hoc-moi-2026-2027"
S_TIEPDAN = "lich-tiep-cong-dan-nam-hoc-2026-2027"

STORIES: list[Story] = [
    Story(
        1,
        S_KYNIEM,
        "Kế hoạch tổ chức các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "thong-bao",
        "2026-10-28",
        [
            P(
                "Thực hiện Công văn số 1875/SGDĐT-VP ngày 20/10/2026 của Sở GD&ĐT Bình Định về việc "
                "tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam, Phòng GD&ĐT huyện Tuy Phước "
                "xây dựng kế hoạch như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h2"),
            P(
                "Tôn vinh nhà giáo và cán bộ quản lý giáo dục; khơi dậy truyền thống tôn sư trọng đạo "
                "trong học sinh và toàn xã hội."
            ),
            P("II. NỘI DUNG HOẠT ĐỘNG", "h2"),
            P(
                "Tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS (từ ngày 10 đến 14/11/2026).",
                "li",
            ),
            P(
                "Phát động đợt thi đua “Hai tốt” trong toàn ngành từ ngày 01/11 đến 20/11/2026.",
                "li",
            ),
            P("Thăm hỏi, tặng quà các nhà giáo lão thành, nhà giáo có hoàn cảnh khó khăn.", "li"),
            P(
                "Tổ chức Lễ tuyên dương nhà giáo tiêu biểu vào sáng ngày 19/11/2026 tại Hội trường huyện.",
                "li",
            ),
            P(
                "Các trường căn cứ kế hoạch này xây dựng kế hoạch của đơn vị, báo cáo kết quả về Phòng "
                "(qua Tổ Văn phòng) trước ngày 25/11/2026."
            ),
        ],
        opts={
            "type": "sticky",
            "user": "admin",
            "time": "07:45:12",
            "tags": ["nha-giao", "thi-dua"],
            "cover": "ngay-nha-giao-2026.jpg",
            "desc": "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam năm 2026.",
        },
    ),
    Story(
        2,
        S_TUYENDUONG,
        "Tuy Phước tuyên dương 86 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-23",
        [
            P(
                "Sáng 19/11, Phòng GD&ĐT huyện Tuy Phước tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                "Nam và tuyên dương 86 nhà giáo, cán bộ quản lý tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có lãnh đạo Huyện ủy, UBND huyện, Sở GD&ĐT Bình Định cùng hơn 300 thầy cô "
                "giáo đại diện các trường mầm non, tiểu học và THCS trên địa bàn."
            ),
            Img(
                up(S_TUYENDUONG, "le-tuyen-duong-1.jpg"),
                "Quang cảnh buổi lễ",
                "Quang cảnh buổi lễ",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Lê Văn Đức, Trưởng phòng GD&ĐT, ghi nhận những nỗ lực của "
                "đội ngũ nhà giáo trong năm học vừa qua: tỷ lệ học sinh hoàn thành chương trình tiểu "
                "học đạt 99,8%, tốt nghiệp THCS đạt 99,5%; 42 học sinh đạt giải học sinh giỏi cấp tỉnh."
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 86 nhà giáo tiêu biểu; 12 thầy cô được "
                "đề nghị Giám đốc Sở GD&ĐT tặng Bằng khen."
            ),
            Img(
                up(S_TUYENDUONG, "le-tuyen-duong-2.jpg"),
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Hạnh</strong></p>'),
        ],
        authors=["Nguyễn Thị Hạnh"],
        photographers=["Nguyễn Thị Hạnh"],
        summary=(
            "Sáng 19/11, Phòng GD&ĐT huyện Tuy Phước tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam và tuyên dương 86 nhà giáo, cán bộ quản lý tiêu biểu năm học 2025-2026."
        ),
        opts={
            "type": "published",
            "user": "hanhnt",
            "time": "16:20:03",
            "tags": ["nha-giao", "thi-dua"],
            "cover": "tuyen-duong-cover.jpg",
            "desc": "86 nhà giáo, cán bộ quản lý tiêu biểu được tuyên dương năm 2026.",
        },
    ),
    Story(
        3,
        S_TINHOC,
        "Tập huấn Chương trình GDPT 2018 môn Tin học cho giáo viên tiểu học",
        "chuyen-mon",
        "2026-11-18",
        [
            P(
                "Trong hai ngày 16 và 17/11/2026, tại Trường TH số 2 Tuy Phước, Phòng GD&ĐT tổ chức "
                "tập huấn dạy học môn Tin học lớp 3, 4, 5 theo Chương trình GDPT 2018 cho 64 giáo viên "
                "dạy Tin học các trường tiểu học trong huyện."
            ),
            P("Nội dung tập huấn", "h2"),
            P(
                "Phương pháp dạy học chủ đề “Máy tính và em” và “Giải quyết vấn đề với sự trợ giúp của máy tính”.",
                "li",
            ),
            P("Dạy học lập trình trực quan với Scratch cho học sinh lớp 4, 5.", "li"),
            P("Xây dựng ma trận, đề kiểm tra định kỳ theo Thông tư 27/2020/TT-BGDĐT.", "li"),
            Img(
                up(S_TINHOC, "tap-huan-tin-hoc.jpg"),
                "Giáo viên thực hành lập trình Scratch tại phòng máy",
                "Giáo viên thực hành lập trình Scratch tại phòng máy",
                "em",
            ),
            P("Kết quả", "h2"),
            P(
                "100% học viên hoàn thành bài thực hành và sản phẩm cuối khóa; các tổ chuyên môn sẽ tiếp "
                "tục sinh hoạt chuyên đề tại trường trong tháng 12."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={
            "type": "published",
            "user": "totieuhoc",
            "time": "10:05:41",
            "tags": ["tap-huan", "tin-hoc", "tieu-hoc"],
            "cover": "tin-hoc-cover.jpg",
            "desc": "64 giáo viên Tin học tiểu học tham gia tập huấn.",
        },
    ),
]

STORIES += [
    Story(
        4,
        S_GVDG,
        "Hội thi Giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027",
        "tin-hoat-dong",
        "2026-11-14",
        [
            P(
                "Từ ngày 10 đến 14/11/2026, Phòng GD&ĐT huyện Tuy Phước tổ chức Hội thi Giáo viên dạy "
                "giỏi cấp huyện bậc THCS năm học 2026-2027 tại Trường THCS Phước Hòa và Trường THCS "
                "thị trấn Tuy Phước."
            ),
            P(
                "Tham gia hội thi có 58 giáo viên của 14 trường THCS, dự thi ở 9 môn: Ngữ văn, Toán, "
                "Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lý, Giáo dục công dân, Tin học, Công nghệ "
                "và Giáo dục thể chất. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy "
                "và dạy hai tiết thực hành trên lớp."
            ),
            Img(
                up(S_GVDG, "gvdg-thcs-1.jpg"),
                "Cô Nguyễn Thị Thu Trang (THCS Phước Hưng) dạy tiết thực hành môn Ngữ văn",
                "Cô Nguyễn Thị Thu Trang (THCS Phước Hưng) dạy tiết thực hành môn Ngữ văn",
                "em",
            ),
            P("Kết quả hội thi theo môn:"),
            P("Môn | Số GV dự thi | Đạt GVDG | Tỷ lệ", "th"),
            P("Ngữ văn | 9 | 7 | 77,8%", "td"),
            P("Toán | 9 | 8 | 88,9%", "td"),
            P("Tiếng Anh | 7 | 6 | 85,7%", "td"),
            P("Khoa học tự nhiên | 8 | 6 | 75,0%", "td"),
            P("Lịch sử và Địa lý | 6 | 5 | 83,3%", "td"),
            P("Các môn còn lại | 19 | 15 | 78,9%", "td"),
            P("Tổng cộng | 58 | 47 | 81,0%", "td"),
            P(
                "Ban giám khảo đánh giá các tiết dạy đã vận dụng tốt phương pháp dạy học tích cực, "
                "khai thác hiệu quả thiết bị và học liệu số. Một số tiết dạy còn phân bố thời gian chưa "
                "hợp lý ở phần luyện tập, vận dụng."
            ),
            P(
                "Phòng GD&ĐT sẽ tổ chức tổng kết, khen thưởng và chọn giáo viên tham dự hội thi cấp tỉnh "
                "vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Nguyễn Văn Tài - Tổ THCS</em></strong></p>'
            ),
        ],
        authors=["Nguyễn Văn Tài"],
        opts={
            "type": "published",
            "user": "admin",
            "time": "17:32:50",
            "tags": ["thi-dua", "thcs"],
            "cover": "gvdg-thcs-cover.jpg",
            "desc": "47/58 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện.",
        },
    ),
    Story(
        5,
        S_KIEMTRA,
        "Thông báo lịch kiểm tra nội bộ trường học tháng 11/2026",
        "thong-bao",
        "2026-11-10",
        [
            P(
                "Phòng GD&ĐT thông báo lịch kiểm tra nội bộ các trường học trong tháng 11/2026 như sau:"
            ),
            P("Ngày | Đơn vị | Nội dung | Trưởng đoàn", "th"),
            P("17/11 | TH số 1 Phước Lộc | Hồ sơ chuyên môn | Lê Văn Đức", "td"),
            P("19/11 | THCS Phước Sơn | Công tác thư viện, thiết bị | Trần Minh Hiếu", "td"),
            P("24/11 | MN Phước Thuận | Bán trú, an toàn thực phẩm | Nguyễn Thị Hạnh", "td"),
            P("26/11 | THCS Phước Hưng | Kiểm tra toàn diện | Lê Văn Đức", "td"),
            P("Các đơn vị chuẩn bị đầy đủ hồ sơ theo Hướng dẫn số 215/PGDĐT ngày 02/10/2026."),
        ],
        opts={"type": "published", "user": "admin", "time": "08:02:00", "tags": []},
    ),
    Story(
        6,
        S_KHKT,
        "Sở GD&ĐT triển khai Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        "chuyen-mon",
        "2026-11-05",
        [
            P(
                "Sở GD&ĐT Bình Định vừa ban hành kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh "
                "dành cho học sinh trung học năm học 2026-2027. Học sinh từ lớp 8 đến lớp 12 được đăng "
                "ký dự thi cá nhân hoặc theo nhóm hai người."
            ),
            P(
                "Mục đích của cuộc thi là khuyến khích học sinh nghiên cứu, sáng tạo khoa học, công "
                "nghệ, kỹ thuật và vận dụng kiến thức đã học vào giải quyết những vấn đề thực tiễn cuộc "
                "sống.",
                "quote",
            ),
            P(
                "Dự án dự thi thuộc 22 lĩnh vực, trong đó có khoa học xã hội và hành vi, hệ thống nhúng, "
                "kỹ thuật môi trường, phần mềm hệ thống. Hồ sơ gửi về Sở trước ngày 15/12/2026; vòng "
                "chung kết dự kiến tổ chức vào tháng 01/2027."
            ),
            P(
                "Phòng GD&ĐT đề nghị Hiệu trưởng các trường THCS tổ chức cuộc thi cấp trường, chọn dự án "
                "tiêu biểu gửi về Phòng (qua Tổ THCS) trước ngày 05/12/2026 để thẩm định."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Bình Định</em></p>'),
        ],
        source="Sở GD&ĐT Bình Định",
        opts={
            "type": "published",
            "user": "admin",
            "time": "09:15:27",
            "tags": ["khoa-hoc-ky-thuat", "thcs"],
            "cover": "khkt-2027.jpg",
            "desc": "Hồ sơ dự thi gửi về Sở trước ngày 15/12/2026.",
        },
    ),
    Story(
        7,
        S_DOCSACH,
        "Trường TH số 1 Phước Lộc tổ chức Ngày hội đọc sách",
        "tin-hoat-dong",
        "2026-10-31",
        [
            P(
                "Ngày 30/10, Trường TH số 1 Phước Lộc tổ chức Ngày hội đọc sách với chủ đề “Mỗi ngày "
                "một trang sách hay” cho hơn 600 học sinh của trường."
            ),
            Img(
                up(S_DOCSACH, "doc-sach-1.jpg"),
                "Học sinh khối 3 đọc sách tại Thư viện xanh",
                "Học sinh khối 3 đọc sách tại Thư viện xanh",
                "md-em",
            ),
            P(
                "Các lớp tham gia trưng bày sách, kể chuyện theo sách, vẽ tranh minh họa nhân vật và "
                "đố vui về các tác phẩm thiếu nhi. Phụ huynh đã quyên góp hơn 1.200 đầu sách cho tủ sách "
                "lớp học."
            ),
            Img(up(S_DOCSACH, "IMG_20261030_0912.jpg"), None, None, "md"),
            P("Nhà trường sẽ duy trì tiết đọc thư viện mỗi tuần một lần đến hết năm học."),
            Raw("<p><strong>Tin: Trần Thị Mỹ Linh; Ảnh: Võ Minh Khoa</strong></p>"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Võ Minh Khoa"],
        opts={
            "type": "published",
            "user": "admin",
            "time": "14:48:09",
            "tags": ["tieu-hoc"],
            "md": True,
            "desc": "",
        },
    ),
    Story(
        8,
        S_DUOINUOC,
        "Tập huấn công tác phòng, chống đuối nước cho học sinh",
        "tin-hoat-dong",
        "2026-10-26",
        [
            P(
                "Ngày 24/10/2026, Phòng GD&ĐT phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức tập "
                "huấn kỹ năng phòng, chống đuối nước cho 120 giáo viên giáo dục thể chất và tổng phụ "
                "trách Đội.",
                "ent",
            ),
            P(
                "Học viên được hướng dẫn cách nhận biết nguy cơ đuối nước, kỹ thuật cứu đuối an toàn, sơ "
                "cứu hô hấp nhân tạo và cách tổ chức dạy bơi cho học sinh tại hồ bơi di động."
            ),
            Img(
                up(S_DUOINUOC, "so-cuu.jpg"),
                "Giáo viên thực hành sơ cứu nạn nhân đuối nước",
                "Giáo viên thực hành sơ cứu nạn nhân đuối nước",
                "em",
            ),
            P(
                "Năm học 2026-2027, huyện phấn đấu 75% học sinh tiểu học lớp 4, 5 biết bơi an toàn, đặc "
                "biệt ở các xã ven đầm Thị Nại."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Phạm Quốc Bảo (Trường THCS Phước Sơn)'
                "</strong></p>"
            ),
        ],
        authors=["Phạm Quốc Bảo"],
        photographers=["Phạm Quốc Bảo"],
        opts={
            "type": "published",
            "user": "admin",
            "time": "11:00:00",
            "tags": ["tap-huan", "an-toan-truong-hoc"],
            "cover": "duoi-nuoc-cover.jpg",
            "desc": "120 giáo viên tham gia tập huấn kỹ năng phòng, chống đuối nước.",
        },
    ),
]

STORIES += [
    Story(
        9,
        S_TT27,
        "Hướng dẫn đánh giá học sinh tiểu học theo Thông tư 27/2020/TT-BGDĐT",
        "chuyen-mon",
        "2026-10-20",
        [
            P(
                "Để thống nhất cách đánh giá học sinh tiểu học trong năm học 2026-2027, Phòng GD&ĐT "
                "hướng dẫn một số nội dung trọng tâm như sau.",
                "lead",
            ),
            P("1. Đánh giá thường xuyên", "h2"),
            P(
                "Giáo viên sử dụng linh hoạt các phương pháp quan sát, vấn đáp, kiểm tra viết, đánh giá "
                "qua sản phẩm học tập; nhận xét bằng lời là chủ yếu, không ghi nhận xét tràn lan vào vở "
                "của học sinh."
            ),
            P("2. Đánh giá định kỳ", "h2"),
            P(
                "Giữa học kỳ I, cuối học kỳ I, giữa học kỳ II và cuối năm học đối với các môn học, hoạt động giáo dục.",
                "uli",
            ),
            P(
                "Bài kiểm tra định kỳ môn Tiếng Việt, Toán lớp 4, 5 có thêm giữa học kỳ I và giữa học kỳ II.",
                "uli",
            ),
            P("Đề kiểm tra gồm các câu hỏi ở ba mức độ, tỷ lệ do tổ chuyên môn thống nhất.", "uli"),
            P("3. Hồ sơ đánh giá", "h2"),
            P(
                "Học bạ, bảng tổng hợp kết quả đánh giá giáo dục của lớp được thực hiện trên phần mềm "
                "quản lý trường học; nhà trường in, ký và lưu trữ theo quy định."
            ),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc các trường liên hệ bà Nguyễn Thị Hạnh, "
                "chuyên viên Tổ Tiểu học, số điện thoại 0905 112 468."
            ),
        ],
        authors=["Nguyễn Thị Hạnh"],
        summary=(
            "Để thống nhất cách đánh giá học sinh tiểu học trong năm học 2026-2027, Phòng GD&ĐT "
            "hướng dẫn một số nội dung trọng tâm như sau."
        ),
        opts={
            "type": "published",
            "user": "hanhnt",
            "time": "15:12:44",
            "tags": ["tieu-hoc", "tap-huan"],
            "desc": "Một số nội dung trọng tâm về đánh giá học sinh tiểu học.",
        },
    ),
    Story(
        10,
        S_BAO,
        "Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
        "thong-bao",
        "2026-10-15",
        [
            P(
                "Do ảnh hưởng của bão số 12, Phòng GD&ĐT thông báo học sinh toàn huyện nghỉ học ngày "
                "16/10/2026 (thứ Sáu)."
            ),
            P(
                "Hiệu trưởng các trường phân công trực, bảo vệ tài sản và báo cáo thiệt hại (nếu có) về Phòng."
            ),
        ],
        opts={
            "type": "published",
            "user": "admin",
            "time": "21:10:00",
            "tags": ["an-toan-truong-hoc"],
        },
    ),
    Story(
        11,
        S_HOINGHI,
        "Hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc THCS",
        "tin-hoat-dong",
        "2026-10-09",
        [
            P(
                "Ngày 08/10, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc THCS "
                "cho hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn 14 trường THCS.",
                "lead",
            ),
            P(
                "Năm học này, bậc THCS tập trung thực hiện Chương trình GDPT 2018 ở cả bốn khối lớp, đổi "
                "mới kiểm tra, đánh giá theo Thông tư 22/2021/TT-BGDĐT và nâng cao chất lượng dạy học "
                "môn Tiếng Anh."
            ),
            Img(
                up(S_HOINGHI, "hoi-nghi-thcs.jpg"),
                "Đại biểu dự hội nghị tại Hội trường Phòng GD&ĐT",
                "Đại biểu dự hội nghị tại Hội trường Phòng GD&ĐT",
                "em",
            ),
            P(
                "Các đơn vị đã thảo luận về việc dạy học hai buổi/ngày, tổ chức câu lạc bộ STEM và giải "
                "pháp giảm tỷ lệ học sinh bỏ học ở các xã vùng khó khăn."
            ),
            Raw('<p style="text-align: right;"><strong>Nguyễn Văn Tài - Tổ THCS</strong></p>'),
        ],
        authors=["Nguyễn Văn Tài"],
        summary=(
            "Ngày 08/10, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 bậc THCS "
            "cho hiệu trưởng, phó hiệu trưởng và tổ trưởng chuyên môn 14 trường THCS."
        ),
        opts={
            "type": "published",
            "user": "admin",
            "time": "10:30:18",
            "tags": ["thcs", "tap-huan"],
            "cover": "hoi-nghi-cover.jpg",
            "desc": "Triển khai nhiệm vụ trọng tâm năm học 2026-2027 bậc THCS.",
        },
    ),
    Story(
        12,
        S_KHAIGIANG,
        "Khai giảng năm học mới 2026-2027: hơn 22.000 học sinh Tuy Phước náo nức đến trường",
        "tin-hoat-dong",
        "2026-09-05",
        [
            P(
                "Sáng 05/9, hơn 22.000 học sinh mầm non, tiểu học và THCS của huyện Tuy Phước đã dự lễ "
                "khai giảng năm học mới 2026-2027 trong không khí vui tươi, phấn khởi."
            ),
            Img(
                up(S_KHAIGIANG, "khai-giang-1.jpg"),
                "Học sinh lớp 1 Trường TH thị trấn Tuy Phước trong ngày đầu đến trường",
                "Học sinh lớp 1 Trường TH thị trấn Tuy Phước trong ngày đầu đến trường",
                "em",
            ),
            P(
                "Tại các điểm trường, lãnh đạo huyện và các xã đã đến dự, đánh trống khai trường và trao "
                "học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt.",
                "nfd",
            ),
            P(
                "Năm học này toàn huyện có 58 trường với 712 lớp; 100% trường tiểu học tổ chức dạy học "
                "hai buổi/ngày."
            ),
            Img(
                up(S_KHAIGIANG, "khai-giang-2.jpg"),
                "Lãnh đạo huyện đánh trống khai giảng tại Trường THCS Phước Hòa",
                "Lãnh đạo huyện đánh trống khai giảng tại Trường THCS Phước Hòa",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Hạnh</strong></p>'),
        ],
        authors=["Nguyễn Thị Hạnh"],
        photographers=["Nguyễn Thị Hạnh"],
        opts={
            "type": "published",
            "user": "hanhnt",
            "time": "11:40:05",
            "tags": ["nha-giao"],
            "cover": "khai-giang-cover.jpg",
            "desc": "Hơn 22.000 học sinh dự lễ khai giảng năm học mới.",
        },
    ),
    Story(
        13,
        S_TIEPDAN,
        "Lịch tiếp công dân của Trưởng phòng GD&ĐT năm học 2026-2027",
        "thong-bao",
        "2026-09-03",
        [
            P(
                "Trưởng phòng GD&ĐT tiếp công dân vào sáng thứ Năm hằng tuần tại Phòng tiếp dân, số 12 Đào Tấn."
            ),
            P("Trường hợp trùng ngày lễ, lịch tiếp công dân chuyển sang ngày làm việc kế tiếp."),
        ],
        opts={"type": "sticky", "user": "admin", "time": "07:30:00", "tags": []},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
#: Bludit's published list (sticky posts are a type of their own, not in it), newest first
PUBLISHED = [s for s in STORIES if s.opts["type"] == "published"]
STICKY = [s for s in STORIES if s.opts["type"] == "sticky"]

#: static pages: same URL form, same template, no date, no category, no tags
STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo huyện Tuy Phước là cơ quan chuyên môn thuộc UBND huyện, tham "
        "mưu, giúp UBND huyện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.</p>"
        "<p>Toàn huyện hiện có 58 trường học với hơn 22.000 học sinh và 1.450 cán bộ, giáo viên, "
        "nhân viên.</p>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Số 12 Đào Tấn, thị trấn Tuy Phước, huyện Tuy Phước, tỉnh Bình Định.</p>"
        "<p>Điện thoại: 0256 3833 215 - Email: pgdtuyphuoc@binhdinh.edu.vn</p>"
        '<form class="contact3" method="post" action="/lien-he"><input name="name" placeholder="Họ tên">'
        '<textarea name="message"></textarea><button type="submit">Gửi</button></form>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<h2>Lãnh đạo Phòng</h2><ul><li>Trưởng phòng: Lê Văn Đức</li>"
        "<li>Phó Trưởng phòng: Trần Minh Hiếu</li></ul><h2>Các tổ chuyên môn</h2>"
        "<table><tbody><tr><td>Tổ Văn phòng</td><td>0256 3833 215</td></tr>"
        "<tr><td>Tổ Mầm non</td><td>0256 3833 216</td></tr>"
        "<tr><td>Tổ Tiểu học</td><td>0256 3833 217</td></tr>"
        "<tr><td>Tổ THCS</td><td>0256 3833 218</td></tr></tbody></table>",
    ),
}

GOLD = [gold_record(s, f"/{s.slug}", CATEGORIES[s.cat]) for s in STORIES]
for _g, _s in zip(GOLD, STORIES, strict=True):
    # the cover (printed as <img class="featured-image">, nothing under it) is the first photo
    if _s.opts.get("cover"):
        _g["images"].insert(0, {"path": up(_s.slug, _s.opts["cover"]), "caption": None})

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/co-cau-to-chuc",
    "/tag/tap-huan",
    "/category/chuyen-mon",
]


# --- printing -------------------------------------------------------------------------------

MONTHS = [
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]
_RFC_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_RFC_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at.split("-"))
    return y, m, d


def date_long(story: Story) -> str:
    """Bludit's "F j, Y" in vi_VN: "Tháng Mười Một 20, 2026"."""
    y, m, d = _ymd(story)
    return f"{MONTHS[m - 1]} {d}, {y}"


def date_card(story: Story) -> str:
    y, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def date_rfc(story: Story) -> str:
    import datetime as _dt

    y, m, d = _ymd(story)
    wd = _dt.date(y, m, d).weekday()
    return f"{_RFC_DAYS[wd]}, {d:02d} {_RFC_MONTHS[m - 1]} {y} {story.opts['time']} +0700"


def nickname(story: Story) -> str:
    return USERS[story.opts["user"]]


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)


def plain_text(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P))


def reading_time(story: Story) -> int:
    return max(1, round(len(plain_text(story).split()) / 200))


def card_text(story: Story) -> str:
    """The card's line: the description, or the start of the text when there is none."""
    desc = story.opts.get("desc")
    if desc:
        return desc
    words = plain_text(story).split()
    return " ".join(words[:24]) + " ..."


def _para_text(p: P) -> str:
    if p.style == "nfd":
        return text(p.text, nfd=True)
    if p.style == "ent":
        return text(p.text, entities=2)
    return text(p.text)


def _img(request: Request, img: Img, alt: str = "", sized: bool = True) -> str:
    size = ' width="800" height="533"' if sized else ""
    return f'<img src="{base_url(request)}{img.src}" alt="{esc(alt)}"{size} />'


def render_html_body(request: Request, story: Story) -> str:
    """TinyMCE output of the editor: lists and tables grouped, photos with an italic line."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(f'<p style="text-align: center;">{_img(request, b)}</p>')
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "uli"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_para_text(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = (
                        "<thead><tr>"
                        + "".join(f"<th>{esc(c)}</th>" for c in cells)
                        + "</tr></thead>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table class="table" style="border-collapse: collapse; width: 100%;" border="1">'
                f"{head}<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h2":
            out.append(f"<h2>{_para_text(b)}</h2>")
        elif b.style == "lead":
            out.append(f"<p><strong>{_para_text(b)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{_para_text(b)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{_para_text(b)}</p>')
        i += 1
    return "\n".join(out)


def render_markdown_body(request: Request, story: Story) -> str:
    """Parsedown output of a Markdown page: bare <p>, a photo alone in its <p> with its alt."""
    out: list[str] = []
    for b in story.blocks:
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = "anh-1" if b.style == "md-em" else b.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
            out.append(f"<p>{_img(request, b, alt, sized=False)}</p>")
            if b.printed:
                out.append(f"<p><em>{esc(b.printed)}</em></p>")
        else:
            out.append(f"<p>{_para_text(b)}</p>")
    return "\n".join(out)


# --- theme: layout, cards, pager ------------------------------------------------------------


def search_href(words: str) -> str:
    """The Search plugin's address, as its script builds it (encodeURIComponent)."""
    return "/search/" + quote(words, safe="")


def layout(request: Request, title: str, main: str, head: str = "", description: str = "") -> str:
    base = base_url(request)
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>'
        for href, label in [
            ("/", "Trang chủ"),
            ("/gioi-thieu", "Giới thiệu"),
            ("/category/tin-hoat-dong", "Tin hoạt động"),
            ("/category/chuyen-mon", "Chuyên môn"),
            ("/category/thong-bao", "Thông báo"),
            ("/co-cau-to-chuc", "Cơ cấu tổ chức"),
            ("/lien-he", "Liên hệ"),
        ]
    )
    latest = "".join(
        f'<li><a href="/{s.slug}">{esc(s.title)}</a></li>' for s in sorted_posts(PUBLISHED)[:5]
    )
    cloud = " ".join(
        f'<a class="tag-cloud-{i % 3 + 1}" href="{search_href(w)}">{esc(w)}</a>'
        for i, w in enumerate(CLOUD_WORDS)
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Bludit">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_SLOGAN)}">
<link rel="icon" type="image/png" href="{base}/bl-content/uploads/favicon.png">
<link rel="stylesheet" href="{base}/bl-kernel/css/bootstrap.min.css?version=3.15.0">
<link rel="stylesheet" href="{base}/bl-themes/mediumish/css/mediumish.css?version=3.15.0">
<link rel="alternate" type="application/rss+xml" href="{base}/rss.xml" title="RSS Feed">
{head}
</head>
<body>
<div class="topbar small text-muted"><div class="container">{esc(TODAY)} &middot; Đường dây nóng: 0256 3833 215</div></div>
<nav class="navbar navbar-toggleable-md navbar-light bg-white fixed-top mediumnavigation">
<div class="container">
<a class="navbar-brand" href="{base}/"><img src="{base}/bl-content/uploads/logo-pgd.png" alt="logo" class="logo">
{esc(SITE_TITLE)}</a>
<div class="collapse navbar-collapse" id="navbarsWow"><ul class="navbar-nav ml-auto">{menu}</ul>
<div class="plugin plugin-search"><input type="text" id="jspluginSearchText" placeholder="Tìm kiếm">
<input type="button" value="Tìm" onClick="pluginSearch()"></div>
</div>
</div>
</nav>
<div class="site-content"><div class="container">
<div class="mainheading-site"><h1 class="sitetitle">{esc(SITE_TITLE)}</h1><p class="lead">{esc(SITE_SLOGAN)}</p></div>
{main}
</div></div>
<div class="container"><div class="row sidebar-row">
<div class="col-md-4 plugin plugin-navigation"><h2 class="plugin-label">Tin mới</h2><ul>{latest}</ul></div>
<div class="col-md-4 plugin plugin-links"><h2 class="plugin-label">Liên kết website</h2><ul>
<li><a href="https://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</a></li>
<li><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://tuyphuoc.binhdinh.gov.vn">Cổng TTĐT huyện Tuy Phước</a></li></ul></div>
<div class="col-md-4 plugin plugin-tags"><h2 class="plugin-label">Từ khóa</h2><div class="tag-cloud">{cloud}</div></div>
</div></div>
<div class="container"><footer class="footer">
<p class="pull-left">Bản quyền &copy; 2026 {esc(SITE_TITLE)}<br>
Địa chỉ: Số 12 Đào Tấn, thị trấn Tuy Phước, huyện Tuy Phước, tỉnh Bình Định<br>
Điện thoại: 0256 3833 215 - Email: pgdtuyphuoc@binhdinh.edu.vn<br>
Chịu trách nhiệm chính: Lê Văn Đức - Trưởng phòng</p>
<p class="pull-right visits">Đang online: 6 &middot; Hôm nay: 214 &middot; Tổng lượt truy cập: 1.258.437<br>
<a href="{base}/admin/">Đăng nhập</a> &middot; Vận hành bởi <a href="https://www.bludit.com">Bludit</a>
&middot; Giao diện <a href="https://www.wowthemes.net">WowThemes.net</a></p>
<div class="clearfix"></div>
</footer></div>
<script src="{base}/bl-kernel/js/jquery.min.js?version=3.15.0"></script>
<script src="{base}/bl-themes/mediumish/js/mediumish.js?version=3.15.0"></script>
<script>function pluginSearch(){{var t=document.getElementById("jspluginSearchText").value;
window.open("{base}/search/"+encodeURIComponent(t),"_self");}}</script>
</body>
</html>"""


def avatar(request: Request, story: Story | None) -> str:
    user = story.opts["user"] if story else "admin"
    return f'<img class="author-thumb" src="{base_url(request)}/bl-content/uploads/profiles/{user}.png" alt="">'


def card(request: Request, story: Story, listing: bool = False) -> str:
    """A Mediumish card: cover, title, the card text, nickname and the d/m/Y date."""
    base = base_url(request)
    cover = story.opts.get("cover")
    thumb = (
        f'<a href="{base}/{story.slug}"><img class="img-fluid" src="{base}{up(story.slug, cover)}" '
        'alt=""></a>'
        if cover
        else ""
    )
    cls = "card post highlighted" if listing else "card"
    return f"""<div class="{cls}">
<div class="maxthumb">{thumb}</div>
<div class="card-block">
<h2 class="card-title"><a href="{base}/{story.slug}">{esc(story.title)}</a></h2>
<h4 class="card-text">{esc(card_text(story))}</h4>
<div class="metafooter"><div class="wrapfooter">
<span class="meta-footer-thumb">{avatar(request, story)}</span>
<span class="author-meta"><span class="post-name">{esc(nickname(story))}</span><br>
<span class="post-date">{date_card(story)}</span></span>
<span class="post-read-more"><a href="{base}/{story.slug}" title="Đọc tiếp">Đọc tiếp &raquo;</a></span>
</div></div>
</div>
</div>"""


def pager(base_path: str, page: int, pages: int) -> str:
    """Bludit's pager in the theme: newer/older links with ``?page=N`` (page 1 included)."""
    if pages <= 1:
        return ""
    sep = "&" if "?" in base_path else "?"
    newer = (
        f'<a class="newer-posts" href="{base_path}{sep}page={page - 1}">&laquo; Bài mới hơn</a>'
        if page > 1
        else ""
    )
    older = (
        f'<a class="older-posts" href="{base_path}{sep}page={page + 1}">Bài cũ hơn &raquo;</a>'
        if page < pages
        else ""
    )
    return (
        '<div class="bottompagination"><span class="navigation" role="navigation">'
        f'{newer} <span class="page-number">Trang {page} / {pages}</span> {older}</span></div>'
    )


def not_found(request: Request) -> Response:
    main = (
        '<div class="row"><div class="col-md-8 offset-md-2"><h1 class="posttitle">Không tìm thấy trang'
        "</h1><p>Trang bạn yêu cầu không tồn tại.</p></div></div>"
    )
    return html(layout(request, f"Không tìm thấy trang | {SITE_TITLE}", main), status=404)


def page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def listing(
    request: Request, heading: str, posts: list[Story], base_path: str, title: str
) -> Response:
    """A card list of 5 a page: category, tag and search pages."""
    page = page_number(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page is None or page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(request, s, listing=True) for s in chunk) or (
        '<p class="text-muted">Không tìm thấy kết quả nào.</p>'
    )
    main = (
        f'<section class="recent-posts"><div class="section-title"><h2><span>{esc(heading)}</span>'
        f'</h2></div><div class="card-columns listrecent">\n{cards}\n</div></section>'
        + pager(base_path, page, pages)
    )
    return html(layout(request, title, main))


# --- pages ----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    page = page_number(request)
    posts = sorted_posts(PUBLISHED)
    pages = -(-len(posts) // PER_PAGE)
    if page is None or page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    # the theme asks for the first sticky post on every page of the home
    featured = sorted_posts(STICKY)[0]
    main = (
        '<section class="featured-posts"><div class="section-title"><h2><span>Bài nổi bật</span>'
        f'</h2></div><div class="card-columns listfeaturedtag">{card(request, featured)}</div></section>'
        '<section class="recent-posts"><div class="section-title"><h2><span>Bài viết mới</span></h2>'
        '</div><div class="card-columns listrecent">\n'
        + "\n".join(card(request, s) for s in chunk)
        + "\n</div></section>"
        + pager("/", page, pages)
    )
    return html(layout(request, f"{SITE_TITLE} | {SITE_SLOGAN}", main))


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat_key = story.cat
    body = (
        render_markdown_body(request, story)
        if story.opts.get("md")
        else render_html_body(request, story)
    )
    cover = story.opts.get("cover")
    cover_html = (
        f'<img class="featured-image img-fluid" src="{base}{up(story.slug, cover)}" alt="">'
        if cover
        else ""
    )
    tags = "".join(
        f'<li><a href="{base}/tag/{key}">{esc(TAGS[key])}</a></li>'
        for key in story.opts.get("tags", [])
    )
    tags_html = f'<div class="after-post-tags"><ul class="tags">{tags}</ul></div>' if tags else ""
    related = [s for s in sorted_posts(STORIES) if s.cat == cat_key and s is not story][:3]
    deck = "\n".join(card(request, s) for s in related)
    head = (
        f'<link rel="canonical" href="{base}/{story.slug}">\n'
        '<meta property="og:locale" content="vi_VN">\n<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}/{story.slug}">\n'
        f'<meta property="og:site_name" content="{esc(SITE_TITLE)}">\n'
        + (f'<meta property="og:image" content="{base}{up(story.slug, cover)}">\n' if cover else "")
        + f'<meta property="article:published_time" content="{date_iso(story)}">'
    )
    main = f"""<div class="row">
<div class="col-md-2 col-xs-12"><div class="share"><p>Chia sẻ</p><ul>
<li><a target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={base}/{story.slug}">Facebook</a></li>
<li><a target="_blank" href="https://twitter.com/intent/tweet?url={base}/{story.slug}">Twitter</a></li>
</ul></div></div>
<div class="col-md-8 col-md-offset-2 col-xs-12">
<article class="post">
<div class="mainheading">
<div class="row post-top-meta">
<div class="col-md-2">{avatar(request, story)}</div>
<div class="col-md-10">
<span class="author-description">Viết bởi {esc(nickname(story))}</span><br>
<span class="post-date">{date_long(story)}</span><span class="dot"></span>
<span class="post-read">Thời gian đọc: {reading_time(story)} phút</span>
<span class="post-category">trong <a href="{base}/category/{cat_key}">{esc(CATEGORIES[cat_key])}</a></span>
</div>
</div>
<h1 class="posttitle">{esc(story.title)}</h1>
</div>
{cover_html}
<div class="article-post">
{body}
</div>
{tags_html}
</article>
<div class="graybg"><div class="container"><div class="row justify-content-center">
<div class="col-md-12"><h4 class="related-title">Bài viết cùng chuyên mục</h4>
<div class="card-deck listrelated">
{deck}
</div></div></div></div></div>
<div id="comments" class="comments"><p class="text-muted">Bình luận đã tắt.</p></div>
</div>
</div>"""
    return html(
        layout(request, f"{story.title} | {SITE_TITLE}", main, head, story.opts.get("desc", ""))
    )


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    title, content = STATIC_PAGES[slug]
    main = f"""<div class="row"><div class="col-md-8 col-md-offset-2 col-xs-12">
<article class="post">
<div class="mainheading">
<div class="row post-top-meta">
<div class="col-md-2">{avatar(request, None)}</div>
<div class="col-md-10"><span class="author-description">Viết bởi admin</span><br>
<span class="post-read">Thời gian đọc: 1 phút</span></div>
</div>
<h1 class="posttitle">{esc(title)}</h1>
</div>
<div class="article-post">
{content}
</div>
</article>
</div></div>"""
    head = f'<link rel="canonical" href="{base}/{slug}">'
    return html(layout(request, f"{title} | {SITE_TITLE}", main, head))


def search_page(request: Request, words: str) -> Response:
    needle = unicodedata.normalize("NFC", words).casefold().strip()
    hits = [
        s
        for s in sorted_posts(STORIES)
        if needle
        and needle in unicodedata.normalize("NFC", s.title + " " + plain_text(s)).casefold()
    ]
    return listing(
        request,
        f"Kết quả tìm kiếm: {words}",
        hits,
        search_href(words),
        f"Tìm kiếm: {words} | {SITE_TITLE}",
    )


def sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [f"<url><loc>{base}/</loc><changefreq>daily</changefreq></url>"]
    for s in sorted_posts(STORIES):
        urls.append(f"<url><loc>{base}/{s.slug}</loc><lastmod>{s.published_at}</lastmod></url>")
    for slug in STATIC_PAGES:
        urls.append(f"<url><loc>{base}/{slug}</loc><lastmod>2026-08-15</lastmod></url>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/{s.slug}</link>"
        f"<description>{esc(card_text(s))}</description><pubDate>{date_rfc(s)}</pubDate>"
        f'<guid isPermaLink="false">{uuid(s.slug)}</guid></item>\n'
        for s in sorted_posts(PUBLISHED)[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{esc(SITE_TITLE)}</title><link>{base}/</link>"
        f"<description>{esc(SITE_SLOGAN)}</description>\n{items}</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def robots(request: Request) -> Response:
    body = f"User-agent: *\nDisallow: /admin/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
    return Response(200, body, {"Content-Type": "text/plain; charset=UTF-8"})


def admin_login(request: Request) -> Response:
    base = base_url(request)
    body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bludit</title>
<link rel="stylesheet" href="{base}/bl-kernel/admin/themes/booty/css/bludit.css?version=3.15.0">
</head><body class="login">
<div class="container"><div class="row justify-content-md-center pt-5"><div class="col-md-4 pt-5">
<h1 class="text-center mb-5 mt-5 font-weight-normal text-uppercase" style="color: #555;">{esc(SITE_TITLE)}</h1>
<form method="post" action="{base}/admin/login" autocomplete="off">
<input type="hidden" id="jstokenCSRF" name="tokenCSRF" value="{uuid("csrf")[:40]}">
<div class="form-group"><input type="text" name="username" class="form-control" placeholder="Tên đăng nhập" autofocus></div>
<div class="form-group"><input type="password" name="password" class="form-control" placeholder="Mật khẩu"></div>
<div class="form-check"><input class="form-check-input" type="checkbox" value="true" id="jsremember" name="remember">
<label class="form-check-label" for="jsremember">Ghi nhớ đăng nhập</label></div>
<div class="form-group mt-4"><button type="submit" class="btn btn-primary btn-block" name="save">Đăng nhập</button></div>
</form>
<p class="text-center"><a href="{base}/">Quay lại trang chủ</a></p>
</div></div></div></body></html>"""
    return html(body)


class BluditSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith(("/bl-content/", "/bl-themes/", "/bl-kernel/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/robots.txt":
            return robots(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if path == "/rss.xml":
            return rss(request)
        if path in ("/admin", "/admin/"):
            return redirect(base_url(request) + "/admin/login", 302)
        if path == "/admin/login":
            return admin_login(request)
        if m := re.fullmatch(r"/category/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return not_found(request)
            posts = [s for s in sorted_posts(STORIES) if s.cat == key]
            name = CATEGORIES[key]
            return listing(request, name, posts, path, f"{name} | {SITE_TITLE}")
        if m := re.fullmatch(r"/tag/([a-z0-9-]+)", path):
            key = m.group(1)
            if key not in TAGS:
                return not_found(request)
            posts = [s for s in sorted_posts(STORIES) if key in s.opts.get("tags", [])]
            return listing(
                request, f"Từ khóa: {TAGS[key]}", posts, path, f"{TAGS[key]} | {SITE_TITLE}"
            )
        if path.startswith("/search/"):
            words = unquote(path[len("/search/") :]).replace("+", " ")
            return search_page(request, words)
        slug = path.strip("/") if path.count("/") == 1 else ""
        if slug in BY_SLUG and not request.query:
            return post_page(request, BY_SLUG[slug])
        if slug in STATIC_PAGES and not request.query:
            return static_page(request, slug)
        return not_found(request)


def build_site() -> BluditSite:
    return BluditSite()
