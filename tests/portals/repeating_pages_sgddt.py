"""Sở GD&ĐT tỉnh Điện Biên on a vendor ASP.NET WebForms portal ("Cổng thông tin điện tử" of a
provincial software house) whose list pager never ends and whose lists repeat themselves.

Platform
--------
One ``<form id="form1" method="post">`` wraps every page (``__VIEWSTATE``, ``__EVENTVALIDATION``),
as WebForms does; the links are plain ``href`` links, the form is posted only by the poll and the
search box. Friendly URLs end in ``.aspx``. The theme: a banner, the header clock
("Thứ Sáu, 04/12/2026" -- today, never a publication date), a horizontal menu with a
"Tin tức - Sự kiện" drop-down, a "Tin nổi bật" slider, a two-column body (content + sidebar
of "Tin đọc nhiều", "Liên kết website" drop-down, "Thăm dò ý kiến" poll and the visitor counter
"Đang online / Hôm nay / Tổng truy cập") and a footer with the address and phone numbers.

URL scheme
----------
- ``/`` home: slider, the pinned notices, a box of the three newest articles of each category.
- ``/tin-tuc/<slug>-<id>.aspx``: an article. Template::

      <div class="breadcrumb"> Trang chủ » Tin tức - Sự kiện » <category> </div>
      <div class="news-detail">
        <h1 class="news-title">…</h1>
        <div class="news-meta">Ngày đăng: 12/11/2026 14:05 | Lượt xem: 123</div>
        <div class="news-tools"> In bài · Gửi email · Chia sẻ (javascript: links) </div>
        <div class="news-sapo"> bold lead (some articles) </div>
        <div class="news-content"> the editor's HTML (CKEditor) </div>
        <div class="news-author">Tác giả: …</div> / <div class="news-source">Nguồn: …</div>
      </div>
      <div class="other-news"><h3>Các tin khác</h3> four newest of the category </div>

- ``/chuyen-muc/<slug>.aspx?page=<n>``: a category list, 5 entries per page, newest first.
  Categories: ``tin-giao-duc``, ``hoat-dong-chuyen-mon``, ``giao-duc-dan-toc`` (the three
  sub-sections of "Tin tức - Sự kiện") and ``thong-bao``; ``tin-tuc`` is the parent section's list
  of its three sub-sections together (11 articles, 3 pages).
- ``/gioi-thieu.aspx``, ``/lien-he.aspx`` (contact form), ``/so-do-site.aspx`` (a site map page
  listing the sections, not the articles).
- Uploads: ``/Uploads/images/2026/<mm>/<file>.jpg``, ``/Uploads/files/<file>.pdf`` (attachments of the
  notices, served); theme files under ``/App_Themes/SGD/``.

How each gold article is reached
--------------------------------
- The five newest: the slider of every page.
- The three pinned notices (category Thông báo): pinned on top of every list page, the home page,
  the Thông báo list.
- The others: the home boxes (three per category), "Các tin khác" of their category's articles
  (the four newest but the current one), the lists.
- ``hon-170-000-hoc-sinh-…-1402`` (the oldest, Tin giáo dục) is on no page 1: only on
  ``/chuyen-muc/tin-giao-duc.aspx?page=2`` and page 3 of ``/chuyen-muc/tin-tuc.aspx``.

Traps
-----
1. A page number past the end does not 404: it answers 200 with the LAST page's entries again
   (page 4, 5, 6 … of the 3-page ``tin-tuc`` list are page 3; page 2, 3 … of the one-page
   ``thong-bao`` list are page 1). The pager knows no total: it always prints a window of five
   numbers "1 2 3 4 5 … Sau »" with the next number and "Sau »" linked, so a crawler following the
   pager walks forever. The tail is recognised by its entries, which repeat.
2. Every list page starts with the same three pinned notices ("[Ghim] Thông báo tuyển sinh …"),
   on every page of every category.
3. ``?page=1`` and no page parameter are the same page (the pager links "1" and "« Trước" of
   page 2 as ``?page=1``; the menus link the bare list).
4. The "Tin nổi bật" slider repeats the five newest articles on every page.
5. The ``tin-tuc`` pager prints ``?page=N&sort=new`` on odd pages and ``?sort=new&page=N`` on even
   pages: the same list under two spellings (``sort=new`` is the default order anyway).
- The list prints "[Ghim]" before the pinned titles; the article's h1 has no such prefix.
- The header date "Thứ Sáu, 04/12/2026" is today; list entries print "(dd/mm/yyyy)" only.

Gold decisions
--------------
- title: ``h1.news-title``; published_at: "Ngày đăng: dd/mm/yyyy HH:MM" -> ISO with +07:00.
- authors / photographers: the right-aligned byline at the end of the text ("Tin, ảnh: X" both,
  "Tin: X - Ảnh: Y"), or the "Tác giả:" field. Degrees (ThS.) and the post after the name
  ("- Phòng GDTrH") are dropped; a unit signing ("Phòng Giáo dục Mầm non", "Văn phòng Sở") is the
  author as printed; "BBT" credits nobody.
- source: "Nguồn: …" field or a closing "Theo …" line.
- summary: ``div.news-sapo`` (then the body's first paragraph), or an inline bold lead paragraph.
- body: ``news-content`` paragraphs, sub-headings, list items, table rows (cells joined by
  " | "), quotes; a ``<br>`` splits a paragraph. Captions, bylines, attachment lines not.
- images: the photos of the text, caption = the line printed with it (``td.image_desc``, the
  centred italic line, the centred plain line, ``figcaption``) or None.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "repeating_pages_sgddt"
PLATFORM = "Vendor ASP.NET WebForms portal (.aspx friendly URLs), endless list pager"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Điện Biên"
TODAY = "Thứ Sáu, 04/12/2026"
PER_PAGE = 5

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "thong-bao": "Thông báo",
}
PARENT_KEY = "tin-tuc"
PARENT_NAME = "Tin tức - Sự kiện"
#: sections under "Tin tức - Sự kiện"; Thông báo is a top-level section
NEWS_CATS = ("tin-giao-duc", "hoat-dong-chuyen-mon", "giao-duc-dan-toc")
#: the list whose pager spells its links two ways (trap 5)
SORT_LIST = PARENT_KEY


def img(month: str, name: str) -> str:
    return f"/Uploads/images/2026/{month}/{name}"


# --- the articles, as the editors typed them -----------------------------------------------
#
# opts: id, date ("dd/mm/yyyy HH:MM" as printed), pinned, author_meta ("Tác giả:" field),
# source_meta ("Nguồn:" field), attach (a PDF attachment), sapo (div.news-sapo, sapo_outside).
# P styles: "" justified paragraph, "lead" inline bold lead, "h3", "b" (bold sub-heading
# paragraph), "li", "ol", "th"/"tr" table rows, "quote", "br" (continues the previous <p>
# after a <br />). Img styles: "table" (td.image_desc), "em" (centred italic line), "plain"
# (centred plain line), "fig" (figcaption), "none".

STORIES: list[Story] = [
    Story(
        1482,
        "khai-mac-ky-thi-chon-hoc-sinh-gioi-lop-12-cap-tinh-nam-hoc-2026-2027",
        "Khai mạc Kỳ thi chọn học sinh giỏi lớp 12 cấp tỉnh năm học 2026-2027",
        "tin-giao-duc",
        "2026-12-03T07:40:00+07:00",
        [
            P(
                "Sáng 03/12, Sở GD&ĐT tỉnh Điện Biên tổ chức khai mạc Kỳ thi chọn học sinh giỏi lớp "
                "12 cấp tỉnh năm học 2026-2027 với 842 thí sinh đến từ 36 trường THPT, trung tâm "
                "GDNN-GDTX trên địa bàn tỉnh."
            ),
            Img(
                img("12", "khai-mac-hsg-12-1.jpg"),
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc kỳ thi",
                "Đồng chí Phó Giám đốc Sở GD&ĐT phát biểu khai mạc kỳ thi",
                "table",
            ),
            P(
                "Kỳ thi được tổ chức tại 2 điểm thi: Trường THPT chuyên Lê Quý Đôn và Trường THPT "
                "thành phố Điện Biên Phủ. Các thí sinh dự thi 11 môn: Toán, Vật lí, Hóa học, Sinh "
                "học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, "
                "Công nghệ."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Giám đốc Sở GD&ĐT đề nghị các thành viên Hội đồng "
                "coi thi thực hiện nghiêm túc quy chế, bảo đảm an toàn tuyệt đối đề thi, bài thi; "
                "thí sinh bình tĩnh, tự tin, phát huy hết năng lực của mình."
            ),
            P(
                "Kết quả kỳ thi là căn cứ để Sở GD&ĐT lựa chọn, thành lập đội tuyển học sinh giỏi "
                "của tỉnh tham dự Kỳ thi chọn học sinh giỏi quốc gia THPT năm 2027."
            ),
            Img(
                img("12", "khai-mac-hsg-12-2.jpg"),
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Quý Đôn",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Lê Quý Đôn",
                "table",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lò Thị Hương</strong></p>'),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        opts={"date": "03/12/2026 07:40"},
    ),
    Story(
        1479,
        "tap-huan-chuyen-doi-so-trong-quan-ly-day-hoc-cho-can-bo-quan-ly-truong-thpt",
        "Tập huấn chuyển đổi số trong quản lý, dạy học cho cán bộ quản lý các trường THPT",
        "hoat-dong-chuyen-mon",
        "2026-12-01T14:05:00+07:00",
        [
            P(
                "Tại Hội trường Sở GD&ĐT, các học viên được báo cáo "
                "viên của Cục Khoa học, Công nghệ và Thông tin (Bộ GD&ĐT) hướng dẫn các nội dung:"
            ),
            P("Khai thác, sử dụng cơ sở dữ liệu ngành và hồ sơ điện tử trong nhà trường;", "li"),
            P("Triển khai học bạ số cấp THPT theo lộ trình của Bộ GD&ĐT;", "li"),
            P("Ứng dụng trí tuệ nhân tạo trong soạn bài, xây dựng ngân hàng câu hỏi;", "li"),
            P("Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh.", "li"),
            Img(
                img("12", "tap-huan-cds.jpg"),
                "Cán bộ quản lý thực hành trên hệ thống học bạ số",
                "Cán bộ quản lý thực hành trên hệ thống học bạ số",
                "em",
            ),
            P(
                "Sau tập huấn, các đơn vị xây dựng kế hoạch chuyển đổi số năm học 2026-2027, gửi "
                "về Sở (qua Phòng Giáo dục Trung học) trước ngày 15/12/2026."
            ),
        ],
        authors=["Nguyễn Văn Tuấn"],
        summary=(
            "Từ ngày 30/11 đến 01/12/2026, Sở GD&ĐT tổ chức tập huấn chuyển đổi số trong quản "
            "lý, dạy học cho 124 cán bộ quản lý các trường THPT, trung tâm GDNN-GDTX trên địa "
            "bàn tỉnh."
        ),
        sapo_outside=True,
        opts={
            "date": "01/12/2026 14:05",
            "author_meta": "ThS. Nguyễn Văn Tuấn - Phòng Giáo dục Trung học",
        },
    ),
]

STORIES += [
    Story(
        1475,
        "so-gd-dt-kiem-tra-cong-tac-ban-tru-tai-huyen-muong-nhe",
        "Sở GD&ĐT kiểm tra công tác bán trú tại huyện Mường Nhé",
        "tin-giao-duc",
        "2026-11-28T16:10:00+07:00",
        [
            P(
                "Trong hai ngày 26 và 27/11/2026, Đoàn kiểm tra của Sở GD&ĐT do đồng chí Phó Giám "
                "đốc Sở làm trưởng đoàn đã kiểm tra công tác tổ chức nấu ăn, nuôi dưỡng học sinh "
                "bán trú tại 6 trường PTDTBT trên địa bàn huyện Mường Nhé."
            ),
            P(
                "Năm học 2026-2027, toàn huyện có 4.215 học sinh được hưởng chính sách hỗ trợ theo "
                "Nghị định 66/2025/NĐ-CP; các trường đã bố trí đủ phòng ở, bếp ăn một chiều, nước "
                "sạch cho học sinh ở lại trường."
            ),
            P(
                "Tại các trường, đoàn trực tiếp kiểm tra sổ kiểm thực ba bước, lưu mẫu thức ăn, hồ sơ "
                "nhập thực phẩm; trò chuyện với học sinh về bữa ăn, giờ sinh hoạt buổi tối."
            ),
            Img(
                img("11", "ban-tru-muong-nhe.jpg"),
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Chung Chải",
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT THCS Chung Chải",
                "plain",
            ),
            P("Kết luận kiểm tra, Trưởng đoàn đề nghị:"),
            P(
                "Tiếp tục rà soát, bảo đảm chế độ cho học sinh kịp thời, đúng đối tượng.",
                "ol",
            ),
            P("Tăng cường trồng rau, chăn nuôi cải thiện bữa ăn cho học sinh.", "ol"),
            P("Bố trí giáo viên trực, quản lý học sinh buổi tối và ngày nghỉ.", "ol"),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "28/11/2026 16:10"},
    ),
    Story(
        1471,
        "tang-cuong-tieng-viet-cho-tre-mam-non-dan-toc-thieu-so-o-nam-po",
        "Tăng cường tiếng Việt cho trẻ mầm non người dân tộc thiểu số ở Nậm Pồ",
        "giao-duc-dan-toc",
        "2026-11-26T09:30:00+07:00",
        [
            P(
                "Hơn 96% trẻ mầm non ở Nậm Pồ là người dân tộc Mông, Thái, Khơ Mú, Cống; nhiều cháu "
                "khi đến lớp chưa biết nói tiếng Việt. Tăng cường tiếng Việt vì thế là nhiệm vụ hàng "
                "đầu của các trường mầm non vùng cao."
            ),
            P(
                "Tại Trường Mầm non Nà Hỳ, mỗi lớp đều có “góc tiếng Việt” với tranh ảnh, đồ vật "
                "quen thuộc gắn nhãn hai thứ tiếng. Giáo viên người dân tộc tại chỗ làm cầu nối, "
                "giúp trẻ mạnh dạn giao tiếp."
            ),
            Img(img("11", "tang-cuong-tieng-viet-1.jpg"), None, None, "none"),
            P(
                "Cô giáo Giàng Thị Dợ chia sẻ: “Buổi đầu các cháu chỉ nói tiếng Mông, cô phải vừa "
                "nói vừa chỉ vào đồ vật. Sau hai tháng, phần lớn các cháu đã chào hỏi, xin phép "
                "cô bằng tiếng Việt”.",
                "quote",
            ),
            P(
                "Năm học này, Phòng Giáo dục Mầm non của Sở chọn Nậm Pồ làm điểm triển khai mô hình "
                "“Môi trường tiếng Việt trong trường mầm non”, sau đó nhân rộng ra các huyện Mường "
                "Nhé, Tủa Chùa, Điện Biên Đông."
            ),
            Img(
                img("11", "tang-cuong-tieng-viet-2.jpg"),
                "Giờ học kể chuyện theo tranh của trẻ 5 tuổi Trường Mầm non Nà Hỳ",
                "Giờ học kể chuyện theo tranh của trẻ 5 tuổi Trường Mầm non Nà Hỳ",
                "em",
            ),
        ],
        authors=["Phòng Giáo dục Mầm non"],
        opts={"date": "26/11/2026 09:30", "author_meta": "Phòng Giáo dục Mầm non"},
    ),
    Story(
        1468,
        "trao-tang-500-bo-ao-am-cho-hoc-sinh-vung-cao-huyen-tua-chua",
        "Trao tặng 500 bộ áo ấm cho học sinh vùng cao huyện Tủa Chùa",
        "tin-giao-duc",
        "2026-11-24T10:25:00+07:00",
        [
            P(
                "Ngày 23/11, Công đoàn ngành Giáo dục tỉnh phối hợp với nhóm thiện nguyện “Ấm áp vùng "
                "cao” (Hà Nội) trao tặng 500 bộ áo ấm, 300 đôi ủng và nhiều sách vở cho học sinh "
                "Trường PTDTBT Tiểu học Sín Chải và Trường PTDTBT THCS Sính Phình.",
                "lead",
            ),
            P(
                "Tổng trị giá quà tặng khoảng 250 triệu đồng. Đây là năm thứ ba nhóm thiện nguyện "
                "đồng hành cùng học sinh vùng cao Tủa Chùa trong mùa đông."
            ),
            Img(
                img("11", "ao-am-tua-chua.jpg"),
                "Các em học sinh Trường PTDTBT Tiểu học Sín Chải nhận áo ấm",
                "Các em học sinh Trường PTDTBT Tiểu học Sín Chải nhận áo ấm",
                "fig",
            ),
            P(
                "Thay mặt nhà trường, thầy Thào A Chư, Hiệu trưởng Trường PTDTBT Tiểu học Sín Chải "
                "cảm ơn tấm lòng của các nhà hảo tâm, mong muốn tiếp tục nhận được sự quan tâm để "
                "học sinh yên tâm đến lớp khi nhiệt độ xuống thấp."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Điện Biên Phủ</em></p>'),
        ],
        source="Báo Điện Biên Phủ",
        summary=(
            "Ngày 23/11, Công đoàn ngành Giáo dục tỉnh phối hợp với nhóm thiện nguyện “Ấm áp vùng "
            "cao” (Hà Nội) trao tặng 500 bộ áo ấm, 300 đôi ủng và nhiều sách vở cho học sinh "
            "Trường PTDTBT Tiểu học Sín Chải và Trường PTDTBT THCS Sính Phình."
        ),
        opts={"date": "24/11/2026 10:25"},
    ),
    Story(
        1459,
        "nganh-giao-duc-dien-bien-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Ngành Giáo dục Điện Biên kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-giao-duc",
        "2026-11-19T18:30:00+07:00",
        [
            P(
                "Chiều 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 "
                "- 20/11/2026) và biểu dương nhà giáo tiêu biểu năm học 2025-2026."
            ),
            P(
                "Toàn tỉnh hiện có 483 trường học với hơn 13.600 cán bộ quản lý, giáo viên, nhân "
                "viên. Năm học 2025-2026, tỉnh có 38 học sinh đạt giải học sinh giỏi quốc gia, tỷ lệ "
                "tốt nghiệp THPT đạt 98,7%."
            ),
            P("Một số kết quả nổi bật năm học 2025-2026", "b"),
            P("Chỉ tiêu | Năm học 2024-2025 | Năm học 2025-2026", "th"),
            P("Trường đạt chuẩn quốc gia | 298 | 317", "tr"),
            P("Giải học sinh giỏi quốc gia | 31 | 38", "tr"),
            P("Tỷ lệ tốt nghiệp THPT | 98,1% | 98,7%", "tr"),
            Img(
                img("11", "ky-niem-20-11.jpg"),
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "table",
            ),
            P(
                "Dịp này, 45 tập thể, 120 cá nhân được UBND tỉnh tặng Bằng khen; 9 nhà giáo được "
                "đề nghị xét tặng danh hiệu Nhà giáo ưu tú."
            ),
            P("Phát biểu tại buổi lễ, đại diện lãnh đạo tỉnh nhấn mạnh:"),
            P(
                "“Mỗi thầy cô giáo nơi vùng cao Điện Biên là một ngọn lửa, giữ cho con chữ không "
                "rời bản làng.”",
                "quote",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Quàng Văn Thắng'
                " - Ảnh: Vũ Minh Đức</strong></p>"
            ),
        ],
        authors=["Quàng Văn Thắng"],
        photographers=["Vũ Minh Đức"],
        opts={"date": "19/11/2026 18:30"},
    ),
    Story(
        1456,
        "thong-bao-tuyen-sinh-lop-boi-duong-tieng-dan-toc-thai-cho-can-bo-giao-vien-nam-2026",
        "Thông báo tuyển sinh lớp bồi dưỡng tiếng dân tộc Thái cho cán bộ, giáo viên năm 2026",
        "thong-bao",
        "2026-11-17T15:20:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch số 2874/KH-SGDĐT ngày 10/11/2026, Sở GD&ĐT thông báo tuyển sinh "
                "lớp bồi dưỡng tiếng dân tộc Thái cho cán bộ, giáo viên công tác tại vùng dân tộc "
                "thiểu số như sau:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Cán bộ quản lý, giáo viên các trường mầm non, tiểu học, THCS chưa biết tiếng "
                "Thái, đang công tác tại các xã có đông đồng bào dân tộc Thái."
            ),
            P("2. Thời gian, địa điểm", "b"),
            P("Thời gian học: 03 tháng, từ ngày 05/01/2027 đến 05/4/2027."),
            P("Địa điểm: Trường Cao đẳng Sư phạm Điện Biên.", "br"),
            P("3. Hồ sơ đăng ký", "b"),
            P("Đơn đăng ký theo mẫu (tải về kèm theo thông báo);", "li"),
            P("Công văn cử đi học của đơn vị.", "li"),
            P(
                "Các đơn vị gửi danh sách và hồ sơ về Sở (qua Phòng Giáo dục Dân tộc) trước ngày "
                "15/12/2026."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "date": "17/11/2026 15:20",
            "pinned": 1,
            "author_meta": "Văn phòng Sở",
            "attach": "TB-tuyen-sinh-tieng-Thai-2026.pdf",
        },
    ),
]

STORIES += [
    Story(
        1450,
        "truong-ptdtnt-tinh-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTNT tỉnh tổ chức Ngày hội văn hóa các dân tộc",
        "giao-duc-dan-toc",
        "2026-11-16T10:45:00+07:00",
        [
            P(
                "Hưởng ứng Ngày Văn hóa các dân tộc Việt Nam 19/4 và Tuần lễ “Đại đoàn kết các dân "
                "tộc - Di sản văn hóa Việt Nam”, Trường PTDTNT tỉnh Điện Biên tổ chức Ngày hội văn "
                "hóa các dân tộc năm 2026 với sự tham gia của hơn 600 học sinh."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động: trình diễn trang phục truyền thống của 12 dân tộc, "
                "thi gói bánh chưng, làm xôi ngũ sắc, thi các trò chơi dân gian như ném còn, đẩy "
                "gậy, kéo co, tu lu."
            ),
            Img(
                img("11", "ngay-hoi-van-hoa-1.jpg"),
                "Học sinh dân tộc Thái trình diễn trang phục truyền thống",
                "Học sinh dân tộc Thái trình diễn trang phục truyền thống",
                "em",
            ),
            P(
                "Em Lầu Thị Mỷ, học sinh lớp 11A2 cho biết, qua ngày hội em hiểu thêm về phong tục, "
                "tập quán của các bạn dân tộc khác, thêm tự hào về bản sắc của dân tộc mình."
            ),
            Img(
                img("11", "ngay-hoi-van-hoa-2.jpg"),
                "Phần thi ném còn của các lớp khối 10",
                "Phần thi ném còn của các lớp khối 10",
                "em",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải Nhất, 5 giải Nhì, 8 giải Ba cho các tập "
                "thể lớp có thành tích xuất sắc."
            ),
            Raw('<p style="text-align: right;"><strong>Đoàn trường PTDTNT tỉnh</strong></p>'),
        ],
        authors=["Đoàn trường PTDTNT tỉnh"],
        opts={"date": "16/11/2026 10:45"},
    ),
    Story(
        1463,
        "hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-bac-thcs-nam-hoc-2026-2027",
        "Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-11-12T14:05:00+07:00",
        [
            P(
                "Mỗi giáo viên dự thi hai phần: trình bày biện pháp giáo dục học "
                "sinh và xử lý tình huống sư phạm; tổ chức tiết sinh hoạt lớp tại một lớp bốc thăm."
            ),
            P("Lịch thi", "h3"),
            P("Ngày | Buổi | Nội dung", "th"),
            P("09/11/2026 | Sáng | Khai mạc, bốc thăm thứ tự thi", "tr"),
            P("10-11/11/2026 | Cả ngày | Trình bày biện pháp, xử lý tình huống", "tr"),
            P("12/11/2026 | Sáng | Thi tiết sinh hoạt lớp; bế mạc", "tr"),
            P(
                "Kết quả, Ban tổ chức công nhận 52 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp "
                "giỏi cấp tỉnh, trong đó 10 giáo viên được tặng giấy khen vì có biện pháp sáng tạo, "
                "hiệu quả."
            ),
            Img(
                img("11", "gvcn-gioi-thcs.jpg"),
                "Một tiết sinh hoạt lớp tại Hội thi",
                "Một tiết sinh hoạt lớp tại Hội thi",
                "plain",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà; '
                "Ảnh: Phòng Giáo dục Trung học</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Phòng Giáo dục Trung học"],
        summary=(
            "Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh bậc THCS năm học 2026-2027 diễn ra "
            "từ ngày 09 đến 12/11/2026 tại Trường THCS Thanh Bình với 68 giáo viên dự thi."
        ),
        sapo_outside=True,
        opts={"date": "12/11/2026 14:05"},
    ),
]

STORIES += [
    Story(
        1444,
        "thong-bao-tuyen-sinh-dao-tao-trinh-do-thac-si-dot-2-nam-2026-tai-dien-bien",
        "Thông báo tuyển sinh đào tạo trình độ thạc sĩ đợt 2 năm 2026 tại Điện Biên",
        "thong-bao",
        "2026-11-04T08:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Điện Biên phối hợp với Trường Đại học Sư phạm Hà Nội thông báo tuyển sinh "
                "đào tạo trình độ thạc sĩ đợt 2 năm 2026, học tại Điện Biên."
            ),
            P("Chuyên ngành tuyển sinh:", "b"),
            P("Quản lý giáo dục;", "li"),
            P("Lí luận và phương pháp dạy học bộ môn Toán;", "li"),
            P("Lí luận và phương pháp dạy học bộ môn Ngữ văn;", "li"),
            P("Giáo dục học (Giáo dục Tiểu học).", "li"),
            P(
                "Hình thức tuyển sinh: xét tuyển. Thời gian nhận hồ sơ đến hết ngày 20/12/2026 tại "
                "Phòng Tổ chức cán bộ, Sở GD&ĐT (số 880 đường Võ Nguyên Giáp, phường Điện Biên "
                "Phủ). Điện thoại liên hệ: 0215.3826.114."
            ),
        ],
        opts={"date": "04/11/2026 08:00", "pinned": 2, "attach": "TB-tuyen-sinh-thac-si-dot2.pdf"},
    ),
    Story(
        1447,
        "tong-ket-hoi-khoe-phu-dong-tinh-dien-bien-lan-thu-xii",
        "Tổng kết Hội khỏe Phù Đổng tỉnh Điện Biên lần thứ XII",
        "tin-giao-duc",
        "2026-11-02T15:45:00+07:00",
        [
            P(
                "Sau 6 ngày tranh tài sôi nổi, chiều 02/11, Hội khỏe Phù Đổng tỉnh Điện Biên lần "
                "thứ XII năm 2026 đã bế mạc. Hội khỏe thu hút 1.350 vận động viên là học sinh của "
                "10 huyện, thị xã, thành phố và Trường PTDTNT tỉnh."
            ),
            P(
                "Các vận động viên tranh tài ở 9 môn: Điền kinh, Bơi, Bóng đá, Bóng chuyền, Cầu "
                "lông, Cờ vua, Võ thuật cổ truyền, Đẩy gậy, Kéo co. Ban tổ chức đã trao 273 huy "
                "chương vàng, 270 huy chương bạc và 381 huy chương đồng."
            ),
            P("Kết quả toàn đoàn:", "b"),
            P("Giải Nhất: đoàn thành phố Điện Biên Phủ;", "li"),
            P("Giải Nhì: đoàn huyện Điện Biên;", "li"),
            P("Giải Ba: đoàn thị xã Mường Lay và đoàn huyện Tuần Giáo.", "li"),
            Img(
                img("11", "be-mac-hkpd.jpg"),
                "Ban tổ chức trao cờ giải Nhất toàn đoàn",
                "Ban tổ chức trao cờ giải Nhất toàn đoàn",
                "table",
            ),
            P(
                "Qua Hội khỏe, Ban tổ chức lựa chọn 86 vận động viên xuất sắc tham dự Hội khỏe Phù "
                "Đổng toàn quốc năm 2027."
            ),
        ],
        authors=["Điêu Chính Hải"],
        photographers=["Điêu Chính Hải"],
        opts={"date": "02/11/2026 15:45", "author_meta": "Điêu Chính Hải (Tin, ảnh)"},
    ),
    Story(
        1437,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-lan-toa-tu-cum-truong-dien-bien-dong",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học: lan tỏa từ cụm trường Điện Biên Đông",
        "hoat-dong-chuyen-mon",
        "2026-10-20T08:15:00+07:00",
        [
            P(
                "Ba năm nay, cụm 5 trường THCS ở huyện Điện Biên Đông duy trì sinh hoạt chuyên môn "
                "liên trường theo nghiên cứu bài học mỗi tháng một lần, luân phiên tại từng trường."
            ),
            P(
                "Khác với dự giờ truyền thống, người dự không đánh giá, xếp loại giáo viên mà tập "
                "trung quan sát học sinh: em nào chưa hiểu bài, vì sao, cần điều chỉnh hoạt động "
                "nào để mọi học sinh cùng tham gia."
            ),
            Img(
                img("10", "nghien-cuu-bai-hoc.jpg"),
                "Giáo viên cụm trường dự một tiết nghiên cứu bài học môn Toán",
                "Giáo viên cụm trường dự một tiết nghiên cứu bài học môn Toán",
                "fig",
            ),
            P(
                "Theo thầy Vừ A Sênh, Hiệu trưởng Trường PTDTBT THCS Phình Giàng, nhờ sinh hoạt cụm "
                "mà giáo viên ở những trường nhỏ, mỗi môn chỉ một người dạy, có đồng nghiệp để trao "
                "đổi, học hỏi."
            ),
            P(
                "Năm học 2026-2027, Sở GD&ĐT giao Phòng Giáo dục Trung học tổng kết mô hình để "
                "nhân rộng ra các huyện vùng cao khác trong tỉnh."
            ),
            Raw('<p style="text-align: right;"><em>Trần Thị Minh Nguyệt</em></p>'),
        ],
        authors=["Trần Thị Minh Nguyệt"],
        opts={"date": "20/10/2026 08:15"},
    ),
    Story(
        1430,
        "thong-bao-tuyen-sinh-khoa-boi-duong-chuc-danh-nghe-nghiep-giao-vien-nam-2026",
        "Thông báo tuyển sinh khóa bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp giáo viên năm 2026",
        "thong-bao",
        "2026-10-12T10:00:00+07:00",
        [
            P(
                "Sở GD&ĐT thông báo tuyển sinh khóa bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp "
                "giáo viên mầm non, tiểu học, THCS, THPT hạng II, hạng III năm 2026."
            ),
            P(
                "Thời gian học dự kiến từ tháng 01/2027, mỗi lớp 40-60 học viên, học vào thứ Bảy và "
                "Chủ nhật tại Trường Cao đẳng Sư phạm Điện Biên."
            ),
            P(
                "Hồ sơ gồm: đơn đăng ký, bản sao quyết định bổ nhiệm chức danh nghề nghiệp, bản sao "
                "văn bằng; nộp tại Phòng Tổ chức cán bộ trước ngày 30/11/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng Tổ chức cán bộ</strong></p>'),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={"date": "12/10/2026 10:00", "pinned": 3, "attach": "TB-boi-duong-CDNN-2026.pdf"},
    ),
    Story(
        1402,
        "hon-170-000-hoc-sinh-tinh-dien-bien-khai-giang-nam-hoc-moi-2026-2027",
        "Hơn 170.000 học sinh tỉnh Điện Biên khai giảng năm học mới 2026-2027",
        "tin-giao-duc",
        "2026-09-05T11:20:00+07:00",
        [
            P(
                "Sáng 05/9, hơn 170.000 học sinh các cấp học trên địa bàn tỉnh Điện Biên đã hân "
                "hoan dự lễ khai giảng năm học 2026-2027. Lễ khai giảng được tổ chức ngắn gọn, trang "
                "trọng, tạo không khí phấn khởi cho thầy và trò."
            ),
            P(
                "Tại Trường THPT chuyên Lê Quý Đôn, đồng chí Chủ tịch UBND tỉnh dự, đánh trống "
                "khai giảng và tặng 20 suất học bổng cho học sinh có hoàn cảnh khó khăn, học tập "
                "tốt."
            ),
            Img(
                img("09", "khai-giang-2026.jpg"),
                "Lãnh đạo tỉnh đánh trống khai giảng năm học mới",
                "Lãnh đạo tỉnh đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Năm học 2026-2027, toàn tỉnh có 483 trường học; ngành Giáo dục tập trung triển "
                "khai Chương trình GDPT 2018, nâng cao chất lượng dạy học tiếng Việt cho học sinh "
                "dân tộc thiểu số, xây dựng trường chuẩn quốc gia."
            ),
            P(
                "Ngay sau lễ khai giảng, các trường tổ chức dạy học theo thời khóa biểu, ổn định nề "
                "nếp lớp học."
            ),
            Img(img("09", "khai-giang-2026-2.jpg"), None, None, "none"),
        ],
        authors=["Lò Thị Hương"],
        source="Cổng TTĐT tỉnh Điện Biên",
        opts={
            "date": "05/09/2026 11:20",
            "author_meta": "Lò Thị Hương",
            "source_meta": "Cổng TTĐT tỉnh Điện Biên",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def href(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}.aspx"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


PINNED = sorted((s for s in STORIES if s.opts.get("pinned")), key=lambda s: s.opts["pinned"])
SLIDER = newest(STORIES)[:5]


def list_items(key: str) -> list[Story]:
    if key == PARENT_KEY:
        return newest([s for s in STORIES if s.cat in NEWS_CATS])
    return newest([s for s in STORIES if s.cat == key])


GOLD = [gold_record(s, href(s), CATEGORIES[s.cat]) for s in newest(STORIES)]

NON_ARTICLES = [
    "/chuyen-muc/tin-giao-duc.aspx?page=2",
    "/chuyen-muc/thong-bao.aspx",
    "/gioi-thieu.aspx",
    "/lien-he.aspx",
    "/so-do-site.aspx",
]


# --- printing -------------------------------------------------------------------------------


def _p(text_: str, align: str = "justify") -> str:
    return f'<p style="text-align: {align};">{esc(text_)}</p>'


def _img_tag(src: str, alt: str) -> str:
    return f'<img alt="{esc(alt)}" src="{src}" style="width: 600px; height: 400px;" />'


def render_content(story: Story) -> str:
    out: list[str] = []
    group: str | None = None
    rows: list[str] = []

    def close() -> None:
        nonlocal group
        if group in ("li", "ol"):
            tag = "ul" if group == "li" else "ol"
            out.append(f"<{tag}>" + "".join(rows) + f"</{tag}>")
        elif group == "table":
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width: 100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
        group = None
        rows.clear()

    for block in story.blocks:
        kind = block.style if isinstance(block, P) else None
        want = {"li": "li", "ol": "ol", "th": "table", "tr": "table"}.get(kind or "")
        if group and want != group:
            close()
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            alt = block.printed or ""
            if block.style == "table":
                out.append(
                    '<table align="center" class="image"><tbody><tr><td>'
                    + _img_tag(block.src, alt)
                    + f'</td></tr><tr><td class="image_desc">{esc(block.printed or "")}</td></tr>'
                    "</tbody></table>"
                )
            elif block.style == "fig":
                out.append(
                    f'<figure class="image">{_img_tag(block.src, alt)}'
                    f"<figcaption>{esc(block.printed or '')}</figcaption></figure>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(block.src, "")}</p>')
                if block.style == "em":
                    out.append(f'<p style="text-align: center;"><em>{esc(block.printed)}</em></p>')
                elif block.style == "plain":
                    out.append(_p(block.printed or "", "center"))
        elif want in ("li", "ol"):
            group = want
            rows.append(f"<li>{esc(block.text)}</li>")
        elif want == "table":
            group = "table"
            cell = "th" if kind == "th" else "td"
            rows.append(
                "<tr>"
                + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in block.text.split(" | "))
                + "</tr>"
            )
        elif kind == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{esc(block.text)}</strong></p>')
        elif kind == "h3":
            out.append(f"<h3>{esc(block.text)}</h3>")
        elif kind == "b":
            out.append(f"<p><b>{esc(block.text)}</b></p>")
        elif kind == "quote":
            out.append(f"<blockquote><p><em>{esc(block.text)}</em></p></blockquote>")
        elif kind == "br":
            last = out.pop()
            out.append(last[: -len("</p>")] + f"<br />\n{esc(block.text)}</p>")
        else:
            out.append(_p(block.text))
    close()
    return "\n".join(out)


def short_date(story: Story) -> str:
    return story.opts["date"].split(" ")[0]


def thumb_src(story: Story) -> str:
    """A list thumbnail: the article's first photo, or the theme's placeholder."""
    return story.images[0].src if story.images else "/App_Themes/SGD/images/no-image.jpg"


def entry(story: Story, pinned: bool = False) -> str:
    mark = '<span class="pin">[Ghim]</span> ' if pinned else ""
    thumb = ""
    if not pinned:
        thumb = f'<a class="thumb" href="{href(story)}"><img src="{thumb_src(story)}" alt="" /></a>'
    return (
        f'<li>{thumb}{mark}<a class="title" href="{href(story)}">{esc(story.title)}</a> '
        f'<span class="date">({short_date(story)})</span></li>'
    )


def slider() -> str:
    items = "\n".join(
        f'<div class="item"><a href="{href(s)}"><img src="{thumb_src(s)}" alt="" />'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in SLIDER
    )
    return f'<div class="slider-hot"><h2 class="box-title">Tin nổi bật</h2>\n{items}\n</div>'


def sidebar() -> str:
    most_read = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:5]
    reads = "".join(f'<li><a href="{href(s)}">{esc(s.title)}</a></li>' for s in most_read)
    return f"""<div class="sidebar">
<div class="box"><h3 class="box-title">Tin đọc nhiều</h3><ul class="most-read">{reads}</ul></div>
<div class="box"><h3 class="box-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://dienbien.gov.vn">Cổng TTĐT tỉnh Điện Biên</option>
<option value="https://baodienbienphu.vn">Báo Điện Biên Phủ</option></select></div>
<div class="box"><h3 class="box-title">Văn bản điều hành</h3>
<a href="https://vanban.dienbien.edu.vn/"><img src="/App_Themes/SGD/images/banner-vanban.png" alt="Văn bản" /></a></div>
<div class="box poll"><h3 class="box-title">Thăm dò ý kiến</h3>
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<input type="radio" name="ctl00$Poll1$rdo" value="1" id="poll1" /><label for="poll1">Đẹp, dễ sử dụng</label><br />
<input type="radio" name="ctl00$Poll1$rdo" value="2" id="poll2" /><label for="poll2">Bình thường</label><br />
<input type="radio" name="ctl00$Poll1$rdo" value="3" id="poll3" /><label for="poll3">Khó tìm thông tin</label><br />
<input type="submit" name="ctl00$Poll1$btnVote" value="Biểu quyết" />
<input type="button" value="Xem kết quả" onclick="javascript:__doPostBack('ctl00$Poll1$lnkResult','')" /></div>
<div class="box counter"><h3 class="box-title">Thống kê truy cập</h3>
<ul><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li><li>Tổng truy cập: <b>4.512.903</b></li></ul></div>
</div>"""


def layout(request: Request, title: str, main: str) -> str:
    menu_news = "".join(
        f'<li><a href="/chuyen-muc/{k}.aspx">{esc(CATEGORIES[k])}</a></li>' for k in NEWS_CATS
    )
    state = opaque(request.target, 220, b"\xff\x01")
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/App_Themes/SGD/css/style.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.3.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="{esc(request.target)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
</div>
<div id="wrapper">
<div class="header">
<div class="top-bar"><span class="today">{TODAY}</span>
<span class="search"><input name="ctl00$txtSearch" type="text" placeholder="Tìm kiếm..." />
<input type="submit" name="ctl00$btnSearch" value="Tìm" /></span></div>
<a href="/"><img class="banner" src="/App_Themes/SGD/images/banner.jpg" alt="{esc(SITE_TITLE)}" /></a>
</div>
<ul class="menu">
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="/chuyen-muc/{PARENT_KEY}.aspx">{esc(PARENT_NAME)}</a><ul class="sub">{menu_news}</ul></li>
<li><a href="/chuyen-muc/thong-bao.aspx">Thông báo</a></li>
<li><a href="https://vanban.dienbien.edu.vn/">Văn bản</a></li>
<li><a href="/so-do-site.aspx">Sơ đồ site</a></li>
<li><a href="/lien-he.aspx">Liên hệ</a></li>
</ul>
{slider()}
<div class="main"><div class="content">
{main}
</div>
{sidebar()}
</div>
<div class="footer">
<p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN</b></p>
<p>Địa chỉ: Số 880, đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên</p>
<p>Điện thoại: 0215.3825.405 - Fax: 0215.3825.439 - Email: sgddt@dienbien.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{opaque("ev" + request.target, 64)}" />
</div>
</form>
</body>
</html>"""


def page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def page_href(key: str, n: int, page: int) -> str:
    """The pager's link to page ``n`` as printed on page ``page`` (trap 5 for SORT_LIST)."""
    if key == SORT_LIST:
        return (
            f"/chuyen-muc/{key}.aspx?page={n}&amp;sort=new"
            if page % 2
            else f"/chuyen-muc/{key}.aspx?sort=new&amp;page={n}"
        )
    return f"/chuyen-muc/{key}.aspx?page={n}"


def pager(key: str, page: int) -> str:
    """The vendor pager: it knows no total, so five numbers and a linked "Sau »" always."""
    start = max(1, page - 2)
    parts = []
    if page > 1:
        parts.append(f'<a href="{page_href(key, 1, page)}">« Đầu</a>')
        parts.append(f'<a href="{page_href(key, page - 1, page)}">« Trước</a>')
    for n in range(start, start + 5):
        if n == page:
            parts.append(f'<span class="current">{n}</span>')
        else:
            parts.append(f'<a href="{page_href(key, n, page)}">{n}</a>')
    parts.append("<span>…</span>")
    parts.append(f'<a class="next" href="{page_href(key, page + 1, page)}">Sau »</a>')
    return '<div class="pager">' + " ".join(parts) + "</div>"


def category_list(request: Request, key: str) -> Response:
    name = PARENT_NAME if key == PARENT_KEY else CATEGORIES[key]
    items = list_items(key)
    pages = max(1, -(-len(items) // PER_PAGE))
    page = page_number(request)
    shown = min(page, pages)  # past the end: the last page again (trap 1)
    chunk = items[(shown - 1) * PER_PAGE : shown * PER_PAGE]
    crumbs = '<a href="/">Trang chủ</a>'
    if key in NEWS_CATS:
        crumbs += f' » <a href="/chuyen-muc/{PARENT_KEY}.aspx">{esc(PARENT_NAME)}</a>'
    crumbs += f" » <span>{esc(name)}</span>"
    main = f"""<div class="breadcrumb">{crumbs}</div>
<h2 class="cat-title">{esc(name)}</h2>
<ul class="list-pinned">
{chr(10).join(entry(s, pinned=True) for s in PINNED)}
</ul>
<ul class="list-news">
{chr(10).join(entry(s) for s in chunk)}
</ul>
{pager(key, page)}"""
    return html(layout(request, f"{name} - {SITE_TITLE}", main))


def home(request: Request) -> Response:
    boxes = []
    for key in NEWS_CATS:
        items = "".join(entry(s) for s in list_items(key)[:3])
        boxes.append(
            f'<div class="cat-box"><h2 class="box-title"><a href="/chuyen-muc/{key}.aspx">'
            f'{esc(CATEGORIES[key])}</a></h2><ul class="list-news">{items}</ul>'
            f'<a class="more" href="/chuyen-muc/{key}.aspx">Xem tiếp »</a></div>'
        )
    pinned = "".join(entry(s, pinned=True) for s in PINNED)
    main = (
        f'<div class="cat-box notice"><h2 class="box-title"><a href="/chuyen-muc/thong-bao.aspx">'
        f'Thông báo</a></h2><ul class="list-pinned">{pinned}</ul></div>\n' + "\n".join(boxes)
    )
    return html(layout(request, SITE_TITLE, main))


def article(request: Request, story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    crumbs = '<a href="/">Trang chủ</a>'
    if story.cat in NEWS_CATS:
        crumbs += f' » <a href="/chuyen-muc/{PARENT_KEY}.aspx">{esc(PARENT_NAME)}</a>'
    crumbs += f' » <a href="/chuyen-muc/{story.cat}.aspx">{esc(cat)}</a>'
    sapo = (
        f'<div class="news-sapo"><b>{esc(story.summary or "")}</b></div>'
        if story.sapo_outside
        else ""
    )
    extra = ""
    if story.opts.get("attach"):
        name = story.opts["attach"]
        extra += (
            f'<div class="news-attach">Tệp đính kèm: <a href="/Uploads/files/{name}">'
            f"{esc(name)}</a></div>"
        )
    if story.opts.get("author_meta"):
        extra += f'<div class="news-author">Tác giả: {esc(story.opts["author_meta"])}</div>'
    if story.opts.get("source_meta"):
        extra += f'<div class="news-source">Nguồn: {esc(story.opts["source_meta"])}</div>'
    others = [s for s in list_items(story.cat) if s is not story][:4]
    other_html = "".join(
        f'<li><a href="{href(s)}">{esc(s.title)}</a> <span class="date">({short_date(s)})</span></li>'
        for s in others
    )
    main = f"""<div class="breadcrumb">{crumbs}</div>
<div class="news-detail">
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-meta">Ngày đăng: {story.opts["date"]} | Lượt xem: {story.views()}</div>
<div class="news-tools"><a href="javascript:window.print();">In bài</a> |
<a href="javascript:void(0);" onclick="sendMail()">Gửi email</a> |
<a href="javascript:void(0);" onclick="shareFacebook()">Chia sẻ</a></div>
{sapo}
<div class="news-content">
{render_content(story)}
</div>
{extra}
</div>
<div class="other-news"><h3>Các tin khác</h3><ul>{other_html}</ul></div>"""
    return html(layout(request, f"{story.title} - {SITE_TITLE}", main))


STATIC = {
    "/gioi-thieu.aspx": (
        "Giới thiệu",
        '<h1 class="page-title">Giới thiệu Sở Giáo dục và Đào tạo</h1>'
        + _p(
            "Sở Giáo dục và Đào tạo tỉnh Điện Biên là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu, "
            "giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh."
        )
        + "<p><b>Chức năng, nhiệm vụ</b></p>"
        + _p(
            "Trình UBND tỉnh dự thảo quyết định, chỉ thị; kế hoạch phát triển giáo dục dài hạn, "
            "5 năm và hằng năm; tổ chức thực hiện sau khi được phê duyệt."
        )
        + "<p><b>Cơ cấu tổ chức</b></p><ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li>"
        "<li>Phòng Giáo dục Mầm non</li><li>Phòng Giáo dục Trung học</li>"
        "<li>Phòng Giáo dục Dân tộc</li><li>Phòng Khảo thí và Kiểm định chất lượng</li></ul>",
    ),
    "/lien-he.aspx": (
        "Liên hệ",
        '<h1 class="page-title">Liên hệ</h1>'
        "<p>Sở Giáo dục và Đào tạo tỉnh Điện Biên</p>"
        "<p>Địa chỉ: Số 880, đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên</p>"
        "<p>Điện thoại: 0215.3825.405</p>"
        '<table class="contact-form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$txtName" type="text" /></td></tr>'
        '<tr><td>Email (*)</td><td><input name="ctl00$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung (*)</td><td><textarea name="ctl00$txtContent" rows="6"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$btnSend" value="Gửi liên hệ" /></td></tr></table>',
    ),
    "/so-do-site.aspx": (
        "Sơ đồ site",
        '<h1 class="page-title">Sơ đồ site</h1><ul class="sitemap-tree">'
        '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>'
        f'<li><a href="/chuyen-muc/{PARENT_KEY}.aspx">{esc(PARENT_NAME)}</a><ul>'
        + "".join(
            f'<li><a href="/chuyen-muc/{k}.aspx">{esc(CATEGORIES[k])}</a></li>' for k in NEWS_CATS
        )
        + '</ul></li><li><a href="/chuyen-muc/thong-bao.aspx">Thông báo</a></li>'
        '<li><a href="/lien-he.aspx">Liên hệ</a></li></ul>',
    ),
}

_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.aspx")
_LIST = re.compile(r"/chuyen-muc/([a-z0-9-]+)\.aspx")


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Uploads/", "/App_Themes/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/default.aspx", "/Default.aspx"):
            return home(request)
        if path in STATIC:
            title, body = STATIC[path]
            return html(layout(request, f"{title} - {SITE_TITLE}", body))
        if m := _ARTICLE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story and story.slug == m.group(1) and not request.query:
                return article(request, story)
            return None
        if m := _LIST.fullmatch(path):
            key = m.group(1)
            if key in CATEGORIES or key == PARENT_KEY:
                return category_list(request, key)
        return None


def build_site() -> VendorPortal:
    return VendorPortal()
