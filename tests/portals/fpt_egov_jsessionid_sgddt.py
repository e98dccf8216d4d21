"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang on a Java vendor e-government CMS (JSP on Tomcat).

Imitates the kind of portal the big Vietnamese integrators sold to provinces in the early 2010s and
that still runs: one web application deployed under the context path ``/sgddt`` on Tomcat 7
(``Server: Apache-Coyote/1.1``), JSP pages over servlets, a table layout of three columns, vendor
class names in Vietnamese without accents, jQuery 1.7. ``/`` and ``/sgddt`` redirect to
``/sgddt/``. What it prints:

- articles at ``/sgddt/chi-tiet-tin?id=N`` (home page, sidebars, "Tin tức"), the very same page at
  ``/sgddt/chi-tiet-tin?id=N&cat=C`` (category listings and "Các tin khác" add the category; the
  page is identical and prints no rel=canonical), a print view ``/sgddt/in-tin?id=N`` and a
  send-by-mail form ``/sgddt/gui-email?id=N``;
- the article page: breadcrumb ``div.duong-dan``, headline ``h2.tieu-de-bai``, the info line
  ``p.ngay-dang`` "Ngày đăng: 14/11/2026 - 08:30 | Lượt xem: N | Người đăng: bientap" (one
  article adds "Cập nhật: …"), font-size buttons, the sapo ``div.tom-tat`` (bold, outside the
  text), the text ``div.noi-dung-bai`` as the editor stored it (paragraphs, images with an italic
  centred line, a ``p.chu-thich-anh`` line, a parenthesised line, an old two-row image table, a
  bare image, an image whose line is only the phone's file name, Word tables, bylines typed at
  the end), then the CMS fields "Tác giả:" (``div.tac-gia-bai``) and "Nguồn:" (``div.nguon-tin``),
  "Tệp đính kèm", "Từ khóa", the tools "In bài | Gửi email | Lưu tin", the rating widget
  "Đánh giá bài viết: ★★★★★", "Các tin khác" with dates, and the comment form "Ý kiến bạn đọc"
  (Họ tên, Email, Nội dung, a CAPTCHA ``/sgddt/captcha.jpg?t=<ms>``);
- listings ``/sgddt/tin-tuc?cat=C`` (three per page; "Hoạt động ngành" has three pages) and
  ``/sgddt/tin-tuc`` (all news but the announcements), paged ``&page=N`` with the pager
  "« Trang trước | 1 | 2 | 3 | Trang sau »" (page 1 is also ``&page=1``);
- chrome: header with today's date (TODAY), the province emblem and the department's name, a
  top menu, a search box, a left column (Thông báo, Văn bản chỉ đạo, Lịch công tác, Thư viện
  ảnh), a right column (Tin mới cập nhật with dates, Thống kê truy cập "Đang truy cập: 25, Hôm
  nay: 1.024, Tổng lượt truy cập: 3.456.789", Liên kết website, the poll "Bạn quan tâm đến thông
  tin nào?" with ``/sgddt/binh-chon?poll=3&ket-qua=1``), a footer with address, hotline, licence;
- non-articles: ``/sgddt/gioi-thieu``, ``/sgddt/co-cau-to-chuc``, ``/sgddt/lien-he``,
  ``/sgddt/hoi-dap``, ``/sgddt/so-do-site``, ``/sgddt/dang-nhap``, the photo library
  ``/sgddt/thu-vien-anh`` (``?album=N``), the document register ``/sgddt/van-ban`` and its
  entries ``/sgddt/chi-tiet-van-ban?id=N`` (fields and a PDF), the weekly schedule
  ``/sgddt/lich-cong-tac?tuan=W&nam=Y``, print and mail views, poll results, the soft 404.

The hard case, session ids in URLs. Every JSP page opens an HTTP session. A request without a
``JSESSIONID`` cookie gets ``Set-Cookie: JSESSIONID=<32 hex>; Path=/sgddt; HttpOnly`` and, since
the server cannot know yet whether cookies work, every link the JSP writes through ``<c:url>``
(menus, listings, pager, sidebars, styles and scripts, form actions) carries the id as a path
parameter: ``/sgddt/tin-tuc;jsessionid=8F3A…?cat=12``, ``/sgddt/chi-tiet-tin;jsessionid=8F3A…?id=4512``.
Links an editor typed into an article's text and image sources stored with the text are not
rewritten. A request that sends the cookie back gets clean links and no new cookie; a stale or
unknown cookie gets a new cookie and clean links (Tomcat encodes only when the id did not come
from a cookie). The path parameter never identifies a session here: the Apache httpd in front
strips ``;jsessionid=…`` from the URL before it reaches Tomcat (a rule added to keep ids out of
the access log), so a client that ignores cookies opens a NEW session on every page and gets a
new id in every link: endless distinct URLs for the same pages. A request with any id (stale,
unknown, malformed) in its path is served normally; so are static files. Ids are deterministic:
the n-th session is ``md5("sgddt-session-n")`` in capitals. The CAPTCHA's ``t`` is a counter-made
"millisecond clock" (no real clock), different on every page view.

Other traps. The weekly schedule's "« Tuần trước | Tuần sau »" links never end (any week of any
year answers 200). The document register's filter links are written as the current query string
plus the new filter (``van-ban?loai=cv&nam=2026&loai=qd``): Java's ``getParameter`` reads the
first value, so the listing does not change while the URL grows without end, until Tomcat's
8 KB header limit answers 400. An unknown article id answers 200 with "Tin bài không tồn tại hoặc
đã bị xóa." (a soft 404; one article's text links such a removed article); a non-numeric id
answers 500 with Tomcat's NumberFormatException report. ``&page=`` beyond the last page prints
an empty list.

Encoding: UTF-8 in the header and the meta tag. The oldest article (id 1873, migrated from the
2013 site) has its title and text stored with a decimal numeric reference (``&#7889;``) for
every non-ASCII character (the "NCR Decimal" output of the Unikey typing tool); everywhere its
title is printed it comes the same way.

Gold (by hand). Articles are the 13 ``chi-tiet-tin`` pages of three categories ("Hoạt động
ngành", "Tin từ cơ sở", "Thông báo"); the gold path is ``?id=N`` and ``?id=N&cat=C`` is an
alternative (alt_paths). Judgement calls:

- published_at is the "Ngày đăng" of the info line with its printed time; "06/11/2026 - 00:00"
  is a day; the "Cập nhật: 19/11/2026 - 10:12" of id 4519 is not the publication date.
- summary is ``div.tom-tat`` (bold lead outside the text) and the body's first paragraph; the
  eight articles without it have summary None.
- authors: the "Tác giả:" field or a byline typed at the end. "Tác giả: ThS. Trần Văn Bình -
  Văn phòng Sở" gives "Trần Văn Bình" (degree and unit after the dash dropped); "GV. Vương Thị
  Hạnh" gives "Vương Thị Hạnh"; "Tin, ảnh: Ma Thị Tuyết - Trường THCS Hồng Thái" gives "Ma Thị
  Tuyết" as author and photographer; "Tin: Lê Thu Hằng - Ảnh: Quang Huy" is two bylines. The
  field "Tác giả: Phòng Khảo thí - KĐCLGD" names an office (the dash is part of the office's
  name, "Khảo thí - Kiểm định chất lượng giáo dục"), which is the author of that announcement;
  "Tác giả: Văn phòng Sở" likewise. "Người đăng: bientap/admin" and a closing "BBT" credit
  nobody. "Nguồn: Báo Tuyên Quang" and "Nguồn: Cổng Thông tin điện tử xã Lâm Bình" are sources
  and leave the author field's name in place.
- captions: the line under the image as printed, without a leading "Ảnh:" (id 4526) and without
  wrapping parentheses (id 4475); a bare image has None; a line that is only the phone's file
  name ``z5931827364518_4b1c2a9f0e7d8c6b.jpg`` (id 4487) is no caption (None) and no body text.
  Image paths are the ``src`` as stored (id 4519's is relative: ``upload/…`` resolved against
  ``/sgddt/chi-tiet-tin``).
- Word tables in the text (ids 4512, 4533) are body lines, one per row, cells joined by " | ".
- The attached PDF, "Từ khóa", "Các tin khác", the rating, the comment form are not body.
- category: the last breadcrumb item, the same for both URLs of an article.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "fpt_egov_jsessionid_sgddt"
PLATFORM = "java_jsp_egov"
CTX = "/sgddt"
START_PATH = "/sgddt/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
UP = f"{CTX}/upload/tin-tuc/2026/11"
PER_PAGE = 3
DOCS_PER_PAGE = 4
TODAY_DATE = date(2026, 11, 25)
#: the mark a page leaves where ``<c:url>`` may add ``;jsessionid=…``
MARK = "\ue000"
MAX_TARGET = 8000

#: categories: id -> printed name
CATS: dict[int, str] = {12: "Hoạt động ngành", 15: "Tin từ cơ sở", 18: "Thông báo"}
NEWS_CATS = (12, 15)

# Story.opts: when (datetime printed as "Ngày đăng"), updated (datetime, "Cập nhật"), user (the
# posting account), tac_gia (the "Tác giả" field as printed), nguon ("Nguồn" field), file
# (attachment href, size), tags, ncr (text and title as numeric references), hot (home slider).
# Img styles: em (centred image, centred italic line), chu (p.chu-thich-anh), paren (centred
# "(…)" line), tbl (two-row table), old (div align=center, <i> line), bare (no line), raw (the
# printed line as a plain centred paragraph). P styles: "", th/tr (Word table rows, cells " | "),
# "a|href|phrase" (a link the editor typed around the phrase).
STORIES: list[Story] = [
    Story(
        id=4533,
        slug="lich-thi-hsg-12",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="18",
        published_at="2026-11-25T07:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 214/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về"
                " tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, Sở GD&ĐT"
                " thông báo lịch thi cụ thể như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("15/12/2026 | Chiều | Họp Hội đồng thi, thí sinh làm thủ tục dự thi | 14h00", "tr"),
            P("16/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Tin học | 180 phút", "tr"),
            P(
                "17/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THPT Chuyên Hà Giang. Thí"
                " sinh có mặt tại địa điểm thi trước giờ thi 30 phút, mang theo thẻ căn cước hoặc"
                " thẻ học sinh có ảnh."
            ),
            P(
                "Đề nghị thủ trưởng các đơn vị có học sinh dự thi thông báo lịch thi đến từng thí"
                " sinh, cử giáo viên đưa đón và quản lý học sinh trong thời gian thi."
            ),
        ],
        authors=["Phòng Khảo thí - KĐCLGD"],
        opts={
            "when": datetime(2026, 11, 25, 7, 30),
            "user": "khaothi",
            "tac_gia": "Phòng Khảo thí - KĐCLGD",
            "file": (f"{CTX}/upload/van-ban/2026/11/TB-lich-thi-HSG-12-2026.pdf", 214528),
        },
    ),
    Story(
        id=4531,
        slug="giao-ban-thang-11",
        title="Sở GD&ĐT tổ chức hội nghị giao ban công tác giáo dục tháng 11/2026",
        cat="12",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá"
            " kết quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026 với 124"
            " điểm cầu tại các xã, phường trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tổ chức chu đáo các hoạt"
                " động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra giữa học kỳ I ở"
                " các cấp học; 100% cơ sở giáo dục phổ thông cập nhật đầy đủ dữ liệu học sinh lên"
                " cơ sở dữ liệu ngành."
            ),
            Img(
                f"{UP}/giao-ban-thang-11-anh-1.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu kết luận hội nghị",
                "em",
            ),
            P(
                "Sau sắp xếp đơn vị hành chính, công tác quản lý giáo dục tại các xã, phường mới"
                " từng bước đi vào nền nếp. Tuy nhiên, một số điểm trường vùng cao còn thiếu phòng"
                " học, nhà ở bán trú cho học sinh; thời tiết rét sớm gây khó khăn cho việc tổ chức"
                " dạy học."
            ),
            Img(
                f"{UP}/giao-ban-thang-11-anh-2.jpg",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "chu",
            ),
            P(
                "Kết luận hội nghị, Giám đốc Sở yêu cầu các đơn vị chủ động phương án phòng, chống"
                " rét cho học sinh; tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy chế; chuẩn"
                " bị tốt các điều kiện cho kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "when": datetime(2026, 11, 24, 16, 40),
            "user": "bientap",
            "hot": True,
            "tags": ["giao ban", "chống rét"],
        },
    ),
    Story(
        id=4529,
        slug="clb-em-yeu-khoa-hoc",
        title="Trường THCS Hồng Thái ra mắt Câu lạc bộ “Em yêu khoa học”",
        cat="15",
        published_at="2026-11-22T15:20:00+07:00",
        blocks=[
            P(
                "Ngày 20/11, Trường THCS Hồng Thái (xã Hồng Thái) tổ chức ra mắt Câu lạc bộ “Em yêu"
                " khoa học” với 45 thành viên là học sinh các khối 7, 8, 9."
            ),
            P(
                "Câu lạc bộ sinh hoạt hai tuần một lần vào chiều thứ Sáu, với các chủ đề: làm đồ"
                " dùng học tập từ vật liệu tái chế, thí nghiệm vui, tìm hiểu cây thuốc nam của đồng"
                " bào Tày, Dao địa phương và lập trình robot đơn giản."
            ),
            Img(
                f"{UP}/clb-khoa-hoc-hong-thai.jpg",
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "Học sinh giới thiệu mô hình hệ thống tưới cây tự động",
                "em",
            ),
            P(
                "Tại buổi ra mắt, các nhóm học sinh đã trình bày 6 sản phẩm khoa học, trong đó mô"
                " hình tưới cây tự động bằng cảm biến độ ẩm được nhà trường lựa chọn tham dự Cuộc"
                " thi khoa học kỹ thuật cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><b>Tin, ảnh: Ma Thị Tuyết - Trường THCS Hồng Thái</b></p>'
            ),
        ],
        authors=["Ma Thị Tuyết"],
        photographers=["Ma Thị Tuyết"],
        opts={
            "when": datetime(2026, 11, 22, 15, 20),
            "user": "bientap",
            "tags": ["khoa học kỹ thuật"],
        },
    ),
    Story(
        id=4526,
        slug="tuyen-duong-nha-giao",
        title="Tuyên dương 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="12",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Sáng 19/11, UBND tỉnh tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 -"
            " 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu trong sự nghiệp trồng người."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, ngành Giáo dục tỉnh có 386 giáo viên đạt danh hiệu giáo viên"
                " dạy giỏi cấp tỉnh; 2.140 học sinh đạt giải học sinh giỏi các cấp, trong đó có 21"
                " giải quốc gia. Tỷ lệ học sinh tốt nghiệp THPT đạt 98,7%."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo, nhất là các thầy cô đang công tác tại các điểm trường vùng sâu,"
                " vùng xa, đồng thời đề nghị ngành tiếp tục thực hiện hiệu quả Chương trình giáo"
                " dục phổ thông 2018."
            ),
            Img(
                f"{UP}/tuyen-duong-nha-giao-2026.jpg",
                "Ảnh: Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo UBND tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "chu",
            ),
            P(
                "Dịp này, 120 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất"
                " sắc trong công tác giảng dạy và quản lý giáo dục."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 11, 20, 9, 15),
            "user": "bientap",
            "hot": True,
            "tac_gia": "Nguyễn Thị Thu Hà",
            "nguon": "Báo Tuyên Quang",
            "tags": ["Ngày Nhà giáo Việt Nam"],
        },
    ),
    Story(
        id=4519,
        slug="tap-huan-chuyen-doi-so",
        title="Tập huấn chuyển đổi số trong quản lý trường học năm 2026",
        cat="12",
        published_at="2026-11-17T14:05:00+07:00",
        blocks=[
            P(
                "Từ ngày 15 đến 17/11, Sở Giáo dục và Đào tạo tổ chức tập huấn chuyển đổi số trong"
                " quản lý trường học cho 310 cán bộ quản lý, nhân viên văn thư các trường trung học"
                " trên địa bàn tỉnh."
            ),
            Img("upload/tin-tuc/2026/11/tap-huan-chuyen-doi-so.jpg", None, None, "bare"),
            P(
                "Các học viên được hướng dẫn sử dụng hệ thống văn bản điện tử, hồ sơ điện tử của"
                " giáo viên, học bạ số và phần mềm quản lý thu chi không dùng tiền mặt; thực hành"
                " ký số văn bản trên điện thoại di động."
            ),
            P(
                "Theo kế hoạch, đến hết học kỳ I năm học 2026 - 2027, 100% trường THPT và 80%"
                " trường THCS trong tỉnh triển khai học bạ số; các trường tiểu học triển khai"
                " trong năm 2027."
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={
            "when": datetime(2026, 11, 17, 14, 5),
            "updated": datetime(2026, 11, 19, 10, 12),
            "user": "vanphong",
            "tac_gia": "ThS. Trần Văn Bình - Văn phòng Sở",
            "tags": ["chuyển đổi số", "học bạ số"],
        },
    ),
    Story(
        id=4515,
        slug="tuyen-dung-vien-chuc",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="18",
        published_at="2026-11-16T10:30:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch tuyển dụng viên chức năm 2026 đã được UBND tỉnh phê duyệt, Sở"
                " Giáo dục và Đào tạo thông báo tuyển dụng 146 chỉ tiêu viên chức giảng dạy tại các"
                " trường THPT, trường phổ thông dân tộc nội trú trực thuộc Sở."
            ),
            P(
                "Hình thức tuyển dụng: xét tuyển. Người đăng ký dự tuyển nộp Phiếu đăng ký theo mẫu"
                " tại Văn phòng Sở (tầng 2, trụ sở Sở GD&ĐT) từ ngày 20/11/2026 đến hết ngày"
                " 19/12/2026, trong giờ hành chính."
            ),
            P(
                "Chi tiết chỉ tiêu từng môn, từng đơn vị và điều kiện dự tuyển xem trong tệp đính"
                " kèm."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 16, 10, 30),
            "user": "vanphong",
            "tac_gia": "Văn phòng Sở",
            "file": (f"{CTX}/upload/van-ban/2026/11/TB-tuyen-dung-vien-chuc-2026.pdf", 389120),
        },
    ),
    Story(
        id=4512,
        slug="gvdg-thcs",
        title="Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        cat="12",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Từ ngày 10 đến 13/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy"
            " giỏi cấp tỉnh cấp THCS với sự tham gia của 168 giáo viên đến từ 62 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai"
                " tiết thực hành tại các trường THCS Phan Thiết, THCS Hồng Thái và THCS Tân Trào."
                " Các tiết dạy bám sát yêu cầu của Chương trình giáo dục phổ thông 2018, chú trọng"
                " phát triển phẩm chất, năng lực học sinh."
            ),
            Img(
                f"{UP}/hoi-thi-gvdg-thcs-2026.jpg",
                "Tiết dạy môn Khoa học tự nhiên của giáo viên Trường THCS Phan Thiết",
                "Tiết dạy môn Khoa học tự nhiên của giáo viên Trường THCS Phan Thiết",
                "em",
            ),
            P("Kết quả, Ban tổ chức công nhận 121 giáo viên dạy giỏi cấp tỉnh, cụ thể:"),
            P("Môn thi | Số giáo viên dự thi | Số giáo viên đạt", "th"),
            P("Ngữ văn | 38 | 27", "tr"),
            P("Toán | 41 | 30", "tr"),
            P("Khoa học tự nhiên | 47 | 33", "tr"),
            P("Tiếng Anh | 42 | 31", "tr"),
            P(
                "Hội thi là dịp để giáo viên giao lưu, học hỏi kinh nghiệm, đổi mới phương pháp"
                " dạy học và kiểm tra, đánh giá học sinh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Thu Hằng - Ảnh: Quang Huy</strong></p>'
            ),
        ],
        authors=["Lê Thu Hằng"],
        photographers=["Quang Huy"],
        opts={
            "when": datetime(2026, 11, 14, 8, 30),
            "user": "bientap",
            "hot": True,
            "tags": ["giáo viên dạy giỏi"],
        },
    ),
    Story(
        id=4508,
        slug="ngay-hoi-doc-sach",
        title="Trường PTDTNT ATK Sơn Dương tổ chức Ngày hội đọc sách",
        cat="15",
        published_at="2026-11-12T11:00:00+07:00",
        summary=(
            "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày 10/11, Trường Phổ"
            " thông Dân tộc nội trú ATK Sơn Dương tổ chức Ngày hội đọc sách năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm các hoạt động: trưng bày, giới thiệu sách theo chủ đề “Quê hương"
                " cách mạng”, thi kể chuyện theo sách, thi vẽ tranh bìa sách và đổi sách cũ lấy"
                " sách mới. Mỗi lớp xây dựng một gian trưng bày do học sinh tự trang trí."
            ),
            Img(
                f"{UP}/ngay-hoi-doc-sach-son-duong-1.jpg",
                "Gian trưng bày sách của lớp 11A",
                "Gian trưng bày sách của lớp 11A",
                "chu",
            ),
            P(
                "Thư viện nhà trường đã bổ sung hơn 600 đầu sách do cựu học sinh và các nhà hảo tâm"
                " ủng hộ, mở cửa cả buổi tối để học sinh nội trú đến đọc sách."
            ),
            Img(
                f"{UP}/ngay-hoi-doc-sach-son-duong-2.jpg",
                "Học sinh thi kể chuyện theo sách",
                "Học sinh thi kể chuyện theo sách",
                "chu",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Đỗ Tuấn Anh</em></p>'),
        ],
        authors=["Vương Thị Hạnh"],
        photographers=["Đỗ Tuấn Anh"],
        opts={
            "when": datetime(2026, 11, 12, 11, 0),
            "user": "bientap",
            "tac_gia": "GV. Vương Thị Hạnh",
            "tags": ["văn hóa đọc"],
        },
    ),
    Story(
        id=4498,
        slug="day-tot-hoc-tot",
        title="Ngành Giáo dục triển khai phong trào thi đua “Dạy tốt - Học tốt” năm học 2026 - 2027",
        cat="12",
        published_at="2026-11-06",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo vừa ban hành kế hoạch phát động phong trào thi đua “Dạy tốt"
                " - Học tốt” năm học 2026 - 2027 trong toàn ngành, gắn với chủ đề năm học “Kỷ"
                " cương, trách nhiệm, sáng tạo, chất lượng”."
            ),
            P(
                "Phong trào tập trung vào đổi mới phương pháp dạy học, kiểm tra, đánh giá theo định"
                " hướng phát triển năng lực; xây dựng trường học an toàn, thân thiện; đẩy mạnh ứng"
                " dụng công nghệ thông tin và chuyển đổi số trong dạy học."
            ),
            P(
                "Các đơn vị đăng ký danh hiệu thi đua và gửi về Sở (qua Văn phòng) trước ngày"
                " 30/11/2026. Kết quả phong trào là căn cứ để xét khen thưởng cuối năm học."
            ),
        ],
        opts={"when": datetime(2026, 11, 6, 0, 0), "user": "bientap"},
    ),
    Story(
        id=4494,
        slug="tam-dung-thu-dien-tu",
        title="Thông báo tạm dừng hệ thống thư điện tử công vụ để nâng cấp",
        cat="18",
        published_at="2026-11-04T14:00:00+07:00",
        blocks=[
            P(
                "Để nâng cấp hạ tầng, hệ thống thư điện tử công vụ của ngành (@tuyenquang.edu.vn) sẽ"
                " tạm dừng hoạt động từ 18 giờ ngày 07/11/2026 đến 06 giờ ngày 09/11/2026."
            ),
            P(
                "Trong thời gian này, các đơn vị gửi, nhận văn bản qua hệ thống quản lý văn bản và"
                " điều hành. Mọi vướng mắc xin liên hệ bộ phận công nghệ thông tin, Văn phòng Sở,"
                " điện thoại 0207.3822.356."
            ),
            P(
                "Sau khi nâng cấp, cách đăng nhập hộp thư không thay đổi so với hướng dẫn sử dụng"
                " hộp thư công vụ đã đăng trên Cổng thông tin điện tử của Sở.",
                f"a|{CTX}/chi-tiet-tin?id=3120|hướng dẫn sử dụng hộp thư công vụ",
            ),
        ],
        opts={"when": datetime(2026, 11, 4, 14, 0), "user": "admin"},
    ),
    Story(
        id=4487,
        slug="ao-am-lam-binh",
        title="Học sinh vùng cao Lâm Bình được hỗ trợ áo ấm mùa đông",
        cat="15",
        published_at="2026-11-02T17:45:00+07:00",
        blocks=[
            P(
                "Ngày 01/11, Trường PTDTBT Tiểu học Thượng Lâm phối hợp với nhóm thiện nguyện “Ấm"
                " áp vùng cao” trao 350 áo ấm, 200 đôi ủng và 150 chăn cho học sinh các điểm"
                " trường Nà Thom, Khuổi Củng, Nặm Chá."
            ),
            Img(
                f"{CTX}/upload/tin-tuc/2026/11/z5931827364518_4b1c2a9f0e7d8c6b.jpg",
                "z5931827364518_4b1c2a9f0e7d8c6b.jpg",
                None,
                "raw",
            ),
            P(
                "Nhà trường hiện có 412 học sinh, trong đó hơn 95% là người dân tộc Dao, Tày, Mông;"
                " nhiều em ở cách trường trên 10 km. Bên cạnh áo ấm, nhóm thiện nguyện tặng bếp ăn"
                " bán trú 2 tấn gạo và một máy nước nóng."
            ),
            Img(
                f"{CTX}/upload/tin-tuc/2026/11/ao-am-thuong-lam-2.jpg",
                "Niềm vui của học sinh điểm trường Nà Thom khi nhận áo ấm",
                "Niềm vui của học sinh điểm trường Nà Thom khi nhận áo ấm",
                "em",
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hà Văn Tuấn</strong></p>'),
        ],
        authors=["Hà Văn Tuấn"],
        source="Cổng Thông tin điện tử xã Lâm Bình",
        opts={
            "when": datetime(2026, 11, 2, 17, 45),
            "user": "bientap",
            "nguon": "Cổng Thông tin điện tử xã Lâm Bình",
            "tags": ["thiện nguyện"],
        },
    ),
    Story(
        id=4475,
        slug="hoi-khoe-phu-dong",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ XI năm 2026",
        cat="12",
        published_at="2026-10-28T10:00:00+07:00",
        summary=(
            "Sáng 27/10, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo khai mạc Hội khỏe Phù Đổng"
            " tỉnh Tuyên Quang lần thứ XI năm 2026 với hơn 1.800 vận động viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe diễn ra từ ngày 27/10 đến ngày 02/11/2026 với 12 môn thi đấu: điền kinh,"
                " bơi lội, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu, võ cổ truyền,"
                " kéo co, đẩy gậy và bắn nỏ."
            ),
            Img(
                f"{UP}/hkpd-khai-mac-1.jpg",
                "(Các đoàn vận động viên diễu hành tại lễ khai mạc)",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "paren",
            ),
            P(
                "Đây là lần đầu tiên Hội khỏe được tổ chức sau khi hợp nhất tỉnh, quy tụ vận động"
                " viên là học sinh của các trường trên toàn tỉnh. Các môn thể thao dân tộc như đẩy"
                " gậy, bắn nỏ thu hút đông đảo học sinh vùng cao tham gia."
            ),
            Img(f"{UP}/hkpd-khai-mac-2.jpg", None, None, "bare"),
            P(
                "Kết quả Hội khỏe là căn cứ để tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng"
                " toàn quốc lần thứ XI năm 2028."
            ),
            Img(
                f"{UP}/hkpd-keo-co.jpg",
                "Thi đấu nội dung kéo co nam cấp THCS",
                "Thi đấu nội dung kéo co nam cấp THCS",
                "tbl",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Phạm Quốc Khánh</em></p>'),
        ],
        authors=["Nguyễn Hồng Nhung", "Phạm Quốc Khánh"],
        photographers=["Phạm Quốc Khánh"],
        opts={
            "when": datetime(2026, 10, 28, 10, 0),
            "user": "bientap",
            "tac_gia": "Nguyễn Hồng Nhung, Phạm Quốc Khánh",
            "tags": ["Hội khỏe Phù Đổng"],
        },
    ),
    Story(
        id=1873,
        slug="hoi-thao-lich-su-2013",
        title="Hội thảo đổi mới phương pháp dạy học môn Lịch sử ở trường THPT",
        cat="12",
        published_at="2013-03-15T07:45:00+07:00",
        blocks=[
            P(
                "Ngày 13/3/2013, Sở Giáo dục và Đào tạo tổ chức hội thảo “Đổi mới phương pháp dạy"
                " học môn Lịch sử ở trường THPT” với sự tham gia của hơn 80 giáo viên dạy môn Lịch"
                " sử các trường THPT trong tỉnh."
            ),
            P(
                "Tại hội thảo, các đại biểu đã thảo luận về việc sử dụng tư liệu lịch sử địa"
                " phương, tổ chức dạy học tại thực địa ở các di tích lịch sử cách mạng Tân Trào,"
                " Kim Bình, Kim Quan; ứng dụng bản đồ, phim tư liệu trong giờ học."
            ),
            Img(
                f"{CTX}/Upload/Images/2013/03/hoithao_lichsu.JPG",
                "Tiết học thực địa tại Khu di tích Tân Trào",
                "Tiết học thực địa tại Khu di tích Tân Trào",
                "old",
            ),
            P(
                "Kết thúc hội thảo, Sở GD&ĐT đề nghị các trường nhân rộng các mô hình dạy học hiệu"
                " quả, tăng cường tổ chức cho học sinh tham quan, học tập tại các di tích trên địa"
                " bàn."
            ),
            Raw('<p align="right"><b>BBT</b></p>'),
        ],
        opts={"when": datetime(2013, 3, 15, 7, 45), "user": "admin", "ncr": True},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: newest first, as every list of the portal sorts
LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
NEWS: list[Story] = [s for s in LATEST if int(s.cat) in NEWS_CATS]
#: an article an editor linked that was deleted since: the soft 404
REMOVED_ID = 3120


def in_cat(cat: int) -> list[Story]:
    return [s for s in LATEST if int(s.cat) == cat]


def article_path(s: Story, with_cat: bool = False) -> str:
    return f"{CTX}/chi-tiet-tin?id={s.id}" + (f"&cat={s.cat}" if with_cat else "")


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- documents, schedule, static pages --------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: date
    kind: str
    issuer: str
    abstract: str
    signer: str

    @property
    def file(self) -> str:
        stem = re.sub(r"[^A-Za-z0-9]+", "-", self.number).strip("-")
        return f"{CTX}/upload/van-ban/{self.issued.year}/{stem}.pdf"


DOC_KINDS = {"cv": "Công văn", "qd": "Quyết định", "kh": "Kế hoạch", "tb": "Thông báo"}
ISSUERS = {"sgddt": "Sở GD&ĐT", "ubnd": "UBND tỉnh", "bgddt": "Bộ GD&ĐT"}
DOCS: list[Doc] = [
    Doc(702, "2456/SGDĐT-GDTrH", date(2026, 11, 20), "cv", "sgddt",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027", "Đỗ Văn Hùng"),
    Doc(698, "214/KH-SGDĐT", date(2026, 9, 15), "kh", "sgddt",
        "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027", "Lương Thị Thu"),
    Doc(691, "1580/QĐ-UBND", date(2026, 8, 28), "qd", "ubnd",
        "Quyết định ban hành khung kế hoạch thời gian năm học 2026 - 2027", "Nguyễn Mạnh Tuấn"),
    Doc(688, "3456/BGDĐT-GDTrH", date(2026, 8, 20), "cv", "bgddt",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "Phạm Ngọc Thưởng"),
    Doc(675, "98/TB-SGDĐT", date(2026, 7, 30), "tb", "sgddt",
        "Thông báo kết quả tuyển sinh vào lớp 10 THPT năm học 2026 - 2027", "Đỗ Văn Hùng"),
    Doc(660, "1920/SGDĐT-VP", date(2026, 6, 12), "cv", "sgddt",
        "V/v thực hiện chế độ báo cáo thống kê định kỳ", "Lương Thị Thu"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: the weekly work schedule: only the current week has entries
SCHEDULE = [
    ("Thứ Hai, 23/11/2026", "08h00: Giám đốc Sở chủ trì giao ban lãnh đạo Sở. Địa điểm: Phòng họp tầng 3."),
    ("Thứ Ba, 24/11/2026", "14h00: Hội nghị giao ban trực tuyến công tác giáo dục tháng 11/2026."),
    ("Thứ Tư, 25/11/2026", "08h00: Phó Giám đốc Lương Thị Thu kiểm tra công tác bán trú tại xã Lâm Bình."),
    ("Thứ Năm, 26/11/2026", "Cả ngày: Lãnh đạo Sở làm việc tại cơ quan."),
    ("Thứ Sáu, 27/11/2026", "08h00: Họp Hội đồng thi đua - khen thưởng ngành."),
]  # fmt: skip

PAGES: dict[str, tuple[str, list[str]]] = {
    f"{CTX}/gioi-thieu": (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc UBND tỉnh, tham"
            " mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Sở có chức năng tham mưu về chương trình, nội dung giáo dục; tiêu chuẩn nhà giáo;"
            " cơ sở vật chất, thiết bị trường học; quy chế thi cử, văn bằng, chứng chỉ; bảo đảm"
            " chất lượng giáo dục và đào tạo.",
            "Sau khi hợp nhất tỉnh năm 2025, ngành Giáo dục tỉnh có hơn 1.000 cơ sở giáo dục với"
            " trên 400.000 học sinh, học viên.",
        ],
    ),
    f"{CTX}/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở: Giám đốc Đỗ Văn Hùng; các Phó Giám đốc Lương Thị Thu, Ma Văn Chiến.",
            "Các phòng chuyên môn: Văn phòng; Phòng Kế hoạch - Tài chính; Phòng Tổ chức cán bộ;"
            " Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Khảo thí -"
            " KĐCLGD; Thanh tra Sở.",
            "Đơn vị sự nghiệp trực thuộc: các trường THPT, trường PTDTNT, trung tâm GDNN - GDTX.",
        ],
    ),
}

QA = [
    ("Nguyễn Văn Long (xã Yên Sơn)", "Con tôi học lớp 9, năm nay thi vào lớp 10 có mấy môn?",
     "Kỳ thi tuyển sinh vào lớp 10 năm học 2027 - 2028 gồm ba bài thi: Toán, Ngữ văn và một bài"
     " thi thứ ba do Sở công bố trước ngày 31/3/2027."),
    ("Trần Thị Mai (phường Minh Xuân)", "Giáo viên hợp đồng có được xét tuyển viên chức không?",
     "Giáo viên hợp đồng đáp ứng tiêu chuẩn, điều kiện theo quy định được đăng ký xét tuyển như"
     " các thí sinh khác; chi tiết xem Thông báo tuyển dụng viên chức năm 2026."),
]  # fmt: skip

ALBUMS = {
    21: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", ["Đại biểu dự lễ", "Văn nghệ chào mừng", "Trao Bằng khen"]),
    19: ("Hội khỏe Phù Đổng lần thứ XI", ["Lễ diễu hành", "Môn đẩy gậy", "Môn bắn nỏ", "Trao giải"]),
}  # fmt: skip

POLL = [
    ("1", "Tuyển sinh, thi cử"),
    ("2", "Văn bản chỉ đạo, điều hành"),
    ("3", "Hoạt động của các trường"),
    ("4", "Tuyển dụng, chế độ chính sách"),
]
POLL_VOTES = {"1": 1284, "2": 412, "3": 655, "4": 903}


def _monday(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _week_shift(year: int, week: int, delta: int) -> tuple[int, int]:
    iso = (_monday(year, week) + timedelta(weeks=delta)).isocalendar()
    return iso[0], iso[1]


THIS_WEEK = (2026, 48)

# --- the gold (by hand) ---------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[int(s.cat)],
        alt_paths=[article_path(s, with_cat=True)],
    )
    for s in LATEST
]

NON_ARTICLES: list[str] = [
    f"{CTX}/",
    f"{CTX}/tin-tuc",
    *(f"{CTX}/tin-tuc?page={n}" for n in range(2, _pages(len(NEWS), PER_PAGE) + 1)),
    *(f"{CTX}/tin-tuc?cat={c}" for c in CATS),
    *(
        f"{CTX}/tin-tuc?cat={c}&page={n}"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), PER_PAGE) + 1)
    ),
    *PAGES,
    f"{CTX}/lien-he",
    f"{CTX}/hoi-dap",
    f"{CTX}/so-do-site",
    f"{CTX}/dang-nhap",
    f"{CTX}/thu-vien-anh",
    *(f"{CTX}/thu-vien-anh?album={a}" for a in ALBUMS),
    f"{CTX}/van-ban",
    *(f"{CTX}/chi-tiet-van-ban?id={d.id}" for d in DOCS),
    f"{CTX}/lich-cong-tac",
    f"{CTX}/binh-chon?poll=3&ket-qua=1",
    *(f"{CTX}/in-tin?id={s.id}" for s in LATEST),
    *(f"{CTX}/gui-email?id={s.id}" for s in LATEST),
    f"{CTX}/chi-tiet-tin?id={REMOVED_ID}",
]


# --- rendering helpers ----------------------------------------------------------------------


def u(target: str) -> str:
    """A link written through ``<c:url>``: the id goes after the path, before the query."""
    path, sep, query = target.partition("?")
    return f"{path}{MARK}{sep}{query}"


def ncr(markup: str) -> str:
    """Every non-ASCII character as a decimal reference (Unikey's "NCR Decimal")."""
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in markup)


def _t(value: str, s: Story | None = None) -> str:
    out = esc(value)
    return ncr(out) if s is not None and s.opts.get("ncr") else out


def _d(s: Story) -> str:
    return f"{s.opts['when']:%d/%m/%Y}"


def _box(title: str, inner: str, cls: str) -> str:
    return (
        f'<div class="khoi {cls}"><div class="tieu-de-khoi"><span>{title}</span></div>'
        f'<div class="noi-dung-khoi">{inner}</div></div>'
    )


MENU = [
    ("Trang chủ", f"{CTX}/", []),
    ("Giới thiệu", f"{CTX}/gioi-thieu", [("Giới thiệu chung", f"{CTX}/gioi-thieu"),
                                          ("Cơ cấu tổ chức", f"{CTX}/co-cau-to-chuc")]),
    ("Tin tức", f"{CTX}/tin-tuc", [(CATS[c], f"{CTX}/tin-tuc?cat={c}") for c in NEWS_CATS]),
    ("Thông báo", f"{CTX}/tin-tuc?cat=18", []),
    ("Văn bản", f"{CTX}/van-ban", []),
    ("Lịch công tác", f"{CTX}/lich-cong-tac", []),
    ("Thư viện ảnh", f"{CTX}/thu-vien-anh", []),
    ("Hỏi đáp", f"{CTX}/hoi-dap", []),
    ("Liên hệ", f"{CTX}/lien-he", []),
]  # fmt: skip


def _menu() -> str:
    items = []
    for label, href, subs in MENU:
        sub = ""
        if subs:
            sub = (
                '<ul class="menu-con">'
                + "".join(f'<li><a href="{u(h)}">{lbl}</a></li>' for lbl, h in subs)
                + "</ul>"
            )
        items.append(f'<li class="muc-menu"><a href="{u(href)}">{label}</a>{sub}</li>')
    return f'<div class="menu-ngang"><ul id="menuChinh">{"".join(items)}</ul></div>'


def _left() -> str:
    notices = "".join(
        f'<li><a href="{u(article_path(s))}">{_t(s.title, s)}</a> <span class="ngay">({_d(s)})</span></li>'
        for s in in_cat(18)
    )
    docs = "".join(
        f'<li><a href="{u(f"{CTX}/chi-tiet-van-ban?id={d.id}")}">{d.number}</a>'
        f"<br /><span>{esc(d.abstract)}</span></li>"
        for d in DOCS[:4]
    )
    year, week = THIS_WEEK
    return (
        _box("Thông báo", f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()"'
             f' onmouseout="this.start()"><ul class="ds-thong-bao">{notices}</ul></marquee>', "khoi-thong-bao")
        + _box("Văn bản chỉ đạo", f'<ul class="ds-van-ban">{docs}</ul>'
               f'<div class="xem-tiep"><a href="{u(f"{CTX}/van-ban")}">Xem tất cả »</a></div>', "khoi-van-ban")
        + _box("Lịch công tác", f'<a href="{u(f"{CTX}/lich-cong-tac?tuan={week}&nam={year}")}">'
               f'<img src="{CTX}/images/icon-lich.gif" alt="" /> Lịch công tác tuần {week}/{year}</a>', "khoi-lich")
        + _box("Thư viện ảnh", f'<a href="{u(f"{CTX}/thu-vien-anh?album=21")}"><img src="{CTX}/upload/album/21/anh-bia.jpg"'
               f' width="180" alt="" /></a><div><a href="{u(f"{CTX}/thu-vien-anh")}">Xem thư viện ảnh</a></div>', "khoi-anh")
    )  # fmt: skip


def _right() -> str:
    latest = "".join(
        f'<li><a href="{u(article_path(s))}">{_t(s.title, s)}</a><span class="ngay-tin-moi">{_d(s)}</span></li>'
        for s in LATEST[:6]
    )
    links = "".join(
        f'<option value="{href}">{label}</option>'
        for label, href in (
            ("Bộ Giáo dục và Đào tạo", "http://www.moet.gov.vn"),
            ("Cổng TTĐT tỉnh Tuyên Quang", "http://www.tuyenquang.gov.vn"),
            ("Cơ sở dữ liệu ngành", "http://csdl.moet.gov.vn"),
            ("Thi THPT quốc gia", "http://thisinh.thitotnghiepthpt.edu.vn"),
        )
    )
    poll = "".join(
        f'<div><input type="radio" name="phuongAn" value="{k}" id="pa{k}" />'
        f'<label for="pa{k}">{label}</label></div>'
        for k, label in POLL
    )
    return (
        _box("Tin mới cập nhật", f'<ul class="ds-tin-moi">{latest}</ul>', "khoi-tin-moi")
        + _box(
            "Thăm dò ý kiến",
            f'<form action="{u(f"{CTX}/binh-chon")}" method="post"><input type="hidden" name="poll" value="3" />'
            f'<p class="cau-hoi">Bạn quan tâm đến thông tin nào?</p>{poll}'
            '<input type="submit" value="Bình chọn" class="nut" /> '
            f'<a href="{u(f"{CTX}/binh-chon?poll=3&ket-qua=1")}" class="nut">Xem kết quả</a></form>',
            "khoi-binh-chon",
        )
        + _box(
            "Liên kết website",
            '<select onchange="if(this.value!=\'\')window.open(this.value)"><option value="">'
            f"-- Chọn liên kết --</option>{links}</select>",
            "khoi-lien-ket",
        )
        + _box(
            "Thống kê truy cập",
            '<table class="thong-ke"><tr><td>Đang truy cập:</td><td>25</td></tr>'
            "<tr><td>Hôm nay:</td><td>1.024</td></tr>"
            "<tr><td>Tổng lượt truy cập:</td><td>3.456.789</td></tr></table>",
            "khoi-thong-ke",
        )
    )


def _page(title: str, center: str, active: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"'
        ' "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        f"<title>{title} - Sở GD&amp;ĐT Tuyên Quang</title>\n"
        f'<link href="{u(f"{CTX}/css/giaodien.css")}" rel="stylesheet" type="text/css" />\n'
        f'<link rel="shortcut icon" href="{u(f"{CTX}/favicon.ico")}" />\n'
        f'<script type="text/javascript" src="{u(f"{CTX}/js/jquery-1.7.2.min.js")}"></script>\n'
        f'<script type="text/javascript" src="{u(f"{CTX}/js/portal.js")}"></script>\n'
        "</head>\n"
        f'<body class="{active}">\n<div id="bao-trang">\n<div id="dau-trang">\n'
        f'<div class="thanh-tren"><span class="ngay-hien-tai">{TODAY}</span>'
        f'<span class="lien-ket-nhanh"><a href="{u(f"{CTX}/so-do-site")}">Sơ đồ site</a> | '
        f'<a href="{u(f"{CTX}/lien-he")}">Liên hệ</a> | <a href="{u(f"{CTX}/dang-nhap")}">Đăng nhập</a></span></div>\n'
        f'<div class="banner"><a href="{u(f"{CTX}/")}"><img src="{u(f"{CTX}/images/quoc-huy.png")}"'
        ' class="quoc-huy" alt="Quốc huy" /></a><div class="ten-don-vi">'
        '<span class="cap-tren">UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG</span>'
        '<span class="ten-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div>'
        f'<img src="{u(f"{CTX}/images/banner-phai.jpg")}" class="banner-phai" alt="" /></div>\n'
        f"{_menu()}\n"
        '<div class="thanh-tim-kiem"><marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông'
        " tin điện tử Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</marquee>"
        f'<form action="{u(f"{CTX}/tim-kiem")}" method="get" name="frmTimKiem">'
        '<input type="text" name="tu-khoa" class="o-tim-kiem" value="Nhập từ khóa..."'
        " onfocus=\"if(this.value=='Nhập từ khóa...')this.value=''\" />"
        '<input type="submit" value="Tìm kiếm" class="nut-tim" /></form></div>\n</div>\n'
        '<table id="than-trang" class="bo-cuc" width="100%" cellpadding="0" cellspacing="0"><tr>\n'
        f'<td class="cot-trai" valign="top" width="210">{_left()}</td>\n'
        f'<td class="cot-giua" valign="top">{center}</td>\n'
        f'<td class="cot-phai" valign="top" width="220">{_right()}</td>\n'
        "</tr></table>\n"
        '<div id="chan-trang"><div class="menu-chan">'
        f'<a href="{u(f"{CTX}/")}">Trang chủ</a> | <a href="{u(f"{CTX}/gioi-thieu")}">Giới thiệu</a> | '
        f'<a href="{u(f"{CTX}/so-do-site")}">Sơ đồ site</a> | <a href="{u(f"{CTX}/lien-he")}">Liên hệ</a></div>'
        '<div class="thong-tin-chan"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b></p>'
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Tuyên Quang</p>"
        "<p>Địa chỉ: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.356 - Fax: 0207.3822.148 - Đường dây nóng: 0207.3811.234 -"
        " Email: sgddt@tuyenquang.gov.vn</p>"
        "<p>Chịu trách nhiệm chính: Đỗ Văn Hùng - Giám đốc Sở</p>"
        "<p>Giấy phép số 12/GP-TTĐT ngày 15/4/2014 của Sở Thông tin và Truyền thông tỉnh Tuyên Quang</p>"
        "<p>Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT Tuyên Quang” khi phát hành lại thông tin từ website này.</p>"
        '</div><div class="phat-trien">Phát triển trên nền eGov Portal 3.0</div></div>\n'
        "</div>\n</body>\n</html>\n"
    )


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = [f'<a href="{u(f"{CTX}/")}">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{u(href)}">{label}</a>' if href else f"<span>{label}</span>")
    return f'<div class="duong-dan">{" &raquo; ".join(parts)}</div>'


def _cat_crumbs(cat: int, link_last: bool = True) -> list[tuple[str, str | None]]:
    last = (CATS[cat], f"{CTX}/tin-tuc?cat={cat}" if link_last else None)
    if cat in NEWS_CATS:
        return [("Tin tức", f"{CTX}/tin-tuc"), last]
    return [last]


# --- the article ----------------------------------------------------------------------------


def _image(img: Img) -> str:
    pic = f'<img src="{img.src}" alt="" width="500" border="0" />'
    line = esc(img.printed or "")
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{pic}</p>'
            f'<p style="text-align: center;"><em>{line}</em></p>'
        )
    if img.style == "chu":
        return f'<p style="text-align: center;">{pic}</p><p class="chu-thich-anh">{line}</p>'
    if img.style == "paren":
        return f'<p style="text-align: center;">{pic}<br /><span style="font-size: 13px;">{line}</span></p>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500">'
            f'<tbody><tr><td>{pic}</td></tr><tr><td style="text-align: center;"><span style="color:'
            f' #000080;"><i>{line}</i></span></td></tr></tbody></table>'
        )
    if img.style == "old":
        return f'<div align="center">{pic}</div><div align="center"><i>{line}</i></div>'
    if img.style == "raw":
        return f'<p style="text-align: center;">{pic}</p><p style="text-align: center;">{line}</p>'
    return f'<p style="text-align: center;">{pic}</p>'


def _body(s: Story) -> str:
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4"'
                f' style="border-collapse: collapse;" width="100%"><tbody>{"".join(rows)}</tbody></table>'
            )
            rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            tag = "td"
            cells = "".join(
                f'<{tag} valign="top"><p class="MsoNormal">'
                + (f"<b>{esc(c)}</b>" if b.style == "th" else esc(c))
                + f"</p></{tag}>"
                for c in b.text.split(" | ")
            )
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(b, P) and b.style.startswith("a|"):  # a link the editor typed in
            _, href, phrase = b.style.split("|", 2)
            linked = esc(b.text).replace(esc(phrase), f'<a href="{href}">{esc(phrase)}</a>', 1)
            out.append(f'<p style="text-align: justify;">{linked}</p>')
        elif isinstance(b, P):
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_image(b))
        elif isinstance(b, Raw):
            out.append(b.html)
    flush()
    markup = "\n".join(out)
    return ncr(markup) if s.opts.get("ncr") else markup


def _info_line(s: Story) -> str:
    upd = ""
    if s.opts.get("updated"):
        upd = (
            f' <span class="ngay-cap-nhat">| Cập nhật: {s.opts["updated"]:%d/%m/%Y - %H:%M}</span>'
        )
    return (
        f'<p class="ngay-dang">Ngày đăng: {s.opts["when"]:%d/%m/%Y - %H:%M}{upd}'
        f' <span class="luot-xem">| Lượt xem: {s.views()}</span>'
        f' <span class="nguoi-dang">| Người đăng: {s.opts["user"]}</span></p>'
    )


def _others(s: Story) -> list[Story]:
    return [o for o in in_cat(int(s.cat)) if o.id != s.id][:5]


def _article(s: Story, stamp: int) -> str:
    cat = int(s.cat)
    sapo = f'<div class="tom-tat"><b>{_t(s.summary)}</b></div>' if s.summary else ""
    fields = ""
    if s.opts.get("tac_gia"):
        fields += f'<div class="tac-gia-bai">Tác giả: {esc(s.opts["tac_gia"])}</div>'
    if s.opts.get("nguon"):
        fields += f'<div class="nguon-tin">Nguồn: {esc(s.opts["nguon"])}</div>'
    if s.opts.get("file"):
        href, size = s.opts["file"]
        fields += (
            '<div class="tep-dinh-kem"><span>Tệp đính kèm:</span> '
            f'<img src="{CTX}/images/icon-pdf.gif" alt="" /> <a href="{href}" target="_blank">'
            f"{href.rsplit('/', 1)[1]}</a> ({size // 1024} KB)</div>"
        )
    if s.opts.get("tags"):
        fields += (
            '<div class="tu-khoa">Từ khóa: '
            + ", ".join(
                f'<a href="{u(f"{CTX}/tim-kiem?tu-khoa={quote(t)}")}">{esc(t)}</a>'
                for t in s.opts["tags"]
            )
            + "</div>"
        )
    tools = (
        '<div class="cong-cu-bai">'
        f'<a href="{u(f"{CTX}/in-tin?id={s.id}")}" target="_blank"><img src="{CTX}/images/icon-in.gif" alt="" /> In bài</a> | '
        f'<a href="{u(f"{CTX}/gui-email?id={s.id}")}"><img src="{CTX}/images/icon-email.gif" alt="" /> Gửi email</a> | '
        f'<a href="javascript:luuTin({s.id});"><img src="{CTX}/images/icon-luu.gif" alt="" /> Lưu tin</a>'
        ' <span class="chia-se"><a href="javascript:void(0)" onclick="chiaSeFacebook()">Chia sẻ Facebook</a></span></div>'
    )  # fmt: skip
    stars = "".join(
        f'<a href="javascript:void(0)" onclick="danhGia({s.id},{n})" title="{n} sao">★</a>'
        for n in range(1, 6)
    )
    rating = f'<div class="danh-gia">Đánh giá bài viết: <span class="sao">{stars}</span> <span class="diem">(4,6/5 - {s.id % 37 + 8} lượt)</span></div>'
    others = "".join(
        f'<li><a href="{u(article_path(o, with_cat=True))}">{_t(o.title, o)}</a>'
        f' <span class="ngay-tin-khac">({_d(o)})</span></li>'
        for o in _others(s)
    )
    comment = (
        '<div class="y-kien-ban-doc"><div class="tieu-de-y-kien">Ý kiến bạn đọc</div>'
        f'<form action="{u(f"{CTX}/gui-y-kien")}" method="post" name="frmYKien">'
        f'<input type="hidden" name="idTin" value="{s.id}" />'
        '<table class="bang-y-kien"><tr><td>Họ tên <span class="bat-buoc">*</span></td>'
        '<td><input type="text" name="hoTen" size="40" /></td></tr>'
        '<tr><td>Email <span class="bat-buoc">*</span></td><td><input type="text" name="email" size="40" /></td></tr>'
        '<tr><td>Nội dung <span class="bat-buoc">*</span></td><td><textarea name="noiDung" rows="5" cols="50"></textarea></td></tr>'
        f'<tr><td>Mã xác nhận</td><td><img src="{CTX}/captcha.jpg?t={stamp}" alt="captcha" align="absmiddle" />'
        ' <input type="text" name="maXacNhan" size="8" /></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi ý kiến" /> <input type="reset" value="Nhập lại" /></td></tr>'
        "</table></form></div>"
    )  # fmt: skip
    center = (
        '<div class="khung-chi-tiet">'
        + _crumbs(_cat_crumbs(cat))
        + f'<h2 class="tieu-de-bai">{_t(s.title, s)}</h2>'
        + _info_line(s)
        + '<div class="co-chu">Cỡ chữ: <a href="javascript:coChu(-1)">A-</a> <a href="javascript:coChu(0)">A</a>'
        ' <a href="javascript:coChu(1)">A+</a></div>'
        + sapo
        + f'<div class="noi-dung-bai" id="noiDungBai">\n{_body(s)}\n</div>'
        + fields
        + tools
        + rating
        + f'<div class="tin-khac"><div class="tieu-de-tin-khac">Các tin khác</div><ul>{others}</ul></div>'
        + comment
        + "</div>"
    )
    return _page("Chi tiết tin", center, "trang-chi-tiet")


def _print(s: Story) -> str:
    sapo = f'<div class="tom-tat"><b>{_t(s.summary)}</b></div>' if s.summary else ""
    by = "".join(
        f"<p>{label}: {esc(s.opts[k])}</p>"
        for k, label in (("tac_gia", "Tác giả"), ("nguon", "Nguồn"))
        if s.opts.get(k)
    )
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        f'<title>In tin</title><link href="{u(f"{CTX}/css/in.css")}" rel="stylesheet" type="text/css" />'
        '</head><body onload="window.print()"><div class="trang-in">'
        f'<div class="dau-in">{SITE.upper()}</div>'
        f'<h2 class="tieu-de-bai">{_t(s.title, s)}</h2><p class="ngay-dang">Ngày đăng: {s.opts["when"]:%d/%m/%Y - %H:%M}</p>'
        f"{sapo}<div class=\"noi-dung-bai\">{_body(s)}</div>{by}"
        '<div class="cuoi-in"><a href="javascript:window.print()">In trang</a> | '
        '<a href="javascript:window.close()">Đóng cửa sổ</a></div></div></body></html>'
    )  # fmt: skip


def _mail(s: Story) -> str:
    form = (
        '<div class="khung-gui-email"><div class="tieu-de-trang">Gửi bài viết qua email</div>'
        f"<p>Bài viết: <b>{_t(s.title, s)}</b></p>"
        f'<form action="{u(f"{CTX}/gui-email")}" method="post"><input type="hidden" name="id" value="{s.id}" />'
        '<table><tr><td>Tên người gửi</td><td><input type="text" name="tenNguoiGui" /></td></tr>'
        '<tr><td>Email người gửi</td><td><input type="text" name="emailNguoiGui" /></td></tr>'
        '<tr><td>Email người nhận</td><td><input type="text" name="emailNguoiNhan" /></td></tr>'
        '<tr><td>Lời nhắn</td><td><textarea name="loiNhan" rows="4" cols="40"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi" /></td></tr></table></form></div>'
    )
    return _page("Gửi email", form)


# --- listings -------------------------------------------------------------------------------


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(1, int(params.get("page", "1")))
    except ValueError:
        return 1


def _pager(base: str, page: int, pages: int) -> str:
    sep = "&" if "?" in base else "?"

    def link(n: int, label: str) -> str:
        return f'<a href="{u(f"{base}{sep}page={n}")}">{label}</a>'

    parts = [
        link(page - 1, "« Trang trước") if page > 1 else '<span class="mo">« Trang trước</span>'
    ]
    for n in range(1, pages + 1):
        parts.append(f'<span class="trang-hien-tai">{n}</span>' if n == page else link(n, str(n)))
    parts.append(
        link(page + 1, "Trang sau »") if page < pages else '<span class="mo">Trang sau »</span>'
    )
    return f'<div class="phan-trang">{" | ".join(parts)}</div>'


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:32]) + (" ..." if len(words) > 32 else "")


def _thumb(s: Story) -> str:
    return s.images[0].src if s.images else f"{CTX}/images/anh-mac-dinh.jpg"


def _listing(title: str, stories: list[Story], page: int, base: str, crumbs, with_cat: bool) -> str:
    pages = _pages(len(stories), PER_PAGE)
    shown = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = (
        "".join(
            '<div class="muc-tin">'
            f'<a href="{u(article_path(s, with_cat))}" class="anh-tin"><img src="{_thumb(s)}" width="130" alt="" /></a>'
            f'<a href="{u(article_path(s, with_cat))}" class="tieu-de-tin">{_t(s.title, s)}</a>'
            f' <span class="ngay-tin">({_d(s)})</span>'
            f'<div class="mo-ta">{_t(_excerpt(s), s)}</div><div class="xoa"></div></div>'
            for s in shown
        )
        or '<p class="khong-co">Không có tin nào trong chuyên mục này.</p>'
    )
    center = (
        '<div class="khung-danh-sach">'
        + _crumbs(crumbs)
        + f'<div class="ten-chuyen-muc">{title}</div>'
        + f'<div class="ds-tin">{items}</div>'
        + _pager(base, page, pages)
        + "</div>"
    )
    return _page(title, center, "trang-danh-sach")


def _home() -> str:
    hot = [s for s in LATEST if s.opts.get("hot")]
    slider = "".join(
        f'<div class="anh-truot"><a href="{u(article_path(s))}"><img src="{_thumb(s)}" width="440" alt="" /></a>'
        f'<div class="chu-truot"><a href="{u(article_path(s))}">{_t(s.title, s)}</a></div></div>'
        for s in hot
    )
    lead = hot[0]
    blocks = ""
    for cat in CATS:
        items = in_cat(cat)[:4]
        lis = "".join(
            f'<li><a href="{u(article_path(s))}">{_t(s.title, s)}</a> <span class="ngay">({_d(s)})</span></li>'
            for s in items
        )
        blocks += (
            f'<div class="khoi-chuyen-muc"><div class="tieu-de-chuyen-muc"><a href="{u(f"{CTX}/tin-tuc?cat={cat}")}">'
            f'{CATS[cat]}</a></div><ul>{lis}</ul><div class="xem-tiep"><a href="{u(f"{CTX}/tin-tuc?cat={cat}")}">Xem tiếp »</a></div></div>'
        )  # fmt: skip
    center = (
        f'<div class="tin-noi-bat"><div id="slider">{slider}</div>'
        f'<div class="tin-chinh"><a href="{u(article_path(lead))}" class="tieu-de-tin-chinh">{_t(lead.title)}</a>'
        f"<p>{_t(_excerpt(lead))}</p></div></div>"
        f"{blocks}"
    )
    return _page("Trang chủ", center, "trang-chu")


# --- non-article pages ------------------------------------------------------------------------


def _static(path: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    center = (
        '<div class="khung-trang-tinh">'
        + _crumbs([("Giới thiệu", f"{CTX}/gioi-thieu"), (title, None)])
        + f'<div class="tieu-de-trang">{title}</div><div class="noi-dung-trang">{body}</div></div>'
    )
    return _page(title, center)


def _contact() -> str:
    center = (
        '<div class="khung-trang-tinh">' + _crumbs([("Liên hệ", None)])
        + '<div class="tieu-de-trang">Liên hệ</div>'
        "<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</b></p>"
        "<p>Địa chỉ: Số 8, đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang</p>"
        "<p>Điện thoại: 0207.3822.356 - Fax: 0207.3822.148</p><p>Email: sgddt@tuyenquang.gov.vn</p>"
        f'<form action="{u(f"{CTX}/lien-he")}" method="post"><table>'
        '<tr><td>Họ tên</td><td><input type="text" name="hoTen" /></td></tr>'
        '<tr><td>Email</td><td><input type="text" name="email" /></td></tr>'
        '<tr><td>Tiêu đề</td><td><input type="text" name="tieuDe" /></td></tr>'
        '<tr><td>Nội dung</td><td><textarea name="noiDung" rows="6" cols="50"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" value="Gửi liên hệ" /></td></tr></table></form></div>'
    )  # fmt: skip
    return _page("Liên hệ", center)


def _qa() -> str:
    items = "".join(
        f'<div class="cau-hoi-dap"><p class="hoi"><b>Hỏi:</b> {esc(q)} <i>({esc(who)})</i></p>'
        f'<p class="dap"><b>Trả lời:</b> {esc(a)}</p></div>'
        for who, q, a in QA
    )
    center = (
        '<div class="khung-hoi-dap">' + _crumbs([("Hỏi đáp", None)])
        + f'<div class="tieu-de-trang">Hỏi đáp</div>{items}'
        f'<div class="gui-cau-hoi"><b>Gửi câu hỏi</b><form action="{u(f"{CTX}/hoi-dap")}" method="post">'
        '<input type="text" name="hoTen" /> <textarea name="cauHoi"></textarea>'
        '<input type="submit" value="Gửi câu hỏi" /></form></div></div>'
    )  # fmt: skip
    return _page("Hỏi đáp", center)


def _sitemap() -> str:
    lis = "".join(
        f'<li><a href="{u(href)}">{label}</a>'
        + (
            "<ul>" + "".join(f'<li><a href="{u(h)}">{lbl}</a></li>' for lbl, h in subs) + "</ul>"
            if subs
            else ""
        )
        + "</li>"
        for label, href, subs in MENU
    )
    extra = (
        f'<li><a href="{u(f"{CTX}/so-do-site")}">Sơ đồ site</a></li>'
        f'<li><a href="{u(f"{CTX}/dang-nhap")}">Đăng nhập</a></li>'
    )
    center = (
        '<div class="khung-so-do">'
        + _crumbs([("Sơ đồ site", None)])
        + f'<div class="tieu-de-trang">Sơ đồ site</div><ul class="so-do">{lis}{extra}</ul></div>'
    )
    return _page("Sơ đồ site", center)


def _login() -> str:
    center = (
        '<div class="khung-dang-nhap">' + _crumbs([("Đăng nhập", None)])
        + f'<form action="{u(f"{CTX}/j_security_check")}" method="post"><table>'
        '<tr><td>Tên đăng nhập</td><td><input type="text" name="j_username" /></td></tr>'
        '<tr><td>Mật khẩu</td><td><input type="password" name="j_password" /></td></tr>'
        '<tr><td></td><td><input type="submit" value="Đăng nhập" /></td></tr></table></form></div>'
    )  # fmt: skip
    return _page("Đăng nhập", center)


def _albums(params: dict[str, str]) -> str | None:
    album = params.get("album")
    if album:
        if not album.isdigit() or int(album) not in ALBUMS:
            return None
        aid = int(album)
        name, captions = ALBUMS[aid]
        pics = "".join(
            f'<div class="o-anh"><a href="{CTX}/upload/album/{aid}/anh-{n}.jpg" rel="lightbox">'
            f'<img src="{CTX}/upload/album/{aid}/anh-{n}-nho.jpg" alt="" /></a><p>{esc(c)}</p></div>'
            for n, c in enumerate(captions, 1)
        )
        center = (
            '<div class="khung-album">' + _crumbs([("Thư viện ảnh", f"{CTX}/thu-vien-anh"), (name, None)])
            + f'<div class="tieu-de-trang">{name}</div><div class="luoi-anh">{pics}</div></div>'
        )  # fmt: skip
        return _page(name, center)
    items = "".join(
        f'<div class="o-album"><a href="{u(f"{CTX}/thu-vien-anh?album={a}")}"><img src="{CTX}/upload/album/{a}/anh-bia.jpg" alt="" /></a>'
        f'<a href="{u(f"{CTX}/thu-vien-anh?album={a}")}">{name}</a> <span>({len(caps)} ảnh)</span></div>'
        for a, (name, caps) in ALBUMS.items()
    )  # fmt: skip
    center = (
        '<div class="khung-album">'
        + _crumbs([("Thư viện ảnh", None)])
        + f'<div class="tieu-de-trang">Thư viện ảnh</div>{items}</div>'
    )
    return _page("Thư viện ảnh", center)


def _register(request: Request) -> str:
    params = request.params  # first value of each name, like getParameter
    query = request.query
    kind, year, issuer = params.get("loai", ""), params.get("nam", ""), params.get("co-quan", "")
    docs = [
        d
        for d in DOCS
        if (not kind or d.kind == kind)
        and (not year or str(d.issued.year) == year)
        and (not issuer or d.issuer == issuer)
    ]
    page = _page_no(params)
    pages = _pages(len(docs), DOCS_PER_PAGE)
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{u(f"{CTX}/chi-tiet-van-ban?id={d.id}")}">{d.number}</a></td>'
        f"<td>{d.issued:%d/%m/%Y}</td><td>{esc(d.abstract)}</td><td>{DOC_KINDS[d.kind]}</td></tr>"
        for i, d in enumerate(docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE], (page - 1) * DOCS_PER_PAGE + 1)
    ) or '<tr><td colspan="5">Không tìm thấy văn bản nào.</td></tr>'  # fmt: skip
    cur = re.sub(r"(^|&)page=[^&]*", "", query).lstrip("&")

    def add(name: str, value: str) -> str:  # the JSP appends to the query string as it came
        return u(f"{CTX}/van-ban?{cur}&{name}={value}" if cur else f"{CTX}/van-ban?{name}={value}")

    facets = (
        '<div class="loc-van-ban"><b>Loại văn bản:</b> '
        + " | ".join(f'<a href="{add("loai", k)}">{v}</a>' for k, v in DOC_KINDS.items())
        + "<br /><b>Năm ban hành:</b> "
        + " | ".join(f'<a href="{add("nam", str(y))}">{y}</a>' for y in (2026, 2025, 2024, 2023))
        + "<br /><b>Cơ quan ban hành:</b> "
        + " | ".join(f'<a href="{add("co-quan", k)}">{v}</a>' for k, v in ISSUERS.items())
        + f' <br /><a href="{u(f"{CTX}/van-ban")}">Bỏ lọc</a></div>'
    )
    center = (
        '<div class="khung-van-ban">' + _crumbs([("Văn bản", None)])
        + '<div class="tieu-de-trang">Văn bản chỉ đạo, điều hành</div>' + facets
        + '<table class="bang-van-ban" border="1" cellspacing="0" width="100%"><tr><th>STT</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Loại</th></tr>{rows}</table>"
        + _pager(f"{CTX}/van-ban" + (f"?{cur}" if cur else ""), page, pages) + "</div>"
    )  # fmt: skip
    return _page("Văn bản", center)


def _doc(d: Doc) -> str:
    center = (
        '<div class="khung-van-ban">' + _crumbs([("Văn bản", f"{CTX}/van-ban"), ("Chi tiết văn bản", None)])
        + '<table class="chi-tiet-van-ban" border="1" cellspacing="0" width="100%">'
        f"<tr><td>Số/Ký hiệu</td><td>{d.number}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{d.issued:%d/%m/%Y}</td></tr>"
        f"<tr><td>Loại văn bản</td><td>{DOC_KINDS[d.kind]}</td></tr>"
        f"<tr><td>Cơ quan ban hành</td><td>{ISSUERS[d.issuer]}</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(d.signer)}</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(d.abstract)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{d.file}">{d.file.rsplit("/", 1)[1]}</a></td></tr>'
        "</table></div>"
    )  # fmt: skip
    return _page("Chi tiết văn bản", center)


def _schedule(params: dict[str, str]) -> str:
    year, week = THIS_WEEK
    try:
        year = int(params.get("nam", year))
        week = int(params.get("tuan", week))
        monday = _monday(year, week)
    except ValueError:
        year, week = THIS_WEEK
        monday = _monday(year, week)
    if (year, week) == THIS_WEEK:
        rows = "".join(
            f"<tr><td><b>{day}</b></td><td>{esc(what)}</td></tr>" for day, what in SCHEDULE
        )
    else:
        rows = '<tr><td colspan="2">Chưa có lịch công tác tuần này.</td></tr>'
    prev, nxt = _week_shift(year, week, -1), _week_shift(year, week, 1)
    center = (
        '<div class="khung-lich">' + _crumbs([("Lịch công tác", None)])
        + f'<div class="tieu-de-trang">Lịch công tác tuần {week}/{year}'
        f' (từ {monday:%d/%m/%Y} đến {monday + timedelta(days=6):%d/%m/%Y})</div>'
        f'<div class="chuyen-tuan"><a href="{u(f"{CTX}/lich-cong-tac?tuan={prev[1]}&nam={prev[0]}")}">« Tuần trước</a> | '
        f'<a href="{u(f"{CTX}/lich-cong-tac?tuan={nxt[1]}&nam={nxt[0]}")}">Tuần sau »</a></div>'
        f'<table class="bang-lich" border="1" cellspacing="0" width="100%">{rows}</table></div>'
    )  # fmt: skip
    return _page("Lịch công tác", center)


def _poll_results() -> str:
    total = sum(POLL_VOTES.values())
    rows = "".join(
        f"<tr><td>{label}</td><td>{POLL_VOTES[k]}</td><td>{POLL_VOTES[k] * 100 / total:.1f}%</td></tr>"
        for k, label in POLL
    )
    center = (
        '<div class="khung-binh-chon">'
        + _crumbs([("Kết quả bình chọn", None)])
        + '<div class="tieu-de-trang">Bạn quan tâm đến thông tin nào?</div>'
        f'<table class="ket-qua" border="1" cellspacing="0">{rows}</table><p>Tổng số phiếu: {total}</p></div>'
    )
    return _page("Kết quả bình chọn", center)


def _search(params: dict[str, str]) -> str:
    word = params.get("tu-khoa", "").strip()
    found = [
        s for s in LATEST
        if word and (word.lower() in s.title.lower() or word in s.opts.get("tags", []))
    ]  # fmt: skip
    items = (
        "".join(
            f'<li><a href="{u(article_path(s))}">{_t(s.title, s)}</a> <span class="ngay">({_d(s)})</span></li>'
            for s in found
        )
        or "<li>Không tìm thấy kết quả phù hợp.</li>"
    )
    center = (
        '<div class="khung-tim-kiem">'
        + _crumbs([("Tìm kiếm", None)])
        + f'<div class="tieu-de-trang">Kết quả tìm kiếm: “{esc(word)}”</div><ul>{items}</ul></div>'
    )
    return _page("Tìm kiếm", center)


def _not_found_article() -> str:
    center = (
        '<div class="khung-chi-tiet">'
        + _crumbs([("Tin tức", f"{CTX}/tin-tuc")])
        + '<div class="thong-bao-loi">Tin bài không tồn tại hoặc đã bị xóa.</div>'
        f'<p><a href="{u(f"{CTX}/")}">Quay lại trang chủ</a></p></div>'
    )
    return _page("Chi tiết tin", center, "trang-chi-tiet")


def _error_500(value: str) -> Response:
    body = (
        "<html><head><title>Apache Tomcat/7.0.52 - Error report</title></head><body>"
        "<h1>HTTP Status 500 - java.lang.NumberFormatException: For input string: "
        f'"{esc(value)}"</h1><hr/><p><b>type</b> Exception report</p><p><b>exception</b></p>'
        "<pre>org.apache.jasper.JasperException: java.lang.NumberFormatException: For input string: "
        f'"{esc(value)}"\n\tat org.apache.jasper.servlet.JspServletWrapper.handleJspException(JspServletWrapper.java:568)\n'
        "\tat vn.egov.portal.tintuc.ChiTietTinServlet.doGet(ChiTietTinServlet.java:87)</pre>"
        "<hr/><h3>Apache Tomcat/7.0.52</h3></body></html>"
    )
    return html(body, status=500)


# --- the server -----------------------------------------------------------------------------

_PATH_PARAM = re.compile(r";[^/?]*")
_FILES = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}


def session_id(n: int) -> str:
    return hashlib.md5(f"sgddt-session-{n}".encode()).hexdigest().upper()


def _cookie(headers) -> str | None:
    for name, value in headers.items():
        if name.lower() != "cookie":
            continue
        for part in value.split(";"):
            key, _, val = part.strip().partition("=")
            if key == "JSESSIONID" and val:
                return val
    return None


class EgovJspSite:
    """Tomcat with the portal's web application under ``/sgddt``; sessions kept in memory."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sessions: set[str] = set()
        self._count = 0
        self._clock = 0

    def _new_session(self) -> str:
        with self._lock:
            self._count += 1
            sid = session_id(self._count)
            self._sessions.add(sid)
            return sid

    def _stamp(self) -> int:
        with self._lock:
            self._clock += 1
            return 1795568400000 + self._clock * 1379

    def respond(self, request: Request) -> Response | None:
        if len(request.target) > MAX_TARGET:
            return html(
                "<html><body><h1>HTTP Status 400 - Bad Request</h1></body></html>", status=400
            )
        path = _PATH_PARAM.sub("", request.path)  # the front httpd drops ;jsessionid=…
        if path == "/":
            return redirect(f"{CTX}/")
        if path == CTX:
            return redirect(f"{CTX}/")
        if not path.startswith(CTX + "/"):
            return None
        if path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
            )
        if path == f"{CTX}/captcha.jpg" or path.startswith((f"{CTX}/css/", f"{CTX}/js/", f"{CTX}/images/",
                                                             f"{CTX}/upload/", f"{CTX}/Upload/")) or path.endswith(".ico"):  # fmt: skip
            return static_file(path)
        page = self._page(request, path)
        if page is None:
            return None
        if isinstance(page, Response):
            return page
        cookie = _cookie(request.headers)
        headers = {"Server": "Apache-Coyote/1.1", "X-Powered-By": "Servlet/3.0 JSP/2.2"}
        if cookie is not None and cookie in self._sessions:
            sid, encode = cookie, False
        else:
            sid = self._new_session()
            encode = cookie is None  # an id that came in a cookie: cookies work, no rewriting
            headers["Set-Cookie"] = f"JSESSIONID={sid}; Path={CTX}; HttpOnly"
        body = page.replace(MARK, f";jsessionid={sid}" if encode else "")
        return html(body, charset="UTF-8", headers=headers)

    def _page(self, request: Request, path: str) -> str | Response | None:
        params = request.params
        if request.method == "POST":
            if path == f"{CTX}/binh-chon":
                return _poll_results()
            if path in (
                f"{CTX}/gui-y-kien",
                f"{CTX}/gui-email",
                f"{CTX}/lien-he",
                f"{CTX}/hoi-dap",
            ):
                note = '<div class="thong-bao">Cảm ơn bạn! Thông tin đã được gửi và đang chờ duyệt.</div>'
                return _page("Thông báo", note)
        if path == f"{CTX}/":
            return _home()
        if path in (f"{CTX}/chi-tiet-tin", f"{CTX}/in-tin", f"{CTX}/gui-email"):
            raw = params.get("id", "")
            if not raw.isdigit():
                return _error_500(raw)
            s = _BY_ID.get(int(raw))
            if s is None:
                return _not_found_article() if path.endswith("chi-tiet-tin") else None
            if path.endswith("in-tin"):
                return _print(s)
            if path.endswith("gui-email"):
                return _mail(s)
            return _article(s, self._stamp())
        if path == f"{CTX}/tin-tuc":
            cat = params.get("cat", "")
            if not cat:
                return _listing("Tin tức", NEWS, _page_no(params), f"{CTX}/tin-tuc",
                                [("Tin tức", None)], False)  # fmt: skip
            if not cat.isdigit():
                return _error_500(cat)
            if int(cat) not in CATS:
                return None
            c = int(cat)
            crumbs = [*_cat_crumbs(c)[:-1], (CATS[c], None)]
            return _listing(
                CATS[c], in_cat(c), _page_no(params), f"{CTX}/tin-tuc?cat={c}", crumbs, True
            )
        if path in PAGES:
            return _static(path)
        if path == f"{CTX}/lien-he":
            return _contact()
        if path == f"{CTX}/hoi-dap":
            return _qa()
        if path == f"{CTX}/so-do-site":
            return _sitemap()
        if path == f"{CTX}/dang-nhap":
            return _login()
        if path == f"{CTX}/thu-vien-anh":
            return _albums(params)
        if path == f"{CTX}/van-ban":
            return _register(request)
        if path == f"{CTX}/chi-tiet-van-ban":
            raw = params.get("id", "")
            if not raw.isdigit():
                return _error_500(raw)
            d = _DOC_BY_ID.get(int(raw))
            return _doc(d) if d else None
        if path == f"{CTX}/lich-cong-tac":
            return _schedule(params)
        if path == f"{CTX}/binh-chon" and params.get("ket-qua") == "1":
            return _poll_results()
        if path == f"{CTX}/tim-kiem":
            return _search(params)
        return None


def build_site() -> EgovJspSite:
    return EgovJspSite()
