"""Sở Giáo dục và Đào tạo tỉnh Tuyên Quang on a vendor's Play Framework 2 portal (blind fixture).

Platform
--------
A Vietnamese vendor's "Cổng thông tin" product written in Java on Play Framework 2: Twirl (Scala)
templates rendered on the server, Bootstrap 3 chrome, Play's CSRF filter (hidden ``csrfToken``
inputs in every form, and the ``@helper.CSRF(route)`` call that appends ``?csrfToken=…`` to
links), Play's security headers and ``PLAY_SESSION``/``PLAY_LANG`` cookies, a "portal" with
news, legal documents and an admissions look-up.

URL scheme
----------
- ``/``                               home: featured slider, marquee, one box per category
- ``/tintuc/danhmuc/<c>?p=<N>``       category listing, a table, 4 rows a page, ``p`` 0-based
- ``/tintuc/chitiet/<N>``             article (Play binds ``<N>`` as a Long: ``/0<N>`` is the same)
- ``/tintuc/chitiet/<N>?lang=vi``     the same article (home slider links this form)
- ``/vanban/<N>``                     a document entry (số hiệu, trích yếu, attachment)
- ``/vanban/taive/<N>/<file>.pdf``    the attachment
- ``/tuyensinh/tracuu``               the admissions look-up form (POST with csrfToken)
- ``/gioithieu``                      the department's introduction
- ``/timkiem?tukhoa=``                search (GET form, answers "no result")
- ``/tep/anh/<id>``                   images served by a controller (no file extension)
- ``/assets/…``                       Play's Assets controller (css, js, logo)

Templates
---------
``main.scala.html`` (header with today's date, the site name in the only ``<h1>``, menu with
drop-downs, marquee, left column, right sidebar with "Văn bản mới", "Đọc nhiều", links, poll and
visitor counter, footer); ``tintuc/danhmuc.scala.html`` (breadcrumb, a ``<table>`` of rows
"Tiêu đề | Ngày đăng | Chi tiết »", Play's sample pager "← Trước | Hiển thị 1 - 4 / 7 |
Tiếp →"); ``tintuc/chitiet.scala.html`` (breadcrumb, ``<h3 class="tde-ct">``, date line, sapo
``<div class="tomtat">``, ``<div class="nd-ct" id="nd_<N>">`` with the editor's HTML, a metadata
table ``<table class="ttin-ct">`` inside the same wrapper, tools, "Các tin khác").

How each gold article is reached
--------------------------------
- home slider (``?lang=vi``): 1203, 1201, 1199; home category boxes: 1203, 1201, 1196, 1199,
  1194, 1192, 1202, 1198; home marquee: ``/tintuc/chitiet/01202``; sidebar "Đọc nhiều":
  1196, 1194, 1201.
- only through listings: 1187 (chuyen-mon page 0, row 4; also "Các tin khác"), 1190, 1185,
  1179 (tin-giao-duc ``?p=1``), 1182 (chuyen-mon ``?p=1``).
- 1192 is filed under "Hoạt động chuyên môn" and cross-posted in the "Tin giáo dục" listing.

Traps
-----
1. CSRF tokens in links: each listing row has a clean title link and a "Chi tiết »" link built
   with ``@helper.CSRF`` (``/tintuc/chitiet/1203?csrfToken=<sig>-<nonce>-<token>``, one token per
   listing page), and the pager's "Tiếp →"/"← Trước" carry one too. Gold: one record per article at
   the clean path; every token URL is in ``alt_paths``.
2. ``?lang=vi`` twins: the home slider links ``/tintuc/chitiet/<N>?lang=vi``. Gold: alt_paths.
3. Leading-zero id (not a README example): the marquee links ``/tintuc/chitiet/01202`` and Play's
   Long binder serves article 1202 there (the canonical link says ``/tintuc/chitiet/1202``).
   Gold: alt_paths of 1202, no second article.
4. Scala ``Option`` leaking into the page (not a README example): the metadata table prints
   ``Tác giả: Some(Hoàng Văn Dũng)``, ``Nguồn tin: Some(Báo Tuyên Quang)`` and ``None`` for empty
   fields, because the template calls ``@tt.tacGia`` on an ``Option[String]``. Gold: authors
   ["Hoàng Văn Dũng"], source "Báo Tuyên Quang"; ``None`` is nobody/null; ``Some(ThS. Ma Văn
   Thắng)`` -> "Ma Văn Thắng".
5. Java date strings (not a README example): some articles print ``java.util.Date.toString()``
   ("Thu Dec 03 14:30:00 ICT 2026", ICT = +07:00) and others ``LocalDateTime.toString()``
   ("2026-11-27T14:00", no offset, seconds dropped when zero) instead of the Vietnamese form
   "Thứ Sáu, 04/12/2026 - 16:20". Gold: "2026-12-03T14:30:00+07:00" etc., all +07:00; one prints
   "Thứ Tư, 28/10/2026 00:00" (midnight -> the day "2026-10-28").
6. The headline is not the ``<h1>`` nor the ``<title>`` (not a README example): every page's
   ``<title>`` is the portal's name, the only ``<h1>`` is the site name in the header, the
   headline is ``<h3 class="tde-ct">`` and ``og:title`` is cut at 60 characters with "...".
   Gold: the ``<h3>`` text.
7. Twirl auto-escaping the sapo (not a README example): 1190's lead was saved with its editor
   tags and the template prints ``@tt.tomTat`` without ``@Html``, so the page shows the literal
   text ``<p><strong>Sáng 20/11, …</strong></p>``. Gold: summary and first body paragraph are the
   sentence without the printed tags.
8. The metadata table inside the article wrapper (not a README example): after the body, inside
   the same ``<div class="tt-ct">``, a two-column table "Tác giả | …", "Nguồn tin | …", "Cập nhật |
   <a later Date>", "Người đăng | tq_quantri", "Lượt xem | 345". Gold: not body; its "Cập nhật"
   is never published_at; "Người đăng" is a CMS account (nobody).
9. A caption line that begins "Ảnh:" but describes the photo (not a README example): "Ảnh: Lãnh
   đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu". Gold: caption is the line as printed,
   nobody is a photographer; whereas "Ảnh: Quang Hưng" (a name alone) is a credit: caption None,
   photographer "Quang Hưng".
10. Play's sample pager (not a README example): no page numbers, only "← Trước", the count
   "Hiển thị 1 - 4 / 7" (an ``<a>`` without href) and "Tiếp →"; ``p`` is 0-based, so ``?p=1`` is
   the *second* page, and the bare category URL is the same page as ``?p=0``. Articles on
   ``?p=1`` are linked from nowhere else.
11. Cross-posted article: 1192 appears in two listings. Gold: one record, category from the
   breadcrumb ("Hoạt động chuyên môn").
12. Editor output: 1185 was typed with CKEditor's ``enterMode = DIV`` (each paragraph a
   ``<div>``, ``<div>&nbsp;</div>`` spacers); 1192 is one ``<p>`` cut by ``<br /><br />``; each
   piece is a paragraph. 1192's "Tin liên quan" ``<ul>`` sits inside ``div.nd-ct``: not body.
13. Official notice (1198): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and signer.
   Gold per the house convention: date "2026-11-30" (letterhead), author "Nguyễn Văn Sơn".

Gold decisions on ambiguous points
----------------------------------
- ``path`` is the clean ``/tintuc/chitiet/<N>``; ``canonical_path`` the same (the page's
  ``<link rel="canonical">`` prints it absolute).
- A "Tác giả" or "Nguồn tin" metadata row counts as a byline/source line: ``Some(X)`` -> X,
  ``None`` -> nobody/null. A body byline and the table never both name someone.
- A line "Ảnh: <description>" under a photo is a caption kept whole ("Ảnh: " included, as
  printed); "Ảnh: <name>" alone is a credit.
- 1199 prints "Cập nhật: …02/12… | Ngày đăng: …01/12…": the publication date is 01/12.
- 1198 prints a posting time on the page, but the house convention takes the letterhead's day.
- The escaped sapo (1190) is read as the text a reader sees without the printed tag text.
- Listing thumbnails are not article images; articles print no lead image of their own.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "play_framework_sgddt"
PLATFORM = "Play Framework 2 (Java, Twirl templates) vendor portal"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Cổng thông tin điện tử Sở Giáo dục và Đào tạo Tuyên Quang"
PAGE_SIZE = 4

CATS = {
    "tin-giao-duc": "Tin giáo dục",
    "chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

# --- CSRF tokens as Play's signed token provider prints them: <signature>-<nonce>-<raw token> ---

_RAW_TOKEN = "5f1d0c7a9e2b4c6d8e0f1a2b"


def csrf_token(seed: str) -> str:
    """A signed token, stable for one rendered page (``seed``) so the site stays finite."""
    nonce = 1764892800000 + int(hashlib.sha1(seed.encode()).hexdigest()[:7], 16) % 86_400_000
    sig = hashlib.sha1(f"tq-app-secret:{nonce}-{_RAW_TOKEN}".encode()).hexdigest()
    return f"{sig}-{nonce}-{_RAW_TOKEN}"


def listing_seed(cat: str, page: int) -> str:
    return f"danhmuc:{cat}:{page}"


# --- the stories ------------------------------------------------------------------------------

S = Story

STORIES: list[Story] = [
    S(
        1179,
        "kiem-tra-nam-hoc-na-hang",
        "Đoàn công tác Sở GD&ĐT kiểm tra công tác đầu năm học tại huyện Na Hang",
        "tin-giao-duc",
        "2026-10-28",
        [
            P("Từ ngày 26 đến 27/10/2026, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí "
              "Phó Giám đốc Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị và triển khai nhiệm "
              "vụ năm học 2026-2027 tại 9 trường học trên địa bàn huyện Na Hang."),
            P("Đoàn đã kiểm tra hồ sơ quản lý, cơ sở vật chất, việc bố trí phòng ở bán trú và "
              "bữa ăn của học sinh tại các trường phổ thông dân tộc bán trú."),
            Img("/tep/anh/88107", "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT THCS Sinh Long",
                "Đoàn công tác kiểm tra bếp ăn bán trú tại Trường PTDTBT THCS Sinh Long"),
            P("Qua kiểm tra, các nhà trường đã cơ bản hoàn thành việc sắp xếp đội ngũ, huy động "
              "học sinh ra lớp đạt 99,8%; tuy nhiên một số điểm trường lẻ còn thiếu phòng học "
              "bộ môn và nhà vệ sinh đạt chuẩn."),
            P("Trưởng đoàn đề nghị Phòng GD&ĐT huyện tiếp tục tham mưu UBND huyện bố trí kinh phí "
              "sửa chữa, bảo đảm an toàn cho học sinh trong mùa mưa lũ."),
        ],
        authors=["Triệu Thị Hồng Nhung"],
        opts={"date": "mid", "date_text": "Thứ Tư, 28/10/2026 00:00",
              "tacgia": "Some(Triệu Thị Hồng Nhung)", "nguon": "None",
              "capnhat": "Wed Oct 28 09:41:27 ICT 2026"},
    ),
    S(
        1182,
        "cuoc-thi-khkt-cap-tinh",
        "Tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027",
        "chuyen-mon",
        "2026-11-05T08:10:00+07:00",
        [
            P("Ngày 05/11/2026, Sở Giáo dục và Đào tạo tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh "
              "dành cho học sinh trung học năm học 2026-2027 tại Trường THPT Chuyên Tuyên Quang."),
            P("Cuộc thi thu hút 86 dự án của 172 học sinh thuộc 41 trường THCS và THPT trong tỉnh, "
              "thuộc 16 lĩnh vực theo quy định của Bộ Giáo dục và Đào tạo."),
            P("Cấp học | Số dự án | Số dự án đạt giải", "row"),
            P("Trung học cơ sở | 47 | 26", "row"),
            P("Trung học phổ thông | 39 | 22", "row"),
            P("Ban tổ chức sẽ lựa chọn 4 dự án xuất sắc nhất để tham dự Cuộc thi cấp quốc gia "
              "dự kiến tổ chức vào tháng 3/2027."),
            Raw('<p style="text-align:right"><em>ThS. Đỗ Thị Bích Ngọc - Phòng GDTrH</em></p>'),
        ],
        authors=["Đỗ Thị Bích Ngọc"],
        opts={"date": "vn", "date_text": "Thứ Năm, 05/11/2026 - 08:10",
              "tacgia": "None", "nguon": "None", "capnhat": "Fri Nov 06 10:02:45 ICT 2026"},
    ),
    S(
        1185,
        "tap-huan-pccc-truong-hoc",
        "Tập huấn nghiệp vụ phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học",
        "tin-giao-duc",
        "2026-11-10T15:00:00+07:00",
        [
            P("Chiều 10/11/2026, Sở Giáo dục và Đào tạo phối hợp với Phòng Cảnh sát PCCC và CNCH "
              "Công an tỉnh tổ chức tập huấn nghiệp vụ phòng cháy, chữa cháy cho hơn 200 cán bộ, "
              "giáo viên, nhân viên các đơn vị trực thuộc.", "div"),
            P("Các học viên được giới thiệu những quy định mới của Luật Phòng cháy, chữa cháy và "
              "cứu nạn, cứu hộ, các nguyên nhân thường gặp gây cháy trong trường học.", "div"),
            P("Buổi thực hành diễn ra tại sân Trường THPT Tân Trào với các tình huống dập tắt đám "
              "cháy ban đầu bằng bình bột, bình khí CO2 và thoát nạn khỏi phòng học có khói.", "div"),
            Img("/tep/anh/88214", "Giáo viên thực hành sử dụng bình chữa cháy",
                "Giáo viên thực hành sử dụng bình chữa cháy"),
            P("Sở yêu cầu các nhà trường rà soát hệ thống điện, bố trí đủ phương tiện chữa cháy "
              "và tổ chức diễn tập cho học sinh ít nhất một lần mỗi năm học.", "div"),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"date": "iso", "date_text": "2026-11-10T15:00", "body": "div",
              "tacgia": "Some(Hoàng Minh Đức)", "nguon": "None",
              "capnhat": "Wed Nov 11 07:30:12 ICT 2026"},
    ),
    S(
        1187,
        "hoi-thao-ngu-van-12",
        "Hội thảo nâng cao chất lượng dạy học môn Ngữ văn lớp 12 theo định hướng phát triển năng lực",
        "chuyen-mon",
        "2026-11-14T09:00:00+07:00",
        [
            P("Sáng 14/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thảo nâng cao chất lượng dạy "
              "học môn Ngữ văn lớp 12 với sự tham gia của 120 giáo viên cốt cán các trường THPT.",
              "lead"),
            P("I. NỘI DUNG HỘI THẢO", "h"),
            P("Các tham luận tập trung vào ba vấn đề chính:"),
            P("- Đổi mới phương pháp dạy đọc hiểu văn bản theo thể loại;", "li"),
            P("- Rèn kỹ năng viết bài văn nghị luận xã hội cho học sinh;", "li"),
            P("- Xây dựng đề kiểm tra, đánh giá theo ma trận và bản đặc tả.", "li"),
            P("II. KẾT LUẬN", "h"),
            P("Hội thảo thống nhất các giải pháp trọng tâm để triển khai từ học kỳ I, gắn với "
              "sinh hoạt chuyên môn của tổ, nhóm chuyên môn ở từng nhà trường."),
        ],
        authors=["Nguyễn Thị Lan"],
        summary="Sáng 14/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thảo nâng cao chất lượng dạy "
        "học môn Ngữ văn lớp 12 với sự tham gia của 120 giáo viên cốt cán các trường THPT.",
        opts={"date": "vn", "date_text": "Thứ Bảy, 14/11/2026 - 09:00",
              "tacgia": "Some(Nguyễn Thị Lan)", "nguon": "None",
              "capnhat": "Sat Nov 14 15:12:09 ICT 2026"},
    ),
    S(
        1190,
        "ky-niem-44-nam-ngay-nha-giao",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-giao-duc",
        "2026-11-20T07:45:00+07:00",
        [
            P("Tại buổi lễ, đồng chí Giám đốc Sở đã ôn lại truyền thống vẻ vang của ngành "
              "Giáo dục tỉnh Tuyên Quang và biểu dương những thành tích nổi bật của đội ngũ nhà giáo."),
            Img("/tep/anh/88390", "Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu"),
            P("Nhân dịp này, 35 nhà giáo được tặng Bằng khen của Chủ tịch UBND tỉnh, 12 tập thể "
              "được tặng Cờ thi đua xuất sắc."),
            Img("/tep/anh/88391", "Ảnh: Quang Hưng", None),
            P("Toàn ngành hiện có hơn 16.000 cán bộ, giáo viên, nhân viên; tỷ lệ giáo viên đạt "
              "chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 đạt 93,6%."),
        ],
        authors=["Thu Trang"],
        photographers=["Quang Hưng"],
        source="Báo Tuyên Quang",
        summary="Sáng 20/11, Sở Giáo dục và Đào tạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tôn vinh các nhà giáo tiêu biểu năm 2026.",
        sapo_outside=True,
        opts={"date": "iso", "date_text": "2026-11-20T07:45", "sapo": "escaped",
              "tacgia": "Some(Thu Trang)", "nguon": "Some(Báo Tuyên Quang)",
              "capnhat": "Fri Nov 20 11:03:55 ICT 2026"},
    ),
    S(
        1192,
        "tap-huan-tin-hoc-gdpt-2018",
        "Tập huấn dạy học môn Tin học theo Chương trình giáo dục phổ thông 2018 cho giáo viên THCS",
        "chuyen-mon",
        "2026-11-24T08:30:00+07:00",
        [
            P("Trong 2 ngày 23 và 24/11/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn dạy học môn "
              "Tin học cho 145 giáo viên cấp THCS trong toàn tỉnh.", "br"),
            P("Nội dung tập huấn gồm: dạy học lập trình trực quan với Scratch và Python; tổ chức "
              "các chủ đề học tập gắn với thực tiễn; sử dụng phòng máy và học liệu số.", "br"),
            P("Các giáo viên được thực hành thiết kế kế hoạch bài dạy và dạy minh họa theo nhóm.", "br"),
            P("Sau tập huấn, giáo viên có trách nhiệm tổ chức sinh hoạt chuyên môn tại đơn vị và "
              "nộp sản phẩm lên hệ thống trước ngày 15/12/2026."),
        ],
        opts={"date": "vn", "date_text": "Thứ Ba, 24/11/2026 - 08:30", "related": [1187, 1182],
              "tacgia": "None", "nguon": "None", "capnhat": "Tue Nov 24 16:48:03 ICT 2026",
              "also": ["tin-giao-duc"]},
    ),
    S(
        1194,
        "shcm-nghien-cuu-bai-hoc-thuong-lam",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường THCS Thượng Lâm, huyện Lâm Bình",
        "chuyen-mon",
        "2026-11-25T14:00:00+07:00",
        [
            P("Chiều 25/11/2026, Trường THCS Thượng Lâm tổ chức buổi sinh hoạt chuyên môn cụm "
              "theo nghiên cứu bài học với bài dạy minh họa môn Khoa học tự nhiên lớp 7."),
            Img("/tep/anh/88455", "Tiết dạy minh họa của cô giáo Hoàng Thị Mai",
                "Tiết dạy minh họa của cô giáo Hoàng Thị Mai", "figure"),
            P("Các giáo viên dự giờ tập trung quan sát hoạt động học của học sinh, phân tích "
              "những khó khăn của các em thay vì nhận xét, xếp loại giờ dạy."),
            P("Mô hình này đã được nhân rộng ở 18 trường THCS của huyện Lâm Bình và huyện Na Hang "
              "trong năm học 2026-2027."),
        ],
        authors=["Ma Văn Thắng"],
        opts={"date": "java", "date_text": "Wed Nov 25 14:00:00 ICT 2026",
              "tacgia": "Some(ThS. Ma Văn Thắng)", "nguon": "None",
              "capnhat": "Thu Nov 26 08:20:31 ICT 2026"},
    ),
    S(
        1196,
        "ngay-hoi-van-hoa-dan-toc-ptdtnt",
        "Ngày hội văn hóa các dân tộc tại Trường PTDT Nội trú THPT tỉnh",
        "tin-giao-duc",
        "2026-11-27T14:00:00+07:00",
        [
            P("Hướng tới kỷ niệm Ngày Văn hóa các dân tộc Việt Nam, Trường PTDT Nội trú THPT tỉnh "
              "tổ chức Ngày hội văn hóa với sự tham gia của hơn 600 học sinh thuộc 14 dân tộc."),
            Img("/tep/anh/88501", "Học sinh trong trang phục truyền thống các dân tộc",
                "Học sinh trong trang phục truyền thống các dân tộc"),
            P("Ngày hội gồm các hoạt động trình diễn trang phục, ẩm thực, trò chơi dân gian và "
              "hội diễn văn nghệ."),
            Img("/tep/anh/88502", "(Tiết mục múa khèn của học sinh dân tộc Mông)",
                "Tiết mục múa khèn của học sinh dân tộc Mông"),
            Img("/tep/anh/88503", None, None),
            P("Hoạt động góp phần giáo dục học sinh ý thức giữ gìn, phát huy bản sắc văn hóa "
              "của dân tộc mình trong môi trường nội trú."),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Ma Thị Thu Hà</strong></p>'),
        ],
        authors=["Ma Thị Thu Hà"],
        photographers=["Ma Thị Thu Hà"],
        opts={"date": "iso", "date_text": "2026-11-27T14:00",
              "tacgia": "None", "nguon": "None", "capnhat": "Fri Nov 27 17:05:44 ICT 2026"},
    ),
    S(
        1198,
        "thong-bao-thi-hsg-lop-12",
        "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw(
                '<table style="width:100%;border:0" cellpadding="2"><tbody><tr>'
                '<td style="width:40%;text-align:center">UBND TỈNH TUYÊN QUANG<br />'
                "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />Số: 2841/TB-SGDĐT</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
                "<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi '
                "cấp tỉnh lớp 12 năm học 2026-2027</strong></p>"
            ),
            P("Căn cứ Kế hoạch số 1520/KH-SGDĐT ngày 15/8/2026 của Sở Giáo dục và Đào tạo về "
              "tổ chức các kỳ thi năm học 2026-2027, Sở GD&ĐT thông báo như sau:"),
            P("1. Thời gian thi: ngày 17 và 18/12/2026."),
            P("2. Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THPT Tân Trào."),
            P("3. Các đơn vị hoàn thành đăng ký dự thi trên phần mềm quản lý thi trước 17 giờ 00 "
              "ngày 08/12/2026."),
            Raw(
                '<table style="width:100%"><tbody><tr><td style="width:50%;vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Các trường THPT;<br />"
                "- Lãnh đạo Sở;<br />- Lưu: VT, QLCL.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />'
                "PHÓ GIÁM ĐỐC</strong><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Nguyễn Văn Sơn</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Sơn"],
        opts={"date": "java", "date_text": "Mon Nov 30 16:05:00 ICT 2026",
              "tacgia": "None", "nguon": "None", "capnhat": "Mon Nov 30 16:05:00 ICT 2026"},
    ),
    S(
        1199,
        "khai-mac-hoi-thi-gvdg-thpt",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
        "chuyen-mon",
        "2026-12-01T10:30:00+07:00",
        [
            P("Sáng 01/12/2026, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo viên dạy giỏi cấp "
              "tỉnh cấp THPT với 94 giáo viên của 28 trường tham gia.", "lead"),
            P("Hội thi diễn ra trong 5 ngày, mỗi giáo viên trình bày biện pháp nâng cao chất "
              "lượng giảng dạy và dạy 2 tiết thực hành tại các trường THPT trên địa bàn thành phố."),
            Img("/tep/anh/88611", "Ảnh: Minh Khôi", None),
            P("Kết quả hội thi là căn cứ để bình xét danh hiệu chiến sĩ thi đua và bổ sung đội "
              "ngũ giáo viên cốt cán của tỉnh."),
        ],
        authors=["Phạm Thu Hằng"],
        photographers=["Minh Khôi"],
        summary="Sáng 01/12/2026, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo viên dạy giỏi cấp "
        "tỉnh cấp THPT với 94 giáo viên của 28 trường tham gia.",
        opts={"date": "upd", "date_text": "Thứ Ba, 01/12/2026 - 10:30",
              "upd_text": "Thứ Tư, 02/12/2026 - 08:00",
              "tacgia": "Some(Phạm Thu Hằng)", "nguon": "None",
              "capnhat": "Wed Dec 02 08:00:00 ICT 2026"},
    ),
    S(
        1201,
        "trao-hoc-bong-lam-binh",
        "Trao 120 suất học bổng cho học sinh nghèo vượt khó huyện Lâm Bình",
        "tin-giao-duc",
        "2026-12-02T09:15:00+07:00",
        [
            P("Ngày 02/12/2026, Sở Giáo dục và Đào tạo phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao "
              "120 suất học bổng cho học sinh có hoàn cảnh khó khăn của huyện Lâm Bình."),
            P("Mỗi suất học bổng trị giá 2 triệu đồng kèm theo áo ấm, chăn và đồ dùng học tập."),
            Img("/tep/anh/88702",
                "Ảnh: Đại diện nhà tài trợ trao học bổng cho học sinh Trường PTDTBT THCS Phúc Yên",
                "Ảnh: Đại diện nhà tài trợ trao học bổng cho học sinh Trường PTDTBT THCS Phúc Yên"),
            P("Theo kế hoạch, trong tháng 12 chương trình sẽ tiếp tục trao 80 suất học bổng cho "
              "học sinh huyện Na Hang."),
            Raw('<p style="text-align:right"><em>Theo Đài Phát thanh và Truyền hình Tuyên Quang</em></p>'),
        ],
        authors=["Hà Phương"],
        source="Đài Phát thanh và Truyền hình Tuyên Quang",
        opts={"date": "java", "date_text": "Wed Dec 02 09:15:00 ICT 2026",
              "tacgia": "Some(Hà Phương)", "nguon": "None",
              "capnhat": "Wed Dec 02 10:40:18 ICT 2026"},
    ),
    S(
        1202,
        "huong-dan-tra-cuu-tot-nghiep-thcs",
        "Hướng dẫn tra cứu kết quả xét công nhận tốt nghiệp THCS đợt bổ sung năm 2026",
        "thong-bao",
        "2026-12-03T14:30:00+07:00",
        [
            P("Sở Giáo dục và Đào tạo hướng dẫn học sinh, cha mẹ học sinh tra cứu kết quả xét "
              "công nhận tốt nghiệp THCS đợt bổ sung năm 2026 như sau:"),
            P("- Bước 1: Truy cập mục Tuyển sinh, chọn Tra cứu kết quả;", "li"),
            P("- Bước 2: Nhập số báo danh và ngày sinh của học sinh;", "li"),
            P("- Bước 3: Nhấn nút Tra cứu và kiểm tra thông tin hiển thị.", "li"),
            P("Mọi thắc mắc liên hệ Phòng Quản lý chất lượng, điện thoại 0207.3822.416 trong giờ "
              "hành chính."),
            Raw('<p style="text-align:right"><strong>Phòng Quản lý chất lượng</strong></p>'),
        ],
        authors=["Phòng Quản lý chất lượng"],
        opts={"date": "java", "date_text": "Thu Dec 03 14:30:00 ICT 2026",
              "tacgia": "None", "nguon": "None", "capnhat": "Thu Dec 03 14:30:00 ICT 2026"},
    ),
    S(
        1203,
        "hoi-nghi-chuyen-doi-so-nganh-giao-duc",
        "Hội nghị triển khai nhiệm vụ chuyển đổi số trong ngành Giáo dục tỉnh Tuyên Quang năm 2027",
        "tin-giao-duc",
        "2026-12-04T16:20:00+07:00",
        [
            P("Chiều 04/12/2026, Sở Giáo dục và Đào tạo tổ chức Hội nghị triển khai nhiệm vụ "
              "chuyển đổi số năm 2027 theo hình thức trực tiếp kết hợp trực tuyến tới 7 điểm cầu "
              "Phòng GD&ĐT các huyện, thành phố.", "lead"),
            P("Năm 2026, 100% cơ sở giáo dục trong tỉnh đã sử dụng hồ sơ học bạ số, sổ điểm điện "
              "tử; 85% trường học thực hiện thu phí không dùng tiền mặt."),
            Img("/tep/anh/88750", "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT"),
            P("Năm 2027, ngành tập trung xây dựng kho học liệu số dùng chung, triển khai tuyển "
              "sinh đầu cấp trực tuyến và bồi dưỡng kỹ năng số cho giáo viên."),
        ],
        authors=["Hoàng Văn Dũng"],
        summary="Chiều 04/12/2026, Sở Giáo dục và Đào tạo tổ chức Hội nghị triển khai nhiệm vụ "
        "chuyển đổi số năm 2027 theo hình thức trực tiếp kết hợp trực tuyến tới 7 điểm cầu "
        "Phòng GD&ĐT các huyện, thành phố.",
        opts={"date": "vn", "date_text": "Thứ Sáu, 04/12/2026 - 16:20",
              "tacgia": "Some(Hoàng Văn Dũng)", "nguon": "None",
              "capnhat": "Fri Dec 04 17:02:11 ICT 2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _date_key(story: Story) -> str:
    return story.published_at or ""


def listing_ids(cat: str) -> list[int]:
    """The rows of a category listing, newest first (cross-posts included)."""
    rows = [s for s in STORIES if s.cat == cat or cat in s.opts.get("also", [])]
    return [s.id for s in sorted(rows, key=_date_key, reverse=True)]


def listing_page_of(cat: str, story_id: int) -> int:
    return listing_ids(cat).index(story_id) // PAGE_SIZE


def listing_date(story: Story) -> str:
    y, m, d = (story.published_at or "")[:10].split("-")
    return f"{d}/{m}/{y}"


FEATURED = [1203, 1201, 1199]
MARQUEE = 1202
MOST_READ = [1196, 1194, 1201]

DOCS = {
    101: ("2905/QĐ-SGDĐT", "Quyết định", "04/12/2026",
          "Quyết định ban hành Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026-2027",
          "QD-2905-SGDDT.pdf"),
    102: ("2841/TB-SGDĐT", "Thông báo", "30/11/2026",
          "Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
          "TB-2841-SGDDT.pdf"),
    103: ("2710/SGDĐT-GDTrH", "Công văn", "16/11/2026",
          "Công văn hướng dẫn thực hiện Chương trình giáo dục địa phương tỉnh Tuyên Quang",
          "CV-2710-SGDDT-GDTrH.pdf"),
}

# --- rendering ----------------------------------------------------------------------------------


def _option(value: str) -> str:
    """Scala's Option printed as it is: ``Some(x)`` / ``None``."""
    return esc(value)


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    mode = story.opts.get("body", "p")
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style == "br":
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                group.append(blocks[i])
            out.append('<p style="text-align:justify">' + "<br />\n<br />\n".join(esc(g.text) for g in group) + "</p>")
        elif b.style == "row":
            rows = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "row":
                i += 1
                rows.append(blocks[i])
            trs = []
            for n, r in enumerate(rows):
                tag = "td"
                cells = "".join(
                    f'<{tag} style="border:1px solid #999;padding:3px">'
                    + (f"<strong>{esc(c)}</strong>" if n == 0 else esc(c)) + f"</{tag}>"
                    for c in r.text.split(" | ")
                )
                trs.append(f"<tr>{cells}</tr>")
            out.append('<table border="1" cellspacing="0" style="width:100%;border-collapse:collapse">'
                       "<tbody>" + "".join(trs) + "</tbody></table>")
        elif b.style == "h":
            out.append(f'<p><strong><span style="font-size:14px">{esc(b.text)}</span></strong></p>')
        elif b.style == "li":
            out.append(f'<p style="margin-left:20px">{esc(b.text)}</p>')
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif mode == "div" or b.style == "div":
            out.append(f'<div style="text-align:justify">{esc(b.text)}</div>\n<div>&nbsp;</div>')
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width:600px;height:400px" />'
    if img.style == "figure":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image" style="display:inline-block">{tag}{cap}</figure>'
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em><span style="font-size:12px">{esc(img.printed)}</span></em></p>'
    return out


def _head(request: Request, og_title: str = SITE_TITLE, canonical: str | None = None) -> str:
    can = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    og = esc(og_title if len(og_title) <= 60 else og_title[:60] + "...")
    return f"""<!DOCTYPE html>
<html lang="vi">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{esc(SITE_TITLE)}</title>
        <meta property="og:title" content="{og}">
        <meta property="og:site_name" content="Sở GD&amp;ĐT Tuyên Quang">
        {can}
        <link rel="shortcut icon" type="image/png" href="/assets/images/favicon.png">
        <link rel="stylesheet" href="/assets/lib/bootstrap/css/bootstrap.min.css">
        <link rel="stylesheet" media="screen" href="/assets/stylesheets/congthongtin.css">
        <script src="/assets/lib/jquery/jquery.min.js" type="text/javascript"></script>
    </head>
"""


def _menu() -> str:
    cats = "".join(f'<li><a href="/tintuc/danhmuc/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    docs = "".join(f'<li><a href="/vanban/{n}">{esc(d[1])} số {esc(d[0])}</a></li>' for n, d in DOCS.items())
    return f"""
        <nav class="navbar navbar-default mnu-top" role="navigation">
            <ul class="nav navbar-nav">
                <li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>
                <li class="dropdown"><a href="/gioithieu" class="dropdown-toggle">Giới thiệu <b class="caret"></b></a>
                    <ul class="dropdown-menu"><li><a href="/gioithieu">Chức năng, nhiệm vụ</a></li></ul></li>
                <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
                    <ul class="dropdown-menu">{cats}</ul></li>
                <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Văn bản <b class="caret"></b></a>
                    <ul class="dropdown-menu">{docs}</ul></li>
                <li><a href="/tuyensinh/tracuu">Tra cứu tuyển sinh</a></li>
            </ul>
            <form class="navbar-form navbar-right" action="/timkiem" method="GET">
                <input type="hidden" name="csrfToken" value="{csrf_token('timkiem')}"/>
                <input type="text" name="tukhoa" class="form-control" placeholder="Tìm kiếm...">
                <button type="submit" class="btn btn-default">Tìm</button>
            </form>
        </nav>"""


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="/vanban/{n}">{esc(d[0])}</a><br><small>{esc(d[3])}</small></li>' for n, d in DOCS.items()
    )
    most = "".join(
        f'<li><a href="/tintuc/chitiet/{i}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""
            <div class="col-md-4 cot-phai">
                <div class="khoi-p" id="kp_3"><div class="tde-kp">Văn bản mới</div><ul>{docs}</ul></div>
                <div class="khoi-p" id="kp_5"><div class="tde-kp">Đọc nhiều</div><ol>{most}</ol></div>
                <div class="khoi-p" id="kp_7"><div class="tde-kp">Liên kết</div>
                    <select onchange="window.open(this.value)" class="form-control">
                        <option value="">-- Liên kết website --</option>
                        <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
                        <option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
                    </select>
                    <a href="https://www.facebook.com/sogddt.tuyenquang" target="_blank">
                        <img src="/assets/images/fb-icon.png" alt="Facebook"></a>
                </div>
                <div class="khoi-p" id="kp_9"><div class="tde-kp">Thăm dò ý kiến</div>
                    <form action="/binhchon" method="POST">
                        <input type="hidden" name="csrfToken" value="{csrf_token('binhchon')}"/>
                        <p>Bạn đánh giá thế nào về Cổng thông tin của Sở?</p>
                        <label><input type="radio" name="pa" value="1"> Rất hữu ích</label><br>
                        <label><input type="radio" name="pa" value="2"> Hữu ích</label><br>
                        <label><input type="radio" name="pa" value="3"> Bình thường</label><br>
                        <button type="submit" class="btn btn-xs btn-primary">Bình chọn</button>
                    </form>
                </div>
                <div class="khoi-p" id="kp_11"><div class="tde-kp">Thống kê truy cập</div>
                    <table class="tk-tc"><tr><td>Đang online:</td><td>37</td></tr>
                    <tr><td>Hôm nay:</td><td>1.284</td></tr><tr><td>Tổng truy cập:</td><td>4.871.025</td></tr></table>
                </div>
            </div>"""


def page(request: Request, main: str, og_title: str = SITE_TITLE, canonical: str | None = None,
         status: int = 200) -> Response:
    marquee = BY_ID[MARQUEE]
    body = f"""{_head(request, og_title, canonical)}
    <body>
        <div class="top-bar"><div class="container">
            <span class="ngay-ht">{TODAY_LINE}</span>
            <form action="/ngonngu" method="POST" class="pull-right form-inline">
                <input type="hidden" name="csrfToken" value="{csrf_token('ngonngu')}"/>
                <select name="lang"><option value="vi" selected>Tiếng Việt</option><option value="en">English</option></select>
                <button type="submit" class="btn btn-xs">Đổi</button>
            </form>
        </div></div>
        <header class="container dau-trang">
            <a href="/"><img src="/assets/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT Tuyên Quang"></a>
            <h1 class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</h1>
            <p class="khau-hieu">Cổng thông tin điện tử</p>
        </header>
        <div class="container">{_menu()}
            <div class="chay-chu"><strong>Thông báo:</strong>
                <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
                    <a href="/tintuc/chitiet/0{MARQUEE}">{esc(marquee.title)}</a>
                </marquee>
            </div>
            <div class="row">
                <div class="col-md-8 cot-giua">
{main}
                </div>{_sidebar()}
            </div>
        </div>
        <footer class="chan-trang"><div class="container">
            <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH TUYÊN QUANG</strong></p>
            <p>Địa chỉ: Đường 17/8, phường Minh Xuân, thành phố Tuyên Quang, tỉnh Tuyên Quang</p>
            <p>Điện thoại: 0207.3822.416 - Email: sogddt@tuyenquang.edu.vn</p>
            <p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Tuyên Quang</p>
            <p class="ban-quyen">© 2026 Sở GD&amp;ĐT Tuyên Quang. Phát triển bởi Công ty CP Giải pháp Phần mềm TQSoft</p>
        </div></footer>
        <script src="/assets/lib/bootstrap/js/bootstrap.min.js" type="text/javascript"></script>
        <script src="/assets/javascripts/main.js" type="text/javascript"></script>
    </body>
</html>
"""
    return html(body, status=status, headers={
        "X-Frame-Options": "DENY",
        "X-XSS-Protection": "1; mode=block",
        "X-Content-Type-Options": "nosniff",
        "X-Permitted-Cross-Domain-Policies": "master-only",
        "Referrer-Policy": "origin-when-cross-origin, strict-origin-when-cross-origin",
        "Set-Cookie": "PLAY_LANG=vi; SameSite=Lax; Path=/",
    })


def _breadcrumb(cat: str, last: str | None = None) -> str:
    tail = f'<li class="active">{esc(last)}</li>' if last else ""
    return (
        '<ol class="breadcrumb duong-dan"><li><a href="/">Trang chủ</a></li>'
        f'<li><a href="/tintuc/danhmuc/{cat}">{esc(CATS[cat])}</a></li>{tail}</ol>'
    )


def _date_line(story: Story) -> str:
    o = story.opts
    if o["date"] == "upd":
        return (f'<span class="glyphicon glyphicon-time"></span> Cập nhật: {esc(o["upd_text"])}'
                f' | Ngày đăng: {esc(o["date_text"])}')
    return f'<span class="glyphicon glyphicon-time"></span> {esc(o["date_text"])}'


def article_page(request: Request, story: Story) -> Response:
    o = story.opts
    sapo = ""
    if story.summary:
        if o.get("sapo") == "escaped":
            sapo = f'<div class="tomtat">{esc("<p><strong>" + story.summary + "</strong></p>")}</div>'
        elif story.sapo_outside:
            sapo = f'<div class="tomtat"><strong>{esc(story.summary)}</strong></div>'
    related = ""
    if o.get("related"):
        items = "".join(
            f'<li><a href="/tintuc/chitiet/{r}">{esc(BY_ID[r].title)}</a></li>' for r in o["related"]
        )
        related = f'<div class="tlq"><p><strong>Tin liên quan:</strong></p><ul>{items}</ul></div>'
    others = [i for i in listing_ids(story.cat) if i != story.id][:3]
    others_html = "".join(
        f'<li><a href="/tintuc/chitiet/{i}">{esc(BY_ID[i].title)}</a> <span>({listing_date(BY_ID[i])})</span></li>'
        for i in others
    )
    main = f"""
                    {_breadcrumb(story.cat)}
                    <div class="tt-ct" id="tt-{story.id}">
                        <h3 class="tde-ct">
                            {esc(story.title)}
                        </h3>
                        <div class="tg-ct">{_date_line(story)} &nbsp;|&nbsp; Lượt xem: {story.views()}</div>

                        {sapo}

                        <div class="nd-ct" id="nd_{story.id}">
{render_body(story)}
{related}
                        </div>

                        <table class="table table-condensed ttin-ct">
                            <tr><td style="width:120px">Tác giả:</td><td>{_option(o["tacgia"])}</td></tr>
                            <tr><td>Nguồn tin:</td><td>{_option(o["nguon"])}</td></tr>
                            <tr><td>Cập nhật:</td><td>{esc(o["capnhat"])}</td></tr>
                            <tr><td>Người đăng:</td><td>tq_quantri</td></tr>
                            <tr><td>Lượt xem:</td><td>{story.views()}</td></tr>
                        </table>

                        <div class="cong-cu">
                            <a href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In trang</a>
                            <a href="mailto:?subject={esc(story.title)}"><span class="glyphicon glyphicon-envelope"></span> Gửi email</a>
                            <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}/tintuc/chitiet/{story.id}" target="_blank">Chia sẻ Facebook</a>
                        </div>
                    </div>
                    <div class="tin-khac">
                        <div class="tde-kp">Các tin khác</div>
                        <ul>{others_html}</ul>
                    </div>"""
    return page(request, main, og_title=story.title, canonical=f"/tintuc/chitiet/{story.id}")


def listing_page(request: Request, cat: str, p: int) -> Response:
    ids = listing_ids(cat)
    rows = ids[p * PAGE_SIZE:(p + 1) * PAGE_SIZE]
    token = csrf_token(listing_seed(cat, p))
    trs = []
    for i in rows:
        s = BY_ID[i]
        thumb = s.images[0].src + "?kt=nho" if s.images else "/assets/images/no-image.png"
        trs.append(f"""
                            <tr>
                                <td><img src="{esc(thumb)}" width="90" alt=""></td>
                                <td><a href="/tintuc/chitiet/{i}">{esc(s.title)}</a></td>
                                <td>{listing_date(s)}</td>
                                <td><a href="/tintuc/chitiet/{i}?csrfToken={token}">Chi tiết &raquo;</a></td>
                            </tr>""")
    if not rows:
        trs.append('<tr><td colspan="4"><em>Chưa có tin bài</em></td></tr>')
    total = len(ids)
    start, end = p * PAGE_SIZE + 1, min((p + 1) * PAGE_SIZE, total)
    prev = (f'<li class="prev"><a href="/tintuc/danhmuc/{cat}?p={p - 1}&amp;csrfToken={token}">&larr; Trước</a></li>'
            if p > 0 else '<li class="prev disabled"><a>&larr; Trước</a></li>')
    nxt = (f'<li class="next"><a href="/tintuc/danhmuc/{cat}?p={p + 1}&amp;csrfToken={token}">Tiếp &rarr;</a></li>'
           if end < total else '<li class="next disabled"><a>Tiếp &rarr;</a></li>')
    count = f'<li class="current"><a>Hiển thị {start} - {end} / {total}</a></li>' if rows else ""
    main = f"""
                    {_breadcrumb(cat)}
                    <h2 class="tde-dm">{esc(CATS[cat])}</h2>
                    <table class="table table-striped ds-tin">
                        <thead><tr><th></th><th>Tiêu đề</th><th>Ngày đăng</th><th></th></tr></thead>
                        <tbody>{"".join(trs)}
                        </tbody>
                    </table>
                    <div id="pagination" class="pagination"><ul>{prev}{count}{nxt}</ul></div>"""
    return page(request, main)


def home_page(request: Request) -> Response:
    slides = "".join(
        f"""
                        <div class="item{' active' if n == 0 else ''}">
                            <a href="/tintuc/chitiet/{i}?lang=vi"><img src="{esc(BY_ID[i].images[0].src)}?kt=lon" alt=""></a>
                            <div class="carousel-caption"><a href="/tintuc/chitiet/{i}?lang=vi">{esc(BY_ID[i].title)}</a></div>
                        </div>"""
        for n, i in enumerate(FEATURED)
    )
    boxes = []
    for cat, name in CATS.items():
        ids = [i for i in listing_ids(cat) if BY_ID[i].cat == cat][:3]
        items = "".join(
            f'<li><a href="/tintuc/chitiet/{i}">{esc(BY_ID[i].title)}</a> <small>{listing_date(BY_ID[i])}</small></li>'
            for i in ids
        )
        boxes.append(f"""
                    <div class="hop-dm" id="hdm_{cat}">
                        <div class="tde-hdm"><a href="/tintuc/danhmuc/{cat}">{esc(name)}</a>
                            <a class="xem-tat-ca" href="/tintuc/danhmuc/{cat}?p=0">Xem tất cả</a></div>
                        <ul>{items}</ul>
                    </div>""")
    main = f"""
                    <div id="slider-noibat" class="carousel slide" data-ride="carousel">
                        <div class="carousel-inner">{slides}
                        </div>
                    </div>
{"".join(boxes)}"""
    return page(request, main)


def intro_page(request: Request) -> Response:
    main = """
                    <ol class="breadcrumb duong-dan"><li><a href="/">Trang chủ</a></li><li class="active">Giới thiệu</li></ol>
                    <h3 class="tde-ct">Chức năng, nhiệm vụ của Sở Giáo dục và Đào tạo</h3>
                    <div class="nd-ct">
                        <p>Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc UBND tỉnh,
                        tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>
                        <p><strong>Lãnh đạo Sở</strong></p>
                        <table class="table"><tr><td>Giám đốc</td><td>Đồng chí Lê Quang Tuấn</td></tr>
                        <tr><td>Phó Giám đốc</td><td>Đồng chí Nguyễn Văn Sơn</td></tr></table>
                        <p>Các phòng chuyên môn: Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính;
                        Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng.</p>
                    </div>"""
    return page(request, main)


def doc_page(request: Request, n: int) -> Response:
    so, loai, ngay, trich, fname = DOCS[n]
    main = f"""
                    <ol class="breadcrumb duong-dan"><li><a href="/">Trang chủ</a></li><li>Văn bản</li><li class="active">{esc(so)}</li></ol>
                    <h3 class="tde-ct">{esc(trich)}</h3>
                    <table class="table table-bordered ct-vb">
                        <tr><th>Số/Ký hiệu</th><td>{esc(so)}</td></tr>
                        <tr><th>Loại văn bản</th><td>{esc(loai)}</td></tr>
                        <tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
                        <tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
                        <tr><th>Trích yếu</th><td>{esc(trich)}</td></tr>
                        <tr><th>Tệp đính kèm</th><td><a href="/vanban/taive/{n}/{fname}">{fname}</a></td></tr>
                    </table>"""
    return page(request, main)


def lookup_page(request: Request, result: str = "") -> Response:
    main = f"""
                    <ol class="breadcrumb duong-dan"><li><a href="/">Trang chủ</a></li><li class="active">Tra cứu tuyển sinh</li></ol>
                    <h3 class="tde-ct">Tra cứu kết quả tuyển sinh, xét tốt nghiệp</h3>
                    <form action="/tuyensinh/tracuu" method="POST" class="form-horizontal">
                        <input type="hidden" name="csrfToken" value="{csrf_token('tracuu')}"/>
                        <label>Số báo danh</label><input type="text" name="sbd" class="form-control">
                        <label>Ngày sinh (dd/MM/yyyy)</label><input type="text" name="ngaysinh" class="form-control">
                        <button type="submit" class="btn btn-primary">Tra cứu</button>
                    </form>
                    {result}"""
    return page(request, main)


def search_page(request: Request) -> Response:
    q = request.params.get("tukhoa", "")
    main = f"""
                    <h3 class="tde-ct">Kết quả tìm kiếm: {esc(q)}</h3>
                    <p><em>Không tìm thấy kết quả phù hợp.</em></p>"""
    return page(request, main)


def not_found(request: Request) -> Response:
    return page(request, '<div class="alert alert-warning">Không tìm thấy trang yêu cầu.</div>', status=404)


_ARTICLE = re.compile(r"^/tintuc/chitiet/([0-9]+)$")
_LISTING = re.compile(r"^/tintuc/danhmuc/([a-z-]+)$")
_DOC = re.compile(r"^/vanban/([0-9]+)$")
_DOC_FILE = re.compile(r"^/vanban/taive/([0-9]+)/([A-Za-z0-9-]+\.pdf)$")
_IMAGE = re.compile(r"^/tep/anh/([0-9]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path == "/tuyensinh/tracuu":
                sbd = esc(request.form.get("sbd", ""))
                return lookup_page(request, f'<div class="alert alert-info">Không tìm thấy thí sinh có số báo danh {sbd}.</div>')
            if path in ("/ngonngu", "/binhchon"):
                return redirect(request.headers.get("Referer", "/"), 303)
            return None
        if path == "/":
            return home_page(request)
        if path.startswith("/assets/") or (m := _IMAGE.match(path)):
            if path.startswith("/assets/"):
                return static_file(path)
            return static_file(f"/anh/{m.group(1)}.jpg")
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else not_found(request)
        if m := _LISTING.match(path):
            cat = m.group(1)
            if cat not in CATS:
                return not_found(request)
            raw = parse_qs(request.query).get("p", ["0"])[0]
            if not raw.isdigit():
                return html("Bad Request: Cannot parse parameter p as Int", status=400)
            return listing_page(request, cat, int(raw))
        if m := _DOC.match(path):
            n = int(m.group(1))
            return doc_page(request, n) if n in DOCS else not_found(request)
        if m := _DOC_FILE.match(path):
            n = int(m.group(1))
            if n in DOCS and DOCS[n][4] == m.group(2):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path == "/gioithieu":
            return intro_page(request)
        if path == "/tuyensinh/tracuu":
            return lookup_page(request)
        if path == "/timkiem":
            return search_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    for cat in [story.cat, *story.opts.get("also", [])]:
        p = listing_page_of(cat, story.id)
        alts.append(f"/tintuc/chitiet/{story.id}?csrfToken={csrf_token(listing_seed(cat, p))}")
    if story.id in FEATURED:
        alts.append(f"/tintuc/chitiet/{story.id}?lang=vi")
    if story.id == MARQUEE:
        alts.append(f"/tintuc/chitiet/0{story.id}")
    return alts


GOLD = [
    gold_record(s, f"/tintuc/chitiet/{s.id}", CATS[s.cat], alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.id)
]

NON_ARTICLES = ["/gioithieu", "/vanban/101", "/vanban/102", "/vanban/103", "/tuyensinh/tracuu"]
