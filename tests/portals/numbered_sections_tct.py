"""Trường Chính trị tỉnh Gia Lai on a Java web portal built by a local vendor: a Liferay-style
URL scheme (``/web/<site>/-/<slug>-<id>``, ``p_l_back_url``) with JSF/Facelets portlets inside.

Platform
--------
The vendor's portal renders every box as a JSF "portlet": ids with colons made by Facelets
(``_tintuc_WAR_tctportlet_:j_idt45:j_idt47:0:lnkTin``), generic PrimeFaces-like grid classes
(``pnl-main``, ``ui-g``, ``ui-g-12``, ``ui-md-8``) and the vendor's own Vietnamese class names
(``tieude-tin`` title, ``tomtat-tin`` sapo, ``noidung-tin`` content box, ``thoigian`` date).
Every page has the same chrome: a header with the logo and the clock "Thứ Sáu, ngày 04 tháng 12
năm 2026" (today, never a publication date), the main menu, a breadcrumb, portlets with titles
("Tin đọc nhiều", "Thăm dò ý kiến", "Liên kết website", "Thống kê truy cập" with "Đang online: 7 /
Hôm nay: 312 / Đã truy cập: 1.245.678") and one broken portlet that only prints "Bạn chưa có đủ
quyền truy nhập portlet này.", and a footer with the school's address and phone.

URL scheme
----------
- ``/`` answers 302 to ``/web/truong-chinh-tri`` (START_PATH), the home page: the three newest
  articles of each category (clean article URLs).
- ``/web/truong-chinh-tri/-/<slug>-<id>``: an article. The same article answers with any
  ``?p_l_back_url=<url-encoded listing path>`` (the asset publisher's "back" link): the category
  lists link articles in that form only, so each article has a twin URL (gold ``alt_paths``);
  both print ``<link rel="canonical">`` to the clean URL. Any other query is a 404.
- ``/web/truong-chinh-tri/<category-slug>`` and ``?page=<n>``: category lists, 6 per page, newest
  first; the pager prints relative links ``<a href="?page=2">2</a>`` and "Sau ›".
- ``/web/truong-chinh-tri/gioi-thieu``, ``/co-cau-to-chuc``, ``/lich-giang-day``: static pages.
- ``/web/truong-chinh-tri/van-ban``: the document register; ``/web/truong-chinh-tri/van-ban/-/vb-<id>``
  one entry ("Số hiệu", "Ngày ban hành", "Trích yếu", the attached PDF under ``/documents/``).
- Images under ``/documents/10181/<folder>/<file>.jpg?t=<stamp>`` (the query is part of the src),
  theme files under ``/o/tct-theme/``.

How each gold article is reached
--------------------------------
- Home page: the three newest of each category (Tin tức – Sự kiện: 3 of 7).
- Category lists page 1 (twin URLs). "Tin tức – Sự kiện" has 7 articles: the oldest (Hội thi
  giảng viên dạy giỏi, 05/11/2026) is only on ``/web/truong-chinh-tri/tin-tuc-su-kien?page=2``,
  linked only as its ``p_l_back_url`` twin.
- "Tin cùng chuyên mục" under each article: the 4 newest other articles of its category
  (clean URLs); "Tin đọc nhiều": a fixed list of popular articles.

Traps
-----
- LONG STRUCTURED DOCUMENTS: four "Tài liệu tuyên truyền"/"Nghiên cứu – Trao đổi" articles of
  20-40 paragraphs with roman headings ("I. MỤC ĐÍCH, YÊU CẦU"), numbered headings
  ("1. Về chương trình"), lettered items ("a) …"), "- " dash items, ``<ul>`` lists and tables of
  figures; a divider line ("-----------" or "* * *") between parts is not body, but everything
  after it is.
- One document opens with a "Mục lục [Ẩn]" box of anchor links repeating the headings (not body).
- One research article ends with footnotes "[1] Văn kiện Đại hội …" (body, as printed, last
  paragraphs); the reference marks in the text stay where printed ("…lần thứ XIII[1]").
- WIDGETS INSIDE THE CONTENT BOX: after every article the site appends, inside
  ``div.noidung-tin``, a contact block ("TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI", "Địa chỉ: 29 Phạm Văn
  Đồng, TP. Pleiku", phone, email, website), the rating bar "Đánh giá bài viết: ☆☆☆☆☆ (0 lượt)"
  and "Lượt xem: 1.234": none of it is body.
- Bylines: "ThS. Rơ Chăm H'Yim - Giảng viên Khoa Lý luận cơ sở" right-aligned at the end
  (author "Rơ Chăm H'Yim"); "TS. Nguyễn Thị Thanh Hương" with "Phó Hiệu trưởng" on the next line
  (author "Nguyễn Thị Thanh Hương"); "Tin, ảnh: Phòng Quản lý đào tạo" (author and photographer);
  "Nguồn: Ban Tuyên giáo Tỉnh ủy" and "Theo Báo Gia Lai điện tử" (sources); a right-aligned bare
  name; "BBT" (nobody); units signing ("Đoàn trường", "Phòng Tổ chức – Hành chính").
- Dates: "Ngày đăng: 15/11/2026 08:20" on some articles, "Cập nhật lúc 14:05 ngày 20/11/2026" on
  others; the listings print "(15/11/2026)"; the header prints today.
- Captions: centred italic lines under the photos, some ending "(Ảnh: …)"; one photo in a
  CKEditor caption table; one photo with no line.
- A ``<br>`` inside a paragraph (schedule lines) makes two paragraphs.
- The timetable page "Lịch giảng dạy" has a title, an update date and a table: not an article.

Gold decisions
--------------
- title: ``h1.tieude-tin``; category: the breadcrumb's last section (display form with "–").
- published_at: the article's date line with its time ("…T08:20:00+07:00").
- summary: the sapo in ``div.tomtat-tin`` (first body paragraph too) or a bold lead paragraph.
- images: the photos of the content box; caption the line under it as printed, "(Ảnh: …)"
  included; the photographer named there is credited as photographer.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "numbered_sections_tct"
PLATFORM = "Java web portal (Liferay-style URLs, JSF/Facelets portlets) by a local vendor"
SITE = "/web/truong-chinh-tri"
START_PATH = SITE
SITE_TITLE = "Trường Chính trị tỉnh Gia Lai"
HEADER_TODAY = "Thứ Sáu, ngày 04 tháng 12 năm 2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "nghien-cuu-trao-doi": "Nghiên cứu – Trao đổi",
    "tai-lieu-tuyen-truyen": "Tài liệu tuyên truyền",
    "hoat-dong-dao-tao": "Hoạt động đào tạo",
}


def doc(folder: str, name: str) -> str:
    """A Liferay Documents and Media URL of a photo (the stamp query is part of the src)."""
    return f"/documents/10181/{folder}/{name}?t={1764000000 + len(folder) * 977 + len(name) * 31}"


def right(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


# P styles: "" justified paragraph; "lead" bold lead; "h" roman heading; "n" numbered heading
# (bold); "a" lettered item (italic); "li" <ul> item; "th"/"td" table rows (cells " | ");
# "br" continues the previous paragraph after a <br />; "q" blockquote; "fn" footnote text.
# opts: date ("dang" | "capnhat"), toc (Mục lục box), views.

S_DECUONG = "de-cuong-tuyen-truyen-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-i"
S_KEHOACH97 = "ke-hoach-tuyen-truyen-ky-niem-97-nam-ngay-thanh-lap-dang"
S_PHAPLUAT = "tai-lieu-tuyen-truyen-ngay-phap-luat-viet-nam-nam-2026"
S_GIALANG = "phat-huy-vai-tro-gia-lang-nguoi-co-uy-tin-trong-xay-dung-khoi-dai-doan-ket"
S_CHATLUONG = "nang-cao-chat-luong-dao-tao-trung-cap-ly-luan-chinh-tri"
S_HOITHAO = "hoi-thao-khoa-hoc-van-dung-tu-tuong-ho-chi-minh-ve-dai-doan-ket"
S_CHIBO = "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv"
S_BINHDANG = "truong-chinh-tri-tinh-huong-ung-thang-hanh-dong-vi-binh-dang-gioi"
S_NHAGIAO = "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam"
S_HOCVIEN = "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-voi-truong"
S_BONGCHUYEN = "cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-20-11"
S_GVDG = "khai-mac-hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026"
S_ANKHE = "khai-giang-lop-trung-cap-ly-luan-chinh-tri-khoa-130-tai-thi-xa-an-khe"
S_CHIEUSINH = "thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-he-tap-trung-khoa-131"

SOURCE_TUYENGIAO = Raw('<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Tỉnh ủy</em></p>')

STORIES: list[Story] = [
    Story(
        2041,
        S_DECUONG,
        "ĐỀ CƯƠNG TUYÊN TRUYỀN Kết quả Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ I, nhiệm kỳ 2025 – 2030",
        "tai-lieu-tuyen-truyen",
        "2026-11-26T07:45:00+07:00",
        [
            Raw(
                '<div class="toc-box" id="toc"><div class="toc-title"><strong>Mục lục</strong> '
                '<a href="javascript:void(0);" onclick="toggleToc()">[Ẩn]</a></div><ol class="toc-list">'
                '<li><a href="#muc-1">I. Ý NGHĨA, TẦM QUAN TRỌNG CỦA ĐẠI HỘI</a></li>'
                '<li><a href="#muc-2">II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025</a></li>'
                '<li><a href="#muc-3">III. MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 – 2030</a></li>'
                '<li><a href="#muc-4">IV. TỔ CHỨC TUYÊN TRUYỀN</a></li></ol></div>'
            ),
            P(
                "Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kết quả Đại hội đại biểu "
                "Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 – 2030, Trường Chính trị tỉnh giới thiệu đề cương "
                "tuyên truyền để cán bộ, giảng viên và học viên các lớp nghiên cứu, quán triệt."
            ),
            P("I. Ý NGHĨA, TẦM QUAN TRỌNG CỦA ĐẠI HỘI", "h"),
            P(
                "Đại hội đại biểu Đảng bộ tỉnh lần thứ I là sự kiện chính trị đặc biệt quan trọng, diễn ra "
                "sau khi sắp xếp, hợp nhất đơn vị hành chính cấp tỉnh, đánh dấu bước phát triển mới của "
                "Đảng bộ và Nhân dân các dân tộc trong tỉnh."
            ),
            P(
                "Đại hội đã đánh giá khách quan, toàn diện kết quả thực hiện Nghị quyết nhiệm kỳ 2020 – "
                "2025; xác định phương hướng, mục tiêu, nhiệm vụ và giải pháp đột phá cho nhiệm kỳ mới; "
                "bầu Ban Chấp hành Đảng bộ tỉnh gồm những đồng chí tiêu biểu về phẩm chất, năng lực."
            ),
            P("II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 – 2025", "h"),
            P("1. Về phát triển kinh tế", "n"),
            P(
                "Trong bối cảnh có nhiều khó khăn, thách thức, kinh tế của tỉnh duy trì tốc độ tăng "
                "trưởng khá; cơ cấu kinh tế chuyển dịch đúng hướng, tăng tỷ trọng công nghiệp – xây dựng "
                "và dịch vụ. Một số chỉ tiêu chủ yếu đạt được như sau:"
            ),
            P("Chỉ tiêu | Nghị quyết đề ra | Kết quả thực hiện", "th"),
            P("Tốc độ tăng trưởng GRDP bình quân (%/năm) | 7,5 – 8,0 | 7,82", "td"),
            P("GRDP bình quân đầu người năm 2025 (triệu đồng) | 75 | 78,6", "td"),
            P("Tỷ lệ che phủ rừng (%) | 47,5 | 47,9", "td"),
            P("Tỷ lệ hộ nghèo giảm bình quân (%/năm) | 2,0 – 2,5 | 2,36", "td"),
            P("2. Về văn hóa – xã hội, quốc phòng – an ninh", "n"),
            P(
                "- Giáo dục và đào tạo có nhiều chuyển biến; tỷ lệ trường đạt chuẩn quốc gia đạt 68,5%."
            ),
            P("- Công tác chăm sóc sức khỏe Nhân dân được quan tâm; 100% xã có trạm y tế, bác sĩ."),
            P(
                "- Quốc phòng, an ninh được giữ vững; khối đại đoàn kết các dân tộc được củng cố, tăng cường."
            ),
            P("III. MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 – 2030", "h"),
            P("1. Mục tiêu tổng quát", "n"),
            P(
                "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; phát huy sức "
                "mạnh đại đoàn kết các dân tộc; khai thác hiệu quả tiềm năng, lợi thế, đưa tỉnh trở thành "
                "tỉnh phát triển khá của khu vực Tây Nguyên và duyên hải miền Trung."
            ),
            P("2. Một số chỉ tiêu chủ yếu", "n"),
            P("a) Về kinh tế:", "a"),
            P("- Tốc độ tăng trưởng GRDP bình quân đạt từ 8,5%/năm trở lên."),
            P("- Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 550 nghìn tỷ đồng."),
            P("b) Về xã hội:", "a"),
            P("- Tỷ lệ lao động qua đào tạo đạt 70% vào năm 2030."),
            P("- Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,5 – 2%/năm."),
            Raw('<p style="text-align: center;">-----------------------------</p>'),
            P("IV. TỔ CHỨC TUYÊN TRUYỀN", "h"),
            P("1. Nội dung tuyên truyền", "n"),
            P("Ý nghĩa, tầm quan trọng và kết quả của Đại hội.", "li"),
            P("Những thành tựu nổi bật của Đảng bộ tỉnh nhiệm kỳ 2020 – 2025.", "li"),
            P("Mục tiêu, nhiệm vụ, ba đột phá chiến lược của nhiệm kỳ 2025 – 2030.", "li"),
            P("2. Hình thức tuyên truyền", "n"),
            P("Lồng ghép trong bài giảng các chương trình trung cấp lý luận chính trị.", "li"),
            P("Đăng tải trên Cổng thông tin điện tử của Trường, bản tin nội bộ.", "li"),
            P("Tổ chức sinh hoạt chuyên đề tại các chi bộ, Đoàn trường, Công đoàn.", "li"),
            SOURCE_TUYENGIAO,
        ],
        source="Ban Tuyên giáo Tỉnh ủy",
        opts={"date": "dang", "toc": True},
    ),
    Story(
        2043,
        S_KEHOACH97,
        "Kế hoạch tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 – 03/02/2027)",
        "tai-lieu-tuyen-truyen",
        "2026-12-01T10:30:00+07:00",
        [
            P(
                "Căn cứ Hướng dẫn số 125-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về tuyên truyền các ngày lễ "
                "lớn, sự kiện lịch sử năm 2027, Trường Chính trị tỉnh xây dựng kế hoạch tuyên truyền kỷ "
                "niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam như sau:"
            ),
            P("I. MỤC ĐÍCH, YÊU CẦU", "h"),
            P("1. Mục đích", "n"),
            P(
                "- Giáo dục truyền thống vẻ vang của Đảng, củng cố niềm tin của cán bộ, đảng viên, học viên "
                "vào sự lãnh đạo của Đảng và con đường đi lên chủ nghĩa xã hội."
            ),
            P(
                "- Khẳng định những thắng lợi vĩ đại của cách mạng Việt Nam dưới sự lãnh đạo của Đảng; "
                "tạo không khí phấn khởi, thi đua lập thành tích chào mừng Xuân Đinh Mùi 2027."
            ),
            P("2. Yêu cầu", "n"),
            P(
                "- Công tác tuyên truyền bảo đảm thiết thực, hiệu quả, tiết kiệm, phù hợp với tình hình "
                "thực tế của nhà trường."
            ),
            P(
                "- Gắn tuyên truyền với việc đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
                "Hồ Chí Minh."
            ),
            P("II. NỘI DUNG", "h"),
            P("1. Về chương trình", "n"),
            P(
                "a) Tổ chức sinh hoạt chính trị chuyên đề “Đảng Cộng sản Việt Nam – 97 năm lãnh đạo sự "
                "nghiệp cách mạng” tại các chi bộ trong tháng 01/2027.",
                "a",
            ),
            P(
                "b) Tổ chức trưng bày sách, báo, tư liệu về Đảng tại Thư viện trường từ ngày 20/01 đến "
                "ngày 10/02/2027.",
                "a",
            ),
            P(
                "c) Treo băng rôn, khẩu hiệu tại cổng trường, hội trường và khu ký túc xá học viên.",
                "a",
            ),
            P("2. Về nội dung tuyên truyền", "n"),
            P(
                "- Sự ra đời của Đảng Cộng sản Việt Nam và ý nghĩa lịch sử của Hội nghị thành lập Đảng "
                "ngày 03/02/1930."
            ),
            P("- Những thành tựu to lớn, có ý nghĩa lịch sử sau 40 năm đổi mới đất nước."),
            P(
                "- Kết quả thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội đại biểu Đảng "
                "bộ tỉnh lần thứ I."
            ),
            Raw('<p style="text-align: center;">* * *</p>'),
            P("III. TỔ CHỨC THỰC HIỆN", "h"),
            P("1. Phòng Tổ chức – Hành chính", "n"),
            P("Tham mưu Ban Giám hiệu triển khai kế hoạch; chuẩn bị kinh phí, khẩu hiệu.", "li"),
            P("Phối hợp với Thư viện tổ chức trưng bày sách, báo, tư liệu.", "li"),
            P("2. Các khoa chuyên môn", "n"),
            P("Lồng ghép nội dung tuyên truyền vào bài giảng phù hợp với từng chương trình.", "li"),
            P("Cử giảng viên báo cáo chuyên đề tại các chi bộ khi được phân công.", "li"),
            P("3. Đoàn trường, Công đoàn", "n"),
            P(
                "Tổ chức hội thi tìm hiểu lịch sử Đảng trong đoàn viên, học viên trẻ; thời gian hoàn "
                "thành trước ngày 25/01/2027.",
                "li",
            ),
            P(
                "Trên đây là Kế hoạch tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng của Trường Chính trị "
                "tỉnh. Đề nghị các đơn vị nghiêm túc triển khai thực hiện."
            ),
            right("Phòng Tổ chức – Hành chính"),
        ],
        authors=["Phòng Tổ chức – Hành chính"],
        opts={"date": "capnhat"},
    ),
    Story(
        2031,
        S_PHAPLUAT,
        "Tài liệu tuyên truyền Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
        "tai-lieu-tuyen-truyen",
        "2026-11-06T15:10:00+07:00",
        [
            P(
                "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) được quy định tại Luật Phổ "
                "biến, giáo dục pháp luật năm 2012, nhằm tôn vinh Hiến pháp, pháp luật và giáo dục ý thức "
                "thượng tôn pháp luật cho mọi người trong xã hội.",
                "lead",
            ),
            P(
                "Năm 2026, Ngày Pháp luật được tổ chức với chủ đề “Thượng tôn Hiến pháp và pháp luật – "
                "Động lực phát triển đất nước trong kỷ nguyên mới”."
            ),
            P(
                "Các cơ quan, đơn vị tập trung tuyên truyền các luật mới được Quốc hội thông qua, các quy "
                "định liên quan trực tiếp đến quyền, nghĩa vụ của người dân và doanh nghiệp; đẩy mạnh ứng "
                "dụng công nghệ số trong phổ biến, giáo dục pháp luật."
            ),
            P(
                "Tại Trường Chính trị tỉnh, hưởng ứng Ngày Pháp luật được lồng ghép trong chương trình "
                "trung cấp lý luận chính trị, phần Quản lý hành chính nhà nước, và trong sinh hoạt của "
                "các chi bộ, đoàn thể."
            ),
            P(
                "Mỗi cán bộ, đảng viên, học viên cần gương mẫu chấp hành pháp luật, tích cực tham gia "
                "tuyên truyền, vận động Nhân dân nơi cư trú thực hiện tốt các quy định của pháp luật."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Gia Lai điện tử</em></p>'),
        ],
        source="Báo Gia Lai điện tử",
        summary=(
            "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11) được quy định tại Luật Phổ "
            "biến, giáo dục pháp luật năm 2012, nhằm tôn vinh Hiến pháp, pháp luật và giáo dục ý thức "
            "thượng tôn pháp luật cho mọi người trong xã hội."
        ),
        opts={"date": "dang"},
    ),
    Story(
        2038,
        S_GIALANG,
        "Phát huy vai trò già làng, người có uy tín trong xây dựng khối đại đoàn kết toàn dân tộc ở vùng đồng bào dân tộc thiểu số tỉnh Gia Lai",
        "nghien-cuu-trao-doi",
        "2026-11-19T08:00:00+07:00",
        [
            P(
                "Đại đoàn kết toàn dân tộc là đường lối chiến lược, là nguồn sức mạnh, động lực chủ yếu "
                "và là nhân tố có ý nghĩa quyết định bảo đảm thắng lợi bền vững của sự nghiệp xây dựng "
                "và bảo vệ Tổ quốc. Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII[1] của Đảng tiếp "
                "tục khẳng định phải phát huy sức mạnh đại đoàn kết toàn dân tộc.",
                "fnref",
            ),
            P(
                "Ở vùng đồng bào dân tộc thiểu số tỉnh Gia Lai, già làng, người có uy tín là cầu nối "
                "quan trọng giữa cấp ủy, chính quyền với Nhân dân; lời nói của họ có sức lan tỏa lớn "
                "trong cộng đồng làng, buôn."
            ),
            P("1. Vai trò của già làng, người có uy tín", "n"),
            P(
                "Già làng, người có uy tín là những người am hiểu phong tục, tập quán, luật tục; có kinh "
                "nghiệm sản xuất, đời sống và được cộng đồng tin tưởng, kính trọng. Theo số liệu của Ban "
                "Dân tộc tỉnh, toàn tỉnh hiện có 1.356 người có uy tín[2] trong đồng bào dân tộc thiểu số.",
                "fnref",
            ),
            P("Vai trò đó thể hiện ở các mặt chủ yếu sau:"),
            P(
                "- Tuyên truyền, vận động đồng bào thực hiện chủ trương của Đảng, chính sách, pháp luật "
                "của Nhà nước."
            ),
            P("- Hòa giải các mâu thuẫn, tranh chấp nhỏ trong cộng đồng theo luật tục tốt đẹp."),
            P("- Giữ gìn, phát huy giá trị văn hóa truyền thống; vận động xóa bỏ hủ tục lạc hậu."),
            P("- Tham gia giữ gìn an ninh trật tự, đấu tranh với các luận điệu xuyên tạc."),
            P("2. Thực trạng phát huy vai trò già làng, người có uy tín", "n"),
            P(
                "Những năm qua, các cấp ủy, chính quyền đã quan tâm thực hiện chính sách đối với người có "
                "uy tín theo Quyết định số 12/2018/QĐ-TTg[3] của Thủ tướng Chính phủ; định kỳ tổ chức gặp "
                "mặt, tập huấn, cung cấp thông tin cho đội ngũ này.",
                "fnref",
            ),
            P(
                "Tuy nhiên, một bộ phận người có uy tín tuổi cao, trình độ hạn chế, chưa tiếp cận đầy đủ "
                "thông tin; việc phát huy vai trò ở một số nơi còn hình thức, chưa gắn với nhiệm vụ chính "
                "trị của địa phương."
            ),
            P("3. Một số giải pháp", "n"),
            P(
                "a) Nâng cao nhận thức của cấp ủy, chính quyền về vị trí, vai trò của già làng, người có "
                "uy tín.",
                "a",
            ),
            P(
                "Cấp ủy các cấp cần xác định công tác vận động người có uy tín là nhiệm vụ thường xuyên, "
                "phân công cán bộ, đảng viên theo dõi, giúp đỡ từng người."
            ),
            P("b) Thường xuyên cung cấp thông tin, bồi dưỡng kỹ năng.", "a"),
            P(
                "Đổi mới nội dung, hình thức bồi dưỡng; chú trọng kỹ năng tuyên truyền, hòa giải; sử dụng "
                "tiếng dân tộc trong các lớp bồi dưỡng."
            ),
            P("c) Thực hiện tốt chính sách đối với người có uy tín.", "a"),
            P(
                "Kịp thời động viên, khen thưởng những người có thành tích tiêu biểu; thăm hỏi khi ốm đau, "
                "gia đình gặp khó khăn; tạo điều kiện để họ tham gia các hoạt động chung."
            ),
            P(
                "Phát huy tốt vai trò của già làng, người có uy tín sẽ góp phần củng cố vững chắc khối đại "
                "đoàn kết toàn dân tộc, xây dựng thế trận lòng dân ở vùng đồng bào dân tộc thiểu số của tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Rơ Chăm H\'Yim - Giảng viên Khoa Lý luận '
                "cơ sở</strong></p>"
            ),
            Raw('<hr align="left" size="1" width="33%" />'),
            P(
                "[1] Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính trị quốc gia Sự thật, "
                "Hà Nội, 2021, t.I, tr.167.",
                "fn",
            ),
            P("[2] Báo cáo của Ban Dân tộc tỉnh Gia Lai năm 2025.", "fn"),
            P(
                "[3] Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa "
                "chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân "
                "tộc thiểu số.",
                "fn",
            ),
        ],
        authors=["Rơ Chăm H'Yim"],
        opts={"date": "dang"},
    ),
    Story(
        2035,
        S_CHATLUONG,
        "Nâng cao chất lượng đào tạo trung cấp lý luận chính trị tại Trường Chính trị tỉnh Gia Lai đáp ứng yêu cầu trong tình hình mới",
        "nghien-cuu-trao-doi",
        "2026-11-13T14:20:00+07:00",
        [
            P(
                "Đào tạo trung cấp lý luận chính trị là nhiệm vụ chính trị trọng tâm của Trường Chính trị "
                "tỉnh. Chất lượng đào tạo quyết định trực tiếp chất lượng đội ngũ cán bộ chủ chốt cấp cơ "
                "sở và cán bộ trong diện quy hoạch của tỉnh."
            ),
            P("I. KẾT QUẢ ĐÀO TẠO GIAI ĐOẠN 2022 – 2026", "h"),
            P(
                "Trong 5 năm, nhà trường đã mở 64 lớp trung cấp lý luận chính trị với 4.215 học viên; "
                "trong đó hệ tập trung 11 lớp, hệ không tập trung 53 lớp mở tại các huyện, thị xã, thành "
                "phố. Kết quả cụ thể như sau:"
            ),
            P("Năm học | Số lớp | Số học viên | Tỷ lệ khá, giỏi (%)", "th"),
            P("2022 | 11 | 742 | 71,2", "td"),
            P("2023 | 12 | 803 | 74,5", "td"),
            P("2024 | 13 | 861 | 76,8", "td"),
            P("2025 | 14 | 915 | 79,1", "td"),
            P("2026 | 14 | 894 | 80,3", "td"),
            P(
                "Chương trình, giáo trình được cập nhật theo Quyết định số 1373-QĐ/HVCTQG của Học viện "
                "Chính trị quốc gia Hồ Chí Minh; phương pháp giảng dạy từng bước đổi mới theo hướng phát "
                "huy tính tích cực của người học."
            ),
            P("II. MỘT SỐ HẠN CHẾ", "h"),
            P("- Một số giảng viên trẻ còn thiếu kinh nghiệm thực tiễn, liên hệ thực tế chưa sâu."),
            P(
                "- Cơ sở vật chất ở một số điểm mở lớp không tập trung chưa đáp ứng yêu cầu dạy học."
            ),
            P("- Công tác đi thực tế, viết tiểu luận cuối khóa ở một số lớp còn hình thức."),
            Raw('<p style="text-align: center;">* * *</p>'),
            P("III. GIẢI PHÁP NÂNG CAO CHẤT LƯỢNG ĐÀO TẠO", "h"),
            P("1. Về đội ngũ giảng viên", "n"),
            P("Cử giảng viên đi thực tế tại cơ sở ít nhất 30 ngày mỗi năm theo quy định.", "li"),
            P("Tổ chức dự giờ, hội giảng, thi giảng viên dạy giỏi cấp trường định kỳ.", "li"),
            P("Khuyến khích giảng viên học tập nâng cao trình độ thạc sĩ, tiến sĩ.", "li"),
            P("2. Về nội dung, phương pháp", "n"),
            P("Tăng thời lượng thảo luận, xử lý tình huống, nghiên cứu thực tế địa phương.", "li"),
            P("Ứng dụng công nghệ thông tin, bài giảng điện tử trong giảng dạy.", "li"),
            P("3. Về quản lý học viên", "n"),
            P(
                "Phối hợp chặt chẽ với cơ quan cử học viên đi học; đánh giá kết quả rèn luyện gắn với "
                "nhận xét của chi bộ nơi học viên sinh hoạt.",
                "li",
            ),
            P(
                "Với những giải pháp trên, nhà trường phấn đấu đến năm 2030 có trên 85% học viên tốt "
                "nghiệp loại khá, giỏi, đáp ứng yêu cầu xây dựng đội ngũ cán bộ của tỉnh trong tình hình mới."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Nguyễn Thị Thanh Hương</strong><br />'
                "<em>Phó Hiệu trưởng</em></p>"
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"date": "capnhat"},
    ),
    Story(
        2044,
        S_HOITHAO,
        "Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về đại đoàn kết trong giảng dạy lý luận chính trị”",
        "tin-tuc-su-kien",
        "2026-12-03T09:15:00+07:00",
        [
            P(
                "Hội thảo nhận được 32 bài tham luận của giảng viên nhà trường, Trung tâm Chính trị các "
                "huyện và Học viện Chính trị khu vực III."
            ),
            Img(
                doc("hoithao", "hoi-thao-dai-doan-ket-1.jpg"),
                "Quang cảnh hội thảo",
                "Quang cảnh hội thảo",
                "ci",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Hiệu trưởng nhấn mạnh: vận dụng sáng tạo tư tưởng Hồ Chí "
                "Minh về đại đoàn kết vào bài giảng giúp học viên liên hệ sâu sắc với thực tiễn của tỉnh "
                "có 34 dân tộc anh em cùng sinh sống."
            ),
            P(
                "Các tham luận tập trung vào kinh nghiệm lồng ghép nội dung đại đoàn kết trong các học "
                "phần, phương pháp giảng dạy tích cực và việc sử dụng tư liệu địa phương."
            ),
            Img(
                doc("hoithao", "hoi-thao-dai-doan-ket-2.jpg"),
                "ThS. Rơ Chăm H'Yim trình bày tham luận tại hội thảo",
                "ThS. Rơ Chăm H'Yim trình bày tham luận tại hội thảo",
                "ci",
            ),
            P(
                "Kết quả hội thảo sẽ được tổng hợp, biên tập thành kỷ yếu phục vụ công tác giảng dạy, "
                "nghiên cứu của nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đinh Văn Toàn</strong></p>'),
        ],
        authors=["Đinh Văn Toàn"],
        photographers=["Đinh Văn Toàn"],
        summary=(
            "Sáng 03/12, Trường Chính trị tỉnh Gia Lai tổ chức hội thảo khoa học “Vận dụng tư tưởng "
            "Hồ Chí Minh về đại đoàn kết trong giảng dạy lý luận chính trị” với sự tham dự của hơn 80 "
            "đại biểu."
        ),
        sapo_outside=True,
        opts={"date": "dang"},
    ),
    Story(
        2042,
        S_CHIBO,
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        "tin-tuc-su-kien",
        "2026-11-28T16:40:00+07:00",
        [
            P(
                "Chiều 27/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "“Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện Quy định về nêu gương”.",
                "lead",
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi về những việc cần làm để nâng cao "
                "tính lãnh đạo, tính giáo dục, tính chiến đấu trong sinh hoạt chi bộ."
            ),
            Img(
                doc("chibo", "sinh-hoat-chuyen-de-quy-4.jpg"),
                "Đảng viên Chi bộ Khoa Xây dựng Đảng phát biểu tại buổi sinh hoạt (Ảnh: Kpă Hơ Ly)",
                "Đảng viên Chi bộ Khoa Xây dựng Đảng phát biểu tại buổi sinh hoạt (Ảnh: Kpă Hơ Ly)",
                "ci",
            ),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm nêu gương cụ thể trong năm "
                "2027 và đưa vào kiểm điểm cuối năm."
            ),
            Raw('<p style="text-align: right;"><strong>Ksor H\'Bla</strong></p>'),
        ],
        authors=["Ksor H'Bla"],
        photographers=["Kpă Hơ Ly"],
        summary=(
            "Chiều 27/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
            "“Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện Quy định về nêu gương”."
        ),
        opts={"date": "capnhat"},
    ),
    Story(
        2039,
        S_BINHDANG,
        "Trường Chính trị tỉnh hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "tin-tuc-su-kien",
        "2026-11-25T10:05:00+07:00",
        [
            P(
                "Các hoạt động diễn ra từ ngày 15/11 đến 15/12/2026 với chủ đề “Chung tay thúc đẩy bình "
                "đẳng giới trong kỷ nguyên số”."
            ),
            P(
                "Đoàn trường phối hợp với Công đoàn treo băng rôn, khẩu hiệu; tổ chức tọa đàm “Phụ nữ "
                "dân tộc thiểu số với công tác cán bộ nữ ở cơ sở” cho học viên lớp trung cấp khóa 129."
            ),
            Img(doc("binhdang", "toa-dam-binh-dang-gioi.jpg"), None, None, "none"),
            P(
                "Nhiều học viên là cán bộ nữ người Jrai, Bahnar đã chia sẻ những khó khăn khi tham gia "
                "công tác ở thôn, làng và kinh nghiệm vượt qua định kiến giới."
            ),
            Raw('<p style="text-align: right;"><em>Tin: Đoàn trường</em></p>'),
        ],
        authors=["Đoàn trường"],
        summary="Hưởng ứng Tháng hành động vì bình đẳng giới năm 2026, Trường Chính trị tỉnh tổ chức nhiều hoạt động thiết thực.",
        sapo_outside=True,
        opts={"date": "dang"},
    ),
    Story(
        2036,
        S_NHAGIAO,
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-20T14:05:00+07:00",
        [
            P(
                "Sáng 20/11, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 – 20/11/2026). Đến dự có các thầy cô giáo nguyên là lãnh đạo, giảng viên nhà "
                "trường qua các thời kỳ."
            ),
            Img(
                doc("nhagiao", "gap-mat-20-11-2026.jpg"),
                "Các thầy cô giáo nguyên là lãnh đạo nhà trường dự buổi gặp mặt",
                "Các thầy cô giáo nguyên là lãnh đạo nhà trường dự buổi gặp mặt",
                "ci",
            ),
            P(
                "Ôn lại truyền thống, TS. Nguyễn Thị Thanh Hương, Phó Hiệu trưởng, cho biết năm 2026 nhà "
                "trường có 3 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp tỉnh, 12 đề tài khoa học cấp "
                "trường được nghiệm thu."
            ),
            P(
                "Dịp này, nhà trường khen thưởng 15 cá nhân có thành tích xuất sắc trong giảng dạy và "
                "nghiên cứu khoa học năm học 2025 – 2026."
            ),
            Img(
                doc("nhagiao", "khen-thuong-giang-vien.jpg"),
                "Trao giấy khen cho các cá nhân xuất sắc",
                "Trao giấy khen cho các cá nhân xuất sắc",
                "ci",
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "capnhat"},
    ),
    Story(
        2034,
        S_HOCVIEN,
        "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        "tin-tuc-su-kien",
        "2026-11-17T08:20:00+07:00",
        [
            P(
                "Ngày 16/11, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Trần Văn Phòng, Phó "
                "Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh về công "
                "tác phối hợp đào tạo cao cấp lý luận chính trị."
            ),
            Img(
                doc("hocvien", "lam-viec-hoc-vien-kv3.jpg"),
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "table",
            ),
            P(
                "Hai bên thống nhất tiếp tục phối hợp mở lớp cao cấp lý luận chính trị hệ không tập trung "
                "tại tỉnh, khai giảng trong quý I/2027 với khoảng 120 học viên."
            ),
            P(
                "Đoàn cũng đề nghị nhà trường chuẩn bị tốt cơ sở vật chất, phòng học, ký túc xá và cử cán "
                "bộ quản lý lớp có kinh nghiệm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Văn Hải; Ảnh: Lê Minh Trí</strong></p>'
            ),
        ],
        authors=["Nguyễn Văn Hải"],
        photographers=["Lê Minh Trí"],
        opts={"date": "dang"},
    ),
    Story(
        2033,
        S_BONGCHUYEN,
        "Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng Ngày Nhà giáo Việt Nam",
        "tin-tuc-su-kien",
        "2026-11-12T17:30:00+07:00",
        [
            P(
                "Giải có 6 đội tham gia, gồm các đội của các khoa, phòng và đội học viên lớp trung cấp lý "
                "luận chính trị hệ tập trung khóa 129."
            ),
            P("Kết quả chung cuộc:"),
            P("- Giải Nhất: Đội Khoa Lý luận cơ sở;"),
            P("- Giải Nhì: Đội Phòng Tổ chức – Hành chính;", "br"),
            P("- Giải Ba: Đội học viên lớp K129.", "br"),
            Img(
                doc("congdoan", "bong-chuyen-hoi-2026.jpg"),
                "Các đội thi đấu sôi nổi, hào hứng (Ảnh: Công đoàn trường)",
                "Các đội thi đấu sôi nổi, hào hứng (Ảnh: Công đoàn trường)",
                "ci",
            ),
            P(
                "Giải đấu góp phần tăng cường rèn luyện sức khỏe, tinh thần đoàn kết trong cán bộ, giảng "
                "viên và học viên."
            ),
        ],
        photographers=["Công đoàn trường"],
        opts={"date": "capnhat"},
    ),
    Story(
        2030,
        S_GVDG,
        "Khai mạc Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-tuc-su-kien",
        "2026-11-05T08:20:00+07:00",
        [
            P(
                "Sáng 05/11, Trường Chính trị tỉnh Gia Lai khai mạc Hội thi giảng viên dạy giỏi cấp trường "
                "năm 2026. Hội thi có 14 giảng viên của 4 khoa chuyên môn tham gia."
            ),
            P(
                "Phát biểu khai mạc, TS. Nguyễn Thị Thanh Hương, Phó Hiệu trưởng, Trưởng ban tổ chức "
                "hội thi nhấn mạnh:"
            ),
            P(
                "“Hội thi là dịp để mỗi giảng viên tự đánh giá lại năng lực chuyên môn, nghiệp vụ sư "
                "phạm, học hỏi lẫn nhau, từ đó đổi mới phương pháp giảng dạy lý luận chính trị”.",
                "q",
            ),
            P(
                "Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết 45 phút và một bài giảng thực "
                "hành, thảo luận; Ban giám khảo gồm 7 thành viên là lãnh đạo nhà trường, trưởng các khoa "
                "và giảng viên chính."
            ),
            Img(
                doc("hoithi", "khai-mac-hoi-thi-gvdg.jpg"),
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng dự thi",
                "ci",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 07/11/2026. Kết quả hội thi là căn cứ để nhà trường lựa "
                "chọn giảng viên tham dự Hội thi giảng viên dạy giỏi các trường chính trị khu vực miền "
                "Trung – Tây Nguyên năm 2027."
            ),
            P(
                "Ban tổ chức sẽ trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và các giải khuyến khích cho "
                "những giảng viên đạt thành tích cao."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phòng Quản lý khoa học</strong></p>'),
        ],
        authors=["Phòng Quản lý khoa học"],
        opts={"date": "dang"},
    ),
    Story(
        2040,
        S_ANKHE,
        "Khai giảng lớp Trung cấp lý luận chính trị hệ không tập trung khóa 130 tại thị xã An Khê",
        "hoat-dong-dao-tao",
        "2026-11-30T11:00:00+07:00",
        [
            P(
                "Ngày 28/11, tại Trung tâm Chính trị thị xã An Khê, Trường Chính trị tỉnh khai giảng lớp "
                "Trung cấp lý luận chính trị hệ không tập trung khóa 130 cho 68 học viên.",
                "lead",
            ),
            P(
                "Học viên là cán bộ chủ chốt, cán bộ trong quy hoạch của các xã, phường và cơ quan, đơn "
                "vị trên địa bàn thị xã An Khê và các xã lân cận."
            ),
            Img(
                doc("daotao", "khai-giang-k130-an-khe.jpg"),
                "Lãnh đạo nhà trường phát biểu khai giảng lớp K130",
                "Lãnh đạo nhà trường phát biểu khai giảng lớp K130",
                "ci",
            ),
            P(
                "Lớp học được tổ chức trong 10 tháng, gồm 4 phần học với 19 học phần theo chương trình "
                "của Học viện Chính trị quốc gia Hồ Chí Minh."
            ),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm quy chế học tập, tích cực nghiên cứu, vận "
                "dụng kiến thức vào thực tiễn công tác tại cơ sở."
            ),
            Img(doc("daotao", "hoc-vien-k130.jpg"), None, None, "none"),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Phòng Quản lý đào tạo</strong></p>'
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        photographers=["Phòng Quản lý đào tạo"],
        summary=(
            "Ngày 28/11, tại Trung tâm Chính trị thị xã An Khê, Trường Chính trị tỉnh khai giảng lớp "
            "Trung cấp lý luận chính trị hệ không tập trung khóa 130 cho 68 học viên."
        ),
        opts={"date": "capnhat"},
    ),
    Story(
        2032,
        S_CHIEUSINH,
        "Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 131",
        "hoat-dong-dao-tao",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch đào tạo năm 2027 được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính "
                "trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 131."
            ),
            P("1. Đối tượng, tiêu chuẩn", "n"),
            P(
                "Cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo, quản lý; có trình "
                "độ chuyên môn từ trung cấp trở lên; tuổi đời không quá 45 tuổi đối với nam và nữ."
            ),
            P("2. Thời gian, địa điểm", "n"),
            P("Thời gian học: 6 tháng, từ ngày 04/01/2027 đến ngày 30/6/2027."),
            P("Địa điểm: Trường Chính trị tỉnh, 29 Phạm Văn Đồng, TP. Pleiku.", "br"),
            P("3. Lịch nhận hồ sơ", "n"),
            P("Đơn vị | Thời gian nhận hồ sơ | Nơi nhận", "th"),
            P("Các cơ quan cấp tỉnh | 01/12 – 10/12/2026 | Phòng Quản lý đào tạo", "td"),
            P(
                "Các huyện, thị xã, thành phố | 01/12 – 15/12/2026 | Trung tâm Chính trị cấp huyện",
                "td",
            ),
            P(
                "Hồ sơ gồm: quyết định cử đi học, sơ yếu lý lịch, bản sao văn bằng chuyên môn, giấy "
                "chứng nhận sức khỏe. Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại "
                "0269.3824 315."
            ),
        ],
        opts={"date": "dang"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"{SITE}/-/{story.slug}-{story.id}"


def back_param(cat: str) -> str:
    """The asset publisher's "back" parameter: the listing path, URL-encoded."""
    return "p_l_back_url=" + quote(f"{SITE}/{cat}", safe="")


def twin_path(story: Story) -> str:
    return f"{article_path(story)}?{back_param(story.cat)}"


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=[twin_path(s)]) for s in STORIES
]

NON_ARTICLES = [
    f"{SITE}/gioi-thieu",
    f"{SITE}/co-cau-to-chuc",
    f"{SITE}/lich-giang-day",
    f"{SITE}/van-ban",
    f"{SITE}/van-ban/-/vb-215",
    f"{SITE}/tin-tuc-su-kien?page=2",
]


# --- rendering ----------------------------------------------------------------------------------

PORTLET = "_tintuc_WAR_tctportlet_"
CONTACT_BLOCK = (
    '<div class="chan-bai-viet">\n'
    '<p style="text-align: center;"><strong>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</strong></p>\n'
    '<p style="text-align: center;">Địa chỉ: 29 Phạm Văn Đồng, TP. Pleiku, tỉnh Gia Lai</p>\n'
    '<p style="text-align: center;">Điện thoại: 0269.3824 112 - Fax: 0269.3824 113</p>\n'
    '<p style="text-align: center;">Email: truongchinhtri@gialai.gov.vn</p>\n'
    '<p style="text-align: center;">Website: truongchinhtri.gialai.gov.vn</p>\n'
    "</div>"
)
MOST_READ = [S_DECUONG, S_GIALANG, S_NHAGIAO, S_ANKHE, S_HOITHAO]


def _ymd_hm(story: Story) -> tuple[str, str]:
    """("20/11/2026", "14:05") from the hand-written ISO date."""
    day, clock = story.published_at.split("T")
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}", clock[:5]


def date_line(story: Story) -> str:
    day, clock = _ymd_hm(story)
    if story.opts.get("date") == "capnhat":
        return f"Cập nhật lúc {clock} ngày {day}"
    return f"Ngày đăng: {day} {clock}"


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def sorted_stories(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_category(cat: str) -> list[Story]:
    return sorted_stories([s for s in STORIES if s.cat == cat])


def description(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _fnref(value: str) -> str:
    """Reference marks "[1]" as Word pasted them: superscript anchors to the notes."""
    return re.sub(
        r"\[(\d+)\]",
        lambda m: (
            f'<sup><a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">[{m.group(1)}]</a></sup>'
        ),
        value,
    )


def _image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="image-caption">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center;"><em>{esc(img.printed or "")}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    heading_no = 0
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append(
                        "<tr>"
                        + "".join(f"<td><p><strong>{esc(c)}</strong></p></td>" for c in cells)
                        + "</tr>"
                    )
                else:
                    rows.append(
                        "<tr>" + "".join(f"<td><p>{esc(c)}</p></td>" for c in cells) + "</tr>"
                    )
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
                'style="width: 100%; border-collapse: collapse;"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        elif b.style == "br":
            out[-1] = out[-1][: -len("</p>")] + f"<br />\n{esc(b.text)}</p>"
        elif b.style == "h":
            heading_no += 1
            anchor = f' id="muc-{heading_no}"' if story.opts.get("toc") else ""
            out.append(
                f'<p style="text-align: justify;"{anchor}><strong>{esc(b.text)}</strong></p>'
            )
        elif b.style == "n":
            out.append(
                f'<p style="text-align: justify;"><strong><em>{esc(b.text)}</em></strong></p>'
            )
        elif b.style == "a":
            out.append(f'<p style="text-align: justify;"><em>{esc(b.text)}</em></p>')
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(
                f'<blockquote><p style="text-align: justify;"><em>{esc(b.text)}</em></p></blockquote>'
            )
        elif b.style == "fn":
            num, rest = b.text.split(" ", 1)
            n = num.strip("[]")
            out.append(
                f'<p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" title="">[{n}]</a> '
                f"{esc(rest)}</p>"
            )
        elif b.style == "fnref":
            out.append(f'<p style="text-align: justify;">{_fnref(esc(b.text))}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def view_state(key: str) -> str:
    """A JSF view state token (deterministic per page)."""
    seed = sum((k + 1) * ord(c) for k, c in enumerate(key))
    return f"{seed * 7919 + 1000000000000000000}:-{seed % 9973}"


MENU = [
    ("", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc-su-kien", "Tin tức – Sự kiện"),
    ("/hoat-dong-dao-tao", "Hoạt động đào tạo"),
    ("/nghien-cuu-trao-doi", "Nghiên cứu – Trao đổi"),
    ("/tai-lieu-tuyen-truyen", "Tài liệu tuyên truyền"),
    ("/van-ban", "Văn bản"),
    ("/lich-giang-day", "Lịch giảng dạy"),
]


def sidebar(request: Request) -> str:
    most = "\n".join(
        f'<li><a id="_docnhieu_WAR_tctportlet_:j_idt31:{k}:lnkDocNhieu" href="{article_path(BY_SLUG[slug])}">'
        f"{esc(BY_SLUG[slug].title)}</a></li>"
        for k, slug in enumerate(MOST_READ)
    )
    return f"""<div class="ui-g-12 ui-md-4 pnl-right">
<div class="portlet-boundary" id="p_p_id_docnhieu_WAR_tctportlet_">
<div class="portlet-title"><span>Tin đọc nhiều</span></div>
<div class="portlet-body"><ul class="ds-docnhieu">
{most}
</ul></div></div>
<div class="portlet-boundary" id="p_p_id_lichcongtac_WAR_tctportlet_">
<div class="portlet-title"><span>Lịch công tác tuần</span></div>
<div class="portlet-body"><div class="portlet-msg-error">Bạn chưa có đủ quyền truy nhập portlet này.</div></div></div>
<div class="portlet-boundary" id="p_p_id_binhchon_WAR_tctportlet_">
<div class="portlet-title"><span>Thăm dò ý kiến</span></div>
<div class="portlet-body">
<form id="_binhchon_WAR_tctportlet_:frmBinhChon" name="_binhchon_WAR_tctportlet_:frmBinhChon" method="post" action="{esc(request.path)}">
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin điện tử nhà trường?</p>
<table class="ui-selectoneradio"><tbody>
<tr><td><input type="radio" name="_binhchon_WAR_tctportlet_:rdoBinhChon" value="1" /> <label>Rất đẹp, dễ sử dụng</label></td></tr>
<tr><td><input type="radio" name="_binhchon_WAR_tctportlet_:rdoBinhChon" value="2" /> <label>Bình thường</label></td></tr>
<tr><td><input type="radio" name="_binhchon_WAR_tctportlet_:rdoBinhChon" value="3" /> <label>Cần cải tiến thêm</label></td></tr>
</tbody></table>
<button type="submit" name="_binhchon_WAR_tctportlet_:btnBinhChon" class="ui-button">Bình chọn</button>
<input type="hidden" name="javax.faces.ViewState" value="{view_state("poll" + request.path)}" />
</form></div></div>
<div class="portlet-boundary" id="p_p_id_lienket_WAR_tctportlet_">
<div class="portlet-title"><span>Liên kết website</span></div>
<div class="portlet-body"><select class="lien-ket" onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://www.gialai.gov.vn">Cổng TTĐT tỉnh Gia Lai</option>
<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
</select>
<a href="https://baogialai.com.vn" target="_blank"><img src="/o/tct-theme/images/banner-baogialai.png" alt="Báo Gia Lai" /></a>
</div></div>
<div class="portlet-boundary" id="p_p_id_thongke_WAR_tctportlet_">
<div class="portlet-title"><span>Thống kê truy cập</span></div>
<div class="portlet-body thong-ke">
<p><img src="/o/tct-theme/images/icon-online.gif" alt="" /> Đang online: <span>7</span></p>
<p><img src="/o/tct-theme/images/icon-today.gif" alt="" /> Hôm nay: <span>312</span></p>
<p><img src="/o/tct-theme/images/icon-total.gif" alt="" /> Đã truy cập: <span>1.245.678</span></p>
</div></div>
</div>"""


def layout(
    request: Request, title: str, crumbs: list[tuple[str, str]], main: str, head: str = ""
) -> str:
    menu = "\n".join(f'<li><a href="{SITE}{href}">{esc(name)}</a></li>' for href, name in MENU)
    trail = ' <span class="divider">›</span> '.join(
        [f'<a href="{SITE}">Trang chủ</a>']
        + [
            f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for href, name in crumbs
        ]
    )
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)} - {esc(SITE_TITLE)}</title>
<link rel="stylesheet" href="/o/tct-theme/css/main.css?browserId=other&amp;themeId=tcttheme_WAR_tcttheme&amp;t=1764123456" />
<link rel="stylesheet" href="/javax.faces.resource/theme.css?ln=primefaces-omega" />
<script src="/o/tct-theme/js/main.js"></script>
{head}
</head>
<body class="controls-visible guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="ngay-hien-tai">{HEADER_TODAY}</span>
<a class="dang-nhap" href="/c/portal/login?p_l_id=20147">Đăng nhập</a></div>
<div class="logo"><a href="{SITE}"><img src="/o/tct-theme/images/logo-tct.png" alt="{esc(SITE_TITLE)}" /></a>
<div class="ten-truong"><span>TỈNH ỦY GIA LAI</span><strong>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</strong></div></div>
<nav id="navigation" class="main-menu"><ul>
{menu}
</ul></nav>
</header>
<div class="breadcrumb-wrap"><div class="breadcrumb">{trail}</div></div>
<div id="content" class="pnl-main ui-g">
{main}
{sidebar(request)}
</div>
<footer id="footer" role="contentinfo"><div class="ui-g">
<div class="ui-g-12 ui-md-8">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</strong></p>
<p>Địa chỉ: 29 Phạm Văn Đồng, TP. Pleiku, tỉnh Gia Lai</p>
<p>Điện thoại: 0269.3824 112 - Fax: 0269.3824 113 - Email: truongchinhtri@gialai.gov.vn</p>
<p>Chịu trách nhiệm chính: TS. Trần Văn Minh - Hiệu trưởng</p>
</div>
<div class="ui-g-12 ui-md-4"><p>Ghi rõ nguồn “Trường Chính trị tỉnh Gia Lai” khi phát hành lại thông tin từ website này.</p>
<p>Thiết kế bởi Công ty CP Giải pháp phần mềm Tây Nguyên</p></div>
</div></footer>
</div></body></html>"""


def not_found() -> Response:
    return html(
        "<html><head><title>Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1>"
        f'<p>Trang bạn yêu cầu không tồn tại. <a href="{SITE}">Về trang chủ</a></p></body></html>',
        status=404,
    )


def article_page(request: Request, story: Story) -> Response:
    cat = story.cat
    base = base_url(request)
    sapo = (
        f'<div class="tomtat-tin"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    related = [s for s in in_category(cat) if s is not story][:4]
    rel = "\n".join(
        f'<li><a id="{PORTLET}:j_idt88:{k}:lnkTinLienQuan" href="{article_path(s)}">{esc(s.title)}</a> '
        f'<span class="thoigian">({_ymd_hm(s)[0]})</span></li>'
        for k, s in enumerate(related)
    )
    head = (
        f'<link rel="canonical" href="{base}{article_path(story)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="{base}{article_path(story)}" />\n'
        f'<meta name="description" content="{esc(description(story))}" />'
    )
    share = quote(base + article_path(story), safe="")
    main = f"""<div class="ui-g-12 ui-md-8 pnl-center">
<div class="portlet-boundary portlet-tintuc" id="p_p_id{PORTLET}">
<div class="portlet-title"><span>{esc(CATEGORIES[cat])}</span></div>
<div class="portlet-body">
<form id="{PORTLET}:j_idt45" name="{PORTLET}:j_idt45" method="post" action="{esc(request.target)}">
<div class="chitiet-tin ui-g-12">
<h1 class="tieude-tin" id="{PORTLET}:j_idt45:lblTieuDe">{esc(story.title)}</h1>
<div class="ui-g thanh-cong-cu">
<div class="ui-g-6 thoigian"><i class="fa fa-clock-o"></i> {date_line(story)}</div>
<div class="ui-g-6 cong-cu">
<a href="javascript:window.print();" title="In bài viết"><img src="/o/tct-theme/images/icon-print.png" alt="In" /> In bài</a>
<a href="mailto:?subject={quote(story.title)}&amp;body={share}" title="Gửi email"><img src="/o/tct-theme/images/icon-email.png" alt="Email" /> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><img src="/o/tct-theme/images/icon-facebook.png" alt="Chia sẻ" /></a>
<a href="javascript:changeFontSize(1);">A+</a> <a href="javascript:changeFontSize(-1);">A-</a>
</div></div>
{sapo}
<div class="noidung-tin" id="{PORTLET}:j_idt45:pnlNoiDung">
{render_body(story)}
{CONTACT_BLOCK}
<div class="danh-gia" id="{PORTLET}:j_idt45:pnlDanhGia">Đánh giá bài viết: <span class="ui-rating">☆☆☆☆☆</span> (0 lượt)</div>
<div class="luot-xem">Lượt xem: {thousands(story.views() + 1000)}</div>
</div>
</div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="{view_state(story.slug)}" autocomplete="off" />
</form>
<div class="tin-cung-chuyen-muc ui-g-12">
<h3 class="tieude-khoi">Tin cùng chuyên mục</h3>
<ul>
{rel}
</ul></div>
</div></div></div>"""
    crumbs = [(f"{SITE}/{cat}", CATEGORIES[cat])]
    return html(layout(request, story.title, crumbs, main, head))


def listing_item(story: Story, k: int, href: str, thumb: bool = True) -> str:
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    img = (
        f'<a href="{href}" class="anh-tin"><img src="{esc(first.src)}" alt="" class="anh-dai-dien" /></a>'
        if thumb and first
        else ""
    )
    return (
        f'<div class="ui-g-12 item-tin">{img}'
        f'<a id="{PORTLET}:j_idt45:j_idt47:{k}:lnkTin" class="tieude" href="{href}">{esc(story.title)}</a> '
        f'<span class="thoigian">({_ymd_hm(story)[0]})</span>'
        f'<p class="mota">{esc(description(story))}</p></div>'
    )


def category_page(request: Request, cat: str) -> Response:
    params = request.params
    if set(params) - {"page"}:
        return not_found()
    raw = params.get("page", "1")
    if not raw.isdigit() or int(raw) < 1:
        return not_found()
    page = int(raw)
    stories = in_category(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page > pages:
        return not_found()
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(listing_item(s, k, twin_path(s)) for k, s in enumerate(chunk))
    pager = ""
    if pages > 1:
        parts = []
        if page > 1:
            parts.append(f'<a href="?page={page - 1}">‹ Trước</a>')
        for n in range(1, pages + 1):
            parts.append(
                f'<span class="current">{n}</span>' if n == page else f'<a href="?page={n}">{n}</a>'
            )
        if page < pages:
            parts.append(f'<a href="?page={page + 1}">Sau ›</a>')
        pager = '<div class="phan-trang">' + " ".join(parts) + "</div>"
    main = f"""<div class="ui-g-12 ui-md-8 pnl-center">
<div class="portlet-boundary" id="p_p_id{PORTLET}">
<div class="portlet-title"><span>{esc(CATEGORIES[cat])}</span></div>
<div class="portlet-body"><form id="{PORTLET}:j_idt45" method="post" action="{esc(request.target)}">
<div class="ds-tin ui-g">
{items}
</div>
{pager}
<input type="hidden" name="javax.faces.ViewState" value="{view_state(cat + raw)}" />
</form></div></div></div>"""
    return html(layout(request, CATEGORIES[cat], [("", CATEGORIES[cat])], main))


def home_page(request: Request) -> Response:
    boxes = []
    for n, (cat, name) in enumerate(CATEGORIES.items()):
        top = in_category(cat)[:3]
        items = "\n".join(
            f'<li><a id="_trangchu_WAR_tctportlet_:j_idt{20 + n}:{k}:lnkTin" href="{article_path(s)}">'
            f'{esc(s.title)}</a> <span class="thoigian">({_ymd_hm(s)[0]})</span></li>'
            for k, s in enumerate(top)
        )
        boxes.append(
            f'<div class="portlet-boundary khoi-chuyenmuc"><div class="portlet-title">'
            f'<a href="{SITE}/{cat}">{esc(name)}</a></div><div class="portlet-body">'
            f'<ul class="ds-tin-trangchu">\n{items}\n</ul>'
            f'<a class="xem-tiep" href="{SITE}/{cat}">Xem tiếp »</a></div></div>'
        )
    lead = in_category("tin-tuc-su-kien")[0]
    main = (
        '<div class="ui-g-12 ui-md-8 pnl-center">\n<div class="tin-noi-bat">'
        + listing_item(lead, 0, article_path(lead))
        + "</div>\n"
        + "\n".join(boxes)
        + "\n</div>"
    )
    return html(layout(request, "Trang chủ", [], main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường Chính trị tỉnh Gia Lai là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự lãnh đạo, "
        "chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự hướng dẫn về chuyên môn của Học "
        "viện Chính trị quốc gia Hồ Chí Minh.</p>"
        "<p>Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị "
        "ở cơ sở; trung cấp lý luận chính trị; bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức.</p>"
        "<p>Trụ sở: 29 Phạm Văn Đồng, TP. Pleiku, tỉnh Gia Lai.</p>"
        f'<p>Xem thêm: <a href="{SITE}/co-cau-to-chuc">Cơ cấu tổ chức</a></p>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p><strong>Ban Giám hiệu</strong></p><ul><li>Hiệu trưởng: TS. Trần Văn Minh</li>"
        "<li>Phó Hiệu trưởng: TS. Nguyễn Thị Thanh Hương</li><li>Phó Hiệu trưởng: ThS. Siu Hương</li></ul>"
        "<p><strong>Các phòng chức năng</strong></p><ul><li>Phòng Tổ chức – Hành chính</li>"
        "<li>Phòng Quản lý đào tạo</li><li>Phòng Quản lý khoa học</li></ul>"
        "<p><strong>Các khoa chuyên môn</strong></p><ul><li>Khoa Lý luận cơ sở</li>"
        "<li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>",
    ),
    "lich-giang-day": (
        "Lịch giảng dạy tuần 49 (từ 30/11/2026 đến 05/12/2026)",
        '<p class="thoigian">Cập nhật: 30/11/2026</p>'
        '<table border="1" class="lich-giang"><thead><tr><th>Thứ</th><th>Buổi</th><th>Lớp</th>'
        "<th>Nội dung</th><th>Giảng viên</th><th>Phòng</th></tr></thead><tbody>"
        "<tr><td>Thứ Hai 30/11</td><td>Sáng</td><td>TC K129</td><td>Xây dựng Đảng về đạo đức</td>"
        "<td>ThS. Ksor H'Bla</td><td>P.201</td></tr>"
        "<tr><td>Thứ Ba 01/12</td><td>Sáng</td><td>TC K129</td><td>Công tác dân vận</td>"
        "<td>ThS. Rơ Chăm H'Yim</td><td>P.201</td></tr>"
        "<tr><td>Thứ Tư 02/12</td><td>Chiều</td><td>BD K04</td><td>Kỹ năng lãnh đạo, quản lý</td>"
        "<td>TS. Nguyễn Thị Thanh Hương</td><td>Hội trường</td></tr>"
        "<tr><td>Thứ Năm 03/12</td><td>Sáng</td><td>TC K130 (An Khê)</td><td>Triết học Mác – Lênin</td>"
        "<td>ThS. Đinh Văn Toàn</td><td>TTCT An Khê</td></tr>"
        "</tbody></table><p><em>Ghi chú: Buổi sáng từ 7h30, buổi chiều từ 13h30.</em></p>",
    ),
}

DOCUMENTS = {
    215: (
        "125-KH/TCT",
        "01/12/2026",
        "Kế hoạch tuyên truyền kỷ niệm 97 năm Ngày thành lập Đảng Cộng sản Việt Nam",
        "Kế hoạch",
        "kh-125-tct.pdf",
    ),
    214: (
        "118-TB/TCT",
        "09/11/2026",
        "Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ tập trung khóa 131",
        "Thông báo",
        "tb-118-tct.pdf",
    ),
    209: (
        "96-QĐ/TCT",
        "20/10/2026",
        "Quyết định thành lập Ban tổ chức Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "Quyết định",
        "qd-96-tct.pdf",
    ),
}


def plain_page(
    request: Request, title: str, content: str, crumbs: list[tuple[str, str]]
) -> Response:
    main = f"""<div class="ui-g-12 ui-md-8 pnl-center">
<div class="portlet-boundary" id="p_p_id_noidungweb_WAR_tctportlet_">
<div class="portlet-title"><span>{esc(title)}</span></div>
<div class="portlet-body journal-content-article">
{content}
</div></div></div>"""
    return html(layout(request, title, crumbs, main))


def documents_page(request: Request) -> Response:
    rows = "\n".join(
        f"<tr><td>{k + 1}</td><td>{esc(no)}</td><td>{day}</td>"
        f'<td><a id="_vanban_WAR_tctportlet_:tblVanBan:{k}:lnkVanBan" href="{SITE}/van-ban/-/vb-{vid}">'
        f"{esc(abstract)}</a></td></tr>"
        for k, (vid, (no, day, abstract, _kind, _file)) in enumerate(
            sorted(DOCUMENTS.items(), reverse=True)
        )
    )
    content = (
        '<table class="ui-datatable tbl-vanban" border="1"><thead><tr><th>STT</th><th>Số hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>\n{rows}\n</tbody></table>"
    )
    return plain_page(request, "Văn bản", content, [("", "Văn bản")])


def document_entry(request: Request, vid: int) -> Response:
    no, day, abstract, kind, file = DOCUMENTS[vid]
    content = f"""<table class="chitiet-vanban" border="1"><tbody>
<tr><td class="nhan">Số hiệu</td><td>{esc(no)}</td></tr>
<tr><td class="nhan">Loại văn bản</td><td>{esc(kind)}</td></tr>
<tr><td class="nhan">Ngày ban hành</td><td>{day}</td></tr>
<tr><td class="nhan">Cơ quan ban hành</td><td>Trường Chính trị tỉnh Gia Lai</td></tr>
<tr><td class="nhan">Trích yếu</td><td>{esc(abstract)}</td></tr>
<tr><td class="nhan">Tệp đính kèm</td><td><a href="/documents/10181/vanban/{file}"><img src="/o/tct-theme/images/icon-pdf.png" alt="" /> {file}</a></td></tr>
</tbody></table>
<p><a href="{SITE}/van-ban">« Quay lại danh sách văn bản</a></p>"""
    return plain_page(
        request, "Chi tiết văn bản", content, [(f"{SITE}/van-ban", "Văn bản"), ("", no)]
    )


ARTICLE_RE = re.compile(re.escape(SITE) + r"/-/([a-z0-9-]+)-(\d+)")


class TctSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/o/", "/javax.faces.resource/")) or path == "/favicon.ico":
            return static_file(path) or static_file(path + ".css")
        if path.startswith("/documents/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return redirect(SITE, 302)
        if path == "/robots.txt":
            return None
        if path in (SITE, SITE + "/", SITE + "/trang-chu"):
            return home_page(request) if not request.query else not_found()
        if m := ARTICLE_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None or story.slug != m.group(1):
                return not_found()
            if request.query and set(request.params) != {"p_l_back_url"}:
                return not_found()
            return article_page(request, story)
        rest = path[len(SITE) + 1 :] if path.startswith(SITE + "/") else None
        if rest is None:
            return None
        if rest in CATEGORIES:
            return category_page(request, rest)
        if request.query:
            return not_found()
        if rest in STATIC_PAGES:
            title, content = STATIC_PAGES[rest]
            return plain_page(request, title, content, [("", title.split(" (")[0])])
        if rest == "van-ban":
            return documents_page(request)
        if m := re.fullmatch(r"van-ban/-/vb-(\d+)", rest):
            vid = int(m.group(1))
            return document_entry(request, vid) if vid in DOCUMENTS else not_found()
        return not_found()


def build_site() -> TctSite:
    return TctSite()
