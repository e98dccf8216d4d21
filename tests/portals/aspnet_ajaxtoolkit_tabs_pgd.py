"""Phòng Giáo dục và Đào tạo thị xã Bình Long (tỉnh Bình Phước): ASP.NET WebForms 4.0 vendor portal.

Platform: an ASP.NET WebForms 4.0 site from a provincial vendor. One master page
(``Site.Master``) whose blocks are user controls (``ucHeader``, ``ucMenu``, ``ucTinXemNhieu``,
``ucLienKet``, ``ucThongKe``, ``ucBinhChon``, ``ucFooter``; the content place holder ``cphMain``
holds ``ucTabTin`` / ``ucDanhSach`` / ``ucChiTiet`` / ``ucTinKhac``), so every element id is the
naming-container chain ``ctl00_cphMain_ucChiTiet_lblTieuDe``. One ``<form id="aspnetForm">``
wraps the page with ``__VIEWSTATE`` / ``__EVENTVALIDATION``, a ``ScriptManager`` and
``WebResource.axd`` / ``ScriptResource.axd`` scripts. The news list sits in an UpdatePanel
(partial postbacks: a POST with ``__EVENTTARGET`` and ``X-MicrosoftAjax: Delta=true`` is answered
in the ``len|type|id|content|`` delta format; a plain POST re-renders the page) and every page
number is also a plain GET link. The home page holds an AJAX Control Toolkit ``TabContainer``.

URL scheme (IIS: paths and query keys are case-insensitive):
- ``/`` -> 302 ``/Default.aspx`` (home: TabContainer "Tin mới | Hoạt động chuyên môn | Thông báo |
  Văn bản mới", most-read box, links, counter, poll);
- ``/TinTuc/DanhSach.aspx?CatID=<cat>&Page=<N>`` listings (4 a page; page 1 is ``?CatID=<cat>``);
- ``/TinTuc/ChiTiet.aspx?ID=<id>&CatID=<cat>`` posts (also served as ``?ID=<id>``, lower-case
  ``/tintuc/chitiet.aspx?id=<id>&catid=<cat>`` and print view ``/TinTuc/InTin.aspx?ID=<id>``);
- ``/GioiThieu.aspx?ID=<n>`` intro pages, ``/LienHe.aspx`` contact,
  ``/VanBan/DanhSach.aspx`` / ``/VanBan/ChiTiet.aspx?ID=<n>`` documents.

Page templates: home (TabContainer + blocks), listing (breadcrumb, featured item outside the
UpdatePanel, DataList table of items, pager), post (breadcrumb, title label, date/views line,
author label, sapo label, ``divNoiDung`` body, poster, tools, "Các tin khác" DataList), print
view, intro/contact/document pages.

How each gold article is reached: Tin giáo dục (CatID=1) 6 posts, pages 1-2; Hoạt động chuyên
môn (CatID=2) 5 posts, pages 1-2; Thông báo (CatID=3) 2 posts. 1541, 1536 (CatID=1) and 1538
(CatID=2) are on page 2 only (the most-read box and "Các tin khác" may also link some). The
home's visible tab links the five newest posts as ``ChiTiet.aspx?ID=<id>``; the hidden tabs link
CatID=2 and CatID=3 posts under their full URL.

Traps:
1. TabContainer served hidden: the toolkit renders the container ``style="visibility:hidden;"``
   until its client script runs and the inactive panels ``display:none;visibility:hidden;``; their
   links (all CatID=3 posts' home links, the document entry) are real links. Tab headers are
   ``<a href="#">``. Gold: nothing hidden is chrome by reason of being hidden; articles as listed.
2. UpdatePanel pager: each page number is an ``<a>`` whose onclick posts back
   (``__doPostBack('ctl00$cphMain$ucDanhSach$rptTrang$ctl01$lbtTrang','')``) and whose href is the
   plain GET ``DanhSach.aspx?CatID=1&Page=2``; "Trang cuối" repeats the last number's URL; page 1
   is ``?CatID=1`` without ``Page``. Gold: page-2 posts are articles like the others.
3. vi-VN ``DateTime.ToString()``: "03/12/2026 2:30:00 CH" (CH = chiều, afternoon) is 14:30;
   "28/11/2026 12:20:00 CH" is 12:20 (noon, not 00:20); "8:15:00 SA" is 08:15; "12:00:00 SA" is a
   midnight, the day alone. Day first (dd/MM): "03/12" is 3 December. The listing prints the day
   only "(03/12/2026)": the post page's time wins.
4. Title only in ``<span id="..._lblTieuDe" class="tieude_ct">``: no heading element; the page's
   only ``<h1>`` is the banner "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BÌNH LONG", the ``<title>`` is
   "PGD&ĐT Bình Long | <title>" and the "Các tin khác" box heading is a ``<div>``. Gold title: the
   label's text.
5. Caption in a layout table: the editor puts a photo in a two-row ``<table class="tblAnh">``
   (image cell, caption cell in ``<em>``). Gold: that cell is the image's caption, not a body
   table row; a real data table in 1536 (cells joined " | ") is body.
6. The same post under several URLs: listing's thumbnail link relative ``ChiTiet.aspx?ID=…&CatID=…``
   and title link rooted; the home tab drops CatID (``ChiTiet.aspx?ID=1561``); the most-read user
   control (another developer's) prints lower-case ``/tintuc/chitiet.aspx?id=…&catid=…`` which IIS
   serves alike; print view through ``javascript:window.open('/TinTuc/InTin.aspx?ID=…')``. Gold:
   one record per post, the others in ``alt_paths``; canonical = ``ChiTiet.aspx?ID=&CatID=``.
7. Body text nested the vendor's way: paragraphs as ``<div style="text-align: justify;">``
   wrapped in ``<span style="font-size:13pt">``, some as bare runs split by ``<br /><br />`` in one
   ``<div>``, ``<p>&nbsp;</p>`` spacers between. Gold: each run is a paragraph; spacers are none.
8. Bylines three ways: an author label above the body "Tác giả: ThS. Lê Văn Hùng - Chuyên viên
   PGD" (-> "Lê Văn Hùng"); a right-aligned bold line at the end "Thanh Tâm - Trường MG Thanh Phú"
   (-> "Thanh Tâm") or a unit alone "Tổ Tiểu học"; "Tin: Ngọc Hân - Ảnh: Quốc Bảo" splits; the
   poster line "Người đăng: bbt_binhlong" is a CMS account (nobody).
9. Sapo in its own bold label ``<span id="..._lblMoTa"><b>…</b></span>`` outside ``divNoiDung``;
   for posts without one the label is printed empty. 1541 has no label but a bold lead paragraph
   inside the body (its sapo).
10. The listing's featured item (newest post of the category, with thumbnail and sapo) is printed
    above the UpdatePanel on every page of the listing, so page 2 repeats page 1's first post.
11. Official notice (1562) printed as a document: letterhead table, "THÔNG BÁO / Về việc …", the
    closing "Nơi nhận" / signer table. Gold: date is the letterhead's day 2026-12-04 (the page's
    "Ngày đăng" 4:45:00 CH is not used), signer "Nguyễn Văn Thành" is the author, letterhead and
    closing are not body.
12. Update date: 1547 prints "Cập nhật: 13/11/2026 9:40:00 SA" after its "Ngày đăng"; the post
    date wins. Its text is written with HTML entities (CKEditor's entity option).

Gold decisions on ambiguous points:
- category: the breadcrumb's last crumb (the post's own category, whatever CatID the URL has).
- 1558's "Ảnh: Minh Khoa" line under the photo only credits: caption None, photographer.
- 1552's photo has a descriptive ``alt`` but no printed line: caption None.
- 1543's caption "(Cô Nguyễn Thị Lan dạy minh họa …)" loses its parentheses.
- "Tệp đính kèm: …" attachment lines (1549, 1550) are not body.
- The print view serves the same story: it is an alt path, never a second article.
- Intro, contact, the document entry and listings are not articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_ajaxtoolkit_tabs_pgd"
PLATFORM = "ASP.NET WebForms 4.0 vendor portal (UpdatePanel, AJAX Control Toolkit TabContainer)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "PGD&ĐT Bình Long"
PER_PAGE = 4

CATS = {1: "Tin giáo dục", 2: "Hoạt động chuyên môn", 3: "Thông báo"}


def _tbl(src: str, printed: str, caption: str | None) -> Img:
    return Img(src, printed, caption, style="tbl")


_LETTERHEAD = Raw(
    '<table style="width:100%;border:none" cellpadding="0" cellspacing="0"><tr>'
    '<td style="width:40%;text-align:center;vertical-align:top">UBND THỊ XÃ BÌNH LONG<br />'
    "<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br />Số: 412/TB-PGDĐT</td>"
    '<td style="width:60%;text-align:center;vertical-align:top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>'
    "<br /><b><u>Độc lập - Tự do - Hạnh phúc</u></b><br />"
    "<i>Bình Long, ngày 04 tháng 12 năm 2026</i></td></tr></table>"
    '<p style="text-align:center"><b>THÔNG BÁO</b></p>'
    '<p style="text-align:center"><b>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã '
    "năm học 2026-2027</b></p>"
)
_SIGNER = Raw(
    '<table style="width:100%;border:none"><tr><td style="width:50%;vertical-align:top">'
    "<b><i>Nơi nhận:</i></b><br />- Các trường THCS;<br />- Lãnh đạo Phòng;<br />- Lưu: VT.</td>"
    '<td style="text-align:center;vertical-align:top"><b>KT. TRƯỞNG PHÒNG<br />PHÓ TRƯỞNG PHÒNG</b>'
    "<br /><br /><i>(đã ký)</i><br /><br /><b>Nguyễn Văn Thành</b></td></tr></table>"
)


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


SPACER = Raw("<p>&nbsp;</p>")

STORIES: list[Story] = [
    Story(
        1562, "hsg9", "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027",
        "Thông báo", "2026-12-04",
        [
            _LETTERHEAD,
            P("Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực "
              "hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi "
              "lớp 9 cấp thị xã như sau:"),
            P("1. Thời gian thi: ngày 19/12/2026 (thứ Bảy), thí sinh có mặt lúc 6 giờ 45 phút."),
            P("2. Địa điểm: Trường THCS An Lộc, số 12 đường Trần Hưng Đạo, phường An Lộc."),
            P("3. Môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí và Tin học."),
            P("Hiệu trưởng các trường THCS gửi danh sách thí sinh dự thi về Phòng GD&ĐT (qua bộ phận "
              "chuyên môn) trước ngày 12/12/2026."),
            _SIGNER,
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"printed": "04/12/2026 4:45:00 CH"},
    ),
    Story(
        1561, "hkpd", "Thị xã Bình Long tổng kết Hội khỏe Phù Đổng cấp thị xã năm học 2026-2027",
        "Tin giáo dục", "2026-12-03T14:30:00+07:00",
        [
            P("Chiều ngày 02/12, tại Nhà thi đấu thị xã, Phòng GD&ĐT phối hợp với Phòng Văn hóa và "
              "Thông tin tổ chức lễ bế mạc và trao giải Hội khỏe Phù Đổng cấp thị xã."),
            _tbl("/Upload/TinTuc/2026/12/hkpd_01.jpg",
                 "Lãnh đạo thị xã trao cờ cho đơn vị đạt giải Nhất toàn đoàn",
                 "Lãnh đạo thị xã trao cờ cho đơn vị đạt giải Nhất toàn đoàn"),
            P("Hội khỏe năm nay thu hút hơn 650 vận động viên của 21 trường tiểu học và trung học cơ sở "
              "tranh tài ở 8 môn: điền kinh, bơi lội, cờ vua, bóng đá, bóng chuyền, cầu lông, đá cầu và "
              "kéo co."),
            P("Kết quả, Trường THCS An Lộc đạt giải Nhất toàn đoàn khối THCS; Trường Tiểu học Phú Thịnh "
              "đạt giải Nhất toàn đoàn khối Tiểu học."),
            SPACER,
            _right("Tin, ảnh: Hoàng Yến"),
        ],
        authors=["Hoàng Yến"], photographers=["Hoàng Yến"],
        summary="Sau 5 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng cấp thị xã năm học 2026-2027 đã "
                "khép lại với 312 huy chương được trao cho các vận động viên nhỏ tuổi.",
        sapo_outside=True,
        opts={"printed": "03/12/2026 2:30:00 CH", "body": "div"},
    ),
    Story(
        1560, "stem", "Chuyên đề dạy học STEM cấp THCS: Thiết kế hệ thống tưới cây tự động",
        "Hoạt động chuyên môn", "2026-12-01T10:45:00+07:00",
        [
            P("Tiết học được thiết kế theo quy trình kĩ thuật gồm 5 bước: xác định vấn đề, nghiên cứu "
              "kiến thức nền, đề xuất giải pháp, chế tạo mẫu và thử nghiệm, chia sẻ và điều chỉnh."),
            _tbl("../Upload/TinTuc/2026/12/stem_01.jpg",
                 "Học sinh lớp 8A1 giới thiệu mô hình tưới cây tự động",
                 "Học sinh lớp 8A1 giới thiệu mô hình tưới cây tự động"),
            P("Các nhóm học sinh sử dụng cảm biến độ ẩm đất, bơm mini và mạch điều khiển đơn giản để "
              "chế tạo sản phẩm, sau đó thuyết trình trước lớp."),
            P("Qua chuyên đề, giáo viên các trường được trao đổi kinh nghiệm tổ chức hoạt động trải "
              "nghiệm gắn với thực tiễn sản xuất nông nghiệp của địa phương."),
        ],
        authors=["Phạm Thị Thu Hà"],
        summary="Ngày 30/11, tại Trường THCS Thanh Lương, Phòng GD&ĐT tổ chức chuyên đề dạy học STEM "
                "cấp THCS với sự tham gia của 45 giáo viên môn Khoa học tự nhiên và Công nghệ.",
        sapo_outside=True,
        opts={"printed": "01/12/2026 10:45:00 SA", "label": "Tác giả: Phạm Thị Thu Hà", "body": "p"},
    ),
    Story(
        1558, "hocbong", "Trao 120 suất học bổng cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn",
        "Tin giáo dục", "2026-11-28T12:20:00+07:00",
        [
            P("Mỗi suất học bổng trị giá 1.500.000 đồng cùng một bộ sách giáo khoa và dụng cụ học tập."),
            Img("/Upload/TinTuc/2026/11/hocbong_01.jpg", "Ảnh: Minh Khoa", None, style="em"),
            P("Phát biểu tại buổi lễ, đại diện Phòng GD&ĐT ghi nhận sự đồng hành của các nhà hảo tâm, "
              "đồng thời mong các em tiếp tục nỗ lực vươn lên trong học tập."),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bình Phước</em></p>'),
        ],
        photographers=["Minh Khoa"], source="Báo Bình Phước",
        summary="Sáng 27/11, Phòng GD&ĐT thị xã Bình Long phối hợp với Hội Khuyến học trao 120 suất "
                "học bổng cho học sinh dân tộc thiểu số vượt khó học tốt.",
        sapo_outside=True,
        opts={"printed": "28/11/2026 12:20:00 CH", "body": "div"},
    ),
    Story(
        1555, "gvdg", "Hội thi giáo viên dạy giỏi cấp thị xã bậc Tiểu học năm học 2026-2027",
        "Hoạt động chuyên môn", "2026-11-25T16:10:00+07:00",
        [
            P("Từ ngày 18 đến 24/11, Phòng GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp thị xã bậc "
              "Tiểu học với 58 giáo viên dự thi."),
            P("Mỗi giáo viên dự thi thực hiện các nội dung:"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy;", "li"),
            P("Dạy hai tiết thực hành trên lớp;", "li"),
            P("Kiểm tra năng lực sử dụng công nghệ thông tin.", "li"),
            P("Kết quả có 41 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã."),
            _right("Tổ Tiểu học"),
        ],
        authors=["Tổ Tiểu học"],
        opts={"printed": "25/11/2026 4:10:00 CH", "body": "p"},
    ),
    Story(
        1552, "mgphutrung", "Khánh thành điểm trường mẫu giáo ấp Phú Trung",
        "Tin giáo dục", "2026-11-20",
        [
            P("Sáng 20/11, UBND xã Thanh Phú tổ chức lễ khánh thành điểm trường mẫu giáo ấp Phú Trung "
              "thuộc Trường Mẫu giáo Thanh Phú.", "br"),
            P("Công trình gồm 4 phòng học, 1 phòng đa năng và sân chơi với tổng kinh phí gần 5 tỷ đồng "
              "từ ngân sách thị xã.", "br"),
            P("Điểm trường mới đáp ứng nhu cầu học tập của 120 trẻ em trong ấp, giúp phụ huynh yên tâm "
              "lao động sản xuất.", "br"),
            Img("/Upload/TinTuc/2026/11/phutrung_01.jpg", None, None, style="none"),
            _right("Thanh Tâm - Trường MG Thanh Phú"),
        ],
        authors=["Thanh Tâm"],
        opts={"printed": "20/11/2026 12:00:00 SA", "body": "div",
              "alt": "Các đại biểu cắt băng khánh thành điểm trường mẫu giáo ấp Phú Trung"},
    ),
    Story(
        1550, "tuyendung", "Thông báo tuyển dụng nhân viên hợp đồng năm 2026",
        "Thông báo", "2026-11-18T09:20:00+07:00",
        [
            P("Phòng GD&ĐT thị xã Bình Long thông báo tuyển dụng nhân viên hợp đồng làm việc tại các "
              "trường mầm non, tiểu học trên địa bàn."),
            P("Vị trí tuyển dụng: 03 nhân viên kế toán, 05 nhân viên y tế học đường.", "h"),
            P("- Hồ sơ gồm: đơn đăng ký dự tuyển, sơ yếu lý lịch, bản sao văn bằng, chứng chỉ."),
            P("- Thời gian nhận hồ sơ: từ ngày 20/11 đến hết ngày 10/12/2026 (giờ hành chính)."),
            Raw('<p>Tệp đính kèm: <a href="/Upload/VanBan/TB_TuyenDung_2026.pdf">TB_TuyenDung_2026.pdf</a></p>'),
        ],
        opts={"printed": "18/11/2026 9:20:00 SA", "body": "p"},
    ),
    Story(
        1549, "vnedu", "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý",
        "Hoạt động chuyên môn", "2026-11-16T13:30:00+07:00",
        [
            P("Ngày 15/11, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý trường học cho hơn "
              "70 cán bộ quản lý và nhân viên phụ trách dữ liệu các trường."),
            P("Nội dung tập huấn", "h"),
            P("Học viên được hướng dẫn cập nhật hồ sơ học sinh, sổ điểm điện tử, học bạ số và kết nối "
              "dữ liệu với cơ sở dữ liệu ngành."),
            P("Kết quả", "h"),
            P("100% học viên hoàn thành bài thực hành cuối khóa."),
            Raw('<div class="dinhkem">Tệp đính kèm: <a href="/Upload/TaiLieu/HDSD_QLTH.pdf">'
                "HDSD_QLTH.pdf</a> (2,3 MB)</div>"),
        ],
        opts={"printed": "16/11/2026 1:30:00 CH", "body": "div"},
    ),
    Story(
        1547, "hnccvc", "Hội nghị cán bộ, công chức, viên chức Phòng GD&ĐT năm 2026",
        "Tin giáo dục", "2026-11-12T08:15:00+07:00",
        [
            P("Sáng ngày 11/11, Phòng GD&ĐT thị xã Bình Long tổ chức Hội nghị cán bộ, công chức, viên "
              "chức năm 2026."),
            P("Hội nghị đã thảo luận, thông qua quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ quan và "
              "ký giao ước thi đua năm học 2026-2027."),
            P("Dịp này, 6 cá nhân được tặng giấy khen vì có thành tích xuất sắc trong công tác."),
        ],
        authors=["Lê Văn Hùng"],
        opts={"printed": "12/11/2026 8:15:00 SA", "updated": "13/11/2026 9:40:00 SA",
              "label": "Tác giả: ThS. Lê Văn Hùng - Chuyên viên PGD", "body": "p", "entities": True},
    ),
    Story(
        1543, "nghiencuubaihoc", "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn lớp 8",
        "Hoạt động chuyên môn", "2026-11-05T07:30:00+07:00",
        [
            P("Trường THCS Thanh Lương vừa tổ chức buổi sinh hoạt chuyên môn cụm theo hướng nghiên cứu "
              "bài học môn Ngữ văn lớp 8."),
            Img("/Upload/TinTuc/2026/11/nghiencuu_01.jpg",
                "(Cô Nguyễn Thị Lan dạy minh họa tiết Ngữ văn lớp 8)",
                "Cô Nguyễn Thị Lan dạy minh họa tiết Ngữ văn lớp 8", style="em"),
            P("Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì đánh giá giờ dạy "
              "của giáo viên."),
        ],
        opts={"printed": "05/11/2026 7:30:00 SA", "body": "div"},
    ),
    Story(
        1541, "ngaydocsach", "Ngày hội đọc sách tại Trường Tiểu học An Lộc B",
        "Tin giáo dục", "2026-10-30T15:05:00+07:00",
        [
            P("Nhằm khơi dậy niềm đam mê đọc sách, Trường Tiểu học An Lộc B tổ chức Ngày hội đọc sách "
              "với chủ đề “Sách - người bạn đồng hành”.", "bold"),
            _tbl("/Upload/TinTuc/2026/10/docsach_01.jpg", "Học sinh tham gia gian hàng sách",
                 "Học sinh tham gia gian hàng sách"),
            P("Ngày hội gồm các hoạt động: hóa trang nhân vật, giới thiệu sách, đố vui và trao đổi sách cũ."),
            _tbl("/Upload/TinTuc/2026/10/docsach_02.jpg", "Tiết mục hóa trang nhân vật cổ tích",
                 "Tiết mục hóa trang nhân vật cổ tích"),
            P("Hơn 800 đầu sách được học sinh quyên góp để bổ sung cho thư viện xanh của nhà trường."),
            _right("Tin: Ngọc Hân - Ảnh: Quốc Bảo"),
        ],
        authors=["Ngọc Hân"], photographers=["Quốc Bảo"],
        summary="Nhằm khơi dậy niềm đam mê đọc sách, Trường Tiểu học An Lộc B tổ chức Ngày hội đọc sách "
                "với chủ đề “Sách - người bạn đồng hành”.",
        opts={"printed": "30/10/2026 3:05:00 CH", "body": "div"},
    ),
    Story(
        1538, "kiemtranoibo", "Kiểm tra nội bộ trường học học kỳ I tại các trường THCS",
        "Hoạt động chuyên môn", "2026-10-21T14:00:00+07:00",
        [
            P("Từ ngày 12 đến 20/10, đoàn kiểm tra của Phòng GD&ĐT đã làm việc tại 6 trường THCS."),
            P("Đoàn kiểm tra hồ sơ chuyên môn, dự giờ 48 tiết dạy và khảo sát chất lượng học sinh."),
            P("Nhìn chung các trường thực hiện nghiêm túc chương trình, kế hoạch giáo dục."),
        ],
        opts={"printed": "21/10/2026 2:00:00 CH", "body": "p"},
    ),
    Story(
        1536, "xoamuchu", "Bình Long ra quân chiến dịch xóa mù chữ và phổ cập giáo dục năm 2026",
        "Tin giáo dục", "2026-10-15T09:00:00+07:00",
        [
            P("Thực hiện kế hoạch của UBND thị xã, ngành giáo dục ra quân điều tra, cập nhật số liệu "
              "phổ cập giáo dục, xóa mù chữ năm 2026."),
            P("Chỉ tiêu huy động theo từng bậc học:"),
            P("Bậc học | Số lớp | Số học viên", "row"),
            P("Xóa mù chữ mức độ 1 | 3 | 62", "row"),
            P("Xóa mù chữ mức độ 2 | 2 | 45", "row"),
            P("Các xã, phường hoàn thành việc nhập số liệu trên hệ thống trước ngày 30/11/2026."),
        ],
        opts={"printed": "15/10/2026 9:00:00 SA", "body": "div"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_ID = {name: cid for cid, name in CATS.items()}


def _cat(story: Story) -> int:
    return CAT_ID[story.cat]


def _in_cat(cid: int) -> list[Story]:
    """The category's posts, newest first (STORIES is kept in date order)."""
    return [s for s in STORIES if _cat(s) == cid]


def _pages(cid: int) -> int:
    return max(1, -(-len(_in_cat(cid)) // PER_PAGE))


def post_url(story: Story) -> str:
    return f"/TinTuc/ChiTiet.aspx?ID={story.id}&CatID={_cat(story)}"


def _day(story: Story) -> str:
    return story.opts["printed"].split()[0]


HOME_NEW = STORIES[:5]  # STORIES is in date order, newest first
MOST_READ = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]


# --- chrome ---------------------------------------------------------------------------------


def _head(title: str, action: str, description: str = "") -> str:
    vs = opaque(f"vs:{action}", 900, b"\xff\x01")
    ev = opaque(f"ev:{action}", 120)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{esc(SITE)} | {esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="phòng giáo dục bình long, pgd bình long, giáo dục bình phước" /><meta name="description" content="{esc(description or title)}" /><link href="/App_Themes/BinhLong/StyleSheet.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/BinhLong/TabStyle.css" type="text/css" rel="stylesheet" /></head>
<body>
    <a name="top"></a>
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634605546709717464" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvgP7Z1sEGO2&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OKfu7l0mF&amp;t=ffffffffb53e74b8" type="text/javascript"></script>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$cphMain$ucDanhSach$upDanhSach',''], [], [], 90, 'ctl00');
//]]>
</script>
<div id="khung">
"""


def _header() -> str:
    menu_gt = "".join(
        f'<li><a href="/GioiThieu.aspx?ID={n}">{esc(t)}</a></li>' for n, t in INTRO_TITLES.items()
    )
    menu_tt = "".join(
        f'<li><a href="/TinTuc/DanhSach.aspx?CatID={cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
    )
    return f"""<div id="ctl00_ucHeader_pnHeader" class="header">
  <div class="banner" style="background:url(/App_Themes/BinhLong/images/banner.jpg) no-repeat;height:130px">
    <img src="/App_Themes/BinhLong/images/logo_pgd.png" alt="Logo" width="100" height="100" style="float:left" />
    <h1 id="ctl00_ucHeader_hTenDonVi" class="tendv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BÌNH LONG</h1>
    <div class="diachi_banner">Tỉnh Bình Phước</div>
  </div>
  <div class="thanhngay"><span id="ctl00_ucHeader_lblNgay">{TODAY_LINE}</span>
    <span class="timkiem"><input name="ctl00$ucHeader$txtTuKhoa" type="text" id="ctl00_ucHeader_txtTuKhoa" value="Tìm kiếm..." />
    <input type="submit" name="ctl00$ucHeader$btnTim" value="Tìm" id="ctl00_ucHeader_btnTim" /></span></div>
</div>
<div id="ctl00_ucMenu_pnMenu" class="menungang">
  <ul class="mn_cap1">
    <li><a href="/Default.aspx">Trang chủ</a></li>
    <li><a href="/GioiThieu.aspx?ID=1">Giới thiệu</a><ul class="mn_cap2">{menu_gt}</ul></li>
    <li><a href="javascript:void(0)">Tin tức</a><ul class="mn_cap2">{menu_tt}</ul></li>
    <li><a href="/VanBan/DanhSach.aspx">Văn bản</a></li>
    <li><a href="/LienHe.aspx">Liên hệ</a></li>
  </ul>
</div>
"""


def _sidebar() -> str:
    rows = "".join(
        f'<tr><td style="width:10px;vertical-align:top"><img src="/App_Themes/BinhLong/images/dot.gif" alt="" /></td>'
        f'<td><a id="ctl00_ucTinXemNhieu_dlXemNhieu_ctl{i:02d}_hlTin" class="lk_xemnhieu" '
        f'href="/tintuc/chitiet.aspx?id={s.id}&amp;catid={_cat(s)}">{esc(s.title)}</a> '
        f'<span class="luotxem">({s.views()} lượt xem)</span></td></tr>'
        for i, s in enumerate(MOST_READ)
    )
    return f"""<div id="cotphai">
 <div id="ctl00_ucTinXemNhieu_pnXemNhieu" class="khung_phai">
  <div class="tieude_phai">TIN XEM NHIỀU</div>
  <table id="ctl00_ucTinXemNhieu_dlXemNhieu" cellspacing="0" border="0" style="border-collapse:collapse;">{rows}</table>
 </div>
 <div id="ctl00_ucLienKet_pnLienKet" class="khung_phai">
  <div class="tieude_phai">LIÊN KẾT WEBSITE</div>
  <a href="https://moet.gov.vn" target="_blank"><img src="/App_Themes/BinhLong/images/lk_bogd.gif" alt="Bộ GD&amp;ĐT" /></a>
  <a href="https://sgdbinhphuoc.edu.vn" target="_blank"><img src="/App_Themes/BinhLong/images/lk_sogd.gif" alt="Sở GD&amp;ĐT Bình Phước" /></a>
  <select name="ctl00$ucLienKet$ddlLienKet" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$ucLienKet$ddlLienKet\\',\\'\\')', 0)" id="ctl00_ucLienKet_ddlLienKet">
    <option selected="selected" value="">-- Liên kết --</option>
    <option value="https://binhlong.binhphuoc.gov.vn">Cổng TTĐT thị xã Bình Long</option>
    <option value="https://baobinhphuoc.com.vn">Báo Bình Phước</option>
  </select>
 </div>
 <div id="ctl00_ucBinhChon_pnBinhChon" class="khung_phai">
  <div class="tieude_phai">THĂM DÒ Ý KIẾN</div>
  <span id="ctl00_ucBinhChon_lblCauHoi">Bạn đánh giá thế nào về website của Phòng?</span>
  <table id="ctl00_ucBinhChon_rblTraLoi" border="0">
   <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_0" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="1" /><label for="ctl00_ucBinhChon_rblTraLoi_0">Rất hữu ích</label></td></tr>
   <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_1" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="2" /><label for="ctl00_ucBinhChon_rblTraLoi_1">Hữu ích</label></td></tr>
   <tr><td><input id="ctl00_ucBinhChon_rblTraLoi_2" type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="3" /><label for="ctl00_ucBinhChon_rblTraLoi_2">Cần cải thiện</label></td></tr>
  </table>
  <input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" />
  <input type="submit" name="ctl00$ucBinhChon$btnKetQua" value="Xem kết quả" id="ctl00_ucBinhChon_btnKetQua" />
 </div>
 <div id="ctl00_ucThongKe_pnThongKe" class="khung_phai">
  <div class="tieude_phai">THỐNG KÊ TRUY CẬP</div>
  <div>Đang online: <span id="ctl00_ucThongKe_lblOnline">17</span></div>
  <div>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">342</span></div>
  <div>Tổng truy cập: <span id="ctl00_ucThongKe_lblTong">1.284.577</span></div>
 </div>
</div>
"""


def _footer() -> str:
    return """<div id="ctl00_ucFooter_pnFooter" class="footer">
  <b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BÌNH LONG</b><br />
  Địa chỉ: Số 05 đường Nguyễn Huệ, phường An Lộc, thị xã Bình Long, tỉnh Bình Phước<br />
  Điện thoại: (0271) 3866 215 - Fax: (0271) 3866 216 - Email: pgdbinhlong@binhphuoc.edu.vn<br />
  Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT thị xã Bình Long<br />
  &copy; 2026 Bản quyền thuộc Phòng GD&amp;ĐT thị xã Bình Long. Thiết kế bởi Công ty TNHH Tin học Bình Phước.
</div>
"""


def _page(title: str, action: str, main: str, description: str = "") -> str:
    return (
        _head(title, action, description)
        + _header()
        + '<div id="noidungchinh"><div id="cottrai">\n'
        + main
        + "\n</div>\n"
        + _sidebar()
        + '<div style="clear:both"></div></div>\n'
        + _footer()
        + "</div>\n"
        + "<script type=\"text/javascript\">\n//<![CDATA[\nSys.Application.initialize();\n//]]>\n</script>\n"
        + "</form>\n</body>\n</html>\n"
    )


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/Default.aspx">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " &raquo; ".join(parts) + "</div>"


# --- article body ---------------------------------------------------------------------------


def _render_blocks(story: Story) -> str:
    mode = story.opts.get("body", "p")
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(b, story))
        elif b.style == "br":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                run.append(esc(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;"><span style="font-family: Times New Roman; '
                       'font-size: 13pt;">' + "<br />\n<br />\n".join(run) + "</span></div>")
            continue
        elif b.style == "li":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                run.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(run) + "</ul>")
            continue
        elif b.style == "row":
            run = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                run.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width:90%;border-collapse:collapse">'
                       + "".join(run) + "</table>")
            continue
        elif b.style == "h":
            out.append(f'<p><strong><span style="font-size: 13pt;">{esc(b.text)}</span></strong></p>')
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif mode == "div":
            out.append(f'<div style="text-align: justify;"><span style="font-size: 13pt;">'
                       f'<span style="font-family: Times New Roman;">{esc(b.text)}</span></span></div>')
        else:
            out.append(f'<p style="text-align: justify;"><span style="font-family: Times New Roman; '
                       f'font-size: 13pt;">{esc(b.text)}</span></p>')
        i += 1
    body = "\n".join(out)
    return entity_mix(body) if story.opts.get("entities") else body


def _render_img(img: Img, story: Story) -> str:
    if img.style == "tbl":
        return ('<table class="tblAnh" align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;">'
                f'<tbody><tr><td><img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" /></td></tr>'
                f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>')
    if img.style == "em":
        return (f'<p style="text-align: center;"><img alt="" src="{esc(img.src)}" style="width: 500px;" /></p>'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    alt = story.opts.get("alt", "")
    return f'<p style="text-align: center;"><img alt="{esc(alt)}" title="{esc(alt)}" src="{esc(img.src)}" width="480" /></p>'


def _post_main(story: Story) -> str:
    cid = _cat(story)
    pre = "ctl00_cphMain_ucChiTiet"
    date_line = f'<span id="{pre}_lblNgayDang">Ngày đăng: {story.opts["printed"]}</span>'
    if "updated" in story.opts:
        date_line += f' | <span id="{pre}_lblCapNhat">Cập nhật: {story.opts["updated"]}</span>'
    date_line += f' | <span id="{pre}_lblLuotXem">Lượt xem: {story.views()}</span>'
    label = story.opts.get("label")
    author = f'<div class="tacgia_ct"><span id="{pre}_lblTacGia">{esc(label)}</span></div>' if label else ""
    sapo = f"<b>{esc(story.summary)}</b>" if story.summary and story.sapo_outside else ""
    others = [s for s in STORIES if _cat(s) == cid and s.id != story.id][:5]
    rows = "".join(
        f'<tr><td><img src="/App_Themes/BinhLong/images/arrow.gif" alt="" /> '
        f'<a id="ctl00_cphMain_ucTinKhac_dlTinKhac_ctl{i:02d}_hlTieuDe" href="{esc(post_url(s))}">{esc(s.title)}</a> '
        f'<span class="ngay_khac">({_day(s)})</span></td></tr>'
        for i, s in enumerate(others)
    )
    return f"""{_crumbs(("Tin tức", None), (CATS[cid], f"/TinTuc/DanhSach.aspx?CatID={cid}"))}
<div id="{pre}_pnChiTiet" class="khung_ct">
  <span id="{pre}_lblTieuDe" class="tieude_ct">{esc(story.title)}</span>
  <div class="ngay_ct">{date_line}</div>
  {author}
  <div class="mota_ct"><span id="{pre}_lblMoTa">{sapo}</span></div>
  <div id="{pre}_divNoiDung" class="noidung_ct">
{_render_blocks(story)}
  </div>
  <div class="nguoidang_ct">Người đăng: <span id="{pre}_lblNguoiDang">bbt_binhlong</span></div>
  <div class="congcu_ct">
    <a href="javascript:window.open('/TinTuc/InTin.aspx?ID={story.id}','InTin','width=760,height=600,scrollbars=yes');void(0);"><img src="/App_Themes/BinhLong/images/print.gif" alt="" /> In bài</a> |
    <a href="mailto:?subject={esc(story.title)}"><img src="/App_Themes/BinhLong/images/email.gif" alt="" /> Gửi email</a> |
    <a href="javascript:history.back()">Quay lại</a> | <a href="#top">Đầu trang</a>
  </div>
</div>
<div id="ctl00_cphMain_ucTinKhac_pnTinKhac" class="khung_tinkhac">
  <div class="tieude_tinkhac">Các tin khác</div>
  <table id="ctl00_cphMain_ucTinKhac_dlTinKhac" cellspacing="0" border="0" style="border-collapse:collapse;">{rows}</table>
</div>"""


def _post(story: Story, action: str) -> str:
    return _page(story.title, action, _post_main(story), story.summary or story.title)


def _print_view(story: Story) -> str:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{esc(story.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body onload="window.print()" style="width:700px;margin:auto;font-family:Times New Roman">
<form name="form1" method="post" action="InTin.aspx?ID={story.id}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(f"in:{story.id}", 60)}" /></div>
<div style="border-bottom:1px solid #000">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ BÌNH LONG</div>
<span id="lblTieuDe" style="font-size:16pt;font-weight:bold">{esc(story.title)}</span><br />
<span id="lblNgayDang"><i>Ngày đăng: {story.opts["printed"]}</i></span>
{sapo}
<div id="divNoiDung">
{_render_blocks(story)}
</div>
</form></body></html>
"""


# --- listings and home ----------------------------------------------------------------------


def _list_panel(cid: int, page: int) -> str:
    items = _in_cat(cid)[(page - 1) * PER_PAGE: page * PER_PAGE]
    pre = "ctl00_cphMain_ucDanhSach"
    rows = []
    for i, s in enumerate(items):
        thumb = next((im.src for im in s.images), "/App_Themes/BinhLong/images/noimage.jpg")
        thumb = thumb.replace("../", "/")
        teaser = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        if len(teaser) > 160:
            teaser = teaser[:157].rsplit(" ", 1)[0] + "..."
        rows.append(
            f'<tr><td class="anh_ds" style="width:130px;vertical-align:top">'
            f'<a id="{pre}_dlDanhSach_ctl{i:02d}_hlAnh" href="ChiTiet.aspx?ID={s.id}&amp;CatID={cid}">'
            f'<img src="{esc(thumb)}" alt="" style="width:120px;height:80px;border-width:0px;" /></a></td>'
            f'<td style="vertical-align:top"><a id="{pre}_dlDanhSach_ctl{i:02d}_hlTieuDe" class="tieude_ds" '
            f'href="/TinTuc/ChiTiet.aspx?ID={s.id}&amp;CatID={cid}">{esc(s.title)}</a> '
            f'<span class="ngay_ds">({_day(s)})</span><br />'
            f'<span id="{pre}_dlDanhSach_ctl{i:02d}_lblMoTa" class="mota_ds">{esc(teaser)}</span></td></tr>'
        )
    last = _pages(cid)
    pager = ['<span class="chu_trang">Trang:</span>']
    for n in range(1, last + 1):
        href = f"/TinTuc/DanhSach.aspx?CatID={cid}" + (f"&amp;Page={n}" if n > 1 else "")
        ctl = f"ctl00$cphMain$ucDanhSach$rptTrang$ctl{n - 1:02d}$lbtTrang"
        if n == page:
            pager.append(f'<span class="trang_ht">{n}</span>')
        else:
            pager.append(f'<a id="{pre}_rptTrang_ctl{n - 1:02d}_lbtTrang" class="trang" href="{href}" '
                         f"onclick=\"javascript:__doPostBack('{ctl}','');return false;\">{n}</a>")
    if page < last:
        href = f"/TinTuc/DanhSach.aspx?CatID={cid}&amp;Page={last}"
        pager.append(f'<a id="{pre}_lbtCuoi" class="trang" href="{href}" '
                     f"onclick=\"javascript:__doPostBack('ctl00$cphMain$ucDanhSach$lbtCuoi','');return false;\">"
                     "Trang cuối &raquo;</a>")
    return (f'<table id="{pre}_dlDanhSach" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">'
            + "".join(rows) + "</table>\n"
            + f'<div id="{pre}_pnPhanTrang" class="phantrang">' + " ".join(pager) + "</div>")


def _list_main(cid: int, page: int) -> str:
    feat = _in_cat(cid)[0]
    pre = "ctl00_cphMain_ucDanhSach"
    img = next((im.src for im in feat.images), "/App_Themes/BinhLong/images/noimage.jpg").replace("../", "/")
    teaser = feat.summary or next(b.text for b in feat.blocks if isinstance(b, P))
    return f"""{_crumbs(("Tin tức", None), (CATS[cid], f"/TinTuc/DanhSach.aspx?CatID={cid}"))}
<div class="tieude_chuyenmuc">{esc(CATS[cid].upper())}</div>
<div id="{pre}_pnNoiBat" class="tinnoibat">
  <a href="/TinTuc/ChiTiet.aspx?ID={feat.id}&amp;CatID={cid}"><img src="{esc(img)}" alt="" style="width:220px;float:left;margin-right:8px" /></a>
  <a class="tieude_noibat" href="/TinTuc/ChiTiet.aspx?ID={feat.id}&amp;CatID={cid}">{esc(feat.title)}</a>
  <p>{esc(teaser)}</p><div style="clear:both"></div>
</div>
<div id="{pre}_upDanhSach">
{_list_panel(cid, page)}
</div>"""


def _delta(cid: int, page: int, action: str) -> Response:
    content = "\n" + _list_panel(cid, page) + "\n"
    vs = opaque(f"vs:{action}:{page}", 900, b"\xff\x01")
    parts = [
        ("updatePanel", "ctl00_cphMain_ucDanhSach_upDanhSach", content),
        ("hiddenField", "__EVENTTARGET", ""),
        ("hiddenField", "__EVENTARGUMENT", ""),
        ("hiddenField", "__VIEWSTATE", vs),
        ("asyncPostBackControlIDs", "", ""),
        ("postBackControlIDs", "", ""),
        ("updatePanelIDs", "", "tctl00$cphMain$ucDanhSach$upDanhSach,"),
        ("asyncPostBackTimeout", "", "90"),
        ("pageTitle", "", f"{SITE} | {CATS[cid]}"),
    ]
    text = "".join(f"{len(c)}|{t}|{i}|{c}|" for t, i, c in parts)
    return Response(200, text, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"})


def _home_main() -> str:
    pre = "ctl00_cphMain_ucTabTin_tcTinTuc"
    tabs = [
        ("tpTinMoi", "Tin mới", [(s, f"/TinTuc/ChiTiet.aspx?ID={s.id}") for s in HOME_NEW]),
        ("tpChuyenMon", "Hoạt động chuyên môn", [(s, post_url(s)) for s in _in_cat(2)[:3]]),
        ("tpThongBao", "Thông báo", [(s, post_url(s)) for s in _in_cat(3)]),
    ]
    heads, panels = [], []
    for n, (tid, label, items) in enumerate(tabs):
        cls = ' class="ajax__tab_active"' if n == 0 else ""
        heads.append(
            f'<span id="__tab_{pre}_{tid}"{cls}><span class="ajax__tab_outer"><span class="ajax__tab_inner">'
            f'<a class="ajax__tab_tab" id="__tab_{pre}_{tid}_a" href="#" style="text-decoration:none;">'
            f"<span>{esc(label)}</span></a></span></span></span>"
        )
        lis = "".join(
            f'<li><a href="{esc(url)}">{esc(s.title)}</a> <span class="ngay_tab">{_day(s)[:5]}</span></li>'
            for s, url in items
        )
        style = "" if n == 0 else ' style="display:none;visibility:hidden;"'
        panels.append(f'<div id="{pre}_{tid}" class="ajax__tab_panel"{style}>\n<ul class="ds_tab">{lis}</ul>\n</div>')
    heads.append(
        f'<span id="__tab_{pre}_tpVanBan"><span class="ajax__tab_outer"><span class="ajax__tab_inner">'
        f'<a class="ajax__tab_tab" id="__tab_{pre}_tpVanBan_a" href="#" style="text-decoration:none;">'
        "<span>Văn bản mới</span></a></span></span></span>"
    )
    panels.append(
        f'<div id="{pre}_tpVanBan" class="ajax__tab_panel" style="display:none;visibility:hidden;">\n'
        '<ul class="ds_tab"><li><a href="/VanBan/ChiTiet.aspx?ID=41">Quyết định số 1125/QĐ-UBND về việc ban hành '
        "kế hoạch thời gian năm học 2026-2027</a> <span class=\"ngay_tab\">02/09</span></li></ul>\n</div>"
    )
    top = HOME_NEW[1]
    img = next((im.src for im in top.images), "").replace("../", "/")
    state = "{&quot;ActiveTabIndex&quot;:0,&quot;TabEnabledState&quot;:[true,true,true,true],&quot;TabWasLoadedOnceState&quot;:[true,false,false,false]}"
    return f"""<div id="ctl00_cphMain_ucTieuDiem_pnTieuDiem" class="tieudiem">
  <a href="/TinTuc/ChiTiet.aspx?ID={top.id}&amp;CatID={_cat(top)}"><img src="{esc(img)}" alt="{esc(top.title)}" style="width:300px;float:left" /></a>
  <a class="tieude_tieudiem" href="/TinTuc/ChiTiet.aspx?ID={top.id}&amp;CatID={_cat(top)}">{esc(top.title)}</a>
  <p>{esc(top.summary or "")}</p><div style="clear:both"></div>
</div>
<div id="{pre}" class="ajax__tab_xp ajax__tab_container ajax__tab_default" style="visibility:hidden;">
  <div id="{pre}_header" class="ajax__tab_header">
    {"".join(heads)}
  </div>
  <div id="{pre}_body" class="ajax__tab_body">
    {chr(10).join(panels)}
  </div>
</div>
<input type="hidden" name="{pre}_ClientState" id="{pre}_ClientState" value="{state}" />
<div class="xemtiep"><a href="/TinTuc/DanhSach.aspx?CatID=1">Xem tiếp tin giáo dục &raquo;</a></div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Sys.Extended.UI.TabPanel, {{"headerTab":$get("__tab_{pre}_tpTinMoi"),"ownerID":"{pre}"}}, null, {{"owner":"{pre}"}}, $get("{pre}_tpTinMoi"));
    $create(Sys.Extended.UI.TabContainer, {{"activeTabIndex":0,"clientStateField":$get("{pre}_ClientState")}}, null, null, $get("{pre}"));
}});
//]]>
</script>"""


# --- other pages ----------------------------------------------------------------------------

INTRO_TITLES = {1: "Giới thiệu chung", 2: "Cơ cấu tổ chức", 3: "Chức năng, nhiệm vụ"}
INTRO_TEXT = {
    1: ["Phòng Giáo dục và Đào tạo thị xã Bình Long là cơ quan chuyên môn thuộc UBND thị xã, tham mưu "
        "quản lý nhà nước về giáo dục và đào tạo trên địa bàn.",
        "Toàn thị xã hiện có 9 trường mầm non, 11 trường tiểu học và 6 trường trung học cơ sở."],
    2: ["Trưởng phòng: Ông Trần Quốc Dũng.", "Phó Trưởng phòng: Ông Nguyễn Văn Thành, Bà Lê Thị Mỹ Dung.",
        "Bộ phận chuyên môn: Mầm non, Tiểu học, THCS, Tổ chức - Kế hoạch tài chính."],
    3: ["Tham mưu UBND thị xã ban hành các văn bản quản lý về giáo dục trên địa bàn.",
        "Tổ chức thực hiện các văn bản quy phạm pháp luật, chương trình, kế hoạch phát triển giáo dục."],
}


def _intro(n: int) -> str:
    paras = "".join(f"<p>{esc(t)}</p>" for t in INTRO_TEXT[n])
    main = (f'{_crumbs(("Giới thiệu", "/GioiThieu.aspx?ID=1"), (INTRO_TITLES[n], None))}'
            f'<div class="khung_gt"><span id="ctl00_cphMain_ucGioiThieu_lblTieuDe" class="tieude_ct">'
            f'{esc(INTRO_TITLES[n])}</span><div id="ctl00_cphMain_ucGioiThieu_divNoiDung">{paras}</div></div>')
    return _page(INTRO_TITLES[n], f"GioiThieu.aspx?ID={n}", main)


def _contact() -> str:
    main = f"""{_crumbs(("Liên hệ", None))}
<div class="khung_lh"><span class="tieude_ct">Liên hệ</span>
<p>Phòng Giáo dục và Đào tạo thị xã Bình Long</p>
<p>Địa chỉ: Số 05 đường Nguyễn Huệ, phường An Lộc, thị xã Bình Long, tỉnh Bình Phước</p>
<p>Điện thoại: (0271) 3866 215 - Email: pgdbinhlong@binhphuoc.edu.vn</p>
<table><tr><td>Họ tên:</td><td><input name="ctl00$cphMain$ucLienHe$txtHoTen" type="text" id="ctl00_cphMain_ucLienHe_txtHoTen" /></td></tr>
<tr><td>Email:</td><td><input name="ctl00$cphMain$ucLienHe$txtEmail" type="text" id="ctl00_cphMain_ucLienHe_txtEmail" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$cphMain$ucLienHe$txtNoiDung" rows="5" cols="40" id="ctl00_cphMain_ucLienHe_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphMain$ucLienHe$btnGui" value="Gửi liên hệ" id="ctl00_cphMain_ucLienHe_btnGui" /></td></tr></table>
</div>"""
    return _page("Liên hệ", "LienHe.aspx", main)


DOC_TITLE = "Quyết định số 1125/QĐ-UBND về việc ban hành kế hoạch thời gian năm học 2026-2027"


def _doc_list() -> str:
    main = f"""{_crumbs(("Văn bản", None))}
<table id="ctl00_cphMain_ucVanBan_gvVanBan" cellspacing="0" rules="all" border="1" style="width:100%;border-collapse:collapse;">
<tr><th scope="col">Số/Ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th></tr>
<tr><td>1125/QĐ-UBND</td><td>02/09/2026</td><td><a href="/VanBan/ChiTiet.aspx?ID=41">{esc(DOC_TITLE)}</a></td></tr>
</table>"""
    return _page("Văn bản", "DanhSach.aspx", main)


def _doc() -> str:
    main = f"""{_crumbs(("Văn bản", "/VanBan/DanhSach.aspx"), ("Chi tiết văn bản", None))}
<table class="ct_vanban" border="1" cellspacing="0" style="width:100%;border-collapse:collapse">
<tr><td style="width:30%">Số/Ký hiệu</td><td>1125/QĐ-UBND</td></tr>
<tr><td>Ngày ban hành</td><td>02/09/2026</td></tr>
<tr><td>Cơ quan ban hành</td><td>UBND thị xã Bình Long</td></tr>
<tr><td>Trích yếu</td><td>{esc(DOC_TITLE)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Upload/VanBan/QD_1125_UBND.pdf">QD_1125_UBND.pdf</a></td></tr>
</table>"""
    return _page(DOC_TITLE, "ChiTiet.aspx?ID=41", main)


# --- the site -------------------------------------------------------------------------------

_PDF_RE = re.compile(r"^/upload/.*\.pdf$")


def _params(request: Request) -> dict[str, str]:
    return {k.lower(): v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        q = _params(request)
        if path == "/":
            return redirect("/Default.aspx")
        if path.startswith(("/upload/", "/app_themes/")):
            if _PDF_RE.match(path):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, b"/* ms ajax */", {"Content-Type": "application/x-javascript"})
        if path == "/default.aspx":
            return html(_page("Trang chủ", "Default.aspx", _home_main(),
                              "Cổng thông tin điện tử Phòng GD&ĐT thị xã Bình Long"))
        if path in ("/tintuc/chitiet.aspx", "/tintuc/intin.aspx"):
            story = BY_ID.get(_int(q.get("id")) or -1)
            if story is None:
                return None
            if path.endswith("intin.aspx"):
                return html(_print_view(story))
            action = "ChiTiet.aspx?" + request.query
            return html(_post(story, action))
        if path == "/tintuc/danhsach.aspx":
            cid = _int(q.get("catid"))
            if cid not in CATS:
                return None
            page = _int(q.get("page")) or 1
            if request.method == "POST":
                target = request.form.get("__EVENTTARGET", "")
                m = re.search(r"rptTrang\$ctl(\d+)\$lbtTrang$", target)
                if m:
                    page = int(m.group(1)) + 1
                elif target.endswith("$lbtCuoi"):
                    page = _pages(cid)
            if not 1 <= page <= _pages(cid):
                return None
            action = "DanhSach.aspx?" + request.query
            ajax = {k.lower(): v for k, v in request.headers.items()}.get("x-microsoftajax", "")
            if request.method == "POST" and "delta=true" in ajax.lower():
                return _delta(cid, page, action)
            return html(_page(CATS[cid], action, _list_main(cid, page)))
        if path == "/gioithieu.aspx":
            n = _int(q.get("id"))
            return html(_intro(n)) if n in INTRO_TITLES else None
        if path == "/lienhe.aspx":
            return html(_contact())
        if path == "/vanban/danhsach.aspx":
            return html(_doc_list())
        if path == "/vanban/chitiet.aspx":
            return html(_doc()) if _int(q.get("id")) == 41 else None
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    return [
        f"/TinTuc/ChiTiet.aspx?ID={s.id}",
        f"/tintuc/chitiet.aspx?id={s.id}&catid={_cat(s)}",
        f"/TinTuc/InTin.aspx?ID={s.id}",
    ]


GOLD = [gold_record(s, post_url(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/GioiThieu.aspx?ID=1",
    "/GioiThieu.aspx?ID=2",
    "/GioiThieu.aspx?ID=3",
    "/LienHe.aspx",
    "/VanBan/ChiTiet.aspx?ID=41",
]
