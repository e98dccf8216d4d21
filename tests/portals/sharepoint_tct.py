"""Fixture portal: a provincial political school (Trường Chính trị) on SharePoint Server 2010.

Why: some provincial political schools and e-government sites run SharePoint publishing sites.
What a crawler meets there, all printed the way SharePoint 2010 (v4.master) prints it:

* every page is one ``<form id="aspnetForm">`` with ``__VIEWSTATE``, ``__REQUESTDIGEST`` and
  ``__EVENTVALIDATION``; the ribbon row (``s4-ribbonrow``) is in the markup but hidden for
  anonymous visitors; a "Skip to main content" link whose ``href`` is ``javascript:;``; the
  ``<title>`` wrapped in CR/LF and tabs; the top navigation and quick launch menus; the
  ``ms-sitemapdirectional`` breadcrumb; a visitor counter, a "Liên kết website" drop-down, the
  footer with address and phone; a sign-in link through ``/_layouts/Authenticate.aspx``
  (redirects to a login page), as every other ``/_layouts/*.aspx`` application page does for
  an anonymous visitor;
* news items of the list "Tin tức" shown by a custom web part on the publishing page
  ``/tin-tuc/Pages/chi-tiet.aspx?ItemID=NN``; the home page's hand-edited "Tin nổi bật" block
  links three of them as ``/Tin-tuc/Pages/Chi-tiet.aspx?itemid=NN`` (SharePoint answers paths and
  query keys in any case: the same article, listed in ``alt_paths``); no page declares a
  canonical URL (SharePoint 2010 has none);
* category pages of that list whose pager is an ASP.NET DataPager: ``javascript:__doPostBack(
  '<pager button id>','')`` links, so only a form POST (with ``__EVENTTARGET``) reaches page 2;
  numbered buttons are absolute, the "Trang sau"/"Trang trước" buttons count from the page
  stored in ``__VIEWSTATE``;
* the notices list "Thông báo" shown as a list view (``AllItems.aspx``) whose pager is an
  ``onclick="javascript:RefreshPageTo(event, &quot;…?Paged=TRUE\\u0026p_ID=…\\u0026PageFirstRow=…&quot;)"``
  link with ``href="javascript:"``; notices open in the list's ``DispForm.aspx?ID=NN`` (a field
  table: "Tiêu đề", "Nội dung", "Ngày đăng", "Tệp đính kèm", then "Đã tạo lúc … bởi …" and
  "Sửa đổi lần cuối lúc …", record times that are not the publication date); the home page
  links notices through ``/_layouts/CopyUtil.aspx?…`` which redirects to
  ``DispForm.aspx?ID=NN&Source=…`` (listed in ``alt_paths``); the list has an RSS feed whose
  ``pubDate`` is the item's last modification;
* pages that are not news: introduction pages, the training plan ("Kế hoạch đào tạo") with its
  table of classes, the training programme, a document library view paged like the list view,
  contact, search results, the login page.

Dates: the detail web part prints "06/10/2025 8:30 SA" / "2:15 CH" (12-hour clock, SA/CH) or
"Ngày 14-11-2025"; notices print the "Ngày đăng" field as a date. Captions are the line under a
photo, mostly in parentheses (the gold drops the parentheses, as the other fixtures do). One
body is typed decomposed (NFD). Gold: ``path`` is the URL the listings link to.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file, text

NAME = "sharepoint_tct"
PLATFORM = "sharepoint"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Sơn La"
#: the header's "today": never a publication date
CLOCK = "Hôm nay: Thứ Hai, 12/01/2026"
_LOCAL = timezone(timedelta(hours=7))
DETAIL = "/tin-tuc/Pages/chi-tiet.aspx"
NOTICES = "/tin-tuc/Lists/ThongBao"
NOTICE_VIEW = "{5A1F3C2E-8B7D-4E6A-9C0F-2D4B6E8A1C3F}"
NOTICE_LIST = "{8E2C4A6B-1D3F-4B5A-8C7E-9F0A2B4C6D8E}"
DOCS_VIEW = "{C7D9E1F3-2A4B-4C6D-8E0F-1A3B5C7D9E2F}"
WEB_ID = "{3B5D7F9A-1C2E-4A6B-8D0F-2E4A6C8B0D1F}"
SITE_ID = "{9F1B3D5E-7A2C-4E6B-8A0D-1C3E5A7B9D2F}"


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    page: str
    per_page: int
    #: the web part instance behind the page's DataPager
    wp: str


CATS: dict[str, Cat] = {
    "tin-hoat-dong": Cat("tin-hoat-dong", "Tin hoạt động", "/tin-tuc/Pages/tin-hoat-dong.aspx", 3,
                         "g_2f3a5c7e_9b1d_4f6a_8c0e_1a3b5d7f9c2e"),
    "nghien-cuu-trao-doi": Cat("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi",
                               "/tin-tuc/Pages/nghien-cuu-trao-doi.aspx", 2,
                               "g_6d8f0a2c_4e6b_4d8a_9f1c_3e5a7c9e1b4d"),
}
NOTICE_CAT = "Thông báo"
NOTICE_ROWS = 2
IMG = "/tin-tuc/PublishingImages"


def _rte(value: str, nfd: bool = False) -> str:
    return text(value, nfd=nfd)


# --- news items (list "Tin tức", shown by chi-tiet.aspx) -----------------------------------
# opts: date_line (what the web part prints), listed ("dd/mm/yyyy": listings), featured
# (hand-edited home block, case-variant link), nfd.
STORIES: list[Story] = [
    Story(
        id=420,
        slug="trao-hoc-bong",
        title="Trao 30 suất học bổng cho học sinh nghèo vượt khó xã Chiềng Sơn",
        cat="tin-hoat-dong",
        published_at="2025-12-22",
        blocks=[
            P(
                "Ngày 20/12/2025, Công đoàn Trường Chính trị tỉnh phối hợp với Ủy ban nhân dân xã"
                " Chiềng Sơn tổ chức trao 30 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt"
                " khó học tốt tại các trường trên địa bàn xã."
            ),
            P(
                "Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt cùng sách vở, đồ dùng học tập và áo ấm"
                " mùa đông. Kinh phí do cán bộ, giảng viên, người lao động của nhà trường và học viên"
                " các lớp Trung cấp lý luận chính trị đóng góp."
            ),
            Img(
                f"{IMG}/2025/12/trao-hoc-bong-chieng-son.jpg",
                "(Đại diện Công đoàn nhà trường trao học bổng cho các em học sinh)",
                "Đại diện Công đoàn nhà trường trao học bổng cho các em học sinh",
            ),
            P(
                "Đây là hoạt động thường niên của nhà trường trong phong trào “Tết vì người nghèo” và"
                " chương trình kết nghĩa với các xã vùng khó khăn của tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Sơn La</em></p>'),
        ],
        source="Báo Sơn La",
        opts={"date_line": "Ngày 22-12-2025", "listed": "22/12/2025"},
    ),
    Story(
        id=418,
        slug="hoi-nghi-vien-chuc-2026",
        title="HỘI NGHỊ CÁN BỘ, VIÊN CHỨC, NGƯỜI LAO ĐỘNG NĂM 2026",
        cat="tin-hoat-dong",
        published_at="2026-01-08T14:15:00+07:00",
        summary=(
            "Chiều ngày 07/01/2026, Trường Chính trị tỉnh Sơn La long trọng tổ chức Hội nghị cán"
            " bộ, viên chức, người lao động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm"
            " 2025 và bàn giải pháp thực hiện nhiệm vụ năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2025, nhà trường đã tổ chức 41 lớp đào tạo, bồi dưỡng với 3.126 học viên, vượt"
                " 8% kế hoạch; trong đó có 12 lớp Trung cấp lý luận chính trị, 2 lớp Cao cấp lý luận"
                " chính trị hệ không tập trung và 27 lớp bồi dưỡng, cập nhật kiến thức cho cán bộ"
                " cấp xã sau sắp xếp đơn vị hành chính."
            ),
            P(
                "Đội ngũ giảng viên tích cực đổi mới phương pháp giảng dạy, tăng cường đi thực tế cơ"
                " sở; hoàn thành 6 đề tài khoa học cấp trường và biên soạn tài liệu giảng dạy chuyên"
                " đề giáo dục địa phương."
            ),
            Img(
                f"{IMG}/2026/01/hoi-nghi-vien-chuc-2026.jpg",
                "(Đồng chí Hiệu trưởng nhà trường phát biểu tại Hội nghị)",
                "Đồng chí Hiệu trưởng nhà trường phát biểu tại Hội nghị",
            ),
            P(
                "Hội nghị đã thảo luận, thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở"
                " năm 2026 và phát động phong trào thi đua với chủ đề “Đoàn kết, kỷ cương, đổi mới,"
                " chất lượng”."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lò Thị Thanh</strong></p>'),
        ],
        authors=["Lò Thị Thanh"],
        photographers=["Lò Thị Thanh"],
        opts={"date_line": "08/01/2026 2:15 CH", "listed": "08/01/2026", "featured": True},
    ),
    Story(
        id=415,
        slug="ngoai-khoa-k50",
        title="Một số hình ảnh hoạt động ngoại khóa của học viên lớp Trung cấp lý luận chính trị K50",
        cat="tin-hoat-dong",
        published_at="2025-11-14",
        blocks=[
            P(
                "Nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam, học viên lớp Trung cấp lý luận chính"
                " trị K50 tổ chức giao lưu văn nghệ, thể thao với cán bộ, giảng viên nhà trường."
            ),
            Img(f"{IMG}/2025/11/ngoai-khoa-k50-1.jpg", "(Tiết mục múa xòe của học viên lớp K50)",
                "Tiết mục múa xòe của học viên lớp K50"),
            Img(f"{IMG}/2025/11/ngoai-khoa-k50-2.jpg", None, None),
            Img(f"{IMG}/2025/11/ngoai-khoa-k50-3.jpg", "(Giao lưu bóng chuyền hơi giữa học viên và giảng viên)",
                "Giao lưu bóng chuyền hơi giữa học viên và giảng viên"),
        ],
        opts={"date_line": "Ngày 14-11-2025", "listed": "14/11/2025"},
    ),
    Story(
        id=412,
        slug="khai-giang-k52",
        title="KHAI GIẢNG LỚP TRUNG CẤP LÝ LUẬN CHÍNH TRỊ HỆ KHÔNG TẬP TRUNG KHÓA 52",
        cat="tin-hoat-dong",
        published_at="2025-10-06T08:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 06/10/2025, Trường Chính trị tỉnh Sơn La tổ chức Lễ khai giảng lớp Trung"
                " cấp lý luận chính trị hệ không tập trung khóa 52 cho 86 học viên là cán bộ, công"
                " chức, viên chức các xã, phường và các sở, ngành của tỉnh."
            ),
            P(
                "Dự lễ khai giảng có đồng chí Hà Trung Kiên, Phó Trưởng Ban Tổ chức Tỉnh ủy; đại"
                " diện Ban Tuyên giáo và Dân vận Tỉnh ủy; Ban Giám hiệu, trưởng các khoa, phòng và"
                " giảng viên nhà trường."
            ),
            Img(f"{IMG}/2025/10/khai-giang-k52-1.jpg", "(Quang cảnh Lễ khai giảng)", "Quang cảnh Lễ khai giảng"),
            P(
                "Theo kế hoạch, lớp học được tổ chức trong 8 tháng với 4 phần học: những vấn đề cơ"
                " bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng"
                " Cộng sản và lịch sử Đảng; quản lý hành chính nhà nước; kỹ năng lãnh đạo, quản lý và"
                " nghiệp vụ công tác của hệ thống chính trị ở cơ sở."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Hiệu trưởng đề nghị học viên chấp hành nghiêm nội quy,"
                " quy chế học tập, tích cực nghiên cứu, liên hệ thực tiễn địa phương, đơn vị; phòng"
                " Quản lý đào tạo và các khoa chủ động phối hợp bảo đảm chất lượng giảng dạy, quản lý"
                " học viên."
            ),
            Img(f"{IMG}/2025/10/khai-giang-k52-2.jpg", "(Đại diện học viên phát biểu hứa quyết tâm học tập)",
                "Đại diện học viên phát biểu hứa quyết tâm học tập"),
            Raw('<p style="text-align: right;"><strong>Tin: Cầm Thị Hoa</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Quàng Văn Dũng</strong></p>'),
        ],
        authors=["Cầm Thị Hoa"],
        photographers=["Quàng Văn Dũng"],
        opts={"date_line": "06/10/2025 8:30 SA", "listed": "06/10/2025", "featured": True},
    ),
    Story(
        id=409,
        slug="hoi-thi-giang-vien-day-gioi-2025",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2025",
        cat="tin-hoat-dong",
        published_at="2025-09-22T15:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 16 đến ngày 19/9/2025, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy"
                " giỏi cấp trường năm 2025 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết và một bài giảng thảo luận"
                " trước Hội đồng giám khảo và học viên lớp Trung cấp lý luận chính trị. Nhiều bài giảng"
                " đã lồng ghép tình hình thực tiễn của tỉnh, sử dụng hiệu quả bản đồ tư duy, video và"
                " tình huống quản lý để gợi mở thảo luận."
            ),
            P(
                "Kết quả, Hội đồng giám khảo xếp loại giỏi 9 bài giảng, loại khá 5 bài giảng; chọn 3"
                " giảng viên tham dự Hội thi giảng viên dạy giỏi toàn quốc năm 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Điêu Chính Tuấn</strong></p>'),
        ],
        authors=["Điêu Chính Tuấn"],
        opts={"date_line": "22/09/2025 3:40 CH", "listed": "22/09/2025", "nfd": True},
    ),
    Story(
        id=419,
        slug="chuyen-doi-so-dao-tao-boi-duong",
        title="Chuyển đổi số trong đào tạo, bồi dưỡng cán bộ: thuận lợi và thách thức",
        cat="nghien-cuu-trao-doi",
        published_at="2025-12-29",
        summary=(
            "Chuyển đổi số đang mở ra nhiều cơ hội để đổi mới nội dung, phương thức đào tạo, bồi"
            " dưỡng cán bộ, nhưng cũng đặt ra không ít yêu cầu đối với hệ thống trường chính trị."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ứng dụng công nghệ số giúp người học chủ động tiếp cận tài liệu mọi lúc, mọi nơi;"
                " cơ sở đào tạo quản lý học viên, lịch giảng, kết quả học tập thuận tiện và minh bạch"
                " hơn; giảng viên có thêm công cụ trực quan để truyền đạt những nội dung lý luận vốn"
                " khô khan."
            ),
            P(
                "Tuy nhiên, hạ tầng công nghệ thông tin ở nhiều trường chính trị cấp tỉnh còn hạn chế,"
                " kỹ năng số của một bộ phận giảng viên và học viên chưa đáp ứng yêu cầu; cơ chế công"
                " nhận kết quả học tập trực tuyến đối với các chương trình lý luận chính trị chưa đầy đủ."
            ),
            P(
                "Để chuyển đổi số thực chất, cần đầu tư đồng bộ hạ tầng, xây dựng kho học liệu số dùng"
                " chung và bồi dưỡng kỹ năng số cho đội ngũ giảng viên."
            ),
            Raw('<p style="text-align: right;"><em>(Theo Tạp chí Cộng sản)</em></p>'),
        ],
        source="Tạp chí Cộng sản",
        opts={"date_line": "Ngày 29-12-2025", "listed": "29/12/2025"},
    ),
    Story(
        id=411,
        slug="tu-tuong-ho-chi-minh-ve-can-bo",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng ở cơ sở",
        cat="nghien-cuu-trao-doi",
        published_at="2025-10-28T09:00:00+07:00",
        blocks=[
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”, “Muôn việc"
                " thành công hoặc thất bại đều do cán bộ tốt hoặc kém”. Tư tưởng đó đến nay vẫn giữ"
                " nguyên giá trị đối với công tác đào tạo, bồi dưỡng cán bộ cơ sở."
            ),
            P("1. Yêu cầu đặt ra sau sắp xếp chính quyền địa phương hai cấp"),
            P(
                "Sau khi tổ chức chính quyền địa phương hai cấp, khối lượng công việc ở cấp xã tăng"
                " lên đáng kể, đòi hỏi đội ngũ cán bộ vừa vững về chính trị, vừa thạo về chuyên môn,"
                " kỹ năng giải quyết công việc trực tiếp với người dân."
            ),
            P("2. Một số giải pháp"),
            P("Thứ nhất, đổi mới nội dung chương trình theo hướng thiết thực, gắn với vị trí việc làm.", "li"),
            P("Thứ hai, tăng cường phương pháp dạy học tích cực, lấy người học làm trung tâm.", "li"),
            P("Thứ ba, gắn đào tạo, bồi dưỡng với sử dụng và đánh giá cán bộ sau đào tạo.", "li"),
            Raw('<p style="text-align: right;"><strong>Bài: Lê Văn Khánh</strong></p>'),
        ],
        authors=["Lê Văn Khánh"],
        opts={"date_line": "28/10/2025 9:00 SA", "listed": "28/10/2025", "featured": True},
    ),
    Story(
        id=401,
        slug="nang-cao-chat-luong-giang-day",
        title=(
            "Nâng cao chất lượng giảng dạy các môn lý luận chính trị theo hướng phát huy tính tích"
            " cực của học viên"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2025-08-15",
        blocks=[
            P(
                "Học viên các lớp lý luận chính trị ở trường chính trị tỉnh phần lớn là cán bộ đã có"
                " kinh nghiệm thực tiễn. Vì vậy, phương pháp giảng dạy một chiều không còn phù hợp;"
                " giảng viên cần tổ chức để học viên chủ động trao đổi, đối chiếu lý luận với thực"
                " tiễn công tác."
            ),
            P(
                "Qua khảo sát năm 2025 tại nhà trường, 78% học viên mong muốn tăng thời lượng thảo"
                " luận, giải quyết tình huống; 64% đề nghị giảng viên sử dụng nhiều hơn ví dụ thực"
                " tiễn của địa phương."
            ),
            P(
                "Từ thực tế đó, mỗi giảng viên cần thường xuyên cập nhật kiến thức, đi thực tế cơ sở,"
                " xây dựng ngân hàng tình huống và đổi mới hình thức kiểm tra, đánh giá theo hướng"
                " vận dụng."
            ),
            Raw('<p style="text-align: right;"><strong><em>Nguyễn Thị Thu Hà</em></strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date_line": "Ngày 15-08-2025", "listed": "15/08/2025"},
    ),
]


# --- notices (list "Thông báo", shown by DispForm.aspx) -----------------------------------
# opts: posted ("dd/mm/yyyy", the Ngày đăng field), created / modified (record times),
# attachment (file name under Attachments/<ID>/).
NOTICE_ITEMS: list[Story] = [
    Story(
        id=31,
        slug="lich-hoc-cao-cap",
        title="Thông báo lịch học lớp Cao cấp lý luận chính trị hệ không tập trung (tháng 01/2026)",
        cat="thong-bao",
        published_at="2026-01-05",
        # a timetable: one body paragraph per table row, cells joined by " | "
        blocks=[
            P("Phòng Quản lý đào tạo thông báo lịch học tháng 01/2026 của lớp Cao cấp lý luận chính trị hệ không tập trung như sau:"),
            P("Ngày | Buổi | Nội dung | Giảng viên", "row"),
            P("12/01/2026 | Sáng, chiều | Chuyên đề: Xây dựng Đảng về tổ chức | Học viện Chính trị khu vực I", "row"),
            P("13/01/2026 | Sáng | Thảo luận chuyên đề | Học viện Chính trị khu vực I", "row"),
            P("14/01/2026 | Sáng, chiều | Chuyên đề: Công tác kiểm tra, giám sát của Đảng | Học viện Chính trị khu vực I", "row"),
            P("Học viên có mặt tại Hội trường A, Trường Chính trị tỉnh trước giờ học 15 phút."),
        ],
        opts={"posted": "05/01/2026", "created": "03/01/2026 4:40 CH", "modified": "05/01/2026 7:55 SA"},
    ),
    Story(
        id=29,
        slug="chieu-sinh-2026",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính năm 2026",
        cat="thong-bao",
        published_at="2025-12-22",
        blocks=[
            P("Trường Chính trị tỉnh thông báo chiêu sinh các lớp Trung cấp lý luận chính trị - hành chính năm 2026 (chi tiết trong tệp đính kèm)."),
        ],
        opts={"posted": "22/12/2025", "created": "19/12/2025 3:25 CH", "modified": "22/12/2025 9:12 SA",
              "attachment": "TB-chieu-sinh-TCLLCT-2026.pdf"},
    ),
    Story(
        id=27,
        slug="nghi-tet-duong-lich",
        title="Thông báo nghỉ Tết Dương lịch năm 2026",
        cat="thong-bao",
        published_at="2025-12-26",
        blocks=[
            P("Thực hiện thông báo của Ủy ban nhân dân tỉnh, cán bộ, viên chức, người lao động và học viên các lớp được nghỉ Tết Dương lịch năm 2026 vào ngày Thứ Năm, 01/01/2026."),
            P("Các lớp học trở lại bình thường từ ngày 02/01/2026. Phòng Tổ chức - Hành chính bố trí trực cơ quan theo quy định."),
        ],
        opts={"posted": "26/12/2025", "created": "24/12/2025 4:10 CH", "modified": "29/12/2025 8:20 SA"},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_NOTICE_BY_ID = {s.id: s for s in NOTICE_ITEMS}


def _ymd(day: str) -> str:
    d, m, y = day.split("/")
    return f"{y}{m}{d}"


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: (_ymd(s.opts["listed"]), s.id), reverse=True)


def notices() -> list[Story]:
    return sorted(NOTICE_ITEMS, key=lambda s: (_ymd(s.opts["posted"]), s.id), reverse=True)


def pages_of(cat: str) -> int:
    return -(-len(in_cat(cat)) // CATS[cat].per_page)


def detail_path(story: Story) -> str:
    return f"{DETAIL}?ItemID={story.id}"


def variant_path(story: Story) -> str:
    """How the hand-edited home block writes the link."""
    return f"/Tin-tuc/Pages/Chi-tiet.aspx?itemid={story.id}"


def dispform(notice: Story) -> str:
    return f"{NOTICES}/DispForm.aspx?ID={notice.id}"


def copyutil(notice: Story) -> str:
    return (
        f"/_layouts/CopyUtil.aspx?Use=id&amp;Action=dispform&amp;ItemId={notice.id}&amp;ListId={quote(NOTICE_LIST)}"
        f"&amp;WebId={quote(WEB_ID)}&amp;SiteId={quote(SITE_ID)}&amp;Source=%2FPages%2Fdefault%2Easpx"
    )


def sp_encode(value: str) -> str:
    """SPHttpUtility.UrlKeyValueEncode: every non-alphanumeric character as %XX."""
    return "".join(ch if ch.isascii() and ch.isalnum() else "".join(f"%{b:02X}" for b in ch.encode()) for ch in value)


# --- chrome ---------------------------------------------------------------------------------

TOP_NAV: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("/Pages/default.aspx", "Trang chủ", []),
    ("/Pages/gioi-thieu.aspx", "Giới thiệu", [
        ("/Pages/gioi-thieu.aspx", "Giới thiệu chung"),
        ("/Pages/chuc-nang-nhiem-vu.aspx", "Chức năng, nhiệm vụ"),
        ("/Pages/co-cau-to-chuc.aspx", "Cơ cấu tổ chức"),
    ]),
    ("/tin-tuc/Pages/default.aspx", "Tin tức", [
        (CATS["tin-hoat-dong"].page, "Tin hoạt động"),
        (CATS["nghien-cuu-trao-doi"].page, "Nghiên cứu - Trao đổi"),
        (f"{NOTICES}/AllItems.aspx", "Thông báo"),
    ]),
    ("/dao-tao/Pages/ke-hoach-dao-tao.aspx", "Đào tạo, bồi dưỡng", [
        ("/dao-tao/Pages/ke-hoach-dao-tao.aspx", "Kế hoạch đào tạo"),
        ("/dao-tao/Pages/chuong-trinh-dao-tao.aspx", "Chương trình đào tạo"),
    ]),
    ("/van-ban/Forms/AllItems.aspx", "Văn bản", []),
    ("/Pages/lien-he.aspx", "Liên hệ", []),
]

LINKS = [
    ("http://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
    ("https://sonla.gov.vn", "Cổng TTĐT tỉnh Sơn La"),
    ("https://tapchicongsan.org.vn", "Tạp chí Cộng sản"),
    ("https://baosonla.org.vn", "Báo Sơn La"),
]


def _viewstate(path: str, page_no: int = 1) -> str:
    """An opaque view state; the DataPager's page is folded in, as ASP.NET keeps StartRowIndex."""
    return opaque(f"{path}|{page_no}", 180, prefix=b"/wEPDwUKLTk4NjM3MjQ1OQ9kFgJmD2QWAgIBD2QWBA" + f"|pg={page_no}|".encode())


def viewstate_page(value: str) -> int:
    try:
        raw = base64.b64decode(value.encode(), validate=False)
    except ValueError:
        return 1
    m = re.search(rb"\|pg=(\d+)\|", raw)
    return int(m.group(1)) if m else 1


def _hidden(name: str, value: str) -> str:
    return f'<input type="hidden" name="{name}" id="{name}" value="{esc(value)}" />'


def _form_top(action: str, vs_page: int) -> str:
    digest = "0x6E1C0B5F2A9D4E8B7C3A1F0D2E4B6C8A9F1E3D5C7B9A0E2F4D6C8B0A1E3F5D7C9B1A3E5F7D9C1B3E5A7C9E1F3B5D7A9C1E3,12 Jan 2026 02:15:33 -0000"
    return (
        f'<form name="aspnetForm" method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\n'
        '<div>\n'
        + _hidden("MSOWebPartPage_PostbackSource", "")
        + _hidden("MSOTlPn_SelectedWpId", "")
        + _hidden("MSOTlPn_View", "0")
        + _hidden("MSOGallery_SelectedLibrary", "")
        + _hidden("__REQUESTDIGEST", digest)
        + _hidden("__EVENTTARGET", "")
        + _hidden("__EVENTARGUMENT", "")
        + _hidden("__VIEWSTATE", _viewstate(action, vs_page))
        + "\n</div>\n"
        "<script type=\"text/javascript\">\n//<![CDATA[\nvar theForm = document.forms['aspnetForm'];\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n        theForm.__EVENTARGUMENT.value = eventArgument;\n"
        "        theForm.submit();\n    }\n}\n//]]>\n</script>\n"
    )


def _form_bottom(action: str) -> str:
    return (
        '<div>\n' + _hidden("__EVENTVALIDATION", opaque("ev" + action, 60, prefix=b"/wEWBQL")) + "\n</div>\n"
        '<script type="text/javascript">\n//<![CDATA[\nvar _spFormDigestRefreshInterval = 1440000;'
        "var _fV4UI = true;var _spPageContextInfo = {webServerRelativeUrl: \"\\u002f\", webLanguage: 1066,"
        " currentLanguage: 1066, webUIVersion:4, userId: 0, alertsEnabled:false, siteServerRelativeUrl: \"\\u002f\","
        " allowSilverlightPrompt:'True'};\n//]]>\n</script>\n</form>"
    )


def _ribbon(action: str) -> str:
    source = sp_encode(action)
    return f"""<div id="s4-ribbonrow" class="s4-pr s4-ribbonrowhidetitle" style="display:none">
<div id="s4-ribboncont"><div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2">
<div id="RibbonContainer-TabRowLeft" class="ms-cui-TabRowLeft ms-siteactionscontainer s4-notdlg">
<span class="ms-siteactionsmenu" id="siteactiontd"><span style="display:none"><menu type="ServerMenu" id="zz3_SiteActionsMenuMain" largeiconmode="true">
<ie:menuitem id="zz4_MenuItem_ViewAllSiteContents" type="option" onmenuclick="STSNavigate2(event,'/_layouts/viewlsts.aspx');" text="Xem Tất cả Nội dung Site" description="Xem tất cả thư viện và danh sách trong site này." menugroupid="300"></ie:menuitem>
</menu></span><a class="ms-menu-a" id="zz5_SiteActionsMenu" accesskey="/" href="javascript:;"><span>Tác vụ Site</span></a></span>
</div><div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">
<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/Authenticate.aspx?Source={source}" style="display:inline;">Đăng nhập</a>
</div></div></div></div>
<div id="notificationArea" class="s4-noti"></div>
</div>"""


def _top_nav(current: str) -> str:
    items = []
    for href, label, subs in TOP_NAV:
        selected = " selected" if current.lower().startswith(href.rsplit("/", 2)[0].lower() + "/") and href != "/Pages/default.aspx" else ""
        sub = ""
        if subs:
            sub = '<ul class="dynamic">' + "".join(
                f'<li class="dynamic"><a class="dynamic menu-item" href="{h}"><span class="additional-background"><span class="menu-item-text">{esc(t)}</span></span></a></li>'
                for h, t in subs
            ) + "</ul>"
        items.append(
            f'<li class="static{" dynamic-children" if subs else ""}{selected}"><a class="static{selected} menu-item" href="{href}">'
            f'<span class="additional-background"><span class="menu-item-text">{esc(label)}</span></span></a>{sub}</li>'
        )
    return (
        '<div id="zz11_TopNavigationMenuV4" class="s4-tn"><div class="menu horizontal menu-horizontal">'
        f'<ul class="root static">{"".join(items)}</ul></div></div>'
    )


def _quick_launch() -> str:
    groups = []
    for href, label, subs in TOP_NAV[1:]:
        lis = "".join(
            f'<li class="static"><a class="static menu-item" href="{h}"><span class="additional-background"><span class="menu-item-text">{esc(t)}</span></span></a></li>'
            for h, t in subs
        )
        sub = f'<ul class="static">{lis}</ul>' if lis else ""
        groups.append(
            f'<li class="static"><a class="static menu-item" href="{href}"><span class="additional-background">'
            f'<span class="menu-item-text">{esc(label)}</span></span></a>{sub}</li>'
        )
    return (
        '<div id="s4-leftpanel" class="s4-notdlg"><div id="zz12_V4QuickLaunchMenu" class="s4-ql">'
        f'<div class="menu vertical menu-vertical"><ul class="root static">{"".join(groups)}</ul></div></div>'
        '<div class="s4-specialNavLinkList"><a href="/_layouts/viewlsts.aspx" class="s4-rcycl">'
        '<span class="s4-specialNavIcon"></span><span class="ms-splinkbutton-text">Tất cả Nội dung Site</span></a></div></div>'
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    parts = ['<span><a class="ms-sitemapdirectional" href="/Pages/default.aspx">Trang chủ</a></span>']
    for href, label in trail:
        if href:
            parts.append(f'<span><a class="ms-sitemapdirectional" href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="ms-sitemapdirectional">{esc(label)}</span>')
    sep = '<span> &gt; </span>'
    return f'<div class="breadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">{sep.join(parts)}</span></div>'


def _right_column() -> str:
    links = "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in LINKS)
    newest = sorted(STORIES, key=lambda s: (_ymd(s.opts["listed"]), s.id), reverse=True)[:4]
    new_items = "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in newest)
    return f"""<div class="right-column">
<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><span>Tin mới đăng</span></h3></div>
<div class="ms-WPBody"><ul class="tin-moi">{new_items}</ul></div>
<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><span>Liên kết website</span></h3></div>
<div class="ms-WPBody"><select onchange="javascript:if(this.value!='')window.open(this.value);"><option value="">--- Chọn website ---</option>{links}</select></div>
<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><span>Thống kê truy cập</span></h3></div>
<div class="ms-WPBody"><div class="thong-ke">Đang truy cập: <b>17</b><br />Lượt truy cập: <b>1.203.554</b></div></div>
</div>"""


def page(action: str, title: str, trail: list[tuple[str | None, str]], main: str, vs_page: int = 1,
         head: str = "", right: bool = True) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />
<meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" />
<meta http-equiv="Expires" content="0" />
<title>\r\n\t{esc(title)}\r\n</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=p63%2BuzTeSJc22nVGNZ5zwg%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/TCT/css/tct.css"/>
<script type="text/javascript" src="/_layouts/1066/init.js?rev=ck%2BHdHQ8ABQHif7kr%2Bj7iQ%3D%3D"></script>
<link rel="shortcut icon" href="/_layouts/images/favicon.ico" type="image/vnd.microsoft.icon" />
{head}</head>
<body scroll="no" onload="if (typeof(_spBodyOnLoadWrapper) != 'undefined') _spBodyOnLoadWrapper();" class="v4master">
{_form_top(action, vs_page)}
<div id="TurnOnAccessibility" style="display:none" class="s4-notdlg noindex"><a id="linkTurnOnAcc" href="#" class="ms-TurnOnAcc" onclick="SetIsAccessibilityFeatureEnabled(true);UpdateAccessibilityUI();document.getElementById('linkTurnOffAcc').focus();return false;">Bật chế độ dễ truy cập hơn</a></div>
<div class="s4-notdlg noindex"><a href="javascript:;" onclick="javascript:this.href='#mainContent';" class="ms-SkiptoMainContent" accesskey="X">Skip to main content</a></div>
{_ribbon(action)}
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="s4-pr s4-notdlg s4-titlerowhidetitle">
<div class="tct-header"><a href="/Pages/default.aspx"><img src="/Style%20Library/TCT/images/banner-tct.png" alt="{esc(SITE)}" /></a>
<div class="tct-title"><span>TỈNH ỦY SƠN LA</span><strong>TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA</strong></div>
<div class="tct-clock">{CLOCK}</div>
<div id="SRSB" class="tct-search"><input name="InputKeywords" type="text" value="Tìm kiếm..." maxlength="200" title="Tìm kiếm..." onkeypress="javascript: return S3031AEBB_OSBEK(event);" />
<a id="ctl00_PlaceHolderSearchArea_ctl01_S3031AEBB_go" title="Tìm kiếm" href="javascript:S3031AEBB_Submit()"><img src="/_layouts/images/gosearch15.png" alt="Tìm kiếm" /></a></div>
</div>
<div class="s4-notdlg">{_top_nav(action)}</div>
</div>
<div id="s4-statusbarcontainer"><div id="pageStatusBar" class="s4-status-s1"></div></div>
{_quick_launch()}
<div class="s4-ca s4-ca-dlgNoRibbon" id="MSO_ContentTable">
{_breadcrumb(trail)}
<a name="mainContent"></a>
<div class="s4-ba"><div class="ms-bodyareacell"><div id="ctl00_MSO_ContentDiv">
<table class="tct-layout" cellpadding="0" cellspacing="0"><tr><td class="tct-main" valign="top">{main}</td>
<td class="tct-right" valign="top">{_right_column() if right else ""}</td></tr></table>
</div></div></div>
</div>
<div class="tct-footer s4-notdlg"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA</strong></p>
<p>Địa chỉ: Đường Lò Văn Giá, phường Tô Hiệu, tỉnh Sơn La - Điện thoại: 0212 3852 417 - Fax: 0212 3855 206</p>
<p>Email: truongchinhtri@sonla.gov.vn - Bản quyền © 2026 Trường Chính trị tỉnh Sơn La</p></div>
<div id="DeveloperDashboard" class="ms-developerdashboard"></div>
</div></div>
{_form_bottom(action)}
</body>
</html>"""


# --- news detail ----------------------------------------------------------------------------


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="margin: 5px; width: 600px; height: 400px;" class="ms-rtePosition-4" />'
    if not img.printed:
        return f'<p style="text-align: center;">{tag}</p>'
    return f'<p style="text-align: center;">{tag}<br />\n<em>{esc(img.printed)}</em></p>'


def rich_text(story: Story, nfd: bool = False) -> str:
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            trs = []
            for i, row in enumerate(rows):
                cells = row.split(" | ")
                tag = "th" if i == 0 else "td"
                trs.append("<tr>" + "".join(f'<{tag} class="ms-rteTableEvenCol-0">{_rte(c, nfd)}</{tag}>' for c in cells) + "</tr>")
            out.append('<table class="ms-rteTable-default" cellspacing="0" style="width: 100%;"><tbody>' + "".join(trs) + "</tbody></table>")
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_rte(i, nfd)}</li>" for i in items) + "</ul>")
            items.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style == "row":
            rows.append(block.text)
            continue
        if isinstance(block, P) and block.style == "li":
            items.append(block.text)
            continue
        flush()
        if isinstance(block, P):
            if re.match(r"^\d\. ", block.text):
                out.append(f"<p><strong>{_rte(block.text, nfd)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{_rte(block.text, nfd)}</p>')
        elif isinstance(block, Img):
            out.append(_image(block))
        else:
            out.append(block.html)
    flush()
    return "\n".join(out)


def _others(story: Story) -> str:
    rest = [s for s in in_cat(story.cat) if s.id != story.id][:5]
    lis = "".join(
        f'<li><a href="{detail_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["listed"]})</span></li>' for s in rest
    )
    return f'<div class="tin-khac"><div class="tin-khac-title">Các tin khác</div><ul>{lis}</ul></div>'


def detail_page(story: Story, action: str) -> str:
    cat = CATS[story.cat]
    nfd = bool(story.opts.get("nfd"))
    sapo = f'<div class="tom-tat"><strong><em>{_rte(story.summary, nfd)}</em></strong></div>' if story.summary and story.sapo_outside else ""
    main = f"""<div class="ms-webpart-zone"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain">
<div class="ms-WPBody" id="WebPartWPQ3" webpartid="7c1e3a5b-9d2f-4b6a-8e0c-2f4a6c8e0b1d">
<div class="chi-tiet-tin">
<div class="chuyen-muc"><a href="{cat.page}">{esc(cat.name)}</a></div>
<h1 class="tieu-de-tin">{esc(story.title)}</h1>
<div class="ngay-dang">{esc(story.opts["date_line"])}</div>
{sapo}
<div class="noi-dung-tin ms-rtestate-field">{rich_text(story, nfd)}</div>
<div class="cong-cu"><a href="javascript:window.print();">In bài viết</a> | <a href="mailto:?subject={quote(story.title)}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a> | <a href="javascript:history.back();">Quay lại</a></div>
{_others(story)}
</div></div></div></div>"""
    trail = [("/tin-tuc/Pages/default.aspx", "Tin tức"), (cat.page, cat.name)]
    return page(action, "Chi tiết tin", trail, main)


# --- listings -------------------------------------------------------------------------------


def _pager_target(cat: Cat, button: str) -> str:
    return f"ctl00$m${cat.wp}$ctl00$DataPager1${button}"


def category_page(cat: Cat, number: int) -> str:
    items = in_cat(cat.key)
    total = pages_of(cat.key)
    number = max(1, min(number, total))
    chunk = items[(number - 1) * cat.per_page : number * cat.per_page]
    entries = []
    for s in chunk:
        thumb = s.images[0].src if s.images else "/Style%20Library/TCT/images/no-image.jpg"
        lead = s.summary or s.paragraphs[0]
        if len(lead) > 180:
            lead = lead[:180].rsplit(" ", 1)[0] + "..."
        entries.append(
            f'<div class="tin-item"><a href="{detail_path(s)}"><img src="{thumb}" alt="" width="130" /></a>'
            f'<h3><a href="{detail_path(s)}">{esc(s.title)}</a></h3><span class="ngay">{s.opts["listed"]}</span>'
            f"<p>{esc(lead)}</p></div>"
        )
    buttons = []
    if number > 1:
        buttons.append(f"<a href=\"javascript:__doPostBack('{_pager_target(cat, 'ctl00$ctl00')}','')\">Trang trước</a>")
    for n in range(1, total + 1):
        if n == number:
            buttons.append(f"<span>{n}</span>")
        else:
            buttons.append(f"<a href=\"javascript:__doPostBack('{_pager_target(cat, f'ctl01$ctl{n - 1:02d}')}','')\">{n}</a>")
    if number < total:
        buttons.append(f"<a href=\"javascript:__doPostBack('{_pager_target(cat, 'ctl02$ctl00')}','')\">Trang sau</a>")
    main = (
        f'<div class="ms-WPHeader"><h2 class="ms-standardheader ms-WPTitle">{esc(cat.name)}</h2></div>'
        f'<div class="ms-WPBody"><div class="danh-sach-tin">{"".join(entries)}</div>'
        f'<div class="pager"><span id="ctl00_m_{cat.wp}_ctl00_DataPager1">{" ".join(buttons)}</span></div></div>'
    )
    return page(cat.page, cat.name, [("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, cat.name)], main, vs_page=number)


def pager_page_from_post(cat: Cat, form: dict[str, str]) -> int:
    target = form.get("__EVENTTARGET", "")
    prefix = _pager_target(cat, "")
    if not target.startswith(prefix):
        return viewstate_page(form.get("__VIEWSTATE", ""))
    button = target[len(prefix):]
    current = viewstate_page(form.get("__VIEWSTATE", ""))
    if button == "ctl00$ctl00":
        return current - 1
    if button == "ctl02$ctl00":
        return current + 1
    m = re.fullmatch(r"ctl01\$ctl(\d{2})", button)
    return int(m.group(1)) + 1 if m else current


def _refresh(href: str, label: str) -> str:
    js = href.replace("&", "\\u0026")
    return (
        f'<a onclick="javascript:RefreshPageTo(event, &quot;{js}&quot;);javascript:return false;" href="javascript:"'
        f' class="ms-commandLink">{label}</a>'
    )


def _notice_sort_value(notice: Story) -> str:
    d, m, y = notice.opts["posted"].split("/")
    return quote(f"{y}{m}{d} 00:00:00", safe="")


def notice_view(params: dict[str, str], base_path: str) -> str:
    rows = notices()
    start = 0
    if params.get("paged", "").upper() == "TRUE":
        pid = int(params.get("p_id", "0") or 0)
        ids = [n.id for n in rows]
        if pid in ids:
            i = ids.index(pid)
            start = max(0, i - NOTICE_ROWS) if params.get("pagedprev", "").upper() == "TRUE" else i + 1
    chunk = rows[start : start + NOTICE_ROWS]
    body = "".join(
        f'<tr class="{"ms-alternating " if i % 2 else ""}ms-itmhover"><td class="ms-vb-title"><div class="ms-vb itx">'
        f'<a onfocus="OnLink(this)" href="{dispform(n)}" onclick="EditLink2(this,\'WPQ2\');return false;" target="_self">{esc(n.title)}</a></div></td>'
        f'<td class="ms-vb2"><nobr>{n.opts["posted"]}</nobr></td></tr>'
        for i, n in enumerate(chunk)
    )
    nav = []
    if start > 0 and chunk:
        prev = f"{base_path}?Paged=TRUE&PagedPrev=TRUE&p_NgayDang={_notice_sort_value(chunk[0])}&p_ID={chunk[0].id}&PageFirstRow={max(1, start - NOTICE_ROWS + 1)}&View={quote(NOTICE_VIEW)}"
        nav.append(_refresh(prev, '<img src="/_layouts/images/prev.gif" border="0" alt="Trước" />'))
    label = f"{start + 1} - {start + len(chunk)}" if chunk else ""
    nav.append(f'<span class="ms-paging">{label}</span>')
    if start + NOTICE_ROWS < len(rows) and chunk:
        nxt = f"{base_path}?Paged=TRUE&p_NgayDang={_notice_sort_value(chunk[-1])}&p_ID={chunk[-1].id}&PageFirstRow={start + NOTICE_ROWS + 1}&View={quote(NOTICE_VIEW)}"
        nav.append(_refresh(nxt, '<img src="/_layouts/images/next.gif" border="0" alt="Tiếp" />'))
    main = f"""<div class="ms-WPHeader"><h2 class="ms-standardheader ms-WPTitle">Thông báo</h2></div>
<div class="ms-WPBody" id="WebPartWPQ2"><table summary="Thông báo" class="ms-listviewtable" cellpadding="1" cellspacing="0" border="0" dir="None">
<tr class="ms-viewheadertr ms-vhltr"><th class="ms-vh2" scope="col"><div class="ms-vh-div"><a href="javascript:" onclick="javascript:return OnClickFilter(this,event);" sortingfields="SortField=Title">Tiêu đề</a></div></th>
<th class="ms-vh2" scope="col"><div class="ms-vh-div">Ngày đăng</div></th></tr>{body}</table>
<table id="bottomPagingCellWPQ2" class="ms-bottompaging" width="100%"><tr><td class="ms-bottompagingline1"></td></tr>
<tr><td class="ms-vb" align="center"><table><tr><td>{"</td><td>".join(nav)}</td></tr></table></td></tr></table>
<div class="ms-listviewfeed"><a href="/_layouts/listfeed.aspx?List={quote(NOTICE_LIST)}" class="ms-rssfeed">Nguồn cấp dữ liệu RSS</a></div></div>"""
    head = f'<link rel="alternate" type="application/rss+xml" title="Thông báo - RSS" href="/_layouts/listfeed.aspx?List={quote(NOTICE_LIST)}" />\n'
    return page(f"{NOTICES}/AllItems.aspx", "Thông báo - Tất cả các Mục", [("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, "Thông báo")], main, head=head)


def _ext(notice: Story) -> str:
    return "ExternalClass" + hashlib.md5(notice.slug.encode()).hexdigest()[:32].upper()


def notice_page(notice: Story, action: str) -> str:
    attach = ""
    if notice.opts.get("attachment"):
        name = notice.opts["attachment"]
        attach = (
            f'<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader">Tệp đính kèm</h3></td>'
            f'<td valign="top" class="ms-formbody"><table border="0" cellpadding="0" cellspacing="0" id="idAttachmentsTable"><tr><td class="ms-vb">'
            f'<a tabindex="1" href="{NOTICES}/Attachments/{notice.id}/{name}">{esc(name)}</a></td></tr></table></td></tr>'
        )
    main = f"""<div class="ms-WPBody" id="WebPartWPQ2"><table border="0" cellspacing="0" width="100%"><tr><td>
<table border="0" cellspacing="0" width="100%" class="ms-formtable" style="margin-top: 8px;" id="formTbl">
<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader"><a name="SPBookmark_Title"></a>Tiêu đề</h3></td>
<td valign="top" class="ms-formbody" width="400px">{esc(notice.title)}</td></tr>
<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader"><a name="SPBookmark_NoiDung"></a>Nội dung</h3></td>
<td valign="top" class="ms-formbody"><div dir=""><div class="{_ext(notice)}">{rich_text(notice)}</div></div></td></tr>
<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader"><a name="SPBookmark_NgayDang"></a>Ngày đăng</h3></td>
<td valign="top" class="ms-formbody">{notice.opts["posted"]}</td></tr>
{attach}</table>
<table cellpadding="0" cellspacing="0" width="100%"><tr><td class="ms-descriptiontext" id="onetidinfoblock1"><span id="ctl00_m_g_ItemCreated">Đã tạo lúc {notice.opts["created"]}&#160; bởi <a href="/_layouts/userdisp.aspx?ID=7">Văn phòng Trường</a></span></td></tr>
<tr><td class="ms-descriptiontext" id="onetidinfoblock2"><span>Sửa đổi lần cuối lúc {notice.opts["modified"]}&#160; bởi <a href="/_layouts/userdisp.aspx?ID=7">Văn phòng Trường</a></span></td></tr></table>
<table width="100%" cellspacing="0" cellpadding="0" class="ms-formtoolbar"><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"></td>
<td class="ms-toolbar" nowrap="nowrap"><input type="button" value="Đóng" onclick="STSNavigate('{NOTICES}/AllItems.aspx');return false;" class="ms-ButtonHeightWidth" /></td></tr></table>
</td></tr></table></div>"""
    trail = [("/tin-tuc/Pages/default.aspx", "Tin tức"), (f"{NOTICES}/AllItems.aspx", NOTICE_CAT), (None, notice.title)]
    return page(action, f"Thông báo - {notice.title}", trail, main, right=False)


def _sp_time(value: str) -> datetime:
    """ "05/01/2026 7:55 SA" -> an aware datetime."""
    day, clock, mark = value.split()
    d, m, y = (int(x) for x in day.split("/"))
    hour, minute = (int(x) for x in clock.split(":"))
    hour = hour % 12 + (12 if mark == "CH" else 0)
    return datetime(y, m, d, hour, minute, tzinfo=_LOCAL)


def feed(host_base: str) -> str:
    items = []
    for n in notices():
        # SharePoint's list feed dates an item by its last modification, not by "Ngày đăng"
        stamp = format_datetime(_sp_time(n.opts["modified"]))
        items.append(
            f"<item><title>{esc(n.title)}</title><link>{host_base}{dispform(n)}</link>"
            f"<description><![CDATA[<div><b>Ngày đăng:</b> {n.opts['posted']}</div>]]></description>"
            f"<author>Văn phòng Trường</author><pubDate>{stamp}</pubDate><guid isPermaLink=\"true\">{host_base}{dispform(n)}</guid></item>"
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!--RSS generated by Microsoft SharePoint Foundation RSS Generator on 1/12/2026 9:15:33 AM -->
<?xml-stylesheet type="text/xsl" href="/_layouts/RssXslt.aspx?List={quote(NOTICE_LIST)}" version="1.0"?>
<rss version="2.0"><channel><title>{esc(SITE)}: Thông báo</title><link>{host_base}{NOTICES}/AllItems.aspx</link>
<description>Nguồn cấp RSS của danh sách Thông báo.</description><lastBuildDate>{format_datetime(datetime(2026, 1, 12, 9, 15, tzinfo=_LOCAL))}</lastBuildDate>
<generator>Microsoft SharePoint Foundation RSS Generator</generator><ttl>60</ttl><language>vi-VN</language>
{"".join(items)}</channel></rss>"""


# --- the other pages ------------------------------------------------------------------------


def home_page() -> str:
    featured = [s for s in sorted(STORIES, key=lambda s: (_ymd(s.opts["listed"]), s.id), reverse=True) if s.opts.get("featured")]
    slider = "".join(
        f'<li><a href="{variant_path(s)}"><img src="{s.images[0].src if s.images else "/Style%20Library/TCT/images/no-image.jpg"}" alt="" width="460" /></a>'
        f'<div class="caption"><a href="{variant_path(s)}">{esc(s.title)}</a></div></li>'
        for s in featured
    )
    blocks = [
        '<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><span>Tin nổi bật</span></h3></div>'
        f'<div class="ms-WPBody"><div class="ms-rtestate-field"><ul class="slider">{slider}</ul></div></div>'
    ]
    for cat, count in ((CATS["tin-hoat-dong"], 4), (CATS["nghien-cuu-trao-doi"], 2)):
        lis = "".join(
            f'<li><div class="link-item"><a href="{detail_path(s)}" title="">{esc(s.title)}</a></div>'
            f'<div class="description">{s.opts["listed"]}</div></li>'
            for s in in_cat(cat.key)[:count]
        )
        blocks.append(
            f'<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><a href="{cat.page}"><span>{esc(cat.name)}</span></a></h3></div>'
            f'<div class="ms-WPBody"><div id="cbqwpctl00_m_g_{cat.wp}" class="cbq-layout-main"><ul class="dfwp-column dfwp-list">{lis}</ul></div></div>'
        )
    notes = "".join(
        f'<li><div class="link-item"><a href="{copyutil(n)}">{esc(n.title)}</a></div><div class="description">{n.opts["posted"]}</div></li>'
        for n in notices()
    )
    blocks.append(
        f'<div class="ms-WPHeader"><h3 class="ms-standardheader ms-WPTitle"><a href="{NOTICES}/AllItems.aspx"><span>Thông báo</span></a></h3></div>'
        f'<div class="ms-WPBody"><ul class="dfwp-column dfwp-list">{notes}</ul></div>'
    )
    return page("/Pages/default.aspx", "Trang chủ", [], "".join(blocks))


def news_home() -> str:
    blocks = []
    for cat in CATS.values():
        lis = "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a> ({s.opts["listed"]})</li>' for s in in_cat(cat.key)[:3])
        blocks.append(f'<h2 class="ms-standardheader"><a href="{cat.page}">{esc(cat.name)}</a></h2><ul>{lis}</ul>')
    lis = "".join(f'<li><a href="{dispform(n)}">{esc(n.title)}</a> ({n.opts["posted"]})</li>' for n in notices())
    blocks.append(f'<h2 class="ms-standardheader"><a href="{NOTICES}/AllItems.aspx">Thông báo</a></h2><ul>{lis}</ul>')
    return page("/tin-tuc/Pages/default.aspx", "Tin tức", [(None, "Tin tức")], "".join(blocks))


STATIC_PAGES: dict[str, tuple[str, list[tuple[str | None, str]], str]] = {
    "/Pages/gioi-thieu.aspx": (
        "Giới thiệu chung",
        [(None, "Giới thiệu")],
        "<h1>Giới thiệu chung</h1>"
        "<p>Trường Chính trị tỉnh Sơn La là cơ quan trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, chịu sự chỉ đạo"
        " trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy; chịu sự hướng dẫn về chuyên môn, nghiệp vụ của Học viện"
        " Chính trị quốc gia Hồ Chí Minh.</p>"
        "<p>Tiền thân của nhà trường là Trường Đảng tỉnh Sơn La, được thành lập năm 1959. Trải qua hơn 65 năm xây"
        " dựng và trưởng thành, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống chính"
        " trị các cấp của tỉnh.</p>"
        '<ul><li><a href="/Pages/chuc-nang-nhiem-vu.aspx">Chức năng, nhiệm vụ</a></li><li><a href="/Pages/co-cau-to-chuc.aspx">Cơ cấu tổ chức</a></li></ul>',
    ),
    "/Pages/chuc-nang-nhiem-vu.aspx": (
        "Chức năng, nhiệm vụ",
        [("/Pages/gioi-thieu.aspx", "Giới thiệu"), (None, "Chức năng, nhiệm vụ")],
        "<h1>Chức năng, nhiệm vụ</h1>"
        "<p>Trường Chính trị tỉnh có chức năng tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác đào tạo, bồi"
        " dưỡng cán bộ; tổ chức đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        "<p>Nhiệm vụ: đào tạo trung cấp lý luận chính trị; bồi dưỡng chức danh, cập nhật kiến thức cho cán bộ; phối"
        " hợp tổ chức các lớp cao cấp lý luận chính trị; nghiên cứu khoa học, tổng kết thực tiễn địa phương.</p>",
    ),
    "/Pages/co-cau-to-chuc.aspx": (
        "Cơ cấu tổ chức",
        [("/Pages/gioi-thieu.aspx", "Giới thiệu"), (None, "Cơ cấu tổ chức")],
        "<h1>Cơ cấu tổ chức</h1>"
        "<p>Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.</p>"
        "<p>Các phòng: Tổ chức - Hành chính; Quản lý đào tạo và Nghiên cứu khoa học.</p>"
        "<p>Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và Pháp luật; Dân vận.</p>",
    ),
    "/dao-tao/Pages/ke-hoach-dao-tao.aspx": (
        "Kế hoạch đào tạo",
        [("/dao-tao/Pages/ke-hoach-dao-tao.aspx", "Đào tạo, bồi dưỡng"), (None, "Kế hoạch đào tạo")],
        "<h1>Kế hoạch đào tạo, bồi dưỡng năm 2026</h1>"
        "<p>(Ban hành kèm theo Quyết định số 02/QĐ-TCT ngày 05/01/2026 của Hiệu trưởng Trường Chính trị tỉnh)</p>"
        '<table class="ms-rteTable-default" cellspacing="0"><tbody>'
        "<tr><th>TT</th><th>Tên lớp</th><th>Hệ</th><th>Thời gian</th><th>Số học viên</th><th>Địa điểm</th></tr>"
        "<tr><td>1</td><td>Trung cấp LLCT khóa 53</td><td>Tập trung</td><td>Tháng 3 - 9/2026</td><td>70</td><td>Tại trường</td></tr>"
        "<tr><td>2</td><td>Trung cấp LLCT khóa 54</td><td>Không tập trung</td><td>Tháng 4/2026 - 01/2027</td><td>90</td><td>Xã Mộc Châu</td></tr>"
        "<tr><td>3</td><td>Bồi dưỡng cán bộ lãnh đạo cấp phòng</td><td>Bồi dưỡng</td><td>Tháng 5/2026</td><td>60</td><td>Tại trường</td></tr>"
        "<tr><td>4</td><td>Bồi dưỡng kiến thức quốc phòng, an ninh đối tượng 4</td><td>Bồi dưỡng</td><td>Quý II, III/2026</td><td>400</td><td>Tại trường</td></tr>"
        "</tbody></table>",
    ),
    "/dao-tao/Pages/chuong-trinh-dao-tao.aspx": (
        "Chương trình đào tạo",
        [("/dao-tao/Pages/ke-hoach-dao-tao.aspx", "Đào tạo, bồi dưỡng"), (None, "Chương trình đào tạo")],
        "<h1>Chương trình Trung cấp lý luận chính trị</h1>"
        "<p>Chương trình gồm 4 phần học, tổng thời lượng 912 tiết:</p>"
        "<ul><li>Phần I: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh</li>"
        "<li>Phần II: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam</li>"
        "<li>Phần III: Những vấn đề cơ bản về hệ thống chính trị, nhà nước và pháp luật</li>"
        "<li>Phần IV: Kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác ở cơ sở</li></ul>",
    ),
    "/Pages/lien-he.aspx": (
        "Liên hệ",
        [(None, "Liên hệ")],
        "<h1>Liên hệ</h1><p>Trường Chính trị tỉnh Sơn La</p><p>Địa chỉ: Đường Lò Văn Giá, phường Tô Hiệu, tỉnh Sơn La</p>"
        "<p>Điện thoại: 0212 3852 417 - Email: truongchinhtri@sonla.gov.vn</p>",
    ),
}

DOCS: list[tuple[int, str, str, str, str]] = [
    (9, "QD-02-TCT-2026.pdf", "02/QĐ-TCT", "05/01/2026", "Quyết định ban hành Kế hoạch đào tạo, bồi dưỡng năm 2026"),
    (8, "QC-chi-tieu-noi-bo-2026.pdf", "01/QC-TCT", "02/01/2026", "Quy chế chi tiêu nội bộ năm 2026"),
    (7, "KH-45-TCT.pdf", "45/KH-TCT", "15/12/2025", "Kế hoạch tổ chức Hội nghị cán bộ, viên chức năm 2026"),
    (5, "QD-88-TCT.pdf", "88/QĐ-TCT", "20/11/2025", "Quyết định khen thưởng giảng viên dạy giỏi năm 2025"),
    (4, "TB-12-TCT.pdf", "12/TB-TCT", "03/10/2025", "Thông báo kết luận của Ban Giám hiệu tại cuộc họp giao ban tháng 9"),
]
DOC_ROWS = 3


def docs_view(params: dict[str, str]) -> str:
    start = 0
    if params.get("paged", "").upper() == "TRUE":
        ids = [d[0] for d in DOCS]
        pid = int(params.get("p_id", "0") or 0)
        if pid in ids:
            i = ids.index(pid)
            start = max(0, i - DOC_ROWS) if params.get("pagedprev", "").upper() == "TRUE" else i + 1
    chunk = DOCS[start : start + DOC_ROWS]
    rows = "".join(
        f'<tr class="ms-itmhover"><td class="ms-vb-icon"><img border="0" alt="{name}" src="/_layouts/images/icpdf.png" /></td>'
        f'<td class="ms-vb-title"><a onfocus="OnLink(this)" href="/van-ban/{name}" onmousedown="return VerifyHref(this,event,\'0\',\'\',\'\')">{esc(name[:-4])}</a></td>'
        f'<td class="ms-vb2">{esc(no)}</td><td class="ms-vb2"><nobr>{day}</nobr></td><td class="ms-vb2">{esc(summary)}</td></tr>'
        for _, name, no, day, summary in chunk
    )
    nav = []
    base = "/van-ban/Forms/AllItems.aspx"
    if start > 0 and chunk:
        first = chunk[0]
        prev = f"{base}?Paged=TRUE&PagedPrev=TRUE&p_SortBehavior=0&p_FileLeafRef={sp_encode(first[1])}&p_ID={first[0]}&PageFirstRow={max(1, start - DOC_ROWS + 1)}&View={quote(DOCS_VIEW)}"
        nav.append(_refresh(prev, '<img src="/_layouts/images/prev.gif" border="0" alt="Trước" />'))
    nav.append(f'<span class="ms-paging">{start + 1} - {start + len(chunk)}</span>')
    if start + DOC_ROWS < len(DOCS) and chunk:
        last = chunk[-1]
        nxt = f"{base}?Paged=TRUE&p_SortBehavior=0&p_FileLeafRef={sp_encode(last[1])}&p_ID={last[0]}&PageFirstRow={start + DOC_ROWS + 1}&View={quote(DOCS_VIEW)}"
        nav.append(_refresh(nxt, '<img src="/_layouts/images/next.gif" border="0" alt="Tiếp" />'))
    main = (
        '<div class="ms-WPHeader"><h2 class="ms-standardheader ms-WPTitle">Văn bản</h2></div>'
        '<table summary="Văn bản" class="ms-listviewtable" cellpadding="1" cellspacing="0" border="0">'
        '<tr class="ms-viewheadertr"><th class="ms-vh-icon">Loại</th><th class="ms-vh2">Tên</th><th class="ms-vh2">Số/Ký hiệu</th>'
        f'<th class="ms-vh2">Ngày ban hành</th><th class="ms-vh2">Trích yếu</th></tr>{rows}</table>'
        f'<table id="bottomPagingCellWPQ2" class="ms-bottompaging"><tr><td>{"</td><td>".join(nav)}</td></tr></table>'
    )
    return page(base, "Văn bản - Tất cả Tài liệu", [(None, "Văn bản")], main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def search_page(query: str) -> str:
    hits = [s for s in STORIES if _fold(query) in _fold(s.title + " " + " ".join(s.paragraphs))] if query else []
    results = "".join(
        f'<div class="srch-Title"><a href="{detail_path(s)}">{esc(s.title)}</a></div><div class="srch-Description">{esc(s.paragraphs[0][:160])}...</div>'
        f'<div class="srch-Metadata"><span class="srch-URL">{detail_path(s)}</span> - {s.opts["listed"]}</div>'
        for s in hits
    ) or '<div class="srch-results">Không tìm thấy kết quả nào phù hợp với truy vấn của bạn.</div>'
    main = f'<div class="srch-stats">Kết quả 1-{len(hits)} trong khoảng {len(hits)} cho <b>{esc(query)}</b></div>{results}'
    return page("/_layouts/OSSSearchResults.aspx", "Kết quả Tìm kiếm", [(None, "Kết quả Tìm kiếm")], main, right=False)


def login_page() -> str:
    main = (
        '<h1>Đăng nhập</h1><div class="ms-WPBody"><label>Tên người dùng: <input name="ctl00$PlaceHolderMain$signInControl$UserName" /></label>'
        '<label>Mật khẩu: <input type="password" name="ctl00$PlaceHolderMain$signInControl$password" /></label>'
        "<input type=\"submit\" value=\"Đăng nhập\" /></div>"
    )
    return page("/_login/default.aspx", "Đăng nhập", [(None, "Đăng nhập")], main, right=False)


# --- the site -------------------------------------------------------------------------------


def _params(query: str) -> dict[str, str]:
    """Query parameters with lower-case keys: SharePoint reads them in any case."""
    return {k.lower(): v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}


class SharePointSchool:
    """Routes SharePoint 2010 URLs (paths and query keys in any case)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = _params(request.query)
        host_base = "http://" + request.headers.get("Host", "127.0.0.1")
        if path == "/":
            return redirect("/Pages/default.aspx", 302)
        if low.endswith(".pdf"):
            return self._file(low)
        if low.startswith(("/_layouts/images/", "/_layouts/1066/", "/style%20library/", "/style library/", "/tin-tuc/publishingimages/")):
            return static_file(path)
        if low == "/_layouts/copyutil.aspx":
            notice = _NOTICE_BY_ID.get(int(params.get("itemid", "0") or 0))
            if notice is None or params.get("action", "").lower() != "dispform":
                return None
            source = params.get("source")
            target = dispform(notice) + (f"&Source={sp_encode(source)}" if source else "")
            return redirect(target, 302)
        if low == "/_layouts/listfeed.aspx":
            return Response(200, feed(host_base), {"Content-Type": "text/xml; charset=utf-8"})
        if low == "/_layouts/authenticate.aspx":
            return redirect(f"/_login/default.aspx?ReturnUrl={quote('/_layouts/Authenticate.aspx?' + request.query, safe='')}", 302)
        if low == "/_login/default.aspx":
            return html(login_page())
        if low == "/_layouts/osssearchresults.aspx":
            return html(search_page(params.get("k", "").strip()))
        if low.startswith("/_layouts/") and low.endswith(".aspx"):
            # application pages are closed to anonymous visitors: SharePoint asks them to sign in
            return redirect(f"/_layouts/Authenticate.aspx?Source={sp_encode(request.target)}", 302)
        if low == "/pages/default.aspx":
            return html(home_page())
        if low == "/tin-tuc/pages/default.aspx":
            return html(news_home())
        if low == DETAIL.lower():
            story = _BY_ID.get(int(params.get("itemid", "0") or 0)) if params.get("itemid", "").isdigit() else None
            return html(detail_page(story, request.target)) if story else None
        for cat in CATS.values():
            if low == cat.page.lower():
                number = pager_page_from_post(cat, request.form) if request.method == "POST" else 1
                return html(category_page(cat, number))
        if low == f"{NOTICES}/allitems.aspx".lower():
            return html(notice_view(params, f"{NOTICES}/AllItems.aspx"))
        if low == f"{NOTICES}/dispform.aspx".lower():
            notice = _NOTICE_BY_ID.get(int(params.get("id", "0") or 0)) if params.get("id", "").isdigit() else None
            return html(notice_page(notice, request.target)) if notice else None
        if low == "/van-ban/forms/allitems.aspx":
            return html(docs_view(params))
        for href, (title, trail, body) in STATIC_PAGES.items():
            if low == href.lower():
                main = f'<div class="ms-rtestate-field article-content">{body}</div>'
                return html(page(href, title, trail, main))
        return None

    @staticmethod
    def _file(low: str) -> Response | None:
        known = {f"/van-ban/{d[1]}".lower() for d in DOCS}
        known |= {f"{NOTICES}/Attachments/{n.id}/{n.opts['attachment']}".lower() for n in NOTICE_ITEMS if n.opts.get("attachment")}
        if low not in known:
            return None
        return Response(200, PDF, {"Content-Type": "application/pdf"})


def build_site() -> SharePointSchool:
    return SharePointSchool()


# --- gold -----------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        detail_path(s),
        CATS[s.cat].name,
        alt_paths=[variant_path(s)] if s.opts.get("featured") else (),
    )
    for s in STORIES
] + [
    gold_record(n, dispform(n), NOTICE_CAT, alt_paths=[f"{dispform(n)}&Source=%2FPages%2Fdefault%2Easpx"])
    for n in NOTICE_ITEMS
]

NON_ARTICLES: list[str] = [
    "/Pages/default.aspx",
    "/tin-tuc/Pages/default.aspx",
    *(c.page for c in CATS.values()),
    f"{NOTICES}/AllItems.aspx",
    f"{NOTICES}/AllItems.aspx?Paged=TRUE&p_NgayDang={_notice_sort_value(notices()[NOTICE_ROWS - 1])}&p_ID={notices()[NOTICE_ROWS - 1].id}&PageFirstRow={NOTICE_ROWS + 1}&View={quote(NOTICE_VIEW)}",
    *STATIC_PAGES,
    "/van-ban/Forms/AllItems.aspx",
    f"/van-ban/Forms/AllItems.aspx?Paged=TRUE&p_SortBehavior=0&p_FileLeafRef={sp_encode(DOCS[DOC_ROWS - 1][1])}&p_ID={DOCS[DOC_ROWS - 1][0]}&PageFirstRow={DOC_ROWS + 1}&View={quote(DOCS_VIEW)}",
    f"/_layouts/listfeed.aspx?List={quote(NOTICE_LIST)}",
    "/_layouts/OSSSearchResults.aspx?k=khai+gi%E1%BA%A3ng",
    "/_login/default.aspx",
    *(f"/van-ban/{d[1]}" for d in DOCS),
    *(f"{NOTICES}/Attachments/{n.id}/{n.opts['attachment']}" for n in NOTICE_ITEMS if n.opts.get("attachment")),
]
