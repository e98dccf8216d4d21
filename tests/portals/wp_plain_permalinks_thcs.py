"""Trường THCS Lê Lợi (thị xã Ninh Hòa, Khánh Hòa): WordPress 4.7 with plain permalinks.

Platform
--------
A school's WordPress 4.7.5 on shared hosting (cPanel, PHP 5.6), permalinks never changed from
"Mặc định" (plain). The theme is a free 2014 magazine theme ("NewsMag Lite 1.1.4", translated
into Vietnamese by the school's IT teacher; its own classes carry an ``nm-`` prefix), with the
plugins such sites had: Yoast SEO 4.x (canonical, og:, breadcrumbs), a3 Lazy Load, Simple Share
Buttons Adder, Related Posts for WordPress, WP Statistics (visitor counter widget). Posts are
written in the classic editor (TinyMCE): ``[caption]`` shortcodes, ``[gallery]``, Word-pasted
spans, ``<p>&nbsp;</p>`` spacers, a leftover shortcode of a plugin deactivated long ago. Every
link the site prints is absolute (``http://<Host>/?p=552``), as WordPress prints them; the
pagination's hrefs carry ``&#038;`` (esc_url) instead of ``&amp;``.

URL scheme (all on path ``/``)
------------------------------
- ``/``                      home: slider, one block per category, the latest-posts loop (4 a page)
- ``/?paged=<n>``            the home loop's older pages (n = 2..4), linked "« Bài cũ hơn"
- ``/?p=<id>``               a post (articles, document entries, one password-protected post)
- ``/?p=<id>&page=2``        page 2 of a post split with ``<!--nextpage-->``
- ``/?p=<id>&replytocom=<c>`` the same post with the reply form under comment c (nofollow)
- ``/?cat=<n>``, ``/?cat=<n>&paged=<p>``  category listings (4 a page, numbered pagination)
- ``/?m=<yyyymm>`` (+ ``&paged=``)  monthly archives ("Lưu trữ" widget, calendar's « Th10)
- ``/?m=<yyyymmdd>``         the calendar widget's days (only days with posts are linked)
- ``/?tag=<slug>``           tag listings ("Thẻ:" line under a post)
- ``/?page_id=<id>``         static pages: Giới thiệu (2), Đội ngũ (9), Liên hệ (11)
- ``/?attachment_id=<id>``   attachment pages of images inserted with "Liên kết đến: Trang đính kèm"
- ``/?s=<q>``                search; ``/?feed=rss2``, ``/?feed=comments-rss2`` feeds (summary only)
- ``/wp-login.php``          the Meta widget's "Đăng nhập"; ``/wp-content/uploads/…`` files

Templates
---------
Home (slider ``#nm-slider``, ``section.nm-catblock``, loop ``div.nm-postlist`` with
``article.nm-listitem`` items, thumbnail + title + "19 Tháng Mười Một, 2026" + auto excerpt
"… [&hellip;]" + "Đọc tiếp »"); archives (same loop, ``h1.nm-archive-title`` "Chuyên mục: …");
single (``article.hentry`` > ``div.nm-single-head`` with ``h1.nm-single-title`` and the meta line
"Đăng bởi admin | Ngày 12/11/2026 | Chuyên mục: … | 345 lượt xem", then
``div.nm-entry.entry-content``, the "Thẻ:" footer, post navigation, comments); sidebar with search,
"Bài viết mới", "Chuyên mục" (with counts), "Lưu trữ", the calendar ``table#wp-calendar``, the
WP Statistics counter, a links drop-down and the Meta widget; header with the day
"Thứ Bảy, 05/12/2026", a "Tin mới" ticker and the menu with drop-downs; Yoast breadcrumb
``p#breadcrumbs`` "Trang chủ » Đoàn - Đội » …".

How the gold articles are reached
---------------------------------
Categories: Tin tức - Sự kiện (cat=2: 5 gold + G6 filed also here), Hoạt động chuyên môn (cat=3:
4 gold + the protected post), Đoàn - Đội (cat=4: 4 gold), Văn bản (cat=6: 2 document entries).
From the home page (page 1) only the latest posts are linked (slider, blocks of 3, ticker,
"Bài viết mới"); the October posts and G5 are reachable only from page 2+ of a listing (home
``?paged=3``/``4``, ``?cat=2&paged=2``, ``?cat=3&paged=2``, ``?m=202610&paged=2``), from the
calendar's days of an archived month, or by walking the post navigation.

G1 /?p=512 (TT, 03/10), G2 /?p=521 (HĐCM, 14/10), G3 /?p=517 (ĐĐ, 09/10), G4 /?p=527 (TT, 28/10),
G5 /?p=534 (HĐCM, 06/11), G6 /?p=538 (ĐĐ + TT, 09/11), G7 /?p=545 (HĐCM, 13/11, two pages),
G8 /?p=552 (TT, 19/11, comments), G9 /?p=558 (TT, 24/11), G10 /?p=563 (ĐĐ, 27/11),
G11 /?p=573 (HĐCM, 03/12), G12 /?p=568 (ĐĐ, 01/12), G13 /?p=575 (TT, 04/12). Not articles on the
same URL shape: /?p=520 and /?p=571 (Văn bản), /?p=549 (protected, HĐCM).

Traps
-----
1. Plain-permalink pagination printed by ``esc_url``: ``href='http://h/?cat=2&#038;paged=2'``
   (a numeric reference, not ``&amp;``); the home uses ``next_posts_link`` where "« Bài cũ hơn"
   (older) goes to the *higher* page number and "Bài mới hơn »" back to ``/``. Gold: listings
   ``/?cat=2&paged=2`` etc.; G1, G2, G4 are only on page 2 of their category, G1–G5 not on the
   home's first page.
2. WordPress < 5.3 ``get_the_date('c')`` bug: the theme's ``<time class="entry-date published"
   datetime="2026-12-04T21:10:00+00:00">04/12/2026</time>`` is the *local* time labelled +00:00,
   while Yoast's ``article:published_time`` says ``2026-12-04T14:10:00+00:00`` (true UTC); the
   visible line prints the day only. For the evening posts (G6 19:45, G13 21:10) taking the
   ``datetime`` attribute at face value moves the article to the next day. Gold: the local
   time with +07:00 ("2026-12-04T21:10:00+07:00"), the instant the Yoast meta gives, on the day
   the page prints.
3. a3 Lazy Load rewrites every image of the text (gallery thumbnails included): ``src`` is the
   plugin's ``lazy_placeholder.gif`` (served by the site, 200), the real file is in ``data-src``
   / ``data-srcset`` (``srcset=""``) and again in a ``<noscript>`` copy right after it. Gold: the
   real upload, once per photo, never the placeholder.
4. Attachment pages: images inserted "linked to the attachment page" point to
   ``/?attachment_id=513``, a page in the single-post template (h1 = file name "DSC_0412", meta
   line "Đăng bởi admin | Ngày … | Đăng trong <post>", the image, its caption). Not articles
   (two of them are in NON_ARTICLES).
5. ``<!--nextpage-->``: G7 is split in two pages, ``/?p=545`` and ``/?p=545&page=2`` ("Trang: 1 2"
   after the text; Yoast gives page 2 its own canonical). Gold: one article at ``/?p=545`` whose
   body is page 1's paragraphs followed by page 2's (its byline is on page 2); ``&page=2`` is an
   alt path of it.
6. Same URL shape, not articles: the "Văn bản" category holds document entries (``/?p=520``,
   ``/?p=571``: one sentence, "Tệp đính kèm: ….pdf", a Google Docs viewer iframe) and cat=3
   holds a password-protected post (``/?p=549``, title "Được bảo vệ: …", only the password
   form; its listing excerpt says there is no excerpt). Gold: NON_ARTICLES.
7. ``[gallery]`` output inside the text (G6): ``<dl class='gallery-item'><dt>`` thumbnails linked
   to the full files, ``<dd class='wp-caption-text gallery-caption'>`` captions (none for the
   third), a ``<style>`` block and ``<br style="clear: both">``. Gold: the three photos as
   printed (``-150x150.jpg`` src), captions from the ``dd`` (None for the third); dd text is
   not body.
8. A deactivated plugin's shortcode left in the text (G9): ``<p>[su_note note_color=&#8221;
   #fff3cd&#8221;]</p>`` … ``<p>[/su_note]</p>``, quotes curled by wptexturize; the auto excerpt
   on the listings starts with it too. Gold: those two lines are not body; the paragraph
   between them is.
9. Captions three ways inside the text container: the ``[caption]`` shortcode's HTML4 output
   (``<div class="wp-caption"> … <p class="wp-caption-text">``: a ``<p>`` like the text's);
   posts pasted from Word put the photo and its line in a borderless two-row ``<table>`` (G7,
   G11: the line is a caption, not a table-row paragraph; G11's line is printed in parentheses,
   taken off); one photo has its line as a separate centred italic ``<p>`` after it (G8). One
   caption is only a credit "Ảnh: Minh Tâm" (G5: caption None, photographer "Minh Tâm"); G10's
   photo has no line (None). Gold: captions as said, never body paragraphs.
10. Plugins inside ``div.entry-content`` after the text: Simple Share Buttons ("Chia sẻ:" and
    button images) and Related Posts for WordPress ("Bài viết liên quan" with thumbnails, titles
    and a 20-word ``<p>`` excerpt of each); after the article, post navigation with neighbour
    titles and the comments (``<div class="comment-content"><p>…``). Gold: none of it is body,
    their images are not the article's.
11. Comment "Trả lời" links ``/?p=552&#038;replytocom=31#respond`` (rel=nofollow) serve the same
    post (reply form moved, ``noindex``). Gold: alt_paths of G8.
12. Bylines typed at the end of the text in varied forms, while the meta line always says
    "Đăng bởi admin" (a CMS account, nobody): a unit alone right-aligned ("Tổ Văn phòng",
    "Tổ Ngữ văn", "Liên đội THCS Lê Lợi"), "Nguyễn Thị Hạnh – Tổ trưởng tổ Toán – Tin",
    "Huỳnh Thị Ngọc Bích (GV Tổ KHTN)", "<strong>Phạm Văn Lực</strong><br />(TPT Đội)",
    "Tin, ảnh: X", "Tin: X – Ảnh: Y", "BBT" (nobody), a source line "Theo Phòng GD&amp;ĐT Ninh
    Hòa" (G4; its body also has a paragraph "Theo kế hoạch, …" which is text).
13. wptexturize: titles and text are stored with straight quotes and " - " but printed with
    ``&#8220; &#8221; &#8211;`` entities; Yoast's og:title keeps the raw straight quotes and
    hyphen. Gold: the printed (curly, en dash) title.
14. A post filed in two categories (G6: "Chuyên mục: Đoàn - Đội, Tin tức - Sự kiện"): listed in
    both categories; the breadcrumb (Yoast primary category) says Đoàn - Đội. Gold category:
    "Đoàn - Đội".

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` takes the time from the markup (trap 2) although the visible line prints
  only the day: the page does print a time, in two machine forms that a careful reader can
  reconcile with the visible day. Listing dates and the "updated" ``<time>`` are ignored.
- Image paths are the ``<img>``'s real source as inserted (``-1024x683.jpg`` sizes, gallery
  ``-150x150.jpg`` thumbnails), not the ``<a href>`` to the full file nor srcset entries.
- Manual excerpts shown only on listings (G2) are not a sapo: summary null. A bold first
  paragraph of the text is the sapo (G8, G13).
- A two-row borderless table holding a photo and its line is a captioned photo, not a table
  (trap 9); the results table of G9 (``MsoTableGrid``, header row in bold) is text.
- Empty ``<p>&nbsp;</p>`` spacers are no paragraphs. The results table of G9 gives one paragraph
  per row, cells joined by " | ", header row included.
- Posts never show the featured image on the single page; listing thumbnails are not the
  article's images.
"""

from __future__ import annotations

import calendar
import html as _html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_plain_permalinks_thcs"
PLATFORM = "WordPress 4.7 (plain permalinks, 2014 magazine theme, Yoast, a3 Lazy Load)"
START_PATH = "/"

SITE_NAME = "Trường THCS Lê Lợi"
TAGLINE = "Thị xã Ninh Hòa – Tỉnh Khánh Hòa"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 30)
PER_PAGE = 4

CATS: dict[int, tuple[str, str]] = {
    2: ("Tin tức - Sự kiện", "tin-tuc-su-kien"),
    3: ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon"),
    4: ("Đoàn - Đội", "doan-doi"),
    6: ("Văn bản", "van-ban"),
}
TAGS: dict[str, str] = {
    "ky-nang-song": "kỹ năng sống",
    "hoc-sinh-gioi": "học sinh giỏi",
    "giao-vien-day-gioi": "giáo viên dạy giỏi",
}
MONTHS = [
    "", "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]

RIGHT = '<p style="text-align: right;">{}</p>'


def _byline(inner: str) -> Raw:
    return Raw(RIGHT.format(inner))


SPACER = Raw("<p>&nbsp;</p>")
NEXTPAGE = Raw("<!--nextpage-->")


@dataclass
class Comment:
    id: int
    author: str
    when: datetime
    text: str


@dataclass
class Post:
    """One WordPress post: an article (with its Story), a document entry or a protected post."""

    id: int
    title: str
    cats: list[int]
    when: datetime
    kind: str = "article"
    story: Story | None = None
    tags: list[str] = field(default_factory=list)
    thumb: str | None = None
    excerpt: str | None = None
    comments: list[Comment] = field(default_factory=list)
    content: str = ""
    featured: bool = False

    @property
    def primary(self) -> int:
        return self.cats[0]


# --- the articles ------------------------------------------------------------------------------

U = "/wp-content/uploads"

G1 = Story(
    id=512,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-03T08:15:00+07:00",
    blocks=[
        P("Sáng ngày 02/10/2026, Trường THCS Lê Lợi long trọng tổ chức Hội nghị viên chức, người "
          "lao động năm học 2026 – 2027. Về dự hội nghị có ông Nguyễn Hữu Phước, Phó Trưởng phòng "
          "GD&ĐT thị xã Ninh Hòa; đại diện Đảng ủy, UBND phường Ninh Hiệp cùng toàn thể 58 cán bộ, "
          "giáo viên, nhân viên nhà trường."),
        P("Tại hội nghị, thầy Trần Quốc Việt, Hiệu trưởng nhà trường đã trình bày báo cáo tổng kết "
          "thực hiện nhiệm vụ năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027. "
          "Năm học vừa qua, nhà trường có 98,6% học sinh được lên lớp thẳng, 100% học sinh lớp 9 "
          "được công nhận tốt nghiệp THCS; đội tuyển học sinh giỏi đạt 21 giải cấp thị xã và 6 "
          "giải cấp tỉnh."),
        Img(f"{U}/2026/10/DSC_0412-1024x683.jpg",
            "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường trình bày báo cáo tại hội nghị",
            "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường trình bày báo cáo tại hội nghị",
            "capdiv+att513"),
        P("Hội nghị cũng đã nghe báo cáo công tác tài chính, báo cáo kết quả thực hiện quy chế dân "
          "chủ cơ sở và báo cáo hoạt động của Ban Thanh tra nhân dân. Các ý kiến thảo luận tập "
          "trung vào việc triển khai Chương trình giáo dục phổ thông 2018 ở khối lớp 9, nâng cao "
          "chất lượng mũi nhọn và tăng cường cơ sở vật chất cho các phòng học bộ môn."),
        P("Dịp này, 100% viên chức, người lao động đã ký giao ước thi đua, quyết tâm hoàn thành "
          "xuất sắc nhiệm vụ năm học mới. Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ "
          "2026 – 2028 gồm 3 đồng chí."),
        P("Hội nghị kết thúc trong không khí đoàn kết, dân chủ và thống nhất cao."),
        SPACER,
        _byline("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"pstyle": "justify"},
)

G2 = Story(
    id=521,
    slug="to-toan-tin-sinh-hoat-chuyen-mon-theo-huong-nghien-cuu-bai-hoc",
    title="Tổ Toán – Tin sinh hoạt chuyên môn theo hướng nghiên cứu bài học",
    cat="Hoạt động chuyên môn",
    published_at="2026-10-14T16:40:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch chuyên môn năm học 2026 – 2027, chiều ngày 13/10/2026, tổ Toán – "
          "Tin Trường THCS Lê Lợi đã tổ chức buổi sinh hoạt chuyên môn theo hướng nghiên cứu bài "
          "học. Tiết dạy minh họa do cô Đặng Thị Mỹ Linh thực hiện với bài “Hình thang cân” tại "
          "lớp 8A3."),
        Img(f"{U}/2026/10/IMG_20261013_142530-1024x768.jpg",
            "Cô Đặng Thị Mỹ Linh hướng dẫn học sinh lớp 8A3 hoạt động nhóm",
            "Cô Đặng Thị Mỹ Linh hướng dẫn học sinh lớp 8A3 hoạt động nhóm", "capdiv"),
        P("Trong tiết dạy, giáo viên tổ chức cho học sinh hoạt động theo nhóm, sử dụng giấy màu để "
          "cắt, ghép và phát hiện tính chất của hình thang cân. Các em hào hứng tham gia, mạnh dạn "
          "trình bày ý kiến trước lớp."),
        P("Sau tiết dạy, các giáo viên dự giờ tập trung phân tích hoạt động học của học sinh: học "
          "sinh đã học như thế nào, em nào gặp khó khăn và nguyên nhân vì sao, thay vì nhận xét, "
          "xếp loại giờ dạy của giáo viên như trước đây."),
        Img(f"{U}/2026/10/IMG_20261013_155012-1024x768.jpg",
            "Giáo viên tổ Toán – Tin thảo luận sau tiết dạy minh họa",
            "Giáo viên tổ Toán – Tin thảo luận sau tiết dạy minh họa", "capdiv"),
        P("Theo cô Nguyễn Thị Hạnh, tổ trưởng chuyên môn, việc sinh hoạt theo nghiên cứu bài học "
          "giúp giáo viên bớt áp lực khi được dự giờ, đồng thời có thêm nhiều cách tiếp cận để "
          "điều chỉnh bài dạy phù hợp với từng đối tượng học sinh."),
        P("Trong học kỳ I, tổ sẽ tiếp tục tổ chức 4 chuyên đề nghiên cứu bài học ở các khối lớp 6, "
          "7, 8 và 9."),
        _byline("<em>Nguyễn Thị Hạnh – Tổ trưởng tổ Toán – Tin</em>"),
    ],
    authors=["Nguyễn Thị Hạnh"],
)

G3 = Story(
    id=517,
    slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Lê Lợi nhiệm kỳ 2026 – 2027",
    cat="Đoàn - Đội",
    published_at="2026-10-09T14:25:00+07:00",
    blocks=[
        P("Chiều ngày 08/10/2026, Liên đội Trường THCS Lê Lợi đã tổ chức thành công Đại hội Liên "
          "đội nhiệm kỳ 2026 – 2027. Đến dự đại hội có đại diện Hội đồng Đội thị xã Ninh Hòa, Ban "
          "giám hiệu nhà trường, giáo viên chủ nhiệm và 120 đội viên là đại biểu của 32 chi đội."),
        P("Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – "
          "2026. Trong năm qua, Liên đội đã duy trì tốt các phong trào “Kế hoạch nhỏ”, “Nghìn việc "
          "tốt”, “Áo trắng tặng bạn”; thu gom hơn 2,3 tấn giấy vụn, trao 45 suất học bổng cho đội "
          "viên có hoàn cảnh khó khăn."),
        Img(f"{U}/2026/10/dai-hoi-lien-doi-2026-1-768x512.jpg",
            "Các đại biểu biểu quyết thông qua chương trình đại hội",
            "Các đại biểu biểu quyết thông qua chương trình đại hội", "capdiv"),
        P("Các chi đội đã tham gia thảo luận sôi nổi, đề xuất nhiều ý tưởng mới như xây dựng “Góc "
          "sách chi đội”, tổ chức ngày hội “Đổi đồ cũ lấy cây xanh” và tuyên truyền phòng chống "
          "đuối nước trong mùa mưa lũ."),
        P("Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 11 em. Em Nguyễn Ngọc Bảo Trâm, "
          "lớp 9A1 được tín nhiệm bầu làm Liên đội trưởng."),
        P("Phát biểu chỉ đạo đại hội, cô Lê Thị Thanh Nga, Phó Hiệu trưởng nhà trường mong muốn "
          "Ban Chỉ huy Liên đội mới phát huy vai trò tự quản, là tấm gương để các đội viên noi "
          "theo."),
        _byline("<strong>Tin, ảnh: Lê Minh Tâm</strong>"),
    ],
    authors=["Lê Minh Tâm"],
    photographers=["Lê Minh Tâm"],
)

G4 = Story(
    id=527,
    slug="ninh-hoa-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-thcs",
    title="Ninh Hòa triển khai nhiệm vụ năm học 2026 – 2027 cấp THCS",
    cat="Tin tức - Sự kiện",
    published_at="2026-10-28T10:10:00+07:00",
    blocks=[
        P("Ngày 26/10/2026, Phòng Giáo dục và Đào tạo thị xã Ninh Hòa tổ chức hội nghị triển khai "
          "nhiệm vụ năm học 2026 – 2027 đối với cấp trung học cơ sở. Tham dự hội nghị có hiệu "
          "trưởng, phó hiệu trưởng phụ trách chuyên môn của 27 trường THCS trên địa bàn thị xã."),
        P("Năm học 2026 – 2027 là năm học thứ hai toàn bộ các khối lớp ở cấp THCS thực hiện Chương "
          "trình giáo dục phổ thông 2018. Ngành giáo dục thị xã tiếp tục tập trung đổi mới phương "
          "pháp dạy học, kiểm tra đánh giá theo hướng phát triển phẩm chất, năng lực học sinh."),
        P("Theo kế hoạch, từ học kỳ I, các trường sẽ tổ chức kiểm tra định kỳ các môn Toán, Ngữ "
          "văn, Tiếng Anh theo đề chung của thị xã nhằm đánh giá khách quan chất lượng dạy học "
          "giữa các đơn vị."),
        P("Một số nhiệm vụ trọng tâm", "h3"),
        P("Rà soát, sắp xếp đội ngũ giáo viên, khắc phục tình trạng thiếu giáo viên các môn Tin "
          "học, Âm nhạc, Mỹ thuật.", "li"),
        P("Đẩy mạnh chuyển đổi số trong quản lý, sử dụng học bạ số và sổ điểm điện tử ở tất cả các "
          "khối lớp.", "li"),
        P("Nâng cao chất lượng giáo dục mũi nhọn, phấn đấu tăng số giải học sinh giỏi cấp tỉnh.",
          "li"),
        P("Phát biểu tại hội nghị, bà Võ Thị Kim Oanh, Trưởng phòng GD&ĐT thị xã yêu cầu các "
          "trường chủ động xây dựng kế hoạch giáo dục phù hợp với điều kiện thực tế, quan tâm hỗ "
          "trợ học sinh vùng thường xuyên bị ngập lụt."),
        _byline("<em>Theo Phòng GD&amp;ĐT Ninh Hòa</em>"),
    ],
    source="Phòng GD&ĐT Ninh Hòa",
    opts={"pstyle": "word"},
)

G5 = Story(
    id=534,
    slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-truong",
    title="Khai mạc Hội thi “Giáo viên dạy giỏi” cấp trường năm học 2026 – 2027",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-06T07:50:00+07:00",
    blocks=[
        P("Sáng 05/11/2026, Trường THCS Lê Lợi tổ chức khai mạc Hội thi “Giáo viên dạy giỏi” cấp "
          "trường năm học 2026 – 2027. Hội thi có 19 giáo viên thuộc 5 tổ chuyên môn đăng ký tham "
          "gia."),
        Img(f"{U}/2026/11/khai-mac-hoi-thi-gvdg-1024x576.jpg", "Ảnh: Minh Tâm", None,
            "capdiv+file"),
        P("Theo thể lệ, mỗi giáo viên dự thi phải trình bày một biện pháp nâng cao chất lượng "
          "giảng dạy đã áp dụng tại đơn vị và thực hiện hai tiết dạy thực hành: một tiết bốc thăm "
          "và một tiết tự chọn. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng, tổ phó chuyên "
          "môn."),
        P("Phát biểu khai mạc, thầy Trần Quốc Việt, Hiệu trưởng nhà trường nhấn mạnh: hội thi "
          "không chỉ nhằm lựa chọn giáo viên tham gia hội thi cấp thị xã mà còn là dịp để giáo "
          "viên học hỏi, chia sẻ kinh nghiệm, lan tỏa những cách làm hay trong đổi mới phương pháp "
          "dạy học."),
        Img(f"{U}/2026/11/tiet-day-thi-gvdg-mon-dia-ly-1024x576.jpg",
            "Tiết dạy môn Lịch sử và Địa lí của cô Phan Thị Diễm tại lớp 7A4",
            "Tiết dạy môn Lịch sử và Địa lí của cô Phan Thị Diễm tại lớp 7A4", "capdiv"),
        P("Hội thi diễn ra từ ngày 05/11 đến ngày 20/11/2026. Kết quả sẽ được công bố trong buổi "
          "lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11."),
        Raw("<p><strong>Tin: Lê Thị Thanh Nga</strong></p>"),
    ],
    authors=["Lê Thị Thanh Nga"],
    photographers=["Minh Tâm"],
)

G6 = Story(
    id=538,
    slug="hoi-khoe-phu-dong-cap-truong",
    title="Hội khỏe Phù Đổng cấp trường: sân chơi bổ ích cho học sinh",
    cat="Đoàn - Đội",
    published_at="2026-11-09T19:45:00+07:00",
    blocks=[
        P("Từ ngày 02/11 đến ngày 08/11/2026, Trường THCS Lê Lợi tổ chức Hội khỏe Phù Đổng cấp "
          "trường năm học 2026 – 2027 với sự tham gia của hơn 400 học sinh đến từ 32 lớp."),
        P("Hội khỏe năm nay gồm các môn thi đấu: bóng đá mini nam, bóng chuyền nữ, cầu lông, đá "
          "cầu, kéo co và chạy tiếp sức. Các trận đấu diễn ra vào các buổi chiều tại sân trường "
          "và nhà đa năng."),
        Img(f"{U}/2026/11/hkpd-bong-da-150x150.jpg", "Trận chung kết bóng đá mini nam khối 9",
            "Trận chung kết bóng đá mini nam khối 9", "gal"),
        Img(f"{U}/2026/11/hkpd-keo-co-150x150.jpg", "Phần thi kéo co của khối 7",
            "Phần thi kéo co của khối 7", "gal"),
        Img(f"{U}/2026/11/hkpd-da-cau-150x150.jpg", None, None, "gal"),
        P("Bên cạnh tinh thần thi đấu quyết liệt, các vận động viên nhí luôn thể hiện tinh thần "
          "fair-play, đoàn kết. Đông đảo học sinh đến cổ vũ, tạo nên không khí sôi nổi suốt một "
          "tuần."),
        P("Kết thúc hội khỏe, Ban tổ chức đã trao 24 giải cho các tập thể và cá nhân. Lớp 9A2 "
          "giành giải Nhất toàn đoàn, lớp 8A1 giải Nhì, lớp 9A5 giải Ba."),
        P("Qua hội khỏe, nhà trường cũng đã chọn được 28 vận động viên tham gia Hội khỏe Phù Đổng "
          "cấp thị xã dự kiến tổ chức vào tháng 01/2027."),
        _byline("<strong>Phạm Văn Lực</strong><br />\n(TPT Đội)"),
    ],
    authors=["Phạm Văn Lực"],
)

G7 = Story(
    id=545,
    slug="chuyen-de-day-hoc-doc-hieu-van-ban-theo-the-loai",
    title="Chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” môn Ngữ văn",
    cat="Hoạt động chuyên môn",
    published_at="2026-11-13T14:00:00+07:00",
    blocks=[
        P("Nhằm tháo gỡ những khó khăn trong dạy học đọc hiểu văn bản theo Chương trình giáo dục "
          "phổ thông 2018, ngày 12/11/2026, tổ Ngữ văn Trường THCS Lê Lợi đã tổ chức chuyên đề "
          "“Dạy học đọc hiểu văn bản theo thể loại” cho giáo viên Ngữ văn toàn trường."),
        P("Chuyên đề do cô Huỳnh Thị Thu Sương báo cáo, gồm ba nội dung chính: đặc trưng thể loại "
          "trong sách giáo khoa Ngữ văn lớp 6 đến lớp 9; quy trình tổ chức một giờ đọc hiểu theo "
          "thể loại; cách thiết kế phiếu học tập giúp học sinh tự khám phá văn bản."),
        Img(f"{U}/2026/11/chuyen-de-ngu-van-1-1024x683.jpg",
            "Cô Huỳnh Thị Thu Sương báo cáo chuyên đề", "Cô Huỳnh Thị Thu Sương báo cáo chuyên đề",
            "captbl"),
        P("Theo báo cáo viên, điểm mới của chương trình là học sinh không học thuộc lòng bài phân "
          "tích mẫu mà phải biết vận dụng tri thức về thể loại để tự đọc những văn bản mới, kể cả "
          "văn bản ngoài sách giáo khoa."),
        P("Tiết dạy minh họa bài “Lặng lẽ Sa Pa” tại lớp 9A3 cho thấy học sinh đã biết chỉ ra các "
          "yếu tố của truyện như cốt truyện, nhân vật, người kể chuyện và điểm nhìn, từ đó khái "
          "quát chủ đề tác phẩm."),
        NEXTPAGE,
        P("Những kinh nghiệm được rút ra", "h3"),
        P("Giáo viên cần cung cấp cho học sinh hệ thống câu hỏi đi từ nhận biết đến vận dụng, tránh "
          "áp đặt cách hiểu.", "li"),
        P("Phiếu học tập nên ngắn gọn, có hướng dẫn cụ thể, phù hợp với thời lượng của từng hoạt "
          "động.", "li"),
        P("Tăng cường cho học sinh đọc mở rộng văn bản cùng thể loại và chia sẻ kết quả đọc trước "
          "lớp.", "li"),
        P("Chuyên đề đã nhận được nhiều ý kiến trao đổi sôi nổi của giáo viên trong tổ. Những kinh "
          "nghiệm rút ra sẽ được áp dụng trong các tiết dạy từ học kỳ I năm học này."),
        _byline("<strong>Tổ Ngữ văn</strong>"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"pstyle": "justify"},
)

G8_LEAD = (
    "Sáng ngày 18/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
    "Việt Nam và tổng kết Hội thi “Giáo viên dạy giỏi” cấp trường năm học 2026 – 2027."
)
G8 = Story(
    id=552,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-19T10:30:00+07:00",
    blocks=[
        P(G8_LEAD, "bold"),
        P("Đến dự buổi lễ có ông Đỗ Văn Hùng, Bí thư Đảng ủy phường Ninh Hiệp; đại diện Ban đại "
          "diện cha mẹ học sinh nhà trường cùng các thế hệ thầy cô giáo đã nghỉ hưu."),
        Img(f"{U}/2026/11/le-20-11-2026-01-1024x683.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2", "capdiv+att553"),
        P("Tại buổi lễ, các đại biểu cùng ôn lại truyền thống vẻ vang của ngành giáo dục Việt Nam. "
          "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường điểm lại những kết quả nổi bật của tập thể "
          "sư phạm trong năm học vừa qua và bày tỏ lòng biết ơn đối với các thế hệ thầy cô đã gắn "
          "bó với mái trường."),
        P("Hội thi “Giáo viên dạy giỏi” cấp trường năm nay có 17/19 giáo viên đạt danh hiệu giáo "
          "viên dạy giỏi. Ban tổ chức đã trao 2 giải Nhất cho cô Phan Thị Diễm (môn Lịch sử và "
          "Địa lí) và thầy Nguyễn Văn Thành (môn Toán)."),
        Img(f"{U}/2026/11/le-20-11-2026-05-1024x683.jpg",
            "Ban giám hiệu trao giấy khen cho các giáo viên đạt giải",
            "Ban giám hiệu trao giấy khen cho các giáo viên đạt giải", "plain+below"),
        P("Thay mặt học sinh toàn trường, em Nguyễn Ngọc Bảo Trâm, Liên đội trưởng đã gửi lời tri "
          "ân và những bó hoa tươi thắm đến quý thầy cô."),
        P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đội dàn dựng, để lại "
          "nhiều cảm xúc cho các thầy cô giáo và học sinh."),
        _byline("<strong>BBT</strong>"),
    ],
    summary=G8_LEAD,
)

G9 = Story(
    id=558,
    slug="ket-qua-thi-hoc-sinh-gioi-lop-9-cap-thi-xa",
    title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 – 2027",
    cat="Tin tức - Sự kiện",
    published_at="2026-11-24T16:05:00+07:00",
    blocks=[
        P("Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 – 2027 được tổ chức vào ngày "
          "15/11/2026. Trường THCS Lê Lợi có 34 học sinh dự thi ở 9 môn văn hóa."),
        Raw("<p>[su_note note_color=&#8221;#fff3cd&#8221;]</p>"),
        P("Kết quả, nhà trường có 25 học sinh đạt giải, gồm 4 giải Nhất, 7 giải Nhì, 8 giải Ba và "
          "6 giải Khuyến khích, xếp thứ hai toàn thị xã về tổng số giải."),
        Raw("<p>[/su_note]</p>"),
        P("Danh sách học sinh đạt giải Nhất:"),
        P("STT | Họ và tên | Lớp | Môn thi | Giải", "tr"),
        P("1 | Nguyễn Ngọc Bảo Trâm | 9A1 | Ngữ văn | Nhất", "tr"),
        P("2 | Trần Đức Huy | 9A2 | Toán | Nhất", "tr"),
        P("3 | Lê Hoàng Phúc | 9A2 | Vật lí | Nhất", "tr"),
        P("4 | Phạm Thị Thảo Vy | 9A1 | Tiếng Anh | Nhất", "tr"),
        SPACER,
        P("Các em đạt giải Nhất, Nhì sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi chọn học sinh "
          "giỏi cấp tỉnh vào tháng 3/2027."),
        P("Nhà trường xin chúc mừng các em học sinh và các thầy cô giáo bồi dưỡng đội tuyển!"),
    ],
)

G10 = Story(
    id=563,
    slug="ngoai-khoa-ky-nang-phong-chong-xam-hai-bao-luc-hoc-duong",
    title="Ngoại khóa “Kỹ năng phòng, chống xâm hại và bạo lực học đường” cho học sinh khối 6, 7",
    cat="Đoàn - Đội",
    published_at="2026-11-27T08:00:00+07:00",
    blocks=[
        P("Sáng 26/11/2026, Liên đội Trường THCS Lê Lợi phối hợp với Công an phường Ninh Hiệp tổ "
          "chức buổi ngoại khóa với chủ đề “Kỹ năng phòng, chống xâm hại và bạo lực học đường” cho "
          "gần 500 học sinh khối 6 và khối 7."),
        P("Tại buổi ngoại khóa, Thượng úy Lê Văn Quang, cán bộ Công an phường đã cung cấp cho các "
          "em những kiến thức cơ bản về các hình thức xâm hại, bạo lực học đường, bắt nạt trên "
          "không gian mạng và hậu quả pháp lý của các hành vi này."),
        Img(f"{U}/2026/11/ngoai-khoa-ky-nang-1024x683.jpg", None, None, "plain"),
        P("Thông qua các tình huống sân khấu hóa do các chi đội thể hiện, học sinh được hướng dẫn "
          "cách nhận biết nguy cơ, cách từ chối, thoát khỏi tình huống nguy hiểm và tìm đến sự "
          "giúp đỡ của thầy cô, cha mẹ hoặc gọi Tổng đài quốc gia bảo vệ trẻ em 111."),
        P("Nhiều câu hỏi của học sinh đã được báo cáo viên giải đáp cụ thể, dễ hiểu. Buổi ngoại "
          "khóa giúp các em tự tin hơn trong việc tự bảo vệ bản thân và bạn bè."),
        _byline("Tin, ảnh: <strong>Võ Thị Thu Hà</strong>"),
    ],
    authors=["Võ Thị Thu Hà"],
    photographers=["Võ Thị Thu Hà"],
    opts={"pstyle": "word"},
)

G11 = Story(
    id=573,
    slug="to-khtn-chuyen-de-stem-che-tao-binh-loc-nuoc-mini",
    title="Tổ Khoa học tự nhiên thực hiện chuyên đề STEM “Chế tạo bình lọc nước mini”",
    cat="Hoạt động chuyên môn",
    published_at="2026-12-03T11:20:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch giáo dục STEM năm học 2026 – 2027, ngày 02/12/2026, tổ Khoa học tự "
          "nhiên Trường THCS Lê Lợi tổ chức chuyên đề dạy học STEM với chủ đề “Chế tạo bình lọc "
          "nước mini” tại lớp 6A4."),
        P("Xuất phát từ thực tế nhiều gia đình ở các xã ven sông Dinh bị thiếu nước sạch sau đợt "
          "mưa lũ vừa qua, giáo viên đã giao nhiệm vụ cho học sinh tìm hiểu các vật liệu lọc nước "
          "đơn giản như sỏi, cát, than hoạt tính, bông gòn."),
        Img(f"{U}/2026/12/stem-binh-loc-nuoc-01-1024x768.jpg",
            "Học sinh lớp 6A4 lắp ráp bình lọc nước từ chai nhựa",
            "Học sinh lớp 6A4 lắp ráp bình lọc nước từ chai nhựa", "captbl"),
        P("Các nhóm học sinh đã thiết kế bản vẽ, lựa chọn vật liệu, lắp ráp và vận hành thử sản "
          "phẩm. Sau đó, các nhóm so sánh độ trong của nước trước và sau khi lọc, rút ra thứ tự "
          "sắp xếp các lớp vật liệu cho hiệu quả tốt nhất."),
        P("Điều đáng mừng là nhiều nhóm đã sáng tạo thêm van khóa, giá đỡ bằng tre, giúp sản phẩm "
          "gọn gàng và dễ sử dụng hơn."),
        Img(f"{U}/2026/12/stem-binh-loc-nuoc-02-1024x768.jpg",
            "(Sản phẩm của nhóm 3 được đánh giá cao nhất)",
            "Sản phẩm của nhóm 3 được đánh giá cao nhất", "captbl"),
        P("Chuyên đề giúp học sinh vận dụng kiến thức về hỗn hợp, tách chất ra khỏi hỗn hợp vào "
          "giải quyết vấn đề thực tiễn, đồng thời rèn luyện kỹ năng làm việc nhóm và thuyết "
          "trình."),
        _byline("<em>Huỳnh Thị Ngọc Bích (GV Tổ KHTN)</em>"),
    ],
    authors=["Huỳnh Thị Ngọc Bích"],
    opts={"pstyle": "justify"},
)

G12 = Story(
    id=568,
    slug="lien-doi-huong-ung-ngay-the-gioi-phong-chong-aids",
    title="Liên đội hưởng ứng Ngày Thế giới phòng, chống AIDS 01/12",
    cat="Đoàn - Đội",
    published_at="2026-12-01T15:30:00+07:00",
    blocks=[
        P("Hưởng ứng Ngày Thế giới phòng, chống HIV/AIDS (01/12) và Tháng hành động quốc gia "
          "phòng, chống HIV/AIDS năm 2026, trong tiết chào cờ sáng thứ Hai ngày 30/11/2026, Liên "
          "đội Trường THCS Lê Lợi đã tổ chức buổi tuyên truyền cho toàn thể đội viên."),
        P("Thông qua phần trình bày của Ban Chỉ huy Liên đội, học sinh được tìm hiểu về các con "
          "đường lây truyền HIV, các biện pháp phòng tránh và thông điệp không kỳ thị, phân biệt "
          "đối xử với người nhiễm HIV."),
        P("Sau buổi tuyên truyền, các chi đội tổ chức hoạt động vẽ tranh, viết thông điệp trên dải "
          "ruy băng đỏ để trang trí bảng tin của lớp."),
        Img(f"{U}/2026/12/ruy-bang-do-2026-768x512.jpg",
            "Đội viên chi đội 7A1 với thông điệp “Chấm dứt dịch AIDS vì cộng đồng”",
            "Đội viên chi đội 7A1 với thông điệp “Chấm dứt dịch AIDS vì cộng đồng”", "capdiv"),
        P("Hoạt động góp phần nâng cao nhận thức của học sinh về phòng, chống HIV/AIDS, xây dựng "
          "lối sống lành mạnh, an toàn."),
        _byline("<strong>Liên đội THCS Lê Lợi</strong>"),
    ],
    authors=["Liên đội THCS Lê Lợi"],
)

G13_LEAD = (
    "Chiều 04/12/2026, Trường THCS Lê Lợi phối hợp với Ban đại diện cha mẹ học sinh trao 52 suất "
    "quà cho học sinh có hoàn cảnh khó khăn bị thiệt hại do đợt mưa lũ cuối tháng 11 vừa qua."
)
G13 = Story(
    id=575,
    slug="trao-qua-ho-tro-hoc-sinh-bi-thiet-hai-do-mua-lu",
    title="Trao quà hỗ trợ học sinh bị thiệt hại do mưa lũ",
    cat="Tin tức - Sự kiện",
    published_at="2026-12-04T21:10:00+07:00",
    blocks=[
        P(G13_LEAD, "bold"),
        P("Đợt mưa lớn kéo dài từ ngày 20 đến 24/11/2026 đã khiến nhiều khu dân cư ở phường Ninh "
          "Hiệp, Ninh Đa và xã Ninh Phú bị ngập sâu. Theo thống kê của nhà trường, có 87 học sinh "
          "có nhà bị ngập, trong đó nhiều em bị hư hỏng sách vở, đồ dùng học tập."),
        Img(f"{U}/2026/12/trao-qua-hs-mua-lu-1-1024x683.jpg",
            "Thầy Trần Quốc Việt trao quà cho học sinh bị ảnh hưởng bởi mưa lũ",
            "Thầy Trần Quốc Việt trao quà cho học sinh bị ảnh hưởng bởi mưa lũ", "capdiv+file"),
        P("Ngay sau khi nước rút, nhà trường đã phát động phong trào quyên góp trong cán bộ, giáo "
          "viên, nhân viên và phụ huynh học sinh. Sau một tuần, tổng số tiền và hiện vật quyên góp "
          "được trị giá hơn 78 triệu đồng."),
        P("Mỗi suất quà gồm tiền mặt 1.000.000 đồng, một bộ sách giáo khoa, 10 quyển vở và đồ dùng "
          "học tập. Ngoài ra, 15 học sinh có hoàn cảnh đặc biệt khó khăn được hỗ trợ thêm xe đạp "
          "để đến trường."),
        Img(f"{U}/2026/12/trao-qua-hs-mua-lu-2-1024x683.jpg",
            "Các em học sinh nhận sách vở, đồ dùng học tập",
            "Các em học sinh nhận sách vở, đồ dùng học tập", "capdiv+file"),
        P("Xúc động nhận món quà, em Trần Thị Kim Ngân, lớp 7A3 chia sẻ: “Nhà em bị ngập hết sách "
          "vở, em rất lo không có sách để học. Em cảm ơn thầy cô và các bác phụ huynh đã giúp đỡ "
          "em.”"),
        P("Nhà trường sẽ tiếp tục theo dõi, hỗ trợ để không có học sinh nào phải bỏ học vì ảnh "
          "hưởng của thiên tai."),
        SPACER,
        _byline("<strong>Tin: Nguyễn Văn Thành – Ảnh: Lê Minh Tâm</strong>"),
    ],
    authors=["Nguyễn Văn Thành"],
    photographers=["Lê Minh Tâm"],
    summary=G13_LEAD,
)


def _at(s: str) -> datetime:
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def _article(story: Story, cats: list[int], **kw) -> Post:
    return Post(story.id, story.title, cats, _at(story.published_at), story=story, **kw)


DOC1_PDF = f"{U}/2026/10/KH-58-HoiThiGVDG-2026-2027.pdf"
DOC2_PDF = f"{U}/2026/12/TB-lich-kiem-tra-cuoi-HKI-2026-2027.pdf"

POSTS: list[Post] = [
    _article(G1, [2], thumb=f"{U}/2026/10/DSC_0412"),
    _article(G3, [4], thumb=f"{U}/2026/10/dai-hoi-lien-doi-2026-1"),
    Post(520, "Kế hoạch số 58/KH-THCSLL tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học "
         "2026 – 2027", [6], datetime(2026, 10, 14, 9, 0), kind="doc",
         content=(
             "<p>Kế hoạch số 58/KH-THCSLL ngày 12/10/2026 của Hiệu trưởng Trường THCS Lê Lợi về "
             "việc tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 &#8211; 2027.</p>\n"
             f"<p><strong>Tệp đính kèm:</strong> <a href=\"{{base}}{DOC1_PDF}\">"
             "KH-58-HoiThiGVDG-2026-2027.pdf</a> (245 KB)</p>\n"
             f"{{viewer:{DOC1_PDF}}}")),
    _article(G2, [3], thumb=f"{U}/2026/10/IMG_20261013_142530",
             excerpt="Chiều 13/10, tổ Toán – Tin đã tổ chức buổi sinh hoạt chuyên môn theo "
                     "hướng nghiên cứu bài học với tiết dạy minh họa của cô Đặng Thị Mỹ Linh."),
    _article(G4, [2]),
    _article(G5, [3], thumb=f"{U}/2026/11/khai-mac-hoi-thi-gvdg", tags=["giao-vien-day-gioi"]),
    _article(G6, [4, 2], thumb=f"{U}/2026/11/hkpd-bong-da", featured=True),
    _article(G7, [3], thumb=f"{U}/2026/11/chuyen-de-ngu-van-1"),
    Post(549, "Được bảo vệ: Danh sách học sinh dự thi chọn học sinh giỏi lớp 9 cấp thị xã", [3],
         datetime(2026, 11, 13, 17, 30), kind="protected"),
    _article(G8, [2], thumb=f"{U}/2026/11/le-20-11-2026-01", tags=["giao-vien-day-gioi"],
             featured=True, comments=[
                 Comment(31, "Cựu học sinh khóa 2010 – 2014", datetime(2026, 11, 19, 20, 12),
                         "Chúc quý thầy cô Trường THCS Lê Lợi luôn mạnh khỏe, hạnh phúc và "
                         "thành công! Nhớ thầy cô nhiều lắm."),
                 Comment(32, "Phụ huynh lớp 6A3", datetime(2026, 11, 20, 6, 48),
                         "Cảm ơn nhà trường đã tổ chức buổi lễ thật ý nghĩa cho các cháu."),
             ]),
    _article(G9, [2], thumb=f"{U}/2026/11/hsg-lop-9-2026", tags=["hoc-sinh-gioi"]),
    _article(G10, [4], thumb=f"{U}/2026/11/ngoai-khoa-ky-nang", tags=["ky-nang-song"]),
    _article(G12, [4], thumb=f"{U}/2026/12/ruy-bang-do-2026", tags=["ky-nang-song"]),
    Post(571, "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027", [6],
         datetime(2026, 12, 3, 7, 30), kind="doc",
         content=(
             "<p>Trường THCS Lê Lợi thông báo lịch kiểm tra cuối học kỳ I năm học 2026 &#8211; "
             "2027 đối với các khối lớp 6, 7, 8, 9. Chi tiết xem trong tệp đính kèm.</p>\n"
             f"<p><strong>Tệp đính kèm:</strong> <a href=\"{{base}}{DOC2_PDF}\">"
             "TB-lich-kiem-tra-cuoi-HKI-2026-2027.pdf</a> (118 KB)</p>\n"
             f"{{viewer:{DOC2_PDF}}}")),
    _article(G11, [3], thumb=f"{U}/2026/12/stem-binh-loc-nuoc-01"),
    _article(G13, [2], thumb=f"{U}/2026/12/trao-qua-hs-mua-lu-1", featured=True),
]
POSTS.sort(key=lambda p: p.when, reverse=True)  # newest first, as every loop lists them
BY_ID = {p.id: p for p in POSTS}

# attachment pages: id -> (parent post id, file name title, full file, caption)
ATTACHMENTS = {
    513: (512, "DSC_0412", f"{U}/2026/10/DSC_0412",
          "Thầy Trần Quốc Việt, Hiệu trưởng nhà trường trình bày báo cáo tại hội nghị"),
    553: (552, "le-20-11-2026-01", f"{U}/2026/11/le-20-11-2026-01",
          "Tiết mục văn nghệ chào mừng của học sinh lớp 8A2"),
}


# --- text as WordPress prints it ---------------------------------------------------------------

_CURLY = {"“": "&#8220;", "”": "&#8221;", "–": "&#8211;", "…": "&#8230;", "’": "&#8217;"}


def tx(value: str) -> str:
    """Escaped text as wptexturize prints it: curly quotes and dashes as numeric references."""
    out = _html.escape(value, quote=False)
    for ch, ref in _CURLY.items():
        out = out.replace(ch, ref)
    return out


def attr(value: str) -> str:
    return _html.escape(value, quote=True)


def raw_title(title: str) -> str:
    """The title as typed in the editor (what Yoast's og:title prints): straight quotes, hyphen."""
    return title.replace("“", '"').replace("”", '"').replace("–", "-")


def _bug_iso(when: datetime) -> str:
    """``get_the_date('c')`` before WordPress 5.3: the local time labelled +00:00."""
    return when.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _utc_iso(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"


def _long_date(when: datetime) -> str:
    return f"{when.day} {MONTHS[when.month]}, {when.year}"


def _modified(post: Post) -> datetime:
    return post.when + timedelta(hours=2 + post.id % 19, minutes=post.id % 47)


def _words(text_value: str, n: int) -> str:
    words = text_value.split()
    return " ".join(words[:n]) + (" [&hellip;]" if len(words) > n else "")


def _plain(markup: str) -> str:
    return " ".join(_html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def excerpt(post: Post, n: int = 55) -> str:
    """The listing's excerpt: the manual one, else the auto excerpt (registered shortcodes gone,
    the dead plugin's shortcode kept as text), escaped as printed."""
    if post.kind == "protected":
        return "Không có đoạn trích vì đây là bài viết được bảo vệ."
    if post.excerpt:
        return tx(post.excerpt)
    if post.story is None:
        return tx(_words(_plain(re.sub(r"\{viewer:[^}]*\}", "", post.content)), n))
    parts = []
    for block in post.story.blocks:
        if isinstance(block, P):
            parts.append(block.text.replace(" | ", " "))
        elif isinstance(block, Raw) and "su_note" in block.html:
            parts.append(_plain(block.html))
    return tx(_words(" ".join(parts), n)).replace("[&amp;hellip;]", "[&hellip;]")


# --- images in the text ------------------------------------------------------------------------

LAZY_GIF = "/wp-content/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif"
_SIZE = re.compile(r"-(\d+)x(\d+)(\.\w+)$")


def _full(src: str) -> str:
    return _SIZE.sub(r"\3", src)


def _dims(src: str) -> tuple[int, int]:
    m = _SIZE.search(src)
    return (int(m.group(1)), int(m.group(2))) if m else (1024, 683)


def _srcset(base: str, src: str) -> str:
    w, h = _dims(src)
    stem, ext = _full(src).rsplit(".", 1)
    sizes = [(300, round(h * 300 / w)), (768, round(h * 768 / w)), (w, h)]
    seen = []
    for sw, sh in sizes:
        if sw <= w and (sw, sh) not in seen:
            seen.append((sw, sh))
    return ", ".join(f"{base}{stem}-{sw}x{sh}.{ext} {sw}w" for sw, sh in seen)


def _img_tag(base: str, src: str, wp_id: int, extra_class: str = "") -> str:
    """An image of the text as a3 Lazy Load rewrites it: placeholder, data-src, noscript copy."""
    w, h = _dims(src)
    size = "size-thumbnail" if w <= 150 else ("size-large" if w >= 1024 else "size-medium_large")
    cls = f"{extra_class} wp-image-{wp_id} {size}".strip()
    sizes = f"(max-width: {w}px) 100vw, {w}px"
    srcset = _srcset(base, src) if w > 150 else ""
    lazy = (
        f'<img class="lazy lazy-hidden {cls}" src="{base}{LAZY_GIF}" data-lazy-type="image" '
        f'data-src="{base}{src}" alt="" width="{w}" height="{h}"'
        + (f' srcset="" data-srcset="{srcset}" sizes="{sizes}"' if srcset else "")
        + " />"
    )
    plain = (
        f'<img class="{cls}" src="{base}{src}" alt="" width="{w}" height="{h}"'
        + (f' srcset="{srcset}" sizes="{sizes}"' if srcset else "")
        + " />"
    )
    return f"{lazy}<noscript>{plain}</noscript>"


def _image(base: str, img: Img, wp_id: int) -> str:
    kind, _, link = img.style.partition("+")
    if link.startswith("att"):
        wp_id = int(link[3:])
        a_open = f'<a href="{base}/?attachment_id={wp_id}" rel="attachment wp-att-{wp_id}">'
    elif link == "file":
        a_open = f'<a href="{base}{_full(img.src)}">'
    else:
        a_open = ""
    a_close = "</a>" if a_open else ""
    w, _ = _dims(img.src)
    if kind == "capdiv":
        inner = a_open + _img_tag(base, img.src, wp_id) + a_close
        line = f'<p class="wp-caption-text">{tx(img.printed)}</p>' if img.printed else ""
        return (
            f'<div id="attachment_{wp_id}" style="width: {w + 10}px" '
            f'class="wp-caption aligncenter">{inner}{line}</div>'
        )
    if kind == "captbl":  # pasted from Word: the photo and its line in a borderless table
        return (
            '<table style="width: 100%;" border="0" cellspacing="0" cellpadding="3" '
            'align="center">\n<tbody>\n<tr>\n<td style="text-align: center;">'
            + _img_tag(base, img.src, wp_id)
            + '</td>\n</tr>\n<tr>\n<td style="text-align: center;"><span style="font-size: 10pt;">'
            f"<em>{tx(img.printed or '')}</em></span></td>\n</tr>\n</tbody>\n</table>"
        )
    out = f"<p>{a_open}{_img_tag(base, img.src, wp_id, 'aligncenter')}{a_close}</p>"
    if link == "below" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{tx(img.printed)}</em></p>'
    return out


def _gallery(base: str, post_id: int, imgs: list[Img]) -> str:
    items = []
    for n, img in enumerate(imgs):
        att = post_id + 1 + n
        dd = (
            f"\n\t\t\t\t<dd class='wp-caption-text gallery-caption' id='gallery-1-{att}'>\n"
            f"\t\t\t\t{tx(img.printed)}\n\t\t\t\t</dd>" if img.printed else ""
        )
        described = f' aria-describedby="gallery-1-{att}"' if img.printed else ""
        tag = _img_tag(base, img.src, att).replace(
            f"wp-image-{att} size-thumbnail", "attachment-thumbnail size-thumbnail"
        ).replace(' alt=""', f' alt=""{described}')
        items.append(
            "<dl class='gallery-item'>\n\t\t\t<dt class='gallery-icon landscape'>\n"
            f"\t\t\t\t<a href='{base}{_full(img.src)}'>{tag}</a>\n\t\t\t</dt>{dd}</dl>"
        )
    style = (
        "<style type='text/css'>\n\t\t\t#gallery-1 {\n\t\t\t\tmargin: auto;\n\t\t\t}\n"
        "\t\t\t#gallery-1 .gallery-item {\n\t\t\t\tfloat: left;\n\t\t\t\tmargin-top: 10px;\n"
        "\t\t\t\ttext-align: center;\n\t\t\t\twidth: 33%;\n\t\t\t}\n"
        "\t\t\t#gallery-1 .gallery-caption {\n\t\t\t\tmargin-left: 0;\n\t\t\t}\n\t\t</style>"
    )
    return (
        f"{style}\n\t\t<div id='gallery-1' class='gallery galleryid-{post_id} gallery-columns-3 "
        "gallery-size-thumbnail'>" + "".join(items) + '\n\t\t\t<br style="clear: both" />\n\t\t</div>'
    )


# --- the text of a post ------------------------------------------------------------------------


def _para(value: str, pstyle: str) -> str:
    if pstyle == "justify":
        return f'<p style="text-align: justify;">{tx(value)}</p>'
    if pstyle == "word":
        return (
            "<p><span style=\"font-family: 'times new roman', times; font-size: 14pt;\">"
            f"{tx(value)}</span></p>"
        )
    return f"<p>{tx(value)}</p>"


def content_pages(post: Post, base: str) -> list[str]:
    """The post's text as the_content prints it, one string per ``<!--nextpage-->`` page."""
    story = post.story
    assert story is not None
    pstyle = story.opts.get("pstyle", "")
    pages: list[list[str]] = [[]]
    blocks = story.blocks
    i = 0
    img_no = 0
    while i < len(blocks):
        block = blocks[i]
        out = pages[-1]
        if block is NEXTPAGE:
            pages.append([])
        elif isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            if block.style == "gal":
                run = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    run.append(blocks[i])
                    i += 1
                out.append(_gallery(base, post.id, run))
                continue
            img_no += 1
            out.append(_image(base, block, post.id + 10 + img_no))
        elif block.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == block.style:
                run.append(blocks[i].text)
                i += 1
            if block.style == "li":
                out.append("<ul>\n" + "\n".join(f"<li>{tx(t)}</li>" for t in run) + "\n</ul>")
            else:
                rows = []
                for r, row in enumerate(run):
                    cells = row.split(" | ")
                    if r == 0:
                        cells = [f"<strong>{tx(c)}</strong>" for c in cells]
                    else:
                        cells = [tx(c) for c in cells]
                    rows.append(
                        "<tr>" + "".join(f'<td valign="top">{c}</td>' for c in cells) + "</tr>"
                    )
                out.append(
                    '<table class="MsoTableGrid" style="width: 100%; border-collapse: collapse;" '
                    'border="1" cellspacing="0" cellpadding="4">\n<tbody>\n'
                    + "\n".join(rows) + "\n</tbody>\n</table>"
                )
            continue
        elif block.style == "h3":
            out.append(f"<h3>{tx(block.text)}</h3>")
        elif block.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{tx(block.text)}</strong></p>')
        else:
            out.append(_para(block.text, pstyle))
        i += 1
    return ["\n".join(p) for p in pages]


def _first_image(post: Post) -> str | None:
    if post.story and post.story.images:
        return post.story.images[0].src
    return None


def _thumb(base: str, post: Post, size: str = "300x200") -> str:
    if post.thumb:
        return f"{base}{post.thumb}-{size}.jpg"
    return f"{base}/wp-content/themes/newsmag-lite/images/no-thumb-{size}.png"


def _views(post: Post) -> int:
    return post.story.views() if post.story else 40 + post.id % 300


def _link(base: str, post: Post) -> str:
    return f"{base}/?p={post.id}"


def _cat_links(base: str, post: Post) -> str:
    names = sorted(post.cats, key=lambda c: CATS[c][0].replace("Đ", "D"))
    return ", ".join(
        f'<a href="{base}/?cat={c}" rel="category">{tx(CATS[c][0])}</a>' for c in names
    )


def _related(base: str, post: Post) -> list[Post]:
    same = [p for p in POSTS if p.id != post.id and p.kind == "article" and post.primary in p.cats]
    rest = [p for p in POSTS if p.id != post.id and p.kind == "article" and p not in same]
    return (same + rest)[:3]


def _plugins_after_text(base: str, post: Post) -> str:
    """Simple Share Buttons Adder and Related Posts for WordPress, both inside the_content."""
    url = _link(base, post)
    icons = "/wp-content/plugins/simple-share-buttons-adder/buttons/somacro"
    share = (
        '<!-- Simple Share Buttons Adder (6.3.4) simplesharebuttons.com -->'
        '<div class="ssba ssba-wrap"><div style="text-align:left"><span class="ssba-share-text">'
        "Chia sẻ bài viết:</span><br/>"
        f'<a data-site="" class="ssba_facebook_share" href="http://www.facebook.com/sharer.php?u={url}" '
        f'target="_blank"><img src="{base}{icons}/facebook.png" title="Facebook" '
        'class="ssba ssba-img" alt="Share on Facebook" /></a>'
        f'<a data-site="" class="ssba_google_share" href="https://plus.google.com/share?url={url}" '
        f'target="_blank"><img src="{base}{icons}/google.png" title="Google+" '
        'class="ssba ssba-img" alt="Share on Google+" /></a>'
        '<a data-site="print" class="ssba_print ssba_share_link" href="#" '
        'onclick="window.print()"><img src="'
        f'{base}{icons}/print.png" title="In bài" class="ssba ssba-img" alt="Print this page" /></a>'
        "</div></div>"
    )
    items = []
    for n, rel in enumerate(_related(base, post)):
        first = " rp4wp-col-first" if n == 0 else ""
        items.append(
            f"<li class='rp4wp-col{first}'><div class='rp4wp-related-post-image'>"
            f"<a href='{_link(base, rel)}'><img width=\"150\" height=\"150\" "
            f'src="{_thumb(base, rel, "150x150")}" class="attachment-thumbnail size-thumbnail '
            f'wp-post-image" alt="" /></a></div><div class=\'rp4wp-related-post-content\'>'
            f"<a href='{_link(base, rel)}'>{tx(rel.title)}</a><p>{excerpt(rel, 20)}</p></div></li>"
        )
    related = (
        "<div class='rp4wp-related-posts rp4wp-related-post'>\n<h3>Bài viết liên quan</h3>\n"
        "<ul class='rp4wp-posts-list'>" + "".join(items) + "</ul>\n</div>"
    )
    return share + "\n" + related


def _viewer(base: str, content: str) -> str:
    def repl(m: re.Match) -> str:
        pdf = f"{base}{m.group(1)}".replace(":", "%3A").replace("/", "%2F")
        return (
            f'<iframe src="https://docs.google.com/viewer?url={pdf}&amp;embedded=true" '
            'width="100%" height="780" style="border: none;"></iframe>'
        )

    return re.sub(r"\{viewer:([^}]*)\}", repl, content.replace("{base}", base))


PROTECTED_FORM = (
    '<form action="{base}/wp-login.php?action=postpass" class="post-password-form" '
    'method="post">\n<p>Nội dung này được bảo vệ bằng mật khẩu. Để xem nội dung, vui lòng nhập '
    'mật khẩu bên dưới:</p>\n<p><label for="pwbox-{id}">Mật khẩu: <input name="post_password" '
    'id="pwbox-{id}" type="password" size="20" /></label> <input type="submit" name="Submit" '
    'value="Gửi" /></p>\n</form>'
)


# --- the chrome ------------------------------------------------------------------------------


def _menu(base: str, current: str = "") -> str:
    def item(n: int, href: str, label: str, kind: str, sub: str = "") -> str:
        cls = f"menu-item menu-item-type-{kind} menu-item-{n}"
        if sub:
            cls += " menu-item-has-children"
        if href == current:
            cls += " current-menu-item"
        return f'<li id="menu-item-{n}" class="{cls}"><a href="{base}{href}">{label}</a>{sub}</li>'

    about = (
        '\n<ul class="sub-menu">\n'
        + item(41, "/?page_id=2", "Lịch sử nhà trường", "post_type menu-item-object-page")
        + "\n"
        + item(42, "/?page_id=9", "Đội ngũ CB-GV-NV", "post_type menu-item-object-page")
        + "\n</ul>\n"
    )
    news_sub = (
        '\n<ul class="sub-menu">\n'
        + item(44, "/?cat=4", "Đoàn - Đội", "taxonomy menu-item-object-category")
        + "\n</ul>\n"
    )
    items = [
        item(20, "/", '<i class="fa fa-home"></i> Trang chủ', "custom menu-item-object-custom"),
        item(21, "/?page_id=2", "Giới thiệu", "post_type menu-item-object-page", about),
        item(22, "/?cat=2", "Tin tức - Sự kiện", "taxonomy menu-item-object-category", news_sub),
        item(23, "/?cat=3", "Hoạt động chuyên môn", "taxonomy menu-item-object-category"),
        item(24, "/?cat=6", "Văn bản", "taxonomy menu-item-object-category"),
        item(25, "/?page_id=11", "Liên hệ", "post_type menu-item-object-page"),
    ]
    return (
        '<nav id="site-navigation" class="main-navigation nm-nav" role="navigation">'
        '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">'
        'Danh mục</button><div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" '
        'class="menu">\n' + "\n".join(items) + "\n</ul></div></nav>"
    )


def _months_with_posts() -> list[tuple[int, int]]:
    return sorted({(p.when.year, p.when.month) for p in POSTS}, reverse=True)


def _calendar(base: str, year: int, month: int) -> str:
    days = {p.when.day for p in POSTS if (p.when.year, p.when.month) == (year, month)}
    heads = [("Thứ Hai", "T2"), ("Thứ Ba", "T3"), ("Thứ Tư", "T4"), ("Thứ Năm", "T5"),
             ("Thứ Sáu", "T6"), ("Thứ Bảy", "T7"), ("Chủ Nhật", "CN")]
    months = _months_with_posts()
    prev = [m for m in months if m < (year, month)]
    nxt = [m for m in months if m > (year, month)]
    if prev:
        y, m = prev[0]
        prev_td = f'<td colspan="3" id="prev"><a href="{base}/?m={y}{m:02d}">&laquo; Th{m}</a></td>'
    else:
        prev_td = '<td colspan="3" id="prev" class="pad">&nbsp;</td>'
    if nxt:
        y, m = nxt[-1]
        next_td = f'<td colspan="3" id="next"><a href="{base}/?m={y}{m:02d}">Th{m} &raquo;</a></td>'
    else:
        next_td = '<td colspan="3" id="next" class="pad">&nbsp;</td>'
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(year, month):
        cells = []
        lead = 0
        for d in week:
            if d == 0:
                lead += 1
                continue
            if lead:
                cells.append(f'<td colspan="{lead}" class="pad">&nbsp;</td>')
                lead = 0
            today = ' id="today"' if (year, month, d) == (NOW.year, NOW.month, NOW.day) else ""
            if d in days:
                label = f"Bài viết được đăng vào {d} {MONTHS[month]}, {year}"
                cells.append(
                    f'<td{today}><a href="{base}/?m={year}{month:02d}{d:02d}" '
                    f'aria-label="{label}">{d}</a></td>'
                )
            else:
                cells.append(f"<td{today}>{d}</td>")
        if lead:
            cells.append(f'<td class="pad" colspan="{lead}">&nbsp;</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar">\n'
        f"\t<caption>{MONTHS[month]} {year}</caption>\n\t<thead>\n\t<tr>\n"
        + "".join(f'\t\t<th scope="col" title="{t}">{s}</th>\n' for t, s in heads)
        + "\t</tr>\n\t</thead>\n\n\t<tfoot>\n\t<tr>\n\t\t"
        + prev_td + '\n\t\t<td class="pad">&nbsp;</td>\n\t\t' + next_td
        + "\n\t</tr>\n\t</tfoot>\n\n\t<tbody>\n\t" + "\n\t".join(rows)
        + "\n\t</tbody>\n\t</table></div>"
    )


def _widget(wid: str, cls: str, title: str, inner: str) -> str:
    return (
        f'<aside id="{wid}" class="widget {cls}"><h3 class="widget-title"><span>{title}</span>'
        f"</h3>{inner}</aside>"
    )


def _sidebar(base: str, cal: tuple[int, int]) -> str:
    recent = "".join(
        f'<li>\n\t\t\t\t<a href="{_link(base, p)}">{tx(p.title)}</a>\n\t\t\t\t\t\t</li>\n'
        for p in POSTS[:5]
    )
    counts = {c: sum(1 for p in POSTS if c in p.cats) for c in CATS}
    cats = "".join(
        f'\t<li class="cat-item cat-item-{c}"><a href="{base}/?cat={c}" >{tx(CATS[c][0])}</a> '
        f"({counts[c]})\n</li>\n"
        for c in sorted(CATS, key=lambda c: CATS[c][0].replace("Đ", "D"))
    )
    archives = "".join(
        f"\t<li><a href='{base}/?m={y}{m:02d}'>{MONTHS[m]} {y}</a></li>\n"
        for y, m in _months_with_posts()
    )
    stats = (
        '<ul><li><i class="fa fa-user"></i> <label>Đang online:</label> 7</li>'
        '<li><i class="fa fa-eye"></i> <label>Hôm nay:</label> 186</li>'
        '<li><i class="fa fa-eye"></i> <label>Hôm qua:</label> 342</li>'
        '<li><i class="fa fa-calendar"></i> <label>Tuần này:</label> 528</li>'
        '<li><i class="fa fa-calendar"></i> <label>Tháng này:</label> 1.947</li>'
        '<li><i class="fa fa-bar-chart"></i> <label>Tổng truy cập:</label> 284.615</li></ul>'
    )
    links = (
        '<select name="lienket" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://khanhhoa.edu.vn">Sở GD&amp;ĐT Khánh Hòa</option>'
        '<option value="https://ninhhoa.khanhhoa.gov.vn">Cổng TTĐT thị xã Ninh Hòa</option>'
        '<option value="https://truonghocketnoi.edu.vn">Trường học kết nối</option>'
        "</select>"
    )
    meta = (
        f'<ul>\n<li><a href="{base}/wp-login.php">Đăng nhập</a></li>\n'
        f'<li><a href="{base}/?feed=rss2"><abbr title="Really Simple Syndication">RSS</abbr> '
        "bài viết</a></li>\n"
        f'<li><a href="{base}/?feed=comments-rss2"><abbr title="Really Simple Syndication">RSS'
        "</abbr> bình luận</a></li>\n"
        '<li><a href="https://wordpress.org/" title="Vận hành bởi WordPress, nền tảng xuất bản '
        'cá nhân hiện đại.">WordPress.org</a></li>\n</ul>'
    )
    search = (
        f'<form role="search" method="get" class="search-form" action="{base}/">\n\t\t\t\t'
        '<label>\n\t\t\t\t\t<span class="screen-reader-text">Tìm kiếm cho:</span>\n\t\t\t\t\t'
        '<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" '
        'name="s" />\n\t\t\t\t</label>\n\t\t\t\t<input type="submit" class="search-submit" '
        'value="Tìm kiếm" />\n\t\t\t</form>'
    )
    return "\n".join([
        _widget("search-2", "widget_search", "Tìm kiếm", search),
        _widget("recent-posts-2", "widget_recent_entries", "Bài viết mới", f"<ul>\n{recent}</ul>"),
        _widget("categories-2", "widget_categories", "Chuyên mục", f"<ul>\n{cats}</ul>"),
        _widget("archives-2", "widget_archive", "Lưu trữ", f"<ul>\n{archives}</ul>"),
        _widget("calendar-2", "widget_calendar", "Lịch", _calendar(base, *cal)),
        _widget("wpstatistics_widget-2", "widget_wpstatistics_widget", "Thống kê truy cập",
                stats),
        _widget("text-4", "widget_text", "Liên kết website",
                f'<div class="textwidget">{links}</div>'),
        _widget("meta-2", "widget_meta", "Quản lý", meta),
    ])


def _ticker(base: str) -> str:
    items = "".join(
        f'<li><a href="{_link(base, p)}">{tx(p.title)}</a></li>' for p in POSTS[:5]
    )
    return (
        '<div class="nm-ticker clearfix"><span class="nm-ticker-label">Tin mới:</span>'
        f'<ul id="nm-ticker-list" class="nm-ticker-items">{items}</ul></div>'
    )


def _crumbs(base: str, trail: list[tuple[str, str | None]]) -> str:
    """Yoast breadcrumbs: nested spans, the last one a ``breadcrumb_last`` span."""
    out = f'<a href="{base}/" rel="v:url" property="v:title">Trang chủ</a>'
    closes = ""
    for label, href in trail:
        if href:
            out += (
                ' &raquo; <span rel="v:child" typeof="v:Breadcrumb">'
                f'<a href="{base}{href}" rel="v:url" property="v:title">{label}</a>'
            )
        else:
            out += f' &raquo; <span class="breadcrumb_last">{label}'
        closes += "</span>"
    return (
        '<p id="breadcrumbs"><span xmlns:v="http://rdf.data-vocabulary.org/#">'
        f'<span typeof="v:Breadcrumb">{out}{closes}</span></span></p>'
    )


def _layout(
    request: Request,
    *,
    title: str,
    body_class: str,
    main: str,
    head: str = "",
    cal: tuple[int, int] = (NOW.year, NOW.month),
    current: str = "",
) -> str:
    base = base_url(request)
    theme = f"{base}/wp-content/themes/newsmag-lite"
    js_base = base.replace("/", "\\/")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="{base}/xmlrpc.php">
<title>{title}</title>
{head}
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="Trường THCS Lê Lợi &raquo; Dòng thông tin" href="{base}/?feed=rss2" />
<link rel="alternate" type="application/rss+xml" title="Trường THCS Lê Lợi &raquo; Dòng phản hồi" href="{base}/?feed=comments-rss2" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.2.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.2.1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{js_base}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=4.7.5"}}}};
</script>
<style type="text/css">img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; }}</style>
<link rel='stylesheet' id='ssba-page-styles-css' href='{base}/wp-content/plugins/simple-share-buttons-adder/css/ssba.css?ver=4.7.5' type='text/css' media='all' />
<link rel='stylesheet' id='rp4wp-frontend-css' href='{base}/wp-content/plugins/related-posts-for-wp/assets/css/frontend.css?ver=1.9.3' type='text/css' media='all' />
<link rel='stylesheet' id='newsmag-lite-fonts-css' href='//fonts.googleapis.com/css?family=Roboto%3A400%2C700&#038;subset=latin%2Cvietnamese' type='text/css' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{theme}/css/font-awesome.min.css?ver=4.2.0' type='text/css' media='all' />
<link rel='stylesheet' id='newsmag-lite-style-css' href='{theme}/style.css?ver=4.7.5' type='text/css' media='all' />
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script type='text/javascript' src='{base}/wp-includes/js/jquery/jquery-migrate.min.js?ver=1.4.1'></script>
<script type='text/javascript' src='{theme}/js/jquery.flexslider-min.js?ver=2.2.2'></script>
<link rel='https://api.w.org/' href='{base}/?rest_route=/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{base}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 4.7.5" />
<style type="text/css">.recentcomments a{{display:inline !important;padding:0 !important;margin:0 !important;}}</style>
</head>

<body class="{body_class} group-blog">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<div class="nm-topbar"><div class="container clearfix">
<span class="nm-today"><i class="fa fa-calendar"></i> {HEADER_DAY}</span>
<span class="nm-hotline"><i class="fa fa-phone"></i> (0258) 3 845 276</span>
<ul class="nm-social"><li><a href="https://www.facebook.com/thcsleloi.ninhhoa" target="_blank" title="Facebook"><i class="fa fa-facebook"></i></a></li><li><a href="https://www.youtube.com/channel/UCthcsleloininhhoa" target="_blank" title="Youtube"><i class="fa fa-youtube"></i></a></li></ul>
</div></div>
<header id="masthead" class="site-header" role="banner"><div class="container clearfix">
<div class="nm-logo"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2014/08/logo-thcs-le-loi.png" alt="Trường THCS Lê Lợi" width="90" height="90" /></a></div>
<div class="site-branding"><p class="site-title"><a href="{base}/" rel="home">{SITE_NAME}</a></p>
<p class="site-description">{tx(TAGLINE)}</p></div>
<div class="nm-header-ad"><img src="{base}/wp-content/uploads/2026/09/banner-nam-hoc-2026-2027.jpg" alt="Chào mừng năm học mới 2026 - 2027" width="728" height="90" /></div>
</div></header>
{_menu(base, current)}
{_ticker(base)}
<div id="content" class="site-content"><div class="container"><div class="row">
<div id="primary" class="content-area nm-main col-md-8">
<main id="main" class="site-main" role="main">
{main}
</main><!-- #main -->
</div><!-- #primary -->
<div id="secondary" class="widget-area nm-sidebar col-md-4" role="complementary">
{_sidebar(base, cal)}
</div><!-- #secondary -->
</div></div></div><!-- #content -->
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="nm-footer-widgets container"><div class="nm-footer-col">
<h4>TRƯỜNG THCS LÊ LỢI – THỊ XÃ NINH HÒA</h4>
<p>Địa chỉ: 25 Trần Quý Cáp, phường Ninh Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa<br />
Điện thoại: (0258) 3 845 276 – Email: thcsleloi.ninhhoa@khanhhoa.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trần Quốc Việt</p>
</div></div>
<div class="site-info container">Copyright &copy; 2014 &#8211; 2026 Trường THCS Lê Lợi. <span class="sep"> | </span>
Theme: NewsMag Lite by <a href="http://themesfactory.example/" rel="designer">ThemesFactory</a>. <span class="sep"> | </span>
<a href="https://wordpress.org/">Vận hành bởi WordPress</a></div>
</footer>
</div><!-- #page -->
<script type='text/javascript' src='{base}/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=1.8.2'></script>
<script type='text/javascript' src='{base}/wp-includes/js/comment-reply.min.js?ver=4.7.5'></script>
<script type='text/javascript' src='{base}/wp-includes/js/wp-embed.min.js?ver=4.7.5'></script>
</body>
</html>
"""


# --- listings ----------------------------------------------------------------------------------


def _n_comments(post: Post) -> str:
    n = len(post.comments)
    return f"{n} bình luận" if n else "Chưa có bình luận"


def _list_item(base: str, post: Post) -> str:
    classes = " ".join(f"category-{CATS[c][1]}" for c in post.cats)
    classes += "".join(f" tag-{t}" for t in post.tags)
    if post.kind == "protected":
        classes += " post-password-required"
    url = _link(base, post)
    return (
        f'<article id="post-{post.id}" class="post-{post.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry {classes} nm-listitem clearfix">\n'
        f'<div class="nm-thumb"><a href="{url}" title="{attr(post.title)}"><img width="300" '
        f'height="200" src="{_thumb(base, post)}" class="attachment-nm-thumb size-nm-thumb '
        'wp-post-image" alt="" /></a></div>\n<div class="nm-listbody">\n'
        f'<h2 class="nm-listtitle"><a href="{url}" rel="bookmark">{tx(post.title)}</a></h2>\n'
        f'<div class="nm-listmeta"><span class="nm-date"><i class="fa fa-clock-o"></i> '
        f"{_long_date(post.when)}</span> <span class=\"nm-cmt\"><i class=\"fa fa-comments-o\">"
        f'</i> <a href="{url}#comments">{_n_comments(post)}</a></span></div>\n'
        f'<div class="nm-excerpt"><p>{excerpt(post)}</p>\n</div>\n'
        f'<a class="nm-more" href="{url}">Đọc tiếp &raquo;</a>\n</div>\n</article>'
    )


def _pages_of(posts: list[Post]) -> int:
    return max(1, -(-len(posts) // PER_PAGE))


def _page_url(base: str, query: str, n: int) -> str:
    if not query:
        return f"{base}/" if n == 1 else f"{base}/?paged={n}"
    return f"{base}/?{query}" if n == 1 else f"{base}/?{query}&#038;paged={n}"


def _numbered(base: str, query: str, n: int, total: int) -> str:
    """paginate_links() as the theme calls it: prev, numbers, next (plain-permalink hrefs)."""
    if total < 2:
        return ""
    parts = []
    if n > 1:
        parts.append(f'<a class="prev page-numbers" href="{_page_url(base, query, n - 1)}">'
                     "&laquo; Trang trước</a>")
    for k in range(1, total + 1):
        if k == n:
            parts.append(f"<span class='page-numbers current'>{k}</span>")
        else:
            parts.append(f"<a class='page-numbers' href='{_page_url(base, query, k)}'>{k}</a>")
    if n < total:
        parts.append(f'<a class="next page-numbers" href="{_page_url(base, query, n + 1)}">'
                     "Trang sau &raquo;</a>")
    return (
        '<nav class="navigation pagination" role="navigation">\n\t\t<h2 class="screen-reader-text">'
        'Điều hướng bài viết</h2>\n\t\t<div class="nav-links">' + "\n".join(parts)
        + "</div>\n\t</nav>"
    )


def _older_newer(base: str, n: int, total: int) -> str:
    """next_posts_link / previous_posts_link on the home loop: "older" is the higher page."""
    older = (
        f'<div class="nav-previous"><a href="{_page_url(base, "", n + 1)}" >&laquo; Bài cũ hơn</a>'
        "</div>" if n < total else ""
    )
    newer = (
        f'<div class="nav-next"><a href="{_page_url(base, "", n - 1)}" >Bài mới hơn &raquo;</a>'
        "</div>" if n > 1 else ""
    )
    return f'<div class="nm-pagenav clearfix">{older}{newer}</div>'


NOINDEX = '<meta name="robots" content="noindex,follow"/>'


def _listing(
    request: Request,
    *,
    posts: list[Post],
    n: int,
    query: str,
    heading: str,
    title: str,
    body_class: str,
    trail: list[tuple[str, str | None]],
    cal: tuple[int, int] = (NOW.year, NOW.month),
    current: str = "",
) -> Response | None:
    base = base_url(request)
    total = _pages_of(posts)
    if n < 1 or n > total or not posts:
        return None
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    if n > 1:
        trail = [*trail[:-1], (trail[-1][0], f"/?{query}"), (f"Trang {n}", None)]
    main = (
        _crumbs(base, trail)
        + f'\n<header class="page-header nm-archive-head"><h1 class="page-title nm-archive-title">'
        f"{heading}</h1></header>\n<div class=\"nm-postlist\">\n"
        + "\n".join(_list_item(base, p) for p in chunk)
        + "\n</div>\n"
        + _numbered(base, query, n, total)
    )
    head = ""
    if n > 1:
        head += f'<link rel="prev" href="{_page_url(base, query, n - 1)}" />\n'
    if n < total:
        head += f'<link rel="next" href="{_page_url(base, query, n + 1)}" />\n'
    suffix = f" - Trang {n} của {total}" if n > 1 else ""
    page = _layout(
        request,
        title=f"{title}{suffix} - Trường THCS Lê Lợi",
        body_class=body_class + (" paged paged-" + str(n) if n > 1 else ""),
        main=main,
        head=head + (NOINDEX if n > 1 or query.startswith("m=") else ""),
        cal=cal,
        current=current,
    )
    return html(page)


def _home(request: Request, n: int) -> Response | None:
    base = base_url(request)
    total = _pages_of(POSTS)
    if n < 1 or n > total:
        return None
    chunk = POSTS[(n - 1) * PER_PAGE : n * PER_PAGE]
    parts = []
    if n == 1:
        slides = "".join(
            f'<li><a href="{_link(base, p)}"><img width="750" height="420" '
            f'src="{_thumb(base, p, "750x420")}" class="attachment-nm-slider size-nm-slider '
            f'wp-post-image" alt="" /></a><div class="flex-caption"><span class="nm-slide-cat">'
            f"{tx(CATS[p.primary][0])}</span><h2><a href=\"{_link(base, p)}\">{tx(p.title)}</a>"
            "</h2></div></li>"
            for p in POSTS if p.featured
        )
        parts.append(f'<div id="nm-slider" class="flexslider"><ul class="slides">{slides}</ul></div>')
        for c in (2, 3, 4):
            in_cat = [p for p in POSTS if c in p.cats][:3]
            big, small = in_cat[0], in_cat[1:]
            smalls = "".join(
                f'<li><a href="{_link(base, p)}"><img width="100" height="70" '
                f'src="{_thumb(base, p, "100x70")}" class="attachment-nm-small size-nm-small '
                f'wp-post-image" alt="" /></a><h4><a href="{_link(base, p)}">{tx(p.title)}</a></h4>'
                f'<span class="nm-date">{_long_date(p.when)}</span></li>'
                for p in small
            )
            parts.append(
                f'<section class="nm-catblock nm-catblock-{c} clearfix"><h2 class="nm-blocktitle">'
                f'<a href="{base}/?cat={c}">{tx(CATS[c][0])}</a><a class="nm-viewall" '
                f'href="{base}/?cat={c}">Xem tất cả &raquo;</a></h2>'
                f'<div class="nm-big"><a href="{_link(base, big)}"><img width="300" height="200" '
                f'src="{_thumb(base, big)}" class="attachment-nm-thumb size-nm-thumb wp-post-image" '
                f'alt="" /></a><h3><a href="{_link(base, big)}">{tx(big.title)}</a></h3>'
                f'<span class="nm-date">{_long_date(big.when)}</span><p>{excerpt(big, 30)}</p>'
                f'</div><ul class="nm-small">{smalls}</ul></section>'
            )
        parts.append('<h2 class="nm-blocktitle nm-latest"><span>Bài viết mới nhất</span></h2>')
    parts.append('<div class="nm-postlist">\n' + "\n".join(_list_item(base, p) for p in chunk)
                 + "\n</div>")
    parts.append(_older_newer(base, n, total))
    head = (
        '<meta property="og:locale" content="vi_VN" />\n<meta property="og:type" '
        'content="website" />\n'
        f'<link rel="canonical" href="{_page_url(base, "", n).replace("&#038;", "&")}" />\n'
    )
    if n < total:
        head += f'<link rel="next" href="{_page_url(base, "", n + 1)}" />\n'
    title = "Trường THCS Lê Lợi - Thị xã Ninh Hòa – Tỉnh Khánh Hòa"
    if n > 1:
        title = f"Trường THCS Lê Lợi - Trang {n} của {total}"
    body = "home blog" + (f" paged paged-{n}" if n > 1 else "")
    return html(_layout(request, title=tx(title), body_class=body, main="\n".join(parts),
                        head=head, current="/" if n == 1 else ""))


def _category(request: Request, cat: int, n: int) -> Response | None:
    if cat not in CATS:
        return None
    name, slug = CATS[cat]
    posts = [p for p in POSTS if cat in p.cats]
    return _listing(
        request, posts=posts, n=n, query=f"cat={cat}",
        heading=f"Chuyên mục: <span>{tx(name)}</span>", title=tx(name),
        body_class=f"archive category category-{slug} category-{cat}",
        trail=[(tx(name), None)], current=f"/?cat={cat}",
    )


def _date_archive(request: Request, m: str, n: int) -> Response | None:
    if not re.fullmatch(r"\d{6}|\d{8}", m):
        return None
    year, month = int(m[:4]), int(m[4:6])
    day = int(m[6:]) if len(m) == 8 else None
    posts = [
        p for p in POSTS
        if (p.when.year, p.when.month) == (year, month) and (day is None or p.when.day == day)
    ]
    if not (1 <= month <= 12):
        return None
    if day is None:
        label = f"{MONTHS[month]} {year}"
        heading = f"Tháng: <span>{label}</span>"
        cls = "archive date"
    else:
        label = f"{day} {MONTHS[month]}, {year}"
        heading = f"Ngày: <span>{label}</span>"
        cls = "archive date day"
    return _listing(
        request, posts=posts, n=n, query=f"m={m}", heading=heading, title=label,
        body_class=cls, trail=[(f"Lưu trữ cho {label}", None)], cal=(year, month),
    )


def _tag(request: Request, slug: str, n: int) -> Response | None:
    if slug not in TAGS:
        return None
    posts = [p for p in POSTS if slug in p.tags]
    return _listing(
        request, posts=posts, n=n, query=f"tag={slug}",
        heading=f"Thẻ: <span>{tx(TAGS[slug])}</span>", title=tx(TAGS[slug]),
        body_class=f"archive tag tag-{slug}", trail=[(f"Bài viết có thẻ &quot;{TAGS[slug]}&quot;",
                                                      None)],
    )


def _search(request: Request, q: str) -> Response:
    base = base_url(request)
    needle = q.strip().casefold()
    found = [
        p for p in POSTS
        if needle and (needle in p.title.casefold() or (
            p.story is not None and any(needle in b.text.casefold()
                                        for b in p.story.blocks if isinstance(b, P))
        ))
    ]
    if found:
        items = "\n".join(_list_item(base, p) for p in found[:10])
    else:
        items = (
            '<section class="no-results not-found"><h2>Không tìm thấy</h2><p>Xin lỗi, không có '
            "bài viết nào phù hợp với từ khóa của bạn. Vui lòng thử lại với từ khóa khác.</p>"
            "</section>"
        )
    main = (
        _crumbs(base, [(f"Bạn đã tìm kiếm cho &quot;{attr(q)}&quot;", None)])
        + '\n<header class="page-header nm-archive-head"><h1 class="page-title nm-archive-title">'
        f"Kết quả tìm kiếm cho: <span>{attr(q)}</span></h1></header>\n"
        f'<div class="nm-postlist">\n{items}\n</div>'
    )
    return html(_layout(request, title=f"Bạn đã tìm kiếm cho {attr(q)} - Trường THCS Lê Lợi",
                        body_class="search search-results" if found else "search search-no-results",
                        main=main, head='<meta name="robots" content="noindex,follow"/>'))


# --- a post ------------------------------------------------------------------------------------


def _comments(base: str, post: Post, replyto: int | None) -> str:
    url = _link(base, post)
    form_title = "Để lại một bình luận"
    cancel_style = ' style="display:none;"'
    items = []
    respond = ""
    form = (
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" '
        'class="comment-form" novalidate>\n<p class="comment-notes"><span id="email-notes">'
        "Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh "
        'dấu <span class="required">*</span></p><p class="comment-form-comment"><label '
        'for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" '
        'rows="8" maxlength="65525" aria-required="true" required="required"></textarea></p>'
        '<p class="comment-form-author"><label for="author">Tên <span class="required">*</span>'
        '</label> <input id="author" name="author" type="text" value="" size="30" /></p>'
        '<p class="comment-form-email"><label for="email">Email <span class="required">*</span>'
        '</label> <input id="email" name="email" type="email" value="" size="30" /></p>'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        'value="Phản hồi" /> <input type=\'hidden\' name=\'comment_post_ID\' '
        f"value='{post.id}' id='comment_post_ID' />\n<input type='hidden' "
        f"name='comment_parent' id='comment_parent' value='{replyto or 0}' />\n</p></form>"
    )
    for c in post.comments:
        reply = (
            f"<div class=\"reply\"><a rel='nofollow' class='comment-reply-link' "
            f"href='{url}&#038;replytocom={c.id}#respond' onclick='return addComment.moveForm( "
            f'"div-comment-{c.id}", "{c.id}", "respond", "{post.id}" )\' '
            f"aria-label='Trả lời cho {attr(c.author)}'>Trả lời</a></div>"
        )
        here = ""
        if replyto == c.id:
            form_title = f"Trả lời {tx(c.author)}"
            cancel_style = ""
            here = "{respond}"
        items.append(
            f'<li id="comment-{c.id}" class="comment even thread-even depth-1">\n'
            f'<article id="div-comment-{c.id}" class="comment-body">\n<footer class="comment-meta">'
            '<div class="comment-author vcard"><img alt=\'\' src=\'http://1.gravatar.com/avatar/'
            f"{c.id:032x}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' "
            f"width='50' /><b class=\"fn\">{tx(c.author)}</b> <span class=\"says\">viết:</span>"
            f'</div><div class="comment-metadata"><a href="{url}#comment-{c.id}"><time '
            f'datetime="{_bug_iso(c.when)}">{c.when:%d/%m/%Y} lúc {c.when:%H:%M}</time></a></div>'
            f'</footer>\n<div class="comment-content">\n<p>{tx(c.text)}</p>\n</div>\n{reply}\n'
            f"</article>{here}\n</li>"
        )
    respond = (
        '<div id="respond" class="comment-respond">\n<h3 id="reply-title" class="comment-reply-'
        f'title">{form_title} <small><a rel="nofollow" id="cancel-comment-reply-link" '
        f'href="{url}#respond"{cancel_style}>Hủy trả lời</a></small></h3>{form}\n</div>'
    )
    listed = ""
    if items:
        n = len(items)
        listed = (
            f'<h2 class="comments-title">{n} bình luận cho &ldquo;{tx(post.title)}&rdquo;</h2>\n'
            '<ol class="comment-list">\n' + "\n".join(items) + "\n</ol>"
        )
    if replyto is not None and "{respond}" in listed:
        listed = listed.replace("{respond}", respond)
        respond = ""
    return f'<div id="comments" class="comments-area">\n{listed}\n{respond}\n</div>'


def _post_nav(base: str, post: Post) -> str:
    i = POSTS.index(post)
    older = POSTS[i + 1] if i + 1 < len(POSTS) else None
    newer = POSTS[i - 1] if i > 0 else None
    parts = []
    if older:
        parts.append(
            f'<div class="nav-previous"><a href="{_link(base, older)}" rel="prev"><span '
            f'class="meta-nav">&laquo; Bài trước</span> {tx(older.title)}</a></div>'
        )
    if newer:
        parts.append(
            f'<div class="nav-next"><a href="{_link(base, newer)}" rel="next">{tx(newer.title)} '
            '<span class="meta-nav">Bài tiếp &raquo;</span></a></div>'
        )
    return (
        '<nav class="navigation post-navigation" role="navigation">\n\t\t<h2 class="screen-reader-'
        'text">Điều hướng bài viết</h2>\n\t\t<div class="nav-links">' + "".join(parts)
        + "</div>\n\t</nav>"
    )


def _single(request: Request, post: Post, page_no: int = 1, replyto: int | None = None):
    base = base_url(request)
    url = _link(base, post)
    if post.kind == "article":
        pages = content_pages(post, base)
    elif post.kind == "doc":
        pages = [_viewer(base, post.content)]
    else:
        pages = [PROTECTED_FORM.replace("{base}", base).replace("{id}", str(post.id))]
    if not 1 <= page_no <= len(pages) or (replyto is not None and
                                         replyto not in {c.id for c in post.comments}):
        return None
    text_html = pages[page_no - 1]
    if len(pages) > 1:
        links = []
        for k in range(1, len(pages) + 1):
            if k == page_no:
                links.append(f"<span>{k}</span>")
            else:
                href = url if k == 1 else f"{url}&#038;page={k}"
                links.append(f'<a href="{href}"><span>{k}</span></a>')
        text_html += '\n<div class="page-links">Trang: ' + " ".join(links) + "</div>"
    if post.kind != "protected":
        text_html += "\n" + _plugins_after_text(base, post)
    mod = _modified(post)
    tags = ""
    if post.tags:
        tags = (
            '<footer class="entry-footer nm-entry-foot"><span class="tags-links"><i class="fa '
            'fa-tags"></i> Thẻ: ' + ", ".join(
                f'<a href="{base}/?tag={t}" rel="tag">{tx(TAGS[t])}</a>' for t in post.tags
            ) + "</span></footer>"
        )
    cls = " ".join(f"category-{CATS[c][1]}" for c in post.cats)
    cls += "".join(f" tag-{t}" for t in post.tags)
    if post.kind == "protected":
        cls += " post-password-required"
    article = (
        f'<article id="post-{post.id}" class="post-{post.id} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry {cls}">\n<div class="nm-single-head">\n'
        f'<h1 class="nm-single-title">{tx(post.title)}</h1>\n<div class="nm-postmeta">'
        '<span class="nm-by"><i class="fa fa-user"></i> Đăng bởi <span class="author vcard">'
        'admin</span></span> | <span class="nm-on"><i class="fa fa-calendar"></i> Ngày '
        f'<a href="{url}" rel="bookmark"><time class="entry-date published" '
        f'datetime="{_bug_iso(post.when)}">{post.when:%d/%m/%Y}</time><time class="updated" '
        f'datetime="{_bug_iso(mod)}">{mod:%d/%m/%Y}</time></a></span> | <span class="nm-in">'
        f'<i class="fa fa-folder-open"></i> Chuyên mục: {_cat_links(base, post)}</span> | '
        f'<span class="nm-views"><i class="fa fa-eye"></i> {_views(post)} lượt xem</span>'
        "</div>\n</div>\n"
        f'<div class="nm-entry entry-content clearfix">\n{text_html}\n</div>\n{tags}\n</article>'
    )
    primary = post.primary
    main = "\n".join([
        _crumbs(base, [(tx(CATS[primary][0]), f"/?cat={primary}"), (tx(post.title), None)]),
        article,
        _post_nav(base, post),
        _comments(base, post, replyto),
    ])
    canonical = url if page_no == 1 else f"{url}&#038;page={page_no}"
    desc = _plain(excerpt(post, 25))
    image = _first_image(post)
    head = (
        "<!-- This site is optimized with the Yoast SEO plugin v4.4 - "
        "https://yoast.com/wordpress/plugins/seo/ -->\n"
        + (NOINDEX + "\n" if replyto is not None else "")
        + f'<link rel="canonical" href="{canonical}" />\n'
        '<meta property="og:locale" content="vi_VN" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{attr(raw_title(post.title))} - Trường THCS Lê Lợi" />\n'
        f'<meta property="og:description" content="{attr(desc)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        '<meta property="og:site_name" content="Trường THCS Lê Lợi" />\n'
        + "".join(f'<meta property="article:tag" content="{attr(TAGS[t])}" />\n'
                  for t in post.tags)
        + f'<meta property="article:section" content="{attr(CATS[primary][0])}" />\n'
        f'<meta property="article:published_time" content="{_utc_iso(post.when)}" />\n'
        f'<meta property="article:modified_time" content="{_utc_iso(mod)}" />\n'
        f'<meta property="og:updated_time" content="{_utc_iso(mod)}" />\n'
        + (f'<meta property="og:image" content="{base}{_full(image)}" />\n' if image else "")
        + "<!-- / Yoast SEO plugin. -->\n"
        f'<link rel="alternate" type="application/rss+xml" title="Trường THCS Lê Lợi &raquo; '
        f'{attr(post.title)} Dòng phản hồi" href="{base}/?feed=rss2&#038;p={post.id}" />\n'
        f"<link rel='shortlink' href='{url}' />"
    )
    body = f"post-template-default single single-post postid-{post.id} single-format-standard"
    return html(_layout(request, title=f"{tx(post.title)} - Trường THCS Lê Lợi",
                        body_class=body, main=main, head=head))


def _attachment(request: Request, att_id: int) -> Response | None:
    if att_id not in ATTACHMENTS:
        return None
    base = base_url(request)
    parent_id, name, stem, caption = ATTACHMENTS[att_id]
    parent = BY_ID[parent_id]
    main = (
        _crumbs(base, [(tx(CATS[parent.primary][0]), f"/?cat={parent.primary}"),
                       (tx(parent.title), f"/?p={parent.id}"), (name, None)])
        + f'\n<article id="post-{att_id}" class="post-{att_id} attachment type-attachment '
        'status-inherit hentry">\n<div class="nm-single-head">\n'
        f'<h1 class="nm-single-title">{name}</h1>\n<div class="nm-postmeta"><span class="nm-by">'
        '<i class="fa fa-user"></i> Đăng bởi <span class="author vcard">admin</span></span> | '
        '<span class="nm-on"><i class="fa fa-calendar"></i> Ngày <time class="entry-date '
        f'published" datetime="{_bug_iso(parent.when)}">{parent.when:%d/%m/%Y}</time></span> | '
        f'<span class="nm-parent">Đăng trong <a href="{_link(base, parent)}" rev="attachment">'
        f"{tx(parent.title)}</a></span></div>\n</div>\n"
        '<div class="nm-entry entry-content clearfix">\n<p class="attachment"><a href="'
        f'{base}{stem}.jpg"><img width="300" height="200" src="{base}{stem}-300x200.jpg" '
        'class="attachment-medium size-medium" alt="" /></a></p>\n'
        f'<div class="entry-caption"><p>{tx(caption)}</p></div>\n</div>\n</article>\n'
        '<nav class="navigation image-navigation"><div class="nav-links"><div class="nav-parent">'
        f'<a href="{_link(base, parent)}">&laquo; Quay lại bài viết</a></div></div></nav>'
    )
    head = (
        f'<link rel="canonical" href="{base}/?attachment_id={att_id}" />\n'
        f'<meta property="og:title" content="{name} - Trường THCS Lê Lợi" />'
    )
    body = f"attachment attachment-template-default single single-attachment postid-{att_id} " \
        f"attachmentid-{att_id} attachment-jpeg"
    return html(_layout(request, title=f"{name} - Trường THCS Lê Lợi", body_class=body,
                        main=main, head=head))


# --- static pages, login, feeds ----------------------------------------------------------------

STAFF = [
    ("Trần Quốc Việt", "Hiệu trưởng", "Thạc sĩ QLGD"),
    ("Lê Thị Thanh Nga", "Phó Hiệu trưởng", "Cử nhân Ngữ văn"),
    ("Nguyễn Văn Thành", "Phó Hiệu trưởng", "Thạc sĩ Toán"),
    ("Nguyễn Thị Hạnh", "Tổ trưởng tổ Toán – Tin", "Cử nhân Toán"),
    ("Huỳnh Thị Thu Sương", "Tổ trưởng tổ Ngữ văn", "Cử nhân Ngữ văn"),
    ("Huỳnh Thị Ngọc Bích", "Tổ trưởng tổ KHTN", "Cử nhân Hóa học"),
    ("Phạm Văn Lực", "Tổng phụ trách Đội", "Cử nhân GDTC"),
    ("Võ Thị Thu Hà", "Văn thư – Thủ quỹ", "Trung cấp Văn thư"),
]


def _static_page(request: Request, page_id: int) -> Response | None:
    base = base_url(request)
    if page_id == 2:
        title = "Giới thiệu"
        body = (
            "<p><strong>Trường THCS Lê Lợi</strong> được thành lập năm 1993 trên cơ sở tách từ "
            "Trường Phổ thông cơ sở Ninh Hiệp, đóng tại trung tâm thị xã Ninh Hòa, tỉnh Khánh Hòa."
            "</p>\n"
            f'<p><img class="aligncenter size-full wp-image-8" src="{base}/wp-content/uploads/'
            '2014/08/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="800" height="450" /></p>\n'
            "<p>Hiện nay, nhà trường có 32 lớp với 1.286 học sinh, 68 cán bộ, giáo viên, nhân "
            "viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 41 giáo viên trên chuẩn. "
            "Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2015 và đạt kiểm định chất "
            "lượng giáo dục cấp độ 3 năm 2022.</p>\n"
            "<p>Nhiều năm liền, nhà trường được UBND tỉnh Khánh Hòa tặng cờ thi đua xuất sắc; "
            "Liên đội được Trung ương Đoàn tặng Bằng khen.</p>\n"
            "<h3>Sứ mệnh</h3>\n<p>Xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng để "
            "mỗi học sinh đều có cơ hội phát triển toàn diện.</p>"
        )
    elif page_id == 9:
        title = "Đội ngũ cán bộ, giáo viên, nhân viên"
        rows = "".join(
            f"<tr><td>{n}</td><td>{tx(name)}</td><td>{tx(post)}</td><td>{tx(deg)}</td></tr>"
            for n, (name, post, deg) in enumerate(STAFF, 1)
        )
        body = (
            "<p>Danh sách cán bộ quản lý, tổ trưởng chuyên môn năm học 2026 &#8211; 2027:</p>\n"
            '<table border="1" cellpadding="4"><tbody><tr><td><strong>STT</strong></td><td>'
            "<strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Trình "
            f"độ</strong></td></tr>{rows}</tbody></table>"
        )
    elif page_id == 11:
        title = "Liên hệ"
        body = (
            "<p><strong>TRƯỜNG THCS LÊ LỢI</strong><br />\nĐịa chỉ: 25 Trần Quý Cáp, phường Ninh "
            "Hiệp, thị xã Ninh Hòa, tỉnh Khánh Hòa<br />\nĐiện thoại: (0258) 3 845 276<br />\n"
            "Email: thcsleloi.ninhhoa@khanhhoa.edu.vn</p>\n"
            '<div role="form" class="wpcf7" id="wpcf7-f15-p11-o1" lang="vi" dir="ltr">'
            f'<form action="{base}/?page_id=11#wpcf7-f15-p11-o1" method="post" class="wpcf7-form"'
            ' novalidate="novalidate"><p>Họ tên (bắt buộc)<br /><span class="wpcf7-form-control-'
            'wrap your-name"><input type="text" name="your-name" value="" size="40" /></span></p>'
            '<p>Email (bắt buộc)<br /><input type="email" name="your-email" value="" size="40" />'
            '</p><p>Nội dung<br /><textarea name="your-message" cols="40" rows="10"></textarea>'
            '</p><p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" />'
            "</p></form></div>"
        )
    else:
        return None
    main = (
        _crumbs(base, [(title, None)])
        + f'\n<article id="post-{page_id}" class="post-{page_id} page type-page status-publish '
        f'hentry">\n<header class="entry-header"><h1 class="nm-single-title">{tx(title)}</h1>'
        f'</header>\n<div class="nm-entry entry-content clearfix">\n{body}\n</div>\n</article>'
    )
    head = f'<link rel="canonical" href="{base}/?page_id={page_id}" />'
    return html(_layout(request, title=f"{tx(title)} - Trường THCS Lê Lợi",
                        body_class=f"page-template-default page page-id-{page_id}", main=main,
                        head=head, current=f"/?page_id={page_id}"))


def _login(request: Request) -> Response:
    base = base_url(request)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8" /><title>Trường THCS Lê Lợi &lsaquo; Đăng nhập</title>
<meta name='robots' content='noindex,follow' />
<link rel='stylesheet' href='{base}/wp-admin/load-styles.php?c=0&amp;dir=ltr&amp;load%5B%5D=dashicons,buttons,forms,l10n,login&amp;ver=4.7.5' type='text/css' media='all' />
</head><body class="login login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://wordpress.org/" title="Được hỗ trợ bởi WordPress">Trường THCS Lê Lợi</a></h1>
<form name="loginform" id="loginform" action="{base}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email<br /><input type="text" name="log" id="user_login" class="input" value="" size="20" /></label></p>
<p><label for="user_pass">Mật khẩu<br /><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="backtoblog"><a href="{base}/">&larr; Quay lại Trường THCS Lê Lợi</a></p>
</div></body></html>"""
    return html(page)


def _rfc822(when: datetime) -> str:
    utc = when - timedelta(hours=7)
    return utc.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _feed(request: Request, kind: str, post_id: int | None) -> Response | None:
    base = base_url(request)
    items = []
    if kind == "rss2" and post_id is None:
        title = "Trường THCS Lê Lợi"
        for p in POSTS[:10]:
            cats = "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in p.cats)
            items.append(
                f"<item>\n\t\t<title>{tx(p.title)}</title>\n\t\t<link>{_link(base, p)}</link>\n"
                f"\t\t<comments>{_link(base, p)}#respond</comments>\n"
                f"\t\t<pubDate>{_rfc822(p.when)}</pubDate>\n"
                f"\t\t<dc:creator><![CDATA[admin]]></dc:creator>\n\t\t{cats}\n"
                f'\t\t<guid isPermaLink="false">{_link(base, p)}</guid>\n'
                f"\t\t<description><![CDATA[{_html.unescape(excerpt(p))}]]></description>\n"
                "\t</item>"
            )
    elif kind in ("comments-rss2", "rss2"):
        if post_id is not None and post_id not in BY_ID:
            return None
        posts = [BY_ID[post_id]] if post_id is not None else POSTS
        title = "Phản hồi cho Trường THCS Lê Lợi"
        if post_id is not None:
            title = f"Phản hồi cho: {tx(BY_ID[post_id].title)}"
        for p in posts:
            for c in p.comments:
                items.append(
                    f"<item>\n\t\t<title>Bình luận cho {tx(p.title)} bởi {tx(c.author)}</title>\n"
                    f"\t\t<link>{_link(base, p)}#comment-{c.id}</link>\n"
                    f"\t\t<dc:creator><![CDATA[{c.author}]]></dc:creator>\n"
                    f"\t\t<pubDate>{_rfc822(c.when)}</pubDate>\n"
                    f"\t\t<description><![CDATA[{c.text}]]></description>\n\t</item>"
                )
    else:
        return None
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:content="http://purl.'
        'org/rss/1.0/modules/content/"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\t'
        'xmlns:atom="http://www.w3.org/2005/Atom"\n\txmlns:sy="http://purl.org/rss/1.0/modules/'
        f'syndication/">\n<channel>\n\t<title>{title}</title>\n\t<link>{base}</link>\n'
        f"\t<description>{tx(TAGLINE)}</description>\n"
        f"\t<lastBuildDate>{_rfc822(POSTS[0].when)}</lastBuildDate>\n\t<language>vi</language>\n"
        "\t<generator>https://wordpress.org/?v=4.7.5</generator>\n"
        + "\n".join(items) + "\n</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


# --- routing ---------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class WordPressSite:
    """Routes as WordPress does with plain permalinks: everything is ``/`` plus query vars."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/wp-login.php":
            if request.method == "POST" and request.params.get("action") == "postpass":
                return redirect(base_url(request) + "/?p=549")
            return _login(request)
        if path == "/wp-comments-post.php":
            return html(
                "<!DOCTYPE html><html><head><title>WordPress &rsaquo; Lỗi</title></head>"
                '<body id="error-page"><p><strong>LỖI</strong>: vui lòng điền các trường bắt '
                'buộc (tên, email).</p><p><a href="javascript:history.back()">&laquo; Quay lại'
                "</a></p></body></html>"
            )
        if path.startswith(("/wp-content/", "/wp-includes/", "/wp-admin/")):
            if path.lower().endswith(".pdf") and path in (DOC1_PDF, DOC2_PDF):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith("/wp-content/uploads/") and path.lower().endswith(".pdf"):
                return None
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        params = request.params
        keys = set(params)
        paged = _int(params.get("paged", "1"))
        if paged is None:
            return None
        if not keys or keys == {"paged"}:
            return _home(request, paged)
        if "feed" in keys and keys <= {"feed", "p"}:
            return _feed(request, params["feed"], _int(params.get("p")))
        if "p" in keys and keys <= {"p", "page", "replytocom"}:
            post = BY_ID.get(_int(params["p"]) or 0)
            page_no = _int(params.get("page", "1"))
            if post is None or page_no is None:
                return None
            replyto = _int(params["replytocom"]) if "replytocom" in params else None
            if "replytocom" in params and replyto is None:
                return None
            return _single(request, post, page_no, replyto)
        if "cat" in keys and keys <= {"cat", "paged"}:
            cat = _int(params["cat"])
            return _category(request, cat, paged) if cat is not None else None
        if "m" in keys and keys <= {"m", "paged"}:
            return _date_archive(request, params["m"], paged)
        if "tag" in keys and keys <= {"tag", "paged"}:
            return _tag(request, params["tag"], paged)
        if keys == {"page_id"}:
            page_id = _int(params["page_id"])
            return _static_page(request, page_id) if page_id is not None else None
        if keys == {"attachment_id"}:
            att = _int(params["attachment_id"])
            return _attachment(request, att) if att is not None else None
        if keys == {"s"}:
            return _search(request, params["s"])
        return None


def build_site() -> WordPressSite:
    return WordPressSite()


# --- gold ----------------------------------------------------------------------------------------

STORIES = [G1, G2, G3, G4, G5, G6, G7, G8, G9, G10, G11, G12, G13]
_ALT = {
    545: ["/?p=545&page=2"],
    552: ["/?p=552&replytocom=31", "/?p=552&replytocom=32"],
}
GOLD = [
    gold_record(s, f"/?p={s.id}", s.cat, canonical_path=f"/?p={s.id}", alt_paths=_ALT.get(s.id, ()))
    for s in STORIES
]
NON_ARTICLES = [
    "/?page_id=2",
    "/?page_id=9",
    "/?page_id=11",
    "/?p=520",
    "/?p=571",
    "/?p=549",
    "/?attachment_id=513",
    "/?attachment_id=553",
]
