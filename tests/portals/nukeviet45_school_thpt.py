"""Trường THPT Nguyễn Trãi (Tây Ninh) on NukeViet 4.5, with a school theme bought from a
Vietnamese theme shop ("theme_edu_green": Bootstrap 3, Font Awesome 4, a green header).

Platform
--------
NukeViet 4.5 (PHP, Vietnamese open-source CMS), rewrite on, ``.html`` suffix, the news module
under the alias ``news`` with the custom title "Tin tức". An article has one *primary* category
(``catid``, used in its URL) and may be listed in more (``listcatid``). Fields of a row: title,
``titlesite`` (the SEO title of ``<title>``), ``hometext`` (the lead), ``homeimgfile`` /
``homeimgalt`` / ``imgposition`` (the illustration and whether the detail page shows it),
``bodyhtml``, ``author`` (free text), ``sourcetext`` ("Nguồn tin"), tags, files (attachments),
``publtime`` and ``edittime``.

The theme shop restyled NukeViet's ``detail.tpl``::

    <div class="breadcrumbs-wrap"> Trang chủ › Tin tức › <category> </div>
    <div class="news-detail-box">
      <h1 class="nd-title">…</h1>
      <div class="nd-meta"> <span class="nd-date">Thứ sáu, 20/11/2026</span>
        <span class="nd-time">09:30</span> Lượt xem · Người đăng · (Cập nhật …) </div>
      <div class="nd-tools"> Bản in · Gửi email · Zalo/Facebook </div>
      <figure class="nd-homeimg"> homeimg + <figcaption>homeimgalt</figcaption> </figure>
      <div class="nd-hometext"><strong>hometext</strong></div>
      <div id="news-bodyhtml" class="bodytext"> CKEditor 4 HTML </div>
      <div class="nd-author"> Tác giả: … </div> <div class="nd-source"> Nguồn tin: … </div>
      <div class="nd-files"> Tệp đính kèm </div>
    </div>
    Tags · rating stars ("Tổng số điểm …") · copyright line · comment box ·
    "Tin liên quan" · "Tin mới hơn" · "Tin cũ hơn" (title + "(dd/mm/yyyy)")

URL scheme
----------
- ``/`` home: header today "Thứ Bảy, 05/12/2026", menu, "Tin mới nhất" (4 newest, links in the
  ``/vi/news/…`` form), one block per category (2 newest of that primary category), sidebar.
- ``/news/`` the module's main listing, all articles newest first, 6 per page, numbered pager
  (``/news/page-2``, ``/news/page-3``; page 1 is ``/news/``).
- ``/news/<cat-alias>/`` category listing (article listed under any of its ``listcatid``),
  6 per page, ``/news/<cat-alias>/page-<n>``; the theme's pager there is prev/next only.
- ``/news/<cat-alias>/<alias>-<id>.html`` the article; ``/vi/news/…`` the same with the
  language prefix (200, rel=canonical to the plain form); ``/news/print/<cat>/<alias>-<id>.html``
  the print view (200, no canonical); ``/news/<other-cat>/<alias>-<id>.html`` (a secondary
  category's form, linked from that category's listing) answers 301 to the primary form;
  ``/news/sendmail/<cat>/<alias>-<id>.html`` the "send to a friend" form.
- ``/news/tag/<alias>``, ``/news/topic/<alias>`` listings; ``/about/<alias>.html`` static
  pages (page module); ``/van-ban/detail/<alias>.html`` a document entry (laws module);
  ``/albums/<alias>.html`` a photo album; ``/contact/``; uploads ``/uploads/news/YYYY_MM/…``,
  listing thumbnails ``/assets/news/YYYY_MM/…``; theme files ``/themes/theme_edu_green/…``.

How each gold article is reached
--------------------------------
- The 4 newest: home "Tin mới nhất" (``/vi/news/`` form) and ``/news/`` page 1.
- Each category block of the home page links the 2 newest of its primary category.
- The menu item "Tin tức" is a ``javascript:void(0)`` parent; its children are the category
  listings, and the breadcrumb's "Tin tức" links ``/news/``.
- Older articles: ``/news/page-2`` and ``/news/page-3`` (numbered pager) and page 1 of their
  category; ``/news/tin-tuc-su-kien/page-2`` (8 listed there: 4 of its own + 4 filed elsewhere)
  is reached only from the "Trang sau »" link of its page 1. 388 (Quyết định khen thưởng …)
  is on ``/news/page-3`` only among the main pages.
- "Tin mới hơn" / "Tin cũ hơn" on every detail link up to 3 of the same primary category.

Traps
-----
1. Date and time split: the meta row prints the day in ``span.nd-date`` ("Thứ sáu, 20/11/2026")
   and the clock in a separate ``span.nd-time`` ("09:30"); some rows add "Cập nhật: 03/12/2026
   16:40" (edittime). Gold: ``2026-11-20T09:30:00+07:00`` — the publication time is the one
   the page prints next to its date; the update and the header's today are not publication.
2. ``<title>`` / og:title carry the SEO field ``titlesite`` (e.g. "Lễ kỷ niệm 20/11 năm 2026 -
   THPT Nguyễn Trãi Tây Ninh"), different from the headline. Gold: the ``h1.nd-title`` as printed
   (an all-capitals "THÔNG BÁO: …" stays in capitals).
3. Breadcrumb "Trang chủ › Tin tức › Hoạt động Đoàn - Đội": "Tin tức" is the module's title,
   not a category. Gold category: the last crumb. Articles filed under one category and listed
   under "Tin tức - Sự kiện" too keep their primary category (the page's breadcrumb); the
   secondary listing's URL form is a 301 to the primary one.
4. Hometext: printed as a bold lead in ``div.nd-hometext`` (summary, and first body paragraph),
   except for 398 whose row has "hide hometext on detail": the lead exists only on the listing
   card and in ``<meta name="description">``. Gold for 398: summary null, body without it — a
   reader of the page never sees it. Rows with an empty hometext print no lead (summary null);
   their listing cards show the text's first sentence, which stays in the body only.
5. Author credits in every form: author field "ThS. Nguyễn Văn Hùng - Phó Hiệu trưởng" ->
   "Nguyễn Văn Hùng"; "Tin: Lê Thị Thu Hà - Ảnh: Trần Gia Huy (12A3)" typed into the author
   field -> author Hà, photographer Huy (class after the name dropped); "Nguyễn Thị Kim Loan,
   Võ Thành Đạt" -> both; "Ban biên tập" -> nobody; "Người đăng: admin_nt" in the meta row (a
   CMS login) -> nobody; a right-aligned bare "Phạm Quốc Việt" closing the body -> author;
   "Tin, ảnh: Đoàn trường" -> unit as author and photographer; "Ảnh: CLB Nhiếp ảnh" -> unit as
   photographer; "ThS. Đặng Hoài Nam (Tổ Tư vấn tâm lý - hướng nghiệp)" -> "Đặng Hoài Nam".
6. Source: the "Nguồn tin:" field is a link (``<a rel="nofollow">Báo Tây Ninh</a>``) -> "Báo Tây
   Ninh"; an italic right-aligned "(Theo Báo Giáo dục & Thời đại)" closing the body -> "Báo Giáo
   dục & Thời đại" (not body text).
7. Illustration (homeimg): shown above the lead with ``figcaption`` = homeimgalt (caption); when
   homeimgalt is empty the theme puts the title in ``alt`` and prints no figcaption (caption
   null); when ``imgposition`` is 0 (399, 391) the detail shows no illustration at all and only
   the listings' thumbnails (``/assets/…``) and ``og:image`` name it — metadata, not a photo
   the page prints, so not an article image.
8. Captions in three editor styles: CKEditor image2 ``<figure class="image"><figcaption>``; a
   centred ``<p><em>`` line under a centred photo; an old "photo table" (``table.tbl-img``, the
   photo in one row, the caption in the next, ``td.caption``) — a caption, not a data table.
   A caption line ending "(Ảnh: CLB Nhiếp ảnh)" is the caption as displayed and credits the
   unit as photographer. A photo with no line under it has caption null.
9. Body boundaries: the "Tệp đính kèm" attachment list, "Tags", the rating widget ("Tổng số điểm
   của bài viết là: 23 trong 5 đánh giá"), the copyright line, a reader's comment in the comment
   box and the related lists (which print other articles' dates "(14/11/2026)") are not body.
10. A ``<br>`` inside a Q&A paragraph ("Hỏi: …<br>Đáp: …") -> two paragraphs; a timetable and a
    results table -> one paragraph per row, cells joined by " | " (header row included).
11. Duplicates: ``/vi/news/…`` (linked from the home's newest block, canonical to the plain form)
    and the print view are alt_paths of each gold record; the secondary-category form redirects.
12. Pagers differ: ``/news/`` has numbered links whose page 1 is ``/news/`` (no ``page-1``);
    category pages print only "« Trang trước" / "Trang sau »", so page 3 of a listing is reached
    through page 2.

Non-articles
------------
``/about/lich-su-truong.html`` (a static page that prints "Ngày đăng" and a long text),
``/van-ban/detail/…`` (a decision entry with number, date and "Trích yếu"), ``/albums/…`` (photo
album with captions), ``/news/tag/hoc-sinh-gioi``, ``/news/topic/nam-hoc-2026-2027``,
``/contact/`` and a ``/news/sendmail/…`` form.
"""

from __future__ import annotations

import datetime as _dt
import re

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
    text,
)

NAME = "nukeviet45_school_thpt"
PLATFORM = "NukeViet 4.5 (news module, rewrite on) + theme-shop school theme"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Trãi"
SITE_LONG = "Trường THPT Nguyễn Trãi - Tây Ninh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 6
THEME = "/themes/theme_edu_green"

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-doan-doi": "Hoạt động Đoàn - Đội",
    "thi-dua-khen-thuong": "Thi đua khen thưởng",
    "tu-van-tuyen-sinh": "Tư vấn tuyển sinh",
}
TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "ngay-nha-giao": "ngày nhà giáo",
    "doan-thanh-nien": "đoàn thanh niên",
    "tuyen-sinh-2027": "tuyển sinh 2027",
    "thi-tot-nghiep": "thi tốt nghiệp",
}


def up(month: str, name: str) -> str:
    return f"/uploads/news/{month}/{name}"


# --- the articles (newest first) ---------------------------------------------------------------
#
# opts: time "HH:MM", lead ("show" | "hidden" | "none"), hometext (text of a hidden lead), homeimg
# (path or None), homealt (homeimgalt, "" when empty), imgpos (0: not on detail), author (printed
# author field, raw html), source (printed "Nguồn tin" html), poster (login), edit, tags, cats
# (secondary categories), files, seo (titlesite).
# P styles: "" paragraph, "h3", "li", "tr" (table row), "br" (joined to the next with <br>),
# "right" right-aligned line. Img styles: "figure", "em", "table", "bare".

M11, M10, M09, M08 = "2026_11", "2026_10", "2026_09", "2026_08"

A_NHAGIAO = Story(
    412,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Trường THPT Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc-su-kien",
    "2026-11-20T09:30:00+07:00",
    [
        P(
            "Buổi lễ có sự tham dự của ông Huỳnh Văn Sơn, Phó Giám đốc Sở GD&ĐT tỉnh Tây Ninh; đại "
            "diện lãnh đạo Đảng ủy, UBND phường; Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô "
            "giáo đã nghỉ hưu và hơn 1.400 học sinh của trường."
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, cô Nguyễn Thị Mỹ Dung, Hiệu trưởng nhà "
            "trường, nhấn mạnh: năm học 2025 - 2026, trường có 98,6% học sinh tốt nghiệp THPT, 31 học "
            "sinh đạt giải học sinh giỏi cấp tỉnh, 2 đề tài khoa học kỹ thuật đạt giải Nhì cấp tỉnh."
        ),
        Img(
            up(M11, "le-ky-niem-20-11-2.jpg"),
            "Cô Nguyễn Thị Mỹ Dung, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Cô Nguyễn Thị Mỹ Dung, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "figure",
        ),
        P("“Mỗi thầy cô là một tấm gương sáng cho học sinh noi theo”", "h3"),
        P(
            "Phát biểu chúc mừng, ông Huỳnh Văn Sơn ghi nhận những đóng góp của tập thể sư phạm nhà "
            "trường và mong muốn mỗi thầy cô tiếp tục đổi mới phương pháp dạy học, thực hiện hiệu quả "
            "Chương trình GDPT 2018 ở cả ba khối lớp."
        ),
        P(
            "Dịp này, nhà trường trao Giấy khen cho 12 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở "
            "và 5 giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027."
        ),
        Img(
            up(M11, "le-ky-niem-20-11-3.jpg"),
            "Tiết mục văn nghệ của học sinh lớp 11A2 (Ảnh: CLB Nhiếp ảnh)",
            "Tiết mục văn nghệ của học sinh lớp 11A2 (Ảnh: CLB Nhiếp ảnh)",
            "em",
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do Đoàn trường dàn dựng với những ca "
            "khúc về mái trường, thầy cô và tình bạn tuổi học trò."
        ),
    ],
    authors=["Tổ Văn phòng"],
    photographers=["CLB Nhiếp ảnh"],
    summary=(
        "Sáng 20/11/2026, Trường THPT Nguyễn Trãi tổ chức trọng thể Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương các thầy cô có thành tích xuất sắc."
    ),
    sapo_outside=True,
    opts={
        "time": "09:30",
        "lead": "show",
        "homeimg": up(M11, "le-ky-niem-20-11-1.jpg"),
        "homealt": "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "author": "Tổ Văn phòng",
        "poster": "admin_nt",
        "edit": "03/12/2026 16:40",
        "tags": ["ngay-nha-giao"],
        "seo": "Lễ kỷ niệm 20/11 năm 2026 - THPT Nguyễn Trãi Tây Ninh",
    },
)

D_HUONGNGHIEP = Story(
    411,
    "tu-van-huong-nghiep-tuyen-sinh-dai-hoc-nam-2027-cho-hoc-sinh-khoi-12",
    "Tư vấn hướng nghiệp, tuyển sinh đại học năm 2027 cho học sinh khối 12",
    "tu-van-tuyen-sinh",
    "2026-11-18T13:30:00+07:00",
    [
        P(
            "Chiều 17/11, tại hội trường lớn, Trường THPT Nguyễn Trãi phối hợp với Báo Tây Ninh tổ chức "
            "chương trình tư vấn hướng nghiệp, tuyển sinh năm 2027 cho gần 500 học sinh khối 12."
        ),
        P(
            "Tham gia ban tư vấn có đại diện Trường Đại học Sư phạm TP. Hồ Chí Minh, Trường Đại học Bách "
            "khoa - ĐHQG TP. Hồ Chí Minh, Trường Đại học Kinh tế TP. Hồ Chí Minh và Trường Cao đẳng "
            "Nghề Tây Ninh."
        ),
        Img(
            up(M11, "tu-van-tuyen-sinh-2027.jpg"),
            "Học sinh khối 12 đặt câu hỏi cho ban tư vấn",
            "Học sinh khối 12 đặt câu hỏi cho ban tư vấn",
            "table",
        ),
        P(
            "Các chuyên gia lưu ý học sinh tìm hiểu kỹ đề án tuyển sinh của từng trường, đặc biệt là "
            "tổ hợp xét tuyển, điểm quy đổi chứng chỉ ngoại ngữ và lịch thi đánh giá năng lực năm 2027."
        ),
        P(
            "Nhiều câu hỏi xoay quanh việc chọn ngành phù hợp năng lực, nhu cầu nhân lực của tỉnh sau khi "
            "các khu công nghiệp mới đi vào hoạt động, chi phí học tập và học bổng dành cho tân sinh viên."
        ),
        P(
            "Kết thúc chương trình, ban tổ chức trao 20 suất học bổng, mỗi suất 2 triệu đồng cho học sinh "
            "có hoàn cảnh khó khăn vươn lên học tốt."
        ),
    ],
    authors=["Trần Minh Khoa"],
    source="Báo Tây Ninh",
    opts={
        "time": "13:30",
        "lead": "none",
        "homeimg": up(M11, "huong-nghiep-cover.jpg"),
        "homealt": "",
        "author": "Trần Minh Khoa",
        "source": '<a href="https://baotayninh.vn/" rel="nofollow" target="_blank">Báo Tây Ninh</a>',
        "poster": "admin_nt",
        "tags": ["tuyen-sinh-2027"],
    },
)

B_RUNGCHUONG = Story(
    410,
    "chung-ket-hoi-thi-rung-chuong-vang-chao-mung-ngay-nha-giao-viet-nam",
    "Chung kết Hội thi “Rung chuông vàng” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "hoat-dong-doan-doi",
    "2026-11-14T10:20:00+07:00",
    [
        P(
            "Nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam, sáng 13/11/2026, Đoàn trường THPT Nguyễn Trãi "
            "tổ chức vòng chung kết Hội thi “Rung chuông vàng” với sự tham gia của 100 thí sinh đến từ "
            "33 chi đoàn."
        ),
        P(
            "Các câu hỏi trải rộng nhiều lĩnh vực: kiến thức sách giáo khoa, lịch sử địa phương, pháp "
            "luật về an toàn giao thông, kỹ năng sống và truyền thống tôn sư trọng đạo."
        ),
        Img(up(M11, "rung-chuong-vang-1.jpg"), None, None, "bare"),
        P(
            "Sau 25 câu hỏi gay cấn, em Nguyễn Ngọc Bảo Trân, lớp 11A1 là thí sinh cuối cùng trên sàn "
            "thi và xuất sắc vượt qua câu hỏi số 30 để rung chuông vàng."
        ),
        P(
            "Ban tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và giải tập thể cổ vũ xuất sắc cho chi "
            "đoàn 10A5."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đoàn trường</strong></p>'),
    ],
    authors=["Đoàn trường"],
    photographers=["Đoàn trường"],
    summary="Hội thi là sân chơi bổ ích, thu hút đông đảo đoàn viên, học sinh tham gia.",
    sapo_outside=True,
    opts={
        "time": "10:20",
        "lead": "show",
        "homeimg": up(M11, "rung-chuong-vang-cover.jpg"),
        "homealt": "Các thí sinh tham gia vòng chung kết",
        "author": "",
        "poster": "doantruong",
        "tags": ["doan-thanh-nien", "ngay-nha-giao"],
        "cats": ["tin-tuc-su-kien"],
    },
)

C_HSG = Story(
    408,
    "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    "Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
    "thi-dua-khen-thuong",
    "2026-11-06T17:00:00+07:00",
    [
        P(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 diễn ra ngày 28/10/2026. "
            "Trường THPT Nguyễn Trãi có 36 học sinh dự thi ở 10 môn, kết quả có 24 học sinh đạt giải."
        ),
        P("Danh sách học sinh đạt giải Nhất, Nhì", "h3"),
        P("STT | Họ và tên | Lớp | Môn thi | Giải", "tr"),
        P("1 | Lê Hoàng Phúc | 12A1 | Toán | Nhất", "tr"),
        P("2 | Nguyễn Thảo Vy | 12A8 | Ngữ văn | Nhất", "tr"),
        P("3 | Trần Đức Minh | 12A2 | Vật lí | Nhì", "tr"),
        P("4 | Phạm Khánh Linh | 12A9 | Tiếng Anh | Nhì", "tr"),
        P("5 | Võ Quốc Bảo | 12A3 | Tin học | Nhì", "tr"),
        P(
            "Ngoài ra, trường còn có 8 giải Ba và 11 giải Khuyến khích. Xếp hạng toàn đoàn, trường xếp "
            "thứ 2 trong khối các trường THPT của tỉnh."
        ),
        P(
            "Nhà trường chúc mừng các em học sinh đạt giải và cảm ơn các thầy cô bồi dưỡng đội tuyển đã "
            "tận tâm trong suốt quá trình ôn luyện."
        ),
    ],
    authors=["Nguyễn Thị Kim Loan", "Võ Thành Đạt"],
    opts={
        "time": "17:00",
        "lead": "none",
        "homeimg": None,
        "author": "Nguyễn Thị Kim Loan, Võ Thành Đạt",
        "poster": "admin_nt",
        "tags": ["hoc-sinh-gioi"],
    },
)

A_HOINGHI = Story(
    405,
    "hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị cán bộ, viên chức, người lao động năm học 2026 - 2027",
    "tin-tuc-su-kien",
    "2026-10-17T14:05:00+07:00",
    [
        P(
            "Ngày 16/10/2026, Trường THPT Nguyễn Trãi tổ chức Hội nghị cán bộ, viên chức, người lao động "
            "năm học 2026 - 2027 với sự tham dự của 96 cán bộ, giáo viên, nhân viên."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học mới, báo "
            "cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân dân."
        ),
        P("Các chỉ tiêu chủ yếu năm học 2026 - 2027", "h3"),
        P("Tỷ lệ học sinh tốt nghiệp THPT đạt từ 99% trở lên.", "li"),
        P("Có ít nhất 30 giải học sinh giỏi cấp tỉnh, 1 giải cấp quốc gia.", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin, chuyển đổi số trong dạy học.", "li"),
        P("Không có học sinh vi phạm an toàn giao thông, bạo lực học đường.", "li"),
        Img(
            up(M10, "hoi-nghi-vien-chuc-2026.jpg"),
            "Đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            "Đại biểu biểu quyết thông qua Nghị quyết hội nghị",
            "em",
        ),
        P(
            "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên và ký kết "
            "giao ước thi đua giữa các tổ chuyên môn."
        ),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={
        "time": "14:05",
        "lead": "none",
        "homeimg": None,
        "author": "ThS. Nguyễn Văn Hùng - Phó Hiệu trưởng",
        "poster": "admin_nt",
        "tags": [],
    },
)

D_QUYCHE = Story(
    403,
    "nhung-diem-moi-trong-quy-che-thi-tot-nghiep-thpt-tu-nam-2027",
    "Những điểm mới trong Quy chế thi tốt nghiệp THPT từ năm 2027",
    "tu-van-tuyen-sinh",
    "2026-10-09T08:20:00+07:00",
    [
        P(
            "Bộ GD&ĐT vừa ban hành Thông tư sửa đổi, bổ sung một số điều của Quy chế thi tốt nghiệp THPT, "
            "áp dụng từ kỳ thi năm 2027."
        ),
        P(
            "Theo đó, thí sinh thi 4 môn gồm 2 môn bắt buộc là Ngữ văn, Toán và 2 môn tự chọn trong số các "
            "môn học lớp 12. Những điểm đáng chú ý:"
        ),
        P("Thí sinh được đăng ký dự thi trực tuyến hoàn toàn trên Hệ thống quản lý thi.", "li"),
        P("Bỏ điểm ưu tiên khuyến khích đối với chứng chỉ nghề.", "li"),
        P(
            "Điểm xét tốt nghiệp tính 50% từ điểm thi và 50% từ kết quả học tập lớp 10, 11, 12.",
            "li",
        ),
        P(
            "Ngay sau khi có hướng dẫn chính thức, Trường THPT Nguyễn Trãi sẽ tổ chức phổ biến quy chế đến "
            "toàn thể học sinh khối 12 và cha mẹ học sinh."
        ),
        Raw('<p style="text-align: right;"><em>(Theo Báo Giáo dục &amp; Thời đại)</em></p>'),
    ],
    source="Báo Giáo dục & Thời đại",
    opts={
        "time": "08:20",
        "lead": "none",
        "homeimg": up(M10, "quy-che-thi-2027.jpg"),
        "homealt": "",
        "author": "",
        "poster": "admin_nt",
        "tags": ["thi-tot-nghiep", "tuyen-sinh-2027"],
        "cats": ["tin-tuc-su-kien"],
    },
)

B_CHUNHATXANH = Story(
    401,
    "ra-quan-ngay-chu-nhat-xanh-huong-ung-phong-trao-vi-moi-truong",
    "Ra quân “Ngày Chủ nhật xanh” hưởng ứng phong trào vì môi trường",
    "hoat-dong-doan-doi",
    "2026-10-05T07:40:00+07:00",
    [
        P(
            "Sáng Chủ nhật 04/10/2026, hơn 300 đoàn viên Đoàn trường THPT Nguyễn Trãi đồng loạt ra quân "
            "“Ngày Chủ nhật xanh” tại khuôn viên trường và tuyến đường Trưng Nữ Vương."
        ),
        P(
            "Các chi đoàn thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh và trồng mới 120 cây "
            "xanh trong khuôn viên trường và sân vận động phường."
        ),
        Img(
            up(M10, "chu-nhat-xanh-1.jpg"),
            "Đoàn viên chi đoàn 12A5 thu gom rác thải trên tuyến đường Trưng Nữ Vương",
            "Đoàn viên chi đoàn 12A5 thu gom rác thải trên tuyến đường Trưng Nữ Vương",
            "figure",
        ),
        P(
            "Bên cạnh đó, Đoàn trường phát động phong trào “Mỗi lớp học một thùng rác phân loại”, khuyến "
            "khích học sinh hạn chế sử dụng túi ni lông và chai nhựa dùng một lần."
        ),
        P(
            "Hoạt động sẽ được duy trì vào Chủ nhật tuần đầu tiên mỗi tháng, kết quả là một tiêu chí thi "
            "đua của các chi đoàn trong năm học."
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Trần Gia Huy"],
    opts={
        "time": "07:40",
        "lead": "none",
        "homeimg": up(M10, "chu-nhat-xanh-cover.jpg"),
        "homealt": "Đoàn viên ra quân Ngày Chủ nhật xanh",
        "author": "Tin: Lê Thị Thu Hà - Ảnh: Trần Gia Huy (12A3)",
        "poster": "doantruong",
        "edit": "06/10/2026 09:12",
        "tags": ["doan-thanh-nien"],
    },
)

C_TOTNGHIEP = Story(
    399,
    "tuyen-duong-khen-thuong-hoc-sinh-dat-thanh-tich-cao-ky-thi-tot-nghiep-thpt-nam-2026",
    "Tuyên dương, khen thưởng học sinh đạt thành tích cao trong Kỳ thi tốt nghiệp THPT năm 2026",
    "thi-dua-khen-thuong",
    "2026-09-29T09:00:00+07:00",
    [
        P(
            "Trong buổi chào cờ đầu tuần ngày 28/9/2026, Trường THPT Nguyễn Trãi tổ chức tuyên dương, khen "
            "thưởng 54 học sinh đạt thành tích cao trong Kỳ thi tốt nghiệp THPT năm 2026."
        ),
        P(
            "Năm 2026, trường có 462/465 học sinh tốt nghiệp, đạt tỷ lệ 99,35%; điểm trung bình các môn "
            "thi xếp thứ 3 toàn tỉnh. Em Đỗ Minh Thư đạt 29,25 điểm khối A00, thủ khoa khối A00 của tỉnh."
        ),
        Img(
            up(M09, "tuyen-duong-tot-nghiep-1.jpg"),
            "Cô Hiệu trưởng trao thưởng cho em Đỗ Minh Thư (Ảnh: CLB Nhiếp ảnh)",
            "Cô Hiệu trưởng trao thưởng cho em Đỗ Minh Thư (Ảnh: CLB Nhiếp ảnh)",
            "em",
        ),
        P(
            "Tổng số tiền thưởng hơn 46 triệu đồng được trích từ Quỹ khuyến học của nhà trường và sự ủng hộ "
            "của các cựu học sinh."
        ),
        Img(up(M09, "tuyen-duong-tot-nghiep-2.jpg"), None, None, "bare"),
        P(
            "Thay mặt các học sinh được khen thưởng, em Đỗ Minh Thư bày tỏ lòng biết ơn thầy cô và hứa sẽ "
            "tiếp tục nỗ lực ở giảng đường đại học."
        ),
        Raw('<p style="text-align: right;"><strong>Phạm Quốc Việt</strong></p>'),
    ],
    authors=["Phạm Quốc Việt"],
    photographers=["CLB Nhiếp ảnh"],
    summary=(
        "54 học sinh có điểm thi tốt nghiệp cao được nhà trường tuyên dương, trao thưởng với tổng "
        "giá trị hơn 46 triệu đồng."
    ),
    sapo_outside=True,
    opts={
        "time": "09:00",
        "lead": "show",
        "homeimg": up(M09, "tuyen-duong-cover.jpg"),
        "imgpos": 0,
        "author": "",
        "poster": "admin_nt",
        "tags": ["thi-tot-nghiep"],
        "cats": ["tin-tuc-su-kien"],
    },
)

A_PCCC = Story(
    398,
    "tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho-cho-hoc-sinh",
    "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho học sinh",
    "tin-tuc-su-kien",
    "2026-09-26T08:00:00+07:00",
    [
        P(
            "Ngày 25/9, Phòng Cảnh sát PCCC và CNCH - Công an tỉnh Tây Ninh phối hợp với Trường THPT "
            "Nguyễn Trãi tổ chức buổi tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hơn "
            "600 học sinh khối 10."
        ),
        P(
            "Tại buổi tập huấn, cán bộ Cảnh sát PCCC đã phổ biến những quy định cơ bản của pháp luật về "
            "phòng cháy, chữa cháy; nguyên nhân thường gặp gây ra cháy nổ trong gia đình và trường học."
        ),
        P(
            "Học sinh được hướng dẫn cách sử dụng bình chữa cháy xách tay, cách thoát nạn khi có cháy trong "
            "nhà cao tầng, sơ cứu người bị bỏng và người bị ngạt khói."
        ),
        Img(
            up(M09, "tap-huan-pccc.jpg"),
            "Học sinh thực hành dập lửa bằng bình chữa cháy",
            "Học sinh thực hành dập lửa bằng bình chữa cháy",
            "figure",
        ),
        P(
            "Buổi tập huấn giúp các em nâng cao ý thức, chủ động phòng ngừa và xử lý tình huống khi có sự "
            "cố cháy nổ xảy ra."
        ),
    ],
    source="Báo Tây Ninh",
    opts={
        "time": "08:00",
        "lead": "hidden",
        "hometext": (
            "Hơn 600 học sinh khối 10 được trang bị kiến thức, kỹ năng thoát nạn và sử dụng "
            "phương tiện chữa cháy tại chỗ."
        ),
        "homeimg": up(M09, "pccc-cover.jpg"),
        "homealt": "Buổi tập huấn PCCC tại sân trường",
        "author": "",
        "source": '<a href="https://baotayninh.vn/" rel="nofollow" target="_blank">Báo Tây Ninh</a>',
        "poster": "admin_nt",
        "tags": [],
    },
)

D_HOCBA = Story(
    391,
    "giai-dap-thac-mac-ve-phuong-thuc-xet-tuyen-hoc-ba-nam-2027",
    "Giải đáp thắc mắc về phương thức xét tuyển học bạ năm 2027",
    "tu-van-tuyen-sinh",
    "2026-09-08T19:45:00+07:00",
    [
        P(
            "Nhiều học sinh khối 12 và phụ huynh gửi câu hỏi về phương thức xét tuyển bằng kết quả học tập "
            "THPT (học bạ). Tổ Tư vấn tâm lý - hướng nghiệp tổng hợp và giải đáp một số câu hỏi thường gặp."
        ),
        P("Hỏi: Xét học bạ năm 2027 có dùng điểm cả năm lớp 12 không?", "br"),
        P(
            "Đáp: Theo quy chế tuyển sinh hiện hành, nếu sử dụng kết quả học tập THPT thì phải dùng kết quả "
            "cả năm lớp 12 của thí sinh."
        ),
        P("Hỏi: Một thí sinh được đăng ký bao nhiêu nguyện vọng?", "br"),
        P(
            "Đáp: Thí sinh được đăng ký không giới hạn số nguyện vọng nhưng phải sắp xếp theo thứ tự ưu "
            "tiên từ cao xuống thấp; nguyện vọng 1 là nguyện vọng cao nhất."
        ),
        P("Hỏi: Điểm ưu tiên khu vực có được cộng khi xét học bạ không?", "br"),
        P(
            "Đáp: Có. Tuy nhiên thí sinh đạt tổng điểm từ 22,5 trở lên thì mức điểm ưu tiên được giảm dần "
            "theo công thức của Bộ GD&ĐT."
        ),
        P(
            "Học sinh có thắc mắc khác có thể gửi câu hỏi vào hộp thư tư vấn đặt tại phòng Đoàn hoặc liên "
            "hệ trực tiếp giáo viên chủ nhiệm."
        ),
    ],
    authors=["Đặng Hoài Nam"],
    opts={
        "time": "19:45",
        "lead": "none",
        "homeimg": up(M09, "hoc-ba-cover.jpg"),
        "imgpos": 0,
        "author": "ThS. Đặng Hoài Nam (Tổ Tư vấn tâm lý - hướng nghiệp)",
        "poster": "tuvan",
        "tags": ["tuyen-sinh-2027"],
    },
)

A_TKB = Story(
    393,
    "thong-bao-dieu-chinh-thoi-khoa-bieu-hoc-ky-i-tu-ngay-14-9-2026",
    "THÔNG BÁO: Điều chỉnh thời khóa biểu học kỳ I từ ngày 14/9/2026",
    "tin-tuc-su-kien",
    "2026-09-11T16:45:00+07:00",
    [
        P(
            "Căn cứ tình hình thực tế và đề nghị của các tổ chuyên môn, nhà trường thông báo điều chỉnh "
            "thời khóa biểu học kỳ I năm học 2026 - 2027, áp dụng từ thứ Hai ngày 14/9/2026."
        ),
        P("Thời gian biểu buổi sáng", "h3"),
        P("Tiết | Giờ vào | Giờ ra", "tr"),
        P("1 | 07:00 | 07:45", "tr"),
        P("2 | 07:50 | 08:35", "tr"),
        P("3 | 08:55 | 09:40", "tr"),
        P("4 | 09:45 | 10:30", "tr"),
        P("5 | 10:35 | 11:20", "tr"),
        P(
            "Buổi chiều, khối 10 và khối 11 học các môn Giáo dục thể chất, Giáo dục quốc phòng và an ninh, "
            "hoạt động trải nghiệm theo lịch riêng của từng lớp."
        ),
        P(
            "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; thời khóa biểu chi tiết từng lớp "
            "được niêm yết tại bảng tin và đăng trên hệ thống quản lý trường học."
        ),
    ],
    opts={
        "time": "16:45",
        "lead": "none",
        "homeimg": None,
        "author": "Ban biên tập",
        "poster": "admin_nt",
        "tags": [],
        "files": ["TKB-HK1-ap-dung-14-9-2026.pdf", "TKB-buoi-chieu-khoi-10-11.xlsx"],
        "seo": "Thời khóa biểu HK1 2026-2027 THPT Nguyễn Trãi",
    },
)

B_KETNAP = Story(
    389,
    "le-ket-nap-doan-vien-moi-dot-ky-niem-quoc-khanh-2-9",
    "Lễ kết nạp đoàn viên mới đợt kỷ niệm Quốc khánh 2/9",
    "hoat-dong-doan-doi",
    "2026-09-04T15:10:00+07:00",
    [
        P(
            "Chiều 03/9/2026, Đoàn trường THPT Nguyễn Trãi tổ chức Lễ kết nạp đoàn viên mới cho 47 học sinh "
            "ưu tú khối 10 và khối 11 đã hoàn thành lớp bồi dưỡng nhận thức về Đoàn."
        ),
        P(
            "Buổi lễ diễn ra trang nghiêm tại Nhà truyền thống của trường. Các đoàn viên mới đã tuyên thệ "
            "thực hiện 5 nhiệm vụ của người đoàn viên, nhận Huy hiệu Đoàn và Quyết định kết nạp."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Bí thư Đoàn trường mong muốn các đoàn viên mới luôn gương mẫu "
            "trong học tập, rèn luyện và tích cực tham gia các phong trào của Đoàn."
        ),
        Raw('<p style="text-align: right;">Phạm Quốc Việt</p>'),
    ],
    authors=["Phạm Quốc Việt"],
    opts={
        "time": "15:10",
        "lead": "none",
        "homeimg": None,
        "author": "",
        "poster": "doantruong",
        "tags": ["doan-thanh-nien"],
        "cats": ["tin-tuc-su-kien"],
    },
)

C_QUYETDINH = Story(
    388,
    "quyet-dinh-khen-thuong-tap-the-ca-nhan-co-thanh-tich-xuat-sac-nam-hoc-2025-2026",
    "Quyết định khen thưởng tập thể, cá nhân có thành tích xuất sắc năm học 2025 - 2026",
    "thi-dua-khen-thuong",
    "2026-08-28T10:15:00+07:00",
    [
        P(
            "Căn cứ kết quả bình xét thi đua cuối năm học 2025 - 2026 của Hội đồng Thi đua - Khen thưởng, "
            "Hiệu trưởng Trường THPT Nguyễn Trãi ban hành quyết định khen thưởng như sau:"
        ),
        P("Tặng danh hiệu “Tập thể lao động tiên tiến” cho 6 tổ chuyên môn.", "li"),
        P("Tặng danh hiệu “Lao động tiên tiến” cho 71 cán bộ, giáo viên, nhân viên.", "li"),
        P("Tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho 12 giáo viên.", "li"),
        P("Tặng Giấy khen cho 9 tập thể lớp đạt danh hiệu “Lớp tiên tiến xuất sắc”.", "li"),
        P(
            "Danh sách cụ thể kèm theo quyết định. Các tập thể, cá nhân được khen thưởng nhận tiền thưởng "
            "theo quy chế chi tiêu nội bộ của nhà trường."
        ),
        P(
            "Lễ trao thưởng sẽ được tổ chức lồng ghép trong Lễ khai giảng năm học 2026 - 2027 vào sáng ngày "
            "05/9/2026."
        ),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "time": "10:15",
        "lead": "none",
        "homeimg": None,
        "author": "Tổ Văn phòng",
        "poster": "admin_nt",
        "tags": [],
        "files": ["QD-khen-thuong-nam-hoc-2025-2026.pdf"],
    },
)

STORIES = [
    A_NHAGIAO,
    D_HUONGNGHIEP,
    B_RUNGCHUONG,
    C_HSG,
    A_HOINGHI,
    D_QUYCHE,
    B_CHUNHATXANH,
    C_TOTNGHIEP,
    A_PCCC,
    B_KETNAP,
    D_HOCBA,
    A_TKB,
    C_QUYETDINH,
]
STORIES.sort(key=lambda s: s.published_at, reverse=True)
BY_ID = {s.id: s for s in STORIES}


def art_path(story: Story, cat: str | None = None, prefix: str = "") -> str:
    return f"{prefix}/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story) -> str:
    return f"/news/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def listed_in(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("cats", [])]


def _gold(story: Story) -> dict:
    record = gold_record(
        story,
        art_path(story),
        CATEGORIES[story.cat],
        alt_paths=[art_path(story, prefix="/vi"), print_path(story)],
    )
    home = story.opts.get("homeimg")
    if home and story.opts.get("imgpos", 1):
        record["images"].insert(0, {"path": home, "caption": story.opts.get("homealt") or None})
    return record


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/about/lich-su-truong.html",
    "/van-ban/detail/quyet-dinh-ve-viec-khen-thuong-hoc-sinh-gioi-cap-tinh-112.html",
    "/albums/le-ky-niem-ngay-nha-giao-20-11-2026-24.html",
    "/news/tag/hoc-sinh-gioi",
    "/news/topic/nam-hoc-2026-2027",
    "/contact/",
    sendmail_path(A_NHAGIAO),
]


# --- printing ------------------------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _date(story: Story) -> _dt.date:
    return _dt.date.fromisoformat(story.published_at[:10])


def dmy(story: Story) -> str:
    return _date(story).strftime("%d/%m/%Y")


def day_line(story: Story) -> str:
    d = _date(story)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def views(story: Story) -> str:
    return f"{story.views() * 3 + 211:,}".replace(",", ".")


def hometext(story: Story) -> str:
    """The lead: printed (summary) or kept for listings only; else the text's first sentence."""
    if story.summary:
        return story.summary
    if story.opts.get("hometext"):
        return story.opts["hometext"]
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first.split(". ")[0].rstrip(".") + "."


def _row(cells: list[str], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>"


def render_body(story: Story) -> str:
    """CKEditor 4 output as the school's editors leave it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                rows.append(_row(cells, "th" if first else "td"))
                first = False
                i += 1
            out.append(
                '<table align="center" border="1" cellpadding="3" cellspacing="0" '
                'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3><strong>{text(b.text)}</strong></h3>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(
                f'<p style="text-align: justify;"><strong>{text(b.text)}</strong><br />\n'
                f"{text(nxt.text)}</p>"
            )
            i += 2
            continue
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _render_img(img: Img) -> str:
    tag = f'<img alt="" height="533" src="{img.src}" width="800" />'
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-img">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td class="caption" style="text-align: center;">'
            f"{esc(img.printed or '')}</td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


# --- theme: layout -------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    (
        "javascript:void(0)",
        "Giới thiệu",
        [
            ("/about/lich-su-truong.html", "Lịch sử nhà trường"),
            ("/about/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
        ],
    ),
    ("javascript:void(0)", "Tin tức", [(f"/news/{k}/", v) for k, v in CATEGORIES.items()]),
    ("/van-ban/", "Văn bản", []),
    ("/albums/", "Thư viện ảnh", []),
    ("/contact/", "Liên hệ", []),
]


def menu_html() -> str:
    items = []
    for href, label, children in MENU:
        if children:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in children)
            items.append(
                f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" '
                f'data-toggle="dropdown">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="nav navbar-nav">' + "".join(items) + "</ul>"


def sidebar() -> str:
    top = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:5]
    most = "".join(
        f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in top
    )
    return f"""<aside class="col-md-4 col-sm-12 side-col">
<div class="panel panel-green block-mostview"><div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="list-mostview">{most}</ul></div></div>
<div class="panel panel-green block-voting"><div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body"><form action="/voting/" method="post"><p>Bạn biết đến website của trường qua kênh nào?</p>
<label><input type="radio" name="option" value="1"> Giáo viên chủ nhiệm</label><br>
<label><input type="radio" name="option" value="2"> Trang Facebook của trường</label><br>
<label><input type="radio" name="option" value="3"> Bạn bè giới thiệu</label><br>
<input type="hidden" name="vid" value="3"><button type="submit" class="btn btn-success btn-sm">Bình chọn</button>
</form></div></div>
<div class="panel panel-green block-links"><div class="panel-heading">Liên kết website</div>
<div class="panel-body"><ul>
<li><a href="https://tayninh.edu.vn/" target="_blank">Sở GD&amp;ĐT Tây Ninh</a></li>
<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://thisinh.thitotnghiepthpt.edu.vn/" target="_blank">Hệ thống thi tốt nghiệp</a></li>
</ul></div></div>
<div class="panel panel-green block-counter"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><ul class="counter list-unstyled">
<li><em class="fa fa-bolt"></em> Đang online <span class="pull-right">27</span></li>
<li><em class="fa fa-filter"></em> Hôm nay <span class="pull-right">1.046</span></li>
<li><em class="fa fa-calendar-o"></em> Tháng hiện tại <span class="pull-right">6.118</span></li>
<li><em class="fa fa-bars"></em> Tổng lượt truy cập <span class="pull-right">2.418.503</span></li>
</ul></div></div>
</aside>"""


def layout(title: str, main: str, head: str = "", description: str = "", side: bool = True) -> str:
    body_cols = (
        f'<div class="col-md-8 col-sm-12 main-col">{main}</div>{sidebar()}'
        if side
        else f'<div class="col-md-12">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE_LONG)}">
<meta name="author" content="{esc(SITE_LONG)}">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css">
<link rel="stylesheet" href="{THEME}/css/style.css?t=1701">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1701">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_module_name="news";</script>
</head>
<body>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>
<header class="site-header">
<div class="topbar"><div class="container"><span class="current-time"><em class="fa fa-calendar"></em> {HEADER_TODAY}</span>
<span class="hotline pull-right"><em class="fa fa-phone"></em> (0276) 3 822 514</span></div></div>
<div class="container header-logo"><a href="/" title="{esc(SITE_LONG)}"><img src="{THEME}/images/logo-thpt-nguyen-trai.png" alt="{esc(SITE)}" width="90" height="90"></a>
<div class="site-name"><span class="so">SỞ GIÁO DỤC VÀ ĐÀO TẠO TÂY NINH</span><br><strong>TRƯỜNG THPT NGUYỄN TRÃI</strong></div>
<img class="banner-right hidden-xs" src="{THEME}/images/banner-nam-hoc-2026-2027.jpg" alt="Chào mừng năm học mới"></div>
<nav class="navbar navbar-green"><div class="container">{menu_html()}
<form class="navbar-form navbar-right" action="/seek/" method="get"><input type="text" name="q" class="form-control" placeholder="Tìm kiếm..."></form>
</div></nav>
<div class="marquee-box container"><marquee scrollamount="4">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với website Trường THPT Nguyễn Trãi!</marquee></div>
</header>
<div class="container body-wrap"><div class="row">{body_cols}</div></div>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-8"><p><strong>TRƯỜNG THPT NGUYỄN TRÃI - TÂY NINH</strong></p>
<p>Địa chỉ: Số 126 đường Trưng Nữ Vương, Phường 2, TP. Tây Ninh, tỉnh Tây Ninh</p>
<p>Điện thoại: (0276) 3 822 514 - Email: c3nguyentrai.tayninh@moet.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Mỹ Dung</p></div>
<div class="col-md-4"><p>© Bản quyền thuộc về Trường THPT Nguyễn Trãi.</p>
<p>Thiết kế bởi <a href="https://webtruonghoc.vn/" target="_blank">WebTrườngHọc.vn</a> - Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a></p>
<p><a href="/news/rss/">RSS</a></p></div>
</div></div></footer>
<script src="{THEME}/js/main.js"></script>
</body></html>"""


def breadcrumb(crumbs: list[tuple[str, str]]) -> str:
    items = ['<li><a href="/" title="Trang chủ"><em class="fa fa-home"></em> Trang chủ</a></li>']
    for href, label in crumbs:
        items.append(
            f'<li><a href="{href}" title="{esc(label)}"><span>{esc(label)}</span></a></li>'
        )
    return f'<div class="breadcrumbs-wrap"><ul class="breadcrumbs">{"".join(items)}</ul></div>'


# --- listings ------------------------------------------------------------------------------


def card(story: Story, href: str | None = None) -> str:
    thumb = story.opts.get("homeimg")
    pic = (
        f'<a href="{href or art_path(story)}" class="thumb"><img src="{thumb.replace("/uploads/", "/assets/")}" '
        f'alt="{esc(story.title)}" width="160"></a>'
        if thumb
        else f'<a href="{href or art_path(story)}" class="thumb"><img src="{THEME}/images/no_image.gif" alt=""></a>'
    )
    return f"""<div class="news-item clearfix">{pic}
<h3 class="news-item-title"><a href="{href or art_path(story)}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<div class="news-item-date"><em class="fa fa-clock-o"></em> {dmy(story)}</div>
<div class="news-item-text">{esc(hometext(story))}</div></div>"""


def pager_numbered(base: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    items = []
    if page > 1:
        items.append(f'<li><a href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            items.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{href(page + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def pager_prevnext(base: str, page: int, pages: int) -> str:
    parts = []
    if page > 1:
        prev = base if page == 2 else f"{base}page-{page - 1}"
        parts.append(f'<a class="btn btn-default btn-sm" href="{prev}">« Trang trước</a>')
    if page < pages:
        parts.append(
            f'<a class="btn btn-default btn-sm" href="{base}page-{page + 1}">Trang sau »</a>'
        )
    return f'<div class="generate_page">{" ".join(parts)}</div>'


def listing(
    heading: str,
    stories: list[Story],
    base: str,
    page: int,
    crumbs: list[tuple[str, str]],
    numbered: bool,
    link_cat: str | None = None,
) -> Response | None:
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(
        card(s, art_path(s, cat=link_cat) if link_cat and link_cat != s.cat else None)
        for s in chunk
    )
    pager = (pager_numbered if numbered else pager_prevnext)(base, page, pages) if pages > 1 else ""
    suffix = f" - Trang {page}" if page > 1 else ""
    main = f"""{breadcrumb(crumbs)}
<div class="viewcat-page-new"><h2 class="cat-title">{esc(heading)}</h2>
{cards}
{pager}</div>"""
    return html(layout(f"{heading}{suffix} - {SITE}", main))


def module_listing(page: int) -> Response | None:
    return listing("Tin tức", STORIES, "/news/", page, [("/news/", "Tin tức")], numbered=True)


def cat_listing(cat: str, page: int) -> Response | None:
    stories = [s for s in STORIES if cat in listed_in(s)]
    return listing(
        CATEGORIES[cat],
        stories,
        f"/news/{cat}/",
        page,
        [("/news/", "Tin tức"), (f"/news/{cat}/", CATEGORIES[cat])],
        numbered=False,
        link_cat=cat,
    )


def tag_listing(tag: str) -> Response:
    stories = [s for s in STORIES if tag in s.opts.get("tags", [])]
    return listing(
        f"Tags: {TAGS[tag]}",
        stories,
        f"/news/tag/{tag}/",
        1,
        [("/news/", "Tin tức"), (f"/news/tag/{tag}", TAGS[tag])],
        numbered=True,
    )


TOPIC = [A_NHAGIAO, C_HSG, A_HOINGHI, A_TKB, C_QUYETDINH]


def topic_listing() -> Response:
    items = "".join(
        f'<li><a href="{art_path(s)}">{esc(s.title)}</a> <span class="text-muted">({dmy(s)})</span></li>'
        for s in TOPIC
    )
    main = f"""{breadcrumb([("/news/", "Tin tức"), ("/news/topic/nam-hoc-2026-2027", "Năm học 2026 - 2027")])}
<div class="news_column topic"><h1 class="title">Dòng sự kiện: Năm học 2026 - 2027</h1>
<p>Tổng hợp các tin bài về công tác chuẩn bị và triển khai nhiệm vụ năm học 2026 - 2027 của nhà trường.</p>
<ul class="related">{items}</ul></div>"""
    return html(layout(f"Năm học 2026 - 2027 - Dòng sự kiện - {SITE}", main))


# --- article pages -------------------------------------------------------------------------


def related_block(heading: str, stories: list[Story], cls: str) -> str:
    if not stories:
        return ""
    items = "".join(
        f'<li><em class="fa fa-angle-right"></em> <a href="{art_path(s)}" title="{esc(s.title)}">'
        f"{esc(s.title)}</a> <em>({dmy(s)})</em></li>"
        for s in stories
    )
    return (
        f'<div class="news-related {cls}"><h4>{heading}</h4><ul class="related">{items}</ul></div>'
    )


def detail_inner(story: Story) -> str:
    """The article box shared by the detail and the print view."""
    o = story.opts
    home = ""
    if o.get("homeimg") and o.get("imgpos", 1):
        alt = o.get("homealt") or ""
        cap = f"<figcaption>{esc(alt)}</figcaption>" if alt else ""
        home = (
            f'<figure class="nd-homeimg text-center"><img src="{o["homeimg"]}" '
            f'alt="{esc(alt or story.title)}" class="img-responsive" width="720">{cap}</figure>'
        )
    lead = (
        f'<div class="nd-hometext"><strong>{text(story.summary)}</strong></div>'
        if o["lead"] == "show" and story.summary
        else ""
    )
    author = (
        f'<div class="nd-author text-right"><strong>Tác giả:</strong> {esc(o["author"])}</div>'
        if o.get("author")
        else ""
    )
    source = (
        f'<div class="nd-source text-right"><strong>Nguồn tin:</strong> {o["source"]}</div>'
        if o.get("source")
        else ""
    )
    files = ""
    if o.get("files"):
        rows = "".join(
            f'<li><em class="fa fa-download"></em> <a href="/news/{story.cat}/{story.slug}-{story.id}.html?download=1&amp;id={n}" '
            f'title="{esc(f)}">{esc(f)}</a></li>'
            for n, f in enumerate(o["files"])
        )
        files = f'<div class="nd-files panel panel-default"><div class="panel-heading"><em class="fa fa-paperclip"></em> Tệp đính kèm</div><ul class="list-unstyled">{rows}</ul></div>'
    return f"""{home}
{lead}
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(story)}
</div>
{author}
{source}
{files}"""


def detail_page(request: Request, story: Story) -> Response:
    o = story.opts
    base = base_url(request)
    same = [s for s in STORIES if s.cat == story.cat and s is not story]
    newer = [s for s in same if s.published_at > story.published_at][-3:]
    older = [s for s in same if s.published_at < story.published_at][:3]
    by_tag = [
        s
        for s in STORIES
        if s is not story and set(s.opts.get("tags", [])) & set(o.get("tags", []))
    ][:3]
    edit = (
        f'<span class="nd-edit"><em class="fa fa-pencil"></em> Cập nhật: {o["edit"]}</span>'
        if o.get("edit")
        else ""
    )
    tags = "".join(
        f'<a class="label label-tag" href="/news/tag/{t}">{esc(TAGS[t])}</a> '
        for t in o.get("tags", [])
    )
    tag_box = (
        f'<div class="nd-tags"><em class="fa fa-tags"></em> <strong>Tags:</strong> {tags}</div>'
        if tags
        else ""
    )
    score = 3 + story.id % 3
    count = 2 + story.id % 5
    seo = o.get("seo") or story.title
    canonical = f"{base}{art_path(story)}"
    head = f"""<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{esc(seo)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(hometext(story))}">
<meta property="og:url" content="{canonical}">
<meta property="og:image" content="{base}{o.get("homeimg") or THEME + "/images/og-default.jpg"}">
<meta property="article:published_time" content="{story.published_at}">
<meta property="article:section" content="{esc(CATEGORIES[story.cat])}">"""
    main = f"""{breadcrumb([("/news/", "Tin tức"), (f"/news/{story.cat}/", CATEGORIES[story.cat])])}
<div class="news-detail-box">
<h1 class="nd-title">{esc(story.title)}</h1>
<div class="nd-meta">
<span class="nd-date"><em class="fa fa-calendar"></em> {day_line(story)}</span>
<span class="nd-time"><em class="fa fa-clock-o"></em> {o["time"]}</span>
<span class="nd-view"><em class="fa fa-eye"></em> {views(story)}</span>
<span class="nd-poster"><em class="fa fa-user"></em> Người đăng: {esc(o["poster"])}</span>
{edit}
</div>
<div class="nd-tools">
<a href="{print_path(story)}" title="Bản in" rel="nofollow"><em class="fa fa-print"></em> Bản in</a>
<a href="{sendmail_path(story)}" title="Gửi bài viết qua email" rel="nofollow"><em class="fa fa-envelope"></em> Gửi email</a>
<div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1"></div>
<div class="fb-like" data-href="{canonical}" data-layout="button_count" data-share="true"></div>
</div>
{detail_inner(story)}
</div>
{tag_box}
<div class="nd-rating panel panel-default"><div class="panel-body">
<div class="rating-stars" data-id="{story.id}">★★★★★</div>
<p class="small">Tổng số điểm của bài viết là: {score * count} trong {count} đánh giá</p>
<p class="small text-muted">Click để đánh giá bài viết</p></div></div>
<p class="nd-copyright small text-muted">© Trường THPT Nguyễn Trãi — Ghi rõ nguồn “Website Trường THPT Nguyễn Trãi” khi phát hành lại thông tin từ website này.</p>
<div id="idcomment" class="nd-comment panel panel-default"><div class="panel-heading">Ý kiến bạn đọc</div><div class="panel-body">
<div class="comment-item"><strong>Phụ huynh lớp 10A4</strong> <span class="text-muted">(05/12/2026 06:52)</span>
<p>Cảm ơn nhà trường đã thông tin kịp thời. Mong trường tiếp tục tổ chức nhiều hoạt động bổ ích cho các cháu.</p></div>
<form method="post" action="/comment/post/"><input type="hidden" name="module" value="news"><input type="hidden" name="id" value="{story.id}">
<input type="text" name="name" placeholder="Họ tên"><textarea name="content" placeholder="Nội dung bình luận"></textarea>
<button type="submit">Gửi bình luận</button></form></div></div>
{related_block("Tin liên quan", by_tag, "related-tags")}
{related_block("Tin mới hơn", newer, "related-newer")}
{related_block("Tin cũ hơn", older, "related-older")}"""
    return html(layout(f"{seo} - {CATEGORIES[story.cat]} - {SITE}", main, head, hometext(story)))


def print_page(story: Story) -> Response:
    o = story.opts
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="stylesheet" href="{THEME}/css/news.print.css"></head>
<body onload="window.print()"><div id="print">
<div id="hd_print"><img src="{THEME}/images/logo-thpt-nguyen-trai.png" alt="" width="60"> <strong>{esc(SITE_LONG)}</strong></div>
<div id="content"><h1>{esc(story.title)}</h1>
<div class="time">{day_line(story)} {o["time"]}</div>
{detail_inner(story)}
</div>
<div id="footerprint"><p>URL của bản tin này: {art_path(story)}</p><p>© Trường THPT Nguyễn Trãi</p>
<a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</div></body></html>"""
    return html(page)


def sendmail_page(story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email - {esc(SITE)}</title></head>
<body><div class="sendmail"><h2>Gửi bài viết qua email</h2>
<p>Bài viết: <strong>{esc(story.title)}</strong></p>
<form method="post" action="{sendmail_path(story)}">
<label>Họ tên của bạn <input type="text" name="name"></label>
<label>Email của bạn <input type="email" name="youremail"></label>
<label>Email người nhận <input type="email" name="email"></label>
<label>Lời nhắn <textarea name="content"></textarea></label>
<button type="submit">Gửi</button></form></div></body></html>"""
    return html(page)


# --- home and the other modules ---------------------------------------------------------------


def home() -> Response:
    newest = "".join(
        f'<li><a href="{art_path(s, prefix="/vi")}">{esc(s.title)}</a> <span class="date">{dmy(s)}</span></li>'
        for s in STORIES[:4]
    )
    lead = STORIES[0]
    blocks = []
    for key, name in CATEGORIES.items():
        own = [s for s in STORIES if s.cat == key][:2]
        items = "".join(
            f'<li><a href="{art_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
            for s in own
        )
        blocks.append(
            f'<div class="col-md-6"><div class="panel panel-green block-cat"><div class="panel-heading">'
            f'<a href="/news/{key}/">{esc(name)}</a></div><div class="panel-body"><ul>{items}</ul>'
            f'<a class="more" href="/news/{key}/">Xem tất cả »</a></div></div></div>'
        )
    main = f"""<div class="home-hot row"><div class="col-md-7 hot-main">
<a href="{art_path(lead, prefix="/vi")}"><img src="{lead.opts["homeimg"].replace("/uploads/", "/assets/")}" alt="{esc(lead.title)}" class="img-responsive"></a>
<h2><a href="{art_path(lead, prefix="/vi")}">{esc(lead.title)}</a></h2><p>{esc(hometext(lead))}</p></div>
<div class="col-md-5"><div class="panel panel-green"><div class="panel-heading">Tin mới nhất</div>
<div class="panel-body"><ul class="list-newest">{newest}</ul></div></div></div></div>
<div class="row home-cats">{"".join(blocks)}</div>
<div class="home-banner"><a href="/albums/le-ky-niem-ngay-nha-giao-20-11-2026-24.html"><img src="{THEME}/images/banner-thu-vien-anh.jpg" alt="Thư viện ảnh"></a>
<a href="/van-ban/detail/quyet-dinh-ve-viec-khen-thuong-hoc-sinh-gioi-cap-tinh-112.html">Văn bản mới: Quyết định khen thưởng học sinh giỏi cấp tỉnh</a>
<a href="/news/topic/nam-hoc-2026-2027">Dòng sự kiện: Năm học 2026 - 2027</a></div>"""
    return html(layout(SITE_LONG, main))


ABOUT = {
    "lich-su-truong": (
        "Lịch sử nhà trường",
        [
            "Trường THPT Nguyễn Trãi được thành lập ngày 15/8/1990 theo Quyết định số 214/QĐ-UB của UBND "
            "tỉnh Tây Ninh, tiền thân là Trường cấp III Thị xã.",
            "Qua hơn 35 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 25.000 học sinh; nhiều thế "
            "hệ học sinh nay là cán bộ, nhà khoa học, doanh nhân thành đạt trong và ngoài tỉnh.",
            "Năm 2022, trường được công nhận đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục "
            "cấp độ 3. Năm 2025, trường vinh dự đón nhận Huân chương Lao động hạng Ba.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Nguyễn Thị Mỹ Dung; Phó Hiệu trưởng Nguyễn Văn Hùng, Lê Minh Tuấn.",
            "Các tổ chuyên môn: Toán - Tin, Ngữ văn, Ngoại ngữ, Lý - Hóa - Công nghệ, Sinh - Địa, Sử - GDKT&PL, "
            "Thể dục - QPAN; Tổ Văn phòng.",
        ],
    ),
}


def about_page(alias: str) -> Response:
    title, paras = ABOUT[alias]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""{breadcrumb([("/about/", "Giới thiệu"), (f"/about/{alias}.html", title)])}
<div class="page panel panel-default"><div class="panel-body">
<h1 class="title">{esc(title)}</h1>
<p class="text-muted small">Ngày đăng: 10/08/2026 08:00 — Lượt xem: 5.412</p>
<div class="bodytext">{body}</div></div></div>"""
    return html(layout(f"{title} - Giới thiệu - {SITE}", main))


def laws_detail() -> Response:
    main = f"""{breadcrumb([("/van-ban/", "Văn bản")])}
<div class="laws-detail panel panel-default"><div class="panel-body">
<h1>Quyết định về việc khen thưởng học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh</h1>
<table class="table table-bordered"><tbody>
<tr><td>Số/Ký hiệu</td><td>112/QĐ-THPTNT</td></tr>
<tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>
<tr><td>Ngày có hiệu lực</td><td>10/11/2026</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường THPT Nguyễn Trãi</td></tr>
<tr><td>Người ký</td><td>Nguyễn Thị Mỹ Dung</td></tr>
<tr><td>Trích yếu</td><td>Khen thưởng 24 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027 và các giáo viên bồi dưỡng đội tuyển.</td></tr>
</tbody></table>
<p><a href="/uploads/laws/112-qd-thptnt.pdf"><em class="fa fa-download"></em> Tải về (112-qd-thptnt.pdf)</a></p>
</div></div>"""
    return html(layout(f"Quyết định 112/QĐ-THPTNT - Văn bản - {SITE}", main))


def album_page() -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="/uploads/albums/2026_11/20-11-{n}.jpg" class="fancybox">'
        f'<img src="/assets/albums/2026_11/20-11-{n}.jpg" alt="{esc(cap)}"></a><p class="small">{esc(cap)}</p></div>'
        for n, cap in enumerate(
            ["Đón tiếp đại biểu", "Văn nghệ chào mừng", "Trao Giấy khen", "Chụp ảnh lưu niệm"], 1
        )
    )
    main = f"""{breadcrumb([("/albums/", "Thư viện ảnh")])}
<div class="album-detail"><h1>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h1>
<p class="text-muted">Ngày đăng: 21/11/2026 — 4 ảnh</p><div class="row">{pics}</div></div>"""
    return html(
        layout(f"Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - Thư viện ảnh - {SITE}", main)
    )


def albums_index() -> Response:
    main = f"""{breadcrumb([("/albums/", "Thư viện ảnh")])}
<div class="albums"><h2>Thư viện ảnh</h2><ul>
<li><a href="/albums/le-ky-niem-ngay-nha-giao-20-11-2026-24.html">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></li>
</ul></div>"""
    return html(layout(f"Thư viện ảnh - {SITE}", main))


def laws_index() -> Response:
    main = f"""{breadcrumb([("/van-ban/", "Văn bản")])}
<div class="laws"><h2>Văn bản</h2><table class="table"><tbody>
<tr><td>112/QĐ-THPTNT</td><td>10/11/2026</td><td><a href="/van-ban/detail/quyet-dinh-ve-viec-khen-thuong-hoc-sinh-gioi-cap-tinh-112.html">Quyết định về việc khen thưởng học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh</a></td></tr>
</tbody></table></div>"""
    return html(layout(f"Văn bản - {SITE}", main))


def contact_page() -> Response:
    main = f"""{breadcrumb([("/contact/", "Liên hệ")])}
<div class="contact panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
<p>Trường THPT Nguyễn Trãi - Số 126 đường Trưng Nữ Vương, Phường 2, TP. Tây Ninh</p>
<p>Điện thoại: (0276) 3 822 514 — Email: c3nguyentrai.tayninh@moet.edu.vn</p>
<form method="post" action="/contact/"><select name="fpart"><option value="1">Văn phòng</option><option value="2">Đoàn trường</option></select>
<input type="text" name="ftitle" placeholder="Tiêu đề"><input type="text" name="fname" placeholder="Họ và tên">
<input type="email" name="femail" placeholder="Email"><textarea name="fcon"></textarea>
<button type="submit">Gửi</button></form></div></div>"""
    return html(layout(f"Liên hệ - {SITE}", main))


def rss() -> Response:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{art_path(s)}</link>"
        f"<pubDate>{dmy(s)}</pubDate></item>"
        for s in STORIES[:10]
    )
    body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{esc(SITE)}</title>{items}</channel></rss>'
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------

_ART = re.compile(r"/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_PAGE = re.compile(r"page-(\d+)")


def _story(cat: str, slug: str, sid: str) -> Story | None:
    story = BY_ID.get(int(sid))
    if story is None or story.slug != slug or cat not in listed_in(story):
        return None
    return story


class NukeVietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/vi/", "/index.php"):
            return home()
        if path.startswith("/vi/news/"):
            m = _ART.fullmatch(path[3:])
            if m and (story := _story(*m.groups())) and m.group(1) == story.cat:
                return detail_page(request, story)
            return None
        if m := re.fullmatch(r"/news/print/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html", path):
            story = _story(*m.groups())
            return print_page(story) if story and m.group(1) == story.cat else None
        if m := re.fullmatch(r"/news/sendmail/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html", path):
            story = _story(*m.groups())
            return sendmail_page(story) if story else None
        if m := _ART.fullmatch(path):
            story = _story(*m.groups())
            if story is None:
                return None
            if m.group(1) != story.cat:
                return redirect(base_url(request) + art_path(story), 301)
            if request.params.get("download") == "1":
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if request.query:
                return None
            return detail_page(request, story)
        if path == "/news/rss/":
            return rss()
        if path in ("/news/", "/news"):
            return module_listing(1)
        if m := re.fullmatch(r"/news/page-(\d+)", path):
            return module_listing(int(m.group(1))) if m.group(1) != "1" else None
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)/?", path):
            return tag_listing(m.group(1)) if m.group(1) in TAGS else None
        if path == "/news/topic/nam-hoc-2026-2027":
            return topic_listing()
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/?(?:page-(\d+))?", path):
            cat, page = m.group(1), m.group(2)
            if cat not in CATEGORIES or page == "1":
                return None
            return cat_listing(cat, int(page or 1))
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return about_page(m.group(1)) if m.group(1) in ABOUT else None
        if path == "/van-ban/detail/quyet-dinh-ve-viec-khen-thuong-hoc-sinh-gioi-cap-tinh-112.html":
            return laws_detail()
        if path == "/about/":
            return about_page("lich-su-truong")
        if path == "/van-ban/":
            return laws_index()
        if path == "/albums/le-ky-niem-ngay-nha-giao-20-11-2026-24.html":
            return album_page()
        if path == "/albums/":
            return albums_index()
        if path == "/contact/":
            return contact_page()
        return None


def build_site() -> NukeVietSite:
    return NukeVietSite()
