"""Trường THPT Phan Bội Châu (Nghệ An) on a Laravel-built school CMS with a Bootstrap 5 theme:
a zoo of every form of lead (sapo) a Vietnamese school post uses, and of posts that have none.

Platform
--------
A home-grown Laravel 10 application (Blade views, ``laravel_session`` + ``XSRF-TOKEN`` cookies, a
``<meta name="csrf-token">`` and a ``_token`` hidden input in the comment and contact forms) with
a Bootstrap 5 theme. The CMS has two post views, chosen per category:

- the *news* view (Tin nhà trường, Thông báo)::

    <article class="post-detail">
      <h1 class="post-title">…</h1>
      [<h2 class="lead">…</h2>]                      the lead field, when the editor fills it
      <div class="post-meta"> "Đăng lúc: 08:45 - 14/11/2026" or "Ngày đăng: 14.11.2026",
        [ "Cập nhật lúc: …" ], "Lượt xem: N" </div>
      [<div class="post-excerpt">…</div>]            the teaser ("excerpt") field, printed
      <div class="post-content"> CKEditor 5 HTML </div>
      tools (print = javascript, Facebook / Zalo share, e-mail), tags
    </article>

- the *entry* view (Đoàn - Hội, Tổ chuyên môn)::

    <article class="entry">
      <header class="entry__header"> <h1 class="entry__title">…</h1>
        <div class="entry__meta"> date, "Tác giả: <login>" </div> </header>
      [<div class="entry__lead">…</div>] or [<blockquote class="sapo-box">…</blockquote>]
      <div class="entry__content"> CKEditor HTML </div>
    </article>

Both views are followed by "Tin liên quan" (the 4 newest other posts of the category), a
Laravel comment form, and the page chrome: header with today's date ("Thứ sáu, 04/12/2026"),
main menu, breadcrumb (Trang chủ › <category>), sidebar "Tin đọc nhiều", "Thăm dò ý kiến" (a
poll), "Liên kết website", visitor counter ("Đang online / Hôm nay / Tổng truy cập"), footer
with address and phone.

URL scheme
----------
- ``/`` home: "Tin mới" (the 6 newest posts) and one box per category (its 2 newest posts).
- ``/bai-viet/<slug>.html``: a post (both views). ``<link rel="canonical">`` names that URL.
- ``/chuyen-muc/<cat-slug>`` and ``?trang=<n>``: 6 posts per page, newest first, pager
  "« ‹ 1 2 › »"; ``?trang=1`` is page 1 again.
- ``/gioi-thieu/lich-su-truong.html``, ``/lien-he``, ``/doi-ngu-giao-vien``: static pages.
- ``/tim-kiem?tu-khoa=…``: the search form (GET), a result list.
- Uploads under ``/storage/uploads/2026/<mm>/``; theme files under ``/themes/pbc/``.

How each gold article is reached
--------------------------------
- Tin nhà trường has 7 posts: page 1 of ``/chuyen-muc/tin-nha-truong`` lists 6; the oldest
  (the reunion of the 1996-1999 class, 26/09/2026) is ONLY on ``?trang=2``: it is not among the
  6 newest of the home page, nor in any "Tin liên quan" list (4 newest), nor in "Tin đọc nhiều".
- Đoàn - Hội, Tổ chuyên môn, Thông báo have 2 posts each: home boxes and their listing page.
- "Tin đọc nhiều" links 5 posts with a tracking query (``?utm_source=docnhieu``).

Traps (the lead zoo)
--------------------
1. ``<h2 class="lead">`` under the title (news view): the lead, outside the content.
2. A first paragraph ``<p><strong>…</strong></p>``: a bold lead.
3. A first paragraph in ``<em>`` only: an italic lead.
4. ``<div class="post-excerpt">`` teaser that is ALSO the first paragraph of the content:
   the lead, kept once in the body.
5. An agency-prefixed bold lead "(GD&TĐ) - Sáng 12/11, …" of a reprinted article ("Theo Báo
   Giáo dục và Thời đại" at the end): the lead as printed, prefix included.
6. A lead in a grey box ``<blockquote class="sapo-box">`` (entry view).
7. ``<div class="entry__lead">`` (entry view).
8. No lead; the first paragraph is bold because it is the heading "I. MỤC ĐÍCH, YÊU CẦU".
9. No lead; the first paragraph is the place-and-date line "Nghệ An, ngày 10 tháng 11 năm
   2026" of a notice (a date line, neither lead nor text).
10. A meta description / og:description (and a listing teaser) exist but no lead is printed.
11. A bold first paragraph that is a long quotation in quotes: a quote, body, not a lead.
12. Two posts with no lead at all.
Other traps: tracking-query duplicates of five posts (``alt_paths``); "Cập nhật lúc" beside
"Đăng lúc" (the publication is the "Đăng lúc" one); "Tác giả: admin" (a login, nobody); a
"BBT" byline (nobody); a unit as author ("Đoàn trường", "Tổ Văn phòng", "Tổ Toán - Tin") and
as photographer ("CLB Truyền thông"); "ThS. … - Tổ trưởng …" (degree and post dropped); a
``<br>`` inside a paragraph; listing teasers and "Tin liên quan" on every post.

Gold decisions
--------------
- title: the ``h1`` (``<title>`` appends " - THPT Phan Bội Châu").
- published_at: "Đăng lúc: 08:45 - 14/11/2026" -> "2026-11-14T08:45:00+07:00"; "14.11.2026" ->
  "2026-11-14". Never the header's today, never "Cập nhật lúc".
- summary: the printed lead (forms 1-7), also the body's first paragraph; null for 8-12.
- body: the content's paragraphs, headings, list items, table rows (cells joined by " | ");
  the place-and-date line, bylines, "Theo …" line, captions are not body.
- images: the photos of the content; caption = figcaption or the centred italic line under it.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
)

NAME = "sapo_zoo_thpt"
PLATFORM = "Laravel 10 school CMS (Blade) + Bootstrap 5 theme, /bai-viet/<slug>.html"
START_PATH = "/"

SITE_TITLE = "THPT Phan Bội Châu"
SITE_NAME = "Trường THPT Phan Bội Châu - Nghệ An"
TODAY = "Thứ sáu, 04/12/2026"
PER_PAGE = 6
TRACKING = "?utm_source=docnhieu"

CATEGORIES = {
    "tin-nha-truong": "Tin nhà trường",
    "doan-hoi": "Đoàn - Hội",
    "to-chuyen-mon": "Tổ chuyên môn",
    "thong-bao": "Thông báo",
}
#: which Blade view prints the posts of a category
VIEW = {
    "tin-nha-truong": "news",
    "thong-bao": "news",
    "doan-hoi": "entry",
    "to-chuyen-mon": "entry",
}


def up(month: int, name: str) -> str:
    return f"/storage/uploads/2026/{month:02d}/{name}"


def right(name: str) -> Raw:
    """A bold right-aligned signature, as the editors close their posts."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# --- the posts --------------------------------------------------------------------------------
#
# opts: lead (h2 | box | entry | excerpt | none: how the lead is printed outside the text),
# date (the printed date line), updated (a "Cập nhật lúc" line), user (entry view's login),
# desc (the meta description / teaser field). P styles: "b" (bold paragraph), "em", "h3",
# "li" (bullets), "th"/"td" (table rows), "br" (lines of one <p> split by <br>), "quote".

S_NHAGIAO = "le-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_HSG = "18-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12"
S_STEM = "ngay-hoi-stem-lan-thu-iii-tai-truong-thpt-phan-boi-chau"
S_HKPD = "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-2026"
S_CMHS = "hoi-nghi-cha-me-hoc-sinh-khoi-10-nam-hoc-2026-2027"
S_TOADAM = "toa-dam-giao-duc-ky-nang-song-cho-hoc-sinh"
S_CUUHS = "gap-mat-cuu-hoc-sinh-khoa-1996-1999-nhan-30-nam-ra-truong"
S_AOAM = "doan-truong-phat-dong-chuong-trinh-ao-am-mua-dong-2026"
S_ATGT = "hoi-thi-thanh-nien-phan-boi-chau-voi-van-hoa-giao-thong"
S_NGUVAN = "ke-hoach-chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van"
S_TOAN = "to-toan-tin-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc"
S_KTHK = "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"
S_GIOLAM = "thong-bao-thoi-gian-lam-viec-mua-dong-nam-2026"

_NHAGIAO_LEAD = (
    "Sáng 20/11, Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
    "Việt Nam, tôn vinh những thầy cô đã và đang cống hiến cho sự nghiệp trồng người của mái "
    "trường mang tên nhà chí sĩ yêu nước."
)
_HSG_LEAD = (
    "Kết quả Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027 vừa được Sở GD&ĐT Nghệ An "
    "công bố, Trường THPT Phan Bội Châu có 18 học sinh đạt giải, trong đó có 2 giải Nhất."
)
_STEM_LEAD = (
    "(GD&TĐ) - Sáng 12/11, Trường THPT Phan Bội Châu (TP Vinh, Nghệ An) tổ chức Ngày hội STEM "
    "lần thứ III với hơn 60 sản phẩm khoa học, kỹ thuật do học sinh tự thiết kế, chế tạo."
)
_HKPD_LEAD = (
    "Chiều 05/11, tại sân vận động nhà trường, Hội khỏe Phù Đổng cấp trường năm 2026 chính thức "
    "khai mạc với sự tham gia của gần 900 vận động viên đến từ 42 lớp."
)
_CMHS_LEAD = (
    "Nhằm tăng cường sự phối hợp giữa nhà trường và gia đình ngay từ năm đầu cấp, chiều 23/10 "
    "nhà trường tổ chức Hội nghị cha mẹ học sinh khối 10 năm học 2026-2027."
)
_AOAM_LEAD = (
    "Hưởng ứng phong trào “Tết ấm cho em”, Đoàn trường phát động chương trình “Áo ấm mùa đông” "
    "2026, quyên góp áo ấm, chăn màn và sách vở gửi tới học sinh vùng cao huyện Kỳ Sơn."
)
_ATGT_LEAD = (
    "Hội thi là sân chơi bổ ích giúp đoàn viên, thanh niên nâng cao ý thức chấp hành pháp luật "
    "về trật tự, an toàn giao thông, xây dựng văn hóa giao thông nơi học đường."
)
_CUUHS_QUOTE = (
    "“Ba mươi năm đã trôi qua, chúng tôi mỗi người một ngả, có người là bác sĩ, kỹ sư, có người "
    "ở lại quê nhà làm thầy giáo, nhưng mỗi lần nghe tiếng trống trường Phan Bội Châu, lòng vẫn "
    "bồi hồi như ngày đầu bước chân vào lớp 10. Những gì thầy cô dạy chúng tôi không chỉ là con "
    "chữ, mà là cách sống tử tế và biết ơn”, anh Nguyễn Đình Thắng, đại diện khóa 1996-1999, xúc "
    "động chia sẻ."
)

STORIES: list[Story] = [
    Story(
        1,
        S_NHAGIAO,
        "Trường THPT Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-nha-truong",
        "2026-11-20T10:35:00+07:00",
        [
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Thị Thanh Hương, Phó Giám đốc Sở GD&ĐT Nghệ An; "
                "lãnh đạo phường Hưng Bình, Hội Cựu giáo chức, Ban đại diện cha mẹ học sinh cùng "
                "đông đảo thế hệ thầy cô giáo và hơn 1.600 học sinh nhà trường."
            ),
            Img(
                up(11, "le-20-11-toan-canh.jpg"),
                "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hoàng Văn Thành, Hiệu trưởng nhà trường, điểm lại "
                "chặng đường hơn 60 năm xây dựng và trưởng thành của trường. Năm học 2025-2026, "
                "nhà trường có 96 lượt học sinh đạt giải học sinh giỏi cấp tỉnh, 2 học sinh đạt "
                "giải quốc gia; tỷ lệ tốt nghiệp THPT đạt 100%."
            ),
            P(
                "Thay mặt lãnh đạo ngành, đồng chí Phó Giám đốc Sở ghi nhận những nỗ lực của tập "
                "thể sư phạm, đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, đẩy mạnh "
                "chuyển đổi số và chăm lo đời sống tinh thần của đội ngũ."
            ),
            Img(
                up(11, "le-20-11-tang-hoa.jpg"),
                "Học sinh tặng hoa tri ân các thầy cô giáo nghỉ hưu",
                "Học sinh tặng hoa tri ân các thầy cô giáo nghỉ hưu",
                "figure",
            ),
            P(
                "Dịp này, 12 tập thể và 35 cá nhân được khen thưởng vì có thành tích xuất sắc "
                "trong phong trào thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà; '
                "Ảnh: CLB Truyền thông</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["CLB Truyền thông"],
        summary=_NHAGIAO_LEAD,
        sapo_outside=True,
        opts={"lead": "h2", "date": "Đăng lúc: 10:35 - 20/11/2026"},
    ),
    Story(
        2,
        S_HSG,
        "18 học sinh đạt giải Kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026-2027",
        "tin-nha-truong",
        "2026-11-28",
        [
            P(_HSG_LEAD, "b"),
            P(
                "Kỳ thi diễn ra ngày 18/11/2026 với 11 môn thi. Nhà trường có 24 học sinh dự thi, "
                "tỷ lệ đạt giải 75%, đứng thứ 3 trong khối các trường THPT không chuyên toàn tỉnh."
            ),
            P("Danh sách học sinh đạt giải Nhất, Nhì:", "h3"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "th"),
            P("1 | Nguyễn Hoàng Minh Châu | 12A1 | Toán | Nhất", "td"),
            P("2 | Trần Bảo Ngọc | 12C1 | Ngữ văn | Nhất", "td"),
            P("3 | Lê Đức Anh | 12A2 | Vật lí | Nhì", "td"),
            P("4 | Phạm Thị Khánh Linh | 12D1 | Tiếng Anh | Nhì", "td"),
            P(
                "Ban Giám hiệu nhà trường biểu dương các em học sinh và các thầy cô giáo trực tiếp "
                "bồi dưỡng, đồng thời tiếp tục chọn đội tuyển tham gia kỳ thi chọn học sinh giỏi "
                "quốc gia năm 2027."
            ),
            right("Phan Thanh Tùng"),
        ],
        authors=["Phan Thanh Tùng"],
        summary=_HSG_LEAD,
        opts={"lead": "none", "date": "Ngày đăng: 28.11.2026"},
    ),
    Story(
        3,
        S_STEM,
        "Ngày hội STEM lần thứ III tại Trường THPT Phan Bội Châu",
        "tin-nha-truong",
        "2026-11-13T15:20:00+07:00",
        [
            P(_STEM_LEAD, "b"),
            P(
                "Các sản phẩm được trưng bày theo 4 khu vực: năng lượng xanh, nông nghiệp thông "
                "minh, robot và tự động hóa, ứng dụng trí tuệ nhân tạo trong học tập."
            ),
            Img(up(11, "ngay-hoi-stem-1.jpg"), None, None, "none"),
            P(
                "Nổi bật là mô hình “Hệ thống tưới tiêu tự động cho vườn rau gia đình” của nhóm "
                "học sinh lớp 11A3, sử dụng cảm biến độ ẩm và vi điều khiển Arduino, có giá thành "
                "chưa đến 500.000 đồng."
            ),
            P(
                "Theo cô Lê Thị Hồng Vân, Phó Hiệu trưởng nhà trường, Ngày hội là dịp để học sinh "
                "vận dụng kiến thức liên môn vào giải quyết các vấn đề thực tiễn, đồng thời phát "
                "hiện những em có năng khiếu nghiên cứu khoa học kỹ thuật."
            ),
            P(
                "Ban tổ chức đã trao 5 giải Nhất, 8 giải Nhì và 12 giải Ba cho các sản phẩm xuất "
                "sắc; 6 sản phẩm được chọn tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            right("Hồ Lài"),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        authors=["Hồ Lài"],
        source="Báo Giáo dục và Thời đại",
        summary=_STEM_LEAD,
        opts={"lead": "none", "date": "Đăng lúc: 15:20 - 13/11/2026"},
    ),
    Story(
        4,
        S_HKPD,
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm 2026",
        "tin-nha-truong",
        "2026-11-06",
        [
            P(_HKPD_LEAD),
            P(
                "Hội khỏe năm nay gồm 6 môn thi đấu: điền kinh, bóng đá nam, bóng chuyền nữ, cầu "
                "lông, cờ vua và kéo co; các trận chung kết dự kiến diễn ra vào ngày 15/11."
            ),
            Img(
                up(11, "hkpd-dieu-hanh.jpg"),
                "Màn đồng diễn thể dục của học sinh khối 10 tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh khối 10 tại lễ khai mạc",
                "em",
            ),
            P(
                "Phát biểu khai mạc, thầy Trần Quốc Bảo, Trưởng ban tổ chức, đề nghị các vận động "
                "viên thi đấu trung thực, đoàn kết, phát huy tinh thần “Rèn luyện thân thể, giữ gìn "
                "sức khỏe”, đồng thời lựa chọn những em xuất sắc tham gia Hội khỏe Phù Đổng thành "
                "phố."
            ),
            P(
                "Ngay sau lễ khai mạc, các nội dung chạy 100 m và nhảy xa đã diễn ra sôi nổi dưới sự "
                "cổ vũ nhiệt tình của đông đảo học sinh."
            ),
            right("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        summary=_HKPD_LEAD,
        opts={"lead": "excerpt", "date": "Ngày đăng: 06.11.2026"},
    ),
    Story(
        5,
        S_CMHS,
        "Hội nghị cha mẹ học sinh khối 10 năm học 2026-2027",
        "tin-nha-truong",
        "2026-10-24T08:10:00+07:00",
        [
            P(_CMHS_LEAD, "em"),
            P(
                "Tại hội nghị, thầy Hoàng Văn Thành, Hiệu trưởng, thông tin về kế hoạch giáo dục "
                "của nhà trường, các tổ hợp môn lựa chọn và phương án ôn thi tốt nghiệp THPT theo "
                "Chương trình GDPT 2018."
            ),
            P(
                "Các đại biểu cũng trao đổi về việc sử dụng điện thoại của học sinh trong giờ học, "
                "an toàn giao thông và phòng chống bạo lực học đường."
            ),
            P("Hội nghị thống nhất một số nội dung:", "h3"),
            P("Duy trì sổ liên lạc điện tử, cập nhật kết quả học tập hằng tháng.", "li"),
            P("Phụ huynh phối hợp quản lý giờ tự học của học sinh ở nhà.", "li"),
            P("Tổ chức gặp mặt định kỳ giữa giáo viên chủ nhiệm và phụ huynh mỗi học kỳ.", "li"),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh khối 10 gồm 14 thành viên, ông Võ Văn "
                "Hải làm Trưởng ban."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        summary=_CMHS_LEAD,
        opts={
            "lead": "none",
            "date": "Đăng lúc: 08:10 - 24/10/2026",
            "updated": "Cập nhật lúc: 14:02 - 25/10/2026",
        },
    ),
    Story(
        6,
        S_TOADAM,
        "Tọa đàm “Nhà trường - Gia đình - Xã hội” trong giáo dục kỹ năng sống cho học sinh",
        "tin-nha-truong",
        "2026-10-15",
        [
            P(
                "Chiều 14/10, Trường THPT Phan Bội Châu phối hợp với Công an phường Hưng Bình tổ "
                "chức buổi tọa đàm về giáo dục kỹ năng sống, phòng tránh tai nạn thương tích và tệ "
                "nạn xã hội cho học sinh."
            ),
            P(
                "Tham gia tọa đàm có đại diện Ban Giám hiệu, giáo viên chủ nhiệm, Ban đại diện cha "
                "mẹ học sinh và gần 200 học sinh là cán bộ lớp, cán bộ Đoàn."
            ),
            Img(
                up(10, "toa-dam-ky-nang-song.jpg"),
                "Thượng tá Nguyễn Văn Hòa chia sẻ tại buổi tọa đàm",
                "Thượng tá Nguyễn Văn Hòa chia sẻ tại buổi tọa đàm",
                "em",
            ),
            P(
                "Các ý kiến tập trung vào kỹ năng nhận diện lừa đảo trên mạng xã hội, tác hại của "
                "thuốc lá điện tử và cách ứng xử văn minh trong môi trường học đường."
            ),
            P(
                "Kết thúc tọa đàm, nhà trường phát động cuộc thi viết “Em sống an toàn, văn minh” "
                "dành cho học sinh toàn trường, hạn nộp bài ngày 30/11/2026."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={
            "lead": "none",
            "date": "Ngày đăng: 15.10.2026",
            "desc": "Tọa đàm giúp học sinh trang bị kỹ năng sống, phòng tránh tệ nạn xã hội.",
        },
    ),
    Story(
        7,
        S_CUUHS,
        "Gặp mặt cựu học sinh khóa 1996-1999 nhân dịp 30 năm ra trường",
        "tin-nha-truong",
        "2026-09-26T19:30:00+07:00",
        [
            P(_CUUHS_QUOTE, "b"),
            P(
                "Sáng 26/9, hơn 150 cựu học sinh khóa 1996-1999 từ khắp mọi miền đất nước đã trở về "
                "thăm trường, gặp mặt các thầy cô giáo cũ nhân dịp 30 năm ngày nhập học."
            ),
            Img(
                up(9, "cuu-hoc-sinh-96-99.jpg"),
                "Các cựu học sinh chụp ảnh lưu niệm cùng thầy cô giáo",
                "Các cựu học sinh chụp ảnh lưu niệm cùng thầy cô giáo",
                "figure",
            ),
            P(
                "Nhân dịp này, Ban liên lạc khóa học trao tặng nhà trường 20 bộ máy tính cho phòng "
                "Tin học và 50 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó "
                "khăn vươn lên trong học tập."
            ),
            P(
                "Thay mặt nhà trường, thầy Hiệu trưởng cảm ơn tấm lòng của các cựu học sinh, mong "
                "các anh chị tiếp tục đồng hành cùng sự phát triển của trường."
            ),
            right("Lê Minh Tuấn"),
        ],
        authors=["Lê Minh Tuấn"],
        opts={"lead": "none", "date": "Đăng lúc: 19:30 - 26/09/2026"},
    ),
    Story(
        8,
        S_AOAM,
        "Đoàn trường phát động chương trình “Áo ấm mùa đông” năm 2026",
        "doan-hoi",
        "2026-12-01",
        [
            P(
                "Chương trình được triển khai từ ngày 01/12 đến hết ngày 20/12/2026 tới 42 chi đoàn "
                "học sinh và Chi đoàn giáo viên."
            ),
            P("Hình thức ủng hộ", "h3"),
            P("Áo ấm, chăn màn còn sử dụng tốt (đã giặt sạch, phân loại theo cỡ).", "li"),
            P("Sách giáo khoa, truyện thiếu nhi, vở viết, đồ dùng học tập.", "li"),
            P("Tiền mặt ủng hộ qua Văn phòng Đoàn trường (phòng 102, nhà A).", "li"),
            Img(
                up(12, "ao-am-mua-dong-2026.jpg"),
                "Đoàn viên lớp 11A5 phân loại áo ấm quyên góp",
                "Đoàn viên lớp 11A5 phân loại áo ấm quyên góp",
                "em",
            ),
            P(
                "Toàn bộ quà sẽ được trao tận tay học sinh Trường PTDTBT THCS Mường Lống, huyện Kỳ "
                "Sơn trong chuyến tình nguyện cuối tháng 12."
            ),
            right("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        summary=_AOAM_LEAD,
        sapo_outside=True,
        opts={"lead": "box", "date": "Ngày đăng: 01.12.2026", "user": "doantruong"},
    ),
    Story(
        9,
        S_ATGT,
        "Hội thi “Thanh niên Phan Bội Châu với văn hóa giao thông”",
        "doan-hoi",
        "2026-10-19T16:45:00+07:00",
        [
            P(
                "Chiều 17/10, Đoàn trường tổ chức vòng chung kết Hội thi “Thanh niên Phan Bội Châu "
                "với văn hóa giao thông” với sự tham gia của 6 đội thi xuất sắc nhất."
            ),
            P("Các đội tranh tài qua 3 phần thi: chào hỏi, kiến thức và tiểu phẩm tình huống."),
            P(
                "Phần thi kiến thức gồm 30 câu hỏi về Luật Trật tự, an toàn giao thông đường bộ.",
                "br",
            ),
            P(
                "Tiểu phẩm “Đừng để tai nạn gõ cửa” của đội khối 11 nhận được nhiều tràng pháo tay.",
                "br",
            ),
            Img(
                up(10, "hoi-thi-atgt.jpg"),
                "Tiểu phẩm của đội khối 11 tại vòng chung kết",
                "Tiểu phẩm của đội khối 11 tại vòng chung kết",
                "figure",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho đội khối 11, giải Nhì cho đội khối 12 và "
                "giải Ba cho đội khối 10."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Minh Đức</strong></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Trần Minh Đức"],
        summary=_ATGT_LEAD,
        sapo_outside=True,
        opts={"lead": "entry", "date": "Đăng lúc: 16:45 - 19/10/2026", "user": "admin"},
    ),
    Story(
        10,
        S_NGUVAN,
        "Kế hoạch tổ chức chuyên đề dạy học theo định hướng phát triển năng lực môn Ngữ văn",
        "to-chuyen-mon",
        "2026-11-05T09:00:00+07:00",
        [
            P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
            P(
                "Nâng cao năng lực thiết kế và tổ chức hoạt động dạy học theo Chương trình GDPT "
                "2018 cho giáo viên Tổ Ngữ văn; chia sẻ kinh nghiệm dạy học đọc hiểu văn bản theo "
                "thể loại."
            ),
            P("Chuyên đề được tổ chức nghiêm túc, thiết thực, gắn với đổi mới kiểm tra, đánh giá."),
            P("II. NỘI DUNG VÀ THỜI GIAN", "b"),
            P("Thời gian | Nội dung | Người thực hiện", "th"),
            P(
                "Thứ Năm, 12/11/2026 | Dạy học đọc hiểu truyện ngắn hiện đại (lớp 11) | Cô Đặng Thị Hoa",
                "td",
            ),
            P(
                "Thứ Năm, 26/11/2026 | Dạy học viết bài nghị luận xã hội (lớp 12) | Thầy Nguyễn Văn Lâm",
                "td",
            ),
            P("III. TỔ CHỨC THỰC HIỆN", "b"),
            P("Giáo viên thực hiện chuyên đề gửi kế hoạch bài dạy cho tổ trước 3 ngày.", "li"),
            P("Các thành viên dự giờ, góp ý theo phiếu phân tích bài học.", "li"),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Văn Lâm - Tổ trưởng Tổ Ngữ văn'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Lâm"],
        opts={"lead": "none", "date": "Đăng lúc: 09:00 - 05/11/2026", "user": "tonguvan"},
    ),
    Story(
        11,
        S_TOAN,
        "Tổ Toán - Tin sinh hoạt chuyên môn theo nghiên cứu bài học",
        "to-chuyen-mon",
        "2026-11-21",
        [
            P(
                "Thực hiện kế hoạch năm học, chiều 19/11, Tổ Toán - Tin tổ chức buổi sinh hoạt "
                "chuyên môn theo nghiên cứu bài học với bài dạy “Xác suất của biến cố” (Toán 10)."
            ),
            P(
                "Tiết dạy minh họa do cô Hồ Thị Mai Phương thực hiện tại lớp 10A4. Học sinh được "
                "chia nhóm, tung đồng xu và gieo xúc xắc để tự rút ra khái niệm xác suất thực "
                "nghiệm trước khi làm quen với định nghĩa cổ điển."
            ),
            Img(up(11, "sh-chuyen-mon-toan.jpg"), None, None, "none"),
            P(
                "Trong phần thảo luận, các thành viên tập trung phân tích biểu hiện học tập của "
                "học sinh thay vì nhận xét giáo viên: em nào chưa tham gia, vì sao; nhiệm vụ nào "
                "cần điều chỉnh để mọi học sinh đều được học."
            ),
            P(
                "Tổ thống nhất điều chỉnh phiếu học tập số 2 và sẽ dạy lại bài học ở lớp 10A7 vào "
                "tuần sau."
            ),
            right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"lead": "none", "date": "Ngày đăng: 21.11.2026", "user": "admin"},
    ),
    Story(
        12,
        S_KTHK,
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-11T16:05:00+07:00",
        [
            Raw("<p>Nghệ An, ngày 10 tháng 11 năm 2026</p>"),
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra "
                "cuối học kỳ I các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "th"),
            P("14/12/2026 | Ngữ văn (90 phút) | Tiếng Anh (60 phút)", "td"),
            P("15/12/2026 | Toán (90 phút) | Lịch sử (45 phút)", "td"),
            P("16/12/2026 | Các môn lựa chọn (45 phút) | Dự phòng", "td"),
            P("Các môn còn lại kiểm tra theo thời khóa biểu tại lớp từ ngày 07/12 đến 12/12/2026."),
            P(
                "Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo thẻ học sinh. "
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh."
            ),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"lead": "none", "date": "Đăng lúc: 16:05 - 11/11/2026"},
    ),
    Story(
        13,
        S_GIOLAM,
        "Thông báo thời gian làm việc mùa đông năm 2026",
        "thong-bao",
        "2026-10-14",
        [
            P(
                "Thực hiện Quyết định của UBND tỉnh Nghệ An về thời gian làm việc mùa đông, nhà "
                "trường thông báo thời gian làm việc, học tập kể từ ngày 16/10/2026 như sau:"
            ),
            P("Buổi sáng: từ 7 giờ 00 đến 11 giờ 15 (truy bài từ 6 giờ 45).", "br"),
            P("Buổi chiều: từ 13 giờ 30 đến 17 giờ 00.", "br"),
            P(
                "Bộ phận Văn phòng, thư viện, thiết bị làm việc theo giờ hành chính; bảo vệ trực "
                "24/24 giờ."
            ),
            P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh thực hiện nghiêm túc."),
        ],
        opts={"lead": "none", "date": "Ngày đăng: 14.10.2026", "updated": "Cập nhật: 15.10.2026"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}

#: the sidebar "Tin đọc nhiều": five posts, linked with a tracking query
MOST_READ = [S_NHAGIAO, S_STEM, S_AOAM, S_NGUVAN, S_KTHK]

GOLD = [
    gold_record(
        s,
        f"/bai-viet/{s.slug}.html",
        CATEGORIES[s.cat],
        alt_paths=[f"/bai-viet/{s.slug}.html{TRACKING}"] if s.slug in MOST_READ else (),
    )
    for s in STORIES
]

# Harmonised after the first crawl (stop 38): the spec asked for a bold first paragraph that is a
# quotation and no lead; the post prints a quotation with its reporting clause ("“…”, anh Nguyễn
# Đình Thắng, … xúc động chia sẻ."), set wholly in bold above the text: the common opening of a
# Vietnamese news story, and a bold lead by the house's convention (a bold first paragraph a
# sentence or two long with more text after it is the lead).
for _record in GOLD:
    if _record["path"] == f"/bai-viet/{S_CUUHS}.html":
        _record["summary"] = collapse(_CUUHS_QUOTE)

NON_ARTICLES = [
    "/chuyen-muc/tin-nha-truong?trang=2",
    "/chuyen-muc/thong-bao",
    "/gioi-thieu/lich-su-truong.html",
    "/lien-he",
    "/doi-ngu-giao-vien",
]


# --- helpers ----------------------------------------------------------------------------------


def day(story: Story) -> str:
    return story.published_at[:10]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == cat])


def dmy(story: Story) -> str:
    y, m, d = day(story).split("-")
    return f"{d}/{m}/{y}"


def href(story: Story) -> str:
    return f"/bai-viet/{story.slug}.html"


def teaser(story: Story) -> str:
    """The listing card text: the lead, else the desc field, else the text cut at 160 chars."""
    if story.summary:
        return story.summary
    if story.opts.get("desc"):
        return story.opts["desc"]
    first = next(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("b",))
    return first[:160].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else "/themes/pbc/images/no-image.png"


def token(seed: str) -> str:
    return hashlib.sha1(("csrf" + seed).encode()).hexdigest()[:40]


# --- the text of a post -----------------------------------------------------------------------


def _img(img: Img) -> str:
    name = img.src.rsplit("/", 1)[-1]
    return f'<img src="{img.src}" alt="{esc(img.caption or name)}" loading="lazy">'


def render_blocks(story: Story) -> str:
    """CKEditor 5 output: lists and tables grouped, <br> lines in one <p>, photos."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "figure":
                out.append(
                    f'<figure class="image">{_img(b)}<figcaption>{esc(b.printed)}'
                    "</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "br", "th", "td"):
            group = [b]
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in kinds:
                group.append(blocks[j])
                j += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br>\n".join(esc(g.text) for g in group) + "</p>")
            else:
                rows = []
                for g in group:
                    tag = "th" if g.style == "th" else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<figure class="table"><table class="table table-bordered"><tbody>'
                    + "".join(rows)
                    + "</tbody></table></figure>"
                )
            i = j
            continue
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "em":
            out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/lich-su-truong.html", "Giới thiệu"),
    ("/chuyen-muc/tin-nha-truong", "Tin nhà trường"),
    ("/chuyen-muc/doan-hoi", "Đoàn - Hội"),
    ("/chuyen-muc/to-chuyen-mon", "Tổ chuyên môn"),
    ("/chuyen-muc/thong-bao", "Thông báo"),
    ("/doi-ngu-giao-vien", "Đội ngũ"),
    ("/lien-he", "Liên hệ"),
]


def sidebar() -> str:
    most = "".join(
        f'<li class="list-group-item"><span class="rank">{n}</span>'
        f'<a href="{href(BY_SLUG[slug])}{TRACKING}">{esc(BY_SLUG[slug].title)}</a></li>'
        for n, slug in enumerate(MOST_READ, 1)
    )
    return f"""<aside class="col-lg-4 sidebar">
  <div class="widget widget-most-read card mb-3">
    <div class="card-header widget-title">Tin đọc nhiều</div>
    <ul class="list-group list-group-flush">{most}</ul>
  </div>
  <div class="widget widget-poll card mb-3">
    <div class="card-header widget-title">Thăm dò ý kiến</div>
    <form class="card-body" method="post" action="/binh-chon/3">
      <input type="hidden" name="_token" value="{token("poll")}">
      <p>Bạn biết đến website của trường qua kênh nào?</p>
      <div class="form-check"><input class="form-check-input" type="radio" name="option" value="1"
        id="opt1"><label class="form-check-label" for="opt1">Fanpage Facebook</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="option" value="2"
        id="opt2"><label class="form-check-label" for="opt2">Nhóm Zalo lớp</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="option" value="3"
        id="opt3"><label class="form-check-label" for="opt3">Công cụ tìm kiếm</label></div>
      <button class="btn btn-sm btn-primary" type="submit">Bình chọn</button>
    </form>
  </div>
  <div class="widget widget-links card mb-3">
    <div class="card-header widget-title">Liên kết website</div>
    <ul class="list-unstyled card-body">
      <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
      <li><a href="https://nghean.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Nghệ An</a></li>
      <li><a href="https://thi.hanhtrangso.nxbgd.vn" target="_blank" rel="noopener">Thi trực tuyến</a></li>
    </ul>
  </div>
  <div class="widget widget-counter card mb-3">
    <div class="card-header widget-title">Thống kê truy cập</div>
    <ul class="list-unstyled card-body counter">
      <li><i class="bi bi-person"></i> Đang online: <b>37</b></li>
      <li><i class="bi bi-calendar-day"></i> Hôm nay: <b>1.204</b></li>
      <li><i class="bi bi-bar-chart"></i> Tổng truy cập: <b>2.318.775</b></li>
    </ul>
  </div>
</aside>"""


def layout(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None = None,
    head: str = "",
    description: str = "Website chính thức của Trường THPT Phan Bội Châu - TP Vinh, Nghệ An",
) -> Response:
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(label)}</a></li>'
        for h, label in MENU
    )
    crumb = ""
    if crumbs:
        items = (
            '<li class="breadcrumb-item"><a href="/"><i class="bi bi-house"></i> Trang chủ</a></li>'
        )
        for h, label in crumbs:
            items += f'<li class="breadcrumb-item"><a href="{h}">{esc(label)}</a></li>'
        crumb = f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{items}</ol></nav>'
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token(request.path)}">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
{head}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/themes/pbc/css/bootstrap.min.css?v=5.3.2">
<link rel="stylesheet" href="/themes/pbc/css/bootstrap-icons.css">
<link rel="stylesheet" href="/themes/pbc/css/style.css?id=8f2c1d">
</head>
<body>
<div class="topbar bg-primary text-white small">
  <div class="container d-flex justify-content-between">
    <span class="today"><i class="bi bi-calendar3"></i> {TODAY}</span>
    <span>Hotline: 0238 3844 156 | Email: c3phanboichau@nghean.edu.vn</span>
  </div>
</div>
<header class="site-header container py-2 d-flex align-items-center">
  <a class="brand" href="/"><img src="/themes/pbc/images/logo.png" alt="Logo THPT Phan Bội Châu"
    height="80"></a>
  <div class="ms-3"><div class="site-sub">SỞ GIÁO DỤC VÀ ĐÀO TẠO NGHỆ AN</div>
  <div class="site-name">TRƯỜNG THPT PHAN BỘI CHÂU</div></div>
  <form class="ms-auto d-flex" action="/tim-kiem" method="get">
    <input class="form-control form-control-sm" type="search" name="tu-khoa" placeholder="Tìm kiếm...">
    <button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button>
  </form>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
  <div class="container"><ul class="navbar-nav">{menu}</ul></div>
</nav>
<div class="container mt-3">
{crumb}
<div class="row">
<main class="col-lg-8">
{main}
</main>
{sidebar()}
</div>
</div>
<footer class="site-footer bg-dark text-white-50 mt-4 py-4">
  <div class="container">
    <p class="fw-bold text-white">TRƯỜNG THPT PHAN BỘI CHÂU</p>
    <p>Địa chỉ: Số 113 đường Lê Hồng Phong, phường Hưng Bình, TP Vinh, tỉnh Nghệ An</p>
    <p>Điện thoại: 0238 3844 156 - Fax: 0238 3844 157 - Email: c3phanboichau@nghean.edu.vn</p>
    <p>Chịu trách nhiệm nội dung: Thầy Hoàng Văn Thành - Hiệu trưởng</p>
    <p class="small">© 2026 Trường THPT Phan Bội Châu. Ghi rõ nguồn khi phát hành lại thông tin từ
      website này.</p>
  </div>
</footer>
<script src="/themes/pbc/js/bootstrap.bundle.min.js"></script>
<script src="/themes/pbc/js/app.js?id=3a9e77"></script>
</body>
</html>"""
    return html(
        page,
        headers={
            "Set-Cookie": f"laravel_session={token('s' + request.path)}; path=/; httponly; samesite=lax",
            "Cache-Control": "no-cache, private",
        },
    )


def card(story: Story) -> str:
    return f"""<div class="post-item row g-3 mb-3">
  <div class="col-4"><a href="{href(story)}"><img class="img-fluid rounded" src="{thumb(story)}"
    alt="{esc(story.title)}"></a></div>
  <div class="col-8">
    <h3 class="post-item__title"><a href="{href(story)}">{esc(story.title)}</a></h3>
    <div class="post-item__date text-muted small"><i class="bi bi-clock"></i> {dmy(story)}</div>
    <p class="post-item__desc">{esc(teaser(story))}</p>
  </div>
</div>"""


# --- pages ------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = "".join(card(s) for s in newest(STORIES)[:PER_PAGE])
    boxes = ""
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="text-muted small">'
            f"({dmy(s)})</span></li>"
            for s in in_cat(key)[:2]
        )
        boxes += f"""<section class="cat-box mb-3">
  <h2 class="cat-box__title"><a href="/chuyen-muc/{key}">{esc(name)}</a></h2>
  <ul class="list-unstyled">{items}</ul>
  <a class="small" href="/chuyen-muc/{key}">Xem tất cả »</a>
</section>"""
    main = f"""<section class="latest mb-4"><h2 class="section-title">Tin mới</h2>{latest}</section>
{boxes}"""
    return layout(request, f"Trang chủ - {SITE_TITLE}", main)


def pager(key: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/chuyen-muc/{key}"
    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}?trang=1">«</a></li>')
        items.append(
            f'<li class="page-item"><a class="page-link" href="{base}?trang={page - 1}">‹</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{base}?trang={n}">{n}</a></li>'
            )
    if page < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{base}?trang={page + 1}">›</a></li>'
        )
        items.append(
            f'<li class="page-item"><a class="page-link" href="{base}?trang={pages}">»</a></li>'
        )
    return f'<nav><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'


def category_page(request: Request, key: str) -> Response | None:
    raw = request.params.get("trang", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    posts = in_cat(key)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    name = CATEGORIES[key]
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = f"""<h1 class="page-title">{esc(name)}</h1>
{"".join(card(s) for s in chunk)}
{pager(key, page, pages)}"""
    title = f"{name}{f' - Trang {page}' if page > 1 else ''} - {SITE_TITLE}"
    return layout(request, title, main, [(f"/chuyen-muc/{key}", name)])


def related(story: Story) -> str:
    others = [s for s in in_cat(story.cat)[:5] if s is not story][:4]
    items = "".join(
        f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="text-muted">({dmy(s)})</span></li>'
        for s in others
    )
    return f"""<section class="related-posts mt-4">
  <h2 class="related-posts__title">Tin liên quan</h2>
  <ul>{items}</ul>
</section>"""


def comment_form(story: Story) -> str:
    return f"""<section class="comments mt-4">
  <h2 class="comments__title">Ý kiến bạn đọc</h2>
  <form method="post" action="/bai-viet/{story.id}/binh-luan">
    <input type="hidden" name="_token" value="{token(story.slug)}">
    <input class="form-control mb-2" name="name" placeholder="Họ và tên">
    <input class="form-control mb-2" name="email" placeholder="Email">
    <textarea class="form-control mb-2" name="content" placeholder="Nội dung bình luận"></textarea>
    <button class="btn btn-primary btn-sm" type="submit">Gửi bình luận</button>
  </form>
</section>"""


def tools(request: Request, story: Story) -> str:
    url = base_url(request) + href(story)
    return f"""<div class="post-tools d-flex gap-2 my-3">
  <a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()"><i class="bi bi-printer"></i> In bài</a>
  <a class="btn btn-sm btn-outline-secondary" href="mailto:?subject={esc(story.title)}&amp;body={url}"><i class="bi bi-envelope"></i> Gửi email</a>
  <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a>
  <a class="btn btn-sm btn-info" href="https://zalo.me/share?url={url}" target="_blank">Zalo</a>
</div>"""


def post_page(request: Request, story: Story) -> Response:
    lead = story.opts.get("lead", "none")
    url = base_url(request) + href(story)
    desc = story.opts.get("desc") or story.summary or ""
    head = f'<link rel="canonical" href="{url}">\n<meta property="og:type" content="article">'
    head += f'\n<meta property="og:title" content="{esc(story.title)}">'
    head += f'\n<meta property="og:url" content="{url}">'
    if desc:
        head += f'\n<meta property="og:description" content="{esc(desc)}">'
    if story.images:
        head += f'\n<meta property="og:image" content="{base_url(request)}{story.images[0].src}">'
    body = render_blocks(story)
    meta_extra = ""
    if story.opts.get("updated"):
        meta_extra = f'<span class="post-updated ms-3">{esc(story.opts["updated"])}</span>'
    if VIEW[story.cat] == "news":
        h2 = f'<h2 class="lead">{esc(story.summary)}</h2>' if lead == "h2" else ""
        excerpt = (
            f'<div class="post-excerpt fw-bold">{esc(story.summary)}</div>'
            if lead == "excerpt"
            else ""
        )
        article = f"""<article class="post-detail">
  <h1 class="post-title">{esc(story.title)}</h1>
  {h2}
  <div class="post-meta text-muted small">
    <span class="post-date"><i class="bi bi-clock"></i> {esc(story.opts["date"])}</span>{meta_extra}
    <span class="post-views ms-3"><i class="bi bi-eye"></i> Lượt xem: {story.views()}</span>
  </div>
  {tools(request, story)}
  {excerpt}
  <div class="post-content">
{body}
  </div>
  <div class="post-tags mt-3"><i class="bi bi-tags"></i> Từ khóa:
    <a href="/tim-kiem?tu-khoa={quote_plus(CATEGORIES[story.cat])}">{esc(CATEGORIES[story.cat])}</a></div>
</article>"""
    else:
        user = story.opts.get("user")
        author = f'<span class="entry__author ms-3">Tác giả: {esc(user)}</span>' if user else ""
        lead_html = ""
        if lead == "box":
            lead_html = (
                f'<blockquote class="sapo-box bg-light p-3">{esc(story.summary)}</blockquote>'
            )
        elif lead == "entry":
            lead_html = f'<div class="entry__lead"><p>{esc(story.summary)}</p></div>'
        article = f"""<article class="entry">
  <header class="entry__header">
    <h1 class="entry__title">{esc(story.title)}</h1>
    <div class="entry__meta text-muted small"><span class="entry__date">{esc(story.opts["date"])}</span>{author}{meta_extra}</div>
  </header>
  {lead_html}
  <div class="entry__content">
{body}
  </div>
  {tools(request, story)}
</article>"""
    main = article + related(story) + comment_form(story)
    crumbs = [(f"/chuyen-muc/{story.cat}", CATEGORIES[story.cat])]
    kwargs = {"description": desc} if desc else {}
    return layout(request, f"{story.title} - {SITE_TITLE}", main, crumbs, head, **kwargs)


def history_page(request: Request) -> Response:
    main = """<article class="page-detail">
  <h1 class="post-title">Lịch sử hình thành và phát triển</h1>
  <div class="post-content">
    <p>Trường THPT Phan Bội Châu được thành lập năm 1965, tiền thân là Trường cấp III Vinh II,
    năm 1990 được đổi tên thành Trường THPT Phan Bội Châu.</p>
    <p>Qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều
    người trở thành nhà khoa học, cán bộ lãnh đạo, doanh nhân thành đạt.</p>
    <p>Nhà trường vinh dự được Nhà nước trao tặng Huân chương Lao động hạng Nhất (2015) và đạt
    chuẩn Quốc gia mức độ 2 (2023).</p>
  </div>
</article>"""
    return layout(
        request,
        f"Lịch sử trường - {SITE_TITLE}",
        main,
        [("/gioi-thieu/lich-su-truong.html", "Giới thiệu")],
    )


def contact_page(request: Request) -> Response:
    main = f"""<h1 class="page-title">Liên hệ</h1>
<div class="contact-info">
  <p><strong>Trường THPT Phan Bội Châu</strong></p>
  <p>Địa chỉ: Số 113 đường Lê Hồng Phong, phường Hưng Bình, TP Vinh, tỉnh Nghệ An</p>
  <p>Điện thoại: 0238 3844 156 - Email: c3phanboichau@nghean.edu.vn</p>
</div>
<form method="post" action="/lien-he">
  <input type="hidden" name="_token" value="{token("contact")}">
  <input class="form-control mb-2" name="name" placeholder="Họ và tên (*)">
  <input class="form-control mb-2" name="phone" placeholder="Số điện thoại">
  <textarea class="form-control mb-2" name="message" placeholder="Nội dung (*)"></textarea>
  <button class="btn btn-primary" type="submit">Gửi liên hệ</button>
</form>"""
    return layout(request, f"Liên hệ - {SITE_TITLE}", main, [("/lien-he", "Liên hệ")])


TEACHERS = [
    ("Hoàng Văn Thành", "Hiệu trưởng", "Toán", "ThS."),
    ("Lê Thị Hồng Vân", "Phó Hiệu trưởng", "Vật lí", "ThS."),
    ("Trần Quốc Bảo", "Phó Hiệu trưởng", "Giáo dục thể chất", "CN."),
    ("Nguyễn Văn Lâm", "Tổ trưởng Tổ Ngữ văn", "Ngữ văn", "ThS."),
    ("Hồ Thị Mai Phương", "Giáo viên", "Toán", "ThS."),
    ("Đặng Thị Hoa", "Giáo viên", "Ngữ văn", "CN."),
]


def teachers_page(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(name)}</td><td>{esc(post)}</td><td>{esc(subj)}</td>"
        f"<td>{esc(deg)}</td></tr>"
        for n, (name, post, subj, deg) in enumerate(TEACHERS, 1)
    )
    main = f"""<h1 class="page-title">Đội ngũ giáo viên</h1>
<p>Năm học 2026-2027, nhà trường có 98 cán bộ, giáo viên, nhân viên; 42% có trình độ thạc sĩ.</p>
<table class="table table-striped"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th>
<th>Môn</th><th>Trình độ</th></tr></thead><tbody>{rows}</tbody></table>"""
    return layout(
        request, f"Đội ngũ giáo viên - {SITE_TITLE}", main, [("/doi-ngu-giao-vien", "Đội ngũ")]
    )


def search_page(request: Request) -> Response:
    words = request.params.get("tu-khoa", "").strip()
    hits = [s for s in newest(STORIES) if words and words.lower() in s.title.lower()]
    found = "".join(card(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f'<h1 class="page-title">Kết quả tìm kiếm: {esc(words)}</h1>{found}'
    return layout(request, f"Tìm kiếm - {SITE_TITLE}", main, [("/tim-kiem", "Tìm kiếm")])


class LaravelSchoolSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)\.html", path):
            story = BY_SLUG.get(m.group(1))
            # Laravel ignores unknown query parameters: tracking links serve the post again
            if story and set(request.params) <= {"utm_source", "utm_medium", "utm_campaign"}:
                return post_page(request, story)
            return None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            if m.group(1) in CATEGORIES and set(request.params) <= {"trang"}:
                return category_page(request, m.group(1))
            return None
        if request.query:
            return search_page(request) if path == "/tim-kiem" else None
        return {
            "/gioi-thieu/lich-su-truong.html": history_page,
            "/lien-he": contact_page,
            "/doi-ngu-giao-vien": teachers_page,
            "/tim-kiem": search_page,
        }.get(path, lambda _r: None)(request)


def build_site() -> LaravelSchoolSite:
    return LaravelSchoolSite()
