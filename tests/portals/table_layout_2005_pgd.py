"""Phòng GD&ĐT huyện Hải Hậu (Nam Định) on a 2005-era site: Dreamweaver templates + classic ASP.

Platform
--------
A home-made classic ASP application (one ``default.asp`` that switches on ``menu=``, an Access
database behind it) in a Dreamweaver MX page template. Everything is laid out with nested tables
(3-5 levels), ``spacer.gif`` images with width/height, ``bgcolor`` and ``background=`` box images;
the only class names are Dreamweaver's generated ``style1`` / ``style3``. Text sits in
``<font face="Times New Roman" size="3">`` everywhere. Pages are stored and sent in
**windows-1258** (``<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">``
and the same charset in the HTTP header): the code page has no precomposed tone letters, so the
tone marks are separate combining characters on the wire; the gold is NFC.

Chrome: a Flash banner (``<object>``/``<embed>`` of ``images/banner.swf`` with a ``banner.jpg``
fallback), a top bar with today's date written by a script and a ``<noscript>`` fallback
"Thứ Sáu, 04/12/2026" (never a publication date), a ``<marquee>`` of the latest titles, a left
menu of image buttons (``<img alt="Tin tức - Sự kiện">``), a right column with "Tin đọc nhiều",
a poll ("Thăm dò ý kiến", POST to ``binhchon.asp``), a links drop-down and the counter
("Đang online / Hôm nay / Tổng truy cập"); a footer with address and phone. ``<title>`` is the
office's name on every page (the template's, never the article's).

URL scheme (IIS: paths case-insensitive, parameters in any order)
-----------------------------------------------------------------
- ``/`` and ``/default.asp``: home (marquee, "Tin nổi bật" teaser, a box per category).
- ``/default.asp?menu=tintuc&id=<n>``: an article. Unknown ids answer 200 with
  "Tin này không tồn tại" (classic ASP soft error; nothing links to one).
- ``/default.asp?menu=tintuc&loai=<k>&trang=<n>``: a category listing, 8 a page, newest first:
  rows of ``bullet.gif``, the title link and "(12/11/2026)"; pager "Trang: [1] 2" (current page
  in brackets, not a link). ``trang`` omitted = page 1.
- ``/inbai.asp?id=<n>``: the "[In trang]" printer view of an article (same text, no chrome).
- ``/default.asp?menu=gioithieu``, ``?menu=lienhe``: static pages; ``?menu=vanban`` a table of
  official documents, ``?menu=vanban&id=<n>`` one document entry (number, date, download link).
- Images: ``images/tintuc/2026/<file>.jpg`` relative to ``default.asp``; layout gifs in ``images/``.

Article template (inside a ``<td width="560">`` four tables deep)::

    <font face="Times New Roman" size="4" color="#0000FF"><b>TITLE</b></font><br>
    <font size="2" color="#808080"><i>(Cập nhật: 12/11/2026)</i></font>
    text: <p align="justify"> per paragraph, or one <p> with <br><br> between paragraphs, or
          single <br> line breaks, or <div align="justify"> with &nbsp; indents (pasted from Word)
    photos: <p align="center"><img border="0" src="images/tintuc/…jpg" width="400"><br>
            <font size="2"><i>caption</i></font></p> (or a plain centred line, or a small
            table, or nothing under the photo)
    byline: right-aligned "Người viết: …" or a bare bold name; sometimes "Theo …" / "Nguồn: …"
    [Trở về] [In trang] [Đầu trang]
    "Các tin khác:" a table of bullet gifs + links: the 5 newest other articles of the category.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (loai=1, 9 articles): the 5 newest are in the home box; "Các tin khác" on
  their pages adds the 6th; the 7th and 8th only on listing page 1; the oldest (the school-year
  opening, id 1122) only on ``loai=1&trang=2``.
- Hoạt động chuyên môn (loai=2, 3 articles): the 2 newest in the home box, the third through
  "Các tin khác" and the listing.
- The marquee links the 6 newest articles as ``Default.asp?menu=tintuc&id=<n>`` (capital D, IIS
  serves it), "Tin đọc nhiều" as ``default.asp?id=<n>&menu=tintuc`` (parameters swapped); the
  printer view ``inbai.asp?id=<n>`` is linked from every article. All are in ``alt_paths``.

Traps
-----
- windows-1258 with combining tone marks; header and meta both say windows-1258.
- No class names, no semantic markup: title, date and byline are only recognisable by their
  fonts and alignment; ``<title>`` is the site name.
- Same article at several URLs (print view, capital ``Default.asp``, swapped parameters).
- The listing dates "(12/11/2026)" and the header's "Thứ Sáu, 04/12/2026" are not article dates.
- "Tin nổi bật" on the home page prints the first lines of an article with a "Chi tiết" link.
- Body forms vary; a single ``<br>`` splits a paragraph in two (house convention).
- A data table (results, exam timetable) inside the layout tables: one paragraph per row.
- Bylines: "Người viết: admin" (nobody), "Người viết: ThS. Vũ Văn Nam - Chuyên viên …"
  (degree and post dropped), a bare bold name, "Tin, ảnh: X" (author and photographer),
  units ("Tổ Mầm non", "Tổ THCS", "Công đoàn ngành GD&ĐT"), "Theo Báo Nam Định điện tử".
- Document entries (``menu=vanban&id=n``) carry a title and a date but are not articles.
"""

from __future__ import annotations

from crawler.demo.server import Request, Response
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
)

NAME = "table_layout_2005_pgd"
PLATFORM = "Classic ASP + Dreamweaver MX table layout (2005), windows-1258"
START_PATH = "/"

SITE_TITLE = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 8

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Hoạt động chuyên môn",
}

FONT = '<font face="Times New Roman" size="3">'


def img(name: str) -> str:
    return f"images/tintuc/2026/{name}"


# --- the articles -----------------------------------------------------------------------------
#
# opts: form ("p" | "br2" | "br1" | "div"), views. P styles: "lead" (bold lead = sapo), "h"
# (sub-heading), "li" (bullet list item), "th"/"row" (table rows, cells joined by " | ").
# Img styles: "cap" (italic size-2 line under the photo), "plain" (plain centred line),
# "table" (small table, caption cell), "none".

STORIES: list[Story] = [
    Story(
        1187,
        "ky-niem-20-11",
        "Hải Hậu tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "1",
        "2026-11-20",
        [
            P(
                "Sáng ngày 19/11/2026, tại Hội trường UBND huyện, Phòng GD&ĐT Hải Hậu long trọng tổ "
                "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên "
                "dương các nhà giáo tiêu biểu năm học 2025-2026.",
                "lead",
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các ban, ngành, đoàn thể "
                "của huyện cùng hơn 250 đại biểu là cán bộ quản lý, giáo viên tiêu biểu của 96 trường "
                "mầm non, tiểu học và THCS trong toàn huyện."
            ),
            Img(
                img("le-20-11-01.jpg"),
                "Quang cảnh buổi Lễ kỷ niệm tại Hội trường UBND huyện",
                "Quang cảnh buổi Lễ kỷ niệm tại Hội trường UBND huyện",
                "cap",
            ),
            P(
                "Báo cáo tại buổi lễ, đồng chí Trưởng phòng GD&ĐT cho biết: năm học 2025-2026, ngành "
                "giáo dục Hải Hậu tiếp tục giữ vững vị trí tốp đầu của tỉnh; có 118 học sinh đạt giải "
                "trong kỳ thi chọn học sinh giỏi cấp tỉnh, 7 trường được công nhận đạt chuẩn quốc gia."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận, biểu dương những cố "
                "gắng của đội ngũ nhà giáo và đề nghị ngành tiếp tục đổi mới phương pháp dạy học, "
                "nâng cao chất lượng giáo dục toàn diện, chăm lo xây dựng đội ngũ."
            ),
            Img(
                img("le-20-11-02.jpg"),
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
                "cap",
            ),
            P(
                "Nhân dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 65 nhà giáo có thành tích xuất "
                "sắc; 14 nhà giáo được đề nghị Giám đốc Sở GD&ĐT tặng Giấy khen."
            ),
            Raw('<p align="right">' + FONT + "<b>Tin, ảnh: Đoàn Thanh Tùng</b></font></p>"),
        ],
        authors=["Đoàn Thanh Tùng"],
        photographers=["Đoàn Thanh Tùng"],
        summary=(
            "Sáng ngày 19/11/2026, tại Hội trường UBND huyện, Phòng GD&ĐT Hải Hậu long trọng tổ "
            "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên "
            "dương các nhà giáo tiêu biểu năm học 2025-2026."
        ),
        opts={"form": "p", "views": 1532},
    ),
    Story(
        1184,
        "hoi-khoe-phu-dong",
        "Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 thành công tốt đẹp",
        "1",
        "2026-11-17",
        [
            P(
                "Trong 3 ngày từ 14 đến 16/11/2026, tại Sân vận động huyện và Nhà thi đấu đa năng thị "
                "trấn Yên Định, Phòng GD&ĐT phối hợp với Phòng Văn hóa và Thông tin tổ chức Hội khỏe "
                "Phù Đổng cấp huyện năm học 2026-2027."
            ),
            P(
                "Tham gia Hội khỏe có 1.046 vận động viên là học sinh của 35 trường tiểu học và 33 "
                "trường THCS, thi đấu ở 8 môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông, đá cầu, "
                "bóng đá mini và kéo co."
            ),
            P(
                "Ban tổ chức đã trao 186 huy chương vàng, 186 huy chương bạc và 243 huy chương đồng "
                "cho các vận động viên. Kết quả xếp hạng toàn đoàn khối THCS như sau:"
            ),
            P("Xếp hạng | Đơn vị | HCV | HCB | HCĐ", "th"),
            P("Nhất | THCS thị trấn Yên Định | 14 | 9 | 11", "row"),
            P("Nhì | THCS Hải Bắc | 11 | 12 | 8", "row"),
            P("Ba | THCS Hải Minh | 9 | 7 | 13", "row"),
            P(
                "Hội khỏe là dịp để học sinh rèn luyện thể chất, giao lưu học hỏi; qua đó Ban tổ chức "
                "lựa chọn các vận động viên xuất sắc tham dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Raw('<p align="right">' + FONT + "<b>Phạm Thị Thu Hà</b></font></p>"),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={"form": "br2", "views": 988},
    ),
    Story(
        1179,
        "thcs-hai-bac-chuan-quoc-gia",
        "Trường THCS Hải Bắc đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        "1",
        "2026-11-12",
        [
            P(
                "Chiều ngày 10/11/2026, Trường THCS Hải Bắc long trọng tổ chức Lễ đón Bằng công nhận "
                "trường đạt kiểm định chất lượng giáo dục cấp độ 3 và đạt chuẩn quốc gia mức độ 2."
            ),
            Img(
                img("hai-bac-chuan-qg.jpg"),
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện trao Bằng công nhận cho nhà trường",
                "plain",
            ),
            P(
                "Những năm qua, được sự quan tâm của cấp ủy, chính quyền địa phương và sự đóng góp "
                "của nhân dân, nhà trường đã xây mới dãy nhà 3 tầng với 12 phòng học, nhà đa năng và "
                "các phòng học bộ môn với tổng kinh phí gần 15 tỷ đồng."
            ),
            P(
                "Chất lượng giáo dục của nhà trường luôn nằm trong tốp 5 của huyện; năm học "
                "2025-2026 có 16 học sinh đạt giải học sinh giỏi cấp tỉnh, tỷ lệ đỗ vào lớp 10 THPT "
                "công lập đạt 92,4%."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng bày tỏ: “Đây là niềm vinh dự, đồng thời là "
                "trách nhiệm để thầy và trò nhà trường tiếp tục phấn đấu, giữ vững danh hiệu”."
            ),
            Raw(
                '<p align="right">' + FONT + "<b>Người viết: Vũ Thị Hồng Nhung - Trường THCS Hải "
                "Bắc</b></font></p>"
            ),
        ],
        authors=["Vũ Thị Hồng Nhung"],
        opts={"form": "p", "views": 742},
    ),
    Story(
        1171,
        "an-toan-giao-thong-tieu-hoc",
        "Tuyên truyền an toàn giao thông cho học sinh tiểu học",
        "1",
        "2026-11-05",
        [
            P(
                "Thực hiện kế hoạch liên ngành, từ ngày 02 đến 04/11/2026, Phòng GD&ĐT phối hợp với "
                "Đội Cảnh sát giao thông Công an huyện tổ chức tuyên truyền an toàn giao thông tại "
                "12 trường tiểu học trên địa bàn."
            ),
            P(
                "Tại các buổi tuyên truyền, cán bộ Cảnh sát giao thông đã hướng dẫn học sinh cách đi "
                "bộ, sang đường an toàn, đội mũ bảo hiểm đúng cách khi ngồi trên xe mô tô, xe gắn "
                "máy, xe đạp điện."
            ),
            P(
                "Các em cũng được tham gia trò chơi nhận biết biển báo giao thông và giải đáp các "
                "tình huống thường gặp trên đường đi học."
            ),
            P(
                "Qua hoạt động, hơn 5.000 học sinh đã được nâng cao nhận thức, hình thành thói quen "
                "chấp hành pháp luật về trật tự an toàn giao thông."
            ),
            Raw('<p align="right">' + FONT + "<i>Người viết: admin</i></font></p>"),
        ],
        opts={"form": "div", "views": 455},
    ),
    Story(
        1166,
        "ngay-hoi-doc-sach-hai-anh",
        "Ngày hội đọc sách tại Trường Tiểu học Hải Anh",
        "1",
        "2026-10-28",
        [
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, sáng 27/10, Trường Tiểu "
                "học Hải Anh tổ chức Ngày hội đọc sách năm học 2026-2027."
            ),
            P("Các lớp trang trí gian sách theo chủ đề “Quê hương em”."),
            P("Học sinh thi kể chuyện theo sách, vẽ tranh về nhân vật em yêu thích."),
            P("Phụ huynh quyên góp hơn 800 đầu sách cho thư viện xanh của nhà trường."),
            Img(
                img("doc-sach-hai-anh.jpg"),
                "Học sinh lớp 3A say sưa đọc sách tại thư viện xanh",
                "Học sinh lớp 3A say sưa đọc sách tại thư viện xanh",
                "cap",
            ),
            P(
                "Ngày hội đã tạo không khí vui tươi, khơi dậy niềm say mê đọc sách của học sinh, góp "
                "phần xây dựng trường học thân thiện."
            ),
            Raw('<p align="right">' + FONT + "<b>Tin, ảnh: Nguyễn Thị Mai</b></font></p>"),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Nguyễn Thị Mai"],
        opts={"form": "br1", "views": 612},
    ),
    Story(
        1158,
        "cong-doan-20-10",
        "Nữ cán bộ, giáo viên ngành Giáo dục Hải Hậu kỷ niệm 96 năm Ngày thành lập Hội LHPN Việt Nam",
        "1",
        "2026-10-20",
        [
            P(
                "Chiều 19/10/2026, Công đoàn ngành GD&ĐT huyện Hải Hậu tổ chức gặp mặt kỷ niệm 96 năm "
                "Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
            ),
            P(
                "Hiện toàn ngành có hơn 2.300 nữ cán bộ, giáo viên, nhân viên, chiếm 84% tổng số; "
                "nhiều chị em là cán bộ quản lý giỏi, giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Dịp này, Công đoàn ngành khen thưởng 42 nữ cán bộ, giáo viên đạt danh hiệu “Giỏi "
                "việc trường, đảm việc nhà” và trao 10 suất quà cho nữ đoàn viên có hoàn cảnh khó khăn."
            ),
            Raw('<p align="right">' + FONT + "<b>Công đoàn ngành GD&amp;ĐT</b></font></p>"),
        ],
        authors=["Công đoàn ngành GD&ĐT"],
        opts={"form": "p", "views": 388},
    ),
    Story(
        1149,
        "trao-hoc-bong",
        "Trao 150 suất học bổng cho học sinh nghèo vượt khó",
        "1",
        "2026-10-09",
        [
            P(
                "Ngày 08/10/2026, Hội Khuyến học huyện Hải Hậu phối hợp với Phòng GD&ĐT tổ chức trao "
                "150 suất học bổng cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 1 triệu đồng cùng bộ sách giáo khoa và đồ dùng học tập, do "
                "các doanh nghiệp và con em Hải Hậu thành đạt xa quê đóng góp."
            ),
            Img(img("hoc-bong-2026.jpg"), None, None, "none"),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Khuyến học huyện mong muốn các em tiếp tục cố "
                "gắng, chăm ngoan, học giỏi để xứng đáng với sự quan tâm của xã hội."
            ),
            Raw(
                '<p align="right">'
                + FONT
                + "<b>Minh Thu</b><br><i>Theo Báo Nam Định điện tử</i></font></p>"
            ),
        ],
        authors=["Minh Thu"],
        source="Báo Nam Định điện tử",
        opts={"form": "p", "views": 502},
    ),
    Story(
        1137,
        "kiem-tra-mam-non",
        "Kiểm tra công tác chuẩn bị năm học mới tại các trường mầm non",
        "1",
        "2026-09-25",
        [
            P(
                "Từ ngày 15 đến 24/9/2026, đoàn kiểm tra của Phòng GD&ĐT đã kiểm tra công tác chuẩn "
                "bị năm học mới tại 34 trường mầm non trên địa bàn huyện."
            ),
            P(
                "Đoàn tập trung kiểm tra việc huy động trẻ ra lớp, cơ sở vật chất, đồ dùng, đồ chơi, "
                "công tác bảo đảm an toàn thực phẩm và an toàn cho trẻ tại các bếp ăn bán trú."
            ),
            Img(img("kiem-tra-mam-non.jpg"), None, None, "none"),
            P(
                "Qua kiểm tra, các trường đã chủ động chuẩn bị tốt các điều kiện; tỷ lệ huy động trẻ "
                "mẫu giáo ra lớp đạt 99,6%. Tuy nhiên, một số điểm trường lẻ còn thiếu phòng học, đồ "
                "chơi ngoài trời đã cũ."
            ),
            P(
                "Đoàn kiểm tra đề nghị các trường khắc phục ngay những tồn tại, báo cáo về Phòng "
                "trước ngày 05/10/2026."
            ),
            Raw('<p align="right">' + FONT + "<b>Người viết: Tổ Mầm non</b></font></p>"),
        ],
        authors=["Tổ Mầm non"],
        opts={"form": "div", "views": 276},
    ),
    Story(
        1122,
        "khai-giang-2026-2027",
        "Rộn ràng Lễ khai giảng năm học 2026-2027",
        "1",
        "2026-09-05",
        [
            P(
                "Sáng 05/9/2026, hơn 42.000 học sinh các cấp học trong huyện Hải Hậu tưng bừng dự Lễ "
                "khai giảng năm học mới 2026-2027.",
                "lead",
            ),
            P(
                "Lãnh đạo huyện, các ban ngành chia thành nhiều đoàn dự lễ khai giảng và tặng quà "
                "các nhà trường. Đồng chí Bí thư Huyện ủy dự lễ và đánh trống khai trường tại Trường "
                "THCS thị trấn Yên Định."
            ),
            Img(
                img("khai-giang-01.jpg"),
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng năm học mới",
                "Đồng chí Bí thư Huyện ủy đánh trống khai giảng năm học mới",
                "table",
            ),
            P(
                "Năm học 2026-2027, toàn huyện có 96 trường với 1.412 lớp; ngành tiếp tục thực hiện "
                "Chương trình GDPT 2018 ở tất cả các khối lớp, đẩy mạnh chuyển đổi số trong quản lý "
                "và dạy học."
            ),
            P(
                "Trong không khí phấn khởi của ngày hội đến trường, các em học sinh lớp 1 và lớp 6 "
                "được các anh chị đón chào bằng những tràng pháo tay và những bông hoa tươi thắm."
            ),
            Img(img("khai-giang-02.jpg"), None, None, "none"),
            P(
                "Ngay sau lễ khai giảng, các trường đã ổn định nền nếp, dạy học theo thời khóa biểu "
                "từ ngày 08/9/2026."
            ),
            Raw(
                '<p align="right">' + FONT + "<b>Người viết: Trần Văn Hùng, Phó Trưởng phòng "
                "GD&amp;ĐT</b></font></p>"
            ),
        ],
        authors=["Trần Văn Hùng"],
        summary=(
            "Sáng 05/9/2026, hơn 42.000 học sinh các cấp học trong huyện Hải Hậu tưng bừng dự Lễ "
            "khai giảng năm học mới 2026-2027."
        ),
        opts={"form": "p", "views": 198},
    ),
    Story(
        1182,
        "hoi-thao-nghien-cuu-bai-hoc",
        "Hội thảo chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” bậc THCS",
        "2",
        "2026-11-15",
        [
            P(
                "Ngày 13/11/2026, tại Trường THCS Hải Minh, Phòng GD&ĐT tổ chức hội thảo chuyên đề "
                "“Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” cho cán bộ quản lý và tổ "
                "trưởng chuyên môn 33 trường THCS."
            ),
            P("Nội dung hội thảo", "h"),
            P("Dự giờ tiết dạy minh họa môn Khoa học tự nhiên lớp 8.", "li"),
            P("Phân tích bài học dựa trên quan sát hoạt động học của học sinh.", "li"),
            P("Trao đổi kinh nghiệm xây dựng kế hoạch bài dạy theo Công văn 5512.", "li"),
            P("Kết luận", "h"),
            P(
                "Hội thảo thống nhất: sinh hoạt tổ chuyên môn phải lấy hoạt động học của học sinh làm "
                "trung tâm, không đánh giá, xếp loại giờ dạy khi dự giờ nghiên cứu bài học."
            ),
            P(
                "Các trường tổ chức sinh hoạt chuyên môn theo chuyên đề ít nhất 2 lần/tháng và báo cáo "
                "kết quả về Phòng trước ngày 20 hằng tháng."
            ),
            Raw(
                '<p align="right">' + FONT + "<b>Người viết: ThS. Vũ Văn Nam - Chuyên viên Phòng "
                "GD&amp;ĐT</b></font></p>"
            ),
        ],
        authors=["Vũ Văn Nam"],
        opts={"form": "p", "views": 830},
    ),
    Story(
        1160,
        "lich-thi-hsg-lop-9",
        "THÔNG BÁO LỊCH THI CHỌN HỌC SINH GIỎI LỚP 9 CẤP HUYỆN NĂM HỌC 2026-2027",
        "2",
        "2026-10-22",
        [
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026, Phòng GD&ĐT Hải Hậu thông báo lịch "
                "thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027 như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("01/11/2026 | Sáng | Ngữ văn | 150 phút", "row"),
            P("01/11/2026 | Chiều | Tiếng Anh | 120 phút", "row"),
            P("02/11/2026 | Sáng | Toán | 150 phút", "row"),
            P("02/11/2026 | Chiều | Khoa học tự nhiên, Lịch sử và Địa lí | 150 phút", "row"),
            P(
                "Địa điểm thi: Trường THCS thị trấn Yên Định. Thí sinh có mặt tại phòng thi lúc 7 giờ "
                "00 (buổi sáng) và 13 giờ 30 (buổi chiều), mang theo thẻ học sinh."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường thông báo tới giáo viên, học sinh và cử cán bộ, giáo "
                "viên tham gia coi thi theo Quyết định của Phòng."
            ),
            Raw('<p align="right">' + FONT + "<b>Tổ THCS</b></font></p>"),
        ],
        authors=["Tổ THCS"],
        opts={"form": "p", "views": 1911},
    ),
    Story(
        1140,
        "tap-huan-sgk-lop-5",
        "Tập huấn sử dụng sách giáo khoa lớp 5 và phần mềm dạy học",
        "2",
        "2026-09-29",
        [
            P(
                "Trong 2 ngày 26 và 27/9/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng sách giáo khoa "
                "lớp 5 bộ “Kết nối tri thức với cuộc sống” cho 140 giáo viên dạy lớp 5."
            ),
            P(
                "Các báo cáo viên là giáo viên cốt cán cấp tỉnh đã hướng dẫn phương pháp dạy học các "
                "môn Tiếng Việt, Toán, Khoa học và hoạt động trải nghiệm."
            ),
            Img(
                img("tap-huan-lop-5.jpg"),
                "Giáo viên thực hành soạn bài giảng điện tử",
                "Giáo viên thực hành soạn bài giảng điện tử",
                "cap",
            ),
            P(
                "Giáo viên còn được hướng dẫn sử dụng học liệu điện tử và phần mềm thiết kế bài giảng "
                "đi kèm sách giáo khoa, khai thác kho học liệu số của ngành."
            ),
        ],
        opts={"form": "br2", "views": 344},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def by_cat(cat: str) -> list[Story]:
    return sorted(
        (s for s in STORIES if s.cat == cat), key=lambda s: (s.published_at, s.id), reverse=True
    )


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: (s.published_at, s.id), reverse=True)[:n]


MARQUEE = newest(6)
MOST_READ = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]


def article_path(story: Story) -> str:
    return f"/default.asp?menu=tintuc&id={story.id}"


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/inbai.asp?id={story.id}"]
    if story in MARQUEE:
        alts.append(f"/Default.asp?menu=tintuc&id={story.id}")
    if story in MOST_READ:
        alts.append(f"/default.asp?id={story.id}&menu=tintuc")
    return alts


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=_alt_paths(s)) for s in STORIES
]

NON_ARTICLES = [
    "/default.asp?menu=tintuc&loai=1&trang=2",
    "/default.asp?menu=tintuc&loai=2",
    "/default.asp?menu=gioithieu",
    "/default.asp?menu=lienhe",
    "/default.asp?menu=vanban",
    "/default.asp?menu=vanban&id=4",
]


# --- official documents (menu=vanban) -------------------------------------------------------

DOCUMENTS = {
    6: ("625/PGDĐT-THCS", "18/11/2026", "V/v tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện"),
    5: (
        "598/PGDĐT-VP",
        "06/11/2026",
        "V/v tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
    ),
    4: (
        "215/KH-PGDĐT",
        "15/09/2026",
        "Kế hoạch tổ chức các kỳ thi chọn học sinh giỏi cấp huyện năm học 2026-2027",
    ),
    3: ("190/PGDĐT-MN", "05/09/2026", "V/v kiểm tra công tác chuẩn bị năm học mới bậc mầm non"),
    2: (
        "172/PGDĐT-TH",
        "20/08/2026",
        "Hướng dẫn thực hiện nhiệm vụ năm học 2026-2027 bậc tiểu học",
    ),
}


# --- printing ---------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def spacer(w: int, h: int) -> str:
    return f'<img src="images/spacer.gif" width="{w}" height="{h}" border="0">'


def render_image(block: Img) -> str:
    tag = f'<img border="0" src="{esc(block.src)}" width="400" height="300">'
    if block.style == "cap":
        return (
            f'<p align="center">{tag}<br>\n<font face="Times New Roman" size="2"><i>'
            f"{esc(block.printed)}</i></font></p>"
        )
    if block.style == "plain":
        return (
            f'<p align="center">{tag}</p>\n<p align="center"><font face="Times New Roman" size="2">'
            f"{esc(block.printed)}</font></p>"
        )
    if block.style == "table":
        return (
            '<table border="0" cellpadding="2" cellspacing="0" align="center" width="404">'
            f'<tr><td align="center">{tag}</td></tr>'
            f'<tr><td align="center" bgcolor="#EFEFEF"><font face="Times New Roman" size="2"><i>'
            f"{esc(block.printed)}</i></font></td></tr></table>"
        )
    return f'<p align="center">{tag}</p>'


def render_para(block: P, form: str) -> str:
    t = esc(block.text)
    if block.style == "lead":
        return f'<p align="justify">{FONT}<b>{t}</b></font></p>'
    if block.style == "h":
        return f'<p align="justify"><font face="Times New Roman" size="3" color="#990000"><b>{t}</b></font></p>'
    if form == "div":
        return f'<div align="justify">{FONT}&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {t}</font></div>'
    return f'<p align="justify">{FONT}{t}</font></p>'


def render_body(story: Story) -> str:
    form = story.opts["form"]
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{FONT}{esc(blocks[i].text)}</font></li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "row"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "row"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    row = "".join(
                        f'<td align="center" bgcolor="#CCFFFF">{FONT}<b>{esc(c)}</b></font></td>'
                        for c in cells
                    )
                else:
                    row = "".join(f"<td>{FONT}{esc(c)}</font></td>" for c in cells)
                rows.append(f"<tr>{row}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" width="100%" '
                'style="border-collapse: collapse" bordercolor="#111111">\n'
                + "\n".join(rows)
                + "\n</table>"
            )
            continue
        if isinstance(b, P) and not b.style and form in ("br2", "br1"):
            texts = []
            while i < len(blocks) and isinstance(blocks[i], P) and not blocks[i].style:
                texts.append(esc(blocks[i].text))
                i += 1
            sep = "<br><br>\n" if form == "br2" else "<br>\n"
            out.append(f'<p align="justify">{FONT}{sep.join(texts)}</font></p>')
            continue
        if isinstance(b, P):
            out.append(render_para(b, form))
        elif isinstance(b, Img):
            out.append(render_image(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def box(title: str, content: str, width: int = 180) -> str:
    """A sidebar box: a title bar with a background gif, a bordered table under it."""
    return f"""<table width="{width}" border="0" cellpadding="0" cellspacing="0">
  <tr><td height="24" background="images/box_title.gif">{spacer(8, 1)}<font face="Times New Roman" size="2" color="#FFFFFF"><b>{esc(title)}</b></font></td></tr>
  <tr><td bgcolor="#6699CC"><table width="100%" border="0" cellpadding="3" cellspacing="1">
    <tr><td bgcolor="#F5F9FF">{content}</td></tr>
  </table></td></tr>
</table>
{spacer(1, 6)}<br>"""


def left_menu() -> str:
    items = [
        ("default.asp", "menu_trangchu.gif", "Trang chủ"),
        ("default.asp?menu=gioithieu", "menu_gioithieu.gif", "Giới thiệu"),
        ("default.asp?menu=tintuc&loai=1", "menu_tintuc.gif", "Tin tức - Sự kiện"),
        ("default.asp?menu=tintuc&loai=2", "menu_chuyenmon.gif", "Hoạt động chuyên môn"),
        ("default.asp?menu=vanban", "menu_vanban.gif", "Văn bản - Thông báo"),
        ("default.asp?menu=lienhe", "menu_lienhe.gif", "Liên hệ"),
    ]
    rows = "\n".join(
        f"<tr><td><a href=\"{href}\" onMouseOver=\"MM_swapImage('m{n}','','images/{gif[:-4]}_over.gif',1)\" "
        f'onMouseOut="MM_swapImgRestore()"><img name="m{n}" src="images/{gif}" alt="{esc(alt)}" '
        f'width="180" height="28" border="0"></a></td></tr>'
        for n, (href, gif, alt) in enumerate(items)
    )
    return f'<table width="180" border="0" cellpadding="0" cellspacing="0">\n{rows}\n</table>\n{spacer(1, 8)}<br>'


def sidebar_right() -> str:
    most = "".join(
        f'<img src="images/bullet.gif" width="7" height="7"> '
        f'<a href="default.asp?id={s.id}&menu=tintuc"><font face="Times New Roman" size="2">'
        f"{esc(s.title)}</font></a><br>\n"
        for s in MOST_READ
    )
    poll = (
        '<form name="frmBinhChon" method="post" action="binhchon.asp">'
        '<font face="Times New Roman" size="2">Bạn thấy website của Phòng như thế nào?<br>'
        '<input type="radio" name="luachon" value="1"> Rất hữu ích<br>'
        '<input type="radio" name="luachon" value="2"> Hữu ích<br>'
        '<input type="radio" name="luachon" value="3"> Bình thường<br>'
        '<input type="hidden" name="idbc" value="3">'
        '<input type="submit" name="Submit" value="Bình chọn"> '
        '<input type="button" value="Kết quả" onClick="window.open(\'ketqua.asp?idbc=3\',\'kq\','
        "'width=300,height=250')\"></font></form>"
    )
    links = (
        '<select name="lienket" onChange="if(this.value!=\'\')window.open(this.value)" style="width:165px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</option>'
        '<option value="http://haihau.namdinh.gov.vn">Cổng TTĐT huyện Hải Hậu</option>'
        "</select>"
    )
    counter = (
        '<font face="Times New Roman" size="2">Đang online: <b>12</b><br>Hôm nay: <b>347</b><br>'
        'Tổng truy cập:<br><img src="images/dem/1.gif"><img src="images/dem/2.gif">'
        '<img src="images/dem/8.gif"><img src="images/dem/4.gif"><img src="images/dem/5.gif">'
        '<img src="images/dem/5.gif"><img src="images/dem/9.gif"></font>'
    )
    return (
        box("TIN ĐỌC NHIỀU", most)
        + box("THĂM DÒ Ý KIẾN", poll)
        + box("LIÊN KẾT WEBSITE", links)
        + box("THỐNG KÊ TRUY CẬP", counter)
    )


def layout(main: str) -> bytes:
    marquee = " &nbsp;&nbsp; ".join(
        f'<img src="images/new.gif" width="28" height="11"> <a href="Default.asp?menu=tintuc&id={s.id}">'
        f'<font face="Times New Roman" size="2" color="#003399">{esc(s.title)}</font></a>'
        for s in MARQUEE
    )
    page = f"""<html>
<head>
<title>{esc(SITE_TITLE)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta name="keywords" content="Phong GD&amp;DT Hai Hau, giao duc Hai Hau, Nam Dinh">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_swapImage() {{ /* Dreamweaver MX */ }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" background="images/bg_body.gif">
<a name="top"></a>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="3"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=6,0,29,0" width="778" height="150">
      <param name="movie" value="images/banner.swf"><param name="quality" value="high"><param name="wmode" value="transparent">
      <embed src="images/banner.swf" quality="high" pluginspage="http://www.macromedia.com/go/getflashplayer" type="application/x-shockwave-flash" width="778" height="150"></embed>
      <noembed><img src="images/banner.jpg" width="778" height="150" alt="Phòng GD&amp;ĐT Hải Hậu"></noembed>
    </object></td>
  </tr>
  <tr>
    <td colspan="3" height="24" background="images/bg_menu_top.gif">
      <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td width="200">{spacer(10, 1)}<span class="style1"><font face="Times New Roman" size="2" color="#FFFFFF"><b>
<script language="JavaScript">
var thu=new Array("Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy");
var d=new Date(); document.write(thu[d.getDay()]+", "+d.getDate()+"/"+(d.getMonth()+1)+"/"+d.getFullYear());
</script><noscript>{HEADER_DATE}</noscript></b></font></span></td>
        <td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td>
      </tr></table>
    </td>
  </tr>
  <tr>
    <td width="180" valign="top" bgcolor="#E8F0FA">
{left_menu()}
{box("TÌM KIẾM", '<form name="frmTim" method="get" action="default.asp"><input type="hidden" name="menu" value="timkiem"><input type="text" name="tukhoa" size="16"> <input type="submit" value="Tìm"></form>')}
    </td>
    <td width="418" valign="top">{spacer(418, 4)}<br>
{main}
    </td>
    <td width="180" valign="top" bgcolor="#E8F0FA">
{sidebar_right()}
    </td>
  </tr>
  <tr>
    <td colspan="3" height="4" bgcolor="#003399">{spacer(1, 4)}</td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#D6E4F5" align="center"><span class="style3"><font face="Times New Roman" size="2">
      <b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br>
      Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br>
      Điện thoại: 0228.3877.215 - Fax: 0228.3877.216 - Email: pgdhaihau@namdinh.edu.vn<br>
      Ghi rõ nguồn “Phòng GD&amp;ĐT Hải Hậu” khi phát hành lại thông tin từ website này.<br>
      Xem tốt nhất với Internet Explorer 6.0, độ phân giải 1024 x 768
    </font></span></td>
  </tr>
</table>
</body>
</html>
"""
    return cp1258_bytes(page)


def respond_page(main: str, status: int = 200) -> Response:
    return Response(
        status,
        layout(main),
        {"Content-Type": "text/html; charset=windows-1258", "X-Powered-By": "ASP.NET"},
    )


def content_box(heading: str, inner: str) -> str:
    """The centre column's framed box (4 tables deep with the page table)."""
    return f"""<table width="418" border="0" cellpadding="0" cellspacing="0">
  <tr><td height="26" background="images/bg_tieude.gif">{spacer(6, 1)}<font face="Times New Roman" size="2" color="#FFFFFF"><b>{heading}</b></font></td></tr>
  <tr><td bgcolor="#99BBDD"><table width="100%" border="0" cellpadding="6" cellspacing="1">
    <tr><td bgcolor="#FFFFFF" valign="top">
{inner}
    </td></tr>
  </table></td></tr>
</table>"""


def other_news(story: Story) -> str:
    others = [s for s in by_cat(story.cat) if s is not story][:5]
    rows = "\n".join(
        f'<tr><td width="12" valign="top"><img src="images/bullet.gif" width="7" height="7" vspace="4"></td>'
        f'<td><a href="default.asp?menu=tintuc&id={s.id}"><font face="Times New Roman" size="2">{esc(s.title)}</font></a>'
        f' <font size="1" color="#808080">({dmy(s)})</font></td></tr>'
        for s in others
    )
    return (
        '<table width="100%" border="0" cellpadding="2" cellspacing="0">'
        '<tr><td colspan="2"><font face="Times New Roman" size="3" color="#CC0000"><b><u>Các tin khác:</u></b></font></td></tr>\n'
        f"{rows}\n</table>"
    )


def article_page(story: Story) -> Response:
    cat = CATEGORIES[story.cat]
    inner = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="560" valign="top">
<font face="Times New Roman" size="4" color="#0000FF"><b>{esc(story.title)}</b></font><br>
<font face="Times New Roman" size="2" color="#808080"><i>(Cập nhật: {dmy(story)})</i></font>
{render_body(story)}
<p align="right"><font face="Times New Roman" size="2">
[<a href="javascript:history.back()">Trở về</a>]
[<a href="inbai.asp?id={story.id}" target="_blank">In trang</a>]
[<a href="#top">Đầu trang</a>]</font></p>
<hr size="1" color="#CCCCCC">
{other_news(story)}
</td></tr></table>"""
    heading = f'<a href="default.asp"><font color="#FFFFFF">Trang chủ</font></a> &raquo; <a href="default.asp?menu=tintuc&loai={story.cat}"><font color="#FFFFFF">{esc(cat)}</font></a>'
    return respond_page(content_box(heading, inner))


def print_page(story: Story) -> Response:
    page = f"""<html>
<head>
<title>{esc(SITE_TITLE)} - In trang</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
</head>
<body bgcolor="#FFFFFF" onLoad="window.print()">
<table width="600" border="0" align="center" cellpadding="4" cellspacing="0"><tr><td>
<font face="Times New Roman" size="2"><b>{esc(SITE_TITLE)}</b></font>
<hr size="1">
<font face="Times New Roman" size="4" color="#0000FF"><b>{esc(story.title)}</b></font><br>
<font face="Times New Roman" size="2" color="#808080"><i>(Cập nhật: {dmy(story)})</i></font>
{render_body(story)}
<hr size="1">
<font face="Times New Roman" size="2">Bản in từ website Phòng GD&amp;ĐT Hải Hậu -
<a href="javascript:window.close()">Đóng cửa sổ</a></font>
</td></tr></table>
</body>
</html>
"""
    return Response(200, cp1258_bytes(page), {"Content-Type": "text/html; charset=windows-1258"})


def pager(loai: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = [
        f"[{n}]"
        if n == page
        else f'<a href="default.asp?menu=tintuc&loai={loai}&trang={n}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    return f'<p align="center"><font face="Times New Roman" size="2">Trang: {" ".join(parts)}</font></p>'


def listing_page(loai: str, page: int) -> Response | None:
    stories = by_cat(loai)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "\n".join(
        f'<tr><td width="14" valign="top"><img src="images/bullet.gif" width="7" height="7" vspace="5"></td>'
        f'<td><a href="default.asp?menu=tintuc&id={s.id}">{FONT}<b>{esc(s.title)}</b></font></a> '
        f'<font face="Times New Roman" size="2" color="#808080">({dmy(s)})</font></td></tr>'
        for s in chunk
    )
    inner = (
        f'<table width="100%" border="0" cellpadding="3" cellspacing="0">\n{rows}\n</table>\n'
        + pager(loai, page, pages)
    )
    heading = f'<a href="default.asp"><font color="#FFFFFF">Trang chủ</font></a> &raquo; {esc(CATEGORIES[loai])}'
    return respond_page(content_box(heading, inner))


def home_page() -> Response:
    lead = newest(1)[0]
    first = next(b for b in lead.blocks if isinstance(b, P)).text
    teaser_img = next(b for b in lead.blocks if isinstance(b, Img)).src
    featured = f"""<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr>
<td width="130" valign="top"><a href="default.asp?menu=tintuc&id={lead.id}"><img src="{teaser_img}" width="120" height="90" border="1"></a></td>
<td valign="top"><a href="default.asp?menu=tintuc&id={lead.id}"><font face="Times New Roman" size="3" color="#0000FF"><b>{esc(lead.title)}</b></font></a><br>
<font face="Times New Roman" size="2">{esc(first[:160])}...</font>
<a href="default.asp?menu=tintuc&id={lead.id}"><font size="2" color="#CC0000">Chi tiết &raquo;</font></a></td>
</tr></table>"""
    boxes = [content_box("TIN NỔI BẬT", featured)]
    for loai, count in (("1", 5), ("2", 2)):
        rows = "\n".join(
            f'<img src="images/bullet.gif" width="7" height="7"> <a href="default.asp?menu=tintuc&id={s.id}">'
            f'<font face="Times New Roman" size="2">{esc(s.title)}</font></a> '
            f'<font size="1" color="#808080">({dmy(s)})</font><br>'
            for s in by_cat(loai)[:count]
        )
        more = f'<div align="right"><a href="default.asp?menu=tintuc&loai={loai}"><font size="2">Xem tiếp &raquo;</font></a></div>'
        boxes.append(
            spacer(1, 6) + "<br>" + content_box(esc(CATEGORIES[loai]).upper(), rows + more)
        )
    return respond_page("\n".join(boxes))


def static_page(menu: str) -> Response:
    if menu == "gioithieu":
        heading = "GIỚI THIỆU"
        inner = (
            f'<p align="center"><font face="Times New Roman" size="4" color="#0000FF"><b>'
            f"GIỚI THIỆU PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b></font></p>"
            f'<p align="justify">{FONT}Phòng Giáo dục và Đào tạo huyện Hải Hậu là cơ quan chuyên môn thuộc '
            "UBND huyện, tham mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn."
            "</font></p>"
            f'<p align="justify">{FONT}Toàn huyện hiện có 34 trường mầm non, 35 trường tiểu học, 33 trường '
            "THCS với hơn 42.000 học sinh và 3.100 cán bộ, giáo viên, nhân viên.</font></p>"
            f'<p align="justify">{FONT}<b>Lãnh đạo Phòng:</b><br>Trưởng phòng: Ông Nguyễn Văn Khánh<br>'
            "Phó Trưởng phòng: Ông Trần Văn Hùng<br>Phó Trưởng phòng: Bà Đỗ Thị Thanh Hương</font></p>"
        )
    else:
        heading = "LIÊN HỆ"
        inner = (
            f"<p>{FONT}<b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</b><br>Địa chỉ: Thị trấn Yên Định, "
            "huyện Hải Hậu, tỉnh Nam Định<br>Điện thoại: 0228.3877.215<br>Email: "
            '<a href="mailto:pgdhaihau@namdinh.edu.vn">pgdhaihau@namdinh.edu.vn</a></font></p>'
            '<form name="frmLienHe" method="post" action="default.asp?menu=lienhe&amp;gui=1">'
            '<table border="0" cellpadding="2" cellspacing="0">'
            f'<tr><td>{FONT}Họ tên:</font></td><td><input type="text" name="hoten" size="30"></td></tr>'
            f'<tr><td>{FONT}Email:</font></td><td><input type="text" name="email" size="30"></td></tr>'
            f'<tr><td valign="top">{FONT}Nội dung:</font></td><td><textarea name="noidung" cols="30" rows="5"></textarea></td></tr>'
            '<tr><td></td><td><input type="submit" value="Gửi đi"> <input type="reset" value="Nhập lại"></td></tr>'
            "</table></form>"
        )
    return respond_page(content_box(heading, inner))


def documents_page(doc_id: int | None) -> Response:
    if doc_id is None:
        rows = "\n".join(
            f"<tr><td>{FONT}{esc(num)}</font></td><td>{FONT}{date}</font></td>"
            f'<td><a href="default.asp?menu=vanban&id={n}">{FONT}{esc(about)}</font></a></td></tr>'
            for n, (num, date, about) in DOCUMENTS.items()
        )
        inner = (
            '<table width="100%" border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse" bordercolor="#99BBDD">'
            f'<tr bgcolor="#CCFFFF"><td>{FONT}<b>Số hiệu</b></font></td><td>{FONT}<b>Ngày ban hành</b></font></td>'
            f"<td>{FONT}<b>Trích yếu</b></font></td></tr>\n{rows}\n</table>"
        )
        return respond_page(content_box("VĂN BẢN - THÔNG BÁO", inner))
    num, date, about = DOCUMENTS[doc_id]
    inner = f"""<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse" bordercolor="#99BBDD">
<tr><td width="120" bgcolor="#EFEFEF">{FONT}Số ký hiệu:</font></td><td>{FONT}<b>{esc(num)}</b></font></td></tr>
<tr><td bgcolor="#EFEFEF">{FONT}Ngày ban hành:</font></td><td>{FONT}{date}</font></td></tr>
<tr><td bgcolor="#EFEFEF">{FONT}Cơ quan ban hành:</font></td><td>{FONT}Phòng GD&amp;ĐT Hải Hậu</font></td></tr>
<tr><td bgcolor="#EFEFEF">{FONT}Trích yếu:</font></td><td>{FONT}{esc(about)}</font></td></tr>
<tr><td bgcolor="#EFEFEF">{FONT}Tải về:</font></td><td><a href="upload/vanban/vb{doc_id}.pdf"><img src="images/icon_pdf.gif" border="0"> {FONT}vb{doc_id}.pdf</font></a></td></tr>
</table>
<p align="right"><font size="2">[<a href="default.asp?menu=vanban">Danh sách văn bản</a>]</font></p>"""
    return respond_page(content_box("VĂN BẢN - THÔNG BÁO", inner))


def soft_error() -> Response:
    inner = f'<p align="center">{FONT}<font color="#FF0000">Tin này không tồn tại hoặc đã bị xóa!</font></font></p>'
    return respond_page(content_box("THÔNG BÁO", inner))


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class ClassicAspSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path.lower()
        if path.startswith(("/images/", "/upload/")) or path in ("/style.css", "/favicon.ico"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        params = {k.lower(): v for k, v in request.params.items()}
        if path == "/inbai.asp":
            story = BY_ID.get(_int(params.get("id")) or 0)
            return print_page(story) if story else soft_error()
        if path not in ("/", "/default.asp"):
            return None
        menu = params.get("menu", "")
        if not menu:
            return home_page()
        if menu == "tintuc":
            if "id" in params:
                story = BY_ID.get(_int(params["id"]) or 0)
                return article_page(story) if story else soft_error()
            loai = params.get("loai", "1")
            if loai not in CATEGORIES:
                return soft_error()
            page = _int(params.get("trang") or "1")
            return listing_page(loai, page) if page else None
        if menu in ("gioithieu", "lienhe"):
            return static_page(menu)
        if menu == "vanban":
            doc = _int(params.get("id"))
            if "id" in params and doc not in DOCUMENTS:
                return soft_error()
            return documents_page(doc)
        return soft_error()


def build_site() -> ClassicAspSite:
    return ClassicAspSite()
