"""Phòng Giáo dục và Đào tạo thành phố Sơn La on DotNetNuke 7 with a local vendor's news module.

Platform: DotNetNuke 7.x (DNN Platform) with a Vietnamese vendor's own news module ("HTNews",
folder ``/DesktopModules/HTNews/``: not EasyDNN, not Ventrian), the vendor's skin with table-free
panes (``dnn_HeaderPane``, ``dnn_ContentPane``, ``dnn_RightPane``), DNN containers around every
module (``<h2><span id="dnn_ctrNNN_dnnTITLE_titleLabel">``), the page-wide WebForms ``<form>``
with ``__VIEWSTATE``, RadEditor content (paragraphs as ``<p>``, as ``<div>`` or as bare lines
split by ``<br />``; photos in layout tables), attachments behind ``/LinkClick.aspx``.

URL scheme (DNN friendly URLs; the tab path before ``tabid`` is decoration, the slug too):
- posts ``/tin-tuc/tabid/84/ArticleID/<id>/<slug>.aspx`` and ``/Default.aspx?tabid=84&ArticleID=<id>``;
  the same module sits on the home tab, which shows a post too:
  ``/trang-chu/tabid/36/ArticleID/<id>/<slug>.aspx``; any slug serves the post (DNN ignores it);
- lists ``/tin-tuc/tabid/84/CatID/<cat>/Default.aspx`` (page 1, what the menu links) and
  ``/tin-tuc/tabid/84/CatID/<cat>/Page/<N>/Default.aspx`` (the pager; "Trang đầu" links Page/1);
  ``/tin-tuc/tabid/84/Default.aspx`` shows the first three of each category;
- pages ``/gioi-thieu/tabid/53/Default.aspx``, ``/gioi-thieu/co-cau-to-chuc/tabid/54/Default.aspx``,
  ``/lien-he/tabid/95/Default.aspx``; documents ``/van-ban/tabid/90/Default.aspx`` and entries
  ``/van-ban/tabid/90/DocID/<n>/Default.aspx``; album ``/thu-vien-anh/tabid/97/AlbumID/3/Default.aspx``;
- the print view ``/DesktopModules/HTNews/InTin.aspx?ArticleID=<id>`` (opened by ``window.open``).

Page templates: home (marquee "Tin mới", "Tin nổi bật" block with home-tab links, "Tin mới nhất"
list), tab 84 overview, category lists (3 a page, thumbnail, truncated title, en-US date, teaser),
post detail (container title, vendor path line, headline span, info line, sapo label, body
``div.Normal``, attachment box, "Các tin khác" = newer posts of the category), static pages,
document list/entries, album, print view. Every page: header date "Thứ Bảy, 05/12/2026", DNN
menu with drop-downs, DNN breadcrumb (tabs only), right pane (Đọc nhiều, Liên kết website,
poll, counter "Đang online / Hôm nay / Tổng truy cập"), footer.

How each gold article is reached: 412, 410, 408, 405, 401, 398 from the home page's "Tin mới
nhất"; the first three of each category from tab 84 and page 1 of their category; 389, 377 (Tin
giáo dục) and 384, 371 (Hoạt động chuyên môn) only from page 2 of their list; 401 and 395 also
from "Đọc nhiều" in the ``/Default.aspx?tabid=84&ArticleID=`` form; 412, 405, 398 also from the
home page's "Tin nổi bật" in the home-tab form; 389 also under its old slug from 377's
"Các tin khác".

Traps:
1. DNN container title above the post: ``<h2><span class="Head" id="dnn_ctr415_dnnTITLE_titleLabel">
   Tin tức - Sự kiện</span></h2>`` (on the home tab "Tin nổi bật") is the page's only heading; the
   headline is a ``<span class="tde_ct">`` and ``<title>`` is the tab's name "Tin tức - Phòng
   GD&ĐT thành phố Sơn La". Gold title = the span's text.
2. Times in DNN's vi-VN culture, 12-hour with Vietnamese AM/PM: "03/12/2026 2:30:00 CH" is
   14:30 (CH = chiều, after noon), "9:05:00 SA" is 09:05, "01/12/2026 12:15:00 CH" is 12:15
   (noon, not 00:15 nor 24:15), "20/11/2026 12:00:00 SA" is midnight -> the day alone.
3. List pages print dates in the invariant/en-US culture M/d/yyyy ("11/5/2026" = 5 Nov,
   "12/3/2026" = 3 Dec) and truncate titles with "..."; the gold date and title come from the
   post's own page (dd/MM/yyyy there).
4. The category is not in DNN's breadcrumb (which names tabs only: "Trang chủ › Tin tức"); the
   module prints its own path line "Tin tức » Hoạt động chuyên môn" and a "Chuyên mục:" link.
   Gold category = the module's category ("Tin giáo dục", "Hoạt động chuyên môn", "Thông báo").
5. The same post under two tabs: the home tab (36) renders the news module in detail mode at
   ``/trang-chu/tabid/36/ArticleID/<id>/<slug>.aspx`` (container "Tin nổi bật", breadcrumb
   "Trang chủ"), plus the ``/Default.aspx?tabid=84&ArticleID=<id>`` form from "Đọc nhiều", plus an
   old slug (389 was retitled; 377 links the old slug). No canonical link is printed. All go in
   ``alt_paths``; the gold path is the tab-84 friendly URL with the current slug.
6. RadEditor "div mode": some bodies are bare text lines split by ``<br />`` inside one ``<div>``
   (blank lines are ``&nbsp;<br />``), others ``<div style="text-align:justify">`` blocks; each
   line is a paragraph, blank lines are none.
7. Photos sit in one-column layout tables (row 1 the ``<img>``, row 2 the italic caption): the
   caption row is a caption, not a body paragraph, though a real data table elsewhere (a schedule
   in 410 and 408) is body, one paragraph a row, cells joined by " | ".
8. Bylines: a right-aligned last paragraph "ThS. Hoàng Văn Dũng - Chuyên viên Phòng GD&ĐT" ->
   ["Hoàng Văn Dũng"]; "Tin, ảnh: Cầm Thị Thu" -> author and photographer; "Tin: Đinh Thị Mai -
   Ảnh: Lường Văn Minh"; a unit signing alone "Trường MN Hoa Ban" / "Tổ Tiểu học"; the module's
   info line "Người đăng: pgdsonla" is a CMS account -> nobody.
9. A photo line "Ảnh: Lường Văn Minh" under a photo credits only: caption None, photographer.
10. The sapo is printed by the module in ``<span id="..._lblMoTa">`` inside a bold block before
    ``div.Normal`` (outside the body element); gold summary = it and it is body's first paragraph.
    Posts 410 and 395 have none: summary null, though the page's meta description is site-wide.
11. Attachments as ``/LinkClick.aspx?fileticket=…&tabid=84&mid=415`` links in a "Tệp đính kèm"
    box after the text: not body, not images.
12. "Theo Báo Sơn La" closing line -> source "Báo Sơn La"; a body sentence "Theo kế hoạch, …"
    in 380 stays text.

Gold decisions on ambiguous points:
- The print view is an alternate of the post (alt_paths) though only ``window.open`` reaches it.
- The ``Page/1`` list URL and the plain list URL are the same listing (not articles anyway).
- A schedule table inside a notice (408) is text: one paragraph a row, its header row included.
- "Ngày đăng" is the publication date; the module prints no update date.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "dnn_vendor_news_pgd"
PLATFORM = "DotNetNuke 7 + vendor news module (HTNews)"
START_PATH = "/"

SITE = "Phòng GD&ĐT thành phố Sơn La"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
NEWS_TAB = 84
HOME_TAB = 36
MID = 415
PAGE_SIZE = 3

CATS = {11: "Tin giáo dục", 12: "Hoạt động chuyên môn", 13: "Thông báo"}
IMG = "/Portals/0/Images/TinTuc/2026"


def _img(name: str) -> str:
    return f"{IMG}/{name}"


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        412,
        "hoi-nghi-so-ket-cong-tac-giao-duc-hoc-ky-i-nam-hoc-2026-2027",
        "Hội nghị sơ kết công tác giáo dục học kỳ I năm học 2026-2027",
        "11",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Chiều ngày 03/12/2026, Phòng Giáo dục và Đào tạo thành phố Sơn La tổ chức hội nghị "
                "sơ kết công tác giáo dục học kỳ I, triển khai nhiệm vụ trọng tâm học kỳ II năm học "
                "2026-2027."
            ),
            Img(_img("12/hoinghi_hk1_01.jpg"), "Quang cảnh hội nghị sơ kết học kỳ I",
                "Quang cảnh hội nghị sơ kết học kỳ I", "table"),
            P(
                "Dự hội nghị có đồng chí Phó Chủ tịch UBND thành phố, lãnh đạo Phòng GD&ĐT cùng "
                "hiệu trưởng 42 trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
            ),
            P(
                "Trong học kỳ I, toàn ngành đã duy trì sĩ số 100%, tỷ lệ học sinh tiểu học hoàn "
                "thành chương trình lớp học đạt 99,2%; 14 trường được công nhận đạt chuẩn quốc gia "
                "mức độ 1 và mức độ 2."
            ),
            P(
                "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND thành phố đề nghị các nhà trường "
                "tiếp tục đổi mới phương pháp dạy học, tăng cường chuyển đổi số trong quản lý."
            ),
            Raw('<p style="text-align: right;"><strong>ThS. Hoàng Văn Dũng - Chuyên viên Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Hoàng Văn Dũng"],
        summary="(PGD Sơn La) - Hội nghị đánh giá kết quả học kỳ I và đề ra nhiệm vụ trọng tâm học kỳ II "
        "cho 42 đơn vị trường học trên địa bàn thành phố.",
        sapo_outside=True,
        opts={"printed": "03/12/2026 2:30:00 CH", "list_date": "12/3/2026", "mode": "p", "home": True},
    ),
    Story(
        410,
        "chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-cap-thcs",
        "Chuyên đề dạy học phát triển năng lực môn Toán cấp THCS",
        "12",
        "2026-12-01T12:15:00+07:00",
        [
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026-2027, Phòng GD&ĐT tổ chức chuỗi chuyên đề "
                "dạy học phát triển năng lực môn Toán cho giáo viên các trường THCS."
            ),
            P("Lịch tổ chức chuyên đề như sau:"),
            P("Thời gian | Địa điểm | Nội dung", "tr"),
            P("08/12/2026 | Trường THCS Chiềng Lề | Dạy học hình học trực quan lớp 6", "tr"),
            P("15/12/2026 | Trường THCS Quyết Thắng | Dạy học giải quyết vấn đề lớp 8", "tr"),
            P(
                "Các trường cử giáo viên dạy Toán tham dự đầy đủ, mang theo máy tính xách tay để "
                "thực hành trên phần mềm GeoGebra."
            ),
            Raw('<div style="text-align: right;"><em>Tổ THCS</em></div>'),
        ],
        authors=["Tổ THCS"],
        opts={"printed": "01/12/2026 12:15:00 CH", "list_date": "12/1/2026", "mode": "div"},
    ),
    Story(
        408,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-thanh-pho",
        "Thông báo lịch thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027",
        "13",
        "2026-11-30T07:30:00+07:00",
        [
            P(
                "Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi lớp 9 cấp thành phố năm học "
                "2026-2027 tới các trường THCS trên địa bàn."
            ),
            P("Ngày | Buổi | Môn thi", "tr"),
            P("10/12/2026 | Sáng | Ngữ văn, Toán", "tr"),
            P("10/12/2026 | Chiều | Tiếng Anh, Khoa học tự nhiên", "tr"),
            P("11/12/2026 | Sáng | Lịch sử và Địa lí, Tin học", "tr"),
            P(
                "Thí sinh có mặt tại Trường THCS Chiềng Sinh trước giờ thi 30 phút, mang theo thẻ "
                "học sinh và giấy báo dự thi."
            ),
        ],
        summary="Phòng GD&ĐT thông báo lịch thi chọn học sinh giỏi lớp 9 cấp thành phố năm học "
        "2026-2027 tới các trường THCS trên địa bàn.",
        opts={"printed": "30/11/2026 7:30:00 SA", "list_date": "11/30/2026", "mode": "p",
              "attach": ("LichThiHSG9_2026.pdf", "aHNnOV8yMDI2")},
    ),
    Story(
        405,
        "truong-thcs-chieng-sinh-to-chuc-hoi-khoe-phu-dong-cap-truong",
        "Trường THCS Chiềng Sinh tổ chức Hội khỏe Phù Đổng cấp trường",
        "11",
        "2026-11-28T09:05:00+07:00",
        [
            P(
                "Từ ngày 25 đến 27/11/2026, Trường THCS Chiềng Sinh tổ chức Hội khỏe Phù Đổng cấp "
                "trường với sự tham gia của hơn 600 học sinh."
            ),
            P("Hội khỏe gồm các môn điền kinh, bóng đá, cầu lông, đẩy gậy và kéo co."),
            Img(_img("11/hkpd_chiengsinh_01.jpg"), "Học sinh thi đấu môn đẩy gậy",
                "Học sinh thi đấu môn đẩy gậy", "next"),
            P(
                "Kết thúc hội khỏe, Ban tổ chức trao 48 huy chương vàng và chọn 32 vận động viên "
                "tham dự Hội khỏe Phù Đổng cấp thành phố."
            ),
            Img(_img("11/hkpd_chiengsinh_02.jpg")),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Cầm Thị Thu</strong></p>'),
        ],
        authors=["Cầm Thị Thu"],
        photographers=["Cầm Thị Thu"],
        summary="Từ ngày 25 đến 27/11/2026, Trường THCS Chiềng Sinh tổ chức Hội khỏe Phù Đổng cấp "
        "trường với sự tham gia của hơn 600 học sinh.",
        opts={"printed": "28/11/2026 9:05:00 SA", "list_date": "11/28/2026", "mode": "br", "home": True},
    ),
    Story(
        401,
        "hoi-thi-giao-vien-day-gioi-cap-thanh-pho-86-giao-vien-dat-giai",
        "Hội thi giáo viên dạy giỏi cấp thành phố năm học 2026-2027: 86 giáo viên đạt giải",
        "12",
        "2026-11-25T16:20:00+07:00",
        [
            P(
                "Sau hai tuần tranh tài, Hội thi giáo viên dạy giỏi cấp thành phố năm học "
                "2026-2027 đã khép lại với 86 giáo viên đạt giải."
            ),
            Img(_img("11/gvdg_tongket_01.jpg"), "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt giải",
                "Ban tổ chức trao giấy chứng nhận cho các giáo viên đạt giải", "table"),
            P(
                "Hội thi có 124 giáo viên mầm non, tiểu học và THCS tham gia, mỗi giáo viên thực "
                "hiện hai tiết dạy và trình bày một biện pháp nâng cao chất lượng giáo dục."
            ),
            Img(_img("11/gvdg_tiethoc_02.jpg"), "Ảnh: Lường Văn Minh", None, "table"),
            P(
                "Nhiều tiết dạy ứng dụng hiệu quả công nghệ thông tin và phương pháp dạy học tích "
                "cực, được Ban giám khảo đánh giá cao."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Đinh Thị Mai - Ảnh: Lường Văn Minh</strong></p>'),
        ],
        authors=["Đinh Thị Mai"],
        photographers=["Lường Văn Minh"],
        summary="(PGD Sơn La) - Hội thi năm nay có 124 giáo viên dự thi, 86 giáo viên đạt giải, "
        "trong đó 21 giáo viên được đề nghị dự thi cấp tỉnh.",
        sapo_outside=True,
        opts={"printed": "25/11/2026 4:20:00 CH", "list_date": "11/25/2026", "mode": "p", "docnet": True},
    ),
    Story(
        398,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "11",
        "2026-11-20",
        [
            P(
                "Sáng 20/11, ngành giáo dục thành phố Sơn La tổ chức lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tại buổi lễ, 35 tập thể và 120 cá nhân được khen thưởng vì có thành tích xuất sắc "
                "trong phong trào thi đua năm học 2025-2026."
            ),
            Img(_img("11/le_20_11_01.jpg"), "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo thành phố tặng hoa chúc mừng các nhà giáo", "next"),
            P(
                "Nhân dịp này, thành phố trao tặng 50 suất quà cho nhà giáo có hoàn cảnh khó khăn "
                "và nhà giáo công tác tại các bản vùng cao."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Sơn La</em></p>'),
        ],
        source="Báo Sơn La",
        summary="(PGD Sơn La) - Lễ kỷ niệm tôn vinh các thầy cô giáo, khen thưởng 35 tập thể và 120 "
        "cá nhân có thành tích xuất sắc.",
        sapo_outside=True,
        opts={"printed": "20/11/2026 12:00:00 SA", "list_date": "11/20/2026", "mode": "p", "home": True},
    ),
    Story(
        395,
        "thong-bao-tuyen-dung-nhan-vien-hop-dong-tai-cac-truong-mam-non",
        "Thông báo tuyển dụng nhân viên hợp đồng tại các trường mầm non",
        "13",
        "2026-11-18T17:05:00+07:00",
        [
            P(
                "Phòng GD&ĐT thành phố Sơn La thông báo tuyển dụng 12 nhân viên nấu ăn theo hình "
                "thức hợp đồng tại các trường mầm non công lập."
            ),
            P("Hồ sơ gồm: đơn đăng ký dự tuyển, sơ yếu lý lịch, giấy chứng nhận sức khỏe."),
            P("Thời gian nhận hồ sơ từ ngày 20/11/2026 đến hết ngày 04/12/2026 (trong giờ hành chính)."),
        ],
        opts={"printed": "18/11/2026 5:05:00 CH", "list_date": "11/18/2026", "mode": "br", "docnet": True},
    ),
    Story(
        393,
        "boi-duong-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-tieu-hoc",
        "Bồi dưỡng ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên tiểu học",
        "12",
        "2026-11-16T10:30:00+07:00",
        [
            P(
                "Trong hai ngày 14 và 15/11/2026, Phòng GD&ĐT tổ chức lớp bồi dưỡng ứng dụng trí "
                "tuệ nhân tạo trong soạn giảng cho 180 giáo viên tiểu học."
            ),
            P(
                "Học viên được hướng dẫn sử dụng công cụ hỗ trợ thiết kế bài giảng, tạo phiếu học "
                "tập và câu hỏi đánh giá theo yêu cầu cần đạt."
            ),
            P("Báo cáo viên lưu ý giáo viên kiểm tra kỹ nội dung do công cụ tạo ra trước khi sử dụng."),
        ],
        authors=["Tổ Tiểu học"],
        summary="(PGD Sơn La) - 180 giáo viên tiểu học được bồi dưỡng kỹ năng ứng dụng công cụ trí "
        "tuệ nhân tạo trong thiết kế bài giảng.",
        sapo_outside=True,
        opts={"printed": "16/11/2026 10:30:00 SA", "list_date": "11/16/2026", "mode": "br",
              "byline": '<div style="text-align: right;"><b>Tổ Tiểu học</b></div>',
              "attach": ("TaiLieu_BoiDuong_AI.pdf", "dGFpbGlldV9haQ")},
    ),
    Story(
        389,
        "truong-mam-non-hoa-ban-don-doan-kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia",
        "Trường Mầm non Hoa Ban đón đoàn kiểm tra công nhận trường đạt chuẩn quốc gia",
        "11",
        "2026-11-12T15:45:00+07:00",
        [
            P(
                "Ngày 12/11/2026, đoàn kiểm tra của UBND tỉnh Sơn La đã làm việc tại Trường Mầm non "
                "Hoa Ban về công nhận trường đạt chuẩn quốc gia mức độ 2."
            ),
            Img(_img("11/mn_hoaban_01.jpg"), "Đoàn kiểm tra thăm lớp học của trẻ 5 tuổi",
                "Đoàn kiểm tra thăm lớp học của trẻ 5 tuổi", "table"),
            P(
                "Đoàn đã kiểm tra hồ sơ, cơ sở vật chất, dự hoạt động giáo dục tại các nhóm, lớp và "
                "đánh giá nhà trường đáp ứng đầy đủ 5 tiêu chuẩn."
            ),
            Raw('<p style="text-align: right;"><strong>Trường MN Hoa Ban</strong></p>'),
        ],
        authors=["Trường MN Hoa Ban"],
        opts={"printed": "12/11/2026 3:45:00 CH", "list_date": "11/12/2026", "mode": "p",
              "old_slug": "mn-hoa-ban-don-doan-kiem-tra-truong-chuan"},
    ),
    Story(
        384,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-phia-bac",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường phía Bắc",
        "12",
        "2026-11-06T14:00:00+07:00",
        [
            P(
                "Cụm trường tiểu học phía Bắc thành phố tổ chức sinh hoạt chuyên môn theo nghiên "
                "cứu bài học tại Trường Tiểu học Chiềng Xôm."
            ),
            P(
                "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh, phân tích nguyên "
                "nhân khó khăn và đề xuất cách điều chỉnh bài dạy."
            ),
            Img(_img("11/shcm_chiengxom_01.jpg"), "Giáo viên quan sát học sinh trong giờ học Tiếng Việt",
                "Giáo viên quan sát học sinh trong giờ học Tiếng Việt", "next"),
            P("Buổi sinh hoạt giúp giáo viên chia sẻ kinh nghiệm và nâng cao chất lượng dạy học."),
            Raw('<p style="text-align: right;"><strong>Quàng Thị Hoa</strong></p>'),
        ],
        authors=["Quàng Thị Hoa"],
        summary="Cụm trường tiểu học phía Bắc thành phố tổ chức sinh hoạt chuyên môn theo nghiên "
        "cứu bài học tại Trường Tiểu học Chiềng Xôm.",
        opts={"printed": "06/11/2026 2:00:00 CH", "list_date": "11/6/2026", "mode": "div"},
    ),
    Story(
        380,
        "ke-hoach-to-chuc-ngay-hoi-doc-sach-cap-thanh-pho",
        "Kế hoạch tổ chức Ngày hội đọc sách cấp thành phố",
        "13",
        "2026-11-03T10:00:00+07:00",
        [
            P(
                "Nhằm phát triển văn hóa đọc trong trường học, Phòng GD&ĐT ban hành kế hoạch tổ "
                "chức Ngày hội đọc sách cấp thành phố năm 2026."
            ),
            P(
                "Theo kế hoạch, mỗi trường tiểu học và THCS thành lập một đội gồm 5 học sinh tham "
                "gia các phần thi giới thiệu sách, kể chuyện và trang trí góc đọc."
            ),
            P("Ngày hội diễn ra ngày 12/12/2026 tại Thư viện tỉnh Sơn La."),
        ],
        summary="(PGD Sơn La) - Ngày hội đọc sách cấp thành phố năm 2026 dành cho học sinh tiểu học "
        "và trung học cơ sở.",
        sapo_outside=True,
        opts={"printed": "03/11/2026 10:00:00 SA", "list_date": "11/3/2026", "mode": "p"},
    ),
    Story(
        377,
        "phat-dong-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam",
        "Phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam",
        "11",
        "2026-10-30T08:00:00+07:00",
        [
            P(
                "Ngày 30/10/2026, Công đoàn ngành giáo dục thành phố phát động đợt thi đua cao "
                "điểm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Đợt thi đua gồm các hoạt động: thao giảng, dự giờ, viết sáng kiến kinh nghiệm và "
                "phong trào văn nghệ, thể thao trong đội ngũ nhà giáo."
            ),
            P("Các đơn vị đăng ký danh hiệu thi đua về Phòng GD&ĐT trước ngày 10/11/2026."),
            Raw('<p style="text-align: right;"><strong>Phạm Thị Lan</strong></p>'),
        ],
        authors=["Phạm Thị Lan"],
        summary="Ngày 30/10/2026, Công đoàn ngành giáo dục thành phố phát động đợt thi đua cao "
        "điểm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
        opts={"printed": "30/10/2026 8:00:00 SA", "list_date": "10/30/2026", "mode": "p"},
    ),
    Story(
        371,
        "tap-huan-kiem-tra-danh-gia-cho-can-bo-quan-ly",
        "Tập huấn kiểm tra, đánh giá học sinh cho cán bộ quản lý các trường THCS",
        "12",
        "2026-10-22T09:40:00+07:00",
        [
            P(
                "Phòng GD&ĐT tổ chức tập huấn kiểm tra, đánh giá học sinh theo chương trình giáo "
                "dục phổ thông 2018 cho 60 cán bộ quản lý các trường THCS."
            ),
            Img(_img("10/taphuan_kiemtra_01.jpg"), "Ảnh: Lò Văn Sơn", None, "next"),
            P(
                "Nội dung tập huấn tập trung vào xây dựng ma trận, bản đặc tả đề kiểm tra và sử "
                "dụng kết quả đánh giá để điều chỉnh hoạt động dạy học."
            ),
        ],
        photographers=["Lò Văn Sơn"],
        summary="Phòng GD&ĐT tổ chức tập huấn kiểm tra, đánh giá học sinh theo chương trình giáo "
        "dục phổ thông 2018 cho 60 cán bộ quản lý các trường THCS.",
        opts={"printed": "22/10/2026 9:40:00 SA", "list_date": "10/22/2026", "mode": "div"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat_stories(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if int(s.cat) == cat), key=lambda s: s.published_at or "", reverse=True)


def _latest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:n]


def post_path(s: Story, tab: int = NEWS_TAB, slug: str | None = None) -> str:
    prefix = "tin-tuc" if tab == NEWS_TAB else "trang-chu"
    return f"/{prefix}/tabid/{tab}/ArticleID/{s.id}/{slug or s.slug}.aspx"


def docnet_path(s: Story) -> str:
    return f"/Default.aspx?tabid={NEWS_TAB}&ArticleID={s.id}"


def print_path(s: Story) -> str:
    return f"/DesktopModules/HTNews/InTin.aspx?ArticleID={s.id}"


def cat_path(cat: int, page: int | None = None) -> str:
    if page is None:
        return f"/tin-tuc/tabid/{NEWS_TAB}/CatID/{cat}/Default.aspx"
    return f"/tin-tuc/tabid/{NEWS_TAB}/CatID/{cat}/Page/{page}/Default.aspx"


TAB_PATHS = {
    36: "/trang-chu/tabid/36/Default.aspx",
    53: "/gioi-thieu/tabid/53/Default.aspx",
    54: "/gioi-thieu/co-cau-to-chuc/tabid/54/Default.aspx",
    84: "/tin-tuc/tabid/84/Default.aspx",
    90: "/van-ban/tabid/90/Default.aspx",
    95: "/lien-he/tabid/95/Default.aspx",
    97: "/thu-vien-anh/tabid/97/Default.aspx",
}

DOCS = {
    7: ("Quyết định số 1520/QĐ-PGDĐT", "Quyết định ban hành kế hoạch thời gian năm học 2026-2027", "02/10/2026"),
    8: ("Công văn số 412/PGDĐT-THCS", "Hướng dẫn tổ chức thi chọn học sinh giỏi lớp 9 cấp thành phố", "15/11/2026"),
}


# --- chrome ------------------------------------------------------------------------------------


def _menu(active: int) -> str:
    def li(tab: int, label: str, sub: str = "") -> str:
        cls = ' class="selected"' if tab == active else ""
        return f'<li{cls}><a href="{TAB_PATHS[tab] if tab != 36 else "/"}">{label}</a>{sub}</li>'

    gt_sub = f'<ul class="subLevel"><li><a href="{TAB_PATHS[53]}">Chức năng nhiệm vụ</a></li>' \
             f'<li><a href="{TAB_PATHS[54]}">Cơ cấu tổ chức</a></li></ul>'
    tt_sub = '<ul class="subLevel">' + "".join(
        f'<li><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items()
    ) + "</ul>"
    return (
        '<div id="dnn_pnav" class="mnu_ngang"><ul class="topLevel">'
        + li(36, "Trang chủ")
        + li(53, "Giới thiệu", gt_sub)
        + li(84, "Tin tức", tt_sub)
        + li(90, "Văn bản")
        + li(97, "Thư viện ảnh")
        + li(95, "Liên hệ")
        + "</ul></div>"
    )


def _breadcrumb(tab: int) -> str:
    parts = ['<a href="/" class="Breadcrumb">Trang chủ</a>']
    if tab == 54:
        parts.append(f'<a href="{TAB_PATHS[53]}" class="Breadcrumb">Giới thiệu</a>')
    names = {53: "Giới thiệu", 54: "Cơ cấu tổ chức", 84: "Tin tức", 90: "Văn bản", 95: "Liên hệ", 97: "Thư viện ảnh"}
    if tab in names:
        parts.append(f'<a href="{TAB_PATHS[tab]}" class="Breadcrumb">{names[tab]}</a>')
    return ('<div class="dd_bc"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb">'
            + " › ".join(parts) + "</span></div>")


def _right_pane() -> str:
    most = [BY_ID[401], BY_ID[395], BY_ID[412]]
    items = []
    for s in most:
        href = docnet_path(s) if s.opts.get("docnet") else post_path(s)
        items.append(f'<li><a href="{esc(href)}">{esc(s.title)}</a></li>')
    return (
        '<div id="dnn_RightPane" class="col_phai">'
        '<div class="DnnModule DnnModule-HTNewsTop DnnModule-420"><a name="420"></a>'
        '<div class="ctn_phai"><h3><span id="dnn_ctr420_dnnTITLE_titleLabel" class="Head">Đọc nhiều nhất</span></h3>'
        '<div id="dnn_ctr420_ContentPane"><ul class="ds_docnhieu">' + "".join(items) + "</ul></div></div></div>"
        '<div class="DnnModule DnnModule-DNN_HTML DnnModule-421"><a name="421"></a>'
        '<div class="ctn_phai"><h3><span id="dnn_ctr421_dnnTITLE_titleLabel" class="Head">Liên kết website</span></h3>'
        '<div id="dnn_ctr421_ContentPane"><div class="Normal">'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://sogddt.sonla.gov.vn">Sở GD&amp;ĐT Sơn La</option></select>'
        '<p><a href="https://www.facebook.com/pgdsonla" target="_blank">'
        '<img src="/Portals/0/Skins/HTSkin/images/fb.png" alt="Facebook"></a></p>'
        "</div></div></div></div>"
        '<div class="DnnModule DnnModule-HTPoll DnnModule-422"><a name="422"></a>'
        '<div class="ctn_phai"><h3><span id="dnn_ctr422_dnnTITLE_titleLabel" class="Head">Thăm dò ý kiến</span></h3>'
        '<div id="dnn_ctr422_ContentPane"><p>Bạn đánh giá thế nào về giao diện website mới?</p>'
        '<input type="radio" name="dnn$ctr422$Poll$rblChon" value="1" id="rb1"><label for="rb1">Đẹp, dễ dùng</label><br>'
        '<input type="radio" name="dnn$ctr422$Poll$rblChon" value="2" id="rb2"><label for="rb2">Bình thường</label><br>'
        '<a href="javascript:__doPostBack(\'dnn$ctr422$Poll$btnBinhChon\',\'\')" class="nut">Bình chọn</a> '
        '<a href="javascript:__doPostBack(\'dnn$ctr422$Poll$btnKetQua\',\'\')" class="nut">Kết quả</a>'
        "</div></div></div>"
        '<div class="DnnModule DnnModule-HTCounter DnnModule-423"><a name="423"></a>'
        '<div class="ctn_phai"><h3><span id="dnn_ctr423_dnnTITLE_titleLabel" class="Head">Thống kê truy cập</span></h3>'
        '<div id="dnn_ctr423_ContentPane"><ul class="tk">'
        '<li>Đang online: <span id="dnn_ctr423_Counter_lblOnline">17</span></li>'
        '<li>Hôm nay: <span id="dnn_ctr423_Counter_lblHomNay">412</span></li>'
        '<li>Tổng truy cập: <span id="dnn_ctr423_Counter_lblTong">1.284.390</span></li></ul>'
        "</div></div></div></div>"
    )


def _marquee() -> str:
    links = " &nbsp;|&nbsp; ".join(
        f'<a href="{post_path(s)}">{esc(s.title)}</a>' for s in _latest(4)
    )
    return f'<div class="tinmoi_chay"><b>Tin mới:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee></div>'


def page(request: Request, tab: int, title: str, content: str, description: str | None = None) -> Response:
    action = esc(request.target)
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or 'Cổng thông tin điện tử Phòng Giáo dục và Đào tạo thành phố Sơn La')}" />
<meta id="MetaKeywords" name="KEYWORDS" content="giáo dục, Sơn La, PGD, DotNetNuke,DNN" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<title>{esc(title)}</title>
<link href="/Portals/_default/default.css?cdv=61" type="text/css" rel="stylesheet"/>
<link href="/Portals/0/Skins/HTSkin/skin.css?cdv=61" type="text/css" rel="stylesheet"/>
<link href="/DesktopModules/HTNews/module.css?cdv=61" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=61" type="text/javascript"></script>
<link id="favicon" rel="SHORTCUT ICON" href="/Portals/0/favicon.ico" type="image/x-icon" />
</head>
<body id="Body">
<form method="post" action="{action}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque('vs' + request.path, 180)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<div id="dnn_wrapper" class="khung_ngoai">
 <div class="dau_trang">
  <div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Phòng GD&amp;ĐT thành phố Sơn La" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo_pgd.png" alt="Phòng GD&amp;ĐT thành phố Sơn La" /></a></div>
  <div class="ten_dv"><div class="ten1">UBND THÀNH PHỐ SƠN LA</div><div class="ten2">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div></div>
  <div class="ngay_gio"><span id="dnn_dnnCURRENTDATE_lblDate" class="ngay">{HEADER_DATE}</span></div>
  <div class="timkiem"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" />
  <a id="dnn_dnnSEARCH_cmdSearch" class="search" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></span></div>
 </div>
 {_menu(tab)}
 {_marquee()}
 {_breadcrumb(tab)}
 <div class="than_trang">
  <div id="dnn_ContentPane" class="col_giua">
{content}
  </div>
  {_right_pane()}
 </div>
 <div class="chan_trang"><div id="dnn_FooterPane">
  <div class="DnnModule DnnModule-DNN_HTML DnnModule-430"><a name="430"></a><div class="Normal">
  <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SƠN LA</strong></p>
  <p>Địa chỉ: Số 8, đường Tô Hiệu, phường Tô Hiệu, thành phố Sơn La, tỉnh Sơn La</p>
  <p>Điện thoại: 0212.3852.416 - Email: pgd.tpsonla@sonla.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div></div>
  <div class="copyright"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="footer">Copyright 2026 by Phòng GD&amp;ĐT TP Sơn La</span>
  | <a id="dnn_dnnTERMS_hypTerms" class="footer" rel="nofollow" href="javascript:void(0)">Điều khoản sử dụng</a></div>
 </div></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`}}" />
</form>
</body>
</html>"""
    return html(doc)


def _container(mid: int, title: str, inner: str, module: str = "HTNews") -> str:
    return (
        f'<div class="DnnModule DnnModule-{module} DnnModule-{mid}"><a name="{mid}"></a>'
        f'<div class="ctn_tieude"><h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2></div>'
        f'<div id="dnn_ctr{mid}_ContentPane" class="ctn_noidung">'
        f'<div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{module}C">{inner}</div></div></div>'
    )


# --- article rendering -------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 500px; height: 333px;" />'
    if img.style == "table":
        rows = f'<tr><td style="text-align: center;">{tag}</td></tr>'
        if img.printed:
            rows += f'<tr><td style="text-align: center;"><em>{esc(img.printed)}</em></td></tr>'
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 510px;">'
            f"<tbody>{rows}</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><span style="font-size: 12px;"><em>{esc(img.printed)}</em></span></p>'
    return out


def _body_html(s: Story) -> str:
    mode = s.opts.get("mode", "p")
    out: list[str] = []
    rows: list[str] = []
    lines: list[str] = []
    bold_lead = bool(s.summary and not s.sapo_outside)

    def flush_rows() -> None:
        if rows:
            trs = []
            for i, row in enumerate(rows):
                tag = "td"
                cells = "".join(
                    f'<{tag} style="border: 1px solid #999;">{"<strong>" if i == 0 else ""}{esc(c)}'
                    f'{"</strong>" if i == 0 else ""}</{tag}>'
                    for c in row.split(" | ")
                )
                trs.append(f"<tr>{cells}</tr>")
            out.append('<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                       f'<tbody>{"".join(trs)}</tbody></table>')
            rows.clear()

    def flush_lines() -> None:
        if lines:
            out.append('<div style="text-align: justify;">' + "<br />\r\n&nbsp;<br />\r\n".join(lines) + "<br />\r\n</div>")
            lines.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "tr":
            flush_lines()
            rows.append(b.text)
            continue
        flush_rows()
        if isinstance(b, P):
            t = esc(b.text)
            if bold_lead and b.text == s.summary:
                t, bold_lead = f"<strong>{t}</strong>", False
            if mode == "br":
                lines.append(t)
            elif mode == "div":
                out.append(f'<div style="text-align: justify;">{t}</div>')
            else:
                out.append(f'<p style="text-align: justify;">{t}</p>')
        elif isinstance(b, Img):
            flush_lines()
            out.append(_img_html(b))
        else:
            flush_lines()
            out.append(b.html)
    flush_rows()
    flush_lines()
    if "byline" in s.opts:
        out.append(s.opts["byline"])
    return "\n".join(out)


def _article_module(s: Story, tab: int) -> str:
    cat = int(s.cat)
    cid = f"dnn_ctr{MID}_HTNewsView"
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="mota_ct"><b><span id="{cid}_lblMoTa">{esc(s.summary)}</span></b></div>'
    attach = ""
    if "attach" in s.opts:
        fname, ticket = s.opts["attach"]
        attach = (
            '<div class="dinhkem"><b>Tệp đính kèm:</b> '
            f'<img src="/DesktopModules/HTNews/images/pdf.gif" alt="" /> '
            f'<a href="/LinkClick.aspx?fileticket={ticket}%3d&amp;tabid={NEWS_TAB}&amp;mid={MID}" target="_blank">{esc(fname)}</a></div>'
        )
    others = [o for o in _cat_stories(cat) if (o.published_at or "") > (s.published_at or "")][-3:]
    other_items = []
    for o in others:
        href = post_path(o)
        if o.id == 389 and s.id == 377:
            href = post_path(o, slug=o.opts["old_slug"])
        d = o.opts["printed"].split(" ")[0]
        other_items.append(f'<li><a href="{esc(href)}">{esc(o.title)}</a> <span class="ngay_tk">({d})</span></li>')
    other_html = ""
    if other_items:
        other_html = '<div class="tinkhac"><div class="tde_tk">Các tin khác</div><ul>' + "".join(other_items) + "</ul></div>"
    inner = f"""
<div class="khung_tin">
 <div class="duongdan_tin"><a href="{TAB_PATHS[84]}">Tin tức</a> » <a href="{cat_path(cat)}">{esc(CATS[cat])}</a></div>
 <span id="{cid}_lblTieuDe" class="tde_ct">{esc(s.title)}</span>
 <div class="ttin_ct">
  <span id="{cid}_lblNgayDang" class="ngay_ct">Ngày đăng: {s.opts["printed"]}</span> |
  <span class="ndang">Người đăng: pgdsonla</span> |
  <span>Chuyên mục: <a href="{cat_path(cat)}">{esc(CATS[cat])}</a></span> |
  <span id="{cid}_lblLuotXem">Lượt xem: {s.views()}</span>
 </div>
 <div class="congcu">
  <a href="javascript:void(0)" onclick="window.open('{print_path(s)}','InTin','width=800,height=600,scrollbars=yes');return false;" title="In bài viết"><img src="/DesktopModules/HTNews/images/print.gif" alt="In" /></a>
  <a href="javascript:void(0)" onclick="window.open('mailto:?subject={esc(s.slug)}');return false;" title="Gửi email"><img src="/DesktopModules/HTNews/images/email.gif" alt="Email" /></a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={esc(post_path(s))}" target="_blank"><img src="/DesktopModules/HTNews/images/facebook.gif" alt="Chia sẻ" /></a>
  <a href="javascript:history.back()" class="quaylai">[Quay lại]</a>
 </div>
 {sapo}
 <div id="{cid}_pnlNoiDung" class="noidung_ct"><div class="Normal">
{_body_html(s)}
 </div></div>
 {attach}
 {other_html}
</div>"""
    container_title = "Tin tức - Sự kiện" if tab == NEWS_TAB else "Tin nổi bật"
    return _container(MID if tab == NEWS_TAB else 380, container_title, inner)


def article_page(request: Request, s: Story, tab: int) -> Response:
    tab_title = "Tin tức" if tab == NEWS_TAB else "Trang chủ"
    return page(request, tab, f"{tab_title} - {SITE}", _article_module(s, tab))


def print_page(s: Story) -> Response:
    sapo = f"<p><b>{esc(s.summary)}</b></p>" if s.summary and s.sapo_outside else ""
    doc = f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>In bài viết</title>
<link href="/DesktopModules/HTNews/print.css" rel="stylesheet" /></head>
<body onload="window.print()"><div class="in_tin">
<div class="in_dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SƠN LA</div>
<h3 class="in_tde">{esc(s.title)}</h3>
<div class="in_ngay">Ngày đăng: {s.opts["printed"]}</div>
{sapo}
<div class="Normal">{_body_html(s)}</div>
<div class="in_nguon">Địa chỉ bài viết: {esc(post_path(s))}</div>
</div></body></html>"""
    return html(doc)


# --- lists -------------------------------------------------------------------------------------


def _short(title: str, n: int = 55) -> str:
    if len(title) <= n:
        return title
    return title[:n].rsplit(" ", 1)[0] + "..."


def _teaser(s: Story) -> str:
    text = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return _short(text, 120)


def _thumb(s: Story) -> str:
    img = s.images[0].src if s.images else "/Portals/0/Images/TinTuc/noimage.jpg"
    return f'/DnnImageHandler.ashx?mode=thumbnail&amp;w=120&amp;h=80&amp;file={esc(img)}'


def _list_item(s: Story, href: str | None = None) -> str:
    href = href or post_path(s)
    return (
        '<div class="ds_tin_item">'
        f'<a href="{esc(href)}"><img class="anh_nho" src="{_thumb(s)}" alt="" /></a>'
        f'<a class="tde_ds" href="{esc(href)}" title="{esc(s.title)}">{esc(_short(s.title))}</a>'
        f' <span class="ngay_ds">({s.opts["list_date"]})</span>'
        f'<div class="mota_ds">{esc(_teaser(s))}</div></div>'
    )


def _pager(cat: int, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = [f'<a href="{cat_path(cat, 1)}" class="trang">Trang đầu</a>']
    if current > 1:
        prev = cat_path(cat) if current == 2 else cat_path(cat, current - 1)
        parts.append(f'<a href="{prev}" class="trang">«</a>')
    for n in range(1, pages + 1):
        if n == current:
            parts.append(f'<span class="trang_ht">{n}</span>')
        else:
            parts.append(f'<a href="{cat_path(cat) if n == 1 else cat_path(cat, n)}" class="trang">{n}</a>')
    if current < pages:
        parts.append(f'<a href="{cat_path(cat, current + 1)}" class="trang">»</a>')
    return '<div class="phantrang">' + " ".join(parts) + "</div>"


def list_page(request: Request, cat: int, pg: int) -> Response | None:
    items = _cat_stories(cat)
    pages = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    if not 1 <= pg <= pages:
        return None
    chunk = items[(pg - 1) * PAGE_SIZE : pg * PAGE_SIZE]
    inner = (
        f'<div class="duongdan_tin"><a href="{TAB_PATHS[84]}">Tin tức</a> » {esc(CATS[cat])}</div>'
        + "".join(_list_item(s) for s in chunk)
        + _pager(cat, pg, pages)
    )
    return page(request, NEWS_TAB, f"Tin tức - {SITE}", _container(416, CATS[cat], inner))


def news_tab(request: Request) -> Response:
    blocks = []
    for cat, name in CATS.items():
        inner = "".join(_list_item(s) for s in _cat_stories(cat)[:PAGE_SIZE])
        inner += f'<div class="xemtiep"><a href="{cat_path(cat)}">Xem tiếp »</a></div>'
        blocks.append(_container(416 + cat, name, inner))
    return page(request, NEWS_TAB, f"Tin tức - {SITE}", "".join(blocks))


def home(request: Request) -> Response:
    featured = [BY_ID[i] for i in (412, 405, 398)]
    feat = "".join(_list_item(s, post_path(s, HOME_TAB)) for s in featured)
    latest = "".join(
        f'<li><a href="{esc(post_path(s))}">{esc(s.title)}</a> <span class="ngay_ds">({s.opts["list_date"]})</span></li>'
        for s in _latest(6)
    )
    content = (
        _container(380, "Tin nổi bật", feat)
        + _container(381, "Tin mới nhất", f'<ul class="ds_tinmoi">{latest}</ul>', "HTNewsList")
        + _container(382, "Thông báo", "".join(
            f'<p><a href="{esc(post_path(s))}">{esc(_short(s.title, 60))}</a></p>' for s in _cat_stories(13)[:2]
        ), "HTNewsList")
    )
    return page(request, HOME_TAB, f"Trang chủ - {SITE}", content)


# --- static pages --------------------------------------------------------------------------------


def _html_module(mid: int, title: str, body: str) -> str:
    return _container(mid, title, f'<div class="Normal">{body}</div>', "DNN_HTML")


def intro(request: Request) -> Response:
    body = (
        "<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND thành phố Sơn La, tham mưu, "
        "giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<p>Phòng quản lý 14 trường mầm non, 16 trường tiểu học và 12 trường THCS công lập.</p>"
    )
    return page(request, 53, f"Giới thiệu - {SITE}", _html_module(500, "Chức năng nhiệm vụ", body))


def structure(request: Request) -> Response:
    body = (
        '<table border="1" cellpadding="4" style="width:100%"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Nguyễn Thị Hằng</td><td>Trưởng phòng</td><td>0212.3852.416</td></tr>"
        "<tr><td>Lò Văn Thắng</td><td>Phó Trưởng phòng</td><td>0212.3852.417</td></tr>"
        "<tr><td>Hoàng Văn Dũng</td><td>Chuyên viên</td><td>0212.3852.418</td></tr>"
        "</tbody></table>"
    )
    return page(request, 54, f"Cơ cấu tổ chức - {SITE}", _html_module(501, "Cơ cấu tổ chức", body))


def contact(request: Request) -> Response:
    body = (
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ SƠN LA</strong></p>"
        "<p>Địa chỉ: Số 8, đường Tô Hiệu, thành phố Sơn La</p><p>Điện thoại: 0212.3852.416</p>"
        '<p>Họ tên: <input name="dnn$ctr502$LienHe$txtHoTen" type="text" /></p>'
        '<p>Nội dung: <textarea name="dnn$ctr502$LienHe$txtNoiDung"></textarea></p>'
        "<p><a href=\"javascript:__doPostBack('dnn$ctr502$LienHe$btnGui','')\">Gửi liên hệ</a></p>"
    )
    return page(request, 95, f"Liên hệ - {SITE}", _html_module(502, "Liên hệ", body))


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td><a href="/van-ban/tabid/90/DocID/{i}/Default.aspx">{esc(sub)}</a></td><td>{d}</td></tr>'
        for i, (no, sub, d) in DOCS.items()
    )
    inner = ('<table class="ds_vb"><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>'
             f"{rows}</table>")
    return page(request, 90, f"Văn bản - {SITE}", _container(503, "Văn bản chỉ đạo điều hành", inner, "HTVanBan"))


def doc_entry(request: Request, i: int) -> Response | None:
    if i not in DOCS:
        return None
    no, sub, d = DOCS[i]
    inner = (
        f'<table class="ct_vb"><tr><td>Số/Ký hiệu:</td><td>{esc(no)}</td></tr>'
        f"<tr><td>Trích yếu:</td><td>{esc(sub)}</td></tr><tr><td>Ngày ban hành:</td><td>{d}</td></tr>"
        "<tr><td>Người ký:</td><td>Nguyễn Thị Hằng</td></tr>"
        f'<tr><td>Tệp đính kèm:</td><td><a href="/LinkClick.aspx?fileticket=dmJfMD{i}%3d&amp;tabid=90&amp;mid=503">Tải về</a></td></tr></table>'
    )
    return page(request, 90, f"Văn bản - {SITE}", _container(503, "Văn bản chỉ đạo điều hành", inner, "HTVanBan"))


def album_list(request: Request) -> Response:
    inner = ('<div class="album"><a href="/thu-vien-anh/tabid/97/AlbumID/3/Default.aspx">'
             '<img src="/Portals/0/Gallery/3/thumb_01.jpg" alt="" /><br />Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></div>')
    return page(request, 97, f"Thư viện ảnh - {SITE}", _container(504, "Thư viện ảnh", inner, "HTGallery"))


def album(request: Request) -> Response:
    imgs = "".join(f'<a href="/Portals/0/Gallery/3/anh_{n:02d}.jpg"><img src="/Portals/0/Gallery/3/thumb_{n:02d}.jpg" alt="" /></a>' for n in range(1, 7))
    inner = f'<div class="tde_album">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</div><div class="ds_anh">{imgs}</div>'
    return page(request, 97, f"Thư viện ảnh - {SITE}", _container(504, "Thư viện ảnh", inner, "HTGallery"))


# --- routing -------------------------------------------------------------------------------------

_POST = re.compile(r"^/(tin-tuc|trang-chu)/tabid/(\d+)/ArticleID/(\d+)/[\w-]+\.aspx$", re.I)
_LIST = re.compile(r"^/tin-tuc/tabid/84/CatID/(\d+)(?:/Page/(\d+))?/Default\.aspx$", re.I)
_DOC = re.compile(r"^/van-ban/tabid/90/DocID/(\d+)/Default\.aspx$", re.I)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/Portals/", "/DesktopModules/HTNews/images/", "/Resources/")) or path.endswith(".css"):
            return static_file(path)
        if path == "/DnnImageHandler.ashx":
            return static_file(".jpg")
        if path == "/LinkClick.aspx":
            if "fileticket" not in request.params:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": 'attachment; filename="tailieu.pdf"'})
        if path == "/DesktopModules/HTNews/InTin.aspx":
            s = BY_ID.get(int(request.params.get("ArticleID", "0") or 0)) if request.params.get("ArticleID", "").isdigit() else None
            return print_page(s) if s else None
        if path in ("/", TAB_PATHS[36]):
            return home(request)
        if path.lower() == "/default.aspx":
            q = {k.lower(): v[0] for k, v in parse_qs(request.query).items()}
            if not q:
                return home(request)
            if q.get("tabid") == str(NEWS_TAB) and q.get("articleid", "").isdigit():
                s = BY_ID.get(int(q["articleid"]))
                return article_page(request, s, NEWS_TAB) if s else None
            return None
        m = _POST.match(path)
        if m:
            prefix, tab, aid = m.group(1).lower(), int(m.group(2)), int(m.group(3))
            if (prefix, tab) not in (("tin-tuc", NEWS_TAB), ("trang-chu", HOME_TAB)):
                return None
            s = BY_ID.get(aid)
            return article_page(request, s, tab) if s else None
        m = _LIST.match(path)
        if m:
            cat = int(m.group(1))
            if cat not in CATS:
                return None
            return list_page(request, cat, int(m.group(2) or 1))
        m = _DOC.match(path)
        if m:
            return doc_entry(request, int(m.group(1)))
        pages = {
            TAB_PATHS[53]: intro,
            TAB_PATHS[54]: structure,
            TAB_PATHS[84]: news_tab,
            TAB_PATHS[90]: docs_list,
            TAB_PATHS[95]: contact,
            TAB_PATHS[97]: album_list,
            "/thu-vien-anh/tabid/97/AlbumID/3/Default.aspx": album,
        }
        handler = pages.get(path)
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = []
    if s.opts.get("home"):
        alts.append(post_path(s, HOME_TAB))
    alts.append(docnet_path(s))
    if "old_slug" in s.opts:
        alts.append(post_path(s, slug=s.opts["old_slug"]))
    alts.append(print_path(s))
    return alts


GOLD = [gold_record(s, post_path(s), CATS[int(s.cat)], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    TAB_PATHS[53],
    TAB_PATHS[54],
    TAB_PATHS[95],
    "/van-ban/tabid/90/DocID/7/Default.aspx",
    "/van-ban/tabid/90/DocID/8/Default.aspx",
    "/thu-vien-anh/tabid/97/AlbumID/3/Default.aspx",
]
