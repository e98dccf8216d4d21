"""Fixture portal: a high school's site on DotNetNuke 7 with Ventrian's News Articles module.

Which platform: DNN ("DotNetNuke") 7.x with the search-friendly URL provider, as many Vietnamese
school and education-office sites still run it: every page is ``/<TabPath>/tabid/N/Default.aspx``
(``/TinTuc/TinHoatDong/tabid/56/Default.aspx``), the same page answers at ``/tabid/N/Default.aspx``
and ``/Default.aspx?tabid=N``, and module parameters become path pairs before the last segment.
The news lives in Ventrian's News Articles module (``DnnForge - NewsArticles``), one instance per
news page: articles at ``…/tabid/56/articleType/ArticleView/articleId/1287/<Title-slug>.aspx``,
listing pages at ``…/tabid/56/currentpage/2/Default.aspx``, a month archive view
(``articleType/ArchiveView/month/11/year/2026``), print views and RSS under ``/DesktopModules/``.

What it prints: the DNN skin (header with logo and the ``CURRENTDATE`` clock, login/register
links to ``ctl/Login`` and ``ctl/Register`` carrying a ``returnurl``, a menu whose "Tin tức"
parent is a disabled tab, breadcrumbs), panes filled with module containers whose title bar
repeats the page name, the one ASP.NET ``<form id="Form">`` with ``__VIEWSTATE`` /
``__EVENTVALIDATION`` and ``__doPostBack`` scripts, a left pane (category links, "Liên kết
website" drop-down, a poll), a right pane ("Tin mới", "Tin xem nhiều", a visitor counter, the
news archive), footer (address, phone, copyright, Terms/Privacy links of the current tab).
Article pages print a ``<link rel="canonical">``; the same article is linked in three URL forms
(listing: friendly path with the page name and title slug; "Tin mới": ``/tabid/N/…/Default.aspx``;
home "Tin nổi bật" and "Tin xem nhiều": ``/Default.aspx?tabid=N&articleType=ArticleView&articleId=N``).
Dates: "Ngày đăng: 20/11/2026 10:45 SA" (vi-VN 12-hour clock: SA = AM, CH = PM) or
"Cập nhật: 27/6/2026" (no time); listings print "(20/11/2026)".

Robots: DNN's stock robots.txt disallows ``/DesktopModules/`` (print views, RSS) and ``/*/ctl/``.
Traps, all bounded: a login and a register URL per page (returnurl differs), Terms/Privacy pages
per tab (long legal-ish text), print views (no canonical), ``currentpage`` beyond the last page
(an empty list with 200, never linked), Telerik-style caption tables, a ``LinkClick.aspx``
documents list.

Gold conventions (by hand, see shared/real-pages/SOURCES.md): the headline ``<h1>``; the date of
the detail page's date line (with time when one is printed); body = the Ventrian summary when
the template prints it above the text (sapo), then paragraphs, list items and table rows (a row
is one paragraph, its cells joined by " | "); captions are the line under a photo (a line that
is only a Zalo file name is no caption); bylines at the end give authors/photographers; the
category is the breadcrumb's last page name. The PDF attachment box after the body is not body.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "dnn_thpt"
PLATFORM = "dnn"
START_PATH = "/"

SITE = "Trường THPT Trần Quốc Tuấn"
SITE_LONG = "Trường Trung học phổ thông Trần Quốc Tuấn"
ADDRESS = "Số 128 đường Phan Đình Phùng, phường Cẩm Thành, tỉnh Quảng Ngãi"
PHONE = "0255 3 822 417"
EMAIL = "thpttranquoctuan@quangngai.edu.vn"


@dataclass(frozen=True)
class Tab:
    name: str
    path: str  # DNN TabPath: the page names from the root, without accents or spaces
    parent: int | None = None
    module: int | None = None  # Ventrian module id (news pages only)
    tabmodule: int | None = None
    per_page: int = 3
    disabled: bool = False  # a menu heading only: no link, no page of its own


TABS: dict[int, Tab] = {
    36: Tab("Trang chủ", "TrangChu"),
    53: Tab("Giới thiệu", "GioiThieu"),
    55: Tab("Tin tức", "TinTuc", disabled=True),
    56: Tab("Tin hoạt động", "TinTuc/TinHoatDong", parent=55, module=412, tabmodule=501, per_page=3),
    57: Tab("Chuyên môn", "TinTuc/ChuyenMon", parent=55, module=415, tabmodule=504, per_page=2),
    59: Tab("Thông báo", "ThongBao", module=420, tabmodule=509, per_page=3),
    60: Tab("Văn bản", "VanBan"),
    61: Tab("Liên hệ", "LienHe"),
}
MENU = (36, 53, 55, 59, 60, 61)
NEWS_TABS = (56, 57, 59)

_IMG = "/Portals/0/Images/TinTuc"

# opts: tab (news page), date_line (printed on the detail page), entities (body written with
# character references every Nth letter), comments (reader comments under the article),
# files (attachment box after the body: list of (href, label)).
# Stories are listed newest first within each tab: the order of the module's listing.
STORIES: list[Story] = [
    # ------------------------------------------------------------------ Tin hoạt động (56)
    Story(
        id=1287,
        slug="Le-ky-niem-44-nam-Ngay-Nha-giao-Viet-Nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="56",
        published_at="2026-11-20T10:45:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, Trường THPT Trần Quốc Tuấn long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có ông Nguyễn Hữu Trí, Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện"
                " lãnh đạo Đảng ủy, HĐND, UBND phường Cẩm Thành; Ban đại diện cha mẹ học sinh; các"
                " thầy cô giáo nguyên là cán bộ quản lý, giáo viên của trường qua các thời kỳ cùng"
                " toàn thể cán bộ, giáo viên, nhân viên và hơn 1.400 học sinh nhà trường."
            ),
            Img(
                f"{_IMG}/2026/11/ky-niem-20-11-2026-1.jpg",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "center_em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Huỳnh Tấn Phát, Hiệu trưởng nhà trường, ôn lại truyền"
                " thống tôn sư trọng đạo của dân tộc và ý nghĩa của Ngày Nhà giáo Việt Nam. Năm học"
                " 2025 - 2026, trường có 34 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ tốt"
                " nghiệp THPT đạt 99,8%, nhiều em trúng tuyển vào các trường đại học tốp đầu."
            ),
            P(
                "Thầy Hiệu trưởng cũng bày tỏ lòng biết ơn sâu sắc đến các thế hệ thầy cô giáo đã"
                " dày công vun đắp, xây dựng nhà trường; đồng thời đề nghị mỗi cán bộ, giáo viên"
                " tiếp tục nêu cao tinh thần trách nhiệm, không ngừng học tập, đổi mới phương pháp"
                " dạy học, xứng đáng với niềm tin yêu của học sinh và cha mẹ học sinh."
            ),
            Img(
                f"{_IMG}/2026/11/ky-niem-20-11-2026-2.jpg",
                "Ông Nguyễn Hữu Trí, Phó Giám đốc Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "Ông Nguyễn Hữu Trí, Phó Giám đốc Sở GD&ĐT tặng hoa chúc mừng tập thể giáo viên nhà trường",
                "center_em",
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi"
                " cấp trường và 5 tập thể lớp có thành tích xuất sắc trong đợt thi đua chào mừng"
                " ngày 20/11. Quỹ khuyến học của trường cũng trao 20 suất học bổng, mỗi suất 1 triệu"
                " đồng cho học sinh vượt khó học tốt."
            ),
            Img(
                f"{_IMG}/2026/11/ky-niem-20-11-2026-3.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11A2",
                "center_em",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng với"
                " những ca khúc, điệu múa ca ngợi mái trường, thầy cô và tình bạn tuổi học trò."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thanh Hương</strong></p>'),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        photographers=["Nguyễn Thị Thanh Hương"],
        opts={"tab": 56, "date_line": "Ngày đăng: 20/11/2026 10:45 SA", "comments": True},
    ),
    Story(
        id=1281,
        slug="Hoi-thao-giao-vien-chao-mung-Ngay-Nha-giao-Viet-Nam-20-11",
        title="Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="56",
        published_at="2026-11-15T16:20:00+07:00",
        blocks=[
            P(
                "Một số hình ảnh tại Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11 do"
                " Công đoàn trường tổ chức chiều ngày 14/11/2026."
            ),
            Img(
                f"{_IMG}/2026/11/hoi-thao-gv-1.jpg",
                "Thi kéo co giữa các tổ chuyên môn",
                "Thi kéo co giữa các tổ chuyên môn",
                "center_em",
            ),
            Img(
                f"{_IMG}/2026/11/z6021458833107_5be0c1f2a7d94e39b1c3f6a2d8e4b7c0.jpg",
                "z6021458833107_5be0c1f2a7d94e39b1c3f6a2d8e4b7c0",
                None,
                "center_em",
            ),
            Img(
                f"{_IMG}/2026/11/hoi-thao-gv-3.jpg",
                "Các cô giáo tổ Ngữ văn trong phần thi nhảy bao bố",
                "Các cô giáo tổ Ngữ văn trong phần thi nhảy bao bố",
                "br",
            ),
            Img(f"{_IMG}/2026/11/hoi-thao-gv-4.jpg", None, None, "none"),
            Raw('<p style="text-align: right;"><em>Ảnh: Võ Quốc Bảo</em></p>'),
        ],
        photographers=["Võ Quốc Bảo"],
        opts={"tab": 56, "date_line": "Ngày đăng: 15/11/2026 4:20 CH"},
    ),
    Story(
        id=1276,
        slug="Hoi-nghi-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức và người lao động năm học 2026 - 2027",
        cat="56",
        published_at="2026-10-10T14:05:00+07:00",
        blocks=[
            P(
                "Chiều ngày 09/10/2026, Trường THPT Trần Quốc Tuấn tổ chức Hội nghị viên chức và"
                " người lao động năm học 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm"
                " học 2025 - 2026, thảo luận và thống nhất phương hướng, nhiệm vụ năm học mới."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học, báo cáo công khai tài chính, báo cáo"
                " hoạt động của Ban Thanh tra nhân dân và dự thảo sửa đổi, bổ sung Quy chế chi tiêu"
                " nội bộ, Quy chế dân chủ ở cơ sở của nhà trường."
            ),
            Img(
                f"{_IMG}/2026/10/hoi-nghi-vc-2026-1.jpg",
                "Thầy Huỳnh Tấn Phát, Hiệu trưởng nhà trường báo cáo tại Hội nghị",
                "Thầy Huỳnh Tấn Phát, Hiệu trưởng nhà trường báo cáo tại Hội nghị",
                "table",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 38 lớp với 1.426 học sinh, 86 cán bộ, giáo viên,"
                " nhân viên. Hội nghị thống nhất chủ đề năm học “Kỷ cương, sáng tạo, chuyển đổi số"
                " và nâng cao chất lượng giáo dục toàn diện” cùng các chỉ tiêu thi đua cụ thể."
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về đổi mới kiểm"
                " tra, đánh giá, ứng dụng công nghệ thông tin trong dạy học, xây dựng trường học"
                " an toàn, thân thiện. Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028"
                " gồm 3 thành viên."
            ),
            Img(
                f"{_IMG}/2026/10/hoi-nghi-vc-2026-2.jpg",
                "Viên chức, người lao động ký kết giao ước thi đua năm học 2026 - 2027",
                "Viên chức, người lao động ký kết giao ước thi đua năm học 2026 - 2027",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Phạm Văn Lợi</strong></p>'),
        ],
        authors=["Phạm Văn Lợi"],
        opts={"tab": 56, "date_line": "Ngày đăng: 10/10/2026 2:05 CH"},
    ),
    Story(
        id=1265,
        slug="Le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="56",
        published_at="2026-09-05T09:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, trong không khí tưng bừng của ngày hội đến trường, thầy và trò"
                " Trường THPT Trần Quốc Tuấn long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
            ),
            P(
                "Năm học này, nhà trường đón 486 học sinh lớp 10 được tuyển chọn qua kỳ thi tuyển"
                " sinh vào lớp 10 với điểm chuẩn 31,25 điểm, cao nhất trong các trường THPT không"
                " chuyên của tỉnh."
            ),
            Img(
                f"{_IMG}/2026/09/khai-giang-2026-1.jpg",
                "Học sinh khối 10 diễu hành vào lễ đài",
                "Học sinh khối 10 diễu hành vào lễ đài",
                "center_em",
            ),
            P(
                "Thầy Huỳnh Tấn Phát, Hiệu trưởng nhà trường đã đọc thư của Tổng Bí thư gửi ngành"
                " Giáo dục nhân dịp khai giảng năm học mới, đồng thời điểm lại những thành tích nổi"
                " bật của năm học trước: 34 giải học sinh giỏi cấp tỉnh, 2 giải Ba cuộc thi Khoa học"
                " kỹ thuật cấp quốc gia, 100% học sinh lớp 12 dự thi tốt nghiệp đạt yêu cầu."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Trần Bảo Ngọc, học sinh lớp 12A1 hứa sẽ chăm"
                " ngoan, học giỏi, rèn luyện đạo đức, xứng đáng với sự kỳ vọng của gia đình, thầy"
                " cô và nhà trường."
            ),
            Img(
                f"{_IMG}/2026/09/khai-giang-2026-2.jpg",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng đánh trống khai giảng năm học mới",
                "center_em",
            ),
            P(
                "Trong tiếng trống khai trường rộn rã, hàng trăm quả bóng bay mang theo ước mơ của"
                " học sinh bay lên bầu trời, mở đầu cho một năm học mới với nhiều kỳ vọng."
            ),
            Raw('<p style="text-align: right;"><b>Tin: Lê Thị Mai - Ảnh: Võ Quốc Bảo</b></p>'),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Võ Quốc Bảo"],
        opts={"tab": 56, "date_line": "Ngày đăng: 05/09/2026 9:15 SA"},
    ),
    Story(
        id=1198,
        slug="Ky-thi-tot-nghiep-THPT-nam-2026-tai-diem-thi-Truong-THPT-Tran-Quoc-Tuan",
        title="Kỳ thi tốt nghiệp THPT năm 2026 tại điểm thi Trường THPT Trần Quốc Tuấn diễn ra nghiêm túc, an toàn",
        cat="56",
        published_at="2026-06-27",
        blocks=[
            P(
                "Từ ngày 25 đến ngày 27/6/2026, điểm thi Trường THPT Trần Quốc Tuấn có 612 thí sinh"
                " đăng ký dự thi tại 26 phòng thi, trong đó có 18 thí sinh tự do."
            ),
            P(
                "Ngay từ đầu tháng 6, nhà trường đã chuẩn bị chu đáo cơ sở vật chất: phòng thi, phòng"
                " chờ, khu vực cách ly, hệ thống camera giám sát và thiết bị phát hiện thiết bị thu"
                " phát thông tin. Lực lượng công an, y tế và điện lực túc trực suốt các buổi thi."
            ),
            P(
                "Đoàn viên Chi đoàn giáo viên cùng tình nguyện viên của chương trình Tiếp sức mùa"
                " thi đã hỗ trợ thí sinh và phụ huynh nước uống, chỗ nghỉ trưa, hướng dẫn thí sinh"
                " tìm phòng thi."
            ),
            P(
                "Kết thúc kỳ thi, điểm thi không có cán bộ, thí sinh vi phạm quy chế; tỷ lệ thí sinh"
                " dự thi đạt 99,7%."
            ),
        ],
        opts={"tab": 56, "date_line": "Cập nhật: 27/6/2026", "entities": 2},
    ),
    # ------------------------------------------------------------------ Chuyên môn (57)
    Story(
        id=1284,
        slug="Hoi-thao-chuyen-de-Day-hoc-mon-Ngu-van-theo-dinh-huong-phat-trien-nang-luc-nguoi-hoc",
        title="Hội thảo chuyên đề “Dạy học môn Ngữ văn theo định hướng phát triển năng lực người học”",
        cat="57",
        published_at="2026-11-18T08:10:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Ngữ văn theo Chương trình giáo dục phổ thông"
            " 2018, ngày 17/11/2026, tổ Ngữ văn tổ chức hội thảo chuyên đề với sự tham gia của"
            " 16 giáo viên trong tổ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mở đầu hội thảo, cô Huỳnh Thị Bích Ngọc, tổ trưởng chuyên môn trình bày báo cáo"
                " đề dẫn, chỉ ra những khó khăn khi dạy học đọc hiểu văn bản theo thể loại và yêu"
                " cầu ra đề kiểm tra sử dụng ngữ liệu ngoài sách giáo khoa."
            ),
            P(
                "Các giáo viên đã trình bày 6 tham luận, chia sẻ kinh nghiệm thiết kế phiếu học tập,"
                " tổ chức dạy học dự án “Sân khấu hóa tác phẩm văn học” và sử dụng bảng kiểm, rubric"
                " trong đánh giá bài viết nghị luận của học sinh."
            ),
            Img(
                f"{_IMG}/2026/11/hoi-thao-ngu-van.jpg",
                "Cô Trương Thị Kim Oanh trình bày tham luận tại hội thảo",
                "Cô Trương Thị Kim Oanh trình bày tham luận tại hội thảo",
                "br",
            ),
            P(
                "Kết thúc hội thảo, tổ chuyên môn thống nhất xây dựng ngân hàng ngữ liệu dùng chung"
                " và tổ chức mỗi tháng một tiết dạy minh họa để giáo viên dự giờ, rút kinh nghiệm."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Huỳnh Thị Bích Ngọc</strong></p>'),
        ],
        authors=["Huỳnh Thị Bích Ngọc"],
        photographers=["Huỳnh Thị Bích Ngọc"],
        opts={"tab": 57, "date_line": "Ngày đăng: 18/11/2026 8:10 SA"},
    ),
    Story(
        id=1270,
        slug="Lich-kiem-tra-giua-hoc-ky-I-nam-hoc-2026-2027",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="57",
        published_at="2026-10-20T15:30:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("02/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("02/11/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("03/11/2026 | Sáng | Toán | 90 phút", "tr"),
            P("03/11/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại kiểm tra theo kế hoạch của tổ chuyên môn. Học sinh có mặt tại phòng"
                " kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
        ],
        opts={"tab": 57, "date_line": "Ngày đăng: 20/10/2026 3:30 CH"},
    ),
    Story(
        id=1252,
        slug="Trien-khai-ke-hoach-boi-duong-hoc-sinh-gioi-nam-hoc-2026-2027",
        title="Triển khai kế hoạch bồi dưỡng học sinh giỏi năm học 2026 - 2027",
        cat="57",
        published_at="2026-09-28T09:40:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm học, ngày 26/9/2026, nhà trường họp triển khai công tác bồi"
                " dưỡng học sinh giỏi lớp 12 dự thi cấp tỉnh năm học 2026 - 2027."
            ),
            P(
                "Các đội tuyển được thành lập trên cơ sở kết quả học tập năm học trước và bài khảo"
                " sát năng lực đầu năm, gồm:"
            ),
            P("Đội tuyển Toán: 6 học sinh, giáo viên phụ trách thầy Nguyễn Văn Thành;", "li"),
            P("Đội tuyển Vật lí: 5 học sinh, giáo viên phụ trách thầy Lê Quang Vinh;", "li"),
            P("Đội tuyển Ngữ văn: 6 học sinh, giáo viên phụ trách cô Trương Thị Kim Oanh;", "li"),
            P("Đội tuyển Tiếng Anh: 6 học sinh, giáo viên phụ trách cô Đặng Ngọc Diễm.", "li"),
            P(
                "Lịch bồi dưỡng vào chiều thứ Ba, thứ Năm và sáng Chủ nhật hằng tuần, bắt đầu từ"
                " ngày 01/10/2026. Nhà trường đề nghị giáo viên chủ nhiệm phối hợp với gia đình tạo"
                " điều kiện để các em tham gia đầy đủ."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Trần Đình Khoa</strong><br />'
                "<em>Phó Hiệu trưởng</em></p>"
            ),
        ],
        authors=["Trần Đình Khoa"],
        opts={"tab": 57, "date_line": "Ngày đăng: 28/09/2026 9:40 SA"},
    ),
    # ------------------------------------------------------------------ Thông báo (59)
    Story(
        id=1290,
        slug="Thong-bao-cho-hoc-sinh-nghi-hoc-ngay-24-11-2026",
        title="Thông báo cho học sinh nghỉ học ngày 24/11/2026",
        cat="59",
        published_at="2026-11-23T17:40:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của mưa lớn kéo dài, nhiều tuyến đường trên địa bàn bị ngập sâu, nhà"
                " trường thông báo cho toàn thể học sinh nghỉ học ngày Thứ Ba, 24/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh qua nhóm Zalo của"
                " lớp. Lịch học bù sẽ được thông báo sau."
            ),
        ],
        opts={"tab": 59, "date_line": "Ngày đăng: 23/11/2026 5:40 CH"},
    ),
    Story(
        id=1279,
        slug="Ke-hoach-to-chuc-Cuoc-thi-Khoa-hoc-ky-thuat-cap-truong-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp trường năm học 2026 - 2027",
        cat="59",
        published_at="2026-11-12T07:55:00+07:00",
        blocks=[
            P(
                "Nhà trường ban hành Kế hoạch số 215/KH-THPTTQT ngày 10/11/2026 về tổ chức Cuộc thi"
                " Khoa học kỹ thuật dành cho học sinh trung học cấp trường năm học 2026 - 2027."
            ),
        ],
        opts={
            "tab": 59,
            "date_line": "Ngày đăng: 12/11/2026 7:55 SA",
            "files": [
                (
                    "/Portals/0/Files/VanBan/2026/215-KH-THPTTQT-Cuoc-thi-KHKT-2026-2027.pdf",
                    "215-KH-THPTTQT-Cuoc-thi-KHKT-2026-2027.pdf",
                )
            ],
        },
    ),
    Story(
        id=1268,
        slug="Thong-bao-ve-viec-tham-gia-bao-hiem-y-te-hoc-sinh-nam-hoc-2026-2027",
        title="Thông báo về việc tham gia bảo hiểm y tế học sinh năm học 2026 - 2027",
        cat="59",
        published_at="2026-10-07T10:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Luật Bảo hiểm y tế và hướng dẫn của Bảo hiểm xã hội tỉnh, nhà trường thông"
                " báo đến cha mẹ học sinh về việc tham gia bảo hiểm y tế (BHYT) học sinh năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Đối tượng: tất cả học sinh đang học tại trường, trừ học sinh đã có thẻ BHYT theo đối tượng khác;", "li"),
            P("Mức đóng: 1.263.600 đồng/học sinh/12 tháng (ngân sách nhà nước hỗ trợ 30%);", "li"),
            P("Thời hạn nộp: trước ngày 31/10/2026, nộp qua giáo viên chủ nhiệm hoặc chuyển khoản.", "li"),
            Raw("<p>&nbsp;</p>"),
            P(
                "Học sinh đã có thẻ BHYT nộp bản photo thẻ cho giáo viên chủ nhiệm để nhà trường"
                " tổng hợp."
            ),
        ],
        opts={"tab": 59, "date_line": "Ngày đăng: 07/10/2026 10:00 SA"},
    ),
    Story(
        id=1245,
        slug="Lich-tiep-cha-me-hoc-sinh-nam-hoc-2026-2027",
        title="Lịch tiếp cha mẹ học sinh năm học 2026 - 2027",
        cat="59",
        published_at="2026-09-14",
        blocks=[
            P("Ban Giám hiệu nhà trường tiếp cha mẹ học sinh theo lịch sau:", "br"),
            P("- Thầy Huỳnh Tấn Phát, Hiệu trưởng: sáng Thứ Hai hằng tuần, từ 7 giờ 30 đến 10 giờ 30;", "br"),
            P("- Thầy Trần Đình Khoa, Phó Hiệu trưởng: chiều Thứ Tư hằng tuần, từ 14 giờ đến 16 giờ 30;", "br"),
            P("- Cô Đỗ Thị Hồng Vân, Phó Hiệu trưởng: sáng Thứ Sáu hằng tuần, từ 7 giờ 30 đến 10 giờ 30.", "br"),
            P(
                "Địa điểm: Phòng tiếp dân, tầng 1 nhà hiệu bộ. Ngoài lịch trên, cha mẹ học sinh có"
                " thể liên hệ qua số điện thoại văn phòng 0255 3 822 417."
            ),
        ],
        opts={"tab": 59, "date_line": "Cập nhật: 14/9/2026"},
    ),
]

_BY_ID = {s.id: s for s in STORIES}

# --- URLs ----------------------------------------------------------------------------------


def tab_url(tabid: int, *pairs: tuple[str, object], last: str = "Default.aspx") -> str:
    extra = "".join(f"/{k}/{v}" for k, v in pairs)
    return f"/{TABS[tabid].path}/tabid/{tabid}{extra}/{last}"


def article_path(story: Story) -> str:
    """The friendly form every listing prints; the article page declares it canonical."""
    tab = story.opts["tab"]
    return tab_url(tab, ("articleType", "ArticleView"), ("articleId", story.id), last=f"{story.slug}.aspx")


def short_path(story: Story) -> str:
    return f"/tabid/{story.opts['tab']}/articleType/ArticleView/articleId/{story.id}/Default.aspx"


def query_path(story: Story) -> str:
    return f"/Default.aspx?tabid={story.opts['tab']}&articleType=ArticleView&articleId={story.id}"


def page_url(tabid: int, page: int) -> str:
    return tab_url(tabid) if page == 1 else tab_url(tabid, ("currentpage", page))


def archive_url(tabid: int, year: int, month: int, page: int = 1) -> str:
    pairs: list[tuple[str, object]] = [("articleType", "ArchiveView"), ("month", month), ("year", year)]
    if page > 1:
        pairs.append(("currentpage", page))
    return tab_url(tabid, *pairs)


_DM = "/DesktopModules/DnnForge%20-%20NewsArticles"


def print_path(story: Story) -> str:
    tab = TABS[story.opts["tab"]]
    return (
        f"{_DM}/Print.aspx?tabid={story.opts['tab']}&tabmoduleid={tab.tabmodule}"
        f"&articleId={story.id}&moduleId={tab.module}&PortalID=0"
    )


def rss_path(tabid: int) -> str:
    return f"{_DM}/Rss.aspx?TabID={tabid}&ModuleID={TABS[tabid].module}"


def ctl_url(tabid: int, ctl: str, returnurl: str | None = None) -> str:
    url = tab_url(tabid, ("ctl", ctl))
    if returnurl is not None:
        url += "?returnurl=" + quote(returnurl, safe="").replace("%2F", "%2f")
    return url


def in_tab(tabid: int) -> list[Story]:
    return [s for s in STORIES if s.opts["tab"] == tabid]


def pages_of(tabid: int) -> int:
    return max(1, -(-len(in_tab(tabid)) // TABS[tabid].per_page))


def newest(n: int, tabs: tuple[int, ...] = NEWS_TABS) -> list[Story]:
    items = [s for s in STORIES if s.opts["tab"] in tabs]
    return sorted(items, key=lambda s: s.published_at or "", reverse=True)[:n]


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (story.published_at or "")[:10].split("-")
    return int(y), int(m), int(d)


def listed(story: Story) -> str:
    y, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


def archive_months(tabid: int) -> list[tuple[int, int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for s in in_tab(tabid):
        y, m, _ = _ymd(s)
        counts[(y, m)] = counts.get((y, m), 0) + 1
    return [(y, m, n) for (y, m), n in sorted(counts.items(), reverse=True)]


# --- documents (DNN Documents module, served through LinkClick.aspx) ----------------------

DOCUMENTS: list[tuple[str, str, str, str]] = [
    # (fileticket, title, category, date)
    ("kR7vQ2mXb3A%3d", "Kế hoạch năm học 2026 - 2027", "Kế hoạch", "08/09/2026"),
    ("Zt4cW9pLd1E%3d", "Quy chế chi tiêu nội bộ năm 2026", "Quy chế", "12/10/2026"),
    ("Hq2nB8sYe6U%3d", "Quy chế dân chủ ở cơ sở", "Quy chế", "12/10/2026"),
]


def linkclick(ticket: str) -> str:
    return f"/LinkClick.aspx?fileticket={ticket}&tabid=60&portalid=0&mid=430"


# --- article markup ------------------------------------------------------------------------


def _slug(value: str) -> str:
    plain = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")


def _t(story: Story, value: str) -> str:
    return text(value, entities=story.opts.get("entities", 0))


def _image(img: Img) -> str:
    tag = (
        f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px; '
        'border-width: 0px; border-style: solid;" />'
    )
    line = esc(img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 600px;">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _blocks(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "th", "tr", "br"):
            style = "tr" if block.style == "th" else block.style
            run: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P):
                b = blocks[i]
                if ("tr" if b.style == "th" else b.style) != style:
                    break
                run.append(b)
                i += 1
            if style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(story, b.text)}</li>" for b in run) + "</ul>")
            elif style == "br":
                out.append('<p style="text-align: justify;">' + "<br />\n".join(_t(story, b.text) for b in run) + "</p>")
            else:
                rows = []
                for b in run:
                    cell = "th" if b.style == "th" else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{_t(story, c)}</{cell}>" for c in b.text.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" '
                    'style="width: 100%; border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
                )
            continue
        if isinstance(block, P):
            out.append(f'<p style="text-align: justify;">{_t(story, block.text)}</p>')
        elif isinstance(block, Img):
            out.append(_image(block))
        else:
            out.append(block.html)
        i += 1
    return "\n".join(out)


def _teaser(story: Story, words: int = 32) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return first if len(parts) <= words else " ".join(parts[:words]) + "..."


_COMMENTS = [
    (
        "Nguyễn Văn Tâm (phụ huynh lớp 11A3)",
        "20/11/2026 7:12 CH",
        "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc và tiếp tục dìu dắt các em học sinh"
        " trưởng thành.",
    ),
    (
        "Cựu học sinh khóa 2008 - 2011",
        "21/11/2026 6:05 SA",
        "Nhìn ảnh lại nhớ mái trường xưa. Chúc trường mình ngày càng phát triển!",
    ),
]


def _comments(story: Story, tab: Tab) -> str:
    ns = f"dnn$ctr{tab.module}$ViewArticle$ucPostComment"
    listed_comments = ""
    count = 0
    if story.opts.get("comments"):
        count = len(_COMMENTS)
        listed_comments = "".join(
            f'<div class="articleComment"><div class="commentAuthor"><b>{esc(a)}</b> '
            f'<span class="commentDate">- {esc(d)}</span></div>'
            f'<div class="commentBody">{esc(c)}</div></div>'
            for a, d, c in _COMMENTS
        )
    return f"""<div class="articleComments">
<h3 class="commentsTitle">Ý kiến bạn đọc ({count})</h3>
{listed_comments}
<div class="postComment"><h3>Gửi ý kiến của bạn</h3>
<table class="commentForm"><tr><td class="SubHead">Họ và tên (*)</td><td><input name="{ns}$txtName" type="text" id="dnn_ctr{tab.module}_ViewArticle_ucPostComment_txtName" class="NormalTextBox" /></td></tr>
<tr><td class="SubHead">Email</td><td><input name="{ns}$txtEmail" type="text" id="dnn_ctr{tab.module}_ViewArticle_ucPostComment_txtEmail" class="NormalTextBox" /></td></tr>
<tr><td class="SubHead">Nội dung (*)</td><td><textarea name="{ns}$txtComment" rows="5" cols="50" id="dnn_ctr{tab.module}_ViewArticle_ucPostComment_txtComment" class="NormalTextBox"></textarea></td></tr>
<tr><td></td><td><a id="dnn_ctr{tab.module}_ViewArticle_ucPostComment_btnAddComment" class="CommandButton" href="javascript:__doPostBack('{ns}$btnAddComment','')">Gửi ý kiến</a>
<span class="Normal">Ý kiến của bạn sẽ được đăng sau khi được kiểm duyệt.</span></td></tr></table></div>
</div>"""


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    items = "".join(
        f'<li><img src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/file.gif" alt="" /> '
        f'<a href="{esc(href)}" target="_blank">{esc(label)}</a> <span class="fileSize">(182 KB)</span></li>'
        for href, label in files
    )
    return f'<div class="articleFiles"><b>Tập tin đính kèm:</b><ul>{items}</ul></div>'


def _others(story: Story) -> str:
    others = [s for s in in_tab(story.opts["tab"]) if s.id != story.id][:5]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="otherDate">({listed(s)})</span></li>'
        for s in others
    )
    return f'<div class="otherArticles"><h3 class="otherTitle">Các tin khác</h3><ul>{items}</ul></div>'


def _article_module(story: Story, request: Request) -> str:
    tab = TABS[story.opts["tab"]]
    base = base_url(request)
    sapo = (
        f'<div class="articleSummary"><strong>{_t(story, story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    share = quote(base + article_path(story), safe="")
    mail = quote(story.title) + "&body=" + share
    return f"""<div class="NewsArticles">
<div class="articleView">
<h1 class="articleHeadline">{esc(story.title)}</h1>
<div class="articleInfo"><span class="articleDate">{esc(story.opts["date_line"])}</span>
<span class="articleSep">|</span> <span class="articleViews">Lượt xem: {story.views()}</span>
<span class="fontSize">Cỡ chữ: <a href="javascript:void(0)" onclick="setFont(-1)">A-</a> <a href="javascript:void(0)" onclick="setFont(1)">A+</a></span></div>
{sapo}
<div class="articleEntry">
{_blocks(story)}
</div>
{_files(story)}
<div class="articleTools">
<a href="{esc(print_path(story))}" target="_blank" rel="nofollow" class="toolPrint"><img src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/iconPrint.gif" alt="In bài viết" /> In bài viết</a>
<a href="mailto:?subject={mail}" class="toolEmail"><img src="/DesktopModules/DnnForge%20-%20NewsArticles/Images/iconEmail.gif" alt="Gửi email" /> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="toolShare">Chia sẻ Facebook</a>
<a href="https://zalo.me/share?url={share}" target="_blank" class="toolShare">Zalo</a>
<a href="javascript:history.go(-1)" class="toolBack">« Quay lại</a>
<a href="#top" class="toolTop">Về đầu trang</a>
</div>
{_comments(story, tab)}
{_others(story)}
</div>
</div>"""


# --- listings ------------------------------------------------------------------------------


def _thumb(story: Story) -> str:
    src = story.images[0].src if story.images else "/Portals/0/Images/no-image.jpg"
    return src.replace("/Portals/0/Images/", "/Portals/0/Images/Thumbs/", 1)


def _list_item(story: Story) -> str:
    link = article_path(story)
    return f"""<div class="articleItem">
<a href="{link}" class="articleThumb"><img src="{esc(_thumb(story))}" alt="{esc(story.title)}" width="150" height="100" /></a>
<h2 class="articleTitle"><a href="{link}">{esc(story.title)}</a> <span class="articleListDate">({listed(story)})</span></h2>
<div class="articleSummaryList">{esc(_teaser(story))}</div>
<a href="{link}" class="readMore">Chi tiết »</a>
<div class="clear"></div>
</div>"""


def _pager(page: int, pages: int, href) -> str:
    if pages <= 1:
        return ""
    parts = [f'<span class="pagingInfo">Trang {page} / {pages}</span>']
    if page > 1:
        parts.append(f'<a href="{href(1)}" class="pagingLink">« Đầu</a>')
        parts.append(f'<a href="{href(page - 1)}" class="pagingLink">‹ Trước</a>')
    for n in range(1, pages + 1):
        parts.append(
            f'<span class="currentPage">{n}</span>' if n == page else f'<a href="{href(n)}" class="pagingLink">{n}</a>'
        )
    if page < pages:
        parts.append(f'<a href="{href(page + 1)}" class="pagingLink">Sau ›</a>')
        parts.append(f'<a href="{href(pages)}" class="pagingLink">Cuối »</a>')
    return '<div class="articlePaging">' + " ".join(parts) + "</div>"


def _listing_module(tabid: int, page: int) -> str:
    tab = TABS[tabid]
    items = in_tab(tabid)
    chunk = items[(page - 1) * tab.per_page : page * tab.per_page]
    body = "\n".join(_list_item(s) for s in chunk) or '<div class="Normal">Không có tin nào trong mục này.</div>'
    return f'<div class="NewsArticles"><div class="articleList">{body}</div>{_pager(page, pages_of(tabid), lambda n: page_url(tabid, n))}</div>'


def _archive_module(tabid: int, year: int, month: int, page: int) -> str | None:
    tab = TABS[tabid]
    items = [s for s in in_tab(tabid) if _ymd(s)[:2] == (year, month)]
    if not items:
        return None
    pages = max(1, -(-len(items) // tab.per_page))
    chunk = items[(page - 1) * tab.per_page : page * tab.per_page]
    body = "\n".join(_list_item(s) for s in chunk) or '<div class="Normal">Không có tin nào.</div>'
    head = f'<div class="archiveHeader">Lưu trữ: Tháng {month}/{year}</div>'
    pager = _pager(page, pages, lambda n: archive_url(tabid, year, month, n))
    return f'<div class="NewsArticles">{head}<div class="articleList">{body}</div>{pager}</div>'


# --- skin ----------------------------------------------------------------------------------


def _container(mid: int, title: str, content: str, css: str = "HtmlModule", kind: str = "c_box") -> str:
    return f"""<div class="DnnModule DnnModule-{css} DnnModule-{mid}"><a name="{mid}"></a>
<div class="{kind}"><div class="{kind}_head"><h2 class="{kind}_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></div>
<div id="dnn_ctr{mid}_ContentPane" class="{kind}_content"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{css}C">
{content}
</div><!-- End_Module_{mid} --></div><div class="{kind}_footer"></div></div></div>"""


def _menu(base: str, active: int) -> str:
    items = []
    for i, tabid in enumerate(MENU):
        tab = TABS[tabid]
        cls = "item" + (" first" if i == 0 else "") + (" last" if i == len(MENU) - 1 else "")
        top = active if TABS[active].parent is None else TABS[active].parent
        if tabid == top:
            cls += " selected breadcrumb"
        children = [t for t, v in TABS.items() if v.parent == tabid]
        sub = ""
        if children:
            sub = '<ul class="subLevel">' + "".join(
                f'<li class="item"><a href="{base}{tab_url(c)}"><span>{esc(TABS[c].name)}</span></a></li>'
                for c in children
            ) + "</ul>"
            cls += " haschild"
        link = (
            f"<a><span>{esc(tab.name)}</span></a>"
            if tab.disabled
            else f'<a href="{base}{tab_url(tabid)}"><span>{esc(tab.name)}</span></a>'
        )
        items.append(f'<li class="{cls}">{link}{sub}</li>')
    return '<div id="dnn_pnav"><ul class="topLevel">' + "".join(items) + "</ul></div>"


def _breadcrumb(base: str, tabid: int) -> str:
    chain = []
    t: int | None = tabid
    while t is not None:
        chain.append(t)
        t = TABS[t].parent
    chain.reverse()
    parts = [f'<a href="{base}/" class="breadcrumbLink">Trang chủ</a>']
    for t in chain:
        if t == 36:
            continue
        tab = TABS[t]
        parts.append(
            f'<span class="breadcrumbText">{esc(tab.name)}</span>'
            if tab.disabled
            else f'<a href="{base}{tab_url(t)}" class="breadcrumbLink">{esc(tab.name)}</a>'
        )
    return (
        '<div class="breadcrumbs">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb">'
        + ' <img src="/Portals/_default/Skins/TQT2016/images/breadcrumb.png" alt="" /> '.join(parts)
        + "</span></div>"
    )


def _left_pane() -> str:
    cats = "".join(
        f'<li><a href="{tab_url(t)}">{esc(TABS[t].name)}</a></li>' for t in (56, 57, 59)
    ) + f'<li><a href="{tab_url(60)}">Văn bản - Biểu mẫu</a></li>'
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for u, n in (
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://sgddt.quangngai.gov.vn", "Sở GD&ĐT Quảng Ngãi"),
            ("https://quangngai.gov.vn", "Cổng TTĐT tỉnh Quảng Ngãi"),
            ("https://thitotnghiepthpt.edu.vn", "Thi tốt nghiệp THPT"),
            ("https://vnedu.vn", "Sổ liên lạc điện tử vnEdu"),
        )
    )
    poll = """<div class="surveyQuestion">Bạn đánh giá thế nào về giao diện mới của website nhà trường?</div>
<table class="surveyOptions"><tr><td><input id="dnn_ctr440_Survey_opt_0" type="radio" name="dnn$ctr440$Survey$opt" value="1" /><label for="dnn_ctr440_Survey_opt_0">Rất đẹp, dễ sử dụng</label></td></tr>
<tr><td><input id="dnn_ctr440_Survey_opt_1" type="radio" name="dnn$ctr440$Survey$opt" value="2" /><label for="dnn_ctr440_Survey_opt_1">Bình thường</label></td></tr>
<tr><td><input id="dnn_ctr440_Survey_opt_2" type="radio" name="dnn$ctr440$Survey$opt" value="3" /><label for="dnn_ctr440_Survey_opt_2">Cần cải tiến thêm</label></td></tr></table>
<a id="dnn_ctr440_Survey_cmdSubmit" class="CommandButton" href="javascript:__doPostBack('dnn$ctr440$Survey$cmdSubmit','')">Biểu quyết</a>
<a id="dnn_ctr440_Survey_cmdResults" class="CommandButton" href="javascript:__doPostBack('dnn$ctr440$Survey$cmdResults','')">Xem kết quả</a>"""
    return (
        _container(433, "Danh mục tin", f'<ul class="catMenu">{cats}</ul>', kind="c_left")
        + _container(
            436,
            "Liên kết website",
            '<select name="dnn$ctr436$Links$ddlLinks" id="dnn_ctr436_Links_ddlLinks" '
            'onchange="if(this.value!=\'\')window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
            f"{links}</select>",
            css="Links",
            kind="c_left",
        )
        + _container(440, "Thăm dò ý kiến", poll, css="Survey", kind="c_left")
    )


def _right_pane(tabid: int) -> str:
    latest = "".join(
        f'<li><a href="{short_path(s)}">{esc(s.title)}</a> <span class="date">({listed(s)[:5]})</span></li>'
        for s in newest(5)
    )
    popular = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    most = "".join(
        f'<li><a href="{esc(query_path(s))}">{esc(s.title)}</a> <span class="views">({s.views()} lượt xem)</span></li>'
        for s in popular
    )
    counter = """<table class="counter"><tr><td>Đang trực tuyến:</td><td>23</td></tr>
<tr><td>Hôm nay:</td><td>612</td></tr><tr><td>Hôm qua:</td><td>1.045</td></tr>
<tr><td>Tháng này:</td><td>18.930</td></tr><tr><td>Tổng lượt truy cập:</td><td>2.418.765</td></tr></table>"""
    out = (
        _container(450, "Tin mới", f'<ul class="latestArticles">{latest}</ul>', css="DnnForge-LatestArticles", kind="c_right")
        + _container(452, "Tin xem nhiều", f'<ul class="popularArticles">{most}</ul>', css="TopViews", kind="c_right")
    )
    if tabid == 56:
        months = "".join(
            f'<li><a href="{archive_url(56, y, m)}">Tháng {m}/{y}</a> ({n})</li>' for y, m, n in archive_months(56)
        )
        out += _container(455, "Lưu trữ tin", f'<ul class="archiveList">{months}</ul>', css="DnnForge-NewsArchives", kind="c_right")
    out += _container(458, "Thống kê truy cập", counter, css="Counter", kind="c_right")
    return out


def _login_box() -> str:
    return """<div class="dnnForm dnnLoginService"><div class="dnnFormItem"><label for="dnn_ctr380_Login_Login_DNN_txtUsername">Tên đăng nhập:</label>
<input name="dnn$ctr380$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr380_Login_Login_DNN_txtUsername" /></div>
<div class="dnnFormItem"><label for="dnn_ctr380_Login_Login_DNN_txtPassword">Mật khẩu:</label>
<input name="dnn$ctr380$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr380_Login_Login_DNN_txtPassword" /></div>
<div class="dnnFormItem"><input id="dnn_ctr380_Login_Login_DNN_chkCookie" type="checkbox" name="dnn$ctr380$Login$Login_DNN$chkCookie" /><label for="dnn_ctr380_Login_Login_DNN_chkCookie">Ghi nhớ đăng nhập</label></div>
<a id="dnn_ctr380_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="javascript:__doPostBack('dnn$ctr380$Login$Login_DNN$cmdLogin','')">Đăng nhập</a>
<a id="dnn_ctr380_Login_Login_DNN_passwordLink" href="javascript:void(0)">Quên mật khẩu?</a></div>"""


def _page(
    request: Request,
    tabid: int,
    title: str,
    content: str,
    *,
    canonical: str | None = None,
    head: str = "",
    right: bool = True,
    left: bool = True,
    top: str = "",
    right_extra: str = "",
    return_to: str | None = None,
) -> Response:
    base = base_url(request)
    here = request.target
    seed = f"{tabid}|{here}"
    viewstate = opaque("vs" + seed, 1480, b"\xff\x01\x0f\x0f")
    validation = opaque("ev" + seed, 150)
    login_tab = 36 if tabid == 36 else tabid
    login = ctl_url(login_tab, "Login", return_to or here)
    register = ctl_url(login_tab, "Register", return_to or here)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    rss = ""
    if tabid in NEWS_TABS:
        rss = (
            f'<link rel="alternate" type="application/rss+xml" title="{esc(TABS[tabid].name)}" '
            f'href="{base}{esc(rss_path(tabid))}" />\n'
        )
    left_html = f'<div id="dnn_LeftPane" class="LeftPane">{_left_pane()}</div>' if left else '<div id="dnn_LeftPane" class="LeftPane DNNEmptyPane"></div>'
    right_html = f'<div id="dnn_RightPane" class="RightPane">{right_extra}{_right_pane(tabid)}</div>' if right else '<div id="dnn_RightPane" class="RightPane DNNEmptyPane"></div>'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
<!--*********************************************-->
<!-- DNN Platform - http://www.dnnsoftware.com   -->
<!-- Copyright (c) 2002-2015, by DNN Corporation -->
<!--*********************************************-->
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="Website chính thức của {esc(SITE)}, tỉnh Quảng Ngãi" />
<meta id="MetaKeywords" name="KEYWORDS" content="THPT Trần Quốc Tuấn, Quảng Ngãi, giáo dục, tin tức, thông báo" />
<meta id="MetaCopyright" name="COPYRIGHT" content="Bản quyền 2026 thuộc {esc(SITE)}" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaAuthor" name="AUTHOR" content="{esc(SITE)}" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta name="DISTRIBUTION" content="GLOBAL" />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta http-equiv="PAGE-ENTER" content="RevealTrans(Duration=0,Transition=1)" />
<style id="StylePlaceholder" type="text/css"></style>
<link href="/Portals/_default/default.css?cdv=47" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/TQT2016/skin.css?cdv=47" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Containers/TQT2016/container.css?cdv=47" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/portal.css?cdv=47" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=47" type="text/javascript"></script>
<script src="/Resources/libraries/jQuery-UI/01_11_03/jquery-ui.js?cdv=47" type="text/javascript"></script>
{rss}{canon}<link id="Template_{TABS[tabid].module or 0}" rel="stylesheet" type="text/css" href="/DesktopModules/DnnForge%20-%20NewsArticles/Templates/Standard/Template.css" />
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=1.0" type="image/x-icon" />
<title>{esc(title)}</title>
{head}</head>
<body id="Body">
<form method="post" action="{esc(here)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitqyEH-aZNltMZEefcYkF3E3w2&amp;t=635589219571259667" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvs3i6wDFhb4gNBGuGbTHDRuPM-GGpfpPsuNm3LV7oEUmtQgL-0gsWk8n2MVXUFiIPUXK_xuDEH8CTNeT9dOC9Km7mjXlJTeePzoDOSSdCCvTtrUOU-t6nrf9NWsF0&amp;t=ffffffffa5177bee" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>
<a name="top"></a>
<div id="wrapper">
<div id="header">
<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{esc(SITE)}" href="{base}/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-tqt.png" alt="{esc(SITE)}" /></a></div>
<div class="banner"><div class="school-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI<br /><strong>TRƯỜNG THPT TRẦN QUỐC TUẤN</strong></div></div>
<div class="topbar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{TODAY}</span>
<span class="userLinks"><a id="dnn_dnnUSER_registerLink" title="Đăng ký" class="SkinObject" rel="nofollow" href="{base}{esc(register)}">Đăng ký</a>
| <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="{base}{esc(login)}">Đăng nhập</a></span>
<span class="searchBox"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSearch_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." />
<a id="dnn_dnnSearch_cmdSearch" class="SkinObject" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm</a></span></div>
</div>
<div id="menu">{_menu(base, tabid)}</div>
<div id="bread">{_breadcrumb(base, tabid)}</div>
<div id="dnn_TopPane" class="TopPane{'' if top else ' DNNEmptyPane'}">{top}</div>
<div id="main">
{left_html}
<div id="dnn_ContentPane" class="ContentPane">{content}</div>
{right_html}
<div class="clear"></div>
</div>
<div id="dnn_BottomPane" class="BottomPane DNNEmptyPane"></div>
<div id="footer">
<div class="footerInfo"><p><strong>{esc(SITE_LONG.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: ThS. Huỳnh Tấn Phát - Hiệu trưởng</p></div>
<div class="footerLinks"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Bản quyền 2026 thuộc {esc(SITE)}</span>
| <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="{base}{ctl_url(tabid, 'Terms')}">Điều khoản sử dụng</a>
| <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="{base}{ctl_url(tabid, 'Privacy')}">Chính sách bảo mật</a></div>
<div class="designer">Thiết kế và phát triển: Trung tâm Tin học - Sở GD&amp;ĐT Quảng Ngãi</div>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tabid}`}}" />
</form>
</body>
</html>"""
    return html(page, headers={"Cache-Control": "private", "X-Powered-By": "ASP.NET"})


def _news_container(tabid: int, content: str) -> str:
    tab = TABS[tabid]
    return _container(tab.module or 0, tab.name, content, css="DnnForge-NewsArticles", kind="c_main")


def _title(tabid: int) -> str:
    chain = []
    t: int | None = tabid
    while t is not None:
        chain.append(TABS[t].name)
        t = TABS[t].parent
    return " > ".join([SITE, *reversed(chain)])


# --- pages ---------------------------------------------------------------------------------


def _home(request: Request) -> Response:
    featured = newest(4, (56, 57))
    lead, rest = featured[0], featured[1:]
    feat = f"""<div class="featured"><div class="leadNews">
<a href="{esc(query_path(lead))}"><img src="{esc(_thumb(lead))}" alt="{esc(lead.title)}" width="320" height="213" /></a>
<h3><a href="{esc(query_path(lead))}">{esc(lead.title)}</a></h3>
<p class="leadSummary">{esc(_teaser(lead))}</p></div>
<ul class="featuredList">{"".join(f'<li><a href="{esc(query_path(s))}">{esc(s.title)}</a></li>' for s in rest)}</ul></div>"""
    blocks = [_container(470, "Tin nổi bật", feat, css="FeaturedNews", kind="c_main")]
    for tabid, count in ((56, 3), (57, 2), (59, 3)):
        items = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({listed(s)})</span></li>'
            for s in in_tab(tabid)[:count]
        )
        more = f'<div class="viewAll"><a href="{tab_url(tabid)}">Xem tất cả »</a></div>'
        blocks.append(
            _container(
                472 + tabid, TABS[tabid].name, f'<ul class="homeList">{items}</ul>{more}', css="DnnForge-LatestArticles", kind="c_main"
            )
        )
    banner = (
        '<div class="slider"><img src="/Portals/0/Banner/banner-20-11-2026.jpg" alt="Chào mừng ngày Nhà giáo Việt Nam 20/11" />'
        '<img src="/Portals/0/Banner/banner-nam-hoc-moi.jpg" alt="Năm học 2026 - 2027" /></div>'
    )
    right_extra = _container(380, "Đăng nhập hệ thống", _login_box(), css="Authentication", kind="c_right")
    return _page(request, 36, SITE, "".join(blocks), top=banner, right_extra=right_extra)


def _listing(request: Request, tabid: int, page: int) -> Response:
    content = _news_container(tabid, _listing_module(tabid, page))
    return _page(request, tabid, _title(tabid), content)


def _archive(request: Request, tabid: int, year: int, month: int, page: int) -> Response | None:
    module = _archive_module(tabid, year, month, page)
    if module is None:
        return None
    return _page(request, tabid, _title(tabid), _news_container(tabid, module))


def _article(request: Request, story: Story) -> Response:
    tabid = story.opts["tab"]
    return _page(
        request,
        tabid,
        f"{story.title} - {SITE}",
        _news_container(tabid, _article_module(story, request)),
        canonical=article_path(story),
        head=f'<meta property="og:title" content="{esc(story.title)}" />\n<meta property="og:type" content="article" />\n',
    )


_ABOUT = (
    "Trường THPT Trần Quốc Tuấn được thành lập năm 1975, là một trong những trường trung học phổ"
    " thông có bề dày truyền thống của tỉnh Quảng Ngãi. Trải qua hơn 50 năm xây dựng và phát triển,"
    " nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều người đã trở thành nhà khoa học, cán bộ"
    " lãnh đạo, doanh nhân thành đạt.",
    "Nhà trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021 và đạt kiểm định chất lượng giáo"
    " dục cấp độ 3. Hiện nay trường có 38 lớp với hơn 1.400 học sinh, đội ngũ 86 cán bộ, giáo viên,"
    " nhân viên, trong đó 32 giáo viên có trình độ thạc sĩ.",
    "Sứ mệnh của nhà trường là xây dựng môi trường giáo dục kỷ cương, nhân ái, chất lượng, giúp mỗi"
    " học sinh phát triển toàn diện, có năng lực tự học và sáng tạo, sẵn sàng hội nhập.",
)

_TERMS = (
    "Bằng việc truy cập website này, bạn đồng ý tuân thủ các điều khoản sử dụng dưới đây. Nội dung"
    " trên website thuộc bản quyền của nhà trường; mọi hình thức sao chép, phát hành lại phải ghi rõ"
    " nguồn và được sự đồng ý bằng văn bản của nhà trường.",
    "Nhà trường không chịu trách nhiệm về nội dung của các website liên kết bên ngoài. Người dùng"
    " không được đăng tải thông tin vi phạm pháp luật, xúc phạm danh dự, nhân phẩm của tổ chức, cá"
    " nhân khác trong phần ý kiến bạn đọc.",
    "Nhà trường có quyền thay đổi, bổ sung các điều khoản này bất kỳ lúc nào mà không cần báo trước.",
)

_PRIVACY = (
    "Nhà trường tôn trọng quyền riêng tư của người dùng. Thông tin cá nhân bạn cung cấp khi đăng ký"
    " tài khoản hoặc gửi ý kiến (họ tên, địa chỉ email) chỉ được dùng để liên hệ, trả lời và không"
    " cung cấp cho bên thứ ba.",
    "Website sử dụng cookie để ghi nhớ phiên đăng nhập và thống kê lượt truy cập. Bạn có thể tắt"
    " cookie trong trình duyệt, khi đó một số chức năng có thể không hoạt động.",
)


def _text_page(
    request: Request, tabid: int, heading: str, paragraphs: tuple[str, ...], mid: int, return_to: str | None = None
) -> Response:
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
    content = _container(mid, heading, f'<div class="Normal">{body}</div>', kind="c_main")
    return _page(request, tabid, _title(tabid), content, return_to=return_to)


def _ctl_page(request: Request, tabid: int, ctl: str) -> Response | None:
    back = tab_url(tabid) if tabid != 36 else "/"
    if ctl == "Terms":
        return _text_page(request, tabid, "Điều khoản sử dụng", _TERMS, 0, back)
    if ctl == "Privacy":
        return _text_page(request, tabid, "Chính sách bảo mật", _PRIVACY, 0, back)
    if ctl == "Login":
        content = _container(0, "Đăng nhập", _login_box(), css="Authentication", kind="c_main")
        return _page(request, tabid, f"{SITE} > Đăng nhập", content, left=False, right=False, return_to=back)
    if ctl == "Register":
        form = """<div class="dnnForm dnnRegistrationForm"><div class="dnnFormItem"><label>Tên đăng nhập:</label><input name="dnn$ctr$Register$userForm$Username" type="text" /></div>
<div class="dnnFormItem"><label>Mật khẩu:</label><input name="dnn$ctr$Register$userForm$Password" type="password" /></div>
<div class="dnnFormItem"><label>Email:</label><input name="dnn$ctr$Register$userForm$Email" type="text" /></div>
<a class="dnnPrimaryAction" href="javascript:__doPostBack('dnn$ctr$Register$registerButton','')">Đăng ký</a></div>"""
        content = _container(0, "Đăng ký tài khoản", form, css="Registration", kind="c_main")
        return _page(request, tabid, f"{SITE} > Đăng ký", content, left=False, right=False, return_to=back)
    return None


def _documents(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"Normal" if i % 2 == 0 else "NormalAlt"}"><td>{i + 1}</td>'
        f'<td><a href="{esc(linkclick(t))}" target="_blank">{esc(title)}</a></td><td>{esc(cat)}</td>'
        f'<td>{date}</td><td><a href="{esc(linkclick(t))}" target="_blank">Tải về</a></td></tr>'
        for i, (t, title, cat, date) in enumerate(DOCUMENTS)
    )
    table = (
        '<table class="DocumentsGrid" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">'
        '<tr class="SubHead"><th>STT</th><th>Tiêu đề</th><th>Danh mục</th><th>Ngày cập nhật</th><th></th></tr>'
        f"{rows}</table>"
    )
    return _page(request, 60, _title(60), _container(430, "Văn bản - Biểu mẫu", table, css="Documents", kind="c_main"))


def _contact(request: Request) -> Response:
    form = f"""<div class="Normal"><p><strong>{esc(SITE_LONG)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE}</p><p>Email: {EMAIL}</p></div>
<div class="dnnForm feedbackForm"><div class="dnnFormItem"><label>Họ và tên:</label><input name="dnn$ctr438$Feedback$txtName" type="text" /></div>
<div class="dnnFormItem"><label>Email:</label><input name="dnn$ctr438$Feedback$txtEmail" type="text" /></div>
<div class="dnnFormItem"><label>Tiêu đề:</label><input name="dnn$ctr438$Feedback$txtSubject" type="text" /></div>
<div class="dnnFormItem"><label>Nội dung:</label><textarea name="dnn$ctr438$Feedback$txtBody" rows="6" cols="40"></textarea></div>
<a class="dnnPrimaryAction" href="javascript:__doPostBack('dnn$ctr438$Feedback$cmdSend','')">Gửi liên hệ</a></div>"""
    return _page(request, 61, _title(61), _container(438, "Liên hệ", form, css="Feedback", kind="c_main"))


def _print(story: Story, request: Request) -> Response:
    sapo = f"<p><strong>{_t(story, story.summary)}</strong></p>" if story.summary and story.sapo_outside else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(story.title)}</title>
<link href="/Portals/_default/default.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print()" class="Print">
<div class="printHeader">{esc(SITE)} - {base_url(request)}</div>
<h1>{esc(story.title)}</h1>
<div class="articleDate">{esc(story.opts["date_line"])}</div>
{sapo}
<div class="articleEntry">{_blocks(story)}</div>
<div class="printFooter">Địa chỉ bài viết: {base_url(request)}{article_path(story)}</div>
</body></html>"""
    return html(page)


def _rss(request: Request, tabid: int) -> Response:
    base = base_url(request)
    tab = TABS[tabid]
    items = []
    for s in in_tab(tabid):
        y, m, d = _ymd(s)
        hh, mm = ("00", "00")
        if s.published_at and "T" in s.published_at:
            hh, mm = s.published_at[11:13], s.published_at[14:16]
        day = datetime(y, m, d).strftime("%a, %d %b %Y")
        items.append(
            f"<item><title>{esc(s.title)}</title><link>{base}{esc(query_path(s))}</link>"
            f"<description>{esc(_teaser(s))}</description>"
            f"<pubDate>{day} {hh}:{mm}:00 +0700</pubDate><guid isPermaLink=\"false\">na-{s.id}</guid></item>"
        )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{esc(tab.name)} - {esc(SITE)}</title><link>{base}{tab_url(tabid)}</link>
<description>RSS: {esc(tab.name)}</description><language>vi-VN</language><generator>NewsArticles</generator>
{"".join(items)}</channel></rss>"""
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


ROBOTS = """# Begin robots.txt file
#/-----------------------------------------------\\
#| In single portal/domain situations, uncomment the sitmap line and enter domain name
#\\-----------------------------------------------/
#Sitemap: http://www.DOMAINNAME.com/SiteMap.aspx

User-agent: *
Disallow: /admin/
Disallow: /App_Browsers/
Disallow: /App_Code/
Disallow: /App_Data/
Disallow: /App_GlobalResources/
Disallow: /bin/
Disallow: /Components/
Disallow: /Config/
Disallow: /contest/
Disallow: /controls/
Disallow: /DesktopModules/
Disallow: /Documentation/
Disallow: /HttpModules/
Disallow: /images/
Disallow: /Install/
Disallow: /Providers/
Disallow: /*/ctl/
# End of robots.txt file
"""

# --- routing -------------------------------------------------------------------------------

_TAB_PREFIX = {v.path.lower(): k for k, v in TABS.items()}


def _parse(path: str) -> tuple[int, dict[str, str], str] | None:
    """A DNN friendly path: (tabid, lower-cased key/value pairs, last segment) or None."""
    segs = [s for s in path.split("/") if s]
    lower = [s.lower() for s in segs]
    if "tabid" not in lower:
        return None
    i = lower.index("tabid")
    if i + 2 >= len(segs) or not segs[i + 1].isdigit():
        return None
    tabid = int(segs[i + 1])
    if tabid not in TABS:
        return None
    prefix = "/".join(lower[:i])
    if prefix and _TAB_PREFIX.get(prefix) != tabid:
        return None
    rest = segs[i + 2 :]
    last = rest[-1]
    pairs = rest[:-1]
    if not last.lower().endswith(".aspx") or len(pairs) % 2:
        return None
    params = {pairs[j].lower(): pairs[j + 1] for j in range(0, len(pairs), 2)}
    return tabid, params, last


def _int(value: str | None, default: int = 1) -> int | None:
    if value is None:
        return default
    return int(value) if value.isdigit() else None


class DnnSchool:
    """Routes DNN 7 search-friendly URLs (and their ``Default.aspx?tabid=`` twins) to pages."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        if path.startswith("/Portals/0/Files/") and path.endswith(".pdf"):
            names = {href for s in STORIES for href, _ in s.opts.get("files", [])}
            if path in names:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/LinkClick.aspx":
            ticket = quote(unquote(request.params.get("fileticket", "")), safe="")
            for t, title, _, _ in DOCUMENTS:
                if quote(unquote(t), safe="") == ticket:
                    name = _slug(title) + ".pdf"
                    return Response(
                        200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f'attachment; filename="{name}"'}
                    )
            return None
        if path.startswith(_DM + "/") or path.startswith("/DesktopModules/DnnForge - NewsArticles/"):
            leaf = path.rsplit("/", 1)[1]
            params = {k.lower(): v for k, v in request.params.items()}
            if leaf == "Print.aspx":
                story = _BY_ID.get(_int(params.get("articleid"), 0) or 0)
                if story and str(story.opts["tab"]) == params.get("tabid"):
                    return _print(story, request)
                return None
            if leaf == "Rss.aspx":
                tabid = _int(params.get("tabid"), 0)
                if tabid in NEWS_TABS and str(TABS[tabid].module) == params.get("moduleid"):
                    return _rss(request, tabid)
                return None
            return static_file(path)
        if path.startswith(("/Portals/", "/Resources/", "/WebResource.axd", "/ScriptResource.axd")):
            if path.endswith(".axd"):
                return Response(200, b"/* resource */", {"Content-Type": "application/javascript"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/Default.aspx", "/default.aspx"):
            params = {k.lower(): v for k, v in request.params.items()}
            if "tabid" not in params:
                return None if request.query else _home(request)
            tabid = _int(params.pop("tabid"), 0)
            if tabid not in TABS:
                return None
            return self._route(request, tabid, params, "Default.aspx", query_form=True)
        parsed = _parse(path)
        if parsed is None:
            return None
        tabid, params, last = parsed
        query = {k.lower(): v for k, v in request.params.items()}
        if "ctl" in params:
            if set(query) - {"returnurl"}:
                return None
            return _ctl_page(request, tabid, params["ctl"])
        if request.query:
            return None
        return self._route(request, tabid, params, last, query_form=False)

    def _route(self, request: Request, tabid: int, params: dict[str, str], last: str, query_form: bool) -> Response | None:
        tab = TABS[tabid]
        if tab.disabled:
            return None
        kind = params.pop("articletype", None)
        if tabid in NEWS_TABS:
            if kind and kind.lower() == "articleview":
                story = _BY_ID.get(_int(params.pop("articleid", None), 0) or 0)
                if story is None or story.opts["tab"] != tabid or params:
                    return None
                if last not in ("Default.aspx", f"{story.slug}.aspx"):
                    return None
                return _article(request, story)
            if last != "Default.aspx":
                return None
            page = _int(params.pop("currentpage", None))
            if page is None or page < 1:
                return None
            if kind and kind.lower() == "archiveview":
                year, month = _int(params.pop("year", None), 0), _int(params.pop("month", None), 0)
                if params or not year or not month:
                    return None
                return _archive(request, tabid, year, month, page)
            if kind or params:
                return None
            return _listing(request, tabid, page)
        if kind or params or last != "Default.aspx":
            return None
        if tabid == 36:
            return _home(request)
        if tabid == 53:
            return _text_page(request, 53, "Giới thiệu chung", _ABOUT, 425)
        if tabid == 60:
            return _documents(request)
        if tabid == 61:
            return _contact(request)
        return None


def build_site() -> DnnSchool:
    return DnnSchool()


# --- gold ----------------------------------------------------------------------------------

GOLD: list[dict] = [gold_record(s, article_path(s), TABS[s.opts["tab"]].name) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/",
    tab_url(36),
    tab_url(53),
    *(page_url(t, n) for t in NEWS_TABS for n in range(1, pages_of(t) + 1)),
    *(archive_url(56, y, m) for y, m, _ in archive_months(56)),
    tab_url(60),
    tab_url(61),
    ctl_url(36, "Login", "/"),
    ctl_url(36, "Register", "/"),
    ctl_url(36, "Terms"),
    ctl_url(36, "Privacy"),
    ctl_url(56, "Terms"),
    *(print_path(s) for s in STORIES),
    *(rss_path(t) for t in NEWS_TABS),
    *(linkclick(t) for t, _, _, _ in DOCUMENTS),
    "/Portals/0/Files/VanBan/2026/215-KH-THPTTQT-Cuoc-thi-KHKT-2026-2027.pdf",
]
