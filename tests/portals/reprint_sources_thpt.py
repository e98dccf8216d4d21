"""Trường THPT Hòn Gai (TP Hạ Long, Quảng Ninh) on WordPress 6 with a "Newsmag"-like theme
(tagDiv class names: ``td-post-*``, ``td_module_*``, ``entry-crumbs``), many posts REPRINTED from
newspapers and ministry sites.

Platform
--------
WordPress 6.x, post-name permalinks, the block editor for new posts and old posts still in the
classic editor (``[caption]`` shortcode output). The Newsmag single-post template::

    <article class="post type-post …">
      <div class="td-post-header">
        <div class="td-crumb-container"><div class="entry-crumbs"> Trang chủ › Chuyên mục › title</div></div>
        <ul class="td-category"><li class="entry-category"><a …>Chuyên mục</a></li></ul>
        <header class="td-post-title">
          <h1 class="entry-title">…</h1>
          <p class="td-post-sub-title">…</p>           (only when the editor filled "Subtitle")
          <div class="td-module-meta-info"> "Bởi <a href=/author/<login>/>display name</a> -"
            <span class="td-post-date"><time class="entry-date updated td-module-date"
              datetime="2026-11-24T09:12:40+07:00">24/11/2026</time></span>
            comments count, views count </div>
        </header>
      </div>
      <div class="td-post-sharing td-post-sharing-top"> Facebook, Twitter, Zalo, email </div>
      <div class="td-post-content tagdiv-type"> featured image, then the_content() </div>
      <footer> "TAGS" box, bottom sharing, author box </footer>
    </article>
    "BÀI LIÊN QUAN" (td_block_related_posts), comments + "Để lại bình luận" form, sidebar.

Dates print as ``d/m/Y`` (site setting) inside ``<time datetime>``; the attribute carries a time
the page never shows. Header: "Thứ Sáu, 04/12/2026" (the theme's top-bar date: today).

URL scheme
----------
- ``/`` static front page of blocks: "TIN MỚI" (5 newest), one block of 3 per category, sidebar.
- ``/<slug>/`` a post (any query string is ignored by WordPress: ``?replytocom=N`` serves the
  same post); ``/gioi-thieu/``, ``/lien-he/`` are WordPress pages (same URL form, no date).
- ``/<post-slug>/<attachment-slug>/`` attachment pages (an image, its title = file name, a date).
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<n>/`` (5 per page; ``/page/1/`` 301s to
  the first page); ``/tag/<slug>/``; ``/author/<login>/`` (+ ``/page/<n>/``).
- ``/?p=<id>`` (the ``rel=shortlink``) answers 301 to the post; ``/feed/`` RSS of the 10 newest.
- Uploads ``/wp-content/uploads/2026/<mm>/<file>.jpg``; one reprint hotlinks its photo from
  baoquangninh.vn (absolute external URL).

How each gold article is reached
--------------------------------
- Home: the 5 newest and 3 per category; sidebar "Đọc nhiều"; related posts (3 newest of the
  category); category, tag and author listings; the feed.
- ``nhung-diem-moi-trong-quy-che-tuyen-sinh-dai-hoc-nam-2027`` and
  ``ky-nang-phong-chong-bat-nat-hoc-duong`` (the two oldest "Tin giáo dục" posts) are only on
  ``/chuyen-muc/tin-giao-duc/page/2/`` (and page 2/3 of ``/author/admin/``, and their own tag
  pages): not on the home page, not in most-read, related lists or the feed.

Traps (the point of this portal: sources and bylines of reprints, one shape per post)
------------------------------------------------------------------------------------
- "(Theo Báo Quảng Ninh)" italic at the end -> source "Báo Quảng Ninh", no author.
- "Nguồn: moet.gov.vn" -> source "moet.gov.vn".
- "Minh Anh" on one right-aligned line, "Nguồn: Báo Giáo dục và Thời đại" on the next ->
  author "Minh Anh", source "Báo Giáo dục và Thời đại".
- "Theo VnExpress" at the TOP, before the lead -> source "VnExpress" (not body).
- "Nguồn: <a href=https://baoquangninh.vn/…>baoquangninh.vn</a>" -> source "baoquangninh.vn".
- "BBT tổng hợp" -> nobody, no source.  "Sưu tầm" alone -> nobody, no source.
- "Hoàng Yến (tổng hợp)" -> author "Hoàng Yến".
- "Tin, ảnh: Đoàn trường" -> author and photographer "Đoàn trường" (a unit of the school).
- "Bài và ảnh: Thu Hà – Cổng TTĐT Quảng Ninh" -> author and photographer "Thu Hà"; the portal
  after the dash is her unit, not a source.
- Two own posts signed with a bare right-aligned name ("Nguyễn Thị Lan Hương", "Trần Đức Mạnh").
- The meta row says "Bởi admin" on every post (a CMS login: nobody) except the exam timetable
  posted by the account whose display name is "Tổ Văn phòng" (no byline in the text: the unit).
- ``?replytocom=N`` comment-reply links serve the same post (in ``alt_paths``); comments print
  their own dates ("21/11/2026 lúc 20:15"); ``/?p=N`` is a redirect; attachment pages have a
  title and a date but are not articles; the header's today is not a publication date.

Gold decisions
--------------
- title: ``h1.entry-title``; published_at: the printed ``d/m/Y`` -> "YYYY-MM-DD" (no time shown).
- summary: the bold lead paragraph, or the theme's ``td-post-sub-title``; else None.
- body: ``td-post-content`` paragraphs, headings, list items, table rows (cells " | "), quotes;
  a ``<br>`` splits a paragraph; not the captions, byline/source lines, tags, sharing, related.
- images: the featured image (no caption printed) then the photos of the text; captions are the
  ``wp-caption-text`` / ``wp-element-caption`` / centred italic line as printed.
- category: the breadcrumb's section (= the ``td-category`` label).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "reprint_sources_thpt"
PLATFORM = "WordPress 6 + Newsmag-like (tagDiv) theme, post-name permalinks"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE_TITLE = "Trường THPT Hòn Gai"
SITE_DESC = "Trang thông tin điện tử Trường THPT Hòn Gai - TP Hạ Long - Quảng Ninh"
PER_PAGE = 5

CATEGORIES = {
    "tin-nha-truong": "Tin nhà trường",
    "tin-giao-duc": "Tin giáo dục",
    "doan-thanh-nien": "Đoàn thanh niên",
}
USERS = {"admin": "admin", "vanphong": "Tổ Văn phòng"}


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


S_LICHTHI = "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_THITN = "thi-tot-nghiep-thpt-2027-giu-on-dinh-nhu-nam-2026"
S_HIENMAU = "ngay-hoi-hien-mau-giot-hong-hon-gai-lan-thu-v"
S_KIEMTRA = "bo-gddt-huong-dan-kiem-tra-danh-gia-dinh-ky-hoc-ky-i"
S_CHUAN = "truong-thpt-hon-gai-don-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-2"
S_HSG = "quang-ninh-45-hoc-sinh-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia"
S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11"
S_YNGHIA = "lich-su-va-y-nghia-ngay-nha-giao-viet-nam-20-11"
S_TOCM = "doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc"
S_THANHLICH = "hoi-thi-hoc-sinh-thanh-lich-nam-hoc-2026-2027"
S_ATGT = "ha-long-nhan-rong-mo-hinh-cong-truong-an-toan-giao-thong"
S_TUYENSINH = "nhung-diem-moi-trong-quy-che-tuyen-sinh-dai-hoc-nam-2027"
S_BATNAT = "ky-nang-phong-chong-bat-nat-hoc-duong"

HOTLINK = "https://baoquangninh.vn/dataimages/202611/original/images1741283_atgt-cong-truong.jpg"

# opts: user (WP login), time (the datetime attribute's clock, never printed), tags, views,
# comments (list of (id, name, printed date, text)), attachment (slug of an attachment page that
# a photo links to). Img styles: featured, block, caption, olddiv, em, bare, att. P styles: lead,
# h3, li, oli, th, tr, quote, br (same <p> as the previous paragraph, after a <br>), center.
STORIES: list[Story] = [
    Story(
        1,
        S_LICHTHI,
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "tin-nha-truong",
        "2026-12-03",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra cuối "
                "học kỳ I các môn kiểm tra tập trung đối với khối 10, 11 và 12 như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "tr"),
            P("Lưu ý", "h3"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút.", "li"),
            P(
                "Không mang điện thoại, tài liệu vào phòng kiểm tra; vi phạm sẽ bị lập biên bản "
                "và xử lý theo quy định.",
                "li",
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch này tới học sinh và cha mẹ học sinh qua nhóm "
                "Zalo của lớp trước ngày 07/12/2026.",
                "li",
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"user": "vanphong", "time": "16:40:05", "tags": ["kiem-tra"], "views": 812},
    ),
    Story(
        2,
        S_THITN,
        "Thi tốt nghiệp THPT 2027: giữ ổn định như năm 2026",
        "tin-giao-duc",
        "2026-12-02",
        [
            Raw("<p><em>Theo VnExpress</em></p>"),
            P(
                "Bộ Giáo dục và Đào tạo cho biết kỳ thi tốt nghiệp THPT năm 2027 giữ ổn định như "
                "năm 2026, thí sinh thi bốn môn gồm hai môn bắt buộc và hai môn tự chọn.",
                "lead",
            ),
            Img(up(12, "thi-tot-nghiep-2027.jpg"), "Thí sinh dự thi tốt nghiệp THPT năm 2026. Ảnh minh họa", "Thí sinh dự thi tốt nghiệp THPT năm 2026. Ảnh minh họa", "block"),
            P(
                "Theo dự thảo quy chế công bố ngày 1/12, Toán và Ngữ văn là hai môn bắt buộc; thí "
                "sinh chọn thêm hai môn trong số các môn còn lại đã học ở lớp 12, gồm Ngoại ngữ, "
                "Lịch sử, Vật lý, Hóa học, Sinh học, Địa lý, Giáo dục kinh tế và pháp luật, Tin học, "
                "Công nghệ."
            ),
            P(
                "Kỳ thi dự kiến diễn ra vào cuối tháng 6/2027. Thí sinh đăng ký dự thi trực tuyến "
                "trên hệ thống của Bộ, thí sinh tự do đăng ký tại các điểm tiếp nhận do sở giáo dục "
                "bố trí."
            ),
            P(
                "“Việc giữ ổn định giúp học sinh, giáo viên yên tâm dạy và học, tránh áp lực không "
                "cần thiết”, đại diện Cục Quản lý chất lượng nói.",
                "quote",
            ),
            P(
                "Điểm xét tốt nghiệp tiếp tục kết hợp 50% kết quả học tập ở cấp THPT và 50% điểm "
                "thi, như hai năm qua."
            ),
        ],
        source="VnExpress",
        summary=(
            "Bộ Giáo dục và Đào tạo cho biết kỳ thi tốt nghiệp THPT năm 2027 giữ ổn định như "
            "năm 2026, thí sinh thi bốn môn gồm hai môn bắt buộc và hai môn tự chọn."
        ),
        opts={"user": "admin", "time": "08:05:12", "tags": ["thi-tot-nghiep-thpt"], "views": 2410},
    ),
    Story(
        3,
        S_HIENMAU,
        "Ngày hội hiến máu “Giọt hồng Hòn Gai” lần thứ V",
        "doan-thanh-nien",
        "2026-11-30",
        [
            P(
                "Sáng 29/11, Đoàn trường THPT Hòn Gai phối hợp với Trung tâm Máu Quảng Ninh tổ chức "
                "Ngày hội hiến máu tình nguyện “Giọt hồng Hòn Gai” lần thứ V."
            ),
            P(
                "Tham gia ngày hội có hơn 200 đoàn viên là học sinh khối 12 đủ 18 tuổi, thầy cô giáo "
                "và cha mẹ học sinh. Trước khi hiến máu, các tình nguyện viên được khám sàng lọc, "
                "tư vấn và kiểm tra huyết sắc tố."
            ),
            Img(up(11, "hien-mau-2026-1.jpg"), "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu", "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu", "caption"),
            P(
                "Kết quả, ngày hội tiếp nhận 168 đơn vị máu, vượt 20% chỉ tiêu đề ra. Nhiều em lần "
                "đầu hiến máu chia sẻ niềm vui khi được góp một phần nhỏ giúp người bệnh."
            ),
            Img(up(11, "hien-mau-2026-2.jpg"), "Thầy cô giáo cùng tham gia hiến máu", "Thầy cô giáo cùng tham gia hiến máu", "caption"),
            P(
                "Dịp này, Ban Chấp hành Đoàn trường trao giấy chứng nhận và quà tặng cho các tình "
                "nguyện viên, tuyên dương 5 chi đoàn có số người tham gia đông nhất."
            ),
            right("<strong>Tin, ảnh: Đoàn trường</strong>"),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={"user": "admin", "time": "15:22:47", "tags": ["hien-mau", "doan-truong"], "views": 1780},
    ),
    Story(
        4,
        S_KIEMTRA,
        "Bộ GD&ĐT hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I",
        "tin-giao-duc",
        "2026-11-28",
        [
            P(
                "Bộ Giáo dục và Đào tạo vừa có công văn gửi các sở giáo dục và đào tạo hướng dẫn tổ "
                "chức kiểm tra, đánh giá định kỳ học kỳ I năm học 2026-2027 đối với cấp THCS và THPT."
            ),
            P("Theo đó, các nhà trường cần lưu ý:"),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm đánh giá mức độ đạt "
                "yêu cầu cần đạt của chương trình môn học.",
                "oli",
            ),
            P("Không kiểm tra kiến thức vượt quá nội dung đã học đến thời điểm kiểm tra.", "oli"),
            P(
                "Sử dụng đa dạng hình thức: bài viết trên giấy, trên máy tính, bài thực hành, dự án "
                "học tập.",
                "oli",
            ),
            P(
                "Kết quả kiểm tra phải được công khai, thông báo tới học sinh và cha mẹ học sinh, "
                "cập nhật vào cơ sở dữ liệu ngành đúng thời hạn."
            ),
            P(
                "Bộ đề nghị các sở chỉ đạo không tổ chức thi khảo sát chung ngoài kế hoạch, tránh "
                "gây áp lực cho học sinh.",
            ),
            Raw('<p><strong>Nguồn: moet.gov.vn</strong></p>'),
        ],
        source="moet.gov.vn",
        opts={"user": "admin", "time": "10:30:00", "tags": ["kiem-tra"], "views": 965},
    ),
    Story(
        5,
        S_CHUAN,
        "Trường THPT Hòn Gai đón Bằng công nhận đạt chuẩn quốc gia mức độ 2",
        "tin-nha-truong",
        "2026-11-26",
        [
            Img(up(11, "dat-chuan-quoc-gia-cover.jpg"), None, None, "featured"),
            P(
                "Sáng 25/11, tại hội trường nhà trường, Trường THPT Hòn Gai long trọng tổ chức Lễ đón "
                "nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng "
                "giáo dục cấp độ 3."
            ),
            P(
                "Dự buổi lễ có lãnh đạo Sở GD&ĐT, UBND thành phố Hạ Long, phường Hồng Gai cùng đông "
                "đảo thầy cô giáo, cha mẹ học sinh và hơn 1.400 học sinh của trường."
            ),
            Img(up(11, "dat-chuan-quoc-gia-1.jpg"), "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường", "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường", "block"),
            P(
                "Được thành lập năm 1959, trải qua hơn 65 năm xây dựng và phát triển, nhà trường "
                "luôn là đơn vị dẫn đầu của tỉnh về chất lượng giáo dục toàn diện."
            ),
            P(
                "Năm học 2025-2026, trường có 38 học sinh giỏi cấp tỉnh, 2 học sinh đạt giải quốc "
                "gia; tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp xếp thứ 3 toàn "
                "tỉnh."
            ),
            P("Phát biểu tại buổi lễ, Hiệu trưởng nhà trường khẳng định:"),
            P("Danh hiệu là niềm vinh dự, đồng thời là trách nhiệm của mỗi thầy cô.", "br"),
            P("Nhà trường sẽ tiếp tục đầu tư cơ sở vật chất, đổi mới phương pháp dạy học.", "br"),
            right("<em>Bài và ảnh: Thu Hà – Cổng TTĐT Quảng Ninh</em>"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        summary=(
            "Trường THPT Hòn Gai vinh dự đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức "
            "độ 2, khẳng định chất lượng giáo dục toàn diện của ngôi trường hơn 65 năm tuổi."
        ),
        sapo_outside=True,
        opts={"user": "admin", "time": "14:10:33", "tags": ["chuan-quoc-gia"], "views": 2950},
    ),
    Story(
        6,
        S_HSG,
        "Quảng Ninh: 45 học sinh vào đội tuyển dự thi học sinh giỏi quốc gia",
        "tin-giao-duc",
        "2026-11-24",
        [
            P(
                "Sở GD&ĐT Quảng Ninh vừa công bố danh sách 45 học sinh được chọn vào đội tuyển của "
                "tỉnh dự Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027, ở 12 môn thi."
            ),
            P(
                "Các em được lựa chọn qua kỳ thi chọn đội tuyển tổ chức trong hai ngày 14 và 15/11, "
                "với gần 300 thí sinh là học sinh giỏi các trường THPT trong tỉnh tham dự."
            ),
            Img(up(11, "doi-tuyen-hsg-qg.jpg"), "Học sinh đội tuyển ôn luyện tại Trường THPT chuyên Hạ Long", "Học sinh đội tuyển ôn luyện tại Trường THPT chuyên Hạ Long", "olddiv"),
            P(
                "Trường THPT chuyên Hạ Long có 34 học sinh; các trường THPT Hòn Gai, Bãi Cháy, Uông "
                "Bí, Cẩm Phả có 11 học sinh. Riêng Trường THPT Hòn Gai có 3 em ở các môn Ngữ văn, "
                "Lịch sử và Địa lý."
            ),
            P(
                "Đội tuyển sẽ tập trung bồi dưỡng từ ngày 1/12 đến trước kỳ thi, dưới sự hướng dẫn "
                "của các giáo viên giàu kinh nghiệm và giảng viên một số trường đại học."
            ),
            right("<em>(Theo Báo Quảng Ninh)</em>"),
        ],
        source="Báo Quảng Ninh",
        opts={"user": "admin", "time": "09:12:40", "tags": ["hoc-sinh-gioi"], "views": 1990},
    ),
    Story(
        7,
        S_NHAGIAO,
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-nha-truong",
        "2026-11-21",
        [
            Img(up(11, "20-11-2026-cover.jpg"), None, None, "featured"),
            P(
                "Sáng 20/11/2026, Trường THPT Hòn Gai tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                "Nam (20/11/1982 - 20/11/2026) với sự tham dự của các thầy cô giáo nghỉ hưu, Ban đại "
                "diện cha mẹ học sinh và toàn thể học sinh.",
                "lead",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do các lớp khối 10, 11 dàn dựng, "
                "với những ca khúc ca ngợi thầy cô và mái trường."
            ),
            Img(up(11, "ky-niem-20-11-2026-1.jpg"), "Tiết mục múa “Bụi phấn” của lớp 11A3", "Tiết mục múa “Bụi phấn” của lớp 11A3", "att"),
            P(
                "Ôn lại truyền thống, thầy Hiệu trưởng điểm lại những thành tích nổi bật của năm học "
                "2025-2026 và gửi lời tri ân tới các thế hệ thầy cô đã gắn bó với trường."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và trao 30 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh "
                "khó khăn vươn lên trong học tập."
            ),
            Img(up(11, "ky-niem-20-11-2026-2.jpg"), "Trao học bổng cho học sinh vượt khó", "Trao học bổng cho học sinh vượt khó", "caption"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, nhiều cựu học sinh trở về trường tặng hoa, "
                "chúc mừng thầy cô."
            ),
            right("<strong>Nguyễn Thị Lan Hương</strong>"),
        ],
        authors=["Nguyễn Thị Lan Hương"],
        summary=(
            "Sáng 20/11/2026, Trường THPT Hòn Gai tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam (20/11/1982 - 20/11/2026) với sự tham dự của các thầy cô giáo nghỉ hưu, Ban đại "
            "diện cha mẹ học sinh và toàn thể học sinh."
        ),
        opts={
            "user": "admin",
            "time": "07:55:10",
            "tags": ["20-11", "nha-giao"],
            "views": 3120,
            "attachment": "ky-niem-20-11-2026-1",
            "comments": [
                (57, "Phạm Minh Đức", "21/11/2026 lúc 20:15", "Chúc mừng thầy cô nhân ngày 20/11!"),
                (58, "Lê Thu Trang (cựu HS khóa 2016-2019)", "22/11/2026 lúc 07:02", "Nhớ trường, nhớ thầy cô quá ạ."),
            ],
        },
    ),
    Story(
        8,
        S_YNGHIA,
        "Lịch sử và ý nghĩa Ngày Nhà giáo Việt Nam 20/11",
        "doan-thanh-nien",
        "2026-11-19",
        [
            P(
                "Ngày Nhà giáo Việt Nam 20/11 là dịp để học sinh bày tỏ lòng biết ơn đối với thầy cô "
                "giáo. Vậy ngày lễ này ra đời như thế nào?"
            ),
            P("Nguồn gốc", "h3"),
            P(
                "Tiền thân của ngày 20/11 là “Hiến chương các nhà giáo” do Liên hiệp quốc tế các công "
                "đoàn giáo dục (FISE) ban hành. Tháng 7/1957, tại Hội nghị ở Warszawa (Ba Lan), bản "
                "Hiến chương gồm 15 chương với 95 điều đã ra đời."
            ),
            P(
                "Năm 1958, lần đầu tiên ngày “Quốc tế Hiến chương các nhà giáo” được tổ chức trọng thể "
                "ở miền Bắc nước ta. Ngày 28/9/1982, Hội đồng Bộ trưởng ban hành Quyết định số "
                "167-HĐBT lấy ngày 20/11 hằng năm làm Ngày Nhà giáo Việt Nam."
            ),
            P("Ý nghĩa", "h3"),
            P(
                "Đây là ngày tôn vinh nghề dạy học, thể hiện truyền thống “tôn sư trọng đạo” của dân "
                "tộc; là dịp để các thế hệ học trò tri ân công lao của thầy cô."
            ),
            P("“Muốn sang thì bắc cầu kiều, muốn con hay chữ thì yêu lấy thầy.”", "quote"),
            right("<em>Sưu tầm</em>"),
        ],
        opts={"user": "admin", "time": "21:03:19", "tags": ["20-11"], "views": 1340},
    ),
    Story(
        9,
        S_TOCM,
        "Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học",
        "tin-giao-duc",
        "2026-11-17",
        [
            P(
                "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên cùng nhau nhìn vào việc "
                "học của học sinh, thay vì chỉ nhận xét giờ dạy của đồng nghiệp.",
                "lead",
            ),
            P(
                "Nhiều năm trước, các buổi dự giờ ở trường phổ thông thường kết thúc bằng việc xếp "
                "loại tiết dạy. Người dạy căng thẳng, người dự ngại góp ý thẳng thắn."
            ),
            Img(up(11, "sinh-hoat-chuyen-mon.jpg"), "Giáo viên quan sát học sinh trong giờ học nghiên cứu bài học", "Giáo viên quan sát học sinh trong giờ học nghiên cứu bài học", "em"),
            P(
                "Theo ThS. Nguyễn Văn Hùng, giảng viên Trường ĐH Sư phạm Hà Nội, mấu chốt là chuyển "
                "trọng tâm từ “giáo viên dạy thế nào” sang “học sinh học ra sao”: người dự giờ ngồi "
                "gần học sinh, ghi lại các em gặp khó khăn ở đâu."
            ),
            P(
                "Tổ chuyên môn cùng thiết kế bài học, một giáo viên dạy minh họa, sau đó cả tổ thảo "
                "luận dựa trên bằng chứng thu được để điều chỉnh thiết kế."
            ),
            P(
                "Nhiều trường đã đưa mô hình vào kế hoạch giáo dục của nhà trường, mỗi tổ thực hiện "
                "ít nhất hai chu kỳ nghiên cứu bài học trong một học kỳ."
            ),
            Raw('<p style="text-align: right;"><strong>Minh Anh</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Giáo dục và Thời đại</em></p>'),
        ],
        authors=["Minh Anh"],
        source="Báo Giáo dục và Thời đại",
        summary=(
            "Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên cùng nhau nhìn vào việc "
            "học của học sinh, thay vì chỉ nhận xét giờ dạy của đồng nghiệp."
        ),
        opts={"user": "admin", "time": "11:47:02", "tags": ["chuyen-mon"], "views": 704},
    ),
    Story(
        10,
        S_THANHLICH,
        "Hội thi “Học sinh thanh lịch” năm học 2026-2027",
        "doan-thanh-nien",
        "2026-11-14",
        [
            P(
                "Nhằm giáo dục kỹ năng sống, văn hóa ứng xử cho học sinh, tối 13/11, Đoàn trường THPT "
                "Hòn Gai tổ chức chung kết Hội thi “Học sinh thanh lịch” năm học 2026-2027."
            ),
            P(
                "Sau vòng sơ khảo tại các chi đoàn, 10 thí sinh xuất sắc nhất bước vào đêm chung kết "
                "với ba phần thi: giới thiệu bản thân, trang phục áo dài và ứng xử tình huống."
            ),
            Img(up(11, "hoc-sinh-thanh-lich-1.jpg"), "Các thí sinh trong phần thi trang phục áo dài", "Các thí sinh trong phần thi trang phục áo dài", "block"),
            Img(up(11, "hoc-sinh-thanh-lich-2.jpg"), None, None, "bare"),
            P(
                "Ban giám khảo đánh giá cao sự tự tin, hiểu biết xã hội của các thí sinh. Giải Nhất "
                "thuộc về em Vũ Khánh Linh, lớp 11A1; giải Nhì thuộc về em Đặng Quốc Bảo, lớp 12A5."
            ),
            P(
                "Hội thi là hoạt động thường niên, được học sinh hưởng ứng nhiệt tình và là dịp để "
                "các em rèn luyện sự tự tin trước đám đông."
            ),
            right("<strong>Trần Đức Mạnh</strong>"),
        ],
        authors=["Trần Đức Mạnh"],
        opts={
            "user": "admin",
            "time": "19:30:45",
            "tags": ["doan-truong", "ky-nang-song"],
            "views": 1105,
            "comments": [(61, "Nguyễn Hoàng Nam", "15/11/2026 lúc 09:40", "Chúc mừng bạn Khánh Linh!")],
        },
    ),
    Story(
        11,
        S_ATGT,
        "Hạ Long nhân rộng mô hình cổng trường an toàn giao thông",
        "tin-giao-duc",
        "2026-11-10",
        [
            P(
                "Đến nay, 100% trường học trên địa bàn TP Hạ Long đã triển khai mô hình “Cổng trường "
                "an toàn giao thông”, góp phần giảm ùn tắc vào giờ tan học."
            ),
            Img(HOTLINK, "Học sinh xếp hàng chờ phụ huynh đón tại cổng trường", "Học sinh xếp hàng chờ phụ huynh đón tại cổng trường", "caption"),
            P(
                "Theo mô hình, mỗi trường bố trí khu vực đón, trả học sinh riêng; phụ huynh dừng xe "
                "đúng vạch sơn, không đỗ dàn hàng ngang. Đoàn viên thanh niên và lực lượng cảnh sát "
                "giao thông hỗ trợ phân luồng."
            ),
            P(
                "Tại Trường THPT Hòn Gai, đội thanh niên xung kích của Đoàn trường trực cổng vào các "
                "buổi sáng thứ Hai và chiều thứ Sáu, thời điểm lưu lượng phương tiện đông nhất."
            ),
            P(
                "Ngành giáo dục thành phố tiếp tục phối hợp với công an đưa nội dung an toàn giao "
                "thông vào các tiết hoạt động trải nghiệm."
            ),
            Raw(
                '<p style="text-align: right;">Nguồn: <a href="https://baoquangninh.vn/ha-long-'
                'nhan-rong-mo-hinh-cong-truong-an-toan-giao-thong-3371245.html" target="_blank" '
                'rel="noopener">baoquangninh.vn</a></p>'
            ),
        ],
        source="baoquangninh.vn",
        opts={"user": "admin", "time": "13:15:00", "tags": ["an-toan-giao-thong"], "views": 655},
    ),
    Story(
        12,
        S_TUYENSINH,
        "Những điểm mới trong Quy chế tuyển sinh đại học năm 2027",
        "tin-giao-duc",
        "2026-11-05",
        [
            P(
                "Bộ GD&ĐT đang lấy ý kiến dự thảo sửa đổi Quy chế tuyển sinh đại học, áp dụng từ "
                "năm 2027. Dưới đây là một số điểm mới đáng chú ý với học sinh lớp 12."
            ),
            P("1. Quy đổi tương đương giữa các phương thức", "h3"),
            P(
                "Các trường phải quy đổi điểm trúng tuyển của các phương thức về một thang điểm "
                "chung, bảo đảm công bằng giữa thí sinh xét bằng điểm thi tốt nghiệp, học bạ hay "
                "kết quả kỳ thi đánh giá năng lực."
            ),
            P("2. Hạn chế xét tuyển sớm", "h3"),
            P(
                "Chỉ tiêu xét tuyển sớm không vượt quá 20% tổng chỉ tiêu của từng ngành; kết quả học "
                "tập lớp 12 bắt buộc phải được sử dụng khi xét học bạ."
            ),
            P("3. Điểm cộng chứng chỉ ngoại ngữ", "h3"),
            P(
                "Tổng điểm cộng, điểm ưu tiên, điểm thưởng không vượt quá 10% mức điểm tối đa của "
                "thang điểm xét."
            ),
            right("<strong><em>BBT tổng hợp</em></strong>"),
        ],
        opts={"user": "admin", "time": "17:20:18", "tags": ["tuyen-sinh-dai-hoc"], "views": 1502},
    ),
    Story(
        13,
        S_BATNAT,
        "Kỹ năng phòng chống bắt nạt học đường: cha mẹ và nhà trường cần làm gì?",
        "tin-giao-duc",
        "2026-10-29",
        [
            P(
                "Bắt nạt học đường không chỉ là đánh nhau mà còn là chế giễu, cô lập, đe dọa qua mạng "
                "xã hội. Nhận diện sớm giúp bảo vệ các em khỏi những tổn thương lâu dài."
            ),
            Img(up(10, "bat-nat-hoc-duong.jpg"), "Ảnh minh họa", "Ảnh minh họa", "olddiv"),
            P("Dấu hiệu trẻ bị bắt nạt", "h3"),
            P("Ngại đến trường, hay kêu mệt, đau bụng vào buổi sáng.", "li"),
            P("Đồ dùng học tập thường xuyên bị hỏng, mất.", "li"),
            P("Thay đổi thói quen dùng điện thoại, giật mình khi có tin nhắn.", "li"),
            P("Cha mẹ và nhà trường cần làm gì?", "h3"),
            P(
                "Lắng nghe con mà không phán xét; giữ liên lạc thường xuyên với giáo viên chủ nhiệm; "
                "hướng dẫn con lưu lại bằng chứng các tin nhắn đe dọa."
            ),
            P(
                "Nhà trường cần có kênh tiếp nhận thông tin bảo mật, phân công tổ tư vấn tâm lý học "
                "đường theo dõi, hỗ trợ cả học sinh bị bắt nạt lẫn học sinh có hành vi bắt nạt."
            ),
            right("<strong>Hoàng Yến (tổng hợp)</strong>"),
        ],
        authors=["Hoàng Yến"],
        opts={"user": "admin", "time": "08:00:00", "tags": ["tu-van-tam-ly"], "views": 980},
    ),
]

TAGS = {
    "kiem-tra": "kiểm tra",
    "thi-tot-nghiep-thpt": "thi tốt nghiệp THPT",
    "hien-mau": "hiến máu",
    "doan-truong": "Đoàn trường",
    "chuan-quoc-gia": "chuẩn quốc gia",
    "hoc-sinh-gioi": "học sinh giỏi",
    "20-11": "20-11",
    "nha-giao": "nhà giáo",
    "chuyen-mon": "chuyên môn",
    "ky-nang-song": "kỹ năng sống",
    "an-toan-giao-thong": "an toàn giao thông",
    "tuyen-sinh-dai-hoc": "tuyển sinh đại học",
    "tu-van-tam-ly": "tư vấn tâm lý",
}

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
POSTS = sorted(STORIES, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)
ATTACHMENTS = {
    (s.slug, s.opts["attachment"]): s for s in STORIES if s.opts.get("attachment")
}

STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường THPT Hòn Gai được thành lập năm 1959, là một trong những trường THPT có bề dày "
            "truyền thống nhất của tỉnh Quảng Ninh.",
            "Hiện nhà trường có 42 lớp với hơn 1.400 học sinh, 96 cán bộ, giáo viên, nhân viên; "
            "trường đạt chuẩn quốc gia mức độ 2 năm 2026.",
            "Trải qua hơn 65 năm, nhà trường vinh dự được Nhà nước tặng Huân chương Lao động hạng "
            "Nhất, hạng Nhì, hạng Ba.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường THPT Hòn Gai – Phường Hồng Gai, TP Hạ Long, tỉnh Quảng Ninh.",
            "Điện thoại: 0203.3825.437 – Email: thpthongai@quangninh.edu.vn",
        ],
    ),
}

#: the non-article pages a reader could take for articles
NON_ARTICLES = [
    "/chuyen-muc/tin-giao-duc/page/2/",
    "/chuyen-muc/tin-nha-truong/",
    "/tag/20-11/",
    "/gioi-thieu/",
    "/lien-he/",
    f"/{S_NHAGIAO}/ky-niem-20-11-2026-1/",
]


def _alt_paths(story: Story) -> list[str]:
    return [f"/{story.slug}/?replytocom={c[0]}" for c in story.opts.get("comments", [])]


GOLD = [
    gold_record(s, f"/{s.slug}/", CATEGORIES[s.cat], alt_paths=_alt_paths(s)) for s in POSTS
]


# --- rendering ---------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def time_tag(story: Story) -> str:
    return (
        f'<time class="entry-date updated td-module-date" datetime="{iso(story)}">'
        f"{dmy(story)}</time>"
    )


def excerpt(story: Story) -> str:
    words = " ".join(p.text for p in story.blocks if isinstance(p, P) and not p.style.startswith("t")).split()
    return " ".join(words[:28]) + " [&hellip;]"


def _img_tag(img: Img, n: int, cls: str = "") -> str:
    src = esc(img.src)
    srcset = ""
    if img.src.startswith("/wp-content/"):
        small = esc(img.src[:-4] + "-300x200.jpg")
        srcset = f' srcset="{src} 1024w, {small} 300w" sizes="(max-width: 1024px) 100vw, 1024px"'
    alt = esc(img.caption or "")
    return (
        f'<img decoding="async" loading="lazy" width="1024" height="683" src="{src}" alt="{alt}" '
        f'class="{cls}wp-image-{n}"{srcset}>'
    )


def render_img(story: Story, img: Img, n: int) -> str:
    cap = text(img.printed) if img.printed else ""
    if img.style == "block":
        fc = f'<figcaption class="wp-element-caption">{cap}</figcaption>' if cap else ""
        return f'<figure class="wp-block-image aligncenter size-large">{_img_tag(img, n)}{fc}</figure>'
    if img.style in ("caption", "att"):
        href = (
            f"/{story.slug}/{story.opts['attachment']}/" if img.style == "att" else esc(img.src)
        )
        return (
            f'<figure id="attachment_{n}" aria-describedby="caption-attachment-{n}" '
            f'style="width: 800px" class="wp-caption aligncenter"><a href="{href}">'
            f"{_img_tag(img, n, 'size-large ')}</a>"
            f'<figcaption id="caption-attachment-{n}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    if img.style == "olddiv":
        return (
            f'<div id="attachment_{n}" style="width: 610px" class="wp-caption aligncenter">'
            f"{_img_tag(img, n, 'size-full ')}<p class=\"wp-caption-text\">{cap}</p></div>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{_img_tag(img, n, "aligncenter ")}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    return f"<p>{_img_tag(img, n, 'aligncenter size-full ')}</p>"


def render_content(story: Story) -> tuple[str, str]:
    """(featured image block, the_content())."""
    featured, out = "", []
    blocks = story.blocks
    i = 0
    n = 1000 + story.id * 10
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n += 1
            if b.style == "featured":
                featured = (
                    f'<div class="td-post-featured-image"><a href="{esc(b.src)}" '
                    f'data-caption="" class="td-modal-image"><img width="696" height="464" '
                    f'class="entry-thumb td-modal-image" src="{esc(b.src)}" alt="" '
                    f'title="{esc(story.slug)}"></a></div>'
                )
            else:
                out.append(render_img(story, b, n))
        elif b.style in ("li", "oli", "th", "tr"):
            group = b.style if b.style in ("li", "oli") else "table"
            items = []
            while (
                i < len(blocks)
                and isinstance(blocks[i], P)
                and (blocks[i].style == b.style if group != "table" else blocks[i].style in ("th", "tr"))
            ):
                items.append(blocks[i])
                i += 1
            if group == "table":
                head = "".join(f"<th>{text(c)}</th>" for c in items[0].text.split(" | "))
                rows = "".join(
                    "<tr>" + "".join(f"<td>{text(c)}</td>" for c in r.text.split(" | ")) + "</tr>\n"
                    for r in items[1:]
                )
                out.append(
                    '<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>'
                    f"{head}</tr></thead><tbody>\n{rows}</tbody></table></figure>"
                )
            else:
                tag = "ul" if group == "li" else "ol"
                lis = "".join(f"<li>{text(x.text)}</li>\n" for x in items)
                out.append(f'<{tag} class="wp-block-list">\n{lis}</{tag}>')
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(text(blocks[i].text))
                i += 1
            out.append("<p><em>" + "<br>\n".join(lines) + "</em></p>")
            continue
        elif b.style == "lead":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f'<h3 class="wp-block-heading">{text(b.text)}</h3>')
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{text(b.text)}</p></blockquote>')
        else:
            out.append(f"<p>{text(b.text)}</p>")
        i += 1
    return featured, "\n".join(out)


def menu(active: str = "") -> str:
    items = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")]
    items += [(f"/chuyen-muc/{k}/", v) for k, v in CATEGORIES.items()]
    items += [("/lien-he/", "Liên hệ")]
    lis = "".join(
        f'<li class="menu-item{" current-menu-item" if href == active else ""}">'
        f'<a href="{href}">{esc(name)}</a></li>'
        for href, name in items
    )
    return f'<ul id="menu-main-menu" class="sf-menu">{lis}</ul>'


def module_item(story: Story, cls: str = "td_module_6", with_excerpt: bool = False) -> str:
    thumb = next((im for im in story.images if im.src.startswith("/")), None)
    img = (
        f'<div class="td-module-thumb"><a href="/{story.slug}/" rel="bookmark" '
        f'title="{esc(story.title)}"><img class="entry-thumb" src="{esc(thumb.src[:-4])}-218x150.jpg" '
        f'alt="" width="218" height="150"></a></div>'
        if thumb
        else ""
    )
    ex = f'<div class="td-excerpt">{excerpt(story)}</div>' if with_excerpt else ""
    return (
        f'<div class="{cls} td_module_wrap td-animation-stack">{img}'
        f'<div class="item-details"><h3 class="entry-title td-module-title"><a href="/{story.slug}/" '
        f'rel="bookmark" title="{esc(story.title)}">{esc(story.title)}</a></h3>'
        f'<div class="td-module-meta-info"><span class="td-post-author-name">'
        f'<a href="/author/{story.opts["user"]}/">{esc(USERS[story.opts["user"]])}</a> '
        f'<span>-</span> </span><span class="td-post-date">{time_tag(story)}</span></div>{ex}</div></div>'
    )


def sidebar() -> str:
    popular = sorted(POSTS[:11], key=lambda s: s.opts["views"], reverse=True)[:5]
    pop = "".join(
        f'<li><a href="/{s.slug}/">{esc(s.title)}</a> <span class="td-nr-views">{s.opts["views"]}</span></li>'
        for s in popular
    )
    return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<aside class="widget widget_search"><form method="get" class="td-search-form-widget" action="/">
<input class="td-widget-search-input" type="text" value="" name="s" placeholder="Tìm kiếm...">
<input class="wpb_button" type="submit" value="Tìm kiếm"></form></aside>
<div class="td_block_wrap td_block_popular"><h4 class="block-title"><span>ĐỌC NHIỀU</span></h4>
<ul class="td-popular-list">{pop}</ul></div>
<aside class="widget widget_text"><div class="block-title"><span>THỐNG KÊ TRUY CẬP</span></div>
<div class="textwidget"><ul class="wpstatistics">
<li>Đang online: <strong>23</strong></li><li>Hôm nay: <strong>538</strong></li>
<li>Hôm qua: <strong>1.207</strong></li><li>Tổng truy cập: <strong>2.145.902</strong></li></ul></div></aside>
<aside class="widget widget_polls-widget"><div class="block-title"><span>THĂM DÒ Ý KIẾN</span></div>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn quan tâm nhất tới thông tin nào trên website?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-11" name="poll_4" value="11"><label for="poll-answer-11">Tin hoạt động nhà trường</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_4" value="12"><label for="poll-answer-12">Tuyển sinh, thi cử</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13"><label for="poll-answer-13">Hoạt động Đoàn</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons"></p></form></div></aside>
<aside class="widget widget_links"><div class="block-title"><span>LIÊN KẾT WEBSITE</span></div>
<ul class="xoxo blogroll"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://quangninh.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Ninh</a></li>
<li><a href="https://www.quangninh.gov.vn" target="_blank" rel="noopener">Cổng TTĐT tỉnh Quảng Ninh</a></li>
<li><a href="https://baoquangninh.vn" target="_blank" rel="noopener">Báo Quảng Ninh</a></li></ul></aside>
</div></div>"""


def layout(request: Request, title: str, main: str, body_class: str, head: str = "", active: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_TITLE)} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="td-theme-css" href="{base}/wp-content/themes/Newsmag/style.css?ver=5.4.2" type="text/css" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{head}
<meta name="generator" content="WordPress 6.6.2">
</head>
<body class="{body_class} global-block-template-1 td-newsmag-school td-full-layout">
<div id="td-outer-wrap">
<div class="td-header-container td-header-wrap td-header-style-1">
<div class="td-header-row td-header-top-menu"><div class="td-top-bar-container">
<div class="td-header-sp-top-menu"><div class="td_data_time"><div>{TODAY}</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu">
<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></div>
<div class="td-header-sp-top-widget"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/thpthongai.qn" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div>
</div></div>
<div class="td-header-row td-header-header"><div class="td-header-sp-logo">
<a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2024/08/logo-thpt-hon-gai.png" alt="{esc(SITE_TITLE)}" width="300" height="90">
<span class="td-visual-hidden">{esc(SITE_TITLE)}</span></a></div>
<div class="td-header-sp-rec"><img src="/wp-content/uploads/2024/08/banner-hon-gai.jpg" alt="banner" width="728" height="90"></div></div>
<div class="td-header-menu-wrap"><div class="td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation">
{menu(active)}</div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
{main}
</div>
{sidebar()}
</div></div></div>
<div class="td-footer-container td-container-wrap"><div class="td-footer-wrapper">
<div class="td-pb-row"><div class="td-pb-span12"><aside class="footer-text-wrap">
<div class="block-title"><span>TRƯỜNG THPT HÒN GAI</span></div>
<p>Địa chỉ: Phường Hồng Gai, TP Hạ Long, tỉnh Quảng Ninh<br>Điện thoại: 0203.3825.437 – Fax: 0203.3825.438<br>
Email: thpthongai@quangninh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường THPT Hòn Gai</p></aside></div></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; 2026 Trường THPT Hòn Gai. Thiết kế bởi tagDiv.</div></div>
</div>
</div>
<script src="{base}/wp-content/themes/Newsmag/js/tagdiv_theme.min.js?ver=5.4.2"></script>
</body></html>"""


def breadcrumbs(*parts: tuple[str | None, str]) -> str:
    sep = ' <i class="td-icon-right td-bread-sep"></i> '
    items = ['<span><a title="" class="entry-crumb" href="/">Trang chủ</a></span>']
    for href, label in parts:
        if href:
            items.append(f'<span><a title="Xem tất cả bài viết trong {esc(label)}" class="entry-crumb" href="{href}">{esc(label)}</a></span>')
        else:
            items.append(f'<span class="td-bred-no-url-last">{esc(label)}</span>')
    return f'<div class="td-crumb-container"><div class="entry-crumbs">{sep.join(items)}</div></div>'


def comments_html(story: Story) -> str:
    coms = story.opts.get("comments", [])
    lis = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article>'
        f'<footer><img alt="" src="/wp-content/uploads/avatar-default.png" class="avatar avatar-50 photo" '
        f'height="50" width="50"><cite>{esc(name)}</cite><a href="#comment-{cid}" class="comment-link">'
        f'<time>{when}</time></a></footer><div class="comment-content"><p>{esc(body)}</p></div>'
        f'<div class="comment-meta" id="comment-{cid}"><a rel="nofollow" class="comment-reply-link" '
        f'href="/{story.slug}/?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.id}" '
        f'aria-label="Trả lời {esc(name)}">Trả lời</a></div></article></li>'
        for cid, name, when, body in coms
    )
    listing = (
        f'<div class="td-comments-title-wrap"><h4 class="block-title"><span>{len(coms)} BÌNH LUẬN</span></h4></div>'
        f'<ol class="comment-list">{lis}</ol>'
        if coms
        else ""
    )
    return f"""<div class="comments" id="comments">{listing}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ĐỂ LẠI BÌNH LUẬN</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment">
<textarea placeholder="Bình luận:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Tên:*" type="text" value="" size="30"></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30"></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID"><input type="hidden" name="comment_parent" id="comment_parent" value="0"></p>
</form></div></div>"""


def sharing(request: Request, story: Story, where: str) -> str:
    url = f"{base_url(request)}/{story.slug}/"
    return (
        f'<div class="td-post-sharing td-post-sharing-{where}"><span class="td-post-share-title">CHIA SẺ</span>'
        f'<div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" '
        f'href="https://www.facebook.com/sharer.php?u={url}" onclick="window.open(this.href); return false;">'
        f'<i class="td-icon-facebook"></i><div class="td-social-but-text">Facebook</div></a>'
        f'<a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?text={esc(story.title)}&amp;url={url}">'
        f'<i class="td-icon-twitter"></i><div class="td-social-but-text">Twitter</div></a>'
        f'<a class="td-social-sharing-buttons td-social-mail" href="mailto:?subject={esc(story.title)}&amp;body={url}">'
        f'<i class="td-icon-mail"></i></a><a class="td-social-sharing-buttons td-social-print" href="#" '
        f'onclick="window.print(); return false;"><i class="td-icon-print"></i></a></div></div>'
    )


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATEGORIES[story.cat]
    featured, content = render_content(story)
    sub = (
        f'<p class="td-post-sub-title">{text(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    user = story.opts["user"]
    tags = "".join(
        f'<li><a href="/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in story.opts.get("tags", [])
    )
    related = [s for s in POSTS if s.cat == story.cat and s is not story][:3]
    rel = "".join(module_item(s, "td_module_related_posts") for s in related)
    ncom = len(story.opts.get("comments", []))
    main = f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail category-{story.cat}">
<div class="td-post-header td-pb-padding-side">
{breadcrumbs((f"/chuyen-muc/{story.cat}/", cat), (None, story.title))}
<ul class="td-category"><li class="entry-category"><a href="/chuyen-muc/{story.cat}/">{esc(cat)}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{esc(story.title)}</h1>
{sub}
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/{user}/">{esc(USERS[user])}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date">{time_tag(story)}</span>
<div class="td-post-comments"><a href="/{story.slug}/#respond"><i class="td-icon-comments"></i>{ncom}</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{story.id}">{story.opts["views"]}</span></div>
</div>
</header>
</div>
{sharing(request, story, "top")}
<div class="td-post-content td-pb-padding-side">
{featured}
{content}
</div>
<footer>
<div class="td-post-source-tags td-pb-padding-side"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{tags}</ul></div>
{sharing(request, story, "bottom")}
</footer>
</article>
<div class="td_block_wrap td_block_related_posts"><h4 class="td-related-title"><a class="td-related-left td-cur-simple-item" href="#">BÀI LIÊN QUAN</a></h4>
<div class="td_block_inner">{rel}</div></div>
{comments_html(story)}"""
    og_image = next((im.src for im in story.images), "/wp-content/uploads/2024/08/logo-thpt-hon-gai.png")
    og_image = og_image if og_image.startswith("http") else base + og_image
    head = (
        f'<link rel="canonical" href="{base}/{story.slug}/">\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}'>\n"
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}/{story.slug}/">\n<meta property="og:image" content="{esc(og_image)}">\n'
        f'<meta property="article:published_time" content="{iso(story)}">'
    )
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main, f"post-template-default single single-post postid-{story.id}", head))


def pager(base_path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        prev = base_path if page == 2 else f"{base_path}page/{page - 1}/"
        parts.append(f'<a href="{prev}"><i class="td-icon-menu-left"></i></a>')
    for n in range(1, pages + 1):
        href = base_path if n == 1 else f"{base_path}page/{n}/"
        parts.append(
            f'<span class="current">{n}</span>' if n == page else f'<a href="{href}" class="page" title="{n}">{n}</a>'
        )
    if page < pages:
        parts.append(f'<a href="{base_path}page/{page + 1}/"><i class="td-icon-menu-right"></i></a>')
    parts.append(f'<span class="pages">Trang {page} trên {pages}</span>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}</div>'


def listing(request: Request, label: str, posts: list[Story], base_path: str, page: int, crumb: str, body_class: str) -> Response | None:
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(module_item(s, "td_module_wrap td_module_1", with_excerpt=True) for s in chunk)
    title = label + (f" - Trang {page} trên {pages}" if page > 1 else "")
    main = f"""<div class="td-category-header td-pb-padding-side">
{breadcrumbs((None, crumb))}
<h1 class="entry-title td-page-title"><span>{esc(label)}</span></h1></div>
<div class="td-ss-main-content">{items}</div>
{pager(base_path, page, pages)}"""
    head = f'<link rel="canonical" href="{base_url(request)}{base_path}{"" if page == 1 else f"page/{page}/"}">'
    return html(layout(request, f"{title} - {SITE_TITLE}", main, body_class, head, active=base_path))


def home(request: Request) -> Response:
    latest = "\n".join(module_item(s, "td_module_4", with_excerpt=True) for s in POSTS[:5])
    blocks = []
    for key, name in CATEGORIES.items():
        posts = [s for s in POSTS if s.cat == key][:3]
        items = "".join(module_item(s) for s in posts)
        blocks.append(
            f'<div class="td_block_wrap td_block_2"><h4 class="block-title"><a href="/chuyen-muc/{key}/" '
            f'class="td-pulldown-size">{esc(name)}</a></h4><div class="td_block_inner">{items}</div>'
            f'<div class="td-next-prev-wrap"><a href="/chuyen-muc/{key}/">Xem thêm</a></div></div>'
        )
    main = (
        '<div class="td_block_wrap td_block_1"><h4 class="block-title"><span>TIN MỚI</span></h4>'
        f'<div class="td_block_inner">{latest}</div></div>\n' + "\n".join(blocks)
    )
    head = f'<link rel="canonical" href="{base_url(request)}/">'
    return html(layout(request, f"{SITE_TITLE} – {SITE_DESC}", main, "home page-template-default page", head, "/"))


def static_page(request: Request, slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    body = "\n".join(f"<p>{text(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += (
            '\n<div class="wpcf7" id="wpcf7-f212-p14-o1"><form action="/lien-he/#wpcf7-f212-p14-o1" method="post" class="wpcf7-form">'
            '<p><label>Họ và tên<br><input type="text" name="your-name" size="40"></label></p>'
            '<p><label>Email<br><input type="email" name="your-email" size="40"></label></p>'
            '<p><label>Nội dung<br><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
            '<p><input type="submit" value="Gửi" class="wpcf7-submit"></p></form></div>'
        )
    main = f"""<div class="td-page-header td-pb-padding-side">{breadcrumbs((None, title))}
<h1 class="entry-title td-page-title"><span>{esc(title)}</span></h1></div>
<div class="td-page-content td-pb-padding-side">{body}</div>"""
    head = f'<link rel="canonical" href="{base_url(request)}/{slug}/">'
    return html(layout(request, f"{title} - {SITE_TITLE}", main, "page-template-default page", head, f"/{slug}/"))


def attachment_page(request: Request, story: Story, att: str) -> Response:
    img = next(im for im in story.images if im.style == "att")
    main = f"""<article class="post type-attachment status-inherit">
<div class="td-post-header td-pb-padding-side">{breadcrumbs((f"/{story.slug}/", story.title), (None, att))}
<header class="td-post-title"><h1 class="entry-title">{esc(att)}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/admin/">admin</a></div>
<span class="td-post-date">{time_tag(story)}</span></div></header></div>
<div class="td-post-content td-pb-padding-side"><div class="td-attachment-page-image">
<a href="{esc(img.src)}"><img width="1024" height="683" src="{esc(img.src)}" class="attachment-full size-full" alt=""></a></div>
<div class="td-attachment-page-content"></div>
<div class="td-attachment-prev"></div><div class="td-attachment-next"></div></div></article>
{comments_html(Story(story.id, story.slug + "/" + att, att, story.cat, None, []))}"""
    head = f'<link rel="canonical" href="{base_url(request)}/{story.slug}/{att}/">'
    return html(layout(request, f"{att} - {SITE_TITLE}", main, "attachment single single-attachment", head))


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/{s.slug}/</link>"
        f"<dc:creator><![CDATA[{USERS[s.opts['user']]}]]></dc:creator>"
        f"<category><![CDATA[{CATEGORIES[s.cat]}]]></category>"
        f'<guid isPermaLink="false">{base}/?p={s.id}</guid>'
        f"<description><![CDATA[{excerpt(s)}]]></description></item>\n"
        for s in POSTS[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{esc(SITE_TITLE)}</title><link>{base}</link><description>{esc(SITE_DESC)}</description>\n"
        f"<language>vi</language>\n{items}</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def not_found(request: Request) -> Response:
    main = (
        '<div class="td-404-title">Ôi! Không tìm thấy trang bạn yêu cầu.</div>'
        '<div class="td-404-sub-title">Bạn có thể tìm bài viết ở các chuyên mục hoặc quay lại '
        '<a href="/">trang chủ</a>.</div>'
    )
    return html(layout(request, f"Không tìm thấy trang - {SITE_TITLE}", main, "error404"), status=404)


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            p = request.params.get("p", "")
            if p.isdigit() and int(p) in BY_ID:
                return redirect(f"{base_url(request)}/{BY_ID[int(p)].slug}/", 301)
            return home(request)
        if path == "/feed/":
            return feed(request)
        if not path.endswith("/"):
            return redirect(f"{base_url(request)}{path}/", 301) if path.strip("/") in BY_SLUG else not_found(request)
        m = re.fullmatch(r"/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?", path)
        if m:
            kind, key, num = m.group(1), m.group(2), m.group(3)
            page = int(num) if num else 1
            first = f"/{kind}/{key}/"
            if num == "1":
                return redirect(base_url(request) + first, 301)
            if kind == "chuyen-muc" and key in CATEGORIES:
                posts, label, cls = [s for s in POSTS if s.cat == key], CATEGORIES[key], f"category category-{key}"
            elif kind == "tag" and key in TAGS:
                posts = [s for s in POSTS if key in s.opts.get("tags", [])]
                label, cls = f"Thẻ: {TAGS[key]}", f"tag tag-{key}"
            elif kind == "author" and key in USERS:
                posts = [s for s in POSTS if s.opts["user"] == key]
                label, cls = f"Tác giả: {USERS[key]}", f"author author-{key}"
            else:
                return not_found(request)
            crumb = label if kind != "chuyen-muc" else CATEGORIES[key]
            return listing(request, label, posts, first, page, crumb, cls) or not_found(request)
        parts = path.strip("/").split("/")
        if len(parts) == 1 and parts[0] in BY_SLUG:
            return post_page(request, BY_SLUG[parts[0]])
        if len(parts) == 1 and parts[0] in STATIC_PAGES and not request.query:
            return static_page(request, parts[0])
        if len(parts) == 2 and tuple(parts) in ATTACHMENTS:
            return attachment_page(request, ATTACHMENTS[tuple(parts)], parts[1])
        return not_found(request)


def build_site() -> WordPressSite:
    return WordPressSite()
