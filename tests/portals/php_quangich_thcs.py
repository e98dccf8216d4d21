"""Trường THCS Nguyễn Trãi (huyện Krông Pắc, Đắk Lắk) on "QuangIch Soft", a small Vietnamese
vendor's PHP school-site builder of the kind sold to hundreds of schools around 2012–2016 and
still running: home-made PHP, one ``index.php`` front controller, table layout, class and id
names in unaccented Vietnamese abbreviations (``khung_giua``, ``tieude_chitiet``, ``ctn_chitiet``,
``tde``, ``tg``, ``nd``), inconsistent from one template to the next.

URL scheme
----------
- ``/index.php`` home (``/`` serves the same page). Every link is relative (``index.php?…``).
- Article: ``/index.php?mod=tintuc&act=chitiet&id=<n>&cid=<cat>`` (the listings' form, the gold
  path). The templates print the parameters differently, all serving the same article:
  template A's related lists ``?act=chitiet&mod=tintuc&cid=<c>&id=<n>`` (raw ``&``), template
  B's related lists and the home's "Tin tiêu điểm" add ``&lang=vi``, the sidebar "Tin xem nhiều"
  adds ``&PHPSESSID=<32 hex>`` (sidebar only), search results print ``act`` first too.
- Print view ``…&print=1``: the same article on a plain page ("In bài này", "Đóng cửa sổ"),
  linked from the "[In bài]" tool of every article. All these go in the gold's alt_paths.
- Category listing ``/index.php?mod=tintuc&act=danhsach&cid=<c>`` then ``&p=2`` (8 a page,
  pager "Trang: [1] 2 Tiếp » Cuối »|"). Categories: 1 Tin tức – Sự kiện (the parent: its listing
  also holds its two children), 2 Hoạt động chuyên môn, 3 Đoàn – Đội (children of 1),
  4 Thông báo.
- Static: ``mod=gioithieu&id=1`` (Giới thiệu chung), ``&id=2`` (Cơ cấu tổ chức), ``mod=lienhe``
  (contact form, POST), ``mod=thuvienanh`` (albums) and ``&aid=<n>`` (a grid of thumbnails with
  one line each), ``mod=vanban`` (documents) and ``&id=<n>`` (số hiệu, ngày ban hành, trích yếu,
  "Tải về" a .doc), ``mod=timkiem&tukhoa=…`` (search listing, linked from "Từ khóa:").

Page templates
--------------
- A (old articles, id < 40): a ``<table class="khung_giua">``; title in
  ``<td class="tieude_chitiet"><b>…</b></td>``; "Cập nhật lúc 08h30' ngày 20/11/2026" in
  ``<td class="ngaycapnhat">``; the text in ``<td class="noidung_chitiet"><font face="Times New
  Roman">`` as BR-separated lines with ``&nbsp;`` indents (no ``<p>``), part of it written with
  HTML entities (``&#7879;``); a photo as ``<div align="center"><img></div>`` and a centred
  ``<i>`` line, or (one article) a plain "(…)" line after a ``<br>``; the author as a right-aligned
  bold "Người viết: …" (one article adds the department "Tổ Ngữ văn – GDCD" on a second line).
- B (id >= 40): ``<div id="ctn_chitiet">``, ``<h2 class="tde">``, ``<span class='tg'>Ngày đăng:
  14/10/2026 - 15:20 | Lượt xem: 412</span>``, sapo ``<div class="tomtat"><strong>``, text in
  ``<div class="nd">`` as TinyMCE ``<p style="text-align: justify;">``; photos in
  ``<table class="image">`` with the caption in a second row ``<td class="image_desc">``; closing
  bylines "Tin, ảnh: …", "ThS. … – Phó Hiệu trưởng", "BBT", "Nguồn: Phòng GD&ĐT Krông Pắc".
- After every article: "Từ khóa:" (some), "[In bài] [Gửi email] [Về đầu trang]", "Các tin đã
  đưa:" (up to 8 older titles of the category, each with "(dd/mm/yyyy)") and "Các tin mới hơn:".
- Chrome: banner, marquee "Chào mừng quý thầy cô và các em học sinh…", "Hôm nay: Thứ Tư,
  25/11/2026", left menu table, "Văn bản mới", right "Tin xem nhiều", "Liên kết website" (select),
  "Thống kê truy cập", a poll, footer "Bản quyền © 2014 … – Thiết kế bởi QuangIch Soft". The
  ``<title>`` is the school's name on every page.

How each gold article is reached
--------------------------------
Home: "Tin tiêu điểm" (one, ``&lang=vi``), "Tin mới" (5), a box of 3 for each of categories 2, 3
and 4. The listing of category 1 (11 articles with its children) has a page 2 holding the three
oldest; two of them (ids 31, 37) are on no home box, only on that page 2, in the "Các tin đã
đưa" lists of newer articles of Tin tức – Sự kiện, and in the sidebar when much read.

Traps
-----
Parameter order / session / lang twins and the print view (alt_paths); album pages with one line
per photo; document entries with a "Tải về" link; the search listing; "Các tin đã đưa" lists with
dates under each article; template A's BR text with entities; a very short notice (two lines and
an attachment "Tải về" box: still an article); a numbered plan closing with a "------" divider,
"Nơi nhận:" and the signature "HIỆU TRƯỞNG / (đã ký) / Phạm Văn Tâm" (signer = author, neither
block in the body); a photo of an old article hard-coded on the school's former domain; an
all-capitals title in template A; the same ``<title>`` on every page.

Gold decisions
--------------
title as printed; published_at from the article's own date line, with its time; "Người viết: X"
-> X (the department line is not a name); "Tin, ảnh: X" -> author and photographer; "ThS. X –
Phó Hiệu trưởng" -> X; "BBT" -> nobody; "Nguồn: …" -> source; sapo = ``div.tomtat`` (also first
body paragraph); body = the lines of the text (headings, "1. …", "- …" items as typed, table rows
with cells joined by " | "); captions = the line under the photo as displayed, without the
parentheses that wrap a whole line (the house convention, as sharepoint_tct and bkav_egov_tct;
the helper's gold kept them: harmonised after the first crawl, round 47); category = the last
breadcrumb section. The plan's closing ("Nơi nhận:" beside "HIỆU TRƯỞNG / (đã ký) / Phạm Văn
Tâm", no letterhead above the text) is no text; its signer is the author.
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "php_quangich_thcs"
PLATFORM = "QuangIch Soft PHP school-site builder (home-made PHP, table layout, index.php?mod=…)"
START_PATH = "/index.php"

SCHOOL = "Trường THCS Nguyễn Trãi"
HEADER_TODAY = "Hôm nay: Thứ Tư, 25/11/2026"
PER_PAGE = 8
SESSID = hashlib.md5(b"quangich-krongpac").hexdigest()
OLD_DOMAIN = "http://thcsnguyentrai-krongpac.edu.vn"

CATEGORIES = {
    1: "Tin tức – Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn – Đội",
    4: "Thông báo",
}
PARENT = {2: 1, 3: 1}


def pub(day: str, hm: str) -> str:
    return f"{day}T{hm}:00+07:00"


def img_b(name: str) -> str:
    """Template B photos: relative ``upload/news/…`` as TinyMCE saved them."""
    return f"upload/news/2026/{name}"


def sig_right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- articles (P styles: "h" heading, "row" table row, "th" table header row) -------------------

STORIES: list[Story] = [
    Story(
        31,
        "khai-giang",
        "Trường THCS Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
        1,
        pub("2026-09-05", "08:30"),
        [
            P(
                "Sáng ngày 05/9/2026, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến "
                "trường, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ khai giảng năm học 2026 – 2027."
            ),
            P(
                "Về dự buổi lễ có ông Nguyễn Hữu Phước, Phó Chủ tịch UBND xã Ea Kênh; đại diện Phòng "
                "GD&ĐT huyện Krông Pắc; Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, "
                "nhân viên và 782 học sinh của nhà trường."
            ),
            Img(
                f"{OLD_DOMAIN}/images/tintuc/2026/khaigiang2026.jpg",
                "Các em học sinh lớp 6 được đón vào trường",
                "Các em học sinh lớp 6 được đón vào trường",
                "i",
            ),
            P(
                "Năm học 2025 – 2026, nhà trường có 98,6% học sinh được lên lớp thẳng; 27 học sinh đạt "
                "giải học sinh giỏi cấp huyện, 4 học sinh đạt giải cấp tỉnh; tỷ lệ tốt nghiệp THCS đạt "
                "100%. Nhà trường được UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong "
                "trào thi đua."
            ),
            P(
                "Thay mặt nhà trường, thầy Phạm Văn Tâm, Hiệu trưởng, đọc thư của Chủ tịch nước gửi "
                "ngành Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi đua “Dạy "
                "tốt – Học tốt” trong toàn trường."
            ),
            P(
                "Sau phần nghi lễ, thầy Hiệu trưởng đánh trống khai trường. Các em học sinh tham gia "
                "chương trình văn nghệ chào mừng với nhiều tiết mục đặc sắc mang đậm bản sắc các dân "
                "tộc Tây Nguyên."
            ),
            Raw("<p align=right><b>Người viết: Lê Thị Hoa</b></p>"),
        ],
        authors=["Lê Thị Hoa"],
        opts={"tpl": "A", "tags": ["khai giảng"], "thumb": "khaigiang2026_thumb.jpg"},
    ),
    Story(
        34,
        "hoi-thao-ngu-van",
        "Hội thảo chuyên đề “Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018”",
        2,
        pub("2026-10-08", "16:05"),
        [
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 – 2027, chiều ngày 06/10/2026, "
                "Tổ Ngữ văn – GDCD Trường THCS Nguyễn Trãi tổ chức hội thảo chuyên đề “Đổi mới phương "
                "pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018”."
            ),
            P(
                "Tham dự hội thảo có thầy Nguyễn Đình Khôi, Phó Hiệu trưởng phụ trách chuyên môn, cùng "
                "toàn thể giáo viên Ngữ văn của nhà trường và đại diện tổ Ngữ văn các trường THCS Lê "
                "Hồng Phong, THCS Phan Bội Châu trong cụm chuyên môn số 2."
            ),
            P("Nội dung hội thảo", "h"),
            P("1. Dạy học đọc hiểu văn bản theo đặc trưng thể loại ở lớp 8 và lớp 9."),
            P("2. Tổ chức hoạt động viết theo quy trình, sử dụng phiếu học tập và bảng kiểm."),
            P("3. Kiểm tra, đánh giá năng lực đọc hiểu với ngữ liệu ngoài sách giáo khoa."),
            Img(
                "/images/tintuc/2026/hoithao_nguvan.jpg",
                "(Cô Lê Thị Hoa trình bày chuyên đề tại hội thảo)",
                "Cô Lê Thị Hoa trình bày chuyên đề tại hội thảo",
                "paren",
            ),
            P(
                "Các ý kiến thảo luận tập trung vào những khó khăn khi dạy học theo chủ đề, cách lựa "
                "chọn ngữ liệu phù hợp với học sinh vùng đồng bào dân tộc thiểu số, trong đó nhiều em "
                "còn hạn chế về vốn từ tiếng Việt."
            ),
            P(
                "Kết thúc hội thảo, tổ thống nhất áp dụng các giải pháp đã trình bày trong các tiết dạy "
                "từ tháng 10/2026 và đăng ký tiết dạy minh họa trong đợt thi đua chào mừng ngày 20/11."
            ),
            Raw("<p align=right><b>Người viết: Lê Thị Hoa<br>Tổ Ngữ văn – GDCD</b></p>"),
        ],
        authors=["Lê Thị Hoa"],
        opts={"tpl": "A", "tags": ["chuyên đề", "Ngữ văn"], "ent_title": True},
    ),
    Story(
        36,
        "dai-hoi-lien-doi",
        "LIÊN ĐỘI TRƯỜNG THCS NGUYỄN TRÃI TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI NHIỆM KỲ 2026 – 2027",
        3,
        pub("2026-09-24", "14:10"),
        [
            P(
                "Chiều ngày 22/9/2026, Liên đội Trường THCS Nguyễn Trãi long trọng tổ chức Đại hội "
                "Liên đội nhiệm kỳ 2026 – 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – "
                "2026: Liên đội đạt danh hiệu Liên đội vững mạnh xuất sắc, quyên góp được 1.250 cuốn "
                "sách giáo khoa cũ và 15 triệu đồng ủng hộ bạn nghèo."
            ),
            Img(
                "/images/tintuc/2026/daihoi_liendoi.jpg",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội",
                "i",
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội nhiệm kỳ 2026 – 2027 gồm 11 em; em H' Yên Niê, "
                "lớp 9A2, được tín nhiệm bầu làm Liên đội trưởng."
            ),
            P(
                "Phát biểu chỉ đạo, cô Trần Thị Mai, Tổng phụ trách Đội, mong muốn Ban chỉ huy mới phát "
                "huy tinh thần trách nhiệm, tổ chức tốt các phong trào “Kế hoạch nhỏ”, “Áo ấm cho bạn” "
                "và “Tiếng kẻng an toàn giao thông” trong năm học."
            ),
            Raw("<p align=right><b>Người viết: Trần Thị Mai</b></p>"),
        ],
        authors=["Trần Thị Mai"],
        opts={"tpl": "A", "tags": ["Liên đội"]},
    ),
    Story(
        37,
        "trung-thu",
        "Vui Tết Trung thu cho học sinh có hoàn cảnh khó khăn",
        1,
        pub("2026-09-26", "09:45"),
        [
            P(
                "Nhân dịp Tết Trung thu năm 2026, Trường THCS Nguyễn Trãi phối hợp với Ban đại diện "
                "cha mẹ học sinh tổ chức chương trình “Trung thu yêu thương” cho học sinh có hoàn cảnh "
                "khó khăn."
            ),
            P(
                "Chương trình đã trao 65 suất quà, mỗi suất gồm bánh trung thu, sữa và vở viết, tổng "
                "trị giá hơn 19 triệu đồng do các nhà hảo tâm và cha mẹ học sinh đóng góp."
            ),
            Img("/images/tintuc/2026/trungthu_1.jpg", None, None, "none"),
            P(
                "Buổi tối cùng ngày, các chi đội rước đèn quanh sân trường, phá cỗ và tham gia trò "
                "chơi dân gian. Đêm hội khép lại bằng tiết mục múa xoang của các em học sinh người Ê "
                "Đê lớp 8A3."
            ),
        ],
        opts={"tpl": "A", "tags": []},
    ),
    Story(
        42,
        "ke-hoach-gvdg",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        2,
        pub("2026-10-12", "07:45"),
        [
            P(
                "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ GD&ĐT ban hành Quy định về "
                "hội thi giáo viên dạy giỏi cơ sở giáo dục phổ thông; căn cứ kế hoạch năm học 2026 – "
                "2027, Trường THCS Nguyễn Trãi xây dựng kế hoạch tổ chức Hội thi như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P("1. Mục đích"),
            P("- Phát hiện, công nhận và tôn vinh giáo viên dạy giỏi cấp trường."),
            P("- Tạo cơ hội để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học."),
            P("2. Yêu cầu"),
            P("- Hội thi được tổ chức nghiêm túc, khách quan, công bằng, không gây áp lực."),
            P("II. NỘI DUNG", "h"),
            P(
                "1. Đối tượng: giáo viên đang trực tiếp giảng dạy tại trường, tự nguyện đăng ký dự thi."
            ),
            P(
                "2. Nội dung thi: trình bày biện pháp nâng cao chất lượng giảng dạy; dạy 02 tiết "
                "thực hành (01 tiết bốc thăm, 01 tiết tự chọn)."
            ),
            P("3. Thời gian: từ ngày 02/11/2026 đến ngày 13/11/2026."),
            P("III. TỔ CHỨC THỰC HIỆN", "h"),
            P(
                "- Các tổ chuyên môn lập danh sách đăng ký, nộp về Phó Hiệu trưởng trước ngày 25/10/2026."
            ),
            P("- Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."),
            Raw("<p>-----------------</p>"),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr>'
                '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong>'
                "<br>- Phòng GD&amp;ĐT (b/c);<br>- Các tổ chuyên môn (t/h);<br>- Lưu: VT.</p></td>"
                '<td style="text-align: center; vertical-align: top;"><p><strong>HIỆU TRƯỞNG</strong>'
                "</p><p><em>(đã ký)</em></p><p><strong>Phạm Văn Tâm</strong></p></td>"
                "</tr></tbody></table>"
            ),
        ],
        authors=["Phạm Văn Tâm"],
        opts={"tpl": "B", "tags": ["giáo viên dạy giỏi", "kế hoạch"]},
    ),
    Story(
        45,
        "hoi-nghi-vien-chuc",
        "Hội nghị viên chức, người lao động năm học 2026 – 2027",
        1,
        pub("2026-10-14", "15:20"),
        [
            P(
                "Ngày 13/10/2026, Trường THCS Nguyễn Trãi tổ chức Hội nghị viên chức, người lao động "
                "năm học 2026 – 2027 nhằm đánh giá kết quả năm học cũ và thống nhất nhiệm vụ năm học mới."
            ),
            P(
                "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm học 2025 – 2026, phương hướng "
                "nhiệm vụ năm học 2026 – 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban "
                "Thanh tra nhân dân."
            ),
            Img(img_b("10/hoinghi_vc.jpg"), "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "desc"),
            P(
                "Năm học 2026 – 2027, nhà trường có 21 lớp với 782 học sinh, 46 cán bộ, giáo viên, "
                "nhân viên. Hội nghị thống nhất các chỉ tiêu: tỷ lệ học sinh lên lớp đạt 98% trở lên, "
                "không có học sinh bỏ học, phấn đấu có từ 30 giải học sinh giỏi cấp huyện trở lên."
            ),
            P(
                "Tại hội nghị, viên chức và người lao động đã thảo luận, đóng góp ý kiến vào Quy chế "
                "chi tiêu nội bộ, Quy chế dân chủ cơ sở và ký giao ước thi đua giữa các tổ."
            ),
            P(
                "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 3 thành viên do "
                "cô Nguyễn Thị Lan làm Trưởng ban."
            ),
            sig_right("Tin, ảnh: Nguyễn Văn Bình"),
        ],
        authors=["Nguyễn Văn Bình"],
        photographers=["Nguyễn Văn Bình"],
        summary=(
            "Hội nghị viên chức, người lao động là dịp để mỗi cán bộ, giáo viên, nhân viên phát huy "
            "quyền làm chủ, cùng bàn bạc các giải pháp thực hiện nhiệm vụ năm học mới."
        ),
        sapo_outside=True,
        opts={"tpl": "B", "tags": ["hội nghị"]},
    ),
    Story(
        48,
        "nghi-thuc-doi",
        "Hội thi “Nghi thức Đội – Chỉ huy Đội giỏi” cấp trường năm 2026",
        3,
        pub("2026-10-22", "10:30"),
        [
            P(
                "Hội thi được tổ chức trong hai ngày 17 và 18/10/2026 tại sân trường với sự tham gia "
                "của 21 chi đội, mỗi chi đội gồm 15 đội viên."
            ),
            P(
                "Các chi đội thi các nội dung: đội hình đội ngũ, nghi thức chào cờ, kỹ năng chỉ huy của "
                "chi đội trưởng, đánh trống – kèn và màn đồng diễn tự chọn."
            ),
            Img(
                img_b("10/nghithuc_1.jpg"),
                "Chi đội 7A1 thực hiện phần thi nghi thức",
                "Chi đội 7A1 thực hiện phần thi nghi thức",
                "desc",
            ),
            P("Kết quả, Ban tổ chức trao giải cho các chi đội:"),
            P("Giải | Chi đội | Điểm", "th"),
            P("Nhất | 8A1 | 96,5", "row"),
            P("Nhì | 9A2 | 94,0", "row"),
            P("Ba | 7A1 | 92,5", "row"),
            P("Khuyến khích | 6A3 | 90,0", "row"),
            Img(img_b("10/nghithuc_2.jpg"), None, None, "none"),
            P(
                "Qua hội thi, Liên đội chọn 15 đội viên xuất sắc tham gia Hội thi Nghi thức Đội cấp "
                "huyện vào tháng 12/2026."
            ),
            sig_right("BBT"),
        ],
        summary=(
            "Nhằm nâng cao kỹ năng nghi thức và công tác chỉ huy cho đội viên, Liên đội Trường THCS "
            "Nguyễn Trãi tổ chức Hội thi “Nghi thức Đội – Chỉ huy Đội giỏi” cấp trường năm 2026."
        ),
        sapo_outside=True,
        opts={"tpl": "B", "tags": ["Liên đội", "nghi thức Đội"]},
    ),
    Story(
        51,
        "lich-kiem-tra-giua-ky",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
        4,
        pub("2026-10-26", "09:10"),
        [
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 – 2027 các khối lớp 6, "
                "7, 8, 9 từ ngày 02/11/2026 đến ngày 07/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh. Lịch chi tiết xem file đính kèm."
            ),
        ],
        opts={"tpl": "B", "tags": ["kiểm tra"], "attach": "lich-kiem-tra-giua-ky-1-2026.doc"},
    ),
    Story(
        53,
        "chuyen-de-stem",
        "Tổ Toán – Tin tổ chức chuyên đề dạy học STEM cho học sinh lớp 8",
        2,
        pub("2026-11-02", "17:00"),
        [
            P(
                "Ngày 30/10/2026, Tổ Toán – Tin tổ chức chuyên đề “Thiết kế bài học STEM: Làm mô hình "
                "hệ thống tưới nhỏ giọt” cho học sinh lớp 8A2, dưới sự hướng dẫn của thầy Võ Thanh Sơn."
            ),
            P(
                "Trong tiết học, học sinh chia thành 6 nhóm, vận dụng kiến thức về hình học, đo lường "
                "và lập trình đơn giản trên mạch Arduino để thiết kế mô hình tưới nước tự động cho vườn "
                "cà phê – loại cây trồng chủ lực của địa phương."
            ),
            Img(
                img_b("11/stem_8a2.jpg"),
                "Học sinh lớp 8A2 lắp ráp mô hình tưới nhỏ giọt",
                "Học sinh lớp 8A2 lắp ráp mô hình tưới nhỏ giọt",
                "desc",
            ),
            P(
                "“Em thấy môn Toán gần gũi hơn khi được tính lượng nước cần tưới cho từng gốc cây”, em "
                "Y Thắng Mlô, lớp 8A2, chia sẻ sau tiết học."
            ),
            P(
                "Góp ý sau chuyên đề, các giáo viên đánh giá tiết dạy đã phát huy được tính chủ động, "
                "sáng tạo của học sinh; tuy nhiên cần phân bố thời gian hợp lý hơn cho phần báo cáo sản "
                "phẩm của các nhóm."
            ),
            P(
                "Nhà trường sẽ nhân rộng mô hình dạy học STEM ở các môn Khoa học tự nhiên, Công nghệ "
                "và Tin học trong học kỳ II."
            ),
            sig_right("ThS. Trần Minh Đức – Phó Hiệu trưởng"),
        ],
        authors=["Trần Minh Đức"],
        summary="Chuyên đề giúp học sinh vận dụng kiến thức liên môn để giải quyết vấn đề thực tiễn.",
        sapo_outside=True,
        opts={"tpl": "B", "tags": ["STEM", "chuyên đề"]},
    ),
    Story(
        55,
        "lich-thi-hsg",
        "Thông báo lịch thi chọn học sinh giỏi cấp trường lớp 9 năm học 2026 – 2027",
        4,
        pub("2026-11-06", "08:00"),
        [
            P(
                "Nhà trường thông báo lịch thi chọn học sinh giỏi cấp trường lớp 9 năm học 2026 – 2027 "
                "như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("14/11/2026 | Sáng | Ngữ văn | 150 phút", "row"),
            P("14/11/2026 | Chiều | Toán | 150 phút", "row"),
            P("15/11/2026 | Sáng | Khoa học tự nhiên | 150 phút", "row"),
            P("15/11/2026 | Chiều | Tiếng Anh, Lịch sử và Địa lý | 120 phút", "row"),
            P(
                "Học sinh có mặt tại phòng thi trước giờ thi 15 phút, mang theo thẻ học sinh. Danh sách "
                "phòng thi được niêm yết tại bảng tin nhà trường ngày 12/11/2026."
            ),
        ],
        opts={"tpl": "B", "tags": ["học sinh giỏi"]},
    ),
    Story(
        57,
        "chu-nhat-xanh",
        "Chi đoàn giáo viên ra quân “Ngày Chủ nhật xanh” năm 2026",
        3,
        pub("2026-11-09", "19:25"),
        [
            P(
                "Sáng Chủ nhật ngày 08/11/2026, Chi đoàn giáo viên phối hợp với Liên đội tổ chức ra "
                "quân “Ngày Chủ nhật xanh” với chủ đề “Trường học xanh – sạch – đẹp – an toàn”."
            ),
            P(
                "Hơn 30 đoàn viên và 200 đội viên đã dọn dẹp khuôn viên trường, phát quang bụi rậm dọc "
                "tuyến đường liên thôn trước cổng trường, trồng mới 50 cây xanh và sơn lại hàng rào "
                "khu vực nhà xe."
            ),
            Img(
                img_b("11/cnxanh.jpg"),
                "Đoàn viên, đội viên trồng cây trong khuôn viên trường",
                "Đoàn viên, đội viên trồng cây trong khuôn viên trường",
                "desc",
            ),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường cho học sinh, hưởng ứng phong "
                "trào thi đua chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            sig_right("Tin: Hồ Thị Thu Hà – Ảnh: Y Khoa Byă"),
        ],
        authors=["Hồ Thị Thu Hà"],
        photographers=["Y Khoa Byă"],
        opts={"tpl": "B", "tags": ["Đoàn thanh niên"]},
    ),
    Story(
        60,
        "hsg-huyen",
        "Krông Pắc có 168 học sinh đạt giải Hội thi học sinh giỏi lớp 9 cấp huyện",
        1,
        pub("2026-11-16", "11:40"),
        [
            P(
                "Từ ngày 10 đến 11/11/2026, Phòng GD&ĐT huyện Krông Pắc tổ chức Hội thi học sinh giỏi "
                "lớp 9 cấp huyện năm học 2026 – 2027 với 412 thí sinh của 24 trường THCS tham dự."
            ),
            P(
                "Kết quả có 168 học sinh đạt giải, trong đó 12 giải Nhất, 31 giải Nhì, 52 giải Ba và "
                "73 giải Khuyến khích. Trường THCS Nguyễn Trãi có 14 học sinh đạt giải (2 giải Nhất, 3 "
                "giải Nhì, 4 giải Ba, 5 giải Khuyến khích), xếp thứ 3 toàn huyện."
            ),
            P(
                "Em Nguyễn Ngọc Bảo Trân, lớp 9A1, đạt giải Nhất môn Ngữ văn; em Lê Hoàng Nam, lớp "
                "9A2, đạt giải Nhất môn Toán."
            ),
            P(
                "Các học sinh đạt giải sẽ tiếp tục được bồi dưỡng để tham gia kỳ thi chọn học sinh giỏi "
                "cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Krông Pắc</em></p>'),
        ],
        source="Phòng GD&ĐT Krông Pắc",
        summary=(
            "168/412 thí sinh đạt giải tại Hội thi học sinh giỏi lớp 9 cấp huyện năm học 2026 – 2027; "
            "Trường THCS Nguyễn Trãi có 14 học sinh đạt giải."
        ),
        sapo_outside=True,
        opts={"tpl": "B", "tags": ["học sinh giỏi"]},
    ),
    Story(
        62,
        "le-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        1,
        pub("2026-11-20", "16:40"),
        [
            P(
                "Sáng ngày 20/11/2026, tại hội trường nhà trường đã diễn ra Lễ kỷ niệm trong không khí "
                "trang trọng, ấm áp với sự tham dự của đại diện Đảng ủy, UBND xã Ea Kênh, Ban đại diện "
                "cha mẹ học sinh và các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(
                img_b("11/le2011_1.jpg"),
                "Tiết mục văn nghệ chào mừng",
                "Tiết mục văn nghệ chào mừng",
                "desc",
            ),
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Phạm Văn Tâm, Hiệu trưởng, "
                "điểm lại những kết quả nổi bật trong đợt thi đua: 17 giáo viên đạt danh hiệu giáo viên "
                "dạy giỏi cấp trường, 96 tiết dạy tốt, 14 học sinh đạt giải học sinh giỏi cấp huyện."
            ),
            P(
                "Thay mặt Ban đại diện cha mẹ học sinh, ông Y Bhim Ayun gửi lời tri ân sâu sắc đến các "
                "thầy cô giáo và trao tặng 12 suất học bổng cho học sinh vượt khó học giỏi."
            ),
            Img(
                img_b("11/le2011_2.jpg"),
                "Nhà trường khen thưởng giáo viên đạt thành tích trong đợt thi đua",
                "Nhà trường khen thưởng giáo viên đạt thành tích trong đợt thi đua",
                "desc",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 17 giáo viên dạy giỏi và 5 tập thể lớp có thành tích "
                "xuất sắc trong đợt thi đua “Hoa điểm tốt dâng thầy cô”."
            ),
            sig_right("Tin, ảnh: Nguyễn Văn Bình"),
        ],
        authors=["Nguyễn Văn Bình"],
        photographers=["Nguyễn Văn Bình"],
        summary=(
            "Hòa chung không khí cả nước hướng về Ngày Nhà giáo Việt Nam, Trường THCS Nguyễn Trãi tổ "
            "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua chào mừng."
        ),
        sapo_outside=True,
        opts={"tpl": "B", "tags": ["20/11", "giáo viên dạy giỏi"], "featured": True},
    ),
    Story(
        64,
        "hop-phu-huynh",
        "Thông báo về việc tổ chức họp cha mẹ học sinh cuối học kỳ I",
        4,
        pub("2026-11-23", "14:00"),
        [
            P(
                "Nhằm trao đổi kết quả học tập, rèn luyện của học sinh trong học kỳ I, nhà trường tổ "
                "chức họp cha mẹ học sinh toàn trường vào lúc 7 giờ 30, sáng Chủ nhật ngày 13/12/2026."
            ),
            P("Nội dung cuộc họp:", "h"),
            P("- Thông báo kết quả học tập, rèn luyện học kỳ I của học sinh."),
            P("- Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I."),
            P("- Trao đổi về công tác phối hợp giáo dục, bảo đảm an toàn giao thông cho học sinh."),
            P(
                "Đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Trường hợp vắng mặt "
                "xin liên hệ giáo viên chủ nhiệm."
            ),
        ],
        opts={"tpl": "B", "tags": ["cha mẹ học sinh"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_listing(cid: int) -> list[Story]:
    """A category listing holds the category and its children, newest first."""
    return by_date([s for s in STORIES if s.cat == cid or PARENT.get(s.cat) == cid])


# --- the URL forms ------------------------------------------------------------------------------


def u_main(s: Story) -> str:
    return f"index.php?mod=tintuc&act=chitiet&id={s.id}&cid={s.cat}"


def u_act_first(s: Story) -> str:
    return f"index.php?act=chitiet&mod=tintuc&cid={s.cat}&id={s.id}"


def u_lang(s: Story) -> str:
    return u_main(s) + "&lang=vi"


def u_sess(s: Story) -> str:
    return u_main(s) + f"&PHPSESSID={SESSID}"


def u_print(s: Story) -> str:
    return u_main(s) + "&print=1"


def amp(url: str) -> str:
    return url.replace("&", "&amp;")


def u_list(cid: int, page: int = 1) -> str:
    return f"index.php?mod=tintuc&act=danhsach&cid={cid}" + (f"&p={page}" if page > 1 else "")


def u_search(word: str) -> str:
    return f"index.php?mod=timkiem&tukhoa={quote_plus(word)}"


GOLD = [
    gold_record(
        s,
        "/" + u_main(s),
        CATEGORIES[s.cat],
        alt_paths=["/" + u(s) for u in (u_act_first, u_lang, u_sess, u_print)],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/index.php?mod=gioithieu&id=1",
    "/index.php?mod=gioithieu&id=2",
    "/index.php?mod=lienhe",
    "/index.php?mod=thuvienanh&aid=2",
    "/index.php?mod=vanban&id=12",
    "/" + u_search("học sinh giỏi"),
    "/" + u_list(1, 2),
]

# --- static content -----------------------------------------------------------------------------

DOCS = [
    (
        12,
        "215/KH-THCSNT",
        "05/10/2026",
        "Kế hoạch năm học 2026 – 2027 của Trường THCS Nguyễn Trãi",
        "Phạm Văn Tâm",
        "kh-nam-hoc-2026-2027.doc",
    ),
    (
        11,
        "187/QĐ-THCSNT",
        "20/09/2026",
        "Quyết định thành lập các tổ chuyên môn năm học 2026 – 2027",
        "Phạm Văn Tâm",
        "qd-to-chuyen-mon-2026.doc",
    ),
    (
        10,
        "1620/PGDĐT-THCS",
        "15/09/2026",
        "Hướng dẫn thực hiện nhiệm vụ năm học 2026 – 2027 cấp THCS",
        "Nguyễn Văn Hùng",
        "hd-nhiem-vu-thcs-2026.doc",
    ),
]
ALBUMS = {
    1: (
        "Lễ khai giảng năm học 2026 – 2027",
        [
            "Học sinh xếp hàng dự lễ khai giảng",
            "Thầy Hiệu trưởng đánh trống khai trường",
            "Tiết mục văn nghệ chào mừng",
            "Các em học sinh lớp 6 nhận quà",
        ],
    ),
    2: (
        "Hội thi Nghi thức Đội năm 2026",
        [
            "Chi đội 8A1 – giải Nhất",
            "Chi đội 9A2 thi đánh trống",
            "Phần thi chỉ huy của chi đội trưởng",
            "Ban giám khảo chấm thi",
            "Trao giải cho các chi đội",
            "Đồng diễn tự chọn của chi đội 7A1",
        ],
    ),
    3: (
        "Ngày Chủ nhật xanh",
        [
            "Trồng cây trong khuôn viên trường",
            "Phát quang đường liên thôn",
            "Sơn lại hàng rào nhà xe",
        ],
    ),
}
INTRO = [
    "Trường THCS Nguyễn Trãi được thành lập năm 1994 theo Quyết định của UBND tỉnh Đắk Lắk, đóng "
    "trên địa bàn xã Ea Kênh, huyện Krông Pắc, nơi có nhiều đồng bào dân tộc Ê Đê sinh sống.",
    "Qua hơn 30 năm xây dựng và phát triển, nhà trường đã được công nhận đạt chuẩn quốc gia mức độ 1 "
    "năm 2015 và đạt kiểm định chất lượng giáo dục cấp độ 2 năm 2021.",
    "Năm học 2026 – 2027, nhà trường có 21 lớp với 782 học sinh; 46 cán bộ, giáo viên, nhân viên, "
    "trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.",
]
STAFF = [
    ("Phạm Văn Tâm", "Hiệu trưởng", "0905.112.347"),
    ("Trần Minh Đức", "Phó Hiệu trưởng", "0914.338.216"),
    ("Nguyễn Đình Khôi", "Phó Hiệu trưởng", "0935.201.774"),
    ("Trần Thị Mai", "Tổng phụ trách Đội", "0984.556.120"),
    ("Lê Thị Hoa", "Tổ trưởng Tổ Ngữ văn – GDCD", "0978.443.019"),
]


def _views(s: Story) -> int:
    return s.views()


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("index.php", "Trang chủ"),
    ("index.php?mod=gioithieu&amp;id=1", "Giới thiệu chung"),
    ("index.php?mod=gioithieu&amp;id=2", "Cơ cấu tổ chức"),
    (amp(u_list(1)), "Tin tức – Sự kiện"),
    (amp(u_list(2)), "&nbsp;&nbsp;» Hoạt động chuyên môn"),
    (amp(u_list(3)), "&nbsp;&nbsp;» Đoàn – Đội"),
    (amp(u_list(4)), "Thông báo"),
    ("index.php?mod=vanban", "Văn bản"),
    ("index.php?mod=thuvienanh", "Thư viện ảnh"),
    ("index.php?mod=lienhe", "Liên hệ"),
]


def left_column() -> str:
    rows = "\n".join(
        f'<tr><td class="menu_trai_item"><img src="images/icon_menu.gif" width="7" height="7"> '
        f'<a href="{href}" class="menu_trai">{label}</a></td></tr>'
        for href, label in MENU
    )
    docs = "".join(
        f'<tr><td class="vb_moi">• <a href="index.php?mod=vanban&amp;id={d[0]}">{esc(d[1])}</a>'
        f'<br><span class="ngay_nho">{d[2]}</span></td></tr>'
        for d in DOCS[:2]
    )
    return f"""<table width="100%" cellpadding="0" cellspacing="0" class="bang_menu">
<tr><td class="tieude_menu">DANH MỤC</td></tr>
{rows}
</table>
<table width="100%" cellpadding="3" cellspacing="0" class="bang_menu">
<tr><td class="tieude_menu">VĂN BẢN MỚI</td></tr>
{docs}
</table>
<table width="100%" cellpadding="3" cellspacing="0" class="bang_menu">
<tr><td class="tieude_menu">THƯ VIỆN ẢNH</td></tr>
<tr><td align="center"><a href="index.php?mod=thuvienanh&amp;aid=2"><img src="upload/album/2/thumb_1.jpg" width="160" border="0"></a><br>
<a href="index.php?mod=thuvienanh">Xem tất cả album</a></td></tr>
</table>"""


def right_column() -> str:
    top = sorted(STORIES, key=_views, reverse=True)[:5]
    most = "\n".join(
        f'<tr><td class="txn"><img src="/images/muiten.gif"> <a href="/{amp(u_sess(s))}">'
        f"{esc(s.title)}</a></td></tr>"
        for s in top
    )
    return f"""<table width="100%" cellpadding="3" cellspacing="0" class="bang_phai">
<tr><td class="tieude_phai">TIN XEM NHIỀU</td></tr>
{most}
</table>
<table width="100%" cellpadding="3" cellspacing="0" class="bang_phai">
<tr><td class="tieude_phai">LIÊN KẾT WEBSITE</td></tr>
<tr><td><select name="lienket" onchange="if(this.value!='')window.open(this.value)" style="width:180px">
<option value="">-- Chọn liên kết --</option>
<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://daklak.edu.vn">Sở GD&amp;ĐT Đắk Lắk</option>
<option value="http://pgdkrongpac.daklak.edu.vn">Phòng GD&amp;ĐT Krông Pắc</option>
<option value="http://truonghocketnoi.edu.vn">Trường học kết nối</option>
</select></td></tr>
</table>
<table width="100%" cellpadding="3" cellspacing="0" class="bang_phai">
<tr><td class="tieude_phai">THĂM DÒ Ý KIẾN</td></tr>
<tr><td><form name="frm_binhchon" method="post" action="index.php?mod=binhchon">
<b>Bạn biết đến website của trường qua đâu?</b><br>
<input type="radio" name="phuongan" value="1"> Giáo viên chủ nhiệm<br>
<input type="radio" name="phuongan" value="2"> Bạn bè giới thiệu<br>
<input type="radio" name="phuongan" value="3"> Tìm kiếm trên Google<br>
<input type="radio" name="phuongan" value="4"> Ý kiến khác<br>
<input type="submit" value="Bình chọn" class="nut"> <input type="button" value="Kết quả" class="nut"
 onclick="window.open('binhchon_ketqua.php','kq','width=400,height=300')">
</form></td></tr>
</table>
<table width="100%" cellpadding="3" cellspacing="0" class="bang_phai">
<tr><td class="tieude_phai">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td class="thongke">Đang online: <b>7</b><br>Hôm nay: <b>213</b><br>Tổng: <b>184.502</b></td></tr>
</table>"""


def layout(center: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>..:: TRƯỜNG THCS NGUYỄN TRÃI - KRÔNG PẮC ::..</title>
<meta name="keywords" content="THCS Nguyễn Trãi, Krông Pắc, Đắk Lắk, giáo dục">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/chung.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="bang_chinh">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="180" border="0" alt="banner"></td></tr>
<tr><td colspan="3" class="chaymarquee"><marquee scrollamount="3" onmouseover="this.stop()"
 onmouseout="this.start()">Chào mừng quý thầy cô và các em học sinh đến với website Trường THCS Nguyễn
 Trãi – huyện Krông Pắc – tỉnh Đắk Lắk</marquee></td></tr>
<tr><td colspan="2" class="ngayhientai">{HEADER_TODAY}</td>
<td class="o_timkiem" align="right"><form method="get" action="index.php">
<input type="hidden" name="mod" value="timkiem"><input type="text" name="tukhoa" size="18"
 value="Tìm kiếm..." onfocus="this.value=''"> <input type="submit" value="Tìm" class="nut"></form></td></tr>
<tr>
<td width="200" valign="top" id="cot_trai">
{left_column()}
</td>
<td width="590" valign="top" id="cot_giua">
{center}
</td>
<td width="210" valign="top" id="cot_phai">
{right_column()}
</td>
</tr>
<tr><td colspan="3" class="chantrang" align="center">
<b>TRƯỜNG THCS NGUYỄN TRÃI – HUYỆN KRÔNG PẮC – TỈNH ĐẮK LẮK</b><br>
Địa chỉ: Thôn 3, xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk<br>
Điện thoại: 0262.3528.164 – Email: thcsnguyentrai.kp@daklak.edu.vn<br>
Bản quyền © 2014 Trường THCS Nguyễn Trãi – Thiết kế bởi <a href="http://quangichsoft.vn"
 target="_blank">QuangIch Soft</a>
</td></tr>
</table>
</body>
</html>"""


def dmy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def hm(s: Story) -> str:
    return s.published_at[11:16]


def breadcrumb(cid: int, sep: str = " &raquo; ") -> str:
    parts = ['<a href="index.php">Trang chủ</a>']
    chain = [PARENT[cid], cid] if cid in PARENT else [cid]
    parts += [f'<a href="{amp(u_list(c))}">{esc(CATEGORIES[c])}</a>' for c in chain]
    return sep.join(parts)


# --- article bodies -------------------------------------------------------------------------------


def body_a(s: Story) -> str:
    """Template A: BR-separated lines in a <font>, part of them as entity references."""
    out: list[str] = []
    n = 0
    for b in s.blocks:
        if isinstance(b, Raw):
            out.append("</font>" + b.html + '<font face="Times New Roman" size="3">')
        elif isinstance(b, Img):
            out.append(f'<div align="center"><img src="{b.src}" width="450" border="0"></div>')
            if b.style == "i":
                out.append(f'<div align="center"><i>{text(b.printed)}</i></div>')
            elif b.style == "paren":
                out.append(f"<br>{text(b.printed)}<br>")
        else:
            n += 1
            ent = {1: 1, 2: 2}.get(n % 3, 0)
            t = text(b.text, entities=ent) if ent else text(b.text)
            if b.style == "h":
                out.append(f"<b>{t}</b><br>")
            else:
                out.append(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{t}<br>" + ("<br>" if n % 2 else ""))
    inner = "\n".join(out)
    return f'<font face="Times New Roman" size="3">\n{inner}\n</font>'


def body_b(s: Story) -> str:
    """Template B: TinyMCE paragraphs, image tables, a plain bordered data table."""
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            desc = f'<tr><td class="image_desc">{text(b.printed)}</td></tr>' if b.printed else ""
            out.append(
                '<table class="image" align="center"><tbody><tr><td>'
                f'<img src="{b.src}" alt="" width="500" height="333" /></td></tr>{desc}</tbody></table>'
            )
        elif b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{text(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table style="width: 100%; border-collapse: collapse;" border="1" cellpadding="4">'
                "<tbody>" + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def related(s: Story, tpl: str) -> str:
    same = by_date([o for o in STORIES if o.cat == s.cat])
    idx = same.index(s)
    newer, older = same[:idx][-5:], same[idx + 1 :][:8]
    url = u_act_first if tpl == "A" else (lambda o: amp(u_lang(o)))

    def items(lst: list[Story]) -> str:
        return "\n".join(
            f'<li><a href="{url(o)}" class="tinkhac">{esc(o.title)}</a> <span class="ngay_nho">'
            f"({dmy(o)})</span></li>"
            for o in lst
        )

    out = ""
    if older:
        out += f'<div class="tinkhac"><b>Các tin đã đưa:</b><ul>\n{items(older)}\n</ul></div>'
    if newer:
        out += f'<div class="tinkhac"><b>Các tin mới hơn:</b><ul>\n{items(newer)}\n</ul></div>'
    return out


def tail(s: Story, tpl: str) -> str:
    tags = s.opts.get("tags") or []
    kw = ""
    if tags:
        links = ", ".join(f'<a href="{amp(u_search(t))}">{esc(t)}</a>' for t in tags)
        kw = f'<div class="tukhoa"><b>Từ khóa:</b> {links}</div>'
    printed = u_print(s) if tpl == "A" else amp(u_print(s))
    tools = (
        f'<div class="congcu" align="right">[<a href="{printed}" target="_blank">In bài</a>] '
        f'[<a href="javascript:guiEmail({s.id});">Gửi email</a>] [<a href="#top">Về đầu trang</a>]</div>'
    )
    return kw + "\n" + tools + "\n" + related(s, tpl)


def article_a(s: Story) -> str:
    title = text(s.title, entities=1) if s.opts.get("ent_title") else text(s.title)
    return f"""<table class="khung_giua" width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="duongdan">{breadcrumb(s.cat)}</td></tr>
<tr><td class="tieude_chitiet"><b>{title}</b></td></tr>
<tr><td class="ngaycapnhat">Cập nhật lúc {hm(s).replace(":", "h")}' ngày {dmy(s)}</td></tr>
<tr><td class="noidung_chitiet">
{body_a(s)}
</td></tr>
<tr><td>{tail(s, "A")}</td></tr>
</table>"""


def article_b(s: Story) -> str:
    sapo = f'<div class="tomtat"><strong>{text(s.summary)}</strong></div>' if s.summary else ""
    attach = ""
    if s.opts.get("attach"):
        attach = (
            '<div class="dinhkem"><img src="images/icon_doc.gif" width="16" height="16"> File đính kèm: '
            f'<a href="upload/files/{s.opts["attach"]}">Tải về</a></div>'
        )
    return f"""<div id="ctn_chitiet">
<div class="duongdan">{breadcrumb(s.cat, " › ")}</div>
<h2 class="tde">{text(s.title)}</h2>
<span class='tg'>Ngày đăng: {dmy(s)} - {hm(s)} | Lượt xem: {s.views()}</span>
{sapo}
<div class="nd">
{body_b(s)}
</div>
{attach}
{tail(s, "B")}
</div>"""


def print_view(s: Story) -> str:
    if s.opts["tpl"] == "A":
        date = f"Cập nhật lúc {hm(s).replace(':', 'h')}' ngày {dmy(s)}"
        body = body_a(s)
    else:
        date = f"Ngày đăng: {dmy(s)} - {hm(s)}"
        sapo = f"<p><b>{text(s.summary)}</b></p>" if s.summary else ""
        body = sapo + body_b(s)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>In bài viết</title><link href="css/print.css" rel="stylesheet" type="text/css"></head>
<body><table width="650" align="center" cellpadding="5"><tr><td>
<font size="2">{SCHOOL.upper()} – KRÔNG PẮC</font><hr size="1">
<b><font size="4">{text(s.title)}</font></b><br><i>{date}</i><br><br>
{body}
<hr size="1"></td></tr>
<tr><td align="center"><a href="javascript:window.print()">In bài này</a> |
<a href="javascript:window.close()">Đóng cửa sổ</a></td></tr></table></body></html>"""


# --- listings and other pages ---------------------------------------------------------------------


def intro(s: Story) -> str:
    if s.summary:
        return s.summary
    words = next(b.text for b in s.blocks if isinstance(b, P)).split()
    return " ".join(words[:30]) + (" ..." if len(words) > 30 else "")


def list_rows(stories: list[Story], url) -> str:
    return "\n".join(
        f'<tr><td class="tin_ds"><a href="{url(s)}"><img src="upload/news/thumb/{s.id}.jpg" width="110" '
        f'height="80" align="left" border="0" class="anh_ds"></a><a href="{url(s)}" class="tieude_ds">'
        f'{esc(s.title)}</a> <span class="ngay_ds">({dmy(s)})</span><br>{esc(intro(s))}</td></tr>'
        for s in stories
    )


def listing(cid: int, page: int) -> str | None:
    items = in_listing(cid)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = ["Trang:"]
    if page > 1:
        nav += [
            f'<a href="{amp(u_list(cid))}">« Đầu</a>',
            f'<a href="{amp(u_list(cid, page - 1))}">« Trước</a>',
        ]
    for n in range(1, pages + 1):
        nav.append(f"[{n}]" if n == page else f'<a href="{amp(u_list(cid, n))}">{n}</a>')
    if page < pages:
        nav += [
            f'<a href="{amp(u_list(cid, page + 1))}">Tiếp »</a>',
            f'<a href="{amp(u_list(cid, pages))}">Cuối »|</a>',
        ]
    return f"""<table class="khung_giua" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="duongdan">{breadcrumb(cid)}</td></tr>
<tr><td class="tieude_khung">{esc(CATEGORIES[cid].upper())}</td></tr>
{list_rows(chunk, lambda s: amp(u_main(s)))}
<tr><td class="phantrang" align="center">{" ".join(nav)}</td></tr>
</table>"""


def home() -> str:
    newest = by_date(STORIES)
    feat = next(s for s in STORIES if s.opts.get("featured"))
    fresh = [s for s in newest if s is not feat][:5]
    boxes = ""
    for cid in (2, 3, 4):
        top = [s for s in newest if s.cat == cid][:3]
        lis = "".join(
            f'<li><a href="{amp(u_main(s))}">{esc(s.title)}</a> <span class="ngay_nho">({dmy(s)})</span></li>'
            for s in top
        )
        boxes += (
            f'<table class="khung_giua" width="100%" cellpadding="4"><tr><td class="tieude_khung">'
            f"{esc(CATEGORIES[cid].upper())}</td></tr><tr><td><ul>{lis}</ul>"
            f'<div align="right"><a href="{amp(u_list(cid))}">Xem tiếp »</a></div></td></tr></table>\n'
        )
    fresh_rows = "".join(
        f'<tr><td>• <a href="{amp(u_main(s))}">{esc(s.title)}</a> <span class="ngay_nho">({dmy(s)})</span>'
        "</td></tr>"
        for s in fresh
    )
    return f"""<table class="khung_giua" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="tieude_khung">TIN TIÊU ĐIỂM</td></tr>
<tr><td class="tin_tieudiem"><a href="{amp(u_lang(feat))}"><img src="upload/news/thumb/{feat.id}.jpg"
 width="200" align="left" border="0"></a><a href="{amp(u_lang(feat))}" class="tieude_td">{esc(feat.title)}</a>
<br><span class="ngay_nho">({dmy(feat)})</span><br>{esc(intro(feat))}</td></tr>
</table>
<table class="khung_giua" width="100%" cellpadding="2" cellspacing="0">
<tr><td class="tieude_khung">TIN MỚI</td></tr>
{fresh_rows}
<tr><td align="right"><a href="{amp(u_list(1))}">Xem tất cả »</a></td></tr>
</table>
{boxes}"""


def search(word: str) -> str:
    w = word.casefold().strip()
    found = [
        s
        for s in by_date(STORIES)
        if w and (w in s.title.casefold() or any(w == t.casefold() for t in s.opts.get("tags", [])))
    ]
    rows = (
        list_rows(found, lambda s: amp(u_act_first(s)))
        or "<tr><td>Không tìm thấy kết quả nào.</td></tr>"
    )
    return f"""<table class="khung_giua" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="tieude_khung">KẾT QUẢ TÌM KIẾM</td></tr>
<tr><td>Từ khóa: <b>{esc(word)}</b> – tìm thấy {len(found)} kết quả</td></tr>
{rows}
</table>"""


def gioithieu(pid: int) -> str | None:
    if pid == 1:
        body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}</p>" for t in INTRO)
        title = "GIỚI THIỆU CHUNG"
    elif pid == 2:
        rows = "".join(
            f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(c)}</td><td>{p}</td></tr>"
            for i, (n, c, p) in enumerate(STAFF, 1)
        )
        body = (
            '<table border="1" cellpadding="4" style="border-collapse:collapse" width="100%">'
            f"<tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>{rows}</table>"
        )
        title = "CƠ CẤU TỔ CHỨC"
    else:
        return None
    return (
        f'<table class="khung_giua" width="100%" cellpadding="4"><tr><td class="tieude_khung">{title}'
        f'</td></tr><tr><td class="noidung_chitiet">{body}</td></tr></table>'
    )


def lienhe(sent: bool) -> str:
    note = (
        '<p class="thongbao">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</p>'
        if sent
        else ""
    )
    return f"""<table class="khung_giua" width="100%" cellpadding="4"><tr><td class="tieude_khung">LIÊN HỆ</td></tr>
<tr><td>{note}<b>{SCHOOL.upper()}</b><br>Địa chỉ: Thôn 3, xã Ea Kênh, huyện Krông Pắc, tỉnh Đắk Lắk<br>
Điện thoại: 0262.3528.164<br>
<form method="post" action="index.php?mod=lienhe"><table>
<tr><td>Họ tên (*):</td><td><input type="text" name="hoten" size="40"></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="40"></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40"></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut"> <input type="reset" value="Nhập lại" class="nut"></td></tr>
</table></form></td></tr></table>"""


def albums(aid: int | None) -> str | None:
    if aid is None:
        cells = "".join(
            f'<td align="center" width="33%"><a href="index.php?mod=thuvienanh&amp;aid={k}"><img '
            f'src="upload/album/{k}/thumb_1.jpg" width="150" border="0"></a><br>'
            f'<a href="index.php?mod=thuvienanh&amp;aid={k}">{esc(v[0])}</a> ({len(v[1])} ảnh)</td>'
            for k, v in ALBUMS.items()
        )
        return f'<table class="khung_giua" width="100%"><tr><td colspan="3" class="tieude_khung">THƯ VIỆN ẢNH</td></tr><tr>{cells}</tr></table>'
    if aid not in ALBUMS:
        return None
    name, lines = ALBUMS[aid]
    cells = [
        f'<td align="center" width="33%" valign="top"><a href="upload/album/{aid}/{i}.jpg" target="_blank">'
        f'<img src="upload/album/{aid}/thumb_{i}.jpg" width="150" border="0"></a><br>{esc(line)}</td>'
        for i, line in enumerate(lines, 1)
    ]
    rows = "".join("<tr>" + "".join(cells[k : k + 3]) + "</tr>" for k in range(0, len(cells), 3))
    return (
        f'<table class="khung_giua" width="100%" cellpadding="4"><tr><td colspan="3" class="tieude_khung">'
        f"ALBUM: {esc(name.upper())}</td></tr>{rows}"
        '<tr><td colspan="3" align="right"><a href="index.php?mod=thuvienanh">« Các album khác</a></td></tr></table>'
    )


def vanban(did: int | None) -> str | None:
    if did is None:
        rows = "".join(
            f"<tr><td>{d[1]}</td><td>{d[2]}</td><td>{esc(d[3])}</td>"
            f'<td><a href="index.php?mod=vanban&amp;id={d[0]}">Xem</a></td></tr>'
            for d in DOCS
        )
        return (
            '<table class="khung_giua" width="100%" border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tr><td colspan="4" class="tieude_khung">VĂN BẢN</td></tr>'
            f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr>{rows}</table>"
        )
    doc = next((d for d in DOCS if d[0] == did), None)
    if doc is None:
        return None
    _, so, ngay, trich, ky, fname = doc
    return f"""<table class="khung_giua" width="100%" border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td colspan="2" class="tieude_khung">CHI TIẾT VĂN BẢN</td></tr>
<tr><td width="150"><b>Số hiệu:</b></td><td>{so}</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>{ngay}</td></tr>
<tr><td><b>Trích yếu:</b></td><td>{esc(trich)}</td></tr>
<tr><td><b>Người ký:</b></td><td>{esc(ky)}</td></tr>
<tr><td><b>File đính kèm:</b></td><td><a href="upload/vanban/{fname}">Tải về</a></td></tr>
</table>
<p><a href="index.php?mod=vanban">« Danh sách văn bản</a></p>"""


# --- routing ------------------------------------------------------------------------------------

DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class QuangIchSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.endswith(".doc") and path.startswith("/upload/"):
            return Response(200, DOC, {"Content-Type": "application/msword"})
        if path != "/index.php" and path != "/":
            return (
                static_file(path)
                if path.startswith(("/images/", "/upload/", "/css/", "/js/"))
                else None
            )
        q = request.params
        mod = q.get("mod")
        center: str | None = None
        if mod is None:
            center = home() if not (set(q) - {"lang", "PHPSESSID"}) else None
        elif mod == "tintuc" and q.get("act") == "chitiet":
            s = BY_ID.get(_int(q.get("id")) or 0)
            extra = set(q) - {"mod", "act", "id", "cid", "lang", "PHPSESSID", "print"}
            if s is None or extra or _int(q.get("cid")) != s.cat:
                return None
            if q.get("print") == "1":
                return html(print_view(s))
            if q.get("print") is not None:
                return None
            center = article_a(s) if s.opts["tpl"] == "A" else article_b(s)
        elif mod == "tintuc" and q.get("act") == "danhsach":
            cid, raw_p = _int(q.get("cid")), q.get("p", "1")
            if cid in CATEGORIES and raw_p.isdigit():
                center = listing(cid, int(raw_p))
        elif mod == "timkiem":
            center = search(q.get("tukhoa", ""))
        elif mod == "gioithieu":
            center = gioithieu(_int(q.get("id")) or 0)
        elif mod == "lienhe":
            center = lienhe(request.method == "POST")
        elif mod == "thuvienanh":
            center = albums(_int(q.get("aid"))) if "aid" in q else albums(None)
        elif mod == "vanban":
            center = vanban(_int(q.get("id"))) if "id" in q else vanban(None)
        elif mod == "binhchon" and request.method == "POST":
            center = '<p class="thongbao">Cảm ơn bạn đã tham gia bình chọn!</p>'
        if center is None:
            return None
        return html(layout(center))


def build_site() -> QuangIchSite:
    return QuangIchSite()
