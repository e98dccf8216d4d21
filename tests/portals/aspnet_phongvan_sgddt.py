"""Sở Giáo dục và Đào tạo tỉnh Hà Giang on an ASP.NET WebForms portal (2014, no Telerik), built by
the vendor "Cổng TTĐT": .aspx pages, one ``<form id="aspnetForm">`` around every page, view state.

Platform
--------
A master page (banner, top menu, left column, right column, footer) around a ``ContentMain``
placeholder. Every page is wrapped in ``<form method="post" action="./X.aspx?…" id="aspnetForm">``
with ``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR`` and
``__EVENTVALIDATION`` hidden fields and the usual ``__doPostBack`` script. The header prints
today's date in the portal's own form ("Thứ Tư, 25/11/2026"), never a publication date.

URL scheme
----------
- ``/Default.aspx`` home (``/`` answers 302 to it): "Tin nổi bật", "Tin mới", one box per section.
- ``/Pages/TinTuc.aspx?CatID=<n>``: a section's list, 4 items a page. Page 2+ exist only as
  postbacks: the pager prints ``javascript:__doPostBack('ctl00$ContentMain$rptPager','2')``; the
  POST must carry the page's ``__VIEWSTATE`` and a valid ``__EVENTVALIDATION`` (else the yellow
  "Invalid postback or callback argument" error, status 500). A GET of ``?CatID=n&Page=2`` is
  answered with page 1 (the parameter is ignored).
- ``/Pages/ChiTiet.aspx?ID=<n>``: an article. The section lists and "Các tin đã đưa" link
  ``ChiTiet.aspx?ID=<n>&CatID=<c>``: the same article (gold ``alt_paths``); no rel=canonical.
- ``/Pages/HoiDap.aspx``: the Q&A list; ``/Pages/HoiDapChiTiet.aspx?ID=<n>``: a citizen's question
  ("Câu hỏi:", "Người hỏi: Nguyễn Văn A (Vị Xuyên)") and the Sở's answer ("Trả lời:"), printed in
  the article template (h1 title, date line "Ngày gửi"): not news.
- ``/Pages/VanBan.aspx?ID=<n>``: a document entry (số ký hiệu, trích yếu, file).
- ``/Pages/GioiThieu.aspx``, ``/Pages/LienHe.aspx``: static pages.
- Uploads ``/Uploads/Images/2026/<mm>/…``, ``/Uploads/Files/…pdf`` (served).

Article template
----------------
breadcrumb (Trang chủ » Section), ``<h1 class="title_detail">``, ``<span class="date_detail">Cập nhật
lúc: 08:30, Thứ Hai, 16/11/2026</span>``, optional sapo ``<div class="sapo">`` (bold, its own
element), ``<div class="content_detail">`` (the editor's HTML), a tool row "In trang | Gửi email |
Lên đầu trang" (javascript), "Các tin đã đưa" (the 3 newest other items of the section, with dates).

How each gold article is reached
--------------------------------
Home boxes and "Tin mới", section page 1, "Các tin đã đưa", "Tin đọc nhiều". The oldest Tin tức -
Sự kiện item (Hội khỏe Phù Đổng) is on page 2 of its section only: reached through the
postback pager alone (never on the home page, never in "Các tin đã đưa" or "Tin liên quan").

Traps: article bodies that carry things that look like furniture, and furniture inside bodies
----------------------------------------------------------------------------------------------
- 3 interviews ("Phỏng vấn - Đối thoại"): questions bold italic ("PV: …?"), answers opening with
  a bold "Ông Phạm Văn Hòa - Giám đốc Sở GD&ĐT:" then plain text; the gold body keeps both as
  printed. The author closes the text: "Thu Hà (thực hiện)" -> "Thu Hà".
- An inline "Tin liên quan" box (``<table class="tinlienquan">``, 3 links with dates) between
  paragraphs, and a ``<div class="tinlienquan">`` variant elsewhere: not body.
- A "Xem thêm: <a>…</a>" line between paragraphs: not body.
- A paragraph quoting a contact ("Mọi thông tin xin liên hệ: Phòng GDTrH, số điện thoại
  0219.3866.xxx") is the article's own text: body.
- A results article: a numbered list of schools, each linking to the school's site: body, one
  item a paragraph. A schedule table: one paragraph a row, cells joined by " | ".
- 2 short "Thông báo" posts (2 paragraphs) with "Tải file đính kèm: <a>…pdf</a>": not body.
- The right column prints "Lịch công tác" with dates and a Q&A widget; the header prints today.

Gold decisions
--------------
- published_at: the "Cập nhật lúc" line (time printed) -> "2026-11-16T08:30:00+07:00".
- authors: "Minh Đức - Phòng GDDT" -> Minh Đức; "Tin: Lò Thị Xuân (Trường PTDTBT TH Lũng Cú)" ->
  Lò Thị Xuân; "Văn phòng Sở" (a unit signing its post) -> credited as printed; "Theo Báo Hà
  Giang" -> source "Báo Hà Giang", no author; "Tin, ảnh: Vũ Thị Lan" -> author and photographer;
  a caption ending "(Ảnh: Hoàng Thắng)" -> photographer Hoàng Thắng (caption kept as printed).
- summary: the ``div.sapo`` or a bold lead paragraph opening the text; it is body's first paragraph.
- images: photos in the text; caption = the centred line under the photo (italic or plain).
- category: the breadcrumb's section.
"""

from __future__ import annotations

import datetime as _dt

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet_phongvan_sgddt"
PLATFORM = "ASP.NET WebForms 4.0 (2014, vendor Cổng TTĐT), .aspx + postback pager"
START_PATH = "/Default.aspx"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"
HEADER_TODAY = "Thứ Tư, 25/11/2026"
PER_PAGE = 4
PAGER_TARGET = "ctl00$ContentMain$rptPager"

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Giáo dục dân tộc",
    "3": "Phỏng vấn - Đối thoại",
    "4": "Thông báo",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(name: str, month: str = "11") -> str:
    return f"/Uploads/Images/2026/{month}/{name}"


GD = "Ông Phạm Văn Hòa - Giám đốc Sở GD&ĐT:"
PGD = "Bà Nguyễn Thị Minh Nguyệt - Phó Giám đốc Sở GD&ĐT:"
HT = "Thầy Vàng Seo Dình - Hiệu trưởng Trường PTDTBT THCS Sủng Là:"


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# P styles: "" justified paragraph, "lead" bold lead, "h" bold sub-heading, "h3", "q" bold italic
# question, "a" answer (bold speaker prefix, plain text), "li" / "li:<url>" numbered list item
# (linked school name before " – "), "ul" bullet, "tr" table row (cells " | ").
# Img styles: "em" centred italic line, "span" centred small italic, "plain" centred plain line,
# "none" nothing printed.
STORIES: list[Story] = [
    Story(
        2304, "tuyen-duong", "Tuyên dương 44 nhà giáo tiêu biểu nhân kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        "1", "2026-11-19T16:20:00+07:00",
        [
            P("Chiều 19/11, Sở GD&ĐT tỉnh Hà Giang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
              "(20/11/1982 - 20/11/2026) và tuyên dương 44 nhà giáo tiêu biểu năm học 2025-2026."),
            P("Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Tuyên giáo Tỉnh ủy, Công đoàn "
              "ngành Giáo dục cùng hơn 250 cán bộ quản lý, giáo viên đại diện các huyện, thành phố."),
            Img(up("tuyen-duong-1.jpg"), "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.", "em"),
            P("Năm học 2025-2026, toàn ngành có 96,8% trẻ 5 tuổi đến lớp; tỷ lệ học sinh tốt nghiệp THPT "
              "đạt 97,2%, tăng 1,4% so với năm học trước; 9 học sinh đạt giải học sinh giỏi quốc gia."),
            P("Phát biểu tại buổi lễ, ông Phạm Văn Hòa, Giám đốc Sở GD&ĐT, bày tỏ sự trân trọng với các "
              "thầy cô đang ngày đêm bám trường, bám lớp ở những điểm trường xa nhất của tỉnh: “Mỗi lớp học "
              "nơi cực Bắc là một ngọn lửa, và các thầy cô chính là người giữ lửa”."),
            Img(up("tuyen-duong-2.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu. (Ảnh: Hoàng Thắng)",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu. (Ảnh: Hoàng Thắng)", "em"),
            P("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 44 nhà giáo có thành tích xuất sắc; Giám "
              "đốc Sở tặng Giấy khen cho 120 giáo viên dạy giỏi cấp tỉnh."),
            right("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"], photographers=["Hoàng Thắng"],
        opts={"home": True},
    ),
    Story(
        2298, "ket-qua-khkt", "Công bố kết quả Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        "1", "2026-11-16T08:30:00+07:00",
        [
            P("Ngày 14/11/2026, Sở GD&ĐT ban hành Quyết định số 1562/QĐ-SGDĐT công nhận kết quả Cuộc thi "
              "Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027.", "lead"),
            P("Cuộc thi có 78 dự án của 41 trường THCS, THPT tham gia ở 17 lĩnh vực. Ban Giám khảo đã chấm "
              "và trao 4 giải Nhất, 9 giải Nhì, 15 giải Ba và 20 giải Khuyến khích."),
            P("Các đơn vị có dự án đạt giải Nhất:", "h"),
            P("Trường THPT Chuyên Hà Giang – dự án “Hệ thống cảnh báo sạt lở đất sớm dùng cảm biến độ ẩm”",
              "li:http://thptchuyen.hagiang.edu.vn"),
            P("Trường THPT Vị Xuyên – dự án “Máy sấy thảo dược dùng năng lượng mặt trời”",
              "li:http://thptvixuyen.hagiang.edu.vn"),
            P("Trường PTDTNT THPT tỉnh – dự án “Bảo tồn chữ Nôm Dao qua ứng dụng di động”",
              "li:http://ptdtnttinh.hagiang.edu.vn"),
            P("Trường THCS Lê Quý Đôn – dự án “Thùng rác phân loại thông minh”",
              "li:http://thcslequydon.hagiang.edu.vn"),
            P("Sở GD&ĐT sẽ chọn 4 dự án xuất sắc tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia tổ chức "
              "vào tháng 3/2027 tại Hà Nội."),
            P("Mọi thông tin xin liên hệ: Phòng GDTrH, số điện thoại 0219.3866.124 hoặc hộp thư "
              "gdtrh@hagiang.edu.vn."),
            Raw('<p style="text-align: right;">Hồng Nhung</p>'),
        ],
        authors=["Hồng Nhung"],
        summary="Ngày 14/11/2026, Sở GD&ĐT ban hành Quyết định số 1562/QĐ-SGDĐT công nhận kết quả Cuộc thi "
                "Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027.",
        opts={"home": True},
    ),
    Story(
        2285, "truong-hoc-an-toan", "Hà Giang: Nhân rộng mô hình trường học an toàn, phòng chống tai nạn thương tích",
        "1", "2026-11-09T10:15:00+07:00",
        [
            P("Năm học 2026-2027, toàn tỉnh có thêm 86 trường được công nhận đạt chuẩn trường học an "
              "toàn, phòng chống tai nạn thương tích, nâng tổng số lên 412 trường."),
            P("Tại huyện Quản Bạ, các trường đã rà soát toàn bộ hệ thống điện, tường rào, lan can; cải tạo "
              "bếp ăn bán trú và lắp đặt biển cảnh báo ở những đoạn đường gần suối."),
            Raw(
                '<table class="tinlienquan" align="right" width="40%" cellpadding="4"><tbody>'
                '<tr><td><strong>Tin liên quan</strong></td></tr>'
                '<tr><td>» <a href="/Pages/ChiTiet.aspx?ID=2271">Hội nghị tập huấn chuyển đổi số trong quản lý '
                'giáo dục năm 2026</a> <span class="date">(30/10/2026)</span></td></tr>'
                '<tr><td>» <a href="/Pages/ChiTiet.aspx?ID=2262">Hỗ trợ gạo cho học sinh bán trú học kỳ I năm '
                'học 2026-2027</a> <span class="date">(26/10/2026)</span></td></tr>'
                '<tr><td>» <a href="/Pages/ChiTiet.aspx?ID=2298">Công bố kết quả Cuộc thi Khoa học kỹ thuật '
                'cấp tỉnh</a> <span class="date">(16/11/2026)</span></td></tr></tbody></table>'
            ),
            Img(up("an-toan-quan-ba.jpg"), "Học sinh Trường PTDTBT TH Tùng Vài thực hành kỹ năng thoát hiểm.",
                "Học sinh Trường PTDTBT TH Tùng Vài thực hành kỹ năng thoát hiểm.", "em"),
            P("Bên cạnh cơ sở vật chất, các trường chú trọng giáo dục kỹ năng cho học sinh: phòng chống "
              "đuối nước, an toàn giao thông, sơ cứu khi bị ong đốt, rắn cắn – những tai nạn thường gặp ở "
              "vùng cao."),
            P("Theo ông Đặng Quốc Tuấn, Trưởng phòng Chính trị tư tưởng, Sở GD&ĐT, thời gian tới ngành "
              "sẽ phối hợp với ngành Y tế tập huấn sơ cấp cứu cho 100% nhân viên y tế trường học."),
            right("Theo Báo Hà Giang"),
        ],
        source="Báo Hà Giang",
        opts={"home": True},
    ),
    Story(
        2271, "chuyen-doi-so", "Hội nghị tập huấn chuyển đổi số trong quản lý giáo dục năm 2026",
        "1", "2026-10-30T14:00:00+07:00",
        [
            P("Từ ngày 28 đến 30/10/2026, tại thành phố Hà Giang, Sở GD&ĐT tổ chức tập huấn chuyển đổi "
              "số trong quản lý giáo dục cho 230 cán bộ quản lý các trường học trên địa bàn tỉnh."),
            P("Các học viên được hướng dẫn khai thác cơ sở dữ liệu ngành, sử dụng học bạ số, sổ điểm điện "
              "tử và hệ thống quản lý văn bản điều hành liên thông."),
            Raw('<p><strong>Xem thêm:</strong> <a href="/Pages/ChiTiet.aspx?ID=2285">Hà Giang: Nhân rộng mô hình '
                'trường học an toàn, phòng chống tai nạn thương tích</a></p>'),
            Img(up("chuyen-doi-so.jpg", "10"), "Cán bộ quản lý thực hành trên hệ thống học bạ số.",
                "Cán bộ quản lý thực hành trên hệ thống học bạ số.", "span"),
            P("Kết thúc hội nghị, 100% học viên hoàn thành bài kiểm tra cuối khóa. Sở GD&ĐT yêu cầu các "
              "đơn vị triển khai học bạ số đối với lớp 1, lớp 6 và lớp 10 ngay trong học kỳ I."),
            right("Tin, ảnh: Vũ Thị Lan"),
        ],
        authors=["Vũ Thị Lan"], photographers=["Vũ Thị Lan"],
        summary="Nhằm đẩy mạnh ứng dụng công nghệ thông tin, Sở GD&ĐT tổ chức hội nghị tập huấn chuyển đổi số "
                "cho cán bộ quản lý các trường học.",
        sapo_outside=True,
    ),
    Story(
        2240, "hoi-khoe-phu-dong", "Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XII năm 2026",
        "1", "2026-10-12T09:00:00+07:00",
        [
            P("Sáng 12/10, tại Sân vận động tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du lịch "
              "khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XII năm 2026."),
            P("Hội khỏe năm nay có hơn 1.500 vận động viên là học sinh của 11 huyện, thành phố tranh tài ở "
              "9 môn: điền kinh, bóng đá, bóng chuyền, cầu lông, cờ vua, bơi, đẩy gậy, kéo co và ném còn."),
            Img(up("hkpd-khai-mac.jpg", "10"), "Màn đồng diễn của học sinh thành phố Hà Giang.",
                "Màn đồng diễn của học sinh thành phố Hà Giang.", "plain"),
            P("Lịch thi đấu các môn chính:", "h"),
            P("Môn | Thời gian | Địa điểm", "tr"),
            P("Điền kinh | 13 - 14/10 | Sân vận động tỉnh", "tr"),
            P("Bóng đá | 12 - 16/10 | Sân Trường THPT Chuyên", "tr"),
            P("Đẩy gậy, kéo co | 15/10 | Nhà thi đấu tỉnh", "tr"),
            Img(up("hkpd-2.jpg", "10"), None, None, "none"),
            P("Hội khỏe Phù Đổng là dịp để đánh giá kết quả công tác giáo dục thể chất trong trường học, "
              "đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc."),
            Raw('<p style="text-align: right;"><em>Phạm Tuấn</em></p>'),
        ],
        authors=["Phạm Tuấn"],
    ),
    # --- Giáo dục dân tộc ---------------------------------------------------------------
    Story(
        2301, "ngay-hoi-van-hoa-lung-cu", "Trường PTDTBT TH Lũng Cú tổ chức Ngày hội văn hóa các dân tộc",
        "2", "2026-11-20T07:45:00+07:00",
        [
            P("Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam, ngày 18/11, Trường PTDTBT TH Lũng Cú (huyện Đồng "
              "Văn) tổ chức Ngày hội văn hóa các dân tộc với sự tham gia của gần 400 học sinh."),
            P("Học sinh các lớp trình diễn trang phục truyền thống của dân tộc Mông, Lô Lô, Dao; thi gói "
              "bánh chưng gù, làm bánh tam giác mạch và các trò chơi dân gian như ném pao, đánh quay."),
            Img(up("lung-cu-1.jpg"), "Học sinh dân tộc Lô Lô trình diễn trang phục truyền thống.",
                "Học sinh dân tộc Lô Lô trình diễn trang phục truyền thống.", "em"),
            P("Cô giáo Lò Thị Xuân chia sẻ: “Qua ngày hội, các em thêm tự hào về bản sắc của dân tộc mình, "
              "mạnh dạn giao tiếp bằng tiếng Việt hơn”."),
            Img(up("lung-cu-2.jpg"), "Trò chơi ném pao thu hút đông đảo học sinh.",
                "Trò chơi ném pao thu hút đông đảo học sinh.", "em"),
            right("Tin: Lò Thị Xuân (Trường PTDTBT TH Lũng Cú)"),
        ],
        authors=["Lò Thị Xuân"],
        opts={"home": True},
    ),
    Story(
        2279, "day-tieng-viet-dtts", "Nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số vùng cao",
        "2", "2026-11-04T15:30:00+07:00",
        [
            P("Hơn 88% học sinh tiểu học của Hà Giang là người dân tộc thiểu số; tăng cường tiếng Việt "
              "vì thế là nhiệm vụ trọng tâm, xuyên suốt của ngành trong nhiều năm qua.", "lead"),
            P("1. Chuẩn bị tiếng Việt từ bậc mầm non", "h"),
            P("Toàn tỉnh duy trì 1.126 nhóm, lớp mầm non thực hiện đề án tăng cường tiếng Việt; mỗi lớp "
              "xây dựng “góc tiếng Việt” với tranh ảnh, đồ vật gần gũi với cuộc sống của trẻ."),
            P("2. Giáo viên biết tiếng dân tộc", "h"),
            P("Sở GD&ĐT phối hợp với Trường Cao đẳng Sư phạm tổ chức các lớp bồi dưỡng tiếng Mông, tiếng "
              "Dao cho 640 giáo viên; nhiều thầy cô đã dùng song ngữ trong những tuần đầu lớp 1."),
            P("3. Huy động cộng đồng", "h"),
            P("Các trường mời già làng, trưởng bản, người có uy tín tham gia “Ngày hội đọc” và các buổi kể "
              "chuyện, giúp học sinh có thêm môi trường sử dụng tiếng Việt ngoài giờ học."),
            P("Kết quả, tỷ lệ học sinh lớp 1 đọc thông, viết thạo cuối học kỳ I năm học trước đạt 94,6%, "
              "tăng 3,1% so với cùng kỳ."),
            right("Minh Đức - Phòng GDDT"),
        ],
        authors=["Minh Đức"],
        summary="Hơn 88% học sinh tiểu học của Hà Giang là người dân tộc thiểu số; tăng cường tiếng Việt "
                "vì thế là nhiệm vụ trọng tâm, xuyên suốt của ngành trong nhiều năm qua.",
    ),
    Story(
        2262, "ho-tro-gao", "Hỗ trợ gạo cho học sinh bán trú học kỳ I năm học 2026-2027",
        "2", "2026-10-26T08:00:00+07:00",
        [
            P("Thực hiện Nghị định số 66/2025/NĐ-CP của Chính phủ, học kỳ I năm học 2026-2027 toàn tỉnh có "
              "62.418 học sinh được hỗ trợ gạo với tổng số 1.685 tấn."),
            P("Gạo được vận chuyển đến tận các điểm trường; nhà trường có trách nhiệm tiếp nhận, bảo quản "
              "và cấp phát công khai cho học sinh, có sự giám sát của Ban đại diện cha mẹ học sinh."),
            Raw(
                '<div class="tinlienquan"><p class="tlq-title"><strong>Tin liên quan:</strong></p><ul>'
                '<li><a href="/Pages/ChiTiet.aspx?ID=2279">Nâng cao chất lượng dạy tiếng Việt cho học sinh '
                'dân tộc thiểu số vùng cao</a> (04/11/2026)</li>'
                '<li><a href="/Pages/ChiTiet.aspx?ID=2301">Trường PTDTBT TH Lũng Cú tổ chức Ngày hội văn hóa '
                'các dân tộc</a> (20/11/2026)</li>'
                '<li><a href="/Pages/ChiTiet.aspx?ID=2253">Đối thoại với giáo viên cắm bản: Giữ chân thầy cô '
                'nơi vùng cao</a> (20/10/2026)</li></ul></div>'
            ),
            P("Các đơn vị tuyệt đối không để xảy ra tình trạng gạo bị ẩm mốc, hư hỏng hoặc sử dụng sai mục "
              "đích."),
            P("Mọi thông tin xin liên hệ: Phòng Giáo dục Dân tộc, số điện thoại 0219.3866.215."),
        ],
    ),
    # --- Phỏng vấn - Đối thoại ------------------------------------------------------------
    Story(
        2299, "pv-giam-doc-so", "Giám đốc Sở GD&ĐT: “Không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn”",
        "3", "2026-11-17T09:10:00+07:00",
        [
            Img(up("pv-giam-doc.jpg"), "Ông Phạm Văn Hòa, Giám đốc Sở GD&ĐT Hà Giang.",
                "Ông Phạm Văn Hòa, Giám đốc Sở GD&ĐT Hà Giang.", "em"),
            P("PV: Xin ông cho biết những kết quả nổi bật của ngành Giáo dục Hà Giang trong năm học vừa qua?", "q"),
            P(f"{GD} Năm học 2025-2026, quy mô trường lớp tiếp tục được củng cố; tỷ lệ huy động trẻ 6 tuổi "
              "vào lớp 1 đạt 99,9%, học sinh 11-14 tuổi đi học đạt 98,2%. Chất lượng mũi nhọn có bước tiến "
              "rõ rệt với 9 giải học sinh giỏi quốc gia.", "a"),
            P("Đặc biệt, chúng tôi đã xóa được 214 phòng học tạm, phòng học nhờ ở các huyện vùng cao núi đá.", ""),
            P("PV: Tình trạng học sinh bỏ học giữa chừng vẫn còn ở một số địa phương, ngành có giải pháp gì?", "q"),
            P(f"{GD} Chúng tôi giao chỉ tiêu duy trì sĩ số đến từng trường, từng giáo viên chủ nhiệm. Giáo "
              "viên phải đến tận nhà học sinh nghỉ học từ 3 ngày trở lên để tìm hiểu nguyên nhân.", "a"),
            P("Với các em có hoàn cảnh đặc biệt khó khăn, Sở phối hợp với Hội Khuyến học, các nhà hảo tâm "
              "hỗ trợ học bổng, quần áo ấm, chăn màn. Mục tiêu của chúng tôi là không để học sinh nào phải "
              "bỏ học vì hoàn cảnh khó khăn.", ""),
            P("PV: Ông có nhắn gửi gì tới đội ngũ nhà giáo nhân dịp 20/11?", "q"),
            P(f"{GD} Tôi mong các thầy cô giữ vững tâm huyết, tiếp tục bám trường, bám lớp. Ngành sẽ kiến "
              "nghị tỉnh có thêm chính sách hỗ trợ nhà ở công vụ cho giáo viên vùng đặc biệt khó khăn.", "a"),
            P("PV: Xin cảm ơn ông!", "q"),
            right("Thu Hà (thực hiện)"),
        ],
        authors=["Thu Hà"],
        summary="Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, phóng viên có cuộc trao đổi với ông Phạm Văn "
                "Hòa, Giám đốc Sở GD&ĐT Hà Giang, về những kết quả và giải pháp của ngành.",
        sapo_outside=True,
        opts={"home": True},
    ),
    Story(
        2276, "pv-thi-tot-nghiep", "Đổi mới thi tốt nghiệp THPT: Hà Giang chuẩn bị từ sớm",
        "3", "2026-11-02T16:00:00+07:00",
        [
            P("Kỳ thi tốt nghiệp THPT năm 2027 là năm thứ ba tổ chức theo Chương trình GDPT 2018. Phóng viên "
              "đã trao đổi với bà Nguyễn Thị Minh Nguyệt, Phó Giám đốc Sở GD&ĐT, về công tác chuẩn bị.", "lead"),
            P("PV: Thưa bà, ngành đã chuẩn bị cho kỳ thi năm 2027 như thế nào?", "q"),
            P(f"{PGD} Ngay từ đầu năm học, Sở đã hướng dẫn các trường tổ chức dạy học phân hóa theo tổ hợp "
              "môn lựa chọn, rà soát nguyện vọng của học sinh lớp 12 để bố trí giáo viên phù hợp.", "a"),
            Raw('<p><em>Xem thêm:</em> <a href="/Pages/ChiTiet.aspx?ID=2288&amp;CatID=4">Thông báo lịch thi chọn '
                'học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027</a></p>'),
            P("PV: Học sinh vùng cao gặp khó khăn gì khi ôn thi?", "q"),
            P(f"{PGD} Khó khăn lớn nhất là tài liệu và kết nối Internet. Chúng tôi đã xây dựng ngân hàng "
              "đề ôn tập dùng chung, in và gửi đến các trường không có mạng ổn định.", "a"),
            P("Các trường PTDTNT, PTDTBT tổ chức ôn tập buổi tối cho học sinh ở bán trú.", ""),
            P("PV: Xin cảm ơn bà!", "q"),
            right("Thanh Tâm (thực hiện)"),
        ],
        authors=["Thanh Tâm"],
        summary="Kỳ thi tốt nghiệp THPT năm 2027 là năm thứ ba tổ chức theo Chương trình GDPT 2018. Phóng viên "
                "đã trao đổi với bà Nguyễn Thị Minh Nguyệt, Phó Giám đốc Sở GD&ĐT, về công tác chuẩn bị.",
    ),
    Story(
        2253, "doi-thoai-giao-vien-cam-ban", "Đối thoại với giáo viên cắm bản: Giữ chân thầy cô nơi vùng cao",
        "3", "2026-10-20T10:30:00+07:00",
        [
            P("Trường PTDTBT THCS Sủng Là (huyện Đồng Văn) có 31 giáo viên thì 19 người quê ở miền xuôi. "
              "Chúng tôi đã trò chuyện với thầy Hiệu trưởng về chuyện giữ chân giáo viên."),
            P("PV: Điều gì khiến giáo viên muốn rời vùng cao nhất, thưa thầy?", "q"),
            P(f"{HT} Không phải cái lạnh hay đường sá, mà là nỗi nhớ gia đình. Nhiều thầy cô cả năm chỉ về "
              "nhà được hai, ba lần.", "a"),
            P("PV: Nhà trường đã làm gì để giúp các thầy cô?", "q"),
            P(f"{HT} Chúng tôi sửa lại nhà công vụ, làm bếp chung, trồng rau, nuôi gà để cải thiện bữa ăn; "
              "sắp xếp thời khóa biểu để giáo viên có thể về thăm nhà vào cuối tháng.", "a"),
            Img(up("sung-la-cong-vu.jpg", "10"), "Khu nhà công vụ của giáo viên Trường PTDTBT THCS Sủng Là.",
                "Khu nhà công vụ của giáo viên Trường PTDTBT THCS Sủng Là.", "em"),
            P("PV: Xin cảm ơn thầy!", "q"),
            right("Thu Hà (thực hiện)"),
        ],
        authors=["Thu Hà"],
    ),
    # --- Thông báo -----------------------------------------------------------------------
    Story(
        2303, "tb-tuyen-dung", "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "4", "2026-11-21T14:20:00+07:00",
        [
            P("Sở GD&ĐT tỉnh Hà Giang thông báo tuyển dụng 186 chỉ tiêu viên chức giáo dục năm 2026 vào các "
              "trường THPT, PTDTNT trực thuộc Sở. Hình thức tuyển dụng: xét tuyển."),
            P("Thời gian nhận hồ sơ từ ngày 23/11/2026 đến hết ngày 22/12/2026 (trong giờ hành chính) tại "
              "Phòng Tổ chức cán bộ, Sở GD&ĐT. Chi tiết xem tại file đính kèm."),
            Raw('<p>Tải file đính kèm: <a href="/Uploads/Files/2026/TB-tuyen-dung-2026.pdf" target="_blank">'
                'TB-tuyen-dung-2026.pdf</a></p>'),
        ],
        opts={"home": True},
    ),
    Story(
        2288, "tb-lich-thi-hsg", "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "4", "2026-11-10T08:00:00+07:00",
        [
            P("Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 được tổ chức trong các ngày 08 "
              "và 09/12/2026 tại Trường THPT Chuyên Hà Giang."),
            P("Các đơn vị hoàn thành đăng ký dự thi trên hệ thống quản lý thi trước ngày 25/11/2026."),
            Raw('<p><strong>Tải file đính kèm:</strong> <a href="/Uploads/Files/2026/Lich-thi-HSG-12.pdf">'
                'Lich-thi-HSG-12.pdf</a></p>'),
        ],
    ),
]

BY_ID = {s.id: s for s in STORIES}


def when(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=when, reverse=True)


def in_cat(cat: str) -> list[Story]:
    return by_date([s for s in STORIES if s.cat == cat])


def detail_path(story: Story, with_cat: bool = False) -> str:
    return f"/Pages/ChiTiet.aspx?ID={story.id}" + (f"&CatID={story.cat}" if with_cat else "")


GOLD = [
    gold_record(s, detail_path(s), CATEGORIES[s.cat], alt_paths=[detail_path(s, True)])
    for s in by_date(STORIES)
]

QA = {
    12: ("Chế độ phụ cấp thu hút đối với giáo viên công tác tại xã đặc biệt khó khăn",
         "Nguyễn Văn A (Vị Xuyên)", "12/11/2026",
         "Tôi là giáo viên tiểu học, chuyển công tác đến xã Thượng Sơn từ tháng 9/2026. Xin hỏi tôi có được "
         "hưởng phụ cấp thu hút không và thủ tục thế nào?",
         "Theo Nghị định số 76/2019/NĐ-CP, giáo viên công tác ở xã đặc biệt khó khăn được hưởng phụ cấp thu "
         "hút bằng 70% mức lương hiện hưởng. Đề nghị ông liên hệ bộ phận kế toán nhà trường để được hướng dẫn "
         "hồ sơ."),
    15: ("Thủ tục chuyển trường cho học sinh THCS từ tỉnh khác về Hà Giang",
         "Hoàng Thị Mai (TP Hà Giang)", "05/11/2026",
         "Con tôi đang học lớp 7 tại Thái Nguyên, gia đình chuyển về Hà Giang sinh sống. Xin hỏi thủ tục "
         "chuyển trường gồm những gì?",
         "Hồ sơ gồm đơn xin chuyển trường, học bạ, giấy giới thiệu của trường nơi đi. Phụ huynh nộp hồ sơ "
         "tại trường nơi đến; Phòng GD&ĐT thành phố xem xét, giải quyết trong 3 ngày làm việc."),
    9: ("Điều kiện xét miễn học phí cho học sinh THPT",
        "Lù Văn Sính (Mèo Vạc)", "28/10/2026",
        "Xin hỏi con tôi học lớp 10 ở huyện Mèo Vạc có được miễn học phí không?",
        "Học sinh THPT có hộ khẩu thường trú tại xã đặc biệt khó khăn được miễn học phí theo quy định hiện "
        "hành."),
}
DOCS = {
    345: ("1562/QĐ-SGDĐT", "14/11/2026", "Quyết định công nhận kết quả Cuộc thi Khoa học kỹ thuật cấp tỉnh "
          "dành cho học sinh trung học năm học 2026-2027", "Quyết định", "QD-1562-KHKT.pdf"),
    341: ("2105/SGDĐT-GDTrH", "06/11/2026", "V/v hướng dẫn tổ chức dạy học phân hóa lớp 12 năm học 2026-2027",
          "Công văn", "CV-2105-GDTrH.pdf"),
    338: ("1498/KH-SGDĐT", "28/10/2026", "Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Nhà giáo Việt Nam",
          "Kế hoạch", "KH-1498.pdf"),
}

NON_ARTICLES = [
    "/Pages/HoiDap.aspx",
    "/Pages/HoiDapChiTiet.aspx?ID=12",
    "/Pages/HoiDapChiTiet.aspx?ID=15",
    "/Pages/VanBan.aspx?ID=345",
    "/Pages/GioiThieu.aspx",
    "/Pages/LienHe.aspx",
]


# --- rendering ------------------------------------------------------------------------------


def ddmmyyyy(story: Story) -> str:
    return when(story).strftime("%d/%m/%Y")


def date_line(story: Story) -> str:
    d = when(story)
    return f"Cập nhật lúc: {d:%H:%M}, {WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def render_p(p: P) -> str:
    t = esc(p.text)
    if p.style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "h":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "q":
        return f'<p style="text-align: justify;"><strong><em>{t}</em></strong></p>'
    if p.style == "a":
        speaker, rest = p.text.split(": ", 1)
        return f'<p style="text-align: justify;"><strong>{esc(speaker)}:</strong> {esc(rest)}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_img(img: Img) -> str:
    tag = f'<p style="text-align: center;"><img alt="" src="{img.src}" style="width: 500px; height: 333px;" /></p>'
    if img.printed is None:
        return tag
    line = esc(img.printed)
    if img.style == "em":
        return tag + f'\n<p style="text-align: center;"><em>{line}</em></p>'
    if img.style == "span":
        return tag + f'\n<p style="text-align: center;"><span style="font-size: 12px;"><em>{line}</em></span></p>'
    return tag + f'\n<p style="text-align: center;">{line}</p>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style.startswith("li"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("li"):
                item = blocks[i]
                url = item.style[3:]
                if url:
                    name, rest = item.text.split(" – ", 1)
                    items.append(f'<li><a href="{url}" target="_blank">{esc(name)}</a> – {esc(rest)}</li>')
                else:
                    items.append(f"<li>{esc(item.text)}</li>")
                i += 1
            out.append("<ol>\n" + "\n".join(items) + "\n</ol>")
            continue
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        if isinstance(b, P):
            out.append(render_p(b))
        elif isinstance(b, Img):
            out.append(render_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def form_fields(seed: str) -> str:
    return (
        '<div class="aspNetHidden">\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed)}" />\n'
        "</div>\n"
        '<script type="text/javascript">\n//<![CDATA[\nvar theForm = document.forms[\'aspnetForm\'];\n'
        "if (!theForm) { theForm = document.aspnetForm; }\n"
        "function __doPostBack(eventTarget, eventArgument) {\n"
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\n"
        "        theForm.__EVENTTARGET.value = eventTarget;\n"
        "        theForm.__EVENTARGUMENT.value = eventArgument;\n        theForm.submit();\n    }\n}\n"
        "//]]>\n</script>\n"
    )


def viewstate(seed: str) -> str:
    return opaque("vs:" + seed, 420, b"\xff\x01")


def eventvalidation(cat: str) -> str:
    return opaque("ev:" + cat, 96)


def layout(title: str, main: str, action: str, seed: str, cat: str | None = None) -> str:
    menu = "".join(
        f'<li><a href="/Pages/TinTuc.aspx?CatID={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    tree = "".join(
        f'<li class="lv1"><a href="/Pages/TinTuc.aspx?CatID={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    docs = "".join(
        f'<li><a href="/Pages/VanBan.aspx?ID={i}">{esc(d[0])}</a> <span class="date">({d[1]})</span><br/>'
        f"{esc(d[2][:60])}…</li>"
        for i, d in DOCS.items()
    )
    most_read = "".join(
        f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in [BY_ID[2298], BY_ID[2285], BY_ID[2279]]
    )
    qa = "".join(
        f'<li><a href="/Pages/HoiDapChiTiet.aspx?ID={i}">{esc(q[0])}</a></li>' for i, q in list(QA.items())[:2]
    )
    ev = (
        f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{eventvalidation(cat)}" />'
        if cat
        else f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{eventvalidation("x")}" />'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)}
</title><link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.2.min.js" type="text/javascript"></script></head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
{form_fields(seed)}
<div id="wrapper"><a name="top"></a>
<div id="header">
  <div class="banner"><a href="/Default.aspx"><img src="/Images/banner_sgddt.jpg" alt="{esc(SITE)}" /></a></div>
  <div class="topbar"><span id="ctl00_lblNgay" class="ngay">{HEADER_TODAY}</span>
  <span class="search"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="txtsearch" />
  <input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" /></span></div>
  <ul id="topmenu"><li><a href="/Default.aspx">Trang chủ</a></li><li><a href="/Pages/GioiThieu.aspx">Giới thiệu</a></li>
  {menu}<li><a href="/Pages/HoiDap.aspx">Hỏi đáp</a></li><li><a href="/Pages/LienHe.aspx">Liên hệ</a></li></ul>
</div>
<div id="content">
<div id="left">
  <div class="box"><div class="box_title">Danh mục</div><ul class="menutree">
  <li class="lv1"><a href="/Pages/GioiThieu.aspx">Giới thiệu chung</a></li>{tree}</ul></div>
  <div class="box"><div class="box_title">Văn bản mới</div><ul class="vanbanmoi">{docs}</ul></div>
  <div class="box"><div class="box_title">Liên kết website</div>
  <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
  <option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="http://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option></select></div>
</div>
<div id="main">
{main}
</div>
<div id="right">
  <div class="box"><div class="box_title">Lịch công tác</div><ul class="lichcongtac">
  <li><b>Thứ Hai, 23/11/2026:</b> Giám đốc Sở dự Hội nghị giao ban khối Văn hóa - Xã hội.</li>
  <li><b>Thứ Năm, 26/11/2026:</b> Phó Giám đốc Sở kiểm tra công tác bán trú tại huyện Mèo Vạc.</li>
  <li><b>Thứ Sáu, 27/11/2026, 14:00:</b> Họp Hội đồng thi đua khen thưởng ngành.</li></ul></div>
  <div class="box"><div class="box_title">Tin đọc nhiều</div><ul>{most_read}</ul></div>
  <div class="box"><div class="box_title">Hỏi đáp</div><ul class="hoidap">{qa}</ul>
  <a href="/Pages/HoiDap.aspx" class="xemtiep">Xem tất cả »</a></div>
  <div class="box"><div class="box_title">Thống kê truy cập</div><table class="thongke">
  <tr><td>Đang online:</td><td><span id="ctl00_lblOnline">37</span></td></tr>
  <tr><td>Hôm nay:</td><td><span id="ctl00_lblHomNay">1.204</span></td></tr>
  <tr><td>Tổng truy cập:</td><td><span id="ctl00_lblTong">3.456.789</span></td></tr></table></div>
</div>
</div>
<div id="footer"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE.upper())}</strong></p>
<p>Địa chỉ: Số 268, đường Trần Hưng Đạo, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
<p>Điện thoại: 0219.3866.082 - Fax: 0219.3866.107 - Email: sogddt@hagiang.edu.vn</p>
<p>Ghi rõ nguồn “Sở GD&amp;ĐT Hà Giang” khi phát hành lại thông tin từ website này. Thiết kế bởi Cổng TTĐT.</p></div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
{ev}
</div></form>
</body>
</html>"""


def item_row(story: Story, with_cat: bool = True) -> str:
    return (
        f'<div class="item"><a href="{esc(detail_path(story, with_cat))}"><img class="thumb" src="{story.images[0].src if story.images else "/Images/noimage.jpg"}" alt="" /></a>'
        f'<a class="title" href="{esc(detail_path(story, with_cat))}">{esc(story.title)}</a>'
        f' <span class="date">({ddmmyyyy(story)})</span>'
        f'<p class="desc">{esc((story.summary or story.paragraphs[0])[:160])}…</p></div>'
    )


def home(request: Request) -> Response:
    featured = by_date([s for s in STORIES if s.opts.get("home")])
    top, rest = featured[0], featured[1:6]
    boxes = "".join(
        f'<div class="box_cat"><div class="box_cat_title"><a href="/Pages/TinTuc.aspx?CatID={k}">{esc(v)}</a></div><ul>'
        + "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a></li>' for s in in_cat(k)[:3] if s.opts.get("home") or k != "1")
        + "</ul></div>"
        for k, v in CATEGORIES.items()
    )
    main = (
        f'<div class="tinnoibat">{item_row(top, False)}</div>'
        '<div class="tinmoi"><div class="box_title">Tin mới</div><ul>'
        + "".join(f'<li><a href="{detail_path(s)}">{esc(s.title)}</a> <span class="date">({ddmmyyyy(s)})</span></li>' for s in rest)
        + "</ul></div>" + boxes
    )
    return html(layout(f"{SITE} - Trang chủ", main, "./Default.aspx", "home"))


def listing(request: Request) -> Response | None:
    cat = request.params.get("CatID", "")
    if cat not in CATEGORIES:
        return None
    page = 1
    if request.method == "POST":
        form = request.form
        if form.get("__EVENTTARGET") == PAGER_TARGET:
            if form.get("__EVENTVALIDATION") != eventvalidation(cat) or not form.get("__VIEWSTATE"):
                return html(
                    "<html><head><title>Invalid postback or callback argument.</title></head><body>"
                    "<h1>Server Error in '/' Application.</h1><h2><i>Invalid postback or callback argument."
                    "</i></h2></body></html>",
                    status=500,
                )
            arg = form.get("__EVENTARGUMENT", "1")
            page = int(arg) if arg.isdigit() else 1
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    page = min(max(page, 1), pages)
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            if n == page:
                links.append(f'<span class="current">{n}</span>')
            else:
                links.append(
                    f'<a id="ctl00_ContentMain_rptPager_ctl0{n - 1}_lnkPage" '
                    f"href=\"javascript:__doPostBack(&#39;{PAGER_TARGET}&#39;,&#39;{n}&#39;)\">{n}</a>"
                )
        pager = '<div class="pager">Trang: ' + " ".join(links) + "</div>"
    name = CATEGORIES[cat]
    main = (
        f'<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <span>{esc(name)}</span></div>'
        f'<div class="cat_title"><h2>{esc(name)}</h2></div><div class="list_news">'
        + "".join(item_row(s) for s in chunk)
        + "</div>" + pager
    )
    return html(layout(f"{name} - {SITE}", main, f"./TinTuc.aspx?CatID={cat}", f"cat{cat}p{page}", cat))


def article(request: Request) -> Response | None:
    raw = request.params.get("ID", "")
    story = BY_ID.get(int(raw)) if raw.isdigit() else None
    if story is None or request.params.get("CatID", story.cat) != story.cat:
        return None
    if set(request.params) - {"ID", "CatID"}:
        return None
    name = CATEGORIES[story.cat]
    sapo = (
        f'<div class="sapo"><span id="ctl00_ContentMain_lblTomTat"><strong>{esc(story.summary)}</strong></span></div>'
        if story.sapo_outside
        else ""
    )
    others = [s for s in in_cat(story.cat) if s is not story][:3]
    old = "".join(
        f'<li><a href="{esc(detail_path(s, True))}">{esc(s.title)}</a> <span class="date">({ddmmyyyy(s)})</span></li>'
        for s in others
    )
    main = f"""<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <a href="/Pages/TinTuc.aspx?CatID={story.cat}">{esc(name)}</a></div>
<div class="detail">
<h1 class="title_detail"><span id="ctl00_ContentMain_lblTieuDe">{esc(story.title)}</span></h1>
<span id="ctl00_ContentMain_lblNgayDang" class="date_detail">{date_line(story)}</span>
{sapo}
<div id="ctl00_ContentMain_pnlNoiDung" class="content_detail">
{render_body(story)}
</div>
<div class="tool"><a href="javascript:window.print();">In trang</a> | <a href="javascript:void(0);" onclick="GuiEmail({story.id});">Gửi email</a> | <a href="#top">Lên đầu trang</a></div>
<div class="cactindadua"><div class="box_title">Các tin đã đưa</div><ul>{old}</ul></div>
</div>"""
    action = "./ChiTiet.aspx?" + request.query
    return html(layout(f"{story.title} - {SITE}", main, action, f"ct{story.id}"))


def qa_list(request: Request) -> Response:
    items = "".join(
        f'<div class="item_hd"><a class="title" href="/Pages/HoiDapChiTiet.aspx?ID={i}">{esc(q[0])}</a>'
        f'<p>Người hỏi: {esc(q[1])} - Ngày gửi: {q[2]}</p></div>'
        for i, q in QA.items()
    )
    main = (
        '<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <span>Hỏi đáp</span></div>'
        f'<div class="cat_title"><h2>Hỏi đáp</h2></div>{items}'
        '<div class="guicauhoi"><h3>Gửi câu hỏi</h3><p>Họ tên: <input name="ctl00$ContentMain$txtHoTen" type="text" /></p>'
        '<p>Nội dung: <textarea name="ctl00$ContentMain$txtNoiDung" rows="5"></textarea></p>'
        '<input type="submit" name="ctl00$ContentMain$btnGui" value="Gửi câu hỏi" /></div>'
    )
    return html(layout(f"Hỏi đáp - {SITE}", main, "./HoiDap.aspx", "hoidap"))


def qa_detail(request: Request) -> Response | None:
    raw = request.params.get("ID", "")
    q = QA.get(int(raw)) if raw.isdigit() else None
    if q is None:
        return None
    title, asker, day, question, answer = q
    main = f"""<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <a href="/Pages/HoiDap.aspx">Hỏi đáp</a></div>
<div class="detail">
<h1 class="title_detail">{esc(title)}</h1>
<span class="date_detail">Ngày gửi: {day}</span>
<div class="content_detail">
<p><strong>Câu hỏi:</strong></p>
<p>{esc(question)}</p>
<p><em>Người hỏi: {esc(asker)}</em></p>
<p><strong>Trả lời:</strong></p>
<p>{esc(answer)}</p>
<p style="text-align: right;"><strong>Sở Giáo dục và Đào tạo</strong></p>
</div></div>"""
    return html(layout(f"{title} - Hỏi đáp", main, f"./HoiDapChiTiet.aspx?ID={raw}", f"hd{raw}"))


def doc_entry(request: Request) -> Response | None:
    raw = request.params.get("ID", "")
    d = DOCS.get(int(raw)) if raw.isdigit() else None
    if d is None:
        return None
    so, day, trich, loai, file = d
    main = f"""<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <span>Văn bản</span></div>
<div class="vanban_detail"><h2>Chi tiết văn bản</h2><table class="tbl_vanban" border="1" cellpadding="5">
<tr><td>Số ký hiệu</td><td>{esc(so)}</td></tr><tr><td>Ngày ban hành</td><td>{day}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(loai)}</td></tr><tr><td>Cơ quan ban hành</td><td>Sở GD&amp;ĐT Hà Giang</td></tr>
<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>
<tr><td>File đính kèm</td><td><a href="/Uploads/Files/VanBan/{file}">{file}</a></td></tr></table></div>"""
    return html(layout(f"{so} - Văn bản", main, f"./VanBan.aspx?ID={raw}", f"vb{raw}"))


def static_page(title: str, content: str, action: str) -> Response:
    main = (
        f'<div class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> » <span>{esc(title)}</span></div>'
        f'<div class="detail"><h1 class="title_detail">{esc(title)}</h1><div class="content_detail">{content}</div></div>'
    )
    return html(layout(f"{title} - {SITE}", main, action, action))


GIOI_THIEU = (
    "<p>Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh "
    "quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
    "<p><strong>Lãnh đạo Sở:</strong></p><ul><li>Ông Phạm Văn Hòa - Giám đốc Sở</li>"
    "<li>Bà Nguyễn Thị Minh Nguyệt - Phó Giám đốc Sở</li></ul>"
    "<p>Các phòng chuyên môn: Văn phòng, Phòng Tổ chức cán bộ, Phòng GDTrH, Phòng GDTH, Phòng GDDT, "
    "Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p>"
)
LIEN_HE = (
    "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>"
    "<p>Địa chỉ: Số 268, đường Trần Hưng Đạo, phường Nguyễn Trãi, thành phố Hà Giang</p>"
    "<p>Điện thoại: 0219.3866.082 - Fax: 0219.3866.107</p><p>Email: sogddt@hagiang.edu.vn</p>"
    '<table><tr><td>Họ tên:</td><td><input name="ctl00$ContentMain$txtTen" type="text" /></td></tr>'
    '<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentMain$txtND"></textarea></td></tr></table>'
    '<input type="submit" name="ctl00$ContentMain$btnGui" value="Gửi" />'
)


class AspNetSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if lower.endswith(".pdf") and lower.startswith("/uploads/files/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (asset := static_file(path)) is not None:
            return asset
        if path == "/":
            return redirect("/Default.aspx")
        if lower == "/default.aspx":
            return home(request)
        if lower == "/pages/tintuc.aspx":
            return listing(request)
        if lower == "/pages/chitiet.aspx":
            return article(request)
        if lower == "/pages/hoidap.aspx":
            return qa_list(request)
        if lower == "/pages/hoidapchitiet.aspx":
            return qa_detail(request)
        if lower == "/pages/vanban.aspx":
            return doc_entry(request)
        if lower == "/pages/gioithieu.aspx":
            return static_page("Giới thiệu", GIOI_THIEU, "./GioiThieu.aspx")
        if lower == "/pages/lienhe.aspx":
            return static_page("Liên hệ", LIEN_HE, "./LienHe.aspx")
        return None


def build_site() -> AspNetSite:
    return AspNetSite()

