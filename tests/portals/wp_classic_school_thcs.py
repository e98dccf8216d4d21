"""Trường THCS Lê Văn Tám (huyện Hóc Môn, TP. Hồ Chí Minh): WordPress 4.9.8, never updated.

Platform
--------
WordPress 4.9.8 with the free Vietnamese school theme "Trường Học VN" (folder
``/wp-content/themes/truong-hoc/``, class names half Vietnamese: ``khung-trai``, ``cot-phai``,
``tieu-de-muc``, ``gio-dang``, ``doc-tiep``), the Classic editor (wpautop, wptexturize: quotes,
dashes and ellipses go out as ``&#8220;`` ``&#8211;`` ``&#8230;``), MetaSlider 3.7 (home slider
and one slider inside a post), Contextual Related Posts (its box is appended *inside*
``.entry-content``), Breadcrumb NavXT, WP-Polls, WP-Statistics, Contact Form 7. The site never
set pretty permalinks, every URL printed by WordPress is absolute (from the Host header) and
every ``&`` in a printed URL is ``&#038;`` (esc_url).

URL scheme (plain permalinks)
-----------------------------
- ``/`` home: MetaSlider of three posts, then the blog loop, 4 posts a page, sticky post first
  on page 1; pages ``/?paged=2`` … ``/?paged=4`` (the core pager of the home page).
- ``/?p=<id>`` post; ``/index.php?p=<id>`` is the same (front controller);
  ``/?p=<id>&replytocom=<cid>`` comment reply links; ``/?p=<id>&page=2`` second page of a post
  split with ``<!--nextpage-->``; ``/?p=<id>&embed=true`` the oEmbed card; ``fbclid``/``utm_*``
  parameters are ignored as WordPress ignores unknown query variables.
- ``/?cat=<id>`` category archive; page N at ``/page/N/?cat=<id>`` (the theme's own pager
  ``truonghoc_phan_trang()`` glues ``/page/N/`` before the query string; the core form
  ``/?cat=<id>&paged=N`` serves the same listing).
- ``/?m=<yyyymm>`` monthly archive (listed only in the sidebar's archive *dropdown*: the option
  values are the URLs), page N at ``/page/N/?m=<yyyymm>``.
- ``/?s=<q>`` search (GET form), page N at ``/page/N/?s=<q>``.
- ``/?page_id=<id>`` static pages (Giới thiệu chung = 2, the renamed "Sample Page";
  Cơ cấu tổ chức = 19; Liên hệ = 23).
- ``/?attachment_id=<id>`` attachment pages (the gallery thumbnails link there).
- ``/?feed=rss2``, ``/?feed=comments-rss2``, ``/?cat=<id>&feed=rss2``, ``/?feed=rss2&p=<id>``
  RSS 2.0 feeds (printed as ``<link rel="alternate">`` in the head and in the Meta widget).
- ``/wp-login.php`` login form; ``/wp-content/…`` uploads, theme files (tiny placeholders).

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), banner, ``#primary-menu`` with
``sub-menu`` drop-downs, Breadcrumb NavXT trail, ``#primary.khung-trai`` and
``#secondary.cot-phai`` (search form, "Bài viết mới" = WP_Widget_Recent_Posts with dates,
text widget "Lịch tiếp phụ huynh", "Chuyên mục" with counts, "Lưu trữ" as a dropdown,
"Liên kết website", WP-Polls form, WP-Statistics counter "Đang online / Hôm nay / Hôm qua /
Tổng truy cập", Meta widget), footer with address, phone, email, copyright.
Listings: ``article.post`` items (thumbnail ``-300x200.jpg``, ``h2.entry-title``, date as
"20 Tháng Mười Một, 2026", excerpt ``[&hellip;]``, "Đọc tiếp »" to ``?p=<id>#more-<id>``).
Single: ``h1.entry-title``, ``div.entry-meta.tt-bai-viet`` (date, time, account, views,
comment count), a tool bar (font size, print, Facebook share to facebook.com), then
``div.entry-content`` (the text, then the CRP box), ``footer.entry-footer``, post navigation,
"Các tin khác" (same category), comments list and comment form.

How the gold articles are reached
---------------------------------
Home (4 a page, newest first; the sticky 115 is first on page 1 and again in its place later):
page 1 = 115*, 139, 136, 133, 130; page 2 = 127, 124, 121, 118; page 3 = 115, 112, 108, 104;
page 4 = 101. "Bài viết mới" (every page) = 139, 136, 133, 130, 127.
Categories: Tin tức - Sự kiện (cat 3) = 136, 130, 121, 112 | page 2: 101;
Hoạt động chuyên môn (cat 4) = 127, 118, 104; Công tác Đội (cat 6) = 139, 124, 108;
Thông báo (cat 8) = 133, 115. Months: 2026-10 = 115, 112, 108, 104 | page 2: 101;
2026-11 = 133, 130, 127, 124 | page 2: 121, 118; 2026-12 = 139, 136.
So 101 is only on page 4 of the home loop, page 2 of its category and of its month (or behind
links inside other articles); 104, 108, 112, 118, 121, 124 are only on pages 2+ of the home
loop (and on their category's first page).

Traps
-----
1. **The machine date lies by seven hours.** WordPress before 5.3 prints ``<time
   datetime="…">`` with the *local* wall-clock time followed by ``+00:00`` (``get_the_date('c')``
   with a manual "UTC+7" offset). The visible line is "Đăng ngày 14/11/2026 lúc 8:45 chiều":
   a 12-hour clock with the Vietnamese am/pm words "sáng"/"chiều" ("12:20 chiều" is 12:20,
   noon; "8:45 chiều" is 20:45, and ``datetime`` read as UTC would move 127 and 133 to the next
   day). Gold: the visible day and time at +07:00 ("2026-11-14T20:45:00+07:00"); the RSS
   ``pubDate`` (correct GMT) agrees with the gold, the ``datetime`` attributes do not.
2. **A hidden "updated" date glued to the published one.** The theme prints
   ``<time class="entry-date published">20/11/2026</time><time class="updated">22/11/2026</time>``
   inside one link (the second hidden by CSS), so the raw text reads "20/11/202622/11/2026".
   Gold: the published one. Comments print their own later "07/11/2026 lúc 8:14 chiều": never
   the publication date.
3. **Sticky post out of order.** The official notice 115 (October) is pinned first on home
   page 1 with a "Nổi bật" badge, before posts from December, and appears again in its place on
   page 3. Gold: its own date (below); a crawler that stops at the first older-than item misses
   nothing, one that dedups by position must not drop page 3.
4. **A post split with ``<!--nextpage-->``.** 118 prints "Trang: 1 2" (wp_link_pages); the
   second half of the text (the results table, a photo and the byline) is at
   ``/?p=118&page=2``, whose canonical is itself (WordPress adds ``page`` to it). Gold: one
   article at ``/?p=118`` whose body, images and author cover both pages in order;
   ``/?p=118&page=2`` is in its ``alt_paths``.
5. **An oEmbed card of another post inside the text.** 139 pasted the URL of 124 on its own
   line, so WordPress 4.9 turned it into ``<blockquote class="wp-embedded-content">`` (the
   other post's title as a link) plus a visually hidden ``<iframe>`` to
   ``/?p=124&embed=true#?secret=…``. Gold: the blockquote is no quote of the text (not body);
   ``/?p=124&embed=true`` (a card with the title and an excerpt of 124, canonical ``?p=124``)
   is an ``alt_path`` of 124, not an article of its own.
6. **A gallery shortcode's CSS inside the text, thumbnails linking to attachment pages.**
   108's ``[gallery]`` renders ``<style type='text/css'>#gallery-1 {…}</style>`` inside
   ``.entry-content`` and three ``figure.gallery-item`` with ``figcaption.gallery-caption``.
   Gold: the three thumbnails (``-150x150.jpg``, as printed) with the figcaptions as captions,
   no CSS in the body. Each thumbnail links to ``/?attachment_id=150…152``: WordPress
   attachment pages with a title like "dai-hoi-lien-doi-01", a date, the full-size photo and
   its caption; they look like posts and are NON_ARTICLES.
7. **MetaSlider inside a post, and a dead slider shortcode.** 124 carries a rendered
   MetaSlider (``ul.slides > li > img`` whose ``title`` is the file name
   "ke-hoach-nho-1", the caption in ``div.caption-wrap > div.caption``, then an inline
   ``<script>``). Gold: its three photos in order, the ``div.caption`` lines as captions (None
   for the slide without one), never the ``title`` file names. 127 still carries the shortcode
   of the Smart Slider plugin removed in 2025, printed raw as ``<p>[smartslider3
   slider="2"]</p>``: not body.
8. **Honorifics and posts in school bylines.** Bylines are right-aligned lines at the end of
   the text: "Cô Nguyễn Thị Thu Hà – Tổ trưởng Tổ Ngữ văn" -> "Nguyễn Thị Thu Hà";
   "Tin, ảnh: Thầy Lê Quốc Bảo (TPT Đội)" -> author and photographer "Lê Quốc Bảo";
   "Bài: Cô Trần Ngọc Diễm – Ảnh: Thầy Huỳnh Tấn Phát"; "ThS. Phạm Thị Mỹ Linh – Phó Hiệu
   trưởng"; a unit alone ("Tổ Văn phòng", "Ban Giám hiệu", "Liên đội THCS Lê Văn Tám") is the
   author as printed; "BBT" is nobody. The meta line's "Người đăng: quantri_lvt" is the CMS
   account: nobody. "Thầy"/"Cô" (Mr/Ms, also used for teachers) is no part of a name.
9. **Plugin and shortcode output inside ``.entry-content``.** Contextual Related Posts
   appends "Bài viết liên quan:" with thumbnails of other posts inside the text's container;
   the caption shortcode prints its line as ``<p class="wp-caption-text">`` (a ``<p>`` among
   the text's ``<p>``: 101, 112, 118, 127, 130, 136, 139), one of them credit-only ("Ảnh: Thầy
   Huỳnh Tấn Phát", 112); 115 and 133 end with a PDF line, 136 with a "Xem thêm:" link.
   Gold: none of it is body; the related thumbnails are no images of the article; the
   caption lines are captions, the credit-only line gives a photographer and no caption.
10. **One article under several URLs.** ``/?p=101&fbclid=…`` (a link inside 112's text, copied
    from Facebook), ``/index.php?p=121`` (136's "Xem thêm:" line, pasted with the front
    controller), ``/?p=121&replytocom=7`` / ``9`` and ``/?p=130&replytocom=11`` / ``12``
    (``rel="nofollow"`` "Trả lời" links of the comments), ``/?p=124&embed=true`` and
    ``/?p=118&page=2`` (above). Gold: each in its article's ``alt_paths``; canonical links
    print ``/?p=<id>`` (except page 2 of 118).
11. **An official notice as a post.** 115 is printed as a document: letterhead table
    "UBND HUYỆN HÓC MÔN / TRƯỜNG THCS LÊ VĂN TÁM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …",
    "Số: 58/TB-THCSLVT", "Hóc Môn, ngày 27 tháng 10 năm 2026", "THÔNG BÁO / Về việc …", then
    "Nơi nhận" and "HIỆU TRƯỞNG (Đã ký) Nguyễn Văn Sang", and a PDF line. Gold (house rule):
    date "2026-10-27" (the letterhead's day, not the post's 28/10 lúc 7:05 sáng), author
    "Nguyễn Văn Sang", body from "Căn cứ …" to "… thực hiện./." only.

Gold decisions on ambiguous points
----------------------------------
- A split post is one article (trap 4): the gold is the first page's URL with the text of all
  pages; the other page is an alt path.
- The oEmbed card URL serves the same article in short form: alt path of the embedded post.
- A caption printed as the paragraph right under a photo, centred and italic (104), is the
  photo's caption, not body.
- Sapo: the bold first paragraph (``<p><strong>…</strong></p>``) of 101, 127, 130 and 136 is
  the summary (and the body's first paragraph); the others have none (listing excerpts are
  WordPress's automatic 55-word cut, not a sapo).
- "Nguồn: Phòng Giáo dục và Đào tạo huyện Hóc Môn" closing 121 is its source; "Theo thầy Võ
  Minh Triết, …" (127) and "Theo kế hoạch, …" (139) are sentences of the text.
- A line "Thông điệp …:" followed by ``<br />`` and the slogan (136) is two paragraphs.
- The results and timetable tables (118, 133): one paragraph per row, header row included,
  cells joined by " | ".
- Category = the name the breadcrumb prints ("Hoạt động chuyên môn" although the menu says
  "Chuyên môn"; "Công tác Đội").
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, gold_record, static_file

NAME = "wp_classic_school_thcs"
PLATFORM = "WordPress 4.9 (plain permalinks, Classic editor, Vietnamese school theme, MetaSlider)"
START_PATH = "/"

SITE = "Trường THCS Lê Văn Tám"
TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
ACCOUNT = "quantri_lvt"

# category id -> (name as the breadcrumb prints it, slug, description)
CATS: dict[int, tuple[str, str, str]] = {
    3: ("Tin tức - Sự kiện", "tin-tuc-su-kien", "Tin hoạt động, sự kiện của nhà trường."),
    4: ("Hoạt động chuyên môn", "hoat-dong-chuyen-mon", "Chuyên đề, hội giảng, thao giảng."),
    6: ("Công tác Đội", "cong-tac-doi", "Hoạt động của Liên đội TNTP Hồ Chí Minh."),
    8: ("Thông báo", "thong-bao", "Thông báo của nhà trường đến học sinh và cha mẹ học sinh."),
}

RIGHT_B = '<p style="text-align: right;"><strong>{}</strong></p>'
RIGHT_I = '<p style="text-align: right;"><em>{}</em></p>'


def _by(line: str, bold: bool = False) -> Raw:
    return Raw((RIGHT_B if bold else RIGHT_I).format(_tx(line)))


def _tx(value: str) -> str:
    """wptexturize as printed: curly quotes, dashes and ellipses become numeric references."""
    s = _html.escape(value, quote=False)
    for ch in "“”‘’–—…":
        s = s.replace(ch, f"&#{ord(ch)};")
    return s


UP = "/wp-content/uploads/2026"
#: a link inside 112, copied from the school's Facebook post (trap 10)
FB_LINK_101 = "/?p=101&fbclid=IwAR2kLvT9xQm3Ud7Y0pHs1aQe5cBnW8rZ4tJ6gFoVyDiE0Xs_aem_Lq3u"

STORIES: list[Story] = [
    Story(
        id=101,
        slug="hoi-nghi-cbccvc-2026-2027",
        title="Hội nghị Cán bộ, công chức, viên chức và người lao động năm học 2026 – 2027",
        cat="3",
        published_at="2026-10-03T08:10:00+07:00",
        summary=(
            "Sáng ngày 02/10/2026, Trường THCS Lê Văn Tám long trọng tổ chức Hội nghị Cán bộ, "
            "công chức, viên chức và người lao động năm học 2026 – 2027 với sự tham dự của 86 cán "
            "bộ, giáo viên, nhân viên nhà trường."
        ),
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Sáng ngày 02/10/2026, Trường THCS Lê Văn Tám long trọng tổ chức Hội nghị Cán bộ, "
                "công chức, viên chức và người lao động năm học 2026 – 2027 với sự tham dự của 86 "
                "cán bộ, giáo viên, nhân viên nhà trường.",
                "lead",
            ),
            P(
                "Đến dự hội nghị có ông Trần Văn Lực, chuyên viên Phòng Giáo dục và Đào tạo huyện "
                "Hóc Môn; bà Nguyễn Thị Hồng Nhung, Chủ tịch Công đoàn cơ sở nhà trường cùng toàn "
                "thể cán bộ, giáo viên, nhân viên."
            ),
            Img(
                f"{UP}/10/hoi-nghi-cbccvc-2026-1024x683.jpg",
                "Quang cảnh Hội nghị Cán bộ, công chức, viên chức năm học 2026 – 2027",
                "Quang cảnh Hội nghị Cán bộ, công chức, viên chức năm học 2026 – 2027",
                "wpcap",
            ),
            P(
                "Tại hội nghị, thầy Nguyễn Văn Sang, Hiệu trưởng nhà trường đã trình bày báo cáo "
                "tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm học 2026 – 2027. Năm "
                "học vừa qua, nhà trường có 98,6% học sinh lớp 9 được xét công nhận tốt nghiệp "
                "THCS, 42 học sinh đạt giải trong kỳ thi học sinh giỏi cấp huyện và 7 học sinh đạt "
                "giải cấp thành phố.",
                "word",
            ),
            P(
                "Hội nghị cũng đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở và "
                "Quy chế thi đua – khen thưởng năm học mới. Nhiều ý kiến đóng góp tâm huyết của "
                "giáo viên tập trung vào việc đổi mới phương pháp dạy học theo Chương trình giáo "
                "dục phổ thông 2018 và tăng cường ứng dụng công nghệ thông tin trong quản lý.",
                "word",
            ),
            P(
                "Phát biểu chỉ đạo, ông Trần Văn Lực ghi nhận những kết quả nhà trường đạt được và "
                "đề nghị tập thể sư phạm tiếp tục phát huy tinh thần đoàn kết, nâng cao chất lượng "
                "giáo dục toàn diện, chú trọng công tác bồi dưỡng học sinh giỏi và phụ đạo học "
                "sinh yếu.",
                "word",
            ),
            Raw("<p>&nbsp;</p>"),
            P(
                "Kết thúc hội nghị, 100% đại biểu đã thống nhất ký giao ước thi đua, quyết tâm "
                "thực hiện thắng lợi nhiệm vụ năm học 2026 – 2027.",
                "word",
            ),
            _by("Tổ Văn phòng", bold=True),
        ],
        opts={"posted": ("2026-10-03", "08:10")},
    ),
    Story(
        id=104,
        slug="chuyen-de-doc-hieu-van-ban-thong-tin-ngu-van-8",
        title="Chuyên đề “Dạy học đọc hiểu văn bản thông tin” môn Ngữ văn 8",
        cat="4",
        published_at="2026-10-12T15:40:00+07:00",
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Nhằm nâng cao năng lực dạy học theo Chương trình giáo dục phổ thông 2018, chiều "
                "ngày 09/10/2026, Tổ Ngữ văn Trường THCS Lê Văn Tám đã tổ chức chuyên đề “Dạy học "
                "đọc hiểu văn bản thông tin” tại lớp 8A2.",
                "word",
            ),
            P(
                "Tiết dạy minh họa do cô Lê Thị Thanh Tâm thực hiện với một văn bản giới thiệu lễ "
                "hội truyền thống do giáo viên tự sưu tầm. Chuyên đề thu hút 14 giáo viên Ngữ văn "
                "của trường và giáo viên cốt cán của hai trường bạn trong cụm chuyên môn.",
                "word",
            ),
            P("Những điểm mới trong tiết dạy", "h3"),
            P(
                "Học sinh làm việc theo nhóm với phiếu học tập để nhận diện cấu trúc và đặc điểm "
                "của văn bản thông tin.",
                "li",
            ),
            P(
                "Giáo viên sử dụng sơ đồ tư duy và một đoạn phim ngắn để dẫn dắt, khơi gợi hứng "
                "thú của học sinh.",
                "li",
            ),
            P(
                "Phần vận dụng yêu cầu học sinh viết một đoạn văn giới thiệu hoạt động ngoại khóa "
                "của lớp mình.",
                "li",
            ),
            Img(
                f"{UP}/10/chuyen-de-ngu-van-8-lop-8a2.jpg",
                "Cô Lê Thị Thanh Tâm hướng dẫn học sinh lớp 8A2 thảo luận nhóm",
                "Cô Lê Thị Thanh Tâm hướng dẫn học sinh lớp 8A2 thảo luận nhóm",
                "emline",
            ),
            P(
                "Sau tiết dạy, các giáo viên trong tổ đã cùng trao đổi, rút kinh nghiệm. Đa số ý "
                "kiến đánh giá tiết dạy đạt mục tiêu đề ra, học sinh chủ động, tích cực; tuy "
                "nhiên, thời gian dành cho phần luyện tập còn hơi ít."
            ),
            P(
                "Thầy Phan Đức Huy, Phó Hiệu trưởng phụ trách chuyên môn đề nghị tổ tiếp tục nhân "
                "rộng cách tổ chức hoạt động nhóm, đồng thời xây dựng ngân hàng câu hỏi đọc hiểu "
                "dùng chung cho khối 8 trong học kỳ I."
            ),
            _by("Cô Nguyễn Thị Thu Hà – Tổ trưởng Tổ Ngữ văn"),
        ],
        opts={"posted": ("2026-10-12", "15:40")},
    ),
    Story(
        id=108,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Lê Văn Tám nhiệm kỳ 2026 – 2027",
        cat="6",
        published_at="2026-10-15T10:05:00+07:00",
        authors=["Lê Quốc Bảo"],
        photographers=["Lê Quốc Bảo"],
        blocks=[
            P(
                "Sáng thứ Hai ngày 12/10/2026, Liên đội Trường THCS Lê Văn Tám đã tổ chức thành "
                "công Đại hội Liên đội nhiệm kỳ 2026 – 2027 với sự tham dự của 94 đại biểu là chỉ "
                "huy các chi đội và đội viên tiêu biểu."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ "
                "2025 – 2026. Trong nhiệm kỳ qua, Liên đội đã thu gom được hơn 2,3 tấn giấy vụn "
                "trong phong trào Kế hoạch nhỏ, tổ chức 12 buổi sinh hoạt dưới cờ theo chủ điểm và "
                "được Hội đồng Đội huyện công nhận Liên đội vững mạnh xuất sắc."
            ),
            P(
                "Các đại biểu đã sôi nổi thảo luận về các chỉ tiêu của nhiệm kỳ mới như xây dựng "
                "“Tủ sách em yêu”, duy trì đội nghi thức và phát động phong trào “Đội viên nói lời "
                "hay, làm việc tốt”."
            ),
            Img(
                f"{UP}/10/dai-hoi-lien-doi-01-150x150.jpg",
                "Đoàn chủ tịch điều hành Đại hội",
                "Đoàn chủ tịch điều hành Đại hội",
                "gallery",
            ),
            Img(
                f"{UP}/10/dai-hoi-lien-doi-02-150x150.jpg",
                "Đại biểu biểu quyết thông qua chương trình Đại hội",
                "Đại biểu biểu quyết thông qua chương trình Đại hội",
                "gallery",
            ),
            Img(
                f"{UP}/10/dai-hoi-lien-doi-03-150x150.jpg",
                "Ban Chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "Ban Chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "gallery",
            ),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 em; em Trần Ngọc "
                "Bảo Hân, lớp 9A1 được tín nhiệm bầu làm Liên đội trưởng."
            ),
            _by("Tin, ảnh: Thầy Lê Quốc Bảo (TPT Đội)", bold=True),
        ],
        opts={"posted": ("2026-10-15", "10:05")},
    ),
    Story(
        id=112,
        slug="toa-dam-20-10-2026",
        title="Tọa đàm chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10",
        cat="3",
        published_at="2026-10-20T12:20:00+07:00",
        authors=["Trần Ngọc Diễm"],
        photographers=["Huỳnh Tấn Phát"],
        blocks=[
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 "
                "– 20/10/2026), Công đoàn cơ sở Trường THCS Lê Văn Tám đã tổ chức buổi tọa đàm với "
                "chủ đề “Phụ nữ nhà giáo – giỏi việc trường, đảm việc nhà”."
            ),
            P(
                "Tham dự buổi tọa đàm có 58 nữ cán bộ, giáo viên, nhân viên của nhà trường. Đây là "
                "hoạt động nằm trong chương trình công tác nữ công đã được thông qua tại Hội nghị "
                "Cán bộ, công chức, viên chức đầu năm học.",
                f"a={FB_LINK_101}|Hội nghị Cán bộ, công chức, viên chức đầu năm học",
            ),
            Img(f"{UP}/10/toa-dam-20-10-1024x683.jpg", "Ảnh: Thầy Huỳnh Tấn Phát", None, "wpcap"),
            P(
                "Tại buổi tọa đàm, các cô giáo đã chia sẻ kinh nghiệm cân bằng giữa công việc "
                "chuyên môn và chăm sóc gia đình, cách chăm lo sức khỏe cho bản thân cũng như "
                "những kỷ niệm đáng nhớ trong nghề dạy học."
            ),
            P(
                "Cô Võ Thị Ngọc Trâm, giáo viên Toán với 22 năm gắn bó cùng nhà trường xúc động: "
                "“Điều làm tôi hạnh phúc nhất là được nhìn các thế hệ học trò trưởng thành, nhiều "
                "em quay lại trường làm đồng nghiệp của mình”."
            ),
            P(
                "Dịp này, Công đoàn nhà trường đã trao tặng hoa và quà chúc mừng toàn thể chị em "
                "nữ công, đồng thời khen thưởng 6 cá nhân đạt danh hiệu “Giỏi việc trường, đảm "
                "việc nhà” năm học 2025 – 2026."
            ),
            _by("Bài: Cô Trần Ngọc Diễm – Ảnh: Thầy Huỳnh Tấn Phát"),
        ],
        opts={"posted": ("2026-10-20", "12:20")},
    ),
    Story(
        id=115,
        slug="thong-bao-kiem-tra-giua-hoc-ky-i",
        title="Thông báo về việc tổ chức kiểm tra giữa học kỳ I năm học 2026 – 2027",
        cat="8",
        published_at="2026-10-27",
        authors=["Nguyễn Văn Sang"],
        blocks=[
            Raw(
                '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>'
                '<tr><td style="width: 42%; text-align: center;">UBND HUYỆN HÓC MÔN<br />'
                "<strong>TRƯỜNG THCS LÊ VĂN TÁM</strong></td>"
                '<td style="width: 58%; text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
                "VIỆT NAM</strong><br /><strong><u>Độc lập &#8211; Tự do &#8211; Hạnh phúc</u>"
                "</strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 58/TB-THCSLVT</td>'
                '<td style="text-align: center;"><em>Hóc Môn, ngày 27 tháng 10 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra giữa học kỳ I '
                "năm học 2026 &#8211; 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 112/KH-THCSLVT ngày 05/9/2026 của Trường THCS Lê Văn Tám về "
                "thực hiện nhiệm vụ năm học 2026 – 2027;",
                "word",
            ),
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027 như sau:",
                "word",
            ),
            P(
                "1. Thời gian: từ ngày 02/11/2026 đến ngày 07/11/2026, kiểm tra tập trung các môn "
                "Ngữ văn, Toán, Tiếng Anh; các môn còn lại kiểm tra tại lớp theo thời khóa biểu.",
                "word",
            ),
            P(
                "2. Hình thức: kiểm tra viết kết hợp trắc nghiệm khách quan và tự luận; thời gian "
                "làm bài 90 phút đối với môn Ngữ văn, Toán và 60 phút đối với môn Tiếng Anh.",
                "word",
            ),
            P(
                "3. Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; "
                "nhắc nhở học sinh ôn tập, đi học đúng giờ và mang theo đầy đủ dụng cụ học tập.",
                "word",
            ),
            P(
                "Đề nghị các tổ chuyên môn, giáo viên bộ môn và học sinh nghiêm túc thực hiện./.",
                "word",
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong>'
                "<br />- Như trên;<br />- PHT, TTCM;<br />- Lưu: VT.</td>"
                '<td style="width: 50%; text-align: center; vertical-align: top;">'
                "<strong>HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Nguyễn Văn Sang</strong></td></tr></tbody></table>"
            ),
            Raw(
                '<p>File đính kèm: <a href="{B}/wp-content/uploads/2026/10/TB-58-kiem-tra-giua-HKI.pdf">'
                "TB-58-kiem-tra-giua-HKI.pdf</a></p>"
            ),
        ],
        opts={"posted": ("2026-10-28", "07:05"), "sticky": True},
    ),
    Story(
        id=118,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="4",
        published_at="2026-11-02T16:30:00+07:00",
        authors=["Phạm Thị Mỹ Linh"],
        blocks=[
            P(
                "Từ ngày 19/10 đến ngày 30/10/2026, Trường THCS Lê Văn Tám tổ chức Hội thi giáo "
                "viên dạy giỏi cấp trường năm học 2026 – 2027. Hội thi thu hút 24 giáo viên thuộc "
                "6 tổ chuyên môn tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai nội dung: trình bày biện pháp nâng cao chất "
                "lượng giảng dạy bộ môn và thực hiện một tiết dạy trên lớp. Ban giám khảo gồm Ban "
                "Giám hiệu, các tổ trưởng chuyên môn và giáo viên cốt cán."
            ),
            Img(
                f"{UP}/11/gvdg-cap-truong-1-1024x683.jpg",
                "Thầy Nguyễn Hoàng Nam, giáo viên Tin học, trong tiết dạy dự thi tại lớp 7A4",
                "Thầy Nguyễn Hoàng Nam, giáo viên Tin học, trong tiết dạy dự thi tại lớp 7A4",
                "wpcap",
            ),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ thiết kế hoạt động học tập phong phú, vận "
                "dụng hiệu quả các kỹ thuật dạy học tích cực như khăn trải bàn, mảnh ghép, trạm "
                "học tập. Một số giáo viên mạnh dạn sử dụng phần mềm mô phỏng và bảng tương tác "
                "trong giờ học."
            ),
            Raw("<!--nextpage-->"),
            P("Kết quả hội thi", "h3"),
            P(
                "Kết quả, Ban tổ chức đã công nhận 17 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường, trong đó có 5 giáo viên được chọn tham dự Hội thi giáo viên dạy giỏi "
                "cấp huyện:"
            ),
            P("Họ và tên | Môn | Tổ chuyên môn", "th"),
            P("Lê Thị Thanh Tâm | Ngữ văn | Ngữ văn", "tr"),
            P("Nguyễn Hoàng Nam | Tin học | Toán – Tin", "tr"),
            P("Trương Minh Khoa | Toán | Toán – Tin", "tr"),
            P("Đoàn Thị Mỹ Duyên | Tiếng Anh | Ngoại ngữ", "tr"),
            P("Võ Minh Triết | Khoa học tự nhiên | Khoa học tự nhiên", "tr"),
            Img(
                f"{UP}/11/gvdg-cap-truong-2-1024x683.jpg",
                "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu",
                "Ban Giám hiệu trao giấy chứng nhận cho các giáo viên đạt danh hiệu",
                "wpcap",
            ),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đồng thời góp phần xây "
                "dựng đội ngũ nhà giáo vững vàng về chuyên môn, đáp ứng yêu cầu đổi mới giáo dục."
            ),
            _by("ThS. Phạm Thị Mỹ Linh – Phó Hiệu trưởng", bold=True),
        ],
        opts={"posted": ("2026-11-02", "16:30")},
    ),
    Story(
        id=121,
        slug="tuyen-truyen-phong-chong-bao-luc-hoc-duong",
        title="Tuyên truyền phòng, chống bạo lực học đường cho học sinh khối 6, 7",
        cat="3",
        published_at="2026-11-06T09:00:00+07:00",
        source="Phòng Giáo dục và Đào tạo huyện Hóc Môn",
        blocks=[
            P(
                "Sáng ngày 04/11/2026, Trường THCS Lê Văn Tám phối hợp với Công an huyện Hóc Môn "
                "tổ chức buổi tuyên truyền phòng, chống bạo lực học đường cho hơn 700 học sinh khối "
                "6 và khối 7."
            ),
            P(
                "Tại buổi tuyên truyền, Thượng úy Đỗ Thành Trung đã giới thiệu các hình thức bạo "
                "lực học đường thường gặp như đánh nhau, lăng mạ, cô lập bạn bè và bắt nạt trên "
                "mạng xã hội; phân tích hậu quả cũng như trách nhiệm pháp lý đối với hành vi vi "
                "phạm."
            ),
            P(
                "Thông qua các tình huống cụ thể, học sinh được hướng dẫn cách nhận diện, ứng xử "
                "và tìm kiếm sự giúp đỡ từ thầy cô, cha mẹ khi bị bắt nạt hoặc chứng kiến bạn bè "
                "bị bắt nạt."
            ),
            Img(f"{UP}/11/tuyen-truyen-bao-luc-hoc-duong.jpg", None, None, "plain"),
            P(
                "Nhà trường cũng công bố số điện thoại đường dây nóng và hộp thư “Điều em muốn "
                "nói” đặt tại phòng Tư vấn tâm lý để học sinh có thể chia sẻ những khó khăn, vướng "
                "mắc của mình."
            ),
            _by("BBT", bold=True),
            _by("Nguồn: Phòng Giáo dục và Đào tạo huyện Hóc Môn"),
        ],
        opts={"posted": ("2026-11-06", "09:00")},
    ),
    Story(
        id=124,
        slug="ke-hoach-nho-dot-1",
        title="Liên đội ra quân phong trào “Kế hoạch nhỏ” đợt 1",
        cat="6",
        published_at="2026-11-10T14:15:00+07:00",
        authors=["Liên đội THCS Lê Văn Tám"],
        blocks=[
            P(
                "Thực hiện chương trình công tác Đội năm học 2026 – 2027, sáng ngày 07/11/2026, "
                "Liên đội Trường THCS Lê Văn Tám đã tổ chức ra quân phong trào “Kế hoạch nhỏ” đợt "
                "1 với chủ đề “Giấy vụn hôm nay – Ước mơ ngày mai”."
            ),
            P(
                "Ngay từ sáng sớm, các chi đội đã mang giấy vụn, vỏ lon, chai nhựa thu gom được "
                "tập trung tại sân trường. Ban Chỉ huy Liên đội phân công các đội viên cân, ghi sổ "
                "và phân loại theo từng chi đội."
            ),
            Img(
                f"{UP}/11/ke-hoach-nho-1.jpg",
                "Các chi đội tập kết giấy vụn tại sân trường",
                "Các chi đội tập kết giấy vụn tại sân trường",
                "slide",
            ),
            Img(f"{UP}/11/ke-hoach-nho-2.jpg", None, None, "slide"),
            Img(
                f"{UP}/11/ke-hoach-nho-3.jpg",
                "Ban Chỉ huy Liên đội cân và ghi sổ kết quả của từng chi đội",
                "Ban Chỉ huy Liên đội cân và ghi sổ kết quả của từng chi đội",
                "slide",
            ),
            P(
                "Kết quả, toàn Liên đội thu được 1.286 kg giấy vụn và 74 kg vỏ lon, chai nhựa. Chi "
                "đội 7A3 dẫn đầu với 96 kg giấy vụn, tiếp theo là các chi đội 9A1 và 6A5."
            ),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để hỗ trợ học bổng “Tiếp bước đến "
                "trường” cho các đội viên có hoàn cảnh khó khăn và bổ sung sách cho “Tủ sách em "
                "yêu” của thư viện nhà trường."
            ),
            _by("Liên đội THCS Lê Văn Tám", bold=True),
        ],
        opts={"posted": ("2026-11-10", "14:15")},
    ),
    Story(
        id=127,
        slug="ngay-hoi-stem-lan-thu-ii",
        title="Ngày hội STEM lần thứ II: học sinh tự tay chế tạo xe chạy bằng năng lượng mặt trời",
        cat="4",
        published_at="2026-11-14T20:45:00+07:00",
        summary=(
            "Ngày 13/11/2026, Trường THCS Lê Văn Tám tổ chức Ngày hội STEM lần thứ II với 32 sản "
            "phẩm của học sinh bốn khối lớp, thu hút đông đảo học sinh và cha mẹ học sinh đến tham "
            "quan, trải nghiệm."
        ),
        authors=["Võ Minh Triết"],
        blocks=[
            P(
                "Ngày 13/11/2026, Trường THCS Lê Văn Tám tổ chức Ngày hội STEM lần thứ II với 32 "
                "sản phẩm của học sinh bốn khối lớp, thu hút đông đảo học sinh và cha mẹ học sinh "
                "đến tham quan, trải nghiệm.",
                "lead",
            ),
            Raw('<p>[smartslider3 slider="2"]</p>'),
            P(
                "Các sản phẩm dự thi được chia thành ba nhóm: mô hình ứng dụng năng lượng tái tạo, "
                "thiết bị hỗ trợ học tập và sản phẩm tái chế bảo vệ môi trường. Mỗi nhóm học sinh "
                "có 5 phút thuyết trình và trả lời câu hỏi của ban giám khảo."
            ),
            P(
                "Nổi bật là mô hình xe chạy bằng năng lượng mặt trời của nhóm học sinh lớp 8A1. "
                "Các em đã tận dụng tấm pin mặt trời cũ, động cơ đồ chơi và vỏ hộp nhựa để chế tạo "
                "chiếc xe có thể di chuyển quãng đường 20 m trong chưa đầy một phút."
            ),
            Img(
                f"{UP}/11/ngay-hoi-stem-xe-nang-luong-mat-troi-1024x768.jpg",
                "Nhóm học sinh lớp 8A1 giới thiệu mô hình xe chạy bằng năng lượng mặt trời",
                "Nhóm học sinh lớp 8A1 giới thiệu mô hình xe chạy bằng năng lượng mặt trời",
                "wpcap",
            ),
            P(
                "Em Lâm Gia Huy, thành viên của nhóm chia sẻ: “Chúng em mất gần ba tuần để thử "
                "nghiệm. Lần đầu xe không chạy vì tấm pin quá nặng, cả nhóm phải thiết kế lại khung "
                "xe bằng ống hút và que kem”."
            ),
            P(
                "Theo thầy Võ Minh Triết, giáo viên Vật lí phụ trách Câu lạc bộ STEM, ngày hội giúp "
                "học sinh vận dụng kiến thức liên môn Khoa học tự nhiên, Công nghệ, Toán học vào "
                "giải quyết các vấn đề thực tiễn, đồng thời rèn luyện kỹ năng làm việc nhóm và "
                "thuyết trình."
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và nhiều "
                "giải khuyến khích cho các nhóm học sinh có sản phẩm xuất sắc. Các sản phẩm đạt "
                "giải Nhất sẽ được chọn dự thi Cuộc thi Khoa học kỹ thuật cấp huyện."
            ),
            _by("Thầy Võ Minh Triết – GV Vật lí, phụ trách CLB STEM"),
        ],
        opts={"posted": ("2026-11-14", "20:45")},
    ),
    Story(
        id=130,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="3",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng ngày 18/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Lê Văn Tám tổ "
            "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tổng kết phong trào thi đua "
            "“Dạy tốt – Học tốt” đợt 1."
        ),
        authors=["Đặng Thị Kim Oanh"],
        photographers=["Huỳnh Tấn Phát"],
        blocks=[
            P(
                "Sáng ngày 18/11/2026, trong không khí trang trọng và ấm áp, Trường THCS Lê Văn Tám "
                "tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 và tổng kết phong trào thi "
                "đua “Dạy tốt – Học tốt” đợt 1.",
                "lead",
            ),
            Raw('<p><span id="more-130"></span></p>'),
            P(
                "Về dự buổi lễ có đại diện Đảng ủy, Ủy ban nhân dân xã Tân Xuân, Ban đại diện Cha "
                "mẹ học sinh, các thầy cô giáo nguyên là cán bộ quản lý, giáo viên của trường qua "
                "các thời kỳ cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.400 học sinh."
            ),
            Img(
                f"{UP}/11/le-20-11-van-nghe-1024x683.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9A2",
                "wpcap",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Sang, Hiệu trưởng nhà trường ôn lại truyền "
                "thống vẻ vang của ngành giáo dục Việt Nam và bày tỏ lòng biết ơn đối với các thế "
                "hệ nhà giáo đã tận tụy vì sự nghiệp trồng người."
            ),
            P(
                "Trong đợt thi đua vừa qua, toàn trường có 1.326 tiết dạy tốt, 412 giờ học tốt; 38 "
                "chi đội đạt danh hiệu chi đội mạnh. Nhà trường đã khen thưởng 12 tập thể lớp và 35 "
                "học sinh có thành tích xuất sắc."
            ),
            Img(
                f"{UP}/11/le-20-11-tang-hoa-1024x683.jpg",
                "Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng tập thể sư phạm nhà trường",
                "wpcap",
            ),
            P(
                "Thay mặt các thế hệ học trò, em Nguyễn Phúc Thịnh, học sinh lớp 9A1 gửi lời tri ân "
                "sâu sắc đến thầy cô và hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy "
                "dỗ của thầy cô."
            ),
            _by("Tin: Cô Đặng Thị Kim Oanh – Ảnh: Thầy Huỳnh Tấn Phát"),
        ],
        opts={"posted": ("2026-11-20", "09:45"), "updated": ("2026-11-22", "16:10")},
    ),
    Story(
        id=133,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="8",
        published_at="2026-11-27T22:10:00+07:00",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 các môn kiểm "
                "tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mặc đồng phục, mang "
                "theo thẻ học sinh và dụng cụ học tập cần thiết. Học sinh không được mang điện "
                "thoại di động vào phòng kiểm tra."
            ),
            P(
                "Các môn còn lại kiểm tra tại lớp theo thời khóa biểu từ ngày 07/12/2026 đến ngày "
                "12/12/2026. Trường hợp học sinh vắng kiểm tra có lý do chính đáng, cha mẹ học sinh "
                "liên hệ giáo viên chủ nhiệm để được sắp xếp kiểm tra bù."
            ),
            Raw(
                '<p><img class="alignnone" src="{B}/wp-content/plugins/pdf-icon/pdf.gif" alt="" '
                'width="16" height="16" /> <a href="{B}/wp-content/uploads/2026/11/'
                'Lich-kiem-tra-HKI-2026-2027.pdf">Tải lịch kiểm tra chi tiết (PDF)</a></p>'
            ),
            _by("Ban Giám hiệu", bold=True),
        ],
        opts={"posted": ("2026-11-27", "22:10"), "updated": ("2026-11-30", "08:02")},
    ),
    Story(
        id=136,
        slug="huong-ung-thang-hanh-dong-phong-chong-hiv-aids-2026",
        title="Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2026",
        cat="3",
        published_at="2026-12-01T07:50:00+07:00",
        summary=(
            "Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS (từ ngày 10/11 đến ngày "
            "10/12/2026), Trường THCS Lê Văn Tám đã tổ chức chuỗi hoạt động tuyên truyền cho học "
            "sinh khối 8 và khối 9."
        ),
        authors=["Lưu Thị Bích"],
        blocks=[
            P(
                "Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS (từ ngày 10/11 đến ngày "
                "10/12/2026), Trường THCS Lê Văn Tám đã tổ chức chuỗi hoạt động tuyên truyền cho "
                "học sinh khối 8 và khối 9.",
                "lead",
            ),
            P(
                "Trong tiết sinh hoạt dưới cờ ngày 30/11/2026, cô Lưu Thị Bích, nhân viên y tế "
                "trường học đã cung cấp cho học sinh những kiến thức cơ bản về HIV/AIDS, các con "
                "đường lây truyền và biện pháp phòng tránh."
            ),
            P(
                "Cô nhấn mạnh: “HIV không lây qua giao tiếp thông thường như bắt tay, ôm, ngồi học "
                "chung hay dùng chung đồ dùng học tập. Các em cần yêu thương, không kỳ thị, phân "
                "biệt đối xử với người nhiễm HIV”."
            ),
            Img(
                f"{UP}/12/tuyen-truyen-hiv-aids-2026.jpg",
                "Học sinh khối 9 tham gia trò chơi “Ai hiểu đúng?” về phòng, chống HIV/AIDS",
                "Học sinh khối 9 tham gia trò chơi “Ai hiểu đúng?” về phòng, chống HIV/AIDS",
                "wpcap",
            ),
            P(
                "Bên cạnh buổi nói chuyện chuyên đề, các chi đội khối 8, 9 còn thực hiện báo "
                "tường, làm sản phẩm tuyên truyền và tham gia cuộc thi trắc nghiệm trực tuyến tìm "
                "hiểu về phòng, chống HIV/AIDS do Đoàn Thanh niên xã phát động."
            ),
            P("Thông điệp của nhà trường trong Tháng hành động năm nay:"),
            P("“Hiểu đúng để phòng tránh – Yêu thương để không kỳ thị”.", "br"),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="{B}/index.php?p=121">Tuyên truyền phòng, '
                "chống bạo lực học đường cho học sinh khối 6, 7</a></p>"
            ),
            _by("Cô Lưu Thị Bích – Nhân viên Y tế"),
        ],
        opts={"posted": ("2026-12-01", "07:50")},
    ),
    Story(
        id=139,
        slug="phat-dong-thi-dua-chao-mung-22-12",
        title=(
            "Liên đội phát động phong trào thi đua chào mừng 82 năm Ngày thành lập Quân đội nhân "
            "dân Việt Nam"
        ),
        cat="6",
        published_at="2026-12-03T13:35:00+07:00",
        authors=["Lê Quốc Bảo"],
        photographers=["Chi đội 8A3"],
        blocks=[
            P(
                "Chiều ngày 01/12/2026, Liên đội Trường THCS Lê Văn Tám tổ chức lễ phát động phong "
                "trào thi đua chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam "
                "(22/12/1944 – 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 – "
                "22/12/2026)."
            ),
            P(
                "Theo kế hoạch, phong trào diễn ra từ ngày 01/12 đến ngày 22/12/2026 với nhiều hoạt "
                "động thiết thực như: thi đua giành nhiều giờ học tốt, hội thi nghi thức Đội, viết "
                "thư gửi các chú bộ đội đang công tác tại biên giới, hải đảo."
            ),
            P(
                "Liên đội cũng phát động đợt 2 phong trào “Kế hoạch nhỏ”, tiếp nối kết quả đáng "
                "khích lệ của đợt 1 vừa qua:"
            ),
            Raw("<!--embed:124-->"),
            P(
                "Dịp này, Ban Chỉ huy Liên đội tổ chức cho đại diện các chi đội đến thăm, tặng quà "
                "Mẹ Việt Nam anh hùng Trần Thị Lành và các gia đình chính sách trên địa bàn xã."
            ),
            Img(
                f"{UP}/12/phat-dong-thi-dua-22-12-1024x683.jpg",
                "Liên đội trưởng Trần Ngọc Bảo Hân đọc thư phát động thi đua",
                "Liên đội trưởng Trần Ngọc Bảo Hân đọc thư phát động thi đua",
                "wpcap",
            ),
            P(
                "Kết quả phong trào sẽ được tổng kết vào tiết sinh hoạt dưới cờ ngày 28/12/2026; "
                "các chi đội xuất sắc sẽ được tuyên dương và ghi nhận vào kết quả thi đua học kỳ I."
            ),
            _by("Tin: Thầy Lê Quốc Bảo – Ảnh: Chi đội 8A3", bold=True),
        ],
        opts={"posted": ("2026-12-03", "13:35")},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


@dataclass(frozen=True)
class Comment:
    id: int
    post: int
    author: str
    day: str
    hm: str
    text: str
    parent: int = 0


COMMENTS: list[Comment] = [
    Comment(
        7,
        121,
        "Phụ huynh em Minh Khôi (6A3)",
        "2026-11-06",
        "20:14",
        "Cảm ơn nhà trường đã tổ chức buổi tuyên truyền rất bổ ích. Về nhà cháu kể lại cho gia "
        "đình nghe và đã biết cách xử lý khi bị bạn trêu chọc trên mạng.",
    ),
    Comment(
        9,
        121,
        "THCS Lê Văn Tám",
        "2026-11-07",
        "07:32",
        "Cảm ơn quý phụ huynh đã quan tâm, đồng hành cùng nhà trường!",
        parent=7,
    ),
    Comment(
        11,
        130,
        "Cựu học sinh khóa 2010 – 2014",
        "2026-11-20",
        "21:03",
        "Chúc thầy cô trường Lê Văn Tám luôn mạnh khỏe, hạnh phúc! Nhớ mãi những năm tháng dưới "
        "mái trường.",
    ),
    Comment(
        12,
        130,
        "Nguyễn Thị Mai",
        "2026-11-21",
        "06:48",
        "Buổi lễ rất ý nghĩa, các tiết mục văn nghệ của các em học sinh rất công phu.",
    ),
]

# gallery thumbnails of 108 -> attachment id; the attachment pages are NON_ARTICLES
ATTACHMENTS: dict[int, Img] = {
    150 + i: img for i, img in enumerate(BY_ID[108].images)
}

# static pages: page_id -> (title, inner html)
PAGES: dict[int, tuple[str, str]] = {
    2: (
        "Giới thiệu chung",
        "<p>Trường THCS Lê Văn Tám được thành lập năm 1993 trên cơ sở tách ra từ Trường "
        "Phổ thông cơ sở Tân Xuân, mang tên người thiếu niên anh hùng Lê Văn Tám.</p>\n"
        "<p>Năm học 2026 &#8211; 2027, nhà trường có 38 lớp với 1.412 học sinh, 86 cán bộ, "
        "giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo, trong đó 21 giáo "
        "viên có trình độ thạc sĩ.</p>\n"
        "<p>Trường đạt chuẩn quốc gia mức độ 1 năm 2015, được công nhận đạt kiểm định chất "
        "lượng giáo dục cấp độ 3 năm 2022 và nhiều năm liền đạt danh hiệu Tập thể lao động "
        "xuất sắc.</p>\n",
    ),
    19: (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám hiệu</strong></p>\n"
        '<table class="bang-bgh" border="1"><tbody>'
        "<tr><td>Thầy Nguyễn Văn Sang</td><td>Hiệu trưởng</td><td>0903 218 456</td></tr>"
        "<tr><td>Thầy Phan Đức Huy</td><td>Phó Hiệu trưởng (chuyên môn)</td>"
        "<td>0918 337 120</td></tr>"
        "<tr><td>Cô Phạm Thị Mỹ Linh</td><td>Phó Hiệu trưởng (cơ sở vật chất)</td>"
        "<td>0937 604 215</td></tr></tbody></table>\n"
        "<p><strong>Các tổ chuyên môn:</strong> Ngữ văn; Toán &#8211; Tin; Ngoại ngữ; Khoa "
        "học tự nhiên; Lịch sử và Địa lí &#8211; GDCD; Nghệ thuật &#8211; Thể chất.</p>\n"
        "<p><strong>Tổ Văn phòng:</strong> kế toán, văn thư, thủ quỹ, y tế, thư viện, thiết "
        "bị.</p>\n",
    ),
    23: (
        "Liên hệ",
        "<p><strong>TRƯỜNG THCS LÊ VĂN TÁM</strong><br />\nĐịa chỉ: 45/2 Ấp Mỹ Hòa 3, xã Tân "
        "Xuân, huyện Hóc Môn, TP. Hồ Chí Minh<br />\nĐiện thoại: (028) 3891 2345<br />\n"
        "Email: c2levantam.hocmon@hcm.edu.vn</p>\n"
        '<div role="form" class="wpcf7" id="wpcf7-f31-p23-o1" lang="vi" dir="ltr">'
        '<form action="/?page_id=23#wpcf7-f31-p23-o1" method="post" class="wpcf7-form" '
        'novalidate="novalidate"><div style="display: none;"><input type="hidden" '
        'name="_wpcf7" value="31" /><input type="hidden" name="_wpcf7_version" value="5.0.5" />'
        '</div><p><label> Họ tên (bắt buộc)<br /><span class="wpcf7-form-control-wrap '
        'your-name"><input type="text" name="your-name" value="" size="40" /></span></label></p>'
        '<p><label> Nội dung<br /><span class="wpcf7-form-control-wrap your-message"><textarea '
        'name="your-message" cols="40" rows="10"></textarea></span></label></p><p><input '
        'type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p></form></div>\n'
        '<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3918.2!2d106.59'
        '!3d10.88" width="600" height="350" frameborder="0" style="border:0" allowfullscreen>'
        "</iframe></p>\n",
    ),
}

NON_ARTICLES = [
    "/?page_id=2",
    "/?page_id=19",
    "/?page_id=23",
    "/?attachment_id=150",
    "/?attachment_id=151",
    "/?attachment_id=152",
]

# --- dates as WordPress 4.9 (vi) prints them --------------------------------------------------

MONTHS = [
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip


def _dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def _long(day: str) -> str:
    """``get_the_date('j F, Y')`` in the vi locale: "20 Tháng Mười Một, 2026"."""
    y, m, d = day.split("-")
    return f"{int(d)} {MONTHS[int(m) - 1]}, {y}"


def _clock(hm: str) -> str:
    """Time format ``g:i a`` translated: "9:45 sáng", "12:20 chiều", "8:45 chiều"."""
    h, m = (int(x) for x in hm.split(":"))
    word = "sáng" if h < 12 else "chiều"
    return f"{(h % 12) or 12}:{m:02d} {word}"


def _wrong_iso(day: str, hm: str) -> str:
    """``get_the_date('c')`` before WordPress 5.3: local wall clock labelled as UTC."""
    return f"{day}T{hm}:00+00:00"


def _rfc822_gmt(day: str, hm: str) -> str:
    """The feed's pubDate, from post_date_gmt (correct)."""
    import datetime as _dt

    local = _dt.datetime.fromisoformat(f"{day}T{hm}:00")
    gmt = local - _dt.timedelta(hours=7)
    return gmt.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _posted(story: Story) -> tuple[str, str]:
    return story.opts["posted"]


def _cat(story: Story) -> int:
    return int(story.cat)


def _thumb(story: Story, size: str = "300x200") -> str:
    imgs = story.images
    if not imgs:
        return f"/wp-content/themes/truong-hoc/images/no-thumb-{size}.jpg"
    src = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", imgs[0].src)
    return src[:-4] + f"-{size}.jpg"


def _excerpt(story: Story, words: int = 40) -> str:
    text = " ".join(p for p in story.paragraphs)
    parts = text.split()
    return " ".join(parts[:words]) + (" [&hellip;]" if len(parts) > words else "")


ORDER = sorted(STORIES, key=lambda s: _posted(s), reverse=True)

# --- the post's content as the Classic editor + plugins print it ------------------------------

WORD_SPAN = "<span style=\"font-family: 'times new roman', times, serif; font-size: 14pt;\">{}</span>"


def _size(src: str) -> tuple[int, int]:
    m = re.search(r"-(\d+)x(\d+)\.jpg$", src)
    return (int(m.group(1)), int(m.group(2))) if m else (800, 533)


def _img_tag(b: str, img: Img, wp_id: int, align: str = "aligncenter") -> str:
    w, h = _size(img.src)
    src = b + img.src
    srcset = ""
    if w >= 1024:
        base = re.sub(r"-\d+x\d+\.jpg$", "", img.src)
        small_h = round(300 * h / w)
        mid_h = round(768 * h / w)
        srcset = (
            f' srcset="{src} {w}w, {b}{base}-300x{small_h}.jpg 300w, {b}{base}-768x{mid_h}.jpg 768w"'
            f' sizes="(max-width: {w}px) 100vw, {w}px"'
        )
    return (
        f'<img class="{(align + " ") if align else ""}size-large wp-image-{wp_id}" src="{src}" '
        f'alt="" width="{w}" '
        f'height="{h}"{srcset} />'
    )


def _para(p: P, b: str) -> str:
    body = _tx(p.text)
    if p.style.startswith("a="):
        href, anchor = p.style[2:].split("|", 1)
        href_out = _html.escape(b + href).replace("&amp;", "&#038;")
        body = body.replace(_tx(anchor), f'<a href="{href_out}">{_tx(anchor)}</a>', 1)
    if p.style == "word":
        return f'<p style="text-align: justify;">{WORD_SPAN.format(body)}</p>'
    if p.style == "lead":
        return f"<p><strong>{body}</strong></p>"
    if p.style == "h3":
        return f'<h3><span style="color: #000080;">{body}</span></h3>'
    return f"<p>{body}</p>"


def _gallery(b: str, story: Story, imgs: list[Img]) -> str:
    out = [
        "<style type='text/css'>\n\t\t\t#gallery-1 {\n\t\t\t\tmargin: auto;\n\t\t\t}\n"
        "\t\t\t#gallery-1 .gallery-item {\n\t\t\t\tfloat: left;\n\t\t\t\tmargin-top: 10px;\n"
        "\t\t\t\ttext-align: center;\n\t\t\t\twidth: 33%;\n\t\t\t}\n"
        "\t\t\t#gallery-1 img {\n\t\t\t\tborder: 2px solid #cfcfcf;\n\t\t\t}\n"
        "\t\t\t#gallery-1 .gallery-caption {\n\t\t\t\tmargin-left: 0;\n\t\t\t}\n"
        "\t\t\t/* see gallery_shortcode() in wp-includes/media.php */\n\t\t</style>",
        f"<div id='gallery-1' class='gallery galleryid-{story.id} gallery-columns-3 "
        "gallery-size-thumbnail'>",
    ]
    ids = {img.src: aid for aid, img in ATTACHMENTS.items()}
    for img in imgs:
        aid = ids[img.src]
        out.append(
            "<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon landscape'>\n"
            f"\t\t\t\t<a href='{b}/?attachment_id={aid}'><img width=\"150\" height=\"150\" "
            f'src="{b}{img.src}" class="attachment-thumbnail size-thumbnail" alt="" '
            f'aria-describedby="gallery-1-{aid}" /></a>\n\t\t\t</div>\n'
            f"\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{aid}'>\n"
            f"\t\t\t\t{_tx(img.printed or '')}\n\t\t\t\t</figcaption></figure>"
        )
    out.append("<br style=\"clear: both\" />\n\t\t</div>")
    return "\n".join(out)


def _slider(b: str, imgs: list[Img]) -> str:
    sid = 540
    lis = []
    for k, img in enumerate(imgs, start=1):
        name = img.src.rsplit("/", 1)[1][:-4]
        cap = (
            f'<div class="caption-wrap"><div class="caption">{_tx(img.printed)}</div></div>'
            if img.printed
            else ""
        )
        lis.append(
            f'<li style="display: block; width: 100%;" class="slide-{sid + k} ms-image">'
            f'<img src="{b}{img.src}" height="450" width="800" alt="" '
            f'class="slider-{sid} slide-{sid + k}" title="{name}" />{cap}</li>'
        )
    return (
        f'<div id="metaslider-id-{sid}" style="max-width: 800px;" class="ml-slider-3-7-2 '
        f'metaslider metaslider-flex metaslider-{sid} ml-slider nav-hidden">\n'
        f'    <div id="metaslider_container_{sid}">\n'
        f'        <div id="metaslider_{sid}">\n            <ul aria-live="polite" class="slides">\n'
        + "\n".join(f"                {li}" for li in lis)
        + "\n            </ul>\n        </div>\n        \n    </div>\n</div>\n"
        f'<script type="text/javascript">var metaslider_{sid} = function($) {{'
        f"$('#metaslider_{sid}').addClass('flexslider');$('#metaslider_{sid}').flexslider({{ "
        'slideshowSpeed:3000, animation:"fade", controlNav:true, directionNav:true, '
        'prevText:"Trước", nextText:"Sau" });};</script>'
    )


def _embed(b: str, target: Story) -> str:
    secret = "Xk3pQ9LmTa"
    return (
        f'<blockquote class="wp-embedded-content" data-secret="{secret}"><a href="{b}/?p='
        f'{target.id}">{_tx(target.title)}</a></blockquote>\n'
        f'<p><iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" '
        'style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" '
        f'src="{b}/?p={target.id}&#038;embed=true#?secret={secret}" data-secret="{secret}" '
        f'width="600" height="338" title="&#8220;{_tx(target.title)}&#8221; &#8212; {SITE}" '
        'frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe></p>'
    )


def _pages_of(story: Story) -> list[list]:
    pages: list[list] = [[]]
    for block in story.blocks:
        if isinstance(block, Raw) and block.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def render_content(story: Story, b: str, page: int = 1) -> str:
    blocks = _pages_of(story)[page - 1]
    out: list[str] = []
    i = 0
    n_img = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P):
            if block.style == "li":
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{_tx(blocks[i].text)}</li>")
                    i += 1
                out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            if block.style in ("th", "tr"):
                rows = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                    cells = blocks[i].text.split(" | ")
                    if blocks[i].style == "th":
                        tds = "".join(
                            f'<td style="text-align: center;"><strong>{_tx(c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_tx(c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                    i += 1
                out.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1" '
                    'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
                )
                continue
            html_p = _para(block, b)
            # a line typed with Shift+Enter after it: wpautop prints <br />
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                html_p = html_p[:-4] + "<br />\n" + _tx(blocks[i].text) + "</p>"
            out.append(html_p)
            i += 1
            continue
        if isinstance(block, Img):
            if block.style in ("gallery", "slide"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == block.style:
                    group.append(blocks[i])
                    i += 1
                out.append(_gallery(b, story, group) if block.style == "gallery" else _slider(b, group))
                continue
            n_img += 1
            wp_id = story.id * 10 + n_img + (page - 1) * 5
            if block.style == "wpcap":
                w, _h = _size(block.src)
                out.append(
                    f'<div id="attachment_{wp_id}" style="width: {w + 10}px" class="wp-caption '
                    f'aligncenter">{_img_tag(b, block, wp_id, "")}<p class="wp-caption-text">'
                    f"{_tx(block.printed or '')}</p></div>"
                )
            elif block.style == "emline":
                out.append(f"<p>{_img_tag(b, block, wp_id)}</p>")
                out.append(f'<p style="text-align: center;"><em>{_tx(block.printed or "")}</em></p>')
            else:
                out.append(f"<p>{_img_tag(b, block, wp_id)}</p>")
            i += 1
            continue
        assert isinstance(block, Raw)
        m = re.fullmatch(r"<!--embed:(\d+)-->", block.html)
        out.append(_embed(b, BY_ID[int(m.group(1))]) if m else block.html.replace("{B}", b))
        i += 1
    return "\n".join(out)

# --- chrome ----------------------------------------------------------------------------------

VER = "4.9.8"


def _u(b: str, target: str) -> str:
    """An absolute URL as esc_url prints it (``&`` as ``&#038;``)."""
    return (b + target).replace("&", "&#038;")


def _head(b: str, title: str, extra: str = "") -> str:
    b_js = b.replace("/", "\\/")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="{b}/xmlrpc.php">
<title>{title}</title>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{b}/?feed=rss2" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng phản hồi" href="{b}/?feed=comments-rss2" />
{extra}
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/11\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/11\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{b_js}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={VER}"}}}};
!function(a,b,c){{var d=b.createElement("canvas")}}(window,document,window._wpemojiSettings);
</script>
<style type="text/css">
img.wp-smiley,img.emoji{{display:inline !important;border:none !important;height:1em !important;width:1em !important;margin:0 .07em !important;vertical-align:-0.1em !important;background:none !important;padding:0 !important;}}
</style>
<link rel='stylesheet' id='metaslider-flex-slider-css' href='{b}/wp-content/plugins/ml-slider/assets/sliders/flexslider/flexslider.css?ver=3.7.2' type='text/css' media='all' property='stylesheet' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='{b}/wp-content/plugins/contextual-related-posts/css/default-style.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.73.8' type='text/css' media='all' />
<link rel='stylesheet' id='truong-hoc-style-css' href='{b}/wp-content/themes/truong-hoc/style.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{b}/wp-content/themes/truong-hoc/css/font-awesome.min.css?ver=4.7.0' type='text/css' media='all' />
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<script type='text/javascript' src='{b}/wp-content/plugins/ml-slider/assets/sliders/flexslider/jquery.flexslider.min.js?ver=3.7.2'></script>
<link rel='https://api.w.org/' href='{b}/?rest_route=/' />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{b}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress {VER}" />
<style type="text/css">.recentcomments a{{display:inline !important;padding:0 !important;margin:0 !important;}}
.entry-meta time.updated{{display:none}}</style>
<link rel="icon" href="{b}/wp-content/uploads/2018/08/cropped-logo-lvt-32x32.png" sizes="32x32" />
<link rel="icon" href="{b}/wp-content/uploads/2018/08/cropped-logo-lvt-192x192.png" sizes="192x192" />
</head>
"""


MENU = [
    ("menu-item-25", "Trang chủ", "/", []),
    (
        "menu-item-26",
        "Giới thiệu",
        "/?page_id=2",
        [("menu-item-27", "Giới thiệu chung", "/?page_id=2"), ("menu-item-28", "Cơ cấu tổ chức", "/?page_id=19")],
    ),
    (
        "menu-item-29",
        "Tin tức",
        "/?cat=3",
        [("menu-item-30", "Tin tức - Sự kiện", "/?cat=3"), ("menu-item-31", "Thông báo", "/?cat=8")],
    ),
    ("menu-item-32", "Chuyên môn", "/?cat=4", []),
    ("menu-item-33", "Công tác Đội", "/?cat=6", []),
    (
        "menu-item-34",
        "Tiện ích",
        "#",
        [
            ("menu-item-35", "Sổ liên lạc điện tử", "http://vnedu.vn"),
            ("menu-item-36", "Thư viện điện tử", "https://thuvienhoclieu.hcm.edu.vn"),
        ],
    ),
    ("menu-item-37", "Liên hệ", "/?page_id=23", []),
]


def _menu(b: str, current: str) -> str:
    def href(t: str) -> str:
        return t if t.startswith(("http", "#")) else _u(b, t)

    out = ['<ul id="primary-menu" class="menu">']
    for mid, label, target, subs in MENU:
        kind = "menu-item-type-custom menu-item-object-custom" if target in ("/", "#") else (
            "menu-item-type-taxonomy menu-item-object-category" if "cat=" in target
            else "menu-item-type-post_type menu-item-object-page"
        )
        cls = f"menu-item {kind}"
        if subs:
            cls += " menu-item-has-children"
        if target == current:
            cls += " current-menu-item"
        out.append(f'<li id="{mid}" class="{cls} {mid}"><a href="{href(target)}">{label}</a>')
        if subs:
            out.append('<ul class="sub-menu">')
            for sid, slabel, starget in subs:
                out.append(
                    f'\t<li id="{sid}" class="menu-item menu-item-type-custom {sid}">'
                    f'<a href="{href(starget)}">{slabel}</a></li>'
                )
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


def _crumbs(b: str, trail: list[tuple[str, str | None]]) -> str:
    """Breadcrumb NavXT 6 markup (RDFa), its English title attributes left untranslated."""
    parts = [
        '<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" '
        f'title="Go to {SITE}." href="{b}" class="home"><span property="name">Trang chủ</span>'
        '</a><meta property="position" content="1"></span>'
    ]
    for pos, (label, target) in enumerate(trail, start=2):
        if target:
            parts.append(
                '<span property="itemListElement" typeof="ListItem"><a property="item" '
                f'typeof="WebPage" title="Go to {label}." href="{_u(b, target)}" class="taxonomy '
                f'category"><span property="name">{label}</span></a><meta property="position" '
                f'content="{pos}"></span>'
            )
        else:
            parts.append(
                f'<span class="post post-post current-item">{label}</span>'
            )
    return (
        '<div class="breadcrumbs duong-dan" typeof="BreadcrumbList" vocab="https://schema.org/">'
        + " &gt; ".join(parts)
        + "</div>"
    )


def _sidebar(b: str) -> str:
    recent = "\n".join(
        f'<li>\n\t<a href="{_u(b, f"/?p={s.id}")}">{_tx(s.title)}</a>\n'
        f'\t<span class="post-date">{_dmy(_posted(s)[0])}</span>\n</li>'
        for s in ORDER[:5]
    )
    cats = "\n".join(
        f'\t<li class="cat-item cat-item-{cid}"><a href="{_u(b, f"/?cat={cid}")}" >{name}</a> '
        f"({sum(1 for s in STORIES if _cat(s) == cid)})\n</li>"
        for cid, (name, _slug, _d) in sorted(CATS.items(), key=lambda kv: kv[1][0])
    )
    months = "\n".join(
        f"\t<option value='{_u(b, f'/?m={ym}')}'> {MONTHS[int(ym[4:]) - 1]} {ym[:4]} &nbsp;"
        f"({n})</option>"
        for ym, n in _month_counts()
    )
    return f"""<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{b}/">
\t<label><span class="screen-reader-text">Tìm kiếm cho:</span>
\t<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
\t<input type="submit" class="search-submit" value="Tìm kiếm" />
</form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title tieu-de-muc">Bài viết mới</h2><ul>
{recent}
</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title tieu-de-muc">Lịch tiếp phụ huynh</h2><div class="textwidget"><p>Ban Giám hiệu tiếp cha mẹ học sinh vào sáng thứ Bảy hằng tuần, từ 7 giờ 30 đến 10 giờ 30 tại Văn phòng nhà trường.</p>
</div></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title tieu-de-muc">Chuyên mục</h2><ul>
{cats}
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title tieu-de-muc">Lưu trữ</h2>\t\t<label class="screen-reader-text" for="archives-dropdown-2">Lưu trữ</label>
\t\t<select id="archives-dropdown-2" name="archive-dropdown" onchange='document.location.href=this.options[this.selectedIndex].value;'>
\t\t\t<option value="">Chọn tháng</option>
{months}
\t\t</select>
\t\t</section>
<section id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title tieu-de-muc">Liên kết website</h2><div class="textwidget custom-html-widget"><ul class="lien-ket">
<li><a href="https://hcm.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT TP. Hồ Chí Minh</a></li>
<li><a href="http://pgdhocmon.hcm.edu.vn" target="_blank" rel="noopener">Phòng GD&amp;ĐT huyện Hóc Môn</a></li>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://www.facebook.com/thcslevantam.hocmon" target="_blank" rel="noopener">Fanpage nhà trường</a></li>
</ul></div></section>
<section id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title tieu-de-muc">Thăm dò ý kiến</h2><div id="polls-1" class="wp-polls">
\t<form id="polls_form_1" class="wp-polls-form" action="/index.php" method="post">
\t\t<p style="display: none;"><input type="hidden" id="poll_1_nonce" name="wp-polls-nonce" value="3f9a1c2b7d" /></p>
\t\t<p style="display: none;"><input type="hidden" name="poll_id" value="1" /></p>
\t\t<p style="text-align: center;"><strong>Quý phụ huynh biết đến website của trường qua kênh nào?</strong></p><div id="polls-1-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
\t\t<li><input type="radio" id="poll-answer-1" name="poll_1" value="1" /> <label for="poll-answer-1">Giáo viên chủ nhiệm giới thiệu</label></li>
\t\t<li><input type="radio" id="poll-answer-2" name="poll_1" value="2" /> <label for="poll-answer-2">Fanpage của trường</label></li>
\t\t<li><input type="radio" id="poll-answer-3" name="poll_1" value="3" /> <label for="poll-answer-3">Tìm kiếm trên Google</label></li>
\t\t</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(1);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(1); return false;" title="Xem kết quả">Xem kết quả</a></p></div>
\t</form>
</div></section>
<section id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h2 class="widget-title tieu-de-muc">Thống kê truy cập</h2><ul class="thong-ke">
<li><label>Đang online:</label> 14</li>
<li><label>Hôm nay:</label> 327</li>
<li><label>Hôm qua:</label> 412</li>
<li><label>Tổng truy cập:</label> 458.106</li>
</ul></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title tieu-de-muc">Quản trị</h2><ul>
\t<li><a href="{b}/wp-login.php">Đăng nhập</a></li>
\t<li><a href="{_u(b, '/?feed=rss2')}">RSS bài viết</a></li>
\t<li><a href="{_u(b, '/?feed=comments-rss2')}">RSS bình luận</a></li>
\t<li><a href="https://wordpress.org/" title="Được hỗ trợ bởi WordPress, nền tảng xuất bản nội dung cá nhân hiện đại nhất.">WordPress.org</a></li>
</ul></section>"""


def _month_counts() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for s in ORDER:
        ym = _posted(s)[0][:7].replace("-", "")
        counts[ym] = counts.get(ym, 0) + 1
    return sorted(counts.items(), reverse=True)


def _layout(
    request: Request,
    title: str,
    body_class: str,
    main: str,
    trail: list[tuple[str, str | None]] | None,
    head_extra: str = "",
    current: str = "",
) -> str:
    b = base_url(request)
    crumbs = _crumbs(b, trail) if trail is not None else ""
    return (
        _head(b, title, head_extra)
        + f"""<body class="{body_class}">
<div id="page" class="site">
\t<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
\t<div class="thanh-top"><div class="container">
\t\t<span class="ngay-thang"><i class="fa fa-calendar"></i> {TODAY}</span>
\t\t<span class="hotline"><i class="fa fa-phone"></i> (028) 3891 2345</span>
\t\t<ul class="mxh"><li><a href="https://www.facebook.com/thcslevantam.hocmon" target="_blank"><i class="fa fa-facebook"></i></a></li><li><a href="https://www.youtube.com/channel/UCk3lvt0hocmon2018" target="_blank"><i class="fa fa-youtube"></i></a></li></ul>
\t</div></div>
\t<header id="masthead" class="site-header" role="banner">
\t\t<div class="banner-truong container">
\t\t\t<a href="{b}/" class="custom-logo-link" rel="home" itemprop="url"><img width="1170" height="160" src="{b}/wp-content/uploads/2018/08/banner-thcs-lvt.jpg" class="custom-logo" alt="{SITE}" itemprop="logo" /></a>
\t\t\t<p class="site-title"><a href="{b}/" rel="home">{SITE}</a></p>
\t\t\t<p class="site-description">Huyện Hóc Môn &#8211; Thành phố Hồ Chí Minh</p>
\t\t</div>
\t\t<nav id="site-navigation" class="main-navigation" role="navigation">
\t\t\t<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
\t\t\t<div class="menu-menu-chinh-container">{_menu(b, current)}</div>
\t\t</nav>
\t</header>
\t<div class="chu-chay"><marquee scrollamount="4">Chào mừng quý phụ huynh và các em học sinh đến với website Trường THCS Lê Văn Tám &#8211; huyện Hóc Môn!</marquee></div>
\t<div id="content" class="site-content"><div class="container">
{crumbs}
\t<div id="primary" class="content-area khung-trai">
\t\t<main id="main" class="site-main" role="main">
{main}
\t\t</main><!-- #main -->
\t</div><!-- #primary -->
<aside id="secondary" class="widget-area cot-phai" role="complementary">
{_sidebar(b)}
</aside><!-- #secondary -->
\t</div></div><!-- #content -->
\t<footer id="colophon" class="site-footer" role="contentinfo">
\t\t<div class="chan-trang container">
\t\t\t<p><strong>TRƯỜNG THCS LÊ VĂN TÁM</strong></p>
\t\t\t<p>Địa chỉ: 45/2 Ấp Mỹ Hòa 3, xã Tân Xuân, huyện Hóc Môn, TP. Hồ Chí Minh</p>
\t\t\t<p>Điện thoại: (028) 3891 2345 &#8211; Email: <a href="mailto:c2levantam.hocmon@hcm.edu.vn">c2levantam.hocmon@hcm.edu.vn</a></p>
\t\t\t<p>Bản quyền &copy; 2018 &#8211; 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
\t\t</div>
\t\t<div class="site-info">Vận hành bởi <a href="https://wordpress.org/">WordPress</a> | Giao diện: Trường Học VN</div>
\t</footer>
</div><!-- #page -->
<script type='text/javascript' src='{b}/wp-content/themes/truong-hoc/js/navigation.js?ver=20151215'></script>
<script type='text/javascript' src='{b}/wp-includes/js/comment-reply.min.js?ver={VER}'></script>
<script type='text/javascript' src='{b}/wp-includes/js/wp-embed.min.js?ver={VER}'></script>
</body>
</html>
"""
    )

# --- templates -------------------------------------------------------------------------------


def _title_tag(title: str) -> str:
    return f"{_tx(title)} &#8211; {SITE}"


def _time_tags(story: Story, text: str) -> str:
    day, hm = _posted(story)
    if "updated" in story.opts:
        uday, uhm = story.opts["updated"]
        return (
            f'<time class="entry-date published" datetime="{_wrong_iso(day, hm)}">{text}</time>'
            f'<time class="updated" datetime="{_wrong_iso(uday, uhm)}">{_dmy(uday)}</time>'
        )
    return f'<time class="entry-date published updated" datetime="{_wrong_iso(day, hm)}">{text}</time>'


def _list_item(b: str, story: Story, sticky: bool = False) -> str:
    cid = _cat(story)
    link = _u(b, f"/?p={story.id}")
    cls = (
        f"post-{story.id} post type-post status-publish format-standard"
        + (" has-post-thumbnail" if story.images else "")
        + f" hentry category-{CATS[cid][1]}"
        + (" sticky" if sticky else "")
    )
    badge = '<span class="noi-bat"><i class="fa fa-thumb-tack"></i> Nổi bật</span>' if sticky else ""
    return f"""<article id="post-{story.id}" class="{cls}">
\t<div class="anh-dai-dien"><a href="{link}" title="{_tx(story.title)}"><img width="300" height="200" src="{b}{_thumb(story)}" class="attachment-medium size-medium wp-post-image" alt="" /></a></div>
\t<header class="entry-header">{badge}
\t\t<h2 class="entry-title"><a href="{link}" rel="bookmark">{_tx(story.title)}</a></h2>
\t\t<div class="entry-meta"><span class="posted-on"><i class="fa fa-clock-o"></i> {_time_tags(story, _long(_posted(story)[0]))}</span></div>
\t</header>
\t<div class="entry-summary"><p>{_tx(_excerpt(story)).replace("[&amp;hellip;]", "[&hellip;]")}</p>
</div>
\t<a class="doc-tiep" href="{link}#more-{story.id}">Đọc tiếp &raquo;</a>
</article>"""


def _pager(b: str, page: int, pages: int, url_of) -> str:
    if pages <= 1:
        return ""
    out = []
    if page > 1:
        out.append(f'<a class="prev page-numbers" href="{_u(b, url_of(page - 1))}">&laquo; Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f"<span aria-current='page' class='page-numbers current'>{n}</span>")
        else:
            out.append(f"<a class='page-numbers' href='{_u(b, url_of(n))}'>{n}</a>")
    if page < pages:
        out.append(f'<a class="next page-numbers" href="{_u(b, url_of(page + 1))}">Sau &raquo;</a>')
    return (
        '<nav class="navigation pagination phan-trang" role="navigation">\n'
        '\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n'
        '\t<div class="nav-links">' + "\n".join(out) + "</div>\n</nav>"
    )


def _pages_count(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def _home_slider(b: str) -> str:
    lis = []
    for k, sid in enumerate((130, 124, 108), start=1):
        s = BY_ID[sid]
        lis.append(
            f'<li style="display: block; width: 100%;" class="slide-{600 + k} ms-image">'
            f'<a href="{_u(b, f"/?p={sid}")}" target="_self"><img src="{b}{_thumb(s, "870x400")}" '
            f'height="400" width="870" alt="" class="slider-600 slide-{600 + k}" title="slide-{k}" />'
            f'</a><div class="caption-wrap"><div class="caption">{_tx(s.title)}</div></div></li>'
        )
    return (
        '<div class="slide-trang-chu"><div id="metaslider-id-600" style="width: 100%;" '
        'class="ml-slider-3-7-2 metaslider metaslider-flex metaslider-600 ml-slider">'
        '<div id="metaslider_container_600"><div id="metaslider_600"><ul class="slides">\n'
        + "\n".join(lis)
        + "\n</ul></div></div></div></div>"
    )


def page_home(request: Request, page: int) -> Response | None:
    b = base_url(request)
    pages = _pages_count(len(ORDER))
    if page > pages:
        return None
    items = ORDER[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = []
    if page == 1:
        for s in ORDER:
            if s.opts.get("sticky") and s not in items:
                rows.append(_list_item(b, s, sticky=True))
    rows += [_list_item(b, s, sticky=bool(s.opts.get("sticky")) and page == 1) for s in items]
    main = (
        (_home_slider(b) if page == 1 else "")
        + '\n<div class="tieu-de-muc tin-moi"><h2>Tin mới nhất</h2></div>\n'
        + "\n".join(rows)
        + "\n"
        + _pager(b, page, pages, lambda n: "/" if n == 1 else f"/?paged={n}")
    )
    title = SITE + (f" &#8211; Trang {page}" if page > 1 else " &#8211; Huyện Hóc Môn &#8211; TP. Hồ Chí Minh")
    body_class = "home blog" + (f" paged paged-{page}" if page > 1 else "") + " hfeed"
    return html(_layout(request, title, body_class, main, None, current="/"))


def page_listing(
    request: Request,
    posts: list[Story],
    page: int,
    query: str,
    heading: str,
    trail_label: str,
    body_class: str,
    description: str = "",
    head_extra: str = "",
    current: str = "",
    allow_empty: bool = False,
) -> Response | None:
    b = base_url(request)
    pages = _pages_count(len(posts))
    if page > pages or (not posts and not allow_empty):
        return None
    items = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    desc = f'<div class="taxonomy-description"><p>{description}</p>\n</div>' if description else ""
    rows = "\n".join(_list_item(b, s) for s in items) or (
        '<section class="no-results not-found"><p>Không tìm thấy nội dung phù hợp.</p></section>'
    )
    main = (
        f'<header class="page-header">\n\t<h1 class="page-title">{heading}</h1>{desc}\n</header>\n'
        + rows
        + "\n"
        + _pager(b, page, pages, lambda n: f"/?{query}" if n == 1 else f"/page/{n}/?{query}")
    )
    trail: list[tuple[str, str | None]] = [(trail_label, f"/?{query}" if page > 1 else None)]
    if page > 1:
        trail.append((f"Trang {page}", None))
    title = _tx(trail_label) + (f" &#8211; Trang {page}" if page > 1 else "") + f" &#8211; {SITE}"
    cls = body_class + (f" paged paged-{page}" if page > 1 else "") + " hfeed"
    return html(_layout(request, title, cls, main, trail, head_extra, current))


def _related(b: str, story: Story) -> str:
    same = [s for s in ORDER if _cat(s) == _cat(story) and s.id != story.id]
    others = [s for s in ORDER if s.id != story.id and s not in same]
    picks = (same + others)[:3]
    lis = "".join(
        f'<li><a href="{_u(b, f"/?p={s.id}")}" class="crp_link post-{s.id}"><figure><img width="150" '
        f'height="150" src="{b}{_thumb(s, "150x150")}" class="crp_thumb crp_featured" alt="'
        f'{_tx(s.title)}" title="{_tx(s.title)}" /></figure><span class="crp_title">'
        f"{_tx(s.title)}</span></a></li>"
        for s in picks
    )
    return (
        f'<div class="crp_related "><h3>Bài viết liên quan:</h3><ul>{lis}</ul>'
        '<div class="crp_clear"></div></div>'
    )


def _comments(b: str, story: Story, replyto: int | None, permalink: str = "") -> str:
    mine = [c for c in COMMENTS if c.post == story.id]
    permalink = permalink or f"/?p={story.id}"

    def render(c: Comment, depth: int) -> str:
        kids = [k for k in mine if k.parent == c.id]
        child = (
            '<ol class="children">\n' + "\n".join(render(k, depth + 1) for k in kids) + "\n</ol>"
            if kids
            else ""
        )
        return f"""<li id="comment-{c.id}" class="comment {"even" if depth % 2 else "odd"} depth-{depth}{" parent" if kids else ""}">
\t<article id="div-comment-{c.id}" class="comment-body">
\t\t<footer class="comment-meta">
\t\t\t<div class="comment-author vcard"><img alt='' src='http://1.gravatar.com/avatar/6b2f{c.id:04d}e1a7?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' /><b class="fn">{_tx(c.author)}</b> <span class="says">viết:</span></div>
\t\t\t<div class="comment-metadata"><a href="{_u(b, f"/?p={story.id}")}#comment-{c.id}"><time datetime="{_wrong_iso(c.day, c.hm)}">{_dmy(c.day)} lúc {_clock(c.hm)}</time></a></div>
\t\t</footer>
\t\t<div class="comment-content"><p>{_tx(c.text)}</p>
</div>
\t\t<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{_u(b, f"/?p={story.id}&replytocom={c.id}")}#respond' onclick='return addComment.moveForm( "div-comment-{c.id}", "{c.id}", "respond", "{story.id}" )' aria-label='Trả lời đến {_tx(c.author)}'>Trả lời</a></div>
\t</article>
{child}</li>"""

    listing = ""
    if mine:
        top = [c for c in mine if c.parent == 0]
        listing = (
            f'<h2 class="comments-title">{len(mine)} bình luận về &ldquo;{_tx(story.title)}&rdquo;</h2>\n'
            '<ol class="comment-list">\n' + "\n".join(render(c, 1) for c in top) + "\n</ol>"
        )
    target = next((c for c in mine if c.id == replyto), None)
    heading = (
        f"Trả lời đến {_tx(target.author)} " if target else "Để lại một bình luận "
    ) + (
        f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{_u(b, permalink)}#respond"'
        + ("" if target else ' style="display:none;"')
        + ">Hủy</a></small>"
    )
    return f"""<div id="comments" class="comments-area binh-luan">
{listing}
\t<div id="respond" class="comment-respond">
\t\t<h3 id="reply-title" class="comment-reply-title">{heading}</h3>
\t\t<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
\t\t\t<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
\t\t\t<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
\t\t\t<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p>
\t\t\t<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required='required' /></p>
\t\t\t<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{story.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' /></p>
\t\t</form>
\t</div><!-- #respond -->
</div><!-- #comments -->"""


def page_single(request: Request, story: Story, page: int = 1, replyto: int | None = None) -> Response:
    b = base_url(request)
    cid = _cat(story)
    cat_name, cat_slug, _d = CATS[cid]
    n_pages = len(_pages_of(story))
    day, hm = _posted(story)
    n_comments = sum(1 for c in COMMENTS if c.post == story.id)
    comments_link = (
        f'<span class="comments-link"> | <i class="fa fa-comment"></i> <a href="{_u(b, f"/?p={story.id}")}#comments">'
        f"{n_comments} bình luận</a></span>"
        if n_comments
        else ""
    )
    links = ""
    if n_pages > 1:
        parts = []
        for n in range(1, n_pages + 1):
            if n == page:
                parts.append(f"<span>{n}</span>")
            else:
                target = f"/?p={story.id}" if n == 1 else f"/?p={story.id}&page={n}"
                parts.append(f'<a href="{_u(b, target)}"><span>{n}</span></a>')
        links = '<div class="page-links">Trang: ' + " ".join(parts) + "</div>"
    idx = ORDER.index(story)
    newer = ORDER[idx - 1] if idx > 0 else None
    older = ORDER[idx + 1] if idx + 1 < len(ORDER) else None
    nav = '<nav class="navigation post-navigation" role="navigation">\n\t<h2 class="screen-reader-text">Điều hướng bài viết</h2>\n\t<div class="nav-links">'
    if older:
        nav += f'<div class="nav-previous"><a href="{_u(b, f"/?p={older.id}")}" rel="prev">&laquo; {_tx(older.title)}</a></div>'
    if newer:
        nav += f'<div class="nav-next"><a href="{_u(b, f"/?p={newer.id}")}" rel="next">{_tx(newer.title)} &raquo;</a></div>'
    nav += "</div>\n</nav>"
    others = [s for s in ORDER if _cat(s) == cid and s.id != story.id][:4]
    tin_khac = (
        '<div class="tin-khac"><h3 class="tieu-de-muc">Các tin khác</h3><ul>'
        + "".join(
            f'<li><a href="{_u(b, f"/?p={s.id}")}">{_tx(s.title)}</a> <span class="ngay">({_dmy(_posted(s)[0])})</span></li>'
            for s in others
        )
        + "</ul></div>"
        if others
        else ""
    )
    canonical = f"/?p={story.id}" + (f"&page={page}" if page > 1 else "")
    enc = quote_plus(f"{b}/?p={story.id}")
    head_extra = (
        f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {_tx(story.title)} Dòng phản hồi" '
        f'href="{_u(b, f"/?feed=rss2&p={story.id}")}" />\n'
        f'<link rel="canonical" href="{_u(b, canonical)}" />\n'
        f"<link rel='shortlink' href='{_u(b, f'/?p={story.id}')}' />\n"
        f'<link rel="alternate" type="application/json+oembed" href="{_u(b, f"/?rest_route=%2Foembed%2F1.0%2Fembed&url={enc}")}" />\n'
        f'<link rel="alternate" type="text/xml+oembed" href="{_u(b, f"/?rest_route=%2Foembed%2F1.0%2Fembed&url={enc}&format=xml")}" />'
    )
    fb = quote_plus(f"{b}/?p={story.id}")
    main = f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat_slug}">
\t<header class="entry-header">
\t\t<h1 class="entry-title">{_tx(story.title)}</h1>
\t\t<div class="entry-meta tt-bai-viet"><span class="posted-on"><i class="fa fa-calendar"></i> Đăng ngày <a href="{_u(b, f"/?p={story.id}")}" rel="bookmark">{_time_tags(story, _dmy(day))}</a></span><span class="gio-dang"> lúc {_clock(hm)}</span><span class="byline"> | <i class="fa fa-user"></i> Người đăng: <span class="author vcard">{ACCOUNT}</span></span><span class="luot-xem"> | <i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>{comments_link}</div>
\t</header>
\t<div class="cong-cu-bai">
\t\t<a href="javascript:void(0)" class="co-chu giam" onclick="doiCoChu(-1)">A-</a> <a href="javascript:void(0)" class="co-chu tang" onclick="doiCoChu(1)">A+</a>
\t\t<a href="javascript:window.print()" class="in-bai"><i class="fa fa-print"></i> In bài</a>
\t\t<a href="https://www.facebook.com/sharer/sharer.php?u={fb}" target="_blank" rel="nofollow" class="chia-se-fb"><i class="fa fa-facebook"></i> Chia sẻ</a>
\t</div>
\t<div class="entry-content">
{render_content(story, b, page)}
{links}
{_related(b, story)}
\t</div><!-- .entry-content -->
\t<footer class="entry-footer"><span class="cat-links"><i class="fa fa-folder-open"></i> Chuyên mục: <a href="{_u(b, f"/?cat={cid}")}" rel="category">{cat_name}</a></span></footer>
</article><!-- #post-{story.id} -->
{nav}
{tin_khac}
{_comments(b, story, replyto)}"""
    title = _tx(story.title) + (f" &#8211; Trang {page}" if page > 1 else "") + f" &#8211; {SITE}"
    body_class = (
        f"post-template-default single single-post postid-{story.id} single-format-standard"
    )
    trail = [(cat_name, f"/?cat={cid}"), (_tx(story.title), None)]
    return html(_layout(request, title, body_class, main, trail, head_extra, current=f"/?cat={cid}"))


def page_embed(request: Request, story: Story) -> Response:
    b = base_url(request)
    link = _u(b, f"/?p={story.id}")
    n_comments = sum(1 for c in COMMENTS if c.post == story.id)
    body = f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
\t<title>{_title_tag(story.title)}</title>
\t<meta http-equiv="X-UA-Compatible" content="IE=edge">
\t<meta name='robots' content='noindex,follow' />
\t<link rel="canonical" href="{link}" />
\t<style type="text/css">body{{font-family:sans-serif}}.wp-embed{{padding:25px;font-size:14px;font-weight:400;line-height:1.5;color:#82878c;background:#fff;border:1px solid #e5e5e5}}</style>
</head>
<body class="post-template-default single single-post postid-{story.id} single-format-standard">
\t<div class="wp-embed post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry">
\t\t<div class="wp-embed-featured-image rectangular"><a href="{link}" target="_top"><img width="300" height="200" src="{b}{_thumb(story)}" class="attachment-medium size-medium wp-post-image" alt="" /></a></div>
\t\t<p class="wp-embed-heading"><a href="{link}" target="_top">{_tx(story.title)}</a></p>
\t\t<div class="wp-embed-excerpt"><p>{_tx(_excerpt(story, 30)).replace("[&amp;hellip;]", "&hellip;")} <a href="{link}" class="wp-embed-more" target="_top">Đọc tiếp <span class="screen-reader-text">{_tx(story.title)}</span></a></p>
</div>
\t\t<div class="wp-embed-footer">
\t\t\t<div class="wp-embed-site-title"><a href="{b}" target="_top"><img src="{b}/wp-content/uploads/2018/08/cropped-logo-lvt-32x32.png" srcset="{b}/wp-content/uploads/2018/08/cropped-logo-lvt-192x192.png 2x" width="32" height="32" alt="" class="wp-embed-site-icon"/><span>{SITE}</span></a></div>
\t\t\t<div class="wp-embed-meta"><div class="wp-embed-comments"><a href="{link}#comments" target="_top"><span class="dashicons dashicons-admin-comments"></span>{n_comments} bình luận</a></div>
\t\t\t<div class="wp-embed-share"><button type="button" class="wp-embed-share-dialog-open" aria-label="Mở cửa sổ chia sẻ"><span class="dashicons dashicons-share"></span></button></div></div>
\t\t</div>
\t</div>
<script type='text/javascript' src='{b}/wp-includes/js/wp-embed-template.min.js?ver={VER}'></script>
</body>
</html>
"""
    return html(body)


def page_static(request: Request, page_id: int) -> Response:
    b = base_url(request)
    title, inner = PAGES[page_id]
    main = f"""<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">
\t<header class="entry-header"><h1 class="entry-title">{title}</h1></header>
\t<div class="entry-content">
{inner.replace('action="/?page_id=23', f'action="{b}/?page_id=23')}
\t</div>
</article>"""
    head = f'<link rel="canonical" href="{_u(b, f"/?page_id={page_id}")}" />\n<link rel=\'shortlink\' href=\'{_u(b, f"/?p={page_id}")}\' />'
    return html(
        _layout(
            request, _title_tag(title), f"page-template-default page page-id-{page_id}", main,
            [(title, None)], head, current=f"/?page_id={page_id}",
        )
    )


def page_attachment(request: Request, aid: int) -> Response:
    b = base_url(request)
    img = ATTACHMENTS[aid]
    parent = BY_ID[108]
    name = img.src.rsplit("/", 1)[1]
    full = re.sub(r"-\d+x\d+(\.jpg)$", r"\1", img.src)
    title = full.rsplit("/", 1)[1][:-4]
    day, hm = _posted(parent)
    ids = sorted(ATTACHMENTS)
    k = ids.index(aid)
    nav = '<nav id="image-navigation" class="navigation image-navigation"><div class="nav-links">'
    if k > 0:
        nav += f'<div class="nav-previous"><a href=\'{_u(b, f"/?attachment_id={ids[k - 1]}")}\'>Ảnh trước</a></div>'
    if k + 1 < len(ids):
        nav += f'<div class="nav-next"><a href=\'{_u(b, f"/?attachment_id={ids[k + 1]}")}\'>Ảnh tiếp theo</a></div>'
    nav += "</div></nav>"
    main = f"""<article id="post-{aid}" class="post-{aid} attachment type-attachment status-inherit hentry">
\t{nav}
\t<header class="entry-header"><h1 class="entry-title">{title}</h1>
\t\t<div class="entry-meta tt-bai-viet"><span class="posted-on">Đăng ngày <time class="entry-date published updated" datetime="{_wrong_iso(day, hm)}">{_dmy(day)}</time></span><span class="gio-dang"> lúc {_clock(hm)}</span> | <span class="full-size-link">Kích thước đầy đủ <a href="{b}{full}">1600 &times; 1067</a></span> | <span class="parent-post-link">Xuất bản trong <a href="{_u(b, "/?p=108")}" rel="gallery">{_tx(parent.title)}</a></span></div>
\t</header>
\t<div class="entry-content">
\t\t<div class="entry-attachment">
\t\t\t<img width="1024" height="683" src="{b}{full[:-4]}-1024x683.jpg" class="attachment-large size-large" alt="" />
\t\t\t<div class="entry-caption"><p>{_tx(img.printed or "")}</p>
</div>
\t\t</div>
\t\t<p>{name}</p>
\t</div>
</article>
{_comments(b, Story(aid, title, title, "6", None, []), None, f"/?attachment_id={aid}")}"""
    trail = [("Công tác Đội", "/?cat=6"), (_tx(parent.title), "/?p=108"), (title, None)]
    return html(
        _layout(
            request, _title_tag(title),
            f"attachment attachment-template-default single single-attachment postid-{aid} attachmentid-{aid} attachment-jpeg",
            main, trail, f'<link rel="canonical" href="{_u(b, f"/?attachment_id={aid}")}" />',
        )
    )


def page_login(request: Request) -> Response:
    b = base_url(request)
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {SITE} &#8212; WordPress</title>
<meta name='robots' content='noindex,noarchive' />
<link rel='stylesheet' href='{b}/wp-admin/load-styles.php?c=0&amp;dir=ltr&amp;load%5B%5D=dashicons,buttons,forms,l10n,login&amp;ver={VER}' type='text/css' media='all' />
</head>
<body class="login login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/" title="Được tạo bởi WordPress" tabindex="-1">{SITE}</a></h1>
<form name="loginform" id="loginform" action="{b}/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc Địa chỉ Email<br /><input type="text" name="log" id="user_login" class="input" value="" size="20" /></label></p>
<p><label for="user_pass">Mật khẩu<br /><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></label></p>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="nav"><a href="{_u(b, "/wp-login.php?action=lostpassword")}">Bạn quên mật khẩu?</a></p>
<p id="backtoblog"><a href="{b}/">&larr; Quay lại {SITE}</a></p>
</div>
</body>
</html>
"""
    return html(body, headers={"Cache-Control": "no-cache, must-revalidate, max-age=0"})


# --- feeds -----------------------------------------------------------------------------------


def _rss(b: str, title: str, link: str, items: list[str]) -> Response:
    body = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:atom="http://www.w3.org/2005/Atom"
\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"
\t>
<channel>
\t<title>{title}</title>
\t<atom:link href="{_html.escape(b + "/?feed=rss2")}" rel="self" type="application/rss+xml" />
\t<link>{_html.escape(link)}</link>
\t<description>Huyện Hóc Môn &#8211; Thành phố Hồ Chí Minh</description>
\t<lastBuildDate>Thu, 03 Dec 2026 06:35:00 +0000</lastBuildDate>
\t<language>vi</language>
\t<sy:updatePeriod>hourly</sy:updatePeriod>
\t<sy:updateFrequency>1</sy:updateFrequency>
\t<generator>https://wordpress.org/?v={VER}</generator>
{"".join(items)}\t</channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def _feed_posts(b: str, posts: list[Story], title: str, link: str) -> Response:
    items = []
    for s in posts[:10]:
        day, hm = _posted(s)
        url = f"{b}/?p={s.id}"
        items.append(
            f"""\t<item>
\t\t<title>{_tx(s.title)}</title>
\t\t<link>{_html.escape(url)}</link>
\t\t<comments>{_html.escape(url)}#respond</comments>
\t\t<pubDate>{_rfc822_gmt(day, hm)}</pubDate>
\t\t<dc:creator><![CDATA[{ACCOUNT}]]></dc:creator>
\t\t<category><![CDATA[{CATS[_cat(s)][0]}]]></category>
\t\t<guid isPermaLink="false">{_html.escape(url)}</guid>
\t\t<description><![CDATA[{_excerpt(s, 55)}]]></description>
\t\t<wfw:commentRss>{_html.escape(f"{b}/?feed=rss2&p={s.id}")}</wfw:commentRss>
\t\t<slash:comments>{sum(1 for c in COMMENTS if c.post == s.id)}</slash:comments>
\t</item>
"""
        )
    return _rss(b, title, link, items)


def _feed_comments(b: str, comments: list[Comment], title: str, link: str) -> Response:
    items = []
    for c in sorted(comments, key=lambda c: (c.day, c.hm), reverse=True):
        s = BY_ID[c.post]
        url = f"{b}/?p={s.id}#comment-{c.id}"
        items.append(
            f"""\t<item>
\t\t<title>Bình luận về {_tx(s.title)} bởi {_tx(c.author)}</title>
\t\t<link>{_html.escape(url)}</link>
\t\t<dc:creator><![CDATA[{c.author}]]></dc:creator>
\t\t<pubDate>{_rfc822_gmt(c.day, c.hm)}</pubDate>
\t\t<guid isPermaLink="false">{_html.escape(f"{b}/?p={s.id}#comment-{c.id}")}</guid>
\t\t<description><![CDATA[{c.text}]]></description>
\t</item>
"""
        )
    return _rss(b, title, link, items)


# --- routing ---------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    if value is None or not value.strip().isdigit():
        return None
    return int(value)


class WordPressSite:
    """index.php of a WordPress 4.9 with plain permalinks. The theme removes
    ``redirect_canonical`` (its ``/page/N/?cat=`` pager broke under it), so no URL variant is
    redirected: ``/index.php?p=121`` and ``/?cat=3&paged=2`` answer 200 like their short forms."""

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/wp-login.php":
            return page_login(request)
        m = re.fullmatch(r"/page/(\d+)/?", path)
        if path not in ("/", "/index.php") and not m:
            return None
        params = request.params
        paged = int(m.group(1)) if m else _int(params.get("paged", "1"))
        if not paged:
            return None
        b = base_url(request)

        if "feed" in params:
            return self._feed(b, params)
        if "p" in params:
            story = BY_ID.get(_int(params["p"]) or -1)
            if story is None:
                return None
            if params.get("embed"):
                return page_embed(request, story)
            page = _int(params.get("page", "1") or "1")
            if not page or page > len(_pages_of(story)):
                return None
            return page_single(request, story, page, _int(params.get("replytocom")))
        if "page_id" in params:
            pid = _int(params["page_id"])
            return page_static(request, pid) if pid in PAGES else None
        if "attachment_id" in params:
            aid = _int(params["attachment_id"])
            return page_attachment(request, aid) if aid in ATTACHMENTS else None
        if "cat" in params:
            cid = _int(params["cat"])
            if cid not in CATS:
                return None
            name, slug, desc = CATS[cid]
            feed = (
                f'<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {name} '
                f'Dòng thông tin chuyên mục" href="{_u(b, f"/?cat={cid}&feed=rss2")}" />'
            )
            return page_listing(
                request, [s for s in ORDER if _cat(s) == cid], paged, f"cat={cid}",
                f"Chuyên mục: {name}", name, f"archive category category-{slug} category-{cid}",
                desc, feed, current=f"/?cat={cid}",
            )
        if "m" in params:
            ym = params["m"]
            if not re.fullmatch(r"20\d\d(0[1-9]|1[0-2])", ym):
                return None
            label = f"{MONTHS[int(ym[4:]) - 1]} {ym[:4]}"
            posts = [s for s in ORDER if _posted(s)[0][:7].replace("-", "") == ym]
            return page_listing(
                request, posts, paged, f"m={ym}", f"Tháng: {label}", label, "archive date",
            )
        if "s" in params:
            q = params["s"].strip()
            low = q.casefold()
            posts = [
                s for s in ORDER
                if low in s.title.casefold() or any(low in t.casefold() for t in s.paragraphs)
            ]
            return page_listing(
                request, posts, paged, "s=" + quote_plus(q), f"Kết quả tìm kiếm cho: {_tx(q)}",
                f"Kết quả tìm kiếm cho &#8220;{_tx(q)}&#8221;", "search search-results",
                allow_empty=True,
            )
        return page_home(request, paged)

    def _feed(self, b: str, params: dict[str, str]) -> Response | None:
        kind = params["feed"]
        if kind not in ("rss2", "comments-rss2"):
            return None
        if "p" in params:
            story = BY_ID.get(_int(params["p"]) or -1)
            if story is None:
                return None
            return _feed_comments(
                b, [c for c in COMMENTS if c.post == story.id],
                f"Bình luận về: {_tx(story.title)}", f"{b}/?p={story.id}",
            )
        if kind == "comments-rss2":
            return _feed_comments(b, COMMENTS, f"Bình luận về {SITE}", f"{b}/")
        if "cat" in params:
            cid = _int(params["cat"])
            if cid not in CATS:
                return None
            return _feed_posts(
                b, [s for s in ORDER if _cat(s) == cid], f"{CATS[cid][0]} &#8211; {SITE}",
                f"{b}/?cat={cid}",
            )
        return _feed_posts(b, ORDER, SITE, f"{b}/")


def build_site() -> WordPressSite:
    return WordPressSite()


# --- gold ------------------------------------------------------------------------------------

ALT_PATHS: dict[int, list[str]] = {
    101: [FB_LINK_101],
    118: ["/?p=118&page=2"],
    121: ["/index.php?p=121", "/?p=121&replytocom=7", "/?p=121&replytocom=9"],
    124: ["/?p=124&embed=true"],
    130: ["/?p=130&replytocom=11", "/?p=130&replytocom=12"],
}

GOLD = [
    gold_record(s, f"/?p={s.id}", CATS[_cat(s)][0], alt_paths=ALT_PATHS.get(s.id, []))
    for s in sorted(STORIES, key=lambda s: s.id)
]
