"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang on ASP.NET WebForms 3.5 (GridView, postbacks).

Imitates a political school's site written around 2011 by a local software house in C# on
ASP.NET 3.5 WebForms with the classic server controls and never rebuilt: one master page
(``ctl00$…`` control names), one ``<form id="aspnetForm">`` wrapping every page with its
``__VIEWSTATE`` / ``__EVENTVALIDATION`` blobs, a ScriptManager and an UpdatePanel around the news
grid, a Flash banner (``<object>`` with a fallback ``<img>``), a TreeView left menu rendered as
tables with ``javascript:TreeView_ToggleNode`` expanders, a SiteMapPath-style breadcrumb, a login
box, a header search box, a "Thông báo" ``<marquee>``, a "Tin đọc nhiều" box, the "Lượt truy
cập" counter, a "Liên kết website" drop-down and a footer with the address and hotline. The
header prints today's date (``TODAY``). Everything is served as UTF-8.

What it serves:

- ``/`` and ``/Default.aspx`` (the same page): "Tin nổi bật" (the newest article with its sapo),
  "Tin mới" (five newest with dates) and one box per category with its newest items;
- category listings ``/TinTuc/DanhSach.aspx?MaLoai=1|2|3`` ("Tin tức - Sự kiện", "Hoạt động đào
  tạo", "Nghiên cứu khoa học"): a GridView ``ctl00_ContentPlaceHolder1_gvTinTuc`` (page size 3,
  ``PagerSettings Mode=NumericFirstLast PageButtonCount=2``, "Trang đầu"/"Trang cuối") whose
  rows hold a HyperLink to ``ChiTiet.aspx?ID=N``, a date label "(24/11/2026)", a thumbnail and a
  short description. Pager links are ``javascript:__doPostBack('ctl00$ContentPlaceHolder1$
  gvTinTuc','Page$2')``; a GET always shows page 1. A plain form POST (no ``X-MicrosoftAjax``
  header) with ``__EVENTTARGET``/``__EVENTARGUMENT`` and the page's hidden fields answers the
  whole page at the asked page index. "Tin tức - Sự kiện" has 3 pages (1 2 ... Trang cuối /
  Trang đầu ... 3); its oldest article is linked from nowhere but page 3 of the grid. Event
  validation is on: an argument that the posted ``__EVENTVALIDATION`` did not render (or a
  missing one) gets ASP.NET's yellow "Invalid postback or callback argument" page, status 500;
  a GET with ``?page=`` is ignored (page 1);
- articles ``/TinTuc/ChiTiet.aspx?ID=N``: a table of asp:Labels - ``lblTieuDe``, ``lblNgayDang``
  ("Ngày đăng: 24/11/2026 - 08:45" plus "Lượt xem"), ``lblTomTat`` (the sapo, bold, empty span when
  none), ``lblNoiDung`` (the FCKeditor 2 body: ``<p>`` with ``&nbsp;`` indents, ``<font face>``
  runs, ``<div>`` paragraphs, centred images with an italic caption paragraph under them, a
  two-row image table, result tables), ``lblTacGia`` ("Tác giả: ThS. …", empty when none),
  ``lblNguon`` ("Nguồn: …"), HyperLinks "In bài" (``InTin.aspx?ID=N``) and "Gửi email"
  (``GuiEmail.aspx?ID=N``), and a DataList "Các tin khác" (the five newest other articles of the
  category, with dates). IIS and the page are case-insensitive, so
  ``/tintuc/chitiet.aspx?id=N`` (as the hand-written "Tin đọc nhiều" box links one article) is
  the very same page; the old address form ``/TinTuc.aspx?ma=N`` (also in that box) answers 301
  to ``/TinTuc/ChiTiet.aspx?ID=N``. An unknown ID answers 200 with the page chrome, empty labels
  and "Tin bạn tìm không tồn tại hoặc đã bị xóa." (soft 404; the "Lịch sử hình thành" page
  links one such ID). No rel=canonical, no feed, no sitemap;
- traps: ``/TinTuc/InTin.aspx?ID=N`` (print view: the whole article again, ``window.print()``),
  ``/TinTuc/GuiEmail.aspx?ID=N`` (send-to-a-friend form naming the article),
  ``/LichGiangDay.aspx`` (weekly timetable; "« Tuần trước" / "Tuần sau »" are postbacks of
  ``lnkTuanTruoc``/``lnkTuanSau``, the week kept in the view state: every week answers, the
  chain never ends), the Văn bản GridView ``gvVanBan`` (own postback pager, 2 pages) with
  ``/DownloadFile.aspx?id=N`` links (PDF, ``Content-Disposition: attachment``; the marquee links
  two of them as "Thông báo"), the header search (``ctl00$ibtnTimKiem`` posts, 302 to
  ``/TimKiem.aspx?tukhoa=``);
- non-articles: the home page, listings, ``GioiThieu.aspx?ID=1..3``, ``LienHe.aspx`` (form with a
  ``CaptchaImage.axd`` captcha), ``VanBan.aspx``, ``LichGiangDay.aspx``,
  ``/ThuVienAnh/DanhSachAlbum.aspx`` and ``/ThuVienAnh/Album.aspx?ID=N``, ``TimKiem.aspx``, the
  login page ``/Admin/Login.aspx``, the print and e-mail views.

Text forms: all pages are UTF-8 NFC, except the body of the oldest article (ID 1258), saved
by the editor with every non-ASCII character as a decimal reference (``&#7879;``), its title,
date and labels stay raw UTF-8.

Gold (by hand). Title = ``lblTieuDe``. Date = ``lblNgayDang`` with its time, +07:00. The
summary is ``lblTomTat`` when it is not empty and is the first body paragraph (the sapo is
printed in its own label above the body); otherwise summary is None. Body = the paragraphs of
``lblNoiDung`` in order: caption lines, byline lines at the end ("Tin, ảnh: …", "Ảnh: …"), and
empty ``&nbsp;`` paragraphs are not body; table rows are body lines with cells joined by " | ".
Authors = the name after "Tác giả:" without its academic prefix ("ThS. Nguyễn Thị Minh Nguyệt"
gives "Nguyễn Thị Minh Nguyệt", "CN. Lý Thị Hằng" gives "Lý Thị Hằng"; harmonised after the blind
crawl, which kept the prefix, with every other fixture: a degree is no part of a name), or the body's
closing "Tin, ảnh: X" (X is then also the photographer); "Ảnh: X" at the end of the body gives a
photographer; a caption ending "(Ảnh: Minh Đức)" is kept as printed and gives Minh Đức as
photographer. Source = the text after "Nguồn:". Images: every ``<img>`` in ``lblNoiDung`` in
order (paths resolved against the article URL: ``../UserFiles/…`` is ``/UserFiles/…``; one is an
absolute URL on the school's real host); caption = the italic line right under it, None when
there is none or the line is only the camera file name ("DSC_0412.JPG"). Category = the
listing the article belongs to, printed as the box title and the breadcrumb's last link.
The lower-case address is an alternative URL of the same article (alt_paths); the 301 old
address is not.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "aspnet_gridview_tct"
PLATFORM = "aspnet-webforms"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Tuyên Quang"
HOST_REAL = "http://truongchinhtri.tuyenquang.gov.vn"
TODAY_DATE = date(2026, 11, 25)
PAGE_SIZE = 3
BUTTONS = 2
DOC_PAGE_SIZE = 5
C = "ctl00_ContentPlaceHolder1"
N = "ctl00$ContentPlaceHolder1"
GRID = f"{N}$gvTinTuc"
DOC_GRID = f"{N}$gvVanBan"
WEEK_PREV = f"{N}$lnkTuanTruoc"
WEEK_NEXT = f"{N}$lnkTuanSau"

#: MaLoai -> category name as printed
CATS: dict[int, str] = {1: "Tin tức - Sự kiện", 2: "Hoạt động đào tạo", 3: "Nghiên cứu khoa học"}

U = "/UserFiles/Image/2026"

# Story.opts: when (datetime), tacgia (lblTacGia text or ""), nguon (lblNguon text or ""),
# entities (body as decimal references).
# P styles: "" (justified <p>), "nbsp" (<p>&nbsp;&nbsp;&nbsp; indent), "font" (<font> run),
# "div" (FCKeditor EnterMode=div), "th"/"tr" (table rows, cells " | ").
# Img styles: next (centred <p><img>, italic line in the next <p>), div (same in <div>s),
# table (two-row table: image, italic line), file (the line is a camera file name).
STORIES: list[Story] = [
    Story(
        id=1296,
        slug="lam-viec-hoc-vien-ctkv1",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh",
        cat=1,
        published_at="2026-11-24T08:45:00+07:00",
        summary=(
            "Ngày 23/11/2026, đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Nguyễn"
            " Văn Đạo, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường"
            " Chính trị tỉnh về công tác phối hợp đào tạo, bồi dưỡng cán bộ năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiếp và làm việc với đoàn có đồng chí ThS. Trần Thị Hải Yến, Hiệu trưởng; các"
                " đồng chí trong Ban Giám hiệu, lãnh đạo các khoa, phòng của Trường."
            ),
            P(
                "Báo cáo tại buổi làm việc cho biết, năm 2026 Nhà trường đã phối hợp với Học viện"
                " Chính trị khu vực I mở 02 lớp Cao cấp lý luận chính trị hệ không tập trung cho"
                " 186 học viên; công tác quản lý lớp học, bố trí giảng đường, ký túc xá được thực"
                " hiện nền nếp, bảo đảm chất lượng."
            ),
            Img(
                f"..{U}/Thang11/lam-viec-hvctkv1.jpg",
                "PGS.TS Nguyễn Văn Đạo, Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại"
                " buổi làm việc",
                "PGS.TS Nguyễn Văn Đạo, Phó Giám đốc Học viện Chính trị khu vực I phát biểu tại"
                " buổi làm việc",
            ),
            P(
                "Phát biểu tại buổi làm việc, PGS.TS Nguyễn Văn Đạo ghi nhận sự chủ động, trách"
                " nhiệm của Trường Chính trị tỉnh trong phối hợp tổ chức các lớp học; đề nghị hai"
                " bên tiếp tục đổi mới phương pháp giảng dạy, tăng cường trao đổi giảng viên, tài"
                " liệu và cùng triển khai các đề tài nghiên cứu khoa học."
            ),
            P(
                "Dịp này, hai đơn vị thống nhất kế hoạch mở lớp Cao cấp lý luận chính trị khóa học"
                " 2027 - 2028 tại tỉnh, dự kiến khai giảng trong tháng 3/2027."
            ),
        ],
        authors=["Nguyễn Thị Minh Nguyệt"],
        opts={
            "when": datetime(2026, 11, 24, 8, 45),
            "tacgia": "Tác giả: ThS. Nguyễn Thị Minh Nguyệt",
        },
    ),
    Story(
        id=1294,
        slug="khai-giang-k46-co-so-2",
        title="Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung K46 tại Cơ sở 2",
        cat=2,
        published_at="2026-11-23T07:30:00+07:00",
        summary=(
            "Sáng 22/11, tại Cơ sở 2 (phường Hà Giang 1), Trường Chính trị tỉnh khai giảng lớp"
            " Trung cấp lý luận chính trị hệ không tập trung K46 cho 75 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên của lớp là cán bộ, công chức, viên chức đang công tác tại các cơ quan,"
                " đơn vị, xã, phường khu vực phía Bắc của tỉnh. Trong thời gian 8 tháng, học viên"
                " sẽ được nghiên cứu 4 phần học với 17 học phần theo chương trình của Học viện"
                " Chính trị quốc gia Hồ Chí Minh.",
                "nbsp",
            ),
            Img(
                f"..{U}/Thang11/khai-giang-k46.jpg",
                "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Phó Hiệu trưởng phát biểu khai giảng lớp học",
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường đề nghị học viên chấp"
                " hành nghiêm quy chế học tập, sắp xếp công việc hợp lý để tham gia đầy đủ các"
                " buổi học; giảng viên tăng cường trao đổi, thảo luận, gắn bài giảng với thực tiễn"
                " của tỉnh.",
                "nbsp",
            ),
            P(
                "Lớp học được tổ chức theo hình thức học tập trung mỗi tháng 10 ngày, dự kiến bế"
                " giảng vào tháng 7/2027.",
                "nbsp",
            ),
            Raw("<p>&nbsp;</p>"),
        ],
        authors=["Vũ Đình Khải"],
        opts={"when": datetime(2026, 11, 23, 7, 30), "tacgia": "Tác giả: ThS. Vũ Đình Khải"},
    ),
    Story(
        id=1290,
        slug="ky-niem-44-nam-ngay-nha-giao",
        title="Trường Chính trị tỉnh long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat=1,
        published_at="2026-11-20T17:10:00+07:00",
        summary=(
            "Sáng 20/11, Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và biểu dương giảng viên tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh"
                " ủy; đại diện lãnh đạo Sở Giáo dục và Đào tạo cùng toàn thể cán bộ, giảng viên,"
                " nhân viên Nhà trường và học viên các lớp đang theo học tại Trường.",
                "font",
            ),
            Img(
                f"{U}/Thang11/ky-niem-20-11-1.jpg",
                "Các đại biểu dự Lễ kỷ niệm",
                "Các đại biểu dự Lễ kỷ niệm",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành giáo dục, đồng chí Hiệu trưởng khẳng định:"
                " trong năm học vừa qua, đội ngũ giảng viên Nhà trường đã thực hiện trên 4.200"
                " tiết giảng, 100% giảng viên đi thực tế cơ sở theo quy định; nhiều bài giảng được"
                " đổi mới theo hướng tăng cường tình huống, gắn lý luận với thực tiễn của địa"
                " phương.",
                "font",
            ),
            P(
                "Tại buổi lễ, Nhà trường đã khen thưởng 12 giảng viên có thành tích xuất sắc trong"
                " giảng dạy và nghiên cứu khoa học; trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho"
                " 03 đồng chí.",
                "font",
            ),
            Img(f"{U}/Thang11/ky-niem-20-11-2.jpg"),
            Raw(
                '<p style="text-align: right;"><strong><font face="Times New Roman" size="3">'
                "Tin, ảnh: Hoàng Văn Sơn</font></strong></p>"
            ),
        ],
        authors=["Hoàng Văn Sơn"],
        photographers=["Hoàng Văn Sơn"],
        opts={"when": datetime(2026, 11, 20, 17, 10), "tacgia": ""},
    ),
    Story(
        id=1288,
        slug="hoi-thao-boi-duong-can-bo-cap-xa",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng cán bộ, công chức cấp xã đáp ứng"
            " yêu cầu vận hành chính quyền địa phương hai cấp”"
        ),
        cat=3,
        published_at="2026-11-18T10:00:00+07:00",
        summary=(
            "Ngày 17/11, Trường Chính trị tỉnh tổ chức Hội thảo khoa học cấp trường với sự tham"
            " gia của hơn 80 đại biểu là lãnh đạo các sở, ngành, xã, phường và giảng viên Nhà"
            " trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 26 tham luận, trong đó 9 tham luận được trình bày tại hội"
                " trường. Các ý kiến tập trung phân tích thực trạng đội ngũ cán bộ, công chức cấp"
                " xã sau sắp xếp đơn vị hành chính; những yêu cầu mới về kiến thức, kỹ năng quản lý"
                " nhà nước, chuyển đổi số và giải quyết thủ tục hành chính trực tuyến."
            ),
            Img(
                f"{U}/Thang11/hoi-thao-khoa-hoc.jpg",
                "TS. Đỗ Văn Khang, Phó Hiệu trưởng chủ trì hội thảo",
                "TS. Đỗ Văn Khang, Phó Hiệu trưởng chủ trì hội thảo",
            ),
            P(
                "Nhiều đại biểu kiến nghị xây dựng chương trình bồi dưỡng theo vị trí việc làm,"
                " tăng thời lượng thực hành, tổ chức lớp học linh hoạt tại cơ sở và ứng dụng nền"
                " tảng học tập trực tuyến để cán bộ có thể học tập mọi lúc, mọi nơi."
            ),
            P(
                "Kết luận hội thảo, TS. Đỗ Văn Khang đề nghị các khoa tiếp thu ý kiến, hoàn thiện"
                " chương trình, tài liệu bồi dưỡng; lựa chọn các tham luận chất lượng để biên tập"
                " thành kỷ yếu."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Quang Huy</em></p>'),
        ],
        authors=["Nông Thị Thanh Loan"],
        photographers=["Quang Huy"],
        opts={
            "when": datetime(2026, 11, 18, 10, 0),
            "tacgia": "Tác giả: ThS. Nông Thị Thanh Loan",
        },
    ),
    Story(
        id=1284,
        slug="chi-bo-khoa-ly-luan-co-so",
        title="Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        cat=1,
        published_at="2026-11-13T14:20:00+07:00",
        blocks=[
            P(
                "Chiều 12/11, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề"
                " “Nâng cao chất lượng bài giảng gắn với học tập và làm theo tư tưởng, đạo đức,"
                " phong cách Hồ Chí Minh”.",
                "nbsp",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ những hạn chế"
                " trong soạn giảng như: một số bài giảng còn nặng về lý thuyết, việc cập nhật số"
                " liệu thực tiễn của tỉnh chưa kịp thời, phương pháp nêu vấn đề chưa được sử dụng"
                " thường xuyên.",
                "nbsp",
            ),
            P(
                "Chi bộ thống nhất giao mỗi giảng viên đăng ký ít nhất 01 bài giảng mẫu trong học"
                " kỳ I năm học 2026 - 2027 để dự giờ, rút kinh nghiệm chung trong toàn khoa.",
                "nbsp",
            ),
        ],
        authors=["Lý Thị Hằng"],
        opts={"when": datetime(2026, 11, 13, 14, 20), "tacgia": "Tác giả: CN. Lý Thị Hằng"},
    ),
    Story(
        id=1282,
        slug="be-giang-qp-an-doi-tuong-4",
        title="Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat=2,
        published_at="2026-11-10T16:00:00+07:00",
        blocks=[
            P(
                "Chiều 09/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức"
                " bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Sau 10 ngày học tập, 124 học viên là cán bộ, đảng viên ở các thôn, tổ dân phố đã"
                " được trang bị những nội dung cơ bản về đường lối quốc phòng, an ninh của Đảng;"
                " xây dựng nền quốc phòng toàn dân, thế trận an ninh nhân dân; công tác dân quân tự"
                " vệ ở cơ sở. Kết quả học tập như sau:"
            ),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 38 | 30,6%", "tr"),
            P("Khá | 79 | 63,7%", "tr"),
            P("Trung bình | 7 | 5,7%", "tr"),
            Img(f"{U}/Thang11/be-giang-qp-an.jpg", "DSC_0412.JPG", None, "file"),
            P(
                "Dịp này, Ban Tổ chức đã khen thưởng 05 học viên có thành tích xuất sắc trong khóa học."
            ),
        ],
        authors=["Ma Văn Tuấn"],
        source="Bộ Chỉ huy Quân sự tỉnh",
        opts={
            "when": datetime(2026, 11, 10, 16, 0),
            "tacgia": "Tác giả: Ma Văn Tuấn",
            "nguon": "Nguồn: Bộ Chỉ huy Quân sự tỉnh",
        },
    ),
    Story(
        id=1279,
        slug="giai-bong-chuyen-hoi-cong-doan",
        title="Công đoàn Trường tổ chức Giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
        cat=1,
        published_at="2026-11-06T09:30:00+07:00",
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 04 đến 05/11, Công"
                " đoàn Trường Chính trị tỉnh tổ chức Giải bóng chuyền hơi năm 2026 với sự tham gia"
                " của 06 đội đến từ các khoa, phòng."
            ),
            Img(
                f"{U}/Thang11/bong-chuyen-hoi.jpg",
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội Phòng Tổ chức - Hành"
                " chính (Ảnh: Minh Đức)",
                "Trận chung kết giữa đội Khoa Nhà nước và pháp luật và đội Phòng Tổ chức - Hành"
                " chính (Ảnh: Minh Đức)",
                "table",
            ),
            P(
                "Sau 2 ngày thi đấu sôi nổi, giải Nhất thuộc về đội Khoa Nhà nước và pháp luật;"
                " giải Nhì thuộc về đội Phòng Tổ chức - Hành chính; giải Ba thuộc về đội Khoa Xây"
                " dựng Đảng và đội Phòng Quản lý đào tạo - Nghiên cứu khoa học."
            ),
            P(
                "Giải đấu là dịp để cán bộ, giảng viên, nhân viên rèn luyện sức khỏe, tăng cường"
                " giao lưu, đoàn kết, tạo không khí phấn khởi thi đua dạy tốt, học tốt."
            ),
        ],
        authors=["Phạm Quốc Toản"],
        photographers=["Minh Đức"],
        opts={"when": datetime(2026, 11, 6, 9, 30), "tacgia": "Tác giả: ThS. Phạm Quốc Toản"},
    ),
    Story(
        id=1273,
        slug="thuc-te-lam-binh-k45",
        title=(
            "Học viên lớp Trung cấp lý luận chính trị - hành chính K45 đi nghiên cứu thực tế tại"
            " xã Lâm Bình"
        ),
        cat=1,
        published_at="2026-10-28T15:00:00+07:00",
        summary=(
            "Từ ngày 26 đến 27/10/2026, 68 học viên lớp Trung cấp lý luận chính trị - hành chính"
            " K45 đã đi nghiên cứu thực tế tại xã Lâm Bình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại xã Lâm Bình, đoàn đã nghe lãnh đạo Đảng ủy, Ủy ban nhân dân xã giới thiệu về"
                " tình hình phát triển kinh tế - xã hội, công tác xây dựng Đảng, xây dựng chính"
                " quyền địa phương hai cấp sau sắp xếp và mô hình phát triển du lịch cộng đồng gắn"
                " với bảo tồn bản sắc văn hóa dân tộc Tày, Dao, Mông."
            ),
            Img(
                f"{HOST_REAL}{U}/Thang10/thuc-te-lam-binh.jpg",
                "Học viên tham quan mô hình du lịch cộng đồng thôn Nà Tông",
                "Học viên tham quan mô hình du lịch cộng đồng thôn Nà Tông",
            ),
            P(
                "Các học viên cũng đã tham quan Khu di tích lịch sử Đền thờ các Anh hùng liệt sĩ"
                " và tìm hiểu mô hình trồng cam, chè Shan tuyết của các hợp tác xã trên địa bàn."
            ),
            P(
                "Qua chuyến đi, học viên có thêm tư liệu thực tế để hoàn thành bài thu hoạch, vận"
                " dụng kiến thức đã học vào công tác tại cơ quan, đơn vị."
            ),
        ],
        authors=["Phương Thảo"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 10, 28, 15, 0),
            "tacgia": "Tác giả: Phương Thảo",
            "nguon": "Nguồn: Báo Tuyên Quang",
        },
    ),
    Story(
        id=1270,
        slug="thi-tot-nghiep-k44",
        title="Thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K44",
        cat=2,
        published_at="2026-10-23T09:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 21 đến 22/10/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 72"
                " học viên lớp Trung cấp lý luận chính trị - hành chính K44 với hai môn: Kiểm tra"
                " tổng hợp (thi viết) và Vận dụng lý luận vào thực tiễn (viết tiểu luận)."
            ),
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế. Hội đồng thi đã bố trí đủ cán bộ coi"
                " thi, giám sát; đề thi được bảo mật theo quy định. Kết quả thi sẽ được công bố"
                " trước ngày 10/11/2026."
            ),
        ],
        opts={"when": datetime(2026, 10, 23, 9, 0), "tacgia": ""},
    ),
    Story(
        id=1266,
        slug="hoi-nghi-vien-chuc-2026-2027",
        title="Hội nghị viên chức, người lao động Trường Chính trị tỉnh năm học 2026 - 2027",
        cat=1,
        published_at="2026-10-19T10:15:00+07:00",
        summary=(
            "Ngày 17/10, Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm học"
            " 2026 - 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học 2025 - 2026, triển"
            " khai nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, Nhà trường đã mở 42 lớp đào tạo, bồi dưỡng với 3.215 học"
                " viên, vượt 8% kế hoạch; hoàn thành 02 đề tài khoa học cấp tỉnh và 09 đề tài cấp"
                " cơ sở. Việc hợp nhất hai trường chính trị sau khi hợp nhất tỉnh được thực hiện"
                " ổn định, đúng lộ trình.",
                "div",
            ),
            Img(
                f"{U}/Thang10/hoi-nghi-vien-chuc.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "div",
            ),
            P(
                "Hội nghị đã thảo luận, thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở"
                " sửa đổi và bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028.",
                "div",
            ),
            P(
                "Dịp này, Nhà trường phát động phong trào thi đua “Đổi mới, sáng tạo trong giảng"
                " dạy và nghiên cứu khoa học” năm học 2026 - 2027.",
                "div",
            ),
        ],
        authors=["Hoàng Thị Thu Trang"],
        opts={"when": datetime(2026, 10, 19, 10, 15), "tacgia": "Tác giả: Hoàng Thị Thu Trang"},
    ),
    Story(
        id=1262,
        slug="nghiem-thu-de-tai-co-so-2026",
        title="Nghiệm thu 04 đề tài khoa học cấp cơ sở năm 2026",
        cat=3,
        published_at="2026-10-14T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 13/10, Hội đồng khoa học Trường Chính trị tỉnh tổ chức nghiệm thu 04 đề tài"
                " khoa học cấp cơ sở năm 2026, cụ thể:"
            ),
            P("TT | Tên đề tài | Chủ nhiệm | Xếp loại", "th"),
            P(
                "1 | Nâng cao hiệu quả giảng dạy học phần Kỹ năng lãnh đạo, quản lý tại Trường"
                " Chính trị tỉnh | ThS. Lê Thị Hạnh | Xuất sắc",
                "tr",
            ),
            P(
                "2 | Vận dụng phương pháp tình huống trong giảng dạy các học phần quản lý nhà nước"
                " | ThS. Trần Văn Minh | Khá",
                "tr",
            ),
            P(
                "3 | Giáo dục truyền thống cách mạng cho học viên qua di tích lịch sử Tân Trào |"
                " CN. Ma Thị Hồng Nhung | Khá",
                "tr",
            ),
            P(
                "4 | Giải pháp nâng cao chất lượng bài thu hoạch thực tế của học viên hệ trung cấp"
                " | ThS. Đặng Văn Hòa | Đạt",
                "tr",
            ),
            P(
                "Hội đồng đánh giá các đề tài có tính thực tiễn, kết quả nghiên cứu có thể ứng dụng"
                " trong giảng dạy, quản lý đào tạo của Nhà trường; đề nghị các chủ nhiệm đề tài"
                " tiếp thu ý kiến, hoàn thiện báo cáo tổng hợp trước ngày 30/10/2026."
            ),
        ],
        authors=["Đặng Văn Hòa"],
        opts={"when": datetime(2026, 10, 14, 14, 30), "tacgia": "Tác giả: ThS. Đặng Văn Hòa"},
    ),
    Story(
        id=1258,
        slug="ket-nap-dang-vien-k44",
        title=(
            "Lễ kết nạp đảng viên mới cho học viên lớp Trung cấp lý luận chính trị - hành chính K44"
        ),
        cat=1,
        published_at="2026-10-08T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 07/10/2026, Đảng ủy Trường Chính trị tỉnh phối hợp với Đảng ủy xã Yên Sơn tổ"
                " chức Lễ kết nạp đảng viên mới cho quần chúng Nguyễn Văn Hùng, học viên lớp Trung"
                " cấp lý luận chính trị - hành chính K44."
            ),
            Img(
                f"{U}/Thang10/ket-nap-dang-vien.jpg",
                "Đồng chí Bí thư Đảng ủy trao Quyết định kết nạp đảng viên",
                "Đồng chí Bí thư Đảng ủy trao Quyết định kết nạp đảng viên",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy Nhà trường đề nghị đảng viên mới"
                " tiếp tục phấn đấu, rèn luyện, học tập tốt, gương mẫu chấp hành chủ trương, đường"
                " lối của Đảng, chính sách, pháp luật của Nhà nước."
            ),
            P(
                "Buổi lễ diễn ra trang trọng, góp phần giáo dục lý tưởng cách mạng, bồi dưỡng ý"
                " thức phấn đấu vào Đảng cho học viên các lớp đang học tập tại Trường."
            ),
        ],
        authors=["Nguyễn Thu Hương"],
        opts={
            "when": datetime(2026, 10, 8, 8, 0),
            "tacgia": "Tác giả: Nguyễn Thu Hương",
            "entities": True,
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_NEWEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


def in_cat(cat: int) -> list[Story]:
    return [s for s in _NEWEST if s.cat == cat]


def article_path(s: Story) -> str:
    return f"/TinTuc/ChiTiet.aspx?ID={s.id}"


#: the "Tin đọc nhiều" box, written by hand long ago: (story id, link as written)
MOST_READ: list[tuple[int, str]] = [
    (1266, "/TinTuc.aspx?ma=1266"),
    (1273, "/tintuc/chitiet.aspx?id=1273"),
    (1270, "/TinTuc.aspx?ma=1270"),
    (1290, "/TinTuc/ChiTiet.aspx?ID=1290"),
]
LOWER_ALT = {1273: "/tintuc/chitiet.aspx?id=1273"}
DELETED_ID = 1187

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[LOWER_ALT[s.id]] if s.id in LOWER_ALT else (),
    )
    for s in _NEWEST
]


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc(318, "125/KH-TCT", date(2026, 11, 16), "Kế hoạch mở lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027", "KH-125-mo-lop-TCLLCT-2027.pdf"),
    Doc(317, "118/TB-TCT", date(2026, 11, 5), "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính K47", "TB-118-tuyen-sinh-K47.pdf"),
    Doc(315, "97/QĐ-TCT", date(2026, 10, 12), "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "QD-97-quy-che-chi-tieu-noi-bo.pdf"),
    Doc(312, "85/KH-TCT", date(2026, 9, 20), "Kế hoạch nghiên cứu khoa học năm 2027", "KH-85-nckh-2027.pdf"),
    Doc(309, "72/QĐ-TCT", date(2026, 9, 3), "Quyết định thành lập Hội đồng khoa học Nhà trường nhiệm kỳ 2026 - 2031", "QD-72-hoi-dong-khoa-hoc.pdf"),
    Doc(304, "56/KH-TCT", date(2026, 8, 14), "Kế hoạch giảng dạy năm học 2026 - 2027", "KH-56-giang-day-2026-2027.pdf"),
    Doc(298, "41/QC-TCT", date(2026, 7, 22), "Quy chế quản lý học viên (sửa đổi, bổ sung)", "QC-41-quan-ly-hoc-vien.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

ABOUT: dict[int, tuple[str, list[str]]] = {
    1: (
        "Lịch sử hình thành và phát triển",
        [
            "Trường Chính trị tỉnh Tuyên Quang tiền thân là Trường Đảng tỉnh được thành lập năm 1949"
            " tại Tân Trào; trải qua nhiều lần đổi tên, năm 1995 Trường mang tên Trường Chính trị"
            " tỉnh Tuyên Quang.",
            "Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Trường Chính trị tỉnh Hà"
            " Giang được hợp nhất vào Trường; trụ sở cũ tại phường Hà Giang 1 trở thành Cơ sở 2.",
        ],
    ),
    2: (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh là đơn vị sự nghiệp công lập trực thuộc Tỉnh ủy, có chức năng đào"
            " tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; nghiên cứu"
            " khoa học lý luận chính trị, tổng kết thực tiễn ở địa phương.",
        ],
    ),
    3: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu gồm Hiệu trưởng và 03 Phó Hiệu trưởng. Các phòng chức năng: Phòng Tổ"
            " chức - Hành chính; Phòng Quản lý đào tạo - Nghiên cứu khoa học. Các khoa chuyên môn:"
            " Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
}

ALBUMS: dict[int, tuple[str, int]] = {
    21: ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", 6),
    20: ("Hội nghị viên chức, người lao động năm học 2026 - 2027", 4),
    18: ("Khai giảng năm học 2026 - 2027", 5),
}

NON_ARTICLES: list[str] = [
    "/",
    "/Default.aspx",
    *(f"/TinTuc/DanhSach.aspx?MaLoai={c}" for c in CATS),
    *(f"/GioiThieu.aspx?ID={i}" for i in ABOUT),
    "/LienHe.aspx",
    "/VanBan.aspx",
    "/LichGiangDay.aspx",
    "/ThuVienAnh/DanhSachAlbum.aspx",
    *(f"/ThuVienAnh/Album.aspx?ID={a}" for a in ALBUMS),
    "/Admin/Login.aspx",
    *(f"/TinTuc/InTin.aspx?ID={s.id}" for s in _NEWEST),
    *(f"/TinTuc/GuiEmail.aspx?ID={s.id}" for s in _NEWEST),
]

# --------------------------------------------------------------------------- view state & co


def _blob(kind: str, state: str, nbytes: int, head: bytes = b"\xff\x01\x0f\x0f\x05") -> str:
    """A view-state-like blob: LosFormatter's header, the state as a string, then noise."""
    raw = f"{kind}|{state}".encode()
    noise = b""
    seed = raw
    while len(noise) < nbytes:
        seed = hashlib.sha1(seed).digest()
        noise += seed
    return base64.b64encode(head + bytes([len(raw)]) + raw + b"d" + noise[:nbytes]).decode()


def _unblob(value: str, head: bytes = b"\xff\x01\x0f\x0f\x05") -> tuple[str, str] | None:
    try:
        data = base64.b64decode(value, validate=True)
    except ValueError:
        return None
    if not data.startswith(head) or len(data) <= len(head):
        return None
    n = data[len(head)]
    try:
        kind, _, state = data[len(head) + 1 : len(head) + 1 + n].decode().partition("|")
    except UnicodeDecodeError:
        return None
    return kind, state


EV_HEAD = b"\xff\x01\x16\x0c\x02"


def _viewstate(kind: str, state: str = "") -> str:
    return _blob(kind, state, 420)


def _eventvalidation(kind: str, allowed: list[str]) -> str:
    return _blob(kind, ";".join(allowed), 60, EV_HEAD)


def _allowed(ev: str, kind: str) -> set[str]:
    got = _unblob(ev, EV_HEAD)
    if not got or got[0] != kind:
        return set()
    return set(got[1].split(";"))


def _postback(target: str, arg: str = "") -> str:
    return f"javascript:__doPostBack('{target}','{arg}')"


# --------------------------------------------------------------------------- chrome


def _t(s: str) -> str:
    return esc(s)


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


_WR = "/WebResource.axd?d=7xKq2n0Yv1bJ3mU8sH4cPw2&amp;t=634244138140000000"
_SR = "/ScriptResource.axd?d=Qk1pZ3JhdGlvbi1hamF4LTM1LXN5c3RlbS53ZWI1&amp;t=ffffffffec2d9970"


def _tree(selected: str) -> str:
    """The TreeView of the left menu as ASP.NET 3.5 renders it (tables, ToggleNode links)."""
    nodes = [
        ("Trang chủ", "/Default.aspx", []),
        ("Giới thiệu", "/GioiThieu.aspx?ID=1", [(ABOUT[i][0], f"/GioiThieu.aspx?ID={i}") for i in ABOUT]),
        ("Tin tức", "/TinTuc/DanhSach.aspx?MaLoai=1",
         [(name, f"/TinTuc/DanhSach.aspx?MaLoai={c}") for c, name in CATS.items()]),
        ("Lịch giảng dạy", "/LichGiangDay.aspx", []),
        ("Văn bản", "/VanBan.aspx", []),
        ("Thư viện ảnh", "/ThuVienAnh/DanhSachAlbum.aspx", []),
        ("Liên hệ", "/LienHe.aspx", []),
    ]  # fmt: skip
    out = [
        '<a href="#ctl00_tvMenu_SkipLink"><img alt="Skip Navigation Links." src="'
        + _WR
        + '" width="0" height="0" style="border-width:0px;" /></a><div id="ctl00_tvMenu">'
    ]
    idx = 0
    for name, href, kids in nodes:
        n = idx
        idx += 1
        sel = " ctl00_tvMenu_5" if href == selected else ""
        if kids:
            toggle = (
                f'<a id="ctl00_tvMenun{n}" href="javascript:TreeView_ToggleNode(ctl00_tvMenu_Data,{n},'
                f"document.getElementById('ctl00_tvMenun{n}'),' ',document.getElementById('ctl00_tvMenun{n}Nodes'))\">"
                f'<img src="/images/tree_minus.gif" alt="Thu gọn {_t(name)}" style="border-width:0;" /></a>'
            )
        else:
            toggle = '<img src="/images/tree_dot.gif" alt="" />'
        out.append(
            '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>'
            f"<td>{toggle}</td>"
            f'<td class="ctl00_tvMenu_2" style="white-space:nowrap;"><a class="ctl00_tvMenu_0 menu-cap1{sel}" '
            f'href="{href}" id="ctl00_tvMenut{n}">{_t(name)}</a></td></tr></table>'
        )
        if kids:
            out.append(f'<div id="ctl00_tvMenun{n}Nodes" style="display:block;">')
            for kname, khref in kids:
                k = idx
                idx += 1
                ksel = " ctl00_tvMenu_5" if khref == selected else ""
                out.append(
                    '<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>'
                    '<td><div style="width:20px;height:1px"></div></td>'
                    '<td><img src="/images/tree_leaf.gif" alt="" /></td>'
                    f'<td class="ctl00_tvMenu_2" style="white-space:nowrap;"><a class="ctl00_tvMenu_0 menu-cap2{ksel}" '
                    f'href="{khref}" id="ctl00_tvMenut{k}">{_t(kname)}</a></td></tr></table>'
                )
            out.append("</div>")
    out.append('</div><a id="ctl00_tvMenu_SkipLink"></a>')
    return "".join(out)


def _most_read() -> str:
    rows = "".join(
        f'<li><a href="{href}">{_t(_BY_ID[sid].title)}</a> <span class="ngay-nho">'
        f"({_dmy(_BY_ID[sid].opts['when'])})</span></li>"
        for sid, href in MOST_READ
    )
    return (
        '<div class="box-phai"><div class="box-phai-tieude">Tin đọc nhiều</div>'
        f'<ul class="ds-docnhieu">{rows}</ul></div>'
    )


def _marquee() -> str:
    items = [
        ('<a href="/DownloadFile.aspx?id=317">Thông báo tuyển sinh lớp Trung cấp lý luận chính trị'
         " - hành chính K47</a>"),
        ('<a href="/DownloadFile.aspx?id=318">Kế hoạch mở lớp Trung cấp lý luận chính trị hệ không'
         " tập trung năm 2027</a>"),
        '<a href="/LichGiangDay.aspx">Lịch giảng dạy tuần này</a>',
    ]  # fmt: skip
    return (
        '<div class="box-phai"><div class="box-phai-tieude">Thông báo</div>'
        '<marquee direction="up" scrollamount="2" height="150" onmouseover="this.stop()" '
        'onmouseout="this.start()">'
        + "".join(f'<p class="tb-item"><img src="/images/new.gif" alt="" /> {i}</p>' for i in items)
        + "</marquee></div>"
    )


def _counter() -> str:
    return (
        '<div class="box-phai"><div class="box-phai-tieude">Lượt truy cập</div>'
        '<table class="tbl-thongke" width="100%"><tr><td>Đang trực tuyến:</td>'
        '<td align="right"><span id="ctl00_ucThongKe_lblOnline">17</span></td></tr>'
        '<tr><td>Hôm nay:</td><td align="right"><span id="ctl00_ucThongKe_lblHomNay">412</span></td></tr>'
        '<tr><td>Tổng lượt truy cập:</td><td align="right">'
        '<span id="ctl00_ucThongKe_lblTong">1.386.259</span></td></tr></table></div>'
    )


def _links_box() -> str:
    sites = [
        ("http://www.hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
        ("http://tuyenquang.dcs.vn", "Đảng bộ tỉnh Tuyên Quang"),
        ("http://www.tuyenquang.gov.vn", "Cổng TTĐT tỉnh Tuyên Quang"),
        ("http://baotuyenquang.com.vn", "Báo Tuyên Quang"),
    ]
    opts = "".join(f'<option value="{u}">{_t(n)}</option>' for u, n in sites)
    return (
        '<div class="box-phai"><div class="box-phai-tieude">Liên kết website</div>'
        '<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!=\'\')'
        'window.open(this.value);" style="width:190px;"><option value="">-- Chọn liên kết --</option>'
        f"{opts}</select></div>"
    )


def _login_box() -> str:
    return (
        '<div class="box-trai"><div class="box-trai-tieude">Đăng nhập</div>'
        '<table class="tbl-dangnhap"><tr><td>Tên đăng nhập:</td></tr>'
        '<tr><td><input name="ctl00$ucDangNhap$txtTenDangNhap" type="text" id="ctl00_ucDangNhap_txtTenDangNhap" '
        'class="txt" /></td></tr><tr><td>Mật khẩu:</td></tr>'
        '<tr><td><input name="ctl00$ucDangNhap$txtMatKhau" type="password" id="ctl00_ucDangNhap_txtMatKhau" '
        'class="txt" /></td></tr><tr><td><input type="submit" name="ctl00$ucDangNhap$btnDangNhap" '
        'value="Đăng nhập" id="ctl00_ucDangNhap_btnDangNhap" class="btn" /> '
        '<a href="/Admin/Login.aspx">Quên mật khẩu?</a></td></tr></table></div>'
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<span><a href="/Default.aspx">Trang chủ</a></span>']
    for name, href in trail:
        parts.append('<span class="sep"> » </span>')
        parts.append(
            f'<span><a href="{href}">{_t(name)}</a></span>' if href else f"<span>{_t(name)}</span>"
        )
    return (
        '<div class="duongdan"><span id="ctl00_smpDuongDan"><a href="#ctl00_smpDuongDan_SkipLink">'
        f'<img alt="Skip Navigation Links" height="0" width="0" src="{_WR}" style="border-width:0px;" /></a>'
        + "".join(parts)
        + '<a id="ctl00_smpDuongDan_SkipLink"></a></span></div>'
    )


def _page(
    title: str,
    action: str,
    main: str,
    *,
    viewstate: str,
    ev: str | None = None,
    selected: str = "",
    crumbs: str = "",
    update_panel: bool = False,
) -> str:
    ev_block = (
        '<div>\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        f'value="{ev or _eventvalidation("master", ["ctl00$ibtnTimKiem", "ctl00$ucDangNhap$btnDangNhap"])}" />\n</div>'
    )
    ajax = ""
    if update_panel:
        ajax = (
            f'<script src="{_SR}" type="text/javascript"></script>\n'
            '<script type="text/javascript">\n//<![CDATA[\n'
            "Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', document.getElementById('aspnetForm'));\n"
            f"Sys.WebForms.PageRequestManager.getInstance()._updateControls(['t{N}$upTinTuc'], [], [], 90);\n"
            "//]]>\n</script>\n"
        )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{title}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="Trường Chính trị, Tuyên Quang, đào tạo, bồi dưỡng, lý luận chính trị" /><link href="/App_Themes/MacDinh/StyleSheet.css" type="text/css" rel="stylesheet" /><script src="/js/AC_RunActiveContent.js" type="text/javascript"></script></head>
<body>
    <form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
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
<script src="{_WR}" type="text/javascript"></script>
{ajax}
<table id="bao-ngoai" width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dau-trang">
<div class="banner">
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=9,0,28,0" width="1000" height="180">
<param name="movie" value="/Flash/banner_tct.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
<embed src="/Flash/banner_tct.swf" quality="high" wmode="transparent" pluginspage="http://www.adobe.com/shockwave/download/download.cgi?P1_Prod_Version=ShockwaveFlash" type="application/x-shockwave-flash" width="1000" height="180"></embed>
<img src="/images/banner_tct.jpg" width="1000" height="180" alt="Trường Chính trị tỉnh Tuyên Quang" />
</object>
</div>
<table class="thanh-ngang" width="100%"><tr>
<td class="ngay-hientai"><span id="ctl00_lblNgayHienTai">{TODAY}</span></td>
<td align="right"><a href="/Default.aspx">Trang chủ</a> | <a href="/GioiThieu.aspx?ID=1">Giới thiệu</a> | <a href="/LienHe.aspx">Liên hệ</a> |
<input name="ctl00$txtTuKhoa" type="text" value="Nhập từ khóa..." id="ctl00_txtTuKhoa" class="o-timkiem" onfocus="if(this.value=='Nhập từ khóa...')this.value='';" />
<input type="image" name="ctl00$ibtnTimKiem" id="ctl00_ibtnTimKiem" src="/images/btn_timkiem.gif" alt="Tìm kiếm" style="border-width:0px;" /></td>
</tr></table>
</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="cot-trai" valign="top" width="210">
<div class="box-trai"><div class="box-trai-tieude">Danh mục</div>{_tree(selected)}</div>
{_login_box()}
</td>
<td class="cot-giua" valign="top">
{crumbs}
{main}
</td>
<td class="cot-phai" valign="top" width="210">
{_marquee()}
{_most_read()}
{_counter()}
{_links_box()}
</td>
</tr></table>
</td></tr>
<tr><td class="chan-trang">
<div class="chantrang-noidung">
<b>TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b><br />
Địa chỉ: Số 268 đường Lê Lợi, phường Minh Xuân, tỉnh Tuyên Quang<br />
Cơ sở 2: Số 9 đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang<br />
Điện thoại: 0207.3822.536 - Fax: 0207.3822.537 - Đường dây nóng: 0913.286.119<br />
Email: truongchinhtri@tuyenquang.gov.vn<br />
Ghi rõ nguồn “Trường Chính trị tỉnh Tuyên Quang” khi phát hành lại thông tin từ website này.<br />
<span class="thietke">Thiết kế và phát triển: Công ty TNHH Tin học Sao Mai - 2011</span>
</div>
</td></tr>
</table>

{ev_block}</form>
</body>
</html>
"""


# --------------------------------------------------------------------------- article


def _cells(p: P) -> list[str]:
    return [c.strip() for c in p.text.split(" | ")]


def _body(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []

    def flush() -> None:
        if not rows:
            return
        trs = []
        for r in rows:
            tag = "td"
            cells = "".join(
                f'<{tag} style="text-align: center;"><strong>{text(c)}</strong></{tag}>'
                if r.style == "th"
                else f"<{tag}>{text(c)}</{tag}>"
                for c in _cells(r)
            )
            trs.append(f"<tr>{cells}</tr>")
        out.append(
            '<table width="100%" cellspacing="0" cellpadding="3" border="1" align="center">'
            f"<tbody>{''.join(trs)}</tbody></table>"
        )
        rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        flush()
        if isinstance(b, P):
            if b.style == "font":
                out.append(
                    '<p style="text-align: justify;"><font face="Times New Roman" size="3">'
                    f"{text(b.text)}</font></p>"
                )
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{text(b.text)}</div>')
            elif b.style == "nbsp":
                out.append(f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp; {text(b.text)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        elif isinstance(b, Img):
            img = f'<img height="375" width="500" alt="" src="{esc(b.src)}" />'
            if b.style == "div":
                out.append(f'<div style="text-align: center;">{img}</div>')
                if b.printed:
                    out.append(f'<div style="text-align: center;"><em>{text(b.printed)}</em></div>')
            elif b.style == "table":
                out.append(
                    '<table width="500" cellspacing="0" cellpadding="3" border="0" align="center"><tbody>'
                    f"<tr><td>{img}</td></tr>"
                    f'<tr><td style="text-align: center;"><em>{text(b.printed or "")}</em></td></tr>'
                    "</tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{text(b.printed)}</em></p>')
        else:
            out.append(b.html)
    flush()
    body = "\n".join(out)
    if s.opts.get("entities"):
        body = "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in body)
    return body


def _others(s: Story) -> list[Story]:
    return [o for o in in_cat(s.cat) if o.id != s.id][:5]


def _article_main(s: Story | None, requested_id: str) -> str:
    if s is None:
        return (
            '<div class="khung-giua"><div class="khung-giua-tieude">Tin tức</div>'
            f'<table id="{C}_tblChiTiet" class="tbl-chitiet" width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td><span id="{C}_lblTieuDe" class="TieuDe"></span></td></tr>'
            f'<tr><td><span id="{C}_lblThongBao" class="thongbao-loi">Tin bạn tìm không tồn tại hoặc đã bị xóa.</span></td></tr>'
            "</table></div>"
        )
    cat_href = f"DanhSach.aspx?MaLoai={s.cat}"
    when = s.opts["when"]
    sapo = f"<b>{_t(s.summary)}</b>" if s.summary else ""
    others = "".join(
        f'<tr><td><img src="../images/muiten.gif" alt="" /> '
        f'<a id="{C}_dlTinKhac_ctl{i:02d}_hlTieuDe" class="tinkhac-link" href="ChiTiet.aspx?ID={o.id}">'
        f"{_t(o.title)}</a> "
        f'<span id="{C}_dlTinKhac_ctl{i:02d}_lblNgay" class="ngay-nho">({_dmy(o.opts["when"])})</span></td></tr>'
        for i, o in enumerate(_others(s))
    )
    return f"""<div class="khung-giua">
<div class="khung-giua-tieude"><a id="{C}_hlLoaiTin" href="{cat_href}">{_t(CATS[s.cat])}</a></div>
<table id="{C}_tblChiTiet" class="tbl-chitiet" width="100%" cellpadding="0" cellspacing="0">
<tr><td class="td-tieude"><span id="{C}_lblTieuDe" class="TieuDe">{_t(s.title)}</span></td></tr>
<tr><td class="td-ngay"><span id="{C}_lblNgayDang" class="NgayDang">Ngày đăng: {when:%d/%m/%Y - %H:%M}</span>&nbsp;|&nbsp;Lượt xem: <span id="{C}_lblLuotXem">{s.views()}</span></td></tr>
<tr><td class="td-tomtat"><span id="{C}_lblTomTat" class="TomTat">{sapo}</span></td></tr>
<tr><td class="td-noidung"><span id="{C}_lblNoiDung" class="NoiDung">{_body(s)}</span></td></tr>
<tr><td class="td-tacgia" align="right"><span id="{C}_lblTacGia" class="TacGia">{_t(s.opts.get("tacgia", ""))}</span><br />
<span id="{C}_lblNguon" class="Nguon">{_t(s.opts.get("nguon", ""))}</span></td></tr>
<tr><td class="td-congcu" align="right">
<a id="{C}_hlInTin" href="InTin.aspx?ID={s.id}" target="_blank"><img src="../images/icon_print.gif" alt="" style="border-width:0px;" /> In bài</a>&nbsp;&nbsp;
<a id="{C}_hlGuiEmail" href="GuiEmail.aspx?ID={s.id}"><img src="../images/icon_email.gif" alt="" style="border-width:0px;" /> Gửi email</a>&nbsp;&nbsp;
<a href="javascript:history.back();"><img src="../images/icon_back.gif" alt="" style="border-width:0px;" /> Quay lại</a>
</td></tr>
</table>
<div class="tin-khac">
<div class="tin-khac-tieude">Các tin khác</div>
<table id="{C}_dlTinKhac" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
{others}
</table>
</div>
</div>"""


def _article(s: Story | None, requested_id: str, action: str) -> str:
    if s is None:
        return _page(
            f"Tin tức - {SITE}",
            action,
            _article_main(None, requested_id),
            viewstate=_viewstate("ChiTiet", requested_id),
            crumbs=_crumbs([("Tin tức", "/TinTuc/DanhSach.aspx?MaLoai=1")]),
        )
    return _page(
        f"{_t(s.title)} - {SITE}",
        action,
        _article_main(s, requested_id),
        viewstate=_viewstate("ChiTiet", str(s.id)),
        selected=f"/TinTuc/DanhSach.aspx?MaLoai={s.cat}",
        crumbs=_crumbs([("Tin tức", "/TinTuc/DanhSach.aspx?MaLoai=1"),
                        (CATS[s.cat], f"/TinTuc/DanhSach.aspx?MaLoai={s.cat}")]),
    )  # fmt: skip


def _print(s: Story) -> str:
    when = s.opts["when"]
    sapo = f'<p class="tomtat"><b>{_t(s.summary)}</b></p>' if s.summary else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>In tin: {_t(s.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex" /><link href="../App_Themes/MacDinh/InTin.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="InTin.aspx?ID={s.id}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate("InTin", str(s.id))}" /></div>
<table width="650" align="center"><tr><td><img src="../images/logo_in.gif" alt="" /> <b>{SITE.upper()}</b></td></tr>
<tr><td><h2><span id="lblTieuDe">{_t(s.title)}</span></h2>
<span id="lblNgayDang">Ngày đăng: {when:%d/%m/%Y - %H:%M}</span>
{sapo}<span id="lblNoiDung">{_body(s)}</span>
<p align="right"><span id="lblTacGia">{_t(s.opts.get("tacgia", ""))}</span><br /><span id="lblNguon">{_t(s.opts.get("nguon", ""))}</span></p>
<hr />Địa chỉ bài viết: {HOST_REAL}/TinTuc/ChiTiet.aspx?ID={s.id}</td></tr></table>
</form></body></html>
"""


def _email(s: Story, action: str) -> str:
    main = f"""<div class="khung-giua"><div class="khung-giua-tieude">Gửi tin cho bạn bè</div>
<table class="tbl-form" width="100%">
<tr><td colspan="2">Tin: <b><span id="{C}_lblTieuDeTin">{_t(s.title)}</span></b></td></tr>
<tr><td>Họ tên người gửi:</td><td><input name="{N}$txtNguoiGui" type="text" id="{C}_txtNguoiGui" /></td></tr>
<tr><td>Email người gửi:</td><td><input name="{N}$txtEmailGui" type="text" id="{C}_txtEmailGui" /></td></tr>
<tr><td>Email người nhận:</td><td><input name="{N}$txtEmailNhan" type="text" id="{C}_txtEmailNhan" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="{N}$txtLoiNhan" rows="4" cols="40" id="{C}_txtLoiNhan"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="{N}$btnGui" value="Gửi" id="{C}_btnGui" /></td></tr>
</table></div>"""
    return _page(f"Gửi email - {SITE}", action, main, viewstate=_viewstate("GuiEmail", str(s.id)),
                 crumbs=_crumbs([("Gửi email", None)]))  # fmt: skip


# --------------------------------------------------------------------------- listings


def _pager(target: str, index: int, count: int) -> tuple[str, list[str]]:
    """GridView's NumericFirstLast pager row cells and the arguments it renders."""
    if count <= 1:
        return "", []
    first = (index // BUTTONS) * BUTTONS
    last = min(first + BUTTONS - 1, count - 1)
    cells: list[str] = []
    args: list[str] = []

    def link(arg: str, label: str) -> None:
        args.append(arg)
        cells.append(f'<td><a href="{_postback(target, arg)}">{label}</a></td>')

    if first != 0:
        link("Page$First", "Trang đầu")
        link(f"Page${first}", "...")
    for i in range(first, last + 1):
        if i == index:
            cells.append(f"<td><span>{i + 1}</span></td>")
        else:
            link(f"Page${i + 1}", str(i + 1))
    if last < count - 1:
        link(f"Page${last + 2}", "...")
        link("Page$Last", "Trang cuối")
    return '<table border="0"><tr>' + "".join(cells) + "</tr></table>", args


def _page_count(n: int, size: int) -> int:
    return max(1, -(-n // size))


def _new_index(arg: str, current: int, count: int) -> int:
    if arg == "Page$First":
        return 0
    if arg == "Page$Last":
        return count - 1
    if arg == "Page$Next":
        return min(current + 1, count - 1)
    if arg == "Page$Prev":
        return max(current - 1, 0)
    m = re.fullmatch(r"Page\$(\d+)", arg)
    return min(max(int(m.group(1)) - 1, 0), count - 1) if m else current


def _short(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def _listing(cat: int, index: int) -> str:
    stories = in_cat(cat)
    count = _page_count(len(stories), PAGE_SIZE)
    index = min(max(index, 0), count - 1)
    chunk = stories[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
    rows = []
    for i, s in enumerate(chunk):
        ctl = f"{C}_gvTinTuc_ctl{i + 2:02d}"
        thumb = next((b.src for b in s.blocks if isinstance(b, Img)), None)
        img = (
            f'<img id="{ctl}_imgAnh" class="anh-nho" src="../UserFiles/Image/thumb/tin_{s.id}.jpg" '
            'style="height:80px;width:110px;border-width:0px;" />'
            if thumb
            else f'<img id="{ctl}_imgAnh" class="anh-nho" src="../images/no_image.jpg" '
            'style="height:80px;width:110px;border-width:0px;" />'
        )
        cls = "dong-le" if i % 2 == 0 else "dong-chan"
        rows.append(
            f'<tr class="{cls}"><td>'
            f'<div class="tin-dong">{img}'
            f'<a id="{ctl}_hlTieuDe" class="tieude-tin" href="ChiTiet.aspx?ID={s.id}">{_t(s.title)}</a> '
            f'<span id="{ctl}_lblNgay" class="ngay-tin">({_dmy(s.opts["when"])})</span>'
            f'<div class="mota-tin"><span id="{ctl}_lblMoTa">{_t(_short(s))}</span></div>'
            '<div class="clear"></div></div></td></tr>'
        )
    pager, args = _pager(GRID, index, count)
    pager_row = f'<tr class="phan-trang" align="center"><td>{pager}</td></tr>' if pager else ""
    grid = (
        f'<div id="{C}_upTinTuc">'
        f'<div><table class="luoi-tin" cellspacing="0" cellpadding="4" border="0" id="{C}_gvTinTuc" '
        'style="width:100%;border-collapse:collapse;">'
        + "".join(rows)
        + pager_row
        + "</table></div></div>"
    )
    main = (
        f'<div class="khung-giua"><div class="khung-giua-tieude"><span id="{C}_lblTenLoai">'
        f"{_t(CATS[cat])}</span></div>{grid}</div>"
    )
    return _page(
        f"{_t(CATS[cat])} - {SITE}",
        f"DanhSach.aspx?MaLoai={cat}",
        main,
        viewstate=_viewstate("DanhSach", f"{cat}:{index}"),
        ev=_eventvalidation(f"DanhSach{cat}", [f"{GRID}|{a}" for a in args]),
        selected=f"/TinTuc/DanhSach.aspx?MaLoai={cat}",
        crumbs=_crumbs([("Tin tức", "/TinTuc/DanhSach.aspx?MaLoai=1"), (CATS[cat], None)]),
        update_panel=True,
    )


def _home() -> str:
    lead = _NEWEST[0]
    lead_img = next(b.src for b in lead.blocks if isinstance(b, Img))
    news = "".join(
        f'<li><a href="TinTuc/ChiTiet.aspx?ID={s.id}">{_t(s.title)}</a> '
        f'<span class="ngay-nho">({_dmy(s.opts["when"])})</span></li>'
        for s in _NEWEST[1:6]
    )
    boxes = ""
    for c, name in CATS.items():
        items = "".join(
            f'<tr><td><img src="images/muiten.gif" alt="" /> '
            f'<a href="TinTuc/ChiTiet.aspx?ID={s.id}">{_t(s.title)}</a> '
            f'<span class="ngay-nho">({_dmy(s.opts["when"])})</span></td></tr>'
            for s in in_cat(c)[:3]
        )
        boxes += (
            f'<div class="khung-loaitin"><div class="khung-giua-tieude"><a href="TinTuc/DanhSach.aspx?MaLoai={c}">'
            f'{_t(name)}</a></div><table width="100%">{items}</table>'
            f'<div class="xem-tiep"><a href="TinTuc/DanhSach.aspx?MaLoai={c}">Xem tiếp »</a></div></div>'
        )
    main = (
        '<div class="khung-giua"><div class="khung-giua-tieude">Tin nổi bật</div>'
        '<table width="100%" class="tin-noibat"><tr>'
        f'<td valign="top" width="260"><a href="TinTuc/ChiTiet.aspx?ID={lead.id}"><img src="{esc(lead_img.replace("..", ""))}" '
        'width="250" height="185" alt="" style="border-width:0px;" /></a></td>'
        f'<td valign="top"><a class="tieude-noibat" href="TinTuc/ChiTiet.aspx?ID={lead.id}">{_t(lead.title)}</a>'
        f'<p class="ngay-nho">({_dmy(lead.opts["when"])})</p><p>{_t(lead.summary or "")}</p>'
        f'<ul class="ds-tinmoi">{news}</ul></td></tr></table></div>' + boxes
    )
    return _page(f"{SITE} - Trang chủ", "Default.aspx", main,
                 viewstate=_viewstate("Default"), selected="/Default.aspx")  # fmt: skip


# --------------------------------------------------------------------------- other pages


def _about(i: int) -> str:
    title, paras = ABOUT[i]
    body = "".join(f'<p style="text-align: justify;">{_t(p)}</p>' for p in paras)
    if i == 1:
        body += (
            '<p>Xem thêm: <a href="TinTuc/ChiTiet.aspx?ID='
            f'{DELETED_ID}">Kỷ niệm 75 năm Ngày truyền thống Nhà trường</a></p>'
        )
    main = (
        f'<div class="khung-giua"><div class="khung-giua-tieude">{_t(title)}</div>'
        f'<div class="noidung-tinh"><span id="{C}_lblNoiDung">{body}</span></div></div>'
    )
    return _page(f"{_t(title)} - {SITE}", f"GioiThieu.aspx?ID={i}", main,
                 viewstate=_viewstate("GioiThieu", str(i)), selected=f"/GioiThieu.aspx?ID={i}",
                 crumbs=_crumbs([("Giới thiệu", "/GioiThieu.aspx?ID=1"), (title, None)]))  # fmt: skip


def _contact() -> str:
    main = f"""<div class="khung-giua"><div class="khung-giua-tieude">Liên hệ</div>
<p>Mọi thông tin xin gửi về Phòng Tổ chức - Hành chính, Trường Chính trị tỉnh Tuyên Quang.</p>
<table class="tbl-form" width="100%">
<tr><td>Họ và tên (*):</td><td><input name="{N}$txtHoTen" type="text" id="{C}_txtHoTen" /></td></tr>
<tr><td>Email (*):</td><td><input name="{N}$txtEmail" type="text" id="{C}_txtEmail" /></td></tr>
<tr><td>Tiêu đề:</td><td><input name="{N}$txtTieuDe" type="text" id="{C}_txtTieuDe" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="{N}$txtNoiDung" rows="6" cols="45" id="{C}_txtNoiDung"></textarea></td></tr>
<tr><td>Mã xác nhận:</td><td><img src="/CaptchaImage.axd?guid=3f2a9c1e-55b0-4d1c-9a6e-0c4d2b7e8a11" alt="" /> <input name="{N}$txtMaXacNhan" type="text" id="{C}_txtMaXacNhan" size="6" /></td></tr>
<tr><td></td><td><input type="submit" name="{N}$btnGui" value="Gửi liên hệ" id="{C}_btnGui" /> <input type="submit" name="{N}$btnLamLai" value="Làm lại" id="{C}_btnLamLai" /></td></tr>
</table></div>"""
    return _page(f"Liên hệ - {SITE}", "LienHe.aspx", main, viewstate=_viewstate("LienHe"),
                 selected="/LienHe.aspx", crumbs=_crumbs([("Liên hệ", None)]))  # fmt: skip


def _docs(index: int) -> str:
    count = _page_count(len(DOCS), DOC_PAGE_SIZE)
    index = min(max(index, 0), count - 1)
    rows = "".join(
        f'<tr class="{"dong-le" if i % 2 == 0 else "dong-chan"}"><td align="center">{index * DOC_PAGE_SIZE + i + 1}</td>'
        f'<td>{_t(d.number)}</td><td align="center">{_dmy(d.issued)}</td><td>{_t(d.abstract)}</td>'
        f'<td align="center"><a id="{C}_gvVanBan_ctl{i + 2:02d}_hlTaiVe" href="DownloadFile.aspx?id={d.id}">'
        '<img src="images/icon_pdf.gif" alt="Tải về" style="border-width:0px;" /></a></td></tr>'
        for i, d in enumerate(DOCS[index * DOC_PAGE_SIZE : (index + 1) * DOC_PAGE_SIZE])
    )
    cells = []
    args = []
    for i in range(count):
        if i == index:
            cells.append(f"<td><span>{i + 1}</span></td>")
        else:
            args.append(f"Page${i + 1}")
            cells.append(f'<td><a href="{_postback(DOC_GRID, f"Page${i + 1}")}">{i + 1}</a></td>')
    main = (
        '<div class="khung-giua"><div class="khung-giua-tieude">Văn bản</div>'
        f'<div><table class="luoi-vanban" cellspacing="0" rules="all" border="1" id="{C}_gvVanBan" '
        'style="width:100%;border-collapse:collapse;">'
        '<tr class="tieude-luoi"><th scope="col">STT</th><th scope="col">Số ký hiệu</th>'
        '<th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>'
        f"{rows}"
        f'<tr class="phan-trang"><td colspan="5"><table border="0"><tr>{"".join(cells)}</tr></table></td></tr>'
        "</table></div></div>"
    )
    return _page(f"Văn bản - {SITE}", "VanBan.aspx", main,
                 viewstate=_viewstate("VanBan", str(index)),
                 ev=_eventvalidation("VanBan", [f"{DOC_GRID}|{a}" for a in args]),
                 selected="/VanBan.aspx", crumbs=_crumbs([("Văn bản", None)]))  # fmt: skip


_SLOTS = [
    ("Sáng", "TCLLCT-HC K45", "Học phần: Xây dựng Đảng về tổ chức", "ThS. Lê Thị Hạnh", "P.201"),
    (
        "Chiều",
        "TCLLCT-HC K45",
        "Học phần: Quản lý hành chính nhà nước",
        "ThS. Trần Văn Minh",
        "P.201",
    ),
    (
        "Sáng",
        "TCLLCT K46 (Cơ sở 2)",
        "Học phần: Triết học Mác - Lênin",
        "CN. Lý Thị Hằng",
        "Hội trường CS2",
    ),
    (
        "Chiều",
        "Bồi dưỡng đối tượng 4",
        "Chuyên đề: Công tác dân vận ở cơ sở",
        "ThS. Phạm Quốc Toản",
        "Hội trường A",
    ),
    (
        "Sáng",
        "Cao cấp LLCT (hệ KTT)",
        "Chủ nghĩa xã hội khoa học",
        "Giảng viên Học viện CTKV I",
        "Hội trường B",
    ),
]
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _timetable(offset: int) -> str:
    monday = TODAY_DATE - timedelta(days=TODAY_DATE.weekday()) + timedelta(weeks=offset)
    rows = []
    for d in range(6):
        day = monday + timedelta(days=d)
        for k in range(2):
            slot = _SLOTS[(day.toordinal() + k) % len(_SLOTS)]
            rows.append(
                f"<tr><td>{WEEKDAYS[d]}<br />{_dmy(day)}</td>"
                + "".join(f"<td>{_t(v)}</td>" for v in slot)
                + "</tr>"
            )
    main = (
        '<div class="khung-giua"><div class="khung-giua-tieude">Lịch giảng dạy</div>'
        '<div class="dieu-huong-tuan">'
        f'<a id="{C}_lnkTuanTruoc" href="{_postback(WEEK_PREV)}">« Tuần trước</a>'
        f'&nbsp;&nbsp;<span id="{C}_lblTuan" class="tuan">Tuần từ {_dmy(monday)} đến {_dmy(monday + timedelta(days=6))}</span>&nbsp;&nbsp;'
        f'<a id="{C}_lnkTuanSau" href="{_postback(WEEK_NEXT)}">Tuần sau »</a></div>'
        f'<table id="{C}_gvLich" class="luoi-lich" cellspacing="0" rules="all" border="1" style="width:100%;border-collapse:collapse;">'
        '<tr><th scope="col">Ngày</th><th scope="col">Buổi</th><th scope="col">Lớp</th><th scope="col">Nội dung</th>'
        '<th scope="col">Giảng viên</th><th scope="col">Phòng học</th></tr>'
        + "".join(rows)
        + "</table></div>"
    )
    return _page(f"Lịch giảng dạy - {SITE}", "LichGiangDay.aspx", main,
                 viewstate=_viewstate("LichGiangDay", str(offset)),
                 ev=_eventvalidation("LichGiangDay", [WEEK_PREV, WEEK_NEXT]),
                 selected="/LichGiangDay.aspx", crumbs=_crumbs([("Lịch giảng dạy", None)]))  # fmt: skip


def _albums() -> str:
    cells = "".join(
        f'<td align="center" width="33%"><a id="{C}_dlAlbum_ctl{i:02d}_hlAnh" href="Album.aspx?ID={a}">'
        f'<img src="../UserFiles/Album/{a}/dai-dien.jpg" width="180" height="130" alt="" style="border-width:0px;" /></a><br />'
        f'<a id="{C}_dlAlbum_ctl{i:02d}_hlTen" href="Album.aspx?ID={a}">{_t(name)}</a> <span class="ngay-nho">({n} ảnh)</span></td>'
        for i, (a, (name, n)) in enumerate(ALBUMS.items())
    )
    main = (
        '<div class="khung-giua"><div class="khung-giua-tieude">Thư viện ảnh</div>'
        f'<table id="{C}_dlAlbum" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>{cells}</tr></table></div>'
    )
    return _page(f"Thư viện ảnh - {SITE}", "DanhSachAlbum.aspx", main, viewstate=_viewstate("Album"),
                 selected="/ThuVienAnh/DanhSachAlbum.aspx", crumbs=_crumbs([("Thư viện ảnh", None)]))  # fmt: skip


def _album(a: int) -> str:
    name, n = ALBUMS[a]
    cells = "".join(
        f'<td align="center"><a href="../UserFiles/Album/{a}/anh-{k:02d}.jpg" target="_blank">'
        f'<img src="../UserFiles/Album/{a}/thumb/anh-{k:02d}.jpg" width="150" height="110" alt="" /></a><br />'
        f"<span>Ảnh {k}</span></td>" + ("</tr><tr>" if k % 3 == 0 and k < n else "")
        for k in range(1, n + 1)
    )
    main = (
        f'<div class="khung-giua"><div class="khung-giua-tieude">{_t(name)}</div>'
        f'<table id="{C}_dlAnh" width="100%"><tr>{cells}</tr></table>'
        '<p><a href="DanhSachAlbum.aspx">« Quay lại danh sách album</a></p></div>'
    )
    return _page(f"{_t(name)} - {SITE}", f"Album.aspx?ID={a}", main,
                 viewstate=_viewstate("AlbumCT", str(a)), selected="/ThuVienAnh/DanhSachAlbum.aspx",
                 crumbs=_crumbs([("Thư viện ảnh", "/ThuVienAnh/DanhSachAlbum.aspx"), (name, None)]))  # fmt: skip


def _search(q: str) -> str:
    hits = [s for s in _NEWEST if q and q.lower() in s.title.lower()] if q else []
    rows = "".join(
        f'<li><a href="TinTuc/ChiTiet.aspx?ID={s.id}">{_t(s.title)}</a> ({_dmy(s.opts["when"])})</li>'
        for s in hits
    )
    msg = f"Tìm thấy {len(hits)} kết quả cho từ khóa “{_t(q)}”." if q else "Vui lòng nhập từ khóa."
    main = (
        '<div class="khung-giua"><div class="khung-giua-tieude">Kết quả tìm kiếm</div>'
        f"<p>{msg}</p><ul>{rows}</ul></div>"
    )
    action = f"TimKiem.aspx?tukhoa={quote(q)}" if q else "TimKiem.aspx"
    return _page(f"Tìm kiếm - {SITE}", action, main, viewstate=_viewstate("TimKiem", q),
                 crumbs=_crumbs([("Tìm kiếm", None)]))  # fmt: skip


def _login() -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Đăng nhập quản trị</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body><form name="form1" method="post" action="Login.aspx" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate("Login")}" /></div>
<table align="center" class="dangnhap-qt"><tr><td colspan="2"><b>HỆ THỐNG QUẢN TRỊ WEBSITE</b></td></tr>
<tr><td>Tài khoản:</td><td><input name="txtUser" type="text" id="txtUser" /></td></tr>
<tr><td>Mật khẩu:</td><td><input name="txtPass" type="password" id="txtPass" /></td></tr>
<tr><td></td><td><input type="submit" name="btnLogin" value="Đăng nhập" id="btnLogin" /></td></tr></table>
</form></body></html>
"""


def _yellow_screen() -> Response:
    body = (
        '<html><head><title>Invalid postback or callback argument.</title></head><body bgcolor="white">'
        "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
        "<h2> <i>Invalid postback or callback argument.  Event validation is enabled using "
        "&lt;pages enableEventValidation=&quot;true&quot;/&gt; in configuration or &lt;%@ Page "
        "EnableEventValidation=&quot;true&quot; %&gt; in a page.</i> </h2></span>"
        "<b>Exception Details: </b>System.ArgumentException: Invalid postback or callback argument."
        "<br><hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET "
        "Framework Version:2.0.50727.5485; ASP.NET Version:2.0.50727.5491</body></html>"
    )
    return html(body, status=500)


# --------------------------------------------------------------------------- the site


def _int(value: str | None, default: int = -1) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default


class AspNetGridViewSite:
    """The school's WebForms application behind IIS (paths and query keys case-insensitive)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        form = request.form if request.method == "POST" else {}
        event_target = form.get("__EVENTTARGET", "")
        headers = {
            "X-Powered-By": "ASP.NET",
            "X-AspNet-Version": "2.0.50727",
            "Server": "Microsoft-IIS/7.5",
        }

        def page(body: str) -> Response:
            return html(body, headers={**headers, "Cache-Control": "private"})

        if low.startswith(("/userfiles/", "/images/", "/app_themes/", "/js/", "/flash/")):
            return static_file(path)
        if low in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, b"/* resource */", {"Content-Type": "application/x-javascript"})
        if low == "/captchaimage.axd":
            return Response(200, static_file("x.gif").body, {"Content-Type": "image/gif"})
        if low == "/favicon.ico":
            return static_file(path)
        if low == "/robots.txt":
            return Response(
                200, "User-agent: *\nDisallow: /Admin/\n", {"Content-Type": "text/plain"}
            )
        if request.method == "POST" and "ctl00$ibtnTimKiem.x" in form:
            q = form.get("ctl00$txtTuKhoa", "")
            q = "" if q == "Nhập từ khóa..." else q
            return redirect(f"/TimKiem.aspx?tukhoa={quote(q)}", 302)
        if low in ("/", "/default.aspx"):
            return page(_home())
        if low == "/tintuc.aspx":
            sid = _int(params.get("ma"))
            if sid in _BY_ID:
                return Response(301, b"", {**headers, "Location": f"/TinTuc/ChiTiet.aspx?ID={sid}"})
            return redirect("/Default.aspx", 302)
        if low == "/tintuc/danhsach.aspx":
            cat = _int(params.get("maloai"), 1)
            if cat not in CATS:
                cat = 1
            count = _page_count(len(in_cat(cat)), PAGE_SIZE)
            index = 0
            if request.method == "POST" and event_target == GRID:
                arg = form.get("__EVENTARGUMENT", "")
                if f"{GRID}|{arg}" not in _allowed(
                    form.get("__EVENTVALIDATION", ""), f"DanhSach{cat}"
                ):
                    return _yellow_screen()
                vs = _unblob(form.get("__VIEWSTATE", ""))
                current = 0
                if vs and vs[0] == "DanhSach" and vs[1].startswith(f"{cat}:"):
                    current = _int(vs[1].split(":")[1], 0)
                index = _new_index(arg, current, count)
            elif request.method == "POST":
                vs = _unblob(form.get("__VIEWSTATE", ""))
                if vs and vs[0] == "DanhSach" and vs[1].startswith(f"{cat}:"):
                    index = _int(vs[1].split(":")[1], 0)
            return page(_listing(cat, index))
        if low == "/tintuc/chitiet.aspx":
            raw = params.get("id", "")
            action = f"ChiTiet.aspx?ID={raw}"
            return page(_article(_BY_ID.get(_int(raw)), raw, action))
        if low == "/tintuc/intin.aspx":
            s = _BY_ID.get(_int(params.get("id")))
            return page(_print(s)) if s else redirect("/Default.aspx", 302)
        if low == "/tintuc/guiemail.aspx":
            s = _BY_ID.get(_int(params.get("id")))
            return (
                page(_email(s, f"GuiEmail.aspx?ID={s.id}")) if s else redirect("/Default.aspx", 302)
            )
        if low == "/gioithieu.aspx":
            i = _int(params.get("id"), 1)
            return page(_about(i if i in ABOUT else 1))
        if low == "/lienhe.aspx":
            return page(_contact())
        if low == "/vanban.aspx":
            count = _page_count(len(DOCS), DOC_PAGE_SIZE)
            index = 0
            if request.method == "POST" and event_target == DOC_GRID:
                arg = form.get("__EVENTARGUMENT", "")
                if f"{DOC_GRID}|{arg}" not in _allowed(form.get("__EVENTVALIDATION", ""), "VanBan"):
                    return _yellow_screen()
                index = _new_index(arg, 0, count)
            return page(_docs(index))
        if low == "/downloadfile.aspx":
            d = _DOC_BY_ID.get(_int(params.get("id")))
            if d is None:
                return redirect("/VanBan.aspx", 302)
            return Response(200, PDF, {**headers, "Content-Type": "application/pdf",
                                       "Content-Disposition": f"attachment; filename={d.file}"})  # fmt: skip
        if low == "/lichgiangday.aspx":
            offset = 0
            if request.method == "POST":
                vs = _unblob(form.get("__VIEWSTATE", ""))
                if vs and vs[0] == "LichGiangDay":
                    offset = _int(vs[1], 0)
                if event_target in (WEEK_PREV, WEEK_NEXT):
                    if event_target not in _allowed(
                        form.get("__EVENTVALIDATION", ""), "LichGiangDay"
                    ):
                        return _yellow_screen()
                    offset += 1 if event_target == WEEK_NEXT else -1
            offset = max(min(offset, 400_000), -100_000)
            return page(_timetable(offset))
        if low == "/thuvienanh/danhsachalbum.aspx":
            return page(_albums())
        if low == "/thuvienanh/album.aspx":
            a = _int(params.get("id"))
            return (
                page(_album(a)) if a in ALBUMS else redirect("/ThuVienAnh/DanhSachAlbum.aspx", 302)
            )
        if low == "/timkiem.aspx":
            return page(_search(params.get("tukhoa", "").strip()))
        if low == "/admin/login.aspx":
            return page(_login())
        return None


def build_site() -> AspNetGridViewSite:
    return AspNetGridViewSite()
