"""Trường Chính trị tỉnh Bến Tre on an ASP.NET WebForms 4.0 site (2014) built by a local company.

Platform
--------
One master page (``Site.master``) wraps every page in ``<form name="aspnetForm" method="post">``
with the hidden ``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE`` and ``__EVENTVALIDATION``
fields and the usual ``__doPostBack`` script; controls carry generated ids
(``ctl00_ContentPlaceHolder1_…``). The chrome: a header printing today ("Thứ Sáu, 04/12/2026"),
a ``<marquee>`` of slogans, a banner, a left **ASP.NET TreeView** menu (``ctl00_TreeView1``:
one ``<table>`` per node with ids ``TreeView1t3``, expand images served by ``WebResource.axd``,
children in ``<div id="ctl00_TreeView1n1Nodes">``), a "Liên kết website" ``<select>``, a poll
("Thăm dò ý kiến"), "Tin đọc nhiều", a counter "Đang truy cập: 12 — Lượt truy cập: 456.789" and
a footer with the school's address and phone numbers.

The TreeView's *parent* nodes ("Giới thiệu", "Tin tức", "Đào tạo") are links
``javascript:__doPostBack('ctl00$TreeView1','s…')``: the page posts back and the
SelectedNodeChanged handler answers 302 to the node's page. *Leaf* nodes are plain hrefs
(``DanhSachTin.aspx?CatID=3``, ``GioiThieu.aspx`` …), relative, as the control prints them.

URL scheme
----------
- ``/`` and ``/Default.aspx``: home: "Tin mới" (5 newest, link "Xem tất cả" to the list of all
  news ``DanhSachTin.aspx?CatID=0``) and one box per category (its 2 newest).
- ``/DanhSachTin.aspx?CatID=<c>``: list of a category, 5 per page, newest first; ``CatID=1``
  ("Tin tức", the parent node) lists its sub-tree, ``CatID=0`` all news. The pager is a Repeater
  of LinkButtons: "Trang trước 1 2 3 Trang sau", each ``javascript:__doPostBack(...)`` with
  ``__EVENTTARGET=ctl00$ContentPlaceHolder1$rptPager$ctl0N$lnkPage`` (item N = page N+1) or
  ``…$lnkTrangTruoc`` / ``…$lnkTrangSau``. The page answers page N to that POST (the current
  page is kept in the view state); a GET always answers page 1 (``&page=2`` is ignored). A POST
  whose ``__VIEWSTATE``/``__EVENTVALIDATION`` is not the one the page issued gets the yellow
  "Server Error in '/' Application" page (500).
- ``/ChiTietTin.aspx?ID=<n>&CatID=<c>``: an article. An article filed in two categories is
  served under both CatIDs (same article; the CatID only selects the "Các tin khác" list and
  the highlighted TreeView node; the breadcrumb is the article's own category).
- ``/GuiTin.aspx?ID=<n>`` ("Gửi tin": e-mail form naming the article), ``/GioiThieu.aspx``,
  ``/LienHe.aspx`` (contact form), ``/LichHoc.aspx`` (weekly timetable, a table),
  ``/VanBan.aspx`` (document register, PDFs under ``/UserFiles/File/``).
- Uploads: ``/UserFiles/Image/<yyyy>/<mm>/…`` (FCKeditor's folder), printed absolute or relative.
- No robots.txt, no sitemap (IIS answers 404).

Article template
----------------
Breadcrumb "Trang chủ » Tin tức » Tin hoạt động", then
``<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieudetin">`` (title),
``<span id="…_lblNgayDang">Ngày đăng: 18/11/2026 - 08:30</span>``, the bold sapo
``<span id="…_lblTomTat">`` (empty on some articles), the body ``<span id="…_lblNoiDung">``
holding FCKeditor HTML (``<p style="text-align: justify">``, ``<span style="font-size: 14pt">``,
``&nbsp;`` runs, Latin-1 named entities, ``<div>`` paragraphs, ``<br />`` lines, tables of figures,
images with a centred italic caption line), the byline at its end, then "Số lượt xem: 235",
"In tin | Gửi tin | Về đầu trang" and "Các tin khác:" (4 newest other articles of the CatID,
with dates). Research articles ("Nghiên cứu khoa học") start with a "Tóm tắt:" and a
"Từ khóa:" line and end with "Tài liệu tham khảo" and numbered items.

How each gold article is reached
--------------------------------
- Home: the 5 newest; each category box its 2 newest; "Tin đọc nhiều" five popular ones.
- Category lists page 1 by GET (leaf hrefs of the TreeView), and "Các tin khác".
- ID 1246 and 1240 (Tin hoạt động, the oldest two of the 7 items filed there) are *only* on page 2
  of ``DanhSachTin.aspx?CatID=3`` / ``CatID=1`` and pages 2-3 of ``CatID=0``: reached by the pager
  postback only ("Các tin khác" lists the newest, never them).
- ID 1253 (Học tập và làm theo Bác) and 1261 (Đào tạo - Bồi dưỡng) are also filed under Tin
  hoạt động: the list of CatID=3 links them with ``&CatID=3`` (alt paths).

Traps
-----
- Pager and TreeView parents are postbacks, not links; GET of a list is always page 1.
- Same article under two CatIDs (alt_paths); "Các tin khác" differs between the two.
- "Gửi tin" pages print the article's title in a form: not an article.
- GioiThieu.aspx is long prose without a date; LichHoc.aspx and VanBan.aspx are tables with
  dates; lists print dates and sapos.
- The header's today and the dates of "Các tin khác" are not the publication date.
- Research articles: "Tóm tắt:" is an abstract printed *in* the body, not a sapo element: gold
  keeps it in the body and the summary is the ``lblTomTat`` text only (null when empty).
- Bylines: "ThS. Trần Văn Hai - Khoa Nhà nước và Pháp luật" (degree and post dropped),
  "Tin: Phòng Đào tạo" (a unit, credited), "Huỳnh Thị Thu Thảo" right-aligned,
  "Nguồn: Tạp chí Tuyên giáo" (source), "Theo Báo Đồng Khởi" (source), "BBT" (nobody),
  "Tin, ảnh: X" (both), "(Ảnh: X)" at the end of a caption (photographer, caption kept whole).

Gold decisions
--------------
- title: ``lblTieuDe``; published_at: ``lblNgayDang`` with its time (+07:00).
- summary: ``lblTomTat`` (first body paragraph too); body: ``lblNoiDung`` paragraphs, a ``<br />``
  splits a paragraph, table rows one paragraph (cells " | "), ``<ol>`` items without numbers,
  numbers typed in ``<p>`` kept; captions, bylines and source lines are not body.
- images: the photos of ``lblNoiDung`` (TreeView images, banner, logo, icons are layout).
- category: the breadcrumb's last section (the article's own category, whatever the CatID).
"""

from __future__ import annotations

import datetime as _dt
import re
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_treeview_tct"
PLATFORM = "ASP.NET WebForms 4.0 (2014, local vendor): TreeView menu, Repeater pager postbacks"
START_PATH = "/"

TODAY = "Thứ Sáu, 04/12/2026"
SITE = "Trường Chính trị tỉnh Bến Tre"
PER_PAGE = 5
CP = "ctl00_ContentPlaceHolder1"
CPN = "ctl00$ContentPlaceHolder1"

CATEGORIES = {
    "3": "Tin hoạt động",
    "5": "Nghiên cứu khoa học",
    "6": "Học tập và làm theo Bác",
    "7": "Đào tạo - Bồi dưỡng",
}
#: list pages that are not leaf categories: the parent node's sub-tree and "all news"
LISTS = {"0": "Tin mới cập nhật", "1": "Tin tức", **CATEGORIES}
#: breadcrumb parent of a category (CatID, name)
PARENT = {"3": ("1", "Tin tức"), "7": (None, "Đào tạo")}


def img(name: str, rel: bool = False) -> str:
    return ("" if rel else "/") + f"UserFiles/Image/2026/{name}"


# --- the articles ----------------------------------------------------------------------------
#
# opts: time ("HH:MM" printed), cats (every CatID it is filed under, own first), ent (Latin-1
# entities as FCKeditor wrote them). P styles: "" justify <p>, "div", "h" (bold heading <p>),
# "big" (font-size span), "nbsp" (&nbsp; runs), "br" (line joined to the next one by <br />),
# "quote" (indented italic), "li" (<ol>), "ul" (<ul>), "th"/"tr" (table rows), "num" (typed
# "1. …" in its own <p>). Img styles: "cap" (centred italic <p> under it), "div" (caption after a
# <br /> in the same centred div), "tbl" (one-cell table, caption in the row below), "none".

STORIES: list[Story] = [
    Story(
        1262,
        "so-ket-11-thang",
        "Trường Chính trị tỉnh Bến Tre sơ kết công tác 11 tháng năm 2026, triển khai nhiệm vụ tháng 12",
        "3",
        "2026-12-03T09:45:00+07:00",
        [
            P(
                "Chiều ngày 02/12/2026, Ban Giám hiệu Trường Chính trị tỉnh Bến Tre tổ chức hội nghị sơ "
                "kết công tác 11 tháng năm 2026 và triển khai nhiệm vụ trọng tâm tháng 12. Chủ trì hội "
                "nghị có TS. Nguyễn Thanh Phong, Hiệu trưởng nhà trường.",
                "nbsp",
            ),
            P(
                "Theo báo cáo, trong 11 tháng, nhà trường đã mở 27 lớp với 2.146 học viên, trong đó có 9 "
                "lớp Trung cấp lý luận chính trị - hành chính, 14 lớp bồi dưỡng nghiệp vụ và 4 lớp bồi "
                "dưỡng kiến thức quốc phòng và an ninh. Công tác nghiên cứu khoa học có 2 đề tài cấp "
                "trường được nghiệm thu, 16 bài viết đăng trên các tạp chí, bản tin."
            ),
            Img(img("12/so-ket-11-thang.jpg"), "Quang cảnh hội nghị", "Quang cảnh hội nghị", "cap"),
            P("Nhiệm vụ trọng tâm tháng 12/2026:", "h"),
            P("Hoàn thành chương trình các lớp đang mở theo đúng kế hoạch năm.", "li"),
            P("Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 79.", "li"),
            P("Tổng kết công tác thi đua, khen thưởng; xây dựng kế hoạch đào tạo năm 2027.", "li"),
            P(
                "Kết luận hội nghị, đồng chí Hiệu trưởng đề nghị các khoa, phòng tập trung hoàn thành "
                "khối lượng giảng dạy, chuẩn bị tốt các điều kiện cho năm học mới, bảo đảm an toàn trong "
                "dịp Tết Dương lịch."
            ),
            Raw('<p style="text-align: right"><strong>Phòng Tổ chức - Hành chính</strong></p>'),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        summary="Đánh giá kết quả 11 tháng, đề ra nhiệm vụ trọng tâm tháng cuối năm 2026.",
        sapo_outside=True,
        opts={"cats": ["3"]},
    ),
    Story(
        1261,
        "khai-giang-tc-mo-cay-nam",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 86 tại huyện Mỏ Cày Nam",
        "7",
        "2026-12-01T07:30:00+07:00",
        [
            P(
                "Sáng 30/11/2026, tại Trung tâm Chính trị huyện Mỏ Cày Nam, Trường Chính trị tỉnh Bến Tre "
                "khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 86 với "
                "82 học viên là cán bộ, công chức cấp xã và các cơ quan, đơn vị trên địa bàn huyện."
            ),
            P(
                "Lớp học được tổ chức trong 8 tháng, gồm 4 phần học: Những vấn đề cơ bản về chủ nghĩa "
                "Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng; "
                "những vấn đề cơ bản về hệ thống chính trị, Nhà nước và pháp luật; kỹ năng lãnh đạo, "
                "quản lý và thực tiễn địa phương.",
                "big",
            ),
            Img(
                img("11/khai-giang-k86.jpg", rel=True),
                "Học viên lớp khóa 86 dự lễ khai giảng",
                "Học viên lớp khóa 86 dự lễ khai giảng",
                "cap",
            ),
            P(
                "Phát biểu khai giảng, ThS. Lê Văn Hùng, Phó Hiệu trưởng nhà trường, đề nghị học viên "
                "chấp hành nghiêm nội quy, quy chế học tập; phát huy tinh thần tự học, gắn lý luận với "
                "thực tiễn công tác tại địa phương."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw("<p><em>Tin: Phòng Đào tạo</em></p>"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"cats": ["7", "3"]},
    ),
    Story(
        1260,
        "mot-cua-lien-thong",
        "Thực hiện cơ chế một cửa, một cửa liên thông trong cải cách hành chính ở cấp xã tỉnh Bến Tre hiện nay",
        "5",
        "2026-11-30T15:10:00+07:00",
        [
            P(
                "Tóm tắt: Bài viết đánh giá thực trạng thực hiện cơ chế một cửa, một cửa liên thông tại "
                "Ủy ban nhân dân cấp xã trên địa bàn tỉnh Bến Tre giai đoạn 2023 - 2026, chỉ ra những hạn "
                "chế và đề xuất một số giải pháp nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
                "div",
            ),
            P("Từ khóa: cải cách hành chính; một cửa liên thông; cấp xã; Bến Tre.", "div"),
            P("1. Đặt vấn đề", "h"),
            P(
                "Cải cách thủ tục hành chính là khâu đột phá trong Chương trình tổng thể cải cách hành "
                "chính nhà nước giai đoạn 2021 - 2030. Ở cấp xã, nơi trực tiếp giải quyết phần lớn thủ tục "
                "cho người dân, bộ phận tiếp nhận và trả kết quả giữ vai trò là “cầu nối” giữa chính "
                "quyền với nhân dân.",
                "ent",
            ),
            P("2. Thực trạng", "h"),
            P(
                "Kết quả khảo sát 157 xã, phường, thị trấn của tỉnh cho thấy tỷ lệ hồ sơ giải quyết đúng "
                "hạn tăng đều qua các năm:"
            ),
            P("Năm | Số hồ sơ tiếp nhận | Đúng hạn | Tỷ lệ (%)", "th"),
            P("2023 | 412.538 | 398.116 | 96,50", "tr"),
            P("2024 | 437.902 | 427.614 | 97,65", "tr"),
            P("2025 | 455.270 | 447.983 | 98,40", "tr"),
            P("6 tháng 2026 | 231.044 | 228.501 | 98,90", "tr"),
            P(
                "Tuy vậy, một số nơi còn tình trạng hồ sơ trễ hạn do phải luân chuyển qua nhiều cấp; cơ "
                "sở vật chất, trang thiết bị tại bộ phận một cửa chưa đồng bộ; một bộ phận công chức chưa "
                "thành thạo kỹ năng sử dụng phần mềm dịch vụ công trực tuyến.",
                "ent",
            ),
            P("3. Giải pháp", "h"),
            P(
                "Một là, tăng cường sự lãnh đạo của cấp ủy, trách nhiệm người đứng đầu trong cải cách "
                "thủ tục hành chính.",
                "br",
            ),
            P(
                "Hai là, đầu tư trang thiết bị, đẩy mạnh chuyển đổi số, số hóa hồ sơ, kết quả giải quyết "
                "thủ tục hành chính.",
                "br",
            ),
            P("Ba là, thường xuyên bồi dưỡng kỹ năng giao tiếp, nghiệp vụ cho công chức một cửa."),
            P("Tài liệu tham khảo", "h"),
            P("1. Chính phủ (2021), Nghị quyết số 76/NQ-CP ngày 15/7/2021.", "num"),
            P("2. Chính phủ (2018), Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.", "num"),
            P(
                "3. UBND tỉnh Bến Tre (2026), Báo cáo công tác cải cách hành chính 6 tháng đầu năm 2026.",
                "num",
            ),
            Raw(
                '<p style="text-align: right"><strong>ThS. Trần Văn Hai - Khoa Nhà nước và Pháp luật'
                "</strong></p>"
            ),
        ],
        authors=["Trần Văn Hai"],
        opts={"cats": ["5"], "ent": True},
    ),
    Story(
        1259,
        "chu-nhat-xanh",
        "Đoàn cơ sở Trường Chính trị ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        "3",
        "2026-11-27T16:20:00+07:00",
        [
            P(
                "Sáng Chủ nhật 22/11/2026, Đoàn cơ sở Trường Chính trị tỉnh Bến Tre phối hợp với Đoàn "
                "phường Phú Khương tổ chức ra quân “Ngày Chủ nhật xanh” lần thứ IV năm 2026."
            ),
            P(
                "Hơn 60 đoàn viên, thanh niên là viên chức và học viên các lớp tập trung đã dọn dẹp vệ "
                "sinh, phát quang bụi rậm, khơi thông cống rãnh trên tuyến đường Nguyễn Đình Chiểu và "
                "trồng mới 120 cây xanh trong khuôn viên nhà trường."
            ),
            Img(
                img("11/chu-nhat-xanh-1.jpg"),
                "Đoàn viên trồng cây xanh trong khuôn viên trường",
                "Đoàn viên trồng cây xanh trong khuôn viên trường",
                "div",
            ),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng cảnh quan “Xanh - Sạch - "
                "Đẹp”, hướng tới kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh."
            ),
            Img(img("11/chu-nhat-xanh-2.jpg"), None, None, "none"),
            Raw('<p style="text-align: right"><b>Tin, ảnh: Nguyễn Minh Tâm</b></p>'),
        ],
        authors=["Nguyễn Minh Tâm"],
        photographers=["Nguyễn Minh Tâm"],
        summary=(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, hơn 60 đoàn viên, thanh niên nhà trường ra quân "
            "làm vệ sinh môi trường, trồng cây xanh."
        ),
        sapo_outside=True,
        opts={"cats": ["3"]},
    ),
    Story(
        1257,
        "be-giang-mat-tran",
        "Bế giảng lớp Bồi dưỡng nghiệp vụ công tác Mặt trận cho cán bộ Mặt trận cơ sở năm 2026",
        "7",
        "2026-11-24T10:00:00+07:00",
        [
            P(
                "Ngày 23/11/2026, Trường Chính trị tỉnh Bến Tre phối hợp với Ban Thường trực Ủy ban Mặt "
                "trận Tổ quốc Việt Nam tỉnh tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận "
                "năm 2026 cho 95 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ cấp xã.",
                "div",
            ),
            P(
                "Trong 5 ngày, học viên được nghiên cứu các chuyên đề: vai trò của Mặt trận trong hệ thống "
                "chính trị; công tác giám sát và phản biện xã hội; kỹ năng tập hợp, vận động nhân dân; tổ "
                "chức cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
                "div",
            ),
            P("Kết quả học tập:", "div"),
            P("Xếp loại | Số học viên | Tỷ lệ", "th"),
            P("Giỏi | 31 | 32,6%", "tr"),
            P("Khá | 58 | 61,1%", "tr"),
            P("Trung bình | 6 | 6,3%", "tr"),
            Img(
                img("11/be-giang-mttq.jpg"),
                "Trao giấy chứng nhận cho học viên đạt kết quả xuất sắc (Ảnh: Tổ Văn phòng)",
                "Trao giấy chứng nhận cho học viên đạt kết quả xuất sắc (Ảnh: Tổ Văn phòng)",
                "tbl",
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 5 học viên có thành tích xuất sắc trong học tập.",
                "div",
            ),
            Raw('<div style="text-align: right"><strong>Trần Thị Bích Ngọc</strong></div>'),
        ],
        authors=["Trần Thị Bích Ngọc"],
        photographers=["Tổ Văn phòng"],
        opts={"cats": ["7"]},
    ),
    Story(
        1255,
        "hop-mat-20-11",
        "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "3",
        "2026-11-20T10:05:00+07:00",
        [
            P(
                "Sáng ngày 19/11/2026, Trường Chính trị tỉnh Bến Tre long trọng tổ chức họp mặt kỷ niệm "
                "44 năm Ngày Nhà giáo Việt Nam. Đến dự có đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy, lãnh "
                "đạo Sở Giáo dục và Đào tạo cùng các thế hệ nhà giáo đã nghỉ hưu.",
                "big",
            ),
            P(
                "Tại buổi họp mặt, các đại biểu ôn lại truyền thống vẻ vang của ngành giáo dục và những "
                "chặng đường phát triển của nhà trường qua hơn 70 năm xây dựng và trưởng thành, từ Trường "
                "Đảng Nguyễn Đình Chiểu đến Trường Chính trị tỉnh ngày nay."
            ),
            Img(
                img("11/hop-mat-20-11-1.jpg"),
                "Các thế hệ nhà giáo tại buổi họp mặt",
                "Các thế hệ nhà giáo tại buổi họp mặt",
                "cap",
            ),
            P(
                "Năm 2026, đội ngũ giảng viên nhà trường đã hoàn thành 18.650 giờ chuẩn; 3 giảng viên "
                "đạt danh hiệu giảng viên dạy giỏi cấp tỉnh; 2 giảng viên bảo vệ thành công luận án "
                "tiến sĩ."
            ),
            P(
                "“Mỗi thầy cô giáo của Trường Chính trị phải là tấm gương sáng về bản lĩnh chính trị, "
                "đạo đức cách mạng và ý thức tự học tập, rèn luyện”, đồng chí Hiệu trưởng nhấn mạnh.",
                "quote",
            ),
            Img(
                img("11/hop-mat-20-11-2.jpg"),
                "Tặng hoa chúc mừng các nhà giáo lão thành",
                "Tặng hoa chúc mừng các nhà giáo lão thành",
                "cap",
            ),
            Raw(
                '<p style="text-align: right"><span style="font-size: 12pt"><strong>Huỳnh Thị Thu '
                "Thảo</strong></span></p>"
            ),
        ],
        authors=["Huỳnh Thị Thu Thảo"],
        summary="Họp mặt tri ân các thế hệ nhà giáo nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        sapo_outside=True,
        opts={"cats": ["3"]},
    ),
    Story(
        1253,
        "chi-bo-xdd-chuyen-de",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2026",
        "6",
        "2026-11-17T09:00:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch của Đảng ủy nhà trường, ngày 16/11/2026, Chi bộ Khoa Xây dựng Đảng tổ "
                "chức sinh hoạt chuyên đề năm 2026 với chủ đề “Học tập và làm theo tư tưởng, đạo đức, "
                "phong cách Hồ Chí Minh về xây dựng đội ngũ cán bộ có đủ phẩm chất, năng lực, uy tín”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, liên hệ thực tiễn giảng dạy; mỗi đảng "
                "viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm 2027, như: đổi mới bài "
                "giảng theo hướng gắn với thực tiễn địa phương; tham gia viết bài bảo vệ nền tảng tư tưởng "
                "của Đảng trên không gian mạng; hướng dẫn học viên viết tiểu luận cuối khóa.",
                "nbsp",
            ),
            P("Chi bộ thống nhất ba nội dung làm theo:", "h"),
            P("Nêu cao tinh thần tự học, tự nghiên cứu, nâng cao trình độ chuyên môn.", "ul"),
            P("Thực hành tiết kiệm, chống lãng phí trong cơ quan.", "ul"),
            P("Gần gũi, tận tụy với học viên; lắng nghe, tiếp thu ý kiến góp ý.", "ul"),
            Raw("<p><em>Tin: Lê Thị Ngọc Hân</em></p>"),
        ],
        authors=["Lê Thị Ngọc Hân"],
        summary=(
            "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề năm 2026, mỗi đảng viên đăng ký "
            "việc làm cụ thể."
        ),
        sapo_outside=True,
        opts={"cats": ["6", "3"]},
    ),
    Story(
        1248,
        "day-hoc-tich-cuc",
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy chương trình Trung cấp lý luận chính trị - hành chính",
        "5",
        "2026-10-26T08:15:00+07:00",
        [
            P(
                "Tóm tắt: Trên cơ sở khảo sát 312 học viên các lớp Trung cấp lý luận chính trị - hành chính "
                "năm 2026, bài viết phân tích mức độ vận dụng các phương pháp dạy học tích cực và đề xuất "
                "giải pháp phù hợp với đối tượng học viên là cán bộ, công chức."
            ),
            P("Từ khóa: phương pháp dạy học tích cực; trung cấp lý luận chính trị; học viên."),
            P("1. Kết quả khảo sát", "h"),
            P(
                "Kết quả khảo sát ý kiến học viên về mức độ giảng viên sử dụng các phương pháp trong bài "
                "giảng như sau:"
            ),
            P("Phương pháp | Thường xuyên | Thỉnh thoảng | Chưa sử dụng", "th"),
            P("Thuyết trình nêu vấn đề | 78,2% | 20,5% | 1,3%", "tr"),
            P("Thảo luận nhóm | 41,7% | 49,0% | 9,3%", "tr"),
            P("Tình huống | 35,9% | 52,2% | 11,9%", "tr"),
            P("Đóng vai, mô phỏng | 8,3% | 37,5% | 54,2%", "tr"),
            P("2. Một số giải pháp", "h"),
            P(
                "Thứ nhất, giảng viên cần thiết kế bài giảng theo hướng tăng thời lượng cho thảo luận, giải "
                "quyết tình huống thực tiễn ở cơ sở. Thứ hai, xây dựng ngân hàng tình huống gắn với địa "
                "phương. Thứ ba, đổi mới hình thức kiểm tra, đánh giá theo hướng đánh giá năng lực vận dụng "
                "của học viên."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "Học viện Chính trị quốc gia Hồ Chí Minh (2021), Chương trình Trung cấp lý luận chính trị.",
                "li",
            ),
            P(
                "Nguyễn Văn Dũng (2019), Phương pháp dạy học lý luận chính trị, Nxb. Lý luận chính trị.",
                "li",
            ),
            Raw(
                '<p style="text-align: right"><em><strong>TS. Lê Thị Minh Nguyệt</strong> - Phó Hiệu '
                "trưởng</em></p>"
            ),
        ],
        authors=["Lê Thị Minh Nguyệt"],
        summary=(
            "Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết để nâng cao chất lượng đào tạo lý luận "
            "chính trị ở các trường chính trị tỉnh hiện nay."
        ),
        sapo_outside=True,
        opts={"cats": ["5"]},
    ),
]

STORIES += [
    Story(
        1246,
        "hoi-thao-20-10",
        "Hội thao chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam",
        "3",
        "2026-10-22T14:40:00+07:00",
        [
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "Công đoàn cơ sở Trường Chính trị tỉnh Bến Tre tổ chức hội thao dành cho cán bộ, viên "
                "chức, người lao động nhà trường."
            ),
            P(
                "Hội thao gồm các môn: cầu lông đôi nam nữ, kéo co, bóng chuyền hơi và các trò chơi dân "
                "gian, thu hút 74 vận động viên của 6 tổ công đoàn tham gia."
            ),
            Img(
                img("10/hoi-thao-20-10.jpg", rel=True),
                "Thi đấu kéo co giữa các tổ công đoàn",
                "Thi đấu kéo co giữa các tổ công đoàn",
                "cap",
            ),
            P("Kết quả toàn đoàn:"),
            P("Giải nhất: Tổ công đoàn Khoa Xây dựng Đảng;", "br"),
            P("Giải nhì: Tổ công đoàn Phòng Tổ chức - Hành chính;", "br"),
            P("Giải ba: Tổ công đoàn Khoa Lý luận cơ sở."),
            Raw('<p style="text-align: right"><strong>BBT</strong></p>'),
        ],
        opts={"cats": ["3"]},
    ),
    Story(
        1243,
        "dan-van-chinh-quyen-ba-tri",
        "Công tác dân vận chính quyền trong xây dựng nông thôn mới ở huyện Ba Tri: thực trạng và giải pháp",
        "5",
        "2026-10-12T16:00:00+07:00",
        [
            P(
                "Tóm tắt: Công tác dân vận của chính quyền cơ sở có vai trò quyết định trong huy động sức "
                "dân xây dựng nông thôn mới. Bài viết tổng hợp kết quả ở huyện Ba Tri giai đoạn 2021 - "
                "2026 và đề xuất bốn nhóm giải pháp."
            ),
            P("Từ khóa: dân vận chính quyền; nông thôn mới; Ba Tri."),
            P("Huy động nguồn lực xây dựng nông thôn mới huyện Ba Tri (tỷ đồng):", "h"),
            P("Nguồn vốn | 2021 - 2023 | 2024 - 2026", "th"),
            P("Ngân sách nhà nước | 612,4 | 735,8", "tr"),
            P("Doanh nghiệp, tín dụng | 288,0 | 341,2", "tr"),
            P("Nhân dân đóng góp | 96,7 | 128,5", "tr"),
            P(
                "Kết quả trên cho thấy khi chính quyền công khai, minh bạch và thực hiện tốt phương châm "
                "“dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”, nhân dân tự "
                "nguyện hiến đất, góp công, góp của làm đường giao thông nông thôn, xây dựng nhà văn hóa "
                "ấp. Tuy nhiên, ở một số xã, việc tiếp xúc, đối thoại với nhân dân còn hình thức; giải quyết "
                "khiếu nại, kiến nghị của công dân có lúc chưa kịp thời.",
                "ent",
            ),
            P(
                "Để nâng cao hiệu quả, cần tiếp tục đổi mới phong cách làm việc của cán bộ, công chức; "
                "thực hiện nghiêm quy chế dân chủ ở cơ sở; phát huy vai trò của Mặt trận và các đoàn thể; "
                "kịp thời biểu dương, nhân rộng các mô hình “Dân vận khéo”."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "1. Ban Chấp hành Trung ương (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII.",
                "num",
            ),
            P(
                "2. Huyện ủy Ba Tri (2026), Báo cáo tổng kết 5 năm thực hiện Chương trình xây dựng nông thôn mới.",
                "num",
            ),
            Raw(
                '<p style="text-align: right"><strong>ThS. Phạm Quốc Việt</strong><br />Khoa Dân vận</p>'
            ),
        ],
        authors=["Phạm Quốc Việt"],
        opts={"cats": ["5"], "ent": True},
    ),
    Story(
        1240,
        "ban-tuyen-giao-kiem-tra",
        "Ban Tuyên giáo Tỉnh ủy kiểm tra công tác đào tạo, bồi dưỡng tại Trường Chính trị tỉnh",
        "3",
        "2026-10-02T11:20:00+07:00",
        [
            P(
                "Ngày 01/10/2026, Đoàn kiểm tra của Ban Tuyên giáo Tỉnh ủy do đồng chí Phó Trưởng ban "
                "làm trưởng đoàn đã kiểm tra việc thực hiện Quy định số 09-QĐi/TW về chuẩn trường chính "
                "trị tại Trường Chính trị tỉnh Bến Tre."
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo nhà trường cho biết hiện trường có 41 giảng viên, trong đó "
                "6 tiến sĩ, 33 thạc sĩ; 100% giảng viên có trình độ cao cấp lý luận chính trị. Nhà trường "
                "đã đạt 12/13 tiêu chí của chuẩn trường chính trị, tiêu chí còn lại về cơ sở vật chất đang "
                "được đầu tư, dự kiến hoàn thành trong năm 2027."
            ),
            P(
                "Đoàn kiểm tra ghi nhận những kết quả nhà trường đạt được, đồng thời đề nghị tiếp tục nâng "
                "cao chất lượng đội ngũ, đẩy mạnh nghiên cứu khoa học và tăng cường đi thực tế cơ sở."
            ),
            Raw('<p style="text-align: right"><em>Theo Báo Đồng Khởi</em></p>'),
        ],
        source="Báo Đồng Khởi",
        summary="Đoàn kiểm tra đánh giá cao việc thực hiện chuẩn trường chính trị của nhà trường.",
        sapo_outside=True,
        opts={"cats": ["3"]},
    ),
    Story(
        1238,
        "ke-hoach-boi-duong-quy-iv",
        "Kế hoạch mở các lớp bồi dưỡng quý IV năm 2026",
        "7",
        "2026-09-25T08:30:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch đào tạo, bồi dưỡng năm 2026 đã được Ban Thường vụ Tỉnh ủy phê duyệt, "
                "Trường Chính trị tỉnh Bến Tre thông báo kế hoạch mở các lớp bồi dưỡng quý IV năm 2026 "
                "như sau:"
            ),
            P("Tên lớp | Đối tượng | Thời gian | Địa điểm", "th"),
            P("Bồi dưỡng cấp ủy viên cơ sở | Cấp ủy viên cơ sở | 05 - 09/10 | Tại trường", "tr"),
            P("Nghiệp vụ công tác Mặt trận | Cán bộ MTTQ cấp xã | 16 - 23/11 | Tại trường", "tr"),
            P("Kiến thức QP&AN đối tượng 4 | Đảng viên mới | 07 - 11/12 | Huyện Giồng Trôm", "tr"),
            P(
                "Các cơ quan, đơn vị cử học viên theo chỉ tiêu được phân bổ, gửi danh sách về Phòng Đào "
                "tạo trước ngày khai giảng 5 ngày làm việc.",
                "nbsp",
            ),
            P("Mọi chi tiết xin liên hệ: Phòng Đào tạo, điện thoại (0275) 3822 417."),
            Raw("<p><em>Tin: Phòng Đào tạo</em></p>"),
        ],
        authors=["Phòng Đào tạo"],
        opts={"cats": ["7"]},
    ),
    Story(
        1236,
        "bac-ho-voi-dao-tao-can-bo",
        "Bác Hồ với công tác huấn luyện, đào tạo cán bộ",
        "6",
        "2026-09-19T07:00:00+07:00",
        [
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc. Người dạy: “Muôn việc thành "
                "công hoặc thất bại, đều do cán bộ tốt hoặc kém”."
            ),
            P(
                "Ngay từ những năm 1925 - 1927, tại Quảng Châu (Trung Quốc), Nguyễn Ái Quốc đã trực tiếp "
                "mở các lớp huấn luyện chính trị, đào tạo những hạt giống đỏ đầu tiên cho cách mạng Việt "
                "Nam. Những bài giảng của Người sau đó được tập hợp thành tác phẩm “Đường Kách mệnh” - cuốn "
                "sách giáo khoa chính trị đầu tiên của cách mạng Việt Nam.",
                "big",
            ),
            Img(
                img("09/bac-ho-lop-huan-luyen.jpg"),
                "Nguyễn Ái Quốc tại Quảng Châu năm 1925 (Ảnh tư liệu)",
                "Nguyễn Ái Quốc tại Quảng Châu năm 1925 (Ảnh tư liệu)",
                "cap",
            ),
            P(
                "Trong tác phẩm “Sửa đổi lối làm việc” (1947), Người chỉ rõ: huấn luyện cán bộ là công việc "
                "gốc của Đảng; phải “học đi đôi với hành”, lý luận phải gắn liền với thực tế. Người phê "
                "phán lối học “lý luận suông”, học thuộc lòng mà không biết vận dụng.",
            ),
            P(
                "“Học để làm việc, làm người, làm cán bộ. Học để phụng sự đoàn thể, phụng sự giai cấp và "
                "nhân dân, phụng sự Tổ quốc và nhân loại”.",
                "quote",
            ),
            P(
                "Thấm nhuần lời dạy của Người, các trường chính trị tỉnh hôm nay không ngừng đổi mới nội "
                "dung, chương trình, phương pháp đào tạo, góp phần xây dựng đội ngũ cán bộ các cấp, nhất là "
                "cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ.",
            ),
            Raw('<p style="text-align: right"><em>Nguồn: Tạp chí Tuyên giáo</em></p>'),
        ],
        source="Tạp chí Tuyên giáo",
        opts={"cats": ["6"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, the order of every list
ORDERED = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
MOST_READ = [1255, 1236, 1260, 1253, 1259]


def filed(cat: str) -> list[Story]:
    """The articles of a list page: a category, the parent node's sub-tree, or all news."""
    if cat == "0":
        return ORDERED
    cats = {"3"} if cat == "1" else {cat}
    return [s for s in ORDERED if cats & set(s.opts["cats"])]


def art_href(story: Story, cat: str | None = None) -> str:
    return f"ChiTietTin.aspx?ID={story.id}&CatID={cat or story.cat}"


GOLD = [
    gold_record(
        s,
        "/" + art_href(s),
        CATEGORIES[s.cat],
        alt_paths=["/" + art_href(s, c) for c in s.opts["cats"][1:]],
    )
    for s in ORDERED
]

NON_ARTICLES = [
    "/GioiThieu.aspx",
    "/LienHe.aspx",
    "/LichHoc.aspx",
    "/VanBan.aspx",
    "/DanhSachTin.aspx?CatID=5",
    "/GuiTin.aspx?ID=1255",
]


# --- printing ------------------------------------------------------------------------------


def _dt_of(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def date_line(story: Story) -> str:
    return _dt_of(story).strftime("%d/%m/%Y - %H:%M")


def date_short(story: Story) -> str:
    return _dt_of(story).strftime("%d/%m/%Y")


def latin1_entities(markup: str) -> str:
    """FCKeditor's IncludeLatinEntities: à, é, ô … as named entities; ấ, ộ, đ stay raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def ptext(story: Story, p: P | str) -> str:
    value = esc(p.text if isinstance(p, P) else p).replace("&#x27;", "'")
    value = value.replace("&quot;", '"')
    if isinstance(p, P) and p.style == "nbsp":
        words = value.split(" ")
        value = " ".join(w + ("&nbsp;" if i % 4 == 3 else "") for i, w in enumerate(words))
        value = value.replace("&nbsp; ", "&nbsp;")
    if story.opts.get("ent"):
        value = latin1_entities(value)
    return value


def _img_tag(im: Img) -> str:
    return f'<img alt="" src="{esc(im.src)}" style="width: 500px; height: 333px" />'


def render_body(story: Story) -> str:
    """lblNoiDung: FCKeditor 2.6 output as the editors left it."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "div":
                out.append(
                    f'<div style="text-align: center">{_img_tag(b)}<br />\n'
                    f"<em>{esc(b.printed or '')}</em></div>"
                )
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="2" cellspacing="0" width="500">'
                    f'<tbody><tr><td>{_img_tag(b)}</td></tr><tr><td style="text-align: center">'
                    f"<em>{esc(b.printed or '')}</em></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "ul"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"\t<li>{ptext(story, blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                bold = blocks[i].style == "th"
                rows.append(
                    "<tr>"
                    + "".join(
                        '<td style="text-align: center">'
                        + (f"<strong>{ptext(story, c)}</strong>" if bold else ptext(story, c))
                        + "</td>"
                        for c in cells
                    )
                    + "</tr>"
                )
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%; '
                'border-collapse: collapse"><tbody>' + "\n".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(ptext(story, blocks[i]))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                lines.append(ptext(story, blocks[i]))
                i += 1
            out.append('<p style="text-align: justify">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "div":
            out.append(f'<div style="text-align: justify">{ptext(story, b)}</div>')
        elif b.style == "h":
            out.append(f"<p><strong>{ptext(story, b)}</strong></p>")
        elif b.style == "big":
            out.append(
                f'<p style="text-align: justify"><span style="font-size: 14pt">{ptext(story, b)}'
                "</span></p>"
            )
        elif b.style == "quote":
            out.append(
                f'<p style="margin-left: 40px; text-align: justify"><em>{ptext(story, b)}</em></p>'
            )
        else:
            out.append(f'<p style="text-align: justify">{ptext(story, b)}</p>')
        i += 1
    return "\n".join(out)


# --- master page ------------------------------------------------------------------------------

#: TreeView nodes: (index, text, href or None for a postback parent, value path, children)
TREE = [
    (0, "Trang chủ", "Default.aspx", None, []),
    (
        1,
        "Giới thiệu",
        None,
        "gt",
        [(2, "Lịch sử phát triển", "GioiThieu.aspx"), (3, "Liên hệ", "LienHe.aspx")],
    ),
    (4, "Tin tức", None, "1", [(5, "Tin hoạt động", "DanhSachTin.aspx?CatID=3")]),
    (6, "Nghiên cứu khoa học", "DanhSachTin.aspx?CatID=5", None, []),
    (7, "Học tập và làm theo Bác", "DanhSachTin.aspx?CatID=6", None, []),
    (
        8,
        "Đào tạo",
        None,
        "dt",
        [(9, "Đào tạo - Bồi dưỡng", "DanhSachTin.aspx?CatID=7"), (10, "Lịch học", "LichHoc.aspx")],
    ),
    (11, "Văn bản", "VanBan.aspx", None, []),
]
#: where the SelectedNodeChanged handler sends a parent node
NODE_TARGET = {
    "gt": "/GioiThieu.aspx",
    "1": "/DanhSachTin.aspx?CatID=1",
    "dt": "/DanhSachTin.aspx?CatID=7",
}
WR = "/WebResource.axd?d={}&amp;t=634245046914809245"


def _wr(name: str) -> str:
    return WR.format(opaque("wr" + name, 24).replace("+", "-").replace("/", "_").rstrip("="))


def _node(
    idx: int, label: str, href: str | None, value: str | None, leaf: bool, depth: int, selected: str
) -> str:
    cls = "ctl00_TreeView1_0 ctl00_TreeView1_" + ("3" if depth else "1")
    if href and href == selected:
        cls += " ctl00_TreeView1_5"
    if href:
        link = f'<a class="{cls}" href="{esc(href)}" id="ctl00_TreeView1t{idx}">{esc(label)}</a>'
    else:
        link = (
            f"<a class=\"{cls}\" href=\"javascript:__doPostBack('ctl00$TreeView1','s{value}')\" "
            f"onclick=\"TreeView_SelectNode(ctl00_TreeView1_Data, this,'ctl00_TreeView1t{idx}');\" "
            f'id="ctl00_TreeView1t{idx}">{esc(label)}</a>'
        )
    if leaf:
        icon = f'<img src="{_wr("noexpand")}" alt="" />'
    else:
        icon = (
            f'<a id="ctl00_TreeView1n{idx}" href="javascript:TreeView_ToggleNode(ctl00_TreeView1_Data,{idx},'
            f"document.getElementById('ctl00_TreeView1n{idx}'),' ',document.getElementById("
            f'\'ctl00_TreeView1n{idx}Nodes\'))"><img src="{_wr("plus")}" alt="Mở rộng {esc(label)}" '
            'style="border-width:0;" /></a>'
        )
    indent = '<td><div style="width:16px;height:1px"></div></td>' if depth else ""
    return (
        f'<table cellpadding="0" cellspacing="0" style="border-width:0;"><tr>{indent}<td>{icon}</td>'
        f'<td class="ctl00_TreeView1_2" style="white-space:nowrap;">{link}</td></tr></table>'
    )


def treeview(selected: str) -> str:
    out = [
        '<div id="ctl00_TreeView1" class="menutrai">',
        '<a href="#ctl00_TreeView1_SkipLink"></a>',
    ]
    for idx, label, href, value, children in TREE:
        out.append(_node(idx, label, href, value, not children, 0, selected))
        if children:
            out.append(f'<div id="ctl00_TreeView1n{idx}Nodes" style="display:none;">')
            for cidx, clabel, chref in children:
                out.append(_node(cidx, clabel, chref, None, True, 1, selected))
            out.append("</div>")
    out.append('<a id="ctl00_TreeView1_SkipLink"></a></div>')
    return "\n".join(out)


def _page_key(target: str) -> str:
    """One key per page however it is addressed: ``/`` is ``/Default.aspx``, IIS ignores case."""
    key = target.lower()
    return "/default.aspx" if key == "/" else key


def viewstate(target: str, page: int = 1) -> str:
    return opaque(f"vs|{_page_key(target)}|{page}", 900, b"\xff\x01")


def validation(target: str, page: int = 1) -> str:
    return opaque(f"ev|{_page_key(target)}|{page}", 120)


def _sidebar_right() -> str:
    hot = "".join(
        f'<li><a href="{esc(art_href(BY_ID[i]))}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<div class="khungphai"><div class="tieudekhung">Tin đọc nhiều</div>'
        f'<ul class="tindocnhieu">{hot}</ul></div>'
        '<div class="khungphai"><div class="tieudekhung">Thăm dò ý kiến</div>'
        '<span id="ctl00_ucBinhChon_lblCauHoi">Bạn đánh giá thế nào về giao diện website mới?</span>'
        '<table id="ctl00_ucBinhChon_rblTraLoi"><tr><td><input id="ctl00_ucBinhChon_rblTraLoi_0" '
        'type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="1" /><label>Đẹp, dễ sử dụng</label></td>'
        '</tr><tr><td><input type="radio" name="ctl00$ucBinhChon$rblTraLoi" value="2" /><label>Bình '
        'thường</label></td></tr><tr><td><input type="radio" name="ctl00$ucBinhChon$rblTraLoi" '
        'value="3" /><label>Cần cải tiến</label></td></tr></table>'
        '<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Biểu quyết" />'
        "<a href=\"javascript:window.open('KetQuaBinhChon.aspx','kq','width=400,height=300')\">"
        "Xem kết quả</a></div>"
        '<div class="khungphai"><div class="tieudekhung">Thống kê truy cập</div>'
        '<span id="ctl00_lblOnline">Đang truy cập: 12</span> — '
        '<span id="ctl00_lblTongTruyCap">Lượt truy cập: 456.789</span></div>'
    )


LINKS = [
    ("http://www.bentre.gov.vn", "Cổng TTĐT tỉnh Bến Tre"),
    ("http://www.hcma.vn", "Học viện CTQG Hồ Chí Minh"),
    ("http://www.tuyengiao.vn", "Tạp chí Tuyên giáo"),
    ("http://baodongkhoi.vn", "Báo Đồng Khởi"),
]


def layout(target: str, title: str, main: str, selected: str = "", page: int = 1) -> str:
    action = target.lstrip("/") or "Default.aspx"
    links = "".join(f'<option value="{u}">{esc(n)}</option>' for u, n in LINKS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\t{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<style type="text/css">
\t.ctl00_TreeView1_0 {{ text-decoration:none; }}
\t.ctl00_TreeView1_1 {{ color:#003399;font-weight:bold; }}
\t.ctl00_TreeView1_5 {{ color:#cc0000; }}
</style></head>
<body>
<a name="top"></a>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="ctl00_TreeView1_ExpandState" id="ctl00_TreeView1_ExpandState" value="nnnnnnnnnnnn" />
<input type="hidden" name="ctl00_TreeView1_SelectedNode" id="ctl00_TreeView1_SelectedNode" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(target, page)}" />
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
<script src="{_wr("js")}" type="text/javascript"></script>
<div id="wrapper">
<div id="header">
  <div class="ngayhientai"><span id="ctl00_lblNgay">{TODAY}</span></div>
  <img src="images/banner_tct.jpg" alt="{SITE}" width="1000" height="160" />
  <marquee scrollamount="3" class="chaychu">Nhiệt liệt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 *** Đoàn kết - Kỷ cương - Chất lượng - Hiệu quả ***</marquee>
  <div class="menungang"><a href="Default.aspx">Trang chủ</a> | <a href="GioiThieu.aspx">Giới thiệu</a> | <a href="VanBan.aspx">Văn bản</a> | <a href="LichHoc.aspx">Lịch học</a> | <a href="LienHe.aspx">Liên hệ</a></div>
</div>
<table id="main" width="1000" cellpadding="0" cellspacing="0"><tr>
<td class="cottrai" valign="top" width="210">
<div class="tieudekhung">Danh mục</div>
{treeview(selected)}
<div class="tieudekhung">Liên kết website</div>
<select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select>
<a href="http://www.bentre.gov.vn"><img src="images/qc_bentre.gif" alt="Cổng TTĐT Bến Tre" width="200" /></a>
</td>
<td class="cotgiua" valign="top">
{main}
</td>
<td class="cotphai" valign="top" width="220">{_sidebar_right()}</td>
</tr></table>
<div id="footer">
<b>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</b><br />
Địa chỉ: Số 296, đường Đồng Khởi, phường Phú Tân, TP. Bến Tre, tỉnh Bến Tre<br />
Điện thoại: (0275) 3822 417 - Fax: (0275) 3822 418 - Email: tct@bentre.gov.vn<br />
Thiết kế và phát triển: Công ty TNHH Tin học Đồng Khởi - 2014
</div>
</div>
<div>
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation(target, page)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var ctl00_TreeView1_ImageArray =  new Array('', '', '', '{_wr("plus")}', '{_wr("minus")}');
var ctl00_TreeView1_Data = new Object();
ctl00_TreeView1_Data.images = ctl00_TreeView1_ImageArray;
ctl00_TreeView1_Data.collapseToolTip = "Thu gọn {{0}}";
ctl00_TreeView1_Data.expandToolTip = "Mở rộng {{0}}";
ctl00_TreeView1_Data.expandState = theForm.elements['ctl00_TreeView1_ExpandState'];
//]]>
</script>
</form>
</body>
</html>
"""


# --- pages ---------------------------------------------------------------------------------


def list_item(story: Story, cat: str) -> str:
    c = cat if cat in story.opts["cats"] else story.cat
    thumb = next((im.src for im in story.images), "images/no_image.jpg")
    sapo = f'<div class="tomtat">{esc(story.summary)}</div>' if story.summary else ""
    return (
        f'<div class="tinlist"><a href="{esc(art_href(story, c))}"><img src="{esc(thumb)}" '
        'class="anhnho" width="120" alt="" /></a>'
        f'<a class="tieudelist" href="{esc(art_href(story, c))}">{esc(story.title)}</a> '
        f'<span class="ngay">({date_short(story)})</span>{sapo}<div class="clear"></div></div>'
    )


def pager(page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def link(name: str, label: str, enabled: bool) -> str:
        ident = name.replace("$", "_")
        if not enabled:
            return f'<a id="{ident}" disabled="disabled" class="trangchon">{label}</a>'
        return f"<a id=\"{ident}\" href=\"javascript:__doPostBack('{name}','')\">{label}</a>"

    parts = [link(f"{CPN}$lnkTrangTruoc", "Trang trước", page > 1)]
    for n in range(1, pages + 1):
        parts.append(link(f"{CPN}$rptPager$ctl{n - 1:02d}$lnkPage", str(n), n != page))
    parts.append(link(f"{CPN}$lnkTrangSau", "Trang sau", page < pages))
    return '<div class="phantrang">Trang: ' + " ".join(parts) + "</div>"


def list_page(target: str, cat: str, page: int) -> str:
    stories = filed(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    crumbs = ['<a href="Default.aspx">Trang chủ</a>']
    if cat in PARENT and PARENT[cat][0]:
        crumbs.append(f'<a href="DanhSachTin.aspx?CatID={PARENT[cat][0]}">{PARENT[cat][1]}</a>')
    elif cat in PARENT:
        crumbs.append(PARENT[cat][1])
    crumbs.append(f'<span id="{CP}_lblTenDanhMuc">{esc(LISTS[cat])}</span>')
    main = (
        f'<div class="duongdan">{" » ".join(crumbs)}</div>'
        f'<div id="{CP}_pnlDanhSach">'
        + "\n".join(list_item(s, cat) for s in chunk)
        + "</div>"
        + pager(page, pages)
    )
    selected = f"DanhSachTin.aspx?CatID={cat}"
    return layout(target, f"{LISTS[cat]} - {SITE}", main, selected, page)


def home(target: str) -> str:
    newest = ORDERED[:PER_PAGE]
    top = newest[0]
    lead = (
        f'<div class="tinnoibat"><a href="{esc(art_href(top))}"><img src="{esc(top.images[0].src)}" '
        f'width="300" alt="" /></a><a class="tieude" href="{esc(art_href(top))}">{esc(top.title)}</a>'
        f'<div class="tomtat">{esc(top.summary or "")}</div></div>'
    )
    rest = "".join(
        f'<li><a href="{esc(art_href(s))}">{esc(s.title)}</a> <span class="ngay">({date_short(s)})</span></li>'
        for s in newest[1:]
    )
    boxes = []
    for cat, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{esc(art_href(s, cat))}">{esc(s.title)}</a></li>' for s in filed(cat)[:2]
        )
        boxes.append(
            f'<div class="khungtin"><div class="tieudekhung"><a href="DanhSachTin.aspx?CatID={cat}">'
            f"{esc(name)}</a></div><ul>{items}</ul></div>"
        )
    main = (
        f'<div class="tieudekhung">Tin mới</div>{lead}<ul class="tinkhac">{rest}</ul>'
        '<div class="xemtiep"><a href="DanhSachTin.aspx?CatID=0">Xem tất cả »</a></div>'
        + "".join(boxes)
    )
    return layout(target, f"{SITE} - Trang chủ", main, "Default.aspx")


def article_page(target: str, story: Story, cat: str) -> str:
    crumbs = ['<a href="Default.aspx">Trang chủ</a>']
    parent = PARENT.get(story.cat)
    if parent and parent[0]:
        crumbs.append(f'<a href="DanhSachTin.aspx?CatID={parent[0]}">{parent[1]}</a>')
    elif parent:
        crumbs.append(parent[1])
    crumbs.append(f'<a href="DanhSachTin.aspx?CatID={story.cat}">{esc(CATEGORIES[story.cat])}</a>')
    others = [s for s in filed(cat) if s.id != story.id][:4]
    other_items = "".join(
        f'<li><a href="{esc(art_href(s, cat))}">{esc(s.title)}</a> <span class="ngay">({date_short(s)})</span></li>'
        for s in others
    )
    sapo = f"<b>{esc(story.summary)}</b>" if story.summary else ""
    main = f"""<div class="duongdan">{" » ".join(crumbs)}</div>
<div class="chitiettin">
<span id="{CP}_lblTieuDe" class="tieudetin">{esc(story.title)}</span><br />
<span id="{CP}_lblNgayDang" class="ngaydang">Ngày đăng: {date_line(story)}</span><br />
<span id="{CP}_lblTomTat" class="tomtat">{sapo}</span>
<span id="{CP}_lblNoiDung" class="noidung">{render_body(story)}</span>
<div class="luotxem">Số lượt xem: <span id="{CP}_lblLuotXem">{story.views()}</span></div>
<div class="congcu"><a href="javascript:window.print()"><img src="images/print.gif" alt="" /> In tin</a> | <a href="GuiTin.aspx?ID={story.id}"><img src="images/email.gif" alt="" /> Gửi tin</a> | <a href="#top"><img src="images/top.gif" alt="" /> Về đầu trang</a></div>
</div>
<div class="tinkhac"><b>Các tin khác:</b><ul>{other_items}</ul></div>"""
    return layout(target, f"{story.title} - {SITE}", main, f"DanhSachTin.aspx?CatID={cat}")


GIOI_THIEU = [
    "Trường Chính trị tỉnh Bến Tre là đơn vị sự nghiệp trực thuộc Tỉnh ủy và UBND tỉnh, có chức năng "
    "đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý trong hệ thống chính trị ở cơ sở; cán bộ, công chức, "
    "viên chức cấp tỉnh, cấp huyện về lý luận chính trị - hành chính, chuyên môn, nghiệp vụ.",
    "Tiền thân của nhà trường là Trường Đảng Nguyễn Đình Chiểu, được thành lập trong kháng chiến chống "
    "Pháp. Qua các thời kỳ, trường mang nhiều tên gọi khác nhau; năm 1995 được đổi tên thành Trường "
    "Chính trị tỉnh Bến Tre theo Quyết định của Ban Thường vụ Tỉnh ủy.",
    "Hiện nay, nhà trường có 4 khoa (Lý luận cơ sở, Xây dựng Đảng, Nhà nước và Pháp luật, Dân vận) và "
    "3 phòng (Tổ chức - Hành chính, Đào tạo, Quản lý khoa học), với 58 cán bộ, viên chức.",
    "Với những thành tích đạt được, nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao "
    "động hạng Nhất, hạng Nhì, hạng Ba và nhiều Bằng khen, Cờ thi đua của Chính phủ, UBND tỉnh.",
]

LICH_HOC = [
    (
        "Thứ Hai 30/11",
        "TC LLCT-HC K84",
        "Xây dựng Đảng về đạo đức",
        "ThS. Nguyễn Thị Lan",
        "Phòng 2",
    ),
    ("Thứ Ba 01/12", "TC LLCT-HC K85", "Kinh tế chính trị Mác - Lênin", "TS. Võ Văn Bé", "Phòng 3"),
    (
        "Thứ Tư 02/12",
        "BD MTTQ cơ sở",
        "Kỹ năng vận động quần chúng",
        "ThS. Phạm Quốc Việt",
        "Hội trường",
    ),
    ("Thứ Năm 03/12", "TC LLCT-HC K86", "Triết học Mác - Lênin", "ThS. Trần Văn Hai", "Mỏ Cày Nam"),
    ("Thứ Sáu 04/12", "TC LLCT-HC K84", "Thi hết phần học IV", "Phòng Đào tạo", "Phòng 2"),
]

VAN_BAN = [
    (
        "125/KH-TCT",
        "20/11/2026",
        "Kế hoạch tổ chức thi tốt nghiệp lớp TC LLCT-HC khóa 79",
        "kh125.pdf",
    ),
    (
        "118/QĐ-TCT",
        "05/11/2026",
        "Quyết định mở lớp TC LLCT-HC hệ không tập trung khóa 86",
        "qd118.pdf",
    ),
    (
        "97/TB-TCT",
        "25/09/2026",
        "Thông báo chiêu sinh các lớp bồi dưỡng quý IV năm 2026",
        "tb97.pdf",
    ),
    ("64/QC-TCT", "10/06/2026", "Quy chế chi tiêu nội bộ năm 2026", "qc64.pdf"),
]


def static_page(target: str, heading: str, content: str, selected: str) -> str:
    main = (
        f'<div class="duongdan"><a href="Default.aspx">Trang chủ</a> » {esc(heading)}</div>'
        f'<div class="tieudetrang"><span id="{CP}_lblTieuDe">{esc(heading)}</span></div>{content}'
    )
    return layout(target, f"{heading} - {SITE}", main, selected)


def gioi_thieu(target: str) -> str:
    body = "".join(f'<p style="text-align: justify">{esc(p)}</p>' for p in GIOI_THIEU)
    body += '<p style="text-align: center"><img src="/UserFiles/Image/gioithieu/truong.jpg" alt="" /></p>'
    return static_page(target, "Lịch sử phát triển", body, "GioiThieu.aspx")


def lien_he(target: str, sent: bool = False) -> str:
    note = '<span class="thongbao">Cảm ơn bạn đã gửi ý kiến!</span>' if sent else ""
    body = (
        "<p><b>TRƯỜNG CHÍNH TRỊ TỈNH BẾN TRE</b><br />Địa chỉ: Số 296, đường Đồng Khởi, phường Phú Tân, "
        "TP. Bến Tre<br />Điện thoại: (0275) 3822 417</p>"
        f'{note}<table class="lienhe"><tr><td>Họ tên:</td><td><input name="{CPN}$txtHoTen" type="text" /></td></tr>'
        f'<tr><td>Email:</td><td><input name="{CPN}$txtEmail" type="text" /></td></tr>'
        f'<tr><td>Nội dung:</td><td><textarea name="{CPN}$txtNoiDung" rows="6" cols="40"></textarea></td></tr>'
        f'<tr><td></td><td><input type="submit" name="{CPN}$btnGui" value="Gửi" /></td></tr></table>'
    )
    return static_page(target, "Liên hệ", body, "LienHe.aspx")


def lich_hoc(target: str) -> str:
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in LICH_HOC)
    body = (
        "<p><b>LỊCH HỌC TUẦN 49 (TỪ NGÀY 30/11/2026 ĐẾN NGÀY 04/12/2026)</b></p>"
        '<table border="1" cellpadding="3" class="lichhoc"><tr><th>Ngày</th><th>Lớp</th><th>Nội dung</th>'
        f"<th>Giảng viên</th><th>Địa điểm</th></tr>{rows}</table>"
    )
    return static_page(target, "Lịch học", body, "LichHoc.aspx")


def van_ban(target: str) -> str:
    rows = "".join(
        f"<tr><td>{esc(so)}</td><td>{d}</td><td>{esc(ty)}</td>"
        f'<td><a href="UserFiles/File/{f}"><img src="images/pdf.gif" alt="" /> Tải về</a></td></tr>'
        for so, d, ty, f in VAN_BAN
    )
    body = (
        f'<table id="{CP}_gvVanBan" border="1" cellpadding="3" rules="all"><tr><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>{rows}</table>"
    )
    return static_page(target, "Văn bản", body, "VanBan.aspx")


def gui_tin(target: str, story: Story) -> str:
    body = (
        f'<p>Gửi tin: <b>{esc(story.title)}</b></p><table class="guitin">'
        f'<tr><td>Email người nhận:</td><td><input name="{CPN}$txtEmailNhan" type="text" /></td></tr>'
        f'<tr><td>Lời nhắn:</td><td><textarea name="{CPN}$txtLoiNhan" rows="4" cols="40"></textarea></td></tr>'
        f'<tr><td></td><td><input type="submit" name="{CPN}$btnGui" value="Gửi" /></td></tr></table>'
        f'<p><a href="{esc(art_href(story))}">« Quay lại</a></p>'
    )
    return static_page(target, "Gửi tin cho bạn bè", body, "")


YELLOW = """<html><head><title>Validation of viewstate MAC failed.</title></head><body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Validation of viewstate MAC failed. If this application is hosted by a Web Farm or cluster,
ensure that &lt;machineKey&gt; configuration specifies the same validationKey and validation algorithm.</i> </h2></span>
<b>Exception Details: </b>System.Web.HttpException: Validation of viewstate MAC failed.<br><br>
<hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319;
ASP.NET Version:4.0.30319.34280</body></html>"""


def _posted_page(request: Request, target: str, pages: int) -> int | None:
    """The page the posted view state was issued for, None when it is not this page's."""
    form = request.form
    for n in range(1, pages + 1):
        if form.get("__VIEWSTATE") == viewstate(target, n):
            return n if form.get("__EVENTVALIDATION") == validation(target, n) else None
    return None


class TreeViewSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low in ("/webresource.axd", "/scriptresource.axd"):
            if "plus" in request.query or "minus" in request.query:
                return static_file("x.gif")
            return static_file("x.js")
        if low.startswith("/userfiles/file/") and low.endswith(".pdf"):
            if low.rsplit("/", 1)[-1] in {v[3] for v in VAN_BAN}:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if low.startswith(("/userfiles/", "/images/", "/app_themes/")) or low == "/favicon.ico":
            return static_file(path)
        params = {k.lower(): v for k, v in request.params.items()}
        target = request.target
        page = 1
        if request.method == "POST":
            event = request.form.get("__EVENTTARGET", "")
            pages = 1
            if low == "/danhsachtin.aspx" and params.get("catid") in LISTS:
                pages = max(1, -(-len(filed(params["catid"])) // PER_PAGE))
            posted = _posted_page(request, target, pages)
            if posted is None:
                return html(YELLOW, status=500)
            if event == "ctl00$TreeView1":
                value = request.form.get("__EVENTARGUMENT", "")[1:]
                if value in NODE_TARGET:
                    return redirect(NODE_TARGET[value], 302)
            if m := re.fullmatch(re.escape(CPN) + r"\$rptPager\$ctl(\d\d)\$lnkPage", event):
                page = int(m.group(1)) + 1
            elif event == f"{CPN}$lnkTrangSau":
                page = posted + 1
            elif event == f"{CPN}$lnkTrangTruoc":
                page = posted - 1
            else:
                page = posted
            if not 1 <= page <= pages:
                return html(
                    YELLOW.replace(
                        "Validation of viewstate MAC failed",
                        "Invalid postback or callback argument",
                    ),
                    status=500,
                )
        if low in ("/", "/default.aspx") and not request.query:
            return html(home(target))
        if low == "/danhsachtin.aspx" and params.get("catid") in LISTS:
            return html(list_page(target, params["catid"], page))
        if low == "/chitiettin.aspx":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            cat = params.get("catid")
            if story and cat in story.opts["cats"]:
                return html(article_page(target, story, cat))
            return None
        if low == "/guitin.aspx":
            story = BY_ID.get(int(params["id"])) if params.get("id", "").isdigit() else None
            return html(gui_tin(target, story)) if story else None
        if low == "/gioithieu.aspx":
            return html(gioi_thieu(target))
        if low == "/lienhe.aspx":
            return html(
                lien_he(target, sent=request.method == "POST" and f"{CPN}$btnGui" in request.form)
            )
        if low == "/lichhoc.aspx":
            return html(lich_hoc(target))
        if low == "/vanban.aspx":
            return html(van_ban(target))
        return None


def build_site() -> TreeViewSite:
    return TreeViewSite()
