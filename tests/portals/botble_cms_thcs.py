"""Botble CMS (Laravel) site of a lower-secondary school: Trường THCS Phan Bội Châu, xã Hòa Tiến,
thành phố Đà Nẵng, on an agency theme built over Botble's "Ripple" blog theme.

Platform
--------
Botble CMS 7.x with the blog, gallery, contact and sitemap plugins. The agency ("ĐN Web") kept
Ripple's skeleton (``page-intro`` banner, ``post__header`` / ``post__meta`` / ``post__content``,
Laravel's Bootstrap pager) and bolted on its own Vietnamese-named blocks (``khoi-tin``,
``mo-ta-bv``, ``cong-cu-bv``, ``tin-khac-bv``, ``wg-thongke`` …). Content is written in Botble's
CKEditor 5 (``<figure class="image">``), pasted from Word (``MsoNormal``, ``mso-list:Ignore``) or
from the school's Facebook fanpage (``<div dir="auto">`` lines, emoji drawn as fbcdn pictures).
Shortcodes (``[gallery]``, ``[youtube-video]``, ``[static-block]``) are rendered into the content.

URL scheme
----------
- ``/``                                   home: featured slider + one block per category
- ``/tin-tuc/<slug>``                     a post (article or video post), any query ignored
- ``/<slug>``                             a post's URL from before the slug prefix "tin-tuc"
                                          was set: 301 to ``/tin-tuc/<slug>``
- ``/danh-muc/<slug>[?page=N]``           category listing, 4 posts a page, parents aggregate
                                          their children; Laravel pager prints ``?page=1`` too;
                                          a page past the end is a 200 "Không có bài viết nào"
- ``/tag/<slug>``                         tag listing
- ``/search?q=…``                         search (GET form in the header)
- ``/thu-vien-anh``, ``/thu-vien-anh/<slug>``   gallery plugin: album index, album
- ``/gioi-thieu``, ``/lien-he``, ``/van-ban-bieu-mau``   Botble pages
- ``/contact/send`` (POST), ``/binh-chon`` (POST)       form targets: redirect back
- ``/sitemap.xml``, ``/robots.txt``       Botble sitemap (stale: lists one deleted post -> 404)
- ``/storage/…``, ``/themes/…``, ``/vendor/…``           media and theme assets

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), hotline; logo; main menu with
drop-downs; search form; a right sidebar (Thông báo, Đọc nhiều, "Tin nổi bật" custom-HTML
widget, Video, Thư viện ảnh, Liên kết website select, poll, visitor counter); footer.
A post: Ripple banner whose ``<h1>`` is the *category name*, breadcrumb, the headline in
``<h3 class="post__title">``, meta row (categories, "Thứ Năm, 03/12/2026 - 14:30", CMS account,
views), tool bar (font size, print, Zalo/Facebook share), optional description box
(``mo-ta-bv``), the content, "Cập nhật lần cuối" line, tags, share list, "Bài viết liên quan"
(2 newest of the category) and "Các tin khác" (5 newest of the site). A JSON-LD ``NewsArticle``
block carries Laravel's UTC timestamps ("2026-11-19T23:15:00.000000Z").

How each gold article is reached
--------------------------------
Home shows the featured slider (A1, B1, D1) and the 3 newest of Tin tức - Sự kiện and Hoạt
động chuyên môn, the 2 newest of Đoàn - Đội; the sidebar lists both Thông báo posts. A4 and B4
are on page 1 of their category listing only; A5 and B5 only on page 2 of their category
(``/danh-muc/tin-tuc-su-kien?page=2``, ``/danh-muc/hoat-dong-chuyen-mon?page=2``) or of the parent
category (``/danh-muc/tin-tuc?page=2``, ``/danh-muc/hoat-dong?page=2``) and in the sitemap.

Traps
-----
1. Headline vs banner: the page's only ``<h1>`` is the category name in Ripple's banner; the
   headline is ``h3.post__title``. Gold title = the h3 (``<title>`` adds " | Trường THCS …").
2. Dates: the header prints today; the meta prints "Thứ Năm, 03/12/2026 - 14:30"; a "Cập nhật
   lần cuối: 04/12/2026 - 09:05" line follows the content; listings print Carbon's Vietnamese
   short month "Thg 12 03, 2026"; JSON-LD holds UTC that crosses midnight for A2 (06:15 +07 ->
   "2026-11-19T23:15Z") and A5. Gold: the meta's publication time with +07:00; A5 was imported
   with "00:00" -> the day alone "2026-10-15".
3. Official notice (C1): letterhead table, "THÔNG BÁO / Về …", "Nơi nhận" and the principal's
   signature block are not body; gold date is the letterhead's day "2026-11-30" (the meta says
   02/12/2026 10:10); author = signer "Nguyễn Văn Thành".
4. Chrome inside ``post__content``: a rendered ``[gallery]`` shortcode (album cards with titles,
   A2), a ``[static-block]`` contact box repeated at the end of notices (C1, C2), a rendered
   ``[youtube-video]`` iframe and a "Tài liệu đính kèm" file line (B4), a "Xem thêm: <link>" line
   (D1). None of it is body; album thumbnails are not article images.
5. Duplicates: posts answer under the pre-prefix URL ``/<slug>`` (301, linked from the agency's
   hard-coded "Tin nổi bật" widget: A2, B1) and with Facebook's ``?fbclid=…`` (D1's "Xem thêm"
   link to A2, absolute on the site's own host). Both go into ``alt_paths``. The Laravel pager
   also prints ``?page=1`` (a listing dup, not an article).
6. Bylines: the meta's "Quản trị viên" / "admin_pbc" and JSON-LD author are CMS accounts ->
   nobody. The real byline is a right-aligned closing line: "Tin, ảnh: X" (both lists), "Tin: X -
   Ảnh: Y", "ThS. X - Tổ trưởng Tổ Ngữ văn" (-> X), a unit alone ("Tổ GDTC - Nghệ thuật",
   "Tổ Khoa học tự nhiên"), a reprint "Hoàng Hiệp" + "Theo Báo Đà Nẵng" (source "Báo Đà Nẵng").
   B5's "Theo kế hoạch, …" is a body sentence, not a source.
7. Images: A3's photos are lazy (``src`` = Botble placeholder png, real path in ``data-src``;
   gold = the data-src path); captions come as ``<figcaption>``, as a centred ``<em>`` line under
   the photo, with parentheses (taken off), or only "Ảnh: Mỹ Duyên" (a credit -> caption None).
   Facebook's emoji pictures (fbcdn ``emoji.php``) are no images.
8. Pasted text: D1 comes from Facebook with "👉" drawn as a picture at the start of list lines
   (a bullet: no text) while 💚 👏 ❤️ typed as characters stay; B2 comes from Word with
   ``mso-list:Ignore`` markers (no text) beside "- " items the editor typed (kept), a bare
   superscript footnote number "GDTrH<sup>1</sup>" (dropped) and its note after a rule (body,
   without the backlink number); A5 is stored decomposed (NFD, "Unicode tổ hợp") -> gold NFC.
9. Sapo: A1 and A2 print Botble's description in a bold box above the content (summary, first
   body paragraph); B1 opens with a bold lead paragraph (summary); for the others the meta
   description is a cut of the first paragraph ending in "..." -> summary null.
10. Look-alike non-articles: the video post ``/tin-tuc/video-le-khai-giang-nam-hoc-2026-2027``
    has the post template and URL of an article but is a video page; ``/gioi-thieu`` is a page
    with headline and paragraphs but no date.
11. Multi-category: A2 is filed under "Tin tức - Sự kiện" and "Đoàn - Đội" (both listings, both
    names in the meta); the breadcrumb prints the first -> gold category "Tin tức - Sự kiện".
12. Pagination/listings: ``?page=N`` past the end answers 200 with an empty listing; parent
    category pages repeat their children's posts; tag pages and search results are listings.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the breadcrumb's last category (the leaf), not the parent "Tin tức".
- The description box is the summary and the body's first paragraph (``sapo_outside``).
- Footnotes: B1's bracketed calls "[1]" stay; its "Tài liệu tham khảo" heading and entries are
  body. B2's Word footnote entry is body without its leading backlink number.
- The photo credit line "Ảnh: Mỹ Duyên" under A1's second photo gives caption None and adds no
  photographer beyond the byline's "Trần Thị Mỹ Duyên" (same person, shortened name).
- The featured image is printed only in listings/og:image, never on the post: it is not one of
  the article's images. The ``[gallery]`` album cards are not either.
- The notice's closing "Nhận được thông báo này, … thực hiện./." is body (it precedes "Nơi
  nhận"); "Tải về:" attachment lines are not.
- Numbered bold lines ("1. Thời gian kiểm tra") and ``<h3>``/``<h4>`` sub-heads are paragraphs.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "botble_cms_thcs"
PLATFORM = "Botble CMS 7 (Laravel) with an agency theme over Ripple"
START_PATH = "/"

SITE = "Trường THCS Phan Bội Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

#: slug -> (name, parent slug)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc": ("Tin tức", None),
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "tin-tuc"),
    "thong-bao": ("Thông báo", "tin-tuc"),
    "hoat-dong": ("Hoạt động", None),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", "hoat-dong"),
    "doan-doi": ("Đoàn - Đội", "hoat-dong"),
    "video": ("Video", None),
}

TAGS: dict[str, str] = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "20-11": "20-11",
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
    "an-toan-giao-thong": "an toàn giao thông",
    "sinh-hoat-chuyen-mon": "sinh hoạt chuyên môn",
    "chuyen-doi-so": "chuyển đổi số",
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_ICT = _dt.timezone(_dt.timedelta(hours=7))
PLACEHOLDER = "/vendor/core/core/base/images/placeholder.png"
FB_EMOJI = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"

# --- the stories ------------------------------------------------------------------------------

A1 = Story(
    id=241,
    slug="truong-thcs-phan-boi-chau-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Phan Bội Châu tổ chức Hội thi “Giáo viên dạy giỏi cấp trường” năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Từ ngày 16/11 đến ngày 02/12/2026, Trường THCS Phan Bội Châu (xã Hòa Tiến) đã tổ chức Hội thi "
        "“Giáo viên dạy giỏi cấp trường” năm học 2026 – 2027 với sự tham gia của 18 giáo viên thuộc "
        "5 tổ chuyên môn."
    ),
    sapo_outside=True,
    authors=["Trần Thị Mỹ Duyên"],
    photographers=["Trần Thị Mỹ Duyên"],
    blocks=[
        P(
            "Hội thi nhằm đánh giá, công nhận giáo viên dạy giỏi cấp trường; thông qua đó phát hiện, bồi "
            "dưỡng và nhân rộng những điển hình tiên tiến trong đổi mới phương pháp dạy học, kiểm tra đánh "
            "giá theo định hướng phát triển phẩm chất, năng lực học sinh, đồng thời chọn cử giáo viên tham "
            "gia hội thi cấp thành phố."
        ),
        Img(
            "/storage/tin-tuc/2026/12/hoi-thi-gvdg-01.jpg",
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội thi",
            style="figure",
        ),
        P(
            "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy "
            "và thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một tiết bốc thăm "
            "trước ba ngày. Các tiết dạy được Ban Giám khảo gồm Ban Giám hiệu và tổ trưởng các tổ chuyên môn "
            "dự giờ, đánh giá theo Công văn số 5512/BGDĐT-GDTrH của Bộ GD&ĐT."
        ),
        P(
            "Nhiều tiết dạy đã vận dụng linh hoạt các phương pháp, kĩ thuật dạy học tích cực như dạy học theo "
            "trạm, kĩ thuật khăn trải bàn, mảnh ghép; ứng dụng hiệu quả công nghệ thông tin, bảng tương tác "
            "và học liệu số, tạo được không khí lớp học sôi nổi, học sinh chủ động, hứng thú."
        ),
        Img("/storage/tin-tuc/2026/12/hoi-thi-gvdg-02.jpg", "Ảnh: Mỹ Duyên", None, style="figure"),
        P(
            "Kết quả, Ban tổ chức đã công nhận 14 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường, "
            "trong đó có 5 giáo viên xếp loại xuất sắc. Nhà trường sẽ chọn 3 giáo viên có kết quả cao nhất "
            "để bồi dưỡng, tham dự Hội thi giáo viên dạy giỏi cấp thành phố dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Thị Mỹ Duyên</strong></p>'),
    ],
    opts={
        "created": "2026-12-03 14:30",
        "updated": "2026-12-04 09:05",
        "cats": ["tin-tuc-su-kien"],
        "tags": ["giao-vien-day-gioi"],
        "views": 1245,
        "account": "Quản trị viên",
        "featured": True,
        "thumb": "/storage/tin-tuc/2026/12/hoi-thi-gvdg-01.jpg",
    },
)

A2 = Story(
    id=238,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026-tri-an-thay-co-vung-buoc-tuong-lai",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026: Tri ân thầy cô – Vững bước tương lai",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T06:15:00+07:00",
    summary=(
        "Sáng 20/11, Trường THCS Phan Bội Châu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Hòa Tiến, Ban đại "
        "diện Cha mẹ học sinh cùng đông đảo thầy cô giáo nghỉ hưu qua các thời kỳ."
    ),
    sapo_outside=True,
    authors=["Lê Văn Hòa"],
    photographers=["Nguyễn Minh Nhật"],
    blocks=[
        P(
            "Trong không khí trang trọng và ấm áp, các em học sinh Liên đội đã mang đến buổi lễ chương trình "
            "văn nghệ đặc sắc với những ca khúc, điệu múa ca ngợi công ơn thầy cô và mái trường."
        ),
        Img(
            "/storage/tin-tuc/2026/11/20-11-01.jpg",
            "(Tiết mục văn nghệ chào mừng của học sinh lớp 8/2)",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 8/2",
            style="next",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường đã ôn lại truyền thống vẻ "
            "vang của ngành Giáo dục Việt Nam, đồng thời điểm lại những kết quả nổi bật của nhà trường trong "
            "năm học 2025 – 2026: tỉ lệ học sinh tốt nghiệp THCS đạt 100%; 27 học sinh đạt giải học sinh giỏi "
            "cấp thành phố; tỉ lệ học sinh trúng tuyển vào lớp 10 công lập đạt 86,4%."
        ),
        P(
            "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học trò noi "
            "theo” – thầy Thành nhấn mạnh.",
            "quote",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể và 35 cá nhân có thành tích xuất sắc trong "
            "phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; Ban đại diện Cha mẹ học sinh trao 20 "
            "suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn vượt khó học tốt."
        ),
        Img(
            "/storage/tin-tuc/2026/11/20-11-02.jpg",
            "(Lãnh đạo xã Hòa Tiến tặng hoa chúc mừng tập thể giáo viên nhà trường)",
            "Lãnh đạo xã Hòa Tiến tặng hoa chúc mừng tập thể giáo viên nhà trường",
            style="next",
        ),
        Raw("[gallery]"),
        Raw('<p style="text-align: right;"><em>Tin: Lê Văn Hòa - Ảnh: Nguyễn Minh Nhật</em></p>'),
    ],
    opts={
        "created": "2026-11-20 06:15",
        "updated": "2026-11-21 10:42",
        "cats": ["tin-tuc-su-kien", "doan-doi"],
        "tags": ["20-11"],
        "views": 2310,
        "account": "Quản trị viên",
        "thumb": "/storage/tin-tuc/2026/11/20-11-01.jpg",
    },
)

A3 = Story(
    id=229,
    slug="hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027-san-choi-bo-ich-cho-hoc-sinh",
    title="Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027: Sân chơi bổ ích cho học sinh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-09T10:00:00+07:00",
    authors=["Tổ GDTC - Nghệ thuật"],
    blocks=[
        P(
            "Nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển chọn vận "
            "động viên tham gia Hội khỏe Phù Đổng cấp thành phố, trong hai ngày 07 và 08/11/2026, Trường THCS "
            "Phan Bội Châu đã tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027."
        ),
        P(
            "Hội khỏe thu hút gần 400 vận động viên là học sinh của 20 lớp tham gia tranh tài ở 6 môn: điền "
            "kinh, bóng đá nam, cầu lông, cờ vua, đá cầu và kéo co."
        ),
        Img(
            "/storage/tin-tuc/2026/11/hkpd-01.jpg",
            "Các vận động viên tranh tài ở nội dung chạy 100m nam",
            "Các vận động viên tranh tài ở nội dung chạy 100m nam",
            style="lazy",
        ),
        P(
            "Với tinh thần “Đoàn kết – Trung thực – Cao thượng”, các trận đấu diễn ra sôi nổi, hấp dẫn, an "
            "toàn. Đặc biệt, môn kéo co với sự cổ vũ nhiệt tình của các cổ động viên đã tạo nên không khí vui "
            "tươi, gắn kết giữa các lớp."
        ),
        Img("/storage/tin-tuc/2026/11/hkpd-02.jpg", None, None, style="lazy"),
        P(
            "Kết thúc Hội khỏe, Ban tổ chức đã trao 18 giải Nhất, 20 giải Nhì, 24 giải Ba cho các vận động "
            "viên; giải Nhất toàn đoàn thuộc về lớp 9/1, giải Nhì thuộc về lớp 8/3 và giải Ba thuộc về lớp 9/4."
        ),
        Raw('<p style="text-align: right;"><strong><em>Tổ GDTC - Nghệ thuật</em></strong></p>'),
    ],
    opts={
        "created": "2026-11-09 10:00",
        "updated": "2026-11-09 10:00",
        "cats": ["tin-tuc-su-kien"],
        "tags": ["hoi-khoe-phu-dong"],
        "views": 874,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/11/hkpd-01.jpg",
    },
)

A4 = Story(
    id=217,
    slug="hoc-sinh-truong-thcs-phan-boi-chau-tham-gia-ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-ngay-mai",
    title=(
        "Học sinh Trường THCS Phan Bội Châu tham gia ngoại khóa “An toàn giao thông cho nụ cười ngày mai”"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T15:40:00+07:00",
    authors=["Hoàng Hiệp"],
    source="Báo Đà Nẵng",
    blocks=[
        P(
            "Chiều 21/10, Ban An toàn giao thông xã Hòa Tiến phối hợp với Trường THCS Phan Bội Châu tổ chức "
            "buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao thông với chủ đề “An toàn giao "
            "thông cho nụ cười ngày mai” cho hơn 800 học sinh toàn trường."
        ),
        P(
            "Tại buổi ngoại khóa, báo cáo viên của Công an xã Hòa Tiến đã phổ biến một số quy định của Luật "
            "Trật tự, an toàn giao thông đường bộ năm 2024, nhất là các hành vi vi phạm thường gặp ở lứa tuổi "
            "học sinh như: điều khiển xe máy khi chưa đủ tuổi, không đội mũ bảo hiểm, đi xe đạp dàn hàng "
            "ngang, lạng lách, đánh võng."
        ),
        Img(
            "/storage/tin-tuc/2026/10/atgt-01.jpg",
            "Học sinh hào hứng tham gia trả lời câu hỏi tại buổi ngoại khóa",
            "Học sinh hào hứng tham gia trả lời câu hỏi tại buổi ngoại khóa",
            style="figure",
        ),
        P(
            "Bên cạnh phần tuyên truyền, chương trình còn có phần thi tìm hiểu kiến thức về an toàn giao "
            "thông và tiểu phẩm “Hậu quả của sự bất cẩn” do học sinh lớp 9/2 thể hiện, để lại nhiều ấn tượng "
            "cho các em."
        ),
        P(
            "Dịp này, Ban An toàn giao thông xã đã trao tặng 50 mũ bảo hiểm đạt chuẩn cho học sinh có hoàn "
            "cảnh khó khăn của nhà trường."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Hoàng Hiệp</strong></p>\n'
            '<p style="text-align: right;"><em>Theo Báo Đà Nẵng</em></p>'
        ),
    ],
    opts={
        "created": "2026-10-22 15:40",
        "updated": "2026-10-23 08:02",
        "cats": ["tin-tuc-su-kien"],
        "tags": ["an-toan-giao-thong"],
        "views": 655,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/10/atgt-01.jpg",
    },
)

A5 = Story(
    id=203,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026-nhieu-hoat-dong-thiet-thuc",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026: Nhiều hoạt động thiết thực",
    cat="tin-tuc-su-kien",
    published_at="2026-10-15",
    blocks=[
        P(
            "Thực hiện Kế hoạch của UBND xã Hòa Tiến về tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 "
            "với chủ đề “Học tập suốt đời – Chìa khóa phát triển trong kỷ nguyên số”, từ ngày 01 đến "
            "07/10/2026, Trường THCS Phan Bội Châu đã triển khai nhiều hoạt động thiết thực, thu hút đông đảo "
            "cán bộ, giáo viên và học sinh tham gia."
        ),
        P("Đẩy mạnh văn hóa đọc trong nhà trường", "h"),
        P(
            "Thư viện nhà trường tổ chức Ngày hội đọc sách với chủ đề “Sách – Người bạn đồng hành”, trưng bày "
            "hơn 1.200 đầu sách, báo, tạp chí; tổ chức cuộc thi giới thiệu sách, vẽ tranh bìa sách cho học "
            "sinh các khối lớp."
        ),
        Img(
            "/storage/tin-tuc/2026/10/tuan-le-hoc-tap-01.jpg",
            "Học sinh tham quan gian trưng bày sách tại Ngày hội đọc sách",
            "Học sinh tham quan gian trưng bày sách tại Ngày hội đọc sách",
            style="figure",
        ),
        P("Bồi dưỡng kỹ năng số cho giáo viên và học sinh", "h"),
        P(
            "Tổ Toán - Tin phối hợp với Đoàn trường tổ chức các buổi hướng dẫn học sinh khai thác học liệu số, "
            "sử dụng an toàn mạng xã hội; đồng thời bồi dưỡng cho giáo viên kỹ năng thiết kế bài giảng điện "
            "tử, sử dụng trí tuệ nhân tạo hỗ trợ soạn giảng."
        ),
        P(
            "Qua Tuần lễ, phong trào tự học, học tập suốt đời trong nhà trường tiếp tục được lan tỏa, góp phần "
            "xây dựng mô hình “Công dân học tập” tại địa phương."
        ),
    ],
    opts={
        "created": "2026-10-15 00:00",
        "updated": "2026-10-15 00:00",
        "cats": ["tin-tuc-su-kien"],
        "tags": [],
        "views": 431,
        "account": "admin_pbc",
        "nfd": True,
        "thumb": "/storage/tin-tuc/2026/10/tuan-le-hoc-tap-01.jpg",
    },
)

B1 = Story(
    id=244,
    slug="chuyen-de-cap-truong-mon-ngu-van-day-hoc-doc-hieu-van-ban-theo-dac-trung-the-loai",
    title="Chuyên đề cấp trường môn Ngữ văn: Dạy học đọc hiểu văn bản theo đặc trưng thể loại",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-04T16:05:00+07:00",
    summary=(
        "Chiều 03/12/2026, Tổ Ngữ văn Trường THCS Phan Bội Châu tổ chức chuyên đề cấp trường “Dạy học đọc "
        "hiểu văn bản theo đặc trưng thể loại” thông qua tiết dạy minh họa bài “Lão Hạc” (Nam Cao) tại lớp 8/4."
    ),
    authors=["Nguyễn Thị Hồng Nhung"],
    blocks=[
        P(
            "Chiều 03/12/2026, Tổ Ngữ văn Trường THCS Phan Bội Châu tổ chức chuyên đề cấp trường “Dạy học đọc "
            "hiểu văn bản theo đặc trưng thể loại” thông qua tiết dạy minh họa bài “Lão Hạc” (Nam Cao) tại lớp "
            "8/4.",
            "bold",
        ),
        P(
            "Chương trình giáo dục phổ thông 2018 môn Ngữ văn xác định mục tiêu hình thành cho học sinh năng "
            "lực đọc hiểu các kiểu văn bản, trong đó yêu cầu đọc hiểu văn bản phải gắn với đặc trưng thể "
            "loại.[1] Đây cũng là nội dung nhiều giáo viên còn lúng túng khi tổ chức dạy học."
        ),
        P("1. Những điểm mới của chuyên đề", "h"),
        P(
            "Giáo viên tổ chức cho học sinh xác định thể loại truyện ngắn và các yếu tố đặc trưng: cốt truyện, "
            "nhân vật, người kể chuyện, điểm nhìn;",
            "li",
        ),
        P(
            "Sử dụng phiếu học tập theo nhóm để học sinh tự khám phá diễn biến tâm trạng nhân vật lão Hạc;",
            "li",
        ),
        P(
            "Kết nối văn bản với trải nghiệm của học sinh thông qua câu hỏi mở và hoạt động viết ngắn.",
            "li",
        ),
        Img(
            "/storage/tin-tuc/2026/12/chuyen-de-ngu-van-01.jpg",
            "Cô Lê Thị Thu Hằng thực hiện tiết dạy minh họa tại lớp 8/4",
            "Cô Lê Thị Thu Hằng thực hiện tiết dạy minh họa tại lớp 8/4",
            style="figure",
        ),
        P("2. Thảo luận, rút kinh nghiệm", "h"),
        P(
            "Sau tiết dạy, các thành viên trong tổ đã thảo luận sôi nổi về cách thiết kế hệ thống câu hỏi đọc "
            "hiểu, cách chuyển giao nhiệm vụ và đánh giá sản phẩm học tập của học sinh. Nhiều ý kiến cho rằng "
            "cần dành thời gian hợp lý hơn cho hoạt động luyện tập, vận dụng để học sinh hình thành kĩ năng "
            "đọc văn bản cùng thể loại ngoài sách giáo khoa.[2]"
        ),
        P(
            "Đọc hiểu văn bản theo thể loại không phải là dạy “bài” mà là dạy “cách đọc” để học sinh tự đọc "
            "được những văn bản mới.",
            "quote",
        ),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ thống nhất cách tổ chức dạy học đọc hiểu, góp phần nâng cao "
            "chất lượng bộ môn Ngữ văn trong nhà trường."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm theo "
            "Thông tư số 32/2018/TT-BGDĐT), Hà Nội.",
            "small",
        ),
        P(
            "[2] Đỗ Ngọc Thống (chủ biên, 2019), Dạy học phát triển năng lực môn Ngữ văn trung học cơ sở, NXB "
            "Đại học Sư phạm.",
            "small",
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Hồng Nhung</strong> - Tổ trưởng Tổ Ngữ '
            "văn</p>"
        ),
    ],
    opts={
        "created": "2026-12-04 16:05",
        "updated": "2026-12-05 07:48",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["sinh-hoat-chuyen-mon"],
        "views": 388,
        "account": "Quản trị viên",
        "featured": True,
        "thumb": "/storage/tin-tuc/2026/12/chuyen-de-ngu-van-01.jpg",
    },
)

B2 = Story(
    id=236,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-khoa-hoc-tu-nhien-7",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên 7",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T15:20:00+07:00",
    authors=["Tổ Khoa học tự nhiên"],
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027 và hướng dẫn tại Công văn số "
            "1315/BGDĐT-GDTrH ngày 16/4/2020 của Bộ GD&ĐT, ngày 17/11/2026, Tổ Khoa học tự nhiên đã tổ chức "
            "buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài “Tốc độ chuyển động” (Khoa học tự "
            "nhiên 7).",
            "word-sup",
        ),
        P("Buổi sinh hoạt được tiến hành theo các bước:", "word"),
        P(
            "Giáo viên dạy minh họa thực hiện tiết dạy tại lớp 7/3, các thành viên trong tổ dự giờ, quan sát "
            "hoạt động học của học sinh;",
            "mso",
        ),
        P(
            "Phân tích, thảo luận về bài học: tập trung vào những khó khăn của học sinh, nguyên nhân và biện "
            "pháp điều chỉnh;",
            "mso",
        ),
        P("Rút kinh nghiệm, vận dụng vào bài dạy hằng ngày.", "mso"),
        Img("/storage/tin-tuc/2026/11/shcm-khtn-01.jpg", None, None, style="word"),
        P("Qua thảo luận, các giáo viên thống nhất một số điều chỉnh cho tiết dạy:", "word"),
        P(
            "- Tăng cường thí nghiệm đo tốc độ bằng đồng hồ bấm giây và cổng quang điện để học sinh tự thu "
            "thập số liệu;",
            "word",
        ),
        P(
            "- Giảm bớt nội dung thuyết trình của giáo viên, dành thời gian cho học sinh báo cáo kết quả nhóm.",
            "word",
        ),
        P(
            "Buổi sinh hoạt chuyên môn đã góp phần đổi mới hình thức sinh hoạt tổ, chuyển trọng tâm từ đánh "
            "giá giờ dạy của giáo viên sang phân tích hoạt động học của học sinh.",
            "word",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b><span lang="VI" '
            'style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">Tổ Khoa '
            "học tự nhiên</span></b></p>"
        ),
        P(
            "Công văn số 1315/BGDĐT-GDTrH ngày 16/4/2020 của Bộ GD&ĐT về việc hướng dẫn sinh hoạt chuyên môn "
            "thực hiện chương trình giáo dục phổ thông cấp trung học.",
            "ftn",
        ),
    ],
    opts={
        "created": "2026-11-18 15:20",
        "updated": "2026-11-18 15:31",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["sinh-hoat-chuyen-mon"],
        "views": 302,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/11/shcm-khtn-01.jpg",
    },
)

B3 = Story(
    id=226,
    slug="ket-qua-hoi-thi-olympic-tieng-anh-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi Olympic Tiếng Anh cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05T08:45:00+07:00",
    authors=["Võ Thị Thanh Tâm"],
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích giúp học sinh rèn luyện kỹ năng sử dụng tiếng Anh, ngày 31/10/2026, Tổ "
            "Ngoại ngữ Trường THCS Phan Bội Châu đã tổ chức Hội thi Olympic Tiếng Anh cấp trường dành cho học "
            "sinh khối 6, 7, 8 và 9."
        ),
        P(
            "Hội thi gồm hai vòng: vòng thi viết trên giấy với các dạng bài nghe, đọc hiểu, viết và vòng thi "
            "nói “English Speaking Contest” dành cho 12 thí sinh có điểm cao nhất."
        ),
        P("Kết quả, Ban tổ chức đã trao giải cho 16 học sinh, cụ thể:"),
        P("Khối | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "row"),
        P("Khối 6 | 0 | 1 | 1 | 2", "row"),
        P("Khối 7 | 1 | 1 | 1 | 1", "row"),
        P("Khối 8 | 1 | 0 | 2 | 1", "row"),
        P("Khối 9 | 1 | 1 | 1 | 1", "row"),
        P("Các em đạt giải Nhất gồm:"),
        P("- Em Nguyễn Ngọc Bảo Trân, lớp 7/1;", "br"),
        P("- Em Trần Gia Huy, lớp 8/3;", "br"),
        P("- Em Phạm Minh Khang, lớp 9/1.", "br"),
        P(
            "Những học sinh có kết quả xuất sắc sẽ được Tổ Ngoại ngữ tiếp tục bồi dưỡng để tham gia kỳ thi "
            "học sinh giỏi cấp thành phố năm học 2026 - 2027."
        ),
        Raw('<p style="text-align: right;"><strong>Võ Thị Thanh Tâm</strong></p>'),
    ],
    opts={
        "created": "2026-11-05 08:45",
        "updated": "2026-11-05 08:45",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": [],
        "views": 517,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/11/olympic-tieng-anh.jpg",
    },
)

B4 = Story(
    id=214,
    slug="tap-huan-su-dung-he-thong-quan-ly-hoc-tap-lms-cho-giao-vien",
    title="Tập huấn sử dụng hệ thống quản lý học tập LMS cho giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20T14:00:00+07:00",
    authors=["Lê Quang Vinh"],
    photographers=["Lê Quang Vinh"],
    blocks=[
        P(
            "Thực hiện Kế hoạch chuyển đổi số trong giáo dục năm học 2026 - 2027, chiều 19/10/2026, Trường "
            "THCS Phan Bội Châu tổ chức buổi tập huấn sử dụng hệ thống quản lý học tập (LMS) cho toàn thể cán "
            "bộ quản lý, giáo viên nhà trường."
        ),
        P(
            "Tại buổi tập huấn, thầy Lê Quang Vinh, giáo viên Tin học, nhóm trưởng nhóm chuyển đổi số của "
            "trường đã hướng dẫn các nội dung: tạo lớp học trực tuyến, giao bài tập và chấm bài trên hệ thống, "
            "tổ chức kiểm tra trắc nghiệm, theo dõi tiến độ học tập của học sinh và kết nối với sổ điểm điện tử."
        ),
        Img(
            "/storage/tin-tuc/2026/10/tap-huan-lms-01.jpg",
            "Giáo viên thực hành tạo lớp học trên hệ thống LMS",
            "Giáo viên thực hành tạo lớp học trên hệ thống LMS",
            style="figure",
        ),
        P(
            "Giáo viên được thực hành trực tiếp trên máy tính và điện thoại, trao đổi các tình huống thường gặp "
            "khi triển khai dạy học kết hợp. Sau tập huấn, mỗi giáo viên sẽ xây dựng ít nhất một lớp học trên "
            "hệ thống LMS và đưa vào sử dụng từ tháng 11/2026."
        ),
        Raw("[youtube-video]"),
        Raw(
            '<p><strong>Tài liệu đính kèm:</strong> <a href="/storage/van-ban/2026/huong-dan-su-dung-lms.pdf" '
            'target="_blank">Huong-dan-su-dung-LMS.pdf</a></p>'
        ),
        Raw('<p style="text-align: right;"><em><strong>Tin, ảnh: Lê Quang Vinh</strong></em></p>'),
    ],
    opts={
        "created": "2026-10-20 14:00",
        "updated": "2026-10-21 16:20",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": ["chuyen-doi-so"],
        "views": 466,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/10/tap-huan-lms-01.jpg",
    },
)

B5 = Story(
    id=207,
    slug="trien-khai-noi-dung-giao-duc-dia-phuong-thanh-pho-da-nang-nam-hoc-2026-2027",
    title="Triển khai nội dung giáo dục địa phương thành phố Đà Nẵng năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-16T09:30:00+07:00",
    authors=["Trần Văn Khánh"],
    blocks=[
        P(
            "Ngày 15/10/2026, Tổ Khoa học xã hội Trường THCS Phan Bội Châu tổ chức sinh hoạt chuyên đề triển "
            "khai nội dung giáo dục địa phương thành phố Đà Nẵng cho các khối lớp 6, 7, 8 và 9 năm học 2026 - "
            "2027."
        ),
        P(
            "Theo kế hoạch, nội dung giáo dục địa phương được thực hiện 35 tiết/năm học ở mỗi khối lớp, tập "
            "trung vào các chủ đề: lịch sử, văn hóa truyền thống; địa lí, kinh tế; hướng nghiệp và bảo vệ môi "
            "trường của thành phố Đà Nẵng."
        ),
        P(
            "Giáo viên được hướng dẫn khai thác tài liệu giáo dục địa phương, tổ chức các hoạt động trải "
            "nghiệm thực tế tại các di tích lịch sử và làng nghề truyền thống như Khu căn cứ cách mạng K20, "
            "làng đá mỹ nghệ Non Nước."
        ),
        P(
            "Qua đó, học sinh được bồi dưỡng tình yêu quê hương, ý thức tìm hiểu và vận dụng những điều đã "
            "học để góp phần giải quyết những vấn đề của địa phương."
        ),
        Raw('<p style="text-align: right;"><strong>Trần Văn Khánh</strong></p>'),
    ],
    opts={
        "created": "2026-10-16 09:30",
        "updated": "2026-10-16 09:30",
        "cats": ["hoat-dong-chuyen-mon"],
        "tags": [],
        "views": 208,
        "account": "admin_pbc",
        "thumb": "/storage/tin-tuc/2026/10/gddp-bia.jpg",
    },
)

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse; border: none;">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top; border: none;">UBND XÃ HÒA TIẾN<br><strong>TRƯỜNG THCS PHAN BỘI CHÂU</strong><br>&nbsp;<br>Số: 152/TB-THCSPBC</td>
<td style="width: 58%; text-align: center; vertical-align: top; border: none;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>&nbsp;<br><em>Hòa Tiến, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"""

_SIGNATURE = """<table style="width: 100%; border-collapse: collapse; border: none;">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top; border: none;"><strong><em>Nơi nhận:</em></strong><br><span style="font-size: 10pt;">- Tổ trưởng CM, GVCN;<br>- Website trường;<br>- Lưu: VT.</span></td>
<td style="width: 50%; text-align: center; vertical-align: top; border: none;"><strong>HIỆU TRƯỞNG</strong><br><em>(Đã ký)</em><br>&nbsp;<br><strong>Nguyễn Văn Thành</strong></td>
</tr>
</tbody>
</table>"""

C1 = Story(
    id=246,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Nguyễn Văn Thành"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ Thông tư số 22/2021/TT-BGDĐT ngày "
            "20/7/2021 của Bộ Giáo dục và Đào tạo quy định về đánh giá học sinh trung học cơ sở và học sinh "
            "trung học phổ thông;"
        ),
        P("Trường THCS Phan Bội Châu thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", "bold"),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "row"),
        P("Thứ Hai, 21/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "row"),
        P("Thứ Hai, 21/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "row"),
        P("Thứ Ba, 22/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "row"),
        P("Thứ Ba, 22/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "row"),
        P("Thứ Tư, 23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "row"),
        P("2. Tổ chức thực hiện", "bold"),
        P(
            "- Các tổ chuyên môn hoàn thành ma trận, bản đặc tả và đề kiểm tra, nộp về Phó Hiệu trưởng phụ "
            "trách chuyên môn trước ngày 12/12/2026;"
        ),
        P(
            "- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh "
            "có mặt tại phòng kiểm tra trước giờ làm bài 15 phút;"
        ),
        P(
            "- Các môn học còn lại, giáo viên bộ môn tổ chức kiểm tra theo thời khóa biểu từ ngày 14/12 đến "
            "ngày 19/12/2026."
        ),
        P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân liên quan nghiêm túc thực hiện./."),
        Raw(_SIGNATURE),
        Raw(
            '<p><strong>Tải về:</strong> <a href="/storage/van-ban/2026/tb-152-lich-kiem-tra-cuoi-hki.pdf">'
            "TB 152 - Lịch kiểm tra cuối HKI.pdf</a></p>"
        ),
        Raw("[static-block]"),
    ],
    opts={
        "created": "2026-12-02 10:10",
        "updated": "2026-12-02 10:10",
        "cats": ["thong-bao"],
        "tags": [],
        "views": 1502,
        "account": "Quản trị viên",
        "thumb": "/storage/thong-bao/thong-bao-chung.jpg",
    },
)

C2 = Story(
    id=231,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-12-11-2026-de-phong-tranh-mua-lu",
    title="Thông báo cho học sinh nghỉ học ngày 12/11/2026 để phòng, tránh mưa lũ",
    cat="thong-bao",
    published_at="2026-11-12T07:50:00+07:00",
    blocks=[
        P(
            "Thực hiện Công điện khẩn của Chủ tịch UBND thành phố Đà Nẵng về việc chủ động ứng phó với mưa "
            "lớn, lũ trên địa bàn thành phố, Trường THCS Phan Bội Châu thông báo:"
        ),
        P(
            "Toàn thể học sinh nhà trường nghỉ học ngày thứ Năm, 12/11/2026. Thời gian học bù sẽ được nhà "
            "trường thông báo sau."
        ),
        P(
            "Giáo viên chủ nhiệm các lớp thông báo đến cha mẹ học sinh qua nhóm Zalo lớp và phần mềm liên lạc "
            "điện tử; đề nghị cha mẹ học sinh quản lý, nhắc nhở con em không đến gần các khu vực sông, suối, ao "
            "hồ, vùng trũng thấp, ngập nước."
        ),
        P(
            "Cán bộ, giáo viên, nhân viên trực cơ quan theo lịch phân công, kịp thời báo cáo Ban Giám hiệu các "
            "tình huống phát sinh."
        ),
        Raw("[static-block]"),
    ],
    opts={
        "created": "2026-11-12 07:50",
        "updated": "2026-11-12 08:03",
        "cats": ["thong-bao"],
        "tags": [],
        "views": 3120,
        "account": "Quản trị viên",
        "thumb": "/storage/thong-bao/thong-bao-chung.jpg",
    },
)

D1 = Story(
    id=233,
    slug="lien-doi-phan-boi-chau-ra-quan-chien-dich-ke-hoach-nho-nam-hoc-2026-2027",
    title="🎉 Liên đội Phan Bội Châu ra quân chiến dịch “Kế hoạch nhỏ” năm học 2026 - 2027",
    cat="doan-doi",
    published_at="2026-11-14T19:45:00+07:00",
    authors=["Liên đội THCS Phan Bội Châu"],
    photographers=["Liên đội THCS Phan Bội Châu"],
    blocks=[
        P(
            "Sáng thứ Bảy ngày 14/11/2026, Liên đội Trường THCS Phan Bội Châu đã tổ chức ra quân chiến dịch "
            "“Kế hoạch nhỏ” với chủ đề “Mỗi cân giấy vụn – Một tấm lòng sẻ chia” 💚",
            "fb",
        ),
        P(
            "Chiến dịch nhằm giáo dục các em đội viên ý thức tiết kiệm, bảo vệ môi trường và tinh thần tương "
            "thân tương ái. Toàn bộ số tiền thu được sẽ dùng để trao học bổng cho đội viên có hoàn cảnh khó "
            "khăn và hỗ trợ các bạn nhỏ vùng lũ.",
            "fb",
        ),
        P("Một số chỉ tiêu của chiến dịch:", "fb"),
        P("Mỗi chi đội thu gom tối thiểu 50 kg giấy vụn;", "fbbullet"),
        P("Vận động mỗi đội viên tiết kiệm ít nhất 10.000 đồng nuôi heo đất;", "fbbullet"),
        P("Thu gom vỏ lon, chai nhựa để tái chế, đổi quà tặng.", "fbbullet"),
        Img("/storage/doan-doi/2026/ke-hoach-nho-01.jpg", None, None, style="fb"),
        Img("/storage/doan-doi/2026/ke-hoach-nho-02.jpg", None, None, style="fb"),
        P(
            "Kết quả, sau một buổi sáng ra quân, toàn Liên đội đã thu được 2.350 kg giấy vụn và hơn 300 kg vỏ "
            "lon, chai nhựa. Chi đội 7/2 dẫn đầu với 186 kg giấy vụn 👏👏👏",
            "fb",
        ),
        P("Cảm ơn quý phụ huynh và các em đội viên đã nhiệt tình hưởng ứng chiến dịch! ❤️", "fb"),
        Raw("[xem-them]"),
        Raw('<div dir="auto" style="text-align: right;"><b>Tin, ảnh: Liên đội THCS Phan Bội Châu</b></div>'),
    ],
    opts={
        "created": "2026-11-14 19:45",
        "updated": "2026-11-15 06:30",
        "cats": ["doan-doi"],
        "tags": [],
        "views": 1876,
        "account": "admin_pbc",
        "featured": True,
        "thumb": "/storage/doan-doi/2026/ke-hoach-nho-01.jpg",
    },
)

VIDEO = Story(
    id=220,
    slug="video-le-khai-giang-nam-hoc-2026-2027",
    title="[Video] Lễ khai giảng năm học 2026 - 2027",
    cat="video",
    published_at=None,
    blocks=[],
    opts={
        "created": "2026-10-21 09:00",
        "updated": "2026-10-21 09:00",
        "cats": ["video"],
        "tags": [],
        "views": 742,
        "account": "admin_pbc",
        "thumb": "/storage/video/khai-giang-2026.jpg",
    },
)

ARTICLES: list[Story] = [A1, A2, A3, A4, A5, B1, B2, B3, B4, B5, C1, C2, D1]
POSTS: list[Story] = [*ARTICLES, VIDEO]
BY_SLUG: dict[str, Story] = {s.slug: s for s in POSTS}
#: the sitemap still lists a post deleted in September (404)
STALE_SLUG = "thong-bao-lich-hop-cha-me-hoc-sinh-dau-nam-hoc-2026-2027"
#: Facebook's click id on D1's "Xem thêm" link
FBCLID = "IwZXh0bgNhZW0CMTEAAR2k7Qx0vB3mJ9pLrT_aem_Zk1c0qUq4hXcN8yR2wP5Aw"

ALBUMS = {
    "ky-niem-ngay-nha-giao-viet-nam-20-11-2026": (
        "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "/storage/galleries/20-11-2026",
        6,
        "21/11/2026",
    ),
    "hoi-khoe-phu-dong-cap-truong-2026": (
        "Hội khỏe Phù Đổng cấp trường 2026",
        "/storage/galleries/hkpd-2026",
        5,
        "09/11/2026",
    ),
}


def _created(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["created"], "%Y-%m-%d %H:%M").replace(tzinfo=_ICT)


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_created, reverse=True)


def _in_cat(slug: str) -> list[Story]:
    """Posts of a category; a parent aggregates its children (as this agency configured)."""
    slugs = {slug} | {c for c, (_, parent) in CATS.items() if parent == slug}
    return _newest([s for s in POSTS if slugs & set(s.opts["cats"])])


# --- formatting -------------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _vn_datetime(story: Story, key: str = "created") -> str:
    d = _dt.datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M")
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def _short_month(story: Story) -> str:
    """Carbon's translatedFormat('M d, Y') in Vietnamese: "Thg 12 03, 2026"."""
    d = _created(story)
    return f"Thg {d:%m} {d:%d}, {d:%Y}"


def _utc(story: Story, key: str) -> str:
    d = _dt.datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M").replace(tzinfo=_ICT)
    return d.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _thumb(src: str, size: str) -> str:
    stem, dot, ext = src.rpartition(".")
    return f"{stem}-{size}{dot}{ext}"


def _excerpt(story: Story, limit: int = 160) -> str:
    if story.summary:
        return story.summary
    paras = story.paragraphs
    first = paras[0] if paras else story.title
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


def _views(story: Story) -> str:
    return f"{story.opts['views']:,}".replace(",", ".")


def _post_url(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


# --- article content --------------------------------------------------------------------------

_WORD_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
)


def _gallery_shortcode() -> str:
    cards = []
    for slug, (name, folder, _n, day) in ALBUMS.items():
        cards.append(
            f"""<div class="col-md-6 col-sm-6 gallery-item">
<div class="img-wrap"><a href="/thu-vien-anh/{slug}"><img src="{folder}/anh-bia-300x200.jpg" alt="{esc(name)}"></a></div>
<div class="gallery-detail"><div class="gallery-title"><a href="/thu-vien-anh/{slug}">{esc(name)}</a></div>
<div class="gallery-author">Đăng bởi Quản trị viên - {day}</div></div>
</div>"""
        )
    return (
        '<div class="shortcode-gallery sc-1"><div class="gallery-wrap"><h4 class="tieude-sc">'
        '<i class="fa fa-picture-o"></i> Thư viện ảnh</h4><div class="row">\n'
        + "\n".join(cards)
        + "\n</div></div></div>"
    )


_STATIC_BLOCK = """<div class="static-block sb-3" style="border: 1px dashed #0b5394; padding: 10px 15px; margin-top: 15px; background: #f3f8fd;">
<p style="margin: 0;"><strong><span style="color: #0b5394;">📌 TRƯỜNG THCS PHAN BỘI CHÂU</span></strong></p>
<p style="margin: 0;">Địa chỉ: thôn Lệ Sơn 1, xã Hòa Tiến, thành phố Đà Nẵng</p>
<p style="margin: 0;">Điện thoại: 0236 3846 215 - Email: c2phanboichau.hoatien@danang.edu.vn</p>
<p style="margin: 0;">Fanpage: <a href="https://www.facebook.com/thcsphanboichau.hoatien" target="_blank" rel="nofollow">facebook.com/thcsphanboichau.hoatien</a></p>
</div>"""

_YOUTUBE = (
    '<div class="embed-responsive embed-responsive-16by9" style="text-align: center;">'
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/8mKq3R1yT0s" title="YouTube video player" '
    'frameborder="0" allowfullscreen></iframe></div>'
)


def _raw(story: Story, block: Raw, base: str) -> str:
    if block.html == "[gallery]":
        return _gallery_shortcode()
    if block.html == "[static-block]":
        return _STATIC_BLOCK
    if block.html == "[youtube-video]":
        return _YOUTUBE
    if block.html == "[xem-them]":
        return (
            f'<div dir="auto"><b>Xem thêm:</b> <a href="{base}{_post_url(A2)}?fbclid={FBCLID}">'
            f"{esc(A2.title)}</a></div>"
        )
    return block.html


def _img(story: Story, img: Img) -> str:
    src = esc(img.src)
    printed = _t(story, img.printed) if img.printed else None
    if img.style == "figure":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return f'<figure class="image"><img src="{src}" alt="">{cap}</figure>'
    if img.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img class="lazyload" src="{PLACEHOLDER}" data-src="{src}" '
            f'alt="" width="800" height="533"></p>'
        )
        if printed:
            out += f'\n<p style="text-align: center;"><em>{printed}</em></p>'
        return out
    if img.style == "word":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">'
            f'<img width="602" height="401" src="{src}" alt="" border="0"></span></p>'
        )
    if img.style == "fb":
        return f'<div dir="auto"><img src="{src}" alt="" style="max-width: 100%;"></div>'
    # "next": the photo centred, its line in a centred italic paragraph
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width: 100%; height: auto;"></p>'
    if printed:
        out += f'\n<p style="text-align: center;"><em><span style="font-size: 10pt;">{printed}</span></em></p>'
    return out


def _para(story: Story, p: P) -> str:
    t = _t(story, p.text)
    if p.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f"<h3><strong>{t}</strong></h3>" if t[:1].isdigit() else f"<h4>{t}</h4>"
    if p.style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if p.style == "small":
        return f'<p style="text-align: justify;"><span style="font-size: 11pt;">{t}</span></p>'
    if p.style == "word":
        return f'<p class="MsoNormal" style="text-align:justify;line-height:150%">{_WORD_SPAN}{t}</span></p>'
    if p.style == "word-sup":
        t = t.replace(
            "GDTrH ngày",
            'GDTrH<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1" title=""><sup>'
            '<span style="mso-special-character:footnote">1</span></sup></a> ngày',
            1,
        )
        return f'<p class="MsoNormal" style="text-align:justify;line-height:150%">{_WORD_SPAN}{t}</span></p>'
    if p.style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;mso-add-space:auto;text-align:'
            'justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            '<span lang="VI" style="font-size:14.0pt;line-height:150%"><span style="mso-list:Ignore">-'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f"</span></span></span><!--[endif]-->{_WORD_SPAN}{t}</span></p>"
        )
    if p.style == "ftn":
        return (
            '<div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" width="33%">'
            '<div style="mso-element:footnote" id="ftn1"><p class="MsoFootnoteText"><a style="mso-footnote-id:'
            'ftn1" href="#_ftnref1" name="_ftn1" title=""><span class="MsoFootnoteReference"><span '
            'style="mso-special-character:footnote"><sup>1</sup></span></span></a> '
            f'<span lang="VI">{t}</span></p></div></div>'
        )
    if p.style == "fb":
        return f'<div dir="auto" style="text-align: start;">{t}</div>'
    if p.style == "fbbullet":
        return (
            '<div dir="auto" style="text-align: start;"><span class="html-span xexx8yu x4uap5 x18d9i69">'
            f'<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" src="{FB_EMOJI}">'
            f"</span> {t}</div>"
        )
    return f'<p style="text-align: justify;">{t}</p>'


def render_content(story: Story, base: str) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = [_t(story, c) for c in blocks[i].text.split(" | ")]
                if first:
                    rows.append(
                        "<tr>" + "".join(f'<td style="text-align: center;"><strong>{c}</strong></td>' for c in cells)
                        + "</tr>"
                    )
                    first = False
                else:
                    rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1" '
                'cellpadding="5">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        if isinstance(b, P) and b.style != "br":
            markup = _para(story, b)
            j = i + 1
            extra = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                extra.append(_t(story, blocks[j].text))
                j += 1
            if extra:
                markup = markup.replace("</p>", "<br>\n" + "<br>\n".join(extra) + "</p>", 1)
            out.append(markup)
            i = j
            continue
        if isinstance(b, Img):
            out.append(_img(story, b))
        elif isinstance(b, Raw):
            out.append(_raw(story, b, base))
        i += 1
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Liên hệ", "/lien-he")]),
    (
        "Tin tức",
        "/danh-muc/tin-tuc",
        [("Tin tức - Sự kiện", "/danh-muc/tin-tuc-su-kien"), ("Thông báo", "/danh-muc/thong-bao")],
    ),
    (
        "Hoạt động",
        "/danh-muc/hoat-dong",
        [("Hoạt động chuyên môn", "/danh-muc/hoat-dong-chuyen-mon"), ("Đoàn - Đội", "/danh-muc/doan-doi")],
    ),
    ("Văn bản - Biểu mẫu", "/van-ban-bieu-mau", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/danh-muc/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _menu(active: str) -> str:
    items = []
    for label, href, children in _MENU:
        cls = ' class="current-menu-item"' if href == active else ""
        if children:
            sub = "".join(f'<li><a href="{h}">{esc(lbl)}</a></li>' for lbl, h in children)
            items.append(
                f'<li class="menu-item-has-children"><a href="{href}"{cls}>{esc(label)} '
                f'<span class="toggle-icon"><i class="ion-chevron-down"></i></span></a>'
                f'<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}"{cls}>{esc(label)}</a></li>')
    return '<ul class="menu menu--mobile">' + "".join(items) + "</ul>"


def _header(active: str) -> str:
    return f"""<div class="top-bar-pbc">
  <div class="container"><div class="row">
    <div class="col-md-6 tb-ngay"><i class="ion-calendar"></i> {HEADER_TODAY}</div>
    <div class="col-md-6 tb-lh text-right"><i class="ion-ios-telephone"></i> Hotline: 0236 3846 215 &nbsp;|&nbsp;
      <a href="mailto:c2phanboichau.hoatien@danang.edu.vn"><i class="ion-email"></i> c2phanboichau.hoatien@danang.edu.vn</a></div>
  </div></div>
</div>
<header class="header" id="header">
  <div class="header-wrap">
    <nav class="nav-top">
      <div class="container">
        <div class="pull-left"><a class="logo" href="/"><img src="/storage/general/logo-thcs-pbc.png" alt="{SITE}" height="70"></a>
          <div class="ten-truong"><span class="ten-1">UBND XÃ HÒA TIẾN</span><span class="ten-2">TRƯỜNG THCS PHAN BỘI CHÂU</span></div></div>
        <div class="pull-right">
          <form class="search-form" action="/search" method="GET" role="search">
            <input type="text" name="q" class="search-field" value="" placeholder="Tìm kiếm...">
            <button class="search-submit" type="submit"><i class="ion-search"></i></button>
          </form>
        </div>
      </div>
    </nav>
  </div>
  <div class="header-navigation">
    <div class="container">
      <div class="navigation-wrap navigation">
        {_menu(active)}
      </div>
    </div>
  </div>
</header>"""


def _widget(title: str, body: str, wid: str) -> str:
    return (
        f'<div class="widget widget__sidebar {wid}"><div class="widget__header"><h3 class="widget__title">'
        f'{esc(title)}</h3></div><div class="widget__content">{body}</div></div>'
    )


def _sidebar() -> str:
    tb = "".join(
        f'<li><i class="ion-ios-arrow-right"></i> <a href="{_post_url(s)}">{_t(s, s.title)}</a> '
        f'<span class="moi">Mới</span></li>'
        for s in _in_cat("thong-bao")
    )
    docnhieu = "".join(
        f'<li><div class="post__thumbnail"><img src="{_thumb(s.opts["thumb"], "150x150")}" alt=""></div>'
        f'<div class="post__content-wrap"><a href="{_post_url(s)}">{_t(s, s.title)}</a>'
        f'<span class="lx"><i class="ion-eye"></i> {_views(s)}</span></div></li>'
        for s in sorted(ARTICLES, key=lambda s: -s.opts["views"])[:4]
    )
    noibat = (
        f'<div class="custom-html"><ul class="tin-nb">'
        f'<li><a href="/{A2.slug}">» Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a></li>'
        f'<li><a href="/{B1.slug}">» Chuyên đề Ngữ văn: Dạy học đọc hiểu theo thể loại</a></li>'
        "</ul></div>"
    )
    video = (
        f'<div class="vd-sb"><a href="{_post_url(VIDEO)}"><img src="{_thumb(VIDEO.opts["thumb"], "540x360")}" '
        f'alt=""><span class="play"><i class="ion-play"></i></span></a><p><a href="{_post_url(VIDEO)}">'
        f"{esc(VIDEO.title)}</a></p></div>"
    )
    albums = "".join(
        f'<a href="/thu-vien-anh/{slug}" title="{esc(name)}"><img src="{folder}/anh-bia-150x150.jpg" alt=""></a>'
        for slug, (name, folder, _n, _d) in ALBUMS.items()
    )
    links = (
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://danang.edu.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>'
        '<option value="https://hoatien.danang.gov.vn">UBND xã Hòa Tiến</option>'
        '<option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>'
        "</select>"
    )
    poll = (
        '<form action="/binh-chon" method="POST" class="poll-pbc"><input type="hidden" name="_token" '
        'value="q8Xh2mT5bKcW1oPz9LrNfV3sYdJ6uAeG4iHkC7nB"><input type="hidden" name="poll_id" value="3">'
        "<p><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p>"
        '<label><input type="radio" name="answer" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="answer" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="answer" value="3"> Cần cải thiện thêm</label><br>'
        '<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button></form>'
    )
    counter = (
        '<table class="wg-thongke"><tr><td><i class="ion-person"></i> Đang online:</td><td>27</td></tr>'
        "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Hôm qua:</td><td>538</td></tr>"
        "<tr><td>Tháng này:</td><td>2.197</td></tr><tr><td>Tổng truy cập:</td><td>1.284.537</td></tr></table>"
    )
    return (
        '<aside class="col-lg-3 col-md-4 sidebar-pbc">'
        + _widget("Thông báo", f'<ul class="ds-tb">{tb}</ul>', "wg-tb")
        + _widget("Đọc nhiều", f'<ul class="list-post--sidebar">{docnhieu}</ul>', "wg-dn")
        + _widget("Tin nổi bật", noibat, "widget_custom_html wg-4")
        + _widget("Video", video, "wg-vd")
        + _widget("Thư viện ảnh", f'<div class="tva-sb">{albums}</div>', "wg-tva")
        + _widget("Liên kết website", links, "wg-lk")
        + _widget("Thăm dò ý kiến", poll, "wg-poll")
        + _widget("Thống kê truy cập", counter, "wg-tk")
        + "</aside>"
    )


_FOOTER = """<footer class="page-footer bg-dark pt-50">
  <div class="container">
    <div class="row">
      <div class="col-md-6">
        <aside class="widget widget--transparent widget__footer">
          <div class="widget__header"><h3 class="widget__title">TRƯỜNG THCS PHAN BỘI CHÂU</h3></div>
          <div class="widget__content"><div class="person-detail">
            <p><i class="ion-home"></i> Địa chỉ: thôn Lệ Sơn 1, xã Hòa Tiến, thành phố Đà Nẵng</p>
            <p><i class="ion-ios-telephone"></i> Điện thoại: 0236 3846 215</p>
            <p><i class="ion-email"></i> Email: c2phanboichau.hoatien@danang.edu.vn</p>
            <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thành</p>
          </div></div>
        </aside>
      </div>
      <div class="col-md-6">
        <aside class="widget widget--transparent widget__footer">
          <div class="widget__header"><h3 class="widget__title">Kết nối với chúng tôi</h3></div>
          <div class="widget__content"><ul class="list list--light list--fadeIn">
            <li><a href="https://www.facebook.com/thcsphanboichau.hoatien" target="_blank" rel="nofollow"><i class="ion-social-facebook"></i> Fanpage nhà trường</a></li>
            <li><a href="https://www.youtube.com/@thcsphanboichauhoatien" target="_blank" rel="nofollow"><i class="ion-social-youtube"></i> Kênh YouTube</a></li>
          </ul></div>
        </aside>
      </div>
    </div>
  </div>
  <div class="page-footer__bottom">
    <div class="container"><div class="row">
      <div class="col-md-8"><div class="page-copyright"><p>© 2026 Bản quyền thuộc về Trường THCS Phan Bội Châu. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div>
      <div class="col-md-4 text-right"><p class="tk-web">Thiết kế bởi <a href="https://dnweb.vn" target="_blank" rel="nofollow">ĐN Web</a></p></div>
    </div></div>
  </div>
</footer>
<div id="back2top"><i class="fa fa-angle-up"></i></div>
<script src="/themes/ripple/plugins/jquery/jquery.min.js"></script>
<script src="/themes/ripple/plugins/lazysizes/lazysizes.min.js"></script>
<script src="/themes/ripple/js/core.js?v=7.3.2"></script>
<script src="/vendor/core/plugins/gallery/js/gallery.js?v=1.0.0"></script>"""


def _page(
    request: Request,
    title: str,
    body: str,
    *,
    active: str = "",
    canonical: str | None = None,
    description: str | None = None,
    extra_head: str = "",
    og_type: str = "website",
    og_image: str | None = None,
    status: int = 200,
) -> Response:
    base = base_url(request)
    canonical_url = base + (canonical if canonical is not None else request.path)
    desc = description or "Cổng thông tin điện tử Trường THCS Phan Bội Châu - xã Hòa Tiến, thành phố Đà Nẵng"
    image = base + (og_image or "/storage/general/og-thcs-pbc.jpg")
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta content="width=device-width, initial-scale=1, minimum-scale=1, maximum-scale=5, user-scalable=1" name="viewport"/>
    <meta name="csrf-token" content="q8Xh2mT5bKcW1oPz9LrNfV3sYdJ6uAeG4iHkC7nB">
    <link rel="preconnect" href="https://fonts.googleapis.com">
    <title>{title} | {SITE}</title>
    <meta name="description" content="{esc(desc)}">
    <meta property="og:site_name" content="{SITE}">
    <meta property="og:description" content="{esc(desc)}">
    <meta property="og:url" content="{canonical_url}">
    <meta property="og:title" content="{title}">
    <meta property="og:image" content="{image}">
    <meta property="og:type" content="{og_type}">
    <meta name="twitter:title" content="{title}">
    <link rel="canonical" href="{canonical_url}">
    <link rel="shortcut icon" href="/storage/general/favicon.png">
    <link media="all" type="text/css" rel="stylesheet" href="/themes/ripple/plugins/ionicons/css/ionicons.min.css">
    <link media="all" type="text/css" rel="stylesheet" href="/themes/ripple/css/style.css?v=7.3.2">
    <link media="all" type="text/css" rel="stylesheet" href="/themes/ripple/css/pbc-custom.css?v=1.4">
    <link media="all" type="text/css" rel="stylesheet" href="/vendor/core/plugins/gallery/css/gallery.css?v=1.0.0">
{extra_head}
</head>
<body class="body-pbc">
<div id="alert-container"></div>
{_header(active)}
{body}
{_FOOTER}
</body>
</html>"""
    return html(doc, status=status)


def _intro(name_html: str, crumbs: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in crumbs:
        if href:
            lis.append(f'<li><a href="{href}">{label}</a></li>')
        else:
            lis.append(f'<li class="active">{label}</li>')
    return f"""<section class="section page-intro pt-100 pb-100 bg-cover" style="background-image: url(/storage/general/banner-trang-trong.jpg)">
  <div class="bg-overlay"></div>
  <div class="container">
    <h1 class="page-intro__title">{name_html}</h1>
    <ul class="breadcrumb">{"".join(lis)}</ul>
  </div>
</section>"""


def _with_sidebar(main: str) -> str:
    return f"""<section class="section pt-50 pb-100">
  <div class="container">
    <div class="row">
      <div class="col-lg-9 col-md-8">
        <div class="page-content">
{main}
        </div>
      </div>
      {_sidebar()}
    </div>
  </div>
</section>"""


def _cat_crumbs(slug: str) -> list[tuple[str, str | None]]:
    name, parent = CATS[slug]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if parent:
        crumbs.append((esc(CATS[parent][0]), f"/danh-muc/{parent}"))
    crumbs.append((esc(name), f"/danh-muc/{slug}"))
    return crumbs


# --- pages ------------------------------------------------------------------------------------


def _post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = story.opts["cats"][0]
    title_html = _t(story, story.title)
    crumbs = [*_cat_crumbs(cat), (title_html, None)]
    cat_links = ", ".join(f'<a href="/danh-muc/{c}">{esc(CATS[c][0])}</a>' for c in story.opts["cats"])
    share_url = quote_plus(base + _post_url(story))
    if story is VIDEO:
        content = (
            '<div class="video-pbc"><div class="embed-responsive embed-responsive-16by9">'
            '<iframe src="https://www.youtube.com/embed/Qx7bV2hN4kE" title="Lễ khai giảng năm học 2026 - 2027" '
            'frameborder="0" allowfullscreen></iframe></div></div>'
            "<p>Video: Lễ khai giảng năm học 2026 - 2027 của Trường THCS Phan Bội Châu. Thực hiện: Tổ Văn phòng.</p>"
        )
    else:
        content = render_content(story, base)
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="mo-ta-bv"><strong>{_t(story, story.summary)}</strong></div>'
    tags = ""
    if story.opts["tags"]:
        tags = (
            '<div class="post__tags"><i class="ion-pricetags"></i> Từ khóa: '
            + ", ".join(f'<a href="/tag/{t}">{esc(TAGS[t])}</a>' for t in story.opts["tags"])
            + "</div>"
        )
    same = [s for s in _in_cat(cat) if s is not story][:2]
    related = "".join(
        f"""<div class="col-md-6"><article class="post post__vertical post__vertical--single">
  <div class="post__thumbnail"><img src="{_thumb(s.opts["thumb"], "540x360")}" alt="{_t(s, s.title)}"><a href="{_post_url(s)}" class="post__overlay"></a></div>
  <div class="post__content-wrap"><header class="post__header"><h3 class="post__title"><a href="{_post_url(s)}">{_t(s, s.title)}</a></h3>
  <div class="post__meta"><span class="post__created-at"><i class="ion-clock"></i> {_short_month(s)}</span></div></header></div>
</article></div>"""
        for s in same
    )
    others = "".join(
        f'<li><a href="{_post_url(s)}">{_t(s, s.title)}</a> <span class="ngay-nho">({_created(s):%d/%m/%Y})</span></li>'
        for s in _newest([p for p in POSTS if p is not story and p is not VIDEO])[:5]
    )
    desc = story.summary or _excerpt(story, 155)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": base + _post_url(story)},
        "headline": unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title,
        "image": [base + story.opts["thumb"]],
        "datePublished": _utc(story, "created"),
        "dateModified": _utc(story, "updated"),
        "author": {"@type": "Person", "name": story.opts["account"]},
        "publisher": {"@type": "Organization", "name": SITE},
    }
    extra_head = (
        '    <script type="application/ld+json">'
        + json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
        + "</script>"
    )
    article = f"""<article class="post post--single" id="bv-{story.id}">
  <header class="post__header">
    <h3 class="post__title">{title_html}</h3>
    <div class="post__meta">
      <span class="post-category"><i class="ion-cube"></i> {cat_links}</span>
      <span class="post__created-at"><i class="ion-clock"></i> {_vn_datetime(story)}</span>
      <span class="post__author"><i class="ion-android-person"></i> <span>{esc(story.opts["account"])}</span></span>
      <span class="post__views"><i class="ion-eye"></i> {_views(story)}</span>
    </div>
    <div class="cong-cu-bv">
      <span class="cc-co-chu">Cỡ chữ: <a href="javascript:void(0)" data-fs="-1">A-</a> <a href="javascript:void(0)" data-fs="1">A+</a></span>
      <a href="javascript:window.print();" class="cc-in"><i class="ion-printer"></i> In bài</a>
      <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="cc-fb"><i class="ion-social-facebook"></i> Chia sẻ</a>
      <div class="zalo-share-button" data-href="{base}{_post_url(story)}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
    </div>
  </header>
  {sapo}
  <div class="post__content">
    <div class="ck-content">
{content}
    </div>
  </div>
  <div class="ngay-cn"><em>Cập nhật lần cuối: {_dt.datetime.strptime(story.opts["updated"], "%Y-%m-%d %H:%M"):%d/%m/%Y - %H:%M}</em></div>
  <footer class="post__footer">
    <div class="row">
      <div class="col-lg-7">{tags}</div>
      <div class="col-lg-5 text-right"><div class="post__social"><ul class="list--social">
        <li><a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" class="hi-icon fa fa-facebook" target="_blank"><i class="ion-social-facebook"></i></a></li>
        <li><a href="https://twitter.com/intent/tweet?url={share_url}" class="hi-icon fa fa-twitter" target="_blank"><i class="ion-social-twitter"></i></a></li>
        <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url={share_url}" class="hi-icon fa fa-linkedin" target="_blank"><i class="ion-social-linkedin"></i></a></li>
      </ul></div></div>
    </div>
  </footer>
  <div class="fb-like" data-href="{base}{_post_url(story)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div>
</article>
<div class="post-related khoi-lq">
  <div class="tieu-de-khoi"><h4>Bài viết liên quan</h4></div>
  <div class="row">{related}</div>
</div>
<div class="tin-khac-bv">
  <div class="tieu-de-khoi"><h4>Các tin khác</h4></div>
  <ul>{others}</ul>
</div>"""
    body = _intro(esc(CATS[cat][0]), crumbs) + _with_sidebar(article)
    return _page(
        request,
        title_html,
        body,
        active=f"/danh-muc/{cat}",
        canonical=_post_url(story),
        description=desc,
        extra_head=extra_head,
        og_type="article",
        og_image=story.opts["thumb"],
    )


def _listing_items(stories: list[Story]) -> str:
    out = []
    for s in stories:
        out.append(f"""<article class="post post__horizontal mb-40 clearfix">
  <div class="post__thumbnail"><img src="{_thumb(s.opts["thumb"], "540x360")}" alt="{_t(s, s.title)}"><a href="{_post_url(s)}" class="post__overlay"></a></div>
  <div class="post__content-wrap">
    <header class="post__header">
      <h3 class="post__title"><a href="{_post_url(s)}">{_t(s, s.title)}</a></h3>
      <div class="post__meta"><span class="post__created-at"><i class="ion-clock"></i> {_short_month(s)}</span>
        <span class="post__author"><i class="ion-android-person"></i><span>{esc(s.opts["account"])}</span></span>
        <span class="post-category"><i class="ion-cube"></i><a href="/danh-muc/{s.opts["cats"][0]}">{esc(CATS[s.opts["cats"][0]][0])}</a></span></div>
    </header>
    <div class="post__content"><p data-number-of-characters="300">{_t(s, _excerpt(s))}</p></div>
  </div>
</article>""")
    return "\n".join(out)


def _pager(request: Request, path: str, page: int, last: int, extra: str = "") -> str:
    if last <= 1:
        return ""
    base = base_url(request)

    def href(n: int) -> str:
        return f"{base}{path}?{extra}page={n}"

    items = []
    if page <= 1:
        items.append('<li class="page-item disabled" aria-disabled="true" aria-label="« Trước"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>')
    else:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page - 1)}" rel="prev" aria-label="« Trước">&lsaquo;</a></li>')
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if page >= last:
        items.append('<li class="page-item disabled" aria-disabled="true" aria-label="Sau »"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>')
    else:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page + 1)}" rel="next" aria-label="Sau »">&rsaquo;</a></li>')
    return f'<div class="page-pagination text-right"><nav><ul class="pagination">{"".join(items)}</ul></nav></div>'


def _page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _listing(request: Request, stories: list[Story], path: str, extra: str = "") -> str:
    page = _page_number(request)
    last = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    if not chunk:
        return '<div class="alert alert-warning"><p>Không có bài viết nào!</p></div>'
    return _listing_items(chunk) + _pager(request, path, page, last, extra)


def _category_page(request: Request, slug: str) -> Response:
    name = CATS[slug][0]
    crumbs = _cat_crumbs(slug)
    crumbs[-1] = (esc(name), None)
    main = _listing(request, _in_cat(slug), f"/danh-muc/{slug}")
    page = _page_number(request)
    title = esc(name) + (f" - Trang {page}" if page > 1 else "")
    return _page(request, title, _intro(esc(name), crumbs) + _with_sidebar(main), active=f"/danh-muc/{slug}")


def _tag_page(request: Request, slug: str) -> Response:
    name = TAGS[slug]
    stories = _newest([s for s in POSTS if slug in s.opts["tags"]])
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), (f"Tag: {esc(name)}", None)]
    main = _listing(request, stories, f"/tag/{slug}")
    return _page(request, f"Tag: {esc(name)}", _intro(esc(name), crumbs) + _with_sidebar(main))


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def _search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Tìm kiếm", None)]
    if not q:
        main = '<div class="alert alert-warning"><p>Vui lòng nhập từ khóa cần tìm!</p></div>'
    else:
        found = _newest([s for s in POSTS if _fold(q) in _fold(s.title)])
        head = f'<p class="kq-tk">Tìm thấy {len(found)} kết quả cho từ khóa “{esc(q)}”</p>'
        main = head + (_listing(request, found, "/search", f"q={quote_plus(q)}&") if found else "")
    return _page(request, "Tìm kiếm", _intro("Kết quả tìm kiếm", crumbs) + _with_sidebar(main))


def _home(request: Request) -> Response:
    featured = [s for s in _newest(ARTICLES) if s.opts.get("featured")]
    slides = "".join(
        f"""<div class="post-group__item"><article class="post post__inside post__inside--feature">
  <div class="post__thumbnail"><img src="{_thumb(s.opts["thumb"], "540x360")}" alt="{_t(s, s.title)}"><a href="{_post_url(s)}" class="post__overlay"></a></div>
  <header class="post__header"><h3 class="post__title"><a href="{_post_url(s)}">{_t(s, s.title)}</a></h3>
  <div class="post__meta"><span class="created__month">{_created(s):%d/%m/%Y}</span></div></header>
</article></div>"""
        for s in featured
    )

    def block(slug: str, n: int) -> str:
        stories = _in_cat(slug)[:n]
        first, rest = stories[0], stories[1:]
        lead = f"""<div class="col-md-6 tin-dau"><a href="{_post_url(first)}"><img src="{_thumb(first.opts["thumb"], "540x360")}" alt=""></a>
<h4><a href="{_post_url(first)}">{_t(first, first.title)}</a></h4><p class="tg">{_short_month(first)}</p><p>{_t(first, _excerpt(first))}</p></div>"""
        lst = "".join(
            f'<li><a href="{_post_url(s)}">{_t(s, s.title)}</a> <span class="tg">{_short_month(s)}</span></li>' for s in rest
        )
        return f"""<div class="khoi-tin kt-{slug}">
  <div class="khoi-tin__tieude"><h2><a href="/danh-muc/{slug}">{esc(CATS[slug][0])}</a></h2><a class="xem-tat-ca" href="/danh-muc/{slug}">Xem tất cả »</a></div>
  <div class="row">{lead}<div class="col-md-6"><ul class="ds-tin">{lst}</ul></div></div>
</div>"""

    main = f"""<div class="post-group post-group--hero"><div class="post-group__header"><h3 class="post-group__title">Tin nổi bật</h3></div>
<div class="post-group__content"><div class="row">{slides}</div></div></div>
{block("tin-tuc-su-kien", 3)}
{block("hoat-dong-chuyen-mon", 3)}
{block("doan-doi", 2)}"""
    body = _with_sidebar(main)
    return _page(request, "Trang chủ", body, active="/", canonical="/")


def _intro_page(request: Request) -> Response:
    content = """<article class="post post--single"><div class="post__content"><div class="ck-content">
<p style="text-align: justify;">Trường THCS Phan Bội Châu được thành lập năm 1985 trên cơ sở tách ra từ Trường Phổ thông cấp 1-2 Hòa Tiến. Trải qua hơn 40 năm xây dựng và phát triển, nhà trường đã không ngừng lớn mạnh về quy mô và chất lượng giáo dục.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 24 lớp với 912 học sinh; tổng số cán bộ, giáo viên, nhân viên là 58 người, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Trường đạt Kiểm định chất lượng giáo dục cấp độ 3 và chuẩn quốc gia mức độ 2 năm 2023.</p>
<h4>Ban Giám hiệu</h4>
<table class="table table-bordered" border="1" cellpadding="5"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Nguyễn Văn Thành</td><td>Hiệu trưởng</td><td>0905 214 367</td></tr>
<tr><td>Trần Văn Khánh</td><td>Phó Hiệu trưởng</td><td>0935 486 102</td></tr>
<tr><td>Phạm Thị Lan Anh</td><td>Phó Hiệu trưởng</td><td>0914 772 519</td></tr>
</tbody></table>
</div></div></article>"""
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Giới thiệu chung", None)]
    return _page(request, "Giới thiệu chung", _intro("Giới thiệu chung", crumbs) + _with_sidebar(content), active="/gioi-thieu")


def _contact_page(request: Request) -> Response:
    content = """<div class="row lien-he-pbc">
<div class="col-md-6"><h4>TRƯỜNG THCS PHAN BỘI CHÂU</h4>
<p>Địa chỉ: thôn Lệ Sơn 1, xã Hòa Tiến, thành phố Đà Nẵng</p><p>Điện thoại: 0236 3846 215</p>
<p>Email: c2phanboichau.hoatien@danang.edu.vn</p>
<iframe src="https://maps.google.com/maps?q=THCS%20Phan%20B%E1%BB%99i%20Ch%C3%A2u%20H%C3%B2a%20Ti%E1%BA%BFn&amp;output=embed" width="100%" height="260" frameborder="0"></iframe></div>
<div class="col-md-6"><form method="POST" action="/contact/send" class="contact-form">
<input type="hidden" name="_token" value="q8Xh2mT5bKcW1oPz9LrNfV3sYdJ6uAeG4iHkC7nB">
<div class="form-group"><input type="text" class="form-control" name="name" placeholder="Họ và tên *"></div>
<div class="form-group"><input type="email" class="form-control" name="email" placeholder="Email *"></div>
<div class="form-group"><input type="text" class="form-control" name="phone" placeholder="Số điện thoại"></div>
<div class="form-group"><input type="text" class="form-control" name="subject" placeholder="Tiêu đề"></div>
<div class="form-group"><textarea name="content" class="form-control" rows="5" placeholder="Nội dung *"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form></div>
</div>"""
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Liên hệ", None)]
    return _page(request, "Liên hệ", _intro("Liên hệ", crumbs) + _with_sidebar(content), active="/lien-he")


_DOCS = [
    ("152/TB-THCSPBC", "30/11/2026", "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027", "tb-152-lich-kiem-tra-cuoi-hki.pdf"),
    ("138/KH-THCSPBC", "05/11/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027", "kh-138-hoi-thi-gvdg.pdf"),
    ("112/KH-THCSPBC", "02/10/2026", "Kế hoạch chuyển đổi số năm học 2026 - 2027", "kh-112-chuyen-doi-so.pdf"),
    ("95/QĐ-THCSPBC", "15/09/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "qd-95-quy-che-chi-tieu-noi-bo.pdf"),
]


def _docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td>{esc(so)}</td><td>{d}</td><td>{esc(t)}</td>'
        f'<td><a href="/storage/van-ban/2026/{f}" target="_blank"><i class="ion-document-text"></i> Tải về</a></td></tr>'
        for i, (so, d, t, f) in enumerate(_DOCS, 1)
    )
    content = f"""<div class="ck-content"><table class="table table-striped table-bordered vb-pbc">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Văn bản - Biểu mẫu", None)]
    return _page(request, "Văn bản - Biểu mẫu", _intro("Văn bản - Biểu mẫu", crumbs) + _with_sidebar(content), active="/van-ban-bieu-mau")


def _gallery_index(request: Request) -> Response:
    cards = "".join(
        f"""<div class="col-md-6 gallery-item"><div class="img-wrap"><a href="/thu-vien-anh/{slug}"><img src="{folder}/anh-bia-540x360.jpg" alt="{esc(name)}"></a></div>
<div class="gallery-detail"><div class="gallery-title"><a href="/thu-vien-anh/{slug}">{esc(name)}</a></div><div class="gallery-author">{n} ảnh - {day}</div></div></div>"""
        for slug, (name, folder, n, day) in ALBUMS.items()
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Thư viện ảnh", None)]
    main = f'<div class="gallery-wrap"><div class="row">{cards}</div></div>'
    return _page(request, "Thư viện ảnh", _intro("Thư viện ảnh", crumbs) + _with_sidebar(main), active="#")


def _album(request: Request, slug: str) -> Response:
    name, folder, n, day = ALBUMS[slug]
    photos = "".join(
        f'<div class="col-md-4 col-sm-6 item" data-src="{folder}/anh-{i:02d}.jpg" data-sub-html="{esc(name)} ({i}/{n})">'
        f'<img src="{folder}/anh-{i:02d}-300x200.jpg" alt="{esc(name)}"></div>'
        for i in range(1, n + 1)
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (esc(name), None)]
    main = f"""<div class="gallery-detail-pbc"><h3 class="post__title">{esc(name)}</h3>
<p class="tg"><i class="ion-clock"></i> {day} &nbsp; <i class="ion-images"></i> {n} ảnh</p>
<div id="list-photo" class="row">{photos}</div></div>"""
    return _page(request, esc(name), _intro("Thư viện ảnh", crumbs) + _with_sidebar(main), active="#")


def _not_found(request: Request) -> Response:
    body = _with_sidebar(
        '<div class="page-404"><h2>404</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
        '<p><a href="/">« Quay lại trang chủ</a></p></div>'
    )
    return _page(request, "Không tìm thấy trang", body, status=404)


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [("/", "2026-12-05")]
    for s in POSTS:
        urls.append((_post_url(s), s.opts["updated"][:10]))
    urls.append((f"/tin-tuc/{STALE_SLUG}", "2026-09-03"))
    urls += [(f"/danh-muc/{c}", "2026-12-04") for c in CATS]
    urls += [(f"/tag/{t}", "2026-12-04") for t in TAGS]
    urls += [("/gioi-thieu", "2026-09-01"), ("/lien-he", "2026-09-01"), ("/van-ban-bieu-mau", "2026-12-02")]
    urls += [(f"/thu-vien-anh/{a}", "2026-11-21") for a in ALBUMS]
    body = "".join(f"<url><loc>{base}{u}</loc><lastmod>{d}T00:00:00+07:00</lastmod></url>" for u, d in urls)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + body
        + "</urlset>"
    )
    return Response(200, xml, {"Content-Type": "text/xml; charset=utf-8"})


_OLD_SLUG = re.compile(r"^/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/storage/", "/themes/", "/vendor/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path) or _not_found(request)
        if request.method == "POST":
            if path == "/contact/send":
                return redirect("/lien-he")
            if path == "/binh-chon":
                return redirect("/")
            return _not_found(request)
        if path == "/":
            return _home(request)
        if path == "/robots.txt":
            return Response(
                200,
                f"User-agent: *\nDisallow: /admin\nSitemap: {base_url(request)}/sitemap.xml\n",
                {"Content-Type": "text/plain"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path.startswith("/tin-tuc/"):
            story = BY_SLUG.get(path[len("/tin-tuc/") :])
            return _post_page(request, story) if story else _not_found(request)
        if path.startswith("/danh-muc/"):
            slug = path[len("/danh-muc/") :]
            return _category_page(request, slug) if slug in CATS else _not_found(request)
        if path.startswith("/tag/"):
            slug = path[len("/tag/") :]
            return _tag_page(request, slug) if slug in TAGS else _not_found(request)
        if path == "/search":
            return _search_page(request)
        if path == "/thu-vien-anh":
            return _gallery_index(request)
        if path.startswith("/thu-vien-anh/"):
            slug = path[len("/thu-vien-anh/") :]
            return _album(request, slug) if slug in ALBUMS else _not_found(request)
        if path == "/gioi-thieu":
            return _intro_page(request)
        if path == "/lien-he":
            return _contact_page(request)
        if path == "/van-ban-bieu-mau":
            return _docs_page(request)
        m = _OLD_SLUG.match(path)
        if m and m.group(1) in BY_SLUG:
            return redirect(f"{base_url(request)}/tin-tuc/{m.group(1)}", 301)
        return _not_found(request)


def build_site() -> Site:
    return Site()


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    return gold_record(story, _post_url(story), CATS[story.cat][0], canonical_path=_post_url(story), alt_paths=alt or [])


GOLD = [
    _gold(A1),
    _gold(A2, [f"/{A2.slug}", f"{_post_url(A2)}?fbclid={FBCLID}"]),
    _gold(A3),
    _gold(A4),
    _gold(A5),
    _gold(B1, [f"/{B1.slug}"]),
    _gold(B2),
    _gold(B3),
    _gold(B4),
    _gold(B5),
    _gold(C1),
    _gold(C2),
    _gold(D1),
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban-bieu-mau",
    "/thu-vien-anh/ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
    "/thu-vien-anh/hoi-khoe-phu-dong-cap-truong-2026",
    f"/tin-tuc/{VIDEO.slug}",
]
