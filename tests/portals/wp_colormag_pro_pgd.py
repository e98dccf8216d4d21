"""Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên (Hà Tĩnh): WordPress 6.5 with the ColorMag Pro theme.

Platform
--------
WordPress 6.5 (vi locale), theme ColorMag Pro 4.x by ThemeGrill: a news-bar on top (the date as
``date_i18n('l, F j, Y')`` prints it, "Thứ Bảy, Tháng Mười Hai 5, 2026", the breaking-news ticker
"Tin mới", social icons), the logo row, the primary menu with drop-downs and a mega menu, the
random-post icon and the search box. Plugins as a provincial school portal runs them: Breadcrumb
NavXT (half translated: "Go to the … category archives." titles), WP-PageNavi, Jetpack (Open
Graph tags in UTC, the "Chia sẻ:" sharedaddy buttons), Post Views Counter, WordPress Popular
Posts ("Tin đọc nhiều"), WP Rocket (lazy images), Easy Table of Contents, Last Modified Info,
WP Statistics (visitor counter), WP-Polls. Permalinks ``/%postname%.html``; every other archive
keeps WordPress' trailing slash.

URL scheme
----------
- ``/``: front page made of ColorMag widgets (slider, "ColorMag: Featured Posts (Style 1/2)" blocks
  per category, "Văn bản mới" list); the theme's main loop is hidden, so there is no /page/2/.
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/`` (4 posts a page, parent categories
  list their children's posts); sub-category ``/category/tin-tuc/hoat-dong-chuyen-mon/``.
- posts ``/<slug>.html``; a post's own sub-pages ``/<slug>.html/<n>/`` (``<!--nextpage-->``),
  ``/<slug>.html/comment-page-<n>/`` (paged comments) and ``/<slug>.html/<attachment>/``.
- ``/tag/<slug>/``, ``/author/<user>/``, ``/<yyyy>/<mm>/`` (+ ``page/<n>/``), ``/?s=`` search,
  ``/?p=<id>`` shortlinks (301), pages ``/gioi-thieu/`` and ``/lien-he/``, ``/feed/``,
  ``/robots.txt`` with the core sitemaps (``/wp-sitemap.xml``).

Page templates
--------------
single.php: ``article.post`` > ``.featured-image`` (the 800x445 crop) + ``.article-content`` >
``.above-entry-meta`` (colour category labels) + ``h1.entry-title`` + ``.below-entry-meta``
(date link with the time in its title attribute, account, views, comments count, tags) +
``.entry-content`` (the text and whatever plugins put into it); then the previous/next
navigation with titles (``ul.default-wp-page``), the author box, the related box "Bài viết cùng
chuyên mục", comments and the reply form. Archives: ``header.page-header`` + ``article`` cards
with an excerpt and "Đọc thêm" + ``div.wp-pagenavi``.

How each gold article is reached (besides the ticker, prev/next chains, related boxes, feed and
sitemaps, which leak the newest ones)
- home blocks: 2088, 2081, 2069, 2060 (Tin tức), 2043, 2024 (Hoạt động chuyên môn),
  2074, 2052, 2031 (Công đoàn);
- /category/cong-doan/ page 1: 2005;
- only page 2+ of a listing: 2012 (/category/tin-tuc/page/2/), 1996 (/category/tin-tuc/page/3/
  and /category/tin-tuc/hoat-dong-chuyen-mon/page/2/), 1987 (/category/tin-tuc/page/3/).

Traps
-----
1. Paged comments (5 a page, newest page first). The post 2052 is also served at
   ``/<slug>.html/comment-page-1/`` and ``…/comment-page-2/`` (linked by "Bình luận cũ hơn" and by
   every comment's permalink), and there WordPress core's ``rel_canonical()`` names the comment
   page itself, not the post. Gold: one record, path ``/<slug>.html``, both comment pages in
   ``alt_paths``.
2. A post split with ``<!--nextpage-->`` (2043): ``/<slug>.html`` prints part one and a "Trang: 1 2"
   row (``div.pagination``), ``/<slug>.html/2/`` prints the same headline and meta with part two
   (its canonical is itself). Gold: one article at ``/<slug>.html`` whose body and images are
   both parts in order; the continuation page is neither an alt path nor an article.
3. Attachment pages: the photos of 2081 link to ``/<slug>.html/<file-name>/``, which ColorMag
   renders with the single-post template (title = the file's name, date, account, breadcrumb,
   previous/next image links). Not articles: in NON_ARTICLES.
4. WP Rocket lazy loading: every ``<img>`` carries an SVG ``data:`` placeholder in ``src``, the
   real file in ``data-lazy-src``/``data-lazy-srcset`` and a ``<noscript>`` copy. Gold image
   paths are the real files (the ``data-lazy-src`` value), each once.
5. The featured image above the headline is the 800x445 crop of the text's first photo
   (``…-800x445.jpg``): the same picture, not listed. Gold images are the text's photos only.
6. The vi locale prints dates as "Tháng Mười Một 28, 2026" (month words, "Tháng Mười" /
   "Tháng Mười Một" / "Tháng Mười Hai" share a prefix); the time is only in the date link's title
   ("10:30 sáng") and in ``time@datetime``; when a post was edited a second
   ``<time class="updated">`` sits inside the same link (hidden by CSS), Last Modified Info adds
   "Cập nhật lần cuối: … lúc 4:12 chiều" at the top of the text (2069), Jetpack's
   ``article:published_time`` is in UTC and the comments print their own later times. Gold: the
   publication instant in +07:00, e.g. "2026-11-28T10:30:00+07:00".
7. Easy Table of Contents (1987): a "Mục lục" box inside ``.entry-content`` lists the headings
   (a nested ``ul``); the headings carry empty ``span.ez-toc-section`` anchors. Gold: the box is
   not body; the headings are paragraphs.
8. Two categories: 2052 is filed under "Công đoàn" and "Tin tức"; the labels over the headline
   (alphabetical) start with "Công đoàn", the breadcrumb says "Tin tức". Gold category: the
   breadcrumb's, "Tin tức".
9. Document posts: "Công văn số 468/PGDĐT-TH …" and "Kế hoạch số 215/KH-PGDĐT …" are posts of
   category "Văn bản" in the very same ``/<slug>.html`` template (one line, a file block and a
   PDF embed), listed in the ticker and the prev/next chain. Not articles: NON_ARTICLES.
10. Plugins inside ``.entry-content``: Jetpack's "Chia sẻ:" buttons and Post Views Counter's
    "Lượt xem: 603" (2031), a Gutenberg file block "Tải về" and a YouTube embed with its own
    ``figcaption`` (2069). Gold: none of them is body; the video's line is no image caption.
11. Facebook paste (2074): the text is Facebook's ``div[dir=auto]`` lines under obfuscated
    ``x11i5rnm …`` classes (no ``<p>``), emoji drawn as fbcdn ``<img alt="✅">`` at line starts,
    and a Gutenberg gallery with per-photo captions plus a gallery caption ("Một số hình ảnh
    tại giải đấu"). Gold: each line a paragraph, the pictured emoji no text; the gallery caption
    belongs to no photo (not body either); the third photo has caption None.
12. wptexturize: quotes and dashes in headlines and text are printed as ``&#8220;…&#8221;`` /
    ``&#8211;`` (also " - " of a byline becomes " – "). Gold keeps the characters “ ” –.
13. The meta line's account ("pgdcamxuyen", "congdoan_gd"), the author box and Jetpack's
    ``<meta name="author">`` are CMS accounts; the writer signs at the end of the text,
    right-aligned, with unit or post after the name. Gold authors come from that line.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` carries the time: the page states it (date link title, ``time@datetime``), the
  visible meta line prints only the day.
- Byline "Trần Thị Mai Anh – Trường THCS Cẩm Thịnh" -> ["Trần Thị Mai Anh"]; "Nguyễn Thị Hằng
  (Chuyên viên Phòng GD&ĐT)" -> ["Nguyễn Thị Hằng"]; "ThS. Nguyễn Văn Lợi" -> ["Nguyễn Văn Lợi"];
  "Bộ phận Tiểu học" and "BCH Công đoàn ngành" (units signing alone) are authors as printed;
  "BBT" is nobody.
- 2060 closes with "(Theo Báo Hà Tĩnh)": source "Báo Hà Tĩnh", the link text, parentheses off.
- A photo whose only line is "Ảnh: X" has caption None and X is a photographer (2060, 1996).
- A bold first paragraph is the sapo (summary); posts without one have summary None.
- Table rows of 2031 are paragraphs with the cells joined by " | ", the header row included.
- Lines of a ``<p>`` split by ``<br />`` (2024) are paragraphs; their typed "– " stays.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_colormag_pro_pgd"
PLATFORM = "WordPress 6.5 + ColorMag Pro (WP-PageNavi, Jetpack, WP Rocket, Breadcrumb NavXT)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Cẩm Xuyên"
TAGLINE = "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
PER_PAGE = 4
NOW = datetime(2026, 12, 5, 9, 12, 0)
MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass(frozen=True)
class Cat:
    slug: str
    name: str
    path: str
    color: str
    term_id: int
    parent: str | None = None
    desc: str = ""


CATS = {
    "tin-tuc": Cat("tin-tuc", "Tin tức", "/category/tin-tuc/", "#1e73be", 3,
                   desc="Tin hoạt động của ngành Giáo dục Cẩm Xuyên"),
    "hoat-dong-chuyen-mon": Cat("hoat-dong-chuyen-mon", "Hoạt động chuyên môn",
                                "/category/tin-tuc/hoat-dong-chuyen-mon/", "#dd3333", 7, "tin-tuc"),
    "cong-doan": Cat("cong-doan", "Công đoàn", "/category/cong-doan/", "#2f9e44", 5),
    "van-ban": Cat("van-ban", "Văn bản", "/category/van-ban/", "#8224e3", 9,
                   desc="Văn bản chỉ đạo, điều hành của Phòng GD&ĐT"),
}
TAGS = {
    "giao-vien-day-gioi": "Giáo viên dạy giỏi",
    "chuyen-doi-so": "Chuyển đổi số",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "cong-doan": "công đoàn",
    "an-toan-giao-thong": "an toàn giao thông",
}
USERS = {
    "pgdcamxuyen": "Quản trị cổng thông tin điện tử Phòng GD&ĐT Cẩm Xuyên. Mọi thông tin, bài viết xin gửi về hộp thư pgdcamxuyen@hatinh.edu.vn.",
    "congdoan_gd": "Tài khoản đăng tin của Công đoàn ngành Giáo dục huyện Cẩm Xuyên.",
}

U = "/wp-content/uploads"


def _byline(text: str, *, gutenberg: bool = False, em: bool = False) -> Raw:
    inner = f"<em>{text}</em>" if em else f"<strong>{text}</strong>"
    if gutenberg:
        return Raw(f'<p class="has-text-align-right">{inner}</p>')
    return Raw(f'<p style="text-align: right;">{inner}</p>')


NEXTPAGE = Raw("<!--nextpage-->")

# --- the articles ----------------------------------------------------------------------------

A1 = Story(
    id=2088,
    slug="truong-thcs-cam-thinh-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    title="Trường THCS Cẩm Thịnh đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
    cat="tin-tuc",
    published_at="2026-12-04T15:20:41+07:00",
    summary="(CXĐT) – Chiều ngày 3/12/2026, Trường THCS Cẩm Thịnh long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 3.",
    blocks=[
        P("(CXĐT) – Chiều ngày 3/12/2026, Trường THCS Cẩm Thịnh long trọng tổ chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 3.", "lead"),
        Img(f"{U}/2026/12/cam-thinh-chuan-qg-1-1024x683.jpg",
            "Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường THCS Cẩm Thịnh",
            "Đồng chí Phó Chủ tịch UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 cho Trường THCS Cẩm Thịnh",
            "wpcap"),
        P("Dự buổi lễ có đồng chí Nguyễn Thị Thanh Hương, Phó Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT; đại diện Đảng ủy, HĐND, UBND xã Cẩm Thịnh cùng đông đảo phụ huynh, cán bộ, giáo viên và học sinh nhà trường."),
        P("Trường THCS Cẩm Thịnh được thành lập năm 1965, hiện có 14 lớp với 512 học sinh, 32 cán bộ, giáo viên, nhân viên. Những năm qua, nhà trường luôn là một trong những đơn vị dẫn đầu của huyện về chất lượng giáo dục mũi nhọn; năm học 2025 – 2026 có 27 học sinh đạt giải trong kỳ thi học sinh giỏi cấp huyện, 6 em đạt giải cấp tỉnh."),
        P("Với sự quan tâm của các cấp chính quyền và sự chung tay của phụ huynh, cơ sở vật chất của trường ngày càng khang trang: nhà học bộ môn 3 tầng, nhà đa năng, thư viện đạt chuẩn cùng hệ thống phòng học được trang bị ti vi thông minh đã được đưa vào sử dụng từ đầu năm học."),
        Img(f"{U}/2026/12/cam-thinh-chuan-qg-2-1024x683.jpg",
            "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ",
            "Học sinh nhà trường biểu diễn văn nghệ chào mừng buổi lễ", "wpcap"),
        P("Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND huyện ghi nhận những nỗ lực của tập thể sư phạm nhà trường, đồng thời đề nghị Trường THCS Cẩm Thịnh tiếp tục duy trì, nâng cao các tiêu chuẩn đã đạt được, chú trọng đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin và giáo dục kỹ năng sống cho học sinh."),
        P("Dịp này, UBND xã Cẩm Thịnh và Ban đại diện cha mẹ học sinh đã trao tặng nhà trường 50 bộ bàn ghế học sinh và 20 suất quà cho học sinh có thành tích xuất sắc."),
        Raw("<p>&nbsp;</p>"),
        _byline("Trần Thị Mai Anh &#8211; Trường THCS Cẩm Thịnh"),
    ],
    authors=["Trần Thị Mai Anh"],
    opts={"dt": datetime(2026, 12, 4, 15, 20, 41), "mod": datetime(2026, 12, 4, 16, 2, 10),
          "cats": ["tin-tuc"], "user": "pgdcamxuyen", "tags": [], "views": 1412},
)

A2 = Story(
    id=2081,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T09:05:12+07:00",
    blocks=[
        P("Sáng ngày 2/12, Phòng GD&ĐT Cẩm Xuyên tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027 tại Trường Tiểu học Thị trấn Cẩm Xuyên."),
        P("Tham gia hội thi có 86 giáo viên đến từ 24 trường tiểu học trên địa bàn huyện, trong đó có 58 giáo viên dạy các môn Tiếng Việt, Toán và 28 giáo viên dạy các môn chuyên biệt gồm Tiếng Anh, Tin học, Âm nhạc, Mĩ thuật và Giáo dục thể chất."),
        Img(f"{U}/2026/12/hoi-thi-gvdg-tieu-hoc-2026-1-1024x576.jpg",
            "Quang cảnh lễ khai mạc Hội thi", "Quang cảnh lễ khai mạc Hội thi", "wpcap att"),
        P("Hội thi gồm hai phần: phần thi trình bày biện pháp nâng cao chất lượng giảng dạy và phần thi thực hành dạy 2 tiết trên lớp, trong đó 1 tiết do giáo viên tự chọn và 1 tiết bốc thăm trước 1 ngày. Ban giám khảo gồm 35 đồng chí là cán bộ quản lý, giáo viên cốt cán có nhiều kinh nghiệm."),
        P("Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT nhấn mạnh: hội thi là dịp để giáo viên khẳng định năng lực chuyên môn, lan tỏa những cách làm hay trong triển khai Chương trình giáo dục phổ thông 2018; đề nghị Ban giám khảo đánh giá khách quan, công bằng, đúng thực chất."),
        Img(f"{U}/2026/12/hoi-thi-gvdg-tieu-hoc-2026-2-1024x576.jpg",
            "Giáo viên bốc thăm bài dạy", "Giáo viên bốc thăm bài dạy", "wpcap att"),
        P("Hội thi diễn ra từ ngày 2/12 đến ngày 12/12/2026. Kết quả hội thi là căn cứ để lựa chọn giáo viên tham dự Hội thi giáo viên dạy giỏi cấp tỉnh vào tháng 3/2027."),
        Raw('<p style="text-align: right;"><em><strong>Bộ phận Tiểu học</strong></em></p>'),
    ],
    authors=["Bộ phận Tiểu học"],
    opts={"dt": datetime(2026, 12, 3, 9, 5, 12), "cats": ["hoat-dong-chuyen-mon"],
          "user": "pgdcamxuyen", "tags": ["giao-vien-day-gioi"], "views": 1187},
)

A3 = Story(
    id=2074,
    slug="soi-noi-giai-bong-chuyen-hoi-cong-doan-nganh-giao-duc-nam-2026",
    title="Sôi nổi Giải bóng chuyền hơi Công đoàn ngành Giáo dục năm 2026",
    cat="cong-doan",
    published_at="2026-12-01T17:45:00+07:00",
    blocks=[
        P("Trong 2 ngày 29 và 30/11/2026, tại nhà thi đấu Trung tâm Văn hóa – Thể thao huyện, Công đoàn ngành Giáo dục Cẩm Xuyên tổ chức Giải bóng chuyền hơi cán bộ, giáo viên, nhân viên năm 2026.", "fbb:🏐"),
        P("Giải có 18 đội tham gia với gần 200 vận động viên là đoàn viên công đoàn các trường mầm non, tiểu học, THCS và cơ quan Phòng GD&ĐT. Các đội được chia thành 2 bảng, thi đấu vòng tròn tính điểm để chọn 4 đội vào bán kết.", "fb"),
        P("Kết quả chung cuộc:", "fb"),
        P("Giải Nhất: Trường THCS Cẩm Thành", "fbb:✅"),
        P("Giải Nhì: Trường Tiểu học Cẩm Duệ", "fbb:✅"),
        P("Giải Ba: Trường THCS Phan Đình Giót và Trường Mầm non Hoa Sen", "fbb:✅"),
        P("Giải đấu là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, góp phần nâng cao sức khỏe, tăng cường giao lưu, đoàn kết giữa các đơn vị trong toàn ngành.", "fb"),
        Img(f"{U}/2026/12/z6081234567890_4b1d2c3e5f6a7b8c9d0e1f2a3b4c5d6e-1024x768.jpg",
            "Lễ khai mạc giải", "Lễ khai mạc giải", "gallery"),
        Img(f"{U}/2026/12/z6081234571122_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d-1024x768.jpg",
            "Trận chung kết giữa Trường THCS Cẩm Thành và Trường Tiểu học Cẩm Duệ",
            "Trận chung kết giữa Trường THCS Cẩm Thành và Trường Tiểu học Cẩm Duệ", "gallery"),
        Img(f"{U}/2026/12/z6081234590017_0f1e2d3c4b5a69788796a5b4c3d2e1f0-1024x768.jpg",
            None, None, "gallery"),
        _byline("Tin, ảnh: Lê Thị Thu Hà"),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    opts={"dt": datetime(2026, 12, 1, 17, 45), "cats": ["cong-doan"], "user": "congdoan_gd",
          "tags": ["cong-doan", "ngay-nha-giao-viet-nam"], "views": 968, "markup": "fb",
          "gallery_caption": "Một số hình ảnh tại giải đấu"},
)

A4 = Story(
    id=2069,
    slug="tap-huan-trien-khai-hoc-ba-so-cho-can-bo-quan-ly-giao-vien-tieu-hoc",
    title="Tập huấn triển khai học bạ số cho cán bộ quản lý, giáo viên tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-28T10:30:00+07:00",
    summary="Nhằm thực hiện lộ trình chuyển đổi số trong quản lý hồ sơ học sinh, ngày 27/11, Phòng GD&ĐT Cẩm Xuyên tổ chức tập huấn triển khai học bạ số cho hơn 150 cán bộ quản lý và giáo viên tiểu học toàn huyện.",
    blocks=[
        Raw('<p class="post-modified-info">Cập nhật lần cuối: <time class="post-modified-time" datetime="2026-12-02T16:12:00+07:00">Tháng Mười Hai 2, 2026 lúc 4:12 chiều</time></p>'),
        P("Nhằm thực hiện lộ trình chuyển đổi số trong quản lý hồ sơ học sinh, ngày 27/11, Phòng GD&ĐT Cẩm Xuyên tổ chức tập huấn triển khai học bạ số cho hơn 150 cán bộ quản lý và giáo viên tiểu học toàn huyện.", "lead"),
        P("Tại buổi tập huấn, báo cáo viên đã hướng dẫn quy trình lập, ký số và lưu trữ học bạ điện tử trên hệ thống cơ sở dữ liệu ngành; cách cấu hình chữ ký số cho giáo viên chủ nhiệm, hiệu trưởng và việc kết xuất học bạ theo đúng mẫu quy định của Bộ GD&ĐT."),
        P("Học viên được thực hành trực tiếp trên máy tính với dữ liệu thực của đơn vị mình, trao đổi những vướng mắc thường gặp như sai lệch thông tin học sinh, chuyển trường giữa năm học, cập nhật nhận xét cuối kỳ."),
        Raw('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
            '<iframe title="Hướng dẫn ký số học bạ" width="800" height="450" src="https://www.youtube.com/embed/Q8kz2XbT1mE?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n'
            '</div><figcaption class="wp-element-caption">Clip hướng dẫn ký số học bạ trên hệ thống CSDL ngành</figcaption></figure>'),
        P("Theo kế hoạch, từ học kỳ I năm học 2026 – 2027, 100% trường tiểu học trên địa bàn huyện triển khai học bạ số đối với học sinh lớp 1, 2, 3 và 4; học sinh lớp 5 tiếp tục thực hiện từ học kỳ II."),
        Img(f"{U}/2026/11/tap-huan-hoc-ba-so-1024x683.jpg",
            "Giáo viên thực hành ký số học bạ tại buổi tập huấn",
            "Giáo viên thực hành ký số học bạ tại buổi tập huấn", "block"),
        Raw(f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{U}/2026/11/Huong-dan-su-dung-hoc-ba-so.pdf" type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng Hướng dẫn sử dụng học bạ số."></object>'
            f'<a id="wp-block-file--media-7d1c2e0a-5b3f-4e69-9a41-0c2b6e8f1d37" href="{U}/2026/11/Huong-dan-su-dung-hoc-ba-so.pdf">Hướng dẫn sử dụng học bạ số</a>'
            f'<a href="{U}/2026/11/Huong-dan-su-dung-hoc-ba-so.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-7d1c2e0a-5b3f-4e69-9a41-0c2b6e8f1d37">Tải về</a></div>'),
        _byline("ThS. Nguyễn Văn Lợi", gutenberg=True),
    ],
    authors=["Nguyễn Văn Lợi"],
    opts={"dt": datetime(2026, 11, 28, 10, 30), "mod": datetime(2026, 12, 2, 16, 12),
          "cats": ["hoat-dong-chuyen-mon"], "user": "pgdcamxuyen", "tags": ["chuyen-doi-so"],
          "views": 744, "markup": "block"},
)

A5 = Story(
    id=2060,
    slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="tin-tuc",
    published_at="2026-11-24T14:00:00+07:00",
    blocks=[
        P("Chiều 23/11, Hội Khuyến học huyện phối hợp với Phòng GD&ĐT Cẩm Xuyên và Quỹ Học bổng Tiếp sức đến trường tổ chức trao 120 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn huyện."),
        Img(f"{U}/2026/11/trao-hoc-bong-tiep-suc-1024x682.jpg", "Ảnh: Thu Phương", None, "wpcap"),
        P("Mỗi suất học bổng trị giá 2 triệu đồng, tổng giá trị 240 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cựu học sinh của huyện đang sinh sống, làm việc tại TP Hồ Chí Minh và Hà Nội đóng góp."),
        P("Các em nhận học bổng đợt này đều thuộc diện hộ nghèo, cận nghèo, mồ côi cha hoặc mẹ, hoặc có gia đình bị thiệt hại nặng sau các đợt mưa lũ vừa qua nhưng vẫn nỗ lực vươn lên, đạt kết quả học tập tốt."),
        P("Số suất học bổng được phân bổ cụ thể như sau:"),
        P("Khối Tiểu học: 45 suất;", "li"),
        P("Khối THCS: 55 suất;", "li"),
        P("Học sinh THPT là cựu học sinh các trường THCS trên địa bàn: 20 suất.", "li"),
        P("Phát biểu tại buổi lễ, em Nguyễn Thị Hoài Thương, học sinh lớp 8A Trường THCS Cẩm Trung xúc động bày tỏ lời cảm ơn và hứa sẽ cố gắng học tập thật tốt để không phụ lòng tin của thầy cô, các nhà hảo tâm."),
        _byline("Thu Phương", em=True),
        Raw('<p style="text-align: right;"><em>(Theo <a href="https://baohatinh.vn/giao-duc/trao-120-suat-hoc-bong-tiep-suc-den-truong-o-cam-xuyen/287311.htm" target="_blank" rel="noopener">Báo Hà Tĩnh</a>)</em></p>'),
    ],
    authors=["Thu Phương"],
    photographers=["Thu Phương"],
    source="Báo Hà Tĩnh",
    opts={"dt": datetime(2026, 11, 24, 14, 0), "cats": ["tin-tuc"], "user": "pgdcamxuyen",
          "tags": [], "views": 655},
)

A6 = Story(
    id=2052,
    slug="nganh-giao-duc-cam-xuyen-long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Ngành Giáo dục Cẩm Xuyên long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc",
    published_at="2026-11-20T07:30:00+07:00",
    summary="(CXĐT) – Sáng 19/11, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục Cẩm Xuyên tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
    blocks=[
        P("(CXĐT) – Sáng 19/11, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục Cẩm Xuyên tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.", "lead"),
        P("Tới dự có các đồng chí lãnh đạo Huyện ủy, HĐND, UBND huyện; đại diện Sở GD&ĐT Hà Tĩnh; các đồng chí nguyên lãnh đạo ngành qua các thời kỳ cùng hơn 300 cán bộ quản lý, giáo viên tiêu biểu đại diện cho gần 2.000 cán bộ, giáo viên, nhân viên toàn ngành."),
        Img(f"{U}/2026/11/ky-niem-20-11-2026-1.jpg", "Các đại biểu dự lễ kỷ niệm",
            "Các đại biểu dự lễ kỷ niệm", "next"),
        P("Năm học 2025 – 2026, ngành Giáo dục Cẩm Xuyên đạt nhiều kết quả nổi bật: tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%, tốt nghiệp THCS đạt 99,8%; có 142 học sinh đạt giải học sinh giỏi cấp tỉnh, xếp thứ 3 toàn tỉnh; 4 trường được công nhận đạt chuẩn quốc gia, nâng tổng số trường chuẩn lên 68/72 trường."),
        P("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 12 tập thể và 35 cá nhân có thành tích xuất sắc; Công đoàn ngành tuyên dương 20 nhà giáo tiêu biểu “Giỏi việc trường – Đảm việc nhà”."),
        Img(f"{U}/2026/11/ky-niem-20-11-2026-2.jpg",
            "(Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc)",
            "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc", "next"),
        P("Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy ghi nhận, biểu dương những đóng góp của đội ngũ nhà giáo, đề nghị toàn ngành tiếp tục đổi mới căn bản, toàn diện giáo dục, chú trọng xây dựng môi trường học đường an toàn, thân thiện, nâng cao chất lượng giáo dục đại trà và mũi nhọn."),
        _byline("Bài, ảnh: Hoàng Đức"),
    ],
    authors=["Hoàng Đức"],
    photographers=["Hoàng Đức"],
    opts={"dt": datetime(2026, 11, 20, 7, 30), "mod": datetime(2026, 11, 21, 8, 5),
          "cats": ["cong-doan", "tin-tuc"], "user": "congdoan_gd",
          "tags": ["ngay-nha-giao-viet-nam"], "views": 2318,
          "comments": [
              (311, "Nguyễn Thị Lan", datetime(2026, 11, 20, 8, 12), "Chúc mừng ngày Nhà giáo Việt Nam! Chúc các thầy cô luôn mạnh khỏe, hạnh phúc."),
              (312, "Trần Văn Minh", datetime(2026, 11, 20, 9, 40), "Tự hào về ngành Giáo dục Cẩm Xuyên, 142 giải học sinh giỏi tỉnh là kết quả rất đáng ghi nhận."),
              (314, "Phụ huynh lớp 5B", datetime(2026, 11, 20, 12, 3), "Cảm ơn các thầy cô đã tận tụy với học trò."),
              (317, "Lê Thị Hồng", datetime(2026, 11, 20, 19, 26), "Chúc mừng các nhà giáo được tuyên dương."),
              (320, "cuu hoc sinh Cam Binh", datetime(2026, 11, 20, 21, 2), "Nhớ thầy cô Trường THCS Cẩm Bình ngày ấy. Kính chúc thầy cô sức khỏe!"),
              (326, "Võ Thị Thu", datetime(2026, 11, 21, 6, 48), "Bài viết rất ý nghĩa."),
              (329, "Nguyễn Văn Tú", datetime(2026, 11, 21, 10, 15), "Mong ngành tiếp tục có thêm nhiều trường đạt chuẩn."),
              (333, "Hoàng Thị Na", datetime(2026, 11, 22, 15, 51), "Chúc mừng Ngành Giáo dục huyện nhà!"),
          ]},
)

A7 = Story(
    id=2043,
    slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-cap-thcs",
    title="Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-14T16:10:00+07:00",
    summary="Ngày 13/11, tại Trường THCS Cẩm Trung, Phòng GD&ĐT Cẩm Xuyên tổ chức hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018” với sự tham gia của hơn 90 giáo viên dạy Ngữ văn toàn huyện.",
    blocks=[
        P("Ngày 13/11, tại Trường THCS Cẩm Trung, Phòng GD&ĐT Cẩm Xuyên tổ chức hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018” với sự tham gia của hơn 90 giáo viên dạy Ngữ văn toàn huyện.", "lead"),
        P("Hội thảo nhằm tháo gỡ những khó khăn của giáo viên khi dạy học theo bộ sách giáo khoa mới, đặc biệt là dạy đọc hiểu văn bản theo thể loại, dạy viết bài văn nghị luận và tổ chức hoạt động nói – nghe trong giờ học."),
        Img(f"{U}/2026/11/hoi-thao-ngu-van-1-1024x683.jpg",
            "Tiết dạy minh họa của cô giáo Võ Thị Hương, Trường THCS Cẩm Trung",
            "Tiết dạy minh họa của cô giáo Võ Thị Hương, Trường THCS Cẩm Trung", "wpcap"),
        P("1. Tiết dạy minh họa", "h3"),
        P("Hai tiết dạy minh họa bài “Chiếc lược ngà” (Ngữ văn 9) và bài “Viết bài văn kể lại một trải nghiệm” (Ngữ văn 6) được thiết kế theo hướng phát triển năng lực, học sinh làm việc nhóm với phiếu học tập, sơ đồ tư duy và trình bày sản phẩm trước lớp."),
        P("Các tiết dạy nhận được nhiều ý kiến đánh giá cao về cách tổ chức hoạt động, khả năng dẫn dắt và sử dụng câu hỏi mở của giáo viên."),
        NEXTPAGE,
        P("2. Thảo luận, chia sẻ kinh nghiệm", "h3"),
        P("Ở phần thảo luận, các giáo viên tập trung trao đổi về cách lựa chọn ngữ liệu ngoài sách giáo khoa cho đề kiểm tra định kỳ, cách xây dựng bảng kiểm và rubric đánh giá bài viết, kỹ năng nói của học sinh."),
        P("Nhiều ý kiến cho rằng việc dạy học theo thể loại giúp học sinh có công cụ để tự đọc hiểu các văn bản mới, nhưng đòi hỏi giáo viên đầu tư nhiều hơn cho khâu chuẩn bị và phải thay đổi thói quen giảng giải, đọc – chép."),
        Img(f"{U}/2026/11/hoi-thao-ngu-van-2-1024x683.jpg",
            "Giáo viên trao đổi, thảo luận tại hội thảo",
            "Giáo viên trao đổi, thảo luận tại hội thảo", "wpcap"),
        P("Kết luận hội thảo, đồng chí Phó Trưởng phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học, tăng cường dự giờ, rút kinh nghiệm và chia sẻ học liệu số trên kho học liệu dùng chung của ngành."),
        Raw('<p style="text-align: right;"><strong>Nguyễn Thị Hằng</strong> <em>(Chuyên viên Phòng GD&amp;ĐT)</em></p>'),
    ],
    authors=["Nguyễn Thị Hằng"],
    opts={"dt": datetime(2026, 11, 14, 16, 10), "cats": ["hoat-dong-chuyen-mon"],
          "user": "pgdcamxuyen", "tags": [], "views": 1530},
)

A8 = Story(
    id=2031,
    slug="cong-doan-nganh-tham-hoi-ho-tro-doan-vien-bi-thiet-hai-do-bao-so-6",
    title="Công đoàn ngành thăm hỏi, hỗ trợ đoàn viên bị thiệt hại do bão số 6",
    cat="cong-doan",
    published_at="2026-11-07T11:20:00+07:00",
    blocks=[
        P("Sau cơn bão số 6 và đợt mưa lớn kéo dài từ ngày 27/10 đến 1/11, nhiều đoàn viên công đoàn ngành Giáo dục Cẩm Xuyên bị hư hỏng nhà cửa, thiệt hại tài sản, hoa màu."),
        P("Ngay sau khi nắm bắt tình hình, Ban Thường vụ Công đoàn ngành đã phân công các đồng chí ủy viên trực tiếp đến thăm hỏi, động viên và trao tiền hỗ trợ cho 26 đoàn viên có thiệt hại nặng tại các xã Cẩm Lạc, Cẩm Minh, Cẩm Sơn và Cẩm Lĩnh."),
        Img(f"{U}/2026/11/cong-doan-tham-hoi-bao-so-6.jpg",
            "Đồng chí Chủ tịch Công đoàn ngành thăm hỏi, tặng quà cô giáo Nguyễn Thị Sen (Trường Tiểu học Cẩm Lạc)",
            "Đồng chí Chủ tịch Công đoàn ngành thăm hỏi, tặng quà cô giáo Nguyễn Thị Sen (Trường Tiểu học Cẩm Lạc)",
            "next"),
        P("Tổng kinh phí hỗ trợ đợt này là 78 triệu đồng, trích từ quỹ xã hội của Công đoàn ngành và nguồn đóng góp của các công đoàn cơ sở. Cụ thể:"),
        P("TT | Đơn vị | Số đoàn viên | Số tiền (đồng)", "tr"),
        P("1 | Trường Tiểu học Cẩm Lạc | 7 | 21.000.000", "tr"),
        P("2 | Trường THCS Cẩm Minh | 6 | 18.000.000", "tr"),
        P("3 | Trường Mầm non Cẩm Sơn | 8 | 24.000.000", "tr"),
        P("4 | Trường TH&THCS Cẩm Lĩnh | 5 | 15.000.000", "tr"),
        P("Đồng chí Chủ tịch Công đoàn ngành đề nghị các công đoàn cơ sở tiếp tục rà soát, nắm bắt hoàn cảnh của đoàn viên để kịp thời đề xuất hỗ trợ; đồng thời phát động phong trào “Lá lành đùm lá rách” trong toàn ngành."),
        _byline("BCH Công đoàn ngành"),
    ],
    authors=["BCH Công đoàn ngành"],
    opts={"dt": datetime(2026, 11, 7, 11, 20), "cats": ["cong-doan"], "user": "congdoan_gd",
          "tags": ["cong-doan"], "views": 603, "share": True},
)

A9 = Story(
    id=2024,
    slug="khao-sat-chat-luong-giua-hoc-ky-i-doi-voi-hoc-sinh-lop-9",
    title="Khảo sát chất lượng giữa học kỳ I đối với học sinh lớp 9",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-02T08:00:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch năm học, từ ngày 4/11 đến ngày 6/11/2026, Phòng GD&ĐT tổ chức khảo sát chất lượng giữa học kỳ I đối với học sinh lớp 9 tại 23 trường THCS trên địa bàn huyện."),
        P("Các môn khảo sát gồm Ngữ văn, Toán và Tiếng Anh. Đề khảo sát do Phòng GD&ĐT ra, bám sát nội dung chương trình đã học đến hết tuần 9, có cấu trúc tương tự đề thi tuyển sinh vào lớp 10 THPT."),
        P("Lịch khảo sát cụ thể:"),
        P("– Ngày 4/11: Ngữ văn (120 phút);", "br"),
        P("– Ngày 5/11: Toán (120 phút);", "br"),
        P("– Ngày 6/11: Tiếng Anh (60 phút).", "br"),
        P("Các trường tổ chức coi, chấm chéo theo cụm; kết quả gửi về Phòng GD&ĐT trước ngày 15/11 để tổng hợp, phân tích và có giải pháp điều chỉnh kế hoạch ôn tập cho học sinh."),
    ],
    opts={"dt": datetime(2026, 11, 2, 8, 0), "cats": ["hoat-dong-chuyen-mon"],
          "user": "pgdcamxuyen", "tags": [], "views": 1094,
          "links": {"kế hoạch năm học": "/?p=1987"}},
)

A10 = Story(
    id=2012,
    slug="hoc-sinh-cam-xuyen-ra-quan-huong-ung-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
    title="Học sinh Cẩm Xuyên ra quân hưởng ứng chương trình “An toàn giao thông cho nụ cười ngày mai”",
    cat="tin-tuc",
    published_at="2026-10-26T15:35:00+07:00",
    blocks=[
        P("Sáng 26/10, Phòng GD&ĐT phối hợp với Công an huyện Cẩm Xuyên tổ chức lễ ra quân hưởng ứng chương trình “An toàn giao thông cho nụ cười ngày mai” năm học 2026 – 2027 tại Trường Tiểu học Cẩm Quan."),
        Img(f"{U}/2026/10/atgt-cam-quan-1-1024x768.jpg",
            "Học sinh Trường Tiểu học Cẩm Quan diễu hành tuyên truyền an toàn giao thông",
            "Học sinh Trường Tiểu học Cẩm Quan diễu hành tuyên truyền an toàn giao thông",
            "block file"),
        P("Tại buổi lễ, cán bộ Đội Cảnh sát giao thông đã phổ biến cho học sinh các quy định về đội mũ bảo hiểm khi ngồi trên xe mô tô, xe máy, xe đạp điện; kỹ năng đi bộ, sang đường an toàn và cách nhận biết một số biển báo thường gặp trên tuyến đường đến trường."),
        P("Các em học sinh còn được tham gia trò chơi “Rung chuông vàng” với các câu hỏi về luật giao thông đường bộ, xem tiểu phẩm tình huống do các bạn lớp 5A dàn dựng."),
        Img(f"{U}/2026/10/atgt-cam-quan-2-1024x768.jpg", "Trao mũ bảo hiểm cho học sinh lớp 1",
            "Trao mũ bảo hiểm cho học sinh lớp 1", "block"),
        P("Dịp này, Công an huyện và các nhà tài trợ đã trao tặng 200 mũ bảo hiểm đạt chuẩn cho học sinh lớp 1 của các trường tiểu học trên địa bàn huyện."),
        _byline("Phạm Thị Lý &#8211; Trường TH Cẩm Quan", gutenberg=True),
    ],
    authors=["Phạm Thị Lý"],
    opts={"dt": datetime(2026, 10, 26, 15, 35), "cats": ["tin-tuc"], "user": "pgdcamxuyen",
          "tags": ["an-toan-giao-thong"], "views": 512, "markup": "block"},
)

A11 = Story(
    id=2005,
    slug="cong-doan-nganh-giao-duc-toa-dam-ky-niem-96-nam-ngay-thanh-lap-hoi-lhpn-viet-nam",
    title="Công đoàn ngành Giáo dục tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
    cat="cong-doan",
    published_at="2026-10-20T09:45:00+07:00",
    summary="Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), chiều 19/10, Ban Nữ công Công đoàn ngành Giáo dục Cẩm Xuyên tổ chức buổi tọa đàm với chủ đề “Nhà giáo nữ – hạnh phúc để yêu thương”.",
    blocks=[
        P("Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), chiều 19/10, Ban Nữ công Công đoàn ngành Giáo dục Cẩm Xuyên tổ chức buổi tọa đàm với chủ đề “Nhà giáo nữ – hạnh phúc để yêu thương”.", "lead"),
        P("Tham dự tọa đàm có gần 80 nữ cán bộ, giáo viên, nhân viên là trưởng ban nữ công và đoàn viên tiêu biểu của các công đoàn cơ sở."),
        P("Tại buổi tọa đàm, các đại biểu đã chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình, cách chăm sóc sức khỏe tinh thần cho giáo viên nữ trước áp lực đổi mới chương trình, sách giáo khoa."),
        P("“Mỗi cô giáo hạnh phúc sẽ mang lại một lớp học hạnh phúc. Chúng tôi mong muốn nhà trường luôn là nơi các cô được lắng nghe, được sẻ chia.”", "quote"),
        Img(f"{U}/2026/10/toa-dam-20-10-1024x683.jpg",
            "Các nữ nhà giáo giao lưu văn nghệ tại buổi tọa đàm",
            "Các nữ nhà giáo giao lưu văn nghệ tại buổi tọa đàm", "next"),
        P("Dịp này, Công đoàn ngành trao 15 suất quà cho nữ đoàn viên có hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 1 triệu đồng."),
        _byline("Thanh Tâm"),
    ],
    authors=["Thanh Tâm"],
    opts={"dt": datetime(2026, 10, 20, 9, 45), "cats": ["cong-doan"], "user": "congdoan_gd",
          "tags": ["cong-doan"], "views": 431},
)

A12 = Story(
    id=1996,
    slug="chuyen-de-giao-duc-stem-cap-thcs-tai-truong-thcs-phan-dinh-giot",
    title="Chuyên đề giáo dục STEM cấp THCS tại Trường THCS Phan Đình Giót",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14T14:25:00+07:00",
    blocks=[
        P("Ngày 13/10, Phòng GD&ĐT Cẩm Xuyên tổ chức chuyên đề “Giáo dục STEM trong dạy học các môn Khoa học tự nhiên, Công nghệ cấp THCS” tại Trường THCS Phan Đình Giót."),
        P("Chuyên đề thu hút hơn 70 cán bộ quản lý, giáo viên các môn Khoa học tự nhiên, Công nghệ, Tin học đến từ các trường THCS trên địa bàn huyện."),
        Img(f"{U}/2026/10/stem-phan-dinh-giot-1.jpg",
            "Học sinh lắp ráp mô hình hệ thống tưới cây tự động",
            "Học sinh lắp ráp mô hình hệ thống tưới cây tự động", "next"),
        P("Các đại biểu đã dự tiết dạy minh họa bài học STEM “Thiết kế hệ thống tưới cây tự động” của lớp 8A. Trong 90 phút, học sinh làm việc theo nhóm, vận dụng kiến thức về mạch điện, cảm biến độ ẩm để lắp ráp và vận hành thử sản phẩm."),
        Img(f"{U}/2026/10/stem-phan-dinh-giot-2.jpg", "Ảnh: Nguyễn Văn Hải", None, "next"),
        P("Sau tiết dạy, giáo viên các trường thảo luận về quy trình thiết kế bài học STEM, cách phối hợp giữa các tổ chuyên môn và giải pháp huy động nguồn lực để trang bị vật liệu, thiết bị thực hành."),
        P("Phòng GD&ĐT đề nghị mỗi trường THCS xây dựng ít nhất 2 chủ đề STEM mỗi học kỳ, gắn với thực tiễn sản xuất nông nghiệp của địa phương."),
        _byline("Tin: Trần Đình Nam &#8211; Ảnh: Nguyễn Văn Hải", em=True),
    ],
    authors=["Trần Đình Nam"],
    photographers=["Nguyễn Văn Hải"],
    opts={"dt": datetime(2026, 10, 14, 14, 25), "cats": ["hoat-dong-chuyen-mon"],
          "user": "pgdcamxuyen", "tags": [], "views": 389},
)

A13 = Story(
    id=1987,
    slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027",
    title="Hội nghị triển khai nhiệm vụ năm học 2026 – 2027",
    cat="tin-tuc",
    published_at="2026-10-08T08:30:00+07:00",
    summary="Ngày 7/10, Phòng GD&ĐT Cẩm Xuyên tổ chức hội nghị tổng kết năm học 2025 – 2026 và triển khai nhiệm vụ năm học 2026 – 2027 cho các đồng chí hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học và THCS trên địa bàn huyện.",
    blocks=[
        P("Ngày 7/10, Phòng GD&ĐT Cẩm Xuyên tổ chức hội nghị tổng kết năm học 2025 – 2026 và triển khai nhiệm vụ năm học 2026 – 2027 cho các đồng chí hiệu trưởng, phó hiệu trưởng các trường mầm non, tiểu học và THCS trên địa bàn huyện.", "lead"),
        P("I. Kết quả năm học 2025 – 2026", "h2"),
        P("Năm học 2025 – 2026, toàn huyện có 72 trường với 31.480 học sinh. Quy mô trường, lớp tiếp tục được sắp xếp hợp lý; tỷ lệ huy động trẻ mẫu giáo ra lớp đạt 99,6%, trẻ 5 tuổi đạt 100%."),
        P("Chất lượng giáo dục toàn diện có nhiều chuyển biến; giáo dục mũi nhọn giữ vững vị trí trong tốp đầu của tỉnh. Công tác chuyển đổi số được đẩy mạnh, 100% trường sử dụng sổ điểm điện tử và thanh toán học phí không dùng tiền mặt."),
        P("II. Nhiệm vụ trọng tâm năm học 2026 – 2027", "h2"),
        P("1. Đối với giáo dục mầm non", "h3"),
        P("Tiếp tục thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”, nâng cao chất lượng nuôi dưỡng, chăm sóc, bảo đảm an toàn tuyệt đối cho trẻ."),
        P("2. Đối với giáo dục phổ thông", "h3"),
        P("Thực hiện hiệu quả Chương trình GDPT 2018 ở tất cả các khối lớp; đổi mới kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực; triển khai học bạ số, tăng cường dạy học tiếng Anh và giáo dục STEM."),
        P("III. Tổ chức thực hiện", "h2"),
        P("Hội nghị đã nghe các tổ chuyên môn của Phòng hướng dẫn nhiệm vụ theo từng cấp học, đồng thời thảo luận, thống nhất các chỉ tiêu thi đua năm học mới. Các đơn vị ký cam kết thực hiện nhiệm vụ năm học với Phòng GD&ĐT."),
        Img(f"{U}/2026/10/hoi-nghi-nhiem-vu-nam-hoc-1024x640.jpg",
            "Các đơn vị ký cam kết thực hiện nhiệm vụ năm học 2026 – 2027",
            "Các đơn vị ký cam kết thực hiện nhiệm vụ năm học 2026 – 2027", "wpcap"),
        _byline("BBT"),
    ],
    opts={"dt": datetime(2026, 10, 8, 8, 30), "cats": ["tin-tuc"], "user": "pgdcamxuyen",
          "tags": ["chuyen-doi-so"], "views": 877, "toc": True, "mso": True},
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]


def _doc_blocks(number: str, date: str, about: str, pdf: str) -> list:
    media_id = "3e0c9b1f-" + re.sub(r"\D", "", number).rjust(4, "0") + "-4a7d-8e21-5f6b0c2d9a14"
    return [
        P(f"Phòng GD&ĐT Cẩm Xuyên ban hành {number} ngày {date} {about}. Các đơn vị tải văn bản tại tệp đính kèm dưới đây."),
        Raw(f'<div class="wp-block-file"><object class="wp-block-file__embed" data="{pdf}" type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng {esc(number)}."></object>'
            f'<a id="wp-block-file--media-{media_id}" href="{pdf}">{esc(number)}</a>'
            f'<a href="{pdf}" class="wp-block-file__button wp-element-button" download>Tải về</a></div>'),
    ]


D1 = Story(
    id=2077,
    slug="cong-van-so-468-pgddt-th-ve-viec-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
    title="Công văn số 468/PGDĐT-TH về việc tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
    cat="van-ban",
    published_at=None,
    blocks=_doc_blocks("Công văn số 468/PGDĐT-TH", "28/11/2026",
                       "về việc tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 – 2027",
                       f"{U}/2026/11/468-PGDDT-TH-Hoi-thi-GVDG-Tieu-hoc.pdf"),
    opts={"dt": datetime(2026, 11, 30, 16, 45), "cats": ["van-ban"], "user": "pgdcamxuyen",
          "tags": ["giao-vien-day-gioi"], "views": 402, "markup": "block", "doc": True},
)
D2 = Story(
    id=2019,
    slug="ke-hoach-so-215-kh-pgddt-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
    title="Kế hoạch số 215/KH-PGDĐT thực hiện Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026",
    cat="van-ban",
    published_at=None,
    blocks=_doc_blocks("Kế hoạch số 215/KH-PGDĐT", "29/10/2026",
                       "thực hiện Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026",
                       f"{U}/2026/10/215-KH-PGDDT-Binh-dang-gioi-2026.pdf"),
    opts={"dt": datetime(2026, 10, 30, 10, 0), "cats": ["van-ban"], "user": "pgdcamxuyen",
          "tags": [], "views": 288, "markup": "block", "doc": True},
)

POSTS = sorted([*ARTICLES, D1, D2], key=lambda s: s.opts["dt"], reverse=True)
BY_ID = {s.id: s for s in POSTS}
BY_SLUG = {s.slug: s for s in POSTS}
PDFS = {
    f"{U}/2026/11/Huong-dan-su-dung-hoc-ba-so.pdf",
    f"{U}/2026/11/468-PGDDT-TH-Hoi-thi-GVDG-Tieu-hoc.pdf",
    f"{U}/2026/10/215-KH-PGDDT-Binh-dang-gioi-2026.pdf",
}
#: WordPress Popular Posts, as the widget ranked them on the 5th
POPULAR = [2052, 2043, 2088, 2081, 2024]
COMMENTS_PER_PAGE = 5


def post_path(story: Story) -> str:
    return f"/{story.slug}.html"


def _size_re(src: str) -> re.Match | None:
    return re.search(r"-(\d+)x(\d+)\.(jpg|jpeg|png)$", src)


def _base_image(src: str) -> str:
    """The original upload behind a size variant ("…-1024x683.jpg" -> "….jpg")."""
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _variant(src: str, w: int, h: int) -> str:
    base = _base_image(src)
    stem, ext = base.rsplit(".", 1)
    return f"{stem}-{w}x{h}.{ext}"


def att_slug(src: str) -> str:
    return _base_image(src).rsplit("/", 1)[1].rsplit(".", 1)[0].lower()


def att_path(story: Story, img: Img) -> str:
    return f"{post_path(story)}/{att_slug(img.src)}/"


#: attachment pages: path -> (parent story, image)
ATTACHMENTS: dict[str, tuple[Story, Img]] = {
    att_path(s, i): (s, i) for s in ARTICLES for i in s.images if "att" in i.style.split()
}


def _pages_of(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if b is NEXTPAGE:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# --- text helpers ------------------------------------------------------------------------------

_TEXTURE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def tx(value: str, attr: bool = False) -> str:
    """Escape as WordPress prints it: wptexturize's curly quotes and dashes as numeric references."""
    out = _html.escape(value, quote=attr)
    for ch, ent in _TEXTURE.items():
        out = out.replace(ch, ent)
    return out


def vn_date(dt: datetime) -> str:
    return f"{MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def vn_time(dt: datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'sáng' if dt.hour < 12 else 'chiều'}"


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def iso_utc(dt: datetime) -> str:
    return (dt - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def excerpt(story: Story, words: int = 25) -> str:
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    parts = first.split()
    return tx(" ".join(parts[:words])) + (" [&hellip;]" if len(parts) > words else "")


# --- images ------------------------------------------------------------------------------------


def _dims(src: str) -> tuple[int, int]:
    m = _size_re(src)
    return (int(m.group(1)), int(m.group(2))) if m else (1280, 853)


def lazy_img(src: str, alt: str = "", cls: str = "", srcset: bool = True, extra: str = "") -> str:
    """An ``<img>`` as WP Rocket rewrites it: SVG placeholder, data-lazy-*, a noscript copy."""
    w, h = _dims(src)
    placeholder = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    set_attr = lazy_set = ""
    if srcset and _size_re(src):
        ratio = h / w
        variants = [(300, round(300 * ratio)), (768, round(768 * ratio))]
        entries = [f"{_variant(src, vw, vh)} {vw}w" for vw, vh in variants]
        entries += [f"{src} {w}w", f"{_base_image(src)} 1600w"]
        joined = ", ".join(entries)
        sizes = f"(max-width: {w}px) 100vw, {w}px"
        lazy_set = f' data-lazy-srcset="{joined}" data-lazy-sizes="{sizes}"'
        set_attr = f' srcset="{joined}" sizes="{sizes}"'
    alt_attr = tx(alt, attr=True)
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{placeholder}" class="{cls}" '
        f'alt="{alt_attr}"{extra}{lazy_set} data-lazy-src="{src}" />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{src}" class="{cls}" '
        f'alt="{alt_attr}"{extra}{set_attr} /></noscript>'
    )


def _img_ids(story: Story) -> dict[str, int]:
    """Attachment ids: the photos were uploaded just before their post was saved."""
    n = len(story.images)
    return {img.src: story.id - n + k for k, img in enumerate(story.images)}


# --- the text of a post ------------------------------------------------------------------------


def _ptext(story: Story, text: str) -> str:
    out = tx(text)
    for anchor, href in story.opts.get("links", {}).items():
        out = out.replace(tx(anchor), f'<a href="{href}">{tx(anchor)}</a>', 1)
    return out


def _toc_id(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "_", _ascii(text)).strip("_")


def _ascii(text: str) -> str:
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if ord(c) < 128)


def _toc(blocks: list) -> str:
    heads = [b for b in blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items: list[str] = []
    open_sub = False
    for n, h in enumerate(heads, 1):
        link = (f'<a class="ez-toc-link ez-toc-heading-{n}" href="#{_toc_id(h.text)}" '
                f'title="{tx(h.text, attr=True)}">{tx(h.text)}</a>')
        if h.style == "h2":
            if open_sub:
                items.append("</ul></li>")
                open_sub = False
            elif items:
                items.append("</li>")
            items.append(f"<li class='ez-toc-page-1 ez-toc-heading-level-2'>{link}")
        else:
            if not open_sub:
                items.append("<ul class='ez-toc-list-level-3' >")
                open_sub = True
            items.append(f"<li class='ez-toc-heading-level-3'>{link}</li>")
    items.append("</ul></li>" if open_sub else "</li>")
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_66_1 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction">\n<div class="ez-toc-title-container">\n'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p>\n'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn '
        'ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">'
        '<span class="ez-toc-js-icon-con"></span></a></span></div>\n'
        "<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >" + "".join(items) + "</ul></nav></div>\n"
    )


def _image_html(story: Story, img: Img, ids: dict[str, int], markup: str) -> str:
    tokens = img.style.split()
    wid = ids[img.src]
    link = None
    if "att" in tokens:
        link = att_path(story, img)
    elif "file" in tokens:
        link = _base_image(img.src)
    if "gallery" in tokens:
        tag = lazy_img(img.src, img.printed or "", f"wp-image-{wid}", extra=f' data-id="{wid}"')
        cap = (f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>'
               if img.printed else "")
        return f'<figure class="wp-block-image size-large">{tag}{cap}</figure>'
    w, _h = _dims(img.src)
    if "block" in tokens:
        tag = lazy_img(img.src, "", f"wp-image-{wid}")
        if link:
            tag = f'<a href="{link}">{tag}</a>'
        cap = (f'<figcaption class="wp-element-caption">{tx(img.printed)}</figcaption>'
               if img.printed else "")
        return f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>'
    if "wpcap" in tokens:
        tag = lazy_img(img.src, "", f"size-large wp-image-{wid}")
        if link:
            tag = f'<a href="{link}">{tag}</a>'
        return (
            f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
            f'style="width: {w}px" class="wp-caption aligncenter">{tag}'
            f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">'
            f"{tx(img.printed or '')}</figcaption></figure>"
        )
    # "next": the picture in its own centred paragraph, the editor's italic line under it
    tag = lazy_img(img.src, _base_image(img.src).rsplit("/", 1)[1],
                   f"aligncenter size-full wp-image-{wid}", srcset=bool(_size_re(img.src)))
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{tx(img.printed)}</em></p>'
    return out


_FB_WRAP = "x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"
_FB_SPAN = "html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r x1fey0fg xbnffbc x1dbqv8r x1ickjnp x1qhmfi1 x1lliihq"


def _fb_line(p: P) -> str:
    if p.style.startswith("fbb:"):
        emoji = p.style[4:]
        code = "-".join(f"{ord(c):x}" for c in emoji if ord(c) > 0xFFF)
        pic = (f'<span class="{_FB_SPAN}"><img loading="lazy" decoding="async" height="16" '
               f'width="16" alt="{emoji}" src="https://static.xx.fbcdn.net/images/emoji.php/v9/'
               f't{len(code)}/1/16/{code}.png" /></span>')
        return f'<div dir="auto">{pic} {tx(p.text)}</div>'
    return f'<div dir="auto">{tx(p.text)}</div>'


def render_text(story: Story, blocks: list) -> str:
    """The post's ``.entry-content`` markup for one of its pages (without plugin additions)."""
    markup = story.opts.get("markup", "classic")
    ids = _img_ids(story)
    out: list[str] = []
    i = 0
    mso = story.opts.get("mso")
    pstyle = ' class="MsoNormal" style="text-align: justify;"' if mso else (
        "" if markup == "block" else ' style="text-align: justify;"')
    toc_done = not story.opts.get("toc")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if "gallery" in b.style.split():
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and "gallery" in blocks[i].style:
                    group.append(_image_html(story, blocks[i], ids, markup))
                    i += 1
                gcap = story.opts.get("gallery_caption")
                cap = (f'<figcaption class="blocks-gallery-caption wp-element-caption">{tx(gcap)}</figcaption>'
                       if gcap else "")
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                    + "\n".join(group) + f"\n{cap}</figure>"
                )
                continue
            out.append(_image_html(story, b, ids, markup))
            i += 1
            continue
        style = b.style
        if style in ("h2", "h3"):
            if not toc_done:
                out.append(_toc(blocks))
                toc_done = True
            anchor = (f'<span class="ez-toc-section" id="{_toc_id(b.text)}"></span>'
                      if story.opts.get("toc") else "")
            close = '<span class="ez-toc-section-end"></span>' if anchor else ""
            out.append(f"<{style}>{anchor}<strong>{tx(b.text)}</strong>{close}</{style}>")
        elif style == "lead":
            out.append(f"<p{pstyle}><strong>{_ptext(story, b.text)}</strong></p>")
        elif style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                widths = ["8%", "46%", "20%", "26%"]
                tds = "".join(
                    f'<td style="width: {widths[k % 4]}; text-align: {"left" if k == 1 else "center"};">'
                    + (f"<strong>{tx(c)}</strong>" if first else tx(c)) + "</td>"
                    for k, c in enumerate(cells)
                )
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append('<table style="border-collapse: collapse; width: 100%; height: 150px;" border="1">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        elif style == "quote":
            out.append(f"<blockquote><p><em>{tx(b.text)}</em></p></blockquote>")
        elif style.startswith("fb"):
            # a plain line alone in its wrapper; lines starting with a pictured emoji together
            lines = [_fb_line(b)]
            i += 1
            while (style != "fb" and i < len(blocks) and isinstance(blocks[i], P)
                   and blocks[i].style.startswith("fbb:")):
                lines.append(_fb_line(blocks[i]))
                i += 1
            out.append(f'<div class="{_FB_WRAP}">\n' + "\n".join(lines) + "\n</div>")
            continue
        else:
            # a paragraph, and the lines the editor broke with Shift+Enter after it
            lines = [_ptext(story, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(tx(blocks[i].text))
            out.append(f"<p{pstyle}>" + "<br />\n".join(lines) + "</p>")
        i += 1
    return "\n".join(out)


# --- site chrome -------------------------------------------------------------------------------


def _cat_of(slug: str) -> Cat:
    return CATS[slug]


def in_cat(story: Story, slug: str) -> bool:
    return any(c == slug or CATS[c].parent == slug for c in story.opts["cats"])


def cat_count(slug: str) -> int:
    return sum(1 for s in POSTS if in_cat(s, slug))


def first_image(story: Story) -> str | None:
    return story.images[0].src if story.images else None


def cat_labels(story: Story) -> str:
    links = "".join(
        f'<a href="{CATS[c].path}" style="background:{CATS[c].color}" rel="category tag">{esc(CATS[c].name)}</a>&nbsp;'
        for c in sorted(story.opts["cats"], key=lambda c: CATS[c].name)
    )
    return f'<div class="above-entry-meta"><span class="cat-links">{links}</span></div>'


def comments_link(story: Story) -> str:
    n = len(story.opts.get("comments", []))
    target = "#comments" if n else "#respond"
    return (f'<span class="comments"><a href="{post_path(story)}{target}"><i class="fa fa-comment"></i> '
            f'{n} Bình luận</a></span>')


def meta_line(story: Story, single: bool = False) -> str:
    dt = story.opts["dt"]
    mod = story.opts.get("mod")
    if mod:
        times = (f'<time class="entry-date published" datetime="{iso(dt)}">{vn_date(dt)}</time>'
                 f'<time class="updated" datetime="{iso(mod)}">{vn_date(mod)}</time>')
    else:
        times = f'<time class="entry-date published updated" datetime="{iso(dt)}">{vn_date(dt)}</time>'
    user = story.opts["user"]
    parts = [
        f'<span class="posted-on"><a href="{post_path(story)}" title="{vn_time(dt)}" rel="bookmark">'
        f'<i class="fa fa-calendar-o"></i> {times}</a></span>',
        f'<span class="byline"><span class="author vcard"><i class="fa fa-user"></i>'
        f'<a class="url fn n" href="/author/{user}/" title="{user}">{user}</a></span></span>',
    ]
    if single:
        parts.append(f'<span class="post-views"><i class="fa fa-eye"></i><span class="total-views">'
                     f'{thousands(story.opts["views"])} lượt xem</span></span>')
    parts.append(comments_link(story))
    if single and story.opts["tags"]:
        tags = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
        parts.append(f'<span class="tag-links"><i class="fa fa-tags"></i>{tags}</span>')
    return '<div class="below-entry-meta">\n' + "\n".join(parts) + "\n</div>"


def _head(request: Request, title: str, body_class: str, canonical: str | None = None,
          extra: str = "") -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Cẩm Xuyên &raquo; Dòng thông tin" href="{base}/feed/" />
{extra}<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='ez-toc-css' href='{base}/wp-content/plugins/easy-table-of-contents/assets/css/screen.min.css?ver=2.0.66.1' type='text/css' media='all' />
<link rel='stylesheet' id='wp-pagenavi-css' href='{base}/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='{base}/wp-content/themes/colormag-pro/style.css?ver=4.0.9' type='text/css' media='all' />
<link rel='stylesheet' id='colormag-fontawesome-css' href='{base}/wp-content/themes/colormag-pro/fontawesome/css/font-awesome.min.css?ver=4.7.0' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.5.5" />
{canon}<style type="text/css" id="wp-custom-css">.updated{{display:none}} #site-navigation{{background-color:#1a5a96}} .news-bar{{font-size:13px}}</style>
<noscript><style id="rocket-lazyload-nojs-css">.rll-youtube-player, [data-lazy-src]{{display:none !important;}}</style></noscript>
</head>
<body class="{body_class} wp-custom-logo right-sidebar wide">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
"""


def _header() -> str:
    ticker = "\n".join(
        f'<li><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">{tx(s.title)}</a></li>'
        for s in POSTS[:5]
    )
    today = f"{WEEKDAYS[NOW.weekday()]}, {vn_date(NOW)}"
    mega_posts = "".join(
        f'<li class="mega-post"><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">'
        + (lazy_img(_variant(first_image(s), 130, 90), s.title, "attachment-colormag-featured-post-small", srcset=False)
           if first_image(s) else "")
        + f'<span class="mega-post-title">{tx(s.title)}</span></a></li>'
        for s in [p for p in POSTS if in_cat(p, "tin-tuc")][:4]
    )
    return f"""<header id="masthead" class="site-header clearfix ">
<div id="header-text-nav-container" class="clearfix">
<div class="news-bar">
<div class="inner-wrap clearfix">
<div class="date-in-header">{today}</div>
<div class="breaking-news">
<strong class="breaking-news-latest">Tin mới:</strong>
<ul class="newsticker">
{ticker}
</ul>
</div>
<div class="social-links clearfix"><ul>
<li><a href="https://www.facebook.com/pgdcamxuyen" target="_blank" rel="noopener"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://www.youtube.com/@pgdcamxuyen" target="_blank" rel="noopener"><i class="fa fa-youtube"></i></a></li>
<li><a href="https://zalo.me/pgdcamxuyen" target="_blank" rel="noopener"><i class="fa fa-comments"></i></a></li>
</ul></div>
</div>
</div>
<div class="inner-wrap">
<div id="header-text-nav-wrap" class="clearfix">
<div id="header-left-section">
<div id="header-logo-image"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2024/08/logo-pgd-cam-xuyen.png" class="custom-logo" alt="Phòng GD&amp;ĐT Cẩm Xuyên" decoding="async" /></a></div>
<div id="header-text" class="">
<h3 id="site-title"><a href="/" title="Phòng GD&amp;ĐT Cẩm Xuyên" rel="home">Phòng GD&amp;ĐT Cẩm Xuyên</a></h3>
<p id="site-description">{TAGLINE}</p>
</div>
</div>
<div id="header-right-section">
<div id="header-right-sidebar" class="clearfix">
<aside id="media_image-2" class="widget widget_media_image clearfix"><a href="https://dichvucong.hatinh.gov.vn/"><img width="728" height="90" src="/wp-content/uploads/2025/03/banner-dich-vu-cong.jpg" class="image wp-image-1203 attachment-full size-full" alt="Dịch vụ công trực tuyến tỉnh Hà Tĩnh" decoding="async" /></a></aside>
</div>
</div>
</div>
</div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation">
<div class="inner-wrap clearfix">
<div class="home-icon front_page_on"><a href="/" title="Phòng GD&amp;ĐT Cẩm Xuyên"><i class="fa fa-home"></i></a></div>
<p class="menu-toggle"></p>
<div class="menu-primary-container"><ul id="menu-menu-chinh" class="menu">
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-25"><a href="/gioi-thieu/">Giới thiệu</a>
<ul class="sub-menu">
\t<li id="menu-item-26" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-26"><a href="/gioi-thieu/#co-cau-to-chuc">Cơ cấu tổ chức</a></li>
\t<li id="menu-item-27" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-27"><a href="/lien-he/">Thông tin liên hệ</a></li>
</ul>
</li>
<li id="menu-item-31" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-31 colormag-mega-menu"><a href="/category/tin-tuc/">Tin tức</a>
<ul class="sub-menu">
\t<li id="menu-item-32" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-32"><a href="/category/tin-tuc/hoat-dong-chuyen-mon/">Hoạt động chuyên môn</a></li>
</ul>
<div class="mega-menu-wrapper"><ul class="mega-menu-posts clearfix">{mega_posts}</ul></div>
</li>
<li id="menu-item-33" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-33"><a href="/category/tin-tuc/hoat-dong-chuyen-mon/">Chuyên môn</a></li>
<li id="menu-item-34" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-34"><a href="/category/cong-doan/">Công đoàn</a></li>
<li id="menu-item-35" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-35"><a href="/category/van-ban/">Văn bản</a></li>
<li id="menu-item-36" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-36"><a href="#">Liên kết</a>
<ul class="sub-menu">
\t<li id="menu-item-37" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-37"><a target="_blank" rel="noopener" href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>
\t<li id="menu-item-38" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-38"><a target="_blank" rel="noopener" href="https://hatinh.edu.vn/">Sở GD&amp;ĐT Hà Tĩnh</a></li>
\t<li id="menu-item-39" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-39"><a target="_blank" rel="noopener" href="https://csdl.hatinh.edu.vn/">CSDL ngành</a></li>
</ul>
</li>
<li id="menu-item-40" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-40"><a href="/lien-he/">Liên hệ</a></li>
</ul></div>
<div class="random-post"><a href="{post_path(POSTS[7])}" title="Xem bài viết ngẫu nhiên"><i class="fa fa-random"></i></a></div>
<i class="fa fa-search search-top"></i>
<div class="search-form-top">
<form action="/" class="search-form searchform clearfix" method="get">
<div class="search-wrap"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></div>
</form>
</div>
</div>
</nav>
</div>
</header>
"""


def _breadcrumb(trail: list[tuple[str, str | None, str]]) -> str:
    """Breadcrumb NavXT's RDFa trail; entries are (name, link or None, NavXT class)."""
    out = []
    for pos, (name, link, cls) in enumerate(trail, 1):
        if link:
            if pos == 1:
                title = "Go to Phòng GD&amp;ĐT Cẩm Xuyên."
            elif cls.startswith("post"):
                title = f"Go to {tx(name, attr=True)}."
            else:
                title = f"Go to the {tx(name, attr=True)} category archives."
            out.append(
                f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
                f'title="{title}" href="{link}" class="{cls}"><span property="name">{esc(name) if pos == 1 else tx(name)}</span></a>'
                f'<meta property="position" content="{pos}"></span>'
            )
        else:
            out.append(
                f'<span property="itemListElement" typeof="ListItem"><span property="name" class="{cls}">'
                f'{tx(name)}</span><meta property="position" content="{pos}"></span>'
            )
    return ('<div id="breadcrumb" class="breadcrumb-wrap clearfix"><div class="inner-wrap">'
            '<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/">'
            '<span class="breadcrumb-title">Bạn đang xem:</span> '
            + " &gt; ".join(out) + "</div></div></div>\n")


HOME_CRUMB = ("Trang chủ", "/", "home")


def cat_trail(slug: str) -> list[tuple[str, str | None, str]]:
    cat = CATS[slug]
    trail = [HOME_CRUMB]
    if cat.parent:
        trail.append((CATS[cat.parent].name, CATS[cat.parent].path, "taxonomy category"))
    trail.append((cat.name, cat.path, "taxonomy category"))
    return trail


def _sidebar() -> str:
    popular = "\n".join(
        f'<li><a href="{post_path(BY_ID[i])}" target="_self">'
        + (lazy_img(_variant(first_image(BY_ID[i]), 75, 75), BY_ID[i].title, "wpp-thumbnail wpp_featured wpp_cached_thumb", srcset=False)
           if first_image(BY_ID[i]) else "")
        + f'</a> <a href="{post_path(BY_ID[i])}" class="wpp-post-title" target="_self">{tx(BY_ID[i].title)}</a> '
        f'<span class="wpp-meta post-stats"><span class="wpp-views">{thousands(BY_ID[i].opts["views"])} lượt xem</span></span></li>'
        for i in POPULAR
    )
    months = {}
    for s in POSTS:
        key = (s.opts["dt"].year, s.opts["dt"].month)
        months[key] = months.get(key, 0) + 1
    options = "\n".join(
        f"\t<option value='/{y}/{m:02d}/'> {MONTHS[m - 1]} {y} &nbsp;({n})</option>"
        for (y, m), n in months.items()
    )
    return f"""<div id="secondary">
<aside id="search-2" class="widget widget_search clearfix">
<form action="/" class="search-form searchform clearfix" method="get">
<div class="search-wrap"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></div>
</form>
</aside>
<aside id="wpp-2" class="widget popular-posts clearfix"><h3 class="widget-title"><span>Tin đọc nhiều</span></h3>
<ul class="wpp-list wpp-list-with-thumbnails">
{popular}
</ul>
</aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html clearfix"><h3 class="widget-title"><span>Fanpage Phòng GD&amp;ĐT</span></h3><div class="textwidget custom-html-widget"><div id="fb-root"></div>
<div class="fb-page" data-href="https://www.facebook.com/pgdcamxuyen" data-tabs="timeline" data-width="300" data-height="320" data-small-header="false" data-adapt-container-width="true" data-hide-cover="false" data-show-facepile="true"><blockquote cite="https://www.facebook.com/pgdcamxuyen" class="fb-xfbml-parse-ignore"><a href="https://www.facebook.com/pgdcamxuyen">Phòng Giáo dục và Đào tạo Cẩm Xuyên</a></blockquote></div></div></aside>
<aside id="archives-2" class="widget widget_archive clearfix"><h3 class="widget-title"><span>Lưu trữ</span></h3>
<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown">
\t<option value="">Chọn tháng</option>
{options}
</select>
<script type="text/javascript">
/* <![CDATA[ */
(function() {{
\tvar dropdown = document.getElementById( "archives-dropdown-2" );
\tfunction onSelectChange() {{
\t\tif ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
\t\t\tdocument.location.href = this.options[ this.selectedIndex ].value;
\t\t}}
\t}}
\tdropdown.onchange = onSelectChange;
}})();
/* ]]> */
</script>
</aside>
<aside id="media_image-4" class="widget widget_media_image clearfix"><a href="https://hatinh.edu.vn/"><img width="300" height="100" src="/wp-content/uploads/2024/08/banner-so-gddt-ha-tinh.png" class="image wp-image-1188 attachment-full size-full" alt="Sở Giáo dục và Đào tạo Hà Tĩnh" decoding="async" /></a></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget clearfix"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="8c2f1e6a4b" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn quan tâm nội dung nào nhất trên cổng thông tin?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans">
<ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Tin hoạt động của ngành</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Văn bản chỉ đạo, điều hành</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Tuyển sinh, thi cử</label></li>
</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
</div>
</form>
</div>
</aside>
<aside id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget clearfix"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul>
<li><label>Đang trực tuyến:</label> 17</li>
<li><label>Truy cập hôm nay:</label> 386</li>
<li><label>Truy cập hôm qua:</label> 1.027</li>
<li><label>Tổng lượt truy cập:</label> 1.254.310</li>
</ul>
</aside>
</div>
"""


def _footer() -> str:
    cats = "\n".join(
        f'<li class="cat-item cat-item-{c.term_id}"><a href="{c.path}">{esc(c.name)}</a> ({cat_count(c.slug)})</li>'
        for c in CATS.values()
    )
    return f"""</div><!-- .inner-wrap -->
</div><!-- #main -->
<footer id="colophon" class="clearfix">
<div class="footer-widgets-wrapper">
<div class="inner-wrap">
<div class="footer-widgets-area clearfix">
<div class="tg-footer-main-widget">
<div class="tg-first-footer-widget">
<aside id="text-3" class="widget widget_text clearfix"><h3 class="widget-title"><span>Phòng GD&amp;ĐT Cẩm Xuyên</span></h3><div class="textwidget"><p>Địa chỉ: Số 12, đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3861.246 &#8211; Fax: 0239.3861.504<br />
Email: pgdcamxuyen@hatinh.edu.vn</p>
</div></aside>
</div>
</div>
<div class="tg-footer-other-widgets">
<div class="tg-second-footer-widget">
<aside id="nav_menu-2" class="widget widget_nav_menu clearfix"><h3 class="widget-title"><span>Liên kết</span></h3><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>
<li class="menu-item"><a href="https://hatinh.edu.vn/">Sở GD&amp;ĐT Hà Tĩnh</a></li>
<li class="menu-item"><a href="https://camxuyen.hatinh.gov.vn/">UBND huyện Cẩm Xuyên</a></li>
<li class="menu-item"><a href="https://baohatinh.vn/">Báo Hà Tĩnh</a></li>
</ul></div></aside>
</div>
<div class="tg-third-footer-widget">
<aside id="categories-2" class="widget widget_categories clearfix"><h3 class="widget-title"><span>Chuyên mục</span></h3>
<ul>
{cats}
</ul>
</aside>
</div>
<div class="tg-fourth-footer-widget">
<aside id="custom_html-5" class="widget_text widget widget_custom_html clearfix"><h3 class="widget-title"><span>Bản đồ</span></h3><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3790.2!2d106.0!3d18.25!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="180" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></aside>
</div>
</div>
</div>
</div>
</div>
<div class="footer-socket-wrapper clearfix">
<div class="inner-wrap">
<div class="footer-socket-area">
<div class="footer-socket-right-section">
<div class="social-links clearfix"><ul><li><a href="https://www.facebook.com/pgdcamxuyen" target="_blank" rel="noopener"><i class="fa fa-facebook"></i></a></li></ul></div>
</div>
<div class="footer-socket-left-section">
<div class="copyright">Bản quyền &copy; 2026 <a href="/" title="Phòng GD&amp;ĐT Cẩm Xuyên"><span>Phòng GD&amp;ĐT Cẩm Xuyên</span></a>. Chịu trách nhiệm nội dung: Trưởng phòng Phòng GD&amp;ĐT Cẩm Xuyên.<br>Ghi rõ nguồn &ldquo;Phòng GD&amp;ĐT Cẩm Xuyên&rdquo; khi phát hành lại thông tin từ website này. Theme: ColorMag Pro by <a href="https://themegrill.com/themes/colormag" target="_blank" title="ThemeGrill" rel="author"><span>ThemeGrill</span></a>.</div>
</div>
</div>
</div>
</div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div><!-- #page -->
<script type="text/javascript" src="/wp-content/themes/colormag-pro/js/jquery.bxslider.min.js?ver=4.2.10" id="colormag-bxslider-js"></script>
<script type="text/javascript" src="/wp-content/themes/colormag-pro/js/news-ticker/jquery.newsTicker.min.js?ver=1.0.0" id="colormag-news-ticker-js"></script>
<script type="text/javascript" src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
<script type="text/javascript" src="https://stats.wp.com/e-202649.js" id="jetpack-stats-js" defer="defer"></script>
</body>
</html>
"""


def layout(request: Request, *, title: str, body_class: str, main: str, crumbs: str = "",
           canonical: str | None = None, extra_head: str = "", status: int = 200) -> Response:
    page = (
        _head(request, title, body_class, canonical, extra_head)
        + _header()
        + crumbs
        + '<div id="main" class="clearfix">\n<div class="inner-wrap clearfix">\n'
        + '<div id="primary">\n<div id="content" class="clearfix">\n'
        + main
        + "\n</div><!-- #content -->\n</div><!-- #primary -->\n"
        + _sidebar()
        + _footer()
    )
    return html(page, status=status, headers={"Link": f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'})


def doc_title(*parts: str) -> str:
    return " &#8211; ".join([*parts, "Phòng GD&amp;ĐT Cẩm Xuyên"])


# --- single posts ------------------------------------------------------------------------------


def _plugins_in_text(story: Story) -> str:
    if not story.opts.get("share"):
        return ""
    path = post_path(story)
    return (
        f'\n<div class="post-views content-post post-{story.id} entry-meta">\n'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        f'<span class="post-views-label">Lượt xem:</span> <span class="post-views-count">{thousands(story.opts["views"])}</span>\n</div>'
        '\n<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
        '<h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>'
        f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{story.id}" '
        f'class="share-facebook sd-button share-icon" href="{path}?share=facebook" target="_blank" '
        'title="Bấm để chia sẻ lên Facebook"><span>Facebook</span></a></li>'
        f'<li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" '
        f'href="{path}#print" target="_blank" title="Bấm để in"><span>In</span></a></li>'
        '<li class="share-end"></li></ul></div></div></div>'
    )


def _prev_next(story: Story) -> str:
    idx = POSTS.index(story)
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    newer = POSTS[idx - 1] if idx > 0 else None
    out = ['<ul class="default-wp-page clearfix">']
    if older:
        out.append(f'<li class="previous"><a href="{post_path(older)}" rel="prev"><span class="meta-nav">&larr;</span> {tx(older.title)}</a></li>')
    if newer:
        out.append(f'<li class="next"><a href="{post_path(newer)}" rel="next">{tx(newer.title)} <span class="meta-nav">&rarr;</span></a></li>')
    out.append("</ul>")
    return "\n".join(out)


def _author_box(user: str) -> str:
    return (
        '<div class="author-box">\n<div class="author-img"><img alt="" src="https://secure.gravatar.com/avatar/'
        f'{"7f3a" if user == "pgdcamxuyen" else "c21b"}9e0d5b6c4a1f2e8d7c6b5a4f3e2d1c0b?s=100&#038;d=mm&#038;r=g" '
        'class="avatar avatar-100 photo" height="100" width="100" decoding="async"/></div>\n'
        f'<div class="author-description-wrapper"><h4 class="author-name">{user}</h4>\n'
        f'<p class="author-description">{esc(USERS[user])}</p>\n'
        f'<p class="author-url"><a href="/author/{user}/">Xem tất cả bài viết của {user}</a></p></div>\n</div>'
    )


def related(story: Story) -> list[Story]:
    pool = [s for s in POSTS if s is not story and set(s.opts["cats"]) & set(story.opts["cats"])]
    pool.sort(key=lambda s: abs((s.opts["dt"] - story.opts["dt"]).total_seconds()))
    return pool[:3]


def _related_box(story: Story) -> str:
    cards = []
    for s in related(story):
        thumb = ""
        if first_image(s):
            thumb = (f'<div class="related-posts-thumbnail"><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">'
                     + lazy_img(_variant(first_image(s), 390, 205), s.title, "attachment-colormag-featured-post-medium size-colormag-featured-post-medium wp-post-image", srcset=False)
                     + "</a></div>")
        cards.append(
            f'<div class="single-related-posts">{thumb}<div class="article-content">'
            f'<h3 class="entry-title"><a href="{post_path(s)}" rel="bookmark" title="{tx(s.title, attr=True)}">{tx(s.title)}</a></h3>'
            + meta_line(s) + "</div></div>"
        )
    return ('<div class="related-posts-wrapper">\n<h4 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i>'
            '<span>Bài viết cùng chuyên mục</span></h4>\n<div class="related-posts clearfix">\n'
            + "\n".join(cards) + "\n</div>\n</div>")


def comment_pages(story: Story) -> int:
    n = len(story.opts.get("comments", []))
    return max(1, -(-n // COMMENTS_PER_PAGE))


def _comments(story: Story, cpage: int) -> str:
    comments = story.opts.get("comments", [])
    path = post_path(story)
    out = ['<div id="comments" class="comments-area">']
    if comments:
        out.append(f'<h3 class="comments-title">{len(comments)} bình luận về &ldquo;<span>{tx(story.title)}</span>&rdquo;</h3>')
        out.append('<ul class="comment-list">')
        chunk = comments[(cpage - 1) * COMMENTS_PER_PAGE: cpage * COMMENTS_PER_PAGE]
        for cid, who, when, said in chunk:
            out.append(
                f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment">'
                '<header class="comment-meta comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/0b1c2d3e4f?s=74&#038;d=mm&#038;r=g" class="avatar avatar-74 photo" height="74" width="74"/>'
                f'<div class="comment-author-link"><i class="fa fa-user"></i>{esc(who)}</div>'
                f'<div class="comment-date-time"><i class="fa fa-calendar-o"></i>{vn_date(when)} lúc {vn_time(when)}</div>'
                f'<a class="comment-permalink" href="{path}/comment-page-{cpage}/#comment-{cid}"><i class="fa fa-link"></i>Liên kết</a></header>'
                f'<section class="comment-content comment"><p>{esc(said)}</p></section></article></li>'
            )
        out.append("</ul>")
        if comment_pages(story) > 1:
            prev = (f'<div class="nav-previous"><a href="{path}/comment-page-{cpage - 1}/#comments">&larr; Bình luận cũ hơn</a></div>'
                    if cpage > 1 else '<div class="nav-previous"></div>')
            nxt = (f'<div class="nav-next"><a href="{path}/comment-page-{cpage + 1}/#comments">Bình luận mới hơn &rarr;</a></div>'
                   if cpage < comment_pages(story) else '<div class="nav-next"></div>')
            out.append('<nav id="comment-nav-below" class="comment-navigation clearfix" role="navigation">'
                       f'<h3 class="screen-reader-text">Điều hướng bình luận</h3>{prev}{nxt}</nav>')
    out.append(
        '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>'
        '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required="required" /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" />'
        f" <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />"
        " <input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div>"
    )
    out.append("</div>")
    return "\n".join(out)


def _og(request: Request, story: Story, url_path: str) -> str:
    base = base_url(request)
    img = first_image(story)
    og_img = f'<meta property="og:image" content="{base}{_variant(img, 800, 445)}" />\n' if img else ""
    tags = "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}" />\n' for t in story.opts["tags"])
    mod = story.opts.get("mod") or story.opts["dt"]
    return (
        '<!-- Jetpack Open Graph Tags -->\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{tx(story.title, attr=True)}" />\n'
        f'<meta property="og:url" content="{base}{url_path}" />\n'
        f'<meta property="og:description" content="{excerpt(story, 30)}" />\n'
        f'<meta property="article:published_time" content="{iso_utc(story.opts["dt"])}" />\n'
        f'<meta property="article:modified_time" content="{iso_utc(mod)}" />\n'
        f'<meta property="og:site_name" content="Phòng GD&amp;ĐT Cẩm Xuyên" />\n{og_img}{tags}'
        '<meta property="og:locale" content="vi_VN" />\n'
        f'<meta name="author" content="{story.opts["user"]}" />\n'
        '<!-- End Jetpack Open Graph Tags -->\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />\n"
    )


def single(request: Request, story: Story, page_no: int = 1, cpage: int | None = None) -> Response:
    pages = _pages_of(story)
    path = post_path(story)
    default_cpage = comment_pages(story)
    shown_cpage = cpage or default_cpage
    if cpage:
        canonical = f"{path}/comment-page-{cpage}/#comments"
    elif page_no > 1:
        canonical = f"{path}/{page_no}/"
    else:
        canonical = path
    text = render_text(story, pages[page_no - 1])
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            if n == page_no:
                links.append(f'<span class="post-page-numbers current" aria-current="page"><span>{n}</span></span>')
            else:
                href = path if n == 1 else f"{path}/{n}/"
                links.append(f'<a href="{href}" class="post-page-numbers"><span>{n}</span></a>')
        text += '\n<div style="clear: both;"></div><div class="pagination clearfix">Trang: ' + " ".join(links) + "</div>"
    text += _plugins_in_text(story)
    img = first_image(story)
    featured = ""
    if img:
        featured = ('<div class="featured-image">'
                    + lazy_img(_variant(img, 800, 445), story.title, "attachment-colormag-featured-image size-colormag-featured-image wp-post-image", srcset=False)
                    + "</div>\n")
    article = (
        f'<article id="post-{story.id}" class="{post_classes(story)}">\n{featured}'
        '<div class="article-content clearfix">\n'
        + cat_labels(story)
        + f'\n<header class="entry-header">\n<h1 class="entry-title">{tx(story.title)}</h1>\n</header>\n'
        + meta_line(story, single=True)
        + f'\n<div class="entry-content clearfix">\n{text}\n</div>\n'
        '</div>\n</article>\n'
    )
    main = (article + _prev_next(story) + "\n" + _author_box(story.opts["user"]) + "\n"
            + _related_box(story) + "\n" + _comments(story, shown_cpage))
    trail = [*cat_trail(story.cat), (story.title, None, "post post-post current-item")]
    title_parts = [tx(story.title)] + ([f"Trang {page_no}"] if page_no > 1 else [])
    body_class = f"post-template-default single single-post postid-{story.id} single-format-standard"
    return layout(request, title=doc_title(*title_parts), body_class=body_class, main=main,
                  crumbs=_breadcrumb(trail), canonical=canonical,
                  extra_head=_og(request, story, canonical.split("#")[0]))


def attachment_page(request: Request, story: Story, img: Img) -> Response:
    ids = _img_ids(story)
    wid = ids[img.src]
    slug = att_slug(img.src)
    siblings = [i for i in story.images if "att" in i.style.split()]
    k = siblings.index(img)
    nav = ['<ul class="default-wp-page clearfix">']
    if k > 0:
        nav.append(f'<li class="previous"><a href=\'{att_path(story, siblings[k - 1])}\'>Ảnh trước</a></li>')
    if k + 1 < len(siblings):
        nav.append(f'<li class="next"><a href=\'{att_path(story, siblings[k + 1])}\'>Ảnh sau</a></li>')
    nav.append("</ul>")
    dt = story.opts["dt"]
    medium = _variant(img.src, 300, round(300 * _dims(img.src)[1] / _dims(img.src)[0]))
    main = (
        f'<article id="post-{wid}" class="post-{wid} attachment type-attachment status-inherit hentry">\n'
        '<div class="article-content clearfix">\n'
        f'<header class="entry-header">\n<h1 class="entry-title">{slug}</h1>\n</header>\n'
        '<div class="below-entry-meta">'
        f'<span class="posted-on"><a href="{att_path(story, img)}" title="{vn_time(dt)}" rel="bookmark"><i class="fa fa-calendar-o"></i> '
        f'<time class="entry-date published updated" datetime="{iso(dt)}">{vn_date(dt)}</time></a></span>'
        f'<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="/author/{story.opts["user"]}/" title="{story.opts["user"]}">{story.opts["user"]}</a></span></span>'
        '</div>\n<div class="entry-content clearfix">\n'
        f'<p class="attachment"><a href="{_base_image(img.src)}">'
        + lazy_img(medium, "", "attachment-medium size-medium", srcset=False)
        + "</a></p>\n</div>\n</div>\n</article>\n"
        + "\n".join(nav) + "\n" + _author_box(story.opts["user"])
    )
    trail = [*cat_trail(story.cat), (story.title, post_path(story), "post post-post"),
             (slug, None, "post post-attachment current-item")]
    body_class = f"attachment attachment-template-default single single-attachment postid-{wid} attachmentid-{wid} attachment-jpeg"
    return layout(request, title=doc_title(slug), body_class=body_class, main=main,
                  crumbs=_breadcrumb(trail), canonical=att_path(story, img))


# --- listings ----------------------------------------------------------------------------------


def post_classes(story: Story) -> str:
    return " ".join(
        [f"post-{story.id}", "post", "type-post", "status-publish", "format-standard"]
        + (["has-post-thumbnail"] if first_image(story) else []) + ["hentry"]
        + [f"category-{c}" for c in story.opts["cats"]] + [f"tag-{t}" for t in story.opts["tags"]]
    )


def card(story: Story) -> str:
    img = first_image(story)
    thumb = ""
    if img:
        thumb = (f'<div class="featured-image"><a href="{post_path(story)}" title="{tx(story.title, attr=True)}">'
                 + lazy_img(_variant(img, 800, 445), story.title, "attachment-colormag-featured-image size-colormag-featured-image wp-post-image", srcset=False)
                 + "</a></div>\n")
    return (
        f'<article id="post-{story.id}" class="{post_classes(story)}">\n{thumb}'
        '<div class="article-content clearfix">\n' + cat_labels(story)
        + f'\n<header class="entry-header">\n<h2 class="entry-title"><a href="{post_path(story)}" title="{tx(story.title, attr=True)}">{tx(story.title)}</a></h2>\n</header>\n'
        + meta_line(story)
        + f'\n<div class="entry-content clearfix">\n<p>{excerpt(story)}</p>\n'
        f'<a class="more-link" title="{tx(story.title, attr=True)}" href="{post_path(story)}"><span>Đọc thêm</span></a>\n</div>\n'
        "</div>\n</article>"
    )


def page_url(base: str, n: int) -> str:
    return base if n == 1 else f"{base}page/{n}/"


def pagenavi(base: str, page_no: int, total: int) -> str:
    if total <= 1:
        return ""
    out = [f"<span class='pages'>Trang {page_no} trên {total}</span>"]
    if page_no > 1:
        out.append(f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{page_url(base, page_no - 1)}">&laquo;</a>')
    for n in range(1, total + 1):
        if n == page_no:
            out.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            cls = "page smaller" if n < page_no else "page larger"
            out.append(f'<a class="{cls}" title="Trang {n}" href="{page_url(base, n)}">{n}</a>')
    if page_no < total:
        out.append(f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{page_url(base, page_no + 1)}">&raquo;</a>')
    return "<div class='wp-pagenavi' role='navigation'>\n" + "".join(out) + "\n</div>"


def listing(request: Request, *, heading: str, crumb_trail: list, items: list[Story], base: str,
            page_no: int, body_class: str, title: str, color: str = "#1a5a96", desc: str = "") -> Response | None:
    total = max(1, -(-len(items) // PER_PAGE))
    if page_no > total:
        return None
    chunk = items[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    descr = f'<div class="taxonomy-description"><p>{esc(desc)}</p></div>' if desc and page_no == 1 else ""
    main = (
        f'<header class="page-header">\n<h1 class="page-title" style="border-bottom-color: {color}">'
        f'<span style="background-color: {color}">{heading}</span></h1>\n{descr}</header>\n'
        '<div class="article-container">\n' + "\n".join(card(s) for s in chunk) + "\n</div>\n"
        + pagenavi(base, page_no, total)
    )
    if page_no > 1:
        body_class += f" paged paged-{page_no}"
        title_parts = [title, f"Trang {page_no}"]
    else:
        title_parts = [title]
    return layout(request, title=doc_title(*title_parts), body_class=body_class, main=main,
                  crumbs=_breadcrumb(crumb_trail), canonical=page_url(base, page_no))


def category_page(request: Request, slug: str, page_no: int) -> Response | None:
    cat = CATS[slug]
    items = [s for s in POSTS if in_cat(s, slug)]
    trail = cat_trail(slug)
    trail[-1] = (cat.name, None, "archive taxonomy category current-item")
    return listing(request, heading=esc(cat.name), crumb_trail=trail, items=items, base=cat.path,
                   page_no=page_no, body_class=f"archive category category-{slug} category-{cat.term_id}",
                   title=esc(cat.name), color=cat.color, desc=cat.desc)


def _block_widget(wid: int, name: str, color: str, stories: list[Story], vertical: bool = False) -> str:
    first, rest = stories[0], stories[1:]

    def article(s: Story, size: tuple[int, int], excerpt_too: bool) -> str:
        img = first_image(s)
        fig = ""
        if img:
            fig = (f'<figure><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">'
                   + lazy_img(_variant(img, *size), s.title, "attachment-colormag-featured-post-medium size-colormag-featured-post-medium wp-post-image", srcset=False)
                   + "</a></figure>")
        ex = f'<div class="entry-content"><p>{excerpt(s, 20)}</p></div>' if excerpt_too else ""
        return (f'<div class="single-article clearfix">{fig}<div class="article-content">' + cat_labels(s)
                + f'<h3 class="entry-title"><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">{tx(s.title)}</a></h3>'
                + meta_line(s) + ex + "</div></div>")

    cls = "widget widget_featured_posts widget_featured_posts_vertical widget_featured_meta clearfix" if vertical else \
        "widget widget_featured_posts widget_featured_meta clearfix"
    return (
        f'<section id="colormag_featured_posts_widget-{wid}" class="{cls}">\n'
        f'<h3 class="widget-title" style="border-bottom-color:{color};"><span style="background-color:{color};">{esc(name)}</span></h3>\n'
        f'<div class="first-post">{article(first, (390, 205), True)}</div>\n'
        '<div class="following-post">' + "".join(article(s, (130, 90), False) for s in rest) + "</div>\n</section>"
    )


def home(request: Request) -> Response:
    slides = []
    for k, s in enumerate([p for p in POSTS if not p.opts.get("doc")][:3]):
        slides.append(
            f'<div class="single-slide {"displayblock" if k == 0 else "displaynone"}"><figure class="slider-featured-image">'
            f'<a href="{post_path(s)}" title="{tx(s.title, attr=True)}">'
            + lazy_img(_variant(first_image(s), 800, 445), s.title, "attachment-colormag-featured-image size-colormag-featured-image wp-post-image", srcset=False)
            + '</a></figure><div class="slide-content">' + cat_labels(s)
            + f'<h3 class="entry-title"><a href="{post_path(s)}" title="{tx(s.title, attr=True)}">{tx(s.title)}</a></h3>'
            + meta_line(s) + "</div></div>"
        )
    docs = "\n".join(
        f'<li><a href="{post_path(s)}">{tx(s.title)}</a> <span class="post-date">{s.opts["dt"]:%d/%m/%Y}</span></li>'
        for s in POSTS if s.opts.get("doc")
    )
    main = (
        '<div class="front-page-top-section clearfix"><div class="widget_slider_area">'
        '<section id="colormag_featured_posts_slider_widget-2" class="widget widget_featured_slider widget_featured_meta clearfix">'
        '<div class="widget_slider_area_rotate">' + "\n".join(slides) + "</div></section></div></div>\n"
        + _block_widget(2, "Tin tức", CATS["tin-tuc"].color, [s for s in POSTS if in_cat(s, "tin-tuc")][:4])
        + "\n" + _block_widget(3, "Hoạt động chuyên môn", CATS["hoat-dong-chuyen-mon"].color,
                               [s for s in POSTS if in_cat(s, "hoat-dong-chuyen-mon")][:4], vertical=True)
        + "\n" + _block_widget(4, "Công đoàn", CATS["cong-doan"].color, [s for s in POSTS if in_cat(s, "cong-doan")][:3])
        + '\n<section id="colormag_default_news_widget-5" class="widget widget_default_news_colormag widget_featured_meta clearfix">'
        f'<h3 class="widget-title" style="border-bottom-color:{CATS["van-ban"].color};"><span style="background-color:{CATS["van-ban"].color};">Văn bản mới</span></h3>'
        f'<ul class="van-ban-moi">\n{docs}\n</ul><a class="view-all-link" href="/category/van-ban/">Xem tất cả</a></section>'
    )
    return layout(request, title="Phòng GD&amp;ĐT Cẩm Xuyên &#8211; " + TAGLINE, body_class="home blog",
                  main=main, canonical="/")


# --- pages, other archives, feeds --------------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        25, "Giới thiệu",
        """<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p style="text-align: justify;">Toàn huyện hiện có 72 trường học gồm 25 trường mầm non, 24 trường tiểu học, 21 trường THCS và 2 trường liên cấp TH&amp;THCS với gần 2.000 cán bộ, giáo viên, nhân viên.</p>
<h3 id="co-cau-to-chuc"><strong>Cơ cấu tổ chức</strong></h3>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Nguyễn Văn Quang</td><td>Trưởng phòng</td><td>0913.xxx.246</td></tr>
<tr><td>Lê Thị Minh Hiền</td><td>Phó Trưởng phòng</td><td>0982.xxx.517</td></tr>
<tr><td>Trần Quốc Việt</td><td>Phó Trưởng phòng</td><td>0915.xxx.308</td></tr>
</tbody></table>
<p>Các bộ phận chuyên môn: Bộ phận Mầm non; Bộ phận Tiểu học; Bộ phận THCS; Bộ phận Tổ chức &#8211; Hành chính; Bộ phận Kế hoạch &#8211; Tài chính.</p>""",
    ),
    "lien-he": (
        27, "Liên hệ",
        """<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN</strong></p>
<p>Địa chỉ: Số 12, đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3861.246<br />
Email: pgdcamxuyen@hatinh.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f112-p27-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f112-p27-o1" method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" aria-required="true" value="" type="text" name="your-name" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap" data-name="your-email"><input size="40" class="wpcf7-form-control wpcf7-email" value="" type="email" name="your-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>
</form>
</div>""",
    ),
}


def static_page(request: Request, slug: str) -> Response:
    pid, name, body = PAGES[slug]
    main = (
        f'<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">\n'
        f'<header class="entry-header"><h1 class="entry-title">{esc(name)}</h1></header>\n'
        f'<div class="entry-content clearfix">\n{body}\n</div>\n</article>'
    )
    return layout(request, title=doc_title(esc(name)), body_class=f"page-template-default page page-id-{pid}",
                  main=main, crumbs=_breadcrumb([HOME_CRUMB, (name, None, "post post-page current-item")]),
                  canonical=f"/{slug}/")


def search_page(request: Request, query: str) -> Response:
    q = query.strip().lower()
    found = [s for s in POSTS if q and (q in s.title.lower() or any(q in p.lower() for p in s.paragraphs))]
    found = found[:PER_PAGE]
    if found:
        inner = "\n".join(card(s) for s in found)
    else:
        inner = '<section class="no-results not-found"><div class="page-content"><p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p></div></section>'
    main = (f'<header class="page-header"><h1 class="page-title"><span>Kết quả tìm kiếm cho: {esc(query)}</span></h1></header>\n'
            f'<div class="article-container">\n{inner}\n</div>')
    return layout(request, title=doc_title(f"Kết quả tìm kiếm cho &#8220;{esc(query)}&#8221;"),
                  body_class="search search-results", main=main,
                  crumbs=_breadcrumb([HOME_CRUMB, (f"Kết quả tìm kiếm cho '{query}'", None, "search current-item")]))


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
\t<item>
\t\t<title>{tx(s.title)}</title>
\t\t<link>{base}{post_path(s)}</link>
\t\t<dc:creator><![CDATA[{s.opts["user"]}]]></dc:creator>
\t\t<pubDate>{(s.opts["dt"] - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S")} +0000</pubDate>
\t\t<category><![CDATA[{CATS[s.cat].name}]]></category>
\t\t<guid isPermaLink="false">{base}/?p={s.id}</guid>
\t\t<description><![CDATA[{_html.unescape(excerpt(s, 40))}]]></description>
\t</item>"""
        for s in POSTS[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
\t<title>Phòng GD&amp;ĐT Cẩm Xuyên</title>
\t<atom:link href="{base}/feed/" rel="self" type="application/rss+xml" />
\t<link>{base}</link>
\t<description>{TAGLINE}</description>
\t<lastBuildDate>{(POSTS[0].opts["dt"] - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S")} +0000</lastBuildDate>
\t<language>vi</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<generator>https://wordpress.org/?v=6.5.5</generator>{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def robots(request: Request) -> Response:
    body = (f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {base_url(request)}/wp-sitemap.xml\n")
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _urlset(request: Request, locs: list[tuple[str, datetime | None]]) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{loc}</loc>" + (f"<lastmod>{iso(mod)}</lastmod>" if mod else "") + "</url>"
        for loc, mod in locs
    )
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="'
            f'{base}/wp-sitemap.xsl" ?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')
    return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})


def sitemap(request: Request, name: str) -> Response | None:
    base = base_url(request)
    if name == "wp-sitemap.xml":
        maps = ["wp-sitemap-posts-post-1.xml", "wp-sitemap-posts-page-1.xml",
                "wp-sitemap-taxonomies-category-1.xml"]
        inner = "".join(f"<sitemap><loc>{base}/{m}</loc></sitemap>" for m in maps)
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{inner}</sitemapindex>\n")
        return Response(200, body, {"Content-Type": "application/xml; charset=UTF-8"})
    if name == "wp-sitemap-posts-post-1.xml":
        return _urlset(request, [(post_path(s), s.opts.get("mod") or s.opts["dt"]) for s in POSTS])
    if name == "wp-sitemap-posts-page-1.xml":
        return _urlset(request, [(f"/{slug}/", None) for slug in PAGES])
    if name == "wp-sitemap-taxonomies-category-1.xml":
        return _urlset(request, [(c.path, None) for c in CATS.values()])
    return None


def not_found(request: Request) -> Response:
    main = ('<section class="error-404 not-found"><div class="page-content">'
            '<header class="page-header"><h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1></header>'
            '<p>Có vẻ như không có gì ở địa chỉ này. Hãy thử tìm kiếm?</p></div></section>')
    return layout(request, title=doc_title("Không tìm thấy trang"), body_class="error404", main=main,
                  status=404)


# --- routing -----------------------------------------------------------------------------------

_PAGED = r"(?:page/(?P<n>\d+)/)?"
_RE_CAT = re.compile(r"^/category/(?P<slugs>[a-z0-9-]+(?:/[a-z0-9-]+)?)/" + _PAGED + "$")
_RE_TAG = re.compile(r"^/tag/(?P<slug>[a-z0-9-]+)/" + _PAGED + "$")
_RE_AUTHOR = re.compile(r"^/author/(?P<user>[a-z0-9_-]+)/" + _PAGED + "$")
_RE_DATE = re.compile(r"^/(?P<y>\d{4})/(?P<m>\d{2})/" + _PAGED + "$")
_RE_POST = re.compile(r"^/(?P<slug>[a-z0-9-]+)\.html(?P<rest>/.*)?$")


def _paged(m: re.Match) -> int | None:
    n = int(m.group("n") or 1)
    return None if m.group("n") == "1" else n


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/wp-content/"):
            if path in PDFS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/wp-includes/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params and params["p"].isdigit():
                story = BY_ID.get(int(params["p"]))
                return redirect(post_path(story), 301) if story else not_found(request)
            if "s" in params:
                return search_page(request, params["s"])
            return home(request)
        if path in ("/index.php",):
            return redirect("/", 301)
        if path == "/feed/":
            return feed(request)
        if path == "/robots.txt":
            return robots(request)
        if path.startswith("/wp-sitemap"):
            return sitemap(request, path.lstrip("/")) or not_found(request)
        if path == "/wp-comments-post.php":
            if request.method != "POST":
                return Response(405, "", {"Allow": "POST", "Content-Type": "text/html; charset=UTF-8"})
            return Response(409, "<p>Phát hiện bình luận trùng lặp.</p>", {"Content-Type": "text/html; charset=UTF-8"})
        if path.strip("/") in PAGES:
            if not path.endswith("/"):
                return redirect(path + "/", 301)
            return static_page(request, path.strip("/"))
        m = _RE_POST.match(path)
        if m:
            return self._post(request, m)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            # WordPress' redirect_canonical() adds the archives' trailing slash
            probe = self.respond(Request(request.method, path + "/", request.query, request.headers))
            if probe is not None and probe.status in (200, 301):
                return redirect(path + "/", 301)
            return not_found(request)
        m = _RE_CAT.match(path)
        if m:
            return self._category(request, m)
        m = _RE_TAG.match(path)
        if m and m.group("slug") in TAGS:
            n = _paged(m)
            if n is None:
                return redirect(f"/tag/{m.group('slug')}/", 301)
            slug = m.group("slug")
            items = [s for s in POSTS if slug in s.opts["tags"]]
            trail = [HOME_CRUMB, (f"Thẻ: {TAGS[slug]}", None, "archive taxonomy post_tag current-item")]
            return listing(request, heading=esc(TAGS[slug]), crumb_trail=trail, items=items,
                           base=f"/tag/{slug}/", page_no=n, body_class=f"archive tag tag-{slug}",
                           title=esc(TAGS[slug])) or not_found(request)
        m = _RE_AUTHOR.match(path)
        if m and m.group("user") in USERS:
            n = _paged(m)
            user = m.group("user")
            if n is None:
                return redirect(f"/author/{user}/", 301)
            items = [s for s in POSTS if s.opts["user"] == user]
            trail = [HOME_CRUMB, (f"Bài viết của {user}", None, "author current-item")]
            return listing(request, heading=f'Tác giả: <span class="vcard">{user}</span>', crumb_trail=trail,
                           items=items, base=f"/author/{user}/", page_no=n,
                           body_class=f"archive author author-{user}", title=user) or not_found(request)
        m = _RE_DATE.match(path)
        if m:
            y, mo = int(m.group("y")), int(m.group("m"))
            items = [s for s in POSTS if (s.opts["dt"].year, s.opts["dt"].month) == (y, mo)]
            n = _paged(m)
            if not items:
                return not_found(request)
            if n is None:
                return redirect(f"/{y}/{mo:02d}/", 301)
            label = f"{MONTHS[mo - 1]} {y}"
            trail = [HOME_CRUMB, (str(y), None, "archive date-year"), (label, None, "archive date-month current-item")]
            return listing(request, heading=f"Lưu trữ tháng: {label}", crumb_trail=trail, items=items,
                           base=f"/{y}/{mo:02d}/", page_no=n, body_class="archive date",
                           title=label) or not_found(request)
        return not_found(request)

    def _category(self, request: Request, m: re.Match) -> Response | None:
        slugs = m.group("slugs").split("/")
        slug = slugs[-1]
        cat = CATS.get(slug)
        if cat is None:
            return not_found(request)
        wanted = "/category/" + "/".join(slugs) + "/"
        n = _paged(m)
        if wanted != cat.path or n is None:
            # a child asked without its parent, or page/1/: WordPress redirects to the real address
            return redirect(page_url(cat.path, n or 1), 301)
        return category_page(request, slug, n) or not_found(request)

    def _post(self, request: Request, m: re.Match) -> Response | None:
        story = BY_SLUG.get(m.group("slug"))
        if story is None:
            return not_found(request)
        rest = m.group("rest") or ""
        params = request.params
        if not rest:
            if params.get("share") == "facebook":
                target = quote(base_url(request) + post_path(story), safe="")
                return redirect(f"https://www.facebook.com/sharer.php?u={target}&t={quote(story.title)}", 302)
            return single(request, story)
        if rest == "/":
            return redirect(post_path(story), 301)
        if not rest.endswith("/"):
            return redirect(post_path(story) + rest + "/", 301)
        tail = rest.strip("/")
        if tail.isdigit():
            n = int(tail)
            if n == 1:
                return redirect(post_path(story), 301)
            if n <= len(_pages_of(story)):
                return single(request, story, page_no=n)
            return redirect(post_path(story), 301)
        cm = re.fullmatch(r"comment-page-(\d+)", tail)
        if cm and story.opts.get("comments") and 1 <= int(cm.group(1)) <= comment_pages(story):
            return single(request, story, cpage=int(cm.group(1)))
        if post_path(story) + rest in ATTACHMENTS:
            parent, img = ATTACHMENTS[post_path(story) + rest]
            return attachment_page(request, parent, img)
        return not_found(request)


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------

A6_PATH = post_path(A6)
GOLD = [
    gold_record(
        s, post_path(s), CATS[s.cat].name,
        alt_paths=[f"{A6_PATH}/comment-page-1/", f"{A6_PATH}/comment-page-2/"] if s is A6 else (),
    )
    for s in ARTICLES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    post_path(D1),
    post_path(D2),
    *ATTACHMENTS,
]

#: the continuation pages of split posts (part of their article, not articles of their own)
CONTINUATIONS = {post_path(s): [f"{post_path(s)}/{n}/" for n in range(2, len(_pages_of(s)) + 1)]
                 for s in ARTICLES if len(_pages_of(s)) > 1}
