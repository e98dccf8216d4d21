"""Phòng Giáo dục và Đào tạo thị xã Phú Mỹ (tỉnh Bà Rịa - Vũng Tàu): ASP.NET WebForms 4.5 with
Microsoft.AspNet.FriendlyUrls, built by a local software company ("Thiết kế: Công ty TNHH
Phần mềm Sao Biển Vũng Tàu").

Platform
--------
One ``Site.Master`` wraps every page in the single WebForms ``<form id="form1" method="post">``
with ``__VIEWSTATE`` / ``__VIEWSTATEGENERATOR`` / ``__EVENTVALIDATION``, the ``__doPostBack``
script, ``WebResource.axd`` / ``ScriptResource.axd`` scripts and a ``ScriptManager``
(``ctl00$smMain``). Control ids are the 4.x "Predictable" ones (``MainContent_fvChiTiet_lblTieuDe``).
FriendlyUrls maps ``/TinTuc/ChiTiet/<id>/<slug>`` onto ``TinTuc/ChiTiet.aspx`` (URL segments; the
code reads segment 0 and ignores the rest) and redirects any ``X.aspx`` permanently to ``X``
keeping the query; the page falls back to ``?id=`` when there are no segments.

URL scheme
----------
- ``/`` home: "Tin nổi bật" slider, "Tin mới" (6 newest), one box per category (3 newest each).
- ``/TinTuc/DanhMuc/<catId>``: a ListView (3 items a page) in an UpdatePanel
  (``MainContent_upTinTuc``) with a DataPager whose page links are
  ``javascript:__doPostBack(&#39;ctl00$MainContent$dpTinTuc$ctl01$ctl01&#39;,&#39;&#39;)``. Page 2+
  exists only as the answer to a POST of the page's form (full page), or, with
  ``X-MicrosoftAjax: Delta=true`` and ``__ASYNCPOST=true``, as an MS-AJAX delta
  (``len|updatePanel|MainContent_upTinTuc|…|``). A POST whose ``__EVENTVALIDATION`` does not fit
  its ``__VIEWSTATE`` / target answers the 500 "Invalid postback or callback argument" page.
- ``/TinTuc/ChiTiet/<id>/<slug>`` articles (also ``/TinTuc/ChiTiet/<id>``,
  ``/TinTuc/ChiTiet?id=<id>``, any slug); ``/TinTuc/ChiTiet.aspx?id=<id>`` 301s to the latter.
- ``/VanBan`` (GridView of documents), ``/VanBan/ChiTiet/<id>`` document entries with PDFs under
  ``/Upload/VanBan/``; ``/GioiThieu``; ``/LienHe``; ``/ThuVienAnh`` and
  ``/ThuVienAnh/ChiTiet/<id>/<slug>`` (album); ``/TimKiem?tukhoa=`` (the master's search box posts
  the form, the server redirects there).

Page templates
--------------
Article: breadcrumb ``div.duongdan``; a FormView ``<table id="MainContent_fvChiTiet">`` (a
one-cell layout table) holding the headline ``span#…_lblTieuDe`` in ``div.tdct``, an info table
(Ngày đăng / Cập nhật / Lượt xem / Người đăng), the bold sapo ``span#…_lblTomTat``, the CKEditor
body ``div#…_pnlNoiDung.ndct``, the author field ``span#…_lblTacGia`` (right-aligned), a tool bar;
below the FormView "Các tin khác" (ListView of newer posts of the category) and a comment form.

How each gold article is reached
--------------------------------
Home "Tin mới": 1519, 1521, 1515, 1511, 1508, 1503; category boxes on home and page 1 of each
category add 1499, 1497, 1490; sidebar "Xem nhiều" links without slug (1519, 1503, 1490, 1499,
1497); the slider links old ``ChiTiet.aspx?id=`` URLs (1519, 1515, 1508). 1494, 1486, 1477 (page 2
of "Tin hoạt động") and 1465 (page 3) are reached ONLY through the DataPager postback.

Traps
-----
1. Pagination only by ``__doPostBack`` in an UpdatePanel: pages 2 and 3 of ``/TinTuc/DanhMuc/12``
   exist only as POST answers (form with its hidden fields, ``__EVENTTARGET`` = the pager button);
   the "Sau" button's meaning depends on the page in ``__VIEWSTATE``. Gold: 1494, 1486, 1477, 1465
   are articles; the POST answers are listings.
2. The pager's hrefs print the quotes as ``&#39;`` (``__doPostBack(&#39;…&#39;,&#39;&#39;)``) and
   the disabled "Đầu"/"Trước" buttons are ``<a class="aspNetDisabled">`` without href.
3. "Xem tiếp »" in each list item is a LinkButton: a postback that the server answers with a 302
   (or an MS-AJAX ``pageRedirect``) to the article already linked by the item's title and image.
   Gold: one article per id, the postback is no page of its own.
4. FriendlyUrls ignores the slug: sidebar "Xem nhiều" links ``/TinTuc/ChiTiet/<id>`` without
   slug, the home slider links the pre-FriendlyUrls ``/TinTuc/ChiTiet.aspx?id=<id>`` which 301s to
   ``/TinTuc/ChiTiet?id=<id>`` (200, same article), and a "Xem thêm" line in 1499 links 1511 under
   its slug from before the headline was edited. Gold: those are ``alt_paths``; the canonical is
   the ``/TinTuc/ChiTiet/<id>/<slug>`` of the listing (printed as ``<link rel="canonical">``).
5. The whole article sits in the FormView's layout table (``<table><tr><td colspan="2">``) and
   the Ngày đăng/Lượt xem bar is another table: they are no data table ("a | b" rows). Gold: body
   is the CKEditor paragraphs only. A real data table inside 1508 (results) IS body, row by row.
6. Photos with captions are CKEditor 2-row tables (``<tr><td><img></td></tr><tr><td><em>…``)
   or a centered italic ``<p>`` after the photo's ``<p>``: the caption line is no body text
   and no "img | caption" row. Gold: caption = the line, parentheses taken off.
7. Dates: the detail prints ``DateTime.ToString()`` in vi-VN, a 12-hour clock with SA/CH
   ("04/12/2026 4:45:00 CH" = 16:45, "03/11/2026 12:15:00 CH" = 12:15 noon, "12:00:00 SA" =
   midnight = day only), next to "Cập nhật: …" (update, not publication); the listings and "Các
   tin khác" print ``{0:MM/dd/yyyy}`` month first ("(12/04/2026)"). Gold: detail's Ngày đăng.
8. The headline is a ``<span>`` in ``div.tdct`` while the page's only ``<h1>`` is the site
   banner ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ PHÚ MỸ") and the ``<h3>``s are sidebar boxes.
   Gold: title = lblTieuDe's text (also the ``<title>`` before " | PGD&ĐT Phú Mỹ").
9. Bylines in three forms: the author field ``lblTacGia`` "ThS. Lê Văn Tâm - Phó Trưởng phòng"
   (degree and post dropped), a unit alone ("Tổ Văn phòng", "Trường MN Hoa Sen"), typed in the
   body right-aligned ("Tin, ảnh: Ngọc Hân", "Tin: Phạm Thu Hà - Ảnh: Lê Minh Đức"); the info bar
   prints "Người đăng: ptthao" / "admin" (CMS account: nobody).
10. CKEditor's ``config.entities``: Latin-1 letters written as named entities (``&agrave;``,
    ``&ecirc;``) while the other Vietnamese letters stay raw UTF-8, in 1511 and 1490. Gold: the
    decoded text, NFC.
11. Word paste in 1503: ``<p class="MsoNormal">`` with ``<o:p>&nbsp;</o:p>`` empty paragraphs and
    spacer ``<p>&nbsp;</p>`` between paragraphs: no empty paragraphs in the body.
12. "Tệp đính kèm:" line with a PDF link in 1521 and "Xem thêm:" line in 1499, a "Nguồn: Báo Bà
    Rịa - Vũng Tàu" line in 1465 (source keeps its inner " - "); not body.

Gold decisions on ambiguous points
----------------------------------
- The sapo (lblTomTat, bold span outside the body) is the summary and the body's first
  paragraph; 1486 and 1521 print an empty lblTomTat: summary null (the meta description is the
  body's first 150 characters, no sapo).
- "Ảnh: Minh Trí" under the photo in 1503 is a credit: caption None, photographer "Minh Trí".
- 1521 prints "12:00:00 SA": published_at is the day "2026-12-04".
- category = the breadcrumb's last item (the category's name as the menu prints it).
- The POST answers of the listings, the search page, the albums and the document entries are no
  articles; only the GioiThieu/LienHe/VanBan/album pages are listed as NON_ARTICLES.
"""

from __future__ import annotations

import re
from html.entities import codepoint2name
from urllib.parse import parse_qs, quote, unquote

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "aspnet_friendlyurls_pgd"
PLATFORM = "ASP.NET WebForms 4.5 + FriendlyUrls (ListView/DataPager postback, UpdatePanel)"
START_PATH = "/"

HEADER_DATE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS: dict[int, str] = {
    12: "Tin hoạt động",
    15: "Giáo dục Mầm non",
    16: "Giáo dục Tiểu học",
    17: "Giáo dục THCS",
    20: "Thông báo",
}

UP = "/Upload/TinTuc/2026"


def _img(src: str, printed: str | None, caption: str | None, style: str = "tbl") -> Img:
    return Img(f"{UP}/{src}", printed, caption, style)


# --- the articles ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1519,
        slug="hoi-nghi-so-ket-cong-tac-chuyen-mon-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026-2027",
        cat="Tin hoạt động",
        published_at="2026-12-04T16:45:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, Phòng Giáo dục và Đào tạo thị xã Phú Mỹ tổ chức Hội nghị sơ kết "
            "công tác chuyên môn học kỳ I năm học 2026-2027 với sự tham dự của hơn 120 cán bộ quản lý "
            "các trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội nghị, lãnh đạo Phòng đã đánh giá kết quả thực hiện nhiệm vụ trọng tâm của học kỳ I, "
                "trong đó nổi bật là việc triển khai Chương trình giáo dục phổ thông 2018 ở tất cả các khối "
                "lớp và việc ứng dụng công nghệ thông tin trong quản lý hồ sơ chuyên môn."
            ),
            _img(
                "12/1519-hoinghi-01.jpg",
                "Ông Lê Văn Tâm, Phó Trưởng phòng GD&ĐT phát biểu tại hội nghị",
                "Ông Lê Văn Tâm, Phó Trưởng phòng GD&ĐT phát biểu tại hội nghị",
            ),
            P(
                "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như việc đổi mới "
                "kiểm tra, đánh giá ở một số trường còn lúng túng, việc bồi dưỡng học sinh yếu chưa thật "
                "sự hiệu quả."
            ),
            P("Nhiệm vụ trọng tâm học kỳ II", "h"),
            P(
                "Các đơn vị tiếp tục rà soát kế hoạch giáo dục nhà trường, tăng cường sinh hoạt chuyên môn "
                "theo nghiên cứu bài học và chuẩn bị tốt cho kỳ kiểm tra cuối năm."
            ),
            _img(
                "12/1519-hoinghi-02.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
            ),
        ],
        authors=["Lê Văn Tâm"],
        opts={
            "cat_id": 12,
            "ngay": "04/12/2026 4:45:00 CH",
            "capnhat": "05/12/2026 8:02:11 SA",
            "nguoidang": "ptthao",
            "tacgia": "ThS. Lê Văn Tâm - Phó Trưởng phòng",
        },
    ),
    Story(
        id=1521,
        slug="thong-bao-tuyen-dung-vien-chuc-su-nghiep-giao-duc-nam-2026",
        title="THÔNG BÁO Tuyển dụng viên chức sự nghiệp giáo dục thị xã Phú Mỹ năm 2026",
        cat="Thông báo",
        published_at="2026-12-04",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215/KH-UBND ngày 28/11/2026 của Ủy ban nhân dân thị xã Phú Mỹ về việc "
                "tuyển dụng viên chức sự nghiệp giáo dục năm 2026, Phòng Giáo dục và Đào tạo thông báo "
                "tuyển dụng như sau:"
            ),
            P("1. Số lượng cần tuyển: 46 chỉ tiêu, gồm 18 giáo viên mầm non, 16 giáo viên tiểu học và 12 giáo viên trung học cơ sở.", "li"),
            P("2. Thời gian nhận hồ sơ: từ ngày 07/12/2026 đến hết ngày 05/01/2027 (trong giờ hành chính).", "li"),
            P("3. Địa điểm nhận hồ sơ: Phòng Giáo dục và Đào tạo thị xã Phú Mỹ, số 08 đường Độc Lập, phường Phú Mỹ.", "li"),
            P("Thí sinh xem chi tiết điều kiện, hồ sơ đăng ký dự tuyển trong tệp đính kèm."),
            Raw(
                '<p><img alt="" src="/Images/icons/pdf.gif" /> <strong>Tệp đính kèm:</strong> '
                '<a href="/Upload/VanBan/2026/TB-tuyen-dung-vien-chuc-2026.pdf" target="_blank">'
                "TB-tuyen-dung-vien-chuc-2026.pdf</a> (312 KB)</p>"
            ),
        ],
        opts={"cat_id": 20, "ngay": "04/12/2026 12:00:00 SA", "nguoidang": "admin"},
    ),
    Story(
        id=1515,
        slug="chuyen-de-xay-dung-truong-mam-non-lay-tre-lam-trung-tam",
        title="Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” tại Trường MN Hoa Sen",
        cat="Giáo dục Mầm non",
        published_at="2026-12-02T11:10:00+07:00",
        summary=(
            "Sáng 01/12/2026, Trường Mầm non Hoa Sen (phường Tân Phước) tổ chức chuyên đề cấp thị xã "
            "“Xây dựng trường mầm non lấy trẻ làm trung tâm” cho cán bộ quản lý và giáo viên cốt cán "
            "các trường mầm non."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các đại biểu đã tham quan môi trường giáo dục trong và ngoài lớp học, dự hoạt động trải "
                "nghiệm của trẻ 5 tuổi với chủ đề “Bé làm bánh tráng quê em”."
            ),
            _img(
                "12/1515-hoasen-01.jpg",
                "(Trẻ lớp Lá 2 tham gia hoạt động trải nghiệm)",
                "Trẻ lớp Lá 2 tham gia hoạt động trải nghiệm",
                "next",
            ),
            P(
                "Qua chuyên đề, giáo viên được trao đổi kinh nghiệm tổ chức góc chơi mở, sử dụng nguyên vật "
                "liệu sẵn có ở địa phương để trẻ được tự khám phá, tự trải nghiệm."
            ),
            _img(
                "12/1515-hoasen-02.jpg",
                "(Góc chơi dân gian được trang trí từ vật liệu tái chế)",
                "Góc chơi dân gian được trang trí từ vật liệu tái chế",
                "next",
            ),
        ],
        authors=["Trường MN Hoa Sen"],
        opts={"cat_id": 15, "ngay": "02/12/2026 11:10:00 SA", "nguoidang": "mnhoasen", "tacgia": "Trường MN Hoa Sen"},
    ),
    Story(
        id=1511,
        slug="hoi-thi-giao-vien-day-gioi-cap-thi-xa-bac-thcs-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp thị xã bậc THCS năm học 2026-2027",
        cat="Tin hoạt động",
        published_at="2026-11-28T10:20:00+07:00",
        summary=(
            "Từ ngày 23 đến 27/11/2026, Phòng GD&ĐT thị xã Phú Mỹ tổ chức Hội thi giáo viên dạy giỏi "
            "cấp thị xã bậc THCS với 64 giáo viên của 9 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai "
                "tiết dạy trên lớp. Ban giám khảo gồm các chuyên viên Phòng và giáo viên cốt cán của thị xã."
            ),
            _img(
                "11/1511-gvdg-01.jpg",
                "Cô Trần Thị Mỹ Hạnh (Trường THCS Mỹ Xuân) trong tiết dạy môn Ngữ văn",
                "Cô Trần Thị Mỹ Hạnh (Trường THCS Mỹ Xuân) trong tiết dạy môn Ngữ văn",
                "next",
            ),
            P(
                "Kết quả, 52 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã, trong đó có 14 giáo viên "
                "được chọn tham dự hội thi cấp tỉnh vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Hân</strong></p>'),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        opts={"cat_id": 12, "ngay": "28/11/2026 10:20:00 SA", "nguoidang": "ptthao", "entities": True,
              "old_slug": "phu-my-to-chuc-hoi-thi-giao-vien-day-gioi-thcs"},
    ),
    Story(
        id=1508,
        slug="giao-luu-olympic-tieng-anh-tieu-hoc-cap-thi-xa",
        title="Giao lưu Olympic Tiếng Anh tiểu học cấp thị xã năm 2026",
        cat="Giáo dục Tiểu học",
        published_at="2026-11-25T16:00:00+07:00",
        summary=(
            "Ngày 24/11/2026, 180 học sinh lớp 5 của 22 trường tiểu học đã tham gia giao lưu Olympic "
            "Tiếng Anh cấp thị xã tại Trường Tiểu học Nguyễn Trãi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học sinh làm bài thi trên máy tính gồm các kỹ năng nghe, đọc, viết và tham gia phần thi "
                "nói trực tiếp với giám khảo. Kết quả giao lưu của các đơn vị dẫn đầu như sau:"
            ),
            P("Đơn vị | Giải Nhất | Giải Nhì | Giải Ba", "tr"),
            P("TH Nguyễn Trãi | 3 | 5 | 6", "tr"),
            P("TH Mỹ Xuân A | 2 | 4 | 5", "tr"),
            P("TH Phước Hòa | 1 | 3 | 4", "tr"),
            P(
                "Ban tổ chức đã trao 12 giải Nhất, 25 giải Nhì, 38 giải Ba và 41 giải Khuyến khích cho các "
                "học sinh đạt thành tích cao."
            ),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={"cat_id": 16, "ngay": "25/11/2026 4:00:00 CH", "nguoidang": "nvhung", "tacgia": "Bộ phận Tiểu học"},
    ),
    Story(
        id=1503,
        slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin hoạt động",
        published_at="2026-11-18T15:05:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), chiều 18/11, "
            "Phòng GD&ĐT phối hợp Công đoàn ngành Giáo dục thị xã tổ chức buổi tọa đàm gặp mặt các thế "
            "hệ nhà giáo."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi tọa đàm có sự tham dự của đại diện lãnh đạo Thị ủy, UBND thị xã cùng hơn 80 nhà giáo "
                "đã nghỉ hưu và đang công tác.",
                "mso",
            ),
            Raw('<p class="MsoNormal" style="text-align:justify"><o:p>&nbsp;</o:p></p>'),
            P(
                "Các đại biểu cùng ôn lại truyền thống vẻ vang của ngành, chia sẻ những kỷ niệm sâu sắc về "
                "những năm tháng đứng lớp ở vùng đất Tân Thành - Phú Mỹ còn nhiều khó khăn.",
                "mso",
            ),
            Raw("<p>&nbsp;</p>"),
            _img("11/1503-toadam.jpg", "Ảnh: Minh Trí", None, "next"),
            P(
                "Dịp này, Phòng GD&ĐT đã trao tặng 25 suất quà cho các nhà giáo có hoàn cảnh khó khăn.",
                "mso",
            ),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        photographers=["Minh Trí"],
        opts={"cat_id": 12, "ngay": "18/11/2026 3:05:00 CH", "capnhat": "19/11/2026 9:14:37 SA",
              "nguoidang": "ptthao", "tacgia": "Nguyễn Thị Hồng Nhung - Trường THCS Mỹ Xuân"},
    ),
    Story(
        id=1499,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa",
        title="Kết quả kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027",
        cat="Giáo dục THCS",
        published_at="2026-11-17T09:30:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026-2027 diễn ra ngày 14/11/2026 với "
            "612 thí sinh dự thi 9 môn văn hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kết quả có 287 thí sinh đạt giải, gồm 21 giải Nhất, 58 giải Nhì, 96 giải Ba và 112 giải "
                "Khuyến khích. Trường THCS Phú Mỹ dẫn đầu với 46 giải."
            ),
            P(
                "Phòng GD&ĐT sẽ thành lập đội tuyển dự thi cấp tỉnh từ các thí sinh đạt giải cao và tổ chức "
                "bồi dưỡng tập trung từ ngày 01/12/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/TinTuc/ChiTiet/1511/phu-my-to-chuc-hoi-thi-giao-vien-day-gioi-thcs">'
                "Phú Mỹ tổ chức Hội thi giáo viên dạy giỏi THCS</a></em></p>"
            ),
        ],
        authors=["Lê Thị Thanh Xuân"],
        opts={"cat_id": 17, "ngay": "17/11/2026 9:30:00 SA", "nguoidang": "ltxuan",
              "tacgia": "Lê Thị Thanh Xuân - Chuyên viên"},
    ),
    Story(
        id=1497,
        slug="to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        title="Tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học",
        cat="Thông báo",
        published_at="2026-11-14T14:30:00+07:00",
        summary=(
            "Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học "
            "2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Đối tượng: giáo viên đang làm công tác chủ nhiệm lớp tại các trường tiểu học công lập và tư thục.", "li"),
            P("Thời gian: vòng thi hồ sơ từ ngày 05/01/2027; vòng thi thực hành từ ngày 18/01/2027.", "li"),
            P("Các đơn vị gửi danh sách giáo viên dự thi về Phòng (bộ phận Tiểu học) trước ngày 20/12/2026."),
        ],
        opts={"cat_id": 20, "ngay": "14/11/2026 2:30:00 CH", "nguoidang": "admin"},
    ),
    Story(
        id=1494,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        cat="Tin hoạt động",
        published_at="2026-11-12T09:00:00+07:00",
        summary=(
            "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn chuyển đổi số trong quản lý "
            "trường học cho 96 cán bộ quản lý các trường."
        ),
        sapo_outside=True,
        blocks=[
            P("Nội dung tập huấn tập trung vào các chuyên đề:"),
            P("Quản lý hồ sơ điện tử và chữ ký số trong nhà trường;", "li"),
            P("Khai thác cơ sở dữ liệu ngành phục vụ công tác thống kê, báo cáo;", "li"),
            P("Bảo đảm an toàn thông tin khi sử dụng các phần mềm quản lý.", "li"),
            _img("11/1494-taphuan.jpg", None, None, "alt"),
            P(
                "Kết thúc lớp tập huấn, các học viên thực hành ký số văn bản và nộp báo cáo trực tuyến trên hệ "
                "thống của ngành."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"cat_id": 12, "ngay": "12/11/2026 9:00:00 SA", "nguoidang": "ptthao", "tacgia": "Tổ Văn phòng"},
    ),
    Story(
        id=1490,
        slug="hoi-thi-be-vui-hoc-an-toan-giao-thong-cap-thi-xa",
        title="Hội thi “Bé vui học an toàn giao thông” cấp thị xã",
        cat="Giáo dục Mầm non",
        published_at="2026-11-07T08:45:00+07:00",
        summary=(
            "Sáng 06/11/2026, tại Trường Mầm non Sơn Ca, Phòng GD&ĐT tổ chức Hội thi “Bé vui học an toàn "
            "giao thông” dành cho trẻ mẫu giáo 5-6 tuổi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi có 15 đội đến từ các trường mầm non trên địa bàn thị xã, mỗi đội gồm 5 bé tham gia ba "
                "phần thi: chào hỏi, hiểu biết và năng khiếu."
            ),
            _img(
                "11/1490-atgt-01.jpg",
                "Đội Trường MN Sơn Ca trong phần thi năng khiếu",
                "Đội Trường MN Sơn Ca trong phần thi năng khiếu",
            ),
            P(
                "Ban tổ chức trao giải Nhất cho đội Trường MN Sơn Ca, giải Nhì cho Trường MN Tân Hòa và Trường "
                "MN Hoàng Oanh."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Phạm Thu Hà - Ảnh: Lê Minh Đức</em></p>'),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Lê Minh Đức"],
        opts={"cat_id": 15, "ngay": "07/11/2026 8:45:00 SA", "nguoidang": "pthha", "entities": True},
    ),
    Story(
        id=1486,
        slug="phat-dong-cuoc-thi-tim-hieu-phap-luat-truc-tuyen",
        title="Phát động cuộc thi tìm hiểu pháp luật trực tuyến hưởng ứng Ngày Pháp luật Việt Nam",
        cat="Tin hoạt động",
        published_at="2026-11-03T12:15:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 09/11, Phòng GD&ĐT thị xã "
                "Phú Mỹ phát động cuộc thi tìm hiểu pháp luật trực tuyến dành cho cán bộ, giáo viên, nhân viên "
                "toàn ngành.",
                "div",
            ),
            P(
                "Cuộc thi diễn ra từ ngày 03/11 đến ngày 30/11/2026 trên trang thi trực tuyến của thị xã, mỗi "
                "tuần có một đợt thi với 20 câu hỏi trắc nghiệm.",
                "div",
            ),
            P(
                "Theo kế hoạch, mỗi đơn vị phải có ít nhất 80% cán bộ, giáo viên tham gia.",
                "div",
            ),
            Raw('<div style="text-align: right;"><strong><em>Thanh Tùng</em></strong></div>'),
        ],
        authors=["Thanh Tùng"],
        opts={"cat_id": 12, "ngay": "03/11/2026 12:15:00 CH", "nguoidang": "ptthao"},
    ),
    Story(
        id=1477,
        slug="hoi-khoe-phu-dong-cap-thi-xa-nam-hoc-2026-2027",
        title="Sôi nổi Hội khỏe Phù Đổng cấp thị xã năm học 2026-2027",
        cat="Tin hoạt động",
        published_at="2026-10-21T17:40:00+07:00",
        summary=(
            "Hội khỏe Phù Đổng cấp thị xã năm học 2026-2027 đã bế mạc chiều 21/10 sau 5 ngày tranh tài sôi "
            "nổi với hơn 900 vận động viên là học sinh tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các vận động viên tranh tài ở 8 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng bàn, cờ vua, "
                "đá cầu và võ thuật."
            ),
            _img(
                "10/1477-hkpd.jpg",
                "(Lễ khai mạc Hội khỏe Phù Đổng cấp thị xã)",
                "Lễ khai mạc Hội khỏe Phù Đổng cấp thị xã",
            ),
            P(
                "Kết quả toàn đoàn, Trường THCS Phú Mỹ xếp hạng Nhất khối THCS, Trường TH Mỹ Xuân A xếp hạng Nhất "
                "khối tiểu học."
            ),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"cat_id": 12, "ngay": "21/10/2026 5:40:00 CH", "nguoidang": "ptthao",
              "tacgia": "CN. Trần Quốc Bảo - Chuyên viên"},
    ),
    Story(
        id=1465,
        slug="doan-cong-tac-so-gd-dt-kiem-tra-cong-tac-dau-nam-hoc",
        title="Đoàn công tác Sở GD&ĐT kiểm tra công tác đầu năm học tại thị xã Phú Mỹ",
        cat="Tin hoạt động",
        published_at="2026-10-08T14:00:00+07:00",
        summary=(
            "Ngày 07/10/2026, đoàn công tác của Sở GD&ĐT tỉnh Bà Rịa - Vũng Tàu do Phó Giám đốc Sở làm "
            "trưởng đoàn đã kiểm tra công tác chuẩn bị năm học mới tại thị xã Phú Mỹ."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đoàn đã đến kiểm tra cơ sở vật chất, đội ngũ và việc thực hiện kế hoạch giáo dục tại Trường "
                "THCS Hắc Dịch và Trường Tiểu học Châu Pha."
            ),
            P(
                "Phó Giám đốc Sở ghi nhận sự chuẩn bị chu đáo của ngành giáo dục thị xã, đồng thời đề nghị tiếp "
                "tục tham mưu đầu tư phòng học bộ môn cho các trường THCS."
            ),
            Raw('<p style="text-align: right;"><strong>Hoàng Yến</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bà Rịa - Vũng Tàu</em></p>'),
        ],
        authors=["Hoàng Yến"],
        source="Báo Bà Rịa - Vũng Tàu",
        opts={"cat_id": 12, "ngay": "08/10/2026 2:00:00 CH", "nguoidang": "ptthao"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the listing order of the platform: newest first (ties broken by id)
NEWEST = sorted(STORIES, key=lambda s: s.published_at if "T" in s.published_at else s.published_at + "T00:00", reverse=True)
XEM_NHIEU = [1519, 1503, 1490, 1499, 1497]
NOI_BAT = [1519, 1515, 1508]


def in_cat(cat_id: int) -> list[Story]:
    return [s for s in NEWEST if s.opts["cat_id"] == cat_id]


def pages_of(cat_id: int) -> int:
    return max(1, -(-len(in_cat(cat_id)) // PAGE_SIZE))


def href(story: Story) -> str:
    return f"/TinTuc/ChiTiet/{story.id}/{story.slug}"


def list_date(story: Story) -> str:
    """``{0:MM/dd/yyyy}``: month first."""
    y, m, d = story.published_at[:10].split("-")
    return f"{m}/{d}/{y}"


# --- text --------------------------------------------------------------------------------------


def ck_entities(markup: str) -> str:
    """CKEditor's ``config.entities``: Latin-1 letters as named entities, the rest left raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>\n" + "".join(f"\t<li>{esc(g.text)}</li>\n" for g in group) + "</ul>")
            else:
                rows = []
                for n, g in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | "))
                    rows.append(f"\t\t<tr>{cells}</tr>\n")
                out.append(
                    '<table border="1" cellpadding="2" cellspacing="0" style="width:100%">\n\t<tbody>\n'
                    + "".join(rows)
                    + "\t</tbody>\n</table>"
                )
        elif isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{esc(b.text)}</div>')
            elif b.style == "mso":
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                    '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
                    f'serif">{esc(b.text)}<o:p></o:p></span></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            img = f'<img alt="" src="{esc(b.src)}" style="width: 600px; height: 400px;" />'
            if b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 600px;">\n'
                    f"\t<tbody>\n\t\t<tr>\n\t\t\t<td>{img}</td>\n\t\t</tr>\n\t\t<tr>\n"
                    f'\t\t\t<td style="text-align: center;"><em>{esc(b.printed or "")}</em></td>\n'
                    "\t\t</tr>\n\t</tbody>\n</table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{img}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{img}</p>')
        else:
            out.append(b.html)
        i += 1
    body = "\n".join(out)
    return ck_entities(body) if story.opts.get("entities") else body


# --- WebForms state ----------------------------------------------------------------------------

_VS_PREFIX = b"\xff\x01\x0f\x0f\x05\x0a-1843901847"


def viewstate(key: str) -> str:
    return opaque("vs|" + key, 420, _VS_PREFIX)


def eventvalidation(key: str) -> str:
    return opaque("ev|" + key, 180, b"\xff\x01\x16")


def pager_target(field: int, button: int) -> str:
    return f"ctl00$MainContent$dpTinTuc$ctl{field:02d}$ctl{button:02d}"


def item_target(n: int) -> str:
    return f"ctl00$MainContent$lvTinTuc$ctrl{n}$lbtXemTiep"


def postback_href(target: str) -> str:
    return f"javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)"


def _doc_title(text: str) -> str:
    return f"{esc(text)} | PGD&amp;ĐT Phú Mỹ"


SCRIPTS = (
    '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZNZr42xUqmA1cu5uT6JWy71MV02kNwuLGL617JfsWitq'
    'yEH95ghg0vOv5SXTdqlkvg2&amp;t=638285899360000000" type="text/javascript"></script>\n'
    '<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvqVcwXGjMk8-88NaNkHEqLBRKOFWgXh5S9Z4B9ic'
    'ZqTqg0Wl7jYB1b8KcXYIDdfLpr3p0&amp;t=ffffffffc820c398" type="text/javascript"></script>\n'
    '<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OFX9ndQ1kFmvI1A2c4ObNWWrZUgMEeBlR5cGAuq'
    '2m8Fp9UjF3XQ1Ok2R4nF0gcG6gQ2&amp;t=ffffffffc820c398" type="text/javascript"></script>\n'
)


def page(
    request: Request,
    *,
    title: str,
    action: str,
    state_key: str,
    main: str,
    description: str = "",
    canonical: str | None = None,
    has_panel: bool = False,
) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{esc(canonical)}" />' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    panels = "['tctl00$MainContent$upTinTuc','MainContent_upTinTuc']" if has_panel else "[]"
    menu_cats = "".join(
        f'<li><a href="/TinTuc/DanhMuc/{cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
    )
    xem_nhieu = "".join(
        f'<li><a href="/TinTuc/ChiTiet/{sid}">{esc(BY_ID[sid].title)}</a></li>' for sid in XEM_NHIEU
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>
	{_doc_title(title)}
</title><link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/Site.css" rel="stylesheet"/>
<link href="/favicon.ico" rel="shortcut icon" type="image/x-icon" />{desc}{canon}</head>
<body>
    <form method="post" action="{esc(action)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(state_key)}" />
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

{SCRIPTS}
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{eventvalidation(state_key)}" />
</div>
        <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$smMain', 'form1', {panels}, [], [], 90, 'ctl00');
//]]>
</script>

<div id="top-bar"><div class="container"><span id="lblNgayHienTai">{HEADER_DATE}</span>
  <span class="lienket-top"><a href="/LienHe">Liên hệ</a> | <a href="https://mail.baria-vungtau.edu.vn" target="_blank">Email công vụ</a></span></div></div>
<div id="banner"><div class="container"><a href="/"><img src="/Images/logo-pgd.png" alt="Logo" /></a>
  <h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ PHÚ MỸ</h1><div class="slogan">Tỉnh Bà Rịa - Vũng Tàu</div></div></div>
<div id="mainmenu"><ul class="nav-menu">
  <li><a href="/">Trang chủ</a></li>
  <li class="has-sub"><a href="/GioiThieu">Giới thiệu</a><ul class="sub"><li><a href="/GioiThieu">Chức năng nhiệm vụ</a></li><li><a href="/LienHe">Liên hệ</a></li></ul></li>
  <li class="has-sub"><a href="/TinTuc/DanhMuc/12">Tin tức</a><ul class="sub">{menu_cats}</ul></li>
  <li><a href="/VanBan">Văn bản</a></li>
  <li><a href="/ThuVienAnh">Thư viện ảnh</a></li>
  <li><a href="/LienHe">Liên hệ</a></li>
</ul>
<div class="timkiem"><input name="ctl00$txtTimKiem" type="text" id="txtTimKiem" placeholder="Nhập từ khóa..." />
<input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="btnTimKiem" /></div></div>
<div class="container"><div class="row">
<div class="col-md-8" id="noidungchinh">
{main}
</div>
<div class="col-md-4" id="cotphai">
  <div class="box"><h3 class="box-title">Tin xem nhiều</h3><ul class="ds-xemnhieu">{xem_nhieu}</ul></div>
  <div class="box"><h3 class="box-title">Liên kết</h3><ul>
    <li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
    <li><a href="https://sgddt.baria-vungtau.gov.vn" target="_blank">Sở GD&amp;ĐT Bà Rịa - Vũng Tàu</a></li>
    <li><a href="https://phumy.baria-vungtau.gov.vn" target="_blank">Cổng TTĐT thị xã Phú Mỹ</a></li></ul></div>
  <div class="box"><h3 class="box-title">Thăm dò ý kiến</h3>
    <div id="ucBinhChon_pnlBinhChon"><p>Bạn quan tâm nội dung nào trên cổng thông tin?</p>
    <table id="ucBinhChon_rblBinhChon"><tr><td><input id="ucBinhChon_rblBinhChon_0" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="1" /><label for="ucBinhChon_rblBinhChon_0">Tin hoạt động</label></td></tr>
    <tr><td><input id="ucBinhChon_rblBinhChon_1" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="2" /><label for="ucBinhChon_rblBinhChon_1">Văn bản chỉ đạo</label></td></tr>
    <tr><td><input id="ucBinhChon_rblBinhChon_2" type="radio" name="ctl00$ucBinhChon$rblBinhChon" value="3" /><label for="ucBinhChon_rblBinhChon_2">Tuyển sinh</label></td></tr></table>
    <input type="submit" name="ctl00$ucBinhChon$btnBieuQuyet" value="Biểu quyết" id="ucBinhChon_btnBieuQuyet" /></div></div>
  <div class="box"><h3 class="box-title">Thống kê truy cập</h3>
    <table class="thongke"><tr><td>Đang online:</td><td><span id="lblOnline">27</span></td></tr>
    <tr><td>Hôm nay:</td><td><span id="lblHomNay">1.204</span></td></tr>
    <tr><td>Tổng truy cập:</td><td><span id="lblTong">2.381.560</span></td></tr></table></div>
</div>
</div></div>
<div id="footer"><div class="container">
  <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ PHÚ MỸ</strong></p>
  <p>Địa chỉ: Số 08 đường Độc Lập, phường Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu</p>
  <p>Điện thoại: 0254.3876.123 - Email: pgddt.phumy@baria-vungtau.edu.vn</p>
  <p>Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT thị xã Phú Mỹ</p>
  <p class="copyright">© 2026 Bản quyền thuộc Phòng GD&amp;ĐT thị xã Phú Mỹ. Thiết kế: Công ty TNHH Phần mềm Sao Biển Vũng Tàu</p>
</div></div>
</form>
</body>
</html>
"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, link in items:
        parts.append(f'<a href="{link}">{esc(label)}</a>' if link else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


# --- listings ----------------------------------------------------------------------------------


def _teaser(s: Story) -> str:
    text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return text if len(text) < 160 else text[:157].rsplit(" ", 1)[0] + "..."


def list_panel(cat_id: int, page_no: int) -> str:
    """The inner HTML of ``MainContent_upTinTuc`` for a page (0-based)."""
    stories = in_cat(cat_id)[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
    items = []
    for n, s in enumerate(stories):
        link = href(s)
        items.append(
            f"""<div class="itemTin">
    <a id="MainContent_lvTinTuc_hlAnh_{n}" href="{link}"><img id="MainContent_lvTinTuc_imgAnh_{n}" class="anhTin" src="/Upload/TinTuc/thumb/{s.id}.jpg" alt="" /></a>
    <div class="ttTin"><a id="MainContent_lvTinTuc_hlTieuDe_{n}" class="tdTin" href="{link}">{esc(s.title)}</a>
    <span class="ngayTin">({list_date(s)})</span>
    <div class="tomtatTin">{esc(_teaser(s))}</div>
    <a id="MainContent_lvTinTuc_lbtXemTiep_{n}" class="xemtiep" href="{postback_href(item_target(n))}">Xem tiếp »</a></div>
</div>"""
        )
    total = pages_of(cat_id)
    pager = ['<span id="MainContent_dpTinTuc">']
    if page_no == 0:
        pager.append('<a class="aspNetDisabled">Đầu</a>&nbsp;<a class="aspNetDisabled">Trước</a>&nbsp;')
    else:
        pager.append(
            f'<a href="{postback_href(pager_target(0, 0))}">Đầu</a>&nbsp;'
            f'<a href="{postback_href(pager_target(0, 1))}">Trước</a>&nbsp;'
        )
    for k in range(total):
        if k == page_no:
            pager.append(f'<span class="current">{k + 1}</span>&nbsp;')
        else:
            pager.append(f'<a href="{postback_href(pager_target(1, k))}">{k + 1}</a>&nbsp;')
    if page_no == total - 1:
        pager.append('<a class="aspNetDisabled">Sau</a>&nbsp;<a class="aspNetDisabled">Cuối</a>')
    else:
        pager.append(
            f'<a href="{postback_href(pager_target(2, 0))}">Sau</a>&nbsp;'
            f'<a href="{postback_href(pager_target(2, 1))}">Cuối</a>'
        )
    pager.append("</span>")
    return (
        '\n<div class="dsTin">\n' + "\n".join(items) + '\n</div>\n<div class="phantrang">'
        + "".join(pager) + f'<span class="tongtrang">Trang {page_no + 1}/{total}</span></div>\n'
    )


def list_key(cat_id: int, page_no: int) -> str:
    return f"DanhMuc/{cat_id}/{page_no}"


def list_page(request: Request, cat_id: int, page_no: int) -> str:
    name = CATS[cat_id]
    main = (
        breadcrumb(("Tin tức", "/TinTuc/DanhMuc/12"), (name, None))
        + f'\n<h2 class="tieudeDM"><span id="MainContent_lblTenDM">{esc(name)}</span></h2>\n'
        + f'<div id="MainContent_upTinTuc">{list_panel(cat_id, page_no)}</div>'
    )
    return page(
        request,
        title=name,
        action=f"./{cat_id}",
        state_key=list_key(cat_id, page_no),
        main=main,
        has_panel=True,
        canonical=f"/TinTuc/DanhMuc/{cat_id}",
    )


def _delta(parts: list[tuple[str, str, str]]) -> str:
    return "1|#||4|" + "".join(f"{len(c)}|{t}|{i}|{c}|" for t, i, c in parts)


_YSOD = """<!DOCTYPE html>
<html>
    <head>
        <title>Invalid postback or callback argument.</title>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>Invalid postback or callback argument.  Event validation is enabled using &lt;pages enableEventValidation="true"/&gt; in configuration or &lt;%@ Page EnableEventValidation="true" %&gt; in a page.</i> </h2></span>
            <b> Exception Details: </b>System.ArgumentException: Invalid postback or callback argument.<br><br>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4494.0
    </body>
</html>
"""


def _header(request: Request, name: str) -> str:
    for key, value in request.headers.items():
        if key.lower() == name.lower():
            return value
    return ""


class Site:
    def __init__(self) -> None:
        self.list_states: dict[str, tuple[int, int]] = {}
        for cat_id in CATS:
            for p in range(pages_of(cat_id)):
                self.list_states[viewstate(list_key(cat_id, p))] = (cat_id, p)

    # -- routing --------------------------------------------------------------------------------

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Upload/", "/Images/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/WebResource.axd", "/ScriptResource.axd"):
            return Response(200, b"/* ms ajax */", {"Content-Type": "application/x-javascript"})
        if request.method == "POST" and "ctl00$btnTimKiem" in request.form:
            return redirect("/TimKiem?tukhoa=" + quote(request.form.get("ctl00$txtTimKiem", "")))
        # FriendlyUrls: X.aspx -> X, permanently, query kept
        m = re.fullmatch(r"(/.*?)\.aspx(/.*)?", path)
        if m:
            target = "/" if m.group(1).lower() == "/default" else m.group(1) + (m.group(2) or "")
            return redirect(target + (f"?{request.query}" if request.query else ""), 301)
        if path == "/":
            return html(self.home(request))
        m = re.fullmatch(r"/TinTuc/DanhMuc/(\d+)", path)
        if m and int(m.group(1)) in CATS:
            return self.listing(request, int(m.group(1)))
        m = re.fullmatch(r"/TinTuc/ChiTiet(?:/(\d+)(?:/[^?]*)?)?", path)
        if m:
            sid = m.group(1) or request.params.get("id", "")
            story = BY_ID.get(int(sid)) if sid.isdigit() else None
            return html(self.article(request, story)) if story else None
        simple = {
            "/GioiThieu": self.gioithieu,
            "/LienHe": self.lienhe,
            "/VanBan": self.vanban,
            "/ThuVienAnh": self.thuvienanh,
            "/TimKiem": self.timkiem,
        }
        if path in simple:
            return html(simple[path](request))
        m = re.fullmatch(r"/VanBan/ChiTiet/(\d+)", path)
        if m and int(m.group(1)) in VANBAN:
            return html(self.vanban_chitiet(request, int(m.group(1))))
        m = re.fullmatch(r"/ThuVienAnh/ChiTiet/(\d+)(?:/[^/]*)?", path)
        if m and int(m.group(1)) == ALBUM_ID:
            return html(self.album(request))
        return None

    # -- listings with postback ----------------------------------------------------------------

    def listing(self, request: Request, cat_id: int) -> Response:
        if request.method != "POST":
            return html(list_page(request, cat_id, 0))
        form = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        target = form.get("__EVENTTARGET", "")
        state = self.list_states.get(form.get("__VIEWSTATE", ""))
        if state is not None and state[0] != cat_id:
            state = None
        if not target:
            return html(list_page(request, cat_id, state[1] if state else 0))
        if state is None or form.get("__EVENTVALIDATION") != eventvalidation(list_key(*state)):
            return html(_YSOD, status=500)
        current = state[1]
        total = pages_of(cat_id)
        new_page: int | None = None
        redirect_to: str | None = None
        m = re.fullmatch(r"ctl00\$MainContent\$dpTinTuc\$ctl(\d\d)\$ctl(\d\d)", target)
        if m:
            fld, btn = int(m.group(1)), int(m.group(2))
            if fld == 0 and current > 0 and btn in (0, 1):
                new_page = 0 if btn == 0 else current - 1
            elif fld == 1 and 0 <= btn < total and btn != current:
                new_page = btn
            elif fld == 2 and current < total - 1 and btn in (0, 1):
                new_page = current + 1 if btn == 0 else total - 1
        m = re.fullmatch(r"ctl00\$MainContent\$lvTinTuc\$ctrl(\d+)\$lbtXemTiep", target)
        items = in_cat(cat_id)[current * PAGE_SIZE : (current + 1) * PAGE_SIZE]
        if m and int(m.group(1)) < len(items):
            redirect_to = href(items[int(m.group(1))])
        if new_page is None and redirect_to is None:
            return html(_YSOD, status=500)
        is_async = _header(request, "X-MicrosoftAjax").lower().startswith("delta=true")
        if redirect_to:
            if is_async:
                body = _delta([("pageRedirect", "", quote(redirect_to, safe="/"))])
                return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
            return redirect(redirect_to)
        assert new_page is not None
        if is_async:
            key = list_key(cat_id, new_page)
            body = _delta(
                [
                    ("updatePanel", "MainContent_upTinTuc", list_panel(cat_id, new_page)),
                    ("hiddenField", "__EVENTTARGET", ""),
                    ("hiddenField", "__EVENTARGUMENT", ""),
                    ("hiddenField", "__VIEWSTATE", viewstate(key)),
                    ("hiddenField", "__VIEWSTATEGENERATOR", "CA0B0334"),
                    ("hiddenField", "__EVENTVALIDATION", eventvalidation(key)),
                    ("asyncPostBackControlIDs", "", ""),
                    ("postBackControlIDs", "", ""),
                    ("updatePanelIDs", "", "tctl00$MainContent$upTinTuc,MainContent_upTinTuc"),
                    ("childUpdatePanelIDs", "", ""),
                    ("panelsToRefreshIDs", "", "ctl00$MainContent$upTinTuc,MainContent_upTinTuc"),
                    ("asyncPostBackTimeout", "", "90"),
                    ("formAction", "", f"./{cat_id}"),
                    ("pageTitle", "", f"{CATS[cat_id]} | PGD&ĐT Phú Mỹ"),
                ]
            )
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"})
        return html(list_page(request, cat_id, new_page))

    # -- pages ----------------------------------------------------------------------------------

    def home(self, request: Request) -> str:
        slider = "".join(
            f'<div class="slide"><a href="/TinTuc/ChiTiet.aspx?id={sid}"><img src="/Upload/TinTuc/slide/{sid}.jpg" alt="{esc(BY_ID[sid].title)}" /></a>'
            f'<div class="slide-caption"><a href="/TinTuc/ChiTiet.aspx?id={sid}">{esc(BY_ID[sid].title)}</a></div></div>'
            for sid in NOI_BAT
        )
        newest = NEWEST[:6]
        first = newest[0]
        tin_moi = (
            f'<div class="tin-dau"><a href="{href(first)}"><img src="/Upload/TinTuc/thumb/{first.id}.jpg" alt="" /></a>'
            f'<a class="td" href="{href(first)}">{esc(first.title)}</a><p>{esc(_teaser(first))}</p></div><ul class="tin-tiep">'
            + "".join(
                f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="ngayTin">({list_date(s)})</span></li>'
                for s in newest[1:]
            )
            + "</ul>"
        )
        boxes = "".join(
            f'<div class="box-dm"><h3 class="box-title"><a href="/TinTuc/DanhMuc/{cid}">{esc(name)}</a></h3><ul>'
            + "".join(f'<li><a href="{href(s)}">{esc(s.title)}</a></li>' for s in in_cat(cid)[:3])
            + f'</ul><a class="xemtatca" href="/TinTuc/DanhMuc/{cid}">Xem tất cả »</a></div>'
            for cid, name in CATS.items()
        )
        main = (
            f'<div id="slider" class="noibat">{slider}</div>\n'
            f'<div class="box"><h3 class="box-title">Tin mới</h3>{tin_moi}</div>\n{boxes}'
        )
        return page(request, title="Trang chủ", action="./", state_key="Default", main=main,
                    description="Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thị xã Phú Mỹ")

    def article(self, request: Request, s: Story) -> str:
        o = s.opts
        cat_id = o["cat_id"]
        capnhat = (
            f'<td class="capnhat">Cập nhật: <span id="MainContent_fvChiTiet_lblCapNhat">{o["capnhat"]}</span></td>'
            if o.get("capnhat")
            else ""
        )
        tacgia = esc(o.get("tacgia", ""))
        newer = [x for x in in_cat(cat_id) if x.published_at > s.published_at and x.id != s.id][:3]
        others = ""
        if newer:
            others = (
                '<div id="MainContent_pnlTinKhac" class="tinkhac"><h4>Các tin khác</h4><ul>'
                + "".join(
                    f'<li><a href="{href(x)}">{esc(x.title)}</a> <span class="ngayTin">({list_date(x)})</span></li>'
                    for x in newer
                )
                + "</ul></div>"
            )
        first_text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        main = f"""{breadcrumb(("Tin tức", "/TinTuc/DanhMuc/12"), (s.cat, f"/TinTuc/DanhMuc/{cat_id}"))}
<table cellspacing="0" id="MainContent_fvChiTiet" style="width:100%;border-collapse:collapse;">
	<tr>
		<td colspan="2">
    <div class="tdct"><span id="MainContent_fvChiTiet_lblTieuDe">{esc(s.title)}</span></div>
    <table class="ttbv" width="100%"><tr>
      <td class="ngaydang"><img src="/Images/icons/clock.gif" alt="" /> Ngày đăng: <span id="MainContent_fvChiTiet_lblNgayDang">{o["ngay"]}</span></td>
      {capnhat}
      <td class="luotxem">Lượt xem: <span id="MainContent_fvChiTiet_lblLuotXem">{s.views()}</span></td>
      <td class="nguoidang">Người đăng: <span id="MainContent_fvChiTiet_lblNguoiDang">{o["nguoidang"]}</span></td>
    </tr></table>
    <div class="tomtat"><span id="MainContent_fvChiTiet_lblTomTat" style="font-weight:bold;">{esc(s.summary or "")}</span></div>
    <div id="MainContent_fvChiTiet_pnlNoiDung" class="ndct">
{render_body(s)}
</div>
    <div class="tacgia" style="text-align:right;"><span id="MainContent_fvChiTiet_lblTacGia" style="font-weight:bold;">{tacgia}</span></div>
    <div class="congcu"><a href="javascript:window.print();"><img src="/Images/icons/print.gif" alt="" /> In bài viết</a> |
      <a href="mailto:?subject={quote(s.title)}"><img src="/Images/icons/email.gif" alt="" /> Gửi email</a> |
      <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + href(s), safe='')}" target="_blank"><img src="/Images/icons/facebook.png" alt="Chia sẻ" /></a>
      | <a href="javascript:history.back();">Quay lại</a></div>
		</td>
	</tr>
</table>
{others}
<div id="MainContent_pnlBinhLuan" class="binhluan"><h4>Ý kiến bạn đọc</h4>
  <table><tr><td>Họ tên:</td><td><input name="ctl00$MainContent$txtHoTen" type="text" id="MainContent_txtHoTen" /></td></tr>
  <tr><td>Email:</td><td><input name="ctl00$MainContent$txtEmail" type="text" id="MainContent_txtEmail" /></td></tr>
  <tr><td>Nội dung:</td><td><textarea name="ctl00$MainContent$txtNoiDung" rows="4" cols="50" id="MainContent_txtNoiDung"></textarea></td></tr></table>
  <input type="submit" name="ctl00$MainContent$btnGui" value="Gửi ý kiến" id="MainContent_btnGui" /></div>"""
        action = "./" + (request.path.rsplit("/", 1)[-1] if re.search(r"/\d+/", request.path) else "ChiTiet")
        if request.path == "/TinTuc/ChiTiet" and request.query:
            action = f"./ChiTiet?{request.query}"
        elif re.fullmatch(r"/TinTuc/ChiTiet/\d+", request.path):
            action = f"./{s.id}"
        return page(
            request,
            title=s.title,
            action=action,
            state_key=f"ChiTiet/{s.id}",
            main=main,
            description=first_text[:150],
            canonical=href(s),
        )

    def gioithieu(self, request: Request) -> str:
        main = breadcrumb(("Giới thiệu", None)) + """
<h2 class="tieudeDM">Giới thiệu chung</h2>
<div class="noidung-gt">
<p>Phòng Giáo dục và Đào tạo thị xã Phú Mỹ là cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã, có chức năng tham mưu, giúp UBND thị xã thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>
<p><strong>Lãnh đạo Phòng</strong></p>
<table border="1" cellpadding="3" style="width:100%"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Văn Phước</td><td>Trưởng phòng</td><td>0254.3876.123</td></tr>
<tr><td>Lê Văn Tâm</td><td>Phó Trưởng phòng</td><td>0254.3876.125</td></tr></table>
<p>Toàn thị xã hiện có 27 trường mầm non, 22 trường tiểu học và 9 trường trung học cơ sở.</p>
</div>"""
        return page(request, title="Giới thiệu", action="./GioiThieu", state_key="GioiThieu", main=main)

    def lienhe(self, request: Request) -> str:
        main = breadcrumb(("Liên hệ", None)) + """
<h2 class="tieudeDM">Liên hệ</h2>
<p>Phòng Giáo dục và Đào tạo thị xã Phú Mỹ - Số 08 đường Độc Lập, phường Phú Mỹ.</p>
<table class="form-lienhe"><tr><td>Họ tên (*)</td><td><input name="ctl00$MainContent$txtTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$MainContent$txtMail" type="text" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="ctl00$MainContent$txtND" rows="5" cols="40"></textarea></td></tr></table>
<input type="submit" name="ctl00$MainContent$btnGuiLienHe" value="Gửi liên hệ" />
<div class="bando"><iframe src="https://www.google.com/maps/embed?pb=phumy" width="100%" height="300"></iframe></div>"""
        return page(request, title="Liên hệ", action="./LienHe", state_key="LienHe", main=main)

    def vanban(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{n}</td><td><a href="/VanBan/ChiTiet/{vid}">{esc(v["so"])}</a></td><td>{v["ngay"]}</td>'
            f'<td>{esc(v["trichyeu"])}</td><td><a href="/Upload/VanBan/2026/{v["file"]}"><img src="/Images/icons/pdf.gif" alt="Tải về" /></a></td></tr>'
            for n, (vid, v) in enumerate(VANBAN.items(), 1)
        )
        main = breadcrumb(("Văn bản", None)) + f"""
<h2 class="tieudeDM">Văn bản chỉ đạo điều hành</h2>
<div><table class="gvVanBan" cellspacing="0" rules="all" border="1" id="MainContent_gvVanBan" style="border-collapse:collapse;">
<tr><th scope="col">STT</th><th scope="col">Số/Ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>
{rows}</table></div>"""
        return page(request, title="Văn bản", action="./VanBan", state_key="VanBan", main=main)

    def vanban_chitiet(self, request: Request, vid: int) -> str:
        v = VANBAN[vid]
        main = breadcrumb(("Văn bản", "/VanBan"), (v["so"], None)) + f"""
<table class="ctvb" border="1" cellpadding="4" style="width:100%;border-collapse:collapse">
<tr><td style="width:25%">Số/Ký hiệu</td><td><span id="MainContent_lblSo">{esc(v["so"])}</span></td></tr>
<tr><td>Ngày ban hành</td><td>{v["ngay"]}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{esc(v["coquan"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(v["trichyeu"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Upload/VanBan/2026/{v["file"]}">{v["file"]}</a></td></tr>
</table>"""
        return page(request, title=v["so"], action=f"./{vid}", state_key=f"VanBan/{vid}", main=main)

    def thuvienanh(self, request: Request) -> str:
        main = breadcrumb(("Thư viện ảnh", None)) + f"""
<h2 class="tieudeDM">Thư viện ảnh</h2>
<div class="ds-album"><div class="album"><a href="{ALBUM_PATH}"><img src="/Upload/Album/4/bia.jpg" alt="" /></a>
<a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026-2027</a> <span>(12 ảnh)</span></div></div>"""
        return page(request, title="Thư viện ảnh", action="./ThuVienAnh", state_key="ThuVienAnh", main=main)

    def album(self, request: Request) -> str:
        pics = "".join(
            f'<a href="/Upload/Album/4/{n:02d}.jpg" rel="lightbox[album]"><img src="/Upload/Album/4/thumb_{n:02d}.jpg" alt="" /></a>'
            for n in range(1, 13)
        )
        main = breadcrumb(("Thư viện ảnh", "/ThuVienAnh"), ("Lễ khai giảng năm học 2026-2027", None)) + f"""
<h2 class="tieudeDM">Lễ khai giảng năm học 2026-2027</h2>
<p class="mota">Hình ảnh lễ khai giảng tại các trường trên địa bàn thị xã Phú Mỹ ngày 05/9/2026.</p>
<div class="gallery">{pics}</div>"""
        return page(request, title="Lễ khai giảng năm học 2026-2027", action="./khai-giang-nam-hoc-2026-2027",
                    state_key="Album/4", main=main)

    def timkiem(self, request: Request) -> str:
        word = unquote(request.params.get("tukhoa", "")).strip().lower()
        found = [s for s in NEWEST if word and word in s.title.lower()]
        items = "".join(f'<li><a href="{href(s)}">{esc(s.title)}</a></li>' for s in found)
        main = breadcrumb(("Tìm kiếm", None)) + (
            f'<h2 class="tieudeDM">Kết quả tìm kiếm</h2><p>Tìm thấy {len(found)} kết quả.</p><ul>{items}</ul>'
        )
        return page(request, title="Tìm kiếm", action="./TimKiem", state_key="TimKiem", main=main)


VANBAN = {
    87: {
        "so": "1245/PGDĐT-TH",
        "ngay": "01/12/2026",
        "coquan": "Phòng GD&ĐT thị xã Phú Mỹ",
        "trichyeu": "V/v hướng dẫn kiểm tra định kỳ cuối học kỳ I cấp tiểu học",
        "file": "1245-PGDDT-TH.pdf",
    },
    86: {
        "so": "1198/PGDĐT-THCS",
        "ngay": "20/11/2026",
        "coquan": "Phòng GD&ĐT thị xã Phú Mỹ",
        "trichyeu": "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS",
        "file": "1198-PGDDT-THCS.pdf",
    },
    85: {
        "so": "215/KH-UBND",
        "ngay": "28/11/2026",
        "coquan": "UBND thị xã Phú Mỹ",
        "trichyeu": "Kế hoạch tuyển dụng viên chức sự nghiệp giáo dục năm 2026",
        "file": "215-KH-UBND.pdf",
    },
}
ALBUM_ID = 4
ALBUM_PATH = "/ThuVienAnh/ChiTiet/4/le-khai-giang-nam-hoc-2026-2027"


def build_site() -> Site:
    return Site()


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.id in XEM_NHIEU:
        alts.append(f"/TinTuc/ChiTiet/{s.id}")
    if s.id in NOI_BAT:
        alts.append(f"/TinTuc/ChiTiet?id={s.id}")
    if s.opts.get("old_slug"):
        alts.append(f"/TinTuc/ChiTiet/{s.id}/{s.opts['old_slug']}")
    return alts


GOLD = [gold_record(s, href(s), s.cat, alt_paths=_alt_paths(s)) for s in NEWEST]

NON_ARTICLES = [
    "/GioiThieu",
    "/LienHe",
    "/VanBan",
    "/VanBan/ChiTiet/87",
    "/ThuVienAnh",
    ALBUM_PATH,
]

#: reached only through the DataPager postback of "Tin hoạt động"
POSTBACK_ONLY = [1494, 1486, 1477, 1465]
