"""Trường Chính trị tỉnh Thanh Hóa on a custom ASP.NET Core site (Razor views, MVC routes), built
in-house by a provincial IT vendor; the editors type the publication date by hand.

Platform
--------
An ASP.NET Core 6 application: Razor layout ``_Layout.cshtml`` (header with the server's clock,
menu, breadcrumb, right column of view components, footer), antiforgery cookies, bundled
``/lib/`` and ``/css/site.css``. Articles are kept in a table with a free-text "display date"
field: the editor types the date and time the way he likes it, and the template prints that
string as it is. The real columns (created / modified) show as "Ngày sửa: dd/MM/yyyy" (the last
edit, never the publication) and as ``dd/MM/yyyy`` on the listing cards.

Two article templates live side by side:

- the current one (``Views/News/Detail.cshtml``)::

      <nav class="breadcrumb">Trang chủ › Tin tức › <Chuyên mục></nav>
      <article class="art">
        [<div class="art-meta"> category · <span class="art-date">…</span> · views</div>]
        <h1 class="art-title">…</h1>
        [<p class="art-date">…</p> | <div class="art-info"> "Ngày sửa" then "Ngày đăng" </div>
         | <table class="art-props"> Ngày đăng / Ngày sửa / Người viết </table>]
        [<p class="art-sapo"><strong>sapo</strong></p>]
        <div class="art-body"> CKEditor 4 HTML </div>
        [<p class="art-date text-right"><em>…</em></p> — the date printed after the text]
        <div class="art-tools"> Lượt xem, In bài, Gửi email, Chia sẻ </div>
        "Tin cùng chuyên mục" list with dates
      </article>

- the template of the articles migrated from the old portal (``h2.tieude``,
  ``div.ngaydang``, ``div.noidung``), with the same chrome.

URL scheme
----------
- ``/`` home: "Tin mới" (5 newest), one box per smaller section (2 newest), sidebars.
- ``/tin-tuc/<slug>-a<id>``: an article. The route reads the id only: another slug with a
  known id answers 301 to the right URL (nothing links to such URLs).
- ``/tin-tuc/<slug>-a<id>?print=1``: the print view ("In bài" link on every article): the same
  article in a bare page, ``<link rel="canonical">`` to the article URL.
- ``/chuyen-muc/<slug>?p=<n>``: a section listing, 6 per page, pager
  "‹ Trước 1 2 3 Sau ›" (``?p=1`` is the first page; no ``p`` is the same page).
  ``/chuyen-muc/tin-tuc`` lists all sections together (3 pages).
- ``/su-kien/<slug>``: an event entry of the "Sự kiện sắp tới" sidebar: title, "Thời gian",
  "Địa điểm" and one line; not an article.
- ``/lich-hoc-cac-lop`` (class timetable), ``/gioi-thieu``, ``/lien-he``: static pages.
- ``/uploads/images/2026/<mm>/<file>.jpg`` photos; ``/images/`` layout images; ``/lib``, ``/css``.

How each gold article is reached
--------------------------------
- Home "Tin mới": the 5 newest; the section boxes: every article of the three small sections.
- "Tin hoạt động" holds 7 articles: 6 on ``?p=1``, the oldest (28/10) only on ``?p=2``;
  ``/chuyen-muc/tin-tuc`` pages 1-3 list everything (the oldest only on ``?p=3``).
- "Tin cùng chuyên mục" lists the 4 newest of the section (never the older two of Tin hoạt động).

Traps
-----
- DATES IN EVERY SHAPE: each of the 13 articles prints its date differently, as its editor
  typed it: "08:30 | 27/11/2026", "24-11-2026 | 9h15", "7g45 ngày 20/11/2026",
  "Lúc 10 giờ 20 phút, ngày 18/11/2026", "05/11/26 15:40" (two-digit year),
  "Thứ hai, 16/11/2026, 08:30 (GMT+7)", "Ngày 12 tháng 11 năm 2026 lúc 9:10 sáng",
  "09/11/2026 2:15 chiều" (14:15), "Chủ nhật, ngày 15 tháng 11 năm 2026" (no time),
  "03.11.2026", "2026-10-30 16:02:47" (the raw DB value), "28 Th10 2026",
  "T2, 30/11/2026 - 20:05". Day-first throughout (05/11 is the 5th of November).
- Decoys on each page: the header clock "Thứ Sáu, 04/12/2026 - 10:15"; "Ngày sửa: 01/12/2026"
  (printed *before* the publication date on some pages); dates inside the text
  ("ngày 20/11/1982", "từ ngày 15/12 đến 20/12/2026"); the related list with dates; the
  "Sự kiện sắp tới" sidebar with future dates; the listing cards' own ``dd/MM/yyyy``.
- The date line sits in different places: above the title with the category, under the title,
  after an "Ngày sửa" span, in a property table, after the text (right-aligned), or in the
  migrated template's ``div.ngaydang`` in parentheses.
- Print views (``?print=1``) serve the same article: alt_paths.
- Event entries have a date, a time and a place but are not articles; the timetable page is a
  table of dates.

Gold decisions
--------------
- title: the ``h1.art-title`` / ``h2.tieude`` text (the ``<title>`` appends the site name).
- published_at: the typed display date: the day, plus the time where one is printed (24h:
  "2:15 chiều" is 14:15, "9:10 sáng" 09:10, seconds only where printed).
- authors: the closing byline ("TS. Lê Thị Thu – Khoa Lý luận cơ sở" -> "Lê Thị Thu"; "Tin, ảnh:
  X" -> X both; "Tin: X; Ảnh: Y"); a unit signing ("Phòng Đào tạo", "Khoa Xây dựng Đảng",
  "Chi đoàn Trường Chính trị") is credited as printed; the property table's "Người viết" and the
  ``art-author`` line credit their person or unit, without the degree and the department;
  "BBT" credits nobody.
- source: "Nguồn: Báo Thanh Hóa" -> "Báo Thanh Hóa"; "Theo Tạp chí Tuyên giáo".
- summary: ``p.art-sapo`` (7 articles), also the first body paragraph.
- body: the ``art-body``/``noidung`` paragraphs; headings, list items, table rows (cells
  joined by " | "); captions, bylines, source lines and the date lines are not body.
- images: photos of the text in order; caption the figcaption, the centred italic line or the
  centred plain line right under the photo; none when nothing is printed.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "weird_dates_tct"
PLATFORM = "Custom ASP.NET Core 6 MVC (Razor views), in-house CMS with a free-text display date"
START_PATH = "/"

SITE_TITLE = "Trường Chính trị tỉnh Thanh Hóa"
#: the header clock (server time), never a publication date
HEADER_NOW = "Thứ Sáu, 04/12/2026 - 10:15"
PER_PAGE = 6

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "thong-bao": "Thông báo",
    "hoc-tap-va-lam-theo-bac": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
}
#: the all-sections listing of the "Tin tức" menu (not a category of any article)
ALL_NEWS = ("tin-tuc", "Tin tức")


def up(name: str, month: str = "11") -> str:
    return f"/uploads/images/2026/{month}/{name}"


# --- the articles, written as the editors typed them ------------------------------------------
#
# opts: date (the display date as typed), edited (the "Ngày sửa" day), meta (where the date is
# printed: top | below | edited-first | table | bottom | legacy), list_date (the card's date),
# author_line (the art-author line), writer (the property table's "Người viết"), views.
# P styles: "h3", "li", "td" (table row, cells " | "), "quote".

STORIES: list[Story] = [
    Story(
        1421,
        "be-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k112",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 112 hệ không tập trung",
        "tin-hoat-dong",
        "2026-11-30T20:05:00+07:00",
        [
            P(
                "Chiều 30/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Lễ bế giảng và trao bằng "
                "tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 112 hệ không tập trung "
                "mở tại Trung tâm Chính trị huyện Thọ Xuân."
            ),
            P(
                "Sau 13 tháng học tập, 112 học viên đã hoàn thành chương trình với 5 phần học, 23 "
                "học phần và bài thi tốt nghiệp. Kết quả có 24 học viên tốt nghiệp loại giỏi "
                "(21,4%), 85 học viên loại khá (75,9%) và 3 học viên loại trung bình."
            ),
            Img(
                up("be-giang-k112-1.jpg"),
                "Quang cảnh Lễ bế giảng",
                "Quang cảnh Lễ bế giảng",
                "fig",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Hiệu trưởng ghi nhận tinh thần học tập nghiêm "
                "túc của học viên, đồng thời đề nghị mỗi học viên tiếp tục vận dụng kiến thức đã học "
                "vào thực tiễn công tác tại cơ quan, đơn vị và địa phương."
            ),
            P(
                "Dịp này, Nhà trường tặng Giấy khen cho 6 học viên có thành tích xuất sắc trong học "
                "tập và rèn luyện; lớp học trao tặng 30 suất quà cho học sinh có hoàn cảnh khó khăn "
                "của Trường THCS Xuân Lai."
            ),
            Img(
                up("be-giang-k112-2.jpg"),
                "Trao Giấy khen cho các học viên có thành tích xuất sắc",
                "Trao Giấy khen cho các học viên có thành tích xuất sắc",
                "fig",
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Lê Văn Quang</strong></p>'),
        ],
        authors=["Lê Văn Quang"],
        photographers=["Lê Văn Quang"],
        summary=(
            "112 học viên lớp Trung cấp lý luận chính trị - hành chính khóa 112 tại huyện Thọ Xuân "
            "được nhận bằng tốt nghiệp, trong đó 24 học viên đạt loại giỏi."
        ),
        sapo_outside=True,
        opts={"date": "T2, 30/11/2026 - 20:05", "meta": "top", "edited": "01/12/2026"},
    ),
    Story(
        1418,
        "hoi-nghi-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-27T08:30:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh Thanh Hóa long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (ngày 20/11/1982 - 20/11/2026) và tôn vinh các nhà giáo tiêu biểu "
                "năm học 2025-2026."
            ),
            P(
                "Tại buổi lễ, các đại biểu ôn lại truyền thống 80 năm xây dựng và phát triển của "
                "Nhà trường, từ Trường Đảng tỉnh Thanh Hóa thành lập năm 1946 đến nay. Qua các thời "
                "kỳ, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho tỉnh."
            ),
            P("Những kết quả nổi bật năm học 2025-2026", "h3"),
            P("Mở 68 lớp với 6.215 học viên, vượt 12% kế hoạch.", "li"),
            P("Hoàn thành 2 đề tài khoa học cấp tỉnh và 14 đề tài cấp cơ sở.", "li"),
            P("12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường.", "li"),
            Img(
                up("ky-niem-20-11-2026.jpg"),
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các nhà giáo",
                "center",
            ),
            P(
                "Nhân dịp này, 9 tập thể và 27 cá nhân được Hiệu trưởng tặng Giấy khen vì có thành "
                "tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”."
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin: Nguyễn Thị Hằng; '
                "Ảnh: Đỗ Mạnh Hùng</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Đỗ Mạnh Hùng"],
        summary=(
            "Lễ kỷ niệm là dịp tri ân các thế hệ nhà giáo đã gắn bó với sự nghiệp đào tạo cán bộ "
            "của tỉnh trong 80 năm qua."
        ),
        sapo_outside=True,
        opts={"date": "08:30 | 27/11/2026", "meta": "below", "edited": "01/12/2026"},
    ),
    Story(
        1412,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        "tin-hoat-dong",
        "2026-11-24T09:15:00+07:00",
        [
            P(
                "Ngày 24/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai "
                "giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 96 học viên là đảng viên "
                "mới, trưởng thôn, chi hội trưởng các đoàn thể."
            ),
            P(
                "Lớp học diễn ra từ ngày 24 đến 28/11/2026 với 10 chuyên đề về quan điểm của Đảng "
                "về bảo vệ Tổ quốc trong tình hình mới, xây dựng nền quốc phòng toàn dân và thế trận "
                "an ninh nhân dân, phòng chống “diễn biến hòa bình”."
            ),
            Img(up("khai-giang-qpan-doi-tuong-4.jpg"), None, None, "none"),
            P(
                "Phát biểu khai giảng, đại diện Phòng Đào tạo yêu cầu học viên chấp hành nghiêm quy "
                "chế, tham gia đầy đủ các buổi học và bài thu hoạch cuối khóa."
            ),
            Raw('<p style="text-align:right"><strong>Phòng Đào tạo</strong></p>'),
        ],
        authors=["Phòng Đào tạo"],
        summary=(
            "96 học viên tham gia lớp bồi dưỡng kiến thức quốc phòng và an ninh dành cho đối "
            "tượng 4 trong 5 ngày."
        ),
        sapo_outside=True,
        opts={"date": "24-11-2026 | 9h15", "meta": "edited-first", "edited": "01/12/2026"},
    ),
    Story(
        1406,
        "van-dung-quan-diem-hoc-suot-doi-trong-boi-duong-can-bo-co-so",
        "Vận dụng quan điểm “học suốt đời” trong bồi dưỡng cán bộ cơ sở hiện nay",
        "nghien-cuu-trao-doi",
        "2026-11-20T07:45:00+07:00",
        [
            P(
                "Học tập suốt đời là yêu cầu khách quan đối với đội ngũ cán bộ cơ sở trong bối cảnh "
                "chuyển đổi số và sắp xếp đơn vị hành chính cấp xã."
            ),
            P("1. Những vấn đề đặt ra", "h3"),
            P(
                "Thực tế giảng dạy các lớp trung cấp cho thấy, một bộ phận học viên còn thụ động, "
                "học để lấy bằng; khả năng tự nghiên cứu tài liệu, tìm kiếm thông tin trên môi trường "
                "số còn hạn chế, nhất là ở các xã miền núi."
            ),
            P(
                "Chủ tịch Hồ Chí Minh dạy: “Học hỏi là một việc phải tiếp tục suốt đời. Không ai có "
                "thể tự cho mình đã biết đủ rồi, biết hết rồi”.",
                "quote",
            ),
            P("2. Một số giải pháp", "h3"),
            P(
                "Đổi mới phương pháp giảng dạy theo hướng lấy người học làm trung tâm; tăng thời "
                "lượng thảo luận, tình huống, đi thực tế; xây dựng kho học liệu số dùng chung để học "
                "viên tự học sau khi ra trường."
            ),
            P(
                "Gắn kết quả học tập với việc đánh giá, quy hoạch cán bộ; khuyến khích cán bộ tự học "
                "ngoại ngữ, tin học và các kỹ năng mềm."
            ),
            Raw(
                '<p style="text-align:right"><strong>TS. Lê Thị Thu – Khoa Lý luận cơ sở</strong></p>'
            ),
        ],
        authors=["Lê Thị Thu"],
        summary=(
            "Bài viết phân tích yêu cầu tự học của cán bộ cơ sở và đề xuất một số giải pháp trong "
            "công tác bồi dưỡng tại Trường Chính trị tỉnh."
        ),
        sapo_outside=True,
        opts={"date": "7g45 ngày 20/11/2026", "meta": "below", "edited": "01/12/2026"},
    ),
    Story(
        1401,
        "thong-bao-lich-thi-tot-nghiep-cac-lop-tccl-k108-k109",
        "THÔNG BÁO Lịch thi tốt nghiệp các lớp Trung cấp LLCT - HC khóa 108, 109",
        "thong-bao",
        "2026-11-18T10:20:00+07:00",
        [
            P(
                "Căn cứ kế hoạch đào tạo năm 2026, Trường Chính trị tỉnh Thanh Hóa thông báo lịch thi "
                "tốt nghiệp các lớp Trung cấp lý luận chính trị - hành chính khóa 108, 109 như sau:"
            ),
            P("Lớp | Môn thi | Ngày thi | Địa điểm", "td"),
            P(
                "K108 (Như Thanh) | Thi viết | 15/12/2026 | Trung tâm Chính trị huyện Như Thanh",
                "td",
            ),
            P(
                "K108 (Như Thanh) | Thi vấn đáp | 16/12/2026 | Trung tâm Chính trị huyện Như Thanh",
                "td",
            ),
            P(
                "K109 (Hoằng Hóa) | Thi viết | 19/12/2026 | Hội trường A, Trường Chính trị tỉnh",
                "td",
            ),
            P(
                "K109 (Hoằng Hóa) | Thi vấn đáp | 20/12/2026 | Hội trường A, Trường Chính trị tỉnh",
                "td",
            ),
            P(
                "Học viên ôn tập từ ngày 15/12 đến 20/12/2026 theo đề cương đã phát; mang theo thẻ "
                "học viên và giấy tờ tùy thân khi dự thi. Học viên có mặt trước giờ thi 30 phút."
            ),
            P(
                "Mọi thắc mắc xin liên hệ Phòng Quản lý đào tạo và Nghiên cứu khoa học, điện thoại "
                "0237.3852.416."
            ),
            Raw('<p style="text-align:right"><em>BBT</em></p>'),
        ],
        opts={
            "date": "Lúc 10 giờ 20 phút, ngày 18/11/2026",
            "meta": "table",
            "edited": "01/12/2026",
            "writer": "admin",
        },
    ),
    Story(
        1396,
        "thanh-hoa-lan-toa-guong-dien-hinh-hoc-tap-va-lam-theo-bac",
        "Lan tỏa những tấm gương điển hình học tập và làm theo Bác ở xứ Thanh",
        "hoc-tap-va-lam-theo-bac",
        "2026-11-16T08:30:00+07:00",
        [
            P(
                "Sau 5 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, việc học tập và làm theo "
                "tư tưởng, đạo đức, phong cách Hồ Chí Minh ở Thanh Hóa đã trở thành việc làm thường "
                "xuyên của các cấp ủy, tổ chức đảng."
            ),
            P(
                "Toàn tỉnh có hơn 2.300 tập thể, cá nhân được khen thưởng các cấp; nhiều mô hình "
                "như “Dân vận khéo”, “Mỗi tuần một việc tốt”, “Cán bộ gần dân, hiểu dân” được nhân "
                "rộng ở cơ sở."
            ),
            Img(
                up("guong-dien-hinh-lam-theo-bac.jpg"),
                "Tuyên dương các điển hình học tập và làm theo Bác năm 2026",
                "Tuyên dương các điển hình học tập và làm theo Bác năm 2026",
                "center",
            ),
            P(
                "Ông Lê Văn Tám, Bí thư Chi bộ thôn Yên Trung (huyện Yên Định) kể: từ khi thôn "
                "đưa việc làm theo Bác vào nghị quyết hằng tháng, bà con tự nguyện hiến hơn 4.000 "
                "m² đất làm đường giao thông nông thôn."
            ),
            P(
                "Thời gian tới, tỉnh tiếp tục gắn việc học tập và làm theo Bác với nhiệm vụ chính "
                "trị của từng địa phương, cơ quan, đơn vị, coi trọng nêu gương của người đứng đầu."
            ),
            Raw('<p style="text-align:right"><strong>Thùy Linh</strong></p>'),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Thanh Hóa</em></p>'),
        ],
        authors=["Thùy Linh"],
        source="Báo Thanh Hóa",
        summary=(
            "Nhiều tấm gương bình dị nhưng cao đẹp đã góp phần đưa việc học tập và làm theo Bác "
            "đi vào chiều sâu, thiết thực."
        ),
        sapo_outside=True,
        opts={"date": "Thứ hai, 16/11/2026, 08:30 (GMT+7)", "meta": "top", "edited": "01/12/2026"},
    ),
    Story(
        1393,
        "thong-bao-tam-dung-tiep-nhan-ho-so-hoc-vien-thang-12-2026",
        "Thông báo về việc tạm dừng tiếp nhận hồ sơ học viên và lịch làm việc tháng 12/2026",
        "thong-bao",
        "2026-11-15",
        [
            P(
                "Để phục vụ công tác kiểm tra, chỉnh lý hồ sơ cuối năm, Nhà trường thông báo tạm dừng "
                "tiếp nhận hồ sơ học viên các lớp mới từ ngày 15/12 đến 20/12/2026."
            ),
            P("Trong thời gian trên, các đơn vị thực hiện:", "h3"),
            P(
                "Phòng Quản lý đào tạo hoàn thiện sổ điểm, danh sách học viên các lớp đã bế giảng.",
                "li",
            ),
            P("Các khoa nộp hồ sơ giảng dạy, giáo án về Phòng trước ngày 12/12/2026.", "li"),
            P("Bộ phận một cửa vẫn trả bằng tốt nghiệp và giấy chứng nhận vào sáng thứ Năm.", "li"),
            P(
                "Từ ngày 21/12/2026, Nhà trường tiếp nhận hồ sơ bình thường. Đề nghị các Trung tâm "
                "Chính trị huyện, thị xã, thành phố thông báo đến học viên được biết."
            ),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={
            "date": "Chủ nhật, ngày 15 tháng 11 năm 2026",
            "meta": "bottom",
            "edited": "01/12/2026",
            "author_line": "Người viết: Phòng Tổ chức - Hành chính",
        },
    ),
    Story(
        1387,
        "chi-doan-truong-chinh-tri-ra-quan-ho-tro-xa-vung-lu",
        "Chi đoàn Trường Chính trị ra quân hỗ trợ nhân dân xã Vạn Thắng khắc phục hậu quả mưa lũ",
        "tin-hoat-dong",
        "2026-11-12T09:10:00+07:00",
        [
            P(
                "Ngày 11/11, 25 đoàn viên Chi đoàn Trường Chính trị tỉnh đã về xã Vạn Thắng (huyện "
                "Nông Cống) giúp nhân dân dọn dẹp bùn đất, vệ sinh trường học sau đợt mưa lũ."
            ),
            Img(
                up("chi-doan-ho-tro-van-thang.jpg"),
                "Đoàn viên dọn bùn đất tại Trường Tiểu học Vạn Thắng",
                "Đoàn viên dọn bùn đất tại Trường Tiểu học Vạn Thắng",
                "plain",
            ),
            P(
                "Các đoàn viên chia thành 3 nhóm: vệ sinh lớp học và sân trường, sửa chữa bàn ghế, "
                "phát quà cho các hộ gia đình bị thiệt hại nặng."
            ),
            P(
                "Chi đoàn trao tặng 40 suất quà, mỗi suất trị giá 500.000 đồng, cùng 200 bộ sách giáo "
                "khoa và đồ dùng học tập cho học sinh của xã."
            ),
            Raw(
                '<p style="text-align:right"><strong>Tin, ảnh: Chi đoàn Trường Chính trị</strong></p>'
            ),
        ],
        authors=["Chi đoàn Trường Chính trị"],
        photographers=["Chi đoàn Trường Chính trị"],
        summary="Hoạt động thiết thực của tuổi trẻ Nhà trường hướng về vùng bị thiệt hại do mưa lũ.",
        sapo_outside=True,
        opts={
            "date": "Ngày 12 tháng 11 năm 2026 lúc 9:10 sáng",
            "meta": "edited-first",
            "edited": "01/12/2026",
        },
    ),
    Story(
        1381,
        "nang-cao-chat-luong-giang-day-hoc-phan-quan-ly-hanh-chinh-nha-nuoc",
        "Nâng cao chất lượng giảng dạy học phần Quản lý hành chính nhà nước ở hệ trung cấp",
        "nghien-cuu-trao-doi",
        "2026-11-09T14:15:00+07:00",
        [
            P(
                "Học phần Quản lý hành chính nhà nước có khối lượng kiến thức lớn, nhiều văn bản quy "
                "phạm pháp luật thay đổi nhanh, đòi hỏi giảng viên thường xuyên cập nhật."
            ),
            P(
                "Qua khảo sát 320 học viên các khóa 104 - 107, có 62% ý kiến cho rằng nên tăng thời "
                "lượng giải quyết tình huống thực tế tại cơ sở; 48% mong muốn được thực hành soạn "
                "thảo văn bản hành chính."
            ),
            Img(
                up("gio-giang-qlhcnn.jpg"),
                "Một giờ giảng theo phương pháp tình huống tại lớp K107",
                "Một giờ giảng theo phương pháp tình huống tại lớp K107",
                "fig",
            ),
            P(
                "Tác giả đề xuất ba nhóm giải pháp: cập nhật giáo trình theo Luật Tổ chức chính quyền "
                "địa phương (sửa đổi); xây dựng ngân hàng tình huống; mời cán bộ cấp xã tham gia "
                "báo cáo chuyên đề."
            ),
        ],
        authors=["Hoàng Văn Nam"],
        summary=(
            "Từ thực tiễn giảng dạy, tác giả đề xuất giải pháp gắn lý luận với thực tiễn quản lý "
            "hành chính ở cơ sở."
        ),
        sapo_outside=True,
        opts={
            "date": "09/11/2026 2:15 chiều",
            "meta": "below",
            "edited": "01/12/2026",
            "author_line": "ThS. Hoàng Văn Nam - Khoa Nhà nước và pháp luật",
        },
    ),
    Story(
        1374,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-05T15:40:00+07:00",
        [
            P(
                "Từ ngày 02 đến 05/11/2026, Trường Chính trị tỉnh Thanh Hóa tổ chức Hội thi giảng viên "
                "dạy giỏi cấp trường với sự tham gia của 18 giảng viên thuộc 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút trên lớp thật và bảo vệ giáo án "
                "trước Ban Giám khảo. Nhiều bài giảng ứng dụng hiệu quả công nghệ thông tin, bản đồ "
                "tư duy và phương pháp dạy học nêu vấn đề."
            ),
            Img(
                up("hoi-thi-gvdg-2026.jpg"),
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi",
                "Giảng viên Khoa Xây dựng Đảng trình bày bài giảng dự thi",
                "center",
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 12 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
                "trường; 3 giảng viên được chọn dự Hội thi cấp toàn quốc năm 2027."
            ),
            Raw('<p style="text-align:right"><strong>Tin: Trịnh Minh Đức</strong></p>'),
        ],
        authors=["Trịnh Minh Đức"],
        opts={"date": "05/11/26 15:40", "meta": "legacy", "edited": "01/12/2026"},
    ),
    Story(
        1368,
        "doan-cong-tac-truong-chinh-tri-tinh-nghe-an-tham-va-lam-viec",
        "Đoàn công tác Trường Chính trị tỉnh Nghệ An đến thăm và làm việc",
        "tin-hoat-dong",
        "2026-11-03",
        [
            P(
                "Ngày 03/11, Đoàn công tác Trường Chính trị tỉnh Nghệ An do đồng chí Hiệu trưởng làm "
                "trưởng đoàn đã đến thăm và trao đổi kinh nghiệm với Trường Chính trị tỉnh Thanh Hóa."
            ),
            P(
                "Hai bên trao đổi về công tác xây dựng trường chuẩn mức 1, đổi mới nội dung, phương "
                "pháp giảng dạy và việc tổ chức lớp học trực tuyến kết hợp trực tiếp."
            ),
            P(
                "Kết thúc buổi làm việc, Đoàn đã tham quan Phòng truyền thống và thư viện điện tử "
                "của Nhà trường."
            ),
        ],
        opts={"date": "03.11.2026", "meta": "bottom", "edited": "01/12/2026"},
    ),
    Story(
        1362,
        "nguoi-can-bo-phai-la-cong-boc-cua-dan",
        "Người cán bộ phải là “công bộc” của dân - lời dạy còn nguyên giá trị",
        "hoc-tap-va-lam-theo-bac",
        "2026-10-30T16:02:47+07:00",
        [
            P(
                "Trong tác phẩm “Sửa đổi lối làm việc” (10/1947), Chủ tịch Hồ Chí Minh nhiều lần nhấn "
                "mạnh: cán bộ là đày tớ của nhân dân, phải tận tụy phục vụ nhân dân."
            ),
            P(
                "Người viết: “Việc gì có lợi cho dân, ta phải hết sức làm. Việc gì có hại đến dân, "
                "ta phải hết sức tránh”.",
                "quote",
            ),
            P(
                "Lời dạy ấy đặt ra yêu cầu với mỗi cán bộ, đảng viên hôm nay: gần dân, trọng dân, "
                "lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của nhân dân."
            ),
            P(
                "Thực hiện Chỉ thị số 05-CT/TW, nhiều địa phương đã cụ thể hóa bằng quy định tiếp "
                "dân định kỳ của người đứng đầu, công khai đường dây nóng và kết quả giải quyết."
            ),
            Img(
                up("cong-boc-cua-dan.jpg", "10"),
                "Cán bộ xã tiếp công dân tại Bộ phận một cửa",
                "Cán bộ xã tiếp công dân tại Bộ phận một cửa",
                "center",
            ),
            Raw("<p><em>Theo Tạp chí Tuyên giáo</em></p>"),
        ],
        source="Tạp chí Tuyên giáo",
        opts={"date": "2026-10-30 16:02:47", "meta": "legacy", "edited": "01/12/2026"},
    ),
    Story(
        1355,
        "khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-10",
        "Khoa Xây dựng Đảng sinh hoạt chuyên đề về công tác kiểm tra, giám sát của Đảng",
        "tin-hoat-dong",
        "2026-10-28",
        [
            P(
                "Chiều 27/10, Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề “Đổi mới giảng dạy nội "
                "dung công tác kiểm tra, giám sát và kỷ luật của Đảng”."
            ),
            P(
                "Các giảng viên tập trung thảo luận về những điểm mới của Quy định số 22-QĐ/TW và "
                "cách đưa tình huống kiểm tra, giám sát ở chi bộ cơ sở vào bài giảng."
            ),
            Img(
                up("sinh-hoat-chuyen-de-xdd.jpg", "10"),
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề",
                "plain",
            ),
            P(
                "Chuyên đề là một trong 8 chuyên đề sinh hoạt học thuật của Khoa trong năm 2026, "
                "góp phần nâng cao chất lượng giảng dạy các lớp trung cấp và bồi dưỡng."
            ),
            Raw('<p style="text-align:right"><strong>Khoa Xây dựng Đảng</strong></p>'),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"date": "28 Th10 2026", "meta": "legacy", "edited": "01/12/2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def url(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-a{story.id}"


def card_date(story: Story) -> str:
    """The listing cards print the record's day as dd/MM/yyyy."""
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


GOLD = [gold_record(s, url(s), CATEGORIES[s.cat], alt_paths=[url(s) + "?print=1"]) for s in STORIES]

EVENTS = {
    "hoi-thao-khoa-hoc-80-nam-truong-chinh-tri": (
        "Hội thảo khoa học “80 năm xây dựng và phát triển Trường Chính trị tỉnh Thanh Hóa”",
        "08:00 ngày 10/12/2026",
        "Hội trường A",
        "Kính mời cán bộ, giảng viên và học viên các lớp đang học tại Trường tham dự.",
    ),
    "khai-giang-lop-cao-cap-llct-k2027": (
        "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2027",
        "14:00 ngày 18/12/2026",
        "Hội trường B",
        "Học viên có mặt trước 30 phút để làm thủ tục nhập học tại Phòng Quản lý đào tạo.",
    ),
    "thi-tot-nghiep-k108": (
        "Thi tốt nghiệp lớp Trung cấp LLCT - HC khóa 108",
        "07:30 ngày 15/12/2026",
        "Trung tâm Chính trị huyện Như Thanh",
        "Thi viết buổi sáng, thi vấn đáp ngày 16/12/2026.",
    ),
}

NON_ARTICLES = [
    "/chuyen-muc/tin-hoat-dong?p=2",
    "/lich-hoc-cac-lop",
    "/gioi-thieu",
    "/lien-he",
    "/su-kien/hoi-thao-khoa-hoc-80-nam-truong-chinh-tri",
    "/su-kien/khai-giang-lop-cao-cap-llct-k2027",
]


# --- printing -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/chuyen-muc/tin-tuc", "Tin tức"),
    ("/chuyen-muc/tin-hoat-dong", "Tin hoạt động"),
    ("/chuyen-muc/nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi"),
    ("/chuyen-muc/thong-bao", "Thông báo"),
    ("/chuyen-muc/hoc-tap-va-lam-theo-bac", "Học tập và làm theo Bác"),
    ("/lich-hoc-cac-lop", "Lịch học"),
    ("/lien-he", "Liên hệ"),
]
MOST_READ = [1418, 1406, 1396, 1381, 1362]


def render_blocks(blocks: list) -> str:
    """CKEditor 4 output: consecutive list items in one <ul>, table rows in one <table>."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "td"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            alt = esc(b.caption or "")
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="text-align:center"><img alt="{alt}" '
                    f'src="{b.src}" width="700" height="466"><figcaption>{esc(b.printed or "")}'
                    "</figcaption></figure>"
                )
            elif b.style == "center":
                out.append(
                    f'<p style="text-align:center"><img alt="{alt}" src="{b.src}" '
                    'style="width:700px;height:467px"></p>'
                    f'<p style="text-align:center"><em>{esc(b.printed or "")}</em></p>'
                )
            elif b.style == "plain":
                out.append(
                    f'<p style="text-align:center"><img alt="" src="{b.src}" style="width:680px"></p>'
                    f'<p style="text-align:center">{esc(b.printed or "")}</p>'
                )
            else:
                out.append(f'<p style="text-align:center"><img alt="" src="{b.src}"></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def related(story: Story) -> str:
    others = [s for s in newest(STORIES) if s.cat == story.cat and s.id != story.id]
    top = [s for s in newest([s for s in STORIES if s.cat == story.cat])[:5] if s.id != story.id][
        :4
    ]
    items = "".join(
        f'<li><a href="{url(s)}">{esc(s.title)}</a> <span class="date">({card_date(s)})</span></li>'
        for s in top
    )
    if not others:
        return ""
    return (
        '<div class="related-news"><h4 class="related-title">Tin cùng chuyên mục</h4>'
        f'<ul class="list-related">{items}</ul></div>'
    )


def sidebar() -> str:
    read = "".join(
        f'<li><a href="{url(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    events = "".join(
        f'<li><span class="ev-date">{esc(when.split(" ngày ")[1])}</span> '
        f'<a href="/su-kien/{slug}">{esc(title)}</a></li>'
        for slug, (title, when, _place, _line) in EVENTS.items()
    )
    return f"""<aside class="col-md-4 sidebar">
<div class="widget widget-events"><h3 class="widget-title">Sự kiện sắp tới</h3><ul>{events}</ul></div>
<div class="widget widget-mostread"><h3 class="widget-title">Đọc nhiều nhất</h3><ol>{read}</ol></div>
<div class="widget widget-banner"><a href="https://dangcongsan.vn"><img src="/images/banner/bao-dien-tu-dcsvn.png" alt="Báo điện tử Đảng Cộng sản"></a>
<a href="/lich-hoc-cac-lop"><img src="/images/banner/lich-hoc.png" alt="Lịch học các lớp"></a></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form method="post" action="/Poll/Vote"><p>Bạn đánh giá thế nào về chất lượng bài giảng?</p>
<label><input type="radio" name="OptionId" value="1"> Rất tốt</label><br>
<label><input type="radio" name="OptionId" value="2"> Tốt</label><br>
<label><input type="radio" name="OptionId" value="3"> Bình thường</label><br>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq3kT0pZ1tHc2v9xYfR4uWm">
<button type="submit" class="btn btn-sm btn-primary">Biểu quyết</button></form></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://baothanhhoa.vn">Báo Thanh Hóa</option></select></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3>
<ul><li>Đang online: <b>17</b></li><li>Hôm nay: <b>642</b></li><li>Tổng truy cập: <b>2.871.305</b></li></ul></div>
</aside>"""


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]]) -> str:
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for h, t in MENU
    )
    crumb = ' <span class="sep">›</span> '.join(
        f'<a href="{h}">{esc(t)}</a>' if h else f'<span class="active">{esc(t)}</span>'
        for h, t in [("/", "Trang chủ"), *crumbs]
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css?v=Xk2pQ9rV7aLm">
<link rel="shortcut icon" href="/favicon.ico">
</head>
<body>
<header class="site-header">
<div class="topbar"><div class="container"><span class="today">{esc(HEADER_NOW)}</span>
<span class="hotline">Hotline: 0237.3852.416</span>
<a href="/Account/Login" class="login">Đăng nhập</a></div></div>
<div class="banner container"><a href="/"><img src="/images/logo-truong-chinh-tri.png" alt="Logo"></a>
<div class="brand"><p class="brand-top">ĐẢNG BỘ TỈNH THANH HÓA</p><p class="brand-name">{esc(SITE_TITLE.upper())}</p></div></div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">{menu}</ul>
<form class="search" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."></form></div></nav>
</header>
<div class="container"><nav class="breadcrumb">{crumb}</nav>
<div class="row"><main class="col-md-8" role="main">
{main}
</main>
{sidebar()}
</div></div>
<footer class="site-footer"><div class="container">
<p><strong>{esc(SITE_TITLE.upper())}</strong></p>
<p>Địa chỉ: Số 02 đường Hạc Thành, phường Điện Biên, thành phố Thanh Hóa, tỉnh Thanh Hóa</p>
<p>Điện thoại: 0237.3852.416 - Fax: 0237.3852.417 - Email: truongchinhtri@thanhhoa.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Thanh Hóa</p>
<p class="copy">© 2026 - Bản quyền thuộc {esc(SITE_TITLE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/js/site.js?v=dLk3"></script>
</body>
</html>"""


def _date_block(story: Story, where: str) -> str:
    """The date line of the current template, placed where ``meta`` says."""
    date, edited, meta = story.opts["date"], story.opts["edited"], story.opts["meta"]
    views = story.views()
    cat = CATEGORIES[story.cat]
    if where == "above" and meta == "top":
        return (
            f'<div class="art-meta"><a class="art-cat" href="/chuyen-muc/{story.cat}">{esc(cat)}</a>'
            f' <span class="sep">|</span> <span class="art-date">{esc(date)}</span>'
            f' <span class="sep">|</span> <span class="art-views">Lượt xem: {views}</span></div>'
        )
    if where == "under":
        author = story.opts.get("author_line")
        who = (
            f'<div class="art-author"><i class="fa fa-user"></i> {esc(author)}</div>'
            if author and meta != "bottom"
            else ""
        )
        if meta == "top":
            return f'<p class="art-modified">Ngày sửa: {edited}</p>{who}'
        if meta == "below":
            return (
                f'<p class="art-date"><i class="fa fa-clock-o"></i> {esc(date)}</p>{who}'
                f'<p class="art-modified text-muted small">Ngày sửa: {edited}</p>'
            )
        if meta == "edited-first":
            return (
                f'<div class="art-info"><span class="art-modified">Ngày sửa: {edited}</span>'
                f' &nbsp;·&nbsp; <span class="post-date">Ngày đăng: {esc(date)}</span>'
                f" &nbsp;·&nbsp; <span>Lượt xem: {views}</span></div>{who}"
            )
        if meta == "table":
            return (
                '<table class="art-props"><tr><td>Ngày đăng:</td>'
                f'<td class="art-date">{esc(date)}</td></tr>'
                f"<tr><td>Ngày sửa:</td><td>{edited}</td></tr>"
                f"<tr><td>Người viết:</td><td>{esc(story.opts.get('writer', ''))}</td></tr></table>"
            )
        if meta == "bottom":
            return f'<p class="art-modified">Ngày sửa: {edited}</p>'
    if where == "after" and meta == "bottom":
        author = story.opts.get("author_line")
        who = f'<p class="art-author text-right">{esc(author)}</p>' if author else ""
        return f'{who}<p class="art-date text-right"><em>{esc(date)}</em></p>'
    return ""


def tools(story: Story) -> str:
    return (
        '<div class="art-tools">'
        f'<span class="views"><img src="/images/icons/eye.png" alt=""> {story.views()} lượt xem</span>'
        f'<a href="{url(story)}?print=1" target="_blank"><img src="/images/icons/print.png" alt=""> In bài</a>'
        f'<a href="mailto:?subject={esc(story.title)}"><img src="/images/icons/email.png" alt=""> Gửi email</a>'
        f'<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=http://truongchinhtri.thanhhoa.gov.vn{url(story)}">'
        '<img src="/images/icons/facebook.png" alt=""> Chia sẻ</a>'
        '<a href="https://zalo.me/share"><img src="/images/icons/zalo.png" alt=""> Zalo</a></div>'
    )


def sapo(story: Story) -> str:
    if not story.summary:
        return ""
    return f'<p class="art-sapo"><strong>{esc(story.summary)}</strong></p>'


def article_page(request: Request, story: Story) -> str:
    cat = CATEGORIES[story.cat]
    if story.opts["meta"] == "legacy":
        main = f"""<div class="chitiet">
<h2 class="tieude">{esc(story.title)}</h2>
<div class="ngaydang">({esc(story.opts["date"])})</div>
<div class="noidung">
{render_blocks(story.blocks)}
</div>
<div class="capnhat">Ngày sửa: {story.opts["edited"]} &nbsp; | &nbsp; Lượt xem: {story.views()}</div>
{tools(story)}
{related(story)}
</div>"""
    else:
        main = f"""<article class="art">
{_date_block(story, "above")}
<h1 class="art-title">{esc(story.title)}</h1>
{_date_block(story, "under")}
{sapo(story)}
<div class="art-body">
{render_blocks(story.blocks)}
</div>
{_date_block(story, "after")}
{tools(story)}
<div class="fb-comments" data-href="http://truongchinhtri.thanhhoa.gov.vn{url(story)}" data-numposts="5"></div>
{related(story)}
</article>"""
    return layout(
        request,
        story.title,
        main,
        [("/chuyen-muc/tin-tuc", "Tin tức"), (f"/chuyen-muc/{story.cat}", cat)],
    )


def print_page(request: Request, story: Story) -> str:
    """``?print=1``: the article alone, the browser's print dialog opened by a script."""
    meta = story.opts["meta"]
    author = story.opts.get("author_line")
    who = f'<p class="print-author">{esc(author)}</p>' if author and meta != "table" else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(story.title)}</title>
<link rel="canonical" href="{base_url(request)}{url(story)}">
<link rel="stylesheet" href="/css/print.css">
</head>
<body onload="window.print()">
<div class="print-header"><img src="/images/logo-truong-chinh-tri.png" alt="Logo"> {esc(SITE_TITLE.upper())}</div>
<h1 class="art-title">{esc(story.title)}</h1>
<p class="art-date">{esc(story.opts["date"])}</p>
{who}
{sapo(story)}
<div class="art-body">
{render_blocks(story.blocks)}
</div>
<p class="print-url">Địa chỉ bài viết: {base_url(request)}{url(story)}</p>
</body></html>"""


def card(story: Story) -> str:
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/images/no-image.jpg")
    teaser = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(teaser) > 160:
        teaser = teaser[:157].rsplit(" ", 1)[0] + "..."
    return (
        '<div class="news-item row">'
        f'<div class="col-4"><a href="{url(story)}"><img class="thumb" src="{thumb}" alt=""></a></div>'
        f'<div class="col-8"><h3 class="news-item__title"><a href="{url(story)}">{esc(story.title)}</a></h3>'
        f'<span class="news-item__date">{card_date(story)}</span>'
        f'<p class="news-item__desc">{esc(teaser)}</p></div></div>'
    )


def pager(key: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    base = f"/chuyen-muc/{key}"
    prev = (
        f'<li class="page-item"><a class="page-link" href="{base}?p={page - 1}">‹ Trước</a></li>'
        if page > 1
        else '<li class="page-item disabled"><span class="page-link">‹ Trước</span></li>'
    )
    nums = "".join(
        f'<li class="page-item active"><span class="page-link">{n}</span></li>'
        if n == page
        else f'<li class="page-item"><a class="page-link" href="{base}?p={n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{base}?p={page + 1}">Sau ›</a></li>'
        if page < pages
        else '<li class="page-item disabled"><span class="page-link">Sau ›</span></li>'
    )
    return f'<nav class="pager"><ul class="pagination">{prev}{nums}{nxt}</ul></nav>'


def listing(request: Request, key: str) -> Response | None:
    if key == ALL_NEWS[0]:
        name, stories = ALL_NEWS[1], newest(STORIES)
        crumbs = [("", name)]
    elif key in CATEGORIES:
        name, stories = CATEGORIES[key], newest([s for s in STORIES if s.cat == key])
        crumbs = [("/chuyen-muc/tin-tuc", "Tin tức"), ("", name)]
    else:
        return None
    raw = parse_qs(request.query).get("p", ["1"])[0]
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<div class="cat-page"><h1 class="cat-title">{esc(name)}</h1>'
        + "".join(card(s) for s in chunk)
        + pager(key, page, pages)
        + "</div>"
    )
    title = name if page == 1 else f"{name} - Trang {page}"
    return html(layout(request, title, main, crumbs))


def home(request: Request) -> str:
    latest = newest(STORIES)[:5]
    lead, rest = latest[0], latest[1:]
    boxes = []
    for key in ("thong-bao", "nghien-cuu-trao-doi", "hoc-tap-va-lam-theo-bac"):
        items = "".join(
            f'<li><a href="{url(s)}">{esc(s.title)}</a> <span class="date">{card_date(s)}</span></li>'
            for s in newest([s for s in STORIES if s.cat == key])[:2]
        )
        boxes.append(
            f'<div class="home-box"><h2 class="box-title"><a href="/chuyen-muc/{key}">'
            f"{esc(CATEGORIES[key])}</a></h2><ul>{items}</ul>"
            f'<a class="more" href="/chuyen-muc/{key}">Xem thêm »</a></div>'
        )
    main = (
        '<section class="hot-news"><h2 class="box-title">Tin mới</h2>'
        f'<div class="hot-lead"><a href="{url(lead)}"><img src="{next(b.src for b in lead.blocks if isinstance(b, Img))}" alt=""></a>'
        f'<h3><a href="{url(lead)}">{esc(lead.title)}</a></h3><p>{esc(lead.summary or "")}</p></div>'
        '<ul class="hot-list">'
        + "".join(
            f'<li><a href="{url(s)}">{esc(s.title)}</a> <span class="date">({card_date(s)})</span></li>'
            for s in rest
        )
        + '</ul><a class="more" href="/chuyen-muc/tin-tuc">Xem tất cả tin tức »</a></section>'
        + "".join(boxes)
    )
    return layout(request, "Trang chủ", main, [])


TIMETABLE = [
    ("Lớp", "Thời gian", "Nội dung", "Giảng viên", "Phòng"),
    (
        "TCLLCT-HC K113",
        "Sáng 07/12/2026",
        "Học phần: Xây dựng Đảng về tổ chức",
        "ThS. Nguyễn Thị Mai",
        "P.201",
    ),
    ("TCLLCT-HC K113", "Chiều 07/12/2026", "Thảo luận tổ", "ThS. Nguyễn Thị Mai", "P.201"),
    (
        "TCLLCT-HC K114",
        "Sáng 08/12/2026",
        "Học phần: Quản lý hành chính nhà nước",
        "TS. Lê Văn Bình",
        "P.305",
    ),
    (
        "Bồi dưỡng ĐV mới",
        "08/12 - 12/12/2026",
        "Chương trình lý luận chính trị dành cho đảng viên mới",
        "Khoa Lý luận cơ sở",
        "Hội trường B",
    ),
    (
        "Cao cấp LLCT 2026",
        "Cả ngày 09/12/2026",
        "Kiểm tra học phần Triết học Mác - Lênin",
        "Phòng Quản lý đào tạo",
        "Hội trường A",
    ),
]


def timetable_page(request: Request) -> str:
    rows = "".join(
        "<tr>"
        + "".join(f"<{'th' if i == 0 else 'td'}>{esc(c)}</{'th' if i == 0 else 'td'}>" for c in row)
        + "</tr>"
        for i, row in enumerate(TIMETABLE)
    )
    main = (
        '<div class="page-static"><h1 class="page-title">Lịch học các lớp tuần 49 (07/12 - 12/12/2026)</h1>'
        f'<table class="table table-bordered schedule">{rows}</table>'
        '<p class="note"><em>Lịch có thể thay đổi; học viên theo dõi thông báo của giáo viên chủ nhiệm.</em></p>'
        '<p><a href="/uploads/files/lich-hoc-tuan-49-2026.pdf">Tải lịch học (PDF)</a></p></div>'
    )
    return layout(request, "Lịch học các lớp", main, [("", "Lịch học các lớp")])


def about_page(request: Request) -> str:
    main = """<div class="page-static"><h1 class="page-title">Giới thiệu</h1>
<p>Trường Chính trị tỉnh Thanh Hóa là đơn vị sự nghiệp trực thuộc Tỉnh ủy và UBND tỉnh, có chức năng
đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu khoa học về
lý luận chính trị và thực tiễn địa phương.</p>
<p>Tiền thân của Trường là Trường Đảng tỉnh Thanh Hóa, thành lập năm 1946. Năm 2026, Nhà trường có
9 phòng, khoa với 118 cán bộ, giảng viên, trong đó 16 tiến sĩ và 84 thạc sĩ.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo và Nghiên cứu khoa học</li>
<li>Khoa Lý luận cơ sở</li><li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li>
<li>Khoa Dân vận</li></ul></div>"""
    return layout(request, "Giới thiệu", main, [("", "Giới thiệu")])


def contact_page(request: Request) -> str:
    main = """<div class="page-static"><h1 class="page-title">Liên hệ</h1>
<p>Trường Chính trị tỉnh Thanh Hóa<br>Địa chỉ: Số 02 đường Hạc Thành, phường Điện Biên, thành phố Thanh Hóa</p>
<p>Điện thoại: 0237.3852.416 - Email: truongchinhtri@thanhhoa.gov.vn</p>
<form method="post" action="/lien-he" class="contact-form">
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8Nq3kT0pZ1tHc2v9xYfR4uWm">
<label>Họ và tên <input name="HoTen"></label><label>Email <input name="Email"></label>
<label>Nội dung <textarea name="NoiDung"></textarea></label>
<button type="submit">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=thanhhoa" width="600" height="300"></iframe></div>"""
    return layout(request, "Liên hệ", main, [("", "Liên hệ")])


def event_page(request: Request, slug: str) -> str | None:
    if slug not in EVENTS:
        return None
    title, when, place, line = EVENTS[slug]
    main = (
        f'<div class="event-detail"><h1 class="ev-title">{esc(title)}</h1>'
        f'<ul class="ev-fields"><li><b>Thời gian:</b> {esc(when)}</li>'
        f"<li><b>Địa điểm:</b> {esc(place)}</li></ul>"
        f'<p class="ev-desc">{esc(line)}</p>'
        '<a class="back" href="/">« Quay lại</a></div>'
    )
    return layout(request, title, main, [("", "Sự kiện")])


class RazorSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith(("/uploads/", "/images/", "/lib/", "/css/", "/js/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path == "/" and not request.query:
            return html(home(request))
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-a(\d+)", path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if m.group(1) != story.slug:
                return redirect(url(story), 301)
            params = parse_qs(request.query)
            if params.get("print") == ["1"]:
                return html(print_page(request, story))
            if request.query:
                return None
            return html(article_page(request, story))
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            return listing(request, m.group(1))
        if m := re.fullmatch(r"/su-kien/([a-z0-9-]+)", path):
            page = event_page(request, m.group(1))
            return html(page) if page else None
        pages = {
            "/lich-hoc-cac-lop": timetable_page,
            "/gioi-thieu": about_page,
            "/lien-he": contact_page,
        }
        if path in pages and request.method in ("GET", "HEAD"):
            return html(pages[path](request))
        return None


def build_site() -> RazorSite:
    return RazorSite()
