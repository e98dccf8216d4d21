"""Trường THCS Lý Tự Trọng (TP. Tam Kỳ, Quảng Nam) on a home-made PHP site (2015, jQuery,
Bootstrap 3) written by a local freelancer ("Thiết kế: Nguyễn Hải IT" in the footer).

Platform
--------
No CMS: a handful of PHP scripts over a MySQL table of news. Every page is the same frame: a
banner image, a Bootstrap navbar, the header clock "Hôm nay: Thứ tư, 25/11/2026" (today, never a
publication date), three columns (left "Chuyên mục" list and "Tiện ích" links, centre content,
right "Thông báo mới" marquee, "Tin xem nhiều", "Video clip" YouTube iframe, "Thăm dò ý kiến"
poll form, "Liên kết website" and the counter "Đang truy cập: 9 – Hôm nay: 341 – Tổng:
256.713"), a footer with address, phone and e-mail. Links are written relative
(``xem-tin.php?id=214``), the pager with ``&amp;``, the sidebar with a raw ``&``.

The editors paste text from Word into an old editor, so the text of each article is written its
own way: ``<p>`` paragraphs, ``<div>`` lines, one article whose paragraphs are ``<br><br>``
runs inside one ``<div>``, a numbered list typed as paragraphs ("1. …"), one ``<ul>``, one data
table. Every article ends with the tool bar "In bài | Gửi bạn bè | Lên đầu trang", the list
"Các tin khác:" (five newest other articles of the category, each with "(dd/mm)") and the
Facebook comment plugin ``<div class="fb-comments">``. No rel=canonical, no sitemap, no robots.txt.

URL scheme
----------
- ``/`` (also ``/index.php``): home, "Tin mới" (the 5 newest articles) and one box per
  category (its 2 newest); every article link on the home page carries ``&ref=home``.
- ``/tin-tuc.php?cat=<n>&trang=<n>``: a category listing, 7 per page, newest first, pager
  "« Đầu ‹ 1 2 › Cuối »"; the menu links ``tin-tuc.php?cat=<n>`` (page 1 without ``trang``).
- ``/xem-tin.php?id=<n>``: an article. Any extra parameter is ignored by the script: the home
  page's ``&ref=home`` and the sidebar's ``&ref=side`` serve the very same article (alt_paths).
- ``/trang.php?p=<slug>``: static pages (gioi-thieu, co-cau-to-chuc, lien-he).
- ``/album.php?id=<n>``: photo albums (a grid of captioned photos with a creation date).
- ``/lich.php``: the timetable ("Thời khóa biểu", a table, "Áp dụng từ ngày …").
- ``/binh-chon.php``: the poll's POST target (results page).
- Layout images under ``/images/``, article photos under ``/uploads/tintuc/2026/<mm>/``.

How each gold article is reached
--------------------------------
Category 1 "Tin nhà trường" has 8 articles: page 1 lists 7; the oldest (the school-year opening,
id 186) is only on ``tin-tuc.php?cat=1&trang=2`` (it is not on the home page, not in "Tin xem
nhiều", and the "Các tin khác" lists show only the five newest others). The other categories
have two articles each (page 1). The five newest are on the home page (``&ref=home``), the
category boxes of the home page too; five articles are in "Tin xem nhiều" (``&ref=side``) on
every page; the notice of the mid-term tests is also in the marquee.

Article template
----------------
``ol.breadcrumb`` (Trang chủ › category), ``h2.tieude-tin``, ``div.ngay-dang`` with the date in
one of six forms, ``div.noi-dung-tin`` (the text), ``div.cong-cu``, ``div.tin-khac``,
``div.fb-comments``. Date forms (each article one): "Thứ bảy, 05/09/2026, 10:20 (GMT+7)";
"13/11/2026 | 17:20"; "Đăng lúc 16 giờ 45 phút, ngày 20 tháng 11 năm 2026"; "Ngày đăng:
2026-09-19"; "14 Tháng 10, 2026"; "Cập nhật: 30-10-2026"; one article prints the meta line
"Đăng bởi: admin | 03/10/2026 10:15 | Lượt xem: 231" instead.

Traps
-----
- Bylines in twelve forms (see Gold decisions), at the end, at the start (italic, in
  parentheses) or glued to the end of the last paragraph "(Minh Thư)".
- Captions in seven forms, always below the photo: centred italic line; plain centred line; a
  table of two photos side by side, each cell with its caption; "Hình 1. …" numbered lines; a
  photo followed directly by a long justified paragraph (body, no caption); "Ảnh minh họa";
  a caption ending " (Ảnh: Lê Thu)".
- Bold first paragraphs (the sapo), bold sub-lines are not sapos.
- Article texts mention other dates (events, deadlines); the header prints today.
- ``&ref=home`` / ``&ref=side`` duplicates; relative links; listing page 2.
- Static pages, the album and the timetable print a title and a date-like line but are not
  articles; the account "admin" of the meta line credits nobody.

Gold decisions
--------------
- title: the ``h2.tieude-tin``; published_at: the article's own date line (with the time when
  printed, "+07:00").
- authors / photographers: "Người viết bài: X" -> X; "Thực hiện: Nhóm PV Liên đội" -> the
  group; "(Tin: Hoàng Anh – CTV)" -> Hoàng Anh; "Bài: X" / "Ảnh: Y" -> X / Y; "Hoàng Yến (tổng
  hợp)" -> Hoàng Yến; "Cô giáo Lê Thị Bích – Tổ Tiếng Anh" -> Lê Thị Bích; "BBT Website", "st",
  "admin" -> nobody; "Tác giả: Phạm Minh Tuấn" -> him; "… (Minh Thư)" -> Minh Thư (and the
  paragraph without it); a caption's "(Ảnh: Lê Thu)" -> photographer Lê Thu.
- source: "Theo Báo Quảng Nam" -> "Báo Quảng Nam" (no author).
- summary: a bold first paragraph (also the body's first paragraph), else null.
- body: the paragraphs of ``noi-dung-tin`` in order; list items and numbered paragraphs one
  each; the table one paragraph per row (header row included), cells joined by " | ";
  captions, bylines, the source line, "st", the tools, "Các tin khác" are not body.
- images: the photos of the text in order with the line under them as printed (None for the
  photo followed by body text); banner, logo, icons, thumbnails are not article images.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "php_bylines_thcs"
PLATFORM = "Home-made PHP site (2015, jQuery 1.11, Bootstrap 3), query-string URLs"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
CLOCK = "Hôm nay: Thứ tư, 25/11/2026"
PER_PAGE = 7

CATEGORIES = {
    "1": "Tin nhà trường",
    "2": "Hoạt động Đội",
    "3": "Chuyên môn",
    "4": "Gương sáng học đường",
}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def up(month: int, name: str) -> str:
    return f"/uploads/tintuc/2026/{month:02d}/{name}"


def right(inner: str, tag: str = "p") -> Raw:
    return Raw(f'<{tag} style="text-align: right;">{inner}</{tag}>')


# --- the articles ------------------------------------------------------------------------------
#
# opts: date (the date line form: f1..f6 or "meta"), form ("p" paragraphs, "div" lines, "br" one
# <div> of <br><br> runs), tail (a name glued to the last paragraph). P styles: "lead" (bold
# first paragraph), "num" (numbered paragraph), "li" (<ul> item), "th"/"td" (table rows),
# "just" (justified paragraph). Img styles: a (centred italic line), b (plain centred line),
# c (two photos side by side in a table, a caption in each cell), d ("Hình N." line),
# e (no line: a justified paragraph follows), f ("Ảnh minh họa"), g (line ending "(Ảnh: …)").

A1 = Story(
    186,
    "khai-giang",
    "Trường THCS Lý Tự Trọng long trọng tổ chức Lễ khai giảng năm học 2026 – 2027",
    "1",
    "2026-09-05T10:20:00+07:00",
    [
        P(
            "Sáng ngày 05/9/2026, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến "
            "trường, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ khai giảng năm học mới 2026 – "
            "2027 với sự tham dự của gần 1.200 học sinh và 78 cán bộ, giáo viên, nhân viên.",
            "lead",
        ),
        P(
            "Đến dự buổi lễ có ông Trần Văn Phúc, Phó Chủ tịch UBND phường An Mỹ; đại diện lãnh "
            "đạo Phòng Văn hóa – Xã hội thành phố; Ban đại diện Cha mẹ học sinh nhà trường cùng các "
            "nhà hảo tâm đã đồng hành với nhà trường trong nhiều năm qua."
        ),
        Img(
            up(9, "khai-giang-01.jpg"),
            "Các em học sinh lớp 6 được đón vào trường",
            "Các em học sinh lớp 6 được đón vào trường",
            "c",
        ),
        Img(
            up(9, "khai-giang-02.jpg"),
            "Đội nghi lễ biểu diễn trống chào mừng",
            "Đội nghi lễ biểu diễn trống chào mừng",
            "c",
        ),
        P(
            "Năm học 2025 – 2026, nhà trường có 46 học sinh đạt giải học sinh giỏi cấp thành phố, "
            "11 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh lên lớp đạt 99,6%; 100% học sinh lớp 9 "
            "được công nhận tốt nghiệp THCS. Trường tiếp tục giữ vững danh hiệu Tập thể lao động "
            "xuất sắc."
        ),
        P(
            "Phát biểu khai giảng, cô Nguyễn Thị Thanh Thủy, Hiệu trưởng nhà trường, đã quán triệt "
            "các nhiệm vụ trọng tâm của năm học mới: tiếp tục thực hiện Chương trình giáo dục phổ "
            "thông 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số trong dạy học và quản lý, "
            "nâng cao chất lượng giáo dục mũi nhọn, đồng thời chú trọng giáo dục kỹ năng sống, xây "
            "dựng trường học hạnh phúc."
        ),
        Img(
            up(9, "khai-giang-03.jpg"),
            "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
            "a",
        ),
        P(
            "Tại buổi lễ, nhà trường đã trao 30 suất học bổng “Tiếp sức đến trường”, mỗi suất trị "
            "giá 1.000.000 đồng cho các em học sinh có hoàn cảnh khó khăn vươn lên học tốt, do Hội "
            "Khuyến học phường và các mạnh thường quân tài trợ."
        ),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, để "
            "lại nhiều cảm xúc cho thầy cô và các em trong ngày đầu năm học mới."
        ),
        right("<strong>Bài: Nguyễn Văn Long</strong>"),
        right("<strong>Ảnh: Lê Thị Thu</strong>"),
    ],
    authors=["Nguyễn Văn Long"],
    photographers=["Lê Thị Thu"],
    summary=(
        "Sáng ngày 05/9/2026, trong không khí tưng bừng của ngày hội toàn dân đưa trẻ đến "
        "trường, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ khai giảng năm học mới 2026 – "
        "2027 với sự tham dự của gần 1.200 học sinh và 78 cán bộ, giáo viên, nhân viên."
    ),
    opts={"date": "f1", "time": (10, 20)},
)

A2 = Story(
    191,
    "hoi-nghi-vien-chuc",
    "Hội nghị viên chức, người lao động năm học 2026 – 2027",
    "1",
    "2026-09-19",
    [
        P(
            "Chiều ngày 18/9/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 – 2027. Hội nghị vinh dự đón tiếp đồng chí Lê Văn Hùng, Phó Trưởng "
            "phòng Văn hóa – Xã hội thành phố Tam Kỳ, về dự và chỉ đạo."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026 và phương hướng, nhiệm vụ năm "
            "học 2026 – 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân "
            "dân. Các đại biểu tập trung thảo luận và thống nhất các chỉ tiêu chủ yếu sau:"
        ),
        P("1. Tỷ lệ học sinh lên lớp thẳng đạt từ 97% trở lên; tỷ lệ học sinh bỏ học dưới 0,2%.", "num"),
        P(
            "2. Có ít nhất 40 học sinh đạt giải học sinh giỏi cấp thành phố và 10 học sinh đạt giải "
            "cấp tỉnh.",
            "num",
        ),
        P(
            "3. 100% giáo viên ứng dụng công nghệ thông tin trong giảng dạy; mỗi tổ chuyên môn thực "
            "hiện ít nhất 02 chuyên đề cấp trường mỗi học kỳ.",
            "num",
        ),
        P(
            "4. Phấn đấu trường đạt danh hiệu Tập thể lao động xuất sắc; Công đoàn cơ sở vững mạnh "
            "xuất sắc.",
            "num",
        ),
        P(
            "Hội nghị cũng đã thông qua Quy chế chi tiêu nội bộ, Quy chế thi đua – khen thưởng và "
            "Quy chế dân chủ ở cơ sở năm học 2026 – 2027, đồng thời bầu Ban Thanh tra nhân dân "
            "nhiệm kỳ mới gồm 3 đồng chí."
        ),
        P(
            "Kết thúc hội nghị, toàn thể cán bộ, giáo viên, nhân viên đã ký kết giao ước thi đua, "
            "quyết tâm hoàn thành xuất sắc nhiệm vụ năm học."
        ),
    ],
    opts={"date": "f4"},
)

B1 = Story(
    193,
    "dai-hoi-lien-doi",
    "Đại hội Liên đội Lý Tự Trọng nhiệm kỳ 2026 – 2027",
    "2",
    "2026-09-26T15:40:00+07:00",
    [
        P(
            "Chiều 25/9/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức thành công Đại hội Liên đội "
            "nhiệm kỳ 2026 – 2027 với sự tham gia của 120 đại biểu là chỉ huy các chi đội và đội "
            "viên tiêu biểu.",
            "lead",
        ),
        P(
            "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi nhiệm kỳ qua: Liên "
            "đội duy trì tốt các phong trào “Kế hoạch nhỏ”, “Áo ấm tặng bạn”, “Đôi bạn cùng tiến”; "
            "thu gom hơn 2,5 tấn giấy vụn, trao 15 suất quà cho đội viên có hoàn cảnh khó khăn và "
            "được Hội đồng Đội thành phố tặng Giấy khen."
        ),
        Img(
            up(9, "dai-hoi-lien-doi-1.jpg"),
            "Đội nghi lễ làm lễ chào cờ khai mạc Đại hội",
            "Đội nghi lễ làm lễ chào cờ khai mạc Đại hội",
            "b",
        ),
        P(
            "Trong phần thảo luận, các đại biểu đã mạnh dạn đóng góp nhiều ý kiến tâm huyết về xây "
            "dựng “Tủ sách Đội”, tổ chức các câu lạc bộ năng khiếu và tăng cường hoạt động trải "
            "nghiệm vào các buổi sinh hoạt dưới cờ."
        ),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 9 bạn; em Trần Ngọc Bảo Trâm, "
            "lớp 9/2, được tín nhiệm bầu làm Liên đội trưởng."
        ),
        Img(
            up(9, "dai-hoi-lien-doi-2.jpg"),
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
            "b",
        ),
        P(
            "Phát biểu chỉ đạo, thầy Võ Đức Minh, Phó Hiệu trưởng nhà trường, mong muốn Ban Chỉ "
            "huy mới phát huy vai trò gương mẫu, sáng tạo, cùng Tổng phụ trách Đội đưa phong trào "
            "của Liên đội ngày càng phát triển."
        ),
        right("<strong>Thực hiện: Nhóm PV Liên đội</strong>"),
    ],
    authors=["Nhóm PV Liên đội"],
    summary=(
        "Chiều 25/9/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức thành công Đại hội Liên đội "
        "nhiệm kỳ 2026 – 2027 với sự tham gia của 120 đại biểu là chỉ huy các chi đội và đội "
        "viên tiêu biểu."
    ),
    opts={"date": "f2", "time": (15, 40)},
)

A7 = Story(
    197,
    "hoi-nghi-cmhs",
    "Hội nghị Cha mẹ học sinh đầu năm học 2026 – 2027",
    "1",
    "2026-10-03T10:15:00+07:00",
    [
        P(
            "Sáng Chủ nhật, ngày 27/9/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị Cha mẹ học "
            "sinh toàn trường đầu năm học 2026 – 2027 với sự tham dự của đại diện cha mẹ học sinh "
            "28 lớp."
        ),
        P(
            "Tại hội nghị, cô Hiệu trưởng Nguyễn Thị Thanh Thủy đã thông báo kết quả năm học 2025 – "
            "2026, kế hoạch năm học mới và những điểm mới trong đánh giá học sinh theo Thông tư "
            "22/2021/TT-BGDĐT."
        ),
        Img(
            up(10, "hoi-nghi-cmhs.jpg"),
            "Cô Nguyễn Thị Thanh Thủy, Hiệu trưởng nhà trường, phát biểu tại hội nghị (Ảnh: Lê Thu)",
            "Cô Nguyễn Thị Thanh Thủy, Hiệu trưởng nhà trường, phát biểu tại hội nghị (Ảnh: Lê Thu)",
            "g",
        ),
        P(
            "Các phụ huynh đã trao đổi thẳng thắn về việc quản lý học sinh sử dụng điện thoại di "
            "động, an toàn giao thông trước cổng trường giờ tan học và việc tổ chức bán trú cho học "
            "sinh khối 6."
        ),
        P(
            "Hội nghị đã bầu Ban đại diện Cha mẹ học sinh trường gồm 9 thành viên; ông Nguyễn Hữu "
            "Thắng, phụ huynh lớp 8/3, được bầu làm Trưởng ban."
        ),
        P(
            "Ban đại diện thống nhất không thu các khoản ngoài quy định; mọi khoản tài trợ đều trên "
            "tinh thần tự nguyện và được công khai trên bảng tin nhà trường trước ngày 15/10/2026."
        ),
        right("<b>Tác giả: Phạm Minh Tuấn</b>", "div"),
    ],
    authors=["Phạm Minh Tuấn"],
    photographers=["Lê Thu"],
    opts={"date": "meta", "time": (10, 15), "form": "div", "views": 231},
)

C1 = Story(
    202,
    "chuyen-de-tieng-anh",
    "Sinh hoạt chuyên đề: Tổ chức hoạt động nói theo nhóm trong giờ học Tiếng Anh",
    "3",
    "2026-10-08",
    [
        P(
            "Nhằm nâng cao kỹ năng giao tiếp cho học sinh, ngày 06/10/2026, Tổ Tiếng Anh Trường "
            "THCS Lý Tự Trọng tổ chức sinh hoạt chuyên đề “Tổ chức hoạt động nói theo nhóm trong "
            "giờ học Tiếng Anh lớp 7” theo Chương trình GDPT 2018."
        ),
        P(
            "Tiết dạy minh họa Unit 4: Music and Arts do cô Lê Thị Bích thực hiện tại lớp 7/4. Học "
            "sinh được chia thành 6 nhóm, mỗi nhóm chuẩn bị một bài giới thiệu ngắn về loại nhạc cụ "
            "truyền thống Việt Nam mà các em yêu thích."
        ),
        Img(
            up(10, "chuyen-de-ta-1.jpg"),
            "Hình 1. Học sinh lớp 7/4 thảo luận nhóm trong tiết dạy minh họa",
            "Hình 1. Học sinh lớp 7/4 thảo luận nhóm trong tiết dạy minh họa",
            "d",
        ),
        P("Qua tiết dạy, tổ chuyên môn thống nhất một số biện pháp:"),
        P("Giao nhiệm vụ rõ ràng, có phiếu học tập và thời gian cụ thể cho từng nhóm;", "li"),
        P(
            "Phân vai trong nhóm (nhóm trưởng, thư ký, người trình bày) và luân phiên sau mỗi tiết;",
            "li",
        ),
        P("Sử dụng bảng kiểm để học sinh tự đánh giá và đánh giá chéo;", "li"),
        P(
            "Khuyến khích học sinh dùng tiếng Anh trong suốt quá trình thảo luận, giáo viên hỗ trợ "
            "từ vựng khi cần.",
            "li",
        ),
        Img(
            up(10, "chuyen-de-ta-2.jpg"),
            "Hình 2. Các thầy cô trong tổ góp ý tiết dạy",
            "Hình 2. Các thầy cô trong tổ góp ý tiết dạy",
            "d",
        ),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức hoạt động nhóm hiệu "
            "quả, phát huy tính chủ động của học sinh. Tổ sẽ tiếp tục triển khai chuyên đề ở khối 8 "
            "vào tháng 12/2026."
        ),
        right("<strong>Cô giáo Lê Thị Bích –<br>\nTổ Tiếng Anh</strong>"),
    ],
    authors=["Lê Thị Bích"],
    opts={"date": "f5"},
)

A3 = Story(
    205,
    "pccc",
    "Học sinh Tam Kỳ được trang bị kỹ năng phòng cháy, chữa cháy và thoát nạn",
    "1",
    "2026-10-14",
    [
        P(
            "Trong tháng 10/2026, Cảnh sát PCCC và CNCH Công an tỉnh Quảng Nam phối hợp với các "
            "trường học trên địa bàn TP. Tam Kỳ tổ chức tuyên truyền, hướng dẫn kỹ năng phòng cháy, "
            "chữa cháy và thoát nạn cho hàng nghìn học sinh.",
            "lead",
        ),
        P(
            "Tại Trường THCS Lý Tự Trọng, hơn 600 học sinh khối 8 và khối 9 được cán bộ cảnh sát "
            "giới thiệu về nguyên nhân thường gặp gây cháy nổ trong gia đình, cách nhận biết và sử "
            "dụng bình chữa cháy xách tay, cách gọi điện báo cháy qua số 114."
        ),
        Img(up(10, "pccc-minh-hoa.jpg"), "Ảnh minh họa", "Ảnh minh họa", "f"),
        P(
            "Các em còn được thực hành kỹ năng thoát nạn khi có khói: dùng khăn ướt che mũi miệng, "
            "cúi thấp người di chuyển theo biển chỉ dẫn lối thoát, không sử dụng thang máy và không "
            "quay lại khu vực đang cháy để lấy đồ đạc."
        ),
        P(
            "Theo Thượng tá Nguyễn Văn Trung, Phó Trưởng phòng Cảnh sát PCCC và CNCH, việc trang "
            "bị kiến thức từ sớm giúp học sinh bình tĩnh xử lý khi gặp sự cố, đồng thời trở thành "
            "tuyên truyền viên nhỏ nhắc nhở gia đình thực hiện tốt các quy định an toàn phòng cháy."
        ),
        P(
            "Dự kiến đến hết tháng 12/2026, chương trình sẽ được tổ chức tại 100% trường THCS trên "
            "địa bàn thành phố."
        ),
        right("<em>Theo Báo Quảng Nam</em>"),
    ],
    source="Báo Quảng Nam",
    summary=(
        "Trong tháng 10/2026, Cảnh sát PCCC và CNCH Công an tỉnh Quảng Nam phối hợp với các "
        "trường học trên địa bàn TP. Tam Kỳ tổ chức tuyên truyền, hướng dẫn kỹ năng phòng cháy, "
        "chữa cháy và thoát nạn cho hàng nghìn học sinh."
    ),
    opts={"date": "f5"},
)

G1 = Story(
    209,
    "bao-ngoc",
    "Nguyễn Trần Bảo Ngọc – cô học trò nhỏ giàu nghị lực",
    "4",
    "2026-10-20",
    [
        P(
            "Mồ côi cha từ năm học lớp 3, sống cùng mẹ và bà ngoại trong căn nhà nhỏ ở khối phố Mỹ "
            "Thạch Trung, em Nguyễn Trần Bảo Ngọc, học sinh lớp 8/1, vẫn luôn là tấm gương sáng về "
            "tinh thần vượt khó của Trường THCS Lý Tự Trọng."
        ),
        Img(up(10, "bao-ngoc.jpg"), None, None, "e"),
        P(
            "Mỗi ngày, Ngọc dậy từ 5 giờ sáng để phụ mẹ dọn hàng bánh bèo ở chợ Tam Kỳ trước khi "
            "đến trường. Buổi chiều, em trông em họ, nấu cơm cho bà rồi mới ngồi vào bàn học. Chiếc "
            "bàn học là tấm ván cũ được mẹ kê lại, chiếc đèn bàn do cô chủ nhiệm tặng từ năm lớp 6. "
            "Thế nhưng, suốt bảy năm học, Ngọc chưa năm nào không đạt danh hiệu học sinh giỏi; năm "
            "học 2025 – 2026, em đạt giải Nhì môn Toán cấp thành phố và giải Khuyến khích cấp tỉnh.",
            "just",
        ),
        P(
            "Cô Phan Thị Lệ, giáo viên chủ nhiệm, chia sẻ: “Ngọc ít nói nhưng rất chăm chỉ. Bài nào "
            "chưa hiểu em hỏi đến khi hiểu mới thôi, và còn dành giờ ra chơi để giảng bài lại cho "
            "các bạn trong nhóm.”"
        ),
        P(
            "Không chỉ học tốt, Ngọc còn là chi đội trưởng năng nổ, tích cực tham gia phong trào "
            "“Kế hoạch nhỏ” và đội văn nghệ của trường. Ước mơ của em là trở thành cô giáo dạy Toán "
            "để giúp đỡ những bạn nhỏ có hoàn cảnh giống mình."
        ),
        P(
            "Nhân dịp khai giảng năm học mới, Ngọc được nhận học bổng “Tiếp sức đến trường” và phần "
            "quà của Hội Khuyến học phường. Mong rằng những sự quan tâm ấy sẽ tiếp thêm động lực để "
            "em tiếp tục vững bước trên con đường học tập."
        ),
        right("<strong>Người viết bài: Nguyễn Thị Kim Oanh</strong>"),
    ],
    authors=["Nguyễn Thị Kim Oanh"],
    opts={"date": "f6"},
)

B2 = Story(
    214,
    "ke-hoach-nho",
    "Liên đội ra quân phong trào “Kế hoạch nhỏ” đợt 1 năm học 2026 – 2027",
    "2",
    "2026-10-27T14:05:00+07:00",
    [
        P(
            "Hưởng ứng Tháng hành động “Vì bạn nghèo”, sáng ngày 24/10/2026, Liên đội Trường THCS "
            "Lý Tự Trọng tổ chức ra quân thu gom giấy vụn, vỏ lon, chai nhựa thực hiện phong trào "
            "“Kế hoạch nhỏ” đợt 1."
        ),
        Img(up(10, "ke-hoach-nho.jpg"), None, None, "e"),
        P(
            "Ngay từ 6 giờ 30, sân trường đã rộn ràng tiếng cười nói của các đội viên. Từng chi "
            "đội mang theo những bó giấy báo cũ, vở viết đã qua sử dụng được xếp gọn gàng, buộc dây "
            "cẩn thận, cùng những túi vỏ lon, chai nhựa mà các em đã tích góp suốt nhiều tuần qua. "
            "Ban Chỉ huy Liên đội phân công các bạn đội viên lớp 9 cân, ghi chép số lượng và phân "
            "loại ngay tại chỗ, bảo đảm nhanh gọn, chính xác và an toàn.",
            "just",
        ),
        P(
            "Kết quả, toàn Liên đội thu được 1.368 kg giấy vụn và 215 kg vỏ lon, chai nhựa. Chi "
            "đội 7/3 dẫn đầu với 112 kg, tiếp theo là các chi đội 9/1 và 6/5."
        ),
        P(
            "Toàn bộ số tiền thu được sẽ dùng để mua học phẩm, áo ấm tặng các bạn đội viên có hoàn "
            "cảnh khó khăn và góp vào quỹ xây dựng “Tủ sách Đội” của Liên đội."
        ),
        right("<strong>Người viết bài: Trần Thị Mỹ Hạnh</strong>"),
    ],
    authors=["Trần Thị Mỹ Hạnh"],
    opts={"date": "f3", "time": (14, 5)},
)

A6 = Story(
    217,
    "lich-kiem-tra",
    "Lịch kiểm tra giữa học kỳ I năm học 2026 – 2027",
    "1",
    "2026-10-30",
    [
        P(
            "Căn cứ kế hoạch giáo dục năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra giữa "
            "học kỳ I các môn kiểm tra tập trung như sau:"
        ),
        P("Ngày | Buổi | Môn | Khối | Thời gian làm bài", "th"),
        P("Thứ Hai, 09/11/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "td"),
        P("Thứ Ba, 10/11/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "td"),
        P("Thứ Tư, 11/11/2026 | Sáng | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "td"),
        P("Thứ Năm, 12/11/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút", "td"),
        P(
            "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên "
            "môn, hoàn thành trước ngày 14/11/2026."
        ),
        P(
            "Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo đầy đủ dụng cụ học "
            "tập; không mang điện thoại di động vào phòng kiểm tra. Đề nghị cha mẹ học sinh nhắc "
            "nhở, tạo điều kiện cho các em ôn tập tốt."
        ),
        right("<strong>BBT Website</strong>"),
    ],
    opts={"date": "f6"},
)

C2 = Story(
    220,
    "boi-duong-hsg",
    "Đẩy mạnh công tác bồi dưỡng học sinh giỏi lớp 9 cấp thành phố",
    "3",
    "2026-11-02",
    [
        P(
            "Còn hơn ba tháng nữa là đến Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học "
            "2026 – 2027, dự kiến diễn ra vào ngày 20/02/2027, các đội tuyển của Trường THCS Lý Tự "
            "Trọng đã bước vào giai đoạn ôn luyện tăng tốc với quyết tâm giữ vững vị trí trong tốp "
            "đầu của thành phố.",
            "lead",
        ),
        P(
            "Để chuẩn bị cho kỳ thi, ngay từ tháng 9, nhà trường đã tổ chức khảo sát, tuyển chọn 64 "
            "học sinh vào 9 đội tuyển: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch "
            "sử, Địa lý và Tin học. Mỗi đội tuyển được phân công 2 giáo viên có kinh nghiệm phụ "
            "trách, học 3 buổi mỗi tuần vào buổi chiều."
        ),
        P(
            "Thầy Võ Đức Minh, Phó Hiệu trưởng phụ trách chuyên môn, cho biết nhà trường đã xây "
            "dựng chương trình bồi dưỡng theo từng chủ đề, kết hợp kiểm tra định kỳ hai tuần một "
            "lần để đánh giá sự tiến bộ của học sinh và điều chỉnh kịp thời nội dung ôn tập."
        ),
        P(
            "Bên cạnh đó, thư viện nhà trường bổ sung hơn 120 đầu sách tham khảo, các tổ chuyên môn "
            "tích cực sưu tầm đề thi các năm trước của các tỉnh, thành để học sinh luyện tập. Ban "
            "đại diện Cha mẹ học sinh cũng hỗ trợ kinh phí bồi dưỡng và động viên các em kịp thời."
        ),
        P(
            "Năm học 2025 – 2026, nhà trường có 46 học sinh đạt giải cấp thành phố, trong đó có 5 "
            "giải Nhất. Với sự chuẩn bị chu đáo, thầy và trò nhà trường kỳ vọng sẽ tiếp tục gặt hái "
            "thành tích cao trong kỳ thi sắp tới."
        ),
    ],
    summary=(
        "Còn hơn ba tháng nữa là đến Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học "
        "2026 – 2027, dự kiến diễn ra vào ngày 20/02/2027, các đội tuyển của Trường THCS Lý Tự "
        "Trọng đã bước vào giai đoạn ôn luyện tăng tốc với quyết tâm giữ vững vị trí trong tốp "
        "đầu của thành phố."
    ),
    opts={"date": "f4", "form": "br"},
)

G2 = Story(
    226,
    "tra-lai-vi",
    "Chuyện cậu học trò trả lại ví tiền nhặt được",
    "4",
    "2026-11-06T08:50:00+07:00",
    [
        P(
            "Trên đường đi học về, một cậu học trò lớp 7 nhặt được chiếc ví da bên lề đường. Trong "
            "ví có gần ba triệu đồng cùng giấy tờ tùy thân và một tờ giấy hẹn khám bệnh của bệnh "
            "viện."
        ),
        Img(up(11, "tra-lai-vi.jpg"), "Ảnh minh họa", "Ảnh minh họa", "f"),
        P(
            "Cậu bé đứng chờ gần nửa tiếng ở chỗ nhặt được ví nhưng không thấy ai quay lại tìm. Về "
            "nhà, em kể lại với mẹ và cùng mẹ mang chiếc ví đến nộp cho công an phường."
        ),
        P(
            "Hai ngày sau, người chủ chiếc ví – một bác nông dân ở xã bên – tìm đến tận nhà để cảm "
            "ơn. Bác kể số tiền ấy là tiền cả nhà dành dụm để đưa vợ đi mổ mắt. Bác muốn gửi tặng "
            "em một ít tiền, nhưng cậu bé lễ phép từ chối: “Cháu chỉ làm điều mà thầy cô vẫn dạy "
            "thôi ạ.”"
        ),
        P(
            "Câu chuyện nhỏ nhắc nhở mỗi chúng ta rằng sự trung thực không cần những điều lớn lao; "
            "nó bắt đầu từ những việc làm giản dị hằng ngày."
        ),
        Raw('<p align="right">st</p>'),
    ],
    opts={"date": "f2", "time": (8, 50)},
)

A5 = Story(
    229,
    "hoi-thao",
    "Sôi nổi Hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "1",
    "2026-11-13T17:20:00+07:00",
    [
        P(
            "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), trong hai "
            "ngày 11 và 12/11/2026, Công đoàn Trường THCS Lý Tự Trọng tổ chức Hội thao dành cho cán "
            "bộ, giáo viên, nhân viên."
        ),
        P(
            "Hội thao gồm các nội dung: bóng chuyền hơi nam nữ phối hợp, kéo co, cờ tướng và nhảy "
            "bao bố tiếp sức, thu hút 72 vận động viên của 6 tổ công đoàn tham gia."
        ),
        Img(
            up(11, "hoi-thao.jpg"),
            "Trận chung kết bóng chuyền hơi giữa tổ Toán – Tin và tổ Ngữ văn",
            "Trận chung kết bóng chuyền hơi giữa tổ Toán – Tin và tổ Ngữ văn",
            "b",
        ),
        P(
            "Các trận đấu diễn ra sôi nổi, hào hứng trong tinh thần đoàn kết, giao lưu. Đặc biệt, "
            "môn kéo co thu hút đông đảo học sinh đến cổ vũ, tạo nên không khí vui tươi khắp sân "
            "trường."
        ),
        P(
            "Kết quả, tổ Toán – Tin giành giải Nhất toàn đoàn, tổ Ngữ văn giải Nhì, tổ Khoa học tự "
            "nhiên và tổ Văn phòng đồng giải Ba."
        ),
        P(
            "Hội thao là dịp để các thầy cô rèn luyện sức khỏe, gắn kết tình đồng nghiệp, tạo khí "
            "thế thi đua dạy tốt – học tốt, hướng tới hoàn thành xuất sắc nhiệm vụ năm học trong "
            "thời gian tới."
        ),
    ],
    authors=["Minh Thư"],
    opts={"date": "f2", "time": (17, 20), "tail": "Minh Thư"},
)

A4 = Story(
    233,
    "ky-niem-20-11",
    "Trường THCS Lý Tự Trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
    "1",
    "2026-11-20T16:45:00+07:00",
    [
        Raw("<p><em>(Tin: Hoàng Anh – CTV)</em></p>"),
        P(
            "Sáng ngày 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tổng kết đợt thi đua “Hai tốt” chào mừng "
            "ngày lễ."
        ),
        P(
            "Về dự buổi lễ có đại diện lãnh đạo UBND phường, Hội Cựu giáo chức, Ban đại diện Cha mẹ "
            "học sinh, các thầy cô giáo đã nghỉ hưu cùng đông đảo các thế hệ học sinh của trường."
        ),
        Img(
            up(11, "20-11-a.jpg"),
            "Các thầy cô giáo nghỉ hưu về dự lễ kỷ niệm",
            "Các thầy cô giáo nghỉ hưu về dự lễ kỷ niệm",
            "a",
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, cô Hiệu trưởng Nguyễn Thị Thanh Thủy "
            "bày tỏ lòng biết ơn đối với các thế hệ thầy cô đã dày công xây dựng nhà trường, đồng "
            "thời ghi nhận sự nỗ lực của tập thể sư phạm trong đợt thi đua vừa qua với 126 tiết dạy "
            "tốt, 18 chuyên đề và 4 sáng kiến được công nhận cấp trường."
        ),
        P(
            "Dịp này, nhà trường khen thưởng 15 giáo viên có thành tích xuất sắc trong đợt thi đua "
            "và 6 tập thể lớp có nhiều hoạt động chào mừng ý nghĩa."
        ),
        Img(
            up(11, "20-11-b.jpg"),
            "Đại diện học sinh tặng hoa chúc mừng các thầy cô giáo",
            "Đại diện học sinh tặng hoa chúc mừng các thầy cô giáo",
            "a",
        ),
        P(
            "Trong không khí ấm áp, các em học sinh đã mang đến những tiết mục văn nghệ đặc sắc và "
            "những bó hoa tươi thắm thay lời tri ân gửi đến thầy cô."
        ),
    ],
    authors=["Hoàng Anh"],
    opts={"date": "f3", "time": (16, 45)},
)

A8 = Story(
    238,
    "an-toan-giao-thong",
    "Tăng cường giáo dục an toàn giao thông cho học sinh dịp cuối năm",
    "1",
    "2026-11-24T09:10:00+07:00",
    [
        P(
            "Thời điểm cuối năm, lưu lượng phương tiện tham gia giao thông tăng cao, tiềm ẩn nhiều "
            "nguy cơ mất an toàn, nhất là khu vực cổng trường vào giờ tan học. Thực hiện Công văn "
            "số 2315/SGDĐT-CTTT ngày 16/11/2026 của Sở GD&ĐT Quảng Nam, nhà trường đẩy mạnh tuyên "
            "truyền, giáo dục an toàn giao thông cho học sinh."
        ),
        P(
            "Học sinh chưa đủ 16 tuổi tuyệt đối không điều khiển xe gắn máy, kể cả xe máy điện có "
            "tốc độ thiết kế trên 25 km/h; khi đi xe đạp điện phải đội mũ bảo hiểm đạt chuẩn và cài "
            "quai đúng quy cách."
        ),
        Img(
            up(11, "atgt.jpg"),
            "Học sinh ra về trật tự theo hàng tại cổng trường",
            "Học sinh ra về trật tự theo hàng tại cổng trường",
            "a",
        ),
        P(
            "Không đi hàng ba, hàng tư, không lạng lách, đánh võng, không sử dụng điện thoại khi "
            "đang điều khiển phương tiện. Cha mẹ học sinh không giao xe máy cho con em chưa đủ tuổi, "
            "không dừng đỗ xe dưới lòng đường trước cổng trường khi đón con."
        ),
        P(
            "Nhà trường đã bố trí đội cờ đỏ phối hợp với Công an phường hướng dẫn học sinh ra về "
            "theo hàng, đồng thời tổ chức cho 100% học sinh ký cam kết chấp hành Luật Trật tự, an "
            "toàn giao thông đường bộ trước ngày 30/11/2026."
        ),
        right("<b>Hoàng Yến (tổng hợp)</b>"),
    ],
    authors=["Hoàng Yến"],
    opts={"date": "f1", "time": (9, 10)},
)

STORIES: list[Story] = [A8, A4, A5, G2, C2, A6, B2, G1, A3, C1, A7, B1, A2, A1]  # newest first
BY_ID = {s.id: s for s in STORIES}

#: "Tin xem nhiều" (sidebar, every page, links with &ref=side)
MOST_READ = [G1.id, B1.id, A3.id, C1.id, A4.id]
#: "Tin mới" on the home page (the five newest)
HOME_NEW = [s.id for s in STORIES[:5]]


def in_category(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def _home_ids() -> set[int]:
    ids = set(HOME_NEW)
    for cat in CATEGORIES:
        ids.update(s.id for s in in_category(cat)[:2])
    return ids


HOME_IDS = _home_ids()


def _gold(story: Story) -> dict:
    path = f"/xem-tin.php?id={story.id}"
    alts = []
    if story.id in HOME_IDS:
        alts.append(f"{path}&ref=home")
    if story.id in MOST_READ:
        alts.append(f"{path}&ref=side")
    return gold_record(story, path, CATEGORIES[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/trang.php?p=gioi-thieu",
    "/trang.php?p=co-cau-to-chuc",
    "/trang.php?p=lien-he",
    "/album.php?id=3",
    "/lich.php",
    "/tin-tuc.php?cat=1&trang=2",
]


# --- dates --------------------------------------------------------------------------------------


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return y, m, d


def date_line(story: Story) -> str:
    y, m, d = _ymd(story)
    hh, mm = story.opts.get("time", (0, 0))
    form = story.opts["date"]
    if form == "f1":
        wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
        return f"{wd}, {d:02d}/{m:02d}/{y}, {hh:02d}:{mm:02d} (GMT+7)"
    if form == "f2":
        return f"{d:02d}/{m:02d}/{y} | {hh:02d}:{mm:02d}"
    if form == "f3":
        return f"Đăng lúc {hh} giờ {mm:02d} phút, ngày {d} tháng {m} năm {y}"
    if form == "f4":
        return f"Ngày đăng: {y}-{m:02d}-{d:02d}"
    if form == "f5":
        return f"{d} Tháng {m}, {y}"
    if form == "f6":
        return f"Cập nhật: {d:02d}-{m:02d}-{y}"
    views = story.opts.get("views", 100)
    return f"Đăng bởi: admin | {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} | Lượt xem: {views}"


def short_date(story: Story) -> str:
    _, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}"


def list_date(story: Story) -> str:
    y, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


# --- article text -------------------------------------------------------------------------------


def _img_tag(src: str, width: int = 500) -> str:
    return f'<img src="{src}" width="{width}" border="0" alt="" />'


def render_img(img: Img) -> str:
    s = img.style
    if s == "a":
        return (
            f'<p style="text-align: center;">{_img_tag(img.src)}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        )
    if s == "b":
        return (
            f'<p align="center">{_img_tag(img.src)}</p>\n'
            f'<p align="center"><span style="font-size: 12px;">{esc(img.printed)}</span></p>'
        )
    if s == "d":
        word, num, rest = img.printed.split(" ", 2)
        label = f"{word} {num}"
        return (
            f'<div align="center">{_img_tag(img.src)}</div>\n'
            f'<p style="text-align: center;"><b>{esc(label)}</b> {esc(rest)}</p>'
        )
    if s == "e":
        return f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
    if s == "f":
        return (
            f'<p align="center">{_img_tag(img.src)}</p>\n'
            f'<p align="center"><i>{esc(img.printed)}</i></p>'
        )
    if s == "g":
        return (
            f'<div style="text-align: center;">{_img_tag(img.src)}</div>\n'
            f'<div style="text-align: center;"><em>{esc(img.printed)}</em></div>'
        )
    raise ValueError(s)


def render_pair(a: Img, b: Img) -> str:
    cells = "".join(
        f'<td align="center" valign="top" width="50%">{_img_tag(i.src, 300)}<br />\n'
        f'<span style="font-size: 12px;"><em>{esc(i.printed)}</em></span></td>'
        for i in (a, b)
    )
    return f'<table class="tbl-anh" width="100%" border="0" cellpadding="3"><tr>{cells}</tr></table>'


def _ptext(story: Story, p: P, last: bool) -> str:
    inner = esc(p.text)
    if last and story.opts.get("tail"):
        inner += f" ({esc(story.opts['tail'])})"
    if p.style == "lead":
        inner = f"<strong>{inner}</strong>"
    return inner


def render_body(story: Story) -> str:
    blocks = story.blocks
    last_p = max(i for i, b in enumerate(blocks) if isinstance(b, P))
    form = story.opts.get("form", "p")
    if form == "br":
        runs = [_ptext(story, b, i == last_p) for i, b in enumerate(blocks) if isinstance(b, P)]
        raws = [b.html for b in blocks if isinstance(b, Raw)]
        return (
            '<div style="text-align: justify;">' + "<br />\n<br />\n".join(runs) + "</div>\n"
            + "\n".join(raws)
        )
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "c":
                out.append(render_pair(b, blocks[i + 1]))
                i += 1
            else:
                out.append(render_img(b))
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
                tag = blocks[i].style
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" '
                'width="100%">\n' + "\n".join(rows) + "\n</table>"
            )
            continue
        else:
            inner = _ptext(story, b, i == last_p)
            if form == "div":
                out.append(f"<div>{inner}</div>")
            elif b.style == "just":
                out.append(f'<p style="text-align: justify;">{inner}</p>')
            else:
                out.append(f"<p>{inner}</p>")
        i += 1
    return "\n".join(out)


# --- page frame ---------------------------------------------------------------------------------

NOTICES = [
    (f"xem-tin.php?id={A6.id}", "Lịch kiểm tra giữa học kỳ I năm học 2026 – 2027"),
    ("lich.php", "Thời khóa biểu áp dụng từ ngày 09/11/2026"),
    ("trang.php?p=lien-he", "Tuyển nhân viên thư viện (hợp đồng) – liên hệ Văn phòng"),
]


def layout(title: str, centre: str, description: str = "", head: str = "") -> str:
    menu_cats = "".join(
        f'<li><a href="tin-tuc.php?cat={k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    left_cats = "".join(
        f'<li><img src="images/arrow.gif" alt="" /> <a href="tin-tuc.php?cat={k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    notices = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(
        f'<a href="{href}">{esc(t)}</a> <img src="images/new.gif" alt="new" />' for href, t in NOTICES
    )
    most = "".join(
        f'<li><a href="xem-tin.php?id={i}&ref=side">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    desc = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{desc}<meta name="keywords" content="THCS Lý Tự Trọng, Tam Kỳ, Quảng Nam, giáo dục" />
{head}<link href="css/bootstrap.min.css" rel="stylesheet" />
<link href="css/style.css?v=3" rel="stylesheet" />
<script src="js/jquery-1.11.3.min.js"></script>
<script src="js/bootstrap.min.js"></script>
</head>
<body>
<a name="top"></a>
<div id="fb-root"></div>
<script>(function(d, s, id) {{ var js, fjs = d.getElementsByTagName(s)[0];
if (d.getElementById(id)) return; js = d.createElement(s); js.id = id;
js.src = "//connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v2.5";
fjs.parentNode.insertBefore(js, fjs); }}(document, 'script', 'facebook-jssdk'));</script>
<div class="container" id="wrapper">
  <div class="banner"><a href="index.php"><img src="images/banner.jpg" class="img-responsive" alt="Trường THCS Lý Tự Trọng - Tam Kỳ" /></a></div>
  <nav class="navbar navbar-default menu-chinh">
    <ul class="nav navbar-nav">
      <li><a href="index.php">Trang chủ</a></li>
      <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
        <ul class="dropdown-menu"><li><a href="trang.php?p=gioi-thieu">Lịch sử nhà trường</a></li>
        <li><a href="trang.php?p=co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
      <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
        <ul class="dropdown-menu">{menu_cats}</ul></li>
      <li><a href="lich.php">Thời khóa biểu</a></li>
      <li><a href="album.php?id=3">Thư viện ảnh</a></li>
      <li><a href="trang.php?p=lien-he">Liên hệ</a></li>
    </ul>
  </nav>
  <div class="thanh-ngay"><span class="pull-left">{CLOCK}</span>
    <form class="pull-right" action="tim-kiem.php" method="get"><input type="text" name="tukhoa" placeholder="Tìm kiếm..." /> <input type="submit" value="Tìm" /></form>
    <div class="clearfix"></div></div>
  <div class="row">
    <div class="col-md-3 cot-trai">
      <div class="khung"><div class="khung-tieude">Chuyên mục</div>
        <ul class="ds-chuyenmuc">{left_cats}</ul></div>
      <div class="khung"><div class="khung-tieude">Tiện ích</div>
        <ul class="ds-chuyenmuc"><li><a href="lich.php">Thời khóa biểu</a></li>
        <li><a href="album.php?id=3">Album: Lễ khai giảng 2026</a></li>
        <li><a href="album.php?id=2">Album: Hội trại 26/3</a></li>
        <li><a href="http://qlgd.quangnam.edu.vn" target="_blank">Sổ liên lạc điện tử</a></li></ul></div>
      <div class="khung"><div class="khung-tieude">Thống kê truy cập</div>
        <div class="bo-dem">Đang truy cập: 9 – Hôm nay: 341 – Tổng: 256.713</div></div>
    </div>
    <div class="col-md-6 cot-giua">
{centre}
    </div>
    <div class="col-md-3 cot-phai">
      <div class="khung"><div class="khung-tieude">Thông báo mới</div>
        <marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="120">{notices}</marquee></div>
      <div class="khung"><div class="khung-tieude">Tin xem nhiều</div><ul class="tin-xem-nhieu">{most}</ul></div>
      <div class="khung"><div class="khung-tieude">Video clip</div>
        <iframe width="100%" height="180" src="https://www.youtube.com/embed/kX3pYh2fT8Q" frameborder="0" allowfullscreen></iframe></div>
      <div class="khung"><div class="khung-tieude">Thăm dò ý kiến</div>
        <form action="binh-chon.php" method="post"><p>Bạn biết đến website của trường qua đâu?</p>
        <label><input type="radio" name="luachon" value="1" /> Thầy cô giới thiệu</label><br />
        <label><input type="radio" name="luachon" value="2" /> Bạn bè</label><br />
        <label><input type="radio" name="luachon" value="3" /> Tìm kiếm trên Google</label><br />
        <input type="submit" value="Bình chọn" /></form></div>
      <div class="khung"><div class="khung-tieude">Liên kết website</div>
        <ul><li><a href="http://www.moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
        <li><a href="http://quangnam.edu.vn" target="_blank">Sở GD&amp;ĐT Quảng Nam</a></li>
        <li><a href="http://tamky.gov.vn" target="_blank">UBND TP. Tam Kỳ</a></li></ul></div>
      <div class="khung"><a href="http://quangnam.edu.vn"><img src="images/qc-so-gd.png" class="img-responsive" alt="" /></a></div>
    </div>
  </div>
  <div class="footer">
    <p><b>TRƯỜNG THCS LÝ TỰ TRỌNG – TP. TAM KỲ – TỈNH QUẢNG NAM</b></p>
    <p>Địa chỉ: 86 Phan Bội Châu, phường Tân Thạnh, TP. Tam Kỳ, tỉnh Quảng Nam</p>
    <p>Điện thoại: (0235) 3851 247 – Email: thcslytutrong.tk@quangnam.edu.vn</p>
    <p>Ghi rõ nguồn “Website Trường THCS Lý Tự Trọng” khi phát hành lại thông tin từ website này.</p>
    <p class="thiet-ke">Thiết kế: Nguyễn Hải IT – 0905 118 462</p>
  </div>
</div>
</body>
</html>"""


def breadcrumb(cat: str) -> str:
    return (
        '<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li>'
        f'<li><a href="tin-tuc.php?cat={cat}">{esc(CATEGORIES[cat])}</a></li></ol>'
    )


def first_img(story: Story) -> str:
    imgs = story.images
    return imgs[0].src if imgs else "/images/no-image.jpg"


def snippet(story: Story, n: int = 160) -> str:
    txt = story.paragraphs[0]
    return txt if len(txt) <= n else txt[:n].rsplit(" ", 1)[0] + "..."


# --- pages --------------------------------------------------------------------------------------


def article_page(story: Story) -> Response:
    others = [s for s in in_category(story.cat) if s.id != story.id][:5]
    other_html = "".join(
        f'<li><a href="xem-tin.php?id={s.id}">{esc(s.title)}</a> <span class="ngay">({short_date(s)})</span></li>'
        for s in others
    )
    meta_cls = "thong-tin-dang" if story.opts["date"] == "meta" else "ngay-dang"
    centre = f"""      {breadcrumb(story.cat)}
      <div class="chi-tiet-tin">
        <h2 class="tieude-tin">{esc(story.title)}</h2>
        <div class="{meta_cls}">{esc(date_line(story))}</div>
        <div class="noi-dung-tin">
{render_body(story)}
        </div>
        <div class="cong-cu"><img src="images/icon_print.gif" alt="" /> <a href="javascript:window.print();">In bài</a> |
          <img src="images/icon_email.gif" alt="" /> <a href="mailto:?subject={esc(story.title)}">Gửi bạn bè</a> |
          <img src="images/icon_top.gif" alt="" /> <a href="#top">Lên đầu trang</a></div>
        <div class="tin-khac"><h4>Các tin khác:</h4><ul>{other_html}</ul></div>
        <div class="fb-comments" data-href="http://thcslytutrong-tamky.edu.vn/xem-tin.php?id={story.id}" data-width="100%" data-numposts="5"></div>
      </div>"""
    head = (
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:image" content="{first_img(story)}" />\n'
    )
    return html(layout(f"{story.title} - {SITE}", centre, snippet(story), head))


def missing_article() -> Response:
    centre = '      <div class="alert alert-warning">Bài viết không tồn tại hoặc đã bị xóa!</div>'
    return html(layout(SITE, centre))


def listing_page(cat: str, page: int) -> Response:
    items = in_category(cat)
    pages = max(1, (len(items) + PER_PAGE - 1) // PER_PAGE)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f"""<div class="media tin-item">
  <a class="pull-left" href="xem-tin.php?id={s.id}"><img class="media-object anh-nho" src="{first_img(s)}" width="120" alt="" /></a>
  <div class="media-body"><h4 class="media-heading"><a href="xem-tin.php?id={s.id}">{esc(s.title)}</a></h4>
  <span class="ngay">({list_date(s)})</span><p>{esc(snippet(s))}</p></div>
</div>
"""
        for s in chunk
    ) or '<p class="text-muted">Không có tin nào trong mục này.</p>'
    base = f"tin-tuc.php?cat={cat}&amp;trang="
    nums = " ".join(
        f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{base}{n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    prev_n, next_n = max(1, page - 1), min(pages, page + 1)
    pager = (
        f'<ul class="pagination phan-trang"><li><a href="{base}1">« Đầu</a></li>'
        f'<li><a href="{base}{prev_n}">‹</a></li> {nums} <li><a href="{base}{next_n}">›</a></li>'
        f'<li><a href="{base}{pages}">Cuối »</a></li></ul>'
    )
    centre = (
        f"      {breadcrumb(cat)}\n      <h3 class=\"tieude-muc\">{esc(CATEGORIES[cat])}</h3>\n"
        f"      {rows}\n      {pager}"
    )
    return html(layout(f"{CATEGORIES[cat]} - Trang {page} - {SITE}", centre))


def home_page() -> Response:
    top = BY_ID[HOME_NEW[0]]
    rest = "".join(
        f'<li><a href="xem-tin.php?id={i}&amp;ref=home">{esc(BY_ID[i].title)}</a> '
        f'<span class="ngay">({short_date(BY_ID[i])})</span></li>'
        for i in HOME_NEW[1:]
    )
    boxes = ""
    for k, name in CATEGORIES.items():
        lis = "".join(
            f'<li><a href="xem-tin.php?id={s.id}&amp;ref=home">{esc(s.title)}</a></li>'
            for s in in_category(k)[:2]
        )
        boxes += (
            f'<div class="khung-muc"><div class="khung-tieude"><a href="tin-tuc.php?cat={k}">'
            f"{esc(name)}</a></div><ul>{lis}</ul>"
            f'<a class="xem-them" href="tin-tuc.php?cat={k}">Xem thêm »</a></div>\n'
        )
    centre = f"""      <div class="khung-tieude">Tin mới</div>
      <div class="tin-noi-bat">
        <a href="xem-tin.php?id={top.id}&amp;ref=home"><img src="{first_img(top)}" class="img-responsive" alt="" /></a>
        <h3><a href="xem-tin.php?id={top.id}&amp;ref=home">{esc(top.title)}</a></h3>
        <p>{esc(snippet(top, 220))}</p>
      </div>
      <ul class="tin-moi">{rest}</ul>
      {boxes}
      <div class="khung-tieude">Thư viện ảnh</div>
      <div class="row"><div class="col-xs-6"><a href="album.php?id=3"><img src="/uploads/album/3/thumb.jpg" class="img-responsive" alt="" /><br />Lễ khai giảng 2026</a></div>
      <div class="col-xs-6"><a href="album.php?id=2"><img src="/uploads/album/2/thumb.jpg" class="img-responsive" alt="" /><br />Hội trại 26/3</a></div></div>"""
    return html(
        layout(f"{SITE} - TP. Tam Kỳ - Quảng Nam", centre, "Website Trường THCS Lý Tự Trọng, TP. Tam Kỳ")
    )


STATIC_PAGES = {
    "gioi-thieu": (
        "Lịch sử nhà trường",
        [
            "Trường THCS Lý Tự Trọng được thành lập ngày 15/8/1997 theo Quyết định của UBND thị xã "
            "Tam Kỳ, trên cơ sở tách ra từ Trường PTCS Tân Thạnh. Những năm đầu, trường chỉ có 12 "
            "lớp với 480 học sinh và 26 cán bộ, giáo viên.",
            "Trải qua gần 30 năm xây dựng và phát triển, đến nay trường có 28 lớp với gần 1.200 học "
            "sinh, 78 cán bộ, giáo viên, nhân viên; đạt chuẩn quốc gia mức độ 2 năm 2019 và kiểm "
            "định chất lượng giáo dục cấp độ 3 năm 2023.",
            "Nhà trường nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc, được Chủ tịch UBND "
            "tỉnh tặng Cờ thi đua năm học 2022 – 2023.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: cô Nguyễn Thị Thanh Thủy.",
            "Phó Hiệu trưởng: thầy Võ Đức Minh (phụ trách chuyên môn), cô Đặng Thị Hồng Nhung "
            "(phụ trách cơ sở vật chất).",
            "Các tổ chuyên môn: Toán – Tin; Ngữ văn; Tiếng Anh; Khoa học tự nhiên; Lịch sử – Địa lý; "
            "Nghệ thuật – Thể chất; Tổ Văn phòng.",
            "Chủ tịch Công đoàn: thầy Phạm Minh Tuấn. Tổng phụ trách Đội: cô Trần Thị Mỹ Hạnh.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường THCS Lý Tự Trọng – 86 Phan Bội Châu, phường Tân Thạnh, TP. Tam Kỳ, Quảng Nam.",
            "Điện thoại: (0235) 3851 247 – Email: thcslytutrong.tk@quangnam.edu.vn",
            "Giờ làm việc: sáng 7h00 – 11h00, chiều 13h30 – 17h00 từ thứ Hai đến thứ Bảy.",
        ],
    ),
}


def static_page(slug: str) -> Response:
    title, paras = STATIC_PAGES[slug]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if slug == "lien-he":
        body += """
<form action="trang.php?p=lien-he" method="post" class="form-lien-he">
<p>Họ tên: <input type="text" name="hoten" /></p><p>Email: <input type="text" name="email" /></p>
<p>Nội dung:<br /><textarea name="noidung" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p></form>"""
    centre = (
        '      <ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li>'
        f"<li>{esc(title)}</li></ol>\n"
        f'      <h2 class="tieude-tin">{esc(title)}</h2>\n      <div class="noi-dung-tin">{body}</div>'
    )
    return html(layout(f"{title} - {SITE}", centre))


ALBUMS = {
    3: (
        "Lễ khai giảng năm học 2026 – 2027",
        "05/09/2026",
        ["Học sinh lớp 6 nhận hoa chào đón", "Đội trống nghi lễ", "Các đại biểu dự lễ", "Tiết mục văn nghệ"],
    ),
    2: (
        "Hội trại truyền thống 26/3",
        "26/03/2026",
        ["Cổng trại chi đoàn giáo viên", "Trò chơi lớn", "Lửa trại"],
    ),
}


def album_page(aid: int) -> Response:
    title, day, captions = ALBUMS[aid]
    cells = "".join(
        f'<div class="col-xs-6 col-md-4 anh-album"><a href="/uploads/album/{aid}/{n + 1}.jpg" '
        f'class="fancybox" rel="album"><img src="/uploads/album/{aid}/thumb_{n + 1}.jpg" '
        f'class="img-thumbnail" alt="" /></a><p class="text-center"><em>{esc(c)}</em></p></div>'
        for n, c in enumerate(captions)
    )
    others = "".join(
        f'<li><a href="album.php?id={k}">{esc(v[0])}</a></li>' for k, v in ALBUMS.items() if k != aid
    )
    centre = (
        '      <ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li>'
        "<li>Thư viện ảnh</li></ol>\n"
        f'      <h2 class="tieude-tin">Album: {esc(title)}</h2>\n'
        f'      <div class="ngay-dang">Ngày tạo: {day} – {len(captions)} ảnh</div>\n'
        f'      <div class="row">{cells}</div>\n'
        f'      <div class="tin-khac"><h4>Album khác:</h4><ul>{others}</ul></div>'
    )
    return html(layout(f"Album: {title} - {SITE}", centre))


TIMETABLE = [
    ("Thứ Hai", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "Sinh hoạt lớp"),
    ("Thứ Ba", "Ngữ văn", "Ngữ văn", "KHTN", "Toán", "GDCD"),
    ("Thứ Tư", "Toán", "Lịch sử – Địa lý", "Tiếng Anh", "Tin học", "Âm nhạc"),
    ("Thứ Năm", "KHTN", "KHTN", "Toán", "Ngữ văn", "Mĩ thuật"),
    ("Thứ Sáu", "Tiếng Anh", "Công nghệ", "GDTC", "Lịch sử – Địa lý", "HĐTN"),
]


def timetable_page() -> Response:
    head = "".join(f"<th>{h}</th>" for h in ("Thứ", "Tiết 1", "Tiết 2", "Tiết 3", "Tiết 4", "Tiết 5"))
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in TIMETABLE)
    centre = (
        '      <ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li>'
        "<li>Thời khóa biểu</li></ol>\n"
        '      <h2 class="tieude-tin">Thời khóa biểu học kỳ I – Lớp 7/4 (buổi sáng)</h2>\n'
        '      <div class="ngay-dang">Áp dụng từ ngày 09/11/2026</div>\n'
        f'      <table class="table table-bordered"><tr>{head}</tr>{rows}</table>\n'
        "      <p><em>Ghi chú: Thời khóa biểu các lớp khác xem tại bảng tin nhà trường.</em></p>"
    )
    return html(layout(f"Thời khóa biểu - {SITE}", centre))


def poll_page() -> Response:
    centre = (
        '      <h3 class="tieude-muc">Kết quả bình chọn</h3>\n'
        "      <p>Thầy cô giới thiệu: 412 phiếu (48%)</p><p>Bạn bè: 263 phiếu (31%)</p>"
        "<p>Tìm kiếm trên Google: 180 phiếu (21%)</p>\n"
        '      <p><a href="index.php">« Quay lại trang chủ</a></p>'
    )
    return html(layout(f"Bình chọn - {SITE}", centre))


def _int(value: str | None) -> int | None:
    return int(value) if value and re.fullmatch(r"\d{1,6}", value) else None


class PhpSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/images/", "/uploads/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/index.php"):
            return home_page()
        if path == "/xem-tin.php":
            aid = _int(params.get("id"))
            if aid is None:
                return missing_article()
            story = BY_ID.get(aid)
            return article_page(story) if story else missing_article()
        if path == "/tin-tuc.php":
            cat = params.get("cat", "1")
            page = _int(params.get("trang", "1")) or 1
            if cat not in CATEGORIES:
                return html(layout(SITE, '<p class="text-muted">Chuyên mục không tồn tại.</p>'))
            return listing_page(cat, page)
        if path == "/trang.php":
            slug = params.get("p", "")
            return static_page(slug) if slug in STATIC_PAGES else None
        if path == "/album.php":
            aid = _int(params.get("id"))
            return album_page(aid) if aid in ALBUMS else None
        if path == "/lich.php":
            return timetable_page()
        if path == "/binh-chon.php":
            return poll_page()
        return None


def build_site() -> PhpSite:
    return PhpSite()
