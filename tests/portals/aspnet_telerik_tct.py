"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on a vendor ASP.NET WebForms 4.x + Telerik site.

Imitates the news site a local software vendor builds for a provincial political school: ASP.NET
WebForms 4.x on IIS with Telerik UI for ASP.NET AJAX (RadMenu, RadRotator, RadAjaxPanel,
RadListView + RadDataPager, RadGrid, RadImageGallery), one master page (``ctl00_…`` ids
everywhere) and every page a single ``<form id="form1" method="post" action="./Page.aspx?…">``
carrying ``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR`` and
``__EVENTVALIDATION``. No rel=canonical, no sitemap, no feed (robots.txt only hides /Admin/).

What it serves:

- ``/`` answers 302 to ``/Default.aspx`` (the start page): a RadRotator banner, "Tin nổi bật"
  (the newest "Tin hoạt động" item with its sapo), boxes of the newest items of each category with
  "Xem tiếp" links to the listings, "Văn bản mới", "Thư viện ảnh".
- Master page chrome on every page: header with today's date (``TODAY``), the search box (a
  submit button that posts back and 302s to ``/TimKiem.aspx?tukhoa=…``), the RadMenu, a left
  sidebar with "Tin mới cập nhật" (six newest, with dates), a login box, a poll ("Thăm dò ý kiến",
  its "Xem kết quả" a postback), "Liên kết website" (a select), the visitor counter ("Đang trực
  tuyến / Hôm nay / Hôm qua / Tổng số lượt truy cập"), and a footer with address, phone, hotline,
  "Chịu trách nhiệm chính" and the vendor's credit.
- Listings ``/TinTuc/DanhSach.aspx?cat=N`` (cat 2 "Tin hoạt động" and cat 5 "Thông báo" under
  the menu group "Tin tức - Sự kiện"; cat 3 "Nghiên cứu - Trao đổi"): a RadListView of three
  items (thumbnail, title, "(dd/mm/yyyy)", excerpt) inside a RadAjaxPanel, and a RadDataPager:
  numeric page links ``href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$RadDataPager1$ctl01$ctlNN','')"``
  (NN = zero-based page index), First/Prev/Next/Last as ``<input type="submit">`` buttons named
  ``ctl00$ContentPlaceHolder1$RadDataPager1$ctl00$FirstButton`` / ``…$ctl00$PrevButton`` /
  ``…$ctl02$NextButton`` ("Trang sau") / ``…$ctl02$LastButton`` (disabled at the ends), and a
  summary "Trang 1 / 3". Pages 2+ exist only as answers to a form POST: "Tin hoạt động" has 7
  items = 3 pages. GET query parameters such as ``&page=2`` are ignored (page 1 again).
- Postback rules (decided to be what an IIS server with ``customErrors mode="RemoteOnly"`` does):
  a POST of the form fields answers 200 with the whole page for the new state (same URL, a new
  ``__VIEWSTATE`` that encodes the page key and page index behind a MAC, a new
  ``__EVENTVALIDATION``). A POST without ``__VIEWSTATE`` is no postback: page 1. A POST whose
  ``__VIEWSTATE`` does not decode, fails its MAC or belongs to another page, or whose
  ``__EVENTVALIDATION`` is missing or stale, answers 500 with ASP.NET's "Runtime Error" page.
  The header ``X-MicrosoftAjax`` changes nothing (the full page comes back).
- Articles ``/TinTuc/ChiTiet.aspx?id=N``: RadAjaxPanel wrapper, breadcrumb ("Trang chủ » Tin tức
  - Sự kiện » Tin hoạt động"; the middle group is not a link), the headline in
  ``span#ctl00_ContentPlaceHolder1_lblTitle``, "Cập nhật: 14/11/2026 9:05:12 SA" (.NET vi-VN
  ``h:mm:ss tt``, SA/CH for AM/PM), "Lượt xem", the sapo in a bold span (empty on some items),
  the body in ``div#ctl00_ContentPlaceHolder1_divContent`` as pasted from MS Word (``MsoNormal``,
  ``<o:p></o:p>``, mso styles, ``font-size:14.0pt`` spans, line breaks inside the text, empty
  ``&nbsp;`` paragraphs), photos in centred tables with a caption row (some with no row, one row
  that is only the camera's file name) or centred paragraphs followed by a centred italic line,
  the author line right-aligned at the end, a "File đính kèm" box, tools "In trang" (``InTin.aspx``),
  "Gửi email" (``onclick`` popup ``GuiEmail.aspx``), "Quay lại" (``javascript:history.back()``),
  Facebook share, and "Các tin đã đưa": the five newest *other* items of the same category with
  "(dd/mm/yyyy)" (vendor's ``TOP 5 … WHERE ID <> @id``, so it never reaches old items).
- The trap: the same article answers at ``ChiTiet.aspx?id=N&cat=M`` (the listings, the home page's
  boxes and "Các tin đã đưa" link that form; the sidebar, the banner and "Tin nổi bật" link
  ``?id=N``), with no canonical; the print view ``InTin.aspx?id=N`` repeats it (``window.print()``).
  "Lịch công tác tuần" (``/LichCongTac.aspx``) moves by week with postback links "Tuần trước" /
  "Tuần sau" / "Tuần hiện tại": every week, back or forward without end, answers 200 with a new
  view state ("Chưa có lịch công tác" outside the three filled weeks). A removed item
  ``ChiTiet.aspx?id=1042`` (linked as "Tin liên quan" from a document page) is a soft 404: 200 with
  "Tin bài không tồn tại hoặc đã bị gỡ bỏ."; a non-numeric id is a 500 "Runtime Error". IIS paths
  and query keys are case-insensitive. Unknown paths get IIS's 404 page.
- Non-articles: "Giới thiệu" pages ``/GioiThieu.aspx?id=1..3`` (lịch sử, cơ cấu tổ chức, chức
  năng nhiệm vụ), ``/LienHe.aspx``, the RadGrid document register ``/VanBan/DanhSach.aspx`` and its
  entries ``/VanBan/ChiTiet.aspx?id=N`` (fields + PDF), the gallery ``/ThuVienAnh/DanhSach.aspx``
  and albums ``/ThuVienAnh/Album.aspx?id=N``, ``/LichCongTac.aspx``, ``/TimKiem.aspx``, the print
  views and the soft 404.

Reachability: the oldest "Tin hoạt động" item (id 1161) is on listing page 3 only; no page links
it, so only the pager's postbacks reach it. Every other article is linked by GET pages.

Gold (by hand), judgement calls:
- published_at is the "Cập nhật:" line, the only date the page prints (the listing shows the same
  day). SA/CH are AM/PM: "12:15:40 CH" is 12:15:40 (noon), "4:35:20 CH" is 16:35:20. One item
  migrated from the old site stores a bare date and prints "28/09/2026 12:00:00 SA": midnight is
  read as a date without time ("2026-09-28"), as other fixtures' gold reads "00:00".
- The bold span under the title is the sapo: summary and the body's first paragraph. It is empty
  on five items (summary None).
- Body: the Word paragraphs in order, bold sub-headings and "- " items (typed dashes kept) included;
  empty ``&nbsp;`` paragraphs, captions and the closing author/source lines excluded. The table of
  exam dates (id 1180) gives one paragraph per row, cells joined by " | ", header row included.
  "File đính kèm" is not body text.
- Captions: the caption row of the image table, or the centred italic line under a centred
  image. The row "DSC_0457.JPG" is only a file name: caption None. "… (Ảnh: Thanh Hương)" is
  kept as printed and names a photographer.
- Bylines: "Tin, ảnh: X" → X in authors and photographers; "Bài: X - Ảnh: Y" → authors X,
  photographers Y; a bare bold name → author; "ThS. Lê Văn Hùng - Khoa Lý luận cơ sở" and
  "TS. Nguyễn Thị Thu Hà - Phó Trưởng khoa …" → the name only (degree and unit/post dropped, as
  the real-pages gold drops "– Phó Hiệu trưởng …"); "Thanh Hương (Phòng Quản lý đào tạo …)" →
  "Thanh Hương"; "Nguồn: Báo Tuyên Quang" → source, no author. Items with no line have none.
- Category: the breadcrumb's last crumb = the listing's name ("Tin hoạt động", "Nghiên cứu - Trao
  đổi", "Thông báo"); the menu group "Tin tức - Sự kiện" is not the category.
- Text forms: id 1173's body mixes named/numeric character references with raw UTF-8; id 1169's
  text is stored decomposed (NFD). Gold is NFC.
"""

from __future__ import annotations

import base64
import hashlib
import re
import textwrap
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, opaque, static_file, text

NAME = "aspnet_telerik_tct"
PLATFORM = "aspnet_webforms_telerik"
START_PATH = "/Default.aspx"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 362, đường Quang Trung, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3 822 415"
FAX = "0207 3 822 416"
HOTLINE = "0207 3 811 259"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
PAGE_SIZE = 3
TODAY_DATE = date(2026, 11, 25)
IMG = "/Uploads/Images/2026"
SOFT_404_ID = 1042
PAGER = "ctl00$ContentPlaceHolder1$RadDataPager1"

#: category id -> (printed name, menu group or None)
CATS: dict[int, tuple[str, str | None]] = {
    2: ("Tin hoạt động", "Tin tức - Sự kiện"),
    3: ("Nghiên cứu - Trao đổi", None),
    5: ("Thông báo", "Tin tức - Sự kiện"),
}


def _byline(line: str, italic: bool = False) -> Raw:
    inner = f"<i>{esc(line)}</i>" if italic else esc(line)
    return Raw(
        "<p class=MsoNormal align=right style='text-align:right;line-height:130%'><b>"
        f"<span style='font-size:14.0pt;line-height:130%'>{inner}<o:p></o:p></span></b></p>"
    )


# Story.opts: at ("dd/mm/yyyy h:mm:ss SA|CH" as printed), nfd, entities, attach (href, name).
# P styles: "" (justified Word paragraph), "h" (bold sub-heading), "row" (a table row, cells " | ").
# Img styles: "table" (centred table, caption row when printed), "p" (centred paragraph, the line
# under it a centred italic paragraph).
STORIES: list[Story] = [
    Story(
        id=1187,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="2",
        published_at="2026-11-19T16:35:20+07:00",
        summary=(
            "Sáng 19/11/2026, Trường Chính trị tỉnh Tuyên Quang long trọng tổ chức Lễ kỷ niệm 44 năm"
            " Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và trao Kỷ niệm chương “Vì sự nghiệp"
            " giáo dục” cho các nhà giáo có nhiều đóng góp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Hà Thị Minh Nguyệt, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh"
                " ủy; lãnh đạo Sở Giáo dục và Đào tạo, Sở Nội vụ; các đồng chí nguyên lãnh đạo Trường"
                " qua các thời kỳ cùng toàn thể cán bộ, giảng viên, nhân viên và học viên các lớp đang"
                " học tập tại Trường."
            ),
            Img(
                f"{IMG}/11/le-ky-niem-20-11-01.jpg",
                "Đồng chí Hiệu trưởng Nguyễn Văn Thắng phát biểu tại buổi lễ",
                "Đồng chí Hiệu trưởng Nguyễn Văn Thắng phát biểu tại buổi lễ",
                "table",
            ),
            P(
                "Phát biểu tại buổi lễ, TS. Nguyễn Văn Thắng, Hiệu trưởng Nhà trường ôn lại truyền thống"
                " vẻ vang của ngành giáo dục Việt Nam và khẳng định: trong năm học 2025 - 2026, đội ngũ"
                " nhà giáo của Trường đã không ngừng đổi mới nội dung, phương pháp giảng dạy, gắn lý"
                " luận với thực tiễn của địa phương. Nhà trường đã mở 46 lớp đào tạo, bồi dưỡng với"
                " trên 3.800 lượt học viên, hoàn thành vượt mức kế hoạch được giao."
            ),
            P(
                "Thay mặt lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy, đồng chí Hà Thị Minh Nguyệt biểu"
                " dương những kết quả mà tập thể cán bộ, giảng viên Nhà trường đạt được, đồng thời đề"
                " nghị Nhà trường tiếp tục nâng cao chất lượng đội ngũ giảng viên, đẩy mạnh chuyển đổi"
                " số trong công tác đào tạo, bồi dưỡng, xây dựng Trường đạt chuẩn mức độ 1 theo quy"
                " định."
            ),
            Img(
                f"{IMG}/11/le-ky-niem-20-11-02.jpg",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các nhà giáo",
                "table",
            ),
            P(
                "Nhân dịp này, 04 nhà giáo của Trường vinh dự được nhận Kỷ niệm chương “Vì sự nghiệp"
                " giáo dục”; 12 tập thể, cá nhân được Hiệu trưởng tặng Giấy khen vì đã có thành tích"
                " xuất sắc trong phong trào thi đua năm học 2025 - 2026."
            ),
            _byline("Tin, ảnh: Minh Đức"),
        ],
        authors=["Minh Đức"],
        photographers=["Minh Đức"],
        opts={"at": "19/11/2026 4:35:20 CH"},
    ),
    Story(
        id=1186,
        slug="thong-bao-chieu-sinh-tccllct-khoa-115",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 115 năm 2027",
        cat="5",
        published_at="2026-11-18T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng năm 2027 đã được Ban Thường vụ Tỉnh ủy phê"
                " duyệt, Trường Chính trị tỉnh Tuyên Quang thông báo chiêu sinh lớp Trung cấp lý luận"
                " chính trị hệ không tập trung khóa 115, cụ thể như sau:"
            ),
            P(
                "- Đối tượng: cán bộ, công chức, viên chức trong quy hoạch hoặc đang giữ chức vụ lãnh"
                " đạo, quản lý cấp phòng và tương đương; cán bộ chủ chốt cấp xã."
            ),
            P("- Thời gian học: 12 tháng, dự kiến khai giảng trong tháng 02/2027."),
            P("- Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 31/12/2026."),
            P("Chi tiết xem trong văn bản đính kèm."),
        ],
        opts={
            "at": "18/11/2026 7:45:00 SA",
            "attach": (
                "/Uploads/Files/2026/11/TB-chieu-sinh-TCLLCT-K115.pdf",
                "TB-chieu-sinh-TCLLCT-K115.pdf",
            ),
        },
    ),
    Story(
        id=1185,
        slug="khai-giang-lop-tcllct-khoa-112",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112",
        cat="2",
        published_at="2026-11-16T09:05:12+07:00",
        summary=(
            "Chiều 14/11/2026, Trường Chính trị tỉnh Tuyên Quang phối hợp với Đảng ủy xã Yên Sơn"
            " khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112 cho 78 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên tham dự lớp học là cán bộ chủ chốt, công chức, viên chức đang công tác tại các"
                " cơ quan, đơn vị trên địa bàn các xã Yên Sơn, Thái Bình, Tân Long và Lực Hành. Trong"
                " thời gian khoảng 12 tháng, học viên sẽ được học tập 4 phần học với 19 học phần theo"
                " chương trình do Học viện Chính trị quốc gia Hồ Chí Minh ban hành."
            ),
            Img(
                f"{IMG}/11/khai-giang-k112.jpg",
                "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 112",
                "Quang cảnh lễ khai giảng lớp Trung cấp lý luận chính trị khóa 112",
                "table",
            ),
            P(
                "Phát biểu khai giảng, ThS. Trần Thị Hồng Vân, Phó Hiệu trưởng Nhà trường đề nghị học"
                " viên nghiêm túc chấp hành quy chế đào tạo, tích cực nghiên cứu tài liệu, chủ động liên"
                " hệ thực tiễn tại cơ quan, đơn vị để vận dụng những kiến thức đã học vào thực hiện"
                " nhiệm vụ chính trị được giao."
            ),
            P(
                "Lớp học được tổ chức tại hội trường Đảng ủy xã Yên Sơn theo hình thức học tập trung vào"
                " các ngày cuối tuần, thuận lợi cho cán bộ vừa học vừa làm."
            ),
            _byline("Bài: Hoàng Lan - Ảnh: Quang Vinh"),
        ],
        authors=["Hoàng Lan"],
        photographers=["Quang Vinh"],
        opts={"at": "16/11/2026 9:05:12 SA"},
    ),
    Story(
        id=1184,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị hiện nay",
        cat="3",
        published_at="2026-11-13T08:30:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người học"
            " là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị cho"
            " cán bộ, đảng viên ở các trường chính trị hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng học viên của trường chính trị tỉnh phần lớn là cán bộ, công chức đã có kinh"
                " nghiệm thực tiễn, có khả năng tư duy độc lập. Vì vậy, phương pháp thuyết trình một"
                " chiều không còn phù hợp, dễ gây nhàm chán và hạn chế khả năng vận dụng lý luận vào"
                " thực tiễn của người học."
            ),
            P("1. Một số phương pháp dạy học tích cực có thể vận dụng", "h"),
            P(
                "Thứ nhất, phương pháp thảo luận nhóm. Giảng viên chia lớp thành các nhóm nhỏ, giao tình"
                " huống gắn với thực tiễn công tác ở cơ sở để học viên trao đổi, tranh luận và trình"
                " bày kết quả trước lớp."
            ),
            P(
                "Thứ hai, phương pháp nghiên cứu tình huống. Các tình huống được xây dựng từ thực tiễn"
                " lãnh đạo, quản lý tại địa phương giúp học viên rèn luyện kỹ năng phân tích, đề xuất"
                " giải pháp."
            ),
            P("2. Một số đề xuất", "h"),
            P(
                "Để vận dụng hiệu quả các phương pháp dạy học tích cực, mỗi giảng viên cần không ngừng"
                " tự học, tự bồi dưỡng, tích cực đi thực tế cơ sở; nhà trường cần đầu tư cơ sở vật chất,"
                " trang thiết bị dạy học hiện đại, đổi mới công tác kiểm tra, đánh giá kết quả học tập"
                " theo hướng đánh giá năng lực người học."
            ),
            _byline("ThS. Lê Văn Hùng - Khoa Lý luận cơ sở"),
        ],
        authors=["Lê Văn Hùng"],
        opts={"at": "13/11/2026 8:30:00 SA"},
    ),
    Story(
        id=1182,
        slug="hoi-nghi-bao-cao-vien-quy-iv-2026",
        title="Hội nghị báo cáo viên Tỉnh ủy quý IV năm 2026",
        cat="2",
        published_at="2026-11-11T12:15:40+07:00",
        blocks=[
            P(
                "Ngày 11/11/2026, tại Trường Chính trị tỉnh, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức"
                " Hội nghị báo cáo viên Tỉnh ủy quý IV năm 2026. Hội nghị được kết nối trực tuyến đến"
                " các điểm cầu Đảng ủy các xã, phường trong tỉnh với gần 2.000 đại biểu tham dự."
            ),
            Img(f"..{IMG}/11/hoi-nghi-bao-cao-vien-q4.jpg", None, None, "p"),
            P(
                "Tại hội nghị, các đại biểu được nghe báo cáo viên Trung ương thông tin chuyên đề về tình"
                " hình thời sự quốc tế, khu vực nổi bật và một số vấn đề về chủ quyền biển, đảo; tình"
                " hình kinh tế - xã hội 10 tháng năm 2026 và nhiệm vụ trọng tâm những tháng cuối năm"
                " của tỉnh."
            ),
            P(
                "Hội nghị nhằm kịp thời cung cấp thông tin định hướng cho đội ngũ báo cáo viên, tuyên"
                " truyền viên, góp phần tạo sự thống nhất trong nhận thức và hành động của cán bộ, đảng"
                " viên và Nhân dân."
            ),
            _byline("Nguồn: Báo Tuyên Quang", italic=True),
        ],
        source="Báo Tuyên Quang",
        opts={"at": "11/11/2026 12:15:40 CH"},
    ),
    Story(
        id=1180,
        slug="lich-thi-tot-nghiep-tcllct-khoa-109",
        title="Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 109",
        cat="5",
        published_at="2026-11-06T15:00:00+07:00",
        blocks=[
            P(
                "Trường Chính trị tỉnh thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị hệ"
                " không tập trung khóa 109 (học tại xã Hàm Yên) như sau:"
            ),
            P("Ngày thi | Buổi | Nội dung thi | Hình thức", "row"),
            P(
                "21/11/2026 | Sáng | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí"
                " Minh | Viết",
                "row",
            ),
            P(
                "22/11/2026 | Sáng | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt"
                " Nam | Viết",
                "row",
            ),
            P("23/11/2026 | Chiều | Lãnh đạo, quản lý ở cơ sở | Vấn đáp", "row"),
            P(
                "Học viên có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học viên và giấy tờ"
                " tùy thân có ảnh."
            ),
        ],
        opts={"at": "06/11/2026 3:00:00 CH"},
    ),
    Story(
        id=1178,
        slug="nghien-cuu-thuc-te-tai-xa-lam-binh",
        title="Học viên lớp Cao cấp lý luận chính trị đi nghiên cứu thực tế tại xã Lâm Bình",
        cat="2",
        published_at="2026-11-04T14:20:00+07:00",
        summary=(
            "Từ ngày 02 đến ngày 04/11/2026, 65 học viên lớp Cao cấp lý luận chính trị hệ không tập"
            " trung K76 tổ chức tại Trường đã đi nghiên cứu thực tế tại xã Lâm Bình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, lãnh đạo Đảng ủy, UBND xã Lâm Bình đã thông tin với đoàn về tình hình"
                " phát triển kinh tế - xã hội, công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết"
                " quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào"
                " dân tộc thiểu số và miền núi trên địa bàn."
            ),
            Img(
                f"{IMG}/11/nghien-cuu-thuc-te-lam-binh.jpg",
                "Đoàn học viên làm việc với Đảng ủy, UBND xã Lâm Bình (Ảnh: Thanh Hương)",
                "Đoàn học viên làm việc với Đảng ủy, UBND xã Lâm Bình (Ảnh: Thanh Hương)",
                "table",
            ),
            P(
                "Đoàn đã đi thăm mô hình du lịch cộng đồng của đồng bào dân tộc Tày tại thôn Nà Tông và"
                " vùng trồng cam sành tập trung của xã."
            ),
            P(
                "Qua chuyến nghiên cứu thực tế, học viên có thêm tư liệu thực tiễn phục vụ việc viết"
                " tiểu luận, khóa luận tốt nghiệp; đồng thời trao đổi, học tập kinh nghiệm trong lãnh"
                " đạo, chỉ đạo thực hiện nhiệm vụ chính trị ở cơ sở."
            ),
            _byline("Thanh Hương (Phòng Quản lý đào tạo và Nghiên cứu khoa học)"),
        ],
        authors=["Thanh Hương"],
        photographers=["Thanh Hương"],
        opts={"at": "04/11/2026 2:20:00 CH"},
    ),
    Story(
        id=1176,
        slug="phat-huy-vai-tro-nguoi-dung-dau",
        title="Phát huy vai trò của người đứng đầu trong xây dựng Đảng ở cơ sở",
        cat="3",
        published_at="2026-11-02T16:05:48+07:00",
        blocks=[
            P(
                "Người đứng đầu cấp ủy, chính quyền ở cơ sở có vai trò đặc biệt quan trọng trong việc"
                " lãnh đạo, chỉ đạo tổ chức thực hiện các chủ trương, nghị quyết của Đảng, chính sách,"
                " pháp luật của Nhà nước. Sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa"
                " phương hai cấp, yêu cầu đối với người đứng đầu ở cấp xã càng cao hơn."
            ),
            Img(f"{IMG}/11/xay-dung-dang-co-so.jpg", None, None, "table"),
            P(
                "Thực tiễn ở tỉnh ta thời gian qua cho thấy, nơi nào người đứng đầu gương mẫu, sâu sát"
                " cơ sở, dám nghĩ, dám làm, dám chịu trách nhiệm thì nơi đó tổ chức đảng trong sạch,"
                " vững mạnh, phong trào phát triển. Ngược lại, nơi nào người đứng đầu thiếu quyết liệt,"
                " ngại va chạm thì nơi đó dễ phát sinh khiếu kiện, mất đoàn kết nội bộ."
            ),
            P(
                "Để phát huy vai trò của người đứng đầu, cần tiếp tục cụ thể hóa quy định về trách nhiệm"
                " nêu gương; thực hiện tốt công tác đánh giá, xếp loại cán bộ gắn với kết quả thực hiện"
                " nhiệm vụ; đồng thời chú trọng đào tạo, bồi dưỡng nâng cao trình độ lý luận chính trị,"
                " kỹ năng lãnh đạo, quản lý cho đội ngũ cán bộ chủ chốt cơ sở."
            ),
            _byline("TS. Nguyễn Thị Thu Hà - Phó Trưởng khoa Xây dựng Đảng"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"at": "02/11/2026 4:05:48 CH"},
    ),
    Story(
        id=1173,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="2",
        published_at="2026-10-27T10:42:05+07:00",
        summary=(
            "Từ ngày 20 đến 23/10/2026, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp"
            " trường năm 2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm hai phần: thi thuyết trình bài giảng trong thời gian 45 phút trước Hội đồng"
                " giám khảo và học viên lớp Trung cấp lý luận chính trị khóa 110; thi viết bài thu"
                " hoạch về đổi mới phương pháp giảng dạy lý luận chính trị."
            ),
            Img(f"{IMG}/10/DSC_0457.JPG", "DSC_0457.JPG", None, "table"),
            P(
                "Kết quả, Hội đồng thi đã công nhận 9 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp"
                " trường, trong đó giải Nhất thuộc về ThS. Lê Văn Hùng, Khoa Lý luận cơ sở với bài"
                " giảng “Chủ nghĩa xã hội và thời kỳ quá độ lên chủ nghĩa xã hội ở Việt Nam”."
            ),
            Img(
                f"{IMG}/10/trao-giai-hoi-thi-gvdg.jpg",
                "Ban Giám khảo trao giải Nhất cho ThS. Lê Văn Hùng",
                "Ban Giám khảo trao giải Nhất cho ThS. Lê Văn Hùng",
                "table",
            ),
            P(
                "Hội thi là dịp để đội ngũ giảng viên trao đổi kinh nghiệm, nâng cao kỹ năng sư phạm,"
                " đồng thời lựa chọn giảng viên tham dự Hội thi giảng viên dạy giỏi các trường chính"
                " trị khu vực miền núi phía Bắc năm 2027."
            ),
            _byline("Phạm Thu Trang"),
        ],
        authors=["Phạm Thu Trang"],
        opts={"at": "27/10/2026 10:42:05 SA", "entities": 2},
    ),
    Story(
        id=1169,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
        cat="2",
        published_at="2026-10-15T15:10:33+07:00",
        blocks=[
            P(
                "Ngày 15/10/2026, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS. Nguyễn Văn"
                " Lâm, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị"
                " tỉnh Tuyên Quang về công tác phối hợp mở các lớp Cao cấp lý luận chính trị hệ không"
                " tập trung tại địa phương."
            ),
            P(
                "Báo cáo với đoàn công tác, lãnh đạo Nhà trường cho biết, từ năm 2020 đến nay, Trường đã"
                " phối hợp với Học viện tổ chức 06 lớp Cao cấp lý luận chính trị với 512 học viên; công"
                " tác quản lý học viên, bảo đảm cơ sở vật chất phục vụ giảng dạy và học tập được thực"
                " hiện nghiêm túc, đúng quy chế."
            ),
            Img(
                f"..{IMG}/10/hoc-vien-khu-vuc-i-lam-viec.jpg",
                "PGS.TS. Nguyễn Văn Lâm phát biểu tại buổi làm việc",
                "PGS.TS. Nguyễn Văn Lâm phát biểu tại buổi làm việc",
                "p",
            ),
            P(
                "Phát biểu kết luận buổi làm việc, PGS.TS. Nguyễn Văn Lâm ghi nhận sự phối hợp chặt chẽ,"
                " hiệu quả của Nhà trường và đề nghị trong thời gian tới hai bên tiếp tục trao đổi kinh"
                " nghiệm, nâng cao chất lượng nghiên cứu thực tế, viết khóa luận tốt nghiệp của học"
                " viên."
            ),
        ],
        opts={"at": "15/10/2026 3:10:33 CH", "nfd": True},
    ),
    Story(
        id=1165,
        slug="nang-cao-chat-luong-viet-tieu-luan",
        title="Một số giải pháp nâng cao chất lượng viết tiểu luận của học viên hệ trung cấp lý luận chính trị",
        cat="3",
        published_at="2026-10-08T11:20:15+07:00",
        summary=(
            "Tiểu luận là hình thức đánh giá quan trọng, giúp học viên vận dụng kiến thức lý luận để"
            " phân tích, giải quyết những vấn đề thực tiễn đặt ra ở cơ quan, đơn vị, địa phương."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thời gian qua, chất lượng tiểu luận của học viên hệ trung cấp lý luận chính trị tại"
                " Trường từng bước được nâng lên. Tuy nhiên, vẫn còn tình trạng một số học viên chọn đề"
                " tài chung chung, sao chép tài liệu, số liệu thực tiễn thiếu cập nhật."
            ),
            P(
                "Từ thực tiễn giảng dạy và hướng dẫn học viên, tác giả đề xuất một số giải pháp sau:"
            ),
            P(
                "- Giảng viên hướng dẫn học viên lựa chọn đề tài gắn với vị trí việc làm và thực tiễn"
                " địa phương nơi học viên công tác;"
            ),
            P(
                "- Tăng cường kiểm tra tính trung thực của tiểu luận, kiên quyết xử lý các trường hợp"
                " sao chép;"
            ),
            P(
                "- Xây dựng ngân hàng đề tài tiểu luận và cập nhật hằng năm theo tình hình thực tiễn."
            ),
            _byline("ThS. Hoàng Thị Mai Anh - Khoa Nhà nước và Pháp luật"),
        ],
        authors=["Hoàng Thị Mai Anh"],
        opts={"at": "08/10/2026 11:20:15 SA"},
    ),
    Story(
        id=1161,
        slug="be-giang-lop-boi-duong-qp-an-doi-tuong-4",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="2",
        published_at="2026-09-28",
        summary=(
            "Sau 5 ngày học tập, ngày 26/9/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự"
            " tỉnh tổ chức bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4"
            " năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học có 120 học viên là trưởng thôn, tổ trưởng tổ dân phố, bí thư chi bộ ở cơ sở."
                " Trong thời gian học tập, học viên được nghiên cứu 7 chuyên đề về quan điểm, đường lối"
                " của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; xây dựng nền quốc"
                " phòng toàn dân, thế trận an ninh nhân dân trong tình hình mới."
            ),
            P(
                "Kết thúc khóa học, 100% học viên đủ điều kiện được cấp giấy chứng nhận, trong đó 38 học"
                " viên đạt loại giỏi, 76 học viên đạt loại khá."
            ),
            Img(
                "/Uploads/Images/2026/09/be-giang-qpan-dt4.jpg",
                "Lãnh đạo Trường Chính trị tỉnh trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Lãnh đạo Trường Chính trị tỉnh trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "table",
            ),
            _byline("Tin, ảnh: Văn Tuấn"),
        ],
        authors=["Văn Tuấn"],
        photographers=["Văn Tuấn"],
        opts={"at": "28/09/2026 12:00:00 SA"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _when(story: Story) -> datetime:
    return datetime.strptime(
        story.opts["at"].replace(" SA", " AM").replace(" CH", " PM"), "%d/%m/%Y %I:%M:%S %p"
    )


def newest(cat: int | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or int(s.cat) == cat]
    return sorted(items, key=_when, reverse=True)


def article_path(story: Story) -> str:
    return f"/TinTuc/ChiTiet.aspx?id={story.id}"


def alt_path(story: Story) -> str:
    return f"/TinTuc/ChiTiet.aspx?id={story.id}&cat={story.cat}"


def category_name(story: Story) -> str:
    return CATS[int(story.cat)][0]


def pages_of(cat: int) -> int:
    return max(1, -(-len(newest(cat)) // PAGE_SIZE))


GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=[alt_path(s)]) for s in newest()
]

#: the article no GET page links: listing page 3 of "Tin hoạt động", reached by postback only
POSTBACK_ONLY: list[int] = [1161]


# --------------------------------------------------------------------------- other content


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: str
    summary: str
    signer: str
    file: str
    related: int | None = None


DOCS: list[Doc] = [
    Doc(
        318, "215/QĐ-TCT", "Quyết định", "10/11/2026",
        "Quyết định về việc mở lớp Trung cấp lý luận chính trị hệ không tập trung khóa 112",
        "Trần Thị Hồng Vân", "/Uploads/VanBan/2026/QD-215-mo-lop-TCLLCT-K112.pdf",
    ),
    Doc(
        317, "97/TB-TCT", "Thông báo", "05/11/2026",
        "Thông báo lịch thi tốt nghiệp lớp Trung cấp lý luận chính trị khóa 109",
        "Trần Thị Hồng Vân", "/Uploads/VanBan/2026/TB-97-lich-thi-K109.pdf",
    ),
    Doc(
        315, "48/KH-TCT", "Kế hoạch", "25/09/2026",
        "Kế hoạch tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "Nguyễn Văn Thắng", "/Uploads/VanBan/2026/KH-48-hoi-thi-GVDG.pdf",
    ),
    Doc(
        312, "05/HD-TCT", "Hướng dẫn", "12/08/2026",
        "Hướng dẫn viết tiểu luận, khóa luận tốt nghiệp hệ trung cấp lý luận chính trị",
        "Trần Thị Hồng Vân", "/Uploads/VanBan/2026/HD-05-viet-tieu-luan.pdf", related=SOFT_404_ID,
    ),
    Doc(
        309, "12/QC-TCT", "Quy chế", "15/01/2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        "Nguyễn Văn Thắng", "/Uploads/VanBan/2026/QC-12-chi-tieu-noi-bo.pdf",
    ),
]  # fmt: skip

ALBUMS: dict[int, tuple[str, str, list[str]]] = {
    24: (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "19/11/2026",
        [
            "Các đại biểu dự Lễ kỷ niệm",
            "Văn nghệ chào mừng của học viên lớp Trung cấp lý luận chính trị khóa 111",
            "Lãnh đạo Nhà trường chụp ảnh lưu niệm cùng các nhà giáo nghỉ hưu",
            "Trao Giấy khen cho các tập thể, cá nhân",
        ],
    ),
    23: (
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "23/10/2026",
        [
            "Giảng viên Khoa Xây dựng Đảng thuyết trình bài giảng",
            "Ban Giám khảo chấm thi",
            "Các giảng viên đạt giải",
        ],
    ),
}

INTRO: dict[int, tuple[str, list[str]]] = {
    1: (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh Tuyên Quang, được thành"
            " lập năm 1949 tại chiến khu Việt Bắc. Trải qua hơn 75 năm xây dựng và trưởng thành, Nhà"
            " trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho tỉnh.",
            "Năm 2025, thực hiện chủ trương sắp xếp tổ chức bộ máy, Trường Chính trị tỉnh Hà Giang"
            " được hợp nhất vào Trường Chính trị tỉnh Tuyên Quang.",
            "Nhà trường đã vinh dự được Đảng, Nhà nước tặng thưởng Huân chương Độc lập hạng Ba,"
            " Huân chương Lao động hạng Nhất và nhiều phần thưởng cao quý khác.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng TS. Nguyễn Văn Thắng; các Phó Hiệu trưởng ThS. Trần Thị Hồng"
            " Vân, ThS. Hoàng Văn Bình.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu"
            " khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp"
            " luật; Khoa Dân vận.",
            "Tổng số cán bộ, giảng viên, nhân viên: 58 người, trong đó 03 tiến sĩ, 34 thạc sĩ.",
        ],
    ),
    3: (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy và UBND tỉnh, có"
            " chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý"
            " của hệ thống chính trị ở cơ sở.",
            "Nhà trường tổ chức đào tạo trung cấp lý luận chính trị; bồi dưỡng kiến thức quốc phòng"
            " và an ninh, nghiệp vụ công tác Đảng, Mặt trận, đoàn thể; phối hợp mở các lớp cao cấp"
            " lý luận chính trị hệ không tập trung.",
        ],
    ),
}

#: "Lịch công tác tuần": week offset from the current week -> rows (day, session, content, place)
SCHEDULE: dict[int, list[tuple[str, str, str, str]]] = {
    -1: [
        ("Thứ Hai 16/11", "Sáng", "7h30: Giao ban Ban Giám hiệu", "Phòng họp số 1"),
        ("Thứ Năm 19/11", "Sáng", "8h00: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hội trường A"),
    ],
    0: [
        ("Thứ Hai 23/11", "Sáng", "7h30: Giao ban Ban Giám hiệu", "Phòng họp số 1"),
        ("Thứ Ba 24/11", "Chiều", "14h00: Họp Hội đồng khoa học Nhà trường", "Phòng họp số 2"),
        (
            "Thứ Năm 26/11",
            "Cả ngày",
            "Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh",
            "Tỉnh ủy",
        ),
        (
            "Thứ Sáu 27/11",
            "Sáng",
            "8h00: Khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận",
            "Hội trường B",
        ),
    ],
    1: [
        ("Thứ Hai 30/11", "Sáng", "7h30: Giao ban Ban Giám hiệu", "Phòng họp số 1"),
        ("Thứ Tư 02/12", "Chiều", "14h00: Sơ kết công tác tháng 11", "Hội trường A"),
    ],
}


# --------------------------------------------------------------------------- view state


_MACHINE_KEY = b"F3A1C9D27B6E4058A1B2C3D4E5F60718"
_VS_HEAD = b"\xff\x01\x0f\x0f\x05\n-1468295317\x0f\x16\x02\x1e\x0bDataKeyNames"
_GENERATORS = {
    "Default": "CA0B0334",
    "DanhSach": "5D8B3C2A",
    "ChiTiet": "A1F3E9C4",
    "LichCongTac": "B2C7D1E0",
    "Page": "7E1A0F52",
}


def viewstate(key: str, index: int) -> str:
    """``__VIEWSTATE``: a LosFormatter-looking blob holding the page key and index, MAC'd."""
    payload = f"{key}|{index}".encode()
    filler = base64.b64decode(opaque(f"vs:{key}:{index}", 420))
    body = _VS_HEAD + bytes([len(payload)]) + payload + filler
    return base64.b64encode(body + hashlib.sha1(_MACHINE_KEY + body).digest()).decode("ascii")


def read_viewstate(value: str) -> tuple[str, int] | None:
    """The (key, index) a view state holds; None when it does not decode or its MAC fails."""
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    body, mac = raw[:-20], raw[-20:]
    if len(raw) < len(_VS_HEAD) + 22 or not body.startswith(_VS_HEAD):
        return None
    if hashlib.sha1(_MACHINE_KEY + body).digest() != mac:
        return None
    n = body[len(_VS_HEAD)]
    try:
        key, index = body[len(_VS_HEAD) + 1 : len(_VS_HEAD) + 1 + n].decode().rsplit("|", 1)
        return key, int(index)
    except ValueError:
        return None


def event_validation(key: str, index: int) -> str:
    return "/wEd" + opaque(f"ev:{key}:{index}", 96)


# --------------------------------------------------------------------------- rendering helpers


def _wrap(markup: str) -> str:
    """Word's HTML export breaks long lines at spaces."""
    return "\n".join(textwrap.wrap(markup, 76, break_long_words=False, break_on_hyphens=False))


def _txt(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entities", 0))


def _vn_date(story: Story) -> str:
    return story.opts["at"].split(" ", 1)[0]


_SPAN = 'font-size:14.0pt;line-height:130%;font-family:"Times New Roman","serif"'


def _word_p(story: Story, p: P) -> str:
    body = _wrap(_txt(story, p.text))
    if p.style == "h":
        return (
            "<p class=MsoNormal style='margin-top:6.0pt;margin-bottom:6.0pt;text-align:justify;"
            f"text-indent:36.0pt;line-height:130%'><b><span style='{_SPAN}'>{body}<o:p></o:p></span></b></p>"
        )
    return (
        "<p class=MsoNormal style='margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;"
        f"line-height:130%'><span lang=VI style='{_SPAN};mso-ansi-language:VI'>{body}</span>"
        f"<span style='font-size:14.0pt'><o:p></o:p></span></p>"
    )


def _word_table(story: Story, rows: list[P]) -> str:
    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width=620"
        " style='width:465.0pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"
    ]
    for i, row in enumerate(rows):
        cells = []
        for cell in row.text.split(" | "):
            inner = _txt(story, cell)
            if i == 0:
                inner = f"<b>{inner}</b>"
            cells.append(
                "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'>{inner}"
                "<o:p></o:p></span></p></td>"
            )
        out.append(f"<tr style='mso-yfti-irow:{i}'>{''.join(cells)}</tr>")
    out.append("</table>")
    return "\n".join(out)


def _word_img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "p":
        out = (
            "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:14.0pt'>"
            f'<img alt="" src="{src}" style="width:560px;height:373px" /></span></p>'
        )
        if img.printed:
            out += (
                "\n<p class=MsoNormal align=center style='text-align:center'><i><span style='font-size:12.0pt'>"
                f"{esc(img.printed)}<o:p></o:p></span></i></p>"
            )
        return out
    rows = f'<tr><td><img alt="" src="{src}" style="width:560px;height:373px" /></td></tr>'
    if img.printed:
        rows += (
            '\n<tr><td style="text-align:center"><em><span style="font-size:12.0pt">'
            f"{esc(img.printed)}</span></em></td></tr>"
        )
    return (
        '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:566px">'
        f"\n<tbody>\n{rows}\n</tbody>\n</table>"
    )


_SPACER = "<p class=MsoNormal><span style='font-size:14.0pt'><o:p>&nbsp;</o:p></span></p>"


def content_html(story: Story) -> str:
    """The Word-pasted body of ``divContent``."""
    parts: list[str] = [_SPACER]
    rows: list[P] = []
    for block in story.blocks:
        if isinstance(block, P) and block.style == "row":
            rows.append(block)
            continue
        if rows:
            parts.append(_word_table(story, rows))
            rows = []
        if isinstance(block, P):
            parts.append(_word_p(story, block))
        elif isinstance(block, Img):
            parts.append(_word_img(block))
        else:
            parts.append(_SPACER)
            parts.append(block.html)
    if rows:
        parts.append(_word_table(story, rows))
    return "\n".join(parts)


def _excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = story.paragraphs[0]
    return first if len(first) <= 160 else first[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    return story.images[0].src if story.images else "/App_Themes/Default/images/no-image.jpg"


# --------------------------------------------------------------------------- master page


def _hidden(key: str, index: int, page_type: str) -> str:
    return f"""<div class="aspNetHidden">
<input type="hidden" name="ctl00_RadScriptManager1_TSM" id="ctl00_RadScriptManager1_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(key, index)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZKn2kQ7Vt1sCYZ3mUtMNEPkUJ9s1&amp;t=638452918380000000" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{_GENERATORS[page_type]}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{event_validation(key, index)}" />
</div>"""


_MENU_ITEMS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "/Default.aspx", []),
    (
        "Giới thiệu",
        "/GioiThieu.aspx?id=1",
        [(INTRO[i][0], f"/GioiThieu.aspx?id={i}") for i in INTRO],
    ),
    (
        "Tin tức - Sự kiện",
        "javascript:void(0);",
        [
            ("Tin hoạt động", "/TinTuc/DanhSach.aspx?cat=2"),
            ("Thông báo", "/TinTuc/DanhSach.aspx?cat=5"),
        ],
    ),
    ("Nghiên cứu - Trao đổi", "/TinTuc/DanhSach.aspx?cat=3", []),
    ("Văn bản", "/VanBan/DanhSach.aspx", []),
    ("Lịch công tác", "/LichCongTac.aspx", []),
    ("Thư viện ảnh", "/ThuVienAnh/DanhSach.aspx", []),
    ("Liên hệ", "/LienHe.aspx", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, children) in enumerate(_MENU_ITEMS):
        cls = (
            "rmItem"
            + (" rmFirst" if n == 0 else "")
            + (" rmLast" if n == len(_MENU_ITEMS) - 1 else "")
        )
        sub = ""
        if children:
            kids = "".join(
                f'<li class="rmItem"><a class="rmLink" href="{esc(h)}"><span class="rmText">{esc(t)}</span></a></li>'
                for t, h in children
            )
            sub = f'<div class="rmSlide"><ul class="rmVertical rmGroup rmLevel1">{kids}</ul></div>'
        items.append(
            f'<li class="{cls}"><a class="rmLink rmRootLink" href="{esc(href)}"><span class="rmText">{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<div id="ctl00_RadMenu1" class="RadMenu RadMenu_Default" style="z-index:7000;">'
        f'<ul class="rmRootGroup rmHorizontal">{"".join(items)}</ul>'
        '<input id="ctl00_RadMenu1_ClientState" name="ctl00_RadMenu1_ClientState" type="hidden" /></div>'
    )


def _rotator() -> str:
    banners = [
        (
            "https://tuyenquang.dcs.vn",
            "/Uploads/QuangCao/banner-cong-tt-dang-bo.jpg",
            "Cổng thông tin điện tử Đảng bộ tỉnh",
        ),
        (
            article_path(STORIES[0]),
            "/Uploads/QuangCao/banner-20-11-2026.jpg",
            "Chào mừng Ngày Nhà giáo Việt Nam 20/11",
        ),
        (
            "https://hcma.vn",
            "/Uploads/QuangCao/banner-hoc-vien.jpg",
            "Học viện Chính trị quốc gia Hồ Chí Minh",
        ),
    ]
    lis = "".join(
        f'<li class="rrItem"><div class="banner-item"><a href="{esc(h)}" target="_blank"><img src="{s}" alt="{esc(a)}" /></a></div></li>'
        for h, s, a in banners
    )
    return (
        '<div id="ctl00_RadRotator1" class="RadRotator RadRotator_Default" style="height:120px;width:1000px;">'
        '<div class="rrRelativeWrapper"><div class="rrClipRegion"><ul class="rrItemsList">'
        f"{lis}</ul></div></div>"
        '<input id="ctl00_RadRotator1_ClientState" name="ctl00_RadRotator1_ClientState" type="hidden" /></div>'
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">{_vn_date(s)}</span></li>'
        for s in newest()[:6]
    )
    return f"""<div id="ctl00_pnlTrai" class="cot-trai">
<div class="khung"><div class="khung-tieude">Tin mới cập nhật</div><ul class="ds-tinmoi">{latest}</ul></div>
<div class="khung"><div class="khung-tieude">Đăng nhập</div><div class="dangnhap">
<span>Tên đăng nhập</span><input name="ctl00$ucDangNhap$txtTenDangNhap" type="text" id="ctl00_ucDangNhap_txtTenDangNhap" class="textbox" />
<span>Mật khẩu</span><input name="ctl00$ucDangNhap$txtMatKhau" type="password" id="ctl00_ucDangNhap_txtMatKhau" class="textbox" />
<input type="submit" name="ctl00$ucDangNhap$btnDangNhap" value="Đăng nhập" id="ctl00_ucDangNhap_btnDangNhap" class="button" />
</div></div>
<div class="khung"><div class="khung-tieude">Thăm dò ý kiến</div><div class="thamdo">
<p>Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng năm 2026?</p>
<table id="ctl00_ucThamDo_rblPhuongAn"><tr><td><input id="ctl00_ucThamDo_rblPhuongAn_0" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="1" /><label for="ctl00_ucThamDo_rblPhuongAn_0">Rất tốt</label></td></tr>
<tr><td><input id="ctl00_ucThamDo_rblPhuongAn_1" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="2" /><label for="ctl00_ucThamDo_rblPhuongAn_1">Tốt</label></td></tr>
<tr><td><input id="ctl00_ucThamDo_rblPhuongAn_2" type="radio" name="ctl00$ucThamDo$rblPhuongAn" value="3" /><label for="ctl00_ucThamDo_rblPhuongAn_2">Bình thường</label></td></tr></table>
<input type="submit" name="ctl00$ucThamDo$btnBieuQuyet" value="Biểu quyết" id="ctl00_ucThamDo_btnBieuQuyet" class="button" />
<a id="ctl00_ucThamDo_lnkKetQua" href="javascript:__doPostBack('ctl00$ucThamDo$lnkKetQua','')">Xem kết quả</a>
</div></div>
<div class="khung"><div class="khung-tieude">Liên kết website</div>
<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
<option value="">-- Chọn liên kết --</option><option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://tuyenquang.gov.vn">Cổng thông tin điện tử tỉnh Tuyên Quang</option><option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
</select></div>
<div class="khung"><div class="khung-tieude">Thống kê truy cập</div><div class="thongke">
<div>Đang trực tuyến: <span id="ctl00_ucThongKe_lblOnline">17</span></div>
<div>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">412</span></div>
<div>Hôm qua: <span id="ctl00_ucThongKe_lblHomQua">538</span></div>
<div>Tổng số lượt truy cập: <span id="ctl00_ucThongKe_lblTong">1.286.054</span></div>
</div></div>
</div>"""


def master(
    title: str,
    action: str,
    key: str,
    index: int,
    page_type: str,
    content: str,
    description: str = "",
) -> str:
    meta = f'<meta name="description" content="{esc(description)}" />' if description else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Trường Chính trị, Tuyên Quang, lý luận chính trị" />{meta}<link href="/App_Themes/Default/StyleSheet.css" rel="stylesheet" type="text/css" /><link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" /><link href="/Telerik.Web.UI.WebResource.axd?compress=1&amp;_TSM_CombinedScripts_=%3b%3bTelerik.Web.UI%3avi-VN" type="text/css" rel="stylesheet" /></head>
<body>
    <form method="post" action="{esc(action)}" id="form1">
{_hidden(key, index, page_type)}
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$RadScriptManager1', 'form1', ['tctl00$ContentPlaceHolder1$RadAjaxPanel1SU','ctl00_ContentPlaceHolder1_RadAjaxPanel1SU'], [], [], 90, 'ctl00');
//]]>
</script>
<div id="wrapper">
<div id="header"><div class="logo"><a href="/Default.aspx"><img src="/App_Themes/Default/images/logo.png" alt="{esc(SITE)}" /></a></div>
<div class="tentruong"><span class="dong1">TỈNH ỦY TUYÊN QUANG</span><span class="dong2">TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</span></div>
<div class="ngaythang"><span id="ctl00_lblNgayThang">{TODAY}</span></div>
<div class="timkiem"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="txt-timkiem" placeholder="Nhập từ khóa..." />
<input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" class="btn-timkiem" /></div>
</div>
<div id="menu">{_menu()}</div>
<div id="banner">{_rotator()}</div>
<div id="main">
{_sidebar()}
<div id="ctl00_pnlNoiDung" class="cot-giua">
{content}
</div>
<div class="clear"></div>
</div>
<div id="footer"><div class="footer-nd">
<p><b>{esc(SITE.upper())}</b></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Fax: {FAX} - Đường dây nóng: {HOTLINE}</p>
<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: TS. Nguyễn Văn Thắng - Hiệu trưởng</p>
<p>Bản quyền © 2021 - 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thietke">Thiết kế và phát triển: Công ty TNHH Giải pháp phần mềm Tân Trào</p>
</div></div>
</div>

<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Telerik.Web.UI.RadMenu, {{"_childListElementCssClass":null,"clientStateFieldID":"ctl00_RadMenu1_ClientState"}}, null, null, $get("ctl00_RadMenu1"));
}});
Sys.Application.add_init(function() {{
    $create(Telerik.Web.UI.RadRotator, {{"_scrollDirection":2,"clientStateFieldID":"ctl00_RadRotator1_ClientState","rotatorType":2}}, null, null, $get("ctl00_RadRotator1"));
}});
//]]>
</script>
</form>
</body>
</html>
"""


def _crumbs(*parts: tuple[str | None, str]) -> str:
    items = ['<a href="/Default.aspx">Trang chủ</a>']
    for href, label in parts:
        items.append(
            f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
        )
    return f'<div class="duongdan">{" » ".join(items)}</div>'


def _cat_crumbs(cat: int) -> str:
    name, group = CATS[cat]
    parts: list[tuple[str | None, str]] = [(None, group)] if group else []
    parts.append((f"/TinTuc/DanhSach.aspx?cat={cat}", name))
    return _crumbs(*parts)


def _ajax_panel(inner: str) -> str:
    return (
        '<div id="ctl00_ContentPlaceHolder1_RadAjaxPanel1Panel">'
        '<div id="ctl00_ContentPlaceHolder1_RadAjaxPanel1">\n'
        f"{inner}\n</div></div>"
    )


# --------------------------------------------------------------------------- pages


def _home() -> str:
    featured = newest(2)[0]
    others = newest(2)[1:4]

    def box(cat: int, items: list[Story]) -> str:
        lis = "".join(
            f'<li><a href="TinTuc/ChiTiet.aspx?id={s.id}&amp;cat={s.cat}">{esc(s.title)}</a> <span class="ngay">({_vn_date(s)})</span></li>'
            for s in items
        )
        return (
            f'<div class="khung-tin"><div class="khung-tieude"><a href="TinTuc/DanhSach.aspx?cat={cat}">{esc(CATS[cat][0])}</a></div>'
            f'<ul class="ds-tin">{lis}</ul><div class="xemtiep"><a href="TinTuc/DanhSach.aspx?cat={cat}">Xem tiếp »</a></div></div>'
        )

    docs = "".join(
        f'<li><a href="VanBan/ChiTiet.aspx?id={d.id}">{esc(d.number)}: {esc(d.summary)}</a></li>'
        for d in DOCS[:3]
    )
    albums = "".join(
        f'<li><a href="ThuVienAnh/Album.aspx?id={i}"><img src="/Uploads/ThuVienAnh/{i}/thumb.jpg" alt="" /><span>{esc(t)}</span></a></li>'
        for i, (t, _d, _p) in ALBUMS.items()
    )
    content = f"""<div class="tin-noibat">
<div class="anh-noibat"><a href="TinTuc/ChiTiet.aspx?id={featured.id}"><img src="{_thumb(featured)}" alt="{esc(featured.title)}" /></a></div>
<h2><a href="TinTuc/ChiTiet.aspx?id={featured.id}">{esc(featured.title)}</a></h2>
<span class="ngay">({_vn_date(featured)})</span>
<p>{esc(_excerpt(featured))}</p>
</div>
{box(2, others)}
{box(3, newest(3)[:3])}
{box(5, newest(5)[:3])}
<div class="khung-tin"><div class="khung-tieude"><a href="VanBan/DanhSach.aspx">Văn bản mới</a></div><ul class="ds-vanban">{docs}</ul></div>
<div class="khung-tin"><div class="khung-tieude"><a href="ThuVienAnh/DanhSach.aspx">Thư viện ảnh</a></div><ul class="ds-album">{albums}</ul></div>"""
    return master(f"Trang chủ - {SITE}", "./Default.aspx", "Default", 0, "Default", content)


def _pager(cat: int, index: int) -> str:
    last = pages_of(cat) - 1
    total = len(newest(cat))

    def button(group: str, name: str, label: str, css: str, disabled: bool) -> str:
        dis = ' disabled="disabled"' if disabled else ""
        return (
            f'<input type="submit" name="{PAGER}${group}${name}" value="{label}" title="{label}"'
            f' id="ctl00_ContentPlaceHolder1_RadDataPager1_{group}_{name}" class="{css}"{dis} />'
        )

    nums = []
    for i in range(last + 1):
        if i == index:
            nums.append(
                f'<a class="rdpCurrentPage" href="javascript:void(0);"><span>{i + 1}</span></a>'
            )
        else:
            nums.append(
                f"<a href=\"javascript:__doPostBack('{PAGER}$ctl01$ctl{i:02d}','')\"><span>{i + 1}</span></a>"
            )
    return f"""<div id="ctl00_ContentPlaceHolder1_RadDataPager1" class="RadDataPager RadDataPager_Default">
<div class="rdpWrap rdpWrapLeft">{button("ctl00", "FirstButton", "Trang đầu", "rdpPageFirst", index == 0)}{button("ctl00", "PrevButton", "Trang trước", "rdpPagePrev", index == 0)}</div>
<div class="rdpWrap rdpNumPart">{"".join(nums)}</div>
<div class="rdpWrap">{button("ctl02", "NextButton", "Trang sau", "rdpPageNext", index == last)}{button("ctl02", "LastButton", "Trang cuối", "rdpPageLast", index == last)}</div>
<div class="rdpWrap rdpWrapRight"><span class="rdpSummary">Trang <strong>{index + 1}</strong> / <strong>{last + 1}</strong>, tổng số <strong>{total}</strong> tin</span></div>
<input id="ctl00_ContentPlaceHolder1_RadDataPager1_ClientState" name="ctl00_ContentPlaceHolder1_RadDataPager1_ClientState" type="hidden" />
</div>"""


def _listing(cat: int, index: int) -> str:
    items = newest(cat)[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
    rows = "\n".join(
        f"""<div class="rlvI item-tin">
<div class="anh-tin"><a href="ChiTiet.aspx?id={s.id}&amp;cat={s.cat}"><img src="{_thumb(s)}" alt="" /></a></div>
<div class="nd-tin"><a class="tieude-tin" href="ChiTiet.aspx?id={s.id}&amp;cat={s.cat}">{esc(s.title)}</a> <span class="ngaydang">({_vn_date(s)})</span>
<p class="tomtat">{esc(_excerpt(s))}</p></div>
<div class="clear"></div></div>"""
        for s in items
    )
    inner = f"""{_cat_crumbs(cat)}
<div class="tieude-chuyenmuc"><span id="ctl00_ContentPlaceHolder1_lblTenChuyenMuc">{esc(CATS[cat][0])}</span></div>
<div id="ctl00_ContentPlaceHolder1_RadListView1" class="RadListView RadListView_Default">
{rows}
</div>
{_pager(cat, index)}"""
    return master(
        f"{CATS[cat][0]} - {SITE}",
        f"./DanhSach.aspx?cat={cat}",
        f"DanhSach:{cat}",
        index,
        "DanhSach",
        _ajax_panel(inner),
    )


def _article(story: Story, query: str) -> str:
    cat = int(story.cat)
    sapo = f"<b>{esc(story.summary)}</b>" if story.summary else ""
    attach = ""
    if "attach" in story.opts:
        href, fname = story.opts["attach"]
        attach = (
            '<div id="ctl00_ContentPlaceHolder1_divFileDinhKem" class="file-dinhkem"><b>File đính kèm:</b> '
            f'<a href="{href}" target="_blank"><img src="/App_Themes/Default/images/pdf.gif" alt="" /> {esc(fname)}</a></div>'
        )
    others = [s for s in newest(cat) if s.id != story.id][:5]
    lis = "".join(
        f'<li><a href="ChiTiet.aspx?id={s.id}&amp;cat={s.cat}">{esc(s.title)}</a> <span class="ngay">({_vn_date(s)})</span></li>'
        for s in others
    )
    inner = f"""{_cat_crumbs(cat)}
<div class="chitiet-tin">
<h1 class="tieude-chitiet"><span id="ctl00_ContentPlaceHolder1_lblTitle">{esc(story.title)}</span></h1>
<div class="thongtin-tin"><span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">Cập nhật: {story.opts["at"]}</span> | <span id="ctl00_ContentPlaceHolder1_lblLuotXem">Lượt xem: {story.views()}</span></div>
<div class="sapo"><span id="ctl00_ContentPlaceHolder1_lblMoTa" style="font-weight:bold;">{sapo}</span></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="noidung-tin">
{content_html(story)}
</div>
{attach}
<div class="congcu">
<a id="ctl00_ContentPlaceHolder1_lnkIn" href="InTin.aspx?id={story.id}" target="_blank"><img src="/App_Themes/Default/images/print.gif" alt="" /> In trang</a>
<a id="ctl00_ContentPlaceHolder1_lnkEmail" href="javascript:void(0);" onclick="window.open('GuiEmail.aspx?id={story.id}','GuiEmail','width=520,height=420');return false;"><img src="/App_Themes/Default/images/email.gif" alt="" /> Gửi email</a>
<a href="javascript:history.back();"><img src="/App_Themes/Default/images/back.gif" alt="" /> Quay lại</a>
<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=http%3a%2f%2ftruongchinhtri.tuyenquang.gov.vn%2fTinTuc%2fChiTiet.aspx%3fid%3d{story.id}" target="_blank">Chia sẻ Facebook</a>
</div>
</div>
<div class="tin-da-dua"><div class="tieude-tindadua">Các tin đã đưa</div><ul>{lis}</ul></div>"""
    return master(
        f"{story.title} - {SITE}",
        "./ChiTiet.aspx?" + query,
        f"ChiTiet:{story.id}",
        0,
        "ChiTiet",
        _ajax_panel(inner),
        description=_excerpt(story),
    )


def _not_found_article(query: str) -> str:
    inner = f"""{_crumbs((None, "Tin tức"))}
<div class="chitiet-tin">
<h1 class="tieude-chitiet"><span id="ctl00_ContentPlaceHolder1_lblTitle"></span></h1>
<div class="thongbao-loi"><span id="ctl00_ContentPlaceHolder1_lblThongBao">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</span></div>
<div id="ctl00_ContentPlaceHolder1_divContent" class="noidung-tin"></div>
</div>"""
    return master(
        f"Chi tiết tin - {SITE}",
        "./ChiTiet.aspx?" + query,
        "ChiTiet:0",
        0,
        "ChiTiet",
        _ajax_panel(inner),
    )


def _print_view(story: Story, request: Request) -> str:
    sapo = f'<p class="sapo"><b>{esc(story.summary)}</b></p>' if story.summary else ""
    host = request.headers.get("Host", "127.0.0.1")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>In tin: {esc(story.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/App_Themes/Default/Print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<form method="post" action="./InTin.aspx?id={story.id}" id="form1">
{_hidden(f"InTin:{story.id}", 0, "Page")}
<div class="in-tin">
<div class="in-dautrang"><b>{esc(SITE.upper())}</b><br />Địa chỉ: {esc(ADDRESS)}</div>
<h1>{esc(story.title)}</h1>
<div class="ngay">Cập nhật: {story.opts["at"]}</div>
{sapo}
<div class="noidung">
{content_html(story)}
</div>
<div class="in-cuoitrang">Địa chỉ bài viết: http://{esc(host)}{article_path(story)}</div>
</div>
</form>
</body>
</html>
"""


def _email_form(story: Story) -> str:
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Gửi tin qua email</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body><form method="post" action="./GuiEmail.aspx?id={story.id}" id="form1">
{_hidden(f"GuiEmail:{story.id}", 0, "Page")}
<h3>Gửi tin: {esc(story.title)}</h3>
<p>Email người nhận: <input name="txtEmailNhan" type="text" /></p>
<p>Họ tên người gửi: <input name="txtNguoiGui" type="text" /></p>
<p>Lời nhắn: <textarea name="txtLoiNhan" rows="4" cols="40"></textarea></p>
<input type="submit" name="btnGui" value="Gửi" /> <input type="button" value="Đóng" onclick="window.close();" />
</form></body></html>"""


def _intro(pid: int) -> str:
    title, paras = INTRO[pid]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    links = "".join(
        f'<li><a href="GioiThieu.aspx?id={i}">{esc(t)}</a></li>'
        for i, (t, _p) in INTRO.items()
        if i != pid
    )
    content = f"""{_crumbs(("/GioiThieu.aspx?id=1", "Giới thiệu"), (None, title))}
<div class="trang-tinh"><h1 class="tieude-chitiet"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{esc(title)}</span></h1>
<div id="ctl00_ContentPlaceHolder1_divNoiDung">{body}</div>
<div class="lienket-gioithieu"><ul>{links}</ul></div></div>"""
    return master(
        f"{title} - {SITE}", f"./GioiThieu.aspx?id={pid}", f"GioiThieu:{pid}", 0, "Page", content
    )


def _contact() -> str:
    content = f"""{_crumbs((None, "Liên hệ"))}
<div class="lienhe"><h1 class="tieude-chitiet">Liên hệ</h1>
<p><b>{esc(SITE)}</b></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Fax: {FAX}</p><p>Email: {EMAIL}</p>
<table class="form-lienhe">
<tr><td>Họ và tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtHoTen" type="text" id="ctl00_ContentPlaceHolder1_txtHoTen" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" id="ctl00_ContentPlaceHolder1_txtEmail" /></td></tr>
<tr><td>Tiêu đề</td><td><input name="ctl00$ContentPlaceHolder1$txtTieuDe" type="text" id="ctl00_ContentPlaceHolder1_txtTieuDe" /></td></tr>
<tr><td>Nội dung (*)</td><td><textarea name="ctl00$ContentPlaceHolder1$txtNoiDung" rows="6" cols="50" id="ctl00_ContentPlaceHolder1_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnGui" value="Gửi liên hệ" id="ctl00_ContentPlaceHolder1_btnGui" /></td></tr>
</table></div>"""
    return master(f"Liên hệ - {SITE}", "./LienHe.aspx", "LienHe", 0, "Page", content)


def _week_start(offset: int) -> date:
    return TODAY_DATE - timedelta(days=TODAY_DATE.weekday()) + timedelta(weeks=offset)


def _schedule(offset: int) -> str:
    start = _week_start(offset)
    end = start + timedelta(days=6)
    week = start.isocalendar()[1]
    rows = SCHEDULE.get(offset)
    if rows:
        body = "".join(
            f"<tr><td>{esc(d)}</td><td>{esc(s)}</td><td>{esc(c)}</td><td>{esc(p)}</td></tr>"
            for d, s, c, p in rows
        )
    else:
        body = '<tr><td colspan="4" class="rgNoRecords">Chưa có lịch công tác tuần này.</td></tr>'
    inner = f"""{_crumbs((None, "Lịch công tác tuần"))}
<div class="lichcongtac"><h1 class="tieude-chitiet">Lịch công tác tuần</h1>
<div class="chon-tuan">
<a id="ctl00_ContentPlaceHolder1_lnkTuanTruoc" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkTuanTruoc','')">« Tuần trước</a>
<span id="ctl00_ContentPlaceHolder1_lblTuan">Tuần {week} (từ {start:%d/%m/%Y} đến {end:%d/%m/%Y})</span>
<a id="ctl00_ContentPlaceHolder1_lnkTuanSau" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkTuanSau','')">Tuần sau »</a>
<a id="ctl00_ContentPlaceHolder1_lnkTuanNay" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkTuanNay','')">Tuần hiện tại</a>
</div>
<table id="ctl00_ContentPlaceHolder1_RadGrid1_ctl00" class="rgMasterTable">
<thead><tr><th class="rgHeader">Thứ/ngày</th><th class="rgHeader">Buổi</th><th class="rgHeader">Nội dung</th><th class="rgHeader">Địa điểm</th></tr></thead>
<tbody>{body}</tbody></table></div>"""
    return master(
        f"Lịch công tác tuần - {SITE}",
        "./LichCongTac.aspx",
        "LichCongTac",
        offset,
        "LichCongTac",
        _ajax_panel(inner),
    )


def _docs() -> str:
    rows = "".join(
        f'<tr class="{"rgRow" if n % 2 == 0 else "rgAltRow"}"><td>{n + 1}</td><td><a href="ChiTiet.aspx?id={d.id}">{esc(d.number)}</a></td>'
        f"<td>{d.issued}</td><td>{esc(d.summary)}</td><td>{esc(d.kind)}</td></tr>"
        for n, d in enumerate(DOCS)
    )
    content = f"""{_crumbs((None, "Văn bản"))}
<div class="vanban"><h1 class="tieude-chitiet">Văn bản</h1>
<div id="ctl00_ContentPlaceHolder1_RadGrid1" class="RadGrid RadGrid_Default"><table class="rgMasterTable" id="ctl00_ContentPlaceHolder1_RadGrid1_ctl00">
<thead><tr><th class="rgHeader">STT</th><th class="rgHeader">Số/Ký hiệu</th><th class="rgHeader">Ngày ban hành</th><th class="rgHeader">Trích yếu</th><th class="rgHeader">Loại văn bản</th></tr></thead>
<tbody>{rows}</tbody></table>
<input id="ctl00_ContentPlaceHolder1_RadGrid1_ClientState" name="ctl00_ContentPlaceHolder1_RadGrid1_ClientState" type="hidden" /></div></div>"""
    return master(f"Văn bản - {SITE}", "./DanhSach.aspx", "VanBan", 0, "Page", content)


def _doc(d: Doc) -> str:
    related = ""
    if d.related:
        related = (
            '<div class="tin-lienquan"><b>Tin liên quan:</b> '
            f'<a href="/TinTuc/ChiTiet.aspx?id={d.related}">Hội nghị triển khai công tác hướng dẫn viết tiểu luận năm 2026</a></div>'
        )
    fname = d.file.rsplit("/", 1)[1]
    content = f"""{_crumbs(("/VanBan/DanhSach.aspx", "Văn bản"), (None, d.number))}
<div class="chitiet-vanban"><table class="tt-vanban">
<tr><td class="nhan">Số/Ký hiệu:</td><td>{esc(d.number)}</td></tr>
<tr><td class="nhan">Loại văn bản:</td><td>{esc(d.kind)}</td></tr>
<tr><td class="nhan">Ngày ban hành:</td><td>{d.issued}</td></tr>
<tr><td class="nhan">Cơ quan ban hành:</td><td>{esc(SITE)}</td></tr>
<tr><td class="nhan">Người ký:</td><td>{esc(d.signer)}</td></tr>
<tr><td class="nhan">Trích yếu:</td><td>{esc(d.summary)}</td></tr>
<tr><td class="nhan">File đính kèm:</td><td><a href="{d.file}" target="_blank">{esc(fname)}</a></td></tr>
</table>{related}
<div class="quaylai"><a href="DanhSach.aspx">« Quay lại danh sách văn bản</a></div></div>"""
    return master(
        f"{d.number} - {SITE}", f"./ChiTiet.aspx?id={d.id}", f"VanBanCT:{d.id}", 0, "Page", content
    )


def _albums() -> str:
    items = "".join(
        f'<div class="album-item"><a href="Album.aspx?id={i}"><img src="/Uploads/ThuVienAnh/{i}/thumb.jpg" alt="" /></a>'
        f'<a class="ten-album" href="Album.aspx?id={i}">{esc(t)}</a> <span class="ngay">({d})</span></div>'
        for i, (t, d, _p) in ALBUMS.items()
    )
    content = f'{_crumbs((None, "Thư viện ảnh"))}<div class="thuvienanh"><h1 class="tieude-chitiet">Thư viện ảnh</h1>{items}</div>'
    return master(f"Thư viện ảnh - {SITE}", "./DanhSach.aspx", "ThuVienAnh", 0, "Page", content)


def _album(aid: int) -> str:
    title, day, photos = ALBUMS[aid]
    lis = "".join(
        f'<li class="rigThumbnailItem"><a href="/Uploads/ThuVienAnh/{aid}/anh-{n + 1:02d}.jpg">'
        f'<img src="/Uploads/ThuVienAnh/{aid}/thumb-anh-{n + 1:02d}.jpg" alt="{esc(c)}" title="{esc(c)}" /></a></li>'
        for n, c in enumerate(photos)
    )
    content = f"""{_crumbs(("/ThuVienAnh/DanhSach.aspx", "Thư viện ảnh"), (None, title))}
<div class="album"><h1 class="tieude-chitiet">{esc(title)}</h1><span class="ngay">({day})</span>
<div id="ctl00_ContentPlaceHolder1_RadImageGallery1" class="RadImageGallery RadImageGallery_Default">
<div class="rigThumbnailsBox"><ul class="rigThumbnailsList">{lis}</ul></div>
<input id="ctl00_ContentPlaceHolder1_RadImageGallery1_ClientState" name="ctl00_ContentPlaceHolder1_RadImageGallery1_ClientState" type="hidden" /></div></div>"""
    return master(f"{title} - {SITE}", f"./Album.aspx?id={aid}", f"Album:{aid}", 0, "Page", content)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(q: str) -> str:
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title)]
    rows = "".join(
        f'<li><a href="TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a> <span class="ngay">({_vn_date(s)})</span></li>'
        for s in hits
    )
    summary = (
        f"Tìm thấy {len(hits)} kết quả với từ khóa “{esc(q)}”"
        if q
        else "Vui lòng nhập từ khóa tìm kiếm."
    )
    content = f'{_crumbs((None, "Tìm kiếm"))}<div class="timkiem-kq"><p>{summary}</p><ul>{rows}</ul></div>'
    return master(
        f"Tìm kiếm - {SITE}",
        "./TimKiem.aspx" + (f"?tukhoa={quote_plus(q)}" if q else ""),
        "TimKiem",
        0,
        "Page",
        content,
    )


_RUNTIME_ERROR = """<html>
    <head>
        <title>Runtime Error</title>
        <meta name="viewport" content="width=device-width" />
        <style>
         body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}
         H1 { font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }
         H2 { font-family:"Verdana";font-weight:normal;font-size:14pt;color:maroon }
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>Runtime Error</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons). It could, however, be viewed by browsers running on the local server machine.
            <br><br>
    </body>
</html>
"""

_IIS_404 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>404 - File or directory not found.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>404 - File or directory not found.</h2>
  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>
 </fieldset></div>
</div>
</body>
</html>
"""

_HEADERS = {
    "Server": "Microsoft-IIS/10.0",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
}


def _page_html(body: str, status: int = 200) -> Response:
    headers = {
        **_HEADERS,
        "Cache-Control": "private",
        "Set-Cookie": "ASP.NET_SessionId=x3kq1vz4m2yb0c5rwl1hd2ff; path=/; HttpOnly; SameSite=Lax",
    }
    return html(body, status=status, headers=headers)


def _error() -> Response:
    return html(_RUNTIME_ERROR, status=500, headers=dict(_HEADERS))


# --------------------------------------------------------------------------- the application


_PAGER_TARGET = re.compile(re.escape(PAGER) + r"\$ctl01\$ctl(\d\d)$")
NON_ARTICLES: list[str] = [
    "/Default.aspx",
    *(f"/TinTuc/DanhSach.aspx?cat={c}" for c in CATS),
    *(f"/GioiThieu.aspx?id={i}" for i in INTRO),
    "/LienHe.aspx",
    "/LichCongTac.aspx",
    "/VanBan/DanhSach.aspx",
    *(f"/VanBan/ChiTiet.aspx?id={d.id}" for d in DOCS),
    "/ThuVienAnh/DanhSach.aspx",
    *(f"/ThuVienAnh/Album.aspx?id={i}" for i in ALBUMS),
    *(f"/TinTuc/InTin.aspx?id={s.id}" for s in newest()),
    f"/TinTuc/ChiTiet.aspx?id={SOFT_404_ID}",
]


class PostbackState:
    """What a POST asks for: ``None`` state means no postback (render as GET)."""

    def __init__(self, request: Request, key: str):
        self.form = request.form if request.method == "POST" else {}
        self.key = key
        self.error = False
        self.index: int | None = None
        if "__VIEWSTATE" not in self.form:
            return
        state = read_viewstate(self.form["__VIEWSTATE"])
        if state is None or state[0] != key:
            self.error = True
            return
        if self.form.get("__EVENTVALIDATION") != event_validation(*state):
            self.error = True
            return
        self.index = state[1]

    @property
    def target(self) -> str:
        return self.form.get("__EVENTTARGET", "")

    def pressed(self, name: str) -> bool:
        return name in self.form or self.target == name


def _lower_params(request: Request) -> dict[str, str]:
    return {k.lower(): v for k, v in request.params.items()}


class TelerikSite:
    """The IIS application: routes by lower-cased path (IIS is case-insensitive)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        if path.endswith(".axd"):
            ctype = (
                "text/css"
                if "css" in request.query.lower()
                and "_tsm_hiddenfield_" not in request.query.lower()
                else "application/javascript"
            )
            return Response(200, b"/* Telerik */", {"Content-Type": ctype, **_HEADERS})
        if path.startswith(("/uploads/files/", "/uploads/vanban/")):
            known = {s.opts["attach"][0].lower() for s in STORIES if "attach" in s.opts}
            known |= {d.file.lower() for d in DOCS}
            if path in known:
                return Response(200, PDF, {"Content-Type": "application/pdf", **_HEADERS})
            return html(_IIS_404, status=404, headers=dict(_HEADERS))
        if path.startswith(("/uploads/", "/app_themes/", "/scripts/")) or path == "/favicon.ico":
            found = static_file(path)
            if found is not None:
                return found
        if path == "/robots.txt":
            return Response(
                200, "User-agent: *\nDisallow: /Admin/\n", {"Content-Type": "text/plain"}
            )
        if path == "/":
            return redirect("/Default.aspx", 302)
        params = _lower_params(request)
        try:
            return self._route(request, path, params)
        except ValueError:
            return _error()

    def _search_redirect(self, pb: PostbackState) -> Response | None:
        if pb.index is not None and pb.pressed("ctl00$btnTimKiem"):
            q = pb.form.get("ctl00$txtTuKhoa", "").strip()
            return redirect(f"/TimKiem.aspx?tukhoa={quote_plus(q)}", 302)
        return None

    def _simple(self, request: Request, key: str, render) -> Response:
        pb = PostbackState(request, key)
        if pb.error:
            return _error()
        return self._search_redirect(pb) or _page_html(render())

    def _route(self, request: Request, path: str, params: dict[str, str]) -> Response | None:
        if path == "/default.aspx":
            return self._simple(request, "Default", _home)
        if path == "/tintuc/danhsach.aspx":
            cat = int(params.get("cat", "2"))
            if cat not in CATS:
                return _page_html(_not_found_article(request.query))
            return self._listing(request, cat)
        if path == "/tintuc/chitiet.aspx":
            sid = int(params.get("id", ""))
            story = _BY_ID.get(sid)
            if story is None:
                return self._simple(request, "ChiTiet:0", lambda: _not_found_article(request.query))
            return self._simple(request, f"ChiTiet:{sid}", lambda: _article(story, request.query))
        if path == "/tintuc/intin.aspx":
            story = _BY_ID.get(int(params.get("id", "")))
            return _page_html(_print_view(story, request)) if story else _error()
        if path == "/tintuc/guiemail.aspx":
            story = _BY_ID.get(int(params.get("id", "")))
            return _page_html(_email_form(story)) if story else _error()
        if path == "/gioithieu.aspx":
            pid = int(params.get("id", "1"))
            return (
                self._simple(request, f"GioiThieu:{pid}", lambda: _intro(pid))
                if pid in INTRO
                else _error()
            )
        if path == "/lienhe.aspx":
            return self._simple(request, "LienHe", _contact)
        if path == "/lichcongtac.aspx":
            return self._calendar(request)
        if path == "/vanban/danhsach.aspx":
            return self._simple(request, "VanBan", _docs)
        if path == "/vanban/chitiet.aspx":
            doc = next((d for d in DOCS if d.id == int(params.get("id", ""))), None)
            return (
                self._simple(request, f"VanBanCT:{doc.id}", lambda: _doc(doc)) if doc else _error()
            )
        if path == "/thuvienanh/danhsach.aspx":
            return self._simple(request, "ThuVienAnh", _albums)
        if path == "/thuvienanh/album.aspx":
            aid = int(params.get("id", ""))
            return (
                self._simple(request, f"Album:{aid}", lambda: _album(aid))
                if aid in ALBUMS
                else _error()
            )
        if path == "/timkiem.aspx":
            q = params.get("tukhoa", "")
            return self._simple(request, "TimKiem", lambda: _search(q))
        return html(_IIS_404, status=404, headers=dict(_HEADERS))

    def _listing(self, request: Request, cat: int) -> Response:
        pb = PostbackState(request, f"DanhSach:{cat}")
        if pb.error:
            return _error()
        if found := self._search_redirect(pb):
            return found
        last = pages_of(cat) - 1
        index = pb.index or 0
        if pb.index is not None:
            if m := _PAGER_TARGET.match(pb.target):
                index = int(m.group(1))
            elif pb.pressed(f"{PAGER}$ctl00$FirstButton"):
                index = 0
            elif pb.pressed(f"{PAGER}$ctl00$PrevButton"):
                index -= 1
            elif pb.pressed(f"{PAGER}$ctl02$NextButton"):
                index += 1
            elif pb.pressed(f"{PAGER}$ctl02$LastButton"):
                index = last
        return _page_html(_listing(cat, max(0, min(index, last))))

    def _calendar(self, request: Request) -> Response:
        pb = PostbackState(request, "LichCongTac")
        if pb.error:
            return _error()
        if found := self._search_redirect(pb):
            return found
        offset = pb.index or 0
        if pb.index is not None:
            if pb.target == "ctl00$ContentPlaceHolder1$lnkTuanTruoc":
                offset -= 1
            elif pb.target == "ctl00$ContentPlaceHolder1$lnkTuanSau":
                offset += 1
            elif pb.target == "ctl00$ContentPlaceHolder1$lnkTuanNay":
                offset = 0
        return _page_html(_schedule(offset))


def build_site() -> TelerikSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return TelerikSite()
