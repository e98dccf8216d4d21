"""Trường THPT Phan Châu Trinh (Tam Kỳ, Quảng Nam) on "QNSoft Portal 2.3", a PHP vendor CMS.

Platform: a provincial vendor's school portal of the 2015 era, PHP 5 with Smarty 3.1 templates
and ADOdb 5.19 over MySQL, sold to the schools of one province (the same template with another
banner). Everything goes through ``index.php`` and a ``page`` parameter:

- ``/?page=news_detail&id=<N>&title=<slug>`` a post (the ``title`` slug is decoration: PHP reads
  ``id`` only, so any slug, or none, serves the same post);
- ``/?page=news&cat=<N>&p=<page>`` a category listing, 4 posts a page, Smarty paginate plugin;
- ``/?page=static&alias=<slug>`` a static page (intro, staff, contact);
- ``/?page=album&id=<N>`` a photo album;
- ``/?page=print&id=<N>`` the print pop-up of a post; ``/?page=search`` and ``/?page=poll``.

Page templates: ``header.tpl`` (top bar with today, banner, ddsmoothmenu drop-downs, running
notice marquee, search form), a three-column layout *table* (left: category tree, links select,
visitor counter; right: most-read, albums, poll), ``footer.tpl``. The post template
``news_detail.tpl`` prints the breadcrumb, an ``<h1 class="tieude_dm">`` with the *category*,
the headline in ``<div class="tde_ct">``, an info bar (``Ngày đăng | Tác giả | Nguồn tin |
Lượt xem``), the bold "tóm tắt" field (when filled), the editor's HTML in ``<div class="nd_ct">``,
a tool row, "Các tin mới hơn" and a comment form. The "Chuyên môn" category uses the older
``news_detail_cm.tpl`` (another date format, no tóm tắt, no "Nguồn tin").

How gold articles are reached: the home page lists the six newest posts, a slider of three
featured posts and one block per category; each category listing paginates (Tin tức - Sự kiện
has two pages: ids 1004 and 1002 are linked only from ``p=2``, since "Các tin mới hơn" lists
newer posts only and the most-read block holds other posts).

Traps:
1. Charset conflict: every template still carries the vendor's ``<meta http-equiv=
   "Content-Type" content="text/html; charset=iso-8859-1">`` while the server sends
   ``Content-Type: text/html; charset=utf-8`` and the bytes are UTF-8. Gold: the text read as
   UTF-8 (the HTTP header wins, as in a browser).
2. ``<h1>`` is the category name ("Tin tức - Sự kiện"), ``<title>`` is the site name plus the
   category; the headline is only in ``<div class="tde_ct">`` (and the print view's ``<h2>``).
   Gold title: the headline.
3. Smarty ``date_format`` on a server without the vi_VN locale: English weekdays, day first:
   "Thursday, 03/12/2026 - 14:30"; "Thursday, 12/11/2026" (12 November, printed without time);
   the "Chuyên môn" template prints "10-11-2026 02:30:00 PM" (10 November, 12-hour clock, no
   weekday). Gold: day-first, 24-hour: "2026-11-10T14:30:00+07:00", "2026-11-12".
4. The info bar prints its fields even when empty: "Nguồn tin: &nbsp;|&nbsp; Lượt xem: 1203"
   and "Tác giả: &nbsp;|". Gold: source null / no author then (not "| Lượt xem: …"); a filled
   "Nguồn tin: Báo Quảng Nam" in the bar (not a closing line) is the source.
5. The info bar's "Tác giả" field ("Người viết" in the Chuyên môn template) is free text: "ThS. Lê Thị Mỹ Hạnh - Tổ trưởng tổ Ngữ văn",
   "Thầy Huỳnh Văn Lợi - GV Lịch sử", "Lê Hoàng Yến (lớp 11/3)", "BBT", "admin", a unit
   "Tổ Toán - Tin". Gold: the name only; BBT/admin -> nobody; the unit as printed.
6. Photos with a caption are the editor's "image with caption" two-row table (``<table
   class="tbl_anh">``: the photo in row 1, the caption in row 2). Gold: the row is the photo's
   caption, not a body paragraph (table rows of a *data* table are body, in 1006).
7. The editor fills every ``alt`` with the post's headline and ``title`` with the camera file
   name ("DSC_0412.JPG"); post 1004 prints no line under its photos. Gold: caption None.
8. Post 1009 was typed without paragraphs: one ``<div>`` of lines separated by ``<br /><br />``,
   its photo captions an ``<em>`` line between ``<br />``s. Gold: each line a paragraph, the
   ``<em>`` line after a photo its caption.
9. ADOdb debug left on in one module: post 1009 starts with ``<hr />(mysqli): SELECT …<hr />``
   printed *before* ``<!DOCTYPE``, holding the post's id and a column list. Gold: not text.
10. One post, four URLs: list titles link ``&title=<slug>``, list thumbnails link the same post
    without ``title``, the home slider links ``http://<host>/index.php?page=news_detail&…``
    (Smarty's SITE_URL constant), and the cached most-read block still links post 1009 by its
    slug before the headline was edited. All answer 200 with the same post, none prints a
    canonical link. Gold: the slug form of the listing is the path, the rest ``alt_paths``.
11. The print view ``?page=print&id=N`` is opened from ``href="javascript:void(0)"`` with an
    ``onclick="window.open('?page=print&id=N')"``: a post with the same text. Gold: alt path.
12. Pagination is Smarty's "« Đầu ‹ Trước 1 2 Sau › Cuối »" printed above and below the list,
    with query-only hrefs (``?page=news&cat=1&p=2``) and ``p=1`` a twin of the bare listing.
13. Post 1012 is an official notice (letterhead table, "Số: 215/TB-PCT", "THÔNG BÁO / Về việc…",
    "Nơi nhận", signer): date is the letterhead's day (the info bar says it was posted the next
    morning); the signer is the author; an attached schedule is a data table in the body.
14. Post 1003's info bar prints "Tuesday, 20/10/2026 - 00:00" (midnight: the day alone) and ends
    with a template line "File đính kèm: …" (not text).

Gold decisions on ambiguous points:
- The bold "tóm tắt" block above the text is the summary and the body's first paragraph; the
  "Chuyên môn" posts and the notice print none (summary null).
- "Sửa lần cuối: …" in 1011's info bar is an update date, never the publication date.
- A right-aligned bold unit at the end of the text ("Ban Chấp hành Đoàn trường") is the author;
  a closing "Tin, ảnh: X" line gives X as author and photographer; "Ảnh: X" under a photo is a
  photographer credit (caption None).
- "Tài liệu tham khảo" and its entries in 1007 are text; "[1]" stays in its sentence.
- Albums (a title, a date and captioned photos) and static pages are not articles.
"""

from __future__ import annotations

import datetime as _dt

from crawler.demo.server import Request, Response, html

from ._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "php_smarty_vendor_thpt"
PLATFORM = "QNSoft Portal 2.3 (PHP, Smarty 3.1 + ADOdb 5.19)"
START_PATH = "/"

SITE = "Trường THPT Phan Châu Trinh - Tam Kỳ"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Thông báo",
    3: "Đoàn - Hội",
    4: "Chuyên môn",
}

U = "/uploads/news"


def _cap(src: str, printed: str, caption: str | None) -> Img:
    return Img(src, printed, caption, style="table")


# --- the stories -------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1013,
        slug="trao-45-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat=1,
        published_at="2026-12-04T16:05:00+07:00",
        summary=(
            "Chiều 04/12, Trường THPT Phan Châu Trinh phối hợp với Hội Khuyến học thành phố Tam Kỳ "
            "trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh vượt khó học tốt."
        ),
        blocks=[
            P(
                "Chiều 04/12, Trường THPT Phan Châu Trinh phối hợp với Hội Khuyến học thành phố Tam Kỳ "
                "trao 45 suất học bổng “Tiếp sức đến trường” cho học sinh vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng, do các cựu học sinh nhà trường đang công tác "
                "tại TP. Hồ Chí Minh và Đà Nẵng đóng góp thông qua Quỹ khuyến học của trường."
            ),
            _cap(
                f"{U}/2026_12/hocbong_01.jpg",
                "Thầy Hiệu trưởng Nguyễn Đình Khoa phát biểu tại buổi lễ",
                "Thầy Hiệu trưởng Nguyễn Đình Khoa phát biểu tại buổi lễ",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Đình Khoa cảm ơn sự đồng hành của các "
                "mạnh thường quân và mong các em tiếp tục nỗ lực, không để hoàn cảnh trở thành rào cản "
                "trên con đường học tập."
            ),
            P(
                "Đại diện học sinh nhận học bổng, em Trần Thị Kim Oanh (lớp 12/4) bày tỏ lòng biết ơn và "
                "hứa sẽ cố gắng đạt kết quả cao trong kỳ thi tốt nghiệp THPT năm 2027."
            ),
            _cap(
                f"{U}/2026_12/hocbong_02.jpg",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
                "Các em học sinh nhận học bổng chụp ảnh lưu niệm cùng đại biểu",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Trần Quốc Việt</em></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Trần Quốc Việt"],
        opts={"by": "Nguyễn Thị Thu Hà", "nguon": "", "featured": True},
    ),
    Story(
        id=1012,
        slug="thong-bao-lich-kiem-tra-cuoi-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối kỳ I năm học 2026-2027",
        cat=2,
        published_at="2026-12-02",
        blocks=[
            Raw(
                '<table border="0" cellpadding="2" cellspacing="0" width="100%"><tbody><tr>'
                '<td style="text-align: center; width: 45%;"><span style="font-size:12px;">SỞ GD&amp;ĐT '
                "QUẢNG NAM</span><br /><strong>TRƯỜNG THPT PHAN CHÂU TRINH</strong><br />"
                "Số: 215/TB-PCT</td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Tam Kỳ, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức kiểm tra cuối kỳ I năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm tra "
                "cuối kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Toán | 90 phút", "row"),
            P("22/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P("22/12/2026 | Chiều | Lịch sử | 45 phút", "row"),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh; học sinh có mặt tại phòng thi "
                "trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."
            ),
            P("Các tổ chuyên môn nộp đề kiểm tra và đáp án về Phó Hiệu trưởng chuyên môn trước ngày 15/12/2026."),
            Raw(
                '<table border="0" cellpadding="2" cellspacing="0" width="100%"><tbody><tr>'
                '<td style="vertical-align: top; width: 50%;"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu: VT.</td>"
                '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(đã ký)</em><br /><br />"
                "<strong>Lê Văn Tùng</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Lê Văn Tùng"],
        opts={"by": "", "nguon": "", "posted": (2026, 12, 3, 7, 30)},
    ),
    Story(
        id=1011,
        slug="doan-kiem-tra-cua-so-gd-dt-quang-nam-lam-viec-tai-truong",
        title="Đoàn kiểm tra của Sở GD&ĐT Quảng Nam làm việc tại trường",
        cat=1,
        published_at="2026-12-01T09:15:00+07:00",
        summary=(
            "Sáng 01/12, đoàn kiểm tra của Sở GD&ĐT Quảng Nam do ông Phạm Ngọc Sơn, Phó Giám đốc "
            "Sở làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị thi tốt nghiệp tại trường."
        ),
        blocks=[
            P(
                "Sáng 01/12, đoàn kiểm tra của Sở GD&ĐT Quảng Nam do ông Phạm Ngọc Sơn, Phó Giám đốc "
                "Sở làm trưởng đoàn đã đến kiểm tra công tác chuẩn bị thi tốt nghiệp tại trường."
            ),
            P(
                "Đoàn đã dự giờ 6 tiết ôn tập khối 12, kiểm tra hồ sơ chuyên môn của các tổ và làm việc "
                "với Ban Giám hiệu về kế hoạch dạy học phân hóa theo năng lực học sinh."
            ),
            _cap(
                f"{U}/2026_12/kiemtra_so.jpg",
                "Đoàn kiểm tra dự giờ tiết ôn tập môn Toán lớp 12/1",
                "Đoàn kiểm tra dự giờ tiết ôn tập môn Toán lớp 12/1",
            ),
            P(
                "Theo kế hoạch, nhà trường tổ chức ba đợt thi thử tốt nghiệp THPT trong năm học, đợt đầu "
                "tiên dự kiến vào cuối tháng 01/2027."
            ),
            P(
                "Kết luận buổi làm việc, ông Phạm Ngọc Sơn ghi nhận sự chuẩn bị chu đáo của nhà trường và "
                "đề nghị tăng cường phụ đạo cho học sinh có học lực yếu ở các môn thi bắt buộc."
            ),
        ],
        authors=["Minh Hải"],
        source="Báo Quảng Nam",
        opts={
            "by": "Minh Hải",
            "nguon": "Báo Quảng Nam",
            "edited": "02/12/2026 10:40",
        },
    ),
    Story(
        id=1010,
        slug="chung-ket-rung-chuong-vang-khoi-10-nam-hoc-2026-2027",
        title="Chung kết “Rung chuông vàng” khối 10 năm học 2026-2027",
        cat=3,
        published_at="2026-11-26T19:40:00+07:00",
        summary=(
            "Tối 26/11, Đoàn trường tổ chức chung kết chương trình “Rung chuông vàng” dành cho "
            "100 học sinh xuất sắc của khối 10."
        ),
        blocks=[
            P(
                "Tối 26/11, Đoàn trường tổ chức chung kết chương trình “Rung chuông vàng” dành cho "
                "100 học sinh xuất sắc của khối 10."
            ),
            P(
                "Các thí sinh lần lượt vượt qua 30 câu hỏi thuộc các lĩnh vực văn hóa, lịch sử, khoa học "
                "và hiểu biết về quê hương Quảng Nam."
            ),
            Img(f"{U}/2026_11/rcv_01.jpg", "Ảnh: Võ Thành Nam", None, style="em"),
            P(
                "Sau gần hai giờ tranh tài, em Nguyễn Hoàng Bảo Ngọc (lớp 10/2) là thí sinh cuối cùng "
                "trên sàn đấu và xuất sắc rung chuông vàng ở câu hỏi thứ 28."
            ),
            Img(
                f"{U}/2026_11/rcv_02.jpg",
                "Em Nguyễn Hoàng Bảo Ngọc nhận giải thưởng từ Ban tổ chức",
                "Em Nguyễn Hoàng Bảo Ngọc nhận giải thưởng từ Ban tổ chức",
                style="em",
            ),
            P("Ban tổ chức đã trao 1 giải đặc biệt và 5 giải phụ cho các thí sinh có thành tích tốt."),
            Raw('<p style="text-align: right;"><strong>Ban Chấp hành Đoàn trường</strong></p>'),
        ],
        authors=["Ban Chấp hành Đoàn trường"],
        photographers=["Võ Thành Nam"],
        opts={"by": "", "nguon": ""},
    ),
    Story(
        id=1009,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat=1,
        published_at="2026-11-20T10:00:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Phan Châu Trinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        blocks=[
            P(
                "Sáng 20/11, Trường THPT Phan Châu Trinh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Thành ủy, UBND thành phố Tam Kỳ, Ban đại diện cha mẹ "
                "học sinh cùng đông đảo thầy cô giáo đã nghỉ hưu qua các thời kỳ."
            ),
            Img(
                f"{U}/2026_11/2011_01.jpg",
                "Văn nghệ chào mừng của học sinh lớp 11/5",
                "Văn nghệ chào mừng của học sinh lớp 11/5",
                style="br",
            ),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong "
                "trào thi đua “Dạy tốt - Học tốt” đợt 1."
            ),
            P(
                "Dịp này, Ban đại diện cha mẹ học sinh trao tặng nhà trường 50 bộ bàn ghế học sinh phục vụ "
                "các phòng học bộ môn."
            ),
            Raw('<strong>Tin, ảnh: Phan Thị Ngọc Ánh</strong>'),
        ],
        authors=["Phan Thị Ngọc Ánh"],
        photographers=["Phan Thị Ngọc Ánh"],
        opts={
            "by": "BBT",
            "nguon": "",
            "featured": True,
            "br_body": True,
            "old_slug": "le-ky-niem-ngay-nha-giao-viet-nam-20-11",
            "debug_sql": True,
        },
    ),
    Story(
        id=1008,
        slug="thong-bao-tuyen-dung-nhan-vien-hop-dong-nam-2026",
        title="Thông báo tuyển dụng nhân viên hợp đồng năm 2026",
        cat=2,
        published_at="2026-11-16T08:00:00+07:00",
        summary="Trường THPT Phan Châu Trinh thông báo tuyển dụng 02 nhân viên hợp đồng làm việc tại trường.",
        blocks=[
            P("Trường THPT Phan Châu Trinh thông báo tuyển dụng 02 nhân viên hợp đồng làm việc tại trường."),
            P("1. Vị trí tuyển dụng", "b"),
            P("- 01 nhân viên thiết bị, thí nghiệm: tốt nghiệp cao đẳng trở lên chuyên ngành Vật lý, Hóa học hoặc Sinh học."),
            P("- 01 nhân viên y tế học đường: tốt nghiệp trung cấp Y trở lên."),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "b"),
            P(
                "Hồ sơ gồm đơn xin việc, sơ yếu lý lịch, bản sao văn bằng, giấy khám sức khỏe; nộp tại "
                "Văn phòng nhà trường từ ngày 16/11/2026 đến hết ngày 30/11/2026 (trong giờ hành chính)."
            ),
            P("Mọi chi tiết xin liên hệ Văn phòng nhà trường, số điện thoại 0235 3851 224."),
        ],
        opts={"by": "admin", "nguon": ""},
    ),
    Story(
        id=1007,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-qua-du-an-mon-ngu-van",
        title="Chuyên đề “Dạy học phát triển năng lực qua dự án” môn Ngữ văn",
        cat=4,
        published_at="2026-11-10T14:30:00+07:00",
        blocks=[
            P(
                "Chiều 10/11, tổ Ngữ văn tổ chức chuyên đề “Dạy học phát triển năng lực qua dự án” với "
                "tiết dạy minh họa bài “Tìm hiểu văn hóa làng quê xứ Quảng” tại lớp 11/2."
            ),
            P(
                "Dạy học dự án giúp học sinh chủ động tìm kiếm, xử lý thông tin và trình bày sản phẩm, qua "
                "đó hình thành năng lực tự chủ và năng lực giao tiếp.[1]"
            ),
            Img(
                f"{U}/2026_11/nguvan_da.jpg",
                "Học sinh lớp 11/2 trình bày sản phẩm dự án",
                "Học sinh lớp 11/2 trình bày sản phẩm dự án",
                style="table",
            ),
            P(
                "Các thầy cô dự chuyên đề đã góp ý về cách chia nhóm, tiêu chí đánh giá sản phẩm và thời "
                "lượng dành cho phần báo cáo của học sinh."
            ),
            P("Tài liệu tham khảo", "b"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể."),
        ],
        authors=["Lê Thị Mỹ Hạnh"],
        opts={"by": "ThS. Lê Thị Mỹ Hạnh - Tổ trưởng tổ Ngữ văn", "cm_date": "10-11-2026 02:30:00 PM"},
    ),
    Story(
        id=1006,
        slug="hoc-sinh-nha-truong-dat-12-giai-ky-thi-hoc-sinh-gioi-cap-tinh",
        title="Học sinh nhà trường đạt 12 giải kỳ thi học sinh giỏi cấp tỉnh",
        cat=1,
        published_at="2026-11-12",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027, học sinh Trường THPT "
            "Phan Châu Trinh đạt 12 giải, trong đó có 2 giải Nhất."
        ),
        blocks=[
            P(
                "Tại kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027, học sinh Trường THPT "
                "Phan Châu Trinh đạt 12 giải, trong đó có 2 giải Nhất."
            ),
            P("Danh sách một số học sinh đạt giải cao:"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "row"),
            P("1 | Đặng Minh Khôi | 12/1 | Toán | Nhất", "row"),
            P("2 | Hồ Thị Thanh Tâm | 12/3 | Ngữ văn | Nhất", "row"),
            P("3 | Trương Quang Huy | 12/1 | Vật lý | Nhì", "row"),
            P(
                "Nhà trường biểu dương các em học sinh đạt giải và các thầy cô giáo đã tận tình bồi dưỡng "
                "đội tuyển trong suốt thời gian qua."
            ),
        ],
        authors=["Tổ Văn phòng"],
        source="Sở GD&ĐT Quảng Nam",
        opts={"by": "Tổ Văn phòng", "nguon": "Sở GD&ĐT Quảng Nam", "no_time": True, "featured": True},
    ),
    Story(
        id=1005,
        slug="tuoi-tre-phan-chau-trinh-ra-quan-ngay-chu-nhat-xanh",
        title="Tuổi trẻ Phan Châu Trinh ra quân “Ngày Chủ nhật xanh”",
        cat=3,
        published_at="2026-11-03T16:00:00+07:00",
        summary=(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, hơn 300 đoàn viên, thanh niên nhà trường đã ra "
            "quân dọn vệ sinh khu vực bờ sông Bàn Thạch."
        ),
        blocks=[
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, hơn 300 đoàn viên, thanh niên nhà trường đã ra "
                "quân dọn vệ sinh khu vực bờ sông Bàn Thạch."
            ),
            P(
                "Các chi đoàn được phân công thu gom rác thải, phát quang bụi rậm và trồng mới 120 cây "
                "xanh dọc tuyến đường ven sông."
            ),
            Img(
                f"{U}/2026_11/cnx_01.jpg",
                "(Đoàn viên chi đoàn 11/3 thu gom rác thải ven sông)",
                "Đoàn viên chi đoàn 11/3 thu gom rác thải ven sông",
                style="em",
            ),
            P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường của đoàn viên, thanh niên."),
        ],
        authors=["Lê Hoàng Yến"],
        opts={"by": "Lê Hoàng Yến (lớp 11/3)", "nguon": ""},
    ),
    Story(
        id=1004,
        slug="ngoai-khoa-tim-hieu-lich-su-dia-phuong-tai-tuong-dai-me-viet-nam-anh-hung",
        title="Ngoại khóa tìm hiểu lịch sử địa phương tại Tượng đài Mẹ Việt Nam Anh hùng",
        cat=1,
        published_at="2026-10-28T07:45:00+07:00",
        summary=(
            "Sáng 28/10, hơn 400 học sinh khối 11 tham gia buổi ngoại khóa tìm hiểu lịch sử địa phương "
            "tại Tượng đài Mẹ Việt Nam Anh hùng ở xã Tam Phú, thành phố Tam Kỳ."
        ),
        blocks=[
            P(
                "Sáng 28/10, hơn 400 học sinh khối 11 tham gia buổi ngoại khóa tìm hiểu lịch sử địa phương "
                "tại Tượng đài Mẹ Việt Nam Anh hùng ở xã Tam Phú, thành phố Tam Kỳ."
            ),
            Img(f"{U}/2026_10/DSC_0412.JPG", None, None, style="alt"),
            P(
                "Các em được nghe thuyết minh về quá trình xây dựng tượng đài, về sự hy sinh của các Mẹ "
                "Việt Nam Anh hùng trên quê hương Quảng Nam."
            ),
            P(
                "Sau phần tham quan, các lớp thi trả lời nhanh câu hỏi về lịch sử địa phương và viết thu "
                "hoạch theo nhóm."
            ),
            Img(f"{U}/2026_10/DSC_0437.JPG", None, None, style="alt"),
        ],
        authors=["Huỳnh Văn Lợi"],
        opts={"by": "Thầy Huỳnh Văn Lợi - GV Lịch sử", "nguon": ""},
    ),
    Story(
        id=1003,
        slug="thong-bao-ve-viec-thu-cac-khoan-dong-gop-tu-nguyen-nam-hoc-2026-2027",
        title="Thông báo về việc thu các khoản đóng góp tự nguyện năm học 2026-2027",
        cat=2,
        published_at="2026-10-20",
        summary=(
            "Nhà trường thông báo đến quý phụ huynh các khoản thu và đóng góp tự nguyện năm học "
            "2026-2027 đã được Ban đại diện cha mẹ học sinh thống nhất."
        ),
        blocks=[
            P(
                "Nhà trường thông báo đến quý phụ huynh các khoản thu và đóng góp tự nguyện năm học "
                "2026-2027 đã được Ban đại diện cha mẹ học sinh thống nhất."
            ),
            P(
                "Phụ huynh nộp qua tài khoản của nhà trường hoặc trực tiếp tại bộ phận kế toán trước ngày "
                "15/11/2026; học sinh thuộc hộ nghèo, cận nghèo được miễn các khoản đóng góp."
            ),
            P("Chi tiết các khoản thu xem trong tệp đính kèm."),
        ],
        opts={"by": "", "nguon": "", "midnight": True, "attach": "cac-khoan-thu-2026-2027.pdf"},
    ),
    Story(
        id=1002,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức, người lao động năm học 2026-2027",
        cat=1,
        published_at="2026-10-15T15:20:00+07:00",
        summary=(
            "Chiều 15/10, Trường THPT Phan Châu Trinh tổ chức Hội nghị cán bộ, viên chức, người lao "
            "động năm học 2026-2027 với sự tham dự của 98 cán bộ, giáo viên, nhân viên."
        ),
        blocks=[
            P(
                "Chiều 15/10, Trường THPT Phan Châu Trinh tổ chức Hội nghị cán bộ, viên chức, người lao "
                "động năm học 2026-2027 với sự tham dự của 98 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã thông qua báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học "
                "mới và quy chế chi tiêu nội bộ sửa đổi."
            ),
            _cap(
                f"{U}/2026_10/hoinghi_cbvc.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
            ),
            P(
                "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026-2028 gồm 3 thành viên và ký "
                "giao ước thi đua giữa các tổ chuyên môn."
            ),
        ],
        opts={"by": "", "nguon": ""},
    ),
    Story(
        id=1001,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán - Tin",
        cat=4,
        published_at="2026-10-08T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 08/10, tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với "
                "tiết dạy minh họa “Hàm số mũ” tại lớp 11/1 do cô Đoàn Thị Hồng Nhung thực hiện."
            ),
            P(
                "Trọng tâm của buổi sinh hoạt không phải đánh giá giờ dạy mà là quan sát việc học của học "
                "sinh: em nào gặp khó khăn, vì sao và giáo viên đã hỗ trợ như thế nào."
            ),
            P(
                "Tổ thống nhất điều chỉnh phiếu học tập ở hoạt động khởi động và bổ sung bài toán thực tế "
                "về lãi suất ngân hàng cho phần vận dụng."
            ),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"by": "Tổ Toán - Tin", "cm_date": "08-10-2026 09:00:00 AM"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
MOST_READ = [1009, 1012, 1007, 1010, 1013]

ALBUMS = {
    5: (
        "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        [
            ("nhagiao_01.jpg", "Các thầy cô giáo hưu trí về dự lễ"),
            ("nhagiao_02.jpg", "Học sinh tặng hoa thầy cô"),
            ("nhagiao_03.jpg", "Tiết mục múa “Bụi phấn” của lớp 10/4"),
        ],
    ),
    3: (
        "Khai giảng năm học 2026-2027",
        "05/09/2026",
        [
            ("khaigiang_01.jpg", "Lễ chào cờ đầu năm học"),
            ("khaigiang_02.jpg", "Thầy Hiệu trưởng đánh trống khai trường"),
        ],
    ),
}

STATIC = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Trường THPT Phan Châu Trinh tọa lạc tại số 02 đường Trần Cao Vân, phường An Mỹ, thành phố "
            "Tam Kỳ, tỉnh Quảng Nam.",
            "Trải qua nhiều thập kỷ xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học "
            "sinh, nhiều thế hệ học sinh đã trưởng thành và giữ những vị trí quan trọng trong xã hội.",
            "Năm học 2026-2027, nhà trường có 36 lớp với 1.420 học sinh, 98 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Nguyễn Đình Khoa",
            "Phó Hiệu trưởng: Thầy Lê Văn Tùng, Cô Trần Thị Bích Liên",
            "Các tổ chuyên môn: Ngữ văn, Toán - Tin, Vật lý - Công nghệ, Hóa - Sinh, Sử - Địa - GDKT&PL, "
            "Ngoại ngữ, Thể dục - GDQP, Văn phòng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường THPT Phan Châu Trinh",
            "Địa chỉ: 02 Trần Cao Vân, phường An Mỹ, thành phố Tam Kỳ, tỉnh Quảng Nam",
            "Điện thoại: 0235 3851 224 - Email: c3phanchautrinh.tk@quangnam.edu.vn",
        ],
    ),
}


def _sorted(cat: int | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.id, reverse=True)


# --- how the templates print things ------------------------------------------------------------


def story_path(s: Story, slug: str | None = None) -> str:
    return f"/?page=news_detail&id={s.id}&title={slug or s.slug}"


def _posted(s: Story) -> _dt.datetime:
    if "posted" in s.opts:
        return _dt.datetime(*s.opts["posted"])
    if len(s.published_at) == 10:
        d = _dt.date.fromisoformat(s.published_at)
        return _dt.datetime(d.year, d.month, d.day)
    return _dt.datetime.fromisoformat(s.published_at[:19])


def date_line(s: Story) -> str:
    """Smarty date_format with the C locale: English weekday, day first."""
    if "cm_date" in s.opts:
        return s.opts["cm_date"]
    t = _posted(s)
    day = t.strftime("%A, %d/%m/%Y")
    if s.opts.get("no_time"):
        return day
    return f"{day} - {t.strftime('%H:%M')}"


def short_date(s: Story) -> str:
    return _posted(s).strftime("%d/%m/%Y")


def _head(title: str, description: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}" />
<meta name="keywords" content="THPT Phan Châu Trinh, Tam Kỳ, Quảng Nam, trường học" />
<meta name="generator" content="QNSoft Portal 2.3 - Smarty 3.1.21" />
<link rel="shortcut icon" href="/templates/pct/images/favicon.ico" />
<link href="/templates/pct/css/style.css" rel="stylesheet" type="text/css" />
<link href="/templates/pct/css/ddsmoothmenu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/templates/pct/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/templates/pct/js/ddsmoothmenu.js"></script>
<script type="text/javascript">ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}})</script>
</head>"""


def _menu() -> str:
    cats = "".join(f'<li><a href="/?page=news&amp;cat={c}">{esc(n)}</a></li>' for c, n in CATS.items() if c != 4)
    return f"""<div id="smoothmenu1" class="ddsmoothmenu"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/?page=static&amp;alias=gioi-thieu">Giới thiệu</a><ul>
  <li><a href="/?page=static&amp;alias=gioi-thieu">Giới thiệu chung</a></li>
  <li><a href="/?page=static&amp;alias=co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="/?page=news&amp;cat=1">Tin tức</a><ul>{cats}</ul></li>
<li><a href="/?page=news&amp;cat=4">Tổ chuyên môn</a></li>
<li><a href="/?page=album&amp;id=5">Thư viện ảnh</a><ul>
  <li><a href="/?page=album&amp;id=5">{esc(ALBUMS[5][0])}</a></li>
  <li><a href="/?page=album&amp;id=3">{esc(ALBUMS[3][0])}</a></li></ul></li>
<li><a href="http://thptphanchautrinh.edu.vn/elearning" target="_blank">E-learning</a></li>
<li><a href="/?page=static&amp;alias=lien-he">Liên hệ</a></li>
</ul><br style="clear: left" /></div>"""


def _marquee() -> str:
    items = " &nbsp;&nbsp;&diams;&nbsp;&nbsp; ".join(
        f'<a href="{esc(story_path(s))}">{esc(s.title)}</a>' for s in _sorted(2)
    )
    return f'<div id="tb_chay"><b>THÔNG BÁO:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{items}</marquee></div>'


def _left() -> str:
    cats = "".join(
        f'<tr><td class="dm_item"><img src="/templates/pct/images/arrow.gif" /> '
        f'<a href="/?page=news&amp;cat={c}">{esc(n)}</a></td></tr>'
        for c, n in CATS.items()
    )
    return f"""<td id="cot_trai" valign="top" width="200">
<div class="khung_trai"><div class="td_khung">DANH MỤC</div><table width="100%" cellspacing="0">{cats}</table></div>
<div class="khung_trai"><div class="td_khung">LIÊN KẾT WEBSITE</div>
<select name="lk" style="width:180px" onchange="if(this.value!='')window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>
<option value="http://tamky.quangnam.gov.vn">UBND TP. Tam Kỳ</option>
</select></div>
<div class="khung_trai"><div class="td_khung">THỐNG KÊ TRUY CẬP</div>
<table class="tk_tc"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
<tr><td>Tổng truy cập:</td><td>1.284.503</td></tr></table></div>
</td>"""


def _right() -> str:
    # the block is cached by Smarty: 1009 still carries its slug from before the edit
    reads = "".join(
        f'<li><a href="{esc(story_path(BY_ID[i], BY_ID[i].opts.get("old_slug")))}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    albums = "".join(
        f'<div class="anh_alb"><a href="/?page=album&amp;id={aid}"><img src="/uploads/album/{aid}/thumb.jpg" width="160" /></a>'
        f'<br /><a href="/?page=album&amp;id={aid}">{esc(a[0])}</a></div>'
        for aid, a in ALBUMS.items()
    )
    return f"""<td id="cot_phai" valign="top" width="220">
<div class="khung_phai"><div class="td_khung">ĐỌC NHIỀU NHẤT</div><ul class="ds_docnhieu">{reads}</ul></div>
<div class="khung_phai"><div class="td_khung">THƯ VIỆN ẢNH</div>{albums}</div>
<div class="khung_phai"><div class="td_khung">THĂM DÒ Ý KIẾN</div>
<form name="frmPoll" method="post" action="/?page=poll&amp;act=vote">
<p>Bạn biết đến website của trường qua đâu?</p>
<input type="radio" name="opt" value="1" /> Thầy cô giới thiệu<br />
<input type="radio" name="opt" value="2" /> Bạn bè<br />
<input type="radio" name="opt" value="3" /> Mạng xã hội<br />
<input type="hidden" name="poll_id" value="2" />
<input type="submit" value="Bình chọn" /> <input type="button" value="Kết quả" onclick="window.open('/?page=poll&amp;act=result&amp;id=2','kq','width=400,height=300')" />
</form></div>
<div class="khung_phai"><a href="http://quangnam.edu.vn" target="_blank"><img src="/templates/pct/images/banner_sgd.jpg" width="200" alt="Sở GD&amp;ĐT Quảng Nam" /></a></div>
</td>"""


def _footer() -> str:
    return """<div id="footer"><table width="100%"><tr><td>
<b>TRƯỜNG THPT PHAN CHÂU TRINH - TAM KỲ</b><br />
Địa chỉ: 02 Trần Cao Vân, phường An Mỹ, TP. Tam Kỳ, tỉnh Quảng Nam<br />
Điện thoại: 0235 3851 224 - Email: c3phanchautrinh.tk@quangnam.edu.vn<br />
Chịu trách nhiệm nội dung: Thầy Nguyễn Đình Khoa - Hiệu trưởng</td>
<td align="right" valign="bottom">&copy; 2015 Bản quyền thuộc Trường THPT Phan Châu Trinh<br />
Thiết kế &amp; phát triển: <a href="http://qnsoft.vn" target="_blank">QNSoft</a> | Smarty 3.1 / ADOdb 5.19</td>
</tr></table></div>"""


def layout(title: str, description: str, center: str, prelude: str = "") -> str:
    return f"""{prelude}{_head(title, description)}
<body>
<a name="top"></a>
<div id="wrapper">
<div id="top_bar"><span class="ngay_ht">{HEADER_TODAY}</span>
<form name="frmSearch" method="get" action="/" style="display:inline;float:right">
<input type="hidden" name="page" value="search" /><input type="text" name="keyword" value="" size="20" />
<input type="submit" value="Tìm kiếm" /></form></div>
<div id="banner"><img src="/templates/pct/images/banner_pct.jpg" width="1000" height="180" alt="Trường THPT Phan Châu Trinh" /></div>
{_menu()}
{_marquee()}
<table id="bang_chinh" width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
{_left()}
<td id="cot_giua" valign="top">
{center}
</td>
{_right()}
</tr></table>
{_footer()}
</div>
</body>
</html>"""


def _img_tag(s: Story, img: Img, width: int = 500) -> str:
    name = img.src.rsplit("/", 1)[-1].upper()
    return f'<img src="{esc(img.src)}" alt="{esc(s.title)}" title="{esc(name)}" width="{width}" border="0" />'


def render_body(s: Story) -> str:
    """The editor's HTML as stored in ``pct_news.content``."""
    if s.opts.get("br_body"):
        lines = []
        for b in s.blocks:
            if isinstance(b, P):
                lines.append(esc(b.text))
            elif isinstance(b, Img):
                lines.append(f"<center>{_img_tag(s, b)}</center><br />\n<em>{esc(b.printed)}</em>")
            else:
                lines.append(b.html)
        return '<div style="text-align: justify;">' + "<br />\n<br />\n".join(lines) + "</div>"
    out: list[str] = []
    rows: list[str] = []

    def flush() -> None:
        if rows:
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse" width="100%"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "row":
            cells = "".join(f"<td>{esc(c)}</td>" for c in b.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
            continue
        flush()
        if isinstance(b, P):
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
            else:
                out.append(
                    f'<p style="text-align: justify;"><span style="font-family: times new roman,times,serif; '
                    f'font-size: 14px;">{esc(b.text)}</span></p>'
                )
        elif isinstance(b, Img):
            if b.style == "table":
                out.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" width="90%">'
                    f'<tbody><tr><td style="text-align: center;">{_img_tag(s, b)}</td></tr>'
                    f'<tr><td style="text-align: center; background-color: #eeeeee;"><span style="color:#003366;">'
                    f"{esc(b.printed)}</span></td></tr></tbody></table>"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(s, b)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(s, b)}</p>')
        else:
            out.append(b.html)
    flush()
    return "\n".join(out)


def _debug_sql(s: Story) -> str:
    return (
        "<hr />(mysqli): SELECT n.news_id, n.title, n.tomtat, n.content, n.tacgia, n.nguon, n.ngaydang, "
        f"c.cat_name FROM pct_news n LEFT JOIN pct_category c ON n.cat_id=c.cat_id WHERE n.news_id={s.id} "
        "AND n.active=1 &nbsp; <code>[ (mysqli): 1 row ]</code><hr />\n"
    )


def _info_bar(s: Story) -> str:
    if "cm_date" in s.opts:
        return (
            f'<div class="ttin_ct"><i>Đăng lúc: {esc(date_line(s))}</i> &nbsp;-&nbsp; '
            f"Người viết: <b>{esc(s.opts['by'])}</b> &nbsp;-&nbsp; Đã xem: {s.views()}</div>"
        )
    edited = f" &nbsp;|&nbsp; Sửa lần cuối: {esc(s.opts['edited'])}" if s.opts.get("edited") else ""
    return (
        f'<div class="ttin_ct">Ngày đăng: {esc(date_line(s))}{edited} &nbsp;|&nbsp; '
        f"Tác giả: {esc(s.opts.get('by', ''))} &nbsp;|&nbsp; Nguồn tin: {esc(s.opts.get('nguon', ''))}"
        f" &nbsp;|&nbsp; Lượt xem: {s.views()}</div>"
    )


def article_page(request: Request, s: Story) -> str:
    cat = CATS[s.cat]
    newer = [o for o in _sorted(s.cat) if o.id > s.id][-5:]
    newer_html = "".join(
        f'<li><a href="{esc(story_path(o))}">{esc(o.title)}</a> <span class="ngay_tk">({short_date(o)})</span></li>'
        for o in newer
    )
    tk = (
        f'<div class="tin_khac"><div class="td_tk">Các tin mới hơn:</div><ul>{newer_html}</ul></div>'
        if newer
        else ""
    )
    tomtat = (
        f'<div class="tomtat_ct"><b>{esc(s.summary)}</b></div>' if s.summary and "cm_date" not in s.opts else ""
    )
    attach = ""
    if s.opts.get("attach"):
        f = s.opts["attach"]
        attach = (
            f'<div class="dinhkem"><img src="/templates/pct/images/attach.gif" /> File đính kèm: '
            f'<a href="/uploads/files/{f}" target="_blank">{f}</a></div>'
        )
    center = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/?page=news&amp;cat={s.cat}">{esc(cat)}</a></div>
<h1 class="tieude_dm">{esc(cat)}</h1>
<div class="khung_ct">
<div class="tde_ct">{esc(s.title)}</div>
{_info_bar(s)}
{tomtat}
<div class="nd_ct" id="nd_{s.id}">
{render_body(s)}
</div>
{attach}
<div class="cong_cu"><a href="javascript:void(0)" onclick="window.open('?page=print&amp;id={s.id}','inbai','width=720,height=600,scrollbars=yes')"><img src="/templates/pct/images/print.gif" border="0" /> In bài</a>
 | <a href="javascript:history.back()"><img src="/templates/pct/images/back.gif" border="0" /> Quay lại</a>
 | <a href="#top"><img src="/templates/pct/images/top.gif" border="0" /> Lên đầu</a>
 | <a href="http://www.facebook.com/sharer.php?u={esc(base_url(request) + story_path(s))}" target="_blank"><img src="/templates/pct/images/fb.gif" border="0" /> Chia sẻ</a></div>
{tk}
<div class="bl"><div class="td_tk">Ý kiến bạn đọc</div>
<form name="frmComment" method="post" action="{esc(story_path(s))}#bl">
Họ tên: <input type="text" name="hoten" /> Email: <input type="text" name="email" /><br />
<textarea name="noidung" rows="4" cols="60"></textarea><br />
<input type="hidden" name="news_id" value="{s.id}" /><input type="submit" name="btnGui" value="Gửi ý kiến" /></form></div>
</div>"""
    prelude = _debug_sql(s) if s.opts.get("debug_sql") else ""
    return layout(f"{SITE} :: {cat}", s.summary or SITE, center, prelude)


def print_page(request: Request, s: Story) -> str:
    tomtat = f"<p><b>{esc(s.summary)}</b></p>" if s.summary and "cm_date" not in s.opts else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>In bài: {esc(s.title)}</title>
<link href="/templates/pct/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print()">
<div class="in_header"><b>TRƯỜNG THPT PHAN CHÂU TRINH - TAM KỲ</b></div>
<h2>{esc(s.title)}</h2>
<div class="ngay_in">{esc(date_line(s))}</div>
{tomtat}
{render_body(s)}
<hr />
<div class="in_footer">Địa chỉ bài viết: {esc(base_url(request) + story_path(s))}</div>
</body></html>"""


def _item(s: Story) -> str:
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "..."
    title = s.title if len(s.title) <= 70 else s.title[:67].rsplit(" ", 1)[0] + "..."
    return f"""<div class="item_tin">
<a href="/?page=news_detail&amp;id={s.id}"><img class="anh_tin" src="{U}/thumb/{s.id}.jpg" width="120" height="90" border="0" /></a>
<a class="tde_tin" href="{esc(story_path(s))}">{esc(title)}</a> <span class="ngay_tin">({short_date(s)})</span>
<div class="mota_tin">{esc(desc)}</div>
<a class="xemtiep" href="{esc(story_path(s))}">Xem tiếp &raquo;</a>
<div style="clear:both"></div></div>"""


def _pager(cat: int, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="?page=news&amp;cat={cat}&amp;p=1">&laquo; Đầu</a>')
        parts.append(f'<a href="?page=news&amp;cat={cat}&amp;p={page - 1}">&lsaquo; Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="trang_ht">{n}</span>')
        else:
            parts.append(f'<a href="?page=news&amp;cat={cat}&amp;p={n}">{n}</a>')
    if page < pages:
        parts.append(f'<a href="?page=news&amp;cat={cat}&amp;p={page + 1}">Sau &rsaquo;</a>')
        parts.append(f'<a href="?page=news&amp;cat={cat}&amp;p={pages}">Cuối &raquo;</a>')
    return f'<div class="phantrang">Trang {page}/{pages}: ' + " ".join(parts) + "</div>"


def listing_page(cat: int, page: int) -> str | None:
    items = _sorted(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = _pager(cat, page, pages)
    center = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/?page=news&amp;cat={cat}">{esc(CATS[cat])}</a></div>
<h1 class="tieude_dm">{esc(CATS[cat])}</h1>
{pager}
<div class="ds_tin">{"".join(_item(s) for s in chunk)}</div>
{pager}"""
    return layout(f"{SITE} :: {CATS[cat]}", SITE, center)


def home_page(request: Request) -> str:
    host = base_url(request)
    featured = [s for s in _sorted() if s.opts.get("featured")]
    slides = "".join(
        f'<li><a href="{esc(host)}/index.php?page=news_detail&amp;id={s.id}&amp;title={s.slug}">'
        f'<img src="{U}/thumb/{s.id}.jpg" width="460" height="280" border="0" /><span>{esc(s.title)}</span></a></li>'
        for s in featured
    )
    latest = "".join(_item(s) for s in _sorted()[:6])
    blocks = []
    for c in (2, 3, 4):
        li = "".join(
            f'<li><a href="{esc(story_path(s))}">{esc(s.title)}</a> <span class="ngay_tin">({short_date(s)})</span></li>'
            for s in _sorted(c)[:5]
        )
        blocks.append(
            f'<div class="khung_dm"><div class="td_dm"><a href="/?page=news&amp;cat={c}">{esc(CATS[c]).upper()}</a></div>'
            f'<ul>{li}</ul><div class="xem_tc"><a href="/?page=news&amp;cat={c}">Xem tất cả &raquo;</a></div></div>'
        )
    center = f"""<div id="slider"><ul class="slides">{slides}</ul></div>
<div class="khung_dm"><div class="td_dm">TIN MỚI NHẤT</div>{latest}</div>
{"".join(blocks)}"""
    return layout(SITE, "Website Trường THPT Phan Châu Trinh, thành phố Tam Kỳ, tỉnh Quảng Nam", center)


def static_page(alias: str) -> str | None:
    if alias not in STATIC:
        return None
    title, paras = STATIC[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    center = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(title)}</div>
<h1 class="tieude_dm">{esc(title)}</h1>
<div class="khung_ct"><div class="nd_ct">{body}</div></div>"""
    return layout(f"{SITE} :: {title}", SITE, center)


def album_page(aid: int) -> str | None:
    if aid not in ALBUMS:
        return None
    title, day, photos = ALBUMS[aid]
    cells = "".join(
        f'<td align="center" valign="top" width="33%"><a href="/uploads/album/{aid}/{f}" rel="lightbox[alb]">'
        f'<img src="/uploads/album/{aid}/thumb_{f}" width="180" border="0" /></a><br /><span class="cthich">{esc(c)}</span></td>'
        for f, c in photos
    )
    center = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/?page=album&amp;id=5">Thư viện ảnh</a></div>
<h1 class="tieude_dm">Thư viện ảnh</h1>
<div class="khung_ct"><div class="tde_ct">{esc(title)}</div>
<div class="ttin_ct">Ngày tạo: {day} &nbsp;|&nbsp; Số ảnh: {len(photos)}</div>
<table class="bang_anh" width="100%"><tr>{cells}</tr></table></div>"""
    return layout(f"{SITE} :: Thư viện ảnh", SITE, center)


def search_page(keyword: str) -> str:
    hits = [s for s in _sorted() if keyword and keyword.lower() in s.title.lower()]
    res = "".join(_item(s) for s in hits) or "<p>Không tìm thấy kết quả nào.</p>"
    center = f"""<div class="duongdan"><a href="/">Trang chủ</a> &raquo; Tìm kiếm</div>
<h1 class="tieude_dm">Kết quả tìm kiếm: {esc(keyword)}</h1>{res}"""
    return layout(f"{SITE} :: Tìm kiếm", SITE, center)


def poll_page() -> str:
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<title>Kết quả bình chọn</title></head><body><h3>Bạn biết đến website của trường qua đâu?</h3>
<p>Thầy cô giới thiệu: 41%</p><p>Bạn bè: 22%</p><p>Mạng xã hội: 37%</p>
<p><a href="javascript:window.close()">Đóng cửa sổ</a></p></body></html>"""


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.path not in ("/", "/index.php"):
            return static_file(request.path)
        q = request.params
        page = q.get("page")
        body: str | None
        if not request.query:
            body = home_page(request)
        elif page == "news_detail":
            s = BY_ID.get(_int(q.get("id")))
            body = article_page(request, s) if s else None
        elif page == "print":
            s = BY_ID.get(_int(q.get("id")))
            body = print_page(request, s) if s else None
        elif page == "news":
            cat = _int(q.get("cat"))
            p = _int(q.get("p") or "1")
            body = listing_page(cat, p) if cat in CATS and p is not None else None
        elif page == "static":
            body = static_page(q.get("alias", ""))
        elif page == "album":
            aid = _int(q.get("id"))
            body = album_page(aid) if aid is not None else None
        elif page == "search":
            body = search_page(q.get("keyword", ""))
        elif page == "poll":
            body = poll_page()
        else:
            body = None
        if body is None:
            return None
        return html(body, headers={"X-Powered-By": "PHP/5.4.45", "Set-Cookie": "PHPSESSID=8f1c2d3e4a5b6c7d; path=/"})


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    alts = [f"/?page=news_detail&id={s.id}", f"/?page=print&id={s.id}"]
    if s.opts.get("featured"):
        alts.append(f"/index.php?page=news_detail&id={s.id}&title={s.slug}")
    if s.opts.get("old_slug"):
        alts.append(story_path(s, s.opts["old_slug"]))
    return alts


GOLD = [gold_record(s, story_path(s), CATS[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/?page=static&alias=gioi-thieu",
    "/?page=static&alias=co-cau-to-chuc",
    "/?page=static&alias=lien-he",
    "/?page=album&id=5",
    "/?page=album&id=3",
]
