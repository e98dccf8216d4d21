"""WordPress + Foxiz (Themeruby) news theme + Yoast SEO: Trường THPT Chuyên Lê Quý Đôn, Đà Nẵng.

Platform
    WordPress 6.x with the Foxiz news theme (single template "single-standard-1", Elementor home
    page built from Foxiz blocks, mega menu, breaking-news ticker, sticky reading header, login
    popup), Yoast SEO (title, canonical, og:*, ``article:published_time``, a JSON-LD graph,
    breadcrumbs with "»", sitemaps), LiteSpeed Cache lazy-loading on some images, the classic
    editor on older posts and the block editor on newer ones.

URL scheme
    - posts ``/<yyyy>/<mm>/<dd>/<slug>/`` (a ``<!--nextpage-->`` post also has ``…/<slug>/2/``;
      WordPress comment paging adds ``…/<slug>/comment-page-1/``; reply links add
      ``?replytocom=<id>``); ``/?p=<id>`` (Yoast's shortlink) and a slug without its trailing
      slash answer 301 to the post; a post's old slug answers 301 to its new one;
      ``…/<slug>/attachment/<name>/`` answers 301 to the image file (Yoast's default);
    - category lists ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<N>/`` (4 a page);
    - tag lists ``/tag/<slug>/``; author archives ``/author/<nick>/`` (+ ``/page/2/``);
    - pages ``/<slug>/`` (giới thiệu, ban giám hiệu, liên hệ, văn bản, thư viện ảnh);
    - ``/feed/``, ``/robots.txt``, ``/sitemap_index.xml``, ``/post-sitemap.xml``,
      ``/page-sitemap.xml``; search ``/?s=<q>``; files under ``/wp-content/``.

Page templates
    home (Elementor sections of Foxiz blocks: hero grid, "Tin mới", "Thông báo",
    "Thành tích học sinh", "Đoàn Thanh niên"), archive (category / tag / author / search),
    single post, page.

How each gold article is reached
    The home page shows the five newest posts and the two newest of "Thành tích học sinh", the
    newest of "Đoàn Thanh niên" and both "Thông báo" posts. "Tin nhà trường" has two list pages:
    104 (also filed under Đoàn), 111 and 110 are on ``/chuyen-muc/tin-nha-truong/page/2/``;
    "Thành tích học sinh" paginates with Foxiz's "Xem thêm" (load-more) button, whose page 2
    (103) is linked only by Yoast's ``<link rel="next">`` in the head and by the tag page
    ``/tag/hoc-sinh-gioi/``. Tag pages, author archives, the "Có thể bạn quan tâm" blocks, the
    feed and Yoast's post sitemap reach them too.

Traps
    1. Foxiz's table of contents ("Mục lục", ``div.ruby-table-contents``) sits inside
       ``.entry-content`` before the first heading and repeats every heading as a numbered link:
       not body (the headings themselves, further down, are).
    2. Foxiz's inline "Có thể bạn quan tâm" box (``div.related-sec`` from the ``[ruby_related]``
       shortcode) is inside ``.entry-content`` between two paragraphs, with other posts' titles
       in ``<h6 class="entry-title">``: not body, not headings of this text.
    3. The meta line prints "N phút đọc" (reading time), "1,2K lượt xem" and "2 bình luận" next to
       the byline and date: chrome.
    4. Dates in the 12-hour clock of WordPress's Vietnamese locale: "3:30 chiều" is 15:30 and
       "8:15 chiều" is 20:15; "12:00 sáng" is midnight, i.e. a day without a time (110 -> day
       alone). 102 prints the day in words ("12 Tháng Mười Một, 2026 - 8:20 sáng").
    5. Yoast prints ``article:published_time`` and the JSON-LD ``datePublished`` in UTC
       ("+00:00"): 112, published 05/11/2026 at 6:30 sáng, is "2026-11-04T23:30:00+00:00" there.
       Gold is the site's time with +07:00 (same instant, other day).
    6. Foxiz's relative date: 109 prints only "10 ngày trước"; the exact time is in the
       ``<time datetime>`` attribute (gold takes it, with its time).
    7. Foxiz's "show the updated date" option: 107's meta prints only "Cập nhật: 04/12/2026 lúc
       9:10 sáng"; its publication (03/12 at 4:00 chiều) is only in Yoast's metadata (UTC) ->
       gold "2026-12-03T16:00:00+07:00", never the update.
    8. The meta byline "Bởi Ban Biên tập" is the CMS account on most posts (-> nobody; its
       author box at the foot repeats it with a bio); on 108 the same slot prints a teacher's
       real account "Nguyễn Thị Thanh Hà" -> she is the author. The real signatures are at the
       end: right-aligned "Tổ Giáo vụ" / "Đoàn trường" (a unit as printed), "Tin, ảnh: ThS. Trần
       Thị Minh Thư" (author and photographer, degree dropped), "Tin: Lê Hoàng Nam (GV Tổ Tin
       học) – Ảnh: CLB Truyền thông LQĐ" (post after the name dropped).
    9. Primary category: 104 is filed under "Tin nhà trường" and "Đoàn Thanh niên"; the category
       label above its title (WordPress sorts by name) prints "Tin nhà trường" first, but Yoast's
       primary category, in the breadcrumb, is "Đoàn Thanh niên" -> gold category.
    10. Foxiz's tagline ``<h2 class="s-tagline">`` under the title is the sapo (an ``h2``, not a
        heading of the text) -> summary and first body paragraph; Yoast's meta description is a
        different sentence and is never the sapo.
    11. The featured image in Foxiz's header (``div.s-feat`` with its ``div.feat-caption``) is the
        article's first photo with its caption; its ``-1024x683`` file is the gold path, not the
        full-size file in ``og:image`` nor the lightbox ``data-source``.
    12. LiteSpeed lazy-loading (105): ``src`` is a ``data:`` placeholder, the photo is in
        ``data-src`` (and again in ``<noscript>``): gold takes the ``data-src`` path, once.
    13. Gutenberg pullquote (101): the quote and its ``<cite>`` ("— NGƯT Lê Văn Hùng, Hiệu
        trưởng") are body paragraphs; the cited person is not the article's author.
    14. Gallery block (101): each image has its own ``figcaption``; the gallery's caption
        (``figcaption.blocks-gallery-caption``) is neither body nor an image's caption.
    15. ``<!--nextpage-->`` (103): the post is split in two; page 1 links page 2 by
        "Trang: 1 2" (``div.page-links``). Gold body and images are both pages' in order; the
        path is page 1 and ``…/2/`` is an alt path.
    16. WordPress comment paging (111): the post shows the last comment page; "« Bình luận cũ
        hơn" links ``…/comment-page-1/``, a full copy of the post (alt path), and every "Trả lời"
        link is ``?replytocom=<id>`` (alt paths). Comment bodies, names and dates are not the
        article's.
    17. Classic-editor captions: ``[caption]`` output with an attachment link (301 to the file);
        a caption that only reads "Ảnh: Lê Hoàng Nam" (109) is a photographer credit -> caption
        None; 113 prints its caption as a centred ``<em>`` paragraph under the image.
    18. wptexturize: quotes and dashes come as ``&#8220;…&#8221;`` / ``&#8211;`` in titles and
        text; gold keeps the printed characters (“ ” –).
    19. 105's editor typed a link to the post's old slug and a link without trailing slash:
        both answer 301; ``/?p=<id>`` shortlinks 301 too (no alt paths).
    20. Official notice (106): letterhead table, "Số: 215/TB-LQĐ", "Đà Nẵng, ngày 30 tháng 11
        năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "HIỆU TRƯỞNG", signer; posted 01/12 at
        9:00 sáng -> date 2026-11-30 (letterhead), author the signer; the file block ("Tải
        xuống") and the PDF embed are not body.
    21. Emoji (107): WordPress's ``<img class="emoji" alt="📌">`` at the start of lines is a
        bullet (no text); a "👉" typed as a character stays.
    22. Yoast prints ``og:type = article`` and a ``datePublished`` on the pages (giới thiệu, liên
        hệ …) too: they are still not articles.

Gold decisions on ambiguous points
    - The featured image counts as the first image of the article (it is printed in the
      article's header with its caption).
    - The pullquote's ``<cite>`` line is a body paragraph as printed (with its "— ").
    - A gallery's overall caption is dropped (not body, not an image caption).
    - A post split by ``<!--nextpage-->``: one article, both pages' text; page 2 is an alt path.
    - When the visible date is relative or replaced by the update date, the exact publication
      time from ``<time class="published" datetime>`` / Yoast is gold, with its time.
    - A cited "Nguồn: Báo Đà Nẵng" closing line (111) is the source; "Theo kế hoạch …" in 111's
      text is text.
    - Categories: the Yoast breadcrumb's (primary) category.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_foxiz_thpt"
PLATFORM = "WordPress + Foxiz (Themeruby) + Yoast SEO"
START_PATH = "/"

SITE = "Trường THPT Chuyên Lê Quý Đôn Đà Nẵng"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 10, 0)
PER_PAGE = 4
UP = "/wp-content/uploads"

CATS = {
    "tin-nha-truong": "Tin nhà trường",
    "thanh-tich-hoc-sinh": "Thành tích học sinh",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "thong-bao": "Thông báo",
}
#: Foxiz pagination style per category: numbered links or the "Xem thêm" load-more button
LOADMORE = {"thanh-tich-hoc-sinh"}
CAT_PER_PAGE = {"thanh-tich-hoc-sinh": 2}
TAGS = {
    "hoc-sinh-gioi": "Học sinh giỏi",
    "ngoai-khoa": "Hoạt động ngoại khóa",
    "thong-bao-nha-truong": "Thông báo nhà trường",
    "cha-me-hoc-sinh": "Cha mẹ học sinh",
}
USERS = {
    "bbt-lqd": ("Ban Biên tập", "Ban Biên tập website Trường THPT Chuyên Lê Quý Đôn Đà Nẵng."),
    "thanhha": ("Nguyễn Thị Thanh Hà", "Giáo viên Tổ Ngữ văn, phụ trách chuyên mục Chuyên môn."),
}

_TEX = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;", "—": "&#8212;", "…": "&#8230;"}


def tx(value: str) -> str:
    """Escaped text as wptexturize prints it: curly quotes and dashes as numeric references."""
    out = esc(value)
    for ch, ref in _TEX.items():
        out = out.replace(ch, ref)
    return out


# --- dates ----------------------------------------------------------------------------------

_MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def _dt(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M")


def iso_local(stamp: str) -> str:
    return _dt(stamp).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def iso_utc(stamp: str) -> str:
    return (_dt(stamp) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def clock(stamp: str) -> str:
    """WordPress vi: "g:i a" -> "3:30 chiều", "12:00 sáng"."""
    d = _dt(stamp)
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def dmy(stamp: str) -> str:
    return _dt(stamp).strftime("%d/%m/%Y")


def words(stamp: str) -> str:
    d = _dt(stamp)
    return f"{d.day} Tháng {_MONTHS[d.month - 1]}, {d.year}"


def relative(stamp: str) -> str:
    days = (NOW - _dt(stamp)).days
    if days < 1:
        return f"{max(1, (NOW - _dt(stamp)).seconds // 3600)} giờ trước"
    if days < 14:
        return f"{days} ngày trước"
    if days < 60:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


# --- the articles -----------------------------------------------------------------------------


def _img(path: str, printed: str | None = None, caption: str | None = None, style: str = "fig") -> Img:
    return Img(f"{UP}/{path}", printed, caption, style)


STORIES: list[Story] = [
    Story(
        101,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-nha-truong",
        "2026-11-20T15:30:00+07:00",
        [
            _img("2026/11/le-20-11-toan-canh-1024x683.jpg",
                 "Toàn cảnh buổi lễ tại hội trường A nhà trường.",
                 "Toàn cảnh buổi lễ tại hội trường A nhà trường.", "feat"),
            P("Sáng ngày 20/11/2026, Trường THPT Chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
              "Ngày Nhà giáo Việt Nam với sự tham dự của đại diện Sở Giáo dục và Đào tạo thành phố, Ban "
              "đại diện cha mẹ học sinh, các thế hệ thầy cô giáo và hơn 1.100 học sinh."),
            Raw("[[TOC]]"),
            P("Ôn lại truyền thống tôn sư trọng đạo", "h2"),
            P("Mở đầu chương trình là tiết mục văn nghệ “Bụi phấn” do tập thể lớp 11 Văn trình bày. Đại "
              "diện Ban Giám hiệu đã ôn lại lịch sử Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi "
              "bật của nhà trường trong năm học 2025 – 2026."),
            P("Năm học vừa qua, nhà trường có 38 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia, "
              "3 học sinh được chọn vào đội tuyển dự thi Olympic quốc tế và khu vực; tỉ lệ tốt nghiệp "
              "THPT đạt 100%."),
            P("Nhà trường là ngôi nhà chung, mỗi thầy cô là một người giữ lửa. Chúng ta dạy học sinh "
              "không chỉ kiến thức mà cả cách làm người.", "pull"),
            P("— NGƯT Lê Văn Hùng, Hiệu trưởng nhà trường", "cite"),
            P("Khen thưởng và tri ân", "h2"),
            P("Tại buổi lễ, nhà trường đã trao giấy khen cho 24 giáo viên có thành tích xuất sắc trong "
              "công tác bồi dưỡng học sinh giỏi và 12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thành "
              "phố. Các thế hệ cựu học sinh cũng gửi tặng thầy cô những bó hoa tươi thắm."),
            _img("2026/11/le-20-11-khen-thuong-1024x683.jpg", "Ban Giám hiệu trao giấy khen cho giáo viên.",
                 "Ban Giám hiệu trao giấy khen cho giáo viên.", "gal"),
            _img("2026/11/le-20-11-van-nghe-1024x683.jpg", "Tiết mục văn nghệ của học sinh lớp 11 Văn.",
                 "Tiết mục văn nghệ của học sinh lớp 11 Văn.", "gal"),
            _img("2026/11/le-20-11-cuu-hoc-sinh-1024x683.jpg", "Cựu học sinh khóa 2010 – 2013 tri ân thầy cô.",
                 "Cựu học sinh khóa 2010 – 2013 tri ân thầy cô.", "gal"),
            P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy và trò nhà trường."),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: ThS. Trần Thị Minh Thư</strong></p>'),
        ],
        authors=["Trần Thị Minh Thư"],
        photographers=["Trần Thị Minh Thư"],
        opts={"when": "2026-11-20T15:30", "mode": "abs", "user": "bbt-lqd", "cats": ["tin-nha-truong"],
              "tags": ["ngoai-khoa"], "galcap": "Một số hình ảnh tại buổi lễ.",
              "comments": [(501, "Phụ huynh Lan Anh", "2026-11-20T19:05", "Chúc mừng thầy cô nhà trường!"),
                           (502, "Cựu HS khóa 2015", "2026-11-21T07:40", "Nhớ thầy cô nhiều lắm ạ.")]},
    ),
    Story(
        102,
        "hoc-sinh-gianh-48-giai-ky-thi-hoc-sinh-gioi-thanh-pho-lop-12",
        "Học sinh nhà trường giành 48 giải Kỳ thi chọn học sinh giỏi thành phố lớp 12",
        "thanh-tich-hoc-sinh",
        "2026-11-12T08:20:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 – 2027 khép lại với kết quả ấn "
              "tượng: học sinh Trường THPT Chuyên Lê Quý Đôn giành 48 giải, trong đó có 15 giải Nhất.",
              "bold"),
            Raw("[[TOC]]"),
            P("Kết quả theo môn", "h2"),
            P("Kỳ thi diễn ra trong hai ngày 28 và 29/10/2026 với 11 môn thi. Kết quả cụ thể như sau:"),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Toán | 3 | 2 | 1", "row"),
            P("Vật lý | 2 | 3 | 1", "row"),
            P("Hóa học | 4 | 2 | 0", "row"),
            P("Tin học | 3 | 1 | 2", "row"),
            P("Ngữ văn | 1 | 4 | 3", "row"),
            P("Tiếng Anh | 2 | 5 | 6", "row"),
            P("Chuẩn bị cho kỳ thi quốc gia", "h2"),
            P("Trên cơ sở kết quả này, nhà trường sẽ thành lập đội tuyển tham dự Kỳ thi chọn học sinh "
              "giỏi quốc gia THPT năm 2027, tổ chức bồi dưỡng tập trung từ ngày 16/11/2026."),
            P("Ban Giám hiệu biểu dương các em học sinh và các thầy cô giáo đã tích cực bồi dưỡng."),
            Raw('<p class="has-text-align-right"><strong>Tổ Giáo vụ</strong></p>'),
        ],
        authors=["Tổ Giáo vụ"],
        summary="Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026 – 2027 khép lại với kết quả ấn "
                "tượng: học sinh Trường THPT Chuyên Lê Quý Đôn giành 48 giải, trong đó có 15 giải Nhất.",
        opts={"when": "2026-11-12T08:20", "mode": "words", "user": "bbt-lqd", "cats": ["thanh-tich-hoc-sinh"],
              "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        103,
        "doi-tuyen-hoc-sinh-gioi-quoc-gia-bat-dau-tap-huan",
        "Đội tuyển học sinh giỏi quốc gia bắt đầu tập huấn tại trường",
        "thanh-tich-hoc-sinh",
        "2026-10-28T08:00:00+07:00",
        [
            _img("2026/10/doi-tuyen-qg-1024x683.jpg", "Các đội tuyển chụp ảnh lưu niệm ngày khai giảng lớp tập huấn.",
                 "Các đội tuyển chụp ảnh lưu niệm ngày khai giảng lớp tập huấn.", "feat"),
            P("Ngày 27/10/2026, nhà trường tổ chức khai giảng lớp tập huấn đội tuyển học sinh giỏi quốc gia "
              "năm 2027 cho 96 học sinh thuộc 10 môn thi."),
            P("Phát biểu tại buổi khai giảng, thầy Phó Hiệu trưởng chuyên môn nhấn mạnh yêu cầu tự học, "
              "rèn luyện kỹ năng trình bày và giữ gìn sức khỏe trong suốt thời gian tập huấn."),
            P("Lịch tập huấn", "h2"),
            P("Các đội tuyển học tập trung vào các buổi chiều từ thứ Hai đến thứ Bảy, riêng ngày Chủ nhật "
              "làm bài kiểm tra định kỳ theo đề của các chuyên gia mời từ Đại học Đà Nẵng."),
            Raw("[[NEXTPAGE]]"),
            P("Đội ngũ giảng viên", "h2"),
            P("Ngoài giáo viên của trường, nhà trường mời 14 giảng viên từ Trường Đại học Sư phạm – Đại "
              "học Đà Nẵng và Trường Đại học Khoa học Tự nhiên – Đại học Quốc gia Hà Nội tham gia giảng dạy."),
            _img("2026/10/doi-tuyen-qg-tiet-hoc-1024x683.jpg", "Một tiết học của đội tuyển Tin học.",
                 "Một tiết học của đội tuyển Tin học.", "fig"),
            P("Kỳ thi chọn học sinh giỏi quốc gia năm 2027 dự kiến diễn ra vào cuối tháng 12/2026."),
            Raw('<p class="has-text-align-right"><strong>Tin: Lê Hoàng Nam (GV Tổ Tin học) – Ảnh: CLB Truyền '
                'thông LQĐ</strong></p>'),
        ],
        authors=["Lê Hoàng Nam"],
        photographers=["CLB Truyền thông LQĐ"],
        opts={"when": "2026-10-28T08:00", "mode": "abs", "user": "bbt-lqd", "cats": ["thanh-tich-hoc-sinh"],
              "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        104,
        "hoi-thao-chao-mung-ngay-thanh-lap-hoi-lhtn-viet-nam",
        "Sôi nổi Hội thao chào mừng Ngày thành lập Hội Liên hiệp Thanh niên Việt Nam",
        "doan-thanh-nien",
        "2026-10-16T17:20:00+07:00",
        [
            P("Chào mừng 70 năm Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam (15/10/1956 – 15/10/2026), "
              "Đoàn trường tổ chức Hội thao với ba nội dung: bóng đá nam, bóng chuyền nữ và kéo co."),
            _img("2026/10/hoi-thao-keo-co-1024x683.jpg", "Phần thi kéo co của khối 10.",
                 "Phần thi kéo co của khối 10.", "fig"),
            P("Hội thao thu hút 34 chi đoàn với gần 600 vận động viên tham gia. Các trận đấu diễn ra sôi "
              "nổi, đúng tinh thần “Đoàn kết – Trung thực – Cao thượng”."),
            P("Kết thúc hội thao, chi đoàn 12 Toán giành giải Nhất toàn đoàn; chi đoàn 11 Lý và 10 Anh lần "
              "lượt giành giải Nhì và giải Ba."),
            Raw('<p class="has-text-align-right"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={"when": "2026-10-16T17:20", "mode": "abs", "user": "bbt-lqd",
              "cats": ["doan-thanh-nien", "tin-nha-truong"], "tags": ["ngoai-khoa"]},
    ),
    Story(
        105,
        "ngay-hoi-stem-2026-hoc-sinh-trinh-dien-40-san-pham",
        "Ngày hội STEM 2026: học sinh trình diễn 40 sản phẩm khoa học kỹ thuật",
        "tin-nha-truong",
        "2026-11-28T10:45:00+07:00",
        [
            P("Ngày hội diễn ra tại sân trường vào sáng 27/11/2026, với sự tham gia của các câu lạc bộ khoa "
              "học và 36 lớp học. Mỗi gian trưng bày có phần thuyết trình bằng tiếng Việt và tiếng Anh."),
            _img("2026/11/stem-robot-1024x683.jpg", "Robot phân loại rác của nhóm học sinh lớp 11 Tin.",
                 "Robot phân loại rác của nhóm học sinh lớp 11 Tin.", "lazy"),
            Raw("[[REL:102,103]]"),
            P("Ban giám khảo gồm các giảng viên Trường Đại học Bách khoa – Đại học Đà Nẵng đã chọn 6 sản phẩm "
              "xuất sắc để giới thiệu tham dự Cuộc thi Khoa học kỹ thuật cấp thành phố."),
            _img("2026/11/stem-tuoi-cay-1024x683.jpg", "Hệ thống tưới cây tự động dùng cảm biến độ ẩm.",
                 "Hệ thống tưới cây tự động dùng cảm biến độ ẩm.", "lazy"),
            P("Danh sách 40 sản phẩm dự thi đã được cập nhật tại bài viết này và tại bản tin ngày 26/11.", "html"),
            Raw('<p class="has-text-align-right"><strong>Tổ Vật lý – Công nghệ</strong></p>'),
        ],
        authors=["Tổ Vật lý – Công nghệ"],
        summary="Từ robot phân loại rác đến hệ thống tưới cây tự động, 40 sản phẩm STEM của học sinh đã được "
                "trưng bày và trình diễn tại Ngày hội STEM lần thứ ba của nhà trường.",
        sapo_outside=True,
        opts={"html": 'Danh sách 40 sản phẩm dự thi đã được cập nhật tại '
                      '<a href="/2026/11/28/ngay-hoi-stem-2026-hoc-sinh-trinh-dien-40-san-pham">bài viết này</a> và tại '
                      '<a href="/2026/11/28/ngay-hoi-stem-2026-hoc-sinh-trinh-dien-san-pham/">bản tin ngày 26/11</a>.',
              "when": "2026-11-28T10:45", "mode": "abs", "user": "bbt-lqd", "cats": ["tin-nha-truong"],
              "tags": ["ngoai-khoa"], "tagline": True},
    ),
    Story(
        106,
        "thong-bao-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw("[[LETTERHEAD]]"),
            P("Căn cứ Kế hoạch năm học 2026 – 2027 của nhà trường, Trường THPT Chuyên Lê Quý Đôn thông báo "
              "lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 26/12/2026.", "plain"),
            P("2. Hình thức: kiểm tra tập trung theo đề chung của tổ chuyên môn; riêng môn Giáo dục thể chất "
              "và Nghệ thuật kiểm tra tại lớp.", "plain"),
            P("3. Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh trước ngày "
              "10/12/2026.", "plain"),
            P("Nhận được thông báo này, đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện."),
            Raw("[[SIGN]]"),
            Raw("[[FILE:2026/12/TB-215-LQD-kiem-tra-HKI.pdf]]"),
        ],
        authors=["Nguyễn Đức Thắng"],
        opts={"when": "2026-12-01T09:00", "mode": "abs", "user": "bbt-lqd", "cats": ["thong-bao"],
              "tags": ["thong-bao-nha-truong"]},
    ),
    Story(
        107,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch 2027",
        "thong-bao",
        "2026-12-03T16:00:00+07:00",
        [
            P("Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo thành phố Đà Nẵng, nhà trường thông báo lịch "
              "nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên, nhân viên và học sinh như sau:"),
            P("Thời gian nghỉ: Thứ Sáu, ngày 01/01/2027.", "emoji"),
            P("Học sinh đi học lại bình thường từ Thứ Bảy, ngày 02/01/2027.", "emoji"),
            P("👉 Trong thời gian nghỉ, các đội tuyển học sinh giỏi quốc gia vẫn tập huấn theo lịch riêng."),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh."),
            Raw('<p class="has-text-align-right"><strong>Văn phòng nhà trường</strong></p>'),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"when": "2026-12-03T16:00", "modified": "2026-12-04T09:10", "mode": "updated", "user": "bbt-lqd",
              "cats": ["thong-bao"], "tags": ["thong-bao-nha-truong"]},
    ),
    Story(
        108,
        "chuyen-de-nghien-cuu-bai-hoc-mon-ngu-van",
        "Chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn",
        "tin-nha-truong",
        "2026-11-14T14:05:00+07:00",
        [
            P("Ngày 12/11/2026, Tổ Ngữ văn tổ chức chuyên đề sinh hoạt chuyên môn theo hướng nghiên cứu bài "
              "học với tiết dạy minh họa bài “Người lái đò sông Đà” tại lớp 11 Văn 2."),
            P("Tiết dạy do cô Phan Thị Ngọc Diệp thực hiện, tập trung vào việc tổ chức cho học sinh đọc hiểu "
              "văn bản tùy bút theo đặc trưng thể loại, đúng định hướng của Chương trình 2018.[1]"),
            _img("2026/11/chuyen-de-ngu-van-1024x683.jpg", "Cô Phan Thị Ngọc Diệp trong tiết dạy minh họa.",
                 "Cô Phan Thị Ngọc Diệp trong tiết dạy minh họa.", "fig"),
            P("Trong phần thảo luận, các thầy cô tập trung phân tích hoạt động học của học sinh, những thời "
              "điểm học sinh gặp khó khăn và cách giáo viên hỗ trợ kịp thời.[2]"),
            P("Chuyên đề góp phần đổi mới sinh hoạt tổ chuyên môn, lấy hoạt động học của học sinh làm trung tâm."),
            P("Tài liệu tham khảo", "h3"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn.", "oli"),
            P("[2] Bộ Giáo dục và Đào tạo (2014), Tài liệu hướng dẫn sinh hoạt chuyên môn theo nghiên cứu "
              "bài học.", "oli"),
        ],
        authors=["Nguyễn Thị Thanh Hà"],
        opts={"when": "2026-11-14T14:05", "mode": "abs", "user": "thanhha", "cats": ["tin-nha-truong"],
              "tags": []},
    ),
    Story(
        109,
        "hoc-sinh-trai-nghiem-mot-ngay-lam-chien-si",
        "Học sinh trải nghiệm “Một ngày làm chiến sĩ”",
        "doan-thanh-nien",
        "2026-11-25T09:10:00+07:00",
        [
            P("Trong hai ngày 22 và 23/11/2026, Đoàn trường phối hợp với Bộ Chỉ huy Quân sự thành phố tổ chức "
              "chương trình “Một ngày làm chiến sĩ” cho 420 đoàn viên khối 10."),
            _img("2026/11/mot-ngay-lam-chien-si-1-1024x683.jpg", "Ảnh: Lê Hoàng Nam", None, "wpcap"),
            P("Các em được trải nghiệm nếp sống quân ngũ: gấp chăn màn, xếp hàng ăn cơm,"),
            P("tập điều lệnh đội ngũ và tham quan phòng truyền thống của đơn vị.", "br"),
            P("Buổi tối, chương trình giao lưu văn nghệ giữa học sinh và các chiến sĩ đã để lại nhiều kỷ niệm "
              "đẹp."),
            _img("2026/11/mot-ngay-lam-chien-si-2-1024x683.jpg", "Học sinh tập điều lệnh đội ngũ.",
                 "Học sinh tập điều lệnh đội ngũ.", "wpcap"),
            Raw('<p style="text-align: right;"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        photographers=["Lê Hoàng Nam"],
        opts={"when": "2026-11-25T09:10", "mode": "rel", "user": "bbt-lqd", "cats": ["doan-thanh-nien"],
              "tags": ["ngoai-khoa"], "classic": True},
    ),
    Story(
        110,
        "hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        "Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
        "tin-nha-truong",
        "2026-10-03",
        [
            P("Chiều ngày 02/10/2026, nhà trường tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027 "
              "với sự tham dự của gần 1.000 phụ huynh."),
            P("Hội nghị đã thông qua kế hoạch năm học, các khoản thu theo quy định và bầu Ban đại diện cha mẹ "
              "học sinh nhà trường gồm 15 thành viên."),
            P("Ông Trần Quang Vinh, phụ huynh lớp 12 Hóa, được bầu làm Trưởng ban đại diện."),
            Raw('<p style="text-align: right;"><strong>Văn phòng nhà trường</strong></p>'),
        ],
        authors=["Văn phòng nhà trường"],
        opts={"when": "2026-10-03T00:00", "mode": "abs", "user": "bbt-lqd", "cats": ["tin-nha-truong"],
              "tags": ["cha-me-hoc-sinh"], "classic": True},
    ),
    Story(
        111,
        "toa-dam-dinh-huong-chon-to-hop-mon-va-nganh-hoc",
        "Tọa đàm “Định hướng chọn tổ hợp môn và ngành học” cho học sinh khối 12",
        "tin-nha-truong",
        "2026-10-09T14:00:00+07:00",
        [
            P("Theo kế hoạch tư vấn hướng nghiệp năm học 2026 – 2027, ngày 08/10/2026 nhà trường tổ chức "
              "tọa đàm dành cho học sinh khối 12 và cha mẹ học sinh."),
            P("Các diễn giả đến từ Đại học Đà Nẵng đã giới thiệu xu hướng tuyển sinh đại học năm 2027, các "
              "phương thức xét tuyển và những ngành học có nhu cầu nhân lực cao tại thành phố."),
            _img("2026/10/toa-dam-huong-nghiep-1024x683.jpg", "Học sinh đặt câu hỏi cho các diễn giả.",
                 "Học sinh đặt câu hỏi cho các diễn giả.", "fig"),
            P("Nhiều câu hỏi của học sinh về việc chọn tổ hợp môn thi tốt nghiệp đã được các diễn giả giải "
              "đáp cụ thể."),
            Raw('<p><em>Nguồn: Báo Đà Nẵng</em></p>'),
        ],
        source="Báo Đà Nẵng",
        opts={"when": "2026-10-09T14:00", "mode": "abs", "user": "bbt-lqd", "cats": ["tin-nha-truong"],
              "tags": ["cha-me-hoc-sinh"],
              "comments": [(511, "Nguyễn Minh Khoa", "2026-10-09T20:12", "Buổi tọa đàm rất bổ ích ạ."),
                           (512, "Phụ huynh lớp 12 Sinh", "2026-10-10T06:45", "Mong trường tổ chức thêm."),
                           (513, "Lê Thu Trang", "2026-10-11T21:30", "Em cảm ơn thầy cô.")],
              "comment_pages": True},
    ),
    Story(
        112,
        "ba-hoc-sinh-dat-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-thanh-pho",
        "Ba học sinh đạt giải Cuộc thi Khoa học kỹ thuật cấp thành phố",
        "thanh-tich-hoc-sinh",
        "2026-11-05T06:30:00+07:00",
        [
            P("Tại Cuộc thi Khoa học kỹ thuật cấp thành phố dành cho học sinh trung học năm học 2026 – 2027, "
              "ba dự án của học sinh nhà trường đã đạt giải."),
            P("Dự án “Ứng dụng học máy dự báo ngập úng đô thị” của hai em Võ Minh Quân và Đặng Bảo Ngọc "
              "(lớp 11 Tin) đạt giải Nhất và được chọn tham dự cuộc thi cấp quốc gia."),
            P("Hai dự án thuộc lĩnh vực Hóa sinh và Khoa học môi trường đạt giải Ba."),
            _img("2026/11/khkt-giai-nhat-1024x683.jpg", None, None, "fig"),
            Raw('<p class="has-text-align-right"><strong>Tổ Tin học</strong></p>'),
        ],
        authors=["Tổ Tin học"],
        opts={"when": "2026-11-05T06:30", "mode": "abs", "user": "bbt-lqd", "cats": ["thanh-tich-hoc-sinh"],
              "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        113,
        "chung-ket-rung-chuong-vang-khoi-10",
        "Chung kết “Rung chuông vàng” khối 10 năm học 2026 – 2027",
        "tin-nha-truong",
        "2026-10-24T20:15:00+07:00",
        [
            P("Tối 24/10/2026, Đoàn trường tổ chức vòng chung kết cuộc thi “Rung chuông vàng” dành cho học "
              "sinh khối 10 với chủ đề “Tự hào Đà Nẵng”."),
            _img("2026/10/rung-chuong-vang-1024x683.jpg", "Khoảnh khắc em Hồ Gia Bảo trả lời câu hỏi cuối cùng.",
                 "Khoảnh khắc em Hồ Gia Bảo trả lời câu hỏi cuối cùng.", "below"),
            P("Sau 20 câu hỏi về lịch sử, văn hóa và địa lý thành phố, em Hồ Gia Bảo (lớp 10 Sử) là thí sinh "
              "cuối cùng trên sàn thi và đã rung chuông vàng."),
            P("Cuộc thi là hoạt động thiết thực giáo dục truyền thống quê hương cho học sinh."),
            Raw('<p style="text-align: right;"><strong>Tin: Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={"when": "2026-10-24T20:15", "mode": "abs", "user": "bbt-lqd", "cats": ["tin-nha-truong"],
              "tags": ["ngoai-khoa"], "classic": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def post_path(story: Story) -> str:
    d = _dt(story.opts["when"])
    return f"/{d:%Y/%m/%d}/{story.slug}/"


BY_PATH = {post_path(s): s for s in STORIES}
OLD_SLUGS = {"/2026/11/28/ngay-hoi-stem-2026-hoc-sinh-trinh-dien-san-pham/": 105}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["when"], reverse=True)


def in_cat(slug: str) -> list[Story]:
    return newest([s for s in STORIES if slug in s.opts["cats"]])


def thumb(story: Story) -> str:
    first = story.images[0].src if story.images else f"{UP}/2026/08/lqd-placeholder.jpg"
    return re.sub(r"-1024x683\.jpg$", "-330x220.jpg", first)


def read_minutes(story: Story) -> int:
    return max(1, sum(len(p.split()) for p in story.paragraphs) // 200 + 1)


def views_label(story: Story) -> str:
    n = story.views() * 3
    return f"{n // 1000},{(n % 1000) // 100}K" if n >= 1000 else str(n)


# --- chrome -----------------------------------------------------------------------------------


def head(request: Request, title: str, canonical: str, extra: str = "", desc: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- Search Engine Optimization by Yoast SEO v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title}</title>
{f'<meta name="description" content="{esc(desc)}">' if desc else ''}
<link rel="canonical" href="{base}{canonical}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{SITE}">
{extra}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/">
<link rel="stylesheet" id="foxiz-main-css" href="/wp-content/themes/foxiz/assets/css/main.css?ver=2.5.1" media="all">
<link rel="stylesheet" id="foxiz-style-css" href="/wp-content/themes/foxiz-child/style.css?ver=1.0" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="icon" href="{UP}/2026/08/favicon-lqd-32x32.png" sizes="32x32">
</head>
"""


def _menu() -> str:
    cats = "".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="/chuyen-muc/{slug}/">'
        f"<span>{esc(name)}</span></a></li>"
        for slug, name in CATS.items()
        if slug != "thong-bao"
    )
    mega = "".join(
        f'<div class="p-wrap p-grid p-grid-small-1" data-pid="{s.id}"><div class="feat-holder"><div class="p-featured">'
        f'<a class="p-flink" href="{post_path(s)}" title="{tx(s.title)}"><img loading="lazy" src="{thumb(s)}" '
        f'alt="{tx(s.title)}" width="330" height="220"></a></div></div><div class="p-content">'
        f'<span class="entry-title h4"><a class="p-url" href="{post_path(s)}" rel="bookmark">{tx(s.title)}</a></span>'
        f"</div></div>"
        for s in newest(STORIES)[:4]
    )
    return f"""<nav id="site-navigation" class="main-menu-wrap" aria-label="main menu">
<ul id="menu-main-menu" class="main-menu rb-menu large-menu" itemscope itemtype="https://www.schema.org/SiteNavigationElement">
<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-home"><a href="/"><span>Trang chủ</span></a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children"><a href="/gioi-thieu/"><span>Giới thiệu</span></a>
 <ul class="sub-menu">
 <li class="menu-item"><a href="/gioi-thieu/"><span>Lịch sử nhà trường</span></a></li>
 <li class="menu-item"><a href="/ban-giam-hieu/"><span>Ban giám hiệu</span></a></li>
 <li class="menu-item"><a href="/thu-vien-anh/"><span>Thư viện ảnh</span></a></li>
 </ul></li>
<li id="menu-item-23" class="menu-item menu-item-type-custom menu-item-has-children is-mega-menu type-category"><a href="#"><span>Tin tức</span></a>
 <div class="mega-dropdown"><div class="mega-dropdown-inner"><div class="mega-header"><span class="h4">Tin mới</span></div>
 <ul class="sub-menu">{cats}</ul>
 <div class="block-wrap block-small block-grid block-grid-small-1 rb-columns rb-col-4">{mega}</div></div></div></li>
<li id="menu-item-24" class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="/chuyen-muc/thong-bao/"><span>Thông báo</span></a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/van-ban/"><span>Văn bản</span></a></li>
<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/lien-he/"><span>Liên hệ</span></a></li>
</ul></nav>"""


def header_html() -> str:
    ticker = "".join(
        f'<div class="breaking-news-slider-item"><a class="p-url" href="{post_path(s)}">{tx(s.title)}</a></div>'
        for s in newest(STORIES)[:3]
    )
    return f"""<div class="site-outer"><div class="site-wrap">
<header id="site-header" class="header-wrap rb-section header-set-1 header-1 header-wrapper style-shadow">
<div class="topsite-wrap fw-widget-section"><div class="rb-container edge-padding">
 <span class="topbar-date"><i class="rbi rbi-clock"></i> {HEADER_DATE}</span>
 <span class="topbar-info">Hotline: 0236 3 868 xxx &nbsp;|&nbsp; Email: c3lequydon@danang.edu.vn</span>
</div></div>
<div id="navbar-outer" class="navbar-outer"><div class="navbar-wrap"><div class="navbar-inner rb-container edge-padding">
<div class="navbar-left">
<div class="logo-wrap is-image-logo site-branding"><a href="/" class="logo" title="{SITE}">
<img class="logo-default" data-mode="default" height="90" width="360" src="{UP}/2026/08/logo-lqd-dn.png" alt="{SITE}"></a></div>
{_menu()}
</div>
<div class="navbar-right"><div class="wnav-holder w-header-search header-dropdown-outer">
<form role="search" method="get" class="search-form" action="/"><div class="search-form-inner">
<span class="search-icon"><i class="rbi rbi-search"></i></span><span class="search-text"><input type="text" class="field" placeholder="Tìm kiếm tin tức..." value="" name="s"></span>
<span class="rb-search-submit"><input type="submit" value="Tìm kiếm"></span></div></form></div>
<a class="login-toggle is-login is-btn header-element" data-title="Đăng nhập" href="/wp-login.php?redirect_to=%2F" rel="nofollow">Đăng nhập</a>
</div></div></div></div>
<div class="header-sticky"><div class="sticky-title h5"></div></div>
</header>
<div class="top-site-ad"></div>
<div class="breaking-news-outer rb-container edge-padding"><div class="breaking-news-inner">
<span class="breaking-news-heading"><i class="rbi rbi-flash"></i>Tin nóng</span>
<div class="breaking-news-slider swiper-container">{ticker}</div></div></div>
"""


def sidebar() -> str:
    recent = "".join(
        f'<li><a href="{post_path(s)}">{tx(s.title)}</a><span class="meta-el meta-date">{relative(s.opts["when"])}</span></li>'
        for s in newest(STORIES)[:5]
    )
    popular = "".join(
        f'<div class="p-wrap p-list-small-2" data-pid="{s.id}"><span class="counter-el"></span>'
        f'<h5 class="entry-title"><a class="p-url" href="{post_path(s)}">{tx(s.title)}</a></h5>'
        f'<div class="p-meta"><span class="meta-el meta-view">{views_label(s)} lượt xem</span></div></div>'
        for s in sorted(STORIES, key=lambda s: -s.views())[:4]
    )
    return f"""<aside class="sidebar-wrap single-sidebar"><div class="sidebar-inner clearfix">
<div id="recent-posts-2" class="widget rb-section w-sidebar clearfix widget_recent_entries"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>Bài viết mới</span></h4></div></div><ul>{recent}</ul></div>
<div id="widget-post-4" class="widget rb-section w-sidebar clearfix widget-post"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>Đọc nhiều</span></h4></div></div><div class="block-wrap block-small block-list-small-2 is-feat-left">{popular}</div></div>
<div id="custom_html-3" class="widget_text widget rb-section w-sidebar clearfix widget_custom_html"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>Liên kết</span></h4></div></div>
<div class="textwidget custom-html-widget"><ul><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li><li><a href="https://danang.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đà Nẵng</a></li><li><a href="https://www.facebook.com/lequydondanang" target="_blank" rel="noopener">Fanpage nhà trường</a></li></ul></div></div>
<div id="wp_statistics-2" class="widget rb-section w-sidebar clearfix widget_wp_statistics_widget"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>Thống kê truy cập</span></h4></div></div>
<ul><li><label>Đang online:</label> 37</li><li><label>Hôm nay:</label> 1.284</li><li><label>Tổng truy cập:</label> 2.457.913</li></ul></div>
<div id="polls-widget-2" class="widget rb-section w-sidebar clearfix widget_polls-widget"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>Thăm dò ý kiến</span></h4></div></div>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="text-align: center;"><strong>Bạn biết đến website trường qua kênh nào?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"> <label for="poll-answer-7">Fanpage</label></li><li><input type="radio" id="poll-answer-8" name="poll_3" value="8"> <label for="poll-answer-8">Giáo viên chủ nhiệm</label></li><li><input type="radio" id="poll-answer-9" name="poll_3" value="9"> <label for="poll-answer-9">Tìm kiếm Google</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons"></p></div></form></div></div>
</div></aside>"""


def footer_html() -> str:
    return f"""<footer class="footer-wrap rb-section left-dot">
<div class="footer-inner footer-has-bg"><div class="footer-columns rb-columns is-gap-25 rb-container edge-padding footer-4c">
<div class="block-inner"><div class="footer-col"><div class="widget w-sidebar rb-section clearfix widget_text">
<div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>{SITE}</span></h4></div></div>
<div class="textwidget"><p>Địa chỉ: 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng<br>Điện thoại: 0236 3 868 xxx – Fax: 0236 3 868 yyy<br>Email: c3lequydon@danang.edu.vn</p></div></div></div>
<div class="footer-col"><div class="widget w-sidebar rb-section clearfix widget_nav_menu"><ul class="menu">
<li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/chuyen-muc/tin-nha-truong/">Tin nhà trường</a></li><li><a href="/chuyen-muc/thong-bao/">Thông báo</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></div></div></div></div>
<div class="footer-copyright"><div class="rb-container edge-padding"><p class="copyright-inner">© 2026 {SITE}. Chịu trách nhiệm nội dung: Hiệu trưởng NGƯT Lê Văn Hùng. Thiết kế bởi Đà Nẵng Web.</p></div></div></div>
</footer>
</div></div>
<div id="rb-user-popup-form" class="rb-user-popup-form mfp-animation mfp-hide"><div class="user-popup-inner">
<div class="logo-popup-outer"><span class="logo-popup-heading h3">Chào mừng trở lại!</span><p class="logo-popup-description is-meta">Đăng nhập vào tài khoản của bạn</p></div>
<form name="loginform" action="/wp-login.php" method="post"><p><label>Tên người dùng</label><input type="text" name="log"></p><p><label>Mật khẩu</label><input type="password" name="pwd"></p><p><input type="submit" value="Đăng nhập"></p></form></div></div>
<script id="foxiz-core-js-extra">var foxizCoreParams = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","darkModeID":"RubyDarkMode"}};</script>
<script src="/wp-content/themes/foxiz/assets/js/global.js?ver=2.5.1" id="foxiz-global-js"></script>
</body></html>"""


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in items:
        if href:
            parts.append(f'<span><a href="{href}">{label}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    return (
        '<aside class="breadcrumb-wrap breadcrumb-navxt s-breadcrumb"><div class="breadcrumb-inner" vocab="https://schema.org/">'
        f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » {" » ".join(parts)}</span></p></div></aside>'
    )


def page(request: Request, title: str, canonical: str, body_class: str, main: str, extra: str = "",
         desc: str = "", with_sidebar: bool = True) -> Response:
    side = sidebar() if with_sidebar else ""
    doc = (
        head(request, title, canonical, extra, desc)
        + f'<body class="{body_class} wp-embed-responsive sticky-nav smart-sticky is-backtop">\n'
        + header_html()
        + f'<div class="site-main-wrap"><div class="rb-container edge-padding"><div class="grid-container">'
        f'<div class="s-ct">{main}</div>{side}</div></div></div>\n'
        + footer_html()
    )
    return html(doc)


# --- cards and lists --------------------------------------------------------------------------


def card(story: Story, excerpt: bool = True) -> str:
    url = post_path(story)
    cats = "".join(
        f'<a class="p-category category-id-{i}" href="/chuyen-muc/{c}/" rel="category">{esc(CATS[c])}</a>'
        for i, c in enumerate(sorted(story.opts["cats"], key=lambda c: CATS[c]), 3)
    )
    summ = ""
    if excerpt:
        first = story.paragraphs[0]
        summ = f'<p class="entry-summary">{tx(" ".join(first.split()[:25]))}&hellip;</p>'
    return f"""<div class="p-wrap p-list p-list-1" data-pid="{story.id}"><div class="list-holder">
<div class="list-feat-holder"><div class="feat-holder overlay-text"><div class="p-featured">
<a class="p-flink" href="{url}" title="{tx(story.title)}"><img loading="lazy" width="330" height="220" src="{thumb(story)}" class="featured-img wp-post-image" alt=""></a></div></div></div>
<div class="p-content"><div class="p-categories p-top">{cats}</div>
<h3 class="entry-title"><a class="p-url" href="{url}" rel="bookmark">{tx(story.title)}</a></h3>
{summ}
<div class="p-meta"><div class="meta-inner is-meta"><span class="meta-el meta-date"><time class="date published" datetime="{iso_local(story.opts['when'])}">{relative(story.opts['when'])}</time></span>
<span class="meta-el meta-read">{read_minutes(story)} phút đọc</span></div></div></div></div></div>"""


def listing(request: Request, title: str, base: str, stories: list[Story], n: int, per: int,
            body_class: str, crumbs: list[tuple[str, str | None]], loadmore: bool = False,
            description: str = "") -> Response | None:
    pages = max(1, (len(stories) + per - 1) // per)
    if n < 1 or n > pages:
        return None
    chunk = stories[(n - 1) * per : n * per]
    url = base if n == 1 else f"{base}page/{n}/"
    extra = '<meta property="og:type" content="article">'
    links = ""
    if n > 1:
        links += f'<link rel="prev" href="{base_url(request)}{base if n == 2 else f"{base}page/{n - 1}/"}">\n'
    if n < pages:
        links += f'<link rel="next" href="{base_url(request)}{base}page/{n + 1}/">\n'
    if loadmore:
        nav = ""
        if n < pages:
            nav = (
                f'<div class="pagination-wrap pagination-loadmore"><a href="#" rel="nofollow" role="button" '
                f'class="loadmore-trigger" aria-label="Xem thêm"><span>Xem thêm</span><i class="rb-loader"></i></a></div>'
                f'<script>var uid_cat_{n} = {{"uuid":"uid_cat","name":"archive","paged":{n},'
                f'"page_max":{pages},"posts_per_page":{per},"pagination":"load_more"}};</script>'
            )
    else:
        items = []
        if n > 1:
            prev = base if n == 2 else f"{base}page/{n - 1}/"
            items.append(f'<a class="prev page-numbers" href="{prev}"><i class="rbi rbi-angle-left"></i></a>')
        for i in range(1, pages + 1):
            href = base if i == 1 else f"{base}page/{i}/"
            items.append(f'<span aria-current="page" class="page-numbers current">{i}</span>' if i == n
                         else f'<a class="page-numbers" href="{href}">{i}</a>')
        if n < pages:
            items.append(f'<a class="next page-numbers" href="{base}page/{n + 1}/"><i class="rbi rbi-angle-right"></i></a>')
        nav = f'<nav class="pagination-wrap pagination-number">{"".join(items)}</nav>' if pages > 1 else ""
    cards = "".join(card(s) for s in chunk) or '<p class="is-meta">Không có bài viết nào.</p>'
    desc_html = f'<div class="taxonomy-description">{esc(description)}</div>' if description else ""
    main = f"""<header class="archive-header is-archive-page"><div class="archive-inner">
{breadcrumb(crumbs)}
<h1 class="archive-title">{esc(title)}</h1>{desc_html}</div></header>
<div class="blog-wrap is-sidebar-right"><div class="block-wrap block-list block-list-1 rb-columns rb-col-1"><div class="block-inner">{cards}</div>{nav}</div></div>"""
    suffix = "" if n == 1 else f" - Trang {n} trên {pages}"
    return page(request, f"{esc(title)} Lưu trữ{suffix} - {SITE}", url, body_class, main, extra + links)


# --- the single post ---------------------------------------------------------------------------


def _heading_id(text_: str, i: int) -> str:
    return f"rb-toc-{i}"


def _headings(blocks: list) -> list[tuple[str, str]]:
    out = []
    for b in blocks:
        if isinstance(b, P) and b.style in ("h2", "h3"):
            out.append((b.style, b.text))
    return out


def _toc(blocks: list) -> str:
    items = []
    for i, (level, t) in enumerate(_headings(blocks), 1):
        items.append(
            f'<div class="{level}-heading toc-item"><a href="#{_heading_id(t, i)}" class="table-link no-link anchor-link" '
            f'data-index="rb-heading-index-{i - 1}"><span class="toc-number">{i}.</span> {tx(t)}</a></div>'
        )
    return (
        '<div class="ruby-table-contents rbtoc table-left is-numbered"><div class="toc-header">'
        '<i class="rbi rbi-read"></i><span class="h3">Mục lục</span><div class="toc-toggle no-link">'
        '<i class="rbi rbi-angle-up"></i></div></div><div class="toc-content h5">' + "".join(items) + "</div></div>"
    )


def _related_inline(ids: list[int]) -> str:
    items = "".join(
        f'<div class="p-wrap p-list-inline" data-pid="{i}"><h6 class="entry-title"><a class="p-url" href="{post_path(BY_ID[i])}" '
        f'rel="bookmark">{tx(BY_ID[i].title)}</a></h6></div>'
        for i in ids
    )
    return (
        '<div class="related-sec is-width-right is-style-boxed"><div class="inner"><div class="block-h heading-layout-1">'
        '<div class="heading-inner"><h3 class="heading-title"><span>Có thể bạn quan tâm</span></h3></div></div>'
        f'<div class="block-inner">{items}</div></div></div>'
    )


def _srcset(src: str) -> str:
    stem = src.replace("-1024x683.jpg", "")
    return f"{stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {src} 1024w, {stem}.jpg 1600w"


def _img_tag(img: Img, wid: int, lazy: bool = False) -> str:
    alt = esc(img.caption or "")
    if lazy:
        return (
            f'<img data-lazyloaded="1" src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIxMDI0IiBoZWlnaHQ9IjY4MyIvPg==" '
            f'decoding="async" width="1024" height="683" data-src="{img.src}" alt="{alt}" class="wp-image-{wid}" '
            f'data-srcset="{_srcset(img.src)}" data-sizes="(max-width: 1024px) 100vw, 1024px">'
            f'<noscript><img decoding="async" width="1024" height="683" src="{img.src}" alt="{alt}" class="wp-image-{wid}"></noscript>'
        )
    return (
        f'<img decoding="async" loading="lazy" width="1024" height="683" src="{img.src}" alt="{alt}" class="wp-image-{wid}" '
        f'srcset="{_srcset(img.src)}" sizes="(max-width: 1024px) 100vw, 1024px">'
    )


def _letterhead() -> str:
    return """<figure class="wp-block-table is-style-regular"><table class="has-fixed-layout"><tbody>
<tr><td class="has-text-align-center" data-align="center">SỞ GD&amp;ĐT THÀNH PHỐ ĐÀ NẴNG<br><strong>TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</strong></td>
<td class="has-text-align-center" data-align="center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập – Tự do – Hạnh phúc</strong></td></tr>
<tr><td class="has-text-align-center" data-align="center">Số: 215/TB-LQĐ</td>
<td class="has-text-align-center" data-align="center"><em>Đà Nẵng, ngày 30 tháng 11 năm 2026</em></td></tr>
</tbody></table></figure>
<p class="has-text-align-center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"""


def _sign() -> str:
    return """<figure class="wp-block-table"><table><tbody><tr>
<td><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Website trường;<br>- Lưu: VT.</td>
<td class="has-text-align-center" data-align="center"><strong>HIỆU TRƯỞNG</strong><br><br>(Đã ký)<br><br><strong>Nguyễn Đức Thắng</strong></td>
</tr></tbody></table></figure>"""


def _file_block(path: str) -> str:
    url = f"{UP}/{path}"
    name = path.rsplit("/", 1)[-1].removesuffix(".pdf")
    return (
        f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind--hidden="!state.hasPdfPreview" '
        f'class="wp-block-file__embed" data="{url}" type="application/pdf" style="width:100%;height:600px" '
        f'aria-label="Nhúng {name}."></object><a id="wp-block-file--media-215" href="{url}">{name}</a>'
        f'<a href="{url}" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-215">Tải xuống</a></div>'
    )


def render_blocks(story: Story, blocks: list, heading_start: int = 1) -> str:
    """The ``.entry-content`` markup of a run of blocks."""
    out: list[str] = []
    hi = heading_start
    i = 0
    wid = story.id * 10
    classic = story.opts.get("classic", False)
    while i < len(blocks):
        b = blocks[i]
        wid += 1
        if isinstance(b, Raw):
            if b.html == "[[TOC]]":
                out.append(_toc(story.blocks))
            elif b.html.startswith("[[REL:"):
                out.append(_related_inline([int(x) for x in b.html[6:-2].split(",")]))
            elif b.html == "[[LETTERHEAD]]":
                out.append(_letterhead())
            elif b.html == "[[SIGN]]":
                out.append(_sign())
            elif b.html.startswith("[[FILE:"):
                out.append(_file_block(b.html[7:-2]))
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "feat":
                i += 1
                continue
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    g = blocks[i]
                    wid += 1
                    group.append(
                        f'<figure class="wp-block-image size-large"><a href="{g.src.replace("-1024x683", "")}">'
                        f"{_img_tag(g, wid)}</a><figcaption class=\"wp-element-caption\">{tx(g.printed or '')}</figcaption></figure>"
                    )
                    i += 1
                cap = story.opts.get("galcap")
                cap_html = f'<figcaption class="blocks-gallery-caption wp-element-caption">{tx(cap)}</figcaption>' if cap else ""
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex">'
                    + "".join(group) + cap_html + "</figure>"
                )
                continue
            if b.style == "wpcap":
                name = b.src.rsplit("/", 1)[-1].replace("-1024x683.jpg", "")
                out.append(
                    f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" style="width: 1024px" '
                    f'class="wp-caption aligncenter"><a href="{post_path(story)}attachment/{name}/" rel="attachment wp-att-{wid}">'
                    f'<img decoding="async" class="size-large wp-image-{wid}" src="{b.src}" alt="" width="1024" height="683"></a>'
                    f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">{tx(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "below":
                out.append(
                    f'<p style="text-align: center;"><img decoding="async" class="aligncenter size-large wp-image-{wid}" '
                    f'src="{b.src}" alt="" width="1024" height="683"></p>\n<p style="text-align: center;"><em>{tx(b.printed or "")}</em></p>'
                )
            else:
                cap = f'<figcaption class="wp-element-caption">{tx(b.printed)}</figcaption>' if b.printed else ""
                out.append(
                    f'<figure class="wp-block-image size-large">{_img_tag(b, wid, lazy=b.style == "lazy")}{cap}</figure>'
                )
            i += 1
            continue
        style = b.style
        if style in ("h2", "h3"):
            cls = "" if classic else ' class="wp-block-heading"'
            out.append(f'<{style}{cls} id="{_heading_id(b.text, hi)}">{tx(b.text)}</{style}>')
            hi += 1
        elif style in ("li", "oli"):
            tag = "ol" if style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{tx(blocks[i].text)}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">{"".join(items)}</{tag}>')
            continue
        elif style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                r = blocks[i]
                tag = "th" if r.style == "th" else "td"
                cells = "".join(f"<{tag}>{tx(c)}</{tag}>" for c in r.text.split(" | "))
                rows.append((r.style, f"<tr>{cells}</tr>"))
                i += 1
            thead = "".join(r for s, r in rows if s == "th")
            tbody = "".join(r for s, r in rows if s == "row")
            out.append(f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>')
            continue
        elif style == "pull":
            cite = ""
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "cite":
                cite = f"<cite>{tx(blocks[i + 1].text)}</cite>"
                i += 1
            out.append(f'<figure class="wp-block-pullquote has-border-color"><blockquote><p>{tx(b.text)}</p>{cite}</blockquote></figure>')
        elif style == "bold":
            out.append(f"<p><strong>{tx(b.text)}</strong></p>")
        elif style == "emoji":
            out.append(
                '<p><img draggable="false" role="img" class="emoji" alt="📌" '
                f'src="https://s.w.org/images/core/emoji/15.0.3/svg/1f4cc.svg"> {tx(b.text)}</p>'
            )
        elif style == "html":
            out.append(f"<p>{story.opts['html']}</p>")
        else:
            parts = [tx(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                parts.append(tx(blocks[i + 1].text))
                i += 1
            out.append("<p>" + "<br>\n".join(parts) + "</p>")
        i += 1
    return "\n".join(out)


def split_pages(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in story.blocks:
        if isinstance(b, Raw) and b.html == "[[NEXTPAGE]]":
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _yoast(request: Request, story: Story, canonical: str) -> str:
    base = base_url(request)
    when = story.opts["when"]
    modified = story.opts.get("modified", when)
    user = USERS[story.opts["user"]][0]
    feat = next((img for img in story.images if img.style == "feat"), None) or (story.images[0] if story.images else None)
    og_img = f"{base}{feat.src.replace('-1024x683', '')}" if feat else f"{base}{UP}/2026/08/lqd-placeholder.jpg"
    desc = f"{SITE}: {story.title}. Cập nhật tin tức, hoạt động mới nhất của nhà trường."
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{base}{canonical}#article", "isPartOf": {"@id": f"{base}{canonical}"},
             "author": {"name": user, "@id": f"{base}/#/schema/person/{story.opts['user']}"},
             "headline": story.title, "datePublished": iso_utc(when), "dateModified": iso_utc(modified),
             "mainEntityOfPage": {"@id": f"{base}{canonical}"}, "wordCount": sum(len(p.split()) for p in story.paragraphs),
             "publisher": {"@id": f"{base}/#organization"}, "image": {"@id": f"{base}{canonical}#primaryimage"},
             "thumbnailUrl": og_img, "articleSection": [CATS[c] for c in story.opts["cats"]], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": f"{base}{canonical}", "url": f"{base}{canonical}", "name": f"{story.title} - {SITE}",
             "datePublished": iso_utc(when), "dateModified": iso_utc(modified), "description": desc,
             "breadcrumb": {"@id": f"{base}{canonical}#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{base}{canonical}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[story.cat], "item": f"{base}/chuyen-muc/{story.cat}/"},
                {"@type": "ListItem", "position": 3, "name": story.title}]},
            {"@type": "Person", "@id": f"{base}/#/schema/person/{story.opts['user']}", "name": user,
             "url": f"{base}/author/{story.opts['user']}/"},
        ],
    }
    return f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)} - {SITE}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{base}{canonical}">
<meta property="article:publisher" content="https://www.facebook.com/lequydondanang">
<meta property="article:published_time" content="{iso_utc(when)}">
<meta property="article:modified_time" content="{iso_utc(modified)}">
<meta property="og:image" content="{og_img}">
<meta name="author" content="{esc(user)}">
<meta name="twitter:label1" content="Được viết bởi"><meta name="twitter:data1" content="{esc(user)}">
<meta name="twitter:label2" content="Ước tính thời gian đọc"><meta name="twitter:data2" content="{read_minutes(story)} phút">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="shortlink" href="{base}/?p={story.id}">""", desc


def _meta(story: Story) -> str:
    when = story.opts["when"]
    nick = story.opts["user"]
    user = USERS[nick][0]
    mode = story.opts["mode"]
    if mode == "rel":
        date = (f'<span class="meta-el meta-date"><time class="date published" datetime="{iso_local(when)}">'
                f"{relative(when)}</time></span>")
    elif mode == "words":
        date = (f'<span class="meta-el meta-date"><time class="date published" datetime="{iso_local(when)}">'
                f"{words(when)} - {clock(when)}</time></span>")
    elif mode == "updated":
        mod = story.opts["modified"]
        date = (f'<span class="meta-el meta-update"><time class="updated-date" datetime="{iso_local(mod)}">'
                f"Cập nhật: {dmy(mod)} lúc {clock(mod)}</time></span>")
    else:
        date = (f'<span class="meta-el meta-date"><time class="date published" datetime="{iso_local(when)}">'
                f"{dmy(when)} lúc {clock(when)}</time></span>")
    n_comments = len(story.opts.get("comments", []))
    comments = (f'<span class="meta-el meta-comment"><a href="{post_path(story)}#comments">{n_comments} bình luận</a></span>'
                if n_comments else "")
    return f"""<div class="single-meta meta-s-default yes-0"><div class="smeta-in">
<a class="meta-el meta-avatar" href="/author/{nick}/"><img alt="{esc(user)}" src="{UP}/2026/08/avatar-{nick}-96x96.png" class="avatar avatar-44 photo" height="44" width="44" decoding="async"></a>
<div class="smeta-sec"><div class="p-meta"><div class="meta-inner is-meta">
<span class="meta-el meta-author"><span class="meta-label">Bởi</span> <a href="/author/{nick}/">{esc(user)}</a></span>
{date}
</div></div>
<div class="smeta-bottom meta-text"><span class="meta-el meta-read"><i class="rbi rbi-watch"></i>{read_minutes(story)} phút đọc</span>
<span class="meta-el meta-view"><i class="rbi rbi-chart"></i>{views_label(story)} lượt xem</span>{comments}</div></div></div>
<div class="smeta-extra"><div class="t-shared-sec tooltips-n is-color"><div class="t-shared-header is-meta"><i class="rbi rbi-share"></i><span class="share-label">Chia sẻ</span></div>
<div class="effect-fadeout"><a class="share-action share-trigger icon-facebook" href="https://www.facebook.com/sharer.php?u={quote(post_path(story))}" data-title="Facebook" rel="nofollow"><i class="rbi rbi-facebook"></i></a>
<a class="share-action icon-copy copy-trigger" href="#" data-copied="Đã sao chép!" data-link="{post_path(story)}" rel="nofollow" data-copy="Sao chép liên kết"><i class="rbi rbi-link-o"></i></a>
<a class="share-action icon-print" rel="nofollow" href="#" onclick="window.print();return false;" data-title="In bài"><i class="rbi rbi-print"></i></a></div></div></div></div>"""


def _comments(story: Story, comment_page: int | None) -> str:
    comments = story.opts.get("comments", [])
    if not comments:
        return ('<div class="comment-box-wrap entry-sec"><div id="comments" class="comments-area">'
                + _comment_form(story) + "</div></div>")
    per = 2 if story.opts.get("comment_pages") else 50
    pages = (len(comments) + per - 1) // per
    current = pages if comment_page is None else comment_page
    shown = comments[(current - 1) * per : current * per]
    base = post_path(story)
    items = "".join(
        f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(name)}</b> <span class="says">viết:</span></div>'
        f'<div class="comment-metadata"><a href="{base}#comment-{cid}"><time datetime="{iso_local(when)}">{dmy(when)} lúc {clock(when)}</time></a></div></footer>'
        f'<div class="comment-content"><p>{tx(body)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{base}?replytocom={cid}#respond" '
        f'data-commentid="{cid}" data-postid="{story.id}" aria-label="Trả lời {esc(name)}">Trả lời</a></div></article></li>'
        for cid, name, when, body in shown
    )
    nav = ""
    if pages > 1:
        older = (f'<div class="nav-previous"><a href="{base}comment-page-{current - 1}/#comments">« Bình luận cũ hơn</a></div>'
                 if current > 1 else "")
        newer = ""
        if current < pages:
            target = base if current + 1 == pages else f"{base}comment-page-{current + 1}/"
            newer = f'<div class="nav-next"><a href="{target}#comments">Bình luận mới hơn »</a></div>'
        nav = f'<nav class="navigation comment-navigation" aria-label="Điều hướng bình luận"><div class="nav-links">{older}{newer}</div></nav>'
    return f"""<div class="comment-box-wrap entry-sec"><div class="comment-box-header"><h3 class="h4 comment-box-title">{len(comments)} bình luận</h3></div>
<div id="comments" class="comments-area"><ol class="comment-list">{items}</ol>{nav}{_comment_form(story)}</div></div>"""


def _comment_form(story: Story) -> str:
    return f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><textarea name="comment" rows="8" required></textarea></p>
<p class="comment-form-author"><input name="author" type="text" placeholder="Tên*"></p>
<p class="comment-form-email"><input name="email" type="text" placeholder="Email*"></p>
<p class="form-submit"><input name="submit" type="submit" class="submit" value="Gửi bình luận"><input type="hidden" name="comment_post_ID" value="{story.id}"></p></form></div>"""


def _neighbours(story: Story) -> str:
    order = newest(STORIES)
    i = order.index(story)
    parts = []
    if i + 1 < len(order):
        p = order[i + 1]
        parts.append(f'<div class="nav-el nav-left"><a href="{post_path(p)}"><span class="nav-label is-meta"><i class="rbi rbi-angle-left"></i><span>Bài trước</span></span>'
                     f'<span class="nav-inner"><span class="h4 nav-title">{tx(p.title)}</span></span></a></div>')
    if i > 0:
        n = order[i - 1]
        parts.append(f'<div class="nav-el nav-right"><a href="{post_path(n)}"><span class="nav-label is-meta"><span>Bài tiếp theo</span><i class="rbi rbi-angle-right"></i></span>'
                     f'<span class="nav-inner"><span class="h4 nav-title">{tx(n.title)}</span></span></a></div>')
    return f'<div class="entry-pagination e-pagi mobile-hide">{"".join(parts)}</div>'


def _related_bottom(story: Story) -> str:
    same = [s for s in in_cat(story.cat) if s.id != story.id]
    others = [s for s in newest(STORIES) if s.id != story.id and s not in same]
    pick = (same + others)[:4]
    cards = "".join(
        f'<div class="p-wrap p-grid p-grid-small-1" data-pid="{s.id}"><div class="feat-holder"><div class="p-featured">'
        f'<a class="p-flink" href="{post_path(s)}" title="{tx(s.title)}"><img loading="lazy" width="330" height="220" src="{thumb(s)}" alt=""></a>'
        f'</div></div><div class="p-content"><h4 class="entry-title"><a class="p-url" href="{post_path(s)}" rel="bookmark">{tx(s.title)}</a></h4>'
        f'<div class="p-meta"><span class="meta-el meta-date">{relative(s.opts["when"])}</span></div></div></div>'
        for s in pick
    )
    return (
        '<div class="sfooter-sec single-related"><div class="block-h heading-layout-1"><div class="heading-inner">'
        '<h3 class="heading-title"><span>Có thể bạn quan tâm</span></h3></div></div>'
        f'<div class="block-wrap block-grid block-grid-small-1 rb-columns rb-col-4"><div class="block-inner">{cards}</div></div></div>'
    )


def single(request: Request, story: Story, part: int = 1, comment_page: int | None = None) -> Response:
    base = post_path(story)
    pages = split_pages(story)
    canonical = base if part == 1 else f"{base}{part}/"
    extra, desc = _yoast(request, story, canonical)
    if part > 1:
        extra += f'\n<link rel="prev" href="{base_url(request)}{base}">'
    elif len(pages) > 1:
        extra += f'\n<link rel="next" href="{base_url(request)}{base}2/">'
    blocks = pages[part - 1]
    heading_start = 1 + sum(len(_headings(p)) for p in pages[: part - 1])
    content = render_blocks(story, blocks, heading_start)
    if len(pages) > 1:
        links = "".join(
            f'<span class="post-page-numbers current" aria-current="page">{k}</span>' if k == part
            else f'<a href="{base if k == 1 else f"{base}{k}/"}" class="post-page-numbers">{k}</a>'
            for k in range(1, len(pages) + 1)
        )
        content += f'\n<div class="page-links"><span class="page-links-title">Trang:</span> {links}</div>'
    feat = next((b for b in story.blocks if isinstance(b, Img) and b.style == "feat"), None)
    feat_html = ""
    if feat:
        feat_html = (
            f'<div class="s-feat-outer"><div class="s-feat"><div class="featured-lightbox-trigger" data-source="{feat.src.replace("-1024x683", "")}" '
            f'data-caption="{tx(feat.printed or "")}"><img width="1024" height="683" src="{feat.src}" class="featured-img wp-post-image" '
            f'alt="" decoding="async" fetchpriority="high" loading="eager" srcset="{_srcset(feat.src)}"></div></div>'
            f'<div class="feat-caption meta-text"><span class="caption-text meta-bold">{tx(feat.printed or "")}</span></div></div>'
        )
    label_cats = sorted(story.opts["cats"], key=lambda c: CATS[c])
    cats = "".join(
        f'<a class="p-category category-id-{i}" href="/chuyen-muc/{c}/" rel="category">{esc(CATS[c])}</a>'
        for i, c in enumerate(label_cats, 3)
    )
    tagline = ""
    if story.opts.get("tagline"):
        tagline = f'<h2 class="s-tagline">{tx(story.summary or "")}</h2>'
    tags = ""
    if story.opts.get("tags"):
        tags = ('<div class="efoot-bar efoot-tags"><span class="efoot-label">Từ khóa:</span><div class="tags-list">'
                + "".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in story.opts["tags"]) + "</div></div>")
    nick = story.opts["user"]
    author_box = (
        f'<div class="usr-holder entry-sec"><div class="usr-header"><a class="usr-avatar" href="/author/{nick}/">'
        f'<img alt="" src="{UP}/2026/08/avatar-{nick}-96x96.png" width="96" height="96"></a><div class="usr-info">'
        f'<span class="usr-name h4"><a href="/author/{nick}/">{esc(USERS[nick][0])}</a></span>'
        f'<p class="usr-desc">{esc(USERS[nick][1])}</p></div></div></div>'
    )
    main = f"""<div class="single-standard-1 is-sidebar-right"><div class="rb-s-container edge-padding">
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail {' '.join('category-' + c for c in story.opts['cats'])}">
<header class="single-header">
{breadcrumb([(esc(CATS[story.cat]), f"/chuyen-muc/{story.cat}/"), (tx(story.title), None)])}
<div class="s-cats ecat-bg-1 ecat-size-big"><div class="p-categories">{cats}</div></div>
<h1 class="s-title fw-headline">{tx(story.title)}</h1>
{tagline}
{_meta(story)}
{feat_html}
</header>
<div class="s-ct-wrap has-lsl"><div class="s-ct-inner"><div class="e-ct-outer">
<div class="entry-content rbct clearfix is-highlight-shares">
{content}
</div></div></div></div>
<div class="efoot">{tags}</div>
{author_box}
{_neighbours(story)}
{_comments(story, comment_page)}
</article>
{_related_bottom(story)}
</div></div>
<script>document.querySelector('.header-sticky .sticky-title').textContent = {json.dumps('Đang đọc: ' + story.title, ensure_ascii=False)};</script>"""
    title = f"{tx(story.title)}{' - Trang ' + str(part) if part > 1 else ''} - {SITE}"
    return page(request, title, canonical, f"post-template-default single single-post postid-{story.id} single-format-standard",
                main, extra, desc)


# --- pages (not articles) -----------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu", "2026-08-15T09:00", """<p>Trường THPT Chuyên Lê Quý Đôn thành phố Đà Nẵng được thành lập năm 1986, là trường chuyên của thành phố, đào tạo học sinh năng khiếu các môn Toán, Tin học, Vật lý, Hóa học, Sinh học, Ngữ văn, Lịch sử, Địa lý và Ngoại ngữ.</p>
<p>Nhà trường đã được tặng thưởng Huân chương Lao động hạng Nhất và nhiều danh hiệu thi đua cao quý.</p>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/08/toan-canh-truong-1024x683.jpg" alt="Toàn cảnh nhà trường"><figcaption class="wp-element-caption">Toàn cảnh nhà trường nhìn từ trên cao.</figcaption></figure>"""),
    "ban-giam-hieu": ("Ban giám hiệu", "2026-08-15T09:10", """<figure class="wp-block-table"><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>NGƯT Lê Văn Hùng</td><td>Hiệu trưởng</td><td>0236 3 868 xxx</td></tr>
<tr><td>ThS. Nguyễn Đức Thắng</td><td>Phó Hiệu trưởng</td><td>0236 3 868 xxy</td></tr>
<tr><td>ThS. Phạm Thị Thu Hằng</td><td>Phó Hiệu trưởng</td><td>0236 3 868 xxz</td></tr></tbody></table></figure>"""),
    "lien-he": ("Liên hệ", "2026-08-15T09:20", """<p><strong>Trường THPT Chuyên Lê Quý Đôn Đà Nẵng</strong></p>
<p>Địa chỉ: 01 Vũ Văn Dũng, phường An Hải, thành phố Đà Nẵng</p><p>Điện thoại: 0236 3 868 xxx</p>
<div class="wpcf7 no-js" id="wpcf7-f45-p30-o1" lang="vi"><form action="/lien-he/#wpcf7-f45-p30-o1" method="post" class="wpcf7-form init" novalidate="novalidate">
<p><label>Họ và tên<br><input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name"></label></p>
<p><label>Email<br><input size="40" class="wpcf7-form-control wpcf7-email" type="email" name="your-email"></label></p>
<p><label>Nội dung<br><textarea cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi"></p></form></div>"""),
    "van-ban": ("Văn bản", "2026-09-01T08:00", """<p>Các văn bản, kế hoạch của nhà trường và của ngành.</p>
<figure class="wp-block-table"><table><thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>
<tr><td>180/KH-LQĐ</td><td>Kế hoạch năm học 2026 – 2027</td><td><a href="/wp-content/uploads/2026/09/KH-180-LQD-nam-hoc-2026-2027.pdf">Tải về</a></td></tr>
<tr><td>215/TB-LQĐ</td><td>Thông báo kiểm tra cuối học kỳ I</td><td><a href="/wp-content/uploads/2026/12/TB-215-LQD-kiem-tra-HKI.pdf">Tải về</a></td></tr>
</tbody></table></figure>"""),
    "thu-vien-anh": ("Thư viện ảnh", "2026-09-10T15:00", """<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/album-khai-giang-1-1024x683.jpg" alt=""></figure>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/album-khai-giang-2-1024x683.jpg" alt=""></figure>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/album-khai-giang-3-1024x683.jpg" alt=""></figure>
<figcaption class="blocks-gallery-caption wp-element-caption">Lễ khai giảng năm học 2026 – 2027</figcaption></figure>"""),
}


def wp_page(request: Request, slug: str) -> Response:
    title, when, body = PAGES[slug]
    base = base_url(request)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": f"{base}/{slug}/", "url": f"{base}/{slug}/", "name": f"{title} - {SITE}",
         "datePublished": iso_utc(when), "dateModified": iso_utc(when), "inLanguage": "vi"}]}
    extra = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(title)} - {SITE}">
<meta property="og:url" content="{base}/{slug}/">
<meta property="article:modified_time" content="{iso_utc(when)}">
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>"""
    main = f"""<div class="single-page without-sidebar"><header class="page-header">{breadcrumb([(esc(title), None)])}
<h1 class="s-title">{esc(title)}</h1></header><div class="entry-content rbct clearfix">{body}</div></div>"""
    return page(request, f"{esc(title)} - {SITE}", f"/{slug}/", "page-template-default page", main, extra, with_sidebar=False)


# --- home, search, feeds ------------------------------------------------------------------------


def home(request: Request) -> Response:
    latest = newest(STORIES)
    hero = latest[0]
    sections = [
        ("Tin mới", latest[:5], "/chuyen-muc/tin-nha-truong/"),
        ("Thông báo", in_cat("thong-bao")[:2], "/chuyen-muc/thong-bao/"),
        ("Thành tích học sinh", in_cat("thanh-tich-hoc-sinh")[:2], "/chuyen-muc/thanh-tich-hoc-sinh/"),
        ("Đoàn Thanh niên", in_cat("doan-thanh-nien")[:1], "/chuyen-muc/doan-thanh-nien/"),
    ]
    blocks = []
    for k, (heading, stories, more) in enumerate(sections):
        blocks.append(
            f'<div class="elementor-element elementor-widget foxiz-list-1" data-id="e{k}a7"><div class="block-wrap block-list block-list-1">'
            f'<div class="block-h heading-layout-2"><div class="heading-inner"><h2 class="heading-title"><span>{esc(heading)}</span></h2>'
            f'<div class="heading-tagline h6"><a class="heading-link" href="{more}">Xem tất cả</a></div></div></div>'
            f'<div class="block-inner">{"".join(card(s, excerpt=k == 0) for s in stories)}</div></div></div>'
        )
    main = f"""<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
<section class="elementor-section elementor-top-section"><div class="elementor-container"><div class="block-wrap block-hero-1">
<div class="p-wrap p-highlight p-hero" data-pid="{hero.id}"><div class="overlay-holder"><div class="p-featured"><a class="p-flink" href="{post_path(hero)}" title="{tx(hero.title)}">
<img src="{thumb(hero).replace('-330x220', '-1024x683')}" alt="" width="1024" height="683"></a></div>
<div class="overlay-wrap"><div class="overlay-inner p-content"><h2 class="entry-title"><a class="p-url" href="{post_path(hero)}">{tx(hero.title)}</a></h2></div></div></div></div>
</div></div></section>
<section class="elementor-section elementor-top-section"><div class="elementor-container">{''.join(blocks)}</div></section></div>"""
    base = base_url(request)
    extra = f"""<meta property="og:type" content="website">
<meta property="og:title" content="{SITE}">
<meta property="og:url" content="{base}/">"""
    return page(request, f"{SITE} - Trang thông tin điện tử", "/", "home page-template page-template-elementor_header_footer page",
                main, extra, desc="Trang thông tin điện tử Trường THPT Chuyên Lê Quý Đôn thành phố Đà Nẵng.")


def search(request: Request, q: str) -> Response:
    hits = [s for s in newest(STORIES) if q and q.lower() in s.title.lower()][:10]
    return listing(request, f"Kết quả tìm kiếm cho: {q}", f"/?s={quote(q)}", hits, 1, 10, "search search-results",
                   [(f"Kết quả tìm kiếm cho “{esc(q)}”", None)]) or html("", status=404)


def feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link>"
        f"<dc:creator><![CDATA[{USERS[s.opts['user']][0]}]]></dc:creator>"
        f"<pubDate>{(_dt(s.opts['when']) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<category><![CDATA[{CATS[s.cat]}]]></category><guid isPermaLink=\"false\">{base}/?p={s.id}</guid>"
        f"<description><![CDATA[{' '.join(s.paragraphs[0].split()[:30])} […]]]></description></item>"
        for s in newest(STORIES)[:10]
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<channel><title>{SITE}</title><link>{base}</link><description>Trang thông tin điện tử</description>"
           f"<language>vi</language>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    if which == "index":
        body = "".join(f"<sitemap><loc>{base}/{n}-sitemap.xml</loc><lastmod>2026-12-04T02:10:00+00:00</lastmod></sitemap>"
                       for n in ("post", "page"))
        xml = f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>'
    else:
        if which == "post":
            rows = [(post_path(s), iso_utc(s.opts.get("modified", s.opts["when"]))) for s in newest(STORIES)]
        else:
            rows = [("/", "2026-12-04T02:10:00+00:00")] + [(f"/{k}/", iso_utc(v[1])) for k, v in PAGES.items()]
        body = "".join(f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in rows)
        xml = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    return Response(200, xml, {"Content-Type": "application/xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(/.*)?$")
_LIST = re.compile(r"^/(chuyen-muc|tag|author)/([a-z0-9-]+)/(?:page/(\d+)/)?$")


class FoxizSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(story), 301) if story else None
            if "s" in params:
                return search(request, params["s"])
            return home(request) if not request.query else None
        if path == "/robots.txt":
            body = (f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                    f"Sitemap: {base_url(request)}/sitemap_index.xml\n")
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/feed/":
            return feed(request)
        if path == "/sitemap_index.xml":
            return sitemap(request, "index")
        if path in ("/post-sitemap.xml", "/page-sitemap.xml"):
            return sitemap(request, path[1:5])
        m = _POST.match(path)
        if m:
            return self._post(request, m)
        m = _LIST.match(path)
        if m:
            kind, slug, n = m.group(1), m.group(2), int(m.group(3) or 1)
            if kind == "chuyen-muc" and slug in CATS:
                return listing(request, CATS[slug], f"/chuyen-muc/{slug}/", in_cat(slug), n, CAT_PER_PAGE.get(slug, PER_PAGE),
                               f"archive category category-{slug}", [(esc(CATS[slug]), None)], loadmore=slug in LOADMORE,
                               description=f"Tin bài chuyên mục {CATS[slug]} của {SITE}.")
            if kind == "tag" and slug in TAGS:
                stories = newest([s for s in STORIES if slug in s.opts["tags"]])
                return listing(request, TAGS[slug], f"/tag/{slug}/", stories, n, 10, f"archive tag tag-{slug}",
                               [(f"Bài viết gắn thẻ “{esc(TAGS[slug])}”", None)])
            if kind == "author" and slug in USERS:
                stories = newest([s for s in STORIES if s.opts["user"] == slug])
                return listing(request, USERS[slug][0], f"/author/{slug}/", stories, n, 10, f"archive author author-{slug}",
                               [(f"Tác giả {esc(USERS[slug][0])}", None)])
            return None
        if re.fullmatch(r"/[a-z0-9-]+/", path) and path.strip("/") in PAGES and not request.query:
            return wp_page(request, path.strip("/"))
        return None

    def _post(self, request: Request, m: re.Match) -> Response | None:
        stem = f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/"
        rest = m.group(5)
        story = BY_PATH.get(stem)
        if story is None:
            if stem in OLD_SLUGS:
                return redirect(post_path(BY_ID[OLD_SLUGS[stem]]), 301)
            return None
        if rest is None:
            return redirect(stem + (f"?{request.query}" if request.query else ""), 301)
        rest = rest[1:]
        if rest.startswith("attachment/"):
            name = rest[len("attachment/"):].strip("/")
            for img in story.images:
                if img.src.rsplit("/", 1)[-1].replace("-1024x683.jpg", "") == name:
                    return redirect(img.src.replace("-1024x683", ""), 301)
            return None
        params = request.params
        if set(params) - {"replytocom"}:
            return None
        if "replytocom" in params:
            ids = {c[0] for c in story.opts.get("comments", [])}
            if not params["replytocom"].isdigit() or int(params["replytocom"]) not in ids:
                return None
        if rest == "":
            return single(request, story)
        pm = re.fullmatch(r"(\d+)/", rest)
        if pm and 1 < int(pm.group(1)) <= len(split_pages(story)):
            return single(request, story, part=int(pm.group(1)))
        cm = re.fullmatch(r"comment-page-(\d+)/", rest)
        if cm and story.opts.get("comment_pages"):
            k = int(cm.group(1))
            n_pages = (len(story.opts["comments"]) + 1) // 2
            if 1 <= k < n_pages:
                return single(request, story, comment_page=k)
            if k == n_pages:
                return redirect(stem, 301)
        return None


def build_site() -> FoxizSite:
    return FoxizSite()


# --- gold --------------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    base = post_path(story)
    alts = [f"{base}{k}/" for k in range(2, len(split_pages(story)) + 1)]
    if story.opts.get("comment_pages"):
        n_pages = (len(story.opts["comments"]) + 1) // 2
        alts += [f"{base}comment-page-{k}/" for k in range(1, n_pages)]
    alts += [f"{base}?replytocom={c[0]}" for c in story.opts.get("comments", [])]
    return alts


GOLD = [gold_record(s, post_path(s), CATS[s.cat], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/ban-giam-hieu/", "/lien-he/", "/van-ban/", "/thu-vien-anh/"]
