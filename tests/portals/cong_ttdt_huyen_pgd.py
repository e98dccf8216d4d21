"""Phòng GD&ĐT huyện Châu Thành (Tiền Giang) as a sub-portal of the district's e-government portal
("Cổng thông tin điện tử huyện Châu Thành"), on a vendor ASP.NET WebForms portal product.

Platform
--------
The district portal is one ASP.NET WebForms application; every office (Phòng GD&ĐT, Phòng Tư pháp,
Phòng TN&MT …) is a sub-site under its own folder (``/pgd/``) sharing the district's master page:
the district banner (an ``<h1>`` "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH"), the top menu linking the
other offices, the header clock "Thứ Bảy, ngày 05/12/2026", the sub-site's own menu, a left column
("Lịch công tác", "Văn bản mới", poll, links, visitor counter) and the district's footer. Every page
is one ``<form id="aspnetForm" method="post">`` with a ``__VIEWSTATE``. The vendor product prints
the *same* ``<title>`` on every page of the sub-site ("Phòng GD&ĐT - Cổng TTĐT huyện Châu Thành").

URL scheme
----------
- ``/pgd/`` sub-site home (START_PATH); ``/`` the district home (a stub with the offices' links).
- ``/pgd/tin-tuc/<slug>-<n>.aspx`` friendly article URL (the listings link it; the vendor routes
  on the number only) and ``/pgd/Pages/tin-tuc.aspx?ItemID=<n>`` the same article (home boxes,
  "Tin đọc nhiều", "Các tin khác" link this form); ``…?ItemID=<n>&Print=1`` the print view.
- ``/pgd/(S(<24 chars>))/Pages/tin-tuc.aspx?ItemID=<n>``: cookieless-session URLs printed by the
  old "Thông báo" marquee control of the home page; they serve the article too.
- ``/pgd/Pages/chuyen-muc.aspx?CatID=<k>&Page=<n>``: listings, 6 per page, pager "Trang 1/2".
  CatID=1 "Tin tức - Sự kiện" is the parent of 2 "Tin giáo dục", 3 "Hoạt động các trường",
  5 "Gương điển hình" and lists all their articles; 4 "Thông báo" stands alone.
- ``/pgd/Pages/van-ban.aspx?ItemID=<n>`` document entries ("Văn bản mới"),
  ``/pgd/Pages/lich-cong-tac.aspx`` week schedule, ``/pgd/Pages/thu-vien-anh.aspx?AlbumID=<n>``
  photo album, ``/pgd/Pages/gioi-thieu.aspx``, ``/pgd/Pages/lien-he.aspx``,
  ``/pgd/Pages/binh-chon.aspx?PollID=3`` poll results (GET "Xem kết quả"; the vote is a POST).
- Uploads ``/pgd/Upload/Images/2026/<mm>/<file>.jpg``; layout under ``/pgd/Styles/``.
- No robots.txt, no sitemap, no RSS (the product has none).

Templates
---------
- News (categories 2, 3, 5): ``div.news-detail`` > ``div.breadcrumb`` > ``span#…_lblTitle.title-detail``
  > ``div.date-detail`` > ``div.tool-detail`` (cỡ chữ, In trang, Gửi email, Lượt xem) >
  ``div.sapo-detail`` (bold lead, or *empty*) > ``div#…_divContent.ArticleContent`` (TinyMCE/Word
  HTML with bylines, photos, "Xem thêm" links) > ``div.news-source`` ("Nguồn tin:", mostly empty) >
  "Các tin khác" box.
- Notice (category 4): ``div.thongbao-chitiet`` > ``h2.tb-title`` > a field table ("Ngày đăng",
  "Người đăng", "Lượt xem") > ``div.tb-noidung`` > "Tập tin đính kèm" > "Các thông báo khác".
- Print view: title, date line, sapo, content, nothing else.

How each gold article is reached
--------------------------------
- Home ``/pgd/``: "Tin mới" (4 newest of CatID=1, ItemID links), "Tin đọc nhiều" (4, ItemID),
  "Thông báo" marquee (3, cookieless-session links), menu "Tin tức - Sự kiện" (CatID=1) and
  "Thông báo" (CatID=4).
- CatID=1 page 1 (6 newest) and page 2 (4 older: Hội khỏe Phù Đổng, Trần Gia Bảo, Chủ nhật xanh,
  STEM): friendly URLs, relative hrefs ("../tin-tuc/…").
- The STEM guidance (ItemID 1477) is only on CatID=1 page 2: the "Các tin khác" box lists the 4
  newest of the category (the page's own article left out), and the leaf listings (CatID=2/3/5)
  are linked only from the menu's JavaScript array (no ``href``).
- Notices: CatID=4 page 1 and the marquee.

Traps
-----
1. Title: ``<title>`` is the same generic text on every page and the page's only ``<h1>`` is the
   district banner; no og:title. Gold = the ``span.title-detail`` / ``h2.tb-title`` headline,
   capitals kept ("THÔNG BÁO Lịch thi …"). A reader reads the headline above the date.
2. Dates in five printed forms: "Thứ Sáu, 04/12/2026 - 16:30"; the vi-VN .NET clock
   "03/12/2026 3:45:12 CH" (CH = chiều, p.m.; SA = sáng, a.m.) -> 15:45:12; "Cập nhật lúc 14:05
   ngày 02/12/2026" (time before the day); "Ngày đăng: 27/11/2026 07:15 | Cập nhật: 30/11/2026
   16:40" (two dates: gold the first, the publication); "Ngày 20 tháng 11 năm 2026", "Ngày
   01/12/2026", "26/11/2026" and "Thứ Ba, 10/11/2026" (no time -> day only). The header clock (05/12/2026) is on every page, "Lịch công
   tác" prints many dates, and texts cite other days: none of them is a publication date.
3. Bylines: the notice template's "Người đăng: pgd_chauthanh" / "Quản trị" is a CMS login ->
   nobody; "ThS. Lê Minh Tâm - Phó Trưởng phòng GD&ĐT" -> "Lê Minh Tâm" (degree and post dropped);
   "Nguyễn Thị Thu Hà - GV Trường TH Long Định" -> her name; "Tin: Hồng Nhung, Minh Trí" -> two
   authors; "Bài: Lê Hoàng Phúc - Ảnh: Trường TH Bình Trưng" -> author a person, photographer the
   school (a unit credited as printed); "Tin, ảnh: Trường THCS Tân Hương" -> the school both;
   "Tổ Văn phòng" signing a notice -> author; "BBT" -> nobody; a caption ending "(Ảnh: Minh
   Trí)" credits Minh Trí as photographer; "Thanh Tâm" right-aligned above "Theo Báo Ấp Bắc" is the
   author.
4. Source: every news page prints ``<div class="news-source">Nguồn tin: </div>``, empty for the
   office's own news -> null; "Theo Báo Ấp Bắc" -> "Báo Ấp Bắc"; "Nguồn: Sở GD&ĐT Tiền Giang" ->
   "Sở GD&ĐT Tiền Giang".
5. Sapo: ``div.sapo-detail`` is printed on every news page, *empty* (``<strong></strong>``) where
   the editor wrote none -> null; where filled it is the summary and the first body paragraph.
   The notices have no sapo element: their first paragraph ("Căn cứ …") is body, summary null.
   The listings print a cut first paragraph ending "..." under each title: not a sapo.
6. Body boundaries: editor-pasted "Xem thêm:" link lists inside the content, the "Tập tin đính
   kèm" block, bylines, source lines, the "Các tin khác" box, the tool bar and the empty ``&nbsp;``
   spacer paragraphs are not body; a Word paste of lines joined by ``<br />`` gives one paragraph per
   line; result tables give one paragraph per row (cells joined by " | ", the header row too).
7. Captions in four markups: the vendor's image table (``td.image-desc``), a centred ``<em>``
   line, a centred ``<div>`` without italics, and none. An image whose long ``alt``/``title`` is
   not printed has caption null; the paragraph after an uncaptioned photo is body text.
8. Category: the breadcrumb "Trang chủ » Tin tức - Sự kiện » Hoạt động các trường" (the parent
   linked, the leaf plain text) -> the leaf; the "TIN TỨC - SỰ KIỆN" box title and the parent
   listing are not the category.
9. Reaching: the leaf categories exist only in a JavaScript menu array; the pager's hrefs are
   relative ("chuyen-muc.aspx?CatID=1&amp;Page=2"), the listing's item links relative to
   ``/pgd/Pages/`` ("../tin-tuc/…"); one article is only on page 2.
10. Duplicates: each article answers at its friendly URL (gold path), at ``?ItemID=`` (linked
    from home, most-read and related boxes), at the print view, and the three notices at cookieless
    session URLs; all are in alt_paths. No ``rel=canonical`` is printed.
11. Non-articles that look like articles: a "Văn bản mới" entry (số ký hiệu, ngày ban hành, trích
    yếu, PDF), the week's "Lịch công tác" (dated rows), a photo album with a date, the
    "Giới thiệu" page (long text, no date), "Liên hệ", the CatID=4 listing.

Gold decisions
--------------
- published_at: the publication time as printed, +07:00; the day alone where no time is printed.
- summary: only the filled ``div.sapo-detail``.
- images: photos inside the content in order, captions as printed (the "(Ảnh: …)" tail kept,
  since the caption is the line as displayed); logos, the banner, icons and album thumbnails are
  layout.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "cong_ttdt_huyen_pgd"
PLATFORM = "Vendor ASP.NET WebForms e-government portal (district portal, office sub-site /pgd/)"
START_PATH = "/pgd/"
TODAY = "Thứ Bảy, ngày 05/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "2": "Tin giáo dục",
    "3": "Hoạt động các trường",
    "4": "Thông báo",
    "5": "Gương điển hình",
}
PARENT = {"1": "Tin tức - Sự kiện"}
NEWS_CATS = ("2", "3", "5")
SESSION = "(S(x3fj2kqpl0ahr55m1vz4ud45))"
SITE_TITLE = "Phòng GD&ĐT - Cổng TTĐT huyện Châu Thành"


def up(month: str, name: str) -> str:
    return f"/pgd/Upload/Images/2026/{month}/{name}"


# --- the articles, newest first ---------------------------------------------------------------
#
# P styles: "" justified paragraph, "h" bold sub-heading, "li" bullet, "quote", "tr" table row
# (cells by " | "), "br" Word lines joined by <br /> (consecutive "br" share one <p>).
# Img styles: "table" (td.image-desc), "em" (centred italic line), "center" (centred div), "none".
# opts: date (the printed date line), views, login (notice "Người đăng"), attach, session.

STORIES: list[Story] = [
    Story(
        1519,
        "chau-thanh-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        "Châu Thành tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027",
        "2",
        "2026-12-04T16:30:00+07:00",
        [
            P(
                "Hội thi diễn ra tại Trường Tiểu học Bình Trưng, thu hút 46 giáo viên đến từ 23 "
                "trường tiểu học trên địa bàn huyện tham gia ở hai phần thi: trình bày biện pháp "
                "giáo dục học sinh và xử lý tình huống sư phạm."
            ),
            Img(
                up("12", "gvcn-gioi-01.jpg"),
                "Ban Tổ chức tặng hoa chúc mừng các giáo viên tham gia hội thi",
                "Ban Tổ chức tặng hoa chúc mừng các giáo viên tham gia hội thi",
                "table",
            ),
            P(
                "Phát biểu khai mạc, bà Võ Thị Ngọc Hân, Phó Trưởng phòng GD&ĐT huyện nhấn mạnh: "
                "giáo viên chủ nhiệm là người gần gũi học sinh nhất, là cầu nối giữa nhà trường, "
                "gia đình và xã hội; hội thi là dịp để thầy cô chia sẻ những cách làm hay trong công "
                "tác chủ nhiệm."
            ),
            P(
                "Nhiều biện pháp được Ban Giám khảo đánh giá cao như “Xây dựng tập thể lớp tự quản "
                "qua nhóm Zalo phụ huynh”, “Giáo dục kỹ năng sống qua tiết sinh hoạt lớp theo chủ "
                "đề”, “Giúp học sinh có hoàn cảnh khó khăn đến trường đều đặn”."
            ),
            Img(
                up("12", "gvcn-gioi-02.jpg"),
                "Cô Lê Thị Mỹ Duyên, Trường TH Long An xử lý tình huống sư phạm",
                "Cô Lê Thị Mỹ Duyên, Trường TH Long An xử lý tình huống sư phạm",
                "table",
            ),
            P(
                "Kết quả, Ban Tổ chức công nhận 38 giáo viên đạt danh hiệu Giáo viên chủ nhiệm lớp "
                "giỏi cấp huyện, trong đó 6 giáo viên được chọn tham dự hội thi cấp tỉnh vào tháng "
                "3/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thị Bích Ngọc</strong></p>'),
            Raw(
                '<p><strong>Xem thêm:</strong></p><ul><li><a href="/pgd/Pages/tin-tuc.aspx?ItemID=1507">'
                "Tập huấn chuyển đổi số trong quản lý, dạy học cho cán bộ quản lý các trường</a></li></ul>"
            ),
        ],
        authors=["Phạm Thị Bích Ngọc"],
        photographers=["Phạm Thị Bích Ngọc"],
        summary=(
            "Từ ngày 01 đến 04/12/2026, Phòng GD&ĐT huyện Châu Thành tổ chức Hội thi Giáo viên "
            "chủ nhiệm lớp giỏi cấp tiểu học năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"date": "Thứ Sáu, 04/12/2026 - 16:30", "views": 214},
    ),
    Story(
        1516,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen",
        "THÔNG BÁO Lịch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "4",
        "2026-12-03T15:45:12+07:00",
        [
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 10/11/2026 của Phòng GD&ĐT huyện Châu Thành "
                "về tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027, Phòng "
                "GD&ĐT thông báo lịch thi như sau:"
            ),
            P("Ngày | Buổi | Môn thi | Thời gian làm bài", "tr"),
            P("15/12/2026 | Sáng | Ngữ văn, Lịch sử và Địa lí | 150 phút", "tr"),
            P("15/12/2026 | Chiều | Tiếng Anh, Tin học | 150 phút", "tr"),
            P("16/12/2026 | Sáng | Toán, Khoa học tự nhiên | 150 phút", "tr"),
            P(
                "Địa điểm thi: Trường THCS Tân Hiệp. Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút "
                "để làm thủ tục dự thi, mang theo thẻ học sinh hoặc căn cước."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường THCS thông báo đến giáo viên bồi dưỡng và học sinh "
                "dự thi biết để thực hiện."
            ),
        ],
        opts={
            "date": "03/12/2026 3:45:12 CH",
            "views": 531,
            "login": "pgd_chauthanh",
            "attach": "215-KH-PGDDT-lich-thi-HSG9.pdf",
            "session": True,
        },
    ),
    Story(
        1513,
        "truong-thcs-tan-huong-to-chuc-ngay-hoi-em-yeu-khoa-hoc",
        "Trường THCS Tân Hương tổ chức Ngày hội “Em yêu khoa học”",
        "3",
        "2026-12-02T14:05:00+07:00",
        [
            P(
                "Sáng ngày 01/12/2026, Trường THCS Tân Hương tổ chức Ngày hội “Em yêu khoa học” năm "
                "học 2026-2027 với sự tham gia của hơn 700 học sinh khối 6 đến khối 9."
            ),
            P(
                "Ngày hội gồm các gian trưng bày sản phẩm STEM của 20 lớp, phần thi “Rung chuông "
                "vàng” kiến thức khoa học tự nhiên và các thí nghiệm vui do học sinh tự thiết kế."
            ),
            Img(
                up("12", "ngay-hoi-khoa-hoc-1.jpg"),
                "Gian trưng bày sản phẩm STEM của lớp 8A2",
                "Gian trưng bày sản phẩm STEM của lớp 8A2",
                "center",
            ),
            P(
                "Nhiều sản phẩm được làm từ vật liệu tái chế như mô hình hệ thống tưới cây tự động, "
                "máy lọc nước mini, đèn học năng lượng mặt trời, xe chạy bằng sức gió."
            ),
            Img(up("12", "ngay-hoi-khoa-hoc-2.jpg"), None, None, "none"),
            P(
                "Kết thúc ngày hội, nhà trường trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các "
                "sản phẩm xuất sắc; các sản phẩm tiêu biểu sẽ được chọn dự Cuộc thi Khoa học kỹ "
                "thuật cấp huyện."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Trường THCS Tân Hương</em></p>'),
        ],
        authors=["Trường THCS Tân Hương"],
        photographers=["Trường THCS Tân Hương"],
        opts={"date": "Cập nhật lúc 14:05 ngày 02/12/2026", "views": 388},
    ),
    Story(
        1511,
        "co-giao-nguyen-thi-kim-thoa-hon-20-nam-gan-bo-voi-hoc-sinh-vung-ven",
        "Cô giáo Nguyễn Thị Kim Thoa – hơn 20 năm gắn bó với học sinh vùng ven",
        "5",
        "2026-12-01",
        [
            P(
                "Hơn 20 năm đứng lớp tại Trường Tiểu học Bình Trưng, cô Nguyễn Thị Kim Thoa luôn được "
                "đồng nghiệp và phụ huynh quý mến bởi sự tận tụy, yêu thương học trò."
            ),
            P("Người “giữ lửa” ở điểm lẻ", "h"),
            P(
                "Năm 2004, cô Thoa nhận công tác tại điểm lẻ ấp Bình Thạnh, nơi học sinh phải qua "
                "đò, đi bộ gần 3 cây số để đến lớp. Mùa nước nổi, cô cùng đồng nghiệp chèo xuồng "
                "đón học trò, không để em nào phải nghỉ học."
            ),
            Img(
                up("12", "co-kim-thoa.jpg"),
                "Cô Kim Thoa hướng dẫn học sinh lớp 2 luyện viết",
                "Cô Kim Thoa hướng dẫn học sinh lớp 2 luyện viết",
                "em",
            ),
            P(
                "“Các em ở đây thiệt thòi nhiều, mình thương các em thì các em mới thương trường, "
                "thương lớp”, cô Thoa chia sẻ.",
                "quote",
            ),
            P("Đổi mới để học sinh yêu thích môn học", "h"),
            P(
                "Không ngừng học hỏi, cô tự học sử dụng bài giảng điện tử, thiết kế trò chơi học "
                "tập cho từng tiết dạy. Nhiều năm liền lớp cô chủ nhiệm có 100% học sinh hoàn thành "
                "chương trình lớp học, không có học sinh bỏ học."
            ),
            P(
                "Với những đóng góp đó, cô Thoa được UBND tỉnh tặng Bằng khen năm 2025 và được công "
                "nhận Chiến sĩ thi đua cơ sở nhiều năm liền."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Hoàng Phúc - Ảnh: Trường TH Bình '
                "Trưng</strong></p>"
            ),
        ],
        authors=["Lê Hoàng Phúc"],
        photographers=["Trường TH Bình Trưng"],
        opts={"date": "Ngày 01/12/2026", "views": 902},
    ),
    Story(
        1507,
        "tap-huan-chuyen-doi-so-trong-quan-ly-day-hoc-cho-can-bo-quan-ly",
        "Tập huấn chuyển đổi số trong quản lý, dạy học cho cán bộ quản lý các trường",
        "2",
        "2026-11-27T07:15:00+07:00",
        [
            P(
                "Nhằm nâng cao năng lực ứng dụng công nghệ thông tin, thực hiện Đề án chuyển đổi số "
                "của ngành, Phòng GD&ĐT huyện Châu Thành phối hợp với VNPT Tiền Giang tổ chức lớp tập "
                "huấn cho 112 cán bộ quản lý các trường mầm non, tiểu học và THCS."
            ),
            P("Học viên được hướng dẫn các nội dung:"),
            P("Sử dụng hồ sơ điện tử, học bạ số và ký số văn bản trên hệ thống quản lý nhà trường.", "li"),
            P("Khai thác cơ sở dữ liệu ngành, báo cáo thống kê trực tuyến.", "li"),
            P("Bảo đảm an toàn thông tin, phòng chống lừa đảo trên không gian mạng.", "li"),
            P(
                "Qua lớp tập huấn, các trường xây dựng kế hoạch triển khai học bạ số đối với học sinh "
                "lớp 1, lớp 2 và lớp 6 ngay từ học kỳ I năm học 2026-2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Lê Minh Tâm - Phó Trưởng phòng '
                "GD&amp;ĐT</strong></p>"
            ),
        ],
        authors=["Lê Minh Tâm"],
        opts={"date": "Ngày đăng: 27/11/2026 07:15 | Cập nhật: 30/11/2026 16:40", "views": 467},
    ),
    Story(
        1503,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo về việc tuyển dụng viên chức giáo dục năm 2026",
        "4",
        "2026-11-26",
        [
            P(
                "Thực hiện Kế hoạch số 318/KH-UBND ngày 18/11/2026 của UBND huyện Châu Thành, Phòng "
                "GD&ĐT thông báo tuyển dụng 47 chỉ tiêu viên chức giáo dục năm 2026, cụ thể:"
            ),
            P("- Giáo viên mầm non hạng III: 18 chỉ tiêu;", "br"),
            P("- Giáo viên tiểu học hạng III: 21 chỉ tiêu;", "br"),
            P("- Giáo viên THCS hạng III: 8 chỉ tiêu (Tin học, Tiếng Anh, Âm nhạc, Mĩ thuật).", "br"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành "
                "chính) tại Tổ Văn phòng Phòng GD&ĐT huyện, số 12 đường 30/4, thị trấn Tân Hiệp."
            ),
            P("Chi tiết xem tại tập tin đính kèm."),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"date": "26/11/2026", "views": 1384, "login": "Quản trị", "attach": "TB-tuyen-dung-VC-2026.pdf", "session": True},
    ),
    Story(
        1498,
        "truong-mam-non-binh-duc-to-chuc-hoi-thi-be-kheo-tay",
        "Trường Mầm non Bình Đức tổ chức hội thi “Bé khéo tay”",
        "3",
        "2026-11-25T09:20:05+07:00",
        [
            P(
                "Nhằm giúp trẻ phát triển kỹ năng vận động tinh, óc sáng tạo và tính kiên trì, "
                "Trường Mầm non Bình Đức tổ chức hội thi “Bé khéo tay” cho 180 trẻ mẫu giáo."
            ),
            Img(
                up("11", "be-kheo-tay-1.jpg"),
                "Các bé lớp Lá 1 trổ tài cắm hoa tặng cô (Ảnh: Minh Trí)",
                "Các bé lớp Lá 1 trổ tài cắm hoa tặng cô (Ảnh: Minh Trí)",
                "em",
            ),
            P(
                "Các bé thi xâu hạt, nặn đất, xé dán tranh và làm đồ chơi từ lá dừa. Dưới sự hướng "
                "dẫn của cô giáo, nhiều sản phẩm ngộ nghĩnh như chú cá lá dừa, bức tranh ngôi nhà "
                "của bé đã ra đời."
            ),
            P(
                "Hội thi đã tạo không khí vui tươi, giúp phụ huynh hiểu thêm về hoạt động giáo dục "
                "của nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hồng Nhung, Minh Trí</strong></p>'),
        ],
        authors=["Hồng Nhung", "Minh Trí"],
        photographers=["Minh Trí"],
        opts={"date": "25/11/2026 9:20:05 SA", "views": 655},
    ),
    Story(
        1494,
        "hoi-nghi-giao-ban-hieu-truong-thang-11-2026",
        "Hội nghị giao ban hiệu trưởng tháng 11/2026",
        "2",
        "2026-11-23T10:45:00+07:00",
        [
            P(
                "Sáng 23/11/2026, Phòng GD&ĐT huyện Châu Thành tổ chức hội nghị giao ban hiệu trưởng "
                "các trường mầm non, tiểu học, THCS để đánh giá kết quả thực hiện nhiệm vụ tháng 11 "
                "và triển khai nhiệm vụ trọng tâm tháng 12/2026."
            ),
            P(
                "Trong tháng 11, các trường đã tổ chức sôi nổi các hoạt động chào mừng Ngày Nhà giáo "
                "Việt Nam 20/11; 100% trường hoàn thành kiểm tra nội bộ theo kế hoạch; tỷ lệ huy động "
                "trẻ ra lớp mẫu giáo đạt 98,6%."
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc cập nhật dữ liệu "
                "ngành ở một số đơn vị còn chậm; công tác phòng chống đuối nước chưa được quan tâm "
                "đúng mức ở vài điểm lẻ."
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h"),
            P(
                "Tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng thực chất; hoàn thành nhập điểm, "
                "đánh giá trên hệ thống trước ngày 10/01/2027."
            ),
            P(
                "Chuẩn bị tốt các điều kiện tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện vào "
                "các ngày 15 và 16/12/2026."
            ),
            P(
                "Tăng cường công tác bảo đảm an ninh trật tự, an toàn giao thông cho học sinh dịp "
                "Tết Dương lịch."
            ),
            P(
                "Phát biểu kết luận, ông Trần Văn Hậu, Trưởng phòng GD&ĐT yêu cầu hiệu trưởng các "
                "trường bám sát kế hoạch, chủ động báo cáo khó khăn để Phòng kịp thời hỗ trợ."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"date": "Thứ Hai, 23/11/2026 - 10:45", "views": 1120},
    ),
    Story(
        1490,
        "hon-1200-hoc-sinh-tham-gia-hoi-khoe-phu-dong-cap-huyen",
        "Hơn 1.200 học sinh tham gia Hội khỏe Phù Đổng cấp huyện lần thứ XI",
        "2",
        "2026-11-20",
        [
            P(
                "Hội khỏe Phù Đổng huyện Châu Thành lần thứ XI năm 2026 đã khai mạc tại Trung tâm "
                "Văn hóa - Thể thao huyện với sự tham gia của hơn 1.200 vận động viên là học sinh "
                "tiểu học và THCS."
            ),
            P(
                "Các vận động viên tranh tài ở 8 môn: điền kinh, bơi lội, cờ vua, bóng đá, bóng "
                "chuyền, cầu lông, bóng bàn và đá cầu. Đây là dịp để phát hiện, tuyển chọn vận "
                "động viên năng khiếu tham dự Hội khỏe Phù Đổng tỉnh Tiền Giang năm 2027."
            ),
            Img(
                up("11", "hkpd-khai-mac.jpg"),
                "Màn đồng diễn thể dục của học sinh Trường THCS Tân Hiệp",
                "Màn đồng diễn thể dục của học sinh Trường THCS Tân Hiệp",
                "table",
            ),
            Img(up("11", "hkpd-dien-kinh.jpg"), None, None, "alt"),
            P(
                "Hội khỏe Phù Đổng kéo dài đến ngày 06/12/2026; lễ bế mạc và trao giải dự kiến tổ "
                "chức vào chiều 06/12."
            ),
            Raw('<p style="text-align: right;"><strong>Thanh Tâm</strong></p>'),
            Raw('<p style="text-align: right;"><em>Theo Báo Ấp Bắc</em></p>'),
        ],
        authors=["Thanh Tâm"],
        source="Báo Ấp Bắc",
        opts={"date": "Ngày 20 tháng 11 năm 2026", "views": 1533},
    ),
    Story(
        1486,
        "em-tran-gia-bao-hoc-sinh-ngheo-vuot-kho-dat-giai-nhat-hsg-cap-tinh",
        "Em Trần Gia Bảo – học sinh nghèo vượt khó, đạt giải Nhất học sinh giỏi cấp tỉnh",
        "5",
        "2026-11-17T15:00:00+07:00",
        [
            P(
                "Nhà ở ấp Long Thạnh, xã Long Hưng, cha mất sớm, mẹ làm thuê, nhưng Trần Gia Bảo, học "
                "sinh lớp 9/1 Trường THCS Long Hưng vẫn luôn dẫn đầu lớp về học tập."
            ),
            P(
                "Năm học 2025-2026, Bảo đạt giải Nhất môn Toán kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "tỉnh, là học sinh duy nhất của huyện đạt giải Nhất môn này."
            ),
            P(
                "Mỗi ngày, sau giờ học, Bảo phụ mẹ bán vé số, tối về lại miệt mài với những bài toán "
                "khó. Em tâm sự: “Em muốn học thật giỏi để sau này làm kỹ sư, lo cho mẹ bớt cực”.",
            ),
            Img(
                up("11", "gia-bao.jpg"),
                "Em Trần Gia Bảo (bìa phải) nhận học bổng “Tiếp sức đến trường”",
                "Em Trần Gia Bảo (bìa phải) nhận học bổng “Tiếp sức đến trường”",
                "center",
            ),
            P(
                "Ghi nhận tấm gương vượt khó của Bảo, Hội Khuyến học huyện đã trao học bổng và vận "
                "động nhà hảo tâm hỗ trợ em đến hết bậc THPT."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Liên đội THCS Long Hưng</strong></p>'),
        ],
        authors=["Liên đội THCS Long Hưng"],
        opts={"date": "Thứ Ba, 17/11/2026 - 15:00", "views": 1760},
    ),
    Story(
        1482,
        "truong-th-long-dinh-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        "Trường TH Long Định ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        "3",
        "2026-11-14T16:10:00+07:00",
        [
            P(
                "Chiều 14/11/2026, Trường Tiểu học Long Định phối hợp Đoàn xã Long Định ra quân hưởng "
                "ứng “Ngày Chủ nhật xanh” với chủ đề “Trường học xanh - sạch - đẹp”."
            ),
            Img(
                up("11", "chu-nhat-xanh.jpg"),
                "Giáo viên và học sinh trồng cây xanh trong sân trường",
                "Giáo viên và học sinh trồng cây xanh trong sân trường",
                "em",
            ),
            P(
                "Hơn 300 giáo viên, học sinh và đoàn viên đã thu gom rác thải, phát quang bụi rậm, "
                "trồng mới 40 cây xanh, sơn lại hàng rào và chỉnh trang bồn hoa của trường."
            ),
            P(
                "Thông qua hoạt động, nhà trường giáo dục học sinh ý thức bảo vệ môi trường, giữ gìn "
                "cảnh quan trường lớp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Thu Hà - GV Trường TH Long '
                "Định</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "14/11/2026 4:10:00 CH", "views": 341},
    ),
    Story(
        1477,
        "huong-dan-thuc-hien-nhiem-vu-giao-duc-stem-nam-hoc-2026-2027",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục STEM năm học 2026-2027",
        "2",
        "2026-11-10",
        [
            P(
                "Sở GD&ĐT Tiền Giang vừa ban hành hướng dẫn thực hiện nhiệm vụ giáo dục STEM đối với "
                "giáo dục tiểu học, THCS và THPT năm học 2026-2027."
            ),
            P(
                "Theo đó, mỗi trường tiểu học tổ chức tối thiểu 4 bài học STEM mỗi khối lớp trong năm "
                "học; mỗi trường THCS tổ chức ít nhất 1 hoạt động trải nghiệm STEM mỗi học kỳ và "
                "tham gia Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học."
            ),
            P(
                "Các trường lồng ghép giáo dục STEM trong các môn Khoa học, Công nghệ, Tin học, Toán; "
                "khuyến khích phối hợp với doanh nghiệp, cơ sở sản xuất trên địa bàn."
            ),
            P(
                "Định kỳ cuối học kỳ, các trường báo cáo kết quả triển khai về Phòng GD&ĐT để tổng "
                "hợp báo cáo Sở."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Tiền Giang</em></p>'),
        ],
        source="Sở GD&ĐT Tiền Giang",
        opts={"date": "Thứ Ba, 10/11/2026", "views": 288},
    ),
    Story(
        1465,
        "thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-huyen-2025-2026",
        "Thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025-2026",
        "4",
        "2026-11-02T08:05:00+07:00",
        [
            P(
                "Hội đồng xét công nhận sáng kiến ngành Giáo dục huyện Châu Thành thông báo kết quả "
                "xét công nhận sáng kiến cấp huyện năm học 2025-2026 như sau:"
            ),
            P("Bậc học | Số sáng kiến đề nghị | Số sáng kiến được công nhận", "tr"),
            P("Mầm non | 42 | 37", "tr"),
            P("Tiểu học | 65 | 58", "tr"),
            P("THCS | 51 | 44", "tr"),
            P(
                "Các cá nhân có sáng kiến được công nhận liên hệ Tổ Văn phòng để nhận quyết định "
                "trước ngày 20/11/2026."
            ),
        ],
        opts={"date": "02/11/2026 8:05:00 SA", "views": 712, "login": "pgd_chauthanh", "session": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def friendly(story: Story) -> str:
    return f"/pgd/tin-tuc/{story.slug}-{story.id}.aspx"


def item_path(story: Story) -> str:
    return f"/pgd/Pages/tin-tuc.aspx?ItemID={story.id}"


def print_path(story: Story) -> str:
    return f"/pgd/Pages/tin-tuc.aspx?ItemID={story.id}&Print=1"


def session_path(story: Story) -> str:
    return f"/pgd/{SESSION}/Pages/tin-tuc.aspx?ItemID={story.id}"


def _alts(story: Story) -> list[str]:
    out = [item_path(story), print_path(story)]
    if story.opts.get("session"):
        out.append(session_path(story))
    return out


GOLD = [gold_record(s, friendly(s), CATEGORIES[s.cat], alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/pgd/Pages/gioi-thieu.aspx",
    "/pgd/Pages/lien-he.aspx",
    "/pgd/Pages/van-ban.aspx?ItemID=2231",
    "/pgd/Pages/lich-cong-tac.aspx",
    "/pgd/Pages/thu-vien-anh.aspx?AlbumID=58",
    "/pgd/Pages/chuyen-muc.aspx?CatID=4",
]


def in_cat(cat: str) -> list[Story]:
    if cat == "1":
        return [s for s in STORIES if s.cat in NEWS_CATS]
    return [s for s in STORIES if s.cat == cat]


def cat_name(cat: str) -> str:
    return PARENT.get(cat) or CATEGORIES[cat]


def list_date(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


# --- chrome ------------------------------------------------------------------------------------

OFFICES = [
    ("/vanphong/", "Văn phòng HĐND - UBND"),
    ("/phongtuphap/", "Phòng Tư pháp"),
    ("/phongtnmt/", "Phòng TN&MT"),
    ("/pgd/", "Phòng GD&ĐT"),
    ("/phongvhtt/", "Phòng VH-TT"),
    ("/phongyte/", "Phòng Y tế"),
]

DOCS = [
    (2231, "215/KH-PGDĐT", "10/11/2026", "Kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027"),
    (2228, "1987/PGDĐT-CM", "06/11/2026", "Về việc hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027"),
    (2219, "318/KH-UBND", "18/11/2026", "Kế hoạch tuyển dụng viên chức giáo dục năm 2026"),
]


def js_menu() -> str:
    items = ",".join(
        '{"text":"' + CATEGORIES[c] + '","url":"/pgd/Pages/chuyen-muc.aspx?CatID=' + c + '"}'
        for c in ("2", "3", "5")
    )
    return (
        '<script type="text/javascript">\n'
        f"var subMenu_tintuc = [{items}];\n"
        "buildDropDown('mnuTinTuc', subMenu_tintuc);\n</script>"
    )


def layout(request: Request, main: str, *, left: bool = True) -> str:
    vs = opaque("vs" + request.target, 420)
    offices = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in OFFICES)
    docs = "".join(
        f'<li><a href="/pgd/Pages/van-ban.aspx?ItemID={i}">{esc(n)}</a> '
        f'<span class="vb-date">({d})</span><br /><span class="vb-ty">{esc(t[:60])}…</span></li>'
        for i, n, d, t in DOCS
    )
    left_col = f"""
  <div id="leftcol" class="col-left">
    <div class="box-left"><div class="box-title">LỊCH CÔNG TÁC</div>
      <ul><li><a href="/pgd/Pages/lich-cong-tac.aspx">Lịch công tác tuần 49 (30/11 - 06/12/2026)</a></li></ul></div>
    <div class="box-left"><div class="box-title">VĂN BẢN MỚI</div><ul class="vanban">{docs}</ul></div>
    <div class="box-left"><div class="box-title">THĂM DÒ Ý KIẾN</div>
      <p>Bạn đánh giá thế nào về Cổng thông tin của Phòng GD&amp;ĐT?</p>
      <input type="radio" name="ctl00$poll$rdo" value="1" /> Rất hữu ích<br />
      <input type="radio" name="ctl00$poll$rdo" value="2" /> Hữu ích<br />
      <input type="radio" name="ctl00$poll$rdo" value="3" /> Chưa hữu ích<br />
      <input type="submit" name="ctl00$poll$btnVote" value="Bình chọn" />
      <a href="/pgd/Pages/binh-chon.aspx?PollID=3">Xem kết quả</a></div>
    <div class="box-left"><div class="box-title">LIÊN KẾT WEBSITE</div>
      <select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://sgddt.tiengiang.gov.vn">Sở GD&amp;ĐT Tiền Giang</option></select>
      <a href="https://tiengiang.gov.vn"><img src="/pgd/Styles/images/banner-tiengiang.gif" alt="Cổng TTĐT tỉnh Tiền Giang" /></a></div>
    <div class="box-left thongke"><div class="box-title">THỐNG KÊ TRUY CẬP</div>
      <p>Đang online: <b>27</b></p><p>Hôm nay: <b>1.164</b></p><p>Tổng truy cập: <b>2.486.305</b></p></div>
  </div>""" if left else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(SITE_TITLE)}</title>
<link href="/pgd/Styles/portal.css" rel="stylesheet" type="text/css" />
<script src="/pgd/Styles/js/menu.js" type="text/javascript"></script>
</head><body>
<form name="aspnetForm" method="post" action="{esc(request.target)}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
<div id="wrapper">
  <div id="header">
    <a href="/"><img src="/Styles/images/quoc-huy.png" alt="Quốc huy" class="logo" /></a>
    <h1 class="banner-title">ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH</h1>
    <div class="banner-sub">CỔNG THÔNG TIN ĐIỆN TỬ - PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div>
    <div class="header-date">{TODAY}</div>
  </div>
  <ul id="topmenu" class="menu-donvi">{offices}</ul>
  <div id="menu-pgd"><ul>
    <li><a href="/pgd/">Trang chủ</a></li>
    <li><a href="/pgd/Pages/gioi-thieu.aspx">Giới thiệu</a></li>
    <li id="mnuTinTuc"><a href="/pgd/Pages/chuyen-muc.aspx?CatID=1">Tin tức - Sự kiện</a></li>
    <li><a href="/pgd/Pages/chuyen-muc.aspx?CatID=4">Thông báo</a></li>
    <li><a href="/pgd/Pages/thu-vien-anh.aspx?AlbumID=58">Thư viện ảnh</a></li>
    <li><a href="/pgd/Pages/lien-he.aspx">Liên hệ</a></li>
  </ul>{js_menu()}
  <div class="search"><input name="ctl00$txtSearch" type="text" value="Tìm kiếm..." />
  <input type="submit" name="ctl00$btnSearch" value="Tìm" /></div></div>
  <div id="content">{left_col}
  <div id="maincol" class="col-main">{main}</div>
  </div>
  <div id="footer">
    <p><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHÂU THÀNH - TỈNH TIỀN GIANG</b></p>
    <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Châu Thành</p>
    <p>Địa chỉ: Số 12 đường 30/4, khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p>
    <p>Điện thoại: (0273) 3831 254 - Fax: (0273) 3831 255 - Email: pgd.chauthanh@tiengiang.gov.vn</p>
    <p>Ghi rõ nguồn “Cổng TTĐT huyện Châu Thành” khi phát hành lại thông tin từ website này.</p>
    <p class="vendor">Thiết kế và phát triển bởi Công ty giải pháp ePortal</p>
  </div>
</div>
</form></body></html>"""


# --- article content ---------------------------------------------------------------------------


def _img(img: Img, style: str) -> str:
    tag = f'<img src="{img.src}" alt="" style="width: 500px; height: 333px;" border="0" />'
    if style == "table":
        return (
            '<table class="image-box" align="center" border="0" cellpadding="3" cellspacing="0">'
            f"<tbody><tr><td>{tag}</td></tr>"
            f'<tr><td class="image-desc">{esc(img.printed or "")}</td></tr></tbody></table>'
        )
    if style == "em":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if style == "center":
        return f'<div style="text-align: center;">{tag}<br />{esc(img.printed or "")}</div>'
    if style == "alt":
        alt = "Vận động viên thi chạy cự ly 60m nữ tại Hội khỏe Phù Đổng huyện Châu Thành"
        return (
            f'<p style="text-align: center;"><img src="{img.src}" alt="{esc(alt)}" '
            f'title="{esc(alt)}" width="500" /></p>'
        )
    return f'<p style="text-align: center;">{tag}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b, b.style))
        elif b.style in ("li", "tr", "br"):
            run = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                run.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br />\n".join(esc(p.text) for p in run) + "</p>")
            else:
                rows = []
                for k, p in enumerate(run):
                    cell = "th" if k == 0 else "td"
                    cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append('<table border="1" cellpadding="4" style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        if i % 3 == 2:
            out.append("<p>&nbsp;</p>")
        i += 1
    return "\n".join(out)


def other_news(story: Story) -> str:
    others = [s for s in in_cat(story.cat)[:4] if s.id != story.id]
    return "".join(
        f'<li><a href="{item_path(s)}">{esc(s.title)}</a> <span class="date">({list_date(s)})</span></li>'
        for s in others
    )


def news_page(request: Request, story: Story) -> str:
    sapo = f"<strong>{esc(story.summary)}</strong>" if story.summary else "<strong></strong>"
    ctl = "ctl00_ContentPlaceHolder1_ucNewsDetail"
    main = f"""
<div class="news-detail">
  <div class="breadcrumb"><a href="/pgd/">Trang chủ</a> » <a href="/pgd/Pages/chuyen-muc.aspx?CatID=1">Tin tức - Sự kiện</a> » <span class="bc-current">{esc(CATEGORIES[story.cat])}</span></div>
  <div class="ArticleHeader"><span id="{ctl}_lblTitle" class="title-detail">{esc(story.title)}</span></div>
  <div class="date-detail"><img src="/pgd/Styles/images/icon-clock.gif" alt="" /> {esc(story.opts["date"])}</div>
  <div class="tool-detail">Cỡ chữ: <a href="javascript:setFont(12)">A-</a> <a href="javascript:setFont(16)">A+</a> |
    <a href="{esc(print_path(story))}" target="_blank"><img src="/pgd/Styles/images/print.gif" alt="In" /> In trang</a> |
    <a href="mailto:?subject={story.id}">Gửi email</a> | Lượt xem: {story.opts["views"]}</div>
  <div class="sapo-detail">{sapo}</div>
  <div id="{ctl}_divContent" class="ArticleContent">
{render_blocks(story.blocks)}
  </div>
  <div class="news-source">Nguồn tin: </div>
  <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=">Chia sẻ Facebook</a> <a href="https://zalo.me/share">Zalo</a></div>
  <div class="other-news"><div class="other-title">TIN TỨC - SỰ KIỆN KHÁC</div><ul>{other_news(story)}</ul></div>
</div>"""
    return layout(request, main)


def notice_page(request: Request, story: Story) -> str:
    attach = story.opts.get("attach")
    files = (
        f'<div class="tb-files"><b>Tập tin đính kèm:</b> <a href="/pgd/Upload/Files/{attach}">'
        f'<img src="/pgd/Styles/images/pdf.gif" alt="" /> {esc(attach)}</a></div>'
        if attach
        else ""
    )
    main = f"""
<div class="thongbao-chitiet">
  <div class="breadcrumb"><a href="/pgd/">Trang chủ</a> » <a href="/pgd/Pages/chuyen-muc.aspx?CatID=4">Thông báo</a></div>
  <h2 class="tb-title">{esc(story.title)}</h2>
  <table class="tb-info"><tr><td>Ngày đăng:</td><td>{esc(story.opts["date"])}</td>
  <td>Người đăng:</td><td>{esc(story.opts["login"])}</td><td>Lượt xem:</td><td>{story.opts["views"]}</td></tr></table>
  <div class="tb-noidung">
{render_blocks(story.blocks)}
  </div>
  {files}
  <div class="tb-tools"><a href="{esc(print_path(story))}">In thông báo</a> | <a href="javascript:history.back()">Quay lại</a></div>
  <div class="tb-khac"><h3>Các thông báo khác</h3><ul>{other_news(story)}</ul></div>
</div>"""
    return layout(request, main)


def print_page(story: Story) -> str:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{esc(SITE_TITLE)}</title></head>
<body onload="window.print()"><div class="print">
<img src="/Styles/images/quoc-huy.png" alt="" /> <b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH</b><hr />
<h3>{esc(story.title)}</h3><p><i>{esc(story.opts["date"])}</i></p>{sapo}
{render_blocks(story.blocks)}
<hr /><p>Địa chỉ trang: Cổng TTĐT huyện Châu Thành</p></div></body></html>"""


# --- listings and home -----------------------------------------------------------------------


def listing_page(request: Request, cat: str, page: int) -> Response | None:
    items = in_cat(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = []
    for s in chunk:
        first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        thumb = s.images[0].src if s.images else "/pgd/Styles/images/no-image.jpg"
        rows.append(
            f'<div class="list-item"><a href="../tin-tuc/{s.slug}-{s.id}.aspx"><img class="thumb" src="{thumb}" alt="" /></a>'
            f'<a class="list-title" href="../tin-tuc/{s.slug}-{s.id}.aspx">{esc(s.title)}</a> '
            f'<span class="list-date">({list_date(s)})</span><p class="list-sum">{esc(first[:180])}...</p></div>'
        )
    pager = [f'<span class="pager-info">Trang {page}/{pages}</span>']
    for n in range(1, pages + 1):
        if n == page:
            pager.append(f'<span class="current">{n}</span>')
        else:
            pager.append(f'<a href="chuyen-muc.aspx?CatID={cat}&amp;Page={n}">{n}</a>')
    if page < pages:
        pager.append(f'<a href="chuyen-muc.aspx?CatID={cat}&amp;Page={page + 1}">Sau ›</a>')
        pager.append(f'<a href="chuyen-muc.aspx?CatID={cat}&amp;Page={pages}">Cuối »</a>')
    name = cat_name(cat)
    main = f"""<div class="list-news"><div class="breadcrumb"><a href="/pgd/">Trang chủ</a> » <span>{esc(name)}</span></div>
<div class="list-title-cat">{esc(name.upper())}</div>
{"".join(rows)}
<div class="pager">{" ".join(pager)}</div></div>"""
    return html(layout(request, main))


def home(request: Request) -> str:
    news = in_cat("1")[:4]
    hot = sorted(in_cat("1"), key=lambda s: -s.opts["views"])[:4]
    notices = in_cat("4")[:3]
    lead = news[0]
    first = (
        f'<div class="hot-news"><a href="{item_path(lead)}"><img src="{lead.images[0].src}" alt="" /></a>'
        f'<a class="hot-title" href="{item_path(lead)}">{esc(lead.title)}</a>'
        f'<p>{esc(lead.summary or "")}</p></div>'
    )
    rest = "".join(
        f'<li><a href="{item_path(s)}">{esc(s.title)}</a> <img src="/pgd/Styles/images/new.gif" alt="Mới" /></li>'
        for s in news[1:]
    )
    hot_li = "".join(f'<li><a href="{item_path(s)}">{esc(s.title)}</a></li>' for s in hot)
    marquee = "".join(
        f'<li><a href="{session_path(s)}">{esc(s.title)}</a> ({list_date(s)})</li>' for s in notices
    )
    main = f"""
<div class="box-main"><div class="box-main-title">TIN MỚI</div>{first}<ul class="news-other">{rest}</ul>
<a class="view-all" href="/pgd/Pages/chuyen-muc.aspx?CatID=1">Xem tất cả »</a></div>
<div class="box-main"><div class="box-main-title">THÔNG BÁO</div><marquee direction="up" scrollamount="2"><ul>{marquee}</ul></marquee></div>
<div class="box-main"><div class="box-main-title">TIN ĐỌC NHIỀU</div><ul>{hot_li}</ul></div>
<div class="box-main"><div class="box-main-title">THƯ VIỆN ẢNH</div>
<a href="/pgd/Pages/thu-vien-anh.aspx?AlbumID=58"><img src="/pgd/Upload/Album/58/cover.jpg" alt="" /> Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</a></div>"""
    return layout(request, main)


# --- non-article pages ------------------------------------------------------------------------


def static_page(request: Request, title: str, body: str) -> str:
    main = (
        f'<div class="static-page"><div class="breadcrumb"><a href="/pgd/">Trang chủ</a> » '
        f'<span>{esc(title)}</span></div><div class="static-title">{esc(title)}</div>'
        f'<div class="static-content">{body}</div></div>'
    )
    return layout(request, main)


GIOI_THIEU = """<p><strong>I. VỊ TRÍ, CHỨC NĂNG</strong></p>
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Châu Thành, có chức năng tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p><strong>II. NHIỆM VỤ, QUYỀN HẠN</strong></p>
<p style="text-align: justify;">Trình Ủy ban nhân dân huyện ban hành quyết định, chỉ thị, quy hoạch, kế hoạch phát triển giáo dục trên địa bàn; tổ chức thực hiện các văn bản pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt.</p>
<p style="text-align: justify;">Hiện nay, ngành giáo dục huyện có 68 đơn vị trường học với hơn 2.100 cán bộ, giáo viên, nhân viên và trên 38.000 học sinh.</p>
<p><strong>III. LÃNH ĐẠO PHÒNG</strong></p>
<p>Trưởng phòng: Trần Văn Hậu - ĐT: 0273 3831 254<br />Phó Trưởng phòng: Lê Minh Tâm<br />Phó Trưởng phòng: Võ Thị Ngọc Hân</p>"""

LIEN_HE = """<p><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH</b></p>
<p>Địa chỉ: Số 12 đường 30/4, khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p>
<p>Điện thoại: (0273) 3831 254 - Email: pgd.chauthanh@tiengiang.gov.vn</p>
<table class="contact-form"><tr><td>Họ và tên (*)</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="ctl00$txtNoiDung" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$btnGui" value="Gửi liên hệ" /></td></tr></table>"""


def van_ban(request: Request, doc_id: int) -> str | None:
    doc = next((d for d in DOCS if d[0] == doc_id), None)
    if doc is None:
        return None
    _, number, issued, summary = doc
    body = f"""<table class="vanban-detail" border="1" cellpadding="5">
<tr><td>Số ký hiệu</td><td>{esc(number)}</td></tr>
<tr><td>Ngày ban hành</td><td>{issued}</td></tr>
<tr><td>Ngày hiệu lực</td><td>{issued}</td></tr>
<tr><td>Loại văn bản</td><td>{"Kế hoạch" if "KH" in number else "Công văn"}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{"UBND huyện Châu Thành" if "UBND" in number else "Phòng GD&amp;ĐT"}</td></tr>
<tr><td>Người ký</td><td>Trần Văn Hậu</td></tr>
<tr><td>Trích yếu</td><td>{esc(summary)}</td></tr>
<tr><td>Tập tin</td><td><a href="/pgd/Upload/VanBan/{doc_id}.pdf">Tải về</a></td></tr></table>"""
    return static_page(request, f"Văn bản số {number}", body)


def lich_cong_tac(request: Request) -> str:
    rows = [
        ("Thứ Hai, 30/11/2026", "7 giờ 30: Trưởng phòng dự họp giao ban UBND huyện."),
        ("Thứ Ba, 01/12/2026", "Cả ngày: Phó Trưởng phòng Võ Thị Ngọc Hân chủ trì Hội thi GVCN lớp giỏi tiểu học."),
        ("Thứ Tư, 02/12/2026", "8 giờ 00: Kiểm tra công tác bán trú Trường MN Bình Đức."),
        ("Thứ Năm, 03/12/2026", "14 giờ 00: Họp Hội đồng ra đề thi học sinh giỏi lớp 9."),
        ("Thứ Sáu, 04/12/2026", "16 giờ 00: Bế mạc Hội thi GVCN lớp giỏi cấp tiểu học."),
        ("Thứ Bảy, 05/12/2026", "Trực cơ quan: Tổ Văn phòng."),
    ]
    body = '<table class="lichct" border="1" cellpadding="4"><tr><th>Ngày</th><th>Nội dung</th></tr>' + "".join(
        f"<tr><td>{d}</td><td>{esc(c)}</td></tr>" for d, c in rows
    ) + "</table>"
    return static_page(request, "Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)", body)


def album(request: Request) -> str:
    thumbs = "".join(
        f'<a href="/pgd/Upload/Album/58/anh-{n:02d}.jpg"><img src="/pgd/Upload/Album/58/thumb-{n:02d}.jpg" alt="Ảnh {n}" /></a>'
        for n in range(1, 9)
    )
    body = (
        '<p class="album-date">Ngày đăng: 21/11/2026</p>'
        "<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam của ngành giáo dục huyện.</p>"
        f'<div class="album-grid">{thumbs}</div>'
    )
    return static_page(request, "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", body)


def poll_results(request: Request) -> str:
    body = (
        "<p>Bạn đánh giá thế nào về Cổng thông tin của Phòng GD&amp;ĐT?</p>"
        "<table><tr><td>Rất hữu ích</td><td>412 (61%)</td></tr><tr><td>Hữu ích</td><td>215 (32%)</td></tr>"
        "<tr><td>Chưa hữu ích</td><td>47 (7%)</td></tr></table><p>Tổng số phiếu: 674</p>"
    )
    return static_page(request, "Kết quả bình chọn", body)


def district_stub(request: Request, name: str) -> str:
    offices = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in OFFICES)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>Cổng TTĐT huyện Châu Thành</title></head>
<body><h1>ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH</h1><div class="header-date">{TODAY}</div>
<h2>{esc(name)}</h2><p>Trang thông tin đang được cập nhật.</p><ul>{offices}</ul>
<p>Địa chỉ: Số 1 đường Nguyễn Văn Côn, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p></body></html>"""


# --- routing --------------------------------------------------------------------------------

_FRIENDLY = re.compile(r"^/pgd/tin-tuc/[a-z0-9-]+-(\d+)\.aspx$")
_SESSION = re.compile(r"^/pgd/\(S\([a-z0-9]{24}\)\)(/Pages/tin-tuc\.aspx)$")


def _story_response(request: Request, item: str, printing: bool) -> Response | None:
    if not item.isdigit() or int(item) not in BY_ID:
        return None
    story = BY_ID[int(item)]
    if printing:
        return html(print_page(story))
    if story.cat == "4":
        return html(notice_page(request, story))
    return html(news_page(request, story))


class ChauThanhPortal:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        params = {k.lower(): v for k, v in request.params.items()}
        if (asset := static_file(path)) is not None:
            return asset
        if path in ("/pgd", "/pgd/", "/pgd/Pages/default.aspx") and not request.query:
            return html(home(request))
        if m := _FRIENDLY.match(path):
            return _story_response(request, m.group(1), False)
        if path == "/pgd/Pages/tin-tuc.aspx" or _SESSION.match(path):
            return _story_response(request, params.get("itemid", ""), params.get("print") == "1")
        if path == "/pgd/Pages/chuyen-muc.aspx":
            cat = params.get("catid", "")
            page = params.get("page", "1")
            if (cat in CATEGORIES or cat in PARENT) and page.isdigit():
                return listing_page(request, cat, int(page))
            return None
        if path == "/pgd/Pages/gioi-thieu.aspx":
            return html(static_page(request, "Giới thiệu Phòng Giáo dục và Đào tạo", GIOI_THIEU))
        if path == "/pgd/Pages/lien-he.aspx":
            return html(static_page(request, "Liên hệ", LIEN_HE))
        if path == "/pgd/Pages/van-ban.aspx":
            item = params.get("itemid", "")
            page = van_ban(request, int(item)) if item.isdigit() else None
            return html(page) if page else None
        if path == "/pgd/Pages/lich-cong-tac.aspx":
            return html(lich_cong_tac(request))
        if path == "/pgd/Pages/thu-vien-anh.aspx" and params.get("albumid") == "58":
            return html(album(request))
        if path == "/pgd/Pages/binh-chon.aspx" and params.get("pollid") == "3":
            return html(poll_results(request))
        if path == "/":
            return html(district_stub(request, "Cổng thông tin điện tử huyện Châu Thành"))
        for href, name in OFFICES:
            if path == href and href != "/pgd/":
                return html(district_stub(request, name))
        return None


def build_site() -> ChauThanhPortal:
    return ChauThanhPortal()
