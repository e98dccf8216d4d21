"""Trường THPT Phan Bội Châu (tỉnh Ninh Thuận) on Orchard CMS 1.10 (ASP.NET MVC).

Platform: Orchard 1.10 with the Blogs module (one blog "Tin tức" at ``/tin-tuc``), Comments,
Tags, Autoroute and a Bootstrap 3 theme ("PBC.Bootstrap") made by a local agency from
TheThemeMachine. The agency had no categories in Orchard's blog, so the "Tin tức" drop-down of
the main menu links tag pages as if they were sections.

URL scheme:
- ``/`` the home page: an Orchard Page with widgets (slider, "Tin mới nhất", sidebar);
- ``/tin-tuc`` the blog, 5 posts a page, ``/tin-tuc?page=2`` and ``?page=3`` (Orchard's pager:
  the first page is the bare ``/tin-tuc``);
- ``/tin-tuc/<slug>`` a blog post (Autoroute);
- ``/tin-tuc/archive/<yyyy>/<m>`` month archives (BlogArchives widget), 3 posts a page,
  ``?page=2`` beyond;
- ``/tags/<Tag Name>`` tag listings: Orchard prints the tag's *name* in the path, so the path
  holds spaces and Vietnamese letters percent-encoded (``/tags/Ho%E1%BA%A1t%20...``);
- ``/Contents/Item/Display/<id>`` Orchard's alias of every content item: the same post page;
- ``/Tin-Tuc/<slug>``: ASP.NET routes match case-insensitively; the slider (typed by hand by
  the agency) links two posts with capitals, and the same post page answers;
- ``/rss?containerid=12`` the blog's RSS; ``/users/account/logon?ReturnUrl=<this page>`` the
  footer's sign-in link (a different URL on every page);
- Orchard Pages (not articles): ``/gioi-thieu``, ``/gioi-thieu/lich-su-nha-truong``,
  ``/lien-he`` (Custom Forms), ``/thu-vien-anh`` (album), ``/van-ban/ke-hoach-nam-hoc-2026-2027``
  (document entry with its PDF under ``/Media/Default/van-ban/``).

Page templates: every page has the header (logo, school name, today "Thứ Bảy, 05/12/2026"),
the main menu with drop-downs, breadcrumbs (``<ol class="breadcrumb">``), a right sidebar
(search box, "Xem nhiều", "Lưu trữ" = BlogArchives, "Liên kết", "Bình chọn" poll, visitor
counter) and the footer. A post page is ``<article class="content-item blog-post">`` with a
``<header>`` (tag badge, ``<h1>``, ``<div class="metadata">``), the agency's "Tóm tắt" text
field, the Body part, the tags line, a share/print footer, then the comments and the comment
form, then the AfterContent zone with the "Bài viết gần đây" widget.

How each gold article is reached: the five newest from the home page's "Tin mới nhất" and from
``/tin-tuc``; the next five from ``/tin-tuc?page=2``; the three oldest only from
``/tin-tuc?page=3`` and the October archive (two of them only from its ``?page=2``); some also
from tag pages, "Xem nhiều" and RSS.

Traps (each with the gold it implies):
1. Orchard prints the publication time twice: the visible text in the culture vi-VN short form
   "03/12/2026 2:30 CH" (SA = a.m., CH = p.m.; "12:40 CH" is 12:40 noon) and a
   ``<time datetime="2026-12-03T07:30:00.0000000Z">`` in UTC with .NET's 7-digit fraction.
   Gold: local time with +07:00. Two posts sit near midnight, so a reader that keeps the UTC
   day is a day off: "01/12/2026 6:00 SA" is ``2026-11-30T23:00:00Z`` -> gold
   "2026-12-01T06:00:00+07:00"; an imported post at "04/12/2026 12:00 SA"
   (``2026-12-03T17:00:00Z``) is a midnight time -> gold the day alone "2026-12-04".
2. Several ``<article>`` elements and ``<h1>`` on one page: the layout's branding ``<h1>`` (the
   school's name) comes first; the AfterContent "Bài viết gần đây" widget is itself an
   ``<article class="widget">`` whose entries are ``<article class="content-item blog-post">``
   with ``<h1>`` titles and relative dates, exactly like the post's own; comments are
   ``<article class="comment">`` too. Gold: title/body from the post's article only.
3. Comments (Orchard.Comments) under the post: commenter names, "lúc 04/12/2026 8:15 SA"
   dates and comment paragraphs. Gold: none of it is body, authors or published_at.
4. The sapo is an Orchard TextField printed as ``<p class="text-field"><span class="name">Tóm
   tắt:</span> <span class="value">…</span></p>`` before the body. Gold: summary = the value
   without the "Tóm tắt:" label, and it is the body's first paragraph.
5. A tag badge (``<a class="label label-info">``) above the ``<h1>`` and tag pages in the menu's
   "Tin tức" drop-down look like sections. Gold: category is the blog, "Tin tức", as the
   breadcrumb prints it.
6. Listings (blog pages, archives, tags, recent-posts widget) print Orchard's relative date
   ("3 ngày trước", "2 tuần trước") and a 200-character excerpt of the body ending in "…".
   Gold: the post page's date; the excerpt is no sapo (summary null where no "Tóm tắt").
7. Same post under several URLs: ``/Contents/Item/Display/<id>`` (linked by the recent-posts
   widget, printed with the item id) and ``/Tin-Tuc/<slug>`` (the slider's hand-typed links);
   the post page prints ``og:url`` with the Autoroute path but no canonical link. Gold: path
   and canonical_path ``/tin-tuc/<slug>``, the others in alt_paths.
8. Image and caption in one TinyMCE paragraph, ``<p><img/><br /><em>caption</em></p>``: the
   ``<br>`` rule would make the caption a paragraph. Gold: a caption, not body. Another post
   puts its photos in a two-row table (photo row, caption row in parentheses): table rows are
   otherwise body, these are not; caption without the parentheses.
9. Orchard Pages look like posts: "Lịch sử nhà trường" has the same metadata block with a
   published time, an ``<h1>`` and long paragraphs. Gold: not an article (intro page).
10. Byline with an honorific and a post: "Người viết: Cô Nguyễn Thị Lan (Tổ trưởng Tổ Ngữ văn)"
    -> ["Nguyễn Thị Lan"]; "Bài và ảnh: Thầy Trần Quốc Bảo" -> both lists ["Trần Quốc Bảo"];
    the metadata's "Đăng bởi: quantri_pbc" is a CMS account -> nobody.
11. One migrated post keeps its old editor's markup: text lines in ``<div>``s with ``<br />``
    and ``<div>&nbsp;</div>`` spacers. Gold: each line is a paragraph; spacers are nothing.
12. An official notice (letterhead table, "Số: 112/TB-THPTPBC", "Ninh Phước, ngày 05 tháng 11
    năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) posted a day later (06/11 8:05 SA)
    with a PDF attachment line. Gold: date "2026-11-05", author the signer, body the notice's
    own text only.
13. Tag paths with the tag's name percent-encoded (spaces, diacritics) and the sign-in link with
    a ReturnUrl per page: neither is an article; the sign-in page is not worth a request.

Gold decisions on ambiguous points:
- category is "Tin tức" for every post (the only blog; tags are not sections);
- the time is the visible local one; its ``<time datetime>`` agrees after conversion;
- "Ảnh: X" under a photo is a credit: caption None, X a photographer;
- a photo without any printed line has caption None even when its ``alt`` is long;
- the results table's header row is a paragraph like the others (cells joined by " | ").
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "orchard1_thpt"
PLATFORM = "Orchard CMS 1.10 (ASP.NET MVC), Blogs + Comments + Tags, Bootstrap theme"
START_PATH = "/"

CAT = "Tin tức"
SITE = "Trường THPT Phan Bội Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 0)  # local time the pages are "rendered" at

M = "/Media/Default/tin-tuc"


def _sign_right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


SPACER = Raw("<p>&nbsp;</p>")

STORIES: list[Story] = [
    Story(
        41, "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026-2027", CAT,
        "2026-10-08T07:45:00+07:00",
        [
            P("Sáng ngày 08/10/2026, Trường THPT Phan Bội Châu long trọng tổ chức Lễ khai mạc Hội khỏe "
              "Phù Đổng cấp trường năm học 2026-2027 với sự tham gia của hơn 1.200 học sinh."),
            Img(f"{M}/2026-10/hkpd-khai-mac.jpg", "Thầy Hiệu trưởng đánh trống khai mạc Hội khỏe",
                "Thầy Hiệu trưởng đánh trống khai mạc Hội khỏe", "brcap"),
            P("Hội khỏe năm nay gồm các môn bóng đá nam, bóng chuyền nữ, cầu lông, kéo co và chạy "
              "tiếp sức; các trận đấu diễn ra vào buổi chiều để không ảnh hưởng giờ học chính khóa."),
            P("Phát biểu khai mạc, thầy Phạm Văn Hùng nhấn mạnh Hội khỏe là dịp để các em rèn luyện "
              "thể lực, tinh thần đoàn kết và tuyển chọn vận động viên cho Hội khỏe Phù Đổng cấp tỉnh."),
            SPACER,
            Img(f"{M}/2026-10/hkpd-keo-co.jpg", "Phần thi kéo co của khối 10",
                "Phần thi kéo co của khối 10", "brcap"),
            P("Hội khỏe sẽ kéo dài đến hết ngày 25/10/2026, lễ bế mạc và trao giải dự kiến tổ chức "
              "trong buổi chào cờ đầu tuần kế tiếp."),
            _sign_right("Tin, ảnh: Nguyễn Văn Tài"),
        ],
        authors=["Nguyễn Văn Tài"], photographers=["Nguyễn Văn Tài"],
        opts={"local": "2026-10-08 07:45", "tags": [], "comments": [
            ("Lê Minh Khoa", "2026-10-08 20:12", "Chúc các bạn khối 11 thi đấu thật tốt!"),
        ]},
    ),
    Story(
        44, "hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026-2027", CAT,
        "2026-10-14T14:00:00+07:00",
        [
            P("Hội nghị viên chức, người lao động năm học 2026-2027 đã thống nhất các chỉ tiêu thi đua "
              "và thông qua Quy chế chi tiêu nội bộ của nhà trường."),
            P("Chiều 14/10/2026, tại hội trường nhà trường, Công đoàn cơ sở phối hợp với Ban Giám hiệu "
              "tổ chức Hội nghị viên chức, người lao động với 86 đại biểu tham dự."),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học mới "
              "và báo cáo công khai tài chính; nhiều ý kiến đóng góp tập trung vào đổi mới kiểm tra, "
              "đánh giá theo Chương trình giáo dục phổ thông 2018."),
            P("Kết thúc hội nghị, các tổ chuyên môn đã ký giao ước thi đua trước toàn thể viên chức."),
        ],
        summary="Hội nghị viên chức, người lao động năm học 2026-2027 đã thống nhất các chỉ tiêu thi đua "
                "và thông qua Quy chế chi tiêu nội bộ của nhà trường.",
        opts={"local": "2026-10-14 14:00", "tags": ["Công đoàn"], "sapo_field": True, "comments": []},
    ),
    Story(
        47, "chuyen-de-day-hoc-phat-trien-nang-luc-mon-ngu-van",
        "Chuyên đề \"Dạy học phát triển năng lực môn Ngữ văn\"", CAT,
        "2026-10-20T09:15:00+07:00",
        [
            P("Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 20/10/2026 Tổ "
              "Ngữ văn tổ chức chuyên đề \"Dạy học phát triển năng lực môn Ngữ văn\"."),
            P("Tiết dạy minh họa do cô Võ Thị Hạnh thực hiện tại lớp 11A3 với bài \"Đọc hiểu văn bản "
              "nghị luận\", học sinh làm việc theo nhóm và trình bày sản phẩm bằng sơ đồ tư duy."),
            P("Nội dung thảo luận", "h"),
            P("Thiết kế nhiệm vụ học tập gắn với tình huống thực tiễn.", "li"),
            P("Sử dụng phiếu học tập và bảng kiểm để đánh giá quá trình.", "li"),
            P("Tăng thời lượng cho học sinh tự đọc và chia sẻ.", "li"),
            P("Chuyên đề đã giúp giáo viên trong tổ thống nhất cách tổ chức hoạt động đọc hiểu cho "
              "học sinh các khối lớp."),
            Raw('<p style="text-align: right;"><em>Người viết: Cô Nguyễn Thị Lan (Tổ trưởng Tổ Ngữ văn)'
                "</em></p>"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"local": "2026-10-20 09:15", "tags": [], "comments": []},
    ),
    Story(
        49, "huong-ung-ngay-phu-nu-viet-nam-20-10",
        "Hưởng ứng Ngày Phụ nữ Việt Nam 20/10", CAT,
        "2026-10-21T16:20:00+07:00",
        [
            P("Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn trường tổ "
              "chức buổi gặp mặt và tặng hoa các nữ cán bộ, giáo viên, nhân viên."),
            Img(f"{M}/2026-10/20-10-gap-mat.jpg", "(Các cô giáo trong buổi gặp mặt ngày 20/10)",
                "Các cô giáo trong buổi gặp mặt ngày 20/10", "table"),
            P("Buổi gặp mặt diễn ra trong không khí ấm cúng với các tiết mục văn nghệ do học sinh "
              "các lớp chuẩn bị."),
            Img(f"{M}/2026-10/20-10-hoa.jpg", "(Học sinh lớp 12A1 tặng hoa cô chủ nhiệm)",
                "Học sinh lớp 12A1 tặng hoa cô chủ nhiệm", "table"),
            P("Dịp này, Công đoàn trường cũng trao quà cho 5 nữ viên chức có hoàn cảnh khó khăn."),
        ],
        opts={"local": "2026-10-21 16:20", "tags": ["Công đoàn"], "comments": []},
    ),
    Story(
        52, "hoc-sinh-tham-gia-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Học sinh tham gia Cuộc thi Khoa học kỹ thuật cấp tỉnh", CAT,
        "2026-11-02T10:30:00+07:00",
        [
            P("Hai dự án của học sinh nhà trường được chọn tham gia Cuộc thi Khoa học kỹ thuật cấp "
              "tỉnh dành cho học sinh trung học năm học 2026-2027."),
            P("Dự án \"Hệ thống tưới nhỏ giọt dùng cảm biến độ ẩm cho cây nho\" của hai em Nguyễn Hoàng "
              "Nam và Trần Thị Mai (lớp 11A1) nhận được nhiều câu hỏi của ban giám khảo."),
            Img(f"{M}/2026-11/khkt-du-an.jpg", "Em Hoàng Nam giới thiệu mô hình với ban giám khảo",
                "Em Hoàng Nam giới thiệu mô hình với ban giám khảo", "next"),
            P("Dự án thứ hai nghiên cứu vật liệu hút ẩm từ vỏ trấu, do em Lê Quang Huy (lớp 12A2) "
              "thực hiện dưới sự hướng dẫn của thầy Trần Quốc Bảo."),
            Raw('<p style="text-align: right;"><strong>Bài và ảnh: Thầy Trần Quốc Bảo</strong></p>'),
        ],
        authors=["Trần Quốc Bảo"], photographers=["Trần Quốc Bảo"],
        summary="Hai dự án của học sinh nhà trường được chọn tham gia Cuộc thi Khoa học kỹ thuật cấp "
                "tỉnh dành cho học sinh trung học năm học 2026-2027.",
        opts={"local": "2026-11-02 10:30", "tags": ["Hoạt động chuyên môn"], "sapo_field": True,
              "comments": []},
    ),
    Story(
        55, "thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027", CAT,
        "2026-11-05",
        [
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                '<td style="text-align: center; width: 40%;">SỞ GD&amp;ĐT NINH THUẬN<br />'
                "<strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 112/TB-THPTPBC</td>'
                '<td style="text-align: center;"><em>Ninh Phước, ngày 05 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra giữa học kỳ I năm học 2026-2027</strong></p>"),
            P("Căn cứ kế hoạch giáo dục năm học 2026-2027 của nhà trường, Hiệu trưởng thông báo lịch "
              "kiểm tra giữa học kỳ I như sau:"),
            P("1. Thời gian: từ ngày 16/11/2026 đến ngày 21/11/2026."),
            P("2. Hình thức: kiểm tra tập trung theo khối đối với các môn Ngữ văn, Toán, Tiếng Anh; "
              "các môn còn lại kiểm tra trên lớp theo phân phối chương trình."),
            P("3. Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh."),
            Raw('<p><a href="/Media/Default/van-ban/tb-112-tb-thptpbc.pdf">Tải về: '
                "TB 112-TB-THPTPBC.pdf</a></p>"),
            Raw(
                '<table style="width: 100%;"><tbody><tr><td style="width: 50%;"><strong><em>Nơi nhận:'
                "</em></strong><br />- Như trên;<br />- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br />'
                "<br /><strong>Phạm Văn Hùng</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Phạm Văn Hùng"],
        opts={"local": "2026-11-06 08:05", "tags": ["Thông báo"], "comments": []},
    ),
    Story(
        58, "giao-luu-van-nghe-tri-an-thay-co",
        "Giao lưu văn nghệ \"Tri ân thầy cô\"", CAT,
        "2026-11-18T19:30:00+07:00",
        [
            P("Tối 18/11/2026, Đoàn trường tổ chức đêm giao lưu văn nghệ \"Tri ân thầy cô\" chào mừng "
              "Ngày Nhà giáo Việt Nam."),
            P("Chương trình gồm 15 tiết mục ca, múa, kịch do các chi đoàn dàn dựng, thu hút đông đảo "
              "học sinh và cha mẹ học sinh đến cổ vũ."),
            Img(f"{M}/2026-11/van-nghe-20-11.jpg", "Ảnh: Đỗ Hoàng Phúc", None, "next"),
            P("Ban tổ chức đã trao giải nhất cho tiết mục múa \"Bụi phấn\" của chi đoàn 12A3."),
            _sign_right("Tin: Lê Thị Mỹ Duyên – Ảnh: Đỗ Hoàng Phúc"),
        ],
        authors=["Lê Thị Mỹ Duyên"], photographers=["Đỗ Hoàng Phúc"],
        opts={"local": "2026-11-18 19:30", "tags": ["Hoạt động Đoàn"], "comments": []},
    ),
    Story(
        60, "mit-tinh-ky-niem-ngay-nha-giao-viet-nam-20-11",
        "Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", CAT,
        "2026-11-20T12:40:00+07:00",
        [
            P("Sáng 20/11/2026, nhà trường tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với "
              "sự tham dự của đại diện chính quyền địa phương và Ban đại diện cha mẹ học sinh."),
            P("Tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống của ngày 20/11 và biểu dương những "
              "tập thể, cá nhân có thành tích xuất sắc."),
            P("Nhà trường đã trao giấy khen cho 12 giáo viên đạt danh hiệu giáo viên dạy giỏi và "
              "38 học sinh đạt thành tích cao trong học tập."),
            Img(f"{M}/2026-11/mit-tinh-20-11.jpg", "Quang cảnh buổi mít tinh",
                "Quang cảnh buổi mít tinh", "next"),
            P("Buổi lễ khép lại bằng tiết mục đồng ca \"Người thầy\" của tập thể học sinh khối 12."),
        ],
        summary="Sáng 20/11/2026, nhà trường tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với "
                "sự tham dự của đại diện chính quyền địa phương và Ban đại diện cha mẹ học sinh.",
        opts={"local": "2026-11-20 12:40", "tags": ["Sự kiện"], "sapo_field": True, "comments": [
            ("Phụ huynh Nguyễn Văn Tám", "2026-11-20 21:05",
             "Xin chúc quý thầy cô luôn mạnh khỏe và tâm huyết với nghề."),
            ("Cựu học sinh khóa 2015-2018", "2026-11-21 07:40",
             "Nhớ mãi những năm tháng dưới mái trường Phan Bội Châu."),
        ]},
    ),
    Story(
        63, "tap-huan-ky-nang-phong-chong-duoi-nuoc",
        "Tập huấn kỹ năng phòng, chống đuối nước cho học sinh", CAT,
        "2026-11-26T15:10:00+07:00",
        [
            P("Chiều 26/11/2026, nhà trường phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức "
              "tập huấn kỹ năng phòng, chống đuối nước cho học sinh khối 10."),
            P("Các em được hướng dẫn cách nhận biết vùng nước nguy hiểm, cách tự thoát hiểm khi bị "
              "chuột rút và cách sơ cứu người bị đuối nước."),
            P("Theo thống kê của ngành, mùa mưa lũ năm nay toàn tỉnh đã xảy ra 4 vụ đuối nước ở trẻ "
              "em, vì vậy kỹ năng an toàn dưới nước càng cần được trang bị sớm."),
            P("Sau buổi tập huấn, Đoàn trường sẽ tổ chức các lớp bơi miễn phí vào dịp hè."),
            Raw('<div style="text-align: right;">Nguồn: Báo Ninh Thuận</div>'),
        ],
        source="Báo Ninh Thuận",
        opts={"local": "2026-11-26 15:10", "tags": ["Hoạt động Đoàn"], "div": True, "comments": []},
    ),
    Story(
        66, "doan-truong-ra-quan-ngay-chu-nhat-xanh",
        "Đoàn trường ra quân \"Ngày Chủ nhật xanh\"", CAT,
        "2026-11-29T05:30:00+07:00",
        [
            P("Hơn 300 đoàn viên thanh niên đã tham gia dọn vệ sinh, trồng cây xanh tại khuôn viên "
              "trường và tuyến đường trước cổng trường.", "lead"),
            P("Hưởng ứng phong trào \"Ngày Chủ nhật xanh\" do Tỉnh đoàn phát động, sáng sớm 29/11/2026 "
              "các chi đoàn đã có mặt từ 5 giờ 30 để nhận nhiệm vụ."),
            P("Các em đã trồng mới 40 cây sao đen, thu gom gần 2 tấn rác thải và sơn lại hàng rào khu "
              "vực nhà xe."),
            P("Đoàn trường sẽ duy trì hoạt động này vào ngày Chủ nhật cuối mỗi tháng."),
        ],
        summary="Hơn 300 đoàn viên thanh niên đã tham gia dọn vệ sinh, trồng cây xanh tại khuôn viên "
                "trường và tuyến đường trước cổng trường.",
        opts={"local": "2026-11-29 05:30", "tags": ["Hoạt động Đoàn"], "comments": []},
    ),
    Story(
        69, "hoi-thi-giao-vien-day-gioi-cap-truong",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027", CAT,
        "2026-12-01T06:00:00+07:00",
        [
            P("Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027 thu hút 24 giáo viên thuộc 7 tổ "
              "chuyên môn đăng ký tham gia."),
            P("Mỗi giáo viên dự thi thực hiện một bài trình bày biện pháp nâng cao chất lượng giảng dạy "
              "và hai tiết dạy thực hành trên lớp."),
            P("Ban giám khảo đánh giá cao việc ứng dụng công nghệ thông tin và các phương pháp dạy học "
              "tích cực trong các tiết dạy."),
            P("Kết quả hội thi sẽ được công bố trong tuần học thứ 15."),
        ],
        summary="Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027 thu hút 24 giáo viên thuộc 7 tổ "
                "chuyên môn đăng ký tham gia.",
        opts={"local": "2026-12-01 06:00", "tags": ["Hoạt động chuyên môn"], "sapo_field": True,
              "comments": []},
    ),
    Story(
        72, "ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        "Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027", CAT,
        "2026-12-03T14:30:00+07:00",
        [
            P("Nhà trường có 9 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm "
              "học 2026-2027, tăng 3 giải so với năm học trước."),
            P("Danh sách học sinh đạt giải:"),
            P("STT | Họ và tên | Lớp | Môn | Giải", "row"),
            P("1 | Nguyễn Hoàng Nam | 12A1 | Vật lý | Nhì", "row"),
            P("2 | Phạm Thị Thu Trang | 12A2 | Ngữ văn | Ba", "row"),
            P("3 | Lê Quang Huy | 12A2 | Hóa học | Ba", "row"),
            Img(f"{M}/2026-12/hsg-12-trao-giai.jpg", "Thầy Hiệu trưởng chúc mừng các em đạt giải",
                "Thầy Hiệu trưởng chúc mừng các em đạt giải", "next"),
            Img(f"{M}/2026-12/hsg-12-doi-tuyen.jpg", None, None, "none"),
            P("Nhà trường sẽ khen thưởng các em và giáo viên bồi dưỡng trong buổi sơ kết học kỳ I."),
            _sign_right("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        summary="Nhà trường có 9 học sinh đạt giải trong Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm "
                "học 2026-2027, tăng 3 giải so với năm học trước.",
        opts={"local": "2026-12-03 14:30", "tags": ["Hoạt động chuyên môn", "Sự kiện"],
              "sapo_field": True, "comments": [
                  ("Trần Văn Lộc", "2026-12-04 08:15", "Chúc mừng các em! Tự hào về trường mình."),
              ]},
    ),
    Story(
        75, "tuyen-truyen-phong-chong-hiv-aids-1-12",
        "Tuyên truyền phòng, chống HIV/AIDS nhân Ngày Thế giới phòng, chống AIDS 1/12", CAT,
        "2026-12-04",
        [
            P("Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS, nhà trường tổ chức buổi "
              "tuyên truyền dưới cờ cho toàn thể học sinh."),
            P("Báo cáo viên đã cung cấp những kiến thức cơ bản về con đường lây truyền HIV, cách phòng "
              "tránh và kêu gọi không kỳ thị, phân biệt đối xử với người nhiễm HIV."),
            P("\"Mỗi học sinh hãy là một tuyên truyền viên tích cực trong gia đình và cộng đồng\", báo "
              "cáo viên nhắn nhủ.", "quote"),
            P("Theo kế hoạch, các lớp sẽ tổ chức sinh hoạt chủ đề về sức khỏe sinh sản vị thành niên "
              "trong tháng 12."),
            Raw('<p style="text-align: right;"><em>Theo Trung tâm Kiểm soát bệnh tật tỉnh Ninh Thuận'
                "</em></p>"),
        ],
        source="Trung tâm Kiểm soát bệnh tật tỉnh Ninh Thuận",
        opts={"local": "2026-12-04 00:00", "tags": ["Sự kiện"], "comments": []},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["local"], reverse=True)
#: the slider's hand-typed links (capitals: the same page answers, ASP.NET routes ignore case)
SLIDER = [60, 52]
MOST_READ = [72, 60, 66, 52]
TAGS = ["Hoạt động chuyên môn", "Hoạt động Đoàn", "Công đoàn", "Sự kiện", "Thông báo"]
BLOG_PAGE = 5
ARCHIVE_PAGE = 3

# --- dates ---------------------------------------------------------------------------------


def _local(s: Story) -> datetime:
    return datetime.strptime(s.opts["local"], "%Y-%m-%d %H:%M")


def _utc_attr(local: datetime) -> str:
    utc = local - timedelta(hours=7)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


def _vi_short(local: datetime) -> str:
    """.NET vi-VN short date + short time: "03/12/2026 2:30 CH"."""
    hour = local.hour % 12 or 12
    return f"{local:%d/%m/%Y} {hour}:{local:%M} {'SA' if local.hour < 12 else 'CH'}"


def _relative(local: datetime) -> str:
    delta = NOW - local
    if delta.days >= 14:
        return f"{delta.days // 7} tuần trước"
    if delta.days >= 1:
        return f"{delta.days} ngày trước"
    return f"{max(1, delta.seconds // 3600)} giờ trước"


def _tag_path(tag: str) -> str:
    return "/tags/" + quote(tag)


def _post_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}"


# --- body rendering ------------------------------------------------------------------------


def _img_tag(img: Img) -> str:
    alt = img.caption or "Ảnh hoạt động nhà trường Phan Bội Châu năm học 2026-2027"
    return f'<img src="{img.src}" alt="{esc(alt)}" width="600" height="400" />'


def _render_body(s: Story) -> str:
    out: list[str] = []
    skip_first = bool(s.opts.get("sapo_field") and s.summary)
    blocks = list(s.blocks)
    if skip_first:
        # the first paragraph is printed in the "Tóm tắt" field, not repeated in the body
        blocks = blocks[1:]
    div = s.opts.get("div")
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            tag = _img_tag(b)
            if b.style == "brcap":
                out.append(f'<p style="text-align: center;">{tag}<br /><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "table":
                out.append(
                    '<table class="mceItemTable" style="margin-left: auto; margin-right: auto;" '
                    f'border="0"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;">'
                    f'<span style="font-size: 10pt;">{esc(b.printed or "")}</span></td></tr></tbody></table>'
                )
            elif b.style == "none":
                out.append(f'<p style="text-align: center;">{tag}</p>')
            else:
                out.append(f'<p style="text-align: center;">{tag}</p>')
                out.append(f'<p style="text-align: center;"><span style="color: #0000ff;"><em>'
                           f"{esc(b.printed or '')}</em></span></p>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cell = "th" if first else "td"
                cells = "".join(f"<{cell}>{esc(c.strip())}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="3"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif div:
            out.append(f"<div>{esc(b.text)}</div>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    body = "\n".join(out)
    if div:
        # the migrated post: two lines share one div with a <br />, spacer divs between
        body = body.replace("</div>\n<div>", "<br />\n", 1)
        body = body.replace("</div>\n<div>", "</div>\n<div>&nbsp;</div>\n<div>", 1)
    return body


def _excerpt(s: Story) -> str:
    text = " ".join(p for p in s.paragraphs)
    return text[:200].rsplit(" ", 1)[0] + "…" if len(text) > 200 else text


# --- page chrome ---------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Lịch sử nhà trường", "/gioi-thieu/lich-su-nha-truong")]),
    ("Tin tức", "/tin-tuc", [(t, _tag_path(t)) for t in TAGS[:4]]),
    ("Văn bản", "/van-ban/ke-hoach-nam-hoc-2026-2027", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in _MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(
                f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" '
                f'data-toggle="dropdown">{esc(label)} <span class="caret"></span></a>'
                f'<ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return '<ul class="nav navbar-nav menu menu-main-menu">' + "".join(items) + "</ul>"


def _archives_widget() -> str:
    months = {}
    for s in STORIES:
        d = _local(s)
        months[(d.year, d.month)] = months.get((d.year, d.month), 0) + 1
    items = "".join(
        f'<li><a href="/tin-tuc/archive/{y}/{m}">Tháng {m} {y}</a> ({n})</li>'
        for (y, m), n in sorted(months.items(), reverse=True)
    )
    return (f'<article class="widget-blog-archives widget"><header><h1>Lưu trữ</h1></header>'
            f'<div class="archives"><ul class="archiveMonthList">{items}</ul></div></article>')


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{_post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
        f'<span class="luot-xem">({BY_ID[i].views()} lượt xem)</span></li>'
        for i in MOST_READ
    )
    return f"""
<aside id="aside-second" class="col-md-3 aside-second">
 <div class="zone zone-aside-second">
  <article class="widget-search-form widget"><form action="/search" method="get" class="search-form">
   <input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form></article>
  <article class="widget-xem-nhieu widget"><header><h1>Xem nhiều</h1></header><ul class="list-xn">{most}</ul></article>
  {_archives_widget()}
  <article class="widget-thong-bao widget"><header><h1>Thông báo</h1></header>
   <marquee direction="up" scrollamount="2"><p>Lịch nghỉ Tết Dương lịch 2027: học sinh nghỉ ngày 01/01/2027.</p></marquee></article>
  <article class="widget-lien-ket widget"><header><h1>Liên kết</h1></header><ul>
   <li><a href="https://ninhthuan.edu.vn/" target="_blank" rel="noopener">Sở GD&amp;ĐT Ninh Thuận</a></li>
   <li><a href="https://moet.gov.vn/" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
   <li><a href="https://www.facebook.com/thptphanboichau.nt" target="_blank" rel="noopener">Fanpage nhà trường</a></li></ul></article>
  <article class="widget-binh-chon widget"><header><h1>Bình chọn</h1></header>
   <form action="/Poll/Vote" method="post"><p>Bạn biết đến website nhà trường qua đâu?</p>
   <label><input type="radio" name="opt" value="1" /> Giáo viên giới thiệu</label><br />
   <label><input type="radio" name="opt" value="2" /> Facebook</label><br />
   <label><input type="radio" name="opt" value="3" /> Tìm kiếm Google</label><br />
   <input type="hidden" name="__RequestVerificationToken" value="CfDJ8Pbc0rch4rd1x" />
   <button type="submit" class="btn btn-default btn-xs">Bình chọn</button></form></article>
  <article class="widget-thong-ke widget"><header><h1>Thống kê truy cập</h1></header>
   <ul class="counter"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>412</b></li>
   <li>Tổng truy cập: <b>1.284.906</b></li></ul></article>
 </div>
</aside>"""


def _page(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str,
          *, og_url: str | None = None, extra_head: str = "") -> Response:
    crumb = "".join(
        f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="active">{esc(t)}</li>'
        for t, h in [("Trang chủ", "/"), *crumbs]
    )
    og = f'<meta property="og:url" content="{base_url(request)}{og_url}" />' if og_url else ""
    login = "/users/account/logon?ReturnUrl=" + quote(request.target, safe="")
    page = f"""<!DOCTYPE html>
<html lang="vi" class="static orchard-blogs">
<head>
<meta charset="utf-8" />
<title>{esc(title)} - {SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Orchard" />
{og}
<meta property="og:site_name" content="{SITE}" />
<link href="/Themes/PBC.Bootstrap/Styles/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Themes/PBC.Bootstrap/Styles/site.css" rel="stylesheet" type="text/css" />
<link href="/Themes/PBC.Bootstrap/Content/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss?containerid=12" />
{extra_head}
<script src="/Modules/Orchard.jQuery/scripts/jquery-1.11.1.min.js" type="text/javascript"></script>
</head>
<body id="{'home' if request.path == '/' else 'layout'}" class="layout-main">
<div id="layout-wrapper">
 <header id="layout-header" class="group">
  <div class="top-bar"><div class="container"><span class="ngay-hien-tai">{HEADER_TODAY}</span>
   <span class="hotline">Hotline: 0259 3864 215</span></div></div>
  <div class="container">
   <h1 id="branding"><a href="/"><img src="/Themes/PBC.Bootstrap/Content/logo-pbc.png" alt="Logo" />
   {SITE}</a></h1>
   <p class="slogan">Sở Giáo dục và Đào tạo tỉnh Ninh Thuận</p>
  </div>
 </header>
 <nav id="layout-navigation" class="navbar navbar-default"><div class="container">{_menu()}</div></nav>
 <div id="layout-main-container"><div class="container">
  <ol class="breadcrumb">{crumb}</ol>
  <div class="row">
   <div id="layout-main" class="col-md-9"><div id="layout-content"><div id="content">
{main}
   </div></div></div>
   {_sidebar()}
  </div>
 </div></div>
 <footer id="layout-footer"><div class="container">
  <div class="footer-info"><p><strong>TRƯỜNG THPT PHAN BỘI CHÂU</strong></p>
  <p>Địa chỉ: Thị trấn Phước Dân, huyện Ninh Phước, tỉnh Ninh Thuận</p>
  <p>Điện thoại: 0259 3864 215 - Email: c3phanboichau@ninhthuan.edu.vn</p>
  <p>© 2026 Trường THPT Phan Bội Châu. Thiết kế bởi Công ty TNHH Giải pháp số Phan Rang.</p></div>
  <div class="user-display"><a href="{esc(login)}" rel="nofollow">Đăng nhập</a></div>
  <p class="powered-by">Powered by <a href="http://www.orchardproject.net" target="_blank">Orchard</a></p>
 </div></footer>
</div>
<script src="/Themes/PBC.Bootstrap/Scripts/bootstrap.min.js" type="text/javascript"></script>
</body>
</html>"""
    return html(page, headers={"X-Generator": "Orchard", "X-AspNetMvc-Version": "5.2"})


# --- summaries (listings, widgets) -----------------------------------------------------------


def _summary_item(s: Story, href: str | None = None, *, excerpt: bool = True) -> str:
    href = href or _post_path(s)
    local = _local(s)
    thumb = ""
    first = next(iter(s.images), None)
    if first is not None and excerpt:
        name = first.src.rsplit("/", 1)[1]
        thumb = (f'<div class="field-anh-dai-dien"><img src="/Media/Default/_Profiles/6e3b0c51/'
                 f'a0c1f2d4/{name}?v=637982" alt="" width="160" height="107" /></div>')
    body = ""
    if excerpt:
        body = (f'<p>{esc(_excerpt(s))}</p><p><a class="more" href="{href}">Xem tiếp</a></p>')
    return f"""<li><article class="content-item blog-post">
 <header><h1><a href="{href}">{esc(s.title)}</a></h1>
 <div class="metadata"><div class="published">{_relative(local)}</div>
 <div class="comment-count">{len(s.opts["comments"])} bình luận</div></div></header>
 {thumb}{body}
</article></li>"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    sep = "&" if "?" in base else "?"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}{sep}page={n}"

    lis = []
    if page > 1:
        lis.append(f'<li class="first"><a href="{href(1)}">«</a></li>')
        lis.append(f'<li class="previous"><a href="{href(page - 1)}">‹</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active current"><span>{n}</span></li>')
        else:
            lis.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li class="next"><a href="{href(page + 1)}">›</a></li>')
        lis.append(f'<li class="last"><a href="{href(pages)}">»</a></li>')
    return '<ul class="pager pagination">' + "".join(lis) + "</ul>"


def _listing(request: Request, title: str, crumbs, stories: list[Story], base: str,
             per_page: int) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    pages = max(1, -(-len(stories) // per_page))
    if page > pages:
        return None
    chunk = stories[(page - 1) * per_page: page * per_page]
    items = "".join(_summary_item(s) for s in chunk)
    main = (f'<article class="content-item blog"><header><h1>{esc(title)}</h1></header>'
            f'<ul class="blog-posts content-items">{items}</ul>{_pager(base, page, pages)}</article>')
    return _page(request, title, crumbs, main)


# --- post page -----------------------------------------------------------------------------


def _comments(s: Story) -> str:
    items = []
    for n, (who, when, txt) in enumerate(s.opts["comments"], start=1):
        local = datetime.strptime(when, "%Y-%m-%d %H:%M")
        cid = s.id * 10 + n
        items.append(
            f'<li><article class="comment comment-{cid}" id="comment-{cid}"><header><h4>'
            f'<span class="who">{esc(who)}</span> <span class="when">lúc '
            f'<a href="{_post_path(s)}#comment-{cid}">{_vi_short(local)}</a></span></h4></header>'
            f'<p class="text">{esc(txt)}</p></article></li>'
        )
    listing = (f'<h2 class="comment-count">{len(items)} bình luận</h2><ul class="comments">'
               + "".join(items) + "</ul>") if items else ""
    ret = quote(_post_path(s), safe="")
    return f"""<section id="comments" class="comments">
{listing}
<form action="/Comments/Comment/Create?ReturnUrl={ret}" method="post" class="comment-form">
 <fieldset class="who"><legend>Gửi bình luận</legend>
 <label for="Comments_Author">Họ tên</label><input id="Comments_Author" name="Comments.Author" type="text" />
 <label for="Comments_Email">Email</label><input id="Comments_Email" name="Comments.Email" type="text" />
 </fieldset><fieldset class="what"><label for="Comments_CommentText">Nội dung</label>
 <textarea id="Comments_CommentText" name="Comments.CommentText" rows="4"></textarea>
 <input name="CommentedOn" type="hidden" value="{s.id}" />
 <button class="primaryAction" type="submit">Gửi</button></fieldset>
 <input name="__RequestVerificationToken" type="hidden" value="Jx7pbc{s.id}Or1Ch4rdTk" />
</form></section>"""


def _recent_widget(current: Story) -> str:
    items = "".join(
        _summary_item(s, f"/Contents/Item/Display/{s.id}", excerpt=False)
        for s in NEWEST[:5] if s is not current
    )
    return (f'<div class="zone zone-after-content"><article class="widget-recent-blog-posts widget">'
            f'<header><h1>Bài viết gần đây</h1></header><ul class="blog-posts content-items">{items}</ul>'
            f"</article></div>")


def _post(request: Request, s: Story) -> Response:
    local = _local(s)
    tags = s.opts["tags"]
    badge = (f'<a class="label label-info" href="{_tag_path(tags[0])}">{esc(tags[0])}</a>'
             if tags else "")
    sapo = ""
    if s.summary and s.opts.get("sapo_field"):
        sapo = (f'<p class="text-field tom-tat"><span class="name">Tóm tắt:</span> '
                f'<span class="value">{esc(s.summary)}</span></p>')
    tag_line = ""
    if tags:
        links = ", ".join(f'<a href="{_tag_path(t)}">{esc(t)}</a>' for t in tags)
        tag_line = f'<p class="tags"><span>Thẻ:</span> {links}</p>'
    n_comments = len(s.opts["comments"])
    main = f"""<article class="content-item blog-post">
 <header>
  {badge}
  <h1>{esc(s.title)}</h1>
  <div class="metadata">
   <div class="published"><i class="glyphicon glyphicon-time"></i>
    <time datetime="{_utc_attr(local)}">{_vi_short(local)}</time></div>
   <div class="owner">Đăng bởi: quantri_pbc</div>
   <div class="comment-count"><a href="#comments">{n_comments} bình luận</a></div>
  </div>
 </header>
 {sapo}
{_render_body(s)}
 {tag_line}
 <footer class="post-tools"><a href="javascript:window.print()" class="in-bai">In bài</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + _post_path(s), safe='')}"
   target="_blank" class="share-fb"><img src="/Themes/PBC.Bootstrap/Content/fb-share.png" alt="Chia sẻ" /></a>
  <span class="luot-xem">Lượt xem: {s.views()}</span></footer>
</article>
{_comments(s)}
{_recent_widget(s)}"""
    return _page(request, s.title, [("Tin tức", "/tin-tuc"), (s.title, None)], main,
                 og_url=_post_path(s))


# --- Orchard Pages (not articles) -----------------------------------------------------------

_PAGES = {
    "/gioi-thieu": ("Giới thiệu", "2024-08-15 10:00", [
        "Trường THPT Phan Bội Châu được thành lập năm 1976, là một trong những trường trung học "
        "phổ thông lâu đời của tỉnh Ninh Thuận.",
        "Hiện nay trường có 32 lớp với hơn 1.200 học sinh, 86 cán bộ, giáo viên và nhân viên.",
        "Sứ mệnh của nhà trường là xây dựng môi trường học tập thân thiện, chất lượng, giúp học sinh "
        "phát triển toàn diện.",
    ]),
    "/gioi-thieu/lich-su-nha-truong": ("Lịch sử nhà trường", "2025-09-02 08:00", [
        "Năm 1976, trường được thành lập với tên gọi Trường cấp III Ninh Phước, gồm 6 lớp học và "
        "14 giáo viên từ khắp mọi miền đất nước tình nguyện về công tác.",
        "Năm 1990, trường được đổi tên thành Trường THPT Phan Bội Châu để ghi nhớ nhà chí sĩ yêu "
        "nước, người khởi xướng phong trào Đông Du.",
        "Qua gần 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh, "
        "nhiều người nay là cán bộ, nhà khoa học, doanh nhân thành đạt.",
        "Năm 2020, trường được công nhận đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo "
        "dục cấp độ 2.",
    ]),
}


def _orchard_page(request: Request, path: str) -> Response:
    title, when, paras = _PAGES[path]
    local = datetime.strptime(when, "%Y-%m-%d %H:%M")
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""<article class="content-item page">
 <header><h1>{esc(title)}</h1>
 <div class="metadata"><div class="published"><time datetime="{_utc_attr(local)}">{_vi_short(local)}</time></div></div>
 </header>
{body}
</article>"""
    crumbs = [("Giới thiệu", "/gioi-thieu"), (title, None)] if path != "/gioi-thieu" else [(title, None)]
    return _page(request, title, crumbs, main, og_url=path)


def _contact(request: Request) -> Response:
    main = """<article class="content-item page"><header><h1>Liên hệ</h1></header>
<p>Mọi thông tin xin gửi về Văn phòng nhà trường, điện thoại 0259 3864 215.</p>
<form action="/Contents/Item/Display/9" method="post" class="custom-form">
 <label>Họ tên</label><input name="LienHe.HoTen" type="text" />
 <label>Email</label><input name="LienHe.Email" type="text" />
 <label>Nội dung</label><textarea name="LienHe.NoiDung"></textarea>
 <button type="submit">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!pbc" width="600" height="300"></iframe>
</article>"""
    return _page(request, "Liên hệ", [("Liên hệ", None)], main)


def _album(request: Request) -> Response:
    pics = "".join(
        f'<li><a href="{img.src}" rel="lightbox"><img src="{img.src}" width="180" alt="" /></a></li>'
        for s in STORIES for img in s.images
    )
    main = (f'<article class="content-item page album"><header><h1>Thư viện ảnh</h1></header>'
            f'<ul class="gallery">{pics}</ul></article>')
    return _page(request, "Thư viện ảnh", [("Thư viện ảnh", None)], main)


def _document(request: Request) -> Response:
    main = """<article class="content-item van-ban"><header><h1>Kế hoạch năm học 2026-2027</h1></header>
<table class="table van-ban-info"><tbody>
<tr><th>Số hiệu</th><td>85/KH-THPTPBC</td></tr>
<tr><th>Ngày ban hành</th><td>05/09/2026</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch giáo dục nhà trường năm học 2026-2027</td></tr>
<tr><th>Người ký</th><td>Phạm Văn Hùng</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/Media/Default/van-ban/kh-85-kh-thptpbc.pdf">kh-85-kh-thptpbc.pdf</a></td></tr>
</tbody></table></article>"""
    return _page(request, "Kế hoạch năm học 2026-2027", [("Văn bản", None)], main)


# --- home, rss, login ------------------------------------------------------------------------


def _home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="/Tin-Tuc/{BY_ID[i].slug}">'
        f'<img src="/Media/Default/slider/slide-{n + 1}.jpg" alt="" /></a>'
        f'<div class="carousel-caption"><h3>{esc(BY_ID[i].title)}</h3></div></div>'
        for n, i in enumerate(SLIDER)
    )
    latest = "".join(_summary_item(s) for s in NEWEST[:5])
    main = f"""<div class="zone zone-featured"><div id="slider" class="carousel slide">
<div class="carousel-inner">{slides}</div></div></div>
<article class="widget-tin-moi widget"><header><h1>Tin mới nhất</h1></header>
<ul class="blog-posts content-items">{latest}</ul>
<p class="xem-tat-ca"><a href="/tin-tuc">Xem tất cả tin tức »</a></p></article>"""
    return _page(request, "Trang chủ", [], main)


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{_post_path(s)}</link>"
        f"<description>{esc(_excerpt(s))}</description>"
        f"<pubDate>{(_local(s) - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} GMT</pubDate>"
        f'<guid isPermaLink="true">{base}{_post_path(s)}</guid></item>'
        for s in NEWEST[:10]
    )
    xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title>'
           f"<link>{base}/tin-tuc</link><description>Tin tức</description>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _logon(request: Request) -> Response:
    main = """<h1>Đăng nhập</h1><form action="/users/account/logon" method="post">
<label>Tên đăng nhập</label><input name="userNameOrEmail" type="text" />
<label>Mật khẩu</label><input name="password" type="password" />
<button type="submit">Đăng nhập</button></form>"""
    return _page(request, "Đăng nhập", [("Đăng nhập", None)], main)


# --- the site ----------------------------------------------------------------------------------


class OrchardSite:
    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return None
        path = unquote(request.path)
        if path.startswith(("/Media/", "/Themes/", "/Modules/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        low = path.lower()
        if path == "/":
            return _home(request) if not request.query else None
        if low == "/tin-tuc":
            return _listing(request, "Tin tức", [("Tin tức", None)], NEWEST, "/tin-tuc", BLOG_PAGE)
        if low.startswith("/tin-tuc/archive/"):
            parts = path.split("/")[3:]
            if len(parts) != 2 or not all(p.isdigit() for p in parts):
                return None
            y, m = int(parts[0]), int(parts[1])
            chosen = [s for s in NEWEST if (_local(s).year, _local(s).month) == (y, m)]
            if not chosen:
                return None
            title = f"Lưu trữ tháng {m}/{y}"
            return _listing(request, title, [("Tin tức", "/tin-tuc"), (title, None)], chosen,
                            f"/tin-tuc/archive/{y}/{m}", ARCHIVE_PAGE)
        if low.startswith("/tin-tuc/"):
            s = BY_SLUG.get(low[len("/tin-tuc/"):])
            if s is None or request.query:
                return None
            # ASP.NET routes ignore case: only the slider's /Tin-Tuc/ spelling is linked
            return _post(request, s)
        if low.startswith("/contents/item/display/"):
            raw = path.rsplit("/", 1)[1]
            s = BY_ID.get(int(raw)) if raw.isdigit() else None
            return _post(request, s) if s and not request.query else None
        if low.startswith("/tags/"):
            tag = path[len("/tags/"):]
            if tag not in TAGS:
                return None
            chosen = [s for s in NEWEST if tag in s.opts["tags"]]
            title = f"Bài viết có thẻ: {tag}"
            return _listing(request, title, [("Tin tức", "/tin-tuc"), (tag, None)], chosen,
                            _tag_path(tag), BLOG_PAGE)
        if request.query:
            if path == "/rss" and request.params.get("containerid") == "12":
                return _rss(request)
            if path == "/users/account/logon":
                return _logon(request)
            return None
        if path in _PAGES:
            return _orchard_page(request, path)
        if path == "/lien-he":
            return _contact(request)
        if path == "/thu-vien-anh":
            return _album(request)
        if path == "/van-ban/ke-hoach-nam-hoc-2026-2027":
            return _document(request)
        if path == "/users/account/logon":
            return _logon(request)
        return None


def build_site() -> OrchardSite:
    return OrchardSite()


def _alts(s: Story) -> list[str]:
    alts = [f"/Contents/Item/Display/{s.id}"]
    if s.id in SLIDER:
        alts.append(f"/Tin-Tuc/{s.slug}")
    return alts


GOLD = [gold_record(s, _post_path(s), CAT, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/gioi-thieu/lich-su-nha-truong",
    "/lien-he",
    "/thu-vien-anh",
    "/van-ban/ke-hoach-nam-hoc-2026-2027",
]
