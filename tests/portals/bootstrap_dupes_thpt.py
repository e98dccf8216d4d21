"""Trường THPT Chuyên Lê Khiết (Quảng Ngãi) on a vendor's PHP school-portal CMS with a Bootstrap 4
responsive theme: the same text printed twice for two screen sizes, and odd date forms.

Platform
--------
A Vietnamese vendor's PHP CMS ("Cổng thông tin điện tử trường học", one install per school) with
its Bootstrap 4 theme. Class names are Bootstrap utilities (``d-none d-md-block``, ``sr-only``,
``text-center``, ``font-italic`` …) plus the vendor's own ``lk-*`` classes. The theme is
"responsive" the cheap way: whatever looks different on a phone is printed twice and one copy is
hidden with display utilities.

URL scheme
----------
- ``/`` home: the "Thành tích nổi bật" carousel, the 6 newest articles, a Thông báo block.
- ``/tin-tuc/<slug>-<id>.html``: an article (any query string is ignored, as PHP does).
- ``/in/<id>.html``: the print view of the same article ("In bài" in the tool bar): the same
  headline, date, sapo, text, photos and byline in a bare page (no canonical link).
- ``/chuyen-muc/<slug>.html`` and ``?p=<n>``: a section listing, 8 per page, pager
  ``« 1 2 »`` (``«`` is page 1, ``»`` the last page). "Tin tức" is the parent section of
  "Hoạt động Đoàn": its listing holds its own articles *and* the Đoàn ones (9, so two pages).
- Static pages: ``/gioi-thieu.html``, ``/doi-ngu.html`` (staff table), ``/lien-he.html``
  (contact form), ``/thanh-tich/bang-vang.html`` (a table of prize winners).
- Uploads: ``/uploads/tin-tuc/2026/<mm>/crop/1200x675/<file>`` (wide crop),
  ``…/crop/600x600/<file>`` (square crop), ``/uploads/tin-tuc/2026/<mm>/<file>`` (photos in the
  text); theme files under ``/themes/lk2024/``.

Page templates
--------------
Every page: a top bar with the header date "Thứ Sáu, 04/12/2026" and the hotline; the desktop
navbar (``d-none d-lg-flex``) and the mobile offcanvas menu (``d-lg-none``) with the same links;
the "Thành tích nổi bật" carousel; the sidebar ("Tin mới", "Video", the visitor counter "Đang
online / Hôm nay / Tổng truy cập", "Liên kết" links); the footer with address and phone.

Article::

    breadcrumb: Trang chủ › [Tin tức ›] <section>
    <article class="lk-article">
      <h1 class="lk-title d-none d-md-block …"><span class="sr-only">Tin nổi bật: </span>Title</h1>
      <h2 class="lk-title-m d-md-none …">Title</h2>
      <div class="lk-meta"> date as the article prints it, "Lượt xem" </div>
      <div class="lk-tools"> In bài (/in/<id>.html), Gửi email, Facebook, A+ A- </div>
      <div class="lk-sapo d-none d-lg-block font-weight-bold">sapo</div>
      <div class="lk-sapo-m d-lg-none font-italic">sapo</div>
      <figure class="lk-cover d-none d-sm-block"> wide crop + figcaption </figure>
      <figure class="lk-cover-m d-sm-none"> square crop + the same figcaption </figure>
      <div class="lk-content"> text, photos, byline </div>
      <div class="lk-tags">, <template id="lk-share-tpl"> share widget </template>
    </article>
    "Tin liên quan" cards (the 3 newest other articles of the section)

How each gold article is reached
--------------------------------
- The 6 newest from the home page; the 5 newest from the sidebar "Tin mới" of every page; the
  three Thành tích articles from the carousel of every page.
- Every article from its section listing; the Hoạt động Đoàn articles also from the Tin tức
  listing (the parent section).
- "Lễ khai giảng năm học 2026-2027" (the oldest, Tin tức) is only on ``/chuyen-muc/tin-tuc.html?p=2``
  (the related cards show the newest articles of a section, never it).
- Each print view only from the "In bài" link of its article.

Traps
-----
- The headline twice (``h1.d-none.d-md-block`` and the mobile ``h2.d-md-none``), the sapo twice
  (``d-none d-lg-block`` and ``d-lg-none``), the first photo twice (a wide crop ``d-none d-sm-block``
  and a square crop ``d-sm-none`` with the same caption): the text itself is printed once.
- ``<span class="sr-only">Tin nổi bật: </span>`` inside some headlines: not seen by a reader.
- Some articles carry ``<noscript>`` fallbacks, an inline ``<style>``, an HTML comment holding an old
  version of a paragraph (``<!-- <p>Bản cũ: …</p> -->``), and every article a ``<template>`` share
  widget: none of it is text a reader sees.
- Four date forms, per article: "08 giờ 30 phút, ngày 28 tháng 11 năm 2026",
  "30-11-2026 08:30:15 SA" (SA = morning), "20/11/2026 12:40 CH" / "01/12/2026 2:15 CH" (CH =
  afternoon: 12:40 stays 12:40, 2:15 is 14:15), "Thứ năm, 03.12.2026" (no time). The header's
  "Thứ Sáu, 04/12/2026" is today, never a publication date; listings print "dd/mm/yyyy".
- The print view ``/in/<id>.html`` is the same article (gold ``alt_paths``).
- Listing page 2, the staff table, the prize-winner table: pages that are not articles.
- A line break (``<br>``) inside a paragraph: two paragraphs.

Gold decisions
--------------
- title: the desktop h1 without the sr-only prefix.
- published_at: the article's date line; with a time "YYYY-MM-DDTHH:MM:SS+07:00" (24 h), the
  "Thứ …, dd.mm.yyyy" form gives the day only.
- authors / photographers: the right-aligned byline at the end of the text: "Nhóm PV Đoàn
  trường" and "Đoàn trường" and "Tổ Văn phòng" (units, as printed), "Thầy Trần Quốc Việt - GV Vật
  lý" -> Trần Quốc Việt (title and post dropped), "ThS. Lê Thị Hồng Nhung - Tổ trưởng Tổ Ngữ
  văn" -> Lê Thị Hồng Nhung, "Tin, ảnh: Hồ Thị Thu Hà" -> both, "Tin: …; Ảnh: CLB Nhiếp ảnh",
  "Ảnh: Internet" and "BBT" -> nobody; one article is unsigned.
- source: "Nguồn: Báo Quảng Ngãi", "Theo Cổng TTĐT Sở GD&ĐT Quảng Ngãi".
- summary: the sapo (once), also the first body paragraph.
- images: the wide crop of the first photo with its figcaption, then the photos in the text; a
  photo's caption is its figcaption, the italic or centred line under it; the square crop,
  thumbnails, logo, banners are not article images.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "bootstrap_dupes_thpt"
PLATFORM = "Vendor PHP school-portal CMS + Bootstrap 4 responsive theme (duplicated mobile/desktop markup)"
START_PATH = "/"

SITE_TITLE = "Trường THPT Chuyên Lê Khiết"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 8
THEME = "/themes/lk2024"

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-doan": "Hoạt động Đoàn",
    "thanh-tich": "Thành tích",
    "thong-bao": "Thông báo",
}
#: the parent section of a section (its listing also lists the child's articles)
PARENT = {"hoat-dong-doan": "tin-tuc"}


def up(month: str, name: str) -> str:
    """A photo in the text."""
    return f"/uploads/tin-tuc/2026/{month}/{name}"


def wide(month: str, name: str) -> str:
    return f"/uploads/tin-tuc/2026/{month}/crop/1200x675/{name}"


def square(month: str, name: str) -> str:
    return f"/uploads/tin-tuc/2026/{month}/crop/600x600/{name}"


def byline(line: str) -> Raw:
    return Raw(f'<p class="lk-author text-right font-weight-bold">{esc(line)}</p>')


# --- the articles, newest first ----------------------------------------------------------------
#
# opts: date (the date line as printed), listdate (dd/mm/yyyy of the listings), sronly (headline
# prefix for screen readers), style / comment / noscript (hidden markup in the text), tags.
# The first Img with style "cover" is the photo printed twice (wide + square crop); its src is
# the wide crop, opts["square"] the square one. P styles: "h" (sub-heading), "li", "quote",
# "th"/"tr" (table rows, cells " | "), "br" (follows the previous paragraph after a <br>).
# Img styles: "cover", "fig" (figcaption), "em" (italic centred line), "plain" (a centred line
# in plain text), "none" (nothing under it).

SAPO_KHKT = (
    "Với 5 dự án đoạt giải, trong đó có 1 giải Nhất và 2 giải Nhì, đội tuyển Trường THPT chuyên "
    "Lê Khiết tiếp tục dẫn đầu toàn tỉnh tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học "
    "sinh trung học năm học 2026-2027."
)
SAPO_AOAM = (
    "Sáng 29/11, Đoàn trường THPT chuyên Lê Khiết tổ chức ra quân chương trình “Áo ấm mùa đông” "
    "năm 2026, quyên góp hơn 1.200 áo ấm và 350 phần quà gửi tặng học sinh vùng cao huyện Sơn Tây."
)
SAPO_NGUVAN = (
    "Ngày 27/11, Tổ Ngữ văn Trường THPT chuyên Lê Khiết tổ chức hội thảo chuyên đề “Dạy học đọc "
    "hiểu văn bản theo thể loại trong Chương trình GDPT 2018” với sự tham gia của giáo viên Ngữ "
    "văn các trường THPT trên địa bàn thành phố Quảng Ngãi."
)
SAPO_HKPD = (
    "Kết thúc Hội khỏe Phù Đổng tỉnh Quảng Ngãi lần thứ XI, đoàn vận động viên Trường THPT chuyên "
    "Lê Khiết giành 12 huy chương, xếp thứ ba toàn đoàn khối THPT."
)
SAPO_DAIHOI = (
    "Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT chuyên Lê Khiết nhiệm kỳ 2026-2027 đã bầu Ban Chấp "
    "hành gồm 15 đồng chí và thông qua 6 chỉ tiêu trọng tâm."
)
SAPO_HSGQG = (
    "Sở GD&ĐT Quảng Ngãi vừa công bố kết quả kỳ thi chọn đội tuyển dự thi chọn học sinh giỏi quốc "
    "gia năm 2027: 52 trong tổng số 60 thành viên đội tuyển của tỉnh là học sinh Trường THPT "
    "chuyên Lê Khiết."
)
SAPO_KHAIGIANG = (
    "Sáng 05/9, trong không khí tưng bừng của ngày hội đến trường, thầy và trò Trường THPT chuyên "
    "Lê Khiết long trọng tổ chức Lễ khai giảng năm học 2026-2027."
)

STORIES: list[Story] = [
    Story(
        1251,
        "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-12-03",
        [
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027, Nhà trường thông báo lịch kiểm tra cuối "
                "học kỳ I các môn kiểm tra tập trung đối với học sinh khối 10, 11 và 12 như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("Thứ Hai, 14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("Thứ Hai, 14/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("Thứ Tư, 16/12/2026 | Sáng | Các môn lựa chọn (tổ hợp) | 45 phút/môn", "tr"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
                "không mang điện thoại và tài liệu vào phòng kiểm tra."
            ),
            P(
                "Các môn còn lại kiểm tra theo thời khóa biểu tại lớp, giáo viên bộ môn thông báo cụ "
                "thể cho học sinh. Danh sách phòng kiểm tra được niêm yết tại bảng tin nhà trường từ "
                "ngày 11/12/2026."
            ),
            byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "Thứ năm, 03.12.2026", "listdate": "03/12/2026", "style": True},
    ),
    Story(
        1249,
        "doi-tuyen-le-khiet-doat-5-giai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Đội tuyển Lê Khiết đoạt 5 giải tại Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "thanh-tich",
        "2026-12-01T14:15:00+07:00",
        [
            Img(
                wide("12", "khkt-2026-trao-giai.jpg"),
                "Ban tổ chức trao giải Nhất cho nhóm tác giả dự án máy lọc nước mặn",
                "Ban tổ chức trao giải Nhất cho nhóm tác giả dự án máy lọc nước mặn",
                "cover",
            ),
            P(
                "Cuộc thi năm nay thu hút 86 dự án của 31 trường THPT và THCS trong tỉnh, thuộc 18 lĩnh "
                "vực. Trường THPT chuyên Lê Khiết có 7 dự án được chọn vào vòng chung kết."
            ),
            P(
                "Giải Nhất thuộc về dự án “Máy lọc nước nhiễm mặn dùng năng lượng mặt trời cho hộ gia "
                "đình vùng ven biển” của hai em Nguyễn Hoàng Phúc và Trương Bảo Ngọc, lớp 11 Lý. Sản "
                "phẩm có giá thành dưới 3 triệu đồng, mỗi ngày lọc được khoảng 40 lít nước sinh hoạt."
            ),
            Img(
                up("12", "khkt-2026-gian-trung-bay.jpg"),
                "Học sinh giới thiệu dự án với Ban giám khảo",
                "Học sinh giới thiệu dự án với Ban giám khảo",
                "em",
            ),
            P("Các dự án đoạt giải", "h"),
            P("Giải Nhất: Máy lọc nước nhiễm mặn dùng năng lượng mặt trời (lĩnh vực Kỹ thuật môi trường).", "li"),
            P("Giải Nhì: Ứng dụng nhận diện sâu bệnh trên lá lúa bằng trí tuệ nhân tạo (Phần mềm hệ thống).", "li"),
            P("Giải Nhì: Chiết xuất chất màu tự nhiên từ vỏ hành tím Lý Sơn (Hóa học).", "li"),
            P("Giải Ba: Thiết bị cảnh báo đuối nước cho học sinh (Kỹ thuật cơ khí).", "li"),
            P("Giải Khuyến khích: Khảo sát đa dạng sinh học rừng ngập mặn An Khánh (Khoa học động vật).", "li"),
            P(
                "Hai dự án đoạt giải Nhất và Nhì lĩnh vực Phần mềm hệ thống được chọn dự thi cấp quốc "
                "gia vào tháng 3/2027."
            ),
            byline("Thầy Trần Quốc Việt - GV Vật lý"),
        ],
        authors=["Trần Quốc Việt"],
        summary=SAPO_KHKT,
        sapo_outside=True,
        opts={
            "date": "01/12/2026 2:15 CH",
            "listdate": "01/12/2026",
            "sronly": "Tin nổi bật: ",
            "square": square("12", "khkt-2026-trao-giai.jpg"),
            "noscript": True,
        },
    ),
    Story(
        1247,
        "doan-truong-ra-quan-chuong-trinh-ao-am-mua-dong-nam-2026",
        "Đoàn trường ra quân chương trình “Áo ấm mùa đông” năm 2026",
        "hoat-dong-doan",
        "2026-11-30T08:30:15+07:00",
        [
            Img(
                wide("11", "ao-am-mua-dong-2026.jpg"),
                "Đoàn viên phân loại áo ấm trước khi gửi lên huyện Sơn Tây",
                "Đoàn viên phân loại áo ấm trước khi gửi lên huyện Sơn Tây",
                "cover",
            ),
            P(
                "Hưởng ứng chương trình do Tỉnh đoàn Quảng Ngãi phát động, trong hai tuần, các chi đoàn đã "
                "vận động đoàn viên, học sinh và phụ huynh đóng góp áo ấm, chăn mền, sách vở và đồ dùng "
                "học tập."
            ),
            P(
                "Chi đoàn 12 Anh dẫn đầu với 146 áo ấm và 40 phần quà; nhiều chi đoàn tổ chức bán hàng "
                "gây quỹ, thu được hơn 18 triệu đồng để mua thêm quà cho các em."
            ),
            P(
                "Đồng chí Võ Thị Kim Oanh, Bí thư Đoàn trường, cho biết: “Mỗi chiếc áo là một tấm lòng. "
                "Chúng em mong các em nhỏ ở Sơn Tây có một mùa đông ấm hơn”.",
                "quote",
            ),
            P(
                "Ngày 06/12, đoàn công tác gồm 25 đoàn viên sẽ trực tiếp trao quà tại Trường PTDTBT TH&THCS "
                "Sơn Mùa và Trường TH Sơn Liên."
            ),
            byline("Nhóm PV Đoàn trường"),
        ],
        authors=["Nhóm PV Đoàn trường"],
        summary=SAPO_AOAM,
        sapo_outside=True,
        opts={
            "date": "30-11-2026 08:30:15 SA",
            "listdate": "30/11/2026",
            "square": square("11", "ao-am-mua-dong-2026.jpg"),
            "comment": (
                "Bản cũ: Chi đoàn 12 Anh dẫn đầu với 120 áo ấm; các chi đoàn thu được hơn 15 triệu đồng."
            ),
        },
    ),
    Story(
        1245,
        "hoi-thao-chuyen-de-day-hoc-doc-hieu-van-ban-theo-the-loai",
        "Hội thảo chuyên đề dạy học đọc hiểu văn bản theo thể loại môn Ngữ văn",
        "tin-tuc",
        "2026-11-28T08:30:00+07:00",
        [
            Img(
                wide("11", "hoi-thao-ngu-van.jpg"),
                "Quang cảnh hội thảo tại hội trường A",
                "Quang cảnh hội thảo tại hội trường A",
                "cover",
            ),
            P(
                "Hội thảo gồm hai phần: dạy minh họa và thảo luận. Ở phần dạy minh họa, cô Phan Thị Ngọc "
                "Anh thực hiện tiết dạy bài “Chữ người tử tù” (Nguyễn Tuân) tại lớp 11 Văn, tập trung "
                "vào việc hướng dẫn học sinh nhận diện đặc trưng của truyện ngắn hiện đại."
            ),
            P("Những vấn đề được trao đổi", "h"),
            P("Thiết kế câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng.", "li"),
            P("Sử dụng phiếu học tập và sơ đồ tư duy trong dạy học văn bản.", "li"),
            P("Đánh giá năng lực đọc hiểu bằng ngữ liệu ngoài sách giáo khoa.", "li"),
            P(
                "Các đại biểu đánh giá cao tiết dạy và cho rằng việc chuyển từ “dạy tác phẩm” sang “dạy "
                "cách đọc” là yêu cầu then chốt của chương trình mới."
            ),
            Img(
                up("11", "hoi-thao-ngu-van-tiet-day.jpg"),
                "Tiết dạy minh họa tại lớp 11 Văn",
                "Tiết dạy minh họa tại lớp 11 Văn",
                "fig",
            ),
            P(
                "Kết thúc hội thảo, Tổ Ngữ văn thống nhất xây dựng ngân hàng ngữ liệu ngoài sách giáo khoa "
                "dùng chung cho các lớp chuyên và không chuyên, hoàn thành trước tháng 2/2027."
            ),
            byline("ThS. Lê Thị Hồng Nhung - Tổ trưởng Tổ Ngữ văn"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        summary=SAPO_NGUVAN,
        sapo_outside=True,
        opts={
            "date": "08 giờ 30 phút, ngày 28 tháng 11 năm 2026",
            "listdate": "28/11/2026",
            "square": square("11", "hoi-thao-ngu-van.jpg"),
            "style": True,
        },
    ),
    Story(
        1242,
        "toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc",
        "2026-11-20T12:40:00+07:00",
        [
            Img(
                wide("11", "toa-dam-20-11.jpg"),
                "Các thầy cô giáo nghỉ hưu về dự buổi tọa đàm",
                "Các thầy cô giáo nghỉ hưu về dự buổi tọa đàm",
                "cover",
            ),
            P(
                "Sáng 20/11/2026, Trường THPT chuyên Lê Khiết tổ chức buổi tọa đàm kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam với sự tham dự của đông đảo thầy cô giáo đã nghỉ hưu, Ban đại diện cha "
                "mẹ học sinh và cựu học sinh các thế hệ."
            ),
            P(
                "Tại buổi tọa đàm, thầy Nguyễn Đăng Vũ, Hiệu trưởng nhà trường, điểm lại chặng đường hơn "
                "35 năm xây dựng và phát triển của trường; gửi lời tri ân đến các thế hệ nhà giáo đã đặt "
                "nền móng cho truyền thống dạy tốt, học tốt."
            ),
            P("Nhiều kỷ niệm xúc động được các thầy cô chia sẻ:"),
            P(
                "“Năm 1991, cả trường chỉ có 9 lớp, học nhờ ở dãy phòng của Trường Trần Quốc Tuấn. Điều "
                "tôi tự hào nhất là học trò năm ấy nay nhiều em đã trở lại trường làm thầy cô”, nguyên "
                "Phó Hiệu trưởng Trương Công Hòa kể.",
                "quote",
            ),
            Img(
                up("11", "toa-dam-20-11-tang-hoa.jpg"),
                "Học sinh tặng hoa tri ân thầy cô (Ảnh: Hồ Thị Thu Hà)",
                "Học sinh tặng hoa tri ân thầy cô (Ảnh: Hồ Thị Thu Hà)",
                "plain",
            ),
            P(
                "Dịp này, Ban đại diện cha mẹ học sinh trao 40 suất học bổng “Nâng bước em đến trường” "
                "cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            byline("Tin, ảnh: Hồ Thị Thu Hà"),
        ],
        authors=["Hồ Thị Thu Hà"],
        photographers=["Hồ Thị Thu Hà"],
        opts={
            "date": "20/11/2026 12:40 CH",
            "listdate": "20/11/2026",
            "sronly": "Tin nổi bật: ",
            "square": square("11", "toa-dam-20-11.jpg"),
        },
    ),
    Story(
        1240,
        "hoc-sinh-le-khiet-gianh-12-huy-chuong-hoi-khoe-phu-dong-tinh",
        "Học sinh Lê Khiết giành 12 huy chương tại Hội khỏe Phù Đổng tỉnh lần thứ XI",
        "thanh-tich",
        "2026-11-18T16:05:20+07:00",
        [
            P(
                "Hội khỏe Phù Đổng tỉnh Quảng Ngãi lần thứ XI diễn ra từ ngày 08 đến 16/11/2026 với 2.100 "
                "vận động viên tranh tài ở 14 môn thi đấu."
            ),
            P(
                "Trường THPT chuyên Lê Khiết cử 28 vận động viên tham gia 6 môn: điền kinh, bơi lội, cờ "
                "vua, cầu lông, bóng bàn và taekwondo. Kết quả, đoàn giành 3 huy chương Vàng, 4 huy chương "
                "Bạc và 5 huy chương Đồng."
            ),
            P("Môn | Vàng | Bạc | Đồng", "th"),
            P("Cờ vua | 2 | 1 | 1", "tr"),
            P("Điền kinh | 1 | 1 | 2", "tr"),
            P("Bơi lội | 0 | 2 | 1", "tr"),
            P("Cầu lông | 0 | 0 | 1", "tr"),
            P(
                "Nổi bật là em Đinh Gia Huy (lớp 10 Tin) với 2 huy chương Vàng cờ vua nội dung cờ nhanh và "
                "cờ chớp. Em Lê Ngọc Khánh Linh (lớp 11 Hóa) phá kỷ lục Hội khỏe Phù Đổng tỉnh ở nội dung "
                "chạy 800 m nữ."
            ),
            P(
                "Các vận động viên xuất sắc sẽ được chọn vào đội tuyển của tỉnh tham dự Hội khỏe Phù Đổng "
                "toàn quốc năm 2028."
            ),
            Raw('<p class="lk-source text-right font-italic">Nguồn: Báo Quảng Ngãi</p>'),
        ],
        source="Báo Quảng Ngãi",
        summary=SAPO_HKPD,
        sapo_outside=True,
        opts={"date": "18-11-2026 04:05:20 CH", "listdate": "18/11/2026", "noscript": True},
    ),
    Story(
        1238,
        "dai-hoi-doan-tncs-ho-chi-minh-truong-nhiem-ky-2026-2027",
        "Đại hội Đoàn TNCS Hồ Chí Minh trường nhiệm kỳ 2026-2027",
        "hoat-dong-doan",
        "2026-11-17",
        [
            Img(
                wide("11", "dai-hoi-doan-2026.jpg"),
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt Đại hội",
                "cover",
            ),
            P(
                "Đại hội diễn ra trong ngày 15/11 với sự tham dự của 180 đại biểu đại diện cho hơn 1.100 "
                "đoàn viên của 33 chi đoàn."
            ),
            P(
                "Báo cáo tổng kết cho thấy nhiệm kỳ qua, Đoàn trường đã tổ chức 14 công trình, phần việc "
                "thanh niên, kết nạp 126 đoàn viên mới; phong trào “Tuổi trẻ sáng tạo” có 9 sản phẩm đạt "
                "giải cấp tỉnh."
            ),
            P("Chỉ tiêu nhiệm kỳ 2026-2027", "h"),
            P("100% chi đoàn tổ chức sinh hoạt chủ điểm hằng tháng.", "li"),
            P("Mỗi chi đoàn thực hiện ít nhất một phần việc tình nguyện mỗi học kỳ.", "li"),
            P("Kết nạp ít nhất 100 đoàn viên mới.", "li"),
            Img(
                up("11", "dai-hoi-doan-bieu-quyet.jpg"),
                "Đại biểu biểu quyết thông qua nghị quyết Đại hội",
                "Đại biểu biểu quyết thông qua nghị quyết Đại hội",
                "plain",
            ),
            P(
                "Đồng chí Võ Thị Kim Oanh được Đại hội tín nhiệm bầu giữ chức Bí thư Đoàn trường nhiệm kỳ "
                "2026-2027."
            ),
            byline("Tin: Phạm Ngọc Bảo Trâm; Ảnh: CLB Nhiếp ảnh"),
        ],
        authors=["Phạm Ngọc Bảo Trâm"],
        photographers=["CLB Nhiếp ảnh"],
        summary=SAPO_DAIHOI,
        sapo_outside=True,
        opts={
            "date": "Thứ ba, 17.11.2026",
            "listdate": "17/11/2026",
            "square": square("11", "dai-hoi-doan-2026.jpg"),
        },
    ),
    Story(
        1236,
        "giao-luu-chuyen-mon-voi-truong-thpt-chuyen-nguyen-binh-khiem",
        "Giao lưu chuyên môn với Trường THPT chuyên Nguyễn Bỉnh Khiêm (Quảng Nam)",
        "tin-tuc",
        "2026-11-13T14:00:00+07:00",
        [
            Img(
                wide("11", "giao-luu-nbk.jpg"),
                "Hai đoàn giáo viên chụp ảnh lưu niệm",
                "Hai đoàn giáo viên chụp ảnh lưu niệm",
                "cover",
            ),
            P(
                "Chiều 12/11, đoàn 32 cán bộ, giáo viên Trường THPT chuyên Nguyễn Bỉnh Khiêm do thầy Lê "
                "Văn Thanh, Hiệu trưởng, dẫn đầu đã đến thăm và giao lưu chuyên môn tại Trường THPT chuyên "
                "Lê Khiết."
            ),
            P(
                "Hai trường trao đổi kinh nghiệm về công tác bồi dưỡng học sinh giỏi quốc gia, dạy học các "
                "chuyên đề chuyên sâu và tổ chức hoạt động trải nghiệm cho học sinh lớp chuyên."
            ),
            P(
                "Giáo viên hai trường đã dự 6 tiết dạy ở các môn Toán, Vật lý, Hóa học, Sinh học, Tin học "
                "và Tiếng Anh."
            ),
            P(
                "Sau buổi giao lưu, hai trường thống nhất tổ chức đề thi thử chung cho đội tuyển học sinh "
                "giỏi quốc gia và chia sẻ tài liệu bồi dưỡng qua hệ thống học trực tuyến."
            ),
        ],
        opts={
            "date": "14 giờ 00 phút, ngày 13 tháng 11 năm 2026",
            "listdate": "13/11/2026",
            "square": square("11", "giao-luu-nbk.jpg"),
        },
    ),
    Story(
        1233,
        "thong-bao-thu-hoc-phi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo về việc thu học phí và các khoản thu học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-10",
        [
            P(
                "Thực hiện Nghị quyết của HĐND tỉnh Quảng Ngãi về mức thu học phí năm học 2026-2027, Nhà "
                "trường thông báo đến phụ huynh và học sinh các nội dung sau:"
            ),
            P("1. Học phí: miễn học phí đối với học sinh THPT công lập theo quy định hiện hành.", "li"),
            P("2. Bảo hiểm y tế học sinh: 884.520 đồng/12 tháng (nộp qua nhà trường).", "li"),
            P("3. Tiền nước uống: 15.000 đồng/tháng; tiền vệ sinh: 10.000 đồng/tháng.", "li"),
            P(
                "Phụ huynh nộp các khoản thu bằng hình thức chuyển khoản qua ứng dụng SMAS hoặc nộp trực "
                "tiếp tại phòng Tài vụ từ ngày 16/11 đến 30/11/2026."
            ),
            P("Mọi thắc mắc xin liên hệ: cô Nguyễn Thị Thanh Thủy, kế toán nhà trường."),
            P("Điện thoại: 0255 3822 517 (giờ hành chính).", "br"),
            byline("BBT"),
        ],
        opts={"date": "Thứ ba, 10.11.2026", "listdate": "10/11/2026"},
    ),
    Story(
        1230,
        "hoi-thi-rung-chuong-vang-tim-hieu-an-toan-giao-thong",
        "Hội thi “Rung chuông vàng” tìm hiểu an toàn giao thông",
        "hoat-dong-doan",
        "2026-11-07T09:45:00+07:00",
        [
            Img(
                wide("11", "rung-chuong-vang-atgt.jpg"),
                "100 thí sinh trên sân thi đấu",
                "100 thí sinh trên sân thi đấu",
                "cover",
            ),
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông, sáng 06/11, Đoàn "
                "trường phối hợp với Phòng Cảnh sát giao thông Công an tỉnh tổ chức hội thi “Rung chuông "
                "vàng” cho 100 học sinh khối 10."
            ),
            P(
                "Các câu hỏi xoay quanh Luật Trật tự, an toàn giao thông đường bộ, kỹ năng đi xe đạp điện an "
                "toàn và văn hóa giao thông."
            ),
            P(
                "Sau 20 câu hỏi gay cấn, em Huỳnh Thị Mỹ Tiên (lớp 10 Sinh) là thí sinh cuối cùng trên sàn "
                "thi đấu và xuất sắc rung chuông vàng."
            ),
            Img(
                up("11", "rung-chuong-vang-trao-giai.jpg"),
                "Em Huỳnh Thị Mỹ Tiên nhận giải Nhất",
                "Em Huỳnh Thị Mỹ Tiên nhận giải Nhất",
                "fig",
            ),
            P(
                "Dịp này, Phòng Cảnh sát giao thông trao tặng 50 mũ bảo hiểm đạt chuẩn cho học sinh có "
                "hoàn cảnh khó khăn."
            ),
            byline("Đoàn trường"),
        ],
        authors=["Đoàn trường"],
        opts={
            "date": "07-11-2026 09:45:00 SA",
            "listdate": "07/11/2026",
            "square": square("11", "rung-chuong-vang-atgt.jpg"),
            "sronly": "Tin nổi bật: ",
        },
    ),
    Story(
        1227,
        "ket-qua-ky-thi-chon-doi-tuyen-du-thi-hsg-quoc-gia-nam-2027",
        "52 học sinh Lê Khiết vào đội tuyển dự thi chọn HSG quốc gia năm 2027",
        "thanh-tich",
        "2026-11-05T15:30:00+07:00",
        [
            Img(
                wide("11", "doi-tuyen-hsg-2027.jpg"),
                "Đội tuyển học sinh giỏi quốc gia năm 2027 của nhà trường",
                "Đội tuyển học sinh giỏi quốc gia năm 2027 của nhà trường",
                "cover",
            ),
            P(
                "Kỳ thi chọn đội tuyển được tổ chức trong hai ngày 24 và 25/10/2026 với 214 thí sinh dự thi "
                "ở 10 môn."
            ),
            P("Môn | Số thành viên đội tuyển | Trong đó học sinh Lê Khiết", "th"),
            P("Toán | 6 | 6", "tr"),
            P("Vật lý | 6 | 6", "tr"),
            P("Hóa học | 6 | 5", "tr"),
            P("Tin học | 6 | 6", "tr"),
            P("Ngữ văn | 6 | 4", "tr"),
            P("Tiếng Anh | 6 | 5", "tr"),
            P(
                "Thủ khoa đội tuyển môn Toán là em Bùi Quang Minh (lớp 12 Toán), người từng đạt giải Ba kỳ "
                "thi chọn học sinh giỏi quốc gia năm 2026 khi đang học lớp 11."
            ),
            P(
                "Đội tuyển sẽ được tập trung bồi dưỡng từ ngày 09/11/2026 đến trước kỳ thi chính thức diễn "
                "ra vào tháng 01/2027."
            ),
            byline("Tin: Nguyễn Thị Minh Thư; Ảnh: Internet"),
        ],
        authors=["Nguyễn Thị Minh Thư"],
        summary=SAPO_HSGQG,
        sapo_outside=True,
        opts={
            "date": "05/11/2026 3:30 CH",
            "listdate": "05/11/2026",
            "square": square("11", "doi-tuyen-hsg-2027.jpg"),
            "comment": "Bản cũ: Đội tuyển sẽ được tập trung bồi dưỡng từ ngày 02/11/2026.",
        },
    ),
    Story(
        1224,
        "ngoai-khoa-hoc-sinh-voi-van-hoa-doc-tai-thu-vien",
        "Ngoại khóa “Học sinh với văn hóa đọc” tại thư viện trường",
        "tin-tuc",
        "2026-10-30T09:15:00+07:00",
        [
            P(
                "Hưởng ứng Tháng hành động vì văn hóa đọc, sáng 29/10, Thư viện nhà trường phối hợp với Tổ "
                "Ngữ văn tổ chức buổi ngoại khóa “Học sinh với văn hóa đọc” cho học sinh khối 10."
            ),
            P(
                "Chương trình gồm các phần thi giới thiệu sách, hùng biện về một cuốn sách yêu thích và "
                "triển lãm “Góc sách của lớp em”."
            ),
            Img(
                up("10", "van-hoa-doc-trien-lam.jpg"),
                "Gian triển lãm sách của lớp 10 Anh",
                "Gian triển lãm sách của lớp 10 Anh",
                "plain",
            ),
            P(
                "Em Trần Ngọc Hân (lớp 10 Văn) đạt giải Nhất phần thi hùng biện với bài nói về cuốn “Nhà "
                "giả kim” của Paulo Coelho."
            ),
            P(
                "Dịp này, thư viện ra mắt tủ sách điện tử với hơn 3.000 đầu sách, học sinh có thể mượn "
                "đọc bằng tài khoản học sinh trên hệ thống của trường."
            ),
            byline("Cô Đặng Thị Mỹ Duyên - Cán bộ thư viện"),
        ],
        authors=["Đặng Thị Mỹ Duyên"],
        opts={
            "date": "09 giờ 15 phút, ngày 30 tháng 10 năm 2026",
            "listdate": "30/10/2026",
            "noscript": True,
        },
    ),
    Story(
        1221,
        "ngay-chu-nhat-xanh-lam-sach-bai-bien-my-khe",
        "“Ngày Chủ nhật xanh”: đoàn viên làm sạch bãi biển Mỹ Khê",
        "hoat-dong-doan",
        "2026-10-25T07:10:00+07:00",
        [
            P(
                "Sáng 25/10, hơn 300 đoàn viên, thanh niên Trường THPT chuyên Lê Khiết ra quân “Ngày Chủ "
                "nhật xanh” tại bãi biển Mỹ Khê, xã Tịnh Khê."
            ),
            P(
                "Trong hơn ba giờ, các bạn đã thu gom khoảng 1,5 tấn rác thải, chủ yếu là chai nhựa, túi "
                "ni lông và lưới đánh cá cũ."
            ),
            Img(
                up("10", "chu-nhat-xanh-my-khe.jpg"),
                "Đoàn viên thu gom rác thải nhựa trên bãi biển",
                "Đoàn viên thu gom rác thải nhựa trên bãi biển",
                "em",
            ),
            P(
                "Hoạt động nằm trong chuỗi chương trình “Tuổi trẻ Lê Khiết chung tay vì môi trường xanh” "
                "được tổ chức định kỳ mỗi tháng một lần."
            ),
            byline("Nhóm PV Đoàn trường"),
        ],
        authors=["Nhóm PV Đoàn trường"],
        opts={"date": "25-10-2026 07:10:00 SA", "listdate": "25/10/2026"},
    ),
    Story(
        1218,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026-2027",
        "tin-tuc",
        "2026-09-05",
        [
            Img(
                wide("09", "khai-giang-2026.jpg"),
                "Hiệu trưởng đánh trống khai giảng năm học mới",
                "Hiệu trưởng đánh trống khai giảng năm học mới",
                "cover",
            ),
            P(
                "Năm học 2026-2027, trường có 1.150 học sinh thuộc 33 lớp, trong đó có 11 lớp 10 với 385 "
                "học sinh trúng tuyển từ kỳ thi tuyển sinh vào lớp 10 chuyên."
            ),
            P(
                "Năm học vừa qua, nhà trường có 48 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia, "
                "tỷ lệ tốt nghiệp THPT đạt 100%, điểm trung bình thi tốt nghiệp đứng đầu tỉnh."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Đăng Vũ, Hiệu trưởng, đề nghị mỗi thầy cô, mỗi học sinh "
                "tiếp tục phát huy truyền thống, thực hiện tốt chủ đề năm học “Đổi mới, sáng tạo, chất "
                "lượng”."
            ),
            Img(
                up("09", "khai-giang-2026-tan-hoc-sinh.jpg"),
                "Học sinh khối 10 trong ngày khai giảng đầu tiên",
                "Học sinh khối 10 trong ngày khai giảng đầu tiên",
                "em",
            ),
            P(
                "Nhân dịp này, nhà trường trao học bổng “Lê Khiết - Vì ngày mai” cho 25 học sinh có hoàn "
                "cảnh khó khăn, tổng trị giá 50 triệu đồng."
            ),
            Raw(
                '<p class="lk-source text-right font-italic">'
                "Theo Cổng TTĐT Sở GD&amp;ĐT Quảng Ngãi</p>"
            ),
        ],
        source="Cổng TTĐT Sở GD&ĐT Quảng Ngãi",
        summary=SAPO_KHAIGIANG,
        sapo_outside=True,
        opts={
            "date": "Thứ bảy, 05.09.2026",
            "listdate": "05/09/2026",
            "square": square("09", "khai-giang-2026.jpg"),
            "style": True,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/in/{story.id}.html"


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=(print_path(s),)) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/thanh-tich/bang-vang.html",
    "/doi-ngu.html",
    "/chuyen-muc/tin-tuc.html?p=2",
    "/chuyen-muc/thong-bao.html",
]


# --- sections -----------------------------------------------------------------------------------


def section_stories(key: str) -> list[Story]:
    """A section's articles newest first, its child sections' articles included."""
    keys = {key} | {child for child, parent in PARENT.items() if parent == key}
    return sorted((s for s in STORIES if s.cat in keys), key=lambda s: s.published_at or "", reverse=True)


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:n]


def related(story: Story) -> list[Story]:
    """The "Tin liên quan" cards: the 3 newest other articles of the same section."""
    return [s for s in section_stories(story.cat) if s.cat == story.cat and s is not story][:3]


def thumb(story: Story) -> str:
    for img in story.images:
        return img.src.replace("/crop/1200x675/", "/crop/400x225/")
    return f"{THEME}/images/no-image.png"


def teaser(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + " …"


# --- page chrome -----------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/gioi-thieu.html", "Lịch sử phát triển"), ("/doi-ngu.html", "Đội ngũ")]),
    (
        "/chuyen-muc/tin-tuc.html",
        "Tin tức",
        [("/chuyen-muc/tin-tuc.html", "Tin tức - Sự kiện"), ("/chuyen-muc/hoat-dong-doan.html", "Hoạt động Đoàn")],
    ),
    (
        "/chuyen-muc/thanh-tich.html",
        "Thành tích",
        [("/chuyen-muc/thanh-tich.html", "Thành tích"), ("/thanh-tich/bang-vang.html", "Bảng vàng")],
    ),
    ("/chuyen-muc/thong-bao.html", "Thông báo", []),
    ("/lien-he.html", "Liên hệ", []),
]


def desktop_nav() -> str:
    items = []
    for href, label, subs in MENU:
        if subs:
            sub = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for h, t in subs)
            items.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" '
                f'data-toggle="dropdown">{esc(label)}</a><div class="dropdown-menu">{sub}</div></li>'
            )
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>')
    return (
        '<nav class="navbar navbar-expand-lg navbar-dark bg-primary lk-navbar d-none d-lg-flex">'
        f'<div class="container"><ul class="navbar-nav mr-auto">{"".join(items)}</ul>'
        '<form class="form-inline lk-search" action="/tim-kiem.html" method="get">'
        '<input class="form-control form-control-sm" name="q" placeholder="Tìm kiếm..."></form>'
        "</div></nav>"
    )


def mobile_nav() -> str:
    items = []
    for href, label, subs in MENU:
        items.append(f'<li class="lk-oc-item"><a href="{href}">{esc(label)}</a>')
        if subs:
            items.append(
                '<ul class="lk-oc-sub list-unstyled pl-3">'
                + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs)
                + "</ul>"
            )
        items.append("</li>")
    return (
        '<div class="lk-mobilebar d-flex d-lg-none justify-content-between bg-primary p-2">'
        '<button class="btn btn-link text-white" data-toggle="offcanvas" aria-label="Menu">'
        '<i class="fas fa-bars"></i></button><span class="text-white small">THPT Chuyên Lê Khiết</span></div>'
        '<div class="lk-offcanvas offcanvas-collapse d-lg-none" id="lkOffcanvas">'
        f'<ul class="list-unstyled mb-0">{"".join(items)}</ul></div>'
    )


def carousel() -> str:
    wins = section_stories("thanh-tich")
    slides = []
    for i, s in enumerate(wins):
        active = " active" if i == 0 else ""
        slides.append(
            f'<div class="carousel-item{active}"><a href="{article_path(s)}">'
            f'<img class="d-block w-100" src="{thumb(s)}" alt=""></a>'
            f'<div class="carousel-caption d-none d-md-block"><a class="text-white" '
            f'href="{article_path(s)}">{esc(s.title)}</a></div></div>'
        )
    dots = "".join(
        f'<li data-target="#lkThanhTich" data-slide-to="{i}"{" class=active" if i == 0 else ""}></li>'
        for i in range(len(wins))
    )
    return (
        '<section class="lk-highlight container my-3"><h2 class="lk-block-title h6 text-uppercase">'
        'Thành tích nổi bật</h2><div id="lkThanhTich" class="carousel slide" data-ride="carousel">'
        f'<ol class="carousel-indicators">{dots}</ol><div class="carousel-inner">{"".join(slides)}</div>'
        '<a class="carousel-control-prev" href="#lkThanhTich" role="button" data-slide="prev">'
        '<span class="carousel-control-prev-icon"></span><span class="sr-only">Trước</span></a>'
        '<a class="carousel-control-next" href="#lkThanhTich" role="button" data-slide="next">'
        '<span class="carousel-control-next-icon"></span><span class="sr-only">Sau</span></a>'
        "</div></section>"
    )


def sidebar() -> str:
    news = "".join(
        f'<li class="media mb-2"><img class="mr-2" width="80" src="{thumb(s)}" alt="">'
        f'<div class="media-body"><a href="{article_path(s)}">{esc(s.title)}</a>'
        f'<div class="small text-muted">{s.opts["listdate"]}</div></div></li>'
        for s in newest(5)
    )
    return f"""<aside class="col-lg-4 lk-sidebar">
<div class="card mb-3 lk-widget"><div class="card-header bg-primary text-white">Tin mới</div>
<ul class="list-unstyled card-body mb-0">{news}</ul></div>
<div class="card mb-3 lk-widget"><div class="card-header bg-primary text-white">Video</div>
<div class="card-body"><div class="embed-responsive embed-responsive-16by9">
<iframe class="embed-responsive-item" src="https://www.youtube.com/embed/lk35namtruyenthong" title="Video" allowfullscreen></iframe>
</div><p class="small mt-2 mb-0">Phóng sự: 35 năm Trường THPT chuyên Lê Khiết</p></div></div>
<div class="card mb-3 lk-widget"><div class="card-header bg-primary text-white">Liên kết</div>
<ul class="card-body list-unstyled mb-0">
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.quangngai.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Quảng Ngãi</a></li>
<li><a href="https://smas.edu.vn" target="_blank" rel="noopener">Sổ liên lạc điện tử SMAS</a></li>
</ul></div>
<div class="card mb-3 lk-widget lk-counter"><div class="card-header bg-primary text-white">Thống kê truy cập</div>
<ul class="card-body list-unstyled mb-0 small">
<li><i class="fas fa-user"></i> Đang online: <b>37</b></li>
<li><i class="fas fa-calendar-day"></i> Hôm nay: <b>1.204</b></li>
<li><i class="fas fa-chart-bar"></i> Tổng truy cập: <b>2.845.117</b></li>
</ul><noscript><img src="/counter/pixel.gif" alt=""></noscript></div>
</aside>"""


def page(title: str, main: str, canonical: str | None = None, extra_head: str = "") -> Response:
    canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)}</title>{canon}{extra_head}
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css">
<link rel="stylesheet" href="{THEME}/css/lk-style.css">
<link rel="icon" href="/favicon.ico">
</head><body class="lk-body">
<div class="lk-topbar bg-light small py-1"><div class="container d-flex justify-content-between">
<span class="lk-today"><i class="far fa-calendar-alt"></i> {HEADER_DATE}</span>
<span class="d-none d-md-inline">Hotline: 0255 3822 517 | Email: c3lekhiet@quangngai.edu.vn</span></div></div>
<header class="lk-header container py-2 d-flex align-items-center">
<a href="/"><img src="{THEME}/images/logo-le-khiet.png" alt="Logo" height="80"></a>
<div class="ml-3"><div class="small text-uppercase">Sở Giáo dục và Đào tạo Quảng Ngãi</div>
<div class="h4 text-primary font-weight-bold mb-0">TRƯỜNG THPT CHUYÊN LÊ KHIẾT</div></div>
<img class="ml-auto d-none d-lg-block" src="{THEME}/images/banner-35-nam.png" alt="" height="80"></header>
{desktop_nav()}
{mobile_nav()}
{carousel()}
<div class="container"><div class="row"><div class="col-lg-8 lk-main">
{main}
</div>
{sidebar()}
</div></div>
<footer class="lk-footer bg-dark text-white-50 py-4 mt-4"><div class="container row mx-auto">
<div class="col-md-8"><p class="font-weight-bold text-white mb-1">TRƯỜNG THPT CHUYÊN LÊ KHIẾT</p>
<p class="mb-1">Địa chỉ: 37 Trần Quốc Toản, phường Cẩm Thành, tỉnh Quảng Ngãi</p>
<p class="mb-1">Điện thoại: 0255 3822 517 - Fax: 0255 3824 191</p>
<p class="mb-0">Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Đăng Vũ</p></div>
<div class="col-md-4 small">© 2026 Bản quyền thuộc Trường THPT Chuyên Lê Khiết.<br>
Thiết kế bởi EduPortal Việt</div></div></footer>
<a href="#" class="lk-totop btn btn-primary"><i class="fas fa-arrow-up"></i></a>
<script src="{THEME}/js/jquery.min.js"></script><script src="{THEME}/js/bootstrap.bundle.min.js"></script>
<script src="{THEME}/js/lk-main.js"></script>
</body></html>"""
    return html(body)


def breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/"><i class="fas fa-home"></i> Trang chủ</a></li>']
    for i, (href, label) in enumerate(trail):
        last = i == len(trail) - 1
        cls = "breadcrumb-item active" if last else "breadcrumb-item"
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a></li>')
    return (
        '<nav aria-label="breadcrumb"><ol class="breadcrumb bg-transparent px-0 small">'
        + "".join(items)
        + "</ol></nav>"
    )


def section_trail(key: str) -> list[tuple[str, str]]:
    trail = [(f"/chuyen-muc/{key}.html", CATEGORIES[key])]
    if key in PARENT:
        parent = PARENT[key]
        trail.insert(0, (f"/chuyen-muc/{parent}.html", CATEGORIES[parent]))
    return trail


# --- the article text ---------------------------------------------------------------------------

HIDDEN_STYLE = (
    "<style>.lk-content p{text-align:justify;line-height:1.7}"
    ".lk-content table td{padding:4px 8px;border:1px solid #ccc}</style>"
)
NOSCRIPT = (
    '<noscript><p class="alert alert-warning">Trình duyệt của bạn đã tắt JavaScript. '
    "Vui lòng bật JavaScript để xem đầy đủ nội dung và hình ảnh.</p></noscript>"
)
SHARE_TEMPLATE = (
    '<template id="lk-share-tpl"><div class="lk-share-box"><p>Chia sẻ bài viết này:</p>'
    '<a class="btn btn-sm btn-primary" data-share="facebook">Chia sẻ Facebook</a> '
    '<a class="btn btn-sm btn-info" data-share="zalo">Chia sẻ Zalo</a> '
    '<button class="btn btn-sm btn-light" data-copy>Sao chép liên kết</button></div></template>'
)


def image_html(img: Img) -> str:
    tag = f'<img class="img-fluid" src="{img.src}" alt="{esc(img.printed or "")}">'
    if img.style == "fig":
        return (
            f'<figure class="figure d-block text-center">{tag}'
            f'<figcaption class="figure-caption text-center">{text(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "em":
        return f'<p class="text-center">{tag}</p><p class="text-center"><em>{text(img.printed or "")}</em></p>'
    if img.style == "plain":
        return f'<p style="text-align: center;">{tag}</p><p style="text-align: center;">{text(img.printed or "")}</p>'
    return f'<p class="text-center">{tag}</p>'


def content_html(story: Story, blocks: list) -> str:
    """The lk-content div's inner markup: paragraphs, lists, tables, photos, byline."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<div class="table-responsive"><table class="table table-bordered table-sm">'
                f"<tbody>{''.join(rows)}</tbody></table></div>"
            )
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f'<h3 class="h5 font-weight-bold mt-3">{text(b.text)}</h3>')
            elif b.style == "quote":
                out.append(f'<blockquote class="blockquote font-italic"><p>{text(b.text)}</p></blockquote>')
            elif i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                out.append(f"<p>{text(b.text)}<br>\n{text(blocks[i + 1].text)}</p>")
                i += 1
            else:
                out.append(f"<p>{text(b.text)}</p>")
        elif isinstance(b, Img):
            out.append(image_html(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    if story.opts.get("comment"):
        # an editor's earlier version of the second paragraph, left in a comment
        out.insert(2, f"<!-- <p>{text(story.opts['comment'])}</p> -->")
    if story.opts.get("noscript"):
        out.insert(1, NOSCRIPT)
    if story.opts.get("style"):
        out.insert(0, HIDDEN_STYLE)
    return "\n".join(out)


def split_cover(story: Story) -> tuple[Img | None, list]:
    blocks = list(story.blocks)
    if blocks and isinstance(blocks[0], Img) and blocks[0].style == "cover":
        return blocks[0], blocks[1:]
    return None, blocks


def cover_html(story: Story, cover: Img, both: bool = True) -> str:
    cap = text(cover.printed or "")
    desktop = (
        f'<figure class="lk-cover figure w-100 {"d-none d-sm-block" if both else ""}">'
        f'<img class="img-fluid w-100" src="{cover.src}" alt="{esc(story.title)}">'
        f'<figcaption class="figure-caption text-center font-italic">{cap}</figcaption></figure>'
    )
    if not both:
        return desktop
    mobile = (
        '<figure class="lk-cover-m figure w-100 d-sm-none">'
        f'<img class="img-fluid w-100" src="{story.opts["square"]}" alt="{esc(story.title)}">'
        f'<figcaption class="figure-caption text-center font-italic">{cap}</figcaption></figure>'
    )
    return desktop + "\n" + mobile


def article_page(story: Story) -> Response:
    path = article_path(story)
    sr = story.opts.get("sronly")
    sr_span = f"<span class='sr-only'>{esc(sr)}</span>" if sr else ""
    cover, blocks = split_cover(story)
    sapo = ""
    if story.summary:
        sapo = (
            f'<div class="lk-sapo d-none d-lg-block font-weight-bold mb-3">{text(story.summary)}</div>\n'
            f'<div class="lk-sapo-m d-lg-none font-italic mb-3">{text(story.summary)}</div>'
        )
    cards = "".join(
        f'<div class="col-md-4 mb-3"><div class="card h-100 lk-card">'
        f'<a href="{article_path(r)}"><img class="card-img-top" src="{thumb(r)}" alt=""></a>'
        f'<div class="card-body p-2"><h4 class="card-title h6"><a href="{article_path(r)}">{esc(r.title)}</a></h4>'
        f'<p class="card-text small text-muted">{r.opts["listdate"]}</p></div></div></div>'
        for r in related(story)
    )
    main = f"""{breadcrumb(section_trail(story.cat))}
<article class="lk-article" data-id="{story.id}">
<h1 class="lk-title d-none d-md-block h3 font-weight-bold text-primary">{sr_span}{esc(story.title)}</h1>
<h2 class="lk-title-m d-md-none h5 font-weight-bold text-primary">{esc(story.title)}</h2>
<div class="lk-meta d-flex flex-wrap small text-muted border-bottom pb-2 mb-2">
<span class="lk-date mr-3"><i class="far fa-clock"></i> {esc(story.opts["date"])}</span>
<span class="lk-views"><i class="far fa-eye"></i> Lượt xem: {story.views()}</span></div>
<div class="lk-tools text-right small mb-2">
<a href="{print_path(story)}" target="_blank" rel="nofollow"><i class="fas fa-print"></i> In bài</a>
<a class="ml-2" href="mailto:?subject={esc(story.slug)}"><i class="fas fa-envelope"></i> Gửi email</a>
<a class="ml-2" href="https://www.facebook.com/sharer/sharer.php?u=https://c3lekhiet.quangngai.edu.vn{path}" target="_blank" rel="noopener"><i class="fab fa-facebook"></i> Chia sẻ</a>
<a class="ml-2 lk-zoom" href="#" data-zoom="1">A+</a> <a class="lk-zoom" href="#" data-zoom="-1">A-</a></div>
{sapo}
{cover_html(story, cover) if cover else ""}
<div class="lk-content">
{content_html(story, blocks)}
</div>
<div class="lk-tags small mt-3"><i class="fas fa-tags"></i> Từ khóa:
<span class="badge badge-light">{esc(CATEGORIES[story.cat])}</span>
<span class="badge badge-light">THPT chuyên Lê Khiết</span></div>
{SHARE_TEMPLATE}
</article>
<section class="lk-related mt-4"><h3 class="lk-block-title h6 text-uppercase border-bottom pb-1">Tin liên quan</h3>
<div class="row">{cards}</div></section>"""
    return page(f"{story.title} - {SITE_TITLE}", main, canonical=path)


def print_page(story: Story) -> Response:
    cover, blocks = split_cover(story)
    sapo = f'<p class="lk-sapo font-weight-bold">{text(story.summary)}</p>' if story.summary else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)} - Bản in</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/css/print.css"></head>
<body class="lk-print" onload="window.print()">
<div class="lk-print-head"><img src="{THEME}/images/logo-le-khiet.png" alt="" height="50">
<b>TRƯỜNG THPT CHUYÊN LÊ KHIẾT</b> - c3lekhiet.quangngai.edu.vn</div>
<hr>
<h1 class="lk-title">{esc(story.title)}</h1>
<div class="lk-date"><i>{esc(story.opts["date"])}</i></div>
{sapo}
{cover_html(story, cover, both=False) if cover else ""}
<div class="lk-content">
{content_html(story, blocks)}
</div>
<hr><p class="small">Xem bài viết tại: <a href="{article_path(story)}">{esc(story.title)}</a></p>
</body></html>"""
    return html(body)


# --- listings and static pages -----------------------------------------------------------------


def item_html(s: Story) -> str:
    return (
        f'<div class="media lk-item border-bottom py-3"><a href="{article_path(s)}">'
        f'<img class="mr-3 lk-thumb" width="200" src="{thumb(s)}" alt="{esc(s.title)}"></a>'
        f'<div class="media-body"><h3 class="h6 font-weight-bold mb-1"><a href="{article_path(s)}">'
        f'{esc(s.title)}</a></h3><div class="small text-muted mb-1"><i class="far fa-calendar"></i> '
        f'{s.opts["listdate"]}</div><p class="small mb-0">{esc(teaser(s))}</p></div></div>'
    )


def listing_page(key: str, pageno: int) -> Response | None:
    items = section_stories(key)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= pageno <= pages:
        return None
    chunk = items[(pageno - 1) * PER_PAGE : pageno * PER_PAGE]
    base = f"/chuyen-muc/{key}.html"
    pager = ""
    if pages > 1:
        links = [f'<li class="page-item"><a class="page-link" href="{base}?p=1">«</a></li>']
        for n in range(1, pages + 1):
            if n == pageno:
                links.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
            else:
                links.append(f'<li class="page-item"><a class="page-link" href="{base}?p={n}">{n}</a></li>')
        links.append(f'<li class="page-item"><a class="page-link" href="{base}?p={pages}">»</a></li>')
        pager = f'<nav><ul class="pagination pagination-sm justify-content-center mt-3">{"".join(links)}</ul></nav>'
    title = CATEGORIES[key]
    main = (
        f"{breadcrumb(section_trail(key))}"
        f'<h1 class="lk-cat-title h5 text-uppercase text-primary border-bottom pb-2">{esc(title)}</h1>'
        f'<div class="lk-list">{"".join(item_html(s) for s in chunk)}</div>{pager}'
    )
    suffix = f" - Trang {pageno}" if pageno > 1 else ""
    return page(f"{title}{suffix} - {SITE_TITLE}", main, canonical=base + (f"?p={pageno}" if pageno > 1 else ""))


def home_page() -> Response:
    latest = "".join(
        f'<div class="col-md-6 mb-3"><div class="card h-100 lk-card"><a href="{article_path(s)}">'
        f'<img class="card-img-top" src="{thumb(s)}" alt=""></a><div class="card-body p-2">'
        f'<h3 class="card-title h6"><a href="{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="card-text small">{esc(teaser(s))}</p>'
        f'<p class="small text-muted mb-0">{s.opts["listdate"]}</p></div></div></div>'
        for s in newest(6)
    )
    notices = "".join(
        f'<li><i class="fas fa-angle-right"></i> <a href="{article_path(s)}">{esc(s.title)}</a> '
        f'<span class="small text-muted">({s.opts["listdate"]})</span></li>'
        for s in section_stories("thong-bao")[:5]
    )
    main = (
        '<section class="lk-home-news"><h2 class="lk-block-title h6 text-uppercase border-bottom pb-1">'
        f'Tin mới nhất <a class="float-right small" href="/chuyen-muc/tin-tuc.html">Xem tất cả »</a></h2>'
        f'<div class="row">{latest}</div></section>'
        '<section class="lk-home-notice mt-3"><h2 class="lk-block-title h6 text-uppercase border-bottom pb-1">'
        f'Thông báo</h2><ul class="list-unstyled">{notices}</ul></section>'
    )
    return page(f"{SITE_TITLE} - Quảng Ngãi", main, canonical="/")


def static_page(title: str, inner: str, trail: list[tuple[str, str]]) -> Response:
    main = (
        f"{breadcrumb(trail)}<div class='lk-page'><h1 class='lk-page-title h4 text-primary font-weight-bold'>"
        f"{esc(title)}</h1>{inner}</div>"
    )
    return page(f"{title} - {SITE_TITLE}", main)


def rows_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="table table-striped table-sm"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


STATIC: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "/gioi-thieu.html": (
        "Lịch sử phát triển",
        "<p>Trường THPT chuyên Lê Khiết được thành lập năm 1990 theo quyết định của UBND tỉnh Quảng Ngãi, "
        "mang tên nhà yêu nước Lê Khiết (1857-1908), một trong những lãnh tụ phong trào chống sưu thuế ở "
        "Quảng Ngãi năm 1908.</p><p>Hơn 35 năm xây dựng và phát triển, nhà trường đã có hàng nghìn lượt học "
        "sinh đạt giải học sinh giỏi quốc gia và nhiều học sinh đạt huy chương Olympic quốc tế.</p>"
        "<p>Trường được tặng Huân chương Lao động hạng Nhất (2015) và Huân chương Độc lập hạng Ba (2020).</p>",
        [("/gioi-thieu.html", "Giới thiệu")],
    ),
    "/doi-ngu.html": (
        "Đội ngũ cán bộ, giáo viên",
        "<p>Năm học 2026-2027, nhà trường có 96 cán bộ, giáo viên, nhân viên; 62% giáo viên có trình độ "
        "thạc sĩ, tiến sĩ.</p>"
        + rows_table(
            ["Họ và tên", "Chức vụ", "Trình độ"],
            [
                ["Nguyễn Đăng Vũ", "Hiệu trưởng", "Thạc sĩ"],
                ["Trần Thị Bích Vân", "Phó Hiệu trưởng", "Tiến sĩ"],
                ["Lê Văn Trung", "Phó Hiệu trưởng", "Thạc sĩ"],
                ["Lê Thị Hồng Nhung", "Tổ trưởng Tổ Ngữ văn", "Thạc sĩ"],
                ["Trần Quốc Việt", "Giáo viên Vật lý", "Thạc sĩ"],
            ],
        ),
        [("/gioi-thieu.html", "Giới thiệu"), ("/doi-ngu.html", "Đội ngũ")],
    ),
    "/lien-he.html": (
        "Liên hệ",
        "<p>Trường THPT Chuyên Lê Khiết - 37 Trần Quốc Toản, phường Cẩm Thành, tỉnh Quảng Ngãi</p>"
        "<p>Điện thoại: 0255 3822 517 - Email: c3lekhiet@quangngai.edu.vn</p>"
        '<form class="lk-contact" method="post" action="/lien-he.html">'
        '<div class="form-group"><input class="form-control" name="hoten" placeholder="Họ và tên"></div>'
        '<div class="form-group"><input class="form-control" name="email" placeholder="Email"></div>'
        '<div class="form-group"><textarea class="form-control" name="noidung" placeholder="Nội dung"></textarea></div>'
        '<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>',
        [("/lien-he.html", "Liên hệ")],
    ),
    "/thanh-tich/bang-vang.html": (
        "Bảng vàng thành tích học sinh giỏi quốc gia năm 2026",
        "<p>Danh sách học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia THPT năm 2026:</p>"
        + rows_table(
            ["STT", "Họ và tên", "Lớp", "Môn", "Giải"],
            [
                ["1", "Bùi Quang Minh", "11 Toán", "Toán", "Ba"],
                ["2", "Võ Thành Đạt", "12 Lý", "Vật lý", "Nhì"],
                ["3", "Nguyễn Khánh Vy", "12 Hóa", "Hóa học", "Nhì"],
                ["4", "Phạm Minh Khôi", "12 Tin", "Tin học", "Nhất"],
                ["5", "Lý Thảo Nguyên", "12 Anh", "Tiếng Anh", "Ba"],
                ["6", "Trần Ngọc Diệp", "12 Văn", "Ngữ văn", "Khuyến khích"],
            ],
        ),
        [("/chuyen-muc/thanh-tich.html", "Thành tích"), ("/thanh-tich/bang-vang.html", "Bảng vàng")],
    ),
}


class LeKhietSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/themes/", "/counter/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return home_page()
        if path in STATIC:
            title, inner, trail = STATIC[path]
            return static_page(title, inner, trail)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)\.html", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return None
            p = request.params.get("p", "1")
            return listing_page(key, int(p)) if p.isdigit() else None
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html", path):
            story = BY_ID.get(int(m.group(2)))
            # the vendor's router reads the id only: a wrong slug is a 404 here (no redirect)
            if story is None or story.slug != m.group(1):
                return None
            return article_page(story)
        if m := re.fullmatch(r"/in/(\d+)\.html", path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(story) if story else None
        return None


def build_site() -> LeKhietSite:
    return LeKhietSite()

