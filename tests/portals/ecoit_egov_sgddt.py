"""Sở Giáo dục và Đào tạo tỉnh Hà Nam on a vendor e-government portal product (blind fixture).

Platform
    A Vietnamese vendor's "Cổng thông tin điện tử" product (ASP.NET MVC, a zone/portlet page
    layout arranged in the admin, sold to many provinces' departments): every page is a set of
    zones (``div.zone#zone_<n>``) holding numbered portlets (``div.portlet#portlet_<n>``) with the
    vendor's Vietnamese-abbreviated class names (``ttct-tieude`` = "tin tức chi tiết - tiêu đề",
    ``ds-tin``, ``phantrang`` …). Dates are printed by .NET in the vi-VN culture, with the 12-hour
    clock and the "SA"/"CH" (sáng/chiều = AM/PM) designators.

URL scheme
    ``/``                                         home (zones: slider, tin mới, one portlet per category)
    ``/<cat-slug>.html`` and ``?page=<N>``        category listings (page size 5 for the parent
                                                  "Tin tức - Sự kiện", which aggregates its child
                                                  categories; 2 for the child categories)
    ``/tin-tuc-su-kien/<slug>-<N>.html``          an article (the router reads only ``<N>``)
    ``/<cat-slug>/<slug>-<N>.html``               the same article, as a child category's list
                                                  portlet links it (alt path)
    ``/tin-tuc-su-kien/<old-slug>-<N>.html``      the same article under its slug before the
                                                  headline was edited (home slider; alt path)
    ``/van-ban-chi-dao-dieu-hanh.html``            documents list; ``/van-ban-chi-dao-dieu-hanh/<slug>-<N>.html`` entries
    ``/hoi-dap.html``                             Q&A (questions and answers on one page)
    ``/lich-cong-tac.html`` (``?tuan=<w>``)       leaders' weekly schedule (weeks 47-49 only)
    ``/gioi-thieu.html``, ``/lien-he.html``       intro, contact

Page templates
    Every page: header (logo, today "Thứ Bảy, 05/12/2026", search form), a menu with drop-downs,
    breadcrumb, a left zone (văn bản mới, lịch công tác, liên kết website, poll, visitor counter)
    and a footer. Article page: portlet "NewsDetail" whose portlet header is an ``<h1>`` printing
    the category name; the headline in ``div.ttct-tieude``; a meta row with "Ngày xuất bản", views,
    print/e-mail tools; the sapo in ``div.ttct-tomtat``; the text in ``div.ttct-noidung``; then the
    vendor's author / source fields, attachments, a rating widget, and portlets "Tin liên quan" and
    "Các tin đã đưa".

How each gold article is reached
    The parent listing ``/tin-tuc-su-kien.html`` pages 1-3 list all 13 (five a page). The home
    links the five newest (10251-10240), the featured 10251 (under its old slug) and the two
    newest of each child category (10240, 10233, 10248, 10243, 10246, 10224). 10237, 10219,
    10214 and 10205 are reached only through pages 2-3 of the parent listing; 10229 and 10210
    through page 2 or 3 of the parent listing or page 2 of their child category (which links
    the ``/<cat-slug>/…`` alt path). Every article page also links "Tin liên quan" / "Các tin
    đã đưa" under canonical paths.

Traps
    1. The article portlet's header is an ``<h1 class="portlet-title">`` printing the category in
       capitals ("TIN TỨC - SỰ KIỆN"); the headline is a plain ``div.ttct-tieude``; ``<title>`` and
       og:title add " - Sở GD&ĐT Hà Nam". Gold title: the ``ttct-tieude`` text.
    2. vi-VN 12-hour dates: "Ngày xuất bản: 03/12/2026 02:30:00 CH" is 14:30; "12:15:00 CH" is a
       quarter past NOON (12:15, not 00:15); "08:00:00 SA" is 08:00; "12:00:00 SA" is midnight,
       i.e. a day without a time (gold: the day alone). The meta row also prints
       "Cập nhật: …" (later) for some articles: never the published date.
    3. The sapo printed twice: ``div.ttct-tomtat`` holds it and the editor pasted it again as the
       first paragraph of ``ttct-noidung`` (10251, 10243). Gold: body carries it once (first
       paragraph), summary = it. Where the tomtat box is alone (10229), it is the body's first
       paragraph too; where there is no box, a bold first paragraph is the sapo (10237).
    4. Lazy-loaded photos: ``<img class="lazy" src="/Content/Portal/images/blank.gif"
       data-original="/Uploads/…/x.jpg">``. Gold image path: the ``data-original`` one; the blank
       placeholder is no image.
    5. The vendor's author / source fields sit below the text as "Tác giả: ThS. Trần Văn Hùng -
       Phó Trưởng phòng Quản lý chất lượng" and "Nguồn: …". Gold author: the name without degree
       and post; source: the value. The CMS account line "Người đăng: admin_sgd" is nobody.
    6. The same post under several URLs: the router ignores the slug, the home slider links the
       featured article (10251) under its slug before the headline was edited, and the child
       category portlets link ``/<cat-slug>/<slug>-<N>.html``. All serve 200 with the same
       canonical. Gold: the canonical path; the others in ``alt_paths``.
    7. Text as the editor's Word paste: some articles' paragraphs are ``<div>``s wrapped in
       ``<span style="font-family:…">`` with ``<div>&nbsp;</div>`` spacers, some paragraphs split
       by ``<br />`` inside one ``<div>`` (each line a gold paragraph, spacers none).
    8. Captions in the CKEditor image table (``table.tbl-anh``: image row, caption row in
       ``<em>``), or a centred ``<em>`` line after the ``<p>`` with the image; a line "Ảnh: X"
       only credits (caption None, X a photographer); a photo whose ``alt`` reads like a caption
       but prints no line (caption None).
    9. Chrome inside the article portlet: "Tệp đính kèm" table (file rows with sizes and
       downloads), the "Đánh giá bài viết" star widget with its count, "Lượt xem", and "Tin liên
       quan" / "Các tin đã đưa" lists with dates in parentheses right after the text. Not body.
   10. Pagination by relative query-only hrefs (``href="?page=2"``) with "Đầu"/"Cuối" links to
       ``?page=1`` (the same list as the bare path); the parent category aggregates its children,
       so a post is listed in two listings with two different URLs (trap 6).
   11. An official notice (10246, "Thông báo") printed as a document: letterhead table, "Số:",
       "Hà Nam, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer. Gold: the
       letterhead's day (its meta row prints "30/11/2026 12:00:00 SA", midnight, agreeing), the
       signer as author, the letterhead/kind/subject/closing not body.
   12. Pages that look like articles but are not: the Q&A page (questions with asker, date and
       answer), the leaders' schedule (a week table, linked weeks 47-49 only), document entries
       (title, "Số/Ký hiệu", "Ngày ban hành", "Trích yếu"). Not articles.
   13. A body table of results: rows are paragraphs, cells joined by " | " (10243).
   14. A closing "Theo Báo Hà Nam" line (source "Báo Hà Nam") while a body sentence starts
       "Theo kế hoạch, …" (text) (10229).

Gold decisions on ambiguous points
    - category: the last breadcrumb item (the child category when there is one; the parent's
      "Tin tức - Sự kiện" for posts filed directly under it).
    - "Tin, ảnh: Thanh Tâm" -> author and photographer; "Tin: X - Ảnh: Y" -> [X], [Y].
    - A unit signing alone right-aligned ("Phòng GDTrH") is the author as printed.
    - The "(Ảnh minh họa)" caption line keeps its words without the parentheses: "Ảnh minh họa".
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "ecoit_egov_sgddt"
PLATFORM = "Vietnamese vendor e-government portal (ASP.NET MVC, zone/portlet layout)"
START_PATH = "/"

SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hà Nam"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

PARENT = ("tin-tuc-su-kien", "Tin tức - Sự kiện")
CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thi-cu-tuyen-sinh": "Thi cử - Tuyển sinh",
    "thong-bao": "Thông báo",
}
CHILD_CATS = ["hoat-dong-chuyen-mon", "thi-cu-tuyen-sinh", "thong-bao"]
PARENT_PAGE_SIZE = 5
CHILD_PAGE_SIZE = 2

UP = "/Uploads/images/tintuc/2026"

# --- the articles ----------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=10251,
        slug="nganh-giao-duc-ha-nam-so-ket-hoc-ky-i-va-trien-khai-nhiem-vu-trong-tam-nam-hoc-2026-2027",
        title="Ngành Giáo dục Hà Nam sơ kết học kỳ I và triển khai nhiệm vụ trọng tâm năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Sở Giáo dục và Đào tạo tỉnh Hà Nam tổ chức hội nghị sơ kết công tác giáo "
            "dục học kỳ I, đánh giá kết quả và triển khai các nhiệm vụ trọng tâm trong thời gian tới."
        ),
        blocks=[
            P(
                "Chiều 03/12, Sở Giáo dục và Đào tạo tỉnh Hà Nam tổ chức hội nghị sơ kết công tác giáo "
                "dục học kỳ I, đánh giá kết quả và triển khai các nhiệm vụ trọng tâm trong thời gian tới."
            ),
            P(
                "Dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Sở Giáo dục và Đào tạo; "
                "trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố và hiệu trưởng các "
                "trường trung học phổ thông trên địa bàn tỉnh."
            ),
            Img(
                f"{UP}/12/hoi-nghi-so-ket-hk1-01.jpg",
                printed="Quang cảnh hội nghị sơ kết học kỳ I năm học 2026-2027",
                caption="Quang cảnh hội nghị sơ kết học kỳ I năm học 2026-2027",
                style="next",
            ),
            P(
                "Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 462 cơ sở giáo dục với hơn 215.000 "
                "học sinh; tỷ lệ trường đạt chuẩn quốc gia đạt 91,4%, tăng 1,2% so với cùng kỳ năm trước."
            ),
            P(
                "Công tác chuyển đổi số tiếp tục được đẩy mạnh, 100% cơ sở giáo dục sử dụng học bạ số "
                "và sổ điểm điện tử; việc thanh toán không dùng tiền mặt được triển khai đồng bộ."
            ),
            Img(
                f"{UP}/12/hoi-nghi-so-ket-hk1-02.jpg",
                printed="Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                caption="Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                style="next",
            ),
            P(
                "Phát biểu chỉ đạo, Giám đốc Sở đề nghị các đơn vị tập trung nâng cao chất lượng giáo "
                "dục toàn diện, chuẩn bị tốt cho kỳ thi chọn học sinh giỏi cấp tỉnh và kỳ thi tốt "
                "nghiệp trung học phổ thông năm 2027."
            ),
        ],
        authors=["Minh Châu"],
        opts={
            "date": "03/12/2026 02:30:00 CH",
            "updated": "04/12/2026 09:15:00 SA",
            "tomtat": True,
            "author_field": "Minh Châu",
            "old_slug": "so-giao-duc-va-dao-tao-ha-nam-so-ket-hoc-ky-i",
            "attach": ("Bao-cao-so-ket-HKI-2026-2027.pdf", "1,2 MB"),
        },
    ),
    Story(
        id=10248,
        slug="kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT",
        cat="thi-cu-tuyen-sinh",
        published_at="2026-12-02T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 01/12/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo đã kiểm tra công tác chuẩn "
                "bị Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT tại các điểm thi."
            ),
            Img(
                f"{UP}/12/kiem-tra-diem-thi-hsg.jpg",
                printed="Đoàn kiểm tra làm việc tại điểm thi Trường THPT A Phủ Lý",
                caption="Đoàn kiểm tra làm việc tại điểm thi Trường THPT A Phủ Lý",
                style="table",
            ),
            P(
                "Đoàn đã kiểm tra cơ sở vật chất, hệ thống camera giám sát, khu vực bảo quản đề thi và "
                "phương án phòng cháy chữa cháy tại từng điểm thi."
            ),
            P(
                "Qua kiểm tra, các điểm thi cơ bản đáp ứng yêu cầu theo quy chế; đoàn đề nghị các đơn "
                "vị bổ sung thiết bị dự phòng và hoàn thiện hồ sơ trước ngày 08/12/2026."
            ),
        ],
        authors=["Trần Văn Hùng"],
        opts={
            "date": "02/12/2026 08:00:00 SA",
            "author_field": "ThS. Trần Văn Hùng - Phó Trưởng phòng Quản lý chất lượng",
        },
    ),
    Story(
        id=10246,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table class="MsoTableGrid" style="width:100%;border:none"><tbody><tr>'
                '<td style="width:40%;text-align:center"><p>UBND TỈNH HÀ NAM<br /><strong>SỞ GIÁO DỤC '
                "VÀ ĐÀO TẠO</strong></p><p>Số: 2315/TB-SGDĐT</p></td>"
                '<td style="text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></p>"
                "<p><em>Hà Nam, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc lịch thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 1987/KH-SGDĐT ngày 15/9/2026 của Sở Giáo dục và Đào tạo về tổ chức "
                "Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027;"
            ),
            P("Sở Giáo dục và Đào tạo thông báo lịch thi như sau:"),
            P("1. Ngày 10/12/2026: Làm thủ tục dự thi, phổ biến quy chế thi.", style="div"),
            P("2. Ngày 11/12/2026: Thi các môn Toán, Ngữ văn, Tiếng Anh, Tin học.", style="div"),
            P("3. Ngày 12/12/2026: Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí.", style="div"),
            P(
                "Đề nghị thủ trưởng các đơn vị thông báo tới giáo viên, học sinh có liên quan và thực "
                "hiện nghiêm túc./."
            ),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr><td style="width:50%">'
                "<p><strong><em>Nơi nhận:</em></strong><br />- Các trường THPT;<br />- Lưu: VT, QLCL.</p>"
                '</td><td style="text-align:center"><p><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong></p>'
                "<p><em>(Đã ký)</em></p><p><strong>Nguyễn Văn Tuấn</strong></p></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Tuấn"],
        opts={"date": "30/11/2026 12:00:00 SA", "attach": ("TB-2315-SGDDT.pdf", "215 KB")},
    ),
    Story(
        id=10243,
        slug="hoc-sinh-ha-nam-gianh-4-huy-chuong-tai-ky-thi-olympic-toan-hoc-khu-vuc",
        title="Học sinh Hà Nam giành 4 huy chương tại Kỳ thi Olympic Toán học khu vực",
        cat="thi-cu-tuyen-sinh",
        published_at="2026-11-28T12:15:00+07:00",
        summary=(
            "Đội tuyển Toán của tỉnh Hà Nam giành 1 Huy chương Vàng, 1 Huy chương Bạc và 2 Huy "
            "chương Đồng tại Kỳ thi Olympic Toán học khu vực đồng bằng sông Hồng năm 2026."
        ),
        blocks=[
            P(
                "Đội tuyển Toán của tỉnh Hà Nam giành 1 Huy chương Vàng, 1 Huy chương Bạc và 2 Huy "
                "chương Đồng tại Kỳ thi Olympic Toán học khu vực đồng bằng sông Hồng năm 2026."
            ),
            P(
                "Kỳ thi diễn ra từ ngày 24 đến 26/11/2026 với sự tham gia của 186 thí sinh đến từ 11 "
                "tỉnh, thành phố. Kết quả cụ thể của đội tuyển như sau:"
            ),
            P("Họ và tên | Lớp | Giải", style="row"),
            P("Nguyễn Minh Khôi | 11 Toán | Huy chương Vàng", style="row"),
            P("Trần Thu Hà | 11 Toán | Huy chương Bạc", style="row"),
            P("Lê Đức Anh | 10 Toán | Huy chương Đồng", style="row"),
            P("Phạm Gia Bảo | 10 Toán | Huy chương Đồng", style="row"),
            Img(
                f"{UP}/11/olympic-toan-2026.jpg",
                printed="Ảnh: Hoàng Long",
                caption=None,
                style="next",
            ),
            P(
                "Đây là năm thứ ba liên tiếp đội tuyển Toán của tỉnh có học sinh đạt Huy chương Vàng "
                "tại kỳ thi này."
            ),
        ],
        photographers=["Hoàng Long"],
        source="Trường THPT chuyên Biên Hòa",
        opts={
            "date": "28/11/2026 12:15:00 CH",
            "tomtat": True,
            "source_field": "Trường THPT chuyên Biên Hòa",
        },
    ),
    Story(
        id=10240,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T15:45:00+07:00",
        blocks=[
            P(
                "Ngày 24/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội thảo chuyên đề đổi mới phương pháp "
                "dạy học môn Ngữ văn cấp trung học phổ thông theo Chương trình giáo dục phổ thông 2018."
            ),
            P("1. Những kết quả bước đầu", style="h3"),
            P(
                "Các đại biểu đánh giá việc dạy học theo hướng phát triển năng lực đã có chuyển biến rõ "
                "nét; nhiều giáo viên vận dụng linh hoạt các kỹ thuật dạy học tích cực."
            ),
            P("2. Những khó khăn, vướng mắc", style="h3"),
            P("Nguồn học liệu số còn thiếu, chưa đồng bộ;", style="li"),
            P("Việc kiểm tra, đánh giá theo ma trận đặc tả còn lúng túng;", style="li"),
            P("Thời lượng dành cho hoạt động trải nghiệm còn hạn chế.", style="li"),
            Img(
                f"{UP}/11/hoi-thao-ngu-van.jpg",
                printed="Giáo viên trình bày tham luận tại hội thảo",
                caption="Giáo viên trình bày tham luận tại hội thảo",
                style="table",
            ),
            P(
                "Kết thúc hội thảo, Sở đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn theo "
                "nghiên cứu bài học và chia sẻ kinh nghiệm trên hệ thống trường học kết nối."
            ),
            Raw('<p style="text-align:right"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={"date": "25/11/2026 03:45:00 CH"},
    ),
    Story(
        id=10237,
        slug="nganh-giao-duc-ha-nam-ky-niem-ngay-nha-giao-viet-nam-20-11",
        title="Ngành Giáo dục Hà Nam kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:30:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam và tôn vinh nhà giáo tiêu biểu năm 2026."
        ),
        blocks=[
            P(
                "Sáng 19/11, Sở Giáo dục và Đào tạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam và tôn vinh nhà giáo tiêu biểu năm 2026.",
                style="b",
            ),
            P(
                "Tại buổi lễ, 46 nhà giáo tiêu biểu được tuyên dương, khen thưởng vì có thành tích xuất "
                "sắc trong công tác giảng dạy và giáo dục học sinh.",
                style="br",
            ),
            P(
                "Nhiều thầy cô đã có sáng kiến được công nhận cấp tỉnh, góp phần nâng cao chất lượng "
                "dạy và học.",
                style="br",
            ),
            Img(
                f"{UP}/11/ky-niem-20-11.jpg",
                printed=None,
                caption=None,
                style="alt",
            ),
            P(
                "Dịp này, Công đoàn ngành trao 120 suất quà cho giáo viên có hoàn cảnh khó khăn, mỗi "
                "suất trị giá 1.000.000 đồng.",
                style="div",
            ),
        ],
        opts={"date": "20/11/2026 09:30:00 SA", "poster": "admin_sgd"},
    ),
    Story(
        id=10233,
        slug="boi-duong-giao-vien-cot-can-ve-chuyen-doi-so-trong-quan-ly-giao-duc",
        title="Bồi dưỡng giáo viên cốt cán về chuyển đổi số trong quản lý giáo dục",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T07:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 12 đến 14/11/2026, Sở Giáo dục và Đào tạo tổ chức lớp bồi dưỡng về chuyển đổi "
                "số trong quản lý giáo dục cho 150 giáo viên cốt cán các cấp học.",
                style="div",
            ),
            P(
                "Học viên được hướng dẫn khai thác cơ sở dữ liệu ngành, sử dụng học bạ số, xây dựng "
                "bài giảng điện tử và bảo đảm an toàn thông tin trong nhà trường.",
                style="div",
            ),
            Img(
                f"{UP}/11/boi-duong-chuyen-doi-so.jpg",
                printed="Học viên thực hành trên hệ thống quản lý trường học",
                caption="Học viên thực hành trên hệ thống quản lý trường học",
                style="table",
            ),
            P(
                "Sau khóa học, các giáo viên cốt cán sẽ trở thành lực lượng nòng cốt hỗ trợ đồng "
                "nghiệp tại đơn vị.",
                style="div",
            ),
            Raw('<div style="text-align:right"><strong>Tin: Lê Thu Trang - Ảnh: Phạm Tuấn</strong></div>'),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Phạm Tuấn"],
        opts={"date": "14/11/2026 07:30:00 SA", "updated": "15/11/2026 10:02:00 SA"},
    ),
    Story(
        id=10229,
        slug="ke-hoach-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2027-2028-nhung-diem-moi",
        title="Kế hoạch tuyển sinh vào lớp 10 THPT năm học 2027-2028: những điểm mới",
        cat="thi-cu-tuyen-sinh",
        published_at="2026-11-10T16:00:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo dự thảo kế hoạch tuyển sinh vào lớp 10 THPT năm học 2027-2028 "
            "với nhiều điểm mới về môn thi và cách tính điểm xét tuyển."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo kế hoạch, thí sinh dự thi ba môn: Toán, Ngữ văn và Tiếng Anh; điểm xét tuyển là "
                "tổng điểm ba bài thi và điểm ưu tiên, khuyến khích (nếu có)."
            ),
            P(
                "Thời gian tổ chức kỳ thi dự kiến vào đầu tháng 6/2027; các trường THPT chuyên tổ chức "
                "thi môn chuyên sau ngày thi chung."
            ),
            Img(
                f"{UP}/11/tuyen-sinh-lop-10.jpg",
                printed="(Ảnh minh họa)",
                caption="Ảnh minh họa",
                style="next",
            ),
            P(
                "Dự thảo kế hoạch được lấy ý kiến các cơ sở giáo dục đến hết ngày 30/11/2026 trước khi "
                "trình UBND tỉnh phê duyệt."
            ),
            Raw('<p style="text-align:right"><em>Theo Báo Hà Nam</em></p>'),
        ],
        source="Báo Hà Nam",
        opts={"date": "10/11/2026 04:00:00 CH", "tomtat": True},
    ),
    Story(
        id=10224,
        slug="thong-bao-tiep-nhan-ho-so-xet-thang-hang-chuc-danh-nghe-nghiep-giao-vien",
        title="Thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp giáo viên",
        cat="thong-bao",
        published_at="2026-11-05T10:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tiếp nhận hồ sơ xét thăng hạng chức danh nghề nghiệp "
                "giáo viên mầm non, phổ thông công lập năm 2026."
            ),
            P("Thời gian tiếp nhận: từ ngày 10/11/2026 đến hết ngày 25/11/2026 (trong giờ hành chính)."),
            P("Địa điểm: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo, số 17 đường Trần Phú, TP. Phủ Lý."),
            P("Hồ sơ gồm các thành phần theo mẫu đính kèm thông báo này."),
        ],
        opts={
            "date": "05/11/2026 10:00:00 SA",
            "attach": ("Mau-ho-so-thang-hang-2026.docx", "86 KB"),
            "poster": "tcc_sgd",
        },
    ),
    Story(
        id=10219,
        slug="trao-tang-200-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao tặng 200 suất học bổng cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-10-30T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 29/10, Sở Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học tỉnh trao tặng 200 "
                "suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
            ),
            Img(
                f"{UP}/10/trao-hoc-bong-01.jpg",
                printed="Lãnh đạo Sở trao học bổng cho các em học sinh",
                caption="Lãnh đạo Sở trao học bổng cho các em học sinh",
                style="next",
            ),
            P("Mỗi suất học bổng trị giá 2.000.000 đồng cùng bộ sách giáo khoa và đồ dùng học tập."),
            Img(
                f"{UP}/10/trao-hoc-bong-02.jpg",
                printed="Các em học sinh nhận học bổng",
                caption="Các em học sinh nhận học bổng",
                style="next",
            ),
            P(
                "Chương trình nhằm động viên, khích lệ các em vượt khó, tiếp tục nỗ lực học tập, rèn "
                "luyện."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Thanh Tâm</strong></p>'),
        ],
        authors=["Thanh Tâm"],
        photographers=["Thanh Tâm"],
        opts={"date": "30/10/2026 02:00:00 CH"},
    ),
    Story(
        id=10214,
        slug="hoi-khoe-phu-dong-tinh-ha-nam-lan-thu-xi-thanh-cong-tot-dep",
        title="Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XI thành công tốt đẹp",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T17:20:00+07:00",
        blocks=[
            P(
                "Sau 5 ngày tranh tài sôi nổi, Hội khỏe Phù Đổng tỉnh Hà Nam lần thứ XI năm 2026 đã bế "
                "mạc chiều 21/10 tại Nhà thi đấu thể thao tỉnh.",
                style="div",
            ),
            P(
                "Hội khỏe thu hút hơn 1.800 vận động viên là học sinh của 6 đơn vị huyện, thị xã, thành "
                "phố tranh tài ở 12 môn thể thao.",
                style="div",
            ),
            P(
                "Thể thao trường học là nền tảng để phát hiện, bồi dưỡng tài năng cho thể thao tỉnh "
                "nhà.",
                style="q",
            ),
            Img(
                f"{UP}/10/hkpd-be-mac.jpg",
                printed="Trao cờ cho đơn vị dẫn đầu toàn đoàn",
                caption="Trao cờ cho đơn vị dẫn đầu toàn đoàn",
                style="table",
            ),
            P(
                "Kết quả, thành phố Phủ Lý dẫn đầu toàn đoàn, thị xã Duy Tiên xếp thứ nhì, huyện Kim "
                "Bảng xếp thứ ba.",
                style="div",
            ),
        ],
        opts={"date": "22/10/2026 05:20:00 CH"},
    ),
    Story(
        id=10210,
        slug="tap-huan-cong-tac-thiet-bi-day-hoc-va-thu-vien-truong-hoc",
        title="Tập huấn công tác thiết bị dạy học và thư viện trường học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T08:45:00+07:00",
        blocks=[
            P(
                "Ngày 14/10/2026, Sở Giáo dục và Đào tạo tổ chức tập huấn công tác thiết bị dạy học và "
                "thư viện trường học cho cán bộ phụ trách các trường."
            ),
            P(
                "Nội dung tập huấn tập trung vào quy định tiêu chuẩn thư viện, quản lý thiết bị dạy học "
                "tối thiểu và ứng dụng phần mềm quản lý thư viện điện tử."
            ),
            P(
                "Các học viên cũng được tham quan mô hình thư viện thân thiện tại Trường Tiểu học Lê "
                "Hồng Phong, thành phố Phủ Lý."
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"date": "15/10/2026 08:45:00 SA", "author_field": "Nguyễn Thị Hoa - Phòng GDTrH"},
    ),
    Story(
        id=10205,
        slug="khai-giang-lop-boi-duong-nghiep-vu-quan-ly-cho-can-bo-quan-ly-truong-mam-non",
        title="Khai giảng lớp bồi dưỡng nghiệp vụ quản lý cho cán bộ quản lý trường mầm non",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo khai giảng lớp bồi dưỡng nghiệp vụ quản lý giáo dục cho 85 cán "
                "bộ quản lý trường mầm non trên địa bàn tỉnh.",
                style="br",
            ),
            P(
                "Lớp học kéo dài 10 ngày với các chuyên đề về quản trị nhà trường, xây dựng văn hóa "
                "học đường và kiểm định chất lượng.",
                style="br",
            ),
            Img(
                f"{UP}/10/khai-giang-boi-duong-mn.jpg",
                printed="Các học viên tại lễ khai giảng",
                caption="Các học viên tại lễ khai giảng",
                style="next",
            ),
            P(
                "Kết thúc khóa học, học viên đạt yêu cầu được cấp chứng chỉ bồi dưỡng theo quy định.",
                style="div",
            ),
        ],
        opts={"date": "08/10/2026 12:00:00 SA"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.id, reverse=True)


def article_path(story: Story, prefix: str = "tin-tuc-su-kien", slug: str | None = None) -> str:
    return f"/{prefix}/{slug or story.slug}-{story.id}.html"


# --- documents, Q&A, schedule --------------------------------------------------------------------

DOCS = [
    {
        "id": 2874,
        "slug": "cong-van-huong-dan-kiem-tra-danh-gia-hoc-ky-i-nam-hoc-2026-2027",
        "so": "2290/SGDĐT-GDTrH",
        "date": "20/11/2026",
        "kind": "Công văn",
        "title": "Hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027",
        "file": "CV-2290-SGDDT-GDTrH.pdf",
    },
    {
        "id": 2871,
        "slug": "ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh",
        "so": "1987/KH-SGDĐT",
        "date": "15/09/2026",
        "kind": "Kế hoạch",
        "title": "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
        "file": "KH-1987-SGDDT.pdf",
    },
]


def doc_path(doc: dict) -> str:
    return f"/van-ban-chi-dao-dieu-hanh/{doc['slug']}-{doc['id']}.html"


QA = [
    (
        "Phạm Văn Nam",
        "Xã Thanh Hà, huyện Thanh Liêm",
        "28/11/2026",
        "Điều kiện để học sinh lớp 9 được tuyển thẳng vào lớp 10 THPT năm học 2027-2028?",
        "Theo quy chế tuyển sinh hiện hành, đối tượng tuyển thẳng gồm học sinh trường phổ thông dân "
        "tộc nội trú, học sinh là người dân tộc rất ít người và học sinh khuyết tật.",
    ),
    (
        "Nguyễn Thị Mai",
        "Phường Lê Hồng Phong, TP. Phủ Lý",
        "12/11/2026",
        "Giáo viên hợp đồng có được tham gia xét thăng hạng chức danh nghề nghiệp không?",
        "Việc xét thăng hạng chỉ áp dụng với viên chức đang giữ chức danh nghề nghiệp giáo viên tại "
        "các cơ sở giáo dục công lập.",
    ),
]

WEEKS = {
    47: ("16/11/2026", "22/11/2026"),
    48: ("23/11/2026", "29/11/2026"),
    49: ("30/11/2026", "06/12/2026"),
}
CURRENT_WEEK = 49

# --- chrome ------------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [("/gioi-thieu.html", "Chức năng, nhiệm vụ"), ("/lien-he.html", "Liên hệ")]),
    (
        "/tin-tuc-su-kien.html",
        "Tin tức - Sự kiện",
        [(f"/{c}.html", CATS[c]) for c in CHILD_CATS],
    ),
    ("/van-ban-chi-dao-dieu-hanh.html", "Văn bản chỉ đạo điều hành", []),
    ("/lich-cong-tac.html", "Lịch công tác", []),
    ("/hoi-dap.html", "Hỏi đáp", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu() -> str:
    items = []
    for href, label, subs in MENU:
        sub = ""
        if subs:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in subs
            ) + "</ul>"
        items.append(f'<li class="menu-item{" has-sub" if subs else ""}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<nav class="mainmenu" id="zone_2"><ul class="nav-ecoit">' + "".join(items) + "</ul></nav>"


def _left_zone() -> str:
    docs = "".join(
        f'<li><a href="{doc_path(d)}">{esc(d["so"])}</a><span class="ngay">{d["date"]}</span>'
        f'<p>{esc(d["title"])}</p></li>'
        for d in DOCS
    )
    return f"""
<div class="zone zone-left col-md-3" id="zone_7">
 <div class="portlet" id="portlet_1101"><div class="portlet-header"><h2 class="portlet-title">VĂN BẢN MỚI</h2></div>
  <div class="portlet-body"><ul class="ds-vanban">{docs}</ul>
  <a class="xemtiep" href="/van-ban-chi-dao-dieu-hanh.html">Xem tất cả</a></div></div>
 <div class="portlet" id="portlet_1102"><div class="portlet-body">
  <a href="/lich-cong-tac.html"><img src="/Content/Portal/images/banner-lichcongtac.png" alt="Lịch công tác" /></a>
  <a href="/hoi-dap.html"><img src="/Content/Portal/images/banner-hoidap.png" alt="Hỏi đáp trực tuyến" /></a>
 </div></div>
 <div class="portlet" id="portlet_1103"><div class="portlet-header"><h2 class="portlet-title">LIÊN KẾT WEBSITE</h2></div>
  <div class="portlet-body"><select onchange="window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://hanam.gov.vn">Cổng TTĐT tỉnh Hà Nam</option>
  </select></div></div>
 <div class="portlet" id="portlet_1104"><div class="portlet-header"><h2 class="portlet-title">THĂM DÒ Ý KIẾN</h2></div>
  <div class="portlet-body"><p>Bạn đánh giá thế nào về giao diện cổng thông tin?</p>
   <label><input type="radio" name="bc" value="1" /> Đẹp, dễ sử dụng</label>
   <label><input type="radio" name="bc" value="2" /> Bình thường</label>
   <button type="button" onclick="Poll.vote(17)">Biểu quyết</button>
   <button type="button" onclick="Poll.result(17)">Xem kết quả</button></div></div>
 <div class="portlet" id="portlet_1105"><div class="portlet-header"><h2 class="portlet-title">THỐNG KÊ TRUY CẬP</h2></div>
  <div class="portlet-body thongke"><p>Đang online: <b>37</b></p><p>Hôm nay: <b>1.284</b></p>
   <p>Tổng truy cập: <b>3.905.117</b></p></div></div>
</div>"""


def page(request: Request, title: str, crumbs: list[tuple[str, str]], main: str, head: str = "") -> Response:
    crumb_html = " <span>»</span> ".join(
        ['<a href="/">Trang chủ</a>'] + [f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs]
    )
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} - Sở GD&amp;ĐT Hà Nam</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/Content/Portal/css/ecoit-portal.css" />
<link rel="shortcut icon" href="/favicon.ico" />
{head}
</head><body class="egov-portal">
<div class="zone zone-header" id="zone_1">
 <div class="top-bar"><span class="ngayhientai">{TODAY_LINE}</span>
  <form class="frm-timkiem" action="javascript:void(0)"><input type="text" name="kw" placeholder="Tìm kiếm..." /></form></div>
 <div class="banner"><a href="/"><img src="/Content/Portal/images/logo-sgd-hanam.png" alt="Logo" /></a>
  <div class="tendonvi"><span>UBND TỈNH HÀ NAM</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div>
</div>
{_menu()}
<div class="breadcrumb-ecoit" id="zone_3">{crumb_html}</div>
<div class="container"><div class="row">
{_left_zone()}
<div class="zone zone-main col-md-9" id="zone_5">
{main}
</div></div></div>
<div class="zone zone-footer" id="zone_9"><div class="footer-info">
 <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ NAM</strong></p>
 <p>Địa chỉ: Số 17 đường Trần Phú, phường Quang Trung, TP. Phủ Lý, tỉnh Hà Nam</p>
 <p>Điện thoại: 0226.3852.811 - Email: sogddt@hanam.edu.vn</p>
 <p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hà Nam cấp.</p>
 <p class="ecoit-copy">© Bản quyền thuộc Sở GD&amp;ĐT Hà Nam. Thiết kế và phát triển bởi đơn vị cung cấp giải pháp.</p>
</div></div>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload();}});</script>
</body></html>"""
    return html(body)


# --- article rendering ---------------------------------------------------------------------------


def _img(img: Img) -> str:
    alt = esc(img.printed or "") if img.style != "alt" else "Các nhà giáo tiêu biểu được tuyên dương tại lễ kỷ niệm"
    tag = (
        f'<img class="lazy" src="/Content/Portal/images/blank.gif" data-original="{esc(img.src)}" '
        f'alt="{alt}" style="width:100%;max-width:640px" />'
    )
    if img.style == "table":
        return (
            '<table class="tbl-anh" align="center" cellpadding="3" cellspacing="0" style="width:640px">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align:center"><em>{esc(img.printed or "")}</em>'
            "</td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if img.printed and img.style == "next":
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style in ("row", "li", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "row":
                rows = []
                for n, row in enumerate(group):
                    cell = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.split(" | ")) + "</tr>")
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>'
                           + "".join(rows) + "</tbody></table>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                out.append(
                    '<div style="text-align:justify"><span style="font-family:Times New Roman;font-size:14pt">'
                    + "<br />\n".join(esc(t) for t in group)
                    + "</span></div><div>&nbsp;</div>"
                )
        elif b.style == "h3":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "div":
            out.append(
                f'<div style="text-align:justify"><span style="font-family:Times New Roman;font-size:14pt">'
                f"{esc(b.text)}</span></div><div>&nbsp;</div>"
            )
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _news_list(stories: list[Story], prefix: str | None = None) -> str:
    items = []
    for s in stories:
        href = article_path(s, prefix or "tin-tuc-su-kien")
        first_img = next((im.src for im in s.images), "/Content/Portal/images/no-image.jpg")
        sapo = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        items.append(
            f'<div class="ds-tin-item clearfix"><a class="anh" href="{href}"><img src="{first_img}" '
            f'alt="" width="160" /></a><h3 class="ds-tin-tieude"><a href="{href}">{esc(s.title)}</a></h3>'
            f'<span class="ds-tin-ngay">({s.opts["date"][:10]})</span><p class="ds-tin-tomtat">{esc(sapo[:160])}…</p></div>'
        )
    return "\n".join(items)


def _stories_in(cat: str) -> list[Story]:
    if cat == PARENT[0]:
        return list(ORDER)
    return [s for s in ORDER if s.cat == cat]


def render_article(request: Request, story: Story) -> Response:
    cat = story.cat
    crumbs = [("/tin-tuc-su-kien.html", PARENT[1])]
    if cat != PARENT[0]:
        crumbs.append((f"/{cat}.html", CATS[cat]))
    canonical = base_url(request) + article_path(story)
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:title" content="{esc(story.title)} - Sở GD&amp;ĐT Hà Nam" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta name="description" content="{esc(story.title)}" />'
    )
    o = story.opts
    meta = f'<span class="ngayxb">Ngày xuất bản: {o["date"]}</span>'
    if o.get("updated"):
        meta += f' <span class="ngaycn">| Cập nhật: {o["updated"]}</span>'
    meta += (
        f' <span class="luotxem">| Lượt xem: {story.views()}</span>'
        '<span class="congcu"><a href="javascript:window.print()" title="In bài viết">'
        '<img src="/Content/Portal/images/icon-print.png" alt="In" /> In bài</a> '
        '<a href="javascript:void(0)" onclick="SendMail()"><img src="/Content/Portal/images/icon-mail.png" alt="Gửi" />'
        " Gửi email</a> "
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank">'
        '<img src="/Content/Portal/images/icon-fb.png" alt="Facebook" /></a></span>'
    )
    tomtat = f'<div class="ttct-tomtat"><strong>{esc(story.summary)}</strong></div>' if o.get("tomtat") else ""
    after = ""
    if o.get("author_field"):
        after += f'<div class="ttct-tacgia">Tác giả: <b>{esc(o["author_field"])}</b></div>'
    if o.get("source_field"):
        after += f'<div class="ttct-nguon">Nguồn: <i>{esc(o["source_field"])}</i></div>'
    if o.get("poster"):
        after += f'<div class="ttct-nguoidang">Người đăng: {esc(o["poster"])}</div>'
    if o.get("attach"):
        fname, size = o["attach"]
        after += (
            '<div class="ttct-dinhkem"><p class="lbl">Tệp đính kèm:</p><table class="tbl-dinhkem"><tbody>'
            f'<tr><td><img src="/Content/Portal/images/icon-file.png" alt="" /></td>'
            f'<td><a href="/Uploads/files/2026/{fname}">{esc(fname)}</a></td><td>{size}</td>'
            f"<td>Lượt tải: {story.id % 97}</td></tr></tbody></table></div>"
        )
    after += (
        '<div class="ttct-danhgia"><span>Đánh giá bài viết:</span>'
        + "".join(f'<a href="javascript:Rate({story.id},{n})" class="sao"></a>' for n in range(1, 6))
        + f'<span class="tongdanhgia">(Có {story.id % 13 + 2} lượt đánh giá)</span></div>'
    )
    related = [s for s in ORDER if s.cat == story.cat and s.id != story.id][:3]
    older = [s for s in ORDER if s.id < story.id][:4]
    rel_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span>({s.opts["date"][:10]})</span></li>'
        for s in related
    )
    old_html = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span>({s.opts["date"][:10]})</span></li>'
        for s in older
    )
    main = f"""
<div class="portlet" id="portlet_1042" data-portlet="NewsDetail">
 <div class="portlet-header"><h1 class="portlet-title"><span>{esc(CATS[cat].upper())}</span></h1></div>
 <div class="portlet-body">
  <div class="ttct">
   <div class="ttct-tieude">{esc(story.title)}</div>
   <div class="ttct-thongtin">{meta}</div>
   {tomtat}
   <div class="ttct-noidung" id="ctl00_NewsContent">
{_body(story)}
   </div>
   {after}
   <div class="ttct-tinlienquan"><h2 class="tlq-title">Tin liên quan</h2><ul>{rel_html}</ul></div>
  </div>
 </div>
</div>
<div class="portlet" id="portlet_1043"><div class="portlet-header"><h2 class="portlet-title">CÁC TIN ĐÃ ĐƯA</h2></div>
 <div class="portlet-body"><ul class="ds-tindadua">{old_html}</ul></div></div>"""
    return page(request, story.title, crumbs, main, head)


# --- listings ------------------------------------------------------------------------------------


def _pager(npages: int, current: int) -> str:
    if npages <= 1:
        return ""
    links = ['<a href="?page=1" class="dau">Đầu</a>']
    for n in range(1, npages + 1):
        if n == current:
            links.append(f'<span class="current">{n}</span>')
        else:
            links.append(f'<a href="?page={n}">{n}</a>')
    links.append(f'<a href="?page={npages}" class="cuoi">Cuối</a>')
    return '<div class="phantrang">' + " ".join(links) + "</div>"


def render_category(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    n = int(raw)
    stories = _stories_in(cat)
    size = PARENT_PAGE_SIZE if cat == PARENT[0] else CHILD_PAGE_SIZE
    npages = (len(stories) + size - 1) // size
    if n < 1 or n > npages:
        return None
    chunk = stories[(n - 1) * size : n * size]
    prefix = None if cat == PARENT[0] else cat
    crumbs = [("/tin-tuc-su-kien.html", PARENT[1])]
    if cat != PARENT[0]:
        crumbs.append((f"/{cat}.html", CATS[cat]))
    main = f"""
<div class="portlet" id="portlet_1030" data-portlet="NewsList">
 <div class="portlet-header"><h1 class="portlet-title"><span>{esc(CATS[cat].upper())}</span></h1></div>
 <div class="portlet-body"><div class="ds-tin">{_news_list(chunk, prefix)}</div>
 {_pager(npages, n)}</div></div>"""
    return page(request, CATS[cat], crumbs, main)


def render_home(request: Request) -> Response:
    featured = BY_ID[10251]
    slider = (
        '<div class="portlet" id="portlet_1010" data-portlet="HotNews"><div class="slider-tinnoibat">'
        f'<a href="{article_path(featured, slug=featured.opts["old_slug"])}">'
        f'<img src="{featured.images[0].src}" alt="" /></a>'
        f'<h2 class="tnb-tieude"><a href="{article_path(featured, slug=featured.opts["old_slug"])}">'
        f"{esc(featured.title)}</a></h2><p>{esc(featured.summary or '')}</p></div></div>"
    )
    newest = ORDER[:5]
    tinmoi = (
        '<div class="portlet" id="portlet_1011"><div class="portlet-header"><h2 class="portlet-title">'
        '<a href="/tin-tuc-su-kien.html">TIN TỨC - SỰ KIỆN</a></h2></div><div class="portlet-body">'
        f'<div class="ds-tin">{_news_list(newest)}</div></div></div>'
    )
    cats = ""
    for k, c in enumerate(CHILD_CATS):
        top = [s for s in ORDER if s.cat == c][:2]
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["date"][:10]})</span></li>'
            for s in top
        )
        cats += (
            f'<div class="portlet" id="portlet_{1012 + k}"><div class="portlet-header"><h2 class="portlet-title">'
            f'<a href="/{c}.html">{esc(CATS[c].upper())}</a></h2></div><div class="portlet-body"><ul>{lis}</ul>'
            f'<a class="xemtiep" href="/{c}.html">Xem tiếp »</a></div></div>'
        )
    w0, w1 = WEEKS[CURRENT_WEEK]
    lich = (
        '<div class="portlet" id="portlet_1020"><div class="portlet-header"><h2 class="portlet-title">'
        f'LỊCH CÔNG TÁC TUẦN {CURRENT_WEEK}</h2></div><div class="portlet-body"><p>Từ ngày {w0} đến ngày {w1}</p>'
        "<p>Thứ Hai 30/11: 08:00 - Giám đốc Sở chủ trì giao ban tháng 12.</p>"
        '<a href="/lich-cong-tac.html">Xem chi tiết</a></div></div>'
    )
    return page(request, "Trang chủ", [], slider + tinmoi + cats + lich)


def render_docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i + 1}</td><td><a href="{doc_path(d)}">{esc(d["so"])}</a></td><td>{d["date"]}</td>'
        f'<td>{esc(d["kind"])}</td><td><a href="{doc_path(d)}">{esc(d["title"])}</a></td></tr>'
        for i, d in enumerate(DOCS)
    )
    main = (
        '<div class="portlet" id="portlet_1050"><div class="portlet-header"><h1 class="portlet-title">'
        'VĂN BẢN CHỈ ĐẠO ĐIỀU HÀNH</h1></div><div class="portlet-body"><table class="tbl-vanban">'
        "<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th>"
        f"<th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table></div></div>"
    )
    return page(request, "Văn bản chỉ đạo điều hành", [("/van-ban-chi-dao-dieu-hanh.html", "Văn bản chỉ đạo điều hành")], main)


def render_doc(request: Request, doc: dict) -> Response:
    main = f"""
<div class="portlet" id="portlet_1051"><div class="portlet-header"><h1 class="portlet-title">CHI TIẾT VĂN BẢN</h1></div>
<div class="portlet-body"><table class="tbl-ctvanban"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["date"]}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc["kind"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Tuấn</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["title"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/Uploads/files/vanban/{doc["file"]}">{doc["file"]}</a></td></tr>
</tbody></table></div></div>"""
    return page(
        request,
        doc["title"],
        [("/van-ban-chi-dao-dieu-hanh.html", "Văn bản chỉ đạo điều hành")],
        main,
    )


def render_qa(request: Request) -> Response:
    items = "".join(
        f'<div class="hd-item"><div class="hd-cauhoi"><p class="hd-nguoihoi">Người hỏi: <b>{esc(n)}</b> - {esc(addr)}'
        f' <span class="ngay">({d})</span></p><h3>{esc(q)}</h3></div>'
        f'<div class="hd-traloi"><p class="lbl">Trả lời:</p><p>{esc(a)}</p></div></div>'
        for n, addr, d, q, a in QA
    )
    main = (
        '<div class="portlet" id="portlet_1060"><div class="portlet-header"><h1 class="portlet-title">HỎI ĐÁP</h1>'
        f'</div><div class="portlet-body">{items}<form class="frm-guicauhoi" action="javascript:void(0)">'
        '<input name="hoten" placeholder="Họ và tên" /><textarea name="noidung"></textarea>'
        '<button type="button">Gửi câu hỏi</button></form></div></div>'
    )
    return page(request, "Hỏi đáp", [("/hoi-dap.html", "Hỏi đáp")], main)


def render_schedule(request: Request) -> Response | None:
    raw = request.params.get("tuan", str(CURRENT_WEEK))
    if not raw.isdigit() or int(raw) not in WEEKS:
        return None
    w = int(raw)
    start, end = WEEKS[w]
    nav = ""
    if w == CURRENT_WEEK:
        nav = (
            f'<a href="/lich-cong-tac.html?tuan={w - 1}">« Tuần trước</a> '
            f'<a href="/lich-cong-tac.html?tuan={w - 2}">Tuần {w - 2}</a>'
        )
    rows = (
        f"<tr><td>Thứ Hai</td><td>08:00</td><td>Giám đốc Sở chủ trì giao ban tuần {w}</td><td>Phòng họp tầng 3</td></tr>"
        f"<tr><td>Thứ Tư</td><td>14:00</td><td>Phó Giám đốc làm việc với Phòng GD&amp;ĐT Kim Bảng</td><td>Kim Bảng</td></tr>"
    )
    main = (
        '<div class="portlet" id="portlet_1070"><div class="portlet-header"><h1 class="portlet-title">'
        f'LỊCH CÔNG TÁC CỦA LÃNH ĐẠO SỞ</h1></div><div class="portlet-body"><p class="tuan">Tuần {w} '
        f"(từ {start} đến {end})</p><div class=\"lct-nav\">{nav}</div>"
        '<table class="tbl-lct"><thead><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>"
    )
    return page(request, "Lịch công tác", [("/lich-cong-tac.html", "Lịch công tác")], main)


def render_intro(request: Request) -> Response:
    main = (
        '<div class="portlet" id="portlet_1080"><div class="portlet-header"><h1 class="portlet-title">GIỚI THIỆU'
        '</h1></div><div class="portlet-body"><h2>Chức năng, nhiệm vụ</h2><p>Sở Giáo dục và Đào tạo là cơ quan '
        "chuyên môn thuộc UBND tỉnh Hà Nam, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo."
        "</p><p>Lãnh đạo Sở: Giám đốc và các Phó Giám đốc.</p></div></div>"
    )
    return page(request, "Giới thiệu", [("/gioi-thieu.html", "Giới thiệu")], main)


def render_contact(request: Request) -> Response:
    main = (
        '<div class="portlet" id="portlet_1090"><div class="portlet-header"><h1 class="portlet-title">LIÊN HỆ</h1>'
        '</div><div class="portlet-body"><p>Sở Giáo dục và Đào tạo tỉnh Hà Nam</p><p>Địa chỉ: Số 17 đường Trần '
        "Phú, TP. Phủ Lý</p><p>Điện thoại: 0226.3852.811</p>"
        '<form action="javascript:void(0)"><input name="email" /><textarea name="nd"></textarea>'
        '<button type="button">Gửi</button></form></div></div>'
    )
    return page(request, "Liên hệ", [("/lien-he.html", "Liên hệ")], main)


# --- routing -------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith(("/Uploads/files/",)) and path.endswith((".pdf", ".docx")):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/Default.aspx") and not request.query:
            return render_home(request) if path == "/" else redirect("/", 301)
        m = _ARTICLE.match(path)
        if m and not request.query:
            prefix, slug, num = m.group(1), m.group(2), int(m.group(3))
            if prefix == "van-ban-chi-dao-dieu-hanh":
                doc = next((d for d in DOCS if d["id"] == num and d["slug"] == slug), None)
                return render_doc(request, doc) if doc else None
            story = BY_ID.get(num)
            if story is None:
                return None
            slugs = {story.slug, story.opts.get("old_slug")}
            if slug not in slugs or prefix not in ("tin-tuc-su-kien", story.cat):
                return None
            return render_article(request, story)
        m = _CAT.match(path)
        if m:
            key = m.group(1)
            if key in CATS:
                if set(request.params) - {"page"}:
                    return None
                return render_category(request, key)
            if request.query and key != "lich-cong-tac":
                return None
            pages = {
                "van-ban-chi-dao-dieu-hanh": render_docs_list,
                "hoi-dap": render_qa,
                "lich-cong-tac": render_schedule,
                "gioi-thieu": render_intro,
                "lien-he": render_contact,
            }
            if key in pages:
                return pages[key](request)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(article_path(story, slug=story.opts["old_slug"]))
    if story.cat != PARENT[0]:
        alts.append(article_path(story, story.cat))
    return alts


GOLD = [
    gold_record(story, article_path(story), CATS[story.cat], alt_paths=_alt_paths(story))
    for story in ORDER
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/hoi-dap.html",
    "/lich-cong-tac.html",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
]
