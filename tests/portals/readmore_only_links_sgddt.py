"""Sở GD&ĐT Bắc Kạn on a vendor PHP portal (CodeIgniter-like routing, a local web company's
"CMS Giáo dục" package): listings whose titles are NOT links.

Platform
--------
A CodeIgniter 3 application with segment URLs (``/<controller>/<method>/<args>``), no query
strings. The theme is a 2010s two-column layout: a banner with the Sở's logo, a blue menu bar, a
red strip with today's date ("Thứ Sáu, ngày 04 tháng 12 năm 2026") and a marquee, the main column
and a right sidebar ("Tin mới", "Văn bản mới", "Liên kết website", "Thăm dò ý kiến", "Thống kê
truy cập" with Đang online / Hôm nay / Tổng truy cập), a footer with the address and phone.
The vendor gave each news category its own list view ("khoi-tin" boxes of "tin-item" rows with
a "mota" teaser and a "xemtiep" button on the first; the others were added later by other
programmers and share none of the class names).

URL scheme
----------
- ``/``: home, one box per category with its 3 newest posts in the category's own list
  template, plus the sidebar.
- ``/tin-tuc/chi-tiet/<id>/<slug>``: an article (the slug must match the id's slug).
- ``/tin-tuc/danh-muc/<cat>`` and ``/tin-tuc/danh-muc/<cat>/<n>``: category list, page n, 5 per
  page, newest first; the pager prints "Trang: 1 2 Tiếp »"; a page past the end is 404.
- ``/gioi-thieu/co-cau-to-chuc``, ``/gioi-thieu/chuc-nang-nhiem-vu``: static pages.
- ``/van-ban``: the document list; ``/van-ban/chi-tiet/<id>``: a document entry (fields table and
  an attached PDF under ``/uploads/vanban/``).
- ``/lien-he``: contact page with a form (POST ``/lien-he/gui``).
- Uploads: ``/uploads/news/<yyyy_mm>/<file>.jpg`` (article photos),
  ``/uploads/news/thumb/<id>.jpg`` (list thumbnails, never on an article page), theme files under
  ``/assets/``. No robots.txt, no sitemap, no RSS.

List templates (the point of this portal)
-----------------------------------------
- (a) "Tin hoạt động": ``div.khoi-tin > div.tin-item``: an unlinked thumbnail, the title as a
  plain ``<h3 class="tieu-de">``, the date, ``<p class="mota">`` teaser, and only
  ``<a class="xemtiep">Xem tiếp »</a>`` links the post.
- (b) "Chỉ đạo - Điều hành": ``ul.ds-tin-anh > li``: the title is plain text in
  ``<div class="tieude">``; the only link is the thumbnail ``<a><img alt="<title>"></a>``.
- (c) "Chuyên môn - Nghiệp vụ": ``div.cm-list > div.cm-row``: the title is a ``<span>``; the link is
  "Chi tiết" (or, on alternate rows, "[...]") after the teaser paragraph.
- (d) "Thông báo": an ordinary ``<ul>`` of title links with the date.
Teasers are the first 30 words of the post's text followed by "...".

Every page prints the sidebar "Tin mới" box: title links to the 5 newest posts only. Article pages
print "Các tin khác": title links to the 6 newest posts other than itself. So the 7 newest posts
(and the "Thông báo" posts) have links whose text is their title; the 5 older posts of the other
categories are reachable ONLY through the title-less links (Xem tiếp, thumbnail, Chi tiết/[...])
on the home boxes and the category lists, and the oldest "Tin hoạt động" post only on
``/tin-tuc/danh-muc/tin-hoat-dong/2``.

Article template
----------------
Breadcrumb "Trang chủ » Tin tức » <Category>", ``<h1 class="title-detail">``, "Cập nhật ngày:
17/11/2026 - 10:05 | Lượt xem: N", a tool row (print by ``javascript:``, email by ``mailto:``,
Facebook share), a bold sapo in ``div.sapo`` (seven posts; one editor typed it as the first bold
paragraph of the text instead; five posts have none), the text (``div.noidung``: CKEditor 4
output: justified ``<p>``, ``<p><strong>`` sub-headings, lists, tables, photos with a centred
italic line under them or in CKEditor's two-row image table, one photo with nothing), the byline
at the end of the text (right-aligned: "Phòng GDTrH", "Tin, ảnh: …", "Tin: … - Ảnh: …", a bare
name, "Nguồn: Báo Bắc Kạn", "BBT"), then "Các tin khác".

Traps
-----
- Titles in lists are not links (three different templates); only "Xem tiếp »", a thumbnail
  image, "Chi tiết"/"[...]" lead to the older posts.
- The header's today date ("Thứ Sáu, ngày 04 tháng 12 năm 2026") is not a publication date.
- List thumbnails are not article images; the logo, banners, the print/email icons neither.
- A document entry (``/van-ban/chi-tiet/88``) has a title, a date and a text-like "Trích yếu":
  not an article. Static pages and list pages neither.
- "BBT" credits nobody; "ThS. Nông Văn Hải - Phó Chánh Văn phòng" is Nông Văn Hải.

Gold decisions
--------------
- title: the ``h1.title-detail``; published_at: the "Cập nhật ngày" line with its time.
- summary: the ``div.sapo`` text (first body paragraph), or the leading bold paragraph typed in
  the text; else null.
- body: the text paragraphs; lists one item each, table rows cells joined by " | ", a ``<br>``
  splits a paragraph; captions and bylines are not body.
- images: photos of the text with the line under them (italic line or the table's second row).
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "readmore_only_links_sgddt"
PLATFORM = "Vendor PHP portal (CodeIgniter-like segment URLs), per-category list templates"
START_PATH = "/"

#: the header clock of this portal: "today", never a publication date
TODAY = "Thứ Sáu, ngày 04 tháng 12 năm 2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Bắc Kạn"
PER_PAGE = 5

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "chuyen-mon-nghiep-vu": "Chuyên môn - Nghiệp vụ",
    "thong-bao": "Thông báo",
}
#: the list template of each category (see the docstring)
TEMPLATE = {
    "tin-hoat-dong": "a",
    "chi-dao-dieu-hanh": "b",
    "chuyen-mon-nghiep-vu": "c",
    "thong-bao": "d",
}


def up(month: str, name: str) -> str:
    return f"/uploads/news/{month}/{name}"


def right(html_text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{html_text}</strong></p>')


# --- the posts ------------------------------------------------------------------------------
#
# opts: "time" (the clock of the date line). P styles: "" justified paragraph, "h" bold
# sub-heading paragraph, "lead" bold first paragraph (a sapo typed in the text), "li" bullet,
# "oli" numbered item, "th"/"td" table rows, "br" lines of one <p> split by <br>, "quote".
# Img styles: "em" centred italic line under the photo, "table" CKEditor image table with the
# caption in the second row, "none" nothing printed.

STORIES: list[Story] = [
    Story(
        1565,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "thong-bao",
        "2026-12-03T16:00:00+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 412/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về tổ "
                "chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, Sở GD&ĐT thông "
                "báo lịch thi cụ thể như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("17/12/2026 | Chiều | Thí sinh làm thủ tục dự thi, nghe phổ biến quy chế | 14h00", "td"),
            P("18/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Tin học | 180 phút", "td"),
            P("18/12/2026 | Chiều | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút", "td"),
            P(
                "Địa điểm thi: Trường THPT Chuyên Bắc Kạn, tổ 8, phường Đức Xuân, thành phố Bắc Kạn. "
                "Các đơn vị có thí sinh dự thi cử cán bộ, giáo viên dẫn đoàn, chịu trách nhiệm quản lý "
                "học sinh trong thời gian dự thi."
            ),
            P(
                "Mọi vướng mắc liên hệ Phòng Quản lý chất lượng - Sở GD&ĐT, điện thoại 0209.3870.386 "
                "để được hướng dẫn."
            ),
        ],
        opts={"time": "16:00"},
    ),
    Story(
        1562,
        "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        "Khai mạc Hội thi Giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
        "tin-hoat-dong",
        "2026-12-02T15:30:00+07:00",
        [
            P(
                "Thực hiện kế hoạch năm học, từ ngày 01 đến 05/12/2026 Hội thi có 92 giáo viên của 14 "
                "trường THPT, PTDTNT và trung tâm GDNN-GDTX trong tỉnh tham gia, dự thi ở 11 môn học."
            ),
            Img(
                up("2026_12", "khai-mac-gvdg-thpt.jpg"),
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
                "em",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Giám đốc Sở GD&ĐT nhấn mạnh: Hội thi là dịp để giáo "
                "viên trao đổi, học tập kinh nghiệm đổi mới phương pháp dạy học, kiểm tra đánh giá "
                "theo Chương trình GDPT 2018; đồng thời là cơ sở để phát hiện, bồi dưỡng những nhà "
                "giáo có năng lực chuyên môn vững vàng làm nòng cốt cho các nhà trường."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giáo dục và dạy hai tiết "
                "thực hành trên lớp, trong đó có một tiết được bốc thăm trước 3 ngày. Ban Giám khảo gồm "
                "các thầy cô giáo có kinh nghiệm của các trường THPT và chuyên viên của Sở."
            ),
            P(
                "Kết quả Hội thi sẽ được công bố và trao giải vào chiều ngày 05/12/2026 tại Trường "
                "THPT Chuyên Bắc Kạn."
            ),
            right("Tin, ảnh: Hoàng Thu Trang"),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Hoàng Thu Trang"],
        summary=(
            "Sáng ngày 01/12/2026, tại Trường THPT Chuyên Bắc Kạn, Sở GD&ĐT Bắc Kạn long trọng tổ "
            "chức khai mạc Hội thi Giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"time": "15:30"},
    ),
    Story(
        1560,
        "huong-dan-kiem-tra-danh-gia-dinh-ky-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Sở GD&ĐT hướng dẫn tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-12-01T10:05:00+07:00",
        [
            P(
                "Ngày 28/11/2026, Sở GD&ĐT ban hành Công văn số 2236/SGDĐT-GDTrH hướng dẫn các đơn vị "
                "tổ chức kiểm tra, đánh giá định kỳ cuối học kỳ I đối với cấp THCS, THPT và giáo dục "
                "thường xuyên."
            ),
            P("Đề kiểm tra bám sát yêu cầu cần đạt của chương trình, có ma trận và bản đặc tả.", "li"),
            P("Tổ chức kiểm tra nghiêm túc, khách quan, đúng thời gian quy định.", "li"),
            P("Thời gian kiểm tra", "h"),
            P("Cấp học | Thời gian | Hoàn thành nhập điểm", "th"),
            P("THCS | Từ 21/12 đến 31/12/2026 | Trước 08/01/2027", "td"),
            P("THPT, GDTX | Từ 18/12 đến 30/12/2026 | Trước 06/01/2027", "td"),
            right("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        summary=(
            "Để đánh giá khách quan kết quả học tập của học sinh sau học kỳ I, Sở GD&ĐT yêu cầu các "
            "đơn vị chủ động xây dựng kế hoạch, ra đề và tổ chức kiểm tra theo đúng hướng dẫn."
        ),
        sapo_outside=True,
        opts={"time": "10:05"},
    ),
    Story(
        1555,
        "truong-ptdtnt-tinh-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTNT tỉnh tổ chức Ngày hội văn hóa các dân tộc",
        "tin-hoat-dong",
        "2026-11-27T09:12:00+07:00",
        [
            P(
                "Ngày hội gồm các hoạt động: trình diễn trang phục truyền thống, thi ẩm thực, hát then, "
                "đàn tính, thi các trò chơi dân gian như ném còn, đẩy gậy, kéo co và tái hiện một số "
                "phong tục của đồng bào Tày, Nùng, Dao, Mông."
            ),
            Img(
                up("2026_11", "ngay-hoi-van-hoa-1.jpg"),
                "Học sinh trình diễn trang phục truyền thống các dân tộc",
                "Học sinh trình diễn trang phục truyền thống các dân tộc",
                "table",
            ),
            P(
                "Em Hoàng Thị Ngọc Ánh, học sinh lớp 11A1 chia sẻ: “Qua ngày hội, chúng em hiểu thêm "
                "về bản sắc văn hóa của các dân tộc anh em và càng tự hào về quê hương Bắc Kạn”."
            ),
            Img(
                up("2026_11", "ngay-hoi-van-hoa-2.jpg"),
                "Phần thi ẩm thực của các lớp",
                "Phần thi ẩm thực của các lớp",
                "em",
            ),
            P(
                "Kết thúc ngày hội, Ban Tổ chức trao 6 giải nhất, 8 giải nhì và 12 giải ba cho các "
                "tập thể, cá nhân có phần thi xuất sắc."
            ),
            right("Tin: Lục Văn Thắng - Ảnh: Triệu Thị Mai"),
        ],
        authors=["Lục Văn Thắng"],
        photographers=["Triệu Thị Mai"],
        summary=(
            "Hướng tới kỷ niệm Ngày Di sản văn hóa Việt Nam 23/11, Trường PTDTNT tỉnh Bắc Kạn tổ "
            "chức Ngày hội văn hóa các dân tộc với sự tham gia của gần 500 học sinh."
        ),
        sapo_outside=True,
        opts={"time": "09:12"},
    ),
    Story(
        1552,
        "hoi-thao-chuyen-de-day-hoc-tieng-anh-phat-trien-nang-luc-cap-thcs",
        "Hội thảo chuyên đề dạy học môn Tiếng Anh theo hướng phát triển năng lực học sinh cấp THCS",
        "chuyen-mon-nghiep-vu",
        "2026-11-24T14:10:00+07:00",
        [
            P(
                "Tại hội thảo, các đại biểu được nghe trình bày 5 tham luận về dạy kỹ năng nghe, nói "
                "cho học sinh vùng dân tộc thiểu số, ứng dụng công nghệ thông tin và học liệu số trong "
                "dạy học Tiếng Anh, tổ chức câu lạc bộ Tiếng Anh trong nhà trường."
            ),
            P(
                "Các đại biểu dự 2 tiết minh họa lớp 7 và lớp 9 tại Trường THCS Nà Phặc, sau đó thảo "
                "luận, góp ý về tiến trình tổ chức hoạt động, cách giao nhiệm vụ và đánh giá học sinh."
            ),
            Img(
                up("2026_11", "hoi-thao-tieng-anh.jpg"),
                "Tiết dạy minh họa môn Tiếng Anh lớp 7 tại Trường THCS Nà Phặc",
                "Tiết dạy minh họa môn Tiếng Anh lớp 7 tại Trường THCS Nà Phặc",
                "em",
            ),
            P("Một số kinh nghiệm được thống nhất sau hội thảo:", "h"),
            P("Tăng thời lượng cho học sinh thực hành giao tiếp theo cặp, nhóm.", "li"),
            P("Khai thác hiệu quả sách giáo khoa điện tử và phần mềm luyện phát âm.", "li"),
            P("Đa dạng hóa hình thức đánh giá thường xuyên, chú trọng nhận xét sự tiến bộ.", "li"),
            right("Tin, ảnh: Phạm Thị Hồng Nhung"),
        ],
        authors=["Phạm Thị Hồng Nhung"],
        photographers=["Phạm Thị Hồng Nhung"],
        summary=(
            "Ngày 22/11/2026, tại huyện Ngân Sơn, Sở GD&ĐT tổ chức hội thảo chuyên đề dạy học môn "
            "Tiếng Anh theo hướng phát triển năng lực học sinh cho hơn 120 giáo viên cấp THCS."
        ),
        sapo_outside=True,
        opts={"time": "14:10"},
    ),
    Story(
        1549,
        "bac-kan-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Bắc Kạn: Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-hoat-dong",
        "2026-11-20T16:45:00+07:00",
        [
            P(
                "Năm học 2025-2026, toàn ngành có 1 học sinh đạt giải Ba kỳ thi chọn học sinh giỏi "
                "quốc gia, 186 học sinh đạt giải cấp tỉnh; tỷ lệ tốt nghiệp THPT đạt 98,6%. Tỷ lệ "
                "trường đạt chuẩn quốc gia đạt 58,3%, tăng 4,1% so với năm học trước."
            ),
            P(
                "Phát biểu tại buổi gặp mặt, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận, biểu dương những "
                "đóng góp của đội ngũ nhà giáo trong bối cảnh địa bàn còn nhiều khó khăn, nhiều điểm "
                "trường lẻ ở vùng cao, vùng sâu."
            ),
            P(
                "“Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo để "
                "học sinh noi theo”, đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh.",
                "quote",
            ),
            Img(
                up("2026_11", "gap-mat-20-11.jpg"),
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo",
                "table",
            ),
            P(
                "Dịp này, 25 tập thể và 68 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen vì có "
                "thành tích xuất sắc trong năm học 2025-2026."
            ),
            right("Minh Hương"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bắc Kạn</em></p>'),
        ],
        authors=["Minh Hương"],
        source="Báo Bắc Kạn",
        summary=(
            "Chiều 19/11, Sở GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tổng kết năm học 2025-2026."
        ),
        sapo_outside=True,
        opts={"time": "16:45"},
    ),
    Story(
        1540,
        "tang-cuong-cong-tac-phong-chong-ret-cho-hoc-sinh-mua-dong-2026-2027",
        "Tăng cường công tác phòng, chống rét cho học sinh trong mùa đông năm 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-14T08:30:00+07:00",
        [
            P(
                "Theo dự báo của cơ quan khí tượng, mùa đông năm 2026-2027 trên địa bàn tỉnh có khả "
                "năng xuất hiện nhiều đợt rét đậm, rét hại, đặc biệt tại các huyện vùng cao Pác Nặm, "
                "Ba Bể, Ngân Sơn. Để chủ động bảo vệ sức khỏe cho học sinh, Giám đốc Sở GD&ĐT yêu "
                "cầu thủ trưởng các đơn vị thực hiện tốt các nội dung sau:"
            ),
            P("Rà soát, sửa chữa phòng học, phòng ở bán trú, nội trú; che chắn cửa sổ, mái nhà.", "oli"),
            P("Vận động quyên góp áo ấm, chăn màn cho học sinh có hoàn cảnh khó khăn.", "oli"),
            P(
                "Khi nhiệt độ ngoài trời xuống dưới 7°C, cấp mầm non và tiểu học được cho học sinh "
                "nghỉ học; dưới 4°C, các cấp học còn lại được cho nghỉ học.",
                "oli",
            ),
            P("Bảo đảm bữa ăn bán trú đủ dinh dưỡng, nước uống ấm cho học sinh.", "oli"),
            P(
                "Các đơn vị báo cáo ngay về Sở (qua Văn phòng) khi có tình huống bất thường xảy ra "
                "để kịp thời chỉ đạo, xử lý."
            ),
            right("ThS. Nông Văn Hải - Phó Chánh Văn phòng"),
        ],
        authors=["Nông Văn Hải"],
        opts={"time": "08:30"},
    ),
    Story(
        1531,
        "doan-cong-tac-bo-gddt-lam-viec-tai-bac-kan-ve-giao-duc-vung-dan-toc-thieu-so",
        "Đoàn công tác của Bộ GD&ĐT làm việc tại Bắc Kạn về phát triển giáo dục vùng dân tộc thiểu số",
        "tin-hoat-dong",
        "2026-11-06T08:20:00+07:00",
        [
            P(
                "Ngày 05/11/2026, Đoàn công tác của Bộ GD&ĐT do Vụ trưởng Vụ Giáo dục Dân tộc làm "
                "trưởng đoàn đã có buổi làm việc với Sở GD&ĐT Bắc Kạn về việc thực hiện các chính sách "
                "phát triển giáo dục vùng đồng bào dân tộc thiểu số và miền núi."
            ),
            P(
                "Báo cáo với Đoàn, lãnh đạo Sở cho biết toàn tỉnh hiện có 2 trường PTDTNT cấp tỉnh, 6 "
                "trường PTDTNT cấp huyện và 61 trường phổ thông dân tộc bán trú với hơn 17.000 học "
                "sinh hưởng chính sách hỗ trợ tiền ăn, tiền nhà ở và gạo."
            ),
            Img(up("2026_11", "doan-bo-gddt.jpg"), None, None, "none"),
            P(
                "Đoàn công tác đánh giá cao sự quan tâm của tỉnh trong việc sắp xếp mạng lưới trường, "
                "lớp và đề nghị Sở tiếp tục tham mưu giải pháp khắc phục tình trạng thiếu giáo viên "
                "các môn Tin học, Ngoại ngữ, Nghệ thuật."
            ),
            right("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={"time": "08:20"},
    ),
    Story(
        1520,
        "boi-duong-giao-vien-cot-can-ve-kiem-tra-danh-gia-theo-chuong-trinh-gdpt-2018",
        "Bồi dưỡng giáo viên cốt cán về kiểm tra, đánh giá theo Chương trình GDPT 2018",
        "chuyen-mon-nghiep-vu",
        "2026-10-28T15:20:00+07:00",
        [
            P(
                "Từ ngày 26 đến 28/10/2026, Sở GD&ĐT tổ chức lớp bồi dưỡng cho 210 giáo viên cốt cán "
                "cấp THCS, THPT về xây dựng ma trận, bản đặc tả và biên soạn đề kiểm tra định kỳ theo "
                "định hướng đánh giá năng lực."
            ),
            P("Nội dung bồi dưỡng", "h"),
            P(
                "Học viên được hướng dẫn quy trình biên soạn câu hỏi trắc nghiệm nhiều lựa chọn, trắc "
                "nghiệm đúng sai, trả lời ngắn theo cấu trúc định dạng đề thi tốt nghiệp THPT từ năm "
                "2025; cách xây dựng rubric đánh giá sản phẩm học tập, bài thuyết trình và dự án."
            ),
            P(
                "Buổi chiều các ngày, học viên làm việc theo nhóm môn, mỗi nhóm hoàn thiện một đề kiểm "
                "tra cuối học kỳ kèm đáp án, hướng dẫn chấm và bản phân tích chất lượng câu hỏi."
            ),
            P("Yêu cầu sau bồi dưỡng", "h"),
            P(
                "Giáo viên cốt cán có trách nhiệm triển khai lại nội dung tại tổ chuyên môn của đơn vị "
                "trước ngày 20/11/2026.",
                "br",
            ),
            P("Sản phẩm của các nhóm môn được đưa lên kho học liệu dùng chung của ngành.", "br"),
            P(
                "Lớp bồi dưỡng góp phần nâng cao năng lực đổi mới kiểm tra, đánh giá của đội ngũ, "
                "chuẩn bị tốt cho kỳ kiểm tra cuối học kỳ I sắp tới."
            ),
            right("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"time": "15:20"},
    ),
    Story(
        1517,
        "truong-thpt-ba-be-to-chuc-hoi-thao-chao-mung-ngay-phu-nu-viet-nam",
        "Trường THPT Ba Bể tổ chức Hội thao chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "tin-hoat-dong",
        "2026-10-24T14:00:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Đoàn trường "
                "THPT Ba Bể phối hợp với Công đoàn tổ chức Hội thao dành cho cán bộ, giáo viên và học "
                "sinh toàn trường.",
                "lead",
            ),
            P(
                "Hội thao gồm các môn bóng chuyền hơi nữ, kéo co, nhảy bao bố và thi cắm hoa nghệ "
                "thuật. Sau hai ngày thi đấu sôi nổi, Ban Tổ chức đã trao giải cho các đội:"
            ),
            P("Giải Nhất bóng chuyền hơi: Chi đoàn 12A2.", "br"),
            P("Giải Nhất kéo co: Chi đoàn 11A4.", "br"),
            P("Giải Nhất cắm hoa nghệ thuật: Tổ Ngữ văn - Lịch sử.", "br"),
            Img(
                up("2026_10", "hoi-thao-ba-be.jpg"),
                "Trận chung kết bóng chuyền hơi nữ",
                "Trận chung kết bóng chuyền hơi nữ",
                "em",
            ),
            P(
                "Hoạt động góp phần tạo không khí vui tươi, đoàn kết, đồng thời rèn luyện sức khỏe cho "
                "cán bộ, giáo viên và học sinh nhà trường."
            ),
            right("Tin, ảnh: Đoàn trường THPT Ba Bể"),
        ],
        authors=["Đoàn trường THPT Ba Bể"],
        photographers=["Đoàn trường THPT Ba Bể"],
        summary=(
            "Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Đoàn trường "
            "THPT Ba Bể phối hợp với Công đoàn tổ chức Hội thao dành cho cán bộ, giáo viên và học "
            "sinh toàn trường."
        ),
        opts={"time": "14:00"},
    ),
    Story(
        1509,
        "trien-khai-nhiem-vu-chuyen-doi-so-trong-nganh-giao-duc-nam-hoc-2026-2027",
        "Triển khai nhiệm vụ chuyển đổi số trong ngành Giáo dục năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-10-15T09:00:00+07:00",
        [
            P(
                "Năm học 2026-2027, ngành tập trung hoàn thiện cơ sở dữ liệu ngành, triển khai học bạ "
                "số đối với 100% trường tiểu học, THCS và thí điểm học bạ số cấp THPT; sử dụng hồ sơ "
                "điện tử thay thế hồ sơ giấy trong nhà trường."
            ),
            Img(
                up("2026_10", "chuyen-doi-so.jpg"),
                "Quang cảnh hội nghị trực tuyến",
                "Quang cảnh hội nghị trực tuyến",
                "table",
            ),
            P(
                "Sở yêu cầu các đơn vị thành lập tổ công nghệ số cộng đồng trong nhà trường, phân công "
                "cán bộ phụ trách, bảo đảm an toàn thông tin và bảo vệ dữ liệu cá nhân của học sinh."
            ),
            P(
                "Các đơn vị thực hiện thanh toán không dùng tiền mặt đối với các khoản thu dịch vụ "
                "giáo dục; công khai thông tin trên trang thông tin điện tử của đơn vị theo quy định."
            ),
            right("Tổ Công nghệ thông tin"),
        ],
        authors=["Tổ Công nghệ thông tin"],
        summary=(
            "Sáng 14/10/2026, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi số "
            "năm học 2026-2027 tới các phòng GD&ĐT và các trường trực thuộc."
        ),
        sapo_outside=True,
        opts={"time": "09:00"},
    ),
    Story(
        1503,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-09-25T08:00:00+07:00",
        [
            P(
                "Sở GD&ĐT Bắc Kạn thông báo tuyển dụng 48 chỉ tiêu viên chức giảng dạy tại các trường "
                "THPT, PTDTNT và trung tâm GDNN-GDTX trực thuộc năm 2026."
            ),
            P("Điều kiện đăng ký dự tuyển", "h"),
            P("Có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe để thực hiện nhiệm vụ.", "li"),
            P("Có bằng cử nhân sư phạm phù hợp với vị trí việc làm đăng ký dự tuyển.", "li"),
            P("Có lý lịch rõ ràng, phẩm chất chính trị, đạo đức tốt.", "li"),
            P("Thời gian và địa điểm nhận phiếu", "h"),
            P(
                "Từ ngày 28/9 đến 27/10/2026 (trong giờ hành chính), tại Văn phòng Sở GD&ĐT, tổ 1, "
                "phường Đức Xuân, thành phố Bắc Kạn. Chỉ tiêu cụ thể từng vị trí xem trong văn bản "
                "đính kèm."
            ),
        ],
        opts={"time": "08:00"},
    ),
    Story(
        1498,
        "toan-tinh-bac-kan-tung-bung-khai-giang-nam-hoc-moi-2026-2027",
        "Toàn tỉnh Bắc Kạn tưng bừng khai giảng năm học mới 2026-2027",
        "tin-hoat-dong",
        "2026-09-05T07:40:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn tỉnh có 301 trường học với hơn 85.000 học sinh, trẻ mầm non. "
                "Tại các điểm trường, lễ khai giảng được tổ chức ngắn gọn, trang trọng, dành thời gian "
                "cho các hoạt động văn nghệ chào mừng."
            ),
            Img(
                up("2026_09", "khai-giang-1.jpg"),
                "Học sinh Trường TH Phương Viên đón chào năm học mới",
                "Học sinh Trường TH Phương Viên đón chào năm học mới",
                "em",
            ),
            P(
                "Đồng chí Bí thư Tỉnh ủy dự lễ khai giảng và đánh trống khai trường tại Trường PTDTNT "
                "THCS huyện Chợ Đồn, thăm hỏi, tặng quà học sinh có hoàn cảnh khó khăn."
            ),
            P(
                "Năm học mới, ngành tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp, "
                "đẩy mạnh xây dựng trường chuẩn quốc gia và nâng cao chất lượng dạy học tiếng Việt cho "
                "học sinh dân tộc thiểu số."
            ),
            Img(
                up("2026_09", "khai-giang-2.jpg"),
                "Tiết mục văn nghệ chào mừng năm học mới",
                "Tiết mục văn nghệ chào mừng năm học mới",
                "table",
            ),
            right("BBT"),
        ],
        summary=(
            "Sáng 05/9, cùng với cả nước, hơn 85 nghìn học sinh các cấp học trên địa bàn tỉnh Bắc "
            "Kạn hân hoan dự lễ khai giảng năm học mới 2026-2027."
        ),
        sapo_outside=True,
        opts={"time": "07:40"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first: the order of every list
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)


def article_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}/{story.slug}"


GOLD = [gold_record(s, article_path(s), CATEGORIES[s.cat]) for s in NEWEST]

NON_ARTICLES = [
    "/tin-tuc/danh-muc/tin-hoat-dong/2",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/lien-he",
    "/van-ban",
    "/van-ban/chi-tiet/88",
]

#: the document register: id -> fields of the entry
DOCUMENTS = {
    88: {
        "so": "2236/SGDĐT-GDTrH",
        "ngay": "28/11/2026",
        "hieuluc": "28/11/2026",
        "loai": "Công văn",
        "linhvuc": "Giáo dục Trung học",
        "coquan": "Sở Giáo dục và Đào tạo",
        "nguoiky": "Hà Thị Liễu",
        "trichyeu": "V/v hướng dẫn kiểm tra, đánh giá định kỳ cuối học kỳ I năm học 2026-2027",
        "file": "2236-sgddt-gdtrh.pdf",
    },
    87: {
        "so": "412/KH-SGDĐT",
        "ngay": "15/10/2026",
        "hieuluc": "15/10/2026",
        "loai": "Kế hoạch",
        "linhvuc": "Khảo thí và Kiểm định chất lượng",
        "coquan": "Sở Giáo dục và Đào tạo",
        "nguoiky": "Nông Quang Nhất",
        "trichyeu": "Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "file": "412-kh-sgddt.pdf",
    },
    86: {
        "so": "1875/QĐ-SGDĐT",
        "ngay": "20/09/2026",
        "hieuluc": "20/09/2026",
        "loai": "Quyết định",
        "linhvuc": "Tổ chức cán bộ",
        "coquan": "Sở Giáo dục và Đào tạo",
        "nguoiky": "Hà Thị Liễu",
        "trichyeu": "Quyết định phê duyệt chỉ tiêu tuyển dụng viên chức giáo dục năm 2026",
        "file": "1875-qd-sgddt.pdf",
    },
}


# --- printing helpers ------------------------------------------------------------------------


def vn_date(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def plain_words(story: Story) -> list[str]:
    return " ".join(story.paragraphs).split()


def teaser(story: Story, words: int = 30) -> str:
    """The vendor's ``word_limiter($text, 30)``: the first 30 words and "..."."""
    return " ".join(plain_words(story)[:words]) + "..."


def thumb(story: Story) -> str:
    return f"/uploads/news/thumb/{story.id}.jpg"


def _p_text(p: P) -> str:
    return esc(p.text)


def render_image(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 600px; height: 400px;" />'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="anh-chu-thich" '
            'style="width: 600px;"><tbody><tr><td>' + tag + "</td></tr>"
            f'<tr><td style="text-align: center;">{esc(img.printed or "")}</td></tr></tbody></table>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "em" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    return out


def render_body(story: Story) -> str:
    """CKEditor 4 output of the editor: lists, tables and <br> runs grouped."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_image(b))
        elif b.style in ("li", "oli", "br", "th", "td"):
            group = [b]
            kinds = ("th", "td") if b.style in ("th", "td") else (b.style,)
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if b.style == "br":
                out.append("<p>" + "<br />\n".join(_p_text(p) for p in group) + "</p>")
            elif b.style in ("li", "oli"):
                tag = "ul" if b.style == "li" else "ol"
                items = "\n".join(f"\t<li>{_p_text(p)}</li>" for p in group)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            else:
                rows = []
                for p in group:
                    cells = p.text.split(" | ")
                    if p.style == "th":
                        rows.append(
                            "<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>"
                        )
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{_p_text(b)}</strong></p>")
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_p_text(b)}</strong></p>')
        elif b.style == "quote":
            out.append(f'<p style="text-align: justify; margin-left: 40px;"><em>{_p_text(b)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_p_text(b)}</p>')
        i += 1
    return "\n".join(out)


# --- layout -----------------------------------------------------------------------------------


def menu() -> str:
    cats = "".join(
        f'<li><a href="/tin-tuc/danh-muc/{key}">{esc(name)}</a></li>' for key, name in CATEGORIES.items()
    )
    return f"""<div id="menu"><ul class="menu-ngang">
<li class="trang-chu"><a href="/"><img src="/assets/images/icon-home.png" alt="Trang chủ"></a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc">Giới thiệu</a><ul class="sub">
<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li></ul></li>
<li><a href="/tin-tuc/danh-muc/tin-hoat-dong">Tin tức</a><ul class="sub">{cats}</ul></li>
<li><a href="/van-ban">Văn bản</a></li>
<li><a href="https://hocbaso.backan.edu.vn" target="_blank">Học bạ số</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div>"""


def sidebar() -> str:
    newest = "\n".join(
        f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in NEWEST[:5]
    )
    docs = "\n".join(
        f'<li><a href="/van-ban/chi-tiet/{k}">{esc(d["so"])}</a><br><span>{esc(d["trichyeu"])}</span></li>'
        for k, d in sorted(DOCUMENTS.items(), reverse=True)
    )
    return f"""<div id="cot-phai">
<div class="box-phai"><div class="tieude-box">Tin mới</div>
<ul class="tin-moi">
{newest}
</ul></div>
<div class="box-phai"><div class="tieude-box">Văn bản mới</div>
<ul class="vb-moi">
{docs}
</ul><div class="xem-them"><a href="/van-ban">Xem tất cả »</a></div></div>
<div class="box-phai"><div class="tieude-box">Liên kết website</div>
<select onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://backan.gov.vn">Cổng TTĐT tỉnh Bắc Kạn</option>
<option value="https://baobackan.org.vn">Báo Bắc Kạn</option>
</select>
<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="/assets/images/banner-dvc.jpg" alt="Dịch vụ công"></a></p>
<p><a href="https://temis.moet.edu.vn" target="_blank"><img src="/assets/images/banner-temis.png" alt="TEMIS"></a></p>
</div>
<div class="box-phai"><div class="tieude-box">Thăm dò ý kiến</div>
<form method="post" action="/binh-chon/gui"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="phuongan" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="phuongan" value="2"> Bình thường</label><br>
<label><input type="radio" name="phuongan" value="3"> Khó tìm thông tin</label><br>
<input type="submit" value="Bình chọn"> <input type="button" value="Xem kết quả" onclick="xemKetQua(3)">
</form></div>
<div class="box-phai"><div class="tieude-box">Thống kê truy cập</div>
<ul class="thong-ke"><li>Đang online: <b>34</b></li><li>Hôm nay: <b>1.286</b></li>
<li>Tháng này: <b>6.912</b></li><li>Tổng truy cập: <b>4.517.203</b></li></ul></div>
</div>"""


def layout(title: str, main: str, crumbs: list[tuple[str, str]] | None = None) -> str:
    trail = ""
    if crumbs:
        parts = ['<a href="/">Trang chủ</a>'] + [
            f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
            for href, label in crumbs
        ]
        trail = '<div class="duong-dan">' + " » ".join(parts) + "</div>\n"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="sở giáo dục bắc kạn, giáo dục, bắc kạn">
<link rel="shortcut icon" href="/assets/images/favicon.ico">
<link rel="stylesheet" type="text/css" href="/assets/css/style.css">
<link rel="stylesheet" type="text/css" href="/assets/css/menu.css">
<script type="text/javascript" src="/assets/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="banner"><a href="/"><img src="/assets/images/logo-sgd-backan.png" alt="Sở GD&amp;ĐT Bắc Kạn" class="logo"></a>
<img src="/assets/images/banner-2026.jpg" alt="" class="banner-anh"></div>
{menu()}
<div id="thanh-ngay"><span class="ngay-hien-tai">{esc(TODAY)}</span>
<marquee scrollamount="3">Chào mừng quý vị đến với Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Bắc Kạn</marquee>
<form class="tim-kiem" method="get" action="/tim-kiem"><input type="text" name="tukhoa" placeholder="Tìm kiếm..."><input type="submit" value="Tìm"></form>
</div>
<div id="noi-dung" class="clearfix">
<div id="cot-trai">
{trail}{main}
</div>
{sidebar()}
</div>
<div id="footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN</strong></p>
<p>Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>
<p>Điện thoại: 0209.3870.154 - Fax: 0209.3870.243 - Email: sogddt@backan.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
<p class="thiet-ke">Thiết kế bởi Công ty TNHH Giải pháp phần mềm Việt Bắc</p>
</div>
</div>
</body>
</html>"""


# --- list templates -----------------------------------------------------------------------------


def item_a(s: Story) -> str:
    """(a) Tin hoạt động: plain <h3>, only "Xem tiếp »" links the post."""
    return f"""<div class="tin-item clearfix">
<img class="anh-tin" src="{thumb(s)}" alt="" width="150" height="100">
<h3 class="tieu-de">{esc(s.title)}</h3>
<div class="ngay-dang">Ngày đăng: {vn_date(s)}</div>
<p class="mota">{esc(teaser(s))}</p>
<div class="xemtiep"><a class="btn-xemtiep" href="{article_path(s)}">Xem tiếp »</a></div>
</div>"""


def item_b(s: Story) -> str:
    """(b) Chỉ đạo - Điều hành: title in div.tieude, only the thumbnail links the post."""
    return f"""<li class="dong-tin">
<div class="khung-anh"><a href="{article_path(s)}"><img src="{thumb(s)}" alt="{esc(s.title)}" width="160" height="110"></a></div>
<div class="thong-tin">
<div class="tieude">{esc(s.title)}</div>
<span class="thoi-gian">({vn_date(s)})</span>
<div class="tom-tat">{esc(teaser(s))}</div>
</div>
</li>"""


def item_c(s: Story, n: int) -> str:
    """(c) Chuyên môn - Nghiệp vụ: a <span> title, "Chi tiết" or "[...]" after the teaser."""
    more = (
        f'<a class="lk-chitiet" href="{article_path(s)}">Chi tiết</a>'
        if n % 2 == 0
        else f'<a href="{article_path(s)}">[...]</a>'
    )
    return f"""<div class="cm-row">
<span class="cm-ten">{esc(s.title)}</span> <i class="cm-ngay">- {vn_date(s)}</i>
<p class="cm-doan">{esc(teaser(s))} {more}</p>
</div>"""


def item_d(s: Story) -> str:
    """(d) Thông báo: an ordinary title link."""
    return (
        f'<li><img src="/assets/images/icon-new.gif" alt=""> '
        f'<a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({vn_date(s)})</span></li>'
    )


def render_items(cat: str, stories: list[Story]) -> str:
    kind = TEMPLATE[cat]
    if kind == "a":
        return '<div class="khoi-tin">\n' + "\n".join(item_a(s) for s in stories) + "\n</div>"
    if kind == "b":
        return '<ul class="ds-tin-anh">\n' + "\n".join(item_b(s) for s in stories) + "\n</ul>"
    if kind == "c":
        rows = "\n".join(item_c(s, n) for n, s in enumerate(stories))
        return f'<div class="cm-list">\n{rows}\n</div>'
    return '<ul class="ds-thong-bao">\n' + "\n".join(item_d(s) for s in stories) + "\n</ul>"


def in_category(cat: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == cat]


def pager(cat: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="hien-tai">{n}</span>')
        else:
            links.append(f'<a href="/tin-tuc/danh-muc/{cat}/{n}">{n}</a>')
    if page > 1:
        links.insert(0, f'<a href="/tin-tuc/danh-muc/{cat}/{page - 1}">« Trước</a>')
    if page < pages:
        links.append(f'<a href="/tin-tuc/danh-muc/{cat}/{page + 1}">Tiếp »</a>')
    return '<div class="phan-trang">Trang: ' + " ".join(links) + "</div>"


# --- pages ------------------------------------------------------------------------------------


def not_found() -> Response:
    main = '<div class="thong-bao-loi"><h2>Không tìm thấy trang yêu cầu</h2><p><a href="/">Về trang chủ</a></p></div>'
    return html(layout(f"404 - {SITE}", main), status=404)


def home(request: Request) -> Response:
    boxes = []
    for cat, name in CATEGORIES.items():
        boxes.append(
            f'<div class="khung-chuyen-muc"><div class="tieude-khung"><a href="/tin-tuc/danh-muc/{cat}">'
            f"{esc(name)}</a></div>\n{render_items(cat, in_category(cat)[:3])}\n"
            f'<div class="xem-them"><a href="/tin-tuc/danh-muc/{cat}">Xem thêm</a></div></div>'
        )
    main = (
        '<div class="anh-noi-bat"><img src="/assets/images/slide-truong-hoc.jpg" alt=""></div>\n'
        + "\n".join(boxes)
    )
    return html(layout(f"{SITE} - Cổng thông tin điện tử", main))


def category_page(cat: str, page: int) -> Response:
    stories = in_category(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return not_found()
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATEGORIES[cat]
    main = (
        f'<h2 class="tieude-danhmuc">{esc(name)}</h2>\n'
        + render_items(cat, chunk)
        + "\n"
        + pager(cat, page, pages)
    )
    crumbs = [("", "Tin tức"), (f"/tin-tuc/danh-muc/{cat}", name)]
    return html(layout(f"{name} - {SITE}", main, crumbs))


def article_page(story: Story) -> Response:
    name = CATEGORIES[story.cat]
    others = [s for s in NEWEST if s.id != story.id][:6]
    other_list = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">({vn_date(s)})</span></li>'
        for s in others
    )
    sapo = (
        f'<div class="sapo"><b>{esc(story.summary)}</b></div>\n'
        if story.summary and story.sapo_outside
        else ""
    )
    share = f"https://www.facebook.com/sharer/sharer.php?u=https://backan.edu.vn{article_path(story)}"
    main = f"""<div class="chi-tiet-tin">
<h1 class="title-detail">{esc(story.title)}</h1>
<div class="ngay-cap-nhat">Cập nhật ngày: {vn_date(story)} - {story.opts["time"]} <span class="luot-xem">| Lượt xem: {story.views()}</span></div>
<div class="cong-cu">
<a href="javascript:window.print();"><img src="/assets/images/icon-print.gif" alt=""> In bài viết</a>
<a href="mailto:?subject={esc(story.title)}"><img src="/assets/images/icon-email.gif" alt=""> Gửi email</a>
<a href="{esc(share)}" target="_blank"><img src="/assets/images/icon-facebook.png" alt=""> Chia sẻ</a>
</div>
{sapo}<div class="noidung">
{render_body(story)}
</div>
<div class="cac-tin-khac"><div class="tieude-khac">Các tin khác</div>
<ul>
{other_list}
</ul></div>
</div>"""
    crumbs = [("", "Tin tức"), (f"/tin-tuc/danh-muc/{story.cat}", name)]
    return html(layout(f"{story.title} - {SITE}", main, crumbs))


def co_cau_to_chuc() -> Response:
    rows = [
        ("Giám đốc", "Hà Thị Liễu", "0209.3870.101"),
        ("Phó Giám đốc", "Nông Quang Nhất", "0209.3870.102"),
        ("Phó Giám đốc", "Hoàng Văn Thắng", "0209.3870.103"),
        ("Chánh Văn phòng", "Lý Thị Hòa", "0209.3870.154"),
        ("Trưởng phòng GDTrH", "Ma Văn Khải", "0209.3870.216"),
        ("Trưởng phòng Quản lý chất lượng", "Đồng Thị Thu", "0209.3870.386"),
    ]
    table = "\n".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows
    )
    main = f"""<div class="trang-tinh"><h2 class="tieude-trang">Cơ cấu tổ chức</h2>
<p><strong>I. Lãnh đạo Sở</strong></p>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%">
<tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>
{table}
</table>
<p><strong>II. Các phòng chuyên môn</strong></p>
<ul><li>Văn phòng Sở</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Tổ chức cán bộ</li>
<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học</li>
<li>Phòng Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>
</div>"""
    return html(layout(f"Cơ cấu tổ chức - {SITE}", main, [("", "Giới thiệu"), ("", "Cơ cấu tổ chức")]))


def chuc_nang() -> Response:
    main = """<div class="trang-tinh"><h2 class="tieude-trang">Chức năng, nhiệm vụ</h2>
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bắc Kạn, tham mưu, giúp
Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu,
chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo
dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng,
chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo,
quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo,
hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>
</div>"""
    return html(layout(f"Chức năng, nhiệm vụ - {SITE}", main, [("", "Giới thiệu"), ("", "Chức năng, nhiệm vụ")]))


def lien_he() -> Response:
    main = """<div class="trang-lien-he"><h2 class="tieude-trang">Liên hệ</h2>
<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC KẠN</strong></p>
<p>Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn<br>
Điện thoại: 0209.3870.154 - Fax: 0209.3870.243<br>Email: sogddt@backan.edu.vn</p>
<form method="post" action="/lien-he/gui" class="form-lien-he">
<p><label>Họ và tên (*)</label><input type="text" name="hoten"></p>
<p><label>Email (*)</label><input type="text" name="email"></p>
<p><label>Tiêu đề</label><input type="text" name="tieude"></p>
<p><label>Nội dung (*)</label><textarea name="noidung" rows="6"></textarea></p>
<p><img src="/lien-he/captcha.png" alt=""> <input type="text" name="captcha"></p>
<p><input type="submit" value="Gửi liên hệ"> <input type="reset" value="Nhập lại"></p>
</form></div>"""
    return html(layout(f"Liên hệ - {SITE}", main, [("", "Liên hệ")]))


def van_ban_list() -> Response:
    rows = "\n".join(
        f'<tr><td>{esc(d["so"])}</td><td>{esc(d["ngay"])}</td>'
        f'<td><a href="/van-ban/chi-tiet/{k}">{esc(d["trichyeu"])}</a></td>'
        f'<td><a href="/uploads/vanban/{d["file"]}"><img src="/assets/images/icon-pdf.gif" alt="Tải về"></a></td></tr>'
        for k, d in sorted(DOCUMENTS.items(), reverse=True)
    )
    main = f"""<h2 class="tieude-danhmuc">Văn bản chỉ đạo, điều hành</h2>
<table class="bang-van-ban" border="1" cellpadding="4" cellspacing="0" style="width:100%">
<tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
{rows}
</table>"""
    return html(layout(f"Văn bản - {SITE}", main, [("/van-ban", "Văn bản")]))


def van_ban_detail(doc_id: int) -> Response:
    d = DOCUMENTS[doc_id]
    fields = [
        ("Số ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Ngày hiệu lực", d["hieuluc"]),
        ("Loại văn bản", d["loai"]),
        ("Lĩnh vực", d["linhvuc"]),
        ("Cơ quan ban hành", d["coquan"]),
        ("Người ký", d["nguoiky"]),
        ("Trích yếu", d["trichyeu"]),
    ]
    rows = "\n".join(
        f'<tr><td class="nhan">{esc(a)}</td><td>{esc(b)}</td></tr>' for a, b in fields
    )
    main = f"""<div class="chi-tiet-van-ban">
<h2 class="tieude-trang">Chi tiết văn bản</h2>
<table class="bang-chi-tiet" border="1" cellpadding="4" cellspacing="0" style="width:100%">
{rows}
<tr><td class="nhan">File đính kèm</td><td><a href="/uploads/vanban/{d["file"]}">{esc(d["file"])}</a></td></tr>
</table>
<p><a href="/van-ban">« Quay lại danh sách văn bản</a></p>
</div>"""
    return html(layout(f"{d['so']} - {SITE}", main, [("/van-ban", "Văn bản"), ("", d["so"])]))


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/")) or path == "/favicon.ico":
            return static_file(path) or not_found()
        if request.method == "POST":
            return html(layout(SITE, "<p>Cảm ơn bạn đã gửi thông tin.</p>"))
        path = path.rstrip("/") or "/"
        if path == "/":
            return home(request)
        if m := re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)/([a-z0-9-]+)", path):
            story = BY_ID.get(int(m.group(1)))
            if story is None or story.slug != m.group(2):
                return not_found()
            return article_page(story)
        if m := re.fullmatch(r"/tin-tuc/danh-muc/([a-z-]+)(?:/(\d+))?", path):
            if m.group(1) not in CATEGORIES:
                return not_found()
            return category_page(m.group(1), int(m.group(2) or 1))
        if path == "/gioi-thieu/co-cau-to-chuc":
            return co_cau_to_chuc()
        if path == "/gioi-thieu/chuc-nang-nhiem-vu":
            return chuc_nang()
        if path == "/lien-he":
            return lien_he()
        if path == "/van-ban":
            return van_ban_list()
        if path == "/tim-kiem":
            words = esc(request.params.get("tukhoa", ""))
            main = f'<h2 class="tieude-danhmuc">Kết quả tìm kiếm: {words}</h2><p>Không tìm thấy kết quả.</p>'
            return html(layout(f"Tìm kiếm - {SITE}", main))
        if m := re.fullmatch(r"/van-ban/chi-tiet/(\d+)", path):
            doc_id = int(m.group(1))
            return van_ban_detail(doc_id) if doc_id in DOCUMENTS else not_found()
        return not_found()


def build_site() -> VendorPortal:
    return VendorPortal()
