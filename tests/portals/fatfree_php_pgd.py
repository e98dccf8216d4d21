"""Phòng GD&ĐT huyện Yên Thế (Bắc Giang): a home-made PHP site on the Fat-Free Framework (F3).

Platform
    Built by the office's own staff on F3 3.x with its template engine (``{{ @post.tieu_de }}``,
    ``<repeat>``, ``<check>``) and a Bootstrap 3 layout: navbar with drop-downs, ``.panel`` boxes
    for everything (the article itself, the sidebar portlets, "Các tin khác"), ``.media`` rows
    in listings, ``.carousel`` for the slider and for an article's photo gallery. As in F3's own
    skeleton, every page carries ``<base href="http://<host>/">`` and the templates print every
    link and image *relative to it* (``href="tin/481/…"``, ``src="uploads/…"``).

URL scheme (F3 routes)
    ``GET /``                      home: slider "Tin nổi bật", "Tin mới nhất", two cấp-học boxes
    ``GET /tin/@id/@slug``         article (the route ignores @slug: any slug serves the post)
    ``GET /tin/@id``               the same article (short form, printed by another template)
    ``GET /danh-muc/@slug?p=N``    category listing, 3 posts a page (``p`` absent = page 1)
    ``GET /van-ban``, ``/van-ban/@id``  documents register and its entries
    ``GET /lich-tuan``             the week's work calendar
    ``GET /gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/tim-kiem?q=``, ``POST /binh-chon``

Page templates
    layout.htm: header (banner whose ``<h1>`` is the office's name, today's date), navbar, a
    col-md-8 main column and a col-md-4 sidebar (Thông báo marquee, Đọc nhiều nhất, poll,
    links select, visitor counter), footer. tin.htm: breadcrumb; ``div.panel.bv`` whose
    ``.panel-heading`` holds the title as ``h3.panel-title`` plus the info line (hidden-xs) and a
    mobile twin of both (visible-xs); ``.panel-body`` holds ``p.lead`` (field ``mo_ta``), the
    text in ``div.nd-bai`` (field ``noi_dung | raw``), the gallery carousel (table ``anh``), the
    attachments table, tools and the Facebook comments box; then a panel "Các tin khác".

How each gold article is reached
    Tin tức - Sự kiện (5 posts): 481, 476, 470 on page 1; 463, 455 on ``?p=2`` (455 only there;
    463 also from "Đọc nhiều nhất" under its old slug). Giáo dục THCS (4): 479, 472, 466 on page
    1, 458 only on ``?p=2``. Giáo dục Tiểu học (2): 474, 461. Giáo dục Mầm non (1): 468. Thông
    báo (1): 483. Home shows the six newest, the slider and the Tiểu học / Mầm non boxes.

Traps
    1. ``<base href>`` + relative links (F3 skeleton): ``href="tin/466/sinh-hoat…"`` on
       ``/tin/479/…`` means ``/tin/466/…``, not ``/tin/479/tin/466/…`` (that one 404s); the
       pager prints ``danh-muc/giao-duc-thcs?p=2``. Gold paths and image paths resolve against
       ``/`` (``image_page="/"``).
    2. The headline is an ``h3.panel-title``; the page's ``<h1>`` is the office's name in the
       banner, and ``<title>`` is the headline cut at 50 characters plus "..." (the template's
       ``substr``). Gold title: the full h3 text.
    3. Responsive twin: a ``.visible-xs`` block repeats the headline as ``h4`` and prints a short
       date "03/12" (no year) with the view count. Gold: headline once, date from the full line.
    4. Dates from PHP ``date('d M Y, H:i')`` with the English month ("03 Dec 2026, 14:30") in
       the info line; a post imported without a time prints "12 Nov 2026, 00:00" -> the day
       alone ("2026-11-12"). Listings print "dd/mm/YYYY".
    5. Publication and update dates side by side, told apart only by icon and ``title``
       attribute (``<span title="Cập nhật lần cuối">``), and ``article:published_time`` is bound
       to the update column (``cap_nhat``). Gold: the "Ngày đăng" span.
    6. One post, several URLs: ``/tin/<id>`` (sidebar "Đọc nhiều nhất", printed by another
       template), an old slug left by a headline edit (home slider for 481, "Đọc nhiều nhất" for
       463) and ``/tin/<id>/<slug>``; the route ignores the slug and no page redirects. Gold:
       the current-slug path, the others in ``alt_paths``; canonical is the current slug.
    7. Sapo as ``p.lead`` outside ``div.nd-bai`` (field ``mo_ta``): summary and first body
       paragraph. Then an italic "Bài và ảnh: X" line opens ``nd-bai`` *before* the text: X is
       author and photographer, the line is not body.
    8. Bootstrap ``div.thumbnail`` inside the text with its line as ``div.caption > p``: that
       ``<p>`` is the photo's caption, not a paragraph.
    9. Gallery after the text: ``.carousel-inner .item img`` with ``.carousel-caption p``: those
       photos are the article's images (in order, after the inline ones), their lines captions
       (one item has none -> None); the indicators and "‹ Trước / Sau ›" controls are no text.
   10. CKEditor in ENTER_BR mode on older posts (470, 461): the text is one ``<div>`` whose
       lines are split by ``<br />``: each line is a paragraph ("- " typed by the editor kept).
   11. Info-line fields: "Nguồn tin: X" -> source X (470); "Tác giả: X" -> author X (466, 458);
       "Người đăng: <account>" on every post -> nobody.
   12. An office notice (483) printed as an official document: letterhead table, "THÔNG BÁO /
       Về việc …", "Nơi nhận" + signer; date = the letterhead's day, signer = author.
   13. Not body: "Xem thêm:" line, right-aligned bylines ("Trần Văn Nam - Trường THCS Bố Hạ" ->
       "Trần Văn Nam"; "ThS. Lê Văn Hùng" -> "Lê Văn Hùng"; unit alone "Tổ THCS" is the author),
       "Tin: X - Ảnh: Y", the credit-only line "Ảnh: Y" (caption None), the "Tệp đính kèm" table,
       the copy-link box, "Các tin khác".
   14. Pager: ``?p=1`` is printed by page 2 and is the bare listing again; 455 and 458 are only
       on page 2 of their categories ("Các tin khác" lists only *newer* posts).

Gold decisions on ambiguous points
    - A "Nguồn tin:" field in the info line counts as the source line (the post is relayed).
    - 483's info line prints "04 Dec 2026, 16:40" (when it was posted); the gold date is the
      letterhead's day "2026-12-04", per the house convention.
    - Emoji typed in the text (🌸, 👉) are kept as printed.
    - The "Tài liệu tham khảo" heading and its entry in 466 are the text's own (body).
    - Category = the breadcrumb's last crumb (the same as the menu's label).
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "fatfree_php_pgd"
PLATFORM = "Fat-Free Framework (F3) PHP, Bootstrap 3, home-made"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-mam-non": "Giáo dục Mầm non",
    "giao-duc-tieu-hoc": "Giáo dục Tiểu học",
    "giao-duc-thcs": "Giáo dục THCS",
    "thong-bao": "Thông báo",
}

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _byline_right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=483,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-12-04",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
                '<tbody><tr><td style="text-align:center; width:42%">UBND HUYỆN YÊN THẾ<br />'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 512/TB-PGDĐT</td>'
                '<td style="text-align:center"><em>Yên Thế, ngày 04 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và hướng dẫn của UBND tỉnh Bắc Giang về việc nghỉ "
                "Tết Dương lịch năm 2027;"
            ),
            P("Phòng GD&ĐT huyện Yên Thế thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P(
                "1. Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào Thứ Sáu, "
                "ngày 01/01/2027."
            ),
            P(
                "2. Các đơn vị phân công trực, bảo vệ an toàn cơ sở vật chất trong thời gian nghỉ và "
                "báo cáo về Phòng GD&ĐT trước ngày 30/12/2026."
            ),
            P(
                "Đề nghị Thủ trưởng các đơn vị trường học thông báo tới toàn thể cán bộ, giáo viên, "
                "nhân viên và học sinh biết, thực hiện./."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Các trường MN, TH, THCS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>TRƯỞNG PHÒNG</strong>'
                "<br /><br /><br /><strong>Nguyễn Văn Thắng</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"printed": (2026, 12, 4, 16, 40), "account": "vanphong"},
    ),
    Story(
        id=481,
        slug="yen-the-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Yên Thế tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Từ ngày 24/11 đến 02/12/2026, Phòng GD&ĐT huyện Yên Thế tổ chức Hội thi giáo viên dạy "
            "giỏi cấp huyện bậc THCS với sự tham gia của 86 giáo viên đến từ 21 trường THCS trên "
            "địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            Raw("<p><em>Bài và ảnh: Hoàng Minh Tuấn</em></p>"),
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của đội ngũ giáo viên, đồng "
                "thời tạo cơ hội để các thầy cô giao lưu, học hỏi kinh nghiệm, đổi mới phương pháp "
                "dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành trên lớp và trình bày biện "
                "pháp nâng cao chất lượng giảng dạy bộ môn. Ban Giám khảo gồm các cán bộ, chuyên "
                "viên Phòng GD&ĐT và giáo viên cốt cán của huyện."
            ),
            Img(
                "uploads/2026/12/gvdg-thcs-01.jpg",
                "Cô giáo Nguyễn Thu Trang, Trường THCS Phồn Xương trong tiết dạy thực hành môn Ngữ văn",
                "Cô giáo Nguyễn Thu Trang, Trường THCS Phồn Xương trong tiết dạy thực hành môn Ngữ văn",
                style="thumb",
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 64 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "huyện, trong đó có 12 giáo viên được đề nghị tham dự hội thi cấp tỉnh."
            ),
            P(
                "Phát biểu bế mạc hội thi, đồng chí Trưởng phòng GD&ĐT ghi nhận sự chuẩn bị chu đáo "
                "của các nhà trường và đề nghị giáo viên tiếp tục lan tỏa những tiết dạy hay tới "
                "đồng nghiệp."
            ),
        ],
        authors=["Hoàng Minh Tuấn"],
        photographers=["Hoàng Minh Tuấn"],
        opts={
            "updated": (2026, 12, 4, 9, 12),
            "old_slug": "hoi-thi-gvdg-cap-huyen-thcs-2026",
            "account": "tuanhm",
        },
    ),
    Story(
        id=479,
        slug="truong-thcs-bo-ha-chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien",
        title="Trường THCS Bố Hạ: Chuyên đề dạy học STEM môn Khoa học tự nhiên",
        cat="giao-duc-thcs",
        published_at="2026-12-01T09:45:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Khoa học tự nhiên theo định hướng giáo dục STEM, "
            "ngày 28/11, Trường THCS Bố Hạ tổ chức chuyên đề cấp cụm với sự tham gia của giáo viên "
            "5 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa bài “Chế tạo mô hình pin chanh” do cô giáo Ngô Thị Huyền thực "
                "hiện đã giúp học sinh vận dụng kiến thức về dòng điện để giải quyết vấn đề thực tiễn."
            ),
            Img(
                "uploads/2026/12/stem-bo-ha.jpg",
                "Học sinh lớp 8A thực hành lắp ráp mô hình pin chanh",
                "Học sinh lớp 8A thực hành lắp ráp mô hình pin chanh",
                style="thumb",
            ),
            P(
                "Học sinh được chia thành các nhóm, tự thiết kế, lắp ráp và thử nghiệm sản phẩm, sau "
                "đó thuyết trình trước lớp."
            ),
            P(
                "Các đại biểu dự chuyên đề đã thảo luận, chia sẻ kinh nghiệm về quy trình tổ chức dạy "
                "học STEM và cách đánh giá sản phẩm của học sinh."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="tin/466/sinh-hoat-chuyen-mon-theo-nghien-cuu-'
                'bai-hoc-tai-cum-truong-thcs-so-2">Sinh hoạt chuyên môn theo nghiên cứu bài học tại '
                "cụm trường THCS số 2</a></p>"
            ),
            _byline_right("<strong>Trần Văn Nam</strong> - Trường THCS Bố Hạ"),
        ],
        authors=["Trần Văn Nam"],
        opts={"account": "thcsboha"},
    ),
    Story(
        id=476,
        slug="ngay-nha-giao-viet-nam-20-11-gap-mat-cac-the-he-nha-giao-huyen-yen-the",
        title="Ngày Nhà giáo Việt Nam 20/11: Gặp mặt các thế hệ nhà giáo huyện Yên Thế",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T08:00:00+07:00",
        blocks=[
            P(
                "Sáng 19/11, Phòng GD&ĐT huyện Yên Thế tổ chức gặp mặt các thế hệ nhà giáo nhân kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tới dự có đại diện lãnh đạo Huyện ủy, UBND huyện, các thầy cô giáo nghỉ hưu qua các "
                "thời kỳ cùng cán bộ quản lý các trường học trên địa bàn huyện."
            ),
            P(
                "Tại buổi gặp mặt, các thầy cô giáo lão thành đã ôn lại những kỷ niệm về một thời gian "
                "khó, khi trường lớp còn thiếu thốn, giáo viên phải vượt suối, băng rừng để đến lớp."
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 25 tập thể và 68 cá nhân có thành tích xuất "
                "sắc trong năm học 2025-2026."
            ),
            _byline_right("<strong>Nguyễn Thị Thu Hà</strong> - Văn phòng Phòng GD&amp;ĐT"),
            Img(
                "uploads/2026/11/gap-mat-2011-1.jpg",
                "Các đại biểu dự buổi gặp mặt",
                "Các đại biểu dự buổi gặp mặt",
                style="carousel",
            ),
            Img(
                "uploads/2026/11/gap-mat-2011-2.jpg",
                "Lãnh đạo UBND huyện tặng hoa các thầy cô giáo lão thành",
                "Lãnh đạo UBND huyện tặng hoa các thầy cô giáo lão thành",
                style="carousel",
            ),
            Img(
                "uploads/2026/11/gap-mat-2011-3.jpg",
                "Trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Trao Giấy khen cho các tập thể có thành tích xuất sắc",
                style="carousel",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"account": "vanphong"},
    ),
    Story(
        id=474,
        slug="giao-luu-tieng-viet-cua-chung-em-cho-hoc-sinh-dan-toc-thieu-so-cap-tieu-hoc",
        title="Giao lưu “Tiếng Việt của chúng em” cho học sinh dân tộc thiểu số cấp Tiểu học",
        cat="giao-duc-tieu-hoc",
        published_at="2026-11-18T10:05:00+07:00",
        summary=(
            "Ngày 16/11, Phòng GD&ĐT Yên Thế tổ chức giao lưu “Tiếng Việt của chúng em” dành cho "
            "học sinh dân tộc thiểu số cấp Tiểu học năm học 2026-2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia giao lưu có 19 đội đến từ các trường Tiểu học trên địa bàn huyện, mỗi đội "
                "gồm 3 học sinh lớp 4 và lớp 5."
            ),
            Img(
                "uploads/2026/11/tieng-viet-cua-chung-em.jpg",
                "(Các đội thi phần chào hỏi)",
                "Các đội thi phần chào hỏi",
                style="center",
            ),
            P(
                "Các em tham gia ba phần thi: chào hỏi, kiến thức Tiếng Việt và năng khiếu, thể hiện "
                "sự tự tin, hồn nhiên và vốn hiểu biết phong phú."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 3 giải Nhất cho các đội Trường Tiểu học Canh Nậu, Tiểu học "
                "Xuân Lương và Tiểu học Đồng Tiến."
            ),
            _byline_right("<strong>Phạm Thị Lan</strong>"),
        ],
        authors=["Phạm Thị Lan"],
        opts={"account": "tieuhoc"},
    ),
    Story(
        id=472,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
        cat="giao-duc-thcs",
        published_at="2026-11-15T15:20:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027 đã diễn ra an toàn, nghiêm "
            "túc với 742 thí sinh dự thi ở 10 môn văn hóa."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kết quả, có 412 thí sinh đạt giải, chiếm tỷ lệ 55,5%; trong đó có 18 giải Nhất, 67 "
                "giải Nhì, 142 giải Ba và 185 giải Khuyến khích."
            ),
            P("Các trường có kết quả cao gồm:"),
            P("TT | Trường | Số giải | Xếp thứ", "tr"),
            P("1 | THCS Bố Hạ | 48 | Nhất", "tr"),
            P("2 | THCS Thị trấn Cầu Gồ | 41 | Nhì", "tr"),
            P("3 | THCS Phồn Xương | 35 | Ba", "tr"),
            P("Danh sách thí sinh đạt giải xem trong tệp đính kèm."),
            _byline_right("<strong>Tổ THCS</strong>"),
        ],
        authors=["Tổ THCS"],
        opts={
            "updated": (2026, 11, 17, 10, 2),
            "files": [("DS-dat-giai-HSG9-2026-2027.pdf", "Danh sách thí sinh đạt giải")],
            "account": "thcs",
        },
    ),
    Story(
        id=470,
        slug="doan-kiem-tra-cua-so-gd-dt-bac-giang-lam-viec-tai-huyen-yen-the",
        title="Đoàn kiểm tra của Sở GD&ĐT Bắc Giang làm việc tại huyện Yên Thế",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 11/11/2026, Đoàn kiểm tra của Sở GD&ĐT Bắc Giang do đồng chí Phó Giám đốc Sở "
                "làm trưởng đoàn đã kiểm tra công tác chuẩn bị năm học mới tại huyện Yên Thế.",
                "br",
            ),
            P(
                "Đoàn đã kiểm tra thực tế tại Trường Mầm non Tân Sỏi, Trường Tiểu học Đồng Lạc và "
                "Trường THCS Tam Hiệp.",
                "br",
            ),
            P(
                "Sau khi nghe báo cáo, đồng chí Trưởng đoàn đánh giá cao sự quan tâm của cấp ủy, "
                "chính quyền địa phương đối với sự nghiệp giáo dục.",
                "br",
            ),
            P(
                "Đoàn cũng đề nghị huyện tiếp tục rà soát, sắp xếp mạng lưới trường lớp, bổ sung giáo "
                "viên còn thiếu ở các cấp học.",
                "br",
            ),
        ],
        source="Văn phòng Sở GD&ĐT Bắc Giang",
        opts={"printed": (2026, 11, 12, 0, 0), "source_field": True, "account": "admin"},
    ),
    Story(
        id=468,
        slug="hoi-thi-be-khoe-be-ngoan-cap-huyen-nam-2026",
        title="Hội thi “Bé khỏe – Bé ngoan” cấp huyện năm 2026",
        cat="giao-duc-mam-non",
        published_at="2026-11-06T09:00:00+07:00",
        blocks=[
            Raw("<p><em>Bài và ảnh: Đỗ Thị Mai</em></p>"),
            P(
                "🌸 Ngày 05/11/2026, tại Trường Mầm non Thị trấn Cầu Gồ, Phòng GD&ĐT Yên Thế tổ chức "
                "Hội thi “Bé khỏe – Bé ngoan” cấp huyện dành cho trẻ mẫu giáo 5-6 tuổi."
            ),
            Img(
                "uploads/2026/11/be-khoe-be-ngoan.jpg",
                "Các bé Trường Mầm non Bố Hạ trong phần thi đồng diễn",
                "Các bé Trường Mầm non Bố Hạ trong phần thi đồng diễn",
                style="thumb",
            ),
            P(
                "Hội thi có sự tham gia của 24 đội, mỗi đội 10 bé, trải qua các phần thi: đồng diễn "
                "thể dục, vận động theo nhạc và hiểu biết về an toàn giao thông."
            ),
            P(
                "👉 Kết quả: Giải Nhất thuộc về Trường Mầm non Bố Hạ; hai giải Nhì thuộc về Mầm non "
                "Tân Sỏi và Mầm non Phồn Xương."
            ),
        ],
        authors=["Đỗ Thị Mai"],
        photographers=["Đỗ Thị Mai"],
        opts={"account": "mamnon"},
    ),
    Story(
        id=466,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-thcs-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường THCS số 2",
        cat="giao-duc-thcs",
        published_at="2026-11-03T14:30:00+07:00",
        blocks=[
            P(
                "Ngày 31/10/2026, cụm trường THCS số 2 gồm các trường THCS Tam Tiến, Xuân Lương, Canh "
                "Nậu và Đồng Vương tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường "
                "THCS Tam Tiến."
            ),
            P(
                "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì đánh giá giờ "
                "dạy của giáo viên, đúng tinh thần của Công văn 5512/BGDĐT-GDTrH.[1]"
            ),
            P(
                "Nghiên cứu bài học giúp giáo viên hiểu học sinh hơn, từ đó điều chỉnh cách dạy phù "
                "hợp với từng đối tượng.",
                "q",
            ),
            P(
                "Buổi sinh hoạt kết thúc với việc thống nhất các biện pháp hỗ trợ học sinh gặp khó "
                "khăn trong học tập."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Công văn số 5512/BGDĐT-GDTrH ngày 18/12/2020 của Bộ GD&ĐT.", "note"),
        ],
        authors=["Đinh Văn Khánh"],
        opts={"author_field": "Đinh Văn Khánh", "account": "thcs"},
    ),
    Story(
        id=463,
        slug="trien-khai-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
        title="Triển khai chuyển đổi số trong quản lý trường học năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T16:15:00+07:00",
        summary=(
            "Phòng GD&ĐT Yên Thế vừa ban hành kế hoạch triển khai chuyển đổi số trong quản lý, dạy "
            "học tại các cơ sở giáo dục trên địa bàn huyện năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Mục tiêu", "h"),
            P(
                "100% trường học sử dụng hồ sơ điện tử, sổ điểm điện tử và học bạ số; 90% giáo viên "
                "sử dụng thành thạo các phần mềm dạy học."
            ),
            P("2. Nhiệm vụ trọng tâm", "h"),
            P("Hoàn thiện cơ sở dữ liệu ngành giáo dục trên hệ thống của Bộ GD&ĐT;", "li"),
            P("Triển khai thanh toán không dùng tiền mặt trong các nhà trường;", "li"),
            P("Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên và nhân viên.", "li"),
            P("3. Tiến độ thực hiện", "h"),
            P("Nội dung | Thời gian | Đơn vị thực hiện", "tr"),
            P("Rà soát hạ tầng mạng | Tháng 11/2026 | Các trường học", "tr"),
            P("Tập huấn học bạ số | Tháng 12/2026 | Phòng GD&ĐT", "tr"),
            _byline_right("<strong>ThS. Lê Văn Hùng</strong>"),
        ],
        authors=["Lê Văn Hùng"],
        opts={
            "updated": (2026, 11, 2, 7, 55),
            "old_slug": "trien-khai-chuyen-doi-so-nam-2026",
            "files": [("Ke-hoach-CDS-nganh-GD-2026.pdf", "Kế hoạch chuyển đổi số năm 2026")],
            "account": "admin",
        },
    ),
    Story(
        id=461,
        slug="tap-huan-trien-khai-chuong-trinh-gdpt-2018-doi-voi-lop-5",
        title="Tập huấn triển khai Chương trình GDPT 2018 đối với lớp 5",
        cat="giao-duc-tieu-hoc",
        published_at="2026-10-22T13:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 20 đến 21/10/2026, Phòng GD&ĐT tổ chức tập huấn cho 150 cán bộ quản lý và "
                "giáo viên dạy lớp 5 các trường Tiểu học.",
                "br",
            ),
            P(
                "Nội dung tập huấn tập trung vào phương pháp dạy học, kiểm tra đánh giá học sinh theo "
                "Thông tư 27/2020/TT-BGDĐT.",
                "br",
            ),
            P("- Xây dựng kế hoạch bài dạy theo định hướng phát triển năng lực;", "br"),
            P("- Sử dụng sách giáo khoa và thiết bị dạy học hiệu quả.", "br"),
            P(
                "Kết thúc tập huấn, các học viên làm bài thu hoạch và xây dựng kế hoạch bài dạy minh "
                "họa.",
                "br",
            ),
        ],
        opts={"account": "admin"},
    ),
    Story(
        id=458,
        slug="truong-thcs-dong-ky-don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường THCS Đồng Kỳ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="giao-duc-thcs",
        published_at="2026-10-16T07:30:00+07:00",
        blocks=[
            P(
                "Sáng 15/10, Trường THCS Đồng Kỳ long trọng tổ chức lễ đón nhận Bằng công nhận trường "
                "đạt chuẩn quốc gia mức độ 1 và khai giảng năm học mới."
            ),
            P(
                "Sau 5 năm phấn đấu, nhà trường đã đầu tư xây dựng 12 phòng học kiên cố, phòng thí "
                "nghiệm, thư viện đạt chuẩn; 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo."
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo UBND huyện đề nghị nhà trường tiếp tục giữ "
                "vững và nâng cao các tiêu chí trường chuẩn quốc gia."
            ),
            Img(
                "uploads/2026/10/dong-ky-1.jpg",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                style="carousel",
            ),
            Img("uploads/2026/10/dong-ky-2.jpg", None, None, style="carousel"),
        ],
        authors=["Lương Thị Hằng"],
        opts={"author_field": "ThS. Lương Thị Hằng", "account": "thcs"},
    ),
    Story(
        id=455,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện lần thứ XI",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T10:00:00+07:00",
        blocks=[
            P(
                "Sáng 08/10, tại Sân vận động huyện, Ban Tổ chức đã khai mạc Hội khỏe Phù Đổng huyện "
                "Yên Thế lần thứ XI năm 2026."
            ),
            Img("uploads/2026/10/hkpd-khai-mac.jpg", "Ảnh: Vũ Đức Anh", None, style="center"),
            P(
                "Hội khỏe năm nay thu hút hơn 900 vận động viên là học sinh của 58 trường học, tranh "
                "tài ở 8 môn: điền kinh, bơi, bóng đá, cầu lông, bóng bàn, cờ vua, đá cầu và kéo co."
            ),
            P(
                "Hội khỏe là dịp để đánh giá kết quả công tác giáo dục thể chất trong nhà trường, "
                "đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng tỉnh Bắc Giang."
            ),
            _byline_right("<em>Tin: Bùi Thị Ngọc - Ảnh: Vũ Đức Anh</em>"),
        ],
        authors=["Bùi Thị Ngọc"],
        photographers=["Vũ Đức Anh"],
        opts={"account": "admin"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _stamp(story: Story) -> tuple[int, int, int, int, int]:
    """(Y, m, d, H, i) the info line prints for the post (``ngay_dang``)."""
    if "printed" in story.opts:
        return story.opts["printed"]
    day, _, clock = story.published_at.partition("T")
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock[:5].split(":")) if clock else (0, 0)
    return (y, m, d, hh, mm)


def _php_date(t: tuple[int, int, int, int, int]) -> str:
    """PHP ``date('d M Y, H:i')`` without a Vietnamese locale."""
    y, m, d, hh, mm = t
    return f"{d:02d} {_MONTHS[m - 1]} {y}, {hh:02d}:{mm:02d}"


def _dmy(t: tuple[int, int, int, int, int]) -> str:
    return f"{t[2]:02d}/{t[1]:02d}/{t[0]}"


def _iso(t: tuple[int, int, int, int, int]) -> str:
    y, m, d, hh, mm = t
    return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00+07:00"


def article_path(story: Story) -> str:
    return f"/tin/{story.id}/{story.slug}"


def _href(story: Story, slug: str | None = None) -> str:
    """The relative link the templates print (resolved against ``<base href>``)."""
    return f"tin/{story.id}/{slug or story.slug}"


def _in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=_stamp, reverse=True)


def _newest(n: int) -> list[Story]:
    return sorted(STORIES, key=_stamp, reverse=True)[:n]


def _teaser(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


# --- layout ---------------------------------------------------------------------------------

_MENU = """
<nav class="navbar navbar-default navbar-pgd" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnu-chinh">
    <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span>
   </button>
  </div>
  <div class="collapse navbar-collapse" id="mnu-chinh">
   <ul class="nav navbar-nav">
    <li><a href="./"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="gioi-thieu">Giới thiệu chung</a></li>
      <li><a href="co-cau-to-chuc">Cơ cấu tổ chức</a></li>
     </ul></li>
    <li><a href="danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Cấp học <span class="caret"></span></a>
     <ul class="dropdown-menu">
      <li><a href="danh-muc/giao-duc-mam-non">Giáo dục Mầm non</a></li>
      <li><a href="danh-muc/giao-duc-tieu-hoc">Giáo dục Tiểu học</a></li>
      <li><a href="danh-muc/giao-duc-thcs">Giáo dục THCS</a></li>
     </ul></li>
    <li><a href="danh-muc/thong-bao">Thông báo</a></li>
    <li><a href="van-ban">Văn bản</a></li>
    <li><a href="lich-tuan">Lịch công tác</a></li>
    <li><a href="lien-he">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right" action="tim-kiem" method="get" role="search">
    <div class="form-group"><input type="text" name="q" class="form-control input-sm" placeholder="Tìm kiếm..."></div>
    <button type="submit" class="btn btn-default btn-sm"><i class="glyphicon glyphicon-search"></i></button>
   </form>
  </div>
 </div>
</nav>"""


def _sidebar() -> str:
    notice = BY_ID[483]
    most_read = [
        (BY_ID[463], _href(BY_ID[463], BY_ID[463].opts["old_slug"])),
        (BY_ID[476], f"tin/{BY_ID[476].id}"),
        (BY_ID[472], f"tin/{BY_ID[472].id}"),
        (BY_ID[468], f"tin/{BY_ID[468].id}"),
    ]
    rows = "\n".join(
        f'   <li class="list-group-item"><span class="badge">{s.views()}</span>'
        f'<a href="{href}">{esc(s.title)}</a></li>'
        for s, href in most_read
    )
    return f"""
<div class="col-md-4 cot-phai">
 <div class="panel panel-danger">
  <div class="panel-heading"><b><i class="glyphicon glyphicon-bullhorn"></i> THÔNG BÁO</b></div>
  <div class="panel-body"><marquee direction="up" scrollamount="2" height="90" onmouseover="this.stop()" onmouseout="this.start()">
   <p><a href="{_href(notice)}">{esc(notice.title)}</a> <img src="ui/images/new.gif" alt="new"></p>
   <p>Lịch thi học kỳ I năm học 2026-2027 sẽ được thông báo sau.</p>
  </marquee></div>
 </div>
 <div class="panel panel-primary">
  <div class="panel-heading"><b>ĐỌC NHIỀU NHẤT</b></div>
  <ul class="list-group">
{rows}
  </ul>
 </div>
 <div class="panel panel-info">
  <div class="panel-heading"><b>THĂM DÒ Ý KIẾN</b></div>
  <div class="panel-body">
   <form action="binh-chon" method="post">
    <p>Bạn đánh giá thế nào về website của Phòng?</p>
    <div class="radio"><label><input type="radio" name="bc" value="1"> Rất hữu ích</label></div>
    <div class="radio"><label><input type="radio" name="bc" value="2"> Hữu ích</label></div>
    <div class="radio"><label><input type="radio" name="bc" value="3"> Cần cải thiện</label></div>
    <button type="submit" class="btn btn-info btn-xs">Bình chọn</button>
   </form>
  </div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><b>LIÊN KẾT WEBSITE</b></div>
  <div class="panel-body">
   <select class="form-control" onchange="if(this.value) window.open(this.value)">
    <option value="">-- Chọn liên kết --</option>
    <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
    <option value="https://bacgiang.edu.vn">Sở GD&amp;ĐT Bắc Giang</option>
    <option value="https://yenthe.bacgiang.gov.vn">UBND huyện Yên Thế</option>
   </select>
   <p style="margin-top:8px"><a href="https://www.facebook.com/pgdyenthe" target="_blank"><img src="ui/images/fb-page.png" alt="Facebook PGD Yên Thế"></a></p>
  </div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><b>THỐNG KÊ TRUY CẬP</b></div>
  <div class="panel-body tk">
   <p><i class="glyphicon glyphicon-user"></i> Đang online: 17</p>
   <p><i class="glyphicon glyphicon-stats"></i> Hôm nay: 412</p>
   <p><i class="glyphicon glyphicon-globe"></i> Tổng truy cập: 1.285.903</p>
  </div>
 </div>
</div>"""


def _layout(request: Request, title: str, main: str, head_extra: str = "") -> Response:
    base = base_url(request) + "/"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{esc(base)}">
<title>{esc(title)}</title>
<meta name="generator" content="Fat-Free Framework">
{head_extra}
<link rel="stylesheet" href="ui/css/bootstrap.min.css">
<link rel="stylesheet" href="ui/css/pgd.css?v=3.2">
<link rel="shortcut icon" href="ui/images/favicon.ico">
</head>
<body>
<div id="fb-root"></div>
<div class="top-bar"><div class="container">
 <span class="pull-left"><i class="glyphicon glyphicon-calendar"></i> {HEADER_TODAY}</span>
 <span class="pull-right"><a href="lien-he">Liên hệ</a> | <a href="https://mail.bacgiang.edu.vn">Thư điện tử</a></span>
</div></div>
<header class="banner"><div class="container">
 <a href="./"><img src="ui/images/logo-pgd.png" alt="Logo" class="pull-left logo"></a>
 <div class="ten-dv"><small>UBND HUYỆN YÊN THẾ</small>
  <h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN THẾ</h1></div>
</div></header>
{_MENU}
<div class="container noi-dung-chinh">
 <div class="row">
  <div class="col-md-8">
{main}
  </div>
{_sidebar()}
 </div>
</div>
<footer class="chan-trang"><div class="container">
 <p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THẾ</b></p>
 <p>Địa chỉ: Thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang</p>
 <p>Điện thoại: 0204 3876 215 - Email: pgdyenthe@bacgiang.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT Nguyễn Văn Thắng</p>
 <p class="text-muted small">&copy; 2016-2026 PGD&amp;ĐT Yên Thế. Thiết kế: Tổ Tin học PGD.</p>
</div></footer>
<script src="ui/js/jquery-1.12.4.min.js"></script>
<script src="ui/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(page)


# --- article --------------------------------------------------------------------------------


def _body_html(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "carousel")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "thumb":
                cap = f'<div class="caption"><p>{esc(b.printed)}</p></div>' if b.printed else ""
                out.append(f'<div class="thumbnail"><img src="{esc(b.src)}" alt="" class="img-responsive">{cap}</div>')
            else:
                out.append(f'<p style="text-align:center"><img src="{esc(b.src)}" alt="" style="width:600px; max-width:100%" /></p>')
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
        elif b.style in ("tr", "li", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "tr":
                rows = []
                for n, row in enumerate(group):
                    cells = row.text.split(" | ")
                    cell = "<td><strong>{}</strong></td>" if n == 0 else "<td>{}</td>"
                    rows.append("<tr>" + "".join(cell.format(esc(c)) for c in cells) + "</tr>")
                out.append('<table class="table table-bordered" style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                out.append('<div style="text-align: justify;">' + "<br />\n".join(esc(p.text) for p in group) + "<br />\n&nbsp;</div>")
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "note":
            out.append(f'<p style="font-size:12px">{esc(b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            if i == 1:
                out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def _carousel(story: Story) -> str:
    photos = [b for b in story.blocks if isinstance(b, Img) and b.style == "carousel"]
    if not photos:
        return ""
    cid = f"anh-bv-{story.id}"
    active = ' class="active"'
    dots = "".join(
        f'<li data-target="#{cid}" data-slide-to="{n}"{active if n == 0 else ""}></li>'
        for n in range(len(photos))
    )
    items = []
    for n, img in enumerate(photos):
        cap = f'<div class="carousel-caption"><p>{esc(img.printed)}</p></div>' if img.printed else ""
        items.append(
            f'<div class="item{" active" if n == 0 else ""}"><img src="{esc(img.src)}" alt="{story.id}-{n + 1}">{cap}</div>'
        )
    return f"""
<div id="{cid}" class="carousel slide thu-vien-anh" data-ride="carousel">
 <ol class="carousel-indicators">{dots}</ol>
 <div class="carousel-inner" role="listbox">
  {"".join(items)}
 </div>
 <a class="left carousel-control" href="#{cid}" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span><span class="sr-only">‹ Trước</span></a>
 <a class="right carousel-control" href="#{cid}" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span><span class="sr-only">Sau ›</span></a>
</div>"""


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<tr><td>{n + 1}</td><td>{esc(label)}</td><td><a href="uploads/files/{esc(name)}" target="_blank">'
        f'<i class="glyphicon glyphicon-download-alt"></i> {esc(name)}</a></td></tr>'
        for n, (name, label) in enumerate(files)
    )
    return (
        '<div class="dinh-kem"><p><b><i class="glyphicon glyphicon-paperclip"></i> Tệp đính kèm:</b></p>'
        f'<table class="table table-condensed"><tbody>{rows}</tbody></table></div>'
    )


def _article(request: Request, story: Story) -> Response:
    base = base_url(request)
    cat = CATS[story.cat]
    t = _stamp(story)
    updated = story.opts.get("updated")
    info = [f'<span title="Ngày đăng"><i class="glyphicon glyphicon-calendar"></i> {_php_date(t)}</span>']
    if updated:
        info.append(f'<span title="Cập nhật lần cuối"><i class="glyphicon glyphicon-pencil"></i> {_php_date(updated)}</span>')
    info.append(f'<span><i class="glyphicon glyphicon-eye-open"></i> {story.views()}</span>')
    if story.opts.get("author_field"):
        info.append(f'<span>Tác giả: {esc(story.opts["author_field"])}</span>')
    if story.opts.get("source_field"):
        info.append(f"<span>Nguồn tin: {esc(story.source)}</span>")
    info.append(f'<span class="text-muted">Người đăng: {esc(story.opts.get("account", "admin"))}</span>')
    lead = f'<p class="lead">{esc(story.summary)}</p>' if story.summary and story.sapo_outside else ""
    newer = [s for s in _in_cat(story.cat) if _stamp(s) > t][-4:]
    others = "".join(
        f'<li><a href="{_href(s)}">{esc(s.title)}</a> <small class="text-muted">({_dmy(_stamp(s))})</small></li>'
        for s in newer
    )
    others_panel = (
        f"""
 <div class="panel panel-default">
  <div class="panel-heading"><b>Các tin khác</b></div>
  <div class="panel-body"><ul class="ds-tin-khac">{others}</ul></div>
 </div>"""
        if newer
        else ""
    )
    title = story.title if len(story.title) <= 50 else story.title[:50] + "..."
    meta_time = _iso(updated or t)
    head = f"""<meta name="description" content="{esc(_teaser(story))}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{esc(base + article_path(story))}">
<meta property="article:published_time" content="{meta_time}">
<link rel="canonical" href="{esc(base + article_path(story))}">"""
    main = f"""
 <ol class="breadcrumb">
  <li><a href="./"><i class="glyphicon glyphicon-home"></i></a></li>
  <li><a href="danh-muc/{story.cat}">{esc(cat)}</a></li>
 </ol>
 <div class="panel panel-default bv" id="bv-{story.id}">
  <div class="panel-heading">
   <div class="hidden-xs">
    <h3 class="panel-title tde">{esc(story.title)}</h3>
    <div class="ttin small">{" &nbsp;|&nbsp; ".join(info)}</div>
   </div>
   <div class="visible-xs">
    <h4 class="tde-m">{esc(story.title)}</h4>
    <small>{t[2]:02d}/{t[1]:02d} &middot; {story.views()} lượt xem</small>
   </div>
  </div>
  <div class="panel-body">
   {lead}
   <div class="nd-bai">
{_body_html(story)}
   </div>
   {_carousel(story)}
   {_files(story)}
   <div class="cong-cu clearfix">
    <a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="glyphicon glyphicon-print"></i> In bài</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u={esc(base + article_path(story))}" target="_blank" class="btn btn-primary btn-xs">Chia sẻ</a>
    <div class="input-group input-group-sm" style="width:260px; display:inline-table">
     <span class="input-group-addon">Link rút gọn</span>
     <input type="text" class="form-control" readonly value="{esc(base)}/tin/{story.id}">
    </div>
   </div>
   <div class="fb-comments" data-href="{esc(base + article_path(story))}" data-width="100%" data-numposts="5"></div>
  </div>
 </div>{others_panel}"""
    return _layout(request, f"{title} - PGD&ĐT Yên Thế", main, head)


# --- listings -------------------------------------------------------------------------------


def _media_row(story: Story, with_cat: bool = False) -> str:
    t = _stamp(story)
    cat = f' <span class="label label-default">{esc(CATS[story.cat])}</span>' if with_cat else ""
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "ui/images/no-image.jpg")
    thumb = thumb.replace("uploads/", "uploads/thumbs/")
    return f"""
 <div class="media tin-item">
  <a class="pull-left" href="{_href(story)}"><img class="media-object" src="{esc(thumb)}" width="120" alt=""></a>
  <div class="media-body">
   <h4 class="media-heading"><a href="{_href(story)}">{esc(story.title)}</a></h4>
   <small class="text-muted"><i class="glyphicon glyphicon-time"></i> {_dmy(t)}</small>{cat}
   <p>{esc(_teaser(story))}</p>
  </div>
 </div>"""


def _category(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    posts = _in_cat(slug)
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    raw = request.params.get("p", "1")
    p = int(raw) if raw.isdigit() and int(raw) > 0 else 1
    chunk = posts[(p - 1) * PAGE_SIZE : p * PAGE_SIZE]
    rows = "".join(_media_row(s) for s in chunk) or '<p class="text-muted">Chưa có bài viết nào.</p>'
    pager = ""
    if pages > 1:
        items = []
        if p > 1:
            items.append(f'<li><a href="danh-muc/{slug}?p={p - 1}">&laquo;</a></li>')
        for n in range(1, pages + 1):
            if n == p:
                items.append(f'<li class="active"><span>{n}</span></li>')
            else:
                items.append(f'<li><a href="danh-muc/{slug}?p={n}">{n}</a></li>')
        if p < pages:
            items.append(f'<li><a href="danh-muc/{slug}?p={p + 1}">&raquo;</a></li>')
        pager = '<nav><ul class="pagination pagination-sm">' + "".join(items) + "</ul></nav>"
    main = f"""
 <ol class="breadcrumb"><li><a href="./"><i class="glyphicon glyphicon-home"></i></a></li><li class="active">{esc(CATS[slug])}</li></ol>
 <div class="panel panel-primary">
  <div class="panel-heading"><h3 class="panel-title">{esc(CATS[slug]).upper()}</h3></div>
  <div class="panel-body">{rows}
  {pager}
  </div>
 </div>"""
    suffix = f" - Trang {p}" if p > 1 else ""
    return _layout(request, f"{CATS[slug]}{suffix} - PGD&ĐT Yên Thế", main)


def _home(request: Request) -> Response:
    slides = [
        (BY_ID[481], _href(BY_ID[481], BY_ID[481].opts["old_slug"])),
        (BY_ID[476], _href(BY_ID[476])),
        (BY_ID[474], _href(BY_ID[474])),
    ]
    items = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{href}"><img src="uploads/slide/{s.id}.jpg" alt=""></a>'
        f'<div class="carousel-caption"><h4><a href="{href}">{esc(s.title)}</a></h4></div></div>'
        for n, (s, href) in enumerate(slides)
    )
    newest = "".join(_media_row(s, with_cat=True) for s in _newest(6))
    boxes = []
    for slug in ("giao-duc-tieu-hoc", "giao-duc-mam-non"):
        lis = "".join(
            f'<li><a href="{_href(s)}">{esc(s.title)}</a> <small class="text-muted">{_dmy(_stamp(s))}</small></li>'
            for s in _in_cat(slug)[:2]
        )
        boxes.append(
            f'<div class="col-sm-6"><div class="panel panel-success"><div class="panel-heading">'
            f'<a href="danh-muc/{slug}"><b>{esc(CATS[slug]).upper()}</b></a></div>'
            f'<div class="panel-body"><ul class="list-unstyled">{lis}</ul></div></div></div>'
        )
    main = f"""
 <div id="tin-noi-bat" class="carousel slide" data-ride="carousel">
  <div class="carousel-inner">{items}</div>
  <a class="left carousel-control" href="#tin-noi-bat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
  <a class="right carousel-control" href="#tin-noi-bat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
 </div>
 <div class="panel panel-primary">
  <div class="panel-heading"><h3 class="panel-title">TIN MỚI NHẤT</h3></div>
  <div class="panel-body">{newest}</div>
 </div>
 <div class="row">{"".join(boxes)}</div>"""
    return _layout(request, "Phòng GD&ĐT huyện Yên Thế - Bắc Giang", main)


# --- other pages ----------------------------------------------------------------------------

DOCS = {
    15: ("1024/PGDĐT-THCS", "28/11/2026", "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027", "CV-1024-PGDDT.pdf"),
    12: ("98/KH-PGDĐT", "06/11/2026", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS", "KH-98-PGDDT.pdf"),
}


def _simple(request: Request, heading: str, inner: str, crumb: str | None = None) -> Response:
    main = f"""
 <ol class="breadcrumb"><li><a href="./"><i class="glyphicon glyphicon-home"></i></a></li><li class="active">{esc(crumb or heading)}</li></ol>
 <div class="panel panel-default">
  <div class="panel-heading"><h3 class="panel-title">{esc(heading)}</h3></div>
  <div class="panel-body">{inner}</div>
 </div>"""
    return _layout(request, f"{heading} - PGD&ĐT Yên Thế", main)


def _van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="van-ban/{i}">{esc(ty)}</a></td></tr>'
        for i, (so, ngay, ty, _) in DOCS.items()
    )
    inner = (
        '<table class="table table-striped table-bordered"><thead><tr><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _simple(request, "Văn bản chỉ đạo, điều hành", inner, "Văn bản")


def _van_ban(request: Request, doc_id: int) -> Response | None:
    if doc_id not in DOCS:
        return None
    so, ngay, ty, f = DOCS[doc_id]
    inner = f"""
 <table class="table table-bordered vb-ct"><tbody>
  <tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(so)}</td></tr>
  <tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
  <tr><th>Loại văn bản</th><td>{"Kế hoạch" if "KH" in so else "Công văn"}</td></tr>
  <tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Yên Thế</td></tr>
  <tr><th>Người ký</th><td>Nguyễn Văn Thắng</td></tr>
  <tr><th>Trích yếu</th><td>{esc(ty)}</td></tr>
  <tr><th>Tệp đính kèm</th><td><a href="uploads/files/{f}"><i class="glyphicon glyphicon-download-alt"></i> {f}</a></td></tr>
 </tbody></table>
 <p><a href="van-ban">&laquo; Danh sách văn bản</a></p>"""
    return _simple(request, f"Văn bản số {so}", inner, "Văn bản")


def _lich_tuan(request: Request) -> Response:
    rows = [
        ("Thứ Hai 30/11", "7h30: Giao ban lãnh đạo Phòng", "14h00: Kiểm tra nền nếp Trường TH Bố Hạ"),
        ("Thứ Ba 01/12", "8h00: Dự chuyên đề STEM tại THCS Bố Hạ", "Làm việc tại cơ quan"),
        ("Thứ Tư 02/12", "7h30: Bế mạc Hội thi GVDG THCS", "Làm việc tại cơ quan"),
        ("Thứ Năm 03/12", "8h00: Họp UBND huyện", "14h00: Duyệt kế hoạch học kỳ II"),
        ("Thứ Sáu 04/12", "Làm việc tại cơ quan", "15h00: Sinh hoạt chi bộ"),
        ("Thứ Bảy 05/12", "Trực cơ quan", ""),
    ]
    body = "".join(f"<tr><td><b>{d}</b></td><td>{a}</td><td>{b}</td></tr>" for d, a, b in rows)
    inner = (
        "<p><b>Tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</b></p>"
        '<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Sáng</th><th>Chiều</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )
    return _simple(request, "Lịch công tác tuần", inner, "Lịch công tác")


def _gioi_thieu(request: Request) -> Response:
    inner = (
        "<p>Phòng Giáo dục và Đào tạo huyện Yên Thế là cơ quan chuyên môn thuộc UBND huyện Yên Thế, "
        "tham mưu, giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        "<p>Toàn huyện hiện có 22 trường mầm non, 23 trường tiểu học và 21 trường THCS với hơn "
        "27.000 học sinh.</p>"
        '<p><img src="uploads/gioi-thieu/tru-so.jpg" alt="Trụ sở Phòng GD&amp;ĐT" class="img-responsive"></p>'
    )
    return _simple(request, "Giới thiệu chung", inner)


def _co_cau(request: Request) -> Response:
    rows = [
        ("Nguyễn Văn Thắng", "Trưởng phòng", "0912 345 201"),
        ("Lê Thị Hồng", "Phó Trưởng phòng", "0912 345 202"),
        ("Trần Đức Minh", "Phó Trưởng phòng", "0912 345 203"),
    ]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    inner = (
        '<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )
    return _simple(request, "Cơ cấu tổ chức", inner)


def _lien_he(request: Request) -> Response:
    sent = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ.</div>' if request.method == "POST" else ""
    inner = f"""{sent}
 <p><b>Phòng Giáo dục và Đào tạo huyện Yên Thế</b></p>
 <p>Địa chỉ: Thị trấn Cầu Gồ, huyện Yên Thế, tỉnh Bắc Giang<br>Điện thoại: 0204 3876 215<br>Email: pgdyenthe@bacgiang.edu.vn</p>
 <form action="lien-he" method="post" class="form-horizontal">
  <div class="form-group"><label class="col-sm-3 control-label">Họ tên</label><div class="col-sm-9"><input name="ho_ten" class="form-control"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Email</label><div class="col-sm-9"><input name="email" class="form-control"></div></div>
  <div class="form-group"><label class="col-sm-3 control-label">Nội dung</label><div class="col-sm-9"><textarea name="noi_dung" class="form-control" rows="4"></textarea></div></div>
  <div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi</button></div></div>
 </form>"""
    return _simple(request, "Liên hệ", inner)


def _tim_kiem(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        return _simple(request, "Tìm kiếm", '<p class="text-muted">Vui lòng nhập từ khóa.</p>')
    hits = [s for s in STORIES if q.lower() in s.title.lower()]
    rows = "".join(_media_row(s) for s in hits) or '<p class="text-muted">Không tìm thấy kết quả.</p>'
    return _simple(request, f"Kết quả tìm kiếm: {q}", rows, "Tìm kiếm")


_TIN = re.compile(r"^/tin/(\d+)(?:/([A-Za-z0-9-]+))?$")
_CAT = re.compile(r"^/danh-muc/([a-z0-9-]+)$")
_VB = re.compile(r"^/van-ban/(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/ui/", "/uploads/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/binh-chon" and request.method == "POST":
            return _simple(request, "Thăm dò ý kiến", "<p>Cảm ơn bạn đã tham gia bình chọn!</p>")
        pages = {
            "/": _home,
            "/gioi-thieu": _gioi_thieu,
            "/co-cau-to-chuc": _co_cau,
            "/lien-he": _lien_he,
            "/van-ban": _van_ban_list,
            "/lich-tuan": _lich_tuan,
            "/tim-kiem": _tim_kiem,
        }
        if path in pages:
            return pages[path](request)
        if m := _TIN.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _article(request, story) if story else None
        if m := _CAT.match(path):
            return _category(request, m.group(1))
        if m := _VB.match(path):
            return _van_ban(request, int(m.group(1)))
        return None


def build_site() -> Site:
    return Site()


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/tin/{story.id}"]
    if story.opts.get("old_slug"):
        alts.append(f"/tin/{story.id}/{story.opts['old_slug']}")
    return alts


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        canonical_path=article_path(s),
        alt_paths=_alt_paths(s),
        image_page="/",
    )
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/co-cau-to-chuc", "/lien-he", "/van-ban/12", "/van-ban/15", "/lich-tuan"]
