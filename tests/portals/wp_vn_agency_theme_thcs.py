"""Trường THCS Chu Văn An (thành phố Buôn Ma Thuột, Đắk Lắk): WordPress with an agency's school theme.

Platform
    WordPress 6.x, classic editor, with the theme "tns-truonghoc" that a Buôn Ma Thuột web agency
    (TaynguyenSoft) sells to schools: its own PHP templates, class names in Vietnamese without
    accents (``khung-chinh``, ``cot-trai``, ``tieu-de-bai``, ``thong-tin-bai``, ``noi-dung-bai``,
    ``tac-gia-bai``, ``bai-lien-quan``, ``phan-trang`` …), no page builder. Rank Math SEO prints
    the ``<title>``, Open Graph, the JSON-LD graph, the breadcrumb and the sitemaps; WP Rocket's
    lazy-load rewrites the images; the AMP plugin serves a reader-mode twin at ``?amp=1``.

URL scheme
    - ``/<slug>.html`` posts (custom permalink ``/%postname%.html``); ``/<slug>.html?amp=1`` their
      AMP twin; ``/<slug>.html?replytocom=<id>`` the same post with the comment form moved;
      ``/?p=<id>`` (shortlink) and ``/<slug>.html/`` 301 to the permalink;
      ``/?attachment_id=<id>`` 301 to the parent post (Rank Math "Redirect Attachments").
    - ``/chuyen-muc/<slug>`` category lists, 3 posts a page, ``/chuyen-muc/<slug>/page/<N>``;
      ``/page/1`` 301s to the list; ``/tag/<slug>`` tag lists (one page each).
    - ``/<slug>`` pages (giới thiệu, cơ cấu tổ chức, thời khóa biểu, thư viện ảnh, liên hệ).
    - ``/?s=<words>`` search, ``/feed`` RSS, ``/robots.txt``, ``/sitemap_index.xml`` and
      ``/post-sitemap.xml`` / ``/page-sitemap.xml`` (Rank Math).

Page templates
    header (h1 = the school's name, today "Thứ Bảy, 05/12/2026", menu with drop-downs, search
    form), ``khung-chinh`` with ``cot-trai`` (content) and ``cot-phai`` (sidebar: Tin mới,
    Đọc nhiều, Liên kết website, poll, visitor counter), footer. ``single.php``: Rank Math
    breadcrumb, ``<article>`` with ``h2.tieu-de-bai``, ``ul.thong-tin-bai`` (dates, category
    list, "Người đăng", views), ``div.anh-dai-dien`` (featured image), ``div.tom-tat-bai`` (the
    excerpt, bold), ``div.noi-dung-bai`` (the_content + the theme's author box + related posts),
    share bar, tags, comments and the comment form. ``category.php``: "Tin tiêu điểm" box, items
    with a calendar badge, excerpt and "Xem tiếp" link, numbered pagination.

How each gold article is reached
    Home: slider "Tin mới nhất" (5 latest, with owl-carousel clones) and per-category blocks (2
    each); sidebar "Tin mới" (5) and "Đọc nhiều" (3). Category lists: tin-tuc pages 1-2,
    hoat-dong-doi pages 1-2, chuyen-mon, thong-bao. "Hội nghị viên chức…", "Tuyên truyền phòng,
    chống đuối nước…" and "Hưởng ứng Ngày Pháp luật…" are on page 2 of Tin tức – Sự kiện only
    (besides the feed/sitemap and a "Xem thêm" line); "Phát động phong trào Kế hoạch nhỏ…" is on
    page 2 of Hoạt động Đội (and its related lists).

Traps
    1. Two headlines: the header's ``<h1 class="ten-truong">`` is the school's name on every
       page; the post's headline is ``<h2 class="tieu-de-bai">``. ``<title>``, ``og:title`` and
       the JSON-LD ``headline`` carry Rank Math's SEO title (straight quotes, hyphen, suffix
       " - THCS Chu Văn An", sometimes reworded). Gold title = the h2 as printed.
    2. wptexturize: the printed headline, text, category names and bylines have curly quotes,
       en dashes and typographic apostrophes as numeric references (``&#8220;``, ``&#8211;``,
       ``H&#8217;Nhi``, ``M&#8217;Nông``); meta tags keep the straight ones. Gold = printed
       characters ("Tri ân thầy cô" in “ ”, "2026 – 2027", "H’Nhi Ê Ban").
    3. The excerpt box ``div.tom-tat-bai`` (bold) prints the_excerpt(): a hand-written excerpt
       for some posts (a real sapo: summary and the body's first paragraph; three editors pasted
       it as the text's first paragraph too, so it is printed twice: once in the body), but WordPress's
       automatic one for the others: the first 40 words of the content, tags stripped (for the
       official notice: the letterhead's words), ending in " […]". Gold: an automatic excerpt is
       no sapo (summary null) and is not body; the body starts with the full first paragraph.
    4. Dates: the meta list prints "Cập nhật: <day> <time>" (modified) BEFORE the publication
       day, and the publication day and time in two separate items (calendar icon + "20/11/2026",
       clock icon + "08:15"). Posts younger than 7 days print only a relative "3 ngày trước" in a
       ``<time datetime="…">``. Gold = the publication day with its time (the datetime attribute
       for the relative ones), never the update time; lists print a calendar badge (day, "Th11").
    5. Lazy images (WP Rocket): ``src`` is an inline SVG placeholder, the photo is in
       ``data-lazy-src`` (and ``data-lazy-srcset``), and a ``<noscript>`` copy repeats it. Gold:
       each photo once, at its ``data-lazy-src`` path.
    6. Featured image: ``div.anh-dai-dien`` prints the post thumbnail, a 768x432 crop of the first
       photo of the text, above the excerpt. Gold: not an image of its own (the photo is in the
       text); thumbnails in lists, sliders and related posts are not images either.
    7. Primary category: posts filed in two categories print "Chuyên mục: Hoạt động Đội, Tin tức –
       Sự kiện" (WordPress's name order) and appear in both lists; the Rank Math breadcrumb shows
       the primary one, which for "Ngày hội đọc sách…" is the second listed. Gold category = the
       breadcrumb's.
    8. Bylines: the meta prints "Người đăng: admin_thcs" and JSON-LD's author is that account
       (nobody); the theme's author box "Tác giả: ThS. X (Tổ …)" inside ``div.noi-dung-bai``
       after the text gives the author; other posts sign in a right-aligned last paragraph
       ("Tin, ảnh: X (TPT Đội)", "Tin: X – Ảnh: Y", a unit "Tổ Toán – Tin", "BBT"), and a photo's
       credit line "Ảnh: X" under it is a photographer, not a caption.
    9. Boundaries inside ``div.noi-dung-bai``: the theme appends the author box and "Bài viết liên
       quan" (titles + thumbnails) inside the content div; the comments (``ol.danh-sach-bl`` with
       ``<p>`` texts and "Trả lời" links) follow the article. Not body.
   10. Duplicates: each comment's "Trả lời" link is ``?replytocom=<id>`` (the same post: alt
       path); ``<link rel="amphtml">`` points to ``?amp=1`` (same post in AMP markup, ``amp-img``:
       alt path); the shortlink ``/?p=<id>``, gallery thumbnails' ``/?attachment_id=<id>`` and
       ``/<slug>.html/`` redirect to the permalink; lists link each post twice (thumbnail, title)
       plus "Xem tiếp" to ``#more-<id>``; the home slider repeats items as owl-carousel clones.
   11. Gallery shortcode: ``div.gallery`` of ``figure.gallery-item`` with 150x150 thumbnails
       (lazy too) and ``figcaption.gallery-caption``; a caption may be absent. Gold: the
       thumbnails, in order, at their printed (lazy) paths, with their captions.
   12. Official notice posted as a post: the letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận"
       and the signer; its date is the letterhead's day (24/10) though the post is dated 26/10.

Gold decisions on ambiguous points
    - A post's images are the photos in ``div.noi-dung-bai`` (figures, bare images, gallery
      thumbnails) at the lazy path as printed (the ``-1024x683`` size, not the ``srcset``, not
      the full-size link target); the featured crop is not counted.
    - Captions: ``figcaption.wp-caption-text`` text, enclosing parentheses removed; a centred
      "Ảnh: X" paragraph under a bare image is a credit (caption None, photographer X).
    - "Tin, ảnh: Hoàng Thị Kim Oanh (TPT Đội)" -> author and photographer without the post;
      "Tổ Toán – Tin" signs alone -> the author as printed (with the texturized dash).
    - A table's header row is a paragraph like the others (cells joined by " | ").
    - The AMP twin and replytocom variants are ``alt_paths``; the redirecting URLs are not (they
      serve no page of their own).
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_vn_agency_theme_thcs"
PLATFORM = "WordPress (agency school theme tns-truonghoc, classic editor) + Rank Math SEO"
START_PATH = "/"

SITE_NAME = "Trường THCS Chu Văn An"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
THEME = "/wp-content/themes/tns-truonghoc"
PER_PAGE = 3

# category slug -> name as printed (wptexturize turns " - " into an en dash)
CATS = {
    "tin-tuc": "Tin tức – Sự kiện",
    "hoat-dong-doi": "Hoạt động Đội",
    "chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "20-11": "20-11",
    "ngay-nha-giao": "Ngày Nhà giáo",
    "lien-doi": "Liên đội",
    "chuyen-mon": "chuyên môn",
    "an-toan-truong-hoc": "an toàn trường học",
}
UP = "/wp-content/uploads/2026"
BIG = "-1024x683.jpg"


def tx(value: str) -> str:
    """Escape and print the way wptexturize leaves text: typographic characters as references."""
    out = esc(value).replace("&#x27;", "&#8217;")
    for ch in "“”‘’–—…":
        out = out.replace(ch, f"&#{ord(ch)};")
    return out


def plain(value: str) -> str:
    """The straight-quote form SEO plugins print in meta tags."""
    for a, b in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'"), ("–", "-"), ("…", "...")):
        value = value.replace(a, b)
    return value


def R(markup: str) -> Raw:
    return Raw(markup)


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{tx(line)}</strong></p>')


LETTERHEAD = R(
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
    '<tr><td style="width: 42%; text-align: center;">UBND THÀNH PHỐ BUÔN MA THUỘT<br />'
    "<strong>TRƯỜNG THCS CHU VĂN AN</strong></td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align: center;">Số: 86/TB-THCSCVA</td>'
    '<td style="text-align: center;"><em>Buôn Ma Thuột, ngày 24 tháng 10 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra giữa kỳ I năm học 2026 &#8211; 2027</strong></p>"
)
CLOSING = R(
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "&#8211; Các tổ chuyên môn;<br />&#8211; GVCN các lớp;<br />&#8211; Website trường;<br />"
    "&#8211; Lưu: VT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
    "<em>(Đã ký)</em><br /><br /><strong>Phạm Văn Long</strong></td>"
    "</tr></tbody></table>"
    '<p>File đính kèm: <a href="/wp-content/uploads/2026/10/lich-kiem-tra-giua-ky-1.pdf">'
    "lich-kiem-tra-giua-ky-1.pdf</a></p>"
)


def _story(id_, slug, title, cat, published_at, blocks, **kw) -> Story:
    opts = kw.pop("opts")
    return Story(id_, slug, title, cat, published_at, blocks, opts=opts, **kw)


STORIES: list[Story] = [
    _story(
        1412,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "tin-tuc",
        "2026-11-20T08:15:00+07:00",
        [
            Img(f"{UP}/11/ky-niem-20-11-01{BIG}",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "figure"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Buôn Ma "
              "Thuột, Ban đại diện cha mẹ học sinh cùng đông đủ các thế hệ thầy cô giáo đã từng "
              "công tác tại trường."),
            P("Tại buổi lễ, thầy Phạm Văn Long, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang "
              "của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật của năm học 2025 – "
              "2026: tỷ lệ học sinh lên lớp đạt 99,2%, 27 học sinh đạt giải học sinh giỏi cấp "
              "thành phố và 6 học sinh đạt giải cấp tỉnh."),
            Img(f"{UP}/11/ky-niem-20-11-02{BIG}",
                "(Thầy Phạm Văn Long, Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
                "Thầy Phạm Văn Long, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "figure"),
            P("Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trâm, lớp 9A1 bày tỏ lòng biết ơn "
              "đến các thầy cô giáo: “Mỗi trang vở chúng em viết hôm nay đều có bóng dáng của "
              "thầy cô”."),
            P("Nhân dịp này, nhà trường trao Giấy khen cho 12 giáo viên đạt danh hiệu Giáo viên "
              "dạy giỏi cấp trường và khen thưởng các tập thể lớp có thành tích xuất sắc trong đợt "
              "thi đua chào mừng ngày 20/11."),
            P("Buổi lễ khép lại trong không khí ấm áp với những tiết mục văn nghệ đặc sắc do học "
              "sinh các khối lớp biểu diễn."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ cán bộ, giáo viên, nhân "
        "viên nhà trường.",
        sapo_outside=True,
        opts={
            "pub": "2026-11-20 08:15",
            "mod": "2026-11-22 16:40",
            "box": "ThS. Nguyễn Thị Thu Hà (Tổ Ngữ văn)",
            "tags": ["20-11", "ngay-nha-giao"],
            "seo": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 tại THCS Chu Văn An",
            "comments": [
                (57, "Phụ huynh lớp 9A1", "Chúc mừng thầy cô nhân ngày 20/11, chúc thầy cô luôn "
                 "mạnh khỏe và hạnh phúc!"),
                (58, "Cựu học sinh khóa 2015 – 2019", "Nhớ mái trường và thầy cô nhiều lắm."),
            ],
        },
    ),
    _story(
        1436,
        "hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
        "Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        "chuyen-mon",
        "2026-11-03T07:30:00+07:00",
        [
            P("Thực hiện Kế hoạch số 112/KH-THCSCVA ngày 15/9/2026 của Hiệu trưởng nhà trường, từ "
              "ngày 12/10 đến ngày 31/10/2026, Trường THCS Chu Văn An đã tổ chức Hội thi Giáo viên "
              "dạy giỏi cấp trường năm học 2026 – 2027."),
            R('<span id="more-1436"></span>'),
            P("Hội thi có 18 giáo viên thuộc 5 tổ chuyên môn tham gia. Mỗi giáo viên thực hiện hai "
              "tiết dạy trên lớp và trình bày một biện pháp nâng cao chất lượng giảng dạy bộ môn."),
            P("Kết quả hội thi", "h3"),
            P("STT | Họ và tên | Môn | Xếp loại", "tr"),
            P("1 | Trần Thị Mỹ Linh | Ngữ văn | Giỏi", "tr"),
            P("2 | Lê Quang Vinh | Toán | Giỏi", "tr"),
            P("3 | H’Nhi Ê Ban | Tiếng Anh | Giỏi", "tr"),
            P("4 | Nguyễn Đình Khoa | Vật lí | Khá", "tr"),
            P("Ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các "
              "phương pháp dạy học tích cực và ứng dụng công nghệ thông tin hiệu quả. Nhà trường "
              "chọn 3 giáo viên tiêu biểu dự Hội thi cấp thành phố vào tháng 12/2026."),
            right("Tổ Toán – Tin"),
        ],
        authors=["Tổ Toán – Tin"],
        opts={"pub": "2026-11-03 07:30", "tags": ["chuyen-mon"]},
    ),
    _story(
        1450,
        "van-nghe-tri-an-thay-co-chao-mung-20-11",
        "Sôi nổi chương trình văn nghệ “Tri ân thầy cô” chào mừng ngày 20/11",
        "hoat-dong-doi",
        "2026-11-18T19:45:00+07:00",
        [
            P("Tối 17/11/2026, Liên đội Trường THCS Chu Văn An tổ chức chương trình văn nghệ “Tri ân "
              "thầy cô” với 24 tiết mục đến từ các chi đội khối 6 đến khối 9."),
            P("Các tiết mục được đầu tư công phu về nội dung lẫn hình thức: từ những ca khúc về mái "
              "trường, thầy cô đến các điệu múa của đồng bào Ê Đê, M’Nông mang đậm bản sắc Tây "
              "Nguyên."),
            Img(f"{UP}/11/van-nghe-20-11-01-150x150.jpg", "Tiết mục múa xoang của chi đội 8A3",
                "Tiết mục múa xoang của chi đội 8A3", "gallery"),
            Img(f"{UP}/11/van-nghe-20-11-02-150x150.jpg", "Tốp ca “Bụi phấn” của lớp 6A2",
                "Tốp ca “Bụi phấn” của lớp 6A2", "gallery"),
            Img(f"{UP}/11/van-nghe-20-11-03-150x150.jpg", None, None, "gallery"),
            P("Ban tổ chức trao giải Nhất cho chi đội 8A3, giải Nhì cho chi đội 9A1 và 7A4, giải Ba "
              "cho các chi đội 6A2, 7A1 và 9A5."),
            right("Tin, ảnh: Hoàng Thị Kim Oanh (TPT Đội)"),
        ],
        authors=["Hoàng Thị Kim Oanh"],
        photographers=["Hoàng Thị Kim Oanh"],
        opts={
            "pub": "2026-11-18 19:45",
            "also": ["tin-tuc"],
            "tags": ["20-11", "lien-doi"],
            "gallery_ids": [1452, 1453, 1454],
        },
    ),
    _story(
        1389,
        "hoc-sinh-khoi-7-trai-nghiem-bao-tang-the-gioi-ca-phe",
        "Học sinh khối 7 trải nghiệm tại Bảo tàng Thế giới Cà phê",
        "hoat-dong-doi",
        "2026-10-24T14:00:00+07:00",
        [
            P("Chuyến đi thực tế giúp các em hiểu thêm về lịch sử cây cà phê và văn hóa cà phê của "
              "vùng đất Buôn Ma Thuột."),
            P("Ngày 22/10/2026, hơn 280 học sinh khối 7 cùng giáo viên chủ nhiệm đã tham gia hoạt "
              "động trải nghiệm tại Bảo tàng Thế giới Cà phê, thành phố Buôn Ma Thuột."),
            Img(f"{UP}/10/trai-nghiem-bao-tang-ca-phe{BIG}", "Ảnh: Đỗ Minh Tuấn", None, "credit"),
            P("Tại bảo tàng, các em được nghe thuyết minh về hành trình của hạt cà phê từ châu Phi "
              "đến Việt Nam, tìm hiểu các dụng cụ pha chế cổ và những bộ sưu tập hiện vật quý."),
            P("Em Y Khoa Niê, lớp 7A3 chia sẻ: “Em rất tự hào vì quê hương mình được gọi là thủ "
              "phủ cà phê của cả nước”."),
            P("Hoạt động nằm trong kế hoạch giáo dục địa phương, góp phần bồi dưỡng tình yêu quê "
              "hương cho học sinh."),
        ],
        authors=["Đỗ Minh Tuấn"],
        photographers=["Đỗ Minh Tuấn"],
        summary="Chuyến đi thực tế giúp các em hiểu thêm về lịch sử cây cà phê và văn hóa cà phê "
        "của vùng đất Buôn Ma Thuột.",
        opts={"pub": "2026-10-24 14:00", "box": "Đỗ Minh Tuấn", "excerpt_in_text": True},
    ),
    _story(
        1395,
        "thong-bao-lich-kiem-tra-giua-ky-i-2026-2027",
        "Thông báo lịch kiểm tra giữa kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-10-24",
        [
            LETTERHEAD,
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027;"),
            P("Trường THCS Chu Văn An thông báo lịch kiểm tra giữa kỳ I như sau:"),
            P("Ngày 02/11/2026: Ngữ văn (90 phút), Tiếng Anh (60 phút).", "li"),
            P("Ngày 03/11/2026: Toán (90 phút), Khoa học tự nhiên (60 phút).", "li"),
            P("Ngày 04/11/2026: Lịch sử và Địa lí (60 phút), Giáo dục công dân (45 phút).", "li"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
              "và đồ dùng học tập cần thiết."),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh được biết, "
              "thực hiện."),
            CLOSING,
        ],
        authors=["Phạm Văn Long"],
        opts={"pub": "2026-10-26 16:20"},
    ),
    _story(
        1370,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        "tin-tuc",
        "2026-10-09T09:00:00+07:00",
        [
            P("Chiều ngày 08/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị viên chức, người lao "
              "động năm học 2026 – 2027 với sự tham dự của 64 cán bộ, giáo viên, nhân viên."),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, thảo luận và thông qua phương "
              "hướng, nhiệm vụ năm học mới cùng Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."),
            Img(f"{UP}/10/hoi-nghi-vien-chuc{BIG}", "Toàn cảnh hội nghị", "Toàn cảnh hội nghị",
                "figure"),
            P("Các đại biểu đã ký kết giao ước thi đua, quyết tâm hoàn thành xuất sắc nhiệm vụ năm "
              "học, xây dựng nhà trường đạt chuẩn quốc gia mức độ 2."),
            R('<p style="text-align: right;"><em>Nguồn: Công đoàn Trường THCS Chu Văn An</em></p>'),
        ],
        source="Công đoàn Trường THCS Chu Văn An",
        opts={"pub": "2026-10-09 09:00", "mod": "2026-10-10 08:05"},
    ),
    _story(
        1402,
        "sinh-hoat-chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van",
        "Sinh hoạt chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn",
        "chuyen-mon",
        "2026-10-16T15:10:00+07:00",
        [
            P("Tổ Ngữ văn tổ chức sinh hoạt chuyên đề nhằm đổi mới phương pháp dạy học theo Chương "
              "trình giáo dục phổ thông 2018."),
            Img(f"{UP}/10/chuyen-de-ngu-van{BIG}",
                "Cô Trần Thị Mỹ Linh dạy minh họa tại lớp 8A2",
                "Cô Trần Thị Mỹ Linh dạy minh họa tại lớp 8A2", "figure"),
            P("Tiết dạy minh họa bài “Lặng lẽ Sa Pa” tại lớp 8A2 được tổ chức theo hình thức dạy "
              "học dự án, học sinh làm việc nhóm và trình bày sản phẩm trước lớp."),
            P("Dạy học phát triển năng lực là giúp học sinh tự học, tự khám phá và vận dụng kiến "
              "thức vào cuộc sống.", "quote"),
            P("Sau tiết dạy, các thầy cô trao đổi, góp ý và thống nhất một số biện pháp áp dụng "
              "trong học kỳ I."),
        ],
        authors=["Trần Thị Mỹ Linh"],
        summary="Tổ Ngữ văn tổ chức sinh hoạt chuyên đề nhằm đổi mới phương pháp dạy học theo "
        "Chương trình giáo dục phổ thông 2018.",
        opts={
            "pub": "2026-10-16 15:10",
            "box": "Trần Thị Mỹ Linh – Tổ trưởng Tổ Ngữ văn",
            "tags": ["chuyen-mon"],
            "excerpt_in_text": True,
        },
    ),
    _story(
        1378,
        "phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        "Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, ve chai",
        "hoat-dong-doi",
        "2026-10-12T08:00:00+07:00",
        [
            P("Sáng thứ Hai, 12/10/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Chu Văn "
              "An phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027."),
            P("Mỗi đội viên đăng ký thu gom ít nhất 3 kg giấy vụn, vỏ lon, chai nhựa. Số tiền thu "
              "được sẽ dùng để mua học bổng tặng học sinh có hoàn cảnh khó khăn."),
            Img(f"{UP}/10/ke-hoach-nho{BIG}", "Đội viên chi đội 6A1 mang giấy vụn đến trường",
                "Đội viên chi đội 6A1 mang giấy vụn đến trường", "figure"),
            P("Phong trào kéo dài đến hết ngày 20/12/2026, kết quả được công bố trong buổi sơ kết "
              "học kỳ I."),
            right("Hoàng Thị Kim Oanh"),
        ],
        authors=["Hoàng Thị Kim Oanh"],
        opts={"pub": "2026-10-12 08:00", "tags": ["lien-doi"]},
    ),
    _story(
        1421,
        "tuyen-truyen-phong-chong-duoi-nuoc-tai-nan-thuong-tich",
        "Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        "tin-tuc",
        "2026-11-07T10:30:00+07:00",
        [
            P("Nhằm nâng cao nhận thức và kỹ năng tự bảo vệ cho học sinh, ngày 06/11/2026, nhà "
              "trường phối hợp với Công an phường tổ chức buổi tuyên truyền phòng, chống đuối nước "
              "và tai nạn thương tích."),
            R("<p>&nbsp;</p>"),
            P("Theo kế hoạch, buổi tuyên truyền được chia thành hai phiên cho khối 6, 7 và khối 8, "
              "9, mỗi phiên kéo dài 60 phút."),
            P("Học sinh được hướng dẫn cách nhận biết những khu vực nguy hiểm như ao, hồ, suối, "
              "cách sơ cứu khi gặp người bị đuối nước và số điện thoại cứu nạn 114."),
            Img(f"{UP}/11/tuyen-truyen-duoi-nuoc{BIG}",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ Công an",
                "Học sinh thực hành sơ cứu dưới sự hướng dẫn của cán bộ Công an", "figure"),
            P("Hoạt động góp phần xây dựng trường học an toàn, phòng chống tai nạn thương tích."),
            R('<p><strong>Xem thêm: <a href="/huong-ung-ngay-phap-luat-viet-nam-9-11.html">'
              "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11</a>"
              "</strong></p>"),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"pub": "2026-11-07 10:30", "box": "Nguyễn Văn Hùng", "tags": ["an-toan-truong-hoc"]},
    ),
    _story(
        1468,
        "thong-bao-nghi-hoc-ngay-28-11-2026-phong-tranh-mua-lu",
        "Thông báo cho học sinh nghỉ học ngày 28/11/2026 để phòng tránh mưa lũ",
        "thong-bao",
        "2026-11-27T17:05:00+07:00",
        [
            P("Thực hiện Công văn khẩn của Phòng Giáo dục và Đào tạo thành phố về việc chủ động ứng "
              "phó với mưa lũ, nhà trường cho học sinh nghỉ học để bảo đảm an toàn."),
            P("Cán bộ, giáo viên, nhân viên trực theo lịch phân công của Ban giám hiệu; giáo viên "
              "chủ nhiệm thông báo qua nhóm Zalo của lớp đến cha mẹ học sinh."),
            P("Lịch học bù sẽ được nhà trường thông báo sau."),
            right("BBT"),
        ],
        summary="Do ảnh hưởng của mưa lớn kéo dài, nhà trường thông báo cho toàn bộ học sinh nghỉ "
        "học ngày thứ Bảy, 28/11/2026.",
        sapo_outside=True,
        opts={"pub": "2026-11-27 17:05", "mod": "2026-11-28 06:10"},
    ),
    _story(
        1489,
        "hoc-sinh-dat-giai-khoa-hoc-ky-thuat-cap-thanh-pho",
        "Học sinh đạt 2 giải cuộc thi Khoa học kỹ thuật cấp thành phố",
        "chuyen-mon",
        "2026-12-02T11:20:00+07:00",
        [
            P("Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cơ sở thành phố Buôn Ma "
              "Thuột năm học 2026 – 2027, Trường THCS Chu Văn An có 2 dự án đạt giải:"),
            P("Giải Nhì: dự án “Máy tưới cà phê tự động dùng cảm biến độ ẩm” của hai em Trần Gia "
              "Bảo và Nguyễn Minh Thư, lớp 9A2.", "li"),
            P("Giải Ba: dự án “Thùng rác phân loại thông minh” của em Y Đăng Kbuôr, lớp 8A1.", "li"),
            Img(f"{UP}/12/khkt-cap-thanh-pho{BIG}", "Các em học sinh bên dự án đạt giải Nhì",
                "Các em học sinh bên dự án đạt giải Nhì", "figure"),
            P("Dự án đạt giải Nhì được chọn tham dự cuộc thi cấp tỉnh vào tháng 01/2027."),
        ],
        authors=["Lê Quang Vinh"],
        opts={"pub": "2026-12-02 11:20", "box": "Thầy Lê Quang Vinh", "rel": "3 ngày trước"},
    ),
    _story(
        1428,
        "huong-ung-ngay-phap-luat-viet-nam-9-11",
        "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11",
        "tin-tuc",
        "2026-11-10T07:00:00+07:00",
        [
            P("Trường THCS Chu Văn An tổ chức nhiều hoạt động thiết thực hưởng ứng Ngày Pháp luật "
              "Việt Nam năm 2026."),
            P("Trong tiết chào cờ ngày 09/11, học sinh lớp 8A4 trình diễn tiểu phẩm “Nói không với "
              "bạo lực học đường”, thu hút sự quan tâm của đông đảo học sinh."),
            Img(f"{UP}/11/ngay-phap-luat{BIG}", "Tiểu phẩm của lớp 8A4",
                "Tiểu phẩm của lớp 8A4", "figure"),
            P("Thư viện nhà trường trưng bày hơn 150 đầu sách pháp luật, tổ chức cuộc thi tìm hiểu "
              "Luật Giao thông đường bộ với gần 600 bài dự thi."),
            right("Tin: Lê Thị Hồng Nhung – Ảnh: Y Siêm Byă"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Y Siêm Byă"],
        summary="Trường THCS Chu Văn An tổ chức nhiều hoạt động thiết thực hưởng ứng Ngày Pháp "
        "luật Việt Nam năm 2026.",
        opts={
            "pub": "2026-11-10 07:00",
            "excerpt_in_text": True,
            "comments": [(61, "Nguyễn Thị Lan", "Tiểu phẩm rất ý nghĩa, cảm ơn các em lớp 8A4.")],
        },
    ),
    _story(
        1495,
        "ngay-hoi-doc-sach-em-yeu-buon-ma-thuot",
        "Ngày hội đọc sách “Em yêu Buôn Ma Thuột” tại thư viện trường",
        "tin-tuc",
        "2026-12-04T09:40:00+07:00",
        [
            P("Sáng 03/12/2026, thư viện Trường THCS Chu Văn An phối hợp với Liên đội tổ chức Ngày "
              "hội đọc sách với chủ đề “Em yêu Buôn Ma Thuột”."),
            P("Học sinh được giới thiệu các cuốn sách về lịch sử, văn hóa và con người vùng đất "
              "cao nguyên: sử thi Đam San, truyện cổ Ê Đê, những trang viết về Ngã Sáu và "
              "cây Kơnia."),
            Img(f"{UP}/12/ngay-hoi-doc-sach-01{BIG}", "Học sinh khối 6 tham gia đọc sách",
                "Học sinh khối 6 tham gia đọc sách", "figure"),
            P("Cuộc thi kể chuyện theo sách thu hút 16 đội thi; giải Nhất thuộc về chi đội 7A2 với "
              "câu chuyện về người anh hùng Núp."),
            Img(f"{UP}/12/ngay-hoi-doc-sach-02{BIG}", "(Đội thi của chi đội 7A2)",
                "Đội thi của chi đội 7A2", "figure"),
        ],
        authors=["Vũ Thị Hải Yến"],
        summary="Hơn 400 học sinh tham gia các hoạt động đọc sách, kể chuyện và tìm hiểu về lịch "
        "sử, văn hóa Buôn Ma Thuột.",
        sapo_outside=True,
        opts={
            "pub": "2026-12-04 09:40",
            "also": ["hoat-dong-doi"],
            "box": "Vũ Thị Hải Yến (Nhân viên thư viện)",
            "rel": "1 ngày trước",
            "tags": ["lien-doi"],
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
#: newest first, as WordPress lists
LATEST = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)
MOST_READ = [BY_ID[1412], BY_ID[1389], BY_ID[1468]]


def cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("also", [])]


def in_cat(slug: str) -> list[Story]:
    return [s for s in LATEST if slug in cats_of(s)]


def in_tag(slug: str) -> list[Story]:
    return [s for s in LATEST if slug in s.opts.get("tags", [])]


def permalink(story: Story) -> str:
    return f"/{story.slug}.html"


# --- dates ----------------------------------------------------------------------------------


def dmy(stamp: str) -> str:
    y, m, d = stamp[:10].split("-")
    return f"{d}/{m}/{y}"


def iso(stamp: str) -> str:
    return f"{stamp[:10]}T{stamp[11:16]}:00+07:00"


# --- excerpts -------------------------------------------------------------------------------

_TAG = re.compile(r"<[^>]+>")


def auto_excerpt(story: Story, words: int = 40) -> str:
    """wp_trim_excerpt: content without shortcodes (captions, galleries) and tags, 40 words."""
    parts = []
    for b in story.blocks:
        if isinstance(b, P):
            parts.append(b.text)
        elif isinstance(b, Raw):
            parts.append(_html.unescape(_TAG.sub(" ", b.html.replace("<br />", " "))))
    tokens = " ".join(parts).split()
    return " ".join(tokens[:words]) + (" […]" if len(tokens) > words else "")


def excerpt(story: Story) -> tuple[str, bool]:
    """The printed excerpt and whether it is hand-written."""
    if story.summary:
        return story.summary, True
    return auto_excerpt(story), False


# --- images ---------------------------------------------------------------------------------


def size(src: str, dims: str) -> str:
    if src.endswith(BIG):
        return src[: -len(BIG)] + f"-{dims}.jpg"
    return src.rsplit("-150x150.jpg", 1)[0] + f"-{dims}.jpg"


def thumb(story: Story, dims: str = "300x200") -> str:
    imgs = story.images
    return size(imgs[0].src, dims) if imgs else f"{THEME}/images/no-image.jpg"


def lazy_img(src: str, w: int, h: int, cls: str, alt: str = "", srcset: str = "") -> str:
    ph = (
        "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20"
        f"{w}%20{h}'%3E%3C/svg%3E"
    )
    ss = f' data-lazy-srcset="{srcset}" data-lazy-sizes="(max-width: {w}px) 100vw, {w}px"' if srcset else ""
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{ph}" class="{cls}" alt="{tx(alt)}"'
        f'{ss} data-lazy-src="{src}" />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{src}" class="{cls}" '
        f'alt="{tx(alt)}" /></noscript>'
    )


def big_img(img: Img, wid: int, alt: str = "") -> str:
    full = img.src[: -len(BIG)] + ".jpg"
    srcset = f"{img.src} 1024w, {size(img.src, '300x200')} 300w, {size(img.src, '768x512')} 768w, {full} 1600w"
    return (
        f'<a href="{full}">'
        + lazy_img(img.src, 1024, 683, f"size-large wp-image-{wid}", alt, srcset)
        + "</a>"
    )


# --- content --------------------------------------------------------------------------------


def render_blocks(story: Story, amp: bool = False) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    wid = story.id + 1
    gallery_ids = iter(story.opts.get("gallery_ids", []))
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{tx(p.text)}</li>" for p in run) + "\n</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    tag = "strong" if n == 0 else "span"
                    cells = "".join(
                        f'<td style="border: 1px solid #999;"><{tag}>{tx(c)}</{tag}></td>'
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="bang-ket-qua" style="border-collapse: collapse; width: 100%;">'
                    "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
                )
            continue
        if isinstance(b, Img) and b.style == "gallery":
            run = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                run.append(blocks[i])
                i += 1
            items = []
            for img in run:
                aid = next(gallery_ids)
                pic = (
                    f'<amp-img src="{img.src}" width="150" height="150" layout="responsive"></amp-img>'
                    if amp
                    else lazy_img(img.src, 150, 150, "attachment-thumbnail size-thumbnail")
                )
                cap = (
                    f'<figcaption class="wp-caption-text gallery-caption" id="gallery-1-{aid}">'
                    f"{tx(img.printed)}</figcaption>"
                    if img.printed
                    else ""
                )
                items.append(
                    f'<figure class="gallery-item"><div class="gallery-icon landscape">'
                    f'<a href="/?attachment_id={aid}">{pic}</a></div>{cap}</figure>'
                )
            out.append(
                f'<div id="gallery-1" class="gallery galleryid-{story.id} gallery-columns-3 '
                f'gallery-size-thumbnail">' + "".join(items) + "</div>"
            )
            continue
        i += 1
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3><strong>{tx(b.text)}</strong></h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{tx(b.text)}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{tx(b.text)}</p>')
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            pic = (
                f'<amp-img src="{b.src}" width="1024" height="683" layout="responsive"></amp-img>'
                if amp
                else big_img(b, wid, alt=b.caption or "")
            )
            if b.style == "figure":
                out.append(
                    f'<figure id="attachment_{wid}" aria-describedby="caption-attachment-{wid}" '
                    f'style="width: 1024px" class="wp-caption aligncenter">{pic}'
                    f'<figcaption id="caption-attachment-{wid}" class="wp-caption-text">'
                    f"{tx(b.printed or '')}</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align: center;">{pic}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{tx(b.printed)}</em></p>')
            wid += 1
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------


def menu() -> str:
    return f"""
<nav class="menu-chinh"><ul id="menu-menu-chinh" class="menu">
 <li class="menu-item"><a href="/">Trang chủ</a></li>
 <li class="menu-item menu-item-has-children"><a href="/gioi-thieu">Giới thiệu</a>
  <ul class="sub-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li>
   <li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
 <li class="menu-item menu-item-has-children"><a href="/chuyen-muc/tin-tuc">Tin tức</a>
  <ul class="sub-menu"><li><a href="/chuyen-muc/tin-tuc">{tx(CATS["tin-tuc"])}</a></li>
   <li><a href="/chuyen-muc/hoat-dong-doi">{tx(CATS["hoat-dong-doi"])}</a></li>
   <li><a href="/chuyen-muc/thong-bao">{tx(CATS["thong-bao"])}</a></li></ul></li>
 <li class="menu-item"><a href="/chuyen-muc/chuyen-mon">Chuyên môn</a></li>
 <li class="menu-item"><a href="/thoi-khoa-bieu">Thời khóa biểu</a></li>
 <li class="menu-item"><a href="/thu-vien-anh">Thư viện ảnh</a></li>
 <li class="menu-item"><a href="/lien-he">Liên hệ</a></li>
</ul></nav>"""


def sidebar() -> str:
    new = "".join(
        f'<li><a href="{permalink(s)}">{tx(s.title)}</a> <span class="ngay-nho">{dmy(s.opts["pub"])}</span></li>'
        for s in LATEST[:5]
    )
    hot = "".join(
        f'<li><a href="{permalink(s)}"><img src="{thumb(s, "150x150")}" alt="" width="70" /></a>'
        f'<a class="ten" href="{permalink(s)}">{tx(s.title)}</a><span class="luot-xem">'
        f"{s.views()} lượt xem</span></li>"
        for s in MOST_READ
    )
    return f"""
<aside class="cot-phai">
 <section class="widget widget_recent_entries"><h3 class="tieu-de-khoi">Tin mới</h3><ul>{new}</ul></section>
 <section class="widget tns-doc-nhieu"><h3 class="tieu-de-khoi">Đọc nhiều</h3><ul class="ds-doc-nhieu">{hot}</ul></section>
 <section class="widget widget_media_image"><a href="http://www.moet.gov.vn" target="_blank">
  <img src="{THEME}/images/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT" /></a></section>
 <section class="widget lien-ket-web"><h3 class="tieu-de-khoi">Liên kết website</h3>
  <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
  <option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
  <option value="https://hcm.edu.vn">Cổng thông tin giáo dục</option></select></section>
 <section class="widget widget_polls-widget"><h3 class="tieu-de-khoi">Thăm dò ý kiến</h3>
  <form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
  <p style="text-align: center;"><strong>Bạn thấy website nhà trường thế nào?</strong></p>
  <ul class="wp-polls-ul"><li><input type="radio" name="poll_3" value="7" /> Rất hữu ích</li>
  <li><input type="radio" name="poll_3" value="8" /> Bình thường</li></ul>
  <p><input type="button" class="Buttons" value="Bình chọn" /></p></form></section>
 <section class="widget tns-thong-ke"><h3 class="tieu-de-khoi">Thống kê truy cập</h3>
  <ul class="bo-dem"><li>Đang online: <b>17</b></li><li>Hôm nay: <b>412</b></li>
  <li>Tháng này: <b>5.960</b></li><li>Tổng truy cập: <b>1.284.337</b></li></ul></section>
</aside>"""


def page(request: Request, title: str, main: str, *, head: str = "", body_cls: str = "") -> Response:
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
{head}
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="/feed" />
<link rel='stylesheet' id='tns-truonghoc-style-css' href='{THEME}/style.css?ver=2.3.1' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base_url(request)}/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_cls} wp-theme-tns-truonghoc">
<div class="thanh-tren"><div class="khung"><span class="ngay-hom-nay">{HEADER_TODAY}</span>
 <span class="hotline">Điện thoại: 0262 3852 417</span>
 <form role="search" method="get" class="tim-kiem" action="/"><input type="text" name="s" placeholder="Tìm kiếm..." />
 <button type="submit">Tìm</button></form></div></div>
<header class="dau-trang"><div class="khung">
 <a class="logo" href="/"><img src="{THEME}/images/logo-thcs-chu-van-an.png" alt="Logo" /></a>
 <div class="ten-don-vi"><span class="cap-tren">UBND THÀNH PHỐ BUÔN MA THUỘT</span>
 <h1 class="ten-truong">TRƯỜNG THCS CHU VĂN AN</h1>
 <span class="khau-hieu">Dạy tốt &#8211; Học tốt &#8211; Rèn luyện tốt</span></div>
</div>{menu()}</header>
<div class="khung-chinh"><div class="khung">
<main class="cot-trai">
{main}
</main>
{sidebar()}
</div></div>
<footer class="chan-trang"><div class="khung">
 <p><strong>TRƯỜNG THCS CHU VĂN AN &#8211; THÀNH PHỐ BUÔN MA THUỘT</strong></p>
 <p>Địa chỉ: 45 Nguyễn Chí Thanh, phường Tân An, TP. Buôn Ma Thuột, tỉnh Đắk Lắk</p>
 <p>Điện thoại: 0262 3852 417 &#8211; Email: thcschuvanan.bmt@daklak.edu.vn</p>
 <p class="ban-quyen">&copy; 2026 Bản quyền thuộc Trường THCS Chu Văn An. Thiết kế web:
 <a href="https://taynguyensoft.vn" rel="nofollow">TaynguyenSoft</a></p>
 <a href="https://www.facebook.com/thcschuvanan.bmt" target="_blank">Facebook</a>
</div></footer>
<a href="#" class="len-dau">&uarr;</a>
<script type="text/javascript" src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body>
</html>"""
    return html(doc)


def breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{href}">{tx(label)}</a>' if href else f'<span class="last">{tx(label)}</span>')
    sep = '<span class="separator"> &raquo; </span>'
    return f'<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p>{sep.join(parts)}</p></nav>'


# --- article --------------------------------------------------------------------------------


def seo_title(story: Story) -> str:
    return plain(story.opts.get("seo", story.title)) + " - THCS Chu Văn An"


def article_head(request: Request, story: Story) -> str:
    b = base_url(request)
    url = b + permalink(story)
    ex, manual = excerpt(story)
    desc = plain(ex if manual else auto_excerpt(story, 25).rstrip(" […]"))
    pub, mod = iso(story.opts["pub"]), iso(story.opts.get("mod", story.opts["pub"]))
    img = (b + size(story.images[0].src, "768x432")) if story.images else b + THEME + "/images/no-image.jpg"
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": ["EducationalOrganization", "Organization"], "@id": b + "/#organization",
             "name": "Trường THCS Chu Văn An", "url": b},
            {"@type": "WebSite", "@id": b + "/#website", "url": b, "name": "Trường THCS Chu Văn An",
             "inLanguage": "vi"},
            {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": seo_title(story),
             "datePublished": pub, "dateModified": mod, "inLanguage": "vi"},
            {"@type": "Person", "@id": b + "/author/admin_thcs/", "name": "admin_thcs"},
            {"@type": "BlogPosting", "headline": seo_title(story), "datePublished": pub,
             "dateModified": mod,
             "articleSection": ", ".join(CATS[c] for c in sorted(cats_of(story), key=lambda c: CATS[c])),
             "author": {"@id": b + "/author/admin_thcs/", "name": "admin_thcs"},
             "description": desc, "image": {"@type": "ImageObject", "url": img},
             "@id": url + "#richSnippet", "isPartOf": {"@id": url + "#webpage"}, "inLanguage": "vi",
             "mainEntityOfPage": {"@id": url + "#webpage"}},
        ],
    }
    return f"""<meta name="description" content="{esc(desc)}"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(seo_title(story))}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="Trường THCS Chu Văn An" />
<meta property="article:section" content="{esc(plain(CATS[story.cat]))}" />
<meta property="og:updated_time" content="{mod}" />
<meta property="og:image" content="{img}" />
<meta property="article:published_time" content="{pub}" />
<meta property="article:modified_time" content="{mod}" />
<script type="application/ld+json" class="rank-math-schema">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="amphtml" href="{url}?amp=1" />
<link rel='shortlink' href='{b}/?p={story.id}' />"""


def meta_list(story: Story) -> str:
    o = story.opts
    items = []
    if o.get("mod"):
        items.append(f'<li class="ngay-sua">Cập nhật: {dmy(o["mod"])} {o["mod"][11:]}</li>')
    if o.get("rel"):
        items.append(
            f'<li class="ngay-dang"><i class="fa fa-calendar"></i> <time datetime="{iso(o["pub"])}">'
            f"{o['rel']}</time></li>"
        )
    else:
        items.append(f'<li class="ngay-dang"><i class="fa fa-calendar"></i> {dmy(o["pub"])}</li>')
        items.append(f'<li class="gio-dang"><i class="fa fa-clock-o"></i> {o["pub"][11:]}</li>')
    cats = sorted(cats_of(story), key=lambda c: CATS[c])
    links = ", ".join(f'<a href="/chuyen-muc/{c}" rel="category tag">{tx(CATS[c])}</a>' for c in cats)
    items.append(f'<li class="chuyen-muc-bai"><i class="fa fa-folder-open"></i> Chuyên mục: {links}</li>')
    items.append('<li class="nguoi-dang"><i class="fa fa-user"></i> Người đăng: admin_thcs</li>')
    items.append(f'<li class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</li>')
    return '<ul class="thong-tin-bai">' + "".join(items) + "</ul>"


def related(story: Story) -> list[Story]:
    return [s for s in in_cat(story.cat) if s.id != story.id][:3]


def comments_html(story: Story, reply_to: int | None) -> str:
    cms = story.opts.get("comments", [])
    form = f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">
Gửi bình luận{' <small><a rel="nofollow" id="cancel-comment-reply-link" href="' + permalink(story) + '#respond">Hủy trả lời</a></small>' if reply_to else ''}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" rows="6"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Họ tên *" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" />
<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" />
<input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}" /></p></form></div>"""
    if not cms:
        return f'<div id="comments" class="khu-binh-luan">{form}</div>'
    items = []
    for cid, who, said in cms:
        items.append(
            f'<li class="comment even thread-even depth-1" id="comment-{cid}"><div class="bl-noi-dung">'
            f'<div class="bl-tac-gia"><b class="fn">{tx(who)}</b> <span class="bl-ngay">'
            f"{dmy(story.opts['pub'])}</span></div><div class=\"comment-content\"><p>{tx(said)}</p></div>"
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{permalink(story)}'
            f'?replytocom={cid}#respond" data-commentid="{cid}">Trả lời</a></div></div></li>'
        )
    n = len(cms)
    return (
        f'<div id="comments" class="khu-binh-luan"><h3 class="so-binh-luan">{n} bình luận</h3>'
        f'<ol class="danh-sach-bl">{"".join(items)}</ol>{form}</div>'
    )


def article_page(request: Request, story: Story, reply_to: int | None = None) -> Response:
    o = story.opts
    ex, _ = excerpt(story)
    feat = ""
    if story.images:
        fsrc = size(story.images[0].src, "768x432")
        feat = '<div class="anh-dai-dien">' + lazy_img(fsrc, 768, 432, "attachment-medium_large wp-post-image") + "</div>"
    box = ""
    if o.get("box"):
        box = f'<div class="tac-gia-bai"><span class="nhan">Tác giả:</span> {tx(o["box"])}</div>'
    rel = "".join(
        f'<li><a href="{permalink(s)}"><img src="{thumb(s, "150x150")}" width="80" alt="" /></a>'
        f'<a href="{permalink(s)}">{tx(s.title)}</a> <em>({dmy(s.opts["pub"])})</em></li>'
        for s in related(story)
    )
    tags = o.get("tags", [])
    tag_html = (
        '<div class="the-bai"><span>Từ khóa:</span> '
        + ", ".join(f'<a href="/tag/{t}" rel="tag">{tx(TAGS[t])}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    main = f"""{breadcrumb((CATS[story.cat], f"/chuyen-muc/{story.cat}"), (story.title, None))}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail {' '.join('category-' + c for c in cats_of(story))}">
<h2 class="tieu-de-bai">{tx(story.title)}</h2>
{meta_list(story)}
{feat}
<div class="tom-tat-bai"><strong>{tx(ex)}</strong></div>
<div class="noi-dung-bai entry-content">
{render_blocks(story)}
{box}
<div class="bai-lien-quan"><h4 class="tieu-de-lien-quan">Bài viết liên quan</h4><ul>{rel}</ul></div>
</div>
<div class="chia-se"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{permalink(story)}" target="_blank" rel="nofollow">Facebook</a>
<a href="https://zalo.me/share?u={base_url(request)}{permalink(story)}" target="_blank" rel="nofollow">Zalo</a>
<a href="javascript:window.print()">In bài</a></div>
{tag_html}
</article>
{comments_html(story, reply_to)}"""
    return page(request, seo_title(story), main, head=article_head(request, story),
                body_cls=f"post-template-default single single-post postid-{story.id} single-format-standard")


def amp_page(request: Request, story: Story) -> Response:
    o = story.opts
    ex, _ = excerpt(story)
    url = base_url(request) + permalink(story)
    date = f"{dmy(o['pub'])} {o['pub'][11:]}"
    box = f'<p class="amp-tac-gia">Tác giả: {tx(o["box"])}</p>' if o.get("box") else ""
    doc = f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8">
<title>{esc(seo_title(story))}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:sans-serif}}</style></head>
<body class="amp-wp-body">
<header class="amp-wp-header"><div><a href="{base_url(request)}/">Trường THCS Chu Văn An</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{tx(story.title)}</h1>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso(o['pub'])}">{date}</time></div></header>
<div class="amp-wp-article-content">
<p class="amp-tom-tat"><strong>{tx(ex)}</strong></p>
{render_blocks(story, amp=True)}
{box}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Chuyên mục:
<a href="{base_url(request)}/chuyen-muc/{story.cat}">{tx(CATS[story.cat])}</a></div></footer>
</article>
<footer class="amp-wp-footer"><p>&copy; Trường THCS Chu Văn An</p>
<a href="{url}" class="amp-wp-canonical">Xem phiên bản đầy đủ</a></footer>
</body></html>"""
    return html(doc)


# --- lists ----------------------------------------------------------------------------------


def list_item(s: Story) -> str:
    ex, _ = excerpt(s)
    d, m, y = dmy(s.opts["pub"]).split("/")
    return f"""<div class="muc-tin post-{s.id}">
 <a class="anh-tin" href="{permalink(s)}"><img src="{thumb(s)}" width="300" height="200" alt="{tx(s.title)}" /></a>
 <div class="lich-ngay"><span class="ngay">{d}</span><span class="thang">Th{int(m)}</span><span class="nam">{y}</span></div>
 <h3 class="ten-tin"><a href="{permalink(s)}" title="{tx(s.title)}">{tx(s.title)}</a></h3>
 <p class="trich-dan">{tx(ex)} <a class="xem-tiep" href="{permalink(s)}#more-{s.id}">Xem tiếp &raquo;</a></p>
</div>"""


def pager(base: str, cur: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}/page/{n}"

    parts = []
    if cur > 1:
        parts.append(f'<a class="trang-truoc" href="{href(cur - 1)}">&laquo; Trước</a>')
    for n in range(1, total + 1):
        parts.append(
            f'<span aria-current="page" class="trang-hien-tai">{n}</span>'
            if n == cur
            else f'<a class="trang-so" href="{href(n)}">{n}</a>'
        )
    if cur < total:
        parts.append(f'<a class="trang-sau" href="{href(cur + 1)}">Sau &raquo;</a>')
    return '<nav class="phan-trang">' + "".join(parts) + "</nav>"


def list_page(request: Request, base: str, label: str, items: list[Story], n: int, kind: str) -> Response | None:
    total = max(1, -(-len(items) // PER_PAGE))
    if n < 1 or n > total:
        return None
    chunk = items[(n - 1) * PER_PAGE : n * PER_PAGE]
    top = items[0]
    featured = (
        f'<div class="tin-tieu-diem"><span class="nhan-tieu-diem">Tin tiêu điểm</span>'
        f'<a href="{permalink(top)}"><img src="{thumb(top, "768x432")}" alt="" /></a>'
        f'<h3><a href="{permalink(top)}">{tx(top.title)}</a></h3></div>'
    )
    b = base_url(request)
    head = f'<link rel="canonical" href="{b}{base if n == 1 else f"{base}/page/{n}"}" />'
    if n > 1:
        head += f'\n<link rel="prev" href="{b}{base if n == 2 else f"{base}/page/{n - 1}"}" />'
    if n < total:
        head += f'\n<link rel="next" href="{b}{base}/page/{n + 1}" />'
    title = f"{plain(label)} - THCS Chu Văn An" + (f" - Trang {n}" if n > 1 else "")
    main = (
        breadcrumb((label, None))
        + f'<h2 class="tieu-de-chuyen-muc">{tx(label)}</h2>'
        + (featured if kind == "category" else "")
        + '<div class="ds-tin">'
        + "\n".join(list_item(s) for s in chunk)
        + "</div>"
        + pager(base, n, total)
    )
    return page(request, title, main, head=head, body_cls=f"archive {kind}")


def home(request: Request) -> Response:
    slides = LATEST[:5]

    def slide(s: Story, cloned: bool) -> str:
        return (
            f'<div class="owl-item{" cloned" if cloned else ""}"><div class="slide-tin">'
            f'<a href="{permalink(s)}"><img src="{thumb(s, "768x432")}" alt="{tx(s.title)}" /></a>'
            f'<div class="chu-thich-slide"><a href="{permalink(s)}">{tx(s.title)}</a></div></div></div>'
        )

    slider = (
        '<div class="slider-tin-moi owl-carousel"><div class="owl-stage">'
        + "".join(slide(s, True) for s in slides[-2:])
        + "".join(slide(s, False) for s in slides)
        + "".join(slide(s, True) for s in slides[:2])
        + "</div></div>"
    )
    blocks = []
    for slug, name in CATS.items():
        items = in_cat(slug)[:2]
        lis = "".join(
            f'<li><a href="{permalink(s)}"><img src="{thumb(s, "150x150")}" alt="" /></a>'
            f'<a class="ten" href="{permalink(s)}">{tx(s.title)}</a>'
            f'<span class="ngay-nho">{dmy(s.opts["pub"])}</span></li>'
            for s in items
        )
        blocks.append(
            f'<section class="khoi-chuyen-muc"><h3 class="tieu-de-khoi"><a href="/chuyen-muc/{slug}">'
            f'{tx(name)}</a></h3><ul>{lis}</ul><a class="xem-them" href="/chuyen-muc/{slug}">Xem thêm</a></section>'
        )
    main = f'<section class="tin-moi-nhat"><h3 class="tieu-de-khoi">Tin mới nhất</h3>{slider}</section>' + "".join(blocks)
    head = f'<link rel="canonical" href="{base_url(request)}/" />'
    return page(request, "Trường THCS Chu Văn An - TP. Buôn Ma Thuột, Đắk Lắk", main, head=head, body_cls="home blog")


def search_page(request: Request, words: str) -> Response:
    hits = [s for s in LATEST if words and words.lower() in s.title.lower()]
    body = "".join(list_item(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = f'<h2 class="tieu-de-chuyen-muc">Kết quả tìm kiếm: {esc(words)}</h2><div class="ds-tin">{body}</div>'
    return page(request, f"Bạn đã tìm kiếm {words} - THCS Chu Văn An", main,
                head='<meta name="robots" content="noindex, follow"/>', body_cls="search")


# --- static pages (not articles) ------------------------------------------------------------


@dataclass(frozen=True)
class WpPage:
    slug: str
    title: str
    html: str


PAGES = [
    WpPage("gioi-thieu", "Giới thiệu chung", """
<p>Trường THCS Chu Văn An được thành lập năm 1997, tọa lạc tại trung tâm thành phố Buôn Ma Thuột.
Năm học 2026 &#8211; 2027, trường có 36 lớp với 1.540 học sinh và 78 cán bộ, giáo viên, nhân viên.</p>
<p>Trường đạt chuẩn quốc gia mức độ 1 năm 2019, đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<p><img src="/wp-content/uploads/2024/08/toan-canh-truong.jpg" alt="Toàn cảnh trường" /></p>"""),
    WpPage("co-cau-to-chuc", "Cơ cấu tổ chức", """
<table class="bang-nhan-su"><tbody>
<tr><td><strong>Chức vụ</strong></td><td><strong>Họ và tên</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Hiệu trưởng</td><td>Phạm Văn Long</td><td>0905 112 334</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Nguyễn Thị Bích Vân</td><td>0914 556 778</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Y Brơm Ayŭn</td><td>0935 221 009</td></tr>
<tr><td>Tổng phụ trách Đội</td><td>Hoàng Thị Kim Oanh</td><td>0977 410 552</td></tr>
</tbody></table>"""),
    WpPage("thoi-khoa-bieu", "Thời khóa biểu học kỳ I năm học 2026 – 2027", """
<p>Thời khóa biểu áp dụng từ ngày 09/11/2026. Cha mẹ học sinh tải tệp bên dưới để xem chi tiết.</p>
<p><a href="/wp-content/uploads/2026/11/tkb-hk1-ap-dung-09-11-2026.pdf">Tải thời khóa biểu (PDF)</a></p>"""),
    WpPage("thu-vien-anh", "Thư viện ảnh", """
<div class="album-anh">
<figure><img src="/wp-content/uploads/2026/09/khai-giang-2026-300x200.jpg" alt="" /><figcaption>Lễ khai giảng năm học 2026 &#8211; 2027</figcaption></figure>
<figure><img src="/wp-content/uploads/2026/11/van-nghe-20-11-01-300x200.jpg" alt="" /><figcaption>Văn nghệ chào mừng 20/11</figcaption></figure>
<figure><img src="/wp-content/uploads/2026/10/trai-nghiem-bao-tang-ca-phe-300x200.jpg" alt="" /><figcaption>Trải nghiệm Bảo tàng Thế giới Cà phê</figcaption></figure>
</div>"""),
    WpPage("lien-he", "Liên hệ", """
<p><strong>TRƯỜNG THCS CHU VĂN AN</strong></p>
<p>Địa chỉ: 45 Nguyễn Chí Thanh, phường Tân An, TP. Buôn Ma Thuột, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0262 3852 417<br />Email: thcschuvanan.bmt@daklak.edu.vn</p>
<div class="wpcf7"><form action="/lien-he#wpcf7-f52-p41-o1" method="post" class="wpcf7-form">
<p><label>Họ tên<br /><input type="text" name="your-name" /></label></p>
<p><label>Nội dung<br /><textarea name="your-message"></textarea></label></p>
<p><input type="submit" value="Gửi" class="wpcf7-submit" /></p></form></div>"""),
]
PAGE_BY_SLUG = {p.slug: p for p in PAGES}


def wp_page(request: Request, p: WpPage) -> Response:
    head = f'<link rel="canonical" href="{base_url(request)}/{p.slug}" />'
    main = (
        breadcrumb((p.title, None))
        + f'<article class="page type-page status-publish"><h2 class="tieu-de-bai">{tx(p.title)}</h2>'
        + f'<div class="noi-dung-bai entry-content">{p.html}</div></article>'
    )
    return page(request, f"{plain(p.title)} - THCS Chu Văn An", main, head=head, body_cls=f"page page-{p.slug}")


# --- feeds and sitemaps ---------------------------------------------------------------------


def feed(request: Request) -> Response:
    b = base_url(request)
    items = "".join(
        f"<item><title>{tx(plain(s.title))}</title><link>{b}{permalink(s)}</link>"
        f"<dc:creator><![CDATA[admin_thcs]]></dc:creator>"
        f"<category><![CDATA[{CATS[s.cat]}]]></category><guid isPermaLink=\"false\">{b}/?p={s.id}</guid>"
        f"<description><![CDATA[{excerpt(s)[0]}]]></description></item>"
        for s in LATEST[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Trường THCS Chu Văn An</title><link>{b}</link><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def sitemap(request: Request, which: str) -> Response | None:
    b = base_url(request)
    if which == "index":
        locs = "".join(
            f"<sitemap><loc>{b}/{n}-sitemap.xml</loc></sitemap>" for n in ("post", "page", "category")
        )
        xml = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
    else:
        if which == "post":
            urls = [(permalink(s), iso(s.opts.get("mod", s.opts["pub"]))) for s in LATEST]
        elif which == "page":
            urls = [("/", "2026-12-04T09:40:00+07:00")] + [(f"/{p.slug}", "2026-09-01T08:00:00+07:00") for p in PAGES]
        elif which == "category":
            urls = [(f"/chuyen-muc/{c}", iso(in_cat(c)[0].opts["pub"])) for c in CATS]
        else:
            return None
        locs = "".join(f"<url><loc>{b}{u}</loc><lastmod>{m}</lastmod></url>" for u, m in urls)
        xml = f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</urlset>'
    return Response(200, '<?xml version="1.0" encoding="UTF-8"?>' + xml, {"Content-Type": "application/xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {b}/sitemap_index.xml\n"

ATTACHMENTS = {aid: s for s in STORIES for aid in s.opts.get("gallery_ids", [])}
_PAGED = re.compile(r"^/(chuyen-muc|tag)/([a-z0-9-]+)(?:/page/(\d+))?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(permalink(s), 301) if s else None
            if "attachment_id" in params:
                s = ATTACHMENTS.get(int(params["attachment_id"])) if params["attachment_id"].isdigit() else None
                return redirect(permalink(s), 301) if s else None
            if "s" in params:
                return search_page(request, params["s"])
            return home(request)
        if path.endswith(".html/") and path[1:-6] in BY_SLUG:
            return redirect(path[:-1], 301)
        if path.endswith(".html"):
            story = BY_SLUG.get(path[1:-5])
            if story is None:
                return None
            if params.get("amp") == "1":
                return amp_page(request, story)
            reply = params.get("replytocom")
            if reply is not None:
                ids = [c[0] for c in story.opts.get("comments", [])]
                if not reply.isdigit() or int(reply) not in ids:
                    return None
                return article_page(request, story, int(reply))
            return article_page(request, story)
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS.format(b=base_url(request)), {"Content-Type": "text/plain"})
        if path == "/feed":
            return feed(request)
        if path == "/sitemap_index.xml":
            return sitemap(request, "index")
        if path.endswith("-sitemap.xml"):
            return sitemap(request, path[1:].split("-")[0])
        m = _PAGED.match(path.rstrip("/") if path.endswith("/") and len(path) > 1 else path)
        if m:
            if path.endswith("/"):
                return redirect(path.rstrip("/"), 301)
            kind, slug, num = m.group(1), m.group(2), m.group(3)
            base = f"/{kind}/{slug}"
            if num == "1":
                return redirect(base, 301)
            n = int(num) if num else 1
            if kind == "chuyen-muc":
                if slug not in CATS:
                    return None
                return list_page(request, base, CATS[slug], in_cat(slug), n, "category")
            if slug not in TAGS or not in_tag(slug):
                return None
            return list_page(request, base, f"Thẻ: {TAGS[slug]}", in_tag(slug), n, "tag")
        p = PAGE_BY_SLUG.get(path.strip("/"))
        if p is not None:
            if path.endswith("/"):
                return redirect(f"/{p.slug}", 301)
            return wp_page(request, p)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = [f"{permalink(story)}?amp=1"]
    alts += [f"{permalink(story)}?replytocom={cid}" for cid, _, _ in story.opts.get("comments", [])]
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat], alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: s.opts["pub"])
]

NON_ARTICLES = [f"/{p.slug}" for p in PAGES]
