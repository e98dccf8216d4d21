"""Trường THCS Trần Phú (quận Hải Châu, Đà Nẵng): WordPress 5.9 + ColorMag Pro, Yoast, YARPP, a3 Lazy Load.

Platform
--------
WordPress 5.9.3 with the ColorMag Pro magazine theme (ThemeGrill) in its Vietnamese translation,
and the plugins a school's webmaster of that era installs: Yoast SEO 18 (titles, canonical, og:,
JSON-LD graph, breadcrumbs, "strip category base"), Yet Another Related Posts Plugin (YARPP, list
template appended to the content), Post Views Counter (a box prepended to the content), Reading
Time WP, Sassy Social Share (share bar prepended to the content), a3 Lazy Load (every content
image and iframe), WP-Polls and a visitor counter in the sidebar. Posts are written in two editors:
older ones in the Classic editor (inline ``style="text-align: …"`` paragraphs, ``[caption]``
rendered as html5 ``figure.wp-caption``, captions typed as centred italics), newer ones in
Gutenberg (``wp-block-image``, ``wp-block-gallery has-nested-images``, ``wp-block-table``,
``wp-block-embed``). ``wptexturize`` prints dashes and quotes as ``&#8211;`` / ``&#8220;…&#8221;``
in titles and text, while Yoast prints the raw "-" and '"' in ``<title>``/og:.

URL scheme
----------
- ``/`` static front page (ColorMag widget areas: slider, highlighted posts, category blocks,
  tabbed widget); ``/ban-tin/`` the "posts page" (blog) with ``/ban-tin/page/N/``.
- posts: ``/<category-slug>/<post-slug>.html`` (permalink ``/%category%/%postname%.html``, the
  Yoast primary category); ``/?p=<id>`` shortlinks answer 301 to the permalink; a trailing slash
  after ``.html`` answers 301 too.
- categories ``/<slug>/`` (Yoast strips ``/category/``; the old ``/category/<slug>/`` 301s) with
  ``/<slug>/page/N/`` (``/page/1/`` 301s to the first page); feeds ``/feed/``, ``/<slug>/feed/``,
  ``/<post>.html/feed/`` (comments); ``/tag/<slug>/``, ``/author/bbt/``, ``/YYYY/MM/``;
  attachment pages ``/<post>.html/attachment/<name>/``; pages ``/gioi-thieu/``,
  ``/thoi-khoa-bieu/``, ``/lien-he/``; search ``/?s=…``.
- 3 posts a page on every listing (Settings → Reading).

Page templates
--------------
``single`` (``article.post-N.type-post`` → ``.article-content`` → ``.above-entry-meta`` (category
pills) → ``header.entry-header h1.entry-title`` → ``.below-entry-meta`` (posted-on with a hidden
``time.updated``, author, views, comments, tags) → ``.entry-content`` (share bar, views box,
reading time, the text, YARPP list) → comments → reply form), archive (``.article-container`` of
``article`` cards with an excerpt and "Đọc tiếp", ColorMag's ``ul.default-wp-page`` pager), the
front page of widgets, ``page`` and ``attachment`` (the single template with other classes).

How each gold article is reached
--------------------------------
Categories: Tin tức (5 posts, one of them also filed under Hoạt động Đội), Hoạt động Đội (3 + that
one), Chuyên môn (3), Thông báo (2). The front page shows the 4 latest of Tin tức, 3 of Hoạt động
Đội and Chuyên môn, the 2 notices; the ticker and the slider the latest ones.
"Tọa đàm … 20/10" (1901) is only on ``/tin-tuc/page/2/`` and ``/ban-tin/page/4/``;
"Đại hội Liên đội …" (1889) only on ``/hoat-dong-doi/page/2/`` and ``/ban-tin/page/4/`` (and
the author archive's page 4 and the month archive behind the archive ``<select>``). Every other
post is on the front page and on the first page of its category.

Traps
-----
1. **Lazy images (a3 Lazy Load).** Every content image prints ``src`` = the plugin's placeholder
   gif (served by the site, 200), the real file in ``data-src``/``data-srcset`` and again in a
   ``<noscript><img src=…>`` copy. Gold: the real ``data-src`` file, once, in page order; the
   placeholder is never an image. The YouTube iframe is lazy too (``data-src``); no image.
2. **Plugin chrome inside ``.entry-content``.** Before the text: the Sassy Social Share bar
   ("Chia sẻ:"), the Post Views Counter box ("Lượt xem: 1.234") and "Thời gian đọc: 3 phút";
   after it: YARPP's "Bài viết liên quan:" list (titles of other posts). Gold body starts at the
   first paragraph of the text and ends with its last; none of that is body.
3. **Two categories, one primary.** Post 1979 is filed under Hoạt động Đội and Tin tức; the
   category pills above the title print them alphabetically ("Hoạt động Đội" first), the Yoast
   primary category (breadcrumb, permalink, ``article:section``) is Tin tức. Gold category
   "Tin tức". Its pre-Yoast URL ``/hoat-dong-doi/chi-doan-giao-vien-ngay-chu-nhat-xanh.html``
   still answers 200 with the same post (canonical to the Tin tức URL) and is linked from post
   2012's "Xem thêm:" line: it is an alt path.
4. **UTC in the metadata, words and tooltips on the page.** The visible date is the vi locale's
   WordPress default "F j, Y" ("Tháng Mười Một 27, 2026"), the time only in the posted-on link's
   tooltip ("6:40 sáng"); ``time.published[datetime]`` carries the local ISO time; Yoast's
   ``article:published_time`` and JSON-LD ``datePublished`` are in UTC ("2026-11-26T23:40:00+00:00"
   for a 06:40 post: the previous day). A hidden ``time.updated`` prints the modified day right
   after the published one ("Tháng Mười Một 27, 2026Tháng Mười Một 28, 2026" as text), and
   ``article:modified_time`` is the later one. Gold: the local publication time with +07:00.
5. **Midnight posts.** Two posts were dated by hand with the time left at 00:00
   (``datetime="…T00:00:00+07:00"``, tooltip "12:00 sáng"): gold is the day alone.
6. **Headline ≠ metadata title.** ``h1.entry-title`` is texturized (``&#8211;``, ``&#8220;``),
   ``<title>``/og:title/JSON-LD headline print the raw "-" and straight quotes plus
   " - Trường THCS Trần Phú"; post 1987 has a custom Yoast SEO title that is another text
   altogether ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11 | THCS Trần Phú"). Gold title: the h1 as
   printed (en dash, curly quotes).
7. **Attachment pages that look like posts.** The two photos of post 1987 link ("Liên kết tới:
   trang đính kèm") to ``/tin-tuc/<slug>.html/attachment/le-20-11-1/`` — a page with
   ``article.type-attachment``, an h1, a posted-on date, an author, a caption paragraph and a
   comment form. Not articles: they are in NON_ARTICLES.
8. **Comments under the text.** Posts 1987 and 1998 have visitor comments (``.comment-content
   p``, names, dates "Tháng Mười Một 20, 2026 lúc 7:05 chiều") between the text and the reply
   form; none of it is body, author or date. Their "Trả lời" links ``?replytocom=N`` serve the
   same post (200): alt paths.
9. **Pager labels backwards.** ColorMag's archive pager prints next_posts_link as "← Trước" (it
   leads to OLDER posts, ``/page/2/``) and previous_posts_link as "Tiếp →" (newer); no numbers.
   The month archives are reachable only through the Archives widget's ``<select>`` (option
   values + onchange). The sticky notice (1952) is prepended to ``/ban-tin/`` page 1 and appears
   again on page 3 in its own place.
10. **Captions in five forms.** html5 ``figure.wp-caption > figcaption``; Gutenberg
    ``wp-block-image`` figcaption; gallery items with their own figcaption (one without: None);
    a centred ``<em>`` paragraph under a classic image, once wrapped in parentheses (taken off);
    a figcaption that only credits ("Ảnh: Hồ Thị Bích Vân": caption None, photographer). The
    YouTube embed's figcaption is neither body nor an image caption.
11. **Decomposed Unicode.** Post 1941 was typed with Unikey's "Unicode tổ hợp": its title and
    text are NFD (and carry a typed "👉 " at two line starts, kept). Gold: NFC, "👉 " kept.
12. **Official notice.** Post 1952 is a notice with the letterhead table ("UBND QUẬN HẢI CHÂU |
    CỘNG HÒA…", "Số: 87/TB-THCSTP", "Hải Châu, ngày 09 tháng 11 năm 2026"), "THÔNG BÁO / Về việc
    …", a schedule table, then a signature table ("Nơi nhận: …" | "HIỆU TRƯỞNG … Nguyễn Thị Minh
    Tâm"). Gold per the house: date "2026-11-09" (letterhead day; the post itself is dated
    2026-11-10 14:30), author the signer, body from "Căn cứ …" to "…thực hiện./." with the
    schedule rows; letterhead, kind/subject and closing are not body; the "Tải về:" line neither.
13. **Bylines in six forms.** "Tin, ảnh: X" (both lists); "Bài: X – Ảnh: Y (TPT Đội)"; "Tin: X.
    Ảnh: Y" in italics; a unit alone right-aligned ("Bộ phận Chuyên môn", "Tổ Ngữ văn", "Chi
    đoàn giáo viên", "Liên đội THCS Trần Phú", "Công đoàn trường"); "ThS. X – Tổ trưởng Tổ
    KHTN" (degree and post dropped); "Nguồn: Phòng GD&ĐT quận Hải Châu" (source, no author).
    The theme's author link is the CMS account "Ban biên tập": nobody.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` has the time when ``time.entry-date.published`` carries one that is not
  midnight (the page prints it in the posted-on tooltip): the local time, +07:00, seconds 00.
- Images: only the text's photos. Single posts print no featured image (theme option off); the
  og:image, the YARPP thumbnails and the listing thumbnails are not images of the article.
- Gallery: each photo in order with its own figcaption or None.
- The "Xem thêm:" line, the "Tải về:" line, spacers ``<p>&nbsp;</p>`` are not body.
- Category: the breadcrumb's (Yoast primary) name.
- Summary: only where the first paragraph is printed bold (posts 2005, 1987, 1925).
- ``alt_paths``: the ``?p=<id>`` shortlink (a 301 to the permalink), the old-category URL of
  1979, the ``?replytocom=`` links of 1987 and 1998.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import unquote

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

NAME = "wp_colormag_pro_thcs"
PLATFORM = "WordPress 5.9 + ColorMag Pro (Yoast SEO, YARPP, Post Views Counter, a3 Lazy Load)"
START_PATH = "/"

SITE = "Trường THCS Trần Phú"
PER_PAGE = 3
HEADER_TODAY = "Thứ Bảy, Tháng Mười Hai 5, 2026"
PLACEHOLDER = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
LOGO = "/wp-content/uploads/2021/08/logo-thcs-tran-phu.png"
VERSION = "5.9.3"

# slug -> (name as printed, pill colour, term id)
CATS: dict[str, tuple[str, str, int]] = {
    "tin-tuc": ("Tin tức", "#1e73be", 7),
    "hoat-dong-doi": ("Hoạt động Đội", "#dd3333", 3),
    "chuyen-mon": ("Chuyên môn", "#81d742", 5),
    "thong-bao": ("Thông báo", "#eeaa00", 9),
}
TAGS: dict[str, str] = {
    "chuyen-doi-so": "chuyển đổi số",
    "20-11": "20-11",
    "stem": "STEM",
}

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

_TEXTURIZE = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "’": "&#8217;", "…": "&#8230;"}


def tx(value: str, *, nfd: bool = False, attr: bool = False) -> str:
    """Text as ``wptexturize`` prints it: escaped, typographic marks as numeric references."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = esc(s) if attr else s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return s


def ttl(s: Story, attr: bool = False) -> str:
    """A post title as printed: texturized, decomposed where the post was typed that way."""
    return tx(s.title, nfd=bool(s.opts.get("nfd")), attr=attr)


def plain(value: str) -> str:
    """What Yoast prints: the raw post title, typed dashes and straight quotes."""
    return value.replace("–", "-").replace("“", '"').replace("”", '"').replace("’", "'")


# --- the posts ---------------------------------------------------------------------------------

U = "/wp-content/uploads"


def _byline_right(inner: str, cls: str = "") -> Raw:
    if cls == "gb":
        return Raw(f'<p class="has-text-align-right"><strong>{inner}</strong></p>')
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=2012,
        slug="doan-kiem-tra-so-gddt-lam-viec-ve-chuyen-doi-so",
        title="Đoàn kiểm tra của Sở GD&ĐT làm việc về công tác chuyển đổi số tại Trường THCS Trần Phú",
        cat="tin-tuc",
        published_at="2026-12-04T16:20:00+07:00",
        blocks=[
            P("Chiều ngày 03/12/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo thành phố Đà Nẵng do "
              "ông Trần Văn Lực, Phó Trưởng phòng Giáo dục Trung học, làm trưởng đoàn đã đến làm việc "
              "với Trường THCS Trần Phú về việc triển khai công tác chuyển đổi số trong dạy học và "
              "quản lý năm học 2026 – 2027."),
            Img(f"{U}/2026/12/kt-cds-01-1024x683.jpg",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường", "wpcap"),
            P("Tiếp và làm việc với đoàn có cô Nguyễn Thị Minh Tâm – Hiệu trưởng, các Phó Hiệu trưởng "
              "cùng đại diện các tổ chuyên môn. Cô Minh Tâm đã báo cáo kết quả triển khai hồ sơ điện "
              "tử, sổ điểm điện tử, học bạ số và việc sử dụng nền tảng học tập trực tuyến của nhà "
              "trường từ đầu năm học đến nay."),
            P("Theo báo cáo, 100% giáo viên đã sử dụng sổ điểm điện tử trên phần mềm quản lý nhà "
              "trường; 37/42 giáo viên đã ký số học bạ của học sinh lớp 6, lớp 7; nhà trường cũng đã "
              "xây dựng kho học liệu số với hơn 1.200 bài giảng, đề kiểm tra và video thí nghiệm "
              "dùng chung cho các tổ."),
            P("Một số tồn tại cần khắc phục", "h3"),
            P("Bên cạnh kết quả đạt được, đoàn kiểm tra chỉ ra một số hạn chế như: hạ tầng mạng ở dãy "
              "phòng học phía Tây chưa ổn định, một số giáo viên lớn tuổi còn lúng túng khi ký số và "
              "việc khai thác dữ liệu để đánh giá học sinh chưa thật sự hiệu quả."),
            Img(f"{U}/2026/12/kt-cds-02-1024x683.jpg",
                "Ông Trần Văn Lực kiểm tra hồ sơ điện tử của Tổ Khoa học tự nhiên",
                "Ông Trần Văn Lực kiểm tra hồ sơ điện tử của Tổ Khoa học tự nhiên", "wpcap"),
            P("Phát biểu kết luận, ông Trần Văn Lực ghi nhận những nỗ lực của tập thể sư phạm nhà "
              "trường, đồng thời đề nghị trường tiếp tục bồi dưỡng kỹ năng số cho giáo viên, hoàn "
              "thành việc ký số học bạ trước ngày 31/12/2026 và chia sẻ kinh nghiệm xây dựng kho học "
              "liệu với các trường bạn trong quận."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/hoat-dong-doi/chi-doan-giao-vien-ngay-chu-nhat-xanh.html">'
                "Chi đoàn giáo viên ra quân &#8220;Ngày Chủ nhật xanh&#8221; làm sạch khu vực quanh trường</a></p>"),
            _byline_right("Tin, ảnh: Lê Thị Mỹ Dung"),
        ],
        authors=["Lê Thị Mỹ Dung"],
        photographers=["Lê Thị Mỹ Dung"],
        opts={"editor": "classic", "tags": ["chuyen-doi-so"], "modified": "2026-12-04T17:02:13"},
    ),
    Story(
        id=2005,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027: 18 tiết dạy xếp loại Giỏi",
        cat="chuyen-mon",
        published_at="2026-12-02T09:45:00+07:00",
        summary="Sau gần ba tuần diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp trường năm học "
                "2026 – 2027 của Trường THCS Trần Phú đã khép lại với 18/21 tiết dạy được Ban giám "
                "khảo xếp loại Giỏi.",
        blocks=[
            P("Sau gần ba tuần diễn ra sôi nổi, Hội thi giáo viên dạy giỏi cấp trường năm học "
              "2026 – 2027 của Trường THCS Trần Phú đã khép lại với 18/21 tiết dạy được Ban giám "
              "khảo xếp loại Giỏi.", "b"),
            P("Hội thi được tổ chức từ ngày 10/11 đến ngày 28/11/2026 nhằm tuyển chọn giáo viên tham "
              "gia Hội thi giáo viên dạy giỏi cấp quận, đồng thời tạo sân chơi để giáo viên trao đổi, "
              "học hỏi kinh nghiệm đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông "
              "2018."),
            P("Tham gia hội thi có 21 giáo viên thuộc 5 tổ chuyên môn. Mỗi giáo viên thực hiện một "
              "tiết dạy thực hành trên lớp và trình bày một biện pháp nâng cao chất lượng giảng dạy "
              "bộ môn. Nhiều tiết dạy đã vận dụng hiệu quả các kỹ thuật dạy học tích cực như khăn "
              "trải bàn, mảnh ghép, trạm học tập, kết hợp ứng dụng công nghệ thông tin một cách hợp lý."),
            P("Kết quả xếp loại theo tổ chuyên môn", "h2"),
            P("Tổ chuyên môn | Số tiết dự thi | Xếp loại Giỏi | Xếp loại Khá", "th"),
            P("Ngữ văn | 5 | 4 | 1", "tr"),
            P("Toán – Tin | 5 | 5 | 0", "tr"),
            P("Khoa học tự nhiên | 4 | 3 | 1", "tr"),
            P("Ngoại ngữ | 4 | 3 | 1", "tr"),
            P("Khoa học xã hội | 3 | 3 | 0", "tr"),
            P("Ban tổ chức đã chọn 6 giáo viên có kết quả cao nhất gồm các thầy cô: Phan Thị Thu Hà "
              "(Ngữ văn), Lê Quang Vinh (Toán), Trương Thị Ngọc Ánh (Tin học), Nguyễn Đức Thắng (Vật "
              "lí), Hồ Thị Bích Vân (Tiếng Anh) và Đỗ Minh Tuấn (Lịch sử và Địa lí) tham gia hội thi "
              "cấp quận dự kiến tổ chức vào tháng 01/2027."),
            Img(f"{U}/2026/12/gvdg-co-thu-ha-8-3-1024x768.jpg",
                "Cô Phan Thị Thu Hà trong tiết dạy Ngữ văn lớp 8/3",
                "Cô Phan Thị Thu Hà trong tiết dạy Ngữ văn lớp 8/3", "gb"),
            P("Phát biểu bế mạc hội thi, thầy Võ Văn Nhân – Phó Hiệu trưởng phụ trách chuyên môn – đề "
              "nghị các tổ tiếp tục sinh hoạt chuyên môn theo hướng nghiên cứu bài học, hỗ trợ các "
              "giáo viên được chọn hoàn thiện hồ sơ và tiết dạy để đạt kết quả cao ở cấp quận."),
            _byline_right("Bộ phận Chuyên môn", "gb"),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"editor": "gutenberg", "modified": "2026-12-03T08:12:40"},
    ),
    Story(
        id=1998,
        slug="hoi-trai-tuoi-tre-tran-phu-tiep-buoc-truyen-thong",
        title="Sôi nổi Hội trại “Tuổi trẻ Trần Phú – Tiếp bước truyền thống” năm 2026",
        cat="hoat-dong-doi",
        published_at="2026-11-27T06:40:00+07:00",
        blocks=[
            P("Trong hai ngày 25 và 26/11/2026, Liên đội Trường THCS Trần Phú đã tổ chức Hội trại "
              "“Tuổi trẻ Trần Phú – Tiếp bước truyền thống” với sự tham gia của hơn 1.100 đội viên "
              "thuộc 28 chi đội."),
            P("Hội trại là hoạt động thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, đồng thời giúp "
              "các em rèn luyện kỹ năng sống, tinh thần đoàn kết và ý thức tập thể. Mỗi chi đội được bố "
              "trí một khu trại trên sân trường, tự lên ý tưởng, dựng cổng trại và trang trí theo chủ "
              "đề chung."),
            Img(f"{U}/2026/11/hoi-trai-2026-khai-mac-1024x683.jpg", "Lễ khai mạc Hội trại dưới cờ",
                "Lễ khai mạc Hội trại dưới cờ", "gal"),
            Img(f"{U}/2026/11/hoi-trai-2026-cong-trai-9-2-1024x683.jpg",
                "Cổng trại của Chi đội 9/2 đạt giải Nhất", "Cổng trại của Chi đội 9/2 đạt giải Nhất", "gal"),
            Img(f"{U}/2026/11/hoi-trai-2026-keo-co-1024x683.jpg", None, None, "gal"),
            P("Bên cạnh phần thi cổng trại, các đội viên còn tham gia nhiều trò chơi dân gian như kéo "
              "co, nhảy bao bố, bịt mắt bắt dê; hội thi nghi thức Đội, thi gói bánh và đêm lửa trại với "
              "nhiều tiết mục văn nghệ đặc sắc do chính các em dàn dựng."),
            P("Kết thúc Hội trại, Ban tổ chức đã trao giải Nhất toàn đoàn cho Chi đội 9/2, giải Nhì cho "
              "các chi đội 8/4 và 7/1, giải Ba cho các chi đội 6/5, 8/1 và 9/6. Giải tiết mục văn nghệ "
              "xuất sắc thuộc về Chi đội 7/3."),
            _byline_right("Bài: Nguyễn Hoàng Phúc – Ảnh: Trần Minh Khôi (TPT Đội)", "gb"),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Trần Minh Khôi"],
        opts={"editor": "gutenberg", "modified": "2026-11-28T09:11:45",
              "comments": [
                  (306, 0, "Minh Anh 7/3", "2026-11-27T12:30:00",
                   "Hội trại năm nay vui quá ạ, mong năm sau lại được tham gia!"),
                  (307, 306, "Trần Minh Khôi", "2026-11-27T20:15:00",
                   "Cảm ơn em, hẹn gặp lại các em ở hoạt động tiếp theo nhé!"),
              ]},
    ),
    Story(
        id=1987,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc",
        published_at="2026-11-20T10:15:00+07:00",
        summary="Sáng 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương các tập thể, cá nhân có thành "
                "tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt”.",
        blocks=[
            P("Sáng 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương các tập thể, cá nhân có thành "
              "tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt”.", "b"),
            P("Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Hải Châu, Đảng ủy, "
              "UBND phường Thạch Thang, Ban đại diện Cha mẹ học sinh, các thế hệ thầy cô giáo nguyên "
              "là cán bộ, giáo viên của trường qua các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân "
              "viên và học sinh nhà trường."),
            Img(f"{U}/2026/11/le-20-11-1-1024x576.jpg",
                "(Cô Hiệu trưởng Nguyễn Thị Minh Tâm phát biểu tại buổi lễ)",
                "Cô Hiệu trưởng Nguyễn Thị Minh Tâm phát biểu tại buổi lễ", "em"),
            P("Ôn lại truyền thống của ngày 20/11, cô Nguyễn Thị Minh Tâm – Hiệu trưởng nhà trường bày "
              "tỏ lòng biết ơn đối với các thế hệ nhà giáo đã dày công vun đắp cho mái trường Trần Phú "
              "suốt gần 50 năm qua. Năm học 2025 – 2026, nhà trường có 41 học sinh đạt giải học sinh "
              "giỏi cấp thành phố, tỉ lệ học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 96,8%."),
            P("Nhân dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 35 giáo viên có thành tích "
              "xuất sắc trong đợt thi đua chào mừng ngày 20/11; trao 20 suất học bổng “Tiếp sức đến "
              "trường”, mỗi suất trị giá 1.000.000 đồng cho học sinh có hoàn cảnh khó khăn vươn lên "
              "trong học tập."),
            Img(f"{U}/2026/11/le-20-11-2-1024x576.jpg",
                "Trao học bổng “Tiếp sức đến trường” cho học sinh",
                "Trao học bổng “Tiếp sức đến trường” cho học sinh", "em"),
            P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu diễn, "
              "gửi gắm tình cảm tri ân sâu sắc đến thầy cô giáo."),
            Raw('<p style="text-align: right;"><em>Tin: Võ Thị Thanh Hương. Ảnh: Đặng Quốc Bảo</em></p>'),
        ],
        authors=["Võ Thị Thanh Hương"],
        photographers=["Đặng Quốc Bảo"],
        opts={"editor": "classic", "tags": ["20-11"], "modified": "2026-11-21T07:20:02",
              "seo_title": "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11 | THCS Trần Phú",
              "attachments": ["le-20-11-1", "le-20-11-2"],
              "comments": [
                  (311, 0, "Phụ huynh em Bảo Ngọc 9/1", "2026-11-20T19:05:00",
                   "Chúc mừng thầy cô nhân Ngày Nhà giáo Việt Nam! Cảm ơn thầy cô đã luôn tận tâm với các con."),
                  (312, 311, "Ban biên tập", "2026-11-21T07:12:00",
                   "Nhà trường trân trọng cảm ơn quý phụ huynh!"),
                  (315, 0, "Cựu học sinh khóa 2012 – 2016", "2026-11-22T21:40:00",
                   "Nhớ mãi những năm tháng dưới mái trường Trần Phú. Kính chúc thầy cô luôn mạnh khỏe!"),
              ]},
    ),
    Story(
        id=1979,
        slug="chi-doan-giao-vien-ngay-chu-nhat-xanh",
        title="Chi đoàn giáo viên ra quân “Ngày Chủ nhật xanh” làm sạch khu vực quanh trường",
        cat="tin-tuc",
        published_at="2026-11-18T15:00:00+07:00",
        blocks=[
            P("Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Quận đoàn Hải Châu phát động, sáng "
              "15/11/2026, Chi đoàn giáo viên Trường THCS Trần Phú phối hợp với Liên đội tổ chức ra "
              "quân làm sạch môi trường khu vực quanh trường và tuyến đường Lê Lợi."),
            P("Hơn 30 đoàn viên giáo viên cùng 150 đội viên là thành viên các câu lạc bộ Môi trường "
              "xanh, Em yêu khoa học đã tham gia nhặt rác, khơi thông cống rãnh, cắt tỉa cây xanh và "
              "chăm sóc bồn hoa trước cổng trường."),
            Img(f"{U}/2026/11/chu-nhat-xanh-01-1024x683.jpg", "Ảnh: Hồ Thị Bích Vân", None, "wpcap"),
            P("Bên cạnh hoạt động vệ sinh môi trường, các đoàn viên còn tuyên truyền đến người dân và "
              "các hộ kinh doanh trên tuyến đường về việc phân loại rác tại nguồn, hạn chế sử dụng túi "
              "ni lông và các sản phẩm nhựa dùng một lần."),
            P("Đồng chí Lê Quang Vinh – Bí thư Chi đoàn cho biết, hoạt động sẽ được duy trì vào Chủ "
              "nhật tuần thứ ba hằng tháng, góp phần xây dựng cảnh quan trường học xanh – sạch – đẹp "
              "– an toàn."),
            _byline_right("Chi đoàn giáo viên"),
        ],
        authors=["Chi đoàn giáo viên"],
        photographers=["Hồ Thị Bích Vân"],
        opts={"editor": "classic", "also": ["hoat-dong-doi"], "modified": "2026-11-18T15:00:00"},
    ),
    Story(
        id=1966,
        slug="chuyen-de-stem-thiet-ke-mo-hinh-nha-chong-lu-khtn-8",
        title="Chuyên đề cấp cụm: Dạy học STEM bài “Thiết kế mô hình nhà chống lũ” môn Khoa học tự nhiên 8",
        cat="chuyen-mon",
        published_at="2026-11-14T08:00:00+07:00",
        blocks=[
            P("Ngày 12/11/2026, Tổ Khoa học tự nhiên Trường THCS Trần Phú đã tổ chức chuyên đề cấp cụm "
              "với chủ đề “Dạy học STEM trong môn Khoa học tự nhiên 8” cho giáo viên các trường THCS "
              "Trần Phú, Nguyễn Huệ, Lê Thánh Tôn và Trưng Vương thuộc cụm chuyên môn số 1 quận Hải "
              "Châu."),
            P("Tiết dạy minh họa bài “Thiết kế mô hình nhà chống lũ” do cô Huỳnh Thị Kim Oanh thực "
              "hiện tại lớp 8/5. Xuất phát từ thực tế mùa mưa bão ở Đà Nẵng, học sinh được giao nhiệm "
              "vụ thiết kế một ngôi nhà có thể nổi hoặc chịu được nước dâng, vận dụng kiến thức về lực "
              "đẩy Archimedes và khối lượng riêng đã học."),
            P("Tiến trình bài học được thiết kế theo quy trình kỹ thuật gồm bốn bước:"),
            P("Xác định vấn đề và tiêu chí của sản phẩm;", "li"),
            P("Nghiên cứu kiến thức nền, đề xuất và lựa chọn giải pháp;", "li"),
            P("Chế tạo mô hình bằng vật liệu tái chế, thử nghiệm trong bể nước;", "li"),
            P("Trình bày, đánh giá và điều chỉnh sản phẩm.", "li"),
            Raw(
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
                'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                '<iframe class="lazy lazy-hidden" loading="lazy" title="STEM nhà chống lũ - lớp 8/5" '
                'width="800" height="450" data-lazy-type="iframe" '
                'data-src="https://www.youtube.com/embed/Xk3n9fQ7tLw?feature=oembed" frameborder="0" '
                'allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
                'picture-in-picture" allowfullscreen></iframe><noscript><iframe loading="lazy" '
                'title="STEM nhà chống lũ - lớp 8/5" width="800" height="450" '
                'src="https://www.youtube.com/embed/Xk3n9fQ7tLw?feature=oembed" frameborder="0" '
                'allowfullscreen></iframe></noscript>\n</div><figcaption>Clip: Học sinh lớp 8/5 thử '
                "nghiệm mô hình nhà chống lũ</figcaption></figure>"
            ),
            P("Tại buổi thảo luận sau tiết dạy, các giáo viên trong cụm đánh giá cao cách tổ chức hoạt "
              "động nhóm, khả năng tự học và sự sáng tạo của học sinh. Các ý kiến cũng góp ý về việc "
              "phân bổ thời gian hợp lý hơn giữa khâu chế tạo và khâu báo cáo sản phẩm."),
            Img(f"{U}/2026/11/stem-nha-chong-lu-8-5-1024x768.jpg",
                "Nhóm học sinh lớp 8/5 trình bày mô hình nhà nổi",
                "Nhóm học sinh lớp 8/5 trình bày mô hình nhà nổi", "gb"),
            P("Chuyên đề đã giúp giáo viên trong cụm có thêm kinh nghiệm trong việc thiết kế và tổ "
              "chức các bài học STEM, góp phần thực hiện hiệu quả Chương trình giáo dục phổ thông 2018."),
            _byline_right("ThS. Huỳnh Thị Kim Oanh – Tổ trưởng Tổ KHTN", "gb"),
        ],
        authors=["Huỳnh Thị Kim Oanh"],
        opts={"editor": "gutenberg", "tags": ["stem"], "modified": "2026-11-14T08:00:00"},
    ),
    Story(
        id=1952,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-11-09",
        blocks=[
            Raw(
                '<table style="border-collapse: collapse; width: 100%;" border="0">\n<tbody>\n<tr>\n'
                '<td style="width: 42%; text-align: center;">UBND QUẬN HẢI CHÂU<br />\n'
                "<strong>TRƯỜNG THCS TRẦN PHÚ</strong></td>\n"
                '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
                "NAM</strong><br />\n<strong>Độc lập &#8211; Tự do &#8211; Hạnh phúc</strong></td>\n"
                '</tr>\n<tr>\n<td style="text-align: center;">Số: 87/TB-THCSTP</td>\n'
                '<td style="text-align: center;"><em>Hải Châu, ngày 09 tháng 11 năm 2026</em></td>\n'
                "</tr>\n</tbody>\n</table>\n"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />\n'
                "<strong>Về việc tổ chức kiểm tra giữa học kỳ I, năm học 2026 &#8211; 2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch số 45/KH-THCSTP ngày 05/9/2026 của Trường THCS Trần Phú về thực hiện "
              "nhiệm vụ năm học 2026 – 2027;"),
            P("Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027 đối với các môn "
              "kiểm tra tập trung như sau:"),
            P("1. Thời gian: từ ngày 16/11/2026 đến ngày 19/11/2026."),
            P("2. Lịch kiểm tra cụ thể:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("Thứ Hai, 16/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("Thứ Ba, 17/11/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Thứ Tư, 18/11/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("Thứ Năm, 19/11/2026 | Sáng | Khoa học tự nhiên | 60 phút", "tr"),
            P("3. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
              "và đồ dùng học tập cần thiết; không mang điện thoại di động và tài liệu vào phòng kiểm "
              "tra."),
            P("4. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh qua sổ "
              "liên lạc điện tử; các tổ chuyên môn hoàn thành đề kiểm tra, ma trận và bản đặc tả, nộp "
              "về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 12/11/2026."),
            P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."),
            Raw(
                '<table style="border-collapse: collapse; width: 100%;" border="0">\n<tbody>\n<tr>\n'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />\n'
                "&#8211; Phòng GD&amp;ĐT (b/c);<br />\n&#8211; CB, GV, NV;<br />\n&#8211; Lưu: VT.</td>\n"
                '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU '
                "TRƯỞNG</strong><br />\n<br />\n<em>(Đã ký)</em><br />\n<br />\n"
                "<strong>Nguyễn Thị Minh Tâm</strong></td>\n</tr>\n</tbody>\n</table>"
            ),
            Raw(f'<p><strong>Tải về:</strong> <a href="{U}/2026/11/Lich-KT-giua-HKI-2026-2027.pdf">'
                "Lich-KT-giua-HKI-2026-2027.pdf</a></p>"),
        ],
        authors=["Nguyễn Thị Minh Tâm"],
        opts={"editor": "classic", "post_date": "2026-11-10T14:30:00", "sticky": True,
              "modified": "2026-11-10T14:41:09"},
    ),
    Story(
        id=1941,
        slug="phat-dong-ke-hoach-nho-gay-quy-ao-am-cho-em",
        title="Phát động phong trào “Kế hoạch nhỏ” gây quỹ “Áo ấm cho em” năm 2026",
        cat="hoat-dong-doi",
        published_at="2026-11-06",
        blocks=[
            P("Thực hiện kế hoạch của Hội đồng Đội quận Hải Châu, sáng thứ Hai ngày 02/11/2026, trong "
              "tiết chào cờ đầu tuần, Liên đội Trường THCS Trần Phú đã phát động phong trào thu gom "
              "giấy vụn, chai nhựa “Kế hoạch nhỏ” nhằm gây quỹ chương trình “Áo ấm cho em”."),
            P("Theo kế hoạch, mỗi đội viên đóng góp ít nhất 3 kg giấy vụn hoặc 20 vỏ chai nhựa. Các chi "
              "đội tập kết sản phẩm tại nhà xe giáo viên vào sáng thứ Bảy hằng tuần, từ ngày 07/11 đến "
              "hết ngày 28/11/2026."),
            P("👉 Toàn bộ số tiền thu được sẽ dùng để mua áo ấm, chăn và sách vở tặng học sinh các "
              "trường vùng cao ở huyện Tây Giang."),
            P("👉 Chi đội có thành tích xuất sắc sẽ được Liên đội tuyên dương trong Lễ sơ kết học kỳ I "
              "và cộng điểm thi đua tuần."),
            Img(f"{U}/2026/11/ke-hoach-nho-2026-1024x683.jpg", None, None, "none"),
            P("Ngay sau lễ phát động, nhiều chi đội như 6/2, 7/4, 8/1 đã mang đến hàng chục ki-lô-gam "
              "giấy vụn, thể hiện tinh thần tương thân tương ái và ý thức bảo vệ môi trường của đội "
              "viên nhà trường."),
            _byline_right("Liên đội THCS Trần Phú"),
        ],
        authors=["Liên đội THCS Trần Phú"],
        opts={"editor": "classic", "nfd": True, "modified": "2026-11-06T09:20:31"},
    ),
    Story(
        id=1925,
        slug="hoc-sinh-dat-12-giai-hoi-thi-tin-hoc-tre-quan-hai-chau-2026",
        title="Học sinh Trường THCS Trần Phú giành 12 giải tại Hội thi Tin học trẻ quận Hải Châu năm 2026",
        cat="tin-tuc",
        published_at="2026-10-30T16:45:00+07:00",
        summary="Với 2 giải Nhất, 4 giải Nhì và 6 giải Ba, đội tuyển Tin học trẻ của Trường THCS Trần "
                "Phú đã xếp thứ Nhất toàn đoàn khối THCS tại Hội thi Tin học trẻ quận Hải Châu năm 2026.",
        blocks=[
            P("Với 2 giải Nhất, 4 giải Nhì và 6 giải Ba, đội tuyển Tin học trẻ của Trường THCS Trần "
              "Phú đã xếp thứ Nhất toàn đoàn khối THCS tại Hội thi Tin học trẻ quận Hải Châu năm 2026.", "b"),
            P("Hội thi do Quận đoàn và Phòng Giáo dục và Đào tạo quận Hải Châu phối hợp tổ chức ngày "
              "25/10/2026 tại Trường THCS Nguyễn Huệ, thu hút 186 thí sinh đến từ 12 trường THCS trên "
              "địa bàn quận tham gia ở hai bảng: Lập trình và Sản phẩm sáng tạo."),
            P("Những học sinh đạt giải Nhất gồm:"),
            P("Em Nguyễn Lê Bảo Ngọc, lớp 9/1 – giải Nhất bảng Lập trình;", "li"),
            P("Em Trần Đức Huy, lớp 8/2 – giải Nhất bảng Sản phẩm sáng tạo với ứng dụng “Sổ tay phân "
              "loại rác”.", "li"),
            P("Các em đạt giải Nhất và giải Nhì sẽ được chọn tham gia Hội thi Tin học trẻ thành phố Đà "
              "Nẵng dự kiến tổ chức vào tháng 3/2027."),
            Img(f"{U}/2026/10/tin-hoc-tre-2026-toan-doan-1024x683.jpg",
                "Đội tuyển Tin học trẻ của trường nhận giải toàn đoàn",
                "Đội tuyển Tin học trẻ của trường nhận giải toàn đoàn", "gb"),
            Raw('<p class="has-text-align-right"><em>Nguồn: Phòng GD&amp;ĐT quận Hải Châu</em></p>'),
        ],
        source="Phòng GD&ĐT quận Hải Châu",
        opts={"editor": "gutenberg", "modified": "2026-10-31T07:05:55"},
    ),
    Story(
        id=1913,
        slug="shcm-nghien-cuu-bai-hoc-ngu-van-6-chum-ca-dao-tinh-cam-gia-dinh",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học: tiết đọc hiểu chùm ca dao về tình cảm gia đình",
        cat="chuyen-mon",
        published_at="2026-10-24T09:20:00+07:00",
        blocks=[
            P("Sáng 22/10/2026, Tổ Ngữ văn Trường THCS Trần Phú tổ chức buổi sinh hoạt chuyên môn theo "
              "hướng nghiên cứu bài học với tiết dạy minh họa đọc hiểu chùm ca dao về tình cảm gia đình "
              "tại lớp 6/4 do cô Phan Thị Thu Hà thực hiện."),
            P("Mở đầu tiết học, cô Thu Hà tổ chức trò chơi “Ai nhanh hơn” để học sinh đọc thuộc những "
              "câu ca dao đã biết về cha mẹ, ông bà. Tiếp đó, cả lớp cùng tìm hiểu bài ca dao quen "
              "thuộc:"),
            P("Công cha như núi Thái Sơn", "quote"),
            P("Nghĩa mẹ như nước trong nguồn chảy ra.", "quote"),
            P("Một lòng thờ mẹ kính cha,", "quote"),
            P("Cho tròn chữ hiếu mới là đạo con.", "quote"),
            P("Thông qua phiếu học tập, các nhóm phân tích biện pháp so sánh “công cha” với “núi Thái "
              "Sơn”, “nghĩa mẹ” với “nước trong nguồn”, từ đó rút ra lời nhắn nhủ về đạo hiếu của con "
              "cái đối với cha mẹ. Nhiều học sinh mạnh dạn chia sẻ những việc làm cụ thể thể hiện lòng "
              "biết ơn của mình với gia đình."),
            Img(f"{U}/2026/10/shcm-ngu-van-6-4-1024x683.jpg",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động học của học sinh lớp 6/4",
                "Giáo viên Tổ Ngữ văn dự giờ, quan sát hoạt động học của học sinh lớp 6/4", "em"),
            P("Trong phần thảo luận, giáo viên dự giờ tập trung quan sát việc học của học sinh thay vì "
              "đánh giá giáo viên: em nào chưa tham gia hoạt động nhóm, vì sao; câu hỏi nào giúp học "
              "sinh hiểu bài sâu hơn. Từ đó, tổ thống nhất điều chỉnh thiết kế bài dạy cho các lớp còn "
              "lại của khối 6."),
            Raw("<p>&nbsp;</p>"),
            _byline_right("Tổ Ngữ văn"),
        ],
        authors=["Tổ Ngữ văn"],
        opts={"editor": "classic", "modified": "2026-10-24T09:20:00"},
    ),
    Story(
        id=1901,
        slug="toa-dam-phu-nu-tran-phu-tu-tin-sang-tao-hanh-phuc",
        title="Tọa đàm “Phụ nữ Trần Phú – Tự tin, sáng tạo, hạnh phúc” nhân Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-tuc",
        published_at="2026-10-20T10:00:00+07:00",
        blocks=[
            P("Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
              "20/10/2026), chiều 19/10/2026, Công đoàn Trường THCS Trần Phú tổ chức buổi tọa đàm với "
              "chủ đề “Phụ nữ Trần Phú – Tự tin, sáng tạo, hạnh phúc” dành cho các nữ cán bộ, giáo "
              "viên, nhân viên nhà trường."),
            P("Tại buổi tọa đàm, các cô giáo đã chia sẻ kinh nghiệm cân bằng giữa công việc chuyên môn "
              "và chăm sóc gia đình, cách giữ gìn sức khỏe, quản lý cảm xúc trước áp lực công việc. Cô "
              "Hồ Thị Bích Vân, giáo viên Tiếng Anh, chia sẻ về hành trình vừa nuôi con nhỏ vừa hoàn "
              "thành chương trình thạc sĩ."),
            Img(f"{U}/2026/10/toa-dam-20-10-2026-1024x683.jpg",
                "Các nữ giáo viên giao lưu tại buổi tọa đàm",
                "Các nữ giáo viên giao lưu tại buổi tọa đàm", "em"),
            P("Dịp này, Công đoàn trường đã tặng hoa và quà chúc mừng 58 nữ cán bộ, giáo viên, nhân "
              "viên; đồng thời phát động cuộc thi ảnh “Nụ cười Trần Phú” trên trang Facebook của nhà "
              "trường."),
            _byline_right("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        opts={"editor": "classic", "modified": "2026-10-20T10:00:00"},
    ),
    Story(
        id=1889,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 – 2027: bầu 15 em vào Ban chỉ huy Liên đội",
        cat="hoat-dong-doi",
        published_at="2026-10-15",
        blocks=[
            P("Chiều 13/10/2026, Liên đội Trường THCS Trần Phú long trọng tổ chức Đại hội Liên đội "
              "nhiệm kỳ 2026 – 2027 với sự tham dự của 112 đại biểu là chỉ huy các chi đội và đội viên "
              "tiêu biểu."),
            P("Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – "
              "2026. Trong năm qua, Liên đội được Hội đồng Đội thành phố tặng Bằng khen “Liên đội vững "
              "mạnh xuất sắc”; 100% đội viên tham gia phong trào “Kế hoạch nhỏ”, quyên góp được hơn 38 "
              "triệu đồng cho các hoạt động nhân đạo."),
            P("Phương hướng nhiệm kỳ mới", "h3"),
            P("Nhiệm kỳ 2026 – 2027, Liên đội phấn đấu 100% chi đội đăng ký và thực hiện công trình "
              "măng non, duy trì hoạt động của 6 câu lạc bộ năng khiếu, tổ chức ít nhất 4 hoạt động "
              "trải nghiệm gắn với các ngày lễ lớn."),
            P("Đại hội đã bầu Ban chỉ huy Liên đội gồm 15 em; em Nguyễn Lê Bảo Ngọc, lớp 9/1 được tín "
              "nhiệm bầu làm Liên đội trưởng."),
            Img(f"{U}/2026/10/dai-hoi-lien-doi-2026-1024x683.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội", "wpcap"),
            _byline_right("Trần Minh Khôi (TPT Đội)"),
        ],
        authors=["Trần Minh Khôi"],
        opts={"editor": "classic", "modified": "2026-10-16T08:03:17"},
    ),
    Story(
        id=1874,
        slug="ke-hoach-hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội nghị cha mẹ học sinh đầu năm học 2026 – 2027",
        cat="thong-bao",
        published_at="2026-10-05T07:30:00+07:00",
        blocks=[
            P("Nhằm thông tin đến cha mẹ học sinh kế hoạch, nhiệm vụ năm học 2026 – 2027 và thống nhất "
              "các biện pháp phối hợp giữa gia đình và nhà trường trong công tác giáo dục học sinh, "
              "Trường THCS Trần Phú tổ chức Hội nghị cha mẹ học sinh đầu năm học như sau:"),
            P("1. Thời gian, địa điểm", "h3"),
            P("Họp cha mẹ học sinh các lớp: 7 giờ 30 phút, Chủ nhật ngày 11/10/2026 tại phòng học các "
              "lớp;", "li"),
            P("Hội nghị Ban đại diện cha mẹ học sinh trường: 9 giờ 30 phút cùng ngày tại phòng Hội "
              "đồng.", "li"),
            P("2. Nội dung", "h3"),
            P("Giáo viên chủ nhiệm thông qua kết quả học tập, rèn luyện của học sinh năm học trước và "
              "kế hoạch giáo dục của lớp;", "li"),
            P("Phổ biến quy định về sử dụng điện thoại của học sinh, công tác an toàn giao thông và "
              "phòng chống bạo lực học đường;", "li"),
            P("Bầu Ban đại diện cha mẹ học sinh lớp và cử đại diện tham gia Ban đại diện cha mẹ học "
              "sinh trường.", "li"),
            P("Đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp vắng mặt "
              "vui lòng liên hệ trực tiếp với giáo viên chủ nhiệm."),
            Raw(f'<p><strong>Tải về:</strong> <a href="{U}/2026/10/KH-hop-CMHS-2026-2027.pdf">'
                "KH-hop-CMHS-2026-2027.pdf</a></p>"),
        ],
        opts={"editor": "classic", "modified": "2026-10-05T07:30:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def post_date(s: Story) -> datetime:
    """The WordPress post date (local), which is not always the gold date (notice 1952)."""
    if "post_date" in s.opts:
        return datetime.fromisoformat(s.opts["post_date"])
    value = s.published_at or ""
    return datetime.fromisoformat(value[:19] if "T" in value else value + "T00:00:00")


# newest first, as every WordPress listing orders them
ORDERED = sorted(STORIES, key=post_date, reverse=True)


def cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def permalink(s: Story) -> str:
    return f"/{s.cat}/{s.slug}.html"


def in_cat(slug: str) -> list[Story]:
    return [s for s in ORDERED if slug in cats_of(s)]


# --- dates as the vi locale prints them -----------------------------------------------------------


def f_date(d: datetime) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def f_time(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{hour}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"


def iso_local(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def iso_utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def modified(s: Story) -> datetime:
    return datetime.fromisoformat(s.opts.get("modified") or post_date(s).isoformat())


# --- images ------------------------------------------------------------------------------------


def _root(src: str) -> str:
    return re.sub(r"-\d+x\d+$", "", src.rsplit(".", 1)[0])


def lazy_img(src: str, alt: str, cls: str, w: int = 1024, h: int = 683) -> str:
    """An image as a3 Lazy Load rewrites it: placeholder src, data-src, a noscript copy."""
    root = _root(src)
    srcset = f"{src} 1024w, {root}-300x200.jpg 300w, {root}-768x512.jpg 768w"
    a = esc(alt)
    return (
        f'<img loading="lazy" class="lazy lazy-hidden {cls}" src="{PLACEHOLDER}" data-lazy-type="image" '
        f'data-src="{src}" alt="{a}" width="{w}" height="{h}" data-srcset="{srcset}" '
        f'sizes="(max-width: {w}px) 100vw, {w}px" />'
        f'<noscript><img loading="lazy" class="{cls}" src="{src}" alt="{a}" width="{w}" height="{h}" '
        f'srcset="{srcset}" sizes="(max-width: {w}px) 100vw, {w}px" /></noscript>'
    )


def thumb(s: Story, size: str = "800x445") -> str:
    imgs = s.images
    if not imgs:
        return f"{U}/2021/08/anh-dai-dien-mac-dinh-{size}.jpg"
    return f"{_root(imgs[0].src)}-{size}.jpg"


# --- the text of a post ------------------------------------------------------------------------


def render_blocks(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    gb = s.opts.get("editor") == "gutenberg"
    out: list[str] = []
    blocks = s.blocks
    i = 0
    img_n = 0
    attachments = s.opts.get("attachments", [])

    def t(value: str) -> str:
        return tx(value, nfd=nfd)

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                items = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    g = blocks[i]
                    aid = s.id + 1 + img_n
                    img_n += 1
                    cap = f"<figcaption>{t(g.printed)}</figcaption>" if g.printed else ""
                    items.append(
                        f'<figure class="wp-block-image size-large">'
                        f'{lazy_img(g.src, "", f"wp-image-{aid}")}{cap}</figure>'
                    )
                    i += 1
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped">\n'
                    + "\n".join(items) + "\n</figure>"
                )
                continue
            aid = s.id + 1 + img_n
            img_n += 1
            if b.style == "wpcap":
                out.append(
                    f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
                    f'style="width: 1024px" class="wp-caption aligncenter">'
                    f'{lazy_img(b.src, "", f"size-large wp-image-{aid}")}'
                    f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">{t(b.printed or "")}'
                    "</figcaption></figure>"
                )
            elif b.style == "gb":
                cap = f"<figcaption>{t(b.printed)}</figcaption>" if b.printed else ""
                out.append(
                    f'<figure class="wp-block-image size-large">'
                    f'{lazy_img(b.src, "", f"wp-image-{aid}")}{cap}</figure>'
                )
            elif b.style == "em":
                img = lazy_img(b.src, "", f"aligncenter size-large wp-image-{aid}", 1024, 576)
                if attachments:
                    name = attachments[img_n - 1]
                    img = f'<a href="{permalink(s)}/attachment/{name}/" rel="attachment wp-att-{aid}">{img}</a>'
                out.append(f'<p style="text-align: center;">{img}</p>')
                out.append(f'<p style="text-align: center;"><em>{t(b.printed or "")}</em></p>')
            else:
                out.append(
                    f'<p style="text-align: center;">'
                    f'{lazy_img(b.src, "", f"aligncenter size-large wp-image-{aid}")}</p>'
                )
            i += 1
            continue
        # a paragraph, or a run of list items / table rows / quoted lines
        if b.style in ("li", "th", "tr", "quote"):
            kind = "table" if b.style in ("th", "tr") else b.style
            run: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P):
                nxt = blocks[i]
                k = "table" if nxt.style in ("th", "tr") else nxt.style
                if k != kind:
                    break
                run.append(nxt)
                i += 1
            if kind == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{t(p.text)}</li>" for p in run) + "\n</ul>")
            elif kind == "quote":
                lines = "<br />\n".join(t(p.text) for p in run)
                if gb:
                    out.append(f'<blockquote class="wp-block-quote"><p>{lines}</p></blockquote>')
                else:
                    out.append(f'<blockquote>\n<p style="text-align: center;"><em>{lines}</em></p>\n</blockquote>')
            else:
                out.append(_table(run, gb, t))
            continue
        if b.style == "b":
            out.append(f"<p><strong>{t(b.text)}</strong></p>" if gb else
                       f'<p style="text-align: justify;"><strong>{t(b.text)}</strong></p>')
        elif b.style in ("h2", "h3"):
            out.append(f"<{b.style}>{t(b.text)}</{b.style}>" if gb else
                       f"<{b.style}><strong>{t(b.text)}</strong></{b.style}>")
        else:
            out.append(f"<p>{t(b.text)}</p>" if gb else f'<p style="text-align: justify;">{t(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _table(rows: list[P], gb: bool, t) -> str:
    head = [r for r in rows if r.style == "th"]
    body = [r for r in rows if r.style == "tr"]
    if gb:
        thead = "".join(
            "<thead><tr>" + "".join(f"<th>{t(c)}</th>" for c in r.text.split(" | ")) + "</tr></thead>"
            for r in head
        )
        tbody = "".join(
            "<tr>" + "".join(f"<td>{t(c)}</td>" for c in r.text.split(" | ")) + "</tr>" for r in body
        )
        return f'<figure class="wp-block-table is-style-stripes"><table>{thead}<tbody>{tbody}</tbody></table></figure>'
    trs = []
    for r in rows:
        cells = r.text.split(" | ")
        if r.style == "th":
            trs.append("<tr>" + "".join(
                f'<td style="text-align: center;"><strong>{t(c)}</strong></td>' for c in cells) + "</tr>")
        else:
            trs.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
    return ('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
            + "\n".join(trs) + "\n</tbody>\n</table>")


# --- the chrome --------------------------------------------------------------------------------


def head(req: Request, title_tag: str, *, canonical: str | None = None, extra: str = "",
         description: str = "") -> str:
    base = base_url(req)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html>
<html lang="vi" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php" />

<!-- This site is optimized with the Yoast SEO plugin v18.4.1 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{esc(title_tag)}</title>
{desc}{canon}<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
{extra}<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.1.0\\/72x72\\/","ext":".png","source":{{"concatemoji":"{base}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={VERSION}"}}}};
</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver={VERSION}' type='text/css' media='all' />
<link rel='stylesheet' id='yarppWidgetCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/widget.css?ver={VERSION}' type='text/css' media='all' />
<link rel='stylesheet' id='a3a3_lazy_load-css' href='/wp-content/uploads/sass/a3_lazy_load.min.css?ver=1632213322' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='/wp-content/themes/colormag-pro/style.css?ver=3.4.1' type='text/css' media='all' />
<link rel='stylesheet' id='colormag-fontawesome-css' href='/wp-content/themes/colormag-pro/fontawesome/css/font-awesome.min.css?ver=4.7.0' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {VERSION}" />
<style type="text/css">.updated:not(.published){{display:none}} #site-title a{{color:#1e73be}}</style>
<link rel="icon" href="/wp-content/uploads/2021/08/cropped-logo-32x32.png" sizes="32x32" />
</head>
"""


def header(req: Request) -> str:
    ticker = "\n".join(
        f'<li><a href="{permalink(s)}" title="{ttl(s, attr=True)}">{ttl(s)}</a></li>'
        for s in ORDERED[:5]
    )
    return f"""<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Chuyển đến nội dung</a>
<header id="masthead" class="site-header clearfix ">
<div id="header-text-nav-container" class="clearfix">
<div class="news-bar">
<div class="inner-wrap clearfix">
<div class="date-in-header">{HEADER_TODAY}</div>
<div class="breaking-news">
<strong class="breaking-news-latest">Tin mới:</strong>
<ul class="newsticker">
{ticker}
</ul>
</div>
<div class="social-links clearfix"><ul>
<li><a href="https://www.facebook.com/thcstranphu.haichau" target="_blank"><i class="fa fa-facebook"></i></a></li>
<li><a href="https://www.youtube.com/@thcstranphudanang" target="_blank"><i class="fa fa-youtube"></i></a></li>
</ul></div>
</div>
</div>
<div class="inner-wrap">
<div id="header-text-nav-wrap" class="clearfix">
<div id="header-left-section">
<div id="header-logo-image"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="{LOGO}" class="custom-logo" alt="{SITE}" /></a></div>
<div id="header-text" class="">
<h3 id="site-title"><a href="/" title="{SITE}" rel="home">{SITE}</a></h3>
<p id="site-description">Quận Hải Châu &#8211; Thành phố Đà Nẵng</p>
</div>
</div>
<div id="header-right-section">
<div id="header-right-sidebar" class="clearfix">
<aside id="colormag_728x90_advertisement_widget-2" class="widget widget_728x90_advertisement clearfix">
<div class="advertisement_728x90"><div class="advertisement-content"><a href="https://sgddt.danang.gov.vn" class="single_ad_728x90" target="_blank" rel="nofollow"><img src="/wp-content/uploads/2023/09/banner-chuyen-doi-so-giao-duc.jpg" width="728" height="90" alt="Chuyển đổi số trong giáo dục"></a></div></div>
</aside>
</div>
</div>
</div>
</div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation">
<div class="inner-wrap clearfix">
<div class="home-icon front_page_on"><a href="/" title="{SITE}"><i class="fa fa-home"></i></a></div>
<p class="menu-toggle"></p>
<div class="menu-primary-container"><ul id="menu-menu-chinh" class="menu">
<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-21"><a href="/">Trang chủ</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-has-children menu-item-24"><a href="/gioi-thieu/">Giới thiệu</a>
<ul class="sub-menu">
	<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="/gioi-thieu/">Giới thiệu chung</a></li>
	<li id="menu-item-412" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-412"><a href="/thoi-khoa-bieu/">Thời khóa biểu</a></li>
</ul>
</li>
<li id="menu-item-30" class="menu-item menu-item-type-post_type menu-item-object-page current_page_parent menu-item-has-children menu-item-30"><a href="/ban-tin/">Bản tin</a>
<ul class="sub-menu">
	<li id="menu-item-31" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-31"><a href="/tin-tuc/">Tin tức</a></li>
	<li id="menu-item-32" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-32"><a href="/hoat-dong-doi/">Hoạt động Đội</a></li>
	<li id="menu-item-33" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-33"><a href="/thong-bao/">Thông báo</a></li>
</ul>
</li>
<li id="menu-item-34" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-34"><a href="/chuyen-mon/">Chuyên môn</a></li>
<li id="menu-item-57" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-57"><a target="_blank" rel="noopener" href="https://vnedu.vn/">Tra cứu điểm</a></li>
<li id="menu-item-26" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-26"><a href="/lien-he/">Liên hệ</a></li>
</ul></div>
<i class="fa fa-search search-top"></i>
<div class="search-form-top">
<form action="/" class="search-form searchform clearfix" method="get">
<div class="search-wrap"><input type="text" placeholder="Tìm kiếm" class="s field" name="s"><button class="search-icon" type="submit"></button></div>
</form>
</div>
</div>
</nav>
</div>
</header>
"""


def breadcrumbs(req: Request, trail: list[tuple[str, str | None]]) -> str:
    base = base_url(req)
    parts = [f'<a href="{base}/">Trang chủ</a>']
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{base}{href}">{label}</a>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{label}</span>')
    opened = sum(1 for _, h in trail if h)
    return (
        '<div id="colormag-breadcrumbs" class="breadcrumb-wrapper"><p id="breadcrumbs"><span><span>'
        + " » ".join(parts) + "</span>" * opened + "</span></span></p></div>"
    )


def sidebar() -> str:
    popular = [BY_ID[i] for i in (1987, 2005, 1998, 1966)]
    pop = "\n".join(
        f'<div class="single-article clearfix"><figure class="tabbed-images"><a href="{permalink(s)}">'
        f'<img width="130" height="90" src="{thumb(s, "130x90")}" class="attachment-colormag-featured-post-small '
        f'size-colormag-featured-post-small wp-post-image" alt="" /></a></figure>'
        f'<div class="article-content"><h3 class="entry-title"><a href="{permalink(s)}" '
        f'title="{ttl(s, attr=True)}">{ttl(s)}</a></h3></div></div>'
        for s in popular
    )
    latest = "\n".join(
        f'<div class="single-article clearfix"><div class="article-content"><h3 class="entry-title">'
        f'<a href="{permalink(s)}">{ttl(s)}</a></h3><div class="below-entry-meta"><span class="posted-on">'
        f'<time class="entry-date published">{f_date(post_date(s))}</time></span></div></div></div>'
        for s in ORDERED[:4]
    )
    recent_comments = (
        f'<li class="recentcomments"><span class="comment-author-link">Trần Minh Khôi</span> trong '
        f'<a href="{permalink(BY_ID[1998])}#comment-307">{ttl(BY_ID[1998])}</a></li>\n'
        f'<li class="recentcomments"><span class="comment-author-link">Cựu học sinh khóa 2012 &#8211; 2016</span> '
        f'trong <a href="{permalink(BY_ID[1987])}#comment-315">{ttl(BY_ID[1987])}</a></li>'
    )
    cats = "\n".join(
        f'<li class="cat-item cat-item-{tid}"><a href="/{slug}/">{name}</a> ({len(in_cat(slug))})</li>'
        for slug, (name, _, tid) in CATS.items()
    )
    return f"""<div id="secondary">
<aside id="colormag_tabbed_widget-2" class="widget widget_tabbed_colormag widget_tabbed clearfix">
<div class="tabbed-widget">
<ul class="widget-tabs">
<li class="tabs popular-tabs"><a href="#popular">Xem nhiều</a></li>
<li class="tabs recent-tabs"><a href="#recent">Mới nhất</a></li>
<li class="tabs comment-tabs"><a href="#comment">Bình luận</a></li>
</ul>
<div class="tabbed-widget-popular" id="popular">
{pop}
</div>
<div class="tabbed-widget-recent" id="recent" style="display: none;">
{latest}
</div>
<div class="tabbed-widget-comment" id="comment" style="display: none;"><ul id="recentcomments">
{recent_comments}
</ul></div>
</div>
</aside>
<aside id="categories-3" class="widget widget_categories clearfix"><h3 class="widget-title"><span>Chuyên mục</span></h3>
<ul>
{cats}
</ul>
</aside>
<aside id="archives-2" class="widget widget_archive clearfix"><h3 class="widget-title"><span>Lưu trữ</span></h3>
<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
<select id="archives-dropdown-2" name="archive-dropdown">
<option value="">Chọn tháng</option>
	<option value='/2026/12/'> Tháng Mười Hai 2026 </option>
	<option value='/2026/11/'> Tháng Mười Một 2026 </option>
	<option value='/2026/10/'> Tháng Mười 2026 </option>
</select>
<script type="text/javascript">
(function() {{
	var dropdown = document.getElementById( "archives-dropdown-2" );
	function onSelectChange() {{
		if ( dropdown.options[ dropdown.selectedIndex ].value !== '' ) {{
			document.location.href = this.options[ this.selectedIndex ].value;
		}}
	}}
	dropdown.onchange = onSelectChange;
}})();
</script>
</aside>
<aside id="polls-widget-2" class="widget widget_polls-widget clearfix"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-3" class="wp-polls">
<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="7c1e0b2d4f" /></p>
<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Hữu ích</label></li>
<li><input type="radio" id="poll-answer-13" name="poll_3" value="13" /> <label for="poll-answer-13">Cần cải thiện</label></li>
</ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p>
</div>
</form>
</div>
</aside>
<aside id="custom_html-4" class="widget_text widget widget_custom_html clearfix"><h3 class="widget-title"><span>Liên kết website</span></h3>
<div class="textwidget custom-html-widget"><ul class="lk-web">
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.danang.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đà Nẵng</a></li>
<li><a href="https://haichau.danang.gov.vn" target="_blank" rel="noopener">Cổng TTĐT quận Hải Châu</a></li>
<li><a href="https://taphuan.csdl.edu.vn" target="_blank" rel="noopener">Tập huấn giáo viên</a></li>
</ul></div>
</aside>
<aside id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget clearfix"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="wps-widget">
<li><label>Đang online: </label>17</li>
<li><label>Hôm nay: </label>412</li>
<li><label>Hôm qua: </label>538</li>
<li><label>Tổng truy cập: </label>1.286.904</li>
</ul>
</aside>
</div>
"""


def footer() -> str:
    return f"""<footer id="colophon" class="clearfix ">
<div class="footer-widgets-wrapper">
<div class="inner-wrap">
<div class="footer-widgets-area clearfix">
<div class="tg-footer-main-widget"><div class="tg-first-footer-widget">
<aside id="text-3" class="widget widget_text clearfix"><h3 class="widget-title"><span>{SITE.upper()}</span></h3>
<div class="textwidget"><p>Địa chỉ: 12 Lê Lợi, phường Thạch Thang, quận Hải Châu, TP Đà Nẵng<br />
Điện thoại: 0236 3821 457 &#8211; Email: thcstranphu.haichau@danang.gov.vn<br />
Người chịu trách nhiệm: Hiệu trưởng Nguyễn Thị Minh Tâm</p></div>
</aside>
</div></div>
<div class="tg-footer-other-widgets">
<div class="tg-second-footer-widget"><aside id="nav_menu-2" class="widget widget_nav_menu clearfix"><h3 class="widget-title"><span>Liên kết nhanh</span></h3>
<div class="menu-footer-container"><ul id="menu-footer" class="menu">
<li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item"><a href="/thong-bao/">Thông báo</a></li>
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li>
</ul></div></aside></div>
<div class="tg-third-footer-widget"><aside id="text-5" class="widget widget_text clearfix"><h3 class="widget-title"><span>Fanpage</span></h3>
<div class="textwidget"><p><a href="https://www.facebook.com/thcstranphu.haichau" target="_blank" rel="noopener">facebook.com/thcstranphu.haichau</a></p></div></aside></div>
</div>
</div>
</div>
</div>
<div class="footer-socket-wrapper clearfix">
<div class="inner-wrap">
<div class="footer-socket-area">
<div class="footer-socket-right-section"><div class="social-links clearfix"></div></div>
<div class="footer-socket-left-section">
<div class="copyright">Bản quyền &copy; 2026 <a href="/" title="{SITE}"><span>{SITE}</span></a>. Đã đăng ký bản quyền.<br>Theme: ColorMag Pro bởi <a href="https://themegrill.com/themes/colormag" target="_blank" title="ThemeGrill" rel="author"><span>ThemeGrill</span></a>. Powered by <a href="https://wordpress.org" target="_blank" title="WordPress"><span>WordPress</span></a>.</div>
</div>
</div>
</div>
</div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div><!-- #page -->
<script type='text/javascript' id='jquery-lazyloadxt-js-extra'>
/* <![CDATA[ */
var a3_lazyload_params = {{"apply_images":"1","apply_videos":"1"}};
/* ]]> */
</script>
<script type='text/javascript' src='/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.4.7' id='jquery-lazyloadxt-js'></script>
<script type='text/javascript' src='/wp-content/themes/colormag-pro/js/colormag-custom.min.js?ver=3.4.1' id='colormag-custom-js'></script>
</body>
</html>
"""


def page(req: Request, *, title_tag: str, body_class: str, main: str, head_extra: str = "",
         canonical: str | None = None, description: str = "", crumbs: str = "",
         with_sidebar: bool = True) -> Response:
    doc = (
        head(req, title_tag, canonical=canonical, extra=head_extra, description=description)
        + f'<body class="{body_class} wp-custom-logo wide">\n'
        + header(req)
        + '<div id="main" class="clearfix">\n<div class="inner-wrap clearfix">\n'
        + crumbs
        + main
        + (sidebar() if with_sidebar else "")
        + "</div><!-- .inner-wrap -->\n</div><!-- #main -->\n"
        + footer()
    )
    return html(doc, headers={"Link": f'<{base_url(req)}/wp-json/>; rel="https://api.w.org/"'})


# --- pieces of posts ---------------------------------------------------------------------------


def cat_pills(s: Story) -> str:
    names = sorted(cats_of(s), key=lambda c: CATS[c][0])
    return "".join(
        f'<a href="/{c}/" style="background:{CATS[c][1]}" rel="category tag">{CATS[c][0]}</a>&nbsp;'
        for c in names
    )


def posted_on(s: Story) -> str:
    d = post_date(s)
    m = modified(s)
    upd = ""
    if m != d:
        upd = f'<time class="updated" datetime="{iso_local(m)}">{f_date(m)}</time>'
    return (
        f'<span class="posted-on"><a href="{permalink(s)}" title="{f_time(d)}" rel="bookmark">'
        f'<i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{iso_local(d)}">'
        f"{f_date(d)}</time>{upd}</a></span>"
    )


def byline_meta() -> str:
    return (
        '<span class="byline"><span class="author vcard"><i class="fa fa-user"></i>'
        '<a class="url fn n" href="/author/bbt/" title="Ban biên tập">Ban biên tập</a></span></span>'
    )


def n_comments(s: Story) -> int:
    return len(s.opts.get("comments", []))


def comments_meta(s: Story) -> str:
    n = n_comments(s)
    if n:
        return (f'<span class="comments"><a href="{permalink(s)}#comments"><i class="fa fa-comments"></i> '
                f"{n} Bình luận</a></span>")
    return (f'<span class="comments"><a href="{permalink(s)}#respond"><i class="fa fa-comment"></i> '
            "0 Bình luận</a></span>")


def excerpt(s: Story, words: int = 30) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    parts = first.split()
    more = " [&hellip;]" if len(parts) > words else ""
    return tx(" ".join(parts[:words]), nfd=bool(s.opts.get("nfd"))) + more


def card(s: Story, level: str = "h2") -> str:
    """An archive card (content.php of the theme)."""
    cls = " ".join(f"category-{c}" for c in cats_of(s))
    sticky = " sticky" if s.opts.get("sticky") else ""
    return f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {cls}{sticky}">
<div class="featured-image">
<a href="{permalink(s)}" title="{ttl(s, attr=True)}"><img width="800" height="445" src="{PLACEHOLDER}" data-lazy-type="image" data-src="{thumb(s)}" class="lazy lazy-hidden attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /><noscript><img width="800" height="445" src="{thumb(s)}" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /></noscript></a>
</div>
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links">{cat_pills(s)}</span></div>
<header class="entry-header">
<{level} class="entry-title"><a href="{permalink(s)}" title="{ttl(s, attr=True)}">{ttl(s)}</a></{level}>
</header>
<div class="below-entry-meta">{posted_on(s)}{byline_meta()}{comments_meta(s)}</div>
<div class="entry-content clearfix">
<p>{excerpt(s)}</p>
<a class="more-link" title="{ttl(s, attr=True)}" href="{permalink(s)}"><span>Đọc tiếp</span></a>
</div>
</div>
</article>
"""


def related(s: Story) -> list[Story]:
    """YARPP's picks: same category first, then the latest; never the two oldest-only posts."""
    hidden = {1901, 1889}
    pool = [o for o in ORDERED if o.id != s.id and o.id not in hidden]
    same = [o for o in pool if set(cats_of(o)) & set(cats_of(s))]
    rest = [o for o in pool if o not in same]
    return (same + rest)[:3]


def yarpp(s: Story) -> str:
    items = "\n".join(
        f'<li><a href="{permalink(o)}" rel="bookmark" title="{ttl(o, attr=True)}">{ttl(o)}</a>'
        f' <small>({f_date(post_date(o))})</small></li>'
        for o in related(s)
    )
    return (
        "<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n"
        "<!-- YARPP List -->\n<h3>Bài viết liên quan:</h3><ol>\n" + items + "\n</ol>\n</div>"
    )


def share_bar(req: Request, s: Story) -> str:
    short = f"{base_url(req)}/?p={s.id}"
    enc = short.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D")
    return (
        f"<div class='heateor_sss_sharing_container heateor_sss_horizontal_sharing' "
        f"data-heateor-sss-href='{short}'><div class='heateor_sss_sharing_title' "
        f'style="font-weight:bold" >Chia sẻ:</div><div class="heateor_sss_sharing_ul">'
        f'<a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={enc}" '
        f'title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
        f'<a aria-label="Zalo" class="heateor_sss_button_zalo" href="https://sp.zalo.me/share_inline?url={enc}" '
        f'title="Zalo" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
        f'<a aria-label="Email" class="heateor_sss_email" href="mailto:?subject={esc(plain(s.title))}&amp;body=Link: {short}" '
        f'title="Email" rel="nofollow noopener"><span class="heateor_sss_svg"></span></a>'
        f'<a aria-label="Print" class="heateor_sss_button_print" href="#" onclick="event.preventDefault();window.print()" '
        f'title="In bài"><span class="heateor_sss_svg"></span></a></div></div>'
    )


def views_count(s: Story) -> str:
    return f"{s.views() * 7:,}".replace(",", ".")


def views_box(s: Story) -> str:
    count = views_count(s)
    return (
        f'<div class="post-views content-post post-{s.id} entry-meta">'
        '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
        '<span class="post-views-label">Lượt xem:</span> '
        f'<span class="post-views-count">{count}</span></div>'
    )


def reading_time(s: Story) -> str:
    words = sum(len(b.text.split()) for b in s.blocks if isinstance(b, P))
    minutes = max(1, round(words / 200))
    return (
        '<span class="span-reading-time rt-reading-time" style="display: block;">'
        '<span class="rt-label rt-prefix">Thời gian đọc:</span> '
        f'<span class="rt-time">{minutes}</span> <span class="rt-label rt-postfix">phút</span></span>'
    )


def comments_html(s: Story, reply_to: str | None) -> str:
    link = permalink(s)
    items = []
    comments = s.opts.get("comments", [])
    for cid, parent, who, when, body in comments:
        if parent:
            continue
        items.append(_comment(link, cid, who, when, body, 1, comments))
    lst = ""
    if items:
        n = len(comments)
        lst = (
            f'<h3 class="comments-title">{n} phản hồi tới &ldquo;<span>{ttl(s)}</span>&rdquo;</h3>\n'
            '<ul class="comment-list">\n' + "\n".join(items) + "\n</ul>\n"
        )
    cancel = ""
    if reply_to:
        cancel = f' <small><a rel="nofollow" id="cancel-comment-reply-link" href="{link}#respond">Hủy</a></small>'
    return f"""<div id="comments" class="comments-area">
{lst}<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời{cancel}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required='required' /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{reply_to or 0}' /></p>
</form>
</div><!-- #respond -->
</div><!-- #comments -->
"""


def _comment(link: str, cid: int, who: str, when: str, body: str, depth: int, all_: list) -> str:
    d = datetime.fromisoformat(when)
    children = [c for c in all_ if c[1] == cid]
    kids = ""
    if children:
        kids = '<ul class="children">\n' + "\n".join(
            _comment(link, c[0], c[2], c[3], c[4], depth + 1, all_) for c in children) + "\n</ul>"
    return f"""<li class="comment {"odd alt" if depth % 2 == 0 else "even"} depth-{depth}" id="li-comment-{cid}">
<article id="comment-{cid}" class="comment">
<header class="comment-meta comment-author vcard">
<img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=74&#038;d=mm&#038;r=g' class='avatar avatar-74 photo' height='74' width='74' loading='lazy'/>
<div class="comment-author-link"><i class="fa fa-user"></i>{tx(who)}</div>
<div class="comment-date-link"><i class="fa fa-calendar-o"></i><a href="{link}#comment-{cid}"><time datetime="{iso_local(d)}">{f_date(d)} lúc {f_time(d)}</time></a></div>
</header>
<section class="comment-content comment">
<p>{tx(body)}</p>
<a rel='nofollow' class='comment-reply-link' href='{link}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="Trả lời {esc(who)}" aria-label='Trả lời {esc(who)}'>Trả lời</a>
</section>
</article>
{kids}</li>"""


def json_ld(req: Request, s: Story) -> str:
    base = base_url(req)
    url = base + permalink(s)
    d, m = post_date(s), modified(s)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE, "url": f"{base}/",
             "logo": {"@type": "ImageObject", "url": base + LOGO}},
            {"@type": "WebPage", "@id": f"{url}#webpage", "url": url,
             "name": plain(s.opts.get("seo_title") or s.title) + f" - {SITE}",
             "datePublished": iso_utc(d), "dateModified": iso_utc(m),
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": CATS[s.cat][0], "item": f"{base}/{s.cat}/"},
                {"@type": "ListItem", "position": 3, "name": plain(s.title)}]},
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": f"{url}#webpage"},
             "author": {"name": "Ban biên tập", "@id": f"{base}/#/schema/person/5b1f"},
             "headline": plain(s.title)[:110], "datePublished": iso_utc(d), "dateModified": iso_utc(m),
             "mainEntityOfPage": {"@id": f"{url}#webpage"}, "commentCount": n_comments(s),
             "publisher": {"@id": f"{base}/#organization"},
             "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": base + thumb(s),
             "articleSection": [CATS[c][0] for c in cats_of(s)], "inLanguage": "vi"},
        ],
    }
    return ('<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False) + "</script>\n")


def description_of(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return plain(first)[:155].rsplit(" ", 1)[0] + "..."


def single(req: Request, s: Story) -> Response:
    base = base_url(req)
    d, m = post_date(s), modified(s)
    seo = plain(s.opts.get("seo_title") or s.title)
    title_tag = seo if "seo_title" in s.opts else f"{seo} - {SITE}"
    tags = s.opts.get("tags", [])
    tag_links = ""
    if tags:
        tag_links = ('<span class="tag-links"><i class="fa fa-tags"></i>'
                     + ", ".join(f'<a href="/tag/{t}/" rel="tag">{TAGS[t]}</a>' for t in tags) + "</span>")
    extra = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(title_tag)}" />\n'
        f'<meta property="og:description" content="{esc(description_of(s))}" />\n'
        f'<meta property="og:url" content="{base}{permalink(s)}" />\n'
        '<meta property="article:publisher" content="https://www.facebook.com/thcstranphu.haichau" />\n'
        + "".join(f'<meta property="article:tag" content="{TAGS[t]}" />\n' for t in tags)
        + f'<meta property="article:section" content="{CATS[s.cat][0]}" />\n'
        f'<meta property="article:published_time" content="{iso_utc(d)}" />\n'
        f'<meta property="article:modified_time" content="{iso_utc(m)}" />\n'
        f'<meta property="og:image" content="{base}{thumb(s)}" />\n'
        '<meta property="og:image:width" content="800" />\n<meta property="og:image:height" content="445" />\n'
        '<meta name="twitter:card" content="summary_large_image" />\n'
        '<meta name="twitter:label1" content="Được viết bởi" />\n<meta name="twitter:data1" content="Ban biên tập" />\n'
        '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
        f'<meta name="twitter:data2" content="{max(1, len(render_blocks(s)) // 1500)} phút" />\n'
        + json_ld(req, s)
        + f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {esc(plain(s.title))} Dòng phản hồi" '
          f'href="{base}{permalink(s)}/feed/" />\n'
        + f"<link rel='shortlink' href='{base}/?p={s.id}' />\n"
        + f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{s.id}" />\n'
    )
    reply_to = req.params.get("replytocom")
    cls = " ".join(f"category-{c}" for c in cats_of(s)) + "".join(f" tag-{t}" for t in tags)
    crumbs = breadcrumbs(req, [(CATS[s.cat][0], f"/{s.cat}/"), (ttl(s), None)])
    main = f"""<div id="primary">
<div id="content" class="clearfix">
<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry {cls}">
<div class="article-content clearfix">
<div class="above-entry-meta"><span class="cat-links">{cat_pills(s)}</span></div>
<header class="entry-header">
<h1 class="entry-title">{ttl(s)}</h1>
</header>
<div class="below-entry-meta">
{posted_on(s)}{byline_meta()}<span class="post-views"><i class="fa fa-eye"></i>{views_count(s)} lượt xem</span>{comments_meta(s)}{tag_links}
</div>
<div class="entry-content clearfix">
{share_bar(req, s)}
{views_box(s)}
{reading_time(s)}
{render_blocks(s)}
{yarpp(s)}
</div>
</div>
</article>
</div><!-- #content -->
{comments_html(s, reply_to)}
</div><!-- #primary -->
"""
    body_class = f"post-template-default single single-post postid-{s.id} single-format-standard"
    return page(req, title_tag=title_tag, body_class=body_class, main=main, head_extra=extra,
                canonical=permalink(s), description=description_of(s), crumbs=crumbs)


# --- listings ----------------------------------------------------------------------------------


def pager(base_path: str, n: int, last: int) -> str:
    """ColorMag's content nav: next_posts_link labelled "Trước" (older), previous "Tiếp" (newer)."""
    older = f'<a href="{base_path}page/{n + 1}/" >&larr; Trước</a>' if n < last else ""
    if n > 1:
        newer_href = base_path if n == 2 else f"{base_path}page/{n - 1}/"
        newer = f'<a href="{newer_href}" >Tiếp &rarr;</a>'
    else:
        newer = ""
    if not older and not newer:
        return ""
    return (f'<ul class="default-wp-page clearfix">\n<li class="previous">{older}</li>\n'
            f'<li class="next">{newer}</li>\n</ul>\n')


def paged(posts: list[Story], n: int, sticky_first: bool = False) -> tuple[list[Story], int] | None:
    last = max(1, -(-len(posts) // PER_PAGE))
    if n < 1 or n > last:
        return None
    chunk = posts[(n - 1) * PER_PAGE: n * PER_PAGE]
    if sticky_first and n == 1:
        sticky = [s for s in posts if s.opts.get("sticky")]
        chunk = sticky + [s for s in chunk if s not in sticky]
    return chunk, last


def listing(req: Request, *, base_path: str, n: int, posts: list[Story], heading: str,
            body_class: str, crumbs: list[tuple[str, str | None]], description: str = "",
            sticky_first: bool = False, feed: str | None = None) -> Response | None:
    got = paged(posts, n, sticky_first)
    if got is None:
        return None
    chunk, last = got
    base = base_url(req)
    desc = f'<div class="archive-description"><p>{description}</p></div>' if description else ""
    cards = "\n".join(card(s) for s in chunk)
    main = f"""<div id="primary">
<div id="content" class="clearfix">
<header class="page-header">
<h1 class="page-title"><span>{heading}</span></h1>
{desc}
</header><!-- .page-header -->
<div class="article-container">
{cards}
</div>
{pager(base_path, n, last)}
</div><!-- #content -->
</div><!-- #primary -->
"""
    page_part = f" - Trang {n} / {last}" if n > 1 else ""
    title_tag = f"Lưu trữ {plain(heading)}{page_part} - {SITE}"
    canonical = base_path if n == 1 else f"{base_path}page/{n}/"
    extra = '<meta property="og:type" content="article" />\n'
    if n > 1:
        prev_href = base_path if n == 2 else f"{base_path}page/{n - 1}/"
        extra += f'<link rel="prev" href="{base}{prev_href}" />\n'
    if n < last:
        extra += f'<link rel="next" href="{base}{base_path}page/{n + 1}/" />\n'
    if feed:
        extra += (f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {plain(heading)} '
                  f'Dòng thông tin chuyên mục" href="{base}{feed}" />\n')
    return page(req, title_tag=title_tag, body_class=body_class + (" paged" if n > 1 else ""), main=main,
                head_extra=extra, canonical=canonical, crumbs=breadcrumbs(req, crumbs))


def front(req: Request) -> Response:
    slides = "\n".join(
        f"""<div class="single-slide{' displayblock' if i == 0 else ' displaynone'}">
<figure class="slider-featured-image"><a href="{permalink(s)}" title="{ttl(s, attr=True)}"><img width="800" height="445" src="{thumb(s)}" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /></a></figure>
<div class="slide-content">
<div class="above-entry-meta"><span class="cat-links">{cat_pills(s)}</span></div>
<h3 class="entry-title"><a href="{permalink(s)}" title="{ttl(s, attr=True)}">{ttl(s)}</a></h3>
<div class="below-entry-meta">{posted_on(s)}</div>
</div>
</div>"""
        for i, s in enumerate(ORDERED[:4])
    )
    highlighted = "\n".join(
        f"""<div class="single-article">
<figure class="highlights-featured-image"><a href="{permalink(s)}" title="{ttl(s, attr=True)}"><img width="392" height="322" src="{thumb(s, "392x322")}" class="attachment-colormag-highlighted-post size-colormag-highlighted-post wp-post-image" alt="" /></a></figure>
<div class="article-content">
<div class="above-entry-meta"><span class="cat-links">{cat_pills(s)}</span></div>
<h3 class="entry-title"><a href="{permalink(s)}" title="{ttl(s, attr=True)}">{ttl(s)}</a></h3>
<div class="below-entry-meta">{posted_on(s)}</div>
</div>
</div>"""
        for s in in_cat("thong-bao")[:2]
    )

    def block(widget_id: str, slug: str, count: int, style: str) -> str:
        name, colour, _ = CATS[slug]
        posts = in_cat(slug)[:count]
        first, rest = posts[0], posts[1:]
        big = f"""<div class="first-post">
<div class="single-article clearfix">
<figure><a href="{permalink(first)}" title="{ttl(first, attr=True)}"><img width="390" height="205" src="{thumb(first, "390x205")}" class="attachment-colormag-featured-post-medium size-colormag-featured-post-medium wp-post-image" alt="" /></a></figure>
<div class="article-content">
<div class="above-entry-meta"><span class="cat-links">{cat_pills(first)}</span></div>
<h3 class="entry-title"><a href="{permalink(first)}" title="{ttl(first, attr=True)}">{ttl(first)}</a></h3>
<div class="below-entry-meta">{posted_on(first)}{byline_meta()}{comments_meta(first)}</div>
<div class="entry-content"><p>{excerpt(first, 22)}</p></div>
</div>
</div>
</div>"""
        small = "\n".join(
            f"""<div class="single-article clearfix">
<figure><a href="{permalink(s)}" title="{ttl(s, attr=True)}"><img width="130" height="90" src="{thumb(s, "130x90")}" class="attachment-colormag-featured-post-small size-colormag-featured-post-small wp-post-image" alt="" /></a></figure>
<div class="article-content">
<h3 class="entry-title"><a href="{permalink(s)}" title="{ttl(s, attr=True)}">{ttl(s)}</a></h3>
<div class="below-entry-meta">{posted_on(s)}</div>
</div>
</div>"""
            for s in rest
        )
        return f"""<section id="{widget_id}" class="widget {style} widget_featured_meta clearfix">
<h3 class="widget-title" style="border-bottom-color:{colour};"><span style="background-color:{colour};"><a href="/{slug}/" title="{name}">{name}</a></span></h3>
{big}
<div class="following-post">
{small}
</div>
</section>"""

    main = f"""<section class="colormag-front-page-top-section clearfix">
<div class="widget_slider_area">
<section id="colormag_featured_posts_slider_widget-2" class="widget widget_featured_slider widget_featured_meta clearfix">
<div class="widget_slider_area_rotate">
{slides}
</div>
</section>
</div>
<div class="widget_beside_slider">
<section id="colormag_highlighted_posts_widget-2" class="widget widget_highlighted_posts widget_featured_meta clearfix">
<h3 class="widget-title"><span>Thông báo mới</span></h3>
<div class="widget_highlighted_post_area">
{highlighted}
</div>
</section>
</div>
</section>
<div class="main-content-section clearfix">
<div id="primary">
<div id="content" class="clearfix">
{block("colormag_featured_posts_widget-3", "tin-tuc", 4, "widget_featured_posts")}
<div class="tg-one-half">
{block("colormag_featured_posts_vertical_widget-2", "hoat-dong-doi", 3, "widget_featured_posts widget_featured_posts_vertical")}
</div>
<div class="tg-one-half tg-one-half-last">
{block("colormag_featured_posts_vertical_widget-3", "chuyen-mon", 3, "widget_featured_posts widget_featured_posts_vertical")}
</div>
</div>
</div>
</div>
"""
    base = base_url(req)
    extra = (
        '<meta property="og:type" content="website" />\n'
        f'<meta property="og:title" content="{SITE} - Quận Hải Châu - Thành phố Đà Nẵng" />\n'
        f'<meta property="og:url" content="{base}/" />\n'
        "<link rel='shortlink' href='" + base + "/' />\n"
    )
    return page(req, title_tag=f"{SITE} - Quận Hải Châu - Thành phố Đà Nẵng",
                body_class="home page-template page-template-page-templates page-template-magazine "
                           "page-template-page-templatesmagazine-php page page-id-2",
                main=main, head_extra=extra, canonical="/",
                description="Cổng thông tin điện tử Trường THCS Trần Phú, quận Hải Châu, thành phố Đà Nẵng.")


# --- pages that are not articles ---------------------------------------------------------------

PAGES: dict[str, tuple[int, str, str]] = {
    "gioi-thieu": (12, "Giới thiệu chung", """<p style="text-align: justify;">Trường THCS Trần Phú được thành lập năm 1976, tọa lạc tại số 12 Lê Lợi, phường Thạch Thang, quận Hải Châu, thành phố Đà Nẵng. Trải qua gần 50 năm xây dựng và trưởng thành, nhà trường luôn là một trong những đơn vị dẫn đầu phong trào thi đua của ngành giáo dục quận Hải Châu.</p>
<p style="text-align: justify;">Năm học 2026 &#8211; 2027, nhà trường có 28 lớp với 1.164 học sinh; 68 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3><strong>Ban giám hiệu</strong></h3>
<ul>
<li>Hiệu trưởng: cô Nguyễn Thị Minh Tâm</li>
<li>Phó Hiệu trưởng: thầy Võ Văn Nhân</li>
<li>Phó Hiệu trưởng: cô Lê Thị Mỹ Dung</li>
</ul>"""),
    "thoi-khoa-bieu": (412, "Thời khóa biểu", """<p>Thời khóa biểu học kỳ I năm học 2026 &#8211; 2027 áp dụng từ ngày 07/9/2026.</p>
<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>
<tr><td><strong>Khối</strong></td><td><strong>Buổi học</strong></td><td><strong>Tệp</strong></td></tr>
<tr><td>Khối 6, 7</td><td>Buổi chiều</td><td><a href="/wp-content/uploads/2026/09/TKB-khoi-6-7-HKI.pdf">TKB-khoi-6-7-HKI.pdf</a></td></tr>
<tr><td>Khối 8, 9</td><td>Buổi sáng</td><td><a href="/wp-content/uploads/2026/09/TKB-khoi-8-9-HKI.pdf">TKB-khoi-8-9-HKI.pdf</a></td></tr>
</tbody></table>"""),
    "lien-he": (26, "Liên hệ", """<p><strong>TRƯỜNG THCS TRẦN PHÚ</strong><br />
Địa chỉ: 12 Lê Lợi, phường Thạch Thang, quận Hải Châu, TP Đà Nẵng<br />
Điện thoại: 0236 3821 457<br />
Email: thcstranphu.haichau@danang.gov.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f58-p26-o1" lang="vi" dir="ltr">
<form action="/lien-he/#wpcf7-f58-p26-o1" method="post" class="wpcf7-form init" novalidate="novalidate" data-status="init">
<p><label> Họ và tên<br /><span class="wpcf7-form-control-wrap your-name"><input type="text" name="your-name" value="" size="40" class="wpcf7-form-control wpcf7-text" /></span></label></p>
<p><label> Email<br /><span class="wpcf7-form-control-wrap your-email"><input type="email" name="your-email" value="" size="40" class="wpcf7-form-control wpcf7-email" /></span></label></p>
<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea name="your-message" cols="40" rows="10" class="wpcf7-form-control wpcf7-textarea"></textarea></span></label></p>
<p><input type="submit" value="Gửi" class="wpcf7-form-control has-spinner wpcf7-submit" /></p>
</form></div>"""),
}


def static_page(req: Request, slug: str) -> Response:
    pid, title, content = PAGES[slug]
    main = f"""<div id="primary">
<div id="content" class="clearfix">
<article id="post-{pid}" class="post-{pid} page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="entry-content clearfix">
{content}
</div>
</article>
</div>
</div>
"""
    return page(req, title_tag=f"{title} - {SITE}", body_class=f"page-template-default page page-id-{pid}",
                main=main, canonical=f"/{slug}/", crumbs=breadcrumbs(req, [(title, None)]),
                head_extra='<meta property="og:type" content="article" />\n')


# attachment pages: (post id, name) -> (attachment id, title, caption)
ATTACHMENTS = {
    (1987, "le-20-11-1"): (1988, "le-20-11-1", "Cô Hiệu trưởng Nguyễn Thị Minh Tâm phát biểu tại buổi lễ"),
    (1987, "le-20-11-2"): (1989, "le-20-11-2", "Trao học bổng “Tiếp sức đến trường” cho học sinh"),
}


def attachment_page(req: Request, s: Story, name: str) -> Response | None:
    key = (s.id, name)
    if key not in ATTACHMENTS:
        return None
    aid, title, caption = ATTACHMENTS[key]
    d = post_date(s)
    src = f"{U}/{d.year}/{d.month:02d}/{name}.jpg"
    names = [k[1] for k in ATTACHMENTS if k[0] == s.id]
    idx = names.index(name)
    nav = ""
    if idx > 0:
        nav += f'<li class="previous"><a href="{permalink(s)}/attachment/{names[idx - 1]}/">&larr; Ảnh trước</a></li>'
    if idx < len(names) - 1:
        nav += f'<li class="next"><a href="{permalink(s)}/attachment/{names[idx + 1]}/">Ảnh sau &rarr;</a></li>'
    main = f"""<div id="primary">
<div id="content" class="clearfix">
<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">
<div class="article-content clearfix">
<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
<div class="below-entry-meta"><span class="posted-on"><a href="{permalink(s)}/attachment/{name}/" title="{f_time(d)}" rel="bookmark"><i class="fa fa-calendar-o"></i> <time class="entry-date published" datetime="{iso_local(d)}">{f_date(d)}</time></a></span>{byline_meta()}</div>
<div class="entry-content clearfix">
<p class="attachment"><a href="{src}"><img width="300" height="169" src="{_root(src)}-300x169.jpg" class="attachment-medium size-medium" alt="" /></a></p>
<p>{tx(caption)}</p>
<p class="parent-post">Đăng trong: <a href="{permalink(s)}">{ttl(s)}</a></p>
</div>
</div>
</article>
<ul class="default-wp-page clearfix">{nav}</ul>
</div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Trả lời</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{aid}' id='comment_post_ID' /></p>
</form>
</div>
</div>
</div>
"""
    return page(req, title_tag=f"{title} - {SITE}",
                body_class=f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg",
                main=main, canonical=f"{permalink(s)}/attachment/{name}/",
                crumbs=breadcrumbs(req, [(CATS[s.cat][0], f"/{s.cat}/"), (ttl(s), permalink(s)), (title, None)]),
                head_extra='<meta property="og:type" content="article" />\n')


def search_page(req: Request, query: str) -> Response:
    q = unicodedata.normalize("NFC", unquote(query)).lower().strip()
    hits = [s for s in ORDERED if q and q in s.title.lower()]
    body = "\n".join(card(s) for s in hits) or (
        '<section class="no-results not-found"><header class="page-header"><h2 class="page-title">'
        'Không tìm thấy</h2></header><div class="page-content"><p>Rất tiếc, không có bài viết nào phù hợp '
        "với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p></div></section>"
    )
    main = f"""<div id="primary">
<div id="content" class="clearfix">
<header class="page-header"><h1 class="page-title"><span>Kết quả tìm kiếm cho: {esc(query)}</span></h1></header>
<div class="article-container">
{body}
</div>
</div>
</div>
"""
    return page(req, title_tag=f"Bạn đã tìm kiếm {query} - {SITE}", body_class="search search-results",
                main=main, head_extra='<meta name="robots" content="noindex, follow" />\n')


# --- feeds -------------------------------------------------------------------------------------


def rss(req: Request, title: str, link: str, posts: list[Story]) -> Response:
    base = base_url(req)
    items = "\n".join(
        f"""<item>
<title>{esc(plain(s.title))}</title>
<link>{base}{permalink(s)}</link>
<comments>{base}{permalink(s)}#respond</comments>
<dc:creator><![CDATA[Ban biên tập]]></dc:creator>
<pubDate>{(post_date(s) - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S")} +0000</pubDate>
{"".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in cats_of(s))}
<guid isPermaLink="false">{base}/?p={s.id}</guid>
<description><![CDATA[{plain(next(b.text for b in s.blocks if isinstance(b, P)))[:200]} [&#8230;]]]></description>
<slash:comments>{n_comments(s)}</slash:comments>
</item>"""
        for s in posts[:10]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
<channel>
<title>{esc(title)}</title>
<atom:link href="{base}{req.path}" rel="self" type="application/rss+xml" />
<link>{base}{link}</link>
<description>Quận Hải Châu - Thành phố Đà Nẵng</description>
<lastBuildDate>Fri, 04 Dec 2026 10:02:13 +0000</lastBuildDate>
<language>vi</language>
<generator>https://wordpress.org/?v={VERSION}</generator>
{items}
</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- the site ----------------------------------------------------------------------------------

_PAGE_RE = re.compile(r"^(?P<base>/.*?/)page/(?P<n>\d+)/$")
_POST_RE = re.compile(r"^/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)\.html(?P<rest>/.*)?$")
_MONTH_RE = re.compile(r"^/(?P<y>20\d\d)/(?P<m>\d\d)/$")


class Site:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/index.php":
            return redirect("/", 301)
        if not path.endswith("/") and ".html" not in path and "." not in path.rsplit("/", 1)[-1]:
            slashed = Request(req.method, path + "/", "", req.headers)
            if self.respond(slashed) is not None:
                return redirect(base_url(req) + path + "/", 301)
            return None
        if path == "/":
            params = req.params
            if "p" in params:
                s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                if s:
                    return redirect(base_url(req) + permalink(s), 301)
                for (pid, name), (aid, _, _) in ATTACHMENTS.items():
                    if params["p"] == str(aid):
                        return redirect(f"{base_url(req)}{permalink(BY_ID[pid])}/attachment/{name}/", 301)
                return None
            if "page_id" in params:
                for slug, (pid, _, _) in PAGES.items():
                    if params["page_id"] == str(pid):
                        return redirect(f"{base_url(req)}/{slug}/", 301)
                return None
            if "s" in params:
                return search_page(req, params["s"])
            return front(req)
        # /page/1/ is never a URL of its own
        m = _PAGE_RE.match(path)
        n = 1
        base_path = path
        if m:
            n = int(m.group("n"))
            base_path = m.group("base")
            if n == 1:
                return redirect(base_url(req) + base_path, 301)
        if base_path.startswith("/category/"):
            rest = base_path[len("/category"):]
            return redirect(base_url(req) + rest + (f"page/{n}/" if n > 1 else ""), 301)
        slug = base_path.strip("/")
        if slug == "ban-tin":
            return listing(req, base_path="/ban-tin/", n=n, posts=ORDERED, heading="Bản tin",
                           body_class="blog", crumbs=[("Bản tin", None)], sticky_first=True)
        if slug in CATS:
            name, _, tid = CATS[slug]
            return listing(req, base_path=f"/{slug}/", n=n, posts=in_cat(slug), heading=name,
                           body_class=f"archive category category-{slug} category-{tid}",
                           crumbs=[(name, None)], feed=f"/{slug}/feed/")
        if slug.startswith("tag/") and slug[4:] in TAGS:
            t = slug[4:]
            posts = [s for s in ORDERED if t in s.opts.get("tags", [])]
            return listing(req, base_path=f"/tag/{t}/", n=n, posts=posts, heading=TAGS[t],
                           body_class=f"archive tag tag-{t}", crumbs=[(f"Lưu trữ thẻ: {TAGS[t]}", None)])
        if slug == "author/bbt":
            return listing(req, base_path="/author/bbt/", n=n, posts=ORDERED, heading="Ban biên tập",
                           body_class="archive author author-bbt author-2",
                           crumbs=[("Lưu trữ tác giả: Ban biên tập", None)])
        mm = _MONTH_RE.match(base_path)
        if mm:
            y, mo = int(mm.group("y")), int(mm.group("m"))
            posts = [s for s in ORDERED if post_date(s).year == y and post_date(s).month == mo]
            if not posts:
                return None
            label = f"{MONTHS[mo - 1]} {y}"
            return listing(req, base_path=base_path, n=n, posts=posts, heading=f"Tháng: {label}",
                           body_class="archive date", crumbs=[(f"Lưu trữ {label}", None)])
        if m:
            return None
        if slug in PAGES and path == f"/{slug}/":
            return static_page(req, slug)
        if path == "/feed/":
            return rss(req, SITE, "/", ORDERED)
        if path == "/comments/feed/":
            return rss(req, f"Phản hồi cho {SITE}", "/", [])
        if path.endswith("/feed/") and path[1:-6] in CATS:
            c = path[1:-6]
            return rss(req, f"{CATS[c][0]} - {SITE}", f"/{c}/", in_cat(c))
        pm = _POST_RE.match(path)
        if pm:
            s = BY_SLUG.get(pm.group("slug"))
            if s is None or pm.group("cat") not in cats_of(s):
                return None
            rest = pm.group("rest")
            if rest is None:
                return single(req, s)
            if rest == "/":
                return redirect(base_url(req) + permalink(s), 301)
            if rest == "/feed/":
                return rss(req, f"Phản hồi cho: {plain(s.title)}", permalink(s), [])
            am = re.match(r"^/attachment/([a-z0-9-]+)/$", rest)
            if am and pm.group("cat") == s.cat:
                return attachment_page(req, s, am.group(1))
            return None
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/?p={s.id}"]
    for extra in s.opts.get("also", []):
        alts.append(f"/{extra}/{s.slug}.html")
    for cid, *_ in s.opts.get("comments", []):
        alts.append(f"{permalink(s)}?replytocom={cid}")
    return alts


GOLD = [
    gold_record(s, permalink(s), CATS[s.cat][0], canonical_path=permalink(s), alt_paths=_alt_paths(s))
    for s in ORDERED
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/thoi-khoa-bieu/",
    "/lien-he/",
    "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html/attachment/le-20-11-1/",
    "/tin-tuc/le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11.html/attachment/le-20-11-2/",
]
