"""Fixture portal: Trường THCS Nguyễn Du (Buôn Ma Thuột, Đắk Lắk) on WordPress 6.6 + a Newsup-style
magazine theme, Classic Editor, Yoast SEO (breadcrumbs, meta, sitemaps), WP Rocket lazy loading,
Easy Table of Contents, WP Last Modified Info, AddToAny, WP-Polls.

Written blind (from the spec only, without reading the crawler).

URL scheme
----------
- ``/`` home; ``/page/<n>/`` its older pages (5 posts a page, WordPress "Reading" setting);
  ``/page/1/`` answers 301 to ``/``.
- ``/tin-tuc/<slug>/`` and ``/tin-tuc/<slug>/page/<n>/``: category archives (category base renamed
  "tin-tuc"; ``/tin-tuc/`` alone is a 404, as on a real install).
- ``/<yyyy>/<mm>/<slug>.html``: posts. Variants served by WordPress for the same post:
  ``…/slug.html/`` (301 to the canonical), ``…/slug.html/2`` (second page of a post split with
  ``<!--nextpage-->``), ``…/slug.html/comment-page-1/`` (comment paging, linked from the
  "Bình luận" tab of the sidebar), ``…/slug.html?replytocom=<id>`` (the "Trả lời" links of
  comments), ``/?p=<id>`` (the shortlink in the head, 301 to the permalink).
- ``/<yyyy>/<mm>/`` (+ ``/page/<n>/``): month archives (the date in every meta line links there).
- ``/the/<slug>/`` tags, ``/author/<user>/`` (+ ``/page/<n>/``) author archives, ``/feed/`` RSS,
  ``/?s=`` search, ``/robots.txt`` -> ``/sitemap_index.xml`` (Yoast) -> post/page/category sitemaps.
- Pages: ``/gioi-thieu/``, ``/co-cau-to-chuc/``, ``/thu-vien-anh/``, ``/lien-he/``.
- Uploads under ``/wp-content/uploads/<yyyy>/<mm>/``; theme files under ``/wp-content/themes/``.

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), site title, main menu with
drop-downs, the "Tin nóng" ticker (``.mg-latest-news``), a Yoast breadcrumb (``#breadcrumbs``)
below the header on inner pages, a sidebar (search, "Bài viết xem nhiều" tab widget with
"Xem nhiều / Mới nhất / Bình luận", categories with counts, tag cloud, visitor counter, WP-Polls
poll, external links) and a footer with address/phone/email.
Home page 1 adds the featured slider (``.homemain``) with the "Tin mới nhất" tab list beside it,
and two category blocks with coloured badges; then the "Tin tức mới" list with the theme's
numbered pager (``nav.navigation.pagination``; previous/next are icon-only links).
A post: ``.mg-blog-post-box`` > ``.mg-header`` (category badges, ``h1.title.single``, avatar +
"bởi <account>", date "Th11 28, 2026", tags), then the featured image (``.wp-post-image``, outside
the text), then ``article.small.single`` holding the_content, the AddToAny box, the share icons,
``wp_link_pages`` and the post navigation "Bài trước / Bài tiếp theo"; after it the author box,
the "Bài viết tương tự" grid and the comments with the reply form.

How the gold articles are reached
---------------------------------
13 posts in four categories: "Tin tức – Sự kiện" (/tin-tuc/su-kien/, 2 list pages: the oldest,
"Hội nghị cha mẹ học sinh…", is only on page 2), "Hoạt động chuyên môn" (/tin-tuc/chuyen-mon/),
"Liên đội – Đội TNTP" (/tin-tuc/doi-thieu-nien/), "Thông báo" (/tin-tuc/thong-bao/). All are also
on the home list (4 pages: the October posts only from /page/3/), the month archives, the author
archives, the feed and the post sitemap; some on the ticker, slider and category blocks.

Traps
-----
1. **Dates in UTC only.** The theme prints the day alone, month first with the Vietnamese
   abbreviation ("Th11 28, 2026", day without a leading zero, no time); the time exists only in
   Yoast's ``article:published_time`` and JSON-LD ``datePublished``, which are in UTC
   ("2026-11-27T23:15:00+00:00"). Two posts were published before 07:00 local time, so the UTC
   day is the day before the printed one. Gold: the instant in local time with the offset
   ("2026-11-28T06:15:00+07:00"): the page prints a time (in its meta) and the printed day agrees.
2. **Comment times are the only ``<time>`` elements.** The post itself has no ``<time>``; the
   comments under two posts print ``<time datetime="…+07:00">`` (later than the post) and a
   "Cập nhật lần cuối vào 04/12/2026 lúc 10:02" line (WP Last Modified Info) opens two texts.
   Gold: publication date as in trap 1; neither comment times nor the update line; the update
   line and the comments (author names, "viết:", their text, "Trả lời") are not body.
3. **One post, several URLs (comments).** "Trả lời" links ``?replytocom=<id>`` and the sidebar's
   "Bình luận" tab linking ``…/slug.html/comment-page-1/#comment-<id>`` serve the same post (its
   canonical link points to the plain permalink). Gold: those targets are in ``alt_paths``.
4. **Post split into pages** (``<!--nextpage-->``): the teachers' contest report continues on
   ``…/slug.html/2`` behind a "Trang: 1 2" pager (``.page-links``) inside the text container;
   each page prints the headline, the featured area and the chrome again. Gold: one article,
   path = page 1, body = text of page 1 then page 2, images of both, byline at the end of page 2;
   ``…/slug.html/2`` is in ``alt_paths``.
5. **Lazy-loaded images** (WP Rocket): every content image has ``src="data:image/svg+xml,…"``
   (a placeholder), the file in ``data-lazy-src`` / ``data-lazy-srcset`` and a ``<noscript>``
   copy with the real ``src``. Gold: each photo once, with its upload path (the data: URI is
   never an image, the noscript copy is not a second one).
6. **Featured image outside the text.** The theme prints the post thumbnail
   (``img.wp-post-image``) between the header and ``article.small.single``; for four posts it is a
   photo of the event not repeated in the text. Gold: it is the article's first image (caption
   None). Listing thumbnails are CSS ``background-image`` and related-post tiles are not images
   of the article; the avatar next to "bởi …" neither.
7. **Several categories, one primary.** The ceremony of 20/11 is filed under "Liên đội – Đội
   TNTP" and "Tin tức – Sự kiện"; the badges print them alphabetically ("Liên đội…" first) and it
   is listed in both archives, but Yoast's primary category, printed in the breadcrumb, is
   "Tin tức – Sự kiện". Gold: category = the breadcrumb's ("Tin tức – Sự kiện").
8. **Table of contents inside the text.** Easy Table of Contents inserts ``#ez-toc-container``
   ("Mục lục" + numbered links to the headings) after the sapo, inside the text container.
   Gold: not body; the headings themselves are paragraphs of the body where they stand.
9. **Password-protected post in the listings.** "Được bảo vệ: Kết quả khảo sát…" is listed like
   any post (excerpt "Không có tóm tắt vì đây là bài viết được bảo vệ.") and its page has a
   headline, date, byline and a password form, no text. Gold: not an article (NON_ARTICLES).
10. **CMS accounts as bylines.** The meta line prints "bởi admin" / "bởi Ban biên tập" (the
    accounts ``admin`` and ``bbt_nguyendu``), repeated in the author box below the text and as
    the JSON-LD author; the real byline is a right-aligned line at the end of the text ("Tin:
    Phạm Quốc Bảo – Ảnh: Lê Văn Hùng", "ThS. Lê Thị Kim Oanh – Phó Hiệu trưởng", "Võ Thị Ngọc
    Ánh (TPT Đội)", a unit "Tổ Khoa học tự nhiên", or "BBT"). Gold: authors from that line only,
    without degree or post; accounts and "BBT" are nobody.
11. **Captions three ways.** ``[caption]`` rendered as ``figure.wp-caption`` >
    ``figcaption.wp-caption-text`` (some in parentheses), a caption typed as a centred ``<em>``
    paragraph under the image (Word habit), and a figcaption that only credits "Ảnh: Lê Văn Hùng".
    Gold: caption without the parentheses; the ``<em>`` line is the caption, not body; "Ảnh: X"
    gives caption None and X as photographer.
12. **Emoji stored as references, emoji drawn as pictures.** The database is utf8 (3-byte), so
    WordPress stored the emoji of one title and text as ``&#x1f4e2;`` references; the same text,
    pasted from Facebook, starts three lines with ``<img alt="✅" src="…fbcdn…/2705.png">``.
    Gold: the referenced emoji are text ("📢 Tuyển thành viên…", "👉 Đăng ký…", "… học sinh! 🎉");
    the picture bullets are no text and no image.
13. **Texturized and decomposed text.** wptexturize prints quotes, dashes and apostrophes as
    ``&#8220;`` ``&#8221;`` ``&#8211;`` ``&#8217;``; one post was typed in decomposed Unicode
    (NFD, Unikey "Unicode tổ hợp"), headline included. Gold: curly quotes and dashes as printed,
    NFC text.
14. **Word paste.** ``p.MsoNormal`` with ``<span lang="VI">``, ``<o:p></o:p>``, ``&nbsp;`` runs,
    empty ``<p>&nbsp;</p>`` spacers and Word list items whose "-" marker sits in a
    ``mso-list:Ignore`` span. Gold: marker and spacers are no text; each item is a paragraph.
15. **Widgets inside the text container.** ``article.small.single`` also holds the AddToAny box
    ("Chia sẻ bài viết:"), the share icons, ``wp_link_pages`` and the post navigation with
    "Bài trước" / "Bài tiếp theo" and the neighbours' headlines; one text ends with a
    "Xem thêm: <link>" line. Gold: none of it is body.
16. **Official notice.** The exam-schedule notice is printed as a document: letterhead table
    (dated "Buôn Ma Thuột, ngày 30 tháng 11 năm 2026"), "THÔNG BÁO / Về việc …", "Nơi nhận" and
    "HIỆU TRƯỞNG (Đã ký) Nguyễn Văn Thành" in a closing table; it was posted on 01/12 at 07:30.
    Gold (house convention): date "2026-11-30", author "Nguyễn Văn Thành", the schedule table
    rows and the numbered headings are body, letterhead/kind/subject/closing are not.
17. **Sticky post and icon-only pager.** The sticky school-year plan (a document post) opens
    home page 1 and is listed again at its own place on page 4; previous/next links of the
    numbered pager are ``<i class="fa fa-angle-right">`` icons with no text.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` from Yoast's UTC instant converted to +07:00 (trap 1), never the comment or
  update times, except the official notice (letterhead day, house rule).
- ``summary``: only the bold first paragraph (``<p><strong>…</strong></p>``) some posts open with;
  Yoast's meta description (a shorter, different text) is never a sapo.
- A sentence opening with "Theo kế hoạch, …" inside a text is text, not a source; "Nguồn: Hội
  đồng Đội thành phố Buôn Ma Thuột" at the end of the Đại hội report is its source.
- Lines typed with a leading "– " (joined by ``<br />`` in one ``<p>``) are paragraphs and keep
  their dash; the table header row of the results table is a row like the others.
- The poster of the clubs' notice (a PNG in the text) is an image of the article, caption None.
- The featured image counts as the article's first image only where the page prints it.
- The protected post, the video post and the document post (school-year plan with a PDF viewer)
  are not articles; nor are the pages (intro, organisation chart, photo library, contact).
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import parse_qs

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
)

NAME = "wp_newsup_magazine_thcs"
PLATFORM = "WordPress 6.6 + Newsup-style magazine theme (Classic Editor, Yoast SEO, WP Rocket)"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Du"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

# slug -> (name as printed, colour number of the theme's badge, term id)
CATS: dict[str, tuple[str, int, int]] = {
    "chuyen-mon": ("Hoạt động chuyên môn", 2, 4),
    "doi-thieu-nien": ("Liên đội – Đội TNTP", 3, 5),
    "thong-bao": ("Thông báo", 4, 6),
    "su-kien": ("Tin tức – Sự kiện", 1, 3),
    "van-ban": ("Văn bản", 5, 7),
}
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
    "stem": "STEM",
    "hoc-sinh-gioi": "học sinh giỏi",
    "lien-doi": "Liên đội",
}
# account -> display name
ACCOUNTS = {"admin": "admin", "bbt_nguyendu": "Ban biên tập"}

# --- the posts -------------------------------------------------------------------------------

U = "/wp-content/uploads"

G1 = Story(
    id=1731,
    slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="su-kien",
    published_at="2026-11-25T16:05:00+07:00",
    blocks=[
        Img(f"{U}/2026/11/hkpd-2026-khai-mac.jpg", style="feat"),
        Raw(
            '<p class="post-modified-info">Cập nhật lần cuối vào 27/11/2026 lúc 08:41 bởi '
            '<a href="{B}/author/admin/" target="_blank" class="last-modified-author">admin</a></p>'
        ),
        P(
            "Sáng 24/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng "
            "cấp trường năm học 2026 – 2027 với sự tham gia của hơn 1.100 học sinh thuộc 28 lớp.",
            "lead",
        ),
        P(
            "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể "
            "theo gương Bác Hồ vĩ đại, đồng thời phát hiện, bồi dưỡng các em có năng khiếu thể dục "
            "thể thao để tham gia Hội khỏe Phù Đổng cấp thành phố vào tháng 3/2027."
        ),
        Img(
            f"{U}/2026/11/hkpd-2026-phat-bieu.jpg",
            "(Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe)",
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội khỏe",
            style="caption",
        ),
        P(
            "Phát biểu khai mạc, thầy Nguyễn Văn Thành – Hiệu trưởng nhà trường nhấn mạnh: mỗi học "
            "sinh cần coi việc tập luyện thể dục thể thao là thói quen hằng ngày, thi đấu trung "
            "thực, đoàn kết, cao thượng, thể hiện tinh thần “Khỏe để học tập, khỏe để xây dựng quê "
            "hương”."
        ),
        P(
            "Hội khỏe năm nay gồm 7 môn thi đấu: điền kinh, bóng đá mini nam, bóng chuyền nữ, cầu "
            "lông, cờ vua, đá cầu và kéo co. Các nội dung được tổ chức xen kẽ vào các buổi chiều "
            "trong hai tuần, từ ngày 24/11 đến ngày 05/12/2026, bảo đảm không ảnh hưởng đến thời "
            "khóa biểu chính khóa."
        ),
        Img(f"{U}/2026/11/hkpd-2026-keo-co.jpg", "Ảnh: Lê Văn Hùng", None, style="caption"),
        P(
            "Ngay sau lễ khai mạc, các trận đấu kéo co giữa các lớp khối 6 đã diễn ra sôi nổi trong "
            "tiếng cổ vũ nhiệt tình của cả sân trường. Nhiều lớp đã chuẩn bị khẩu hiệu, băng rôn và "
            "trang phục đồng bộ để tiếp thêm sức mạnh cho đội nhà."
        ),
        P(
            "Ban tổ chức sẽ trao giải nhất, nhì, ba cho từng môn và giải toàn đoàn cho các lớp có "
            "thành tích cao nhất vào buổi chào cờ đầu tuần sau khi Hội khỏe bế mạc."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Tin: Phạm Quốc Bảo &#8211; Ảnh: Lê Văn Hùng'
            "</strong></p>"
        ),
    ],
    authors=["Phạm Quốc Bảo"],
    photographers=["Lê Văn Hùng"],
    summary=(
        "Sáng 24/11/2026, Trường THCS Nguyễn Du long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng "
        "cấp trường năm học 2026 – 2027 với sự tham gia của hơn 1.100 học sinh thuộc 28 lớp."
    ),
    opts={
        "when": "2026-11-25 16:05",
        "cats": ["su-kien"],
        "acct": "admin",
        "modified": "2026-11-27 08:41",
        "meta_desc": "Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027 với 7 môn thi đấu.",
    },
)

G2 = Story(
    id=1702,
    slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="su-kien",
    published_at="2026-11-20T11:30:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, tại hội trường nhà trường, Trường THCS Nguyễn Du tổ chức Lễ kỷ "
            "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương các thầy "
            "cô giáo, học sinh có thành tích xuất sắc trong đợt thi đua chào mừng.",
            "mso",
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột, "
            "Đảng ủy, UBND phường Tân Tiến, Ban đại diện cha mẹ học sinh cùng đông đủ các thế hệ "
            "thầy cô giáo đã từng công tác tại trường.",
            "mso",
        ),
        Img(
            f"{U}/2026/11/20-11-van-nghe.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 8A3",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 8A3",
            style="em",
        ),
        P(
            "Diễn văn kỷ niệm do cô Lê Thị Kim Oanh, Phó Hiệu trưởng trình bày đã ôn lại truyền "
            "thống vẻ vang của ngành giáo dục Việt Nam và chặng đường hơn 30 năm xây dựng, phát "
            "triển của nhà trường. Năm học 2025 – 2026, trường có 52 học sinh đạt giải học sinh giỏi "
            "cấp thành phố, 14 giải cấp tỉnh; tỉ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập "
            "đạt 91,3%.",
            "mso",
        ),
        P(
            "Trong đợt thi đua chào mừng ngày 20/11, toàn trường có 1.246 tiết dạy tốt, 36 lượt lớp "
            "đạt danh hiệu “Tuần học tốt”. Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có "
            "nhiều tiết dạy tốt và 5 tập thể lớp dẫn đầu phong trào thi đua.",
            "mso",
        ),
        Img(
            f"{U}/2026/11/20-11-khen-thuong.jpg",
            "Lãnh đạo nhà trường trao giấy khen cho các tập thể lớp xuất sắc",
            "Lãnh đạo nhà trường trao giấy khen cho các tập thể lớp xuất sắc",
            style="em",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Trần Ngọc Bảo Hân, Liên đội trưởng đã gửi lời tri ân "
            "sâu sắc đến các thầy cô giáo và hứa sẽ không ngừng phấn đấu học tập, rèn luyện để xứng "
            "đáng với công lao dạy dỗ của thầy cô.",
            "mso",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp với những bó hoa tươi thắm và lời chúc tốt đẹp "
            "dành cho đội ngũ nhà giáo của trường.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right;" align="right"><b><i><span lang="VI" '
            "style=\"font-size: 14.0pt; font-family: 'Times New Roman',serif;\">Tin, ảnh: Nguyễn "
            "Thị Thanh Hương<o:p></o:p></span></i></b></p>"
        ),
    ],
    authors=["Nguyễn Thị Thanh Hương"],
    photographers=["Nguyễn Thị Thanh Hương"],
    opts={
        "when": "2026-11-20 11:30",
        "cats": ["doi-thieu-nien", "su-kien"],
        "acct": "bbt_nguyendu",
        "tags": ["ngay-nha-giao-viet-nam"],
        "comments": [
            (
                57,
                "Nguyễn Thị Hồng",
                "2026-11-20 20:14",
                "Chúc mừng các thầy cô giáo trường Nguyễn Du nhân ngày 20/11! Con em rất thích "
                "tiết mục văn nghệ của lớp 8A3.",
            ),
            (
                58,
                "Phụ huynh lớp 7A1",
                "2026-11-21 06:52",
                "Cảm ơn nhà trường đã tổ chức buổi lễ thật ý nghĩa. Chúc quý thầy cô luôn mạnh "
                "khỏe, hạnh phúc.",
            ),
        ],
        "meta_desc": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11 tại Trường THCS Nguyễn Du.",
    },
)

G3 = Story(
    id=1588,
    slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
    cat="su-kien",
    published_at="2026-10-12T09:05:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật, ngày 11/10/2026, Trường THCS Nguyễn Du tổ chức Hội nghị cha mẹ học sinh "
            "đầu năm học 2026 – 2027. Hội nghị được tiến hành theo hai phần: phần họp toàn thể tại "
            "hội trường và phần họp tại 28 lớp học."
        ),
        P(
            "Tại phần họp toàn thể, nhà trường đã báo cáo tổng kết công tác năm học 2025 – 2026 và "
            "triển khai kế hoạch nhiệm vụ năm học mới, trong đó nhấn mạnh việc tiếp tục thực hiện "
            "Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số và "
            "giáo dục kĩ năng sống cho học sinh."
        ),
        Img(f"{U}/2026/10/hoi-nghi-cmhs-2026.jpg", style="plain"),
        P(
            "Hội nghị cũng thông qua quy chế hoạt động của Ban đại diện cha mẹ học sinh, công khai "
            "các khoản thu theo quy định của UBND tỉnh Đắk Lắk và các khoản tài trợ tự nguyện, bảo "
            "đảm đúng nguyên tắc dân chủ, công khai, minh bạch."
        ),
        P(
            "Các đại biểu đã thảo luận sôi nổi về công tác bảo đảm an ninh trật tự trước cổng "
            "trường, việc quản lí học sinh sử dụng điện thoại di động và phối hợp giáo dục đạo đức, "
            "lối sống cho học sinh ở lứa tuổi dậy thì."
        ),
        P(
            "Kết thúc hội nghị, Ban đại diện cha mẹ học sinh nhiệm kỳ 2026 – 2027 đã được bầu gồm 9 "
            "thành viên; ông Hoàng Minh Đức, phụ huynh học sinh lớp 9A2 được tín nhiệm bầu làm "
            "Trưởng ban."
        ),
        Raw('<p style="text-align: right;"><strong>Văn phòng nhà trường</strong></p>'),
    ],
    authors=["Văn phòng nhà trường"],
    opts={"when": "2026-10-12 09:05", "cats": ["su-kien"], "acct": "admin"},
)

G4 = Story(
    id=1641,
    slug="hoc-sinh-khoi-9-trai-nghiem-huong-nghiep-tai-truong-cao-dang-ky-thuat-dak-lak",
    title="Học sinh khối 9 trải nghiệm hướng nghiệp tại Trường Cao đẳng Kỹ thuật Đắk Lắk",
    cat="su-kien",
    published_at="2026-10-24T17:10:00+07:00",
    blocks=[
        Img(f"{U}/2026/10/trai-nghiem-huong-nghiep-k9.jpg", style="feat"),
        P(
            "Ngày 23/10/2026, gần 280 học sinh khối 9 của Trường THCS Nguyễn Du đã có buổi trải "
            "nghiệm thực tế, tìm hiểu ngành nghề tại Trường Cao đẳng Kỹ thuật Đắk Lắk.",
            "lead",
        ),
        P(
            "Hoạt động nằm trong kế hoạch giáo dục hướng nghiệp và phân luồng học sinh sau trung học "
            "cơ sở của nhà trường, giúp các em có thêm thông tin thực tế trước khi lựa chọn con "
            "đường học tiếp lên trung học phổ thông hay theo học các trường nghề."
        ),
        Img(
            f"{U}/2026/10/xuong-co-khi.jpg",
            "(Học sinh tìm hiểu quy trình vận hành máy tiện tại xưởng Cơ khí)",
            "Học sinh tìm hiểu quy trình vận hành máy tiện tại xưởng Cơ khí",
            style="caption",
        ),
        P(
            "Tại đây, các em được tham quan các xưởng thực hành của khoa Cơ khí, Điện – Điện tử, "
            "Công nghệ ô tô và Công nghệ thông tin; trực tiếp quan sát các anh chị sinh viên thực "
            "hành hàn, lắp ráp mạch điện, bảo dưỡng động cơ."
        ),
        P(
            "Nhiều học sinh tỏ ra hứng thú khi được thử lắp đặt một mạch đèn cầu thang đơn giản dưới "
            "sự hướng dẫn của giảng viên. Em Y Nhi Êban, học sinh lớp 9A5 chia sẻ: “Trước đây em "
            "chưa hình dung được học nghề là như thế nào. Sau buổi hôm nay, em thấy nghề điện công "
            "nghiệp rất phù hợp với mình”."
        ),
        Img(
            f"{U}/2026/10/tu-van-tuyen-sinh.jpg",
            "Cán bộ tuyển sinh giải đáp thắc mắc của học sinh",
            "Cán bộ tuyển sinh giải đáp thắc mắc của học sinh",
            style="em",
        ),
        P(
            "Cuối buổi trải nghiệm, cán bộ phòng Đào tạo của nhà trường đã giới thiệu chính sách "
            "miễn học phí, hỗ trợ chỗ ở trong ký túc xá đối với học sinh tốt nghiệp THCS theo học "
            "chương trình trung cấp kết hợp học văn hóa."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{B}/2026/10/'
            'hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027.html">Hội nghị cha mẹ học sinh đầu '
            "năm học 2026 &#8211; 2027</a></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Tư vấn học đường</strong></p>'),
    ],
    authors=["Tổ Tư vấn học đường"],
    summary=(
        "Ngày 23/10/2026, gần 280 học sinh khối 9 của Trường THCS Nguyễn Du đã có buổi trải "
        "nghiệm thực tế, tìm hiểu ngành nghề tại Trường Cao đẳng Kỹ thuật Đắk Lắk."
    ),
    opts={"when": "2026-10-24 17:10", "cats": ["su-kien"], "acct": "admin"},
)

G5 = Story(
    id=1675,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-18-tiet-day",
    title="Hội thi giáo viên dạy giỏi cấp trường: 18 tiết dạy, nhiều đổi mới trong phương pháp",
    cat="chuyen-mon",
    published_at="2026-11-12T20:45:00+07:00",
    blocks=[
        P(
            "Từ ngày 02/11 đến ngày 11/11/2026, Trường THCS Nguyễn Du tổ chức Hội thi giáo viên dạy "
            "giỏi cấp trường năm học 2026 – 2027. Đây là hoạt động chuyên môn trọng tâm của học kì "
            "I, đồng thời là bước tuyển chọn giáo viên tham dự hội thi cấp thành phố."
        ),
        P(
            "Hội thi có 18 giáo viên thuộc 5 tổ chuyên môn đăng ký tham gia, mỗi giáo viên thực hiện "
            "một tiết dạy thực hành trên lớp và trình bày biện pháp nâng cao chất lượng giảng dạy "
            "trước Ban giám khảo."
        ),
        P("Nhiều tiết dạy vận dụng công nghệ số", "h3"),
        P(
            "Điểm nổi bật của hội thi năm nay là nhiều giáo viên đã mạnh dạn ứng dụng công nghệ "
            "thông tin và các nền tảng học tập trực tuyến vào bài dạy. Cô Đoàn Thị Mỹ Linh, tổ "
            "Tiếng Anh sử dụng phần mềm tương tác để học sinh trả lời câu hỏi ngay trên thiết bị "
            "của nhóm; thầy Nguyễn Đình Khoa, tổ Toán – Tin hướng dẫn học sinh dùng phần mềm "
            "GeoGebra khám phá tính chất đường trung tuyến trong tam giác."
        ),
        Img(
            f"{U}/2026/11/gvdg-tiet-day-toan.jpg",
            "(Tiết dạy Toán 7 của thầy Nguyễn Đình Khoa)",
            "Tiết dạy Toán 7 của thầy Nguyễn Đình Khoa",
            style="caption",
        ),
        # --- <!--nextpage--> ---
        P("Chú trọng phát triển phẩm chất, năng lực học sinh", "h3"),
        P(
            "Các tiết dạy đều được thiết kế theo hướng tổ chức hoạt động học cho học sinh, giáo viên "
            "đóng vai trò hướng dẫn, gợi mở. Học sinh được làm việc nhóm, thảo luận, tự rút ra kiến "
            "thức và vận dụng vào tình huống thực tiễn."
        ),
        Img(
            f"{U}/2026/11/gvdg-tiet-day-tieng-anh.jpg",
            "(Học sinh lớp 6A1 trong tiết dạy Tiếng Anh của cô Đoàn Thị Mỹ Linh)",
            "Học sinh lớp 6A1 trong tiết dạy Tiếng Anh của cô Đoàn Thị Mỹ Linh",
            style="caption",
        ),
        P(
            "Tuy nhiên, Ban giám khảo cũng chỉ ra một số hạn chế như phân bố thời gian giữa các hoạt "
            "động chưa hợp lí, phần củng cố ở một số tiết còn vội, việc đánh giá học sinh trong giờ "
            "học chưa đa dạng."
        ),
        P(
            "Kết quả, có 15/18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; 4 giáo viên có "
            "kết quả cao nhất được chọn tham dự Hội thi giáo viên dạy giỏi cấp thành phố dự kiến tổ "
            "chức vào tháng 01/2027."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Lê Thị Kim Oanh &#8211; Phó Hiệu trưởng'
            "</strong></p>"
        ),
    ],
    authors=["Lê Thị Kim Oanh"],
    opts={
        "when": "2026-11-12 20:45",
        "cats": ["chuyen-mon"],
        "acct": "admin",
        "tags": ["giao-vien-day-gioi"],
        "split": 5,
    },
)

G6 = Story(
    id=1662,
    slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-7",
    title="Chuyên đề dạy học STEM môn Khoa học tự nhiên 7: “Chế tạo bình lọc nước đơn giản”",
    cat="chuyen-mon",
    published_at="2026-10-30T14:25:00+07:00",
    blocks=[
        P(
            "Chiều 29/10/2026, tổ Khoa học tự nhiên Trường THCS Nguyễn Du tổ chức chuyên đề dạy học "
            "theo định hướng giáo dục STEM với bài học “Chế tạo bình lọc nước đơn giản” tại lớp "
            "7A4.",
            "lead",
        ),
        P(
            "Bài học do cô Nguyễn Thị Hoài Thương thiết kế và thực hiện, gắn với nội dung về chất "
            "tinh khiết, hỗn hợp và phương pháp tách chất trong chương trình Khoa học tự nhiên. "
            "Chuyên đề thu hút sự tham dự của toàn bộ giáo viên trong tổ và đại diện một số trường "
            "THCS trên địa bàn thành phố."
        ),
        P("Tiết học được tổ chức theo quy trình 5 bước của bài học STEM:"),
        P("Xác định vấn đề: nguồn nước sinh hoạt ở một số buôn làng còn nhiễm bẩn;", "li"),
        P("Nghiên cứu kiến thức nền về các vật liệu lọc như sỏi, cát, than hoạt tính, bông;", "li"),
        P("Đề xuất và lựa chọn giải pháp thiết kế bình lọc;", "li"),
        P("Chế tạo mẫu, thử nghiệm và đánh giá;", "li"),
        P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "li"),
        Img(
            f"{U}/2026/10/stem-binh-loc-nuoc.jpg",
            "Các nhóm học sinh lớp 7A4 thử nghiệm bình lọc nước do nhóm tự chế tạo",
            "Các nhóm học sinh lớp 7A4 thử nghiệm bình lọc nước do nhóm tự chế tạo",
            style="caption",
        ),
        P(
            "Từ những vật liệu dễ tìm như chai nhựa, sỏi, cát, than củi, các nhóm đã hoàn thành bình "
            "lọc và so sánh độ trong của nước trước và sau khi lọc. Nhóm 3 còn bổ sung một lớp vải "
            "mỏng để hạn chế cát trôi xuống, được giáo viên và các bạn đánh giá cao."
        ),
        P(
            "Trong phần góp ý, các thầy cô thống nhất rằng dạy học STEM giúp học sinh hứng thú, phát "
            "triển năng lực hợp tác và giải quyết vấn đề; đồng thời đề nghị tiếp tục xây dựng thêm "
            "các chủ đề STEM liên môn trong học kì II."
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Khoa học tự nhiên</strong></p>'),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    summary=(
        "Chiều 29/10/2026, tổ Khoa học tự nhiên Trường THCS Nguyễn Du tổ chức chuyên đề dạy học "
        "theo định hướng giáo dục STEM với bài học “Chế tạo bình lọc nước đơn giản” tại lớp 7A4."
    ),
    opts={
        "when": "2026-10-30 14:25",
        "cats": ["chuyen-mon"],
        "acct": "bbt_nguyendu",
        "tags": ["stem"],
    },
)

G7 = Story(
    id=1760,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-8",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn 8",
    cat="chuyen-mon",
    published_at="2026-12-02T15:50:00+07:00",
    blocks=[
        Raw(
            '<p class="post-modified-info">Cập nhật lần cuối vào 04/12/2026 lúc 10:02 bởi '
            '<a href="{B}/author/admin/" target="_blank" class="last-modified-author">admin</a></p>'
        ),
        P(
            "Nhằm đổi mới hình thức sinh hoạt tổ chuyên môn, chiều 01/12/2026, tổ Ngữ văn – Giáo "
            "dục công dân Trường THCS Nguyễn Du tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học với văn bản “Chiếc lá cuối cùng” của nhà văn O. Henry.",
            "lead",
        ),
        P("Thiết kế bài học tập thể", "h3"),
        P(
            "Trước buổi dạy minh họa, các thành viên trong tổ đã cùng nhau nghiên cứu, thống nhất "
            "mục tiêu và thiết kế chi tiết các hoạt động học. Cô Huỳnh Thị Bích Ngọc được phân công "
            "dạy minh họa tại lớp 8A2."
        ),
        P("Dự giờ, quan sát người học", "h3"),
        P(
            "Khác với dự giờ truyền thống, người dự chọn vị trí gần các nhóm học sinh để quan sát "
            "cách các em tiếp nhận nhiệm vụ, trao đổi và ghi chép. Mỗi giáo viên quan sát một nhóm "
            "và ghi lại những biểu hiện cụ thể: em nào tích cực, em nào còn lúng túng, thời điểm nào "
            "học sinh thực sự hiểu bài."
        ),
        Img(
            f"{U}/2026/12/nghien-cuu-bai-hoc-ngu-van-8.jpg",
            "(Giáo viên quan sát nhóm học sinh lớp 8A2 trong giờ học)",
            "Giáo viên quan sát nhóm học sinh lớp 8A2 trong giờ học",
            style="caption",
        ),
        P(
            "Tiết học diễn ra nhẹ nhàng; học sinh được đọc phân vai, thảo luận về chi tiết chiếc lá "
            "cuối cùng và chia sẻ suy nghĩ về tình yêu thương, sự hi sinh thầm lặng của cụ Bơ-men."
        ),
        P("Suy ngẫm, chia sẻ sau giờ dạy", "h3"),
        P(
            "Ở phần chia sẻ, các thầy cô tập trung phân tích những khó khăn của học sinh: một số em "
            "chưa biết cách tìm chi tiết trong văn bản để làm dẫn chứng; câu hỏi thảo luận số 3 còn "
            "rộng, khiến nhóm học sinh yếu mất nhiều thời gian."
        ),
        P(
            "Từ đó, tổ thống nhất điều chỉnh câu hỏi thành các bậc nhỏ hơn, bổ sung phiếu học tập có "
            "gợi ý và sẽ tiếp tục dạy minh họa lần hai tại lớp 8A6 vào tuần sau."
        ),
        Raw('<p style="text-align: right;"><strong><em>Tổ Ngữ văn &#8211; GDCD</em></strong></p>'),
    ],
    authors=["Tổ Ngữ văn – GDCD"],
    summary=(
        "Nhằm đổi mới hình thức sinh hoạt tổ chuyên môn, chiều 01/12/2026, tổ Ngữ văn – Giáo dục "
        "công dân Trường THCS Nguyễn Du tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học "
        "với văn bản “Chiếc lá cuối cùng” của nhà văn O. Henry."
    ),
    opts={
        "when": "2026-12-02 15:50",
        "cats": ["chuyen-mon"],
        "acct": "admin",
        "toc": True,
        "nfd": True,
        "modified": "2026-12-04 10:02",
    },
)

G8 = Story(
    id=1771,
    slug="27-hoc-sinh-dat-giai-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
    title=(
        "Trường THCS Nguyễn Du có 27 học sinh đạt giải kỳ thi chọn học sinh giỏi lớp 9 cấp "
        "thành phố"
    ),
    cat="chuyen-mon",
    published_at="2026-12-04T10:15:00+07:00",
    blocks=[
        Img(f"{U}/2026/12/hsg-lop9-2026.jpg", style="feat"),
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 – 2027 vừa khép lại, đội "
            "tuyển Trường THCS Nguyễn Du giành 27 giải, trong đó có 3 giải Nhất, 7 giải Nhì, 9 giải "
            "Ba và 8 giải Khuyến khích.",
            "lead",
        ),
        P(
            "Kỳ thi do Phòng Giáo dục và Đào tạo thành phố Buôn Ma Thuột tổ chức trong hai ngày 26 "
            "và 27/11/2026 với 9 môn thi, thu hút gần 900 thí sinh của các trường THCS trên địa bàn "
            "tham dự."
        ),
        P("Kết quả cụ thể theo từng môn như sau:"),
        P("Môn thi | Nhất | Nhì | Ba | KK", "hrow"),
        P("Toán | 1 | 2 | 1 | 1", "row"),
        P("Ngữ văn | 0 | 1 | 2 | 2", "row"),
        P("Tiếng Anh | 2 | 1 | 2 | 0", "row"),
        P("Khoa học tự nhiên | 0 | 2 | 2 | 3", "row"),
        P("Lịch sử và Địa lí | 0 | 1 | 2 | 2", "row"),
        P(
            "Đáng chú ý, em Lê Hoàng Minh Khang (lớp 9A1) đạt giải Nhất môn Toán với số điểm "
            "18,5/20, là điểm cao nhất của môn này trong toàn thành phố."
        ),
        P(
            "Thành tích trên là kết quả của quá trình bồi dưỡng công phu, bền bỉ của các thầy cô "
            "giáo trong đội tuyển cùng sự nỗ lực không ngừng của các em học sinh. Các học sinh đạt "
            "giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi cấp tỉnh vào tháng 3/2027."
        ),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    summary=(
        "Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 – 2027 vừa khép lại, đội "
        "tuyển Trường THCS Nguyễn Du giành 27 giải, trong đó có 3 giải Nhất, 7 giải Nhì, 9 giải "
        "Ba và 8 giải Khuyến khích."
    ),
    opts={
        "when": "2026-12-04 10:15",
        "cats": ["chuyen-mon"],
        "acct": "bbt_nguyendu",
        "tags": ["hoc-sinh-gioi"],
        "meta_desc": "Kết quả kỳ thi học sinh giỏi lớp 9 cấp thành phố năm học 2026 – 2027.",
    },
)

G9 = Story(
    id=1609,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon",
    cat="doi-thieu-nien",
    published_at="2026-10-16T16:40:00+07:00",
    blocks=[
        P(
            "Hưởng ứng phong trào “Chung tay vì môi trường xanh”, sáng 15/10/2026, Liên đội Trường "
            "THCS Nguyễn Du tổ chức lễ phát động phong trào “Kế hoạch nhỏ” năm học 2026 – 2027.",
            "mso",
        ),
        P(
            "Theo kế hoạch, mỗi chi đội thu gom tối thiểu 50 kg giấy vụn và 5 kg vỏ lon, chai nhựa "
            "trong học kì I. Số tiền thu được sẽ dùng để mua sách vở, đồ dùng học tập tặng các bạn "
            "học sinh có hoàn cảnh khó khăn và góp vào quỹ “Áo ấm cho em” của Liên đội.",
            "mso",
        ),
        P("Ban chỉ huy Liên đội cũng đưa ra một số lưu ý khi tham gia phong trào:", "mso"),
        P("Giấy vụn phải được phân loại, buộc gọn, không lẫn túi ni lông;", "wli"),
        P("Vỏ lon được rửa sạch, đập dẹt để tiết kiệm chỗ chứa;", "wli"),
        P("Tuyệt đối không thu gom sách giáo khoa đang sử dụng.", "wli"),
        P(
            "Ngay sau lễ phát động, các chi đội đã nộp về Liên đội hơn 1,2 tấn giấy vụn. Chi đội "
            "6A3, 7A1 và 9A4 là những đơn vị có khối lượng giấy thu gom nhiều nhất.",
            "mso",
        ),
        Img(
            f"{U}/2026/10/ke-hoach-nho-2026.jpg",
            "(Các chi đội nộp giấy vụn về Liên đội)",
            "Các chi đội nộp giấy vụn về Liên đội",
            style="caption",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align: right;" align="right"><b><span lang="VI" '
            'style="font-size: 14.0pt;">Võ Thị Ngọc Ánh (TPT Đội)<o:p></o:p></span></b></p>'
        ),
    ],
    authors=["Võ Thị Ngọc Ánh"],
    opts={
        "when": "2026-10-16 16:40",
        "cats": ["doi-thieu-nien"],
        "acct": "admin",
        "tags": ["lien-doi"],
    },
)

G10 = Story(
    id=1569,
    slug="dai-hoi-lien-doi-truong-thcs-nguyen-du-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Nguyễn Du nhiệm kỳ 2026 – 2027",
    cat="doi-thieu-nien",
    published_at="2026-10-08T15:20:00+07:00",
    blocks=[
        P(
            "Chiều 07/10/2026, Liên đội Trường THCS Nguyễn Du long trọng tổ chức Đại hội Liên đội "
            "nhiệm kỳ 2026 – 2027 với sự tham dự của 84 đại biểu là chỉ huy các chi đội và đội viên "
            "tiêu biểu."
        ),
        P(
            "Đại hội vinh dự đón tiếp chị Hà Thị Thu Trang, Phó Chủ tịch Hội đồng Đội thành phố Buôn "
            "Ma Thuột cùng Ban giám hiệu, Chi đoàn giáo viên nhà trường."
        ),
        P(
            "Báo cáo tổng kết nhiệm kỳ 2025 – 2026 cho thấy Liên đội đã hoàn thành xuất sắc các chỉ "
            "tiêu: 100% đội viên được học tập và thực hiện tốt 5 điều Bác Hồ dạy; phong trào “Kế "
            "hoạch nhỏ” thu được hơn 4 tấn giấy vụn; Liên đội được Hội đồng Đội tỉnh tặng Bằng "
            "khen."
        ),
        P("Phương hướng nhiệm kỳ mới tập trung vào ba nội dung chính:"),
        P("– Rèn luyện đội viên chăm ngoan, học tốt, thực hiện tốt an toàn giao thông;"),
        P("– Đẩy mạnh các hoạt động trải nghiệm, câu lạc bộ năng khiếu;", "br"),
        P("– Tiếp tục thực hiện các công trình măng non, phần việc thiếu nhi.", "br"),
        P(
            "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 bạn; em Trần Ngọc Bảo "
            "Hân, lớp 9A1 được bầu làm Liên đội trưởng."
        ),
        Img(
            f"{U}/2026/10/dai-hoi-lien-doi.jpg",
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            style="em",
        ),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: Hội đồng Đội thành phố Buôn Ma Thuột</em></p>'
        ),
    ],
    source="Hội đồng Đội thành phố Buôn Ma Thuột",
    opts={
        "when": "2026-10-08 15:20",
        "cats": ["doi-thieu-nien"],
        "acct": "admin",
        "tags": ["lien-doi"],
    },
)

G11 = Story(
    id=1745,
    slug="lien-doi-trao-85-suat-qua-ao-am-cho-em",
    title="Liên đội trao 85 suất quà “Áo ấm cho em” tới học sinh có hoàn cảnh khó khăn",
    cat="doi-thieu-nien",
    published_at="2026-11-28T06:15:00+07:00",
    blocks=[
        Img(f"{U}/2026/11/ao-am-cho-em-2026.jpg", style="feat"),
        P(
            "Sáng 27/11/2026, Liên đội Trường THCS Nguyễn Du phối hợp với Ban đại diện cha mẹ học "
            "sinh tổ chức chương trình “Áo ấm cho em”, trao 85 suất quà cho học sinh có hoàn cảnh "
            "khó khăn của trường và Trường THCS Ea Kao.",
            "lead",
        ),
        P(
            "Mỗi suất quà gồm một áo khoác ấm, 10 quyển vở và 200.000 đồng tiền mặt, tổng trị giá "
            "hơn 42 triệu đồng. Kinh phí được trích từ phong trào “Kế hoạch nhỏ”, quỹ Liên đội và "
            "sự đóng góp của các nhà hảo tâm, phụ huynh học sinh."
        ),
        Img(
            f"{U}/2026/11/trao-qua-ea-kao.jpg",
            "(Đại diện Liên đội trao quà cho học sinh Trường THCS Ea Kao)",
            "Đại diện Liên đội trao quà cho học sinh Trường THCS Ea Kao",
            style="caption",
        ),
        P(
            "Thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường cho biết, chương trình được duy trì liên "
            "tục trong 6 năm qua, không chỉ giúp các em có thêm hành trang trong những ngày gió lạnh "
            "cuối năm trên cao nguyên mà còn giáo dục cho đội viên tinh thần “lá lành đùm lá rách”."
        ),
        P(
            "Xúc động nhận món quà, em H’Linh Niê, học sinh lớp 7A6 bày tỏ: “Em cảm ơn các thầy cô "
            "và các bạn. Em sẽ cố gắng học thật tốt”."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hồ Minh Trí</strong></p>'),
    ],
    authors=["Hồ Minh Trí"],
    photographers=["Hồ Minh Trí"],
    summary=(
        "Sáng 27/11/2026, Liên đội Trường THCS Nguyễn Du phối hợp với Ban đại diện cha mẹ học "
        "sinh tổ chức chương trình “Áo ấm cho em”, trao 85 suất quà cho học sinh có hoàn cảnh khó "
        "khăn của trường và Trường THCS Ea Kao."
    ),
    opts={
        "when": "2026-11-28 06:15",
        "cats": ["doi-thieu-nien"],
        "acct": "bbt_nguyendu",
        "tags": ["lien-doi"],
        "comments": [
            (
                61,
                "Cô Mai – GVCN 7A6",
                "2026-11-28 19:03",
                "Cảm ơn Liên đội và quý phụ huynh đã chung tay. Các em lớp 7A6 rất vui và xúc "
                "động.",
            ),
        ],
    },
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND THÀNH PHỐ BUÔN MA '
    "THUỘT<br /><strong>TRƯỜNG THCS NGUYỄN DU</strong><br />Số: 215/TB-THCSND</td>"
    '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI '
    "CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u>"
    "</strong><br /><em>Buôn Ma Thuột, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức '
    "kiểm tra cuối học kì I năm học 2026 &#8211; 2027</strong></p>"
)
_CLOSING = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />- Lưu: VT.</td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG'
    "</strong><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thành</strong></td>"
    "</tr></tbody></table>"
)

G12 = Story(
    id=1752,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 112/KH-THCSND ngày 05/10/2026 của Trường THCS Nguyễn Du về thực hiện "
            "nhiệm vụ năm học 2026 – 2027;"
        ),
        P("Căn cứ tiến độ thực hiện chương trình các môn học đến tuần 14,"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027 như sau:"),
        P("1. Các môn kiểm tra tập trung", "b"),
        P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "hrow"),
        P("Thứ Hai, 21/12/2026 | Ngữ văn | Ngữ văn", "row"),
        P("Thứ Ba, 22/12/2026 | Toán | Toán", "row"),
        P("Thứ Tư, 23/12/2026 | Tiếng Anh | Khoa học tự nhiên", "row"),
        P("Thứ Năm, 24/12/2026 | Khoa học tự nhiên | Tiếng Anh", "row"),
        P("2. Các môn kiểm tra tại lớp", "b"),
        P(
            "Các môn Lịch sử và Địa lí, Giáo dục công dân, Công nghệ, Tin học kiểm tra theo thời "
            "khóa biểu tại lớp trong tuần 15 (từ 14/12 đến 19/12/2026). Các môn đánh giá bằng nhận "
            "xét hoàn thành trước ngày 19/12/2026."
        ),
        P("3. Tổ chức thực hiện", "b"),
        P(
            "Các tổ chuyên môn hoàn thành ma trận, đề kiểm tra và hướng dẫn chấm, nộp về Phó Hiệu "
            "trưởng phụ trách chuyên môn trước ngày 12/12/2026. Giáo viên chủ nhiệm thông báo lịch "
            "kiểm tra đến học sinh và cha mẹ học sinh."
        ),
        P("Đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Văn Thành"],
    opts={"when": "2026-12-01 07:30", "cats": ["thong-bao"], "acct": "admin"},
)

G13 = Story(
    id=1766,
    slug="tuyen-thanh-vien-clb-tieng-anh-va-clb-co-vua-hoc-ki-ii",
    title="📢 Tuyển thành viên Câu lạc bộ Tiếng Anh và Câu lạc bộ Cờ vua học kì II",
    cat="thong-bao",
    published_at="2026-12-03T06:40:00+07:00",
    blocks=[
        P(
            "Nhằm tạo sân chơi bổ ích, phát triển năng khiếu cho học sinh, nhà trường thông báo "
            "tuyển thành viên mới cho Câu lạc bộ Tiếng Anh “Nguyen Du English Club” và Câu lạc bộ "
            "Cờ vua trong học kì II năm học 2026 – 2027."
        ),
        P(
            "Đối tượng: học sinh từ lớp 6 đến lớp 8 yêu thích tiếng Anh, cờ vua; không phân biệt "
            "trình độ.",
            "fb✅",
        ),
        P(
            "Thời gian sinh hoạt: chiều thứ Tư và thứ Sáu hằng tuần, từ 16h30 đến 17h30.",
            "fb✅",
        ),
        P("Địa điểm: phòng Đa năng (tầng 2, dãy nhà B).", "fb✅"),
        P(
            "👉 Đăng ký trực tiếp với giáo viên chủ nhiệm hoặc quét mã QR trên poster trước ngày "
            "20/12/2026."
        ),
        Img(f"{U}/2026/12/poster-clb-hk2.png", style="plain"),
        P(
            "Mọi thắc mắc xin liên hệ thầy Đặng Hữu Phước, phụ trách câu lạc bộ, điện thoại "
            "0905 318 246."
        ),
        P("Rất mong nhận được sự hưởng ứng của các em học sinh! 🎉"),
    ],
    opts={"when": "2026-12-03 06:40", "cats": ["thong-bao"], "acct": "bbt_nguyendu"},
)

# --- posts that are not articles -------------------------------------------------------------

N_PROTECTED = Story(
    id=1739,
    slug="ket-qua-khao-sat-y-kien-cha-me-hoc-sinh-ve-chat-luong-ban-tru",
    title="Được bảo vệ: Kết quả khảo sát ý kiến cha mẹ học sinh về chất lượng bán trú",
    cat="su-kien",
    published_at=None,
    blocks=[],
    opts={"when": "2026-11-26 10:00", "cats": ["su-kien"], "acct": "admin", "kind": "protected"},
)
N_VIDEO = Story(
    id=1712,
    slug="video-tiet-muc-mua-cua-chi-doi-6a2-chao-mung-20-11",
    title="Video: Tiết mục múa “Bụi phấn” của Chi đội 6A2 chào mừng 20/11",
    cat="su-kien",
    published_at=None,
    blocks=[],
    opts={
        "when": "2026-11-21 08:00",
        "cats": ["su-kien"],
        "acct": "bbt_nguyendu",
        "kind": "video",
    },
)
N_DOC = Story(
    id=1551,
    slug="ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
    title="Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
    cat="van-ban",
    published_at=None,
    blocks=[],
    opts={
        "when": "2026-10-05 10:00",
        "cats": ["van-ban"],
        "acct": "admin",
        "kind": "doc",
        "sticky": True,
    },
)

GOLD_STORIES = [G1, G2, G3, G4, G5, G6, G7, G8, G9, G10, G11, G12, G13]
POSTS: list[Story] = sorted(
    [*GOLD_STORIES, N_PROTECTED, N_VIDEO, N_DOC], key=lambda s: s.opts["when"], reverse=True
)
BY_ID = {s.id: s for s in POSTS}

# --- text as WordPress prints it --------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "’": "&#8217;", "…": "&#8230;"}


def _refs(value: str) -> str:
    """wptexturize's entities and utf8mb3's emoji references (wp_encode_emoji)."""
    out = []
    for ch in value:
        if ch in _TEXTURIZE:
            out.append(_TEXTURIZE[ch])
        elif ord(ch) > 0xFFFF:
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def wpt(value: str, nfd: bool = False) -> str:
    """Escaped, texturized text; ``nfd`` for the post typed in decomposed Unicode."""
    s = _refs(_html.escape(value, quote=False))
    return unicodedata.normalize("NFD", s) if nfd else s


def wattr(value: str) -> str:
    return _refs(esc(value))


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def utc_iso(when: str) -> str:
    return (_dt(when) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def vn_short(when: str) -> str:
    """The theme's date: get_the_date('M') get_the_date('j'), get_the_date('Y')."""
    d = _dt(when)
    return f"Th{d.month} {d.day}, {d.year}"


_MONTHS = [
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
]


def vn_long(when: str) -> str:
    d = _dt(when)
    return f"{d.day} Tháng {_MONTHS[d.month - 1]}, {d.year} lúc {d:%H:%M}"


def rfc822(when: str) -> str:
    d = _dt(when) - timedelta(hours=7)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {months[d.month - 1]} {d:%Y %H:%M:%S} +0000"


def post_path(story: Story) -> str:
    d = _dt(story.opts["when"])
    return f"/{d:%Y}/{d:%m}/{story.slug}.html"


def month_path(story: Story) -> str:
    d = _dt(story.opts["when"])
    return f"/{d:%Y}/{d:%m}/"


def _ascii_anchor(value: str) -> str:
    s = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")


def _kind(story: Story) -> str:
    return story.opts.get("kind", "post")


# --- images ---------------------------------------------------------------------------------

_PLACEHOLDER = (
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'"
    "%3E%3C/svg%3E"
)


def _lazy_img(b: str, src: str, cls: str, w: int = 800, h: int = 533) -> str:
    """WP Rocket's rewrite: placeholder src, the file in data-lazy-*, a noscript copy."""
    stem, ext = src.rsplit(".", 1)
    full = b + src
    srcset = f"{full} {w}w, {b}{stem}-300x200.{ext} 300w, {b}{stem}-768x512.{ext} 768w"
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    ph = _PLACEHOLDER.format(w=w, h=h)
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{ph}" class="{cls}" alt="" '
        f'data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" data-lazy-src="{full}" />'
        f'<noscript><img decoding="async" width="{w}" height="{h}" src="{full}" class="{cls}" '
        f'alt="" srcset="{srcset}" sizes="{sizes}" /></noscript>'
    )


def _content_img(img: Img, b: str, aid: int, nfd: bool) -> str:
    if img.style == "caption":
        return (
            f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: 800px" class="wp-caption aligncenter">'
            f"{_lazy_img(b, img.src, f'wp-image-{aid} size-full')}"
            f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
            f"{wpt(img.printed or '', nfd)}</figcaption></figure>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">'
            f"{_lazy_img(b, img.src, f'aligncenter size-large wp-image-{aid}')}</p>\n"
            f'<p style="text-align: center;"><em>{wpt(img.printed or "", nfd)}</em></p>'
        )
    return f"<p>{_lazy_img(b, img.src, f'aligncenter size-full wp-image-{aid}')}</p>"


def _featured(story: Story) -> Img | None:
    return next((x for x in story.images if x.style == "feat"), None)


def _thumb(story: Story) -> str | None:
    img = _featured(story) or (story.images[0] if story.images else None)
    if img is None:
        return None
    stem, ext = img.src.rsplit(".", 1)
    return f"{stem}-300x200.{ext}"


# --- the text ---------------------------------------------------------------------------------

_MSO_SPAN = "font-size: 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;"


def _toc(story: Story, blocks: list) -> str:
    items = []
    for n, blk in enumerate((x for x in blocks if isinstance(x, P) and x.style == "h3"), 1):
        anchor = _ascii_anchor(blk.text)
        items.append(
            f"<li class='ez-toc-page-1 ez-toc-heading-level-3'><a class=\"ez-toc-link "
            f'ez-toc-heading-{n}" href="#{anchor}" title="{wattr(blk.text)}">'
            f"{wpt(blk.text, story.opts.get('nfd', False))}</a></li>"
        )
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy ez-toc-counter '
        'ez-toc-grey ez-toc-container-direction">\n<div class="ez-toc-title-container">\n'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p>\n'
        '<span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn '
        'ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Ẩn/hiện mục lục">'
        '<span class="ez-toc-js-icon-con">[Ẩn]</span></a></span></div>\n'
        "<nav><ul class='ez-toc-list ez-toc-list-level-1 ' >" + "".join(items) + "</ul></nav></div>"
    )


def render_text(story: Story, blocks: list, b: str) -> str:
    """the_content of one page of the post: Classic Editor markup after wpautop and plugins."""
    nfd = story.opts.get("nfd", False)
    out: list[str] = []
    toc_done = not story.opts.get("toc")
    mso_seen = 0
    i = 0
    while i < len(blocks):
        blk = blocks[i]
        aid = story.id * 10 + i
        if isinstance(blk, Raw):
            out.append(blk.html.replace("{B}", b))
            i += 1
            continue
        if isinstance(blk, Img):
            if blk.style != "feat":
                out.append(_content_img(blk, b, aid, nfd))
            i += 1
            continue
        st = blk.style
        t = wpt(blk.text, nfd)
        if st in ("li", "oli"):
            tag = "ul" if st == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li>{wpt(blocks[i].text, nfd)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if st in ("row", "hrow"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "hrow"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "hrow":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{wpt(c, nfd)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{wpt(c, nfd)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        i += 1
        if st == "h3":
            if not toc_done:
                out.append(_toc(story, blocks))
                toc_done = True
            if story.opts.get("toc"):
                anchor = _ascii_anchor(blk.text)
                out.append(
                    f'<h3><span class="ez-toc-section" id="{anchor}" ez-toc-data-id="#{anchor}">'
                    f'</span>{t}<span class="ez-toc-section-end"></span></h3>'
                )
            else:
                out.append(f"<h3><strong>{t}</strong></h3>")
            continue
        if st in ("lead", "b"):
            out.append(f"<p><strong>{t}</strong></p>")
            continue
        if st == "mso":
            mso_seen += 1
            t = t.replace(". ", ".&nbsp; ")
            out.append(
                '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; '
                f'text-indent: 36.0pt; line-height: 150%;"><span lang="VI" style="{_MSO_SPAN}">'
                f"{t}<o:p></o:p></span></p>"
            )
            if mso_seen % 2 == 0:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        if st == "wli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-indent: '
                '-18.0pt; line-height: 150%; mso-list: l0 level1 lfo1;"><span lang="VI" '
                f'style="{_MSO_SPAN}"><span style="mso-list: Ignore;">-<span style="font: 7.0pt '
                "'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
                f'</span></span><span lang="VI" style="{_MSO_SPAN}">{t}<o:p></o:p></span></p>'
            )
            continue
        if st.startswith("fb"):
            emoji = st[2:]
            out.append(
                '<p><span class="x193iq5w xeuugli"><img class="xz74otr" height="16" width="16" '
                f'alt="{emoji}" referrerpolicy="origin-when-cross-origin" '
                f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t33/1/16/{ord(emoji):x}.png"'
                f" /> {t}</span></p>"
            )
            continue
        # a plain paragraph, with the lines typed after Shift+Enter (<br />) joined in
        lines = [t]
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            lines.append(wpt(blocks[i].text, nfd))
            i += 1
        out.append("<p>" + "<br />\n".join(lines) + "</p>")
    return "\n".join(out)


def _pages_of(story: Story) -> list[list]:
    split = story.opts.get("split")
    if split:
        return [story.blocks[:split], story.blocks[split:]]
    return [story.blocks]


def excerpt(story: Story, words: int = 30) -> str:
    if _kind(story) == "protected":
        return "Không có tóm tắt vì đây là bài viết được bảo vệ."
    if _kind(story) == "video":
        return "Clip: Chi đội 6A2 thực hiện, quay tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11."
    if _kind(story) == "doc":
        return (
            "Trường THCS Nguyễn Du ban hành Kế hoạch số 112/KH-THCSND ngày 05/10/2026 về thực "
            "hiện nhiệm vụ năm học 2026 – 2027"
        )
    texts = [x.text for x in _pages_of(story)[0] if isinstance(x, P)]
    ws = " ".join(texts).split()
    return " ".join(ws[:words])


# --- chrome -----------------------------------------------------------------------------------

_THEME = "/wp-content/themes/newsup"


def _badges(story: Story, b: str) -> str:
    names = sorted(story.opts["cats"], key=lambda c: CATS[c][0])
    return "".join(
        f'<a class="newsup-categories category-color-{CATS[c][1]}" href="{b}/tin-tuc/{c}/" '
        f'alt="Xem tất cả bài viết trong {wattr(CATS[c][0])}">{wpt(CATS[c][0])}</a> '
        for c in names
    )


def _title(story: Story) -> str:
    return wpt(story.title, story.opts.get("nfd", False))


def _stored_title(story: Story) -> str:
    """The title as the database holds it (decomposed for the post typed in NFD)."""
    return unicodedata.normalize("NFD", story.title) if story.opts.get("nfd") else story.title


def _meta_line(story: Story, b: str) -> str:
    acct = story.opts["acct"]
    return (
        f'<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i>'
        f'<a href="{b}{month_path(story)}">{vn_short(story.opts["when"])}</a></span>'
        f'<a class="auth" href="{b}/author/{acct}/"><i class="fas fa-user-circle"></i> '
        f"{ACCOUNTS[acct]}</a></div>"
    )


def _head(b: str, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v23.5 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{title}</title>
{extra}
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="Trường THCS Nguyễn Du &raquo; Dòng thông tin" href="{b}/feed/" />
<link rel='stylesheet' id='bootstrap-css' href='{b}{_THEME}/css/bootstrap.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='{b}{_THEME}/style.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-default-css' href='{b}{_THEME}/css/colors/default.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{b}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<script type="text/javascript" src="{b}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.6.2" />
<style type="text/css">.site-title a, .site-description {{ color: #fff; }} .category-color-1{{background:#e91e63}}.category-color-2{{background:#0085ff}}.category-color-3{{background:#ff6600}}.category-color-4{{background:#2eb82e}}.category-color-5{{background:#8f4cd7}}</style>
<link rel="icon" href="{b}/wp-content/uploads/2024/08/cropped-logo-thcs-nguyen-du-32x32.png" sizes="32x32" />
</head>
"""


def _menu(b: str) -> str:
    def drop(label: str, href: str, items: list[tuple[str, str]], mid: int) -> str:
        sub = "".join(
            f'<li id="menu-item-{mid + n}" class="menu-item menu-item-type-taxonomy '
            f'menu-item-{mid + n}"><a class="dropdown-item" title="{t}" href="{h}">{t}</a></li>'
            for n, (t, h) in enumerate(items, 1)
        )
        return (
            f'<li id="menu-item-{mid}" class="menu-item menu-item-has-children dropdown '
            f'menu-item-{mid}"><a class="nav-link" title="{label}" href="{href}" '
            f'data-toggle="dropdown" class="dropdown-toggle">{label} </a>'
            f'<ul role="menu" class=" dropdown-menu">{sub}</ul></li>'
        )

    return (
        '<ul id="menu-menu-chinh" class="nav navbar-nav mr-auto">'
        f'<li id="menu-item-21" class="menu-item menu-item-home menu-item-21"><a class="nav-link" '
        f'title="Trang chủ" href="{b}/">Trang chủ</a></li>'
        + drop(
            "Giới thiệu",
            f"{b}/gioi-thieu/",
            [("Lịch sử nhà trường", f"{b}/gioi-thieu/"), ("Cơ cấu tổ chức", f"{b}/co-cau-to-chuc/")],
            22,
        )
        + drop(
            "Tin tức",
            f"{b}/tin-tuc/su-kien/",
            [
                ("Tin tức &#8211; Sự kiện", f"{b}/tin-tuc/su-kien/"),
                ("Thông báo", f"{b}/tin-tuc/thong-bao/"),
            ],
            25,
        )
        + f'<li id="menu-item-28" class="menu-item menu-item-28"><a class="nav-link" '
        f'title="Chuyên môn" href="{b}/tin-tuc/chuyen-mon/">Chuyên môn</a></li>'
        f'<li id="menu-item-29" class="menu-item menu-item-29"><a class="nav-link" '
        f'title="Đội TNTP" href="{b}/tin-tuc/doi-thieu-nien/">Đội TNTP</a></li>'
        f'<li id="menu-item-30" class="menu-item menu-item-30"><a class="nav-link" '
        f'title="Văn bản" href="{b}/tin-tuc/van-ban/">Văn bản</a></li>'
        + drop(
            "Thư viện",
            f"{b}/thu-vien-anh/",
            [
                ("Thư viện ảnh", f"{b}/thu-vien-anh/"),
                ("Kênh video", "https://www.youtube.com/@thcsnguyendubmt"),
            ],
            31,
        )
        + f'<li id="menu-item-34" class="menu-item menu-item-34"><a class="nav-link" '
        f'title="Liên hệ" href="{b}/lien-he/">Liên hệ</a></li></ul>'
    )


def _header(b: str) -> str:
    ticker = "".join(
        f'<a href="{b}{post_path(s)}"><span>{_title(s)}</span></a>' for s in POSTS[:6]
    )
    return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="wrapper" id="custom-background-css">
<header class="mg-headwidget">
<div class="clearfix"></div>
<div class="mg-head-detail hidden-xs">
<div class="container-fluid"><div class="row align-items-center">
<div class="col-md-6 col-xs-12"><ul class="info-left"><li><i class="fas fa-clock"></i> {TODAY_LINE} <span class="time"></span></li></ul></div>
<div class="col-md-6 col-xs-12"><ul class="mg-social info-right">
<li><a target="_blank" href="https://www.facebook.com/thcsnguyendubmt"><span class="icon-soci facebook"><i class="fab fa-facebook"></i></span></a></li>
<li><a target="_blank" href="https://www.youtube.com/@thcsnguyendubmt"><span class="icon-soci youtube"><i class="fab fa-youtube"></i></span></a></li>
</ul></div></div></div></div>
<div class="clearfix"></div>
<div class="mg-nav-widget-area-back" style='background-image: url("{b}/wp-content/uploads/2024/08/banner-nguyen-du.jpg" );'>
<div class="overlay"><div class="inner" style="background-color:rgba(32,47,91,0.4);"><div class="container-fluid"><div class="mg-nav-widget-area"><div class="row align-items-center">
<div class="col-md-3 text-center-xs"><div class="navbar-header">
<div class="site-logo"><a href="{b}/" class="navbar-brand" rel="home"><img width="120" height="120" src="{b}/wp-content/uploads/2024/08/logo-thcs-nguyen-du.png" class="custom-logo" alt="Trường THCS Nguyễn Du" decoding="async" /></a></div>
<div class="site-branding-text"><p class="site-title"><a href="{b}/" rel="home">Trường THCS Nguyễn Du</a></p>
<p class="site-description">Thành phố Buôn Ma Thuột &#8211; tỉnh Đắk Lắk</p></div>
</div></div>
<div class="col-md-9"><div class="header-ads"><img src="{b}/wp-content/uploads/2026/08/banner-nam-hoc-2026-2027.png" alt="Chào mừng năm học mới 2026 - 2027" width="728" height="90" /></div></div>
</div></div></div></div></div></div>
<div class="mg-menu-full"><nav class="navbar navbar-expand-lg navbar-wp"><div class="container-fluid">
<div class="m-header align-items-center"><a class="mobilehomebtn" href="{b}/"><span class="fas fa-home"></span></a><button class="navbar-toggler mx-auto" type="button" data-toggle="collapse" data-target="#navbar-wp" aria-label="Mở menu"><i class="fas fa-bars"></i></button></div>
<div class="collapse navbar-collapse" id="navbar-wp">{_menu(b)}</div>
<div class="desk-header pl-3 ml-auto my-2 my-lg-0 position-relative align-items-center"><a class="msearch ml-auto" data-toggle="dropdown" href="#"><i class="fas fa-search"></i></a>
<div class="dropdown-menu searchinner"><form role="search" method="get" id="searchform-top" action="{b}/"><div class="input-group"><input type="search" class="form-control" placeholder="Tìm kiếm" value="" name="s" /><span class="input-group-btn btn-default"><button type="submit" class="btn"><i class="fas fa-search"></i></button></span></div></form></div></div>
</div></nav></div>
</header>
<div class="clearfix"></div>
<section class="mg-latest-news-sec"><div class="container-fluid"><div class="mg-latest-news">
<div class="bn_title"><h2 class="title">Tin nóng<span></span></h2></div>
<div class="mg-latest-news-slider marquee">{ticker}</div>
</div></div></section>
"""


def _recent_comments() -> list[tuple[Story, int, str]]:
    found = []
    for s in POSTS:
        for cid, name, when, _text in s.opts.get("comments", []):
            found.append((when, s, cid, name))
    found.sort(key=lambda x: x[0], reverse=True)
    return [(s, cid, name) for _w, s, cid, name in found]


def _sidebar(b: str) -> str:
    def item(s: Story) -> str:
        return (
            '<div class="mg-posts-sec-post"><div class="mg-sec-top-post">'
            f'<div class="mg-blog-category">{_badges(s, b)}</div>'
            f'<h4 class="title"><a href="{b}{post_path(s)}">{_title(s)}</a></h4>'
            f'<div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> '
            f"{vn_short(s.opts['when'])}</span></div></div></div>"
        )

    public = [s for s in POSTS if _kind(s) != "protected"]
    popular = sorted(public, key=lambda s: s.views(), reverse=True)[:5]
    comments = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">{wpt(name)}</span> trong '
        f'<a href="{b}{post_path(s)}/comment-page-1/#comment-{cid}">{_title(s)}</a></li>'
        for s, cid, name in _recent_comments()
    )
    counts = {c: sum(c in s.opts["cats"] for s in POSTS) for c in CATS}
    cats = "".join(
        f'<li class="cat-item cat-item-{CATS[c][2]}"><a href="{b}/tin-tuc/{c}/">'
        f"{wpt(CATS[c][0])}</a> ({counts[c]})</li>"
        for c in sorted(CATS, key=lambda c: CATS[c][0])
    )
    tag_counts = {t: sum(t in s.opts.get("tags", []) for s in POSTS) for t in TAGS}
    tags = "".join(
        f'<a href="{b}/the/{t}/" class="tag-cloud-link tag-link-{30 + n} tag-link-position-{n}" '
        f'style="font-size: {8 + 6 * (tag_counts[t] - 1)}pt;" aria-label="{TAGS[t]} '
        f'({tag_counts[t]} mục)">{TAGS[t]}</a>\n'
        for n, t in enumerate(TAGS, 1)
    )
    return f"""<aside class="col-md-4 sidebar-sticky">
<div id="sidebar-right" class="mg-sidebar">
<div id="search-2" class="mg-widget widget_search"><form role="search" method="get" id="searchform" action="{b}/"><div class="input-group"><input type="search" class="form-control" placeholder="Tìm kiếm" value="" name="s" /><span class="input-group-btn btn-default"><button type="submit" class="btn"><i class="fas fa-search"></i></button></span></div></form></div>
<div id="newsup_tab_posts-2" class="mg-widget newsup_tabbed_posts_widget">
<div class="mg-wid-title"><h6 class="wtitle">Bài viết xem nhiều</h6></div>
<div class="tabbed-container top-right-area"><div class="tabbed-head"><ul class="nav nav-tabs ta-tabs tab-warpper" role="tablist">
<li class="tab tab-popular active"><a href="#tabbed-2-popular" aria-controls="Xem nhiều" role="tab" data-toggle="tab" class="font-family-1 nav-link active"><i class="fas fa-bolt"></i>Xem nhiều</a></li>
<li class="tab tab-recent"><a href="#tabbed-2-recent" aria-controls="Mới nhất" role="tab" data-toggle="tab" class="font-family-1 nav-link"><i class="far fa-clock"></i>Mới nhất</a></li>
<li class="tab tab-comments"><a href="#tabbed-2-comments" aria-controls="Bình luận" role="tab" data-toggle="tab" class="font-family-1 nav-link"><i class="far fa-comment"></i>Bình luận</a></li>
</ul></div>
<div class="tab-content">
<div id="tabbed-2-popular" role="tabpanel" class="tab-pane active">{"".join(item(s) for s in popular)}</div>
<div id="tabbed-2-recent" role="tabpanel" class="tab-pane">{"".join(item(s) for s in public[:5])}</div>
<div id="tabbed-2-comments" role="tabpanel" class="tab-pane"><ul id="recentcomments">{comments}</ul></div>
</div></div></div>
<div id="categories-2" class="mg-widget widget_categories"><div class="mg-wid-title"><h6 class="wtitle">Chuyên mục</h6></div><ul>{cats}</ul></div>
<div id="tag_cloud-2" class="mg-widget widget_tag_cloud"><div class="mg-wid-title"><h6 class="wtitle">Thẻ</h6></div><div class="tagcloud">{tags}</div></div>
<div id="custom_html-3" class="widget_text mg-widget widget_custom_html"><div class="mg-wid-title"><h6 class="wtitle">Thống kê truy cập</h6></div><div class="textwidget custom-html-widget"><ul class="tk-truycap">
<li><i class="fas fa-user"></i> Đang online: <b>14</b></li><li><i class="fas fa-calendar-day"></i> Hôm nay: <b>362</b></li><li><i class="fas fa-calendar-alt"></i> Tháng này: <b>2.148</b></li><li><i class="fas fa-chart-bar"></i> Tổng truy cập: <b>1.204.583</b></li></ul></div></div>
<div id="polls-widget-2" class="mg-widget widget_polls-widget"><div class="mg-wid-title"><h6 class="wtitle">Thăm dò ý kiến</h6></div>
<div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="5a1c0e9b2f" /></p><p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Quý phụ huynh biết thông tin của nhà trường qua kênh nào?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Website nhà trường</label></li>
<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Trang Facebook của trường</label></li>
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Nhóm Zalo lớp</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
<p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div></form></div></div>
<div id="nav_menu-3" class="mg-widget widget_nav_menu"><div class="mg-wid-title"><h6 class="wtitle">Liên kết website</h6></div><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a target="_blank" rel="noopener" href="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://daklak.edu.vn/">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</a></li>
<li class="menu-item"><a target="_blank" rel="noopener" href="https://taphuan.csdl.edu.vn/">Tập huấn giáo viên</a></li>
</ul></div></div>
</div>
</aside>
"""


def _footer(b: str) -> str:
    return f"""<footer>
<div class="overlay" style="background-color: #1b2a4e;">
<div class="mg-footer-widget-area"><div class="container-fluid"><div class="row" id="footer-widget-area">
<div id="text-3" class="col-md-4 rotateInDownLeft animated mg-widget widget_text"><h6>TRƯỜNG THCS NGUYỄN DU</h6><div class="textwidget"><p>Địa chỉ: 47 Nguyễn Du, phường Tân Tiến, TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />
Điện thoại: 0262 3852 147<br />
Email: <a href="mailto:thcsnguyendu.bmt@daklak.edu.vn">thcsnguyendu.bmt@daklak.edu.vn</a></p></div></div>
<div id="text-4" class="col-md-4 rotateInDownLeft animated mg-widget widget_text"><h6>Chịu trách nhiệm nội dung</h6><div class="textwidget"><p>Thầy Nguyễn Văn Thành &#8211; Hiệu trưởng<br />Website được xây dựng và quản trị bởi Tổ Toán &#8211; Tin.</p></div></div>
<div id="nav_menu-4" class="col-md-4 rotateInDownLeft animated mg-widget widget_nav_menu"><h6>Liên kết nhanh</h6><div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="{b}/gioi-thieu/">Giới thiệu</a></li><li class="menu-item"><a href="{b}/tin-tuc/thong-bao/">Thông báo</a></li><li class="menu-item"><a href="{b}/lien-he/">Liên hệ</a></li></ul></div></div>
</div></div></div>
<div class="mg-footer-copyright"><div class="container-fluid"><div class="row">
<div class="col-md-6 text-xs"><p>&copy; 2026 Trường THCS Nguyễn Du. <a href="https://wordpress.org/">Proudly powered by WordPress</a><span class="sep"> | </span>Newsup by <a href="https://themeansar.com/" rel="designer">Themeansar</a>.</p></div>
<div class="col-md-6 text-right text-xs"><ul class="info-right"><li class="nav-item menu-item"><a class="nav-link" href="{b}/" title="Trang chủ">Trang chủ</a></li><li class="nav-item menu-item"><a class="nav-link" href="{b}/lien-he/" title="Liên hệ">Liên hệ</a></li></ul></div>
</div></div></div>
</div>
</footer>
</div>
</div>
<a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a>
<script type="text/javascript" src="{b}{_THEME}/js/custom.js?ver=6.6.2" id="newsup-custom-js"></script>
<script>window.lazyLoadOptions={{elements_selector:"img[data-lazy-src],.rocket-lazyload",data_src:"lazy-src",data_srcset:"lazy-srcset",data_sizes:"lazy-sizes"}};</script>
<script data-no-minify="1" async src="{b}/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js"></script>
</body>
</html>
"""


def _breadcrumb(b: str, trail: list[tuple[str, str | None]]) -> str:
    parts = [f'<span><a href="{b}/">Trang chủ</a></span>']
    for label, href in trail:
        if href is None:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
        else:
            parts.append(f'<span><a href="{b}{href}">{label}</a></span>')
    return (
        '<div class="container-fluid"><div class="yoast-bc-wrap"><p id="breadcrumbs"><span>'
        + " » ".join(parts)
        + "</span></p></div></div>"
    )


def _page(b: str, title: str, head_extra: str, body_class: str, main: str) -> str:
    return (
        _head(b, title, head_extra)
        + f'<body class="{body_class} wp-embed-responsive">\n'
        + _header(b)
        + main
        + _footer(b)
    )


# --- listings ---------------------------------------------------------------------------------


def _list_item(s: Story, b: str) -> str:
    thumb = _thumb(s)
    url = b + post_path(s)
    classes = " ".join(
        [f"post-{s.id}", "post", "type-post", "status-publish", "format-standard"]
        + (["sticky"] if s.opts.get("sticky") else [])
        + (["post-password-required"] if _kind(s) == "protected" else [])
        + (["has-post-thumbnail"] if thumb else [])
        + ["hentry"]
        + [f"category-{c}" for c in s.opts["cats"]]
    )
    pic = (
        f'<div class="col-12 col-md-6"><div class="mg-post-thumb back-img md" '
        f"style=\"background-image: url('{b}{thumb}');\"><span class=\"post-form\">"
        f'<i class="fas fa-camera"></i></span><a class="link-div" href="{url}"></a></div></div>'
        if thumb
        else ""
    )
    return (
        f'<div id="post-{s.id}" class="{classes}"><div class="mg-posts-sec mg-posts-modul-6">'
        f'<div class="mg-posts-sec-inner"><article class="d-md-flex mg-posts-sec-post">{pic}'
        f'<div class="mg-sec-top-post py-3 col"><div class="mg-blog-category">{_badges(s, b)}</div>'
        f'<h4 class="entry-title title"><a href="{url}">{_title(s)}</a></h4>{_meta_line(s, b)}'
        f'<div class="mg-content"><p>{wpt(excerpt(s), s.opts.get("nfd", False))} &hellip;</p>'
        "</div></div></article></div></div></div>"
    )


def _pager(b: str, base: str, page: int, pages: int, query: str = "") -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{b}{base}" + ("" if n == 1 else f"page/{n}/") + query

    links = []
    if page > 1:
        links.append(
            f'<a class="prev page-numbers" href="{href(page - 1)}"><i class="fa fa-angle-left"></i></a>'
        )
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if page < pages:
        links.append(
            f'<a class="next page-numbers" href="{href(page + 1)}"><i class="fa fa-angle-right"></i></a>'
        )
    return (
        '<div class="col-md-12 text-center d-flex justify-content-center">'
        '<nav class="navigation pagination" aria-label="Bài viết">'
        '<h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
        + "\n".join(links)
        + "</div></nav></div>"
    )


def _slider(b: str) -> str:
    with_pic = [s for s in POSTS if _featured(s)][:3]
    slides = "".join(
        f'<div class="item"><div class="mg-blog-post lg back-img" style="background-image: '
        f"url('{b}{_featured(s).src}');\"><a class=\"link-div\" href=\"{b}{post_path(s)}\"></a>"
        f'<article class="bottom"><span class="post-form"><i class="fas fa-camera"></i></span>'
        f'<div class="mg-blog-category">{_badges(s, b)}</div><h4 class="title">'
        f'<a href="{b}{post_path(s)}">{_title(s)}</a></h4>{_meta_line(s, b)}</article></div></div>'
        for s in with_pic
    )
    latest = "".join(
        f'<div class="mg-posts-sec-post"><div class="mg-sec-top-post"><h5 class="title">'
        f'<a href="{b}{post_path(s)}">{_title(s)}</a></h5>{_meta_line(s, b)}</div></div>'
        for s in POSTS[:4]
    )
    blocks = []
    for cat in ("chuyen-mon", "doi-thieu-nien"):
        posts = [s for s in POSTS if cat in s.opts["cats"]][:3]
        rows = "".join(
            f'<div class="small-post clearfix"><div class="small-post-content">'
            f'<div class="mg-blog-category">{_badges(s, b)}</div><h5 class="title">'
            f'<a href="{b}{post_path(s)}">{_title(s)}</a></h5>{_meta_line(s, b)}</div></div>'
            for s in posts
        )
        blocks.append(
            f'<div class="col-md-6"><div class="mg-posts-sec mg-posts-modul-4">'
            f'<div class="mg-sec-title"><h4><span class="bg">{wpt(CATS[cat][0])}</span></h4>'
            f'<a class="view-all" href="{b}/tin-tuc/{cat}/">Xem tất cả</a></div>'
            f'<div class="mg-posts-sec-inner">{rows}</div></div></div>'
        )
    return (
        '<section class="mg-fea-area"><div class="overlay"><div class="container-fluid"><div class="row">'
        f'<div class="col-md-8"><div id="homemain" class="homemain owl-carousel mr-bot60 pd-r-10">{slides}</div></div>'
        '<div class="col-md-4 top-right-area"><div id="exTab2"><ul class="nav nav-tabs">'
        '<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#tan-main-banner-latest">'
        f'<i class="fas fa-bolt"></i>Tin mới nhất</a></li></ul><div class="tab-content">'
        f'<div id="tan-main-banner-latest" class="mg-posts-sec-inner tab-pane active">{latest}</div>'
        "</div></div></div></div></div></div></section>\n"
        '<div class="container-fluid"><div class="row newsup-front-widgets">'
        + "".join(blocks)
        + "</div></div>\n"
    )


def _archive(
    b: str,
    posts: list[Story],
    base: str,
    page: int,
    heading: str,
    crumbs: list[tuple[str, str | None]],
    body_class: str,
    doc_title: str,
    home: bool = False,
) -> Response | None:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    if home and page == 1:
        # WP_Query moves sticky posts to the top of the first page only; on later pages they
        # stay in their own place, so the sticky plan is listed twice
        sticky = [s for s in posts if s.opts.get("sticky")]
        shown = sticky + [s for s in shown if not s.opts.get("sticky")]
    items = "\n".join(_list_item(s, b) for s in shown)
    title = doc_title + (f" &#8211; Trang {page} trên {pages}" if page > 1 else "")
    canon = f"{b}{base}" + ("" if page == 1 else f"page/{page}/")
    extra = (
        f'<link rel="canonical" href="{canon}" />\n'
        + (f'<link rel="prev" href="{b}{base}{"" if page == 2 else f"page/{page - 1}/"}" />\n' if page > 1 else "")
        + (f'<link rel="next" href="{b}{base}page/{page + 1}/" />\n' if page < pages else "")
        + '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="{title}" />\n<meta property="og:url" content="{canon}" />\n'
        f'<meta property="og:site_name" content="{SITE_NAME}" />'
    )
    if home:
        top = _slider(b) if page == 1 else ""
        head = '<div class="mg-sec-title"><h4>Tin tức mới</h4></div>'
        bc = ""
    else:
        top = (
            f'<div class="mg-breadcrumb-section" style=\'background: url("{b}/wp-content/uploads/'
            "2024/08/banner-nguyen-du.jpg\" ) repeat scroll center 0 #143745;'><div class=\"overlay\">"
            '<div class="container-fluid"><div class="row"><div class="col-md-12 col-sm-12">'
            f'<div class="mg-breadcrumb-title"><h1 class="title">{heading}</h1></div></div></div>'
            "</div></div></div>\n"
        )
        head = ""
        bc = _breadcrumb(b, crumbs + ([(f"Trang {page}", None)] if page > 1 else []))
    main = (
        f'{top}{bc}<main id="content" class="archive-class content"><div class="container-fluid">'
        f'<div class="row"><div class="col-md-8"><div id="grid" class="row grid-content">'
        f'<div class="col-md-12">{head}{items}</div>{_pager(b, base, page, pages)}</div></div>'
        f"{_sidebar(b)}</div></div></main>\n"
    )
    return html(_page(b, title, extra, body_class, main))


# --- a post -----------------------------------------------------------------------------------


def _avatar(acct: str, size: int) -> str:
    digest = "3f6e1b0c2a9d4e7f8a1b2c3d4e5f6a7b" if acct == "admin" else "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f"
    return (
        f"<img alt='' src='https://secure.gravatar.com/avatar/{digest}?s={size}&#038;d=mm&#038;r=g' "
        f"class='avatar avatar-{size} photo' height='{size}' width='{size}' decoding='async'/>"
    )


def _post_content(s: Story, b: str, page: int) -> str:
    kind = _kind(s)
    if kind == "protected":
        return (
            f'<form action="{b}/wp-login.php?action=postpass" class="post-password-form" method="post">'
            "<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem, vui lòng nhập mật khẩu bên dưới:</p>"
            f'<p><label for="pwbox-{s.id}">Mật khẩu: <input name="post_password" id="pwbox-{s.id}" '
            'type="password" spellcheck="false" size="20" /></label> <input type="submit" '
            'name="Submit" value="Gửi" /></p></form>'
        )
    if kind == "video":
        return (
            '<p><iframe loading="lazy" title="Múa Bụi phấn - Chi đội 6A2 THCS Nguyễn Du" width="800" '
            'height="450" src="https://www.youtube.com/embed/q3XbN7dK2sE?feature=oembed" '
            'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; '
            'gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></p>\n'
            "<p>Clip: Chi đội 6A2 thực hiện, quay tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11.</p>"
        )
    if kind == "doc":
        pdf = f"{b}/wp-content/uploads/2026/10/KH-112-THCSND-nam-hoc-2026-2027.pdf"
        return (
            "<p>Trường THCS Nguyễn Du ban hành Kế hoạch số 112/KH-THCSND ngày 05/10/2026 về thực "
            "hiện nhiệm vụ năm học 2026 &#8211; 2027 (toàn văn đính kèm).</p>\n"
            f'<a href="{pdf}" class="pdfemb-viewer" style="" data-width="max" data-height="max" '
            'data-toolbar="bottom" data-toolbar-fixed="off">KH-112-THCSND-nam-hoc-2026-2027<br/></a>\n'
            f'<p class="wp-block-file">Tải về: <a href="{pdf}">KH-112-THCSND-nam-hoc-2026-2027.pdf</a></p>'
        )
    return render_text(s, _pages_of(s)[page - 1], b)


def _addtoany(s: Story, b: str) -> str:
    url = f"{b}{post_path(s)}"
    return (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ bài viết:</div>'
        '<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="' + url + '" '
        f'data-a2a-title="{wattr(_stored_title(s))}">'
        f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}" '
        'title="Facebook" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?linkurl={url}" '
        'title="Zalo" rel="nofollow noopener" target="_blank"></a>'
        '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a>'
        "</div></div>"
    )


def _share(s: Story, b: str) -> str:
    url = f"{b}{post_path(s)}"
    return (
        '<script>function pinIt(){var e=document.createElement("script");'
        'e.setAttribute("type","text/javascript");e.setAttribute("charset","UTF-8");'
        'e.setAttribute("src","https://assets.pinterest.com/js/pinmarklet.js?r="+Math.random()*99999999);'
        "document.body.appendChild(e)}</script>\n"
        '<div class="post-share"><div class="post-share-icons cf">'
        f'<a href="https://www.facebook.com/sharer.php?u={url}" class="link facebook" target="_blank">'
        '<i class="fab fa-facebook"></i></a>'
        f'<a href="http://twitter.com/share?url={url}" class="link x-twitter" target="_blank">'
        '<i class="fa-brands fa-x-twitter"></i></a>'
        f'<a href="mailto:?subject={wattr(_stored_title(s))}&amp;body={url}" class="link email" target="_blank">'
        '<i class="fas fa-envelope"></i></a>'
        '<a class="link print-r" href="javascript:window.print()"><i class="fas fa-print"></i></a>'
        "</div></div>"
    )


def _post_nav(s: Story, b: str) -> str:
    idx = POSTS.index(s)
    older = POSTS[idx + 1] if idx + 1 < len(POSTS) else None
    newer = POSTS[idx - 1] if idx > 0 else None
    prev = (
        f'<div class="nav-previous"><a href="{b}{post_path(older)}" rel="prev">'
        f'<div class="fa fa-angle-double-left"></div><span></span> <small>Bài trước</small> '
        f"{_title(older)}</a></div>"
        if older
        else ""
    )
    nxt = (
        f'<div class="nav-next"><a href="{b}{post_path(newer)}" rel="next"><small>Bài tiếp theo'
        f'</small> {_title(newer)} <div class="fa fa-angle-double-right"></div><span></span></a></div>'
        if newer
        else ""
    )
    return (
        '<nav class="navigation post-navigation" aria-label="Bài viết">'
        '<h2 class="screen-reader-text">Điều hướng bài viết</h2>'
        f'<div class="nav-links">{prev}{nxt}</div></nav>'
    )


def _related(s: Story, b: str) -> str:
    primary = s.cat
    others = [x for x in POSTS if x is not s and primary in x.opts["cats"] and _kind(x) == "post"][:3]
    tiles = "".join(
        '<div class="col-md-4"><div class="mg-blog-post-3 minh back-img mb-md-0 mb-2" '
        + (f"style=\"background-image: url('{b}{_thumb(x)}');\"" if _thumb(x) else "")
        + f'><div class="mg-blog-inner"><div class="mg-blog-category">{_badges(x, b)}</div>'
        f'<h4 class="title"> <a href="{b}{post_path(x)}" title="Liên kết tĩnh tới: {wattr(_stored_title(x))}">'
        f"{_title(x)}</a></h4>{_meta_line(x, b)}</div></div></div>"
        for x in others
    )
    return (
        '<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>Bài viết tương tự</h4>'
        f'</div><div class="row">{tiles}</div></div>'
    )


def _comments(s: Story, b: str, reply_to: int | None) -> str:
    if _kind(s) == "protected":
        return ""
    url = f"{b}{post_path(s)}"
    comments = s.opts.get("comments", [])
    listing = ""
    if comments:
        items = []
        for n, (cid, name, when, body) in enumerate(comments):
            parity = "even thread-even" if n % 2 == 0 else "odd alt thread-odd thread-alt"
            d = _dt(when)
            items.append(
                f'<li id="comment-{cid}" class="comment {parity} depth-1">'
                f'<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard">{_avatar("guest", 32)}<b class="fn">{wpt(name)}</b> '
                '<span class="says">viết:</span></div><div class="comment-metadata">'
                f'<a href="{url}#comment-{cid}"><time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">'
                f"{vn_long(when)}</time></a></div></footer>"
                f'<div class="comment-content"><p>{wpt(body)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" '
                f'href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{s.id}" '
                f'data-belowelement="div-comment-{cid}" data-respondelement="respond" '
                f'data-replyto="Trả lời {wattr(name)}" aria-label="Trả lời {wattr(name)}">Trả lời</a>'
                "</div></article></li>"
            )
        listing = (
            '<div class="mg-heading-bor-bt"><h5 class="comments-title">'
            f"{len(comments)} bình luận cho &#8220;{_title(s)}&#8221;</h5></div>"
            f'<ol class="comment-list">{"".join(items)}</ol>'
        )
    if reply_to is not None:
        name = next(n for c, n, _w, _t in comments if c == reply_to)
        reply_title = (
            f"Trả lời {wpt(name)} <small><a rel=\"nofollow\" id=\"cancel-comment-reply-link\" "
            f'href="{url}#respond">Hủy</a></small>'
        )
    else:
        reply_title = (
            'Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" '
            f'href="{url}#respond" style="display:none;">Hủy</a></small>'
        )
    form = (
        f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">'
        f"{reply_title}</h3>"
        f'<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
        '<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.'
        '</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu '
        '<span class="required">*</span></span></p>'
        '<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span>'
        '</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required>'
        "</textarea></p>"
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> '
        '<input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> '
        '<input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        f'value="Gửi bình luận" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'{s.id}\' '
        f"id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' "
        f"value='{reply_to or 0}' /></p></form></div>"
    )
    return (
        f'<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4">{listing}'
        f"{form}</div>"
    )


def _yoast_post(s: Story, b: str, noindex: bool) -> str:
    url = f"{b}{post_path(s)}"
    when = s.opts["when"]
    modified = s.opts.get("modified", when)
    display = ACCOUNTS[s.opts["acct"]]
    first = _featured(s) or (s.images[0] if s.images else None)
    desc = s.opts.get("meta_desc")
    og_desc = desc or (excerpt(s, 25) + "…")
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": display, "@id": f"{b}/#/schema/person/{s.opts['acct']}"},
                "headline": _stored_title(s),
                "datePublished": utc_iso(when),
                "dateModified": utc_iso(modified),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{b}/#organization"},
                "articleSection": [CATS[c][0] for c in s.opts["cats"]],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{b}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": CATS[s.cat][0],
                        "item": f"{b}/tin-tuc/{s.cat}/",
                    },
                    {"@type": "ListItem", "position": 3, "name": _stored_title(s)},
                ],
            },
            {
                "@type": "Organization",
                "@id": f"{b}/#organization",
                "name": SITE_NAME,
                "url": f"{b}/",
            },
        ],
    }
    lines = [
        "<meta name='robots' content='noindex, follow' />" if noindex else
        "<meta name='robots' content='index, follow, max-image-preview:large' />",
        f'<meta name="description" content="{wattr(desc)}" />' if desc else "",
        f'<link rel="canonical" href="{url}" />',
        '<meta property="og:locale" content="vi_VN" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{wattr(_stored_title(s))} - {SITE_NAME}" />',
        f'<meta property="og:description" content="{wattr(og_desc)}" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{SITE_NAME}" />',
        '<meta property="article:publisher" content="https://www.facebook.com/thcsnguyendubmt" />',
        f'<meta property="article:published_time" content="{utc_iso(when)}" />',
        f'<meta property="article:modified_time" content="{utc_iso(modified)}" />',
        f'<meta property="og:image" content="{b}{first.src}" />' if first else "",
        f'<meta name="author" content="{display}" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:label1" content="Được viết bởi" />',
        f'<meta name="twitter:data1" content="{display}" />',
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False, separators=(",", ":"))
        + "</script>",
        f"<link rel='shortlink' href='{b}/?p={s.id}' />",
    ]
    return "\n".join(x for x in lines if x)


def post_page(s: Story, b: str, page: int = 1, reply_to: int | None = None) -> Response:
    nfd = s.opts.get("nfd", False)
    acct = s.opts["acct"]
    feat = _featured(s)
    tags = s.opts.get("tags", [])
    tag_html = (
        '<span class="newsup-tags"><i class="fas fa-tag"></i> '
        + ", ".join(f'<a href="{b}/the/{t}/">{TAGS[t]}</a>' for t in tags)
        + "</span>"
        if tags
        else ""
    )
    pages = _pages_of(s)
    link_pages = ""
    if len(pages) > 1:
        nums = []
        for n in range(1, len(pages) + 1):
            target = f"{b}{post_path(s)}" + ("" if n == 1 else f"/{n}")
            if n == page:
                nums.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>')
            else:
                nums.append(f'<a href="{target}" class="post-page-numbers">{n}</a>')
        link_pages = '<div class="page-links">Trang: ' + " ".join(nums) + "</div>"
    featured = (
        _lazy_img(b, feat.src, "img-fluid wp-post-image", 1280, 720)
        if feat and _kind(s) == "post"
        else ""
    )
    title_html = _title(s)
    main = (
        _breadcrumb(b, [(wpt(CATS[s.cat][0]), f"/tin-tuc/{s.cat}/"), (title_html, None)])
        + '<main id="content" class="single-class content"><div class="container-fluid"><div class="row">'
        '<div class="col-lg-8 col-md-8"><div class="mg-blog-post-box"><div class="mg-header">'
        f'<div class="mg-blog-category">{_badges(s, b)}</div>'
        f'<h1 class="title single"> <a title="Liên kết tĩnh tới: {wattr(_stored_title(s))}">{title_html}</a></h1>'
        f'<div class="media mg-info-author-block"><a class="mg-author-pic" href="{b}/author/{acct}/"> '
        f"{_avatar(acct, 150)} </a><div class=\"media-body\"><h4 class=\"media-heading\"><span>bởi</span>"
        f'<a href="{b}/author/{acct}/">{ACCOUNTS[acct]}</a></h4>'
        f'<span class="mg-blog-date"><i class="fas fa-clock"></i> {vn_short(s.opts["when"])}</span>'
        f"{tag_html}</div></div></div>\n{featured}\n"
        f'<article class="small single">\n{_post_content(s, b, page)}\n'
        + (_addtoany(s, b) if _kind(s) == "post" else "")
        + _share(s, b)
        + '<div class="clearfix mb-3"></div>'
        + link_pages
        + _post_nav(s, b)
        + "</article></div>\n"
        f'<div class="media mg-info-author-block"><a class="mg-author-pic" href="{b}/author/{acct}/">'
        f'{_avatar(acct, 150)}</a><div class="media-body"><h4 class="media-heading">bởi '
        f'<a href="{b}/author/{acct}/">{ACCOUNTS[acct]}</a></h4>'
        "<p>Tài khoản đăng tin của Ban biên tập website Trường THCS Nguyễn Du.</p></div></div>\n"
        + _related(s, b)
        + _comments(s, b, reply_to)
        + "</div>"
        + _sidebar(b)
        + "</div></div></main>\n"
    )
    suffix = f" &#8211; Trang {page} trên {len(pages)}" if page > 1 else ""
    doc_title = f"{wpt(s.title, nfd)}{suffix} &#8211; {SITE_NAME}"
    cats = " ".join(f"category-{c}" for c in s.opts["cats"])
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard {cats}"
    return html(_page(b, doc_title, _yoast_post(s, b, reply_to is not None), body_class, main))


# --- pages, feed, sitemaps, search --------------------------------------------------------------

_GALLERY = [f"{U}/2026/11/thu-vien-{n:02d}.jpg" for n in range(1, 7)]

PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (
        2,
        "Giới thiệu",
        "<p>Trường THCS Nguyễn Du được thành lập năm 1993 trên cơ sở tách ra từ Trường PTCS Tân "
        "Tiến, đóng trên địa bàn phường Tân Tiến, thành phố Buôn Ma Thuột. Trải qua hơn 30 năm xây "
        "dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu khối THCS của thành "
        "phố về chất lượng giáo dục toàn diện.</p>\n"
        "<p>Năm học 2026 &#8211; 2027, trường có 28 lớp với 1.126 học sinh, 62 cán bộ, giáo viên, "
        "nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn "
        "quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>\n"
        f"<p>{_lazy_img('{B}', f'{U}/2024/08/toan-canh-truong.jpg', 'aligncenter size-full')}</p>\n"
        "<p>Nhiều năm liền, nhà trường được UBND tỉnh Đắk Lắk tặng Cờ thi đua và Bằng khen; Liên "
        "đội được Hội đồng Đội Trung ương tặng Bằng khen vì có thành tích xuất sắc trong công tác "
        "Đội và phong trào thiếu nhi.</p>",
    ),
    "co-cau-to-chuc": (
        5,
        "Cơ cấu tổ chức",
        "<p><strong>Ban giám hiệu</strong></p>\n"
        '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
        "<td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Nguyễn Văn Thành</td><td>Hiệu trưởng</td><td>0262 3852 147</td></tr>"
        "<tr><td>Lê Thị Kim Oanh</td><td>Phó Hiệu trưởng</td><td>0262 3852 148</td></tr>"
        "<tr><td>Trịnh Quang Vinh</td><td>Phó Hiệu trưởng</td><td>0262 3852 149</td></tr>"
        "</tbody></table>\n"
        "<p><strong>Các tổ chuyên môn:</strong> Toán &#8211; Tin; Ngữ văn &#8211; GDCD; Khoa học "
        "tự nhiên; Lịch sử &#8211; Địa lí; Tiếng Anh; Nghệ thuật &#8211; Thể chất; Tổ Văn phòng.</p>",
    ),
    "thu-vien-anh": (
        7,
        "Thư viện ảnh",
        "<p>Một số hình ảnh hoạt động của nhà trường trong học kì I năm học 2026 &#8211; 2027.</p>\n"
        "<div id='gallery-1' class='gallery galleryid-7 gallery-columns-3 gallery-size-thumbnail'>"
        + "".join(
            f"<figure class='gallery-item'><div class='gallery-icon landscape'>"
            f"<a href='{{B}}{src}'><img width=\"150\" height=\"150\" "
            f"src=\"{{B}}{src[:-4]}-150x150.jpg\" class=\"attachment-thumbnail size-thumbnail\" "
            f'alt="" decoding="async" /></a></div></figure>'
            for src in _GALLERY
        )
        + "</div>",
    ),
    "lien-he": (
        9,
        "Liên hệ",
        "<p><strong>TRƯỜNG THCS NGUYỄN DU</strong><br />Địa chỉ: 47 Nguyễn Du, phường Tân Tiến, "
        "TP. Buôn Ma Thuột, tỉnh Đắk Lắk<br />Điện thoại: 0262 3852 147<br />Email: "
        "thcsnguyendu.bmt@daklak.edu.vn</p>\n"
        '<div class="wpcf7 no-js" id="wpcf7-f88-p9-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f88-p9-o1" '
        'method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">'
        '<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap" data-name="your-name">'
        '<input size="40" class="wpcf7-form-control wpcf7-text" type="text" name="your-name" /></span>'
        '</label></p><p><label> Email<br /><input size="40" type="email" name="your-email" /></label></p>'
        '<p><label> Nội dung<br /><textarea cols="40" rows="10" name="your-message"></textarea></label></p>'
        '<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi" /></p>'
        "</form></div>\n"
        '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3892.6!2d108.05!3d12.68" '
        'width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>',
    ),
}


def wp_page(slug: str, b: str) -> Response:
    pid, title, content = PAGES[slug]
    extra = (
        "<meta name='robots' content='index, follow, max-image-preview:large' />\n"
        f'<link rel="canonical" href="{b}/{slug}/" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{title} - {SITE_NAME}" />\n'
        f"<link rel='shortlink' href='{b}/?page_id={pid}' />"
    )
    main = (
        f'<div class="mg-breadcrumb-section" style=\'background: url("{b}/wp-content/uploads/2024/08/'
        "banner-nguyen-du.jpg\" ) repeat scroll center 0 #143745;'><div class=\"overlay\">"
        '<div class="container-fluid"><div class="row"><div class="col-md-12 col-sm-12">'
        f'<div class="mg-breadcrumb-title"><h1 class="title">{title}</h1></div></div></div></div></div></div>\n'
        + _breadcrumb(b, [(title, None)])
        + '<main id="content" class="page-class content"><div class="container-fluid"><div class="row">'
        f'<div class="col-md-8"><div class="mg-card-box padding-20">{content.replace("{B}", b)}'
        f"</div></div>{_sidebar(b)}</div></div></main>\n"
    )
    body_class = f"page-template-default page page-id-{pid}"
    return html(_page(b, f"{title} &#8211; {SITE_NAME}", extra, body_class, main))


def feed(b: str) -> Response:
    items = []
    for s in [x for x in POSTS if _kind(x) != "protected"][:10]:
        cats = "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])
        items.append(
            f"<item><title>{wpt(s.title)}</title><link>{b}{post_path(s)}</link>"
            f"<comments>{b}{post_path(s)}#respond</comments>"
            f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['acct']]}]]></dc:creator>"
            f"<pubDate>{rfc822(s.opts['when'])}</pubDate>{cats}"
            f'<guid isPermaLink="false">{b}/?p={s.id}</guid>'
            f"<description><![CDATA[{excerpt(s, 40)} [&#8230;]]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{SITE_NAME}</title>"
        f'<atom:link href="{b}/feed/" rel="self" type="application/rss+xml" />'
        f"<link>{b}</link><description>Thành phố Buôn Ma Thuột &#8211; tỉnh Đắk Lắk</description>"
        f"<lastBuildDate>{rfc822('2026-12-04 10:15')}</lastBuildDate><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.6.2</generator>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _xml(body: str) -> Response:
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})


def sitemap(name: str, b: str) -> Response | None:
    head = '<?xml version="1.0" encoding="UTF-8"?>'
    if name == "sitemap_index.xml":
        maps = "".join(
            f"<sitemap><loc>{b}/{m}</loc><lastmod>2026-12-04T03:15:00+00:00</lastmod></sitemap>"
            for m in ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml")
        )
        return _xml(
            f'{head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{maps}'
            "</sitemapindex>"
        )
    if name == "post-sitemap.xml":
        locs = [
            (post_path(s), utc_iso(s.opts.get("modified", s.opts["when"])))
            for s in POSTS
            if _kind(s) != "protected"
        ]
    elif name == "page-sitemap.xml":
        locs = [("/", "2026-12-04T03:15:00+00:00")] + [
            (f"/{slug}/", "2026-09-01T02:00:00+00:00") for slug in PAGES
        ]
    elif name == "category-sitemap.xml":
        locs = [(f"/tin-tuc/{c}/", "2026-12-04T03:15:00+00:00") for c in CATS]
    else:
        return None
    urls = "".join(f"<url><loc>{b}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in locs)
    return _xml(f'{head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).casefold()


def search(b: str, query: str) -> Response:
    q = _fold(query.strip())
    found = [
        s
        for s in POSTS
        if _kind(s) != "protected"
        and (q in _fold(s.title) or any(q in _fold(x.text) for x in s.blocks if isinstance(x, P)))
    ][:PER_PAGE]
    shown = esc(query)
    items = "\n".join(_list_item(s, b) for s in found) or (
        "<p>Không tìm thấy kết quả phù hợp. Vui lòng thử lại với từ khóa khác.</p>"
    )
    main = (
        f'<div class="mg-breadcrumb-section"><div class="overlay"><div class="container-fluid">'
        f'<div class="mg-breadcrumb-title"><h1 class="title">Kết quả tìm kiếm cho: {shown}</h1></div>'
        "</div></div></div>\n"
        '<main id="content" class="archive-class content"><div class="container-fluid"><div class="row">'
        f'<div class="col-md-8">{items}</div>{_sidebar(b)}</div></div></main>\n'
    )
    extra = "<meta name='robots' content='noindex, follow' />"
    return html(_page(b, f"Bạn đã tìm kiếm {shown} &#8211; {SITE_NAME}", extra, "search", main))


# --- routing ------------------------------------------------------------------------------------

_POST_RE = re.compile(
    r"^/(?P<y>\d{4})/(?P<m>\d{2})/(?P<slug>[a-z0-9-]+)\.html(?P<rest>/|/\d+|/comment-page-1/)?$"
)
_PAGED_RE = re.compile(r"^(?P<base>/(?:.*?/)??)(?:page/(?P<n>\d+)/)?$")


class Site:
    """The WordPress install: routes like its rewrite rules, 404 for everything else."""

    def __init__(self) -> None:
        self.by_path = {post_path(s): s for s in POSTS}
        self.by_slug = {s.slug: s for s in POSTS}

    def respond(self, request: Request) -> Response | None:
        b = base_url(request)
        path = request.path
        params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.endswith(".pdf") and path.startswith(f"{U}/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            body = (
                "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
                f"Sitemap: {b}/sitemap_index.xml\n"
            )
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path in ("/sitemap_index.xml", "/post-sitemap.xml", "/page-sitemap.xml",
                    "/category-sitemap.xml"):
            return sitemap(path[1:], b)
        if path == "/feed/":
            return feed(b)
        if path == "/index.php":
            return redirect(f"{b}/", 301)
        if path == "/":
            if "s" in params:
                return search(b, params["s"])
            if params.get("p", "").isdigit():
                s = BY_ID.get(int(params["p"]))
                return redirect(f"{b}{post_path(s)}", 301) if s else None
            if params.get("page_id", "").isdigit():
                slug = next((k for k, v in PAGES.items() if v[0] == int(params["page_id"])), None)
                return redirect(f"{b}/{slug}/", 301) if slug else None
            return self._home(b, 1)
        m = _POST_RE.match(path)
        if m:
            return self._post(b, m, params)
        m = _PAGED_RE.match(path)
        if not m:
            # WordPress's redirect_canonical adds the missing trailing slash
            if "." not in path.rsplit("/", 1)[-1]:
                found = self.respond(Request(request.method, path + "/", "", request.headers))
                if found is not None and found.status == 200:
                    return redirect(f"{b}{path}/", 301)
            return None
        base, n = m.group("base"), int(m.group("n") or 1)
        if m.group("n") == "1" or (m.group("n") and n < 1):
            return redirect(f"{b}{base}", 301)
        if base == "/":
            return self._home(b, n)
        return self._archive(b, base, n)

    def _home(self, b: str, page: int) -> Response | None:
        return _archive(
            b, POSTS, "/", page, "", [], "home blog" + (" paged" if page > 1 else ""),
            f"{SITE_NAME} &#8211; Thành phố Buôn Ma Thuột &#8211; tỉnh Đắk Lắk", home=True,
        )

    def _archive(self, b: str, base: str, page: int) -> Response | None:
        parts = base.strip("/").split("/")
        if len(parts) == 1 and parts[0] in PAGES and page == 1:
            return wp_page(parts[0], b)
        if len(parts) == 2 and parts[0] == "tin-tuc" and parts[1] in CATS:
            c = parts[1]
            name = wpt(CATS[c][0])
            posts = [s for s in POSTS if c in s.opts["cats"]]
            return _archive(
                b, posts, base, page, f"Chuyên mục: {name}", [(name, None)],
                f"archive category category-{c} category-{CATS[c][2]}",
                f"Lưu trữ {name} &#8211; {SITE_NAME}",
            )
        if len(parts) == 2 and parts[0] == "the" and parts[1] in TAGS:
            t = parts[1]
            posts = [s for s in POSTS if t in s.opts.get("tags", [])]
            return _archive(
                b, posts, base, page, f"Thẻ: {TAGS[t]}", [(f"Thẻ: {TAGS[t]}", None)],
                f"archive tag tag-{t}", f"Lưu trữ {TAGS[t]} &#8211; {SITE_NAME}",
            )
        if len(parts) == 2 and parts[0] == "author" and parts[1] in ACCOUNTS:
            a = parts[1]
            posts = [s for s in POSTS if s.opts["acct"] == a]
            return _archive(
                b, posts, base, page, f"Tác giả: {ACCOUNTS[a]}",
                [(f"Lưu trữ cho {ACCOUNTS[a]}", None)], f"archive author author-{a}",
                f"{ACCOUNTS[a]}, Tác giả tại {SITE_NAME}",
            )
        if len(parts) == 2 and parts[0] == "2026" and parts[1] in ("10", "11", "12"):
            month = int(parts[1])
            posts = [s for s in POSTS if _dt(s.opts["when"]).month == month]
            label = f"Tháng {_MONTHS[month - 1]} 2026"
            return _archive(
                b, posts, base, page, f"Tháng: {label}", [(label, None)], "archive date",
                f"{label} &#8211; {SITE_NAME}",
            )
        return None

    def _post(self, b: str, m: re.Match, params: dict[str, str]) -> Response | None:
        s = self.by_slug.get(m.group("slug"))
        if s is None or post_path(s) != f"/{m.group('y')}/{m.group('m')}/{s.slug}.html":
            return None
        rest = m.group("rest") or ""
        if rest == "/":
            return redirect(f"{b}{post_path(s)}", 301)
        page = 1
        if rest.startswith("/") and rest[1:].isdigit():
            page = int(rest[1:])
            if page == 1:
                return redirect(f"{b}{post_path(s)}", 301)
            if page > len(_pages_of(s)):
                return None
        if rest == "/comment-page-1/" and not s.opts.get("comments"):
            return None
        reply_to = None
        if "replytocom" in params:
            ids = [c for c, *_ in s.opts.get("comments", [])]
            if not params["replytocom"].isdigit() or int(params["replytocom"]) not in ids:
                return redirect(f"{b}{post_path(s)}", 301)
            reply_to = int(params["replytocom"])
        return post_page(s, b, page, reply_to)


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [post_path(s) + f"/{n}" for n in range(2, len(_pages_of(s)) + 1)]
    if s.opts.get("comments"):
        alts.append(post_path(s) + "/comment-page-1/")
        alts += [f"{post_path(s)}?replytocom={c}" for c, *_ in s.opts["comments"]]
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[s.cat][0], alt_paths=_alt_paths(s)) for s in GOLD_STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/co-cau-to-chuc/",
    "/thu-vien-anh/",
    "/lien-he/",
    post_path(N_PROTECTED),
    post_path(N_VIDEO),
    post_path(N_DOC),
]
