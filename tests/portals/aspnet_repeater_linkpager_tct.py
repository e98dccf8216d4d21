"""Trường Chính trị tỉnh Sóc Trăng: a home-made ASP.NET WebForms 3.5 portal ("TCT Portal v2.1",
built by a local IT company, "Công ty TNHH Tin học Mekong Soft"), written blind.

Platform
--------
One master page (``Site.master``): a table layout with a banner, a header clock, a drop-down menu,
a left column (category menu, photo/video links), a right column (most-read, a ``<marquee>``
notice board, a poll, a website-links ``<select>``, a visitor counter) and a footer. The whole page
is one ``<form id="aspnetForm">`` with ``__VIEWSTATE``/``__EVENTVALIDATION``, a ScriptManager, and
the list body in an UpdatePanel (``ctl00_cphMain_upDanhSach``). Lists are ``asp:Repeater`` output
(``rptTin``), the pager is a second Repeater of ``LinkButton``s (``rptTrang``) plus two LinkButtons
"Trang đầu"/"Trang cuối", all ``javascript:__doPostBack(...)``.

URL scheme
----------
- ``/`` and ``/Default.aspx``: home (featured block "Tin nổi bật", one block per category).
- ``/DanhSachTin.aspx?MaDM=<C>``: a category list, 2 posts a page; page 1 only by GET, further
  pages only by POSTing the form back (``__EVENTTARGET`` = a pager LinkButton). An async postback
  (``X-MicrosoftAjax: Delta=true``) gets the UpdatePanel's delta instead of a page.
- ``/ChiTietTin.aspx?ID=<N>&MaDM=<C>``: a post. ``MaDM`` may be the post's own category or
  ``TNB`` (the home's featured block). Keys and path are case-insensitive (IIS).
- ``/InTin.aspx?ID=<N>&MaDM=<C>``: print view, opened by ``window.open`` in an onclick.
- ``/GioiThieu.aspx``, ``/CoCauToChuc.aspx``, ``/LienHe.aspx``, ``/VanBan.aspx`` (documents list),
  ``/ChiTietVanBan.aspx?ID=<N>``, ``/ThuVienAnh.aspx?MaAlbum=<N>``, ``/Video.aspx?ID=<N>``.

Categories (MaDM): TTSK "Tin tức - Sự kiện" (7 posts, 4 list pages), DTBD "Đào tạo - Bồi
dưỡng" (3 posts, 2 pages), NCKH "Nghiên cứu khoa học" (2 posts), TBAO "Thông báo" (1 post).

How the gold is reached
-----------------------
- The home links the 3 newest TTSK posts, the 2 newest DTBD and NCKH posts, the TBAO post and
  three featured posts (lowercase ``chitiettin.aspx?id=…&madm=TNB`` twins).
- Each post prints "Các tin khác": the 3 newest posts of its category besides itself.
- TTSK 2288 and 2279 are only on list page 3 and 2270 only on page 4: reached only by postback.
- The print view of every post and the TNB twins of the three featured posts are ``alt_paths``.

Traps
-----
1. Postback-only pager whose LinkButton ids are not page numbers: ``rptTrang$ctl00`` is "1" on
   page 1 but "..." on page 4; the server reads the current page from ``__VIEWSTATE``, so a
   target means a page only together with the view state it was printed with. A postback with a
   missing/foreign view state or ``__EVENTVALIDATION``, or a disabled target, gets the ASP.NET
   yellow page (500 "Invalid postback or callback argument"). Gold: 2288, 2279, 2270 are found
   only on list pages 3-4.
2. "...", "Trang đầu" and "Trang cuối" lead to pages that numbered links also reach; the current
   page is an ``<a disabled="disabled">`` with no href. Gold: one record per post, never per page.
3. Two date cultures: the post prints vi-VN ``DateTime.ToString()`` ("02/12/2026 12:15:00 CH",
   12-hour with SA/CH: "12:15:00 CH" is a quarter past noon, "2:00:00 CH" is 14:00, "12:00:00 SA"
   is midnight = the day alone), while the Repeater lists print ``{0:d}`` under the server's en-US
   culture, month first ("12/02/2026"). Gold: the post page's date, day first.
4. Truncated titles: lists and the breadcrumb print ``Left(title, 60) + "..."``, the home's
   featured block and the ``<title>`` (prefixed with the school's name) differ again. Gold: the
   post's ``lblTieuDe`` in full.
5. The breadcrumb follows the URL's ``MaDM``: the featured twin ``madm=TNB`` prints "Trang chủ »
   Tin nổi bật". Gold category: the post's own category (the canonical URL's MaDM); the twin is
   an alt_path.
6. Photo tables vs. data tables: the editor puts each photo in a one-column ``<table>`` whose
   second row is the caption (a small italic span); a real table of results in 2309 is text
   (rows, cells joined by " | "). Gold: photo-table caption rows are captions, never body.
7. TextBox posts: older posts were typed in a plain multi-line TextBox and stored with
   ``Replace("\\n", "<br />")``: no ``<p>`` at all, paragraphs separated by ``<br /><br />``,
   inside the ``lblNoiDung`` span. Gold: every non-empty line is a paragraph.
8. Byline from a DB field printed under the text (``lblTacGia``, right aligned) with degree and
   unit ("ThS. Lâm Thị Ngọc Hân - Phòng Quản lý đào tạo" -> "Lâm Thị Ngọc Hân"), while the line
   "Người đăng: tct_admin | Cập nhật: …" is the CMS account and an update time. Gold: the
   DB-field name only; the account is nobody; the update time is never the date.
9. Soft 404: the marquee notice board still links a deleted post (ID=2292); ``ChiTietTin.aspx``
   answers 200 with the empty detail template ("Tin bài không tồn tại hoặc đã bị gỡ bỏ").
   Gold: not an article, not a page.
10. Hidden UpdateProgress: every list carries ``<div id="…UpdateProgress1" style="display:none">
    Đang tải dữ liệu...</div>`` and the post carries a hidden "Gửi bài viết qua email" panel
    inside the text cell. Gold: chrome, never body.
11. FreeTextBox entities: post 2296 is stored with every non-ASCII letter as a character
    reference (``&#7897;``, ``&agrave;``) and ``<p>&nbsp;</p>`` spacers. Gold: decoded NFC text,
    spacers dropped.
12. Official notice (TBAO 2317): letterhead table, "Số: …", place and day, "THÔNG BÁO" and its
    subject, then "Nơi nhận" and the signer. Gold: README convention (letterhead day, signer).
13. Image paths written by the admin editor from ``/Admin/``: ``../Upload/…`` in 2312.
    Gold: resolved against the post's URL (``/Upload/…``).

Gold decisions on ambiguous points
----------------------------------
- A sapo printed in the bold ``lblTrichDan`` span above the text is the summary and the body's
  first paragraph; an empty span means no summary. 2279 has no span text but a bold first
  paragraph: that is its sapo.
- "Ảnh: Quốc Việt" as the only line under a photo: photographer, caption None.
- A unit signing alone under the text ("Khoa Dân vận") is the author as printed.
- "Bài, ảnh: Minh Khang" -> author and photographer Minh Khang.
- "Tài liệu tham khảo" and its entries in 2274 are the text's own; "[1]" calls stay in place.
- The print view shows the same post: an alt_path, as are the TNB twins.
- The official notice's date is its letterhead day (2026-11-30), not "Ngày đăng 01/12/2026".
"""

from __future__ import annotations

import base64
import re
import unicodedata

from crawler.demo.server import Request, Response, html
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
    text,
)

NAME = "aspnet_repeater_linkpager_tct"
PLATFORM = "ASP.NET WebForms 3.5 (home-made, Repeater + LinkButton pager, UpdatePanel)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Sóc Trăng"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 2
WINDOW = 3

CATS = {
    "TTSK": "Tin tức - Sự kiện",
    "DTBD": "Đào tạo - Bồi dưỡng",
    "NCKH": "Nghiên cứu khoa học",
    "TBAO": "Thông báo",
}
FEATURED_CODE = "TNB"
FEATURED_NAME = "Tin nổi bật"
DELETED_ID = 2292

# --- the posts ------------------------------------------------------------------------------

STORIES: list[Story] = [
    # ---------------- TTSK ----------------
    Story(
        id=2315,
        slug="khai-giang-tccl-k52",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 52 hệ tập trung",
        cat="TTSK",
        published_at="2026-12-04T09:15:00+07:00",
        summary=(
            "Sáng ngày 04/12/2026, Trường Chính trị tỉnh Sóc Trăng long trọng tổ chức lễ khai giảng "
            "lớp Trung cấp lý luận chính trị - hành chính khóa 52 hệ tập trung với 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "Upload/TinTuc/2026/12/khaigiang_k52_1.jpg",
                "Đồng chí Trần Quốc Dũng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Trần Quốc Dũng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                style="tbl",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Lâm Văn Mẫn, Phó Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo "
                "các khoa, phòng của Trường và đại diện các cơ quan, đơn vị có học viên tham gia lớp học."
            ),
            P(
                "Lớp học được tổ chức trong thời gian 8 tháng, gồm 5 phần học với 16 học phần theo "
                "chương trình của Học viện Chính trị quốc gia Hồ Chí Minh. Học viên là cán bộ, công "
                "chức cấp xã, cán bộ lãnh đạo, quản lý cấp phòng và tương đương trong toàn tỉnh."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên nêu cao tinh thần tự "
                "học, chấp hành nghiêm nội quy, quy chế học tập; gắn lý luận với thực tiễn địa phương, "
                "cơ quan, đơn vị nơi công tác."
            ),
            Img(
                "Upload/TinTuc/2026/12/khaigiang_k52_2.jpg",
                "Quang cảnh lễ khai giảng",
                "Quang cảnh lễ khai giảng",
                style="tbl",
            ),
            P(
                "Thay mặt học viên, đồng chí Thạch Sô Phol, lớp trưởng hứa sẽ phấn đấu hoàn thành tốt "
                "nhiệm vụ học tập, rèn luyện trong suốt khóa học."
            ),
        ],
        authors=["Lâm Thị Ngọc Hân"],
        opts={
            "ngay": "04/12/2026 9:15:00 SA",
            "capnhat": "04/12/2026 3:02:11 CH",
            "tacgia": "ThS. Lâm Thị Ngọc Hân - Phòng Quản lý đào tạo",
        },
    ),
    Story(
        id=2309,
        slug="hoi-thi-giang-vien-day-gioi-2026",
        title="Trường Chính trị tỉnh Sóc Trăng tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="TTSK",
        published_at="2026-12-02T12:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 25 đến 28/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức Hội thi giảng viên "
                "dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng lý thuyết trong thời gian 45 phút trước Hội "
                "đồng giám khảo gồm lãnh đạo Trường, trưởng các khoa và giảng viên chính có nhiều kinh "
                "nghiệm."
            ),
            Img(
                "Upload/TinTuc/2026/12/hoithi_gvdg_1.jpg",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi",
                "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng dự thi",
                style="next",
            ),
            P("Kết quả, Hội đồng giám khảo đã xếp loại như sau:"),
            P("STT | Họ và tên | Khoa | Xếp loại", "row"),
            P("1 | Nguyễn Thị Bích Tuyền | Xây dựng Đảng | Giỏi", "row"),
            P("2 | Lý Văn Sơn | Lý luận cơ sở | Giỏi", "row"),
            P("3 | Huỳnh Thị Mỹ Duyên | Nhà nước và pháp luật | Khá", "row"),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, đổi mới phương pháp giảng dạy theo "
                "hướng phát huy tính tích cực, chủ động của người học."
            ),
            Raw('<p style="text-align:right"><strong>Bài, ảnh: Minh Khang</strong></p>'),
        ],
        authors=["Minh Khang"],
        photographers=["Minh Khang"],
        opts={
            "ngay": "02/12/2026 12:15:00 CH",
            "capnhat": "03/12/2026 8:40:25 SA",
            "featured": True,
        },
    ),
    Story(
        id=2301,
        slug="so-ket-phoi-hop-trung-tam-chinh-tri",
        title="Sơ kết hoạt động phối hợp giữa Trường Chính trị và Trung tâm Chính trị các huyện, thị xã",
        cat="TTSK",
        published_at="2026-11-27T15:40:00+07:00",
        blocks=[
            P(
                "Chiều 26/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức hội nghị sơ kết hoạt động "
                "phối hợp với Trung tâm Chính trị các huyện, thị xã giai đoạn 2024 - 2026."
            ),
            P(
                "Theo báo cáo, trong giai đoạn này hai bên đã phối hợp mở 27 lớp Trung cấp lý luận "
                "chính trị - hành chính hệ không tập trung với hơn 2.100 học viên."
            ),
            P(
                "Hội nghị thống nhất tiếp tục tăng cường trao đổi giảng viên, dự giờ, thỉnh giảng và "
                "kiểm tra chất lượng đào tạo tại các địa điểm mở lớp."
            ),
            Raw('<div align="right"><i>Nguồn: Báo Sóc Trăng</i></div>'),
        ],
        source="Báo Sóc Trăng",
        opts={
            "ngay": "27/11/2026 3:40:00 CH",
            "capnhat": "27/11/2026 3:40:00 CH",
            "form": "br",
        },
    ),
    Story(
        id=2296,
        slug="ky-niem-44-nam-ngay-nha-giao",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="TTSK",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị tỉnh Sóc Trăng tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            Img("Upload/TinTuc/2026/11/hopmat_2011.jpg"),
            P(
                "Tại buổi họp mặt, các thế hệ nhà giáo đã ôn lại truyền thống vẻ vang của ngành giáo "
                "dục và của Trường qua hơn 45 năm xây dựng và phát triển."
            ),
            P(
                "Nhân dịp này, Trường đã khen thưởng 9 tập thể và 23 cá nhân có thành tích xuất sắc "
                "trong năm học 2025 - 2026."
            ),
        ],
        authors=["Thanh Tâm"],
        opts={
            "ngay": "20/11/2026 12:00:00 SA",
            "capnhat": "21/11/2026 9:12:40 SA",
            "tacgia": "Thanh Tâm",
            "entities": True,
        },
    ),
    Story(
        id=2288,
        slug="nghien-cuu-thuc-te-cu-lao-dung",
        title="Đoàn cán bộ, giảng viên đi nghiên cứu thực tế tại huyện Cù Lao Dung",
        cat="TTSK",
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch năm 2026, từ ngày 10 đến 11/11/2026, đoàn cán bộ, giảng viên "
                "Trường Chính trị tỉnh đã đi nghiên cứu thực tế tại huyện Cù Lao Dung."
            ),
            Img("Upload/TinTuc/2026/11/thucte_cld.jpg", "Ảnh: Quốc Việt", None, style="tbl"),
            P(
                "Đoàn đã làm việc với Ban Thường vụ Huyện ủy, tìm hiểu mô hình trồng mía và nuôi thủy "
                "sản gắn với xây dựng nông thôn mới nâng cao tại xã An Thạnh 1."
            ),
            P(
                "Qua chuyến đi, giảng viên có thêm tư liệu thực tiễn để cập nhật vào bài giảng các "
                "chuyên đề về phát triển kinh tế - xã hội địa phương."
            ),
            Raw('<p style="text-align:right"><em>Khoa Dân vận</em></p>'),
        ],
        authors=["Khoa Dân vận"],
        photographers=["Quốc Việt"],
        opts={"ngay": "12/11/2026 8:30:00 SA", "capnhat": "12/11/2026 4:10:05 CH"},
    ),
    Story(
        id=2279,
        slug="hien-mau-tinh-nguyen-cao-cap",
        title="Học viên lớp Cao cấp lý luận chính trị tham gia hiến máu tình nguyện",
        cat="TTSK",
        published_at="2026-11-03T10:05:00+07:00",
        summary=(
            "Hưởng ứng phong trào hiến máu tình nguyện, 42 học viên lớp Cao cấp lý luận chính trị "
            "học tại Trường đã tham gia hiến máu tại Bệnh viện Đa khoa tỉnh."
        ),
        blocks=[
            P(
                "Hưởng ứng phong trào hiến máu tình nguyện, 42 học viên lớp Cao cấp lý luận chính trị "
                "học tại Trường đã tham gia hiến máu tại Bệnh viện Đa khoa tỉnh.",
                "b",
            ),
            P(
                "Kết quả, Ban tổ chức đã tiếp nhận 38 đơn vị máu. Những học viên không đủ điều kiện "
                "hiến máu đã đăng ký tham gia vào đợt tiếp theo."
            ),
            P(
                "Hoạt động thể hiện tinh thần tương thân tương ái, trách nhiệm của cán bộ, đảng viên "
                "đối với cộng đồng."
            ),
        ],
        authors=["Huỳnh Thị Mỹ Duyên"],
        opts={
            "ngay": "03/11/2026 10:05:00 SA",
            "capnhat": "03/11/2026 10:05:00 SA",
            "tacgia": "Huỳnh Thị Mỹ Duyên",
        },
    ),
    Story(
        id=2270,
        slug="quan-triet-chi-thi-dao-tao-boi-duong",
        title=(
            "Hội nghị quán triệt, triển khai Chỉ thị của Ban Thường vụ Tỉnh ủy về công tác đào tạo, "
            "bồi dưỡng cán bộ"
        ),
        cat="TTSK",
        published_at="2026-10-21T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 21/10/2026, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị quán triệt, triển "
                "khai Chỉ thị của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng công tác đào tạo, bồi "
                "dưỡng cán bộ trong tình hình mới."
            ),
            P("Nội dung chính của Chỉ thị", "h"),
            P("Đổi mới nội dung, chương trình đào tạo gắn với yêu cầu vị trí việc làm;", "li"),
            P("Tăng cường đi nghiên cứu thực tế của giảng viên;", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên kiêm chức.", "li"),
            P(
                "Hội nghị được tổ chức bằng hình thức trực tiếp kết hợp trực tuyến đến 11 điểm cầu là "
                "Trung tâm Chính trị các huyện, thị xã, thành phố."
            ),
        ],
        opts={"ngay": "21/10/2026 2:00:00 CH", "capnhat": "22/10/2026 7:55:31 SA"},
    ),
    # ---------------- DTBD ----------------
    Story(
        id=2312,
        slug="be-giang-qpan-doi-tuong-4",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="DTBD",
        published_at="2026-12-03T16:20:00+07:00",
        summary=(
            "Chiều 03/12/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
            "bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Lớp học diễn ra trong 10 ngày với 120 học viên là trưởng các ban, ngành, đoàn thể "
                "cấp xã, trưởng ấp, khóm và già làng, người có uy tín trong đồng bào Khmer."
            ),
            Img(
                "../Upload/TinTuc/2026/12/begiang_qpan_1.jpg",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                style="tbl",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó có 64 học viên đạt loại giỏi, "
                "chiếm 53,3%."
            ),
            Img(
                "../Upload/TinTuc/2026/12/begiang_qpan_2.jpg",
                "Các học viên chụp ảnh lưu niệm",
                "Các học viên chụp ảnh lưu niệm",
                style="tbl",
            ),
            Raw('<p style="text-align:right"><b>Tin: Ngọc Hân - Ảnh: Thành Nhân</b></p>'),
        ],
        authors=["Ngọc Hân"],
        photographers=["Thành Nhân"],
        opts={"ngay": "03/12/2026 4:20:00 CH", "capnhat": "04/12/2026 7:30:09 SA"},
    ),
    Story(
        id=2298,
        slug="khai-giang-chuyen-vien-chinh",
        title="Khai giảng lớp bồi dưỡng ngạch chuyên viên chính và tương đương năm 2026",
        cat="DTBD",
        published_at="2026-11-23T07:30:00+07:00",
        blocks=[
            P(
                "Ngày 23/11/2026, Trường Chính trị tỉnh Sóc Trăng khai giảng lớp bồi dưỡng ngạch chuyên "
                "viên chính và tương đương năm 2026 cho 65 học viên."
            ),
            P(
                "Chương trình gồm 3 phần: kiến thức chung, kiến thức quản lý nhà nước theo ngành và "
                "lãnh thổ, kỹ năng; học viên viết tiểu luận cuối khóa."
            ),
            Img(
                "Upload/TinTuc/2026/11/khaigiang_cvc.jpg",
                "Quang cảnh buổi khai giảng",
                "Quang cảnh buổi khai giảng",
                style="next",
            ),
            P("Lớp học kéo dài đến hết tháng 01/2027."),
        ],
        authors=["Trần Văn Lực"],
        opts={
            "ngay": "23/11/2026 7:30:00 SA",
            "capnhat": "23/11/2026 2:14:50 CH",
            "tacgia": "CN. Trần Văn Lực - Phòng Quản lý đào tạo",
            "featured": True,
        },
    ),
    Story(
        id=2283,
        slug="tccl-k49-vinh-chau-thi-tot-nghiep",
        title="Lớp Trung cấp lý luận chính trị - hành chính khóa 49 tại thị xã Vĩnh Châu thi tốt nghiệp",
        cat="DTBD",
        published_at="2026-11-06T12:40:00+07:00",
        blocks=[
            P(
                "Từ ngày 04 đến 05/11/2026, 58 học viên lớp Trung cấp lý luận chính trị - hành chính "
                "khóa 49 học tại Trung tâm Chính trị thị xã Vĩnh Châu đã tham gia thi tốt nghiệp."
            ),
            P(
                "Kỳ thi gồm hai môn: Những vấn đề cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh "
                "và Vận dụng lý luận chính trị - hành chính vào thực tiễn địa phương."
            ),
            P("Kỳ thi diễn ra nghiêm túc, đúng quy chế."),
        ],
        opts={"ngay": "06/11/2026 12:40:00 CH", "capnhat": "06/11/2026 12:40:00 CH", "form": "div"},
    ),
    # ---------------- NCKH ----------------
    Story(
        id=2305,
        slug="hoi-thao-tu-tuong-hcm-ve-can-bo",
        title=(
            "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, "
            "bồi dưỡng hiện nay”"
        ),
        cat="NCKH",
        published_at="2026-11-28T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 27/11/2026, Trường Chính trị tỉnh Sóc Trăng tổ chức hội thảo khoa học cấp trường "
                "với chủ đề “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng "
                "hiện nay”."
            ),
            P(
                "Hội thảo nhận được 24 tham luận của giảng viên, cán bộ Trường và Trung tâm Chính trị "
                "các huyện, thị xã, thành phố."
            ),
            Img(
                "Upload/NCKH/2026/hoithao_hcm.jpg",
                "TS. Lý Văn Sơn, Trưởng Khoa Lý luận cơ sở trình bày đề dẫn hội thảo",
                "TS. Lý Văn Sơn, Trưởng Khoa Lý luận cơ sở trình bày đề dẫn hội thảo",
                style="next",
            ),
            P(
                "Các ý kiến tập trung làm rõ quan điểm của Người: “Cán bộ là cái gốc của mọi công "
                "việc”, từ đó đề xuất giải pháp nâng cao chất lượng đào tạo, bồi dưỡng cán bộ cơ sở."
            ),
        ],
        authors=["Lý Văn Sơn"],
        opts={
            "ngay": "28/11/2026 8:00:00 SA",
            "capnhat": "28/11/2026 10:21:04 SA",
            "tacgia": "TS. Lý Văn Sơn",
            "featured": True,
        },
    ),
    Story(
        id=2274,
        slug="nang-cao-chat-luong-giang-day-lich-su-dang",
        title=(
            "Nâng cao chất lượng giảng dạy phần “Những vấn đề cơ bản về Đảng Cộng sản và lịch sử "
            "Đảng Cộng sản Việt Nam”"
        ),
        cat="NCKH",
        published_at="2026-10-28T09:00:00+07:00",
        blocks=[
            P(
                "Phần học “Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam” "
                "giữ vị trí quan trọng trong chương trình Trung cấp lý luận chính trị - hành chính.[1]"
            ),
            P("1. Thực trạng", "h"),
            P(
                "Thời gian qua, giảng viên đã tích cực đổi mới phương pháp, tăng cường sử dụng tư liệu "
                "lịch sử Đảng bộ tỉnh trong bài giảng. Tuy nhiên, việc liên hệ thực tiễn có lúc còn "
                "chung chung."
            ),
            P("2. Một số giải pháp", "h"),
            P(
                "Một là, xây dựng ngân hàng tư liệu lịch sử Đảng bộ tỉnh phục vụ giảng dạy. Hai là, "
                "tăng cường tổ chức cho học viên tham quan di tích lịch sử cách mạng trên địa bàn.[2]"
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Học viện Chính trị quốc gia Hồ Chí Minh, Chương trình Trung cấp LLCT-HC, 2021.", "li"),
            P("[2] Ban Chấp hành Đảng bộ tỉnh Sóc Trăng, Lịch sử Đảng bộ tỉnh Sóc Trăng, 2020.", "li"),
        ],
        authors=["Nguyễn Thị Bích Tuyền"],
        opts={
            "ngay": "28/10/2026 9:00:00 SA",
            "capnhat": "29/10/2026 8:02:17 SA",
            "tacgia": "ThS. Nguyễn Thị Bích Tuyền - Khoa Xây dựng Đảng",
        },
    ),
    # ---------------- TBAO ----------------
    Story(
        id=2317,
        slug="thong-bao-tuyen-sinh-tccl-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
        cat="TBAO",
        published_at="2026-11-30",
        blocks=[
            P(
                "Căn cứ kế hoạch đào tạo năm 2027 được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính "
                "trị tỉnh Sóc Trăng thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính "
                "hệ không tập trung như sau:"
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức đáp ứng tiêu chuẩn theo quy định hiện hành."),
            P("2. Hồ sơ: nộp tại Phòng Quản lý đào tạo trước ngày 31/12/2026."),
            P("3. Thời gian khai giảng dự kiến: tháng 3/2027."),
        ],
        authors=["Trần Quốc Dũng"],
        opts={
            "ngay": "01/12/2026 7:45:00 SA",
            "capnhat": "01/12/2026 7:45:00 SA",
            "vanban": {
                "so": "Số: 215-TB/TCT",
                "noi_ngay": "Sóc Trăng, ngày 30 tháng 11 năm 2026",
                "loai": "THÔNG BÁO",
                "trich_yeu": "Tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
                "chuc_vu": ["K/T HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
                "ky": "Trần Quốc Dũng",
            },
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_CAT: dict[str, list[Story]] = {c: [s for s in STORIES if s.cat == c] for c in CATS}
FEATURED = [s for s in STORIES if s.opts.get("featured")]
#: "Tin đọc nhiều" (hand-picked: none of the posts only on list pages 3-4)
MOST_READ = [2309, 2315, 2298, 2305, 2296]


def canonical(story: Story) -> str:
    return f"/ChiTietTin.aspx?ID={story.id}&MaDM={story.cat}"


def print_path(story: Story) -> str:
    return f"/InTin.aspx?ID={story.id}&MaDM={story.cat}"


def featured_path(story: Story) -> str:
    return f"/chitiettin.aspx?id={story.id}&madm={FEATURED_CODE}"


# --- small helpers ---------------------------------------------------------------------------


def _trunc(title: str, n: int = 60) -> str:
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


def _list_date(story: Story) -> str:
    """The Repeater's ``{0:d}`` under en-US: month first."""
    day, month, year = story.opts["ngay"].split()[0].split("/")
    return f"{month}/{day}/{year}"


def _href(path: str) -> str:
    """Links as the vendor prints them: relative, ``&amp;`` in attributes."""
    return esc(path.lstrip("/") or "./")


def _lead(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return _trunc(first, 160)


# --- view state ------------------------------------------------------------------------------


def _viewstate(page_key: str, madm: str = "", page: int = 0) -> str:
    state = f"p={page};dm={madm};".encode()
    return opaque("vs" + page_key + str(page), 180, prefix=b"\xff\x01\x0f\x0f\x05" + state)


def _read_viewstate(value: str) -> tuple[str, int] | None:
    try:
        data = base64.b64decode(value, validate=False)
    except (ValueError, TypeError):
        return None
    m = re.search(rb"p=(\d+);dm=(\w*);", data[:64])
    if not m:
        return None
    return m.group(2).decode(), int(m.group(1))


def _eventvalidation(page_key: str, page: int = 0) -> str:
    return opaque("ev" + page_key + str(page), 48, prefix=b"\xff\x01\x16")


# --- master page -----------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "Default.aspx", []),
    (
        "Giới thiệu",
        "GioiThieu.aspx",
        [("Lịch sử hình thành", "GioiThieu.aspx#LichSu"), ("Cơ cấu tổ chức", "CoCauToChuc.aspx")],
    ),
    (
        "Tin tức",
        "DanhSachTin.aspx?MaDM=TTSK",
        [
            ("Tin tức - Sự kiện", "DanhSachTin.aspx?MaDM=TTSK"),
            ("Đào tạo - Bồi dưỡng", "DanhSachTin.aspx?MaDM=DTBD"),
            ("Nghiên cứu khoa học", "DanhSachTin.aspx?MaDM=NCKH"),
        ],
    ),
    ("Thông báo", "DanhSachTin.aspx?MaDM=TBAO", []),
    ("Văn bản", "VanBan.aspx", []),
    ("Thư viện ảnh", "ThuVienAnh.aspx?MaAlbum=3", []),
    ("Hỏi đáp", "javascript:void(0);", []),
    ("Liên hệ", "LienHe.aspx", []),
]


def _menu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(_MENU):
        sub = ""
        if subs:
            sub = (
                f'<ul class="mnCon" id="mnCon{i}" style="display:none">'
                + "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs)
                + "</ul>"
            )
        items.append(
            f'<li onmouseover="hienMenu({i})" onmouseout="anMenu({i})">'
            f'<a class="mnCha" href="{esc(href)}">{esc(label)}</a>{sub}</li>'
        )
    return '<ul id="mnNgang">' + "".join(items) + "</ul>"


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dmItem"><img src="Images/muiten.gif" alt="" /> '
        f'<a href="{_href("/DanhSachTin.aspx?MaDM=" + code)}">{esc(name)}</a></td></tr>'
        for code, name in CATS.items()
    )
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khungTrai">'
        '<tr><td class="tdTieuDeKhung">DANH MỤC TIN</td></tr>'
        f"{cats}</table>"
        '<table width="100%" class="khungTrai"><tr><td class="tdTieuDeKhung">THƯ VIỆN</td></tr>'
        '<tr><td><a href="ThuVienAnh.aspx?MaAlbum=3"><img src="Upload/Album/3/bia.jpg" width="180" '
        'alt="Thư viện ảnh" /></a><br /><a href="ThuVienAnh.aspx?MaAlbum=3">Thư viện ảnh</a></td></tr>'
        '<tr><td><a href="Video.aspx?ID=5"><img src="Images/video_icon.png" alt="" /> '
        "Video clip</a></td></tr></table>"
        '<table width="100%" class="khungTrai"><tr><td class="tdTieuDeKhung">VĂN BẢN MỚI</td></tr>'
        '<tr><td><a href="ChiTietVanBan.aspx?ID=31">Kế hoạch đào tạo, bồi dưỡng năm 2027</a></td></tr>'
        '<tr><td><a href="VanBan.aspx">Xem tất cả</a></td></tr></table>'
    )


def _right() -> str:
    most = "".join(
        f'<li><a href="{_href(canonical(BY_ID[i]))}">{esc(_trunc(BY_ID[i].title, 70))}</a></li>'
        for i in MOST_READ
    )
    notice = BY_ID[2317]
    return (
        '<table width="100%" class="khungPhai"><tr><td class="tdTieuDeKhung">THÔNG BÁO</td></tr>'
        '<tr><td><marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" '
        'onmouseout="this.start()">'
        f'<img src="Images/new.gif" alt="" /> <a href="{_href(canonical(notice))}">{esc(notice.title)}</a><br /><br />'
        f'<img src="Images/new.gif" alt="" /> <a href="ChiTietTin.aspx?ID={DELETED_ID}&amp;MaDM=TBAO">'
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027</a>"
        "</marquee></td></tr></table>"
        '<table width="100%" class="khungPhai"><tr><td class="tdTieuDeKhung">TIN ĐỌC NHIỀU</td></tr>'
        f'<tr><td><ul class="dsDocNhieu">{most}</ul></td></tr></table>'
        '<table width="100%" class="khungPhai"><tr><td class="tdTieuDeKhung">THĂM DÒ Ý KIẾN</td></tr>'
        "<tr><td>Bạn đánh giá thế nào về giao diện website mới?<br />"
        '<input id="ctl00_ucBinhChon_rdoChon_0" type="radio" name="ctl00$ucBinhChon$rdoChon" value="1" />'
        '<label for="ctl00_ucBinhChon_rdoChon_0">Đẹp, dễ sử dụng</label><br />'
        '<input id="ctl00_ucBinhChon_rdoChon_1" type="radio" name="ctl00$ucBinhChon$rdoChon" value="2" />'
        '<label for="ctl00_ucBinhChon_rdoChon_1">Bình thường</label><br />'
        '<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Bình chọn" '
        'id="ctl00_ucBinhChon_btnBinhChon" class="nut" /></td></tr></table>'
        '<table width="100%" class="khungPhai"><tr><td class="tdTieuDeKhung">LIÊN KẾT WEBSITE</td></tr>'
        '<tr><td><select onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.soctrang.gov.vn">Cổng TTĐT tỉnh Sóc Trăng</option>'
        '<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="http://www.baosoctrang.org.vn">Báo Sóc Trăng</option>'
        "</select></td></tr></table>"
        '<table width="100%" class="khungPhai"><tr><td class="tdTieuDeKhung">THỐNG KÊ TRUY CẬP</td></tr>'
        '<tr><td><span id="ctl00_ucThongKe_lblOnline">Đang online: 27</span><br />'
        '<span id="ctl00_ucThongKe_lblHomNay">Hôm nay: 1.204</span><br />'
        '<span id="ctl00_ucThongKe_lblTong">Tổng truy cập: 1.538.907</span></td></tr></table>'
    )


def _page(
    title: str,
    action: str,
    content: str,
    page_key: str,
    *,
    madm: str = "",
    page: int = 0,
    description: str = "",
    extra_head: str = "",
) -> str:
    vs = _viewstate(page_key, madm, page)
    ev = _eventvalidation(page_key, page)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="truong chinh tri, soc trang, dao tao, boi duong" />
<meta name="description" content="{esc(description or SITE_NAME)}" />{extra_head}
<link href="App_Themes/TCT/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="Scripts/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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
<script src="/WebResource.axd?d=pX3mT0kq1bGv7b0Yw2Qh3A2&amp;t=633802648598894688" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=Jd9yKv8dQ1sW2aH7bGmZpL0Rr3tX1&amp;t=ffffffffec2d9970" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', document.getElementById('aspnetForm'));
Sys.WebForms.PageRequestManager.getInstance()._updateControls(['tctl00$cphMain$upDanhSach'], [], [], 90);
//]]>
</script>
<table id="tblKhung" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3" class="tdBanner" style="background:url(Images/banner_bg.jpg)">
<a href="./"><img src="Images/banner_tct.jpg" alt="{esc(SITE_NAME)}" border="0" /></a>
<div class="ngayHT"><span id="ctl00_ucHeader_lblNgay">{HEADER_DAY}</span></div>
</td></tr>
<tr><td colspan="3" class="tdMenu">{_menu()}
<div class="timKiem"><input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="txtTim" />
<input type="submit" name="ctl00$ucTimKiem$btnTim" value="Tìm" id="ctl00_ucTimKiem_btnTim" /></div></td></tr>
<tr>
<td class="cotTrai" valign="top" width="200">{_left()}</td>
<td class="cotGiua" valign="top" width="580">
{content}
</td>
<td class="cotPhai" valign="top" width="220">{_right()}</td>
</tr>
<tr><td colspan="3" class="tdFooter">
<b>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</b><br />
Địa chỉ: Số 125, đường Lê Duẩn, Phường 3, TP. Sóc Trăng, tỉnh Sóc Trăng<br />
Điện thoại: (0299) 3822 614 - Fax: (0299) 3822 615 - Email: truongchinhtri@soctrang.gov.vn<br />
Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Sóc Trăng<br />
© Bản quyền thuộc Trường Chính trị tỉnh Sóc Trăng. Thiết kế bởi <a href="http://mekongsoft.vn" target="_blank">Mekong Soft</a>
</td></tr>
</table>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}" />
</div>
</form>
</body>
</html>"""


# --- article body ----------------------------------------------------------------------------


def _photo_table(img: Img) -> str:
    row = ""
    if img.printed:
        row = (
            '<tr><td align="center" style="padding:3px">'
            f'<span style="font-size:8pt;font-family:Arial"><i>{esc(img.printed)}</i></span></td></tr>'
        )
    return (
        '<table border="0" cellpadding="0" cellspacing="0" align="center" width="450" '
        'style="border:1px solid #ccc;margin:5px auto">'
        f'<tr><td align="center"><img src="{esc(img.src)}" width="450" border="0" alt="" /></td></tr>'
        f"{row}</table>"
    )


def _img(img: Img) -> str:
    if img.style == "tbl":
        return _photo_table(img)
    out = f'<p style="text-align:center"><img src="{esc(img.src)}" width="480" alt="" /></p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def _para(b: P, enc) -> str:
    t = enc(b.text)
    if b.style == "b":
        return f'<p style="text-align:justify"><strong>{t}</strong></p>'
    if b.style == "h":
        return f'<p style="text-align:justify"><strong><span style="font-size:11pt">{t}</span></strong></p>'
    if b.style == "source":
        return f'<p style="text-align:right"><em>{t}</em></p>'
    return f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp; {t}</p>'


def _body(story: Story) -> str:
    form = story.opts.get("form", "p")
    ent = 1 if story.opts.get("entities") else 0

    def enc(value: str) -> str:
        return text(value, entities=ent)

    if form == "br":
        lines = [enc(b.text) for b in story.blocks if isinstance(b, P)]
        tail = "".join(b.html for b in story.blocks if isinstance(b, Raw))
        return "<br />\r\n<br />\r\n".join(lines) + "<br />\r\n" + tail
    if form == "div":
        return "".join(
            f'<div style="text-align:justify"><font face="Times New Roman" size="3">{enc(b.text)}</font></div>'
            if isinstance(b, P)
            else (_img(b) if isinstance(b, Img) else b.html)
            for b in story.blocks
        )
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "td"
                rows.append(
                    "<tr>"
                    + "".join(
                        f'<{tag} style="border:1px solid #000;padding:2px 5px">{enc(c)}</{tag}>' for c in cells
                    )
                    + "</tr>"
                )
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%">' + "".join(rows) + "</table>")
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{enc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P):
            out.append(_para(b, enc))
        elif isinstance(b, Img):
            out.append(_img(b))
        else:
            out.append(b.html)
        if ent and isinstance(b, P):
            out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def _vanban(story: Story, body: str) -> str:
    vb = story.opts["vanban"]
    head = (
        '<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td width="45%" align="center" valign="top"><b>TỈNH ỦY SÓC TRĂNG</b><br />'
        f"<b>TRƯỜNG CHÍNH TRỊ</b><br />*<br />{esc(vb['so'])}</td>"
        '<td width="55%" align="center" valign="top"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br /><br />'
        f"<i>{esc(vb['noi_ngay'])}</i></td></tr></table>"
        f'<p align="center"><b>{esc(vb["loai"])}</b><br /><b>{esc(vb["trich_yeu"])}</b></p>'
        '<p align="center">-----</p>'
    )
    tail = (
        '<table width="100%" border="0"><tr>'
        '<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br />- Ban Tổ chức Tỉnh ủy;<br />'
        "- Các huyện ủy, thị ủy, thành ủy;<br />- Lưu VP.</td>"
        f'<td width="50%" align="center" valign="top"><b>{"<br />".join(esc(x) for x in vb["chuc_vu"])}</b>'
        f"<br /><br /><i>(đã ký)</i><br /><br /><b>{esc(vb['ky'])}</b></td></tr></table>"
    )
    return head + body + tail


def _tin_khac(story: Story) -> str:
    others = [s for s in BY_CAT[story.cat] if s.id != story.id][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{_href(canonical(s))}">{esc(_trunc(s.title))}</a> '
        f'<span class="ngayNho">({_list_date(s)})</span></li>'
        for s in others
    )
    return (
        '<div id="ctl00_cphMain_pnlTinKhac" style="margin-top:10px">'
        f'<b>Các tin khác:</b><ul class="dsTinKhac">{items}</ul></div>'
    )


def _article_content(story: Story, madm: str) -> str:
    cat_name = FEATURED_NAME if madm == FEATURED_CODE else CATS[story.cat]
    body = _body(story)
    if "vanban" in story.opts:
        body = _vanban(story, body)
    title_html = text(story.title, entities=1) if story.opts.get("entities") else esc(story.title)
    sapo = esc(story.summary) if story.sapo_outside and story.summary else ""
    if madm == FEATURED_CODE:
        crumb = f'<span class="dd-dm">{esc(cat_name)}</span>'
    else:
        crumb = f'<a href="{_href("/DanhSachTin.aspx?MaDM=" + story.cat)}">{esc(cat_name)}</a>'
    tacgia = esc(story.opts.get("tacgia", ""))
    popup = (
        f"window.open('{_href(print_path(story))}','InTin','width=760,height=600,scrollbars=1');return false;"
    )
    return f"""<div class="duongDan"><a href="Default.aspx">Trang chủ</a> &raquo;
{crumb} &raquo;
<span class="dd-ht">{esc(_trunc(story.title, 45))}</span></div>
<table width="100%" cellpadding="4" cellspacing="0" class="tblChiTiet">
<tr><td>
<span id="ctl00_cphMain_lblTieuDe" class="tieuDeCT">{title_html}</span><br />
<span id="ctl00_cphMain_lblNgayDang" class="ngayCT">Ngày đăng: {story.opts['ngay']}</span>
&nbsp;|&nbsp;<span id="ctl00_cphMain_lblLuotXem" class="ngayCT">Lượt xem: {story.views()}</span>
<div class="congCu" align="right">
<a href="#" onclick="{popup}"><img src="Images/print.gif" alt="In bài" /> In bài</a>
<a id="ctl00_cphMain_lbtGuiEmail" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiEmail','')"><img src="Images/email.gif" alt="" /> Gửi email</a>
<a href="javascript:history.back()"><img src="Images/back.gif" alt="" /> Quay lại</a>
<a href="http://www.facebook.com/sharer.php?u=http%3a%2f%2ftruongchinhtri.soctrang.gov.vn%2fChiTietTin.aspx%3fID%3d{story.id}" target="_blank"><img src="Images/fb.png" alt="Chia sẻ Facebook" /></a>
</div>
<div class="trichDan"><span id="ctl00_cphMain_lblTrichDan" style="font-weight:bold;">{sapo}</span></div>
<div class="noiDung"><span id="ctl00_cphMain_lblNoiDung">{body}</span></div>
<div id="ctl00_cphMain_pnlGuiEmail" style="display:none">Gửi bài viết qua email: <input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /> Nhập email người nhận để giới thiệu bài viết này.</div>
<div align="right" style="padding-right:10px"><span id="ctl00_cphMain_lblTacGia" style="font-weight:bold;">{tacgia}</span></div>
<div class="capNhat">Người đăng: tct_admin | Cập nhật: {story.opts['capnhat']}</div>
{_tin_khac(story)}
</td></tr></table>"""


# --- pages -----------------------------------------------------------------------------------


def _respond_html(page: str) -> Response:
    return html(page, headers={"X-AspNet-Version": "2.0.50727", "X-Powered-By": "ASP.NET"})


def _article(story: Story, madm: str, path: str) -> Response:
    content = _article_content(story, madm)
    return _respond_html(
        _page(
            f"{SITE_NAME} - {story.title}",
            path.lstrip("/"),
            content,
            f"tin{story.id}{madm}",
            description=_lead(story),
        )
    )


def _soft_404(story_id: int, madm: str) -> Response:
    content = (
        '<div class="duongDan"><a href="Default.aspx">Trang chủ</a> &raquo; </div>'
        '<table width="100%" class="tblChiTiet"><tr><td>'
        '<span id="ctl00_cphMain_lblTieuDe" class="tieuDeCT"></span><br />'
        '<span id="ctl00_cphMain_lblNgayDang" class="ngayCT">Ngày đăng: </span>'
        '<div class="noiDung"><span id="ctl00_cphMain_lblNoiDung">'
        '<p style="color:red">Tin bài không tồn tại hoặc đã bị gỡ bỏ.</p></span></div>'
        "</td></tr></table>"
    )
    return _respond_html(
        _page(SITE_NAME, f"ChiTietTin.aspx?ID={story_id}&MaDM={madm}", content, f"tin{story_id}")
    )


def _print(story: Story) -> Response:
    body = _body(story)
    if "vanban" in story.opts:
        body = _vanban(story, body)
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.sapo_outside and story.summary else ""
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>In bài viết</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body onload="window.print()" style="font-family:Times New Roman;width:700px">
<form name="form1" method="post" action="InTin.aspx?ID={story.id}&amp;MaDM={story.cat}" id="form1">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate('in' + str(story.id))}" /></div>
<table width="100%"><tr><td><img src="Images/logo_in.gif" alt="" /></td><td><b>TRƯỜNG CHÍNH TRỊ TỈNH SÓC TRĂNG</b></td></tr></table><hr />
<h3><span id="lblTieuDe">{esc(story.title)}</span></h3>
<i><span id="lblNgayDang">Ngày đăng: {story.opts['ngay']}</span></i>
{sapo}<div><span id="lblNoiDung">{body}</span></div>
<div align="right"><b><span id="lblTacGia">{esc(story.opts.get('tacgia', ''))}</span></b></div>
<hr />Địa chỉ bài viết: http://truongchinhtri.soctrang.gov.vn/ChiTietTin.aspx?ID={story.id}&amp;MaDM={story.cat}
</form></body></html>"""
    return _respond_html(page)


def _list_rows(stories: list[Story]) -> str:
    rows = []
    for n, s in enumerate(stories):
        thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "Images/no_image.jpg")
        thumb = thumb.replace("../", "")
        href = _href(canonical(s))
        rows.append(
            f'<tr><td class="anhTin" width="110" valign="top"><a href="{href}">'
            f'<img src="{esc(thumb)}" width="100" height="75" border="0" alt="" /></a></td>'
            f'<td valign="top"><a id="ctl00_cphMain_rptTin_ctl{n:02d}_hplTieuDe" class="tieuDeDS" href="{href}">'
            f"{esc(_trunc(s.title))}</a> "
            f'<span id="ctl00_cphMain_rptTin_ctl{n:02d}_lblNgay" class="ngayDS">({_list_date(s)})</span><br />'
            f'<span id="ctl00_cphMain_rptTin_ctl{n:02d}_lblTrichDan">{esc(_trunc(_lead(s), 150))}</span></td></tr>'
        )
    return '<table width="100%" cellpadding="3" cellspacing="0" class="dsTin">' + "".join(rows) + "</table>"


def _pager_items(cur: int, total: int) -> list[tuple[str, int]]:
    start = ((cur - 1) // WINDOW) * WINDOW + 1
    end = min(start + WINDOW - 1, total)
    items: list[tuple[str, int]] = []
    if start > 1:
        items.append(("...", start - 1))
    items += [(str(p), p) for p in range(start, end + 1)]
    if end < total:
        items.append(("...", end + 1))
    return items


def _pager_targets(cur: int, total: int) -> dict[str, int]:
    """The enabled LinkButtons of a list page: event target -> page it leads to."""
    targets: dict[str, int] = {}
    if total <= 1:
        return targets
    if cur > 1:
        targets["ctl00$cphMain$lbtTrangDau"] = 1
    for n, (_label, p) in enumerate(_pager_items(cur, total)):
        if p != cur:
            targets[f"ctl00$cphMain$rptTrang$ctl{n:02d}$lbtTrang"] = p
    if cur < total:
        targets["ctl00$cphMain$lbtTrangCuoi"] = total
    return targets


def _pager(cur: int, total: int) -> str:
    if total <= 1:
        return ""

    def link(target: str, label: str, enabled: bool, cls: str) -> str:
        cid = target.replace("$", "_")
        if not enabled:
            return f'<a id="{cid}" disabled="disabled" class="{cls}">{esc(label)}</a>'
        return f"<a id=\"{cid}\" class=\"{cls}\" href=\"javascript:__doPostBack('{target}','')\">{esc(label)}</a>"

    parts = [link("ctl00$cphMain$lbtTrangDau", "Trang đầu", cur > 1, "trangDau")]
    for n, (label, p) in enumerate(_pager_items(cur, total)):
        parts.append(link(f"ctl00$cphMain$rptTrang$ctl{n:02d}$lbtTrang", label, p != cur, "trangSo"))
    parts.append(link("ctl00$cphMain$lbtTrangCuoi", "Trang cuối", cur < total, "trangCuoi"))
    return f'<div class="phanTrang">Trang {cur}/{total}: ' + " ".join(parts) + "</div>"


def _list_panel(madm: str, cur: int) -> str:
    stories = BY_CAT[madm]
    total = max(1, -(-len(stories) // PAGE_SIZE))
    chunk = stories[(cur - 1) * PAGE_SIZE : cur * PAGE_SIZE]
    return (
        '<div id="ctl00_cphMain_UpdateProgress1" style="display:none;">'
        '<img src="Images/loading.gif" alt="" /> Đang tải dữ liệu...</div>'
        f"{_list_rows(chunk)}{_pager(cur, total)}"
    )


def _list_total(madm: str) -> int:
    return max(1, -(-len(BY_CAT[madm]) // PAGE_SIZE))


def _list_page(madm: str, cur: int) -> str:
    content = (
        f'<div class="duongDan"><a href="Default.aspx">Trang chủ</a> &raquo; '
        f'<span id="ctl00_cphMain_lblTenDM">{esc(CATS[madm])}</span></div>'
        f'<div class="tieuDeDM">{esc(CATS[madm].upper())}</div>'
        f'<div id="ctl00_cphMain_upDanhSach">{_list_panel(madm, cur)}</div>'
    )
    return _page(
        f"{SITE_NAME} - {CATS[madm]}",
        f"DanhSachTin.aspx?MaDM={madm}",
        content,
        f"ds{madm}",
        madm=madm,
        page=cur,
    )


def _yellow_page(message: str) -> Response:
    body = f"""<html><head><title>{esc(message)}</title></head>
<body bgcolor="white"><span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>{esc(message)}</i> </h2></span>
<b> Description: </b>An unhandled exception occurred during the execution of the current web request.
<br><br><b> Exception Details: </b>System.ArgumentException: {esc(message)}<br><br>
<hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.5485; ASP.NET Version:2.0.50727.5491
</body></html>"""
    return html(body, status=500)


def _header(request: Request, name: str) -> str:
    for k, v in request.headers.items():
        if k.lower() == name.lower():
            return v
    return ""


def _list_postback(request: Request, madm: str) -> Response:
    form = request.form
    state = _read_viewstate(form.get("__VIEWSTATE", ""))
    if state is None or state[0] != madm:
        return _yellow_page("Validation of viewstate MAC failed.")
    cur = state[1]
    total = _list_total(madm)
    if not 1 <= cur <= total or form.get("__EVENTVALIDATION") != _eventvalidation(f"ds{madm}", cur):
        return _yellow_page("Invalid postback or callback argument.")
    target = form.get("__EVENTTARGET", "")
    if not target:
        new = cur  # a button of the master page (search, poll): the same page again
    else:
        targets = _pager_targets(cur, total)
        if target not in targets:
            return _yellow_page("Invalid postback or callback argument.")
        new = targets[target]
    if "delta=true" in _header(request, "X-MicrosoftAjax").lower():
        return _delta(madm, new)
    return _respond_html(_list_page(madm, new))


def _delta(madm: str, cur: int) -> Response:
    panel = _list_panel(madm, cur)
    parts = [
        ("updatePanel", "ctl00_cphMain_upDanhSach", panel),
        ("hiddenField", "__EVENTTARGET", ""),
        ("hiddenField", "__EVENTARGUMENT", ""),
        ("hiddenField", "__VIEWSTATE", _viewstate(f"ds{madm}", madm, cur)),
        ("hiddenField", "__EVENTVALIDATION", _eventvalidation(f"ds{madm}", cur)),
        ("asyncPostBackControlIDs", "", ""),
        ("postBackControlIDs", "", ""),
        ("updatePanelIDs", "", "tctl00$cphMain$upDanhSach"),
        ("asyncPostBackTimeout", "", "90"),
        ("pageTitle", "", f"{SITE_NAME} - {CATS[madm]}"),
    ]
    out = "".join(f"{len(content)}|{kind}|{ident}|{content}|" for kind, ident, content in parts)
    return Response(200, out, {"Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private"})


def _home(path: str) -> Response:
    feat = FEATURED
    big = feat[0]
    big_img = next(b.src for b in big.blocks if isinstance(b, Img))
    small = "".join(
        f'<li><a href="{_href(featured_path(s))}">{esc(_trunc(s.title, 80))}</a></li>' for s in feat[1:]
    )
    featured = (
        '<table width="100%" class="khungNoiBat"><tr><td class="tdTieuDeKhung">TIN NỔI BẬT</td></tr>'
        f'<tr><td><a href="{_href(featured_path(big))}"><img src="{esc(big_img)}" width="260" align="left" '
        f'style="margin-right:8px" border="0" alt="" /></a>'
        f'<a class="tieuDeNB" href="{_href(featured_path(big))}">{esc(big.title)}</a><br />'
        f'<span class="ngayDS">({_list_date(big)})</span><br />{esc(_trunc(_lead(big), 200))}'
        f'<ul class="dsNoiBat" style="clear:both">{small}</ul></td></tr></table>'
    )
    blocks = []
    for code, name in CATS.items():
        count = 3 if code == "TTSK" else 2  # TBAO has one post
        blocks.append(
            f'<table width="100%" class="khungDM"><tr><td class="tdTieuDeKhung">'
            f'<a href="{_href("/DanhSachTin.aspx?MaDM=" + code)}">{esc(name.upper())}</a></td></tr>'
            f"<tr><td>{_list_rows(BY_CAT[code][:count])}"
            f'<div align="right"><a href="{_href("/DanhSachTin.aspx?MaDM=" + code)}">Xem tiếp &raquo;</a></div>'
            "</td></tr></table>"
        )
    content = featured + "".join(blocks)
    return _respond_html(_page(f"{SITE_NAME} - Trang chủ", "Default.aspx", content, "home"))


def _simple(title: str, action: str, key: str, crumb: str, inner: str) -> Response:
    content = (
        f'<div class="duongDan"><a href="Default.aspx">Trang chủ</a> &raquo; {esc(crumb)}</div>'
        f'<table width="100%" class="tblChiTiet"><tr><td>{inner}</td></tr></table>'
    )
    return _respond_html(_page(f"{SITE_NAME} - {title}", action, content, key))


def _gioithieu() -> Response:
    inner = (
        '<span id="ctl00_cphMain_lblTieuDe" class="tieuDeCT">Giới thiệu chung về Trường Chính trị tỉnh Sóc Trăng</span>'
        '<div class="noiDung"><a name="LichSu"></a><p><strong>Lịch sử hình thành</strong></p>'
        "<p>Trường Chính trị tỉnh Sóc Trăng tiền thân là Trường Đảng tỉnh Sóc Trăng, được thành lập năm 1977; "
        "năm 1992, khi tái lập tỉnh Sóc Trăng, Trường được thành lập lại theo quyết định của Tỉnh ủy.</p>"
        "<p>Trường là đơn vị sự nghiệp trực thuộc Tỉnh ủy và Ủy ban nhân dân tỉnh, có chức năng tham mưu và tổ chức "
        "thực hiện công tác đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        '<a name="CoCau"></a><p><strong>Cơ cấu tổ chức</strong></p>'
        "<ul><li>Ban Giám hiệu</li><li>Phòng Tổ chức - Hành chính</li><li>Phòng Quản lý đào tạo</li>"
        "<li>Khoa Xây dựng Đảng</li><li>Khoa Lý luận cơ sở</li><li>Khoa Nhà nước và pháp luật</li>"
        "<li>Khoa Dân vận</li></ul>"
        '<p style="text-align:center"><img src="Upload/GioiThieu/truong_tct.jpg" width="450" alt="" /></p></div>'
    )
    return _simple("Giới thiệu", "GioiThieu.aspx", "gt", "Giới thiệu", inner)


def _cocau() -> Response:
    rows = "".join(
        f"<tr><td>{esc(unit)}</td><td>{esc(head)}</td></tr>"
        for unit, head in [
            ("Ban Giám hiệu", "Hiệu trưởng, 02 Phó Hiệu trưởng"),
            ("Phòng Tổ chức - Hành chính", "Trưởng phòng: Phạm Văn Hùng"),
            ("Phòng Quản lý đào tạo", "Trưởng phòng: Lâm Thị Ngọc Hân"),
            ("Khoa Xây dựng Đảng", "Trưởng khoa: Nguyễn Thị Bích Tuyền"),
            ("Khoa Lý luận cơ sở", "Trưởng khoa: Lý Văn Sơn"),
        ]
    )
    inner = (
        '<span class="tieuDeCT">CƠ CẤU TỔ CHỨC</span>'
        '<p style="text-align:center"><img src="Upload/GioiThieu/so_do_to_chuc.jpg" width="500" alt="Sơ đồ tổ chức" /></p>'
        f'<table width="100%" border="1" cellspacing="0"><tr><th>Đơn vị</th><th>Lãnh đạo</th></tr>{rows}</table>'
    )
    return _simple("Cơ cấu tổ chức", "CoCauToChuc.aspx", "cc", "Giới thiệu", inner)


def _lienhe() -> Response:
    inner = (
        '<span class="tieuDeCT">LIÊN HỆ</span>'
        "<p>Trường Chính trị tỉnh Sóc Trăng<br />Địa chỉ: Số 125, đường Lê Duẩn, Phường 3, TP. Sóc Trăng<br />"
        "Điện thoại: (0299) 3822 614</p>"
        '<table><tr><td>Họ tên:</td><td><input name="ctl00$cphMain$txtHoTen" type="text" id="ctl00_cphMain_txtHoTen" /></td></tr>'
        '<tr><td>Email:</td><td><input name="ctl00$cphMain$txtEmail" type="text" id="ctl00_cphMain_txtEmail" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="ctl00$cphMain$txtNoiDung" rows="6" cols="40" id="ctl00_cphMain_txtNoiDung"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnGui" value="Gửi liên hệ" id="ctl00_cphMain_btnGui" /></td></tr></table>'
    )
    return _simple("Liên hệ", "LienHe.aspx", "lh", "Liên hệ", inner)


DOCS = {
    31: ("125-KH/TCT", "20/11/2026", "Kế hoạch đào tạo, bồi dưỡng năm 2027", "Upload/VanBan/125-KH-TCT.pdf"),
    30: ("118-QĐ/TCT", "02/11/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2027", "Upload/VanBan/118-QD-TCT.pdf"),
}


def _vanban_list() -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="ChiTietVanBan.aspx?ID={i}">{esc(ty)}</a></td>'
        f'<td><a href="{esc(f)}"><img src="Images/pdf.gif" alt="Tải về" /></a></td></tr>'
        for i, (so, ngay, ty, f) in DOCS.items()
    )
    inner = (
        '<table width="100%" border="1" cellspacing="0" class="tblVanBan">'
        "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"{rows}</table>"
    )
    return _simple("Văn bản", "VanBan.aspx", "vb", "Văn bản", inner)


def _vanban_entry(doc_id: int) -> Response:
    so, ngay, ty, f = DOCS[doc_id]
    inner = (
        '<table width="100%" border="1" cellspacing="0" class="tblVanBan">'
        f"<tr><td width=\"30%\">Số ký hiệu</td><td>{esc(so)}</td></tr>"
        f"<tr><td>Ngày ban hành</td><td>{ngay}</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Sóc Trăng</td></tr>"
        f"<tr><td>Trích yếu</td><td>{esc(ty)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="{esc(f)}">{esc(f.rsplit("/", 1)[1])}</a></td></tr></table>'
        '<p><a href="VanBan.aspx">&laquo; Danh sách văn bản</a></p>'
    )
    return _simple(ty, f"ChiTietVanBan.aspx?ID={doc_id}", f"vb{doc_id}", "Văn bản", inner)


def _album() -> Response:
    pics = "".join(
        f'<td align="center"><a href="Upload/Album/3/{n}.jpg" target="_blank"><img src="Upload/Album/3/thumb_{n}.jpg" '
        f'width="160" alt="" /></a><br />Ảnh {n}</td>'
        for n in range(1, 5)
    )
    inner = (
        '<span class="tieuDeCT">Album: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</span>'
        f'<table width="100%"><tr>{pics}</tr></table>'
    )
    return _simple("Thư viện ảnh", "ThuVienAnh.aspx?MaAlbum=3", "album3", "Thư viện ảnh", inner)


def _video() -> Response:
    inner = (
        '<span class="tieuDeCT">Phóng sự: Trường Chính trị tỉnh Sóc Trăng - 45 năm xây dựng và phát triển</span>'
        '<div><object width="480" height="360"><param name="movie" value="Upload/Video/player.swf?file=phongsu45nam.flv" />'
        '<embed src="Upload/Video/player.swf?file=phongsu45nam.flv" width="480" height="360" '
        'type="application/x-shockwave-flash"></embed></object></div>'
    )
    return _simple("Video", "Video.aspx?ID=5", "video5", "Video clip", inner)


_SCRIPT_RESOURCES = {"/webresource.axd", "/scriptresource.axd"}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if low in _SCRIPT_RESOURCES:
            return Response(200, b"/* ASP.NET AJAX */", {"Content-Type": "application/x-javascript"})
        if low in ("/", "/default.aspx"):
            if request.query:
                return None
            return _home(path)
        if low == "/danhsachtin.aspx":
            madm = params.get("madm", "")
            if madm not in CATS or set(params) != {"madm"}:
                return None
            if request.method == "POST":
                return _list_postback(request, madm)
            return _respond_html(_list_page(madm, 1))
        if low in ("/chitiettin.aspx", "/intin.aspx"):
            raw_id = params.get("id", "")
            madm = params.get("madm", "")
            if not raw_id.isdigit() or set(params) != {"id", "madm"}:
                return None
            story = BY_ID.get(int(raw_id))
            if story is None:
                if int(raw_id) == DELETED_ID and madm == "TBAO" and low == "/chitiettin.aspx":
                    return _soft_404(int(raw_id), madm)
                return None
            if madm != story.cat and not (madm == FEATURED_CODE and story.opts.get("featured")):
                return None
            if low == "/intin.aspx":
                return _print(story) if madm == story.cat else None
            return _article(story, madm, request.target)
        if request.query == "" and low == "/gioithieu.aspx":
            return _gioithieu()
        if request.query == "" and low == "/cocautochuc.aspx":
            return _cocau()
        if request.query == "" and low == "/lienhe.aspx":
            return _lienhe()
        if request.query == "" and low == "/vanban.aspx":
            return _vanban_list()
        if low == "/chitietvanban.aspx" and set(params) == {"id"} and params["id"].isdigit():
            doc_id = int(params["id"])
            return _vanban_entry(doc_id) if doc_id in DOCS else None
        if low == "/thuvienanh.aspx" and params == {"maalbum": "3"}:
            return _album()
        if low == "/video.aspx" and params == {"id": "5"}:
            return _video()
        if low.endswith(".pdf") and low.startswith("/upload/vanban/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if low.startswith(("/upload/", "/images/", "/app_themes/", "/scripts/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(
        s,
        canonical(s),
        CATS[s.cat],
        alt_paths=[print_path(s)] + ([featured_path(s)] if s.opts.get("featured") else []),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/GioiThieu.aspx",
    "/CoCauToChuc.aspx",
    "/LienHe.aspx",
    "/ChiTietVanBan.aspx?ID=31",
    "/ChiTietVanBan.aspx?ID=30",
    "/ThuVienAnh.aspx?MaAlbum=3",
    "/Video.aspx?ID=5",
]

assert len(GOLD) == 13
assert all(unicodedata.is_normalized("NFC", s.title) for s in STORIES)
