"""MobiFone e-Portal (about 2019) for Sở Giáo dục và Đào tạo tỉnh Bắc Giang.

Platform
--------
A telecom vendor's e-government portal product: a Java backend (Spring MVC controllers, JSP
templates run by Tomcat) with AngularJS 1.x widgets bolted on top (``ng-app="mbfPortal"``,
``ng-controller``, ``ng-bind`` with the server's value printed as fallback, ``ng-cloak``,
``<script type="text/ng-template">`` partials). Templates are the vendor's: ids and classes are
Vietnamese abbreviations (``nd-tieude``, ``nd-thongtin``, ``nd-noidung``, ``hop-tin``,
``tab-tin``, ``ds-tin``, ``phan-trang``). Dates come from Java's ``SimpleDateFormat`` with the
``vi`` locale, so the 12-hour marker is "SA" (sáng, a.m.) / "CH" (chiều, p.m.).

URL scheme
----------
- ``/`` home: a main news box with one tab per category (all panes rendered, switched by
  ``ng-show``), a "Tin mới" ticker, a featured item, widgets (documents, procedures, poll,
  most-read, photo album, counter) and a "Xem thêm" link per box.
- ``/tin-tuc`` all news, ``/tin-tuc/<cat-slug>`` a category; ``?page=<n>`` paginates, **0-based**
  (the link printed "2" is ``?page=1``); 4 items per category page, 6 per ``/tin-tuc`` page.
- ``/tin-tuc/<cat-slug>/<slug>-<id>.html`` an article (routed on the id; the cat-slug is free).
- ``/chi-tiet-tin?id=<n>`` the same article as served to the older widgets (ticker, most-read).
- ``/van-ban`` and ``/van-ban/<id>`` the document register; ``/gioi-thieu/chuc-nang-nhiem-vu``,
  ``/lien-he``, ``/album-anh/55``, ``/tim-kiem`` (search form target).
- Images under ``/upload/27/...`` and theme files under ``/resources/...``.

How each gold article is reached
--------------------------------
Categories: "Tin hoạt động ngành" (5), "Thi - Tuyển sinh" (5), "Chỉ đạo - Điều hành" (3).
- Home tabs show the 3 newest of each category: 1371, 1368, 1360 / 1374, 1356, 1333 /
  1370, 1349, 1326. The ticker links 1371, 1374, 1368, 1370, 1360, 1356 as ``/chi-tiet-tin``.
- 1352 is on page 1 of its category (and in "Các tin khác" and most-read); 1317 likewise.
- 1339 (Tin hoạt động ngành, page 2) and 1309 (Thi - Tuyển sinh, page 2) are reachable only
  from page 2+ of a listing (their category's ``?page=1`` and ``/tin-tuc?page=1`` / ``?page=2``):
  "Các tin khác" lists only the 3 newest other items of the category.
- 1356 (Thi - Tuyển sinh) is also pinned first on page 1 of "Tin hoạt động ngành", linked
  there under that category's slug.

Traps
-----
1. Java ``vi`` locale 12-hour clock: "Thứ sáu, 04/12/2026, 02:30 CH" is 14:30, "09:15 SA" is
   09:15, "12:40 CH" is 12:40 (noon, not midnight). Gold: the 24-hour time with +07:00.
   (not in the README's list)
2. Time-zone bug in the meta tags: ``article:published_time`` is written with the JVM's UTC clock
   but a hard-coded "+07:00" label (14:30 local is printed as "07:30:00+07:00"). Gold follows the
   date the page prints, never the meta. (not in the README's list)
3. Pagination is 0-based and relative: the numbered links are query-only hrefs ("?page=1" for
   "2"), "1" is "?page=0", and the menu's link without ``page`` serves the same first page.
   Articles 1339 and 1309 are only on page 2 (``?page=1``) or on ``/tin-tuc?page=1/2``.
   (not in the README's list)
4. The sapo is printed twice, once for desktop (``nd-sapo hidden-xs``) and once for phones
   (``nd-sapo-m visible-xs``): the summary and the body's first paragraph once. Articles without
   a sapo element (1339, 1326) have a bold lead paragraph instead, which is the summary; 1317 and
   1370 have neither (summary null). (not in the README's list)
5. Lazy-loaded photos: the editor's ``<img class="lazy" src="/resources/portal/images/blank.gif"
   data-original="/upload/...">``; the photo is the ``data-original`` path, the blank GIF is no
   image. (not in the README's list)
6. A "Mới" badge (``<img src=".../icon_new.gif">``) inside the ``<h1>`` of the newest articles
   and after listing titles: not a photo, not title text. (not in the README's list)
7. AngularJS leftovers inside the text's container ``#ndContent``: a rating bar with unrendered
   ``{{nd.rating.avg}}`` bindings and a ``<script type="text/ng-template">`` comment partial;
   none of it is body. (not in the README's list)
8. Photos in CKEditor layout tables (``table.tbl-anh``: the image in row 1, the caption in row 2):
   the caption is the image's caption, the table is no data table (no " | " rows in the body).
   A real data table (the exam schedule in 1374) does go into the body, cells joined by " | ".
9. Tomcat URL rewriting: a request without the ``JSESSIONID`` cookie gets links made by
   ``<c:url>`` (menu, tabs, listings, "Xem thêm") with ``;jsessionid=<id>`` in the path; the
   legacy widgets' raw hrefs and relative pager links are left alone. Every ``;jsessionid=``
   variant serves the same page: they are in ``alt_paths``.
10. Duplicates by routing: the article is routed on its id only, so 1356 is linked as
    ``/tin-tuc/tin-hoat-dong-nganh/...-1356.html`` from the other category's listing, and every
    ticker/most-read item as ``/chi-tiet-tin?id=<n>``. The breadcrumb always prints the primary
    category, ``<link rel="canonical">`` the primary path; gold category = the breadcrumb's.
11. The legacy ``/chi-tiet-tin`` servlet sends ``Content-Type: text/html`` with no charset and
    its ``<meta http-equiv>`` charset comes after more than 4 KB of inline script (the
    AngularJS ``vi-vn`` locale and the menu JSON, Vietnamese text in UTF-8 included): the page is
    UTF-8. (not in the README's list)
12. Soft 404: ``/chi-tiet-tin?id=1187`` (a withdrawn recruitment notice still in the most-read
    widget) answers 200 with the full chrome and an ``<h1>`` "Thông báo" saying "Tin bài không
    tồn tại hoặc đã bị gỡ bỏ": not an article (listed in NON_ARTICLES). (not in the README's list)
13. Dates: "Ngày đăng: 27/11/2026 | Cập nhật: 04/12/2026, 04:20 CH" gives the day alone
    "2026-11-27"; 1317 (migrated from the old portal) prints "Thứ sáu, 16/10/2026" with no time:
    the day alone. The header's "Thứ Bảy, 05/12/2026" is never a date.
14. Bylines: every article prints "Người đăng: sgd_bientap02" (a CMS account: nobody). The
    author is at the end of the text (right-aligned "Tin, ảnh: Thu Hà", "Tin: Lương Tuấn - Ảnh:
    Hoàng Minh", "Đỗ Văn Khánh - Phòng GDTrH" -> "Đỗ Văn Khánh", a unit signing alone "Văn phòng
    Sở", "Phòng GDMN", "Phòng QLT&KĐCLGD") or in a ``nd-tacgia`` line under it ("Tác giả: ThS.
    Nguyễn Minh Đức" -> "Nguyễn Minh Đức"). A photo line "(Ảnh: Nguyễn Minh Đức)" is a
    photographer, not a caption.
15. Sources: "Nguồn: Báo Bắc Giang" and "Theo Cổng TTĐT Bộ GD&ĐT" closing lines are sources;
    body sentences starting "Theo thầy …", "Theo dự thảo …", "Theo đó, …" are text.
16. An official notice (1370) printed with its letterhead table, "THÔNG BÁO / Về việc …", "Nơi
    nhận" and the signer: body is the notice's text only, date the letterhead's 2026-12-01 (the
    page's own date bar says 02/12/2026 08:10 SA), author the signer's name.
17. Encodings of the text: 1339 was typed with a decomposed (NFD) input method; 1333 went
    through CKEditor's entity option (named and numeric references mixed with raw UTF-8). Gold
    is NFC text.
18. Chrome that looks like content: document entries (``/van-ban/<id>``) print a title, a date
    and a "Trích yếu" like an article; the photo album prints captions; the "Tin mới" marquee
    and "Các tin khác" sit next to the text. None of it is an article or body.
19. Inside the text: a "Xem thêm: <link>" line (1374), a file-attachment line with a PDF icon
    (1349), a byline with a unit after ``<br>`` (1326): none of them is body.

Gold decisions on ambiguous points
----------------------------------
- A caption printed as "Ảnh minh họa" (1339) is a caption as printed ("Ảnh minh họa"): it is
  not a credit to a person.
- The pinned copy of 1356 under "Tin hoạt động ngành" is the same article: category stays the
  breadcrumb's "Thi - Tuyển sinh"; its path is an alt path.
- ``alt_paths`` list every variant the site links in some session state (jsessionid in any form,
  the other category slug, ``/chi-tiet-tin?id=``), whether or not a given crawl meets them.
- 1370's "1. …" to "4. …" points are printed as numbered paragraphs: text, numbers kept.
- 1326's "Hoàng Thị Lan<br>Phòng GDTX-CN" byline: the author is "Hoàng Thị Lan", the unit after
  the line break is her unit, not a second author.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from urllib.parse import quote

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
    static_file,
    text,
)

NAME = "mobifone_portal_sgddt"
PLATFORM = "MobiFone e-Portal (Java Spring MVC/JSP on Tomcat, AngularJS 1.x widgets), 2019"
START_PATH = "/"

TODAY_HEADER = "Thứ Bảy, 05/12/2026"
SID = "9C41F27B3E0D8A56B17E24C90F3D6A18"
SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Bắc Giang"

CATS = {
    "tin-hoat-dong-nganh": "Tin hoạt động ngành",
    "thi-tuyen-sinh": "Thi - Tuyển sinh",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
}
CAT_IDS = {"tin-hoat-dong-nganh": 12, "thi-tuyen-sinh": 14, "chi-dao-dieu-hanh": 17}

CAT_PAGE = 4
ALL_PAGE = 6
NEWEST = {1371, 1374, 1368, 1370}  # the "Mới" badge (posted within the last 3 days)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the stories -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1371,
        slug="hoi-nghi-danh-gia-6-nam-trien-khai-chuong-trinh-giao-duc-pho-thong-2018",
        title="Hội nghị đánh giá 6 năm triển khai Chương trình giáo dục phổ thông 2018",
        cat="tin-hoat-dong-nganh",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT tổ chức hội nghị đánh giá 6 năm triển khai Chương trình giáo dục "
            "phổ thông 2018 trên địa bàn tỉnh. Dự hội nghị có lãnh đạo các phòng chuyên môn thuộc Sở, "
            "phòng GD&ĐT các huyện, thị xã, thành phố và hiệu trưởng các trường THPT."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, sau 6 năm triển khai, toàn tỉnh đã hoàn thành việc thực hiện "
                "chương trình mới ở tất cả các lớp từ lớp 1 đến lớp 12. Công tác lựa chọn sách giáo khoa "
                "được thực hiện công khai, đúng quy định; 100% học sinh có đủ sách giáo khoa trước ngày "
                "khai giảng."
            ),
            P(
                "Đội ngũ giáo viên được bồi dưỡng thường xuyên qua hình thức trực tuyến và trực tiếp. Đến "
                "nay, 98,6% cán bộ quản lý, giáo viên hoàn thành các mô-đun bồi dưỡng theo yêu cầu; tỷ lệ "
                "giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 ở cấp tiểu học đạt 94,2%, "
                "cấp THCS đạt 91,7%."
            ),
            Img(
                "/upload/27/tintuc/2026/12/04/hoi-nghi-ctgdpt-2018-01.jpg",
                "Quang cảnh hội nghị đánh giá 6 năm triển khai Chương trình GDPT 2018.",
                "Quang cảnh hội nghị đánh giá 6 năm triển khai Chương trình GDPT 2018.",
                style="lazy",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như tình trạng thiếu giáo "
                "viên các môn Tin học, Âm nhạc, Mĩ thuật ở cấp tiểu học; cơ sở vật chất, thiết bị dạy học "
                "ở một số trường vùng khó khăn chưa đáp ứng yêu cầu tổ chức dạy học các môn lựa chọn ở cấp "
                "THPT."
            ),
            P(
                "Tại hội nghị, các đại biểu tập trung thảo luận, chia sẻ kinh nghiệm trong xây dựng kế "
                "hoạch giáo dục nhà trường, tổ chức dạy học môn Khoa học tự nhiên, Lịch sử và Địa lí theo "
                "hướng tích hợp, cũng như đổi mới kiểm tra, đánh giá học sinh."
            ),
            Img(
                "/upload/27/tintuc/2026/12/04/hoi-nghi-ctgdpt-2018-02.jpg",
                "(Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị)",
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                style="p",
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Giám đốc Sở GD&ĐT đề nghị các đơn vị tiếp tục rà soát, "
                "sắp xếp đội ngũ giáo viên hợp lý; chủ động tham mưu cấp ủy, chính quyền địa phương đầu tư "
                "cơ sở vật chất; đẩy mạnh sinh hoạt chuyên môn theo nghiên cứu bài học và ứng dụng công "
                "nghệ thông tin trong dạy học."
            ),
            P(
                "Dịp này, Sở GD&ĐT đã tặng giấy khen cho 25 tập thể, 42 cá nhân có thành tích xuất sắc "
                "trong triển khai Chương trình giáo dục phổ thông 2018."
            ),
            _right("<strong>Tin, ảnh: Thu Hà</strong>"),
        ],
        authors=["Thu Hà"],
        photographers=["Thu Hà"],
        opts={"when": "Thứ sáu, 04/12/2026, 02:30 CH", "posted": "2026-12-04T14:30"},
    ),
    Story(
        id=1368,
        slug="truong-thpt-luc-ngan-so-1-to-chuc-ngay-hoi-stem-nam-2026",
        title="Trường THPT Lục Ngạn số 1 tổ chức Ngày hội STEM năm 2026",
        cat="tin-hoat-dong-nganh",
        published_at="2026-12-02T09:15:00+07:00",
        summary=(
            "Sáng 02/12, Trường THPT Lục Ngạn số 1 tổ chức Ngày hội STEM năm 2026 với chủ đề “Sáng tạo "
            "vì cộng đồng”, thu hút hơn 1.200 học sinh tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm 36 gian trưng bày sản phẩm của các lớp, tập trung vào các lĩnh vực nông "
                "nghiệp thông minh, năng lượng tái tạo, bảo vệ môi trường và tự động hóa. Nhiều sản phẩm "
                "gắn với thực tiễn địa phương như hệ thống tưới tự động cho vườn vải thiều, máy sấy nông "
                "sản sử dụng năng lượng mặt trời."
            ),
            Img(
                "/upload/27/tintuc/2026/12/02/ngay-hoi-stem-lucngan1-a.jpg",
                "Học sinh Trường THPT Lục Ngạn số 1 giới thiệu sản phẩm robot phân loại rác.",
                "Học sinh Trường THPT Lục Ngạn số 1 giới thiệu sản phẩm robot phân loại rác.",
                style="table",
            ),
            P(
                "Bên cạnh khu trưng bày, ban tổ chức còn tổ chức các hoạt động trải nghiệm như lắp ráp "
                "robot, thử thách tên lửa nước, thiết kế cầu bằng que kem và cuộc thi hùng biện về khoa "
                "học bằng tiếng Anh."
            ),
            P(
                "Theo thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường, ngày hội là dịp để học sinh vận dụng "
                "kiến thức liên môn vào giải quyết các vấn đề thực tiễn, đồng thời giúp nhà trường phát "
                "hiện, bồi dưỡng những học sinh có năng khiếu nghiên cứu khoa học."
            ),
            Img(
                "/upload/27/tintuc/2026/12/02/ngay-hoi-stem-lucngan1-b.jpg",
                "Các gian trưng bày sản phẩm STEM thu hút đông đảo học sinh tham quan.",
                "Các gian trưng bày sản phẩm STEM thu hút đông đảo học sinh tham quan.",
                style="table",
            ),
            P(
                "Kết thúc ngày hội, nhà trường đã trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba và 12 giải "
                "Khuyến khích cho các sản phẩm xuất sắc. Một số sản phẩm tiêu biểu sẽ được lựa chọn, hoàn "
                "thiện để tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh."
            ),
            _right("<em>Tin: Lương Tuấn - Ảnh: Hoàng Minh</em>"),
        ],
        authors=["Lương Tuấn"],
        photographers=["Hoàng Minh"],
        opts={"when": "Thứ tư, 02/12/2026, 09:15 SA", "posted": "2026-12-02T09:15"},
    ),
    Story(
        id=1360,
        slug="so-gd-dt-lam-viec-voi-ubnd-huyen-son-dong-ve-cong-tac-phat-trien-truong-lop",
        title="Sở GD&ĐT làm việc với UBND huyện Sơn Động về công tác phát triển trường, lớp",
        cat="tin-hoat-dong-nganh",
        published_at="2026-11-27",
        summary=(
            "Ngày 27/11, đoàn công tác của Sở GD&ĐT do đồng chí Giám đốc Sở làm trưởng đoàn đã làm việc "
            "với UBND huyện Sơn Động về công tác quy hoạch, phát triển mạng lưới trường, lớp và bảo đảm "
            "đội ngũ giáo viên năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026-2027, huyện Sơn Động có 52 trường mầm non, tiểu học, THCS với hơn 17.000 trẻ "
                "em, học sinh. Huyện đã hoàn thành sáp nhập 4 điểm trường lẻ, xây mới 36 phòng học và 2 nhà "
                "đa năng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng "
                "bào dân tộc thiểu số và miền núi."
            ),
            Img("/upload/27/tintuc/2026/11/27/lam-viec-son-dong.jpg", None, None, style="p"),
            P(
                "Tuy nhiên, huyện vẫn còn thiếu 87 giáo viên so với định mức, chủ yếu ở cấp mầm non và "
                "tiểu học; tỷ lệ phòng học kiên cố ở một số xã vùng cao còn thấp; nhà ở công vụ cho giáo "
                "viên chưa đáp ứng nhu cầu."
            ),
            P(
                "Kết luận buổi làm việc, đồng chí Giám đốc Sở ghi nhận những nỗ lực của huyện trong điều "
                "kiện còn nhiều khó khăn; đề nghị UBND huyện tiếp tục rà soát quy hoạch mạng lưới trường, "
                "lớp phù hợp với điều kiện thực tế, ưu tiên bố trí nguồn lực xây dựng trường chuẩn quốc "
                "gia và thực hiện tốt chính sách hỗ trợ học sinh bán trú."
            ),
            P(
                "Sở GD&ĐT sẽ phối hợp với Sở Nội vụ tham mưu UBND tỉnh giao bổ sung biên chế giáo viên cho "
                "huyện, đồng thời chỉ đạo các trường THPT trên địa bàn hỗ trợ chuyên môn cho cấp học dưới."
            ),
            _right("<strong>Văn phòng Sở</strong>"),
        ],
        authors=["Văn phòng Sở"],
        opts={"when": "Ngày đăng: 27/11/2026 | Cập nhật: 04/12/2026, 04:20 CH", "sort": "2026-11-27T00:00"},
    ),
    Story(
        id=1352,
        slug="bac-giang-ton-vinh-60-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Bắc Giang tôn vinh 60 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-hoat-dong-nganh",
        published_at="2026-11-20T12:40:00+07:00",
        summary=(
            "Sáng 20/11, tại Trung tâm Văn hóa - Thông tin tỉnh, UBND tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025-2026, ngành giáo dục Bắc Giang tiếp tục giữ vững vị trí trong nhóm các tỉnh "
                "dẫn đầu cả nước về chất lượng giáo dục mũi nhọn. Tại Kỳ thi chọn học sinh giỏi quốc gia, "
                "tỉnh có 86 học sinh đạt giải, trong đó có 7 giải Nhất; điểm trung bình thi tốt nghiệp THPT "
                "đứng thứ 9 toàn quốc."
            ),
            Img(
                "/upload/27/tintuc/2026/11/20/ky-niem-20-11-01.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu.",
                style="lazy",
            ),
            P(
                "Toàn tỉnh hiện có hơn 25.000 cán bộ quản lý, giáo viên, nhân viên. Nhiều thầy, cô giáo "
                "không quản khó khăn, bám trường, bám lớp ở các xã vùng cao của Sơn Động, Lục Ngạn, Yên "
                "Thế; tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ số trong giảng dạy."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh biểu dương những thành tích mà đội "
                "ngũ nhà giáo đã đạt được, đồng thời đề nghị ngành giáo dục tiếp tục quan tâm xây dựng đội "
                "ngũ, chăm lo đời sống vật chất, tinh thần cho giáo viên, nhất là giáo viên công tác ở vùng "
                "khó khăn."
            ),
            Img(
                "/upload/27/tintuc/2026/11/20/ky-niem-20-11-02.jpg",
                "Các nhà giáo tiêu biểu năm 2026 chụp ảnh lưu niệm cùng lãnh đạo tỉnh.",
                "Các nhà giáo tiêu biểu năm 2026 chụp ảnh lưu niệm cùng lãnh đạo tỉnh.",
                style="lazy",
            ),
            P(
                "Dịp này, 60 nhà giáo tiêu biểu được Chủ tịch UBND tỉnh tặng Bằng khen; 12 nhà giáo được "
                "nhận Kỷ niệm chương “Vì sự nghiệp giáo dục”."
            ),
            P(
                "Cũng trong dịp kỷ niệm Ngày Nhà giáo Việt Nam, các cơ sở giáo dục trên địa bàn tỉnh đã tổ "
                "chức nhiều hoạt động thiết thực như thăm hỏi, tặng quà các nhà giáo đã nghỉ hưu, giáo viên "
                "có hoàn cảnh khó khăn; tổ chức hội thi giáo viên dạy giỏi, văn nghệ chào mừng."
            ),
            _right("<strong>Ngọc Ánh</strong>"),
            _right("<em>Nguồn: Báo Bắc Giang</em>"),
        ],
        authors=["Ngọc Ánh"],
        source="Báo Bắc Giang",
        opts={"when": "Thứ sáu, 20/11/2026, 12:40 CH", "posted": "2026-11-20T12:40"},
    ),
    Story(
        id=1339,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-quan-ly-mam-non",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý cấp học mầm non",
        cat="tin-hoat-dong-nganh",
        published_at="2026-11-06T10:40:00+07:00",
        summary=(
            "Từ ngày 05 đến ngày 06/11, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý trường học "
            "cho gần 500 cán bộ quản lý các cơ sở giáo dục mầm non trên địa bàn tỉnh."
        ),
        blocks=[
            P(
                "Từ ngày 05 đến ngày 06/11, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản lý trường học "
                "cho gần 500 cán bộ quản lý các cơ sở giáo dục mầm non trên địa bàn tỉnh.",
                style="lead",
            ),
            P("Tại lớp tập huấn, các học viên được giới thiệu những nội dung chính sau:"),
            P("Khai thác, sử dụng cơ sở dữ liệu ngành giáo dục và phần mềm quản lý trường mầm non;", "li"),
            P("Lập kế hoạch giáo dục, theo dõi sự phát triển của trẻ trên môi trường số;", "li"),
            P("Quản lý hồ sơ, văn bản điện tử và sử dụng chữ ký số;", "li"),
            P("Bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của trẻ em.", "li"),
            Img("/upload/27/tintuc/2026/11/06/tap-huan-cds-mamnon.jpg", "Ảnh minh họa", "Ảnh minh họa", "p"),
            P(
                "Ngoài phần lý thuyết, học viên được thực hành trực tiếp trên phần mềm, trao đổi những "
                "vướng mắc thường gặp trong quá trình cập nhật dữ liệu trẻ, dữ liệu đội ngũ và cơ sở vật "
                "chất."
            ),
            P(
                "Qua tập huấn, cán bộ quản lý các trường nâng cao nhận thức về vai trò của chuyển đổi số, "
                "từ đó chủ động triển khai tại đơn vị, góp phần giảm tải công việc hành chính cho giáo viên "
                "và nâng cao hiệu quả quản lý."
            ),
            _right("<strong>Phòng GDMN</strong>"),
        ],
        authors=["Phòng GDMN"],
        opts={"when": "Thứ sáu, 06/11/2026, 10:40 SA", "posted": "2026-11-06T10:40", "enc": "nfd"},
    ),
    Story(
        id=1374,
        slug="lich-thi-chon-hoc-sinh-gioi-van-hoa-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026-2027",
        cat="thi-tuyen-sinh",
        published_at="2026-12-03T16:05:00+07:00",
        summary=(
            "Sở GD&ĐT thông báo lịch thi Kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học "
            "2026-2027. Kỳ thi diễn ra trong 2 ngày 18 và 19/12/2026 tại 6 điểm thi trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi gồm 12 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
                "Tiếng Anh, Tiếng Pháp, Tiếng Trung Quốc và Giáo dục kinh tế và pháp luật. Thời gian làm "
                "bài 180 phút đối với tất cả các môn."
            ),
            P("Lịch thi cụ thể như sau:", "h"),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("18/12/2026 | Sáng | Khai mạc, làm thủ tục dự thi | 07h00", "tr"),
            P("18/12/2026 | Chiều | Thi các môn Toán, Ngữ văn, Tiếng Anh, Tin học | 14h00", "tr"),
            P("19/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 07h30", "tr"),
            P(
                "19/12/2026 | Chiều | Thi các môn Tiếng Pháp, Tiếng Trung Quốc, Giáo dục kinh tế và pháp "
                "luật | 14h00",
                "tr",
            ),
            P(
                "Thí sinh có mặt tại điểm thi trước giờ thi 30 phút, mang theo thẻ học sinh hoặc thẻ căn "
                "cước; không mang điện thoại di động và các thiết bị thu, phát thông tin vào phòng thi."
            ),
            P(
                "Kết quả kỳ thi là căn cứ để xét công nhận học sinh giỏi cấp tỉnh và lựa chọn học sinh bồi "
                "dưỡng dự thi chọn học sinh giỏi quốc gia năm học 2027-2028."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/thi-tuyen-sinh/'
                '128-hoc-sinh-du-thi-chon-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-2027-1356.html">'
                "128 học sinh dự thi chọn đội tuyển học sinh giỏi quốc gia năm 2027</a></p>"
            ),
            _right("<strong>Phòng QLT&amp;KĐCLGD</strong>"),
        ],
        authors=["Phòng QLT&KĐCLGD"],
        opts={"when": "Thứ năm, 03/12/2026, 04:05 CH", "posted": "2026-12-03T16:05"},
    ),
    Story(
        id=1356,
        slug="128-hoc-sinh-du-thi-chon-doi-tuyen-hoc-sinh-gioi-quoc-gia-nam-2027",
        title="128 học sinh dự thi chọn đội tuyển học sinh giỏi quốc gia năm 2027",
        cat="thi-tuyen-sinh",
        published_at="2026-11-25T15:00:00+07:00",
        summary=(
            "Trong 2 ngày 24 và 25/11, tại Trường THPT Chuyên Bắc Giang, Sở GD&ĐT tổ chức kỳ thi chọn "
            "đội tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027 với 128 học sinh tham dự."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các thí sinh dự thi là những học sinh đạt giải cao trong Kỳ thi chọn học sinh giỏi văn hóa "
                "cấp tỉnh năm học 2025-2026 và học sinh các lớp chuyên của Trường THPT Chuyên Bắc Giang. "
                "Mỗi môn thi gồm 2 bài, thời gian làm mỗi bài 180 phút."
            ),
            Img("/upload/27/tintuc/2026/11/25/thi-chon-doi-tuyen-hsg-qg.jpg", "(Ảnh: Nguyễn Minh Đức)", None, "p"),
            P(
                "Căn cứ kết quả kỳ thi, Sở GD&ĐT sẽ lựa chọn tối đa 10 học sinh/môn để thành lập đội tuyển "
                "của tỉnh tham dự Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027, dự kiến diễn ra vào đầu "
                "tháng 01/2027."
            ),
            P(
                "Để chuẩn bị cho kỳ thi, các trường THPT đã chủ động xây dựng kế hoạch bồi dưỡng từ đầu năm "
                "học, phân công giáo viên có kinh nghiệm trực tiếp giảng dạy; nhiều trường mời giảng viên "
                "các trường đại học về hỗ trợ chuyên đề nâng cao."
            ),
            P(
                "Năm 2026, đội tuyển học sinh giỏi quốc gia của tỉnh có 86/110 học sinh đạt giải, tỷ lệ đạt "
                "giải 78,2%, xếp thứ 6 toàn quốc về số lượng giải."
            ),
        ],
        authors=["Nguyễn Minh Đức"],
        photographers=["Nguyễn Minh Đức"],
        opts={
            "when": "Thứ tư, 25/11/2026, 03:00 CH",
            "posted": "2026-11-25T15:00",
            "tacgia": "ThS. Nguyễn Minh Đức",
            "pinned_in": "tin-hoat-dong-nganh",
        },
    ),
    Story(
        id=1333,
        slug="tong-ket-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        title="Tổng kết Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        cat="thi-tuyen-sinh",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Ngày 12/11, Sở GD&ĐT tổ chức lễ tổng kết, trao giải Cuộc thi Khoa học kỹ thuật cấp tỉnh dành "
            "cho học sinh trung học năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm nay, cuộc thi thu hút 142 dự án của 318 học sinh đến từ 61 trường THCS, THPT trên địa "
                "bàn tỉnh, tăng 17 dự án so với năm trước. Các dự án thuộc 18 lĩnh vực, trong đó nhiều nhất "
                "là các lĩnh vực kỹ thuật môi trường, hệ thống nhúng, khoa học xã hội và hành vi."
            ),
            Img(
                "/upload/27/tintuc/2026/11/12/khkt-cap-tinh-cham-thi.jpg",
                "Ban giám khảo chấm dự án của học sinh tại vòng chung kết.",
                "Ban giám khảo chấm dự án của học sinh tại vòng chung kết.",
                "table",
            ),
            P(
                "Qua hai ngày chấm thi, ban giám khảo đánh giá các dự án có tính mới, tính sáng tạo; nhiều "
                "dự án có khả năng ứng dụng vào thực tiễn sản xuất và đời sống như thiết bị cảnh báo sạt lở "
                "đất, ứng dụng hỗ trợ học sinh khiếm thị học tập, chế phẩm sinh học xử lý phụ phẩm từ cây "
                "vải thiều."
            ),
            P(
                "Kết quả, ban tổ chức trao 6 giải Nhất, 11 giải Nhì, 19 giải Ba và 27 giải Khuyến khích. "
                "Trường THPT Chuyên Bắc Giang, THPT Ngô Sĩ Liên và THPT Yên Dũng số 1 là những đơn vị có "
                "nhiều dự án đạt giải cao."
            ),
            Img(
                "/upload/27/tintuc/2026/11/12/khkt-cap-tinh-trao-giai.jpg",
                "Lãnh đạo Sở GD&ĐT trao giải Nhất cho các nhóm tác giả.",
                "Lãnh đạo Sở GD&ĐT trao giải Nhất cho các nhóm tác giả.",
                "table",
            ),
            P(
                "Sở GD&ĐT sẽ lựa chọn 6 dự án đạt giải Nhất để hoàn thiện, tham dự Cuộc thi Khoa học kỹ "
                "thuật cấp quốc gia dành cho học sinh trung học năm học 2026-2027."
            ),
            _right("<strong>Đỗ Văn Khánh - Phòng GDTrH</strong>"),
        ],
        authors=["Đỗ Văn Khánh"],
        opts={"when": "Thứ năm, 12/11/2026, 08:30 SA", "posted": "2026-11-12T08:30", "enc": "ent"},
    ),
    Story(
        id=1317,
        slug="du-thao-quy-che-tuyen-sinh-thcs-va-thpt-nhieu-diem-moi-dang-chu-y",
        title="Dự thảo Quy chế tuyển sinh trung học cơ sở và trung học phổ thông: nhiều điểm mới đáng chú ý",
        cat="thi-tuyen-sinh",
        published_at="2026-10-16",
        blocks=[
            P(
                "Bộ GD&ĐT vừa công bố dự thảo Thông tư sửa đổi, bổ sung một số điều của Quy chế tuyển sinh "
                "trung học cơ sở và tuyển sinh trung học phổ thông để lấy ý kiến rộng rãi của các tổ chức, "
                "cá nhân."
            ),
            P(
                "Theo dự thảo, việc tuyển sinh vào lớp 10 được thực hiện theo một trong ba phương thức: thi "
                "tuyển, xét tuyển hoặc kết hợp thi tuyển với xét tuyển. Trường hợp thi tuyển, sở GD&ĐT tổ "
                "chức thi 3 môn gồm Toán, Ngữ văn và môn thứ ba do sở lựa chọn trong số các môn học được "
                "đánh giá bằng điểm số ở chương trình THCS."
            ),
            P(
                "Dự thảo cũng quy định rõ hơn về chế độ cộng điểm ưu tiên, điểm khuyến khích; bổ sung quy "
                "định về tuyển thẳng đối với học sinh đạt giải trong các cuộc thi cấp quốc gia, quốc tế."
            ),
            P(
                "Bộ GD&ĐT đề nghị các sở GD&ĐT tổ chức lấy ý kiến của cán bộ quản lý, giáo viên, cha mẹ học "
                "sinh và gửi góp ý trước ngày 30/10/2026."
            ),
            _right("<em>Theo Cổng TTĐT Bộ GD&amp;ĐT</em>"),
        ],
        source="Cổng TTĐT Bộ GD&ĐT",
        opts={"when": "Thứ sáu, 16/10/2026", "sort": "2026-10-16T00:00"},
    ),
    Story(
        id=1309,
        slug="so-gd-dt-rut-kinh-nghiem-cong-tac-to-chuc-ky-thi-tot-nghiep-thpt-nam-2026",
        title="Sở GD&ĐT rút kinh nghiệm công tác tổ chức Kỳ thi tốt nghiệp THPT năm 2026",
        cat="thi-tuyen-sinh",
        published_at="2026-10-09T15:20:00+07:00",
        summary=(
            "Chiều 09/10, Sở GD&ĐT tổ chức hội nghị rút kinh nghiệm công tác tổ chức Kỳ thi tốt nghiệp "
            "THPT năm 2026 và triển khai nhiệm vụ chuẩn bị cho kỳ thi năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2026, toàn tỉnh có hơn 24.300 thí sinh đăng ký dự thi tại 42 điểm thi. Kỳ thi diễn ra "
                "an toàn, nghiêm túc, đúng quy chế; không có cán bộ, thí sinh vi phạm quy chế phải xử lý kỷ "
                "luật."
            ),
            P(
                "Tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 99,6%; điểm trung bình các môn thi xếp thứ 9 "
                "toàn quốc, tăng 2 bậc so với năm 2025. Có 412 bài thi đạt điểm 10, chủ yếu ở các môn Giáo "
                "dục kinh tế và pháp luật, Lịch sử và Địa lí."
            ),
            Img(
                "/upload/27/tintuc/2026/10/09/rut-kinh-nghiem-thi-tn-thpt.jpg",
                "Quang cảnh hội nghị rút kinh nghiệm.",
                "Quang cảnh hội nghị rút kinh nghiệm.",
                "p",
            ),
            P(
                "Tại hội nghị, các đại biểu đã phân tích những điểm mạnh, hạn chế trong các khâu đăng ký dự "
                "thi, bố trí điểm thi, coi thi và chấm thi; đề xuất giải pháp nâng cao chất lượng ôn tập "
                "cho học sinh lớp 12 ngay từ đầu năm học."
            ),
            P(
                "Đồng chí Giám đốc Sở GD&ĐT yêu cầu các trường THPT, trung tâm GDNN-GDTX rà soát chất lượng "
                "học sinh lớp 12, có kế hoạch phụ đạo học sinh yếu kém; tăng cường kiểm tra, đánh giá theo "
                "định hướng phát triển năng lực, tiếp cận với cấu trúc đề thi từ năm 2025."
            ),
        ],
        authors=["Trần Quang Huy"],
        opts={"when": "Thứ sáu, 09/10/2026, 03:20 CH", "posted": "2026-10-09T15:20", "tacgia": "Trần Quang Huy"},
    ),
    Story(
        id=1370,
        slug="thong-bao-ve-viec-cho-hoc-sinh-nghi-hoc-khi-nhiet-do-xuong-thap",
        title="Thông báo về việc cho học sinh nghỉ học khi nhiệt độ xuống thấp",
        cat="chi-dao-dieu-hanh",
        published_at="2026-12-01",
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
                "<tbody><tr>"
                '<td style="width:40%;text-align:center">UBND TỈNH BẮC GIANG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 2315/TB-SGDĐT</td>'
                '<td style="text-align:center"><em>Bắc Giang, ngày 01 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc cho học sinh nghỉ học khi nhiệt độ xuống thấp</strong></p>"
            ),
            P(
                "Theo dự báo của Đài Khí tượng thủy văn tỉnh, từ đầu tháng 12/2026, khu vực tỉnh Bắc Giang "
                "chịu ảnh hưởng của các đợt không khí lạnh tăng cường, nhiệt độ thấp nhất có nơi dưới 10°C, "
                "vùng núi cao có khả năng xảy ra rét đậm, rét hại."
            ),
            P(
                "Để bảo đảm sức khỏe cho học sinh, Sở GD&ĐT thông báo việc cho học sinh nghỉ học khi nhiệt "
                "độ xuống thấp như sau:"
            ),
            P(
                "1. Khi nhiệt độ ngoài trời vào thời điểm 6 giờ sáng dưới 10°C, học sinh mầm non, tiểu học "
                "được nghỉ học."
            ),
            P(
                "2. Khi nhiệt độ ngoài trời vào thời điểm 6 giờ sáng dưới 7°C, học sinh THCS, THPT và học "
                "viên giáo dục thường xuyên được nghỉ học."
            ),
            P(
                "3. Thủ trưởng các đơn vị căn cứ dự báo thời tiết trên các phương tiện thông tin đại chúng "
                "và điều kiện thực tế để quyết định cho học sinh nghỉ học, thông báo kịp thời tới cha mẹ "
                "học sinh; có kế hoạch dạy bù bảo đảm chương trình năm học."
            ),
            P(
                "4. Đối với học sinh bán trú, các trường chủ động bố trí chăn, đệm, nước nóng, bảo đảm chỗ "
                "ăn, nghỉ đủ ấm cho học sinh."
            ),
            P(
                "Sở GD&ĐT yêu cầu các phòng GD&ĐT, các đơn vị trực thuộc triển khai thực hiện nghiêm túc "
                "thông báo này./."
            ),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />'
                '<span style="font-size:11px">- Các phòng GD&amp;ĐT;<br />- Các đơn vị trực thuộc;<br />'
                "- Lãnh đạo Sở;<br />- Lưu: VT, GDTrH.</span></td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Trần Thị Thu Hương</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trần Thị Thu Hương"],
        opts={"when": "Thứ tư, 02/12/2026, 08:10 SA", "posted": "2026-12-02T08:10"},
    ),
    Story(
        id=1349,
        slug="tang-cuong-bao-dam-an-toan-giao-thong-cho-hoc-sinh-dip-cuoi-nam-va-tet-nguyen-dan",
        title="Tăng cường bảo đảm an toàn giao thông cho học sinh dịp cuối năm và Tết Nguyên đán",
        cat="chi-dao-dieu-hanh",
        published_at="2026-11-17T10:00:00+07:00",
        summary=(
            "Sở GD&ĐT vừa ban hành Công văn số 2187/SGDĐT-CTTT về việc tăng cường công tác bảo đảm trật "
            "tự, an toàn giao thông cho học sinh dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đó, Sở yêu cầu các phòng GD&ĐT, các trường THPT, trung tâm GDNN-GDTX tập trung thực "
                "hiện một số nội dung trọng tâm:"
            ),
            P(
                "Tuyên truyền, phổ biến pháp luật về trật tự, an toàn giao thông cho học sinh qua các tiết "
                "chào cờ, sinh hoạt lớp và hoạt động ngoại khóa;",
                "li",
            ),
            P(
                "Không để học sinh chưa đủ tuổi điều khiển xe mô tô, xe gắn máy đến trường; yêu cầu 100% học "
                "sinh đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy, xe đạp điện;",
                "li",
            ),
            P(
                "Phối hợp với lực lượng công an địa phương bảo đảm trật tự giao thông tại khu vực cổng "
                "trường vào giờ đến trường và tan học;",
                "li",
            ),
            P("Tuyên truyền học sinh không tham gia đua xe trái phép, không sử dụng pháo nổ dịp Tết.", "li"),
            Img(
                "/upload/27/tintuc/2026/11/17/ngoai-khoa-atgt-thcs-lqd.jpg",
                "Học sinh Trường THCS Lê Quý Đôn tham gia tiết học ngoại khóa về an toàn giao thông.",
                "Học sinh Trường THCS Lê Quý Đôn tham gia tiết học ngoại khóa về an toàn giao thông.",
                "lazy",
            ),
            P(
                "Sở GD&ĐT cũng đề nghị các đơn vị đưa nội dung chấp hành pháp luật về an toàn giao thông "
                "vào tiêu chí đánh giá thi đua cuối học kỳ I đối với tập thể lớp và cá nhân học sinh."
            ),
            P(
                "Các đơn vị báo cáo kết quả thực hiện về Sở GD&ĐT (qua Phòng Chính trị, tư tưởng và Công "
                "tác học sinh) trước ngày 10/01/2027."
            ),
            Raw(
                '<p class="dinh-kem"><img src="/resources/portal/images/icon_pdf.png" alt="" /> '
                '<a href="/upload/27/files/2026/11/cv-2187-sgddt-cttt.pdf" target="_blank">'
                "CV 2187/SGDĐT-CTTT.pdf</a> (312 KB)</p>"
            ),
        ],
        opts={"when": "Thứ ba, 17/11/2026, 10:00 SA", "posted": "2026-11-17T10:00"},
    ),
    Story(
        id=1326,
        slug="trien-khai-nhiem-vu-nam-hoc-2026-2027-doi-voi-giao-duc-thuong-xuyen",
        title="Triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục thường xuyên",
        cat="chi-dao-dieu-hanh",
        published_at="2026-10-28T14:00:00+07:00",
        summary=(
            "Ngày 28/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với giáo dục "
            "thường xuyên. Tham dự hội nghị có lãnh đạo các trung tâm GDNN-GDTX cấp huyện và Trung tâm "
            "GDTX tỉnh."
        ),
        blocks=[
            P(
                "Ngày 28/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ năm học 2026-2027 đối với giáo "
                "dục thường xuyên. Tham dự hội nghị có lãnh đạo các trung tâm GDNN-GDTX cấp huyện và Trung "
                "tâm GDTX tỉnh.",
                "lead",
            ),
            P(
                "Năm học 2025-2026, toàn tỉnh có hơn 9.800 học viên theo học chương trình GDTX cấp THPT. Tỷ "
                "lệ học viên tốt nghiệp đạt 96,4%; công tác xóa mù chữ, phổ cập giáo dục tiếp tục được duy "
                "trì, các trung tâm học tập cộng đồng hoạt động ngày càng hiệu quả."
            ),
            P("1. Nhiệm vụ trọng tâm", "h"),
            P(
                "Năm học 2026-2027, các trung tâm tập trung nâng cao chất lượng dạy văn hóa gắn với dạy "
                "nghề; đa dạng hóa các chương trình học tập suốt đời, đáp ứng nhu cầu của người học; đẩy "
                "mạnh ứng dụng công nghệ thông tin trong dạy học và quản lý."
            ),
            P(
                "Các trung tâm tiếp tục phối hợp với các doanh nghiệp, cơ sở sản xuất trên địa bàn trong tổ "
                "chức đào tạo nghề ngắn hạn, hướng nghiệp và giới thiệu việc làm cho học viên sau tốt "
                "nghiệp."
            ),
            P("2. Giải pháp thực hiện", "h"),
            P(
                "Hội nghị thống nhất các giải pháp: rà soát, sắp xếp đội ngũ giáo viên; tăng cường sinh hoạt "
                "chuyên môn liên trung tâm; đổi mới phương pháp dạy học phù hợp với đối tượng học viên là "
                "người lớn tuổi, vừa học vừa làm."
            ),
            P("Đồng thời, các trung tâm chủ động xây dựng kho học liệu số dùng chung.", "brhead"),
            P(
                "Sở GD&ĐT sẽ tổ chức kiểm tra, đánh giá việc thực hiện nhiệm vụ năm học tại các trung tâm "
                "vào tháng 3/2027.",
                "brtail",
            ),
            _right("<strong>Hoàng Thị Lan</strong><br /><em>Phòng GDTX-CN</em>"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"when": "Thứ tư, 28/10/2026, 02:00 CH", "posted": "2026-10-28T14:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
WITHDRAWN_ID = 1187
TICKER = [1371, 1374, 1368, 1370, 1360, 1356]
MOST_READ = [1352, WITHDRAWN_ID, 1326, 1349]


def _sort_key(s: Story) -> str:
    return s.opts.get("posted") or s.opts["sort"]


def _in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_sort_key, reverse=True)


def _listing(cat: str) -> list[tuple[Story, str]]:
    """A category's listing: pinned items from other categories first, then its own, newest first."""
    pinned = [(s, cat) for s in STORIES if s.opts.get("pinned_in") == cat]
    return pinned + [(s, cat) for s in _in_cat(cat)]


def _all_news() -> list[Story]:
    return sorted(STORIES, key=_sort_key, reverse=True)


def article_path(story: Story, cat: str | None = None) -> str:
    return f"/tin-tuc/{cat or story.cat}/{story.slug}-{story.id}.html"


# --- markup helpers ----------------------------------------------------------------------------


def _has_cookie(request: Request) -> bool:
    for key, value in request.headers.items():
        if key.lower() == "cookie" and "JSESSIONID=" in value:
            return True
    return False


def _url(request: Request, path: str) -> str:
    """``<c:url>``: Tomcat appends the session id while it does not know the cookie works."""
    if _has_cookie(request):
        return path
    head, sep, tail = path.partition("?")
    return f"{head};jsessionid={SID}{sep}{tail}"


def _vn(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _t(story: Story, value: str) -> str:
    enc = story.opts.get("enc")
    return text(value, nfd=enc == "nfd", entities=2 if enc == "ent" else 0)


def _new_badge(story: Story) -> str:
    if story.id in NEWEST:
        return ' <img class="ic-moi" src="/resources/portal/images/icon_new.gif" alt="Mới" width="28" height="11" />'
    return ""


def _day(story: Story) -> str:
    key = _sort_key(story)
    return f"{key[8:10]}/{key[5:7]}/{key[0:4]}"


def _excerpt(story: Story) -> str:
    lead = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) <= 180:
        return lead
    return lead[:180].rsplit(" ", 1)[0] + "..."


def _short_title(title: str, limit: int = 78) -> str:
    if len(title) <= limit:
        return title
    return title[:limit].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    img = next(iter(story.images), None)
    if img is None:
        return "/resources/portal/images/no-image-sgd.jpg"
    folder, name = img.src.rsplit("/", 1)
    return f"{folder}/thumb_{name}"


def _img_tag(story: Story, img: Img) -> str:
    alt = esc(img.caption or "")
    if img.style == "lazy":
        return (
            f'<img class="lazy" src="/resources/portal/images/blank.gif" data-original="{esc(img.src)}" '
            f'alt="{alt}" style="width:640px;height:427px" />'
        )
    return f'<img src="{esc(img.src)}" alt="{alt}" style="width:640px;height:427px" />'


def _render_img(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    if img.style == "table":
        cap = ""
        if img.printed:
            cap = (
                '<tr><td style="text-align:center"><span style="font-size:12px"><em>'
                f"{_t(story, img.printed)}</em></span></td></tr>"
            )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            f'style="width:650px"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>'
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em><span style="font-size:12px">{_t(story, img.printed)}</span></em></p>'
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(story, b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="list-style-type:disc">' + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{_t(story, c.strip())}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{_t(story, b.text)}</strong></p>")
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "brhead":
            parts = [_t(story, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "brtail":
                i += 1
                parts.append(_t(story, blocks[i].text))
            out.append('<p style="text-align:justify">' + "<br />\n".join(parts) + "</p>")
        else:
            out.append(f'<p style="text-align:justify">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ------------------------------------------------------------------------------------


def _head(request: Request, title: str, extra: str = "", charset_meta: str = '<meta charset="utf-8" />') -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" ng-app="mbfPortal" ng-strict-di>
<head>
{charset_meta}
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bắc Giang" />
<meta name="generator" content="MobiFone e-Portal 2.3" />
{extra}
<link rel="shortcut icon" href="/resources/portal/images/favicon.ico" />
<link rel="stylesheet" href="/resources/lib/bootstrap/css/bootstrap.min.css" />
<link rel="stylesheet" href="/resources/portal/css/mbf-portal.min.css?v=2.3.19" />
<style>[ng\\:cloak],[ng-cloak],.ng-cloak{{display:none !important}}</style>
<script src="/resources/lib/jquery/jquery-1.12.4.min.js"></script>
<script src="/resources/lib/angular/angular.min.js"></script>
<script src="/resources/lib/jquery.lazyload.min.js"></script>
<script src="/resources/portal/js/app.module.js?v=2.3.19"></script>
</head>
"""


def _menu(request: Request) -> str:
    u = lambda p: esc(_url(request, p))  # noqa: E731
    cats = "".join(
        f'<li><a href="{u("/tin-tuc/" + slug)}">{esc(name)}</a></li>' for slug, name in CATS.items()
    )
    ticker = "".join(
        f'<a href="/chi-tiet-tin?id={i}">{esc(BY_ID[i].title)}</a> <span class="sep">•</span> ' for i in TICKER
    )
    return f"""<div id="mbf-top" class="hidden-print">
 <div class="container">
  <div class="row top-bar">
   <div class="col-sm-6 ngay-hien-tai"><i class="fa fa-calendar"></i> {TODAY_HEADER}</div>
   <div class="col-sm-6 text-right">
    <form class="frm-timkiem" action="/tim-kiem" method="get">
     <input type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm..." />
     <button type="submit"><i class="fa fa-search"></i></button>
    </form>
    <a href="{u('/lien-he')}">Liên hệ</a> | <a href="http://mail.bacgiang.edu.vn" target="_blank">Thư điện tử</a>
   </div>
  </div>
 </div>
</div>
<div id="mbf-banner"><div class="container">
 <a href="{u('/')}"><img src="/upload/27/banner/banner-sgddt-bacgiang-2026.jpg" alt="Sở Giáo dục và Đào tạo tỉnh Bắc Giang" class="img-responsive" /></a>
</div></div>
<nav id="mbf-menu" class="navbar-mbf" ng-controller="MenuCtrl as mn">
 <div class="container">
  <ul class="menu-c1">
   <li class="home"><a href="{u('/')}"><i class="fa fa-home"></i> Trang chủ</a></li>
   <li class="co-con"><a href="{u('/gioi-thieu/chuc-nang-nhiem-vu')}">Giới thiệu</a>
    <ul class="menu-c2">
     <li><a href="{u('/gioi-thieu/chuc-nang-nhiem-vu')}">Chức năng, nhiệm vụ</a></li>
     <li><a href="{u('/gioi-thieu/chuc-nang-nhiem-vu')}#co-cau">Cơ cấu tổ chức</a></li>
    </ul></li>
   <li class="co-con"><a href="{u('/tin-tuc')}">Tin tức - Sự kiện</a><ul class="menu-c2">{cats}</ul></li>
   <li><a href="{u('/van-ban')}">Văn bản</a></li>
   <li><a href="https://dichvucong.bacgiang.gov.vn" target="_blank">Thủ tục hành chính</a></li>
   <li><a href="{u('/album-anh/55')}">Thư viện ảnh</a></li>
   <li><a href="{u('/lien-he')}">Liên hệ</a></li>
  </ul>
 </div>
</nav>
<div class="tin-moi-ticker hidden-xs">
 <div class="container"><span class="lbl-tinmoi">Tin mới</span>
  <marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
   {ticker}
  </marquee>
 </div>
</div>
"""


def _sidebar(request: Request) -> str:
    u = lambda p: esc(_url(request, p))  # noqa: E731
    most = []
    for i in MOST_READ:
        title = BY_ID[i].title if i in BY_ID else "Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2026"
        most.append(f'<li><a href="/chi-tiet-tin?id={i}">{esc(_short_title(title, 70))}</a></li>')
    return f"""<div class="col-md-4 cot-phai hidden-print">
 <div class="widget wg-vanban" mbf-widget="vanban-moi">
  <div class="wg-tieude"><span>Văn bản mới</span></div>
  <ul class="wg-ds">
   <li><a href="{u('/van-ban/2741')}">Quyết định số 2741/QĐ-SGDĐT ban hành Kế hoạch kiểm tra chuyên ngành năm học 2026-2027</a><span class="ngay">(30/11/2026)</span></li>
   <li><a href="{u('/van-ban/2738')}">Công văn số 2738/SGDĐT-GDTrH hướng dẫn tổ chức kiểm tra cuối học kỳ I</a><span class="ngay">(27/11/2026)</span></li>
  </ul>
  <a class="xem-them" href="{u('/van-ban')}">Xem thêm <i class="fa fa-angle-double-right"></i></a>
 </div>
 <div class="widget wg-tthc">
  <div class="wg-tieude"><span>Thủ tục hành chính</span></div>
  <ul class="wg-ds">
   <li><a href="https://dichvucong.bacgiang.gov.vn/thu-tuc/cap-ban-sao-van-bang" target="_blank">Cấp bản sao văn bằng, chứng chỉ từ sổ gốc</a></li>
   <li><a href="https://dichvucong.bacgiang.gov.vn/thu-tuc/chuyen-truong-thpt" target="_blank">Chuyển trường đối với học sinh trung học phổ thông</a></li>
   <li><a href="https://dichvucong.bacgiang.gov.vn/thu-tuc/cong-nhan-truong-chuan" target="_blank">Công nhận trường đạt chuẩn quốc gia</a></li>
  </ul>
 </div>
 <div class="widget wg-docnhieu">
  <div class="wg-tieude"><span>Tin đọc nhiều</span></div>
  <ol class="wg-ds">{"".join(most)}</ol>
 </div>
 <div class="widget wg-binhchon" ng-controller="PollCtrl as pl" ng-init="pl.load(6)">
  <div class="wg-tieude"><span>Thăm dò ý kiến</span></div>
  <p class="cau-hoi">Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử của Sở?</p>
  <form name="frmPoll" ng-submit="pl.vote()">
   <label><input type="radio" name="pa" value="21" ng-model="pl.chon" /> Đẹp, dễ sử dụng</label><br />
   <label><input type="radio" name="pa" value="22" ng-model="pl.chon" /> Bình thường</label><br />
   <label><input type="radio" name="pa" value="23" ng-model="pl.chon" /> Khó tìm thông tin</label><br />
   <button type="submit" class="btn btn-xs btn-primary">Biểu quyết</button>
   <a href="javascript:void(0)" ng-click="pl.showResult()">Xem kết quả</a>
  </form>
 </div>
 <div class="widget wg-album">
  <div class="wg-tieude"><span>Thư viện ảnh</span></div>
  <a href="{u('/album-anh/55')}"><img src="/upload/27/album/55/thumb_hoi-khoe-phu-dong-01.jpg" alt="Hội khỏe Phù Đổng" class="img-responsive" /></a>
 </div>
 <div class="widget wg-lienket">
  <div class="wg-tieude"><span>Liên kết website</span></div>
  <select onchange="if(this.value) window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://bacgiang.gov.vn">Cổng TTĐT tỉnh Bắc Giang</option>
   <option value="https://baobacgiang.vn">Báo Bắc Giang</option>
  </select>
 </div>
 <div class="widget wg-thongke" ng-controller="CounterCtrl as ct">
  <div class="wg-tieude"><span>Thống kê truy cập</span></div>
  <p>Đang online: <b ng-bind="ct.online">37</b></p>
  <p>Hôm nay: <b ng-bind="ct.today">1.482</b></p>
  <p>Tổng truy cập: <b ng-bind="ct.total">4.918.305</b></p>
 </div>
</div>
"""


FOOTER = """<footer id="mbf-footer" class="hidden-print">
 <div class="container">
  <p class="ten-co-quan"><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG</strong></p>
  <p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Bắc Giang. Chịu trách nhiệm chính: Giám đốc Sở.</p>
  <p>Địa chỉ: Số 50 đường Hùng Vương, phường Hoàng Văn Thụ, thành phố Bắc Giang, tỉnh Bắc Giang.</p>
  <p>Điện thoại: 0204.3854.212 - Fax: 0204.3854.375 - Email: sogddt@bacgiang.edu.vn</p>
  <p class="ban-quyen">© 2019 Bản quyền thuộc Sở GD&amp;ĐT Bắc Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="phat-trien">Thiết kế và phát triển bởi <a href="https://www.mobifone.vn" target="_blank">Tổng Công ty Viễn thông MobiFone</a></p>
 </div>
</footer>
<div id="back-top" class="hidden-print"><a href="#"><i class="fa fa-chevron-up"></i></a></div>
<script>$(function(){$("img.lazy").lazyload({effect:"fadeIn"});});</script>
</body>
</html>
"""


def _breadcrumb(request: Request, *items: tuple[str, str | None]) -> str:
    parts = [f'<a href="{esc(_url(request, "/"))}"><i class="fa fa-home"></i> Trang chủ</a>']
    for label, path in items:
        if path:
            parts.append(f'<a href="{esc(_url(request, path))}">{esc(label)}</a>')
        else:
            parts.append(f"<span>{esc(label)}</span>")
    return '<div class="duong-dan"><div class="container">' + ' <i class="fa fa-angle-right"></i> '.join(parts) + "</div></div>"


def _page(request: Request, title: str, crumbs: str, main: str, extra_head: str = "") -> str:
    return (
        _head(request, f"{title} - {SITE_TITLE}", extra_head)
        + '<body ng-controller="PortalController as pc" class="mbf-site-27" ng-cloak>\n'
        + _menu(request)
        + crumbs
        + '\n<div class="container noi-dung-chinh"><div class="row">\n<div class="col-md-8 cot-trai">\n'
        + main
        + "\n</div>\n"
        + _sidebar(request)
        + "</div></div>\n"
        + FOOTER
    )


def _respond(request: Request, body: str | bytes, charset: str | None = "utf-8", status: int = 200) -> Response:
    headers = {"X-Powered-By": "Servlet/3.1 JSP/2.3", "Server": "Apache-Coyote/1.1"}
    if not _has_cookie(request):
        headers["Set-Cookie"] = f"JSESSIONID={SID}; Path=/; HttpOnly"
    return html(body, status=status, charset=charset, headers=headers)


# --- pages -------------------------------------------------------------------------------------


def _item(request: Request, story: Story, cat: str, with_excerpt: bool = True, pinned: bool = False) -> str:
    href = esc(_url(request, article_path(story, cat)))
    label = '<span class="nhan-noibat">Tin nổi bật</span> ' if pinned else ""
    excerpt = f'<div class="trich-dan">{esc(_excerpt(story))}</div>' if with_excerpt else ""
    return f"""<div class="tin-item clearfix">
 <a class="anh-tin" href="{href}"><img src="{esc(_thumb(story))}" alt="" /></a>
 <div class="tt-tin">
  <h3 class="tieu-de-tin">{label}<a href="{href}" title="{esc(story.title)}">{esc(_short_title(story.title))}</a>{_new_badge(story)}</h3>
  <span class="ngay-dang"><i class="fa fa-clock-o"></i> {_day(story)}</span>
  {excerpt}
 </div>
</div>"""


def home(request: Request) -> Response:
    u = lambda p: esc(_url(request, p))  # noqa: E731
    top = BY_ID[1371]
    tabs = []
    panes = []
    for n, (slug, name) in enumerate(CATS.items(), start=1):
        active = ' class="active"' if n == 1 else ""
        tabs.append(
            f"<li ng-class=\"{{'active': pc.tab == {n}}}\"{active}>"
            f'<a href="" ng-click="pc.tab = {n}">{esc(name)}</a></li>'
        )
        items = "\n".join(_item(request, s, s.cat, with_excerpt=False) for s in _in_cat(slug)[:3])
        panes.append(
            f'<div class="tab-pane-mbf" ng-show="pc.tab == {n}"{"" if n == 1 else " ng-cloak"}>{items}\n'
            f'<a class="xem-them" href="{u("/tin-tuc/" + slug)}">Xem thêm <i class="fa fa-angle-double-right"></i></a></div>'
        )
    main = f"""<div class="hop-tin-noibat">
 <a href="{u(article_path(top))}"><img src="/upload/27/tintuc/2026/12/04/anh-dai-dien-1371.jpg" alt="" class="img-responsive" /></a>
 <h2><a href="{u(article_path(top))}">{esc(top.title)}</a></h2>
 <p>{esc(_excerpt(top))}</p>
</div>
<div class="hop-tin tab-tin" ng-init="pc.tab = 1">
 <div class="hop-tin-tieude"><span>TIN TỨC - SỰ KIỆN</span></div>
 <ul class="tab-tieude">{"".join(tabs)}</ul>
 {"".join(panes)}
</div>
<div class="hop-tin hop-video">
 <div class="hop-tin-tieude"><span>VIDEO</span></div>
 <iframe width="100%" height="280" src="https://www.youtube.com/embed/q7GBcF1a2xM" frameborder="0" allowfullscreen></iframe>
</div>"""
    body = _page(request, "Trang chủ", "", main)
    return _respond(request, body)


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if page > 0:
        items.append('<li><a href="?page=0" title="Trang đầu">|&laquo;</a></li>')
        items.append(f'<li><a href="?page={page - 1}" title="Trang trước">&laquo;</a></li>')
    for n in range(pages):
        if n == page:
            items.append(f'<li class="active"><a href="javascript:void(0)">{n + 1}</a></li>')
        else:
            items.append(f'<li><a href="?page={n}">{n + 1}</a></li>')
    if page < pages - 1:
        items.append(f'<li><a href="?page={page + 1}" title="Trang sau">&raquo;</a></li>')
        items.append(f'<li><a href="?page={pages - 1}" title="Trang cuối">&raquo;|</a></li>')
    return (
        f'<div class="phan-trang"><span class="tt-trang">Trang {page + 1}/{pages}</span>'
        f'<ul class="pagination pagination-sm">{"".join(items)}</ul></div>'
    )


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "0")
    return int(raw) if raw.isdigit() else 0


def listing(request: Request, slug: str | None) -> Response:
    page = _page_no(request)
    if slug is None:
        entries = [(s, s.cat) for s in _all_news()]
        size, name = ALL_PAGE, "Tin tức - Sự kiện"
        crumbs = _breadcrumb(request, (name, None))
    else:
        entries = _listing(slug)
        size, name = CAT_PAGE, CATS[slug]
        crumbs = _breadcrumb(request, ("Tin tức - Sự kiện", "/tin-tuc"), (name, None))
    pages = (len(entries) + size - 1) // size
    chunk = entries[page * size : (page + 1) * size]
    if chunk:
        items = "\n".join(
            _item(request, s, c, pinned=s.cat != c) for s, c in chunk
        )
    else:
        items = '<p class="khong-co-du-lieu">Không có tin bài nào trong chuyên mục này.</p>'
    main = f"""<div class="hop-tin ds-tin" ng-controller="NewsListCtrl as nl" ng-init="nl.init({CAT_IDS.get(slug or '', 0)}, {page})">
 <div class="hop-tin-tieude"><h1>{esc(name)}</h1></div>
 {items}
 {_pager(page, pages) if chunk else ""}
</div>"""
    return _respond(request, _page(request, name, crumbs, main))


_LOCALE_JS = (
    'angular.module("ngLocale", [], ["$provide", function($provide) {'
    '$provide.value("$locale", {"DATETIME_FORMATS": {"AMPMS": ["SA", "CH"], '
    '"DAY": ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"], '
    '"MONTH": ["tháng 1", "tháng 2", "tháng 3", "tháng 4", "tháng 5", "tháng 6", "tháng 7", '
    '"tháng 8", "tháng 9", "tháng 10", "tháng 11", "tháng 12"], '
    '"SHORTDAY": ["CN", "Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7"], '
    '"fullDate": "EEEE, d MMMM, y", "medium": "d MMM, y HH:mm:ss", "short": "dd/MM/y HH:mm", '
    '"shortDate": "dd/MM/y", "shortTime": "HH:mm"}, "NUMBER_FORMATS": {"CURRENCY_SYM": "₫", '
    '"DECIMAL_SEP": ",", "GROUP_SEP": "."}, "id": "vi-vn"});}]);'
)


def _menu_json() -> str:
    tree = [
        {"id": 1, "ten": "Trang chủ", "url": "/", "con": []},
        {
            "id": 2,
            "ten": "Giới thiệu",
            "url": "/gioi-thieu/chuc-nang-nhiem-vu",
            "con": [
                {"id": 21, "ten": "Chức năng, nhiệm vụ", "url": "/gioi-thieu/chuc-nang-nhiem-vu"},
                {"id": 22, "ten": "Cơ cấu tổ chức", "url": "/gioi-thieu/chuc-nang-nhiem-vu#co-cau"},
                {"id": 23, "ten": "Lãnh đạo Sở qua các thời kỳ", "url": "/gioi-thieu/chuc-nang-nhiem-vu#lanh-dao"},
            ],
        },
        {
            "id": 3,
            "ten": "Tin tức - Sự kiện",
            "url": "/tin-tuc",
            "con": [{"id": 30 + n, "ten": name, "url": "/tin-tuc/" + slug} for n, (slug, name) in enumerate(CATS.items())],
        },
        {"id": 4, "ten": "Văn bản", "url": "/van-ban", "con": []},
        {"id": 5, "ten": "Thủ tục hành chính", "url": "https://dichvucong.bacgiang.gov.vn", "con": []},
        {"id": 6, "ten": "Thư viện ảnh", "url": "/album-anh/55", "con": []},
        {"id": 7, "ten": "Liên hệ", "url": "/lien-he", "con": []},
    ]
    units = [
        "Văn phòng Sở", "Thanh tra Sở", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính",
        "Phòng Giáo dục Mầm non", "Phòng Giáo dục Tiểu học", "Phòng Giáo dục Trung học",
        "Phòng Giáo dục thường xuyên - Chuyên nghiệp", "Phòng Quản lý thi và Kiểm định chất lượng giáo dục",
        "Phòng Chính trị, tư tưởng và Công tác học sinh",
    ]
    districts = [
        "Thành phố Bắc Giang", "Thị xã Việt Yên", "Huyện Hiệp Hòa", "Huyện Lạng Giang", "Huyện Lục Nam",
        "Huyện Lục Ngạn", "Huyện Sơn Động", "Huyện Tân Yên", "Huyện Yên Dũng", "Huyện Yên Thế",
    ]
    schools = [
        "THPT Chuyên Bắc Giang", "THPT Ngô Sĩ Liên", "THPT Giáp Hải", "THPT Thái Thuận", "THPT Yên Dũng số 1",
        "THPT Yên Dũng số 2", "THPT Yên Dũng số 3", "THPT Việt Yên số 1", "THPT Việt Yên số 2",
        "THPT Lý Thường Kiệt", "THPT Hiệp Hòa số 1", "THPT Hiệp Hòa số 2", "THPT Hiệp Hòa số 3",
        "THPT Hiệp Hòa số 4", "THPT Lạng Giang số 1", "THPT Lạng Giang số 2", "THPT Lạng Giang số 3",
        "THPT Lục Nam", "THPT Cẩm Lý", "THPT Phương Sơn", "THPT Tứ Sơn", "THPT Lục Ngạn số 1",
        "THPT Lục Ngạn số 2", "THPT Lục Ngạn số 3", "THPT Lục Ngạn số 4", "THPT Sơn Động số 1",
        "THPT Sơn Động số 2", "THPT Sơn Động số 3", "THPT Tân Yên số 1", "THPT Tân Yên số 2",
        "THPT Nhã Nam", "THPT Yên Thế", "THPT Bố Hạ", "THPT Mỏ Trạng", "THPT Dân tộc nội trú tỉnh",
    ]
    config = {
        "siteId": 27,
        "lang": "vi",
        "ctx": "",
        "apiBase": "/api/v1",
        "menu": tree,
        "donVi": [{"id": 100 + n, "ten": name} for n, name in enumerate(units)],
        "phongGD": [{"id": 200 + n, "ten": "Phòng GD&ĐT " + name} for n, name in enumerate(districts)],
        "truongTHPT": [{"id": 300 + n, "ten": "Trường " + name, "maTruong": f"24{n:03d}"} for n, name in enumerate(schools)],
    }
    return json.dumps(config, ensure_ascii=False)


def article(request: Request, story: Story, legacy: bool = False) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    cat_name = CATS[story.cat]
    extra = [f'<link rel="canonical" href="{esc(canonical)}" />']
    extra.append(f'<meta property="og:title" content="{esc(story.title)}" />')
    extra.append(f'<meta property="og:url" content="{esc(canonical)}" />')
    extra.append('<meta property="og:type" content="article" />')
    if story.images:
        extra.append(f'<meta property="og:image" content="{esc(base + story.images[0].src)}" />')
    posted = story.opts.get("posted")
    if posted:
        # the JVM runs on UTC; the template hard-codes the "+07:00" label
        utc = _dt.datetime.fromisoformat(posted) - _dt.timedelta(hours=7)
        extra.append(f'<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+07:00" />')
    extra.append(f'<meta property="article:section" content="{esc(cat_name)}" />')

    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = (
            f'<div class="nd-sapo hidden-xs"><p>{_t(story, story.summary)}</p></div>\n'
            f'<div class="nd-sapo-m visible-xs">{_t(story, story.summary)}</div>'
        )
    tacgia = ""
    if story.opts.get("tacgia"):
        tacgia = f'<div class="nd-tacgia text-right">Tác giả: <b>{esc(story.opts["tacgia"])}</b></div>'
    others = [s for s in _in_cat(story.cat) if s.id != story.id][:3]
    others_html = "".join(
        f'<li><a href="{esc(_url(request, article_path(s)))}">{esc(s.title)}</a> <span class="ngay">({_day(s)})</span></li>'
        for s in others
    )
    share_url = quote(canonical, safe="")
    main = f"""<div class="portlet-chi-tiet" id="pct_{story.id}" ng-controller="NewsDetailCtrl as nd" ng-init="nd.init({story.id}, {CAT_IDS[story.cat]})">
 <h1 class="nd-tieude">{esc(story.title)}{_new_badge(story)}</h1>
 <div class="nd-thongtin">
  <span class="nd-ngay"><i class="fa fa-calendar"></i> {esc(story.opts["when"])}</span>
  <span class="nd-luotxem"><i class="fa fa-eye"></i> Lượt xem: <b ng-bind="nd.views">{_vn(story.views())}</b></span>
  <span class="nd-nguoidang"><i class="fa fa-user"></i> Người đăng: sgd_bientap02</span>
 </div>
 <div class="nd-congcu hidden-print">
  <a href="javascript:void(0)" ng-click="nd.fontSize(-1)" title="Giảm cỡ chữ">A-</a>
  <a href="javascript:void(0)" ng-click="nd.fontSize(0)" title="Cỡ chữ mặc định">A</a>
  <a href="javascript:void(0)" ng-click="nd.fontSize(1)" title="Tăng cỡ chữ">A+</a>
  <a href="javascript:void(0)" onclick="window.open('/in-tin?id={story.id}','in','width=800,height=600')"><i class="fa fa-print"></i> In bài</a>
  <a href="mailto:?subject={quote(story.title)}&amp;body={share_url}"><i class="fa fa-envelope"></i> Gửi email</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="chia-se fb"><img src="/resources/portal/images/share_fb.png" alt="Facebook" /></a>
  <a href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" class="chia-se zalo"><img src="/resources/portal/images/share_zalo.png" alt="Zalo" /></a>
 </div>
 {sapo}
 <div class="nd-noidung" id="ndContent" ng-cloak>
{render_body(story)}
  <div class="nd-danhgia hidden-print" ng-show="nd.rating.enabled">Đánh giá bài viết:
   <span class="sao" ng-repeat="s in [1,2,3,4,5]" ng-click="nd.rate(s)">&#9733;</span>
   <span class="kq">{{{{nd.rating.avg}}}}/5 ({{{{nd.rating.count}}}} lượt đánh giá)</span></div>
  <script type="text/ng-template" id="tpl-binh-luan.html">
   <div class="bl-item"><b>{{{{c.hoTen}}}}</b> - <i>{{{{c.ngayTao | date:'dd/MM/yyyy HH:mm'}}}}</i><p>{{{{c.noiDung}}}}</p></div>
  </script>
 </div>
 {tacgia}
 <div class="nd-binhluan hidden-print">
  <div class="wg-tieude"><span>Ý kiến bạn đọc</span></div>
  <div ng-include="'tpl-binh-luan.html'" ng-repeat="c in nd.comments"></div>
  <form name="frmBL" ng-submit="nd.sendComment()" novalidate>
   <input type="text" ng-model="nd.bl.hoTen" placeholder="Họ và tên (*)" />
   <input type="email" ng-model="nd.bl.email" placeholder="Email (*)" />
   <textarea ng-model="nd.bl.noiDung" placeholder="Nội dung ý kiến (*)"></textarea>
   <button type="submit" class="btn btn-primary btn-sm">Gửi ý kiến</button>
  </form>
 </div>
 <div class="nd-tinkhac">
  <div class="wg-tieude"><span>Các tin khác</span></div>
  <ul>{others_html}</ul>
 </div>
</div>"""
    crumbs = _breadcrumb(request, ("Tin tức - Sự kiện", "/tin-tuc"), (cat_name, "/tin-tuc/" + story.cat))
    page = _page(request, story.title, crumbs, main, "\n".join(extra))
    if not legacy:
        return _respond(request, page)
    # the old widget servlet: no charset in the header, the charset meta after kilobytes of script
    head_end = page.index('<meta charset="utf-8" />')
    legacy_head = (
        f"<script>{_LOCALE_JS}</script>\n<script>window.MBF_PORTAL = {_menu_json()};</script>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
    )
    page = page[:head_end] + legacy_head + page[head_end + len('<meta charset="utf-8" />') :]
    return _respond(request, page.encode("utf-8"), charset=None)


def withdrawn(request: Request) -> Response:
    main = """<div class="portlet-chi-tiet">
 <h1 class="nd-tieude">Thông báo</h1>
 <div class="alert alert-warning">Tin bài không tồn tại hoặc đã bị gỡ bỏ. Vui lòng quay lại
 <a href="/">trang chủ</a> để xem các tin bài khác.</div>
</div>"""
    crumbs = _breadcrumb(request, ("Tin tức - Sự kiện", "/tin-tuc"), ("Thông báo", None))
    return _respond(request, _page(request, "Thông báo", crumbs, main))


DOCS = {
    2741: {
        "so": "2741/QĐ-SGDĐT",
        "loai": "Quyết định",
        "ngay": "30/11/2026",
        "hieuluc": "30/11/2026",
        "trichyeu": "Ban hành Kế hoạch kiểm tra chuyên ngành năm học 2026-2027",
        "nguoiky": "Nguyễn Văn Phúc",
        "tep": "qd-2741-sgddt.pdf",
    },
    2738: {
        "so": "2738/SGDĐT-GDTrH",
        "loai": "Công văn",
        "ngay": "27/11/2026",
        "hieuluc": "27/11/2026",
        "trichyeu": "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp THCS, THPT",
        "nguoiky": "Trần Thị Thu Hương",
        "tep": "cv-2738-sgddt-gdtrh.pdf",
    },
}


def document(request: Request, doc_id: int) -> Response:
    d = DOCS[doc_id]
    title = f"{d['loai']} số {d['so']}"
    rows = [
        ("Số ký hiệu", d["so"]),
        ("Loại văn bản", d["loai"]),
        ("Ngày ban hành", d["ngay"]),
        ("Ngày hiệu lực", d["hieuluc"]),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", d["nguoiky"]),
        ("Trích yếu", d["trichyeu"]),
    ]
    table = "".join(f'<tr><th class="td-nhan">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    main = f"""<div class="portlet-vanban">
 <h1 class="vb-tieude">{esc(title)}</h1>
 <p class="vb-trichyeu">{esc(d["trichyeu"])}</p>
 <table class="table table-bordered tbl-vanban">{table}
  <tr><th class="td-nhan">Tệp đính kèm</th><td><a href="/upload/27/vanban/2026/11/{d["tep"]}"><img src="/resources/portal/images/icon_pdf.png" alt="" /> {esc(d["tep"])}</a></td></tr>
 </table>
 <iframe class="vb-xem" src="/resources/lib/pdfjs/web/viewer.html?file=/upload/27/vanban/2026/11/{d["tep"]}" width="100%" height="600"></iframe>
</div>"""
    crumbs = _breadcrumb(request, ("Văn bản", "/van-ban"), (d["so"], None))
    return _respond(request, _page(request, title, crumbs, main))


def documents(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{esc(_url(request, f"/van-ban/{i}"))}">{esc(d["so"])}</a></td>'
        f'<td>{esc(d["ngay"])}</td><td>{esc(d["trichyeu"])}</td></tr>'
        for n, (i, d) in enumerate(DOCS.items(), start=1)
    )
    main = f"""<div class="portlet-vanban" ng-controller="VanBanCtrl as vb">
 <div class="hop-tin-tieude"><h1>Văn bản</h1></div>
 <form class="frm-tim-vb" ng-submit="vb.search()"><input type="text" ng-model="vb.tuKhoa" placeholder="Số ký hiệu, trích yếu..." />
 <button type="submit">Tìm kiếm</button></form>
 <table class="table table-striped"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
 <tbody>{rows}</tbody></table>
</div>"""
    crumbs = _breadcrumb(request, ("Văn bản", None))
    return _respond(request, _page(request, "Văn bản", crumbs, main))


def intro(request: Request) -> Response:
    main = """<div class="portlet-gioithieu">
 <h1 class="nd-tieude">Chức năng, nhiệm vụ</h1>
 <p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Bắc Giang, có chức năng tham mưu, giúp
 UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
 <p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và
 công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ
 của Bộ Giáo dục và Đào tạo.</p>
 <h2 id="co-cau">Cơ cấu tổ chức</h2>
 <p>Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Tổ chức
 cán bộ, Phòng Kế hoạch - Tài chính, Phòng Giáo dục Mầm non, Phòng Giáo dục Tiểu học, Phòng Giáo dục Trung
 học, Phòng Giáo dục thường xuyên - Chuyên nghiệp, Phòng Quản lý thi và Kiểm định chất lượng giáo dục.</p>
</div>"""
    crumbs = _breadcrumb(request, ("Giới thiệu", None), ("Chức năng, nhiệm vụ", None))
    return _respond(request, _page(request, "Chức năng, nhiệm vụ", crumbs, main))


def contact(request: Request) -> Response:
    main = """<div class="portlet-lienhe" ng-controller="LienHeCtrl as lh">
 <h1 class="nd-tieude">Liên hệ</h1>
 <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC GIANG</strong></p>
 <p>Địa chỉ: Số 50 đường Hùng Vương, phường Hoàng Văn Thụ, thành phố Bắc Giang</p>
 <p>Điện thoại: 0204.3854.212 - Email: sogddt@bacgiang.edu.vn</p>
 <form name="frmLH" ng-submit="lh.send()">
  <input type="text" ng-model="lh.hoTen" placeholder="Họ và tên (*)" />
  <input type="text" ng-model="lh.dienThoai" placeholder="Điện thoại" />
  <input type="email" ng-model="lh.email" placeholder="Email (*)" />
  <textarea ng-model="lh.noiDung" placeholder="Nội dung liên hệ (*)"></textarea>
  <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
 </form>
</div>"""
    crumbs = _breadcrumb(request, ("Liên hệ", None))
    return _respond(request, _page(request, "Liên hệ", crumbs, main))


ALBUM = [
    ("hoi-khoe-phu-dong-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng tỉnh Bắc Giang lần thứ XI năm 2026."),
    ("hoi-khoe-phu-dong-02.jpg", "Vận động viên thi đấu môn điền kinh."),
    ("hoi-khoe-phu-dong-03.jpg", "Màn đồng diễn thể dục của học sinh thành phố Bắc Giang."),
]


def album(request: Request) -> Response:
    photos = "".join(
        f'<div class="col-sm-4 anh-item"><a href="/upload/27/album/55/{f}" class="fancybox" rel="album55">'
        f'<img src="/upload/27/album/55/thumb_{f}" alt="{esc(c)}" /></a><p>{esc(c)}</p></div>'
        for f, c in ALBUM
    )
    main = f"""<div class="portlet-album">
 <h1 class="nd-tieude">Hội khỏe Phù Đổng tỉnh Bắc Giang lần thứ XI năm 2026</h1>
 <p class="ngay-dang">Ngày đăng: 22/10/2026</p>
 <div class="row">{photos}</div>
</div>"""
    crumbs = _breadcrumb(request, ("Thư viện ảnh", None))
    return _respond(request, _page(request, "Thư viện ảnh", crumbs, main))


def search(request: Request) -> Response:
    keyword = request.params.get("keyword", "")
    main = f"""<div class="portlet-timkiem">
 <h1 class="nd-tieude">Kết quả tìm kiếm</h1>
 <p>Từ khóa: <b>{esc(keyword)}</b></p>
 <p class="khong-co-du-lieu">Không tìm thấy kết quả phù hợp.</p>
</div>"""
    crumbs = _breadcrumb(request, ("Tìm kiếm", None))
    return _respond(request, _page(request, "Tìm kiếm", crumbs, main))


# --- routing -----------------------------------------------------------------------------------

_SESSION = re.compile(r";jsessionid=[^/?#]*", re.IGNORECASE)
_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/[a-z0-9-]+-(\d+)\.html$")
_CATEGORY = re.compile(r"^/tin-tuc/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)$")


class MobifonePortal:
    def respond(self, request: Request) -> Response | None:
        path = _SESSION.sub("", request.path)
        if path.startswith(("/upload/", "/resources/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return listing(request, None)
        m = _CATEGORY.match(path)
        if m and m.group(1) in CATS:
            return listing(request, m.group(1))
        m = _ARTICLE.match(path)
        if m and m.group(1) in CATS and int(m.group(2)) in BY_ID:
            return article(request, BY_ID[int(m.group(2))])
        if path == "/chi-tiet-tin":
            raw = request.params.get("id", "")
            if raw.isdigit() and int(raw) in BY_ID:
                return article(request, BY_ID[int(raw)], legacy=True)
            return withdrawn(request)
        if path == "/van-ban":
            return documents(request)
        m = _DOC.match(path)
        if m and int(m.group(1)) in DOCS:
            return document(request, int(m.group(1)))
        if path == "/gioi-thieu/chuc-nang-nhiem-vu":
            return intro(request)
        if path == "/lien-he":
            return contact(request)
        if path == "/album-anh/55":
            return album(request)
        if path == "/tim-kiem":
            return search(request)
        return None


def build_site() -> MobifonePortal:
    return MobifonePortal()


# --- gold --------------------------------------------------------------------------------------


def _with_sid(path: str) -> str:
    head, sep, tail = path.partition("?")
    return f"{head};jsessionid={SID}{sep}{tail}"


def _alt_paths(story: Story) -> list[str]:
    alts = [_with_sid(article_path(story))]
    for cat in CATS:
        if cat != story.cat and story.opts.get("pinned_in") == cat:
            other = article_path(story, cat)
            alts += [other, _with_sid(other)]
    legacy = f"/chi-tiet-tin?id={story.id}"
    alts += [legacy, _with_sid(legacy)]
    return alts


GOLD = [
    gold_record(s, article_path(s), CATS[s.cat], canonical_path=article_path(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/lien-he",
    "/van-ban/2741",
    "/van-ban/2738",
    "/album-anh/55",
    f"/chi-tiet-tin?id={WITHDRAWN_ID}",
]
