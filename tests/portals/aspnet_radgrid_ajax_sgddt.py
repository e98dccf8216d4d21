"""Sở Giáo dục và Đào tạo tỉnh Cà Mau: ASP.NET 4.5 WebForms + Telerik UI for ASP.NET AJAX (2015).

Platform
--------
A provincial software company built the department's portal in 2015 on ASP.NET 4.5 WebForms
with Telerik controls: a ``RadMenu`` with drop-downs, a ``RadRotator`` of featured news on the
home page, ``RadGrid`` listings with Telerik's own pager, a ``RadListView`` + ``RadDataPager``
listing, a ``RadAjaxManager`` that turns the pagers' postbacks into partial (async) postbacks
in a browser, ``RadEditor`` content, ``RadRating`` under each article. Every page is one
``<form id="aspnetForm" method="post">`` carrying ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR``,
``__EVENTVALIDATION``; ids are the WebForms naming-container ids (``ctl00_cphMain_…``). The
site is served by IIS: paths and query keys are case-insensitive.

URL scheme
----------
- ``/`` (and ``/Default.aspx``): home: RadRotator (friendly links), "Tin mới cập nhật", one box
  per category, a Thông báo marquee, albums, new documents.
- ``/Pages/TinTuc.aspx?cid=<n>``: a category listing; ``cid=2`` "Tin tức - Sự kiện" (RadGrid,
  4 rows a page, 2 pages), ``cid=5`` "Hoạt động chuyên môn" (RadListView + RadDataPager, 3 a
  page, 2 pages), ``cid=9`` "Thông báo" (RadGrid whose titles are LinkButtons). A GET always
  shows page 1; other pages only come from a POST of the form (postback).
- ``/Pages/ChiTiet.aspx?nid=<n>``: an article (the gold path and canonical).
- ``/tin-tuc/<slug>-<n>``: the friendly route (System.Web.Routing ``MapPageRoute``) to the same
  page; the slug is not checked, the last number is the id.
- ``/Pages/InTin.aspx?nid=<n>``: the print view, opened by ``window.open`` only.
- ``/Pages/GioiThieu.aspx?id=1|2``, ``/Pages/LienHe.aspx``, ``/Pages/VanBan.aspx`` →
  ``/Pages/VanBanChiTiet.aspx?id=<n>``, ``/Pages/ThuVienAnh.aspx`` → ``?aid=3``,
  ``/Pages/TimKiem.aspx?tukhoa=…`` (the search button's redirect).
- Images under ``/Upload/Images/…``, thumbnails ``/Upload/Thumb/…``, resized images through
  ``/Handler/ImageGen.ashx?image=…&width=…``, files ``/Upload/Files/….pdf``, scripts through
  ``WebResource.axd`` / ``ScriptResource.axd`` / ``Telerik.Web.UI.WebResource.axd``.

Page templates
--------------
Header (logo, the department's name as the page's only ``<h1>``, "Thứ Bảy, 05/12/2026", search
box), RadMenu, breadcrumb ``div.duongdan``, main column, right column (Tin xem nhiều, Liên kết
website select, Thăm dò ý kiến poll with a postback button, Thống kê truy cập), footer.
Article: ``span#…_lblTieuDe.ctt_tieude`` (headline), ``div.ctt_thongtin`` (weekday + date as
the server prints it, Cập nhật, Người đăng, Lượt xem), ``div.ctt_congcu`` (In bài, Gửi email,
Cỡ chữ), ``div.ctt_mota > span#…_lblMoTa`` (sapo field, empty when unused),
``div#…_pnNoiDung.ctt_nd`` (the RadEditor HTML, then the vendor's "Tác giả" field, the
attachments grid, the RadRating and the hidden "Gửi email" RadWindow), share bar, "Các tin
khác".

How each gold article is reached
--------------------------------
- cid=2 page 1 (GET): 1071, 1068, 1064, 1059; page 2 (postback only): 1051, 1046.
- cid=5 page 1 (GET): 1070, 1066, 1061; page 2 (postback only): 1055, 1048.
- cid=9: 1069 (also on the home marquee) and 1057, whose only way in is the grid's LinkButton
  postback answered by a 302 to ``ChiTiet.aspx?nid=1057``.
- Home, sidebar and "Các tin khác" only ever show page-1 articles.

Traps
-----
1. Postback pagination with state (pagination, forms). RadGrid's numeric pager links are
   ``javascript:__doPostBack('ctl00$cphMain$rgTinTuc$ctl00$ctl03$ctl01$ctl05','')``; First /
   Prev / Next / Last are ``<input type="submit" class="rgPage…">`` whose effect is relative to
   the page index kept in ``__VIEWSTATE`` (Next from page 2's form would be page 3, clamped);
   RadDataPager the same with ``…$ctl02$NextButton``. ``?cid=2&page=2`` is ignored (page 1).
   A postback without ``__EVENTVALIDATION`` gets the yellow "Server Error in '/' Application"
   page (500); one with another listing's view state gets "Validation of viewstate MAC
   failed" (500). With ``__ASYNCPOST=true`` the answer is the MS AJAX delta format
   (``len|updatePanel|id|html|``), not a page. Gold: 1051, 1046, 1055, 1048 are articles of
   their category though no GET page links them.
2. Row titles that are LinkButtons (new kind: navigation by POST-then-redirect). The Thông báo
   grid prints its titles as ``__doPostBack('…$rgThongBao$ctl00$ctl06$lnkTieuDe','')``; the
   server answers the postback with ``302 Location: /Pages/ChiTiet.aspx?nid=1057``. Gold path is
   the redirect's target.
3. The headline is nowhere a crawler looks first (new kind: title source). ``<title>`` is the
   same "Chi tiết tin tức - Sở Giáo dục và Đào tạo Cà Mau" on every article (Page.Title never
   set), there is no ``og:title``, and the page's only ``<h1>`` is the department's name in
   the header; the headline is ``span.ctt_tieude``. Gold title: the span's text.
4. Server-culture dates (dates). The article line prints ``DateTime.ToString()`` under the
   server's en-US culture after a Vietnamese weekday: "Thứ Tư, 11/4/2026 2:30:00 PM" style
   (M/d/yyyy, 12-hour); listings print dd/MM/yyyy; the print view "dd/MM/yyyy HH:mm".
   "10/16/2026 12:00:00 AM" is midnight → the day alone ("2026-10-16"). 1064 prints a
   "Cập nhật" after its date and its listing row shows the update day (22/11/2026): gold is the
   publication time 2026-11-20T07:30:00+07:00. "Người đăng: <cms account>" is nobody.
5. The sapo printed twice (new kind: repeated lead). The sapo field ``lblMoTa`` is printed
   above the content, and for 1071, 1051 and 1055 the editor pasted it again, in bold, as the
   content's first paragraph. Gold: summary = the sapo, the body holds it once (first).
6. Soft 404 (new kind). "Tin xem nhiều" links ``/Pages/ChiTiet.aspx?nid=1062``, an article
   taken down: 200, full chrome, "Tin bài không tồn tại hoặc đã bị gỡ bỏ!". Any other numeric
   nid does the same. Gold: not an article (listed in NON_ARTICLES).
7. Images through a resize handler (new kind: image URLs). Several photos are
   ``<a href="/Upload/Images/…jpg"><img src="/Handler/ImageGen.ashx?image=/Upload/Images/…jpg&amp;width=600"></a>``.
   Gold image path: the ``src`` as printed, entity-decoded, query kept
   ("/Handler/ImageGen.ashx?image=/Upload/Images/2026/12/cds-hoi-nghi.jpg&width=600").
8. Duplicate URLs (duplicates). Every article answers at ``/Pages/ChiTiet.aspx?nid=n``, at
   ``/tin-tuc/<slug>-n`` (home, sidebar), at a stale slug (the rotator still has 1068's slug
   from before its title went from 100 to 120 scholarships), at a lower-cased
   ``/pages/chitiet.aspx?NID=1068`` (a "Xem thêm" link typed by an editor, IIS does not care)
   and in the print view. ``<link rel="canonical">`` names ChiTiet.aspx. Gold path/canonical:
   ``/Pages/ChiTiet.aspx?nid=n``; the rest are alt_paths.
9. RadEditor's ConvertCharactersToEntities filter (encodings): in 1071, 1051 and 1066 every
   non-ASCII character of the content is a named or numeric reference (``&agrave;``,
   ``&#7873;``). Gold: the decoded text, NFC.
10. Widgets inside the text's container (boundaries). ``pnNoiDung`` holds, after the text, the
    vendor's "Tác giả" field, a "File đính kèm" grid, "Đánh giá bài viết" RadRating text and
    the hidden "Gửi email cho bạn bè" RadWindow (labels "Họ tên người gửi", "Email người
    nhận", a Gửi button). None of it is body; the "Tác giả" field is the byline.
11. Bylines and sources as this newsroom prints them (bylines): right-aligned bold name; "Tin,
    ảnh: X"; "Tin: X - Ảnh: Y"; "ThS. X - Phòng Tổ chức cán bộ" in the Tác giả field; a unit
    alone ("Phòng GDTrH", "Công đoàn Giáo dục tỉnh", "Văn phòng Sở"); "BBT" → nobody; "<em>Theo
    Báo Cà Mau</em>" → source "Báo Cà Mau"; a body sentence "Theo kế hoạch, …" stays text.
12. Captions (captions): a RadEditor two-row table (image row, caption row), an ``<em>``
    paragraph under the image, the caption after a ``<br />`` in the image's own paragraph, a
    caption in parentheses, an "Ảnh: X" line that only credits (caption None, X a
    photographer), a photo with no line.
13. An official notice (1069) printed with its letterhead table, "THÔNG BÁO" and subject lines
    and a "Nơi nhận" / "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" closing table, posted the next morning
    ("12/1/2026 7:55:00 AM"). Gold: date = the letterhead's day "2026-11-30"; signer is the
    author; letterhead, kind/subject and closing are not body.

Gold decisions on ambiguous points
----------------------------------
- The body of a repeated-sapo article holds the sapo once, as its first paragraph.
- Images: the ``<img src>`` (the handler URL when the page prints one), not the full-size
  ``<a href>`` around it.
- A "Xem thêm: <link>" line is not body; an "(GD&ĐT) - " dateline opening a sapo is part of it.
- The "Tác giả" field of the vendor counts as a byline like one typed in the text.
- The soft-404 page is listed among NON_ARTICLES (it answers 200 and is reachable).
- 1064's gold date is the publication time, not the "Cập nhật" time nor the listing's day.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_radgrid_ajax_sgddt"
PLATFORM = "ASP.NET 4.5 WebForms + Telerik UI (RadGrid/RadListView/RadAjaxManager), vendor 2015"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo Cà Mau"
HEADER_DATE = "Thứ Bảy, 05/12/2026"

#: cid -> (name printed in menu/breadcrumb, page size)
CATS = {
    2: ("Tin tức - Sự kiện", 4),
    5: ("Hoạt động chuyên môn", 3),
    9: ("Thông báo", 10),
}
CAT_OF = {"tt": 2, "hd": 5, "tb": 9}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ------------------------------------------------------------------------------

S_1071 = (
    "(GD&ĐT) - Chiều 03/12, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết công tác chuyển đổi "
    "số năm 2026 và triển khai nhiệm vụ năm 2027. Dự hội nghị có đại diện lãnh đạo Sở Khoa học và "
    "Công nghệ, Viễn thông Cà Mau cùng hơn 200 cán bộ quản lý các đơn vị trường học."
)
S_1051 = (
    "Sáng 29/10, Ban Quản lý dự án công trình dân dụng và công nghiệp tỉnh phối hợp với Sở Giáo "
    "dục và Đào tạo, UBND xã Tân Ân tổ chức lễ khởi công xây dựng Trường THCS Tân Ân."
)
S_1055 = (
    "Từ ngày 02 đến 05/11, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh "
    "bậc học mầm non năm học 2026-2027 với 86 giáo viên tham dự."
)
L_1068 = (
    "Sáng 28/11, tại Trường THCS Đất Mũi, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học "
    "tỉnh và các nhà tài trợ tổ chức trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có "
    "hoàn cảnh khó khăn vượt khó học tốt."
)
L_1066 = (
    "(GD&ĐT) - Ngày 25/11, 1.126 thí sinh là học sinh lớp 12 của 46 trường THPT, trung tâm "
    "GDNN-GDTX trong tỉnh bước vào kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026-2027."
)

STORIES: list[Story] = [
    Story(
        id=1071,
        slug="",
        title="Tổng kết công tác chuyển đổi số ngành Giáo dục năm 2026: 100% trường phổ thông "
        "triển khai học bạ số",
        cat="tt",
        published_at="2026-12-03T15:20:00+07:00",
        summary=S_1071,
        sapo_outside=True,
        blocks=[
            Raw(f"<p><strong>{esc(S_1071)}</strong></p>"),
            Img(
                "/Handler/ImageGen.ashx?image=/Upload/Images/2026/12/cds-hoi-nghi.jpg&width=600",
                "Quang cảnh hội nghị tổng kết công tác chuyển đổi số năm 2026",
                "Quang cảnh hội nghị tổng kết công tác chuyển đổi số năm 2026",
                "tbl",
            ),
            P(
                "Theo báo cáo tại hội nghị, năm 2026 toàn ngành đã hoàn thành việc cập nhật dữ liệu "
                "của hơn 312.000 học sinh, 18.600 cán bộ, giáo viên, nhân viên lên cơ sở dữ liệu "
                "ngành, bảo đảm “đúng, đủ, sạch, sống”. 100% trường trung học cơ sở, trung học phổ "
                "thông triển khai học bạ số; 96,4% trường tiểu học sử dụng sổ điểm điện tử và liên "
                "lạc với cha mẹ học sinh qua ứng dụng."
            ),
            P(
                "Việc thu học phí, các khoản thu dịch vụ không dùng tiền mặt được triển khai tại "
                "512/538 cơ sở giáo dục, đạt tỷ lệ 95,2%. Hồ sơ điện tử giúp giảm đáng kể thời gian "
                "nhập liệu của giáo viên chủ nhiệm, đồng thời tạo điều kiện để cơ quan quản lý theo "
                "dõi, chỉ đạo kịp thời."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như hạ tầng mạng "
                "tại các điểm trường lẻ ở vùng sâu còn yếu, một bộ phận giáo viên lớn tuổi còn lúng "
                "túng khi sử dụng phần mềm, kinh phí đầu tư thiết bị chưa đáp ứng yêu cầu."
            ),
            P(
                "Phát biểu chỉ đạo, ông Trương Minh Luân, Phó Giám đốc Sở, đề nghị các đơn vị tiếp "
                "tục rà soát, làm sạch dữ liệu, tăng cường bồi dưỡng kỹ năng số cho đội ngũ và đẩy "
                "mạnh khai thác kho học liệu số dùng chung của tỉnh."
            ),
            Img(
                "/Upload/Images/2026/12/cds-khen-thuong.jpg",
                "Lãnh đạo Sở trao giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở trao giấy khen cho các tập thể có thành tích xuất sắc",
                "em",
            ),
            P(
                "Dịp này, Sở Giáo dục và Đào tạo tặng giấy khen cho 24 tập thể và 37 cá nhân có "
                "thành tích xuất sắc trong công tác chuyển đổi số năm 2026."
            ),
            _right("<strong>Minh Khoa</strong>"),
        ],
        authors=["Minh Khoa"],
        opts={"dt": _dt("2026-12-03 15:20"), "poster": "khoanm", "ent": True},
    ),
    Story(
        id=1068,
        slug="",
        title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh vùng ven biển",
        cat="tt",
        published_at="2026-11-28T09:45:00+07:00",
        summary=L_1068,
        blocks=[
            P(L_1068, "b"),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt kèm theo một chiếc xe đạp, ba lô "
                "và bộ dụng cụ học tập. Tổng giá trị chương trình hơn 420 triệu đồng, do các doanh "
                "nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp."
            ),
            Img(
                "/Upload/Images/2026/11/hoc-bong-dat-mui.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "br",
            ),
            P(
                "Các em nhận học bổng năm nay đều là học sinh thuộc hộ nghèo, cận nghèo, mồ côi "
                "hoặc có cha mẹ làm nghề biển tại các xã Đất Mũi, Tân Ân, Viên An và Năm Căn. Nhiều "
                "em dù hoàn cảnh khó khăn nhưng nhiều năm liền đạt danh hiệu học sinh giỏi."
            ),
            P(
                "Em Lâm Thị Kim Ngân, học sinh lớp 8A, Trường THCS Đất Mũi, xúc động chia sẻ: “Nhà "
                "em cách trường gần 7 cây số, có chiếc xe đạp mới em sẽ không còn phải đi nhờ bạn "
                "nữa. Em hứa sẽ cố gắng học thật giỏi”."
            ),
            P(
                "Từ năm 2019 đến nay, chương trình “Tiếp bước đến trường” đã trao hơn 1.300 suất "
                "học bổng cho học sinh vùng sâu, vùng xa của tỉnh với tổng trị giá trên 3,5 tỷ đồng."
            ),
            _right("<em>Tin, ảnh: <strong>Hồng Nhung</strong></em>"),
        ],
        authors=["Hồng Nhung"],
        photographers=["Hồng Nhung"],
        opts={
            "dt": _dt("2026-11-28 09:45"),
            "poster": "nhungtth",
            "stale": "trao-100-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-vung-ven-bien",
        },
    ),
    Story(
        id=1064,
        slug="",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tt",
        published_at="2026-11-20T07:30:00+07:00",
        summary=(
            "Sáng 20/11, Sở Giáo dục và Đào tạo tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam, tôn vinh những thầy giáo, cô giáo tiêu biểu của ngành trong năm học 2025-2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự có bà Huỳnh Thị Ngọc Diệp, Phó Chủ tịch UBND tỉnh; đại diện lãnh đạo các "
                "sở, ngành; các thế hệ nhà giáo đã nghỉ hưu cùng đông đảo cán bộ, giáo viên tiêu "
                "biểu trong toàn tỉnh."
            ),
            P(
                "Ôn lại truyền thống, bà Nguyễn Thị Mỹ Xuyên, Giám đốc Sở Giáo dục và Đào tạo, cho "
                "biết sau khi hợp nhất, ngành Giáo dục tỉnh có hơn 1.000 cơ sở giáo dục với gần "
                "29.000 cán bộ, giáo viên, nhân viên. Năm học vừa qua, tỉnh có 58 học sinh đạt giải "
                "trong kỳ thi chọn học sinh giỏi quốc gia, tỷ lệ tốt nghiệp THPT đạt 99,1%."
            ),
            Img(
                "/Upload/Images/2026/11/20-11-tang-hoa.jpg",
                "(Phó Chủ tịch UBND tỉnh Huỳnh Thị Ngọc Diệp tặng hoa chúc mừng các nhà giáo)",
                "Phó Chủ tịch UBND tỉnh Huỳnh Thị Ngọc Diệp tặng hoa chúc mừng các nhà giáo",
                "em",
            ),
            P(
                "Phát biểu tại buổi họp mặt, Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những nỗ "
                "lực của đội ngũ nhà giáo, nhất là các thầy cô công tác tại vùng sâu, vùng xa, vùng "
                "bãi ngang ven biển, đã vượt qua nhiều khó khăn để bám trường, bám lớp."
            ),
            P(
                "“Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, "
                "để mỗi ngày đến trường thực sự là một ngày vui đối với học sinh”, bà Huỳnh Thị Ngọc "
                "Diệp nhấn mạnh."
            ),
            Img("/Upload/Images/2026/11/20-11-khen-thuong.jpg", "Ảnh: Duy Khánh", None, "em"),
            P(
                "Dịp này, UBND tỉnh tặng bằng khen cho 15 nhà giáo; Sở Giáo dục và Đào tạo tặng "
                "giấy khen cho 44 nhà giáo tiêu biểu, trong đó có nhiều thầy cô có trên 30 năm gắn "
                "bó với các điểm trường vùng khó khăn."
            ),
            Img("/Upload/Images/2026/11/20-11-van-nghe.jpg", None, None, "plain"),
            P(
                "Chương trình văn nghệ chào mừng do học sinh Trường THPT Chuyên Phan Ngọc Hiển biểu "
                "diễn đã mang lại nhiều cảm xúc cho các đại biểu."
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Duy Khánh"],
        opts={
            "dt": _dt("2026-11-20 07:30"),
            "upd": _dt("2026-11-22 09:12"),
            "poster": "hapt",
            "tacgia": "ThS. Phạm Thị Thu Hà - Phòng Tổ chức cán bộ",
        },
    ),
    Story(
        id=1059,
        slug="",
        title="Kiểm tra công tác phòng, chống thiên tai tại các trường học ven biển",
        cat="tt",
        published_at="2026-11-12T16:05:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến 12/11, đoàn kiểm tra của Sở Giáo dục và Đào tạo do ông Trương Minh "
                "Luân, Phó Giám đốc Sở, làm trưởng đoàn đã kiểm tra công tác phòng, chống thiên tai "
                "và tìm kiếm cứu nạn tại 14 trường học ở các xã ven biển."
            ),
            P(
                "Qua kiểm tra, các đơn vị đều đã kiện toàn ban chỉ huy phòng, chống thiên tai, xây "
                "dựng phương án ứng phó theo phương châm “bốn tại chỗ”, gia cố phòng học, chằng "
                "chống mái tôn, cắt tỉa cây xanh trong khuôn viên trường."
            ),
            Img(
                "/Upload/Images/2026/11/kiem-tra-pctt.jpg",
                "Đoàn kiểm tra khảo sát dãy phòng học tại điểm trường Rạch Tàu, xã Đất Mũi",
                "Đoàn kiểm tra khảo sát dãy phòng học tại điểm trường Rạch Tàu, xã Đất Mũi",
                "em",
            ),
            P(
                "Tuy nhiên, một số điểm trường lẻ còn phòng học xuống cấp, nằm sát bờ biển có nguy "
                "cơ sạt lở; việc tổ chức diễn tập ứng phó với triều cường, sạt lở chưa được thực "
                "hiện thường xuyên."
            ),
            P(
                "Đoàn đề nghị các trường chủ động rà soát cơ sở vật chất, có phương án di dời học "
                "sinh khi có bão, áp thấp nhiệt đới; tuyệt đối không để học sinh đến trường khi có "
                "thông báo nghỉ học của cơ quan có thẩm quyền.",
                "quote",
            ),
            P(
                "Dự kiến trong tháng 12, Sở sẽ tham mưu UBND tỉnh bố trí kinh phí sửa chữa khẩn cấp "
                "23 phòng học tại các điểm trường có nguy cơ mất an toàn."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/pages/chitiet.aspx?NID=1068">Trao 120 suất học bổng '
                "“Tiếp bước đến trường” cho học sinh vùng ven biển</a></em></p>"
            ),
            _right("<em>Theo Báo Cà Mau</em>"),
        ],
        source="Báo Cà Mau",
        opts={"dt": _dt("2026-11-12 16:05"), "poster": "nhungtth"},
    ),
    Story(
        id=1051,
        slug="",
        title="Khởi công xây dựng Trường THCS Tân Ân với tổng vốn hơn 38 tỷ đồng",
        cat="tt",
        published_at="2026-10-29T10:10:00+07:00",
        summary=S_1051,
        sapo_outside=True,
        blocks=[
            Raw(f"<p><strong>{esc(S_1051)}</strong></p>"),
            P(
                "Công trình được xây dựng trên diện tích hơn 12.000 m², gồm khối 20 phòng học, khối "
                "phòng bộ môn, nhà đa năng, thư viện, nhà ở bán trú cho 120 học sinh cùng các hạng "
                "mục phụ trợ, với tổng mức đầu tư hơn 38 tỷ đồng từ nguồn ngân sách tỉnh giai đoạn "
                "2026-2030."
            ),
            Img(
                "/Handler/ImageGen.ashx?image=/Upload/Images/2026/10/khoi-cong-tan-an.jpg&width=600",
                "Các đại biểu thực hiện nghi thức khởi công công trình",
                "Các đại biểu thực hiện nghi thức khởi công công trình",
                "tbl",
            ),
            P(
                "Hiện nay, Trường THCS Tân Ân có 18 lớp với 640 học sinh nhưng phải học tạm tại dãy "
                "phòng học cấp 4 xây dựng từ năm 2003, nhiều phòng đã xuống cấp nghiêm trọng, "
                "thường xuyên bị ngập khi triều cường."
            ),
            P(
                "Phát biểu tại lễ khởi công, lãnh đạo Sở Giáo dục và Đào tạo đề nghị đơn vị thi "
                "công bảo đảm tiến độ, chất lượng, an toàn lao động, phấn đấu đưa công trình vào sử "
                "dụng trước năm học 2027-2028."
            ),
            P(
                "Theo kế hoạch, công trình sẽ được thi công trong 14 tháng. Khi hoàn thành, trường "
                "sẽ đạt chuẩn cơ sở vật chất mức độ 2, đáp ứng yêu cầu dạy học theo Chương trình "
                "giáo dục phổ thông 2018."
            ),
            _right("<strong>Tin: Quốc Việt - Ảnh: Trúc Linh</strong>"),
        ],
        authors=["Quốc Việt"],
        photographers=["Trúc Linh"],
        opts={"dt": _dt("2026-10-29 10:10"), "poster": "vietnq", "ent": True},
    ),
    Story(
        id=1046,
        slug="",
        title="Hội thao giáo viên giáo dục thể chất toàn tỉnh lần thứ VII năm 2026",
        cat="tt",
        published_at="2026-10-16",
        summary=(
            "Trong hai ngày 15 và 16/10, tại Nhà thi đấu đa năng tỉnh, Sở Giáo dục và Đào tạo phối "
            "hợp với Công đoàn Giáo dục tỉnh tổ chức Hội thao giáo viên giáo dục thể chất toàn tỉnh "
            "lần thứ VII."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thao thu hút 286 vận động viên là giáo viên giáo dục thể chất đến từ 42 đơn "
                "vị, tranh tài ở các môn: bóng chuyền hơi, cầu lông, bóng bàn, điền kinh và kéo co."
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, trung thực, đúng luật, thể hiện tinh thần đoàn kết, "
                "giao lưu, học hỏi giữa đội ngũ giáo viên các trường."
            ),
            Img(
                "/Upload/Images/2026/10/hoi-thao-bong-chuyen.jpg",
                "Trận chung kết môn bóng chuyền hơi nam",
                "Trận chung kết môn bóng chuyền hơi nam",
                "em",
            ),
            P("Kết quả toàn đoàn:", "b"),
            P("Giải | Đơn vị", "tr"),
            P("Nhất | Trường THPT Cà Mau", "tr"),
            P("Nhì | Trường THPT Bạc Liêu", "tr"),
            P("Ba | Trường THPT Phan Ngọc Hiển", "tr"),
            P(
                "Ban tổ chức đã trao 15 huy chương vàng, 15 huy chương bạc và 22 huy chương đồng cho "
                "các vận động viên đạt thành tích cao ở từng nội dung."
            ),
            _right("<strong>Công đoàn Giáo dục tỉnh</strong>"),
        ],
        authors=["Công đoàn Giáo dục tỉnh"],
        opts={"dt": _dt("2026-10-16 00:00"), "poster": "congdoan"},
    ),
    Story(
        id=1070,
        slug="",
        title="Tập huấn dạy học phát triển phẩm chất, năng lực môn Ngữ văn cấp THPT",
        cat="hd",
        published_at="2026-12-01T14:00:00+07:00",
        summary=(
            "Từ ngày 28/11 đến 01/12, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn dạy học phát "
            "triển phẩm chất, năng lực môn Ngữ văn cho 180 giáo viên cốt cán cấp trung học phổ thông."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp tập huấn do TS. Lê Thị Hồng Vân, giảng viên Khoa Ngữ văn, Trường Đại học Sư "
                "phạm Thành phố Hồ Chí Minh, trực tiếp hướng dẫn. Nội dung tập trung vào các chuyên "
                "đề:"
            ),
            P("Dạy đọc hiểu văn bản theo đặc trưng thể loại;", "li"),
            P(
                "Thiết kế đề kiểm tra, đánh giá theo hướng không sử dụng lại văn bản đã học trong "
                "sách giáo khoa;",
                "li",
            ),
            P(
                "Hướng dẫn học sinh viết bài nghị luận xã hội có sử dụng dẫn chứng thực tế.",
                "li",
            ),
            Img(
                "/Handler/ImageGen.ashx?image=/Upload/Images/2026/12/tap-huan-ngu-van.jpg&width=560",
                "Giáo viên cốt cán thảo luận nhóm tại lớp tập huấn",
                "Giáo viên cốt cán thảo luận nhóm tại lớp tập huấn",
                "em",
            ),
            P(
                "Bên cạnh phần lý thuyết, các học viên được thực hành thiết kế kế hoạch bài dạy, "
                "dạy minh họa và thảo luận nhóm, góp ý trực tiếp cho nhau."
            ),
            P(
                "Kết thúc lớp tập huấn, mỗi giáo viên cốt cán có trách nhiệm tổ chức bồi dưỡng lại "
                "cho giáo viên Ngữ văn tại đơn vị mình trước ngày 31/12/2026."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "dt": _dt("2026-12-01 14:00"),
            "poster": "gdtrh",
            "tacgia": "Phòng Giáo dục Trung học",
            "files": [("Tài liệu tập huấn môn Ngữ văn THPT", "TaiLieu_NguVan_THPT.pdf")],
        },
    ),
    Story(
        id=1066,
        slug="",
        title="Hơn 1.100 thí sinh dự kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="hd",
        published_at="2026-11-25T08:00:00+07:00",
        summary=L_1066,
        blocks=[
            P(L_1066, "b"),
            P(
                "Kỳ thi được tổ chức tại hai điểm thi là Trường THPT Chuyên Phan Ngọc Hiển và "
                "Trường THPT Chuyên Bạc Liêu với 11 môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin "
                "học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, Công nghệ."
            ),
            Img("/Upload/Images/2026/11/thi-hsg-12.jpg", "Ảnh: Thanh Tùng", None, "em"),
            P(
                "Theo ghi nhận, các điểm thi được bố trí đầy đủ camera giám sát, thiết bị phát hiện "
                "sóng điện thoại; cán bộ coi thi được tập huấn kỹ quy chế trước ngày thi."
            ),
            P(
                "Ông Trần Quốc Bảo, Trưởng phòng Quản lý chất lượng, cho biết kết quả kỳ thi là căn "
                "cứ để lựa chọn, thành lập đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027."
            ),
            P("Dự kiến kết quả thi sẽ được công bố trước ngày 15/12/2026."),
            _right("<strong>Ngọc Hân</strong>"),
        ],
        authors=["Ngọc Hân"],
        photographers=["Thanh Tùng"],
        opts={"dt": _dt("2026-11-25 08:00"), "poster": "hanbn", "ent": True},
    ),
    Story(
        id=1061,
        slug="",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường THPT phía Nam",
        cat="hd",
        published_at="2026-11-17T10:30:00+07:00",
        summary=(
            "Ngày 15/11, Trường THPT Phan Ngọc Hiển đăng cai tổ chức buổi sinh hoạt chuyên môn theo "
            "nghiên cứu bài học cụm các trường THPT phía Nam tỉnh với sự tham gia của hơn 70 giáo "
            "viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa môn Lịch sử lớp 11 bài “Cuộc cải cách của Hồ Quý Ly và triều Hồ” "
                "do cô Nguyễn Thị Diễm thực hiện. Thay vì tập trung nhận xét giáo viên, các thành "
                "viên dự giờ quan sát hoạt động học của từng nhóm học sinh, ghi chép những biểu hiện "
                "khi học sinh gặp khó khăn."
            ),
            Img("/Upload/Images/2026/11/nghien-cuu-bai-hoc.jpg", None, None, "plain"),
            P(
                "Trong phần thảo luận, các giáo viên đã phân tích nguyên nhân học sinh chưa tích "
                "cực ở một số hoạt động, đồng thời đề xuất điều chỉnh câu hỏi gợi mở, thời lượng "
                "thảo luận và cách tổ chức báo cáo sản phẩm."
            ),
            P(
                "Đây là hoạt động nằm trong kế hoạch đổi mới sinh hoạt tổ, nhóm chuyên môn năm học "
                "2026-2027, được tổ chức luân phiên tại các trường trong cụm mỗi tháng một lần."
            ),
            _right("<em><strong>Nguyễn Thị Diễm</strong> - Trường THPT Phan Ngọc Hiển</em>"),
        ],
        authors=["Nguyễn Thị Diễm"],
        opts={"dt": _dt("2026-11-17 10:30"), "poster": "gdtrh"},
    ),
    Story(
        id=1055,
        slug="",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh bậc học mầm non năm học 2026-2027",
        cat="hd",
        published_at="2026-11-05T15:45:00+07:00",
        summary=S_1055,
        sapo_outside=True,
        blocks=[
            Raw(f"<p><b>{esc(S_1055)}</b></p>"),
            P(
                "Các giáo viên tham gia hội thi là những người đã đạt giải trong hội thi cấp trường, "
                "được các đơn vị lựa chọn. Mỗi thí sinh thực hiện hai phần thi: trình bày biện pháp "
                "nâng cao chất lượng chăm sóc, giáo dục trẻ và tổ chức một hoạt động giáo dục trẻ."
            ),
            Img(
                "/Upload/Images/2026/11/gvdg-mam-non-1.jpg",
                "Một tiết thực hành của giáo viên tại Trường Mầm non Hoa Sen",
                "Một tiết thực hành của giáo viên tại Trường Mầm non Hoa Sen",
                "em",
            ),
            P(
                "Nhiều giáo viên đã mạnh dạn ứng dụng công nghệ thông tin, tận dụng nguyên vật liệu "
                "sẵn có ở địa phương như lá dừa nước, vỏ sò, hạt điên điển để làm đồ dùng, đồ chơi "
                "cho trẻ."
            ),
            Img(
                "/Upload/Images/2026/11/gvdg-mam-non-2.jpg",
                "Đồ dùng dạy học tự làm từ nguyên vật liệu địa phương",
                "Đồ dùng dạy học tự làm từ nguyên vật liệu địa phương",
                "tbl",
            ),
            P(
                "Kết quả, Ban tổ chức công nhận 71 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, trong đó 12 giáo viên được tặng giấy khen vì có biện pháp xuất sắc."
            ),
            _right("<strong>BBT</strong>"),
        ],
        opts={"dt": _dt("2026-11-05 15:45"), "poster": "gdmn"},
    ),
    Story(
        id=1048,
        slug="",
        title="Triển khai kế hoạch giáo dục STEM năm học 2026-2027",
        cat="hd",
        published_at="2026-10-21T09:00:00+07:00",
        blocks=[
            P(
                "Ngày 20/10, Sở Giáo dục và Đào tạo ban hành kế hoạch triển khai giáo dục STEM trong "
                "giáo dục phổ thông năm học 2026-2027, nhằm nâng cao chất lượng dạy học các môn khoa "
                "học, công nghệ, kỹ thuật và toán học."
            ),
            P("1. Mục tiêu", "b"),
            P(
                "Phấn đấu 100% trường trung học tổ chức ít nhất 4 bài học STEM/khối lớp/học kì; 70% "
                "trường tiểu học tổ chức hoạt động trải nghiệm STEM; mỗi trường THPT có ít nhất một "
                "câu lạc bộ STEM hoặc robotics."
            ),
            P("2. Lộ trình thực hiện", "b"),
            P("Thời gian | Nội dung", "tr"),
            P("Tháng 11/2026 | Tập huấn giáo viên cốt cán", "tr"),
            P("Tháng 01/2027 | Ngày hội STEM cấp trường", "tr"),
            P("Tháng 3/2027 | Ngày hội STEM cấp tỉnh", "tr"),
            P(
                "Các đơn vị chủ động bố trí kinh phí, huy động sự hỗ trợ của cha mẹ học sinh và "
                "doanh nghiệp để mua sắm thiết bị, vật liệu phục vụ hoạt động STEM."
            ),
            _right("<strong>Phòng GDTrH</strong>"),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "dt": _dt("2026-10-21 09:00"),
            "poster": "gdtrh",
            "files": [("Kế hoạch giáo dục STEM năm học 2026-2027", "KH-STEM-2026-2027.pdf")],
        },
    ),
    Story(
        id=1069,
        slug="",
        title="Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở "
        "năm 2026",
        cat="tb",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 40%; text-align: center;">UBND TỈNH CÀ MAU<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2841/TB-SGDĐT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
                "<em>Cà Mau, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Tuyển dụng viên chức làm việc tại các đơn '
                "vị sự nghiệp công lập trực thuộc Sở Giáo dục và Đào tạo năm 2026</strong></p>"
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của "
                "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"
            ),
            P(
                "Căn cứ Kế hoạch số 214/KH-SGDĐT ngày 20/11/2026 của Sở Giáo dục và Đào tạo về tuyển "
                "dụng viên chức năm 2026,"
            ),
            P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức như sau:"),
            P(
                "1. Số lượng cần tuyển: 146 chỉ tiêu, trong đó giáo viên trung học phổ thông 118 chỉ "
                "tiêu, nhân viên kế toán 9 chỉ tiêu, nhân viên thư viện - thiết bị 19 chỉ tiêu."
            ),
            P("2. Hình thức tuyển dụng: xét tuyển theo quy định tại Nghị định số 115/2020/NĐ-CP."),
            P(
                "3. Thời gian nhận phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày "
                "30/12/2026 (trong giờ hành chính)."
            ),
            P("4. Địa điểm nhận phiếu: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong>'
                "<br />- Các đơn vị trực thuộc;<br />- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><em>(Đã ký)</em><br /><br /><strong>Trương Minh Luân"
                "</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trương Minh Luân"],
        opts={
            "dt": _dt("2026-12-01 07:55"),
            "poster": "vanphong",
            "files": [("Thông báo tuyển dụng viên chức năm 2026", "TB-2841-SGDDT.pdf")],
        },
    ),
    Story(
        id=1057,
        slug="",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="tb",
        published_at="2026-11-09T14:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Thông báo của UBND tỉnh về việc nghỉ Tết Dương lịch năm 2027, Sở Giáo dục "
                "và Đào tạo thông báo đến các phòng chuyên môn, đơn vị trực thuộc như sau:"
            ),
            P(
                "- Cán bộ, công chức, viên chức, người lao động được nghỉ Tết Dương lịch 01 ngày vào "
                "thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "- Học sinh các trường trực thuộc nghỉ học 01 ngày theo lịch trên; các đơn vị chủ "
                "động điều chỉnh kế hoạch dạy học bảo đảm thời lượng chương trình."
            ),
            P(
                "Các đơn vị bố trí trực cơ quan, bảo đảm an ninh trật tự, phòng chống cháy nổ và bảo "
                "vệ tài sản trong thời gian nghỉ Tết; báo cáo tình hình về Văn phòng Sở trước 10 giờ "
                "ngày 02/01/2027."
            ),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"dt": _dt("2026-11-09 14:15"), "poster": "vanphong"},
    ),
]

for _s in STORIES:
    _s.slug = slugify(_s.title)
BY_ID = {s.id: s for s in STORIES}
#: taken-down article linked from "Tin xem nhiều" (soft 404)
GONE_ID = 1062
GONE_TITLE = "Công bố điểm chuẩn tuyển sinh lớp 10 năm học 2026-2027"


def in_cat(cid: int) -> list[Story]:
    """A category's articles, newest first (the listing's order)."""
    return sorted((s for s in STORIES if CAT_OF[s.cat] == cid), key=lambda s: s.opts["dt"], reverse=True)


def detail_path(s: Story) -> str:
    return f"/Pages/ChiTiet.aspx?nid={s.id}"


def friendly(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or s.slug}-{s.id}"


def thumb(s: Story) -> str:
    return f"/Upload/Thumb/{s.opts['dt']:%Y/%m}/{s.id}_thumb.jpg"


# --- date formats ------------------------------------------------------------------------------


def en_us(d: datetime) -> str:
    """``DateTime.ToString()`` under en-US: "11/4/2026 2:30:00 PM"."""
    h12 = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h12}:{d.minute:02d}:00 {'AM' if d.hour < 12 else 'PM'}"


def dmy(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def printed_date_line(s: Story) -> str:
    d = s.opts["dt"]
    return f"{WEEKDAYS[d.weekday()]}, {en_us(d)}"


# --- view state --------------------------------------------------------------------------------

_VS_RE = re.compile(rb"CurrentPageIndex=(\d+);cid=(\d+);")


def viewstate(kind: str, cid: int = 0, page: int = 1) -> str:
    prefix = b"\xff\x01\x0f\x0f\x05\x0a-1187432957\x0f\x16\x02\x1e" + (
        f"CurrentPageIndex={page - 1};cid={cid};".encode() if cid else kind.encode()
    )
    return opaque(f"vs:{kind}:{cid}:{page}", 420, prefix)


def eventvalidation(kind: str, cid: int = 0, page: int = 1) -> str:
    return opaque(f"ev:{kind}:{cid}:{page}", 96, b"\xff\x01\x16\x0c")


def read_viewstate(value: str) -> tuple[int, int] | None:
    """(cid, page) from a listing's __VIEWSTATE; None when it is not one we issued."""
    try:
        raw = base64.b64decode(value, validate=False)
    except ValueError:
        return None
    m = _VS_RE.search(raw)
    return (int(m.group(2)), int(m.group(1)) + 1) if m else None


def ysod(title: str, detail: str) -> Response:
    page = f"""<!DOCTYPE html>
<html><head><title>{esc(title)}</title>
<style>body {{font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}}</style></head>
<body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>{esc(title)}</i> </h2></span>
<font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
<b> Description: </b>{esc(detail)}<br><br>
<b> Exception Details: </b>System.Web.HttpException: {esc(title)}<br><br>
<hr width=100% size=1 color=silver>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.6.1590.0
</font></body></html>
<!-- [HttpException]: {esc(title)} -->"""
    return html(page, status=500)


# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/Default.aspx", []),
    (
        "Giới thiệu",
        "#",
        [("Giới thiệu chung", "/Pages/GioiThieu.aspx?id=1"), ("Cơ cấu tổ chức", "/Pages/GioiThieu.aspx?id=2")],
    ),
    (
        "Tin tức",
        "#",
        [("Tin tức - Sự kiện", "/Pages/TinTuc.aspx?cid=2"), ("Hoạt động chuyên môn", "/Pages/TinTuc.aspx?cid=5")],
    ),
    ("Thông báo", "/Pages/TinTuc.aspx?cid=9", []),
    ("Văn bản", "/Pages/VanBan.aspx", []),
    ("Thư viện ảnh", "/Pages/ThuVienAnh.aspx", []),
    ("Liên hệ", "/Pages/LienHe.aspx", []),
]


def radmenu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        cls = "rmItem rmFirst" if i == 0 else ("rmItem rmLast" if i == len(MENU) - 1 else "rmItem")
        link_cls = "rmLink rmRootLink" + (" rmExpandDown" if subs else "")
        sub = ""
        if subs:
            lis = "".join(
                f'<li class="rmItem{" rmFirst" if j == 0 else ""}"><a class="rmLink" href="{esc(h)}">'
                f'<span class="rmText">{esc(t)}</span></a></li>'
                for j, (t, h) in enumerate(subs)
            )
            sub = f'<div class="rmSlide"><ul class="rmVertical rmGroup rmLevel1">{lis}</ul></div>'
        items.append(
            f'<li class="{cls}"><a class="{link_cls}" href="{esc(href)}"><span class="rmText">'
            f"{esc(label)}</span></a>{sub}</li>"
        )
    return (
        '<div id="ctl00_ucMenu_RadMenu1" class="RadMenu RadMenu_Sunset" style="z-index:7000;">'
        f'<ul class="rmRootGroup rmHorizontal">{"".join(items)}</ul>'
        '<input id="ctl00_ucMenu_RadMenu1_ClientState" name="ctl00_ucMenu_RadMenu1_ClientState" '
        'type="hidden" /></div>'
    )


def sidebar(poll_msg: str = "") -> str:
    most_read = [BY_ID[1064], BY_ID[1066], BY_ID[1071]]
    lis = "".join(
        f'<li><a href="{friendly(s)}">{esc(s.title)}</a></li>' for s in most_read
    ) + f'<li><a href="/Pages/ChiTiet.aspx?nid={GONE_ID}">{esc(GONE_TITLE)}</a></li>'
    poll = (
        f'<div class="bc_kq" style="color:#c00">{esc(poll_msg)}</div>'
        if poll_msg
        else ""
    )
    return f"""
<div class="cot_phai">
 <div class="khung_phai"><div class="tde_phai">TIN XEM NHIỀU</div>
  <ul class="ds_xemnhieu">{lis}</ul></div>
 <div class="khung_phai"><div class="tde_phai">LIÊN KẾT WEBSITE</div>
  <select name="ctl00$ucCotPhai$ddlLienKet" id="ctl00_ucCotPhai_ddlLienKet" onchange="if(this.value!='')window.open(this.value);">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://camau.gov.vn">Cổng TTĐT tỉnh Cà Mau</option>
   <option value="https://dichvucong.camau.gov.vn">Cổng Dịch vụ công tỉnh</option>
  </select>
  <a href="https://ioffice.camau.edu.vn" target="_blank"><img src="/Images/banner_ioffice.jpg" alt="Quản lý văn bản" /></a>
  <a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Images/banner_csdl.jpg" alt="CSDL ngành" /></a>
 </div>
 <div class="khung_phai"><div class="tde_phai">THĂM DÒ Ý KIẾN</div>
  <div id="ctl00_ucCotPhai_ucBinhChon_pnBinhChon">
   <span class="bc_cauhoi">Bạn đánh giá thế nào về giao diện mới của website?</span>
   <table id="ctl00_ucCotPhai_ucBinhChon_rblBinhChon"><tr><td><input id="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_0" type="radio" name="ctl00$ucCotPhai$ucBinhChon$rblBinhChon" value="1" /><label for="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_0">Rất đẹp, dễ sử dụng</label></td></tr>
   <tr><td><input id="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_1" type="radio" name="ctl00$ucCotPhai$ucBinhChon$rblBinhChon" value="2" /><label for="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_1">Bình thường</label></td></tr>
   <tr><td><input id="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_2" type="radio" name="ctl00$ucCotPhai$ucBinhChon$rblBinhChon" value="3" /><label for="ctl00_ucCotPhai_ucBinhChon_rblBinhChon_2">Cần cải thiện</label></td></tr></table>
   <input type="submit" name="ctl00$ucCotPhai$ucBinhChon$btnBieuQuyet" value="Biểu quyết" id="ctl00_ucCotPhai_ucBinhChon_btnBieuQuyet" class="nut" />
   <a href="javascript:void(0)" onclick="window.open('/Pages/KetQuaBinhChon.aspx?id=4','KQ','width=420,height=320');">Xem kết quả</a>
   {poll}
  </div></div>
 <div class="khung_phai"><div class="tde_phai">THỐNG KÊ TRUY CẬP</div>
  <table class="thongke"><tr><td>Đang online:</td><td><span id="ctl00_ucCotPhai_lblOnline">37</span></td></tr>
  <tr><td>Hôm nay:</td><td><span id="ctl00_ucCotPhai_lblHomNay">1.204</span></td></tr>
  <tr><td>Tổng truy cập:</td><td><span id="ctl00_ucCotPhai_lblTong">3.482.915</span></td></tr></table>
 </div>
</div>"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    action: str,
    kind: str,
    cid: int = 0,
    page: int = 1,
    head_extra: str = "",
    poll_msg: str = "",
) -> Response:
    vs = viewstate(kind, cid, page)
    ev = eventvalidation(kind, cid, page)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)}
</title><meta name="description" content="Sở Giáo dục và Đào tạo tỉnh Cà Mau" /><meta name="keywords" content="giao duc, ca mau, so gd&amp;dt" />
<link href="/App_Themes/CaMau/style.css" type="text/css" rel="stylesheet" /><link href="/WebResource.axd?d=Kx9wq3Qm1LhT0&amp;t=635512345678900000" type="text/css" rel="stylesheet" class="Telerik_stylesheet" />
{head_extra}</head>
<body>
<form method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="ctl00_RadScriptManager1_TSM" id="ctl00_RadScriptManager1_TSM" value="" />
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=635589219571259667" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ctl00_RadScriptManager1_TSM&amp;compress=1&amp;_TSM_CombinedScripts_=%3b%3bSystem.Web.Extensions%2c+Version%3d4.0.0.0" type="text/javascript"></script>
<div class="aspNetHidden">
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{_generator(kind)}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$RadScriptManager1', 'aspnetForm', ['tctl00$RadAjaxManager1SU','RadAjaxManager1SU'], [], [], 90, 'ctl00');
//]]>
</script>
<div id="ctl00_RadAjaxManager1SU"><span id="ctl00_RadAjaxManager1" style="display:none;"></span></div>
<div id="khung">
 <div id="dau_trang">
  <a href="/"><img src="/Images/logo_sgd.png" alt="Logo" class="logo" /></a>
  <h1 class="ten_don_vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</h1>
  <div class="khauhieu">Cà Mau Department of Education and Training</div>
  <div class="ngay_hien_tai"><span id="ctl00_ucHeader_lblNgay">{HEADER_DATE}</span></div>
  <div class="tim_kiem"><input name="ctl00$ucHeader$txtTuKhoa" type="text" id="ctl00_ucHeader_txtTuKhoa" class="o_tim" placeholder="Nhập từ khóa..." />
   <input type="submit" name="ctl00$ucHeader$btnTimKiem" value="Tìm" id="ctl00_ucHeader_btnTimKiem" class="nut_tim" /></div>
 </div>
 <div id="thanh_menu">{radmenu()}</div>
 <div id="than_trang">
  <div class="cot_giua">{main}</div>
  {sidebar(poll_msg)}
 </div>
 <div id="chan_trang">
  <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</strong></p>
  <p>Địa chỉ: Số 102, đường Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau</p>
  <p>Điện thoại: (0290) 3831 245 - Fax: (0290) 3831 246 - Email: sgddt@camau.edu.vn</p>
  <p>Chịu trách nhiệm chính: Bà Nguyễn Thị Mỹ Xuyên - Giám đốc Sở</p>
  <p>Ghi rõ nguồn "Sở GD&amp;ĐT Cà Mau" khi phát hành lại thông tin từ website này.</p>
  <p class="tkw">Thiết kế và phát triển: <a href="http://muicamausoft.vn" target="_blank">Công ty TNHH Phần mềm Mũi Cà Mau</a> © 2015</p>
  <p><a href="/Pages/LienHe.aspx">Liên hệ</a> | <a href="/Pages/GioiThieu.aspx?id=1">Giới thiệu</a></p>
 </div>
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{
    $create(Telerik.Web.UI.RadAjaxManager, {{"_updatePanels":"","ajaxSettings":[{{InitControlID : "ctl00_cphMain_rgTinTuc",UpdatedControls : [{{ControlID:"ctl00_cphMain_rgTinTuc",PanelID:"ctl00_cphMain_ralpDangTai"}}]}},{{InitControlID : "ctl00_cphMain_rdpHoatDong",UpdatedControls : [{{ControlID:"ctl00_cphMain_pnHoatDong",PanelID:"ctl00_cphMain_ralpDangTai"}}]}}],"clientEvents":{{OnRequestStart:"",OnResponseEnd:""}},"defaultLoadingPanelID":"","enableAJAX":true,"enableHistory":false,"links":[],"styles":[],"uniqueID":"ctl00$RadAjaxManager1","updatePanelsRenderMode":0}}, null, null, $get("ctl00_RadAjaxManager1"));
}});
//]]>
</script>
</form>
</body>
</html>"""
    return html(doc, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})


def _generator(kind: str) -> str:
    return {"home": "CA0B0334", "list": "9F7B2C11", "detail": "6E1D3A5F"}.get(kind, "4B2A7C90")


def breadcrumb(*crumbs: tuple[str, str | None]) -> str:
    parts = ['<a href="/Default.aspx">Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def cat_crumbs(cid: int) -> list[tuple[str, str | None]]:
    name = CATS[cid][0]
    if cid == 9:
        return [(name, "/Pages/TinTuc.aspx?cid=9")]
    return [("Tin tức", None), (name, f"/Pages/TinTuc.aspx?cid={cid}")]


# --- article rendering -------------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 560px; height: 373px;" />'
    if img.src.startswith("/Handler/"):
        full = img.src.split("image=", 1)[1].split("&", 1)[0]
        tag = f'<a href="{esc(full)}" target="_blank" class="phongto">{tag}</a>'
    return tag


def render_img(img: Img) -> str:
    tag = _img_tag(img)
    line = esc(img.printed) if img.printed else ""
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 560px;">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em><span style="font-size: 12px;">{line}</span>'
            "</em></td></tr></tbody></table>"
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em><span style="font-size: 12px;">{line}</span></em></p>'
    return out


def render_content(s: Story) -> str:
    out: list[str] = []
    i = 0
    blocks = s.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for r, p in enumerate(group):
                    cell = "td"
                    cells = "".join(
                        f'<{cell} style="border: 1px solid #999; padding: 3px;">'
                        f"{'<strong>' + esc(c) + '</strong>' if r == 0 else esc(c)}</{cell}>"
                        for c in p.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse: '
                    f'collapse; width: 90%;"><tbody>{"".join(rows)}</tbody></table>'
                )
            continue
        if isinstance(b, P):
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "quote":
                out.append(f'<blockquote><p><em>{esc(b.text)}</em></p></blockquote>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(render_img(b))
        else:
            out.append(b.html)
        i += 1
    body = "\n".join(out)
    return entity_mix(body) if s.opts.get("ent") else body


def attachments(s: Story) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<tr class="rgRow"><td><img src="/Images/icon_pdf.gif" alt="" /></td><td>{esc(t)}</td>'
        f'<td><a href="/Upload/Files/{s.opts["dt"]:%Y/%m}/{f}" target="_blank">Tải về</a></td></tr>'
        for t, f in files
    )
    return (
        f'<div id="ctl00_cphMain_ucChiTietTin_pnDinhKem" class="ctt_dinhkem"><b>File đính kèm:</b>'
        f'<div id="ctl00_cphMain_ucChiTietTin_rgDinhKem" class="RadGrid RadGrid_Default">'
        f'<table class="rgMasterTable"><tbody>{rows}</tbody></table></div></div>'
    )


def article_main(s: Story) -> str:
    cid = CAT_OF[s.cat]
    upd = s.opts.get("upd")
    upd_html = (
        f' <span class="ctt_capnhat">| Cập nhật: {en_us(upd)}</span>' if upd else ""
    )
    mota = esc(s.summary) if (s.summary and s.sapo_outside) else ""
    tacgia = (
        f'<div class="ctt_tacgia" style="text-align:right;font-weight:bold;">{esc(s.opts["tacgia"])}</div>'
        if s.opts.get("tacgia")
        else ""
    )
    if cid == 9:  # "Các thông báo khác": only the newer ones
        others = [o for o in in_cat(cid) if o.opts["dt"] > s.opts["dt"]][:3]
    else:
        others = [o for o in in_cat(cid) if o.id != s.id][: 2 if cid == 5 else 3]
    others_html = "".join(
        f'<li class="rlvI"><a href="/Pages/ChiTiet.aspx?nid={o.id}">{esc(o.title)}</a> '
        f'<span class="ngay_tk">({dmy(o.opts["dt"])})</span></li>'
        for o in others
    )
    share_url = quote(f"http://sgddt.camau.gov.vn/tin-tuc/{s.slug}-{s.id}", safe="")
    return f"""{breadcrumb(*cat_crumbs(cid))}
<div id="ctl00_cphMain_ucChiTietTin_pnChiTiet" class="ctt_khung">
 <span id="ctl00_cphMain_ucChiTietTin_lblTieuDe" class="ctt_tieude">{esc(s.title)}</span>
 <div class="ctt_thongtin"><span id="ctl00_cphMain_ucChiTietTin_lblNgayDang" class="ctt_ngay">{printed_date_line(s)}</span>{upd_html}
  <span class="ctt_nguoidang">| Người đăng: {esc(s.opts["poster"])}</span> | Lượt xem: <span id="ctl00_cphMain_ucChiTietTin_lblLuotXem">{s.views()}</span></div>
 <div class="ctt_congcu">
  <a href="javascript:void(0)" onclick="window.open('/Pages/InTin.aspx?nid={s.id}','InTin','width=780,height=600,scrollbars=1');return false;"><img src="/Images/icon_print.gif" alt="" /> In bài</a>
  <a href="javascript:void(0)" onclick="$find('ctl00_cphMain_ucChiTietTin_rwGuiEmail').show();return false;"><img src="/Images/icon_email.gif" alt="" /> Gửi email</a>
  <a href="javascript:history.back()"><img src="/Images/icon_back.gif" alt="" /> Quay lại</a>
  <span class="cochu">Cỡ chữ: <a href="javascript:DoiCoChu(1)">A+</a> <a href="javascript:DoiCoChu(-1)">A-</a></span>
 </div>
 <div class="ctt_mota"><span id="ctl00_cphMain_ucChiTietTin_lblMoTa">{mota}</span></div>
 <div id="ctl00_cphMain_ucChiTietTin_pnNoiDung" class="ctt_nd">
{render_content(s)}
  {tacgia}
  {attachments(s)}
  <div class="ctt_danhgia">Đánh giá bài viết:
   <div id="ctl00_cphMain_ucChiTietTin_rrDanhGia" class="RadRating RadRating_Default"><ul class="rrtItem"><li><a href="#" title="Rất kém"><span>1</span></a></li><li><a href="#" title="Kém"><span>2</span></a></li><li><a href="#" title="Trung bình"><span>3</span></a></li><li><a href="#" title="Tốt"><span>4</span></a></li><li><a href="#" title="Rất tốt"><span>5</span></a></li></ul>
   <input id="ctl00_cphMain_ucChiTietTin_rrDanhGia_ClientState" name="ctl00_cphMain_ucChiTietTin_rrDanhGia_ClientState" type="hidden" /></div>
   <span class="dg_tong">({3 + s.id % 17} lượt đánh giá)</span>
  </div>
  <div id="ctl00_cphMain_ucChiTietTin_rwGuiEmail" style="display:none;" class="RadWindow">
   <div class="rw_tde">Gửi email cho bạn bè</div>
   <p>Họ tên người gửi: <input name="ctl00$cphMain$ucChiTietTin$txtNguoiGui" type="text" /></p>
   <p>Email người nhận: <input name="ctl00$cphMain$ucChiTietTin$txtEmailNhan" type="text" /></p>
   <p>Lời nhắn: <textarea name="ctl00$cphMain$ucChiTietTin$txtLoiNhan" rows="3" cols="30"></textarea></p>
   <input type="button" value="Gửi" onclick="GuiEmail();" />
  </div>
 </div>
 <div class="ctt_chiase">Chia sẻ:
  <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank"><img src="/Images/share_fb.png" alt="Facebook" /></a>
  <a href="https://sp.zalo.me/share_inline?u={share_url}" target="_blank"><img src="/Images/share_zalo.png" alt="Zalo" /></a>
 </div>
 <div class="ctt_tinkhac"><div class="tde_tinkhac">Các tin khác</div>
  <div id="ctl00_cphMain_ucChiTietTin_rlvTinKhac" class="RadListView RadListView_Default"><ul>{others_html}</ul></div>
 </div>
</div>"""


def article_page(request: Request, s: Story, action: str) -> Response:
    canon = f'<link rel="canonical" href="{base_url(request)}{detail_path(s)}" />\n'
    canon += f'<meta property="og:url" content="{base_url(request)}{esc(request.target)}" />\n'
    canon += f'<meta property="og:image" content="{base_url(request)}{thumb(s)}" />\n'
    return layout(
        request,
        title="Chi tiết tin tức - Sở Giáo dục và Đào tạo Cà Mau",
        main=article_main(s),
        action=action,
        kind="detail",
        head_extra=canon,
        poll_msg=_poll_msg(request),
    )


def gone_page(request: Request, action: str) -> Response:
    main = (
        breadcrumb(("Tin tức", None))
        + '<div id="ctl00_cphMain_ucChiTietTin_pnChiTiet" class="ctt_khung">'
        '<span id="ctl00_cphMain_ucChiTietTin_lblThongBao" class="thongbao_loi" style="color:red">'
        "Tin bài không tồn tại hoặc đã bị gỡ bỏ!</span>"
        '<p><a href="/Default.aspx">« Về trang chủ</a></p></div>'
    )
    return layout(
        request,
        title="Chi tiết tin tức - Sở Giáo dục và Đào tạo Cà Mau",
        main=main,
        action=action,
        kind="detail",
    )


def print_page(s: Story) -> Response:
    d = s.opts["dt"]
    sapo = f"<p><b>{esc(s.summary)}</b></p>" if (s.summary and s.sapo_outside) else ""
    tacgia = f'<p style="text-align:right"><b>{esc(s.opts["tacgia"])}</b></p>' if s.opts.get("tacgia") else ""
    doc = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>In tin bài</title>
<link rel="canonical" href="/Pages/ChiTiet.aspx?nid={s.id}" />
<style>body{{font-family:'Times New Roman';font-size:14pt}}</style></head>
<body onload="window.print();">
<div style="width:700px;margin:0 auto;">
<table width="100%"><tr><td><img src="/Images/logo_in.png" alt="" /></td><td><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</b><br />Website: sgddt.camau.gov.vn</td></tr></table><hr />
<h3 class="in_tieude">{esc(s.title)}</h3>
<i>Ngày đăng: {d:%d/%m/%Y %H:%M}</i>
{sapo}
<div class="in_noidung">{render_content(s)}</div>
{tacgia}
<hr /><center><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></center>
</div></body></html>"""
    return html(doc)


# --- listings ----------------------------------------------------------------------------------

PAGER_FIRST, PAGER_PREV, PAGER_NEXT, PAGER_LAST = "ctl01", "ctl02", "ctl09", "ctl10"


def _grid_pager(uid: str, page: int, npages: int, total: int, size: int) -> str:
    base = f"{uid}$ctl00$ctl03$ctl01$"
    current = ' class="rgCurrentPage" onclick="returnfalse;"'
    nums = "".join(
        f'<a href="javascript:__doPostBack(&#39;{base}ctl{3 + 2 * (k - 1):02d}&#39;,&#39;&#39;)"'
        f'{current if k == page else ""}><span>{k}</span></a>'
        for k in range(1, npages + 1)
    )
    first_item = (page - 1) * size + 1
    last_item = min(page * size, total)

    def btn(ctl: str, title: str, cls: str) -> str:
        return f'<input type="submit" name="{base}{ctl}" value=" " title="{title}" class="{cls}" />'

    return (
        '<tr class="rgPager"><td colspan="2"><table summary="Data pager which controls on which page '
        'is the RadGrid control." border="0" style="width:100%;border-spacing:0;"><tbody><tr>'
        '<td class="rgPagerCell NextPrevAndNumeric"><div class="rgWrap rgArrPart1">'
        + btn(PAGER_FIRST, "Trang đầu", "rgPageFirst")
        + btn(PAGER_PREV, "Trang trước", "rgPagePrev")
        + f'</div><div class="rgWrap rgNumPart">{nums}</div><div class="rgWrap rgArrPart2">'
        + btn(PAGER_NEXT, "Trang sau", "rgPageNext")
        + btn(PAGER_LAST, "Trang cuối", "rgPageLast")
        + f'</div><div class="rgWrap rgInfoPart">&nbsp;Trang <strong>{page}</strong> / '
        f"<strong>{npages}</strong>, tin <strong>{first_item}</strong> đến <strong>{last_item}"
        f"</strong> trong tổng số <strong>{total}</strong></div></td></tr></tbody></table></td></tr>"
    )


def _mota(s: Story) -> str:
    text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return esc(text[:180].rsplit(" ", 1)[0] + "...")


def list_news_grid(cid: int, page: int) -> str:
    items = in_cat(cid)
    size = CATS[cid][1]
    npages = max(1, -(-len(items) // size))
    rows = []
    for i, s in enumerate(items[(page - 1) * size : page * size]):
        shown = s.opts.get("upd") or s.opts["dt"]
        rows.append(
            f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}" id="ctl00_cphMain_rgTinTuc_ctl00__{i}">'
            f'<td style="width:130px;"><a href="ChiTiet.aspx?nid={s.id}"><img src="{thumb(s)}" class="anh_tt" alt="" /></a></td>'
            f'<td><a class="tde_tt" href="ChiTiet.aspx?nid={s.id}">{esc(s.title)}</a> '
            f'<span class="ngay_tt">({dmy(shown)})</span><div class="mota_tt">{_mota(s)}</div></td></tr>'
        )
    uid = "ctl00$cphMain$rgTinTuc"
    return f"""<div id="ctl00_cphMain_rgTinTuc" class="RadGrid RadGrid_Office2007" tabindex="0">
<table cellspacing="0" class="rgMasterTable" border="0" id="ctl00_cphMain_rgTinTuc_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
<colgroup><col style="width:130px" /><col /></colgroup>
<thead><tr style="display:none;"><th scope="col">&nbsp;</th><th scope="col">&nbsp;</th></tr></thead>
<tfoot>{_grid_pager(uid, page, npages, len(items), size)}</tfoot>
<tbody>{"".join(rows)}</tbody></table>
<input id="ctl00_cphMain_rgTinTuc_ClientState" name="ctl00_cphMain_rgTinTuc_ClientState" type="hidden" />
</div>
<div id="ctl00_cphMain_ralpDangTai" class="RadAjax RadAjax_Default" style="display:none;"><div class="raDiv"></div><div class="raColor raTransp"></div></div>"""


def list_listview(cid: int, page: int) -> str:
    items = in_cat(cid)
    size = CATS[cid][1]
    npages = max(1, -(-len(items) // size))
    cards = "".join(
        f'<div class="hd_muc"><a href="ChiTiet.aspx?nid={s.id}"><img src="{thumb(s)}" alt="" class="hd_anh" /></a>'
        f'<a class="hd_tde" href="ChiTiet.aspx?nid={s.id}">{esc(s.title)}</a>'
        f'<span class="hd_ngay">{dmy(s.opts["dt"])}</span><p class="hd_mota">{_mota(s)}</p></div>'
        for s in items[(page - 1) * size : page * size]
    )
    uid = "ctl00$cphMain$rdpHoatDong"
    current = ' class="rdpCurrentPage"'
    nums = "".join(
        f'<a{current if k == page else ""} href="javascript:__doPostBack(&#39;'
        f'{uid}$ctl01$ctl{k:02d}&#39;,&#39;&#39;)"><span>{k}</span></a>'
        for k in range(1, npages + 1)
    )
    return f"""<div id="ctl00_cphMain_pnHoatDong">
<div id="ctl00_cphMain_rlvHoatDong" class="RadListView RadListView_Default">{cards}</div>
<div id="ctl00_cphMain_rdpHoatDong" class="RadDataPager RadDataPager_Default">
 <div class="rdpWrap rdpNumPart">{nums}</div>
 <div class="rdpWrap rdpArrPart"><input type="submit" name="{uid}$ctl02$PrevButton" value=" " title="Trang trước" class="rdpPagePrev" /><input type="submit" name="{uid}$ctl02$NextButton" value=" " title="Trang sau" class="rdpPageNext" /></div>
 <div class="rdpWrap rdpInfo">Trang {page} / {npages}</div>
 <input id="ctl00_cphMain_rdpHoatDong_ClientState" name="ctl00_cphMain_rdpHoatDong_ClientState" type="hidden" />
</div></div>"""


def list_notices() -> str:
    rows = []
    for i, s in enumerate(in_cat(9)):
        ctl = f"ctl{4 + 2 * i:02d}"
        target = f"ctl00$cphMain$rgThongBao$ctl00${ctl}$lnkTieuDe"
        files = s.opts.get("files") or []
        icon = (
            f'<a href="/Upload/Files/{s.opts["dt"]:%Y/%m}/{files[0][1]}" target="_blank">'
            '<img src="/Images/icon_pdf.gif" alt="Tải về" /></a>'
            if files
            else "&nbsp;"
        )
        rows.append(
            f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}" id="ctl00_cphMain_rgThongBao_ctl00__{i}">'
            f'<td align="center">{i + 1}</td>'
            f'<td><a id="ctl00_cphMain_rgThongBao_ctl00_{ctl}_lnkTieuDe" class="tb_tde" '
            f'href="javascript:__doPostBack(&#39;{target}&#39;,&#39;&#39;)">{esc(s.title)}</a></td>'
            f'<td align="center">{dmy(s.opts["dt"])}</td><td align="center">{icon}</td></tr>'
        )
    return f"""<div id="ctl00_cphMain_rgThongBao" class="RadGrid RadGrid_Office2007" tabindex="0">
<table cellspacing="0" class="rgMasterTable" border="0" id="ctl00_cphMain_rgThongBao_ctl00" style="width:100%;">
<thead><tr><th scope="col" class="rgHeader">STT</th><th scope="col" class="rgHeader">Tiêu đề</th><th scope="col" class="rgHeader">Ngày đăng</th><th scope="col" class="rgHeader">Tệp</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<input id="ctl00_cphMain_rgThongBao_ClientState" name="ctl00_cphMain_rgThongBao_ClientState" type="hidden" />
</div>"""


def listing_main(cid: int, page: int) -> str:
    name = CATS[cid][0]
    if cid == 2:
        inner = list_news_grid(cid, page)
    elif cid == 5:
        inner = list_listview(cid, page)
    elif cid == 9:
        inner = list_notices()
    else:
        inner = '<div class="rgNoRecords">Chưa có tin bài trong chuyên mục này.</div>'
    crumbs = cat_crumbs(cid) if cid in CATS else [("Tin tức", None)]
    return f"""{breadcrumb(*crumbs)}
<div class="khung_ds"><div class="tde_ds"><span id="ctl00_cphMain_lblTenChuyenMuc">{esc(name if cid in CATS else "")}</span></div>
{inner}</div>"""


def listing_page(request: Request, cid: int, page: int) -> Response:
    return layout(
        request,
        title=f"{CATS[cid][0] if cid in CATS else 'Tin tức'} - Sở Giáo dục và Đào tạo Cà Mau",
        main=listing_main(cid, page),
        action=f"./TinTuc.aspx?cid={cid}",
        kind="list",
        cid=cid,
        page=page,
        poll_msg=_poll_msg(request),
    )


def delta_response(cid: int, page: int) -> Response:
    """The MS AJAX partial-postback answer a browser's RadAjaxManager asks for."""
    panel = "ctl00_cphMain_rgTinTucPanel" if cid == 2 else "ctl00_cphMain_pnHoatDongPanel"
    inner = list_news_grid(cid, page) if cid == 2 else list_listview(cid, page)
    parts = [
        ("updatePanel", panel, inner),
        ("hiddenField", "__EVENTTARGET", ""),
        ("hiddenField", "__EVENTARGUMENT", ""),
        ("hiddenField", "__VIEWSTATE", viewstate("list", cid, page)),
        ("hiddenField", "__VIEWSTATEGENERATOR", _generator("list")),
        ("hiddenField", "__EVENTVALIDATION", eventvalidation("list", cid, page)),
        ("asyncPostBackControlIDs", "", ""),
        ("pageTitle", "", f"{CATS[cid][0]} - Sở Giáo dục và Đào tạo Cà Mau"),
    ]
    body = "1|#||4|" + "".join(f"{len(c)}|{t}|{i}|{c}|" for t, i, c in parts)
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"})


# --- home and other pages ----------------------------------------------------------------------


def home_main() -> str:
    rot = [
        (BY_ID[1071], None),
        (BY_ID[1070], None),
        (BY_ID[1068], BY_ID[1068].opts["stale"]),
        (BY_ID[1066], None),
    ]
    rot_items = "".join(
        f'<li class="rrItem"><div class="tnb_muc"><a href="{friendly(s, slug)}"><img src="{thumb(s)}" alt="" /></a>'
        f'<div class="tnb_tde"><a href="{friendly(s, slug)}">{esc(s.title)}</a></div></div></li>'
        for s, slug in rot
    )
    newest = sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)[:6]
    new_items = "".join(
        f'<li><a href="{detail_path(s) if s.cat == "tb" else friendly(s)}">{esc(s.title)}</a> '
        f'<span class="ngay_moi">({dmy(s.opts["dt"])})</span></li>'
        for s in newest
    )

    def box(cid: int) -> str:
        items = in_cat(cid)[:3]
        lead = items[0]
        rest = "".join(
            f'<li><a href="/Pages/ChiTiet.aspx?nid={s.id}">{esc(s.title)}</a></li>' for s in items[1:]
        )
        return (
            f'<div class="box_tin"><div class="box_tde"><a href="/Pages/TinTuc.aspx?cid={cid}">'
            f"{esc(CATS[cid][0].upper())}</a></div>"
            f'<div class="box_dau"><a href="/Pages/ChiTiet.aspx?nid={lead.id}"><img src="{thumb(lead)}" alt="" /></a>'
            f'<a class="box_dau_tde" href="/Pages/ChiTiet.aspx?nid={lead.id}">{esc(lead.title)}</a>'
            f"<p>{_mota(lead)}</p></div><ul>{rest}</ul>"
            f'<a class="xemtiep" href="/Pages/TinTuc.aspx?cid={cid}">Xem tiếp »</a></div>'
        )

    notice = BY_ID[1069]
    return f"""
<div id="ctl00_cphMain_ucTinNoiBat_RadRotator1" class="RadRotator RadRotator_Default" style="height:280px;width:460px;">
 <div class="rrRelativeWrapper" style="height:280px;width:460px;"><div class="rrClipRegion" style="overflow:hidden;width:100%;height:100%;">
  <ul class="rrItemsList">{rot_items}</ul></div></div>
 <input id="ctl00_cphMain_ucTinNoiBat_RadRotator1_ClientState" name="ctl00_cphMain_ucTinNoiBat_RadRotator1_ClientState" type="hidden" />
</div>
<div class="khung_tinmoi"><div class="tde_tinmoi">TIN MỚI CẬP NHẬT</div><ul>{new_items}</ul></div>
<div class="khung_thongbao"><div class="tde_tb">THÔNG BÁO</div>
 <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:90px">
  <a href="/Pages/ChiTiet.aspx?nid={notice.id}"><img src="/Images/new.gif" alt="" /> {esc(notice.title)}</a>
 </marquee>
 <a class="xemtiep" href="/Pages/TinTuc.aspx?cid=9">Xem tất cả »</a></div>
{box(2)}
{box(5)}
<div class="box_tin"><div class="box_tde"><a href="/Pages/VanBan.aspx">VĂN BẢN MỚI</a></div><ul>
 {"".join(f'<li><a href="/Pages/VanBanChiTiet.aspx?id={d}">{esc(t)}</a></li>' for d, (t, *_r) in DOCS.items())}
</ul></div>
<div class="box_tin"><div class="box_tde"><a href="/Pages/ThuVienAnh.aspx">THƯ VIỆN ẢNH</a></div>
 <a href="/Pages/ThuVienAnh.aspx?aid=3"><img src="/Upload/Album/3/bia.jpg" alt="" /></a>
 <a href="/Pages/ThuVienAnh.aspx?aid=3">{esc(ALBUM_TITLE)}</a></div>
"""


DOCS = {
    318: (
        "Quyết định ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, giáo "
        "dục phổ thông và giáo dục thường xuyên",
        "1542/QĐ-UBND",
        "18/08/2026",
        "UBND tỉnh",
    ),
    316: (
        "Công văn hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027",
        "2150/SGDĐT-GDTrH",
        "05/09/2026",
        "Sở GD&ĐT",
    ),
}
ALBUM_TITLE = "Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"


def page_simple(request: Request, title: str, crumbs, body: str, action: str) -> Response:
    main = f'{breadcrumb(*crumbs)}<div class="khung_nd"><div class="tde_ds">{esc(title)}</div>{body}</div>'
    return layout(
        request,
        title=f"{title} - Sở Giáo dục và Đào tạo Cà Mau",
        main=main,
        action=action,
        kind="other",
        poll_msg=_poll_msg(request),
    )


def gioithieu(request: Request, gid: int) -> Response | None:
    if gid == 1:
        body = """<div class="gt_nd">
<p>Sở Giáo dục và Đào tạo tỉnh Cà Mau là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
<p>Sau khi hợp nhất tỉnh năm 2025, ngành Giáo dục tỉnh quản lý hơn 1.000 cơ sở giáo dục từ mầm non đến trung học phổ thông, giáo dục thường xuyên.</p>
</div>"""
        return page_simple(request, "Giới thiệu chung", [("Giới thiệu", None), ("Giới thiệu chung", None)], body, "./GioiThieu.aspx?id=1")
    if gid == 2:
        body = """<table class="cocau" border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>
<tr><td>Giám đốc</td><td>Nguyễn Thị Mỹ Xuyên</td><td>0290.3831 245</td></tr>
<tr><td>Phó Giám đốc</td><td>Trương Minh Luân</td><td>0290.3831 247</td></tr>
<tr><td>Phó Giám đốc</td><td>Đặng Văn Thạnh</td><td>0290.3831 248</td></tr></table>
<p>Các phòng chuyên môn: Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.</p>"""
        return page_simple(request, "Cơ cấu tổ chức", [("Giới thiệu", None), ("Cơ cấu tổ chức", None)], body, "./GioiThieu.aspx?id=2")
    return None


def lienhe(request: Request) -> Response:
    body = """<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CÀ MAU</b></p>
<p>Địa chỉ: Số 102, đường Phan Ngọc Hiển, phường An Xuyên, tỉnh Cà Mau</p>
<p>Điện thoại: (0290) 3831 245 - Email: sgddt@camau.edu.vn</p>
<table class="lienhe">
<tr><td>Họ tên (*):</td><td><input name="ctl00$cphMain$txtHoTen" type="text" id="ctl00_cphMain_txtHoTen" /></td></tr>
<tr><td>Email (*):</td><td><input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="6" cols="40" id="ctl00_cphMain_txtNoiDung"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnGui" value="Gửi liên hệ" id="ctl00_cphMain_btnGui" /></td></tr>
</table>"""
    return page_simple(request, "Liên hệ", [("Liên hệ", None)], body, "./LienHe.aspx")


def vanban(request: Request) -> Response:
    rows = "".join(
        f'<tr class="rgRow"><td>{esc(so)}</td><td>{esc(ngay)}</td>'
        f'<td><a href="VanBanChiTiet.aspx?id={d}">{esc(t)}</a></td><td>{esc(cq)}</td></tr>'
        for d, (t, so, ngay, cq) in DOCS.items()
    )
    body = (
        '<div id="ctl00_cphMain_rgVanBan" class="RadGrid RadGrid_Office2007"><table class="rgMasterTable">'
        '<thead><tr><th class="rgHeader">Số/Ký hiệu</th><th class="rgHeader">Ngày ban hành</th>'
        f'<th class="rgHeader">Trích yếu</th><th class="rgHeader">Cơ quan ban hành</th></tr></thead><tbody>{rows}'
        "</tbody></table></div>"
    )
    return page_simple(request, "Văn bản", [("Văn bản", None)], body, "./VanBan.aspx")


def vanban_chitiet(request: Request, did: int) -> Response | None:
    if did not in DOCS:
        return None
    t, so, ngay, cq = DOCS[did]
    body = f"""<table class="vb_ct" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><td style="width:160px">Số/Ký hiệu:</td><td>{esc(so)}</td></tr>
<tr><td>Ngày ban hành:</td><td>{esc(ngay)}</td></tr>
<tr><td>Cơ quan ban hành:</td><td>{esc(cq)}</td></tr>
<tr><td>Trích yếu:</td><td>{esc(t)}</td></tr>
<tr><td>Tệp đính kèm:</td><td><a href="/Upload/VanBan/{so.replace('/', '-')}.pdf">Tải về</a></td></tr></table>"""
    return page_simple(request, "Chi tiết văn bản", [("Văn bản", "/Pages/VanBan.aspx")], body, f"./VanBanChiTiet.aspx?id={did}")


def thuvienanh(request: Request, aid: str | None) -> Response | None:
    if aid is None:
        body = (
            '<div class="ds_album"><a href="ThuVienAnh.aspx?aid=3"><img src="/Upload/Album/3/bia.jpg" alt="" /></a>'
            f'<a href="ThuVienAnh.aspx?aid=3">{esc(ALBUM_TITLE)}</a> (6 ảnh)</div>'
        )
        return page_simple(request, "Thư viện ảnh", [("Thư viện ảnh", None)], body, "./ThuVienAnh.aspx")
    if aid != "3":
        return None
    pics = "".join(
        f'<li><a href="/Upload/Album/3/anh{k}.jpg" rel="gallery"><img src="/Upload/Album/3/thumb_anh{k}.jpg" alt="" /></a>'
        f"<span>Ảnh {k}</span></li>"
        for k in range(1, 7)
    )
    body = f'<div class="album_tde">{esc(ALBUM_TITLE)}</div><ul id="ctl00_cphMain_rivAlbum" class="RadImageGallery">{pics}</ul>'
    return page_simple(request, "Thư viện ảnh", [("Thư viện ảnh", "/Pages/ThuVienAnh.aspx")], body, "./ThuVienAnh.aspx?aid=3")


def timkiem(request: Request, q: str) -> Response:
    q = q.strip()
    if not q:
        body = '<p class="loi">Vui lòng nhập từ khóa tìm kiếm.</p>'
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        body = f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”</p><ul>" + "".join(
            f'<li><a href="ChiTiet.aspx?nid={s.id}">{esc(s.title)}</a></li>' for s in hits
        ) + "</ul>"
    return page_simple(request, "Kết quả tìm kiếm", [("Tìm kiếm", None)], body, "./TimKiem.aspx?tukhoa=" + quote(q))


def _poll_msg(request: Request) -> str:
    if request.method == "POST" and "ctl00$ucCotPhai$ucBinhChon$btnBieuQuyet" in request.form:
        return "Cảm ơn bạn đã tham gia biểu quyết!"
    return ""


# --- the site ----------------------------------------------------------------------------------

_FRIENDLY = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$", re.I)


def _param(request: Request, key: str) -> str | None:
    for k, v in request.params.items():
        if k.lower() == key:
            return v
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low.endswith(".axd"):
            return Response(200, b"/* Telerik/MS AJAX resource */", {"Content-Type": "application/x-javascript"})
        if low.startswith("/handler/imagegen.ashx"):
            img = _param(request, "image") or ""
            return static_file(img) if img.lower().endswith((".jpg", ".png", ".gif")) else None
        if low.endswith(".pdf") and low.startswith("/upload/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/upload/", "/images/", "/app_themes/")) or low == "/favicon.ico":
            return static_file(path)
        if request.method == "POST":
            search = self._search_redirect(request)
            if search is not None:
                return search
        if low in ("/", "/default.aspx"):
            return layout(
                request,
                title="Sở Giáo dục và Đào tạo tỉnh Cà Mau - Trang chủ",
                main=home_main(),
                action="./" if low == "/" else "./Default.aspx",
                kind="home",
                poll_msg=_poll_msg(request),
            )
        if low == "/pages/tintuc.aspx":
            return self._listing(request)
        if low in ("/pages/chitiet.aspx", "/pages/intin.aspx"):
            nid = _param(request, "nid")
            if nid is None or not nid.isdigit():
                return ysod(
                    "Input string was not in a correct format.",
                    "An unhandled exception occurred during the execution of the current web request.",
                )
            story = BY_ID.get(int(nid))
            if low == "/pages/intin.aspx":
                return print_page(story) if story else None
            action = f"./ChiTiet.aspx?nid={nid}"
            return article_page(request, story, action) if story else gone_page(request, action)
        m = _FRIENDLY.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            action = f"./{m.group(1)}-{m.group(2)}"
            return article_page(request, story, action) if story else gone_page(request, action)
        if low == "/pages/gioithieu.aspx":
            gid = _param(request, "id") or ""
            return gioithieu(request, int(gid)) if gid.isdigit() else None
        if low == "/pages/lienhe.aspx":
            return lienhe(request)
        if low == "/pages/vanban.aspx":
            return vanban(request)
        if low == "/pages/vanbanchitiet.aspx":
            did = _param(request, "id") or ""
            return vanban_chitiet(request, int(did)) if did.isdigit() else None
        if low == "/pages/thuvienanh.aspx":
            return thuvienanh(request, _param(request, "aid"))
        if low == "/pages/timkiem.aspx":
            return timkiem(request, _param(request, "tukhoa") or "")
        return None

    @staticmethod
    def _search_redirect(request: Request) -> Response | None:
        form = request.form
        if "ctl00$ucHeader$btnTimKiem" in form and not form.get("__EVENTTARGET"):
            q = form.get("ctl00$ucHeader$txtTuKhoa", "")
            return redirect("/Pages/TimKiem.aspx?tukhoa=" + quote(q))
        return None

    def _listing(self, request: Request) -> Response | None:
        cid_s = _param(request, "cid") or ""
        if not cid_s.isdigit():
            return ysod(
                "Input string was not in a correct format.",
                "An unhandled exception occurred during the execution of the current web request.",
            )
        cid = int(cid_s)
        if request.method != "POST" or cid not in CATS:
            return listing_page(request, cid, 1)
        form = request.form
        vs = form.get("__VIEWSTATE")
        if not vs:
            return listing_page(request, cid, 1)
        state = read_viewstate(vs)
        if state is None or state[0] != cid:
            return ysod(
                "Validation of viewstate MAC failed. If this application is hosted by a Web Farm or "
                "cluster, ensure that <machineKey> configuration specifies the same validationKey "
                "and validation algorithm.",
                "The state information is invalid for this page and might be corrupted.",
            )
        cur = state[1]
        event = self._event(form, cid)
        if event is None:
            return listing_page(request, cid, cur)
        if not form.get("__EVENTVALIDATION"):
            return ysod(
                'Invalid postback or callback argument.  Event validation is enabled using <pages '
                'enableEventValidation="true"/> in configuration or <%@ Page '
                'EnableEventValidation="true" %> in a page.',
                "An unhandled exception occurred during the execution of the current web request.",
            )
        kind, value = event
        if kind == "open":
            return redirect(f"/Pages/ChiTiet.aspx?nid={value}")
        size = CATS[cid][1]
        npages = max(1, -(-len(in_cat(cid)) // size))
        new = {"first": 1, "prev": cur - 1, "next": cur + 1, "last": npages}.get(kind, value)
        new = min(max(new, 1), npages)
        if form.get("__ASYNCPOST") == "true" and cid in (2, 5):
            return delta_response(cid, new)
        return listing_page(request, cid, new)

    @staticmethod
    def _event(form: dict[str, str], cid: int) -> tuple[str, int] | None:
        """What the postback asks the listing to do: ("page", k), ("next", 0) …, ("open", nid)."""
        target = form.get("__EVENTTARGET", "")
        if cid == 2:
            base = "ctl00$cphMain$rgTinTuc$ctl00$ctl03$ctl01$"
            buttons = {PAGER_NEXT: "next", PAGER_PREV: "prev", PAGER_LAST: "last", PAGER_FIRST: "first"}
            if target.startswith(base):
                m = re.fullmatch(r"ctl(\d\d)", target[len(base) :])
                if m and int(m.group(1)) >= 3 and int(m.group(1)) % 2 == 1:
                    return ("page", (int(m.group(1)) - 3) // 2 + 1)
            for ctl, kind in buttons.items():
                if base + ctl in form:
                    return (kind, 0)
        elif cid == 5:
            base = "ctl00$cphMain$rdpHoatDong$"
            m = re.fullmatch(re.escape(base) + r"ctl01\$ctl(\d\d)", target)
            if m:
                return ("page", int(m.group(1)))
            for name, kind in (("NextButton", "next"), ("PrevButton", "prev")):
                if f"{base}ctl02${name}" in form:
                    return (kind, 0)
        elif cid == 9:
            m = re.fullmatch(r"ctl00\$cphMain\$rgThongBao\$ctl00\$ctl(\d\d)\$lnkTieuDe", target)
            if m:
                idx = (int(m.group(1)) - 4) // 2
                items = in_cat(9)
                if 0 <= idx < len(items):
                    return ("open", items[idx].id)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [friendly(s), f"/Pages/InTin.aspx?nid={s.id}"]
    if s.opts.get("stale"):
        alts.insert(1, friendly(s, s.opts["stale"]))
    if s.id == 1068:
        alts.append("/pages/chitiet.aspx?NID=1068")
    return alts


GOLD = [
    gold_record(
        s,
        detail_path(s),
        CATS[CAT_OF[s.cat]][0],
        canonical_path=detail_path(s),
        alt_paths=_alts(s),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/Pages/GioiThieu.aspx?id=1",
    "/Pages/GioiThieu.aspx?id=2",
    "/Pages/LienHe.aspx",
    "/Pages/VanBanChiTiet.aspx?id=318",
    "/Pages/VanBanChiTiet.aspx?id=316",
    "/Pages/ThuVienAnh.aspx?aid=3",
    f"/Pages/ChiTiet.aspx?nid={GONE_ID}",
]
