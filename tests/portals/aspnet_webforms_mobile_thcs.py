"""Trường THCS Chu Văn An (thành phố Thái Nguyên, tỉnh Thái Nguyên): an ASP.NET WebForms 4 site
with a separate mobile version under /m/ (m.<host> was never set up), written blind.

Platform
========
A vendor's WebForms 4 school template of the 2013 kind: one master page (``ctl00_…`` ids,
``__VIEWSTATE`` / ``__EVENTVALIDATION``, ``__doPostBack``), a SiteMapPath breadcrumb fed by a
static web.sitemap, an ASP.NET Menu with drop-downs, a ListView + DataPager
(``QueryStringField="trang"``) for the lists, and a right column made of ``<iframe>`` widgets
(/Widgets/*.aspx: notices marquee, most-read, poll, visitor counter). The mobile version is a
second IIS application mounted at /m/ with ``cookieless="UseUri"`` session state: every request
without a session token is answered 302 to ``/m/(S(<24 chars>))/…``; its lists are
DropDownList-autopostback and "Xem thêm" submit buttons (POST), not links.

URL scheme
----------
- ``/`` and ``/Default.aspx``: home.
- ``/TinTuc/DanhSach.aspx?loai=<n>&trang=<n>``: a category list, 3 items a page (page 1 is
  linked without ``trang``). loai=1 "Tin tức - Sự kiện" (2 pages), loai=2 "Hoạt động chuyên
  môn" (2 pages), loai=3 "Công tác Đội" (1 page), loai=4 "Thông báo" (1 page, see trap 3).
- ``/TinTuc/ChiTiet.aspx?id=<n>``: an article (the gold path).
- ``/TinTuc/InTin.aspx?id=<n>``: print view (only in ``javascript:window.open``).
- ``/m/tin.aspx?id=<n>`` -> 302 ``/m/(S(kq3v0x55tmyh2b45fjhrzn2w))/tin.aspx?id=<n>``: mobile view.
- ``/Widgets/ThongBao.aspx``, ``/Widgets/TinDocNhieu.aspx``, ``/Widgets/BinhChon.aspx``,
  ``/Widgets/ThongKe.aspx``: the right column's iframes.
- ``/Handler/Thumb.ashx?f=<file>&w=<px>``: list thumbnails.
- Not articles: ``/GioiThieu/LichSu.aspx``, ``/GioiThieu/DoiNgu.aspx``, ``/LienHe.aspx``,
  ``/VanBan/DanhSach.aspx`` -> ``/VanBan/ChiTiet.aspx?id=47|48``, ``/ThuVien/DanhSach.aspx`` ->
  ``/ThuVien/Album.aspx?id=12``.
IIS is case-insensitive: paths and query names are matched without case.

Page templates
--------------
Desktop article: ``<h1 class="ten-truong">`` is the school's name in the banner; the headline is
``<span id="ctl00_cphMain_lblTieuDe" class="tde-ct">``; then the info bar (date, views, maybe
"Tác giả:" and "Cập nhật:"), the tool bar (A+ A- / In bài / Gửi email), the sapo
``<div id="ctl00_cphMain_divTomTat" class="ttat"><b>…</b></div>`` when the editor filled it in,
sometimes a "Tin liên quan" box, then ``<div id="ctl00_cphMain_divNoiDung" class="nd-ct">``
holding the editor's HTML *and* the template's rating control and Facebook like iframe, then
"Người đăng: cva_quantri" and "Các tin khác" (3 newest of the category but this one).

How each gold article is reached
--------------------------------
- 356, 350, 344: list loai=1 page 1; 356 and 350 also from the home page.
- 338: list loai=1 page 2 (and "Các tin khác" of its category's articles).
- 333: list loai=1 page 2 only.
- 354, 347, 341: list loai=2 page 1 and the home page's "Hoạt động chuyên môn" box.
- 335: list loai=2 page 2 (and "Các tin khác" of loai=2's articles).
- 353, 339: list loai=3 and the home page's "Công tác Đội" box.
- 357, 351 (Thông báo): only from the iframe /Widgets/ThongBao.aspx (and its "Xem tất cả" to
  list loai=4), plus their mobile duplicates from the mobile home page.

Traps
=====
1. The master page's ``<title>`` is the school's ("Trường THCS Chu Văn An - TP Thái Nguyên") on
   every page, there is no og:title, and the only ``<h1>`` is the school's name in the banner;
   the headline is a ``<span>`` (lblTieuDe) written through ``HttpUtility.HtmlEncode`` of .NET 4,
   which turns the Latin-1 letters into decimal references ("&#224;", "&#244;"; "Đ", above
   U+00FF, stays raw like the other Vietnamese letters). Gold: the span's text, decoded.
2. Mobile duplicates in a cookieless-session app: /m/tin.aspx?id=n answers 302 to
   /m/(S(kq3v0x55tmyh2b45fjhrzn2w))/tin.aspx?id=n; the mobile page prints only the first three
   paragraphs (no photos, no byline) and "Xem đầy đủ bài viết", with a rel=canonical to the
   desktop page. Gold: one record per article, at the desktop path; both mobile URLs are in
   ``alt_paths``; body, images and bylines are the desktop page's.
3. Discovery through iframes: the right column is made of ``<iframe src="/Widgets/…">``; the
   category "Thông báo" is in no menu, and its two articles (357, 351) and its list are linked
   only from inside /Widgets/ThongBao.aspx (a ``<marquee>``, links ``target="_parent"``,
   relative ``../TinTuc/ChiTiet.aspx?id=…``). Gold: both are articles, category "Thông báo".
4. Soft 404s: "Tin liên quan" boxes link withdrawn articles (id 355, 345) that answer 200 with
   the whole chrome and "Tin này không tồn tại hoặc đã bị gỡ bỏ!". Gold: no record for them.
5. Two dates in two cultures: the publication date is printed "Thứ Năm, 03/12/2026 - 14:30"
   (vi-VN, day first) while a "Cập nhật:" label written with the server's en-US culture says
   "12/4/2026 9:05:00 AM" (month first, 4 December). The mobile page prints the vi-VN default
   "03/12/2026 2:30:00 CH" (CH = p.m.). Gold: the publication date, "2026-12-03T14:30:00+07:00";
   a printed "- 00:00" (mobile "12:00:00 SA") is a day without a time: "2026-11-12".
6. The sapo printed twice: the editor filled the "Tóm tắt" field (bold, own element) and also
   pasted the same sentence as the first paragraph of the text (350). Gold: the body holds it
   once, as its first paragraph; summary = that sentence.
7. Print view reachable only through ``href="javascript:window.open('InTin.aspx?id=n',…)"``:
   the same article without chrome. Gold: /TinTuc/InTin.aspx?id=n is in ``alt_paths``.
8. Case-insensitive duplicates: the most-read widget (older code) links
   ``../tintuc/chitiet.aspx?ID=350``; IIS serves the same article. Gold: those lowercase URLs
   are in ``alt_paths`` of 350, 347 and 356.
9. Template widgets inside the text's container: ``div.nd-ct`` ends with the AJAX Control
   Toolkit rating ("Đánh giá: … (4,2/5 - 17 lượt đánh giá)") and a Facebook like iframe; the
   "Tin liên quan" box sits between the sapo and the text. Gold: none of it is body.
10. The breadcrumb is a SiteMapPath fed by a static web.sitemap: it ends "Tin tức » Chi tiết
    tin" for every article; the category is printed in the box header above the article
    (``div.khung-tieude``, a link to its list) and in the menu. Gold: category as the box
    header prints it ("Hoạt động chuyên môn"), never "Chi tiết tin" or "Tin tức".
11. Images written by the editor as ``../Upload/Images/…`` (relative to /TinTuc/), captions in
    the second row of a two-row table or in an italic centred line under the photo; a line
    "Ảnh: Lê Minh Tuấn" only credits. Gold: image paths /Upload/Images/…; caption None and
    "Lê Minh Tuấn" a photographer for credit-only lines; a caption printed in parentheses loses
    them.
12. Bylines of every kind: right-aligned "GV: Vũ Thị Ngọc Ánh - Tổ KHTN" -> ["Vũ Thị Ngọc Ánh"];
    "Tin, ảnh: Hoàng Minh Đức (TPT Đội)" -> authors and photographers ["Hoàng Minh Đức"]; "Tin:
    X - Ảnh: Y"; a unit alone ("Tổ Toán – Tin", "Ban Giám hiệu", "Tổ Văn phòng") is the author;
    "BBT", the info bar's "Tác giả: Admin" and "Người đăng: cva_quantri" -> nobody; a closing
    "Theo Báo Thái Nguyên điện tử" -> source "Báo Thái Nguyên điện tử" while a body sentence
    "Theo thống kê của …" is text.
13. An official notice (357) printed as a document: letterhead table, "Số: 87/TB-THCSCVA",
    "Thái Nguyên, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and
    "HIỆU TRƯỞNG (Đã ký) Nguyễn Thị Thu Hà", posted on the site "Thứ Ba, 01/12/2026 - 08:15".
    Gold (house convention): published_at "2026-11-30", authors ["Nguyễn Thị Thu Hà"], body
    from "Căn cứ …" to the last numbered point, table rows included.
14. Text forms: Word pastes (``MsoNormal``, ``<o:p>``, ``lang="VI"``), one text that is a single
    ``<div>`` of lines separated by ``<br /><br />`` (339), a ``<ul>``, a results table.
    Gold: every line / item / row is a paragraph (cells joined by " | ").

Gold decisions on ambiguous points
==================================
- The desktop page is canonical (the mobile page's rel=canonical says so; it is the full text).
- A bold lead paragraph at the head of the text (338) is the sapo; the ``divTomTat`` element is
  the sapo where printed; elsewhere summary is null (the meta description repeats the sapo or
  the site's description, never counted).
- The header's "Thứ Bảy, 05/12/2026", list dates "(03/12/2026)", the "Cập nhật" label and the
  mobile date are not the publication date.
- The letterhead's day wins over the site's posting day for the official notice (house rule).
- Emoji typed as characters ("👉 Thời gian: …", 351) are kept.
- "Ban Giám hiệu" signing a notice right-aligned is a unit signing alone: the author as printed.
"""

from __future__ import annotations

import datetime as dt
import re

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
    text,
)

NAME = "aspnet_webforms_mobile_thcs"
PLATFORM = "ASP.NET WebForms 4 (ListView + DataPager, /m/ cookieless mobile app, iframe widgets)"
START_PATH = "/"

SID = "kq3v0x55tmyh2b45fjhrzn2w"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Trường THCS Chu Văn An - TP Thái Nguyên"
SITE_DESC = (
    "Cổng thông tin điện tử Trường THCS Chu Văn An, thành phố Thái Nguyên, tỉnh Thái Nguyên"
)
PAGE_SIZE = 3
#: what ASP.NET 4's view state and event validation blobs start with ("/wEP…", "/wEW…")
VS_PREFIX = b"\xff\x01\x0f"
EV_PREFIX = b"\xff\x01\x16"

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Công tác Đội",
    4: "Thông báo",
}

#: withdrawn articles still linked from "Tin liên quan" boxes (answer a soft 404)
WITHDRAWN = {
    355: "Học sinh khối 9 trải nghiệm hướng nghiệp tại Trường Cao đẳng Công nghiệp Thái Nguyên",
    345: "Kết quả Hội thi giáo viên dạy giỏi cấp trường (đợt 1)",
}


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{text(line)}</{tag}></p>')


# --- the articles -----------------------------------------------------------------------------

_S356_SAPO = (
    "Chiều ngày 03/12/2026, Trường THCS Chu Văn An phối hợp với Công an phường Hoàng Văn Thụ tổ "
    "chức buổi tọa đàm “Phòng, chống bạo lực học đường” cho gần 600 học sinh khối 8 và khối 9."
)
_S350_SAPO = (
    "Sáng 20/11, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
    "Nam, tôn vinh những thầy cô đã và đang gắn bó với sự nghiệp trồng người của nhà trường."
)
_S333_SAPO = (
    "Ngày 14/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị cán bộ, viên chức, người lao động "
    "năm học 2026 – 2027 nhằm đánh giá kết quả năm học trước và thống nhất phương hướng, nhiệm "
    "vụ năm học mới."
)
_S354_SAPO = (
    "Nhằm đổi mới sinh hoạt tổ chuyên môn theo hướng tập trung vào hoạt động học của học sinh, "
    "ngày 01/12/2026 tổ Khoa học tự nhiên đã tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
    "bài học với bài 12 “Sóng âm”, môn Khoa học tự nhiên 7."
)
_S341_SAPO = (
    "Chiều 04/11, tổ Toán – Tin Trường THCS Chu Văn An tổ chức chuyên đề “Ứng dụng trí tuệ nhân "
    "tạo trong thiết kế bài giảng” cho toàn thể giáo viên nhà trường."
)
_S353_SAPO = (
    "Sáng thứ Bảy 28/11, Liên đội Trường THCS Chu Văn An tổ chức ra quân thu gom giấy vụn, vỏ "
    "lon, chai nhựa trong phong trào “Kế hoạch nhỏ” năm học 2026 – 2027."
)
_S338_LEAD = (
    "Sáng 30/10, Ban An toàn giao thông tỉnh phối hợp với Trường THCS Chu Văn An tổ chức chương "
    "trình tuyên truyền an toàn giao thông và trao tặng 320 mũ bảo hiểm đạt chuẩn cho học sinh "
    "lớp 6."
)

_LETTERHEAD_357 = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:42%;text-align:center;vertical-align:top">'
    "<p>UBND THÀNH PHỐ THÁI NGUYÊN<br /><strong>TRƯỜNG THCS CHU VĂN AN</strong></p>"
    "<p>Số: 87/TB-THCSCVA</p></td>"
    '<td style="text-align:center;vertical-align:top">'
    "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>"
    "<p><em>Thái Nguyên, ngày 30 tháng 11 năm 2026</em></p></td>"
    "</tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
)
_CLOSING_357 = Raw(
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />'
    "- Phòng GD&amp;ĐT (để b/c);<br />- Các tổ chuyên môn (để t/h);<br />"
    "- Website trường;<br />- Lưu: VT.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p><strong>HIỆU TRƯỞNG</strong></p>'
    "<p><em>(Đã ký)</em></p><p><strong>Nguyễn Thị Thu Hà</strong></p></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=356,
        slug="toa-dam-bao-luc-hoc-duong",
        title="Tọa đàm “Phòng, chống bạo lực học đường” cho học sinh khối 8, khối 9",
        cat="1",
        published_at="2026-12-03T14:30:00+07:00",
        summary=_S356_SAPO,
        sapo_outside=True,
        authors=["Phạm Thu Trang"],
        blocks=[
            P(
                "Tới dự buổi tọa đàm có Thiếu tá Lương Văn Khải, Phó Trưởng Công an phường Hoàng "
                "Văn Thụ; đại diện Ban đại diện cha mẹ học sinh nhà trường cùng các thầy cô giáo "
                "chủ nhiệm khối 8, khối 9."
            ),
            P(
                "Phát biểu khai mạc, cô giáo Nguyễn Thị Thu Hà, Hiệu trưởng nhà trường nhấn mạnh: "
                "bạo lực học đường không chỉ là những vụ xô xát trong giờ ra chơi mà còn là lời "
                "nói xúc phạm, hành vi cô lập bạn bè hay những bình luận ác ý trên mạng xã hội. "
                "Mỗi học sinh cần biết nhận diện, biết từ chối và biết lên tiếng đúng lúc."
            ),
            Img(
                "../Upload/Images/2026/12/toadam-bhd-01.jpg",
                "Thiếu tá Lương Văn Khải trao đổi với học sinh tại buổi tọa đàm",
                "Thiếu tá Lương Văn Khải trao đổi với học sinh tại buổi tọa đàm",
                style="tbl",
            ),
            P(
                "Tại buổi tọa đàm, các em học sinh được nghe phân tích một số vụ việc xảy ra trên "
                "địa bàn tỉnh thời gian qua, hậu quả pháp lý đối với người vi phạm ở độ tuổi chưa "
                "thành niên, đồng thời được hướng dẫn cách xử lý khi bị bắt nạt hoặc chứng kiến "
                "bạn bị bắt nạt.",
                "mso",
            ),
            P(
                "Phần giao lưu diễn ra sôi nổi với nhiều câu hỏi thẳng thắn. Em Đỗ Khánh Linh, lớp "
                "9A2 hỏi: “Nếu bạn bị đe dọa qua tin nhắn nhưng sợ không dám nói với bố mẹ thì nên "
                "làm gì?”. Câu hỏi được báo cáo viên giải đáp cụ thể, kèm số điện thoại đường dây "
                "nóng của Công an phường và của nhà trường.",
                "mso",
            ),
            Img(
                "../Upload/Images/2026/12/toadam-bhd-02.jpg",
                "Học sinh khối 9 đặt câu hỏi giao lưu",
                "Học sinh khối 9 đặt câu hỏi giao lưu",
            ),
            P(
                "Kết thúc buổi tọa đàm, đại diện học sinh hai khối đã ký cam kết “Nói không với "
                "bạo lực học đường”, hứa xây dựng môi trường học tập an toàn, thân thiện."
            ),
            _right("Phạm Thu Trang - Tổ Văn phòng"),
        ],
        opts={"posted": "2026-12-03 14:30", "capnhat": "2026-12-04 09:05", "lq": [355, 344]},
    ),
    Story(
        id=350,
        slug="le-ky-niem-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="1",
        published_at="2026-11-20T10:15:00+07:00",
        summary=_S350_SAPO,
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        photographers=["Lê Minh Tuấn"],
        blocks=[
            Raw(f'<p style="text-align: justify;">{text(_S350_SAPO)}</p>'),
            P(
                "Về dự buổi lễ có đồng chí Hà Minh Tuấn, Phó Chủ tịch UBND phường Hoàng Văn Thụ; "
                "đại diện Phòng Giáo dục và Đào tạo thành phố; các thầy cô giáo nguyên là cán bộ "
                "quản lý, giáo viên của trường qua các thời kỳ cùng đông đảo cha mẹ học sinh và "
                "hơn 1.200 học sinh toàn trường."
            ),
            P(
                "Mở đầu chương trình là các tiết mục văn nghệ chào mừng do đội văn nghệ học sinh "
                "biểu diễn với những ca khúc về mái trường, thầy cô và quê hương Thái Nguyên."
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Trần Quốc Bảo, Phó Hiệu trưởng "
                "nhà trường điểm lại những kết quả nổi bật năm học 2025 – 2026: tỉ lệ học sinh lên "
                "lớp đạt 99,6%; 42 học sinh đạt giải học sinh giỏi cấp thành phố, 11 học sinh đạt "
                "giải cấp tỉnh; 100% học sinh lớp 9 dự thi vào lớp 10 trung học phổ thông, trong "
                "đó nhiều em trúng tuyển Trường THPT Chuyên Thái Nguyên."
            ),
            Img(
                "../Upload/Images/2026/11/le-20-11-01.jpg",
                "Các tiết mục văn nghệ chào mừng Lễ kỷ niệm",
                "Các tiết mục văn nghệ chào mừng Lễ kỷ niệm",
                style="tbl",
            ),
            P(
                "Thay mặt thế hệ học trò, em Nguyễn Bảo Ngọc, Liên đội trưởng, bày tỏ lòng biết ơn "
                "tới các thầy cô và hứa sẽ thi đua học tốt, rèn luyện tốt để xứng đáng với sự dạy "
                "dỗ của thầy cô."
            ),
            P(
                "Nhân dịp này, nhà trường đã trao giấy khen cho 18 giáo viên đạt giải trong Hội "
                "giảng chào mừng ngày 20/11 và 26 học sinh có thành tích xuất sắc trong tháng thi "
                "đua."
            ),
            Img("../Upload/Images/2026/11/le-20-11-02.jpg", "Ảnh: Lê Minh Tuấn", None),
            _right("Tổ Văn phòng"),
        ],
        opts={"posted": "2026-11-20 10:15", "lq": []},
    ),
    Story(
        id=344,
        slug="doan-kiem-tra-dau-nam",
        title="Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố làm việc tại trường",
        cat="1",
        published_at="2026-11-12",
        authors=["Hoàng Thị Mai"],
        blocks=[
            P(
                "Ngày 12/11/2026, Đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Thái Nguyên "
                "do bà Đinh Thị Thanh Hương, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công "
                "tác chuẩn bị và thực hiện nhiệm vụ đầu năm học 2026 – 2027 tại Trường THCS Chu "
                "Văn An."
            ),
            P(
                "Đoàn đã nghe nhà trường báo cáo về việc sắp xếp cơ sở vật chất, bố trí đội ngũ, "
                "xây dựng kế hoạch giáo dục nhà trường; kiểm tra hồ sơ chuyên môn của các tổ và dự "
                "giờ 8 tiết dạy của giáo viên."
            ),
            Img("../Upload/Images/2026/11/kiemtra-dau-nam.jpg", None, None, style="none"),
            P("Nhận xét của đoàn kiểm tra", "h"),
            P(
                "Đoàn đánh giá cao việc nhà trường chủ động triển khai Chương trình giáo dục phổ "
                "thông 2018 ở cả bốn khối lớp, thực hiện nghiêm túc việc dạy thêm, học thêm theo "
                "quy định, cơ sở vật chất sạch sẽ, khang trang."
            ),
            P(
                "Bên cạnh đó, đoàn cũng đề nghị nhà trường tiếp tục đổi mới sinh hoạt tổ chuyên "
                "môn, tăng cường ứng dụng công nghệ thông tin trong quản lý hồ sơ, sổ sách điện tử "
                "và có giải pháp phù hợp với nhóm học sinh còn hạn chế về kỹ năng đọc hiểu."
            ),
            P(
                "Tiếp thu ý kiến của đoàn, Hiệu trưởng Nguyễn Thị Thu Hà khẳng định nhà trường sẽ "
                "khắc phục ngay những tồn tại, phấn đấu hoàn thành tốt các chỉ tiêu năm học đã đề "
                "ra."
            ),
        ],
        opts={"posted": "2026-11-12 00:00", "tacgia": "Hoàng Thị Mai"},
    ),
    Story(
        id=338,
        slug="trao-mu-bao-hiem",
        title="Trao tặng mũ bảo hiểm cho học sinh lớp 6, tuyên truyền an toàn giao thông",
        cat="1",
        published_at="2026-10-30T09:00:00+07:00",
        summary=_S338_LEAD,
        source="Báo Thái Nguyên điện tử",
        blocks=[
            P(_S338_LEAD, "b"),
            P(
                "Chương trình nằm trong chuỗi hoạt động “Vì an toàn giao thông học đường” năm "
                "2026. Tại đây, các em được nghe hướng dẫn về cách chọn mũ bảo hiểm đạt chuẩn, "
                "cách đội mũ và cài quai đúng cách, những quy định đối với học sinh khi tham gia "
                "giao thông bằng xe đạp, xe đạp điện."
            ),
            P(
                "Theo thống kê của Ban An toàn giao thông tỉnh, từ đầu năm đến nay trên địa bàn "
                "tỉnh xảy ra nhiều vụ tai nạn giao thông liên quan đến người dưới 16 tuổi, trong "
                "đó phần lớn các em không đội mũ bảo hiểm hoặc đội mũ không cài quai."
            ),
            Img(
                "../Upload/Images/2026/10/mu-bao-hiem.jpg",
                "Đại diện Ban An toàn giao thông tỉnh trao mũ bảo hiểm cho học sinh lớp 6",
                "Đại diện Ban An toàn giao thông tỉnh trao mũ bảo hiểm cho học sinh lớp 6",
            ),
            P(
                "Dịp này, nhà trường cũng phát động cuộc thi vẽ tranh “Em đi học an toàn” dành cho "
                "học sinh khối 6, khối 7; các tác phẩm xuất sắc sẽ được trưng bày tại sảnh nhà "
                "trường trong tháng 12."
            ),
            _right("Theo Báo Thái Nguyên điện tử", "em"),
        ],
        opts={"posted": "2026-10-30 09:00"},
    ),
    Story(
        id=333,
        slug="hoi-nghi-vien-chuc",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026 – 2027",
        cat="1",
        published_at="2026-10-15T08:00:00+07:00",
        summary=_S333_SAPO,
        sapo_outside=True,
        blocks=[
            P(
                "Hội nghị có sự tham dự của 68 cán bộ, giáo viên, nhân viên nhà trường. Đồng chí "
                "Nguyễn Thị Thu Hà, Bí thư chi bộ, Hiệu trưởng nhà trường chủ trì hội nghị.",
                "mso",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, báo cáo công khai tài "
                "chính, báo cáo hoạt động của Ban Thanh tra nhân dân và dự thảo Quy chế chi tiêu "
                "nội bộ sửa đổi.",
                "mso",
            ),
            P(
                "Trong không khí dân chủ, cởi mở, nhiều ý kiến tâm huyết đã được đưa ra, tập trung "
                "vào việc nâng cao chất lượng dạy học theo Chương trình giáo dục phổ thông 2018, "
                "đổi mới kiểm tra đánh giá, chăm lo đời sống giáo viên và cải thiện cảnh quan "
                "trường học.",
                "mso",
            ),
            P(
                "Hội nghị đã biểu quyết thông qua các chỉ tiêu thi đua năm học 2026 – 2027: 100% "
                "cán bộ, giáo viên hoàn thành nhiệm vụ; phấn đấu có ít nhất 45 học sinh đạt giải "
                "học sinh giỏi cấp thành phố; trường giữ vững danh hiệu Tập thể lao động xuất sắc.",
                "mso",
            ),
            P(
                "Cũng tại hội nghị, Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 đã được bầu gồm 3 "
                "đồng chí, do cô giáo Lưu Thị Hồng làm trưởng ban.",
                "mso",
            ),
            Img(
                "../Upload/Images/2026/10/hoi-nghi-vc.jpg",
                "Toàn cảnh Hội nghị cán bộ, viên chức, người lao động",
                "Toàn cảnh Hội nghị cán bộ, viên chức, người lao động",
                style="tbl",
            ),
            P(
                "Kết thúc hội nghị, các tổ chuyên môn, tổ văn phòng đã ký kết giao ước thi đua, "
                "quyết tâm thực hiện thắng lợi nhiệm vụ năm học.",
                "mso",
            ),
            Raw('<p align="right"><b>BBT</b></p>'),
        ],
        opts={"posted": "2026-10-15 08:00"},
    ),
    Story(
        id=354,
        slug="nghien-cuu-bai-hoc-khtn7",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Khoa học tự nhiên 7",
        cat="2",
        published_at="2026-12-01T16:45:00+07:00",
        summary=_S354_SAPO,
        sapo_outside=True,
        authors=["Vũ Thị Ngọc Ánh"],
        blocks=[
            P(
                "Tiết dạy minh họa do cô giáo Vũ Thị Ngọc Ánh thực hiện tại lớp 7A4. Trước đó, "
                "nhóm giáo viên dạy Khoa học tự nhiên 7 đã cùng nhau thiết kế kế hoạch bài dạy, dự "
                "kiến những khó khăn học sinh có thể gặp và cách hỗ trợ."
            ),
            P(
                "Trong tiết học, học sinh được chia thành 6 nhóm, tự làm thí nghiệm với âm thoa, "
                "trống con và ống nhựa để tìm hiểu nguồn âm, sự truyền âm trong các môi trường "
                "rắn, lỏng, khí."
            ),
            Img(
                "../Upload/Images/2026/12/nckh-ktn7.jpg",
                "Học sinh lớp 7A4 làm thí nghiệm về sự truyền âm",
                "Học sinh lớp 7A4 làm thí nghiệm về sự truyền âm",
                style="tbl",
            ),
            P("Những điều rút ra sau tiết dạy", "h"),
            P("Học sinh hứng thú, chủ động khi được trực tiếp làm thí nghiệm;", "li"),
            P(
                "Một số nhóm còn lúng túng khi ghi chép kết quả, giáo viên cần chuẩn bị phiếu học "
                "tập rõ ràng hơn;",
                "li",
            ),
            P(
                "Thời gian dành cho phần vận dụng còn ít, cần điều chỉnh phân bổ thời gian hợp lý.",
                "li",
            ),
            P(
                "Thầy Trần Quốc Bảo, Phó Hiệu trưởng phụ trách chuyên môn đề nghị các tổ tiếp tục "
                "nhân rộng hình thức sinh hoạt chuyên môn này, mỗi tổ thực hiện ít nhất hai chuyên "
                "đề nghiên cứu bài học trong học kỳ I."
            ),
            _right("GV: Vũ Thị Ngọc Ánh - Tổ KHTN", "em"),
        ],
        opts={"posted": "2026-12-01 16:45", "capnhat": "2026-12-02 07:40"},
    ),
    Story(
        id=347,
        slug="hoi-giang-20-11",
        title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam: 24 tiết dạy tốt",
        cat="2",
        published_at="2026-11-18T15:00:00+07:00",
        authors=["Đào Văn Hưng"],
        photographers=["Lê Minh Tuấn"],
        blocks=[
            P(
                "Từ ngày 02/11 đến ngày 16/11/2026, Trường THCS Chu Văn An tổ chức Hội giảng chào "
                "mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham gia của 24 giáo viên thuộc "
                "5 tổ chuyên môn."
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật "
                "dạy học tích cực như dạy học theo trạm, khăn trải bàn, mảnh ghép; nhiều tiết dạy "
                "ứng dụng hiệu quả phần mềm mô phỏng, bảng tương tác và học liệu số."
            ),
            Img(
                "../Upload/Images/2026/11/hoi-giang-2026.jpg",
                "(Cô giáo Nguyễn Thị Hải Yến trong tiết dạy Ngữ văn 8)",
                "Cô giáo Nguyễn Thị Hải Yến trong tiết dạy Ngữ văn 8",
            ),
            P(
                "Kết quả, Ban giám khảo xếp loại 16 tiết Tốt, 8 tiết Khá. Các giáo viên đạt giải "
                "Nhất gồm:"
            ),
            P("Họ và tên | Tổ chuyên môn | Bài dạy", "row"),
            P("Nguyễn Thị Hải Yến | Ngữ văn | Bài 5: Những câu chuyện hài (Ngữ văn 8)", "row"),
            P("Đào Văn Hưng | Toán – Tin | Định lí Pythagore và ứng dụng (Toán 8)", "row"),
            P(
                "Lò Thị Phương | Ngoại ngữ | Unit 5: Our customs and traditions (Tiếng Anh 8)",
                "row",
            ),
            P(
                "Hội giảng là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, góp phần nâng cao "
                "chất lượng dạy và học của nhà trường."
            ),
            _right("Tin: Đào Văn Hưng - Ảnh: Lê Minh Tuấn"),
        ],
        opts={"posted": "2026-11-18 15:00", "lq": [345, 341]},
    ),
    Story(
        id=341,
        slug="chuyen-de-ai-toan-tin",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong thiết kế bài giảng” của tổ Toán – Tin",
        cat="2",
        published_at="2026-11-05",
        summary=_S341_SAPO,
        sapo_outside=True,
        authors=["Tổ Toán – Tin"],
        blocks=[
            P(
                "Báo cáo viên chuyên đề là thầy giáo Đào Văn Hưng, tổ trưởng tổ Toán – Tin. Thầy "
                "đã giới thiệu một số công cụ trí tuệ nhân tạo có thể hỗ trợ giáo viên xây dựng ý "
                "tưởng bài dạy, soạn câu hỏi trắc nghiệm, tạo hình ảnh minh họa và phiếu học tập."
            ),
            P(
                "Bên cạnh những tiện ích, chuyên đề cũng lưu ý giáo viên về việc kiểm chứng thông "
                "tin do công cụ tạo ra, bảo đảm tính chính xác của kiến thức, tôn trọng bản quyền "
                "và tuyệt đối không đưa thông tin cá nhân của học sinh lên các nền tảng trực tuyến."
            ),
            P(
                "Sau phần báo cáo, các thầy cô được thực hành theo nhóm, mỗi nhóm xây dựng một "
                "phiếu học tập cho một bài học cụ thể và trình bày trước hội đồng."
            ),
            P(
                "Chuyên đề nhận được sự quan tâm của đông đảo giáo viên, đặc biệt là các thầy cô "
                "lớn tuổi. Nhiều ý kiến đề nghị tổ Toán – Tin tiếp tục tổ chức các buổi hướng dẫn "
                "chuyên sâu trong thời gian tới."
            ),
            _right("Tổ Toán – Tin"),
        ],
        opts={"posted": "2026-11-05 00:00"},
    ),
    Story(
        id=335,
        slug="khkt-cap-thanh-pho",
        title="9 dự án của học sinh tham gia Cuộc thi Khoa học kỹ thuật cấp thành phố",
        cat="2",
        published_at="2026-10-21T14:00:00+07:00",
        authors=["Nguyễn Thanh Tùng"],
        photographers=["Nguyễn Thanh Tùng"],
        blocks=[
            P(
                "Năm học 2026 – 2027, Trường THCS Chu Văn An có 9 dự án của 17 học sinh được lựa "
                "chọn tham gia Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp thành "
                "phố."
            ),
            P(
                "Các dự án thuộc nhiều lĩnh vực như khoa học môi trường, hệ thống nhúng, khoa học "
                "xã hội và hành vi. Đáng chú ý là dự án “Thiết bị cảnh báo quên tắt bếp gas dùng "
                "cảm biến nhiệt” của nhóm học sinh lớp 9A1 và dự án “Tìm hiểu thói quen đọc sách "
                "của học sinh THCS trên địa bàn phường Hoàng Văn Thụ” của nhóm học sinh lớp 8A3."
            ),
            P(
                "Để chuẩn bị cho cuộc thi, nhà trường đã phân công 9 giáo viên hướng dẫn, bố trí "
                "phòng thí nghiệm mở cửa vào các buổi chiều thứ Ba, thứ Năm hằng tuần để học sinh "
                "thực hiện dự án."
            ),
            Img(
                "../Upload/Images/2026/10/khkt-2026.jpg",
                "Nhóm học sinh lớp 9A1 thử nghiệm thiết bị cảnh báo",
                "Nhóm học sinh lớp 9A1 thử nghiệm thiết bị cảnh báo",
                style="tbl",
            ),
            P(
                "Theo kế hoạch, vòng chấm sơ khảo cấp thành phố sẽ diễn ra vào đầu tháng 11/2026. "
                "Nhà trường mong nhận được sự quan tâm, động viên của cha mẹ học sinh đối với các "
                "em."
            ),
            _right("Tin, ảnh: Nguyễn Thanh Tùng"),
        ],
        opts={"posted": "2026-10-21 14:00"},
    ),
    Story(
        id=353,
        slug="ke-hoach-nho",
        title="Liên đội ra quân phong trào “Kế hoạch nhỏ” năm học 2026 – 2027",
        cat="3",
        published_at="2026-11-28T10:00:00+07:00",
        summary=_S353_SAPO,
        sapo_outside=True,
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        blocks=[
            P(
                "Ngay từ 6 giờ 30 phút, các chi đội đã tập trung tại sân trường với những bó giấy, "
                "thùng vỏ lon được phân loại gọn gàng. Nhiều phụ huynh cũng đến hỗ trợ các con vận "
                "chuyển."
            ),
            P(
                "Kết quả, toàn Liên đội thu được hơn 3,2 tấn giấy vụn và 180 kg vỏ lon, chai nhựa. "
                "Chi đội 8A5 dẫn đầu với 312 kg, tiếp theo là chi đội 6A2 và 9A3."
            ),
            Img(
                "../Upload/Images/2026/11/kehoachnho-1.jpg",
                "Đội viên chi đội 8A5 cân giấy vụn",
                "Đội viên chi đội 8A5 cân giấy vụn",
            ),
            Img("../Upload/Images/2026/11/kehoachnho-2.jpg", None, None),
            P(
                "Toàn bộ số tiền thu được sẽ được Liên đội dùng để mua sách vở, áo ấm tặng học sinh "
                "có hoàn cảnh khó khăn của trường và ủng hộ học sinh điểm trường Khuổi Tát, xã Phú "
                "Đình, huyện Định Hóa nhân dịp Tết Nguyên đán."
            ),
            _right("Tin, ảnh: Hoàng Minh Đức (TPT Đội)"),
        ],
        opts={"posted": "2026-11-28 10:00"},
    ),
    Story(
        id=339,
        slug="dai-hoi-lien-doi",
        title="Đại hội Liên đội Trường THCS Chu Văn An nhiệm kỳ 2026 – 2027",
        cat="3",
        published_at="2026-10-09T15:20:00+07:00",
        photographers=["Hoàng Minh Đức"],
        blocks=[
            P(
                "Chiều 08/10/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên "
                "đội nhiệm kỳ 2026 – 2027.",
                "br",
            ),
            P(
                "Đại hội vinh dự đón tiếp chị Ma Thị Thu Trang, Phó Chủ tịch Hội đồng Đội phường "
                "Hoàng Văn Thụ, cùng Ban giám hiệu, các thầy cô giáo chủ nhiệm và 120 đại biểu là "
                "chỉ huy các chi đội.",
                "br",
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ qua: "
                "Liên đội được Hội đồng Đội tỉnh tặng Bằng khen, nhiều đội viên đạt giải trong các "
                "cuộc thi cấp thành phố, cấp tỉnh.",
                "br",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ mới gồm 11 đồng chí; em Nguyễn Bảo "
                "Ngọc, lớp 9A1 được bầu làm Liên đội trưởng.",
                "br",
            ),
            Img("../Upload/Images/2026/10/daihoi-liendoi.jpg", "Ảnh: Hoàng Minh Đức", None),
        ],
        opts={"posted": "2026-10-09 15:20", "tacgia": "Admin"},
    ),
    Story(
        id=357,
        slug="tb-kiem-tra-hk1",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        cat="4",
        published_at="2026-11-30",
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            _LETTERHEAD_357,
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ Công văn số "
                "1582/PGDĐT-CM ngày 20/11/2026 của Phòng Giáo dục và Đào tạo thành phố Thái Nguyên "
                "về việc kiểm tra cuối học kỳ I,"
            ),
            P("Trường THCS Chu Văn An thông báo lịch kiểm tra cuối học kỳ I như sau:"),
            P("1. Thời gian kiểm tra", "hb"),
            P(
                "Các môn kiểm tra tập trung: từ ngày 21/12 đến ngày 24/12/2026. Các môn còn lại "
                "giáo viên bộ môn tổ chức kiểm tra trên lớp từ ngày 14/12 đến ngày 19/12/2026."
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "row"),
            P("21/12/2026 | Ngữ văn (khối 8, 9) | Ngữ văn (khối 6, 7)", "row"),
            P("22/12/2026 | Toán (khối 8, 9) | Toán (khối 6, 7)", "row"),
            P("23/12/2026 | Tiếng Anh (khối 8, 9) | Tiếng Anh (khối 6, 7)", "row"),
            P("24/12/2026 | Khoa học tự nhiên (khối 8, 9) | Khoa học tự nhiên (khối 6, 7)", "row"),
            P("2. Tổ chức thực hiện", "hb"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh; nhắc "
                "nhở học sinh ôn tập, có mặt trước giờ kiểm tra 15 phút."
            ),
            P(
                "Các tổ chuyên môn hoàn thành đề kiểm tra, ma trận, bản đặc tả và nộp về bộ phận "
                "chuyên môn trước ngày 10/12/2026."
            ),
            _CLOSING_357,
        ],
        opts={"posted": "2026-12-01 08:15"},
    ),
    Story(
        id=351,
        slug="tb-hop-cmhs",
        title="Thông báo họp cha mẹ học sinh giữa học kỳ I",
        cat="4",
        published_at="2026-11-24T09:00:00+07:00",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Nhà trường trân trọng kính mời Quý cha mẹ học sinh toàn trường đến dự họp cha mẹ "
                "học sinh giữa học kỳ I năm học 2026 – 2027."
            ),
            P("👉 Thời gian: 7 giờ 30 phút, Chủ nhật ngày 29/11/2026."),
            P("👉 Địa điểm: tại phòng học các lớp (theo sơ đồ dán ở cổng trường)."),
            P(
                "👉 Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ "
                "I của học sinh; trao đổi về công tác phối hợp giữa gia đình và nhà trường trong "
                "việc quản lý học sinh sử dụng điện thoại, mạng xã hội."
            ),
            P(
                "Đề nghị Quý cha mẹ học sinh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp "
                "không thể tham dự, đề nghị liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
            _right("Ban Giám hiệu"),
        ],
        opts={"posted": "2026-11-24 09:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: the most-read widget's links (lowercase path, ``ID`` in capitals: older code)
MOST_READ = [350, 347, 356]


def _detail(n: int) -> str:
    return f"/TinTuc/ChiTiet.aspx?id={n}"


def _alt_paths(story: Story) -> list[str]:
    alts = [
        f"/TinTuc/InTin.aspx?id={story.id}",
        f"/m/tin.aspx?id={story.id}",
        f"/m/(S({SID}))/tin.aspx?id={story.id}",
    ]
    if story.id in MOST_READ:
        alts.append(f"/tintuc/chitiet.aspx?ID={story.id}")
    return alts


GOLD = [
    gold_record(s, _detail(s.id), CATS[int(s.cat)], alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/GioiThieu/LichSu.aspx",
    "/GioiThieu/DoiNgu.aspx",
    "/LienHe.aspx",
    "/VanBan/ChiTiet.aspx?id=47",
    "/VanBan/ChiTiet.aspx?id=48",
    "/ThuVien/Album.aspx?id=12",
]


# --- printing helpers -----------------------------------------------------------------------

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _posted(story: Story) -> dt.datetime:
    return dt.datetime.strptime(story.opts["posted"], "%Y-%m-%d %H:%M")


def _vi_long(d: dt.datetime) -> str:
    """The template's own format: ``{0:dddd, dd/MM/yyyy - HH:mm}`` with the weekday capitalised."""
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def _vi_default(d: dt.datetime) -> str:
    """``DateTime.ToString()`` under vi-VN: "03/12/2026 2:30:00 CH"."""
    hour = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {hour}:{d:%M:%S} {'SA' if d.hour < 12 else 'CH'}"


def _en_default(d: dt.datetime) -> str:
    """``DateTime.ToString()`` under en-US: "12/4/2026 9:05:00 AM"."""
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"


def _html_encode(value: str) -> str:
    """``HttpUtility.HtmlEncode`` of .NET 4: the U+00A0-U+00FF letters as decimal references."""
    return "".join(f"&#{ord(c)};" if 160 <= ord(c) <= 255 else c for c in esc(value))


def _in_cat(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if int(s.cat) == cat), key=_posted, reverse=True)


def _newest(n: int, cats: tuple[int, ...] = (1, 2, 3, 4)) -> list[Story]:
    pool = [s for s in STORIES if int(s.cat) in cats]
    return sorted(pool, key=_posted, reverse=True)[:n]


def _first_img(story: Story) -> str:
    for img in story.images:
        return "/" + img.src.removeprefix("../")
    return "/images/no-image.gif"


def _teaser(story: Story, limit: int = 160) -> str:
    words = story.paragraphs[0].split()
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > limit:
            return out + "..."
        out = f"{out} {w}".strip()
    return out


# --- article text -----------------------------------------------------------------------------


def _p(block: P) -> str:
    if block.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;line-height:150%">'
            '<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New '
            f'Roman&quot;,&quot;serif&quot;">{text(block.text)}<o:p></o:p></span></p>'
        )
    if block.style == "h":
        return f'<h3 style="font-size:14px;color:#0b4f8a">{text(block.text)}</h3>'
    if block.style == "hb":
        return f"<p><b>{text(block.text)}</b></p>"
    if block.style == "b":
        return f'<p style="text-align: justify;"><strong>{text(block.text)}</strong></p>'
    return f'<p style="text-align: justify;">{text(block.text)}</p>'


def _group(style: str, group: list[P]) -> str:
    if style == "li":
        items = "".join(f"<li>{text(b.text)}</li>" for b in group)
        return f'<ul style="margin-left:25px">{items}</ul>'
    if style == "row":
        rows = []
        for i, b in enumerate(group):
            cells = [text(c) for c in b.text.split(" | ")]
            if i == 0:
                cells = [f"<strong>{c}</strong>" for c in cells]
            rows.append("<tr>" + "".join(f'<td style="padding:3px">{c}</td>' for c in cells) + "</tr>")
        return (
            '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;'
            f'width:98%"><tbody>{"".join(rows)}</tbody></table>'
        )
    lines = "<br />\r\n<br />\r\n".join(text(b.text) for b in group)
    return f'<div style="text-align: justify;">{lines}<br />\r\n&nbsp;</div>'


def _img(block: Img) -> str:
    src = esc(block.src)
    if block.style == "tbl":
        row2 = ""
        if block.printed:
            row2 = f'<tr><td style="text-align: center;"><em>{text(block.printed)}</em></td></tr>'
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            f'style="width: 500px;"><tbody><tr><td><img alt="" src="{src}" '
            f'style="width: 500px; height: 333px;" /></td></tr>{row2}</tbody></table>'
        )
    out = f'<p style="text-align: center;"><img alt="" src="{src}" width="550" /></p>'
    if block.printed and block.style != "none":
        out += (
            '<p style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{text(block.printed)}</em></span></p>"
        )
    return out


def _render_text(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "row", "br"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            out.append(_group(b.style, blocks[i:j]))
            i = j
            continue
        if isinstance(b, P):
            out.append(_p(b))
        elif isinstance(b, Img):
            out.append(_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\r\n".join(out)


# --- desktop chrome ---------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/Default.aspx", []),
    (
        "Giới thiệu",
        "/GioiThieu/LichSu.aspx",
        [("Lịch sử nhà trường", "/GioiThieu/LichSu.aspx"),
         ("Đội ngũ cán bộ, giáo viên", "/GioiThieu/DoiNgu.aspx")],
    ),
    (
        "Tin tức",
        "/TinTuc/DanhSach.aspx?loai=1",
        [(CATS[1], "/TinTuc/DanhSach.aspx?loai=1"),
         (CATS[2], "/TinTuc/DanhSach.aspx?loai=2"),
         (CATS[3], "/TinTuc/DanhSach.aspx?loai=3")],
    ),
    ("Văn bản", "/VanBan/DanhSach.aspx", []),
    ("Thư viện ảnh", "/ThuVien/DanhSach.aspx", []),
    ("Liên hệ", "/LienHe.aspx", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU):
        sub = ""
        if subs:
            lis = "".join(
                f'<li><a class="ctl00_mnuChinh_1 ctl00_mnuChinh_5" href="{esc(h)}">{esc(t)}</a></li>'
                for t, h in subs
            )
            sub = f'<ul class="mnu-con" id="ctl00_mnuChinhn{n}Items">{lis}</ul>'
        items.append(
            f'<li class="mnu-cap1"><a class="ctl00_mnuChinh_1" href="{esc(href)}" '
            f'id="ctl00_mnuChinhn{n}">{esc(label)}</a>{sub}</li>'
        )
    return f'<div id="ctl00_mnuChinh" class="mnu-ngang"><ul>{"".join(items)}</ul></div>'


def _crumb(last: str, middle: str | None = "Tin tức") -> str:
    parts = ['<span><a title="Trang chủ" href="/Default.aspx">Trang chủ</a></span>']
    if middle:
        parts.append(f"<span>{esc(middle)}</span>")
    parts.append(f"<span>{esc(last)}</span>")
    sep = '<span> » </span>'
    return (
        '<div id="ctl00_pnlDuongDan" class="duongdan"><span id="ctl00_SiteMapPath1">'
        '<a href="#ctl00_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" '
        'width="0" src="/WebResource.axd?d=kq3-spacer&amp;t=634910223220000000" '
        'style="border-width:0px;" /></a>'
        f'{sep.join(parts)}<a id="ctl00_SiteMapPath1_SkipLink"></a></span></div>'
    )


_RIGHT = """
<td class="cot-phai" valign="top" style="width:230px">
  <div class="kp"><div class="kp-tde">THÔNG BÁO</div>
    <iframe id="ifrThongBao" src="/Widgets/ThongBao.aspx" width="228" height="210" frameborder="0" scrolling="no"></iframe></div>
  <div class="kp"><div class="kp-tde">TIN ĐỌC NHIỀU</div>
    <iframe id="ifrDocNhieu" src="/Widgets/TinDocNhieu.aspx" width="228" height="200" frameborder="0" scrolling="no"></iframe></div>
  <div class="kp"><div class="kp-tde">LIÊN KẾT WEBSITE</div>
    <select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!='')window.open(this.value);" style="width:215px">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://thainguyen.edu.vn">Sở GD&amp;ĐT Thái Nguyên</option>
      <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
    </select>
    <a href="https://thainguyen.edu.vn" target="_blank"><img src="/images/banner_sgd.jpg" alt="Sở GD&amp;ĐT Thái Nguyên" width="215" /></a></div>
  <div class="kp"><div class="kp-tde">BÌNH CHỌN</div>
    <iframe id="ifrBinhChon" src="/Widgets/BinhChon.aspx" width="228" height="190" frameborder="0" scrolling="no"></iframe></div>
  <div class="kp"><div class="kp-tde">THỐNG KÊ TRUY CẬP</div>
    <iframe id="ifrThongKe" src="/Widgets/ThongKe.aspx" width="228" height="95" frameborder="0" scrolling="no"></iframe></div>
  <div class="kp"><img src="/images/qr_mobile.png" alt="Quét mã để xem phiên bản di động" width="120" /></div>
</td>"""

_FOOTER = """
<div id="chan-trang">
  <div class="ct-menu"><a href="/Default.aspx">Trang chủ</a> | <a href="/GioiThieu/LichSu.aspx">Giới thiệu</a> | <a href="/LienHe.aspx">Liên hệ</a> | <a href="/m/Default.aspx">Phiên bản di động</a></div>
  <p><b>TRƯỜNG THCS CHU VĂN AN - THÀNH PHỐ THÁI NGUYÊN</b><br />
  Địa chỉ: Số 8, đường Chu Văn An, phường Hoàng Văn Thụ, thành phố Thái Nguyên, tỉnh Thái Nguyên<br />
  Điện thoại: 0208.3855.426 - Email: c2chuvanan.tn@thainguyen.edu.vn<br />
  Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thu Hà<br />
  © Bản quyền thuộc Trường THCS Chu Văn An. Thiết kế và phát triển bởi Công ty TNHH Tin học Sao Việt</p>
</div>"""


def _page(request: Request, main: str, crumb: str, *, action: str, desc: str = SITE_DESC) -> str:
    seed = request.path + request.query
    viewstate = opaque("vs" + seed, 900, prefix=VS_PREFIX)
    validation = opaque("ev" + seed, 120, prefix=EV_PREFIX)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(SITE_TITLE)}
</title><meta name="keywords" content="THCS Chu Văn An, Thái Nguyên, trường học, giáo dục" /><meta name="description" content="{esc(desc)}" /><link href="/App_Themes/CVA2013/style.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" />
<script src="/Scripts/jquery-1.4.1.min.js" type="text/javascript"></script>
<script src="/Scripts/ddsmoothmenu.js" type="text/javascript"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
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
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634910223220000000" type="text/javascript"></script>
<div id="wrapper">
  <div id="dau-trang">
    <div class="thanh-tren"><span id="ctl00_lblNgayThang" class="ngay-hom-nay">{HEADER_DAY}</span>
      <span class="tt-phai"><a href="/m/Default.aspx" title="Xem trên điện thoại">Phiên bản di động</a> | <a href="/LienHe.aspx">Liên hệ</a></span></div>
    <div class="banner"><a href="/Default.aspx"><img src="/images/logo_cva.png" alt="Logo" class="logo" /></a>
      <h1 class="ten-truong">TRƯỜNG THCS CHU VĂN AN</h1>
      <div class="dc-truong">Thành phố Thái Nguyên - Tỉnh Thái Nguyên</div></div>
    {_menu()}
    <div class="tim-kiem"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="o-tk" value="Tìm kiếm..." />
      <input type="submit" name="ctl00$btnTimKiem" value="Tìm" id="ctl00_btnTimKiem" class="nut-tk" /></div>
  </div>
  {crumb}
  <table id="khung-chinh" cellpadding="0" cellspacing="0" width="100%"><tr>
  <td class="cot-giua" valign="top">
{main}
  </td>
{_RIGHT}
  </tr></table>
{_FOOTER}
</div>
<div class="aspNetHidden">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</div>
</form>
</body>
</html>
"""


def _box(title: str, inner: str, href: str | None = None) -> str:
    head = f'<a href="{esc(href)}">{esc(title)}</a>' if href else esc(title)
    return (
        f'<div class="khung-tin"><div class="khung-tieude">{head}</div>'
        f'<div class="khung-noidung">{inner}</div></div>'
    )


def _item_list(stories: list[Story], *, with_date: bool = True) -> str:
    lis = []
    for s in stories:
        date = f' <span class="ngay-tk">({_posted(s):%d/%m/%Y})</span>' if with_date else ""
        lis.append(f'<li><a href="/TinTuc/ChiTiet.aspx?id={s.id}">{esc(s.title)}</a>{date}</li>')
    return f'<ul class="ds-tk">{"".join(lis)}</ul>'


# --- desktop pages ----------------------------------------------------------------------------


def _home(request: Request) -> Response:
    newest = _newest(5, (1, 2, 3))
    lead, rest = newest[0], newest[1:]
    hot = (
        '<div class="tin-noi-bat">'
        f'<a href="/TinTuc/ChiTiet.aspx?id={lead.id}"><img src="/Handler/Thumb.ashx?f='
        f'{esc(_first_img(lead))}&amp;w=300" class="anh-nb" alt="" /></a>'
        f'<a class="td-nb" href="/TinTuc/ChiTiet.aspx?id={lead.id}">{esc(lead.title)}</a>'
        f'<p class="tt-nb">{esc(_teaser(lead, 220))}</p></div>'
        f"{_item_list(rest)}"
    )
    blocks = [_box("TIN MỚI NHẤT", hot)]
    for cat in (2, 3):
        blocks.append(
            _box(CATS[cat].upper(), _item_list(_in_cat(cat)[:3]), f"/TinTuc/DanhSach.aspx?loai={cat}")
        )
    crumb = '<div id="ctl00_pnlDuongDan" class="duongdan"></div>'
    return html(_page(request, "\n".join(blocks), crumb, action="Default.aspx"))


def _pager(cat: int, page: int, pages: int) -> str:
    def href(n: int) -> str:
        base = f"/TinTuc/DanhSach.aspx?loai={cat}"
        return esc(base if n == 1 else f"{base}&trang={n}")

    parts = []
    if page > 1:
        parts.append(f'<a class="pg-nut" href="{href(1)}">Đầu</a>')
        parts.append(f'<a class="pg-nut" href="{href(page - 1)}">Trước</a>')
    else:
        parts.append('<a class="aspNetDisabled pg-nut">Đầu</a>')
        parts.append('<a class="aspNetDisabled pg-nut">Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="pg-ht">{n}</span>')
        else:
            parts.append(f'<a class="pg-so" href="{href(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="pg-nut" href="{href(page + 1)}">Sau</a>')
        parts.append(f'<a class="pg-nut" href="{href(pages)}">Cuối</a>')
    else:
        parts.append('<a class="aspNetDisabled pg-nut">Sau</a>')
        parts.append('<a class="aspNetDisabled pg-nut">Cuối</a>')
    return (
        '<div class="phan-trang"><span id="ctl00_cphMain_dpTinTuc">'
        + "&nbsp;".join(parts)
        + "&nbsp;</span></div>"
    )


def _listing(request: Request, params: dict[str, str]) -> Response | None:
    try:
        cat = int(params.get("loai", ""))
        page = int(params.get("trang") or 1)
    except ValueError:
        return None
    if cat not in CATS:
        return None
    items = _in_cat(cat)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if not 1 <= page <= pages:
        return None
    rows = []
    for s in items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]:
        rows.append(
            '<div class="tin-ds">'
            f'<a href="ChiTiet.aspx?id={s.id}"><img class="anh-ds" src="/Handler/Thumb.ashx?f='
            f'{esc(_first_img(s))}&amp;w=150" alt="" /></a>'
            f'<a class="td-ds" href="ChiTiet.aspx?id={s.id}">{esc(s.title)}</a> '
            f'<span class="ngay-ds">({_posted(s):%d/%m/%Y})</span>'
            f'<p class="tt-ds">{esc(_teaser(s))}</p><div class="clr"></div></div>'
        )
    inner = (
        f'<div id="ctl00_cphMain_lvTinTuc_itemPlaceholderContainer">{"".join(rows)}</div>'
        + _pager(cat, page, pages)
    )
    action = f"DanhSach.aspx?loai={cat}" + (f"&trang={page}" if page > 1 else "")
    main = _box(CATS[cat], inner)
    return html(_page(request, main, _crumb("Danh sách tin"), action=action))


def _rating(story: Story) -> str:
    stars = "".join(
        f'<span class="{"Filled" if i < 4 else "Empty"}_Star" style="float:left;">&nbsp;</span>'
        for i in range(5)
    )
    votes = 9 + story.id % 23
    return (
        '<div class="danh-gia">Đánh giá: <div id="ctl00_cphMain_rtBaiViet" class="ratingStar" '
        'style="display:inline-block"><input type="hidden" name="ctl00$cphMain$rtBaiViet_RatingExtender_ClientState" '
        f'id="ctl00_cphMain_rtBaiViet_RatingExtender_ClientState" value="4" /><a href="javascript:void(0)" '
        f'id="ctl00_cphMain_rtBaiViet_A" title="4" style="text-decoration:none">{stars}</a></div>'
        f' <span class="dg-so">(4,2/5 - {votes} lượt đánh giá)</span></div>'
        '<div class="fb-like-khung"><iframe src="https://www.facebook.com/plugins/like.php?href='
        f"http%3A%2F%2Fthcschuvanan.thainguyen.edu.vn%2FTinTuc%2FChiTiet.aspx%3Fid%3D{story.id}"
        '&amp;layout=button_count&amp;width=120&amp;height=21" scrolling="no" frameborder="0" '
        'style="border:none;overflow:hidden;width:120px;height:21px;" allowtransparency="true">'
        "</iframe></div>"
    )


def _article(request: Request, story: Story) -> Response:
    cat = int(story.cat)
    posted = _posted(story)
    info = [
        f'<span id="ctl00_cphMain_lblNgayDang" class="ngay-dang">{_vi_long(posted)}</span>',
        f'<span id="ctl00_cphMain_lblLuotXem" class="luot-xem"> | Lượt xem: {story.views()}</span>',
    ]
    if "tacgia" in story.opts:
        info.append(
            f'<span id="ctl00_cphMain_lblTacGia" class="tac-gia"> | Tác giả: '
            f'{esc(story.opts["tacgia"])}</span>'
        )
    if "capnhat" in story.opts:
        upd = dt.datetime.strptime(story.opts["capnhat"], "%Y-%m-%d %H:%M")
        info.append(f'<span id="ctl00_cphMain_lblCapNhat" class="cap-nhat"> | Cập nhật: {_en_default(upd)}</span>')
    tools = (
        '<div class="cong-cu"><a href="javascript:void(0);" onclick="doiCoChu(1);return false;">A+</a> '
        '<a href="javascript:void(0);" onclick="doiCoChu(-1);return false;">A-</a> | '
        f"<a href=\"javascript:window.open('/TinTuc/InTin.aspx?id={story.id}','InTin','width=760,height=600,"
        "scrollbars=yes');void(0);\"><img src=\"/images/icon_print.gif\" alt=\"\" /> In bài</a> | "
        f'<a href="mailto:?subject={esc(story.title)}&amp;body=ChiTiet.aspx?id={story.id}">'
        '<img src="/images/icon_email.gif" alt="" /> Gửi email</a></div>'
    )
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div id="ctl00_cphMain_divTomTat" class="ttat"><b>{text(story.summary)}</b></div>'
    related = ""
    if story.opts.get("lq"):
        lis = []
        for rid in story.opts["lq"]:
            title = WITHDRAWN.get(rid) or BY_ID[rid].title
            lis.append(f'<li><a href="/TinTuc/ChiTiet.aspx?id={rid}">{esc(title)}</a></li>')
        related = f'<div class="lq-tren"><span class="lq-nhan">Tin liên quan:</span><ul>{"".join(lis)}</ul></div>'
    others = [s for s in _in_cat(cat) if s.id != story.id][:3]
    other_box = (
        '<div class="tin-khac"><div class="tieude-tk">Các tin khác</div>'
        + _item_list(others)
        + "</div>"
    )
    inner = f"""<div id="ctl00_cphMain_pnlChiTiet" class="ct-tin">
<span id="ctl00_cphMain_lblTieuDe" class="tde-ct">{_html_encode(story.title)}</span>
<div class="ttin">{"".join(info)}</div>
{tools}
{sapo}
{related}
<div id="ctl00_cphMain_divNoiDung" class="nd-ct">
{_render_text(story)}
{_rating(story)}
</div>
<div class="nguoi-dang">Người đăng: cva_quantri</div>
{other_box}
</div>"""
    main = _box(CATS[cat], inner, f"/TinTuc/DanhSach.aspx?loai={cat}")
    desc = story.summary or SITE_DESC
    return html(
        _page(request, main, _crumb("Chi tiết tin"), action=f"ChiTiet.aspx?id={story.id}", desc=desc)
    )


def _withdrawn(request: Request, n: int) -> Response:
    main = _box(
        "Tin tức",
        '<div class="thongbao-loi" style="padding:30px;text-align:center;color:#c00">'
        "Tin này không tồn tại hoặc đã bị gỡ bỏ!<br /><a href=\"/Default.aspx\">Quay lại trang chủ</a></div>",
    )
    return html(_page(request, main, _crumb("Chi tiết tin"), action=f"ChiTiet.aspx?id={n}"))


def _print(request: Request, story: Story) -> Response:
    sapo = f"<p><b>{text(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In tin bài</title><link href="/App_Themes/CVA2013/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<form name="form1" method="post" action="InTin.aspx?id={story.id}" id="form1">
<div class="in-dau"><img src="/images/logo_cva.png" alt="" width="60" /> <b>TRƯỜNG THCS CHU VĂN AN - TP THÁI NGUYÊN</b></div>
<hr />
<span id="lblTieuDe" class="in-td">{_html_encode(story.title)}</span><br />
<span id="lblNgayDang" class="in-ngay">{_vi_long(_posted(story))}</span>
{sapo}
<div id="divNoiDung">{_render_text(story)}</div>
<hr /><div class="in-cuoi">Địa chỉ bài viết: {base_url(request)}/TinTuc/ChiTiet.aspx?id={story.id}</div>
</form></body></html>
"""
    return html(page)


# --- widgets (iframes) ------------------------------------------------------------------------


def _widget(body: str, *, head: str = "") -> Response:
    return html(
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8" /><title></title>'
        f'<link href="../App_Themes/CVA2013/widget.css" rel="stylesheet" type="text/css" />{head}'
        f'</head><body style="margin:0">{body}</body></html>'
    )


def _w_notices(request: Request) -> Response:
    lis = "".join(
        f'<div class="tb-dong"><img src="../images/new.gif" alt="" /> '
        f'<a href="../TinTuc/ChiTiet.aspx?id={s.id}" target="_parent">{esc(s.title)}</a></div>'
        for s in _in_cat(4)
    )
    body = (
        '<form method="post" action="ThongBao.aspx" id="form1">'
        '<marquee direction="up" scrollamount="2" height="175" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{lis}</marquee>'
        '<div class="tb-xem"><a href="../TinTuc/DanhSach.aspx?loai=4" target="_parent">Xem tất cả »</a></div>'
        "</form>"
    )
    return _widget(body)


def _w_most_read(request: Request) -> Response:
    lis = "".join(
        f'<li><a href="../tintuc/chitiet.aspx?ID={n}" target="_parent">{esc(BY_ID[n].title)}</a></li>'
        for n in MOST_READ
    )
    return _widget(f'<ul class="dn-ds">{lis}</ul>')


def _w_poll(request: Request) -> Response:
    if request.method == "POST":
        return _widget('<div class="bc-kq">Cảm ơn bạn đã tham gia bình chọn!</div>')
    opts = [
        "Rất đẹp, dễ sử dụng",
        "Đẹp, thông tin cập nhật kịp thời",
        "Bình thường",
        "Cần cải tiến thêm",
    ]
    radios = "".join(
        f'<input id="rblBinhChon_{i}" type="radio" name="rblBinhChon" value="{i + 1}" />'
        f'<label for="rblBinhChon_{i}">{esc(o)}</label><br />'
        for i, o in enumerate(opts)
    )
    body = (
        '<form method="post" action="BinhChon.aspx" id="form1">'
        '<div class="bc-cauhoi">Bạn đánh giá thế nào về website của nhà trường?</div>'
        f'<span id="rblBinhChon">{radios}</span>'
        '<input type="submit" name="btnBinhChon" value="Bình chọn" id="btnBinhChon" /> '
        '<input type="submit" name="btnKetQua" value="Kết quả" id="btnKetQua" /></form>'
    )
    return _widget(body)


def _w_counter(request: Request) -> Response:
    body = (
        '<table class="tk-bang" cellpadding="2"><tr><td>Đang online:</td><td><span id="lblOnline">23</span></td></tr>'
        '<tr><td>Hôm nay:</td><td><span id="lblHomNay">412</span></td></tr>'
        '<tr><td>Tổng truy cập:</td><td><span id="lblTong">1.284.517</span></td></tr></table>'
    )
    return _widget(body, head='<meta http-equiv="refresh" content="300" />')


# --- other desktop pages (not articles) -------------------------------------------------------

_DOCS = {
    47: (
        "145/QĐ-THCSCVA",
        "05/09/2026",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        "/Upload/VanBan/2026/QD_145_quy_che_chi_tieu.pdf",
    ),
    48: (
        "152/KH-THCSCVA",
        "12/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        "/Upload/VanBan/2026/KH_152_ke_hoach_giao_duc.pdf",
    ),
}


def _simple(request: Request, title: str, inner: str, crumb_last: str, action: str) -> Response:
    return html(_page(request, _box(title, inner), _crumb(crumb_last, None), action=action))


def _intro(request: Request) -> Response:
    inner = (
        '<div class="nd-gt"><p>Trường THCS Chu Văn An được thành lập năm 1978 trên cơ sở tách từ '
        "Trường phổ thông cấp II Hoàng Văn Thụ. Trải qua gần năm mươi năm xây dựng và phát triển, "
        "nhà trường luôn là một trong những đơn vị dẫn đầu ngành giáo dục thành phố Thái Nguyên.</p>"
        "<p>Năm học 2026 – 2027, trường có 32 lớp với 1.246 học sinh; 68 cán bộ, giáo viên, nhân "
        "viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.</p>"
        "<p>Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2021 và đạt Kiểm định chất lượng "
        "giáo dục cấp độ 3.</p></div>"
    )
    return _simple(request, "Lịch sử nhà trường", inner, "Lịch sử nhà trường", "LichSu.aspx")


def _staff(request: Request) -> Response:
    rows = [
        ("Nguyễn Thị Thu Hà", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
        ("Trần Quốc Bảo", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
        ("Lưu Thị Hồng", "Phó Hiệu trưởng", "Cử nhân Ngữ văn"),
        ("Đào Văn Hưng", "Tổ trưởng tổ Toán – Tin", "Thạc sĩ Toán học"),
        ("Vũ Thị Ngọc Ánh", "Tổ trưởng tổ KHTN", "Cử nhân Vật lí"),
        ("Hoàng Minh Đức", "Tổng phụ trách Đội", "Cử nhân Giáo dục thể chất"),
    ]
    trs = "".join(
        f"<tr><td>{i}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for i, (a, b, c) in enumerate(rows, 1)
    )
    inner = (
        '<table id="ctl00_cphMain_gvDoiNgu" class="bang-dn" cellspacing="0" rules="all" border="1" '
        'style="border-collapse:collapse;width:100%"><tr><th>STT</th><th>Họ và tên</th>'
        f"<th>Chức vụ</th><th>Trình độ</th></tr>{trs}</table>"
    )
    return _simple(request, "Đội ngũ cán bộ, giáo viên", inner, "Đội ngũ", "DoiNgu.aspx")


def _contact(request: Request) -> Response:
    inner = (
        '<div class="lh"><p><b>TRƯỜNG THCS CHU VĂN AN</b></p>'
        "<p>Địa chỉ: Số 8, đường Chu Văn An, phường Hoàng Văn Thụ, thành phố Thái Nguyên</p>"
        "<p>Điện thoại: 0208.3855.426 - Email: c2chuvanan.tn@thainguyen.edu.vn</p>"
        '<table class="lh-form"><tr><td>Họ tên:</td><td><input name="ctl00$cphMain$txtHoTen" type="text" /></td></tr>'
        '<tr><td>Email:</td><td><input name="ctl00$cphMain$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="5" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnGui" value="Gửi liên hệ" /></td></tr>'
        "</table></div>"
    )
    return _simple(request, "Liên hệ", inner, "Liên hệ", "LienHe.aspx")


def _docs_list(request: Request) -> Response:
    trs = "".join(
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="ChiTiet.aspx?id={n}">{esc(ty)}</a></td></tr>'
        for n, (so, ngay, ty, _f) in sorted(_DOCS.items(), reverse=True)
    )
    inner = (
        '<table id="ctl00_cphMain_gvVanBan" class="bang-vb" cellspacing="0" rules="all" border="1" '
        'style="border-collapse:collapse;width:100%"><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr>{trs}</table>"
    )
    return _simple(request, "Văn bản", inner, "Văn bản", "DanhSach.aspx")


def _doc(request: Request, n: int) -> Response | None:
    if n not in _DOCS:
        return None
    so, ngay, ty, f = _DOCS[n]
    inner = (
        '<table class="ct-vb" cellpadding="4" border="1" style="border-collapse:collapse;width:100%">'
        f"<tr><td>Số hiệu:</td><td>{esc(so)}</td></tr><tr><td>Ngày ban hành:</td><td>{ngay}</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Trường THCS Chu Văn An</td></tr>"
        f"<tr><td>Trích yếu:</td><td>{esc(ty)}</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="{esc(f)}"><img src="/images/icon_pdf.gif" alt="" /> Tải về</a></td></tr>'
        "</table>"
    )
    return _simple(request, "Văn bản", inner, "Chi tiết văn bản", f"ChiTiet.aspx?id={n}")


def _albums(request: Request) -> Response:
    inner = (
        '<div class="album-o"><a href="Album.aspx?id=12"><img src="/Upload/Album/12/bia.jpg" alt="" width="180" /></a>'
        '<br /><a href="Album.aspx?id=12">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a></div>'
    )
    return _simple(request, "Thư viện ảnh", inner, "Thư viện ảnh", "DanhSach.aspx")


def _album(request: Request, n: int) -> Response | None:
    if n != 12:
        return None
    pics = "".join(
        f'<div class="anh-o"><a href="/Upload/Album/12/anh{i}.jpg" rel="lightbox[album]">'
        f'<img src="/Upload/Album/12/anh{i}_t.jpg" alt="" width="160" /></a><br />{esc(c)}</div>'
        for i, c in enumerate(
            ["Văn nghệ chào mừng", "Trao giấy khen cho giáo viên", "Học sinh tặng hoa thầy cô"], 1
        )
    )
    inner = f'<div class="album-td">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</div>{pics}'
    return _simple(request, "Thư viện ảnh", inner, "Album ảnh", f"Album.aspx?id={n}")


# --- mobile (a second application mounted at /m/, cookieless session) --------------------------

_M_SESSION = re.compile(r"^/m/\(S\(([a-z0-5]{24})\)\)(/.*)?$", re.IGNORECASE)


def _m_page(request: Request, body: str, *, title: str, action: str, canonical: str = "") -> Response:
    seed = request.path + request.query
    link = f'<link rel="canonical" href="{esc(canonical)}" />' if canonical else ""
    viewstate = opaque("m" + seed, 240, prefix=VS_PREFIX)
    validation = opaque("mev" + seed, 60, prefix=EV_PREFIX)
    page = f"""<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0" />
<title>{esc(title)}</title>{link}
<link href="../css/m.css" rel="stylesheet" type="text/css" /></head>
<body>
<form name="form1" method="post" action="{esc(action)}" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
<div class="m-dau"><a href="Default.aspx"><img src="../images/m_logo.png" alt="THCS Chu Văn An" height="40" /></a>
<span class="m-ten">THCS CHU VĂN AN</span></div>
{body}
<div class="m-cuoi"><a href="/Default.aspx">Phiên bản máy tính</a><br />© Trường THCS Chu Văn An - TP Thái Nguyên<br />ĐT: 0208.3855.426</div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{validation}" />
</form></body></html>
"""
    return html(page)


def _m_home(request: Request) -> Response:
    form = request.form if request.method == "POST" else {}
    cat = 0
    if form.get("__EVENTTARGET") == "ctl00$cphM$ddlLoai" or "ctl00$cphM$ddlLoai" in form:
        try:
            cat = int(form.get("ctl00$cphM$ddlLoai") or 0)
        except ValueError:
            cat = 0
    more = "ctl00$cphM$btnXemThem" in form
    pool = _in_cat(cat) if cat in CATS else _newest(len(STORIES))
    shown = pool[: (12 if more else 6)]
    lis = "".join(
        f'<li><a href="tin.aspx?id={s.id}">{esc(s.title)}</a><br /><small>{_posted(s):%d/%m/%Y}</small></li>'
        for s in shown
    )
    selected = ' selected="selected"'
    options = '<option value="0">-- Tất cả chuyên mục --</option>' + "".join(
        f'<option value="{k}"{selected if k == cat else ""}>{esc(v)}</option>'
        for k, v in CATS.items()
    )
    body = (
        '<div class="m-chon"><select name="ctl00$cphM$ddlLoai" id="ctl00_cphM_ddlLoai" '
        "onchange=\"javascript:setTimeout('__doPostBack(\\'ctl00$cphM$ddlLoai\\',\\'\\')', 0)\">"
        f"{options}</select></div>"
        f'<ul class="m-ds">{lis}</ul>'
        '<div class="m-them"><input type="submit" name="ctl00$cphM$btnXemThem" value="Xem thêm tin" '
        'id="ctl00_cphM_btnXemThem" class="m-nut" /></div>'
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
        '<script type="text/javascript">function __doPostBack(t,a){var f=document.forms[0];'
        "f.__EVENTTARGET.value=t;f.submit();}</script>"
    )
    return _m_page(request, body, title="THCS Chu Văn An - Mobile", action="Default.aspx")


def _m_article(request: Request, n: int) -> Response | None:
    story = BY_ID.get(n)
    if story is None:
        if n in WITHDRAWN:
            body = '<div class="m-loi">Tin này không tồn tại hoặc đã bị gỡ bỏ!</div>'
            return _m_page(request, body, title="THCS Chu Văn An - Mobile", action=f"tin.aspx?id={n}")
        return None
    paras = "".join(f"<p>{text(p)}</p>" for p in story.paragraphs[:3])
    body = (
        '<div class="m-bc"><a href="Default.aspx">Trang chủ</a> › '
        f"{esc(CATS[int(story.cat)])}</div>"
        f'<div class="m-tin"><h2 class="m-td">{esc(story.title)}</h2>'
        f'<div class="m-ngay">{_vi_default(_posted(story))}</div>'
        f'<div class="m-nd">{paras}<p class="m-xt">... <a href="/TinTuc/ChiTiet.aspx?id={story.id}">'
        "Xem đầy đủ bài viết</a></p></div></div>"
    )
    return _m_page(
        request,
        body,
        title=story.title,
        action=f"tin.aspx?id={story.id}",
        canonical=f"{base_url(request)}/TinTuc/ChiTiet.aspx?id={story.id}",
    )


def _object_moved(location: str) -> Response:
    resp = redirect(location)
    resp.body = (
        f'<html><head><title>Object moved</title></head><body>\r\n<h2>Object moved to <a href="'
        f'{esc(location)}">here</a>.</h2>\r\n</body></html>\r\n'
    ).encode()
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp


def _mobile(request: Request, params: dict[str, str]) -> Response | None:
    match = _M_SESSION.match(request.path)
    if not match:
        rest = request.path[2:] or "/"
        if rest == "/":
            rest = "/Default.aspx"
        if rest.lower() not in ("/default.aspx", "/tin.aspx"):
            return static_file(request.path)
        loc = f"/m/(S({SID})){rest}" + (f"?{request.query}" if request.query else "")
        return _object_moved(loc)
    rest = (match.group(2) or "/").lower()
    if rest in ("/", "/default.aspx"):
        return _m_home(request)
    if rest == "/tin.aspx":
        try:
            return _m_article(request, int(params.get("id", "")))
        except ValueError:
            return None
    return static_file(request.path)


# --- the site -------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path == "/m" or path.startswith("/m/"):
            return _mobile(request, params)
        if path in ("/", "/default.aspx"):
            return _home(request)
        if path in ("/tintuc/chitiet.aspx", "/tintuc/intin.aspx"):
            try:
                n = int(params.get("id", ""))
            except ValueError:
                return None
            story = BY_ID.get(n)
            if story is None:
                if n in WITHDRAWN and path.endswith("chitiet.aspx"):
                    return _withdrawn(request, n)
                return None
            return _article(request, story) if path.endswith("chitiet.aspx") else _print(request, story)
        if path == "/tintuc/danhsach.aspx":
            return _listing(request, params)
        widgets = {
            "/widgets/thongbao.aspx": _w_notices,
            "/widgets/tindocnhieu.aspx": _w_most_read,
            "/widgets/binhchon.aspx": _w_poll,
            "/widgets/thongke.aspx": _w_counter,
        }
        if path in widgets:
            return widgets[path](request)
        pages = {
            "/gioithieu/lichsu.aspx": _intro,
            "/gioithieu/doingu.aspx": _staff,
            "/lienhe.aspx": _contact,
            "/vanban/danhsach.aspx": _docs_list,
            "/thuvien/danhsach.aspx": _albums,
        }
        if path in pages:
            return pages[path](request)
        if path in ("/vanban/chitiet.aspx", "/thuvien/album.aspx"):
            try:
                n = int(params.get("id", ""))
            except ValueError:
                return None
            return _doc(request, n) if path.startswith("/vanban") else _album(request, n)
        if path == "/handler/thumb.ashx":
            return static_file("thumb.jpg")
        if path.endswith(".pdf") and path.startswith("/upload/vanban/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith(".axd"):
            return Response(200, b"/* WebResource */", {"Content-Type": "application/x-javascript"})
        return static_file(request.path)


def build_site() -> Site:
    return Site()
