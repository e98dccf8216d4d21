"""Phòng GD&ĐT thị xã Buôn Hồ (Đắk Lắk) on WordPress 6.x, the free ColorMag-like theme
"EduMag Lite" and the Classic Editor, run by one teacher of the office (login ``pgdbuonho``).

Platform
--------
A self-hosted WordPress with pretty permalinks ``/%postname%/`` and a handful of the plugins every
Vietnamese school site installs: Yoast SEO (title, og tags, breadcrumbs, primary category),
Jetpack (sharing buttons and "Có liên quan" appended *inside* ``the_content``), WP-PostViews
("lượt xem"), WP-PageNavi (the pager), WP-Print (``/<slug>/print/``), a3 Lazy Load and
Easy Table of Contents. Posts are written by teachers of the district's kindergartens and
primary schools, sent to the office by Zalo and pasted into the Classic Editor (wpautop turns
single line breaks into ``<br />``); some are pasted from the schools' Facebook pages with
their emoji, hashtags and photos hot-linked from Facebook's CDN.

The single-post template::

    top bar "Thứ Bảy, 05/12/2026" (the header's today), logo, main menu (Tin tức with a drop-down
      of Mầm non / Tiểu học / THCS), "Tin mới:" ticker
    <p id="breadcrumbs"> Trang chủ » <primary category> » <span class="breadcrumb_last">title</span>
    <article class="post-N post type-post ... category-a category-b">
      <div class="above-entry-meta"><span class="cat-links"> every category, by name </span>
      <header class="entry-header"><h1 class="entry-title">…</h1></header>
      <div class="below-entry-meta"> <span class="posted-on"> <time class="entry-date published"
        datetime="…T08:15:32+07:00">05/12/2026</time> <time class="updated" …> (hidden),
        <span class="byline"> the WordPress account, "lượt xem", comment count </div>
      <div class="entry-content clearfix"> the post, then Jetpack's "Chia sẻ:" box and
        "Có liên quan" block </div>
    </article>
    tool bar (In bài viết / Gửi email), "Bài viết liên quan" (3 of the primary category),
    comments (some posts have parents' comments, with "Trả lời" links ``?replytocom=``),
    the comment form, sidebar (search, "Bài viết mới", "Xem nhiều", "Thống kê truy cập"
    Đang online / Hôm nay / Tổng truy cập, a poll, "Liên kết" select of links), footer.

The theme prints only the day ``dd/mm/YYYY`` of a post; the time is in ``datetime`` attributes
and Yoast's ``article:published_time`` only. (The helper's gold gave the day only; harmonised after
the first crawl to the house's reading of ColorMag's published ``<time datetime>``, as in
wp_colormag's gold: the day and time it states.)

URL scheme
----------
- ``/`` home: sticky post first (page 1 only), then 5 posts a page, newest first;
  WP-PageNavi links ``/page/2/``, ``/page/3/`` ("Trang 1 / 3", numbers, "Sau »", "Cuối »").
- ``/<slug>/`` a post *or* a static page (``/gioi-thieu/``, ``/lien-he/``, ``/thu-vien-anh/``).
- ``/?p=<id>`` the same post: the office turned canonical redirects off (a caching plugin's
  "fix"), so it answers 200 with the post and ``rel=canonical`` to ``/<slug>/``. The
  "Bài viết mới" widget, the ticker and some in-text links use this form.
- ``/<slug>/print/`` WP-Print's print view of a post (same text, no chrome, ``noindex``).
- ``/<slug>/?replytocom=<n>`` the post again (reply links of comments).
- ``/<slug>/<attachment>/`` the attachment page of a gallery photo (linked from the gallery).
- ``/category/<slug>/`` and ``/category/<slug>/page/<n>/``, 5 a page; a post filed under two
  categories is listed in both.
- ``/author/<login>/``, ``/2026/11/`` (archive widget): listings.
- ``/wp-content/uploads/2026/MM/<file>`` photos (tiny placeholders).
- No robots.txt, no sitemap (the office never set them up: both 404).

How each gold article is reached
--------------------------------
Home pages 1-3 (page 1: the sticky "Kế hoạch tổ chức Hội khỏe Phù Đổng…" then the 5 newest;
page 2: the next 5; page 3: the last 3, the sticky one again at its own place), the category
listings (Mầm non has 6 posts: the oldest only on ``/category/mam-non/page/2/``), the related
lists and the sidebar widgets. "Trường Mầm non Bình Minh tổ chức “Ngày hội bé tập làm nội trợ”"
and "Trường Tiểu học Kim Đồng tiếp nhận quà…" are on home page 3 and, for the first, only on
page 2 of Mầm non; page 3 of the home is linked from page 2 and from "Cuối »" of page 1.

Traps (invented for this portal) and the gold they get
------------------------------------------------------
1. *Duplicate URLs.* ``/?p=<id>`` (200, not redirected), ``/<slug>/print/``, the comment
   reply links ``/<slug>/?replytocom=<n>`` and a ``?fbclid=…`` link pasted from Facebook serve
   the same article: they are in the gold's ``alt_paths``; the gold path is ``/<slug>/`` (the
   canonical).
2. *Two categories, primary chosen in Yoast.* The cat-links above the title print every
   category alphabetically ("Mầm non", "Tiểu học", "Tin tức"); the breadcrumb prints the primary
   one. Gold: the breadcrumb's section ("Tin tức"), the section the reader is told the post is
   filed under; the cat-links are a tag-like list.
3. *Dates that are not the post's.* The header's today (05/12/2026) - and one post really was
   published that day: its gold is 2026-12-05 from its own ``posted-on``, not from the header.
   A "Cập nhật lần cuối: 04/12/2026" line printed under the meta of the notice post, the signing
   date of the pasted document ("Buôn Hồ, ngày 01 tháng 12 năm 2026") in the text, comment
   dates ("28/11/2026 lúc 20:41") and the Facebook paste's opening "Sáng thứ Năm, ngày
   26/11/2026, …" (the event, two days before the post) are all not the publication date: the gold is the ``posted-on`` day. Days are day-first
   ("08/10/2026" is 8 October, "12/11/2026" is 12 November). The theme prints no time, so the
   gold is a date without time although ``datetime`` attributes carry one.
4. *Who wrote it.* "Bởi pgdbuonho" (the office's WordPress login) credits nobody. A specialist
   posting under her own account "Phạm Thị Ngọc Ánh" with no byline is the author. Bylines at
   the end: a right-aligned bare name "H’Liên Êban" (Ê Đê names keep their apostrophe, printed
   as ’ by wptexturize: the gold keeps the printed ’); "Nguyễn
   Thị Thu Hà – Trường MN Hoa Sen" (school after the name dropped); "ThS. Trần Văn Hưng – Phó
   Hiệu trưởng" (degree and post dropped); at the top "Tin, ảnh: H’Nguyên Niê" (author and
   photographer); "Bài: Hồ Thị Lan; ảnh: Võ Đình Quý" (lower-case "ảnh"); "Tin, ảnh: Đoàn
   trường" and "Tổ Văn phòng" (units, credited as printed); "Tin: Lê Thị Hồng Nhung; Ảnh: Tổ
   chuyên môn" (a unit as photographer); "Ảnh minh họa. Ảnh: Internet" under a stock picture credits nobody (the
   line is still that photo's caption, as displayed);
   the reposted newspaper story "Hoài Thu" + "(Theo Báo Đắk Lắk)" gives author Hoài Thu and
   source "Báo Đắk Lắk"; the Facebook paste's "Nguồn: Fanpage Trường Mầm non Sơn Ca" is a source
   and credits no author.
5. *Captions in five forms, and lines that are not captions.* The [caption] shortcode's
   ``p.wp-caption-text``; gallery ``figcaption``s (some photos of a gallery have none); a
   centred italic paragraph under a centred photo; a photo and its italic line in one paragraph
   split by ``<br />``; a centred plain (not italic) line. Not captions: Facebook's generated
   ``alt`` "Có thể là hình ảnh về 4 người và trẻ em" of hot-linked photos (caption None), the
   justified text paragraph right after an uncaptioned photo (body text), file-name alts
   ("IMG_20261030_091522").
6. *Body boundaries inside ``entry-content``.* Jetpack's "Chia sẻ:" buttons and "Có liên quan"
   block, Easy TOC's "Mục lục" box at the top of a long post, a "Xem thêm:" link line to another
   post, WP Download Manager's "Tải về" box of the notice's PDF, Facebook hashtags
   ("#MamNonSonCa #AnToanGiaoThong") and the credit lines are not body; the emoji lines and the
   ``<br />``-split lines of the Facebook paste are body, one paragraph per line.
7. *Sapo or not.* A fully bold first paragraph is the sapo (summary, and first body
   paragraph); a first paragraph whose opening words only are bold ("**Sáng ngày 24/11/2026**,
   …") is ordinary text: summary null.
8. *Lazy-loaded photos.* a3 Lazy Load prints ``src="data:image/gif;base64,…"`` with the real
   file in ``data-src`` and again in ``<noscript>``: the gold photo is the real file, once.
9. *Attachment pages.* Gallery thumbnails link to ``/<slug>/<attachment>/``: a post-like page
   (h1 with the file name, date, author) that is not an article (NON_ARTICLES).
10. *Static pages share ``/<slug>/``* with posts ("Giới thiệu", "Liên hệ", "Thư viện ảnh"), same
   template without date or category.
11. *Title.* Yoast's ``<title>``/``og:title`` are edited SEO titles ("… | PGD Buôn Hồ", a shorter
   text on three posts); the gold is the h1 as printed, capitals of the Facebook paste kept.
12. *Pager and sticky.* The sticky notice tops home page 1 and appears again at its date on page
   3; WP-PageNavi on page 1 links 2 and "Cuối »" (page 3) only.

Ambiguities decided
-------------------
- The notice post prints the document's signing date; the post's date is its publication on the
  portal, which is what a reader of a news portal calls "đăng ngày".
- Hashtag lines are the Facebook post's tags, not text (house rule: tags are not body).
- The Facebook page's signature of a repost is a source line ("Nguồn: …"), so it names a source,
  not an author.
- Comment texts are not the article.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "wp_school_mamnon_pgd"
PLATFORM = "WordPress 6.x + free ColorMag-like theme, Classic Editor, Yoast/Jetpack/WP-Print"
START_PATH = "/"

TODAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Phòng GD&ĐT thị xã Buôn Hồ"
SITE_DESC = "Cổng thông tin Phòng Giáo dục và Đào tạo thị xã Buôn Hồ - tỉnh Đắk Lắk"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "mam-non": "Mầm non",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "van-ban-thong-bao": "Văn bản - Thông báo",
}
#: WordPress accounts: login -> display name
USERS = {"pgdbuonho": "pgdbuonho", "anhptn": "Phạm Thị Ngọc Ánh"}

FB_CDN = "https://scontent.fbmv1-1.fna.fbcdn.net/v/t39.30808-6/"
_LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


def fb(name: str) -> str:
    return f"{FB_CDN}{name}?_nc_cat=105&ccb=1-7&_nc_sid=127cfc&_nc_ohc=Qx7kF2mLp9AQ7kNvgF&oh=00_AfB"


def right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


# --- the posts, newest first -------------------------------------------------------------------
#
# Story.id is the WordPress post ID. opts: cats (all categories; the first is Yoast's primary and
# equals Story.cat), user (login), time, sticky, p ("justify" | "bare" | "word": how paragraphs
# are marked up), seo (Yoast title), updated (printed "Cập nhật lần cuối"), comments.
# P styles: "" text, "lead" (all bold), "boldstart" (opening words bold up to the first comma),
# "br" (joined to the previous paragraph by <br />), "h3", "b" (bold heading line), "li"/"oli",
# "th"/"td", "quote". Img styles: "cap" ([caption]), "lazycap", "gal", "emc", "brc", "cplain",
# "none", "fb".

S_BEKHOE = "truong-mn-hoa-sen-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027"
S_LICHKT = "thong-bao-lich-kiem-tra-chuyen-de-giao-duc-the-chat-cap-tieu-hoc-thang-12-2026"
S_DOCSACH = "truong-th-nguyen-du-huong-ung-ngay-hoi-doc-sach-tuoi-tho"
S_ATGT = "ngay-hoi-be-voi-an-toan-giao-thong-tai-truong-mam-non-son-ca"
S_KHKT = "truong-thcs-le-quy-don-to-chuc-hoi-thi-khoa-hoc-ky-thuat-cap-truong"
S_NHAGIAO = "thi-xa-buon-ho-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_VANDONG = "mam-non-hoa-mi-chuyen-de-phat-trien-van-dong-cho-tre-5-6-tuoi"
S_GVDG = "hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-tieu-hoc-nam-hoc-2026-2027"
S_ATTP = "tap-huan-an-toan-thuc-pham-trong-bep-an-ban-tru-truong-mam-non"
S_BAOLUC = "tuyen-truyen-phong-chong-bao-luc-hoc-duong-tai-truong-thcs-nguyen-trai"
S_NOITRO = "truong-mam-non-binh-minh-to-chuc-ngay-hoi-be-tap-lam-noi-tro"
S_QUATANG = "truong-tieu-hoc-kim-dong-tiep-nhan-qua-tang-cho-hoc-sinh-dan-toc-thieu-so"
S_HKPD = "ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-thi-xa-nam-hoc-2026-2027"

FBCLID = "IwZXh0bgNhZW0CMTEAAR2kQ7vYfL0pX3mN8sTqW1_aem_AbCdEfGh12"

STORIES: list[Story] = [
    Story(
        1482,
        S_BEKHOE,
        "Trường MN Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026-2027",
        "mam-non",
        "2026-12-05",
        [
            P(
                "Sáng ngày 04/12/2026, Trường Mầm non Hoa Sen (phường An Lạc) tổ chức Hội thi “Bé "
                "khỏe – Bé ngoan” dành cho trẻ mẫu giáo 4-5 tuổi và 5-6 tuổi. Hội thi nhằm đánh giá "
                "kết quả giáo dục phát triển thể chất, rèn luyện kỹ năng vận động và hình thành thói "
                "quen vệ sinh, nề nếp cho trẻ sau ba tháng đầu năm học."
            ),
            P(
                "Tham gia hội thi có 12 đội đến từ các lớp mẫu giáo của nhà trường, mỗi đội gồm 8 bé. "
                "Các đội trải qua ba phần thi: chào hỏi, vận động theo nhạc và thi khéo tay – nhanh "
                "mắt."
            ),
            Img(up(12, "hoi-thi-be-khoe-1.jpg"), "Các bé lớp Lá 1 trong phần thi chào hỏi",
                "Các bé lớp Lá 1 trong phần thi chào hỏi", "cap"),
            P(
                "Ở phần thi vận động, các bé tự tin thực hiện bài tập phát triển chung, bật liên tục "
                "qua vòng, ném bóng trúng đích và chạy tiếp sức. Nhiều bé nhỏ tuổi nhưng vẫn hoàn "
                "thành bài tập với động tác dứt khoát, đẹp mắt, nhận được tràng pháo tay cổ vũ của "
                "phụ huynh."
            ),
            Img(up(12, "hoi-thi-be-khoe-2.jpg"), "Phần thi “Bé khéo tay” của đội lớp Chồi 2",
                "Phần thi “Bé khéo tay” của đội lớp Chồi 2", "cap"),
            P(
                "Phần thi khéo tay – nhanh mắt yêu cầu các bé cài cúc áo, buộc dây giày, xếp khăn và "
                "sắp xếp đồ dùng cá nhân đúng nơi quy định trong thời gian 3 phút."
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức trao 1 giải Nhất cho đội lớp Lá 1, 2 giải Nhì, 3 giải "
                "Ba và 6 giải Khuyến khích. Cô Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường, cho biết "
                "hội thi sẽ được tổ chức định kỳ mỗi học kỳ một lần."
            ),
            right("Nguyễn Thị Thu Hà – Trường MN Hoa Sen"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"cats": ["mam-non"], "user": "pgdbuonho", "time": "16:42:08", "p": "justify"},
    ),
    Story(
        1475,
        S_LICHKT,
        "Thông báo lịch kiểm tra chuyên đề Giáo dục thể chất cấp tiểu học tháng 12/2026",
        "van-ban-thong-bao",
        "2026-12-03",
        [
            P(
                "Căn cứ Kế hoạch số 186/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT thị xã Buôn Hồ về "
                "kiểm tra chuyên môn năm học 2026-2027, Phòng GD&ĐT thông báo lịch kiểm tra chuyên "
                "đề Giáo dục thể chất tại các trường tiểu học như sau:"
            ),
            P("Thời gian | Đơn vị | Thành phần đoàn", "th"),
            P("Sáng 08/12/2026 | TH Nguyễn Du | Đ/c Hùng, Đ/c Ánh", "td"),
            P("Chiều 08/12/2026 | TH Lê Văn Tám | Đ/c Hùng, Đ/c Ánh", "td"),
            P("Sáng 10/12/2026 | TH Kim Đồng | Đ/c Hùng, Đ/c Tuấn", "td"),
            P("Sáng 11/12/2026 | TH Võ Thị Sáu | Đ/c Ánh, Đ/c Tuấn", "td"),
            P(
                "Các đơn vị chuẩn bị hồ sơ chuyên môn của giáo viên dạy Giáo dục thể chất, kế hoạch "
                "dạy học và bố trí 01 tiết dạy để đoàn dự giờ."
            ),
            P(
                "Văn bản gốc: Thông báo số 512/TB-PGDĐT, Buôn Hồ, ngày 01 tháng 12 năm 2026 "
                "(đính kèm bên dưới)."
            ),
            Raw('<p style="text-align: right;"><em>Tổ Tiểu học – Phòng GD&amp;ĐT</em></p>'),
        ],
        authors=["Tổ Tiểu học"],
        opts={"cats": ["van-ban-thong-bao"], "user": "pgdbuonho", "time": "09:05:41", "p": "bare",
              "updated": "04/12/2026", "pdf": "512-TB-PGDDT-kiem-tra-GDTC.pdf",
              "seo": "Lịch kiểm tra chuyên đề GDTC tháng 12/2026 | PGD Buôn Hồ"},
    ),
    Story(
        1469,
        S_DOCSACH,
        "Trường TH Nguyễn Du hưởng ứng “Ngày hội đọc sách tuổi thơ”",
        "tieu-hoc",
        "2026-12-01",
        [
            Raw('<p><em>Tin, ảnh: H&#8217;Nguyên Niê</em></p>'),
            P(
                "Nhằm khơi dậy niềm đam mê đọc sách và xây dựng văn hóa đọc trong nhà trường, ngày "
                "28/11/2026, Trường Tiểu học Nguyễn Du tổ chức “Ngày hội đọc sách tuổi thơ” với sự "
                "tham gia của hơn 600 học sinh.",
                "lead",
            ),
            P(
                "Ngày hội gồm các hoạt động: trưng bày sách theo chủ đề, thi kể chuyện theo sách, "
                "vẽ tranh minh họa nhân vật yêu thích và đổi sách cũ lấy sách mới. Thư viện nhà "
                "trường đã tiếp nhận hơn 1.200 cuốn sách do phụ huynh và học sinh quyên góp."
            ),
            Img(up(12, "doc-sach-nguyen-du-1.jpg"), "Học sinh khối 3 tìm đọc sách tại gian trưng bày",
                "Học sinh khối 3 tìm đọc sách tại gian trưng bày", "lazycap"),
            P(
                "Phần thi kể chuyện theo sách thu hút 24 học sinh dự thi. Em H’Mai Ktla, lớp 5A, kể "
                "lại câu chuyện “Sự tích cây khế” bằng cả tiếng Việt và tiếng Ê Đê khiến cả hội "
                "trường thích thú."
            ),
            Img(up(12, "doc-sach-nguyen-du-2.jpg"), "Em H’Mai Ktla kể chuyện song ngữ Việt – Ê Đê",
                "Em H’Mai Ktla kể chuyện song ngữ Việt – Ê Đê", "lazycap"),
            P(
                "Thầy Lê Minh Tuấn, Hiệu trưởng nhà trường cho biết, sau ngày hội, mỗi lớp sẽ duy "
                "trì “Góc đọc sách” và tiết đọc thư viện hằng tuần để các em hình thành thói quen "
                "đọc sách mỗi ngày."
            ),
        ],
        authors=["H’Nguyên Niê"],
        photographers=["H’Nguyên Niê"],
        summary=(
            "Nhằm khơi dậy niềm đam mê đọc sách và xây dựng văn hóa đọc trong nhà trường, ngày "
            "28/11/2026, Trường Tiểu học Nguyễn Du tổ chức “Ngày hội đọc sách tuổi thơ” với sự "
            "tham gia của hơn 600 học sinh."
        ),
        opts={"cats": ["tieu-hoc"], "user": "pgdbuonho", "time": "14:20:03", "p": "justify"},
    ),
    Story(
        1461,
        S_ATGT,
        "NGÀY HỘI “BÉ VỚI AN TOÀN GIAO THÔNG” TẠI TRƯỜNG MẦM NON SƠN CA",
        "mam-non",
        "2026-11-28",
        [
            P(
                "🚦🚦 Sáng thứ Năm, ngày 26/11/2026, Trường Mầm non Sơn Ca tưng bừng tổ chức Ngày hội "
                "“Bé với an toàn giao thông” dành cho các bé khối Mẫu giáo nhỡ và Mẫu giáo lớn."
            ),
            P(
                "Thông qua ngày hội, các bé được làm quen với đèn tín hiệu giao thông, một số biển "
                "báo đơn giản và cách đội mũ bảo hiểm đúng cách khi ngồi sau xe máy của bố mẹ.",
                "br",
            ),
            P("🌸 Các hoạt động chính của ngày hội:"),
            P("✅ Bé thực hành đi đúng phần đường trên sa bàn giao thông thu nhỏ", "br"),
            P("✅ Thi “Ai nhanh hơn” nhận biết biển báo", "br"),
            P("✅ Biểu diễn văn nghệ chủ đề an toàn giao thông", "br"),
            Img(fb("468123590_1122334455667788_901_n.jpg"),
                "Có thể là hình ảnh về 4 người và trẻ em", None, "fb"),
            Img(fb("468127745_1122334455667799_334_n.jpg"),
                "Có thể là hình ảnh về trẻ em, xe đạp và văn bản cho biết 'STOP'", None, "fb"),
            P(
                "💖 Cảm ơn quý phụ huynh đã đồng hành cùng nhà trường trong việc giáo dục an toàn "
                "giao thông cho các con ngay từ lứa tuổi mầm non!"
            ),
            Raw(
                '<p>Xem thêm: <a href="/' + S_VANDONG + '/?fbclid=' + FBCLID + '">Mầm non Họa Mi: '
                "Chuyên đề “Phát triển vận động cho trẻ 5-6 tuổi”</a></p>"
            ),
            Raw("<p>#MamNonSonCa #AnToanGiaoThong #BuonHo</p>"),
            Raw("<p>Nguồn: Fanpage Trường Mầm non Sơn Ca</p>"),
        ],
        source="Fanpage Trường Mầm non Sơn Ca",
        opts={"cats": ["mam-non"], "user": "pgdbuonho", "time": "20:15:57", "p": "bare",
              "seo": "Ngày hội Bé với an toàn giao thông - MN Sơn Ca | PGD Buôn Hồ"},
    ),
    Story(
        1455,
        S_KHKT,
        "Trường THCS Lê Quý Đôn tổ chức Hội thi khoa học kỹ thuật cấp trường",
        "thcs",
        "2026-11-25",
        [
            P(
                "Sáng ngày 24/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội thi khoa học kỹ thuật "
                "dành cho học sinh trung học cấp trường năm học 2026-2027.",
                "boldstart",
            ),
            P(
                "Hội thi có 18 dự án của 41 học sinh thuộc các lĩnh vực: kỹ thuật cơ khí, hệ thống "
                "nhúng, khoa học môi trường, khoa học xã hội và hành vi. Các dự án đều xuất phát từ "
                "những vấn đề thực tiễn tại địa phương như xử lý vỏ cà phê làm phân bón, tưới nhỏ "
                "giọt tự động cho vườn tiêu, cảnh báo cháy rừng bằng cảm biến."
            ),
            Img(up(11, "khkt-minh-hoa.jpg"), "Ảnh minh họa. Ảnh: Internet", "Ảnh minh họa. Ảnh: Internet", "emc"),
            P("Ban giám khảo đánh giá dự án theo các tiêu chí:", "b"),
            P("Tính sáng tạo và tính mới của ý tưởng;", "li"),
            P("Phương pháp nghiên cứu khoa học;", "li"),
            P("Khả năng ứng dụng vào thực tiễn;", "li"),
            P("Kỹ năng trình bày, trả lời câu hỏi của giám khảo.", "li"),
            P(
                "Kết quả, Ban tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích. "
                "Dự án “Máy tưới nhỏ giọt tự động dùng năng lượng mặt trời cho vườn hồ tiêu” của "
                "hai em Y Sol Niê và Trần Gia Bảo (lớp 9A2) được chọn tham dự vòng thi cấp tỉnh."
            ),
            P(
                "Hội thi là dịp để học sinh vận dụng kiến thức liên môn vào giải quyết các vấn đề "
                "thực tiễn, đồng thời giúp giáo viên đổi mới phương pháp dạy học theo định hướng "
                "giáo dục STEM."
            ),
            right("ThS. Trần Văn Hưng – Phó Hiệu trưởng"),
        ],
        authors=["Trần Văn Hưng"],
        opts={"cats": ["thcs"], "user": "pgdbuonho", "time": "10:31:19", "p": "word",
              "comments": [
                  (61, "Nguyễn Văn Phúc", "28/11/2026 lúc 20:41",
                   "Chúc mừng các em học sinh, mong dự án đạt giải cao ở cấp tỉnh!"),
                  (62, "Phụ huynh lớp 9A2", "29/11/2026 lúc 07:12",
                   "Cảm ơn các thầy cô đã hướng dẫn các cháu rất tận tình."),
              ]},
    ),
    Story(
        1448,
        S_NHAGIAO,
        "Thị xã Buôn Hồ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20",
        [
            P(
                "Sáng 19/11, UBND thị xã Buôn Hồ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Năm học vừa qua, toàn thị xã có 48 trường học với hơn 23.000 học sinh. Chất lượng "
                "giáo dục mũi nhọn có nhiều chuyển biến: 57 học sinh đạt giải học sinh giỏi cấp tỉnh, "
                "tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non đạt 100%."
            ),
            Img(up(11, "ky-niem-20-11-buon-ho-1.jpg"),
                "Lãnh đạo thị xã tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo thị xã tặng hoa chúc mừng các nhà giáo", "cap"),
            P(
                "Phát biểu tại buổi lễ, Phó Chủ tịch UBND thị xã ghi nhận sự tận tụy của đội ngũ "
                "nhà giáo, đặc biệt là các thầy cô công tác tại các buôn đồng bào dân tộc thiểu số, "
                "và đề nghị ngành tiếp tục nâng cao chất lượng dạy tiếng Việt cho trẻ mầm non trước "
                "khi vào lớp 1."
            ),
            P(
                "Dịp này, 64 nhà giáo tiêu biểu được Chủ tịch UBND thị xã tặng Giấy khen; 9 tập "
                "thể, cá nhân được Giám đốc Sở GD&ĐT tặng Bằng khen."
            ),
            Img(up(11, "ky-niem-20-11-buon-ho-2.jpg"),
                "Các nhà giáo tiêu biểu nhận Giấy khen",
                "Các nhà giáo tiêu biểu nhận Giấy khen", "cap"),
            Raw('<p style="text-align: right;"><strong>Hoài Thu</strong><br />(Theo Báo Đắk Lắk)</p>'),
        ],
        authors=["Hoài Thu"],
        source="Báo Đắk Lắk",
        summary=(
            "Sáng 19/11, UBND thị xã Buôn Hồ tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025-2026."
        ),
        opts={"cats": ["tin-tuc", "mam-non", "tieu-hoc"], "user": "pgdbuonho", "time": "08:02:45",
              "p": "justify"},
    ),
    Story(
        1440,
        S_VANDONG,
        "Mầm non Họa Mi: Chuyên đề “Phát triển vận động cho trẻ 5-6 tuổi”",
        "mam-non",
        "2026-11-16",
        [
            P(
                "Ngày 13/11/2026, Trường Mầm non Họa Mi tổ chức chuyên đề “Phát triển vận động cho "
                "trẻ 5-6 tuổi” với sự tham dự của cán bộ quản lý, giáo viên các trường mầm non "
                "trong cụm số 2."
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu với đồ dùng tự làm từ nguyên vật liệu sẵn có "
                "ở địa phương như ống tre, lốp xe cũ, chai nhựa. Sau phần dự giờ, giáo viên các "
                "trường thảo luận, chia sẻ kinh nghiệm tổ chức hoạt động vận động cho trẻ."
            ),
            Img(up(11, "DSC_0412-150x150.jpg"), "Bé bò chui qua cổng tre", "Bé bò chui qua cổng tre", "gal"),
            Img(up(11, "DSC_0418-150x150.jpg"), None, None, "gal"),
            Img(up(11, "DSC_0425-150x150.jpg"), "Trò chơi “Kéo co” của lớp Lá 2",
                "Trò chơi “Kéo co” của lớp Lá 2", "gal"),
            Img(up(11, "DSC_0431-150x150.jpg"), None, None, "gal"),
            Img(up(11, "DSC_0440-150x150.jpg"), "Giáo viên trong cụm trao đổi sau tiết dạy",
                "Giáo viên trong cụm trao đổi sau tiết dạy", "gal"),
            Img(up(11, "DSC_0447-150x150.jpg"), None, None, "gal"),
            P("Một số hình ảnh của chuyên đề."),
            Raw("<p><em>Tin: Lê Thị Hồng Nhung; Ảnh: Tổ chuyên môn</em></p>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Tổ chuyên môn"],
        opts={"cats": ["mam-non"], "user": "pgdbuonho", "time": "15:47:30", "p": "bare",
              "gallery": 1440},
    ),
    Story(
        1433,
        S_GVDG,
        "Hội thi Giáo viên dạy giỏi cấp thị xã bậc tiểu học năm học 2026-2027",
        "tieu-hoc",
        "2026-11-12",
        [
            P(
                "Từ ngày 03 đến 07/11/2026, Phòng GD&ĐT thị xã Buôn Hồ tổ chức Hội thi Giáo viên dạy "
                "giỏi cấp thị xã bậc tiểu học. Tham gia hội thi có 46 giáo viên đến từ 17 trường "
                "tiểu học trên địa bàn."
            ),
            P("1. Nội dung thi", "h3"),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy 02 "
                "tiết: 01 tiết môn Tiếng Việt hoặc Toán và 01 tiết do giáo viên tự chọn."
            ),
            P("2. Kết quả", "h3"),
            P("Hội đồng giám khảo đã công nhận 38 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thị xã, trong đó:"),
            P("Xếp loại | Số giáo viên | Tỷ lệ", "th"),
            P("Giỏi xuất sắc | 9 | 19,6%", "td"),
            P("Giỏi | 29 | 63,0%", "td"),
            P("Chưa đạt | 8 | 17,4%", "td"),
            P("3. Nhận xét chung", "h3"),
            P(
                "Đa số giáo viên đã vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực, "
                "khai thác hiệu quả thiết bị dạy học và học liệu số. Bên cạnh đó, một số tiết dạy "
                "còn nặng về truyền thụ kiến thức, chưa chú trọng phát triển năng lực tự học của học "
                "sinh; việc phân bố thời gian giữa các hoạt động ở một số tiết chưa hợp lý."
            ),
            P(
                "Phòng GD&ĐT đề nghị các trường tổ chức rút kinh nghiệm sau hội thi và nhân rộng các "
                "biện pháp hay trong sinh hoạt chuyên môn theo nghiên cứu bài học."
            ),
        ],
        authors=["Phạm Thị Ngọc Ánh"],
        opts={"cats": ["tieu-hoc"], "user": "anhptn", "time": "11:10:00", "p": "justify", "toc": True},
    ),
    Story(
        1427,
        S_ATTP,
        "Tập huấn an toàn thực phẩm trong bếp ăn bán trú trường mầm non",
        "tin-tuc",
        "2026-11-09",
        [
            P(
                "Ngày 06/11/2026, Phòng GD&ĐT phối hợp với Trung tâm Y tế thị xã Buôn Hồ tổ chức tập "
                "huấn công tác bảo đảm an toàn thực phẩm cho hơn 120 cán bộ quản lý, nhân viên nấu "
                "ăn của các trường mầm non có tổ chức bán trú."
            ),
            P(
                "Tại buổi tập huấn, báo cáo viên đã phổ biến các quy định về điều kiện bảo đảm an "
                "toàn thực phẩm đối với bếp ăn tập thể; quy trình bếp một chiều; chế độ kiểm thực "
                "ba bước và lưu mẫu thức ăn 24 giờ; cách nhận biết và xử lý ban đầu khi xảy ra ngộ "
                "độc thực phẩm."
            ),
            Img(up(11, "tap-huan-attp.jpg"), "Quang cảnh buổi tập huấn", "Quang cảnh buổi tập huấn", "brc"),
            P(
                "Học viên cũng được hướng dẫn thực hành ghi sổ kiểm thực, kiểm tra nhanh hàn the, "
                "phẩm màu trong thực phẩm bằng bộ test đơn giản."
            ),
            P(
                "Trong tháng 11 và tháng 12/2026, đoàn liên ngành của thị xã sẽ kiểm tra công tác "
                "an toàn thực phẩm tại 100% bếp ăn bán trú của các trường mầm non."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Phòng GD&amp;ĐT Buôn Hồ</em></p>'),
        ],
        authors=["Phòng GD&ĐT Buôn Hồ"],
        opts={"cats": ["tin-tuc", "mam-non"], "user": "pgdbuonho", "time": "17:25:14", "p": "word"},
    ),
    Story(
        1419,
        S_BAOLUC,
        "Tuyên truyền phòng, chống bạo lực học đường tại Trường THCS Nguyễn Trãi",
        "thcs",
        "2026-11-05",
        [
            Raw('<p><strong><em>Tin, ảnh: Đoàn trường</em></strong></p>'),
            P(
                "Chiều ngày 03/11/2026, Đoàn trường THCS Nguyễn Trãi phối hợp với Công an phường "
                "Thiện An tổ chức buổi tuyên truyền phòng, chống bạo lực học đường cho hơn 500 học "
                "sinh khối 8 và khối 9."
            ),
            P(
                "Báo cáo viên đã nêu các hình thức bạo lực học đường thường gặp, trong đó có bạo lực "
                "trên mạng xã hội; phân tích hậu quả và trách nhiệm pháp lý của người có hành vi bạo "
                "lực; hướng dẫn học sinh cách ứng xử, tìm kiếm sự giúp đỡ khi bị bắt nạt."
            ),
            Img(up(11, "bao-luc-hoc-duong.jpg"), "Học sinh đặt câu hỏi cho báo cáo viên",
                "Học sinh đặt câu hỏi cho báo cáo viên", "cplain"),
            P("Chia sẻ với học sinh, đại úy Nguyễn Hữu Thắng nhấn mạnh:"),
            P(
                "“Khi bị bắt nạt, các em đừng im lặng. Hãy nói ngay với thầy cô, cha mẹ hoặc gọi tổng "
                "đài 111 để được bảo vệ kịp thời.”",
                "quote",
            ),
            P(
                "Buổi tuyên truyền đã giúp học sinh nâng cao nhận thức, góp phần xây dựng môi trường "
                "học đường an toàn, thân thiện."
            ),
        ],
        authors=["Đoàn trường"],
        photographers=["Đoàn trường"],
        opts={"cats": ["thcs"], "user": "pgdbuonho", "time": "21:03:36", "p": "justify"},
    ),
    Story(
        1411,
        S_NOITRO,
        "Trường Mầm non Bình Minh tổ chức “Ngày hội bé tập làm nội trợ”",
        "mam-non",
        "2026-10-30",
        [
            P(
                "Hưởng ứng ngày Phụ nữ Việt Nam 20/10, Trường Mầm non Bình Minh (xã Ea Blang) tổ "
                "chức “Ngày hội bé tập làm nội trợ” cho trẻ mẫu giáo các lớp."
            ),
            Img(up(10, "IMG_20261030_091522.jpg"), None, None, "none"),
            P(
                "Với những nguyên liệu quen thuộc như bánh mì, trái cây, rau củ, các bé được cô "
                "hướng dẫn làm bánh mì kẹp, xiên trái cây, cắm hoa tặng mẹ. Qua đó trẻ biết thêm "
                "về các loại thực phẩm, rèn luyện sự khéo léo của đôi tay."
            ),
            Img(up(10, "IMG_20261030_093847.jpg"), "Các bé lớp Chồi trổ tài làm xiên trái cây",
                "Các bé lớp Chồi trổ tài làm xiên trái cây", "emc"),
            P(
                "Nhiều phụ huynh cũng tham gia cùng các con, tạo nên không khí ấm áp, vui tươi. Ngày "
                "hội khép lại bằng tiết mục văn nghệ “Bông hoa mừng cô” của lớp Lá 1."
            ),
            Raw('<p style="text-align: right;">H&#8217;Liên Êban</p>'),
        ],
        authors=["H’Liên Êban"],
        opts={"cats": ["mam-non"], "user": "pgdbuonho", "time": "19:44:02", "p": "justify"},
    ),
    Story(
        1402,
        S_QUATANG,
        "Trường Tiểu học Kim Đồng tiếp nhận quà tặng cho học sinh dân tộc thiểu số",
        "tieu-hoc",
        "2026-10-22",
        [
            P(
                "Ngày 20/10/2026, Trường Tiểu học Kim Đồng (xã Ea Siên) tiếp nhận 150 suất quà từ "
                "Câu lạc bộ Thiện nguyện Hoa Sữa (TP. Buôn Ma Thuột) trao tặng học sinh người đồng "
                "bào dân tộc thiểu số có hoàn cảnh khó khăn."
            ),
            P(
                "Mỗi suất quà gồm áo ấm, cặp sách, vở viết và đồ dùng học tập trị giá 350.000 đồng. "
                "Ngoài ra, câu lạc bộ còn tặng nhà trường một tủ sách với 300 đầu sách thiếu nhi."
            ),
            Img(up(10, "kim-dong-qua-tang.jpg"), "Đại diện câu lạc bộ trao quà cho các em học sinh",
                "Đại diện câu lạc bộ trao quà cho các em học sinh", "cplain"),
            P(
                "Thay mặt nhà trường, cô Nguyễn Thị Hằng, Hiệu trưởng, cảm ơn tấm lòng của các nhà "
                "hảo tâm, giúp các em có thêm điều kiện đến trường khi mùa mưa lạnh đang về trên "
                "vùng cao nguyên."
            ),
            Raw('<p style="text-align: right;"><em>Bài: Hồ Thị Lan; ảnh: Võ Đình Quý</em></p>'),
        ],
        authors=["Hồ Thị Lan"],
        photographers=["Võ Đình Quý"],
        opts={"cats": ["tieu-hoc"], "user": "pgdbuonho", "time": "10:12:55", "p": "word",
              "seo": "TH Kim Đồng tiếp nhận quà tặng học sinh | PGD Buôn Hồ"},
    ),
    Story(
        1390,
        S_HKPD,
        "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp thị xã năm học 2026-2027",
        "van-ban-thong-bao",
        "2026-10-08",
        [
            P(
                "Thực hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thị xã Buôn Hồ xây dựng kế hoạch "
                "tổ chức Hội khỏe Phù Đổng cấp thị xã như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
            P(
                "Đẩy mạnh phong trào tập luyện thể dục thể thao trong trường học, góp phần giáo dục "
                "thể chất toàn diện cho học sinh; tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng "
                "cấp tỉnh."
            ),
            P("II. THỜI GIAN, ĐỊA ĐIỂM", "b"),
            P("- Thời gian: từ ngày 14/12 đến 18/12/2026."),
            P("- Địa điểm: Sân vận động thị xã và Nhà thi đấu Trường THCS Lê Quý Đôn.", "br"),
            P("III. CÁC MÔN THI ĐẤU", "b"),
            P("Điền kinh", "oli"),
            P("Bóng đá nam", "oli"),
            P("Cầu lông, bóng bàn", "oli"),
            P("Cờ vua", "oli"),
            P("Đẩy gậy (môn thể thao dân tộc)", "oli"),
            P(
                "Các trường THCS đăng ký danh sách vận động viên về Phòng GD&ĐT (qua Tổ THCS) trước "
                "ngày 20/11/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"cats": ["van-ban-thong-bao"], "user": "pgdbuonho", "time": "07:30:21", "p": "bare",
              "sticky": True},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: newest first, the order of every listing
POSTS = sorted(STORIES, key=lambda s: (s.published_at, s.opts["time"]), reverse=True)
STICKY = [s for s in POSTS if s.opts.get("sticky")]


def gallery_images(story: Story) -> list[Img]:
    return [b for b in story.blocks if isinstance(b, Img) and b.style == "gal"]


def attachment_slug(img: Img) -> str:
    """WordPress's attachment page slug: the file name without size suffix, lower case."""
    stem = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return re.sub(r"-\d+x\d+$", "", stem).lower()


def _alt_paths(s: Story) -> list[str]:
    paths = [f"/?p={s.id}", f"/{s.slug}/print/"]
    paths += [f"/{s.slug}/?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    if s.slug == S_VANDONG:
        paths.append(f"/{S_VANDONG}/?fbclid={FBCLID}")
    return paths


# (harmonised after the first crawl: the house reads the time a ColorMag theme's
# ``<time class="entry-date published" datetime>`` states as the post's, wp_colormag's gold)
GOLD = [
    {**gold_record(s, f"/{s.slug}/", CATEGORIES[s.cat], alt_paths=_alt_paths(s)), "published_at": f"{s.published_at}T{s.opts['time']}+07:00"} for s in STORIES
]

#: static pages: the same /<slug>/ form and single template, without date or categories
STATIC_PAGES = {
    "gioi-thieu": (
        2,
        "Giới thiệu",
        "<p>Phòng Giáo dục và Đào tạo thị xã Buôn Hồ là cơ quan chuyên môn thuộc UBND thị xã, "
        "tham mưu giúp UBND thị xã quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ "
        "sở trên địa bàn 7 phường và 5 xã.</p>\n<p>Năm học 2026-2027, toàn thị xã có 48 trường "
        "với hơn 23.000 học sinh, trong đó học sinh dân tộc thiểu số chiếm 31%.</p>\n"
        "<h3>Lãnh đạo Phòng</h3>\n<ul>\n<li>Trưởng phòng: Nguyễn Văn Thành</li>\n"
        "<li>Phó Trưởng phòng: Lê Thị Kim Dung</li>\n</ul>",
    ),
    "lien-he": (
        9,
        "Liên hệ",
        "<p>Địa chỉ: Số 50 Hùng Vương, phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk.</p>\n"
        "<p>Điện thoại: 0262 3875 234 – Email: pgdbuonho@daklak.edu.vn</p>\n"
        '<div class="wpcf7" id="wpcf7-f31-p9-o1"><form action="/lien-he/#wpcf7-f31-p9-o1" '
        'method="post" class="wpcf7-form init"><p><label>Họ tên<br /><input type="text" '
        'name="your-name" size="40" /></label></p><p><label>Nội dung<br /><textarea '
        'name="your-message"></textarea></label></p><p><input type="submit" value="Gửi" '
        'class="wpcf7-submit" /></p></form></div>',
    ),
    "thu-vien-anh": (
        14,
        "Thư viện ảnh",
        "<p>Hình ảnh hoạt động của các đơn vị trường học trên địa bàn thị xã.</p>\n"
        "<div id='gallery-1' class='gallery galleryid-14 gallery-columns-4 gallery-size-thumbnail'>"
        + "".join(
            f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='/{S_VANDONG}/"
            f"{attachment_slug(img)}/'><img width=\"150\" height=\"150\" src=\"{img.src}\" "
            'class="attachment-thumbnail size-thumbnail" alt="" /></a></div></figure>'
            for img in gallery_images(BY_SLUG[S_VANDONG])
        )
        + "</div>",
    ),
}

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/thu-vien-anh/",
    f"/{S_VANDONG}/dsc_0412/",
    "/download/512-tb-pgddt/",
    "/category/mam-non/page/2/",
]


# --- printing ----------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def clock(story: Story) -> str:
    """The ``title`` of the posted-on link: WordPress's time format "g:i a" in Vietnamese."""
    h, m, _ = (int(x) for x in story.opts["time"].split(":"))
    return f"{(h - 1) % 12 + 1}:{m:02d} {'sáng' if h < 12 else 'chiều'}"


def ez_id(label: str) -> str:
    flat = unicodedata.normalize("NFD", label.replace("đ", "d").replace("Đ", "D"))
    flat = "".join(c for c in flat if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "_", flat).strip("_")


def _ptag(story: Story, inner: str) -> str:
    form = story.opts.get("p", "justify")
    if form == "bare":
        return f"<p>{inner}</p>"
    if form == "word":
        return (
            '<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><span style="font-size:'
            f" 14.0pt; line-height: 150%; font-family: 'Times New Roman',serif;\">{inner}</span></p>"
        )
    return f'<p style="text-align: justify;">{inner}</p>'


def _img_tag(base: str, img: Img, wp_id: int, lazy: bool = False, cls: str = "aligncenter") -> str:
    src = img.src if img.src.startswith("http") else base + img.src
    if img.style == "fb":
        return f'<img src="{esc(src)}" alt="{esc(img.printed or "")}" width="960" height="720" />'
    alt = attachment_slug(img).upper() if img.src.rsplit("/", 1)[-1].startswith("IMG_") else ""
    stem = src.rsplit(".", 1)[0]
    srcset = f"{src} 800w, {stem}-300x225.jpg 300w, {stem}-768x576.jpg 768w"
    klass = f"{cls} size-large wp-image-{wp_id}".strip()
    attrs = f'alt="{esc(alt)}" width="800" height="600"'
    if lazy:
        return (
            f'<img class="lazy lazy-hidden {klass}" {attrs} src="{_LAZY_GIF}" data-lazy-type="image" '
            f'data-src="{src}" data-srcset="{srcset}" />'
            f'<noscript><img class="{klass}" {attrs} src="{src}" /></noscript>'
        )
    return (
        f'<img class="{klass}" {attrs} src="{src}" srcset="{srcset}" '
        'sizes="(max-width: 800px) 100vw, 800px" />'
    )


def render_content(request: Request, story: Story) -> str:
    """What the Classic Editor saved, after wpautop, shortcodes and the_content filters."""
    base = base_url(request)
    out: list[str] = []
    blocks = story.blocks
    wp_id = story.id + 1
    i = 0
    toc_done = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img) and b.style == "gal":
            gid = story.opts["gallery"]
            items = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                g = blocks[i]
                wp_id += 1
                described = f' aria-describedby="gallery-1-{wp_id}"' if g.printed else ""
                cap = (
                    f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{wp_id}'>\n"
                    f"{esc(g.printed)}\n</figcaption>"
                    if g.printed
                    else ""
                )
                items.append(
                    "<figure class='gallery-item'>\n<div class='gallery-icon landscape'>\n"
                    f"<a href='{base}/{story.slug}/{attachment_slug(g)}/'><img width=\"150\" height="
                    f'"150" src="{base}{g.src}" class="attachment-thumbnail size-thumbnail" alt=""'
                    f"{described} /></a>\n</div>{cap}</figure>"
                )
                i += 1
            out.append(
                f"<div id='gallery-1' class='gallery galleryid-{gid} gallery-columns-3 "
                "gallery-size-thumbnail'>" + "\n".join(items) + "\n</div>"
            )
            continue
        elif isinstance(b, Img):
            wp_id += 1
            if b.style in ("cap", "lazycap"):
                tag = _img_tag(base, b, wp_id, lazy=b.style == "lazycap", cls="")
                tag = tag.replace('class="', f'aria-describedby="caption-attachment-{wp_id}" class="', 1)
                out.append(
                    f'<div id="attachment_{wp_id}" style="width: 810px" class="wp-caption aligncenter">'
                    f'{tag}<p id="caption-attachment-{wp_id}" class="wp-caption-text">'
                    f"{esc(b.printed)}</p></div>"
                )
            elif b.style == "emc":
                out.append(f'<p style="text-align: center;">{_img_tag(base, b, wp_id)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.style == "brc":
                out.append(
                    f'<p style="text-align: center;">{_img_tag(base, b, wp_id)}<br />\n'
                    f"<em>{esc(b.printed)}</em></p>"
                )
            elif b.style == "cplain":
                out.append(f'<p style="text-align: center;">{_img_tag(base, b, wp_id)}</p>')
                out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
            elif b.style == "fb":
                out.append(f"<p>{_img_tag(base, b, wp_id)}</p>")
            else:
                out.append(f"<p>{_img_tag(base, b, wp_id, cls='alignnone')}</p>")
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                rows.append(
                    "<tr>"
                    + "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="5">'
                "\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "h3":
            if story.opts.get("toc") and not toc_done:
                toc_done = True
                heads = [x.text for x in blocks if isinstance(x, P) and x.style == "h3"]
                links = "".join(
                    f'<li class="ez-toc-page-1 ez-toc-heading-level-3"><a class="ez-toc-link '
                    f'ez-toc-heading-{n}" href="#{ez_id(h)}" title="{esc(h)}">{esc(h)}</a></li>'
                    for n, h in enumerate(heads, 1)
                )
                out.append(
                    '<div id="ez-toc-container" class="ez-toc-v2_0_69 counter-hierarchy '
                    'ez-toc-counter ez-toc-grey ez-toc-container-direction">\n<div class="ez-toc-title-'
                    'container">\n<p class="ez-toc-title">Mục lục</p>\n<span class="ez-toc-title-'
                    'toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs '
                    'ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content">'
                    '<span class="ez-toc-js-icon-con"></span></a></span></div>\n<nav><ul '
                    f'class="ez-toc-list ez-toc-list-level-1">{links}</ul></nav></div>'
                )
            out.append(
                f'<h3><span class="ez-toc-section" id="{ez_id(b.text)}"></span>{text(b.text)}'
                '<span class="ez-toc-section-end"></span></h3>'
            )
        else:
            if b.style in ("lead", "b"):
                inner = f"<strong>{text(b.text)}</strong>"
            elif b.style == "boldstart":
                head, tail = b.text.split(",", 1)
                inner = f"<strong>{text(head)}</strong>,{text(tail)}"
            else:
                inner = text(b.text)
            if b.style == "quote":
                out.append(f"<blockquote>\n<p><em>{inner}</em></p>\n</blockquote>")
                i += 1
                continue
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                inner += "<br />\n" + text(blocks[i].text)
                i += 1
            out.append(_ptag(story, inner))
            continue
        i += 1
    if story.opts.get("pdf"):
        out.append(
            "<div class='w3eden'><div class=\"link-template-default card mb-2\"><div class=\"card-"
            'body"><div class="media"><div class="mr-3 img-area"><img class="wpdm_icon" alt="Icon" '
            f'src="{base}/wp-content/plugins/download-manager/assets/file-type-icons/pdf.svg" /></div>'
            '<div class="media-body"><h3 class="package-title"><a href=\'/download/512-tb-pgddt/\'>'
            "Thông báo 512/TB-PGDĐT</a></h3><div class=\"text-muted text-small\"><i class=\"fas "
            'fa-copy"></i> 1 tệp <i class="fas fa-hdd ml-3"></i> 245.6 KB</div></div><div '
            "class=\"ml-3\"><a class='wpdm-download-link btn btn-primary' rel='nofollow' href='#' "
            f'data-downloadurl="/download/512-tb-pgddt/?wpdmdl={story.id + 1}">Tải về</a></div>'
            "</div></div></div></div>"
        )
    return "\n".join(out)


def jetpack_tail(request: Request, story: Story) -> str:
    """Jetpack appends its sharing box and related-posts block to the_content itself."""
    url = quote(f"{base_url(request)}/{story.slug}/", safe="")
    return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>
<li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="https://www.facebook.com/sharer.php?u={url}" target="_blank"><span>Facebook</span></a></li>
<li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="https://twitter.com/intent/tweet?url={url}" target="_blank"><span>X</span></a></li>
<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Thích bài này:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="loading">Đang tải...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3></div>"""


def cat_links(story: Story) -> str:
    names = sorted(story.opts["cats"], key=lambda k: CATEGORIES[k].replace("ể", "e"))
    return "".join(
        f'<a href="/category/{k}/" rel="category tag">{esc(CATEGORIES[k])}</a>&nbsp;' for k in names
    )


def thumb(story: Story) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and not b.src.startswith("http")), None)
    if img is None:
        return "/wp-content/themes/edumag-lite/img/no-thumb.png"
    return img.src.replace("-150x150", "").rsplit(".", 1)[0] + "-390x205.jpg"


def plain(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P) and b.style not in ("th", "td"))


def excerpt(story: Story) -> str:
    words = plain(story).split()
    return " ".join(words[:40]) + " [&hellip;]"


# --- theme: layout, listings, pager ------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", []),
    ("/category/tin-tuc/", "Tin tức", ["mam-non", "tieu-hoc", "thcs"]),
    ("/category/van-ban-thong-bao/", "Văn bản - Thông báo", []),
    ("/thu-vien-anh/", "Thư viện ảnh", []),
    ("/lien-he/", "Liên hệ", []),
]


def views(story: Story) -> int:
    return 120 + (story.id * 53) % 1400


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "") -> str:
    base = base_url(request)
    menu = []
    for n, (href, label, subs) in enumerate(MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{k}/">'
                f"{esc(CATEGORIES[k])}</a></li>"
                for k in subs
            ) + "</ul>"
        has = " menu-item-has-children" if subs else ""
        menu.append(f'<li id="menu-item-{20 + n}" class="menu-item{has}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    ticker = "".join(f'<li><a href="/?p={s.id}">{esc(s.title)}</a></li>' for s in POSTS[:5])
    latest = "".join(
        f'<li><a href="{base}/?p={s.id}">{esc(s.title)}</a> <span class="post-date">{dmy(s)}</span></li>'
        for s in POSTS[:5]
    )
    most = "".join(
        f'<li><a href="{base}/{s.slug}/" title="{esc(s.title)}">{esc(s.title[:60])}…</a> - '
        f"{views(s):,} lượt xem</li>".replace(",", ".")
        for s in sorted(STORIES, key=views, reverse=True)[:4]
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel='stylesheet' id='edumag-style-css' href='{base}/wp-content/themes/edumag-lite/style.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_class} wide">
<div id="page" class="hfeed site">
<header id="masthead" class="site-header clearfix">
<div class="news-bar"><div class="inner-wrap clearfix">
<div class="date-in-header">{TODAY}</div>
<div class="breaking-news"><strong class="breaking-news-latest">Tin mới:</strong><ul class="newsticker">{ticker}</ul></div>
<div class="social-links clearfix"><ul><li><a href="https://www.facebook.com/pgdbuonho" target="_blank"><i class="fa fa-facebook"></i></a></li></ul></div>
</div></div>
<div id="header-text-nav-container"><div class="inner-wrap"><div id="header-text-nav-wrap" class="clearfix">
<div id="header-left-section"><div id="header-logo-image"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2026/08/logo-pgd-buon-ho.png" alt="{esc(SITE_TITLE)}"></a></div>
<div id="header-text"><h3 id="site-title"><a href="{base}/" rel="home">{esc(SITE_TITLE)}</a></h3>
<p id="site-description">{esc(SITE_DESC)}</p></div></div>
</div></div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation"><div class="inner-wrap clearfix">
<p class="menu-toggle"></p><div class="menu-primary-container"><ul id="menu-primary" class="menu">{"".join(menu)}</ul></div>
</div></nav></div>
</header>
<div id="main" class="clearfix"><div class="inner-wrap clearfix">
<div id="primary"><div id="content" class="clearfix">
{main}
</div></div>
<div id="secondary">
<aside id="search-2" class="widget widget_search clearfix"><form action="{base}/" class="search-form searchform clearfix" method="get"><div class="search-wrap"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries clearfix"><h3 class="widget-title"><span>Bài viết mới</span></h3><ul>{latest}</ul></aside>
<aside id="views-2" class="widget widget_views clearfix"><h3 class="widget-title"><span>Xem nhiều</span></h3><ul>{most}</ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html clearfix"><h3 class="widget-title"><span>Thống kê truy cập</span></h3><div class="textwidget custom-html-widget"><ul class="counter">
<li>Đang online: <b>23</b></li><li>Hôm nay: <b>412</b></li><li>Hôm qua: <b>538</b></li><li>Tổng truy cập: <b>1.284.903</b></li></ul></div></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget clearfix"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="text-align: center;"><strong>Bạn quan tâm nội dung nào trên cổng thông tin?</strong></p><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7" /> <label for="poll-answer-7">Tin hoạt động các trường</label></li><li><input type="radio" id="poll-answer-8" name="poll_3" value="8" /> <label for="poll-answer-8">Văn bản chỉ đạo</label></li><li><input type="radio" id="poll-answer-9" name="poll_3" value="9" /> <label for="poll-answer-9">Tuyển sinh</label></li></ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" /></p></form></div></aside>
<aside id="archives-2" class="widget widget_archive clearfix"><h3 class="widget-title"><span>Lưu trữ</span></h3><ul><li><a href='{base}/2026/12/'>Tháng mười hai 2026</a></li><li><a href='{base}/2026/11/'>Tháng mười một 2026</a></li><li><a href='{base}/2026/10/'>Tháng mười 2026</a></li></ul></aside>
<aside id="text-5" class="widget widget_text clearfix"><h3 class="widget-title"><span>Liên kết website</span></h3><div class="textwidget"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option><option value="https://buonho.daklak.gov.vn">Cổng TTĐT thị xã Buôn Hồ</option></select></div></aside>
</div>
</div></div>
<footer id="colophon" class="clearfix"><div class="footer-widgets-wrapper"><div class="inner-wrap"><div class="footer-widgets-area clearfix">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BUÔN HỒ</strong><br />Địa chỉ: Số 50 Hùng Vương, phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk<br />Điện thoại: 0262 3875 234 – Email: pgdbuonho@daklak.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Nguyễn Văn Thành – Trưởng phòng</p>
</div></div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="copyright">Bản quyền &copy; 2026 <a href="{base}/">{esc(SITE_TITLE)}</a>. Giao diện: EduMag Lite. Chạy trên <a href="https://wordpress.org" target="_blank">WordPress</a>.</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script type="text/javascript" src="{base}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.min.js?ver=2.7.3" id="jquery-lazyloadxt-js"></script>
</body>
</html>"""


def card(request: Request, story: Story) -> str:
    base = base_url(request)
    user = story.opts["user"]
    return f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="featured-image"><a href="{base}/{story.slug}/" title="{esc(story.title)}"><img width="390" height="205" src="{base}{thumb(story)}" class="attachment-edumag-featured-post-medium size-edumag-featured-post-medium wp-post-image" alt="" /></a></div>
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links">{cat_links(story)}</span></div>
<header class="entry-header"><h2 class="entry-title"><a href="{base}/{story.slug}/" title="{esc(story.title)}">{esc(story.title)}</a></h2></header>
<div class="below-entry-meta"><span class="posted-on"><a href="{base}/{story.slug}/" title="{clock(story)}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{iso(story)}">{dmy(story)}</time></a></span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i><a class="url fn n" href="{base}/author/{user}/" title="{esc(USERS[user])}">{esc(USERS[user])}</a></span></span></div>
<div class="entry-content clearfix"><p>{excerpt(story)}</p>
<a class="more-link" title="{esc(story.title)}" href="{base}/{story.slug}/"><span>Đọc thêm</span></a></div>
</div>
</article>"""


def pagenavi(prefix: str, page: int, pages: int) -> str:
    """WP-PageNavi: "Trang x / y", the current page and its neighbours, Trước/Sau, Đầu/Cuối."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return prefix if n == 1 else f"{prefix}page/{n}/"

    parts = [f"<span class='pages'>Trang {page} / {pages}</span>"]
    if page > 2:
        parts.append(f'<a class="first" aria-label="First Page" href="{href(1)}">« Đầu</a>')
    if page > 1:
        parts.append(f'<a class="previouspostslink" rel="prev" aria-label="Trang trước" href="{href(page - 1)}">«</a>')
    for n in range(max(1, page - 1), min(pages, page + 1) + 1):
        if n == page:
            parts.append(f"<span aria-current='page' class='current'>{n}</span>")
        else:
            parts.append(f'<a class="page larger" title="Trang {n}" href="{href(n)}">{n}</a>')
    if page + 1 < pages:
        parts.append("<span class='extend'>...</span>")
    if page < pages:
        parts.append(f'<a class="nextpostslink" rel="next" aria-label="Trang sau" href="{href(page + 1)}">Sau »</a>')
        parts.append(f'<a class="last" aria-label="Last Page" href="{href(pages)}">Cuối »</a>')
    return "<div class='wp-pagenavi' role='navigation'>\n" + "\n".join(parts) + "\n</div>"


def not_found(request: Request) -> Response:
    main = (
        '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">'
        "Không tìm thấy trang</h1></header><p>Có vẻ như không có gì ở đây. Bạn thử tìm kiếm?</p>"
        "</section>"
    )
    return html(layout(request, f"Không tìm thấy trang – {SITE_TITLE}", main, body_class="error404"), status=404)


def listing(request: Request, heading: str, posts: list[Story], prefix: str, page: int,
            sticky: list[Story] | None = None, body_class: str = "archive") -> Response:
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return not_found(request)
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    if page == 1 and sticky:
        chunk = sticky + [s for s in chunk if s not in sticky]
    head_html = (
        f'<header class="page-header"><h1 class="page-title"><span>{esc(heading)}</span></h1></header>'
        if heading
        else ""
    )
    main = (
        head_html
        + '<div class="article-container">\n'
        + "\n".join(card(request, s) for s in chunk)
        + "\n</div>\n"
        + pagenavi(prefix, page, pages)
    )
    title = f"{heading} – {SITE_TITLE}" if heading else f"{SITE_TITLE} – {SITE_DESC}"
    if page > 1:
        title = f"{heading or SITE_TITLE} – Trang {page} – {SITE_TITLE}" if heading else f"{SITE_TITLE} – Trang {page}"
    return html(layout(request, title, main, body_class=body_class))


# --- pages -------------------------------------------------------------------------------------


def breadcrumbs(base: str, section: tuple[str, str] | None, last: str) -> str:
    mid = f' » <span><a href="{base}{section[0]}">{esc(section[1])}</a></span>' if section else ""
    return (
        f'<p id="breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span>{mid} » '
        f'<span class="breadcrumb_last" aria-current="page">{esc(last)}</span></span></p>'
    )


def comments_html(request: Request, story: Story) -> str:
    base = base_url(request)
    items = []
    for cid, who, when, said in story.opts.get("comments", []):
        d, rest = when.split(" lúc ")
        dd, mm, yy = d.split("/")
        items.append(
            f'<li class="comment even thread-even depth-1" id="li-comment-{cid}"><article id="comment-{cid}" '
            'class="comment"><header class="comment-meta comment-author vcard"><img alt="" '
            f"src='{base}/wp-content/plugins/wp-user-avatar/assets/images/avatar-60.png' class='avatar "
            f"avatar-74 photo' height='74' width='74' /><div class=\"comment-author-link\"><cite><b class=\"fn\">"
            f'{esc(who)}</b></cite></div><div class="comment-date-time"><a href="{base}/{story.slug}/#comment-{cid}">'
            f'<time datetime="{yy}-{mm}-{dd}T{rest}:00+07:00">{esc(when)}</time></a></div></header>'
            f'<section class="comment-content comment"><p>{esc(said)}</p></section>'
            f"<a rel='nofollow' class='comment-reply-link' href='{base}/{story.slug}/?replytocom={cid}#respond' "
            f"data-commentid=\"{cid}\" data-postid=\"{story.id}\" aria-label='Trả lời {esc(who)}'>Trả lời</a>"
            "</article></li>"
        )
    listed = (
        f'<h3 class="comments-title">{len(items)} bình luận về &ldquo;{esc(story.title)}&rdquo;</h3>'
        f'<ul class="comment-list">{"".join(items)}</ul>'
        if items
        else ""
    )
    return f"""<div id="comments" class="comments-area">{listed}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{story.slug}/#respond" style="display:none;">Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên</label><input id="author" name="author" type="text" size="30" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /><input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' /></p></form></div></div>"""


def post_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    primary = story.cat
    user = story.opts["user"]
    canonical = f"{base}/{story.slug}/"
    seo = story.opts.get("seo") or f"{story.title} | PGD Buôn Hồ"
    head = (
        f'<meta name="description" content="{esc(plain(story)[:155])}" />\n'
        f'<link rel="canonical" href="{canonical}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(seo.split(" | ")[0])}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE_TITLE)}" />\n'
        f'<meta property="article:published_time" content="{iso(story)}" />\n'
        f'<meta property="og:image" content="{base}{thumb(story)}" />\n'
        f'<meta name="author" content="{esc(USERS[user])}" />\n'
        f"<link rel='shortlink' href='{base}/?p={story.id}' />"
    )
    updated = story.opts.get("updated")
    upd_iso = f"{updated[6:]}-{updated[3:5]}-{updated[:2]}T15:20:00+07:00" if updated else iso(story)
    updated_line = (
        f'<span class="updated-on"><i class="fa fa-refresh"></i> Cập nhật lần cuối: {updated}</span>'
        if updated
        else ""
    )
    n_comments = len(story.opts.get("comments", []))
    comments_label = f"{n_comments} bình luận" if n_comments else "Chưa có bình luận"
    related = [s for s in POSTS if primary in s.opts["cats"] and s is not story][:3]
    related_html = "".join(
        f'<div class="single-related-posts"><div class="related-posts-thumbnail"><a href="{base}/{s.slug}/" '
        f'title="{esc(s.title)}"><img width="390" height="205" src="{base}{thumb(s)}" alt="" /></a></div>'
        f'<div class="article-content"><h3 class="entry-title"><a href="{base}/{s.slug}/" rel="bookmark" '
        f'title="{esc(s.title)}">{esc(s.title)}</a></h3><div class="below-entry-meta"><span class="posted-on">'
        f'<time class="entry-date published" datetime="{iso(s)}">{dmy(s)}</time></span></div></div></div>'
        for s in related
    )
    cats = " ".join(f"category-{k}" for k in story.opts["cats"])
    main = f"""{breadcrumbs(base, (f"/category/{primary}/", CATEGORIES[primary]), story.title)}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard hentry {cats}">
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links">{cat_links(story)}</span></div>
<header class="entry-header"><h1 class="entry-title">{esc(story.title)}</h1></header>
<div class="below-entry-meta">
<span class="posted-on"><a href="{canonical}" title="{clock(story)}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{iso(story)}">{dmy(story)}</time><time class="updated" datetime="{upd_iso}" style="display:none">{updated or dmy(story)}</time></a></span>
<span class="byline"><span class="author vcard"><i class="fa fa-user"></i>Bởi <a class="url fn n" href="{base}/author/{user}/" title="{esc(USERS[user])}">{esc(USERS[user])}</a></span></span>
<span class="post-views"><i class="fa fa-eye"></i> {views(story)} lượt xem</span>
<span class="comments"><i class="fa fa-comment"></i><a href="{canonical}#respond">{comments_label}</a></span>
{updated_line}
</div>
<div class="entry-content clearfix">
{render_content(request, story)}
{jetpack_tail(request, story)}
</div>
</div>
</article>
<div class="post-tools"><a href="{base}/{story.slug}/print/" rel="nofollow" title="In bài viết"><i class="fa fa-print"></i> In bài viết</a> | <a href="mailto:?subject={quote(story.title)}&amp;body={quote(canonical)}" title="Gửi email"><i class="fa fa-envelope"></i> Gửi email</a></div>
<div class="related-posts-wrapper"><h4 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i><span>Bài viết liên quan</span></h4><div class="related-posts clearfix">{related_html}</div></div>
{comments_html(request, story)}"""
    return html(layout(request, seo, main, head, f"post-template-default single single-post postid-{story.id}"))


def print_page(request: Request, story: Story) -> Response:
    """WP-Print's template: the post alone, noindex."""
    base = base_url(request)
    user = story.opts["user"]
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" />
<title>{esc(SITE_TITLE)} &raquo; {esc(story.title)} &raquo; In</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="{base}/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head><body>
<main role="main" class="center">
<p style="text-align: center;"><strong>- {esc(SITE_TITLE)} - <span dir="ltr">{base}</span> -</strong></p>
<div class="Post">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>{esc(USERS[user])}</u> vào ngày {dmy(story)} trong {esc(CATEGORIES[story.cat])} | {len(story.opts.get("comments", []))} bình luận</p>
<div id="BlogContent">{render_content(request, story)}</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết từ {esc(SITE_TITLE)}: <strong dir="ltr">{base}</strong></p>
<p>URL bài viết: <strong dir="ltr">{base}/{story.slug}/</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {esc(SITE_TITLE)}. Giữ toàn quyền.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Bấm để in">Bấm để in</a></p>
</main></body></html>"""
    return html(body)


def attachment_page(request: Request, story: Story, img: Img) -> Response:
    base = base_url(request)
    name = attachment_slug(img).upper()
    full = img.src.replace("-150x150", "")
    main = f"""{breadcrumbs(base, (f"/{story.slug}/", story.title), name)}
<article id="post-{story.id + 7}" class="post-{story.id + 7} attachment type-attachment status-inherit hentry">
<div class="article-content clearfix">
<header class="entry-header"><h1 class="entry-title">{esc(name)}</h1></header>
<div class="below-entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(story)}">{dmy(story)}</time></span>
<span class="byline"><span class="author vcard">Bởi <a class="url fn n" href="{base}/author/pgdbuonho/">pgdbuonho</a></span></span></div>
<div class="entry-content clearfix"><p class="attachment"><a href="{base}{full}"><img width="800" height="600" src="{base}{full.rsplit(".", 1)[0]}-800x600.jpg" class="attachment-medium size-medium" alt="" /></a></p>
<p class="wp-caption-text">{esc(img.printed or "")}</p>
<p>Xuất bản trong <a href="{base}/{story.slug}/">{esc(story.title)}</a></p></div>
</div></article>"""
    return html(layout(request, f"{name} – {SITE_TITLE}", main, body_class="attachment single"))


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    page_id, title, content = STATIC_PAGES[slug]
    main = f"""{breadcrumbs(base, None, title)}
<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
<div class="article-content clearfix">
<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>
<div class="entry-content clearfix">
{content}
</div></div></article>"""
    head = f'<link rel="canonical" href="{base}/{slug}/" />'
    return html(layout(request, f"{title} – {SITE_TITLE}", main, head, f"page-template-default page page-id-{page_id}"))


def download_page(request: Request) -> Response:
    """WP Download Manager's package page of the notice's PDF: a document entry, not an article."""
    base = base_url(request)
    main = f"""<article class="post-1476 wpdmpro type-wpdmpro status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Thông báo 512/TB-PGDĐT</h1></header>
<div class="entry-content clearfix"><div class="w3eden"><table class="table"><tbody>
<tr><td>Phiên bản</td><td>1.0.0</td></tr><tr><td>Lượt tải</td><td>87</td></tr>
<tr><td>Dung lượng</td><td>245.6 KB</td></tr><tr><td>Số tệp</td><td>1</td></tr>
<tr><td>Ngày tạo</td><td>03/12/2026</td></tr></tbody></table>
<a class="wpdm-download-link btn btn-primary" rel="nofollow" href="#" data-downloadurl="{base}/download/512-tb-pgddt/?wpdmdl=1476">Tải về</a></div></div></article>"""
    return html(layout(request, f"Thông báo 512/TB-PGDĐT – {SITE_TITLE}", main, body_class="single-wpdmpro"))


def search_page(request: Request, words: str) -> Response:
    needle = words.casefold().strip()
    hits = [s for s in POSTS if needle and needle in (s.title + " " + plain(s)).casefold()]
    main = (
        f'<header class="page-header"><h1 class="page-title"><span>Kết quả tìm kiếm cho: {esc(words)}</span>'
        "</h1></header><div class=\"article-container\">"
        + ("".join(card(request, s) for s in hits) or "<p>Không tìm thấy bài viết nào.</p>")
        + "</div>"
    )
    return html(layout(request, f"Kết quả tìm kiếm cho “{words}” – {SITE_TITLE}", main, body_class="search"))


class WordPressSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if params.get("p", "").isdigit():
                story = BY_ID.get(int(params["p"]))
                return post_page(request, story) if story else not_found(request)
            if "s" in params:
                return search_page(request, params["s"])
            return listing(request, "", POSTS, "/", 1, sticky=STICKY, body_class="home blog")
        if m := re.fullmatch(r"/page/(\d+)/", path):
            n = int(m.group(1))
            if n == 1:
                return Response(301, b"", {"Location": base_url(request) + "/"})
            return listing(request, "", POSTS, "/", n, body_class="home blog paged")
        if m := re.fullmatch(r"/category/([a-z0-9-]+)/(?:page/(\d+)/)?", path):
            key, n = m.group(1), int(m.group(2) or 1)
            if key not in CATEGORIES:
                return not_found(request)
            posts = [s for s in POSTS if key in s.opts["cats"]]
            return listing(request, CATEGORIES[key], posts, f"/category/{key}/", n)
        if m := re.fullmatch(r"/author/([a-z0-9]+)/(?:page/(\d+)/)?", path):
            user, n = m.group(1), int(m.group(2) or 1)
            if user not in USERS:
                return not_found(request)
            posts = [s for s in POSTS if s.opts["user"] == user]
            return listing(request, f"Tác giả: {USERS[user]}", posts, f"/author/{user}/", n)
        if m := re.fullmatch(r"/2026/(\d\d)/(?:page/(\d+)/)?", path):
            month, n = m.group(1), int(m.group(2) or 1)
            posts = [s for s in POSTS if s.published_at[5:7] == month]
            if not posts:
                return not_found(request)
            return listing(request, f"Tháng {int(month)} 2026", posts, f"/2026/{month}/", n)
        if path == "/download/512-tb-pgddt/":
            return download_page(request)
        parts = path.strip("/").split("/")
        if not path.endswith("/"):
            if len(parts) == 1 and (parts[0] in BY_SLUG or parts[0] in STATIC_PAGES):
                return Response(301, b"", {"Location": base_url(request) + path + "/"})
            return None
        if len(parts) == 1 and parts[0] in BY_SLUG:
            # WordPress ignores unknown query arguments: ?fbclid=, ?replytocom=, ?utm_source=
            return post_page(request, BY_SLUG[parts[0]])
        if len(parts) == 1 and parts[0] in STATIC_PAGES:
            return static_page(request, parts[0])
        if len(parts) == 2 and parts[0] in BY_SLUG:
            story = BY_SLUG[parts[0]]
            if parts[1] == "print":
                return print_page(request, story)
            for img in gallery_images(story):
                if attachment_slug(img) == parts[1]:
                    return attachment_page(request, story, img)
        return not_found(request)


def build_site() -> WordPressSite:
    return WordPressSite()
