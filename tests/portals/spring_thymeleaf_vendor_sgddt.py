"""Sở Giáo dục và Đào tạo tỉnh Tây Ninh: a Spring MVC 5 + Thymeleaf e-government portal.

Platform
--------
A vendor portal ("SGS eGov Portal 3.2") written by a Ho Chi Minh City software company on Spring
MVC 5 (Tomcat 9) with Thymeleaf 3 and the Layout Dialect. The rendered HTML carries no ``th:``
attributes any more, but the fragments leave their wrappers: every ``layout:fragment`` and
``th:insert`` host is an extra ``<div>``, HTML comments mark where each fragment began
(``<!-- fragments/sidebar :: docNhieu -->``). Bootstrap 4.6 from ``/webjars/``, jQuery, and list
pages drawn as jQuery DataTables tables (``dataTables_wrapper``, ``paginate_button``) although
the server pages them itself (Spring Data ``Pageable``: a **0-based** ``page`` parameter).

URL scheme
----------
- ``/``                                   home (latest news, notice box); ``/?lang=en`` the same
                                          page with English chrome (Spring ``LocaleChangeInterceptor``)
- ``/tin-tuc/chi-tiet/<id>/<slug>``       article; the slug is decorative: ``/tin-tuc/chi-tiet/<id>``
                                          and any other slug serve the same article
- ``/tin-tuc/danh-muc/<catId>?page=<N>``  category list, 4 rows a page, ``page`` 0-based
                                          (no parameter = ``page=0``)
- ``/thong-bao``, ``/thong-bao/<id>``      notice list, notice
- ``/van-ban?loai=<k>``                   document lists (k = 1 công văn, 2 quyết định, 3 kế hoạch);
                                          files under ``/van-ban/tai-ve/<id>`` (PDF)
- ``/gioi-thieu``, ``/lien-he``           intro, contact
- ``/tim-kiem?tuKhoa=…``                  search (GET form in the header)
- ``;jsessionid=<ID>`` may follow any path (Tomcat URL rewriting), e.g.
  ``/tin-tuc/chi-tiet/2496/hoi-nghi-…;jsessionid=9C1E…``

Page templates
--------------
- layout: top bar with today's date, banner, Bootstrap navbar with drop-downs, breadcrumb, main
  column, sidebar (most read, notices, link select, poll, visitor counter), footer.
- article (``tin-tuc/chi-tiet``): ``<article class="tt-chitiet">`` holding a print-only letterhead
  (``d-none d-print-block``), ``h1.tt-tieude``, the info bar ``div.tt-thongtin`` (update date,
  publication date, poster account, optional author field, views), tools, the sapo in
  ``div.tt-tomtat``, the text in ``div#noiDungTin`` (CKEditor 4 HTML, optional Bootstrap carousel
  of photos at its top), then "Tin cùng chuyên mục".
- notice (``thong-bao/<id>``): another developer's template: ``h1.tb-tieude``, ``p.tb-ngay`` with a
  12-hour Vietnamese clock ("04:45 CH"), ``div.tb-noidung`` (often an official document with
  letterhead table), ``div.tb-dinhkem`` attachment line.
- list (``tin-tuc/danh-muc``): a DataTables-style table (STT | Tiêu đề | Ngày đăng) with thumbnail,
  ``dataTables_info`` and a ``pagination`` of query-only links (``href="?page=1"``), plus a
  client-side row template in ``<script type="text/x-tmpl">``.

How each gold article is reached
--------------------------------
- Home "Tin mới" links the 5 newest news items (2496, 2495, 2493, 2491, 2490); the notice box
  links the 3 notices (318, 317, 315); the sidebar "Đọc nhiều" links 2484, 2479, 2493 by id only.
- Category 1 "Tin hoạt động": page 0 = 2496, 2493, 2490, 2486; page 1 (``?page=1``) = 2481, 2478.
  **2481 is reachable only through ``/tin-tuc/danh-muc/1?page=1``.** 2478 is also linked, under its
  old slug, from the related box inside 2486.
- Category 2 "Giáo dục Trung học": 2495, 2484. Category 3 "Giáo dục Mầm non - Tiểu học": 2491, 2479.
- ``/thong-bao`` lists 318, 317, 315.

Traps
-----
1. Tomcat URL rewriting: the home page, asked without a ``JSESSIONID`` cookie, prints every
   internal link (and image) with ``;jsessionid=9C1E…`` (Thymeleaf's ``@{…}`` goes through
   ``encodeURL``) and sets the cookie. Those URLs serve the same pages. Gold: the plain path; the
   ``;jsessionid`` forms the home page links are in ``alt_paths``. Pages asked with a
   ``;jsessionid`` print plain links again, so the trap is bounded: a link walk that strips the
   session id fetches 40 pages, one that keeps it 67 (the budget, 3 x 18, is 54).
2. The same post at two or three addresses: list rows link the thumbnail to
   ``/tin-tuc/chi-tiet/<id>`` and the headline to ``/tin-tuc/chi-tiet/<id>/<slug>``; the sidebar
   "Đọc nhiều" uses the id-only form; a renamed article (2478) is still linked under its old slug
   from another article's related box. All answer 200 with the same article and a canonical link
   to the slug form. Gold: the slug form; the others in ``alt_paths``.
3. 0-based pagination with query-only links: the pager labels "1 2" link ``?page=0`` and
   ``?page=1`` (relative to the list's path, no path in the href); the bare list path is page 0
   again. 2481 is only on ``?page=1``. Gold: reached there; list pages are no articles.
4. Update date printed before the publication date: the info bar reads
   "Cập nhật: 05/12/2026 08:05 | Ngày đăng: 04/12/2026 16:20". Gold: the "Ngày đăng" value.
5. UTC meta dates: ``<meta property="article:published_time">`` is Jackson's ``Instant`` in UTC
   ("2026-12-04T09:20:00Z"). For 2481, migrated from the old portal with a day only (printed
   "06/11/2026"), the meta says "2026-11-05T17:00:00Z", the previous day in UTC. Gold: the
   printed local value ("2026-11-06" for 2481, +07:00 times elsewhere).
6. The notice template prints a 12-hour Vietnamese clock: "04/12/2026 04:45 CH" (chiều = PM),
   "01/12/2026 08:15 SA". Gold: 318 -> "2026-12-04T16:45:00+07:00"; 317 and 315 take their
   letterhead day instead (official documents, see the house convention).
7. Related box spliced into the text: the vendor's ``[tinlienquan]`` shortcode expands to a
   ``div.tinlq-chen`` (headline links with "»") *between* two paragraphs of 2486; the text goes
   on after it. Gold: the body is all paragraphs before and after; the box's lines are not body.
8. A Bootstrap 4 carousel holds the photos of 2493 at the top of ``#noiDungTin``: only the first
   ``carousel-item`` is ``active`` (the others are hidden by CSS), each caption sits in
   ``div.carousel-caption`` *after* its image, the controls carry ``sr-only`` "Trước"/"Sau".
   Gold: all three photos in order with their carousel captions; no control text in the body.
9. Print-only letterhead inside the article: ``div.d-none.d-print-block`` at the top of the
   ``<article>`` repeats the department's name, address and the page URL for printing. Not body.
10. A client-side row template (``<script type="text/x-tmpl" id="tmpl-dong-tin">``) on list pages
    holds ``href="/tin-tuc/chi-tiet/{%=o[i].id%}/{%=o[i].slug%}"``: such paths answer 404. Nothing to take.
11. Bylines: the info bar's "Người đăng: sgd_bientap1" is a CMS account (nobody); the real
    signature is a right-aligned last line "Thu Hà - Văn phòng Sở" (-> "Thu Hà"); 2495 has an
    info-bar "Tác giả: ThS. Lê Văn Phúc" (-> "Lê Văn Phúc"); 2481 is signed by two people,
    "Thanh Tùng, Hoài Thương"; 2484 by a unit alone, "Phòng GDTrH"; 2493 "Tin, ảnh: Minh Khôi".
12. Captions: CKEditor ``figure/figcaption`` (2496), a centred ``<em>`` line under the picture,
    once in parentheses (2491, parentheses dropped), and a credit-only line "Ảnh: Hoàng Yến"
    (2490: caption None, photographer "Hoàng Yến").
13. Official-document notices (317, 315): letterhead table, "THÔNG BÁO" / "Về việc …", body,
    then a "Nơi nhận" / signer table ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / name"); an
    attachment line "File đính kèm: …pdf" under each notice.

Gold decisions on ambiguous points
----------------------------------
- Category: the last breadcrumb item before the headline ("Tin hoạt động", "Giáo dục Trung học",
  "Giáo dục Mầm non - Tiểu học", "Thông báo"), not the top menu ("Tin tức - Sự kiện").
- Summary: the bold ``div.tt-tomtat`` sapo (printed outside ``#noiDungTin``; first body paragraph
  in the gold). 2479 and the notices print none: null.
- The carousel photos of 2493 count as the article's images (they are its photo report), before
  the photos of the text.
- The letterhead day of an official notice wins over its "Ngày đăng" line (house convention);
  the plain notice 318 takes its "Ngày đăng" with the 12-hour clock read as 16:45.
- "Theo kế hoạch, …" in 2479 is a body sentence; its closing line "Theo moet.gov.vn" is the source.
- Lists of ``<li>`` and table rows in the text are paragraphs (cells joined by " | ").
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "spring_thymeleaf_vendor_sgddt"
PLATFORM = "Java Spring MVC 5 + Thymeleaf 3 vendor e-government portal (Bootstrap 4, DataTables lists)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SESSION_ID = "9C1E4B7A2D6F03E58A4B1C2D3E4F5A6B"
PAGE_SIZE = 4
IMG = "/resources/upload/tintuc/2026"

# catId -> (name, parent section in the menu)
CATEGORIES: dict[int, tuple[str, str]] = {
    1: ("Tin hoạt động", "Tin tức - Sự kiện"),
    2: ("Giáo dục Trung học", "Chuyên môn"),
    3: ("Giáo dục Mầm non - Tiểu học", "Chuyên môn"),
}
NOTICE_CAT = "Thông báo"

# --------------------------------------------------------------------------------------------
# the stories
# --------------------------------------------------------------------------------------------

_BYLINE_R = '<p style="text-align: right;"><strong>{}</strong></p>'

NEWS: list[Story] = [
    Story(
        id=2496,
        slug="hoi-nghi-so-ket-cong-tac-giao-duc-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị sơ kết công tác giáo dục học kỳ I năm học 2026-2027",
        cat="1",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều 04/12, Sở Giáo dục và Đào tạo tỉnh Tây Ninh tổ chức Hội nghị sơ kết công tác "
            "giáo dục học kỳ I năm học 2026-2027 và triển khai nhiệm vụ trọng tâm học kỳ II."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có lãnh đạo Sở, trưởng các phòng chuyên môn, lãnh đạo Phòng Văn hóa - "
                "Xã hội các xã, phường và hiệu trưởng các trường trung học phổ thông trực thuộc."
            ),
            Img(
                f"{IMG}/12/hoi-nghi-so-ket-hk1-01.jpg",
                printed="Giám đốc Sở GDĐT phát biểu chỉ đạo tại hội nghị.",
                caption="Giám đốc Sở GDĐT phát biểu chỉ đạo tại hội nghị.",
                style="figure",
            ),
            P(
                "Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 512 cơ sở giáo dục với hơn 268.000 "
                "học sinh; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%, tỷ lệ học sinh bỏ học giảm so "
                "với cùng kỳ năm trước."
            ),
            P("Các nhiệm vụ trọng tâm học kỳ II:", style="h"),
            P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp.", style="li"),
            P("Đẩy mạnh chuyển đổi số trong quản lý và dạy học.", style="li"),
            P("Chuẩn bị chu đáo cho Kỳ thi tốt nghiệp THPT năm 2027.", style="li"),
            P(
                "Phát biểu kết luận, Giám đốc Sở đề nghị các đơn vị rà soát đội ngũ, bảo đảm đủ giáo "
                "viên cho năm học và chăm lo đời sống cán bộ, giáo viên dịp Tết Nguyên đán."
            ),
            Raw(_BYLINE_R.format("Thu Hà - Văn phòng Sở")),
        ],
        authors=["Thu Hà"],
        opts={"updated": "05/12/2026 08:05", "printed": "04/12/2026 16:20", "utc": "2026-12-04T09:20:00Z",
              "poster": "sgd_bientap1"},
    ),
    Story(
        id=2495,
        slug="trien-khai-ke-hoach-on-thi-tot-nghiep-thpt-nam-2027",
        title="Triển khai kế hoạch ôn thi tốt nghiệp THPT năm 2027",
        cat="2",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sở GDĐT vừa ban hành kế hoạch hướng dẫn các trường THPT, trung tâm GDNN-GDTX tổ chức "
            "ôn tập cho học sinh lớp 12 chuẩn bị Kỳ thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, việc ôn tập được thực hiện từ tháng 01/2027 đến trước ngày thi, bám sát "
                "định hướng đề minh họa của Bộ Giáo dục và Đào tạo và phù hợp với đối tượng học sinh "
                "từng trường."
            ),
            P("Các trường cần lưu ý:", style="h"),
            P("Xây dựng thời khóa biểu ôn tập riêng, không dạy thêm thu tiền trái quy định.", style="li"),
            P("Phân loại học sinh theo năng lực để có phương pháp phù hợp.", style="li"),
            P("Tổ chức ít nhất hai đợt thi thử trên máy tính và trên giấy.", style="li"),
            P(
                "Sở sẽ thành lập đoàn kiểm tra công tác ôn thi tại các đơn vị vào cuối tháng 3/2027."
            ),
        ],
        opts={"printed": "03/12/2026 14:30", "utc": "2026-12-03T07:30:00Z", "poster": "gdtrh_admin",
              "tacgia": "ThS. Lê Văn Phúc"},
        authors=["Lê Văn Phúc"],
    ),
    Story(
        id=2493,
        slug="ngay-hoi-chuyen-doi-so-nganh-giao-duc-tinh-tay-ninh-nam-2026",
        title="Ngày hội Chuyển đổi số ngành Giáo dục tỉnh Tây Ninh năm 2026",
        cat="1",
        published_at="2026-12-02T09:00:00+07:00",
        summary=(
            "Sáng 02/12, tại Trường THPT Hoàng Lê Kha, Sở GDĐT tổ chức Ngày hội Chuyển đổi số ngành "
            "Giáo dục năm 2026 với sự tham gia của 45 gian trưng bày."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{IMG}/12/ngay-hoi-cds-01.jpg", printed="Đại biểu cắt băng khai mạc Ngày hội.",
                caption="Đại biểu cắt băng khai mạc Ngày hội.", style="carousel"),
            Img(f"{IMG}/12/ngay-hoi-cds-02.jpg", printed="Học sinh giới thiệu sản phẩm robot tự hành.",
                caption="Học sinh giới thiệu sản phẩm robot tự hành.", style="carousel"),
            Img(f"{IMG}/12/ngay-hoi-cds-03.jpg", printed="Gian trưng bày học liệu số của ngành Mầm non.",
                caption="Gian trưng bày học liệu số của ngành Mầm non.", style="carousel"),
            P(
                "Ngày hội là dịp để các đơn vị giới thiệu các mô hình trường học số, kho học liệu điện "
                "tử, phần mềm quản lý và các sản phẩm STEM do giáo viên, học sinh tự thực hiện."
            ),
            P(
                "Nhiều sản phẩm được khách tham quan đánh giá cao như hệ thống điểm danh bằng nhận diện "
                "khuôn mặt, ứng dụng tra cứu điểm qua Zalo và phòng học thông minh."
            ),
            P("Dịp này, Sở GDĐT khen thưởng 12 tập thể có thành tích xuất sắc trong chuyển đổi số."),
            Raw(_BYLINE_R.format("Tin, ảnh: Minh Khôi")),
        ],
        authors=["Minh Khôi"],
        photographers=["Minh Khôi"],
        opts={"printed": "02/12/2026 09:00", "utc": "2026-12-02T02:00:00Z", "poster": "sgd_bientap2"},
    ),
    Story(
        id=2491,
        slug="hoi-thi-be-khoe-be-ngoan-cap-tinh-nam-2026",
        title="Hội thi “Bé khỏe – Bé ngoan” cấp tỉnh năm 2026",
        cat="3",
        published_at="2026-11-29T07:45:00+07:00",
        summary=(
            "Hơn 300 trẻ mẫu giáo 5-6 tuổi đến từ 28 trường mầm non đã tham gia Hội thi “Bé khỏe – "
            "Bé ngoan” cấp tỉnh năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục nhịp điệu, vận động theo chủ đề và trò chơi "
                "dân gian, nhằm đánh giá sự phát triển thể chất, kỹ năng vận động của trẻ."
            ),
            Img(f"{IMG}/11/be-khoe-be-ngoan-01.jpg",
                printed="(Các bé Trường Mầm non Hoa Sen biểu diễn đồng diễn thể dục)",
                caption="Các bé Trường Mầm non Hoa Sen biểu diễn đồng diễn thể dục", style="em"),
            P(
                "Các tiết mục được đầu tư công phu, kết hợp âm nhạc và đạo cụ tự làm từ vật liệu tái "
                "chế, mang lại không khí vui tươi cho khán giả."
            ),
            Img(f"{IMG}/11/be-khoe-be-ngoan-02.jpg", printed="Phần thi trò chơi dân gian “Kéo co”.",
                caption="Phần thi trò chơi dân gian “Kéo co”.", style="em"),
            P(
                "Kết quả, Ban tổ chức trao 5 giải Nhất, 8 giải Nhì, 10 giải Ba và 5 giải Khuyến khích "
                "cho các đội."
            ),
            Raw(_BYLINE_R.format("Ngọc Hân - Phòng GDMN")),
        ],
        authors=["Ngọc Hân"],
        opts={"printed": "29/11/2026 07:45", "utc": "2026-11-29T00:45:00Z", "poster": "gdmn_bientap"},
    ),
    Story(
        id=2490,
        slug="trao-hoc-bong-tiep-buoc-den-truong-cho-120-hoc-sinh-vuot-kho",
        title="Trao học bổng “Tiếp bước đến trường” cho 120 học sinh vượt khó",
        cat="1",
        published_at="2026-11-27T10:45:00+07:00",
        summary=(
            "Sáng 27/11, Hội Khuyến học tỉnh phối hợp Sở GDĐT trao 120 suất học bổng “Tiếp bước đến "
            "trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học giỏi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, kèm theo một bộ sách giáo khoa và đồ dùng học "
                "tập, tổng trị giá hơn 300 triệu đồng do các doanh nghiệp trên địa bàn tài trợ."
            ),
            Img(f"{IMG}/11/hoc-bong-tiep-buoc-01.jpg", printed="Ảnh: Hoàng Yến", caption=None, style="em"),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Khuyến học tỉnh mong các em tiếp tục nỗ lực, "
                "vượt qua khó khăn để đạt kết quả cao trong học tập."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Tây Ninh</em></p>'),
        ],
        photographers=["Hoàng Yến"],
        source="Báo Tây Ninh",
        opts={"printed": "27/11/2026 10:45", "utc": "2026-11-27T03:45:00Z", "poster": "sgd_bientap1"},
    ),
    Story(
        id=2486,
        slug="tap-huan-cong-tac-y-te-truong-hoc-va-phong-chong-dich-benh-mua-dong",
        title="Tập huấn công tác y tế trường học và phòng chống dịch bệnh mùa đông",
        cat="1",
        published_at="2026-11-20T14:00:00+07:00",
        summary=(
            "Ngày 20/11, Sở GDĐT phối hợp Trung tâm Kiểm soát bệnh tật tỉnh tập huấn công tác y tế "
            "trường học cho 250 nhân viên y tế các trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nội dung tập huấn tập trung vào phòng chống các bệnh truyền nhiễm thường gặp mùa đông "
                "như cúm, tay chân miệng, sốt xuất huyết và kỹ năng sơ cấp cứu ban đầu."
            ),
            Raw("@@TINLQ@@"),
            P(
                "Các học viên được thực hành xử trí ngạt nước, hóc dị vật, cầm máu vết thương và "
                "hướng dẫn lập hồ sơ theo dõi sức khỏe học sinh trên phần mềm."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa."
            ),
            Raw(_BYLINE_R.format("BS. Trần Ngọc Lan - Phòng Chính trị, tư tưởng")),
        ],
        authors=["Trần Ngọc Lan"],
        opts={"printed": "20/11/2026 14:00", "utc": "2026-11-20T07:00:00Z", "poster": "sgd_bientap2"},
    ),
    Story(
        id=2484,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-9-nam-hoc-2026-2027",
        title="Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027",
        cat="2",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026-2027 có 1.236 thí sinh dự thi ở "
            "10 môn, trong đó 612 em đạt giải."
        ),
        sapo_outside=True,
        blocks=[
            P("Số lượng giải theo môn thi như sau:"),
            P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba", style="row"),
            P("Ngữ văn | 6 | 18 | 35", style="row"),
            P("Toán | 8 | 20 | 41", style="row"),
            P("Tiếng Anh | 9 | 22 | 38", style="row"),
            P(
                "Sở GDĐT đề nghị các đơn vị có học sinh đạt giải tổ chức tuyên dương, khen thưởng kịp "
                "thời."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"printed": "14/11/2026 08:30", "utc": "2026-11-14T01:30:00Z", "poster": "gdtrh_admin"},
    ),
    Story(
        id=2481,
        slug="giao-luu-van-hoa-doc-sach-nhip-cau-tri-thuc-tai-go-dau",
        title="Giao lưu văn hóa đọc “Sách – Nhịp cầu tri thức” tại Gò Dầu",
        cat="1",
        published_at="2026-11-06",
        summary=(
            "Chương trình giao lưu văn hóa đọc “Sách – Nhịp cầu tri thức” thu hút hơn 600 học sinh "
            "các trường tiểu học, THCS trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chương trình, học sinh được giao lưu với các tác giả sách thiếu nhi, tham gia thi "
                "kể chuyện theo sách và trưng bày sản phẩm “Góc đọc sáng tạo”."
            ),
            P("Ban tổ chức cũng trao tặng 2.000 cuốn sách cho thư viện các trường vùng biên giới."),
            Raw(_BYLINE_R.format("Thanh Tùng, Hoài Thương")),
        ],
        authors=["Thanh Tùng", "Hoài Thương"],
        opts={"printed": "06/11/2026", "utc": "2026-11-05T17:00:00Z", "poster": "migrate"},
    ),
    Story(
        id=2479,
        slug="tiep-tuc-thuc-hien-chuong-trinh-gdpt-2018-o-cap-tieu-hoc",
        title="Tiếp tục thực hiện Chương trình GDPT 2018 ở cấp Tiểu học: những điểm cần lưu ý",
        cat="3",
        published_at="2026-10-25T10:00:00+07:00",
        blocks=[
            P(
                "Năm học 2026-2027, các trường tiểu học tiếp tục thực hiện Chương trình giáo dục phổ "
                "thông 2018 theo hướng linh hoạt, phù hợp điều kiện thực tế của từng địa phương."
            ),
            P(
                "Theo kế hoạch, các trường bảo đảm dạy 2 buổi/ngày, tổ chức hoạt động trải nghiệm và "
                "giáo dục kỹ năng sống phù hợp lứa tuổi."
            ),
            P("Một số điểm cần lưu ý:", style="h"),
            P("Đánh giá học sinh theo Thông tư 27/2020/TT-BGDĐT;", style="br"),
            P("Sử dụng sách giáo khoa đã được UBND tỉnh phê duyệt;", style="br"),
            P("Tăng cường dạy học tiếng Anh và Tin học từ lớp 3.", style="br"),
            Raw('<p style="text-align: right;"><em>Theo moet.gov.vn</em></p>'),
        ],
        source="moet.gov.vn",
        opts={"printed": "25/10/2026 10:00", "utc": "2026-10-25T03:00:00Z", "poster": "gdth_admin"},
    ),
    Story(
        id=2478,
        slug="tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
        title="Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS",
        cat="1",
        published_at="2026-10-22T15:10:00+07:00",
        summary=(
            "Sau 10 ngày tranh tài, Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS chu kỳ 2026-2029 đã "
            "bế mạc với 86 giáo viên được công nhận."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi có 142 giáo viên dự thi ở 9 môn học; mỗi giáo viên trình bày biện pháp nâng cao "
                "chất lượng giảng dạy và thực hành hai tiết dạy."
            ),
            Img(f"{IMG}/10/gv-day-gioi-thcs-01.jpg", printed=None, caption=None, style="bare"),
            P("Ban tổ chức trao giấy chứng nhận cho 86 giáo viên dạy giỏi cấp tỉnh."),
            Raw(_BYLINE_R.format("Phòng GDTrH")),
        ],
        authors=["Phòng GDTrH"],
        opts={"printed": "22/10/2026 15:10", "updated": "02/11/2026 09:40", "utc": "2026-10-22T08:10:00Z",
              "poster": "gdtrh_admin", "old_slug": "hoi-thi-giao-vien-day-gioi-cap-tinh-thcs-2026",
              "old_title": "Hội thi giáo viên dạy giỏi cấp tỉnh THCS năm 2026"},
    ),
]


def _letterhead(number: str, day: str, subject: str) -> Raw:
    d, m, y = day.split("/")
    return Raw(
        '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
        '<td style="text-align:center; width:40%"><p>UBND TỈNH TÂY NINH</p>'
        '<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: ' + esc(number) + "</p></td>"
        '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p>'
        "<p><strong>Độc lập - Tự do - Hạnh phúc</strong></p>"
        f"<p><em>Tây Ninh, ngày {d} tháng {m} năm {y}</em></p></td></tr></tbody></table>"
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
        f'<p style="text-align:center"><strong>{esc(subject)}</strong></p>'
    )


def _closing(recipients: list[str], post: list[str], name: str) -> Raw:
    rec = "<br />".join(esc(r) for r in recipients)
    posts = "<br />".join(esc(p) for p in post)
    return Raw(
        '<table border="0" style="width:100%"><tbody><tr><td style="width:50%; vertical-align:top">'
        f"<p><strong><em>Nơi nhận:</em></strong><br />{rec}</p></td>"
        f'<td style="text-align:center; vertical-align:top"><p><strong>{posts}</strong></p>'
        f"<p><em>(Đã ký)</em></p><p><strong>{esc(name)}</strong></p></td></tr></tbody></table>"
    )


NOTICES: list[Story] = [
    Story(
        id=318,
        slug="",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với các đơn vị trực thuộc",
        cat="tb",
        published_at="2026-12-04T16:45:00+07:00",
        blocks=[
            P(
                "Thực hiện thông báo của UBND tỉnh, Sở GDĐT thông báo lịch nghỉ Tết Dương lịch 2027 "
                "như sau: cán bộ, công chức, viên chức và học sinh nghỉ 01 ngày, thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "Thủ trưởng các đơn vị bố trí lực lượng trực bảo vệ cơ quan, phòng chống cháy nổ trong "
                "thời gian nghỉ và báo cáo tình hình về Văn phòng Sở trước 10 giờ ngày 02/01/2027."
            ),
        ],
        opts={"printed": "04/12/2026 04:45 CH", "poster": "vanphong_sgd", "file": "tb-318-nghi-tet-duong-lich.pdf"},
    ),
    Story(
        id=317,
        slug="",
        title="Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2026",
        cat="tb",
        published_at="2026-11-30",
        blocks=[
            _letterhead("2145/TB-SGDĐT", "30/11/2026",
                        "Về việc tuyển dụng viên chức sự nghiệp giáo dục năm 2026"),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP của Chính phủ quy định về tuyển dụng, sử dụng và "
                "quản lý viên chức; căn cứ kế hoạch tuyển dụng đã được UBND tỉnh phê duyệt;"
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 214 chỉ tiêu viên chức giảng dạy tại các "
                "trường THPT, trường chuyên biệt và trung tâm GDNN-GDTX trực thuộc."
            ),
            P("1. Điều kiện đăng ký dự tuyển", style="h"),
            P(
                "Người đăng ký có trình độ chuẩn được đào tạo theo quy định của Luật Giáo dục, có chứng "
                "chỉ bồi dưỡng nghiệp vụ sư phạm đối với người tốt nghiệp ngành ngoài sư phạm."
            ),
            P("2. Thời gian nhận phiếu", style="h"),
            P(
                "Từ ngày 01/12/2026 đến hết ngày 30/12/2026, trong giờ hành chính, tại Phòng Tổ chức "
                "cán bộ, Sở Giáo dục và Đào tạo."
            ),
            _closing(["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, TCCB."],
                     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Bích Vân"),
        ],
        authors=["Nguyễn Thị Bích Vân"],
        opts={"printed": "01/12/2026 08:15 SA", "poster": "tccb_sgd", "file": "tb-2145-tuyen-dung-vien-chuc-2026.pdf"},
    ),
    Story(
        id=315,
        slug="",
        title="Thông báo kết quả xét công nhận sáng kiến cấp tỉnh năm học 2025-2026",
        cat="tb",
        published_at="2026-11-18",
        blocks=[
            _letterhead("2032/TB-SGDĐT", "18/11/2026",
                        "Về kết quả xét công nhận sáng kiến cấp tỉnh năm học 2025-2026"),
            P(
                "Căn cứ biên bản họp Hội đồng xét công nhận sáng kiến cấp tỉnh ngày 12/11/2026, Sở Giáo "
                "dục và Đào tạo thông báo kết quả như sau:"
            ),
            P(
                "Có 158/171 sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh, trong đó bậc Mầm "
                "non 32, Tiểu học 47, THCS 41 và THPT 38 sáng kiến."
            ),
            P(
                "Danh sách chi tiết được gửi kèm thông báo này; các đơn vị thông báo đến tác giả sáng "
                "kiến và lưu hồ sơ theo quy định."
            ),
            _closing(["- Các đơn vị trực thuộc;", "- Lưu: VT, VP."],
                     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Phạm Minh Đức"),
        ],
        authors=["Phạm Minh Đức"],
        opts={"printed": "19/11/2026 10:05 SA", "poster": "vanphong_sgd", "file": "tb-2032-sang-kien-2026.pdf"},
    ),
]

NEWS_BY_ID = {s.id: s for s in NEWS}
NOTICE_BY_ID = {s.id: s for s in NOTICES}
HOME_LATEST = [2496, 2495, 2493, 2491, 2490]
MOST_READ = [2484, 2479, 2493]


def article_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}/{slug or story.slug}"


def notice_path(story: Story) -> str:
    return f"/thong-bao/{story.id}"


def _jsid(path: str) -> str:
    base, sep, query = path.partition("?")
    return f"{base};jsessionid={SESSION_ID}{sep}{query}"


def _cat_stories(cat: int) -> list[Story]:
    return [s for s in NEWS if s.cat == str(cat)]  # NEWS is newest first


# --------------------------------------------------------------------------------------------
# chrome
# --------------------------------------------------------------------------------------------

_MENU_VI = {
    "home": "Trang chủ", "intro": "Giới thiệu", "news": "Tin tức - Sự kiện", "pro": "Chuyên môn",
    "tb": "Thông báo", "vb": "Văn bản", "lh": "Liên hệ",
}
_MENU_EN = {
    "home": "Home", "intro": "About", "news": "News & Events", "pro": "Education",
    "tb": "Notices", "vb": "Documents", "lh": "Contact",
}


def _head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<meta name="_csrf" content="5b1f0c2e-8d4a-4e37-9a61-2f0c7d3b9e14" />
<meta name="_csrf_header" content="X-CSRF-TOKEN" />
<title>{esc(title)}</title>
{extra}
<link rel="stylesheet" href="/webjars/bootstrap/4.6.2/css/bootstrap.min.css" />
<link rel="stylesheet" href="/webjars/font-awesome/4.7.0/css/font-awesome.min.css" />
<link rel="stylesheet" href="/webjars/datatables/1.10.25/css/dataTables.bootstrap4.min.css" />
<link rel="stylesheet" href="/resources/css/portal.css?v=3.2.7" />
<link rel="icon" href="/resources/images/favicon.ico" />
</head>"""


def _navbar(en: bool) -> str:
    m = _MENU_EN if en else _MENU_VI
    cats = "".join(
        f'<a class="dropdown-item" href="/tin-tuc/danh-muc/{cid}">{esc(name)}</a>'
        for cid, (name, parent) in CATEGORIES.items() if parent == "Tin tức - Sự kiện"
    )
    pro = "".join(
        f'<a class="dropdown-item" href="/tin-tuc/danh-muc/{cid}">{esc(name)}</a>'
        for cid, (name, parent) in CATEGORIES.items() if parent == "Chuyên môn"
    )
    return f"""<!-- fragments/header :: menu -->
<div><nav class="navbar navbar-expand-lg navbar-dark bg-primary sgs-menu">
<div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mnChinh" aria-controls="mnChinh" aria-expanded="false"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mnChinh">
<ul class="navbar-nav mr-auto">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> {m['home']}</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd1" role="button" data-toggle="dropdown">{m['intro']}</a>
<div class="dropdown-menu"><a class="dropdown-item" href="/gioi-thieu">Giới thiệu chung</a><a class="dropdown-item" href="/lien-he">Liên hệ - Góp ý</a></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd2" role="button" data-toggle="dropdown">{m['news']}</a>
<div class="dropdown-menu">{cats}</div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd3" role="button" data-toggle="dropdown">{m['pro']}</a>
<div class="dropdown-menu">{pro}</div></li>
<li class="nav-item"><a class="nav-link" href="/thong-bao">{m['tb']}</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="dd4" role="button" data-toggle="dropdown">{m['vb']}</a>
<div class="dropdown-menu"><a class="dropdown-item" href="/van-ban?loai=1">Công văn</a><a class="dropdown-item" href="/van-ban?loai=2">Quyết định</a><a class="dropdown-item" href="/van-ban?loai=3">Kế hoạch</a></div></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">{m['lh']}</a></li>
</ul>
<form class="form-inline my-2 my-lg-0" action="/tim-kiem" method="get">
<input class="form-control form-control-sm mr-sm-2" type="search" name="tuKhoa" placeholder="Tìm kiếm..." aria-label="Tìm kiếm" />
<button class="btn btn-sm btn-light" type="submit"><i class="fa fa-search"></i></button>
</form>
</div></div></nav></div>
<!-- /fragments/header :: menu -->"""


def _header(en: bool) -> str:
    flag = '<span class="lang-cur">VI</span> | <a href="/?lang=en" title="English">EN</a>'
    if en:
        flag = '<a href="/?lang=vi" title="Tiếng Việt">VI</a> | <span class="lang-cur">EN</span>'
    return f"""<body>
<div class="wrapper">
<!-- fragments/header :: topbar -->
<div><div class="sgs-topbar bg-light border-bottom small">
<div class="container d-flex justify-content-between py-1">
<span id="ngayHienTai"><i class="fa fa-calendar-o"></i> {HEADER_TODAY}</span>
<span class="lang-switch">{flag}</span>
</div></div></div>
<!-- fragments/header :: banner -->
<div><div class="sgs-banner" style="background:url(/resources/images/banner-bg.jpg) no-repeat center">
<div class="container py-3 d-flex align-items-center">
<a href="/"><img src="/resources/images/logo-sgd.png" alt="Logo Sở GDĐT Tây Ninh" height="80" /></a>
<div class="ml-3 text-white"><div class="h6 mb-0">ỦY BAN NHÂN DÂN TỈNH TÂY NINH</div>
<div class="h3 font-weight-bold mb-0">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div>
</div></div></div>
{_navbar(en)}"""


def _sidebar() -> str:
    most = "".join(
        f'<li class="list-group-item px-2 py-1"><a href="/tin-tuc/chi-tiet/{i}">{esc(NEWS_BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    notices = "".join(
        f'<li><a href="{notice_path(n)}">{esc(n.title)}</a></li>' for n in NOTICES[:2]
    )
    return f"""<!-- fragments/sidebar :: sidebar -->
<div>
<div class="card mb-3 sb-docnhieu"><div class="card-header bg-primary text-white py-1"><i class="fa fa-fire"></i> Đọc nhiều nhất</div>
<!-- fragments/sidebar :: docNhieu -->
<div><ul class="list-group list-group-flush small">{most}</ul></div></div>
<div class="card mb-3"><div class="card-header py-1">Thông báo mới</div>
<div class="card-body p-2"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:120px"><ul class="list-unstyled small">{notices}</ul></marquee></div></div>
<div class="card mb-3"><div class="card-header py-1">Liên kết website</div>
<div class="card-body p-2"><select class="form-control form-control-sm" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://tayninh.gov.vn">Cổng TTĐT tỉnh Tây Ninh</option>
<option value="https://baotayninh.vn">Báo Tây Ninh</option>
</select></div></div>
<div class="card mb-3"><div class="card-header py-1">Thăm dò ý kiến</div>
<div class="card-body p-2 small"><form id="frmBinhChon" onsubmit="return guiBinhChon(this);">
<p class="mb-1">Bạn đánh giá thế nào về Cổng thông tin mới?</p>
<div class="custom-control custom-radio"><input type="radio" id="bc1" name="luaChon" value="1" class="custom-control-input" /><label class="custom-control-label" for="bc1">Rất hữu ích</label></div>
<div class="custom-control custom-radio"><input type="radio" id="bc2" name="luaChon" value="2" class="custom-control-input" /><label class="custom-control-label" for="bc2">Hữu ích</label></div>
<div class="custom-control custom-radio"><input type="radio" id="bc3" name="luaChon" value="3" class="custom-control-input" /><label class="custom-control-label" for="bc3">Chưa hữu ích</label></div>
<button type="submit" class="btn btn-sm btn-primary mt-1">Bình chọn</button> <button type="button" class="btn btn-sm btn-outline-secondary mt-1" onclick="xemKetQua()">Kết quả</button>
</form></div></div>
<div class="card mb-3"><div class="card-header py-1">Thống kê truy cập</div>
<div class="card-body p-2 small"><div>Đang online: <b>37</b></div><div>Hôm nay: <b>1.284</b></div><div>Tổng truy cập: <b>4.915.362</b></div></div></div>
</div>
<!-- /fragments/sidebar :: sidebar -->"""


_FOOTER = """<!-- fragments/footer :: footer -->
<div><footer class="sgs-footer bg-dark text-light small mt-4"><div class="container py-3">
<div class="row"><div class="col-md-8">
<p class="mb-1 font-weight-bold">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TÂY NINH</p>
<p class="mb-1">Địa chỉ: Số 01 đường Trần Phú, Phường 2, thành phố Tây Ninh, tỉnh Tây Ninh</p>
<p class="mb-1">Điện thoại: (0276) 3822 640 - Fax: (0276) 3822 641 - Email: sgddt@tayninh.gov.vn</p>
<p class="mb-1">Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
</div><div class="col-md-4 text-md-right">
<p class="mb-1"><a class="text-light" href="https://www.facebook.com/sgddttayninh" target="_blank">Facebook</a> · <a class="text-light" href="https://www.youtube.com/@sgddttayninh" target="_blank">YouTube</a></p>
<p class="mb-0">© 2026 Sở GDĐT Tây Ninh. Phát triển bởi Công ty TNHH Giải pháp Phần mềm Sài Gòn Số (SGS Soft).</p>
</div></div></div></footer></div>
</div>
<script src="/webjars/jquery/3.6.0/jquery.min.js"></script>
<script src="/webjars/bootstrap/4.6.2/js/bootstrap.bundle.min.js"></script>
<script src="/webjars/datatables/1.10.25/js/jquery.dataTables.min.js"></script>
<script src="/resources/js/portal.js?v=3.2.7"></script>
<script>
/*<![CDATA[*/
var ctx = "/";
function guiBinhChon(f){ $.post(ctx + "api/binh-chon", $(f).serialize()); return false; }
function xemKetQua(){ alert("Chức năng đang cập nhật"); }
/*]]>*/
</script>
</body>
</html>"""


def _breadcrumb(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb bg-white px-0 mb-2">{"".join(lis)}</ol></nav>'


def _page(title: str, main: str, *, en: bool = False, head_extra: str = "") -> str:
    return (
        _head(title, head_extra)
        + _header(en)
        + '\n<div class="main-content" id="content">\n<!-- layout:fragment content -->\n<div>'
        + '<div class="container mt-3"><div class="row">'
        + f'<div class="col-lg-8 col-md-12"><div>{main}</div></div>'
        + f'<aside class="col-lg-4 col-md-12">{_sidebar()}</aside>'
        + "</div></div></div>\n</div>\n"
        + _FOOTER
    )


# --------------------------------------------------------------------------------------------
# article text
# --------------------------------------------------------------------------------------------

def _img_tag(src: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<img{c} alt="" src="{esc(src)}" style="width:100%; max-width:640px; height:auto" />'


ACTIVE = ' class="active"'


def _carousel(story: Story, imgs: list[Img]) -> str:
    cid = f"carouselAnh{story.id}"
    ind = "".join(
        f'<li data-target="#{cid}" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>'
        for i in range(len(imgs))
    )
    items = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}">{_img_tag(im.src, "d-block w-100")}'
        f'<div class="carousel-caption d-none d-md-block"><p>{esc(im.printed or "")}</p></div></div>'
        for i, im in enumerate(imgs)
    )
    return (
        f'<div id="{cid}" class="carousel slide mb-3" data-ride="carousel">'
        f'<ol class="carousel-indicators">{ind}</ol><div class="carousel-inner">{items}</div>'
        f'<a class="carousel-control-prev" href="#{cid}" role="button" data-slide="prev">'
        '<span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="sr-only">Trước</span></a>'
        f'<a class="carousel-control-next" href="#{cid}" role="button" data-slide="next">'
        '<span class="carousel-control-next-icon" aria-hidden="true"></span><span class="sr-only">Sau</span></a></div>'
    )


def _tinlq_box() -> str:
    old = NEWS_BY_ID[2478]
    other = NEWS_BY_ID[2491]
    return (
        '<div class="tinlq-chen border-left border-primary pl-2 my-3 small">'
        '<p class="mb-1"><strong>Tin liên quan:</strong></p><ul class="list-unstyled mb-0">'
        f'<li><a href="{article_path(old, old.opts["old_slug"])}">» {esc(old.opts["old_title"])}</a></li>'
        f'<li><a href="{article_path(other)}">» {esc(other.title)}</a></li></ul></div>'
    )


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        group_style = getattr(b, "style", None)
        if isinstance(b, (P, Img)) and group_style in ("li", "row", "br", "carousel"):
            j = i
            while j < len(blocks) and type(blocks[j]) is type(b) and blocks[j].style == group_style:
                j += 1
            group = blocks[i:j]
            if group_style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            elif group_style == "row":
                rows = []
                for k, p in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" class="table table-bordered table-sm" '
                           'style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
            elif group_style == "br":
                out.append("<p>" + "<br />\n".join(esc(p.text) for p in group) + "</p>")
            else:
                out.append(_carousel(story, group))
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "figure":
                out.append(f'<figure class="image" style="display:inline-block">{_img_tag(b.src)}'
                           f"<figcaption>{esc(b.printed or '')}</figcaption></figure>")
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>'
                           f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
        elif isinstance(b, Raw):
            out.append(_tinlq_box() if b.html == "@@TINLQ@@" else b.html)
        i += 1
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------------------------

def _fmt_day(stamp: str) -> str:
    y, m, d = stamp[:10].split("-")
    return f"{d}/{m}/{y}"


def article_page(request: Request, story: Story) -> str:
    cat_name, parent = CATEGORIES[int(story.cat)]
    o = story.opts
    info = []
    if o.get("updated"):
        info.append(f'<span class="tt-capnhat mr-2"><i class="fa fa-refresh"></i> Cập nhật: {o["updated"]}</span>')
    info.append(f'<span class="tt-ngaydang mr-2"><i class="fa fa-calendar"></i> Ngày đăng: {o["printed"]}</span>')
    if o.get("tacgia"):
        info.append(f'<span class="tt-tacgia mr-2"><i class="fa fa-pencil"></i> Tác giả: {esc(o["tacgia"])}</span>')
    info.append(f'<span class="tt-nguoidang mr-2"><i class="fa fa-user"></i> Người đăng: {o["poster"]}</span>')
    info.append(f'<span class="tt-luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    canonical = "http://" + request.headers.get("Host", "127.0.0.1") + article_path(story)
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta name="description" content="{esc(story.summary or story.title)}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta property="article:published_time" content="{o["utc"]}" />\n'
        f'<meta property="article:section" content="{esc(cat_name)}" />'
    )
    sapo = f'<div class="tt-tomtat mb-3"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    same = [s for s in _cat_stories(int(story.cat)) if s.id != story.id][:3]
    same_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted small">({_fmt_day(s.published_at)})</span></li>'
        for s in same
    )
    crumbs = _breadcrumb([("Trang chủ", "/"), (parent, None if parent == "Chuyên môn" else "/tin-tuc/danh-muc/1"),
                          (cat_name, f"/tin-tuc/danh-muc/{story.cat}")])
    main = f"""{crumbs}
<!-- tin-tuc/chi-tiet :: noiDung -->
<div><article class="tt-chitiet" id="tinTuc-{story.id}">
<div class="d-none d-print-block in-dau-trang small">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TÂY NINH<br />Số 01 đường Trần Phú, Phường 2, thành phố Tây Ninh<br />Bản in từ địa chỉ: {esc(canonical)}</div>
<h1 class="tt-tieude h3 text-primary">{esc(story.title)}</h1>
<div class="tt-thongtin text-muted small mb-2">{" ".join(info)}</div>
<div class="tt-congcu small mb-2"><a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a> <a href="javascript:void(0)" onclick="doiCoChu(-1)">A-</a> <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> <a href="mailto:?subject={esc(story.title)}"><i class="fa fa-envelope"></i> Gửi email</a></div>
{sapo}
<div class="tt-noidung" id="noiDungTin">
{render_blocks(story)}
</div>
<div class="tt-chiase mt-2 small"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank"><i class="fa fa-facebook-square"></i> Facebook</a> <a href="https://zalo.me/share?url={esc(canonical)}" target="_blank">Zalo</a> <a href="javascript:history.back()">« Quay lại</a></div>
</article></div>
<!-- tin-tuc/chi-tiet :: tinCungChuyenMuc -->
<div><div class="tin-cung-cm mt-4"><h4 class="h6 border-bottom pb-1 text-uppercase">Tin cùng chuyên mục</h4><ul>{same_html}</ul></div></div>"""
    return _page(f"{story.title} | Sở GDĐT Tây Ninh", main, head_extra=head)


def notice_page(request: Request, story: Story) -> str:
    o = story.opts
    main = f"""{_breadcrumb([("Trang chủ", "/"), (NOTICE_CAT, "/thong-bao")])}
<!-- thong-bao/chi-tiet -->
<div><div class="tb-chitiet">
<h1 class="tb-tieude h4 font-weight-bold">{esc(story.title)}</h1>
<p class="tb-ngay text-muted small"><i class="fa fa-clock-o"></i> Ngày đăng: {o["printed"]} &nbsp;|&nbsp; Người đăng: {o["poster"]} &nbsp;|&nbsp; Lượt xem: {story.views()}</p>
<div class="tb-noidung">
{render_blocks(story)}
</div>
<div class="tb-dinhkem small mt-3"><i class="fa fa-paperclip"></i> File đính kèm: <a href="/resources/upload/thongbao/{o["file"]}">{o["file"]}</a></div>
</div></div>
<div><div class="tb-khac mt-4"><h4 class="h6 text-uppercase">Các thông báo khác</h4><ul>{"".join(f'<li><a href="{notice_path(n)}">{esc(n.title)}</a></li>' for n in NOTICES if n.id != story.id)}</ul></div></div>"""
    return _page(f"{story.title} | Sở GDĐT Tây Ninh", main)


_ROW_TMPL = """<script type="text/x-tmpl" id="tmpl-dong-tin">
{% for (var i=0; i<o.length; i++) { %}
<tr role="row"><td>{%=o[i].stt%}</td><td><a href="/tin-tuc/chi-tiet/{%=o[i].id%}/{%=o[i].slug%}">{%=o[i].tieuDe%}</a></td><td>{%=o[i].ngayDang%}</td></tr>
{% } %}
</script>"""


def list_page(cat: int, page: int) -> str:
    stories = _cat_stories(cat)
    name, parent = CATEGORIES[cat]
    total = len(stories)
    pages = max(1, -(-total // PAGE_SIZE))
    chunk = stories[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
    rows = []
    for k, s in enumerate(chunk):
        stt = page * PAGE_SIZE + k + 1
        thumb = "/resources/images/no-image.png"
        if s.images:
            folder, file = s.images[0].src.rsplit("/", 1)
            thumb = f"{folder}/thumb_{file}"
        snippet = esc((s.summary or s.paragraphs[0])[:140].rsplit(" ", 1)[0] + "...")
        rows.append(
            f'<tr role="row" class="{"odd" if k % 2 == 0 else "even"}"><td class="text-center">{stt}</td>'
            f'<td><div class="media"><a href="/tin-tuc/chi-tiet/{s.id}"><img class="mr-2" src="{thumb}" width="90" alt="" /></a>'
            f'<div class="media-body"><a class="tieude-tin font-weight-bold" href="{article_path(s)}">{esc(s.title)}</a>'
            f'<p class="small text-muted mb-0">{snippet}</p></div></div></td>'
            f'<td class="text-nowrap small">{_fmt_day(s.published_at).replace("/", "-")}</td></tr>'
        )
    if not rows:
        rows.append('<tr class="odd"><td valign="top" colspan="3" class="dataTables_empty">Không có dữ liệu</td></tr>')
    start = page * PAGE_SIZE + 1 if chunk else 0
    end = page * PAGE_SIZE + len(chunk)
    prev_cls = " disabled" if page == 0 else ""
    prev_href = "#" if page == 0 else f"?page={page - 1}"
    next_cls = " disabled" if page >= pages - 1 else ""
    next_href = "#" if page >= pages - 1 else f"?page={page + 1}"
    nums = "".join(
        f'<li class="paginate_button page-item{" active" if n == page else ""}">'
        f'<a href="?page={n}" aria-controls="dsTin" data-dt-idx="{n + 1}" tabindex="0" class="page-link">{n + 1}</a></li>'
        for n in range(pages)
    )
    main = f"""{_breadcrumb([("Trang chủ", "/"), (parent, None), (name, None)])}
<!-- tin-tuc/danh-muc :: danhSach -->
<div><div class="card"><div class="card-header"><h2 class="h5 mb-0">{esc(name)}</h2></div><div class="card-body">
<div id="dsTin_wrapper" class="dataTables_wrapper dt-bootstrap4 no-footer">
<div class="row"><div class="col-sm-12 col-md-6"><div class="dataTables_length" id="dsTin_length"><label>Hiển thị <select name="dsTin_length" aria-controls="dsTin" class="custom-select custom-select-sm form-control form-control-sm"><option value="4">4</option><option value="10">10</option></select> mục</label></div></div>
<div class="col-sm-12 col-md-6"><div id="dsTin_filter" class="dataTables_filter"><label>Tìm:<input type="search" class="form-control form-control-sm" placeholder="" aria-controls="dsTin" /></label></div></div></div>
<div class="row"><div class="col-sm-12">
<table id="dsTin" class="table table-striped table-bordered dataTable no-footer" role="grid" style="width:100%">
<thead><tr role="row"><th class="sorting_disabled" style="width:40px">STT</th><th class="sorting">Tiêu đề</th><th class="sorting_desc" style="width:90px">Ngày đăng</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table></div></div>
<div class="row"><div class="col-sm-12 col-md-5"><div class="dataTables_info" id="dsTin_info" role="status" aria-live="polite">Hiển thị {start} đến {end} của {total} mục</div></div>
<div class="col-sm-12 col-md-7"><div class="dataTables_paginate paging_simple_numbers" id="dsTin_paginate"><ul class="pagination pagination-sm justify-content-end">
<li class="paginate_button page-item previous{prev_cls}" id="dsTin_previous"><a href="{prev_href}" aria-controls="dsTin" data-dt-idx="0" tabindex="0" class="page-link">Trước</a></li>
{nums}
<li class="paginate_button page-item next{next_cls}" id="dsTin_next"><a href="{next_href}" aria-controls="dsTin" data-dt-idx="{pages + 1}" tabindex="0" class="page-link">Sau</a></li>
</ul></div></div></div>
</div></div></div></div>
{_ROW_TMPL}"""
    return _page(f"{name} | Sở GDĐT Tây Ninh", main)


def notice_list_page() -> str:
    rows = "".join(
        f'<tr><td class="text-center">{k + 1}</td><td><a href="{notice_path(n)}">{esc(n.title)}</a></td>'
        f'<td class="small text-nowrap">{n.opts["printed"][:10]}</td></tr>'
        for k, n in enumerate(NOTICES)
    )
    main = f"""{_breadcrumb([("Trang chủ", "/"), (NOTICE_CAT, None)])}
<div><div class="card"><div class="card-header"><h2 class="h5 mb-0">Thông báo</h2></div><div class="card-body">
<table id="dsThongBao" class="table table-striped table-bordered dataTable" role="grid"><thead><tr><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="dataTables_info" role="status">Hiển thị 1 đến {len(NOTICES)} của {len(NOTICES)} mục</div>
</div></div></div>"""
    return _page("Thông báo | Sở GDĐT Tây Ninh", main)


def home_page(en: bool) -> str:
    first = NEWS_BY_ID[HOME_LATEST[0]]
    rest = [NEWS_BY_ID[i] for i in HOME_LATEST[1:]]
    rest_html = "".join(
        f'<div class="media mb-2"><a href="{article_path(s)}"><img class="mr-2" src="{s.images[0].src if s.images else "/resources/images/no-image.png"}" width="110" alt="" /></a>'
        f'<div class="media-body"><a class="font-weight-bold" href="{article_path(s)}">{esc(s.title)}</a>'
        f'<div class="small text-muted">{_fmt_day(s.published_at)}</div></div></div>'
        for s in rest
    )
    notices = "".join(
        f'<li class="list-group-item px-2 py-1"><i class="fa fa-angle-right"></i> <a href="{notice_path(n)}">{esc(n.title)}</a>'
        f' <span class="badge badge-danger">{"Mới" if n.id == 318 else ""}</span></li>'
        for n in NOTICES
    )
    main = f"""<!-- trang-chu :: tinNoiBat -->
<div><div class="card mb-3"><div class="card-header bg-primary text-white py-1"><i class="fa fa-newspaper-o"></i> {"Latest news" if en else "Tin mới"}</div>
<div class="card-body"><div class="row"><div class="col-md-6">
<a href="{article_path(first)}"><img class="img-fluid mb-2" src="{first.images[0].src}" alt="" /></a>
<h3 class="h5"><a href="{article_path(first)}">{esc(first.title)}</a></h3>
<p class="small">{esc(first.summary or "")}</p></div>
<div class="col-md-6">{rest_html}</div></div></div></div></div>
<!-- trang-chu :: thongBao -->
<div><div class="card mb-3"><div class="card-header py-1"><a href="/thong-bao">Thông báo</a></div>
<ul class="list-group list-group-flush small">{notices}</ul></div></div>
<div><div class="row">{"".join(f'<div class="col-md-4 mb-2"><a class="btn btn-outline-primary btn-block btn-sm" href="/tin-tuc/danh-muc/{cid}">{esc(n)}</a></div>' for cid, (n, _) in CATEGORIES.items())}</div></div>"""
    return _page("Sở Giáo dục và Đào tạo tỉnh Tây Ninh", main, en=en)


_DOCS = {
    1: ("Công văn", [(41, "1987/SGDĐT-GDTrH", "28/11/2026", "Về việc tổ chức ôn thi tốt nghiệp THPT năm 2027")]),
    2: ("Quyết định", [(42, "1520/QĐ-SGDĐT", "16/11/2026", "Về việc công nhận sáng kiến cấp tỉnh năm học 2025-2026")]),
    3: ("Kế hoạch", [(43, "312/KH-SGDĐT", "05/10/2026", "Kế hoạch chuyển đổi số ngành Giáo dục năm 2026-2027")]),
}


def docs_page(loai: int) -> str:
    name, docs = _DOCS[loai]
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{day}</td><td>{esc(trich)}</td>'
        f'<td class="text-center"><a href="/van-ban/tai-ve/{did}" title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
        for did, so, day, trich in docs
    )
    tabs = "".join(
        f'<li class="nav-item"><a class="nav-link{" active" if k == loai else ""}" href="/van-ban?loai={k}">{esc(n)}</a></li>'
        for k, (n, _) in _DOCS.items()
    )
    main = f"""{_breadcrumb([("Trang chủ", "/"), ("Văn bản", None), (name, None)])}
<div><ul class="nav nav-tabs mb-2">{tabs}</ul>
<table id="dsVanBan" class="table table-bordered table-sm dataTable" role="grid"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(f"Văn bản - {name} | Sở GDĐT Tây Ninh", main)


def intro_page() -> str:
    main = f"""{_breadcrumb([("Trang chủ", "/"), ("Giới thiệu chung", None)])}
<div><h1 class="h4">Giới thiệu chung</h1>
<p>Sở Giáo dục và Đào tạo tỉnh Tây Ninh là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<p><strong>Ban Giám đốc:</strong></p><ul><li>Giám đốc: Trần Văn Hùng</li><li>Phó Giám đốc: Nguyễn Thị Bích Vân</li><li>Phó Giám đốc: Phạm Minh Đức</li></ul>
<p><strong>Các phòng chuyên môn:</strong> Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng GDMN; Phòng GDTH; Phòng GDTrH; Phòng Khảo thí và Kiểm định chất lượng giáo dục.</p></div>"""
    return _page("Giới thiệu chung | Sở GDĐT Tây Ninh", main)


def contact_page() -> str:
    main = f"""{_breadcrumb([("Trang chủ", "/"), ("Liên hệ", None)])}
<div><h1 class="h4">Liên hệ - Góp ý</h1>
<p>Địa chỉ: Số 01 đường Trần Phú, Phường 2, thành phố Tây Ninh, tỉnh Tây Ninh</p>
<p>Điện thoại: (0276) 3822 640 - Email: sgddt@tayninh.gov.vn</p>
<form id="frmLienHe" method="post" action="/lien-he/gui" onsubmit="return false;">
<input type="hidden" name="_csrf" value="5b1f0c2e-8d4a-4e37-9a61-2f0c7d3b9e14" />
<div class="form-group"><label for="hoTen">Họ và tên</label><input class="form-control" id="hoTen" name="hoTen" /></div>
<div class="form-group"><label for="email">Email</label><input class="form-control" id="email" name="email" type="email" /></div>
<div class="form-group"><label for="noiDung">Nội dung</label><textarea class="form-control" id="noiDung" name="noiDung" rows="4"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi</button></form></div>"""
    return _page("Liên hệ | Sở GDĐT Tây Ninh", main)


def search_page(word: str) -> str:
    hits = [s for s in NEWS if word and word.lower() in s.title.lower()] if word else []
    items = "".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in hits)
    main = f"""{_breadcrumb([("Trang chủ", "/"), ("Tìm kiếm", None)])}
<div><h1 class="h5">Kết quả tìm kiếm: “{esc(word)}”</h1>
{f"<ul>{items}</ul>" if items else "<p>Không tìm thấy kết quả phù hợp.</p>"}</div>"""
    return _page("Tìm kiếm | Sở GDĐT Tây Ninh", main)


# --------------------------------------------------------------------------------------------
# the site
# --------------------------------------------------------------------------------------------

_JSID = re.compile(r";jsessionid=[0-9A-Fa-f]+", re.I)
_ART = re.compile(r"^/tin-tuc/chi-tiet/(\d+)(?:/([a-z0-9-]+))?/?$")
_CAT = re.compile(r"^/tin-tuc/danh-muc/(\d+)$")
_TB = re.compile(r"^/thong-bao/(\d+)$")
_DL = re.compile(r"^/van-ban/tai-ve/(\d+)$")
_LINK = re.compile(r'(href|src)="(/(?!/)[^"#]*)')


def _rewrite(page: str) -> str:
    """Tomcat's encodeURL on every @{…} link: the first answer to a cookie-less client."""
    return _LINK.sub(lambda m: f'{m.group(1)}="{_jsid(m.group(2))}', page)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = _JSID.sub("", request.path)
        if request.method not in ("GET", "HEAD"):
            return None
        if (resp := static_file(path)) is not None:
            if path.startswith(("/resources/", "/webjars/")):
                return resp
            return None
        params = request.params
        if path.startswith("/resources/upload/thongbao/") and path.endswith(".pdf"):
            if any(n.opts["file"] == path.rsplit("/", 1)[1] for n in NOTICES):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if m := _DL.match(path):
            if int(m.group(1)) in {d[0] for _, docs in _DOCS.values() for d in docs}:
                return Response(200, PDF, {"Content-Type": "application/pdf",
                                           "Content-Disposition": f'attachment; filename="vanban-{m.group(1)}.pdf"'})
            return None
        if path == "/":
            lang = params.get("lang")
            if set(params) - {"lang"} or lang not in (None, "vi", "en"):
                return None
            page = home_page(en=lang == "en")
            headers = {"Content-Language": "en" if lang == "en" else "vi"}
            cookies = request.headers.get("Cookie", "") or request.headers.get("cookie", "")
            if "JSESSIONID" not in cookies and ";jsessionid=" not in request.path.lower():
                page = _rewrite(page)
                headers["Set-Cookie"] = f"JSESSIONID={SESSION_ID}; Path=/; HttpOnly"
            return html(page, headers=headers)
        if m := _ART.match(path):
            story = NEWS_BY_ID.get(int(m.group(1)))
            if story is None or request.query:
                return None
            return html(article_page(request, story))
        if m := _CAT.match(path):
            cat = int(m.group(1))
            if cat not in CATEGORIES or set(params) - {"page"}:
                return None
            raw = params.get("page", "0")
            if not raw.isdigit():
                return None
            return html(list_page(cat, int(raw)))
        if m := _TB.match(path):
            story = NOTICE_BY_ID.get(int(m.group(1)))
            if story is None or request.query:
                return None
            return html(notice_page(request, story))
        if path == "/thong-bao" and not request.query:
            return html(notice_list_page())
        if path == "/van-ban":
            loai = params.get("loai", "")
            if loai.isdigit() and int(loai) in _DOCS and set(params) == {"loai"}:
                return html(docs_page(int(loai)))
            return None
        if path == "/gioi-thieu" and not request.query:
            return html(intro_page())
        if path == "/lien-he" and not request.query:
            return html(contact_page())
        if path == "/tim-kiem":
            return html(search_page(params.get("tuKhoa", "")))
        return None


def build_site() -> Site:
    return Site()


# --------------------------------------------------------------------------------------------
# gold
# --------------------------------------------------------------------------------------------

def _news_gold(story: Story) -> dict:
    path = article_path(story)
    alts = [f"/tin-tuc/chi-tiet/{story.id}"]
    if story.id in HOME_LATEST:
        alts.append(_jsid(path))
    if story.id in MOST_READ:
        alts.append(_jsid(f"/tin-tuc/chi-tiet/{story.id}"))
    if story.opts.get("old_slug"):
        alts.append(article_path(story, story.opts["old_slug"]))
    return gold_record(story, path, CATEGORIES[int(story.cat)][0], alt_paths=alts)


def _notice_gold(story: Story) -> dict:
    path = notice_path(story)
    return gold_record(story, path, NOTICE_CAT, alt_paths=[_jsid(path)])


GOLD: list[dict] = [_news_gold(s) for s in NEWS] + [_notice_gold(s) for s in NOTICES]

NON_ARTICLES: list[str] = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban?loai=1",
    "/van-ban?loai=2",
    "/van-ban?loai=3",
]
