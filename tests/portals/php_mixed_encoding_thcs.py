"""Trường THCS Lê Lợi (Hương Khê, Hà Tĩnh): a home-made PHP site from 2008 that is still running,
its archive never converted. The point of this portal is ENCODINGS, served as old servers serve them.

Platform
--------
One ``index.php`` with an ``act`` switch, written by a teacher in 2008 (PHP 5, MySQL latin1
tables, no framework). Layout is a 980-pixel table of three columns: the left menu ("DANH MỤC",
"TIỆN ÍCH"), the centre and the right column ("Tin đọc nhiều", a poll, "Liên kết website",
"Thống kê truy cập" with counter digits drawn as GIF images plus the text "Số lượt truy cập:
45678" and "Đang online"). The header is a banner image, "Hôm nay: 04/12/2026" (the server's
clock, never a publication date) and a ``<marquee>`` still saying "Chào mừng ngày Nhà giáo Việt
Nam 20-11"; the footer prints the address and phone. Links are relative (``index.php?act=…``),
written with ``&amp;`` in the menus and a raw ``&`` in the listings.

URL scheme
----------
- ``/`` (and ``/index.php``): home — "TIN MỚI" (the 4 newest articles with a teaser) and one box
  per category with its 3 newest titles and "Xem tiếp>>".
- ``/index.php?act=tin&id=<n>``: an article. Centre: breadcrumb "Trang chủ » <category>", the
  headline in ``<font size="4">``, the date next to it either as "Ngày đăng: 12/11/2026" (with
  the time "08:15" on some) on the line below or as "(12-11-2026)" right after the headline,
  "Lượt xem", the text, the tools "In bài | Gửi email | Về đầu trang", and "Các tin khác:" (the 4
  newest other articles of the category, each with its date).
- ``/index.php?act=in&id=<n>``: the print view ("In bài") of the same article: no chrome, same
  bytes for the text (an alternative path of the article in the gold).
- ``/index.php?act=dm&ma=<n>&trang=<p>``: category lists, 5 per page, newest first, pager
  "Trang: [1] 2 Tiếp>>" (``trang`` omitted on page 1). ma=1 Tin nhà trường, ma=2 Hoạt động Đội,
  ma=3 Tổ chuyên môn.
- ``/index.php?act=gt`` Giới thiệu, ``act=lh`` Liên hệ (a form), ``act=dsgv`` Danh sách giáo
  viên (a table), ``act=lbg`` Lịch báo giảng (a timetable of the week), ``act=kqbc`` the poll's
  results. Images under ``/upload/tintuc/2026/``, layout images under ``/images/``.

Encodings (each page is bytes, built with care)
-----------------------------------------------
- Most pages (home, lists, static pages, 5 articles): windows-1258 bytes with the tone marks as
  combining characters (the way that code page stores "ệ": "ê" + U+0323), declared only by
  ``<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">``; the HTTP header
  says just ``text/html``.
- 3 articles (ids 1047, 1038, 1019): UTF-8 bytes, the meta still says windows-1258 (template
  never updated) while the HTTP header says ``text/html; charset=utf-8`` (the header is right).
- 2 articles (ids 1036, 1033): UTF-8 with decomposed (NFD) headline and text, pasted from a
  Mac; charset utf-8 in header and meta.
- 2 old articles (ids 1012, 1008) typed in the TCVN3 (ABC) font encoding: the page is the old
  template "tin_cu.php" whose every Vietnamese text is TCVN3 bytes shown with
  ``<font face=".VnTime">``; its charset says windows-1252 (meta only), so a browser without the
  font shows mojibake. The headline is in ``<font face=".VnTimeH">`` (the capitals font: the
  lower-case codes drawn as capitals); a capital with a tone mark inside the text is typed in
  .VnTimeH too. The ``<title>`` of those pages is plain ASCII without diacritics.
- 1 article (id 1031): UTF-8 everywhere, but its last, right-aligned line is the byline
  "Ng­êi viÕt: NguyÔn V¨n An", copied from an old TCVN3 document: TCVN3 bytes read as
  windows-1252 characters and stored as UTF-8.
- The titles of the two TCVN3 articles in lists and sidebars are their stored TCVN3 bytes: raw
  in windows-1258 and TCVN3 pages, windows-1252 mojibake re-encoded in UTF-8 pages.

How each gold article is reached
--------------------------------
- Tin nhà trường (7): 1047, 1044, 1040, 1036, 1031 on list page 1 (and the home page, the
  "Các tin khác" lists); 1025 and 1019 only on ``act=dm&ma=1&trang=2``.
- Hoạt động Đội (3): 1042, 1033, 1012 on ``act=dm&ma=2``, the home box, "Tin đọc nhiều".
- Tổ chuyên môn (3): 1038, 1028, 1008 on ``act=dm&ma=3`` and the home box.

Traps
-----
- The encodings above: meta and header disagree, no charset in the header, combining tone marks,
  NFD text, TCVN3 bytes under a windows-1252 label, a TCVN3 byline in a UTF-8 page.
- Print view ``act=in`` serves the same article (alt_paths).
- Text as ``<br><br>``-separated runs inside ``<font>`` in some articles, ``<p>`` in others, a
  single ``<br>`` splitting lines of one paragraph; data tables inside the text; everything is in
  layout tables.
- Static pages (Giới thiệu with its history text, Lịch báo giảng with a week's dates) print long
  text or dates but are not articles; list page 2 is a listing.
- Header "Hôm nay: 04/12/2026" is today, not a publication date.

Gold decisions
--------------
- title: the headline as printed (TCVN3 capitals read as capitals), NFC.
- published_at: "Ngày đăng: 03/12/2026 08:15" -> "2026-12-03T08:15:00+07:00"; "(29-10-2026)" or
  "Ngày đăng: 26/11/2026" -> the day.
- authors: "Người viết: X" -> X (a degree "ThS." dropped); "GV: Phan Thị Hoa - Tổ KHTN" -> Phan
  Thị Hoa; a right-aligned bare name -> that name; "Tin, ảnh: X" -> X author and photographer;
  "Tin: Liên đội - Ảnh: Đặng Minh Quân" -> author Liên đội (a unit), photographer Quân; "BBT",
  "Ảnh: Internet" -> nobody; the TCVN3 byline of 1031 -> Nguyễn Văn An, the line not in body.
- source: "Theo Báo Hà Tĩnh" -> "Báo Hà Tĩnh"; "Nguồn: Sở GD&ĐT Hà Tĩnh" -> "Sở GD&ĐT Hà Tĩnh".
- summary: the bold lead paragraph where there is one (also the body's first paragraph).
- body: the text; list items and table rows (cells joined by " | ") are paragraphs; captions,
  bylines, source lines, tools, "Các tin khác" are not.
- images: photos of the text in order; caption = the italic or centred line under the photo.
- category: the breadcrumb's section.
"""

from __future__ import annotations

import unicodedata

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    cp1258_bytes,
    esc,
    gold_record,
    static_file,
    tcvn3_text,
    to_tcvn3,
)

NAME = "php_mixed_encoding_thcs"
PLATFORM = "Home-made PHP 5 site (index.php?act=…), 2008 table layout, mixed legacy encodings"
START_PATH = "/"

TODAY_LINE = "Hôm nay: 04/12/2026"
SCHOOL = "Trường THCS Lê Lợi"
PER_PAGE = 5

CATEGORIES = {
    "1": "Tin nhà trường",
    "2": "Hoạt động Đội",
    "3": "Tổ chuyên môn",
}

#: page encodings: "1258" windows-1258 (meta only), "u8m" UTF-8 under a windows-1258 meta,
#: "nfd" UTF-8 decomposed text, "mix" UTF-8 with a TCVN3 byline, "tcvn3" the old font template
ENCODINGS = ("1258", "u8m", "nfd", "mix", "tcvn3")


def up(name: str) -> str:
    return f"upload/tintuc/2026/{name}"


# The mixed article's byline: typed in .VnTime, pasted into the UTF-8 editor as windows-1252 text.
MIXED_BYLINE = to_tcvn3("Người viết: Nguyễn Văn An").decode("cp1252")

# P styles: "" paragraph, "lead" bold lead, "h" sub-heading, "li" bullet, "ol" numbered item,
# "tr" table row (cells joined by " | ", the first row of a group is the header), "br1" a line
# printed after a single <br> of the previous one. opts: enc, date ("nd" | "paren"), time,
# mode ("p" | "br").
STORIES: list[Story] = [
    Story(
        1047,
        "kiem-tra-chuyen-doi-so",
        "Đoàn kiểm tra của Sở GD&ĐT Hà Tĩnh làm việc về chuyển đổi số tại Trường THCS Lê Lợi",
        "1",
        "2026-12-03T08:15:00+07:00",
        [
            P(
                "Sáng ngày 02/12/2026, đoàn kiểm tra của Sở GD&ĐT Hà Tĩnh do ông Nguyễn Đình Tuấn, "
                "Phó Trưởng phòng Giáo dục trung học làm trưởng đoàn đã về làm việc với nhà trường "
                "về việc triển khai chuyển đổi số trong dạy học và quản lý.",
                "lead",
            ),
            P(
                "Tiếp đoàn có thầy giáo Hồ Sỹ Thành, Hiệu trưởng nhà trường, các phó hiệu trưởng, "
                "tổ trưởng chuyên môn và nhân viên phụ trách thiết bị, công nghệ thông tin."
            ),
            P(
                "Báo cáo với đoàn, thầy Hiệu trưởng cho biết năm học 2026-2027 nhà trường có 24 lớp "
                "với 912 học sinh; 100% giáo viên sử dụng sổ điểm điện tử, học bạ số và hồ sơ "
                "chuyên môn trên hệ thống quản lý của ngành. Nhà trường đã đầu tư thêm 12 màn hình "
                "tương tác cho các phòng học bộ môn từ nguồn xã hội hóa."
            ),
            Img(
                up("ktcds-1.jpg"),
                "Đoàn kiểm tra dự giờ tiết Tin học lớp 8A",
                "Đoàn kiểm tra dự giờ tiết Tin học lớp 8A",
                "i",
            ),
            P(
                "Đoàn đã dự 2 tiết dạy có ứng dụng học liệu số, kiểm tra hồ sơ điện tử của 6 giáo "
                "viên và phỏng vấn học sinh về việc sử dụng kho bài giảng trực tuyến của trường."
            ),
            P(
                "Kết luận buổi làm việc, trưởng đoàn đánh giá cao sự chủ động của nhà trường, đồng "
                "thời đề nghị tiếp tục hoàn thiện cơ sở dữ liệu, bảo đảm an toàn thông tin và bồi "
                "dưỡng kỹ năng số cho giáo viên lớn tuổi."
            ),
            Raw("<p><b>Người viết: Trần Thị Mai</b></p>"),
        ],
        authors=["Trần Thị Mai"],
        summary=(
            "Sáng ngày 02/12/2026, đoàn kiểm tra của Sở GD&ĐT Hà Tĩnh do ông Nguyễn Đình Tuấn, "
            "Phó Trưởng phòng Giáo dục trung học làm trưởng đoàn đã về làm việc với nhà trường "
            "về việc triển khai chuyển đổi số trong dạy học và quản lý."
        ),
        opts={"enc": "u8m", "date": "nd", "time": "08:15", "mode": "p"},
    ),
    Story(
        1044,
        "so-lien-lac-dien-tu",
        "Hướng dẫn phụ huynh cài đặt và sử dụng sổ liên lạc điện tử",
        "1",
        "2026-11-26",
        [
            P(
                "Từ tháng 12/2026, nhà trường chuyển toàn bộ việc thông báo kết quả học tập, rèn "
                "luyện của học sinh sang sổ liên lạc điện tử. Để thuận tiện cho việc theo dõi, nhà "
                "trường hướng dẫn quý phụ huynh các bước như sau:"
            ),
            P("Bước 1: Tải ứng dụng trên kho CH Play hoặc App Store.", "ol"),
            P("Bước 2: Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm.", "ol"),
            P("Bước 3: Nhập mã xác thực được gửi qua tin nhắn và đặt mật khẩu mới.", "ol"),
            P("Bước 4: Chọn tên học sinh để xem điểm, nhận xét và thông báo của nhà trường.", "ol"),
            P(
                "Trường hợp chưa nhận được tin nhắn hoặc quên mật khẩu, phụ huynh liên hệ giáo "
                "viên chủ nhiệm hoặc thầy Nguyễn Quốc Bảo (điện thoại 0912.345.678) để được hỗ trợ."
            ),
            P("Nhà trường trân trọng cảm ơn sự phối hợp của quý phụ huynh!"),
            Raw('<p align="right"><b>BBT</b></p>'),
        ],
        opts={"enc": "1258", "date": "nd", "mode": "p"},
    ),
    Story(
        1040,
        "ky-niem-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "1",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Đến dự có đại diện lãnh đạo Đảng ủy, UBND xã Hương Khê, Ban đại "
                "diện cha mẹ học sinh, các thầy cô giáo nghỉ hưu cùng toàn thể giáo viên và học sinh "
                "nhà trường."
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn với "
                "những ca khúc ca ngợi tình thầy trò, mái trường mến yêu."
            ),
            Img(up("2011-vannghe.jpg"), "Tiết mục văn nghệ của lớp 9B", "Tiết mục văn nghệ của lớp 9B", "center"),
            P(
                "Ôn lại truyền thống, cô giáo Nguyễn Thị Lan, Phó Hiệu trưởng nhấn mạnh: năm học "
                "2025-2026 nhà trường có 18 học sinh giỏi cấp tỉnh, 46 học sinh giỏi cấp huyện, tỷ lệ "
                "học sinh vào lớp 10 công lập đạt 87,5%, xếp thứ 2 toàn huyện."
            ),
            P("Dịp này, nhà trường đã khen thưởng:"),
            P("05 giáo viên đạt giáo viên dạy giỏi cấp tỉnh;", "br1"),
            P("12 giáo viên đạt giáo viên dạy giỏi cấp trường;", "br1"),
            P("03 tập thể lớp xuất sắc trong đợt thi đua “Hoa điểm tốt”.", "br1"),
            Img(
                up("2011-khenthuong.jpg"),
                "Hiệu trưởng trao thưởng cho các giáo viên đạt thành tích cao",
                "Hiệu trưởng trao thưởng cho các giáo viên đạt thành tích cao",
                "center",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Trần Bảo Ngọc lớp 9A xúc động gửi lời tri ân: “Chúng "
                "em xin hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao của thầy cô”."
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, nhiều cựu giáo viên nán lại thăm các phòng "
                "học mới và chụp ảnh lưu niệm cùng học trò."
            ),
            Raw('<p align="right"><b><i>Tin, ảnh: Nguyễn Thị Thu</i></b></p>'),
        ],
        authors=["Nguyễn Thị Thu"],
        photographers=["Nguyễn Thị Thu"],
        opts={"enc": "1258", "date": "nd", "time": "10:30", "mode": "br"},
    ),
    Story(
        1036,
        "lich-kiem-tra-giua-ky-1",
        "Thông báo lịch kiểm tra giữa học kỳ I năm học 2026-2027",
        "1",
        "2026-11-14",
        [
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026-2027, nhà trường thông báo lịch kiểm tra giữa "
                "học kỳ I các môn có bài kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn | Khối | Thời gian", "tr"),
            P("16/11/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("16/11/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("17/11/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("18/11/2026 | Sáng | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ "
                "chuyên môn, hoàn thành trước ngày 21/11/2026."
            ),
            P(
                "Học sinh có mặt tại phòng thi trước giờ làm bài 15 phút, mang theo đầy đủ dụng cụ "
                "học tập; không mang điện thoại và tài liệu vào phòng thi."
            ),
        ],
        opts={"enc": "nfd", "date": "paren", "mode": "p"},
    ),
    Story(
        1031,
        "hoc-bong-tiep-buoc",
        "Trao học bổng “Tiếp bước đến trường” cho 15 học sinh vượt khó",
        "1",
        "2026-11-06",
        [
            P(
                "Chiều ngày 05/11/2026, Hội Khuyến học xã Hương Khê phối hợp với Trường THCS Lê Lợi "
                "tổ chức trao 15 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó "
                "khăn, vươn lên trong học tập."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng cùng 20 cuốn vở, bộ đồ dùng học tập; kinh "
                "phí do các cựu học sinh của trường đang công tác tại Hà Nội và TP Hồ Chí Minh ủng hộ."
            ),
            Img(up("hocbong-2026.jpg"), None, None, "next"),
            P(
                "Em Phan Thị Huyền, lớp 8C, mồ côi cha từ nhỏ, hiện ở với mẹ và bà ngoại, chia sẻ: "
                "“Có suất học bổng này, em sẽ có thêm điều kiện để mua sách tham khảo và theo học "
                "lớp bồi dưỡng môn Toán”."
            ),
            P(
                "Phát biểu tại buổi trao học bổng, đại diện Hội Khuyến học mong các em tiếp tục nỗ "
                "lực, đồng thời kêu gọi các nhà hảo tâm chung tay để không học sinh nào phải bỏ học "
                "vì hoàn cảnh khó khăn."
            ),
            Raw(f'<p align="right">{esc(MIXED_BYLINE)}</p>'),
        ],
        authors=["Nguyễn Văn An"],
        opts={"enc": "mix", "date": "nd", "mode": "p"},
    ),
    Story(
        1025,
        "hoi-nghi-cmhs",
        "Hội nghị cha mẹ học sinh đầu năm học 2026-2027",
        "1",
        "2026-10-24",
        [
            P(
                "Ngày 18/10/2026, Trường THCS Lê Lợi tổ chức Hội nghị cha mẹ học sinh đầu năm học "
                "2026-2027 với sự tham dự của gần 900 phụ huynh của 24 lớp."
            ),
            P(
                "Tại phiên họp chung, thầy Hiệu trưởng báo cáo kết quả năm học trước, kế hoạch năm "
                "học mới và những điểm mới trong kiểm tra, đánh giá học sinh theo Thông tư "
                "22/2021/TT-BGDĐT. Hội nghị cũng thông qua các khoản thu thỏa thuận theo đúng quy "
                "định, công khai trên bảng tin và sổ liên lạc điện tử."
            ),
            P(
                "Sau phiên họp chung, phụ huynh họp tại các lớp, trao đổi với giáo viên chủ nhiệm về "
                "nề nếp, việc học ở nhà và việc sử dụng điện thoại của học sinh."
            ),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh nhà trường gồm 9 thành viên, ông Đặng "
                "Văn Sơn tiếp tục được tín nhiệm làm Trưởng ban."
            ),
            Raw('<p align="right"><b>Lê Văn Hùng</b></p>'),
        ],
        authors=["Lê Văn Hùng"],
        opts={"enc": "1258", "date": "nd", "mode": "br"},
    ),
    Story(
        1019,
        "tuyen-truyen-atgt",
        "Tuyên truyền pháp luật về an toàn giao thông cho học sinh",
        "1",
        "2026-10-15",
        [
            P(
                "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông, sáng "
                "14/10, Công an xã Hương Khê phối hợp với Trường THCS Lê Lợi tổ chức buổi tuyên "
                "truyền cho hơn 900 học sinh.",
                "lead",
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ Công an xã đã phổ biến các quy định về độ tuổi được "
                "phép điều khiển xe máy, xe đạp điện; việc đội mũ bảo hiểm đúng cách và các lỗi vi "
                "phạm thường gặp ở lứa tuổi học sinh."
            ),
            P(
                "Theo thống kê, từ đầu năm 2026 trên địa bàn xảy ra 3 vụ va chạm giao thông liên "
                "quan đến học sinh điều khiển xe máy khi chưa đủ tuổi."
            ),
            Img(up("atgt-1410.jpg"), None, None, "next"),
            P(
                "Kết thúc buổi tuyên truyền, 100% học sinh ký cam kết không vi phạm luật giao thông, "
                "phụ huynh không giao xe máy cho con khi chưa đủ điều kiện."
            ),
            Raw('<p align="right"><i>Theo Báo Hà Tĩnh</i><br><font size="1">Ảnh: Internet</font></p>'),
        ],
        source="Báo Hà Tĩnh",
        summary=(
            "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự, an toàn giao thông, sáng "
            "14/10, Công an xã Hương Khê phối hợp với Trường THCS Lê Lợi tổ chức buổi tuyên "
            "truyền cho hơn 900 học sinh."
        ),
        opts={"enc": "u8m", "date": "paren", "mode": "p"},
    ),
    Story(
        1042,
        "ke-hoach-nho-giay-vun",
        "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        "2",
        "2026-11-23",
        [
            P(
                "Thực hiện chương trình công tác Đội năm học 2026-2027, sáng thứ Hai ngày "
                "23/11/2026, Liên đội Trường THCS Lê Lợi phát động phong trào “Kế hoạch nhỏ” thu gom "
                "giấy vụn, vỏ chai nhựa gây quỹ giúp bạn nghèo."
            ),
            P(
                "Mỗi chi đội phấn đấu thu gom ít nhất 50 kg giấy vụn và 200 vỏ chai nhựa trong thời "
                "gian từ ngày 23/11 đến 20/12/2026. Số tiền thu được dùng để mua áo ấm tặng các bạn "
                "học sinh có hoàn cảnh khó khăn trước Tết Nguyên đán."
            ),
            Img(
                up("khn-2026.jpg"),
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "Các chi đội mang giấy vụn đến điểm tập kết",
                "i",
            ),
            P(
                "Năm học trước, phong trào đã thu được hơn 3,2 tấn giấy vụn, trao 40 chiếc áo ấm và "
                "12 chiếc xe đạp cho học sinh nghèo."
            ),
            Raw('<p align="right"><b>Tin: Liên đội - Ảnh: Đặng Minh Quân</b></p>'),
        ],
        authors=["Liên đội"],
        photographers=["Đặng Minh Quân"],
        opts={"enc": "1258", "date": "paren", "mode": "p"},
    ),
    Story(
        1033,
        "dai-hoi-lien-doi",
        "Đại hội Liên đội nhiệm kỳ 2026-2027",
        "2",
        "2026-11-09",
        [
            P(
                "Chiều ngày 07/11/2026, Liên đội Trường THCS Lê Lợi long trọng tổ chức Đại hội Liên "
                "đội nhiệm kỳ 2026-2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã nghe báo cáo tổng kết công tác Đội nhiệm kỳ 2025-2026: Liên đội được Hội "
                "đồng Đội tỉnh Hà Tĩnh công nhận Liên đội vững mạnh xuất sắc; 28 đội viên được kết "
                "nạp vào Đoàn TNCS Hồ Chí Minh."
            ),
            Img(
                up("daihoi-liendoi.jpg"),
                "Ban chỉ huy Liên đội khóa mới ra mắt Đại hội",
                "Ban chỉ huy Liên đội khóa mới ra mắt Đại hội",
                "i",
            ),
            P(
                "Các đại biểu đã thảo luận sôi nổi về việc giữ gìn nề nếp, xây dựng tủ sách chi đội "
                "và phong trào “Mỗi tuần một việc tốt”."
            ),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 đồng chí; em Nguyễn Hà My lớp 9A được "
                "bầu làm Liên đội trưởng."
            ),
            Raw("<p><b>Người viết: Võ Thị Hằng - TPT Đội</b></p>"),
        ],
        authors=["Võ Thị Hằng"],
        opts={"enc": "nfd", "date": "nd", "mode": "p"},
    ),
    Story(
        1012,
        "vui-tet-trung-thu",
        "VUI TẾT TRUNG THU CÙNG HỌC SINH VƯỢT KHÓ NĂM 2026",
        "2",
        "2026-09-26",
        [
            P(
                "Tối ngày 25/9/2026 (tức rằm tháng Tám), Liên đội Trường THCS Lê Lợi tổ chức chương "
                "trình “Vui Tết Trung thu” cho hơn 900 đội viên, trong đó có 45 em học sinh có hoàn "
                "cảnh khó khăn."
            ),
            P(
                "Chương trình gồm các phần thi bày mâm ngũ quả, làm lồng đèn, múa lân và văn nghệ do "
                "các chi đội tự dàn dựng. Mâm ngũ quả của chi đội 7B và 9A được Ban giám khảo đánh giá "
                "cao về ý tưởng và sự khéo léo."
            ),
            P(
                "Ủy ban nhân dân xã Hương Khê và Hội Cựu giáo chức đã trao 45 phần quà, mỗi phần gồm "
                "bánh Trung thu, sữa và 300.000 đồng tiền mặt cho các em học sinh vượt khó."
            ),
            P(
                "Đêm hội khép lại với màn rước đèn quanh sân trường, mang lại niềm vui và kỷ niệm "
                "đẹp cho các em."
            ),
            Raw('<p align="right"><b>Phan Văn Lợi</b></p>'),
        ],
        authors=["Phan Văn Lợi"],
        opts={"enc": "tcvn3", "date": "paren", "mode": "br"},
    ),
    Story(
        1038,
        "chuyen-de-khtn",
        "Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm” môn KHTN",
        "3",
        "2026-11-17T14:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, chiều ngày "
                "16/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề “Dạy học phát triển năng lực qua "
                "hoạt động trải nghiệm” tại lớp 7C."
            ),
            P(
                "Tiết dạy minh họa bài “Tốc độ chuyển động” do cô Phan Thị Hoa thực hiện. Học sinh "
                "chia nhóm đo quãng đường, thời gian chuyển động của xe đồ chơi trên sân trường và "
                "tính tốc độ bằng bảng tính."
            ),
            Img(
                up("khtn-7c.jpg"),
                "Học sinh lớp 7C đo thời gian chuyển động của xe đồ chơi",
                "Học sinh lớp 7C đo thời gian chuyển động của xe đồ chơi",
                "center",
            ),
            P("Những điểm được giáo viên dự giờ ghi nhận", "h"),
            P("Nhiệm vụ học tập rõ ràng, gắn với tình huống thực tế;", "li"),
            P("Học sinh tự đề xuất phương án đo và trình bày kết quả trước lớp;", "li"),
            P("Giáo viên sử dụng phiếu đánh giá đồng đẳng giữa các nhóm.", "li"),
            P(
                "Trong phần thảo luận, các thành viên trong tổ thống nhất cần điều chỉnh thời lượng "
                "hoạt động ngoài lớp và chuẩn bị phương án dự phòng khi trời mưa."
            ),
            Img(up("khtn-thaoluan.jpg"), "Tổ KHTN thảo luận sau tiết dạy", "Tổ KHTN thảo luận sau tiết dạy", "center"),
            Raw('<p align="right"><b>GV: Phan Thị Hoa - Tổ KHTN</b></p>'),
        ],
        authors=["Phan Thị Hoa"],
        opts={"enc": "u8m", "date": "nd", "time": "14:00", "mode": "p"},
    ),
    Story(
        1028,
        "ket-qua-gvdg-cap-truong",
        "Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "3",
        "2026-10-29",
        [
            P(
                "Từ ngày 12 đến 27/10/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường "
                "với 16 giáo viên tham gia. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và dạy 2 tiết thực hành trên lớp."
            ),
            P(
                "Qua hội thi, Ban giám khảo đã công nhận 12 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường. Kết quả cụ thể:"
            ),
            P("TT | Họ và tên | Môn | Xếp loại", "tr"),
            P("1 | Phan Thị Hoa | KHTN | Giỏi", "tr"),
            P("2 | Lê Thị Nga | Ngữ văn | Giỏi", "tr"),
            P("3 | Trần Văn Đức | Toán | Giỏi", "tr"),
            P("4 | Nguyễn Thị Thu | Tiếng Anh | Giỏi", "tr"),
            P("5 | Hồ Thị Quỳnh | Lịch sử và Địa lí | Giỏi", "tr"),
            P(
                "Nhà trường chọn 5 giáo viên có kết quả cao nhất tham gia Hội thi giáo viên dạy giỏi "
                "cấp tỉnh năm học 2026-2027."
            ),
            Raw("<p><i>Người viết: ThS. Hoàng Văn Nam</i></p>"),
            Raw("<p><i>Nguồn: Sở GD&amp;ĐT Hà Tĩnh</i></p>"),
        ],
        authors=["Hoàng Văn Nam"],
        source="Sở GD&ĐT Hà Tĩnh",
        opts={"enc": "1258", "date": "paren", "mode": "p"},
    ),
    Story(
        1008,
        "ke-hoach-hsg-van",
        "KẾ HOẠCH BỒI DƯỠNG HỌC SINH GIỎI MÔN NGỮ VĂN NĂM HỌC 2026 - 2027",
        "3",
        "2026-09-22",
        [
            P(
                "Căn cứ kế hoạch năm học 2026 - 2027 của nhà trường, Tổ Ngữ văn xây dựng kế hoạch "
                "bồi dưỡng học sinh giỏi môn Ngữ văn như sau:"
            ),
            P("I. Mục tiêu", "h"),
            P(
                "Phát hiện, bồi dưỡng học sinh có năng khiếu văn chương; phấn đấu có ít nhất 4 học "
                "sinh đạt giải cấp huyện và 2 học sinh đạt giải cấp tỉnh."
            ),
            P("II. Nội dung và thời gian", "h"),
            P("Tháng 9 - 10: khảo sát, chọn đội tuyển khối 8 và khối 9.", "li"),
            P("Tháng 11 - 12: ôn luyện kỹ năng đọc hiểu và nghị luận xã hội.", "li"),
            P("Tháng 1 - 2: nghị luận văn học, thi thử theo cấu trúc đề cấp tỉnh.", "li"),
            P(
                "Ôn luyện vào các buổi chiều thứ Ba và thứ Năm hằng tuần tại phòng học bộ môn Ngữ "
                "văn; giáo viên phụ trách lập sổ theo dõi tiến bộ của từng học sinh."
            ),
            Raw("<p><b>Người viết: Lê Thị Nga</b></p>"),
        ],
        authors=["Lê Thị Nga"],
        opts={"enc": "tcvn3", "date": "nd", "mode": "p"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def art_path(story: Story) -> str:
    return f"/index.php?act=tin&id={story.id}"


def print_path(story: Story) -> str:
    return f"/index.php?act=in&id={story.id}"


GOLD = [
    gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=[print_path(s)]) for s in STORIES
]

NON_ARTICLES = [
    "/index.php?act=gt",
    "/index.php?act=lh",
    "/index.php?act=dsgv",
    "/index.php?act=lbg",
    "/index.php?act=dm&ma=1&trang=2",
    "/index.php?act=dm&ma=3",
]


# --- encodings ------------------------------------------------------------------------------

#: (meta charset, HTTP header charset or None) per page encoding
CHARSETS = {
    "1258": ("windows-1258", None),
    "u8m": ("windows-1258", "utf-8"),
    "nfd": ("utf-8", "utf-8"),
    "mix": ("utf-8", "utf-8"),
    "tcvn3": ("windows-1252", None),
}


def tx(value: str, enc: str) -> str:
    """Text as the page's encoding stores it (before the bytes are made)."""
    if enc == "tcvn3":
        return tcvn3_text(value)
    return esc(value)


def headline_tcvn3(title: str) -> str:
    """A capitals headline for the .VnTimeH font: ASCII capitals, Vietnamese letters at their
    lower-case codes (the font draws them as capitals)."""
    return esc("".join(c if ord(c) < 128 else c.lower() for c in unicodedata.normalize("NFC", title)))


def _marker(story: Story) -> str:
    return f"\x01{story.id}\x02"


def title_html(story: Story, enc: str) -> str:
    """A title in a list: the old TCVN3 articles are stored as TCVN3 bytes (a marker here)."""
    if story.opts["enc"] == "tcvn3":
        return _marker(story)
    return tx(story.title, enc)


def to_bytes(page: str, enc: str) -> bytes:
    if enc == "1258":
        data = cp1258_bytes(page)
    elif enc == "tcvn3":
        data = to_tcvn3(page)
    else:
        data = page.encode("utf-8")
    for story in STORIES:
        if story.opts["enc"] != "tcvn3" or _marker(story).encode() not in data:
            continue
        raw = to_tcvn3(headline_tcvn3(story.title))
        if enc not in ("1258", "tcvn3"):
            # the latin1 column read as windows-1252 and written out as UTF-8
            raw = raw.decode("cp1252").encode("utf-8")
        data = data.replace(_marker(story).encode(), b'<font face=".VnTimeH">' + raw + b"</font>")
    return data


def answer(page: str, enc: str) -> Response:
    return html(to_bytes(page, enc), charset=CHARSETS[enc][1])


# --- dates ----------------------------------------------------------------------------------


def dmy(story: Story, sep: str = "/") -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}{sep}{m}{sep}{y}"


def views(story: Story) -> int:
    return 120 + (story.id * 53) % 1400


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at[:10], reverse=True)


def in_cat(cat: str) -> list[Story]:
    return newest([s for s in STORIES if s.cat == cat])


# --- chrome ---------------------------------------------------------------------------------

MOST_READ = [1040, 1033, 1038, 1028, 1012]
MENU = [
    ("index.php", "Trang chủ"),
    ("index.php?act=gt", "Giới thiệu"),
    ("index.php?act=dm&amp;ma=1", "Tin nhà trường"),
    ("index.php?act=dm&amp;ma=2", "Hoạt động Đội"),
    ("index.php?act=dm&amp;ma=3", "Tổ chuyên môn"),
    ("index.php?act=lh", "Liên hệ"),
]


def layout(enc: str, title: str, centre: str) -> str:
    t = lambda s: tx(s, enc)  # noqa: E731
    meta = CHARSETS[enc][0]
    top = " | ".join(f'<a href="{h}" class="menu">{t(n)}</a>' for h, n in MENU)
    left = "".join(
        f'<tr><td class="lmenu"><img src="images/arrow.gif" width="7" height="7"> '
        f'<a href="{h}">{t(n)}</a></td></tr>'
        for h, n in MENU[1:5]
    )
    tools = "".join(
        f'<tr><td class="lmenu"><img src="images/arrow.gif" width="7" height="7"> '
        f'<a href="{h}">{t(n)}</a></td></tr>'
        for h, n in [
            ("index.php?act=dsgv", "Danh sách giáo viên"),
            ("index.php?act=lbg", "Lịch báo giảng"),
            ("index.php?act=lh", "Góp ý - Liên hệ"),
        ]
    )
    most = "".join(
        f'<tr><td class="tdn">&raquo; <a href="index.php?act=tin&id={i}">{title_html(BY_ID[i], enc)}</a></td></tr>'
        for i in MOST_READ
    )
    digits = "".join(f'<img src="images/counter/{d}.gif" width="15" height="20">' for d in "0045678")
    font_open = '<font face=".VnTime">' if enc == "tcvn3" else ""
    font_close = "</font>" if enc == "tcvn3" else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta}">
<title>{title}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/chung.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8F1FA"><a name="top"></a>{font_open}
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" border="0"></td></tr>
<tr><td colspan="3" bgcolor="#0055A5" height="26" class="topmenu">{top}</td></tr>
<tr bgcolor="#FFFFCC"><td width="180" class="ngay">{t(TODAY_LINE)}</td>
<td colspan="2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000"><b>{t("Chào mừng ngày Nhà giáo Việt Nam 20-11")}</b></font></marquee></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F3F8FD">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="tieude_trai"><b>{t("DANH MỤC")}</b></td></tr>{left}
<tr><td class="tieude_trai"><b>{t("TIỆN ÍCH")}</b></td></tr>{tools}
<tr><td align="center"><a href="http://hatinh.edu.vn" target="_blank"><img src="images/logo_so.gif" width="160" border="0"></a></td></tr>
</table>
</td>
<td width="600" valign="top">
{centre}
</td>
<td width="200" valign="top" bgcolor="#F3F8FD">
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="tieude_phai"><b>{t("TIN ĐỌC NHIỀU")}</b></td></tr>{most}
<tr><td class="tieude_phai"><b>{t("THĂM DÒ Ý KIẾN")}</b></td></tr>
<tr><td><form name="binhchon" method="post" action="index.php?act=binhchon">
{t("Bạn đánh giá thế nào về website của trường?")}<br>
<input type="radio" name="bc" value="1"> {t("Rất hữu ích")}<br>
<input type="radio" name="bc" value="2"> {t("Bình thường")}<br>
<input type="radio" name="bc" value="3"> {t("Cần cải tiến")}<br>
<input type="submit" value="{t("Bình chọn")}"> <a href="index.php?act=kqbc">{t("Xem kết quả")}</a>
</form></td></tr>
<tr><td class="tieude_phai"><b>{t("LIÊN KẾT WEBSITE")}</b></td></tr>
<tr><td><select onchange="window.open(this.value)" style="width:180px">
<option value="">{t("-- Chọn liên kết --")}</option>
<option value="http://hatinh.edu.vn">{t("Sở GD&ĐT Hà Tĩnh")}</option>
<option value="http://moet.gov.vn">{t("Bộ Giáo dục và Đào tạo")}</option>
<option value="http://huongkhe.hatinh.gov.vn">{t("Cổng TTĐT Hương Khê")}</option>
</select></td></tr>
<tr><td class="tieude_phai"><b>{t("THỐNG KÊ TRUY CẬP")}</b></td></tr>
<tr><td align="center">{digits}<br>{t("Số lượt truy cập: 45678")}<br>{t("Đang online: 7")}</td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#0055A5" align="center" class="footer"><font color="#FFFFFF">
{t("Bản quyền")} &copy; 2008 {t("Trường THCS Lê Lợi - Hương Khê - Hà Tĩnh")}<br>
{t("Địa chỉ: Khối 10, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh - Điện thoại: 0239.3871.245")}<br>
Email: thcsleloi.hk@hatinh.edu.vn - {t("Thiết kế: Nguyễn Quốc Bảo")}
</font></td></tr>
</table>{font_close}
</body>
</html>
"""


# --- article text ---------------------------------------------------------------------------


def render_blocks(story: Story, enc: str) -> str:
    """The editor's markup: runs of paragraphs, grouped lists and tables, photos with a line."""
    nfd = story.opts["enc"] == "nfd"

    def t(value: str) -> str:
        out = tx(value, enc)
        return unicodedata.normalize("NFD", out) if nfd else out

    mode = story.opts.get("mode", "p")
    out: list[str] = []
    run: list[str] = []
    group: list[P] = []

    def flush_run() -> None:
        if not run:
            return
        if mode == "br":
            out.append(
                '<div align="justify"><font face="Times New Roman" size="3">'
                + "".join(run)
                + "</font></div>"
                if enc != "tcvn3"
                else '<div align="justify"><font face=".VnTime" size="3">' + "".join(run) + "</font></div>"
            )
        else:
            out.append('<p align="justify">' + "".join(run) + "</p>")
        run.clear()

    def flush_group() -> None:
        if not group:
            return
        style = group[0].style
        if style in ("li", "ol"):
            tag = "ul" if style == "li" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{t(p.text)}</li>" for p in group) + f"</{tag}>")
        else:
            rows = []
            for n, p in enumerate(group):
                cells = p.text.split(" | ")
                if n == 0:
                    rows.append('<tr bgcolor="#CCE5FF">' + "".join(f"<td><b>{t(c)}</b></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{t(c)}</td>" for c in cells) + "</tr>")
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="100%" bordercolor="#999999">'
                + "".join(rows)
                + "</table>"
            )
        group.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("li", "ol", "tr"):
            flush_run()
            if group and group[0].style != block.style:
                flush_group()
            group.append(block)
            continue
        flush_group()
        if isinstance(block, P) and block.style in ("", "br1"):
            if block.style == "br1" and run:
                run.append("<br>" + t(block.text))
            elif mode == "br" and run:
                run.append("<br><br>" + t(block.text))
            else:
                # "p" mode: a <p> per paragraph (a following "br1" line joins it after a <br>)
                flush_run()
                run.append(t(block.text))
            continue
        flush_run()
        if isinstance(block, P) and block.style == "lead":
            out.append(f"<p><b>{t(block.text)}</b></p>")
        elif isinstance(block, P) and block.style == "h":
            out.append(f'<p><b><font color="#990000">{t(block.text)}</font></b></p>')
        elif isinstance(block, Img):
            out.append(f'<p align="center"><img src="{block.src}" width="460" border="1"></p>')
            if block.printed and block.style == "i":
                out.append(f'<p align="center"><i>{t(block.printed)}</i></p>')
            elif block.printed and block.style == "center":
                out.append(f'<div align="center"><font size="2" color="#333333">{t(block.printed)}</font></div>')
            elif block.printed:
                out.append(f'<p align="right"><font size="1">{t(block.printed)}</font></p>')
        elif isinstance(block, Raw):
            out.append(block.html)
    flush_group()
    flush_run()
    return "\n".join(out)


def date_line(story: Story, enc: str) -> tuple[str, str]:
    """(after the headline, the line under it)."""
    t = lambda s: tx(s, enc)  # noqa: E731
    seen = t(f"Lượt xem: {views(story)}")
    if story.opts["date"] == "paren":
        return f' <font color="#999999" size="2">({dmy(story, "-")})</font>', f'<font size="1" color="#808080">{seen}</font>'
    when = dmy(story) + (f" {story.opts['time']}" if story.opts.get("time") else "")
    return "", f'<font size="1" color="#808080">{t("Ngày đăng:")} {when} | {seen}</font>'


def headline(story: Story, enc: str) -> str:
    if enc == "tcvn3":
        return f'<font face=".VnTimeH" size="4" color="#CC0000"><b>{headline_tcvn3(story.title)}</b></font>'
    title = tx(story.title, enc)
    if story.opts["enc"] == "nfd":
        title = unicodedata.normalize("NFD", title)
    return f'<font size="4" color="#0033CC"><b>{title}</b></font>'


def article_page(story: Story) -> Response:
    enc = story.opts["enc"]
    t = lambda s: tx(s, enc)  # noqa: E731
    after, under = date_line(story, enc)
    others = [s for s in in_cat(story.cat) if s.id != story.id][:4]
    tinkhac = "".join(
        f'<li><a href="index.php?act=tin&id={s.id}">{title_html(s, enc)}</a> '
        f'<font color="#999999">({dmy(s)})</font></li>'
        for s in others
    )
    centre = f"""<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="duongdan" bgcolor="#EEF4FB">
<a href="index.php">{t("Trang chủ")}</a> &raquo; <a href="index.php?act=dm&amp;ma={story.cat}">{t(CATEGORIES[story.cat])}</a>
</td></tr></table>
<table width="100%" cellpadding="6" cellspacing="0"><tr><td>
{headline(story, enc)}{after}<br>
{under}
<hr size="1" color="#CCCCCC">
{render_blocks(story, enc)}
<div align="right" class="congcu"><a href="index.php?act=in&amp;id={story.id}" target="_blank"><img src="images/print.gif" border="0" width="16"> {t("In bài")}</a> |
<a href="mailto:?subject=Gioi%20thieu%20bai%20viet&amp;body=index.php%3Fact%3Dtin%26id%3D{story.id}">{t("Gửi email")}</a> |
<a href="#top">{t("Về đầu trang")}</a></div>
<br><b><font color="#CC0000">{t("Các tin khác:")}</font></b>
<ul class="tinkhac">{tinkhac}</ul>
</td></tr></table>"""
    title = "Truong THCS Le Loi - Tin tuc" if enc == "tcvn3" else f"{t(story.title)} - {t(SCHOOL)}"
    if enc == "nfd":
        title = unicodedata.normalize("NFD", title)
    return answer(layout(enc, title, centre), enc)


def print_page(story: Story) -> Response:
    enc = story.opts["enc"]
    t = lambda s: tx(s, enc)  # noqa: E731
    after, under = date_line(story, enc)
    font = ' face=".VnTime"' if enc == "tcvn3" else ' face="Times New Roman"'
    page = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={CHARSETS[enc][0]}">
<title>{"In bai viet" if enc == "tcvn3" else t("In bài viết")}</title></head>
<body onload="window.print()"><font{font}>
<table width="640" align="center"><tr><td>
<b>{t(SCHOOL.upper())}</b><hr>
{headline(story, enc)}{after}<br>{under}<br><br>
{render_blocks(story, enc)}
<hr><a href="javascript:window.close()">{t("Đóng cửa sổ")}</a>
</td></tr></table></font></body></html>"""
    return answer(page, enc)


# --- lists and static pages -----------------------------------------------------------------


def teaser(story: Story) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + ("..." if len(words) > 28 else "")


def list_item(story: Story) -> str:
    thumb = next((i.src for i in story.images), "images/no_image.gif")
    lead = "" if story.opts["enc"] == "tcvn3" else esc(teaser(story))
    return f"""<table width="100%" cellpadding="4" cellspacing="0" class="tin"><tr>
<td width="110" valign="top"><a href="index.php?act=tin&id={story.id}"><img src="{thumb}" width="100" height="75" border="0"></a></td>
<td valign="top"><a href="index.php?act=tin&id={story.id}" class="tieude_tin"><b>{title_html(story, "1258")}</b></a>
<font color="#999999" size="1">({dmy(story)})</font><br>{lead}</td></tr></table>"""


def category_page(request: Request) -> Response | None:
    cat = request.params.get("ma", "")
    if cat not in CATEGORIES:
        return None
    raw_page = request.params.get("trang", "1")
    if not raw_page.isdigit():
        return None
    page = int(raw_page)
    items = in_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    nums = []
    for n in range(1, pages + 1):
        href = f"index.php?act=dm&ma={cat}" + (f"&trang={n}" if n > 1 else "")
        nums.append(f"<b>[{n}]</b>" if n == page else f'<a href="{href}">{n}</a>')
    if page < pages:
        nums.append(f'<a href="index.php?act=dm&ma={cat}&trang={page + 1}">Tiếp&gt;&gt;</a>')
    pager = '<div align="center" class="phantrang">Trang: ' + " ".join(nums) + "</div>"
    name = CATEGORIES[cat]
    centre = f"""<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="duongdan" bgcolor="#EEF4FB">
<a href="index.php">Trang chủ</a> &raquo; <b>{esc(name)}</b></td></tr></table>
{"".join(list_item(s) for s in chunk)}
{pager}"""
    return answer(layout("1258", f"{esc(name)} - {SCHOOL}", centre), "1258")


def home_page() -> Response:
    top = newest(STORIES)[:4]
    boxes = []
    for cat, name in CATEGORIES.items():
        lines = "".join(
            f'<li><a href="index.php?act=tin&id={s.id}">{title_html(s, "1258")}</a> '
            f'<font color="#999999" size="1">({dmy(s)})</font></li>'
            for s in in_cat(cat)[:3]
        )
        boxes.append(
            f'<table width="100%" cellpadding="3" cellspacing="0"><tr><td class="tieude_muc">'
            f"<b>{esc(name.upper())}</b></td></tr><tr><td><ul>{lines}</ul>"
            f'<div align="right"><a href="index.php?act=dm&amp;ma={cat}">Xem tiếp&gt;&gt;</a></div></td></tr></table>'
        )
    centre = f"""<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="tieude_muc"><b>TIN MỚI</b></td></tr></table>
{"".join(list_item(s) for s in top)}
{"".join(boxes)}"""
    return answer(layout("1258", f"{SCHOOL} - Hương Khê - Hà Tĩnh", centre), "1258")


def static_centre(heading: str, inner: str) -> str:
    return f"""<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="duongdan" bgcolor="#EEF4FB">
<a href="index.php">Trang chủ</a> &raquo; <b>{esc(heading)}</b></td></tr></table>
<table width="100%" cellpadding="6"><tr><td>
<font size="4" color="#0033CC"><b>{esc(heading.upper())}</b></font><hr size="1" color="#CCCCCC">
{inner}
</td></tr></table>"""


GIOI_THIEU = [
    "Trường THCS Lê Lợi được thành lập năm 1965, tiền thân là Trường cấp II Hương Khê, đóng tại "
    "khối 10, thị trấn Hương Khê. Trải qua hơn 60 năm xây dựng và phát triển, nhà trường luôn là "
    "lá cờ đầu của ngành giáo dục huyện nhà.",
    "Năm học 2026-2027 nhà trường có 24 lớp với 912 học sinh; 58 cán bộ, giáo viên, nhân viên, "
    "trong đó 100% giáo viên đạt chuẩn, 42% trên chuẩn về trình độ đào tạo.",
    "Nhà trường được công nhận trường chuẩn quốc gia mức độ 2 năm 2019, đạt kiểm định chất lượng "
    "giáo dục cấp độ 3; nhiều năm liền được UBND tỉnh tặng Bằng khen.",
    "Ban giám hiệu: Hiệu trưởng Hồ Sỹ Thành; Phó Hiệu trưởng Nguyễn Thị Lan, Bùi Văn Hải.",
]
TEACHERS = [
    ("Hồ Sỹ Thành", "Hiệu trưởng", "Toán", "0912.111.222"),
    ("Nguyễn Thị Lan", "Phó Hiệu trưởng", "Ngữ văn", "0915.333.444"),
    ("Bùi Văn Hải", "Phó Hiệu trưởng", "Vật lí", "0983.555.666"),
    ("Phan Thị Hoa", "Tổ trưởng KHTN", "Hóa học", "0942.777.888"),
    ("Lê Thị Nga", "Tổ trưởng Ngữ văn", "Ngữ văn", "0978.999.000"),
    ("Võ Thị Hằng", "TPT Đội", "Âm nhạc", "0911.246.810"),
    ("Nguyễn Thị Thu", "Giáo viên", "Tiếng Anh", "0936.135.791"),
]
LICH = [
    ("Thứ Hai 30/11", "Chào cờ", "Toán", "Ngữ văn", "KHTN"),
    ("Thứ Ba 01/12", "Tiếng Anh", "Lịch sử và Địa lí", "Toán", "Tin học"),
    ("Thứ Tư 02/12", "Ngữ văn", "Ngữ văn", "GDCD", "Công nghệ"),
    ("Thứ Năm 03/12", "KHTN", "Toán", "Âm nhạc", "Mĩ thuật"),
    ("Thứ Sáu 04/12", "Tiếng Anh", "Thể dục", "HĐTN", "Sinh hoạt lớp"),
]


def static_page(act: str) -> Response | None:
    if act == "gt":
        inner = "".join(f'<p align="justify">{esc(p)}</p>' for p in GIOI_THIEU)
        centre = static_centre("Giới thiệu", inner)
    elif act == "lh":
        inner = f"""<p><b>{esc(SCHOOL)}</b><br>Địa chỉ: Khối 10, thị trấn Hương Khê, huyện Hương Khê, tỉnh Hà Tĩnh<br>
Điện thoại: 0239.3871.245 - Email: thcsleloi.hk@hatinh.edu.vn</p>
<form method="post" action="index.php?act=lh"><table cellpadding="3">
<tr><td>Họ tên:</td><td><input name="hoten" size="40"></td></tr>
<tr><td>Email:</td><td><input name="email" size="40"></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ"></td></tr></table></form>"""
        centre = static_centre("Liên hệ", inner)
    elif act == "dsgv":
        rows = "".join(
            f"<tr><td>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{d}</td></tr>"
            for n, (a, b, c, d) in enumerate(TEACHERS, 1)
        )
        inner = (
            '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr bgcolor="#CCE5FF">'
            "<td><b>TT</b></td><td><b>Họ và tên</b></td><td><b>Chức vụ</b></td><td><b>Môn dạy</b></td>"
            f"<td><b>Điện thoại</b></td></tr>{rows}</table>"
        )
        centre = static_centre("Danh sách giáo viên", inner)
    elif act == "lbg":
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in LICH)
        inner = (
            "<p><b>Tuần 14 (từ ngày 30/11/2026 đến ngày 05/12/2026) - Giáo viên: Phan Thị Hoa - Lớp 7C</b></p>"
            '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr bgcolor="#CCE5FF">'
            "<td><b>Ngày</b></td><td><b>Tiết 1</b></td><td><b>Tiết 2</b></td><td><b>Tiết 3</b></td>"
            f"<td><b>Tiết 4</b></td></tr>{rows}</table>"
        )
        centre = static_centre("Lịch báo giảng", inner)
    elif act == "kqbc":
        inner = "<p>Rất hữu ích: 312 phiếu (68%)<br>Bình thường: 104 phiếu (23%)<br>Cần cải tiến: 41 phiếu (9%)</p>"
        centre = static_centre("Kết quả bình chọn", inner)
    else:
        return None
    return answer(layout("1258", f"{SCHOOL} - Hương Khê", centre), "1258")


class PhpSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/upload/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path not in ("/", "/index.php"):
            return None
        act = request.params.get("act", "")
        if not act:
            return home_page() if not request.query else None
        if act in ("tin", "in"):
            raw_id = request.params.get("id", "")
            story = BY_ID.get(int(raw_id)) if raw_id.isdigit() else None
            if story is None or set(request.params) != {"act", "id"}:
                return None
            return article_page(story) if act == "tin" else print_page(story)
        if act == "dm":
            return category_page(request)
        if act == "binhchon":
            return answer(layout("1258", SCHOOL, static_centre("Bình chọn", "<p>Cảm ơn bạn đã bình chọn!</p>")), "1258")
        return static_page(act)


def build_site() -> PhpSite:
    return PhpSite()
