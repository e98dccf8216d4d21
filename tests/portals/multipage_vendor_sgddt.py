"""Sở Giáo dục và Đào tạo tỉnh Kon Tum on a Vietnamese vendor's Java portal (JSP on Tomcat,
built 2016): jQuery 1.x, a table + div layout, every URL ending in ".htm".

Platform
--------
A typical provincial "cổng thông tin" product of a local software vendor: JSP pages behind
Tomcat with URL rewriting, CKEditor 3 content (``<p style="text-align: justify;">``, font
spans, ``<table border="1">``), layout tables with fixed widths. Every page has:

- a header: the province's emblem (``/Images/quoc-huy.png``), the site name in the page's only
  ``<h1>`` ("SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM"), the clock "Thứ tư, 25/11/2026" (today);
- a top menu and a left menu (the four news sections, "Giới thiệu", "Cơ cấu tổ chức",
  "Văn bản", "Hỏi đáp"), a "Tin xem nhiều" box under the left menu;
- a right column: "Văn bản chỉ đạo" (document register entries), "Lịch công tác" (a weekly
  table), the "Thăm dò ý kiến" poll (a POST form), "Liên kết" (a ``<select>`` of external
  sites opened by script), the counter "Lượt truy cập: 3.456.789 / Đang trực tuyến: 21";
- a footer with the address, phone, "Giấy phép số 12/GP-TTĐT" and the vendor's credit.

URL scheme
----------
- ``/`` home: the 5 newest articles ("Tin mới"), then a box per section with its 2 newest.
- ``/tin-tuc.htm`` all news, and ``/tin-tuc/<category-slug>.htm`` one section; both take
  ``?trang=<n>``, 10 per page, newest first, each item "title (dd/mm/yyyy)" + thumbnail + sapo.
  Pager: ``|< < 1 2 > >|`` where ``|<``, ``<``, ``>``, ``>|`` are images (alt "Trang đầu",
  "Trang trước", "Trang sau", "Trang cuối"); a disabled arrow is an image without a link.
- ``/tin-tuc/<category-slug>/<slug>-<id>.htm`` an article; paged articles add ``?p=2``,
  ``?p=3`` and ``?p=all`` (the whole text on one page).
- ``/in-tin/<id>.htm`` the printing view (whole article, only a header line as chrome),
  linked from "In" with ``rel="nofollow"``.
- ``/gioi-thieu.htm``, ``/co-cau-to-chuc.htm``, ``/hoi-dap.htm``, ``/lich-cong-tac.htm``,
  ``/van-ban.htm`` (document register) and ``/van-ban/<id>.htm`` (one entry: Số hiệu / Ngày ban
  hành / Trích yếu / Người ký / file ``/Uploads/files/<name>.pdf``), ``/binh-chon/ket-qua.htm``.
- Uploads ``/Uploads/images/tin-tuc/2026/<mm>/<file>.jpg`` (placeholders), theme files under
  ``/Images/``, ``/css/``, ``/js/``. No robots.txt, no sitemap, no feed.

Article template (no h1)
------------------------
Breadcrumb "Trang chủ » Tin tức » <section>" then ``<div class="title_news">`` (the headline,
bold and big; the ``<title>`` is "Sở GD&ĐT Kon Tum - <headline>"), ``<div class="sapo_news">``
(the sapo, most articles), ``<div class="content_news">`` (the text), for paged articles the pager
"Trang: [1] 2 3 | Xem toàn bài", ``<div class="author_news">`` (the byline, right-aligned; some
editors typed it into the text instead), ``<div class="date_news">Cập nhật: dd/mm/yyyy HH:MM``
(under the byline, at the bottom: never under the title), the tool bar "Lượt xem: N | Gửi email |
In | Về đầu trang", then "Các tin khác" (the other articles of the section, title + "(date)").

How each gold article is reached
--------------------------------
Home page (5 newest + 2 per section box), the section lists (all fit on page 1), the all-news
list ``/tin-tuc.htm`` (page 1: the 10 newest; the 3 oldest — the GDTrH guidance, the school
milk programme, the school-year opening — only on ``/tin-tuc.htm?trang=2`` among the
general lists) and "Các tin khác" under every article of the same section.

Traps
-----
1. Paged articles: three long articles are split over 2-3 pages (``?p=2``, ``?p=3``) with the
   pager "Trang: [1] 2 3 | Xem toàn bài" under the text; "Xem toàn bài" is ``?p=all``. Gold: the
   path of page 1, the body of all pages in order (no pager lines), the images of all pages in
   order; ``?p=all`` is in alt_paths; ``?p=2``/``?p=3`` are parts, listed nowhere in gold, and
   must not come out as articles. Every page repeats title, byline and date.
2. Dates only in the list: the "Khảo thí - Kiểm định" template forgot the date line: those
   article pages print no date of their own (only "Các tin khác" prints *other* articles'
   dates); the lists print "(12/10/2026)" after each title, which is the gold published_at
   ("2026-10-12"). The print view of those articles prints no date either.
3. No headline ``<h1>``: the page's ``<h1>`` is the site name in the header; the headline is a
   ``<div class="title_news">``; the ``<title>`` carries a "Sở GD&ĐT Kon Tum - " prefix.
4. Sapo in ``<div class="sapo_news">``; one of them starts with "(KTO) - " (the Kon Tum
   newspaper's dateline mark, kept as printed).
5. The printing view ``/in-tin/<id>.htm`` is the same article (alt_paths).
6. The static pages (Giới thiệu, Cơ cấu tổ chức) use the article template (``title_news``,
   ``content_news``) without date, byline or tools; the document entry has a "Ngày ban hành"
   date; the Q&A page has question/answer paragraphs with dates.
7. The list pager's first/prev/next/last are images; list page 1 is linked as ``?trang=1`` too.

Gold decisions
--------------
- title: the ``title_news`` text. published_at: "Cập nhật: 19/11/2026 09:30" ->
  "2026-11-19T09:30:00+07:00"; Khảo thí articles: the list's "(16/11/2026)" -> "2026-11-16".
- authors/photographers: "BBT" -> nobody; "Phòng GDTrH" -> the department as printed (house
  convention); "Y Nhun (Trường THPT Kon Tum)" -> "Y Nhun"; "Tin và ảnh: A Thuận" -> author and
  photographer; "Lê Hà (tổng hợp)" -> "Lê Hà"; "ThS. Trần Văn Quang - Phó Trưởng phòng GDTrH" ->
  "Trần Văn Quang"; "Tin: X; Ảnh: Y" -> X / Y; a bare right-aligned name typed in the text ->
  that person.
- source: "Theo Báo Kon Tum" -> "Báo Kon Tum"; "Nguồn: Bộ GD&ĐT" -> "Bộ GD&ĐT".
- summary: the ``sapo_news`` text (first body paragraph too); null when there is none.
- body: ``content_news`` paragraphs of all pages; sub-headings, list items, table rows
  (cells joined by " | ") are paragraphs; captions, bylines, source lines, pager, tools are not.
- images: photos of the text in order (all pages); caption = ``td.image_desc`` of the
  ``table.image`` box, or the italic paragraph right under the photo; a photo with nothing under
  it has none. Emblem, banner, pager arrows, list thumbnails are layout.
- category: the section of the breadcrumb (display form).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "multipage_vendor_sgddt"
PLATFORM = "Vietnamese vendor Java portal (JSP on Tomcat, 2016), .htm URLs, paged articles"
START_PATH = "/"

SITE = "Sở GD&ĐT Kon Tum"
SITE_H1 = "SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM"
CLOCK = "Thứ tư, 25/11/2026"
PER_PAGE = 10

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục trung học",
    "giao-duc-mam-non-tieu-hoc": "Giáo dục mầm non - tiểu học",
    "khao-thi-kiem-dinh": "Khảo thí - Kiểm định",
}
#: the section whose article template prints no date
NO_DATE_CAT = "khao-thi-kiem-dinh"

#: a page break as CKEditor writes it; the portal splits the text there
BREAK = Raw(
    '<div style="page-break-after: always;"><span style="display: none;">&nbsp;</span></div>'
)


def up(month: int, name: str) -> str:
    return f"/Uploads/images/tin-tuc/2026/{month:02d}/{name}"


# --- the articles (newest first) -------------------------------------------------------------
#
# published_at is what a reader takes; opts["date"] is what the page or the list prints
# ("dd/mm/yyyy HH:MM" on the page, or "dd/mm/yyyy" in the list only for NO_DATE_CAT).
# opts: byline (the author_news line, printed by the template), date, thumb, views.
# P styles: "" justified paragraph, "span" CKEditor font spans, "b" bold sub-heading paragraph,
# "li" bullet, "oli" numbered item, "th"/"row" table rows (cells " | "), "quote".
# Img styles: "table" (table.image + td.image_desc), "em" (centred italic paragraph under it),
# "i" (plain italic paragraph under it), "bare" (nothing under it).

STORIES: list[Story] = [
    Story(
        2896,
        "kon-tum-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Kon Tum kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương 120 nhà giáo tiêu biểu",
        "tin-tuc-su-kien",
        "2026-11-19T09:30:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành "
                "của tỉnh cùng hơn 400 cán bộ quản lý, giáo viên đại diện cho các đơn vị trường học "
                "trên địa bàn tỉnh."
            ),
            Img(
                up(11, "le-ky-niem-20-11-1.jpg"),
                "Đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh phát biểu tại buổi lễ",
                "Đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh phát biểu tại buổi lễ",
                "table",
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh có 412 trường học với hơn 162.000 học sinh. Chất lượng "
                "giáo dục đại trà và mũi nhọn tiếp tục chuyển biến: tỷ lệ tốt nghiệp THPT đạt 98,6%; "
                "tỉnh có 86 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia và khu vực."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Y Ngọc ghi nhận sự tận tụy của đội ngũ nhà giáo, nhất "
                "là các thầy cô công tác tại vùng sâu, vùng xa, vùng đặc biệt khó khăn của các huyện "
                "Tu Mơ Rông, Kon Plông, Ia H'Drai, đồng thời đề nghị ngành Giáo dục tiếp tục đổi mới "
                "quản trị nhà trường, nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc "
                "thiểu số.",
                "span",
            ),
            P(
                "“Mỗi thầy cô giáo là một tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh "
                "noi theo”, đồng chí nhấn mạnh.",
                "quote",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 120 nhà giáo có thành tích xuất sắc; "
                "Giám đốc Sở GD&ĐT tặng Giấy khen cho 35 tập thể và 214 cá nhân."
            ),
            Img(
                up(11, "le-ky-niem-20-11-2.jpg"),
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "table",
            ),
        ],
        authors=["A Thuận"],
        photographers=["A Thuận"],
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={
            "byline": "Tin và ảnh: A Thuận",
            "date": "19/11/2026 09:30",
            "thumb": up(11, "le-ky-niem-20-11-1.jpg"),
        },
    ),
    Story(
        2893,
        "ke-hoach-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "khao-thi-kiem-dinh",
        "2026-11-16",
        [
            P(
                "Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
                "17/2023/TT-BGDĐT, Sở GD&ĐT Kon Tum ban hành kế hoạch tổ chức Kỳ thi chọn học sinh "
                "giỏi cấp tỉnh lớp 12 năm học 2026-2027 như sau:"
            ),
            P("1. Môn thi và đối tượng dự thi", "b"),
            P(
                "Các môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh."
            ),
            P(
                "Đối tượng: học sinh lớp 12 đang học tại các trường THPT, trường PTDTNT tỉnh và các "
                "trung tâm GDNN-GDTX có kết quả học tập năm lớp 11 đạt mức Tốt."
            ),
            P("2. Lịch thi", "b"),
            P("Ngày | Buổi | Nội dung", "th"),
            P("16/12/2026 | Chiều | Họp Ban Chỉ đạo, làm thủ tục dự thi", "row"),
            P("17/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Lịch sử (180 phút)", "row"),
            P(
                "18/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Tin học, Địa lí, Tiếng Anh",
                "row",
            ),
            P("3. Địa điểm thi", "b"),
            P("Trường THPT chuyên Nguyễn Tất Thành, số 98 Phan Đình Phùng, thành phố Kon Tum."),
            P(
                "Các đơn vị lập danh sách học sinh dự thi theo mẫu và gửi về Sở (qua Phòng Quản lý "
                "chất lượng) trước ngày 05/12/2026."
            ),
        ],
        opts={"date": "16/11/2026"},
    ),
    Story(
        2889,
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        "giao-duc-trung-hoc",
        "2026-11-12T16:05:00+07:00",
        [
            P(
                "Từ ngày 09 đến 12/11/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc "
                "THPT năm học 2026-2027 với sự tham gia của 96 giáo viên đến từ 27 trường THPT và "
                "trường PTDTNT."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai "
                "tiết thực hành trên lớp theo định hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh:"
            ),
            P("Môn | Số dự thi | Đạt", "th"),
            P("Toán | 14 | 11", "row"),
            P("Ngữ văn | 13 | 10", "row"),
            P("Tiếng Anh | 12 | 9", "row"),
            P("Vật lí, Hóa học, Sinh học | 31 | 22", "row"),
            P("Các môn còn lại | 26 | 19", "row"),
            P(
                "Hội thi là dịp để giáo viên trao đổi kinh nghiệm, lan tỏa các phương pháp dạy học "
                "tích cực trong toàn ngành."
            ),
        ],
        authors=["Phòng GDTrH"],
        summary=(
            "Sáng 12/11, Sở GD&ĐT tổng kết và trao giải Hội thi giáo viên dạy giỏi cấp tỉnh bậc "
            "THPT năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"byline": "Phòng GDTrH", "date": "12/11/2026 16:05"},
    ),
    Story(
        2880,
        "tap-huan-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
        "Tập huấn chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” năm 2026",
        "giao-duc-mam-non-tieu-hoc",
        "2026-11-06T15:10:00+07:00",
        [
            P(
                "Trong 3 ngày (04-06/11/2026), tại thành phố Kon Tum, Sở GD&ĐT tổ chức tập huấn chuyên "
                "đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” cho 180 cán bộ quản lý và giáo "
                "viên cốt cán cấp học mầm non."
            ),
            P("Học viên được bồi dưỡng các nội dung:"),
            P("Xây dựng môi trường giáo dục trong và ngoài lớp học theo hướng mở, an toàn.", "li"),
            P("Tổ chức hoạt động chơi, trải nghiệm phù hợp với khả năng và nhu cầu của trẻ.", "li"),
            P("Tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số.", "li"),
            P("Phối hợp với cha mẹ trẻ trong chăm sóc, giáo dục trẻ.", "li"),
            Img(
                up(11, "tap-huan-mam-non.jpg"),
                "Giáo viên thực hành thiết kế góc chơi cho trẻ",
                "Giáo viên thực hành thiết kế góc chơi cho trẻ",
                "em",
            ),
            P(
                "Sau tập huấn, các phòng GD&ĐT tổ chức tập huấn lại cho giáo viên mầm non của đơn vị "
                "mình, hoàn thành trước ngày 30/12/2026."
            ),
        ],
        authors=["Đinh Thị Mai"],
        photographers=["Phan Thanh Bình"],
        opts={
            "byline": "Tin: Đinh Thị Mai; Ảnh: Phan Thanh Bình",
            "date": "06/11/2026 15:10",
            "thumb": up(11, "tap-huan-mam-non.jpg"),
        },
    ),
]

# --- the three paged articles and the rest ------------------------------------------------------

STORIES += [
    Story(
        2871,
        "hoi-nghi-giao-ban-cong-tac-giao-duc-thang-10-nam-2026",
        "Hội nghị giao ban công tác giáo dục tháng 10 và triển khai nhiệm vụ tháng 11 năm 2026",
        "tin-tuc-su-kien",
        "2026-11-02T14:20:00+07:00",
        [
            P(
                "Tham dự hội nghị có lãnh đạo Sở GD&ĐT, trưởng các phòng chuyên môn thuộc Sở, "
                "trưởng phòng GD&ĐT các huyện, thành phố và hiệu trưởng các trường THPT, PTDTNT "
                "trực thuộc. Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến đến "
                "10 điểm cầu."
            ),
            P("Kết quả tháng 10", "b"),
            P(
                "Trong tháng 10, toàn ngành tập trung ổn định nề nếp dạy học, hoàn thành việc rà "
                "soát, sắp xếp các điểm trường lẻ, huy động trẻ 5 tuổi ra lớp đạt 99,7%, học sinh 6 "
                "tuổi vào lớp 1 đạt 100%. Công tác phổ cập giáo dục, xóa mù chữ được các địa phương "
                "cập nhật đầy đủ trên hệ thống phần mềm."
            ),
            Img(
                up(11, "giao-ban-thang-10.jpg"),
                "Quang cảnh hội nghị giao ban",
                "Quang cảnh hội nghị giao ban",
                "table",
            ),
            P(
                "Công tác chuyển đổi số tiếp tục được đẩy mạnh: 100% trường học sử dụng sổ điểm điện "
                "tử, học bạ số đã triển khai đối với lớp 1, 2, 6 và 10; 94% học sinh được thanh toán "
                "học phí không dùng tiền mặt."
            ),
            BREAK,
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn: tình trạng thiếu "
                "giáo viên cục bộ ở một số môn học như Tin học, Tiếng Anh, Âm nhạc, Mĩ thuật; cơ sở "
                "vật chất một số điểm trường vùng sâu còn tạm bợ; tỷ lệ học sinh bỏ học ở bậc THCS "
                "tại một số xã đặc biệt khó khăn chưa giảm."
            ),
            P("Nhiệm vụ trọng tâm tháng 11", "b"),
            P("Tổ chức các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11.", "oli"),
            P("Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT.", "oli"),
            P("Hoàn thành kiểm tra chuyên ngành tại 12 đơn vị theo kế hoạch.", "oli"),
            P("Chuẩn bị các điều kiện tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12.", "oli"),
            BREAK,
            P(
                "Kết luận hội nghị, Giám đốc Sở GD&ĐT đề nghị các đơn vị khẩn trương khắc phục những "
                "tồn tại, hạn chế đã nêu; chủ động tham mưu UBND các huyện bố trí đủ biên chế giáo "
                "viên, ưu tiên các môn học còn thiếu."
            ),
            P(
                "Giám đốc Sở cũng yêu cầu các trường tăng cường công tác bảo đảm an toàn trường học, "
                "phòng chống đuối nước, tai nạn thương tích và các dịch bệnh mùa mưa; kịp thời báo "
                "cáo khi có sự việc phát sinh."
            ),
            Img(up(11, "giao-ban-thang-10-ket-luan.jpg"), None, None, "bare"),
            P(
                "Các phòng chuyên môn thuộc Sở có trách nhiệm theo dõi, đôn đốc và tổng hợp kết quả "
                "thực hiện, báo cáo tại hội nghị giao ban tháng 11."
            ),
        ],
        authors=["Lê Hà"],
        summary=(
            "Chiều 02/11, Sở GD&ĐT tổ chức hội nghị giao ban đánh giá kết quả công tác tháng 10 và "
            "triển khai nhiệm vụ trọng tâm tháng 11 năm 2026."
        ),
        sapo_outside=True,
        opts={
            "byline": "Lê Hà (tổng hợp)",
            "date": "02/11/2026 14:20",
            "thumb": up(11, "giao-ban-thang-10.jpg"),
        },
    ),
    Story(
        2868,
        "danh-gia-ngoai-va-cong-nhan-dat-chuan-quoc-gia-12-truong-hoc-dot-1",
        "Đánh giá ngoài và công nhận đạt chuẩn quốc gia 12 trường học đợt 1 năm 2026",
        "khao-thi-kiem-dinh",
        "2026-10-28",
        [
            P(
                "Từ ngày 14 đến 26/10/2026, các đoàn đánh giá ngoài của Sở GD&ĐT đã tiến hành khảo sát "
                "chính thức tại 12 trường mầm non, tiểu học và THCS thuộc thành phố Kon Tum, huyện Đắk "
                "Hà và huyện Ngọc Hồi."
            ),
            Img(
                up(10, "danh-gia-ngoai.jpg"),
                "Đoàn đánh giá ngoài làm việc tại Trường TH Lê Văn Tám (Đắk Hà)",
                "Đoàn đánh giá ngoài làm việc tại Trường TH Lê Văn Tám (Đắk Hà)",
                "i",
            ),
            P(
                "Đoàn đã nghiên cứu hồ sơ, quan sát cơ sở vật chất, dự giờ và phỏng vấn cán bộ quản "
                "lý, giáo viên, học sinh, cha mẹ học sinh để xác định mức đạt của từng tiêu chuẩn."
            ),
            P(
                "Kết quả, 11 trường đạt kiểm định chất lượng giáo dục cấp độ 2 và được đề nghị công "
                "nhận đạt chuẩn quốc gia mức độ 1; 01 trường đạt cấp độ 3, được đề nghị công nhận đạt "
                "chuẩn quốc gia mức độ 2."
            ),
            P(
                "Lũy kế đến nay, toàn tỉnh có 236/412 trường học đạt chuẩn quốc gia, đạt tỷ lệ 57,3%."
            ),
        ],
        authors=["Nguyễn Hữu Tín"],
        opts={
            "byline": "Tin: Nguyễn Hữu Tín",
            "date": "28/10/2026",
            "thumb": up(10, "danh-gia-ngoai.jpg"),
        },
    ),
    Story(
        2862,
        "truong-thpt-kon-tum-to-chuc-chuyen-de-day-hoc-stem",
        "Trường THPT Kon Tum tổ chức chuyên đề dạy học STEM",
        "giao-duc-trung-hoc",
        "2026-10-24T10:40:00+07:00",
        [
            P(
                "Chuyên đề gồm hai tiết dạy minh họa: “Chế tạo hệ thống tưới cây tự động” (môn Công "
                "nghệ, lớp 11) và “Thiết kế mô hình nhà chống lũ” (môn Vật lí, lớp 10)."
            ),
            Img(
                up(10, "stem-thpt-kon-tum.jpg"),
                "Học sinh lớp 11A2 giới thiệu sản phẩm hệ thống tưới cây tự động",
                "Học sinh lớp 11A2 giới thiệu sản phẩm hệ thống tưới cây tự động",
                "em",
            ),
            P(
                "Học sinh được chia thành các nhóm, tự tìm hiểu vấn đề, đề xuất giải pháp, chế tạo "
                "và thử nghiệm sản phẩm, sau đó thuyết trình, phản biện trước lớp."
            ),
            P(
                "Các giáo viên dự giờ đánh giá cao cách tổ chức tiết học: học sinh chủ động, hào "
                "hứng; kiến thức liên môn Toán, Vật lí, Tin học được vận dụng để giải quyết một vấn đề "
                "thực tiễn của địa phương."
            ),
            P(
                "Thời gian tới, nhà trường tiếp tục xây dựng các chủ đề STEM cho khối 10, 11 và tham "
                "gia Ngày hội STEM cấp tỉnh vào tháng 3/2027."
            ),
        ],
        authors=["Y Nhun"],
        summary=(
            "Ngày 22/10, Trường THPT Kon Tum tổ chức chuyên đề “Dạy học theo định hướng giáo dục STEM” "
            "với sự tham gia của giáo viên các trường THPT trên địa bàn thành phố."
        ),
        sapo_outside=True,
        opts={
            "byline": "Y Nhun (Trường THPT Kon Tum)",
            "date": "24/10/2026 10:40",
            "thumb": up(10, "stem-thpt-kon-tum.jpg"),
        },
    ),
]

STORIES += [
    Story(
        2857,
        "giao-luu-tieng-viet-cua-chung-em-cap-tieu-hoc-nam-2026",
        "Giao lưu “Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số cấp tiểu học",
        "giao-duc-mam-non-tieu-hoc",
        "2026-10-19T09:00:00+07:00",
        [
            P(
                "Tham gia giao lưu có 60 học sinh lớp 4, 5 là người dân tộc Xơ Đăng, Ba Na, Giẻ "
                "Triêng, Gia Rai, Brâu, Rơ Măm đến từ 10 huyện, thành phố. Các em trải qua ba phần thi: "
                "Chào hỏi, Kể chuyện theo tranh và Em yêu tiếng Việt."
            ),
            Img(
                up(10, "tieng-viet-cua-chung-em-1.jpg"),
                "Phần thi Kể chuyện theo tranh của học sinh huyện Tu Mơ Rông",
                "Phần thi Kể chuyện theo tranh của học sinh huyện Tu Mơ Rông",
                "table",
            ),
            P(
                "Ở phần thi Chào hỏi, các em tự tin giới thiệu về bản thân, gia đình, buôn làng và "
                "ngôi trường của mình bằng tiếng Việt; nhiều em còn hát những làn điệu dân ca của dân "
                "tộc mình."
            ),
            P(
                "Phần thi Kể chuyện theo tranh đòi hỏi học sinh vận dụng vốn từ ngữ, khả năng diễn "
                "đạt để kể lại câu chuyện theo nội dung bức tranh do Ban Tổ chức đưa ra."
            ),
            BREAK,
            P(
                "Phần thi Em yêu tiếng Việt với các câu hỏi về chính tả, từ ngữ, ngữ pháp diễn ra sôi "
                "nổi. Nhiều cổ động viên là thầy cô và bạn bè đã đến cổ vũ các em."
            ),
            Img(
                up(10, "tieng-viet-cua-chung-em-2.jpg"),
                "Ban Tổ chức trao giải Nhất cho các em học sinh",
                "Ban Tổ chức trao giải Nhất cho các em học sinh",
                "em",
            ),
            P(
                "Kết quả, Ban Tổ chức trao 4 giải Nhất, 8 giải Nhì, 12 giải Ba và 16 giải Khuyến khích "
                "cho các em học sinh; giải Nhất toàn đoàn thuộc về đội học sinh huyện Kon Rẫy."
            ),
            P(
                "Giao lưu là hoạt động thiết thực nhằm tăng cường tiếng Việt cho học sinh dân tộc thiểu "
                "số, giúp các em tự tin trong giao tiếp và học tập tốt hơn các môn học."
            ),
        ],
        authors=["Kim Yến"],
        photographers=["Kim Yến"],
        summary=(
            "Ngày 17 và 18/10, tại Trường TH Nguyễn Văn Trỗi (thành phố Kon Tum), Sở GD&ĐT tổ chức "
            "giao lưu “Tiếng Việt của chúng em” dành cho học sinh dân tộc thiểu số cấp tiểu học năm 2026."
        ),
        sapo_outside=True,
        opts={
            "byline": "Tin, ảnh: Kim Yến",
            "date": "19/10/2026 09:00",
            "thumb": up(10, "tieng-viet-cua-chung-em-1.jpg"),
        },
    ),
    Story(
        2850,
        "doan-cong-tac-bo-gddt-kiem-tra-thuc-hien-chuong-trinh-gdpt-2018-tai-kon-tum",
        "Đoàn công tác Bộ GD&ĐT kiểm tra việc thực hiện Chương trình GDPT 2018 tại Kon Tum",
        "tin-tuc-su-kien",
        "2026-10-14T07:50:00+07:00",
        [
            P(
                "Đoàn đã làm việc tại Trường TH Lý Tự Trọng, Trường THCS Nguyễn Huệ (huyện Đắk Tô) và "
                "Trường PTDTNT huyện Tu Mơ Rông; dự giờ, kiểm tra hồ sơ chuyên môn và trao đổi với "
                "giáo viên, học sinh."
            ),
            P(
                "Báo cáo với đoàn, Giám đốc Sở GD&ĐT cho biết, toàn tỉnh đã bảo đảm đủ sách giáo khoa "
                "cho học sinh các lớp; 100% giáo viên được bồi dưỡng sử dụng sách giáo khoa mới. Tuy "
                "nhiên, tỉnh vẫn còn thiếu 312 giáo viên, chủ yếu các môn Tin học, Tiếng Anh, Nghệ "
                "thuật và thiếu phòng học bộ môn ở nhiều trường."
            ),
            P(
                "Phát biểu kết luận, Thứ trưởng đánh giá cao sự nỗ lực của ngành Giáo dục Kon Tum "
                "trong điều kiện còn nhiều khó khăn, đồng thời đề nghị tỉnh tiếp tục quan tâm bố trí "
                "nguồn lực cho đầu tư cơ sở vật chất, tuyển dụng đủ giáo viên theo chỉ tiêu biên chế "
                "được giao."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Kon Tum</em></p>'),
        ],
        source="Báo Kon Tum",
        summary=(
            "(KTO) - Ngày 13/10, Đoàn công tác của Bộ GD&ĐT do Thứ trưởng Phạm Ngọc Thưởng làm trưởng "
            "đoàn đã kiểm tra việc thực hiện Chương trình GDPT 2018 tại tỉnh Kon Tum."
        ),
        sapo_outside=True,
        opts={"byline": "BBT", "date": "14/10/2026 07:50"},
    ),
    Story(
        2846,
        "ke-hoach-kiem-tra-khao-sat-chat-luong-hoc-sinh-lop-9",
        "Kế hoạch kiểm tra khảo sát chất lượng học sinh lớp 9 năm học 2026-2027",
        "khao-thi-kiem-dinh",
        "2026-10-12",
        [
            P(
                "Thực hiện kế hoạch năm học 2026-2027, Sở GD&ĐT tổ chức kiểm tra khảo sát chất lượng "
                "học sinh lớp 9 các môn Toán, Ngữ văn, Tiếng Anh nhằm đánh giá thực chất kết quả dạy "
                "học và chuẩn bị cho kỳ thi tuyển sinh lớp 10."
            ),
            P("Thời gian và hình thức", "b"),
            P(
                "Thời gian kiểm tra: ngày 04/11/2026 (cùng một đề, cùng thời điểm trong toàn tỉnh).",
                "li",
            ),
            P("Hình thức: tự luận (Ngữ văn, Toán), trắc nghiệm kết hợp tự luận (Tiếng Anh).", "li"),
            P("Thời gian làm bài: 90 phút mỗi môn; riêng Tiếng Anh 60 phút.", "li"),
            P("Trách nhiệm của các phòng GD&ĐT", "b"),
            P(
                "Tổ chức coi, chấm kiểm tra nghiêm túc, khách quan; nhập điểm trên hệ thống quản lý "
                "trường học trước ngày 15/11/2026 và gửi báo cáo phân tích kết quả về Sở."
            ),
            P(
                "Kết quả khảo sát không dùng để xếp loại học sinh, chỉ dùng làm cơ sở điều chỉnh kế "
                "hoạch dạy học, ôn tập của các trường."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý chất lượng</strong></p>'),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={"date": "12/10/2026"},
    ),
    Story(
        2834,
        "huong-dan-thuc-hien-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "giao-duc-trung-hoc",
        "2026-09-22T08:00:00+07:00",
        [
            P(
                "Căn cứ Chỉ thị của Bộ trưởng Bộ GD&ĐT về nhiệm vụ, giải pháp năm học 2026-2027 và "
                "hướng dẫn của Bộ, Sở GD&ĐT hướng dẫn các phòng GD&ĐT, các trường trung học thực hiện "
                "nhiệm vụ giáo dục trung học năm học 2026-2027 với các nội dung chủ yếu sau."
            ),
            P("I. NHIỆM VỤ CHUNG", "b"),
            P(
                "Tiếp tục thực hiện hiệu quả Chương trình GDPT 2018 ở tất cả các khối lớp; chủ động xây "
                "dựng kế hoạch giáo dục nhà trường phù hợp với điều kiện thực tế của địa phương."
            ),
            P(
                "Đổi mới phương pháp dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm chất, "
                "năng lực học sinh; tăng cường ứng dụng công nghệ thông tin và chuyển đổi số."
            ),
            P(
                "Nâng cao chất lượng giáo dục toàn diện; quan tâm giáo dục đạo đức, lối sống, kỹ năng "
                "sống, giáo dục thể chất và giáo dục hướng nghiệp, phân luồng học sinh sau THCS."
            ),
            P("II. NHIỆM VỤ CỤ THỂ", "b"),
            P("1. Thực hiện kế hoạch giáo dục", "b"),
            P(
                "Xây dựng kế hoạch giáo dục của tổ chuyên môn, của giáo viên theo Công văn 5512/BGDĐT-GDTrH.",
                "li",
            ),
            P("Tổ chức dạy học 2 buổi/ngày ở những trường có đủ điều kiện.", "li"),
            P("Bố trí thời lượng hợp lý cho các hoạt động trải nghiệm, hướng nghiệp.", "li"),
            BREAK,
            P("2. Đổi mới kiểm tra, đánh giá", "b"),
            P(
                "Thực hiện đánh giá học sinh THCS, THPT theo Thông tư 22/2021/TT-BGDĐT; đa dạng hóa "
                "hình thức đánh giá thường xuyên; xây dựng ma trận, đặc tả đề kiểm tra định kỳ."
            ),
            P(
                "Các trường tổ chức kiểm tra định kỳ đúng lịch, bảo đảm khách quan; tăng cường sử dụng "
                "câu hỏi đánh giá năng lực, gắn với tình huống thực tiễn."
            ),
            P("3. Phát triển đội ngũ", "b"),
            P(
                "Tổ chức sinh hoạt tổ chuyên môn theo nghiên cứu bài học; bồi dưỡng giáo viên cốt cán "
                "các môn Tin học, Công nghệ, Nghệ thuật; khuyến khích giáo viên tham gia các khóa học "
                "trực tuyến trên hệ thống LMS của Bộ."
            ),
            P("III. TỔ CHỨC THỰC HIỆN", "b"),
            P(
                "Các đơn vị căn cứ hướng dẫn này xây dựng kế hoạch cụ thể, báo cáo Sở (qua Phòng Giáo "
                "dục trung học) trước ngày 15/10/2026. Trong quá trình thực hiện, nếu có vướng mắc, "
                "đề nghị phản ánh về Sở để được hướng dẫn."
            ),
        ],
        authors=["Trần Văn Quang"],
        opts={"byline": "ThS. Trần Văn Quang - Phó Trưởng phòng GDTrH", "date": "22/09/2026 08:00"},
    ),
    Story(
        2816,
        "kon-tum-trien-khai-chuong-trinh-sua-hoc-duong-nam-hoc-2026-2027",
        "Kon Tum triển khai Chương trình Sữa học đường năm học 2026-2027",
        "giao-duc-mam-non-tieu-hoc",
        "2026-09-15T10:25:00+07:00",
        [
            P(
                "Năm học 2026-2027, Chương trình Sữa học đường được triển khai tại 186 trường mầm non "
                "và 142 trường tiểu học trên địa bàn tỉnh, với hơn 71.000 trẻ em và học sinh tham gia."
            ),
            P(
                "Theo kế hoạch, mỗi trẻ được uống sữa 5 lần/tuần, mỗi lần 1 hộp 180 ml, trong 9 tháng "
                "của năm học. Ngân sách nhà nước hỗ trợ 50% kinh phí; học sinh ở các xã đặc biệt khó "
                "khăn được hỗ trợ 100%."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường bố trí nơi bảo quản sữa bảo đảm vệ sinh, an toàn thực "
                "phẩm; theo dõi sức khỏe, cân nặng, chiều cao của trẻ trước và sau khi tham gia chương "
                "trình."
            ),
            Raw("<p>Nguồn: Bộ GD&amp;ĐT</p>"),
        ],
        source="Bộ GD&ĐT",
        opts={"date": "15/09/2026 10:25"},
    ),
    Story(
        2803,
        "hon-162-000-hoc-sinh-kon-tum-buoc-vao-nam-hoc-moi-2026-2027",
        "Hơn 162.000 học sinh Kon Tum bước vào năm học mới 2026-2027",
        "tin-tuc-su-kien",
        "2026-09-05T11:00:00+07:00",
        [
            P(
                "Sáng 05/9, hơn 162.000 học sinh các cấp trên địa bàn tỉnh Kon Tum hân hoan dự lễ khai "
                "giảng năm học mới 2026-2027."
            ),
            P(
                "Tại Trường PTDTBT THCS Đăk Na (huyện Tu Mơ Rông), đồng chí Bí thư Tỉnh ủy dự lễ khai "
                "giảng, đánh trống khai trường và tặng 200 suất học bổng cho học sinh có hoàn cảnh khó "
                "khăn vượt khó học tốt."
            ),
            Img(
                up(9, "khai-giang-2026.jpg"),
                "Học sinh Trường PTDTBT THCS Đăk Na trong ngày khai giảng",
                "Học sinh Trường PTDTBT THCS Đăk Na trong ngày khai giảng",
                "em",
            ),
            P(
                "Năm học này, toàn tỉnh có thêm 6 trường học mới được đưa vào sử dụng và 214 phòng học "
                "được xây mới, thay thế các phòng học tạm, phòng học mượn."
            ),
            P(
                "Ngành Giáo dục tỉnh xác định chủ đề năm học là “Đổi mới, sáng tạo, nâng cao chất lượng "
                "giáo dục vùng đồng bào dân tộc thiểu số”."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Anh</strong></p>'),
        ],
        authors=["Hoàng Anh"],
        opts={"date": "05/09/2026 11:00", "thumb": up(9, "khai-giang-2026.jpg")},
    ),
]

BY_ID = {s.id: s for s in STORIES}
PAGED = [s for s in STORIES if BREAK in s.blocks]


def sorted_stories(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.published_at, reverse=True)


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}-{s.id}.htm"


def print_path(s: Story) -> str:
    return f"/in-tin/{s.id}.htm"


def pages_of(s: Story) -> list[list]:
    """The text blocks of each page (one page for an article without page breaks)."""
    pages: list[list] = [[]]
    for b in s.blocks:
        if b is BREAK:
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


def _gold(s: Story) -> dict:
    alts = [print_path(s)]
    if s in PAGED:
        alts.insert(0, article_path(s) + "?p=all")
    return gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

PAGED_PART = f"{article_path(BY_ID[2871])}?p=2"

DOCUMENTS = {
    1542: (
        "2150/SGDĐT-GDTrH",
        "18/09/2026",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "Phạm Văn Hòa",
        "2150-sgddt-gdtrh.pdf",
    ),
    1538: (
        "1987/KH-SGDĐT",
        "02/09/2026",
        "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam năm 2026",
        "Phạm Văn Hòa",
        "1987-kh-sgddt.pdf",
    ),
    1531: (
        "1845/QĐ-SGDĐT",
        "15/08/2026",
        "Quyết định ban hành Kế hoạch thời gian năm học 2026-2027",
        "Nguyễn Thị Thu Hằng",
        "1845-qd-sgddt.pdf",
    ),
}

NON_ARTICLES = [
    "/gioi-thieu.htm",
    "/co-cau-to-chuc.htm",
    "/van-ban/1542.htm",
    "/hoi-dap.htm",
    "/tin-tuc.htm?trang=2",
    PAGED_PART,
    "/lich-cong-tac.htm",
]


# --- rendering ----------------------------------------------------------------------------------


def ddmmyyyy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def render_blocks(blocks: list, *, breaks: bool = False) -> str:
    """CKEditor HTML of a run of blocks; list items and table rows are grouped."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b is BREAK:
            if breaks:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "span":
            out.append(
                '<p style="text-align: justify;"><span style="font-size:14px;"><span '
                f'style="font-family:times new roman,times,serif;">{esc(b.text)}</span></span></p>'
            )
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p><em>{esc(b.text)}</em></p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">\n'
            f"<tbody><tr><td>{tag}</td></tr>\n"
            f'<tr><td class="image_desc">{esc(img.printed or "")}</td></tr></tbody>\n</table>'
        )
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "i":
        return f'<p style="text-align: center;">{tag}</p>\n<p><i>{esc(img.printed or "")}</i></p>'
    return f'<p style="text-align: center;">{tag}</p>'


MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu.htm", "Giới thiệu"),
    ("/co-cau-to-chuc.htm", "Cơ cấu tổ chức"),
    ("/tin-tuc.htm", "Tin tức"),
    ("/van-ban.htm", "Văn bản"),
    ("/lich-cong-tac.htm", "Lịch công tác"),
    ("/hoi-dap.htm", "Hỏi đáp"),
]


def header() -> str:
    top = "".join(f'<td class="menu_top"><a href="{h}">{esc(t)}</a></td>' for h, t in MENU)
    return f"""<a name="top"></a>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="header">
<tr><td width="110" rowspan="2"><a href="/"><img src="/Images/quoc-huy.png" width="90" height="90" alt="Quốc huy" border="0"></a></td>
<td class="banner"><h1>{SITE_H1}</h1><div class="slogan">Cổng thông tin điện tử</div></td>
<td class="clock" align="right" valign="top"><span id="clock">{CLOCK}</span></td></tr>
<tr><td colspan="2"><img src="/Images/banner-kontum.jpg" width="880" height="40" alt=""></td></tr>
</table>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="menutop"><tr>{top}
<td align="right"><form action="/tim-kiem.htm" method="get" name="frmSearch"><input type="text" name="tukhoa" size="18" value="Tìm kiếm..." onfocus="this.value=''"><input type="image" src="/Images/btn-search.gif" alt="Tìm"></form></td></tr></table>"""


def left_column() -> str:
    cats = "".join(
        f'<tr><td class="menu_left"><img src="/Images/bullet.gif" alt=""> <a href="/tin-tuc/{k}.htm">{esc(v)}</a></td></tr>'
        for k, v in CATEGORIES.items()
    )
    most = sorted(STORIES, key=lambda s: (s.views(), s.id), reverse=True)[:5]
    most_read = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in most)
    return f"""<td width="200" valign="top" id="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">DANH MỤC</td></tr>
<tr><td class="menu_left"><img src="/Images/bullet.gif" alt=""> <a href="/gioi-thieu.htm">Giới thiệu chung</a></td></tr>
<tr><td class="menu_left"><img src="/Images/bullet.gif" alt=""> <a href="/co-cau-to-chuc.htm">Cơ cấu tổ chức</a></td></tr>
{cats}
<tr><td class="menu_left"><img src="/Images/bullet.gif" alt=""> <a href="/van-ban.htm">Văn bản chỉ đạo điều hành</a></td></tr>
<tr><td class="menu_left"><img src="/Images/bullet.gif" alt=""> <a href="/hoi-dap.htm">Hỏi đáp</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">TIN XEM NHIỀU</td></tr>
<tr><td><ul class="most_read">{most_read}</ul></td></tr></table>
</td>"""


def right_column() -> str:
    docs = "".join(
        f'<li><a href="/van-ban/{i}.htm">{esc(d[0])}</a><br><span class="doc_desc">{esc(d[2])}</span></li>'
        for i, d in DOCUMENTS.items()
    )
    return f"""<td width="230" valign="top" id="right">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">VĂN BẢN CHỈ ĐẠO</td></tr>
<tr><td><ul class="doc_list">{docs}</ul><div align="right"><a href="/van-ban.htm">Xem tất cả »</a></div></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">LỊCH CÔNG TÁC</td></tr>
<tr><td><a href="/lich-cong-tac.htm"><img src="/Images/lich-cong-tac.gif" alt="Lịch công tác tuần" border="0"></a></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form name="frmPoll" method="post" action="/binh-chon.htm">
<b>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</b><br>
<input type="radio" name="poll" value="1"> Đẹp, dễ sử dụng<br>
<input type="radio" name="poll" value="2"> Bình thường<br>
<input type="radio" name="poll" value="3"> Cần cải tiến<br>
<input type="submit" value="Bình chọn" class="button"> <a href="/binh-chon/ket-qua.htm">Xem kết quả</a>
</form></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">LIÊN KẾT</td></tr>
<tr><td><select name="lienket" onchange="if(this.value!='')window.open(this.value,'_blank');" style="width:200px">
<option value="">--- Liên kết website ---</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://www.kontum.gov.vn">Cổng TTĐT tỉnh Kon Tum</option>
<option value="http://baokontum.com.vn">Báo Kon Tum</option>
<option value="http://truonghocketnoi.edu.vn">Trường học kết nối</option>
</select></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
<tr><td class="box_title">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="counter">Lượt truy cập: <b>3.456.789</b><br>Đang trực tuyến: <b>21</b></td></tr></table>
</td>"""


def footer() -> str:
    return """<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="footer">
<tr><td align="center">
<b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KON TUM</b><br>
Địa chỉ: 172 Trần Hưng Đạo, thành phố Kon Tum, tỉnh Kon Tum - Điện thoại: 0260.3862.547 - Fax: 0260.3863.186<br>
Email: sogddt@kontum.gov.vn - Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 05/4/2016<br>
Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT - Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
<span class="vendor">Thiết kế và phát triển bởi Công ty TNHH Giải pháp phần mềm Tây Nguyên</span>
</td></tr></table>"""


def layout(title: str, main: str) -> Response:
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="Sở Giáo dục và Đào tạo Kon Tum, giáo dục, Kon Tum" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
{header()}
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" id="body"><tr>
{left_column()}
<td valign="top" id="center">
{main}
</td>
{right_column()}
</tr></table>
{footer()}
</body>
</html>"""
    return html(
        page,
        headers={
            "Server": "Apache-Coyote/1.1",
            "Set-Cookie": "JSESSIONID=6A1F0C3E9B2D44A7; Path=/; HttpOnly",
        },
    )


def breadcrumb(*parts: tuple[str | None, str]) -> str:
    items = ['<a href="/">Trang chủ</a>']
    for href, label in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return '<div class="breadcrumb">' + " » ".join(items) + "</div>"


def date_line(s: Story) -> str:
    if s.cat == NO_DATE_CAT:
        return ""
    return f'<div class="date_news">Cập nhật: {s.opts["date"]}</div>'


def byline(s: Story) -> str:
    by = s.opts.get("byline")
    return f'<div class="author_news" align="right"><b>{esc(by)}</b></div>' if by else ""


def article_page(s: Story, page: str) -> Response:
    pages = pages_of(s)
    base = article_path(s)
    if page == "all":
        content = render_blocks(s.blocks, breaks=True)
    else:
        content = render_blocks(pages[int(page) - 1])
    pager = ""
    if len(pages) > 1:
        nums = []
        for n in range(1, len(pages) + 1):
            if str(n) == page:
                nums.append(f"<b>[{n}]</b>")
            else:
                nums.append(f'<a href="{base if n == 1 else f"{base}?p={n}"}">{n}</a>')
        whole = (
            "<b>Xem toàn bài</b>" if page == "all" else f'<a href="{base}?p=all">Xem toàn bài</a>'
        )
        pager = f'<div class="paging_news">Trang: {" ".join(nums)} | {whole}</div>'
    sapo = ""
    if s.summary and page in ("1", "all"):
        sapo = f'<div class="sapo_news"><b>{esc(s.summary)}</b></div>'
    others = [o for o in sorted_stories(s.cat) if o.id != s.id][:8]
    other_list = "".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="date">({ddmmyyyy(o)})</span></li>'
        for o in others
    )
    main = f"""{breadcrumb(("/tin-tuc.htm", "Tin tức"), (f"/tin-tuc/{s.cat}.htm", CATEGORIES[s.cat]))}
<div class="detail_news">
<div class="title_news">{esc(s.title)}</div>
{sapo}
<div class="content_news">
{content}
</div>
{pager}
{byline(s)}
{date_line(s)}
<div class="tools_news">Lượt xem: {s.views()} | <a href="javascript:SendMail({s.id});"><img src="/Images/icon-email.gif" alt="" border="0"> Gửi email</a> | <a href="{print_path(s)}" rel="nofollow" target="_blank"><img src="/Images/icon-print.gif" alt="" border="0"> In</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="other_news"><div class="other_title">Các tin khác</div><ul>{other_list}</ul></div>"""
    return layout(f"{SITE} - {s.title}", main)


def print_page(s: Story) -> Response:
    sapo = f'<p class="sapo_news"><b>{esc(s.summary)}</b></p>' if s.summary else ""
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(s.title)}</title><link href="/css/print.css" rel="stylesheet" type="text/css"></head>
<body onload="window.print();">
<div class="print_header">SỞ GIÁO DỤC VÀ ĐÀO TẠO KON TUM - Cổng thông tin điện tử</div>
<hr>
<div class="title_news">{esc(s.title)}</div>
{sapo}
<div class="content_news">
{render_blocks(s.blocks)}
</div>
{byline(s)}
{date_line(s)}
</body></html>"""
    return html(page, headers={"Server": "Apache-Coyote/1.1"})


def pager(base: str, page: int, total: int) -> str:
    def arrow(n: int, img: str, alt: str, enabled: bool) -> str:
        tag = f'<img src="/Images/{img}" alt="{alt}" border="0" align="absmiddle">'
        return f'<a href="{base}?trang={n}">{tag}</a>' if enabled else tag

    nums = " ".join(
        f'<span class="current">{n}</span>' if n == page else f'<a href="{base}?trang={n}">{n}</a>'
        for n in range(1, total + 1)
    )
    return (
        '<div class="pager">'
        + arrow(1, "first.gif", "Trang đầu", page > 1)
        + " "
        + arrow(page - 1, "prev.gif", "Trang trước", page > 1)
        + f" {nums} "
        + arrow(page + 1, "next.gif", "Trang sau", page < total)
        + " "
        + arrow(total, "last.gif", "Trang cuối", page < total)
        + "</div>"
    )


def list_item(s: Story) -> str:
    thumb = s.opts.get("thumb") or "/Images/no-image.jpg"
    lead = f'<div class="list_sapo">{esc(s.summary)}</div>' if s.summary else ""
    return f"""<tr><td width="130" valign="top"><a href="{article_path(s)}"><img src="{thumb}" width="120" height="80" border="0" alt=""></a></td>
<td valign="top"><a class="list_title" href="{article_path(s)}">{esc(s.title)}</a> <span class="list_date">({ddmmyyyy(s)})</span>{lead}</td></tr>"""


def listing(request: Request, cat: str | None) -> Response | None:
    params = request.params
    if set(params) - {"trang"}:
        return None
    raw = params.get("trang", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    items = sorted_stories(cat)
    total = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= total:
        return None
    base = f"/tin-tuc/{cat}.htm" if cat else "/tin-tuc.htm"
    name = CATEGORIES[cat] if cat else "Tin tức"
    crumbs = [("/tin-tuc.htm", "Tin tức"), (None, name)] if cat else [(None, "Tin tức")]
    rows = "\n".join(list_item(s) for s in items[(page - 1) * PER_PAGE : page * PER_PAGE])
    main = f"""{breadcrumb(*crumbs)}
<div class="cat_title">{esc(name.upper())}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="list_news">
{rows}
</table>
{pager(base, page, total)}"""
    return layout(f"{SITE} - {name}", main)


def home(_request: Request) -> Response:
    newest = sorted_stories()[:5]
    top = newest[0]
    others = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="list_date">({ddmmyyyy(s)})</span></li>'
        for s in newest[1:]
    )
    boxes = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>'
            for s in sorted_stories(key)[:2]
        )
        boxes.append(
            f'<table width="100%" class="cat_box"><tr><td class="cat_box_title"><a href="/tin-tuc/{key}.htm">'
            f"{esc(name.upper())}</a></td></tr><tr><td><ul>{items}</ul>"
            f'<div align="right"><a href="/tin-tuc/{key}.htm">Xem tiếp »</a></div></td></tr></table>'
        )
    main = f"""<div class="hot_news">
<a href="{article_path(top)}"><img src="{top.opts.get("thumb", "/Images/no-image.jpg")}" width="300" height="200" align="left" border="0" alt=""></a>
<a class="hot_title" href="{article_path(top)}">{esc(top.title)}</a>
<div class="hot_sapo">{esc(top.summary or "")}</div>
<ul class="news_other">{others}</ul>
</div>
{"".join(boxes)}"""
    return layout("Sở Giáo dục và Đào tạo tỉnh Kon Tum", main)


# --- pages that are not articles -------------------------------------------------------------


def static_page(title: str, crumb: str, content: str) -> Response:
    main = f"""{breadcrumb((None, crumb))}
<div class="detail_news">
<div class="title_news">{esc(title)}</div>
<div class="content_news">
{content}
</div>
</div>"""
    return layout(f"{SITE} - {title}", main)


INTRO = """<p style="text-align: justify;">Sở Giáo dục và Đào tạo tỉnh Kon Tum là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;"><strong>Nhiệm vụ và quyền hạn</strong></p>
<ul>
<li>Trình UBND tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục và đào tạo của tỉnh.</li>
<li>Hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục tại các cơ sở giáo dục.</li>
<li>Tổ chức các kỳ thi, kiểm định chất lượng giáo dục theo quy định.</li>
</ul>
<p style="text-align: justify;">Toàn ngành hiện có 412 trường học, hơn 162.000 học sinh và trên 11.000 cán bộ, giáo viên, nhân viên.</p>"""

ORG_CHART = """<p style="text-align: center;"><img alt="Sơ đồ tổ chức" src="/Uploads/images/so-do-to-chuc.jpg" style="width: 600px;" /></p>
<p><strong>Ban Giám đốc</strong></p>
<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>
<tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Phạm Văn Hòa</td><td>Giám đốc</td><td>0260.3862.547</td></tr>
<tr><td>Nguyễn Thị Thu Hằng</td><td>Phó Giám đốc</td><td>0260.3862.548</td></tr>
<tr><td>A Sang</td><td>Phó Giám đốc</td><td>0260.3862.549</td></tr>
</tbody></table>
<p><strong>Các phòng chuyên môn</strong></p>
<ul><li>Văn phòng Sở</li><li>Phòng Giáo dục mầm non - tiểu học</li><li>Phòng Giáo dục trung học</li>
<li>Phòng Quản lý chất lượng</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Thanh tra Sở</li></ul>"""

QA = [
    (
        "Nguyễn Văn Bình (Đắk Hà)",
        "03/11/2026",
        "Con tôi học lớp 9, xin hỏi năm nay tuyển sinh lớp 10 thi mấy môn?",
        "Theo Kế hoạch tuyển sinh năm học 2027-2028, thí sinh thi 3 môn: Toán, Ngữ văn, Tiếng Anh. Sở sẽ công bố chi tiết trong tháng 3/2027.",
    ),
    (
        "Y Blin (Kon Plông)",
        "21/10/2026",
        "Giáo viên hợp đồng có được tham gia Hội thi giáo viên dạy giỏi cấp tỉnh không?",
        "Giáo viên hợp đồng có thời gian giảng dạy liên tục từ 3 năm trở lên được đăng ký dự thi nếu đáp ứng các điều kiện tại Điều 6 Thông tư 22/2019/TT-BGDĐT.",
    ),
]


def qa_page() -> Response:
    items = "".join(
        f'<div class="qa_item"><p class="qa_q"><b>Hỏi:</b> {esc(q)}<br><i>Người hỏi: {esc(who)} - Ngày gửi: {day}</i></p>'
        f'<p class="qa_a"><b>Trả lời:</b> {esc(a)}</p></div>'
        for who, day, q, a in QA
    )
    form = (
        '<form method="post" action="/hoi-dap.htm" name="frmHoiDap"><b>Gửi câu hỏi</b><br>'
        'Họ tên: <input type="text" name="hoten"><br>Email: <input type="text" name="email"><br>'
        'Nội dung: <textarea name="noidung" rows="4" cols="50"></textarea><br>'
        '<input type="submit" value="Gửi câu hỏi"></form>'
    )
    main = f'{breadcrumb((None, "Hỏi đáp"))}<div class="cat_title">HỎI ĐÁP</div>{items}{form}'
    return layout(f"{SITE} - Hỏi đáp", main)


def documents_page() -> Response:
    rows = "".join(
        f'<tr><td>{esc(d[0])}</td><td>{d[1]}</td><td><a href="/van-ban/{i}.htm">{esc(d[2])}</a></td></tr>'
        for i, d in DOCUMENTS.items()
    )
    main = (
        f'{breadcrumb((None, "Văn bản"))}<div class="cat_title">VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</div>'
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" class="list_vb">'
        f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    )
    return layout(f"{SITE} - Văn bản", main)


def document_page(doc_id: int) -> Response:
    number, day, summary, signer, file = DOCUMENTS[doc_id]
    main = f"""{breadcrumb(("/van-ban.htm", "Văn bản"), (None, number))}
<table width="100%" border="1" cellspacing="0" cellpadding="4" class="detail_vb">
<tr><td width="150"><b>Số hiệu</b></td><td>{esc(number)}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{day}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(summary)}</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td><b>Người ký</b></td><td>{esc(signer)}</td></tr>
<tr><td><b>Tệp đính kèm</b></td><td><a href="/Uploads/files/{file}"><img src="/Images/icon-pdf.gif" alt="" border="0"> {file}</a></td></tr>
</table>"""
    return layout(f"{SITE} - Văn bản {number}", main)


def schedule_page() -> Response:
    rows = [
        ("Thứ Hai 23/11", "Giám đốc họp giao ban Ban Giám đốc", "Phòng họp số 1"),
        (
            "Thứ Ba 24/11",
            "Phó Giám đốc Nguyễn Thị Thu Hằng kiểm tra tại huyện Đắk Glei",
            "Huyện Đắk Glei",
        ),
        ("Thứ Tư 25/11", "Giám đốc dự họp UBND tỉnh", "UBND tỉnh"),
        (
            "Thứ Năm 26/11",
            "Phó Giám đốc A Sang làm việc với Trường PTDTNT tỉnh",
            "Trường PTDTNT tỉnh",
        ),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
    main = (
        f'{breadcrumb((None, "Lịch công tác"))}<div class="cat_title">LỊCH CÔNG TÁC TUẦN 48 (23/11 - 29/11/2026)</div>'
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<tr><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr>{body}</table>"
    )
    return layout(f"{SITE} - Lịch công tác", main)


def poll_result() -> Response:
    main = (
        f'{breadcrumb((None, "Kết quả thăm dò"))}<div class="cat_title">KẾT QUẢ THĂM DÒ Ý KIẾN</div>'
        "<table width='100%'><tr><td>Đẹp, dễ sử dụng</td><td>1.245 phiếu (58%)</td></tr>"
        "<tr><td>Bình thường</td><td>632 phiếu (29%)</td></tr>"
        "<tr><td>Cần cải tiến</td><td>279 phiếu (13%)</td></tr></table>"
    )
    return layout(f"{SITE} - Kết quả thăm dò", main)


# --- routing ----------------------------------------------------------------------------------

ARTICLE_RE = re.compile(r"/tin-tuc/([a-z-]+)/([a-z0-9-]+)-(\d+)\.htm")


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Images/", "/Uploads/images/", "/css/", "/js/")):
            return static_file(path)
        if path.startswith("/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/binh-chon.htm" and request.method == "POST":
            return poll_result()
        if request.query and not path.startswith("/tin-tuc"):
            return None
        fixed = {
            "/": home,
            "/index.htm": home,
        }
        if path in fixed:
            return fixed[path](request)
        if path == "/gioi-thieu.htm":
            return static_page("Giới thiệu chung", "Giới thiệu", INTRO)
        if path == "/co-cau-to-chuc.htm":
            return static_page("Cơ cấu tổ chức", "Cơ cấu tổ chức", ORG_CHART)
        if path == "/hoi-dap.htm":
            return qa_page()
        if path == "/van-ban.htm":
            return documents_page()
        if path == "/lich-cong-tac.htm":
            return schedule_page()
        if path == "/binh-chon/ket-qua.htm":
            return poll_result()
        if m := re.fullmatch(r"/van-ban/(\d+)\.htm", path):
            return document_page(int(m.group(1))) if int(m.group(1)) in DOCUMENTS else None
        if m := re.fullmatch(r"/in-tin/(\d+)\.htm", path):
            s = BY_ID.get(int(m.group(1)))
            return print_page(s) if s else None
        if path == "/tin-tuc.htm":
            return listing(request, None)
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)\.htm", path):
            return listing(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if m := ARTICLE_RE.fullmatch(path):
            s = BY_ID.get(int(m.group(3)))
            if s is None or s.cat != m.group(1) or s.slug != m.group(2):
                return None
            params = request.params
            if set(params) - {"p"}:
                return None
            page = params.get("p", "1")
            valid = {str(n) for n in range(1, len(pages_of(s)) + 1)}
            if len(valid) > 1:
                valid.add("all")
            if page not in valid:
                return None
            return article_page(s, page)
        return None


def build_site() -> VendorPortal:
    return VendorPortal()
