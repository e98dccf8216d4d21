"""Trường Mầm non Họa Mi (quận Ninh Kiều, TP. Cần Thơ): WordPress 6 + GeneratePress + WP Show Posts.

Platform
    WordPress 6.6 (vi locale, date format ``d/m/Y``, time format ``H:i``) with the GeneratePress
    theme (child theme "hoami-child"), Yoast SEO (canonical, breadcrumbs, UTC article times,
    sitemaps, author archives disabled), WP Show Posts Pro (lists placed by shortcode, the home
    page's and the "Góc phụ huynh" page's with an AJAX "load more" button), WP-Print (a print view
    at ``<permalink>/print/``), WP Rocket's lazy-load, Easy Table of Contents and AddToAny.

URL scheme
    ``/``                                     static front page (a WP page) with a WPSP list (4 a batch)
    ``/chuyen-muc/<slug>/`` and ``…/page/N/``  category archives, 3 posts a page, "« Trước 1 2 Sau »"
    ``/goc-phu-huynh/``                       a WP page with its own WPSP list (2 a batch)
    ``/<slug>.html``                          articles (custom permalink ``/%postname%.html``)
    ``/<slug>.html/print/``                   WP-Print's print view of an article
    ``/wp-admin/admin-ajax.php``              POST action=wpsp_load_more&list=…&page=…&nonce=…
    ``/wp-content/uploads/YYYY/MM/<file>``    uploads (images, PDFs)
    ``/?p=ID``                                shortlink: 301 to the permalink
    ``/YYYY/MM/DD/<slug>/``, ``/YYYY/MM/<slug>/`` the old permalink structure: 301 to the permalink
    ``/author/<login>/``                      301 to ``/`` (Yoast: author archives disabled)
    ``/feed/``, ``/chuyen-muc/<slug>/feed/``  RSS (10 latest); ``/robots.txt``, Yoast sitemaps
    ``/?s=…``                                 search results (a listing)

Page templates
    Every HTML page: GeneratePress top bar (today's date "Thứ Bảy, 05/12/2026", hotline), header
    with logo, ``#site-navigation`` menu with drop-downs, Yoast ``p#breadcrumbs``, right sidebar
    (search, "Bài viết mới", "Thông báo" text widget, "Liên kết website", WP-Polls poll, visitor
    counter "Đang online / Hôm nay / Tổng truy cập"), footer widgets (address, phone, e-mail) and
    copyright bar.
    Article: ``article.post > .inside-article > header.entry-header`` (h1.entry-title,
    ``div.entry-meta`` "Đăng ngày <time.updated hidden><time.entry-date.published> bởi <account>",
    views), ``div.entry-content`` (text, then inside it: a "Bài viết cùng chuyên mục" WPSP list
    from a shortcode, WP-Print's link, AddToAny buttons), ``footer.entry-meta`` (cat-links, post
    navigation), then "Bình luận đã bị đóng." Listings: GeneratePress archive loop with excerpts
    "[…]" and "Xem tiếp" links; the pagination ``nav#nav-below.paging-navigation``.

How each gold article is reached
    Categories (3 a page, newest first):
      Tin tức - Sự kiện  /chuyen-muc/tin-tuc-su-kien/        p1: A1 A3 A6   p2: A8 A11
      Hoạt động của bé   /chuyen-muc/hoat-dong-cua-be/       p1: A1 A4 A7   p2: A9 A12 A13
      Kiến thức nuôi dạy trẻ /chuyen-muc/kien-thuc-nuoi-day-tre/  p1: A2 A5 A10
    A1 is filed in two categories. The home page's WPSP list prints A1–A4; its "Xem thêm bài
    viết" button loads A5–A8, A9–A12, A13 through admin-ajax.php only. "Góc phụ huynh" prints A2
    and A5, its button loads A10 (which the page's own text also links with a Zalo utm query).
    The sidebar's "Bài viết mới" lists A1–A5; each article's post navigation links its neighbours
    in time; its related list links the 3 newest posts of its primary category (itself included).
    So A8, A9, A11, A12, A13 are reached by links only from a page 2 of an archive or from the
    chain of "bài trước / bài sau" links.

Traps
    1. Load more by AJAX (discovery). Both WPSP lists show only their first batch; the rest comes
       from a ``<button>`` (no href) that POSTs ``action=wpsp_load_more`` with a nonce printed in
       an inline script. admin-ajax.php answers JSON the PHP way (``\\/`` slashes, ``\\uXXXX``
       letters) whose ``data.html`` holds the next items; a GET or a wrong nonce answers "0"
       (400) / "-1" (403). Gold: admin-ajax.php is no page; the articles' paths are the plain
       permalinks, all also reachable through the archives' page 2 and the post navigation.
    2. A post in two categories (A1). The footer's cat-links print "Hoạt động của bé, Tin tức -
       Sự kiện" (WordPress orders them by name), the post carries both ``category-…`` classes and
       appears in both archives; Yoast's breadcrumb prints the primary category. Gold: category
       "Tin tức - Sự kiện" (the breadcrumb's), one record at ``/<slug>.html``.
    3. Hidden "updated" time first, UTC times in the head (dates). GeneratePress prints
       ``<time class="updated">`` (hidden by CSS) before ``<time class="entry-date published">``
       when a post was edited (A2, A6, A10); Yoast's ``article:published_time`` and the JSON-LD
       graph give the instant in UTC ("+00:00"): A4, posted 28/11/2026 at 06:45, reads
       2026-11-27T23:45:00+00:00 there. The visible line shows only the day; the time is in the
       ``datetime`` attribute and the link's title ("06:45"). Gold: the published instant in
       +07:00 ("2026-11-28T06:45:00+07:00"), never the updated one.
    4. The byline after "bởi" is a WordPress account ("hoami_admin", "Ban biên tập") also named
       in ``meta[name=author]`` and the JSON-LD; the real signature is a right-aligned line at the
       end of the text in varied forms: "Tin, ảnh: X" (A1), "Người viết: Cô X – GV lớp Chồi 2"
       (A4: the honorific "Cô" and the post go), "Bài: X – Ảnh: Y" (A6), "Tin: X – Ảnh: Y" (A9),
       "ThS. X – Phó Hiệu trưởng" (A10), "GV lớp Lá 1: X" (A12), "X (Tổ Chồi)" (A13), a unit
       alone "Tổ Văn phòng" (A8). Gold: those names; accounts are nobody; the signature line is
       not body.
    5. A listing inside the text (new kind). Each article's ``div.entry-content`` ends with an
       editor's h3 "Bài viết cùng chuyên mục" and the ``[wp_show_posts id="…"]`` output: a
       ``section.wp-show-posts`` of ``<article>`` elements with h3 titles, dates, thumbnails and
       excerpt paragraphs, which lists the current post itself too. Gold: none of it is body or
       images.
    6. Lazy-loaded images (new kind). A4 and A13 go through WP Rocket: ``src`` is an inline
       ``data:image/svg+xml`` placeholder, the photo is in ``data-lazy-src``/``data-lazy-srcset``
       and again in a ``<noscript>`` copy. Gold: one image each, path = the data-lazy-src upload.
    7. A table of contents widget inside the text (new kind). A2 and A10 carry Easy Table of
       Contents before their first heading: "Mục lục" with a toggle and a nested list of the
       headings' texts linking to ``#anchors``. Gold: not body; the headings themselves (with their
       ``span.ez-toc-section`` anchors) are body paragraphs.
    8. A video's figcaption (new kind). A6 embeds YouTube in ``figure.wp-block-embed`` with a
       ``figcaption`` naming the dance. Gold: neither body nor an image or caption.
    9. Title sources that disagree (new kind). Yoast's SEO title (``<title>``, og:title,
       JSON-LD) was rewritten for A2 and A6 ("Cách phòng bệnh tay chân miệng cho trẻ mầm non |
       MN Họa Mi"); the JSON-LD "headline" repeats the SEO title, and the related lists print the
       titles in h3 inside the text. Gold: the h1 as printed (wptexturize entities
       "&#8220;…&#8221;" read as “…”, A11's "&amp;" as "&").
   10. Duplicates. WP-Print's ``/<slug>.html/print/`` (noindex, no canonical) for every article,
       a Zalo-shared ``/<A10>.html?utm_source=zalo&utm_medium=social`` link in the "Góc phụ huynh"
       text: alt_paths. A8's text links A11 by its old permalink ``/2026/10/22/<slug>/`` and
       ``/<slug>.html/`` (trailing slash) redirects: 301 to the permalink, not alt paths.
   11. Captions in four markups: classic ``[caption]`` (``figure.wp-caption`` /
       ``figcaption.wp-caption-text``), block ``figcaption.wp-element-caption``, a gallery whose
       images each have a figcaption plus one caption for the whole gallery (A1), and a photo
       followed by a centred italic paragraph (A4, A9, A13). A11's only line is "Ảnh: Đỗ Quốc
       Bảo". Gold: the image's own line; the gallery's caption "Một số hình ảnh tại hội thi" is no
       image's caption and not body; "Ảnh: X" -> caption None, X a photographer.
   12. Pasted from Facebook (A7): the paragraphs are Facebook's ``div[dir=auto]`` blocks, not
       ``<p>``; emoji drawn as ``<img alt="👉" src="https://static.xx.fbcdn.net/…">``
       at the start of lines, inside Facebook's span soup, and a hashtag line "#MamNonHoaMi …".
       Gold: the pictures are bullets (no text, no images), the hashtag line is tags (not body);
       the emoji typed as a character in the last paragraph ("💙 Qua hoạt động…") is kept.
   13. A notice printed as an official document (A3), posted 01/12/2026 14:10: letterhead table,
       "Số: 52/TB-MNHM", "Ninh Kiều, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc…", "Nơi
       nhận", "HIỆU TRƯỞNG (Đã ký) Trần Thị Kim Phượng", then a ``wp-block-file`` PDF link with
       a "Tải xuống" button. Gold: date "2026-11-30", author Trần Thị Kim Phượng, body = the
       notice's own paragraphs and list items only. A5 also ends with a ``wp-block-file`` whose
       ``<object>`` embeds the PDF: not body.
   14. Text typed with Unikey's "tổ hợp" setting (A9): title and paragraphs in NFD. Gold: NFC.
   15. Pages that look like articles: "Góc phụ huynh", "Giới thiệu", "Công khai giáo dục" are WP
       pages with the same ``article > header.entry-header > h1.entry-title`` and entry-content
       (no date, no byline). Gold: NON_ARTICLES.

Gold decisions on ambiguous points
    - published_at carries the time: the page prints it in ``<time datetime>`` and in the date
      link's title, the visible line only shows the day. In +07:00, never Yoast's UTC.
    - A3 (official notice) dates from its letterhead (house rule), not from its posting time.
    - A paragraph split by ``<br>`` into a lead line and lines the editor started with "– "
      (A12): three paragraphs, the dashes kept as typed.
    - "Cô" (Miss/teacher) before a teacher's name is an honorific like "ThS.": dropped.
    - The gallery caption (a caption of several photos) is attached to none of them.
    - The bold first paragraph is the sapo (A1, A6); elsewhere summary is null (Yoast's meta
      description alone is not one).
    - The in-text h3 "Bài viết cùng chuyên mục" belongs to the related list, not the body.
    - A5's closing line "Theo Viện Dinh dưỡng Quốc gia" is its source; A2's "Nguồn: Trung tâm
      Kiểm soát bệnh tật thành phố Cần Thơ" likewise.
    - Table rows (A5, A10) are paragraphs with cells joined by " | ", the header row included.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, redirect
from crawler.demo.server import html as html_response
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_generatepress_wpshowposts_ajax_mamnon"
PLATFORM = "WordPress 6 + GeneratePress + WP Show Posts Pro (AJAX load more)"
START_PATH = "/"

SITE_NAME = "Trường Mầm non Họa Mi"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
NONCE = "b41e7c09d2"
PER_PAGE = 3

CATEGORIES = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 4),
    "hoat-dong-cua-be": ("Hoạt động của bé", 5),
    "kien-thuc-nuoi-day-tre": ("Kiến thức nuôi dạy trẻ", 7),
}

# WP accounts (display names) printed after "bởi"
ACCOUNTS = {"hoami_admin": "hoami_admin", "bbt": "Ban biên tập"}

_SIG = '<p style="text-align: right;">{}</p>'


def _sig(inner: str) -> Raw:
    return Raw(_SIG.format(inner))


# --- the stories ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2417,
        slug="hoi-thi-be-khoe-be-ngoan-cap-truong-nam-hoc-2026-2027",
        title="Hội thi “Bé khỏe – Bé ngoan” cấp trường năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:05:00+07:00",
        summary=(
            "(MN Họa Mi) – Sáng ngày 04/12/2026, Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – "
            "Bé ngoan” cấp trường với sự tham gia của 186 bé thuộc 8 lớp Mẫu giáo Chồi và Lá."
        ),
        blocks=[
            P(
                "(MN Họa Mi) – Sáng ngày 04/12/2026, Trường Mầm non Họa Mi tổ chức Hội thi “Bé khỏe – "
                "Bé ngoan” cấp trường với sự tham gia của 186 bé thuộc 8 lớp Mẫu giáo Chồi và Lá.",
                "lead",
            ),
            P(
                "Hội thi nhằm đánh giá kết quả thực hiện chương trình giáo dục phát triển vận động, đồng "
                "thời giúp trẻ rèn luyện thói quen tự phục vụ, mạnh dạn, tự tin trước đám đông. Đến dự có "
                "bà Võ Thị Thanh Thảo, chuyên viên Phòng Giáo dục và Đào tạo quận Ninh Kiều, cùng đông đảo "
                "phụ huynh học sinh."
            ),
            P(
                "Các bé tranh tài qua ba phần thi: đồng diễn thể dục buổi sáng, vượt chướng ngại vật theo "
                "nhóm và trả lời câu hỏi về thói quen vệ sinh cá nhân. Ở phần thi vượt chướng ngại vật, các "
                "đội phải bò qua đường hầm, đi trên ván thăng bằng rồi chuyền bóng về đích trong thời gian "
                "nhanh nhất."
            ),
            Img(
                "/wp-content/uploads/2026/12/hoi-thi-be-khoe-1-1024x683.jpg",
                "Phần đồng diễn thể dục của các bé lớp Lá 1",
                "Phần đồng diễn thể dục của các bé lớp Lá 1",
                "gallery",
            ),
            Img(
                "/wp-content/uploads/2026/12/hoi-thi-be-khoe-2-1024x683.jpg",
                "Đội lớp Chồi 3 vượt qua đường hầm",
                "Đội lớp Chồi 3 vượt qua đường hầm",
                "gallery",
            ),
            Img("/wp-content/uploads/2026/12/hoi-thi-be-khoe-3-1024x683.jpg", None, None, "gallery"),
            P(
                "Sau gần ba giờ tranh tài sôi nổi, Ban tổ chức đã trao 1 giải Nhất cho lớp Lá 2, 2 giải Nhì "
                "cho lớp Lá 1 và Chồi 3, 3 giải Ba cùng giải thưởng “Đội cổ vũ nhiệt tình nhất” cho lớp "
                "Chồi 1."
            ),
            P(
                "Phát biểu bế mạc hội thi, cô Trần Thị Kim Phượng, Hiệu trưởng nhà trường, ghi nhận sự "
                "chuẩn bị công phu của giáo viên các lớp và mong phụ huynh tiếp tục đồng hành cùng nhà "
                "trường trong việc rèn luyện sức khỏe cho trẻ tại gia đình."
            ),
            _sig("<strong>Tin, ảnh: Nguyễn Thị Mỹ Linh</strong>"),
        ],
        authors=["Nguyễn Thị Mỹ Linh"],
        photographers=["Nguyễn Thị Mỹ Linh"],
        opts={
            "posted": "2026-12-04T16:05:00+07:00",
            "cats": ["tin-tuc-su-kien", "hoat-dong-cua-be"],
            "account": "hoami_admin",
            "gallery_caption": "Một số hình ảnh tại hội thi",
        },
    ),
    Story(
        id=2409,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        title="Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa",
        cat="kien-thuc-nuoi-day-tre",
        published_at="2026-12-02T09:40:00+07:00",
        blocks=[
            P(
                "Bệnh tay chân miệng là bệnh truyền nhiễm thường gặp ở trẻ dưới 5 tuổi, lây qua đường tiêu "
                "hóa và tiếp xúc trực tiếp với dịch tiết của người bệnh. Những tháng cuối năm, khi thời "
                "tiết ở Cần Thơ vẫn còn mưa nhiều, số ca mắc thường tăng ở các trường mầm non."
            ),
            Img(
                "/wp-content/uploads/2026/12/rua-tay-phong-benh-1024x576.jpg",
                "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng dưới vòi nước sạch",
                "Cô giáo hướng dẫn trẻ rửa tay bằng xà phòng dưới vòi nước sạch",
                "block",
            ),
            P("Dấu hiệu nhận biết bệnh tay chân miệng", "h2"),
            P("Phụ huynh cần đưa trẻ đi khám ngay khi thấy các biểu hiện sau:"),
            P("Sốt nhẹ hoặc sốt cao, trẻ quấy khóc, biếng ăn;", "li"),
            P("Loét miệng, chảy nhiều nước bọt;", "li"),
            P("Phát ban dạng bóng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông;", "li"),
            P("Trẻ giật mình nhiều, ngủ không yên – đây là dấu hiệu bệnh đã chuyển nặng.", "li"),
            P("Phụ huynh cần làm gì để phòng bệnh cho trẻ?", "h2"),
            P("Giữ vệ sinh cá nhân", "h3"),
            P(
                "Rửa tay cho trẻ bằng xà phòng nhiều lần trong ngày, nhất là trước khi ăn, sau khi đi vệ "
                "sinh và khi đi học về. Cắt ngắn móng tay, không cho trẻ mút tay, ngậm đồ chơi."
            ),
            P("Vệ sinh đồ dùng và nhà cửa", "h3"),
            P(
                "Thường xuyên lau sàn nhà, tay nắm cửa, đồ chơi bằng xà phòng hoặc dung dịch khử khuẩn "
                "thông thường. Đồ chơi bằng vải nên giặt và phơi nắng mỗi tuần."
            ),
            P("Phối hợp với nhà trường", "h3"),
            P(
                "Khi trẻ có biểu hiện nghi mắc bệnh, phụ huynh cho trẻ nghỉ học ở nhà và báo ngay cho giáo "
                "viên chủ nhiệm để nhà trường tăng cường khử khuẩn lớp học, theo dõi sức khỏe các trẻ khác."
            ),
            _sig("<em>Nguồn: Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ</em>"),
        ],
        source="Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ",
        opts={
            "posted": "2026-12-02T09:40:00+07:00",
            "updated": "2026-12-03T08:12:00+07:00",
            "account": "bbt",
            "toc": True,
            "seo_title": "Cách phòng bệnh tay chân miệng cho trẻ mầm non | MN Họa Mi",
        },
    ),
    Story(
        id=2403,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 42%; text-align: center;">UBND QUẬN NINH KIỀU<br />'
                "<strong>TRƯỜNG MẦM NON HỌA MI</strong></td>"
                '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</strong><br /><strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 52/TB-MNHM</td>'
                '<td style="text-align: right;"><em>Ninh Kiều, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Công văn số 3185/UBND-VP ngày 25/11/2026 của Ủy ban nhân dân quận Ninh Kiều về việc "
                "nghỉ Tết Dương lịch năm 2027 đối với cán bộ, công chức, viên chức và người lao động;"
            ),
            P("Trường Mầm non Họa Mi thông báo đến quý phụ huynh lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("Thời gian nghỉ: từ thứ Sáu, ngày 01/01/2027 đến hết Chủ nhật, ngày 03/01/2027.", "li"),
            P("Thời gian đón trẻ trở lại: 6 giờ 30 phút, thứ Hai, ngày 04/01/2027.", "li"),
            P(
                "Trong thời gian nghỉ, nhà trường phân công cán bộ, nhân viên trực bảo vệ tài sản. Phụ "
                "huynh có nhu cầu liên hệ vui lòng gọi số điện thoại trực: 0292 3 812 456."
            ),
            P(
                "Kính mong quý phụ huynh sắp xếp công việc gia đình, nhắc nhở trẻ giữ gìn sức khỏe và an "
                "toàn trong những ngày nghỉ Tết."
            ),
            Raw(
                '<table style="border-collapse: collapse; width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Phụ huynh học sinh;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="width: 50%; text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Trần Thị Kim Phượng</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<div class="wp-block-file"><a id="wp-block-file--media-7c1d2f" '
                'href="/wp-content/uploads/2026/12/52-TB-MNHM-nghi-tet-duong-lich-2027.pdf">'
                "52-TB-MNHM-nghi-tet-duong-lich-2027</a>"
                '<a href="/wp-content/uploads/2026/12/52-TB-MNHM-nghi-tet-duong-lich-2027.pdf" '
                'class="wp-block-file__button wp-element-button" download '
                'aria-describedby="wp-block-file--media-7c1d2f">Tải xuống</a></div>'
            ),
        ],
        authors=["Trần Thị Kim Phượng"],
        opts={
            "posted": "2026-12-01T14:10:00+07:00",
            "account": "hoami_admin",
            "excerpt": (
                "UBND QUẬN NINH KIỀU TRƯỜNG MẦM NON HỌA MI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – "
                "Tự do – Hạnh phúc Số: 52/TB-MNHM Ninh Kiều, ngày 30 tháng 11 năm 2026 THÔNG BÁO Về việc "
                "nghỉ Tết Dương lịch năm 2027 Căn cứ Công văn số 3185/UBND-VP"
            ),
        },
    ),
    Story(
        id=2398,
        slug="be-lop-choi-2-trai-nghiem-lam-banh-bong-lan",
        title="Bé lớp Chồi 2 trải nghiệm làm bánh bông lan",
        cat="hoat-dong-cua-be",
        published_at="2026-11-28T06:45:00+07:00",
        blocks=[
            P(
                "Nằm trong chủ đề “Thực vật – Món ăn từ bột”, sáng thứ Sáu vừa qua, các bé lớp Chồi 2 đã có "
                "một tiết học trải nghiệm thật thú vị: tự tay làm những chiếc bánh bông lan nhỏ xinh."
            ),
            P(
                "Trước giờ học, cô giáo chuẩn bị đầy đủ nguyên liệu gồm bột mì, trứng gà, sữa tươi, đường "
                "và khuôn giấy nhiều màu. Các bé được quan sát, gọi tên từng nguyên liệu và cùng cô đếm số "
                "trứng cần dùng."
            ),
            Img(
                "/wp-content/uploads/2026/11/lam-banh-bong-lan-1-1024x768.jpg",
                "Các bé chăm chú quan sát cô đánh trứng",
                "Các bé chăm chú quan sát cô đánh trứng",
                "em",
            ),
            P(
                "Sau đó, mỗi nhóm bé thay phiên nhau khuấy bột, rót bột vào khuôn. Dù còn lúng túng, bột "
                "dính cả lên má, lên áo nhưng ai cũng háo hức, cười nói rộn ràng."
            ),
            Img(
                "/wp-content/uploads/2026/11/lam-banh-bong-lan-2-1024x768.jpg",
                "Bé Gia Hân và bé Minh Khôi cẩn thận rót bột vào khuôn",
                "Bé Gia Hân và bé Minh Khôi cẩn thận rót bột vào khuôn",
                "em",
            ),
            P(
                "Trong lúc chờ bánh chín, cô trò cùng trò chuyện về các bước làm bánh và nhắc nhau rửa tay "
                "sạch sẽ trước khi ăn. Khi những chiếc bánh vàng ươm, thơm phức được lấy ra khỏi lò, cả lớp "
                "reo lên thích thú."
            ),
            P(
                "Hoạt động không chỉ giúp trẻ phát triển vận động tinh, khả năng quan sát mà còn giúp các "
                "bé biết quý trọng công sức lao động và thêm yêu thích giờ học."
            ),
            _sig("Người viết: <strong>Cô Lê Thị Hồng Nhung</strong> &#8211; GV lớp Chồi 2"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={"posted": "2026-11-28T06:45:00+07:00", "account": "hoami_admin", "lazy": True},
    ),
    Story(
        id=2390,
        slug="xay-dung-bua-an-sang-du-chat-cho-tre-truoc-khi-den-truong",
        title="Xây dựng bữa ăn sáng đủ chất cho trẻ trước khi đến trường",
        cat="kien-thuc-nuoi-day-tre",
        published_at="2026-11-25T10:00:00+07:00",
        blocks=[
            P(
                "Bữa sáng cung cấp khoảng 25–30% nhu cầu năng lượng cả ngày của trẻ. Thế nhưng, nhiều gia "
                "đình vì vội đi làm nên thường cho trẻ ăn qua loa trên đường đến trường hoặc bỏ bữa sáng."
            ),
            P(
                "Theo các chuyên gia dinh dưỡng, một bữa sáng hợp lý cho trẻ mẫu giáo cần có đủ bốn nhóm "
                "chất: tinh bột, chất đạm, chất béo và vitamin – khoáng chất. Phụ huynh có thể thay đổi món "
                "ăn hằng ngày để trẻ không bị ngán."
            ),
            P("Gợi ý thực đơn bữa sáng trong tuần", "h3"),
            P("Thứ | Món chính | Món phụ", "tr"),
            P("Thứ Hai | Cháo thịt bằm bí đỏ | Sữa tươi không đường", "tr"),
            P("Thứ Ba | Bánh mì trứng ốp la | Chuối chín", "tr"),
            P("Thứ Tư | Hủ tiếu tôm thịt | Nước cam", "tr"),
            P("Thứ Năm | Xôi đậu xanh | Sữa chua", "tr"),
            P("Thứ Sáu | Bún riêu cua | Đu đủ chín", "tr"),
            P(
                "Phụ huynh lưu ý cho trẻ ăn sáng trước 7 giờ 30 phút, không cho trẻ vừa ăn vừa xem điện "
                "thoại, và hạn chế các loại thức ăn nhanh, nhiều dầu mỡ."
            ),
            P(
                "Thực đơn bán trú hằng tuần của nhà trường được niêm yết tại bảng tin và cập nhật trên "
                "trang Góc phụ huynh để gia đình tham khảo, tránh cho trẻ ăn trùng món trong ngày."
            ),
            Raw(
                '<div class="wp-block-file"><object class="wp-block-file__embed" '
                'data="/wp-content/uploads/2026/11/thuc-don-ban-tru-tuan-48.pdf" type="application/pdf" '
                'style="width:100%;height:600px" aria-label="Nhúng của Thực đơn bán trú tuần 48 (từ 23/11 '
                'đến 27/11/2026)"></object><a id="wp-block-file--media-91ab04" '
                'href="/wp-content/uploads/2026/11/thuc-don-ban-tru-tuan-48.pdf">Thực đơn bán trú tuần 48 '
                "(từ 23/11 đến 27/11/2026)</a>"
                '<a href="/wp-content/uploads/2026/11/thuc-don-ban-tru-tuan-48.pdf" '
                'class="wp-block-file__button wp-element-button" download '
                'aria-describedby="wp-block-file--media-91ab04">Tải xuống</a></div>'
            ),
            Raw("<p><em>Theo Viện Dinh dưỡng Quốc gia</em></p>"),
        ],
        source="Viện Dinh dưỡng Quốc gia",
        opts={
            "posted": "2026-11-25T10:00:00+07:00",
            "account": "bbt",
            "links": {"trang Góc phụ huynh": "/goc-phu-huynh/"},
        },
    ),
    Story(
        id=2376,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:15:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường Mầm non Họa Mi long trọng tổ chức lễ mít tinh kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm cúng, trang trọng."
        ),
        blocks=[
            P(
                "Sáng 19/11/2026, Trường Mầm non Họa Mi long trọng tổ chức lễ mít tinh kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) trong không khí ấm cúng, trang trọng.",
                "lead",
            ),
            P(
                "Tham dự buổi lễ có đại diện lãnh đạo Ủy ban nhân dân phường Tân An, Ban đại diện cha mẹ học "
                "sinh, các thế hệ nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            P(
                "Tại buổi lễ, cô Trần Thị Kim Phượng, Hiệu trưởng nhà trường, ôn lại truyền thống vẻ vang của "
                "ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của đội ngũ trong năm học vừa qua: "
                "100% giáo viên đạt chuẩn trình độ đào tạo, 6 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "quận."
            ),
            Img(
                "/wp-content/uploads/2026/11/mit-tinh-20-11-1024x683.jpg",
                "Cô Hiệu trưởng Trần Thị Kim Phượng phát biểu tại buổi lễ",
                "Cô Hiệu trưởng Trần Thị Kim Phượng phát biểu tại buổi lễ",
                "wpcap",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 cá nhân có thành tích xuất sắc trong phong trào "
                "thi đua “Dạy tốt – Học tốt”. Các bé lớp Lá cũng dành tặng thầy cô những bông hoa, tấm thiệp "
                "tự làm và những tiết mục văn nghệ đặc sắc."
            ),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
                '<iframe loading="lazy" title="Múa Cô giáo em - Lá 3 - MN Họa Mi" width="1200" height="675" '
                'src="https://www.youtube.com/embed/q7Vt3mHoaMi?feature=oembed" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture; web-share" allowfullscreen></iframe></div>'
                '<figcaption class="wp-element-caption">Tiết mục múa &#8220;Cô giáo em&#8221; của các bé '
                "lớp Lá 3</figcaption></figure>"
            ),
            P(
                "Buổi lễ khép lại trong niềm vui, xúc động của các thế hệ thầy cô – những người đã và đang "
                "ngày đêm tận tụy với sự nghiệp chăm sóc, giáo dục trẻ thơ."
            ),
            _sig("<strong>Bài: Phạm Thanh Tùng &#8211; Ảnh: Đỗ Quốc Bảo</strong>"),
        ],
        authors=["Phạm Thanh Tùng"],
        photographers=["Đỗ Quốc Bảo"],
        opts={
            "posted": "2026-11-20T08:15:00+07:00",
            "updated": "2026-11-21T10:02:00+07:00",
            "account": "hoami_admin",
            "seo_title": "Mít tinh chào mừng ngày 20/11 tại Trường MN Họa Mi | Ninh Kiều",
        },
    ),
    Story(
        id=2361,
        slug="be-vui-hoc-steam-chiec-thuyen-noi-tren-mat-nuoc",
        title="Bé vui học STEAM: “Chiếc thuyền nổi trên mặt nước”",
        cat="hoat-dong-cua-be",
        published_at="2026-11-16T14:30:00+07:00",
        blocks=[
            P(
                "Tuần qua, các bé lớp Lá 1 đã có một giờ học STEAM thật sôi nổi với chủ đề “Chiếc thuyền nổi "
                "trên mặt nước”.",
                "fb:🌈:1f308",
            ),
            P(
                "Từ những vật liệu quen thuộc như hộp sữa, nắp chai, ống hút, giấy bạc và đất nặn, các bé "
                "được cô gợi ý để tự thiết kế chiếc thuyền của nhóm mình.",
                "fb",
            ),
            P("Bước 1: Quan sát, dự đoán vật nào nổi, vật nào chìm.", "fb:👉:1f449"),
            P("Bước 2: Vẽ phác thảo chiếc thuyền và chọn vật liệu.", "fb:👉:1f449"),
            P("Bước 3: Lắp ghép thuyền và thả thử vào chậu nước.", "fb:👉:1f449"),
            P("Bước 4: Điều chỉnh để thuyền chở được nhiều “hàng hóa” nhất.", "fb:👉:1f449"),
            Img("/wp-content/uploads/2026/11/steam-thuyen-noi-1024x768.jpg", None, None, "block"),
            P(
                "Có nhóm làm thuyền bị nghiêng, có nhóm thuyền chìm ngay khi thả viên bi đầu tiên, nhưng các "
                "bé không nản lòng mà cùng nhau bàn bạc, sửa lại. Cuối giờ, thuyền của nhóm “Cá heo” chở "
                "được tới 15 viên bi mà vẫn nổi.",
                "fb",
            ),
            P(
                "💙 Qua hoạt động, trẻ được phát triển tư duy, khả năng hợp tác và ngôn ngữ mạch lạc khi "
                "giới thiệu sản phẩm của nhóm mình.",
                "fb",
            ),
            Raw(
                '<p><span class="html-span xdj266r x11i5rnm xat24cr x1mh8g0r">'
                '<a class="x1i10hfl xjbqb8w" href="https://www.facebook.com/hashtag/mamnonhoami" '
                'tabindex="0">#MamNonHoaMi</a></span> <span class="html-span xdj266r x11i5rnm">'
                '<a class="x1i10hfl xjbqb8w" href="https://www.facebook.com/hashtag/steam">#STEAM</a>'
                '</span> <span class="html-span xdj266r"><a class="x1i10hfl xjbqb8w" '
                'href="https://www.facebook.com/hashtag/bevuihoc">#BeVuiHoc</a></span></p>'
            ),
        ],
        opts={"posted": "2026-11-16T14:30:00+07:00", "account": "hoami_admin"},
    ),
    Story(
        id=2350,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10T09:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 07/11/2026, Trường Mầm non Họa Mi tổ chức Hội nghị viên chức, người lao động năm "
                "học 2026 – 2027 với sự tham dự của 42 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học mới và "
                "báo cáo công khai tài chính. Năm học 2026 – 2027, nhà trường phấn đấu huy động 100% trẻ 5 "
                "tuổi trên địa bàn ra lớp, giữ vững danh hiệu trường đạt chuẩn quốc gia mức độ 2."
            ),
            Img(
                "/wp-content/uploads/2026/11/hoi-nghi-vien-chuc-1024x683.jpg",
                "Toàn cảnh hội nghị",
                "Toàn cảnh hội nghị",
                "wpcap",
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về việc nâng cao chất "
                "lượng bữa ăn bán trú, cải tạo sân chơi và tăng cường ứng dụng công nghệ thông tin trong quản "
                "lý."
            ),
            P(
                "Hội nghị cũng đã biểu quyết thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và ký "
                "kết giao ước thi đua giữa các tổ chuyên môn."
            ),
            P(
                "Trước đó, trong tháng 10, nhà trường đã đón đoàn kiểm tra công tác đầu năm học của Phòng "
                "Giáo dục và Đào tạo quận."
            ),
            _sig("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "posted": "2026-11-10T09:00:00+07:00",
            "account": "hoami_admin",
            "links": {
                "đoàn kiểm tra công tác đầu năm học": "/2026/10/22/doan-kiem-tra-phong-gd-dt-lam-viec-tai-truong/"
            },
        },
    ),
    Story(
        id=2342,
        slug="ngay-hoi-be-voi-an-toan-giao-thong",
        title="Ngày hội “Bé với an toàn giao thông”",
        cat="hoat-dong-cua-be",
        published_at="2026-11-05T15:45:00+07:00",
        blocks=[
            P(
                "Nhằm giáo dục trẻ những hiểu biết ban đầu về luật giao thông đường bộ, sáng 05/11/2026, "
                "Trường Mầm non Họa Mi phối hợp với Đội Cảnh sát giao thông Công an quận Ninh Kiều tổ chức "
                "ngày hội “Bé với an toàn giao thông”."
            ),
            P(
                "Tại sân trường, các chú cảnh sát giao thông đã giới thiệu với các bé về các loại biển báo "
                "quen thuộc, ý nghĩa của đèn tín hiệu xanh, vàng, đỏ và cách đội mũ bảo hiểm đúng cách."
            ),
            Img(
                "/wp-content/uploads/2026/11/atgt-be-doi-mu-1024x683.jpg",
                "Chú cảnh sát hướng dẫn bé đội mũ bảo hiểm",
                "Chú cảnh sát hướng dẫn bé đội mũ bảo hiểm",
                "em",
            ),
            P(
                "Các bé được thực hành đi qua mô hình ngã tư đường phố, dừng lại khi đèn đỏ, đi bên phải "
                "đường và qua đường ở vạch kẻ dành cho người đi bộ."
            ),
            P(
                "Nhân dịp này, nhà trường trao tặng 120 chiếc mũ bảo hiểm đạt chuẩn cho các bé lớp Chồi và "
                "Lá, do Ban đại diện cha mẹ học sinh vận động tài trợ."
            ),
            _sig("<em>Tin: Huỳnh Ngọc Trâm &#8211; Ảnh: Lâm Gia Huy</em>"),
        ],
        authors=["Huỳnh Ngọc Trâm"],
        photographers=["Lâm Gia Huy"],
        opts={"posted": "2026-11-05T15:45:00+07:00", "account": "hoami_admin", "nfd": True},
    ),
    Story(
        id=2331,
        slug="giup-tre-3-tuoi-vuot-qua-nhung-ngay-dau-den-truong",
        title="Giúp trẻ 3 tuổi vượt qua những ngày đầu đến trường",
        cat="kien-thuc-nuoi-day-tre",
        published_at="2026-10-30T10:20:00+07:00",
        blocks=[
            P(
                "Giai đoạn đầu đi nhà trẻ, mẫu giáo là một thử thách lớn với trẻ 3 tuổi. Trẻ phải tách khỏi "
                "vòng tay cha mẹ, làm quen với cô giáo, bạn bè và nề nếp sinh hoạt hoàn toàn mới."
            ),
            P("Vì sao trẻ khóc khi đến trường?", "h2"),
            P(
                "Khóc là cách trẻ thể hiện cảm giác lo lắng khi phải xa người thân. Phần lớn trẻ sẽ thích "
                "nghi sau khoảng hai đến bốn tuần nếu được gia đình và nhà trường chuẩn bị tốt."
            ),
            P("Cha mẹ nên chuẩn bị gì trước ngày đầu tiên?", "h2"),
            P("Cho trẻ đến thăm trường, làm quen với lớp học và cô giáo trước khi nhập học.", "ol"),
            P("Điều chỉnh giờ ăn, giờ ngủ ở nhà gần giống với chế độ sinh hoạt ở trường.", "ol"),
            P(
                "Kể cho trẻ nghe những điều thú vị ở trường bằng giọng vui vẻ, không dọa nạt “không ngoan "
                "thì cho đi học”.",
                "ol",
            ),
            P("Chế độ sinh hoạt một ngày của trẻ tại trường", "h2"),
            P("Thời gian | Hoạt động", "tr"),
            P("6g30 – 7g30 | Đón trẻ, trò chuyện, thể dục sáng", "tr"),
            P("7g30 – 8g30 | Hoạt động học", "tr"),
            P("8g30 – 10g00 | Hoạt động ngoài trời, chơi ở các góc", "tr"),
            P("10g00 – 14g00 | Ăn trưa, ngủ trưa", "tr"),
            P("14g00 – 16g30 | Ăn xế, hoạt động chiều, trả trẻ", "tr"),
            P("Những điều cha mẹ không nên làm", "h2"),
            P(
                "Không lén bỏ về khi trẻ đang mải chơi, vì điều đó làm trẻ mất lòng tin. Hãy chào tạm biệt "
                "trẻ ngắn gọn, hứa giờ đón và đến đón đúng hẹn."
            ),
            P(
                "Nếu sau một tháng trẻ vẫn khóc nhiều, ăn ngủ kém, phụ huynh nên trao đổi với giáo viên để "
                "cùng tìm nguyên nhân và cách hỗ trợ phù hợp."
            ),
            _sig("<strong>ThS. Phạm Ngọc Diễm</strong> &#8211; Phó Hiệu trưởng"),
        ],
        authors=["Phạm Ngọc Diễm"],
        opts={
            "posted": "2026-10-30T10:20:00+07:00",
            "updated": "2026-11-14T15:31:00+07:00",
            "account": "bbt",
            "toc": True,
        },
    ),
    Story(
        id=2318,
        slug="doan-kiem-tra-phong-gd-dt-lam-viec-tai-truong",
        title="Đoàn kiểm tra Phòng GD&ĐT quận Ninh Kiều làm việc tại trường",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T16:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo quận Ninh Kiều do ông Nguyễn "
                "Hoàng Phúc, Phó Trưởng phòng, làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị năm học mới "
                "tại Trường Mầm non Họa Mi."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục của các nhóm, lớp, công tác tổ chức bán "
                "trú và điều kiện cơ sở vật chất, đồ dùng, đồ chơi."
            ),
            Img("/wp-content/uploads/2026/10/doan-kiem-tra-1024x683.jpg", "Ảnh: Đỗ Quốc Bảo", None, "block"),
            P(
                "Đoàn đánh giá cao sự chủ động của nhà trường trong việc sắp xếp, bố trí lớp học khoa học, "
                "bếp ăn đảm bảo quy trình một chiều, môi trường lớp học được trang trí sinh động, gần gũi với "
                "trẻ."
            ),
            P(
                "Bên cạnh đó, đoàn cũng góp ý nhà trường cần bổ sung thêm đồ chơi ngoài trời cho khối Nhà "
                "trẻ và tăng cường bồi dưỡng giáo viên về kỹ năng ứng dụng công nghệ thông tin."
            ),
            P(
                "Tiếp thu ý kiến của đoàn, cô Hiệu trưởng Trần Thị Kim Phượng cam kết sẽ khắc phục những tồn "
                "tại trong thời gian sớm nhất, phấn đấu hoàn thành tốt nhiệm vụ năm học 2026 – 2027."
            ),
            _sig("<strong>Hồng Nhung</strong>"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Đỗ Quốc Bảo"],
        opts={"posted": "2026-10-22T16:00:00+07:00", "account": "hoami_admin"},
    ),
    Story(
        id=2305,
        slug="be-lop-la-1-tham-quan-bao-tang-thanh-pho-can-tho",
        title="Bé lớp Lá 1 tham quan Bảo tàng thành phố Cần Thơ",
        cat="hoat-dong-cua-be",
        published_at="2026-10-15T09:30:00+07:00",
        blocks=[
            P(
                "Sáng thứ Tư ngày 14/10/2026, 35 bé lớp Lá 1 cùng các cô giáo đã có chuyến tham quan Bảo "
                "tàng thành phố Cần Thơ trên đường Hòa Bình."
            ),
            P(
                "Tại đây, các bé được nghe cô hướng dẫn viên kể về cuộc sống của người dân miền Tây xưa qua "
                "những hiện vật gần gũi: chiếc xuồng ba lá, cái nơm bắt cá, bộ đồ nghề làm bánh tráng."
            ),
            P("Nhiều câu hỏi ngộ nghĩnh được các bé đặt ra:"),
            P("– Cô ơi, ngày xưa không có xe máy thì đi chợ bằng gì ạ?", "br"),
            P("– Cái nơm này bắt được cá to không cô?", "br"),
            Img(
                "/wp-content/uploads/2026/10/tham-quan-bao-tang-1024x683.jpg",
                "Các bé lắng nghe hướng dẫn viên giới thiệu về chiếc xuồng ba lá",
                "Các bé lắng nghe hướng dẫn viên giới thiệu về chiếc xuồng ba lá",
                "wpcap",
            ),
            P(
                "Chuyến tham quan giúp trẻ mở rộng hiểu biết về quê hương, biết yêu quý, giữ gìn những giá "
                "trị truyền thống của vùng đất Tây Đô."
            ),
            _sig("GV lớp Lá 1: <strong>Nguyễn Thị Thanh Vân</strong>"),
        ],
        authors=["Nguyễn Thị Thanh Vân"],
        opts={"posted": "2026-10-15T09:30:00+07:00", "account": "hoami_admin"},
    ),
    Story(
        id=2296,
        slug="vuon-rau-cua-be-noi-tre-hoc-cach-yeu-lao-dong",
        title="Vườn rau của bé – nơi trẻ học cách yêu lao động",
        cat="hoat-dong-cua-be",
        published_at="2026-10-08T08:00:00+07:00",
        blocks=[
            P(
                "Ở góc sân sau của Trường Mầm non Họa Mi có một khu vườn nhỏ xanh mướt với những luống cải "
                "ngọt, rau muống, mồng tơi và mấy giàn mướp đang ra hoa vàng. Đó là “Vườn rau của bé” – nơi "
                "các bạn nhỏ ngày ngày được chăm sóc, vun xới."
            ),
            P(
                "Mỗi lớp mẫu giáo được nhận một luống rau. Vào giờ hoạt động ngoài trời, các bé thay phiên "
                "nhau tưới nước, nhổ cỏ, bắt sâu dưới sự hướng dẫn của cô."
            ),
            Img(
                "/wp-content/uploads/2026/10/vuon-rau-cua-be-1-1024x768.jpg",
                "Bé lớp Chồi 1 tưới rau mỗi buổi sáng",
                "Bé lớp Chồi 1 tưới rau mỗi buổi sáng",
                "em",
            ),
            P(
                "Khi rau đến ngày thu hoạch, các bé hồ hởi cùng cô nhổ rau, rửa sạch và mang xuống bếp. Những "
                "bó rau do chính tay mình trồng được cô cấp dưỡng nấu thành món canh trong bữa trưa, bé nào "
                "cũng ăn ngon miệng."
            ),
            Img(
                "/wp-content/uploads/2026/10/vuon-rau-cua-be-2-1024x768.jpg",
                "Niềm vui của các bé trong ngày thu hoạch",
                "Niềm vui của các bé trong ngày thu hoạch",
                "em",
            ),
            P(
                "Thông qua mô hình vườn rau, trẻ được khám phá quá trình phát triển của cây, học cách yêu lao "
                "động và trân trọng thành quả mà mình làm ra."
            ),
            _sig("<em>Kim Ngân (Tổ Chồi)</em>"),
        ],
        authors=["Kim Ngân"],
        opts={"posted": "2026-10-08T08:00:00+07:00", "account": "bbt", "lazy": True},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
# newest first, by posting time
ORDERED = sorted(STORIES, key=lambda s: s.opts["posted"], reverse=True)

UTM_PATH = "/giup-tre-3-tuoi-vuot-qua-nhung-ngay-dau-den-truong.html?utm_source=zalo&utm_medium=social"


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


def in_category(slug: str) -> list[Story]:
    return [s for s in ORDERED if slug in cats_of(s)]


def permalink(story: Story) -> str:
    return f"/{story.slug}.html"


# --- small formatting helpers ---------------------------------------------------------------

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def wpt(value: str, nfd: bool = False) -> str:
    """Escaped text the way wptexturize prints it (curly quotes and dashes as references)."""
    s = esc(value).replace("&#x27;", "&#8217;")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return unicodedata.normalize("NFD", s) if nfd else s


def title_html(story: Story) -> str:
    """The title as WordPress prints it (A9's was typed in NFD and is stored so)."""
    return wpt(story.title, bool(story.opts.get("nfd")))


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def hm(iso: str) -> str:
    return iso[11:16]


def utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).isoformat()


def rfc822(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def plain_paragraphs(story: Story) -> list[str]:
    return [b.text for b in story.blocks if isinstance(b, P)]


def excerpt(story: Story, words: int) -> str:
    src = story.opts.get("excerpt") or " ".join(plain_paragraphs(story))
    parts = src.split()
    return " ".join(parts[:words])


def thumb(story: Story) -> str | None:
    imgs = story.images
    if not imgs:
        return None
    return _sized(imgs[0].src, 300)


_SIZE = re.compile(r"-(\d+)x(\d+)(\.\w+)$")


def _dims(src: str) -> tuple[int, int]:
    m = _SIZE.search(src)
    return (int(m.group(1)), int(m.group(2))) if m else (1024, 683)


def _sized(src: str, width: int) -> str:
    w, h = _dims(src)
    return _SIZE.sub(f"-{width}x{round(width * h / w)}\\3", src)


def _full(src: str) -> str:
    return _SIZE.sub(r"\3", src)


# --- article content ------------------------------------------------------------------------

_LAZY_SVG = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%20{w}%20{h}'%3E%3C/svg%3E"


def img_tag(story: Story, img: Img, n: int, lazy: bool, extra_cls: str = "") -> str:
    w, h = _dims(img.src)
    attach = story.id + 40 + n
    srcset = f"{img.src} {w}w, {_sized(img.src, 300)} 300w, {_sized(img.src, 768)} 768w, {_full(img.src)} 1600w"
    alt = "" if img.printed else img.src.rsplit("/", 1)[1].rsplit("-", 1)[0]
    cls = f"{extra_cls} wp-image-{attach}".strip()
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    if not lazy:
        return (
            f'<img decoding="async" loading="lazy" width="{w}" height="{h}" src="{img.src}" alt="{esc(alt)}" '
            f'class="{cls}" srcset="{srcset}" sizes="{sizes}" />'
        )
    return (
        f'<img decoding="async" width="{w}" height="{h}" src="{_LAZY_SVG.format(w=w, h=h)}" '
        f'alt="{esc(alt)}" class="{cls}" data-lazy-srcset="{srcset}" data-lazy-sizes="{sizes}" '
        f'data-lazy-src="{img.src}" /><noscript><img decoding="async" width="{w}" height="{h}" '
        f'src="{img.src}" alt="{esc(alt)}" class="{cls}" srcset="{srcset}" sizes="{sizes}" /></noscript>'
    )


def _anchor(text_: str) -> str:
    base = unicodedata.normalize("NFD", text_)
    base = "".join(c for c in base if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[^A-Za-z0-9]+", "_", base).strip("_")


def _para_html(story: Story, p: P) -> str:
    nfd = bool(story.opts.get("nfd"))
    body = wpt(p.text, nfd)
    for phrase, href in story.opts.get("links", {}).items():
        body = body.replace(wpt(phrase, nfd), f'<a href="{href}">{wpt(phrase, nfd)}</a>')
    return body


def _fb_emoji(ch: str, code: str) -> str:
    return (
        f'<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 '
        f'x1j61x8r x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od"><img height="16" '
        f'width="16" alt="{ch}" referrerpolicy="origin-when-cross-origin" '
        f'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/{code}.png"></span>'
    )


def _toc(story: Story) -> str:
    items = []
    n = 0
    sub: list[str] = []

    def flush() -> None:
        if sub:
            items.append("<ul class='ez-toc-list-level-3'>" + "".join(sub) + "</ul>")
            sub.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style in ("h2", "h3"):
            n += 1
            a = _anchor(b.text)
            li = (
                f"<li class='ez-toc-page-1 ez-toc-heading-level-{b.style[1]}'><a class=\"ez-toc-link "
                f'ez-toc-heading-{n}" href="#{a}" title="{esc(b.text)}">{wpt(b.text)}</a>'
            )
            if b.style == "h2":
                flush()
                if items:
                    items[-1] += "</li>"
                items.append(li)
            else:
                sub.append(li + "</li>")
    flush()
    if items:
        items[-1] += "</li>"
    return (
        '<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter '
        'ez-toc-light-blue ez-toc-container-direction">\n<div class="ez-toc-title-container">\n'
        '<p class="ez-toc-title" style="cursor:inherit">Mục lục</p>\n<span class="ez-toc-title-toggle">'
        '<a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" '
        'aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con">Ẩn</span></a></span></div>\n'
        '<nav><ul class=\'ez-toc-list ez-toc-list-level-1 \' >' + "".join(items) + "</ul></nav></div>\n"
    )


def render_blocks(story: Story) -> str:
    lazy = bool(story.opts.get("lazy"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    toc_done = not story.opts.get("toc")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gallery":
                figs = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    g = blocks[i]
                    cap = f'<figcaption class="wp-element-caption">{wpt(g.printed)}</figcaption>' if g.printed else ""
                    figs.append(
                        f'<figure class="wp-block-image size-large">{img_tag(story, g, n_img, lazy)}{cap}</figure>'
                    )
                    n_img += 1
                    i += 1
                gcap = story.opts.get("gallery_caption")
                gcap_html = (
                    f'<figcaption class="blocks-gallery-caption wp-element-caption">{wpt(gcap)}</figcaption>'
                    if gcap
                    else ""
                )
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-default is-cropped '
                    'wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                    + "\n".join(figs)
                    + gcap_html
                    + "</figure>"
                )
                continue
            tag = img_tag(story, b, n_img, lazy, "aligncenter size-large" if b.style in ("em", "wpcap") else "")
            attach = story.id + 40 + n_img
            if b.style == "block":
                cap = f'<figcaption class="wp-element-caption">{wpt(b.printed)}</figcaption>' if b.printed else ""
                out.append(f'<figure class="wp-block-image aligncenter size-large">{tag}{cap}</figure>')
            elif b.style == "wpcap":
                w, _ = _dims(b.src)
                out.append(
                    f'<figure id="attachment_{attach}" aria-describedby="caption-attachment-{attach}" '
                    f'style="width: {w}px" class="wp-caption aligncenter">{tag}<figcaption '
                    f'id="caption-attachment-{attach}" class="wp-caption-text">{wpt(b.printed or "")}'
                    "</figcaption></figure>"
                )
            else:  # "em": the photo in its own paragraph, the line under it centred in italics
                out.append(f"<p>{tag}</p>")
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{wpt(b.printed)}</em></p>')
            n_img += 1
            i += 1
            continue
        # a paragraph
        style = b.style
        if style in ("h2", "h3"):
            if not toc_done:
                out.append(_toc(story))
                toc_done = True
            a = _anchor(b.text)
            if story.opts.get("toc"):
                out.append(
                    f'<{style} class="wp-block-heading"><span class="ez-toc-section" id="{a}" '
                    f'ez-toc-data-id="#{a}"></span>{_para_html(story, b)}<span class="ez-toc-section-end">'
                    f"</span></{style}>"
                )
            else:
                out.append(f'<{style} class="wp-block-heading">{_para_html(story, b)}</{style}>')
            i += 1
        elif style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                items.append(f"<li>{_para_html(story, blocks[i])}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">\n' + "\n".join(items) + f"\n</{tag}>")
        elif style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append("<thead><tr>" + "".join(f"<th>{wpt(c)}</th>" for c in cells) + "</tr></thead><tbody>")
                    first = False
                else:
                    rows.append("<tr>" + "".join(f"<td>{wpt(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
        elif style == "lead":
            out.append(f"<p><strong>{_para_html(story, b)}</strong></p>")
            i += 1
        elif style.startswith("fb"):
            # Facebook's paste: each line a div of spans, emoji as pictures
            parts = style.split(":")
            pic = _fb_emoji(parts[1], parts[2]) + " " if len(parts) == 3 else ""
            out.append(
                '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto" '
                f'style="text-align: start;">{pic}{_para_html(story, b)}</div></div>'
            )
            i += 1
        else:
            # plain paragraph, followed perhaps by <br>-continued lines
            lines = [_para_html(story, b)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_para_html(story, blocks[i]))
                i += 1
            out.append("<p>" + "<br />\n".join(lines) + "</p>")
        if i == 2 and story.id % 2 == 1:
            out.append("<p>&nbsp;</p>")  # the editor's empty spacer paragraph
    return "\n".join(out)


def wpsp_item(story: Story, heading: str = "h2", words: int = 22) -> str:
    link = permalink(story)
    posted = story.opts["posted"]
    cls = " ".join(f"category-{c}" for c in cats_of(story))
    th = thumb(story)
    image = (
        f'<div class="wp-show-posts-image  wpsp-image-left "><a href="{link}" title="{esc(story.title)}">'
        f'<img src="{th}" alt="{esc(story.title)}" itemprop="image" class="left" /></a></div>'
        if th
        else ""
    )
    return (
        f'<article class=" wp-show-posts-single wpsp-clearfix post-{story.id} post type-post status-publish '
        f'format-standard{" has-post-thumbnail" if th else ""} hentry {cls}" '
        'itemtype="http://schema.org/CreativeWork" itemscope>'
        '<div class="wp-show-posts-inner"  >'
        f"{image}"
        '<header class="wp-show-posts-entry-header">'
        f'<{heading} class="wp-show-posts-entry-title" itemprop="headline"><a href="{link}" rel="bookmark">'
        f"{title_html(story)}</a></{heading}>"
        '<div class="wp-show-posts-entry-meta wp-show-posts-entry-meta-below-title post-meta-inline">'
        f'<span class="wp-show-posts-posted-on wp-show-posts-meta"><a href="{link}" title="{hm(posted)}" '
        f'rel="bookmark"><time class="wp-show-posts-entry-date published" datetime="{posted}" '
        f'itemprop="datePublished">{dmy(posted)}</time></a></span></div></header>'
        f'<div class="wp-show-posts-entry-summary" itemprop="text"><p>{wpt(excerpt(story, words))}&#8230;</p></div>'
        "</div></article>"
    )


RELATED_LIST = {"tin-tuc-su-kien": 230, "hoat-dong-cua-be": 231, "kien-thuc-nuoi-day-tre": 232}


def related_block(story: Story) -> str:
    items = in_category(story.cat)[:3]
    lid = RELATED_LIST[story.cat]
    return (
        '<h3 class="wp-block-heading tieu-de-lq" style="font-size:18px">Bài viết cùng chuyên mục</h3>\n'
        f'<section id="wpsp-{lid}" class=" wp-show-posts-columns wp-show-posts" style="margin-left:-2em; ">'
        + "".join(wpsp_item(s, "h3", 18) for s in items)
        + '<div class="wpsp-clear"></div></section>'
    )


def share_tools(request: Request, story: Story) -> str:
    url = quote(base_url(request) + permalink(story), safe="")
    name = quote(story.title, safe="")
    link = permalink(story) + "/print/"
    buttons = "".join(
        f'<a class="a2a_button_{b}" href="https://www.addtoany.com/add_to/{b}?linkurl={url}&amp;linkname={name}" '
        f'title="{t}" rel="nofollow noopener" target="_blank"></a>'
        for b, t in (("facebook", "Facebook"), ("zalo", "Zalo"), ("email", "Email"))
    )
    return (
        f'<p class="wp-print-link"><a href="{link}" title="In bài viết" rel="nofollow">'
        '<img class="WP-PrintIcon" src="/wp-content/plugins/wp-print/images/print.gif" alt="In bài viết" '
        f'title="In bài viết" style="border: 0px;" /></a>&nbsp;<a href="{link}" title="In bài viết" '
        'rel="nofollow">In bài viết</a></p>'
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ:</div>'
        f'<div class="a2a_kit a2a_kit_size_28 addtoany_list" data-a2a-url="{base_url(request)}{permalink(story)}" '
        f'data-a2a-title="{esc(story.title)}">{buttons}'
        '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a>'
        "</div></div>"
    )


def entry_content(request: Request, story: Story) -> str:
    return render_blocks(story) + "\n" + related_block(story) + "\n" + share_tools(request, story)


# --- the chrome -----------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Công khai giáo dục", "/cong-khai-giao-duc/")]),
    (
        "Tin tức",
        "#",
        [("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien/"), ("Hoạt động của bé", "/chuyen-muc/hoat-dong-cua-be/")],
    ),
    ("Góc phụ huynh", "/goc-phu-huynh/", [("Kiến thức nuôi dạy trẻ", "/chuyen-muc/kien-thuc-nuoi-day-tre/")]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu(current: str) -> str:
    out = []
    n = 31
    for label, href, children in MENU:
        n += 1
        cls = f"menu-item menu-item-type-{'custom' if href == '#' else 'post_type'} menu-item-{n}"
        if href == current:
            cls += " current-menu-item"
        if children:
            cls += " menu-item-has-children"
            sub = "".join(
                f'<li id="menu-item-{n * 10 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'menu-item-{n * 10 + k}"><a href="{h}">{esc(lb)}</a></li>'
                for k, (lb, h) in enumerate(children)
            )
            out.append(
                f'<li id="menu-item-{n}" class="{cls}"><a href="{href}">{esc(label)}<span role="presentation" '
                'class="dropdown-menu-toggle"><span class="gp-icon icon-arrow"><svg viewBox="0 0 330 512" '
                'aria-hidden="true" width="1em" height="1em"><path d="M305.913 197.085c0 2.266-1.133 4.815-2.833 '
                '6.514L171.087 335.593"></path></svg></span></span></a>'
                f'<ul class="sub-menu">{sub}</ul></li>'
            )
        else:
            out.append(f'<li id="menu-item-{n}" class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return "".join(out)


def _sidebar() -> str:
    recent = "".join(
        f'<li><a href="{permalink(s)}">{title_html(s)}</a><span class="post-date">{dmy(s.opts["posted"])}</span></li>'
        for s in ORDERED[:5]
    )
    return f"""
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
<div class="inside-right-sidebar">
<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" title="Tìm kiếm cho:"></label>
<button class="search-submit" aria-label="Tìm kiếm"><span class="gp-icon icon-search"></span></button></form></aside>
<aside id="recent-posts-3" class="widget inner-padding widget_recent_entries">
<h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>
<aside id="text-5" class="widget inner-padding widget_text"><h2 class="widget-title">Thông báo</h2>
<div class="textwidget"><p><marquee direction="up" scrollamount="2" height="90">Nhà trường nhận hồ sơ đăng ký
cho trẻ học hè và lớp năng khiếu (vẽ, múa, võ thuật) tại Văn phòng từ 7g00 đến 16g30 các ngày trong tuần.</marquee></p></div></aside>
<aside id="custom_html-2" class="widget_text widget inner-padding widget_custom_html"><h2 class="widget-title">Liên kết website</h2>
<div class="textwidget custom-html-widget"><ul class="lk-web">
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://cantho.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT thành phố Cần Thơ</a></li>
<li><a href="https://ninhkieu.cantho.gov.vn" target="_blank" rel="noopener">Cổng TTĐT quận Ninh Kiều</a></li>
<li><a href="https://www.facebook.com/mamnonhoami.ninhkieu" target="_blank" rel="noopener">Fanpage MN Họa Mi</a></li>
</ul></div></aside>
<aside id="polls-widget-2" class="widget inner-padding widget_polls-widget"><h2 class="widget-title">Ý kiến phụ huynh</h2>
<div id="polls-4" class="wp-polls"><form id="polls_form_4" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_4_nonce" name="wp-polls-nonce" value="3e1f0a9c7b" /></p>
<p style="text-align: center;"><strong>Phụ huynh đánh giá thế nào về bữa ăn bán trú của trẻ?</strong></p>
<div id="polls-4-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-11" name="poll_4" value="11" /> <label for="poll-answer-11">Rất hài lòng</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_4" value="12" /> <label for="poll-answer-12">Hài lòng</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_4" value="13" /> <label for="poll-answer-13">Cần cải thiện</label></li>
</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p></div></form></div></aside>
<aside id="wpstatistics_widget-2" class="widget inner-padding widget_wpstatistics_widget"><h2 class="widget-title">Thống kê truy cập</h2>
<ul class="wp-statistics-widget"><li><label>Đang online:</label> 9</li><li><label>Hôm nay:</label> 187</li>
<li><label>Hôm qua:</label> 242</li><li><label>Tổng truy cập:</label> 254.371</li></ul></aside>
</div></div>"""


def page(
    request: Request,
    *,
    title: str,
    body_class: str,
    main: str,
    current: str = "",
    head_extra: str = "",
    breadcrumb: str = "",
) -> str:
    host = base_url(request)
    crumbs = (
        f'<div class="grid-container yoast-bc"><p id="breadcrumbs"><span><span><a href="{host}/">Trang chủ</a>'
        f"</span> » {breadcrumb}</span></p></div>"
        if breadcrumb
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head_extra}
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; Dòng thông tin" href="{host}/feed/" />
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg"}};</script>
<link rel='stylesheet' id='generate-style-css' href='/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
<link rel='stylesheet' id='wp-show-posts-css' href='/wp-content/plugins/wp-show-posts/css/wp-show-posts-min.css?ver=1.1.6' media='all' />
<link rel='stylesheet' id='generate-child-css' href='/wp-content/themes/hoami-child/style.css?ver=1701234567' media='all' />
<style id='generate-style-inline-css'>.posted-on .updated{{display:none;}}.byline,.single .byline{{display:inline;}}</style>
<link rel="icon" href="/wp-content/uploads/2026/08/cropped-logo-hoa-mi-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/WebPage" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Chuyển đến phần nội dung">Chuyển đến phần nội dung</a>
<div class="top-bar top-bar-align-right"><div class="inside-top-bar grid-container">
<aside id="text-2" class="widget inner-padding widget_text"><div class="textwidget"><p><span class="ngay-hom-nay">{TODAY_LINE}</span> | Hotline: <a href="tel:02923812456">0292 3 812 456</a></p></div></aside>
</div></div>
<header class="site-header grid-container" id="masthead" aria-label="Trang" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding-container"><div class="site-logo">
<a href="{host}/" rel="home"><img class="header-image is-logo-image" alt="{SITE_NAME}" src="/wp-content/uploads/2026/08/logo-hoa-mi.png" width="420" height="96" /></a></div>
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{host}/" rel="home">{SITE_NAME.upper()}</a></p>
<p class="site-description" itemprop="description">Quận Ninh Kiều &#8211; Thành phố Cần Thơ</p></div></div></div></header>
<nav class="main-navigation grid-container nav-align-center sub-menu-right" id="site-navigation" aria-label="Chính" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false"><span class="mobile-menu">Menu</span></button>
<div id="primary-menu" class="main-nav"><ul id="menu-menu-chinh" class=" menu sf-menu">{_menu(current)}</ul></div></div></nav>
{crumbs}
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
{main}
</main>
</div>
{_sidebar()}
</div>
</div>
<div class="site-footer footer-bar-active footer-bar-align-right">
<div id="footer-widgets" class="site footer-widgets"><div class="footer-widgets-container grid-container"><div class="inside-footer-widgets">
<div class="footer-widget-1"><aside id="text-7" class="widget inner-padding widget_text"><h2 class="widget-title">Trường Mầm non Họa Mi</h2>
<div class="textwidget"><p>Địa chỉ: Số 27 đường Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều, TP. Cần Thơ<br />
Điện thoại: 0292 3 812 456<br />Email: <a href="mailto:mnhoami.ninhkieu@cantho.edu.vn">mnhoami.ninhkieu@cantho.edu.vn</a></p></div></aside></div>
<div class="footer-widget-2"><aside id="text-8" class="widget inner-padding widget_text"><h2 class="widget-title">Giờ đón &#8211; trả trẻ</h2>
<div class="textwidget"><p>Sáng: 6g30 &#8211; 7g30<br />Chiều: 16g00 &#8211; 17g00<br />Thứ Bảy, Chủ nhật: nghỉ</p></div></aside></div>
</div></div></div>
<footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope>
<div class="inside-site-info grid-container"><div class="footer-bar"><aside id="nav_menu-3" class="widget inner-padding widget_nav_menu">
<div class="menu-footer-container"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></div></aside></div>
<div class="copyright-bar">&copy; 2026 {SITE_NAME} &bull; Xây dựng với <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script src="/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.4.0" id="generate-menu-js"></script>
<script src="/wp-content/plugins/wp-rocket/assets/js/lazyload/17.8.3/lazyload.min.js" id="rocket-lazyload-js"></script>
</body>
</html>"""


# --- the pages ------------------------------------------------------------------------------


def _cat_links(story: Story) -> str:
    names = sorted((CATEGORIES[c][0], c) for c in cats_of(story))
    links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{esc(n)}</a>' for n, c in names)
    return (
        '<span class="cat-links"><span class="gp-icon icon-categories"><svg viewBox="0 0 512 512" '
        'aria-hidden="true" width="1em" height="1em"><path d="M0 112c0-26.51 21.49-48 48-48h110.014"></path>'
        f'</svg></span><span class="screen-reader-text">Danh mục </span>{links}</span>'
    )


def _post_nav(story: Story) -> str:
    idx = ORDERED.index(story)
    older = ORDERED[idx + 1] if idx + 1 < len(ORDERED) else None
    newer = ORDERED[idx - 1] if idx > 0 else None
    parts = []
    if older:
        parts.append(
            '<div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev">'
            f'<a href="{permalink(older)}" rel="prev">{title_html(older)}</a></span></div>'
        )
    if newer:
        parts.append(
            '<div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next">'
            f'<a href="{permalink(newer)}" rel="next">{title_html(newer)}</a></span></div>'
        )
    return '<nav id="nav-below" class="post-navigation" aria-label="Bài viết">' + "".join(parts) + "</nav>"


def _head_article(request: Request, story: Story) -> str:
    host = base_url(request)
    url = host + permalink(story)
    posted = story.opts["posted"]
    updated = story.opts.get("updated", posted)
    seo = story.opts.get("seo_title") or f"{story.title} - {SITE_NAME}"
    account = ACCOUNTS[story.opts["account"]]
    desc = excerpt(story, 24)
    th = thumb(story)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Article",
                "@id": f"{url}#article",
                "isPartOf": {"@id": url},
                "author": {"name": account, "@id": f"{host}/#/schema/person/7f1c0e"},
                "headline": seo,
                "datePublished": utc(posted),
                "dateModified": utc(updated),
                "mainEntityOfPage": {"@id": url},
                "publisher": {"@id": f"{host}/#organization"},
                "articleSection": [CATEGORIES[c][0] for c in cats_of(story)],
                "inLanguage": "vi",
            },
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{host}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": CATEGORIES[story.cat][0],
                        "item": f"{host}/chuyen-muc/{story.cat}/",
                    },
                    {"@type": "ListItem", "position": 3, "name": story.title},
                ],
            },
        ],
    }
    og_image = f'<meta property="og:image" content="{host}{th}" />\n' if th else ""
    return (
        "<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->\n"
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{url}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo)}" />\n'
        f'<meta property="og:description" content="{esc(desc)}" />\n'
        f'<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE_NAME}" />\n'
        f'<meta property="article:published_time" content="{utc(posted)}" />\n'
        + (f'<meta property="article:modified_time" content="{utc(updated)}" />\n' if "updated" in story.opts else "")
        + og_image
        + f'<meta name="author" content="{esc(account)}" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        f'<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="{esc(account)}" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n<meta name="twitter:data2" content="3 phút" />\n'
        '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(graph, ensure_ascii=False).replace("/", "\\/")
        + "</script>\n<!-- / Yoast SEO plugin. -->\n"
        f"<link rel='shortlink' href='{host}/?p={story.id}' />"
    )


def article_page(request: Request, story: Story) -> Response:
    posted = story.opts["posted"]
    link = permalink(story)
    times = ""
    if "updated" in story.opts:
        up = story.opts["updated"]
        times += f'<time class="updated" datetime="{up}" itemprop="dateModified">{dmy(up)}</time>'
    times += f'<time class="entry-date published" datetime="{posted}" itemprop="datePublished">{dmy(posted)}</time>'
    account = ACCOUNTS[story.opts["account"]]
    login = story.opts["account"] if story.opts["account"] != "bbt" else "bientap"
    cls = " ".join(f"category-{c}" for c in cats_of(story))
    main = f"""
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard{" has-post-thumbnail" if story.images else ""} hentry {cls}" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header" aria-label="Nội dung">
<h1 class="entry-title" itemprop="headline">{title_html(story)}</h1>
<div class="entry-meta">
<span class="posted-on">Đăng ngày <a href="{link}" title="{hm(posted)}" rel="bookmark">{times}</a></span> <span class="byline">bởi <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/{login}/" title="Xem tất cả bài viết của {esc(account)}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{esc(account)}</span></a></span></span> <span class="post-views-count"><span class="gp-icon icon-eye"></span> {story.views()} lượt xem</span>
</div>
</header>
<div class="entry-content" itemprop="text">
{entry_content(request, story)}
</div>
<footer class="entry-meta" aria-label="Meta bài viết">
{_cat_links(story)}
{_post_nav(story)}
</footer>
</div>
</article>
<div class="comments-area"><div id="comments"><p class="no-comments">Bình luận đã bị đóng.</p></div></div>"""
    crumb = (
        f'<span><a href="{base_url(request)}/chuyen-muc/{story.cat}/">{esc(CATEGORIES[story.cat][0])}</a></span> » '
        f'<span class="breadcrumb_last" aria-current="page">{title_html(story)}</span>'
    )
    seo = story.opts.get("seo_title") or f"{story.title} - {SITE_NAME}"
    body = page(
        request,
        title=seo,
        body_class=f"post-template-default single single-post postid-{story.id} single-format-standard",
        main=main,
        head_extra=_head_article(request, story),
        breadcrumb=crumb,
    )
    return html_response(body, headers={"Link": f"<{base_url(request)}/?p={story.id}>; rel=shortlink"})


def print_page(request: Request, story: Story) -> Response:
    host = base_url(request)
    posted = story.opts["posted"]
    account = ACCOUNTS[story.opts["account"]]
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{SITE_NAME} &raquo; {title_html(story)} &raquo; Print</title>
<link rel="stylesheet" href="/wp-content/plugins/wp-print/css/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {SITE_NAME} - <span dir="ltr">{host}</span> -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{title_html(story)}</p>
<p id="BlogDate">Đăng bởi <u>{esc(account)}</u> trên {dmy(posted)} @ {hm(posted)} Trong <a href="/chuyen-muc/{story.cat}/">{esc(CATEGORIES[story.cat][0])}</a> | Không có bình luận</p>
<div id="BlogContent">{render_blocks(story)}
{related_block(story)}</div>
</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết được in từ {SITE_NAME}: <strong dir="ltr">{host}</strong></p>
<p>Đường dẫn bài viết: <strong dir="ltr">{host}{permalink(story)}</strong></p>
<p style="text-align: center;">Click <a href="#Print" onclick="window.print(); return false;" title="Bấm vào đây để in.">here</a> to print.</p>
<p style="text-align: center;">Copyright &copy; 2026 {SITE_NAME}. Bảo lưu mọi quyền.</p>
</body>
</html>"""
    return html_response(body)


def _archive_item(story: Story) -> str:
    link = permalink(story)
    posted = story.opts["posted"]
    th = thumb(story)
    cls = " ".join(f"category-{c}" for c in cats_of(story))
    image = (
        f'<div class="post-image"><a href="{link}"><img width="300" height="200" src="{th}" '
        f'class="attachment-medium size-medium wp-post-image" alt="" itemprop="image" decoding="async" /></a></div>'
        if th
        else ""
    )
    return f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard hentry {cls}" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header" aria-label="Nội dung">
<h2 class="entry-title" itemprop="headline"><a href="{link}" rel="bookmark">{title_html(story)}</a></h2>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="{link}" title="{hm(posted)}" rel="bookmark"><time class="entry-date published" datetime="{posted}" itemprop="datePublished">{dmy(posted)}</time></a></span></div>
</header>
{image}
<div class="entry-summary" itemprop="text"><p>{wpt(excerpt(story, 40))} [&hellip;]</p>
<p class="read-more-container"><a title="{esc(story.title)}" class="read-more button" href="{link}" aria-label="Đọc thêm về {esc(story.title)}">Xem tiếp</a></p></div>
<footer class="entry-meta" aria-label="Meta bài viết">{_cat_links(story)}</footer>
</div>
</article>"""


def _pagination(base: str, current: int, last: int) -> str:
    if last <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if current > 1:
        parts.append(f'<a class="prev page-numbers" href="{href(current - 1)}">&laquo; Trước</a>')
    for n in range(1, last + 1):
        if n == current:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
    if current < last:
        parts.append(f'<a class="next page-numbers" href="{href(current + 1)}">Sau &raquo;</a>')
    return (
        '<nav id="nav-below" class="paging-navigation" aria-label="Trang">'
        '<div class="nav-links">' + "\n".join(parts) + "</div></nav>"
    )


def category_page(request: Request, slug: str, num: int) -> Response | None:
    name, cat_id = CATEGORIES[slug]
    posts = in_category(slug)
    last = (len(posts) + PER_PAGE - 1) // PER_PAGE
    if num < 1 or num > last:
        return None
    chunk = posts[(num - 1) * PER_PAGE : num * PER_PAGE]
    base = f"/chuyen-muc/{slug}/"
    host = base_url(request)
    canonical = host + (base if num == 1 else f"{base}page/{num}/")
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        + (f'<link rel="prev" href="{host}{base if num == 2 else f"{base}page/{num - 1}/"}" />\n' if num > 1 else "")
        + (f'<link rel="next" href="{host}{base}page/{num + 1}/" />\n' if num < last else "")
        + f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; {esc(name)} Dòng chuyên mục" '
        f'href="{host}{base}feed/" />'
    )
    main = (
        '<header class="page-header" aria-label="Trang"><h1 class="page-title">'
        f"{esc(name)}</h1></header>\n" + "\n".join(_archive_item(s) for s in chunk) + _pagination(base, num, last)
    )
    title = f"{name} - {SITE_NAME}" if num == 1 else f"{name} - Trang {num} trên {last} - {SITE_NAME}"
    crumb = (
        f'<span class="breadcrumb_last" aria-current="page">{esc(name)}</span>'
        if num == 1
        else f'<span><a href="{host}{base}">{esc(name)}</a></span> » <span class="breadcrumb_last">Trang {num}</span>'
    )
    return html_response(
        page(
            request,
            title=title,
            body_class=f"archive category category-{slug} category-{cat_id}" + (" paged" if num > 1 else ""),
            main=main,
            current=base,
            head_extra=head,
            breadcrumb=crumb,
        )
    )


# --- WP Show Posts lists with "load more" ----------------------------------------------------

# list id -> (stories, batch size)
WPSP_LISTS = {
    215: (lambda: ORDERED, 4),
    221: (lambda: in_category("kien-thuc-nuoi-day-tre"), 2),
}


def wpsp_batch(list_id: int, num: int) -> tuple[list[Story], int]:
    source, size = WPSP_LISTS[list_id]
    posts = source()
    last = (len(posts) + size - 1) // size
    return posts[(num - 1) * size : num * size], last


def wpsp_list(request: Request, list_id: int) -> str:
    items, last = wpsp_batch(list_id, 1)
    ajax = base_url(request).replace("/", "\\/") + "\\/wp-admin\\/admin-ajax.php"
    more = (
        f'<div class="wpsp-load-more"><button type="button" class="wp-show-posts-read-more wpsp-nut-xem-them" '
        f'data-wpsp-list="{list_id}" data-page="2" data-max-pages="{last}">Xem thêm bài viết</button>'
        '<span class="wpsp-dang-tai" style="display:none">Đang tải&#8230;</span></div>'
        if last > 1
        else ""
    )
    return (
        f'<section id="wpsp-{list_id}" class=" wp-show-posts-columns wp-show-posts" style="margin-left:-2em; ">'
        + "".join(wpsp_item(s) for s in items)
        + '<div class="wpsp-clear"></div></section>'
        + more
        + f'\n<script id="wpsp-load-more-js-extra">\nvar wpspLoadMore = {{"ajaxurl":"{ajax}",'
        f'"nonce":"{NONCE}","loading":"\\u0110ang t\\u1ea3i\\u2026","none":"Kh\\u00f4ng c\\u00f2n b\\u00e0i vi\\u1ebft"}};\n'
        "</script>\n"
        f'<script src="{LOAD_MORE_JS_PATH}?ver=1.0.0-beta.2" id="wpsp-load-more-js"></script>'
    )


LOAD_MORE_JS_PATH = "/wp-content/plugins/wp-show-posts-pro/js/load-more.min.js"
LOAD_MORE_JS = (
    "jQuery(function(n){n(document).on(\"click\",\".wpsp-load-more button\",function(t){t.preventDefault();"
    "var e=n(this),a=e.closest(\".wpsp-load-more\"),s=a.prev(\".wp-show-posts\");"
    "e.prop(\"disabled\",!0),a.find(\".wpsp-dang-tai\").show(),"
    "n.post(wpspLoadMore.ajaxurl,{action:\"wpsp_load_more\",list:e.data(\"wpsp-list\"),"
    "page:e.data(\"page\"),nonce:wpspLoadMore.nonce},function(t){if(t&&t.success){"
    "s.find(\".wpsp-clear\").before(t.data.html);var o=parseInt(e.data(\"page\"),10)+1;"
    "e.data(\"page\",o).prop(\"disabled\",!1),a.find(\".wpsp-dang-tai\").hide(),"
    "t.data.has_more||a.html(\"<span>\"+wpspLoadMore.none+\"</span>\")}})})});\n"
)


def admin_ajax(request: Request) -> Response:
    params = {**request.params, **(request.form if request.method == "POST" else {})}
    if params.get("action") != "wpsp_load_more":
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8", "X-Robots-Tag": "noindex"})
    if params.get("nonce") != NONCE:
        return Response(403, b"-1", {"Content-Type": "text/html; charset=UTF-8", "X-Robots-Tag": "noindex"})
    try:
        list_id = int(params.get("list", ""))
        num = int(params.get("page", ""))
    except ValueError:
        return Response(400, b"0", {"Content-Type": "text/html; charset=UTF-8"})
    if list_id not in WPSP_LISTS:
        return Response(200, b'{"success":false}', {"Content-Type": "application/json; charset=UTF-8"})
    items, last = wpsp_batch(list_id, num)
    payload = {
        "success": True,
        "data": {
            "html": "".join(wpsp_item(s) for s in items),
            "page": num,
            "max_pages": last,
            "has_more": num < last,
        },
    }
    data = json.dumps(payload, separators=(",", ":")).replace("/", "\\/")
    return Response(200, data.encode("ascii"), {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex"})


# --- WP pages (not articles) ------------------------------------------------------------------


def _wp_page(request: Request, pid: int, slug: str, title: str, content: str) -> Response:
    host = base_url(request)
    main = f"""
<article id="post-{pid}" class="post-{pid} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header" aria-label="Nội dung"><h1 class="entry-title" itemprop="headline">{esc(title)}</h1></header>
<div class="entry-content" itemprop="text">
{content}
</div>
</div>
</article>"""
    head = (
        f'<link rel="canonical" href="{host}/{slug}/" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title)} - {SITE_NAME}" />\n'
        f"<link rel='shortlink' href='{host}/?p={pid}' />"
    )
    return html_response(
        page(
            request,
            title=f"{title} - {SITE_NAME}",
            body_class=f"page-template-default page page-id-{pid}",
            main=main,
            current=f"/{slug}/",
            head_extra=head,
            breadcrumb=f'<span class="breadcrumb_last" aria-current="page">{esc(title)}</span>',
        )
    )


def home_page(request: Request) -> Response:
    host = base_url(request)
    main = f"""
<article id="post-2" class="post-2 page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="entry-content" itemprop="text">
<div class="wp-block-group chao-mung has-background" style="background-color:#fff6e5"><div class="wp-block-group__inner-container">
<figure class="wp-block-image size-full"><img decoding="async" width="1200" height="400" src="/wp-content/uploads/2026/08/banner-truong-hoa-mi.jpg" alt="" class="wp-image-88" /></figure>
<h2 class="wp-block-heading has-text-align-center">Chào mừng quý phụ huynh đến với Trường Mầm non Họa Mi</h2>
<p class="has-text-align-center">&#8220;Mỗi ngày đến trường là một ngày vui&#8221; &#8211; nơi các bé được yêu thương, chăm sóc và khám phá thế giới xung quanh.</p>
</div></div>
<h2 class="wp-block-heading tieu-de-muc">Tin tức mới nhất</h2>
{wpsp_list(request, 215)}
</div>
</div>
</article>"""
    head = (
        f'<link rel="canonical" href="{host}/" />\n<meta property="og:type" content="website" />\n'
        f'<meta name="description" content="Website Trường Mầm non Họa Mi, quận Ninh Kiều, TP. Cần Thơ" />'
    )
    return html_response(
        page(
            request,
            title=f"{SITE_NAME} &#8211; Quận Ninh Kiều &#8211; TP. Cần Thơ",
            body_class="home page-template-default page page-id-2",
            main=main,
            current="/",
            head_extra=head,
        )
    )


def goc_phu_huynh(request: Request) -> Response:
    content = f"""<p>Chuyên mục <strong>Góc phụ huynh</strong> là nơi nhà trường chia sẻ với quý cha mẹ những kiến thức nuôi dạy trẻ, thực đơn bán trú hằng tuần và các thông tin cần thiết để gia đình cùng nhà trường chăm sóc, giáo dục trẻ tốt nhất.</p>
<p>&#x1f4cc; Phụ huynh có con mới nhập học nên đọc bài <a href="{UTM_PATH.replace("&", "&amp;")}">Giúp trẻ 3 tuổi vượt qua những ngày đầu đến trường</a> (đường dẫn được chia sẻ qua nhóm Zalo của các lớp).</p>
<h2 class="wp-block-heading">Thực đơn bán trú</h2>
<div class="wp-block-file"><a href="/wp-content/uploads/2026/11/thuc-don-ban-tru-tuan-48.pdf">Thực đơn bán trú tuần 48 (từ 23/11 đến 27/11/2026)</a><a href="/wp-content/uploads/2026/11/thuc-don-ban-tru-tuan-48.pdf" class="wp-block-file__button wp-element-button" download>Tải xuống</a></div>
<h2 class="wp-block-heading">Kiến thức nuôi dạy trẻ</h2>
{wpsp_list(request, 221)}"""
    return _wp_page(request, 14, "goc-phu-huynh", "Góc phụ huynh", content)


def gioi_thieu(request: Request) -> Response:
    content = """<p>Trường Mầm non Họa Mi được thành lập năm 1998, tọa lạc tại số 27 đường Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều, thành phố Cần Thơ. Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 2.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="/wp-content/uploads/2026/08/toan-canh-truong-1024x576.jpg" alt="" class="wp-image-91" /><figcaption class="wp-element-caption">Toàn cảnh Trường Mầm non Họa Mi</figcaption></figure>
<p>Năm học 2026 &#8211; 2027, trường có 14 nhóm, lớp với 412 trẻ; đội ngũ 42 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>
<h2 class="wp-block-heading">Ban giám hiệu</h2>
<ul class="wp-block-list"><li>Hiệu trưởng: Trần Thị Kim Phượng</li><li>Phó Hiệu trưởng: Phạm Ngọc Diễm</li><li>Phó Hiệu trưởng: Đặng Thị Bảo Châu</li></ul>"""
    return _wp_page(request, 9, "gioi-thieu", "Giới thiệu", content)


def cong_khai(request: Request) -> Response:
    rows = [
        ("Biểu mẫu 01 – Cam kết chất lượng giáo dục năm học 2026 – 2027", "bieu-mau-01-cam-ket-chat-luong-2026-2027.pdf"),
        ("Biểu mẫu 02 – Công khai chất lượng giáo dục thực tế", "bieu-mau-02-chat-luong-thuc-te-2026-2027.pdf"),
        ("Biểu mẫu 03 – Công khai cơ sở vật chất", "bieu-mau-03-co-so-vat-chat-2026-2027.pdf"),
    ]
    trs = "".join(
        f'<tr><td>{k}</td><td>{wpt(t)}</td><td><a href="/wp-content/uploads/2026/09/{f}">Tải về</a></td></tr>'
        for k, (t, f) in enumerate(rows, 1)
    )
    content = (
        "<p>Thực hiện Thông tư số 09/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo quy định về công khai trong hoạt "
        "động của các cơ sở giáo dục, Trường Mầm non Họa Mi công khai các nội dung sau:</p>"
        '<figure class="wp-block-table"><table><thead><tr><th>STT</th><th>Nội dung</th><th>Tệp</th></tr></thead>'
        f"<tbody>{trs}</tbody></table></figure>"
    )
    return _wp_page(request, 11, "cong-khai-giao-duc", "Công khai giáo dục", content)


def thu_vien_anh(request: Request) -> Response:
    figs = "".join(
        f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
        f'src="/wp-content/uploads/2026/09/album-khai-giang-{k}-1024x683.jpg" alt="" class="wp-image-{100 + k}" /></figure>'
        for k in range(1, 7)
    )
    content = (
        "<h2 class=\"wp-block-heading\">Lễ khai giảng năm học 2026 &#8211; 2027</h2>"
        '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">'
        f"{figs}</figure>"
        '<p>Xem thêm hình ảnh hoạt động của các bé trên <a href="https://www.facebook.com/mamnonhoami.ninhkieu">'
        "Fanpage của trường</a>.</p>"
    )
    return _wp_page(request, 16, "thu-vien-anh", "Thư viện ảnh", content)


def lien_he(request: Request) -> Response:
    content = """<p><strong>TRƯỜNG MẦM NON HỌA MI</strong><br />Địa chỉ: Số 27 đường Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều, TP. Cần Thơ<br />Điện thoại: 0292 3 812 456 &#8211; Email: mnhoami.ninhkieu@cantho.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f120-p18-o1" lang="vi" dir="ltr"><form action="/lien-he/#wpcf7-f120-p18-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<div style="display: none;"><input type="hidden" name="_wpcf7" value="120" /><input type="hidden" name="_wpcf7_version" value="5.9.8" /><input type="hidden" name="_wpcf7_unit_tag" value="wpcf7-f120-p18-o1" /></div>
<p><label> Họ và tên phụ huynh<br /><span class="wpcf7-form-control-wrap" data-name="your-name"><input size="40" class="wpcf7-form-control wpcf7-text wpcf7-validates-as-required" type="text" name="your-name" value="" /></span></label></p>
<p><label> Số điện thoại<br /><span class="wpcf7-form-control-wrap" data-name="your-phone"><input size="40" class="wpcf7-form-control wpcf7-tel" type="tel" name="your-phone" value="" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap" data-name="your-message"><textarea cols="40" rows="6" class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></span></label></p>
<p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" value="Gửi liên hệ" /></p><div class="wpcf7-response-output" aria-hidden="true"></div>
</form></div>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3928.8!2d105.78!3d10.04" width="100%" height="320" style="border:0;" allowfullscreen="" loading="lazy"></iframe></p>"""
    return _wp_page(request, 18, "lien-he", "Liên hệ", content)


PAGES = {
    "/goc-phu-huynh/": (14, goc_phu_huynh),
    "/gioi-thieu/": (9, gioi_thieu),
    "/cong-khai-giao-duc/": (11, cong_khai),
    "/thu-vien-anh/": (16, thu_vien_anh),
    "/lien-he/": (18, lien_he),
}


def search_page(request: Request, term: str) -> Response:
    found = [s for s in ORDERED if term and term.lower() in s.title.lower()]
    items = "\n".join(_archive_item(s) for s in found) or (
        '<div class="no-results not-found"><div class="inside-article"><div class="entry-content">'
        "<p>Không tìm thấy kết quả nào phù hợp. Vui lòng thử lại với từ khóa khác.</p></div></div></div>"
    )
    main = (
        f'<header class="page-header" aria-label="Trang"><h1 class="page-title">Kết quả tìm kiếm cho: '
        f"<span>{esc(term)}</span></h1></header>\n{items}"
    )
    return html_response(
        page(
            request,
            title=f"Bạn đã tìm kiếm {term} - {SITE_NAME}",
            body_class="search search-results",
            main=main,
            head_extra='<meta name="robots" content="noindex, follow" />',
        )
    )


# --- feeds, robots, sitemaps ------------------------------------------------------------------


def feed(request: Request, stories: list[Story], title: str) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>{title_html(s)}</title><link>{host}{permalink(s)}</link>"
        f"<dc:creator><![CDATA[{ACCOUNTS[s.opts['account']]}]]></dc:creator>"
        f"<pubDate>{rfc822(s.opts['posted'])}</pubDate>"
        + "".join(f"<category><![CDATA[{CATEGORIES[c][0]}]]></category>" for c in cats_of(s))
        + f'<guid isPermaLink="false">{host}/?p={s.id}</guid>'
        f"<description><![CDATA[{excerpt(s, 40)} [&#8230;]]]></description></item>\n"
        for s in stories[:10]
    )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
        f"<title>{esc(title)}</title><link>{host}</link><description>Quận Ninh Kiều &#8211; Thành phố Cần Thơ</description>"
        f"<lastBuildDate>{rfc822(ORDERED[0].opts['posted'])}</lastBuildDate><language>vi</language>"
        "<generator>https://wordpress.org/?v=6.6.2</generator>\n"
        f"{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def robots(request: Request) -> Response:
    body = (
        "# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow: /wp-admin/\n"
        "Allow: /wp-admin/admin-ajax.php\n\n"
        f"Sitemap: {base_url(request)}/sitemap_index.xml\n# ---------------------------\n# END YOAST BLOCK\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def _urlset(urls: list[tuple[str, str]]) -> Response:
    entries = "".join(f"<url><loc>{u}</loc><lastmod>{m}</lastmod></url>\n" for u, m in urls)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>"
    )
    return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8", "X-Robots-Tag": "noindex, follow"})


def sitemap(request: Request, name: str) -> Response | None:
    host = base_url(request)
    last = utc(ORDERED[0].opts["posted"])
    if name == "sitemap_index.xml":
        maps = "".join(
            f"<sitemap><loc>{host}/{m}</loc><lastmod>{last}</lastmod></sitemap>\n"
            for m in ("post-sitemap.xml", "page-sitemap.xml", "category-sitemap.xml")
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/main-sitemap.xsl"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + maps + "</sitemapindex>"
        )
        return Response(200, body, {"Content-Type": "text/xml; charset=UTF-8"})
    if name == "post-sitemap.xml":
        return _urlset([(host + permalink(s), utc(s.opts.get("updated", s.opts["posted"]))) for s in ORDERED])
    if name == "page-sitemap.xml":
        return _urlset([(host + "/", last)] + [(host + p, "2026-09-05T02:11:40+00:00") for p in PAGES])
    if name == "category-sitemap.xml":
        return _urlset([(f"{host}/chuyen-muc/{c}/", last) for c in CATEGORIES])
    return None


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/([a-z0-9-]+)\.html(/|/print/?)?$")
_CATEGORY = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/?)?$")
_CAT_FEED = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/feed/?$")
_OLD = re.compile(r"^/\d{4}/\d{2}/(?:\d{2}/)?([a-z0-9-]+)/?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        host = base_url(request)
        if path == "/wp-admin/admin-ajax.php":
            return admin_ajax(request)
        if path.startswith("/wp-content/"):
            if path == LOAD_MORE_JS_PATH:
                return Response(200, LOAD_MORE_JS, {"Content-Type": "application/javascript"})
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                pid = params["p"]
                if pid.isdigit() and int(pid) in BY_ID:
                    return redirect(host + permalink(BY_ID[int(pid)]), 301)
                for ppath, (num, _) in PAGES.items():
                    if pid == str(num):
                        return redirect(host + ppath, 301)
                return None
            if "s" in params:
                return search_page(request, params["s"])
            return home_page(request)
        if path in PAGES:
            return PAGES[path][1](request)
        if path.rstrip("/") + "/" in PAGES and not path.endswith("/"):
            return redirect(host + path + "/", 301)
        m = _ARTICLE.match(path)
        if m:
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            tail = m.group(2)
            if tail is None:
                return article_page(request, story)
            if tail.startswith("/print"):
                return print_page(request, story)
            return redirect(host + permalink(story), 301)
        m = _CATEGORY.match(path)
        if m and m.group(1) in CATEGORIES:
            num = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(f"{host}/chuyen-muc/{m.group(1)}/", 301)
            return category_page(request, m.group(1), num)
        m = _CAT_FEED.match(path)
        if m and m.group(1) in CATEGORIES:
            return feed(request, in_category(m.group(1)), f"{CATEGORIES[m.group(1)][0]} &#8211; {SITE_NAME}")
        if path in ("/feed/", "/feed"):
            return feed(request, ORDERED, SITE_NAME)
        if path.startswith("/author/"):
            return redirect(host + "/", 301)
        m = _OLD.match(path)
        if m and m.group(1) in BY_SLUG:
            return redirect(host + permalink(BY_SLUG[m.group(1)]), 301)
        if path == "/robots.txt":
            return robots(request)
        if path.endswith(".xml") and path.count("/") == 1:
            return sitemap(request, path[1:])
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = permalink(story)
    alts = [path + "/print/"]
    if UTM_PATH.startswith(path + "?"):
        alts.append(UTM_PATH)
    return gold_record(story, path, CATEGORIES[story.cat][0], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = list(PAGES)
