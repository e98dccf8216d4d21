"""Trường THCS Lê Văn Tám (Quy Nhơn, Bình Định): NukeViet 4.6, news module, school theme.

Platform
--------
NukeViet 4.5/4.6 (PHP CMS by VINADES), URL rewriting on, the ``news`` module set as the site's
home module. The home page runs the news module's ``viewcat_top`` view (one big post on top with
its hometext, a grid of thumbnails below, NukeViet's pagination); categories run
``viewcat_two_column`` (the category's first post large, the others in two columns of a 24-column
Bootstrap 3 grid, as NukeViet's default theme uses). The theme ``thcs_lvt`` is built on NukeViet's
``default`` theme: ``left-main`` layout with a top block row (a "Tin mới" ticker), left column of
blocks (weather, a month calendar, most read, new documents, photo album, web links, poll, visitor
counter) and the footer's ``company_info`` block.

URL scheme
----------
- ``/`` and ``/news/``: news home (viewcat_top), 7 posts a page; ``/news/page-2``: page 2.
- ``/news/<cat-alias>/``, ``/news/<cat-alias>/page-2``: category pages, 3 posts a page.
- ``/news/<cat-alias>/<alias>-<id>.html``: an article (detail op). A post filed under several
  categories is served under each of them (with ``rel=canonical`` to its main category).
- ``/news/print/<cat-alias>/<alias>-<id>.html``: print view; ``...html?download=1&id=0``: the
  post's attached file (a PDF); ``/news/sendmail/<cat>/<alias>-<id>.html``: send-to-friend form
  (only in an ``onclick``).
- ``/news/tag/<alias>``: tag pages; ``/news/groups/<Alias>/``: block-category ("groups") pages;
  ``/news/rss/`` and ``/news/rss/<cat-alias>/``: RSS (the newest 8 posts); ``/seek/?q=``: search.
- ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>``: the non-rewritten form, printed by
  the old ticker block; NukeViet answers 301 to the rewritten URL.
- Not articles: ``/about/<alias>.html`` (page module), ``/contact/``, ``/laws/detail/<Alias>-<id>.html``
  (laws module entries), ``/photos/album/<alias>-<id>.html`` (an album).

Page templates
--------------
Article: the title ``h1.title`` in ``div.news_column`` (``itemtype=NewsArticle``), a date line
``Thứ năm - 03/12/2026 14:30`` with a views count, a text tool bar (print, email, font size), a
"Nghe đọc bài viết" audio player, ``figure.article`` (the home image with its ``figcaption``),
``div.hometext`` (the sapo), ``div#news-bodyhtml.bodytext`` (CKEditor HTML), the
author/source box (``Tác giả:`` / ``Nguồn tin:``), a copyright alert, attachments panel, tags
("Từ khóa"), rating, share buttons, reader comments ("Ý kiến bạn đọc") and "Những tin mới hơn".

How each gold article is reached
--------------------------------
Home page 1 (``/``, newest first by publication time): ids 324, 322, 321, 318, 316, 315, 312.
Home page 2 (``/news/page-2``): ids 308, 310, 307, 304, 303, 301. Category pages:
- ``tin-tuc-su-kien`` (Tin tức - Sự kiện): 324, 315, 310 | page-2: 307 (only there and on
  home page 2);
- ``hoat-dong-chuyen-mon`` (Hoạt động chuyên môn): 322, 316, 312 | page-2: 304 (only there and on
  home page 2);
- ``doan-doi`` (Đoàn - Đội): 318, 308, 310 (secondary filing, URL under ``doan-doi``) |
  page-2: 303 (only there and on home page 2);
- ``thong-bao`` (Thông báo): 321, 301.
Articles 324, 322 and 321 are also in the ticker (non-rewritten links that redirect); tags and the
"Tin tiêu điểm" group, the "Tin xem nhiều" block and the "Những tin mới hơn" lists only show page-1
posts, and the RSS feed only the newest 8, so 307, 304, 303 and 301 need a page-2 listing
(301 also sits on ``thong-bao`` page 1).

Traps
-----
1. Hidden breadcrumb trail (NukeViet 4.3+ theme): the visible ``ul.breadcrumbs`` is empty and
   filled by JavaScript from ``ul.temp-breadcrumbs.hidden`` (schema.org BreadcrumbList:
   Trang nhất > Tin tức > <category>). Gold ``category`` is that trail's last item (the
   article's main category), never the module name "Tin tức".
2. Lead photo and sapo outside the text container: the home image is printed in
   ``figure.article`` with its ``figcaption`` (the "homeimgalt" note), and the sapo in
   ``div.hometext``, both before ``div#news-bodyhtml``. Gold: that photo is the first image
   (caption = figcaption, None when the figure has no figcaption); the hometext is ``summary``
   and the body's first paragraph. Posts with ``imgposition = 0`` (ids 324, 321, 316, 312, 301) do not
   print their home image: it is only in ``og:image``/microdata and the listing thumbnails (under
   ``/assets/news/``), so it is not a gold image.
3. Lazy-loaded photos (the theme's lazysizes): ``src`` is ``/themes/thcs_lvt/images/pix.gif``
   and the real photo is in ``data-src`` (ids 324, 318). Gold image path = the ``data-src``.
4. Truncated, double-escaped link texts: NukeViet cuts listing and block titles
   (``nv_clean60``: "... "), and prints ``title=""`` attributes and ``og:title`` escaped twice
   (``&amp;quot;``, ``GD&amp;amp;ĐT``). Gold ``title`` is the ``h1`` text with the straight
   quotes and ampersand as printed ("Chuyên đề "Dạy học ..."", "Phòng GD&ĐT").
5. One post in two categories: id 310 (main ``tin-tuc-su-kien``) is also filed under
   ``doan-doi``, whose listing links ``/news/doan-doi/<alias>-310.html``; that URL serves the
   article (200) with ``rel=canonical`` to the main URL and the main category's breadcrumb.
   Gold path = main URL, the secondary URL in ``alt_paths``; category "Tin tức - Sự kiện".
6. Non-rewritten duplicates: the "Tin mới" ticker prints
   ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` links that answer 301 to the
   rewritten URL. Gold path = the rewritten URL (the ``index.php`` forms are listed in
   ``alt_paths``); the print views (``/news/print/...``, linked by the "Bản in" text link) too.
7. Dates as NukeViet prints them: ``Thứ năm - 03/12/2026 14:30`` (weekday, " - ", day, time);
   ``og``'s ``article:published_time`` is malformed and in UTC (PHP's ``date('Y-m-dTH:i:s')``
   with a UTC server: "2026-12-03UTC07:30:00"), which for id 312 even gives the previous day;
   comments and "Những tin mới hơn" print their own dates; the header prints today. Gold: the
   date line with +07:00; id 312 is printed at "00:00" -> the day alone "2026-11-13"; id 321
   (an official notice) -> the letterhead's day "2026-11-30", not its posting time.
8. Bylines: the ``Tác giả:`` field as typed ("Nguyễn Thị Hạnh (GV Tổ Ngữ văn)" -> "Nguyễn Thị
   Hạnh"; "ThS. Võ Thị Thu Trang - Phó Hiệu trưởng" -> "Võ Thị Thu Trang"; "BBT" -> nobody; a unit
   alone -> the unit); bylines typed at the end of the body ("Tin, ảnh: Lê Thị Mai" -> author and
   photographer; "Tin: X - Ảnh: Y"); a photo's credit line "Ảnh: Trần Minh Khoa" -> photographer,
   caption None. The hidden microdata ``itemprop=author`` holds the raw field or, when it is
   empty, the CMS account that posted ("quantri_lvt"): never an author.
9. Widgets around and below the text that read like content: the "Nghe đọc bài viết" audio
   player between the date line and the text; the copyright alert; "Tập tin đính kèm" whose
   download link is the article's own URL plus ``?download=1&id=0`` (it serves a PDF, not an
   alt path); the rating box ("Tổng số điểm của bài viết là: 13 trong 3 đánh giá"); reader
   comments ("Ý kiến bạn đọc", with names, dates and paragraphs, ids 315 and 318). None of them is
   body, author or date.
10. A layout table for one photo (id 316): the old "image table" (photo row + caption row,
    ``table.image``) -> one image with its caption, not two table-row paragraphs. Real data tables
    (ids 322, 321) are body rows (cells joined by " | ").
11. CKEditor markup: id 304 was typed with ``enterMode = BR`` (one ``div`` of lines split by
    ``<br />``: each line a paragraph); id 307's text carries CKEditor's Latin entities
    (``&agrave;``, ``&#7879;``) and ``&nbsp;``; empty ``<p>&nbsp;</p>`` spacers are no paragraph.
12. An official notice (id 321) in the body: letterhead table, "THÔNG BÁO / Về ...", "Nơi nhận"
    and the signature block are not body; the signer "Phạm Văn Dũng" is the author.

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the main category's name as the (hidden) breadcrumb prints it.
- A caption printed in parentheses under a photo ("(Đoàn kiểm tra dự giờ ...)") loses them.
- The emoji typed as characters (id 318, "👉 Thời gian ...") stay in their paragraphs.
- "Xem thêm:" lines linking another post (id 322) are not body.
- Lines the editor typed with "- " (id 321) keep their "- ".
- Quotes (id 310's blockquote) and list items are paragraphs.
- ``source`` only from the "Nguồn tin:" field (id 303: "Báo Bình Định"); a body sentence
  starting "Theo kế hoạch, ..." (id 324) is text.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "nukeviet46_topleft_thcs"
PLATFORM = "NukeViet 4.6 (news module: viewcat_top home, viewcat_two_column categories, school theme)"
START_PATH = "/"

SITE = "Trường THCS Lê Văn Tám"
THEME = "/themes/thcs_lvt"
HEADER_TODAY = "Thứ bảy, 05/12/2026"
MODULE_TITLE = "Tin tức"
HOME_PER_PAGE = 7
CAT_PER_PAGE = 3

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

PIX = f"{THEME}/images/pix.gif"


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


SPACER = Raw("<p>&nbsp;</p>")

# --------------------------------------------------------------------------------------------
# the stories (ids grow with time; gaps are deleted drafts)
# --------------------------------------------------------------------------------------------

S301 = Story(
    id=301,
    slug="thong-bao-thanh-lap-cau-lac-bo-stem-robotics-nam-hoc-2026-2027",
    title="Thông báo thành lập Câu lạc bộ STEM - Robotics năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-10-05T10:00:00+07:00",
    summary=(
        "Nhà trường thông báo đến học sinh và cha mẹ học sinh về việc thành lập và tuyển thành viên "
        "Câu lạc bộ STEM - Robotics năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P("1. Đối tượng", "b"),
        P("Học sinh khối 6, 7 và 8 yêu thích lập trình, lắp ráp robot và các hoạt động khoa học, kỹ thuật."),
        P("2. Thời gian sinh hoạt", "b"),
        P(
            "Chiều thứ Năm hằng tuần, từ 14 giờ 00 đến 16 giờ 00 tại phòng Tin học 2. Câu lạc bộ bắt đầu "
            "sinh hoạt từ ngày 15/10/2026."
        ),
        P("3. Đăng ký", "b"),
        P(
            "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 10/10/2026. Mỗi lớp đăng ký tối đa 05 "
            "học sinh; trường hợp số lượng đăng ký vượt chỉ tiêu, câu lạc bộ sẽ tổ chức phỏng vấn ngắn."
        ),
        SPACER,
        P(
            "Mọi chi tiết xin liên hệ thầy Nguyễn Hữu Phước, giáo viên Tin học, điện thoại 0935 418 226."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "publtime": "2026-10-05 10:00",
        "tacgia": "Tổ Văn phòng",
        "poster": "vanphong_lvt",
        "homeimg": "/uploads/news/2026_10/clb-robotics.jpg",
        "imgposition": 0,
    },
)

S303 = Story(
    id=303,
    slug="ra-quan-ngay-chu-nhat-xanh-lam-sach-bai-bien-quy-nhon",
    title="Ra quân “Ngày Chủ nhật xanh” làm sạch bãi biển Quy Nhơn",
    cat="doan-doi",
    published_at="2026-10-15T07:30:00+07:00",
    summary=(
        "Hưởng ứng chương trình “Ngày Chủ nhật xanh”, sáng 11/10/2026, hơn 300 đoàn viên, đội viên "
        "Trường THCS Lê Văn Tám đã ra quân dọn vệ sinh, thu gom rác thải tại bãi biển đoạn trước "
        "Quảng trường Nguyễn Tất Thành."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_10/chu-nhat-xanh-01.jpg",
            "Đoàn viên, đội viên nhà trường tại lễ ra quân",
            "Đoàn viên, đội viên nhà trường tại lễ ra quân",
            "home",
        ),
        P(
            "Các em được chia thành 12 nhóm, mỗi nhóm phụ trách một đoạn bờ biển dài khoảng 100 m. Dụng "
            "cụ gồm bao tải, găng tay, kẹp gắp rác được Liên đội chuẩn bị từ trước."
        ),
        Img(
            "/uploads/news/2026_10/chu-nhat-xanh-02.jpg",
            "Đội viên thu gom rác thải nhựa trên bãi biển",
            "Đội viên thu gom rác thải nhựa trên bãi biển",
            "em",
        ),
        P(
            "Sau hơn 2 giờ làm việc, các em đã thu gom được gần 500 kg rác thải, chủ yếu là chai nhựa, "
            "túi ni lông và xốp. Toàn bộ số rác được tập kết để Công ty Môi trường đô thị vận chuyển đi "
            "xử lý."
        ),
        P(
            "Em Võ Minh Thư, lớp 8A3 chia sẻ: “Em thấy rất vui khi được góp sức làm sạch bãi biển quê "
            "hương. Em sẽ nhắc nhở người thân không xả rác bừa bãi khi đi tắm biển”."
        ),
        P(
            "Được biết, đây là hoạt động thường niên của nhà trường, góp phần xây dựng hình ảnh thành phố "
            "biển Quy Nhơn xanh - sạch - đẹp, thân thiện với du khách."
        ),
    ],
    authors=["Hoài Thu"],
    source="Báo Bình Định",
    opts={
        "publtime": "2026-10-15 07:30",
        "tacgia": "Hoài Thu",
        "nguon": ("Báo Bình Định", "https://baobinhdinh.vn/"),
        "poster": "doandoi_lvt",
    },
)

S304 = Story(
    id=304,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán - Tin",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-20T14:00:00+07:00",
    blocks=[
        Img(
            "/uploads/news/2026_10/shcm-toan-tin.jpg",
            "Thầy Đặng Quốc Bảo dạy minh họa bài “Hình chóp tam giác đều” lớp 8A5",
            "Thầy Đặng Quốc Bảo dạy minh họa bài “Hình chóp tam giác đều” lớp 8A5",
            "home",
        ),
        P(
            "Ngày 17/10/2026, tổ Toán - Tin Trường THCS Lê Văn Tám tổ chức buổi sinh hoạt chuyên môn "
            "theo nghiên cứu bài học với tiết dạy minh họa môn Toán lớp 8.",
            "br",
        ),
        P(
            "Tiết dạy được xây dựng qua nhiều lần thảo luận của cả tổ, từ khâu chọn bài, thiết kế các "
            "hoạt động đến dự kiến những khó khăn học sinh có thể gặp phải.",
            "br",
        ),
        P(
            "Trong quá trình dự giờ, giáo viên tập trung quan sát học sinh: các em tiếp nhận nhiệm vụ "
            "thế nào, hợp tác trong nhóm ra sao và những em nào còn lúng túng.",
            "br",
        ),
        P(
            "Buổi thảo luận sau tiết dạy diễn ra cởi mở. Các ý kiến đều hướng tới việc điều chỉnh thiết "
            "kế bài học để mọi học sinh đều được tham gia, thay vì nhận xét ưu, khuyết điểm của người dạy.",
            "br",
        ),
        P(
            "Qua buổi sinh hoạt, tổ thống nhất sẽ duy trì hình thức này mỗi tháng một lần, luân phiên "
            "giữa môn Toán và môn Tin học.",
            "br",
        ),
    ],
    authors=["Đặng Quốc Bảo"],
    opts={"publtime": "2026-10-20 14:00", "tacgia": "Đặng Quốc Bảo", "poster": "toantin_lvt"},
)

S307 = Story(
    id=307,
    slug="hoi-nghi-ban-dai-dien-cha-me-hoc-sinh-nam-hoc-2026-2027",
    title="Hội nghị Ban đại diện cha mẹ học sinh năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-27T15:10:00+07:00",
    summary=(
        "Chiều 25/10/2026, Trường THCS Lê Văn Tám tổ chức Hội nghị Ban đại diện cha mẹ học sinh năm "
        "học 2026 - 2027 nhằm thống nhất kế hoạch phối hợp giữa nhà trường và gia đình trong công tác "
        "giáo dục học sinh."
    ),
    sapo_outside=True,
    blocks=[
        Img("/uploads/news/2026_10/hoi-nghi-cmhs.jpg", None, None, "home"),
        P(
            "Tham dự hội nghị có thầy Phạm Văn Dũng, Hiệu trưởng; cô Võ Thị Thu Trang, Phó Hiệu trưởng "
            "cùng 36 đại diện cha mẹ học sinh của 36 lớp.",
            "ent",
        ),
        P("Tại hội nghị, nhà trường đã thông qua các nội dung chính:", "ent"),
        P("Báo cáo kết quả năm học 2025 - 2026 và kế hoạch năm học 2026 - 2027;", "li"),
        P("Quy chế phối hợp giữa nhà trường, gia đình và xã hội;", "li"),
        P("Công tác bảo đảm an toàn giao thông, phòng chống đuối nước và bạo lực học đường;", "li"),
        P("Kế hoạch tổ chức dạy học 2 buổi/ngày và các câu lạc bộ năng khiếu.", "li"),
        P(
            "Hội nghị đã bầu Ban thường trực Ban đại diện cha mẹ học sinh gồm 05 thành viên, ông Nguyễn "
            "Văn Lợi (phụ huynh lớp 9A2) được tín nhiệm bầu làm Trưởng ban.",
            "ent",
        ),
        P(
            "Các ý kiến của phụ huynh tập trung vào việc bố trí chỗ để xe, giờ đón trả học sinh và tăng "
            "cường hoạt động thể thao sau giờ học. Các ý kiến đều được Ban giám hiệu giải đáp thỏa đáng.",
            "ent",
        ),
    ],
    authors=[],
    opts={"publtime": "2026-10-27 15:10", "tacgia": "BBT", "poster": "admin"},
)

S308 = Story(
    id=308,
    slug="hoi-thi-chi-huy-doi-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi Chỉ huy Đội giỏi cấp trường năm học 2026 - 2027",
    cat="doan-doi",
    published_at="2026-11-09T19:45:00+07:00",
    summary=(
        "Ngày 08/11/2026, Liên đội Trường THCS Lê Văn Tám tổ chức Hội thi Chỉ huy Đội giỏi cấp trường "
        "với sự tham gia của 36 chi đội."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/chi-huy-doi-gioi-01.jpg",
            "Phần thi nghi thức Đội của chi đội 6A5",
            "Phần thi nghi thức Đội của chi đội 6A5",
            "home",
        ),
        P(
            "Hội thi gồm 3 phần: thi kiến thức về Đội Thiếu niên Tiền phong Hồ Chí Minh, thi nghi thức - "
            "chỉ huy và thi năng khiếu."
        ),
        P(
            "Ở phần thi nghi thức, các chi đội thể hiện thuần thục động tác đội hình, đội ngũ, kỹ năng "
            "hô - đáp khẩu lệnh. Phần thi năng khiếu mang đến nhiều tiết mục múa, hát, kịch ngắn đặc sắc."
        ),
        P("Kết quả chung cuộc:", "b"),
        P("Giải Nhất: Chi đội 8A1;", "ol"),
        P("Giải Nhì: Chi đội 7A4 và Chi đội 9A2;", "ol"),
        P("Giải Ba: Chi đội 6A5, Chi đội 6A2 và Chi đội 8A6.", "ol"),
        P(
            "Hội thi là dịp để các em rèn luyện kỹ năng chỉ huy, tính mạnh dạn, tự tin, đồng thời lựa "
            "chọn những chỉ huy Đội tiêu biểu tham gia hội thi cấp thành phố."
        ),
    ],
    authors=["Trần Thị Ngọc Ánh"],
    opts={"publtime": "2026-11-09 19:45", "tacgia": "Trần Thị Ngọc Ánh (TPT Đội)", "poster": "doandoi_lvt"},
)

S310 = Story(
    id=310,
    slug="tuyen-truyen-phong-chong-bao-luc-hoc-duong-va-xam-hai-tre-em",
    title="Tuyên truyền phòng, chống bạo lực học đường và xâm hại trẻ em cho học sinh",
    cat="tin-tuc-su-kien",
    published_at="2026-11-06T09:30:00+07:00",
    summary=(
        "Nhằm nâng cao nhận thức, kỹ năng tự bảo vệ bản thân cho học sinh, sáng 05/11/2026, Trường "
        "THCS Lê Văn Tám phối hợp với Công an phường tổ chức buổi tuyên truyền phòng, chống bạo lực "
        "học đường và xâm hại trẻ em."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/tuyen-truyen-bao-luc-hoc-duong-01.jpg",
            "Đại úy Nguyễn Thành Công, Công an phường trao đổi với học sinh",
            "Đại úy Nguyễn Thành Công, Công an phường trao đổi với học sinh",
            "home",
        ),
        P("Buổi tuyên truyền thu hút sự tham gia của hơn 600 học sinh khối 6 và khối 7 cùng giáo viên chủ nhiệm các lớp."),
        P(
            "Báo cáo viên đã cung cấp cho các em những kiến thức cơ bản về các hình thức bạo lực học "
            "đường như bạo lực thể chất, bạo lực tinh thần, bạo lực trên không gian mạng; những quy định "
            "của pháp luật về xử lý hành vi bạo lực và cách ứng phó khi bị bắt nạt."
        ),
        P(
            "“Khi gặp nguy hiểm, các em hãy bình tĩnh, tìm cách thoát ra và báo ngay cho thầy cô, cha mẹ "
            "hoặc gọi tổng đài 111 để được hỗ trợ” - báo cáo viên nhấn mạnh.",
            "quote",
        ),
        P(
            "Phần giao lưu, hỏi đáp diễn ra sôi nổi với nhiều câu hỏi thiết thực. Nhiều học sinh trả lời "
            "đúng đã nhận được phần quà từ ban tổ chức."
        ),
        Img("/uploads/news/2026_11/tuyen-truyen-bao-luc-hoc-duong-02.jpg", "Ảnh: Trương Công Hậu", None, "credit"),
        P(
            "Thông qua hoạt động, nhà trường mong muốn xây dựng môi trường học đường an toàn, lành mạnh, "
            "thân thiện, phòng ngừa hiệu quả các hành vi bạo lực trong và ngoài nhà trường."
        ),
    ],
    authors=["Tổ Tư vấn tâm lý học đường"],
    photographers=["Trương Công Hậu"],
    opts={
        "publtime": "2026-11-06 09:30",
        "tacgia": "Tổ Tư vấn tâm lý học đường",
        "poster": "quantri_lvt",
        "extra_cats": ["doan-doi"],
    },
)

S312 = Story(
    id=312,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-khoa-hoc-tu-nhien-8",
    title='Chuyên đề "Dạy học phát triển năng lực" môn Khoa học tự nhiên 8',
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-13",
    summary=(
        "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 - 2027, ngày 12/11/2026, Tổ Khoa học tự "
        "nhiên tổ chức chuyên đề dạy học phát triển năng lực thông qua bài 15 “Áp suất trên một bề mặt” "
        "(Khoa học tự nhiên 8)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiết dạy minh họa do cô Lương Thị Diễm Phúc thực hiện tại lớp 8A2. Học sinh được chia thành "
            "các nhóm, tự tiến hành thí nghiệm với khay cát và các khối hộp để rút ra mối liên hệ giữa áp "
            "lực, diện tích bị ép và áp suất."
        ),
        Img(
            "/uploads/news/2026_11/chuyen-de-khtn-8-01.jpg",
            "Học sinh lớp 8A2 tiến hành thí nghiệm theo nhóm",
            "Học sinh lớp 8A2 tiến hành thí nghiệm theo nhóm",
            "fig",
        ),
        P(
            "Sau tiết dạy, các giáo viên trong tổ đã thảo luận, phân tích hoạt động của học sinh theo "
            "hướng nghiên cứu bài học, tập trung vào việc học sinh học như thế nào, khó khăn ở đâu và giáo "
            "viên cần điều chỉnh gì."
        ),
        P("Một số kinh nghiệm được rút ra", "h4"),
        P("Thiết kế nhiệm vụ học tập rõ ràng, vừa sức, gắn với tình huống thực tiễn;", "li"),
        P("Tăng cường thí nghiệm, thực hành để học sinh tự khám phá kiến thức;", "li"),
        P("Sử dụng phiếu học tập và bảng kiểm để đánh giá quá trình.", "li"),
        Img(
            "/uploads/news/2026_11/chuyen-de-khtn-8-02.jpg",
            "Giáo viên Tổ Khoa học tự nhiên trao đổi, rút kinh nghiệm sau tiết dạy",
            "Giáo viên Tổ Khoa học tự nhiên trao đổi, rút kinh nghiệm sau tiết dạy",
            "fig",
        ),
        P(
            "Chuyên đề đã góp phần giúp giáo viên nắm vững hơn phương pháp dạy học tích cực, đáp ứng yêu "
            "cầu của Chương trình giáo dục phổ thông 2018."
        ),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    opts={
        "publtime": "2026-11-13 00:00",
        "tacgia": "Tổ Khoa học tự nhiên",
        "poster": "khtn_lvt",
        "homeimg": "/uploads/news/2026_11/chuyen-de-khtn-8-00.jpg",
        "imgposition": 0,
    },
)

S315 = Story(
    id=315,
    slug="long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:45:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Lê Văn Tám long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo phường, Ban đại diện "
        "cha mẹ học sinh cùng toàn thể cán bộ, giáo viên và hơn 1.200 học sinh."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/le-ky-niem-20-11-01.jpg",
            "Thầy Phạm Văn Dũng, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
            "Thầy Phạm Văn Dũng, Hiệu trưởng nhà trường đọc diễn văn kỷ niệm",
            "home",
        ),
        P(
            "Mở đầu chương trình là tiết mục văn nghệ chào mừng do học sinh các khối lớp dàn dựng, với "
            "những ca khúc quen thuộc về mái trường và thầy cô như “Bụi phấn”, “Người thầy”, “Nhớ ơn "
            "thầy cô”."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Phạm Văn Dũng, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang "
            "của ngành Giáo dục Việt Nam và những thành tích nổi bật của nhà trường trong năm học 2025 - "
            "2026: tỷ lệ học sinh lớp 9 tốt nghiệp đạt 100%, 86% học sinh trúng tuyển vào lớp 10 công lập, "
            "27 học sinh đạt giải học sinh giỏi cấp thành phố."
        ),
        Img(
            "/uploads/news/2026_11/le-ky-niem-20-11-02.jpg",
            "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
            "Đại diện Ban đại diện cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
            "fig",
        ),
        P(
            "Trong không khí trang trọng, đại diện Ban đại diện cha mẹ học sinh nhà trường đã gửi lời tri "
            "ân sâu sắc đến các thầy cô giáo, những người ngày đêm tận tụy với sự nghiệp trồng người."
        ),
        P(
            "Dịp này, nhà trường đã trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong phong "
            "trào thi đua “Dạy tốt - Học tốt” và 04 tập thể lớp dẫn đầu đợt thi đua chào mừng ngày 20/11."
        ),
        SPACER,
        P(
            "Buổi lễ khép lại trong niềm vui và xúc động của các thế hệ thầy và trò. Đây là dịp để mỗi cán "
            "bộ, giáo viên nhìn lại chặng đường đã qua, tiếp tục nỗ lực đổi mới phương pháp dạy học, xứng "
            "đáng với niềm tin yêu của phụ huynh và học sinh."
        ),
    ],
    authors=["Nguyễn Thị Hạnh"],
    opts={
        "publtime": "2026-11-20 10:45",
        "tacgia": "Nguyễn Thị Hạnh (GV Tổ Ngữ văn)",
        "poster": "quantri_lvt",
        "tags": [("Nhà giáo Việt Nam", "nha-giao-viet-nam")],
        "comments": [
            ("Phụ huynh lớp 7A3", "20/11/2026 19:02", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
            (
                "Nguyễn Hoàng Nam",
                "21/11/2026 06:40",
                "Em là cựu học sinh khóa 2018 - 2022. Em rất nhớ thầy cô và mái trường Lê Văn Tám.",
            ),
        ],
    },
)

S316 = Story(
    id=316,
    slug="doi-tuyen-hoc-sinh-gioi-lop-9-dat-12-giai-cap-thanh-pho",
    title="Đội tuyển học sinh giỏi lớp 9 đạt 12 giải cấp thành phố năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T16:05:00+07:00",
    summary=(
        "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 do Phòng GD&ĐT thành phố "
        "Quy Nhơn tổ chức, đội tuyển Trường THCS Lê Văn Tám đạt 12 giải, trong đó có 02 giải Nhất."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/hsg-lop-9-cap-thanh-pho.jpg",
            "Thầy Phạm Văn Dũng, Hiệu trưởng khen thưởng các học sinh đạt giải",
            "Thầy Phạm Văn Dũng, Hiệu trưởng khen thưởng các học sinh đạt giải",
            "tbl",
        ),
        P(
            "Cụ thể, đội tuyển của trường đạt 02 giải Nhất, 03 giải Nhì, 04 giải Ba và 03 giải Khuyến khích "
            "ở các môn Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học và Lịch sử."
        ),
        P(
            "Hai học sinh đạt giải Nhất là em Nguyễn Ngọc Bảo Trân (lớp 9A1, môn Tiếng Anh) và em Lê Hoàng "
            "Phúc (lớp 9A3, môn Toán)."
        ),
        P(
            "Để đạt được kết quả trên, ngay từ đầu năm học nhà trường đã xây dựng kế hoạch bồi dưỡng học "
            "sinh giỏi, phân công giáo viên có kinh nghiệm phụ trách các đội tuyển, tổ chức bồi dưỡng vào "
            "các buổi chiều trong tuần."
        ),
        P(
            "Nhà trường đã trao thưởng cho các em học sinh đạt giải và các giáo viên có công bồi dưỡng. Đây "
            "là nguồn động viên lớn để các em tiếp tục ôn luyện, chuẩn bị cho kỳ thi cấp tỉnh sắp tới."
        ),
        _byline("Tin: Huỳnh Thị Kim Oanh - Ảnh: Nguyễn Hữu Phước"),
    ],
    authors=["Huỳnh Thị Kim Oanh"],
    photographers=["Nguyễn Hữu Phước"],
    opts={
        "publtime": "2026-11-25 16:05",
        "poster": "quantri_lvt",
        "homeimg": "/uploads/news/2026_11/hsg-lop-9-cap-thanh-pho.jpg",
        "imgposition": 0,
        "tags": [("Học sinh giỏi", "hoc-sinh-gioi")],
    },
)

S318 = Story(
    id=318,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, ve chai gây quỹ",
    cat="doan-doi",
    published_at="2026-11-29T08:15:00+07:00",
    summary=(
        "Sáng thứ Hai, ngày 23/11/2026, trong tiết chào cờ đầu tuần, Liên đội Trường THCS Lê Văn Tám đã "
        "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, ve chai năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_11/ke-hoach-nho-01.jpg",
            "Liên đội trưởng Trần Gia Huy phát động phong trào",
            "Liên đội trưởng Trần Gia Huy phát động phong trào",
            "home",
        ),
        P(
            "Phong trào nhằm giáo dục học sinh ý thức tiết kiệm, bảo vệ môi trường, đồng thời gây quỹ hỗ "
            "trợ học sinh có hoàn cảnh khó khăn và tặng quà cho học sinh vùng lũ."
        ),
        P("👉 Thời gian thu gom: từ ngày 23/11 đến 12/12/2026."),
        P("👉 Địa điểm tập kết: khu vực nhà xe giáo viên, mỗi chi đội cân và ghi sổ vào sáng thứ Bảy hằng tuần."),
        P("👉 Chỉ tiêu: mỗi đội viên đóng góp ít nhất 3 kg giấy vụn."),
        Img(
            "/uploads/news/2026_11/ke-hoach-nho-02.jpg",
            "(Các chi đội mang giấy vụn đến điểm tập kết)",
            "Các chi đội mang giấy vụn đến điểm tập kết",
            "lazy-em",
        ),
        P(
            "Chỉ sau một tuần phát động, Liên đội đã thu được hơn 1,5 tấn giấy vụn, trong đó chi đội 7A1 và "
            "9A2 dẫn đầu với hơn 120 kg mỗi chi đội."
        ),
        P(
            "Kết thúc đợt thu gom, Liên đội sẽ tổng kết, khen thưởng các chi đội có thành tích xuất sắc "
            "trong buổi sinh hoạt dưới cờ."
        ),
    ],
    authors=["Liên đội THCS Lê Văn Tám"],
    opts={
        "publtime": "2026-11-29 08:15",
        "tacgia": "Liên đội THCS Lê Văn Tám",
        "poster": "doandoi_lvt",
        "tags": [("Kế hoạch nhỏ", "ke-hoach-nho")],
        "comments": [
            (
                "Trần Thị Lan (PH lớp 7A1)",
                "30/11/2026 21:17",
                "Phong trào rất ý nghĩa. Gia đình tôi đã gom được gần 10 kg giấy báo cũ cho con mang đến lớp.",
            ),
        ],
    },
)

S321 = Story(
    id=321,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody>'
            '<tr><td style="text-align: center; width: 45%;"><span style="font-size:12px;">PHÒNG GD&amp;ĐT TP QUY NHƠN'
            "</span><br /><strong>TRƯỜNG THCS LÊ VĂN TÁM</strong></td>"
            '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
            '<tr><td style="text-align: center;">Số: 215/TB-THCSLVT</td>'
            '<td style="text-align: center;"><em>Quy Nhơn, ngày 30 tháng 11 năm 2026</em></td></tr>'
            "</tbody></table>"
        ),
        Raw(
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
            "<strong>Về lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 112/KH-THCSLVT ngày 05/9/2026 của Trường THCS Lê Văn Tám về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;"
        ),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", "b"),
        P(
            "- Các môn kiểm tra tập trung (Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí): "
            "từ ngày 21/12 đến 24/12/2026."
        ),
        P("- Các môn còn lại: giáo viên bộ môn tổ chức kiểm tra trên lớp từ ngày 14/12 đến 19/12/2026."),
        P("2. Lịch kiểm tra các môn tập trung", "b"),
        P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "tr"),
        P("21/12/2026 | Ngữ văn | Ngữ văn", "tr"),
        P("22/12/2026 | Toán | Toán", "tr"),
        P("23/12/2026 | Tiếng Anh | Khoa học tự nhiên", "tr"),
        P("24/12/2026 | Khoa học tự nhiên; Lịch sử và Địa lí | Tiếng Anh; Lịch sử và Địa lí", "tr"),
        P("3. Tổ chức thực hiện", "b"),
        P(
            "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; các tổ chuyên "
            "môn hoàn thành ra đề, nộp về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 12/12/2026."
        ),
        P(
            "Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực "
            "hiện./."
        ),
        Raw(
            '<table border="0" cellpadding="1" cellspacing="1" style="width:100%;"><tbody><tr>'
            '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
            '<span style="font-size:11px;">- Phòng GD&amp;ĐT (b/c);<br />- CB, GV, NV;<br />'
            "- Website trường;<br />- Lưu: VT.</span></td>"
            '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br /><br />'
            "<em>(Đã ký)</em><br /><br /><strong>Phạm Văn Dũng</strong></td></tr></tbody></table>"
        ),
    ],
    authors=["Phạm Văn Dũng"],
    opts={
        "publtime": "2026-12-01 07:45",
        "poster": "vanphong_lvt",
        "homeimg": "/uploads/news/2026_12/thong-bao-kiem-tra-hk1.png",
        "imgposition": 0,
        "files": ["Thong-bao-215-TB-THCSLVT.pdf"],
        "ticker": True,
    },
)

S322 = Story(
    id=322,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title=(
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: 18 giáo viên tham gia, "
        "15 giáo viên đạt danh hiệu"
    ),
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T07:40:00+07:00",
    summary=(
        "Từ ngày 16/11 đến 28/11/2026, Trường THCS Lê Văn Tám tổ chức Hội thi giáo viên dạy giỏi cấp "
        "trường năm học 2026 - 2027. Hội thi là dịp để giáo viên trao đổi, học tập kinh nghiệm, đổi mới "
        "phương pháp dạy học."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/uploads/news/2026_12/hoi-thi-gvdg-01.jpg",
            "Cô Đỗ Thị Bích Ngọc thể hiện tiết dạy môn Tiếng Anh lớp 8A4",
            "Cô Đỗ Thị Bích Ngọc thể hiện tiết dạy môn Tiếng Anh lớp 8A4",
            "home",
        ),
        P(
            "Tham gia hội thi có 18 giáo viên thuộc 6 tổ chuyên môn. Mỗi giáo viên thực hiện 02 tiết dạy "
            "thực hành và trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn."
        ),
        P(
            "Ban giám khảo gồm các đồng chí trong Ban giám hiệu, tổ trưởng chuyên môn và giáo viên cốt cán "
            "đã dự giờ, đánh giá theo tiêu chí của Bộ Giáo dục và Đào tạo."
        ),
        Img("/uploads/news/2026_12/hoi-thi-gvdg-02.jpg", "Ảnh: Trần Minh Khoa", None, "credit"),
        P("Kết quả hội thi theo tổ chuyên môn:", "b"),
        P("Tổ chuyên môn | Số GV dự thi | Số GV đạt", "tr"),
        P("Ngữ văn | 4 | 4", "tr"),
        P("Toán - Tin | 4 | 3", "tr"),
        P("Khoa học tự nhiên | 3 | 3", "tr"),
        P("Tiếng Anh | 3 | 2", "tr"),
        P("Khoa học xã hội | 2 | 2", "tr"),
        P("Nghệ thuật - Thể chất | 2 | 1", "tr"),
        P(
            "Nhiều tiết dạy để lại ấn tượng tốt với ban giám khảo nhờ cách tổ chức hoạt động học tập sáng "
            "tạo, vận dụng hiệu quả các phần mềm dạy học và trí tuệ nhân tạo trong thiết kế bài giảng."
        ),
        P(
            "Nhà trường sẽ chọn 05 giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy giỏi cấp "
            "thành phố dự kiến tổ chức vào tháng 3/2027."
        ),
        Raw("@@XEMTHEM:312@@"),
    ],
    authors=["Võ Thị Thu Trang"],
    photographers=["Trần Minh Khoa"],
    opts={
        "publtime": "2026-12-02 07:40",
        "tacgia": "ThS. Võ Thị Thu Trang - Phó Hiệu trưởng",
        "poster": "quantri_lvt",
        "tags": [("Giáo viên dạy giỏi", "giao-vien-day-gioi")],
        "ticker": True,
    },
)

S324 = Story(
    id=324,
    slug="doan-kiem-tra-cua-phong-gd-dt-thanh-pho-quy-nhon-lam-viec-tai-truong",
    title="Đoàn kiểm tra của Phòng GD&ĐT thành phố Quy Nhơn làm việc tại trường",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Chiều ngày 02/12/2026, Đoàn kiểm tra chuyên ngành của Phòng Giáo dục và Đào tạo thành phố Quy "
        "Nhơn do bà Lê Thị Thanh Hương, Phó Trưởng phòng làm trưởng đoàn đã đến làm việc tại Trường "
        "THCS Lê Văn Tám."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Theo kế hoạch, đoàn kiểm tra công tác quản lý, việc thực hiện Chương trình giáo dục phổ thông "
            "2018 và công tác chuẩn bị kiểm tra cuối học kỳ I của nhà trường."
        ),
        P(
            "Đoàn đã dự giờ 12 tiết dạy ở các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên; kiểm tra hồ "
            "sơ chuyên môn của 6 tổ và hồ sơ quản lý của Ban giám hiệu."
        ),
        Img(
            "/uploads/news/2026_12/doan-kiem-tra-phong-gd-01.jpg",
            "(Đoàn kiểm tra dự giờ tiết Toán lớp 9A1)",
            "Đoàn kiểm tra dự giờ tiết Toán lớp 9A1",
            "lazy-em",
        ),
        P(
            "Qua kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường; hồ sơ sổ sách đầy đủ, "
            "khoa học; đội ngũ giáo viên nhiệt tình, tích cực ứng dụng công nghệ thông tin trong giảng dạy."
        ),
        P(
            "Bên cạnh đó, đoàn cũng góp ý một số nội dung cần khắc phục như: tăng cường hoạt động trải "
            "nghiệm, đa dạng hóa hình thức kiểm tra, đánh giá theo hướng phát triển năng lực học sinh."
        ),
        Img("/uploads/news/2026_12/doan-kiem-tra-phong-gd-02.jpg", None, None, "lazy"),
        P(
            "Thay mặt nhà trường, thầy Phạm Văn Dũng, Hiệu trưởng tiếp thu ý kiến của đoàn và cam kết sẽ "
            "xây dựng kế hoạch khắc phục trong thời gian sớm nhất."
        ),
        _byline("Tin, ảnh: Lê Thị Mai"),
    ],
    authors=["Lê Thị Mai"],
    photographers=["Lê Thị Mai"],
    opts={
        "publtime": "2026-12-03 14:30",
        "poster": "quantri_lvt",
        "homeimg": "/uploads/news/2026_12/doan-kiem-tra-phong-gd-00.jpg",
        "imgposition": 0,
        "ticker": True,
    },
)

STORIES: list[Story] = [S301, S303, S304, S307, S308, S310, S312, S315, S316, S318, S321, S322, S324]
BY_ID = {s.id: s for s in STORIES}

#: newest first, as every NukeViet listing sorts (by publtime)
ORDERED = sorted(STORIES, key=lambda s: s.opts["publtime"], reverse=True)

#: the "Tin tiêu điểm" block category (groups)
GROUPS = {"Tin-tieu-diem": ("Tin tiêu điểm", [324, 322, 315])}
#: the "Tin xem nhiều" block (page-1 posts only)
MOST_READ = [315, 322, 324, 318, 316]
#: documents (laws module) and the photo album: pages that are not articles
LAWS = {
    45: ("Ke-hoach-so-112-KH-THCSLVT-ve-thuc-hien-nhiem-vu-nam-hoc-2026-2027", "112/KH-THCSLVT",
         "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "05/09/2026"),
    48: ("Quyet-dinh-so-98-QD-THCSLVT-thanh-lap-to-tu-van-tam-ly-hoc-duong", "98/QĐ-THCSLVT",
         "Quyết định thành lập Tổ tư vấn tâm lý học đường năm học 2026 - 2027", "12/09/2026"),
}
ALBUM = ("le-khai-giang-nam-hoc-2026-2027-12", "Lễ khai giảng năm học 2026 - 2027")
ABOUT = {
    "gioi-thieu-chung": "Giới thiệu chung",
    "co-cau-to-chuc": "Cơ cấu tổ chức",
}


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("extra_cats", [])]


def _path(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def _print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def _raw_path(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def _when(story: Story) -> datetime:
    return datetime.strptime(story.opts["publtime"], "%Y-%m-%d %H:%M")


def _dateline(story: Story) -> str:
    d = _when(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def _og_time(story: Story) -> str:
    """PHP's ``date('Y-m-dTH:i:s')`` on a UTC server: 'T' is the zone's abbreviation."""
    u = _when(story) - timedelta(hours=7)
    return f"{u:%Y-%m-%d}UTC{u:%H:%M:%S}"


def _clean(title: str, limit: int = 60) -> str:
    """NukeViet's nv_clean60: cut at a word boundary and add '...'."""
    if len(title) <= limit:
        return title
    cut = title[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,:-") + "..."


def _attr2(value: str) -> str:
    """A title attribute escaped twice, as NukeViet's listings print it."""
    return esc(esc(value))


def _thumb(story: Story) -> str:
    src = story.opts.get("homeimg")
    if not src:
        imgs = [b for b in story.blocks if isinstance(b, Img)]
        src = imgs[0].src if imgs else None
    if not src:
        return f"{THEME}/images/no_image.gif"
    return src.replace("/uploads/news/", "/assets/news/")


# --------------------------------------------------------------------------------------------
# chrome
# --------------------------------------------------------------------------------------------


def _menu() -> str:
    def sub(items: list[tuple[str, str]]) -> str:
        return '<ul class="dropdown-menu">' + "".join(
            f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in items
        ) + "</ul>"

    news_items = [(f"/news/{a}/", n) for a, n in CATS.items() if a != "thong-bao"]
    about_items = [(f"/about/{a}.html", n) for a, n in ABOUT.items()]
    return f"""
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<div class="navbar navbar-default navbar-static-top" role="navigation">
 <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
 <span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
 <div class="collapse navbar-collapse" id="menu-site-default">
 <ul class="nav navbar-nav">
  <li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
  <li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/about/gioi-thieu-chung.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu</a> <strong class="caret">&nbsp;</strong>{sub(about_items)}</li>
  <li role="presentation" class="dropdown"><a class="dropdown-toggle" href="/news/tin-tuc-su-kien/" role="button" aria-expanded="false" title="Tin tức">Tin tức</a> <strong class="caret">&nbsp;</strong>{sub(news_items)}</li>
  <li role="presentation"><a href="/news/thong-bao/" title="Thông báo">Thông báo</a></li>
  <li role="presentation"><a href="/photos/album/{ALBUM[0]}.html" title="Thư viện ảnh">Thư viện ảnh</a></li>
  <li role="presentation"><a href="https://qlgd.binhdinh.edu.vn/" target="_blank" rel="noopener" title="Tra cứu điểm">Tra cứu điểm</a></li>
  <li role="presentation"><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
 </ul>
 <div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div>
 </div>
</div></div></div></div></nav>"""


def _ticker() -> str:
    items = [s for s in ORDERED if s.opts.get("ticker")]
    links = " &nbsp;&nbsp;<img src=\"/themes/thcs_lvt/images/new.gif\" alt=\"\"> ".join(
        f'<a href="{esc(_raw_path(s))}">{esc(s.title)}</a>' for s in items
    )
    return (
        '<div class="row"><div class="col-md-24"><div class="lvt-chaytin clearfix">'
        '<span class="lvt-chaytin-nhan"><em class="fa fa-bullhorn"></em> Tin mới</span>'
        f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee>'
        "</div></div></div>"
    )


def _calendar() -> str:
    rows = []
    cells = ["<td></td>"]  # 1/12/2026 is a Tuesday: one blank cell in a Monday-first grid
    for day in range(1, 32):
        cls = ' class="homnay"' if day == 5 else ""
        cells.append(f"<td{cls}>{day}</td>")
        if len(cells) == 7:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells = []
    if cells:
        rows.append("<tr>" + "".join(cells) + "<td></td>" * (7 - len(cells)) + "</tr>")
    head = "".join(f"<th>{d}</th>" for d in ["T2", "T3", "T4", "T5", "T6", "T7", "CN"])
    return (
        '<div class="lvt-lich"><div class="lvt-lich-dk"><a href="javascript:void(0)" onclick="lvtLich(-1)">&laquo;</a>'
        ' <strong>Tháng 12/2026</strong> <a href="javascript:void(0)" onclick="lvtLich(1)">&raquo;</a></div>'
        f'<table class="table table-bordered lvt-lich-bang"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def _panel(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<div class="panel panel-primary{extra}"><div class="panel-heading">{esc(title)}</div>'
        f'<div class="panel-body">{inner}</div></div>'
    )


def _left_blocks() -> str:
    weather = (
        '<div class="lvt-thoitiet clearfix"><img src="/themes/thcs_lvt/images/weather/03d.png" alt="Mây rải rác" width="50">'
        '<span class="nhietdo">27&deg;C</span><p>Quy Nhơn: Mây rải rác<br>Độ ẩm: 78% - Gió: 3,6 m/s</p></div>'
    )
    most = "".join(
        f'<li class="clearfix"><a href="{_path(BY_ID[i])}" title="{_attr2(BY_ID[i].title)}">'
        f'<img src="{_thumb(BY_ID[i])}" alt="" width="60" class="img-thumbnail pull-left mr-1">'
        f"{esc(_clean(BY_ID[i].title, 50))}</a></li>"
        for i in MOST_READ
    )
    laws = "".join(
        f'<li><a href="/laws/detail/{a}-{i}.html" title="{esc(t)}"><strong>{esc(so)}</strong></a><br>'
        f'<span class="small">{esc(t)}</span></li>'
        for i, (a, so, t, _d) in LAWS.items()
    )
    album = (
        f'<a href="/photos/album/{ALBUM[0]}.html" title="{esc(ALBUM[1])}"><img src="/uploads/photos/2026_09/khai-giang-bia.jpg"'
        f' alt="{esc(ALBUM[1])}" class="img-responsive"></a><p class="text-center"><a href="/photos/album/{ALBUM[0]}.html">'
        f"{esc(ALBUM[1])}</a></p>"
    )
    weblinks = (
        '<select class="form-control" onchange="if(this.value!=\'\')window.open(this.value,\'_blank\');">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</option>'
        '<option value="https://quynhon.binhdinh.gov.vn">Cổng TTĐT thành phố Quy Nhơn</option>'
        '<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option></select>'
    )
    poll = (
        '<form action="#" method="post" onsubmit="return false"><p><strong>Bạn quan tâm nội dung nào trên website của trường?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1"> Tin tức hoạt động</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"> Thông báo, lịch kiểm tra</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"> Văn bản, kế hoạch</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, \'2\', \'1\', \'a8c1\', \'\', \'0\');">'
        ' <input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, \'2\', 0, \'a8c1\', \'\', \'0\');"></form>'
    )
    counter = (
        '<ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>'
        '<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Máy chủ tìm kiếm</span><span class="margin-top-lg">4</span></li>'
        '<li><span><em class="fa fa-user fa-lg fa-horizon"></em>Khách viếng thăm</span><span>23</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.386</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tháng hiện tại</span><span>7.912</span></li>'
        '<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>1.204.557</span></li></ul>'
    )
    return (
        '<div class="col-sm-8 col-md-6 col-sm-pull-16 col-md-pull-18" id="lvt-cottrai">'
        + _panel("Thời tiết", weather)
        + _panel("Lịch", _calendar())
        + _panel("Tin xem nhiều", f'<ul class="list-none lvt-xemnhieu">{most}</ul>')
        + _panel("Văn bản mới", f'<ul class="list-none lvt-vanban">{laws}</ul>')
        + _panel("Thư viện ảnh", album)
        + _panel("Liên kết website", weblinks)
        + _panel("Thăm dò ý kiến", poll)
        + _panel("Thống kê truy cập", counter)
        + "</div>"
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    items = "".join(
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{h}" itemprop="item" title="{esc(t)}"><span itemprop="name">{esc(t)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (h, t) in enumerate([("/", "Trang nhất"), *trail], start=1)
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
        '<ul class="breadcrumbs list-none"></ul></div><ul class="subs-breadcrumbs"></ul>'
        f'<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{items}</ul></div>'
    )


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    trail: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    meta: str = "",
    func: str = "main",
    description: str = "",
) -> Response:
    host = base_url(request)
    crumbs = _crumbs(trail) if trail else ""
    canon = f'<link rel="canonical" href="{host}{canonical}">' if canonical else ""
    desc = description or "Trang thông tin điện tử Trường THCS Lê Văn Tám, thành phố Quy Nhơn, tỉnh Bình Định"
    doc = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}">
<meta name="author" content="{SITE}">
<meta name="copyright" content="{SITE} [thcslevantam.qn@binhdinh.edu.vn]">
<meta name="generator" content="NukeViet v4.6">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{SITE}">
{meta}
<link rel="shortcut icon" href="/uploads/favicon.ico">
{canon}
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1764901441" type="text/javascript">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1764901441">
<link rel="StyleSheet" href="{THEME}/css/nv.style.css?t=1764901441">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1764901441">
<link rel="StyleSheet" href="{THEME}/css/lvt.custom.css?t=1764901441">
<script data-show="inline" type="text/javascript">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="{func}",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Lv7tQ",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1764901441"></script>
<script src="/assets/js/language/vi.js?t=1764901441"></script>
<script src="/assets/js/global.js?t=1764901441"></script>
<script src="/themes/default/js/main.js?t=1764901441"></script>
<script src="{THEME}/js/lazysizes.min.js?t=1764901441" async></script>
</head>
<body>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
 <div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{SITE}" href="/"><img src="/uploads/logo-thcs-levantam.png" width="90" height="90" alt="{SITE}"></a>
  <span class="site_name">{SITE}</span><span class="site_description">Thành phố Quy Nhơn - Tỉnh Bình Định</span></div>
 <div class="col-xs-24 col-sm-24 col-md-16"><div id="lvt-banner"><img src="/uploads/banner/banner-truong-2026.jpg" alt="Dạy tốt - Học tốt" class="img-responsive"></div></div>
</div></div></header>
<div class="section-header-bar"><div class="container"><div class="row"><div class="col-md-24">
 <span class="current-time"><em class="fa fa-clock-o"></em> {HEADER_TODAY} | 08:47 GMT+7</span>
 <span class="pull-right"><a href="javascript:void(0)" onclick="loginForm('');" rel="nofollow"><em class="fa fa-user"></em> Đăng nhập</a></span>
</div></div></div></div>
{_menu()}
<section><div class="container" id="body">
{crumbs}
{_ticker()}
<div class="row">
 <div class="col-sm-16 col-md-18 col-sm-push-8 col-md-push-6">
 {main}
 </div>
 {_left_blocks()}
</div>
</div></section>
</div>
<footer id="footer"><div class="wraper"><div class="container"><div class="row">
 <div class="col-xs-24 col-sm-24 col-md-10">
  <ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
   <li class="company_name"><span itemprop="name">TRƯỜNG THCS LÊ VĂN TÁM</span></li>
   <li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address">Số 48 Trần Cao Vân, phường Lê Lợi, thành phố Quy Nhơn, tỉnh Bình Định</span></span></li>
   <li><em class="fa fa-phone"></em><span>Điện thoại: <a href="tel:02563822716"><span itemprop="telephone">0256 3822 716</span></a></span></li>
   <li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:thcslevantam.qn@binhdinh.edu.vn"><span itemprop="email">thcslevantam.qn@binhdinh.edu.vn</span></a></span></li>
  </ul>
 </div>
 <div class="col-xs-24 col-sm-24 col-md-8"><div class="panel-body"><strong>Chịu trách nhiệm nội dung:</strong> Thầy Phạm Văn Dũng - Hiệu trưởng<br>Giấy phép số 05/GP-PGDĐT ngày 12/3/2019 của Phòng GD&amp;ĐT thành phố Quy Nhơn</div></div>
 <div class="col-xs-24 col-sm-24 col-md-6"><div class="copyright"><span>&copy;&nbsp;Bản quyền thuộc về <a href="/">{SITE}</a></span><br>
  <span>Mã nguồn <a href="https://nukeviet.vn/" target="_blank" rel="noopener">NukeViet CMS</a>. Thiết kế bởi <a href="https://vinades.vn/" target="_blank" rel="noopener">VINADES.,JSC</a></span><br>
  <a href="/news/rss/" title="RSS"><em class="fa fa-rss"></em> RSS</a></div></div>
</div></div></div></footer>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=l4Xv9qkA" width="1" height="1"></div>
<script src="/assets/js/bootstrap.min.js?t=1764901441"></script>
</div></body></html>"""
    return html(doc)


# --------------------------------------------------------------------------------------------
# article text
# --------------------------------------------------------------------------------------------


def _ptext(p: P) -> str:
    if p.style == "ent":
        # CKEditor with entities_latin on: named Latin-1 entities, numeric ones for the rest, and
        # a non-breaking space after the commas
        return text(p.text, entities=1).replace(", ", ",&nbsp;")
    return text(p.text)


def _img(img: Img, story: Story) -> str:
    alt = esc(story.title)
    if img.style.startswith("lazy"):
        tag = f'<img alt="{alt}" class="lazyload" src="{PIX}" data-src="{esc(img.src)}" width="800" height="533" />'
    else:
        tag = f'<img alt="{alt}" height="533" src="{esc(img.src)}" width="800" />'
    if img.style == "fig":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width:90%;">'
            f'<tbody><tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td class="caption" style="text-align: center; background:#f3f3f3;"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em><span style="font-size:12px;">{esc(img.printed)}</span></em></p>'
    return out


def _bodyhtml(story: Story) -> str:
    """The CKEditor HTML of ``div#news-bodyhtml`` (the home image is printed outside it)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            m = re.fullmatch(r"@@XEMTHEM:(\d+)@@", b.html)
            if m:
                other = BY_ID[int(m.group(1))]
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{_path(other)}">{esc(other.title)}</a></p>'
                )
            else:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b, story))
            i += 1
            continue
        style = b.style
        if style in ("li", "ol", "tr", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i])
                i += 1
            if style == "br":
                lines = "<br />\n".join(_ptext(p) for p in group)
                out.append(f'<div style="text-align: justify;"><span style="font-size:14px;">{lines}</span></div>')
            elif style in ("li", "ol"):
                tag = "ul" if style == "li" else "ol"
                items = "".join(f"<li>{_ptext(p)}</li>" for p in group)
                out.append(f"<{tag}>{items}</{tag}>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{text(c)}</strong></td>' for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse;">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            continue
        if style == "b":
            out.append(f"<p><strong>{_ptext(b)}</strong></p>")
        elif style == "h4":
            out.append(f"<h4><strong>{_ptext(b)}</strong></h4>")
        elif style == "quote":
            out.append(f'<blockquote><p><em>{_ptext(b)}</em></p></blockquote>')
        else:
            out.append(f'<p style="text-align: justify;">{_ptext(b)}</p>')
        i += 1
    return "\n".join(out)


def _home_figure(story: Story) -> str:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    if home is None:
        return ""
    cap = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
    return (
        '<figure class="article center pointer" onclick="modalShowByObj(\'#imgpreview\');">'
        '<div id="imgpreview" style="width:600px;"><p class="text-center">'
        f'<img alt="{esc(home.printed or story.title)}" src="{esc(home.src)}" width="600" class="img-thumbnail"/></p>'
        f"{cap}</div></figure>"
    )


def _og_image(story: Story, host: str) -> str:
    home = next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)
    src = story.opts.get("homeimg") or (home.src if home else f"{THEME}/images/logo-og.png")
    return host + src


def _newer(story: Story) -> str:
    newer = [s for s in ORDERED if s.cat == story.cat and s.opts["publtime"] > story.opts["publtime"]][-5:]
    if not newer:
        return ""
    items = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{_path(s)}" data-placement="bottom" '
        f'data-content="{esc(s.summary or "")}" data-img="{_thumb(s)}" data-rel="tooltip" title="{_attr2(s.title)}">'
        f"{esc(_clean(s.title))}</a> <em>({_when(s):%d/%m/%Y})</em></li>"
        for s in newer
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body other-news">'
        '<p class="h3"><strong>Những tin mới hơn</strong></p>'
        f'<div class="clearfix"><ul class="detail-related related list-none list-items">{items}</ul></div></div></div>'
    )


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    rows = "".join(
        '<div class="media"><a class="pull-left" href="javascript:void(0)">'
        '<img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="" width="40"></a>'
        f'<div class="media-body"><div class="comment-content"><p>{esc(body)}</p></div>'
        f'<div class="comment-info clearfix"><ul class="list-inline"><li><em class="fa fa-user"></em> {esc(name)}</li>'
        f'<li><em class="fa fa-clock-o"></em> {esc(when)}</li>'
        '<li><a href="javascript:void(0)" onclick="nv_commment_like(this);"><em class="fa fa-thumbs-o-up"></em> Thích</a></li>'
        '<li><a href="javascript:void(0)" onclick="nv_commment_reply(this);"><em class="fa fa-reply"></em> Trả lời</a></li></ul></div></div></div>'
        for name, when, body in items
    )
    if not rows:
        rows = '<p class="text-muted">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến về bài viết!</p>'
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        f'<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8" data-id="{story.id}">'
        '<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title">'
        '<em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>'
        '<div class="col-xs-12 text-right"><select class="form-control" onchange="nv_comment_sort_change(event, this);">'
        '<option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option>'
        '<option value="2">Sắp xếp theo số lượt thích</option></select></div></div>'
        f'<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{rows}</div></div>'
        '<div id="formcomment" class="comment-form"><form method="post" role="form" onsubmit="return false">'
        '<div class="form-group"><input type="text" class="form-control" name="name" placeholder="Tên của bạn"></div>'
        '<div class="form-group"><input type="email" class="form-control" name="email" placeholder="Email của bạn"></div>'
        '<div class="form-group"><textarea class="form-control" name="content" rows="3" placeholder="Nội dung ý kiến"></textarea></div>'
        '<input type="button" class="btn btn-primary" value="Gửi bình luận" onclick="nv_commment_submit(this.form);"></form></div>'
        "</div></div></div>"
    )


def _article(request: Request, story: Story) -> Response:
    host = base_url(request)
    cat_name = CATS[story.cat]
    link = _path(story)
    views = story.views()
    tacgia = story.opts.get("tacgia", "")
    schema_author = tacgia or story.opts.get("poster", "admin")
    d = _when(story)
    tags = story.opts.get("tags", [])

    tts = (
        '<div class="lvt-nghedoc clearfix"><span class="lvt-nghedoc-nhan"><em class="fa fa-headphones"></em> Nghe đọc bài viết</span>'
        f'<audio controls preload="none" src="/uploads/news/tts/{story.id}.mp3">Trình duyệt không hỗ trợ phát âm thanh.</audio>'
        '<select class="lvt-giongdoc"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Nam</option></select></div>'
    )
    author_box = ""
    lines = []
    if tacgia:
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(tacgia)}</p>')
    if "nguon" in story.opts:
        nname, nlink = story.opts["nguon"]
        lines.append(
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(nname)}" rel="nofollow" '
            f'href="{esc(nlink)}" target="_blank">{esc(nname)}</a></p>'
        )
    if lines:
        author_box = '<div class="margin-bottom-lg">' + "".join(lines) + "</div>"

    files = ""
    if story.opts.get("files"):
        rows = "".join(
            '<div class="list-group-item"><span class="badge"><a role="button" data-toggle="collapse" '
            f'href="#file-{story.id}-{n}" aria-expanded="false">Xem trực tuyến</a></span>'
            f'<a href="{link}?download=1&amp;id={n}" title="{esc(f)}"><em class="fa fa-file-pdf-o"></em> {esc(f)}</a>'
            f'<div class="clearfix"></div><div class="collapse" id="file-{story.id}-{n}"></div></div>'
            for n, f in enumerate(story.opts["files"])
        )
        files = (
            '<div class="news_column panel panel-default"><div class="panel-body">'
            '<p class="h3"><em class="fa fa-download">&nbsp;</em><strong>Tập tin đính kèm</strong></p>'
            f'<div class="list-group news-download-file">{rows}</div></div></div>'
        )
    kw = ""
    if tags:
        loop = ", ".join(f'<a title="{esc(k)}" href="/news/tag/{a}"><em>{esc(k)}</em></a>' for k, a in tags)
        kw = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{loop}</div></div></div>'
        )
    score = 3 + story.id % 3
    rating = (
        '<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action="">'
        '<div class="h5 clearfix"><p>Tổng số điểm của bài viết là: '
        f"{score * 5 - 2} trong {score} đánh giá</p>"
        '<div class="star-rating">' + "".join(
            f'<input class="hover-star" type="radio" value="{n}" title="Bài viết này {n} điểm">' for n in range(1, 6)
        ) + '</div><div id="stringrating">Click để đánh giá bài viết</div></div></form></div></div>'
    )
    share = (
        '<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">'
        f'<div class="fb-like" data-href="{host}{link}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>'
        f'<div class="zalo-share-button" data-href="{host}{link}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>'
        "</div></div></div>"
    )
    copyright_box = (
        '<div class="alert alert-info margin-bottom-lg">Bản quyền thuộc về Trường THCS Lê Văn Tám. '
        "Ghi rõ nguồn “Website Trường THCS Lê Văn Tám” khi phát hành lại thông tin từ website này.</div>"
    )
    hometext = f'<div class="hometext m-bottom" itemprop="description">{text(story.summary)}</div>' if story.summary else ""
    main = f"""
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12"><span class="h5">{_dateline(story)}</span> <span class="text-muted small"><em class="fa fa-eye"></em> Lượt xem: {views}</span></div>
   <div class="col-md-12"><ul class="list-inline text-right lvt-congcu">
    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','{esc(story.title)}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
    <li><a class="dimgray" rel="nofollow" title="In ra" href="{_print_path(story)}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em> Bản in</a></li>
    <li><span class="lvt-cochu">Cỡ chữ: <a href="javascript:void(0)" onclick="lvtFont(-1)">A-</a> <a href="javascript:void(0)" onclick="lvtFont(0)">A</a> <a href="javascript:void(0)" onclick="lvtFont(1)">A+</a></span></li>
   </ul></div>
  </div>
  {tts}
  <div class="clearfix">
   {_home_figure(story)}
   {hometext}
  </div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_bodyhtml(story)}
  </div>
  {author_box}
  {copyright_box}
  <span class="hidden d-none hide" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">{esc(schema_author)}</span></span>
  <span class="hidden d-none hide" itemprop="datePublished">{d:%Y-%m-%dT%H:%M:%S}+07:00</span>
  <span class="hidden d-none hide" itemprop="dateModified">{d:%Y-%m-%dT%H:%M:%S}+07:00</span>
  <span class="hidden d-none hide" itemprop="mainEntityOfPage">{host}{link}</span>
  <span class="hidden d-none hide" itemprop="image">{_og_image(story, host)}</span>
  <span class="hidden d-none hide" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{SITE}</span><span itemprop="logo" itemscope itemtype="https://schema.org/ImageObject"><span itemprop="url">{host}/uploads/logo-thcs-levantam.png</span></span></span>
 </div>
</div>
{files}
{kw}
{rating}
{share}
{_comments(story)}
{_newer(story)}
"""
    meta = (
        f'<meta property="og:title" content="{_attr2(story.title)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:description" content="{esc(story.summary or story.paragraphs[0])}">\n'
        f'<meta property="og:image" content="{_og_image(story, host)}">\n'
        f'<meta property="og:url" content="{host}{link}">\n'
        f'<meta property="article:published_time" content="{_og_time(story)}">\n'
        f'<meta property="article:modified_time" content="{_og_time(story)}">\n'
        f'<meta property="article:section" content="{esc(cat_name)}">\n'
        + "".join(f'<meta property="article:tag" content="{esc(k)}">\n' for k, _a in tags)
    )
    return _page(
        request,
        f"{story.title} - {cat_name} - {SITE}",
        main,
        trail=[("/news/", MODULE_TITLE), (f"/news/{story.cat}/", cat_name)],
        canonical=link,
        meta=meta,
        func="detail",
        description=story.summary or story.paragraphs[0],
    )


def _print(request: Request, story: Story) -> Response:
    host = base_url(request)
    author = f'<div id="author">Tác giả: {esc(story.opts["tacgia"])}</div>' if story.opts.get("tacgia") else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{host}{_path(story)}">
<link rel="StyleSheet" href="/themes/default/css/print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{SITE}</h2><p class="pull-right"><a title="{SITE}" href="/"><img alt="{SITE}" src="/uploads/logo-thcs-levantam.png" height="60"></a></p></div>
<div class="clear"></div><hr>
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_dateline(story)}</li><li class="hit">Lượt xem: {story.views()}</li></ul>
<div class="clear"></div>
{('<div id="hometext">' + text(story.summary) + "</div>") if story.summary else ""}
<div id="bodytext" class="clearfix">{_home_figure(story)}
{_bodyhtml(story)}</div>
{author}
</div>
<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{host}{_path(story)}">{host}{_path(story)}</a></div>
<div class="clear"></div><div class="copyright">&copy; {SITE}</div>
<div id="contact"><a href="mailto:thcslevantam.qn@binhdinh.edu.vn">thcslevantam.qn@binhdinh.edu.vn</a></div></div>
</div><script>window.print();</script></body></html>"""
    return html(doc)


# --------------------------------------------------------------------------------------------
# listings
# --------------------------------------------------------------------------------------------


def _pagination(base: str, page: int, pages: int) -> str:
    """NukeViet's nv_alias_page: page 1 is the base URL itself, others base + 'page-N'."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        items.append('<li class="disabled"><span>&raquo;</span></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def _listing_link(story: Story, cat: str | None = None) -> str:
    return _path(story, cat if cat in _cats_of(story) else None)


def _big(story: Story, cat: str | None = None, heading: str = "h3") -> str:
    link = _listing_link(story, cat)
    return (
        f'<a href="{link}" title="{_attr2(story.title)}"><img src="{_thumb(story)}" alt="{_attr2(story.title)}" width="220" '
        'class="img-thumbnail pull-left imghome"></a>'
        f'<{heading}><a href="{link}" title="{_attr2(story.title)}">{esc(story.title)}</a></{heading}>'
        '<div class="text-muted"><ul class="list-unstyled list-inline">'
        f'<li><em class="fa fa-clock-o">&nbsp;</em> {_when(story):%d/%m/%Y %H:%M}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {story.views()}</li>'
        f'<li><em class="fa fa-comment-o">&nbsp;</em> Bình luận: {len(story.opts.get("comments", []))}</li></ul></div>'
        f"<p>{text(story.summary or story.paragraphs[0])}</p>"
        f'<p class="text-right"><a href="{link}"><em class="fa fa-sign-out"></em> Xem tiếp...</a></p>'
    )


def _grid_item(story: Story) -> str:
    link = _path(story)
    return (
        '<div class="col-xs-24 col-sm-12 col-md-8"><div class="thumbnail lvt-o-tin">'
        f'<a href="{link}" title="{_attr2(story.title)}"><img src="{_thumb(story)}" alt="{_attr2(story.title)}" class="img-thumbnail" width="240"></a>'
        f'<div class="caption"><h4><a href="{link}" title="{_attr2(story.title)}">{esc(_clean(story.title))}</a></h4>'
        f'<p class="text-muted small"><em class="fa fa-clock-o"></em> {_when(story):%d/%m/%Y}</p></div></div></div>'
    )


def _home(request: Request, page: int) -> Response | None:
    pages = -(-len(ORDERED) // HOME_PER_PAGE)
    if page > pages:
        return None
    chunk = ORDERED[(page - 1) * HOME_PER_PAGE : page * HOME_PER_PAGE]
    top, rest = chunk[0], chunk[1:]
    group_name, group_ids = GROUPS["Tin-tieu-diem"]
    groups = "".join(
        f'<li><a href="{_path(BY_ID[i])}" title="{_attr2(BY_ID[i].title)}">{esc(_clean(BY_ID[i].title, 50))}</a></li>'
        for i in group_ids
    )
    main = (
        '<div class="panel panel-default lvt-tieudiem"><div class="panel-heading"><a href="/news/groups/Tin-tieu-diem/">'
        f'{esc(group_name)}</a></div><div class="panel-body"><ul class="list-none">{groups}</ul>'
        '<p class="text-right"><a href="/news/groups/Tin-tieu-diem/">Xem thêm &raquo;</a></p></div></div>'
        '<div class="news_column"><div class="panel panel-default clearfix"><div class="panel-body lvt-tinnoibat">'
        + _big(top)
        + '</div></div><div class="panel panel-default clearfix"><div class="panel-body"><div class="row lvt-luoitin">'
        + "".join(_grid_item(s) for s in rest)
        + "</div></div></div>"
        + _pagination("/news/", page, pages)
        + "</div>"
    )
    title = SITE if page == 1 else f"{MODULE_TITLE} - Trang {page} - {SITE}"
    return _page(request, title, main, canonical="/" if page == 1 else f"/news/page-{page}",
                 meta='<meta property="og:type" content="website">')


def _cat_items(cat: str) -> list[Story]:
    return [s for s in ORDERED if cat in _cats_of(s)]


def _category(request: Request, cat: str, page: int) -> Response | None:
    items = _cat_items(cat)
    pages = max(1, -(-len(items) // CAT_PER_PAGE))
    if page > pages:
        return None
    chunk = items[(page - 1) * CAT_PER_PAGE : page * CAT_PER_PAGE]
    first, rest = chunk[0], chunk[1:]
    cols = ["", ""]
    for n, s in enumerate(rest):
        link = _listing_link(s, cat)
        cols[n % 2] += (
            f'<li class="clearfix"><a href="{link}" title="{_attr2(s.title)}"><img src="{_thumb(s)}" alt="" width="90" class="img-thumbnail pull-left"></a>'
            f'<a class="show h4" href="{link}" title="{_attr2(s.title)}">{esc(_clean(s.title))}</a>'
            f'<span class="text-muted small">{_when(s):%d/%m/%Y}</span></li>'
        )
    main = (
        f'<div class="news_column two_column"><div class="panel panel-default"><div class="panel-heading">'
        f'<h4><a title="{esc(CATS[cat])}" href="/news/{cat}/"><span>{esc(CATS[cat])}</span></a></h4></div>'
        f'<div class="panel-body"><div class="clearfix lvt-cot-dau">{_big(first, cat, "h2")}</div>'
        '<div class="row">'
        + "".join(f'<div class="col-xs-24 col-md-12"><ul class="related list-none list-items">{c}</ul></div>' for c in cols)
        + "</div></div></div>"
        + _pagination(f"/news/{cat}/", page, pages)
        + "</div>"
    )
    suffix = "" if page == 1 else f" - Trang {page}"
    return _page(
        request,
        f"{CATS[cat]}{suffix} - {SITE}",
        main,
        trail=[("/news/", MODULE_TITLE), (f"/news/{cat}/", CATS[cat])],
        canonical=f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}",
        func="viewcat",
    )


def _simple_list(request: Request, heading: str, stories: list[Story], trail_href: str) -> Response:
    items = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body clearfix">{_big(s)}</div></div>'
        for s in stories
    )
    main = f'<h1 class="lvt-tieude-trang">{esc(heading)}</h1>{items}'
    return _page(request, f"{heading} - {SITE}", main, trail=[("/news/", MODULE_TITLE), (trail_href, heading)],
                 canonical=trail_href, func="tag")


def _tag(request: Request, alias: str) -> Response | None:
    for s in STORIES:
        for k, a in s.opts.get("tags", []):
            if a == alias:
                stories = [x for x in ORDERED if any(t[1] == alias for t in x.opts.get("tags", []))]
                return _simple_list(request, k, stories, f"/news/tag/{alias}")
    return None


def _group(request: Request, alias: str) -> Response | None:
    if alias not in GROUPS:
        return None
    name, ids = GROUPS[alias]
    stories = [s for s in ORDERED if s.id in ids]
    return _simple_list(request, name, stories, f"/news/groups/{alias}/")


def _rss(request: Request, cat: str | None) -> Response | None:
    host = base_url(request)
    if cat is not None and cat not in CATS:
        return None
    stories = [s for s in ORDERED if cat is None or cat in _cats_of(s)][:8]
    items = "".join(
        f"<item><title><![CDATA[{s.title}]]></title><link>{host}{_path(s)}</link>"
        f'<guid isPermaLink="false">news_{s.id}</guid>'
        f"<description><![CDATA[<img src=\"{host}{_thumb(s)}\" width=\"100\" align=\"left\" border=\"0\" />{s.summary or ''}]]></description>"
        f"<pubDate>{(_when(s) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate></item>"
        for s in stories
    )
    title = CATS[cat] if cat else MODULE_TITLE
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)} - {SITE}</title><link>{host}/news/</link>"
        "<description>Trang thông tin điện tử Trường THCS Lê Văn Tám</description><language>vi</language>"
        "<copyright>Trường THCS Lê Văn Tám</copyright><generator>NukeViet v4.6</generator>"
        f"{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --------------------------------------------------------------------------------------------
# pages that are not articles
# --------------------------------------------------------------------------------------------


def _about(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    if alias == "gioi-thieu-chung":
        body = (
            "<p>Trường THCS Lê Văn Tám được thành lập năm 1976, tọa lạc tại trung tâm thành phố Quy Nhơn. "
            "Năm học 2026 - 2027, trường có 36 lớp với 1.268 học sinh, 78 cán bộ, giáo viên, nhân viên.</p>"
            "<p>Trường đạt chuẩn quốc gia mức độ 2 năm 2021, nhiều năm liền đạt danh hiệu Tập thể lao động "
            "xuất sắc.</p>"
        )
    else:
        body = (
            "<p><strong>Hiệu trưởng:</strong> Thầy Phạm Văn Dũng</p>"
            "<p><strong>Phó Hiệu trưởng:</strong> Cô Võ Thị Thu Trang, Thầy Lê Quang Minh</p>"
            "<p><strong>Các tổ chuyên môn:</strong> Ngữ văn; Toán - Tin; Khoa học tự nhiên; Tiếng Anh; Khoa học xã hội; "
            "Nghệ thuật - Thể chất; Tổ Văn phòng.</p>"
        )
    others = "".join(f'<li><a href="/about/{a}.html">{esc(n)}</a></li>' for a, n in ABOUT.items() if a != alias)
    main = (
        '<div class="page panel panel-default"><div class="panel-body">'
        f'<h1 class="title margin-bottom-lg">{esc(ABOUT[alias])}</h1>'
        '<div class="clearfix"><span class="text-muted small">Cập nhật: 15/08/2026 09:12</span></div>'
        f'<div class="bodytext margin-bottom-lg">{body}</div></div></div>'
        f'<div class="page panel panel-default"><div class="panel-body"><ul class="list-none">{others}</ul></div></div>'
    )
    return _page(request, f"{ABOUT[alias]} - Giới thiệu - {SITE}", main,
                 trail=[("/about/gioi-thieu-chung.html", "Giới thiệu"), (f"/about/{alias}.html", ABOUT[alias])],
                 canonical=f"/about/{alias}.html", func="main")


def _contact(request: Request) -> Response:
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
        "<p><strong>TRƯỜNG THCS LÊ VĂN TÁM</strong><br>Địa chỉ: Số 48 Trần Cao Vân, phường Lê Lợi, thành phố Quy Nhơn, tỉnh Bình Định<br>"
        "Điện thoại: 0256 3822 716 - Email: thcslevantam.qn@binhdinh.edu.vn</p>"
        '<form method="post" action="/contact/" onsubmit="return false"><div class="form-group"><input class="form-control" name="fname" placeholder="Họ và tên"></div>'
        '<div class="form-group"><input class="form-control" name="femail" placeholder="Email"></div>'
        '<div class="form-group"><input class="form-control" name="ftitle" placeholder="Tiêu đề"></div>'
        '<div class="form-group"><textarea class="form-control" name="fcon" rows="5" placeholder="Nội dung"></textarea></div>'
        '<input type="button" class="btn btn-primary" value="Gửi thư"></form></div></div>'
    )
    return _page(request, f"Liên hệ - {SITE}", main, trail=[("/contact/", "Liên hệ")], canonical="/contact/")


def _law(request: Request, lid: int, alias: str) -> Response | None:
    if lid not in LAWS or LAWS[lid][0] != alias:
        return None
    _a, so, title, day = LAWS[lid]
    main = (
        '<div class="panel panel-default"><div class="panel-body">'
        f'<h1 class="title">{esc(title)}</h1>'
        '<table class="table table-bordered table-striped"><tbody>'
        f"<tr><td>Số/Ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        f"<tr><td>Ngày hiệu lực</td><td>{day}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường THCS Lê Văn Tám</td></tr>"
        "<tr><td>Người ký</td><td>Phạm Văn Dũng</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(title)}</td></tr></tbody></table>"
        f'<p><em class="fa fa-download"></em> <a href="/uploads/laws/{alias.lower()}.pdf">Tải về</a></p>'
        "</div></div>"
    )
    return _page(request, f"{so} - Văn bản - {SITE}", main,
                 trail=[(f"/laws/detail/{alias}-{lid}.html", "Văn bản")], canonical=f"/laws/detail/{alias}-{lid}.html")


def _album(request: Request) -> Response:
    imgs = "".join(
        f'<div class="col-xs-12 col-md-8"><a href="/uploads/photos/2026_09/khai-giang-{n:02d}.jpg" data-fancybox="gallery">'
        f'<img src="/uploads/photos/2026_09/thumbs/khai-giang-{n:02d}.jpg" class="img-thumbnail" alt="Khai giảng {n}"></a></div>'
        for n in range(1, 7)
    )
    main = (
        '<div class="panel panel-default"><div class="panel-body">'
        f'<h1 class="title">{esc(ALBUM[1])}</h1><p class="text-muted">6 ảnh - Ngày tạo: 05/09/2026</p>'
        f'<div class="row">{imgs}</div></div></div>'
    )
    return _page(request, f"{ALBUM[1]} - Thư viện ảnh - {SITE}", main,
                 trail=[(f"/photos/album/{ALBUM[0]}.html", "Thư viện ảnh")], canonical=f"/photos/album/{ALBUM[0]}.html")


def _seek(request: Request) -> Response:
    q = request.params.get("q", "")
    found = [s for s in ORDERED if q and q.lower() in s.title.lower()] if len(q) >= 3 else []
    rows = "".join(f'<li><a href="{_path(s)}">{esc(s.title)}</a></li>' for s in found)
    main = (
        f'<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1>'
        f'<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"></form>'
        f'<p>Có {len(found)} kết quả</p><ul>{rows}</ul></div></div>'
    )
    return _page(request, f"Tìm kiếm - {SITE}", main, trail=[("/seek/", "Tìm kiếm")])


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /vendor/
Disallow: /index.php?second=cronjobs
Disallow: /news/sendmail/
"""

# --------------------------------------------------------------------------------------------
# routing
# --------------------------------------------------------------------------------------------

_ART = re.compile(r"^/news/(?P<cat>[a-z0-9-]+)/(?P<alias>[A-Za-z0-9-]+)-(?P<id>\d+)\.html$")
_PRINT = re.compile(r"^/news/(?P<op>print|sendmail)/(?P<cat>[a-z0-9-]+)/(?P<alias>[A-Za-z0-9-]+)-(?P<id>\d+)\.html$")
_CAT = re.compile(r"^/news/(?P<cat>[a-z0-9-]+)/(?:page-(?P<page>\d+))?$")
_LAW = re.compile(r"^/laws/detail/(?P<alias>[A-Za-z0-9-]+)-(?P<id>\d+)\.html$")


def _sendmail(request: Request, story: Story) -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>'
        '<meta name="robots" content="noindex, nofollow"></head><body><div id="sendmail">'
        f'<p class="h3">Gửi bài viết qua email</p><p>Bài viết: <strong>{esc(story.title)}</strong></p>'
        '<form method="post" onsubmit="return false"><input name="friend_email" placeholder="Email người nhận">'
        '<textarea name="your_message"></textarea><input type="submit" value="Gửi"></form></div></body></html>'
    )
    return html(doc)


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/news/"):
            return _home(request, 1)
        if path == "/news/page-1":
            return redirect("/news/", 301)
        m = re.fullmatch(r"/news/page-(\d+)", path)
        if m:
            return _home(request, int(m.group(1)))
        if path == "/index.php":
            if params.get("nv") == "news" and "op" in params:
                mm = re.fullmatch(r"([a-z0-9-]+)/([A-Za-z0-9-]+)-(\d+)", params["op"])
                if mm and int(mm.group(3)) in BY_ID:
                    story = BY_ID[int(mm.group(3))]
                    if mm.group(1) in _cats_of(story) and mm.group(2) == story.slug:
                        return redirect(_path(story, mm.group(1)), 301)
                return None
            if params.get("second") == "cronjobs":
                return static_file("/x.gif")
            if not request.query:
                return redirect("/", 301)
            return None
        m = _PRINT.match(path)
        if m:
            story = BY_ID.get(int(m.group("id")))
            if story is None or story.slug != m.group("alias") or m.group("cat") not in _cats_of(story):
                return None
            return _print(request, story) if m.group("op") == "print" else _sendmail(request, story)
        m = _ART.match(path)
        if m:
            story = BY_ID.get(int(m.group("id")))
            if story is None or m.group("cat") not in CATS:
                return None
            cat = m.group("cat")
            if story.slug != m.group("alias") or cat not in _cats_of(story):
                return redirect(_path(story), 301)
            if params.get("download") == "1":
                files = story.opts.get("files", [])
                fid = params.get("id", "")
                if fid.isdigit() and int(fid) < len(files):
                    return Response(200, PDF, {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{files[int(fid)]}"',
                    })
                return None
            return _article(request, story)
        m = re.fullmatch(r"/news/tag/([a-z0-9-]+)", path)
        if m:
            return _tag(request, m.group(1))
        m = re.fullmatch(r"/news/groups/([A-Za-z0-9-]+)/", path)
        if m:
            return _group(request, m.group(1))
        if path == "/news/rss/":
            return _rss(request, None)
        m = re.fullmatch(r"/news/rss/([a-z0-9-]+)/", path)
        if m:
            return _rss(request, m.group(1))
        m = _CAT.match(path)
        if m and m.group("cat") in CATS:
            page = int(m.group("page") or 1)
            if m.group("page") == "1":
                return redirect(f"/news/{m.group('cat')}/", 301)
            return _category(request, m.group("cat"), page)
        m = re.fullmatch(r"/news/([a-z0-9-]+)", path)
        if m and m.group(1) in CATS:
            return redirect(f"/news/{m.group(1)}/", 301)
        m = re.fullmatch(r"/about/([a-z0-9-]+)\.html", path)
        if m:
            return _about(request, m.group(1))
        if path == "/contact/":
            return _contact(request)
        m = _LAW.match(path)
        if m:
            return _law(request, int(m.group("id")), m.group("alias"))
        if path == f"/photos/album/{ALBUM[0]}.html":
            return _album(request)
        if path == "/seek/":
            return _seek(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith("/uploads/laws/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/uploads/news/tts/") and path.endswith(".mp3"):
            return Response(200, b"ID3\x03\x00\x00\x00\x00\x00\x00", {"Content-Type": "audio/mpeg"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [_print_path(story)]
    alts += [_path(story, c) for c in story.opts.get("extra_cats", [])]
    if story.opts.get("ticker"):
        alts.append(_raw_path(story))
    return gold_record(story, _path(story), CATS[story.cat], canonical_path=_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in ORDERED]

NON_ARTICLES = [
    "/about/gioi-thieu-chung.html",
    "/about/co-cau-to-chuc.html",
    "/contact/",
    f"/laws/detail/{LAWS[45][0]}-45.html",
    f"/laws/detail/{LAWS[48][0]}-48.html",
    f"/photos/album/{ALBUM[0]}.html",
]
