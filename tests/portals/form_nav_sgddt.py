"""Sở GD&ĐT Cao Bằng on a vendor classic-ASP/VBScript portal ("Cổng thông tin điện tử"), where
readers move through the site with GET forms and popups rather than links.

Platform
--------
A table-layout portal sold to provincial offices in the 2000s and never rewritten: VBScript
pages over an Access/SQL Server database, FCKeditor content, UTF-8 with a ``<meta>`` charset.
Every page shares the chrome: a banner, the header clock "Thứ Sáu, 04/12/2026" (today, never a
publication date), a top menu (Trang chủ, Tin tức - Sự kiện, Giới thiệu, Liên hệ), the category
*form* (see below), the search form, a left column ("Tin xem nhiều", "Liên kết website" select,
a POST poll, the visitor counter "Đang online / Hôm nay / Tổng truy cập") and a footer with the
address and telephone of the office.

URL scheme
----------
- ``/`` and ``/default.asp``: home (newest news with sapo, a "Thông báo" box, a "Hoạt động chuyên
  môn" box).
- ``/danhsach.asp?cm=<k>&p=<n>``: the list of a category (``p`` missing = page 1; an unknown
  category or a page out of range prints "Chưa có tin trong chuyên mục này" with status 200,
  as the vendor's script does). Page sizes are a per-category setting: 3 for cm=1, 2 for the rest.
- ``/tintuc.asp?id=<n>``: an article. ``/intin.asp?id=<n>``: its print view (same article, no
  chrome), linked from the "In bài" tool. ``/guiemail.asp?id=<n>``: a send-to-a-friend form.
- ``/timkiem.asp?q=<words>``: search results (titles only, accents ignored).
- ``/gioithieu.asp``, ``/lienhe.asp``: static pages.
- Uploads under ``/Upload/tintuc/2026/<mm>/``; theme images under ``/images/``.

Navigation: forms and popups, varied per category
-------------------------------------------------
1. Categories are reached through ``<form method="get" action="danhsach.asp"><select
   name="cm">`` with a "Xem" submit button. The only ``<a>`` to a category is "Tin tức - Sự kiện"
   (cm=1) in the top menu; breadcrumbs print the category as plain text.
2. Every list has a pagination GET form: ``Trang <input name="p" value="1" size="2"> / 2
   <input type="submit" value="Đi">`` with a hidden ``cm``. Only cm=1 also prints
   "« Trước | Sau »" links; the other categories have only the form.
3. cm=2 (Hoạt động chuyên môn): titles are ``<a href="javascript:moTin(2870)">``; the page's
   script ``moTin(id)`` opens ``tintuc.asp?id=`` + id in a popup window.
4. cm=3 (Thông báo): ``<a href="tintuc.asp?id=2872" target="_blank" onclick="window.open(this.href,
   'tin','width=820');return false;">`` (a real href, a popup in a browser).
5. cm=1 and cm=4: plain links.
6. The search form (GET, ``q``) only finds pages that exist; it is not navigation.

How each gold article is reached
--------------------------------
- cm=1: 2873, 2866, 2859 on list page 1 and on the home page; 2847 only on
  ``danhsach.asp?cm=1&p=2`` (form or "Sau »").
- cm=2: 2870, 2857 on page 1 (popup links; 2870 also in the home box); 2844 only on page 2
  (form only).
- cm=3: 2872, 2861 on page 1 (and the home "Thông báo" box); 2849 only on page 2 (form only).
- cm=4: 2868, 2855 on page 1 (reached by choosing cm=4 in the category form); 2842 only on page 2.
- "Các tin khác" on an article lists the *newer* posts of its category only, and "Tin xem
  nhiều" lists page-1 posts only, so the four oldest posts are reachable only through the
  pagination forms (or the cm=1 "Sau »" link).

Traps
-----
- Categories 2-4 and every second page exist only behind GET forms (select options; a page
  number typed into a text input whose default value is the current page).
- ``javascript:moTin(id)`` links and ``target=_blank`` + ``window.open`` links.
- The search form must not be used to discover pages; ``/timkiem.asp?q=hoc+sinh`` (linked as a
  "Từ khóa" in the footer) is a result list, not an article.
- The poll is a POST form (binhchon.asp); the "Liên kết website" select jumps to other sites.
- Print view ``/intin.asp?id=N`` serves the same article (gold ``alt_paths``).
- "Ngày đăng: …" may carry a time and, on one post, a "Cập nhật: …" date after it; the header
  clock is today.
- Bylines: a unit ("Phòng GDTrH", "Phòng GDMN-GDTH") signing; "Tin: X", "Tin, ảnh: X",
  "Ảnh: Internet" (nobody), "BBT" (nobody), a right-aligned bare name, "ThS. X - post".
- Captions in three forms: an italic centred line, a plain centred line, and the vendor's
  image table (``td.chuthich``); some photos have none.

Gold decisions
--------------
- title: ``p.tieude``; published_at: the "Ngày đăng" date (with its time when printed).
- summary: the ``div.tomtat`` sapo when printed (first body paragraph in gold).
- body: ``div.noidung`` paragraphs, list items, table rows (cells joined by " | "), lines split
  at ``<br>``; not the captions, bylines, source line, tools or "Các tin khác".
- category: the breadcrumb's category (plain text).
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "form_nav_sgddt"
PLATFORM = "Vendor classic ASP/VBScript portal (FCKeditor), GET-form and popup navigation"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"
TODAY_HEADER = "Thứ Sáu, 04/12/2026"

CATEGORIES = {
    "1": "Tin tức - Sự kiện",
    "2": "Hoạt động chuyên môn",
    "3": "Thông báo",
    "4": "Thi đua - Khen thưởng",
}
PER_PAGE = {"1": 3, "2": 2, "3": 2, "4": 2}
#: how a category list prints its title links
LINK_MODE = {"1": "plain", "2": "popup", "3": "blank", "4": "plain"}


def up(month: int, name: str) -> str:
    return f"/Upload/tintuc/2026/{month:02d}/{name}"


# --- the posts --------------------------------------------------------------------------------
#
# opts: time ("HH:MM" printed after the date), updated (a "Cập nhật" date), ent (entity-encoded
# text). P styles: "" plain, "h" bold sub-heading, "li" list item, "tr" table row, "br" a line
# after a <br> in the previous paragraph, "quote". Img styles: "em" italic centred line,
# "center" plain centred line, "table" vendor image table, "none" no line.

STORIES: list[Story] = [
    Story(
        2873,
        "hkpd",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XI năm 2026",
        "1",
        "2026-12-03T08:30:00+07:00",
        [
            P(
                "Sáng 03/12, tại Nhà thi đấu thể dục thể thao tỉnh, Sở GD&ĐT Cao Bằng long trọng tổ "
                "chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XI năm 2026 với sự tham gia "
                "của hơn 1.200 vận động viên là học sinh đến từ 56 đoàn."
            ),
            Img(
                up(12, "hkpd-khai-mac-1.jpg"),
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "em",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Giám đốc Sở GD&ĐT nhấn mạnh: Hội khỏe Phù Đổng là dịp "
                "để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường học, "
                "đồng thời phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh các dân tộc trong tỉnh."
            ),
            P(
                "Hội khỏe năm nay thi đấu 9 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, "
                "võ cổ truyền, bóng đá nam và kéo co. Các môn thi đấu diễn ra từ ngày 03 đến ngày "
                "08/12/2026 tại 5 địa điểm trên địa bàn phường Thục Phán và phường Nùng Trí Cao."
            ),
            Img(
                up(12, "hkpd-khai-mac-2.jpg"),
                "Màn đồng diễn thể dục của học sinh Trường THPT Thành phố",
                "Màn đồng diễn thể dục của học sinh Trường THPT Thành phố",
                "em",
            ),
            P(
                "Kết quả Hội khỏe là căn cứ để lựa chọn vận động viên tham dự Hội khỏe Phù Đổng toàn "
                "quốc lần thứ XI năm 2028."
            ),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Hoàng Văn Tùng</b></p>'),
        ],
        authors=["Hoàng Văn Tùng"],
        photographers=["Hoàng Văn Tùng"],
        summary=(
            "Hơn 1.200 vận động viên học sinh của 56 đoàn tranh tài ở 9 môn thi đấu tại Hội khỏe "
            "Phù Đổng tỉnh Cao Bằng lần thứ XI."
        ),
        sapo_outside=True,
        opts={"time": "08:30"},
    ),
    Story(
        2866,
        "hocbong",
        "Trao 120 suất học bổng “Nâng bước em tới trường” cho học sinh vùng cao",
        "1",
        "2026-11-28",
        [
            P(
                "Ngày 27/11/2026, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh trao 120 suất học bổng "
                "“Nâng bước em tới trường” cho học sinh có hoàn cảnh khó khăn vượt khó học tốt tại các "
                "xã vùng cao Bảo Lâm, Bảo Lạc và Hà Quảng."
            ),
            P(
                "Mỗi suất học bổng trị giá 2.000.000 đồng tiền mặt cùng một bộ sách giáo khoa, áo ấm "
                "và đồ dùng học tập. Tổng giá trị chương trình hơn 300 triệu đồng, do các doanh nghiệp "
                "và nhà hảo tâm đóng góp."
            ),
            Img(up(11, "hoc-bong-2026.jpg"), None, None, "none"),
            P("Em Lý Thị Mai, học sinh lớp 9 Trường PTDTBT THCS Đức Hạnh xúc động chia sẻ:"),
            P(
                "“Em cảm ơn các thầy cô và các nhà hảo tâm. Em sẽ cố gắng học thật giỏi để sau này "
                "trở thành cô giáo dạy học ở bản mình.”",
                "quote",
            ),
            P(
                "Dịp này, Sở GD&ĐT cũng tiếp nhận 500 chăn ấm để chuyển tới các trường phổ thông dân "
                "tộc bán trú trước mùa rét."
            ),
            Raw("<p><b>Tin: Nông Thị Hà</b> - <i>Ảnh: Internet</i></p>"),
        ],
        authors=["Nông Thị Hà"],
    ),
    Story(
        2859,
        "nhagiao",
        "SỞ GD&ĐT GẶP MẶT KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "1",
        "2026-11-20T15:45:00+07:00",
        [
            P(
                "Chiều 19/11, Sở GD&ĐT Cao Bằng tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
                "(20/11/1982 - 20/11/2026) và tuyên dương các nhà giáo tiêu biểu năm học 2025-2026."
            ),
            P(
                "Năm học vừa qua, toàn tỉnh có 97,6% học sinh lớp 12 tốt nghiệp THPT; 64 học sinh đạt "
                "giải kỳ thi chọn học sinh giỏi cấp tỉnh và 7 học sinh đạt giải cấp quốc gia. Tỷ lệ "
                "trường đạt chuẩn quốc gia đạt 58,3%."
            ),
            P("Tại buổi gặp mặt, Sở GD&ĐT đã khen thưởng:", "h"),
            P("25 nhà giáo tiêu biểu xuất sắc;", "li"),
            P(
                "12 tập thể có thành tích xuất sắc trong phong trào thi đua “Dạy tốt - Học tốt”;",
                "li",
            ),
            P("8 nhà giáo có nhiều năm công tác tại các điểm trường vùng đặc biệt khó khăn.", "li"),
            Img(
                up(11, "gap-mat-20-11.jpg"),
                "Lãnh đạo Sở tặng hoa các nhà giáo tiêu biểu",
                "Lãnh đạo Sở tặng hoa các nhà giáo tiêu biểu",
                "table",
            ),
            P(
                "Thay mặt các nhà giáo được tuyên dương, cô Đàm Thị Hương, giáo viên Trường THPT Chuyên "
                "Cao Bằng bày tỏ niềm tự hào và hứa tiếp tục nỗ lực vì học sinh thân yêu."
            ),
            Raw('<p align="right"><b>Văn phòng Sở</b></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={"time": "15:45", "updated": "21/11/2026"},
    ),
    Story(
        2847,
        "ngayhoi",
        "Trường PTDTBT THCS Cần Yên tổ chức Ngày hội văn hóa các dân tộc",
        "1",
        "2026-11-12",
        [
            P(
                "Nhằm giữ gìn và phát huy bản sắc văn hóa các dân tộc Tày, Nùng, Mông, Dao, ngày "
                "11/11/2026, Trường PTDTBT THCS Cần Yên tổ chức Ngày hội văn hóa các dân tộc cho hơn "
                "400 học sinh toàn trường."
            ),
            P(
                "Ngày hội gồm các hoạt động: thi trang phục truyền thống, hát then - đàn tính, gói "
                "bánh chưng gù, và các trò chơi dân gian như ném còn, đẩy gậy, kéo co."
            ),
            Img(
                up(11, "ngay-hoi-can-yen-1.jpg"),
                "Học sinh trình diễn trang phục truyền thống",
                "Học sinh trình diễn trang phục truyền thống",
                "center",
            ),
            P(
                "Thầy Lương Văn Định, Hiệu trưởng nhà trường cho biết: ngày hội được tổ chức hằng năm, "
                "giúp các em tự tin, gắn bó với trường, góp phần giảm tỷ lệ học sinh bỏ học."
            ),
            Img(
                up(11, "ngay-hoi-can-yen-2.jpg"),
                "Trò chơi ném còn thu hút đông đảo học sinh tham gia",
                "Trò chơi ném còn thu hút đông đảo học sinh tham gia",
                "center",
            ),
            Raw('<p align="right"><b>Đinh Thị Thu Trang</b></p>'),
        ],
        authors=["Đinh Thị Thu Trang"],
    ),
    Story(
        2870,
        "khtn",
        "Tập huấn dạy học tích hợp môn Khoa học tự nhiên cấp THCS",
        "2",
        "2026-12-01",
        [
            P(
                "Từ ngày 28/11 đến 30/11/2026, Sở GD&ĐT tổ chức lớp tập huấn dạy học tích hợp môn "
                "Khoa học tự nhiên cho 180 giáo viên cốt cán cấp THCS trong toàn tỉnh."
            ),
            P("Nội dung tập huấn", "h"),
            P("Xây dựng kế hoạch dạy học môn Khoa học tự nhiên theo chủ đề tích hợp.", "li"),
            P("Tổ chức dạy học thực hành, thí nghiệm với thiết bị tối thiểu.", "li"),
            P("Kiểm tra, đánh giá theo định hướng phát triển năng lực học sinh.", "li"),
            P(
                "Các học viên được chia thành 6 nhóm thiết kế bài dạy minh họa và dạy thử tại Trường "
                "THCS Hợp Giang, Trường THCS Đề Thám."
            ),
            Img(
                up(11, "tap-huan-khtn.jpg"),
                "Giáo viên thực hành thí nghiệm tại lớp tập huấn",
                "Giáo viên thực hành thí nghiệm tại lớp tập huấn",
                "em",
            ),
            P(
                "Kết thúc lớp tập huấn, các giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên "
                "tại đơn vị trước ngày 20/12/2026."
            ),
            Raw('<p align="right"><b>Phòng GDTrH</b></p>'),
        ],
        authors=["Phòng GDTrH"],
    ),
    Story(
        2857,
        "gvcn",
        "Kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026-2027",
        "2",
        "2026-11-18T10:05:00+07:00",
        [
            P(
                "Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2026-2027 đã diễn ra từ ngày 10 "
                "đến 15/11/2026 tại Trường THPT Thành phố Cao Bằng với 46 giáo viên dự thi."
            ),
            P(
                "Giáo viên dự thi trải qua hai phần: trình bày biện pháp giáo dục học sinh và xử lý "
                "tình huống sư phạm; tổ chức tiết sinh hoạt lớp."
            ),
            P("Kết quả một số giáo viên đạt giải cao:", "h"),
            P("STT | Họ và tên | Đơn vị | Xếp loại", "tr"),
            P("1 | Bế Thị Lan | THPT Chuyên Cao Bằng | Giải Nhất", "tr"),
            P("2 | Nông Văn Quang | THPT Quảng Uyên | Giải Nhì", "tr"),
            P("3 | Hà Thị Ngọc Ánh | THPT Trùng Khánh | Giải Nhì", "tr"),
            P("4 | Lục Minh Đức | THPT Bảo Lạc | Giải Ba", "tr"),
            P(
                "Ban tổ chức trao giấy chứng nhận cho 32 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp "
                "giỏi cấp tỉnh."
            ),
            Raw('<p align="right"><b>ThS. Lục Thị Mai - Phó Trưởng phòng GDTrH</b></p>'),
        ],
        authors=["Lục Thị Mai"],
        opts={"time": "10:05"},
    ),
    Story(
        2844,
        "nclb",
        "Chuyên đề sinh hoạt tổ chuyên môn theo nghiên cứu bài học tại Trường TH Hợp Giang",
        "2",
        "2026-11-06",
        [
            P(
                "Ngày 05/11/2026, Phòng GDMN-GDTH phối hợp với Trường TH Hợp Giang tổ chức chuyên đề "
                "“Đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học” cho cán bộ quản lý, giáo viên "
                "các trường tiểu học khu vực trung tâm.",
                "",
            ),
            P(
                "Các đại biểu dự giờ tiết Tiếng Việt lớp 4 do cô Triệu Thị Hằng thực hiện, sau đó cùng "
                "phân tích hoạt động học của học sinh thay vì chỉ nhận xét giáo viên."
            ),
            Img(
                up(11, "nclb-hop-giang.jpg"),
                "Tiết dạy minh họa lớp 4A3",
                "Tiết dạy minh họa lớp 4A3",
                "table",
            ),
            P("Một số điểm rút ra từ chuyên đề:"),
            P("Tập trung quan sát việc học của từng học sinh, từng nhóm;", "br"),
            P("Giáo viên dự giờ ngồi gần học sinh, ghi chép minh chứng cụ thể;", "br"),
            P("Thảo luận sau giờ học trên tinh thần cầu thị, không xếp loại tiết dạy.", "br"),
            P(
                "Chuyên đề sẽ được nhân rộng tới các trường tiểu học trong toàn tỉnh từ học kỳ II năm "
                "học 2026-2027."
            ),
            Raw('<p align="right"><b>Phòng GDMN-GDTH</b></p>'),
        ],
        authors=["Phòng GDMN-GDTH"],
        opts={"ent": True},
    ),
    Story(
        2872,
        "hsg12",
        "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "3",
        "2026-12-02",
        [
            P(
                "Căn cứ Kế hoạch số 2145/KH-SGDĐT ngày 15/10/2026 của Sở GD&ĐT Cao Bằng, Sở thông báo "
                "lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung", "tr"),
            P("16/12/2026 | Chiều | Thí sinh làm thủ tục dự thi, nghe phổ biến quy chế", "tr"),
            P("17/12/2026 | Sáng | Thi các môn Toán, Vật lí, Lịch sử, Tiếng Anh", "tr"),
            P("18/12/2026 | Sáng | Thi các môn Ngữ văn, Hóa học, Sinh học, Địa lí, Tin học", "tr"),
            P(
                "Địa điểm thi: Trường THPT Chuyên Cao Bằng, số 012 đường Hoàng Đình Giong, phường Thục "
                "Phán, tỉnh Cao Bằng."
            ),
            P(
                "Các đơn vị có thí sinh dự thi thông báo đến học sinh và phân công giáo viên đưa đón, "
                "bảo đảm an toàn cho thí sinh trong thời gian dự thi."
            ),
            Raw('<p align="right"><b>Phòng Quản lý chất lượng</b></p>'),
        ],
        authors=["Phòng Quản lý chất lượng"],
    ),
    Story(
        2861,
        "retdam",
        "Thông báo cho học sinh mầm non, tiểu học nghỉ học khi nhiệt độ xuống dưới 7 độ C",
        "3",
        "2026-11-24T16:20:00+07:00",
        [
            P(
                "Trước diễn biến của đợt không khí lạnh tăng cường, Sở GD&ĐT hướng dẫn các cơ sở giáo "
                "dục chủ động cho học sinh nghỉ học khi thời tiết rét đậm, rét hại.",
            ),
            P(
                "Khi nhiệt độ ngoài trời vào 6 giờ sáng dưới 10 độ C: học sinh mầm non, tiểu học được "
                "nghỉ học.",
                "li",
            ),
            P("Khi nhiệt độ dưới 7 độ C: học sinh THCS được nghỉ học.", "li"),
            P(
                "Các trường phổ thông dân tộc bán trú, nội trú bảo đảm đủ chăn, áo ấm, nước nóng và "
                "bữa ăn cho học sinh ở lại trường.",
                "li",
            ),
            P(
                "Thủ trưởng các đơn vị căn cứ nhiệt độ thực tế tại địa phương để quyết định, thông báo "
                "kịp thời tới cha mẹ học sinh và báo cáo về Sở qua hộp thư điện tử."
            ),
            Raw("<p><i>Nguồn: Báo Cao Bằng</i></p>"),
            Raw('<p align="right"><b>BBT</b></p>'),
        ],
        source="Báo Cao Bằng",
        opts={"time": "16:20"},
    ),
    Story(
        2849,
        "chuanqg",
        "Kế hoạch kiểm tra công nhận trường đạt chuẩn quốc gia đợt 2 năm 2026",
        "3",
        "2026-11-13",
        [
            P(
                "Sở GD&ĐT thông báo kế hoạch kiểm tra công nhận trường đạt chuẩn quốc gia đợt 2 năm "
                "2026 đối với các trường trung học và trường phổ thông có nhiều cấp học."
            ),
            P("Thời gian: từ ngày 01/12 đến 12/12/2026.", "h"),
            P(
                "Các trường có tên trong danh sách hoàn thiện hồ sơ tự đánh giá, báo cáo tự đánh giá và "
                "các minh chứng kèm theo, gửi về Sở trước ngày 25/11/2026."
            ),
            P(
                "Đoàn kiểm tra làm việc trực tiếp tại trường theo lịch cụ thể do Phòng Quản lý chất "
                "lượng thông báo sau."
            ),
            Raw("<p><b>Tin: Tổ Khảo thí</b></p>"),
        ],
        authors=["Tổ Khảo thí"],
    ),
    Story(
        2868,
        "mualu",
        "Khen thưởng 18 tập thể, cá nhân có thành tích khắc phục hậu quả mưa lũ năm 2026",
        "4",
        "2026-11-30",
        [
            P(
                "Giám đốc Sở GD&ĐT vừa ban hành quyết định tặng Giấy khen cho 18 tập thể, cá nhân có "
                "thành tích xuất sắc trong công tác phòng, chống và khắc phục hậu quả mưa lũ năm 2026."
            ),
            P(
                "Trong đợt mưa lũ cuối tháng 9, nhiều điểm trường tại Bảo Lâm, Nguyên Bình bị sạt lở, "
                "ngập úng. Các thầy cô đã kịp thời di dời học sinh, tài sản, sách vở đến nơi an toàn "
                "và nhanh chóng dọn dẹp để học sinh trở lại lớp sau 3 ngày."
            ),
            Img(
                up(11, "khen-thuong-mua-lu.jpg"),
                "Giáo viên dọn bùn đất tại điểm trường Lũng Pán",
                "Giáo viên dọn bùn đất tại điểm trường Lũng Pán",
                "em",
            ),
            P("Các tập thể được khen thưởng gồm:"),
            P("Trường PTDTBT THCS Nam Quang;", "li"),
            P("Trường PTDTBT TH Yên Thổ;", "li"),
            P("Trường Mầm non Thành Công.", "li"),
            Raw("<p><b>Tin: Văn phòng Sở</b>; <b>Ảnh: CLB Nhiếp ảnh</b></p>"),
        ],
        authors=["Văn phòng Sở"],
        photographers=["CLB Nhiếp ảnh"],
    ),
    Story(
        2855,
        "sangtao",
        "Trao giải cuộc thi “Giáo viên sáng tạo trong chuyển đổi số” năm 2026",
        "4",
        "2026-11-16T09:00:00+07:00",
        [
            P(
                "Sáng 15/11/2026, Sở GD&ĐT tổ chức tổng kết và trao giải cuộc thi “Giáo viên sáng tạo "
                "trong chuyển đổi số” năm 2026. Cuộc thi nhận được 214 sản phẩm của 196 giáo viên."
            ),
            P(
                "Ban giám khảo đã chọn 36 sản phẩm xuất sắc để trao giải: 3 giải Nhất, 6 giải Nhì, 12 "
                "giải Ba và 15 giải Khuyến khích."
            ),
            Img(
                up(11, "trao-giai-sang-tao.jpg"),
                "Trao giải Nhất cho các tác giả",
                "Trao giải Nhất cho các tác giả",
                "center",
            ),
            P(
                "Các sản phẩm đạt giải sẽ được chia sẻ trên kho học liệu số của ngành để giáo viên "
                "toàn tỉnh tham khảo, sử dụng."
            ),
            Raw('<p align="right"><b>Tin: Triệu Văn Khánh</b></p>'),
        ],
        authors=["Triệu Văn Khánh"],
        summary=(
            "36 sản phẩm xuất sắc được trao giải trong tổng số 214 sản phẩm dự thi của giáo viên "
            "các cấp học."
        ),
        sapo_outside=True,
        opts={"time": "09:00"},
    ),
    Story(
        2842,
        "cothu",
        "Cô giáo Nông Thị Thu: 15 năm gieo chữ trên vùng cao Bảo Lâm",
        "4",
        "2026-11-04",
        [
            P(
                "Mười lăm năm trước, cô giáo trẻ Nông Thị Thu nhận quyết định về dạy học tại điểm "
                "trường Nà Pồng, nơi cách trung tâm xã gần 20 km đường đất. Đến nay, cô vẫn gắn bó với "
                "những lớp học ghép của vùng cao Bảo Lâm."
            ),
            P(
                "Những ngày đầu, lớp học chỉ là gian nhà tạm thưng bằng phên nứa. Mùa mưa, đường trơn "
                "trượt, cô phải đi bộ hơn ba tiếng đồng hồ mới đến được lớp. Học sinh hầu hết là người "
                "Mông, chưa thạo tiếng Việt."
            ),
            P("Vượt khó bám bản", "h"),
            P(
                "Cô Thu tự học tiếng Mông để giao tiếp với học sinh và phụ huynh. Mỗi khi có em nghỉ học, "
                "cô lại đến tận nhà vận động. Nhờ vậy, nhiều năm liền lớp của cô duy trì sĩ số 100%."
            ),
            Img(
                up(11, "co-giao-nong-thi-thu.jpg"),
                "Cô Thu trong giờ học tiếng Việt cùng học sinh",
                "Cô Thu trong giờ học tiếng Việt cùng học sinh",
                "table",
            ),
            P(
                "Không chỉ dạy chữ, cô còn cùng phụ huynh trồng rau, nuôi gà cải thiện bữa ăn bán trú "
                "cho học sinh. Vườn rau của điểm trường nay đủ cung cấp rau xanh quanh năm."
            ),
            P("Niềm vui của người gieo chữ", "h"),
            P(
                "“Niềm vui lớn nhất của tôi là thấy các em lớn lên, nhiều em đã học tiếp lên THPT, có "
                "em đỗ đại học và quay về bản làm cô giáo”, cô Thu chia sẻ.",
                "quote",
            ),
            P(
                "Với những đóng góp bền bỉ, cô Nông Thị Thu được Chủ tịch UBND tỉnh tặng Bằng khen và "
                "được tuyên dương là nhà giáo tiêu biểu năm học 2025-2026."
            ),
            Raw('<p align="right"><b>Vi Thị Phương</b></p>'),
            Raw("<p><i>(Theo Báo Giáo dục và Thời đại)</i></p>"),
        ],
        authors=["Vi Thị Phương"],
        source="Báo Giáo dục và Thời đại",
    ),
]

BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tintuc.asp?id={story.id}"


GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=[f"/intin.asp?id={s.id}"])
    for s in STORIES
]

NON_ARTICLES = [
    "/danhsach.asp?cm=2&p=2",
    "/gioithieu.asp",
    "/lienhe.asp",
    "/timkiem.asp?q=hoc+sinh",
    "/danhsach.asp?cm=1",
]

#: "Tin xem nhiều": page-1 posts only
MOST_READ = [2873, 2866, 2870, 2872, 2868]


# --- printing -------------------------------------------------------------------------------


def in_cat(cm: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cm), key=lambda s: s.published_at, reverse=True)


def pages_of(cm: str) -> int:
    n = len(in_cat(cm))
    return max(1, -(-n // PER_PAGE[cm]))


def date_vn(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    line = f"Ngày đăng: {date_vn(story)}"
    if story.opts.get("time"):
        line += f" - {story.opts['time']}"
    if story.opts.get("updated"):
        line += f" | Cập nhật: {story.opts['updated']}"
    return line + f" | Lượt xem: {story.views()}"


def _t(story: Story, value: str) -> str:
    return text(value, entities=2) if story.opts.get("ent") else text(value)


def _img_html(img: Img) -> str:
    tag = f'<img src="{img.src}" border="0" width="500" alt="" />'
    if img.style == "em":
        out = f'<p align="center">{tag}</p>'
        return out + (f'\n<p align="center"><em>{esc(img.printed)}</em></p>' if img.printed else "")
    if img.style == "center":
        out = f'<p style="text-align: center">{tag}</p>'
        return out + (
            f'\n<p style="text-align: center">{esc(img.printed)}</p>' if img.printed else ""
        )
    if img.style == "table":
        return (
            '<table class="anh" align="center" cellpadding="3" cellspacing="0" width="500">'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td class="chuthich" align="center">{esc(img.printed or "")}</td></tr></table>'
        )
    return f'<p align="center">{tag}</p>'


def render_body(story: Story) -> str:
    """FCKeditor output: lists and tables grouped; "br" lines joined to the paragraph before."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = "".join(f"<td>{_t(story, c)}</td>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" width="100%" '
                'style="border-collapse: collapse">' + "".join(rows) + "</table>"
            )
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_t(story, blocks[i].text))
                i += 1
            # the lines hang off the paragraph printed just before them
            prev = out.pop()
            out.append(prev[: -len("</p>")] + "<br />\n" + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "h":
            out.append(f"<p><b>{_t(story, b.text)}</b></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_t(story, b.text)}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify">{_t(story, b.text)}</p>')
        i += 1
    return "\n".join(out)


def category_form(selected: str = "") -> str:
    options = ['<option value="">-- Chọn chuyên mục --</option>']
    for key, name in CATEGORIES.items():
        sel = " selected" if key == selected else ""
        options.append(f'<option value="{key}"{sel}>{esc(name)}</option>')
    return (
        '<form method="get" action="danhsach.asp" name="frmChuyenMuc" class="frmcm">'
        '<span class="nhan">Chuyên mục:</span> <select name="cm" class="chon">'
        + "".join(options)
        + '</select> <input type="submit" value="Xem" class="nut"></form>'
    )


def search_form(q: str = "") -> str:
    return (
        '<form method="get" action="timkiem.asp" name="frmTimKiem">'
        f'<input type="text" name="q" value="{esc(q)}" size="18" class="otim"> '
        '<input type="submit" value="Tìm kiếm" class="nut"></form>'
    )


def box(title: str, inner: str) -> str:
    return (
        '<table width="100%" cellpadding="0" cellspacing="0" class="khung">'
        f'<tr><td class="tdtieude">{esc(title)}</td></tr>'
        f'<tr><td class="tdnoidung">{inner}</td></tr></table><br>'
    )


def left_column() -> str:
    most = "".join(
        f'<li><a href="tintuc.asp?id={i}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    links = (
        '<select name="lienket" onchange="if(this.value!=\'\')window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://www.caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</option>'
        '<option value="http://baocaobang.vn">Báo Cao Bằng</option></select>'
    )
    poll = (
        '<form method="post" action="binhchon.asp" name="frmBinhChon">'
        "<b>Bạn đánh giá thế nào về Cổng thông tin của Sở?</b><br>"
        '<input type="radio" name="bc" value="1"> Rất hữu ích<br>'
        '<input type="radio" name="bc" value="2"> Hữu ích<br>'
        '<input type="radio" name="bc" value="3"> Cần cải tiến<br>'
        '<input type="submit" value="Bình chọn" class="nut"> '
        '<input type="button" value="Kết quả" class="nut" '
        "onclick=\"window.open('ketquabc.asp','bc','width=400,height=300')\"></form>"
    )
    counter = (
        '<div class="thongke">Đang online: <b>27</b><br>Hôm nay: <b>1.204</b><br>'
        "Tổng truy cập: <b>3.482.915</b></div>"
    )
    return (
        box("Tin xem nhiều", f'<ul class="dsxemnhieu">{most}</ul>')
        + box("Liên kết website", links)
        + box("Thăm dò ý kiến", poll)
        + box("Thống kê truy cập", counter)
    )


POPUP_SCRIPT = """<script type="text/javascript">
<!--
function moTin(id){ window.open('tintuc.asp?id=' + id, 'tin', 'width=820,height=600,scrollbars=yes'); }
//-->
</script>"""


def layout(title: str, main: str, cm: str = "", q: str = "", head: str = "") -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="js/chung.js"></script>
{head}
</head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" class="trang">
<tr><td colspan="2"><img src="images/banner.jpg" width="980" height="150" alt="{esc(SITE_TITLE)}"></td></tr>
<tr><td colspan="2" class="menutren">
<a href="default.asp">Trang chủ</a> | <a href="danhsach.asp?cm=1">Tin tức - Sự kiện</a> |
<a href="gioithieu.asp">Giới thiệu</a> | <a href="lienhe.asp">Liên hệ</a>
<span class="ngay">{TODAY_HEADER}</span></td></tr>
<tr><td colspan="2" class="thanhcongcu">
<table width="100%"><tr><td>{category_form(cm)}</td><td align="right">{search_form(q)}</td></tr></table>
</td></tr>
<tr>
<td width="230" valign="top" class="cottrai">{left_column()}</td>
<td width="750" valign="top" class="cotgiua">
{main}
</td></tr>
<tr><td colspan="2" class="chantrang">
<b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</b><br>
Địa chỉ: Số 016 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng<br>
Điện thoại: 0206 3852 315 - Fax: 0206 3852 216 - Email: vanphong@caobang.edu.vn<br>
Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Cao Bằng<br>
Từ khóa: <a href="timkiem.asp?q=hoc+sinh">học sinh</a><br>
<span class="banquyen">Thiết kế bởi Công ty TNHH Phần mềm Việt Tin - Phiên bản 3.2</span>
</td></tr>
</table>
</body>
</html>"""


def title_link(story: Story, mode: str) -> str:
    label = esc(story.title)
    if mode == "popup":
        return f'<a href="javascript:moTin({story.id})" class="tentin">{label}</a>'
    if mode == "blank":
        return (
            f'<a href="tintuc.asp?id={story.id}" target="_blank" class="tentin" '
            f"onclick=\"window.open(this.href,'tin','width=820');return false;\">{label}</a>"
        )
    return f'<a href="tintuc.asp?id={story.id}" class="tentin">{label}</a>'


def thumb(story: Story) -> str:
    imgs = story.images
    src = imgs[0].src if imgs else "/images/noimage.gif"
    return f'<img src="{src}" width="120" height="80" align="left" hspace="5" border="0">'


def page_form(cm: str, page: int, total: int) -> str:
    form = (
        '<form method="get" action="danhsach.asp" name="frmTrang" class="phantrang">'
        f'<input type="hidden" name="cm" value="{cm}">'
        f'Trang <input type="text" name="p" value="{page}" size="2"> / {total} '
        '<input type="submit" value="Đi" class="nut"></form>'
    )
    if cm != "1":
        return form
    prev = f'<a href="danhsach.asp?cm={cm}&amp;p={page - 1}">« Trước</a>' if page > 1 else "« Trước"
    nxt = f'<a href="danhsach.asp?cm={cm}&amp;p={page + 1}">Sau »</a>' if page < total else "Sau »"
    return form + f'<div class="truocsau">{prev} | {nxt}</div>'


def list_page(request: Request) -> Response:
    params = request.params
    cm = params.get("cm", "")
    raw_p = params.get("p", "1") or "1"
    page = int(raw_p) if raw_p.isdigit() else 1
    name = CATEGORIES.get(cm, "")
    posts = in_cat(cm) if cm in CATEGORIES else []
    size = PER_PAGE.get(cm, 3)
    chunk = posts[(page - 1) * size : page * size] if page >= 1 else []
    rows = []
    for s in chunk:
        rows.append(
            '<tr><td class="mucdanhsach">'
            + thumb(s)
            + title_link(s, LINK_MODE[cm])
            + f' <span class="ngaytin">({date_vn(s)})</span>'
            + (f'<div class="trichdan">{esc(s.summary)}</div>' if s.summary else "")
            + "</td></tr>"
        )
    if not rows:
        inner = '<p class="thongbao">Chưa có tin trong chuyên mục này.</p>'
    else:
        inner = '<table width="100%" cellpadding="4" class="danhsach">' + "".join(rows) + "</table>"
    total = pages_of(cm) if cm in CATEGORIES else 1
    main = (
        f'<div class="duongdan"><a href="default.asp">Trang chủ</a> » {esc(name)}</div>'
        f'<div class="tenchuyenmuc">{esc(name)}</div>'
        + inner
        + (page_form(cm, page, total) if cm in CATEGORIES else "")
    )
    head = POPUP_SCRIPT if LINK_MODE.get(cm) == "popup" else ""
    return html(layout(f"{name} - {SITE_TITLE}", main, cm=cm, head=head))


def home(request: Request) -> Response:
    news = in_cat("1")[:3]
    top = news[0]
    first = (
        '<div class="tinnoibat">'
        f'<a href="tintuc.asp?id={top.id}"><img src="{top.images[0].src}" width="300" align="left" '
        f'hspace="6" border="0"></a><a href="tintuc.asp?id={top.id}" class="tieudenoibat">'
        f"{esc(top.title)}</a><br>{esc(top.summary or '')}</div>"
    )
    others = "".join(
        f'<li><a href="tintuc.asp?id={s.id}">{esc(s.title)}</a> <i>({date_vn(s)})</i></li>'
        for s in news[1:]
    )
    notices = "".join(f"<li>{title_link(s, 'blank')}</li>" for s in in_cat("3")[:2])
    expert = "".join(f"<li>{title_link(s, 'popup')}</li>" for s in in_cat("2")[:1])
    main = (
        box("Tin tức - Sự kiện", first + f'<ul class="tinkhac">{others}</ul>')
        + box("Thông báo", f'<marquee direction="up" scrollamount="2"><ul>{notices}</ul></marquee>')
        + box("Hoạt động chuyên môn", f"<ul>{expert}</ul>")
    )
    return html(layout(SITE_TITLE, main, head=POPUP_SCRIPT))


def article_page(request: Request) -> Response | None:
    raw = request.params.get("id", "")
    story = BY_ID.get(int(raw)) if raw.isdigit() else None
    if story is None:
        main = '<p class="thongbao">Tin không tồn tại hoặc đã bị xóa.</p>'
        return html(layout(SITE_TITLE, main))
    name = CATEGORIES[story.cat]
    sapo = f'<div class="tomtat"><b>{esc(story.summary)}</b></div>' if story.sapo_outside else ""
    newer = [s for s in in_cat(story.cat) if s.published_at > story.published_at][-3:]
    related = "".join(
        f'<li><a href="tintuc.asp?id={s.id}">{esc(s.title)}</a> <i>({date_vn(s)})</i></li>'
        for s in newer
    )
    tools = (
        '<div class="congcu">'
        f'<a href="intin.asp?id={story.id}" target="_blank">'
        '<img src="images/print.gif" border="0"> In bài</a> | '
        f"<a href=\"javascript:void(0)\" onclick=\"window.open('guiemail.asp?id={story.id}','email',"
        '\'width=500,height=400\')"><img src="images/email.gif" border="0"> Gửi email</a> | '
        '<a href="#top">Về đầu trang</a></div>'
    )
    main = f"""<a name="top"></a>
<div class="duongdan"><a href="default.asp">Trang chủ</a> » <span class="cm">{esc(name)}</span></div>
<p class="tieude">{esc(story.title)}</p>
<p class="ngaydang">{date_line(story)}</p>
{sapo}
<div class="noidung">
{render_body(story)}
</div>
{tools}
{box("Các tin khác", f'<ul class="tinkhac">{related}</ul>') if related else ""}"""
    return html(layout(f"{story.title} - {SITE_TITLE}", main, cm=story.cat))


def print_page(request: Request) -> Response | None:
    raw = request.params.get("id", "")
    story = BY_ID.get(int(raw)) if raw.isdigit() else None
    if story is None:
        return None
    sapo = f'<div class="tomtat"><b>{esc(story.summary)}</b></div>' if story.sapo_outside else ""
    body = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(story.title)}</title><link href="css/in.css" rel="stylesheet" type="text/css"></head>
<body onload="window.print()">
<div class="inbanner">{esc(SITE_TITLE)}</div>
<p class="tieude">{esc(story.title)}</p>
<p class="ngaydang">{date_line(story)}</p>
{sapo}
<div class="noidung">
{render_body(story)}
</div>
<p align="center"><a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>"""
    return html(body)


def email_page(request: Request) -> Response:
    raw = request.params.get("id", "")
    main = (
        '<form method="post" action="guiemail.asp">'
        f'<input type="hidden" name="id" value="{esc(raw)}">'
        'Email người nhận: <input type="text" name="den"><br>'
        'Lời nhắn: <textarea name="loinhan"></textarea><br>'
        '<input type="submit" value="Gửi"></form>'
    )
    return html(
        f'<html><head><meta charset="utf-8"><title>Gửi email</title></head><body>{main}</body></html>'
    )


def _fold(value: str) -> str:
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<p class="thongbao">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in STORIES if _fold(q) in _fold(s.title)]
        hits.sort(key=lambda s: s.published_at, reverse=True)
        rows = "".join(
            f'<li><a href="tintuc.asp?id={s.id}">{esc(s.title)}</a> <i>({date_vn(s)})</i></li>'
            for s in hits
        )
        inner = f"<p>Tìm thấy <b>{len(hits)}</b> kết quả với từ khóa <b>{esc(q)}</b>:</p><ul>{rows}</ul>"
    main = (
        '<div class="duongdan"><a href="default.asp">Trang chủ</a> » Tìm kiếm</div>'
        f'<div class="tenchuyenmuc">Kết quả tìm kiếm</div>{inner}'
    )
    return html(layout(f"Tìm kiếm - {SITE_TITLE}", main, q=q))


def static_page(title: str, inner: str) -> Response:
    main = (
        f'<div class="duongdan"><a href="default.asp">Trang chủ</a> » {esc(title)}</div>'
        f'<p class="tieude">{esc(title)}</p><div class="noidung">{inner}</div>'
    )
    return html(layout(f"{title} - {SITE_TITLE}", main))


GIOI_THIEU = (
    "<p>Sở Giáo dục và Đào tạo tỉnh Cao Bằng là cơ quan chuyên môn thuộc UBND tỉnh, có chức năng "
    "tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
    "<p><b>Lãnh đạo Sở</b></p><ul><li>Giám đốc: Đàm Văn Hải</li>"
    "<li>Phó Giám đốc: Hoàng Thị Minh Nguyệt</li><li>Phó Giám đốc: Lương Quốc Việt</li></ul>"
    "<p><b>Các phòng chuyên môn</b></p><ul><li>Văn phòng Sở</li><li>Phòng GDMN-GDTH</li>"
    "<li>Phòng GDTrH</li><li>Phòng Quản lý chất lượng</li><li>Phòng Tổ chức cán bộ</li></ul>"
)
LIEN_HE = (
    "<p>Sở Giáo dục và Đào tạo tỉnh Cao Bằng</p>"
    "<p>Địa chỉ: Số 016 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>"
    "<p>Điện thoại: 0206 3852 315 - Email: vanphong@caobang.edu.vn</p>"
    '<form method="post" action="lienhe.asp">Họ tên: <input type="text" name="hoten"><br>'
    'Email: <input type="text" name="email"><br>Nội dung: <textarea name="noidung"></textarea><br>'
    '<input type="submit" value="Gửi liên hệ"></form>'
)


class VendorAspSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        lower = path.lower()
        if lower.startswith(("/upload/", "/images/", "/css/", "/js/")) or lower == "/favicon.ico":
            return static_file(path)
        if lower in ("/", "/default.asp"):
            return home(request)
        if lower == "/danhsach.asp":
            return list_page(request)
        if lower == "/tintuc.asp":
            return article_page(request)
        if lower == "/intin.asp":
            return print_page(request)
        if lower == "/guiemail.asp":
            return email_page(request)
        if lower == "/timkiem.asp":
            return search_page(request)
        if lower == "/gioithieu.asp":
            return static_page("Giới thiệu", GIOI_THIEU)
        if lower == "/lienhe.asp":
            return static_page("Liên hệ", LIEN_HE)
        return None


def search_href(words: str) -> str:
    """The address the search form produces for ``words``."""
    return "/timkiem.asp?q=" + quote_plus(words)


def only_on_page_two() -> list[str]:
    """The gold paths listed only on a category's page 2: the oldest post of each category."""
    return [article_path(in_cat(cm)[-1]) for cm in CATEGORIES]


def build_site() -> VendorAspSite:
    return VendorAspSite()
