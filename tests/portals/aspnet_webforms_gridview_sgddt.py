"""ASP.NET WebForms 2.0/3.5 portal of Sở Giáo dục và Đào tạo tỉnh Cao Bằng (blind fixture).

Platform: a legacy provincial WebForms site on IIS 6 (``X-AspNet-Version: 2.0.50727``): one master
page (``ctl00``) with a content placeholder ``cphMain``; every page is one ``<form id="aspnetForm">``
with ``__VIEWSTATE`` / ``__EVENTVALIDATION``; lists are GridViews with the built-in numeric pager
(``__doPostBack('ctl00$cphMain$GridView1','Page$2')``); article text is nvarchar HTML printed by
asp:Label controls (``<span id="ctl00_cphMain_lblNoiDung">`` wrapping block markup). The oldest
posts (October / early November) are still served by the old page template with a windows-1258
meta and no charset in the HTTP header.

URL scheme:
- ``/`` (also ``/Default.aspx``): home: featured box, "Tin mới" DataList, "Thông báo" box.
- ``/TinTuc/DanhSach.aspx?cat=<C>``: category GridView (PageSize 4); page 2 only by postback
  (POST to the same URL with ``__EVENTTARGET=ctl00$cphMain$GridView1``,
  ``__EVENTARGUMENT=Page$2`` and the page's ``__VIEWSTATE`` / ``__EVENTVALIDATION``).
- ``/TinTuc/ChiTiet.aspx?id=<N>``: article; ``/TinTuc/InTin.aspx?id=<N>``: its print view.
- ``/GioiThieu.aspx``, ``/LienHe.aspx``, ``/VanBan/ChiTietVanBan.aspx?id=<N>``,
  ``/ThuVienAnh/Album.aspx?id=<N>``: not articles.
- cookieless session paths ``/(S(<24 chars>))/…`` serve the same page as without the prefix.

How each gold article is reached:
- 1287, 1285, 1283, 1281, 1278: home "Tin mới" (1287/1285/1281 also featured with ``&cat=``).
- 1283, 1262: home "Thông báo" box and the cat=3 GridView.
- 1266, 1259, 1270: sidebar "Tin đọc nhiều" (cookieless links) and page 1 of their GridView.
- 1274: only page 1 of the cat=1 GridView (and "Các tin khác" of its category).
- 1252, 1239 (cat=1) and 1244 (cat=2): only page 2 of their GridView, by postback.

Traps:
1. Pagination by postback only: the GridView pager row is a nested table inside the grid whose
   links are ``javascript:__doPostBack('ctl00$cphMain$GridView1','Page$2')``; page 2 answers a
   POST that carries the page's own ``__VIEWSTATE`` and ``__EVENTVALIDATION`` (a POST without
   view state is a first visit: page 1; a foreign view state is the "Validation of viewstate MAC
   failed" error page, 500). Gold: 1252, 1239, 1244 are articles reached only that way.
2. The headline is an asp:Label ``<span id="ctl00_cphMain_lblTieuDe">``, not a heading: the page's
   only ``<h1>`` is the banner (the department's name), an ``<h2 class="tde_muc">`` right above the
   headline prints the category name, and ``<title>`` is the master page's generic title on every
   page. Gold title: the Label's text.
3. The article text is nvarchar HTML inside a Label ``<span id="ctl00_cphMain_lblNoiDung">`` (block
   ``<p>``/``<div>``/``<table>`` inside a ``<span>``); the sapo is another Label,
   ``lblTomTat``, a bold ``<span>`` (no ``<p>``) printed above it. Gold: the sapo is the summary and
   the body's first paragraph; where ``lblTomTat`` is empty there is no summary.
4. Dates as the server's culture prints ``DateTime.ToString()``: vi-VN with Vietnamese day-period
   designators ("03/12/2026 2:30:00 CH" = 14:30, "SA" = morning), while the old template's
   server had no culture set and prints en-US "11/5/2026 8:15:00 AM" (month first: 5 November;
   the GridView's own date column prints "05/11/2026"). "12:00:00 SA" is midnight: the day
   alone. An earlier "Cập nhật:" Label precedes "Ngày đăng:" on some pages. Gold: the
   publication date/time, 24-hour, +07:00.
5. The same post under several URLs: the home page's featured box links ``ChiTiet.aspx?id=N&cat=C``,
   the sidebar's "Tin đọc nhiều" links cookieless-session paths
   ``/(S(kq3vyb45mhx2wz55ftcpoe55))/TinTuc/ChiTiet.aspx?id=N``, a GridView row links the post twice
   (thumbnail ImageField and title HyperLinkField) and the "In bài" tool opens
   ``InTin.aspx?id=N`` by ``window.open``. Gold: the plain ``ChiTiet.aspx?id=N`` is canonical,
   the others are alt_paths.
6. GridView titles are cut by the vendor's ``Substring(0, 60) + "..."`` (the full headline is only
   in the link's ``title`` attribute and on the article page). Gold title: as the article prints it.
7. windows-1258 pages (old template: meta charset only, tone marks stored as combining characters,
   decoded text is partly decomposed). Gold: NFC text.
8. Captions three ways: a two-row layout table (image row, caption row in ``<em>``), a caption
   after ``<br>`` in the image's own centred ``<p>``, and a following centred italic ``<p>`` in
   parentheses; a line "Ảnh: X" alone credits a photographer (caption None). None is body.
9. Bylines: the vendor's ``lblTacGia`` Label after the text ("Tác giả: ThS. Lương Văn Khánh - Phó
   Trưởng phòng GDTrH" -> "Lương Văn Khánh"), bold right-aligned lines typed in the text ("Tin, ảnh:
   X" -> author and photographer), a unit signing alone ("Phòng GDMN - GDTH"), and the info bar's
   "Người đăng: quantri" (a CMS account: nobody). "Nguồn: Báo Cao Bằng" -> source.
10. Word-pasted text (``MsoNormal``, ``<o:p>&nbsp;</o:p>`` spacer paragraphs, ``mso-list:Ignore``
    markers) and ``<br>``-split paragraphs; a schedule table whose rows are paragraphs.
11. An official notice (cat "Thông báo") printed as a document: letterhead table, "Số:", the
    place-and-day line, "THÔNG BÁO / Về việc …", then "Nơi nhận" and the signer: none is body; the
    date is the letterhead's day (the Label's "01/12/2026 8:10:00 SA" is the posting time).
12. Chrome inside the content placeholder: "Các tin khác" GridView2 with "(dd/MM/yyyy)" dates under
    the text, the file-attachment line, the tool bar, view counter, poll and visitor counter.

Gold decisions on ambiguous points:
- A date Label printing midnight ("12:00:00 SA" / "12:00:00 AM") gives the day alone.
- The en-US date on the old template is read month first (the GridView column confirms it).
- A caption printed in parentheses loses them; "Ảnh: X" is a credit, not a caption.
- ``category`` is the breadcrumb's last link (the GridView's category name).
- Listings (home, DanhSach pages) are not articles and are not in NON_ARTICLES.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_webforms_gridview_sgddt"
PLATFORM = "ASP.NET WebForms 2.0 (GridView numeric pager, master page, windows-1258 old template)"
START_PATH = "/"

SESSION = "(S(kq3vyb45mhx2wz55ftcpoe55))"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 4
GRID_TARGET = "ctl00$cphMain$GridView1"

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Thông báo",
}

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" width="100%" style="font-family:Times New Roman">'
    '<tr><td style="text-align:center;width:40%">UBND TỈNH CAO BẰNG<br />'
    "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b></td>"
    '<td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b></td></tr>"
    '<tr><td style="text-align:center">Số: 2174/TB-SGDĐT</td>'
    '<td style="text-align:right"><i>Cao Bằng, ngày 30 tháng 11 năm 2026</i></td></tr></table>'
    '<p style="text-align:center"><b>THÔNG BÁO</b><br />'
    "<b>Về việc tổ chức kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027</b></p>"
)
_SIGNATURE = (
    '<table border="0" width="100%"><tr><td style="width:50%;vertical-align:top">'
    "<b><i>Nơi nhận:</i></b><br />- Các trường THPT (t/h);<br />- Lãnh đạo Sở;<br />"
    "- Website Sở;<br />- Lưu: VT, QLCL.</td>"
    '<td style="text-align:center;vertical-align:top"><b>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</b>'
    "<br /><br /><br /><i>(đã ký)</i><br /><br /><b>Nông Thanh Tùng</b></td></tr></table>"
)


def _right(line: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _img(name: str, month: str = "12") -> str:
    return f"/Upload/Images/2026/{month}/{name}"


STORIES: list[Story] = [
    Story(
        1287, "", "Sở GD&ĐT Cao Bằng sơ kết công tác chuyển đổi số trong giáo dục năm 2026", "1",
        "2026-12-04T15:45:00+07:00",
        [
            P("Chiều ngày 04/12, tại Hội trường Sở, Sở GD&ĐT tổ chức Hội nghị sơ kết công tác chuyển "
              "đổi số trong giáo dục năm 2026 và triển khai nhiệm vụ trọng tâm năm 2027."),
            Img(_img("cds_hoinghi_01.jpg"), "Quang cảnh Hội nghị sơ kết công tác chuyển đổi số",
                "Quang cảnh Hội nghị sơ kết công tác chuyển đổi số", "table"),
            P("Năm 2026, 100% cơ sở giáo dục trên địa bàn tỉnh đã sử dụng hồ sơ học sinh điện tử; "
              "98,6% trường phổ thông thực hiện học bạ số; hệ thống thanh toán không dùng tiền mặt "
              "được triển khai tại 412 trường."),
            P("Bên cạnh kết quả đạt được, hạ tầng mạng tại các điểm trường lẻ vùng cao vẫn còn "
              "thiếu, một bộ phận giáo viên chưa thành thạo kỹ năng số."),
            Img(_img("cds_hoinghi_02.jpg"), "Đồng chí Giám đốc Sở phát biểu chỉ đạo Hội nghị",
                "Đồng chí Giám đốc Sở phát biểu chỉ đạo Hội nghị", "br"),
            P("Phát biểu chỉ đạo, đồng chí Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát dữ liệu "
              "ngành, hoàn thành kết nối cơ sở dữ liệu với hệ thống của Bộ trước ngày 31/12/2026."),
        ],
        authors=["Hoàng Văn Thụ"], photographers=["Hoàng Văn Thụ"],
        summary="Sáng kiến số hóa hồ sơ, học bạ và thanh toán không dùng tiền mặt được nhân rộng ở "
                "hầu hết các cơ sở giáo dục trong tỉnh.",
        sapo_outside=True,
        opts={"date": "04/12/2026 3:45:00 CH", "tail": [_right("Tin, ảnh: Hoàng Văn Thụ")],
              "featured": True},
    ),
    Story(
        1285, "", "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027", "2",
        "2026-12-03T14:30:00+07:00",
        [
            P("Từ ngày 01 đến 03/12/2026, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc "
              "THPT năm học 2026-2027 với sự tham gia của 126 giáo viên đến từ 31 trường."),
            P("Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết "
              "dạy, trong đó có một tiết do Ban tổ chức bốc thăm."),
            Img(_img("gvdg_thpt_01.jpg"), "(Giáo viên Trường THPT Chuyên Cao Bằng trong tiết dạy thực hành)",
                "Giáo viên Trường THPT Chuyên Cao Bằng trong tiết dạy thực hành", "next"),
            P("Kết quả, 98 giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, 12 giáo viên đạt "
              "giải Nhất."),
        ],
        authors=["Lương Văn Khánh"],
        summary="126 giáo viên của 31 trường THPT tham gia Hội thi, 98 giáo viên được công nhận "
                "giáo viên dạy giỏi cấp tỉnh.",
        sapo_outside=True,
        opts={"date": "03/12/2026 2:30:00 CH", "updated": "04/12/2026 9:05:00 SA",
              "tacgia": "ThS. Lương Văn Khánh - Phó Trưởng phòng GDTrH", "featured": True},
    ),
    Story(
        1283, "", "Thông báo về việc tổ chức kỳ thi chọn đội tuyển học sinh giỏi quốc gia THPT năm 2027",
        "3", "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
              "17/2023/TT-BGDĐT của Bộ Giáo dục và Đào tạo;"),
            P("Sở Giáo dục và Đào tạo thông báo tổ chức kỳ thi chọn đội tuyển dự thi chọn học sinh "
              "giỏi quốc gia THPT năm 2027 như sau:"),
            P("Thời gian thi: ngày 18 và 19/12/2026.", "msolist"),
            P("Địa điểm: Trường THPT Chuyên Cao Bằng.", "msolist"),
            P("Đối tượng: học sinh lớp 11, 12 đạt giải Nhất, Nhì kỳ thi chọn học sinh giỏi cấp "
              "tỉnh năm học 2026-2027.", "msolist"),
            P("Các trường gửi danh sách học sinh dự thi về Sở (qua Phòng Quản lý chất lượng) trước "
              "ngày 10/12/2026."),
            Raw(_SIGNATURE),
            Raw('<p><img src="/images/icon_file.gif" alt="" /> File đính kèm: '
                '<a href="/Upload/Files/2026/TB2174-SGDDT.pdf">TB2174-SGDDT.pdf</a></p>'),
        ],
        authors=["Nông Thanh Tùng"],
        opts={"date": "01/12/2026 8:10:00 SA"},
    ),
    Story(
        1281, "", "Trao 200 suất quà ấm áp cho học sinh vùng cao huyện Bảo Lâm", "1",
        "2026-12-02T09:30:00+07:00",
        [
            P("Ngày 01/12, Công đoàn ngành Giáo dục phối hợp với nhóm thiện nguyện “Hơi ấm vùng "
              "cao” trao 200 suất quà cho học sinh Trường PTDTBT Tiểu học và THCS Nam Cao."),
            P("Mỗi suất quà gồm áo ấm, chăn, sách vở và đồ dùng học tập trị giá 500.000 đồng."),
            Img(_img("baolam_quatang.jpg"), "Ảnh: Nông Văn Dũng", None, "next"),
            P("Dịp này, nhóm thiện nguyện cũng trao tặng nhà trường một bộ máy lọc nước và 50 bộ bàn "
              "ghế cho điểm trường Nặm Lìn."),
            P("Nhà trường gửi lời cảm ơn các nhà hảo tâm đã đồng hành cùng học sinh vùng cao."),
        ],
        authors=["Đàm Thị Thu"], photographers=["Nông Văn Dũng"], source="Báo Cao Bằng",
        summary="Áo ấm, chăn và sách vở đã đến với học sinh bán trú Trường PTDTBT Tiểu học và "
                "THCS Nam Cao trước những ngày rét đậm.",
        sapo_outside=True,
        opts={"date": "02/12/2026 9:30:00 SA", "tacgia": "Đàm Thị Thu",
              "tail": [Raw('<p style="text-align: right;"><em>Nguồn: Báo Cao Bằng</em></p>')],
              "featured": True},
    ),
    Story(
        1278, "", "Chuyên đề “Dạy học phát triển năng lực” môn Ngữ văn cấp THCS", "2",
        "2026-11-30T10:20:00+07:00",
        [
            P("Thực hiện kế hoạch năm học, ngày 28/11/2026 Phòng GDTrH tổ chức chuyên đề “Dạy học "
              "phát triển năng lực” môn Ngữ văn cấp THCS tại Trường THCS Hợp Giang."),
            P("Chương trình chuyên đề:", "h"),
            P("Thời gian | Nội dung | Thực hiện", "row"),
            P("7h30 - 9h00 | Dạy minh họa bài “Bếp lửa” (lớp 9) | Trường THCS Hợp Giang", "row"),
            P("9h15 - 11h00 | Thảo luận, rút kinh nghiệm | Các tổ chuyên môn", "row"),
            P("Các đại biểu thống nhất cần tăng cường tổ chức hoạt động đọc hiểu theo nhóm và đánh "
              "giá thường xuyên bằng bảng kiểm."),
            P("Sau chuyên đề, các trường tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học và báo "
              "cáo kết quả về Phòng GDTrH trước ngày 20/12/2026.", "br"),
            P("Đề nghị các trường nghiêm túc triển khai."),
        ],
        authors=["Phòng GDTrH"],
        opts={"date": "30/11/2026 10:20:00 SA", "tail": [_right("Phòng GDTrH", bold=False)]},
    ),
    Story(
        1274, "", "Ngày hội đọc sách tại Trường PTDTNT THCS huyện Hà Quảng", "1",
        "2026-11-27",
        [
            P("Hưởng ứng phong trào xây dựng văn hóa đọc, Trường PTDTNT THCS huyện Hà Quảng tổ chức "
              "Ngày hội đọc sách năm 2026 với chủ đề “Sách - nhịp cầu tri thức”.", "mso"),
            P("Các hoạt động gồm: trưng bày sách theo chủ đề, thi giới thiệu sách, vẽ tranh theo "
              "tác phẩm và đổi sách cũ lấy sách mới.", "mso"),
            Img(_img("hq_docsach.jpg", "11"), "Học sinh tham gia giới thiệu sách",
                "Học sinh tham gia giới thiệu sách", "table"),
            P("Ngày hội thu hút hơn 300 học sinh tham gia, thư viện nhà trường nhận thêm 450 cuốn "
              "sách do học sinh và phụ huynh ủng hộ.", "mso"),
        ],
        authors=["Lục Thị Mai"],
        opts={"date": "27/11/2026 12:00:00 SA", "tail": [_right("Lục Thị Mai - Trường PTDTNT THCS Hà Quảng")]},
    ),
    Story(
        1270, "", "Kiểm tra công tác phổ cập giáo dục tại huyện Trùng Khánh", "2",
        "2026-11-24T16:05:00+07:00",
        [
            P("Từ ngày 18 đến 20/11/2026, Đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác phổ cập "
              "giáo dục, xóa mù chữ tại huyện Trùng Khánh."),
            P("Đoàn đã kiểm tra hồ sơ tại 6 xã, thị trấn và làm việc với Ban Chỉ đạo phổ cập giáo "
              "dục huyện."),
            P("Kết quả: huyện duy trì đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi;", "li"),
            P("Đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;", "li"),
            P("Đạt chuẩn phổ cập giáo dục THCS mức độ 2.", "li"),
            P("Đoàn đề nghị huyện tiếp tục quan tâm công tác xóa mù chữ cho người lớn tuổi ở các "
              "xóm vùng sâu."),
        ],
        summary="Đoàn kiểm tra ghi nhận huyện Trùng Khánh duy trì vững chắc các chuẩn phổ cập giáo dục.",
        sapo_outside=True,
        opts={"date": "24/11/2026 4:05:00 CH", "tacgia": "Phòng GDMN - GDTH"},
        authors=["Phòng GDMN - GDTH"],
    ),
    Story(
        1266, "", "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "1",
        "2026-11-20T08:00:00+07:00",
        [
            P("Lễ kỷ niệm biểu dương 45 nhà giáo tiêu biểu đã có nhiều đóng góp cho sự nghiệp giáo "
              "dục tỉnh Cao Bằng."),
            P("Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
              "(20/11/1982 - 20/11/2026) và biểu dương nhà giáo tiêu biểu."),
            P("Tại buổi lễ, 45 nhà giáo có nhiều đóng góp cho sự nghiệp giáo dục của tỉnh được tặng "
              "Bằng khen của Chủ tịch UBND tỉnh."),
            Img(_img("2011_bieuduong.jpg", "11"), "(Các nhà giáo tiêu biểu nhận Bằng khen)",
                "Các nhà giáo tiêu biểu nhận Bằng khen", "next"),
            P("Thay mặt các nhà giáo, cô giáo Hà Thị Nguyệt, Trường Tiểu học Lũng Nặm, bày tỏ niềm "
              "tự hào khi được gắn bó với học sinh vùng cao suốt 25 năm."),
        ],
        authors=["Nguyễn Minh Đức"],
        summary="Lễ kỷ niệm biểu dương 45 nhà giáo tiêu biểu đã có nhiều đóng góp cho sự nghiệp giáo "
                "dục tỉnh Cao Bằng.",
        sapo_outside=False,
        opts={"date": "20/11/2026 8:00:00 SA", "bold_lead": True,
              "tail": [_right("Nguyễn Minh Đức")]},
    ),
    Story(
        1262, "", "Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (đợt 2)", "3",
        "2026-11-16T09:00:00+07:00",
        [
            P("Hội đồng xét tuyển viên chức ngành Giáo dục tỉnh Cao Bằng thông báo kết quả xét "
              "tuyển viên chức năm 2026 (đợt 2) như sau:"),
            P("Tổng số thí sinh dự xét tuyển vòng 2: 214 người; số thí sinh trúng tuyển: 87 người."),
            P("Thí sinh trúng tuyển hoàn thiện hồ sơ và nộp về Phòng Tổ chức cán bộ trước ngày "
              "30/11/2026."),
            Raw('<p><a href="/Upload/Files/2026/KQ_XetTuyen_Dot2.pdf">'
                '<img src="/images/icon_pdf.gif" alt="" /> Xem danh sách kết quả tại đây</a></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"date": "16/11/2026 9:00:00 SA", "tail": [_right("Phòng Tổ chức cán bộ")]},
    ),
    Story(
        1259, "", "Bồi dưỡng giáo viên cốt cán về Chương trình GDPT 2018", "2",
        "2026-11-12T07:45:00+07:00",
        [
            P("Từ ngày 09 đến 11/11/2026, Sở GD&ĐT tổ chức bồi dưỡng cho 240 giáo viên cốt cán cấp "
              "THCS, THPT về đổi mới kiểm tra, đánh giá theo Chương trình GDPT 2018."),
            P("Các học viên được hướng dẫn xây dựng ma trận, bản đặc tả và đề kiểm tra định kỳ theo "
              "định hướng phát triển năng lực."),
            Img(_img("boiduong_cotcan.jpg", "11"), None, None, "none"),
            P("Sau lớp bồi dưỡng, giáo viên cốt cán có trách nhiệm hỗ trợ đồng nghiệp tại trường qua "
              "hệ thống tập huấn trực tuyến."),
        ],
        authors=["Lương Văn Khánh"],
        summary="240 giáo viên cốt cán cấp THCS, THPT được bồi dưỡng về đổi mới kiểm tra, đánh giá.",
        sapo_outside=True,
        opts={"date": "12/11/2026 7:45:00 SA", "tacgia": "Lương Văn Khánh"},
    ),
    Story(
        1252, "", "Khai mạc Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XII năm 2026", "1",
        "2026-11-05T08:15:00+07:00",
        [
            P("Sáng 05/11/2026, tại Sân vận động tỉnh, Sở GD&ĐT khai mạc Hội khỏe Phù Đổng tỉnh Cao "
              "Bằng lần thứ XII với hơn 1.500 vận động viên là học sinh của 10 huyện, thành phố."),
            P("Hội khỏe diễn ra đến ngày 10/11 với 9 môn thi đấu: điền kinh, bóng đá, cầu lông, bóng "
              "bàn, cờ vua, đá cầu, bơi, võ cổ truyền và kéo co."),
            Img(_img("hkpd_khaimac.jpg", "11"), "Màn đồng diễn tại Lễ khai mạc",
                "Màn đồng diễn tại Lễ khai mạc", "table"),
            P("Hội khỏe là dịp tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn quốc năm 2028."),
        ],
        authors=["Hoàng Văn Thụ"], photographers=["Hoàng Văn Thụ"],
        summary="Hơn 1.500 vận động viên học sinh tranh tài ở 9 môn thể thao.",
        sapo_outside=True,
        opts={"date": "11/5/2026 8:15:00 AM", "cp1258": True,
              "tail": [_right("Tin, ảnh: Hoàng Văn Thụ")]},
    ),
    Story(
        1244, "", "Hội thảo nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số", "2",
        "2026-10-28T15:00:00+07:00",
        [
            P("Ngày 27/10/2026, Sở GD&ĐT tổ chức Hội thảo nâng cao chất lượng dạy học tiếng Việt cho "
              "học sinh dân tộc thiểu số cấp tiểu học."),
            P("Hội thảo nhận được 36 tham luận của cán bộ quản lý, giáo viên các trường tiểu học vùng "
              "đặc biệt khó khăn."),
            P("Các ý kiến tập trung vào tăng cường tiếng Việt cho trẻ trước khi vào lớp 1, phát huy "
              "vai trò của giáo viên biết tiếng dân tộc và xây dựng môi trường giao tiếp tiếng Việt."),
        ],
        authors=["Phòng GDMN - GDTH"],
        opts={"date": "10/28/2026 3:00:00 PM", "cp1258": True,
              "tail": [_right("Phòng GDMN - GDTH")]},
    ),
    Story(
        1239, "", "Tập huấn công tác phòng, chống thiên tai trong trường học", "1",
        "2026-10-21",
        [
            P("Ngày 21/10/2026, Sở GD&ĐT phối hợp với Ban Chỉ huy Phòng chống thiên tai tỉnh tập "
              "huấn công tác phòng, chống thiên tai cho cán bộ, giáo viên các trường vùng thường "
              "xuyên xảy ra sạt lở."),
            P("Học viên được hướng dẫn kỹ năng nhận biết nguy cơ sạt lở đất, lũ quét và phương án "
              "sơ tán học sinh khi có tình huống khẩn cấp.", "br"),
            P("Mỗi trường xây dựng kế hoạch ứng phó và diễn tập ít nhất một lần trong năm học."),
            Img(_img("pctt_taphuan.jpg", "10"), "Học viên thực hành sơ cứu người bị nạn",
                "Học viên thực hành sơ cứu người bị nạn", "br"),
        ],
        authors=["Đàm Thị Thu"],
        opts={"date": "10/21/2026 12:00:00 AM", "cp1258": True, "tacgia": "Đàm Thị Thu"},
    ),
]

for _s in STORIES:
    _s.slug = f"tin-{_s.id}"

BY_ID = {s.id: s for s in STORIES}
# the notice is posted 01/12 (its GridView sorts on the posting time, not the letterhead's day)
_POSTED = {1283: "2026-12-01T08:10"}


def _sort_key(s: Story) -> str:
    return _POSTED.get(s.id, s.published_at or "")


ORDER = sorted(STORIES, key=_sort_key, reverse=True)


def cat_stories(cat: int) -> list[Story]:
    return [s for s in ORDER if s.cat == str(cat)]


def list_date(s: Story) -> str:
    day = _sort_key(s)[:10]
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


HOME_NEW = [1287, 1285, 1283, 1281, 1278]
NOTICE_BOX = [1283, 1262]
MOST_READ = [1266, 1259, 1270]


# --- chrome ---------------------------------------------------------------------------------


def _viewstate(key: str) -> str:
    return "/wEPDwU" + opaque("vs:" + key, 420)


def _eventvalidation(key: str) -> str:
    return "/wEW" + opaque("ev:" + key, 64)


def _menu() -> str:
    subs = "".join(
        f'<li><a href="/TinTuc/DanhSach.aspx?cat={c}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return (
        '<div id="menungang"><ul class="mnu">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/GioiThieu.aspx">Giới thiệu</a><ul class="mnu_sub">'
        '<li><a href="/GioiThieu.aspx">Chức năng, nhiệm vụ</a></li>'
        '<li><a href="/LienHe.aspx">Liên hệ</a></li></ul></li>'
        f'<li><a href="/TinTuc/DanhSach.aspx?cat=1">Tin tức</a><ul class="mnu_sub">{subs}</ul></li>'
        '<li><a href="/VanBan/ChiTietVanBan.aspx?id=415">Văn bản</a><ul class="mnu_sub">'
        '<li><a href="/VanBan/ChiTietVanBan.aspx?id=415">Kế hoạch năm học</a></li>'
        '<li><a href="/VanBan/ChiTietVanBan.aspx?id=409">Công văn hướng dẫn</a></li></ul></li>'
        '<li><a href="/ThuVienAnh/Album.aspx?id=27">Thư viện ảnh</a></li>'
        '<li><a href="/LienHe.aspx">Liên hệ</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="/{SESSION}/TinTuc/ChiTiet.aspx?id={i}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    return (
        '<td id="cot_phai" valign="top" width="230">'
        '<div class="khoi_phai"><div class="td_khoi">TIN ĐỌC NHIỀU</div>'
        f'<ul class="ds_docnhieu">{most}</ul></div>'
        '<div class="khoi_phai"><div class="td_khoi">LIÊN KẾT WEBSITE</div>'
        '<select name="ctl00$ucLienKet$ddlLienKet" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</option>'
        "</select>"
        '<p><a href="http://www.moet.gov.vn" target="_blank"><img src="/images/lk_bogd.gif" '
        'alt="Bộ GD&amp;ĐT" border="0" /></a></p></div>'
        '<div class="khoi_phai"><div class="td_khoi">THĂM DÒ Ý KIẾN</div>'
        "<span>Bạn quan tâm nội dung nào trên Website?</span><br />"
        '<input type="radio" name="ctl00$ucBinhChon$rblChon" value="1" /> Tin tức - sự kiện<br />'
        '<input type="radio" name="ctl00$ucBinhChon$rblChon" value="2" /> Văn bản chỉ đạo<br />'
        '<input type="radio" name="ctl00$ucBinhChon$rblChon" value="3" /> Thư viện ảnh<br />'
        '<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" /></div>'
        '<div class="khoi_phai"><div class="td_khoi">THỐNG KÊ TRUY CẬP</div>'
        '<table class="tk"><tr><td>Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">27</span></td></tr>'
        '<tr><td>Hôm nay:</td><td><span id="ctl00_ucThongKe_lblHomNay">1.204</span></td></tr>'
        '<tr><td>Tổng truy cập:</td><td><span id="ctl00_ucThongKe_lblTong">3.145.872</span></td></tr>'
        "</table></div></td>"
    )


_SCRIPT = """<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>"""


def page(action: str, key: str, crumbs: list[tuple[str, str | None]], main: str, charset: str = "utf-8") -> str:
    crumb = " &raquo; ".join(
        f'<a href="{href}">{esc(t)}</a>' if href else f"<span>{esc(t)}</span>" for t, href in crumbs
    )
    meta = (
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head id="ctl00_Head1">'
        f"{meta}<title>\r\n\tSở Giáo dục và Đào tạo tỉnh Cao Bằng\r\n</title>"
        '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cao Bằng" />'
        '<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>\n'
        "<body>\n"
        f'<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">\n<div>\n'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(key)}" />\n'
        f"</div>\n{_SCRIPT}\n"
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633802945995006876" '
        'type="text/javascript"></script>\n'
        '<table id="khung" align="center" cellpadding="0" cellspacing="0" width="980"><tr><td colspan="2">'
        '<div id="banner"><a href="/Default.aspx"><img src="/App_Themes/Default/images/banner.jpg" '
        'alt="Sở GD&amp;ĐT Cao Bằng" border="0" /></a>'
        "<h1>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</h1></div>"
        f'<div id="thanh_ngay"><span id="ctl00_lblNgayHienTai">{HEADER_TODAY}</span>'
        ' | <input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" />'
        ' <input type="submit" name="ctl00$btnTimKiem" value="Tìm kiếm" id="ctl00_btnTimKiem" /></div>'
        f"{_menu()}"
        f'<div id="duongdan">{crumb}</div></td></tr>\n<tr>'
        f'<td id="cot_giua" valign="top">{main}</td>{_sidebar()}</tr>\n'
        '<tr><td colspan="2"><div id="chantrang">'
        "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</b><br />"
        "Địa chỉ: Số 035, đường Hoàng Đình Giong, phường Hợp Giang, TP. Cao Bằng<br />"
        "Điện thoại: 0206.3852.370 - Fax: 0206.3852.371 - Email: sgddt@caobang.edu.vn<br />"
        "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp. "
        "&copy; 2009 Bản quyền thuộc Sở GD&amp;ĐT Cao Bằng. Ghi rõ nguồn khi phát hành lại thông tin."
        "</div></td></tr></table>\n<div>\n"
        f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_eventvalidation(key)}" />\n'
        "</div></form>\n</body>\n</html>\n"
    )


# --- article --------------------------------------------------------------------------------


def _para(p: P, bold_lead: bool = False, number: int = 0) -> str:
    if p.style == "msolist":
        return (
            '<p class="MsoListParagraph" style="margin-left:36pt;text-indent:-18pt;mso-list:l0 level1 lfo1">'
            "<![if !supportLists]><span style='font-size:14.0pt'><span style='mso-list:Ignore'>"
            f"{number}.<span style='font:7.0pt &quot;Times New Roman&quot;'>&nbsp;&nbsp;&nbsp; </span>"
            f"</span></span><![endif]><span style='font-size:14.0pt'>{esc(p.text)}<o:p></o:p></span></p>\r\n"
        )
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36pt">'
            f'<span style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;">{esc(p.text)}'
            "<o:p></o:p></span></p>\r\n"
            '<p class="MsoNormal"><span style="font-size:14.0pt"><o:p>&nbsp;</o:p></span></p>\r\n'
        )
    if p.style == "h":
        return f"<p><b><span style='font-size:11pt'>{esc(p.text)}</span></b></p>"
    if bold_lead:
        return f"<p><strong>{esc(p.text)}</strong></p>"
    return f'<p style="text-align: justify;">{esc(p.text)}</p>'


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" width="500" height="333" style="border:0" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\r\n<em>{esc(img.printed or "")}</em></p>'
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    return f'<div style="text-align: center;">{tag}</div>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    first_p = True
    number = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = "".join(f"<td>{esc(c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse" '
                       f'width="100%"><tbody>{"".join(rows)}</tbody></table>')
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            out.append(f'<p style="text-align: justify;">{esc(b.text)}<br />\r\n{esc(nxt.text)}</p>')
            i += 2
            continue
        else:
            number = number + 1 if b.style == "msolist" else 0
            out.append(_para(b, first_p and bool(story.opts.get("bold_lead")), number))
        if isinstance(b, P):
            first_p = False
        i += 1
    for raw in story.opts.get("tail", []):
        out.append(raw.html)
    return "\r\n".join(out)


def _others(story: Story) -> str:
    page1 = cat_stories(int(story.cat))[:PAGE_SIZE]
    rows = "".join(
        f'<tr><td><img src="/images/bullet.gif" alt="" /> <a href="/TinTuc/ChiTiet.aspx?id={s.id}">'
        f'{esc(s.title)}</a> <span class="ngay_tk">({list_date(s)})</span></td></tr>'
        for s in page1
        if s.id != story.id
    )
    return (
        '<div id="ctl00_cphMain_pnlTinKhac" class="tinkhac"><div class="td_tinkhac">Các tin khác</div>'
        '<table cellspacing="0" border="0" id="ctl00_cphMain_GridView2" style="border-collapse:collapse;">'
        f"{rows}</table></div>"
    )


def article_main(story: Story) -> str:
    cat = int(story.cat)
    updated = story.opts.get("updated")
    upd = (
        f'<span id="ctl00_cphMain_lblNgayCapNhat">Cập nhật: {updated}</span> | ' if updated else ""
    )
    sapo = esc(story.summary) if story.summary and story.sapo_outside else ""
    tacgia = story.opts.get("tacgia")
    tg = (
        '<div style="text-align:right;font-weight:bold;padding:5px 0">'
        f'<span id="ctl00_cphMain_lblTacGia">Tác giả: {esc(tacgia)}</span></div>'
        if tacgia
        else '<div style="text-align:right"><span id="ctl00_cphMain_lblTacGia"></span></div>'
    )
    return (
        f'<h2 class="tde_muc">{esc(CATS[cat])}</h2>'
        '<div class="khung_chitiet">'
        f'<span id="ctl00_cphMain_lblTieuDe" class="tieude_ct">{esc(story.title)}</span>'
        f'<div class="thongtin_ct">{upd}Ngày đăng: <span id="ctl00_cphMain_lblNgayDang">'
        f'{story.opts["date"]}</span> | Lượt xem: <span id="ctl00_cphMain_lblLuotXem">{story.views()}</span>'
        ' | Người đăng: <span id="ctl00_cphMain_lblNguoiDang">quantri</span></div>'
        f'<span id="ctl00_cphMain_lblTomTat" style="font-weight:bold;display:block">{sapo}</span>'
        f'<span id="ctl00_cphMain_lblNoiDung">{render_body(story)}</span>'
        f"{tg}"
        '<div class="congcu">'
        f'<a href="javascript:void(0)" onclick="window.open(\'InTin.aspx?id={story.id}\',\'InBai\','
        f"'width=720,height=600,scrollbars=yes')\"><img src=\"/images/print.gif\" alt=\"\" /> In bài</a> | "
        '<a href="javascript:history.back()">Quay lại</a> | '
        f'<a href="http://www.facebook.com/sharer.php?u=http://sgddt.caobang.gov.vn/TinTuc/ChiTiet.aspx?id={story.id}" '
        'target="_blank"><img src="/images/facebook.gif" alt="Chia sẻ" /></a></div>'
        f"</div>{_others(story)}"
    )


def print_page(story: Story, charset: str) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        "<title>In bài viết</title></head>"
        '<body onload="window.print()"><div style="width:680px">'
        "<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</b><hr />"
        f'<span id="lblTieuDe" style="font-size:16pt;font-weight:bold">{esc(story.title)}</span><br />'
        f'<i>Ngày đăng: <span id="lblNgayDang">{story.opts["date"]}</span></i>'
        f'<div style="font-weight:bold">{esc(story.summary) if story.summary and story.sapo_outside else ""}</div>'
        f'<div id="noidung">{render_body(story)}</div>'
        f'<div style="text-align:right"><b>{esc(story.opts.get("tacgia") or "")}</b></div>'
        "</div></body></html>"
    )


# --- lists ----------------------------------------------------------------------------------


def _cut(title: str) -> str:
    return title if len(title) <= 60 else title[:60] + "..."


def grid(cat: int, page_no: int) -> str:
    stories = cat_stories(cat)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    chunk = stories[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]
    rows = ['<tr class="hd_grid"><th scope="col">&nbsp;</th><th scope="col">Tiêu đề</th>'
            '<th scope="col">Ngày đăng</th></tr>']
    for n, s in enumerate(chunk):
        ctl = f"ctl{n + 2:02d}"
        rows.append(
            f'<tr class="{"row" if n % 2 == 0 else "altrow"}">'
            f'<td style="width:110px;"><a id="ctl00_cphMain_GridView1_{ctl}_hplAnh" href="ChiTiet.aspx?id={s.id}">'
            f'<img src="/Upload/Thumbs/{s.id}.jpg" style="border-width:0px;width:100px;" /></a></td>'
            f'<td><a id="ctl00_cphMain_GridView1_{ctl}_hplTieuDe" title="{esc(s.title)}" '
            f'href="ChiTiet.aspx?id={s.id}">{esc(_cut(s.title))}</a><br />'
            f'<span id="ctl00_cphMain_GridView1_{ctl}_lblMoTa" class="mota">'
            f"{esc((s.summary or s.paragraphs[0])[:120])}...</span></td>"
            f'<td style="width:80px;">{list_date(s)}</td></tr>'
        )
    if pages > 1:
        cells = []
        for k in range(1, pages + 1):
            if k == page_no:
                cells.append(f"<td><span>{k}</span></td>")
            else:
                cells.append(
                    f"<td><a href=\"javascript:__doPostBack('{GRID_TARGET}','Page${k}')\">{k}</a></td>"
                )
        rows.append(
            '<tr class="pgr"><td colspan="3"><table border="0"><tr>' + "".join(cells) + "</tr></table></td></tr>"
        )
    return (
        '<div><table class="grid" cellspacing="0" rules="all" border="1" id="ctl00_cphMain_GridView1" '
        'style="width:100%;border-collapse:collapse;">' + "".join(rows) + "</table></div>"
    )


def list_page(cat: int, page_no: int) -> str:
    main = f'<h2 class="tde_muc">{esc(CATS[cat])}</h2>{grid(cat, page_no)}'
    return page(
        f"DanhSach.aspx?cat={cat}", f"ds{cat}p{page_no}",
        [("Trang chủ", "/"), (CATS[cat], f"/TinTuc/DanhSach.aspx?cat={cat}")], main,
    )


def home() -> str:
    feat = "".join(
        f'<div class="tin_noibat"><a href="TinTuc/ChiTiet.aspx?id={s.id}&amp;cat={s.cat}">'
        f'<img src="/Upload/Thumbs/{s.id}.jpg" alt="" width="260" /></a>'
        f'<a class="td_noibat" href="TinTuc/ChiTiet.aspx?id={s.id}&amp;cat={s.cat}">{esc(s.title)}</a>'
        f"<p>{esc(s.summary or '')}</p></div>"
        for s in ORDER
        if s.opts.get("featured")
    )
    new = "".join(
        f'<tr><td><a href="TinTuc/ChiTiet.aspx?id={i}">{esc(BY_ID[i].title)}</a> '
        f'<span class="ngay">({list_date(BY_ID[i])})</span></td></tr>'
        for i in HOME_NEW
    )
    notices = "".join(
        f'<li><a href="TinTuc/ChiTiet.aspx?id={i}">{esc(BY_ID[i].title)}</a></li>' for i in NOTICE_BOX
    )
    main = (
        f'<div id="noibat">{feat}</div>'
        '<div class="khoi"><div class="td_khoi">TIN MỚI</div>'
        f'<table id="ctl00_cphMain_dlTinMoi" cellspacing="0" border="0">{new}</table>'
        '<a href="TinTuc/DanhSach.aspx?cat=1">Xem tất cả &raquo;</a></div>'
        '<div class="khoi"><div class="td_khoi">THÔNG BÁO</div>'
        f'<marquee direction="up" scrollamount="2"><ul>{notices}</ul></marquee>'
        '<a href="TinTuc/DanhSach.aspx?cat=3">Xem tất cả &raquo;</a></div>'
        '<div class="khoi"><div class="td_khoi">HOẠT ĐỘNG CHUYÊN MÔN</div>'
        '<a href="TinTuc/DanhSach.aspx?cat=2">Xem tất cả &raquo;</a></div>'
    )
    return page("Default.aspx", "home", [("Trang chủ", "/")], main)


# --- other pages ----------------------------------------------------------------------------

STATIC_PAGES: dict[str, tuple[str, str]] = {
    "/gioithieu.aspx": (
        "Giới thiệu",
        '<h2 class="tde_muc">Giới thiệu</h2><div class="noidung_gt">'
        "<p><b>Chức năng, nhiệm vụ của Sở Giáo dục và Đào tạo tỉnh Cao Bằng</b></p>"
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Cao Bằng, tham mưu, giúp "
        "UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn: Văn phòng, "
        "Phòng Tổ chức cán bộ, Phòng GDMN - GDTH, Phòng GDTrH, Phòng Quản lý chất lượng, Thanh tra.</p></div>",
    ),
    "/lienhe.aspx": (
        "Liên hệ",
        '<h2 class="tde_muc">Liên hệ</h2><table class="lienhe">'
        "<tr><td>Họ tên:</td><td><input name=\"ctl00$cphMain$txtHoTen\" type=\"text\" /></td></tr>"
        "<tr><td>Email:</td><td><input name=\"ctl00$cphMain$txtEmail\" type=\"text\" /></td></tr>"
        "<tr><td>Nội dung:</td><td><textarea name=\"ctl00$cphMain$txtNoiDung\" rows=\"5\"></textarea></td></tr>"
        "</table><p>Địa chỉ: Số 035, đường Hoàng Đình Giong, TP. Cao Bằng. Điện thoại: 0206.3852.370</p>",
    ),
}

DOCS = {
    415: ("Kế hoạch thực hiện nhiệm vụ năm học 2026-2027", "1985/KH-SGDĐT", "15/09/2026"),
    409: ("Hướng dẫn kiểm tra, đánh giá học sinh THCS, THPT", "1850/SGDĐT-GDTrH", "05/09/2026"),
}


def doc_page(doc_id: int) -> str:
    title, number, day = DOCS[doc_id]
    main = (
        '<h2 class="tde_muc">Văn bản</h2><table class="vanban" border="1" cellspacing="0">'
        f"<tr><td>Số ký hiệu</td><td>{number}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(title)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{day}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Sở GD&amp;ĐT Cao Bằng</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="/Upload/VanBan/{doc_id}.pdf">Tải về</a></td></tr></table>'
    )
    return page(f"ChiTietVanBan.aspx?id={doc_id}", f"vb{doc_id}",
                [("Trang chủ", "/"), ("Văn bản", None)], main)


def album_page() -> str:
    pics = "".join(
        f'<td><a href="/Upload/Album/27/{k}.jpg"><img src="/Upload/Album/27/t{k}.jpg" width="150" /></a></td>'
        for k in range(1, 5)
    )
    main = (
        '<h2 class="tde_muc">Thư viện ảnh</h2><span id="ctl00_cphMain_lblTenAlbum">'
        "Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XII</span>"
        f'<table id="ctl00_cphMain_dlAnh"><tr>{pics}</tr></table>'
    )
    return page("Album.aspx?id=27", "album27", [("Trang chủ", "/"), ("Thư viện ảnh", None)], main)


# --- routing --------------------------------------------------------------------------------

_SESSION_RE = re.compile(r"^/\(S\([a-z0-5]{24}\)\)(/.*)$")

_ASPX_HEADERS = {"X-AspNet-Version": "2.0.50727", "X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/6.0"}


def _html(text: str, cp1258: bool = False) -> Response:
    if cp1258:
        return html(cp1258_bytes(text), charset=None, headers=dict(_ASPX_HEADERS))
    return html(text, headers=dict(_ASPX_HEADERS))


def _param(request: Request, name: str) -> str | None:
    for k, v in request.params.items():
        if k.lower() == name:
            return v
    return None


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _mac_error() -> Response:
    body = (
        "<html><head><title>Validation of viewstate MAC failed.</title></head><body>"
        "<h1>Server Error in '/' Application.</h1><h2><i>Validation of viewstate MAC failed. If this "
        "application is hosted by a Web Farm or cluster, ensure that &lt;machineKey&gt; configuration "
        "specifies the same validationKey and validation algorithm.</i></h2></body></html>"
    )
    return html(body, status=500, headers=dict(_ASPX_HEADERS))


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        m = _SESSION_RE.match(path)
        if m:
            path = m.group(1)
        low = unicodedata.normalize("NFC", path).lower()
        if low == "/webresource.axd":
            return Response(200, b"/* WebForms */", {"Content-Type": "application/x-javascript"})
        if low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(low)
        if static is not None:
            return static
        if low in ("/", "/default.aspx"):
            return _html(home())
        if low == "/tintuc/danhsach.aspx":
            return self._list(request)
        if low in ("/tintuc/chitiet.aspx", "/tintuc/intin.aspx"):
            story = BY_ID.get(_int(_param(request, "id")) or -1)
            if story is None:
                return None
            cp = bool(story.opts.get("cp1258"))
            charset = "windows-1258" if cp else "utf-8"
            if low.endswith("intin.aspx"):
                return _html(print_page(story, charset), cp)
            cat = int(story.cat)
            return _html(
                page(
                    f"ChiTiet.aspx?id={story.id}", f"ct{story.id}",
                    [("Trang chủ", "/"), (CATS[cat], f"/TinTuc/DanhSach.aspx?cat={cat}")],
                    article_main(story), charset,
                ),
                cp,
            )
        if low in STATIC_PAGES:
            title, main = STATIC_PAGES[low]
            return _html(page(path.rsplit("/", 1)[-1], low, [("Trang chủ", "/"), (title, None)], main))
        if low == "/vanban/chitietvanban.aspx":
            doc = _int(_param(request, "id"))
            return _html(doc_page(doc)) if doc in DOCS else None
        if low == "/thuvienanh/album.aspx":
            return _html(album_page()) if _param(request, "id") == "27" else None
        return None

    def _list(self, request: Request) -> Response | None:
        cat = _int(_param(request, "cat"))
        if cat not in CATS:
            return None
        pages = max(1, -(-len(cat_stories(cat)) // PAGE_SIZE))
        page_no = 1
        if request.method == "POST":
            form = request.form
            vs = form.get("__VIEWSTATE")
            if vs:
                valid = {_viewstate(f"ds{cat}p{k}") for k in range(1, pages + 1)}
                if vs not in valid or form.get("__EVENTVALIDATION") not in {
                    _eventvalidation(f"ds{cat}p{k}") for k in range(1, pages + 1)
                }:
                    return _mac_error()
                arg = form.get("__EVENTARGUMENT", "")
                if form.get("__EVENTTARGET") == GRID_TARGET and arg.startswith("Page$"):
                    n = _int(arg[5:])
                    if n and 1 <= n <= pages:
                        page_no = n
                else:
                    # any other postback (search, poll) re-renders the page it came from
                    page_no = next(k for k in range(1, pages + 1) if _viewstate(f"ds{cat}p{k}") == vs)
        return _html(list_page(cat, page_no))


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = f"/TinTuc/ChiTiet.aspx?id={story.id}"
    alts = [f"/TinTuc/InTin.aspx?id={story.id}"]
    if story.opts.get("featured"):
        alts.insert(0, f"/TinTuc/ChiTiet.aspx?id={story.id}&cat={story.cat}")
    if story.id in MOST_READ:
        alts.insert(0, f"/{SESSION}/TinTuc/ChiTiet.aspx?id={story.id}")
    return gold_record(story, path, CATS[int(story.cat)], alt_paths=alts)


GOLD = [_gold(s) for s in ORDER]

NON_ARTICLES = [
    "/GioiThieu.aspx",
    "/LienHe.aspx",
    "/VanBan/ChiTietVanBan.aspx?id=415",
    "/VanBan/ChiTietVanBan.aspx?id=409",
    "/ThuVienAnh/Album.aspx?id=27",
]
