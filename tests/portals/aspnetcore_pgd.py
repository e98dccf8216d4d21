"""Phòng GD&ĐT thành phố Vị Thanh (Hậu Giang) on an ASP.NET Core MVC portal written by a local
software company (Razor views, Bootstrap 5, jQuery "Tải thêm" loader).

Platform
--------
An ASP.NET Core 6 MVC application: ``NewsController`` with an attribute route for friendly URLs
(``/tin-tuc/{slug}-{id}``) and the conventional default route ``{controller}/{action}/{id}`` still
on, so ``/News/Detail/{id}`` answers with the very same view. ``CategoryController`` serves
``/chuyen-muc/{slug}?trang={n}`` (7 per page) and ``/api/news?cat={k}&page={n}`` returns the
partial view ``_NewsItems`` (an HTML fragment, no layout) that the "Tải thêm" button appends.
Uploads live under ``/uploads/yyyy/MM/``, attached files under ``/uploads/files/``.

URL scheme
----------
- ``/`` home: featured story, "Tin mới" (6 newest), a "Thông báo" box, category blocks.
- ``/tin-tuc/<slug>-<id>``: an article (canonical); ``/News/Detail/<id>``: the same article
  (linked from the "Xem nhiều trong tháng" widget); a stale slug with a right id answers 301
  to the right slug.
- ``/chuyen-muc/<slug>`` and ``?trang=N``: listings of 7; the numbered pager is there, and the
  "Tải thêm" button carries ``data-url="/api/news?cat=<k>&page=<n>"``.
  Category keys: 1 tin-tuc, 2 hoat-dong-chuyen-mon, 3 cac-truong-hoc, 4 thong-bao.
  "Hoạt động chuyên môn" and "Các trường học" are sub-sections of "Tin tức" (dropdown menu):
  the Tin tức listing shows its own stories and those of its two sub-sections.
- ``/van-ban/<id>``: document entries (số hiệu, ngày ban hành, file), listed among Thông báo.
- ``/gioi-thieu``, ``/lien-he`` (contact form), ``/lich-cong-tac`` (weekly schedule table),
  ``/thu-vien-anh/<id>`` (photo album), ``/Poll/Result/<id>``.

Article template
----------------
breadcrumb (Trang chủ › Tin tức › [sub-section] › "Chi tiết tin"), optional kicker line
(``p.news-kicker``) above ``h1.news-title``, a meta row (date in one of three forms, "Tác giả:"
field = the CMS account or a name the editor typed, "Lượt xem"), optional sapo
(``div.news-sapo``), ``div.news-content`` (CKEditor 4 HTML), attached files, tool bar (In bài,
Gửi email, Facebook, Zalo), "Từ khóa", "Tin mới hơn" (same section, newer stories, max 4).

How each gold article is reached
--------------------------------
- The 6 newest: home "Tin mới"; all Tin tức-family stories from /chuyen-muc/tin-tuc page 1
  or their sub-section listing page 1.
- 1037 (Các trường học) and 1025 (Hoạt động chuyên môn): Tin tức page 2 and their own listing.
- 1034 and 1028 (Tin tức): only /chuyen-muc/tin-tuc?trang=2 (or /api/news?cat=1&page=2)
  and the "Tin mới hơn" box of 1028 (itself only on page 2).
- 1031 (Thông báo, oldest): only /chuyen-muc/thong-bao?trang=2 (documents fill page 1).
- 1058: home "Thông báo" box and /chuyen-muc/thong-bao.

Traps
-----
1. Header clock "Thứ Bảy, 05/12/2026" on every page: never a publication date.
2. Two URLs per article (/tin-tuc/<slug>-<id> and /News/Detail/<id>): gold path is the friendly
   URL (the canonical link of both pages), /News/Detail/<id> in alt_paths.
3. Three date forms: "16:45 | 04/12/2026" (time first) -> "2026-12-04T16:45:00+07:00";
   "Cập nhật: 02/12/2026 07:55" printed BEFORE "Ngày đăng: 01/12/2026 09:20" -> gold the
   Ngày đăng (the publication, not the edit); "Thứ Tư, 03/12/2026" (no time) -> "2026-12-03".
4. Kicker line (``p.news-kicker``, capitals, e.g. "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11")
   above the h1: not part of the title; the title is the h1 as printed ("THÔNG BÁO Tuyển dụng…"
   keeps its capitals). The <title> appends " - Phòng GD&ĐT TP. Vị Thanh".
5. Last breadcrumb item is "Chi tiết tin", not a section: category is the last section link
   ("Các trường học", "Hoạt động chuyên môn"), not the parent "Tin tức".
6. The "Tác giả:" meta field shows the CMS account: "admin", "BBT" and the login
   "truongmnhoasen" credit nobody; a closing byline decides when present ("ThS. Trương Văn
   Khải - Chuyên viên Phòng GD&ĐT" -> "Trương Văn Khải"; "Nguyễn Thị Bích Tuyền<br>(Trường MN
   Hoa Sen)" -> the person, the school is her post); a typed name there ("Võ Thanh Tùng") with no
   byline is the author.
7. Bylines: "Tin: Lê Hoàng Phúc - Ảnh: Tổ Tiểu học" (a unit as photographer), "Tin: Nhóm PV<br>
   Ảnh: CLB Nhiếp ảnh Vị Thanh" (two lines, units credited as printed), "Tin, ảnh: X" (both), a
   bare right-aligned unit ("Tổ Văn phòng", "Đoàn trường", "Phòng GD&ĐT") -> author.
8. Captions in four forms: <figcaption>; the CKEditor image table (second row, td.image_caption)
   — not a data table, so not body rows; a centred italic line; a centred *plain* paragraph
   under the image (caption, not body). "Ảnh minh họa" in italic under a photo is its caption
   as displayed. One cover photo has no line (caption null).
9. Sapo in two forms: ``div.news-sapo`` outside the content (summary, first body paragraph) and a
   bold first paragraph inside the content (1028). Bold is not always a sapo: a bold last line is
   a byline.
10. Body boundaries: an inline "Tin liên quan" box inside news-content (1046), the "Tệp đính kèm"
    list, tool bar, "Từ khóa" and "Tin mới hơn" are not body; a blockquote is body; a <br> in a
    list-like paragraph (1043) splits it into two paragraphs; data tables are one row a paragraph.
11. Source line "Nguồn: Báo Hậu Giang" at the end -> source "Báo Hậu Giang", not body.
12. Listings: 7 per page, pager ``?trang=N`` plus a "Tải thêm" button whose data-url is the
    /api/news fragment endpoint; Thông báo mixes document entries (/van-ban/<id>, non-articles
    with a date and a title) with notices, pushing the oldest notice to page 2.
13. Slug of 1049 does not match its title (the editor retitled the story); a wrong slug with the
    right id redirects (301) to the right one.
14. The "Xem nhiều trong tháng" widget only lists stories of the last 30 days.

Gold decisions
--------------
- title: h1.news-title; published_at as trap 3; category as trap 5.
- authors/photographers as traps 6 and 7; source as trap 11; summary as trap 9.
- images: photos in news-content in order, caption as trap 8; logo, banners, icons, the
  album thumbnails of the sidebar are layout.
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "aspnetcore_pgd"
PLATFORM = "ASP.NET Core 6 MVC (Razor, Bootstrap 5), friendly + default routes, AJAX load-more"
START_PATH = "/"
TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng GD&ĐT TP. Vị Thanh"
PER_PAGE = 7

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cac-truong-hoc": "Các trường học",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-tuc": 1, "hoat-dong-chuyen-mon": 2, "cac-truong-hoc": 3, "thong-bao": 4}
PARENT = {"hoat-dong-chuyen-mon": "tin-tuc", "cac-truong-hoc": "tin-tuc"}

# --- the articles (ids as the database gave them) ---------------------------------------------
#
# opts: date ("dang" prints "Ngày đăng" + "Cập nhật"; "clock" prints "HH:MM | dd/mm/yyyy";
# "day" prints "Thứ …, dd/mm/yyyy" without time), time, updated (the "Cập nhật" stamp), meta
# (the "Tác giả" field of the info bar), kicker (overline above the h1), inline (an inline
# "Tin liên quan" box after the given paragraph index), attach (attached files), views.
# P styles: "h" (h3 sub-heading), "li", "th"/"td" (table rows), "q" (blockquote), "br" (lines
# of one <p> split by <br>: the style "br" marks the lines after the first), "b" (bold lead in the body).
# Img styles: "fig" (figure + figcaption), "tbl" (CKEditor image table, caption row), "em"
# (centred italic line), "plain" (a plain centred paragraph), "none".

STORIES: list[Story] = [
    Story(
        1061,
        "vi-thanh-tong-ket-hoi-thi-giao-vien-day-gioi-cap-thanh-pho",
        "Vị Thanh tổng kết Hội thi giáo viên dạy giỏi cấp thành phố năm học 2026-2027",
        "hoat-dong-chuyen-mon",
        "2026-12-04T16:45:00+07:00",
        [
            P(
                "Chiều ngày 04/12/2026, Phòng GD&ĐT thành phố Vị Thanh tổ chức tổng kết và trao giải "
                "Hội thi giáo viên dạy giỏi cấp thành phố bậc tiểu học năm học 2026-2027."
            ),
            P(
                "Hội thi diễn ra từ ngày 23/11 đến 02/12/2026 với 64 giáo viên của 12 trường tiểu học "
                "tham gia. Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và "
                "thực hiện hai tiết dạy trên lớp, trong đó có một tiết do Ban tổ chức bốc thăm trước ba ngày."
            ),
            Img("/uploads/2026/12/gvdg-tong-ket-1.jpg", "Quang cảnh buổi tổng kết hội thi",
                "Quang cảnh buổi tổng kết hội thi", "fig"),
            P("Kết quả theo khối lớp:"),
            P("Khối | Số GV dự thi | Đạt GVDG | Tỷ lệ", "th"),
            P("Khối 1 | 14 | 12 | 85,7%", "td"),
            P("Khối 2 | 13 | 11 | 84,6%", "td"),
            P("Khối 3 - 5 | 37 | 30 | 81,1%", "td"),
            P(
                "Phát biểu bế mạc, bà Nguyễn Thị Kim Loan, Phó Trưởng phòng GD&ĐT, đề nghị các trường "
                "nhân rộng những tiết dạy tốt qua sinh hoạt tổ chuyên môn, chú trọng dạy học phân hóa và "
                "ứng dụng công nghệ thông tin phù hợp với từng đối tượng học sinh."
            ),
            Raw('<p style="text-align:right"><strong>Tin: Lê Hoàng Phúc - Ảnh: Tổ Tiểu học</strong></p>'),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Tổ Tiểu học"],
        opts={"date": "clock", "meta": "Lê Hoàng Phúc", "views": 214},
    ),
    Story(
        1058,
        "thong-bao-lich-nghi-tet-duong-lich-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
        "thong-bao",
        "2026-12-03",
        [
            P(
                "Căn cứ Công văn số 2145/SGDĐT-VP ngày 01/12/2026 của Sở GD&ĐT Hậu Giang, Phòng GD&ĐT "
                "thành phố Vị Thanh thông báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"
            ),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027.", "li"),
            P("Các đơn vị bố trí trực cơ quan, bảo vệ tài sản trong thời gian nghỉ.", "li"),
            P("Báo cáo tình hình đơn vị về Phòng (qua Tổ Văn phòng) trước 10 giờ ngày 04/01/2027.", "li"),
            P(
                "Thủ trưởng các đơn vị thông báo rộng rãi đến cán bộ, giáo viên, phụ huynh và học sinh "
                "để biết, thực hiện."
            ),
            Raw('<p style="text-align:right"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "day", "meta": "admin", "views": 531,
              "attach": [("TB-lich-nghi-Tet-2027.pdf", "Thông báo số 318/TB-PGDĐT")]},
    ),
    Story(
        1055,
        "truong-thcs-vi-tan-ra-mat-cau-lac-bo-stem",
        "Trường THCS Vị Tân ra mắt Câu lạc bộ STEM",
        "cac-truong-hoc",
        "2026-12-01T09:20:00+07:00",
        [
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần tại phòng thực hành Vật lý - Công nghệ, "
                "dưới sự hướng dẫn của các thầy cô tổ Khoa học tự nhiên."
            ),
            Img("/uploads/2026/12/stem-vi-tan-1.jpg", "Học sinh trình diễn mô hình xe tự hành",
                "Học sinh trình diễn mô hình xe tự hành", "tbl"),
            P(
                "Tại buổi ra mắt, các nhóm học sinh giới thiệu mô hình hệ thống tưới cây tự động, đèn "
                "đường năng lượng mặt trời và xe tự hành dò line được lập trình bằng Arduino."
            ),
            Img("/uploads/2026/12/stem-vi-tan-2.jpg", "Ban chủ nhiệm Câu lạc bộ nhận cờ",
                "Ban chủ nhiệm Câu lạc bộ nhận cờ", "tbl"),
            P(
                "Thầy Phạm Minh Trí, Hiệu trưởng nhà trường cho biết: “Câu lạc bộ là sân chơi để các em "
                "biến kiến thức trên lớp thành sản phẩm có ích cho cuộc sống”.",
                "q",
            ),
            Raw('<p style="text-align:right"><em>Tin, ảnh: Huỳnh Thị Ngọc Hân</em></p>'),
        ],
        authors=["Huỳnh Thị Ngọc Hân"],
        photographers=["Huỳnh Thị Ngọc Hân"],
        summary=(
            "Sáng 30/11, Trường THCS Vị Tân tổ chức ra mắt Câu lạc bộ STEM với 45 thành viên là học "
            "sinh khối 7, 8 và 9 có năng khiếu về khoa học, công nghệ."
        ),
        sapo_outside=True,
        opts={"date": "dang", "time": "09:20", "updated": "02/12/2026 07:55", "meta": "admin",
              "views": 388, "kicker": "NĂM HỌC 2026-2027"},
    ),
    Story(
        1052,
        "hoi-nghi-can-bo-quan-ly-ve-chuyen-doi-so-trong-truong-hoc",
        "Hội nghị cán bộ quản lý về chuyển đổi số trong trường học",
        "tin-tuc",
        "2026-11-28T14:00:00+07:00",
        [
            P(
                "Ngày 27/11/2026, Phòng GD&ĐT thành phố Vị Thanh tổ chức hội nghị triển khai kế hoạch "
                "chuyển đổi số trong các cơ sở giáo dục giai đoạn 2026-2030 cho gần 90 cán bộ quản lý "
                "các trường mầm non, tiểu học và THCS.",
            ),
            P(
                "Theo kế hoạch, đến năm 2028, 100% trường học sử dụng học bạ số, sổ điểm điện tử và thu "
                "học phí không dùng tiền mặt; 80% giáo viên có kho học liệu số của môn mình dạy."
            ),
            P("Nhiệm vụ trọng tâm năm 2027", "h"),
            P("Hoàn thành cơ sở dữ liệu ngành, cập nhật đúng hạn trên hệ thống của Bộ GD&ĐT.", "li"),
            P("Triển khai học bạ số ở khối lớp 1, 2, 6 và 7.", "li"),
            P("Bồi dưỡng kỹ năng số cho 100% giáo viên.", "li"),
            Img("/uploads/2026/11/chuyen-doi-so-hn.jpg", "Ảnh minh họa", "Ảnh minh họa", "em"),
            P(
                "Các đại biểu đã thảo luận về những khó khăn trong thực hiện như hạ tầng mạng của một số "
                "điểm trường lẻ, thiết bị cũ và kỹ năng của một bộ phận giáo viên lớn tuổi, đồng thời đề "
                "xuất giải pháp huy động xã hội hóa để bổ sung thiết bị."
            ),
            Raw('<p style="text-align:right"><strong>ThS. Trương Văn Khải - Chuyên viên Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Trương Văn Khải"],
        opts={"date": "clock", "meta": "Trương Văn Khải", "views": 742},
    ),
    Story(
        1049,
        "hau-giang-dat-42-giai-hoc-sinh-gioi-cap-quoc-gia",
        "Hậu Giang: 42 học sinh lớp 9 được chọn tham gia đội tuyển học sinh giỏi cấp tỉnh",
        "tin-tuc",
        "2026-11-25",
        [
            P(
                "Sở GD&ĐT Hậu Giang vừa công bố danh sách 42 học sinh lớp 9 được chọn vào đội tuyển dự "
                "kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2026-2027, trong đó thành phố Vị Thanh có 11 "
                "em, nhiều nhất tỉnh."
            ),
            P(
                "Các em sẽ được bồi dưỡng tập trung từ ngày 01/12/2026 đến ngày 15/01/2027 tại Trường "
                "THCS Chu Văn An với đội ngũ giáo viên giàu kinh nghiệm của các trường."
            ),
            P(
                "Đây là kết quả của quá trình phát hiện, bồi dưỡng học sinh năng khiếu từ các lớp 6, 7 "
                "ở nhiều địa phương trong tỉnh."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Báo Hậu Giang</em></p>'),
        ],
        source="Báo Hậu Giang",
        opts={"date": "day", "meta": "BBT", "views": 905},
    ),
    Story(
        1046,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Ngành giáo dục Vị Thanh họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-tuc",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng 19/11, Phòng GD&ĐT thành phố Vị Thanh tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 56 nhà giáo tiêu biểu.",
            ),
            Img("/uploads/2026/11/20-11-hop-mat-1.jpg", "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo", "em"),
            P(
                "Dự buổi họp mặt có đồng chí Trần Quốc Việt, Phó Chủ tịch UBND thành phố; lãnh đạo Sở "
                "GD&ĐT Hậu Giang cùng hơn 250 cán bộ quản lý, giáo viên các trường trên địa bàn."
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 98,9% học sinh tiểu học hoàn thành chương trình lớp học; "
                "tỷ lệ tốt nghiệp THCS đạt 99,4%; 18 trường đạt chuẩn quốc gia, tăng 3 trường so với năm "
                "học trước. Công tác xây dựng đội ngũ được quan tâm với 100% giáo viên đạt chuẩn trình độ "
                "đào tạo theo Luật Giáo dục 2019."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Trần Quốc Việt ghi nhận những đóng góp của đội ngũ nhà "
                "giáo và đề nghị ngành tiếp tục đổi mới phương pháp dạy học, chăm lo đời sống giáo viên "
                "vùng khó khăn.",
            ),
            Img("/uploads/2026/11/20-11-hop-mat-2.jpg", "Tuyên dương 56 nhà giáo tiêu biểu",
                "Tuyên dương 56 nhà giáo tiêu biểu", "em"),
            P("Dịp này, 12 tập thể và 56 cá nhân được Chủ tịch UBND thành phố tặng Giấy khen."),
            Raw('<p style="text-align:right"><strong>Tin: Nhóm PV</strong><br><strong>Ảnh: CLB Nhiếp ảnh Vị Thanh</strong></p>'),
        ],
        authors=["Nhóm PV"],
        photographers=["CLB Nhiếp ảnh Vị Thanh"],
        opts={"date": "dang", "time": "10:30", "updated": "21/11/2026 08:02", "meta": "admin",
              "views": 1230, "kicker": "CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11", "inline": 2},
    ),
    Story(
        1043,
        "truong-mn-hoa-sen-to-chuc-be-vui-hoi-trang-ram",
        "Trường MN Hoa Sen tổ chức ngày hội “Bé vui khỏe - Bé an toàn”",
        "cac-truong-hoc",
        "2026-11-17",
        [
            P(
                "Nhằm giáo dục kỹ năng tự bảo vệ bản thân cho trẻ, ngày 14/11 Trường Mầm non Hoa Sen "
                "tổ chức ngày hội “Bé vui khỏe - Bé an toàn” cho 320 trẻ của 11 lớp."
            ),
            P("Trẻ được tham gia các trò chơi vận động: bật qua suối, bò chui qua cổng, ném bóng vào rổ."),
            P("Bé nhận biết số điện thoại khẩn cấp 111, 113, 114, 115 qua bài hát và tranh ảnh.", "br"),
            Img("/uploads/2026/11/mn-hoa-sen.jpg", "Các bé lớp Lá 2 tham gia trò chơi bật qua suối",
                "Các bé lớp Lá 2 tham gia trò chơi bật qua suối", "plain"),
            P(
                "Ngày hội giúp trẻ mạnh dạn, tự tin và biết cách phòng tránh những nguy hiểm thường gặp "
                "trong cuộc sống hằng ngày."
            ),
            Raw('<p style="text-align:right">Nguyễn Thị Bích Tuyền<br>(Trường MN Hoa Sen)</p>'),
        ],
        authors=["Nguyễn Thị Bích Tuyền"],
        opts={"date": "day", "meta": "truongmnhoasen", "views": 176},
    ),
    Story(
        1040,
        "tap-huan-day-hoc-tieng-anh-lop-3-theo-chuong-trinh-moi",
        "Tập huấn dạy học Tiếng Anh lớp 3, 4 theo sách giáo khoa mới",
        "hoat-dong-chuyen-mon",
        "2026-11-12T08:05:00+07:00",
        [
            P(
                "Trong hai ngày 10 và 11/11/2026, Phòng GD&ĐT thành phố Vị Thanh tổ chức tập huấn phương "
                "pháp dạy học Tiếng Anh lớp 3, 4 cho 28 giáo viên các trường tiểu học."
            ),
            P(
                "Báo cáo viên là cô Đặng Thị Thu Hà, giáo viên cốt cán cấp tỉnh, hướng dẫn cách tổ chức "
                "hoạt động nghe - nói qua trò chơi, bài hát và cách đánh giá thường xuyên bằng nhận xét."
            ),
            Img("/uploads/2026/11/tap-huan-tieng-anh.jpg", "Giáo viên thực hành tiết dạy mẫu",
                "Giáo viên thực hành tiết dạy mẫu", "fig"),
            P(
                "Kết thúc tập huấn, mỗi giáo viên xây dựng một kế hoạch bài dạy và dạy thực nghiệm tại "
                "trường trong tháng 11."
            ),
        ],
        opts={"date": "clock", "meta": "admin", "views": 302},
    ),
    Story(
        1037,
        "truong-th-vi-thanh-2-huong-ung-tuan-le-hoc-tap-suot-doi",
        "Trường TH Vị Thanh 2: nhiều hoạt động hưởng ứng phong trào đọc sách",
        "cac-truong-hoc",
        "2026-11-06",
        [
            P(
                "Tháng 11, Trường Tiểu học Vị Thanh 2 phát động phong trào “Mỗi tuần một cuốn sách hay” "
                "với sự tham gia của 760 học sinh."
            ),
            Img("/uploads/2026/11/doc-sach-vt2.jpg", "Thư viện thân thiện của trường",
                "Thư viện thân thiện của trường", "em"),
            P(
                "Mỗi lớp xây dựng góc đọc sách riêng; học sinh ghi nhật ký đọc và giới thiệu cuốn sách "
                "yêu thích trong giờ sinh hoạt lớp. Phụ huynh đã ủng hộ hơn 900 cuốn sách cho tủ sách "
                "lớp học."
            ),
            P("Nhà trường sẽ tổng kết, khen thưởng các lớp có phong trào tốt vào cuối học kỳ I."),
            Raw('<p style="text-align:right"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={"date": "day", "meta": "admin", "views": 98},
    ),
    Story(
        1034,
        "trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-thcs",
        "Triển khai nhiệm vụ năm học 2026-2027 bậc THCS",
        "tin-tuc",
        "2026-10-22T15:10:00+07:00",
        [
            P(
                "Chiều 21/10, Phòng GD&ĐT thành phố Vị Thanh tổ chức hội nghị triển khai nhiệm vụ năm học "
                "2026-2027 bậc THCS cho hiệu trưởng, phó hiệu trưởng các trường."
            ),
            P(
                "Năm học này, ngành tập trung thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp, đổi "
                "mới kiểm tra đánh giá theo Thông tư 22/2021/TT-BGDĐT và nâng cao chất lượng giáo dục "
                "mũi nhọn."
            ),
            P("Chỉ tiêu chính", "h"),
            P("Tỷ lệ học sinh bỏ học dưới 0,5%.", "li"),
            P("Tỷ lệ tốt nghiệp THCS từ 99% trở lên.", "li"),
            P("Có ít nhất 2 trường được công nhận đạt chuẩn quốc gia mới.", "li"),
            P(
                "Hội nghị cũng thống nhất lịch kiểm tra nội bộ, lịch thi học sinh giỏi và kế hoạch bồi "
                "dưỡng thường xuyên giáo viên trong năm học. Các đơn vị báo cáo kế hoạch năm học về Phòng "
                "trước ngày 05/11/2026."
            ),
            P(
                "Trong phần thảo luận, nhiều hiệu trưởng nêu khó khăn về thiếu giáo viên Tin học, Âm nhạc "
                "và Mỹ thuật; Phòng GD&ĐT đã ghi nhận và sẽ tham mưu UBND thành phố bố trí hợp đồng giáo "
                "viên trong học kỳ I."
            ),
            Raw('<p style="text-align:right"><strong>Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"date": "clock", "meta": "admin", "views": 611},
    ),
    Story(
        1031,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "THÔNG BÁO Tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-10-15T07:30:00+07:00",
        [
            P(
                "UBND thành phố Vị Thanh thông báo tuyển dụng 24 viên chức làm việc tại các cơ sở giáo "
                "dục mầm non, tiểu học và THCS công lập năm 2026."
            ),
            P("Chỉ tiêu tuyển dụng theo vị trí:"),
            P("Vị trí | Cấp học | Chỉ tiêu", "th"),
            P("Giáo viên mầm non hạng III | Mầm non | 10", "td"),
            P("Giáo viên Tin học hạng III | Tiểu học | 6", "td"),
            P("Giáo viên Tiếng Anh hạng III | THCS | 5", "td"),
            P("Nhân viên kế toán | Tiểu học | 3", "td"),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 15/10/2026 đến hết ngày 14/11/2026 (trong "
                "giờ hành chính) tại Phòng Nội vụ thành phố Vị Thanh."
            ),
        ],
        opts={"date": "dang", "time": "07:30", "updated": "16/10/2026 09:12", "meta": "admin",
              "views": 2411, "attach": [("TB-tuyen-dung-2026.pdf", "Thông báo tuyển dụng"),
                                        ("Phieu-dang-ky.docx", "Mẫu phiếu đăng ký dự tuyển")]},
    ),
    Story(
        1028,
        "hoi-nghi-tong-ket-nam-hoc-2025-2026",
        "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học mới",
        "tin-tuc",
        "2026-08-28",
        [
            P(
                "Ngày 27/8, Phòng GD&ĐT thành phố Vị Thanh tổ chức hội nghị tổng kết năm học 2025-2026, "
                "triển khai phương hướng, nhiệm vụ năm học 2026-2027.",
                "b",
            ),
            P(
                "Năm học qua, quy mô mạng lưới trường lớp được duy trì ổn định với 31 trường, 12.650 học "
                "sinh. Chất lượng giáo dục toàn diện có chuyển biến tích cực; công tác phổ cập giáo dục, "
                "xóa mù chữ được giữ vững."
            ),
            Img("/uploads/2026/08/tong-ket-nam-hoc.jpg", None, None, "none"),
            P(
                "Hội nghị đã khen thưởng 15 tập thể và 42 cá nhân có thành tích xuất sắc trong năm học "
                "2025-2026."
            ),
        ],
        authors=["Võ Thanh Tùng"],
        summary=(
            "Ngày 27/8, Phòng GD&ĐT thành phố Vị Thanh tổ chức hội nghị tổng kết năm học 2025-2026, "
            "triển khai phương hướng, nhiệm vụ năm học 2026-2027."
        ),
        opts={"date": "day", "meta": "Võ Thanh Tùng", "views": 455},
    ),
    Story(
        1025,
        "sinh-hoat-chuyen-de-day-hoc-stem-bac-tieu-hoc",
        "Sinh hoạt chuyên đề “Dạy học STEM ở tiểu học” cụm trường phường IV, V",
        "hoat-dong-chuyen-mon",
        "2026-10-09T13:40:00+07:00",
        [
            P(
                "Ngày 08/10/2026, tại Trường TH Phường V, Phòng GD&ĐT tổ chức sinh hoạt chuyên đề “Dạy học "
                "STEM ở tiểu học” cho giáo viên cụm trường phường IV, V."
            ),
            P(
                "Các giáo viên dự tiết minh họa bài học STEM “Làm đèn lồng từ vật liệu tái chế” lớp 4 và "
                "cùng phân tích quy trình thiết kế bài học theo năm bước."
            ),
            Img("/uploads/2026/10/stem-cum-4-5.jpg", "Tiết dạy minh họa lớp 4A1",
                "Tiết dạy minh họa lớp 4A1", "tbl"),
            P(
                "Chuyên đề giúp giáo viên có thêm kinh nghiệm tổ chức bài học STEM phù hợp với điều kiện "
                "cơ sở vật chất của nhà trường."
            ),
            Raw('<p style="text-align:right">Tin: Phan Thị Diễm - Ảnh: Lâm Quốc Bảo</p>'),
        ],
        authors=["Phan Thị Diễm"],
        photographers=["Lâm Quốc Bảo"],
        opts={"date": "clock", "meta": "admin", "views": 140},
    ),
]

BY_ID = {s.id: s for s in STORIES}

#: document entries of the Thông báo listing: id, số hiệu, trích yếu, ngày ban hành, file
DOCUMENTS = [
    (221, "325/PGDĐT", "Về việc tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027", "04/12/2026"),
    (219, "321/KH-PGDĐT", "Kế hoạch kiểm tra chuyên đề học kỳ I", "27/11/2026"),
    (218, "317/PGDĐT", "Về việc báo cáo số liệu đầu năm trên cơ sở dữ liệu ngành", "24/11/2026"),
    (216, "309/PGDĐT", "Về việc tham gia Cuộc thi “An toàn giao thông cho nụ cười ngày mai”", "18/11/2026"),
    (215, "302/KH-PGDĐT", "Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2026-2027", "10/11/2026"),
    (213, "296/PGDĐT", "Về việc triển khai học bạ số cấp tiểu học", "29/10/2026"),
]
DOC_BY_ID = {d[0]: d for d in DOCUMENTS}


def url(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-{s.id}"


def day_of(s: Story) -> _dt.date:
    return _dt.date.fromisoformat(s.published_at[:10])


def dmy(d: _dt.date) -> str:
    return d.strftime("%d/%m/%Y")


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def family(cat: str) -> list[Story]:
    """A section's listing: its stories, and for Tin tức those of its sub-sections."""
    return newest([s for s in STORIES if s.cat == cat or PARENT.get(s.cat) == cat])


def listing_items(cat: str) -> list[tuple[str, Story | tuple]]:
    items: list[tuple[str, Story | tuple]] = [(s.published_at[:10], s) for s in family(cat)]
    if cat == "thong-bao":
        for d in DOCUMENTS:
            iso = "-".join(reversed(d[3].split("/")))
            items.append((iso, d))
    return sorted(items, key=lambda x: x[0], reverse=True)


# --- chrome ---------------------------------------------------------------------------------


def menu() -> str:
    subs = "".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{k}">{esc(CATEGORIES[k])}</a></li>'
        for k in ("hoat-dong-chuyen-mon", "cac-truong-hoc")
    )
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary main-menu"><div class="container">
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-fill"></i></a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/chuyen-muc/tin-tuc" data-bs-toggle="dropdown">Tin tức</a>
<ul class="dropdown-menu">{subs}</ul></li>
<li class="nav-item"><a class="nav-link" href="/chuyen-muc/thong-bao">Thông báo</a></li>
<li class="nav-item"><a class="nav-link" href="/lich-cong-tac">Lịch công tác</a></li>
<li class="nav-item"><a class="nav-link" href="/thu-vien-anh/12">Thư viện ảnh</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul>
<form class="d-flex" action="/tim-kiem" method="get"><input class="form-control form-control-sm" name="q" placeholder="Tìm kiếm..."></form>
</div></nav>"""


def sidebar() -> str:
    month_ago = _dt.date(2026, 11, 5)
    recent = [s for s in STORIES if day_of(s) >= month_ago]
    hot = sorted(recent, key=lambda s: s.opts["views"], reverse=True)[:5]
    most = "".join(
        f'<li class="list-group-item"><a href="/News/Detail/{s.id}">{esc(s.title)}</a></li>'
        for s in hot
    )
    return f"""<aside class="col-lg-4 sidebar">
<div class="widget widget-hot"><div class="widget-title"><span>Xem nhiều trong tháng</span></div>
<ul class="list-group list-group-flush">{most}</ul></div>
<div class="widget"><div class="widget-title"><span>Thư viện ảnh</span></div>
<a href="/thu-vien-anh/12"><img class="img-fluid" src="/uploads/album/khai-giang-2026-thumb.jpg" alt="Album khai giảng"></a></div>
<div class="widget widget-poll"><div class="widget-title"><span>Thăm dò ý kiến</span></div>
<form method="post" action="/Poll/Vote"><p>Bạn đánh giá thế nào về cổng thông tin mới?</p>
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Kx2vQ7mW1pLzR0yT5nE3aH">
<div class="form-check"><input type="radio" name="OptionId" value="1"> Rất hữu ích</div>
<div class="form-check"><input type="radio" name="OptionId" value="2"> Hữu ích</div>
<div class="form-check"><input type="radio" name="OptionId" value="3"> Cần cải thiện</div>
<button type="submit" class="btn btn-sm btn-primary">Bình chọn</button> <a href="/Poll/Result/3">Xem kết quả</a></form></div>
<div class="widget"><div class="widget-title"><span>Liên kết website</span></div>
<select class="form-select" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.haugiang.gov.vn">Sở GD&amp;ĐT Hậu Giang</option>
<option value="https://vithanh.haugiang.gov.vn">Cổng TTĐT TP. Vị Thanh</option></select>
<a href="https://dichvucong.gov.vn" target="_blank"><img class="img-fluid mt-2" src="/images/banner-dvc.png" alt="Dịch vụ công"></a></div>
<div class="widget widget-counter"><div class="widget-title"><span>Thống kê truy cập</span></div>
<ul class="list-unstyled"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.208</b></li>
<li>Tháng này: <b>9.774</b></li><li>Tổng truy cập: <b>2.316.590</b></li></ul></div>
</aside>"""


def layout(title: str, main: str, head: str = "", with_sidebar: bool = True) -> str:
    side = sidebar() if with_sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/css/site.css?v=Xk2f9aQ1">
{head}
</head><body>
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="today"><i class="bi bi-calendar3"></i> {TODAY}</span>
<span><a href="/lien-he">Liên hệ</a> | <a href="/Account/Login?ReturnUrl=%2F">Đăng nhập</a></span></div></div>
<header class="site-header"><div class="container"><a href="/"><img src="/images/logo-pgd-vithanh.png" alt="Logo"></a>
<div class="site-name"><h2>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h2><h3>THÀNH PHỐ VỊ THANH</h3></div></div></header>
{menu()}
<div class="marquee-notice container"><marquee scrollamount="3">Chào mừng quý thầy cô đến với cổng thông tin điện tử Phòng GD&amp;ĐT thành phố Vị Thanh</marquee></div>
<main class="container my-3"><div class="row"><div class="col-lg-8">{main}</div>{side}</div></main>
<footer class="site-footer bg-dark text-light"><div class="container py-3">
<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ VỊ THANH</b></p>
<p>Địa chỉ: Số 06 Đường 3 Tháng 2, Phường I, TP. Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: 0293 3878 253 - Email: pgdvithanh@haugiang.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="small">© 2026 Thiết kế bởi Công ty TNHH Phần mềm Mekong Soft</p></div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script><script src="/js/site.js?v=Xk2f9aQ1"></script>
</body></html>"""


# --- article rendering ----------------------------------------------------------------------


def render_img(img: Img) -> str:
    tag = f'<img src="{img.src}" alt="" style="width:600px;height:400px">'
    if img.style == "fig":
        return f'<figure class="image">{tag}<figcaption>{esc(img.printed)}</figcaption></figure>'
    if img.style == "tbl":
        return (
            '<table align="center" class="image" style="width:600px"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td class="image_caption" style="text-align:center">{esc(img.printed)}</td></tr>'
            "</tbody></table>"
        )
    if img.style == "em":
        return (
            f'<p style="text-align:center">{tag}</p>\n'
            f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
        )
    if img.style == "plain":
        return f'<p style="text-align:center">{tag}</p>\n<p style="text-align:center">{esc(img.printed)}</p>'
    return f'<p style="text-align:center">{tag}</p>'


def inline_box(story: Story) -> str:
    other = [s for s in newest(STORIES) if s.cat == story.cat and s is not story][:2]
    lis = "".join(f'<li><a href="{url(s)}">{esc(s.title)}</a></li>' for s in other)
    return f'<div class="box-tinlienquan"><strong>Tin liên quan:</strong><ul>{lis}</ul></div>'


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_paras = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
                n_paras += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
                n_paras += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="3"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        else:
            n_paras += 1
            if b.style == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "q":
                out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
            elif b.style == "b":
                out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
            else:
                line = esc(b.text)
                while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                    i += 1
                    n_paras += 1
                    line += "<br>\n" + esc(blocks[i].text)
                out.append(f'<p style="text-align:justify">{line}</p>')
        if story.opts.get("inline") == n_paras and isinstance(b, P):
            out.append(inline_box(story))
        i += 1
    return "\n".join(out)


def date_line(story: Story) -> str:
    d = day_of(story)
    form = story.opts["date"]
    if form == "clock":
        hhmm = story.published_at[11:16]
        return f'<span class="news-date"><i class="bi bi-clock"></i> {hhmm} | {dmy(d)}</span>'
    if form == "dang":
        return (
            f'<span class="text-muted small">Cập nhật: {story.opts["updated"]}</span> '
            f'<span class="post-time">Ngày đăng: {dmy(d)} {story.opts["time"]}</span>'
        )
    return f'<div class="date-post">{WEEKDAYS[d.weekday()]}, {dmy(d)}</div>'


def breadcrumb(cat: str, last: str | None) -> str:
    crumbs = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    if cat in PARENT:
        p = PARENT[cat]
        crumbs.append(f'<li class="breadcrumb-item"><a href="/chuyen-muc/{p}">{esc(CATEGORIES[p])}</a></li>')
    crumbs.append(f'<li class="breadcrumb-item"><a href="/chuyen-muc/{cat}">{esc(CATEGORIES[cat])}</a></li>')
    if last:
        crumbs.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(last)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(crumbs)}</ol></nav>'


def article_page(request: Request, story: Story) -> Response:
    base = "http://" + request.headers.get("Host", "127.0.0.1")
    kicker = story.opts.get("kicker")
    kicker_html = f'<p class="news-kicker text-danger fw-bold">{esc(kicker)}</p>' if kicker else ""
    sapo = (
        f'<div class="news-sapo"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    files = story.opts.get("attach", [])
    attach = (
        '<div class="file-attach"><h6><i class="bi bi-paperclip"></i> Tệp đính kèm</h6><ul>'
        + "".join(f'<li><a href="/uploads/files/{f}">{esc(label)}</a> ({f})</li>' for f, label in files)
        + "</ul></div>"
        if files
        else ""
    )
    newer = [s for s in newest(STORIES) if s.cat == story.cat and s.published_at > story.published_at][-4:]
    newer_html = "".join(
        f'<li><a href="{url(s)}">{esc(s.title)}</a> <span class="text-muted">({dmy(day_of(s))})</span></li>'
        for s in newer
    )
    main = f"""{breadcrumb(story.cat, "Chi tiết tin")}
<article class="news-detail">
{kicker_html}
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-meta d-flex gap-3 text-secondary">{date_line(story)}
<span class="meta-author"><i class="bi bi-person"></i> Tác giả: {esc(story.opts["meta"])}</span>
<span class="meta-view"><i class="bi bi-eye"></i> Lượt xem: {story.opts["views"]}</span></div>
{sapo}
<div class="news-content">
{render_body(story)}
</div>
{attach}
<div class="news-tools"><a href="javascript:window.print()"><i class="bi bi-printer"></i> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body={base}{url(story)}"><i class="bi bi-envelope"></i> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={base}{url(story)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share?u={base}{url(story)}" target="_blank">Zalo</a></div>
<div class="news-tags">Từ khóa: <span class="badge bg-light text-dark">{esc(CATEGORIES[story.cat])}</span> <span class="badge bg-light text-dark">Vị Thanh</span></div>
</article>
{'<div class="other-news"><h5 class="title-other">Tin mới hơn</h5><ul>' + newer_html + '</ul></div>' if newer_html else ''}"""
    head = (
        f'<link rel="canonical" href="{base}{url(story)}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n<meta property="og:type" content="article">'
    )
    return html(layout(f"{story.title} - {SITE}", main, head))


# --- listings -------------------------------------------------------------------------------


def item_html(item: Story | tuple) -> str:
    if isinstance(item, Story):
        img = next((b.src for b in item.blocks if isinstance(b, Img)), "/images/no-image.png")
        lead = item.summary or next(b.text for b in item.blocks if isinstance(b, P))
        return f"""<div class="news-item row mb-3">
<div class="col-4"><a href="{url(item)}"><img class="img-fluid" src="{img}" alt=""></a></div>
<div class="col-8"><h4 class="item-title"><a href="{url(item)}">{esc(item.title)}</a></h4>
<span class="item-date text-muted">{dmy(day_of(item))}</span><p class="item-desc">{esc(lead[:180])}...</p></div></div>"""
    doc_id, number, title, date = item
    return f"""<div class="news-item row mb-3 doc-item">
<div class="col-4"><img class="img-fluid" src="/images/icon-vanban.png" alt=""></div>
<div class="col-8"><h4 class="item-title"><a href="/van-ban/{doc_id}">Công văn số {esc(number)}: {esc(title)}</a></h4>
<span class="item-date text-muted">{date}</span></div></div>"""


def page_param(raw: str | None) -> int | None:
    raw = raw or "1"
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def category_page(request: Request, cat: str) -> Response | None:
    items = listing_items(cat)
    pages = -(-len(items) // PER_PAGE)
    page = page_param(request.params.get("trang"))
    if page is None or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = "".join(
        f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="/chuyen-muc/{cat}?trang={n}">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    more = (
        f'<div class="text-center"><button type="button" id="btnLoadMore" class="btn btn-outline-primary" '
        f'data-url="/api/news?cat={CAT_IDS[cat]}&amp;page={page + 1}">Tải thêm</button></div>'
        if page < pages
        else ""
    )
    main = (
        breadcrumb(cat, None)
        + f'<h1 class="cat-title">{esc(CATEGORIES[cat])}</h1><div id="listNews">'
        + "\n".join(item_html(x) for _, x in chunk)
        + f'</div>{more}<nav><ul class="pagination justify-content-center">{pager}</ul></nav>'
    )
    return html(layout(f"{CATEGORIES[cat]} - {SITE}", main))


def api_news(request: Request) -> Response:
    by_id = {v: k for k, v in CAT_IDS.items()}
    raw_cat = request.params.get("cat", "")
    cat = by_id.get(int(raw_cat)) if raw_cat.isdigit() else None
    page = page_param(request.params.get("page"))
    if cat is None or page is None:
        return Response(400, "Bad Request", {"Content-Type": "text/plain"})
    items = listing_items(cat)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    more = "true" if page * PER_PAGE < len(items) else "false"
    body = "\n".join(item_html(x) for _, x in chunk) + f'\n<input type="hidden" id="hasMore" value="{more}">'
    return html(body)


# --- other pages ----------------------------------------------------------------------------


def home(request: Request) -> Response:
    top = newest(STORIES)
    featured = BY_ID[1046]
    latest = [s for s in top if s.cat != "thong-bao"][:6]
    notices = [s for s in top if s.cat == "thong-bao"][:1]
    li = "".join(
        f'<li><a href="{url(s)}">{esc(s.title)}</a> <small class="text-muted">({dmy(day_of(s))})</small></li>'
        for s in latest
    )
    tb = "".join(f'<li><a href="{url(s)}">{esc(s.title)}</a></li>' for s in notices)
    tb += "".join(f'<li><a href="/van-ban/{d[0]}">{esc(d[2])}</a></li>' for d in DOCUMENTS[:3])
    main = f"""<div class="featured card mb-3"><a href="{url(featured)}"><img class="card-img-top" src="{featured.images[0].src}" alt=""></a>
<div class="card-body"><h3><a href="{url(featured)}">{esc(featured.title)}</a></h3></div></div>
<div class="box-news"><div class="box-title"><span>Tin mới</span> <a href="/chuyen-muc/tin-tuc">Xem tất cả</a></div><ul>{li}</ul></div>
<div class="box-news"><div class="box-title"><span>Thông báo</span> <a href="/chuyen-muc/thong-bao">Xem tất cả</a></div><ul>{tb}</ul></div>"""
    return html(layout(f"Trang chủ - {SITE}", main))


def document_page(doc_id: int) -> Response:
    _, number, title, date = DOC_BY_ID[doc_id]
    main = f"""{breadcrumb("thong-bao", "Văn bản")}
<div class="doc-detail"><h1 class="doc-title">{esc(title)}</h1>
<table class="table table-striped"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Ngày ban hành</th><td>{date}</td></tr>
<tr><th>Loại văn bản</th><td>Công văn</td></tr><tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Hậu</td></tr><tr><th>Trích yếu</th><td>{esc(title)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/files/CV-{doc_id}.pdf">CV-{doc_id}.pdf</a></td></tr>
</tbody></table></div>"""
    return html(layout(f"{title} - {SITE}", main))


STATIC = {
    "/gioi-thieu": (
        "Giới thiệu Phòng GD&ĐT thành phố Vị Thanh",
        "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND thành phố Vị Thanh, tham mưu, "
        "giúp UBND thành phố quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Toàn thành phố hiện có 31 cơ sở giáo dục mầm non, tiểu học và THCS với hơn 12.600 học sinh.</p>",
    ),
    "/lien-he": (
        "Liên hệ",
        '<p>Địa chỉ: Số 06 Đường 3 Tháng 2, Phường I, TP. Vị Thanh.</p><form method="post" action="/lien-he">'
        '<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Kx2vQ7mW1pLzR0yT5nE3aH">'
        '<input name="HoTen" placeholder="Họ và tên"><input name="Email" placeholder="Email">'
        '<textarea name="NoiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>',
    ),
    "/lich-cong-tac": (
        "Lịch công tác tuần 14 (từ 30/11/2026 đến 06/12/2026)",
        '<table class="table table-bordered"><tbody><tr><th>Ngày</th><th>Nội dung</th><th>Chủ trì</th></tr>'
        "<tr><td>Thứ Hai 30/11</td><td>Họp giao ban lãnh đạo Phòng</td><td>Trưởng phòng</td></tr>"
        "<tr><td>Thứ Tư 02/12</td><td>Dự giờ GVDG tại TH Vị Thanh 1</td><td>Phó Trưởng phòng</td></tr>"
        "<tr><td>Thứ Sáu 04/12</td><td>Tổng kết Hội thi GVDG</td><td>Trưởng phòng</td></tr></tbody></table>",
    ),
    "/thu-vien-anh/12": (
        "Album: Lễ khai giảng năm học 2026-2027",
        "".join(
            f'<div class="col-3"><a href="/uploads/album/khai-giang-{n}.jpg"><img class="img-fluid" '
            f'src="/uploads/album/khai-giang-{n}-thumb.jpg" alt="Ảnh {n}"></a></div>'
            for n in range(1, 9)
        ),
    ),
    "/Poll/Result/3": (
        "Kết quả bình chọn",
        "<p>Bạn đánh giá thế nào về cổng thông tin mới?</p><ul><li>Rất hữu ích: 412 phiếu (58%)</li>"
        "<li>Hữu ích: 241 phiếu (34%)</li><li>Cần cải thiện: 57 phiếu (8%)</li></ul>",
    ),
}


def static_page(path: str) -> Response:
    title, content = STATIC[path]
    main = f'<div class="page-detail"><h1 class="page-title">{esc(title)}</h1>{content}</div>'
    return html(layout(f"{title} - {SITE}", main))


ARTICLE_RE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)")
DETAIL_RE = re.compile(r"/News/Detail/(\d+)", re.IGNORECASE)


class AspNetCoreSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/files/") and path.endswith((".pdf", ".docx")):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/images/", "/lib/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if m := ARTICLE_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if m.group(1) != story.slug:
                return redirect(url(story), 301)
            return article_page(request, story)
        if m := DETAIL_RE.fullmatch(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if path == "/api/news":
            return api_news(request)
        if m := re.fullmatch(r"/van-ban/(\d+)", path):
            return document_page(int(m.group(1))) if int(m.group(1)) in DOC_BY_ID else None
        if path in STATIC:
            return static_page(path)
        if path == "/Account/Login":
            return html(layout("Đăng nhập", '<form method="post"><input name="UserName"><input type="password" name="Password"></form>', with_sidebar=False))
        return None


def build_site() -> AspNetCoreSite:
    return AspNetCoreSite()


GOLD = [
    gold_record(s, url(s), CATEGORIES[s.cat], alt_paths=[f"/News/Detail/{s.id}"])
    for s in newest(STORIES)
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    "/thu-vien-anh/12",
    "/van-ban/215",
    "/chuyen-muc/tin-tuc?trang=2",
]
