"""A lower-secondary school site on uCoz: Trường THCS Sơn Bình (xã Bình Lư, tỉnh Lai Châu).

The platform
------------
A teacher of Informatics built the site on uCoz in September 2012 and the school still updates
it, now on its own domain (uCoz's paid plan). The template is the table-based one uCoz offered
then: a header table with the school's name and today's date, a left column of uCoz "blocks"
(``<table class="boxTable">`` with ``th.boxTitle`` / ``td.boxContent``), the page's ``<!-- <body>
-->`` in the middle, a right column of blocks, the footer with "Hosted by uCoz". uCoz adds its own
ad bar at the very top (``<div id="uCozBar">`` with links to ucoz.com) and writes its localised
strings between ``<!--<s5176>-->…<!--</s>-->`` comments. Two content modules are used:

* **Site news** (``/news/``), the school's news. A list shows, per entry, ``div.eTitle`` (the
  link), ``div.eMessage`` (the entry's brief, cut short, "Xem thêm »"), ``div.eDetails``
  ("Chuyên mục: <a>Tin tức</a> | Lượt xem: 231 | Đăng bởi: <a href="/index/8-1">admin</a> |
  Ngày: <a href="/news/2026-11-20">20.11.2026</a>, 10:42 | <a href="…#comments">Bình luận
  (12)</a>"). A post page prints ``td.eTitle`` (the title), ``div.eMessage`` (the full text),
  ``td.eDetails`` (the same line as in lists), a "Phiên bản in" link, uCoz's related entries
  (``ul.uRelatedEntries``), the comments (``div.cBlock1``/``div.cBlock2``: number, commenter,
  date, ``div.cMessage``) with their pager, and the guest comment form.
* **Publisher** (``/publ/``), used for notices and teaching papers. ``/publ/`` lists the
  categories; ``/publ/thong_bao/1`` is category 1's list and ``/publ/thong_bao/1-2`` its page 2;
  an article is ``/publ/thong_bao/1-1-0-47`` ("category-page-0-id"). The article page prints a
  breadcrumb (Trang chủ » Thư viện bài viết » Thông báo), ``td.eTitle``, ``div.eMessage`` and
  ``td.eDetails`` ("Chuyên mục: <a>Thông báo</a> | Thêm vào: <a>admin</a> (18.11.2026) | Tác
  giả: … | Lượt xem: 54 | Xếp hạng: 0.0/0"); the "Tác giả" part is the Publisher's author field,
  printed only when filled in.

There is no rel=canonical, no Open Graph and no JSON-LD (a 2012 template). ``<title>`` of a news
post is uCoz's "Title - 20 Tháng Mười Một 2026 - Tin tức - Trường THCS Sơn Bình"; of a Publisher
article "Title - Thông báo - Thư viện bài viết - Trường THCS Sơn Bình".

Text is typed in uCoz's editor: some posts put ``<br><br>`` between paragraphs inside one
``<span style="font-family:Times New Roman;font-size:14pt">`` (``&nbsp;`` indents at paragraph
starts in one of them), others write ``<p>``. Images are ``<img src="/_nw/1/63218450.jpg">``
(Publisher: ``/_pu/0/…``) in a centred ``div``/``p``; a caption, where there is one, is the next
centred line, in italics, often in parentheses. Bylines are the last right-aligned lines. One
post was pasted in decomposed Unicode (NFD), one carries entity-encoded letters (``&#7879;``,
``&agrave;``) in every second character.

URL scheme and pages served
---------------------------
* ``/``: a welcome box, then the news list's first page (4 entries), pager to ``/news/?page2``.
* ``/news/``, ``/news/?page1`` … ``/news/?page3``: the news list, 4 a page; uCoz's pager is a
  bare query word (``?page2``), not key=value.
* ``/news/1-0-<cat>`` (category list, first page), ``/news/1-<page>-<cat>`` (its pages; page 1
  is also ``/news/1-1-<cat>``): categories 1 Tin tức (5 posts, 2 pages), 2 Hoạt động Đội, 3
  Chuyên môn, 4 Bán trú.
* ``/news/2026-11`` (month archive) and ``/news/2026-11-20`` (day archive): lists of that
  month's/day's entries. The calendar block links the days that have posts and « » to the
  previous and next month; every month from ``2012-09`` (the module's start) to ``2026-11``
  answers, nearly all of them "Không có mục nào" (the teacher deleted the old entries in summer
  2026 when the hosting quota ran out): 171 month pages, a walk without content. Day archives
  answer for every real day in that range.
* ``/news/<slug>/2026-11-20-188``: a post (the address lists and archives link). The very same
  post is served at ``/news/2026-11-20-188`` (no slug: the "Tin mới" block links that form), at
  ``/news/2026-11-20-188?print`` (the print view the post links, no chrome) and, for the post
  with 12 comments, at ``/news/<slug>/2026-11-20-188?page2`` (the second page of comments, the
  article printed again above them) and ``?page1``. Slug form, print view and ``?pageN`` work on
  both forms (all listed in ``alt_paths``).
* ``/publ/``, ``/publ/thong_bao/1``, ``/publ/thong_bao/1-1`` (= page 1), ``/publ/thong_bao/1-2``,
  ``/publ/tai_lieu_chuyen_mon/2``; articles ``/publ/<cat_slug>/<cat>-1-0-<id>``.
* ``/photo/`` (albums), ``/photo/1`` (album "Hoạt động nhà trường"), ``/photo/1-0-12`` and
  ``/photo/1-0-13`` (uCoz's photo pages: title, one photo, date, views, description, « »).
* ``/index/0-2`` (static page "Giới thiệu"), ``/index/0-3`` (static page "Liên hệ" with uCoz's
  feedback form), ``/index/1`` (login), ``/index/3`` (registration), ``/index/8-<n>`` (user
  profiles of the accounts that post: 1 admin, 2 dungtoan, 3 thuhoa_tpt).
* ``/robots.txt`` (uCoz's own: ``Disallow: /*?`` with ``Allow: /*?page``, ``/index/1``, ``/index/3``,
  ``/index/8`` disallowed, ``Sitemap: //host/sitemap.xml``, protocol-relative as uCoz writes it)
  and ``/sitemap.xml`` (uCoz's: home, static pages, every news post and Publisher article in its
  slug form, the photo pages).
* Files: ``/_nw/…``, ``/_pu/…``, ``/_ph/…`` images, one PDF attachment, ``/_st/my.css``, uCoz
  scripts under ``/.s/src/``.

Every gold article is linked from its module's list pages (news: ``/``/``/news/`` and
``?page2``/``?page3``; Publisher: ``/publ/`` → category lists and their page 2), from its day and
month archive, its category list, and the sitemap.

Traps
-----
* the ``?page2`` pager (and ``?page1`` = ``/news/``, ``1-1-1`` = ``1-0-1``);
* 171 month archives and hundreds of day archives reachable through the calendar's « »;
* the no-slug twin, the print view, the comments page that repeats the article;
* ``/index/8-n`` profiles (a date, a name and counts), ``/index/0-2``/``0-3`` static pages,
  ``/index/1`` and ``/index/3`` forms, photo pages (a titled, dated page with one photo);
* links to ucoz.com / ucoz.net in the bar, the counter and the footer;
* "Đăng bởi: admin" (an account) in every eDetails; comments with names and dates under posts.

Gold decisions
--------------
* title: ``td.eTitle`` (not ``<title>``, which adds date, module and site).
* published_at: the eDetails date, day first; with its time when eDetails prints one
  ("20.11.2026, 10:42" → 2026-11-20T10:42:00+07:00), else the day. Publisher: the date in "Thêm
  vào: admin (18.11.2026)". Never the header clock, the comments' dates or dates in the text.
* authors: from the byline at the end of the text ("Tin: Lò Thị Thu; Ảnh: Đội TNTP" → author Lò
  Thị Thu, photographer "Đội TNTP", the unit credited for the photos, as printed; "Tin, ảnh: X"
  → X both; "Người viết: Hoàng Văn Dũng - GV Toán" → Hoàng Văn Dũng, the job after the dash
  dropped; a post signed only "Công đoàn trường" → that unit). Publisher: the "Tác giả" field
  ("Lương Văn Thắng"; "Tổ Văn phòng", a unit, as printed; "Cô Nguyễn Thị Hoa, tổ KHXH" →
  Nguyễn Thị Hoa). "Đăng bởi"/"Thêm vào" name login accounts (admin, dungtoan, thuhoa_tpt) and
  credit nobody; commenters are not authors. Posts with no byline have no authors.
* source: "Nguồn: sogddt.laichau.gov.vn" → "sogddt.laichau.gov.vn"; else None.
* summary: only the post whose first paragraph is a bold lead (Bữa cơm bán trú); else None
  (uCoz has no sapo field; the list's brief is a cut of the text, not a lead).
* body: the eMessage's paragraphs; table rows as "cell | cell"; list items and headings as
  paragraphs; without caption lines, bylines, the source line, the "File đính kèm:" line.
* images: the ``<img>`` in eMessage in order, at their ``src``. Caption = the centred line
  under it without the wrapping parentheses; "(Ảnh: HS lớp 9A thi đấu kéo co)" describes the
  picture ("Ảnh:" = "photo of"), so the caption is "HS lớp 9A thi đấu kéo co" and nobody is a
  photographer by it; a line that is only the camera's file name ("IMG_20261008_113052.jpg")
  is no caption (None); an image with no line has None.
* category: the eDetails category (news: Tin tức, Hoạt động Đội, Chuyên môn, Bán trú;
  Publisher: Thông báo, Tài liệu chuyên môn, also the breadcrumb's last item there).
"""

from __future__ import annotations

import calendar
import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "ucoz_thcs"
PLATFORM = "uCoz (Site news + Publisher), table template 2012"
START_PATH = "/"

SITE = "Trường THCS Sơn Bình"
NEWS_PER_PAGE = 4
PUBL_PER_PAGE = 2
COMMENTS_PER_PAGE = 10
#: the calendar's range: the news module's start and the current month
FIRST_MONTH = (2012, 9)
LAST_MONTH = (2026, 11)

MONTHS_VI = [
    "",
    "Tháng Một",
    "Tháng Hai",
    "Tháng Ba",
    "Tháng Tư",
    "Tháng Năm",
    "Tháng Sáu",
    "Tháng Bảy",
    "Tháng Tám",
    "Tháng Chín",
    "Tháng Mười",
    "Tháng Mười Một",
    "Tháng Mười Hai",
]

#: news categories: id -> name
NEWS_CATS = {1: "Tin tức", 2: "Hoạt động Đội", 3: "Chuyên môn", 4: "Bán trú"}
#: Publisher categories: id -> (slug, name, description)
PUBL_CATS = {
    1: ("thong_bao", "Thông báo", "Thông báo, kế hoạch của nhà trường"),
    2: (
        "tai_lieu_chuyen_mon",
        "Tài liệu chuyên môn",
        "Chuyên đề, sáng kiến kinh nghiệm của giáo viên",
    ),
}

#: site accounts: id -> (login, real name, group, registered)
USERS = {
    1: ("admin", "Quản trị", "Quản trị viên", "14.09.2012"),
    2: ("dungtoan", "Hoàng Văn Dũng", "Biên tập viên", "03.10.2013"),
    3: ("thuhoa_tpt", "Đinh Thu Hoa", "Biên tập viên", "21.08.2019"),
}


# --- the news posts ---------------------------------------------------------------------------
# opts: id, day (ISO, the URL's date), time (printed after the date, or ""), cat, user (account
# id), form ("br": <br><br> between paragraphs, "p": <p>), comments [(name, when, text)], and the
# text knobs nfd / entities / indent.

_COMMENTS_188 = [
    ("Lò Văn Tú", "20.11.2026 11:05", "Chúc các thầy cô giáo luôn mạnh khỏe, hạnh phúc!"),
    (
        "Cựu HS khóa 2016-2020",
        "20.11.2026 11:31",
        "Nhớ trường, nhớ thầy cô quá. Chúc mừng ngày 20/11 ạ.",
    ),
    (
        "Phụ huynh lớp 8A",
        "20.11.2026 12:02",
        "Tiết mục múa của các con rất đẹp, cảm ơn cô chủ nhiệm.",
    ),
    ("Hà Thị Lan", "20.11.2026 13:47", "Chúc mừng các thầy cô trường THCS Sơn Bình."),
    (
        "Giàng A Páo",
        "20.11.2026 15:10",
        "Em chúc thầy cô luôn vui vẻ, mãi là người lái đò tận tụy.",
    ),
    ("Tòng Thị Xuân", "20.11.2026 16:22", "Cảm ơn nhà trường đã quan tâm học sinh bán trú."),
    ("Cựu giáo viên", "20.11.2026 18:40", "Rất vui khi thấy trường ngày càng khang trang."),
    ("Lò Thị Ngọc Ánh", "20.11.2026 19:05", "Con cảm ơn thầy cô nhiều ạ!"),
    ("Vàng A Dế", "20.11.2026 20:14", "Chúc mừng ngày Nhà giáo Việt Nam."),
    ("Nguyễn Văn Bình", "20.11.2026 21:30", "Ảnh đẹp quá, admin cho xin ảnh gốc với."),
    ("admin", "21.11.2026 07:12", "Ảnh gốc đã có trong Album ảnh của trang nhé."),
    ("Lường Văn Mạnh", "21.11.2026 09:48", "Chúc thầy cô 20/11 thật ý nghĩa!"),
]

NEWS = [
    Story(
        id=188,
        slug="le_ky_niem_44_nam_ngay_nha_giao_viet_nam_20_11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức",
        published_at="2026-11-20T10:42:00+07:00",
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường THCS Sơn Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026). Tới dự buổi lễ có đồng chí Lò Văn Piêng - Phó Chủ "
                "tịch UBND xã Bình Lư, đại diện Ban đại diện cha mẹ học sinh, các thầy cô giáo đã nghỉ hưu "
                "cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 400 học sinh của nhà trường."
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do Liên đội nhà trường dàn dựng với "
                "những bài hát, điệu múa ca ngợi tình thầy trò và mái trường thân yêu. Tiết mục múa xòe của "
                "các em học sinh lớp 8A đã để lại nhiều cảm xúc cho khán giả."
            ),
            Img(
                "/_nw/1/63218450.jpg",
                "(Tiết mục múa xòe của học sinh lớp 8A)",
                "Tiết mục múa xòe của học sinh lớp 8A",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lương Văn Thắng - Hiệu trưởng nhà trường đã ôn lại truyền thống "
                "vẻ vang của ngành Giáo dục và Đào tạo Việt Nam, điểm lại những kết quả nổi bật mà tập thể "
                "nhà trường đạt được trong năm học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 98,6%; 100% học "
                "sinh lớp 9 tốt nghiệp THCS; 12 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh."
            ),
            P(
                "Thay mặt chính quyền địa phương, đồng chí Lò Văn Piêng ghi nhận những đóng góp của đội ngũ "
                "nhà giáo trong sự nghiệp trồng người ở vùng cao, đồng thời mong muốn các thầy cô tiếp tục "
                "đổi mới phương pháp dạy học, quan tâm hơn nữa đến học sinh bán trú và học sinh có hoàn "
                "cảnh khó khăn."
            ),
            Img(
                "/_nw/1/63218462.jpg",
                "(Đồng chí Lò Văn Piêng tặng hoa chúc mừng tập thể giáo viên nhà trường)",
                "Đồng chí Lò Văn Piêng tặng hoa chúc mừng tập thể giáo viên nhà trường",
            ),
            P(
                "Nhân dịp này, nhà trường đã trao giấy khen cho 9 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 15 học sinh có thành tích xuất sắc trong phong trào thi đua “Hoa điểm 10 "
                "dâng thầy cô”."
            ),
            Img("/_nw/1/63218477.jpg"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, để lại nhiều ấn tượng tốt đẹp trong lòng các thế "
                "hệ thầy và trò Trường THCS Sơn Bình."
            ),
            Raw('<div align="right"><b><i>Tin: Lò Thị Thu; Ảnh: Đội TNTP</i></b></div>'),
        ],
        authors=["Lò Thị Thu"],
        photographers=["Đội TNTP"],
        opts={
            "day": "2026-11-20",
            "time": "10:42",
            "cat": 1,
            "user": 1,
            "form": "br",
            "comments": _COMMENTS_188,
        },
    ),
    Story(
        id=187,
        slug="hoi_thi_giao_vien_day_gioi_cap_truong_nam_hoc_2026_2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="Chuyên môn",
        published_at="2026-11-12",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 26/10 đến ngày 10/11/2026, Trường THCS Sơn "
                "Bình tổ chức Hội thi giáo viên dạy giỏi cấp trường nhằm nâng cao chất lượng đội ngũ, lựa "
                "chọn giáo viên tham dự hội thi cấp tỉnh."
            ),
            P(
                "Hội thi có 14 giáo viên tham gia thuộc hai tổ chuyên môn: tổ Khoa học tự nhiên và tổ Khoa "
                "học xã hội. Mỗi giáo viên thực hiện hai tiết dạy trên lớp và trình bày một biện pháp nâng "
                "cao chất lượng giảng dạy bộ môn."
            ),
            Img(
                "/_nw/1/62917034.jpg",
                "Cô Nguyễn Thị Hoa dạy tiết Ngữ văn lớp 7B",
                "Cô Nguyễn Thị Hoa dạy tiết Ngữ văn lớp 7B",
            ),
            P("Kết quả xếp loại", "h"),
            P("TT | Họ và tên | Môn dạy | Xếp loại", "row"),
            P("1 | Nguyễn Thị Hoa | Ngữ văn | Giỏi", "row"),
            P("2 | Hoàng Văn Dũng | Toán | Giỏi", "row"),
            P("3 | Vàng Thị Mai | Tiếng Anh | Giỏi", "row"),
            P("4 | Tòng Văn Hải | Giáo dục thể chất | Khá", "row"),
            P("5 | Sùng Thị Dợ | Khoa học tự nhiên | Khá", "row"),
            P(
                "Ban tổ chức đánh giá các tiết dạy được chuẩn bị công phu, vận dụng tốt phương pháp dạy học "
                "tích cực và ứng dụng công nghệ thông tin. Tuy nhiên, một số tiết dạy còn phân bố thời gian "
                "chưa hợp lý, hoạt động nhóm chưa thật sự hiệu quả."
            ),
            Img(
                "/_nw/1/62917051.jpg",
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
            ),
            P(
                "Nhà trường lựa chọn 3 giáo viên xếp loại Giỏi tham dự Hội thi giáo viên dạy giỏi cấp tỉnh "
                "dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw('<p style="text-align:right"><em>Người viết: Hoàng Văn Dũng - GV Toán</em></p>'),
        ],
        authors=["Hoàng Văn Dũng"],
        opts={
            "day": "2026-11-12",
            "time": "",
            "cat": 3,
            "user": 2,
            "form": "p",
            "comments": [
                ("Vàng Thị Mai", "12.11.2026 20:15", "Cảm ơn thầy Dũng đã đưa tin."),
            ],
        },
    ),
    Story(
        id=185,
        slug="soi_noi_hoi_khoe_phu_dong_cap_truong_nam_2026",
        title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="Hoạt động Đội",
        published_at="2026-11-07T16:20:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 05 và 06/11/2026, Liên đội Trường THCS Sơn Bình tổ chức Hội khỏe Phù Đổng "
                "cấp trường với sự tham gia của gần 300 vận động viên đến từ 12 chi đội."
            ),
            P(
                "Các em tranh tài ở 5 môn: bóng đá nam, kéo co, đẩy gậy, ném còn và nhảy sạp. Đây là những "
                "môn thể thao gắn với truyền thống của đồng bào các dân tộc Thái, Mông, Dao trên địa bàn xã."
            ),
            Img(
                "/_nw/1/62750113.jpg", "(Ảnh: HS lớp 9A thi đấu kéo co)", "HS lớp 9A thi đấu kéo co"
            ),
            P(
                "Trận chung kết bóng đá nam giữa lớp 9A và lớp 8B diễn ra hấp dẫn, kịch tính. Sau hai hiệp "
                "thi đấu hòa 1 - 1, lớp 9A giành chức vô địch sau loạt sút luân lưu."
            ),
            Img(
                "/_nw/1/62750128.jpg",
                "(Ảnh: Nhảy sạp - môn thi được nhiều học sinh yêu thích)",
                "Nhảy sạp - môn thi được nhiều học sinh yêu thích",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức trao 5 giải Nhất, 5 giải Nhì, 8 giải Ba cho các tập thể và "
                "cá nhân. Giải toàn đoàn thuộc về Chi đội 9A."
            ),
            Raw('<div align="right"><b>Tin, ảnh: Vàng Thị Mai</b></div>'),
        ],
        authors=["Vàng Thị Mai"],
        photographers=["Vàng Thị Mai"],
        opts={
            "day": "2026-11-07",
            "time": "16:20",
            "cat": 2,
            "user": 3,
            "form": "br",
            "comments": [],
        },
    ),
    Story(
        id=183,
        slug="thong_bao_nghi_hoc_ngay_31_10_2026_do_mua_lu",
        title="Thông báo nghỉ học ngày 31/10/2026 do mưa lũ",
        cat="Tin tức",
        published_at="2026-10-30T21:05:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường liên bản bị sạt lở, nhà trường thông "
                "báo toàn bộ học sinh nghỉ học ngày thứ Bảy, 31/10/2026. Học sinh bán trú ở lại trường được "
                "nhà trường bố trí ăn, ở và quản lý bình thường."
            ),
            P(
                "Đề nghị phụ huynh thường xuyên theo dõi nhóm Zalo của lớp để nhận thông báo lịch học tiếp theo."
            ),
        ],
        opts={
            "day": "2026-10-30",
            "time": "21:05",
            "cat": 1,
            "user": 1,
            "form": "br",
            "comments": [
                (
                    "Phụ huynh bản Nà Khum",
                    "30.10.2026 21:40",
                    "Đường lên bản em bị sạt, cảm ơn nhà trường đã báo.",
                ),
                ("Lò Văn Tú", "31.10.2026 06:12", "Thứ Hai có đi học bình thường không ạ?"),
            ],
        },
    ),
]

NEWS += [
    Story(
        id=181,
        slug="cong_doan_truong_ky_niem_96_nam_ngay_thanh_lap_hoi_lhpn_viet_nam",
        title="Công đoàn trường tổ chức kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        cat="Tin tức",
        published_at="2026-10-20",
        blocks=[
            P(
                "Chiều ngày 19/10/2026, Công đoàn Trường THCS Sơn Bình tổ chức gặp mặt kỷ niệm 96 năm Ngày "
                "thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
            ),
            P(
                "Tại buổi gặp mặt, đồng chí Chủ tịch Công đoàn đã ôn lại lịch sử truyền thống của Hội Liên "
                "hiệp Phụ nữ Việt Nam, biểu dương 21 nữ cán bộ, giáo viên, nhân viên đã luôn hoàn thành tốt "
                "nhiệm vụ, vừa giỏi việc trường, vừa đảm việc nhà."
            ),
            P(
                "Chương trình văn nghệ, trò chơi dân gian do các thầy giáo trong trường chuẩn bị đã mang "
                "lại không khí vui tươi, đầm ấm."
            ),
            Img(
                "/_nw/1/62488190.jpg",
                "Các cô giáo chụp ảnh lưu niệm",
                "Các cô giáo chụp ảnh lưu niệm",
            ),
            Raw('<p style="text-align:right"><strong>Công đoàn trường</strong></p>'),
        ],
        authors=["Công đoàn trường"],
        opts={
            "day": "2026-10-20",
            "time": "",
            "cat": 1,
            "user": 1,
            "form": "p",
            "nfd": True,
            "comments": [],
        },
    ),
    Story(
        id=178,
        slug="bua_com_ban_tru_du_chat_cho_hoc_sinh_vung_cao",
        title="Bữa cơm bán trú đủ chất cho học sinh vùng cao",
        cat="Bán trú",
        published_at="2026-10-08T11:47:00+07:00",
        blocks=[
            P(
                "Năm học 2026 - 2027, Trường THCS Sơn Bình có 186 học sinh ở bán trú, chủ yếu là con em đồng "
                "bào dân tộc Mông, Dao ở các bản xa trung tâm xã.",
                "lead",
            ),
            P(
                "Thực hiện chính sách hỗ trợ học sinh bán trú, mỗi tháng mỗi em được hỗ trợ 15 kg gạo và "
                "tiền ăn theo quy định. Nhà trường phối hợp với Ban đại diện cha mẹ học sinh xây dựng thực "
                "đơn theo tuần, bảo đảm mỗi bữa ăn có đủ thịt hoặc cá, rau xanh và canh."
            ),
            Img("/_nw/1/62301975.jpg", "IMG_20261008_113052.jpg", None),
            P(
                "Bên cạnh đó, thầy và trò nhà trường tăng gia sản xuất với vườn rau rộng gần 500 m², chuồng "
                "nuôi gà giúp cải thiện thêm bữa ăn cho học sinh."
            ),
            Img("/_nw/1/62301988.jpg"),
            P(
                "Em Giàng Thị Sua, học sinh lớp 6B chia sẻ: “Ở trường em được ăn no, ngủ ấm, được các thầy "
                "cô dạy thêm buổi tối nên em rất thích đi học”."
            ),
            Raw('<p style="text-align:right"><em>Người viết: Sùng Thị Dợ - GV KHTN</em></p>'),
        ],
        authors=["Sùng Thị Dợ"],
        summary=(
            "Năm học 2026 - 2027, Trường THCS Sơn Bình có 186 học sinh ở bán trú, chủ yếu là con em đồng "
            "bào dân tộc Mông, Dao ở các bản xa trung tâm xã."
        ),
        opts={
            "day": "2026-10-08",
            "time": "11:47",
            "cat": 4,
            "user": 1,
            "form": "p",
            "comments": [
                (
                    "Hà Thị Lan",
                    "08.10.2026 20:03",
                    "Các con ở bán trú được chăm sóc chu đáo, phụ huynh yên tâm.",
                ),
                ("Giàng A Páo", "09.10.2026 07:30", "Vườn rau của trường đẹp quá."),
                ("Tòng Thị Xuân", "10.10.2026 19:55", "Cảm ơn các thầy cô!"),
            ],
        },
    ),
    Story(
        id=176,
        slug="ngoai_khoa_tim_hieu_luat_trat_tu_an_toan_giao_thong_duong_bo",
        title="Ngoại khóa tìm hiểu Luật Trật tự, an toàn giao thông đường bộ",
        cat="Tin tức",
        published_at="2026-09-25",
        blocks=[
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông, ngày 24/9/2026, "
                "Liên đội Trường THCS Sơn Bình phối hợp với Công an xã Bình Lư tổ chức buổi ngoại khóa "
                "tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho toàn thể học sinh."
            ),
            P(
                "Tại buổi ngoại khóa, cán bộ Công an xã đã giới thiệu những điểm mới của Luật, nhấn mạnh "
                "quy định nghiêm cấm người chưa đủ tuổi điều khiển xe mô tô, xe gắn máy và yêu cầu đội mũ "
                "bảo hiểm khi ngồi trên xe máy."
            ),
            P(
                "Phần thi rung chuông vàng với 20 câu hỏi về biển báo, quy tắc đi đường thu hút đông đảo "
                "học sinh tham gia. Em Lò Thị Ngọc Ánh, lớp 8A là người trụ lại cuối cùng và giành phần "
                "thưởng của Ban tổ chức."
            ),
            Img(
                "/_nw/1/62055012.jpg",
                "(Học sinh tham gia phần thi rung chuông vàng)",
                "Học sinh tham gia phần thi rung chuông vàng",
            ),
            P(
                "Kết thúc buổi ngoại khóa, 100% học sinh ký cam kết chấp hành các quy định về an toàn giao thông."
            ),
            Raw('<div align="right"><b>Tin: Tòng Văn Hải</b></div>'),
        ],
        authors=["Tòng Văn Hải"],
        opts={
            "day": "2026-09-25",
            "time": "",
            "cat": 1,
            "user": 3,
            "form": "br",
            "indent": True,
            "comments": [],
        },
    ),
    Story(
        id=173,
        slug="so_gd_dt_huong_dan_nhiem_vu_nam_hoc_2026_2027_giao_duc_trung_hoc",
        title="Sở GD&ĐT hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 đối với giáo dục trung học",
        cat="Chuyên môn",
        published_at="2026-09-10",
        blocks=[
            P(
                "Ngày 03/9/2026, Sở Giáo dục và Đào tạo tỉnh Lai Châu ban hành văn bản hướng dẫn thực hiện "
                "nhiệm vụ giáo dục trung học năm học 2026 - 2027. Theo đó, các nhà trường tập trung vào một "
                "số nhiệm vụ trọng tâm sau:"
            ),
            P(
                "Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 bảo đảm chất lượng, hiệu quả; xây "
                "dựng kế hoạch giáo dục nhà trường phù hợp điều kiện thực tế.",
                "li",
            ),
            P(
                "Tăng cường dạy học tiếng Việt cho học sinh dân tộc thiểu số; duy trì sĩ số, chống bỏ học "
                "giữa chừng.",
                "li",
            ),
            P(
                "Đẩy mạnh chuyển đổi số trong quản lý và dạy học; sử dụng hiệu quả sổ điểm điện tử, học bạ số.",
                "li",
            ),
            P("Thực hiện nghiêm quy định về dạy thêm, học thêm.", "li"),
            P(
                "Các tổ chuyên môn nghiên cứu kỹ hướng dẫn để triển khai trong kế hoạch dạy học của tổ."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: sogddt.laichau.gov.vn</em></p>'),
        ],
        source="sogddt.laichau.gov.vn",
        opts={
            "day": "2026-09-10",
            "time": "",
            "cat": 3,
            "user": 1,
            "form": "p",
            "entities": 2,
            "comments": [],
        },
    ),
    Story(
        id=170,
        slug="tung_bung_le_khai_giang_nam_hoc_moi_2026_2027",
        title="Tưng bừng Lễ khai giảng năm học mới 2026 - 2027",
        cat="Tin tức",
        published_at="2026-09-05T09:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với hơn 23 triệu học sinh cả nước, thầy và trò Trường THCS Sơn "
                "Bình long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
            ),
            P(
                "Năm học này nhà trường có 14 lớp với 452 học sinh, trong đó 118 học sinh lớp 6 lần đầu bước "
                "vào mái trường THCS. Học sinh dân tộc thiểu số chiếm 96%."
            ),
            Img(
                "/_nw/1/61820344.jpg",
                "(Học sinh lớp 6 diễu hành vào lễ khai giảng)",
                "Học sinh lớp 6 diễu hành vào lễ khai giảng",
            ),
            P(
                "Sau phần nghe thư của Chủ tịch nước gửi ngành Giáo dục, thầy Hiệu trưởng Lương Văn Thắng "
                "đánh trống khai giảng năm học mới. Hồi trống vang lên như lời hứa hẹn một năm học với nhiều "
                "thành công."
            ),
            Img(
                "/_nw/1/61820357.jpg",
                "(Thầy Hiệu trưởng đánh trống khai giảng)",
                "Thầy Hiệu trưởng đánh trống khai giảng",
            ),
            P(
                "Nhân dịp này, các nhà hảo tâm đã trao tặng 50 suất quà gồm áo ấm, sách vở cho học sinh có "
                "hoàn cảnh khó khăn."
            ),
            Raw('<div align="right"><b>Tin, ảnh: Lò Thị Thu</b></div>'),
        ],
        authors=["Lò Thị Thu"],
        photographers=["Lò Thị Thu"],
        opts={
            "day": "2026-09-05",
            "time": "09:15",
            "cat": 1,
            "user": 1,
            "form": "br",
            "comments": [
                (
                    "Phụ huynh lớp 6A",
                    "05.09.2026 12:20",
                    "Chúc các con một năm học mới nhiều niềm vui.",
                ),
            ],
        },
    ),
]


# --- the Publisher articles -------------------------------------------------------------------
# opts: id, cat (Publisher category id), day, user, author_field (the "Tác giả" field as printed,
# "" when empty), brief (the list's description), form.

PUBL = [
    Story(
        id=47,
        slug="",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-18",
        blocks=[
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
            P("Ngày | Buổi sáng | Buổi chiều", "row"),
            P("21/12/2026 | Ngữ văn | Lịch sử và Địa lí", "row"),
            P("22/12/2026 | Toán | Khoa học tự nhiên", "row"),
            P("23/12/2026 | Tiếng Anh | Giáo dục công dân", "row"),
            P(
                "Học sinh có mặt tại trường trước giờ kiểm tra 15 phút, mang theo đầy đủ đồ dùng học tập."
            ),
            Raw(
                '<p><b>File đính kèm:</b> <a href="/_pu/0/Lich_kiem_tra_HKI_2026.pdf" target="_blank">'
                "Lich_kiem_tra_HKI_2026.pdf</a> (118 Kb)</p>"
            ),
        ],
        opts={
            "cat": 1,
            "day": "2026-11-18",
            "user": 1,
            "author_field": "",
            "brief": "Lịch kiểm tra cuối học kỳ I các môn Ngữ văn, Toán, Tiếng Anh … từ ngày 21/12/2026.",
        },
    ),
    Story(
        id=46,
        slug="",
        title=(
            "Chuyên đề: Một số biện pháp rèn kỹ năng đọc hiểu cho học sinh dân tộc thiểu số "
            "trong môn Ngữ văn"
        ),
        cat="Tài liệu chuyên môn",
        published_at="2026-11-15",
        blocks=[
            P("1. Thực trạng", "h"),
            P(
                "Học sinh Trường THCS Sơn Bình phần lớn là con em đồng bào dân tộc Thái, Mông, Dao. Ở nhà "
                "các em chủ yếu giao tiếp bằng tiếng mẹ đẻ nên vốn từ tiếng Việt còn hạn chế, nhiều em đọc "
                "chậm, chưa hiểu hết nghĩa của văn bản."
            ),
            P("Khảo sát đầu năm học 2026 - 2027 ở khối 6 và khối 7 cho thấy kết quả như sau:"),
            P("Khối | Số HS | Đọc hiểu tốt | Đạt | Chưa đạt", "row"),
            P("6 | 118 | 21 | 64 | 33", "row"),
            P("7 | 112 | 25 | 61 | 26", "row"),
            P("2. Các biện pháp thực hiện", "h"),
            P(
                "Biện pháp thứ nhất: xây dựng góc đọc trong lớp học với sách, truyện song ngữ Việt - Mông, "
                "Việt - Thái; mỗi tuần tổ chức một tiết đọc sách theo nhóm."
            ),
            Img("/_pu/0/58231604.jpg", "(Góc đọc sách của lớp 6A)", "Góc đọc sách của lớp 6A"),
            P(
                "Biện pháp thứ hai: giải nghĩa từ khó bằng tranh ảnh, vật thật và bằng tiếng mẹ đẻ của học "
                "sinh khi cần thiết; yêu cầu học sinh ghi sổ tay từ ngữ."
            ),
            P(
                "Biện pháp thứ ba: dạy học sinh đặt câu hỏi trước, trong và sau khi đọc, chuyển dần từ câu "
                "hỏi tìm thông tin sang câu hỏi suy luận."
            ),
            P(
                "Biện pháp thứ tư: phối hợp với giáo viên chủ nhiệm và cha mẹ học sinh khuyến khích các em "
                "đọc to ở nhà, mỗi ngày ít nhất 15 phút."
            ),
            P("3. Kết quả bước đầu", "h"),
            P(
                "Sau hai tháng áp dụng, số học sinh chưa đạt yêu cầu đọc hiểu ở khối 6 giảm từ 33 xuống 19 "
                "em, nhiều em mạnh dạn hơn khi phát biểu xây dựng bài."
            ),
            P(
                "Chuyên đề đã được tổ Khoa học xã hội thảo luận, góp ý và thống nhất áp dụng trong các lớp "
                "từ học kỳ I năm học 2026 - 2027."
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={
            "cat": 2,
            "day": "2026-11-15",
            "user": 2,
            "author_field": "Cô Nguyễn Thị Hoa, tổ KHXH",
            "brief": "Chuyên đề sinh hoạt tổ Khoa học xã hội tháng 11/2026.",
        },
    ),
    Story(
        id=44,
        slug="",
        title="Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="Thông báo",
        published_at="2026-10-28",
        blocks=[
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P(
                "Tổ chức các hoạt động thiết thực chào mừng 44 năm Ngày Nhà giáo Việt Nam, tạo không khí "
                "thi đua sôi nổi trong cán bộ, giáo viên và học sinh."
            ),
            P("II. NỘI DUNG VÀ THỜI GIAN", "h"),
            P("TT | Nội dung | Thời gian | Phụ trách", "row"),
            P(
                "1 | Phát động phong trào “Hoa điểm 10 dâng thầy cô” | 02/11 - 18/11 | Tổng phụ trách Đội",
                "row",
            ),
            P("2 | Hội thi giáo viên dạy giỏi cấp trường | 26/10 - 10/11 | Tổ chuyên môn", "row"),
            P("3 | Hội khỏe Phù Đổng cấp trường | 05/11 - 06/11 | Liên đội", "row"),
            P("4 | Lễ kỷ niệm Ngày Nhà giáo Việt Nam | 20/11 | Ban Giám hiệu", "row"),
            P("III. TỔ CHỨC THỰC HIỆN", "h"),
            P(
                "Các tổ chuyên môn, Liên đội căn cứ kế hoạch triển khai thực hiện; báo cáo kết quả về Ban "
                "Giám hiệu trước ngày 25/11/2026."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "cat": 1,
            "day": "2026-10-28",
            "user": 1,
            "author_field": "Tổ Văn phòng",
            "brief": "Kế hoạch các hoạt động chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026).",
        },
    ),
    Story(
        id=42,
        slug="",
        title="Thông báo họp cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-09-22",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh học sinh đến dự cuộc họp cha mẹ học sinh đầu năm học 2026 - 2027."
            ),
            P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 27/9/2026."),
            P("Địa điểm: Tại các phòng học của lớp."),
            P(
                "Nội dung: Thông báo kết quả năm học 2025 - 2026, kế hoạch năm học mới; bầu Ban đại diện cha "
                "mẹ học sinh lớp."
            ),
            P("Rất mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        authors=["Lương Văn Thắng"],
        opts={
            "cat": 1,
            "day": "2026-09-22",
            "user": 1,
            "author_field": "Lương Văn Thắng",
            "brief": "Họp cha mẹ học sinh đầu năm học vào 7 giờ 30 phút, Chủ nhật ngày 27/9/2026.",
        },
    ),
]

NEWS_BY_ID = {s.id: s for s in NEWS}
PUBL_BY_ID = {s.id: s for s in PUBL}


# --- gold (by hand) ---------------------------------------------------------------------------


def _news_alts(path: str, comment_pages: int = 1) -> list[str]:
    """The other addresses uCoz serves the same news post at: the no-slug form, both print views,
    and the comment pages (``?page1`` … of either form; ``?page1`` answers on every post)."""
    short = "/news/" + path.rsplit("/", 1)[1]
    alts = [short, short + "?print", path + "?print"]
    for n in range(1, comment_pages + 1):
        alts += [f"{path}?page{n}", f"{short}?page{n}"]
    return alts


_N188 = "/news/le_ky_niem_44_nam_ngay_nha_giao_viet_nam_20_11/2026-11-20-188"
_N187 = "/news/hoi_thi_giao_vien_day_gioi_cap_truong_nam_hoc_2026_2027/2026-11-12-187"
_N185 = "/news/soi_noi_hoi_khoe_phu_dong_cap_truong_nam_2026/2026-11-07-185"
_N183 = "/news/thong_bao_nghi_hoc_ngay_31_10_2026_do_mua_lu/2026-10-30-183"
_N181 = "/news/cong_doan_truong_ky_niem_96_nam_ngay_thanh_lap_hoi_lhpn_viet_nam/2026-10-20-181"
_N178 = "/news/bua_com_ban_tru_du_chat_cho_hoc_sinh_vung_cao/2026-10-08-178"
_N176 = "/news/ngoai_khoa_tim_hieu_luat_trat_tu_an_toan_giao_thong_duong_bo/2026-09-25-176"
_N173 = "/news/so_gd_dt_huong_dan_nhiem_vu_nam_hoc_2026_2027_giao_duc_trung_hoc/2026-09-10-173"
_N170 = "/news/tung_bung_le_khai_giang_nam_hoc_moi_2026_2027/2026-09-05-170"

GOLD = [
    gold_record(NEWS_BY_ID[188], _N188, "Tin tức", alt_paths=_news_alts(_N188, comment_pages=2)),
    gold_record(NEWS_BY_ID[187], _N187, "Chuyên môn", alt_paths=_news_alts(_N187)),
    gold_record(NEWS_BY_ID[185], _N185, "Hoạt động Đội", alt_paths=_news_alts(_N185)),
    gold_record(NEWS_BY_ID[183], _N183, "Tin tức", alt_paths=_news_alts(_N183)),
    gold_record(NEWS_BY_ID[181], _N181, "Tin tức", alt_paths=_news_alts(_N181)),
    gold_record(NEWS_BY_ID[178], _N178, "Bán trú", alt_paths=_news_alts(_N178)),
    gold_record(NEWS_BY_ID[176], _N176, "Tin tức", alt_paths=_news_alts(_N176)),
    gold_record(NEWS_BY_ID[173], _N173, "Chuyên môn", alt_paths=_news_alts(_N173)),
    gold_record(NEWS_BY_ID[170], _N170, "Tin tức", alt_paths=_news_alts(_N170)),
    gold_record(PUBL_BY_ID[47], "/publ/thong_bao/1-1-0-47", "Thông báo"),
    gold_record(PUBL_BY_ID[46], "/publ/tai_lieu_chuyen_mon/2-1-0-46", "Tài liệu chuyên môn"),
    gold_record(PUBL_BY_ID[44], "/publ/thong_bao/1-1-0-44", "Thông báo"),
    gold_record(PUBL_BY_ID[42], "/publ/thong_bao/1-1-0-42", "Thông báo"),
]

#: pages a reader opens that are not articles
NON_ARTICLES = [
    "/index/0-2",
    "/index/0-3",
    "/publ/thong_bao/1",
    "/photo/1-0-12",
    "/photo/1-0-13",
    "/index/8-1",
]


# --- URLs and small pieces --------------------------------------------------------------------


def news_path(s: Story) -> str:
    return f"/news/{s.slug}/{s.opts['day']}-{s.id}"


def news_short(s: Story) -> str:
    return f"/news/{s.opts['day']}-{s.id}"


def publ_path(s: Story) -> str:
    slug = PUBL_CATS[s.opts["cat"]][0]
    return f"/publ/{slug}/{s.opts['cat']}-1-0-{s.id}"


def dmy(day: str) -> str:
    """ "2026-11-20" as uCoz prints it: "20.11.2026"."""
    y, m, d = day.split("-")
    return f"{d}.{m}.{y}"


def long_date(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{d} {MONTHS_VI[m]} {y}"


def s_(code: int, label: str) -> str:
    """uCoz's localised template string, wrapped in its replacement comments."""
    return f"<!--<s{code}>-->{label}<!--</s>-->"


def brief(s: Story, limit: int = 170) -> str:
    """The news list's message: the post's brief field, which the teacher fills with the first
    sentences of the text, cut at a word."""
    first = next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0] + "..."


# --- the text as uCoz's editor leaves it ------------------------------------------------------

_FONT = '<span style="font-family:Times New Roman;font-size:14pt">'


def _kind(block) -> str:
    if isinstance(block, P):
        return {"row": "row", "li": "li"}.get(block.style, "text")
    return "img" if isinstance(block, Img) else "raw"


def _table(rows: list[P], form: str) -> str:
    out = [
        '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>'
    ]
    for i, row in enumerate(rows):
        cells = [text(c.strip()) for c in row.text.split(" | ")]
        if i == 0:
            out.append(
                "<tr>" + "".join(f'<td align="center"><b>{c}</b></td>' for c in cells) + "</tr>"
            )
        else:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _img_br(img: Img) -> str:
    out = f'<div align="center"><img src="{img.src}" border="0" alt="" /></div>'
    if img.printed:
        out += f'<div align="center"><i>{text(img.printed)}</i></div>'
    return out


def _img_p(img: Img) -> str:
    out = f'<p style="text-align: center;"><img alt="" src="{img.src}" style="width: 500px; height: 375px;" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def _message_br(s: Story) -> str:
    """Paragraphs in one font span, ``<br><br>`` between them; images, tables and bylines as
    blocks between the runs of text."""
    indent = "&nbsp;&nbsp;&nbsp; " if s.opts.get("indent") else ""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(_FONT + "<br><br>".join(run) + "</span><br>")
            run.clear()

    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        kind = _kind(block)
        if kind == "text":
            body = text(block.text)
            run.append(f"<b>{body}</b>" if block.style in ("lead", "h") else indent + body)
        elif kind == "row":
            flush()
            rows = []
            while i < len(blocks) and _kind(blocks[i]) == "row":
                rows.append(blocks[i])
                i += 1
            out.append(_table(rows, "br"))
            continue
        elif kind == "img":
            flush()
            out.append(_img_br(block))
        else:
            flush()
            out.append(block.html)
        i += 1
    flush()
    return "\n".join(out)


def _message_p(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        kind = _kind(block)
        if kind in ("row", "li"):
            group = []
            while i < len(blocks) and _kind(blocks[i]) == kind:
                group.append(blocks[i])
                i += 1
            if kind == "row":
                out.append(_table(group, "p"))
            else:
                out.append(
                    "<ul>"
                    + "".join(f"<li>{_FONT}{text(b.text)}</span></li>" for b in group)
                    + "</ul>"
                )
            continue
        if kind == "text":
            body = text(block.text)
            if block.style == "lead":
                out.append(
                    f'<p style="text-align: justify;"><strong>{_FONT}{body}</span></strong></p>'
                )
            elif block.style == "h":
                out.append(f"<p><strong>{_FONT}{body}</span></strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_FONT}{body}</span></p>')
        elif kind == "img":
            out.append(_img_p(block))
        else:
            out.append(block.html)
        i += 1
    return "\n".join(out)


def message(s: Story) -> str:
    """The eMessage's content as stored: the form the teacher typed it in, pasted NFD text
    decomposed, FCK-style entities where the post has them."""
    body = _message_br(s) if s.opts.get("form", "p") == "br" else _message_p(s)
    if s.opts.get("nfd"):
        body = unicodedata.normalize("NFD", body)
    if s.opts.get("entities"):
        body = entity_mix(body, s.opts["entities"])
    return body


# --- the template: uCoz bar, header, blocks, footer -------------------------------------------


def _box(title: str, content: str) -> str:
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="boxTable">'
        f'<tr><th class="boxTitle"><b>{title}</b></th></tr>'
        f'<tr><td class="boxContent">{content}</td></tr></table>'
    )


_MENU = [
    ("/", s_(5176, "Trang chủ")),
    ("/news/", "Tin tức"),
    ("/publ/", "Thư viện bài viết"),
    ("/photo/", "Album ảnh"),
    ("/index/0-2", "Giới thiệu"),
    ("/index/0-3", "Liên hệ"),
]


def _menu() -> str:
    items = "".join(
        f'<li><a class="m" href="{href}"><span>{label}</span></a></li>' for href, label in _MENU
    )
    return f'<div id="uMenuDiv1" class="uMenuV" style="position:relative;"><ul class="uMenuRoot">{items}</ul></div>'


def _news_cats() -> str:
    rows = "".join(
        f'<tr><td style="width:100%" class="catsTd"><a href="/news/1-0-{cid}" class="catName">{esc(name)}</a>'
        f' <span class="catNumData">[{sum(1 for s in NEWS if s.opts["cat"] == cid)}]</span></td></tr>'
        for cid, name in NEWS_CATS.items()
    )
    return f'<table border="0" cellspacing="1" cellpadding="0" width="100%" class="catsTable">{rows}</table>'


def _month_key(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _prev_month(y: int, m: int) -> tuple[int, int]:
    return (y - 1, 12) if m == 1 else (y, m - 1)


def _next_month(y: int, m: int) -> tuple[int, int]:
    return (y + 1, 1) if m == 12 else (y, m + 1)


def _calendar(y: int, m: int) -> str:
    """uCoz's news calendar: « and » to the neighbouring months, days with posts linked."""
    days_with = {}
    for s in NEWS:
        if s.opts["day"].startswith(_month_key(y, m)):
            days_with[int(s.opts["day"][8:])] = days_with.get(int(s.opts["day"][8:]), 0) + 1
    head = ""
    if (y, m) > FIRST_MONTH:
        py, pm = _prev_month(y, m)
        head += (
            f'<a title="{MONTHS_VI[pm]} {py}" class="calMonthLink cal-month-link-prev" rel="nofollow" '
            f'href="/news/{_month_key(py, pm)}">&laquo;</a>&nbsp; '
        )
    head += f'<a class="calMonthLink cal-month-current" rel="nofollow" href="/news/{_month_key(y, m)}">{MONTHS_VI[m]} {y}</a>'
    if (y, m) < LAST_MONTH:
        ny, nm = _next_month(y, m)
        head += (
            f' &nbsp;<a title="{MONTHS_VI[nm]} {ny}" class="calMonthLink cal-month-link-next" rel="nofollow" '
            f'href="/news/{_month_key(ny, nm)}">&raquo;</a>'
        )
    rows = [f'<tr><td align="center" class="calMonth" colspan="7">{head}</td></tr>']
    rows.append(
        "<tr>"
        + "".join(
            f'<td align="center" class="calWday">{w}</td>'
            for w in ("T2", "T3", "T4", "T5", "T6", "T7")
        )
        + '<td align="center" class="calWdaySe">CN</td></tr>'
    )
    for week in calendar.Calendar(0).monthdayscalendar(y, m):
        cells = []
        for d in week:
            if not d:
                cells.append("<td>&nbsp;</td>")
            elif d in days_with:
                cells.append(
                    f'<td align="center" class="calMdayIs"><a class="calMdayLink" '
                    f'href="/news/{_month_key(y, m)}-{d:02d}" title="{days_with[d]} tin">{d}</a></td>'
                )
            elif (y, m, d) == (2026, 11, 25):
                cells.append(f'<td align="center" class="calMdayA">{d}</td>')
            else:
                cells.append(f'<td align="center" class="calMday">{d}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table border="0" cellspacing="1" cellpadding="2" class="calTable">{"".join(rows)}</table>'


def _archive() -> str:
    months = sorted({s.opts["day"][:7] for s in NEWS}, reverse=True)
    items = "".join(
        f'<li class="archLi"><a class="archLink" href="/news/{key}">{key[:4]} {MONTHS_VI[int(key[5:])]}</a></li>'
        for key in months
    )
    return f'<ul class="archUl">{items}</ul>'


def _informer() -> str:
    """The "Tin mới" informer: the latest five posts, linked in uCoz's short form."""
    latest = sorted(NEWS, key=lambda s: s.id, reverse=True)[:5]
    return "".join(
        f'<div class="informer" style="padding:2px 0;"><a href="{news_short(s)}">{esc(s.title)}</a>'
        f' <span style="color:#888;font-size:8pt">({dmy(s.opts["day"])})</span></div>'
        for s in latest
    )


def _login_box() -> str:
    return (
        '<form method="post" action="/index/sub/" name="loginForm" id="baseLogForm">'
        f'<div>{s_(3086, "Tên đăng nhập")}:</div><input class="loginField" type="text" name="user" size="15" />'
        f'<div>{s_(3087, "Mật khẩu")}:</div><input class="loginField" type="password" name="password" size="15" />'
        '<input type="hidden" name="a" value="2" /><input class="loginButton" type="submit" value="Đăng nhập" />'
        '</form><div style="padding-top:3px"><a href="/index/3">Đăng ký</a> | '
        '<a href="javascript:;" rel="nofollow" onclick="new _uWnd(\'Prm\',\'Quên mật khẩu\',300,130,'
        "{autosize:1},{url:'/index/5'});return false;\">Quên mật khẩu?</a></div>"
    )


def _stats() -> str:
    return (
        '<div class="tOnline" id="onl1">Tổng số trực tuyến: <b>4</b></div>'
        '<div class="gOnline" id="onl2">Khách: <b>4</b></div>'
        '<div class="uOnline" id="onl3">Thành viên: <b>0</b></div>'
        "<hr />Hôm nay: <b>57</b><br />Tổng lượt truy cập: <b>184 362</b><br />"
        '<a href="https://www.ucoz.com/" title="Bộ đếm uCoz" target="_blank" rel="nofollow">'
        '<img src="https://s7.ucoz.net/img/cnt/5.gif" width="88" height="31" alt="" border="0" /></a>'
    )


def _poll() -> str:
    return (
        '<div class="pollBlock"><div class="pollQue"><b>Bạn biết đến website của trường qua đâu?</b></div>'
        '<div class="pollAns"><input type="radio" name="answer" value="1" /> Giáo viên giới thiệu<br />'
        '<input type="radio" name="answer" value="2" /> Bạn bè<br />'
        '<input type="radio" name="answer" value="3" /> Tìm trên Google</div>'
        '<div class="pollButton"><input class="pollBut" type="button" value="Trả lời" /></div>'
        '<div class="pollLnk">[ <a href="javascript:;" rel="nofollow">Kết quả</a> · '
        '<a href="javascript:;" rel="nofollow">Lưu trữ thăm dò</a> ]</div>'
        '<div class="pollTot">Tổng số bình chọn: <b>312</b></div></div>'
    )


def _links() -> str:
    options = [
        ("https://sogddt.laichau.gov.vn/", "Sở GD&amp;ĐT Lai Châu"),
        ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
        ("https://laichau.gov.vn/", "Cổng TTĐT tỉnh Lai Châu"),
        ("https://truonghocketnoi.edu.vn/", "Trường học kết nối"),
    ]
    opts = "".join(f'<option value="{href}">{label}</option>' for href, label in options)
    return (
        '<select style="width:170px" onchange="if(this.value){window.open(this.value)}">'
        f'<option value="">-- Chọn liên kết --</option>{opts}</select>'
        '<div style="padding-top:4px"><a href="https://vnedu.vn/" target="_blank">'
        '<img src="/_si/0/banner_vnedu.gif" width="170" alt="vnEdu" border="0" /></a></div>'
    )


def layout(title: str, body: str, month: tuple[int, int] = LAST_MONTH) -> str:
    """A whole page of the 2012 template around a module's output."""
    left = (
        _box(s_(5184, "Menu trang"), _menu())
        + _box("Chuyên mục tin", _news_cats())
        + _box(s_(5158, "Đăng nhập"), _login_box())
        + _box("Thăm dò ý kiến", _poll())
    )
    right = (
        _box(s_(5171, "Lịch"), _calendar(*month))
        + _box("Tin mới", _informer())
        + _box(s_(5347, "Lưu trữ tin"), _archive())
        + _box(s_(5195, "Thống kê"), _stats())
        + _box("Liên kết website", _links())
    )
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(title)}</title>
<link type="text/css" rel="StyleSheet" href="/_st/my.css" />
<script type="text/javascript" src="/.s/src/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/.s/src/uwnd.min.js"></script>
<script type="text/javascript">window.uCoz = {{ module: "site", language: "vi", site: {{ host: "thcssonbinh.ucoz.net", domain: "thcssonbinh.edu.vn", id: "0thcssonbinh" }} }};</script>
</head>
<body style="margin:0;padding:0;background:#f3f6ea;">
<div id="uCozBar" style="height:22px;background:#e9e9e9;font:11px Tahoma;padding:2px 8px;">
<a href="https://www.ucoz.com/" target="_blank" rel="nofollow"><b>uCoz</b></a> |
<a href="https://www.ucoz.com/register/" target="_blank" rel="nofollow">Tạo trang web miễn phí</a> |
<a href="https://www.ucoz.com/about/" target="_blank" rel="nofollow">Giới thiệu uCoz</a></div>
<div id="utbr8214" rel="s752"></div>
<!--U1AHEADER1Z-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" style="background:#2e6b1f;color:#fff;">
<tr><td style="padding:10px 20px;"><a href="/" style="color:#fff;text-decoration:none;">
<span style="font:bold 22pt Times New Roman">TRƯỜNG THCS SƠN BÌNH</span></a><br />
<span style="font-size:10pt">Xã Bình Lư - Tỉnh Lai Châu · Dạy tốt - Học tốt</span></td>
<td align="right" style="padding:10px 20px;font-size:9pt;">{TODAY}<br />
{s_(5212, "Chào mừng")} <b>Khách</b> | <a href="/index/3" style="color:#fff"><!--<s3089>-->Đăng ký<!--</s>--></a>
| <a href="/index/1" style="color:#fff"><!--<s3087>-->Đăng nhập<!--</s>--></a></td></tr></table>
<!--/U1AHEADER1Z-->
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
<td valign="top" width="200" style="padding:10px;"><!--U1CLEFTER1Z-->{left}<!--/U1CLEFTER1Z--></td>
<td valign="top" style="padding:10px;"><!-- <middle> --><!-- <body> -->
{body}
<!-- </body> --><!-- </middle> --></td>
<td valign="top" width="200" style="padding:10px;"><!--U1DRIGHTER1Z-->{right}<!--/U1DRIGHTER1Z--></td>
</tr></table>
<!--U1BFOOTER1Z-->
<table border="0" cellpadding="6" cellspacing="0" width="100%" style="background:#2e6b1f;color:#fff;font-size:9pt;">
<tr><td align="center">TRƯỜNG THCS SƠN BÌNH - Xã Bình Lư, tỉnh Lai Châu<br />
Điện thoại: 0213.3875.216 · Email: thcssonbinh@laichau.edu.vn<br />
Copyright Trường THCS Sơn Bình &copy; 2012 - 2026 ·
<!-- "' --><span class="pbH2sZTx"><a href="https://www.ucoz.com/" title="Website được tạo bởi uCoz" target="_blank" rel="nofollow" style="color:#fff">Hosted by uCoz</a></span></td></tr></table>
<!--/U1BFOOTER1Z-->
</body>
</html>"""


# --- Site news --------------------------------------------------------------------------------


def news_details(s: Story) -> str:
    """The eDetails line, the same in lists and on the post."""
    o = s.opts
    uid = o["user"]
    when = f'<a href="/news/{o["day"]}" class="dateLink">{dmy(o["day"])}</a>'
    if o["time"]:
        when += f", {o['time']}"
    return (
        f'{s_(3179, "Chuyên mục")}: <a href="/news/1-0-{o["cat"]}">{esc(NEWS_CATS[o["cat"]])}</a> | '
        f"{s_(3177, 'Lượt xem')}: {s.views()} | "
        f'{s_(3178, "Đăng bởi")}: <a href="/index/8-{uid}">{USERS[uid][0]}</a> | '
        f"{s_(3180, 'Ngày')}: {when} | "
        f'<a href="{news_path(s)}#comments">{s_(3181, "Bình luận")} ({len(o["comments"])})</a>'
    )


def news_entry(s: Story) -> str:
    """One entry of a news list: title, brief and "Xem thêm »", details."""
    path = news_path(s)
    return (
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock"><tr><td style="padding:3px;">'
        f'<div class="eTitle" style="text-align:left;"><a href="{path}">{esc(s.title)}</a></div>'
        '<div class="eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
        f'{esc(brief(s))} <span class="entryReadAll"><a class="entryReadAllLink" href="{path}">Xem thêm &raquo;</a></span></div>'
        f'<div class="eDetails" style="clear:both;">{news_details(s)}</div>'
        "</td></tr></table><br />"
    )


def pager(current: int, total: int, href) -> str:
    """uCoz's page switcher (``spages`` handles the click; the href works without script)."""
    if total <= 1:
        return ""
    items = []
    if current > 1:
        items.append(
            f'<a class="swchItem swchItem-prev" href="{href(current - 1)}"><span>&laquo;</span></a>'
        )
    for n in range(1, total + 1):
        if n == current:
            items.append(f'<b class="swchItemA"><span>{n}</span></b>')
        else:
            items.append(
                f'<a class="swchItem" href="{href(n)}" onclick="spages(\'{n}\', \'\');return false;"><span>{n}</span></a>'
            )
    if current < total:
        items.append(
            f'<a class="swchItem swchItem-next" href="{href(current + 1)}"><span>&raquo;</span></a>'
        )
    return f'<div class="catPages1" align="right" id="pagesBlock1"><span class="pagesBlockuz1">{" ".join(items)}</span></div>'


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def _news_sorted(stories) -> list[Story]:
    return sorted(stories, key=lambda s: (s.opts["day"], s.id), reverse=True)


def _list_head(trail: str, count: int, first: int, last: int) -> str:
    shown = f"{first}-{last}" if count else "0"
    return (
        '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>'
        f'<td width="60%">{trail}</td>'
        f'<td align="right">{s_(3015, "Số tin")}: <b>{count}</b> · {s_(3016, "Hiển thị")}: <b>{shown}</b></td>'
        "</tr></table><hr />"
    )


def news_list_page(stories: list[Story], page: int, href, trail: str) -> str | None:
    stories = _news_sorted(stories)
    total = _pages(len(stories), NEWS_PER_PAGE)
    if page < 1 or page > total:
        return None
    chunk = stories[(page - 1) * NEWS_PER_PAGE : page * NEWS_PER_PAGE]
    first = (page - 1) * NEWS_PER_PAGE + 1
    body = _list_head(trail, len(stories), first if chunk else 0, first + len(chunk) - 1)
    body += "".join(news_entry(s) for s in chunk) or '<div align="center">Không có mục nào</div>'
    return body + pager(page, total, href)


def home_page() -> str:
    welcome = (
        '<table border="0" cellpadding="6" cellspacing="0" width="100%" style="background:#fff8dc;border:1px solid #e0d8a8;">'
        "<tr><td><b>Chào mừng quý thầy cô, các bậc phụ huynh và các em học sinh đến với website Trường THCS "
        "Sơn Bình!</b> Trang web đăng tin hoạt động, thông báo và tài liệu chuyên môn của nhà trường.</td></tr>"
        "</table><br />"
    )
    body = news_list_page(NEWS, 1, lambda n: f"/news/?page{n}", '<a href="/news/">Tin tức</a>')
    return layout(f"Trang chủ - {SITE}", welcome + body)


def comments_block(s: Story, page: int) -> str:
    comments = s.opts["comments"]
    total = _pages(len(comments), COMMENTS_PER_PAGE)
    chunk = comments[(page - 1) * COMMENTS_PER_PAGE : page * COMMENTS_PER_PAGE]
    items = []
    for k, (name, when, said) in enumerate(chunk, start=(page - 1) * COMMENTS_PER_PAGE + 1):
        items.append(
            f'<div class="comEnt report-spam-target" id="comEnt{900 + s.id * 20 + k}">'
            f'<div class="cBlock{1 if k % 2 else 2}" style="padding:0 5px 5px 0;margin-top:5px;margin-bottom:5px;">'
            '<div style="padding-top:2px;padding-bottom:2px;">'
            f'<a href="#ent{k}" name="ent{k}"><b>{k}</b></a>&nbsp;<b>{esc(name)}</b>&nbsp;'
            f'<span style="font-size:7pt">({when})</span></div>'
            '<div class="cMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
            f"{esc(said)}</div></div></div>"
        )
    switch = pager(page, total, lambda n: f"{news_path(s)}?page{n}")
    form = (
        f'<div class="commFormTitle"><b>{s_(5237, "Thêm bình luận")}</b></div>'
        '<form name="addform" id="acform" action="/index/" method="post">'
        '<table border="0" width="100%" cellspacing="1" cellpadding="2" class="commTable">'
        '<tr><td class="commTd1" nowrap>Tên *:</td><td class="commTd2"><input class="commFl" type="text" name="name" size="30" maxlength="60" /></td></tr>'
        '<tr><td class="commTd1">Email:</td><td class="commTd2"><input class="commFl" type="text" name="email" size="30" maxlength="60" /></td></tr>'
        '<tr><td class="commTd2" colspan="2"><textarea class="commFl" style="height:135px;" rows="8" name="message" cols="50"></textarea></td></tr>'
        '<tr><td class="commTd1" nowrap>Mã bảo vệ *:</td><td class="commTd2"><input type="text" name="code" size="6" maxlength="6" /> <img src="/secure/?k=1;m=addcom" alt="" /></td></tr>'
        '<tr><td class="commTd2" colspan="2" align="center"><input class="commSbmFl" type="submit" value="Thêm bình luận" /></td></tr>'
        '</table><input type="hidden" name="ssid" value="574920173625018833" /><input type="hidden" name="a" value="36" /></form>'
    )
    return (
        '<a name="comments"></a><table border="0" cellpadding="0" cellspacing="0" width="100%">'
        f'<tr><td width="60%" height="25">{s_(5183, "Tổng số bình luận")}: <b>{len(comments)}</b></td>'
        f'<td align="right" height="25">{switch}</td></tr>'
        f'<tr><td colspan="2"><div id="allEntries">{"".join(items)}</div></td></tr>'
        '<tr><td colspan="2" height="10"></td></tr></table>' + form
    )


def _related(s: Story) -> str:
    same = [o for o in _news_sorted(NEWS) if o.opts["cat"] == s.opts["cat"] and o.id != s.id][:5]
    if not same:
        return ""
    items = "".join(
        f'<li class="uRelatedEntry"><a href="{news_path(o)}">{esc(o.title)}</a></li>' for o in same
    )
    return f'<div class="relatedBlock"><b>Các tin cùng chuyên mục:</b><ul class="uRelatedEntries">{items}</ul></div>'


def news_post_page(s: Story, page: int = 1) -> str:
    body = (
        '<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock">'
        f'<tr><td class="eTitle" style="padding-bottom:3px;">{esc(s.title)}</td></tr>'
        '<tr><td style="padding-top:3px;"><div class="eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
        '<div id="nativeroll_video_cont" style="display:none;"></div>'
        f"{message(s)}</div></td></tr>"
        f'<tr><td class="eDetails">{news_details(s)}</td></tr>'
        f'<tr><td align="right" style="font-size:8pt"><a href="{news_short(s)}?print" rel="nofollow" target="_blank">'
        "Phiên bản in</a></td></tr></table>" + _related(s) + comments_block(s, page)
    )
    title = f"{s.title} - {long_date(s.opts['day'])} - Tin tức - {SITE}"
    return layout(title, body)


def news_print_page(s: Story, host: str) -> str:
    """uCoz's print version: the title, the text and the address, no template."""
    return f"""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<title>{esc(s.title)} - {SITE}</title>
<link type="text/css" rel="StyleSheet" href="/.s/src/css/print.css" /></head>
<body onload="window.print()" style="font:10pt Tahoma;">
<div style="font-weight:bold;font-size:12pt;">{esc(s.title)}</div><br />
{message(s)}
<hr />{dmy(s.opts["day"])}<br />{s_(5234, "Nguồn")}: <a href="{host}{news_path(s)}">{host}{news_path(s)}</a>
</body></html>"""


def archive_page(key: str) -> str | None:
    """A month ("2026-11") or day ("2026-11-20") archive: that period's entries or none."""
    y, m = int(key[:4]), int(key[5:7])
    if not (FIRST_MONTH <= (y, m) <= LAST_MONTH):
        return None
    if len(key) == 10:
        d = int(key[8:])
        if d < 1 or d > calendar.monthrange(y, m)[1] or (y, m, d) > (2026, 11, 25):
            return None
        label = long_date(key)
    else:
        label = f"{MONTHS_VI[m]} {y}"
    stories = [s for s in NEWS if s.opts["day"].startswith(key)]
    trail = f'<a href="/news/">Tin tức</a> &raquo; {s_(5340, "Lưu trữ")}: {label}'
    body = news_list_page(stories, 1, lambda n: f"/news/{key}?page{n}", trail)
    return layout(f"{label} - Tin tức - {SITE}", body, month=(y, m))


# --- Publisher --------------------------------------------------------------------------------


def publ_details(s: Story) -> str:
    o = s.opts
    slug, name, _ = PUBL_CATS[o["cat"]]
    uid = o["user"]
    parts = [
        f'{s_(3179, "Chuyên mục")}: <a href="/publ/{slug}/{o["cat"]}">{esc(name)}</a>',
        f'{s_(3182, "Thêm vào")}: <a href="/index/8-{uid}">{USERS[uid][0]}</a> ({dmy(o["day"])})',
    ]
    if o["author_field"]:
        parts.append(f"{s_(3185, 'Tác giả')}: {esc(o['author_field'])}")
    parts.append(f"{s_(3177, 'Lượt xem')}: {s.views() % 300}")
    parts.append(f"{s_(3119, 'Xếp hạng')}: 0.0/0")
    return " | ".join(parts)


def _publ_trail(cat: int | None = None) -> str:
    trail = f'<a href="/">{s_(5176, "Trang chủ")}</a> &raquo; <a href="/publ/">{s_(5208, "Thư viện bài viết")}</a>'
    if cat is not None:
        slug, name, _ = PUBL_CATS[cat]
        trail += f' &raquo; <a href="/publ/{slug}/{cat}">{esc(name)}</a>'
    return trail


def publ_entry(s: Story) -> str:
    path = publ_path(s)
    return (
        '<table border="0" width="100%" cellspacing="0" cellpadding="0" class="eBlock"><tr><td style="padding:3px;">'
        f'<div class="eTitle" style="text-align:left;"><a href="{path}">{esc(s.title)}</a></div>'
        '<div class="eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
        f'{esc(s.opts["brief"])} <span class="entryReadAll"><a class="entryReadAllLink" href="{path}">Xem thêm &raquo;</a></span></div>'
        f'<div class="eDetails" style="clear:both;">{publ_details(s)}</div>'
        "</td></tr></table><br />"
    )


def publ_index_page() -> str:
    rows = "".join(
        f'<tr><td class="catsTd"><a href="/publ/{slug}/{cid}" class="catName">{esc(name)}</a> '
        f'<span class="catNumData">[{sum(1 for s in PUBL if s.opts["cat"] == cid)}]</span>'
        f'<div class="catDescr">{esc(descr)}</div></td></tr>'
        for cid, (slug, name, descr) in PUBL_CATS.items()
    )
    body = (
        f'<div class="breadcrumbs">{_publ_trail()}</div><hr />'
        f'<table border="0" cellspacing="1" cellpadding="0" width="100%" class="catsTable">{rows}</table>'
    )
    return layout(f"Thư viện bài viết - {SITE}", body)


def publ_list_page(cat: int, page: int) -> str | None:
    slug, name, _ = PUBL_CATS[cat]
    stories = sorted((s for s in PUBL if s.opts["cat"] == cat), key=lambda s: s.id, reverse=True)
    total = _pages(len(stories), PUBL_PER_PAGE)
    if page < 1 or page > total:
        return None
    chunk = stories[(page - 1) * PUBL_PER_PAGE : page * PUBL_PER_PAGE]
    first = (page - 1) * PUBL_PER_PAGE + 1
    body = _list_head(_publ_trail(cat), len(stories), first, first + len(chunk) - 1)
    body += "".join(publ_entry(s) for s in chunk)
    body += pager(page, total, lambda n: f"/publ/{slug}/{cat}-{n}")
    suffix = f" - Trang {page}" if page > 1 else ""
    return layout(f"{name}{suffix} - Thư viện bài viết - {SITE}", body)


def publ_article_page(s: Story) -> str:
    cat = s.opts["cat"]
    body = (
        f'<div class="breadcrumbs">{_publ_trail(cat)}</div><hr />'
        '<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock">'
        f'<tr><td class="eTitle" style="padding-bottom:3px;">{esc(s.title)}</td></tr>'
        '<tr><td style="padding-top:3px;"><div class="eMessage" style="text-align:left;clear:both;padding-top:2px;padding-bottom:2px;">'
        '<div id="nativeroll_video_cont" style="display:none;"></div>'
        f"{message(s)}</div></td></tr>"
        f'<tr><td class="eDetails">{publ_details(s)}</td></tr></table>'
        f'<div align="center" class="commReg">{s_(5238, "Chỉ người dùng đã đăng ký mới có thể thêm bình luận.")}<br />'
        f'[ <a href="/index/3">{s_(3089, "Đăng ký")}</a> | <a href="/index/1">{s_(3087, "Đăng nhập")}</a> ]</div>'
    )
    return layout(f"{s.title} - {PUBL_CATS[cat][1]} - Thư viện bài viết - {SITE}", body)


# --- photo album, static pages, users ---------------------------------------------------------

PHOTOS = {
    12: (
        "Lễ khai giảng năm học 2026 - 2027",
        "/_ph/1/2/412306723.jpg",
        "05.09.2026",
        "Học sinh lớp 6 diễu hành vào lễ khai giảng sáng 05/9/2026.",
    ),
    13: (
        "Trao giấy khen ngày Nhà giáo Việt Nam",
        "/_ph/1/2/598217740.jpg",
        "21.11.2026",
        "Nhà trường trao giấy khen cho giáo viên dạy giỏi cấp trường năm học 2026 - 2027.",
    ),
}


def photo_index_page() -> str:
    body = (
        f'<div class="breadcrumbs"><a href="/">{s_(5176, "Trang chủ")}</a> &raquo; Album ảnh</div><hr />'
        '<table border="0" cellspacing="1" cellpadding="0" width="100%" class="catsTable"><tr><td class="catsTd">'
        '<a href="/photo/1" class="catName">Hoạt động nhà trường</a> <span class="catNumData">[2]</span>'
        '<div class="catDescr">Ảnh các hoạt động của thầy và trò</div></td></tr></table>'
    )
    return layout(f"Album ảnh - {SITE}", body)


def photo_album_page() -> str:
    cells = "".join(
        f'<td align="center" width="50%"><a href="/photo/1-0-{pid}"><img src="{src.replace("/2/", "/1/")}" '
        f'border="0" alt="" /></a><br /><a href="/photo/1-0-{pid}">{esc(title)}</a></td>'
        for pid, (title, src, _, _) in PHOTOS.items()
    )
    body = (
        f'<div class="breadcrumbs"><a href="/photo/">Album ảnh</a> &raquo; Hoạt động nhà trường</div><hr />'
        f'<table border="0" width="100%" cellspacing="2" cellpadding="2"><tr>{cells}</tr></table>'
    )
    return layout(f"Hoạt động nhà trường - Album ảnh - {SITE}", body)


def photo_page(pid: int) -> str:
    title, src, added, descr = PHOTOS[pid]
    ids = sorted(PHOTOS)
    nav = []
    if pid != ids[0]:
        nav.append(f'<a href="/photo/1-0-{ids[ids.index(pid) - 1]}">&laquo; Ảnh trước</a>')
    if pid != ids[-1]:
        nav.append(f'<a href="/photo/1-0-{ids[ids.index(pid) + 1]}">Ảnh sau &raquo;</a>')
    body = (
        '<div class="breadcrumbs"><a href="/photo/">Album ảnh</a> &raquo; <a href="/photo/1">Hoạt động nhà trường</a></div><hr />'
        '<table border="0" width="100%" cellspacing="1" cellpadding="2" class="eBlock">'
        f'<tr><td class="eTitle" align="center">{esc(title)}</td></tr>'
        f'<tr><td align="center"><div id="nativeroll_video_cont" style="display:none;"></div><img src="{src}" alt="{esc(title)}" border="0" /></td></tr>'
        f'<tr><td align="center" class="eMessage">{esc(descr)}</td></tr>'
        f'<tr><td class="eDetails" align="center">Album: <a href="/photo/1">Hoạt động nhà trường</a> | '
        f'Thêm bởi: <a href="/index/8-1">admin</a> ({added}) | Lượt xem: {80 + pid} | Kích thước: 1280x960px/214Kb | '
        "Xếp hạng: 0.0/0</td></tr>"
        f'<tr><td align="center">{" | ".join(nav)}</td></tr></table>'
    )
    return layout(f"{title} - Hoạt động nhà trường - Album ảnh - {SITE}", body)


def about_page() -> str:
    paras = [
        "Trường THCS Sơn Bình được thành lập năm 1998 trên cơ sở tách ra từ Trường PTCS Sơn Bình. Những ngày "
        "đầu, trường chỉ có 4 lớp học tạm bằng tranh tre, nứa lá với 9 giáo viên và 126 học sinh.",
        "Trải qua hơn 25 năm xây dựng và phát triển, đến nay nhà trường có 14 lớp với 452 học sinh, trong "
        "đó 186 học sinh ở bán trú; đội ngũ gồm 32 cán bộ, giáo viên, nhân viên, 100% đạt chuẩn về trình độ "
        "đào tạo. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019.",
        "Nhiều năm liền nhà trường đạt danh hiệu Tập thể lao động tiên tiến; Liên đội được Hội đồng Đội "
        "tỉnh tặng Bằng khen; Công đoàn trường đạt danh hiệu Công đoàn cơ sở vững mạnh xuất sắc.",
    ]
    body = (
        '<div class="page-content-wrapper">'
        '<p style="text-align:center"><b><span style="font-size:14pt">GIỚI THIỆU TRƯỜNG THCS SƠN BÌNH</span></b></p>'
        + "".join(f'<p style="text-align:justify">{_FONT}{text(p)}</span></p>' for p in paras)
        + "<p><b>Ban Giám hiệu:</b></p><ul><li>Hiệu trưởng: thầy Lương Văn Thắng</li>"
        "<li>Phó Hiệu trưởng: cô Nguyễn Thị Hằng</li></ul></div>"
    )
    return layout(f"Giới thiệu - {SITE}", body)


def contact_page() -> str:
    body = (
        "<p><b>TRƯỜNG THCS SƠN BÌNH</b><br />Địa chỉ: Bản Sơn Bình, xã Bình Lư, tỉnh Lai Châu<br />"
        "Điện thoại: 0213.3875.216<br />Email: thcssonbinh@laichau.edu.vn</p><hr />"
        f"<div><b>{s_(5112, 'Mẫu liên hệ')}</b></div>"
        '<form method="post" name="mform" id="mffrm" action="/index/" onsubmit="return false;">'
        '<table border="0" width="100%" cellspacing="1" cellpadding="2">'
        '<tr><td width="35%">Tên *:</td><td><input type="text" class="mail" name="f1" size="30" maxlength="70" /></td></tr>'
        '<tr><td>E-mail *:</td><td><input type="text" class="mail" name="f2" size="30" maxlength="70" /></td></tr>'
        '<tr><td>Chủ đề:</td><td><input type="text" class="mail" name="f3" size="30" maxlength="100" /></td></tr>'
        '<tr><td>Nội dung *:</td><td><textarea rows="8" name="f4" cols="40" class="mail"></textarea></td></tr>'
        '<tr><td colspan="2" align="center"><input type="submit" class="allFbutton" value="Gửi" /></td></tr>'
        '</table><input type="hidden" name="a" value="1" /><input type="hidden" name="id" value="1" /></form>'
    )
    return layout(f"Liên hệ - {SITE}", body)


def login_page() -> str:
    body = (
        f'<div align="center"><b>{s_(3087, "Đăng nhập")}</b></div>'
        '<form method="post" action="/index/sub/" name="logform"><table border="0" align="center">'
        '<tr><td>Tên đăng nhập:</td><td><input type="text" name="user" size="20" /></td></tr>'
        '<tr><td>Mật khẩu:</td><td><input type="password" name="password" size="20" /></td></tr>'
        '<tr><td colspan="2"><input type="checkbox" name="rem" value="1" checked /> Ghi nhớ tôi</td></tr>'
        '<tr><td colspan="2" align="center"><input type="submit" value="Đăng nhập" /></td></tr></table>'
        '<input type="hidden" name="a" value="2" /></form>'
        '<div align="center"><a href="/index/3">Đăng ký</a> · <a href="javascript:;" rel="nofollow">Quên mật khẩu?</a></div>'
    )
    return layout(f"Đăng nhập - {SITE}", body)


def register_page() -> str:
    body = (
        f'<div align="center"><b>{s_(3089, "Đăng ký thành viên")}</b></div>'
        "<p>Thành viên của trang được bình luận tin bài và tải tài liệu. Khi đăng ký, bạn đồng ý tuân thủ "
        "nội quy của trang: không đăng nội dung trái pháp luật, không quảng cáo, không dùng ngôn từ thiếu văn hóa.</p>"
        '<form method="post" action="/index/sub/" name="regform"><table border="0">'
        '<tr><td>Tên đăng nhập *:</td><td><input type="text" name="user" /></td></tr>'
        '<tr><td>Mật khẩu *:</td><td><input type="password" name="password" /></td></tr>'
        '<tr><td>E-mail *:</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td colspan="2"><input type="submit" value="Đăng ký" /></td></tr></table>'
        '<input type="hidden" name="a" value="3" /></form>'
        '<p style="font-size:8pt">Đăng ký qua uID: <a href="https://uid.me/" target="_blank" rel="nofollow">uid.me</a></p>'
    )
    return layout(f"Đăng ký - {SITE}", body)


def profile_page(uid: int) -> str:
    login, real, group, registered = USERS[uid]
    posts = sum(1 for s in NEWS + PUBL if s.opts["user"] == uid)
    rows = [
        ("Tên đăng nhập", login),
        ("Tên thật", real),
        ("Nhóm", group),
        ("Ngày đăng ký", registered),
        ("Lần truy cập cuối", "24.11.2026"),
        ("Số bài đã đăng", str(posts)),
        ("Số bình luận", str(sum(1 for s in NEWS for c in s.opts["comments"] if c[0] == login))),
    ]
    cells = "".join(
        f'<tr><td width="40%" class="manTd1">{k}:</td><td class="manTd2"><b>{esc(v)}</b></td></tr>'
        for k, v in rows
    )
    body = (
        f'<div align="center"><b>{s_(3167, "Hồ sơ người dùng")} {esc(login)}</b></div><br />'
        '<table border="0" align="center" width="80%"><tr><td width="120" valign="top">'
        '<img src="/.s/img/icon/social/noavatar.png" width="100" alt="" /></td>'
        f'<td valign="top"><table border="0" width="100%" class="manTable">{cells}</table></td></tr></table>'
    )
    return layout(f"Hồ sơ người dùng {login} - {SITE}", body)


# --- robots, sitemap, routing -----------------------------------------------------------------


def robots(request: Request) -> Response:
    host = request.headers.get("Host", "127.0.0.1")
    body = f"""User-agent: *
Allow: /*?page
Allow: /*?ref=
Allow: /stat/dspixel
Disallow: /*?
Disallow: /stat/
Disallow: /index/1
Disallow: /index/2
Disallow: /index/3
Disallow: /index/5
Disallow: /index/7
Disallow: /index/8
Disallow: /index/9
Disallow: /index/sub/
Disallow: /panel/
Disallow: /admin/
Disallow: /informer/
Disallow: /secure/
Disallow: /poll/
Disallow: /search/
Disallow: /abnl/
Disallow: /*_escaped_fragment_=
Disallow: /*-*-*-*-987$
Disallow: /shop/order/
Disallow: /*0-*-0-17$
Disallow: /*-0-0-

Sitemap: //{host}/sitemap.xml
"""
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def sitemap(request: Request) -> Response:
    base = base_url(request)
    paths = ["/", "/index/0-2", "/index/0-3"]
    paths += [news_path(s) for s in _news_sorted(NEWS)]
    paths += [publ_path(s) for s in sorted(PUBL, key=lambda s: s.id, reverse=True)]
    paths += [f"/photo/1-0-{pid}" for pid in PHOTOS]
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    body = f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


_PAGE_QUERY = re.compile(r"^page(\d+)$")
_NEWS_POST = re.compile(r"^/news/(?:([a-z0-9_]+)/)?(\d{4}-\d{2}-\d{2})-(\d+)$")
_NEWS_CAT = re.compile(r"^/news/1-(\d+)-(\d+)$")
_NEWS_ARCHIVE = re.compile(r"^/news/(\d{4}-\d{2}(?:-\d{2})?)$")
_PUBL_LIST = re.compile(r"^/publ/([a-z_]+)/(\d+)(?:-(\d+))?$")
_PUBL_ENTRY = re.compile(r"^/publ/([a-z_]+)/(\d+)-1-0-(\d+)$")


def _page_of(query: str) -> int | None:
    """uCoz's bare page word: "" is page 1, "page3" is page 3; anything else is unknown."""
    if not query:
        return 1
    m = _PAGE_QUERY.match(query)
    return int(m.group(1)) if m else None


class UcozSite:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path, query = request.path, request.query
        if path.startswith(("/_nw/", "/_pu/", "/_ph/", "/_si/", "/_st/", "/.s/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        page = self._page(path, query, request)
        if isinstance(page, Response) or page is None:
            return page
        return html(page)

    def _page(self, path: str, query: str, request: Request) -> str | Response | None:
        if path == "/robots.txt":
            return robots(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if path == "/" and not query:
            return home_page()
        if path == "/news/":
            n = _page_of(query)
            if n is None:
                return None
            body = news_list_page(
                NEWS, n, lambda k: f"/news/?page{k}", '<a href="/news/">Tin tức</a>'
            )
            suffix = f" - Trang {n}" if n > 1 else ""
            return layout(f"Tin tức{suffix} - {SITE}", body) if body else None
        if m := _NEWS_POST.match(path):
            return self._news_post(m, query, request)
        if m := _NEWS_CAT.match(path):
            page, cat = int(m.group(1)), int(m.group(2))
            if cat not in NEWS_CATS or query:
                return None
            stories = [s for s in NEWS if s.opts["cat"] == cat]
            trail = f'<a href="/news/">Tin tức</a> &raquo; {esc(NEWS_CATS[cat])}'
            body = news_list_page(stories, max(page, 1), lambda k: f"/news/1-{k}-{cat}", trail)
            return layout(f"{NEWS_CATS[cat]} - Tin tức - {SITE}", body) if body else None
        if m := _NEWS_ARCHIVE.match(path):
            return archive_page(m.group(1)) if _page_of(query) == 1 else None
        if query:
            return None
        return self._other(path)

    def _news_post(self, m: re.Match, query: str, request: Request) -> str | None:
        slug, day, sid = m.group(1), m.group(2), int(m.group(3))
        s = NEWS_BY_ID.get(sid)
        if s is None or s.opts["day"] != day or (slug is not None and slug != s.slug):
            return None
        if query == "print":
            return news_print_page(s, base_url(request))
        n = _page_of(query)
        if n is None or n > _pages(len(s.opts["comments"]), COMMENTS_PER_PAGE):
            return None
        return news_post_page(s, n)

    def _other(self, path: str) -> str | None:
        if path == "/publ/":
            return publ_index_page()
        if m := _PUBL_ENTRY.match(path):
            slug, cat, sid = m.group(1), int(m.group(2)), int(m.group(3))
            s = PUBL_BY_ID.get(sid)
            if s is None or s.opts["cat"] != cat or PUBL_CATS[cat][0] != slug:
                return None
            return publ_article_page(s)
        if m := _PUBL_LIST.match(path):
            slug, cat = m.group(1), int(m.group(2))
            if cat not in PUBL_CATS or PUBL_CATS[cat][0] != slug:
                return None
            return publ_list_page(cat, int(m.group(3) or 1))
        if path == "/photo/":
            return photo_index_page()
        if path == "/photo/1":
            return photo_album_page()
        if m := re.match(r"^/photo/1-0-(\d+)$", path):
            return photo_page(int(m.group(1))) if int(m.group(1)) in PHOTOS else None
        fixed = {
            "/index/0-2": about_page,
            "/index/0-3": contact_page,
            "/index/1": login_page,
            "/index/3": register_page,
        }
        if path in fixed:
            return fixed[path]()
        if m := re.match(r"^/index/8-(\d+)$", path):
            return profile_page(int(m.group(1))) if int(m.group(1)) in USERS else None
        return None


def build_site() -> UcozSite:
    return UcozSite()
