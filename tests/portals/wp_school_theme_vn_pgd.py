"""WordPress 5.4 with a Vietnamese e-government theme: Phòng GD&ĐT huyện Chợ Gạo (Tiền Giang).

Platform
--------
WordPress 5.4.2 (Classic editor, no WPML) running a commercial theme sold to district offices
("egov-tg", header with the national emblem, "Cổng thông tin điện tử" layout, its own shortcodes
and widgets: ticker "Tin mới", "Văn bản mới", visitor counter, poll). Plugins that show in the
markup: Yoast SEO 14.4 (title/og/JSON-LD, dates in UTC), WP-Print (``/print/`` endpoint),
WP Rocket lazy load (``data-lazy-src``), AddToAny, a text-to-speech plugin ("Nghe đọc bài
viết") hooked on ``the_content``, the theme's documents shortcode ``[vb_lienquan]``.
The WordPress locale is vi: dates are printed with month words ("4 Tháng Mười Hai, 2026") and
times on a 12-hour clock with "sáng"/"chiều"; wptexturize turns quotes and " - " into
numeric entities (&#8220; &#8211;) in titles, category names and text.

URL scheme
----------
- posts: ``/<category>/<slug>.html`` (permalink ``/%category%/%postname%.html``);
  ``/<category>/<slug>.html/2/`` the second page of a post split with ``<!--nextpage-->``;
  ``/<category>/<slug>.html/print/`` WP-Print's view; ``/?p=<id>`` answers 301 to the permalink;
  a post filed in two categories answers 200 under both category paths;
  ``/<category>/<slug>.html/`` answers 301 to the form without the slash;
- categories ``/<category>/`` and ``/<category>/page/<n>/`` (4 posts a page; ``page/1/`` -> 301
  to the category, a page past the end -> 404);
- tags ``/tag/<slug>/``; search ``/?s=…``; feed ``/feed/`` (10 latest, excerpts);
- the theme's own post types: documents ``/van-ban/<slug>.html`` (archive ``/van-ban/``) and
  albums ``/thu-vien-anh/<slug>.html`` (archive ``/thu-vien-anh/``);
- WordPress pages ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/lien-he/`` (same shape as a category).

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), header (emblem, "UBND HUYỆN CHỢ
GẠO / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in the page's only ``<h1>``), menu with drop-downs, a marquee
ticker "Tin mới" (5 latest posts, linked as ``/?p=<id>``), right sidebar (Thông báo, Văn bản
mới, Xem nhiều, Liên kết website as a ``<select>``, poll, "Thống kê truy cập"), footer.
Home: "Tin nổi bật" slider (3), one block per category (3 latest each), Thông báo widget.
Category/tag listing: first post large with excerpt, the others in a list; dates relative
("2 ngày trước") for the last week, dd/mm/yyyy before; WordPress ``paginate_links`` pager.
Single (default template): breadcrumb, headline in ``<h2 class="td-ctbv">`` (plus the theme's
"new.gif" for posts of the last 3 days), meta line (date, time, "Người đăng", views), tools,
an optional "mota-ctbv" sapo box, then ``<div class="nd-ctbv">`` holding the TTS player, the
text, and AddToAny; then tags, "Các tin khác" (the 3 newest other posts of the category),
"Bình luận đã bị đóng.". Single of "Thông báo": a date-only line "Ngày đăng: 02/12/2026".

How each gold article is reached
--------------------------------
- tin-tuc-su-kien (6 posts): page 1 holds a, b, c, d; page 2 holds e, f (only there).
- hoat-dong-chuyen-mon (5 posts): page 1 holds g, h, i, j; page 2 holds k (only there).
- thong-bao (2 posts): l, m on page 1, also in the sidebar widget and the ticker.
- cong-doan-doan-the: b only (its second category).
The home page links a, b, c, g, h, i, l, m; "Các tin khác" lists never reach e, f, k (they list
the newest posts); e, f, k carry no tags, are not in the feed (10 latest) nor in "Xem nhiều".

Traps
-----
1. Headline not in ``<h1>``: the header's unit name is the page's only ``<h1>``; the headline is
   ``<h2 class="td-ctbv">``; Yoast's ``<title>``/og:title is an edited SEO title for some posts
   ("Hội thi GVDG cấp huyện bậc Tiểu học 2026-2027 | PGD Chợ Gạo"); fresh posts carry the theme's
   ``<img src=".../new.gif" alt="Mới">`` inside the headline. Gold title: the headline's text only.
2. Vietnamese WordPress dates: "Thứ Năm, 3 Tháng Mười Hai, 2026" + "2:30 chiều" (12-hour clock,
   sáng/chiều): gold "2026-12-03T14:30:00+07:00"; "12:20 chiều" is 12:20; "12:00 sáng" is
   midnight -> the day alone ("2026-11-20"), while Yoast's article:published_time and JSON-LD give
   the instant in UTC ("2026-11-19T17:00:00+00:00": the day before). Post d prints "Cập nhật:
   15/11/2026 4:40 chiều" before its publication date: gold is the publication date.
3. Plugins inside the text's container ``div.nd-ctbv``: a text-to-speech box at its top
   ("Nghe đọc bài viết", a voice ``<select>``, ``<audio>`` fallback text), AddToAny's "Chia sẻ bài
   viết:" at its bottom, and in post g the theme's ``[vb_lienquan]`` shortcode rendered as a
   table "Văn bản liên quan" (Số/Ký hiệu | Ngày ban hành | Trích yếu | Tải về). None is body (the
   table's rows are a widget's, not the text's table rows).
4. WP Rocket lazy images (post e): ``src`` is an SVG ``data:`` placeholder, the photo is in
   ``data-lazy-src`` and again in a ``<noscript><img src>``: gold, one image per photo with the
   ``data-lazy-src`` path; the italic line under it is its caption ("(Trao cờ …)" loses its
   parentheses).
5. A post split with ``<!--nextpage-->`` (post j): "Trang: 1 2" links page 2 at ``…html/2/``,
   whose Yoast canonical is itself. Gold: one article at page 1's path whose body and images are
   both pages' in order (the byline is on page 2); ``…html/2/`` is in alt_paths.
6. Duplicates: post b is filed in two categories and answers 200 under both
   ``/tin-tuc-su-kien/…`` and ``/cong-doan-doan-the/…`` (the vendor's category template builds
   each link from the category being listed, so the "Công đoàn – Đoàn thể" page links the second
   form; canonical the first, breadcrumb the primary "Tin tức – Sự kiện"); every post has WP-Print's ``…html/print/`` ("In bài viết",
   rel=nofollow, robots noindex) with the full text; the ticker links ``/?p=<id>`` (301).
   All these go in alt_paths; the gold path is the permalink.
7. Same URL shapes for non-articles: the theme's document entries ``/van-ban/<slug>.html`` look
   exactly like posts (title, date, body-like table) and albums ``/thu-vien-anh/<slug>.html``
   too; WordPress pages ``/gioi-thieu/`` look like categories. They are NON_ARTICLES.
8. Leftover shortcode of a deactivated plugin (post k): a paragraph ``[tg_tailieu id="733"
   kieu="nut"]`` printed as text. Not body (it is markup nobody wrote as text).
9. Emoji stored as hex references (utf8, not utf8mb4, database: ``wp_encode_emoji``) in post m:
   ``&#x1f449; Cán bộ…`` -> the body keeps "👉 Cán bộ…" (a typed character, not a picture).
10. wptexturize: titles and category names printed with ``&#8220;``/``&#8221;``/``&#8211;``; the
    breadcrumb prints "Tin tức &#8211; Sự kiện": gold category "Tin tức – Sự kiện" (en dash).
11. Bylines in many forms: every single prints "Người đăng: quantri" (a CMS account: nobody);
    post g's author is a custom field in the meta line "Tác giả: ThS. Phạm Quốc Việt" -> "Phạm
    Quốc Việt"; closing lines "Tin, ảnh: Lê Văn Tâm" (author and photographer), "Bài: CTV Trần
    Minh Khoa – Ảnh: Huỳnh Ngọc Duyên" (CTV = contributor, dropped), "Nguyễn Thị Thu Hà<br>(Trường
    TH Bình Phục Nhứt)" (unit dropped), a unit alone ("Tổ Phổ thông", "Tổ Mầm non", "Công đoàn
    ngành Giáo dục huyện") as printed, "BBT" (nobody); a caption "Ảnh: Võ Thị Mỹ Tiên" only credits
    a photographer (caption None).
12. Thông báo singles use the theme's date-only template ("Ngày đăng: 27/11/2026") while Yoast
    still prints a time in UTC: gold is the day alone; post l is an official notice (letterhead
    table, "THÔNG BÁO" and subject lines, "Nơi nhận"/signer table, a "Tải về" line): body without
    them, date the letterhead's "ngày 30 tháng 11 năm 2026", author the signer.
13. Post h was typed with Unikey's "Unicode tổ hợp": its text is decomposed (NFD); gold is NFC.

Gold decisions on ambiguous points
----------------------------------
- Images: the ``<img>``'s path as printed (``src``, or ``data-lazy-src`` for lazy ones), not the
  full-size file its link opens; gallery thumbnails (-300x200) are the article's photos, in order,
  with the gallery's captions.
- The multi-page post is one article (trap 5); its print view shows both pages.
- "Xem thêm: <link>" and "Tải về: …" lines are not body; a "– " typed at the start of a line after
  ``<br>`` is text and stays.
- Post c: "Ảnh: Võ Thị Mỹ Tiên" is a photographer; the unit line "Công đoàn ngành Giáo dục huyện"
  is its author.
- The Thông báo m has no author ("BBT"); its date is the printed day 2026-11-27.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
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

NAME = "wp_school_theme_vn_pgd"
PLATFORM = "WordPress 5.4 + Vietnamese e-government theme (Classic editor, Yoast, WP-Print, WP Rocket)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Chợ Gạo"
THEME = "/wp-content/themes/egov-tg"
PER_PAGE = 4
TODAY = datetime(2026, 12, 5, 9, 30)
HEADER_DATE = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "cong-doan-doan-the": "Công đoàn – Đoàn thể",
}
TAGS = {
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "hoc-bong": "học bổng",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
}

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def vi_date(d: datetime, weekday: bool = True) -> str:
    day = f"{d.day} {_MONTHS[d.month - 1]}, {d.year}"
    return f"{_WEEKDAYS[d.weekday()]}, {day}" if weekday else day


def vi_time(d: datetime) -> str:
    h12 = d.hour % 12 or 12
    return f"{h12}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def utc_iso(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "…": "&#8230;"}


def tx(value: str) -> str:
    """Escape and texturize the way WordPress prints titles and text."""
    out = esc(value) if value else ""
    for ch, ent in _TEXTURIZE.items():
        out = out.replace(ch, ent)
    return out


def emoji_refs(markup: str) -> str:
    return "".join(f"&#x{ord(c):x};" if ord(c) > 0xFFFF else c for c in markup)


# --- the articles --------------------------------------------------------------------------

U12 = "/wp-content/uploads/2026/12"
U11 = "/wp-content/uploads/2026/11"
U10 = "/wp-content/uploads/2026/10"


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{tx(line)}</{tag}></p>')


A = Story(
    id=1588,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:45:00+07:00",
    summary=(
        "Từ ngày 23/11 đến ngày 03/12/2026, Phòng GD&ĐT huyện Chợ Gạo tổ chức Hội thi giáo viên dạy "
        "giỏi cấp huyện bậc Tiểu học năm học 2026-2027 với sự tham gia của 68 giáo viên đến từ 26 "
        "trường tiểu học trong huyện."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm phát hiện, tuyên dương và nhân rộng những giáo viên có năng lực chuyên môn "
            "vững vàng, tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018; "
            "đồng thời tạo điều kiện để đội ngũ giáo viên giao lưu, học hỏi kinh nghiệm lẫn nhau."
        ),
        P(
            "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai "
            "tiết dạy thực hành trên lớp, trong đó có một tiết do giáo viên tự chọn và một tiết do Ban "
            "Tổ chức bốc thăm. Các tiết dạy được tổ chức tại Trường Tiểu học Thị trấn Chợ Gạo, Trường "
            "Tiểu học Long Bình Điền và Trường Tiểu học Hòa Tịnh."
        ),
        P(
            "Qua theo dõi, Ban Giám khảo đánh giá phần lớn giáo viên chuẩn bị bài dạy chu đáo, vận dụng "
            "linh hoạt các kỹ thuật dạy học tích cực, khai thác hiệu quả thiết bị dạy học và học liệu "
            "số. Nhiều tiết dạy tạo được không khí lớp học sôi nổi, học sinh mạnh dạn trao đổi, chia sẻ "
            "ý kiến."
        ),
        Img(
            f"{U12}/hoi-thi-gvdg-th-01-300x200.jpg",
            "Cô Trần Thị Bích Ngọc, Trường TH Long Bình Điền trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô Trần Thị Bích Ngọc, Trường TH Long Bình Điền trong tiết dạy môn Tiếng Việt lớp 3",
            style="gallery",
        ),
        Img(
            f"{U12}/hoi-thi-gvdg-th-02-300x200.jpg",
            "Ban Giám khảo dự giờ tiết dạy môn Toán lớp 5",
            "Ban Giám khảo dự giờ tiết dạy môn Toán lớp 5",
            style="gallery",
        ),
        Img(
            f"{U12}/hoi-thi-gvdg-th-03-300x200.jpg",
            "Học sinh Trường TH Hòa Tịnh hào hứng tham gia hoạt động nhóm",
            "Học sinh Trường TH Hòa Tịnh hào hứng tham gia hoạt động nhóm",
            style="gallery",
        ),
        P(
            "Kết quả, có 52 giáo viên được công nhận giáo viên dạy giỏi cấp huyện, trong đó 14 giáo viên "
            "đạt thành tích xuất sắc sẽ được chọn tham gia bồi dưỡng dự thi cấp tỉnh."
        ),
        P(
            "Phát biểu bế mạc hội thi, bà Nguyễn Thị Kim Loan, Phó Trưởng phòng GD&ĐT huyện đề nghị các "
            "trường tiếp tục tổ chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học, chia sẻ các "
            "tiết dạy hay để lan tỏa kết quả hội thi đến toàn thể đội ngũ."
        ),
        _right("Tin, ảnh: Lê Văn Tâm"),
    ],
    authors=["Lê Văn Tâm"],
    photographers=["Lê Văn Tâm"],
    opts={
        "posted": "2026-12-04 15:45",
        "tags": ["giao-vien-day-gioi"],
        "seo_title": "Hội thi GVDG cấp huyện bậc Tiểu học 2026-2027 | PGD Chợ Gạo",
    },
)

B = Story(
    id=1571,
    slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T09:10:00+07:00",
    blocks=[
        P(
            "Sáng ngày 27/11/2026, Công đoàn ngành Giáo dục huyện Chợ Gạo phối hợp với Hội Khuyến học "
            "huyện tổ chức lễ trao học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, "
            "vượt khó học tốt năm học 2026-2027."
        ),
        P(
            "Năm nay, chương trình nhận được sự đồng hành của nhiều doanh nghiệp, mạnh thường quân và đội "
            "ngũ cán bộ, giáo viên trong ngành với tổng kinh phí vận động hơn 180 triệu đồng. Mỗi suất "
            "học bổng gồm 1.000.000 đồng tiền mặt, một bộ sách giáo khoa và 20 quyển tập.",
            "word",
        ),
        Img(
            f"{U11}/trao-hoc-bong-2026-1024x683.jpg",
            "Lãnh đạo Phòng GD&ĐT và Hội Khuyến học huyện trao học bổng cho các em học sinh",
            "Lãnh đạo Phòng GD&ĐT và Hội Khuyến học huyện trao học bổng cho các em học sinh",
            style="wpcap",
        ),
        P("Số suất học bổng được phân bổ cho các cấp học như sau:", "word"),
        P("Cấp học | Số suất | Kinh phí (đồng)", "tr"),
        P("Mầm non | 15 | 15.000.000", "tr"),
        P("Tiểu học | 60 | 60.000.000", "tr"),
        P("Trung học cơ sở | 45 | 45.000.000", "tr"),
        P(
            "Tại buổi lễ, em Nguyễn Ngọc Bảo Trân, học sinh lớp 8/2 Trường THCS Song Bình xúc động chia "
            "sẻ: “Em cảm ơn thầy cô và các cô chú đã quan tâm, giúp đỡ. Em hứa sẽ cố gắng học thật giỏi "
            "để không phụ lòng mọi người”.",
            "word",
        ),
        P(
            "Dịp này, Ban Tổ chức cũng trao tặng 15 chiếc xe đạp cho học sinh ở các xã Tân Thuận Bình, "
            "Quơn Long và Bình Phan có nhà xa trường.",
            "word",
        ),
        _right("Bài: CTV Trần Minh Khoa – Ảnh: Huỳnh Ngọc Duyên", "em"),
    ],
    authors=["Trần Minh Khoa"],
    photographers=["Huỳnh Ngọc Duyên"],
    opts={"posted": "2026-11-28 09:10", "tags": ["hoc-bong"], "alt_cat": "cong-doan-doan-the"},
)

C = Story(
    id=1556,
    slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20",
    summary=(
        "Chiều ngày 18/11/2026, Phòng GD&ĐT huyện Chợ Gạo long trọng tổ chức họp mặt kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    blocks=[
        P(
            "Chiều ngày 18/11/2026, Phòng GD&ĐT huyện Chợ Gạo long trọng tổ chức họp mặt kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026.",
            "b",
        ),
        P(
            "Đến dự có ông Nguyễn Văn Hùng, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các ban, ngành, "
            "đoàn thể huyện cùng hơn 250 cán bộ quản lý, giáo viên, nhân viên tiêu biểu và các nhà giáo "
            "nghỉ hưu."
        ),
        P(
            "Báo cáo tại buổi họp mặt cho biết, năm học 2025-2026 toàn huyện có 98,6% học sinh tiểu học "
            "hoàn thành chương trình lớp học, 99,2% học sinh lớp 9 được công nhận tốt nghiệp trung học cơ "
            "sở; huyện tiếp tục giữ vững chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi và phổ cập "
            "giáo dục tiểu học mức độ 3."
        ),
        Img(f"{U11}/hop-mat-20-11-2026-800x533.jpg", "Ảnh: Võ Thị Mỹ Tiên", None, style="wpcap"),
        P(
            "“Mỗi thầy giáo, cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học "
            "sinh noi theo”, ông Nguyễn Văn Hùng nhấn mạnh.",
            "quote",
        ),
        P(
            "Nhân dịp này, UBND huyện tặng giấy khen cho 36 tập thể và 112 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; Phòng GD&ĐT huyện tuyên dương "
            "20 nhà giáo tiêu biểu, gắn bó lâu năm với các điểm trường vùng sâu."
        ),
        P(
            "Buổi họp mặt khép lại với chương trình văn nghệ đặc sắc do giáo viên và học sinh các trường "
            "trong huyện biểu diễn, ca ngợi tình thầy trò và sự nghiệp trồng người."
        ),
        _right("Công đoàn ngành Giáo dục huyện"),
    ],
    authors=["Công đoàn ngành Giáo dục huyện"],
    photographers=["Võ Thị Mỹ Tiên"],
    opts={"posted": "2026-11-20 00:00"},
)

D = Story(
    id=1549,
    slug="kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại các xã, thị trấn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T08:05:00+07:00",
    blocks=[
        P(
            "Từ ngày 09/11 đến ngày 11/11/2026, Đoàn kiểm tra của Sở GD&ĐT Tiền Giang do ông Phan Minh "
            "Trí, Phó Trưởng phòng Giáo dục thường xuyên – Chuyên nghiệp làm trưởng đoàn đã kiểm tra "
            "công tác phổ cập giáo dục, xóa mù chữ năm 2026 tại huyện Chợ Gạo."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ phổ cập tại Ban Chỉ đạo huyện và chọn ngẫu nhiên 5 xã, thị trấn để "
            "kiểm tra thực tế gồm: Thị trấn Chợ Gạo, Mỹ Tịnh An, Lương Hòa Lạc, Đăng Hưng Phước và Phú "
            "Kiết."
        ),
        Img(
            f"{U11}/kiem-tra-pho-cap-my-tinh-an-768x512.jpg",
            "Đoàn kiểm tra làm việc tại xã Mỹ Tịnh An",
            "Đoàn kiểm tra làm việc tại xã Mỹ Tịnh An",
            style="em",
        ),
        P(
            "Tại các đơn vị, đoàn đối chiếu sổ theo dõi phổ cập với dữ liệu trên hệ thống thông tin điện "
            "tử quản lý phổ cập giáo dục – xóa mù chữ, đồng thời đến từng hộ gia đình để xác minh trình "
            "độ học vấn của người trong độ tuổi."
        ),
        P(
            "Qua kiểm tra, đoàn ghi nhận huyện Chợ Gạo duy trì vững chắc kết quả phổ cập giáo dục mầm non "
            "cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục trung học cơ sở mức "
            "độ 2 và xóa mù chữ mức độ 2. Hồ sơ được lưu trữ khoa học, số liệu khớp đúng giữa phần mềm "
            "và sổ sách."
        ),
        P(
            "Bên cạnh đó, đoàn cũng lưu ý một số xã cần cập nhật kịp thời biến động dân số do người dân "
            "đi làm ăn xa, và tăng cường mở các lớp xóa mù chữ cho người lớn tuổi ở các ấp còn khó khăn."
        ),
        Raw('<p style="text-align: right;"><strong><em>Nguồn: Sở GD&amp;ĐT Tiền Giang</em></strong></p>'),
    ],
    source="Sở GD&ĐT Tiền Giang",
    opts={"posted": "2026-11-12 08:05", "modified": "2026-11-15 16:40"},
)

E = Story(
    id=1527,
    slug="be-mac-hoi-khoe-phu-dong-huyen-cho-gao-lan-thu-x-nam-2026",
    title="Bế mạc Hội khỏe Phù Đổng huyện Chợ Gạo lần thứ X năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T16:05:00+07:00",
    blocks=[
        P(
            "Chiều ngày 21/10/2026, tại Sân vận động huyện, Ban Tổ chức Hội khỏe Phù Đổng huyện Chợ Gạo "
            "lần thứ X năm 2026 đã tổ chức lễ bế mạc và trao giải cho các tập thể, cá nhân đạt thành tích "
            "cao."
        ),
        P(
            "Sau hơn hai tuần tranh tài sôi nổi, hội khỏe đã thu hút 1.250 vận động viên là học sinh của "
            "48 trường tiểu học, trung học cơ sở trên địa bàn huyện tham gia thi đấu ở 8 môn: điền kinh, "
            "bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu và kéo co."
        ),
        Img(
            f"{U10}/hkpd-chay-60m-nu-1024x683.jpg",
            "Các vận động viên nhí tranh tài ở nội dung chạy 60m nữ",
            "Các vận động viên nhí tranh tài ở nội dung chạy 60m nữ",
            style="lazy",
        ),
        P(
            "Các vận động viên đã thi đấu với tinh thần fair-play, nhiều em thể hiện năng khiếu nổi bật ở "
            "các môn điền kinh và bơi lội. Ban Tổ chức đã trao 186 huy chương vàng, 186 huy chương bạc và "
            "243 huy chương đồng cho các vận động viên."
        ),
        Img(
            f"{U10}/hkpd-trao-co-toan-doan-1024x683.jpg",
            "(Trao cờ cho các đơn vị dẫn đầu toàn đoàn)",
            "Trao cờ cho các đơn vị dẫn đầu toàn đoàn",
            style="lazy",
        ),
        P(
            "Kết quả xếp hạng toàn đoàn: khối trung học cơ sở, giải nhất thuộc về Trường THCS Thị trấn "
            "Chợ Gạo, giải nhì Trường THCS Long Bình Điền, giải ba Trường THCS Hòa Định; khối tiểu học, "
            "giải nhất thuộc về Trường TH Thị trấn Chợ Gạo, giải nhì Trường TH Bình Phục Nhứt, giải ba "
            "Trường TH Xuân Đông."
        ),
        P(
            "Thông qua hội khỏe, Ban Tổ chức sẽ tuyển chọn 96 vận động viên xuất sắc tập huấn, tham gia "
            "Hội khỏe Phù Đổng tỉnh Tiền Giang lần thứ X dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/thu-vien-anh/hoi-khoe-phu-dong-huyen-lan-x.html">'
            "Album ảnh Hội khỏe Phù Đổng huyện lần thứ X</a></p>"
        ),
        _right("Nguyễn Hoàng Phúc"),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    opts={"posted": "2026-10-22 16:05"},
)

F = Story(
    id=1512,
    slug="cho-gao-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Chợ Gạo hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-05T10:30:00+07:00",
    blocks=[
        P(
            "Sáng ngày 03/10/2026, tại Trung tâm Văn hóa – Thể thao huyện, Ban Chỉ đạo xây dựng xã hội học "
            "tập huyện Chợ Gạo tổ chức lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề "
            "“Học tập suốt đời góp phần xây dựng xã hội học tập, phát triển nguồn nhân lực trong kỷ "
            "nguyên số”.",
            "word",
        ),
        P(
            "Trong khuôn khổ Tuần lễ, các trung tâm học tập cộng đồng ở 19 xã, thị trấn sẽ tổ chức các lớp "
            "chuyên đề về kỹ năng sử dụng điện thoại thông minh, dịch vụ công trực tuyến, kỹ thuật trồng "
            "thanh long và nuôi trồng thủy sản cho người dân.",
            "word",
        ),
        P(
            "Các trường học trong huyện đồng loạt phát động phong trào đọc sách, tổ chức ngày hội đọc "
            "sách, trưng bày sách báo và giới thiệu các nguồn học liệu mở cho học sinh và phụ huynh.",
            "word",
        ),
        P(
            "Phát biểu khai mạc, bà Lê Thị Thanh Thúy, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo yêu "
            "cầu các địa phương tiếp tục củng cố hoạt động của trung tâm học tập cộng đồng, gắn việc học "
            "tập với nhu cầu thực tế của người dân để mỗi gia đình, mỗi dòng họ đều trở thành đơn vị học "
            "tập.",
            "word",
        ),
        _right("Theo Báo Ấp Bắc", "em"),
    ],
    source="Báo Ấp Bắc",
    opts={"posted": "2026-10-05 10:30"},
)

G = Story(
    id=1584,
    slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-cap-thcs",
    title="Chuyên đề “Đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018” cấp THCS",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Nhằm giúp giáo viên Toán cấp THCS vận dụng hiệu quả các phương pháp, kỹ thuật dạy học tích "
        "cực, ngày 02/12/2026, Phòng GD&ĐT huyện Chợ Gạo tổ chức chuyên đề “Đổi mới phương pháp dạy "
        "học môn Toán theo Chương trình GDPT 2018” tại Trường THCS Lương Hòa Lạc."
    ),
    blocks=[
        P(
            "Nhằm giúp giáo viên Toán cấp THCS vận dụng hiệu quả các phương pháp, kỹ thuật dạy học tích "
            "cực, ngày 02/12/2026, Phòng GD&ĐT huyện Chợ Gạo tổ chức chuyên đề “Đổi mới phương pháp dạy "
            "học môn Toán theo Chương trình GDPT 2018” tại Trường THCS Lương Hòa Lạc.",
            "b",
        ),
        P(
            "Tham dự chuyên đề có đại diện lãnh đạo Phòng GD&ĐT, cán bộ quản lý và 72 giáo viên dạy Toán "
            "của 21 trường THCS trong huyện."
        ),
        P("Tại chuyên đề, các giáo viên đã dự hai tiết minh họa:"),
        P(
            "Tiết 1: Bài “Định lí Pythagore và ứng dụng” (Toán 8) do cô Huỳnh Thị Mai Anh, Trường THCS "
            "Lương Hòa Lạc thực hiện;",
            "li",
        ),
        P(
            "Tiết 2: Bài “Hàm số y = ax² (a ≠ 0)” (Toán 9) do thầy Đặng Văn Sơn, Trường THCS Thị trấn Chợ "
            "Gạo thực hiện.",
            "li",
        ),
        Img(
            f"{U12}/chuyen-de-toan-thcs-luong-hoa-lac-1024x768.jpg",
            "Tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” lớp 8/3",
            "Tiết dạy minh họa bài “Định lí Pythagore và ứng dụng” lớp 8/3",
            style="wpcap",
        ),
        P(
            "Sau các tiết dạy, giáo viên tham dự tập trung thảo luận về cách tổ chức hoạt động khám phá, "
            "sử dụng phiếu học tập và phần mềm GeoGebra để học sinh tự phát hiện kiến thức, cũng như cách "
            "đánh giá năng lực học sinh thông qua sản phẩm học tập."
        ),
        P("Một số lưu ý khi triển khai", "h3"),
        P(
            "Các trường cần chỉ đạo tổ chuyên môn xây dựng kế hoạch bài dạy theo Công văn 5512 của Bộ "
            "GD&ĐT, bảo đảm mỗi tiết học có đủ các hoạt động mở đầu, hình thành kiến thức, luyện tập và "
            "vận dụng."
        ),
        P(
            "Giáo viên tăng cường giao nhiệm vụ vận dụng gắn với thực tiễn địa phương, chẳng hạn tính diện "
            "tích mặt ruộng, thể tích bồn chứa nước, để học sinh thấy được ý nghĩa của môn Toán trong "
            "cuộc sống."
        ),
    ],
    authors=["Phạm Quốc Việt"],
    opts={
        "posted": "2026-12-03 14:30",
        "tags": ["chuong-trinh-gdpt-2018"],
        "acf_author": "ThS. Phạm Quốc Việt",
        "docs_widget": True,
    },
)

H = Story(
    id=1566,
    slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang",
    title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho cán bộ quản lý, giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T12:20:00+07:00",
    summary=(
        "Trong hai ngày 22 và 23/11/2026, Phòng GD&ĐT huyện Chợ Gạo tổ chức lớp tập huấn ứng dụng trí "
        "tuệ nhân tạo (AI) trong soạn giảng và quản lý cho hơn 300 cán bộ quản lý, giáo viên các cấp học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp tập huấn được chia thành hai đợt, tổ chức tại phòng máy của Trường THCS Thị trấn Chợ Gạo "
            "và trực tuyến qua hệ thống Zoom đến các điểm cầu tại trường."
        ),
        P(
            "Báo cáo viên là thầy Trương Quốc Huy, giáo viên Tin học Trường THPT Chợ Gạo, đã hướng dẫn học "
            "viên cách sử dụng các công cụ AI để gợi ý ý tưởng bài dạy, xây dựng ngân hàng câu hỏi, thiết "
            "kế phiếu học tập và hình ảnh minh họa."
        ),
        Img(
            f"{U11}/tap-huan-ai-soan-giang-1024x683.jpg",
            "Giáo viên thực hành soạn câu hỏi trắc nghiệm với công cụ AI",
            "Giáo viên thực hành soạn câu hỏi trắc nghiệm với công cụ AI",
            style="wpcap",
        ),
        P(
            "Bên cạnh lợi ích, báo cáo viên cũng lưu ý giáo viên phải kiểm chứng thông tin do AI cung cấp, "
            "không đưa dữ liệu cá nhân của học sinh lên các nền tảng trực tuyến và luôn giữ vai trò chủ "
            "động của người thầy trong quá trình dạy học."
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi học viên hoàn thành một sản phẩm là kế hoạch bài dạy có ứng dụng AI "
            "và nộp về tổ chuyên môn để chia sẻ, rút kinh nghiệm."
        ),
        _right("Tổ Phổ thông"),
    ],
    authors=["Tổ Phổ thông"],
    opts={"posted": "2026-11-25 12:20", "nfd": True, "tags": ["chuong-trinh-gdpt-2018"]},
)

I = Story(  # noqa: E741 - the article letters run a..m
    id=1552,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-th-binh-phuc-nhut",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Bình Phục Nhứt",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-16T10:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch chỉ đạo chuyên môn năm học 2026-2027, sáng ngày 13/11/2026, Trường Tiểu "
            "học Bình Phục Nhứt tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học cấp cụm với sự "
            "tham dự của giáo viên khối 4 các trường thuộc cụm 2."
        ),
        P(
            "Tiết dạy minh họa môn Tiếng Việt, bài “Đọc: Nhà phát minh 6 tuổi” do cô Võ Thị Kim Thoa thực "
            "hiện tại lớp 4/1. Thay vì tập trung nhận xét giáo viên, người dự giờ quan sát hoạt động học "
            "của từng nhóm học sinh, ghi chép những biểu hiện cụ thể khi các em tiếp nhận nhiệm vụ."
        ),
        Img(
            f"{U11}/nghien-cuu-bai-hoc-bpn-800x600.jpg",
            "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 4/1",
            "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 4/1",
            style="em",
        ),
        P("Trong phần thảo luận, các thầy cô đã chỉ ra nhiều điểm đáng chú ý:"),
        P("– Học sinh hứng thú khi được đóng vai nhân vật trong bài đọc;"),
        P("– Một số em còn rụt rè, cần được giao nhiệm vụ vừa sức hơn;", "br"),
        P("– Thời gian dành cho hoạt động vận dụng còn ít.", "br"),
        P(
            "Buổi sinh hoạt giúp giáo viên thay đổi cách nhìn về dự giờ, từ đánh giá tiết dạy sang tìm hiểu "
            "cách học sinh học, từ đó điều chỉnh bài dạy phù hợp với từng đối tượng."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Thu Hà</strong><br />\n'
            "(Trường TH Bình Phục Nhứt)</p>"
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={"posted": "2026-11-16 10:00", "tags": ["chuong-trinh-gdpt-2018"]},
)

J = Story(
    id=1538,
    slug="ket-qua-kiem-tra-chuyen-de-giao-duc-mam-non-dau-nam-hoc-2026-2027",
    title="Kết quả kiểm tra chuyên đề giáo dục mầm non đầu năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-30T16:20:00+07:00",
    blocks=[
        P(
            "Từ ngày 12/10 đến ngày 28/10/2026, Phòng GD&ĐT huyện Chợ Gạo tiến hành kiểm tra chuyên đề đầu "
            "năm học tại 24 trường mầm non, mẫu giáo và 6 nhóm trẻ độc lập tư thục trên địa bàn huyện."
        ),
        P("1. Công tác nuôi dưỡng, chăm sóc sức khỏe", "h3"),
        P(
            "100% trường tổ chức bán trú đều có hợp đồng cung cấp thực phẩm rõ nguồn gốc, thực hiện lưu "
            "mẫu thức ăn 24 giờ và niêm yết thực đơn hằng tuần. Các trường đã cân, đo và đánh giá tình "
            "trạng dinh dưỡng của trẻ bằng biểu đồ tăng trưởng ngay từ đầu năm học."
        ),
        P(
            "Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân đầu năm là 2,8%, thể thấp còi là 3,1%, giảm so với cùng "
            "kỳ năm học trước."
        ),
        Img(
            f"{U10}/ban-tru-mn-hoa-sen-1024x683.jpg",
            "Giờ ăn bán trú của trẻ Trường Mầm non Hoa Sen",
            "Giờ ăn bán trú của trẻ Trường Mầm non Hoa Sen",
            style="wpcap",
        ),
        P("2. Công tác giáo dục", "h3"),
        P(
            "Các trường xây dựng kế hoạch giáo dục theo hướng lấy trẻ làm trung tâm, chú trọng tổ chức các "
            "hoạt động trải nghiệm, khám phá. Nhiều lớp bố trí góc chơi phong phú, tận dụng nguyên vật "
            "liệu sẵn có ở địa phương như vỏ dừa, lục bình, hạt sen."
        ),
        Raw("<!--nextpage-->"),
        P("3. Một số hạn chế", "h3"),
        P("Một số điểm trường lẻ còn thiếu đồ dùng, đồ chơi ngoài trời;", "ol"),
        P("Hồ sơ theo dõi trẻ ở một số nhóm trẻ tư thục chưa cập nhật đầy đủ;", "ol"),
        P("Việc ứng dụng công nghệ thông tin trong tổ chức hoạt động còn hạn chế.", "ol"),
        Img(
            f"{U10}/diem-le-mn-thieu-do-choi-1024x683.jpg",
            "Sân chơi tại một điểm lẻ của Trường Mẫu giáo Quơn Long",
            "Sân chơi tại một điểm lẻ của Trường Mẫu giáo Quơn Long",
            style="wpcap",
        ),
        P("4. Kiến nghị", "h3"),
        P(
            "Phòng GD&ĐT đề nghị hiệu trưởng các trường khắc phục ngay những tồn tại đã được đoàn kiểm tra "
            "chỉ ra, báo cáo kết quả khắc phục về Phòng trước ngày 30/11/2026. Các trường cần tham mưu địa "
            "phương đầu tư cơ sở vật chất cho các điểm lẻ, đồng thời tăng cường công tác bồi dưỡng chuyên "
            "môn cho giáo viên tại chỗ."
        ),
        _right("Tổ Mầm non"),
    ],
    authors=["Tổ Mầm non"],
    opts={"posted": "2026-10-30 16:20"},
)

K = Story(
    id=1519,
    slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-tieu-hoc",
    title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp Tiểu học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-14T09:00:00+07:00",
    blocks=[
        P(
            "Ngày 12/10/2026, Phòng GD&ĐT huyện Chợ Gạo tổ chức hội thảo “Nâng cao chất lượng dạy học môn "
            "Tiếng Anh cấp Tiểu học” tại Trường Tiểu học Thị trấn Chợ Gạo với sự tham gia của 45 giáo viên "
            "Tiếng Anh toàn huyện."
        ),
        P(
            "Các tham luận tập trung vào những giải pháp phát triển kỹ năng nghe – nói cho học sinh, tổ "
            "chức trò chơi ngôn ngữ trong lớp học đông, sử dụng bài hát, câu chuyện và phần mềm luyện phát "
            "âm."
        ),
        Img(f"{U10}/hoi-thao-tieng-anh-tieu-hoc-1024x576.jpg", None, None, style="none"),
        P(
            "Cô Nguyễn Thị Phương Thảo, Trường TH Tân Thuận Bình chia sẻ kinh nghiệm xây dựng câu lạc bộ "
            "Tiếng Anh vào chiều thứ Sáu hằng tuần, giúp học sinh tự tin giao tiếp và tham gia các sân chơi "
            "như Olympic Tiếng Anh trên Internet."
        ),
        P(
            "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các trường tạo môi trường sử dụng Tiếng Anh thường "
            "xuyên, tăng cường dự giờ, trao đổi chuyên môn giữa các trường trong cụm và khai thác hiệu quả "
            "học liệu số do Bộ GD&ĐT cung cấp."
        ),
        Raw('<p>[tg_tailieu id="733" kieu="nut"]</p>'),
        _right("Trần Thị Ngọc Hân"),
    ],
    authors=["Trần Thị Ngọc Hân"],
    opts={"posted": "2026-10-14 09:00"},
)

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top;">UBND HUYỆN CHỢ GẠO<br />
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br />
Số: 1057/TB-PGDĐT</td>
<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong><br />
<em>Chợ Gạo, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Về việc tuyển dụng viên chức giáo dục năm 2026</strong></p>"""

_CLOSING = """<table style="width: 100%;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />
&#8211; UBND huyện (b/c);<br />
&#8211; Các trường MN, TH, THCS;<br />
&#8211; Website PGD;<br />
&#8211; Lưu: VT.</td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br />
PHÓ TRƯỞNG PHÒNG</strong><br />
<em>(Đã ký)</em><br />
<strong>Đỗ Thanh Bình</strong></td>
</tr>
</tbody>
</table>
<p><strong>Tải về:</strong> <a href="/wp-content/uploads/2026/12/1057-TB-PGDDT.pdf">Thông báo số 1057/TB-PGDĐT</a>
| <a href="/wp-content/uploads/2026/12/Phu-luc-chi-tieu-tuyen-dung-2026.pdf">Phụ lục chỉ tiêu</a></p>"""

L = Story(
    id=1580,
    slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử "
            "dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 sửa đổi, bổ sung một số "
            "điều của Nghị định số 115/2020/NĐ-CP;",
            "word",
        ),
        P(
            "Căn cứ Kế hoạch số 398/KH-UBND ngày 20/11/2026 của UBND huyện Chợ Gạo về tuyển dụng viên chức "
            "giáo dục năm 2026, Phòng Giáo dục và Đào tạo thông báo như sau:",
            "word",
        ),
        P(
            "1. Số lượng cần tuyển: 42 chỉ tiêu, gồm 12 giáo viên mầm non, 18 giáo viên tiểu học và 12 giáo "
            "viên trung học cơ sở (chi tiết theo phụ lục đính kèm).",
            "word",
        ),
        P(
            "2. Điều kiện đăng ký dự tuyển: người có đủ các điều kiện theo quy định tại Điều 22 Luật Viên "
            "chức; có bằng tốt nghiệp đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 và chứng chỉ "
            "bồi dưỡng nghiệp vụ sư phạm (nếu có yêu cầu).",
            "word",
        ),
        P(
            "3. Thời gian nhận phiếu đăng ký: từ ngày 03/12/2026 đến hết ngày 02/01/2027 (trong giờ hành "
            "chính).",
            "word",
        ),
        P(
            "4. Địa điểm nhận phiếu: Văn phòng Phòng Giáo dục và Đào tạo huyện Chợ Gạo, số 12 đường Thái "
            "Văn Đẩu, khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang. Điện thoại: 0273.3855.242.",
            "word",
        ),
        P(
            "Mọi chi tiết xin liên hệ Phòng Giáo dục và Đào tạo huyện Chợ Gạo để được hướng dẫn./.",
            "word",
        ),
        Raw(_CLOSING),
    ],
    authors=["Đỗ Thanh Bình"],
    opts={"posted": "2026-12-02 08:15", "tpl": "thongbao"},
)

M = Story(
    id=1574,
    slug="lich-nghi-tet-duong-lich-nam-2027",
    title="Lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, học sinh",
    cat="thong-bao",
    published_at="2026-11-27",
    blocks=[
        P(
            "Căn cứ Công văn số 1042/PGDĐT ngày 25/11/2026 của Phòng GD&ĐT huyện Chợ Gạo về việc nghỉ Tết "
            "Dương lịch năm 2027, Phòng GD&ĐT thông báo đến các trường mầm non, tiểu học, trung học cơ sở "
            "trong huyện lịch nghỉ Tết Dương lịch như sau:"
        ),
        P("👉 Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào Thứ Sáu, ngày 01/01/2027."),
        P(
            "👉 Đối với các trường có tổ chức bán trú, ban giám hiệu thông báo cho phụ huynh về lịch nghỉ và "
            "lịch đón trẻ trước ít nhất 3 ngày."
        ),
        P(
            "👉 Các đơn vị phân công trực bảo vệ, phòng chống cháy nổ trong những ngày nghỉ, báo cáo đột xuất "
            "về Phòng GD&ĐT qua số điện thoại 0273.3855.242 khi có sự việc xảy ra."
        ),
        P(
            "Sau kỳ nghỉ, các trường tổ chức dạy học bình thường từ Thứ Bảy, ngày 02/01/2027 đối với các lớp "
            "học 6 ngày/tuần và từ Thứ Hai, ngày 04/01/2027 đối với các lớp còn lại."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/van-ban/cong-van-1042-pgddt-nghi-tet-duong-lich-2027.html">Công văn '
            "số 1042/PGDĐT về việc nghỉ Tết Dương lịch năm 2027</a></em></p>"
        ),
        _right("BBT"),
    ],
    opts={"posted": "2026-11-27 14:00", "tpl": "thongbao", "emoji_refs": True},
)

STORIES: list[Story] = [A, B, C, D, E, F, G, H, I, J, K, L, M]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def posted(s: Story) -> datetime:
    return _dt(s.opts["posted"])


def newest_first(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=posted, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return newest_first([s for s in STORIES if s.cat == cat or s.opts.get("alt_cat") == cat])


def in_tag(tag: str) -> list[Story]:
    return newest_first([s for s in STORIES if tag in s.opts.get("tags", [])])


def permalink(s: Story) -> str:
    return f"/{s.cat}/{s.slug}.html"


def is_fresh(s: Story) -> bool:
    return (TODAY - posted(s)).days < 3


# --- documents, albums, pages (not articles) -----------------------------------------------


@dataclass
class Doc:
    slug: str
    number: str
    kind: str
    title: str
    issued: str
    signer: str
    pdf: str
    posted: str


DOCS = [
    Doc(
        "ke-hoach-215-kh-pgddt-hoi-thi-gvdg-tieu-hoc",
        "215/KH-PGDĐT",
        "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "12/11/2026",
        "Nguyễn Thị Kim Loan",
        "/wp-content/uploads/2026/11/215-KH-PGDDT.pdf",
        "2026-11-13 07:50",
    ),
    Doc(
        "cong-van-1042-pgddt-nghi-tet-duong-lich-2027",
        "1042/PGDĐT",
        "Công văn",
        "Về việc nghỉ Tết Dương lịch năm 2027",
        "25/11/2026",
        "Đỗ Thanh Bình",
        "/wp-content/uploads/2026/11/1042-PGDDT-nghi-tet-DL-2027.pdf",
        "2026-11-26 08:20",
    ),
]


@dataclass
class Album:
    slug: str
    title: str
    posted: str
    photos: list[tuple[str, str]] = field(default_factory=list)


ALBUMS = [
    Album(
        "hoi-khoe-phu-dong-huyen-lan-x",
        "Hội khỏe Phù Đổng huyện Chợ Gạo lần thứ X năm 2026",
        "2026-10-23 09:00",
        [
            (f"{U10}/album-hkpd-01-600x400.jpg", "Lễ khai mạc tại Sân vận động huyện"),
            (f"{U10}/album-hkpd-02-600x400.jpg", "Môn kéo co khối THCS"),
            (f"{U10}/album-hkpd-03-600x400.jpg", "Môn cờ vua khối Tiểu học"),
            (f"{U10}/album-hkpd-04-600x400.jpg", "Trao huy chương môn bơi lội"),
        ],
    ),
    Album(
        "ngay-hoi-doc-sach-2026",
        "Ngày hội đọc sách tại các trường tiểu học",
        "2026-10-08 15:00",
        [
            (f"{U10}/album-doc-sach-01-600x400.jpg", "Thư viện xanh Trường TH Song Bình"),
            (f"{U10}/album-doc-sach-02-600x400.jpg", "Học sinh giới thiệu sách hay"),
        ],
    ),
]

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Chợ Gạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện "
            "Chợ Gạo, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo "
            "dục và đào tạo trên địa bàn huyện.",
            "Phòng chịu sự chỉ đạo, quản lý về tổ chức, vị trí việc làm, biên chế công chức và công tác "
            "của UBND huyện; đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của "
            "Sở Giáo dục và Đào tạo tỉnh Tiền Giang.",
            "Toàn huyện hiện có 24 trường mầm non, mẫu giáo; 27 trường tiểu học và 21 trường trung học cơ "
            "sở với hơn 32.000 học sinh và 2.100 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: ông Huỳnh Văn Thắng – phụ trách chung, công tác tổ chức cán bộ, tài chính.",
            "Phó Trưởng phòng: bà Nguyễn Thị Kim Loan – phụ trách giáo dục mầm non, tiểu học.",
            "Phó Trưởng phòng: ông Đỗ Thanh Bình – phụ trách giáo dục trung học cơ sở, thi đua khen thưởng.",
            "Các bộ phận: Tổ Mầm non, Tổ Phổ thông, Tổ Kế hoạch – Tài chính, Văn phòng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Phòng Giáo dục và Đào tạo huyện Chợ Gạo",
            "Địa chỉ: số 12 đường Thái Văn Đẩu, khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang.",
            "Điện thoại: 0273.3855.242 – Email: pgdchogao@tiengiang.edu.vn",
        ],
    ),
}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/lien-he/",
    f"/van-ban/{DOCS[0].slug}.html",
    f"/van-ban/{DOCS[1].slug}.html",
    f"/thu-vien-anh/{ALBUMS[0].slug}.html",
]


# --- rendering of article text ---------------------------------------------------------------


def _attach_id(src: str) -> int:
    return 1400 + sum(src.encode()) % 180


def _resized(src: str, size: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", rf"-{size}\1", src)


def _full(src: str) -> str:
    return re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)


def _dims(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.\w+$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (800, 533)


def _img_tag(img: Img, alt: str = "", extra_cls: str = "") -> str:
    w, h = _dims(img.src)
    aid = _attach_id(img.src)
    srcset = f"{esc(img.src)} {w}w, {esc(_resized(img.src, '300x200'))} 300w, {esc(_resized(img.src, '768x512'))} 768w"
    return (
        f'<img loading="lazy" class="size-large wp-image-{aid} {extra_cls}" src="{esc(img.src)}" alt="{esc(alt)}" '
        f'width="{w}" height="{h}" srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" />'
    )


def _render_img(img: Img, story: Story) -> str:
    aid = _attach_id(img.src)
    w, h = _dims(img.src)
    if img.style == "wpcap":
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" style="width: {w}px" '
            f'class="wp-caption aligncenter"><a href="{esc(_full(img.src))}">{_img_tag(img)}</a>'
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{tx(img.printed or "")}'
            "</figcaption></figure>"
        )
    if img.style == "lazy":
        placeholder = (
            "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
            f"{w}%20{h}'%3E%3C/svg%3E"
        )
        tag = (
            f'<img class="aligncenter size-large wp-image-{aid}" src="{placeholder}" alt="" width="{w}" '
            f'height="{h}" data-lazy-srcset="{esc(img.src)} {w}w, {esc(_resized(img.src, "300x200"))} 300w" '
            f'data-lazy-sizes="(max-width: {w}px) 100vw, {w}px" data-lazy-src="{esc(img.src)}" />'
            f'<noscript><img class="aligncenter size-large wp-image-{aid}" src="{esc(img.src)}" alt="" '
            f'width="{w}" height="{h}" /></noscript>'
        )
        line = f'\n<p style="text-align: center;"><em>{tx(img.printed)}</em></p>' if img.printed else ""
        return f"<p>{tag}</p>{line}"
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{_img_tag(img, extra_cls="aligncenter")}</p>\n'
            f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{tx(img.printed or "")}</em>'
            "</span></p>"
        )
    # "none": a photo with an alt text only
    return f'<p><img class="aligncenter size-large wp-image-{aid}" src="{esc(img.src)}" alt="Hội thảo Tiếng Anh" width="{w}" height="{h}" /></p>'


def _gallery(imgs: list[Img], story: Story) -> str:
    items = []
    for img in imgs:
        aid = _attach_id(img.src)
        items.append(
            "<figure class='gallery-item'>\n"
            f"<div class='gallery-icon landscape'><a href='{esc(_full(img.src))}'>"
            f'<img width="300" height="200" src="{esc(img.src)}" class="attachment-medium size-medium" alt="" '
            f'aria-describedby="gallery-{story.id}-{aid}" /></a></div>\n'
            f"<figcaption class='wp-caption-text gallery-caption' id='gallery-{story.id}-{aid}'>\n"
            f"{tx(img.printed or '')}\n</figcaption></figure>"
        )
    return (
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium'>"
        + "\n".join(items)
        + "\n</div>"
    )


def _ptext(p: P, story: Story) -> str:
    out = text(p.text, nfd=bool(story.opts.get("nfd")))
    for ch, ent in _TEXTURIZE.items():
        out = out.replace(ch, ent)
    if story.opts.get("emoji_refs"):
        out = emoji_refs(out)
    return out


def _word(t: str) -> str:
    t = t.replace(". ", ".&nbsp;", 1)
    return (
        '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
        '<span lang="VI" style="font-size: 14.0pt; line-height: 150%; font-family: \'Times New Roman\',serif;">'
        f"{t}</span></p>"
    )


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(group, story))
                continue
            out.append(_render_img(b, story))
        else:
            t = _ptext(b, story)
            if b.style in ("li", "ol"):
                tag = "ul" if b.style == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    items.append(f"<li>{_ptext(blocks[i], story)}</li>")
                    i += 1
                out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
                continue
            if b.style == "tr":
                rows = []
                first = True
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                    cells = _ptext(blocks[i], story).split(" | ")
                    if first:
                        tds = "".join(f'<td style="text-align: center;"><strong>{c}</strong></td>' for c in cells)
                    else:
                        tds = "".join(f"<td>{c}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                    first = False
                    i += 1
                out.append(
                    '<table class="MsoTableGrid" style="width: 90%; border-collapse: collapse;" border="1" '
                    'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
                continue
            if b.style == "br" and out and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + f"<br />\n{t}</p>"
            elif b.style == "word":
                out.append(_word(t))
            elif b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "h3":
                out.append(f'<h3><span style="color: #003399;"><strong>{t}</strong></span></h3>')
            elif b.style == "quote":
                out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        i += 1
    return "\n".join(out)


def split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Giới thiệu chung", "/gioi-thieu/"), ("Cơ cấu tổ chức", "/co-cau-to-chuc/")]),
    (
        "Tin tức",
        "/tin-tuc-su-kien/",
        [("Tin tức – Sự kiện", "/tin-tuc-su-kien/"), ("Công đoàn – Đoàn thể", "/cong-doan-doan-the/")],
    ),
    ("Chuyên môn", "/hoat-dong-chuyen-mon/", [("Hoạt động chuyên môn", "/hoat-dong-chuyen-mon/")]),
    ("Thông báo", "/thong-bao/", []),
    ("Văn bản", "/van-ban/", []),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(current: str) -> str:
    items = []
    n = 20
    for label, href, subs in MENU:
        n += 1
        cls = f"menu-item menu-item-type-custom menu-item-{n}"
        if href == current:
            cls += " current-menu-item"
        if subs:
            cls += " menu-item-has-children"
            sub = "".join(
                f'<li class="menu-item menu-item-{n * 10 + k}"><a href="{href2}">{tx(lab2)}</a></li>'
                for k, (lab2, href2) in enumerate(subs)
            )
            items.append(f'<li class="{cls}"><a href="{href}">{tx(label)}</a>\n<ul class="sub-menu">{sub}</ul></li>')
        else:
            items.append(f'<li class="{cls}"><a href="{href}">{tx(label)}</a></li>')
    return '<nav id="thanh-menu" class="menu-chinh"><ul id="menu-menu-chinh" class="menu">' + "\n".join(items) + "</ul></nav>"


def _ticker() -> str:
    items = " &nbsp;&nbsp;|&nbsp;&nbsp; ".join(
        f'<a href="/?p={s.id}">{tx(s.title)}</a>' for s in newest_first(STORIES)[:5]
    )
    return (
        '<div class="tin-chay"><span class="nhan-tin-chay">Tin mới:</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}'
        "</marquee></div>"
    )


def _sidebar() -> str:
    tb = "".join(
        f'<li><a href="{permalink(s)}">{tx(s.title)}</a> <span class="ngay-nho">({posted(s):%d/%m})</span></li>'
        for s in in_cat("thong-bao")
    )
    vb = "".join(
        f'<li><a href="/van-ban/{d.slug}.html"><b>{esc(d.number)}</b> &#8211; {tx(d.title)}</a></li>' for d in DOCS
    )
    most = [C, B, H, I, G]
    xn = "".join(
        f'<li><a href="{permalink(s)}">{tx(s.title)}</a> <span class="luot">({s.views()})</span></li>' for s in most
    )
    return f"""<aside id="cot-phai" class="widget-area">
<section id="egov_thongbao-2" class="widget widget_egov_thongbao"><h3 class="widget-title"><span>Thông báo</span></h3>
<div class="tb-cuon"><ul>{tb}</ul></div></section>
<section id="egov_vanban-3" class="widget widget_egov_vanban"><h3 class="widget-title"><span>Văn bản mới</span></h3>
<ul class="ds-vanban">{vb}</ul><a class="xem-tat-ca" href="/van-ban/">Xem tất cả &raquo;</a></section>
<section id="egov_xemnhieu-2" class="widget"><h3 class="widget-title"><span>Tin xem nhiều</span></h3><ol class="xem-nhieu">{xn}</ol></section>
<section id="custom_html-4" class="widget_text widget widget_custom_html"><h3 class="widget-title"><span>Liên kết website</span></h3>
<div class="textwidget custom-html-widget"><select onchange="if(this.value) window.open(this.value)">
<option value="">&#8212; Chọn liên kết &#8212;</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://tiengiang.edu.vn">Sở GD&amp;ĐT Tiền Giang</option>
<option value="https://chogao.tiengiang.gov.vn">Cổng TTĐT huyện Chợ Gạo</option>
</select>
<p><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a></p></div></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về giao diện website mới?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Đẹp, dễ sử dụng</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Bình thường</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Cần cải thiện</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
</form></div></section>
<section id="egov_thongke-2" class="widget widget_egov_thongke"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<table class="bang-thongke"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
<tr><td>Tháng này:</td><td>3.884</td></tr><tr><td>Tổng truy cập:</td><td>1.276.509</td></tr></table></section>
</aside>"""


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
{extra}<title>{tx(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{base_url(request)}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=5.4.2' type='text/css' media='all' />
<link rel='stylesheet' id='egov-style-css' href='{THEME}/style.css?ver=2.3.1' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.15' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<link rel="https://api.w.org/" href="{base_url(request)}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base_url(request)}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 5.4.2" />
<link rel="icon" href="/wp-content/uploads/2020/06/cropped-logo-pgd-32x32.png" sizes="32x32" />
</head>
"""


def page(request: Request, title: str, main: str, *, current: str = "", extra_head: str = "", body_cls: str = "") -> str:
    return (
        _head(request, title, extra_head)
        + f"""<body class="{body_cls}">
<div id="khung-trang" class="site">
<div class="thanh-tren"><div class="container"><span class="ngay-hom-nay">{HEADER_DATE}</span>
<span class="lien-ket-nhanh"><a href="/lien-he/">Liên hệ</a> | <a href="/wp-login.php" rel="nofollow">Đăng nhập</a></span>
<form role="search" method="get" class="tim-kiem" action="/"><input type="search" name="s" placeholder="Tìm kiếm..." value="" /><button type="submit">Tìm</button></form></div></div>
<header id="dau-trang" class="site-header"><div class="container">
<a href="/" rel="home" class="logo"><img class="quoc-huy" src="{THEME}/images/quoc-huy.png" alt="Quốc huy" width="80" height="80" /></a>
<h1 class="ten-coquan"><span class="dong-1">ỦY BAN NHÂN DÂN HUYỆN CHỢ GẠO</span><span class="dong-2">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></h1>
<p class="khau-hieu">Cổng thông tin điện tử</p>
</div></header>
{_menu(current)}
{_ticker()}
<div id="noi-dung" class="site-content container"><div class="row">
<div id="cot-trai" class="col-md-8 content-area">
{main}
</div>
<div class="col-md-4">{_sidebar()}</div>
</div></div>
<footer id="chan-trang" class="site-footer"><div class="container">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHỢ GẠO</strong></p>
<p>Địa chỉ: số 12 đường Thái Văn Đẩu, khu phố 2, thị trấn Chợ Gạo, huyện Chợ Gạo, tỉnh Tiền Giang</p>
<p>Điện thoại: 0273.3855.242 &#8211; Email: pgdchogao@tiengiang.edu.vn</p>
<p>Chịu trách nhiệm chính: ông Huỳnh Văn Thắng &#8211; Trưởng phòng</p>
<p class="ban-quyen">&copy; 2020 &#8211; 2026 Bản quyền thuộc Phòng GD&amp;ĐT huyện Chợ Gạo. Thiết kế bởi <a href="https://egov-theme.vn" rel="nofollow">eGov Theme</a></p>
</div></footer>
</div>
<script type='text/javascript' src='{THEME}/js/egov.js?ver=2.3.1'></script>
<script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload"}};</script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=5.4.2'></script>
</body>
</html>"""
    )


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{tx(label)}</a>' if href else f'<span class="breadcrumb_last" aria-current="page">{tx(label)}</span>')
    return '<div class="duong-dan"><span><span>' + " &raquo; ".join(parts) + "</span></span></div>"


NEW_ICON = f' <img class="icon-moi" src="{THEME}/images/new.gif" alt="Mới" width="28" height="11" />'


def _thumb(s: Story) -> str:
    return _resized(s.images[0].src, "160x107") if s.images else f"{THEME}/images/no-thumb.jpg"


def _list_date(s: Story) -> str:
    days = (TODAY.date() - posted(s).date()).days
    if 0 < days < 7:
        return f"{days} ngày trước"
    return f"{posted(s):%d/%m/%Y}"


def _excerpt(s: Story, words: int = 32) -> str:
    first = s.paragraphs[0]
    parts = first.split()
    return " ".join(parts[:words]) + (" […]" if len(parts) > words else "")


# --- page builders ---------------------------------------------------------------------------


def home(request: Request) -> str:
    featured = [A, G, B]
    slides = "\n".join(
        f'<div class="slide-item"><a href="{permalink(s)}"><img src="{_resized(s.images[0].src, "600x400")}" alt="{esc(s.title)}" /></a>'
        f'<h3><a href="{permalink(s)}">{tx(s.title)}</a></h3></div>'
        for s in featured
    )
    blocks = []
    for cat in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon"):
        items = in_cat(cat)[:3]
        lead, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{permalink(s)}">{tx(s.title)}</a>{NEW_ICON if is_fresh(s) else ""}</li>' for s in rest
        )
        blocks.append(
            f'<div class="khoi-chuyenmuc"><h2 class="tde-khoi"><a href="/{cat}/">{tx(CATS[cat])}</a></h2>'
            f'<div class="tin-chinh"><a href="{permalink(lead)}"><img src="{_thumb(lead)}" alt="" /></a>'
            f'<h3><a href="{permalink(lead)}">{tx(lead.title)}</a>{NEW_ICON if is_fresh(lead) else ""}</h3>'
            f"<p>{tx(_excerpt(lead, 24))}</p></div><ul class=\"tin-phu\">{lis}</ul>"
            f'<a class="xem-them" href="/{cat}/">Xem thêm &raquo;</a></div>'
        )
    main = f"""<div class="tin-noi-bat"><h2 class="tde-khoi">Tin nổi bật</h2><div class="slider-egov">{slides}</div></div>
{''.join(blocks)}
<div class="khoi-video"><h2 class="tde-khoi">Video</h2><iframe width="100%" height="300" src="https://www.youtube.com/embed/x8K2dQ0pT4w" frameborder="0" allowfullscreen></iframe></div>"""
    extra = (
        '<meta name="description" content="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Chợ Gạo, tỉnh Tiền Giang" />\n'
        f'<link rel="canonical" href="{base_url(request)}/" />\n'
    )
    return page(request, f"{SITE_NAME} &#8211; Cổng thông tin điện tử", main, current="/", extra_head=extra, body_cls="home blog")


def _pager(prefix: str, n: int, pages: int) -> str:
    if pages < 2:
        return ""
    links = []
    if n > 1:
        prev = prefix if n == 2 else f"{prefix}page/{n - 1}/"
        links.append(f'<a class="prev page-numbers" href="{prev}">&laquo; Trang trước</a>')
    for k in range(1, pages + 1):
        href = prefix if k == 1 else f"{prefix}page/{k}/"
        if k == n:
            links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href}">{k}</a>')
    if n < pages:
        links.append(f'<a class="next page-numbers" href="{prefix}page/{n + 1}/">Trang sau &raquo;</a>')
    return '<div class="phan-trang"><span class="so-trang">Trang ' + f"{n} / {pages}</span> " + "\n".join(links) + "</div>"


def listing(request: Request, prefix: str, label: str, stories: list[Story], n: int, crumbs: str, body_cls: str) -> str | None:
    """A listing page; on a category page the theme builds each link from the category being
    listed (``/<current category>/<slug>.html``), not from the post's primary category."""
    cat = prefix.strip("/") if prefix.strip("/") in CATS else None

    def permalink(s: Story) -> str:
        return f"/{cat}/{s.slug}.html" if cat else f"/{s.cat}/{s.slug}.html"

    pages = max(1, -(-len(stories) // PER_PAGE))
    if n < 1 or n > pages:
        return None
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    items = []
    for k, s in enumerate(chunk):
        new = NEW_ICON if is_fresh(s) else ""
        if k == 0 and n == 1:
            items.append(
                f'<div class="tin-dau"><a class="anh" href="{permalink(s)}"><img src="{_resized(_thumb(s), "360x240")}" alt="{esc(s.title)}" /></a>'
                f'<h2 class="tde-tin"><a href="{permalink(s)}" rel="bookmark">{tx(s.title)}</a>{new}</h2>'
                f'<span class="ngay-tin"><i class="fa fa-clock-o"></i> {_list_date(s)}</span>'
                f'<div class="tom-tat"><p>{tx(_excerpt(s))}</p></div><a class="xem-tiep" href="{permalink(s)}">Xem tiếp &raquo;</a></div>'
            )
        else:
            items.append(
                f'<li class="tin-con"><a class="anh" href="{permalink(s)}"><img src="{_thumb(s)}" alt="" /></a>'
                f'<h3 class="tde-tin"><a href="{permalink(s)}" rel="bookmark">{tx(s.title)}</a>{new}</h3>'
                f'<span class="ngay-tin">{_list_date(s)}</span><p>{tx(_excerpt(s, 22))}</p></li>'
            )
    head_items = items[:1] if n == 1 else []
    rest = items[1:] if n == 1 else items
    main = (
        f"{crumbs}<h1 class=\"tde-chuyenmuc\" style=\"font-size:20px\">{tx(label)}</h1>"
        f'<div class="ds-tin">{"".join(head_items)}<ul class="ds-tin-con">{"".join(rest)}</ul></div>'
        + _pager(prefix, n, pages)
    )
    canon = prefix if n == 1 else f"{prefix}page/{n}/"
    extra = f'<link rel="canonical" href="{base_url(request)}{canon}" />\n'
    if n > 1:
        extra += f'<link rel="prev" href="{base_url(request)}{prefix if n == 2 else f"{prefix}page/{n - 1}/"}" />\n'
    if n < pages:
        extra += f'<link rel="next" href="{base_url(request)}{prefix}page/{n + 1}/" />\n'
    title = f"Lưu trữ {label}" + (f" &#8211; Trang {n}" if n > 1 else "") + f" &#8211; {SITE_NAME}"
    return page(request, title, main, current=prefix, extra_head=extra, body_cls=body_cls + (" paged" if n > 1 else ""))


def _yoast(request: Request, s: Story, canon: str, seo_title: str, page_no: int = 1) -> str:
    b = base_url(request)
    d = posted(s)
    mod = _dt(s.opts.get("modified", s.opts["posted"]))
    img = f'<meta property="og:image" content="{b}{esc(_full(s.images[0].src))}" />\n' if s.images else ""
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "@id": f"{b}/#website", "url": f"{b}/", "name": SITE_NAME, "inLanguage": "vi"},
            {
                "@type": "WebPage",
                "@id": f"{b}{canon}#webpage",
                "url": f"{b}{canon}",
                "name": seo_title,
                "datePublished": utc_iso(d),
                "dateModified": utc_iso(mod),
                "inLanguage": "vi",
            },
            {
                "@type": "Article",
                "@id": f"{b}{canon}#article",
                "isPartOf": {"@id": f"{b}{canon}#webpage"},
                "author": {"@id": f"{b}/#/schema/person/quantri"},
                "headline": s.title,
                "datePublished": utc_iso(d),
                "dateModified": utc_iso(mod),
                "articleSection": CATS[s.cat],
                "inLanguage": "vi",
            },
            {"@type": ["Person"], "@id": f"{b}/#/schema/person/quantri", "name": "quantri"},
        ],
    }
    description = _excerpt(s, 30).replace(" […]", "...")
    return (
        "<!-- This site is optimized with the Yoast SEO plugin v14.4.1 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f'<meta name="description" content="{esc(description)}" />\n'
        '<meta name="robots" content="index, follow" />\n'
        f'<link rel="canonical" href="{b}{canon}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo_title)}" />\n'
        f'<meta property="og:url" content="{b}{canon}" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />\n'
        f'<meta property="article:published_time" content="{utc_iso(d)}" />\n'
        f'<meta property="article:modified_time" content="{utc_iso(mod)}" />\n'
        f"{img}"
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph)}</script>\n'
        "<!-- / Yoast SEO plugin. -->\n"
        f"<link rel='shortlink' href='{b}/?p={s.id}' />\n"
    )


_TTS = """<div class="tts-doc-bai" id="tts-{id}"><span class="tts-nhan"><i class="fa fa-volume-up"></i> Nghe đọc bài viết</span>
<select class="tts-giong" aria-label="Giọng đọc"><option value="banmai">Giọng nữ miền Bắc</option><option value="lannhi">Giọng nữ miền Nam</option><option value="giahuy">Giọng nam miền Trung</option></select>
<audio controls preload="none" src="/wp-content/uploads/tts/{id}.mp3">Trình duyệt của bạn không hỗ trợ nghe đọc bài viết.</audio></div>"""

_ADDTOANY = """<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Chia sẻ bài viết:</div><div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{title}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={qurl}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={qurl}" title="Zalo" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={qurl}" title="Email" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>"""


def _docs_widget() -> str:
    d = DOCS[0]
    return (
        '<div class="vb-lienquan"><div class="vb-lienquan-tde">Văn bản liên quan</div>'
        '<table class="tbl-vb" style="width:100%"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>'
        "<th>Tải về</th></tr></thead><tbody>"
        f'<tr><td><a href="/van-ban/{d.slug}.html">{esc(d.number)}</a></td><td>{d.issued}</td><td>{tx(d.title)}</td>'
        f'<td><a href="{d.pdf}"><img src="{THEME}/images/icon-pdf.png" alt="pdf" width="16" height="16" /></a></td></tr>'
        "<tr><td>1890/SGDĐT-GDTrH</td><td>05/09/2026</td><td>Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học "
        "2026-2027</td>"
        f'<td><a href="https://tiengiang.edu.vn/van-ban/1890-sgddt-gdtrh.pdf"><img src="{THEME}/images/icon-pdf.png" alt="pdf" width="16" height="16" /></a></td></tr>'
        "</tbody></table></div>"
    )


def single(request: Request, s: Story, page_no: int = 1) -> str:
    b = base_url(request)
    pages = split_pages(s)
    canon = permalink(s) if page_no == 1 else f"{permalink(s)}/{page_no}/"
    seo = s.opts.get("seo_title") or f"{s.title} - {SITE_NAME}"
    if page_no > 1:
        seo = f"{s.title} - Trang {page_no} / {len(pages)} - {SITE_NAME}"
    d = posted(s)
    if s.opts.get("tpl") == "thongbao":
        meta = f'<div class="tb-ngay">Ngày đăng: {d:%d/%m/%Y} &nbsp;|&nbsp; Lượt xem: {s.views()}</div>'
    else:
        upd = ""
        if "modified" in s.opts:
            m = _dt(s.opts["modified"])
            upd = f'<span class="cap-nhat"><i class="fa fa-refresh"></i> Cập nhật: {m:%d/%m/%Y} {vi_time(m)}</span> '
        acf = ""
        if s.opts.get("acf_author"):
            acf = f'<span class="tac-gia-ctbv"><i class="fa fa-pencil"></i> Tác giả: {esc(s.opts["acf_author"])}</span> '
        meta = (
            f'<div class="tt-ctbv">{upd}<span class="ngay-ctbv"><i class="fa fa-calendar-o"></i> {vi_date(d)}</span> '
            f'<span class="gio-ctbv"><i class="fa fa-clock-o"></i> {vi_time(d)}</span> {acf}'
            '<span class="nguoi-dang"><i class="fa fa-user"></i> Người đăng: quantri</span> '
            f'<span class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span></div>'
        )
    tools = (
        '<div class="cong-cu-ctbv">Cỡ chữ: <a href="javascript:void(0)" onclick="egovFont(-1)">A-</a> '
        '<a href="javascript:void(0)" onclick="egovFont(0)">A</a> <a href="javascript:void(0)" onclick="egovFont(1)">A+</a>'
        f' | <a href="{permalink(s)}/print/" title="In bài viết" rel="nofollow"><i class="fa fa-print"></i> In bài viết</a>'
        f' | <a href="mailto:?subject={quote(s.title)}&amp;body={quote(b + permalink(s))}"><i class="fa fa-envelope"></i> Gửi email</a>'
        f' | Link rút gọn: <input type="text" readonly="readonly" value="{b}/?p={s.id}" size="22" /></div>'
    )
    sapo = ""
    if s.sapo_outside and s.summary and page_no == 1:
        sapo = f'<div class="mota-ctbv"><strong>{tx(s.summary)}</strong></div>'
    body = render_blocks(s, pages[page_no - 1])
    if page_no == 1:
        body = body.replace("</p>", f'</p>\n<p><span id="more-{s.id}"></span></p>', 1) if len(pages[0]) > 3 else body
    link_pages = ""
    if len(pages) > 1:
        nums = []
        for k in range(1, len(pages) + 1):
            if k == page_no:
                nums.append(f'<span class="post-page-numbers current" aria-current="page">{k}</span>')
            else:
                href = permalink(s) if k == 1 else f"{permalink(s)}/{k}/"
                nums.append(f'<a href="{href}" class="post-page-numbers">{k}</a>')
        link_pages = '<div class="page-links">Trang: ' + " ".join(nums) + "</div>"
    widget = _docs_widget() if s.opts.get("docs_widget") else ""
    share = _ADDTOANY.format(url=b + permalink(s), qurl=quote(b + permalink(s), safe=""), title=esc(s.title))
    tags = ""
    if s.opts.get("tags"):
        tags = '<div class="tu-khoa"><i class="fa fa-tags"></i> Từ khóa: ' + ", ".join(
            f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        ) + "</div>"
    others = [o for o in in_cat(s.cat) if o is not s][:3]
    other_html = "".join(
        f'<li><a href="{permalink(o)}">{tx(o.title)}</a> <span class="ngay-nho">({posted(o):%d/%m/%Y})</span></li>'
        for o in others
    )
    cat_classes = f"category-{s.cat}" + (f" category-{s.opts['alt_cat']}" if s.opts.get("alt_cat") else "")
    tag_classes = " ".join(f"tag-{t}" for t in s.opts.get("tags", []))
    new = NEW_ICON if is_fresh(s) else ""
    main = f"""{_crumbs((CATS[s.cat], f"/{s.cat}/"), (s.title, None))}
<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {cat_classes} {tag_classes}">
<h2 class="td-ctbv">{tx(s.title)}{new}</h2>
{meta}
{tools}
{sapo}
<div class="nd-ctbv" id="noidung-{s.id}">
{_TTS.format(id=s.id)}
{body}
{link_pages}
{widget}
{share}
</div>
{tags}
</article>
<div class="tin-khac"><h3 class="tde-khoi">Các tin khác</h3><ul>{other_html}</ul></div>
<div id="comments" class="comments-area"><p class="no-comments">Bình luận đã bị đóng.</p></div>"""
    body_cls = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return page(request, seo, main, current=f"/{s.cat}/", extra_head=_yoast(request, s, canon, seo, page_no), body_cls=body_cls)


def print_view(request: Request, s: Story) -> str:
    b = base_url(request)
    d = posted(s)
    content = "\n".join(render_blocks(s, blocks) for blocks in split_pages(s))
    if s.sapo_outside and s.summary:
        content = f"<p><strong>{tx(s.summary)}</strong></p>\n" + content
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" /><meta name="robots" content="noindex, nofollow" />
<title>{SITE_NAME} &raquo; In &raquo; {tx(s.title)}</title>
<link rel="stylesheet" href="/wp-content/plugins/wp-print/css/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<main role="main" class="center">
<p style="text-align: center;"><strong>&#8211; {SITE_NAME} &#8211; {b} &#8211;</strong></p>
<div class="Post">
<p id="BlogTitle">{tx(s.title)}</p>
<p id="BlogDate">Đăng bởi <u>quantri</u> vào {vi_date(d, weekday=False)} @ {vi_time(d)} trong {tx(CATS[s.cat])} | Không có bình luận</p>
<div id="BlogContent">{content}</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>URL của bài viết: <strong dir="ltr">{b}{permalink(s)}</strong></p>
<p style="text-align: center;">Copyright &copy; 2026 {SITE_NAME}. All rights reserved.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Click here to print.">Nhấn vào đây để in.</a></p>
</main>
</body></html>"""


def doc_page(request: Request, d: Doc) -> str:
    p = _dt(d.posted)
    main = f"""{_crumbs(("Văn bản", "/van-ban/"), (d.number, None))}
<div class="ct-vanban">
<h2 class="td-vanban">{tx(d.kind)} số {esc(d.number)}</h2>
<div class="tt-ctbv"><span class="ngay-ctbv">{vi_date(p)}</span></div>
<table class="bang-vanban" border="1" cellpadding="6" style="width:100%; border-collapse: collapse;">
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(d.number)}</td></tr>
<tr><th>Loại văn bản</th><td>{tx(d.kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{d.issued}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Chợ Gạo</td></tr>
<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>
<tr><th>Trích yếu</th><td>{tx(d.title)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{d.pdf}"><img src="{THEME}/images/icon-pdf.png" alt="" /> Tải về</a></td></tr>
</table>
<p class="xem-vb"><iframe src="{d.pdf}" width="100%" height="600"></iframe></p>
</div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/van-ban/{d.slug}.html" />\n'
    return page(request, f"{d.kind} số {d.number} &#8211; {SITE_NAME}", main, current="/van-ban/", extra_head=extra,
                body_cls=f"van_ban-template-default single single-van_ban postid-{1400 + len(d.slug)}")


def doc_archive(request: Request) -> str:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{d.slug}.html">{esc(d.number)}</a></td><td>{d.issued}</td><td>{tx(d.title)}</td>'
        f'<td><a href="{d.pdf}">Tải về</a></td></tr>'
        for d in DOCS
    )
    main = (
        f'{_crumbs(("Văn bản", None))}<h1 class="tde-chuyenmuc" style="font-size:20px">Văn bản</h1>'
        '<table class="tbl-vb" border="1" style="width:100%"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return page(request, f"Văn bản &#8211; {SITE_NAME}", main, current="/van-ban/", body_cls="archive post-type-archive post-type-archive-van_ban")


def album_page(request: Request, a: Album) -> str:
    figs = "".join(
        f'<figure class="anh-album"><a href="{_full(src)}"><img src="{src}" alt="{esc(cap)}" /></a><figcaption>{tx(cap)}</figcaption></figure>'
        for src, cap in a.photos
    )
    main = (
        f'{_crumbs(("Thư viện ảnh", "/thu-vien-anh/"), (a.title, None))}<h2 class="td-album">{tx(a.title)}</h2>'
        f'<div class="tt-ctbv"><span class="ngay-ctbv">{vi_date(_dt(a.posted))}</span> | {len(a.photos)} ảnh</div>'
        f'<div class="luoi-album">{figs}</div>'
    )
    return page(request, f"{a.title} &#8211; {SITE_NAME}", main, current="/thu-vien-anh/", body_cls="album-template-default single single-album")


def album_archive(request: Request) -> str:
    items = "".join(
        f'<div class="o-album"><a href="/thu-vien-anh/{a.slug}.html"><img src="{a.photos[0][0]}" alt="" />'
        f"<span>{tx(a.title)}</span></a></div>"
        for a in ALBUMS
    )
    main = f'{_crumbs(("Thư viện ảnh", None))}<h1 class="tde-chuyenmuc" style="font-size:20px">Thư viện ảnh</h1><div class="ds-album">{items}</div>'
    return page(request, f"Thư viện ảnh &#8211; {SITE_NAME}", main, current="/thu-vien-anh/", body_cls="archive post-type-archive-album")


def wp_page(request: Request, slug: str) -> str:
    title, paras = PAGES[slug]
    body = "\n".join(f"<p>{tx(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += (
            '\n<div role="form" class="wpcf7" id="wpcf7-f88-p12-o1" lang="vi"><form action="/lien-he/#wpcf7-f88-p12-o1" '
            'method="post" class="wpcf7-form"><p><label>Họ và tên (bắt buộc)<br /><input type="text" name="your-name" /></label></p>'
            '<p><label>Email (bắt buộc)<br /><input type="email" name="your-email" /></label></p>'
            '<p><label>Nội dung<br /><textarea name="your-message" cols="40" rows="6"></textarea></label></p>'
            '<p><input type="submit" value="Gửi đi" class="wpcf7-submit" /></p></form></div>'
        )
    main = (
        f"{_crumbs((title, None))}<article id=\"post-{12 + len(slug)}\" class=\"page type-page status-publish hentry\">"
        f'<h2 class="td-trang">{tx(title)}</h2><div class="nd-trang">{body}</div></article>'
    )
    extra = f'<link rel="canonical" href="{base_url(request)}/{slug}/" />\n'
    return page(request, f"{title} &#8211; {SITE_NAME}", main, current=f"/{slug}/", extra_head=extra, body_cls=f"page-template-default page page-id-{12 + len(slug)}")


def search_page(request: Request, q: str) -> str:
    words = q.lower().split()
    found = [s for s in newest_first(STORIES) if words and all(w in s.title.lower() for w in words)][:PER_PAGE]
    items = "".join(
        f'<li><h3><a href="{permalink(s)}">{tx(s.title)}</a></h3><span class="ngay-tin">{_list_date(s)}</span></li>' for s in found
    ) or "<li>Không tìm thấy kết quả nào phù hợp.</li>"
    main = f'{_crumbs(("Kết quả tìm kiếm", None))}<h1 class="tde-chuyenmuc" style="font-size:20px">Kết quả tìm kiếm cho: {esc(q)}</h1><ul class="ds-tin-con">{items}</ul>'
    return page(request, f"Bạn đã tìm kiếm {q} &#8211; {SITE_NAME}", main, extra_head='<meta name="robots" content="noindex, follow" />\n', body_cls="search search-results")


def feed(request: Request) -> Response:
    b = base_url(request)
    items = []
    for s in newest_first(STORIES)[:10]:
        items.append(
            f"<item><title>{tx(s.title)}</title><link>{b}{permalink(s)}</link>"
            f"<pubDate>{(posted(s) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            f"<dc:creator><![CDATA[quantri]]></dc:creator><category><![CDATA[{CATS[s.cat]}]]></category>"
            f'<guid isPermaLink="false">{b}/?p={s.id}</guid>'
            f"<description><![CDATA[{tx(_excerpt(s, 40))}]]></description></item>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>{SITE_NAME}</title><link>{b}</link><description>Cổng thông tin điện tử</description>"
        f"<language>vi</language><generator>https://wordpress.org/?v=5.4.2</generator>{''.join(items)}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def not_found(request: Request) -> Response:
    main = (
        f'{_crumbs(("Lỗi 404", None))}<div class="loi-404"><h2>Không tìm thấy trang</h2>'
        "<p>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi. Vui lòng quay lại <a href=\"/\">trang chủ</a>.</p></div>"
    )
    return html(page(request, f"Không tìm thấy trang &#8211; {SITE_NAME}", main, body_cls="error404"), status=404)


LOGIN = """<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" /><title>Đăng nhập &lsaquo; {site} &#8212; WordPress</title>
<meta name='robots' content='noindex,noarchive' /></head><body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<p><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form><p id="backtoblog"><a href="/">&larr; Quay lại {site}</a></p></div></body></html>"""


# --- the site ----------------------------------------------------------------------------------

_PAGE_RE = re.compile(r"^/([a-z0-9-]+)/page/(\d+)/$")
_POST_RE = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)\.html(/|/(\d+)/|/print/)?$")
_TAG_RE = re.compile(r"^/tag/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path == "/":
            params = request.params
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(s), 301) if s else not_found(request)
            if "s" in params:
                return html(search_page(request, params["s"]))
            return html(home(request))
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", {"Content-Type": "text/plain"})
        if path == "/feed/":
            return feed(request)
        if path == "/wp-login.php":
            return html(LOGIN.format(site=SITE_NAME), headers={"X-Robots-Tag": "noindex"})
        if path.lower().endswith(".pdf") and path.startswith("/wp-content/uploads/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")):
            return static_file(path)
        if path == "/van-ban/":
            return html(doc_archive(request))
        if path == "/thu-vien-anh/":
            return html(album_archive(request))
        m = _POST_RE.match(path)
        if m:
            return self._post(request, m)
        m = _TAG_RE.match(path)
        if m:
            tag, n = m.group(1), int(m.group(2) or 1)
            if tag not in TAGS:
                return not_found(request)
            if m.group(2) == "1":
                return redirect(f"/tag/{tag}/", 301)
            crumbs = _crumbs((f"Từ khóa: {TAGS[tag]}", None))
            out = listing(request, f"/tag/{tag}/", f"Từ khóa: {TAGS[tag]}", in_tag(tag), n, crumbs, f"archive tag tag-{tag}")
            return html(out) if out else not_found(request)
        m = _PAGE_RE.match(path)
        if m:
            cat, n = m.group(1), int(m.group(2))
            if cat not in CATS:
                return not_found(request)
            if n == 1:
                return redirect(f"/{cat}/", 301)
            return self._cat(request, cat, n)
        slug = path.strip("/")
        if slug in CATS:
            if not path.endswith("/"):
                return redirect(path + "/", 301)
            return self._cat(request, slug, 1)
        if slug in PAGES:
            if not path.endswith("/"):
                return redirect(path + "/", 301)
            return html(wp_page(request, slug))
        return not_found(request)

    def _cat(self, request: Request, cat: str, n: int) -> Response:
        crumbs = _crumbs((CATS[cat], None))
        out = listing(request, f"/{cat}/", CATS[cat], in_cat(cat), n, crumbs, f"archive category category-{cat}")
        return html(out) if out else not_found(request)

    def _post(self, request: Request, m: re.Match) -> Response:
        cat, slug, tail, num = m.group(1), m.group(2), m.group(3), m.group(4)
        if cat == "van-ban":
            d = next((d for d in DOCS if d.slug == slug), None)
            return html(doc_page(request, d)) if d and not tail else not_found(request)
        if cat == "thu-vien-anh":
            a = next((a for a in ALBUMS if a.slug == slug), None)
            return html(album_page(request, a)) if a and not tail else not_found(request)
        s = BY_SLUG.get(slug)
        if s is None:
            return not_found(request)
        if cat not in (s.cat, s.opts.get("alt_cat")):
            if cat in CATS:
                return redirect(permalink(s) + (tail if tail and tail != "/" else ""), 301)
            return not_found(request)
        if tail == "/":
            return redirect(f"/{cat}/{slug}.html", 301)
        if tail == "/print/":
            return html(print_view(request, s))
        if num:
            n = int(num)
            if n == 1:
                return redirect(permalink(s), 301)
            if n > len(split_pages(s)):
                return redirect(permalink(s), 301)
            return html(single(request, s, n))
        return html(single(request, s, 1))


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    alts = []
    if s.opts.get("alt_cat"):
        alts.append(f"/{s.opts['alt_cat']}/{s.slug}.html")
    for k in range(2, len(split_pages(s)) + 1):
        alts.append(f"{permalink(s)}/{k}/")
    alts.append(f"{permalink(s)}/print/")
    alts.append(f"/?p={s.id}")
    return alts


GOLD = [gold_record(s, permalink(s), CATS[s.cat], alt_paths=_alt(s)) for s in STORIES]
