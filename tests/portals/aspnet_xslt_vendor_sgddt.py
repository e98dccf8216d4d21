"""Sở Giáo dục và Đào tạo tỉnh Quảng Trị on a 2010s ASP.NET WebForms vendor portal ("eGovPortal
3.2", news rendered by ``asp:Xml`` controls through XSLT stylesheets from the news XML).

Platform: WebForms master page (``ctl00_…`` ids), one ``aspnetForm`` around every page with
``__VIEWSTATE`` / ``__EVENTVALIDATION``, ``__doPostBack`` for the pager of one category and the
poll; each news portlet is an ``asp:Xml`` control whose XSLT output is a layout ``<table>`` with
cells named in Vietnamese abbreviations (``ctTieuDe``, ``ctNgay``, ``ctMoTa``, ``ctNoiDung``).
IIS answers any letter case in paths and query names.

URL scheme:
- ``/`` (also ``/Default.aspx``): home (slider "Tin nổi bật", a box per category, sidebars);
- ``/Pages/TinTuc/DanhSach.aspx?CatID=<N>&Page=<P>``: a category listing, 4 posts a page for
  CatID 1 (pager of GET links), 3 a page for CatID 2 (pager of ``__doPostBack`` links), one page
  for CatID 3 and 4;
- ``/Pages/TinTuc/ChiTiet.aspx?ItemID=<N>``: a post; ``/Pages/TinTuc/InTin.aspx?ItemID=<N>`` its
  print view (opened by ``window.open`` only);
- ``/Pages/VanBan/DanhSach.aspx`` and ``/Pages/VanBan/ChiTiet.aspx?ItemID=<N>``: documents;
- ``/Pages/GioiThieu.aspx``, ``/Pages/LienHe.aspx``, ``/Pages/ThuVienAnh/ChiTiet.aspx?AlbumID=7``.

Page templates: the master page (banner, header date "Thứ Bảy, 05/12/2026", menu with drop-downs,
left column with the category tree, right column with "Tin đọc nhiều", links, poll and visitor
counter, footer); the content place holder holds the portlet: ``<h1 class="portlet-head">`` with
the SECTION name, a breadcrumb, then the XSLT output.

How each gold article is reached: the home page links the three newest posts (slider, with an
extra ``&CatID=`` in the link) and the three newest of each category; the category listings link
all posts; 1836 only from page 1 of CatID 1, 1829 only from page 2 of CatID 1 (GET link
``DanhSach.aspx?CatID=1&Page=2``), 1827 only from page 2 of CatID 2, which is reached by a
postback (``__EVENTTARGET=ctl00$cphNoiDung$ucDanhSach$dpgTin``, ``__EVENTARGUMENT=Page$2``,
POSTed to ``DanhSach.aspx?CatID=2``).

Traps:
1. Postback pager: CatID 2 ("Hoạt động ngành") pages with ``javascript:__doPostBack(…,'Page$2')``
   links; its last post (1827) is on page 2 only. Gold: 1827 is an article to find; the GET form
   ``DanhSach.aspx?CatID=2&Page=2`` also answers but nothing links it.
2. The page's ``<h1>`` is the portlet head (the section, "TIN TỨC - SỰ KIỆN") and the ``<title>``
   is the generic "Chi tiết tin tức | Sở GD&ĐT Quảng Trị"; the headline is a ``<span
   class="ctTieuDe">`` in a table cell. Gold title: the span's text.
3. Overline ("tít trên"): two posts print a kicker in its own cell above the headline ("HỘI
   NGHỊ", "GÓC NHÌN"). Gold: not in the title, not in the body.
4. Server culture en-US: the post prints "Ngày đăng: 12/4/2026 3:20:00 PM" (M/d/yyyy h:mm:ss tt)
   while the listings print "04/12/2026" (dd/MM/yyyy); days ≤ 12 make single dates ambiguous (the
   site is decidable: "11/24/2026", "11/18/2026"). Midnight "11/5/2026 12:00:00 AM" is a day
   alone. Gold: "2026-12-04T15:20:00+07:00", "2026-11-05".
5. "Ngày cập nhật" is printed BEFORE "Ngày đăng" in the same cell, also in US order. Gold: the
   "Ngày đăng" value.
6. The sapo printed twice: ``ctMoTa`` cell in bold, and the editor pasted it again as the body's
   first paragraph (1847, 1842). Gold: the sapo once, as summary and first body paragraph.
7. Caption tables: the editor's image dialog puts a photo in a two-row ``<table class="tblAnh">``
   (photo row, caption row) inside the text, while one post (1844) also has a real data table.
   Gold: the second row is the caption, not a body table row; the data table's rows are body
   paragraphs (cells joined by " | ").
8. XML data island: the vendor leaves the news XML of an earlier revision in ``<xml
   id="dsoTinTuc" style="display:none">`` (old headline, old sapo, creation date) next to the
   portlet. Gold: nothing from it (title, summary and date are the printed ones).
9. Byline as the text's last paragraph, right-aligned, name in bold, then ``<br>`` and the unit in
   italics ("Hoàng Minh Đức" / "(Văn phòng Sở)"). Gold: author the name alone, neither line in the
   body; "Người cập nhật: bientap_sgd" in the date cell is a CMS account (nobody).
10. The same post under several URLs: ``ChiTiet.aspx?ItemID=N`` (listings), ``…&CatID=C``
    (slider), ``/pages/tintuc/chitiet.aspx?itemid=N`` (the "Tin đọc nhiều" sidebar: IIS is
    case-insensitive), ``InTin.aspx?ItemID=N`` (print view in ``window.open``); ``og:url`` echoes
    whatever URL was asked. Gold: canonical ``/Pages/TinTuc/ChiTiet.aspx?ItemID=N``, the others
    in alt_paths. The form's ``action`` echoes the path as asked ("chitiet.aspx?itemid=N"), while
    the portal's own links are root-absolute (ResolveUrl), so the lower-case twins lead nowhere new.
11. "Các tin khác" under each post lists other posts with dates "(03/12/2026)": chrome.
12. Document entries (``VanBan/ChiTiet.aspx``) look like posts (title, date, "Trích yếu" text,
    attachment). Gold: NON_ARTICLES.

Gold decisions on ambiguous points:
- The XML island's creation date and older headline are never used, even where the printed post
  has no "Ngày cập nhật".
- A caption line "(Ảnh: X)" alone under a photo: caption None, X a photographer.
- Category: the breadcrumb's last link ("Tin tức - Sự kiện"), not the upper-case portlet head.
- "Tin, ảnh: X" in the author cell: X is author and photographer.
"""

from __future__ import annotations

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

NAME = "aspnet_xslt_vendor_sgddt"
PLATFORM = "ASP.NET WebForms vendor portal (eGovPortal 3.2), XSLT-rendered news"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động ngành",
    3: "Giáo dục Trung học",
    4: "Thi - Tuyển sinh",
}
PAGE_SIZE = {1: 4, 2: 3, 3: 10, 4: 10}
PAGER_TARGET = "ctl00$cphNoiDung$ucDanhSach$dpgTin"

U = "/Upload/TinTuc/2026"

STORIES: list[Story] = [
    Story(
        id=1847,
        slug="tong-ket-chuyen-doi-so",
        title="Quảng Trị tổng kết công tác chuyển đổi số trong giáo dục năm 2026",
        cat="1",
        published_at="2026-12-04T15:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị tổng kết công tác chuyển đổi số "
            "trong giáo dục năm 2026 và triển khai nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        authors=["Hoàng Minh Đức"],
        photographers=["Lê Quang"],
        blocks=[
            Raw(
                "<p style=\"text-align: justify;\"><b>Chiều 04/12, Sở Giáo dục và Đào tạo tổ chức Hội "
                "nghị tổng kết công tác chuyển đổi số trong giáo dục năm 2026 và triển khai nhiệm vụ "
                "năm 2027.</b></p>"
            ),
            P(
                "Tham dự hội nghị có lãnh đạo Sở, trưởng các phòng chuyên môn, đại diện Phòng Giáo dục "
                "và Đào tạo các huyện, thị xã, thành phố và hiệu trưởng các trường trung học phổ thông "
                "trên địa bàn tỉnh."
            ),
            Img(f"{U}/12/hn-cds-01.jpg", "Quang cảnh hội nghị tổng kết", "Quang cảnh hội nghị tổng kết", "tbl"),
            P(
                "Năm 2026, toàn ngành đã hoàn thành việc cấp mã định danh cho 100% học sinh, triển khai "
                "học bạ số ở 212 trường tiểu học và 96 trường trung học cơ sở; 100% cơ sở giáo dục sử "
                "dụng phần mềm quản lý trường học kết nối với cơ sở dữ liệu ngành."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế như hạ tầng mạng ở các xã "
                "miền núi Hướng Hóa, Đakrông còn yếu, đội ngũ phụ trách công nghệ thông tin ở nhiều "
                "trường chủ yếu kiêm nhiệm."
            ),
            Img(f"{U}/12/hn-cds-02.jpg", "(Ảnh: Lê Quang)", None, "tbl"),
            P(
                "Phát biểu kết luận, Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát, làm sạch dữ liệu "
                "và đưa học bạ số vào sử dụng chính thức ở cấp trung học phổ thông từ học kỳ II năm học "
                "2026-2027."
            ),
            Raw(
                "<p style=\"text-align: right;\"><strong>Hoàng Minh Đức</strong><br />"
                "<em>(Văn phòng Sở)</em></p>"
            ),
        ],
        opts={
            "printed": "12/4/2026 3:20:00 PM",
            "updated": "12/4/2026 4:02:11 PM",
            "overline": "HỘI NGHỊ",
            "island": (
                "Hội nghị tổng kết chuyển đổi số ngành giáo dục năm 2026",
                "Sở GD&ĐT tổ chức hội nghị tổng kết chuyển đổi số (bản nháp).",
                "2026-12-04T10:12:45",
            ),
        },
    ),
    Story(
        id=1846,
        slug="tap-huan-giao-vien-cot-can",
        title="Tập huấn giáo viên cốt cán môn Tin học theo Chương trình GDPT 2018",
        cat="2",
        published_at="2026-12-03T14:30:00+07:00",
        summary=None,
        authors=["Phòng Giáo dục Trung học"],
        blocks=[
            P(
                "Từ ngày 01 đến 03/12/2026, tại Trường THPT chuyên Lê Quý Đôn, Sở Giáo dục và Đào tạo "
                "tổ chức lớp tập huấn cho 68 giáo viên cốt cán môn Tin học cấp trung học cơ sở và trung "
                "học phổ thông."
            ),
            P(
                "Nội dung tập huấn tập trung vào dạy học lập trình bằng Python, xây dựng kế hoạch bài "
                "dạy theo định hướng phát triển năng lực và kiểm tra, đánh giá bằng ma trận đặc tả."
            ),
            Img(f"{U}/12/th-tinhoc.jpg", "Giáo viên thực hành trên phòng máy", "Giáo viên thực hành trên phòng máy", "ctr"),
            P("Sau tập huấn, mỗi giáo viên cốt cán có trách nhiệm:"),
            P("Tổ chức tập huấn lại cho giáo viên trong cụm trường trước ngày 20/12/2026;", "li"),
            P("Chia sẻ kế hoạch bài dạy mẫu lên kho học liệu số của ngành.", "li"),
        ],
        opts={
            "printed": "12/3/2026 2:30:00 PM",
            "updated": "12/3/2026 2:31:40 PM",
            "tacgia": "Phòng Giáo dục Trung học",
        },
    ),
    Story(
        id=1845,
        slug="hoc-bong-tiep-suc",
        title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh vùng lũ",
        cat="1",
        published_at="2026-12-02T08:00:00+07:00",
        summary=(
            "Sáng 02/12, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 120 suất học bổng cho học "
            "sinh có hoàn cảnh khó khăn bị ảnh hưởng bởi đợt lũ tháng 10."
        ),
        sapo_outside=True,
        authors=["Trần Thị Thu Hà"],
        photographers=["Trần Thị Thu Hà"],
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng kèm bộ sách giáo khoa và đồ dùng học tập. Tổng "
                "giá trị chương trình hơn 300 triệu đồng, do các doanh nghiệp và nhà hảo tâm trong, "
                "ngoài tỉnh đóng góp."
            ),
            Img(f"{U}/12/hoc-bong.jpg", "Đại diện lãnh đạo Sở trao học bổng cho học sinh huyện Hải Lăng", "Đại diện lãnh đạo Sở trao học bổng cho học sinh huyện Hải Lăng", "tbl"),
            P(
                "Em Nguyễn Thị Mai, học sinh lớp 9 Trường THCS Hải Chánh, xúc động chia sẻ: “Nhà em bị "
                "ngập hết sách vở, nhờ có học bổng em yên tâm tiếp tục đến trường”."
            ),
            P(
                "Dịp này, Hội Khuyến học tỉnh cũng trao tặng 15 bộ máy tính cho các điểm trường bị "
                "thiệt hại nặng."
            ),
        ],
        opts={
            "printed": "12/2/2026 8:00:00 AM",
            "updated": "12/2/2026 9:15:02 AM",
            "tacgia": "Tin, ảnh: Trần Thị Thu Hà",
        },
    ),
    Story(
        id=1844,
        slug="ket-qua-khao-sat-chat-luong",
        title="Kết quả khảo sát chất lượng học kỳ I lớp 12 năm học 2026-2027",
        cat="3",
        published_at="2026-12-01T10:00:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo kết quả khảo sát chất lượng giữa học kỳ I đối với học sinh lớp 12 "
            "các trường trung học phổ thông và trung tâm GDNN-GDTX."
        ),
        sapo_outside=True,
        authors=["Phòng Khảo thí và Quản lý chất lượng"],
        blocks=[
            P(
                "Kỳ khảo sát có 6.912 học sinh tham gia ở ba môn Toán, Ngữ văn, Tiếng Anh. Điểm trung "
                "bình toàn tỉnh đạt 6,12; môn Ngữ văn có điểm trung bình cao nhất."
            ),
            P("Đơn vị | Số thí sinh | Điểm trung bình", "td"),
            P("THPT chuyên Lê Quý Đôn | 412 | 7,85", "td"),
            P("Khối THPT công lập | 5.760 | 6,10", "td"),
            P("Trung tâm GDNN-GDTX | 740 | 4,96", "td"),
            Img(f"{U}/12/khao-sat.jpg", "Học sinh làm bài khảo sát", "Học sinh làm bài khảo sát", "tbl"),
            P(
                "Theo kế hoạch, các trường sử dụng kết quả khảo sát để điều chỉnh nội dung ôn tập, chú "
                "trọng nhóm học sinh có điểm dưới trung bình."
            ),
        ],
        opts={
            "printed": "12/1/2026 10:00:00 AM",
            "updated": "12/2/2026 7:48:30 AM",
            "tacgia": "Phòng Khảo thí và Quản lý chất lượng",
            "island": (
                "Kết quả khảo sát chất lượng lớp 12 (dự thảo)",
                "Kết quả khảo sát chất lượng học sinh lớp 12.",
                "2026-11-30T16:40:00",
            ),
        },
    ),
    Story(
        id=1843,
        slug="ke-hoach-thi-hsg",
        title="Kế hoạch tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh",
        cat="4",
        published_at="2026-11-30T17:05:00+07:00",
        summary=None,
        authors=[],
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027 được tổ chức trong "
                "hai ngày 14 và 15/01/2027 tại Hội đồng thi Trường THPT Đông Hà."
            ),
            P("Môn thi gồm: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh."),
            P("Hồ sơ đăng ký dự thi gửi về Phòng Khảo thí trước ngày 20/12/2026."),
            P(
                "Thời gian làm bài 180 phút đối với mỗi môn; riêng môn Tin học thi trên máy tính với "
                "ngôn ngữ lập trình Python hoặc C++."
            ),
            P(
                "Mọi thắc mắc xin liên hệ Phòng Khảo thí và Quản lý chất lượng, điện thoại "
                "0233.3852 401."
            ),
            Raw("<p>Tệp đính kèm: <a href=\"/Upload/VanBan/2026/KH-thi-HSG-12.pdf\">KH-thi-HSG-12.pdf</a></p>"),
        ],
        opts={
            "printed": "11/30/2026 5:05:00 PM",
            "updated": "12/1/2026 8:20:12 AM",
            "br_pairs": {1},
        },
    ),
    Story(
        id=1842,
        slug="tuyen-truyen-phap-luat",
        title="Tuyên truyền pháp luật về an toàn giao thông cho học sinh THPT",
        cat="2",
        published_at="2026-11-27T09:45:00+07:00",
        summary=(
            "Hưởng ứng tháng an toàn giao thông, các trường THPT trên địa bàn tỉnh đồng loạt tổ chức "
            "buổi ngoại khóa tuyên truyền pháp luật cho học sinh."
        ),
        sapo_outside=True,
        authors=["Lê Văn Sơn"],
        photographers=["Nguyễn Hữu Phước"],
        blocks=[
            Raw(
                "<p><strong>Hưởng ứng tháng an toàn giao thông, các trường THPT trên địa bàn tỉnh đồng "
                "loạt tổ chức buổi ngoại khóa tuyên truyền pháp luật cho học sinh.</strong></p>"
            ),
            P(
                "Báo cáo viên của Phòng Cảnh sát giao thông Công an tỉnh đã phổ biến các quy định về "
                "đội mũ bảo hiểm, độ tuổi được điều khiển xe máy và xử phạt hành vi giao xe cho người "
                "chưa đủ điều kiện."
            ),
            Img(f"{U}/11/atgt.jpg", "Học sinh Trường THPT Triệu Phong tham gia trả lời câu hỏi", "Học sinh Trường THPT Triệu Phong tham gia trả lời câu hỏi", "ctr"),
            P(
                "Sau buổi tuyên truyền, 100% học sinh ký cam kết chấp hành luật giao thông, không sử "
                "dụng xe máy khi chưa đủ tuổi."
            ),
            Raw("<p style=\"text-align: right;\"><b>Lê Văn Sơn - Ảnh: Nguyễn Hữu Phước</b></p>"),
        ],
        opts={
            "printed": "11/27/2026 9:45:00 AM",
            "updated": "11/27/2026 10:02:51 AM",
            "overline": "GÓC NHÌN",
        },
    ),
    Story(
        id=1840,
        slug="lam-viec-huong-hoa",
        title="Sở GD&ĐT làm việc với UBND huyện Hướng Hóa về cơ sở vật chất trường học",
        cat="1",
        published_at="2026-11-24T08:15:00+07:00",
        summary=None,
        authors=["Phan Thanh Tâm"],
        blocks=[
            P(
                "Ngày 23/11, đoàn công tác của Sở Giáo dục và Đào tạo do Phó Giám đốc Sở dẫn đầu đã làm "
                "việc với UBND huyện Hướng Hóa về tình hình cơ sở vật chất, đội ngũ và công tác phổ cập "
                "giáo dục."
            ),
            P(
                "Toàn huyện hiện còn 47 phòng học tạm, mượn; nhiều điểm trường lẻ ở các xã A Túc, A "
                "Xing, Thanh chưa có nhà vệ sinh đạt chuẩn."
            ),
            Img(f"{U}/11/huong-hoa.jpg", None, None, "bare"),
            P(
                "Đoàn đề nghị huyện ưu tiên nguồn vốn chương trình mục tiêu quốc gia để xóa phòng học "
                "tạm trước năm học 2027-2028."
            ),
        ],
        opts={
            "printed": "11/24/2026 8:15:00 AM",
            "updated": "11/24/2026 8:15:00 AM",
            "tacgia": "Phan Thanh Tâm",
        },
    ),
    Story(
        id=1838,
        slug="ky-niem-20-11",
        title="Ngành Giáo dục Quảng Trị kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="2",
        published_at="2026-11-20T16:00:00+07:00",
        summary=(
            "Chiều 20/11, Sở GD&ĐT long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
            "tuyên dương nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Bích Ngọc"],
        blocks=[
            P(
                "Tại buổi lễ, 52 nhà giáo tiêu biểu được tặng bằng khen của Chủ tịch UBND tỉnh; 6 tập "
                "thể được tặng cờ thi đua xuất sắc."
            ),
            Img(f"{U}/11/20-11-a.jpg", "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo", "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo", "tbl"),
            Img(f"{U}/11/20-11-b.jpg", "Tiết mục văn nghệ chào mừng", "Tiết mục văn nghệ chào mừng", "tbl"),
            P(
                "Phát biểu tại buổi lễ, Giám đốc Sở ghi nhận sự tận tụy của đội ngũ hơn 14.000 cán bộ, "
                "giáo viên toàn ngành, đặc biệt là các thầy cô công tác tại vùng sâu, vùng xa."
            ),
            Raw(
                "<p style=\"text-align: right;\"><strong>Nguyễn Thị Bích Ngọc</strong><br />"
                "<em>(Phòng Tổ chức cán bộ)</em></p>"
            ),
        ],
        opts={
            "printed": "11/20/2026 4:00:00 PM",
            "updated": "11/21/2026 7:30:00 AM",
        },
    ),
    Story(
        id=1836,
        slug="gvdg-thcs",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        cat="1",
        published_at="2026-11-18",
        summary=None,
        authors=["Võ Thị Hạnh"],
        blocks=[
            P(
                "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS thu hút 186 giáo viên đến từ 10 đơn vị "
                "huyện, thị xã, thành phố tham gia."
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết "
                "dạy, trong đó một tiết được bốc thăm trước 3 ngày."
            ),
            Img(f"{U}/11/gvdg.jpg", "Một tiết dạy môn Khoa học tự nhiên tại hội thi", "Một tiết dạy môn Khoa học tự nhiên tại hội thi", "ctr"),
            P("Kết quả được Ban tổ chức công bố vào ngày 28/11/2026."),
        ],
        opts={
            "printed": "11/18/2026 12:00:00 AM",
            "updated": "11/19/2026 2:11:09 PM",
            "tacgia": "Võ Thị Hạnh",
        },
    ),
    Story(
        id=1833,
        slug="stem-thpt",
        title="Ngày hội STEM học sinh trung học tỉnh Quảng Trị lần thứ III",
        cat="3",
        published_at="2026-11-12T07:30:00+07:00",
        summary=None,
        authors=["Đoàn Quốc Việt"],
        photographers=["Đoàn Quốc Việt"],
        blocks=[
            P(
                "Ngày hội STEM năm nay có 78 sản phẩm của học sinh 34 trường trung học, chia thành 4 "
                "lĩnh vực: năng lượng, môi trường, nông nghiệp thông minh và tự động hóa."
            ),
            Img(f"{U}/11/stem-1.jpg", "Mô hình tưới cây tự động của học sinh Trường THPT Gio Linh", "Mô hình tưới cây tự động của học sinh Trường THPT Gio Linh", "tbl"),
            P(
                "Ban giám khảo đánh giá cao tính ứng dụng của các sản phẩm, nhiều mô hình có thể triển "
                "khai ngay tại địa phương."
            ),
            P(
                "Giải nhất thuộc về nhóm học sinh Trường THPT chuyên Lê Quý Đôn với hệ thống cảnh báo "
                "sạt lở đất sử dụng cảm biến độ ẩm."
            ),
        ],
        opts={
            "printed": "11/12/2026 7:30:00 AM",
            "updated": "11/12/2026 7:30:00 AM",
            "tacgia": "Tin, ảnh: Đoàn Quốc Việt",
        },
    ),
    Story(
        id=1829,
        slug="phong-chong-bao-lu",
        title="Chủ động phòng, chống bão lũ, bảo đảm an toàn cho học sinh",
        cat="1",
        published_at="2026-11-05",
        summary=(
            "Trước diễn biến phức tạp của thời tiết, Sở GD&ĐT yêu cầu các đơn vị chủ động các "
            "phương án bảo đảm an toàn cho học sinh, giáo viên."
        ),
        sapo_outside=True,
        authors=[],
        source="Báo Quảng Trị",
        blocks=[
            P(
                "Các trường rà soát, gia cố phòng học, kê cao thiết bị, tài liệu; không để học sinh "
                "đến trường khi có mưa lớn, lũ dâng cao trên các tuyến đường đi học."
            ),
            P(
                "Hiệu trưởng được quyền cho học sinh nghỉ học và báo cáo Phòng GD&ĐT hoặc Sở GD&ĐT "
                "trong ngày; thời gian nghỉ sẽ được bố trí học bù."
            ),
            Raw("<p style=\"text-align: right;\"><em>Nguồn: Báo Quảng Trị</em></p>"),
        ],
        opts={
            "printed": "11/5/2026 12:00:00 AM",
            "updated": "11/6/2026 9:40:00 AM",
        },
    ),
    Story(
        id=1827,
        slug="hoi-thao-mam-non",
        title="Hội thảo nâng cao chất lượng giáo dục mầm non vùng dân tộc thiểu số",
        cat="2",
        published_at="2026-10-30T10:10:00+07:00",
        summary=None,
        authors=["Hồ Thị Lan"],
        blocks=[
            P(
                "Hội thảo do Phòng Giáo dục Mầm non - Tiểu học tổ chức tại huyện Đakrông với sự tham "
                "gia của cán bộ quản lý, giáo viên 28 trường mầm non vùng đồng bào dân tộc thiểu số."
            ),
            P(
                "Các tham luận tập trung vào giải pháp tăng cường tiếng Việt cho trẻ trước khi vào lớp "
                "1, xây dựng môi trường chữ viết song ngữ Vân Kiều - Việt."
            ),
            Img(f"{U}/10/mam-non.jpg", "(Ảnh: Hồ Thị Lan)", None, "ctr"),
            P("Hội thảo thống nhất nhân rộng mô hình “góc tiếng Việt” tại tất cả các lớp mẫu giáo 5 tuổi."),
        ],
        photographers=["Hồ Thị Lan"],
        opts={
            "printed": "10/30/2026 10:10:00 AM",
            "updated": "10/30/2026 10:10:00 AM",
            "tacgia": "Hồ Thị Lan",
        },
    ),
    Story(
        id=1825,
        slug="tuyen-sinh-lop-10",
        title="Dự kiến phương án tuyển sinh lớp 10 THPT năm học 2027-2028",
        cat="4",
        published_at="2026-10-21T09:00:00+07:00",
        summary=(
            "Sở GD&ĐT xin ý kiến góp ý dự thảo phương án tuyển sinh lớp 10 THPT năm học "
            "2027-2028 theo hình thức kết hợp thi tuyển và xét tuyển."
        ),
        sapo_outside=True,
        authors=["Phòng Khảo thí và Quản lý chất lượng"],
        blocks=[
            P("Theo dự thảo, thí sinh thi 3 môn: Toán, Ngữ văn và Tiếng Anh; điểm xét tuyển là tổng điểm 3 bài thi."),
            P(
                "Trường THPT chuyên Lê Quý Đôn tổ chức thi riêng vào cuối tháng 5/2027; thí sinh được "
                "đăng ký tối đa hai nguyện vọng vào trường không chuyên."
            ),
            P("Ý kiến góp ý gửi về Phòng Khảo thí và Quản lý chất lượng trước ngày 15/11/2026."),
        ],
        opts={
            "printed": "10/21/2026 9:00:00 AM",
            "updated": "10/22/2026 3:12:44 PM",
            "tacgia": "Phòng Khảo thí và Quản lý chất lượng",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

DOCS = {
    311: ("1985/SGDĐT-KTQLCL", "11/28/2026", "Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026-2027", "CV-1985.pdf"),
    312: ("45/KH-SGDĐT", "11/16/2026", "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh", "KH-45.pdf"),
    313: ("2011/QĐ-SGDĐT", "10/25/2026", "Quyết định công nhận kết quả Hội thi giáo viên chủ nhiệm lớp giỏi", "QD-2011.pdf"),
}

NON_ARTICLES = [
    "/Pages/GioiThieu.aspx",
    "/Pages/LienHe.aspx",
    "/Pages/VanBan/ChiTiet.aspx?ItemID=311",
    "/Pages/VanBan/ChiTiet.aspx?ItemID=312",
    "/Pages/VanBan/ChiTiet.aspx?ItemID=313",
    "/Pages/ThuVienAnh/ChiTiet.aspx?AlbumID=7",
]


def _canon(s: Story) -> str:
    return f"/Pages/TinTuc/ChiTiet.aspx?ItemID={s.id}"


def _by_cat(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == str(cat)), key=lambda s: s.opts["printed_sort"], reverse=True)


def _list_date(s: Story) -> str:
    month, day, rest = s.opts["printed"].split("/", 2)
    return f"{int(day):02d}/{int(month):02d}/{rest.split()[0]}"


for _s in STORIES:
    _s.opts["printed_sort"] = (_s.published_at or "")[:19]


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/Default.aspx", []),
    ("Giới thiệu", "/Pages/GioiThieu.aspx", [("Cơ cấu tổ chức", "/Pages/GioiThieu.aspx"), ("Liên hệ", "/Pages/LienHe.aspx")]),
    ("Tin tức", "/Pages/TinTuc/DanhSach.aspx?CatID=1", [(n, f"/Pages/TinTuc/DanhSach.aspx?CatID={c}") for c, n in CATS.items()]),
    ("Văn bản", "/Pages/VanBan/DanhSach.aspx", []),
    ("Thư viện ảnh", "/Pages/ThuVienAnh/ChiTiet.aspx?AlbumID=7", []),
]

MOST_READ = [1838, 1844, 1843, 1840, 1846]


def _menu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        sub = ""
        if subs:
            sub = "<ul class=\"mnCon\">" + "".join(f"<li><a href=\"{esc(h)}\">{esc(n)}</a></li>" for n, h in subs) + "</ul>"
        items.append(f"<li id=\"ctl00_ucMenu_rptMenu_ctl{i:02d}_liMenu\"><a href=\"{esc(href)}\">{esc(label)}</a>{sub}</li>")
    return "<ul id=\"mnChinh\">" + "".join(items) + "</ul>"


def _left() -> str:
    links = "".join(
        f"<tr><td class=\"dmItem\"><img src=\"/App_Themes/SGD/images/arrow.gif\" alt=\"\" /> "
        f"<a href=\"/Pages/TinTuc/DanhSach.aspx?CatID={c}\">{esc(n)}</a></td></tr>"
        for c, n in CATS.items()
    )
    return (
        "<td id=\"colTrai\" valign=\"top\" width=\"210\"><table class=\"pnDanhMuc\" cellpadding=\"0\" cellspacing=\"0\">"
        f"<tr><td class=\"pnHead\">DANH MỤC TIN</td></tr>{links}"
        "<tr><td class=\"dmItem\"><a href=\"/Pages/VanBan/DanhSach.aspx\">Văn bản chỉ đạo</a></td></tr></table>"
        "<div class=\"pnLienKet\"><div class=\"pnHead\">LIÊN KẾT WEBSITE</div>"
        "<select onchange=\"window.open(this.value)\"><option>-- Chọn liên kết --</option>"
        "<option value=\"https://moet.gov.vn\">Bộ Giáo dục và Đào tạo</option>"
        "<option value=\"https://quangtri.gov.vn\">Cổng TTĐT tỉnh Quảng Trị</option></select>"
        "<a href=\"https://baoquangtri.vn\" target=\"_blank\"><img src=\"/Upload/QuangCao/bao-qt.png\" alt=\"Báo Quảng Trị\" /></a></div></td>"
    )


def _right(home: bool) -> str:
    most = "".join(
        f"<li><a href=\"/pages/tintuc/chitiet.aspx?itemid={i}\">{esc(BY_ID[i].title)}</a></li>" for i in MOST_READ
    )
    poll_btn = (
        "<a id=\"ctl00_ucBinhChon_lbtBinhChon\" href=\"javascript:__doPostBack('ctl00$ucBinhChon$lbtBinhChon','')\">Bình chọn</a>"
        if home
        else "<a href=\"/Default.aspx\">Bình chọn</a>"
    )
    return (
        "<td id=\"colPhai\" valign=\"top\" width=\"230\">"
        f"<div class=\"pnDocNhieu\"><div class=\"pnHead\">TIN ĐỌC NHIỀU</div><ul>{most}</ul></div>"
        "<div class=\"pnBinhChon\"><div class=\"pnHead\">THĂM DÒ Ý KIẾN</div>"
        "<p>Bạn đánh giá thế nào về giao diện website mới?</p>"
        "<input type=\"radio\" name=\"ctl00$ucBinhChon$rdoBC\" value=\"1\" /> Đẹp, dễ sử dụng<br />"
        "<input type=\"radio\" name=\"ctl00$ucBinhChon$rdoBC\" value=\"2\" /> Bình thường<br />"
        f"{poll_btn}</div>"
        "<div class=\"pnThongKe\"><div class=\"pnHead\">THỐNG KÊ TRUY CẬP</div>"
        "<table><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>4.812.377</td></tr></table></div></td>"
    )


def _page(request: Request, title: str, action: str, content: str, *, home: bool = False, og: str = "") -> str:
    vs = opaque("vs" + request.target, 1400, b"\xff\x01")
    ev = opaque("ev" + request.target, 96)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)}
</title>{og}
<link href="/App_Themes/SGD/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper">
<div id="ctl00_pnHeader" class="header"><a href="/Default.aspx"><img src="/App_Themes/SGD/images/banner.jpg" alt="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" /></a>
<div class="hdNgay"><span id="ctl00_lblNgay">{HEADER_DATE}</span></div>
<div class="hdTimKiem"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" value="Nhập từ khóa..." />
<input type="image" src="/App_Themes/SGD/images/search.gif" onclick="window.location='/Pages/TimKiem.aspx?TuKhoa='+encodeURI(document.getElementById('ctl00_txtTuKhoa').value);return false;" /></div></div>
<div id="menu">{_menu()}</div>
<table id="tblMain" width="1000" cellpadding="0" cellspacing="0"><tr>
{_left()}
<td id="colGiua" valign="top">
{content}
</td>
{_right(home)}
</tr></table>
<div id="footer"><p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b></p>
<p>Địa chỉ: Số 39 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233.3852 506 - Fax: 0233.3852 457</p>
<p>Email: sgddt@quangtri.gov.vn - Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT</p>
<p>© Bản quyền thuộc Sở GD&amp;ĐT Quảng Trị. Thiết kế bởi eGovPortal 3.2</p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div></form>
</body>
</html>"""


def _portlet(head: str, crumbs: list[tuple[str, str | None]], inner: str) -> str:
    bc = " » ".join(f"<a href=\"{esc(h)}\">{esc(n)}</a>" if h else f"<span>{esc(n)}</span>" for n, h in crumbs)
    return (
        f"<div class=\"portlet\"><h1 class=\"portlet-head\">{esc(head)}</h1>"
        f"<div class=\"duongdan\">{bc}</div><div class=\"portlet-body\">{inner}</div></div>"
    )


# --- article body (the XSLT output) ------------------------------------------------------------


def _img(b: Img) -> str:
    tag = f"<img src=\"{esc(b.src)}\" alt=\"\" width=\"500\" border=\"0\" />"
    if b.style == "tbl":
        rows = f"<tr><td align=\"center\">{tag}</td></tr>"
        if b.printed:
            rows += f"<tr><td align=\"center\" style=\"font-size:11px;color:#333\">{esc(b.printed)}</td></tr>"
        return f"<table class=\"tblAnh\" align=\"center\" border=\"0\" cellpadding=\"3\" cellspacing=\"0\" style=\"width:500px\"><tbody>{rows}</tbody></table>"
    out = f"<p style=\"text-align: center;\">{tag}</p>"
    if b.printed:
        out += f"<p style=\"text-align: center;\"><em>{esc(b.printed)}</em></p>"
    return out


def _body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    br_pairs = s.opts.get("br_pairs", set())
    i = 0
    pi = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
                pi += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "td":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "td":
                cells = "".join(f"<td style=\"border:1px solid #000\"><p>{esc(c)}</p></td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
                pi += 1
            out.append("<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tbody>" + "".join(rows) + "</tbody></table>")
            continue
        elif pi in br_pairs and i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
            out.append(f"<p style=\"text-align: justify;\">{esc(b.text)}<br />\n{esc(blocks[i + 1].text)}</p>")
            i += 2
            pi += 2
            continue
        else:
            out.append(f"<p style=\"text-align: justify;\">{esc(b.text)}</p>")
            pi += 1
        i += 1
    return "\n".join(out)


def _island(s: Story) -> str:
    if "island" not in s.opts:
        return ""
    old_title, old_sapo, created = s.opts["island"]
    return (
        f"<xml id=\"dsoTinTuc\" style=\"display:none\"><TinTuc><ItemID>{s.id}</ItemID>"
        f"<TieuDe>{esc(old_title)}</TieuDe><MoTa>{esc(old_sapo)}</MoTa>"
        f"<NgayTao>{created}</NgayTao><TrangThai>1</TrangThai></TinTuc></xml>"
    )


def _newer(s: Story) -> str:
    others = [o for o in _by_cat(int(s.cat)) if o.id != s.id][:2]
    items = "".join(
        f"<li><img src=\"/App_Themes/SGD/images/dot.gif\" alt=\"\" /> <a href=\"/Pages/TinTuc/ChiTiet.aspx?ItemID={o.id}\">{esc(o.title)}</a> "
        f"<span class=\"tkNgay\">({_list_date(o)})</span></li>"
        for o in others
    )
    return f"<div class=\"ctTinKhac\"><div class=\"tkHead\">Các tin khác</div><ul>{items}</ul></div>"


def _article_table(s: Story, *, tools: bool = True) -> str:
    o = s.opts
    rows = []
    if "overline" in o:
        rows.append(f"<tr><td class=\"ctTitTren\">{esc(o['overline'])}</td></tr>")
    rows.append(f"<tr><td><span class=\"ctTieuDe\">{esc(s.title)}</span></td></tr>")
    rows.append(
        f"<tr><td class=\"ctNgay\">Ngày cập nhật: {o['updated']} &nbsp;|&nbsp; Ngày đăng: {o['printed']}"
        f" &nbsp;|&nbsp; Lượt xem: {s.views()} &nbsp;|&nbsp; Người cập nhật: bientap_sgd</td></tr>"
    )
    if s.summary:
        rows.append(f"<tr><td class=\"ctMoTa\"><b>{esc(s.summary)}</b></td></tr>")
    rows.append(f"<tr><td class=\"ctNoiDung\">\n{_body(s)}\n</td></tr>")
    if "tacgia" in o:
        rows.append(f"<tr><td class=\"ctTacGia\" align=\"right\">Tác giả: <b>{esc(o['tacgia'])}</b></td></tr>")
    if tools:
        rows.append(
            "<tr><td class=\"ctCongCu\" align=\"right\">"
            f"<a href=\"javascript:window.open('/Pages/TinTuc/InTin.aspx?ItemID={s.id}','','width=800,height=600,scrollbars=1')\">"
            "<img src=\"/App_Themes/SGD/images/print.gif\" alt=\"\" /> In bài</a> | "
            "<a href=\"javascript:history.back()\">Quay lại</a> | "
            "<a href=\"https://www.facebook.com/sharer/sharer.php\" target=\"_blank\"><img src=\"/App_Themes/SGD/images/fb.png\" alt=\"Chia sẻ\" /></a>"
            "</td></tr>"
        )
    return (
        "<!-- XSLT: TinTucChiTiet.xslt v2.3 -->\n"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" class=\"tblCT\">" + "".join(rows) + "</table>"
    )


def _article(request: Request, s: Story) -> Response:
    cat = int(s.cat)
    content = _portlet(
        CATS[cat].upper(),
        [("Trang chủ", "/Default.aspx"), (CATS[cat], f"/Pages/TinTuc/DanhSach.aspx?CatID={cat}")],
        f"<div id=\"ctl00_cphNoiDung_ctl00_xmlTinTuc\">{_article_table(s)}</div>{_island(s)}{_newer(s)}",
    )
    og = (
        f"\n<meta property=\"og:title\" content=\"{esc(s.title)}\" />"
        f"\n<meta property=\"og:url\" content=\"{esc(base_url(request) + request.target)}\" />"
    )
    page = _page(request, "Chi tiết tin tức | Sở GD&ĐT Quảng Trị", f"{request.path.rsplit('/', 1)[1]}?{request.query}", content, og=og)
    return html(page)


def _print(request: Request, s: Story) -> Response:
    page = (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />"
        f"<title>In tin: {esc(s.title)}</title></head><body onload=\"window.print()\">"
        "<div class=\"inHead\">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</div>"
        f"{_article_table(s, tools=False)}</body></html>"
    )
    return html(page)


# --- listings ----------------------------------------------------------------------------------


def _item(s: Story, href: str) -> str:
    thumb = s.images[0].src.replace("/TinTuc/", "/TinTuc/Thumb/") if s.images else "/App_Themes/SGD/images/noimage.jpg"
    sapo = s.summary or s.paragraphs[0]
    if len(sapo) > 160:
        sapo = sapo[:157].rsplit(" ", 1)[0] + "..."
    return (
        "<table class=\"dsItem\" width=\"100%\"><tr>"
        f"<td width=\"130\" valign=\"top\"><a href=\"{esc(href)}\"><img src=\"{esc(thumb)}\" width=\"120\" alt=\"\" /></a></td>"
        f"<td valign=\"top\"><a class=\"dsTieuDe\" href=\"{esc(href)}\">{esc(s.title)}</a> "
        f"<span class=\"dsNgay\">({_list_date(s)})</span><div class=\"dsMoTa\">{esc(sapo)}</div></td></tr></table>"
    )


def _listing(request: Request, cat: int, page: int) -> Response | None:
    items = _by_cat(cat)
    size = PAGE_SIZE[cat]
    pages = max(1, -(-len(items) // size))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * size : page * size]
    body = "<!-- XSLT: TinTucDanhSach.xslt -->\n" + "".join(_item(s, f"/Pages/TinTuc/ChiTiet.aspx?ItemID={s.id}") for s in chunk)
    if pages > 1:
        links = []
        for p in range(1, pages + 1):
            if p == page:
                links.append(f"<span class=\"pgCur\">{p}</span>")
            elif cat == 2:
                links.append(f"<a href=\"javascript:__doPostBack('{PAGER_TARGET}','Page${p}')\">{p}</a>")
            else:
                links.append(f"<a href=\"/Pages/TinTuc/DanhSach.aspx?CatID={cat}&amp;Page={p}\">{p}</a>")
        body += f"<div class=\"dsPhanTrang\" id=\"ctl00_cphNoiDung_ucDanhSach_dpgTin\">Trang: {' '.join(links)}</div>"
    content = _portlet(
        CATS[cat].upper(),
        [("Trang chủ", "/Default.aspx"), (CATS[cat], None)],
        f"<div id=\"ctl00_cphNoiDung_ucDanhSach_xmlDanhSach\">{body}</div>",
    )
    return html(_page(request, f"{CATS[cat]} | Sở GD&ĐT Quảng Trị", f"DanhSach.aspx?CatID={cat}", content))


def _home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.opts["printed_sort"], reverse=True)[:3]
    slider = "".join(
        f"<div class=\"slItem\"><a href=\"/Pages/TinTuc/ChiTiet.aspx?ItemID={s.id}&amp;CatID={s.cat}\">"
        f"<img src=\"{esc(s.images[0].src if s.images else '/App_Themes/SGD/images/noimage.jpg')}\" alt=\"{esc(s.title)}\" /></a>"
        f"<a class=\"slTieuDe\" href=\"/Pages/TinTuc/ChiTiet.aspx?ItemID={s.id}&amp;CatID={s.cat}\">{esc(s.title)}</a></div>"
        for s in newest
    )
    boxes = []
    for cat, name in CATS.items():
        lis = "".join(
            f"<li><a href=\"/Pages/TinTuc/ChiTiet.aspx?ItemID={s.id}\">{esc(s.title)}</a> <span>({_list_date(s)})</span></li>"
            for s in _by_cat(cat)[:3]
        )
        boxes.append(
            f"<div class=\"hpBox\"><div class=\"hpHead\"><a href=\"/Pages/TinTuc/DanhSach.aspx?CatID={cat}\">{esc(name.upper())}</a>"
            f"</div><ul>{lis}</ul><a class=\"xemtiep\" href=\"/Pages/TinTuc/DanhSach.aspx?CatID={cat}\">Xem tiếp »</a></div>"
        )
    thanks = "<p class=\"bcCamOn\">Cảm ơn bạn đã tham gia bình chọn!</p>" if request.method == "POST" else ""
    content = (
        f"{thanks}<div id=\"ctl00_cphNoiDung_ucSlider_pnSlider\" class=\"slider\"><div class=\"pnHead\">TIN NỔI BẬT</div>{slider}</div>"
        + "".join(boxes)
        + "<div class=\"hpVanBan\"><div class=\"hpHead\"><a href=\"/Pages/VanBan/DanhSach.aspx\">VĂN BẢN MỚI</a></div><ul>"
        + "".join(f"<li><a href=\"/Pages/VanBan/ChiTiet.aspx?ItemID={k}\">{esc(v[0])}: {esc(v[2])}</a></li>" for k, v in DOCS.items())
        + "</ul></div>"
    )
    return html(_page(request, "Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "Default.aspx", content, home=True))


# --- other pages -------------------------------------------------------------------------------


def _simple(request: Request, head: str, title: str, action: str, inner: str) -> Response:
    content = _portlet(head, [("Trang chủ", "/Default.aspx"), (title, None)], inner)
    return html(_page(request, f"{title} | Sở GD&ĐT Quảng Trị", action, content))


def _intro(request: Request) -> Response:
    inner = (
        "<p>Sở Giáo dục và Đào tạo tỉnh Quảng Trị là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND "
        "tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên trên địa bàn.</p>"
        "<p>Cơ cấu tổ chức gồm: Văn phòng Sở, Thanh tra Sở, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, "
        "Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học, Phòng Khảo thí và Quản lý chất lượng.</p>"
        "<img src=\"/Upload/GioiThieu/tru-so.jpg\" alt=\"Trụ sở Sở GD&amp;ĐT\" />"
    )
    return _simple(request, "GIỚI THIỆU", "Giới thiệu", "GioiThieu.aspx", inner)


def _contact(request: Request) -> Response:
    inner = (
        "<table class=\"tblLienHe\"><tr><td>Địa chỉ:</td><td>Số 39 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</td></tr>"
        "<tr><td>Điện thoại:</td><td>0233.3852 506</td></tr><tr><td>Email:</td><td>sgddt@quangtri.gov.vn</td></tr></table>"
        "<p>Họ tên: <input name=\"ctl00$cphNoiDung$txtHoTen\" type=\"text\" /></p>"
        "<p>Nội dung: <textarea name=\"ctl00$cphNoiDung$txtNoiDung\"></textarea></p>"
        "<input type=\"submit\" name=\"ctl00$cphNoiDung$btnGui\" value=\"Gửi\" />"
    )
    return _simple(request, "LIÊN HỆ", "Liên hệ", "LienHe.aspx", inner)


def _album(request: Request) -> Response:
    imgs = "".join(
        f"<td><a href=\"/Upload/ThuVienAnh/7/anh-{i}.jpg\"><img src=\"/Upload/ThuVienAnh/7/thumb-{i}.jpg\" alt=\"\" /></a></td>" for i in range(1, 7)
    )
    inner = (
        "<div class=\"abTieuDe\">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</div>"
        "<div class=\"abNgay\">11/20/2026 5:30:00 PM</div>"
        f"<table class=\"tblAlbum\"><tr>{imgs}</tr></table>"
    )
    return _simple(request, "THƯ VIỆN ẢNH", "Thư viện ảnh", "ChiTiet.aspx?AlbumID=7", inner)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{esc(v[0])}</td><td>{v[1]}</td><td><a href=\"/Pages/VanBan/ChiTiet.aspx?ItemID={k}\">{esc(v[2])}</a></td></tr>"
        for k, v in DOCS.items()
    )
    inner = f"<table class=\"tblVanBan\" border=\"1\"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"
    return _simple(request, "VĂN BẢN", "Văn bản", "DanhSach.aspx", inner)


def _doc(request: Request, k: int) -> Response:
    num, day, subject, fname = DOCS[k]
    inner = (
        f"<span class=\"ctTieuDe\">{esc(subject)}</span>"
        "<table class=\"tblVBChiTiet\" border=\"1\" cellpadding=\"4\">"
        f"<tr><td>Số ký hiệu</td><td>{esc(num)}</td></tr><tr><td>Ngày ban hành</td><td>{day} 12:00:00 AM</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(subject)}</td></tr><tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td>Người ký</td><td>Nguyễn Văn Hùng</td></tr>"
        f"<tr><td>Tệp đính kèm</td><td><a href=\"/Upload/VanBan/2026/{fname}\">{fname}</a></td></tr></table>"
    )
    return _simple(request, "VĂN BẢN", "Văn bản", f"ChiTiet.aspx?ItemID={k}", inner)


# --- routing -----------------------------------------------------------------------------------

_INT = re.compile(r"^\d{1,6}$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path.startswith("/upload/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/app_themes/", "/js/")):
            return static_file(path)
        if path in ("/", "/default.aspx"):
            return _home(request) if not request.query else None
        if path == "/pages/gioithieu.aspx":
            return _intro(request)
        if path == "/pages/lienhe.aspx":
            return _contact(request)
        if path == "/pages/thuvienanh/chitiet.aspx":
            return _album(request) if params.get("albumid") == "7" else None
        if path == "/pages/vanban/danhsach.aspx":
            return _doc_list(request)
        if path == "/pages/vanban/chitiet.aspx":
            k = params.get("itemid", "")
            return _doc(request, int(k)) if _INT.match(k) and int(k) in DOCS else None
        if path in ("/pages/tintuc/chitiet.aspx", "/pages/tintuc/intin.aspx"):
            k = params.get("itemid", "")
            if not _INT.match(k) or int(k) not in BY_ID:
                return None
            s = BY_ID[int(k)]
            extra = set(params) - {"itemid", "catid"}
            if extra or params.get("catid", s.cat) != s.cat:
                return None
            if path.endswith("intin.aspx"):
                return _print(request, s) if "catid" not in params else None
            return _article(request, s)
        if path == "/pages/tintuc/danhsach.aspx":
            c = params.get("catid", "")
            p = params.get("page", "1")
            if not _INT.match(c) or int(c) not in CATS or not _INT.match(p):
                return None
            page = int(p)
            if request.method == "POST":
                form = request.form
                arg = form.get("__EVENTARGUMENT", "")
                if form.get("__EVENTTARGET") == PAGER_TARGET and arg.startswith("Page$") and _INT.match(arg[5:]):
                    page = int(arg[5:])
            return _listing(request, int(c), page)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    canon = _canon(s)
    return gold_record(
        s,
        canon,
        CATS[int(s.cat)],
        alt_paths=[
            f"{canon}&CatID={s.cat}",
            f"/pages/tintuc/chitiet.aspx?itemid={s.id}",
            f"/Pages/TinTuc/InTin.aspx?ItemID={s.id}",
        ],
    )


GOLD = [_gold(s) for s in STORIES]
