"""Sở Giáo dục và Đào tạo tỉnh Kon Tum inside the province's vendor e-government portal
("Cổng thông tin điện tử tỉnh Kon Tum"): a Java/JSP portal product sold to provinces, one
installation hosting every department (Sở) under its own path prefix.

Platform
--------
A JSP portlet container: every page is a grid of portlet boxes ("khung") each with a title bar
("tieude-khung") and a body ("noidung-khung"). The look is the classic "Cổng TTĐT": a red/blue banner
with the national emblem (``quoc-huy.png``), a top bar linking the other agencies of the same
installation (``/soyte/``, ``/sotnmt/``, the province's ``/``), a blue menu, and the header's
today ("Thứ Sáu, ngày 04/12/2026") beside a scrolling ``<marquee>`` "Tin mới". Class names are the
vendor's Vietnamese abbreviations: ``tieude-tin`` (headline), ``ngay-dang`` (date line),
``tt-tab`` (tab set), ``tt-noidung`` (article text), ``cong-cu`` (tool row), ``tin-khac``.

Common boxes on every Sở page (left or right column): "Thông tin cần biết" (links), "Thời tiết"
("Thời tiết Kon Tum 24°C"), "Thống kê truy cập" ("Đang online: 18 | Hôm nay: 1.204 | Tổng:
2.310.554"), "Liên kết website" (a select), "Thăm dò ý kiến" (a poll form), and on some pages a box
whose portlet failed its permission check: "Bạn chưa có đủ quyền truy nhập portlet này.".
Footer: "Cơ quan chủ quản: UBND tỉnh Kon Tum … Giấy phép số …".

URL scheme
----------
- ``/`` the province portal's home (links to the three agencies); ``/sgddt/`` the Sở's home
  (START_PATH): a featured story, a tabbed box of the newest stories per category (all panels in
  the HTML, three hidden), "Tin mới" list.
- ``/sgddt/tin-tuc`` all news, ``/sgddt/tin-tuc?cat=<c>`` one category (``cat`` = 101..104);
  ``&trang=<n>`` pages, 7 per page, pager "Trang: [1] 2 Sau »" (current page in brackets, no link).
- Articles: ``/sgddt/tin-tuc/chi-tiet?id=<n>`` (the gold path: "Các tin khác" links it),
  the same article at ``/sgddt/tin-tuc/chi-tiet?id=<n>&cat=<c>`` (the listings' links),
  ``/sgddt/tin-tuc/<n>/<slug>`` (the home page's links), ``/sgddt/tin-tuc/chi-tiet;jsessionid=<SID>?id=<n>``
  (the marquee, URL-rewritten by the container for cookie-less visitors) and the print view
  ``/sgddt/tin-tuc/in-bai?id=<n>`` ("In bài"). No rel=canonical anywhere: all are alt_paths.
- ``/sgddt/tin-tuc/gui-email?id=<n>``: "Gửi email" form (not an article).
- ``/sgddt/gioi-thieu``, ``/sgddt/co-cau-to-chuc`` (staff cards), ``/sgddt/van-ban`` (document
  register), ``/sgddt/van-ban/chi-tiet?id=<n>`` (one document entry with a PDF),
  ``/sgddt/lich-cong-tac`` (weekly schedule).
- ``/soyte/…`` and ``/sotnmt/…``: the other departments, with their own news pages in the same
  template (out of the Sở's scope: gold holds only ``/sgddt/`` articles).
- Files: ``/sgddt/upload/…`` (photos), ``/sgddt/images/…`` (layout), ``/sgddt/van-ban/tai-ve?…`` (PDF).

Article template
----------------
Breadcrumb "Trang chủ » Tin tức » <category>", sometimes the permission box, then
``<h2 class="tieude-tin">``, the date line in one of three forms ("Ngày 10-11-2026",
"Cập nhật lúc 08:30 ngày 10/11/2026", "10/11/2026 | 08:30"), "Lượt xem", then a tab set: "Nội dung"
(active: the text, ending with its byline/source lines), "Văn bản liên quan" (document links with
their dates, ``style="display:none"``), "Ý kiến" (comment form, sometimes earlier readers' comments;
a ``tab-pane`` without ``active``). Then the tool row "In bài | Gửi email | Lưu bài | Chia sẻ" and
"Các tin khác" (5 newest of the category, each with "(dd/mm/yyyy)").

How each gold article is reached
--------------------------------
- The 5 newest: home page (slug URLs), marquee (jsessionid URLs), lists.
- Every article: ``/sgddt/tin-tuc?trang=1|2`` and its category list (``&cat=`` URLs).
- The oldest "Tin hoạt động" story (id 3715) is only on page 2 of ``?cat=101`` and of the
  all-news list (it is never among the 5 newest of its category in "Các tin khác").

Traps
-----
- Five URL forms for one article (see above), none canonical-tagged.
- Hidden tabs: "Văn bản liên quan" (document titles with dates) and "Ý kiến" (form, comments with
  names and dates) are in the article's HTML but are not text; the home page hides three category
  panels with ``display:none`` (articles listed there are still linked).
- The header's today and the marquee's dates are not publication dates.
- Permission-denied portlet box above some articles; weather, counter, poll boxes on every page.
- Other agencies' news in the same template under ``/soyte/``, ``/sotnmt/``.
- Document entries (``van-ban/chi-tiet``) print a title, a date and an abstract: not articles.

Gold decisions
--------------
- title: the ``h2.tieude-tin``; published_at: the date line (with its time when it prints one).
- authors/photographers: the closing byline: "Tin, ảnh: Phòng GDĐT Đăk Tô" (the office, both),
  "Y Thị Hoa - Trường PTDTNT Kon Plông" (right-aligned: Y Thị Hoa), "Tin: X; Ảnh: Y",
  "ThS. Lê Thị Thu Hà - Phòng Thanh tra" (Lê Thị Thu Hà), "BBT" (nobody), "Ảnh: Internet" (nobody).
- source: "Nguồn: Báo Kon Tum" -> "Báo Kon Tum".
- summary: the bold first paragraph where there is one (also the first body paragraph).
- body: the "Nội dung" panel's paragraphs; list items and table rows (cells " | ") one each; a
  ``<br>`` splits a paragraph. Captions, bylines, source lines, hidden tabs, tools are not body.
- images: photos in the "Nội dung" panel; caption = the centred italic row of the image table or
  the plain centred line under the photo, else None.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "egov_tabs_sgddt"
PLATFORM = "Provincial vendor e-government portal (Java/JSP portlets, Cổng TTĐT), multi-agency host"
START_PATH = "/sgddt/"

TODAY = "Thứ Sáu, ngày 04/12/2026"
AGENCY = "Sở Giáo dục và Đào tạo tỉnh Kon Tum"
PER_PAGE = 7
SID = "8F3A1C29D07B4E6F9A2B5C81D3E0F472"

CATEGORIES = {
    "101": "Tin hoạt động",
    "102": "Chỉ đạo - Điều hành",
    "103": "Giáo dục dân tộc",
    "104": "Gương điển hình",
}

# --- documents of the register (also listed in the "Văn bản liên quan" tabs) -----------------

DOCS = {
    901: ("2315/SGDĐT-GDTrH", "28/11/2026", "Công văn",
          "Về việc tổ chức dạy học trong mùa mưa rét năm học 2026-2027", "Võ Ngọc Thành"),
    902: ("2190/KH-SGDĐT", "12/11/2026", "Kế hoạch",
          "Kiểm tra công tác quản lý dạy thêm, học thêm năm 2026", "Trần Văn Thúy"),
    903: ("1987/QĐ-SGDĐT", "20/10/2026", "Quyết định",
          "Ban hành Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026-2030", "Võ Ngọc Thành"),
    904: ("1842/SGDĐT-GDDT", "05/10/2026", "Công văn",
          "Hướng dẫn tăng cường tiếng Việt cho trẻ mầm non, học sinh tiểu học người DTTS", "Trần Văn Thúy"),
    905: ("1760/KH-SGDĐT", "25/09/2026", "Kế hoạch",
          "Tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027", "Trần Văn Thúy"),
    906: ("1655/SGDĐT-VP", "15/09/2026", "Công văn",
          "Triển khai công tác y tế trường học năm học 2026-2027", "Võ Ngọc Thành"),
}


def up(name: str) -> str:
    return f"/sgddt/upload/2026/tin-tuc/{name}"


# --- the stories (newest first) -----------------------------------------------------------
#
# opts: date (the printed date line), docs (ids for "Văn bản liên quan"), deny (permission box
# above the article), comments ((name, date, text) …). P styles: "lead" (bold first paragraph),
# "h" (bold sub-heading), "li" (bullets), "tr" (table row, cells " | "), "br" (continues the
# previous <p> after a <br>). Img styles: "table" (caption row, centred italic), "center" (plain
# centred line under the photo), "none".

STORIES: list[Story] = [
    Story(
        3768, "so-ket-chuyen-doi-so-nganh-giao-duc-nam-2026",
        "Sơ kết công tác chuyển đổi số ngành Giáo dục năm 2026", "101",
        "2026-12-03T15:40:00+07:00",
        [
            P("Chiều 03/12, Sở GDĐT tổ chức hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục năm "
              "2026 và triển khai nhiệm vụ trọng tâm năm 2027. Hội nghị được kết nối trực tuyến đến 10 "
              "phòng GDĐT huyện, thành phố và các trường THPT trong tỉnh.", "lead"),
            P("Theo báo cáo, đến nay 100% cơ sở giáo dục phổ thông đã sử dụng sổ điểm điện tử, học bạ "
              "số; 96% trường triển khai thu học phí không dùng tiền mặt. Cơ sở dữ liệu ngành được cập "
              "nhật thường xuyên, kết nối với Cơ sở dữ liệu quốc gia về dân cư."),
            Img(up("so-ket-cds-1.jpg"), "Quang cảnh hội nghị tại điểm cầu Sở GDĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GDĐT", "table"),
            P("Bên cạnh kết quả đạt được, hạ tầng công nghệ thông tin ở nhiều điểm trường vùng sâu còn "
              "thiếu; đường truyền internet tại các huyện Tu Mơ Rông, Kon Plông chưa ổn định."),
            P("Nhiệm vụ năm 2027", "h"),
            P("Hoàn thành triển khai học bạ số đối với cấp trung học cơ sở.", "li"),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý và giáo viên.", "li"),
            P("Xây dựng kho học liệu số dùng chung của ngành.", "li"),
            P("Phát biểu kết luận, ông Võ Ngọc Thành, Giám đốc Sở GDĐT, đề nghị các đơn vị xác định "
              "chuyển đổi số là nhiệm vụ thường xuyên, gắn với đổi mới quản trị nhà trường."),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Thị Lan Anh</strong></p>'),
        ],
        authors=["Hoàng Thị Lan Anh"],
        summary="Chiều 03/12, Sở GDĐT tổ chức hội nghị sơ kết công tác chuyển đổi số ngành Giáo dục năm "
        "2026 và triển khai nhiệm vụ trọng tâm năm 2027. Hội nghị được kết nối trực tuyến đến 10 "
        "phòng GDĐT huyện, thành phố và các trường THPT trong tỉnh.",
        opts={"date": "Cập nhật lúc 15:40 ngày 03/12/2026", "docs": [903]},
    ),
    Story(
        3765, "to-chuc-day-hoc-trong-mua-mua-ret",
        "Hướng dẫn tổ chức dạy học trong mùa mưa rét năm học 2026-2027", "102", "2026-12-02",
        [
            P("Trước diễn biến thời tiết rét đậm, rét hại ở khu vực Bắc Tây Nguyên, Sở GDĐT ban hành "
              "Công văn số 2315/SGDĐT-GDTrH hướng dẫn các đơn vị tổ chức dạy học phù hợp, bảo đảm sức "
              "khỏe cho học sinh."),
            P("Theo đó, khi nhiệt độ ngoài trời dưới 10°C, học sinh mầm non, tiểu học được nghỉ học; "
              "dưới 7°C, học sinh trung học cơ sở được nghỉ học. Hiệu trưởng chủ động quyết định cho "
              "học sinh nghỉ và báo cáo về phòng GDĐT."),
            P("Các nhà trường cần thực hiện:", "h"),
            P("Điều chỉnh giờ vào học buổi sáng muộn hơn 30 phút so với thời khóa biểu.", "li"),
            P("Kiểm tra, che chắn phòng học, phòng ở bán trú; bố trí đủ chăn, màn cho học sinh.", "li"),
            P("Nấu nước ấm cho học sinh bán trú; không tổ chức hoạt động ngoài trời lúc sáng sớm.", "li"),
            P("Xây dựng kế hoạch dạy bù, bảo đảm hoàn thành chương trình năm học.", "li"),
            P("Sở đề nghị thủ trưởng các đơn vị nghiêm túc triển khai, kịp thời báo cáo các tình huống "
              "phát sinh về Văn phòng Sở qua số điện thoại 0260.3862.456."),
            Raw('<p style="text-align: right;"><em>BBT</em></p>'),
        ],
        opts={"date": "Ngày 02-12-2026", "docs": [901]},
    ),
    Story(
        3761, "ptdtnt-kon-plong-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTNT Kon Plông tổ chức Ngày hội văn hóa các dân tộc", "103",
        "2026-11-30T09:15:00+07:00",
        [
            P("Ngày 28/11, Trường Phổ thông Dân tộc nội trú huyện Kon Plông tổ chức Ngày hội văn hóa "
              "các dân tộc năm 2026 với sự tham gia của hơn 300 học sinh người Xơ Đăng, Ba Na, "
              "Mơ Nâm, Hrê.", "lead"),
            P("Ngày hội gồm các hoạt động: trình diễn trang phục truyền thống, thi đánh chiêng, múa "
              "xoang, giã gạo, nấu cơm lam và trưng bày sản phẩm đan lát, dệt thổ cẩm do chính các em "
              "thực hiện."),
            Img(up("ngay-hoi-kon-plong-1.jpg"), "Học sinh biểu diễn cồng chiêng trong lễ khai mạc",
                "Học sinh biểu diễn cồng chiêng trong lễ khai mạc", "table"),
            P("Thầy Nguyễn Văn Quang, Hiệu trưởng nhà trường cho biết: “Ngày hội là dịp để các em hiểu "
              "và tự hào về bản sắc văn hóa của dân tộc mình, đồng thời rèn kỹ năng tổ chức, làm việc "
              "nhóm”."),
            Img(up("ngay-hoi-kon-plong-2.jpg"), "Phần thi dệt thổ cẩm của học sinh lớp 8",
                "Phần thi dệt thổ cẩm của học sinh lớp 8", "center"),
            P("Kết thúc ngày hội, Ban tổ chức trao giải Nhất cho tập thể lớp 9A, giải Nhì cho lớp 8B "
              "và lớp 7A; nhiều giải phụ được trao cho các cá nhân có phần thi xuất sắc."),
            Raw('<p style="text-align: right;"><strong>Y Thị Hoa - Trường PTDTNT Kon Plông</strong></p>'),
        ],
        authors=["Y Thị Hoa"],
        summary="Ngày 28/11, Trường Phổ thông Dân tộc nội trú huyện Kon Plông tổ chức Ngày hội văn hóa "
        "các dân tộc năm 2026 với sự tham gia của hơn 300 học sinh người Xơ Đăng, Ba Na, "
        "Mơ Nâm, Hrê.",
        opts={"date": "30/11/2026 | 09:15", "deny": True,
              "comments": [("A Vương", "30/11/2026 14:02", "Các em biểu diễn cồng chiêng rất hay!")]},
    ),
    Story(
        3758, "dak-to-hoi-thi-giao-vien-chu-nhiem-lop-gioi",
        "Đăk Tô: Tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện", "101", "2026-11-27",
        [
            P("Từ ngày 24 đến 26/11/2026, Phòng GDĐT huyện Đăk Tô tổ chức Hội thi giáo viên chủ nhiệm "
              "lớp giỏi cấp huyện bậc tiểu học và trung học cơ sở năm học 2026-2027."),
            P("Hội thi có 46 giáo viên của 15 trường tham gia. Mỗi thí sinh trình bày biện pháp giáo dục "
              "học sinh, giải quyết tình huống sư phạm và tổ chức một tiết sinh hoạt lớp."),
            Img(up("gvcn-dak-to-1.jpg"), None, None, "none"),
            P("Nhiều biện pháp có tính thực tiễn cao như: xây dựng nhóm phụ huynh hỗ trợ học sinh "
              "bán trú, “Góc chia sẻ” giúp học sinh người dân tộc thiểu số tự tin giao tiếp tiếng Việt, "
              "kết nối với già làng vận động học sinh ra lớp."),
            Img(up("gvcn-dak-to-2.jpg"), "Cô Y Linh (Trường TH Kim Đồng) tổ chức tiết sinh hoạt lớp",
                "Cô Y Linh (Trường TH Kim Đồng) tổ chức tiết sinh hoạt lớp", "center"),
            P("Kết quả, 38 giáo viên được công nhận giáo viên chủ nhiệm lớp giỏi cấp huyện."),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Phòng GDĐT Đăk Tô</em></strong></p>'),
        ],
        authors=["Phòng GDĐT Đăk Tô"],
        photographers=["Phòng GDĐT Đăk Tô"],
        opts={"date": "Ngày 27-11-2026"},
    ),
    Story(
        3754, "co-giao-y-nhung-15-nam-gieo-chu-o-tu-mo-rong",
        "Cô giáo Y Nhung và 15 năm gieo chữ ở vùng cao Tu Mơ Rông", "104",
        "2026-11-25T10:05:00+07:00",
        [
            P("Mười lăm năm bám điểm trường Long Hy, xã Măng Ri, cô giáo Y Nhung, người Xơ Đăng, đã "
              "đưa hàng trăm học trò vượt dốc đến lớp, nuôi dưỡng ước mơ con chữ cho các em nơi vùng "
              "cao Tu Mơ Rông.", "lead"),
            P("Tốt nghiệp Cao đẳng Sư phạm Kon Tum năm 2011, cô Y Nhung xung phong về điểm trường Long "
              "Hy, nơi cách trung tâm xã hơn 12 km đường đèo. Những năm đầu, mùa mưa đường trơn, cô phải "
              "đi bộ hai giờ mới đến lớp."),
            P("“Có những hôm học trò không đến, mình phải vào tận nhà, nói chuyện với bố mẹ các em bằng "
              "tiếng Xơ Đăng. Hiểu rồi thì bà con lại cho con đi học”, cô Y Nhung kể."),
            Img(up("co-y-nhung.jpg"), "Cô Y Nhung trong giờ dạy tiếng Việt cho học sinh lớp 1",
                "Cô Y Nhung trong giờ dạy tiếng Việt cho học sinh lớp 1", "table"),
            P("Để học sinh lớp 1 theo kịp chương trình, cô tự làm bộ thẻ chữ song ngữ Việt - Xơ Đăng, "
              "dạy các em qua trò chơi, bài hát. Sáng kiến này được Phòng GDĐT huyện công nhận và nhân "
              "rộng ra nhiều điểm trường."),
            P("Nhiều năm liền, lớp cô chủ nhiệm có 100% học sinh hoàn thành chương trình lớp học. Nhiều "
              "học trò cũ của cô nay đã trở thành giáo viên, y sĩ, cán bộ xã."),
            P("Năm 2026, cô Y Nhung vinh dự được Bộ trưởng Bộ GDĐT tặng Bằng khen vì có thành tích "
              "xuất sắc trong công tác giáo dục vùng đồng bào dân tộc thiểu số."),
            P("“Điều mình mong nhất là học trò biết chữ, lớn lên quay về làm cho bản làng mình khá hơn”, "
              "cô chia sẻ."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Hoàng Long</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Kon Tum</em></p>'),
        ],
        authors=["Hoàng Long"],
        photographers=["Hoàng Long"],
        source="Báo Kon Tum",
        summary="Mười lăm năm bám điểm trường Long Hy, xã Măng Ri, cô giáo Y Nhung, người Xơ Đăng, đã "
        "đưa hàng trăm học trò vượt dốc đến lớp, nuôi dưỡng ước mơ con chữ cho các em nơi vùng "
        "cao Tu Mơ Rông.",
        opts={"date": "Cập nhật lúc 10:05 ngày 25/11/2026",
              "comments": [("Nguyễn Thị Mai", "26/11/2026 08:40", "Xin chúc mừng cô Y Nhung!"),
                           ("Lê Văn Bình", "27/11/2026 21:13", "Tấm gương rất đáng học tập.")]},
    ),
    Story(
        3749, "ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-nha-giao-tieu-bieu",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu", "101",
        "2026-11-20T16:45:00+07:00",
        [
            P("Sáng 19/11, tại Hội trường UBND tỉnh, Sở GDĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
              "Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm học "
              "2025-2026."),
            P("Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành cùng đại diện "
              "cán bộ quản lý, giáo viên các đơn vị trong toàn tỉnh."),
            Img(up("ky-niem-20-11-1.jpg"), "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo", "table"),
            P("Số nhà giáo được tuyên dương theo cấp học:"),
            P("Cấp học | Số nhà giáo | Trong đó người DTTS", "tr"),
            P("Mầm non | 28 | 9", "tr"),
            P("Tiểu học | 41 | 14", "tr"),
            P("Trung học cơ sở | 33 | 8", "tr"),
            P("Trung học phổ thông | 18 | 3", "tr"),
            P("Năm học 2025-2026, ngành Giáo dục tỉnh có 52 học sinh đạt giải học sinh giỏi quốc gia, "
              "tỷ lệ tốt nghiệp THPT đạt 99,2%, cao nhất từ trước đến nay."),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Văn Hùng; Ảnh: A Khoa</strong></p>'),
        ],
        authors=["Nguyễn Văn Hùng"],
        photographers=["A Khoa"],
        opts={"date": "20/11/2026 | 16:45", "deny": True},
    ),
    Story(
        3745, "ke-hoach-kiem-tra-day-them-hoc-them-nam-2026",
        "Kế hoạch kiểm tra công tác quản lý dạy thêm, học thêm năm 2026", "102", "2026-11-17",
        [
            P("Thực hiện Thông tư số 29/2024/TT-BGDĐT của Bộ GDĐT quy định về dạy thêm, học thêm, Sở "
              "GDĐT ban hành Kế hoạch số 2190/KH-SGDĐT kiểm tra công tác quản lý dạy thêm, học thêm "
              "năm 2026."),
            P("Nội dung kiểm tra", "h"),
            P("Việc tổ chức dạy thêm, học thêm trong nhà trường và ngoài nhà trường.", "li"),
            P("Hồ sơ đăng ký kinh doanh, niêm yết công khai của tổ chức, cá nhân dạy thêm.", "li"),
            P("Việc giáo viên đang dạy tại trường tham gia dạy thêm ngoài nhà trường.", "li"),
            P("Thời gian, đơn vị được kiểm tra", "h"),
            P("Đoàn kiểm tra làm việc từ ngày 23/11 đến 11/12/2026 tại thành phố Kon Tum và các huyện "
              "Đăk Hà, Ngọc Hồi, Sa Thầy. Các đơn vị không được báo trước thời gian kiểm tra."),
            P("Sau kiểm tra, đoàn sẽ tổng hợp, kiến nghị xử lý các trường hợp vi phạm theo quy định."),
            Raw('<p style="text-align: right;"><strong>ThS. Lê Thị Thu Hà - Phòng Thanh tra</strong></p>'),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"date": "Ngày 17-11-2026", "docs": [902]},
    ),
    Story(
        3741, "hoi-thi-tin-hoc-tre-tinh-kon-tum-lan-thu-xvii",
        "Hội thi Tin học trẻ tỉnh Kon Tum lần thứ XVII năm 2026", "101",
        "2026-11-13T14:20:00+07:00",
        [
            P("Hội thi Tin học trẻ tỉnh Kon Tum lần thứ XVII do Tỉnh đoàn phối hợp với Sở GDĐT tổ chức "
              "đã bế mạc chiều 12/11 tại Trường THPT chuyên Nguyễn Tất Thành."),
            P("Hội thi thu hút 96 thí sinh là học sinh tiểu học, trung học cơ sở và trung học phổ thông "
              "tham gia ở hai nội dung: lập trình và sản phẩm sáng tạo."),
            P("Kết quả các giải Nhất:"),
            P("Bảng | Thí sinh | Đơn vị", "tr"),
            P("A (Tiểu học) | Nguyễn Minh Khang | TH Lê Lợi, TP Kon Tum", "tr"),
            P("B (THCS) | Y Thảo Vy | THCS Nguyễn Sinh Sắc, Đăk Hà", "tr"),
            P("C (THPT) | Trần Quốc Bảo | THPT chuyên Nguyễn Tất Thành", "tr"),
            P("D (Sản phẩm sáng tạo) | Nhóm Lê Hoàng Nam, A Tiến | THPT Kon Tum", "tr"),
            P("Ban tổ chức chọn 12 thí sinh xuất sắc tham dự Hội thi Tin học trẻ toàn quốc năm 2027."),
            Raw('<p style="text-align: right;"><strong>Phòng Giáo dục Trung học</strong></p>'),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={"date": "Cập nhật lúc 14:20 ngày 13/11/2026"},
    ),
    Story(
        3738, "tang-cuong-tieng-viet-cho-tre-mam-non-nguoi-dtts-o-sa-thay",
        "Tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số ở Sa Thầy", "103",
        "2026-11-10",
        [
            P("Huyện Sa Thầy hiện có hơn 3.100 trẻ mầm non, trong đó 58% là trẻ người dân tộc thiểu "
              "số, chủ yếu là người Gia Rai, Rơ Măm và Xơ Đăng."),
            P("Để trẻ chuẩn bị tốt tiếng Việt trước khi vào lớp 1, các trường mầm non đã triển khai "
              "nhiều giải pháp:"),
            P("- Xây dựng môi trường tiếng Việt trong lớp và ngoài sân trường;"),
            P("- Dạy trẻ qua truyện kể, bài hát, trò chơi dân gian;", "br"),
            P("- Phối hợp với cộng tác viên hỗ trợ ngôn ngữ là người địa phương.", "br"),
            Img(up("tieng-viet-sa-thay.jpg"), None, None, "none"),
            P("Nhờ vậy, tỷ lệ trẻ 5 tuổi người dân tộc thiểu số được chuẩn bị tiếng Việt đạt 98,6%, "
              "tăng 4% so với năm học trước."),
            Raw('<p style="text-align: right;"><strong>Thu Hiền</strong><br>'
                '<em>Nguồn: Đài PT-TH tỉnh Kon Tum</em></p>'),
        ],
        authors=["Thu Hiền"],
        source="Đài PT-TH tỉnh Kon Tum",
        opts={"date": "Ngày 10-11-2026", "docs": [904]},
    ),
    Story(
        3733, "truong-thpt-chuyen-nguyen-tat-thanh-ngay-hoi-stem",
        "Trường THPT chuyên Nguyễn Tất Thành tổ chức Ngày hội STEM", "101",
        "2026-11-06T07:55:00+07:00",
        [
            P("Ngày 05/11, Trường THPT chuyên Nguyễn Tất Thành tổ chức Ngày hội STEM năm học 2026-2027 "
              "với chủ đề “Sáng tạo vì cộng đồng”.", "lead"),
            P("Hơn 40 gian trưng bày sản phẩm của học sinh các lớp như: hệ thống tưới cây tự động, "
              "máy lọc nước mini, xe điều khiển từ xa, mô hình nhà thông minh… thu hút đông đảo học "
              "sinh các trường trên địa bàn thành phố đến tham quan."),
            Img(up("stem-ntt-1.jpg"), "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động", "center"),
            P("Ngày hội còn có các cuộc thi bắn tên lửa nước, chế tạo cầu bằng que kem và giải mã "
              "mật thư khoa học."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đoàn trường THPT chuyên Nguyễn Tất Thành'
                '</strong></p>'),
        ],
        authors=["Đoàn trường THPT chuyên Nguyễn Tất Thành"],
        photographers=["Đoàn trường THPT chuyên Nguyễn Tất Thành"],
        summary="Ngày 05/11, Trường THPT chuyên Nguyễn Tất Thành tổ chức Ngày hội STEM năm học 2026-2027 "
        "với chủ đề “Sáng tạo vì cộng đồng”.",
        opts={"date": "06/11/2026 | 07:55"},
    ),
    Story(
        3729, "thay-giao-nguyen-van-tinh-va-tu-sach-cho-em-o-ia-hdrai",
        "Thầy giáo Nguyễn Văn Tình và “Tủ sách cho em” ở Ia H'Drai", "104", "2026-11-03",
        [
            P("Từ một thùng sách cũ xin được năm 2019, thầy Nguyễn Văn Tình, giáo viên Trường TH-THCS "
              "Ia Dom, huyện Ia H'Drai đã gây dựng 14 tủ sách với hơn 6.000 đầu sách cho học sinh các "
              "thôn biên giới."),
            P("Thầy Tình kể, nhiều học sinh ở đây ngoài sách giáo khoa chưa từng được cầm một cuốn "
              "truyện. Thầy kêu gọi bạn bè, cựu học sinh và các nhà hảo tâm quyên góp sách, tự tay đóng "
              "tủ, đặt tại nhà văn hóa thôn."),
            P("Mỗi tuần, thầy cùng các em đội viên luân chuyển sách giữa các tủ, tổ chức giờ đọc sách "
              "chung vào chiều thứ Bảy."),
            Img(up("tu-sach-ia-hdrai.jpg"), "Giờ đọc sách chiều thứ Bảy tại thôn 2, xã Ia Dom",
                "Giờ đọc sách chiều thứ Bảy tại thôn 2, xã Ia Dom", "table"),
            P("Năm 2026, mô hình “Tủ sách cho em” được UBND tỉnh tặng Bằng khen và được Sở GDĐT chọn "
              "giới thiệu điển hình trong phong trào xây dựng văn hóa đọc."),
        ],
        opts={"date": "Ngày 03-11-2026"},
    ),
    Story(
        3724, "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-tieu-hoc",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học 2026-2027", "101",
        "2026-10-30T08:30:00+07:00",
        [
            P("Sáng 29/10, Sở GDĐT khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học năm học "
              "2026-2027 tại thành phố Kon Tum."),
            P("Tham gia hội thi có 112 giáo viên đến từ 10 huyện, thành phố. Hội thi gồm hai phần: "
              "trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy hai tiết trên lớp."),
            P("Phát biểu khai mạc, bà Trần Văn Thúy, Phó Giám đốc Sở, nhấn mạnh hội thi là dịp để "
              "giáo viên chia sẻ kinh nghiệm, lan tỏa những cách làm hay trong thực hiện Chương trình "
              "GDPT 2018."),
            Img(up("gvdg-tieu-hoc-1.jpg"), "Ảnh: Internet", None, "center"),
            P("Hội thi diễn ra đến hết ngày 06/11/2026."),
            Raw('<p style="text-align: right;"><strong>Tin: Phạm Ngọc Trâm</strong></p>'),
        ],
        authors=["Phạm Ngọc Trâm"],
        opts={"date": "Cập nhật lúc 08:30 ngày 30/10/2026", "docs": [905], "deny": True},
    ),
    Story(
        3720, "tap-huan-cong-tac-y-te-truong-hoc-nam-hoc-2026-2027",
        "Tập huấn công tác y tế trường học năm học 2026-2027", "101", "2026-10-27",
        [
            P("Trong hai ngày 25 và 26/10, Sở GDĐT phối hợp với Sở Y tế tổ chức tập huấn công tác y tế "
              "trường học cho gần 250 nhân viên y tế, giáo viên kiêm nhiệm của các trường trong tỉnh."),
            P("Học viên được cập nhật kiến thức về phòng chống dịch bệnh, sơ cứu, cấp cứu ban đầu, "
              "chăm sóc sức khỏe tâm thần học sinh và bảo đảm an toàn thực phẩm trong bếp ăn bán trú."),
            P("Đây là hoạt động thường niên nhằm nâng cao năng lực cho đội ngũ làm công tác y tế trường "
              "học, nhất là ở các trường vùng sâu, vùng xa."),
            Raw('<p style="text-align: right;"><strong>Tin: Văn phòng Sở; Ảnh: Internet</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"date": "Ngày 27-10-2026", "docs": [906]},
    ),
    Story(
        3715, "hon-1200-hoc-sinh-tham-gia-giai-viet-da-hoc-sinh-cap-tinh",
        "Hơn 1.200 học sinh tham gia Giải Việt dã học sinh cấp tỉnh năm 2026", "101",
        "2026-10-22T10:30:00+07:00",
        [
            P("Sáng 21/10, tại Quảng trường 16/3, thành phố Kon Tum, Sở GDĐT tổ chức Giải Việt dã học "
              "sinh cấp tỉnh năm 2026 với hơn 1.200 vận động viên là học sinh của 10 huyện, thành phố."),
            P("Các vận động viên tranh tài ở 6 cự ly dành cho nam, nữ các lứa tuổi tiểu học, trung "
              "học cơ sở và trung học phổ thông."),
            Img(up("viet-da-2026-1.jpg"), "Các vận động viên nữ bậc THPT xuất phát",
                "Các vận động viên nữ bậc THPT xuất phát", "table"),
            P("Kết quả toàn đoàn: giải Nhất thuộc về đoàn thành phố Kon Tum, giải Nhì đoàn huyện Đăk "
              "Hà, giải Ba đoàn huyện Ngọc Hồi."),
            P("Giải là dịp để phát hiện, bồi dưỡng vận động viên năng khiếu chuẩn bị cho Hội khỏe Phù "
              "Đổng toàn quốc năm 2027."),
            Raw('<p style="text-align: right;"><strong>Nguyễn Hải Đăng</strong></p>'),
        ],
        authors=["Nguyễn Hải Đăng"],
        opts={"date": "22/10/2026 | 10:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def detail(s: Story) -> str:
    return f"/sgddt/tin-tuc/chi-tiet?id={s.id}"


def detail_cat(s: Story) -> str:
    return f"/sgddt/tin-tuc/chi-tiet?id={s.id}&cat={s.cat}"


def detail_slug(s: Story) -> str:
    return f"/sgddt/tin-tuc/{s.id}/{s.slug}"


def detail_sid(s: Story) -> str:
    return f"/sgddt/tin-tuc/chi-tiet;jsessionid={SID}?id={s.id}"


def print_view(s: Story) -> str:
    return f"/sgddt/tin-tuc/in-bai?id={s.id}"


GOLD = [
    gold_record(
        s, detail(s), CATEGORIES[s.cat],
        alt_paths=(detail_cat(s), detail_slug(s), detail_sid(s), print_view(s)),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/sgddt/gioi-thieu",
    "/sgddt/co-cau-to-chuc",
    "/sgddt/van-ban",
    "/sgddt/van-ban/chi-tiet?id=901",
    "/sgddt/lich-cong-tac",
    "/sgddt/tin-tuc?cat=101&trang=2",
]


def dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def in_cat(cat: str | None) -> list[Story]:
    return [s for s in STORIES if cat is None or s.cat == cat]


# --- page chrome --------------------------------------------------------------------------

MENU = [
    ("/sgddt/", "Trang chủ"),
    ("/sgddt/gioi-thieu", "Giới thiệu"),
    ("/sgddt/co-cau-to-chuc", "Cơ cấu tổ chức"),
    ("/sgddt/tin-tuc", "Tin tức"),
    ("/sgddt/van-ban", "Văn bản"),
    ("/sgddt/lich-cong-tac", "Lịch công tác"),
]


def khung(title: str, inner: str, cls: str = "") -> str:
    return (f'<div class="khung {cls}"><div class="tieude-khung"><span>{esc(title)}</span></div>'
            f'<div class="noidung-khung">{inner}</div></div>')


def deny_box() -> str:
    return khung("Thông báo", '<div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div>',
                 "khung-loi")


def marquee() -> str:
    items = " &nbsp;&nbsp;•&nbsp;&nbsp; ".join(
        f'<a href="{detail_sid(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span>'
        for s in STORIES[:5]
    )
    return (f'<div class="tin-moi-chay"><b class="nhan">Tin mới:</b>'
            f'<marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" '
            f'onmouseout="this.start()">{items}</marquee></div>')


def sidebar() -> str:
    info = "".join(
        f'<li><a href="{href}" target="_blank">{esc(t)}</a></li>'
        for href, t in [
            ("https://dichvucong.kontum.gov.vn/", "Dịch vụ công trực tuyến"),
            ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
            ("https://thisinh.thitotnghiepthpt.edu.vn/", "Tra cứu thi tốt nghiệp THPT"),
            ("/sgddt/van-ban", "Văn bản chỉ đạo, điều hành"),
            ("/sgddt/lich-cong-tac", "Lịch công tác của lãnh đạo Sở"),
        ]
    )
    links = ('<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>'
             '<option value="https://kontum.gov.vn/">Cổng TTĐT tỉnh Kon Tum</option>'
             '<option value="https://baokontum.com.vn/">Báo Kon Tum</option></select>')
    poll = ('<form method="post" action="/sgddt/binh-chon"><p>Bạn đánh giá thế nào về giao diện mới '
            'của Cổng thông tin?</p><label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label><br>'
            '<label><input type="radio" name="pa" value="2"> Bình thường</label><br>'
            '<label><input type="radio" name="pa" value="3"> Khó sử dụng</label><br>'
            '<input type="submit" value="Bình chọn"> <input type="button" value="Xem kết quả"></form>')
    return (
        '<div class="cot-phai">'
        + khung("Thông tin cần biết", f'<ul class="ds-lienket">{info}</ul>')
        + khung("Thời tiết", '<div class="thoitiet"><img src="/sgddt/images/icon/may-nang.png" alt="">'
                '<span>Thời tiết Kon Tum 24°C</span><br>Độ ẩm: 78% - Có mây, ngày nắng</div>')
        + khung("Liên kết website", links)
        + khung("Thăm dò ý kiến", poll)
        + khung("Thống kê truy cập", '<div class="thongke">Đang online: 18 | Hôm nay: 1.204 | '
                'Tổng: 2.310.554</div>')
        + "</div>"
    )


def page(title: str, main: str, agency: str = AGENCY, prefix: str = "/sgddt") -> str:
    menu = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in MENU) if prefix == "/sgddt" else (
        f'<li><a href="{prefix}/">Trang chủ</a></li>')
    cats = "".join(f'<li><a href="/sgddt/tin-tuc?cat={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)} - {esc(agency)}</title>
<link rel="stylesheet" type="text/css" href="/html/themes/egov-kontum/css/main.css?v=20190412" />
<script type="text/javascript" src="/html/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/html/themes/egov-kontum/js/tab.js"></script>
</head><body class="egov">
<div id="top-bar"><span class="ngay-hom-nay">{TODAY}</span>
<a href="/">Cổng TTĐT tỉnh</a> | <a href="/soyte/">Sở Y tế</a> | <a href="/sotnmt/">Sở Tài nguyên và Môi trường</a>
| <a href="/sgddt/">Sở Giáo dục và Đào tạo</a> | <a href="/c/portal/login">Đăng nhập</a></div>
<div id="banner" style="background:#b40000 url(/html/themes/egov-kontum/images/banner-bg.jpg)">
<img class="quoc-huy" src="/html/themes/egov-kontum/images/quoc-huy.png" alt="Quốc huy" />
<div class="ten-cq"><span class="dong1">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM</span>
<span class="dong2">{esc(agency.upper())}</span></div></div>
<div id="menu-ngang"><ul>{menu}</ul></div>
{marquee() if prefix == "/sgddt" else ""}
<div id="noi-dung"><div class="cot-trai">
{khung("Tin tức", f'<ul class="menu-doc">{cats}</ul>') if prefix == "/sgddt" else ""}
</div>
<div class="cot-giua">{main}</div>
{sidebar() if prefix == "/sgddt" else ""}
</div>
<div id="footer"><p><b>Cơ quan chủ quản: UBND tỉnh Kon Tum</b> - Đơn vị quản lý: {esc(agency)}</p>
<p>Địa chỉ: 358 Trần Phú, phường Quyết Thắng, TP Kon Tum, tỉnh Kon Tum - Điện thoại: 0260.3862.456
- Email: sgddt@kontum.gov.vn</p>
<p>Giấy phép số 09/GP-TTĐT ngày 15/3/2019 của Sở Thông tin và Truyền thông tỉnh Kon Tum</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Kon Tum” khi phát hành lại thông tin từ website này.</p></div>
</body></html>"""


def breadcrumb(*parts: tuple[str | None, str]) -> str:
    items = ['<a href="/sgddt/">Trang chủ</a>']
    for href, label in parts:
        items.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duong-dan">' + " » ".join(items) + "</div>"


# --- article rendering --------------------------------------------------------------------


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    rows: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if rows:
            out.append('<table class="bang" border="1" cellpadding="4" cellspacing="0" '
                       'style="width:100%;border-collapse:collapse"><tbody>' + "".join(rows)
                       + "</tbody></table>")
            rows.clear()
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items.clear()

    for b in blocks:
        if isinstance(b, P) and b.style == "tr":
            if items:
                flush()
            cells = "".join(f"<td>{esc(c)}</td>" for c in b.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(f"<li>{esc(b.text)}</li>")
            continue
        flush()
        if isinstance(b, P):
            if b.style == "br" and out and out[-1].endswith("</p>"):
                out[-1] = out[-1][: -len("</p>")] + f"<br />\n{esc(b.text)}</p>"
            elif b.style == "lead":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><b>{esc(b.text)}</b></p>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table class="anh-tin" align="center" border="0" cellpadding="3" cellspacing="0" '
                    f'style="width:500px"><tbody><tr><td><img src="{b.src}" alt="" width="500" /></td></tr>'
                    f'<tr><td style="text-align: center;"><em>{esc(b.printed or "")}</em></td></tr>'
                    "</tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;"><img src="{b.src}" alt="" '
                           'style="width: 480px; height: 320px;" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;">{esc(b.printed)}</p>')
        else:
            out.append(b.html)
    flush()
    return "\n".join(out)


def docs_panel(s: Story) -> str:
    ids = s.opts.get("docs", [])
    if not ids:
        return "<p><i>Không có văn bản liên quan.</i></p>"
    rows = "".join(
        f'<li><a href="/sgddt/van-ban/chi-tiet?id={i}">{esc(DOCS[i][2])} số {esc(DOCS[i][0])} '
        f"ngày {DOCS[i][1]}</a>: {esc(DOCS[i][3])}</li>"
        for i in ids
    )
    return f'<ul class="ds-vanban">{rows}</ul>'


def comments_panel(s: Story) -> str:
    old = "".join(
        f'<div class="y-kien"><b>{esc(n)}</b> <span class="ngay">({d})</span><p>{esc(t)}</p></div>'
        for n, d, t in s.opts.get("comments", [])
    )
    form = (f'<form method="post" action="/sgddt/tin-tuc/y-kien?id={s.id}" class="form-ykien">'
            '<p>Họ và tên (*): <input type="text" name="hoten" /></p>'
            '<p>Email (*): <input type="text" name="email" /></p>'
            '<p>Nội dung (*): <textarea name="noidung" rows="5" cols="60"></textarea></p>'
            '<p>Mã xác nhận: <input type="text" name="captcha" size="6" /> '
            '<img src="/sgddt/captcha.png" alt="" /></p>'
            '<p><input type="submit" value="Gửi ý kiến" /> <input type="reset" value="Nhập lại" /></p>'
            "</form>")
    return (old or "<p><i>Chưa có ý kiến nào.</i></p>") + form


def article_page(s: Story) -> str:
    cat = CATEGORIES[s.cat]
    others = [o for o in in_cat(s.cat) if o.id != s.id][:5]
    tin_khac = "".join(
        f'<li><a href="{detail(o)}">{esc(o.title)}</a> <span class="ngay">({dmy(o)})</span></li>'
        for o in others
    )
    main = (
        breadcrumb(("/sgddt/tin-tuc", "Tin tức"), (f"/sgddt/tin-tuc?cat={s.cat}", cat))
        + (deny_box() if s.opts.get("deny") else "")
        + f"""
<div class="khung tt-chitiet"><div class="noidung-khung">
<h2 class="tieude-tin">{esc(s.title)}</h2>
<div class="ngay-dang">{esc(s.opts["date"])} <span class="luot-xem">Lượt xem: {s.views()}</span></div>
<div class="tt-tab">
<ul class="tab-tieude">
<li class="active"><a href="javascript:void(0)" onclick="moTab('tab-noidung-{s.id}')">Nội dung</a></li>
<li><a href="javascript:void(0)" onclick="moTab('tab-vanban-{s.id}')">Văn bản liên quan</a></li>
<li><a href="javascript:void(0)" onclick="moTab('tab-ykien-{s.id}')">Ý kiến</a></li>
</ul>
<div class="tab-pane active" id="tab-noidung-{s.id}"><div class="tt-noidung">
{render_blocks(s.blocks)}
</div></div>
<div class="tab-pane" id="tab-vanban-{s.id}" style="display:none">{docs_panel(s)}</div>
<div class="tab-pane" id="tab-ykien-{s.id}">{comments_panel(s)}</div>
</div>
<div class="cong-cu"><a href="{print_view(s)}" target="_blank">In bài</a> |
<a href="/sgddt/tin-tuc/gui-email?id={s.id}">Gửi email</a> |
<a href="javascript:void(0)" onclick="luuBai({s.id})">Lưu bài</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fkontum.gov.vn%2Fsgddt%2Ftin-tuc%2Fchi-tiet%3Fid%3D{s.id}"
target="_blank">Chia sẻ</a></div>
</div></div>
"""
        + khung("Các tin khác", f'<ul class="tin-khac">{tin_khac}</ul>')
    )
    return page(s.title, main)


def print_page(s: Story) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8" />
<title>{esc(s.title)}</title><link rel="stylesheet" href="/html/themes/egov-kontum/css/print.css" /></head>
<body onload="window.print()"><div class="in-bai">
<img src="/html/themes/egov-kontum/images/logo-in.png" alt="" />
<p class="ten-cq">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM - {esc(AGENCY.upper())}</p>
<h2 class="tieude-tin">{esc(s.title)}</h2>
<div class="ngay-dang">{esc(s.opts["date"])}</div>
<div class="tt-noidung">{render_blocks(s.blocks)}</div>
<p class="url-bai">Địa chỉ bài viết: http://kontum.gov.vn{detail(s)}</p>
</div></body></html>"""


# --- listings and home --------------------------------------------------------------------


def item_html(s: Story, href: str, with_thumb: bool = True) -> str:
    imgs = s.images
    thumb = (f'<img class="anh-nho" src="{imgs[0].src}" alt="" width="120" />'
             if with_thumb and imgs else '<img class="anh-nho" src="/sgddt/images/no-image.jpg" alt="" />')
    lead = next(b.text for b in s.blocks if isinstance(b, P))
    short = lead if len(lead) < 180 else lead[:177].rsplit(" ", 1)[0] + "..."
    return (f'<div class="tin-item">{thumb}<a class="tieude" href="{href}">{esc(s.title)}</a> '
            f'<span class="ngay">({dmy(s)})</span><p class="tomtat">{esc(short)}</p></div>')


def listing(request: Request) -> Response | None:
    params = request.params
    cat = params.get("cat") or None
    if cat is not None and cat not in CATEGORIES:
        return None
    try:
        n = int(params.get("trang", "1"))
    except ValueError:
        return None
    stories = in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if not 1 <= n <= pages:
        return None
    chunk = stories[(n - 1) * PER_PAGE : n * PER_PAGE]
    base = f"/sgddt/tin-tuc?cat={cat}&amp;" if cat else "/sgddt/tin-tuc?"
    pager = ["Trang:"]
    for i in range(1, pages + 1):
        pager.append(f"<b>[{i}]</b>" if i == n else f'<a href="{base}trang={i}">{i}</a>')
    if n < pages:
        pager.append(f'<a href="{base}trang={n + 1}">Sau »</a>')
    name = CATEGORIES[cat] if cat else "Tin tức"
    crumbs = [("/sgddt/tin-tuc", "Tin tức"), (None, name)] if cat else [(None, "Tin tức")]
    items = "".join(item_html(s, detail_cat(s)) for s in chunk)
    main = breadcrumb(*crumbs) + khung(name, items + f'<div class="phan-trang">{" ".join(pager)}</div>',
                                       "ds-tin")
    return html(page(name, main))


def home(request: Request) -> Response:
    top = STORIES[0]
    featured = (f'<div class="tin-noibat"><img src="{top.images[0].src}" alt="" width="300" />'
                f'<h3><a href="{detail_slug(top)}">{esc(top.title)}</a></h3>'
                f'<span class="ngay">({dmy(top)})</span></div>')
    newest = "".join(f'<li><a href="{detail_slug(s)}">{esc(s.title)}</a></li>' for s in STORIES[1:5])
    heads, panels = [], []
    for i, (k, v) in enumerate(CATEGORIES.items()):
        heads.append(f'<li{" class=active" if i == 0 else ""}><a href="/sgddt/tin-tuc?cat={k}" '
                     f"onclick=\"return moTab('cat-{k}')\">{esc(v)}</a></li>")
        hidden = "" if i == 0 else ' style="display:none"'
        body = "".join(
            f'<li><a href="{detail_cat(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(s)})</span></li>'
            for s in in_cat(k)[:3]
        )
        panels.append(f'<div class="tab-pane{" active" if i == 0 else ""}" id="cat-{k}"{hidden}><ul>{body}</ul></div>')
    tabs = f'<div class="tt-tab"><ul class="tab-tieude">{"".join(heads)}</ul>{"".join(panels)}</div>'
    main = (khung("Tin nổi bật", featured + f'<ul class="tin-moi">{newest}</ul>')
            + deny_box()
            + khung("Tin theo chuyên mục", tabs))
    return html(page("Trang chủ", main))


# --- static pages ------------------------------------------------------------------------

STAFF = [
    ("Võ Ngọc Thành", "Giám đốc", "0260.3862.123"),
    ("Trần Văn Thúy", "Phó Giám đốc", "0260.3862.124"),
    ("Nguyễn Đức Minh", "Phó Giám đốc", "0260.3862.125"),
    ("Lê Thị Thu Hà", "Chánh Thanh tra", "0260.3862.130"),
]


def static_pages() -> dict[str, str]:
    intro = breadcrumb((None, "Giới thiệu")) + khung("Giới thiệu chung", (
        "<p>Sở Giáo dục và Đào tạo tỉnh Kon Tum là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng "
        "tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<p>Trụ sở: 358 Trần Phú, TP Kon Tum. Điện thoại: 0260.3862.456.</p>"
        "<p>Chức năng, nhiệm vụ, quyền hạn được quy định tại Quyết định số 12/2021/QĐ-UBND ngày "
        "10/5/2021 của UBND tỉnh Kon Tum.</p>"))
    cards = "".join(
        f'<div class="the-canbo"><img src="/sgddt/upload/canbo/{i}.jpg" alt="" />'
        f"<p><b>{esc(n)}</b></p><p>Chức vụ: {esc(c)}</p><p>Điện thoại: {t}</p></div>"
        for i, (n, c, t) in enumerate(STAFF, 1)
    )
    units = "".join(f"<li>{esc(u)}</li>" for u in (
        "Văn phòng Sở", "Thanh tra Sở", "Phòng Kế hoạch - Tài chính", "Phòng Tổ chức cán bộ",
        "Phòng Giáo dục Mầm non - Tiểu học", "Phòng Giáo dục Trung học", "Phòng Giáo dục dân tộc"))
    org = breadcrumb((None, "Cơ cấu tổ chức")) + khung("Lãnh đạo Sở", cards) + khung(
        "Các phòng chuyên môn", f"<ul>{units}</ul>")
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="/sgddt/van-ban/chi-tiet?id={i}">{esc(d[0])}</a></td>'
        f"<td>{d[1]}</td><td>{esc(d[3])}</td></tr>"
        for i, d in DOCS.items()
    )
    reg = breadcrumb((None, "Văn bản")) + khung("Văn bản chỉ đạo, điều hành", (
        '<form method="get" action="/sgddt/van-ban">Từ khóa: <input name="tukhoa" /> '
        '<input type="submit" value="Tìm kiếm" /></form>'
        '<table class="bang-vanban" border="1"><tr><th>Mã</th><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{rows}</table>"))
    sched = "".join(
        f"<tr><td>{d}</td><td>{b}</td><td>{c}</td></tr>"
        for d, b, c in [
            ("Thứ Hai 30/11", "Sáng 7h30: Giám đốc Sở giao ban", "Chiều: Làm việc tại cơ quan"),
            ("Thứ Ba 01/12", "Sáng: Phó GĐ Trần Văn Thúy kiểm tra tại Đăk Hà", "Chiều: Họp Hội đồng thi đua"),
            ("Thứ Tư 02/12", "Sáng: Dự họp UBND tỉnh", "Chiều: Làm việc tại cơ quan"),
            ("Thứ Năm 03/12", "Sáng: Làm việc tại cơ quan", "Chiều 14h: Hội nghị sơ kết chuyển đổi số"),
            ("Thứ Sáu 04/12", "Sáng: Tiếp công dân định kỳ", "Chiều: Làm việc tại cơ quan"),
        ]
    )
    lich = breadcrumb((None, "Lịch công tác")) + khung(
        "Lịch công tác tuần 49 (từ 30/11/2026 đến 04/12/2026)",
        f'<table class="lich" border="1"><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>{sched}</table>')
    return {
        "/sgddt/gioi-thieu": page("Giới thiệu", intro),
        "/sgddt/co-cau-to-chuc": page("Cơ cấu tổ chức", org),
        "/sgddt/van-ban": page("Văn bản", reg),
        "/sgddt/lich-cong-tac": page("Lịch công tác", lich),
    }


def doc_page(i: int) -> str:
    so, ngay, loai, trich, ky = DOCS[i]
    main = breadcrumb(("/sgddt/van-ban", "Văn bản"), (None, "Chi tiết văn bản")) + khung("Chi tiết văn bản", (
        '<table class="ct-vanban" border="1">'
        f"<tr><td>Số ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{esc(loai)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(trich)}</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(ky)}</td></tr>"
        f'<tr><td>File đính kèm</td><td><a href="/sgddt/van-ban/tai-ve?id={i}">'
        f"{esc(so.replace('/', '-'))}.pdf</a></td></tr></table>"))
    return page(f"{loai} {so}", main)


def email_page(s: Story) -> str:
    main = breadcrumb((None, "Gửi email")) + khung("Gửi bài viết qua email", (
        f"<p>Bài viết: <b>{esc(s.title)}</b></p>"
        f'<form method="post" action="/sgddt/tin-tuc/gui-email?id={s.id}">'
        '<p>Email người nhận: <input name="den" /></p><p>Lời nhắn: <textarea name="loinhan"></textarea></p>'
        '<input type="submit" value="Gửi" /></form>'))
    return page("Gửi email", main)


# --- the other agencies on the same host ----------------------------------------------------

OTHERS = {
    "soyte": ("Sở Y tế tỉnh Kon Tum", [
        (512, "Triển khai chiến dịch tiêm vắc xin sởi cho trẻ em năm 2026", "01/12/2026",
         "Sở Y tế triển khai chiến dịch tiêm bổ sung vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại 10 huyện, thành phố."),
        (508, "Tăng cường phòng chống sốt xuất huyết mùa mưa", "20/11/2026",
         "Các trung tâm y tế huyện tổ chức phun hóa chất diệt muỗi tại các ổ dịch."),
    ]),
    "sotnmt": ("Sở Tài nguyên và Môi trường tỉnh Kon Tum", [
        (277, "Hội nghị tập huấn Luật Đất đai năm 2024 cho cán bộ cấp xã", "26/11/2026",
         "Sở Tài nguyên và Môi trường tổ chức tập huấn cho hơn 200 cán bộ địa chính cấp xã."),
    ]),
}


def other_agency(key: str, request: Request) -> Response | None:
    name, news = OTHERS[key]
    prefix = f"/{key}"
    if request.path == f"{prefix}/":
        items = "".join(
            f'<li><a href="{prefix}/tin-tuc/chi-tiet?id={i}">{esc(t)}</a> <span class="ngay">({d})</span></li>'
            for i, t, d, _ in news
        )
        return html(page("Trang chủ", khung("Tin tức - Sự kiện", f"<ul>{items}</ul>"), name, prefix))
    if request.path == f"{prefix}/tin-tuc/chi-tiet":
        for i, t, d, body in news:
            if request.params.get("id") == str(i):
                d2 = d.replace("/", "-")
                main = (f'<div class="khung tt-chitiet"><div class="noidung-khung"><h2 class="tieude-tin">{esc(t)}</h2>'
                        f'<div class="ngay-dang">Ngày {d2}</div><div class="tt-tab"><div class="tab-pane active">'
                        f'<div class="tt-noidung"><p>{esc(body)}</p></div></div></div></div></div>')
                return html(page(t, main, name, prefix))
    return None


def province_home() -> str:
    links = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in [
        ("/sgddt/", AGENCY), ("/soyte/", OTHERS["soyte"][0]), ("/sotnmt/", OTHERS["sotnmt"][0])])
    return page("Trang chủ", khung("Các sở, ban, ngành", f"<ul>{links}</ul>"), "UBND tỉnh Kon Tum", "")


# --- routing ------------------------------------------------------------------------------


class EgovSite:
    def __init__(self) -> None:
        self.static = static_pages()

    def story(self, request: Request) -> Story | None:
        try:
            return BY_ID.get(int(request.params.get("id", "")))
        except ValueError:
            return None

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/html/", "/sgddt/upload/", "/sgddt/images/")) or path.endswith(".png"):
            return static_file(path)
        if path == "/":
            return html(province_home())
        if path in ("/sgddt", "/soyte", "/sotnmt"):
            return Response(301, b"", {"Location": path + "/"})
        if path == "/sgddt/":
            return home(request)
        for key in OTHERS:
            if path.startswith(f"/{key}/"):
                return other_agency(key, request)
        if path in self.static and not request.query:
            return html(self.static[path])
        if path == "/sgddt/tin-tuc":
            return listing(request)
        if path == "/sgddt/tin-tuc/chi-tiet" or path == f"/sgddt/tin-tuc/chi-tiet;jsessionid={SID}":
            s = self.story(request)
            extra = set(request.params) - {"id", "cat"}
            return html(article_page(s)) if s and not extra else None
        if path == "/sgddt/tin-tuc/in-bai":
            s = self.story(request)
            return html(print_page(s)) if s else None
        if path == "/sgddt/tin-tuc/gui-email":
            s = self.story(request)
            return html(email_page(s)) if s else None
        if m := re.fullmatch(r"/sgddt/tin-tuc/(\d+)/([a-z0-9-]+)", path):
            s = BY_ID.get(int(m.group(1)))
            return html(article_page(s)) if s and s.slug == m.group(2) else None
        if path == "/sgddt/van-ban/chi-tiet":
            i = request.params.get("id", "")
            return html(doc_page(int(i))) if i.isdigit() and int(i) in DOCS else None
        if path == "/sgddt/van-ban/tai-ve":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return None


def build_site() -> EgovSite:
    return EgovSite()
