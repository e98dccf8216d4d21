"""Phòng GD&ĐT huyện Hướng Hóa (Quảng Trị) on a vendor ASP.NET MVC portal ("Cổng thông tin
điện tử ngành giáo dục", a Razor theme sold to many district offices), whose home page carries a
weekly work calendar box: weekly calendars and exam schedules that look like dated posts.

Platform
--------
An ASP.NET MVC 5 site (``X-AspNetMvc-Version`` header, ``/bundles/…`` style bundles,
``__RequestVerificationToken`` in the poll form). Routes are attribute routes with a slug and the
numeric id: the controller looks the item up by id only. Markup classes are the vendor's own:
``news-item`` (listing cards), ``news-detail`` (news and notices), ``notice-detail`` (notices, on
top of ``news-detail``), ``lich-tuan`` (weekly calendars), ``exam-schedule`` (exam schedules).
Every page: a header with the date "Thứ Sáu, 04/12/2026" (today, never a publication date), the
main menu, breadcrumbs, a sidebar (Lịch công tác tuần box, Đọc nhiều, Liên kết website, a poll
form, the visitor counter "Đang online / Hôm nay / Tổng truy cập"), and a footer with address and
phone.

URL scheme
----------
- ``/``: home: "Tin mới" (6 newest news, both news categories), "Thông báo" box (5 newest items
  of the Thông báo list, exam schedules included), "Lịch công tác tuần" box (weeks 49 and 48 and
  "Xem tất cả"), "Lịch thi" box.
- ``/tin-tuc/<slug>-<id>``: a news article; ``?print=1`` is its print view ("In bài").
- ``/thong-bao/<slug>-<id>``: a notice (an article too); ``?print=1`` as above.
- ``/lich-cong-tac/tuan-<week>-<year>``: a weekly work calendar (weeks 46-49 of 2026).
- ``/lich-cong-tac?page=<n>``: the calendar list, 3 per page (``/lich-cong-tac`` = page 1).
- ``/lich-thi/<slug>-<id>``: an exam schedule.
- ``/danh-muc/<slug>?page=<n>``: category listings, 6 per page (``tin-tuc-giao-duc``,
  ``thong-bao``, ``hoat-dong-chuyen-mon``); a page past the end answers 200 "Chưa có bài viết".
- ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``: static pages.
- ``/Uploads/images/2026/<mm>/<file>.jpg`` photos, ``/Uploads/files/<file>.pdf`` attachments
  (served as PDF), ``/Content/…`` theme images and styles.

How each gold article is reached
--------------------------------
- News: home "Tin mới" (6 newest), the category listings, "Tin cùng chuyên mục" (the 4 newest
  others of the category) and "Đọc nhiều". The oldest Tin tức giáo dục article (Hội thi Tin học
  trẻ, 15/10/2026) is the 7th of its category: only on ``/danh-muc/tin-tuc-giao-duc?page=2``.
- Notices: the home "Thông báo" box, ``/danh-muc/thong-bao`` (which also lists the three exam
  schedules, by date) and "Thông báo khác". The oldest notice (05/10/2026) is the 7th item of
  that list: only on ``/danh-muc/thong-bao?page=2``.

Traps
-----
- Weekly calendars ("Lịch công tác tuần 48 (từ ngày 23/11/2026 đến ngày 29/11/2026)") print a
  title, "Ngày đăng: 21/11/2026", a print link and a table (Thứ/Ngày | Buổi | Nội dung công việc |
  Thành phần | Địa điểm): dated, titled, but not articles. Four are reachable (home box, calendar
  list pages 1-2, "Tuần trước / Tuần sau" links).
- Exam schedules ("Lịch thi …", a table and one line, "Ngày đăng: … - HH:MM") are listed among
  the notices of the Thông báo category and in the home "Thông báo" box: not articles.
- A real notice consists of one paragraph and a 5-row table (the rows are body), the shape of an
  exam schedule; other notices are 2-4 short paragraphs. Each notice ends with a centred signature
  block ("TRƯỞNG PHÒNG / (đã ký) / Nguyễn Văn Hòa"; "KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG / …"): the
  signer is the author, the block is not body. Some have "File đính kèm: TB-125.pdf" (a link to a
  real PDF): not body.
- Print views ``?print=1`` serve the same article without chrome and without rel=canonical
  (alt_paths in the gold); the normal pages carry rel=canonical.
- Pagination past the end answers 200 with an empty listing.
- Header "Thứ Sáu, 04/12/2026" is today's date.

Gold decisions
--------------
- title: the ``h1`` of the detail page (the ``<title>`` appends " - Phòng GD&ĐT Hướng Hóa").
- published_at: "Ngày đăng: 18/11/2026 - 08:30" -> "2026-11-18T08:30:00+07:00".
- authors/photographers: "Tin: Hồ Thị Thu - Trường TH Khe Sanh" -> Hồ Thị Thu; "Tin, ảnh: X" -> X
  both; "Tin: Phòng GD&ĐT; Ảnh: Trần Quang Vinh"; a right-aligned bare name; a unit signing
  ("Tổ Chuyên môn THCS", "Đoàn trường THCS Lao Bảo") as printed; the meta "Tác giả: ThS. Phan Thị
  Lài" -> Phan Thị Lài; "Tác giả: BBT" and "Ảnh: Internet" -> nobody; notice signers.
- source: "Nguồn: Sở GD&ĐT Quảng Trị" / "Theo Báo Quảng Trị" -> the publication name.
- summary: the bold ``news-detail__sapo`` block when printed (also the first body paragraph).
- body: the ``news-detail__content`` paragraphs; headings, list items, quotes, table rows (cells
  joined by " | "), lines split at <br>. Not captions, bylines, source lines, signatures,
  attachment lines, tags, tools, related lists.
- images: the photos of the content in order; caption = figcaption, the italic centred line or
  the plain centred line under the photo; none when nothing is printed.
- category: the last breadcrumb section.
"""

from __future__ import annotations

import datetime as _dt
import re

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
    opaque,
    static_file,
)

NAME = "weekly_calendar_pgd"
PLATFORM = "Vendor ASP.NET MVC 5 education portal (Razor theme: news-item / news-detail / lich-tuan)"
START_PATH = "/"

SITE_TITLE = "Phòng GD&ĐT Hướng Hóa"
SITE_NAME = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HƯỚNG HÓA"
HEADER_TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6
CAL_PER_PAGE = 3

CATEGORIES = {
    "tin-tuc-giao-duc": "Tin tức giáo dục",
    "thong-bao": "Thông báo",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
}


def up(month: int, name: str) -> str:
    return f"/Uploads/images/2026/{month:02d}/{name}"


def R(*cells: str) -> P:
    """A table row: cells joined by " | " (the gold form)."""
    return P(" | ".join(cells), "td")


def H(*cells: str) -> P:
    return P(" | ".join(cells), "th")


def right(line: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def sign(*lines: str) -> Raw:
    """The centred signature block of a notice: post, "(đã ký)", the signer."""
    out = []
    for line in lines:
        if line.startswith("("):
            out.append(f"<p><em>{esc(line)}</em></p>")
        else:
            out.append(f"<p><strong>{esc(line)}</strong></p>")
    return Raw(
        '<div class="notice-sign" style="width: 45%; margin-left: 55%; text-align: center;">'
        + "".join(out)
        + "</div>"
    )


def attach(name: str) -> Raw:
    return Raw(
        f'<p class="notice-attach"><i class="fa fa-paperclip"></i> File đính kèm: '
        f'<a href="/Uploads/files/{name}" target="_blank">{name}</a></p>'
    )


# --- the articles ------------------------------------------------------------------------------
# opts: kind ("news" | "notice"), date (the printed "Ngày đăng"), meta_author (the author meta
# field), so (notice number), desc (listing text), tags. P styles: "" plain, "h" sub-heading,
# "li" bullet, "ol" numbered item, "quote", "th"/"td" table row, "cont" (after a <br> in the
# previous paragraph). Img styles: "fig" (figcaption), "em" (italic centred line), "center" (plain
# centred line), "bare" (nothing printed).

STORIES: list[Story] = [
    Story(
        2391,
        "trao-hoc-bong-tiep-suc-den-truong-cho-120-hoc-sinh-vung-kho-khan",
        "Trao học bổng “Tiếp sức đến trường” cho 120 học sinh vùng khó khăn",
        "tin-tuc-giao-duc",
        "2026-12-02T15:40:00+07:00",
        [
            P(
                "Chiều 01/12, tại Trường PTDTBT THCS Hướng Lập, Phòng GD&ĐT Hướng Hóa phối hợp với Quỹ "
                "Khuyến học tỉnh Quảng Trị trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh "
                "có hoàn cảnh khó khăn ở các xã vùng cao."
            ),
            Img(
                up(12, "trao-hoc-bong-1.jpg"),
                "Đại diện Quỹ Khuyến học tỉnh trao học bổng cho học sinh Trường PTDTBT THCS Hướng Lập",
                "Đại diện Quỹ Khuyến học tỉnh trao học bổng cho học sinh Trường PTDTBT THCS Hướng Lập",
                "fig",
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng một bộ sách giáo khoa, áo ấm và "
                "dụng cụ học tập. Tổng giá trị đợt trao tặng hơn 300 triệu đồng, do các doanh nghiệp, "
                "nhà hảo tâm trong và ngoài tỉnh đóng góp."
            ),
            P(
                "Phát biểu tại buổi lễ, bà Nguyễn Thị Hương, Phó Trưởng phòng GD&ĐT, cho biết toàn huyện "
                "hiện có gần 9.000 học sinh là con em đồng bào Vân Kiều, Pa Kô; nhiều em phải vượt "
                "hàng chục cây số đường đèo để đến trường, nhất là trong mùa mưa lũ."
            ),
            P(
                "“Những suất học bổng hôm nay không chỉ là sự hỗ trợ vật chất mà còn là lời động viên "
                "để các em vững tin theo đuổi con chữ”, bà Hương chia sẻ.",
                "quote",
            ),
            Img(
                up(12, "trao-hoc-bong-2.jpg"),
                "Các em học sinh nhận quà tại buổi lễ",
                "Các em học sinh nhận quà tại buổi lễ",
                "fig",
            ),
            P(
                "Dịp này, Ban tổ chức cũng trao tặng 2 tủ sách dùng chung và 50 chiếc xe đạp cho học "
                "sinh ở xa trường của xã Hướng Lập và xã Hướng Việt."
            ),
            right("Tin, ảnh: Nguyễn Đức Thắng"),
        ],
        authors=["Nguyễn Đức Thắng"],
        photographers=["Nguyễn Đức Thắng"],
        summary=(
            "Hơn 300 triệu đồng tiền mặt, sách vở và áo ấm đã được trao đến học sinh các xã vùng cao "
            "Hướng Lập, Hướng Việt, A Dơi trước mùa đông năm 2026."
        ),
        sapo_outside=True,
        opts={"tags": ["Học bổng", "Khuyến học"]},
    ),
    Story(
        2384,
        "truong-th-khe-sanh-to-chuc-hoi-khoe-phu-dong-cap-truong",
        "Trường TH Khe Sanh tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "tin-tuc-giao-duc",
        "2026-11-27T09:10:00+07:00",
        [
            P(
                "Trong hai ngày 25 và 26/11/2026, Trường Tiểu học Khe Sanh tổ chức Hội khỏe Phù Đổng cấp "
                "trường với sự tham gia của hơn 450 học sinh từ khối 1 đến khối 5."
            ),
            P(
                "Hội khỏe gồm các môn: chạy 60m, nhảy dây, đá cầu, cờ vua và kéo co. Các nội dung được "
                "tổ chức theo từng khối lớp, bảo đảm an toàn và phù hợp với lứa tuổi."
            ),
            Img(
                up(11, "hkpd-khe-sanh-1.jpg"),
                "Phần thi kéo co sôi nổi của học sinh khối 5",
                "Phần thi kéo co sôi nổi của học sinh khối 5",
                "em",
            ),
            P(
                "Kết thúc hội khỏe, Ban tổ chức trao 36 giải cá nhân và 8 giải đồng đội; lớp 5A giành "
                "giải nhất toàn đoàn."
            ),
            P(
                "Qua hội khỏe, nhà trường chọn 15 vận động viên tiêu biểu để bồi dưỡng, tham gia Hội khỏe "
                "Phù Đổng cấp huyện dự kiến tổ chức vào tháng 3/2027."
            ),
            Img(
                up(11, "hkpd-khe-sanh-2.jpg"),
                "Ban giám hiệu trao giải cho các lớp đạt thành tích cao",
                "Ban giám hiệu trao giải cho các lớp đạt thành tích cao",
                "em",
            ),
            right("Tin: Hồ Thị Thu - Trường TH Khe Sanh", bold=False),
        ],
        authors=["Hồ Thị Thu"],
        opts={"tags": ["Hội khỏe Phù Đổng", "Tiểu học"]},
    ),
    Story(
        2377,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Ngành Giáo dục Hướng Hóa kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-giao-duc",
        "2026-11-20T16:05:00+07:00",
        [
            P(
                "Sáng 19/11, Phòng GD&ĐT huyện Hướng Hóa long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu.",
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các ban ngành, cùng hơn 250 "
                "cán bộ quản lý, giáo viên đại diện cho các trường mầm non, tiểu học và THCS trong huyện."
            ),
            Img(
                up(11, "le-ky-niem-20-11.jpg"),
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "Quang cảnh Lễ kỷ niệm tại Hội trường UBND huyện",
                "center",
            ),
            P("Năm học 2025-2026, toàn ngành đạt được nhiều kết quả nổi bật:", "h"),
            P("Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,6%.", "li"),
            P("Tỷ lệ học sinh tốt nghiệp THCS đạt 98,9%.", "li"),
            P("37 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh.", "li"),
            P("Thêm 4 trường được công nhận đạt chuẩn quốc gia.", "li"),
            Img(
                up(11, "tuyen-duong-nha-giao.jpg"),
                "Lãnh đạo huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện tặng Giấy khen cho các nhà giáo tiêu biểu",
                "center",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 64 nhà giáo có thành tích xuất sắc; 9 "
                "nhà giáo được Giám đốc Sở GD&ĐT tặng Bằng khen."
            ),
            right("Tin: Phòng GD&ĐT; Ảnh: Trần Quang Vinh"),
        ],
        authors=["Phòng GD&ĐT"],
        photographers=["Trần Quang Vinh"],
        opts={"tags": ["20/11", "Nhà giáo"]},
    ),
    Story(
        2368,
        "ban-giao-6-phong-hoc-moi-tai-diem-truong-a-xoc",
        "Bàn giao 6 phòng học mới tại điểm trường A Xóc, xã A Dơi",
        "tin-tuc-giao-duc",
        "2026-11-13T10:20:00+07:00",
        [
            P(
                "Ngày 12/11, Ban Quản lý dự án huyện Hướng Hóa bàn giao 6 phòng học mới tại điểm trường "
                "A Xóc thuộc Trường Mầm non A Dơi và Trường TH&THCS A Dơi đưa vào sử dụng."
            ),
            Img(up(11, "diem-truong-a-xoc.jpg"), None, None, "bare"),
            P(
                "Công trình có tổng mức đầu tư 4,2 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia "
                "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, khởi công từ "
                "tháng 4/2026."
            ),
            P(
                "Ngoài 6 phòng học, công trình còn có nhà vệ sinh, bể nước sạch và sân chơi được lát gạch, "
                "chấm dứt cảnh học sinh phải học nhờ nhà văn hóa thôn suốt nhiều năm."
            ),
            P(
                "Thầy Hồ Văn Lai, Hiệu trưởng Trường TH&THCS A Dơi, cho biết:",
            ),
            P("“Có phòng học mới, các em được học 2 buổi/ngày, phụ huynh yên tâm hơn nhiều.”", "cont"),
            right("Lê Văn Tám"),
        ],
        authors=["Lê Văn Tám"],
        opts={"tags": ["Cơ sở vật chất"]},
    ),
    Story(
        2352,
        "trien-khai-chuong-trinh-sua-hoc-duong-nam-hoc-2026-2027",
        "Hướng Hóa triển khai Chương trình Sữa học đường năm học 2026-2027",
        "tin-tuc-giao-duc",
        "2026-11-06T08:00:00+07:00",
        [
            P(
                "Từ ngày 02/11/2026, hơn 6.200 trẻ mầm non và học sinh tiểu học trên địa bàn huyện Hướng "
                "Hóa bắt đầu được uống sữa miễn phí theo Chương trình Sữa học đường của tỉnh.",
            ),
            P(
                "Theo kế hoạch, mỗi trẻ được uống 5 hộp sữa/tuần, mỗi hộp 180ml, trong suốt 9 tháng của "
                "năm học. Kinh phí do ngân sách tỉnh hỗ trợ 50%, doanh nghiệp cung ứng hỗ trợ 20%, phần "
                "còn lại do ngân sách huyện bảo đảm."
            ),
            Img(
                up(11, "sua-hoc-duong.jpg"),
                "Trẻ Trường Mầm non Tân Thành trong giờ uống sữa",
                "Trẻ Trường Mầm non Tân Thành trong giờ uống sữa",
                "em",
            ),
            P(
                "Phòng GD&ĐT yêu cầu các trường bảo quản sữa đúng quy định, ghi chép sổ theo dõi hằng "
                "ngày và báo cáo kịp thời các trường hợp trẻ có biểu hiện bất thường."
            ),
            P(
                "Năm học trước, chương trình đã góp phần giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi ở "
                "các xã vùng cao của huyện từ 18,2% xuống còn 14,6%."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Internet</em></p>'),
            Raw('<p style="text-align: right;"><strong>Nguồn: Sở GD&amp;ĐT Quảng Trị</strong></p>'),
        ],
        source="Sở GD&ĐT Quảng Trị",
        opts={"tags": ["Sữa học đường", "Mầm non"]},
    ),
    Story(
        2340,
        "tang-cuong-phong-chong-duoi-nuoc-cho-hoc-sinh-mua-mua-lu",
        "Tăng cường phòng, chống đuối nước cho học sinh mùa mưa lũ",
        "tin-tuc-giao-duc",
        "2026-10-29T14:30:00+07:00",
        [
            P(
                "Trước diễn biến phức tạp của mưa lũ, Phòng GD&ĐT Hướng Hóa đề nghị thủ trưởng các đơn "
                "vị trường học triển khai ngay các biện pháp phòng, chống đuối nước cho học sinh."
            ),
            P("Các trường tập trung thực hiện:", "h"),
            P("Tuyên truyền, nhắc nhở học sinh không tắm sông, suối, ao hồ; không đi qua ngầm tràn khi nước lớn.", "ol"),
            P("Phối hợp với cha mẹ học sinh quản lý con em trong những ngày nghỉ học do mưa lũ.", "ol"),
            P("Rà soát các điểm trường có nguy cơ sạt lở, chủ động phương án di dời thiết bị, hồ sơ.", "ol"),
            P("Tổ chức dạy bơi, kỹ năng an toàn trong môi trường nước khi điều kiện cho phép.", "ol"),
            P(
                "Các đơn vị báo cáo tình hình thiệt hại (nếu có) về Phòng GD&ĐT qua Tổ Văn phòng trong "
                "vòng 24 giờ để tổng hợp, báo cáo UBND huyện."
            ),
        ],
        opts={"tags": ["Phòng chống thiên tai"], "meta_author": "BBT"},
    ),
    Story(
        2317,
        "khai-mac-hoi-thi-tin-hoc-tre-cap-huyen-lan-thu-xii",
        "Khai mạc Hội thi Tin học trẻ cấp huyện lần thứ XII",
        "tin-tuc-giao-duc",
        "2026-10-15T07:45:00+07:00",
        [
            P(
                "Sáng 14/10, tại Trường THCS Lao Bảo, Phòng GD&ĐT phối hợp với Huyện đoàn Hướng Hóa khai "
                "mạc Hội thi Tin học trẻ cấp huyện lần thứ XII năm 2026."
            ),
            P(
                "Hội thi thu hút 78 thí sinh của 19 trường tiểu học và THCS, thi ở ba bảng: bảng A (tiểu "
                "học), bảng B (THCS) và bảng C (sản phẩm sáng tạo)."
            ),
            Img(
                up(10, "tin-hoc-tre-khai-mac.jpg"),
                "Thí sinh bảng B trong phần thi lập trình",
                "Thí sinh bảng B trong phần thi lập trình",
                "fig",
            ),
            P(
                "Nhiều sản phẩm sáng tạo năm nay hướng đến đời sống địa phương như phần mềm quản lý vườn "
                "cà phê, ứng dụng tra cứu từ vựng tiếng Vân Kiều, trò chơi học toán cho học sinh lớp 1."
            ),
            P(
                "Ban tổ chức sẽ chọn các thí sinh xuất sắc nhất để thành lập đội tuyển tham dự Hội thi "
                "Tin học trẻ tỉnh Quảng Trị vào tháng 12/2026."
            ),
            right("Tin, ảnh: Đoàn trường THCS Lao Bảo"),
        ],
        authors=["Đoàn trường THCS Lao Bảo"],
        photographers=["Đoàn trường THCS Lao Bảo"],
        opts={"tags": ["Tin học trẻ"]},
    ),
    Story(
        2388,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-1",
        "Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 1” tại Trường TH Tân Hợp",
        "hoat-dong-chuyen-mon",
        "2026-11-25T08:30:00+07:00",
        [
            P(
                "Ngày 24/11/2026, Phòng GD&ĐT tổ chức sinh hoạt chuyên đề cụm “Dạy học phát triển năng "
                "lực đọc cho học sinh lớp 1” tại Trường Tiểu học Tân Hợp.",
            ),
            P(
                "Tham dự có 46 cán bộ quản lý, giáo viên dạy lớp 1 của các trường tiểu học cụm Khe Sanh "
                "- Tân Hợp - Tân Liên."
            ),
            P("Tiết dạy minh họa", "h"),
            P(
                "Cô giáo Trần Thị Mỹ Lệ dạy bài “Em yêu trường em” (sách Tiếng Việt 1, bộ Kết nối tri "
                "thức với cuộc sống) với các hoạt động đọc thành tiếng, đọc hiểu qua tranh và trò chơi "
                "ghép vần."
            ),
            Img(
                up(11, "chuyen-de-tan-hop.jpg"),
                "Tiết dạy minh họa của cô giáo Trần Thị Mỹ Lệ",
                "Tiết dạy minh họa của cô giáo Trần Thị Mỹ Lệ",
                "fig",
            ),
            P("Thảo luận", "h"),
            P(
                "Các giáo viên tập trung trao đổi về cách hỗ trợ học sinh dân tộc thiểu số chưa thạo "
                "tiếng Việt, việc sử dụng tranh ảnh và học liệu số trong giờ đọc, cũng như cách đánh giá "
                "thường xuyên bằng nhận xét."
            ),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn "
                "theo hướng nghiên cứu bài học, chia sẻ kinh nghiệm trong toàn cụm."
            ),
        ],
        opts={"tags": ["Chuyên đề", "Tiểu học"], "meta_author": "ThS. Phan Thị Lài"},
        authors=["Phan Thị Lài"],
    ),
    Story(
        2361,
        "hoi-thao-doi-moi-sinh-hoat-to-chuyen-mon-cap-thcs",
        "Hội thảo đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học cấp THCS",
        "hoat-dong-chuyen-mon",
        "2026-11-11T15:00:00+07:00",
        [
            P(
                "Ngày 10/11/2026, tại Trường THCS Khe Sanh, Phòng GD&ĐT tổ chức hội thảo “Đổi mới sinh "
                "hoạt tổ chuyên môn theo nghiên cứu bài học” cho tổ trưởng chuyên môn các trường THCS."
            ),
            P(
                "Bốn báo cáo tham luận đã được trình bày tại hội thảo:"
            ),
            H("TT", "Đơn vị", "Nội dung tham luận"),
            R("1", "THCS Khe Sanh", "Xây dựng chuỗi bài học theo chủ đề môn Khoa học tự nhiên"),
            R("2", "THCS Lao Bảo", "Quan sát giờ học và phân tích hoạt động học của học sinh"),
            R("3", "PTDTBT THCS Hướng Lập", "Sinh hoạt chuyên môn liên trường qua Google Meet"),
            R("4", "THCS Tân Long", "Sử dụng kết quả đánh giá để điều chỉnh kế hoạch dạy học"),
            P(
                "Theo đánh giá của Ban tổ chức, sau hai năm triển khai, nhiều tổ chuyên môn đã chuyển từ "
                "“sinh hoạt hành chính” sang thảo luận thực chất về việc học của học sinh."
            ),
            P(
                "Hội thảo thống nhất mỗi trường tổ chức ít nhất hai chuyên đề nghiên cứu bài học mỗi học "
                "kỳ và chia sẻ hồ sơ lên kho học liệu dùng chung của huyện."
            ),
            right("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={"tags": ["Nghiên cứu bài học", "THCS"]},
    ),
    # --- notices --------------------------------------------------------------------------
    Story(
        1258,
        "thong-bao-to-chuc-thi-chon-hoc-sinh-gioi-van-hoa-lop-9-cap-huyen",
        "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp huyện năm học 2026-2027",
        "thong-bao",
        "2026-12-01T10:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 86/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về nhiệm vụ năm học "
                "2026-2027, Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 9 cấp "
                "huyện vào ngày 12 và 13/12/2026 tại Trường THCS Khe Sanh."
            ),
            P(
                "Môn thi gồm: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí. Mỗi trường "
                "đăng ký tối đa 4 thí sinh/môn."
            ),
            P(
                "Các trường gửi danh sách thí sinh (theo mẫu đính kèm) về Phòng GD&ĐT qua hộp thư điện "
                "tử trước 16 giờ 00 ngày 05/12/2026."
            ),
            sign("TRƯỞNG PHÒNG", "(đã ký)", "Nguyễn Văn Hòa"),
            attach("TB-125.pdf"),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"kind": "notice", "so": "125/TB-PGDĐT"},
    ),
    Story(
        1251,
        "thong-bao-cho-hoc-sinh-nghi-hoc-do-mua-lu",
        "Thông báo cho học sinh nghỉ học do mưa lũ",
        "thong-bao",
        "2026-11-24T14:00:00+07:00",
        [
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường đến các điểm trường bị ngập và sạt "
                "lở, Phòng GD&ĐT thông báo cho học sinh các trường mầm non, tiểu học, THCS trên địa bàn "
                "các xã Hướng Lập, Hướng Việt, Hướng Sơn, Hướng Linh nghỉ học ngày 25 và 26/11/2026."
            ),
            P(
                "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh, bố trí dạy bù bảo đảm "
                "chương trình và báo cáo tình hình về Phòng trước 10 giờ 00 hằng ngày."
            ),
            sign("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "(đã ký)", "Lê Thị Minh Nguyệt"),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        opts={"kind": "notice", "so": "121/TB-PGDĐT"},
    ),
    Story(
        1246,
        "thong-bao-danh-sach-giao-vien-du-thi-giao-vien-day-gioi-cap-tinh",
        "Thông báo danh sách giáo viên dự Hội thi giáo viên dạy giỏi cấp tỉnh",
        "thong-bao",
        "2026-11-17T09:45:00+07:00",
        [
            P(
                "Căn cứ kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học, Phòng GD&ĐT thông báo "
                "danh sách giáo viên dự Hội thi giáo viên dạy giỏi cấp tỉnh năm học 2026-2027 như sau:"
            ),
            H("TT", "Họ và tên", "Đơn vị", "Môn"),
            R("1", "Trần Thị Mỹ Lệ", "TH Tân Hợp", "Tiếng Việt"),
            R("2", "Nguyễn Văn Cường", "TH Khe Sanh", "Toán"),
            R("3", "Hồ Thị Ngọc Ánh", "TH Lao Bảo", "Tiếng Anh"),
            R("4", "Phạm Đình Huy", "TH số 1 Tân Long", "Tin học"),
            sign("TRƯỞNG PHÒNG", "(đã ký)", "Nguyễn Văn Hòa"),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"kind": "notice", "so": "117/TB-PGDĐT"},
    ),
    Story(
        1229,
        "thong-bao-nop-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        "Thông báo về việc nộp hồ sơ đề nghị xét thăng hạng chức danh nghề nghiệp giáo viên năm 2026",
        "thong-bao",
        "2026-10-05T08:15:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 214/KH-UBND ngày 28/9/2026 của UBND huyện Hướng Hóa, Phòng GD&ĐT "
                "thông báo đến các trường mầm non, tiểu học, THCS việc nộp hồ sơ đề nghị xét thăng hạng "
                "chức danh nghề nghiệp giáo viên năm 2026."
            ),
            P(
                "Đối tượng: giáo viên đang giữ hạng III đủ tiêu chuẩn, điều kiện xét thăng hạng II; giáo "
                "viên hạng II đủ tiêu chuẩn, điều kiện xét thăng hạng I theo quy định hiện hành."
            ),
            P(
                "Hồ sơ nộp trực tiếp tại Tổ Tổ chức - Cán bộ, Phòng GD&ĐT (số 12 Lê Duẩn, thị trấn Khe "
                "Sanh) từ ngày 06/10 đến hết ngày 20/10/2026, trong giờ hành chính."
            ),
            P("Mọi vướng mắc liên hệ đồng chí Phan Văn Lực, điện thoại 0233.3880.214 để được hướng dẫn."),
            sign("TRƯỞNG PHÒNG", "(đã ký)", "Nguyễn Văn Hòa"),
            attach("TB-98.pdf"),
        ],
        authors=["Nguyễn Văn Hòa"],
        opts={"kind": "notice", "so": "98/TB-PGDĐT"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def kind(story: Story) -> str:
    return story.opts.get("kind", "news")


def story_path(story: Story) -> str:
    prefix = "thong-bao" if kind(story) == "notice" else "tin-tuc"
    return f"/{prefix}/{story.slug}-{story.id}"


GOLD = [
    gold_record(
        s,
        story_path(s),
        CATEGORIES[s.cat],
        alt_paths=[story_path(s) + "?print=1"],
    )
    for s in STORIES
]

# --- non-articles: weekly calendars and exam schedules ----------------------------------------

DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]

#: week -> (posted, first day, last day, rows: (day index, buổi, nội dung, thành phần, địa điểm))
CALENDARS: dict[int, tuple[str, str, str, list[tuple[int, str, str, str, str]]]] = {
    49: (
        "28/11/2026",
        "30/11/2026",
        "06/12/2026",
        [
            (0, "Sáng", "Giao ban lãnh đạo Phòng", "Lãnh đạo Phòng, tổ trưởng các tổ", "Phòng họp"),
            (0, "Chiều", "Kiểm tra công tác bán trú Trường PTDTBT TH Hướng Lập", "Đ/c Hương, Tổ Tiểu học", "Hướng Lập"),
            (1, "Sáng", "Dự Hội nghị trực tuyến của Sở GD&ĐT", "Trưởng phòng", "Phòng họp trực tuyến"),
            (2, "Cả ngày", "Kiểm tra nội bộ Trường THCS Tân Long", "Đ/c Nguyệt, Tổ THCS", "THCS Tân Long"),
            (3, "Chiều", "Trao học bổng “Tiếp sức đến trường”", "Lãnh đạo Phòng, Tổ Văn phòng", "PTDTBT THCS Hướng Lập"),
            (4, "Sáng", "Họp xét thi đua tháng 11", "Hội đồng Thi đua - Khen thưởng", "Phòng họp"),
            (5, "Sáng", "Trực cơ quan", "Đ/c Lực", "Phòng GD&ĐT"),
        ],
    ),
    48: (
        "21/11/2026",
        "23/11/2026",
        "29/11/2026",
        [
            (0, "Sáng", "Chào cờ, giao ban đầu tuần", "Toàn thể cán bộ, chuyên viên", "Phòng họp"),
            (1, "Sáng", "Chuyên đề dạy học đọc lớp 1 cụm Khe Sanh", "Tổ Tiểu học", "TH Tân Hợp"),
            (1, "Chiều", "Làm việc với Ban QLDA về công trình trường học", "Trưởng phòng, Tổ Kế hoạch", "UBND huyện"),
            (2, "Cả ngày", "Kiểm tra công tác phòng chống lụt bão các trường", "Các tổ chuyên môn", "Các xã vùng cao"),
            (4, "Chiều", "Họp Hội đồng ra đề thi học sinh giỏi lớp 9", "Theo Quyết định", "Phòng GD&ĐT"),
        ],
    ),
    47: (
        "14/11/2026",
        "16/11/2026",
        "22/11/2026",
        [
            (0, "Sáng", "Giao ban lãnh đạo Phòng", "Lãnh đạo Phòng", "Phòng họp"),
            (1, "Cả ngày", "Chấm thi giáo viên dạy giỏi cấp huyện bậc tiểu học", "Ban Giám khảo", "TH Khe Sanh"),
            (3, "Sáng", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Toàn ngành", "Hội trường UBND huyện"),
            (4, "Sáng", "Thăm hỏi các nhà giáo lão thành", "Lãnh đạo Phòng, Công đoàn ngành", "Thị trấn Khe Sanh"),
        ],
    ),
    46: (
        "07/11/2026",
        "09/11/2026",
        "15/11/2026",
        [
            (0, "Sáng", "Chào cờ, giao ban đầu tuần", "Toàn thể cán bộ, chuyên viên", "Phòng họp"),
            (1, "Sáng", "Hội thảo sinh hoạt tổ chuyên môn cấp THCS", "Tổ THCS, tổ trưởng chuyên môn", "THCS Khe Sanh"),
            (3, "Cả ngày", "Bàn giao phòng học điểm trường A Xóc", "Trưởng phòng, Tổ Kế hoạch", "Xã A Dơi"),
            (4, "Chiều", "Họp Chi bộ", "Đảng viên Chi bộ", "Phòng họp"),
        ],
    ),
}


def cal_title(week: int) -> str:
    _posted, first, last, _rows = CALENDARS[week]
    return f"Lịch công tác tuần {week} (từ ngày {first} đến ngày {last})"


#: exam schedules: id -> (slug, title, "Ngày đăng" dd/mm/yyyy, HH:MM, header, rows, the one line)
EXAMS: dict[int, tuple[str, str, str, str, tuple[str, ...], list[tuple[str, ...]], str]] = {
    1255: (
        "lich-thi-chon-hoc-sinh-gioi-van-hoa-lop-9-cap-huyen-nam-hoc-2026-2027",
        "Lịch thi chọn học sinh giỏi văn hóa lớp 9 cấp huyện năm học 2026-2027",
        "28/11/2026",
        "07:30",
        ("Ngày", "Buổi", "Môn thi", "Thời gian làm bài", "Giờ phát đề"),
        [
            ("12/12/2026", "Sáng", "Ngữ văn", "150 phút", "7 giờ 30"),
            ("12/12/2026", "Chiều", "Lịch sử và Địa lí", "150 phút", "14 giờ 00"),
            ("13/12/2026", "Sáng", "Toán", "150 phút", "7 giờ 30"),
            ("13/12/2026", "Chiều", "Tiếng Anh; Khoa học tự nhiên", "150 phút", "14 giờ 00"),
        ],
        "Thí sinh có mặt tại điểm thi Trường THCS Khe Sanh trước giờ thi 30 phút để làm thủ tục.",
    ),
    1240: (
        "lich-thi-thuc-hanh-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        "Lịch thi thực hành Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học",
        "28/10/2026",
        "15:20",
        ("Ngày", "Môn", "Điểm thi", "Số giáo viên"),
        [
            ("16/11/2026", "Tiếng Việt, Toán", "TH Khe Sanh", "18"),
            ("17/11/2026", "Tiếng Anh, Tin học", "TH Lao Bảo", "11"),
            ("18/11/2026", "Đạo đức, Tự nhiên và Xã hội", "TH Tân Hợp", "9"),
        ],
        "Giáo viên bốc thăm bài dạy trước 2 ngày tại điểm thi theo lịch trên.",
    ),
    1231: (
        "lich-thi-hoi-thi-tin-hoc-tre-cap-huyen-lan-thu-xii",
        "Lịch thi Hội thi Tin học trẻ cấp huyện lần thứ XII năm 2026",
        "10/10/2026",
        "09:00",
        ("Ngày", "Buổi", "Bảng thi", "Hình thức"),
        [
            ("14/10/2026", "Sáng", "Bảng A, bảng B", "Thi lý thuyết trên máy"),
            ("14/10/2026", "Chiều", "Bảng A, bảng B", "Thi lập trình"),
            ("15/10/2026", "Sáng", "Bảng C", "Trình bày sản phẩm sáng tạo"),
        ],
        "Thí sinh mang theo thẻ học sinh; không mang thiết bị lưu trữ vào phòng thi.",
    ),
}


def exam_path(eid: int) -> str:
    return f"/lich-thi/{EXAMS[eid][0]}-{eid}"


NON_ARTICLES = [
    "/lich-cong-tac/tuan-49-2026",
    "/lich-cong-tac/tuan-48-2026",
    "/lich-cong-tac",
    exam_path(1255),
    "/danh-muc/thong-bao",
    "/gioi-thieu",
    "/lien-he",
]

# --- dates ---------------------------------------------------------------------------------


def printed_date(story: Story) -> str:
    """"18/11/2026 - 08:30" from the gold's ISO value (the page prints day first)."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):00\+07:00", story.published_at or "")
    assert m, story.slug
    y, mo, d, hh, mm = m.groups()
    return f"{d}/{mo}/{y} - {hh}:{mm}"


def day_only(story: Story) -> str:
    return printed_date(story).split(" - ")[0]


def sort_key_dmy(dmy: str, hm: str = "00:00") -> str:
    d, m, y = dmy.split("/")
    return f"{y}{m}{d}{hm}"


def story_key(story: Story) -> str:
    day, hm = printed_date(story).split(" - ")
    return sort_key_dmy(day, hm)


# --- listings ----------------------------------------------------------------------------------
# A listing entry: (sort key, path, title, day, desc, thumbnail)


def entries(cat: str) -> list[tuple[str, str, str, str, str, str | None]]:
    out = []
    for s in STORIES:
        if s.cat != cat:
            continue
        first = next((b.text for b in s.blocks if isinstance(b, P)), "")
        desc = s.summary or first
        thumb = s.images[0].src if s.images else None
        out.append((story_key(s), story_path(s), s.title, day_only(s), desc, thumb))
    if cat == "thong-bao":
        for eid, (_slug, title, day, hm, _head, _rows, line) in EXAMS.items():
            out.append((sort_key_dmy(day, hm), exam_path(eid), title, day, line, None))
    return sorted(out, reverse=True)


def news_sorted() -> list[Story]:
    return sorted((s for s in STORIES if kind(s) == "news"), key=story_key, reverse=True)


MOST_READ = [2391, 2377, 1258, 2388, 2384]

# --- page chrome ---------------------------------------------------------------------------


def counter() -> str:
    return (
        '<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul>'
        '<li><i class="fa fa-user"></i> Đang online: <b>27</b></li>'
        '<li><i class="fa fa-calendar"></i> Hôm nay: <b>412</b></li>'
        '<li><i class="fa fa-line-chart"></i> Tháng 12: <b>1.736</b></li>'
        '<li><i class="fa fa-globe"></i> Tổng truy cập: <b>1.284.305</b></li></ul></div>'
    )


def sidebar() -> str:
    most = "".join(
        f'<li><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    weeks = "".join(
        f'<li><a href="/lich-cong-tac/tuan-{w}-2026"><i class="fa fa-calendar-o"></i> Tuần {w} '
        f"({CALENDARS[w][1][:5]} - {CALENDARS[w][2][:5]})</a></li>"
        for w in (49, 48)
    )
    exams = "".join(
        f'<li><a href="{exam_path(eid)}">{esc(EXAMS[eid][1])}</a></li>' for eid in sorted(EXAMS, reverse=True)[:2]
    )
    token = opaque("poll-token", 48)
    return f"""<aside class="col-md-4 sidebar">
<div class="widget lich-tuan-box"><h3 class="widget-title"><i class="fa fa-calendar"></i> Lịch công tác tuần</h3>
<ul class="lich-tuan-box__list">{weeks}</ul>
<a class="view-all" href="/lich-cong-tac">Xem tất cả</a></div>
<div class="widget widget-exam"><h3 class="widget-title">Lịch thi</h3><ul>{exams}</ul><a class="view-all" href="/lich-thi">Xem tất cả</a></div>
<div class="widget widget-most"><h3 class="widget-title">Đọc nhiều</h3><ul class="most-read">{most}</ul></div>
<div class="widget widget-banner"><a href="http://www.moet.gov.vn" target="_blank"><img src="/Content/images/banner-bo-gddt.png" alt="Bộ GD&amp;ĐT"></a>
<a href="https://sgddt.quangtri.gov.vn" target="_blank"><img src="/Content/images/banner-so-gddt.png" alt="Sở GD&amp;ĐT Quảng Trị"></a></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="http://huonghoa.quangtri.gov.vn">Cổng TTĐT huyện Hướng Hóa</option>
<option value="https://csdl.moet.gov.vn">CSDL ngành giáo dục</option>
<option value="https://taphuan.csdl.edu.vn">Hệ thống tập huấn giáo viên</option></select></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form action="/Poll/Vote" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}">
<p>Bạn đánh giá thế nào về giao diện website mới?</p>
<label><input type="radio" name="OptionId" value="1"> Rất đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="OptionId" value="2"> Bình thường</label><br>
<label><input type="radio" name="OptionId" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button></form></div>
{counter()}
</aside>"""


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]] | None = None,
           head: str = "") -> str:
    menu = "".join(
        f'<li><a href="/danh-muc/{key}">{esc(name)}</a></li>' for key, name in CATEGORIES.items()
    )
    bc = ""
    if crumbs is not None:
        items = "".join(f'<li><a href="{href}">{esc(name)}</a></li>' for href, name in crumbs)
        bc = f'<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{items}</ol>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/font-awesome.min.css" rel="stylesheet">
<link href="/Content/site.css" rel="stylesheet">
<link rel="shortcut icon" href="/favicon.ico">
{head}
</head>
<body>
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-clock-o"></i> {HEADER_TODAY}</span>
<span class="hotline">Đường dây nóng: 0233.3880.123</span>
<form class="top-search" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<header class="header"><div class="container">
<a href="/" class="logo"><img src="/Content/images/logo-pgd.png" alt="Logo"></a>
<div class="site-name"><p class="ubnd">UBND HUYỆN HƯỚNG HÓA</p><p class="pgd">{SITE_NAME}</p></div>
</div>
<img class="banner" src="/Content/images/banner-top.jpg" alt="">
</header>
<nav class="navbar navbar-main"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">Trang chủ</a></li>
<li class="dropdown"><a href="/gioi-thieu">Giới thiệu</a><ul class="dropdown-menu"><li><a href="/gioi-thieu">Giới thiệu chung</a></li><li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
{menu}
<li><a href="/lich-cong-tac">Lịch công tác</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div></nav>
<div class="container main">
{bc}
<div class="row"><div class="col-md-8 content">
{main}
</div>
{sidebar()}
</div></div>
<footer class="footer"><div class="container">
<p><strong>{SITE_NAME}</strong></p>
<p>Địa chỉ: Số 12 Lê Duẩn, thị trấn Khe Sanh, huyện Hướng Hóa, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3880.123 - Fax: 0233.3880.124 - Email: pgdhuonghoa@quangtri.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hòa - Trưởng phòng</p>
<p class="copyright">© 2026 Bản quyền thuộc Phòng GD&amp;ĐT Hướng Hóa. Thiết kế bởi <a href="https://vnpt.com.vn" target="_blank">VNPT Quảng Trị</a></p>
</div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
</body></html>"""


def respond_html(body: str, status: int = 200) -> Response:
    return html(body, status=status, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def not_found(request: Request) -> Response:
    main = '<div class="error-page"><h2>Không tìm thấy trang</h2><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>'
    return respond_html(layout(request, "Không tìm thấy trang", main, []), 404)


# --- article body ------------------------------------------------------------------------------


def render_blocks(story: Story) -> str:
    out: list[str] = []
    open_list = ""
    rows: list[str] = []

    def flush() -> None:
        nonlocal open_list
        if open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if rows:
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            rows.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            if open_list != tag:
                flush()
                out.append(f"<{tag}>")
                open_list = tag
            out.append(f"<li>{esc(b.text)}</li>")
            continue
        if isinstance(b, P) and b.style in ("th", "td"):
            if open_list:
                out.append(f"</{open_list}>")
                open_list = ""
            cell = "td"
            cells = "".join(
                f"<{cell}>{'<strong>' + esc(c) + '</strong>' if b.style == 'th' else esc(c)}</{cell}>"
                for c in b.text.split(" | ")
            )
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = esc(b.caption or "")
            tag = f'<img src="{b.src}" alt="{alt}" style="width: 100%; max-width: 700px;">'
            if b.style == "fig":
                out.append(f'<figure class="image">{tag}<figcaption>{esc(b.printed or "")}</figcaption></figure>')
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "center":
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;">{esc(b.printed or "")}</p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "cont":
            last = out.pop()
            assert last.endswith("</p>")
            out.append(last[:-4] + f"<br>\n{esc(b.text)}</p>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
    flush()
    return "\n".join(out)


def related(story: Story) -> str:
    if kind(story) == "notice":
        items = [e for e in entries("thong-bao") if e[1] != story_path(story)][:4]
        heading = "Thông báo khác"
    else:
        items = [e for e in entries(story.cat) if e[1] != story_path(story)][:4]
        heading = "Tin cùng chuyên mục"
    lis = "".join(
        f'<li><a href="{path}">{esc(title)}</a> <span class="date">({day})</span></li>'
        for _k, path, title, day, _d, _t in items
    )
    return f'<div class="news-related"><h3 class="news-related__title">{heading}</h3><ul>{lis}</ul></div>'


def tools(path: str, title: str) -> str:
    return (
        '<div class="news-detail__tools">'
        f'<a href="{path}?print=1" target="_blank" class="print"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={esc(title)}" class="email"><i class="fa fa-envelope"></i> Gửi email</a> '
        '<a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:void(0)" class="font-down">A-</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={path}" target="_blank" class="fb">'
        '<i class="fa fa-facebook"></i> Chia sẻ</a></div>'
    )


def article_main(story: Story) -> str:
    path = story_path(story)
    meta = [f'<span class="date"><i class="fa fa-clock-o"></i> Ngày đăng: {printed_date(story)}</span>']
    if story.opts.get("meta_author"):
        meta.append(f'<span class="author"><i class="fa fa-user"></i> Tác giả: {esc(story.opts["meta_author"])}</span>')
    meta.append(f'<span class="views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    if kind(story) == "notice":
        meta.insert(0, f'<span class="so-hieu">Số: {esc(story.opts["so"])}</span>')
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="news-detail__sapo"><strong>{esc(story.summary)}</strong></div>'
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="news-detail__tags"><i class="fa fa-tags"></i> Từ khóa: ' + ", ".join(
            f"<span>{esc(t)}</span>" for t in story.opts["tags"]
        ) + "</div>"
    classes = "news-detail notice-detail" if kind(story) == "notice" else "news-detail"
    return f"""<article class="{classes}">
<h1 class="news-detail__title">{esc(story.title)}</h1>
<div class="news-detail__meta">{' '.join(meta)}</div>
{tools(path, story.title)}
{sapo}
<div class="news-detail__content">
{render_blocks(story)}
</div>
{tags}
</article>"""


def article_page(request: Request, story: Story) -> Response:
    path = story_path(story)
    if request.params.get("print") == "1":
        return respond_html(print_page(story))
    head = (
        f'<link rel="canonical" href="{base_url(request)}{path}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:type" content="article">'
    )
    crumbs = [(f"/danh-muc/{story.cat}", CATEGORIES[story.cat])]
    main = article_main(story) + related(story)
    return respond_html(layout(request, story.title, main, crumbs, head))


def print_page(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link href="/Content/print.css" rel="stylesheet"></head>
<body onload="window.print()" class="print-view">
<div class="print-header"><img src="/Content/images/logo-pgd.png" alt="Logo"> {SITE_NAME}</div>
{article_main(story)}
<div class="print-footer">Địa chỉ: Số 12 Lê Duẩn, thị trấn Khe Sanh, huyện Hướng Hóa, tỉnh Quảng Trị</div>
</body></html>"""


# --- calendars, exams, listings, static pages ------------------------------------------------


def calendar_table(week: int) -> str:
    _posted, first, _last, rows = CALENDARS[week]
    d0, m0, y0 = (int(x) for x in first.split("/"))
    monday = _dt.date(y0, m0, d0)
    body = []
    by_day: dict[int, list[tuple[int, str, str, str, str]]] = {}
    for row in rows:
        by_day.setdefault(row[0], []).append(row)
    for day, day_rows in sorted(by_day.items()):
        date = monday + _dt.timedelta(days=day)
        for n, (_d, buoi, noi_dung, thanh_phan, dia_diem) in enumerate(day_rows):
            first_cell = (
                f'<td rowspan="{len(day_rows)}" class="lich-tuan__day"><b>{DAYS[day]}</b><br>'
                f"{date:%d/%m}</td>"
                if n == 0
                else ""
            )
            body.append(
                f"<tr>{first_cell}<td>{buoi}</td><td>{esc(noi_dung)}</td><td>{esc(thanh_phan)}</td>"
                f"<td>{esc(dia_diem)}</td></tr>"
            )
    return (
        '<table class="table table-bordered lich-tuan__table"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th>'
        "<th>Nội dung công việc</th><th>Thành phần</th><th>Địa điểm</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )


def calendar_page(request: Request, week: int) -> Response:
    posted = CALENDARS[week][0]
    nav = []
    if week - 1 in CALENDARS:
        nav.append(f'<a class="prev" href="/lich-cong-tac/tuan-{week - 1}-2026">« Tuần trước</a>')
    if week + 1 in CALENDARS:
        nav.append(f'<a class="next" href="/lich-cong-tac/tuan-{week + 1}-2026">Tuần sau »</a>')
    path = f"/lich-cong-tac/tuan-{week}-2026"
    main = f"""<div class="lich-tuan">
<h1 class="lich-tuan__title">{esc(cal_title(week))}</h1>
<div class="lich-tuan__meta"><span class="date">Ngày đăng: {posted}</span> <span class="views">Lượt xem: {150 + week * 7}</span></div>
{tools(path, cal_title(week))}
{calendar_table(week)}
<p class="lich-tuan__note"><em>Ghi chú: Lịch có thể thay đổi; mọi điều chỉnh sẽ được Văn phòng thông báo trên website.</em></p>
<div class="lich-tuan__nav">{" | ".join(nav)}</div>
</div>"""
    head = f'<link rel="canonical" href="{base_url(request)}{path}">'
    if request.params.get("print") == "1":
        return respond_html(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(cal_title(week))}</title></head><body class='print-view'>{main}</body></html>")
    crumbs = [("/lich-cong-tac", "Lịch công tác")]
    return respond_html(layout(request, cal_title(week), main, crumbs, head))


def page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(f'<li><a href="{base}?page={page - 1}">«</a></li>')
    for n in range(1, pages + 1):
        cls = ' class="active"' if n == page else ""
        items.append(f'<li{cls}><a href="{base}?page={n}">{n}</a></li>')
    if page < pages:
        items.append(f'<li><a href="{base}?page={page + 1}">»</a></li>')
    return f'<ul class="pagination">{"".join(items)}</ul>'


def calendar_list(request: Request) -> Response:
    page = page_number(request)
    if page is None:
        return not_found(request)
    weeks = sorted(CALENDARS, reverse=True)
    pages = (len(weeks) + CAL_PER_PAGE - 1) // CAL_PER_PAGE
    chunk = weeks[(page - 1) * CAL_PER_PAGE : page * CAL_PER_PAGE]
    items = "".join(
        f'<div class="news-item lich-tuan-item"><h3 class="news-item__title">'
        f'<a href="/lich-cong-tac/tuan-{w}-2026">{esc(cal_title(w))}</a></h3>'
        f'<span class="news-item__date">Ngày đăng: {CALENDARS[w][0]}</span></div>'
        for w in chunk
    ) or '<p class="empty">Chưa có dữ liệu.</p>'
    main = f'<div class="category-page"><h2 class="category-title">Lịch công tác</h2>{items}{pager("/lich-cong-tac", page, pages)}</div>'
    return respond_html(layout(request, "Lịch công tác", main, [("/lich-cong-tac", "Lịch công tác")]))


def exam_page(request: Request, eid: int) -> Response:
    _slug, title, day, hm, header, rows, line = EXAMS[eid]
    path = exam_path(eid)
    head_cells = "".join(f"<th>{esc(c)}</th>" for c in header)
    body_rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    main = f"""<div class="exam-schedule">
<h1 class="exam-schedule__title">{esc(title)}</h1>
<div class="news-detail__meta"><span class="date"><i class="fa fa-clock-o"></i> Ngày đăng: {day} - {hm}</span> <span class="views">Lượt xem: {eid % 700}</span></div>
{tools(path, title)}
<table class="table table-bordered"><thead><tr>{head_cells}</tr></thead><tbody>{body_rows}</tbody></table>
<p>{esc(line)}</p>
</div>"""
    head = f'<link rel="canonical" href="{base_url(request)}{path}">'
    return respond_html(layout(request, title, main, [("/lich-thi", "Lịch thi")], head))


def exam_list(request: Request) -> Response:
    items = "".join(
        f'<div class="news-item"><h3 class="news-item__title"><a href="{exam_path(eid)}">{esc(e[1])}</a></h3>'
        f'<span class="news-item__date">Ngày đăng: {e[2]}</span></div>'
        for eid, e in sorted(EXAMS.items(), reverse=True)
    )
    main = f'<div class="category-page"><h2 class="category-title">Lịch thi</h2>{items}</div>'
    return respond_html(layout(request, "Lịch thi", main, [("/lich-thi", "Lịch thi")]))


def category_page(request: Request, key: str) -> Response:
    page = page_number(request)
    if page is None:
        return not_found(request)
    items = entries(key)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = []
    for _k, path, title, day, desc, thumb in chunk:
        img = (
            f'<a class="news-item__thumb" href="{path}"><img src="{thumb}" alt="{esc(title)}"></a>'
            if thumb
            else f'<a class="news-item__thumb" href="{path}"><img src="/Content/images/no-image.png" alt=""></a>'
        )
        short = desc if len(desc) < 180 else desc[:177].rsplit(" ", 1)[0] + "..."
        cards.append(
            f'<div class="news-item">{img}<h3 class="news-item__title"><a href="{path}">{esc(title)}</a></h3>'
            f'<span class="news-item__date"><i class="fa fa-clock-o"></i> {day}</span>'
            f'<p class="news-item__desc">{esc(short)}</p></div>'
        )
    listing = "".join(cards) or '<p class="empty">Chưa có bài viết trong chuyên mục này.</p>'
    name = CATEGORIES[key]
    main = (
        f'<div class="category-page"><h2 class="category-title">{esc(name)}</h2>{listing}'
        f'{pager(f"/danh-muc/{key}", page, pages)}</div>'
    )
    return respond_html(layout(request, name, main, [(f"/danh-muc/{key}", name)]))


def home(request: Request) -> Response:
    news = news_sorted()[:6]
    top, rest = news[0], news[1:]
    hot = (
        f'<div class="news-hot"><a href="{story_path(top)}"><img src="{top.images[0].src}" alt=""></a>'
        f'<h2><a href="{story_path(top)}">{esc(top.title)}</a></h2>'
        f'<span class="news-item__date">{day_only(top)}</span><p>{esc(top.summary or "")}</p></div>'
    )
    others = "".join(
        f'<div class="news-item"><h3 class="news-item__title"><a href="{story_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="news-item__date">{day_only(s)}</span></div>'
        for s in rest
    )
    notices = "".join(
        f'<li><a href="{path}">{esc(title)}</a> <span class="date">{day}</span></li>'
        for _k, path, title, day, _d, _t in entries("thong-bao")[:5]
    )
    chuyen_mon = "".join(
        f'<li><a href="{path}">{esc(title)}</a></li>'
        for _k, path, title, _day, _d, _t in entries("hoat-dong-chuyen-mon")[:3]
    )
    main = f"""<section class="home-block"><h2 class="block-title"><a href="/danh-muc/tin-tuc-giao-duc">Tin mới</a></h2>
{hot}<div class="news-list">{others}</div></section>
<section class="home-block notice-box"><h2 class="block-title"><a href="/danh-muc/thong-bao">Thông báo</a></h2>
<ul class="notice-list">{notices}</ul><a class="view-all" href="/danh-muc/thong-bao">Xem thêm »</a></section>
<section class="home-block"><h2 class="block-title"><a href="/danh-muc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a></h2>
<ul>{chuyen_mon}</ul></section>"""
    return respond_html(layout(request, "Trang chủ", main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Hướng Hóa là cơ quan chuyên môn thuộc UBND huyện, tham mưu "
            "giúp UBND huyện quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở.",
            "Toàn huyện hiện có 62 trường học với hơn 22.000 học sinh và gần 1.800 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Ông Nguyễn Văn Hòa.",
            "Phó Trưởng phòng: Bà Nguyễn Thị Hương; Bà Lê Thị Minh Nguyệt.",
            "Các tổ: Tổ Văn phòng, Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Tổ chức - Cán bộ, Tổ Kế hoạch - Tài chính.",
        ],
    ),
}


def static_page(request: Request, slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="page-detail"><h1 class="page-detail__title">{esc(title)}</h1>{body}</div>'
    return respond_html(layout(request, title, main, [(f"/{slug}", title)]))


def contact_page(request: Request) -> Response:
    token = opaque("contact-token", 48)
    main = f"""<div class="page-detail contact"><h1 class="page-detail__title">Liên hệ</h1>
<p><strong>{SITE_NAME}</strong></p>
<p>Địa chỉ: Số 12 Lê Duẩn, thị trấn Khe Sanh, huyện Hướng Hóa, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3880.123 - Email: pgdhuonghoa@quangtri.edu.vn</p>
<form action="/lien-he" method="post" class="contact-form">
<input name="__RequestVerificationToken" type="hidden" value="{token}">
<input name="HoTen" placeholder="Họ và tên"><input name="Email" placeholder="Email">
<textarea name="NoiDung" placeholder="Nội dung"></textarea>
<button type="submit">Gửi liên hệ</button></form></div>"""
    return respond_html(layout(request, "Liên hệ", main, [("/lien-he", "Liên hệ")]))


# --- routing -------------------------------------------------------------------------------

_ITEM = re.compile(r"/(tin-tuc|thong-bao|lich-thi)/([a-z0-9-]+)-(\d+)")


class WeeklyCalendarSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Content/", "/Uploads/images/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/Uploads/files/"):
            name = path.rsplit("/", 1)[1]
            if name in ("TB-125.pdf", "TB-98.pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/":
            return home(request)
        if path == "/lich-thi":
            return exam_list(request)
        if path == "/lich-cong-tac":
            return calendar_list(request)
        if m := re.fullmatch(r"/lich-cong-tac/tuan-(\d+)-2026", path):
            week = int(m.group(1))
            return calendar_page(request, week) if week in CALENDARS else not_found(request)
        if m := re.fullmatch(r"/danh-muc/([a-z-]+)", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else not_found(request)
        if m := _ITEM.fullmatch(path):
            section, _slug, num = m.group(1), m.group(2), int(m.group(3))
            if section == "lich-thi":
                return exam_page(request, num) if num in EXAMS else not_found(request)
            story = BY_ID.get(num)
            if story is None or story_path(story).split("/")[1] != section:
                return not_found(request)
            # the vendor route looks the item up by id only: any slug answers the same page
            return article_page(request, story)
        if path.strip("/") in STATIC_PAGES:
            return static_page(request, path.strip("/"))
        if path == "/lien-he":
            return contact_page(request)
        return not_found(request)


def build_site() -> WeeklyCalendarSite:
    return WeeklyCalendarSite()
