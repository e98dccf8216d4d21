"""Fixture portal: a kindergarten on WordPress 6 with the Qode Bridge theme and WPBakery.

Platform
    WordPress 6.6 (vi locale), theme Qode Bridge 30.x, WPBakery Page Builder 7, Yoast SEO
    (canonical, UTC article:published_time, JSON-LD graph, sitemaps), a3 Lazy Load, YARPP
    related posts, WP-Polls, WP Statistics counter, Popup Maker, Contact Form 7. The theme's
    ``functions.php`` carries the classic Bridge "static front page pagination" fix
    ``remove_filter('template_redirect', 'redirect_canonical')``: WordPress therefore never
    redirects a URL variant to the pretty permalink, it serves it.

Institution
    Trường Mầm non Hoa Sen, phường Tây Nha Trang, tỉnh Khánh Hòa (a public kindergarten).

URL scheme
    /                                  front page (a WPBakery page: slider, latest posts,
                                       a hand-made "Thông báo" marquee, portfolio, counters)
    /<slug>/                           a post (pretty permalink, the canonical one)
    /?p=<id>                           the same post (shortlink; 200, no redirect)
    /<slug>                            the same post without the trailing slash (200)
    /<slug>/?replytocom=<cid>          the same post (comment "Trả lời" links)
    /<slug>/?fbclid=...                the same post (a link pasted from Facebook)
    /category/<slug>/[page/N/]         category archive, 3 posts a page (Reading setting);
    /category/<parent>/<child>/        the child category "Hoạt động của bé"
    /2026/<mm>/[page/N/]               monthly archives (options of the "Lưu trữ" dropdown)
    /tag/<slug>/                       tag archive
    /portfolio_page/<slug>/            Bridge portfolio items: photo albums and a video
    /gioi-thieu/ /lien-he/ /thuc-don-tuan/ /thu-vien-anh/   WordPress pages
    /?s=<q>                            search (GET form in the sidebar)
    /feed/ /robots.txt /sitemap_index.xml /<type>-sitemap.xml   WordPress / Yoast machinery
    /author/<login>/                   301 to / (Yoast: author archives disabled)
    /wp-content/..., /wp-includes/...  images, styles, scripts, one PDF

Page templates
    * post: Bridge "blog_single": title area (h1 + breadcrumbs "Trang chủ > <cat> > <title>"),
      ``article.post`` > ``.post_image`` (featured image, when set) > ``.post_text_inner`` with
      ``h2.entry_title`` (date span "03 Th12" glued in front of the title), ``.post_info``
      ("Đăng lúc 14:30h trong <cat> bởi quantri"), the content (classic editor or WPBakery rows,
      Word or Facebook pastes), then YARPP's "Bài viết liên quan", tags, share, the author box
      and the comments; a right sidebar.
    * listing: Bridge "blog_large_image" items (date span, title link, post_info, excerpt,
      "Xem tiếp"), Bridge pagination (icon-only prev/next arrows, page 1 is the bare URL).
    * page: title area + WPBakery rows; portfolio item: Bridge "portfolio_single" with a
      "Ngày" and "Danh mục" detail column.

How each gold article is reached (3 posts a page; listings sorted newest first)
    13 Đoàn kiểm tra (12-04)   home "Tin mới nhất", Tin tức p1, Bài viết mới
    12 Bánh quy 🎄 (12-03)     home, Tin tức p1, Hoạt động của bé, tag
    11 Nghỉ học mưa lũ (12-01) home, Thông báo, marquee /?p=1318, sidebar ?fbclid=
    10 Thực đơn mùa đông       home, Góc phụ huynh, sidebar /?p=1301
     9 Hội thi GVDG (11-24)    home "Hoạt động chuyên môn", Chuyên môn, Tin tức p1 (2 cats)
     8 Lễ 20/11 (11-20)        Tin tức p2, sidebar "Tin nổi bật" (no trailing slash)
     7 Phân loại rác (11-15)   Tin tức p2, Hoạt động của bé, tag
     6 Thông báo khám SK       Thông báo, marquee /?p=1236
     5 Chuyên đề (11-06)       home "Hoạt động chuyên môn", Chuyên môn
     4 Tay chân miệng (10-30)  Góc phụ huynh, "Xem thêm" line of 6 (/?p=1195)
     3 Hội thi ATGT (10-23)    home "Hoạt động chuyên môn", Chuyên môn
     2 Thiệp 20/10 (10-20)     Tin tức p2, Hoạt động của bé
     1 Hội nghị VC (10-09)     only Tin tức page 3 (and the October archive of the dropdown)

Traps
    1. Date in pieces, year nowhere on screen: the post prints "03 Th12" (vi month abbreviation,
       no year) inside the h2 and "Đăng lúc 14:30h" in post_info; the year is only in Yoast's
       ``article:published_time`` / JSON-LD, written in UTC ("2026-12-03T07:30:00+00:00").
       Gold is the local time, "2026-12-03T14:30:00+07:00". Post 11 (06:20 on 01/12) reads as
       30/11 in UTC; post 7 was scheduled for 00:00 (UTC 14/11 17:00): gold "2026-11-15", a
       midnight time is a day alone. ``article:modified_time``/``dateModified`` is not the date.
    2. redirect_canonical removed: /?p=<id>, /<slug> (no slash), ?replytocom=<cid> and
       ?fbclid=... all answer 200 with the full post (rel=canonical names the pretty URL); the
       front page marquee, "Xem thêm" lines and a hand-made sidebar widget link those forms.
       Gold: the pretty permalink, every variant in alt_paths.
    3. Emoji slug: post 12's title ends in 🎄, so WordPress kept it percent-encoded in the slug
       ("…-giang-sinh-%f0%9f%8e%84/", lower-case hex as WordPress prints it); the upper-case
       form is the same post (alt path).
    4. Portfolio items look like posts (h1 title, a "Ngày" date, a category "Album ảnh"/"Video",
       description paragraphs, photos); pages carry Yoast JSON-LD dates. None is an article.
    5. Bylines: the CMS account in post_info ("bởi quantri", JSON-LD author "quantri", the
       author box) is nobody; the real byline is a right-aligned last line in many shapes:
       "Tổ Văn phòng", "Tin: X - Ảnh: Y", "Tin, ảnh: X", "Người viết: Cô X - GV lớp Lá 2",
       "BBT" (nobody), a signer block "P. HIỆU TRƯỞNG / (đã ký) / X", "Ban Giám hiệu".
    6. Captions in four shapes: wp-caption ``figcaption``, WPBakery ``vc_figure-caption``, the
       editor's centred italic line under the photo (in parentheses, not body), a line that
       only credits "Ảnh: Võ Minh Khoa" (caption None, photographer); gallery items where only
       some have a ``gallery-caption``.
    7. a3 Lazy Load: every content ``<img>`` has ``src`` = lazy_placeholder.gif and the photo in
       ``data-src``, followed by a ``<noscript>`` copy. Gold: the data-src path, once.
    8. Facebook paste (post 12): lines are ``<div dir="auto">`` in obfuscated FB classes; the
       👉 bullets are ``<img alt="👉">`` from static.xx.fbcdn.net: no text, no images. Emoji
       typed as characters (🎄 ❤️) stay in the text.
    9. Word paste (post 9): ``MsoNormal`` paragraphs, ``<o:p>``, list markers in
       ``mso-list:Ignore`` spans (no text) next to "- " dashes the editor typed (text).
   10. Chrome that reads like content: YARPP "Bài viết liên quan" inside ``.post_text_inner``,
       the author box, comments with their own dates, and a Popup Maker admission notice on
       every page whose text is longer than the short notice of post 11.
   11. Two categories: post 9 is filed under "Hoạt động chuyên môn" and "Tin tức - Sự kiện"
       and is listed under both; the breadcrumb prints the first, "Hoạt động chuyên môn".
   12. Official notice (post 6): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
       signer; posted 12/11 but the letterhead says 10/11: gold "2026-11-10", author the signer.
   13. Pagination: Bridge's pager has icon-only arrows (``<i class="fa fa-angle-right">``), no
       "Trang sau" text; post 1 is only on /category/tin-tuc-su-kien/page/3/.
   14. Lines under the text that are not text: "Xem thêm: <link>", "Tải file: <pdf>",
       "Nguồn: CDC Khánh Hòa", "(Theo Viện Dinh dưỡng Quốc gia)", "Nguồn: Fanpage …"; a body
       sentence "Theo Kế hoạch số 45/KH-MNHS…" (post 3) is text.

Gold decisions on ambiguous points
    * The featured image printed at the top of a single post (``.post_image``) is the
      article's first photo (caption None); ``og:image`` alone is nothing.
    * Gallery photos: the ``<img>`` as printed (the -300x225 size in data-src), not the full
      file the thumbnail links to.
    * "Cô Trần Ngọc Bích - GV lớp Lá 2": "Cô" is an honorific like a title and "GV lớp Lá 2"
      the post: author "Trần Ngọc Bích". The signer "P. HIỆU TRƯỞNG (đã ký) Huỳnh Thị Mai
      Phương" of a plan (post 3) is its author.
    * "(Theo Viện Dinh dưỡng Quốc gia)" in parentheses is a source line: "Viện Dinh dưỡng
      Quốc gia". "Nguồn: Fanpage Trường Mầm non Hoa Sen" -> "Fanpage Trường Mầm non Hoa Sen".
    * Summary: post 1's bold first paragraph and post 8's WPBakery "custom font" lead element
      are sapos; the other posts have none (Yoast's meta description is not one).
    * The notice's schedule table rows are body (cells joined by " | "); the letterhead and
      signature tables are not. The "THÔNG BÁO / Về việc …" lines are not body.
    * Post 12's first line "🎄 Hoạt động trải nghiệm … 🎄" is typed text (characters, not
      pictures): kept as printed.
    * Category: the breadcrumb's deepest section ("Hoạt động của bé", not its parent).
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import unquote

from crawler.demo.server import Request, Response, redirect
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

NAME = "wp_bridge_mamnon"
PLATFORM = "WordPress 6 + Qode Bridge + WPBakery"
START_PATH = "/"

SITE = "__SITE__"  # replaced by http://<Host> when a page is served (WordPress prints absolute URLs)
SCHOOL = "Trường Mầm non Hoa Sen"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3
ICT = timezone(timedelta(hours=7))
UP = "/wp-content/uploads"
LAZY_GIF = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
FB_EMOJI = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"


def zimg(month: str, seed: str, size: str = "-1024x768") -> str:
    """A photo uploaded from Zalo: z<13 digits>_<32 hex>-<size>.jpg under /wp-content/uploads."""
    digest = hashlib.md5(seed.encode()).hexdigest()
    digits = "60" + str(int(digest[:12], 16))[:11].ljust(11, "7")
    return f"{UP}/2026/{month}/z{digits}_{digest}{size}.jpg"


# --- categories --------------------------------------------------------------------------------

CATS = {
    # slug: (name, parent slug, term id)
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None, 3),
    "hoat-dong-cua-be": ("Hoạt động của bé", "tin-tuc-su-kien", 7),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", None, 4),
    "thong-bao": ("Thông báo", None, 5),
    "goc-phu-huynh": ("Góc phụ huynh", None, 6),
}
TAGS = {"trai-nghiem": "trải nghiệm"}


def cat_path(slug: str) -> str:
    parent = CATS[slug][1]
    return f"/category/{parent}/{slug}/" if parent else f"/category/{slug}/"


# --- the articles ------------------------------------------------------------------------------

BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'

S1 = Story(
    id=1104,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-09T15:20:00+07:00",
    summary=(
        "Chiều ngày 08/10/2026, Trường Mầm non Hoa Sen long trọng tổ chức Hội nghị viên chức, người "
        "lao động năm học 2026 - 2027 với sự tham dự của 41 cán bộ, giáo viên, nhân viên toàn trường."
    ),
    blocks=[
        Img(zimg("10", "hnvc-featured", ""), style="featured"),
        P(
            "Chiều ngày 08/10/2026, Trường Mầm non Hoa Sen long trọng tổ chức Hội nghị viên chức, người "
            "lao động năm học 2026 - 2027 với sự tham dự của 41 cán bộ, giáo viên, nhân viên toàn trường.",
            "sapo",
        ),
        P(
            "Về dự Hội nghị có bà Trần Thị Thanh Hương, Phó Chủ tịch UBND phường Tây Nha Trang; ông Lê "
            "Quang Vinh, chuyên viên Phòng Văn hóa - Xã hội phường."
        ),
        Img(
            zimg("10", "hnvc-1"),
            "Đồng chí Trần Thị Thanh Hương phát biểu chỉ đạo tại Hội nghị",
            "Đồng chí Trần Thị Thanh Hương phát biểu chỉ đạo tại Hội nghị",
            "wpcap",
        ),
        P(
            "Hội nghị đã nghe bà Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, báo cáo kết quả thực hiện "
            "nhiệm vụ năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027. Năm học qua, nhà "
            "trường duy trì 12 nhóm, lớp với 356 trẻ; tỷ lệ chuyên cần đạt 96,5%; 100% trẻ được ăn bán "
            "trú và được theo dõi sức khỏe bằng biểu đồ tăng trưởng."
        ),
        P(
            "Các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo Quy chế chi tiêu nội bộ, Quy chế thực "
            "hiện dân chủ ở cơ sở và Quy chế phối hợp giữa nhà trường với Công đoàn."
        ),
        P(
            "Hội nghị đã biểu quyết thông qua Nghị quyết với 100% đại biểu tán thành, đồng thời phát động "
            "phong trào thi đua “Dạy tốt - Học tốt”, “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và "
            "sáng tạo” năm học 2026 - 2027."
        ),
        Img(
            zimg("10", "hnvc-2"),
            "(Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị)",
            "Các đại biểu biểu quyết thông qua Nghị quyết Hội nghị",
            "em-after",
        ),
        Raw(BYLINE_R.format("Tổ Văn phòng")),
    ],
    authors=["Tổ Văn phòng"],
    opts={"posted": "2026-10-09 15:20", "cats": ["tin-tuc-su-kien"], "builder": "classic",
          "modified": "2026-10-10 08:02"},
)

S2 = Story(
    id=1162,
    slug="be-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
    title="Bé làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
    cat="hoat-dong-cua-be",
    published_at="2026-10-20T10:05:00+07:00",
    blocks=[
        P(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), các lớp Mẫu giáo của Trường Mầm non Hoa Sen đã tổ chức hoạt động “Bé khéo tay "
            "làm thiệp” để các bé gửi tặng bà, tặng mẹ và các cô giáo."
        ),
        P(
            "Từ những vật liệu đơn giản như giấy màu, len, cúc áo, lá khô, hột hạt…, dưới sự hướng dẫn "
            "của cô, các bé đã tự tay cắt, dán, trang trí nên những tấm thiệp xinh xắn mang đậm dấu ấn "
            "riêng."
        ),
        Img(
            zimg("10", "thiep-1"),
            "Bé lớp Lá 1 trang trí thiệp bằng hoa giấy",
            "Bé lớp Lá 1 trang trí thiệp bằng hoa giấy",
            "vc",
        ),
        Img(zimg("10", "thiep-2"), "Ảnh: Võ Minh Khoa", None, "vc"),
        P(
            "Không chỉ rèn luyện sự khéo léo của đôi bàn tay, hoạt động còn giúp trẻ biết bày tỏ tình "
            "cảm yêu thương, lòng biết ơn đối với những người phụ nữ thân yêu trong gia đình."
        ),
        P("Chia sẻ về hoạt động, cô Đặng Thị Hồng Nhung, giáo viên lớp Chồi 2 cho biết:"),
        P(
            "“Các con rất hào hứng, có bé làm đến hai, ba tấm thiệp vì muốn tặng cả bà nội, bà ngoại. "
            "Nhìn các con nắn nót viết chữ “Mẹ” bằng bút sáp, chúng tôi thấy rất xúc động.”",
            "quote",
        ),
        Raw(BYLINE_R.format("Tin: Phạm Thu Trang - Ảnh: Võ Minh Khoa")),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Võ Minh Khoa"],
    opts={
        "posted": "2026-10-20 10:05",
        "cats": ["hoat-dong-cua-be"],
        "builder": "vc",
        "comments": [
            (57, "Mẹ bé Gia Hân", "20/10/2026 lúc 19:42",
             "Con về khoe thiệp mãi, cả nhà rất vui. Cảm ơn các cô lớp Chồi 2 nhiều ạ!"),
        ],
    },
)

S3 = Story(
    id=1178,
    slug="ke-hoach-to-chuc-hoi-thi-be-voi-an-toan-giao-thong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội thi “Bé với an toàn giao thông” năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-23T08:40:00+07:00",
    blocks=[
        P(
            "Theo Kế hoạch số 45/KH-MNHS ngày 15/9/2026 của Trường Mầm non Hoa Sen về thực hiện nhiệm vụ "
            "năm học 2026 - 2027, nhà trường xây dựng kế hoạch tổ chức Hội thi “Bé với an toàn giao "
            "thông” như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
        P(
            "Giúp trẻ có những hiểu biết ban đầu về luật giao thông đường bộ phù hợp với độ tuổi: nhận "
            "biết đèn tín hiệu, một số biển báo đơn giản, nơi đi bộ an toàn.",
            "li",
        ),
        P(
            "Hình thành cho trẻ thói quen đội mũ bảo hiểm khi ngồi trên xe máy, xe đạp điện; ngồi ngay "
            "ngắn, không đùa nghịch khi tham gia giao thông.",
            "li",
        ),
        P(
            "Tăng cường sự phối hợp giữa nhà trường và phụ huynh trong công tác giáo dục an toàn giao "
            "thông cho trẻ.",
            "li",
        ),
        P("II. NỘI DUNG, HÌNH THỨC", "h"),
        P("1. Đối tượng: trẻ 5 - 6 tuổi các lớp Lá 1, Lá 2, Lá 3 (mỗi lớp cử 01 đội gồm 05 trẻ)."),
        P("2. Thời gian: 8 giờ 00 ngày 13/11/2026 tại sân trường."),
        P("3. Nội dung thi gồm 3 phần:"),
        P("Phần 1 - Chào hỏi: các đội giới thiệu về đội mình bằng bài hát, bài thơ về an toàn giao thông.", "li"),
        P("Phần 2 - Bé thông minh: trả lời câu hỏi nhận biết biển báo, đèn tín hiệu qua hình ảnh.", "li"),
        P("Phần 3 - Bé tham gia giao thông: trẻ thực hành đi đúng phần đường trên sa hình.", "li"),
        P("III. TỔ CHỨC THỰC HIỆN", "h"),
        P(
            "Tổ chuyên môn Mẫu giáo lớn chủ trì xây dựng câu hỏi, chuẩn bị sa hình; các giáo viên chủ "
            "nhiệm lớp Lá có trách nhiệm ôn luyện cho trẻ và phối hợp với phụ huynh chuẩn bị trang phục "
            "cho đội thi."
        ),
        Raw(
            '<p><img class="alignnone" src="/wp-includes/images/media/document.png" alt="" width="16" '
            'height="20" /> Tải file: <a href="__SITE__/wp-content/uploads/2026/10/KH-ATGT-2026-2027.pdf">'
            "KH-ATGT-2026-2027.pdf</a> (245 KB)</p>"
        ),
        Raw(
            '<p style="text-align: right;"><strong>P. HIỆU TRƯỞNG</strong><br />\n<em>(đã ký)</em><br />\n'
            "<strong>Huỳnh Thị Mai Phương</strong></p>"
        ),
    ],
    authors=["Huỳnh Thị Mai Phương"],
    opts={"posted": "2026-10-23 08:40", "cats": ["hoat-dong-chuyen-mon"], "builder": "classic"},
)

S4 = Story(
    id=1195,
    slug="phong-chong-benh-tay-chan-mieng-va-sot-xuat-huyet-cho-tre-mam-non",
    title="Phòng chống bệnh tay chân miệng và sốt xuất huyết cho trẻ mầm non",
    cat="goc-phu-huynh",
    published_at="2026-10-30T16:10:00+07:00",
    blocks=[
        P(
            "Thời điểm giao mùa cuối năm, thời tiết mưa nhiều, độ ẩm cao là điều kiện thuận lợi cho muỗi "
            "vằn và vi rút gây bệnh tay chân miệng phát triển. Trẻ em dưới 5 tuổi, đặc biệt là trẻ đang "
            "đi học tại các trường mầm non, là đối tượng dễ mắc bệnh."
        ),
        P("1. Bệnh tay chân miệng", "h"),
        P(
            "Bệnh lây truyền chủ yếu qua đường tiêu hóa, tiếp xúc trực tiếp với dịch tiết từ mũi, họng, "
            "nước bọt, dịch từ các nốt phỏng hoặc phân của trẻ bệnh. Biểu hiện thường gặp: sốt, đau họng, "
            "loét miệng, phát ban dạng phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông."
        ),
        P(
            "Phụ huynh cần thực hiện tốt 3 sạch: ăn sạch, ở sạch, bàn tay sạch; thường xuyên rửa tay cho "
            "trẻ bằng xà phòng dưới vòi nước chảy."
        ),
        Img(f"{UP}/2026/10/infographic-tcm-sxh-768x1086.png", None, None, "bare"),
        P("2. Bệnh sốt xuất huyết", "h"),
        P(
            "Khi trẻ sốt cao đột ngột, liên tục từ 2 đến 7 ngày kèm theo đau đầu, đau mỏi người, xuất "
            "hiện chấm xuất huyết dưới da, chảy máu cam hoặc chảy máu chân răng, phụ huynh cần đưa trẻ "
            "đến ngay cơ sở y tế gần nhất để được khám và điều trị kịp thời."
        ),
        P("Cho trẻ ngủ màn kể cả ban ngày; mặc quần áo dài tay.", "li"),
        P(
            "Đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng (bọ gậy), loại bỏ vật dụng phế thải có "
            "thể đọng nước.",
            "li",
        ),
        P(
            "Không tự ý dùng thuốc hạ sốt có chứa aspirin, ibuprofen cho trẻ khi chưa có chỉ định của "
            "bác sĩ.",
            "li",
        ),
        P(
            "Khi phát hiện trẻ có dấu hiệu nghi mắc bệnh, phụ huynh vui lòng cho trẻ nghỉ học và báo ngay "
            "cho giáo viên chủ nhiệm để nhà trường phối hợp với Trạm Y tế phường xử lý kịp thời."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: CDC Khánh Hòa</em></p>'),
    ],
    source="CDC Khánh Hòa",
    opts={"posted": "2026-10-30 16:10", "cats": ["goc-phu-huynh"], "builder": "classic"},
)

S5 = Story(
    id=1219,
    slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam-tiet-day-mau-tai-lop-la-2",
    title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”: tiết dạy mẫu tại lớp Lá 2",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-06T09:45:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch chuyên môn tháng 11, sáng ngày 05/11/2026, Trường Mầm non Hoa Sen tổ chức "
            "sinh hoạt chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cấp trường với tiết dạy "
            "mẫu tại lớp Lá 2."
        ),
        P(
            "Tiết dạy thuộc lĩnh vực phát triển nhận thức với đề tài “Khám phá một số loại rau, củ, quả”. "
            "Thay vì giới thiệu tranh ảnh, cô giáo tổ chức cho trẻ trực tiếp quan sát, sờ, ngửi, nếm và "
            "phân loại rau ăn lá, ăn củ, ăn quả; sau đó các nhóm trẻ cùng thảo luận, lựa chọn nguyên liệu "
            "để làm món salad trái cây."
        ),
        Img(
            zimg("11", "chuyende-1"),
            "Trẻ lớp Lá 2 thảo luận nhóm, phân loại rau, củ, quả",
            "Trẻ lớp Lá 2 thảo luận nhóm, phân loại rau, củ, quả",
            "vc",
        ),
        P(
            "Trong suốt hoạt động, trẻ được tự do lựa chọn, bày tỏ ý kiến; cô giáo đóng vai trò là người "
            "gợi mở, hỗ trợ khi cần thiết. Không khí lớp học vui tươi, nhẹ nhàng, trẻ hứng thú và tích cực "
            "tham gia."
        ),
        P(
            "Sau tiết dạy, các giáo viên dự giờ đã trao đổi, góp ý, rút kinh nghiệm về cách bố trí môi "
            "trường, cách đặt câu hỏi mở và việc tạo cơ hội cho trẻ được trải nghiệm. Đồng chí Huỳnh Thị "
            "Mai Phương, Phó Hiệu trưởng phụ trách chuyên môn, đề nghị các tổ tiếp tục nhân rộng cách làm "
            "này trong các hoạt động học và hoạt động góc."
        ),
        Img(
            zimg("11", "chuyende-2"),
            "Giáo viên toàn trường trao đổi, rút kinh nghiệm sau tiết dạy",
            "Giáo viên toàn trường trao đổi, rút kinh nghiệm sau tiết dạy",
            "wpcap",
        ),
        Raw('<p style="text-align: right;"><em>Người viết: Cô Trần Ngọc Bích - GV lớp Lá 2</em></p>'),
    ],
    authors=["Trần Ngọc Bích"],
    opts={"posted": "2026-11-06 09:45", "cats": ["hoat-dong-chuyen-mon"], "builder": "vc"},
)

LETTERHEAD = """<table style="width: 100%; border-collapse: collapse; border: none;">
<tbody>
<tr>
<td style="width: 42%; text-align: center; vertical-align: top; border: none;">UBND PHƯỜNG TÂY NHA TRANG<br />
<strong>TRƯỜNG MẦM NON HOA SEN</strong><br />
<span style="font-size: 10pt;">Số: 112/TB-MNHS</span></td>
<td style="width: 58%; text-align: center; vertical-align: top; border: none;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Tây Nha Trang, ngày 10 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />
<strong>Về việc tổ chức khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 - 2027</strong></p>"""

SIGNATURE = """<table style="width: 100%; border: none;">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top; border: none;"><strong><em>Nơi nhận:</em></strong><br />
<span style="font-size: 10pt;">- Phụ huynh học sinh;<br />
- Trạm Y tế phường (phối hợp);<br />
- Website trường;<br />
- Lưu: VT.</span></td>
<td style="width: 50%; text-align: center; vertical-align: top; border: none;"><strong>HIỆU TRƯỞNG</strong><br />
<br />
<em>(đã ký)</em><br />
<br />
<strong>Nguyễn Thị Kim Oanh</strong></td>
</tr>
</tbody>
</table>"""

S6 = Story(
    id=1236,
    slug="thong-bao-lich-kham-suc-khoe-dinh-ky-cho-tre-dot-1-nam-hoc-2026-2027",
    title="Thông báo lịch khám sức khỏe định kỳ cho trẻ đợt 1 năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-10",
    blocks=[
        Raw(LETTERHEAD),
        P(
            "Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế và Bộ Giáo "
            "dục và Đào tạo quy định về công tác y tế trường học;"
        ),
        P("Căn cứ Kế hoạch phối hợp số 21/KH-TYT ngày 03/11/2026 của Trạm Y tế phường Tây Nha Trang,"),
        P("Trường Mầm non Hoa Sen thông báo lịch khám sức khỏe định kỳ đợt 1 cho trẻ như sau:"),
        P("1. Thời gian: từ 7 giờ 30 ngày 18/11/2026 đến hết ngày 20/11/2026."),
        P("2. Địa điểm: tại phòng Y tế nhà trường."),
        P(
            "3. Nội dung khám: đo chiều cao, cân nặng; khám răng miệng, mắt, tai mũi họng; khám tổng quát "
            "và tư vấn dinh dưỡng."
        ),
        P("4. Lịch khám cụ thể:"),
        P("Ngày | Khối lớp", "trh"),
        P("18/11/2026 | Nhà trẻ, Mầm 1, Mầm 2", "tr"),
        P("19/11/2026 | Chồi 1, Chồi 2, Chồi 3", "tr"),
        P("20/11/2026 | Lá 1, Lá 2, Lá 3", "tr"),
        P(
            "Đề nghị quý phụ huynh cho trẻ đi học đầy đủ, đúng giờ trong những ngày khám; trẻ có vấn đề "
            "về sức khỏe cần lưu ý, phụ huynh vui lòng trao đổi trực tiếp với nhân viên y tế nhà trường."
        ),
        Raw(SIGNATURE),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/?p=1195">Phòng chống bệnh tay chân miệng và sốt xuất '
            "huyết cho trẻ mầm non</a></p>"
        ),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    opts={"posted": "2026-11-12 09:10", "cats": ["thong-bao"], "builder": "classic"},
)

S7 = Story(
    id=1251,
    slug="be-voi-ngay-hoi-phan-loai-rac-bao-ve-moi-truong",
    title="Bé với ngày hội “Phân loại rác - Bảo vệ môi trường”",
    cat="hoat-dong-cua-be",
    published_at="2026-11-15",
    blocks=[
        Img(zimg("11", "rac-featured", ""), style="featured"),
        P(
            "Nhằm giúp trẻ hình thành ý thức giữ gìn vệ sinh, bảo vệ môi trường ngay từ nhỏ, Trường Mầm "
            "non Hoa Sen tổ chức ngày hội “Phân loại rác - Bảo vệ môi trường” cho trẻ các khối Chồi, Lá."
        ),
        P(
            "Tại ngày hội, trẻ được nghe cô giáo giới thiệu về 3 nhóm rác: rác hữu cơ, rác tái chế và rác "
            "còn lại; sau đó tham gia trò chơi “Ai nhanh hơn” bỏ rác đúng thùng theo màu sắc. Các bé còn "
            "được tận mắt xem cách ủ rác hữu cơ thành phân bón cho vườn rau của trường."
        ),
        Img(zimg("11", "rac-g1", "-300x225"), "Bé tham gia trò chơi “Ai nhanh hơn”",
            "Bé tham gia trò chơi “Ai nhanh hơn”", "gallery"),
        Img(zimg("11", "rac-g2", "-300x225"), None, None, "gallery"),
        Img(zimg("11", "rac-g3", "-300x225"), "Vườn rau của bé được bón bằng phân hữu cơ tự ủ",
            "Vườn rau của bé được bón bằng phân hữu cơ tự ủ", "gallery"),
        P(
            "Từ chai nhựa, hộp sữa, lõi giấy vệ sinh…, các bé cùng bố mẹ đã làm nên nhiều đồ dùng, đồ chơi "
            "ngộ nghĩnh như chậu cây, ống đựng bút, ô tô, rô bốt để trưng bày tại hành lang lớp học."
        ),
        P("Ngày hội khép lại với lời hứa của các bé: “Không xả rác bừa bãi, bỏ rác đúng nơi quy định”."),
        Raw(BYLINE_R.format("Tin, ảnh: Lê Thị Mỹ Duyên")),
    ],
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Lê Thị Mỹ Duyên"],
    opts={"posted": "2026-11-15 00:00", "cats": ["hoat-dong-cua-be"], "tags": ["trai-nghiem"],
          "builder": "classic", "modified": "2026-11-16 10:31"},
)

S8 = Story(
    id=1270,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T11:30:00+07:00",
    summary=(
        "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam. Buổi lễ là dịp để tri ân những thế hệ thầy cô đã và đang gắn bó với sự nghiệp "
        "chăm sóc, giáo dục trẻ."
    ),
    blocks=[
        Img(f"{UP}/2026/11/banner-20-11-2026.jpg", style="featured"),
        P(
            "Sáng ngày 19/11/2026, Trường Mầm non Hoa Sen long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam. Buổi lễ là dịp để tri ân những thế hệ thầy cô đã và đang gắn bó với sự nghiệp "
            "chăm sóc, giáo dục trẻ.",
            "cf",
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo UBND phường Tây Nha Trang, Ban đại diện cha mẹ học sinh, "
            "các thế hệ cán bộ, giáo viên đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên nhà "
            "trường."
        ),
        Img(
            zimg("11", "2011-1"),
            "Tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 1",
            "Tiết mục múa “Bông hồng tặng cô” của các bé lớp Lá 1",
            "wpcap",
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, bà Nguyễn Thị Kim Oanh, Hiệu trưởng nhà "
            "trường nhấn mạnh: trong năm học 2025 - 2026, tập thể sư phạm nhà trường đã có 02 giáo viên "
            "đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh, 05 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
            "cơ sở; nhà trường được công nhận đạt Kiểm định chất lượng giáo dục cấp độ 3."
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 cá nhân có thành tích xuất sắc trong phong trào thi đua "
            "“Đổi mới, sáng tạo trong dạy và học”."
        ),
        Img(
            zimg("11", "2011-2"),
            "(Ban Giám hiệu trao giấy khen cho các cá nhân tiêu biểu)",
            "Ban Giám hiệu trao giấy khen cho các cá nhân tiêu biểu",
            "em-after",
        ),
        P(
            "Thay mặt Ban đại diện cha mẹ học sinh, ông Phan Văn Đức đã gửi lời cảm ơn sâu sắc đến các cô "
            "giáo đã tận tụy chăm sóc, yêu thương các cháu như con."
        ),
        Img(zimg("11", "2011-3"), "Ảnh: Võ Minh Khoa", None, "credit"),
        Raw(BYLINE_R.format("BBT")),
    ],
    photographers=["Võ Minh Khoa"],
    opts={
        "posted": "2026-11-20 11:30",
        "cats": ["tin-tuc-su-kien"],
        "builder": "vc",
        "comments": [
            (61, "Phụ huynh bé Minh Khôi lớp Lá 1", "20/11/2026 lúc 20:15",
             "Chúc các cô luôn mạnh khỏe, hạnh phúc và mãi yêu nghề!"),
            (62, "Nguyễn Văn Tâm", "21/11/2026 lúc 07:03", "Buổi lễ rất ý nghĩa, các cháu múa đẹp quá."),
        ],
    },
)

S9 = Story(
    id=1288,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T17:05:00+07:00",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 52/KH-MNHS ngày 20/9/2026 về tổ chức Hội thi giáo viên dạy giỏi cấp "
            "trường, từ ngày 16/11 đến ngày 21/11/2026, Trường Mầm non Hoa Sen đã tổ chức Hội thi với 14 "
            "giáo viên tham gia.",
            "mso",
        ),
        P("Hội thi gồm hai phần:", "mso"),
        P(
            "Phần thi năng lực: giáo viên trình bày biện pháp nâng cao chất lượng chăm sóc, giáo dục trẻ "
            "tại nhóm, lớp phụ trách.",
            "msoli",
        ),
        P(
            "Phần thi thực hành: mỗi giáo viên thực hiện 01 hoạt động giáo dục được bốc thăm trước 01 "
            "ngày, có ứng dụng công nghệ thông tin và đồ dùng tự làm.",
            "msoli",
        ),
        P(
            "Qua các tiết dạy, Ban giám khảo đánh giá đa số giáo viên chuẩn bị chu đáo, tổ chức hoạt động "
            "linh hoạt, lấy trẻ làm trung tâm, tạo được hứng thú cho trẻ.",
            "mso",
        ),
        Img(
            zimg("11", "gvdg-1"),
            "Cô Đặng Thị Hồng Nhung trong phần thi thực hành tại lớp Chồi 2",
            "Cô Đặng Thị Hồng Nhung trong phần thi thực hành tại lớp Chồi 2",
            "wpcap",
        ),
        P("Kết quả, Hội thi có 11/14 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường, trong đó:", "mso"),
        P("- Giải Nhất: cô Đặng Thị Hồng Nhung (lớp Chồi 2);", "mso"),
        P("- Giải Nhì: cô Trần Ngọc Bích (lớp Lá 2);", "mso"),
        P("- Giải Ba: cô Lê Thị Mỹ Duyên (lớp Mầm 1).", "mso"),
        Raw(
            '<p class="MsoNormal" style="text-align: right;" align="right"><b><span style="font-size: 14.0pt; '
            "font-family: 'Times New Roman',serif;\">Tổ Chuyên môn<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Tổ Chuyên môn"],
    opts={"posted": "2026-11-24 17:05", "cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"],
          "builder": "classic"},
)

S10 = Story(
    id=1301,
    slug="goi-y-thuc-don-mua-dong-giup-tre-tang-suc-de-khang",
    title="Gợi ý thực đơn mùa đông giúp trẻ tăng sức đề kháng",
    cat="goc-phu-huynh",
    published_at="2026-11-27T14:00:00+07:00",
    blocks=[
        P(
            "Khi thời tiết chuyển lạnh, trẻ nhỏ dễ mắc các bệnh về đường hô hấp như cảm cúm, viêm họng, "
            "viêm phế quản. Một chế độ ăn đủ chất, hợp lý sẽ giúp trẻ tăng cường sức đề kháng, khỏe mạnh "
            "suốt mùa đông."
        ),
        P("Những nguyên tắc cần nhớ", "h"),
        P("Cho trẻ ăn đủ 4 nhóm chất: tinh bột, chất đạm, chất béo, vitamin và khoáng chất.", "li"),
        P("Ưu tiên món ăn ấm, mềm, dễ tiêu như cháo, súp, canh hầm.", "li"),
        P("Bổ sung rau xanh và trái cây giàu vitamin C: cam, bưởi, ổi, kiwi.", "li"),
        P("Cho trẻ uống đủ nước ấm, hạn chế đồ uống lạnh.", "li"),
        Img(
            zimg("11", "thucdon-1"),
            "(Một bữa ăn bán trú của trẻ tại trường)",
            "Một bữa ăn bán trú của trẻ tại trường",
            "em-after",
        ),
        P("Thực đơn tham khảo trong 3 ngày", "h"),
        P("Ngày | Bữa sáng | Bữa trưa | Bữa chiều", "trh"),
        P("Thứ Hai | Cháo thịt bằm bí đỏ | Cơm, cá thu sốt cà, canh rau ngót | Sữa chua, chuối", "tr"),
        P("Thứ Ba | Bún mọc | Cơm, thịt gà rim gừng, canh bí xanh | Bánh flan, cam", "tr"),
        P("Thứ Tư | Súp cua trứng cút | Cơm, bò xào cần tây, canh cải nấu tôm | Chè đậu xanh", "tr"),
        P(
            "Phụ huynh có thể linh hoạt thay đổi món ăn theo khẩu vị của trẻ, nhưng cần đảm bảo cân đối các "
            "nhóm chất và vệ sinh an toàn thực phẩm."
        ),
        Raw('<p style="text-align: right;"><em>(Theo Viện Dinh dưỡng Quốc gia)</em></p>'),
    ],
    source="Viện Dinh dưỡng Quốc gia",
    opts={"posted": "2026-11-27 14:00", "cats": ["goc-phu-huynh"], "builder": "classic"},
)

S11 = Story(
    id=1318,
    slug="thong-bao-ve-viec-cho-tre-nghi-hoc-do-mua-lu",
    title="Thông báo về việc cho trẻ nghỉ học do mưa lũ",
    cat="thong-bao",
    published_at="2026-12-01T06:20:00+07:00",
    blocks=[
        P(
            "Do ảnh hưởng của đợt mưa lớn kéo dài, nhiều tuyến đường trên địa bàn phường bị ngập sâu, để "
            "đảm bảo an toàn cho trẻ, Ban Giám hiệu Trường Mầm non Hoa Sen thông báo:"
        ),
        P("Toàn bộ trẻ của trường được nghỉ học ngày 01/12/2026 (thứ Ba) và ngày 02/12/2026 (thứ Tư)."),
        P(
            "Thời gian đi học trở lại, nhà trường sẽ thông báo cụ thể qua nhóm Zalo của các lớp và trên "
            "website của trường."
        ),
        P("Trân trọng thông báo!", "brjoin"),
        Raw(BYLINE_R.format("Ban Giám hiệu")),
    ],
    authors=["Ban Giám hiệu"],
    opts={"posted": "2026-12-01 06:20", "cats": ["thong-bao"], "builder": "classic"},
)

FB_SLUG = "be-lam-banh-quy-gung-don-giang-sinh-%f0%9f%8e%84"

S12 = Story(
    id=1334,
    slug=FB_SLUG,
    title="Bé làm bánh quy gừng đón Giáng sinh 🎄",
    cat="hoat-dong-cua-be",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        Img(zimg("12", "banhquy-featured", ""), style="featured"),
        P("🎄 Hoạt động trải nghiệm tháng 12 của các bạn nhỏ lớp Chồi 1 và Chồi 3 🎄", "fb"),
        P(
            "Sáng nay các bé được cùng cô nhào bột, cán bột và dùng khuôn để tạo hình những chiếc bánh quy "
            "gừng hình người tuyết, ngôi sao, cây thông thật ngộ nghĩnh. Mùi bánh thơm lừng khắp hành lang "
            "khiến bạn nào cũng háo hức chờ đến lượt nướng bánh ❤️",
            "fb",
        ),
        P("Bé biết được các nguyên liệu làm bánh: bột mì, bơ, đường, gừng, mật ong.", "fbli"),
        P("Bé rèn luyện sự khéo léo, khả năng phối hợp tay - mắt.", "fbli"),
        P("Bé học cách chia sẻ khi tặng bánh cho các bạn lớp Nhà trẻ.", "fbli"),
        P("Cảm ơn quý phụ huynh đã hỗ trợ nguyên liệu để các con có một buổi trải nghiệm thật vui và ý nghĩa!", "fb"),
        Img(zimg("12", "banhquy-1"), None, None, "bare"),
        Img(zimg("12", "banhquy-2"), None, None, "bare"),
        Raw('<p><em>Nguồn: Fanpage Trường Mầm non Hoa Sen</em></p>'),
    ],
    source="Fanpage Trường Mầm non Hoa Sen",
    opts={"posted": "2026-12-03 14:30", "cats": ["hoat-dong-cua-be"], "tags": ["trai-nghiem"],
          "builder": "fb"},
)

S13 = Story(
    id=1352,
    slug="doan-kiem-tra-cua-so-giao-duc-va-dao-tao-lam-viec-tai-truong-mam-non-hoa-sen",
    title="Đoàn kiểm tra của Sở Giáo dục và Đào tạo làm việc tại Trường Mầm non Hoa Sen",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:45:00+07:00",
    blocks=[
        Img(zimg("12", "doankt-featured", ""), style="featured"),
        P(
            "Ngày 04/12/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo tỉnh Khánh Hòa do bà Võ Thị Ngọc "
            "Lan, Phó Trưởng phòng Giáo dục Mầm non - Tiểu học làm trưởng đoàn đã đến kiểm tra công tác "
            "chuẩn bị đánh giá ngoài và công nhận trường đạt chuẩn quốc gia mức độ 2 tại Trường Mầm non "
            "Hoa Sen."
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ, sổ sách quản lý; dự hoạt động chăm sóc, giáo dục trẻ tại các nhóm, "
            "lớp; kiểm tra bếp ăn bán trú, khu vui chơi và các công trình vệ sinh của nhà trường."
        ),
        Img(
            zimg("12", "doankt-1"),
            "Đoàn kiểm tra dự hoạt động góc tại lớp Lá 3",
            "Đoàn kiểm tra dự hoạt động góc tại lớp Lá 3",
            "wpcap",
        ),
        P(
            "Qua kiểm tra, Đoàn ghi nhận nhà trường có khuôn viên xanh - sạch - đẹp, cơ sở vật chất đáp "
            "ứng yêu cầu; đội ngũ giáo viên 100% đạt chuẩn trình độ đào tạo, trong đó 85% trên chuẩn; hồ "
            "sơ tự đánh giá được xây dựng khoa học, minh chứng đầy đủ."
        ),
        P(
            "Bên cạnh đó, Đoàn cũng góp ý nhà trường cần tiếp tục bổ sung đồ dùng, đồ chơi ngoài trời, "
            "tăng cường ứng dụng công nghệ thông tin trong quản lý và hoàn thiện một số minh chứng theo "
            "hướng dẫn của Bộ Giáo dục và Đào tạo."
        ),
        Img(
            zimg("12", "doankt-2"),
            "Bà Võ Thị Ngọc Lan phát biểu kết luận buổi kiểm tra",
            "Bà Võ Thị Ngọc Lan phát biểu kết luận buổi kiểm tra",
            "wpcap",
        ),
        P(
            "Tiếp thu ý kiến của Đoàn, bà Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường cho biết nhà trường "
            "sẽ khẩn trương khắc phục những tồn tại, hạn chế để sẵn sàng cho đợt đánh giá ngoài vào tháng "
            "01/2027."
        ),
        Raw('<p style="text-align: right;"><strong><em>Phạm Thu Trang</em></strong></p>'),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/?p=1288">Hội thi Giáo viên dạy giỏi cấp trường năm học '
            "2026 - 2027</a></p>"
        ),
    ],
    authors=["Phạm Thu Trang"],
    opts={"posted": "2026-12-04 16:45", "cats": ["tin-tuc-su-kien"], "builder": "vc",
          "modified": "2026-12-05 08:02"},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {unquote(s.slug): s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)

#: the links an editor pasted by hand (sidebar "Tin nổi bật" widget)
FBCLID = "IwZXh0bgNhZW0CMTEAAR1kQ2vX8pLmN3oTqRzYwE7uJhGfDcBaS9_aem_Zm9vYmFyYmF6cXV4"


def post_path(s: Story) -> str:
    return f"/{s.slug}/"


# --- dates ---------------------------------------------------------------------------------------


def _local(posted: str) -> datetime:
    return datetime.strptime(posted, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def _utc_iso(posted: str) -> str:
    return _local(posted).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _rfc822(posted: str) -> str:
    return _local(posted).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def _day_mon(posted: str) -> str:
    d = _local(posted)
    return f"{d.day:02d} Th{d.month}"


def _hhmm(posted: str) -> str:
    return _local(posted).strftime("%H:%M")


# --- article markup ------------------------------------------------------------------------------


def _lazy(src: str, cls: str, w: int, h: int, alt: str = "", extra: str = "") -> str:
    """a3 Lazy Load's rewrite of an <img>: placeholder src, the photo in data-src, a noscript copy."""
    real = SITE + src
    return (
        f'<img decoding="async" {extra}class="lazy lazy-hidden {cls}" src="{SITE}{LAZY_GIF}" '
        f'data-lazy-type="image" data-src="{real}" alt="{esc(alt)}" width="{w}" height="{h}" />'
        f'<noscript><img decoding="async" {extra}class="{cls}" src="{real}" alt="{esc(alt)}" '
        f'width="{w}" height="{h}" /></noscript>'
    )


def _mso(t: str) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt; '
        'line-height: 150%;"><span lang="VI" style="font-size: 14.0pt; line-height: 150%; '
        f"font-family: 'Times New Roman',serif; mso-ansi-language: VI;\">{text(t)}<o:p></o:p></span></p>"
    )


def _mso_li(t: str) -> str:
    return (
        '<p class="MsoListParagraph" style="margin-left: 54.0pt; text-align: justify; text-indent: -18.0pt; '
        'line-height: 150%; mso-list: l0 level1 lfo1;"><!-- [if !supportLists]--><span lang="VI" '
        "style=\"font-size: 14.0pt; line-height: 150%; font-family: Symbol; mso-fareast-font-family: Symbol; "
        'mso-bidi-font-family: Symbol;"><span style="mso-list: Ignore;">·<span style="font: 7.0pt '
        "'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
        '<span lang="VI" style="font-size: 14.0pt; line-height: 150%; font-family: \'Times New Roman\',serif;">'
        f"{text(t)}<o:p></o:p></span></p>"
    )


FB_LINE = '<div class="xdj266r x11i5rnm xat24cr x1mh8g0r x1vvkbs x126k92a"><div dir="auto" style="text-align: start;">{}</div></div>'
FB_BULLET = (
    '<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 x1j61x8r '
    'x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od"><img height="16" width="16" '
    f'alt="👉" referrerpolicy="origin-when-cross-origin" src="{FB_EMOJI}" /></span> '
)


def _img_html(img: Img, n: int, story: Story) -> str:
    att = story.id + 3 + n
    cls = f"size-large wp-image-{att}"
    if img.style == "wpcap":
        return (
            f'<figure id="attachment_{att}" aria-describedby="caption-attachment-{att}" style="width: 1024px" '
            f'class="wp-caption aligncenter">{_lazy(img.src, cls, 1024, 768)}'
            f'<figcaption id="caption-attachment-{att}" class="wp-caption-text">{text(img.printed)}</figcaption></figure>'
        )
    if img.style == "em-after":
        return (
            f"<p>{_lazy(img.src, 'aligncenter ' + cls, 1024, 768)}</p>\n"
            f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
        )
    if img.style == "credit":
        return (
            f"<p>{_lazy(img.src, 'aligncenter ' + cls, 1024, 768)}</p>\n"
            f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>{text(img.printed)}</em></span></p>'
        )
    if img.style == "bare":
        w, h = (768, 1086) if img.src.endswith(".png") else (1024, 768)
        return f"<p>{_lazy(img.src, 'aligncenter ' + cls, w, h)}</p>"
    if img.style == "vc":
        cap = f'<figcaption class="vc_figure-caption">{text(img.printed)}</figcaption>' if img.printed else ""
        return (
            '<div  class="wpb_single_image wpb_content_element vc_align_center">\n\t\t\n\t\t'
            '<figure class="wpb_wrapper vc_figure">\n\t\t\t<div class="vc_single_image-wrapper   vc_box_border_grey">'
            f"{_lazy(img.src, 'vc_single_image-img attachment-large', 1024, 768, extra='')}</div>{cap}\n\t\t</figure>\n\t</div>"
        )
    raise ValueError(img.style)


def _gallery(items: list[Img], story: Story, first: int) -> str:
    out = [
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 gallery-size-medium'>"
    ]
    for k, img in enumerate(items):
        att = story.id + 20 + first + k
        full = img.src.replace("-300x225", "")
        cap_id = f"gallery-1-{att}"
        described = f'aria-describedby="{cap_id}" ' if img.printed else ""
        out.append(
            f"<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n\t\t\t\t"
            f"<a href='{SITE}{full}'>{_lazy(img.src, 'attachment-medium size-medium', 300, 225, extra=described)}</a>\n"
            "\t\t\t</div>"
        )
        if img.printed:
            out.append(
                f"\n\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='{cap_id}'>\n\t\t\t\t"
                f"{text(img.printed)}\n\t\t\t\t</figcaption>"
            )
        out.append("</figure>")
    out.append("\n\t\t</div>\n")
    return "".join(out)


def _segments(story: Story) -> list[tuple[str, str]]:
    """The content as (kind, html) pieces: kind "txt" goes into a text column, "el" stands alone."""
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "featured")]
    segs: list[tuple[str, str]] = []
    i = n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            segs.append(("txt", "<ul>\n" + "\n".join(items) + "\n</ul>"))
            continue
        if isinstance(b, P) and b.style in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                cells = blocks[i].text.split(" | ")
                width = 100 // len(cells)
                if blocks[i].style == "trh":
                    tds = "".join(
                        f'<td style="width: {width}%; text-align: center;"><strong>{text(c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f'<td style="width: {width}%;">{text(c)}</td>' for c in cells)
                rows.append(f'<tr style="height: 24px;">{tds}</tr>')
                i += 1
            segs.append(
                ("txt", '<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                 + "\n".join(rows) + "\n</tbody>\n</table>")
            )
            continue
        if isinstance(b, Img) and b.style == "gallery":
            items = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                items.append(blocks[i])
                i += 1
            segs.append(("txt", _gallery(items, story, n_img)))
            n_img += len(items)
            continue
        i += 1
        if isinstance(b, Raw):
            segs.append(("txt", b.html))
        elif isinstance(b, Img):
            segs.append(("el" if b.style == "vc" else "txt", _img_html(b, n_img, story)))
            n_img += 1
        elif b.style == "brjoin":
            kind, last = segs[-1]
            assert last.endswith("</p>")
            segs[-1] = (kind, last[: -len("</p>")] + f"<br />\n{text(b.text)}</p>")
        elif b.style == "sapo":
            segs.append(("txt", f"<p><strong>{text(b.text)}</strong></p>"))
        elif b.style == "h":
            segs.append(("txt", f"<h4><strong>{text(b.text)}</strong></h4>"))
        elif b.style == "quote":
            segs.append(("txt", f"<blockquote>\n<p><em>{text(b.text)}</em></p>\n</blockquote>"))
        elif b.style == "mso":
            segs.append(("txt", _mso(b.text)))
        elif b.style == "msoli":
            segs.append(("txt", _mso_li(b.text)))
        elif b.style == "fb":
            segs.append(("fb", FB_LINE.format(text(b.text))))
        elif b.style == "fbli":
            segs.append(("fb", FB_LINE.format(FB_BULLET + text(b.text))))
        elif b.style == "cf":
            segs.append((
                "el",
                '<div class="custom_font_holder" style="font-family: Quicksand; font-size: 17px; '
                "line-height: 28px; font-style: italic; font-weight: 600; color: #1e73be; "
                'text-decoration: none; padding: 0px; margin: 0 0 22px 0; text-align: justify">'
                f"{text(b.text)}</div>",
            ))
        else:
            segs.append(("txt", f'<p style="text-align: justify;">{text(b.text)}</p>'))
    return segs


def _content(story: Story) -> str:
    segs = _segments(story)
    builder = story.opts["builder"]
    if builder == "vc":
        parts: list[str] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                parts.append(
                    '\n\t<div class="wpb_text_column wpb_content_element ">\n\t\t<div class="wpb_wrapper">\n\t\t\t'
                    + "\n".join(run) + "\n\n\t\t</div>\n\t</div>"
                )
                run.clear()

        for kind, h in segs:
            if kind == "el":
                flush()
                parts.append(h)
                parts.append('<div class="vc_empty_space"   style="height: 16px" ><span class="vc_empty_space_inner"></span></div>')
            else:
                run.append(h)
        flush()
        return (
            '<div      class="vc_row wpb_row section vc_row-fluid " style=\' text-align:left;\'>'
            '<div class=" full_section_inner clearfix"><div class="wpb_column vc_column_container vc_col-sm-12">'
            '<div class="vc_column-inner"><div class="wpb_wrapper">'
            + "".join(parts)
            + "</div></div></div></div></div>"
        )
    if builder == "fb":
        out: list[str] = []
        fb: list[str] = []
        for kind, h in segs:
            if kind == "fb":
                fb.append(h)
                continue
            if fb:
                out.append(
                    '<div class="x1iorvi4 x1pi30zi x1l90r2v x1swvt13" data-ad-comet-preview="message" '
                    'data-ad-preview="message"><div class="x78zum5 xdt5ytf xz62fqu x16ldp7u"><div class="xu06os2 x1ok221b">'
                    '<span class="x193iq5w xeuugli x13faqbe x1vvkbs x1xmvt09 x1lliihq x1s928wv xhkezso x1gmr53x '
                    'x1cpjm7i x1fgarty x1943h6x xudqn12 x3x7a5m x6prxxf xvq8zen xo1l8bm xzsf02u x1yc453h" dir="auto">'
                    + "\n".join(fb) + "</span></div></div></div>\n<p>&nbsp;</p>"
                )
                fb = []
            out.append(h)
        assert not fb, "a Facebook paste must be followed by other content"
        return "\n".join(out)
    return "\n".join(h for _, h in segs) + "\n<p>&nbsp;</p>"


def _strip(markup: str) -> str:
    markup = re.sub(r"<noscript>.*?</noscript>|<!--.*?-->|<figcaption.*?</figcaption>", " ", markup, flags=re.S)
    return re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def excerpt(story: Story, words: int = 38) -> str:
    """Bridge's listing excerpt: the content's first words, tags stripped (letterhead included)."""
    parts = _strip(_content(story)).split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


# --- chrome --------------------------------------------------------------------------------------

MENU = [
    # (id, label, href, children)
    (201, "Trang chủ", "/", []),
    (202, "Giới thiệu", "/gioi-thieu/", []),
    (215, "Tin tức - Sự kiện", "/category/tin-tuc-su-kien/", [(216, "Hoạt động của bé", "/category/tin-tuc-su-kien/hoat-dong-cua-be/")]),
    (217, "Hoạt động chuyên môn", "/category/hoat-dong-chuyen-mon/", []),
    (218, "Thông báo", "/category/thong-bao/", []),
    (219, "Góc phụ huynh", "/category/goc-phu-huynh/", [(220, "Thực đơn tuần", "/thuc-don-tuan/")]),
    (223, "Thư viện ảnh", "/thu-vien-anh/", []),
    (224, "Liên hệ", "/lien-he/", []),
]


def _menu(active: str, suffix: str = "") -> str:
    out = [f'<ul id="menu-menu-chinh{suffix}" class="">']
    for mid, label, href, kids in MENU:
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if kids:
            cls += " menu-item-has-children has_sub narrow"
        if href == active:
            cls += " current-menu-item active"
        out.append(
            f'<li id="{"mobile-" if suffix else ""}nav-menu-item-{mid}" class="{cls}"><a href="{SITE}{href}" class="">'
            f'<i class="menu_icon blank fa"></i><span>{esc(label)}<span class="underline_dash"></span></span>'
            '<span class="plus"></span></a>'
        )
        if kids:
            out.append('\n<div class="second"><div class="inner"><ul>')
            for kid, klabel, khref in kids:
                out.append(
                    f'\n\t<li id="nav-menu-item-{kid}" class="menu-item menu-item-type-taxonomy menu-item-object-category ">'
                    f'<a href="{SITE}{khref}" class=""><i class="menu_icon blank fa"></i><span>{esc(klabel)}</span>'
                    '<span class="plus"></span></a></li>'
                )
            out.append("\n</ul></div></div>\n")
        out.append("</li>\n")
    out.append("</ul>")
    return "".join(out)


def _head(title: str, canonical: str, *, og_type: str = "article", meta: str = "", ld: dict | None = None,
          shortlink: int | None = None, description: str = "") -> str:
    ld_txt = json.dumps(ld, ensure_ascii=False) if ld else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<link rel="pingback" href="{SITE}/xmlrpc.php" />
	<title>{esc(title)} - {SCHOOL}</title>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
	{f'<meta name="description" content="{esc(description)}" />' if description else ''}
	<link rel="canonical" href="{SITE}{canonical}" />
	<meta property="og:locale" content="vi_VN" />
	<meta property="og:type" content="{og_type}" />
	<meta property="og:title" content="{esc(title)} - {SCHOOL}" />
	<meta property="og:url" content="{SITE}{canonical}" />
	<meta property="og:site_name" content="{SCHOOL}" />
	<meta property="article:publisher" content="https://www.facebook.com/mamnonhoasen.tnt" />
	{meta}
	<script type="application/ld+json" class="yoast-schema-graph">{ld_txt}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SCHOOL} &raquo; Dòng thông tin" href="{SITE}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{SITE}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='default_style-css' href='{SITE}/wp-content/themes/bridge/style.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='qode_font_awesome-css' href='{SITE}/wp-content/themes/bridge/css/font-awesome/css/font-awesome.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='stylesheet-css' href='{SITE}/wp-content/themes/bridge/css/stylesheet.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='style_dynamic-css' href='{SITE}/wp-content/themes/bridge/css/style_dynamic.css?ver=1730280111' type='text/css' media='all' />
<link rel='stylesheet' id='js_composer_front-css' href='{SITE}/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=7.9' type='text/css' media='all' />
<link rel='stylesheet' id='a3a3_lazy_load-css' href='{SITE}/wp-content/uploads/sass/a3_lazy_load.min.css?ver=1729148812' type='text/css' media='all' />
<script type="text/javascript" src="{SITE}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{SITE}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{SITE}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
{f"<link rel='shortlink' href='{SITE}/?p={shortlink}' />" if shortlink else ''}
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<link rel="icon" href="{SITE}/wp-content/uploads/2024/08/cropped-favicon-hoasen-32x32.png" sizes="32x32" />
</head>
"""


def _header(active: str) -> str:
    return f"""<div class="ajax_loader"><div class="ajax_loader_1"><div class="pulse"></div></div></div>
<div class="wrapper">
	<div class="wrapper_inner">
<header class=" has_top scroll_header_top_area  stick scrolled_not_transparent page_header">
	<div class="header_inner clearfix">
		<div class="header_top_bottom_holder">
			<div class="header_top clearfix" style='background-color:rgba(233, 30, 99, 1);' >
				<div class="container"><div class="container_inner clearfix">
					<div class="left"><div class="inner">
						<div class="header-widget widget_text header-left-widget">			<div class="textwidget"><p><i class="fa fa-calendar"></i> {TODAY_LINE} &nbsp;|&nbsp; <i class="fa fa-phone"></i> 0258 3 812 456 &nbsp;|&nbsp; <i class="fa fa-envelope-o"></i> mnhoasen.tnt@khanhhoa.edu.vn</p>
</div>
		</div>
					</div></div>
					<div class="right"><div class="inner">
						<span class='q_social_icon_holder normal_social' ><a itemprop='url' href='https://www.facebook.com/mamnonhoasen.tnt' target='_blank'><i class="qode_icon_font_awesome fa fa-facebook  simple_social" style="color: #ffffff;" ></i></a></span><span class='q_social_icon_holder normal_social' ><a itemprop='url' href='https://www.youtube.com/@mamnonhoasentaynhatrang' target='_blank'><i class="qode_icon_font_awesome fa fa-youtube-play  simple_social" style="color: #ffffff;" ></i></a></span><span class='q_social_icon_holder normal_social' ><a itemprop='url' href='https://zalo.me/0258381245' target='_blank'><i class="qode_icon_font_awesome fa fa-commenting  simple_social" style="color: #ffffff;" ></i></a></span>
					</div></div>
				</div></div>
			</div>
			<div class="header_bottom clearfix" style=' background-color:rgba(255, 255, 255, 1);' >
				<div class="container"><div class="container_inner clearfix">
					<div class="header_inner_left">
						<div class="mobile_menu_button"><span><i class="qode_icon_font_awesome fa fa-bars " ></i></span></div>
						<div class="logo_wrapper" ><div class="q_logo"><a itemprop="url" href="{SITE}/" >
							<img itemprop="image" class="normal" src="{SITE}/wp-content/uploads/2024/08/logo-mn-hoa-sen.png" alt="Logo"/>
							<img itemprop="image" class="light" src="{SITE}/wp-content/uploads/2024/08/logo-mn-hoa-sen.png" alt="Logo"/>
							<img itemprop="image" class="dark" src="{SITE}/wp-content/uploads/2024/08/logo-mn-hoa-sen.png" alt="Logo"/>
							<img itemprop="image" class="sticky" src="{SITE}/wp-content/uploads/2024/08/logo-mn-hoa-sen-sticky.png" alt="Logo"/>
							<img itemprop="image" class="mobile" src="{SITE}/wp-content/uploads/2024/08/logo-mn-hoa-sen.png" alt="Logo"/>
						</a></div></div>
					</div>
					<div class="header_inner_right"><div class="side_menu_button_wrapper right"><div class="side_menu_button">
						<a class="search_button search_slides_from_header_bottom normal" href="javascript:void(0)"><i class="qode_icon_font_awesome fa fa-search " ></i></a>
					</div></div></div>
					<nav class="main_menu drop_down right">
{_menu(active)}
					</nav>
					<nav class="mobile_menu">
{_menu(active, "-1")}
					</nav>
				</div></div>
			</div>
		</div>
	</div>
</header>
	<a id="back_to_top" href="#"><span class="fa-stack"><i class="qode_icon_font_awesome fa fa-arrow-up " ></i></span></a>
<div class="content ">
	<div class="content_inner  ">
"""


def _title_area(h1: str, crumbs: list[tuple[str, str | None]]) -> str:
    trail = [f'<a href="{SITE}/">Trang chủ</a>']
    for label, href in crumbs:
        trail.append('<span class="delimiter">&nbsp;>&nbsp;</span>')
        trail.append(f'<a href="{SITE}{href}">{esc(label)}</a>' if href else f'<span class="current">{esc(label)}</span>')
    return f"""<div class="title_outer title_without_animation"    data-height="230">
		<div class="title title_size_small  position_left " style="height:230px;background-color:#fdf2f6;">
			<div class="image not_responsive"></div>
				<div class="title_holder"  style="padding-top:130px;height:100px;">
					<div class="container"><div class="container_inner clearfix">
						<div class="title_subtitle_holder" >
							<h1 ><span>{esc(h1)}</span></h1>
							<div class="breadcrumb" > <div class="breadcrumbs"><div itemprop="breadcrumb" class="breadcrumbs_inner">{''.join(trail)}</div></div></div>
						</div>
					</div></div>
				</div>
		</div>
	</div>
"""


def _sidebar() -> str:
    recent = "".join(
        f'<li>\n\t\t\t\t\t<a href="{SITE}{post_path(s)}">{esc(s.title)}</a>\n\t\t\t\t\t\t\t'
        f'<span class="post-date">{_local(s.opts["posted"]).strftime("%d/%m/%Y")}</span>\n\t\t\t\t\t</li>\n'
        for s in NEWEST[:5]
    )
    counts = {slug: len(_in_cat(slug)) for slug in CATS}
    cats = (
        f'<li class="cat-item cat-item-4"><a href="{SITE}/category/hoat-dong-chuyen-mon/">Hoạt động chuyên môn</a> ({counts["hoat-dong-chuyen-mon"]})</li>\n'
        f'<li class="cat-item cat-item-6"><a href="{SITE}/category/goc-phu-huynh/">Góc phụ huynh</a> ({counts["goc-phu-huynh"]})</li>\n'
        f'<li class="cat-item cat-item-5"><a href="{SITE}/category/thong-bao/">Thông báo</a> ({counts["thong-bao"]})</li>\n'
        f'<li class="cat-item cat-item-3"><a href="{SITE}/category/tin-tuc-su-kien/">Tin tức - Sự kiện</a> (4)\n'
        f'<ul class=\'children\'>\n\t<li class="cat-item cat-item-7"><a href="{SITE}/category/tin-tuc-su-kien/hoat-dong-cua-be/">Hoạt động của bé</a> ({counts["hoat-dong-cua-be"]})</li>\n</ul>\n</li>'
    )
    months = "".join(
        f"\t<option value='{SITE}/2026/{mm}/'> Tháng {int(mm)} 2026 &nbsp;({len(_in_month(mm))})</option>\n"
        for mm in ("12", "11", "10")
    )
    s8, s10, s11 = BY_ID[1270], BY_ID[1301], BY_ID[1318]
    return f"""<aside class="sidebar">
<div id="search-2" class="widget widget_search posts_holder"><form role="search" method="get" id="searchform" action="{SITE}/">
	<div><label class="screen-reader-text" for="s">Tìm kiếm cho:</label>
		<input type="text" value="" placeholder="Tìm kiếm..." name="s" id="s" />
		<input type="submit" id="searchsubmit" value="&#xf002" />
	</div>
</form></div>
<div id="custom_html-3" class="widget_text widget widget_custom_html posts_holder"><h5>Tin nổi bật</h5><div class="textwidget custom-html-widget"><ul class="tin-nb" style="list-style: square; padding-left: 18px;">
<li><a href="/{s11.slug}/?fbclid={FBCLID}" style="color:#e91e63;font-weight:bold;">{esc(s11.title)}</a> <img src="/wp-content/uploads/2024/08/new.gif" alt="" /></li>
<li><a href="/{s8.slug}">{esc(s8.title)}</a></li>
<li><a href="/?p={s10.id}">{esc(s10.title)}</a></li>
</ul></div></div>
<div id="recent-posts-2" class="widget widget_recent_entries posts_holder">
		<h5>Bài viết mới</h5>
		<ul>
{recent}		</ul>

		</div>
<div id="categories-2" class="widget widget_categories posts_holder"><h5>Chuyên mục</h5>
			<ul>
{cats}
			</ul>

			</div>
<div id="archives-2" class="widget widget_archive posts_holder"><h5>Lưu trữ</h5>		<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
		<select id="archives-dropdown-2" name="archive-dropdown">
			<option value="">Chọn tháng</option>
{months}
		</select>

<script type="text/javascript">
/* <![CDATA[ */
(function() {{
	var dropdown = document.getElementById( "archives-dropdown-2" );
	function onSelectChange() {{
		if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
			document.location.href = this.options[ this.selectedIndex ].value;
		}}
	}}
	dropdown.onchange = onSelectChange;
}})();
/* ]]> */
</script>
</div>
<div id="polls-widget-2" class="widget widget_polls-widget posts_holder"><h5>Thăm dò ý kiến</h5><div id="polls-3" class="wp-polls">
	<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
		<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5f2a9c1e7b" /></p>
		<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
		<p style="text-align: center;"><strong>Quý phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
		<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Rất hài lòng</label></li>
		<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Hài lòng</label></li>
		<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Cần cải thiện thêm</label></li>
		</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div>
	</form>
</div>
<div id="polls-3-loading" class="wp-polls-loading"><img src="{SITE}/wp-content/plugins/wp-polls/images/loading.gif" width="16" height="16" alt="Đang tải ..." title="Đang tải ..." class="wp-polls-image" />&nbsp;Đang tải ...</div>
</div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget posts_holder"><h5>Thống kê truy cập</h5><ul id="wpstatistics_useronline" style="list-style:none;padding:0">
	<li><i class="fa fa-user"></i> Đang online: <strong>14</strong></li>
	<li><i class="fa fa-calendar-o"></i> Hôm nay: <strong>327</strong></li>
	<li><i class="fa fa-calendar"></i> Hôm qua: <strong>512</strong></li>
	<li><i class="fa fa-bar-chart"></i> Tổng truy cập: <strong>1.204.566</strong></li>
</ul></div>
<div id="media_image-2" class="widget widget_media_image posts_holder"><h5>Liên kết</h5><a href="https://khanhhoa.edu.vn/" target="_blank"><img width="300" height="90" src="{SITE}/wp-content/uploads/2024/08/banner-so-gddt-khanh-hoa.png" class="image wp-image-88  attachment-full size-full" alt="Sở GD&amp;ĐT Khánh Hòa" style="max-width: 100%; height: auto;" decoding="async" /></a></div>
<div id="media_image-3" class="widget widget_media_image posts_holder"><a href="https://csdl.moet.gov.vn/" target="_blank"><img width="300" height="90" src="{SITE}/wp-content/uploads/2024/08/banner-csdl-nganh.png" class="image wp-image-89  attachment-full size-full" alt="CSDL ngành" style="max-width: 100%; height: auto;" decoding="async" /></a></div>
</aside>
"""


POPUP = """<div id="pum-1405" role="dialog" aria-modal="false" aria-labelledby="pum_popup_title_1405" class="pum pum-overlay pum-theme-1398 pum-theme-default-theme popmake-overlay auto_open click_open" data-popmake="{&quot;id&quot;:1405,&quot;slug&quot;:&quot;thong-bao-tuyen-sinh-bo-sung&quot;,&quot;theme_id&quot;:1398,&quot;cookies&quot;:[{&quot;event&quot;:&quot;on_popup_close&quot;,&quot;settings&quot;:{&quot;name&quot;:&quot;pum-1405&quot;,&quot;time&quot;:&quot;1 day&quot;}}]}" >
	<div id="popmake-1405" class="pum-container popmake theme-1398 pum-responsive pum-responsive-medium responsive size-medium" >
		<div id="pum_popup_title_1405" class="pum-title popmake-title">THÔNG BÁO TUYỂN SINH BỔ SUNG NĂM HỌC 2026 - 2027</div>
		<div class="pum-content popmake-content" tabindex="0">
			<p>Trường Mầm non Hoa Sen thông báo tuyển sinh bổ sung trẻ từ 18 tháng tuổi đến 5 tuổi (sinh năm 2021 đến tháng 6/2025) có hộ khẩu thường trú hoặc tạm trú trên địa bàn phường Tây Nha Trang vào các nhóm, lớp còn chỉ tiêu.</p>
			<p>Hồ sơ gồm: đơn xin nhập học (theo mẫu của nhà trường), bản sao giấy khai sinh, bản sao sổ tiêm chủng của trẻ và giấy xác nhận thông tin cư trú. Phụ huynh nộp hồ sơ tại phòng Văn thư nhà trường trong giờ hành chính các ngày từ thứ Hai đến thứ Sáu.</p>
			<p>Nhà trường tổ chức chăm sóc, giáo dục trẻ cả ngày, ăn bán trú với thực đơn được xây dựng theo tư vấn của chuyên gia dinh dưỡng; có các lớp năng khiếu múa, vẽ, làm quen tiếng Anh. Mọi chi tiết xin liên hệ số điện thoại 0258 3 812 456 hoặc nhắn tin qua Zalo của nhà trường.</p>
		</div>
		<button type="button" class="pum-close popmake-close" aria-label="Close">ĐÓNG</button>
	</div>
</div>
"""


def _footer() -> str:
    return f"""	</div>
</div>
<footer >
	<div class="footer_inner clearfix">
		<div class="footer_top_holder">
			<div class="footer_top">
				<div class="container"><div class="container_inner">
					<div class="three_columns clearfix">
						<div class="column1 footer_col1"><div class="column_inner">
							<div id="text-2" class="widget widget_text"><h5>TRƯỜNG MẦM NON HOA SEN</h5>			<div class="textwidget"><p><i class="fa fa-map-marker"></i> Địa chỉ: 27 Ngô Gia Tự, phường Tây Nha Trang, tỉnh Khánh Hòa<br />
<i class="fa fa-phone"></i> Điện thoại: 0258 3 812 456<br />
<i class="fa fa-envelope-o"></i> Email: mnhoasen.tnt@khanhhoa.edu.vn</p>
</div>
		</div></div></div>
						<div class="column2 footer_col2"><div class="column_inner">
							<div id="text-3" class="widget widget_text"><h5>GIỜ ĐÓN - TRẢ TRẺ</h5>			<div class="textwidget"><p>Sáng: 6h45 - 7h30<br />
Chiều: 16h15 - 17h00<br />
Thứ Bảy, Chủ nhật: nghỉ</p>
</div>
		</div></div></div>
						<div class="column3 footer_col3"><div class="column_inner">
							<div id="custom_html-2" class="widget_text widget widget_custom_html"><h5>FANPAGE</h5><div class="textwidget custom-html-widget"><iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fmamnonhoasen.tnt&tabs&width=340&height=130" width="340" height="130" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowfullscreen="true"></iframe></div></div>
						</div></div>
					</div>
				</div></div>
			</div>
		</div>
		<div class="footer_bottom_holder">
			<div class="footer_bottom">
				<div class="textwidget"><p>© 2026 Bản quyền thuộc về Trường Mầm non Hoa Sen. Ghi rõ nguồn khi phát hành lại thông tin từ website này. Thiết kế bởi <a href="https://webtruonghoc.vn/" target="_blank" rel="noopener">WebTrườngHọc</a></p>
</div>
			</div>
		</div>
	</div>
</footer>
</div>
</div>
{POPUP}
<script type="text/javascript" src="{SITE}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.3" id="jquery-lazyloadxt-js"></script>
<script type="text/javascript" src="{SITE}/wp-content/themes/bridge/js/plugins.js?ver=6.6.2" id="qode_plugins-js"></script>
<script type="text/javascript" src="{SITE}/wp-content/themes/bridge/js/default.min.js?ver=6.6.2" id="default-js"></script>
<script type="text/javascript" src="{SITE}/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=7.9" id="wpb_composer_front_js-js"></script>
</body>
</html>
"""


def _layout(head: str, body_class: str, active: str, title_area: str, main: str, sidebar: bool = True) -> str:
    if sidebar:
        inner = (
            '<div class="container"><div class="container_inner default_template_holder" >'
            '<div class="two_columns_75_25 background_color_sidebar grid2 clearfix">'
            f'<div class="column1"><div class="column_inner">{main}</div></div>'
            f'<div class="column2"><div class="column_inner">{_sidebar()}</div></div>'
            "</div></div></div>"
        )
    else:
        inner = f'<div class="full_width"><div class="full_width_inner" >{main}</div></div>'
    return (
        head
        + f'<body class="{body_class} qode-page-transition-enabled ajax_fade page_not_loaded qode_grid_1300 '
        'qode-theme-ver-30.8 qode-theme-bridge qode_header_in_grid wpb-js-composer js-comp-ver-7.9 vc_responsive" '
        'itemscope itemtype="http://schema.org/WebPage">\n'
        + _header(active)
        + title_area
        + inner
        + _footer()
    )


# --- listings ----------------------------------------------------------------------------------


def _in_cat(slug: str) -> list[Story]:
    kids = {k for k, v in CATS.items() if v[1] == slug}
    return [s for s in NEWEST if set(s.opts["cats"]) & ({slug} | kids)]


def _in_month(mm: str) -> list[Story]:
    return [s for s in NEWEST if s.opts["posted"][5:7] == mm]


def _in_tag(tag: str) -> list[Story]:
    return [s for s in NEWEST if tag in s.opts.get("tags", [])]


def _cats_links(s: Story) -> str:
    return ", ".join(
        f'<a href="{SITE}{cat_path(c)}" rel="category tag">{esc(CATS[c][0])}</a>' for c in s.opts["cats"]
    )


def _featured(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)


def _post_classes(s: Story) -> str:
    cls = f"post-{s.id} post type-post status-publish format-standard"
    if _featured(s):
        cls += " has-post-thumbnail"
    cls += " hentry " + " ".join(f"category-{c}" for c in s.opts["cats"])
    cls += "".join(f" tag-{t}" for t in s.opts.get("tags", []))
    return cls


def _entry_h2(s: Story, linked: bool) -> str:
    ncom = len(s.opts.get("comments", []))
    title = (
        f'<a itemprop="url" href="{SITE}{post_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>' if linked else esc(s.title)
    )
    return (
        f'<h2 itemprop="name" class="entry_title"><span itemprop="dateCreated" class="date entry_date updated">'
        f'{_day_mon(s.opts["posted"])}<meta itemprop="interactionCount" content="UserComments: {ncom}"/></span> {title}</h2>'
    )


def _post_info(s: Story) -> str:
    ncom = len(s.opts.get("comments", []))
    return (
        f'<div class="post_info"><span class="time">Đăng lúc {_hhmm(s.opts["posted"])}h</span> trong {_cats_links(s)}'
        f'<span class="post_author"> bởi <a itemprop="author" class="post_author_link" href="{SITE}/author/quantri/">quantri</a></span>'
        '<span class="dots"><i class="fa fa-square"></i></span>'
        f'<a itemprop="url" class="post_comments" href="{SITE}{post_path(s)}#comments" target="_self">{ncom} Bình luận</a>'
        f'<span class="dots"><i class="fa fa-square"></i></span><div class="blog_like"><a  href="#" class="qode-like" id="qode-like-{s.id}" title="Thích bài này">'
        f'<i class="fa fa-heart"></i><span>{(s.id * 7) % 23}</span></a></div></div>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return f"{SITE}{base}" if n == 1 else f"{SITE}{base}page/{n}/"

    out = ['<div class="pagination"><ul>']
    if page > 1:
        out.append(f'<li class="prev"><a itemprop="url" href="{link(page - 1)}"><i class="fa fa-angle-left"></i></a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><span>{n}</span></li>')
        else:
            out.append(f'<li><a itemprop="url" href="{link(n)}" class="inactive">{n}</a></li>')
    if page < pages:
        out.append(f'<li class="next"><a href="{link(page + 1)}"><i class="fa fa-angle-right"></i></a></li>')
    out.append("</ul></div>")
    return "".join(out)


def _listing(title: str, crumbs: list[tuple[str, str | None]], base: str, posts: list[Story], page: int,
             active: str, body_class: str) -> str | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    items = []
    for s in posts[(page - 1) * PER_PAGE: page * PER_PAGE]:
        feat = _featured(s)
        img = (
            f'<div class="post_image"><a itemprop="url" href="{SITE}{post_path(s)}" title="{esc(s.title)}">'
            f'<img width="1024" height="683" src="{SITE}{feat.src.replace(".jpg", "-1024x683.jpg")}" class="attachment-full size-full wp-post-image" '
            f'alt="" decoding="async" /></a></div>'
            if feat else ""
        )
        items.append(
            f'<article id="post-{s.id}" class="{_post_classes(s)}">\n\t<div class="post_content_holder">\n\t\t{img}\n'
            f'\t\t<div class="post_text"><div class="post_text_inner">\n\t\t\t{_entry_h2(s, True)}\n\t\t\t{_post_info(s)}\n'
            f'\t\t\t<p itemprop="description" class="post_excerpt">{esc(excerpt(s))}</p>\n'
            f'\t\t\t<div class="post_more"><a itemprop="url" href="{SITE}{post_path(s)}" class="qbutton small">Xem tiếp</a></div>\n'
            "\t\t</div></div>\n\t</div>\n</article>"
        )
    main = '<div class="blog_holder blog_large_image">\n' + "\n".join(items) + "\n" + _pager(base, page, pages) + "\n</div>"
    canonical = base if page == 1 else f"{base}page/{page}/"
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "CollectionPage", "@id": f"{SITE}{canonical}",
                                                         "url": f"{SITE}{canonical}", "name": f"{title} - {SCHOOL}",
                                                         "inLanguage": "vi"}]}
    head = _head(title, canonical, og_type="website", ld=ld)
    label = title if page == 1 else f"{title} - Trang {page}"
    return _layout(head, body_class, active, _title_area(label, crumbs), main)


# --- single post -------------------------------------------------------------------------------


def _related(s: Story) -> str:
    same = [o for o in _in_cat(s.opts["cats"][0]) if o is not s][:3]
    if len(same) < 3:
        same += [o for o in NEWEST if o is not s and o not in same][: 3 - len(same)]
    lis = "".join(f'<li><a href="{SITE}{post_path(o)}" rel="bookmark" title="{esc(o.title)}">{esc(o.title)}</a></li>\n' for o in same)
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
        f"<!-- YARPP List -->\n<h3>Bài viết liên quan:</h3><ol>\n{lis}</ol>\n</div>"
    )


def _comments(s: Story) -> str:
    coms = s.opts.get("comments", [])
    items = "".join(
        f"""<li>
	<div class="comment">
		<div class="image"> <img alt='' src='https://secure.gravatar.com/avatar/{hashlib.md5(name.encode()).hexdigest()}?s=75&#038;d=mm&#038;r=g' class='avatar avatar-75 photo' height='75' width='75' loading='lazy' decoding='async'/> </div>
		<div class="text">
			<h5 class="name">{esc(name)}</h5>
			<span class="comment_date">{esc(when)}</span>
			<a rel='nofollow' class='comment-reply-link' href='{SITE}{post_path(s)}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{s.id}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(name)}" aria-label='Trả lời {esc(name)}'>Trả lời</a>
			<div class="text_holder" id="comment-{cid}">
				<p>{text(body)}</p>
			</div>
		</div>
	</div>
</li>
"""
        for cid, name, when, body in coms
    )
    return f"""<div class="comment_holder clearfix" id="comments">
<div class="comment_number"><div class="comment_number_inner"><h5>{len(coms)} Bình luận</h5></div></div>
<div class="comments">
{f'<ul class="comment-list">{items}</ul>' if coms else ''}
</div></div>
<div class="comment_pager"><p></p></div>
<div class="comment_form">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title"><h5>Gửi bình luận</h5> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{SITE}{post_path(s)}#respond" style="display:none;">Hủy trả lời</a></small></h3><form action="{SITE}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><textarea id="comment" placeholder="Viết bình luận của bạn..." name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="three_columns clearfix"><div class="column1"><div class="column_inner"><input id="author" name="author" placeholder="Họ và tên" type="text" value="" aria-required='true' /></div></div><div class="column2"><div class="column_inner"><input id="email" name="email" placeholder="Địa chỉ email" type="text" value="" aria-required='true' /></div></div><div class="column3"><div class="column_inner"><input id="url" name="url" type="text" placeholder="Trang web" value="" /></div></div></div>
<p class="form-submit"><input name="submit" type="submit" id="submit_comment" class="submit" value="Gửi" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
</div>
"""


def _post_page(s: Story) -> str:
    posted = s.opts["posted"]
    modified = s.opts.get("modified", posted)
    feat = _featured(s)
    primary = s.opts["cats"][0]
    crumbs: list[tuple[str, str | None]] = []
    parent = CATS[primary][1]
    if parent:
        crumbs.append((CATS[parent][0], cat_path(parent)))
    crumbs += [(CATS[primary][0], cat_path(primary)), (s.title, None)]
    canon = post_path(s)
    og_img = feat.src if feat else f"{UP}/2024/08/logo-mn-hoa-sen.png"
    meta = (
        f'<meta property="article:published_time" content="{_utc_iso(posted)}" />\n'
        f'\t<meta property="article:modified_time" content="{_utc_iso(modified)}" />\n'
        f'\t<meta property="og:image" content="{SITE}{og_img}" />\n'
        '\t<meta property="og:image:width" content="1280" />\n\t<meta property="og:image:height" content="853" />\n'
        '\t<meta property="og:image:type" content="image/jpeg" />\n'
        '\t<meta name="author" content="quantri" />\n'
        '\t<meta name="twitter:card" content="summary_large_image" />\n'
        '\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="quantri" />'
    )
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{SITE}{canon}#article",
                "isPartOf": {"@id": f"{SITE}{canon}"},
                "author": {"name": "quantri", "@id": f"{SITE}/#/schema/person/2b7c0e5d1a"},
                "headline": s.title,
                "datePublished": _utc_iso(posted),
                "dateModified": _utc_iso(modified),
                "mainEntityOfPage": {"@id": f"{SITE}{canon}"},
                "commentCount": len(s.opts.get("comments", [])),
                "publisher": {"@id": f"{SITE}/#organization"},
                "image": {"@id": f"{SITE}{canon}#primaryimage"},
                "thumbnailUrl": f"{SITE}{og_img}",
                "articleSection": [CATS[c][0] for c in s.opts["cats"]],
                "inLanguage": "vi",
            },
            {"@type": "WebPage", "@id": f"{SITE}{canon}", "url": f"{SITE}{canon}", "name": f"{s.title} - {SCHOOL}",
             "datePublished": _utc_iso(posted), "dateModified": _utc_iso(modified), "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{SITE}{canon}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{SITE}/"},
                {"@type": "ListItem", "position": 2, "name": s.title}]},
            {"@type": "Organization", "@id": f"{SITE}/#organization", "name": SCHOOL, "url": f"{SITE}/"},
        ],
    }
    head = _head(s.title, canon, meta=meta, ld=ld, shortlink=s.id, description=excerpt(s, 28))
    feat_html = (
        f'<div class="post_image">\n\t<img width="1280" height="853" src="{SITE}{feat.src}" '
        f'class="attachment-full size-full wp-post-image" alt="" decoding="async" fetchpriority="high" '
        f'srcset="{SITE}{feat.src} 1280w, {SITE}{feat.src.replace(".jpg", "-300x200.jpg")} 300w, '
        f'{SITE}{feat.src.replace(".jpg", "-1024x683.jpg")} 1024w" sizes="(max-width: 1280px) 100vw, 1280px" />\n</div>'
        if feat else ""
    )
    tags = s.opts.get("tags", [])
    tags_html = (
        '<div class="single_tags clearfix"><div class="tags_text"><h5>Tags:</h5>'
        + ", ".join(f'<a href="{SITE}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)
        + "</div></div>"
        if tags else ""
    )
    share_url = f"{SITE}{canon}"
    main = f"""<div class="blog_single blog_holder">
<article id="post-{s.id}" class="{_post_classes(s)}">
	<div class="post_content_holder">
		{feat_html}
		<div class="post_text">
			<div class="post_text_inner">
				{_entry_h2(s, False)}
				{_post_info(s)}
				{_content(s)}
{_related(s)}
			</div>
		</div>
	</div>
	<div class="post_info_bottom clearfix">
		{tags_html}
		<div class="blog_share qode_share"><div class="social_share_holder"><a href="javascript:void(0)" target="_self"><span class="social_share_title">Chia sẻ</span></a><div class="social_share_dropdown"><div class="inner_arrow"></div><ul>
			<li class="facebook_share"><a href="javascript:void(0)" onclick="window.open('https://www.facebook.com/sharer.php?u={share_url}', 'sharer', 'toolbar=0,status=0,width=620,height=280');"><i class="fa fa-facebook"></i></a></li>
			<li class="twitter_share"><a href="#" onclick="popUp=window.open('https://twitter.com/intent/tweet?text={esc(s.title)} {share_url}', 'popupwindow', 'scrollbars=yes,width=800,height=400');popUp.focus();return false;"><i class="fa fa-twitter"></i></a></li>
		</ul></div></div></div>
		<a class="print_post" href="javascript:window.print()" rel="nofollow"><i class="fa fa-print"></i> In bài viết</a>
	</div>
	<div class="author_description">
		<div class="author_description_inner">
			<div class="image"><img alt='' src='https://secure.gravatar.com/avatar/2b7c0e5d1a?s=75&#038;d=mm&#038;r=g' class='avatar avatar-75 photo' height='75' width='75' /></div>
			<div class="author_text_holder">
				<h5 class="author_name vcard author"><span class="fn">quantri</span></h5>
				<span class="author_email">mnhoasen.tnt@khanhhoa.edu.vn</span>
				<div class="author_text"><p>Ban biên tập website Trường Mầm non Hoa Sen. Mọi ý kiến đóng góp về nội dung xin gửi về hộp thư của nhà trường.</p></div>
			</div>
		</div>
	</div>
</article></div>
{_comments(s)}
"""
    body_class = (
        f"post-template-default single single-post postid-{s.id} single-format-standard"
    )
    return _layout(head, body_class, cat_path(primary) if not CATS[primary][1] else cat_path(CATS[primary][1]),
                   _title_area(s.title, crumbs), main)


# --- pages, portfolio, home ------------------------------------------------------------------


def _vc_row(inner: str, extra_style: str = "") -> str:
    return (
        f'<div      class="vc_row wpb_row section vc_row-fluid " style=\' text-align:left;{extra_style}\'>'
        f'<div class=" full_section_inner clearfix">{inner}</div></div>'
    )


def _vc_col(width: str, inner: str) -> str:
    return (
        f'<div class="wpb_column vc_column_container vc_col-sm-{width}"><div class="vc_column-inner">'
        f'<div class="wpb_wrapper">{inner}</div></div></div>'
    )


def _vc_text(markup: str) -> str:
    return f'\n\t<div class="wpb_text_column wpb_content_element ">\n\t\t<div class="wpb_wrapper">\n\t\t\t{markup}\n\t\t</div>\n\t</div>'


PAGES = {
    "gioi-thieu": (
        1021,
        "Giới thiệu chung",
        "2024-08-12 10:00",
        "2026-09-03 15:40",
        _vc_text(
            "<h3>LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN</h3>\n"
            "<p>Trường Mầm non Hoa Sen được thành lập theo Quyết định số 1145/QĐ-UBND ngày 15/8/1998 của Ủy ban "
            "nhân dân thành phố Nha Trang, tiền thân là Nhà trẻ Hoa Sen thuộc Hợp tác xã Vĩnh Thạnh. Từ ngày "
            "01/7/2025, thực hiện sắp xếp đơn vị hành chính, nhà trường trực thuộc Ủy ban nhân dân phường Tây Nha "
            "Trang.</p>\n"
            "<p>Trải qua hơn 28 năm xây dựng và trưởng thành, từ 3 nhóm trẻ với 75 cháu, đến nay nhà trường có 12 "
            "nhóm, lớp với 356 trẻ; 41 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên "
            "chuẩn về trình độ đào tạo. Nhà trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019 và đạt "
            "Kiểm định chất lượng giáo dục cấp độ 3 năm 2025.</p>\n"
            "<h3>SỨ MẠNG - TẦM NHÌN</h3>\n"
            "<p>Xây dựng môi trường giáo dục an toàn, thân thiện, lấy trẻ làm trung tâm; mỗi ngày đến trường là "
            "một ngày vui của bé.</p>\n"
            "<h3>CƠ CẤU TỔ CHỨC</h3>\n"
            "<p>Hiệu trưởng: bà Nguyễn Thị Kim Oanh<br />\nPhó Hiệu trưởng: bà Huỳnh Thị Mai Phương, bà Lê Thị "
            "Ngọc Hà<br />\nCác tổ: Tổ Nhà trẻ, Tổ Mẫu giáo bé - nhỡ, Tổ Mẫu giáo lớn, Tổ Văn phòng.</p>"
        ),
    ),
    "lien-he": (
        1023,
        "Liên hệ",
        "2024-08-12 10:05",
        "2025-07-02 09:12",
        _vc_col(
            "6",
            _vc_text(
                "<h4>TRƯỜNG MẦM NON HOA SEN</h4>\n<p>Địa chỉ: 27 Ngô Gia Tự, phường Tây Nha Trang, tỉnh Khánh Hòa<br />\n"
                "Điện thoại: 0258 3 812 456<br />\nEmail: mnhoasen.tnt@khanhhoa.edu.vn</p>\n"
                '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3898.9!2d109.18!3d12.24" '
                'width="100%" height="300" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>'
            ),
        )
        + _vc_col(
            "6",
            '<div class="wpcf7 no-js" id="wpcf7-f1120-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f1120-o1" '
            'method="post" class="wpcf7-form init" aria-label="Form liên hệ" novalidate="novalidate" data-status="init">'
            '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" '
            'class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span></label></p>'
            '<p><label> Số điện thoại<br /><input size="40" class="wpcf7-form-control wpcf7-tel" type="tel" name="your-phone" /></label></p>'
            '<p><label> Nội dung<br /><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label></p>'
            '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p></form></div>',
        ),
    ),
    "thuc-don-tuan": (
        1027,
        "Thực đơn tuần",
        "2024-09-05 07:30",
        "2026-11-28 16:20",
        _vc_text(
            '<h4 style="text-align: center;">THỰC ĐƠN TUẦN 1 THÁNG 12/2026 (từ 30/11 đến 04/12/2026)</h4>\n'
            '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
            "<tr><td><strong>Thứ</strong></td><td><strong>Bữa chính</strong></td><td><strong>Bữa phụ</strong></td></tr>\n"
            "<tr><td>Thứ Hai</td><td>Cơm, thịt heo kho trứng cút, canh bí đỏ nấu tôm</td><td>Sữa bột, bánh bông lan</td></tr>\n"
            "<tr><td>Thứ Ba</td><td>Cơm, cá basa chiên sốt cà, canh cải ngọt nấu thịt</td><td>Chè đậu đỏ</td></tr>\n"
            "<tr><td>Thứ Tư</td><td>Bún bò Huế, rau sống</td><td>Sữa chua, đu đủ</td></tr>\n"
            "<tr><td>Thứ Năm</td><td>Cơm, gà kho nấm, canh mồng tơi nấu cua</td><td>Cháo thịt bằm</td></tr>\n"
            "<tr><td>Thứ Sáu</td><td>Cơm, bò xào đậu que, canh rau ngót nấu thịt</td><td>Sữa bột, chuối</td></tr>\n"
            "</tbody></table>\n<p><em>Thực đơn có thể thay đổi tùy theo nguồn thực phẩm trong ngày.</em></p>"
        ),
    ),
}

PORTFOLIO = {
    "dem-hoi-trang-ram-2026": (
        1140, "Đêm hội trăng rằm 2026", "Album ảnh", "25/09/2026", "2026-09-26 08:00",
        "Những hình ảnh đẹp của các bé trong Đêm hội trăng rằm năm 2026: rước đèn, phá cỗ, xem múa lân và "
        "giao lưu văn nghệ cùng các chú Cuội, chị Hằng. Cảm ơn quý phụ huynh đã đồng hành cùng nhà trường.",
        [f"{UP}/2026/09/trang-ram-{k}.jpg" for k in range(1, 5)], None,
    ),
    "be-tap-the-duc-buoi-sang": (
        1226, "Bé tập thể dục buổi sáng", "Album ảnh", "09/11/2026", "2026-11-09 09:30",
        "Mỗi sáng, trước giờ hoạt động học, các bé cùng cô tập thể dục theo nhạc trên sân trường với các động "
        "tác hô hấp, tay, chân, bụng, bật nhảy giúp cơ thể khỏe mạnh, tinh thần sảng khoái.",
        [f"{UP}/2026/11/the-duc-sang-{k}.jpg" for k in range(1, 4)], None,
    ),
    "video-mua-chao-mung-20-11": (
        1276, "Video: Múa “Bông hồng tặng cô” chào mừng 20/11", "Video", "19/11/2026", "2026-11-21 10:15",
        "Tiết mục múa “Bông hồng tặng cô” do các bé lớp Lá 1 biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam.",
        [], "https://www.youtube.com/embed/q8Xv2mN5kLw",
    ),
}


def _page_head(title: str, path: str, published: str, modified: str, og_type: str = "article") -> str:
    ld = {"@context": "https://schema.org", "@graph": [{
        "@type": "WebPage", "@id": f"{SITE}{path}", "url": f"{SITE}{path}", "name": f"{title} - {SCHOOL}",
        "datePublished": _utc_iso(published), "dateModified": _utc_iso(modified), "inLanguage": "vi"}]}
    meta = f'<meta property="article:modified_time" content="{_utc_iso(modified)}" />'
    return _head(title, path, og_type=og_type, meta=meta, ld=ld)


def _wp_page(slug: str) -> str:
    pid, title, published, modified, inner = PAGES[slug]
    path = f"/{slug}/"
    if not inner.startswith("<div class=\"wpb_column"):
        inner = _vc_col("12", inner)
    main = f'<div class="container"><div class="container_inner default_template_holder clearfix page_container_inner">{_vc_row(inner)}</div></div>'
    crumbs: list[tuple[str, str | None]] = [(title, None)]
    if slug == "thuc-don-tuan":
        crumbs = [("Góc phụ huynh", "/category/goc-phu-huynh/"), (title, None)]
    active = "/category/goc-phu-huynh/" if slug == "thuc-don-tuan" else path
    return _layout(_page_head(title, path, published, modified), f"page-template-default page page-id-{pid}", active,
                   _title_area(title, crumbs), main, sidebar=False)


def _portfolio_item(slug: str) -> str:
    pid, title, cat, day, published, desc, imgs, video = PORTFOLIO[slug]
    path = f"/portfolio_page/{slug}/"
    media = "".join(
        f'<a itemprop="image" class="lightbox_single_portfolio" title="{esc(title)}" href="{SITE}{src}" data-rel="prettyPhoto[single_pretty_photo]">'
        f'<img itemprop="image" src="{SITE}{src}" alt="" /></a>'
        for src in imgs
    )
    if video:
        media = f'<div class="portfolio_video"><iframe width="100%" height="480" src="{video}" frameborder="0" allowfullscreen></iframe></div>'
    keys = list(PORTFOLIO)
    k = keys.index(slug)
    prev_ = f'<div class="portfolio_prev"><a href="{SITE}/portfolio_page/{keys[k - 1]}/" rel="prev"><i class="fa fa-angle-left"></i></a></div>' if k else ""
    next_ = f'<div class="portfolio_next"><a href="{SITE}/portfolio_page/{keys[k + 1]}/" rel="next"><i class="fa fa-angle-right"></i></a></div>' if k + 1 < len(keys) else ""
    main = f"""<div class="container"><div class="container_inner default_template_holder clearfix">
<div class="portfolio_single portfolio_template_2">
	<div class="two_columns_66_33 clearfix portfolio_container">
		<div class="column1"><div class="column_inner"><div class="portfolio_images">{media}</div></div></div>
		<div class="column2"><div class="column_inner">
			<div class="portfolio_detail portfolio_single_follow">
				<div class="info portfolio_content ">
					<h6>Giới thiệu</h6>
					<p>{text(desc)}</p>
				</div>
				<div class="info portfolio_custom_date">
					<h6>Ngày</h6>
					<p class="entry_date updated">{day}<meta itemprop="interactionCount" content="UserComments: 0"/></p>
				</div>
				<div class="info portfolio_categories">
					<h6>Danh mục </h6>
					<span class="category">{esc(cat)}</span>
				</div>
				<div class="portfolio_social_holder"><div class="portfolio_share qode_share"><div class="social_share_holder"><a href="javascript:void(0)" target="_self"><span class="social_share_title">Chia sẻ</span></a></div></div></div>
			</div>
		</div></div>
	</div>
	<div class="portfolio_navigation ">{prev_}<div class="portfolio_button"><a itemprop="url" href="{SITE}/thu-vien-anh/"></a></div>{next_}</div>
</div>
</div></div>"""
    head = _page_head(title, path, published, published)
    return _layout(head, f"portfolio_page-template-default single single-portfolio_page postid-{pid}",
                   "/thu-vien-anh/", _title_area(title, [("Thư viện ảnh", "/thu-vien-anh/"), (title, None)]),
                   main, sidebar=False)


def _portfolio_list(limit: int | None = None) -> str:
    arts = []
    for slug, (_pid, title, cat, _day, _pub, _desc, imgs, _video) in list(PORTFOLIO.items())[:limit]:
        thumb = imgs[0].replace(".jpg", "-550x400.jpg") if imgs else f"{UP}/2026/11/video-20-11-thumb-550x400.jpg"
        ccls = "portfolio_category_12" if cat == "Album ảnh" else "portfolio_category_13"
        arts.append(
            f'<article class="mix {ccls} mix_all" style="display: inline-block; opacity: 1;"><div class="image_holder">'
            f'<a itemprop="url" class="portfolio_link_for_touch" href="{SITE}/portfolio_page/{slug}/" target="_self">'
            f'<span class="image"><img width="550" height="400" src="{SITE}{thumb}" class="attachment-portfolio-default size-portfolio-default wp-post-image" alt="" decoding="async" /></span></a>'
            '<span class="text_holder"><span class="text_outer"><span class="text_inner"><span class="feature_holder"><span class="feature_holder_icons">'
            f'<a itemprop="url" class="preview qbutton small white" href="{SITE}/portfolio_page/{slug}/" target="_self">Xem</a>'
            "</span></span></span></span></span></div>"
            f'<div class="portfolio_description "><h5 itemprop="name" class="portfolio_title"><a itemprop="url" href="{SITE}/portfolio_page/{slug}/" target="_self">{esc(title)}</a></h5>'
            f'<span class="project_category">{esc(cat)}</span></div></article>'
        )
    return (
        '<div class="projects_holder_outer v3 portfolio_with_space portfolio_standard ">'
        '<div class="filter_outer"><div class="filter_holder"><ul>'
        '<li class="filter" data-filter="all"><span>Tất cả</span></li>'
        '<li class="filter" data-filter="portfolio_category_12"><span>Album ảnh</span></li>'
        '<li class="filter" data-filter="portfolio_category_13"><span>Video</span></li></ul></div></div>'
        '<div class="projects_holder clearfix v3 standard">' + "".join(arts) + "</div></div>"
    )


def _gallery_page() -> str:
    path = "/thu-vien-anh/"
    main = f'<div class="container"><div class="container_inner default_template_holder clearfix page_container_inner">{_vc_row(_vc_col("12", _portfolio_list()))}</div></div>'
    return _layout(_page_head("Thư viện ảnh", path, "2024-08-12 10:10", "2026-11-21 10:16"), "page-template-default page page-id-1025",
                   path, _title_area("Thư viện ảnh", [("Thư viện ảnh", None)]), main, sidebar=False)


def _latest_box(posts: list[Story]) -> str:
    lis = []
    for s in posts:
        feat = _featured(s)
        thumb = feat.src.replace(".jpg", "-150x150.jpg") if feat else f"{UP}/2024/08/no-thumb-150x150.png"
        d = _local(s.opts["posted"])
        lis.append(
            f'<li class="clearfix"><div class="latest_post"><div class="latest_post_image clearfix">'
            f'<a itemprop="url" href="{SITE}{post_path(s)}"><img width="150" height="150" src="{SITE}{thumb}" class="attachment-thumbnail size-thumbnail wp-post-image" alt="" decoding="async" /></a></div>'
            '<div class="latest_post_text"><div class="latest_post_inner"><div class="latest_post_text_inner">'
            f'<h4 itemprop="name" class="latest_post_title "><a itemprop="url" href="{SITE}{post_path(s)}">{esc(s.title)}</a></h4>'
            f'<span class="post_infos"><span class="date_hour_holder"><span itemprop="dateCreated" class="date entry_date updated">{d.day:02d} Th{d.month}, {d.year}'
            f'<meta itemprop="interactionCount" content="UserComments: {len(s.opts.get("comments", []))}"/></span></span></span>'
            "</div></div></div></div></li>"
        )
    return '<div class="latest_post_holder image_in_box "><ul>' + "".join(lis) + "</ul></div>"


def _home() -> str:
    s11, s6 = BY_ID[1318], BY_ID[1236]
    slider = f"""<div class="q_slider"><div class="q_slider_inner">
<div id="qode-slider-trang-chu" class="carousel slide  full_screen  header_not_transparent" data-slide_animation="6000" data-height="520">
	<div class="carousel-inner" data-start="transform: translateY(0px);" data-1440="transform: translateY(-500px);">
		<div class="item dark" style="height: 520px;"><div class="image" style="background-image:url({SITE}{UP}/2024/08/slide-san-truong.jpg);"></div>
			<div class="slider_content_outer"><div class="slider_content"><div class="text"><h2 class="q_slide_title"><span>Trường Mầm non Hoa Sen</span></h2><p class="q_slide_text"><span>Mỗi ngày đến trường là một ngày vui</span></p></div></div></div></div>
		<div class="item dark" style="height: 520px;"><div class="image" style="background-image:url({SITE}{UP}/2024/08/slide-lop-hoc.jpg);"></div>
			<div class="slider_content_outer"><div class="slider_content"><div class="text"><h2 class="q_slide_title"><span>An toàn - Thân thiện - Sáng tạo</span></h2></div></div></div></div>
	</div>
	<ol class="carousel-indicators"><li data-target="#qode-slider-trang-chu" data-slide-to="0" class="active"></li><li data-target="#qode-slider-trang-chu" data-slide-to="1"></li></ol>
	<a class="left carousel-control" href="#qode-slider-trang-chu" data-slide="prev"><span class="prev_nav"><i class="fa fa-angle-left"></i></span></a>
	<a class="right carousel-control" href="#qode-slider-trang-chu" data-slide="next"><span class="next_nav"><i class="fa fa-angle-right"></i></span></a>
</div></div></div>"""
    welcome = _vc_row(_vc_col("12", _vc_text(
        '<h2 style="text-align: center; color: #e91e63;">CHÀO MỪNG QUÝ PHỤ HUYNH ĐẾN VỚI TRƯỜNG MẦM NON HOA SEN</h2>\n'
        '<p style="text-align: center;">Với đội ngũ giáo viên tận tâm, cơ sở vật chất khang trang và chương trình giáo dục '
        "lấy trẻ làm trung tâm, nhà trường mong muốn mang đến cho các bé những ngày thơ ấu an toàn, hạnh phúc.</p>"
    ) + f'<div style="text-align: center;"><a href="{SITE}/gioi-thieu/" target="_self" class="qbutton  default" style="">Tìm hiểu thêm</a></div>'))
    marquee = (
        '<div class="tb-marquee" style="border:1px solid #f3c1d3;padding:8px;height:250px;overflow:hidden">'
        '<marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="2" direction="up" height="240">'
        f'<p><img src="/wp-content/uploads/2024/08/new.gif" alt="" width="28" height="11" /> <a href="/?p={s11.id}">{esc(s11.title)}</a></p>'
        f'<p><img src="/wp-content/uploads/2024/08/new.gif" alt="" width="28" height="11" /> <a href="/?p={s6.id}">{esc(s6.title)}</a></p>'
        '<p><a href="/thuc-don-tuan/">Thực đơn tuần 1 tháng 12/2026</a></p>'
        "</marquee></div>"
    )
    news = _vc_row(
        _vc_col("8", '<div class="q_title_holder"><h3 class="home-title">TIN MỚI NHẤT</h3></div>' + _latest_box(NEWEST[:4])
                + f'<a href="{SITE}/category/tin-tuc-su-kien/" class="qbutton small">Xem tất cả</a>')
        + _vc_col("4", '<div class="q_title_holder"><h3 class="home-title">THÔNG BÁO</h3></div>' + marquee)
    )
    pro = _vc_row(_vc_col("12", '<div class="q_title_holder"><h3 class="home-title">HOẠT ĐỘNG CHUYÊN MÔN</h3></div>'
                          + _latest_box(_in_cat("hoat-dong-chuyen-mon")[:3])))
    gallery = _vc_row(_vc_col("12", '<div class="q_title_holder"><h3 class="home-title">THƯ VIỆN ẢNH</h3></div>' + _portfolio_list(3)))
    counters = _vc_row("".join(
        _vc_col("4", f'<div class="q_counter_holder center"><span class="counter zero" style="color: #e91e63;">{n}</span>'
                f'<p class="counter_text">{label}</p></div>')
        for n, label in (("12", "Nhóm, lớp"), ("356", "Trẻ"), ("41", "Cán bộ, giáo viên, nhân viên"))
    ), "background-color:#fdf2f6;padding-top:40px;padding-bottom:40px;")
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": f"{SITE}/", "url": f"{SITE}/", "name": SCHOOL, "inLanguage": "vi",
         "datePublished": _utc_iso("2024-08-12 09:50"), "dateModified": _utc_iso("2026-12-04 16:50")},
        {"@type": "Organization", "@id": f"{SITE}/#organization", "name": SCHOOL, "url": f"{SITE}/"}]}
    head = _head("Trang chủ", "/", og_type="website", ld=ld,
                 description="Website Trường Mầm non Hoa Sen, phường Tây Nha Trang, tỉnh Khánh Hòa")
    main = slider + '<div class="container"><div class="container_inner default_template_holder clearfix page_container_inner">' + welcome + news + pro + gallery + "</div></div>" + counters
    return _layout(head, "home page-template page-template-full_width page-template-full_width-php page page-id-2",
                   "/", "", main, sidebar=False)


def _search(q: str) -> str:
    hits = [s for s in NEWEST if q and q.lower() in s.title.lower()]
    items = "".join(
        f'<article class="post-{s.id} post"><div class="post_text"><div class="post_text_inner">'
        f'<h2 class="entry_title"><a href="{SITE}{post_path(s)}">{esc(s.title)}</a></h2><p class="post_excerpt">{esc(excerpt(s, 20))}</p></div></div></article>'
        for s in hits
    ) or '<p class="entry_title">Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với từ khóa khác.</p>'
    head = _head(f"Bạn đã tìm kiếm {q}", "/", og_type="website")
    head = head.replace("<meta name='robots' content='index, follow", "<meta name='robots' content='noindex, follow")
    return _layout(head, "search search-results", "", _title_area(f"Kết quả tìm kiếm cho: {q}", [("Tìm kiếm", None)]),
                   f'<div class="blog_holder blog_large_image">{items}</div>')


# --- feed, sitemaps --------------------------------------------------------------------------


def _feed() -> str:
    items = "".join(
        f"""	<item>
		<title>{esc(s.title)}</title>
		<link>{SITE}{post_path(s)}</link>
		<comments>{SITE}{post_path(s)}#respond</comments>
		<dc:creator><![CDATA[quantri]]></dc:creator>
		<pubDate>{_rfc822(s.opts["posted"])}</pubDate>
		{''.join(f'<category><![CDATA[{CATS[c][0]}]]></category>' for c in s.opts["cats"])}
		<guid isPermaLink="false">{SITE}/?p={s.id}</guid>
		<description><![CDATA[{excerpt(s, 40)} [&#8230;]]]></description>
		<slash:comments>{len(s.opts.get("comments", []))}</slash:comments>
	</item>
"""
        for s in NEWEST[:10]
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
	<title>{SCHOOL}</title>
	<atom:link href="{SITE}/feed/" rel="self" type="application/rss+xml" />
	<link>{SITE}</link>
	<description>Mỗi ngày đến trường là một ngày vui</description>
	<lastBuildDate>{_rfc822(NEWEST[0].opts.get("modified", NEWEST[0].opts["posted"]))}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=6.6.2</generator>
{items}</channel>
</rss>
"""


def _urlset(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"\t<url>\n\t\t<loc>{SITE}{loc}</loc>\n\t\t<lastmod>{mod}</lastmod>\n\t</url>\n" for loc, mod in rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="'
        f'{SITE}/main-sitemap.xsl"?>\n<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + body + "</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->"
    )


def _sitemaps() -> dict[str, str]:
    posts = [(post_path(s), _utc_iso(s.opts.get("modified", s.opts["posted"]))) for s in NEWEST]
    pages = [("/", _utc_iso("2026-12-04 16:50"))] + [
        (f"/{slug}/", _utc_iso(v[3])) for slug, v in PAGES.items()
    ] + [("/thu-vien-anh/", _utc_iso("2026-11-21 10:16"))]
    portfolio = [(f"/portfolio_page/{slug}/", _utc_iso(v[4])) for slug, v in PORTFOLIO.items()]
    cats = [(cat_path(c), posts[0][1]) for c in CATS]
    maps = {
        "/post-sitemap.xml": _urlset(posts),
        "/page-sitemap.xml": _urlset(pages),
        "/portfolio_page-sitemap.xml": _urlset(portfolio),
        "/category-sitemap.xml": _urlset(cats),
    }
    index = "".join(
        f"\t<sitemap>\n\t\t<loc>{SITE}{loc}</loc>\n\t\t<lastmod>{posts[0][1]}</lastmod>\n\t</sitemap>\n" for loc in maps
    )
    maps["/sitemap_index.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + index + "</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
    )
    return maps


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: __SITE__/sitemap_index.xml\n"


# --- the site ----------------------------------------------------------------------------------

_PAGE_RE = re.compile(r"^(?P<base>.*?/)(?:page/(?P<n>\d+)/)?$")


class Site:
    def __init__(self) -> None:
        self.sitemaps = _sitemaps()

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        raw = self._route(request)
        if raw is None or isinstance(raw, Response):
            return raw
        body, ctype = raw if isinstance(raw, tuple) else (raw, "text/html; charset=UTF-8")
        body = body.replace(SITE, base_url(request))
        headers = {"Content-Type": ctype, "X-Powered-By": "PHP/8.1.29"}
        if ctype.startswith("text/html"):
            headers["Link"] = f'<{base_url(request)}/wp-json/>; rel="https://api.w.org/"'
        return Response(200, body, headers)

    def _route(self, request: Request):
        path, params = request.path, request.params
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf") and path.startswith(f"{UP}/2026/10/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return ROBOTS, "text/plain; charset=utf-8"
        if path in self.sitemaps and not request.query:
            return self.sitemaps[path], "text/xml; charset=UTF-8"
        if path == "/feed/" and not request.query:
            return _feed(), "application/rss+xml; charset=UTF-8"
        if path == "/":
            if not request.query:
                return _home()
            if set(params) == {"p"} and params["p"].isdigit() and int(params["p"]) in BY_ID:
                return _post_page(BY_ID[int(params["p"])])
            if set(params) == {"s"}:
                return _search(params["s"])
            return None
        if path.startswith("/author/"):
            return redirect("/", 301)
        if request.query and set(params) - {"replytocom", "fbclid"}:
            return None
        decoded = unquote(path)
        slug = decoded.strip("/")
        if "/" not in slug and slug in BY_SLUG:
            s = BY_SLUG[slug]
            cid = params.get("replytocom")
            if cid is not None and cid not in {str(c[0]) for c in s.opts.get("comments", [])}:
                return None
            return _post_page(s)
        if request.query:
            return None
        if not path.endswith("/"):
            return None
        if slug in PAGES:
            return _wp_page(slug)
        if slug == "thu-vien-anh":
            return _gallery_page()
        if slug.startswith("portfolio_page/") and slug.split("/", 1)[1] in PORTFOLIO:
            return _portfolio_item(slug.split("/", 1)[1])
        m = _PAGE_RE.match(path)
        base, page = m.group("base"), int(m.group("n") or 1)
        for cslug, (name, parent, tid) in CATS.items():
            if base == cat_path(cslug):
                crumbs = ([(CATS[parent][0], cat_path(parent))] if parent else []) + [(name, None)]
                active = cat_path(parent) if parent else base
                return _listing(name, crumbs, base, _in_cat(cslug), page, active,
                                f"archive category category-{cslug} category-{tid}")
        mm = re.fullmatch(r"/2026/(1[0-2])/", base)
        if mm:
            label = f"Tháng: Tháng {int(mm.group(1))} 2026"
            return _listing(label, [(label, None)], base, _in_month(mm.group(1)), page, "", "archive date")
        tm = re.fullmatch(r"/tag/([a-z-]+)/", base)
        if tm and tm.group(1) in TAGS:
            label = f"Thẻ: {TAGS[tm.group(1)]}"
            return _listing(label, [(label, None)], base, _in_tag(tm.group(1)), page, "", f"archive tag tag-{tm.group(1)}")
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [f"/?p={s.id}", f"/{s.slug}"]
    alts += [f"/{s.slug}/?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    if s.id == 1318:
        alts.append(f"/{s.slug}/?fbclid={FBCLID}")
    if "%" in s.slug:
        upper = re.sub(r"%[0-9a-f]{2}", lambda m: m.group().upper(), s.slug)
        alts += [f"/{upper}/", f"/{upper}"]
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat][0], canonical_path=post_path(s), alt_paths=_alts(s))
    for s in NEWEST
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thuc-don-tuan/",
    "/portfolio_page/dem-hoi-trang-ram-2026/",
    "/portfolio_page/be-tap-the-duc-buoi-sang/",
    "/portfolio_page/video-mua-chao-mung-20-11/",
]
