"""Sở Giáo dục và Đào tạo tỉnh Hậu Giang on a vendor's "Ocean Portal" (ASP.NET MVC 5 + Kendo UI).

Platform: an e-government portal product sold to provincial departments: ASP.NET MVC with Kendo
UI widgets rendered server side (Menu, PanelBar portlets, ListView + Pager, TabStrip, ScrollView,
Grid), a "ChiTietTin" detail view that prints the article as a *field list* (a two-column table
of labels and values), a "Văn bản điều hành" documents module and an "Ý kiến" Q&A module. The
server culture was left at en-US: the detail view prints dates as ``M/d/yyyy h:mm:ss tt``.

URL scheme
- ``/`` home: Kendo ScrollView "Tin nổi bật" (links ``/Home/ChiTietTin?id=<GUID>&cm=1``, the GUID
  in capitals, ``cm`` the box's id), one box per category (pretty links), sidebars.
- ``/Home/DanhSachTin?cm=<catid>[&page=<N>]``: a category listing (Kendo ListView, 3 a page,
  Kendo Pager with real hrefs; ``page=1`` and no page are the same listing). Items link the MVC
  form ``/Home/ChiTietTin?id=<guid>&cm=<catid>`` (GUID lower case).
- ``/tin-tuc/<slug>-<n>.aspx``: the pretty form of the same detail view; the number alone
  resolves the article (any slug is accepted), the page's ``<link rel=canonical>`` names the
  current slug. Home boxes, the "Tin mới hơn" / "Tin cùng chuyên mục" tabs and the "Tin xem nhiều"
  portlet link this form.
- ``/Home/ChiTietTin?id=<guid>&cm=<any>``: the MVC form; any case of the GUID, any ``cm``.
- ``/van-ban/danh-sach.aspx``, ``/van-ban/chi-tiet/<so-ky-hieu>-<n>.aspx`` (document entries,
  PDF at ``/van-ban/tai-ve/<n>.pdf``); ``/hoi-dap/danh-sach.aspx``, ``/hoi-dap/chi-tiet-<n>.aspx``
  (the Q&A module); ``/gioi-thieu/co-cau-to-chuc.aspx``; ``/lien-he.aspx``.

Page templates
- Detail: breadcrumb ``ol.ocn-bc``; a Kendo panel whose ``<h1 class="k-header">`` is the
  *category*; table ``tbl-ttin`` with rows "Tiêu đề:", "Ngày đăng:", "Tóm tắt:", "Tác giả:",
  "Nguồn tin:", "Lượt xem:", "Nội dung:" (the text in ``div.noidung-tin``, then the tool bar, an
  ``<hr>``, the related-news TabStrip and readers' opinions, all in the same cell),
  "Người cập nhật:" (the CMS account).
- Listing: ListView items (thumbnail, title, ``dd/MM/yyyy``, sapo), Kendo Pager.

How each gold article is reached
- Page 1 of each category (menu) and the home boxes: A, B, H, I, J, K, L, M (pretty links on the
  home page, MVC links in the listings); A, B, J also from the home ScrollView (capital GUID,
  cm=1).
- C, E: "Tin tức - Sự kiện" page 2 (MVC links) and the "Tin xem nhiều" portlet (pretty; C under
  its old slug, the portlet being cached before the headline was edited).
- D, F: only "Tin tức - Sự kiện" page 2/3 and the "Tin mới hơn" tab of older articles.
- G: only "Tin tức - Sự kiện" page 3 (the last page: reached through page 2's pager).

Traps
1. (new) The ``<title>`` is "Chi tiết tin - Sở Giáo dục và Đào tạo tỉnh Hậu Giang" on every article; the
   panel's ``<h1>`` is the category's name; the headline is the value of the "Tiêu đề:" row
   (and ``og:title``). Gold title: the "Tiêu đề:" value.
2. (new) Field-list layout: labels ("Tóm tắt:", "Nội dung:", "Tác giả:", "Nguồn tin:",
   "Người cập nhật:") sit in their own cells beside the values. Gold: labels are never text; the
   "Tóm tắt:" value is the sapo (summary, the body's first paragraph); "Tác giả:" gives the
   authors (post/unit after " - " dropped, degrees dropped); "Nguồn tin:" gives the source (an
   empty ``&nbsp;`` cell: null); "Người cập nhật: hg_bientap" is a CMS account: nobody.
3. (new) en-US server culture: the detail view prints "Ngày đăng: 12/3/2026 2:30:00 PM" (month
   first, 12-hour clock), while listings and tabs print "03/12/2026" (day first); days above 12
   ("11/20/2026 7:45:00 AM") show the order. Gold: 2026-12-03T14:30:00+07:00. A midnight post
   prints "11/27/2026 12:00:00 AM": the day alone "2026-11-27".
4. (new) The sapo is printed twice in two articles (A, I): in the "Tóm tắt:" row and again, in
   bold, as the first paragraph of "Nội dung:". Gold: once, as the body's first paragraph.
5. (new) One article, four addresses: pretty ``/tin-tuc/<slug>-<n>.aspx`` (gold path and
   canonical), MVC ``/Home/ChiTietTin?id=<guid>&cm=<cat>`` from listings, the same with the GUID
   in capitals and ``cm=1`` from the home ScrollView (A, B, J), and a stale slug from the cached
   "Tin xem nhiều" portlet (C). All answer 200 with the same page. Gold: alt_paths.
6. (new) The related-news Kendo TabStrip ("Tin mới hơn" / "Tin cùng chuyên mục", items "Title
   (dd/MM/yyyy)") and the readers' "Ý kiến bạn đọc" (a name, a date, an opinion; then a comment
   form) sit in the same table cell as the text, after it. Gold: neither is body; a reader's
   date is no publication date.
7. (new) A photo gallery inside the text as a Kendo ScrollView (C): ``div[data-role=page]`` slides,
   each an ``<img>`` and a ``<span class="sv-mota">`` line. Gold: the photos in order, each with
   its span's line as caption.
8. Captions in three shapes: a two-row ``table.tblAnh`` with the line in its second row; a
   ``div.mota-anh`` under the photo; a right-aligned "Ảnh: Hữu Phước" line that only credits
   (caption None, photographer). A photo with ``alt``/``title`` only has caption None.
9. (new) Document entries (``/van-ban/chi-tiet/…``) and Q&A entries (``/hoi-dap/chi-tiet-…``)
   use the very same field-list table (``tbl-ttin``, "Ngày ban hành: 11/25/2026", "Nội dung câu
   hỏi:", "Trả lời:") as articles. Gold: not articles (NON_ARTICLES).
10. Bylines in the text: a right-aligned unit closing the text ("Công đoàn ngành Giáo dục") with
   an empty "Tác giả:" row (D), "Tin, ảnh: Ngọc Hân" (B), "Tin: … - Ảnh: …" (G), a closing
   "Theo Báo Giáo dục và Thời đại" line (M, the source). Gold: authors/photographers/source as
   the README says; none of these lines is body.
11. An official notice (J): letterhead table, "Số:", place and day, "THÔNG BÁO / Về việc …",
   "Nơi nhận:" and the signer. Gold: date is the letterhead's day 2026-12-01 (the "Ngày đăng:"
   row says 12/2/2026 8:05:00 AM), author the signer "Nguyễn Văn Hùng"; body the notice's text
   and its schedule table rows.
12. Text as ``<br />``-separated lines in one ``<div>`` (E): each line a paragraph. A "📌" typed
   as a character (K) stays text.

Gold decisions on ambiguous points
- path = the pretty URL (the canonical); every MVC form linked anywhere is in alt_paths.
- category = the breadcrumb's last item (the article's own category, whatever ``cm`` says).
- The "Tóm tắt:" value is the sapo (it is its own element): summary set, first body paragraph.
- The Q&A entries are not articles (a reader's question and the office's answer).
- A "Tác giả:" value "X - Phòng GDTrH" -> [X]; a unit alone ("Phòng Giáo dục Trung học") is the
  author as printed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

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

NAME = "egov_ocean_sgddt"
PLATFORM = "Ocean Portal (ASP.NET MVC 5 + Kendo UI), e-government vendor product"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hậu Giang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS = {
    1: "Tin nổi bật",
    2: "Tin tức - Sự kiện",
    3: "Hoạt động chuyên môn",
    4: "Thông báo",
    5: "Gương người tốt việc tốt",
}

U = "/Uploads/HauGiang/SGDDT/2026"


def _guid(n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ocean-portal/haugiang/sgddt/tin/{n}"))


# --- the articles ---------------------------------------------------------------------------

SAPO_A = (
    "Từ ngày 30/11 đến 03/12/2026, Sở GD&ĐT Hậu Giang tổ chức Hội thi giáo viên dạy giỏi cấp "
    "tỉnh bậc THPT năm học 2026-2027 với sự tham gia của 148 giáo viên đến từ 32 trường."
)
SAPO_I = (
    "Sở GD&ĐT hướng dẫn các trường THCS, THPT tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I "
    "năm học 2026-2027 bảo đảm khách quan, đúng quy định."
)

LETTERHEAD_J = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr><td style="text-align:center;width:40%"><span style="font-size:12pt">UBND TỈNH HẬU GIANG</span><br />
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>
<tr><td style="text-align:center">Số: 2318/TB-SGDĐT</td>
<td style="text-align:right"><em>Hậu Giang, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Về việc tổ chức vòng 2 kỳ tuyển dụng viên chức giáo dục năm 2026</strong></p>"""

CLOSING_J = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr><td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />
- Như trên;<br />- Ban Giám đốc Sở;<br />- Lưu: VT, TCCB.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong><br /><br />
<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Hùng</strong></td></tr></tbody></table>"""

STORIES: list[Story] = [
    Story(
        2901,
        "hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Sở GD&ĐT Hậu Giang tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027",
        "Tin tức - Sự kiện",
        "2026-12-03T14:30:00+07:00",
        [
            Raw(f'<p style="text-align:justify"><b>{esc(SAPO_A)}</b></p>'),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                f"{U}/12/hoithi-gvdg-khaimac.jpg",
                "Ông Trần Minh Luân, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Ông Trần Minh Luân, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "tbl",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành trên lớp và trình bày biện "
                "pháp nâng cao chất lượng giảng dạy bộ môn trước Ban Giám khảo."
            ),
            P(
                "Theo kế hoạch, kết quả Hội thi sẽ được công bố trước ngày 15/12/2026; giáo viên "
                "đạt giải được xét tặng Bằng khen của Chủ tịch UBND tỉnh."
            ),
            Img(f"{U}/12/hoithi-gvdg-tietday.jpg", "Ảnh: Hữu Phước", None, "credit"),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Hữu Phước"],
        summary=SAPO_A,
        sapo_outside=True,
        opts={"tacgia": "Trần Thị Mỹ Linh - Phòng GDTrH", "comment": True},
    ),
    Story(
        2897,
        "trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-ngheo-vuot-kho",
        "Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh nghèo vượt khó",
        "Tin tức - Sự kiện",
        "2026-12-01T09:15:00+07:00",
        [
            P(
                "Sáng 01/12, tại Trường THPT Vị Thanh, Sở GD&ĐT phối hợp Báo Hậu Giang trao 120 "
                "suất học bổng “Tiếp sức đến trường”, mỗi suất trị giá 2 triệu đồng."
            ),
            Img(
                f"{U}/12/hocbong-tiepsuc.jpg",
                "Đại biểu trao học bổng cho các em học sinh có hoàn cảnh khó khăn",
                "Đại biểu trao học bổng cho các em học sinh có hoàn cảnh khó khăn",
                "desc",
            ),
            P(
                "Các em nhận học bổng đều là học sinh thuộc hộ nghèo, cận nghèo, có thành tích học "
                "tập khá, giỏi ở các huyện Long Mỹ, Vị Thủy và Phụng Hiệp."
            ),
            P(
                "Chương trình do các doanh nghiệp và nhà hảo tâm trong tỉnh tài trợ với tổng kinh "
                "phí 240 triệu đồng."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Ngọc Hân</strong></p>'),
        ],
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        source="Báo Hậu Giang",
        summary="Học bổng tiếp sức học sinh nghèo hiếu học đầu năm học mới.",
        sapo_outside=True,
        opts={"nguon": "Báo Hậu Giang"},
    ),
    Story(
        2890,
        "hoc-sinh-hau-giang-dat-5-giai-tai-cuoc-thi-khkt-cap-quoc-gia-khu-vuc-phia-nam",
        "Học sinh Hậu Giang đạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp quốc gia khu vực phía Nam",
        "Tin tức - Sự kiện",
        "2026-11-27",
        [
            P(
                "Đoàn học sinh tỉnh Hậu Giang tham dự Cuộc thi với 6 dự án thuộc các lĩnh vực kỹ "
                "thuật môi trường, khoa học xã hội và hành vi, hệ thống nhúng."
            ),
            P(
                "Kết quả, đoàn giành 1 giải Nhì, 2 giải Ba và 2 giải Tư; dự án “Máy lọc nước "
                "nhiễm phèn dùng năng lượng mặt trời” của học sinh Trường THPT chuyên Vị Thanh đạt "
                "giải Nhì."
            ),
            Img(
                f"{U}/11/khkt-giainhi.jpg",
                "Nhóm tác giả dự án máy lọc nước nhiễm phèn nhận giải Nhì",
                "Nhóm tác giả dự án máy lọc nước nhiễm phèn nhận giải Nhì",
                "sv",
            ),
            Img(
                f"{U}/11/khkt-gianhang.jpg",
                "Gian trưng bày dự án của đoàn Hậu Giang",
                "Gian trưng bày dự án của đoàn Hậu Giang",
                "sv",
            ),
            Img(
                f"{U}/11/khkt-doantinh.jpg",
                "Đoàn học sinh Hậu Giang chụp ảnh lưu niệm",
                "Đoàn học sinh Hậu Giang chụp ảnh lưu niệm",
                "sv",
            ),
            P(
                "Sở GD&ĐT đã khen thưởng kịp thời các học sinh và giáo viên hướng dẫn đạt giải."
            ),
        ],
        authors=["Phạm Quốc Việt"],
        summary=(
            "Cả 5 dự án đạt giải đều hướng đến giải quyết vấn đề thực tiễn của địa phương."
        ),
        sapo_outside=True,
        opts={
            "tacgia": "Phạm Quốc Việt",
            "old_slug": "hoc-sinh-hau-giang-dat-giai-cuoc-thi-khkt-khu-vuc-phia-nam",
        },
    ),
    Story(
        2884,
        "nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        "Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        "Tin tức - Sự kiện",
        "2026-11-20T07:45:00+07:00",
        [
            P(
                "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở "
                "giới, các đơn vị trường học tổ chức nhiều hoạt động thiết thực."
            ),
            P("Các hoạt động chính gồm:", "b"),
            P("Treo băng rôn, khẩu hiệu tuyên truyền tại cổng trường;", "li"),
            P("Lồng ghép nội dung bình đẳng giới vào tiết sinh hoạt dưới cờ;", "li"),
            P("Tổ chức diễn đàn “Tiếng nói học sinh” ở các trường THCS, THPT.", "li"),
            P(
                "Qua đó góp phần nâng cao nhận thức của cán bộ, giáo viên và học sinh về quyền bình "
                "đẳng, xây dựng môi trường học đường an toàn, thân thiện."
            ),
            Raw(
                '<p style="text-align:right"><strong><em>Công đoàn ngành Giáo dục</em></strong></p>'
            ),
        ],
        authors=["Công đoàn ngành Giáo dục"],
        summary="Tuyên truyền bình đẳng giới trong trường học toàn tỉnh.",
        sapo_outside=True,
        opts={"tacgia": ""},
    ),
    Story(
        2876,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 (1982 - 2026)",
        "Tin tức - Sự kiện",
        "2026-11-18T16:20:00+07:00",
        [
            P(
                "Chiều 18/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
                "dương nhà giáo tiêu biểu năm 2026.",
                "br",
            ),
            P(
                "Dự buổi lễ có lãnh đạo Tỉnh ủy, UBND tỉnh cùng hơn 300 thầy, cô giáo đại diện "
                "cho các trường trong tỉnh.",
                "br",
            ),
            P(
                "Dịp này, 64 nhà giáo tiêu biểu được tuyên dương, 12 tập thể nhận Bằng khen của "
                "UBND tỉnh vì thành tích xuất sắc trong phong trào thi đua.",
                "br",
            ),
            Img(f"{U}/11/le-20-11-tuyenduong.jpg", None, None, "none"),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo tỉnh ghi nhận những đóng góp thầm lặng của đội ngũ "
                "nhà giáo, nhất là giáo viên công tác ở vùng sâu, vùng xa."
            ),
        ],
        authors=["Minh Tuấn"],
        source="Ban Tuyên giáo Tỉnh ủy",
        summary="Tuyên dương 64 nhà giáo tiêu biểu năm 2026.",
        sapo_outside=True,
        opts={"tacgia": "Minh Tuấn", "nguon": "Ban Tuyên giáo Tỉnh ủy"},
    ),
    Story(
        2863,
        "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly",
        "Hội nghị tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý",
        "Tin tức - Sự kiện",
        "2026-11-06T13:30:00+07:00",
        [
            P(
                "Trong 2 ngày 05 và 06/11, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý "
                "trường học cho 210 cán bộ quản lý các trường THCS, THPT."
            ),
            P(
                "Nội dung tập huấn tập trung vào phần mềm quản lý trường học, học bạ số và hồ sơ "
                "điện tử của giáo viên. Số liệu triển khai học bạ số như sau:"
            ),
            P("Cấp học | Số trường | Đã triển khai", "row"),
            P("Tiểu học | 118 | 118", "row"),
            P("THCS | 76 | 71", "row"),
            P("THPT | 32 | 32", "row"),
            P(
                "Sở yêu cầu các trường hoàn thành triển khai học bạ số trước ngày 31/12/2026."
            ),
        ],
        authors=["Lê Quốc Toàn"],
        summary="Đẩy mạnh học bạ số và hồ sơ điện tử trong các trường học.",
        sapo_outside=True,
        opts={"tacgia": "ThS. Lê Quốc Toàn - Phòng KHTC"},
    ),
    Story(
        2850,
        "khai-mac-hoi-khoe-phu-dong-tinh-hau-giang-lan-thu-x-nam-2026",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Hậu Giang lần thứ X năm 2026",
        "Tin tức - Sự kiện",
        "2026-10-24T07:30:00+07:00",
        [
            P(
                "Sáng 24/10, tại Nhà thi đấu tỉnh, Hội khỏe Phù Đổng tỉnh Hậu Giang lần thứ X năm "
                "2026 chính thức khai mạc với gần 1.500 vận động viên."
            ),
            Img(
                f"{U}/10/hkpd-khaimac.jpg",
                "Màn đồng diễn thể dục tại lễ khai mạc",
                "Màn đồng diễn thể dục tại lễ khai mạc",
                "tbl",
            ),
            P(
                "Các vận động viên tranh tài ở 12 môn: điền kinh, bơi lội, bóng đá, cầu lông, cờ "
                "vua, võ cổ truyền, đá cầu, bóng bàn, kéo co, bóng chuyền, karate và taekwondo."
            ),
            Img(
                f"{U}/10/hkpd-dienkinh.jpg",
                "Nội dung chạy 100m nam khối THPT",
                "Nội dung chạy 100m nam khối THPT",
                "desc",
            ),
            P("Hội khỏe diễn ra đến hết ngày 31/10/2026."),
            Raw('<p style="text-align:right"><em>Tin: Thanh Tâm - Ảnh: Quốc Bảo</em></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Quốc Bảo"],
        summary="Gần 1.500 vận động viên tranh tài ở 12 môn thi đấu.",
        sapo_outside=True,
        opts={"tacgia": ""},
    ),
    Story(
        2893,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-cum-truong-thpt",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn cụm trường THPT",
        "Hoạt động chuyên môn",
        "2026-11-30T10:00:00+07:00",
        [
            P(
                "Ngày 28/11, Trường THPT Chiêm Thành Tấn đăng cai buổi sinh hoạt chuyên môn cụm "
                "môn Ngữ văn với chủ đề dạy đọc hiểu văn bản nghị luận."
            ),
            P("1. Tiết dạy minh họa", "h"),
            P(
                "Cô Võ Ngọc Trâm dạy minh họa bài “Hiền tài là nguyên khí của quốc gia” theo hướng "
                "tổ chức hoạt động nhóm, học sinh tự đặt câu hỏi đọc hiểu."
            ),
            P("2. Thảo luận, rút kinh nghiệm", "h"),
            P(
                "Giáo viên dự giờ tập trung phân tích việc học của học sinh, không đánh giá xếp loại "
                "tiết dạy, đề xuất điều chỉnh cho các tiết học sau."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary="Chia sẻ kinh nghiệm dạy đọc hiểu văn bản nghị luận.",
        sapo_outside=True,
        opts={"tacgia": "Nguyễn Thị Thu Hà - Tổ Ngữ văn, Trường THPT Chiêm Thành Tấn"},
    ),
    Story(
        2870,
        "huong-dan-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
        "Hoạt động chuyên môn",
        "2026-11-12T15:00:00+07:00",
        [
            Raw(f"<p><strong>{esc(SAPO_I)}</strong></p>"),
            P("Yêu cầu đối với đề kiểm tra:", "b"),
            P("Đề kiểm tra bám sát yêu cầu cần đạt của chương trình môn học;", "oli"),
            P("Bảo đảm tỉ lệ các mức độ nhận biết, thông hiểu, vận dụng theo ma trận;", "oli"),
            P("Thời gian làm bài từ 60 đến 90 phút tùy môn học.", "oli"),
            P(
                "Các trường hoàn thành kiểm tra trước ngày 10/01/2027 và báo cáo kết quả về Phòng "
                "Giáo dục Trung học trước ngày 20/01/2027."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        summary=SAPO_I,
        sapo_outside=True,
        opts={"tacgia": "Phòng Giáo dục Trung học"},
    ),
    Story(
        2899,
        "thong-bao-lich-thi-tuyen-dung-vien-chuc-giao-duc-nam-2026-vong-2",
        "Thông báo lịch thi tuyển dụng viên chức giáo dục năm 2026 (vòng 2)",
        "Thông báo",
        "2026-12-01",
        [
            Raw(LETTERHEAD_J),
            P(
                "Căn cứ Kế hoạch số 1875/KH-SGDĐT ngày 15/9/2026 của Sở GD&ĐT về tuyển dụng viên "
                "chức giáo dục năm 2026, Sở GD&ĐT thông báo lịch tổ chức vòng 2 như sau:"
            ),
            P("Thời gian | Nội dung | Địa điểm", "row"),
            P("07h00 ngày 12/12/2026 | Khai mạc, phổ biến quy chế | Trường THPT Vị Thanh", "row"),
            P("07h30 ngày 12/12/2026 | Thực hành giảng dạy | Các trường THPT được phân công", "row"),
            P(
                "Thí sinh có mặt đúng giờ, mang theo giấy tờ tùy thân có ảnh; danh sách phòng thi "
                "niêm yết tại Sở GD&ĐT từ ngày 08/12/2026."
            ),
            Raw(CLOSING_J),
        ],
        authors=["Nguyễn Văn Hùng"],
        summary="Vòng 2 kỳ tuyển dụng viên chức giáo dục diễn ra ngày 12/12/2026.",
        sapo_outside=True,
        opts={"posted": datetime(2026, 12, 2, 8, 5), "tacgia": ""},
    ),
    Story(
        2880,
        "thong-bao-nghi-tet-duong-lich-nam-2027-doi-voi-hoc-sinh-hoc-vien",
        "Thông báo nghỉ Tết Dương lịch năm 2027 đối với học sinh, học viên",
        "Thông báo",
        "2026-11-16T10:10:00+07:00",
        [
            P(
                "Học sinh, học viên các trường trong tỉnh được nghỉ Tết Dương lịch năm 2027 vào "
                "thứ Sáu, ngày 01/01/2027."
            ),
            P("📌 Học sinh đi học trở lại vào thứ Hai, ngày 04/01/2027."),
            P(
                "Thủ trưởng các đơn vị phân công trực, bảo đảm an ninh, an toàn tài sản trong thời "
                "gian nghỉ."
            ),
        ],
        summary="Học sinh nghỉ 01 ngày, thứ Sáu 01/01/2027.",
        sapo_outside=True,
        opts={"tacgia": ""},
    ),
    Story(
        2895,
        "em-le-minh-khang-nhat-duoc-vi-tien-tra-lai-nguoi-danh-roi",
        "Em Lê Minh Khang nhặt được ví tiền trả lại người đánh rơi",
        "Gương người tốt việc tốt",
        "2026-11-29T08:40:00+07:00",
        [
            P(
                "Trên đường đến trường sáng 26/11, em Lê Minh Khang, học sinh lớp 8A1 Trường THCS "
                "Lê Quý Đôn (TP Vị Thanh) nhặt được một chiếc ví bên trong có 7 triệu đồng cùng "
                "nhiều giấy tờ tùy thân."
            ),
            Img(
                f"{U}/11/em-minh-khang.jpg",
                "Em Lê Minh Khang (bìa phải) trao trả ví cho người đánh rơi",
                "Em Lê Minh Khang (bìa phải) trao trả ví cho người đánh rơi",
                "tbl",
            ),
            P(
                "Em đã nhờ giáo viên chủ nhiệm liên hệ công an phường tìm người đánh rơi để trao "
                "trả. Nhà trường đã tuyên dương em trước toàn trường."
            ),
        ],
        authors=["Huỳnh Như"],
        summary="Hành động đẹp của học sinh lớp 8 Trường THCS Lê Quý Đôn.",
        sapo_outside=True,
        opts={"tacgia": "Huỳnh Như"},
    ),
    Story(
        2858,
        "co-giao-vung-sau-15-nam-gan-bo-voi-diem-truong-vi-thuy",
        "Cô giáo vùng sâu 15 năm gắn bó với điểm trường Vị Thủy",
        "Gương người tốt việc tốt",
        "2026-10-30T17:05:00+07:00",
        [
            P(
                "Mười lăm năm qua, cô Đặng Thị Kim Yến, giáo viên Trường Tiểu học Vị Thủy 2, ngày "
                "ngày chèo xuồng qua kênh đến điểm trường lẻ ấp 7."
            ),
            Img(
                f"{U}/10/co-kim-yen.jpg",
                "Cô Kim Yến trong giờ dạy tại điểm trường ấp 7",
                "Cô Kim Yến trong giờ dạy tại điểm trường ấp 7",
                "desc",
            ),
            P(
                "Ngoài giờ lên lớp, cô còn mở lớp phụ đạo miễn phí cho học sinh yếu và vận động "
                "mạnh thường quân tặng xe đạp cho học sinh nghèo."
            ),
            Raw(
                '<p style="text-align:right"><strong>Bảo Trâm</strong></p>'
                '<p style="text-align:right"><em>Theo Báo Giáo dục và Thời đại</em></p>'
            ),
        ],
        authors=["Bảo Trâm"],
        source="Báo Giáo dục và Thời đại",
        summary="Tấm gương tận tụy với học sinh vùng sâu.",
        sapo_outside=True,
        opts={"tacgia": ""},
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_IDS = {name: cid for cid, name in CATS.items()}
FEATURED = [2901, 2897, 2899]
MOST_READ = [2890, 2876]  # C under its old slug (the portlet's cache), E


def _posted(s: Story) -> datetime:
    if "posted" in s.opts:
        return s.opts["posted"]
    stamp = s.published_at or ""
    if "T" in stamp:
        return datetime.fromisoformat(stamp).replace(tzinfo=None)
    return datetime.fromisoformat(stamp + "T00:00:00")


def _us(dt: datetime) -> str:
    """en-US ``G`` format: what the server's culture prints."""
    h12 = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return f"{dt.month}/{dt.day}/{dt.year} {h12}:{dt.minute:02}:{dt.second:02} {ampm}"


def _vn(dt: datetime) -> str:
    return dt.strftime("%d/%m/%Y")


def _cat_id(s: Story) -> int:
    return CAT_IDS[s.cat]


def pretty_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or s.slug}-{s.id}.aspx"


def mvc_path(s: Story, upper: bool = False, cm: int | None = None) -> str:
    guid = _guid(s.id).upper() if upper else _guid(s.id)
    return f"/Home/ChiTietTin?id={guid}&cm={cm if cm is not None else _cat_id(s)}"


def _in_cat(cid: int) -> list[Story]:
    return sorted((s for s in STORIES if _cat_id(s) == cid), key=_posted, reverse=True)


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        None,
        [("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.aspx"), ("Liên hệ", "/lien-he.aspx")],
    ),
    (
        "Tin tức",
        None,
        [(CATS[c], f"/Home/DanhSachTin?cm={c}") for c in (2, 3, 5)],
    ),
    ("Thông báo", "/Home/DanhSachTin?cm=4", []),
    ("Văn bản điều hành", "/van-ban/danh-sach.aspx", []),
    ("Hỏi đáp", "/hoi-dap/danh-sach.aspx", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(
                f'<li class="k-item k-state-default"><a class="k-link" href="{esc(h)}">{esc(t)}</a></li>'
                for t, h in subs
            )
            items.append(
                f'<li class="k-item k-state-default"><span class="k-link">{esc(label)}'
                f'<span class="k-icon k-i-arrow-60-down"></span></span>'
                f'<ul class="k-group k-menu-group" style="display:none">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="k-item k-state-default"><a class="k-link" href="{esc(href)}">'
                f"{esc(label)}</a></li>"
            )
    return (
        '<ul id="mnuOcean" class="k-widget k-reset k-header k-menu k-menu-horizontal" '
        f'data-role="menu">{"".join(items)}</ul>'
    )


DOCS = [
    (4512, "2305/KH-SGDĐT", "11/25/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026-2027", "2305-kh-sgddt"),
    (4498, "2210/SGDĐT-GDTrH", "11/13/2026", "Hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027", "2210-sgddt-gdtrh"),
]
QA = [
    (
        318,
        "Giáo viên hợp đồng có được tham gia Hội thi giáo viên dạy giỏi cấp tỉnh không?",
        "Nguyễn Hoàng Phúc (Long Mỹ)",
        datetime(2026, 11, 21, 20, 14),
        "Tôi là giáo viên hợp đồng tại một trường THPT, đã dạy được 3 năm. Xin hỏi tôi có đủ "
        "điều kiện tham gia Hội thi giáo viên dạy giỏi cấp tỉnh năm nay không?",
        "Theo Thông tư 22/2019/TT-BGDĐT, giáo viên đang giảng dạy tại cơ sở giáo dục, kể cả giáo "
        "viên hợp đồng, đạt danh hiệu giáo viên dạy giỏi cấp trường đều được đăng ký dự thi.",
        "Phòng Giáo dục Trung học",
        datetime(2026, 11, 24, 9, 30),
    ),
    (
        312,
        "Thủ tục chuyển trường cho học sinh THCS từ tỉnh khác về Hậu Giang",
        "Trần Thị Bích (Ngã Bảy)",
        datetime(2026, 11, 2, 7, 48),
        "Gia đình tôi chuyển từ Cần Thơ về Ngã Bảy sinh sống. Con tôi đang học lớp 7, xin hỏi thủ "
        "tục chuyển trường cần những giấy tờ gì?",
        "Hồ sơ gồm đơn xin chuyển trường, học bạ, giấy giới thiệu của trường nơi đi và bản sao "
        "giấy khai sinh; phụ huynh nộp tại Phòng GD&ĐT nơi đến.",
        "Văn phòng Sở",
        datetime(2026, 11, 5, 14, 0),
    ),
]


def doc_path(d: tuple) -> str:
    return f"/van-ban/chi-tiet/{d[4]}-{d[0]}.aspx"


def qa_path(q: tuple) -> str:
    return f"/hoi-dap/chi-tiet-{q[0]}.aspx"


def _portlet(title: str, inner: str, pid: str) -> str:
    return (
        f'<div class="k-widget k-panelbar ocn-portlet" id="{pid}" data-role="panelbar">'
        f'<div class="k-item k-state-active"><span class="k-link k-header">{esc(title)}</span>'
        f'<div class="k-content">{inner}</div></div></div>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{esc(pretty_path(BY_ID[i], BY_ID[i].opts.get("old_slug")))}">'
        f"{esc(BY_ID[i].title if i != 2890 else 'Học sinh Hậu Giang đạt giải Cuộc thi KHKT khu vực phía Nam')}</a></li>"
        for i in MOST_READ
    )
    docs = "".join(
        f'<li><a href="{esc(doc_path(d))}">{esc(d[1])}</a> <span class="ngay">{esc(d[2])}</span>'
        f"<br /><span>{esc(d[3])}</span></li>"
        for d in DOCS
    )
    poll = (
        '<div class="poll"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
        '<label><input type="radio" name="bc" value="1" /> Rất tốt</label><br />'
        '<label><input type="radio" name="bc" value="2" /> Tốt</label><br />'
        '<label><input type="radio" name="bc" value="3" /> Bình thường</label><br />'
        '<button type="button" class="k-button" onclick="ocnBinhChon(7)">Bình chọn</button> '
        '<button type="button" class="k-button" onclick="ocnKetQua(7)">Kết quả</button></div>'
    )
    links = (
        '<select class="k-dropdown" onchange="if(this.value)window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://haugiang.gov.vn">Cổng TTĐT tỉnh Hậu Giang</option>'
        "</select>"
    )
    counter = (
        '<table class="thongke"><tr><td>Đang online:</td><td>27</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.284</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>3.871.552</td></tr></table>"
    )
    qa = '<p><a href="/hoi-dap/danh-sach.aspx">Gửi câu hỏi, xem trả lời của Sở</a></p>'
    return (
        '<div class="col-md-3 ocn-right">'
        + _portlet("Tin xem nhiều", f'<ul class="ds-xemnhieu">{most}</ul>', "pbXemNhieu")
        + _portlet("Văn bản mới", f'<ul class="ds-vanban">{docs}</ul>', "pbVanBan")
        + _portlet("Ý kiến - Hỏi đáp", qa, "pbYKien")
        + _portlet("Thăm dò ý kiến", poll, "pbBinhChon")
        + _portlet("Liên kết", links, "pbLienKet")
        + _portlet("Thống kê truy cập", counter, "pbThongKe")
        + "</div>"
    )


def _page(request: Request, title: str, main: str, head_extra: str = "") -> Response:
    vs = opaque(title, 48)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<link href="/Content/kendo/2019.1.115/kendo.common-bootstrap.min.css" rel="stylesheet" />
<link href="/Content/kendo/2019.1.115/kendo.bootstrap.min.css" rel="stylesheet" />
<link href="/Themes/Ocean/css/ocean.portal.css" rel="stylesheet" />
<script src="/Scripts/jquery-1.12.4.min.js"></script>
<script src="/Scripts/kendo/2019.1.115/kendo.all.min.js"></script>
<script src="/Scripts/kendo/2019.1.115/kendo.aspnetmvc.min.js"></script>
<script src="/Scripts/kendo/cultures/kendo.culture.en-US.min.js"></script>
{head_extra}
</head>
<body class="ocn-body">
<input name="__RequestVerificationToken" type="hidden" value="{vs}" />
<div class="ocn-top"><span class="ocn-ngay">{TODAY_LINE}</span>
<span class="ocn-toplinks"><a href="/lien-he.aspx">Liên hệ</a></span>
<form class="ocn-search" action="/Home/TimKiem" method="post"><input name="tukhoa" class="k-textbox" placeholder="Tìm kiếm..." /></form></div>
<div class="ocn-banner"><a href="/"><img src="/Themes/Ocean/images/logo-sgddt-haugiang.png" alt="Logo" /></a>
<div class="ocn-tencq"><span>UBND TỈNH HẬU GIANG</span><br /><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div>
<div class="ocn-menu">{_menu()}</div>
<div class="container ocn-wrap"><div class="row">
<div class="col-md-9 ocn-main">{main}</div>
{_sidebar()}
</div></div>
<div class="ocn-footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HẬU GIANG</strong></p>
<p>Địa chỉ: Số 3, đường Ngô Quyền, phường 5, TP Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: 0293.3876.321 - Fax: 0293.3876.322 - Email: sgddt@haugiang.gov.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="ocn-vendor">© 2026 Sở GD&amp;ĐT Hậu Giang. Phát triển trên nền Ocean Portal 4.2</p>
</div>
<script>jQuery(function(){{jQuery("#mnuOcean").kendoMenu();jQuery(".ocn-portlet").kendoPanelBar();kendo.culture("en-US");}});</script>
</body>
</html>"""
    return html(page)


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href:
            lis.append(f'<li><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    return f'<ol class="breadcrumb ocn-bc">{"".join(lis)}</ol>'


# --- article body --------------------------------------------------------------------------

_SPAN = '<span style="font-family:\'Times New Roman\',serif;font-size:14pt">'


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table class="tblAnh" align="center" border="0" cellpadding="3" cellspacing="0">'
            f'<tbody><tr><td><img src="{src}" style="width:600px" alt="" /></td></tr>'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "desc":
        return (
            f'<div class="ocn-anh" style="text-align:center"><img src="{src}" width="600" '
            f'alt="{esc(img.printed or "")}" /><div class="mota-anh">{esc(img.printed or "")}'
            "</div></div>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center"><img src="{src}" width="600" alt="" /></p>'
            f'<p style="text-align:right"><em>{esc(img.printed or "")}</em></p>'
        )
    # "none": alt/title only
    return (
        f'<p style="text-align:center"><img src="{src}" width="600" '
        'alt="Lễ kỷ niệm Ngày Nhà giáo Việt Nam" title="Lễ kỷ niệm" /></p>'
    )


def _body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "sv":
                pages = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "sv":
                    im = blocks[i]
                    pages.append(
                        f'<div data-role="page" class="sv-trang"><img src="{esc(im.src)}" alt="" />'
                        f'<span class="sv-mota">{esc(im.printed or "")}</span></div>'
                    )
                    i += 1
                out.append(
                    f'<div id="svAnh{s.id}" data-role="scrollview" class="k-widget k-scrollview" '
                    f'style="height:420px">{"".join(pages)}</div>'
                    f'<script>jQuery("#svAnh{s.id}").kendoScrollView({{enablePager:true}});</script>'
                )
                continue
            out.append(_img_html(b))
            i += 1
            continue
        group_styles = {"li": "ul", "oli": "ol", "row": "table", "br": "div"}
        if b.style in group_styles:
            style = b.style
            group = []
            while (
                i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style
            ):
                group.append(blocks[i].text)
                i += 1
            if style in ("li", "oli"):
                tag = group_styles[style]
                out.append(f"<{tag}>" + "".join(f"<li>{esc(t)}</li>" for t in group) + f"</{tag}>")
            elif style == "row":
                rows = []
                for n, t in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append(
                        "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in t.split(" | ")) + "</tr>"
                    )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            else:
                out.append(
                    '<div style="text-align:justify">'
                    + "<br />\n".join(f"{_SPAN}{esc(t)}</span>" for t in group)
                    + "</div>"
                )
            continue
        if b.style == "h":
            out.append(f'<h3 style="font-size:14pt"><strong>{esc(b.text)}</strong></h3>')
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align:justify">{_SPAN}{esc(b.text)}</span></p>')
        i += 1
    return "\n".join(out)


def _tabs(s: Story) -> str:
    cid = _cat_id(s)
    same = _in_cat(cid)
    newer = [o for o in same if _posted(o) > _posted(s)][-3:]
    latest = [o for o in same if o.id != s.id][:3]

    def items(lst: list[Story]) -> str:
        if not lst:
            return '<p class="k-empty">Không có tin.</p>'
        return "<ul>" + "".join(
            f'<li><a href="{esc(pretty_path(o))}">{esc(o.title)}</a> '
            f'<span class="ngay">({_vn(_posted(o))})</span></li>'
            for o in lst
        ) + "</ul>"

    return (
        f'<div id="tabTinLQ{s.id}" class="k-widget k-tabstrip" data-role="tabstrip">'
        '<ul class="k-tabstrip-items k-reset">'
        '<li class="k-item k-state-active"><span class="k-link">Tin mới hơn</span></li>'
        '<li class="k-item"><span class="k-link">Tin cùng chuyên mục</span></li></ul>'
        f'<div class="k-content k-state-active">{items(newer)}</div>'
        f'<div class="k-content">{items(latest)}</div></div>'
        f'<script>jQuery("#tabTinLQ{s.id}").kendoTabStrip();</script>'
    )


def _comments(s: Story) -> str:
    existing = ""
    if s.opts.get("comment"):
        existing = (
            '<div class="yk-item"><b>Nguyễn Văn Tâm</b> <i>(12/4/2026 7:12:05 AM)</i>'
            "<div>Chúc mừng các thầy cô tham gia Hội thi, mong Sở tổ chức thêm nhiều hội thi "
            "bổ ích như vậy.</div></div>"
        )
    return (
        '<div class="ocn-ykien"><div class="yk-ttl">Ý kiến bạn đọc</div>'
        f"{existing}"
        f'<form action="/Home/GuiYKien" method="post"><input type="hidden" name="tinId" value="{s.id}" />'
        '<label>Họ tên (*)</label><input name="hoten" class="k-textbox" />'
        '<label>Email (*)</label><input name="email" class="k-textbox" />'
        '<label>Nội dung (*)</label><textarea name="noidung" class="k-textbox"></textarea>'
        '<button type="submit" class="k-button k-primary">Gửi ý kiến</button></form></div>'
    )


def _row(label: str, value: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<tr{attr}><td class="lbl" valign="top" '
        f'style="width:110px;font-weight:bold;color:#555">{esc(label)}</td>'
        f'<td class="val">{value}</td></tr>'
    )


def _article(request: Request, s: Story) -> Response:
    cid = _cat_id(s)
    posted = _posted(s)
    canon = base_url(request) + pretty_path(s)
    nguon = s.opts.get("nguon")
    tools = (
        '<div class="ocn-tools"><a href="javascript:window.print()">In trang</a> | '
        '<a href="javascript:void(0)" onclick="ocnGuiEmail()">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(canon)}" target="_blank">'
        '<img src="/Themes/Ocean/images/icon-fb.png" alt="Chia sẻ Facebook" /></a> | '
        '<a href="#top">Lên đầu trang</a></div>'
    )
    content = (
        f'<div class="noidung-tin" id="nd_{s.id}">{_body(s)}</div>{tools}<hr />'
        f"{_tabs(s)}{_comments(s)}"
    )
    rows = [
        _row(
            "Tiêu đề:",
            f'<span class="tt-tieude" style="font-size:17px;font-weight:bold;color:#0b4a8b">'
            f"{esc(s.title)}</span>",
        ),
        _row("Ngày đăng:", f'<span id="ngd_{s.id}">{_us(posted)}</span>'),
        _row("Tóm tắt:", f"<b>{esc(s.summary or '')}</b>"),
        _row("Tác giả:", esc(s.opts.get("tacgia", "")) or "&nbsp;"),
        _row("Nguồn tin:", esc(nguon) if nguon else "&nbsp;"),
        _row("Lượt xem:", str(s.views())),
        _row("Nội dung:", content),
        _row("Người cập nhật:", "hg_bientap", "ocn-nguoicn"),
    ]
    main = (
        _breadcrumb([("Trang chủ", "/"), (s.cat, f"/Home/DanhSachTin?cm={cid}")])
        + '<div class="k-widget ocn-pnl" id="pnlChiTiet">'
        + f'<h1 class="k-header pnl-ttl">{esc(s.cat)}</h1>'
        + f'<table class="tbl-ttin" id="tblTT_{s.id}" cellpadding="4" cellspacing="0" '
        + f'style="width:100%">{"".join(rows)}</table></div>'
    )
    head = (
        f'<link rel="canonical" href="{esc(canon)}" />'
        f'<meta property="og:title" content="{esc(s.title)}" />'
        f'<meta property="og:url" content="{esc(canon)}" />'
        f'<meta name="description" content="{esc(s.summary or s.title)}" />'
    )
    return _page(request, f"Chi tiết tin - {SITE_NAME}", main, head)


# --- listings and other pages ----------------------------------------------------------------


def _listing(request: Request, cid: int, page: int) -> Response | None:
    stories = _in_cat(cid)
    if not stories:
        return None
    pages = (len(stories) + PAGE_SIZE - 1) // PAGE_SIZE
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = "".join(
        f'<div class="ocn-item k-listview-item">'
        f'<a class="ocn-thumb" href="{esc(mvc_path(s))}"><img src="/Uploads/thumb/{s.id}.jpg" '
        f'alt="" /></a><h3 class="ocn-ttl"><a href="{esc(mvc_path(s))}">{esc(s.title)}</a></h3>'
        f'<span class="ocn-dt">{_vn(_posted(s))}</span><div class="ocn-tt">{esc(s.summary or "")}'
        "</div></div>"
        for s in chunk
    )

    def link(n: int, inner: str, cls: str) -> str:
        return (
            f'<a href="/Home/DanhSachTin?cm={cid}&amp;page={n}" class="k-link {cls}" '
            f'data-page="{n}">{inner}</a>'
        )

    nums = "".join(
        f'<li><span class="k-state-selected">{n}</span></li>' if n == page
        else f"<li>{link(n, str(n), '')}</li>"
        for n in range(1, pages + 1)
    )
    first = page * PAGE_SIZE - PAGE_SIZE + 1
    pager = (
        '<div class="k-pager-wrap k-widget" data-role="pager">'
        + link(1, '<span class="k-icon k-i-seek-w"></span>', "k-pager-nav k-pager-first")
        + link(max(page - 1, 1), '<span class="k-icon k-i-arrow-w"></span>', "k-pager-nav")
        + f'<ul class="k-pager-numbers k-reset">{nums}</ul>'
        + link(min(page + 1, pages), '<span class="k-icon k-i-arrow-e"></span>', "k-pager-nav")
        + link(pages, '<span class="k-icon k-i-seek-e"></span>', "k-pager-nav k-pager-last")
        + f'<span class="k-pager-info k-label">{first} - {first + len(chunk) - 1} của '
        f"{len(stories)} mục</span></div>"
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), (CATS[cid], None)])
        + f'<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">{esc(CATS[cid])}</h1>'
        + f'<div id="lvTin" class="k-widget k-listview" data-role="listview">{items}</div>'
        + pager
        + "</div>"
    )
    return _page(request, f"{CATS[cid]} - {SITE_NAME}", main)


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div data-role="page" class="sv-trang"><a href="{esc(mvc_path(BY_ID[i], upper=True, cm=1))}">'
        f'<img src="/Uploads/thumb/{i}.jpg" alt="" /><span class="sv-tieude">{esc(BY_ID[i].title)}</span></a></div>'
        for i in FEATURED
    )
    boxes = []
    for cid in (2, 3, 4, 5):
        top = _in_cat(cid)[:2]
        lis = "".join(
            f'<li><a href="{esc(pretty_path(s))}">{esc(s.title)}</a> '
            f'<span class="ngay">({_vn(_posted(s))})</span></li>'
            for s in top
        )
        boxes.append(
            f'<div class="k-widget ocn-box"><div class="k-header box-ttl">'
            f'<a href="/Home/DanhSachTin?cm={cid}">{esc(CATS[cid])}</a></div><ul>{lis}</ul>'
            f'<a class="xemtiep" href="/Home/DanhSachTin?cm={cid}">Xem tiếp »</a></div>'
        )
    main = (
        '<div class="k-widget ocn-box"><div class="k-header box-ttl">Tin nổi bật</div>'
        f'<div id="svNoiBat" data-role="scrollview" class="k-widget k-scrollview">{slides}</div>'
        '<script>jQuery("#svNoiBat").kendoScrollView({enablePager:true,autoPlay:true});</script></div>'
        + "".join(boxes)
    )
    return _page(request, f"Trang chủ - {SITE_NAME}", main)


def _doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{esc(doc_path(d))}">{esc(d[1])}</a></td><td>{esc(d[2])}</td>'
        f"<td>{esc(d[3])}</td>"
        f'<td><a href="/van-ban/tai-ve/{d[0]}.pdf"><img src="/Themes/Ocean/images/pdf.gif" alt="Tải về" /></a></td></tr>'
        for d in DOCS
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Văn bản điều hành", None)])
        + '<div class="k-widget k-grid" data-role="grid"><table><thead><tr>'
        '<th class="k-header">Số ký hiệu</th><th class="k-header">Ngày ban hành</th>'
        '<th class="k-header">Trích yếu</th><th class="k-header">Tải về</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _page(request, f"Văn bản điều hành - {SITE_NAME}", main)


def _doc(request: Request, d: tuple) -> Response:
    rows = [
        _row("Số ký hiệu:", esc(d[1])),
        _row("Ngày ban hành:", esc(d[2])),
        _row("Trích yếu:", f"<b>{esc(d[3])}</b>"),
        _row("Cơ quan ban hành:", "Sở Giáo dục và Đào tạo"),
        _row("Người ký:", "Nguyễn Văn Hùng"),
        _row(
            "Nội dung:",
            f'<p>{esc(d[3])}.</p><p><a href="/van-ban/tai-ve/{d[0]}.pdf">Tải về tập tin đính kèm '
            f"({d[4].upper()}.pdf)</a></p>",
        ),
    ]
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Văn bản điều hành", "/van-ban/danh-sach.aspx")])
        + '<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">Văn bản điều hành</h1>'
        + f'<table class="tbl-ttin" cellpadding="4" style="width:100%">{"".join(rows)}</table></div>'
    )
    return _page(request, f"{d[1]} - {SITE_NAME}", main)


def _qa_list(request: Request) -> Response:
    items = "".join(
        f'<div class="ocn-item"><h3 class="ocn-ttl"><a href="{esc(qa_path(q))}">{esc(q[1])}</a></h3>'
        f'<span class="ocn-dt">{_vn(q[3])}</span> - <span>{esc(q[2])}</span></div>'
        for q in QA
    )
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Hỏi đáp", None)])
        + '<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">Ý kiến - Hỏi đáp</h1>'
        + f'<div class="k-listview">{items}</div></div>'
    )
    return _page(request, f"Hỏi đáp - {SITE_NAME}", main)


def _qa(request: Request, q: tuple) -> Response:
    rows = [
        _row("Tiêu đề:", f'<span class="tt-tieude">{esc(q[1])}</span>'),
        _row("Người hỏi:", esc(q[2])),
        _row("Ngày hỏi:", _us(q[3])),
        _row("Nội dung câu hỏi:", f"<p>{esc(q[4])}</p>"),
        _row("Trả lời:", f"<p>{esc(q[5])}</p>"),
        _row("Đơn vị trả lời:", esc(q[6])),
        _row("Ngày trả lời:", _us(q[7])),
    ]
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Hỏi đáp", "/hoi-dap/danh-sach.aspx")])
        + '<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">Ý kiến - Hỏi đáp</h1>'
        + f'<table class="tbl-ttin" cellpadding="4" style="width:100%">{"".join(rows)}</table></div>'
    )
    return _page(request, f"Hỏi đáp - {SITE_NAME}", main)


def _intro(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Giới thiệu", None), ("Cơ cấu tổ chức", None)])
        + '<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">Cơ cấu tổ chức</h1>'
        '<div class="noidung-tin"><p><strong>Ban Giám đốc</strong></p>'
        "<p>Giám đốc: Ông Lê Văn Bình; Phó Giám đốc: Ông Trần Minh Luân, Ông Nguyễn Văn Hùng.</p>"
        "<p><strong>Các phòng chuyên môn</strong></p><ul><li>Văn phòng Sở</li>"
        "<li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>"
        "<li>Phòng Giáo dục Trung học</li><li>Phòng Giáo dục Tiểu học và Mầm non</li>"
        "<li>Thanh tra Sở</li></ul></div></div>"
    )
    return _page(request, f"Cơ cấu tổ chức - {SITE_NAME}", main)


def _contact(request: Request) -> Response:
    main = (
        _breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)])
        + '<div class="k-widget ocn-pnl"><h1 class="k-header pnl-ttl">Liên hệ</h1>'
        '<table class="tbl-ttin" cellpadding="4">'
        + _row("Cơ quan:", SITE_NAME)
        + _row("Địa chỉ:", "Số 3, đường Ngô Quyền, phường 5, TP Vị Thanh, tỉnh Hậu Giang")
        + _row("Điện thoại:", "0293.3876.321")
        + _row("Email:", "sgddt@haugiang.gov.vn")
        + '</table><form action="/lien-he.aspx" method="post"><label>Họ tên</label>'
        '<input name="hoten" class="k-textbox" /><label>Nội dung</label><textarea name="nd">'
        '</textarea><button type="submit" class="k-button">Gửi</button></form></div>'
    )
    return _page(request, f"Liên hệ - {SITE_NAME}", main)


# --- routing -------------------------------------------------------------------------------

_PRETTY = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx$")
_DOC = re.compile(r"^/van-ban/chi-tiet/([a-z0-9-]+)-(\d+)\.aspx$")
_PDF = re.compile(r"^/van-ban/tai-ve/(\d+)\.pdf$")
_QA = re.compile(r"^/hoi-dap/chi-tiet-(\d+)\.aspx$")
_BY_GUID = {_guid(s.id): s for s in STORIES}


@dataclass
class OceanSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return None
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/Home/ChiTietTin":
            params = request.params
            s = _BY_GUID.get(params.get("id", "").strip("{}").lower())
            if s is None or not params.get("cm", "0").isdigit():
                return None
            return _article(request, s)
        if path == "/Home/DanhSachTin":
            params = request.params
            cm, pg = params.get("cm", ""), params.get("page", "1")
            if not cm.isdigit() or not pg.isdigit():
                return None
            return _listing(request, int(cm), int(pg))
        if m := _PRETTY.match(path):
            s = BY_ID.get(int(m.group(2)))
            return _article(request, s) if s else None
        if path == "/van-ban/danh-sach.aspx":
            return _doc_list(request)
        if m := _DOC.match(path):
            d = next((d for d in DOCS if d[0] == int(m.group(2)) and d[4] == m.group(1)), None)
            return _doc(request, d) if d else None
        if m := _PDF.match(path):
            if any(d[0] == int(m.group(1)) for d in DOCS):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/hoi-dap/danh-sach.aspx":
            return _qa_list(request)
        if m := _QA.match(path):
            q = next((q for q in QA if q[0] == int(m.group(1))), None)
            return _qa(request, q) if q else None
        if path == "/gioi-thieu/co-cau-to-chuc.aspx":
            return _intro(request)
        if path == "/lien-he.aspx":
            return _contact(request)
        if path.startswith(("/Uploads/", "/Themes/", "/Content/", "/Scripts/")):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> OceanSite:
    return OceanSite()


# --- gold ----------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [mvc_path(s)]
    if s.id in FEATURED:
        alts.append(mvc_path(s, upper=True, cm=1))
    if s.opts.get("old_slug"):
        alts.append(pretty_path(s, s.opts["old_slug"]))
    return alts


GOLD = [
    gold_record(s, pretty_path(s), s.cat, canonical_path=pretty_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/co-cau-to-chuc.aspx",
    "/lien-he.aspx",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    qa_path(QA[0]),
    qa_path(QA[1]),
]
