"""Trường THPT Phan Châu Trinh (Đà Nẵng): a WordPress site and the old ASP site it replaced, both
online on the same host. The same article is served under two platforms.

History
-------
The school set up a WordPress site in 2025; the old classic-ASP site (a Vietnamese vendor's
"web trường học" package, SQL Server behind, windows-1258 pages, table layout) stayed the
office's tool until the switch-over in late 2026. The WordPress import plugin then copied four
of the autumn-2026 posts to the new site; the old site was left online under ``/old/`` with a
banner asking readers to go to the new one. Two old posts from 2024 were never migrated.

Platform
--------
New site: WordPress 6.x, a ColorMag-like magazine theme, Yoast SEO breadcrumbs, pretty
permalinks (``/%postname%/``) and the category base renamed to ``chuyen-muc``::

    <article id="post-N" class="post-N post type-post status-publish hentry category-<slug>">
      <header class="entry-header"><h1 class="entry-title">…</h1></header>
      <div class="entry-meta"> cat-links, <time class="entry-date">20/11/2026</time> (the day
        only, no datetime attribute: the theme prints ``get_the_date()``), "Đăng bởi <author>",
        "Lượt xem: N" </div>
      <div class="entry-content"> Gutenberg / classic HTML; bylines at the end </div>
      <footer class="entry-footer"> "Thẻ:" tags, share bar, print link </footer>
    </article>
    "Bài viết liên quan", comment form, sidebar, footer.

Old site: ``/old/`` (home), ``/old/tintuc.asp?loai=<n>&trang=<p>`` (lists, 3 per page, links
written relative: ``xemtin.asp?id=251``), ``/old/xemtin.asp?id=<n>`` (articles). Pages are
windows-1258 (tone marks stored as combining characters), nested tables, ``<font>`` tags, the
text one ``<font>`` block whose paragraphs are separated by ``<br><br>``, the title a bold
``<font>`` (no h1), the fixed ``<title>`` of the whole site, the date printed
"20/11/2026 8:30:00 SA" (SA = morning, CH = afternoon), no canonical link. A yellow banner on
every old page: "Trang chủ cũ — Website cũ — vui lòng truy cập website mới" linking ``/``.

URL scheme
----------
- ``/`` new home (magazine blocks: 4 newest posts, 3 newest per category, no pagination).
- ``/<slug>/`` posts and pages (``/gioi-thieu/``, ``/lien-he/``); ``/<slug>`` -> 301 to the slash
  form; ``/?p=<id>`` (the shortlink printed in the head) -> 301 to the post.
- ``/chuyen-muc/<slug>/`` (+ ``/page/<n>/``, 5 per page; ``/page/1/`` -> 301 to the first page),
  ``/tag/<slug>/`` and ``/author/<nick>/`` with the same pagination; ``/?s=…`` search page.
- ``/wp-content/uploads/2026/<mm>/<file>`` photos, theme files under ``/wp-content/themes/``.
- ``/old/``, ``/old/tintuc.asp?loai=1|2&trang=<p>``, ``/old/xemtin.asp?id=<n>``,
  photos under ``/old/Upload/TinTuc/``. Only six ids answer: the old site has exactly 6 posts.

How each gold article is reached
--------------------------------
- 11 WordPress posts: Tin tức (6), Hoạt động Đoàn (3), Thông báo (2). The home shows the 4 newest
  and 3 per category; category page 1 shows 5 per category. The oldest Tin tức post (the
  school-year opening) is only on ``/chuyen-muc/tin-tuc/page/2/`` (and page 2 of its author
  archive); it has no tags, is in no "related" list (those list only newer posts) and not in the
  sidebar.
- 4 of them were migrated: their old copies answer at ``/old/xemtin.asp?id=241|246|251|253``
  with the same title and text; the new posts of ids 251 and 253 end with
  "(Xem bài gốc trên website cũ)" linking the old copy. The new footer links "Website cũ" (/old/).
- 2 old-only posts (2024): ``/old/xemtin.asp?id=87`` (Tin tức nhà trường; not on the old home,
  only on list page ``loai=1&trang=2`` and in the "Các tin khác" box of the old copies of its
  list) and ``/old/xemtin.asp?id=118`` (Thông báo; old home and ``loai=2&trang=1``). Their
  category is the old list's name.

Traps
-----
- THE SAME ARTICLE UNDER TWO PLATFORMS: the old copy of a migrated post has no canonical link,
  another template, another encoding, a date with a time; the gold is the new URL with the old
  path in ``alt_paths`` (one record only).
- The old-only posts must not be dropped as "old site": they are articles, dated as printed
  there ("25/03/2024 3:45:00 CH" -> 15:45).
- The new page prints the day only; the old twin prints a time: the gold is the new page's day.
- "Đăng bởi Ban biên tập" credits nobody; bylines at the end of the text decide
  ("Tin: X; Ảnh: CLB Nhiếp ảnh", "ThS. X - Phó Hiệu trưởng", "Tin, ảnh: X – Bí thư Đoàn trường",
  unit signatures "Tổ Tư vấn học đường", "Đoàn trường", "Tổ Văn phòng").
- The "(Xem bài gốc trên website cũ)" line is a link, not text.
- Both headers print today's date ("Thứ Sáu, 04/12/2026" new, "04/12/2026" old).
- Relative links and image paths on the old site (``Upload/TinTuc/…`` under ``/old/``).
- Shortlinks, slash-less URLs and ``/page/1/`` are redirects, not duplicate pages.

Gold decisions
--------------
- title: ``h1.entry-title`` (new) / the bold title line (old); NFC.
- published_at: the new page's ``time.entry-date`` day; for old-only posts the printed date and
  time with SA/CH read as a 24-hour clock.
- summary: only where the editor wrote a bold lead paragraph (also the first body paragraph).
- body: entry content (headings, list items, table rows with " | "); not the captions, bylines,
  source line, the old-copy link, tags, share bar, related list.
- images: content photos in order with the figcaption / the italic centred line under them;
  list thumbnails, logos, banners are not article images.
- category: the new post's category label (breadcrumb); old-only posts: the old list name.
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
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
)

NAME = "migrated_twins_thpt"
PLATFORM = "WordPress 6.x (ColorMag-like theme, Yoast) + the old classic-ASP site under /old/ (windows-1258)"
START_PATH = "/"

SITE_TITLE = "Trường THPT Phan Châu Trinh"
TODAY_NEW = "Thứ Sáu, 04/12/2026"
TODAY_OLD = "04/12/2026"
PER_PAGE = 5
OLD_PER_PAGE = 3

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "thong-bao": "Thông báo",
    "old-tin-tuc-nha-truong": "Tin tức nhà trường",
}
NEW_CATS = ["tin-tuc", "hoat-dong-doan", "thong-bao"]
#: the old site's lists: loai -> (name, category key of the old-only posts)
OLD_LISTS = {1: "Tin tức nhà trường", 2: "Thông báo"}

USERS = {
    "bbt": "Ban biên tập",
    "tvhung": "Trần Văn Hùng",
    "vtkoanh": "Võ Thị Kim Oanh",
    "lqbao": "Lê Quốc Bảo",
}
TAGS = {
    "nha-giao": "Nhà giáo",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "huong-nghiep": "Hướng nghiệp",
    "stem": "STEM",
    "doan-thanh-nien": "Đoàn thanh niên",
    "kiem-tra": "Kiểm tra",
}


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def old_up(name: str) -> str:
    return f"Upload/TinTuc/{name}"


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the posts --------------------------------------------------------------------------------
#
# opts: site ("new" | "old"), user (WP author), tags, old_id / old_date (the old copy or the old
# post), old_link (the new post links its old twin), loai (old list). P styles: "lead" (bold),
# "h3", "li", "oli", "quote", "th"/"td" (table rows), "br" (this line and the next share one <p>,
# split by <br>). Img styles: "fig" (block figcaption), "wpcap" (classic [caption]), "em"
# (centred italic line under the photo), "none" (no line).

S_NHAGIAO = "truong-thpt-phan-chau-trinh-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_HSG = "hoc-sinh-phan-chau-trinh-doat-12-giai-hoc-sinh-gioi-thanh-pho-lop-12"
S_HUONGNGHIEP = "hoi-thao-huong-nghiep-chon-nghe-chon-tuong-lai-cho-hoc-sinh-khoi-12"
S_STEM = "to-toan-tin-to-chuc-chuyen-de-day-hoc-stem"
S_KIEMTRA = "doan-cong-tac-so-gddt-kiem-tra-cong-tac-dau-nam-hoc"
S_KHAIGIANG = "khai-giang-nam-hoc-2026-2027-hon-2-000-hoc-sinh-phan-chau-trinh-vao-nam-hoc-moi"
S_THULINH = "doan-truong-to-chuc-hoi-thi-thu-linh-thanh-nien-nam-2026"
S_CNXANH = "tuoi-tre-phan-chau-trinh-ra-quan-ngay-chu-nhat-xanh"
S_HIENMAU = "ngay-hoi-hien-mau-tinh-nguyen-giot-hong-phan-chau-trinh"
S_LICHKT = "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_HKPD = "thong-bao-ke-hoach-hoi-khoe-phu-dong-cap-truong-nam-2026"

STORIES: list[Story] = [
    Story(
        428,
        S_HSG,
        "Học sinh Phan Châu Trinh đoạt 12 giải kỳ thi chọn học sinh giỏi thành phố lớp 12",
        "tin-tuc",
        "2026-11-28",
        [
            P(
                "Sở GD&ĐT Đà Nẵng vừa công bố kết quả kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học "
                "2026-2027. Trường THPT Phan Châu Trinh có 12 học sinh đoạt giải, trong đó có 2 giải Nhất, "
                "4 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 14 và 15/11/2026 với gần 900 thí sinh của 24 trường THPT trên "
                "địa bàn thành phố dự thi ở 11 môn. Đội tuyển của trường gồm 22 học sinh được các thầy cô "
                "bồi dưỡng từ đầu tháng 8."
            ),
            P("Danh sách học sinh đạt giải Nhất, Nhì", "h3"),
            P("Họ và tên | Lớp | Môn thi | Giải", "th"),
            P("Nguyễn Hoàng Minh Khôi | 12/1 | Toán | Nhất", "td"),
            P("Trần Ngọc Bảo Hân | 12/3 | Ngữ văn | Nhất", "td"),
            P("Lê Đức Thịnh | 12/1 | Vật lý | Nhì", "td"),
            P("Phạm Thị Thu Uyên | 12/2 | Hóa học | Nhì", "td"),
            P("Đỗ Gia Huy | 12/5 | Tin học | Nhì", "td"),
            P("Võ Khánh Linh | 12/4 | Tiếng Anh | Nhì", "td"),
            Img(
                up(11, "hsg-thanh-pho-2026.jpg"),
                "Thầy Hiệu trưởng chúc mừng các học sinh đạt giải",
                "Thầy Hiệu trưởng chúc mừng các học sinh đạt giải",
                "fig",
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng Nguyễn Văn Sơn biểu dương tinh thần học tập của các "
                "em và sự tận tụy của đội ngũ giáo viên bồi dưỡng; các em đạt giải Nhất sẽ được chọn vào "
                "đội tuyển dự kỳ thi học sinh giỏi quốc gia."
            ),
            right("ThS. Trần Văn Hùng - Phó Hiệu trưởng"),
        ],
        authors=["Trần Văn Hùng"],
        opts={"site": "new", "user": "tvhung", "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        415,
        S_NHAGIAO,
        "Trường THPT Phan Châu Trinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng 19/11, Trường THPT Phan Châu Trinh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) trong không khí trang trọng và ấm áp nghĩa tình thầy trò.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở GD&ĐT Đà Nẵng, Ban đại diện cha mẹ học sinh, các "
                "thầy cô giáo nguyên là cán bộ, giáo viên của trường qua các thời kỳ cùng hơn 2.000 học sinh."
            ),
            P(
                "Ôn lại truyền thống hơn 70 năm xây dựng và phát triển, thầy Hiệu trưởng Nguyễn Văn Sơn "
                "khẳng định: năm học 2025-2026 nhà trường có 98 giải học sinh giỏi các cấp, tỷ lệ tốt nghiệp "
                "THPT đạt 100%, nhiều học sinh trúng tuyển vào các trường đại học hàng đầu cả nước."
            ),
            Img(
                up(11, "le-ky-niem-20-11-1.jpg"),
                "Văn nghệ chào mừng của học sinh khối 11",
                "Văn nghệ chào mừng của học sinh khối 11",
                "wpcap",
            ),
            P(
                "Tại buổi lễ, nhà trường trao Giấy khen cho 25 giáo viên có thành tích xuất sắc trong công "
                "tác bồi dưỡng học sinh giỏi và 12 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp "
                "trường. Đại diện học sinh, em Trần Ngọc Bảo Hân (lớp 12/3) gửi lời tri ân đến các thầy cô."
            ),
            P("“Mỗi thầy cô là một người lái đò thầm lặng, đưa chúng em đến những bến bờ tri thức.”", "quote"),
            Img(up(11, "le-ky-niem-20-11-2.jpg"), None, None, "none"),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ do Đoàn trường dàn dựng và hoạt động giao lưu "
                "giữa các thế hệ thầy cô giáo."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Nguyễn Thị Minh Thư; Ảnh: CLB Nhiếp ảnh</em></p>'),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        photographers=["CLB Nhiếp ảnh"],
        summary=(
            "Sáng 19/11, Trường THPT Phan Châu Trinh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) trong không khí trang trọng và ấm áp nghĩa tình thầy trò."
        ),
        opts={
            "site": "new",
            "user": "bbt",
            "tags": ["nha-giao"],
            "old_id": 251,
            "old_date": "20/11/2026 8:30:00 SA",
            "old_link": True,
            "old_imgs": ["kyniem2011_01.jpg", "kyniem2011_02.jpg"],
        },
    ),
    Story(
        402,
        S_HUONGNGHIEP,
        "Hội thảo hướng nghiệp “Chọn nghề – chọn tương lai” cho học sinh khối 12",
        "tin-tuc",
        "2026-11-06",
        [
            P(
                "Chiều 05/11, Trường THPT Phan Châu Trinh phối hợp với Đại học Đà Nẵng tổ chức hội thảo "
                "hướng nghiệp “Chọn nghề – chọn tương lai” cho hơn 700 học sinh khối 12."
            ),
            P(
                "Tại hội thảo, đại diện các trường thành viên của Đại học Đà Nẵng giới thiệu phương thức "
                "tuyển sinh năm 2027, các ngành đào tạo mới và nhu cầu nhân lực của thành phố trong lĩnh vực "
                "công nghệ thông tin, vi mạch bán dẫn, du lịch và logistics.",
                "br",
            ),
            P(
                "Học sinh được hướng dẫn cách sử dụng kết quả kỳ thi tốt nghiệp THPT, học bạ và kỳ thi đánh "
                "giá năng lực để xét tuyển."
            ),
            Img(
                up(11, "hoi-thao-huong-nghiep.jpg"),
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
                "Học sinh khối 12 đặt câu hỏi cho các chuyên gia tư vấn",
                "em",
            ),
            P(
                "Nhiều câu hỏi của học sinh xoay quanh việc lựa chọn tổ hợp môn xét tuyển, cơ hội việc làm "
                "sau khi tốt nghiệp và chính sách học bổng. Các chuyên gia khuyên học sinh nên tìm hiểu kỹ "
                "năng lực, sở thích của bản thân trước khi đặt nguyện vọng."
            ),
            right("Tổ Tư vấn học đường"),
        ],
        authors=["Tổ Tư vấn học đường"],
        opts={
            "site": "new",
            "user": "bbt",
            "tags": ["huong-nghiep"],
            "old_id": 246,
            "old_date": "06/11/2026 2:15:00 CH",
            "old_link": False,
            "old_imgs": ["huongnghiep2026.jpg"],
        },
    ),
    Story(
        389,
        S_STEM,
        "Tổ Toán - Tin tổ chức chuyên đề dạy học STEM “Thiết kế mô hình nhà thông minh”",
        "tin-tuc",
        "2026-10-22",
        [
            P(
                "Nhằm đổi mới phương pháp dạy học theo Chương trình GDPT 2018, ngày 20/10/2026, Tổ Toán - Tin "
                "tổ chức chuyên đề dạy học STEM “Thiết kế mô hình nhà thông minh” tại lớp 11/2."
            ),
            P(
                "Tiết học được thiết kế theo quy trình kỹ thuật gồm năm bước: xác định vấn đề, nghiên cứu "
                "kiến thức nền, đề xuất giải pháp, chế tạo mô hình và thử nghiệm, chia sẻ và điều chỉnh."
            ),
            P("Các nhóm học sinh đã:", ""),
            P("lập trình bo mạch Arduino điều khiển đèn và quạt bằng cảm biến nhiệt độ;", "li"),
            P("tính toán chi phí vật liệu bằng hàm số bậc nhất;", "li"),
            P("trình bày sản phẩm và phản biện trước lớp.", "li"),
            Img(
                up(10, "stem-nha-thong-minh-1.jpg"),
                "Nhóm 3 giới thiệu mô hình nhà thông minh",
                "Nhóm 3 giới thiệu mô hình nhà thông minh",
                "fig",
            ),
            Img(
                up(10, "stem-nha-thong-minh-2.jpg"),
                "Giáo viên dự giờ góp ý chuyên đề",
                "Giáo viên dự giờ góp ý chuyên đề",
                "fig",
            ),
            P(
                "Các giáo viên dự giờ đánh giá cao tính thực tiễn của chuyên đề; tổ chuyên môn sẽ nhân rộng "
                "mô hình ở các lớp khối 10 và 11 trong học kỳ II."
            ),
        ],
        authors=["Võ Thị Kim Oanh"],
        opts={"site": "new", "user": "vtkoanh", "tags": ["stem"]},
    ),
    Story(
        371,
        S_KIEMTRA,
        "Đoàn công tác Sở GD&ĐT kiểm tra công tác chuẩn bị năm học mới tại trường",
        "tin-tuc",
        "2026-10-02",
        [
            P(
                "Ngày 01/10/2026, đoàn công tác của Sở GD&ĐT Đà Nẵng do bà Lê Thị Thanh Hà, Phó Giám đốc Sở "
                "làm trưởng đoàn đã đến kiểm tra công tác đầu năm học 2026-2027 tại Trường THPT Phan Châu Trinh."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục, việc sắp xếp thời khóa biểu, cơ sở vật chất, thiết "
                "bị dạy học và công tác bảo đảm an toàn trường học. Năm học này trường có 54 lớp với 2.214 "
                "học sinh, 128 cán bộ, giáo viên, nhân viên."
            ),
            P("Kết luận của đoàn kiểm tra", "h3"),
            P(
                "Đoàn ghi nhận nhà trường đã chuẩn bị chu đáo các điều kiện cho năm học mới, thực hiện đúng "
                "kế hoạch thời gian năm học và các quy định về thu, chi đầu năm."
            ),
            P(
                "Đề nghị nhà trường tiếp tục đẩy mạnh chuyển đổi số trong quản lý, triển khai sổ điểm điện tử "
                "và học bạ số đối với tất cả các khối lớp, quan tâm công tác tư vấn tâm lý cho học sinh."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "site": "new",
            "user": "bbt",
            "tags": [],
            "old_id": 241,
            "old_date": "02/10/2026 9:00:00 SA",
            "old_link": False,
            "old_imgs": [],
        },
    ),
    Story(
        352,
        S_KHAIGIANG,
        "Khai giảng năm học 2026-2027: hơn 2.000 học sinh Phan Châu Trinh vào năm học mới",
        "tin-tuc",
        "2026-09-05",
        [
            P(
                "Sáng 5/9, cùng với hơn 400.000 học sinh thành phố, thầy và trò Trường THPT Phan Châu Trinh "
                "long trọng tổ chức lễ khai giảng năm học 2026-2027."
            ),
            Img(
                up(9, "khai-giang-2026-1.jpg"),
                "Học sinh lớp 10 diễu hành trong lễ khai giảng",
                "Học sinh lớp 10 diễu hành trong lễ khai giảng",
                "wpcap",
            ),
            P(
                "Năm học mới, trường đón 740 học sinh lớp 10 trúng tuyển với điểm chuẩn cao nhất thành phố. "
                "Phát biểu tại lễ khai giảng, Phó Chủ tịch UBND thành phố đề nghị nhà trường tiếp tục giữ "
                "vững vị trí là lá cờ đầu của ngành giáo dục Đà Nẵng."
            ),
            P(
                "Nhân dịp này, nhiều doanh nghiệp và cựu học sinh trao 60 suất học bổng trị giá 180 triệu "
                "đồng cho học sinh vượt khó học giỏi."
            ),
            P(
                "Thầy Hiệu trưởng Nguyễn Văn Sơn đánh trống khai trường, mở đầu năm học với chủ đề “Kỷ cương "
                "– Sáng tạo – Chuyển đổi số”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Hoài Nam</strong></p>'),
            Raw("<p><em>Nguồn: Báo Đà Nẵng</em></p>"),
        ],
        authors=["Phan Hoài Nam"],
        photographers=["Phan Hoài Nam"],
        source="Báo Đà Nẵng",
        opts={"site": "new", "user": "bbt", "tags": []},
    ),
    Story(
        431,
        S_THULINH,
        "Đoàn trường tổ chức Hội thi “Thủ lĩnh thanh niên” năm 2026",
        "hoat-dong-doan",
        "2026-12-01",
        [
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, tối 29/11, Đoàn trường THPT "
                "Phan Châu Trinh tổ chức vòng chung kết Hội thi “Thủ lĩnh thanh niên” năm 2026."
            ),
            P(
                "Sáu thí sinh là bí thư, phó bí thư các chi đoàn vượt qua vòng sơ khảo đã tranh tài qua ba "
                "phần thi: giới thiệu bản thân, xử lý tình huống và hùng biện về vai trò của thanh niên trong "
                "chuyển đổi số."
            ),
            Img(
                up(12, "thu-linh-thanh-nien.jpg"),
                "Các thí sinh vòng chung kết Hội thi",
                "Các thí sinh vòng chung kết Hội thi",
                "em",
            ),
            P(
                "Kết quả, giải Nhất thuộc về em Lê Minh Châu (Chi đoàn 11/5); giải Nhì thuộc về các em Trương "
                "Quốc Việt (12/2) và Nguyễn Hà My (10/7)."
            ),
            right("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        opts={"site": "new", "user": "lqbao", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        395,
        S_CNXANH,
        "Tuổi trẻ Phan Châu Trinh ra quân “Ngày Chủ nhật xanh”",
        "hoat-dong-doan",
        "2026-10-18",
        [
            P(
                "Sáng Chủ nhật 18/10, hơn 300 đoàn viên thanh niên của trường đã ra quân “Ngày Chủ nhật xanh” "
                "tại khu vực bãi biển Mỹ Khê và các tuyến đường quanh trường.",
                "lead",
            ),
            P(
                "Các đoàn viên chia thành 12 nhóm nhặt rác thải nhựa, làm sạch bờ kè, phát tờ rơi tuyên "
                "truyền người dân và du khách hạn chế sử dụng túi ni lông."
            ),
            Img(
                up(10, "chu-nhat-xanh-1.jpg"),
                "Đoàn viên thu gom rác thải trên bãi biển Mỹ Khê",
                "Đoàn viên thu gom rác thải trên bãi biển Mỹ Khê",
                "fig",
            ),
            P(
                "Kết thúc buổi ra quân, các chi đoàn đã thu gom hơn 400 kg rác thải. Đoàn trường sẽ duy trì "
                "hoạt động này vào Chủ nhật tuần thứ ba hằng tháng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Quốc Bảo – Bí thư Đoàn trường</strong></p>'),
        ],
        authors=["Lê Quốc Bảo"],
        photographers=["Lê Quốc Bảo"],
        summary=(
            "Sáng Chủ nhật 18/10, hơn 300 đoàn viên thanh niên của trường đã ra quân “Ngày Chủ nhật xanh” "
            "tại khu vực bãi biển Mỹ Khê và các tuyến đường quanh trường."
        ),
        opts={"site": "new", "user": "lqbao", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        361,
        S_HIENMAU,
        "Ngày hội hiến máu tình nguyện “Giọt hồng Phan Châu Trinh”",
        "hoat-dong-doan",
        "2026-09-20",
        [
            P(
                "Ngày 19/9, Đoàn trường phối hợp với Trung tâm Máu khu vực Đà Nẵng tổ chức Ngày hội hiến máu "
                "tình nguyện “Giọt hồng Phan Châu Trinh” lần thứ 6."
            ),
            P(
                "Đã có 186 giáo viên, nhân viên và học sinh đủ 18 tuổi đăng ký, trong đó 152 người đủ điều "
                "kiện hiến máu, thu được 152 đơn vị máu."
            ),
            Img(up(9, "hien-mau-2026.jpg"), "Học sinh lớp 12 tham gia hiến máu", "Học sinh lớp 12 tham gia hiến máu", "em"),
            P(
                "Nhiều học sinh lần đầu hiến máu chia sẻ niềm vui khi được góp một phần nhỏ giúp đỡ người "
                "bệnh. Ban tổ chức đã trao giấy chứng nhận và quà lưu niệm cho các tình nguyện viên."
            ),
        ],
        opts={"site": "new", "user": "bbt", "tags": ["doan-thanh-nien"]},
    ),
    Story(
        424,
        S_LICHKT,
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-25",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I "
                "các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("14/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("16/12/2026 | Sáng | Lịch sử | 45 phút", "td"),
            P("Lưu ý", "h3"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút.", "li"),
            P("Không mang điện thoại và tài liệu vào phòng kiểm tra.", "li"),
            P("Các môn còn lại kiểm tra theo lịch của tổ chuyên môn tại lớp.", "li"),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "site": "new",
            "user": "bbt",
            "tags": ["kiem-tra"],
            "old_id": 253,
            "old_date": "25/11/2026 4:30:00 CH",
            "old_link": True,
            "old_imgs": [],
        },
    ),
    Story(
        380,
        S_HKPD,
        "Thông báo kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        "thong-bao",
        "2026-10-10",
        [
            P(
                "Nhằm đẩy mạnh phong trào rèn luyện thân thể và tuyển chọn vận động viên tham dự Hội khỏe Phù "
                "Đổng thành phố, nhà trường tổ chức Hội khỏe Phù Đổng cấp trường năm 2026."
            ),
            P("Thời gian: từ ngày 02/11 đến ngày 14/11/2026, vào các buổi chiều thứ Bảy và Chủ nhật."),
            P("Các môn thi đấu:", "h3"),
            P("Điền kinh (100m, 400m, nhảy xa, nhảy cao);", "oli"),
            P("Bóng đá nam, bóng chuyền nữ;", "oli"),
            P("Cầu lông, cờ vua, bơi lội.", "oli"),
            P(
                "Giáo viên chủ nhiệm lập danh sách vận động viên của lớp, gửi về thầy Nguyễn Hữu Phước (Tổ Thể "
                "dục - Quốc phòng) trước ngày 25/10/2026."
            ),
        ],
        opts={"site": "new", "user": "bbt", "tags": []},
    ),
    # --- the two old-only posts (2024, never migrated) ----------------------------------------
    Story(
        118,
        "old-118",
        "Thông báo lịch kiểm tra học kỳ I năm học 2024-2025",
        "thong-bao",
        "2024-12-02T10:05:00+07:00",
        [
            P("Nhà trường thông báo lịch kiểm tra học kỳ I năm học 2024-2025 đối với các khối lớp như sau:"),
            P("Ngày | Khối | Môn kiểm tra", "th"),
            P("16/12/2024 | 10, 11, 12 | Ngữ văn", "td"),
            P("17/12/2024 | 10, 11, 12 | Toán", "td"),
            P("18/12/2024 | 10, 11, 12 | Tiếng Anh", "td"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh vắng "
                "kiểm tra phải có đơn xin phép được Ban giám hiệu duyệt."
            ),
            P("Mọi thắc mắc xin liên hệ Tổ Văn phòng, điện thoại 0236 3821 480."),
        ],
        opts={"site": "old", "loai": 2, "old_id": 118, "old_date": "02/12/2024 10:05:00 SA", "old_imgs": []},
    ),
    Story(
        87,
        "old-87",
        "Hội trại truyền thống kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh",
        "old-tin-tuc-nha-truong",
        "2024-03-25T15:45:00+07:00",
        [
            P(
                "Trong hai ngày 23 và 24/3/2024, Đoàn trường THPT Phan Châu Trinh tổ chức Hội trại truyền "
                "thống chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024).",
                "lead",
            ),
            P(
                "Hội trại có sự tham gia của 54 chi đoàn với hơn 2.100 đoàn viên. Các chi đoàn đã dựng trại "
                "theo chủ đề “Tuổi trẻ Phan Châu Trinh - Tự hào truyền thống”, tham gia các trò chơi dân gian, "
                "thi nghi thức Đoàn và đêm lửa trại."
            ),
            Img(old_up("hoitrai2024_1.jpg"), "Lễ khai mạc Hội trại", "Lễ khai mạc Hội trại", "old"),
            P(
                "Kết quả, giải Nhất trại đẹp thuộc về Chi đoàn 11/2, giải Nhì thuộc về các Chi đoàn 12/1 và "
                "10/4. Ban tổ chức cũng trao giải cho các chi đoàn có tiết mục văn nghệ đặc sắc."
            ),
            Img(old_up("hoitrai2024_2.jpg"), "Trại đạt giải Nhất của Chi đoàn 11/2", "Trại đạt giải Nhất của Chi đoàn 11/2", "old"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        summary=(
            "Trong hai ngày 23 và 24/3/2024, Đoàn trường THPT Phan Châu Trinh tổ chức Hội trại truyền "
            "thống chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2024)."
        ),
        opts={
            "site": "old",
            "loai": 1,
            "old_id": 87,
            "old_date": "25/03/2024 3:45:00 CH",
            "old_imgs": [],
            "old_byline": "Tin, ảnh: Lê Thị Thu Hà",
        },
    ),
]

NEW_POSTS = [s for s in STORIES if s.opts["site"] == "new"]
BY_SLUG = {s.slug: s for s in NEW_POSTS}
BY_WPID = {s.id: s for s in NEW_POSTS}
#: the old site: every post that has an old id (4 migrated twins + 2 old-only)
OLD_POSTS = {s.opts["old_id"]: s for s in STORIES if "old_id" in s.opts}
MIGRATED = [s for s in NEW_POSTS if "old_id" in s.opts]


def old_loai(story: Story) -> int:
    """Old list of a post: the old-only posts say so; the twins by their new category."""
    return story.opts.get("loai") or (2 if story.cat == "thong-bao" else 1)


def new_path(story: Story) -> str:
    return f"/{story.slug}/"


def old_path(old_id: int) -> str:
    return f"/old/xemtin.asp?id={old_id}"


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường THPT Phan Châu Trinh được thành lập năm 1952, là một trong những trường trung học "
        "phổ thông lâu đời nhất của thành phố Đà Nẵng.</p>"
        "<p>Năm học 2026-2027 trường có 54 lớp, 2.214 học sinh và 128 cán bộ, giáo viên, nhân viên; "
        "trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng cấp độ 3.</p>"
        "<h3>Ban Giám hiệu</h3><ul><li>Hiệu trưởng: ThS. Nguyễn Văn Sơn</li>"
        "<li>Phó Hiệu trưởng: ThS. Trần Văn Hùng</li><li>Phó Hiệu trưởng: Huỳnh Thị Lan</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: 154 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng.</p>"
        "<p>Điện thoại: 0236 3821 480 - Email: thptphanchautrinh@danang.edu.vn</p>"
        '<div class="wpcf7"><form action="/lien-he/#wpcf7-f12-p8-o1" method="post" class="wpcf7-form">'
        '<p><label>Họ và tên<br><input type="text" name="your-name"></label></p>'
        '<p><label>Email<br><input type="email" name="your-email"></label></p>'
        '<p><label>Nội dung<br><textarea name="your-message"></textarea></label></p>'
        '<p><input type="submit" value="Gửi liên hệ" class="wpcf7-submit"></p></form></div>',
    ),
}

GOLD = [
    gold_record(
        s,
        new_path(s),
        CATEGORIES[s.cat],
        alt_paths=[old_path(s.opts["old_id"])] if "old_id" in s.opts else (),
    )
    for s in NEW_POSTS
] + [
    gold_record(s, old_path(s.opts["old_id"]), OLD_LISTS[old_loai(s)])
    for s in STORIES
    if s.opts["site"] == "old"
]

NON_ARTICLES = [
    "/old/",
    "/old/tintuc.asp?loai=1&trang=1",
    "/old/tintuc.asp?loai=2&trang=1",
    "/chuyen-muc/tin-tuc/page/2/",
    "/gioi-thieu/",
    "/lien-he/",
]


# --- helpers ----------------------------------------------------------------------------------


def day_text(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(key: str) -> list[Story]:
    return newest([s for s in NEW_POSTS if s.cat == key])


def thumb(story: Story) -> str | None:
    imgs = story.images
    return imgs[0].src if imgs else None


# --- new site: content ------------------------------------------------------------------------


def _img_tag(img: Img, wp_id: int) -> str:
    name = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return (
        f'<img decoding="async" width="800" height="533" src="{img.src}" alt="{esc(name)}" '
        f'class="wp-image-{wp_id}" srcset="{img.src} 800w, {img.src[:-4]}-300x200.jpg 300w" '
        'sizes="(max-width: 800px) 100vw, 800px" />'
    )


def render_wp(story: Story) -> str:
    """WordPress entry content: Gutenberg blocks, classic captions, the importer's <br> lines."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n_img += 1
            att = story.id * 10 + n_img
            tag = _img_tag(b, att)
            if b.style == "fig":
                out.append(
                    f'<figure class="wp-block-image size-large">{tag}'
                    f'<figcaption class="wp-element-caption">{esc(b.printed)}</figcaption></figure>'
                )
            elif b.style == "wpcap":
                out.append(
                    f'<figure id="attachment_{att}" aria-describedby="caption-attachment-{att}" '
                    f'style="width: 800px" class="wp-caption aligncenter">{tag}'
                    f'<figcaption id="caption-attachment-{att}" class="wp-caption-text">'
                    f"{esc(b.printed)}</figcaption></figure>"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<figure class="wp-block-image size-large">{tag}</figure>')
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">' + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(f'<figure class="wp-block-table"><table>{head}<tbody>{"".join(rows)}</tbody></table></figure>')
            continue
        elif b.style == "h3":
            out.append(f'<h3 class="wp-block-heading">{esc(b.text)}</h3>')
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(b.text)}</p></blockquote>')
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br>\n{esc(nxt.text)}</p>")
            i += 2
            continue
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    if story.opts.get("old_link"):
        out.append(
            f'<p class="has-small-font-size"><em><a href="{old_path(story.opts["old_id"])}" target="_blank">'
            "(Xem bài gốc trên website cũ)</a></em></p>"
        )
    return "\n".join(out)


# --- new site: theme --------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc/", "Tin tức"),
    ("/chuyen-muc/hoat-dong-doan/", "Hoạt động Đoàn"),
    ("/chuyen-muc/thong-bao/", "Thông báo"),
    ("/lien-he/", "Liên hệ"),
]
MOST_READ = [S_NHAGIAO, S_HSG, S_LICHKT, S_CNXANH, S_HUONGNGHIEP]


def sidebar() -> str:
    recent = "".join(f'<li><a href="{new_path(s)}">{esc(s.title)}</a></li>' for s in newest(NEW_POSTS)[:5])
    popular = "".join(
        f'<li><a href="{new_path(BY_SLUG[s])}">{esc(BY_SLUG[s].title)}</a> '
        f'<span class="post-views">({BY_SLUG[s].views()} lượt xem)</span></li>'
        for s in MOST_READ
    )
    return f"""<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
<input type="submit" class="search-submit" value="Tìm kiếm"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title"><span>Bài viết mới</span></h3><ul>{recent}</ul></section>
<section id="wpp-2" class="widget popular-posts"><h3 class="widget-title"><span>Xem nhiều</span></h3><ul class="wpp-list">{popular}</ul></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website mới của trường?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"><label for="poll-answer-7">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8"><label for="poll-answer-8">Bình thường</label></li>
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9"><label for="poll-answer-9">Khó tìm thông tin</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons" onclick="poll_vote(3);"></p></form></div></section>
<section id="counter-2" class="widget widget_visitor_counter"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="wpvc-list"><li>Đang online: 27</li><li>Hôm nay: 436</li><li>Hôm qua: 512</li><li>Tổng truy cập: 1.284.570</li></ul></section>
<section id="text-3" class="widget widget_text"><h3 class="widget-title"><span>Liên kết</span></h3><div class="textwidget"><ul>
<li><a href="https://danang.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đà Nẵng</a></li>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://thisinh.thitotnghiepthpt.edu.vn" target="_blank" rel="noopener">Cổng thi tốt nghiệp THPT</a></li></ul></div></section>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "home") -> str:
    base = base_url(request)
    menu = "".join(
        f'<li class="menu-item menu-item-type-custom"><a href="{href}">{esc(label)}</a></li>' for href, label in MENU
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="colormag_style-css" href="{base}/wp-content/themes/colormag/style.css?ver=3.1.6" type="text/css" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/">
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="{body_class} wide">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header clearfix">
<div class="news-bar"><div class="inner-wrap"><div class="date-in-header">{esc(TODAY_NEW)}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Hotline:</strong> 0236 3821 480</div></div></div>
<div class="inner-wrap"><div id="header-text-nav-wrap" class="clearfix">
<div id="header-logo-image"><a href="{base}/" title="{esc(SITE_TITLE)}" rel="home"><img src="{base}/wp-content/uploads/2025/06/logo-pct.png" alt="{esc(SITE_TITLE)}"></a></div>
<div id="header-text"><h3 id="site-title"><a href="{base}/" rel="home">{esc(SITE_TITLE)}</a></h3>
<p id="site-description">Kỷ cương – Chất lượng – Sáng tạo</p></div>
</div></div>
<img class="header-image" src="{base}/wp-content/uploads/2025/06/banner-truong.jpg" alt="banner">
<nav id="site-navigation" class="main-navigation clearfix" role="navigation"><div class="inner-wrap clearfix">
<div class="home-icon"><a href="{base}/" title="Trang chủ"><i class="fa fa-home"></i></a></div>
<div class="menu-primary-container"><ul id="menu-primary" class="menu">{menu}</ul></div></div></nav>
</header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">
{main}
</div></div>
{sidebar()}
</div></div>
<footer id="colophon" class="clearfix"><div class="footer-widgets-wrapper"><div class="inner-wrap"><div class="footer-widgets-area clearfix">
<div class="tg-footer-main-widget"><h3 class="widget-title"><span>{esc(SITE_TITLE)}</span></h3>
<p>Địa chỉ: 154 Lê Lợi, phường Hải Châu, thành phố Đà Nẵng<br>Điện thoại: 0236 3821 480 - Email: thptphanchautrinh@danang.edu.vn<br>
Chịu trách nhiệm: ThS. Nguyễn Văn Sơn - Hiệu trưởng</p></div>
<div class="tg-footer-other-widgets"><ul class="footer-links"><li><a href="/old/">Website cũ</a></li>
<li><a href="/lien-he/">Liên hệ</a></li><li><a href="/wp-login.php" rel="nofollow">Đăng nhập</a></li></ul></div>
</div></div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="copyright">Bản quyền &copy; 2026
<a href="{base}/">{esc(SITE_TITLE)}</a>. Vận hành bởi <a href="https://wordpress.org" rel="nofollow">WordPress</a>.</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script src="{base}/wp-content/themes/colormag/js/navigation.min.js?ver=3.1.6"></script>
</body>
</html>"""


def breadcrumb(*crumbs: tuple[str | None, str]) -> str:
    parts = []
    for href, label in crumbs:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return '<div class="breadcrumbs"><span><span>' + " » ".join(parts) + "</span></span></div>"


def list_item(story: Story) -> str:
    src = thumb(story)
    img = (
        f'<div class="featured-image"><a href="{new_path(story)}" title="{esc(story.title)}">'
        f'<img width="390" height="205" src="{src[:-4]}-390x205.jpg" class="attachment-colormag-featured-post-medium '
        'size-colormag-featured-post-medium wp-post-image" alt="" decoding="async"></a></div>'
        if src
        else ""
    )
    excerpt = next((b.text for b in story.blocks if isinstance(b, P) and b.style not in ("th", "td", "h3")), "")
    words = excerpt.split()
    excerpt = esc(" ".join(words[:30])) + (" [&hellip;]" if len(words) > 30 else "")
    return f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish hentry category-{story.cat}">
{img}<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links"><a href="/chuyen-muc/{story.cat}/" rel="category tag">{esc(CATEGORIES[story.cat])}</a></span></div>
<header class="entry-header"><h2 class="entry-title"><a href="{new_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h2></header>
<div class="below-entry-meta"><span class="posted-on"><i class="fa fa-calendar-o"></i> <time class="entry-date published">{day_text(story)}</time></span></div>
<div class="entry-content clearfix"><p>{excerpt}</p><a class="more-link" href="{new_path(story)}"><span>Đọc thêm</span></a></div>
</div></article>"""


def home(request: Request) -> Response:
    if "s" in request.params:
        words = request.params["s"]
        main = (
            f'<header class="page-header"><h1 class="page-title"><span>Kết quả tìm kiếm cho: {esc(words)}</span></h1></header>'
            '<section class="no-results not-found"><p>Không tìm thấy nội dung phù hợp. Vui lòng thử lại với từ khóa khác.</p></section>'
        )
        return html(layout(request, f"Bạn đã tìm kiếm {words} - {SITE_TITLE}", main, body_class="search"))
    if "p" in request.params:
        story = BY_WPID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
        return redirect(base_url(request) + new_path(story), 301) if story else None
    if request.query:
        return None
    top = "".join(list_item(s) for s in newest(NEW_POSTS)[:4])
    blocks = "".join(
        f'<section class="widget widget_featured_posts"><h3 class="widget-title"><span>'
        f'<a href="/chuyen-muc/{key}/">{esc(CATEGORIES[key])}</a></span></h3>'
        + "".join(
            f'<div class="following-post"><h3 class="entry-title"><a href="{new_path(s)}">{esc(s.title)}</a></h3>'
            f'<time class="entry-date published">{day_text(s)}</time></div>'
            for s in in_cat(key)[:3]
        )
        + "</section>"
        for key in NEW_CATS
    )
    main = f'<section class="widget widget_highlighted_posts"><h3 class="widget-title"><span>Tin mới nhất</span></h3>{top}</section>{blocks}'
    head = f'<link rel="canonical" href="{base_url(request)}/">'
    return html(layout(request, f"{SITE_TITLE} - Kỷ cương – Chất lượng – Sáng tạo", main, head))


def listing(request: Request, base: str, heading: str, posts: list[Story], page: int, body_class: str) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = ""
    if pages > 1:
        links = []
        if page > 1:
            prev = base if page == 2 else f"{base}page/{page - 1}/"
            links.append(f'<a class="prev page-numbers" href="{prev}">&laquo; Trang trước</a>')
        for n in range(1, pages + 1):
            href = base if n == 1 else f"{base}page/{n}/"
            links.append(
                f'<span aria-current="page" class="page-numbers current">{n}</span>'
                if n == page
                else f'<a class="page-numbers" href="{href}">{n}</a>'
            )
        if page < pages:
            links.append(f'<a class="next page-numbers" href="{base}page/{page + 1}/">Trang sau &raquo;</a>')
        nav = '<nav class="navigation pagination"><div class="nav-links">' + "".join(links) + "</div></nav>"
    crumbs = breadcrumb(("/", "Trang chủ"), (None, heading + (f" - Trang {page}" if page > 1 else "")))
    main = (
        f'{crumbs}<header class="page-header"><h1 class="page-title"><span>{esc(heading)}</span></h1></header>'
        + '<div class="article-container">'
        + "".join(list_item(s) for s in chunk)
        + "</div>"
        + nav
    )
    canonical = base if page == 1 else f"{base}page/{page}/"
    head = f'<link rel="canonical" href="{base_url(request)}{canonical}">'
    title = f"{heading}{f' - Trang {page}' if page > 1 else ''} - {SITE_TITLE}"
    return html(layout(request, title, main, head, body_class=body_class))


def share_bar(request: Request, story: Story) -> str:
    url = quote(base_url(request) + new_path(story), safe="")
    return f"""<div class="share-buttons"><span>Chia sẻ:</span>
<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">Facebook</a>
<a class="share-zalo" href="https://zalo.me/share?url={url}" target="_blank" rel="nofollow">Zalo</a>
<a class="share-email" href="mailto:?subject={quote(story.title)}&amp;body={url}">Email</a>
<a class="share-print" href="javascript:window.print()">In bài viết</a></div>"""


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATEGORIES[story.cat]
    user = story.opts["user"]
    tags = story.opts.get("tags") or []
    tag_html = (
        '<span class="tag-links"><i class="fa fa-tags"></i> Thẻ: '
        + ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</span>"
        if tags
        else ""
    )
    related = [s for s in in_cat(story.cat) if s.published_at > story.published_at][-3:]
    related_html = (
        '<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i>'
        "<span>Bài viết liên quan</span></h4><div class=\"related-posts clearfix\">"
        + "".join(
            f'<div class="single-related-posts"><h3 class="entry-title"><a href="{new_path(s)}" rel="bookmark">'
            f'{esc(s.title)}</a></h3><div class="below-entry-meta"><time class="entry-date published">{day_text(s)}</time></div></div>'
            for s in related
        )
        + "</div></div>"
        if related
        else ""
    )
    main = f"""{breadcrumb(("/", "Trang chủ"), (f"/chuyen-muc/{story.cat}/", cat), (None, story.title))}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard hentry category-{story.cat}">
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links"><a href="/chuyen-muc/{story.cat}/" rel="category tag">{esc(cat)}</a></span></div>
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1></header>
<div class="below-entry-meta">
<span class="posted-on"><i class="fa fa-calendar-o"></i> <time class="entry-date published">{day_text(story)}</time></span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i> Đăng bởi <a class="url fn n" href="/author/{user}/" title="{esc(USERS[user])}">{esc(USERS[user])}</a></span></span>
<span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
</div>
<div class="entry-content clearfix">
{render_wp(story)}
</div>
</div>
<footer class="entry-footer">{tag_html}{share_bar(request, story)}</footer>
</article>
{related_html}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><label for="comment">Bình luận *</label><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p>
<p class="comment-form-author"><label for="author">Tên *</label><input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email *</label><input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"></p></form></div></div>"""
    head = (
        f'<link rel="canonical" href="{base}{new_path(story)}">\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}'>\n"
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}{new_path(story)}">'
    )
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main, head, body_class="post-template-default single single-post"))


def static_page(request: Request, slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    main = f"""{breadcrumb(("/", "Trang chủ"), (None, title))}
<article id="post-{8 if slug == "lien-he" else 6}" class="page type-page status-publish hentry">
<div class="article-content clearfix"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content clearfix">{content}</div></div></article>"""
    head = f'<link rel="canonical" href="{base_url(request)}/{slug}/">'
    return html(layout(request, f"{title} - {SITE_TITLE}", main, head, body_class="page-template-default page"))


# --- old site ---------------------------------------------------------------------------------


def render_old(story: Story) -> str:
    """The old editor's text: one <font> block, paragraphs separated by <br><br>."""
    parts: list[str] = []
    imgs = iter(story.opts.get("old_imgs") or [])
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            i += 1
            continue
        if isinstance(b, Img):
            src = b.src if b.style == "old" else old_up(next(imgs))
            cap = f"<br><i>{esc(b.printed)}</i>" if b.printed else ""
            parts.append(f'<div align="center"><img src="{src}" border="0" width="480">{cap}</div>')
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                wrap = ("<b>", "</b>") if blocks[i].style == "th" else ("", "")
                rows.append(
                    "<tr>" + "".join(f'<td align="center">{wrap[0]}{esc(c)}{wrap[1]}</td>' for c in cells) + "</tr>"
                )
                i += 1
            parts.append('<table border="1" cellpadding="3" cellspacing="0" width="90%" align="center">' + "".join(rows) + "</table>")
            continue
        elif b.style in ("li", "oli"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(esc(blocks[i].text))
                i += 1
            parts.append("<br>".join(items))
            continue
        elif b.style in ("lead", "h3"):
            parts.append(f"<b>{esc(b.text)}</b>")
        elif b.style == "quote":
            parts.append(f"<i>{esc(b.text)}</i>")
        else:
            parts.append(esc(b.text))
        i += 1
    byline = story.opts.get("old_byline")
    if byline is None:
        raws = [b for b in story.blocks if isinstance(b, Raw) and "Nguồn" not in b.html]
        byline = re.sub(r"<[^>]+>", "", raws[0].html) if raws else ""
    sign = f'<div align="right"><b>{esc(byline)}</b></div>' if byline else ""
    return '<font face="Times New Roman" size="3">' + "<br><br>\n".join(parts) + "</font>" + sign


def old_layout(main: str) -> bytes:
    menu = "".join(
        f'<tr><td class="menu" height="24">&nbsp;<img src="images/arrow.gif" border="0"> <a href="{href}">{esc(label)}</a></td></tr>'
        for href, label in [
            ("default.asp", "Trang chủ"),
            ("tintuc.asp?loai=1&amp;trang=1", OLD_LISTS[1]),
            ("tintuc.asp?loai=2&amp;trang=1", OLD_LISTS[2]),
            ("/", "Website mới"),
        ]
    )
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>TRUONG THPT PHAN CHAU TRINH - DA NANG</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" bgcolor="#E8EEF7">
<table width="100%" bgcolor="#FFFF99" cellpadding="4" cellspacing="0"><tr><td align="center">
<font color="#CC0000" face="Arial" size="2"><b>Trang chủ cũ</b> — Website cũ — vui lòng truy cập website mới:
<a href="/"><b>thptphanchautrinh.edu.vn</b></a></font></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#003399" height="24"><font color="#FFFFFF" face="Arial" size="2">&nbsp;{esc(TODAY_OLD)}</font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F0F4FA"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#336699" height="26"><font color="#FFFFFF"><b>&nbsp;DANH MỤC</b></font></td></tr>{menu}</table></td>
<td width="600" valign="top">{main}</td>
<td width="200" valign="top" bgcolor="#F0F4FA"><table width="100%" cellpadding="3">
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font size="2">Đang online: 3<br>Hôm nay: 41<br>Tổng truy cập: 845.112</font></td></tr>
<tr><td bgcolor="#336699"><font color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr>
<tr><td><font size="2"><a href="http://www.danang.edu.vn" target="_blank">Sở GD&amp;ĐT Đà Nẵng</a><br>
<a href="http://www.moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></font></td></tr></table></td>
</tr>
<tr><td colspan="3" bgcolor="#003399" align="center"><font color="#FFFFFF" size="2">TRƯỜNG THPT PHAN CHÂU TRINH<br>
Địa chỉ: 154 Lê Lợi - TP Đà Nẵng - ĐT: (0236) 3821480<br>Thiết kế bởi Công ty phần mềm Đà Nẵng</font></td></tr>
</table>
</body>
</html>"""
    return cp1258_bytes(page)


def old_html(page: bytes) -> Response:
    return html(page, charset="windows-1258", headers={"Server": "Microsoft-IIS/7.5", "X-Powered-By": "ASP.NET"})


def old_sorted(loai: int | None = None) -> list[Story]:
    posts = [s for s in OLD_POSTS.values() if loai is None or old_loai(s) == loai]
    return sorted(posts, key=lambda s: s.opts["old_id"], reverse=True)


def old_date_day(story: Story) -> str:
    return story.opts["old_date"].split()[0]


def old_row(story: Story) -> str:
    return (
        f'<tr><td valign="top" width="12"><img src="images/dot.gif"></td><td><a href="xemtin.asp?id={story.opts["old_id"]}" '
        f'class="linktin"><b>{esc(story.title)}</b></a> <font size="1" color="#808080">({old_date_day(story)})</font></td></tr>'
    )


def old_home() -> Response:
    rows = "".join(old_row(s) for s in old_sorted()[:5])
    main = (
        '<table width="100%" cellpadding="4"><tr><td bgcolor="#336699"><font color="#FFFFFF"><b>TIN MỚI NHẤT</b></font></td></tr>'
        f'<tr><td><table width="100%" cellpadding="3">{rows}</table></td></tr></table>'
    )
    return old_html(old_layout(main))


def old_list(request: Request) -> Response | None:
    params = request.params
    try:
        loai, trang = int(params.get("loai", "")), int(params.get("trang", "1") or 1)
    except ValueError:
        return None
    if loai not in OLD_LISTS:
        return None
    posts = old_sorted(loai)
    pages = max(1, -(-len(posts) // OLD_PER_PAGE))
    if not 1 <= trang <= pages:
        return None
    rows = "".join(old_row(s) for s in posts[(trang - 1) * OLD_PER_PAGE : trang * OLD_PER_PAGE])
    pager = " ".join(
        f"<b>[{n}]</b>" if n == trang else f'<a href="tintuc.asp?loai={loai}&amp;trang={n}">[{n}]</a>'
        for n in range(1, pages + 1)
    )
    main = (
        f'<table width="100%" cellpadding="4"><tr><td bgcolor="#336699"><font color="#FFFFFF"><b>{esc(OLD_LISTS[loai].upper())}</b></font></td></tr>'
        f'<tr><td><table width="100%" cellpadding="3">{rows}</table></td></tr>'
        f'<tr><td align="right"><font size="2">Trang: {pager}</font></td></tr></table>'
    )
    return old_html(old_layout(main))


def old_article(request: Request) -> Response | None:
    raw = request.params.get("id", "")
    story = OLD_POSTS.get(int(raw)) if raw.isdigit() else None
    if story is None:
        return None
    loai = old_loai(story)
    others = [s for s in old_sorted(loai) if s is not story][:5]
    other_rows = "".join(old_row(s) for s in others)
    main = f"""<table width="100%" cellpadding="6" cellspacing="0">
<tr><td><font size="2"><a href="default.asp">Trang chủ</a> &gt; <a href="tintuc.asp?loai={loai}&amp;trang=1">{esc(OLD_LISTS[loai])}</a></font></td></tr>
<tr><td><font face="Arial" size="4" color="#003399"><b>{esc(story.title)}</b></font></td></tr>
<tr><td><font size="1" color="#808080">Ngày đăng: {esc(story.opts["old_date"])} | Lượt xem: {story.views() + 1200}</font></td></tr>
<tr><td align="justify">{render_old(story)}</td></tr>
<tr><td align="right"><font size="2"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=Tin%20tuc">Gửi email</a> |
<a href="javascript:history.back()">Quay lại</a></font></td></tr>
<tr><td bgcolor="#E0E8F0"><b>Các tin khác</b></td></tr>
<tr><td><table width="100%" cellpadding="3">{other_rows}</table></td></tr>
</table>"""
    return old_html(old_layout(main))


# --- routing ----------------------------------------------------------------------------------


class MigratedTwinsSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if lower.startswith(("/wp-content/", "/wp-includes/", "/old/upload/", "/old/images/", "/old/css/")) or lower == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        # the old site (IIS: file names are not case-sensitive)
        if lower in ("/old/", "/old/default.asp"):
            return old_home() if not request.query else None
        if lower == "/old":
            return redirect("/old/", 301)
        if lower == "/old/tintuc.asp":
            return old_list(request)
        if lower == "/old/xemtin.asp":
            return old_article(request)
        if request.query:
            return None
        if m := re.fullmatch(r"/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            kind, key, page = m.group(1), m.group(2), int(m.group(3) or 1)
            base = f"/{kind}/{key}/"
            if m.group(3) and page == 1:
                return redirect(base, 301)
            if kind == "chuyen-muc" and key in NEW_CATS:
                return listing(request, base, CATEGORIES[key], in_cat(key), page, "archive category")
            if kind == "tag" and key in TAGS:
                posts = newest([s for s in NEW_POSTS if key in s.opts.get("tags", [])])
                return listing(request, base, f"Thẻ: {TAGS[key]}", posts, page, "archive tag")
            if kind == "author" and key in USERS:
                posts = newest([s for s in NEW_POSTS if s.opts["user"] == key])
                return listing(request, base, f"Tác giả: {USERS[key]}", posts, page, "archive author")
            return None
        if m := re.fullmatch(r"/([a-z0-9-]+)(/?)", path):
            slug, slash = m.groups()
            if slug in BY_SLUG or slug in STATIC_PAGES:
                if not slash:
                    return redirect(f"/{slug}/", 301)
                return post_page(request, BY_SLUG[slug]) if slug in BY_SLUG else static_page(request, slug)
        return None


def build_site() -> MigratedTwinsSite:
    return MigratedTwinsSite()
