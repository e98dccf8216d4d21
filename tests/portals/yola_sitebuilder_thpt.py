"""Trường THPT Nguyễn Du (Đắk Lắk): a Yola sitebuilder site built by the school's IT teacher.

Platform
    Yola sitebuilder (hosted drag-and-drop builder). Every page is the builder's layout:
    ``div.sys_layout`` > ``#sys_region_1`` (content) / ``#sys_region_2`` (sidebar), widgets as
    ``div.Panel_sys`` with generated ids (``I7f3a1c``), text widgets as ``div.sys_txt`` whose
    lines are ``<div>`` elements (the builder's editor writes no ``<p>``), images as
    ``div.Image_Default``, columns as ``div.sys_column``. News lives in the builder's blog widget.

URL scheme
    ``/``                              home (welcome text, "Tin mới" widget: the 4 newest posts)
    ``/blog`` and ``/blog?page=N``     blog listing, 5 posts a page, pager "« Bài mới hơn /
                                       Bài cũ hơn »" only (3 pages; ``?page=1`` = ``/blog``)
    ``/blog/category/<slug>``          a category widget page: the 3 newest posts of the category
                                       and "Xem tất cả bài viết »" (to /blog), no pager
    ``/blog/<yyyy>/<mm>/<slug>``       a post; ``?comments=show`` (the listing's "N bình luận"
                                       link) serves the same post with its comments opened
    ``/<page>.php``                    builder pages (intro, staff, timetable, album, admissions,
                                       contact) and ONE news article the teacher built as a page
                                       before the blog widget was added (``/chao-mung-20-11.php``)
    ``/resources/…``                   images (``?timestamp=`` cache busters as Yola prints them)

Page templates
    blog post: header banner (site name in ``h1``, today's date), menu with drop-downs (twice:
    desktop ``ul.sys_navigation`` and the mobile ``select``), content region with the blog widget
    (``div.ys_blog_entry``: ``h2.ys_blog_entry_title`` linking to itself, date line, hidden share
    excerpt, ``div.ys_blog_entry_body``, footer line "Đăng bởi … | Chuyên mục: … | N bình luận",
    comment thread), sidebar (recent posts, categories, poll, visitor
    counter, links), footer with address and "Cập nhật: …".

How each gold article is reached
    12 blog posts: from /blog, /blog?page=2, /blog?page=3 (title link, "Đọc tiếp »" link and the
    "N bình luận" link each); the 4 newest also from the home page and the 5 newest from the
    sidebar; category pages show only the 3 newest of their category, so "Hưởng ứng Tuần lễ học
    tập suốt đời năm 2026" is reached only through /blog?page=3.
    1 builder page: ``/chao-mung-20-11.php``, from the "Tin tức" drop-down of the menu and a
    banner link on the home page.

Traps
    1. Dates printed as the builder's US order with Vietnamese month names and a 12-hour clock:
       "Tháng Mười Hai 03, 2026 lúc 2:30 CH" -> 2026-12-03T14:30:00+07:00 ("CH" = p.m.,
       "SA" = a.m.; "Tháng Mười Một 06" is November 6th, not a day 11 or a month 6).
    2. A post printed at "12:30 SA" (half past midnight) on Dec 1 sits under ``/blog/2026/11/``
       (the URL keeps the month it was drafted in) and carries a machine date in UTC,
       ``<abbr title="2026-11-30T17:30:00Z">``: gold is the printed local time
       2026-12-01T00:30:00+07:00, neither the URL's month nor the UTC day. "12:00 SA" on another
       post is midnight: the day alone (2026-11-28).
    3. The ``<title>`` is the blog page's name ("Tin tức | THPT Nguyễn Du - Đắk Lắk") and the
       only ``h1`` is the site name in the banner: the headline is the widget's ``h2`` (a link to
       the post itself). Gold title = the ``h2`` text.
    4. Each post carries a hidden share excerpt (``div.ys_blog_share_txt``, ``display:none``,
       the first ~160 characters cut with "…") before its body, and a meta description: neither
       is a sapo or body text; summary stays null unless the post opens with a bold lead.
    5. Text widget lines are ``<div>`` elements with ``<div><br></div>`` spacers, headings are
       ``<span style="font-size:16px"><strong>`` lines, one line holds two sentences split by a
       ``<br>`` (two paragraphs in gold), tables are the builder's ``table.sys_tbl`` (cells joined
       by " | ").
    6. Captions are a separate centred text line in 11px italics *after* the image's own
       ``div.Image_Default`` (the image has only a generated ``alt="image"``); a line that only
       says "Ảnh: X" credits a photographer (caption None, X in photographers).
    7. Bylines carry honorifics and posts: "Bài: cô Nguyễn Thị Thu Hà (Tổ Ngữ văn) - Ảnh: em Lê
       Minh Quân (11A2)" -> authors ["Nguyễn Thị Thu Hà"], photographers ["Lê Minh Quân"];
       "Thầy", "cô", "em" are titles. The widget's "Đăng bởi nguyendu_admin" is a CMS account.
    8. The blog listing prints a post *in full* when it has no "read more" break (the short
       notices): /blog looks like an article page with a heading, a date and body text. It is a
       listing; the article is the post's permalink.
    9. The same post is linked three times from each listing (title, "Đọc tiếp »", and
       "2 bình luận" -> ``?comments=show#ys_comments``); the last URL serves the same article
       (with the comment thread opened): an alt path, not a second article.
    10. Comment threads under posts print readers' names, dates in the same format and text
        ("Phụ huynh em Hoàng Gia Bảo (10A3)" …): not body, not authors, not the date.
    11. One article is not a blog post but a builder page among the intro/contact ``.php``
        pages: its headline is a heading widget, its "breadcrumb" a typed text line, its date a
        typed "Đăng ngày: 21/11/2026" while the builder footer prints "Cập nhật: 22/11/2026";
        its text sits in a two-column layout (text left, photos with captions right) plus a
        full-width panel below.
    12. A post filed in two categories prints "Chuyên mục: Học tập - Thi cử, Thông báo" and
        shows on both category pages: gold category is the first printed.
    13. The menu is printed twice (desktop ``ul`` and a mobile ``<select>`` whose options carry
        the same URLs); the sidebar "Thông báo" text widget holds a long paragraph that reads
        like article text.

Gold decisions on ambiguous points
    - A post's date is the widget's printed date line (local time), never the URL's month, the
      UTC ``abbr`` title, the comments' dates or the footer's "Cập nhật".
    - The builder-page article's category is what its typed breadcrumb line prints between home
      and the page ("Tin tức - Sự kiện"); its date is the typed "Đăng ngày" (a day, no time);
      its right-aligned "Công đoàn trường" line is the author as printed.
    - In the builder page, body order is DOM order: left column, then the bottom panel; the
      photos' captions (right column) are not body.
    - Category of a multi-category post: the first one printed in its footer line.
    - "Nguồn: Sở GD&ĐT Đắk Lắk" closing a post -> source "Sở GD&ĐT Đắk Lắk"; a "Xem thêm:" line
      with a link is not body.
    - Listing pages, category pages and ``?page=1`` are not articles and are not NON_ARTICLES
      (NON_ARTICLES lists only the builder's real pages).
"""

from __future__ import annotations

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "yola_sitebuilder_thpt"
PLATFORM = "Yola sitebuilder (blog widget)"
START_PATH = "/"

SITE = "Trường THPT Nguyễn Du"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "doan-thanh-nien": "Đoàn Thanh niên",
    "hoc-tap-thi-cu": "Học tập - Thi cử",
    "thong-bao": "Thông báo",
}

_MONTHS = {10: "Tháng Mười", 11: "Tháng Mười Một", 12: "Tháng Mười Hai"}


def when(month: int, day: int, clock: str) -> str:
    """The widget's date line: "Tháng Mười Hai 03, 2026 lúc 2:30 CH"."""
    return f"{_MONTHS[month]} {day:02d}, 2026 lúc {clock}"


def _img(name: str, ts: int = 1764900000) -> str:
    return f"/resources/{name}.jpg?timestamp={ts}"


def _byline(line: str) -> Raw:
    return Raw(f'<div style="text-align:right;"><strong><em>{esc(line)}</em></strong></div>')


def _right(line: str) -> Raw:
    return Raw(f'<div style="text-align:right;"><strong>{esc(line)}</strong></div>')


# --- the articles ------------------------------------------------------------------------------

S_KIEMTRA = Story(
    id=1,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-12-04T16:45:00+07:00",
    blocks=[
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với học sinh "
          "các khối 10, 11 và 12 như sau:"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
        P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("14/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
        P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh "
          "và dụng cụ học tập cần thiết."),
        P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh lớp mình phụ trách."),
        _right("Phòng Giáo vụ"),
    ],
    authors=["Phòng Giáo vụ"],
    opts={"ym": "2026/12", "date": when(12, 4, "4:45 CH"), "utc": "2026-12-04T09:45:00Z",
          "full_on_list": True, "cats": ["thong-bao"], "comments": []},
)

S_AOAM = Story(
    id=2,
    slug="xuan-yeu-thuong-quyen-gop-ao-am",
    title="Chương trình “Xuân yêu thương” quyên góp áo ấm cho học sinh vùng khó",
    cat="doan-thanh-nien",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P("Hưởng ứng phong trào “Tết vì người nghèo”, Đoàn trường THPT Nguyễn Du phát động "
          "chương trình “Xuân yêu thương” quyên góp áo ấm, sách vở cho học sinh các buôn vùng "
          "khó khăn của huyện Krông Bông."),
        P("Sau hai tuần triển khai, các chi đoàn đã quyên góp được hơn 600 chiếc áo ấm, 1.200 "
          "quyển vở và 15 triệu đồng tiền mặt. Chi đoàn 11A2 và 12A1 là hai đơn vị dẫn đầu."),
        Img(_img("xuan-yeu-thuong-1"), "Đoàn viên chi đoàn 11A2 phân loại áo ấm quyên góp được",
            "Đoàn viên chi đoàn 11A2 phân loại áo ấm quyên góp được"),
        P("Kế hoạch trao quà", "h"),
        P("Ngày 20/12/2026, đoàn công tác của nhà trường sẽ trao quà tại Trường THCS Yang Mao.",
          "br"),
        P("Mọi đóng góp xin gửi về Văn phòng Đoàn trường trước ngày 15/12/2026."),
        Img(_img("xuan-yeu-thuong-2"), "Ảnh: em Lê Minh Quân", None),
        _byline("Bài: cô Nguyễn Thị Thu Hà (Tổ Ngữ văn) - Ảnh: em Lê Minh Quân (11A2)"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Lê Minh Quân"],
    opts={"ym": "2026/12", "date": when(12, 3, "2:30 CH"), "utc": "2026-12-03T07:30:00Z",
          "cats": ["doan-thanh-nien"],
          "comments": [
              ("Phụ huynh em Hoàng Gia Bảo (10A3)", when(12, 4, "7:05 SA"),
               "Chương trình rất ý nghĩa, gia đình em xin gửi 10 chiếc áo qua cô chủ nhiệm."),
              ("Cựu học sinh khóa 2015", when(12, 4, "9:40 CH"),
               "Cho em hỏi cựu học sinh có thể chuyển khoản ủng hộ không ạ?"),
          ]},
)

S_KHKT = Story(
    id=3,
    slug="hoc-sinh-12a1-dat-giai-nhat-khkt-cap-tinh",
    title="Học sinh lớp 12A1 đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh",
    cat="hoc-tap-thi-cu",
    published_at="2026-12-01T00:30:00+07:00",
    summary="Dự án “Hệ thống tưới cà phê tiết kiệm nước dùng cảm biến độ ẩm” của hai em H’Linh "
            "Êban và Phạm Đức Anh, lớp 12A1, vừa đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp "
            "tỉnh năm học 2026-2027.",
    blocks=[
        P("Dự án “Hệ thống tưới cà phê tiết kiệm nước dùng cảm biến độ ẩm” của hai em H’Linh "
          "Êban và Phạm Đức Anh, lớp 12A1, vừa đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp "
          "tỉnh năm học 2026-2027.", "lead"),
        P("Cuộc thi do Sở Giáo dục và Đào tạo Đắk Lắk tổ chức từ ngày 27 đến 29/11/2026 với 86 "
          "dự án của học sinh trung học trong toàn tỉnh."),
        P("Dự án của nhóm được thầy Trần Văn Nam, giáo viên Vật lý, hướng dẫn trong bốn tháng. "
          "Hệ thống đã được thử nghiệm tại vườn cà phê của gia đình em Đức Anh ở xã Ea Tu."),
        Img(_img("khkt-12a1"), "Hai em H’Linh Êban và Phạm Đức Anh giới thiệu dự án với ban "
            "giám khảo", "Hai em H’Linh Êban và Phạm Đức Anh giới thiệu dự án với ban giám khảo"),
        P("Với kết quả này, dự án được chọn tham dự cuộc thi Khoa học kỹ thuật cấp quốc gia vào "
          "tháng 3/2027."),
        _byline("Thầy Trần Văn Nam"),
    ],
    authors=["Trần Văn Nam"],
    opts={"ym": "2026/11", "date": when(12, 1, "12:30 SA"), "utc": "2026-11-30T17:30:00Z",
          "cats": ["hoc-tap-thi-cu"], "comments": []},
)

S_HOITHAO = Story(
    id=4,
    slug="hoi-thao-doi-moi-phuong-phap-day-hoc-ngu-van",
    title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn",
    cat="hoc-tap-thi-cu",
    published_at="2026-11-28",
    blocks=[
        P("Sáng 27/11/2026, Tổ Ngữ văn tổ chức hội thảo chuyên đề “Dạy học đọc hiểu văn bản "
          "theo định hướng phát triển năng lực” với sự tham gia của giáo viên Ngữ văn các "
          "trường THPT trong cụm thi đua số 3."),
        P("Các báo cáo tham luận tập trung vào ba nội dung chính:"),
        P("Thiết kế câu hỏi đọc hiểu theo các mức độ nhận thức;", "li"),
        P("Sử dụng sơ đồ tư duy trong tiết đọc văn bản;", "li"),
        P("Đánh giá năng lực đọc của học sinh qua hồ sơ học tập.", "li"),
        P("Tiết dạy minh họa bài “Người lái đò Sông Đà” của cô Nguyễn Thị Thu Hà lớp 12A3 được "
          "các đại biểu đánh giá cao về cách tổ chức hoạt động nhóm."),
        Img(_img("hoi-thao-ngu-van"), "Tiết dạy minh họa tại lớp 12A3",
            "Tiết dạy minh họa tại lớp 12A3"),
        _right("Tổ Ngữ văn"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"ym": "2026/11", "date": when(11, 28, "12:00 SA"), "utc": "2026-11-27T17:00:00Z",
          "cats": ["hoc-tap-thi-cu"],
          "comments": [("Cô Lê Thị Hoa - THPT Buôn Ma Thuột", when(11, 29, "8:15 CH"),
                        "Cảm ơn Tổ Ngữ văn đã chia sẻ, xin tài liệu hội thảo ạ.")]},
)

S_BONGDA = Story(
    id=5,
    slug="giai-bong-da-nam-chao-mung-20-11",
    title="Giải bóng đá nam học sinh chào mừng ngày 20/11",
    cat="doan-thanh-nien",
    published_at="2026-11-25T08:10:00+07:00",
    blocks=[
        P("Từ ngày 10 đến 19/11/2026, Đoàn trường tổ chức giải bóng đá nam học sinh chào mừng "
          "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham gia của 18 đội bóng."),
        P("Trận chung kết giữa lớp 11A4 và 12A2 diễn ra hấp dẫn, kết thúc với tỷ số 2-1 nghiêng "
          "về đội bóng lớp 11A4."),
        Img(_img("bong-da-1"), "Pha tranh bóng trong trận chung kết",
            "Pha tranh bóng trong trận chung kết"),
        Img(_img("bong-da-2"), "Ban tổ chức trao cúp cho đội vô địch lớp 11A4",
            "Ban tổ chức trao cúp cho đội vô địch lớp 11A4"),
        P("Giải thưởng cá nhân: Vua phá lưới thuộc về em Y Thoan Mlô (11A4) với 7 bàn thắng; "
          "thủ môn xuất sắc là em Nguyễn Hữu Lộc (12A2)."),
        _byline("Tin: Đoàn trường - Ảnh: Trần Quốc Bảo"),
    ],
    authors=["Đoàn trường"],
    photographers=["Trần Quốc Bảo"],
    opts={"ym": "2026/11", "date": when(11, 25, "8:10 SA"), "utc": "2026-11-25T01:10:00Z",
          "cats": ["doan-thanh-nien"], "comments": []},
)

S_2011 = Story(
    id=6,
    slug="chao-mung-20-11",
    title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-21",
    blocks=[
        P("Sáng 20/11/2026, Trường THPT Nguyễn Du long trọng tổ chức lễ mít tinh kỷ niệm 44 năm "
          "Ngày Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo địa phương, Ban đại diện "
          "cha mẹ học sinh cùng toàn thể cán bộ, giáo viên và học sinh nhà trường."),
        P("Phát biểu tại buổi lễ, thầy Hiệu trưởng Lê Quang Vinh ôn lại truyền thống tôn sư "
          "trọng đạo của dân tộc và những thành tích nổi bật của nhà trường trong năm học "
          "2025-2026."),
        P("Nhân dịp này, 12 thầy cô giáo được tặng Giấy khen của Sở Giáo dục và Đào tạo vì có "
          "thành tích xuất sắc trong công tác giảng dạy."),
        Img(_img("mit-tinh-2011-1", 1763700000), "Thầy Hiệu trưởng phát biểu tại lễ mít tinh",
            "Thầy Hiệu trưởng phát biểu tại lễ mít tinh"),
        Img(_img("mit-tinh-2011-2", 1763700000), "Học sinh tặng hoa chúc mừng thầy cô",
            "Học sinh tặng hoa chúc mừng thầy cô"),
        P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đoàn dàn dựng, trong đó "
          "tiết mục múa “Hoa Ê-pang” của chi đoàn 10A5 nhận được nhiều tràng pháo tay."),
        _right("Công đoàn trường"),
    ],
    authors=["Công đoàn trường"],
    opts={"path": "/chao-mung-20-11.php"},
)

S_PHUHUYNH = Story(
    id=7,
    slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
    title="Tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I",
    cat="tin-tuc-su-kien",
    published_at="2026-11-18T15:00:00+07:00",
    blocks=[
        P("Chiều 16/11/2026, nhà trường tổ chức hội nghị cha mẹ học sinh giữa học kỳ I tại 36 "
          "lớp học."),
        P("Tại hội nghị, giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện của học sinh "
          "và trao đổi các biện pháp phối hợp giữa gia đình và nhà trường."),
        P("Nhiều phụ huynh bày tỏ sự đồng tình với việc nhà trường tăng cường quản lý học sinh "
          "sử dụng điện thoại trong giờ học."),
        Raw('<div>Xem thêm: <a href="/blog/2026/10/le-khai-mac-hoi-thao-gdqp">'
            "Kế hoạch năm học 2026-2027</a></div>"),
        _byline("Văn phòng nhà trường"),
    ],
    authors=["Văn phòng nhà trường"],
    opts={"ym": "2026/11", "date": when(11, 18, "3:00 CH"), "utc": "2026-11-18T08:00:00Z",
          "cats": ["tin-tuc-su-kien"], "comments": []},
)

S_HSG = Story(
    id=8,
    slug="ket-qua-thi-chon-doi-tuyen-hsg-cap-truong",
    title="Kết quả thi chọn đội tuyển học sinh giỏi cấp trường",
    cat="hoc-tap-thi-cu",
    published_at="2026-11-12T09:20:00+07:00",
    blocks=[
        P("Căn cứ kết quả kỳ thi chọn học sinh giỏi cấp trường ngày 07/11/2026, nhà trường "
          "công bố danh sách đội tuyển dự thi học sinh giỏi cấp tỉnh như sau:"),
        P("Môn | Số học sinh | Giáo viên phụ trách", "tr"),
        P("Toán | 6 | Thầy Đỗ Minh Tuấn", "tr"),
        P("Vật lý | 5 | Thầy Trần Văn Nam", "tr"),
        P("Ngữ văn | 6 | Cô Nguyễn Thị Thu Hà", "tr"),
        P("Tiếng Anh | 4 | Cô Phan Thị Ngọc", "tr"),
        P("Đội tuyển bắt đầu ôn tập từ ngày 16/11/2026 theo thời khóa biểu riêng."),
    ],
    opts={"ym": "2026/11", "date": when(11, 12, "9:20 SA"), "utc": "2026-11-12T02:20:00Z",
          "cats": ["hoc-tap-thi-cu", "thong-bao"], "comments": []},
)

S_CONGCHIENG = Story(
    id=9,
    slug="ngoai-khoa-van-hoa-cong-chieng-tay-nguyen",
    title="Ngoại khóa tìm hiểu văn hóa cồng chiêng Tây Nguyên",
    cat="tin-tuc-su-kien",
    published_at="2026-11-06T10:00:00+07:00",
    blocks=[
        P("Nhằm giáo dục học sinh tình yêu đối với di sản văn hóa của quê hương, sáng 05/11/2026 "
          "nhà trường tổ chức buổi ngoại khóa “Không gian văn hóa cồng chiêng Tây Nguyên”."),
        P("Nghệ nhân Y Pum Byă đến từ buôn Akŏ Dhông giới thiệu với học sinh về các bộ chiêng "
          "của người Êđê và ý nghĩa của tiếng chiêng trong đời sống buôn làng."),
        Img(_img("cong-chieng-1"), "Nghệ nhân Y Pum Byă hướng dẫn học sinh đánh chiêng",
            "Nghệ nhân Y Pum Byă hướng dẫn học sinh đánh chiêng"),
        P("Đội chiêng của học sinh nhà trường", "h"),
        P("Đội chiêng gồm 14 em học sinh người Êđê và M’nông, được thành lập từ năm 2024, đã "
          "biểu diễn tại nhiều lễ hội của tỉnh."),
        Img(_img("cong-chieng-2"), "Ảnh: Y Khang Niê", None),
        _byline("Tin, ảnh: Y Khang Niê"),
    ],
    authors=["Y Khang Niê"],
    photographers=["Y Khang Niê"],
    opts={"ym": "2026/11", "date": when(11, 6, "10:00 SA"), "utc": "2026-11-06T03:00:00Z",
          "cats": ["tin-tuc-su-kien"],
          "comments": [("Nguyễn Văn Hùng", when(11, 7, "6:30 CH"),
                        "Tự hào về các em! Mong nhà trường duy trì đội chiêng.")]},
)

S_GDQP = Story(
    id=10,
    slug="le-khai-mac-hoi-thao-gdqp",
    title="Thông báo lịch tổ chức Hội thao Giáo dục quốc phòng - an ninh khối 11",
    cat="thong-bao",
    published_at="2026-10-28T07:30:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch năm học 2026-2027, nhà trường tổ chức Hội thao Giáo dục quốc "
          "phòng - an ninh cho học sinh khối 11 vào ngày 08/11/2026 tại sân trường."),
        P("Nội dung thi gồm: điều lệnh đội ngũ từng người, tháo lắp súng AK và băng bó cứu "
          "thương. Mỗi lớp cử một đội gồm 10 học sinh."),
        P("Danh sách đội thi nộp về thầy Nguyễn Văn Hải trước ngày 04/11/2026."),
    ],
    opts={"ym": "2026/10", "date": when(10, 28, "7:30 SA"), "utc": "2026-10-28T00:30:00Z",
          "full_on_list": True, "cats": ["thong-bao"], "comments": []},
)

S_2010 = Story(
    id=11,
    slug="toa-dam-ngay-phu-nu-viet-nam-20-10",
    title="Tọa đàm kỷ niệm ngày Phụ nữ Việt Nam 20/10",
    cat="tin-tuc-su-kien",
    published_at="2026-10-20T16:20:00+07:00",
    blocks=[
        P("Chiều 19/10/2026, Công đoàn trường tổ chức buổi tọa đàm kỷ niệm 96 năm Ngày thành "
          "lập Hội Liên hiệp Phụ nữ Việt Nam."),
        P("Buổi tọa đàm có chủ đề “Người phụ nữ trong sự nghiệp trồng người”, với nhiều chia sẻ "
          "xúc động của các cô giáo về việc cân bằng giữa công việc và gia đình."),
        Img(_img("toa-dam-2010"), "Các cô giáo nhà trường tại buổi tọa đàm",
            "Các cô giáo nhà trường tại buổi tọa đàm"),
        _byline("Bài, ảnh: cô Phan Thị Ngọc"),
    ],
    authors=["Phan Thị Ngọc"],
    photographers=["Phan Thị Ngọc"],
    opts={"ym": "2026/10", "date": when(10, 20, "4:20 CH"), "utc": "2026-10-20T09:20:00Z",
          "cats": ["tin-tuc-su-kien"], "comments": []},
)

S_DAIHOI = Story(
    id=12,
    slug="dai-hoi-doan-truong-nhiem-ky-2026-2027",
    title="Đại hội Đoàn trường THPT Nguyễn Du nhiệm kỳ 2026-2027",
    cat="doan-thanh-nien",
    published_at="2026-10-15T11:05:00+07:00",
    blocks=[
        P("Ngày 14/10/2026, Đoàn trường THPT Nguyễn Du tổ chức thành công Đại hội đại biểu nhiệm "
          "kỳ 2026-2027 với 150 đại biểu đại diện cho hơn 1.400 đoàn viên."),
        P("Đại hội đã bầu Ban Chấp hành Đoàn trường gồm 15 đồng chí; đồng chí Nguyễn Văn Hải "
          "được bầu giữ chức Bí thư Đoàn trường."),
        P("Chỉ tiêu nhiệm kỳ", "h"),
        P("100% chi đoàn tổ chức sinh hoạt chủ điểm hằng tháng;", "li"),
        P("Kết nạp ít nhất 200 đoàn viên mới;", "li"),
        P("Mỗi chi đoàn có ít nhất một công trình thanh niên.", "li"),
        Img(_img("dai-hoi-doan"), "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt đại hội",
            "Ban Chấp hành Đoàn trường nhiệm kỳ 2026-2027 ra mắt đại hội"),
    ],
    opts={"ym": "2026/10", "date": when(10, 15, "11:05 SA"), "utc": "2026-10-15T04:05:00Z",
          "cats": ["doan-thanh-nien"], "comments": []},
)

S_HOCTAP = Story(
    id=13,
    slug="huong-ung-tuan-le-hoc-tap-suot-doi-2026",
    title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-08T09:00:00+07:00",
    blocks=[
        P("Thực hiện hướng dẫn của Sở Giáo dục và Đào tạo, nhà trường tổ chức các hoạt động "
          "hưởng ứng Tuần lễ học tập suốt đời năm 2026 từ ngày 01 đến 07/10/2026."),
        P("Thư viện nhà trường mở cửa cả ngày thứ Bảy, tổ chức trưng bày sách theo chủ đề “Đọc "
          "sách - mở rộng tri thức” và cuộc thi giới thiệu sách dành cho học sinh khối 10."),
        P("Theo kế hoạch, kết quả cuộc thi sẽ được công bố trong buổi chào cờ đầu tháng 11."),
        Raw('<div style="text-align:right;"><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></div>'),
    ],
    source="Sở GD&ĐT Đắk Lắk",
    opts={"ym": "2026/10", "date": when(10, 8, "9:00 SA"), "utc": "2026-10-08T02:00:00Z",
          "cats": ["tin-tuc-su-kien"], "comments": []},
)

POSTS = [S_KIEMTRA, S_AOAM, S_KHKT, S_HOITHAO, S_BONGDA, S_PHUHUYNH, S_HSG, S_CONGCHIENG,
         S_GDQP, S_2010, S_DAIHOI, S_HOCTAP]
BUILDER_ARTICLE = S_2011


def post_path(story: Story) -> str:
    return f"/blog/{story.opts['ym']}/{story.slug}"


def _gold(story: Story) -> dict:
    if story is BUILDER_ARTICLE:
        return gold_record(story, story.opts["path"], CATS[story.cat])
    path = post_path(story)
    return gold_record(story, path, CATS[story.cat], alt_paths=[path + "?comments=show"])


GOLD = [_gold(s) for s in [*POSTS[:5], BUILDER_ARTICLE, *POSTS[5:]]]

# --- builder pages that are not articles -------------------------------------------------------

BUILDER_PAGES: dict[str, tuple[str, str]] = {
    "/gioi-thieu.php": ("Giới thiệu", """
<div>Trường THPT Nguyễn Du được thành lập năm 1994, đóng tại thị trấn Krông Kmar, huyện Krông
Bông, tỉnh Đắk Lắk.</div><div><br></div>
<div>Năm học 2026-2027 nhà trường có 36 lớp với 1.412 học sinh, 78 cán bộ, giáo viên, nhân
viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2019.</div>"""),
    "/doi-ngu-giao-vien.php": ("Đội ngũ", """
<table class="sys_tbl" border="1" cellpadding="4"><tr><td><strong>Họ và tên</strong></td>
<td><strong>Chức vụ</strong></td></tr><tr><td>Lê Quang Vinh</td><td>Hiệu trưởng</td></tr>
<tr><td>Hoàng Thị Lan</td><td>Phó Hiệu trưởng</td></tr><tr><td>Đỗ Minh Tuấn</td>
<td>Tổ trưởng Tổ Toán</td></tr><tr><td>Nguyễn Thị Thu Hà</td><td>Tổ trưởng Tổ Ngữ văn</td></tr>
</table>"""),
    "/thoi-khoa-bieu.php": ("Thời khóa biểu", """
<div>Thời khóa biểu học kỳ I áp dụng từ ngày 16/11/2026:</div>
<div><a href="/resources/tkb-hk1-2026.pdf">Tải thời khóa biểu (PDF)</a></div>"""),
    "/thu-vien-anh.php": ("Thư viện ảnh", """
<div class="Gallery_Default"><a href="/resources/album/khai-giang-1.jpg"><img
src="/resources/album/thumb-khai-giang-1.jpg" alt="image"></a><a
href="/resources/album/khai-giang-2.jpg"><img src="/resources/album/thumb-khai-giang-2.jpg"
alt="image"></a><a href="/resources/album/trai-he-1.jpg"><img
src="/resources/album/thumb-trai-he-1.jpg" alt="image"></a></div>"""),
    "/tuyen-sinh-lop-10.php": ("Tuyển sinh lớp 10", """
<div><span style="font-size:16px;"><strong>Thông tin tuyển sinh lớp 10 năm học 2027-2028
</strong></span></div><div>Nhà trường dự kiến tuyển 12 lớp 10 theo hình thức xét tuyển kết hợp
thi tuyển. Hồ sơ nhận tại văn phòng từ tháng 5/2027.</div>"""),
    "/lien-he.php": ("Liên hệ", """
<div>Địa chỉ: Tổ dân phố 3, thị trấn Krông Kmar, huyện Krông Bông, tỉnh Đắk Lắk</div>
<div>Điện thoại: 0262 3873 xxx - Email: thptnguyendu.kb@daklak.edu.vn</div>
<form class="sys_form" method="post" action="/lien-he.php"><input name="ten"
placeholder="Họ tên"><textarea name="noidung"></textarea><button>Gửi</button></form>"""),
}
NON_ARTICLES = list(BUILDER_PAGES)

# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.php", "Giới thiệu", [("/doi-ngu-giao-vien.php", "Đội ngũ")]),
    ("/blog", "Tin tức", [(f"/blog/category/{k}", v) for k, v in CATS.items()]
     + [("/chao-mung-20-11.php", "Chào mừng 20/11")]),
    ("/thoi-khoa-bieu.php", "Thời khóa biểu", []),
    ("/thu-vien-anh.php", "Thư viện ảnh", []),
    ("/tuyen-sinh-lop-10.php", "Tuyển sinh", []),
    ("/lien-he.php", "Liên hệ", []),
]


def _menu(current: str) -> str:
    items = []
    for i, (href, label, subs) in enumerate(MENU):
        sel = ' class="selected"' if href == current else ""
        sub = ""
        if subs:
            sub = '<ul class="sys_sub">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li id="ys_menu_{i}"{sel}><a href="{href}" title="{esc(label)}">'
                     f"{esc(label)}</a>{sub}</li>")
    options = "".join(
        f'<option value="{h}">{"-- " if sub else ""}{esc(t)}</option>'
        for href, label, subs in MENU
        for h, t, sub in [(href, label, False), *[(a, b, True) for a, b in subs]])
    return (f'<div id="sys_navigation" class="sys_navigation"><ul class="sys_navigation">'
            f'{"".join(items)}</ul></div>'
            f'<div id="sys_mobile_nav"><select onchange="location.href=this.value">'
            f'{options}</select></div>')


def _sidebar() -> str:
    recent = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>'
                     for s in POSTS[:5])
    cats = "".join(f'<li><a href="/blog/category/{k}">{esc(v)}</a></li>'
                   for k, v in CATS.items())
    return f"""
<div id="sys_region_2" class="sys_column">
 <div id="I8c21a0" class="Panel_sys"><div class="sys_txt">
  <div><span style="font-size:14px;"><strong>THÔNG BÁO</strong></span></div>
  <div>Nhà trường đề nghị cha mẹ học sinh thường xuyên theo dõi kết quả học tập của con em qua
  sổ liên lạc điện tử và liên hệ giáo viên chủ nhiệm khi cần trao đổi. Học sinh nghỉ học phải
  có giấy xin phép của phụ huynh gửi giáo viên chủ nhiệm trước buổi học.</div>
 </div></div>
 <div id="I8c21a1" class="Panel_sys Blog_Recent"><h3 class="sys_widget_title">Bài viết mới</h3>
  <ul>{recent}</ul></div>
 <div id="I8c21a2" class="Panel_sys Blog_Categories"><h3 class="sys_widget_title">Chuyên mục</h3>
  <ul>{cats}</ul></div>
 <div id="I8c21a3" class="Panel_sys Poll_Default"><h3 class="sys_widget_title">Thăm dò ý kiến</h3>
  <form action="#"><div>Bạn thấy website nhà trường thế nào?</div>
  <label><input type="radio" name="p" value="1"> Rất hữu ích</label>
  <label><input type="radio" name="p" value="2"> Bình thường</label>
  <button type="button">Bình chọn</button></form></div>
 <div id="I8c21a4" class="Panel_sys Counter_Default"><div class="sys_txt">
  <div>Đang online: 14</div><div>Hôm nay: 236</div><div>Tổng truy cập: 412.857</div>
 </div></div>
 <div id="I8c21a5" class="Panel_sys Links_Default"><h3 class="sys_widget_title">Liên kết</h3>
  <ul><li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
  <li><a href="https://www.facebook.com/thptnguyendu.krongbong" target="_blank">Fanpage</a></li>
  <li><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></li></ul></div>
</div>"""


def page(request: Request, title: str, current: str, content: str, *, canonical: str = "",
         description: str = "", updated: str = "02/12/2026") -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} | THPT Nguyễn Du - Đắk Lắk</title>{desc}{canon}
<meta name="generator" content="Yola Sitebuilder">
<link rel="stylesheet" href="/resources/sys/yola-layout.css">
<script src="/resources/sys/yola-site.js"></script>
</head><body class="sys_body">
<div id="sys_banner" style="background:url(/resources/banner-nguyendu.jpg)">
 <div id="sys_heading"><a href="/"><img src="/resources/logo-nguyendu.png" alt="logo"></a>
 <h1>TRƯỜNG THPT NGUYỄN DU</h1><div class="sys_slogan">Krông Bông - Đắk Lắk</div></div>
 <div id="sys_today">{HEADER_TODAY}</div>
</div>
{_menu(current)}
<div class="sys_layout">
<div id="sys_region_1" class="sys_column">{content}</div>
{_sidebar()}
</div>
<div id="sys_footer"><div class="sys_txt">
 <div><strong>TRƯỜNG THPT NGUYỄN DU</strong></div>
 <div>Địa chỉ: Tổ dân phố 3, thị trấn Krông Kmar, huyện Krông Bông, tỉnh Đắk Lắk</div>
 <div>Điện thoại: 0262 3873 xxx - Email: thptnguyendu.kb@daklak.edu.vn</div>
 <div>© 2026 Trường THPT Nguyễn Du. Cập nhật: {updated}</div>
 <div class="sys_yola_badge">Make a free website with <a href="https://www.yola.com">Yola</a></div>
</div></div>
</body></html>"""
    return html(body)


# --- text widget rendering ---------------------------------------------------------------------


def _render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(f'<div class="Image_Default" style="text-align:center;">'
                       f'<img src="{esc(b.src)}" alt="image" style="width:480px;"></div>')
            if b.printed:
                out.append('<div style="text-align:center;"><span style="font-size:11px;">'
                           f"<em>{esc(b.printed)}</em></span></div>")
        elif b.style in ("tr", "li"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in p.text.split(" | "))
                               + "</tr>" for p in group)
                out.append(f'<table class="sys_tbl" border="1" cellpadding="4">{rows}</table>')
            continue
        elif b.style == "h":
            out.append(f'<div><span style="font-size:16px;"><strong>{esc(b.text)}</strong>'
                       "</span></div>")
        elif b.style == "lead":
            out.append(f"<div><strong>{esc(b.text)}</strong></div>")
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<div>{esc(b.text)}<br>{esc(nxt.text)}</div>")
            i += 1
        else:
            out.append(f"<div>{esc(b.text)}</div>")
        out.append("<div><br></div>")
        i += 1
    return "\n".join(out)


def _share_txt(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:160].rsplit(" ", 1)[0] + "…"


def _entry_footer(story: Story) -> str:
    path = post_path(story)
    cats = ", ".join(f'<a href="/blog/category/{c}">{esc(CATS[c])}</a>' for c in story.opts["cats"])
    n = len(story.opts["comments"])
    return (f'<div class="ys_blog_entry_footer">Đăng bởi <span class="ys_author">nguyendu_admin'
            f'</span> | Chuyên mục: {cats} | <a href="{path}?comments=show#ys_comments">'
            f"{n} bình luận</a></div>")


def _date_line(story: Story) -> str:
    return (f'<div class="ys_blog_entry_date"><abbr class="dtpublished" '
            f'title="{story.opts["utc"]}">{story.opts["date"]}</abbr></div>')


def _post_page(request: Request, story: Story, comments_open: bool) -> Response:
    path = post_path(story)
    comments = "".join(
        f'<div class="ys_comment"><div class="ys_comment_author">{esc(name)}</div>'
        f'<div class="ys_comment_date">{esc(date)}</div><div class="ys_comment_txt">{esc(txt)}'
        "</div></div>"
        for name, date, txt in story.opts["comments"])
    thread = (f'<div id="ys_comments" class="ys_blog_comments"'
              f'{"" if comments_open else " style=display:none"}>'
              f'<h4>Bình luận ({len(story.opts["comments"])})</h4>{comments}'
              '<form class="ys_comment_form" action="#"><textarea name="c"></textarea>'
              "<button type=\"button\">Gửi bình luận</button></form></div>")
    content = f"""
<div id="I5f3a1c" class="Panel_sys Blog_Default">
 <div class="ys_blog_crumbs"><a href="/">Trang chủ</a> › <a href="/blog">Tin tức</a> ›
  <a href="/blog/category/{story.opts['cats'][0]}">{esc(CATS[story.opts['cats'][0]])}</a></div>
 <div class="ys_blog_entry" id="ys_entry_{1000 + story.id}">
  <h2 class="ys_blog_entry_title"><a href="{path}">{esc(story.title)}</a></h2>
  {_date_line(story)}
  <div class="ys_blog_share_txt" style="display:none">{esc(_share_txt(story))}</div>
  <div class="ys_blog_entry_body sys_txt">
{_render_blocks(story.blocks)}
  </div>
  {_entry_footer(story)}
  <div class="ys_share"><a href="https://www.facebook.com/sharer.php?u={base_url(request)}{path}"
   >Chia sẻ Facebook</a> <a href="javascript:window.print()">In bài</a></div>
  {thread}
 </div>
</div>"""
    return page(request, "Tin tức", "/blog", content, canonical=path,
                description=_share_txt(story))


def _list_entry(story: Story) -> str:
    path = post_path(story)
    if story.opts.get("full_on_list"):
        body = _render_blocks(story.blocks)
        more = ""
    else:
        first = next(b for b in story.blocks if isinstance(b, P))
        body = _render_blocks([first])
        more = f'<div class="ys_more"><a href="{path}">Đọc tiếp »</a></div>'
    return f"""
 <div class="ys_blog_entry" id="ys_entry_{1000 + story.id}">
  <h2 class="ys_blog_entry_title"><a href="{path}">{esc(story.title)}</a></h2>
  {_date_line(story)}
  <div class="ys_blog_entry_body sys_txt">{body}</div>{more}
  {_entry_footer(story)}
 </div>"""


def _blog_list(request: Request, page_no: int) -> Response | None:
    pages = (len(POSTS) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page_no <= pages:
        return None
    chunk = POSTS[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    pager = []
    if page_no > 1:
        pager.append(f'<a class="ys_newer" href="/blog?page={page_no - 1}">« Bài mới hơn</a>')
    if page_no < pages:
        pager.append(f'<a class="ys_older" href="/blog?page={page_no + 1}">Bài cũ hơn »</a>')
    content = (f'<div id="I5f3a1c" class="Panel_sys Blog_Default">'
               f'<div class="sys_txt"><div><span style="font-size:20px;"><strong>TIN TỨC'
               f'</strong></span></div></div>'
               f'{"".join(_list_entry(s) for s in chunk)}'
               f'<div class="ys_blog_pager">{" ".join(pager)}</div></div>')
    return page(request, "Tin tức", "/blog", content,
                canonical="/blog" if page_no == 1 else f"/blog?page={page_no}")


def _category(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    posts = [s for s in POSTS if slug in s.opts["cats"]][:3]
    items = "".join(
        f'<div class="ys_cat_item"><a href="{post_path(s)}">{esc(s.title)}</a>'
        f'<div class="ys_blog_entry_date">{s.opts["date"]}</div></div>' for s in posts)
    content = (f'<div id="I6a0d12" class="Panel_sys Blog_Category"><div class="sys_txt"><div>'
               f'<span style="font-size:20px;"><strong>{esc(CATS[slug].upper())}</strong></span>'
               f'</div></div>{items}<div><a href="/blog">Xem tất cả bài viết »</a></div></div>')
    return page(request, CATS[slug], "/blog", content, canonical=f"/blog/category/{slug}")


def _builder_article(request: Request) -> Response:
    story = BUILDER_ARTICLE
    blocks = story.blocks
    first_img = next(i for i, b in enumerate(blocks) if isinstance(b, Img))
    last_img = max(i for i, b in enumerate(blocks) if isinstance(b, Img))
    left = _render_blocks(blocks[:first_img])
    right = _render_blocks(blocks[first_img:last_img + 1])
    bottom = _render_blocks(blocks[last_img + 1:])
    content = f"""
<div id="I2b7e40" class="Panel_sys"><div class="sys_txt">
 <div><span style="font-size:11px;">Trang chủ » Tin tức - Sự kiện » Chào mừng 20/11</span></div>
</div></div>
<div id="I2b7e41" class="Panel_sys yola_heading_container"><div class="sys_txt">
 <h2 style="color:#b30000;">{esc(story.title)}</h2>
 <div><em>Đăng ngày: 21/11/2026</em></div>
</div></div>
<div id="I2b7e42" class="Panel_sys sys_columns">
 <div id="I2b7e43" class="sys_column" style="width:58%;float:left;"><div class="sys_txt">
{left}
 </div></div>
 <div id="I2b7e44" class="sys_column" style="width:40%;float:right;">
{right}
 </div>
 <div style="clear:both"></div>
</div>
<div id="I2b7e45" class="Panel_sys"><div class="sys_txt">
{bottom}
</div></div>"""
    return page(request, "Chào mừng 20/11", "/blog", content, updated="22/11/2026")


def _builder_page(request: Request, path: str) -> Response:
    label, inner = BUILDER_PAGES[path]
    content = (f'<div id="I3c9f10" class="Panel_sys yola_heading_container"><div class="sys_txt">'
               f'<h2>{esc(label.upper())}</h2></div></div>'
               f'<div id="I3c9f11" class="Panel_sys"><div class="sys_txt">{inner}</div></div>')
    return page(request, label, path, content)


def _home(request: Request) -> Response:
    latest = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> '
        f'<span class="ys_blog_entry_date">({s.opts["date"]})</span></li>' for s in POSTS[:4])
    content = f"""
<div id="I1a0001" class="Panel_sys"><div class="sys_txt">
 <div><span style="font-size:20px;"><strong>CHÀO MỪNG QUÝ VỊ ĐẾN VỚI WEBSITE TRƯỜNG THPT NGUYỄN DU
 </strong></span></div>
 <div>Website là kênh thông tin chính thức của nhà trường tới cha mẹ học sinh và học sinh.</div>
</div></div>
<div id="I1a0002" class="Panel_sys Image_Default"><a href="/chao-mung-20-11.php"><img
 src="/resources/banner-20-11.jpg?timestamp=1763700000" alt="image"></a></div>
<div id="I1a0003" class="Panel_sys Blog_Recent"><h3 class="sys_widget_title">Tin mới</h3>
 <ul>{latest}</ul><div><a href="/blog">Xem tất cả »</a></div></div>"""
    return page(request, "Trang chủ", "/", content)


class YolaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/resources/"):
            return static_file(path) or (
                Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
                if path.endswith(".pdf") else None)
        if path == "/":
            return _home(request) if not request.query else None
        if path in ("/index.php", "/index.html"):
            return redirect("/", 301)
        if path == "/blog":
            raw = request.params.get("page", "1")
            return _blog_list(request, int(raw)) if raw.isdigit() else None
        if path == "/blog/":
            return redirect("/blog", 301)
        if path.startswith("/blog/category/"):
            return _category(request, path[len("/blog/category/"):])
        if path == BUILDER_ARTICLE.opts["path"]:
            return _builder_article(request)
        if path in BUILDER_PAGES:
            return _builder_page(request, path)
        for story in POSTS:
            if path == post_path(story):
                extra = set(request.params) - {"comments"}
                if extra or request.params.get("comments", "show") != "show":
                    return None
                return _post_page(request, story, "comments" in request.params)
        return None


def build_site() -> YolaSite:
    return YolaSite()
