"""Sở GD&ĐT Bình Phước on an ASP.NET MVC portal built by a provincial software vendor: a news
module whose listings show only the newest posts and whose older posts are reached through a
day-by-day archive ("Xem tin theo ngày").

Platform
--------
An ASP.NET MVC 5 application (IIS, ``X-AspNetMvc-Version`` header, ``.aspx``-looking routes kept
from the vendor's older WebForms product for SEO). Class names are the vendor's own Vietnamese
abbreviations: ``box-tin``, ``td-tin`` (tiêu đề tin), ``mota`` (sapo), ``nd-chitiet`` (nội dung
chi tiết), ``ngay-dang``; listing items ``tin-item``/``tieude``/``tomtat``; sidebar boxes
``khung-phai``. Every page carries the header clock "Thứ Sáu, ngày 04/12/2026" (today), the
main menu, a breadcrumb, and a right column with a December 2026 calendar, "Tin đọc nhiều",
the visitor counter "Đang truy cập: 23 | Tổng lượt truy cập: 2.345.678", a poll and a
"Liên kết website" drop-down; the footer prints the office's address and phone.

URL scheme
----------
- ``/`` home: three boxes, one per category, each with the 5 newest posts of the category and
  *no pager*; under each box the line "Xem tin theo ngày:" with a GET form
  (``<form action="/tin-tuc/ngay.aspx" method="get">``: selects ``ngay``/``thang``/``nam`` and a
  "Xem" button) and a link "Tin cũ hơn »" to the day page of the day before the box's 5th post.
- ``/chuyen-muc/<slug>.aspx``: a category page, the same 5 newest posts with their sapo, the same
  form and "Tin cũ hơn »" link; no pager at all.
- ``/tin-tuc/<slug>-<id>.aspx``: an article.
- ``/tin-tuc/ngay.aspx?ngay=D&thang=M&nam=Y``: the form's target; answers 302 to the day page.
- ``/tin-tuc/ngay/<yyyy-mm-dd>.aspx``: a day page: that day's posts (0-3) or "Không có tin nào
  trong ngày này.", and links "« Ngày trước" / "Ngày sau »" to the adjacent calendar days. Every
  day from 2026-10-01 to today exists; on 2026-10-01 "« Ngày trước" disappears, on today
  "Ngày sau »" does; a day after today is 404 (days before October answer, empty, for the form).
- ``/van-ban/<slug>-<id>.aspx``: a document entry (Công văn, Quyết định …) of the documents
  module: a metadata table and a PDF link. Documents are listed in the categories and day pages
  among the news posts.
- ``/gioi-thieu.aspx``, ``/lien-he.aspx``: static pages. No robots.txt, no sitemap.
- Uploads under ``/Uploads/Images/2026/<mm>/…``, PDFs under ``/Uploads/VanBan/…``, theme files
  under ``/Content/``.

Article template::

    breadcrumb "Trang chủ » <Chuyên mục>"
    <div class="box-chitiet">
      <h2 class="td-tin">headline</h2>
      <div class="ngay-dang">Ngày đăng: 20/11/2026 | Lượt xem: 312</div>
      <div class="mota">sapo</div>             (on most articles)
      <div class="nd-chitiet"> <p> … images as centred <p><img></p> + <p><em>caption</em></p>,
        the byline right-aligned at the end </div>
      tool bar (In bài, Gửi email, Chia sẻ, Về đầu trang)
      <div class="tin-cung-ngay"> "Tin cùng ngày" + link to the day page </div>
      <div class="tin-khac"> "Tin khác" </div>
    </div>

How each gold article is reached
--------------------------------
The three categories hold 6, 4 and 3 articles, and eight documents of late November/December
sit on top of "Chỉ đạo - Điều hành" and "Giáo dục đào tạo". The home boxes and category pages
therefore show 7 gold articles; the other 6 (29/10, 27/10, 05/11, 13/11, 10/11, 23/10) are
linked from nowhere but their day pages. "Tin khác" is the vendor's "TOP 5 of the category"
query with the current post filtered out (4 links when the post is one of the five), so it never
links an older post; "Tin cùng ngày" lists the same day's posts only; "Tin đọc nhiều" lists
recent posts. The walk: "Tin cũ hơn »" of Tin tức - Sự kiện goes to 05/11 (a hidden article),
"« Ngày trước" from there passes four empty days and 31/10-30/10 (six empty days in a row,
30/10-04/11) to 29/10, 27/10 and 23/10; the Giáo dục đào tạo link goes to 18/11, whence
13/11 and 10/11. The calendar links 01, 02 and 03/12 (documents only).

Traps
-----
- Listings without pagers: older posts only through the date form or the day pages; empty days
  (up to six in a row) must be walked through.
- The date form is a GET form that answers 302.
- Document entries look like posts in listings (title, date) but are metadata tables.
- "Lượt xem: N" shares the date line; the header prints today (04/12/2026), never a
  publication date; day pages print their day in the heading ("Tin đăng ngày …").
- Bylines: "Lê Thị Thu Hà - Phòng GDTrH" (a person, department dropped); "Văn phòng Sở" (a
  unit, the author as printed); "Tin, ảnh: X"; "Tin: X; Ảnh: Y"; "ThS. … (Phòng …)"; "BBT"
  (nobody); "Ảnh: Internet" (nobody); "Nguồn: Báo Bình Phước" / "Theo Báo Giáo dục và Thời đại"
  (sources).
- A paragraph split by ``<br />`` (two paragraphs in the gold); tables (one paragraph per row).

Gold decisions
--------------
- title: ``h2.td-tin``; the ``<title>`` appends " - Sở GD&ĐT Bình Phước".
- published_at: the "Ngày đăng" day (no time is printed) -> "YYYY-MM-DD".
- summary: ``div.mota`` when printed (then also the body's first paragraph), else null.
- body: ``div.nd-chitiet`` paragraphs, list items, table rows (cells joined by " | "), without
  the caption lines, the byline and the source line.
- images: the photos in ``nd-chitiet``; caption = the centred (italic) line under the photo,
  None when there is none. Logo, banners, icons are layout.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "date_picker_archive_sgddt"
PLATFORM = "ASP.NET MVC 5 news portal of a provincial vendor (day-by-day archive, no pagers)"
START_PATH = "/"

SITE = "Sở GD&ĐT Bình Phước"
SITE_LONG = "Sở Giáo dục và Đào tạo tỉnh Bình Phước"
HEADER_DATE = "Thứ Sáu, ngày 04/12/2026"
TODAY_DATE = dt.date(2026, 12, 4)
ARCHIVE_START = dt.date(2026, 10, 1)
FORM_MIN = dt.date(2025, 1, 1)
PER_BOX = 5

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "giao-duc-dao-tao": "Giáo dục đào tạo",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def img(month: str, name: str) -> str:
    return f"/Uploads/Images/2026/{month}/{name}"


# --- articles --------------------------------------------------------------------------------
# P styles: "" justified paragraph, "h" bold sub-heading, "li" bullet, "tr" table row (cells
# joined by " | "), "br" consecutive lines printed in one <p> split by <br />, "quote".
# Img styles: "em" centred italic line, "plain" centred plain line, "small" centred italic in a
# small span, "none" nothing under the photo.

STORIES: list[Story] = [
    Story(
        3158,
        "khai-mac-hoi-khoe-phu-dong-tinh-binh-phuoc-lan-thu-xii-nam-2026",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Bình Phước lần thứ XII năm 2026",
        "tin-tuc-su-kien",
        "2026-11-26",
        [
            P(
                "Hội khỏe Phù Đổng năm nay thu hút 1.860 vận động viên là học sinh phổ thông của 11 "
                "đơn vị huyện, thị xã, thành phố và các trường THPT trực thuộc Sở, tranh tài ở 13 môn "
                "thi đấu trong 10 ngày."
            ),
            Img(
                img("11", "hkpd-2026-khai-mac.jpg"),
                "Màn đồng diễn thể dục của 500 học sinh tại lễ khai mạc",
                "Màn đồng diễn thể dục của 500 học sinh tại lễ khai mạc",
                "em",
            ),
            P(
                "Phát biểu khai mạc, bà Nguyễn Thị Minh Hằng, Phó Giám đốc Sở GD&ĐT, nhấn mạnh: Hội "
                "khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể "
                "thao trong trường học, đồng thời phát hiện, bồi dưỡng năng khiếu thể thao cho học "
                "sinh để tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."
            ),
            P(
                "Các môn thi đấu gồm: điền kinh, bơi lội, bóng đá, bóng chuyền, bóng bàn, cầu lông, "
                "cờ vua, đá cầu, võ cổ truyền, vovinam, taekwondo, karate và kéo co. Lần đầu tiên môn "
                "kéo co được đưa vào chương trình thi đấu dành cho học sinh THCS."
            ),
            Img(
                img("11", "hkpd-2026-bong-da.jpg"),
                "Trận khai mạc môn bóng đá nam THCS giữa đội Đồng Xoài và đội Chơn Thành",
                "Trận khai mạc môn bóng đá nam THCS giữa đội Đồng Xoài và đội Chơn Thành",
                "em",
            ),
            P(
                "Ban tổ chức đã bố trí đội ngũ y tế trực tại tất cả các địa điểm thi đấu, bảo đảm an "
                "toàn cho vận động viên. Lễ bế mạc và trao giải toàn đoàn dự kiến diễn ra vào ngày "
                "05/12/2026 tại Nhà thi đấu đa năng tỉnh."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Minh Quân</strong></p>'),
        ],
        authors=["Trần Minh Quân"],
        photographers=["Trần Minh Quân"],
        summary=(
            "Sáng 26/11, tại Sân vận động tỉnh, Sở GD&ĐT Bình Phước long trọng tổ chức Lễ khai mạc "
            "Hội khỏe Phù Đổng tỉnh lần thứ XII năm 2026."
        ),
        sapo_outside=True,
    ),
    Story(
        3141,
        "so-gd-dt-hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Sở GD&ĐT họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20",
        [
            P(
                "Dự buổi họp mặt có đồng chí Trần Văn Lợi, Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Tuyên "
                "giáo Tỉnh ủy, Công đoàn Giáo dục tỉnh cùng đông đảo nhà giáo lão thành, cán bộ quản "
                "lý và giáo viên tiêu biểu của ngành."
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục tỉnh đạt nhiều kết quả nổi bật: tỷ lệ tốt nghiệp "
                "THPT đạt 98,7%; 42 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc gia, tăng "
                "9 giải so với năm trước; 71,4% trường đạt chuẩn quốc gia. Toàn tỉnh hiện có hơn "
                "17.000 cán bộ, giáo viên, nhân viên đang công tác tại 498 cơ sở giáo dục."
            ),
            Img(
                img("11", "hop-mat-20-11-2026.jpg"),
                "Phó Chủ tịch UBND tỉnh Trần Văn Lợi tặng hoa chúc mừng các nhà giáo",
                "Phó Chủ tịch UBND tỉnh Trần Văn Lợi tặng hoa chúc mừng các nhà giáo",
                "em",
            ),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh "
                "noi theo”, Phó Chủ tịch UBND tỉnh Trần Văn Lợi phát biểu tại buổi họp mặt.",
                "quote",
            ),
            P(
                "Dịp này, 35 nhà giáo được tặng Kỷ niệm chương Vì sự nghiệp giáo dục; 86 tập thể và cá "
                "nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Chiều 19/11, Sở GD&ĐT Bình Phước tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
    ),
    Story(
        3127,
        "truong-thpt-chuyen-quang-trung-don-nhan-co-thi-dua-cua-chinh-phu",
        "Trường THPT chuyên Quang Trung đón nhận Cờ thi đua của Chính phủ",
        "tin-tuc-su-kien",
        "2026-11-17",
        [
            P(
                "Ngày 16/11, Trường THPT chuyên Quang Trung (TP. Đồng Xoài) tổ chức lễ kỷ niệm 30 năm "
                "thành lập và đón nhận Cờ thi đua của Chính phủ vì đã có thành tích xuất sắc, dẫn đầu "
                "phong trào thi đua năm học 2025-2026."
            ),
            P(
                "Sau 30 năm xây dựng và phát triển, nhà trường đã có 186 lượt học sinh đạt giải học "
                "sinh giỏi quốc gia, 2 học sinh đạt huy chương Olympic khu vực; nhiều năm liền có tỷ lệ "
                "học sinh đỗ đại học trên 98%."
            ),
            P(
                "Thầy Đặng Văn Thành, Hiệu trưởng nhà trường, cho biết trong giai đoạn tới, trường tiếp "
                "tục đầu tư phòng học bộ môn, phòng thí nghiệm STEM và mở rộng hợp tác với các trường "
                "đại học trong đào tạo, bồi dưỡng học sinh năng khiếu."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bình Phước</em></p>'),
        ],
        source="Báo Bình Phước",
    ),
    Story(
        3112,
        "ngay-hoi-doc-sach-tai-truong-th-tan-phu",
        "Ngày hội đọc sách tại Trường TH Tân Phú",
        "tin-tuc-su-kien",
        "2026-11-12",
        [
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 11/11, Trường TH "
                "Tân Phú (TP. Đồng Xoài) tổ chức Ngày hội đọc sách năm 2026 với chủ đề “Sách là người "
                "bạn lớn”."
            ),
            Img(img("11", "th-tan-phu-doc-sach.jpg"), None, None, "none"),
            P(
                "Hơn 900 học sinh của trường tham gia các hoạt động: trưng bày sách theo khối lớp, kể "
                "chuyện theo sách, vẽ tranh về nhân vật em yêu thích và giao lưu với tác giả sách "
                "thiếu nhi."
            ),
            P("Kết quả hội thi kể chuyện theo sách:", "h"),
            P("Giải Nhất: em Nguyễn Ngọc Bảo Anh, lớp 5A2.", "li"),
            P("Giải Nhì: em Lê Minh Khang, lớp 4A1.", "li"),
            P("Giải Ba: em Trần Thị Thảo Vy, lớp 3A3 và em Phạm Gia Huy, lớp 5A1.", "li"),
            P(
                "Dịp này, phụ huynh và học sinh đã quyên góp 1.350 cuốn sách để bổ sung cho tủ sách "
                "lớp học và gửi tặng học sinh điểm trường Tân Thành."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Kim Oanh - Trường TH Tân Phú'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
    ),
    Story(
        3098,
        "doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-giao-duc-tai-bu-dang",
        "Đoàn công tác Bộ GD&ĐT kiểm tra công tác giáo dục dân tộc tại huyện Bù Đăng",
        "tin-tuc-su-kien",
        "2026-11-06",
        [
            P(
                "Từ ngày 04 đến 06/11/2026, Đoàn công tác của Vụ Giáo dục dân tộc, Bộ GD&ĐT do ông "
                "Vũ Quang Huy, Phó Vụ trưởng, làm trưởng đoàn đã kiểm tra công tác giáo dục dân tộc "
                "tại huyện Bù Đăng."
            ),
            P(
                "Đoàn đã làm việc với Trường PTDTNT THCS Bù Đăng, Trường TH Đăng Hà và Trường THCS Lê "
                "Văn Tám; kiểm tra cơ sở vật chất, hồ sơ chuyên môn, công tác bán trú và dự giờ dạy "
                "tăng cường tiếng Việt cho học sinh người dân tộc thiểu số."
            ),
            Img(
                img("11", "bo-gddt-kiem-tra-bu-dang.jpg"),
                "Đoàn công tác dự giờ lớp tăng cường tiếng Việt tại Trường TH Đăng Hà",
                "Đoàn công tác dự giờ lớp tăng cường tiếng Việt tại Trường TH Đăng Hà",
                "plain",
            ),
            P("Số liệu học sinh dân tộc thiểu số tại các trường được kiểm tra:", "h"),
            P("Trường | Tổng số HS | HS DTTS | Tỷ lệ", "tr"),
            P("PTDTNT THCS Bù Đăng | 280 | 280 | 100%", "tr"),
            P("TH Đăng Hà | 412 | 305 | 74,0%", "tr"),
            P("THCS Lê Văn Tám | 538 | 201 | 37,4%", "tr"),
            P(
                "Ông Vũ Quang Huy ghi nhận sự quan tâm của địa phương đối với giáo dục vùng đồng bào "
                "dân tộc thiểu số, đề nghị tỉnh tiếp tục rà soát, bố trí đủ giáo viên và kinh phí hỗ "
                "trợ học sinh bán trú theo Nghị định 66/2025/NĐ-CP."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phạm Minh Đức (Phòng GDTrH)</strong></p>'
            ),
        ],
        authors=["Phạm Minh Đức"],
        summary=(
            "Đoàn công tác Bộ GD&ĐT đánh giá cao những nỗ lực của huyện Bù Đăng trong việc nâng cao "
            "chất lượng giáo dục cho học sinh dân tộc thiểu số."
        ),
        sapo_outside=True,
    ),
    Story(
        3061,
        "trao-150-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-bu-gia-map",
        "Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh huyện Bù Gia Mập",
        "tin-tuc-su-kien",
        "2026-10-29",
        [
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo ba lô, sách vở và áo mưa, tổng giá "
                "trị hơn 350 triệu đồng, do Quỹ Khuyến học tỉnh phối hợp với các nhà hảo tâm trao tặng."
            ),
            Img(
                img("10", "hoc-bong-bu-gia-map.jpg"),
                "Đại diện nhà tài trợ trao học bổng cho học sinh Trường THCS Đăk Ơ",
                "Đại diện nhà tài trợ trao học bổng cho học sinh Trường THCS Đăk Ơ",
                "em",
            ),
            P(
                "Các em nhận học bổng là học sinh có hoàn cảnh đặc biệt khó khăn, mồ côi cha hoặc mẹ, "
                "có thành tích học tập tốt tại 12 trường tiểu học, THCS trên địa bàn các xã Đăk Ơ, Bù "
                "Gia Mập và Phú Văn."
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Sở GD&ĐT mong muốn các em tiếp tục cố gắng, vượt khó "
                "vươn lên trong học tập và cảm ơn các nhà hảo tâm đã đồng hành cùng ngành Giáo dục tỉnh "
                "trong suốt 10 năm qua."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Hoàng Phúc; Ảnh: Đoàn trường THCS Đăk Ơ</strong></p>'
            ),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Đoàn trường THCS Đăk Ơ"],
        summary=(
            "Ngày 28/10, tại Trường THCS Đăk Ơ, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh trao 150 "
            "suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn."
        ),
        sapo_outside=True,
    ),
    # --- Chỉ đạo - Điều hành
    Story(
        3150,
        "huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp THCS, THPT",
        "chi-dao-dieu-hanh",
        "2026-11-24",
        [
            P(
                "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh giá "
                "học sinh trung học cơ sở và học sinh trung học phổ thông, Sở GD&ĐT hướng dẫn tổ chức "
                "kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 như sau:"
            ),
            P("1. Thời gian kiểm tra", "h"),
            P(
                "Các trường chủ động xây dựng lịch kiểm tra, hoàn thành trước ngày 10/01/2027; riêng "
                "các môn Ngữ văn, Toán, Tiếng Anh lớp 12 kiểm tra theo đề chung của Sở vào ngày "
                "05/01/2027."
            ),
            P("2. Yêu cầu đối với đề kiểm tra", "h"),
            P(
                "Đề kiểm tra bảo đảm đúng ma trận, bản đặc tả đã được tổ chuyên môn thống nhất.",
                "li",
            ),
            P(
                "Tỷ lệ câu hỏi ở các mức độ nhận biết, thông hiểu, vận dụng là 40% - 30% - 30%.",
                "li",
            ),
            P("Đề thi môn Ngữ văn sử dụng ngữ liệu ngoài sách giáo khoa.", "li"),
            P("3. Chế độ báo cáo", "h"),
            P(
                "Các đơn vị nhập điểm trên phần mềm quản lý trường học và gửi báo cáo thống kê kết quả "
                "về Sở (qua Phòng GDTrH) trước ngày 20/01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Lê Thị Thu Hà - Phòng GDTrH</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
    ),
    Story(
        3118,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-13",
        [
            P(
                "Kỳ thi được tổ chức nhằm phát hiện, bồi dưỡng học sinh có năng khiếu, chọn đội tuyển "
                "tham dự Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027; đồng thời khuyến khích phong "
                "trào dạy tốt, học tốt trong các trường THPT."
            ),
            P(
                "Đối tượng dự thi là học sinh lớp 12 có học lực từ loại Khá trở lên, được Hiệu trưởng "
                "nhà trường lựa chọn và lập danh sách đăng ký. Mỗi trường được đăng ký tối đa 5 học "
                "sinh/môn; riêng Trường THPT chuyên Quang Trung được đăng ký tối đa 10 học sinh/môn."
            ),
            P("Lịch thi dự kiến:", "h"),
            P("Ngày | Buổi | Nội dung", "tr"),
            P("16/12/2026 | Chiều | Họp Ban Chỉ đạo, phổ biến quy chế", "tr"),
            P("17/12/2026 | Sáng | Thi các môn Toán, Vật lí, Lịch sử, Tin học", "tr"),
            P(
                "18/12/2026 | Sáng | Thi các môn Ngữ văn, Hóa học, Sinh học, Địa lí, Tiếng Anh",
                "tr",
            ),
            P(
                "Hồ sơ đăng ký dự thi gửi về Sở (qua Phòng Khảo thí và Quản lý chất lượng giáo dục) "
                "trước ngày 30/11/2026 bằng văn bản và qua hệ thống quản lý thi."
            ),
            P(
                "Kết quả thi được công bố chậm nhất ngày 30/12/2026; học sinh đạt giải được cộng điểm "
                "khuyến khích theo quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Khảo thí và QLCLGD</strong></p>'),
        ],
        authors=["Phòng Khảo thí và QLCLGD"],
        summary=(
            "Sở GD&ĐT ban hành Kế hoạch số 2876/KH-SGDĐT tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh "
            "lớp 12 năm học 2026-2027 vào các ngày 17 và 18/12/2026."
        ),
        sapo_outside=True,
    ),
    Story(
        3095,
        "tang-cuong-phong-chong-dich-benh-mua-mua-trong-truong-hoc",
        "Tăng cường công tác phòng, chống dịch bệnh mùa mưa trong trường học",
        "chi-dao-dieu-hanh",
        "2026-11-05",
        [
            P(
                "Thời gian gần đây, số ca mắc sốt xuất huyết và tay chân miệng trên địa bàn tỉnh có "
                "chiều hướng gia tăng, đặc biệt ở trẻ em dưới 15 tuổi. Để chủ động phòng, chống dịch "
                "bệnh, Giám đốc Sở GD&ĐT yêu cầu:"
            ),
            P(
                "Thủ trưởng các đơn vị chỉ đạo nhân viên y tế trường học theo dõi sức khỏe học sinh "
                "hằng ngày, phát hiện sớm các trường hợp nghi mắc bệnh."
            ),
            P(
                "Tổ chức vệ sinh trường lớp, diệt lăng quăng, bọ gậy ít nhất một lần mỗi tuần vào sáng "
                "thứ Bảy.",
                "br",
            ),
            P(
                "Phối hợp với trạm y tế xã, phường phun hóa chất diệt muỗi khi có ca bệnh trong trường.",
                "br",
            ),
            P(
                "Các đơn vị báo cáo nhanh về Sở (qua Phòng Chính trị, tư tưởng - Công tác học sinh, "
                "sinh viên) khi có ca bệnh truyền nhiễm trong trường học."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
    ),
    Story(
        3052,
        "giam-doc-so-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-truong-hoc-loc-ninh",
        "Giám đốc Sở GD&ĐT chỉ đạo khắc phục hậu quả mưa lũ tại các trường học huyện Lộc Ninh",
        "chi-dao-dieu-hanh",
        "2026-10-27",
        [
            P(
                "Trận mưa lớn kéo dài từ đêm 24 đến sáng 25/10 đã làm ngập 6 điểm trường tiểu học, mầm "
                "non tại các xã Lộc Hiệp, Lộc Thiện và Lộc Tấn; nhiều bàn ghế, sách vở và thiết bị dạy "
                "học bị hư hỏng."
            ),
            Img(
                img("10", "loc-ninh-mua-lu-1.jpg"),
                "Giáo viên Trường MN Lộc Hiệp dọn dẹp lớp học sau khi nước rút",
                "Giáo viên Trường MN Lộc Hiệp dọn dẹp lớp học sau khi nước rút",
                "small",
            ),
            P(
                "Trực tiếp kiểm tra tại các điểm trường, ông Nguyễn Văn Khánh, Giám đốc Sở GD&ĐT, yêu "
                "cầu Phòng GD&ĐT huyện Lộc Ninh huy động giáo viên, phụ huynh vệ sinh trường lớp, bảo "
                "đảm học sinh trở lại trường chậm nhất vào ngày 28/10."
            ),
            Img(
                img("10", "loc-ninh-mua-lu-2.jpg"),
                "Giám đốc Sở Nguyễn Văn Khánh kiểm tra thiệt hại tại điểm trường Lộc Thiện",
                "Giám đốc Sở Nguyễn Văn Khánh kiểm tra thiệt hại tại điểm trường Lộc Thiện",
                "em",
            ),
            P(
                "Sở GD&ĐT sẽ hỗ trợ 2.000 bộ sách giáo khoa và 300 bộ bàn ghế cho các trường bị thiệt "
                "hại; đồng thời đề nghị UBND tỉnh bố trí kinh phí sửa chữa phòng học xuống cấp ở vùng "
                "thường xuyên ngập úng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        photographers=["Văn phòng Sở"],
    ),
    # --- Giáo dục đào tạo
    Story(
        3134,
        "hoi-thao-doi-moi-phuong-phap-day-hoc-mon-tieng-anh-cap-tieu-hoc",
        "Hội thảo đổi mới phương pháp dạy học môn Tiếng Anh cấp tiểu học",
        "giao-duc-dao-tao",
        "2026-11-19",
        [
            P(
                "Hội thảo thu hút 160 giáo viên dạy Tiếng Anh của các trường tiểu học trên địa bàn "
                "tỉnh. Các báo cáo viên đã chia sẻ kinh nghiệm tổ chức trò chơi học tập, dạy học qua "
                "bài hát, truyện tranh và sử dụng học liệu số trong các tiết Tiếng Anh lớp 3, 4, 5."
            ),
            Img(
                img("11", "hoi-thao-tieng-anh-th.jpg"),
                "Tiết dạy minh họa của cô Hoàng Thị Mỹ Duyên, Trường TH Tiến Thành",
                "Tiết dạy minh họa của cô Hoàng Thị Mỹ Duyên, Trường TH Tiến Thành",
                "em",
            ),
            P(
                "Nhiều ý kiến cho rằng cần tăng thời lượng luyện nghe, nói; giảm áp lực ghi nhớ từ "
                "vựng, ngữ pháp và tạo môi trường để học sinh được sử dụng tiếng Anh thường xuyên qua "
                "các câu lạc bộ, ngày hội tiếng Anh."
            ),
            P(
                "Kết thúc hội thảo, Sở GD&ĐT đề nghị các trường tổ chức sinh hoạt chuyên môn theo "
                "nghiên cứu bài học, nhân rộng các tiết dạy hiệu quả đã được giới thiệu."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Văn Hùng (Phòng GDMN-GDTH)'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        summary=(
            "Ngày 18/11, tại Trường TH Tiến Thành (TP. Đồng Xoài), Sở GD&ĐT tổ chức hội thảo đổi "
            "mới phương pháp dạy học môn Tiếng Anh cấp tiểu học."
        ),
        sapo_outside=True,
    ),
    Story(
        3106,
        "trien-khai-hoc-ba-so-cap-tieu-hoc-tu-hoc-ky-i",
        "Triển khai học bạ số cấp tiểu học từ học kỳ I năm học 2026-2027",
        "giao-duc-dao-tao",
        "2026-11-10",
        [
            P(
                "Học bạ số có giá trị pháp lý như học bạ giấy, được ký số bởi giáo viên chủ nhiệm và "
                "Hiệu trưởng, lưu trữ trên hệ thống cơ sở dữ liệu ngành."
            ),
            P(
                "“Học bạ số giúp giáo viên giảm đáng kể thời gian ghi chép, phụ huynh có thể tra cứu "
                "kết quả học tập của con em mọi lúc, mọi nơi”, đại diện Phòng GDMN-GDTH cho biết.",
                "quote",
            ),
            P("Để triển khai, các trường cần hoàn thành các việc sau:", "h"),
            P("Cập nhật đầy đủ hồ sơ học sinh trên phần mềm quản lý trường học.", "li"),
            P("Cấp chứng thư số cho giáo viên chủ nhiệm và Hiệu trưởng.", "li"),
            P("Tập huấn cho giáo viên quy trình nhập nhận xét và ký số học bạ.", "li"),
            P(
                "Trong giai đoạn chuyển tiếp, các trường vẫn lưu trữ học bạ giấy của các năm học trước "
                "theo quy định hiện hành."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
        ],
        source="Báo Giáo dục và Thời đại",
        summary=(
            "Từ học kỳ I năm học 2026-2027, 100% trường tiểu học tại Bình Phước thực hiện học bạ số "
            "thay cho học bạ giấy."
        ),
        sapo_outside=True,
    ),
    Story(
        3041,
        "binh-phuoc-co-98-6-tre-5-tuoi-hoan-thanh-chuong-trinh-giao-duc-mam-non",
        "Bình Phước: 98,6% trẻ 5 tuổi hoàn thành Chương trình giáo dục mầm non",
        "giao-duc-dao-tao",
        "2026-10-23",
        [
            P(
                "Theo báo cáo của Sở GD&ĐT, năm học 2025-2026 toàn tỉnh có 19.842 trẻ 5 tuổi đến "
                "trường, đạt tỷ lệ huy động 99,7%; trong đó 19.565 trẻ hoàn thành Chương trình giáo dục "
                "mầm non, đạt 98,6%, tăng 0,8% so với năm học trước."
            ),
            Img(img("10", "mam-non-5-tuoi.jpg"), "Ảnh minh họa", "Ảnh minh họa", "em"),
            P("Kết quả theo một số địa phương:", "h"),
            P("Địa phương | Số trẻ 5 tuổi | Hoàn thành | Tỷ lệ", "tr"),
            P("TP. Đồng Xoài | 2.914 | 2.902 | 99,6%", "tr"),
            P("TX. Bình Long | 1.486 | 1.471 | 99,0%", "tr"),
            P("Huyện Bù Gia Mập | 1.735 | 1.678 | 96,7%", "tr"),
            P("Huyện Lộc Ninh | 2.102 | 2.055 | 97,8%", "tr"),
            P(
                "Tuy nhiên, tại một số xã vùng sâu, vùng đồng bào dân tộc thiểu số, tỷ lệ trẻ được "
                "chuẩn bị tiếng Việt trước khi vào lớp 1 còn thấp; cơ sở vật chất nhiều điểm trường "
                "lẻ còn thiếu thốn, chưa đạt chuẩn."
            ),
            P(
                "Năm học 2026-2027, ngành tiếp tục duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi, "
                "phấn đấu 100% đơn vị cấp xã đạt chuẩn và mở rộng phổ cập cho trẻ 4 tuổi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Trần Thị Ngọc Lan</strong><br />'
                "<em>Ảnh: Internet</em></p>"
            ),
        ],
        authors=["Trần Thị Ngọc Lan"],
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-{s.id}.aspx"


# --- documents (văn bản): listed like posts, not articles --------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    title: str
    cat: str
    date: str
    number: str
    kind: str
    signer: str


DOCS = [
    Doc(
        3172,
        "cong-van-3412-sgddt-gdtrh",
        "Công văn số 3412/SGDĐT-GDTrH về việc tổ chức dạy học trực tuyến khi thời tiết bất thường",
        "chi-dao-dieu-hanh",
        "2026-12-03",
        "3412/SGDĐT-GDTrH",
        "Công văn",
        "Nguyễn Thị Minh Hằng",
    ),
    Doc(
        3171,
        "quyet-dinh-1588-qd-sgddt",
        "Quyết định số 1588/QĐ-SGDĐT về việc thành lập Ban Chỉ "
        "đạo kỳ thi chọn học sinh giỏi cấp tỉnh",
        "chi-dao-dieu-hanh",
        "2026-12-03",
        "1588/QĐ-SGDĐT",
        "Quyết định",
        "Nguyễn Văn Khánh",
    ),
    Doc(
        3170,
        "cong-van-3405-sgddt-gdmn-gdth",
        "Công văn số 3405/SGDĐT-GDMN-GDTH hướng dẫn tổ chức ngày hội Tiếng Việt của chúng em",
        "giao-duc-dao-tao",
        "2026-12-03",
        "3405/SGDĐT-GDMN-GDTH",
        "Công văn",
        "Nguyễn Thị Minh Hằng",
    ),
    Doc(
        3168,
        "thong-bao-221-tb-sgddt",
        "Thông báo số 221/TB-SGDĐT về lịch công tác tháng 12/2026 của Lãnh đạo Sở",
        "chi-dao-dieu-hanh",
        "2026-12-01",
        "221/TB-SGDĐT",
        "Thông báo",
        "Nguyễn Văn Khánh",
    ),
    Doc(
        3165,
        "ke-hoach-2990-kh-sgddt",
        "Kế hoạch số 2990/KH-SGDĐT bồi dưỡng thường xuyên giáo viên mầm non năm 2027",
        "giao-duc-dao-tao",
        "2026-12-02",
        "2990/KH-SGDĐT",
        "Kế hoạch",
        "Nguyễn Thị Minh Hằng",
    ),
    Doc(
        3161,
        "cong-van-3350-sgddt-vp",
        "Công văn số 3350/SGDĐT-VP về việc thực hiện chế độ báo cáo định kỳ năm 2026",
        "chi-dao-dieu-hanh",
        "2026-11-26",
        "3350/SGDĐT-VP",
        "Công văn",
        "Nguyễn Văn Khánh",
    ),
    Doc(
        3160,
        "cong-van-3322-sgddt-gdtrh",
        "Công văn số 3322/SGDĐT-GDTrH hướng dẫn tổ chức hoạt "
        "động trải nghiệm, hướng nghiệp học kỳ II",
        "giao-duc-dao-tao",
        "2026-11-28",
        "3322/SGDĐT-GDTrH",
        "Công văn",
        "Nguyễn Thị Minh Hằng",
    ),
    Doc(
        3153,
        "cong-van-3301-sgddt-gdmn-gdth",
        "Công văn số 3301/SGDĐT-GDMN-GDTH về việc tăng cường "
        "bảo đảm an toàn thực phẩm bếp ăn bán trú",
        "giao-duc-dao-tao",
        "2026-11-25",
        "3301/SGDĐT-GDMN-GDTH",
        "Công văn",
        "Nguyễn Thị Minh Hằng",
    ),
]


def doc_path(d: Doc) -> str:
    return f"/van-ban/{d.slug}-{d.id}.aspx"


@dataclass(frozen=True)
class Item:
    """One line of a listing: an article or a document."""

    id: int
    title: str
    cat: str
    date: dt.date
    path: str
    teaser: str
    story: Story | None = None


def _teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) < 170 else first[:160].rsplit(" ", 1)[0] + "..."


ITEMS: list[Item] = sorted(
    [
        Item(
            s.id,
            s.title,
            s.cat,
            dt.date.fromisoformat(s.published_at),
            story_path(s),
            _teaser(s),
            s,
        )
        for s in STORIES
    ]
    + [
        Item(
            d.id,
            d.title,
            d.cat,
            dt.date.fromisoformat(d.date),
            doc_path(d),
            f"{d.kind} số {d.number}, người ký: {d.signer}.",
        )
        for d in DOCS
    ],
    key=lambda it: (it.date, it.id),
    reverse=True,
)
BY_PATH = {it.path: it for it in ITEMS}


def newest(cat: str, n: int = PER_BOX) -> list[Item]:
    return [it for it in ITEMS if it.cat == cat][:n]


def older_day(cat: str) -> dt.date:
    """The "Tin cũ hơn »" target: the day before the box's 5th post."""
    return newest(cat)[-1].date - dt.timedelta(days=1)


def on_day(day: dt.date) -> list[Item]:
    return [it for it in ITEMS if it.date == day]


#: gold articles linked from no listing: only their day page (and their own day's pages) lead there
LISTED = {it.path for cat in CATEGORIES for it in newest(cat)}
HIDDEN = [story_path(s) for s in STORIES if story_path(s) not in LISTED]
MOST_READ = [3141, 3158, 3150, 3127]


def vn_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def day_path(day: dt.date) -> str:
    return f"/tin-tuc/ngay/{day.isoformat()}.aspx"


# --- chrome ----------------------------------------------------------------------------------


def calendar_widget() -> str:
    days_with_posts = {it.date.day for it in ITEMS if it.date.month == 12 and it.date.year == 2026}
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(2026, 12):
        cells = []
        for d in week:
            if not d:
                cells.append("<td></td>")
                continue
            cls = ' class="homnay"' if d == TODAY_DATE.day else ""
            if d in days_with_posts:
                link = day_path(dt.date(2026, 12, d))
                cells.append(f'<td{cls}><a href="{link}" title="Có tin đăng">{d}</a></td>')
            else:
                cells.append(f"<td{cls}>{d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{w}</th>" for w in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (
        '<div class="khung-phai lich-tin"><div class="tieude-khung">Lịch tin</div>'
        '<table class="bang-lich"><caption>Tháng 12/2026</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<div class="cot-phai">
{calendar_widget()}
<div class="khung-phai box-dochieu"><div class="tieude-khung">Tin đọc nhiều</div><ul>{most}</ul></div>
<div class="khung-phai thong-ke"><div class="tieude-khung">Thống kê truy cập</div>
<p class="online">Đang truy cập: 23 | Tổng lượt truy cập: 2.345.678</p></div>
<div class="khung-phai binh-chon"><div class="tieude-khung">Thăm dò ý kiến</div>
<form action="/binh-chon.aspx" method="post">
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8N2kq7mR0xYpVb4xW0ZsT1hQe9uHfA">
<p>Bạn đánh giá thế nào về giao diện Cổng thông tin?</p>
<label><input type="radio" name="phuongan" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="phuongan" value="2"> Bình thường</label><br>
<label><input type="radio" name="phuongan" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn-binhchon">Biểu quyết</button></form></div>
<div class="khung-phai lien-ket"><div class="tieude-khung">Liên kết website</div>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://binhphuoc.gov.vn">Cổng TTĐT tỉnh Bình Phước</option>
<option value="https://baobinhphuoc.com.vn">Báo Bình Phước</option></select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Content/images/banner-dvc.png" alt="Dịch vụ công"></a>
</div>
</div>"""


def page(title: str, crumbs: list[tuple[str, str]], main: str, extra_head: str = "") -> Response:
    menu = "".join(
        f'<li><a href="/chuyen-muc/{k}.aspx">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    crumb = " » ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/site.css?v=2.3.1" rel="stylesheet">
{extra_head}</head>
<body>
<div class="top-bar"><div class="container"><span class="ngay-hien-tai">{HEADER_DATE}</span>
<form class="tim-kiem" action="/tim-kiem.aspx" method="get"><input name="tukhoa" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></div></div>
<div class="header"><div class="container"><a href="/"><img src="/Content/images/logo-sgddt.png" alt="{esc(SITE_LONG)}"></a>
<div class="ten-don-vi"><span>UBND TỈNH BÌNH PHƯỚC</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div></div>
<nav class="menu-chinh"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>
{menu}<li><a href="/lien-he.aspx">Liên hệ</a></li></ul></nav>
<div class="container"><div class="breadcrumb-sgd">{crumb}</div>
<div class="row"><div class="cot-trai">
{main}
</div>
{sidebar()}
</div></div>
<div class="footer"><div class="container">
<p><strong>{esc(SITE_LONG.upper())}</strong></p>
<p>Địa chỉ: Số 1 đường Hùng Vương, phường Tân Phú, TP. Đồng Xoài, tỉnh Bình Phước</p>
<p>Điện thoại: 0271.3879.162 - Fax: 0271.3879.163 - Email: sgddt@binhphuoc.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Nguyễn Văn Khánh</p>
<p class="ban-quyen">Ghi rõ nguồn “{esc(SITE)}” khi phát hành lại thông tin từ website này. Thiết kế bởi Công ty CP Tin học Đông Nam Bộ.</p>
</div></div>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/site.js"></script>
</body></html>"""
    return html(body, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def date_form(cat: str | None, around: dt.date) -> str:
    days = "".join(
        f'<option value="{d}"{" selected" if d == around.day else ""}>{d:02d}</option>'
        for d in range(1, 32)
    )
    months = "".join(
        f'<option value="{m}"{" selected" if m == around.month else ""}>Tháng {m}</option>'
        for m in range(1, 13)
    )
    years = "".join(
        f'<option value="{y}"{" selected" if y == around.year else ""}>{y}</option>'
        for y in (2024, 2025, 2026)
    )
    older = (
        f' <a class="tin-cu-hon" href="{day_path(older_day(cat))}">Tin cũ hơn »</a>' if cat else ""
    )
    return (
        '<div class="xem-theo-ngay"><span>Xem tin theo ngày:</span>'
        '<form action="/tin-tuc/ngay.aspx" method="get" class="form-ngay">'
        f'<select name="ngay">{days}</select><select name="thang">{months}</select>'
        f'<select name="nam">{years}</select> <button type="submit" class="btn-xem">Xem</button>'
        f"</form>{older}</div>"
    )


def item_li(it: Item, with_teaser: bool) -> str:
    icon = (
        '<img class="icon-vb" src="/Content/images/icon-vanban.gif" alt=""> '
        if not it.story
        else ""
    )
    teaser = f'<div class="tomtat">{esc(it.teaser)}</div>' if with_teaser else ""
    thumb = ""
    if with_teaser and it.story and it.story.images:
        thumb = (
            f'<a href="{it.path}"><img class="anh-nho" src="{it.story.images[0].src}" alt=""></a>'
        )
    return (
        f'<div class="tin-item">{thumb}{icon}<a class="tieude" href="{it.path}">{esc(it.title)}</a>'
        f' <span class="ngay">({vn_date(it.date)})</span>{teaser}</div>'
    )


# --- pages -----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    boxes = []
    for key, name in CATEGORIES.items():
        items = newest(key)
        first, rest = items[0], items[1:]
        boxes.append(
            f'<div class="box-tin box-{key}"><div class="tieude-box">'
            f'<a href="/chuyen-muc/{key}.aspx">{esc(name)}</a></div>'
            f'<div class="tin-dau">{item_li(first, True)}</div>'
            f'<div class="tin-con">{"".join(item_li(it, False) for it in rest)}</div>'
            f"{date_form(key, TODAY_DATE)}</div>"
        )
    main = (
        '<div class="banner-chinh"><img src="/Content/images/banner-nam-hoc-2026-2027.jpg" '
        'alt="Năm học 2026-2027"></div>' + "\n".join(boxes)
    )
    return page(f"{SITE} - Trang chủ", [], main)


def category_page(request: Request, key: str) -> Response:
    name = CATEGORIES[key]
    items = "".join(item_li(it, True) for it in newest(key))
    main = (
        f'<div class="box-tin danh-sach"><h1 class="tieude-chuyenmuc">{esc(name)}</h1>{items}'
        f"{date_form(key, TODAY_DATE)}</div>"
    )
    return page(f"{name} - {SITE}", [(name, "")], main)


def day_page(request: Request, day: dt.date) -> Response:
    items = on_day(day)
    listing = (
        "".join(item_li(it, True) for it in items)
        if items
        else '<p class="khong-co-tin">Không có tin nào trong ngày này.</p>'
    )
    nav = []
    if day > ARCHIVE_START:
        nav.append(
            f'<a class="ngay-truoc" href="{day_path(day - dt.timedelta(days=1))}">« Ngày trước</a>'
        )
    if day < TODAY_DATE:
        nav.append(
            f'<a class="ngay-sau" href="{day_path(day + dt.timedelta(days=1))}">Ngày sau »</a>'
        )
    label = f"{WEEKDAYS[day.weekday()]}, {vn_date(day)}"
    main = (
        f'<div class="box-tin tin-theo-ngay"><h1 class="tieude-chuyenmuc">Tin đăng ngày {label}</h1>'
        f'{listing}<div class="dieu-huong-ngay">{" | ".join(nav)}</div>'
        f"{date_form(None, day)}</div>"
    )
    return page(f"Tin ngày {vn_date(day)} - {SITE}", [("Tin theo ngày", "")], main)


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = esc(b.caption or s.title)
            out.append(
                f'<p style="text-align: center;"><img src="{b.src}" alt="{alt}" style="width: 600px;" /></p>'
            )
            if b.printed and b.style == "em":
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            elif b.printed and b.style == "small":
                out.append(
                    '<p style="text-align: center;"><span style="font-size: 12px;">'
                    f"<em>{esc(b.printed)}</em></span></p>"
                )
            elif b.printed:
                out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        elif b.style == "li":
            lis = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                lis.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(lis) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if not rows else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="bang-nd" border="1" cellpadding="4">' + "".join(rows) + "</table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\r\n".join(lines) + "</p>")
            continue
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article_page(request: Request, s: Story) -> Response:
    item = BY_PATH[story_path(s)]
    name = CATEGORIES[s.cat]
    same_day = [it for it in on_day(item.date) if it.path != item.path]
    same = (
        "<ul>"
        + "".join(f'<li><a href="{it.path}">{esc(it.title)}</a></li>' for it in same_day)
        + "</ul>"
        if same_day
        else "<p>Không có tin khác trong ngày.</p>"
    )
    others = [it for it in newest(s.cat) if it.path != item.path]
    other = "".join(
        f'<li><a href="{it.path}">{esc(it.title)}</a> <span class="ngay">({vn_date(it.date)})</span></li>'
        for it in others
    )
    mota = f'<div class="mota"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
    main = f"""<div class="box-chitiet">
<h2 class="td-tin">{esc(s.title)}</h2>
<div class="ngay-dang">Ngày đăng: {vn_date(item.date)} | Lượt xem: {s.views()}</div>
{mota}
<div class="nd-chitiet">
{render_blocks(s)}
</div>
<div class="cong-cu"><a href="javascript:window.print()"><img src="/Content/images/icon-print.gif" alt=""> In bài</a>
<a href="mailto:?subject={esc(s.title)}"><img src="/Content/images/icon-email.gif" alt=""> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={story_path(s)}" target="_blank">Chia sẻ Facebook</a>
<a href="#top">Về đầu trang</a></div>
<div class="tin-cung-ngay"><div class="tieude-lienquan">Tin cùng ngày</div>{same}
<p><a href="{day_path(item.date)}">Xem tất cả tin ngày {vn_date(item.date)}</a></p></div>
<div class="tin-khac"><div class="tieude-lienquan">Tin khác</div><ul>{other}</ul></div>
</div>"""
    head = f'<meta name="description" content="{esc(item.teaser)}">'
    return page(f"{s.title} - {SITE}", [(name, f"/chuyen-muc/{s.cat}.aspx")], main, extra_head=head)


def doc_page(request: Request, d: Doc) -> Response:
    day = dt.date.fromisoformat(d.date)
    pdf = f"/Uploads/VanBan/2026/{d.slug}.pdf"
    rows = [
        ("Số/Ký hiệu", esc(d.number)),
        ("Ngày ban hành", vn_date(day)),
        ("Loại văn bản", esc(d.kind)),
        ("Cơ quan ban hành", esc(SITE_LONG)),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.title)),
        (
            "Tệp đính kèm",
            f'<a href="{pdf}"><img src="/Content/images/icon-pdf.gif" alt=""> {d.slug}.pdf</a>',
        ),
    ]
    table = "".join(f'<tr><td class="nhan">{k}</td><td>{v}</td></tr>' for k, v in rows)
    main = (
        '<div class="box-vanban"><h1 class="tieude-chuyenmuc">Chi tiết văn bản</h1>'
        f'<table class="bang-vanban">{table}</table>'
        '<p class="ghi-chu">Văn bản có hiệu lực kể từ ngày ký. Mọi thắc mắc liên hệ Văn phòng Sở.</p></div>'
    )
    return page(
        f"{d.number} - {SITE}",
        [(CATEGORIES[d.cat], f"/chuyen-muc/{d.cat}.aspx"), ("Văn bản", "")],
        main,
    )


STATIC = {
    "/gioi-thieu.aspx": (
        "Giới thiệu",
        [
            "Sở Giáo dục và Đào tạo tỉnh Bình Phước là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, "
            "giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Cơ cấu tổ chức gồm: Ban Giám đốc; Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế "
            "hoạch - Tài chính; Phòng GDMN-GDTH; Phòng GDTrH; Phòng Khảo thí và QLCLGD.",
            "Trụ sở: Số 1 đường Hùng Vương, phường Tân Phú, TP. Đồng Xoài.",
        ],
    ),
    "/lien-he.aspx": (
        "Liên hệ",
        [
            "Văn phòng Sở GD&ĐT Bình Phước - Điện thoại: 0271.3879.162.",
            "Email: sgddt@binhphuoc.gov.vn. Giờ làm việc: sáng 7h00 - 11h30, chiều 13h30 - 17h00 từ "
            "thứ Hai đến thứ Sáu.",
        ],
    ),
}


def static_page(request: Request, path: str) -> Response:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    form = ""
    if path == "/lien-he.aspx":
        form = (
            '<form action="/lien-he.aspx" method="post" class="form-lienhe">'
            '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8LhY2xq0Qw7bNfD">'
            '<input name="HoTen" placeholder="Họ tên"><input name="Email" placeholder="Email">'
            '<textarea name="NoiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi</button></form>'
        )
    main = f'<div class="box-tinh"><h1 class="tieude-chuyenmuc">{esc(title)}</h1>{body}{form}</div>'
    return page(f"{title} - {SITE}", [(title, "")], main)


def date_redirect(request: Request) -> Response | None:
    q = request.params
    try:
        day = dt.date(int(q.get("nam", "")), int(q.get("thang", "")), int(q.get("ngay", "")))
    except ValueError:
        return redirect(day_path(TODAY_DATE), 302)
    return redirect(day_path(day), 302)


class VendorMvcSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if (
            path.startswith(("/Content/", "/Scripts/", "/Uploads/Images/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path.startswith("/Uploads/VanBan/") and path.endswith(".pdf"):
            if path[len("/Uploads/VanBan/2026/") : -4] in {d.slug for d in DOCS}:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path in ("/", "/trang-chu.aspx"):
            return home(request)
        if path in STATIC:
            return static_page(request, path)
        if path == "/tin-tuc/ngay.aspx":
            return date_redirect(request)
        if m := re.fullmatch(r"/tin-tuc/ngay/(\d{4}-\d{2}-\d{2})\.aspx", path):
            try:
                day = dt.date.fromisoformat(m.group(1))
            except ValueError:
                return None
            if FORM_MIN <= day <= TODAY_DATE:
                return day_page(request, day)
            return None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)\.aspx", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx", path):
            s = BY_ID.get(int(m.group(2)))
            if s and s.slug == m.group(1):
                return article_page(request, s)
            return None
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)-(\d+)\.aspx", path):
            for d in DOCS:
                if d.id == int(m.group(2)) and d.slug == m.group(1):
                    return doc_page(request, d)
        return None


def build_site() -> VendorMvcSite:
    return VendorMvcSite()


GOLD = [gold_record(s, story_path(s), CATEGORIES[s.cat]) for s in STORIES]

NON_ARTICLES = [
    day_path(dt.date(2026, 11, 13)),
    day_path(dt.date(2026, 11, 2)),
    "/lien-he.aspx",
    "/gioi-thieu.aspx",
    "/chuyen-muc/chi-dao-dieu-hanh.aspx",
    doc_path(DOCS[0]),
]
