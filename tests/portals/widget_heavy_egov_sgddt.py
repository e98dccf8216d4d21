"""Sở GD&ĐT Lai Châu on a provincial e-government vendor portal (Java portlets, Liferay-like).

Platform
--------
The province's "Cổng thông tin điện tử" product, deployed for every department: a Java portal
whose pages are columns of *portlets*. Every portlet is printed the same way::

    <div class="portlet-box portlet-<kind>">
      <div class="box-title"><span>Heading</span></div>
      <div class="box-content"> … </div>
    </div>

The news detail page is not a page of its own: the "Chi tiết tin" portlet is one portlet among
many in the main column (``<div class="content-portlet">``), and the department's webmaster has
stacked every widget the vendor sells around it, inside the same wrapper:

- above the article: "Lịch công tác tuần" (a table: day | time | content | place, with dates
  of the current week), then "Văn bản mới" (a ``<marquee>`` ticker of document numbers and
  dates, linking to ``/van-ban/-/view/<docId>``);
- the article portlet: ``box-title`` "Chi tiết tin", ``<h1 class="title-detail">``, the date
  line ``Cập nhật: 17/11/2026 16:20``, the sapo in its own ``<div class="sapo-detail">`` (bold),
  the CKEditor body (``<div class="content-detail">``), photos with captions, the byline and
  source at the end of the body, then ``Lượt xem: 1.234`` and the print/e-mail/share tools;
- below it, still in the same column: "Ý kiến cử tri" (voters' questions with the department's
  answers, whole paragraphs of text), "Thăm dò ý kiến" (a poll: radio buttons, a POST form),
  "Tỷ giá / Thời tiết" ("Thời tiết Lai Châu 18°C", exchange rates), "Hỏi đáp trực tuyến"
  (questions with dates), "Văn bản chỉ đạo" (a table: number | date | summary), "Tin cùng
  chuyên mục" (titles with "(dd/mm/yyyy)") and "Liên kết website" (a ``<select>`` of sites).

The right column holds "Tin đọc nhiều", the visitor counter ("Đang online / Hôm nay / Tổng
truy cập") and banners. The header prints today "Thứ Sáu, 04/12/2026"; the footer the
department's address.

URL scheme
----------
- ``/`` home: "Tin nổi bật" (the 3 newest articles, linked *without* the slug:
  ``/tin-tuc/-/view/<id>``), one box per category with its 3 newest articles (slug links) and
  "Xem tiếp" to the list.
- ``/tin-tuc/-/view/<id>/<slug>`` article (canonical; ``<link rel="canonical">``).
- ``/tin-tuc/-/view/<id>`` the same article without slug (200, canonical to the slug URL).
- ``/tin-tuc/-/view/<id>/<slug>?p_p_state=pop_up&_print=true`` the print view (the article
  portlet alone, no chrome, no canonical), linked by "In bài viết".
- ``/tin-tuc/-/list/<catId>`` and ``?page=<n>``, 5 a page, newest first; the pager prints
  ``?page=1`` … too.
- ``/gioi-thieu`` (static page), ``/lich-cong-tac`` (the full weekly calendar), ``/van-ban``
  (documents table), ``/van-ban/-/view/<docId>`` (a document entry), ``/hoi-dap`` (online Q&A).
- Images from the document library: ``/documents/20126/<folder>/<file>.jpg/<uuid>?t=<ts>``;
  layout images under ``/html/themes/egov-theme/images/``.
- ``POST /thamdo/-/vote`` answers the poll (results page).

How each gold article is reached
--------------------------------
- The 3 newest (one of each of three categories) from the home slider (slug-less links) and
  the category boxes.
- Each category's 3 newest from the home boxes; "Tin cùng chuyên mục" lists the 4 newest of the
  category other than the current one.
- "Tin tức - Sự kiện" has 6 articles: the 4th and 5th are on list page 1 and in the related
  lists; the 6th (oldest, 27/10/2026) only on ``/tin-tuc/-/list/1021?page=2``.

Traps
-----
- The article sits in the same ``content-portlet`` wrapper as ten other portlets, all with the
  same ``box-title`` markup: the calendar table, the document table and the voters' Q&A are
  text and tables that are NOT the article; the article's own data tables ARE body.
- Dates everywhere: header today, the calendar's week dates, document dates, related-news dates,
  Q&A dates; the article's date is only the "Cập nhật:" line of the article portlet.
- Three URL forms of one article (slug, slug-less, print view): one record (alt_paths).
- Captions in four forms: a CKEditor image table (``td.image_desc``), a centred italic line, a
  centred plain line, ``figcaption``; some photos have none.
- Bylines: "Tin, ảnh: X", "Tin: X; Ảnh: <unit>", a degree and post after the name, a bare
  right-aligned name, a unit, "BBT" (nobody); sources "Nguồn: …" and "Theo …".
- One paragraph split by ``<br>`` (two paragraphs); lists and sub-headings are body.
- Non-articles with article-like looks: the weekly calendar page (h1, a date range, a table), a
  document entry (number, date, summary), the Q&A page, the static "Giới thiệu".

Gold decisions
--------------
- title: the ``h1.title-detail``; published_at: the "Cập nhật:" line with its time (+07:00).
- summary: the ``sapo-detail`` div where printed (also the first body paragraph), else null.
- body: sapo + the ``content-detail`` paragraphs; table rows cells joined by " | " (header row
  included); captions, byline/source lines, view count, tools and all other portlets excluded.
- images: the article's photos in order with their caption line (None where nothing is printed).
- category: the last breadcrumb section (= the category's display name).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "widget_heavy_egov_sgddt"
PLATFORM = "Provincial e-government vendor portal (Java portlets, Liferay-like), Sở GD&ĐT"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Lai Châu"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 5

CATEGORIES = {
    "1021": "Tin tức - Sự kiện",
    "1022": "Hoạt động chuyên môn",
    "1023": "Thi cử - Tuyển sinh",
    "1024": "Giáo dục dân tộc",
}


def doc(folder: int, name: str, ts: int) -> str:
    """A document-library image URL as the portal prints it (file name, uuid, timestamp)."""
    uid = "".join(f"{(ord(c) * 7 + i) % 16:x}" for i, c in enumerate(name))[:8]
    return f"/documents/20126/{folder}/{name}/{uid}-4c1e-9b7a-{folder:04d}{ts % 10**8:08d}?t={ts}"


# --- the articles -----------------------------------------------------------------------------
#
# opts: time ("HH:MM"), views. P styles: "" plain, "h3" sub-heading, "li" bullet, "oli" ordered,
# "quote", "th"/"td" table rows, "br" (lines of one <p> split by <br>). Img styles: "table"
# (CKEditor image table with td.image_desc), "em" (centred italic line), "center" (centred plain
# line), "figure" (figcaption), "none" (nothing printed).

STORIES: list[Story] = [
    Story(
        48302,
        "nganh-giao-duc-lai-chau-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        "Ngành Giáo dục Lai Châu hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực trên cơ sở giới",
        "1021",
        "2026-12-01T08:30:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch của UBND tỉnh, Sở GD&ĐT Lai Châu vừa ban hành văn bản hướng dẫn "
                "các đơn vị trường học tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng "
                "giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026, từ ngày 15/11 đến "
                "ngày 15/12/2026."
            ),
            P(
                "Chủ đề của Tháng hành động năm nay là “Chung tay thúc đẩy bình đẳng giới trong trường "
                "học vùng dân tộc thiểu số”. Các trường treo băng rôn, khẩu hiệu; lồng ghép nội dung bình "
                "đẳng giới vào giờ sinh hoạt dưới cờ, tiết sinh hoạt lớp và hoạt động trải nghiệm."
            ),
            P(
                "Đặc biệt, các trường phổ thông dân tộc bán trú, dân tộc nội trú tăng cường tuyên truyền "
                "phòng, chống tảo hôn, hôn nhân cận huyết thống; phối hợp với Đồn Biên phòng, Hội Liên "
                "hiệp Phụ nữ xã tổ chức các buổi nói chuyện chuyên đề cho học sinh và cha mẹ học sinh."
            ),
            P(
                "Kết thúc Tháng hành động, các đơn vị báo cáo kết quả về Sở (qua Phòng Chính trị tư "
                "tưởng và Công tác học sinh) trước ngày 20/12/2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Lai Châu</em></p>'),
        ],
        source="Báo Lai Châu",
        opts={"time": "08:30", "views": 412},
    ),
    Story(
        48275,
        "tap-huan-day-hoc-tich-hop-mon-khoa-hoc-tu-nhien-cap-thcs-nam-hoc-2026-2027",
        "Tập huấn dạy học tích hợp môn Khoa học tự nhiên cấp THCS năm học 2026-2027",
        "1022",
        "2026-11-28T16:05:00+07:00",
        [
            P(
                "Từ ngày 25 đến 27/11/2026, tại Trường THCS Đông Phong, Sở GD&ĐT tổ chức tập huấn dạy "
                "học tích hợp môn Khoa học tự nhiên cho 146 giáo viên, tổ trưởng chuyên môn các trường "
                "THCS, PTDTBT THCS trên địa bàn tỉnh."
            ),
            P("Nội dung tập huấn", "h3"),
            P("Xây dựng kế hoạch dạy học môn Khoa học tự nhiên theo chủ đề liên môn;", "li"),
            P("Thiết kế bài dạy theo phương pháp dạy học khám phá, dạy học dự án;", "li"),
            P("Sử dụng thiết bị thực hành tối thiểu và thí nghiệm ảo trong dạy học;", "li"),
            P(
                "Xây dựng ma trận, bản đặc tả đề kiểm tra định kỳ theo định hướng phát triển năng lực.",
                "li",
            ),
            Img(
                doc(48275, "tap-huan-khtn-1.jpg", 1764317100),
                "Giáo viên thực hành thí nghiệm trong buổi tập huấn",
                "Giáo viên thực hành thí nghiệm trong buổi tập huấn",
                "em",
            ),
            P("Yêu cầu sau tập huấn", "h3"),
            P(
                "Học viên hoàn thành sản phẩm cuối khóa là một kế hoạch bài dạy chủ đề tích hợp; các "
                "trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học để nhân rộng trong tháng "
                "12/2026 và tháng 01/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Đỗ Thị Hồng Nhung - Phòng Giáo dục '
                "Trung học</strong></p>"
            ),
        ],
        authors=["Đỗ Thị Hồng Nhung"],
        opts={"time": "16:05", "views": 688},
    ),
    Story(
        48250,
        "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "1023",
        "2026-11-26T08:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Lai Châu ban hành kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
                "THPT năm học 2026-2027.",
            ),
            P(
                "Kỳ thi được tổ chức nhằm phát hiện, bồi dưỡng học sinh có năng khiếu, làm cơ sở thành "
                "lập đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027.",
            ),
            P("1. Môn thi", "h3"),
            P(
                "Gồm 10 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh và Giáo dục kinh tế và pháp luật."
            ),
            P("2. Lịch thi", "h3"),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("15/12/2026 | Chiều | Họp Ban coi thi, thí sinh làm thủ tục dự thi | 14h00", "td"),
            P("16/12/2026 | Sáng | Thi vòng 1 (tất cả các môn) | 07h30 - 10h30", "td"),
            P(
                "17/12/2026 | Sáng | Thi vòng 2 (Toán, Tin học, Ngữ văn, Tiếng Anh) | 07h30 - 10h30",
                "td",
            ),
            P("3. Địa điểm thi", "h3"),
            P("Trường THPT Chuyên Lê Quý Đôn, phường Tân Phong, tỉnh Lai Châu.", "br"),
            P("Điện thoại liên hệ: 0213 3876 518 (Phòng Quản lý chất lượng).", "br"),
            P(
                "Các trường THPT gửi danh sách thí sinh đăng ký dự thi qua hệ thống quản lý thi trước "
                "ngày 05/12/2026; không nhận hồ sơ bằng bản giấy."
            ),
        ],
        opts={"time": "08:00", "views": 1234},
    ),
    Story(
        48231,
        "lai-chau-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lai Châu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "1021",
        "2026-11-19T10:45:00+07:00",
        [
            P(
                "Sáng 18/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
                "20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026. Dự buổi lễ có đồng chí Phó "
                "Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ban, ngành."
            ),
            Img(
                doc(48231, "le-ky-niem-20-11-1.jpg", 1763437500),
                "Quang cảnh Lễ kỷ niệm",
                "Quang cảnh Lễ kỷ niệm",
                "table",
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 512 trường học với hơn 121.000 học sinh; tỷ lệ trường "
                "đạt chuẩn quốc gia đạt 68,4%. Đội ngũ nhà giáo không ngừng nâng cao trình độ, 98,7% giáo "
                "viên đạt chuẩn và trên chuẩn trình độ đào tạo."
            ),
            P(
                "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh ghi nhận sự tận tụy của các thầy cô giáo "
                "nơi vùng cao biên giới, những người “cắm bản” nhiều năm liền để giữ lớp, giữ trò."
            ),
            P(
                "Dịp này, 60 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 4 nhà giáo được "
                "đề nghị xét tặng danh hiệu Nhà giáo Ưu tú."
            ),
            Img(
                doc(48231, "le-ky-niem-20-11-2.jpg", 1763437560),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lò Thị Thu Hà</strong></p>'),
        ],
        authors=["Lò Thị Thu Hà"],
        photographers=["Lò Thị Thu Hà"],
        summary=(
            "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Sở GD&ĐT Lai Châu tuyên dương 60 nhà "
            "giáo tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục vùng cao."
        ),
        sapo_outside=True,
        opts={"time": "10:45", "views": 2087},
    ),
    Story(
        48199,
        "truong-ptdtbt-thcs-ta-tong-nang-cao-chat-luong-bua-an-ban-tru",
        "Trường PTDTBT THCS Tà Tổng nâng cao chất lượng bữa ăn bán trú",
        "1024",
        "2026-11-23T09:40:00+07:00",
        [
            P(
                "Trường PTDTBT THCS Tà Tổng hiện có 386 học sinh ở bán trú, 100% là con em đồng bào "
                "Mông, Dao, Hà Nhì. Những năm qua, nhà trường xác định chăm lo bữa ăn là giải pháp quan "
                "trọng để duy trì sĩ số."
            ),
            P(
                "Bên cạnh chế độ hỗ trợ theo Nghị định 66/2025/NĐ-CP, nhà trường tận dụng 1.200 m² đất "
                "trống để trồng rau xanh, nuôi gà, cải thiện thêm thực đơn cho các em."
            ),
            Img(
                doc(48199, "ban-tru-ta-tong-1.jpg", 1763865600),
                "Học sinh chăm sóc vườn rau của nhà trường",
                "Học sinh chăm sóc vườn rau của nhà trường",
                "em",
            ),
            P(
                "Mỗi tuần, tổ bếp xây dựng thực đơn 7 ngày không trùng món, bảo đảm định lượng tối thiểu "
                "150 gam thịt, cá mỗi ngày. Nhà bếp được đầu tư theo quy trình bếp một chiều, có tủ lưu "
                "mẫu thức ăn 24 giờ."
            ),
            P(
                "“Từ ngày bữa ăn ngon hơn, các em đi học đều hơn, không còn tình trạng bỏ về bản giữa "
                "tuần”, thầy Hiệu trưởng Lý A Sáng chia sẻ.",
                "quote",
            ),
            Img(
                doc(48199, "ban-tru-ta-tong-2.jpg", 1763865660),
                "Bữa cơm trưa của học sinh bán trú",
                "Bữa cơm trưa của học sinh bán trú",
                "em",
            ),
            P(
                "Năm học 2025-2026, tỷ lệ chuyên cần của nhà trường đạt 98,6%, không có học sinh bỏ "
                "học. Mô hình đang được Sở GD&ĐT khuyến khích nhân rộng tại các trường bán trú khác."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Vàng Văn Khánh</strong></p>'),
        ],
        authors=["Vàng Văn Khánh"],
        photographers=["Vàng Văn Khánh"],
        summary=(
            "Với nhiều cách làm sáng tạo, Trường PTDTBT THCS Tà Tổng đã nâng chất lượng bữa ăn cho "
            "gần 400 học sinh bán trú, góp phần giữ vững sĩ số."
        ),
        sapo_outside=True,
        opts={"time": "09:40", "views": 955},
    ),
    Story(
        48167,
        "trao-tang-1200-ao-am-cho-hoc-sinh-vung-cao-xa-pa-tan",
        "Trao tặng 1.200 áo ấm cho học sinh vùng cao xã Pa Tần",
        "1021",
        "2026-11-25T15:10:00+07:00",
        [
            P(
                "Ngày 24/11, Đoàn Thanh niên Sở GD&ĐT phối hợp với Quỹ Vì trẻ em vùng cao trao tặng "
                "1.200 áo ấm, 500 chăn và 300 đôi ủng cho học sinh các trường mầm non, tiểu học, THCS "
                "xã Pa Tần."
            ),
            P(
                "Pa Tần là xã biên giới đặc biệt khó khăn, mùa đông nhiệt độ có lúc xuống dưới 5°C. Nhiều "
                "học sinh phải đi bộ hàng chục cây số đường núi để đến trường."
            ),
            Img(
                doc(48167, "ao-am-pa-tan.jpg", 1764058200),
                "Đại diện Đoàn Thanh niên Sở trao áo ấm cho học sinh",
                "Đại diện Đoàn Thanh niên Sở trao áo ấm cho học sinh",
                "center",
            ),
            P(
                "Tổng giá trị quà tặng hơn 350 triệu đồng, do các nhà hảo tâm, doanh nghiệp trong và ngoài "
                "tỉnh đóng góp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Giàng A Chứ; Ảnh: Đoàn Thanh niên Sở'
                "</strong></p>"
            ),
        ],
        authors=["Giàng A Chứ"],
        photographers=["Đoàn Thanh niên Sở"],
        opts={"time": "15:10", "views": 731},
    ),
    Story(
        48110,
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc-72-giao-vien-dat-giai",
        "Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học: 72 giáo viên đạt giải",
        "1022",
        "2026-11-20T17:30:00+07:00",
        [
            P(
                "Sau 5 ngày tranh tài, Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học "
                "2026-2027 đã khép lại với 72/118 giáo viên đạt danh hiệu giáo viên dạy giỏi."
            ),
            P(
                "Hội thi có 118 giáo viên của 8 đơn vị tham gia. Mỗi giáo viên trình bày biện pháp nâng "
                "cao chất lượng giáo dục và dạy hai tiết thực hành, trong đó một tiết môn Tiếng Việt "
                "hoặc Toán."
            ),
            P("Kết quả theo đơn vị:"),
            P("Đơn vị | Số GV dự thi | Đạt GVDG | Tỷ lệ", "th"),
            P("Thành phố Lai Châu | 16 | 13 | 81,3%", "td"),
            P("Khu vực Tam Đường | 15 | 9 | 60,0%", "td"),
            P("Khu vực Than Uyên | 17 | 11 | 64,7%", "td"),
            P("Khu vực Tân Uyên | 14 | 8 | 57,1%", "td"),
            P("Khu vực Sìn Hồ | 16 | 9 | 56,3%", "td"),
            P("Khu vực Phong Thổ | 15 | 9 | 60,0%", "td"),
            P("Khu vực Mường Tè - Nậm Nhùn | 25 | 13 | 52,0%", "td"),
            P("Tổng cộng | 118 | 72 | 61,0%", "td"),
            P(
                "Ban Giám khảo đánh giá nhiều tiết dạy vận dụng linh hoạt phương pháp dạy học tích cực, "
                "sử dụng hiệu quả học liệu số; một số tiết dạy còn nặng về truyền thụ kiến thức."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Giáo dục Tiểu học</strong></p>'),
        ],
        authors=["Phòng Giáo dục Tiểu học"],
        summary=(
            "Sau 5 ngày tranh tài, Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học "
            "2026-2027 đã khép lại với 72/118 giáo viên đạt danh hiệu giáo viên dạy giỏi."
        ),
        opts={"time": "17:30", "views": 1502, "lead_bold": True},
    ),
    Story(
        47988,
        "so-gd-dt-lam-viec-voi-to-chuc-plan-international-ve-du-an-nuoc-sach-truong-hoc",
        "Sở GD&ĐT làm việc với Tổ chức Plan International về dự án nước sạch trường học",
        "1021",
        "2026-11-10T14:00:00+07:00",
        [
            P(
                "Chiều 09/11, Sở GD&ĐT làm việc với Tổ chức Plan International tại Việt Nam về kết quả "
                "thực hiện dự án “Nước sạch và vệ sinh trường học” giai đoạn 2024-2026."
            ),
            P(
                "Sau ba năm, dự án đã xây mới 46 công trình nước sạch, 38 nhà vệ sinh tại các điểm "
                "trường vùng cao; tập huấn kỹ năng vệ sinh cá nhân cho hơn 9.000 học sinh."
            ),
            Img(
                doc(47988, "lam-viec-plan.jpg", 1762758000),
                "Buổi làm việc giữa Sở GD&ĐT và Tổ chức Plan International",
                "Buổi làm việc giữa Sở GD&ĐT và Tổ chức Plan International",
                "figure",
            ),
            P(
                "Hai bên thống nhất đề xuất giai đoạn tiếp theo tập trung vào các trường mầm non, ưu tiên "
                "điểm trường lẻ chưa có nguồn nước ổn định."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"time": "14:00", "views": 388},
    ),
    Story(
        47940,
        "chuyen-de-tang-cuong-tieng-viet-cho-tre-mam-non-vung-dan-toc-thieu-so",
        "Chuyên đề tăng cường tiếng Việt cho trẻ mầm non vùng dân tộc thiểu số",
        "1022",
        "2026-11-06T10:00:00+07:00",
        [
            P(
                "Ngày 05/11, tại Trường Mầm non Bình Lư, Sở GD&ĐT tổ chức chuyên đề “Tăng cường tiếng "
                "Việt cho trẻ mầm non người dân tộc thiểu số thông qua hoạt động trải nghiệm”."
            ),
            P(
                "Các đại biểu dự hai hoạt động mẫu: làm quen với tác phẩm văn học “Chú gà trống” và hoạt "
                "động góc “Bé làm bánh dày”. Giáo viên sử dụng song ngữ Mông - Việt để gợi mở, khuyến "
                "khích trẻ nói câu đầy đủ."
            ),
            Img(
                doc(47940, "chuyen-de-mn-binh-lu-1.jpg", 1762398000),
                "Giờ học làm quen tác phẩm văn học của các cháu lớp 5 tuổi",
                "Giờ học làm quen tác phẩm văn học của các cháu lớp 5 tuổi",
                "center",
            ),
            P(
                "Sau phần dự giờ, các đại biểu thảo luận về giải pháp tạo môi trường tiếng Việt trong và "
                "ngoài lớp học, phối hợp với cha mẹ trẻ trong việc giao tiếp bằng tiếng Việt tại nhà."
            ),
            Img(doc(47940, "chuyen-de-mn-binh-lu-2.jpg", 1762398060), None, None, "none"),
            P(
                "Chuyên đề sẽ được các trường mầm non trong tỉnh triển khai ở cấp trường trước ngày "
                "30/12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Lường Thị Nga (Trường MN Bình Lư)'
                "</strong></p>"
            ),
        ],
        authors=["Lường Thị Nga"],
        photographers=["Lường Thị Nga"],
        opts={"time": "10:00", "views": 604},
    ),
    Story(
        47902,
        "doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-ban-tru-tai-lai-chau",
        "Đoàn công tác Bộ GD&ĐT kiểm tra công tác bán trú tại Lai Châu",
        "1021",
        "2026-11-04T09:15:00+07:00",
        [
            P(
                "Từ ngày 02 đến 03/11, đoàn công tác của Bộ GD&ĐT do Vụ Giáo dục dân tộc làm trưởng đoàn "
                "đã kiểm tra công tác tổ chức nuôi dưỡng học sinh bán trú tại Lai Châu."
            ),
            Img(doc(47902, "doan-bo-kiem-tra.jpg", 1762222500), None, None, "none"),
            P(
                "Đoàn đã kiểm tra thực tế tại Trường PTDTBT TH Mù Cả, Trường PTDTBT THCS Ka Lăng và "
                "Trường PT DTNT tỉnh; làm việc với Sở GD&ĐT về việc thực hiện chính sách hỗ trợ học sinh."
            ),
            P(
                "Đoàn ghi nhận tỉnh đã bố trí đủ kinh phí hỗ trợ gạo, tiền ăn cho học sinh; đề nghị tiếp "
                "tục cải tạo phòng ở bán trú, bổ sung nhân viên cấp dưỡng tại các trường đông học sinh."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        summary=(
            "Đoàn công tác Bộ GD&ĐT đánh giá cao việc tổ chức ăn, ở cho học sinh bán trú tại các "
            "trường vùng cao của tỉnh."
        ),
        sapo_outside=True,
        opts={"time": "09:15", "views": 276},
    ),
    Story(
        47870,
        "lai-chau-co-9-hoc-sinh-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-2027",
        "Lai Châu có 9 học sinh vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
        "1023",
        "2026-10-30T15:45:00+07:00",
        [
            P(
                "Sở GD&ĐT vừa công bố kết quả Kỳ thi chọn đội tuyển học sinh giỏi dự thi cấp quốc gia "
                "năm 2027. Có 9 học sinh Trường THPT Chuyên Lê Quý Đôn được chọn vào đội tuyển."
            ),
            P("STT | Họ và tên | Lớp | Môn | Điểm", "th"),
            P("1 | Lò Minh Đức | 12 Toán | Toán | 15,50", "td"),
            P("2 | Nguyễn Hà Phương | 12 Lý | Vật lí | 14,75", "td"),
            P("3 | Tẩn Thị Mai | 11 Hóa | Hóa học | 14,00", "td"),
            P("4 | Đặng Quốc Huy | 12 Tin | Tin học | 16,25", "td"),
            P("5 | Trần Bảo Ngọc | 12 Văn | Ngữ văn | 13,50", "td"),
            P(
                "Các em sẽ tham gia bồi dưỡng tập trung từ tháng 11/2026 trước khi dự kỳ thi chọn học sinh "
                "giỏi quốc gia dự kiến diễn ra vào tháng 01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Vũ Minh Tuấn</strong></p>'),
        ],
        authors=["Vũ Minh Tuấn"],
        opts={"time": "15:45", "views": 1876},
    ),
    Story(
        47815,
        "khanh-thanh-diem-truong-mam-non-ban-si-choang",
        "Khánh thành điểm trường mầm non bản Sì Choang",
        "1021",
        "2026-10-27T11:30:00+07:00",
        [
            P(
                "Ngày 26/10, tại bản Sì Choang, xã Sìn Hồ, Sở GD&ĐT phối hợp với Quỹ Hy vọng tổ chức "
                "khánh thành điểm trường mầm non mới với tổng kinh phí hơn 1,2 tỷ đồng."
            ),
            P(
                "Công trình gồm 2 phòng học, 1 phòng bếp, nhà vệ sinh và sân chơi, đáp ứng nhu cầu học "
                "tập của 56 trẻ trong bản. Trước đây, các cháu phải học nhờ trong nhà văn hóa bản đã "
                "xuống cấp."
            ),
            Img(
                doc(47815, "khanh-thanh-si-choang.jpg", 1761453000),
                "Các cháu mầm non bản Sì Choang trong ngày khánh thành điểm trường mới",
                "Các cháu mầm non bản Sì Choang trong ngày khánh thành điểm trường mới",
                "em",
            ),
            P(
                "Dịp này, ban tổ chức trao tặng 56 suất quà gồm quần áo ấm, đồ dùng học tập cho các cháu."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Quàng Văn Tuấn</strong></p>'
                '<p style="text-align: right;"><em>Theo Báo Lai Châu</em></p>'
            ),
        ],
        authors=["Quàng Văn Tuấn"],
        source="Báo Lai Châu",
        opts={"time": "11:30", "views": 502},
    ),
    Story(
        47760,
        "duy-tri-si-so-hoc-sinh-dan-toc-thieu-so-sau-ky-nghi-tet-com-moi",
        "Duy trì sĩ số học sinh dân tộc thiểu số sau kỳ nghỉ Tết cơm mới",
        "1024",
        "2026-10-22T14:25:00+07:00",
        [
            P(
                "Sau dịp Tết cơm mới của đồng bào Thái, Giáy, Lự, nhiều trường vùng cao ghi nhận tình "
                "trạng học sinh nghỉ học kéo dài. Sở GD&ĐT đã chỉ đạo các trường triển khai ngay các "
                "giải pháp vận động học sinh trở lại lớp."
            ),
            P("Các giải pháp trọng tâm:"),
            P("Giáo viên chủ nhiệm phối hợp với trưởng bản đến từng gia đình vận động;", "oli"),
            P("Tổ chức các hoạt động văn nghệ, thể thao đầu tuần tạo không khí vui tươi;", "oli"),
            P("Phụ đạo học sinh nghỉ học dài ngày để theo kịp chương trình.", "oli"),
            P(
                "Đến ngày 20/10/2026, tỷ lệ chuyên cần toàn tỉnh đạt 97,2%, tăng 1,8% so với cùng kỳ năm "
                "học trước."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Trần Văn Hiếu</strong><br>'
                "<em>Nguồn: Cổng TTĐT tỉnh Lai Châu</em></p>"
            ),
        ],
        authors=["Trần Văn Hiếu"],
        source="Cổng TTĐT tỉnh Lai Châu",
        opts={"time": "14:25", "views": 433},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def sorted_stories(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def view_path(story: Story) -> str:
    return f"/tin-tuc/-/view/{story.id}/{story.slug}"


def print_path(story: Story) -> str:
    return view_path(story) + "?p_p_state=pop_up&_print=true"


def in_cat(cat: str) -> list[Story]:
    return sorted_stories([s for s in STORIES if s.cat == cat])


GOLD = [
    gold_record(
        s,
        view_path(s),
        CATEGORIES[s.cat],
        alt_paths=(f"/tin-tuc/-/view/{s.id}", print_path(s)),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/tin-tuc/-/list/1021?page=2",
    "/gioi-thieu",
    "/lich-cong-tac",
    "/van-ban",
    "/van-ban/-/view/3312",
    "/hoi-dap",
]


# --- widgets' data ----------------------------------------------------------------------------

CALENDAR = [
    (
        "Thứ Hai 30/11/2026",
        "08h00",
        "Giám đốc Sở dự họp UBND tỉnh thường kỳ tháng 11",
        "Phòng họp số 1, UBND tỉnh",
    ),
    (
        "Thứ Ba 01/12/2026",
        "14h00",
        "Phó Giám đốc Sở làm việc với Trường PT DTNT tỉnh",
        "Trường PT DTNT tỉnh",
    ),
    ("Thứ Tư 02/12/2026", "07h30", "Kiểm tra công tác bán trú tại xã Mường Tè", "Xã Mường Tè"),
    (
        "Thứ Năm 03/12/2026",
        "08h00",
        "Hội nghị giao ban các phòng chuyên môn",
        "Phòng họp tầng 3, Sở GD&ĐT",
    ),
    ("Thứ Sáu 04/12/2026", "14h00", "Tiếp công dân định kỳ", "Phòng tiếp công dân"),
    ("Thứ Bảy 05/12/2026", "", "Trực cơ quan", "Văn phòng Sở"),
]

DOCS = [
    (
        3312,
        "1856/SGDĐT-GDTrH",
        "01/12/2026",
        "V/v tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
    ),
    (
        3298,
        "1840/KH-SGDĐT",
        "27/11/2026",
        "Kế hoạch kiểm tra công tác bán trú học kỳ I năm học 2026-2027",
    ),
    (
        3287,
        "1821/SGDĐT-VP",
        "24/11/2026",
        "V/v triển khai Tháng hành động vì bình đẳng giới năm 2026",
    ),
    (3275, "1799/QĐ-SGDĐT", "18/11/2026", "Quyết định khen thưởng nhà giáo tiêu biểu năm 2026"),
    (
        3260,
        "1772/SGDĐT-GDMN",
        "12/11/2026",
        "V/v tăng cường tiếng Việt cho trẻ mầm non vùng dân tộc thiểu số",
    ),
]

VOTERS = [
    (
        "Cử tri xã Bum Nưa hỏi: Đề nghị tỉnh sớm bố trí kinh phí xây dựng phòng ở bán trú cho Trường "
        "PTDTBT TH Bum Nưa vì hiện nhiều học sinh phải ở nhờ nhà dân?",
        "Trả lời: Sở GD&ĐT đã tham mưu UBND tỉnh đưa công trình vào danh mục đầu tư năm 2027 từ nguồn "
        "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
    ),
    (
        "Cử tri phường Đoàn Kết hỏi: Việc thu các khoản ngoài học phí đầu năm học có được quy định cụ "
        "thể không?",
        "Trả lời: Các khoản thu dịch vụ phục vụ hoạt động giáo dục thực hiện theo Nghị quyết của HĐND "
        "tỉnh; nhà trường phải công khai và không được thu các khoản ngoài danh mục.",
    ),
]

QA = [
    ("Thủ tục chuyển trường cho học sinh THCS từ tỉnh khác đến?", "02/12/2026"),
    ("Điều kiện xét tuyển thẳng vào lớp 10 Trường PT DTNT tỉnh?", "28/11/2026"),
    ("Giáo viên hợp đồng có được tham gia thi giáo viên dạy giỏi?", "21/11/2026"),
]

LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://laichau.gov.vn", "Cổng TTĐT tỉnh Lai Châu"),
    ("https://baolaichau.vn", "Báo Lai Châu điện tử"),
    ("https://thisinh.thitotnghiepthpt.edu.vn", "Hệ thống thi tốt nghiệp THPT"),
]


# --- printing ---------------------------------------------------------------------------------

THEME = "/html/themes/egov-theme"


def box(kind: str, title: str, content: str, title_href: str = "") -> str:
    heading = f'<a href="{title_href}">{esc(title)}</a>' if title_href else esc(title)
    return (
        f'<div class="portlet-box portlet-{kind}">\n<div class="box-title"><span>{heading}</span></div>\n'
        f'<div class="box-content">\n{content}\n</div>\n</div>'
    )


def date_print(story: Story) -> str:
    d = story.published_at or ""
    return f"{d[8:10]}/{d[5:7]}/{d[:4]}"


def views_print(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def calendar_box() -> str:
    rows = "".join(
        f"<tr><td>{esc(day)}</td><td>{esc(t)}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>"
        for day, t, what, where in CALENDAR[:4]
    )
    table = (
        '<table class="table-lct"><thead><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th>'
        f"<th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>"
        '<div class="view-more"><a href="/lich-cong-tac">Xem toàn bộ lịch tuần</a></div>'
    )
    return box("lich-cong-tac", "Lịch công tác tuần", table, "/lich-cong-tac")


def ticker_box() -> str:
    items = " &nbsp;|&nbsp; ".join(
        f'<a href="/van-ban/-/view/{i}">{esc(num)} ({esc(date)}): {esc(summary)}</a>'
        for i, num, date, summary in DOCS[:3]
    )
    return box(
        "van-ban-moi",
        "Văn bản mới",
        f'<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{items}</marquee>',
    )


def lower_portlets(story: Story | None) -> str:
    voters = "".join(
        f'<div class="ykct-item"><p class="question"><strong>{esc(q)}</strong></p>'
        f'<p class="answer">{esc(a)}</p></div>'
        for q, a in VOTERS
    )
    poll = (
        '<form method="post" action="/thamdo/-/vote" class="poll-form">'
        '<p class="poll-question">Bạn đánh giá thế nào về chất lượng bữa ăn bán trú tại trường của con em mình?</p>'
        '<label><input type="radio" name="_poll_choiceId" value="1"> Rất tốt</label><br>'
        '<label><input type="radio" name="_poll_choiceId" value="2"> Tốt</label><br>'
        '<label><input type="radio" name="_poll_choiceId" value="3"> Bình thường</label><br>'
        '<label><input type="radio" name="_poll_choiceId" value="4"> Chưa tốt</label><br>'
        '<input type="hidden" name="_poll_questionId" value="7021">'
        '<input type="submit" value="Biểu quyết" class="btn-vote"> '
        '<input type="submit" name="_poll_result" value="Xem kết quả" class="btn-result"></form>'
    )
    weather = (
        '<div class="weather"><img src="' + THEME + '/images/weather/cloudy.png" alt="">'
        '<span class="city">Thời tiết Lai Châu</span> <span class="temp">18°C</span>'
        '<span class="desc">Nhiều mây, sương mù nhẹ. Độ ẩm 86%</span></div>'
        '<table class="exchange"><tr><th>Ngoại tệ</th><th>Mua</th><th>Bán</th></tr>'
        "<tr><td>USD</td><td>25.310</td><td>25.670</td></tr>"
        "<tr><td>EUR</td><td>27.905</td><td>29.380</td></tr>"
        "<tr><td>CNY</td><td>3.512</td><td>3.640</td></tr></table>"
        '<p class="source-rate">Nguồn: Vietcombank</p>'
    )
    qa = (
        "<ul>"
        + "".join(
            f'<li><a href="/hoi-dap">{esc(q)}</a> <span class="date">({d})</span></li>'
            for q, d in QA
        )
        + '</ul><div class="view-more"><a href="/hoi-dap">Gửi câu hỏi</a></div>'
    )
    docs = "".join(
        f'<tr><td><a href="/van-ban/-/view/{i}">{esc(num)}</a></td><td>{d}</td><td>{esc(s)}</td></tr>'
        for i, num, d, s in DOCS
    )
    docs_table = (
        '<table class="table-vanban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table>"
        '<div class="view-more"><a href="/van-ban">Xem tất cả</a></div>'
    )
    parts = [
        box("y-kien-cu-tri", "Ý kiến cử tri", voters),
        box("tham-do", "Thăm dò ý kiến", poll),
        box("tien-ich", "Tỷ giá / Thời tiết", weather),
        box("hoi-dap", "Hỏi đáp trực tuyến", qa, "/hoi-dap"),
        box("van-ban-chi-dao", "Văn bản chỉ đạo", docs_table, "/van-ban"),
    ]
    if story is not None:
        related = [s for s in in_cat(story.cat) if s is not story][:4]
        items = "".join(
            f'<li><a href="{view_path(s)}">{esc(s.title)}</a> <span class="date">({date_print(s)})</span></li>'
            for s in related
        )
        parts.append(
            box("tin-cung-chuyen-muc", "Tin cùng chuyên mục", f'<ul class="list-news">{items}</ul>')
        )
    options = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in LINKS)
    parts.append(
        box(
            "lien-ket",
            "Liên kết website",
            '<select onchange="if(this.value) window.open(this.value)">'
            f'<option value="">-- Chọn liên kết --</option>{options}</select>',
        )
    )
    return "\n".join(parts)


MOST_READ = [48250, 48231, 47870, 48110, 48199]


def layout(title: str, crumbs: list[tuple[str, str]], column: str, head: str = "") -> str:
    menu = "".join(
        f'<li><a href="{h}">{esc(n)}</a></li>'
        for h, n in [
            ("/", "Trang chủ"),
            ("/gioi-thieu", "Giới thiệu"),
            *((f"/tin-tuc/-/list/{k}", v) for k, v in CATEGORIES.items()),
            ("/van-ban", "Văn bản"),
            ("/lich-cong-tac", "Lịch công tác"),
            ("/hoi-dap", "Hỏi đáp"),
        ]
    )
    crumb = " <span>»</span> ".join(
        f'<a href="{h}">{esc(n)}</a>' if h else f'<span class="current">{esc(n)}</span>'
        for h, n in crumbs
    )
    most = "".join(
        f'<li><a href="{view_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<!DOCTYPE html>
<html lang="vi" class="ltr aui">
<head>
<meta charset="utf-8">
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon">
<link href="{THEME}/css/main.css?browserId=other&amp;themeId=egovtheme_WAR_egovtheme" rel="stylesheet">
<script src="/combo/?browserId=other&amp;minifierType=js&amp;/html/js/aui/aui/aui.js"></script>
{head}
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="today">{HEADER_TODAY}</span>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="keywords" placeholder="Tìm kiếm...">
<input type="submit" value="Tìm"></form>
<a href="/c/portal/login" class="sign-in" rel="nofollow">Đăng nhập</a></div>
<div class="banner-logo"><a href="/"><img src="{THEME}/images/banner-sgddt.png" alt="{esc(SITE_TITLE)}"></a></div>
<nav class="navigation" id="navigation"><ul>{menu}</ul></nav>
</header>
<div class="breadcrumb-portlet">{crumb}</div>
<div id="content" class="columns-2">
<div class="col-main portlet-column" id="column-1">
<div class="content-portlet">
{column}
</div>
</div>
<div class="col-right portlet-column" id="column-2">
{box("tin-doc-nhieu", "Tin đọc nhiều", f'<ul class="list-news">{most}</ul>')}
{box("thong-ke", "Thống kê truy cập", '<ul class="counter"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.046</b></li><li>Tổng truy cập: <b>3.218.554</b></li></ul>')}
{box("banner", "Chuyên trang", f'<a href="https://dichvucong.laichau.gov.vn"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a><a href="https://csdl.moet.gov.vn"><img src="{THEME}/images/banner-csdl.png" alt="CSDL ngành"></a>')}
</div>
</div>
<footer id="footer">
<p><strong>{esc(SITE_TITLE.upper())}</strong></p>
<p>Địa chỉ: Tầng 3, Khu B, Trung tâm Hành chính - Chính trị tỉnh, phường Đông Phong, tỉnh Lai Châu</p>
<p>Điện thoại: 0213 3876 518 - Fax: 0213 3876 519 - Email: sogddt@laichau.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Lai Châu. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="vendor">Thiết kế và phát triển bởi Trung tâm CNTT-TT tỉnh Lai Châu</p>
</footer>
</div>
</body>
</html>"""


def render_image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;">'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
            f'style="width: 600px;"><tbody><tr><td>{tag}</td></tr>'
            f'<tr><td class="image_desc"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image">{tag}<figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "em" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    elif img.style == "center" and img.printed:
        out += f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            out.append('<p style="text-align: justify;">' + "<br>\n".join(lines) + "</p>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif story.opts.get("lead_bold") and story.summary == b.text:
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def article_portlet(request: Request, story: Story, printing: bool = False) -> str:
    base = base_url(request)
    sapo = (
        f'<div class="sapo-detail"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    url = quote(base + view_path(story), safe="")
    tools = (
        ""
        if printing
        else f"""<div class="tools-detail">
<a href="{esc(print_path(story))}" target="_blank" class="print"><img src="{THEME}/images/icon-print.png" alt=""> In bài viết</a>
<a href="mailto:?subject={quote(story.title)}&amp;body={url}" class="email"><img src="{THEME}/images/icon-email.png" alt=""> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="share-fb">Chia sẻ Facebook</a>
<a href="https://zalo.me/share?url={url}" target="_blank" class="share-zalo">Zalo</a>
<a href="javascript:history.back()" class="back">Quay lại</a>
</div>"""
    )
    inner = f"""<div class="news-detail">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="date-detail">Cập nhật: {date_print(story)} {story.opts["time"]}</div>
{sapo}
<div class="content-detail">
{render_body(story)}
</div>
<div class="footer-detail"><span class="view-count">Lượt xem: {views_print(story.opts["views"])}</span>
{tools}
</div>
</div>"""
    return box("chi-tiet-tin", "Chi tiết tin", inner)


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    if request.params.get("p_p_state") == "pop_up":
        body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link href="{THEME}/css/print.css" rel="stylesheet"></head>
<body class="portal-popup" onload="window.print()">
{article_portlet(request, story, printing=True)}
</body></html>"""
        return html(body)
    head = (
        f'<link rel="canonical" href="{base}{view_path(story)}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}{view_path(story)}">\n<meta property="og:type" content="article">'
    )
    column = "\n".join(
        [calendar_box(), ticker_box(), article_portlet(request, story), lower_portlets(story)]
    )
    crumbs = [
        ("/", "Trang chủ"),
        ("/tin-tuc", "Tin tức"),
        (f"/tin-tuc/-/list/{story.cat}", CATEGORIES[story.cat]),
    ]
    return html(layout(story.title, crumbs, column, head))


def pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a href="/tin-tuc/-/list/{cat}?page={page - 1}">« Trước</a>')
    for n in range(1, pages + 1):
        links.append(
            f'<span class="current">{n}</span>'
            if n == page
            else f'<a href="/tin-tuc/-/list/{cat}?page={n}">{n}</a>'
        )
    if page < pages:
        links.append(f'<a href="/tin-tuc/-/list/{cat}?page={page + 1}">Sau »</a>')
    return '<div class="paging">' + " ".join(links) + "</div>"


def news_item(story: Story, with_sapo: bool = True) -> str:
    img = next(iter(story.images), None)
    thumb = (
        f'<a href="{view_path(story)}"><img class="thumb" src="{esc(img.src)}" alt=""></a>'
        if img
        else ""
    )
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    lead = lead if len(lead) < 180 else lead[:177].rsplit(" ", 1)[0] + "..."
    return (
        f'<div class="news-item">{thumb}<h3><a href="{view_path(story)}">{esc(story.title)}</a></h3>'
        f'<span class="date">{date_print(story)}</span>'
        + (f'<p class="sapo">{esc(lead)}</p>' if with_sapo else "")
        + "</div>"
    )


def list_page(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(news_item(s) for s in chunk)
    column = "\n".join(
        [
            calendar_box(),
            ticker_box(),
            box(
                "danh-sach-tin",
                CATEGORIES[cat],
                f'<div class="list-news-cat">{items}</div>{pager(cat, page, pages)}',
            ),
            lower_portlets(None),
        ]
    )
    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), ("", CATEGORIES[cat])]
    return html(layout(CATEGORIES[cat], crumbs, column))


def news_index(request: Request) -> Response:
    boxes = []
    for cat, name in CATEGORIES.items():
        items = "\n".join(news_item(s, with_sapo=False) for s in in_cat(cat)[:3])
        boxes.append(
            box(
                f"cat-{cat}",
                name,
                items
                + f'<div class="view-more"><a href="/tin-tuc/-/list/{cat}">Xem tiếp</a></div>',
                f"/tin-tuc/-/list/{cat}",
            )
        )
    return html(layout("Tin tức", [("/", "Trang chủ"), ("", "Tin tức")], "\n".join(boxes)))


def home(request: Request) -> Response:
    newest = sorted_stories(STORIES)[:3]
    slides = "".join(
        f'<div class="slide"><a href="/tin-tuc/-/view/{s.id}">'
        + (f'<img src="{esc(s.images[0].src)}" alt="">' if s.images else "")
        + f'<span class="slide-title">{esc(s.title)}</span></a></div>'
        for s in newest
    )
    boxes = [
        calendar_box(),
        ticker_box(),
        box("tin-noi-bat", "Tin nổi bật", f'<div class="slider">{slides}</div>'),
    ]
    for cat, name in CATEGORIES.items():
        items = "\n".join(news_item(s, with_sapo=i == 0) for i, s in enumerate(in_cat(cat)[:3]))
        boxes.append(
            box(
                f"cat-{cat}",
                name,
                items
                + f'<div class="view-more"><a href="/tin-tuc/-/list/{cat}">Xem tiếp »</a></div>',
                f"/tin-tuc/-/list/{cat}",
            )
        )
    boxes.append(lower_portlets(None))
    return html(layout("Trang chủ", [("/", "Trang chủ")], "\n".join(boxes)))


GIOI_THIEU = [
    "Sở Giáo dục và Đào tạo tỉnh Lai Châu là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng tham "
    "mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường "
    "xuyên và giáo dục chuyên nghiệp trên địa bàn tỉnh.",
    "Sở có Giám đốc, các Phó Giám đốc và 7 phòng chuyên môn: Văn phòng, Phòng Tổ chức cán bộ, Phòng "
    "Kế hoạch - Tài chính, Phòng Giáo dục Mầm non, Phòng Giáo dục Tiểu học, Phòng Giáo dục Trung học, "
    "Phòng Quản lý chất lượng.",
    "Toàn tỉnh hiện có 512 trường học, trong đó 7 trường PT DTNT và 152 trường PTDTBT.",
]


def static_page(request: Request, title: str, content: str, crumb: str) -> Response:
    column = box("static", crumb, f'<h1 class="title-page">{esc(title)}</h1>\n{content}')
    return html(layout(title, [("/", "Trang chủ"), ("", crumb)], column))


def gioi_thieu(request: Request) -> Response:
    paras = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in GIOI_THIEU)
    return static_page(request, "Giới thiệu chung", paras, "Giới thiệu")


def lich_cong_tac(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{esc(day)}</td><td>{esc(t)}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>"
        for day, t, what, where in CALENDAR
    )
    content = (
        '<p class="week">Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</p>'
        '<table class="table-lct" border="1"><thead><tr><th>Ngày</th><th>Thời gian</th><th>Nội dung</th>'
        f"<th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table>"
        "<p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>"
        '<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'
    )
    return static_page(request, "Lịch công tác tuần của Lãnh đạo Sở", content, "Lịch công tác")


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{k + 1}</td><td><a href="/van-ban/-/view/{i}">{esc(num)}</a></td><td>{d}</td>'
        f"<td>{esc(s)}</td></tr>"
        for k, (i, num, d, s) in enumerate(DOCS)
    )
    content = (
        '<table class="table-vanban" border="1"><thead><tr><th>STT</th><th>Số ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return static_page(request, "Văn bản chỉ đạo, điều hành", content, "Văn bản")


def van_ban_view(request: Request, doc_id: int) -> Response | None:
    entry = next((d for d in DOCS if d[0] == doc_id), None)
    if entry is None:
        return None
    _, num, d, summary = entry
    pdf = f"/documents/20126/0/{num.split('/')[0]}-{doc_id}.pdf"
    content = (
        '<table class="vanban-detail" border="1"><tbody>'
        f"<tr><th>Số ký hiệu</th><td>{esc(num)}</td></tr>"
        f"<tr><th>Ngày ban hành</th><td>{d}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        "<tr><th>Người ký</th><td>Phó Giám đốc Sở</td></tr>"
        f"<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr>"
        f'<tr><th>Tệp đính kèm</th><td><a href="{esc(pdf)}">Tải về</a></td></tr>'
        "</tbody></table>"
    )
    return static_page(request, f"Văn bản số {num}", content, "Văn bản")


def hoi_dap(request: Request) -> Response:
    items = "".join(
        f'<div class="qa-item"><p class="q"><strong>Hỏi:</strong> {esc(q)} <span class="date">({d})</span></p>'
        '<p class="a"><strong>Đáp:</strong> Đề nghị bạn liên hệ bộ phận một cửa của Sở hoặc xem hướng '
        "dẫn chi tiết tại mục Thủ tục hành chính.</p></div>"
        for q, d in QA
    )
    form = (
        '<form method="post" action="/hoi-dap"><input type="text" name="hoten" placeholder="Họ và tên">'
        '<input type="text" name="email" placeholder="Email"><textarea name="cauhoi"></textarea>'
        '<input type="submit" value="Gửi câu hỏi"></form>'
    )
    return static_page(request, "Hỏi đáp trực tuyến", items + form, "Hỏi đáp")


def vote(request: Request) -> Response:
    content = (
        "<ul><li>Rất tốt: 41%</li><li>Tốt: 37%</li><li>Bình thường: 15%</li><li>Chưa tốt: 7%</li></ul>"
        "<p>Tổng số phiếu: 1.284</p>"
    )
    return static_page(request, "Kết quả thăm dò ý kiến", content, "Thăm dò ý kiến")


class EgovSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/documents/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if re.search(r"\.(jpg|png)/", path):
                return static_file(".jpg")
            return None
        if path.startswith(("/html/", "/combo/")):
            return static_file(path) or Response(200, b"", {"Content-Type": "text/css"})
        if path == "/":
            return home(request) if not request.query else None
        if path == "/tin-tuc":
            return news_index(request)
        if m := re.fullmatch(r"/tin-tuc/-/view/(\d+)(?:/([a-z0-9-]+))?", path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or (m.group(2) and m.group(2) != story.slug):
                return None
            if request.query and request.params.get("p_p_state") != "pop_up":
                return None
            return article_page(request, story)
        if m := re.fullmatch(r"/tin-tuc/-/list/(\d+)", path):
            return list_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if m := re.fullmatch(r"/van-ban/-/view/(\d+)", path):
            return van_ban_view(request, int(m.group(1)))
        pages = {
            "/gioi-thieu": gioi_thieu,
            "/lich-cong-tac": lich_cong_tac,
            "/van-ban": van_ban,
            "/hoi-dap": hoi_dap,
        }
        if path in pages:
            return pages[path](request)
        if path == "/thamdo/-/vote" and request.method == "POST":
            return vote(request)
        return None


def build_site() -> EgovSite:
    return EgovSite()
