"""Trường Chính trị tỉnh Kon Tum on "TNSoft Portal 3.5", an ASP.NET 2.0/4.0 WebForms portal sold to
provincial agencies by a local software company (Tây Nguyên), with IIS URL rewriting.

Platform
--------
Every page is ``Default.aspx`` with a ``tabid`` (a page of the portal's tree) and, for the news
module, a ``newsid``. A URL-rewrite module adds friendly forms for articles,
``/tin-tuc/<newsid>/<slug>.aspx`` (the prefix is ``tin-tuc`` whatever the category), which the
listings link to. Every page is one ``<form id="aspnetForm" method="post">`` carrying
``__VIEWSTATE``, ``__EVENTVALIDATION``, ``__EVENTTARGET`` and ``__EVENTARGUMENT``; the form's
``action`` is the *rewritten* URL (``Default.aspx?tabid=54&newsid=2398``), as ASP.NET prints it.

Templates
---------
- Skin: header (logo, banner, "Thứ Bảy, ngày 05/12/2026" — today, never a publication date), an
  ASP.NET ``Menu`` control (``ul.level1``), a search box, left column with the news module, right
  column with widgets ("Tin đọc nhiều", "Thống kê truy cập" with Đang online / Hôm nay / Tổng truy
  cập, "Thăm dò ý kiến" poll, "Liên kết website" drop-down, banners), footer with address and phone.
- Listing (news list module): ``div.news-list > div.item`` with thumbnail, ``a.item-title``, date
  ``(dd/MM/yyyy)`` and an auto-cut brief ("…"); 5 per page; a pager of LinkButtons
  ``javascript:__doPostBack('ctl00$ContentPane$ctl01$NewsList$rptPager$ctlNN$lbtPage','')`` plus
  "Sau »" / "« Trước" (``lbtNext`` / ``lbtPrev``). Which page a POST shows is decided by the event
  target *and* the page number kept in ``__VIEWSTATE``.
- Article, standard template (Tin tức - Sự kiện, Công tác đào tạo, Học tập và làm theo…):
  breadcrumb ``div.breadcrumb``, optional kicker ``div.news-subtitle``, title
  ``h2.news-title > span#…_lblTitle``, info row "Ngày đăng: 04/12/2026 3:45:12 CH | Lượt xem: N |
  [Tác giả: …] | Người đăng: quantri", tools (In bài, Gửi email, A+ A-), ``div.news-sapo``
  (sometimes empty), ``div.news-content`` (CKEditor HTML), attachments, "Cập nhật lần cuối: …",
  "Các tin khác" (the 4 newest of the category).
- Article, research template (Nghiên cứu - Trao đổi, an older module): a layout table
  ``table.tblChiTiet`` with rows ``td.tieude``, ``td.ngaydang`` ("Thứ Năm, 26/11/2026"),
  ``td.tacgia``, ``td.noidung``; "Các bài đã đăng" after it.
- Print view ``/Print.aspx?newsid=<id>``: the article alone (title, date, text), opened by
  ``window.open`` from "In bài".

URL scheme
----------
- ``/`` and ``/Default.aspx?tabid=1``: home (slider and "Tin mới" link ``Default.aspx?tabid=1&newsid=<id>``;
  category boxes link the friendly form).
- ``/Default.aspx?tabid=53``: "Tin tức" (all news), ``54`` Tin tức - Sự kiện, ``55`` Công tác đào tạo,
  ``61`` Nghiên cứu - Trao đổi, ``73`` Học tập và làm theo … Hồ Chí Minh. Pages 2/3 by postback only;
  ``&page=2`` is ignored (page 1 again). Paths are case-insensitive (``/default.aspx`` in menus).
- Article: ``/tin-tuc/<id>/<slug>.aspx`` (gold path), ``/Default.aspx?tabid=<any>&newsid=<id>``,
  ``/Print.aspx?newsid=<id>`` (all in ``alt_paths``); ``…&newsid=<id>&act=email`` is the
  "Gửi email" form, not the article.
- ``/gioi-thieu/lich-su-hinh-thanh.aspx`` (static), ``/Default.aspx?tabid=35`` (contact),
  ``/Default.aspx?tabid=36`` (documents), ``/van-ban/<id>/<slug>.aspx`` (a document entry),
  ``/Default.aspx?tabid=38`` and ``/thu-vien-anh/<id>/<slug>.aspx`` (photo gallery).
- Images ``/Portals/0/News/2026/<mm>/…``, thumbnails ``/Portals/0/News/Thumbs/…``, skin
  ``/Portals/_default/Skins/TNPortal/…``. No robots.txt, no sitemap.

How each gold article is reached
--------------------------------
- Home: the 5 newest (tabid=1 links), the 3 newest of each category box, "Tin đọc nhiều".
- Category page 1 (GET) and "Các tin khác" on articles of the same category.
- 2371 and 2365 (the oldest of Tin tức - Sự kiện) only on page 2 of tabid=54 and page 3 of
  tabid=53, reached through the postback pager only.

Traps
-----
1. Clock of the .NET vi-VN culture: "04/12/2026 3:45:12 CH" (CH = chiều, p.m.) ->
   ``2026-12-04T15:45:12+07:00``; "01/12/2026 12:05:00 CH" is noon -> ``T12:05:00``;
   "SA" = sáng, a.m. A reader of Vietnamese reads SA/CH as AM/PM.
2. Two dates on the article: "Ngày đăng" on top and "Cập nhật lần cuối" (a later day and time)
   below the text: the gold is "Ngày đăng". The research template prints only the weekday and
   day ("Thứ Năm, 26/11/2026") -> date only. Body texts name other days ("Sáng 28/11…").
3. Title: ``<title>`` holds only "Tin tức - Sự kiện - Trường Chính trị tỉnh Kon Tum" (no
   headline); a kicker ``div.news-subtitle`` sits above the headline and is not part of it; one
   headline is typed in capitals and is kept as printed.
4. Category: friendly URLs say ``tin-tuc`` for every category; the menu prints the short label
   "Học tập và làm theo Bác", the breadcrumb the full section name "Học tập và làm theo tư tưởng,
   đạo đức, phong cách Hồ Chí Minh" -> gold is the breadcrumb's. The menu item for that section
   is a ``__doPostBack('ctl00$mnuTop','73')`` answered by a 302 to the tab.
5. Lecturers' bylines: degrees dropped ("ThS.", "TS.", "PGS.TS."), faculty or post after the name
   dropped ("ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng" -> "Nguyễn Thị Thu Hà"; "Nguyễn Văn
   Hùng, Phó Trưởng Khoa Nhà nước và pháp luật" -> "Nguyễn Văn Hùng"); co-authors split ("ThS. A
   Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)" -> both); Kon Tum ethnic names whose first
   word is one letter ("A Sang", "Y Hương", "Y Nhung") are whole names, not initials. The info
   row's "Người đăng: quantri" is a CMS login -> nobody; "Tác giả: ThS. Lê Văn Thành" in the info
   row is a real credit. Units: "Tin, ảnh: Văn phòng Trường" (author and photographer), "Công
   đoàn Trường" (author), "Tin, ảnh: Phòng Đào tạo". "BBT" gives nothing.
6. Source: "Theo Tạp chí Cộng sản" as the last line -> "Tạp chí Cộng sản"; "Nguồn: Báo Kon
   Tum" -> "Báo Kon Tum"; but body paragraphs that begin "Theo Kế hoạch số…", "Theo Hướng
   dẫn…" are text, and give no source.
7. Tables: a photo with its caption in a two-row ``table.image`` (caption cell) is a photo and a
   caption, not a data table; the research article lives in a layout table (rows are template,
   not " | " rows); the timetable and the results of the sports day are data tables (one
   paragraph per row, cells joined by " | ").
8. An editor-typed "Tin liên quan:" list of links inside ``div.news-content`` is a related list:
   not body.
9. Caption with credit: "Toàn cảnh buổi làm việc. (Ảnh: Hoàng Long)" is the caption as displayed,
   and "Ảnh: Hoàng Long" credits Hoàng Long as photographer.
10. Relative photo paths ``../../Portals/0/News/…`` on the friendly URL (two folders deep).
11. Pager by postback with state in ``__VIEWSTATE``: "Sau »" means "current + 1"; a tampered or
    foreign view state answers 500 ("Validation of viewstate MAC failed"), an event validation that
    does not belong to the view state 500 ("Invalid postback or callback argument"); ``&page=N``
    is silently ignored (page 1 again).
12. One article, four URLs (friendly, tabid=<category>, tabid=1 from the home page, Print.aspx),
    no canonical link; ``&act=email`` on the same URL is a different page ("Gửi bài viết qua email")
    that prints the headline: a non-article.
13. ``div.news-sapo`` is printed empty where the editor wrote no lead -> summary null; the listing
    briefs are auto-cut body text, not a lead. A lead typed as the first, bold-italic paragraph
    of a research article is its summary (and the first body paragraph).
14. Line breaks: a paragraph of ``<br>``-separated lines (list of commendations) gives one
    paragraph per line; Word-pasted ``MsoNormal`` spans with ``&nbsp;`` collapse.
15. The document entry (``/van-ban/…``) prints a title, a "Ngày ban hành" and a summary; the photo
    album prints a date and captions: both non-articles.

Gold decisions
--------------
- title: the ``lblTitle`` / ``td.tieude`` text as printed. published_at: "Ngày đăng" with its
  time, or the research template's day. category: the breadcrumb's last section.
- images: the photos in ``news-content``/``noidung`` in order (thumbnails of listings, skin
  images, banners and the tool icons are not); caption = the centred italic line, the caption
  cell, the line with the photo; none when nothing is printed.
- body: paragraphs of the content element; bylines, "Nguồn"/"Theo" source lines, captions,
  "Tin liên quan", attachments and "Cập nhật lần cuối" are not body.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, opaque, static_file

NAME = "aspnet_vendor_tct"
PLATFORM = "ASP.NET WebForms vendor portal (TNSoft Portal 3.5), tabid/newsid + friendly .aspx URLs"
START_PATH = "/"
TODAY = "Thứ Bảy, ngày 05/12/2026"
SITE = "Trường Chính trị tỉnh Kon Tum"
PER_PAGE = 5

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "cong-tac-dao-tao": "Công tác đào tạo",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "hoc-tap-lam-theo-bac": "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
}
#: tabid of each category, and the short label of the menu
TAB = {"tin-tuc-su-kien": 54, "cong-tac-dao-tao": 55, "nghien-cuu-trao-doi": 61, "hoc-tap-lam-theo-bac": 73}
MENU_LABEL = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "cong-tac-dao-tao": "Công tác đào tạo",
    "nghien-cuu-trao-doi": "Nghiên cứu - Trao đổi",
    "hoc-tap-lam-theo-bac": "Học tập và làm theo Bác",
}
ALL_NEWS_TAB = 53
CAT_BY_TAB = {v: k for k, v in TAB.items()}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SKIN = "/Portals/_default/Skins/TNPortal"


def img(month: str, name: str) -> str:
    return f"/Portals/0/News/2026/{month}/{name}"


# --- the articles, newest first ---------------------------------------------------------------
#
# opts: date (the printed "Ngày đăng" or research day), updated (Cập nhật lần cuối), meta_author
# (the info row's "Tác giả"), subtitle (kicker), tpl ("std" | "nc"). P styles: "" justified
# paragraph, "b" bold sub-heading paragraph, "h3", "li", "row" (table row), "br" (lines of one
# <p> split by <br>), "mso" (Word-pasted), "quote", "lead" (bold-italic lead inside the text).
# Img styles: "em" (centred italic line), "tbl" (caption cell), "center" (centred plain line),
# "with" (line in the same block after <br>), "none".

STORIES: list[Story] = [
    Story(
        2398,
        "truong-chinh-tri-tinh-to-chuc-hoi-nghi-vien-chuc-nam-2026",
        "Trường Chính trị tỉnh tổ chức Hội nghị cán bộ, công chức, viên chức và người lao động năm 2026",
        "tin-tuc-su-kien",
        "2026-12-04T15:45:12+07:00",
        [
            P(
                "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị năm 2026, thảo luận và "
                "thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở của nhà trường."
            ),
            Img(img("12", "hoi-nghi-vc-2026-1.jpg"), "Quang cảnh Hội nghị", "Quang cảnh Hội nghị", "em"),
            P(
                "Năm 2026, nhà trường đã mở và quản lý 21 lớp với 1.436 học viên, trong đó có 6 lớp "
                "Trung cấp lý luận chính trị - hành chính, 11 lớp bồi dưỡng các đối tượng và 4 lớp bồi "
                "dưỡng kiến thức quốc phòng và an ninh. Công tác nghiên cứu khoa học, thực tế của "
                "giảng viên được quan tâm; 2 đề tài khoa học cấp cơ sở được nghiệm thu đạt loại khá trở lên."
            ),
            P(
                "Theo kế hoạch năm 2027, nhà trường tiếp tục đổi mới nội dung, chương trình, phương pháp "
                "giảng dạy theo hướng tăng cường tính thực tiễn, chú trọng bồi dưỡng kỹ năng cho cán bộ "
                "cơ sở, đẩy mạnh chuyển đổi số trong quản lý đào tạo."
            ),
            P(
                "Phát biểu kết luận, đồng chí Hiệu trưởng đề nghị mỗi cán bộ, giảng viên nêu cao tinh "
                "thần trách nhiệm, đoàn kết, phấn đấu xây dựng trường đạt chuẩn mức 1 vào năm 2027."
            ),
            Img(
                img("12", "hoi-nghi-vc-2026-2.jpg"),
                "Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân",
                "Đồng chí Hiệu trưởng trao Giấy khen cho các tập thể, cá nhân",
                "em",
            ),
            P("Dịp này, nhà trường khen thưởng các tập thể, cá nhân có thành tích xuất sắc:"),
            P("Khoa Lý luận cơ sở: Tập thể lao động xuất sắc", "br"),
            P("Khoa Xây dựng Đảng: Tập thể lao động tiên tiến", "br"),
            P("12 cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở", "br"),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Văn phòng Trường</strong></p>'),
        ],
        authors=["Văn phòng Trường"],
        photographers=["Văn phòng Trường"],
        summary=(
            "Chiều 03/12/2026, Trường Chính trị tỉnh Kon Tum tổ chức Hội nghị cán bộ, công chức, "
            "viên chức và người lao động năm 2026. Dự hội nghị có 58 cán bộ, giảng viên, nhân viên của nhà trường."
        ),
        sapo_outside=True,
        opts={"date": "04/12/2026 3:45:12 CH", "updated": "05/12/2026 8:10:27 SA"},
    ),
    Story(
        2396,
        "khai-giang-lop-trung-cap-llct-hc-k20-tai-huyen-dak-ha",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 20 tại huyện Đăk Hà",
        "cong-tac-dao-tao",
        "2026-12-02T09:10:00+07:00",
        [
            P(
                "Sáng 01/12/2026, tại Trung tâm Chính trị huyện Đăk Hà, Trường Chính trị tỉnh phối hợp "
                "với Ban Thường vụ Huyện ủy Đăk Hà khai giảng lớp Trung cấp lý luận chính trị - hành "
                "chính hệ không tập trung khóa 20 cho 76 học viên là cán bộ chủ chốt các xã, thị trấn."
            ),
            Img("../../Portals/0/News/2026/12/khai-giang-k20-dak-ha.jpg", None, None, "none"),
            P(
                "Lớp học được tổ chức trong 14 tháng, gồm 4 phần học với 18 học phần; học viên học tập "
                "vào các ngày thứ Sáu, thứ Bảy hằng tuần. Lịch học tháng 12/2026 như sau:"
            ),
            P("Thời gian | Học phần | Giảng viên", "row"),
            P("04-05/12/2026 | Triết học Mác - Lênin | ThS. Trần Thị Hằng", "row"),
            P("11-12/12/2026 | Kinh tế chính trị Mác - Lênin | ThS. A Tuấn", "row"),
            P("18-19/12/2026 | Chủ nghĩa xã hội khoa học | TS. Y Hương", "row"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhà trường đề nghị học viên chấp hành "
                "nghiêm quy chế, nội quy lớp học, tích cực nghiên cứu tài liệu, liên hệ thực tiễn địa phương."
            ),
            Img(
                "../../Portals/0/News/2026/12/khai-giang-k20-hoc-vien.jpg",
                "Học viên lớp K20 chụp ảnh lưu niệm",
                "Học viên lớp K20 chụp ảnh lưu niệm",
                "tbl",
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Phòng Đào tạo</em></p>'),
        ],
        authors=["Phòng Đào tạo"],
        photographers=["Phòng Đào tạo"],
        opts={"date": "02/12/2026 9:10:00 SA"},
    ),
    Story(
        2395,
        "dang-bo-truong-hoc-tap-quan-triet-nghi-quyet",
        "Đảng bộ Trường Chính trị tỉnh học tập, quán triệt các nghị quyết, chỉ thị mới của Đảng",
        "tin-tuc-su-kien",
        "2026-12-01T12:05:00+07:00",
        [
            P(
                "Trong hai ngày 28 và 29/11/2026, Đảng ủy Trường Chính trị tỉnh tổ chức hội nghị học "
                "tập, quán triệt các nghị quyết, chỉ thị mới của Trung ương và của Tỉnh ủy cho toàn thể "
                "đảng viên của 4 chi bộ trực thuộc."
            ),
            P(
                "Các báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của các văn bản; gợi mở "
                "những vấn đề cần vận dụng vào thực tiễn công tác giảng dạy, nghiên cứu khoa học ở nhà trường.",
                "mso",
            ),
            Img(
                img("12", "quan-triet-nghi-quyet.jpg"),
                "Đồng chí Bí thư Đảng ủy nhà trường quán triệt nghị quyết",
                "Đồng chí Bí thư Đảng ủy nhà trường quán triệt nghị quyết",
                "tbl",
            ),
            P(
                "Theo kế hoạch của Đảng ủy, sau hội nghị mỗi đảng viên viết bài thu hoạch, xây dựng "
                "chương trình hành động cá nhân; các chi bộ đưa nội dung nghị quyết vào sinh hoạt thường kỳ."
            ),
            P(
                "Đảng ủy yêu cầu giảng viên cập nhật kịp thời các quan điểm mới vào bài giảng ngay "
                "từ học kỳ II năm 2026-2027.",
                "mso",
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Thị Thu Hà - Khoa Xây dựng Đảng</strong></p>'
            ),
            Raw(
                '<p><strong>Tin liên quan:</strong></p><ul class="lienquan">'
                '<li><a href="/tin-tuc/2384/doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec.aspx">'
                "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường</a></li>"
                '<li><a href="/tin-tuc/2379/gap-mat-ky-niem-ngay-thanh-lap-truong.aspx">'
                "Gặp mặt kỷ niệm Ngày thành lập Trường</a></li></ul>"
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "01/12/2026 12:05:00 CH", "updated": "02/12/2026 7:41:03 SA"},
    ),
    Story(
        2393,
        "van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-llct",
        "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở Trường Chính trị tỉnh Kon Tum hiện nay",
        "nghien-cuu-trao-doi",
        "2026-11-26",
        [
            P(
                "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực, chủ "
                "động của học viên là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng cán "
                "bộ ở các trường chính trị cấp tỉnh.",
                "lead",
            ),
            P("1. Thực trạng vận dụng phương pháp dạy học tích cực", "b"),
            P(
                "Những năm qua, đội ngũ giảng viên nhà trường đã từng bước vận dụng các phương pháp "
                "thảo luận nhóm, nêu vấn đề, tình huống, trực quan vào bài giảng. Tuy nhiên, ở không ít "
                "bài giảng, phương pháp thuyết trình vẫn chiếm phần lớn thời lượng; việc sử dụng tình "
                "huống thực tiễn của địa phương chưa nhiều, học viên là người dân tộc thiểu số còn ngại "
                "phát biểu, trao đổi."
            ),
            P(
                "Theo kết quả khảo sát 320 học viên các lớp trung cấp năm 2026, có 68,4% học viên đánh "
                "giá các giờ thảo luận giúp hiểu bài tốt hơn; 21,3% đề nghị tăng thời lượng nghiên cứu "
                "tình huống gắn với cơ sở."
            ),
            P("2. Một số giải pháp", "b"),
            P("Thứ nhất, xây dựng ngân hàng tình huống từ thực tiễn các xã, phường trong tỉnh.", "li"),
            P("Thứ hai, bồi dưỡng kỹ năng tổ chức thảo luận, điều khiển lớp học cho giảng viên trẻ.", "li"),
            P("Thứ ba, ứng dụng công nghệ thông tin, học liệu số trong từng bài giảng.", "li"),
            P(
                "Thực hiện đồng bộ các giải pháp trên sẽ góp phần nâng cao chất lượng giảng dạy, đáp "
                "ứng yêu cầu xây dựng đội ngũ cán bộ các cấp của tỉnh trong giai đoạn mới."
            ),
        ],
        authors=["A Tuấn", "Lê Thị Mai"],
        summary=(
            "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực, chủ "
            "động của học viên là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng cán "
            "bộ ở các trường chính trị cấp tỉnh."
        ),
        opts={"tpl": "nc", "byline": "ThS. A Tuấn, ThS. Lê Thị Mai (Khoa Nhà nước và pháp luật)"},
    ),
    Story(
        2390,
        "hoi-thao-chao-mung-ngay-nha-giao-viet-nam",
        "HỘI THAO CÁN BỘ, VIÊN CHỨC CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
        "tin-tuc-su-kien",
        "2026-11-21T16:20:00+07:00",
        [
            P(
                "Hội thao diễn ra trong hai ngày 18 và 19/11/2026 với ba môn thi đấu: bóng chuyền hơi, "
                "cầu lông và kéo co, thu hút gần 60 vận động viên là cán bộ, giảng viên, nhân viên của "
                "các khoa, phòng."
            ),
            Img(img("11", "hoi-thao-20-11-1.jpg"), "Thi đấu kéo co", "Thi đấu kéo co", "center"),
            P("Kết quả toàn đoàn:"),
            P("Giải | Đơn vị | Điểm", "row"),
            P("Nhất | Khoa Lý luận cơ sở | 27", "row"),
            P("Nhì | Phòng Đào tạo | 24", "row"),
            P("Ba | Khoa Xây dựng Đảng | 21", "row"),
            P(
                "Ban Tổ chức đã trao cờ, giấy khen và tiền thưởng cho các đơn vị, cá nhân đạt giải. Hội "
                "thao là dịp để cán bộ, viên chức rèn luyện sức khỏe, tăng cường đoàn kết, gắn bó."
            ),
            Raw('<p style="text-align: right;">Tin: Đoàn Minh Quang; Ảnh: Y Nhung</p>'),
        ],
        authors=["Đoàn Minh Quang"],
        photographers=["Y Nhung"],
        summary=(
            "Nhằm chào mừng 44 năm Ngày Nhà giáo Việt Nam, Công đoàn Trường Chính trị tỉnh tổ chức "
            "Hội thao cán bộ, viên chức năm 2026."
        ),
        sapo_outside=True,
        opts={
            "date": "21/11/2026 4:20:00 CH",
            "subtitle": "Chào mừng 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        },
    ),
    Story(
        2387,
        "nguoi-giang-vien-tan-tuy-voi-lop-hoc-vung-sau",
        "Làm theo lời Bác: Người giảng viên tận tụy với những lớp học ở vùng sâu",
        "hoc-tap-lam-theo-bac",
        "2026-11-17T08:45:30+07:00",
        [
            P(
                "Hơn 15 năm gắn bó với nghề, ThS. Trần Thị Hằng, giảng viên Khoa Lý luận cơ sở đã có "
                "mặt ở hầu hết các lớp trung cấp lý luận chính trị mở tại các huyện vùng sâu, vùng xa "
                "của tỉnh như Tu Mơ Rông, Đăk Glei, Ia H'Drai."
            ),
            P(
                "Cô luôn tâm niệm lời dạy của Chủ tịch Hồ Chí Minh:"
            ),
            P(
                "“Dù khó khăn đến đâu cũng phải tiếp tục thi đua dạy tốt và học tốt.”",
                "quote",
            ),
            P(
                "Với học viên là người dân tộc thiểu số, cô dành thời gian trước giờ lên lớp để trò "
                "chuyện, giải thích các khái niệm khó bằng những ví dụ gần gũi với buôn làng. Nhiều "
                "học viên sau khi tốt nghiệp đã trở thành cán bộ chủ chốt của xã."
            ),
            Img(
                img("11", "giang-vien-vung-sau.jpg"),
                "ThS. Trần Thị Hằng trao đổi với học viên lớp Trung cấp LLCT tại huyện Tu Mơ Rông",
                "ThS. Trần Thị Hằng trao đổi với học viên lớp Trung cấp LLCT tại huyện Tu Mơ Rông",
                "with",
            ),
            P(
                "Năm 2026, cô được Ban Thường vụ Tỉnh ủy tặng Giấy khen vì có thành tích tiêu biểu "
                "trong thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Văn Hùng, Phó Trưởng Khoa Nhà nước và pháp luật</strong></p>'
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={"date": "17/11/2026 8:45:30 SA", "updated": "20/11/2026 2:02:11 CH"},
    ),
    Story(
        2384,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec",
        "Đoàn công tác Học viện Chính trị khu vực III làm việc với Trường Chính trị tỉnh",
        "tin-tuc-su-kien",
        "2026-11-12T10:30:00+07:00",
        [
            P(
                "Ngày 11/11/2026, Đoàn công tác Học viện Chính trị khu vực III do PGS.TS Phạm Văn Lợi, "
                "Phó Giám đốc Học viện làm trưởng đoàn đã đến thăm và làm việc với Trường Chính trị tỉnh "
                "Kon Tum về công tác phối hợp đào tạo cao cấp lý luận chính trị."
            ),
            Img(
                img("11", "hoc-vien-kv3-lam-viec.jpg"),
                "Toàn cảnh buổi làm việc. (Ảnh: Hoàng Long)",
                "Toàn cảnh buổi làm việc. (Ảnh: Hoàng Long)",
                "center",
            ),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về kết quả phối hợp tổ chức lớp Cao cấp lý luận "
                "chính trị hệ không tập trung khóa 2025-2027 tại tỉnh, công tác quản lý học viên, bố trí "
                "giảng viên và cơ sở vật chất phục vụ lớp học."
            ),
            P(
                "Lãnh đạo Học viện đánh giá cao sự phối hợp chặt chẽ của nhà trường, đồng thời đề nghị "
                "tiếp tục nâng cao chất lượng đội ngũ giảng viên tham gia giảng dạy các chuyên đề."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        photographers=["Hoàng Long"],
        opts={"date": "12/11/2026 10:30:00 SA"},
    ),
    Story(
        2381,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "cong-tac-dao-tao",
        "2026-11-06T16:00:00+07:00",
        [
            P(
                "Chiều 05/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Trong thời gian 10 ngày, 112 học viên là trưởng thôn, làng, tổ dân phố, bí thư chi bộ "
                "thôn đã được nghiên cứu 12 chuyên đề về đường lối quốc phòng, an ninh của Đảng, xây dựng "
                "nền quốc phòng toàn dân và thế trận an ninh nhân dân."
            ),
            P("Kết quả học tập:", "b"),
            P("Loại giỏi: 38 học viên (33,9%)", "li"),
            P("Loại khá: 69 học viên (61,6%)", "li"),
            P("Loại trung bình: 5 học viên (4,5%)", "li"),
            Img(img("11", "be-giang-qpan-dt4.jpg"), "Trao giấy chứng nhận cho học viên", "Trao giấy chứng nhận cho học viên", "em"),
            P(
                "Theo đánh giá của Ban Tổ chức, học viên chấp hành nghiêm nội quy, quy chế lớp học; "
                "nhiều ý kiến tham luận gắn với thực tiễn giữ gìn an ninh trật tự ở thôn, làng."
            ),
        ],
        authors=["Lê Văn Thành"],
        opts={"date": "06/11/2026 4:00:00 CH", "meta_author": "ThS. Lê Văn Thành"},
    ),
    Story(
        2379,
        "gap-mat-ky-niem-ngay-thanh-lap-truong",
        "Gặp mặt kỷ niệm 50 năm Ngày thành lập Trường Chính trị tỉnh Kon Tum",
        "tin-tuc-su-kien",
        "2026-11-03T09:00:00+07:00",
        [
            P(
                "Sáng 02/11/2026, Trường Chính trị tỉnh tổ chức buổi gặp mặt kỷ niệm 50 năm Ngày thành "
                "lập trường, với sự tham dự của các thế hệ cán bộ, giảng viên đã nghỉ hưu và đại diện "
                "các cơ quan, đơn vị trong tỉnh."
            ),
            P(
                "Trải qua 50 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng cho hàng vạn "
                "lượt cán bộ, đảng viên của tỉnh; được Đảng, Nhà nước tặng thưởng nhiều phần thưởng cao quý."
            ),
            Img(img("11", "gap-mat-50-nam-1.jpg"), "Các thế hệ cán bộ, giảng viên của trường", "Các thế hệ cán bộ, giảng viên của trường", "em"),
            Img(img("11", "gap-mat-50-nam-2.jpg"), None, None, "none"),
            P(
                "Tại buổi gặp mặt, các đại biểu đã ôn lại những kỷ niệm của chặng đường đã qua và gửi "
                "gắm nhiều tâm tư, kỳ vọng tới thế hệ cán bộ, giảng viên hôm nay."
            ),
            Raw('<p style="text-align: right;"><strong>Công đoàn Trường</strong></p>'),
        ],
        authors=["Công đoàn Trường"],
        opts={"date": "03/11/2026 9:00:00 SA"},
    ),
    Story(
        2376,
        "giai-phap-nang-cao-chat-luong-bao-cao-vien-kiem-chuc-o-co-so",
        "Một số giải pháp nâng cao chất lượng đội ngũ báo cáo viên kiêm chức ở cơ sở",
        "nghien-cuu-trao-doi",
        "2026-10-29",
        [
            P(
                "Đội ngũ báo cáo viên kiêm chức ở cơ sở là lực lượng trực tiếp đưa nghị quyết của Đảng "
                "đến với cán bộ, đảng viên và nhân dân. Ở Kon Tum, lực lượng này có vai trò đặc biệt ở "
                "các xã vùng đồng bào dân tộc thiểu số."
            ),
            P(
                "Theo Hướng dẫn số 21-HD/BTGTW, báo cáo viên phải nắm vững chủ trương, đường lối, có kỹ "
                "năng truyền đạt phù hợp với từng đối tượng. Thực tế cho thấy, nhiều báo cáo viên ở cơ "
                "sở còn kiêm nhiệm nhiều việc, ít có thời gian nghiên cứu, cập nhật thông tin."
            ),
            P(
                "Để nâng cao chất lượng đội ngũ này, cần chú trọng ba nhóm giải pháp: lựa chọn đúng người "
                "có uy tín, am hiểu phong tục tập quán và biết tiếng dân tộc; thường xuyên bồi dưỡng kỹ "
                "năng thuyết trình, nắm bắt dư luận xã hội; có chế độ hỗ trợ hợp lý."
            ),
            P(
                "Trường Chính trị tỉnh có thể phối hợp với Ban Tuyên giáo các huyện ủy mở các lớp bồi "
                "dưỡng ngắn ngày ngay tại cơ sở, sử dụng song ngữ trong những buổi thực hành."
            ),
        ],
        authors=["Y Hương"],
        opts={"tpl": "nc", "byline": "TS. Y Hương", "byline2": "Giảng viên chính, Khoa Lý luận cơ sở"},
    ),
    Story(
        2371,
        "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        "tin-tuc-su-kien",
        "2026-10-20T14:15:00+07:00",
        [
            P(
                "Chiều 19/10/2026, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề “Nâng cao chất "
                "lượng bài giảng gắn với thực tiễn địa phương” với sự tham dự của đồng chí Bí thư Đảng ủy nhà trường."
            ),
            P(
                "Các đảng viên đã thẳng thắn trao đổi những khó khăn khi giảng dạy cho học viên ở các "
                "huyện vùng sâu và đề xuất biên soạn tài liệu tham khảo có tình huống thực tiễn của tỉnh."
            ),
            P(
                "Kết luận buổi sinh hoạt, chi bộ giao mỗi giảng viên xây dựng ít nhất hai tình huống "
                "thực tiễn cho học phần mình phụ trách, hoàn thành trong tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><strong><em>A Sang - Chi bộ Khoa Lý luận cơ sở</em></strong></p>'),
        ],
        authors=["A Sang"],
        opts={"date": "20/10/2026 2:15:00 CH"},
    ),
    Story(
        2368,
        "tu-tuong-ho-chi-minh-ve-tu-phe-binh-va-phe-binh",
        "Tư tưởng Hồ Chí Minh về tự phê bình và phê bình - giá trị lý luận và thực tiễn",
        "hoc-tap-lam-theo-bac",
        "2026-10-14T15:00:00+07:00",
        [
            P(
                "Chủ tịch Hồ Chí Minh coi tự phê bình và phê bình là quy luật phát triển của Đảng, là "
                "vũ khí sắc bén để Đảng tự chỉnh đốn, tự đổi mới. Người viết: “Một Đảng mà giấu giếm "
                "khuyết điểm của mình là một Đảng hỏng.”"
            ),
            P("Mục đích của tự phê bình và phê bình", "h3"),
            P(
                "Theo Người, mục đích của tự phê bình và phê bình là để giúp nhau sửa chữa, giúp nhau "
                "tiến bộ, để sửa đổi cách làm việc cho tốt hơn, đúng hơn, để đoàn kết và thống nhất nội bộ."
            ),
            P("Phương pháp tự phê bình và phê bình", "h3"),
            P(
                "Tự phê bình và phê bình phải thường xuyên, như người ta rửa mặt hằng ngày; phải thành "
                "khẩn, trung thực, có lý, có tình, tránh lối phê bình một chiều, “đao to búa lớn”."
            ),
            P(
                "Vận dụng tư tưởng của Người trong giai đoạn hiện nay, mỗi tổ chức đảng cần đưa tự phê "
                "bình và phê bình thành nền nếp, gắn với việc thực hiện các quy định về nêu gương của "
                "cán bộ, đảng viên, nhất là người đứng đầu."
            ),
            Raw('<p style="text-align: right;"><strong>PGS.TS. Đỗ Minh Tuấn</strong></p>'),
            Raw('<p style="text-align: right;"><em>Theo Tạp chí Cộng sản</em></p>'),
        ],
        authors=["Đỗ Minh Tuấn"],
        source="Tạp chí Cộng sản",
        opts={"date": "14/10/2026 3:00:00 CH", "updated": "15/10/2026 9:12:40 SA"},
    ),
    Story(
        2365,
        "lop-cao-cap-llct-nghien-cuu-thuc-te-tai-dak-glei",
        "Lớp Cao cấp lý luận chính trị nghiên cứu thực tế tại huyện Đăk Glei",
        "tin-tuc-su-kien",
        "2026-10-08T07:30:00+07:00",
        [
            P(
                "Đoàn gồm 95 học viên đã nghiên cứu thực tế về công tác xây dựng Đảng, phát triển kinh "
                "tế - xã hội gắn với giữ vững quốc phòng, an ninh ở khu vực biên giới."
            ),
            P(
                "Tại xã Đăk Nhoong, học viên tìm hiểu mô hình trồng sâm Ngọc Linh dưới tán rừng của tổ "
                "hợp tác, nghe lãnh đạo xã giới thiệu kết quả thực hiện chương trình mục tiêu quốc gia "
                "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
                "mso",
            ),
            Img(img("10", "thuc-te-dak-glei.jpg"), "Học viên tham quan mô hình trồng sâm Ngọc Linh", "Học viên tham quan mô hình trồng sâm Ngọc Linh", "em"),
            P(
                "Kết thúc chuyến đi, mỗi học viên hoàn thành bài thu hoạch, đề xuất giải pháp cho địa "
                "phương nơi mình công tác."
            ),
            Raw('<p style="text-align: right;"><strong>Quang Hiếu</strong><br>Nguồn: Báo Kon Tum</p>'),
        ],
        authors=["Quang Hiếu"],
        source="Báo Kon Tum",
        summary=(
            "Từ ngày 05 đến 07/10/2026, lớp Cao cấp lý luận chính trị hệ không tập trung khóa "
            "2025-2027 mở tại tỉnh Kon Tum đã đi nghiên cứu thực tế tại huyện Đăk Glei."
        ),
        sapo_outside=True,
        opts={"date": "08/10/2026 7:30:00 SA"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
MOST_READ = [2390, 2393, 2384, 2396, 2381]


def fpath(s: Story) -> str:
    return f"/tin-tuc/{s.id}/{s.slug}.aspx"


def tab_of(s: Story) -> int:
    return TAB[s.cat]


def in_cat(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


def ddmmyyyy(s: Story) -> str:
    y, m, d = s.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def day_line(s: Story) -> str:
    day = _dt.date.fromisoformat(s.published_at[:10])
    return f"{WEEKDAYS[day.weekday()]}, {ddmmyyyy(s)}"


# --- rendering of the text ---------------------------------------------------------------------


def render_img(b: Img) -> str:
    tag = f'<img src="{esc(b.src)}" alt="" style="width: 500px;" border="0">'
    if b.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{esc(b.printed)}</em></p>'
    if b.style == "tbl":
        return (
            '<table class="image" align="center" cellpadding="0" cellspacing="0"><tbody>'
            f"<tr><td>{tag}</td></tr><tr><td class=\"caption\">{esc(b.printed)}</td></tr></tbody></table>"
        )
    if b.style == "center":
        return f'<p align="center">{tag}</p>\n<p align="center">{esc(b.printed)}</p>'
    if b.style == "with":
        return f'<div style="text-align: center;">{tag}<br><span style="font-size: 11px;">{esc(b.printed)}</span></div>'
    return f'<p style="text-align: center;">{tag}</p>'


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "row", "br"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in run) + "</ul>")
            elif b.style == "br":
                out.append("<p>" + "<br />\n".join(esc(t) for t in run) + "</p>")
            else:
                rows = []
                for n, t in enumerate(run):
                    cells = t.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        elif b.style == "lead":
            out.append(f"<p><em><strong>{esc(b.text)}</strong></em></p>")
        elif b.style == "mso":
            words = esc(b.text).split(" ")
            words[3] = words[3] + "&nbsp;"
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36pt;">'
                '<span style="font-size: 14pt; font-family: &quot;Times New Roman&quot;;">'
                + " ".join(words)
                + "<o:p></o:p></span></p>"
            )
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- ASP.NET state -----------------------------------------------------------------------------

PAGER_ID = "ctl00$ContentPane$ctl01$NewsList"


def viewstate(tab: int, page: int) -> str:
    return "/wEPDwUKMTk" + opaque(f"vs:{tab}:{page}", 420)


def eventvalidation(tab: int, page: int) -> str:
    return "/wEWBgK" + opaque(f"ev:{tab}:{page}", 60)


def decode_viewstate(value: str) -> tuple[int, int] | None:
    for tab in [1, ALL_NEWS_TAB, *TAB.values(), 30, 35, 36, 38]:
        for page in range(1, 5):
            if viewstate(tab, page) == value:
                return tab, page
    return None


def form_open(action: str, tab: int, page: int = 1) -> str:
    return f"""<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(tab, page)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>"""


def form_close(tab: int, page: int = 1) -> str:
    return (
        '<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" '
        f'value="{eventvalidation(tab, page)}" /></div>\n</form>'
    )


# --- the skin ----------------------------------------------------------------------------------


def menu() -> str:
    items = ['<li><a class="level1" href="/Default.aspx?tabid=1">Trang chủ</a></li>']
    items.append(
        '<li><a class="level1" href="/default.aspx?tabid=30">Giới thiệu</a><ul class="level2">'
        '<li><a href="/gioi-thieu/lich-su-hinh-thanh.aspx">Lịch sử hình thành</a></li></ul></li>'
    )
    sub = []
    for key in CATEGORIES:
        if key == "hoc-tap-lam-theo-bac":
            href = "javascript:__doPostBack('ctl00$mnuTop','73')"
        else:
            href = f"/default.aspx?tabid={TAB[key]}"
        sub.append(f'<li><a class="level2" href="{href}">{esc(MENU_LABEL[key])}</a></li>')
    items.append(
        f'<li><a class="level1" href="/default.aspx?tabid={ALL_NEWS_TAB}">Tin tức</a>'
        f'<ul class="level2">{"".join(sub)}</ul></li>'
    )
    items.append('<li><a class="level1" href="/default.aspx?tabid=36">Văn bản</a></li>')
    items.append('<li><a class="level1" href="/default.aspx?tabid=38">Thư viện ảnh</a></li>')
    items.append('<li><a class="level1" href="/default.aspx?tabid=35">Liên hệ</a></li>')
    return '<div id="ctl00_mnuTop" class="mainmenu"><ul class="level1">' + "".join(items) + "</ul></div>"


def sidebar() -> str:
    most = "".join(
        f'<li><a href="/Default.aspx?tabid=1&amp;newsid={i}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<div class="right-col">
<div class="box"><div class="box-title">Tin đọc nhiều</div><ul class="most-read">{most}</ul></div>
<div class="box banner"><a href="/default.aspx?tabid={TAB['hoc-tap-lam-theo-bac']}"><img src="/Portals/0/Banner/hoc-tap-lam-theo-bac.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"></a></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div>
<div class="poll"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<input type="radio" name="ctl00$RightPane$Poll1$rdoAnswer" value="1"> Đẹp, dễ sử dụng<br>
<input type="radio" name="ctl00$RightPane$Poll1$rdoAnswer" value="2"> Bình thường<br>
<input type="radio" name="ctl00$RightPane$Poll1$rdoAnswer" value="3"> Khó tìm thông tin<br>
<input type="submit" name="ctl00$RightPane$Poll1$btnVote" value="Biểu quyết" class="button">
<a href="javascript:void(0)" onclick="window.open('/Poll/Result.aspx?pollid=4','kq','width=420,height=320')">Xem kết quả</a></div></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="http://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="http://www.kontum.gov.vn">Cổng TTĐT tỉnh Kon Tum</option>
<option value="http://www.baokontum.com.vn">Báo Kon Tum</option></select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div>
<table class="counter"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>
<tr><td>Tổng truy cập:</td><td>1.284.519</td></tr></table></div>
</div>"""


def layout(title: str, tab: int, action: str, main: str, page: int = 1) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)}
</title><meta name="GENERATOR" content="TNSoft Portal 3.5" />
<link href="{SKIN}/skin.css" rel="stylesheet" type="text/css" />
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=633802945995006876" type="text/javascript"></script>
</head>
<body>
{form_open(action, tab, page)}
<div id="wrapper">
<div id="header"><a href="/"><img src="{SKIN}/images/logo.png" alt="Logo" /></a>
<img src="{SKIN}/images/banner-top.jpg" alt="{esc(SITE)}" class="banner-top" />
<div class="topbar"><span id="ctl00_lblDate" class="today">{TODAY}</span>
<span class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" />
<a href="javascript:void(0)" onclick="location.href='/Search.aspx?k='+encodeURIComponent(document.getElementById('ctl00_txtSearch').value)">Tìm kiếm</a></span></div>
{menu()}
</div>
<div id="content"><div class="left-col">
{main}
</div>
{sidebar()}
</div>
<div id="footer"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH KON TUM</strong></p>
<p>Địa chỉ: 358 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum</p>
<p>Điện thoại: 0260.3862.415 - Fax: 0260.3862.417 - Email: truongchinhtri@kontum.gov.vn</p>
<p>Chịu trách nhiệm chính: Hiệu trưởng Trường Chính trị tỉnh Kon Tum</p>
<p class="copy">Thiết kế và phát triển bởi Công ty CP Phần mềm TNSoft</p></div>
</div>
{form_close(tab, page)}
</body>
</html>"""


def page_response(body: str) -> Response:
    return html(body, headers={"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"})


# --- listings ----------------------------------------------------------------------------------


def brief(s: Story) -> str:
    source = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = source.split()
    return " ".join(words[:22]) + "..."


def list_items(stories: list[Story]) -> str:
    out = []
    for s in stories:
        out.append(
            f'<div class="item"><a href="{fpath(s)}"><img class="thumb" src="/Portals/0/News/Thumbs/{s.id}.jpg" alt="" /></a>'
            f'<a class="item-title" href="{fpath(s)}">{esc(s.title)}</a> <span class="item-date">({ddmmyyyy(s)})</span>'
            f'<div class="item-brief">{esc(brief(s))}</div><div class="clear"></div></div>'
        )
    return "\n".join(out)


def pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = ['<div class="pager">Trang: ']
    if page > 1:
        parts.append(f"<a href=\"javascript:__doPostBack('{PAGER_ID}$lbtPrev','')\">« Trước</a> ")
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="current">{n}</span> ')
        else:
            parts.append(
                f"<a href=\"javascript:__doPostBack('{PAGER_ID}$rptPager$ctl{n - 1:02d}$lbtPage','')\">{n}</a> "
            )
    if page < pages:
        parts.append(f"<a href=\"javascript:__doPostBack('{PAGER_ID}$lbtNext','')\">Sau »</a>")
    parts.append("</div>")
    return "".join(parts)


def listing_stories(tab: int) -> list[Story]:
    if tab == ALL_NEWS_TAB:
        return list(STORIES)
    return in_cat(CAT_BY_TAB[tab])


def listing(tab: int, page: int) -> str:
    stories = listing_stories(tab)
    pages = (len(stories) + PER_PAGE - 1) // PER_PAGE
    page = max(1, min(page, pages))
    name = "Tin tức" if tab == ALL_NEWS_TAB else CATEGORIES[CAT_BY_TAB[tab]]
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>{esc(name)}</span></div>
<div class="module-title"><h1>{esc(name)}</h1></div>
<div class="news-list" id="ctl00_ContentPane_ctl01_NewsList_pnlList">
{list_items(chunk)}
</div>
{pager(page, pages)}"""
    return layout(f"{name} - {SITE}", tab, f"/Default.aspx?tabid={tab}", main, page)


def home() -> str:
    newest = STORIES[:5]
    slider = "".join(
        f'<li><a href="/Default.aspx?tabid=1&amp;newsid={s.id}"><img src="/Portals/0/News/Thumbs/{s.id}.jpg" alt="" />'
        f"<span>{esc(s.title)}</span></a></li>"
        for s in newest[:3]
    )
    latest = "".join(
        f'<li><a href="/Default.aspx?tabid=1&amp;newsid={s.id}">{esc(s.title)}</a> <span class="date">({ddmmyyyy(s)})</span></li>'
        for s in newest
    )
    boxes = []
    for key in CATEGORIES:
        items = "".join(f'<li><a href="{fpath(s)}">{esc(s.title)}</a></li>' for s in in_cat(key)[:3])
        boxes.append(
            f'<div class="cat-box"><div class="cat-title"><a href="/default.aspx?tabid={TAB[key]}">{esc(MENU_LABEL[key])}</a></div>'
            f'<ul>{items}</ul><a class="more" href="/default.aspx?tabid={TAB[key]}">Xem thêm »</a></div>'
        )
    main = f"""<div class="slider"><ul>{slider}</ul></div>
<div class="box-latest"><div class="box-title">Tin mới</div><ul>{latest}</ul></div>
{"".join(boxes)}"""
    return layout(SITE, 1, "/Default.aspx?tabid=1", main)


# --- article pages -----------------------------------------------------------------------------


def related(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:4]
    items = "".join(f'<li><a href="{fpath(o)}">{esc(o.title)}</a> <span>({ddmmyyyy(o)})</span></li>' for o in others)
    title = "Các bài đã đăng" if s.opts.get("tpl") == "nc" else "Các tin khác"
    return f'<div class="other-news"><div class="other-title">{title}</div><ul>{items}</ul></div>'


def tools(s: Story) -> str:
    return (
        '<div class="news-tools">'
        f"<a href=\"javascript:void(0)\" onclick=\"window.open('/Print.aspx?newsid={s.id}','print','width=800,height=600,scrollbars=1')\">"
        f'<img src="{SKIN}/images/print.gif" alt="" /> In bài</a> '
        f'<a href="/Default.aspx?tabid={tab_of(s)}&amp;newsid={s.id}&amp;act=email"><img src="{SKIN}/images/email.gif" alt="" /> Gửi email</a> '
        '<a href="javascript:void(0)" onclick="zoomText(1)">A+</a> <a href="javascript:void(0)" onclick="zoomText(-1)">A-</a>'
        "</div>"
    )


def std_article(s: Story) -> str:
    key = s.cat
    crumbs = '<a href="/">Trang chủ</a> » '
    if key != "hoc-tap-lam-theo-bac":
        crumbs += f'<a href="/default.aspx?tabid={ALL_NEWS_TAB}">Tin tức</a> » '
    crumbs += f'<a href="/default.aspx?tabid={TAB[key]}">{esc(CATEGORIES[key])}</a>'
    subtitle = f'<div class="news-subtitle">{esc(s.opts["subtitle"])}</div>\n' if "subtitle" in s.opts else ""
    info = [f'<span class="news-date">Ngày đăng: {s.opts["date"]}</span>', f"<span>Lượt xem: {s.views()}</span>"]
    if "meta_author" in s.opts:
        info.append(f'<span class="news-author">Tác giả: {esc(s.opts["meta_author"])}</span>')
    info.append('<span class="news-poster">Người đăng: quantri</span>')
    sapo = f"<strong>{esc(s.summary)}</strong>" if s.summary and s.sapo_outside else ""
    updated = s.opts.get("updated")
    upd = f'<div class="news-updated">Cập nhật lần cuối: {updated}</div>' if updated else ""
    attach = ""
    if s.id == 2396:
        attach = (
            '<div class="news-attach"><b>File đính kèm:</b> <a href="/Portals/0/Files/lich-hoc-k20-dak-ha.pdf">'
            "lich-hoc-k20-dak-ha.pdf</a></div>"
        )
    return f"""<div class="breadcrumb">{crumbs}</div>
<div class="news-detail">
{subtitle}<h2 class="news-title"><span id="ctl00_ContentPane_ctl00_lblTitle">{esc(s.title)}</span></h2>
<div class="news-info">{" | ".join(info)}</div>
{tools(s)}
<div class="news-sapo">{sapo}</div>
<div class="news-content" id="ctl00_ContentPane_ctl00_divContent">
{render_blocks(s.blocks)}
</div>
{attach}
{upd}
</div>
{related(s)}"""


def nc_article(s: Story) -> str:
    by = f'<strong>{esc(s.opts["byline"])}</strong>'
    if "byline2" in s.opts:
        by += f'<br /><em>{esc(s.opts["byline2"])}</em>'
    return f"""<div class="path"><a href="/">Trang chủ</a> &gt; <a href="/default.aspx?tabid={TAB[s.cat]}">{esc(CATEGORIES[s.cat])}</a></div>
<table class="tblChiTiet" width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="tieude">{esc(s.title)}</td></tr>
<tr><td class="ngaydang">{day_line(s)}</td></tr>
<tr><td class="tacgia" align="right">{by}</td></tr>
<tr><td>{tools(s)}</td></tr>
<tr><td class="noidung">
{render_blocks(s.blocks)}
</td></tr>
</table>
{related(s)}"""


def article(s: Story, action_tab: int) -> str:
    main = nc_article(s) if s.opts.get("tpl") == "nc" else std_article(s)
    title = f"{CATEGORIES[s.cat]} - {SITE}"
    return layout(title, tab_of(s), f"/Default.aspx?tabid={action_tab}&newsid={s.id}", main)


def print_view(s: Story) -> str:
    date = day_line(s) if s.opts.get("tpl") == "nc" else f"Ngày đăng: {s.opts['date']}"
    sapo = f'<p class="sapo"><strong>{esc(s.summary)}</strong></p>' if s.summary and s.sapo_outside else ""
    return f"""<html><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<link href="{SKIN}/print.css" rel="stylesheet" /></head>
<body onload="window.print()"><div class="print-head"><img src="{SKIN}/images/logo-print.png" alt="" /> {esc(SITE)}</div>
<h1>{esc(s.title)}</h1><div class="date">{date}</div>
{sapo}<div class="content">{render_blocks(s.blocks)}</div>
<div class="print-foot">Địa chỉ bài viết: {esc(fpath(s))}</div></body></html>"""


def email_form(s: Story) -> str:
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Gửi bài viết qua email</span></div>
<div class="sendmail"><h2>Gửi bài viết qua email</h2>
<p>Bài viết: <strong>{esc(s.title)}</strong></p>
<table><tr><td>Họ tên người gửi:</td><td><input name="ctl00$ContentPane$txtName" type="text" /></td></tr>
<tr><td>Email người nhận:</td><td><input name="ctl00$ContentPane$txtTo" type="text" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="ctl00$ContentPane$txtMsg" rows="4" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPane$btnSend" value="Gửi" /></td></tr></table></div>"""
    return layout(f"Gửi email - {SITE}", tab_of(s), f"/Default.aspx?tabid={tab_of(s)}&newsid={s.id}&act=email", main)


# --- non-article pages -------------------------------------------------------------------------


def static_history() -> str:
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/default.aspx?tabid=30">Giới thiệu</a> » <span>Lịch sử hình thành</span></div>
<div class="static-page"><h2 class="page-title">Lịch sử hình thành và phát triển</h2>
<p>Trường Chính trị tỉnh Kon Tum tiền thân là Trường Đảng tỉnh, được thành lập năm 1976. Trải qua nhiều lần
chia tách, sáp nhập, ngày 01/7/1991 khi tỉnh Kon Tum được tái lập, Trường Đảng tỉnh được thành lập lại và
năm 1995 đổi tên thành Trường Chính trị tỉnh Kon Tum.</p>
<p>Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở; đào
tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng kiến thức quốc phòng và an ninh.</p>
<p>Hiện nay, nhà trường có 4 khoa, 2 phòng chức năng với 58 cán bộ, giảng viên, nhân viên.</p></div>"""
    return layout(f"Giới thiệu - {SITE}", 30, "/gioi-thieu/lich-su-hinh-thanh.aspx", main)


def contact() -> str:
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Liên hệ</span></div>
<div class="contact"><h2>Liên hệ</h2><p>Trường Chính trị tỉnh Kon Tum</p>
<p>Địa chỉ: 358 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum</p><p>Điện thoại: 0260.3862.415</p>
<table><tr><td>Họ và tên:</td><td><input name="ctl00$ContentPane$Contact1$txtName" type="text" /></td></tr>
<tr><td>Tiêu đề:</td><td><input name="ctl00$ContentPane$Contact1$txtTitle" type="text" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPane$Contact1$txtBody"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPane$Contact1$btnSend" value="Gửi liên hệ" /></td></tr></table></div>"""
    return layout(f"Liên hệ - {SITE}", 35, "/Default.aspx?tabid=35", main)


DOCS = [
    (412, "ke-hoach-dao-tao-boi-duong-nam-2027", "45-KH/TCT", "25/11/2026", "Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027"),
    (405, "quy-che-chi-tieu-noi-bo-2026", "112/QĐ-TCT", "02/10/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ"),
]


def documents() -> str:
    rows = "".join(
        f'<tr><td>{no}</td><td>{day}</td><td><a href="/van-ban/{i}/{slug}.aspx">{esc(t)}</a></td></tr>'
        for i, slug, no, day, t in DOCS
    )
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Văn bản</span></div>
<table class="grid" border="1"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>"""
    return layout(f"Văn bản - {SITE}", 36, "/Default.aspx?tabid=36", main)


def document(i: int) -> str | None:
    for did, slug, no, day, t in DOCS:
        if did == i:
            main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/default.aspx?tabid=36">Văn bản</a></div>
<div class="doc-detail"><h2 class="doc-title">{esc(t)}</h2>
<table class="doc-info"><tr><td>Số ký hiệu:</td><td>{no}</td></tr><tr><td>Ngày ban hành:</td><td>{day}</td></tr>
<tr><td>Cơ quan ban hành:</td><td>Trường Chính trị tỉnh Kon Tum</td></tr>
<tr><td>Trích yếu:</td><td>{esc(t)} của Trường Chính trị tỉnh Kon Tum.</td></tr>
<tr><td>Tệp đính kèm:</td><td><a href="/Portals/0/VanBan/{slug}.pdf">{slug}.pdf</a></td></tr></table></div>"""
            return layout(f"{t} - {SITE}", 36, f"/van-ban/{did}/{slug}.aspx", main)
    return None


def gallery_list() -> str:
    main = """<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>Thư viện ảnh</span></div>
<div class="albums"><div class="album"><a href="/thu-vien-anh/12/hoi-thao-chao-mung-20-11.aspx">
<img src="/Portals/0/Album/12/cover.jpg" alt="" /><span>Hội thao chào mừng 20/11</span></a></div></div>"""
    return layout(f"Thư viện ảnh - {SITE}", 38, "/Default.aspx?tabid=38", main)


def gallery_album() -> str:
    photos = "".join(
        f'<div class="photo"><img src="/Portals/0/Album/12/{n}.jpg" alt="" /><p class="photo-caption">{esc(c)}</p></div>'
        for n, c in enumerate(["Lễ khai mạc Hội thao", "Thi đấu bóng chuyền hơi", "Trao giải toàn đoàn"], 1)
    )
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/default.aspx?tabid=38">Thư viện ảnh</a></div>
<div class="album-detail"><h2>Hội thao chào mừng 20/11</h2><div class="album-date">Ngày đăng: 21/11/2026 5:02:00 CH</div>
{photos}</div>"""
    return layout(f"Thư viện ảnh - {SITE}", 38, "/thu-vien-anh/12/hoi-thao-chao-mung-20-11.aspx", main)


# --- the site ----------------------------------------------------------------------------------


def aspnet_error(message: str) -> Response:
    body = f"""<html><head><title>{esc(message)}</title></head><body bgcolor="white">
<h1>Server Error in '/' Application.<hr width=100% size=1 color=silver></h1>
<h2><i>{esc(message)}</i></h2><b>Description:</b> An unhandled exception occurred during the execution of the current web request.
</body></html>"""
    return html(body, status=500)


def postback_page(tab: int, form: dict[str, str]) -> Response:
    """A POST to a listing: the page comes from __EVENTTARGET and the page kept in __VIEWSTATE."""
    target = form.get("__EVENTTARGET", "")
    state = form.get("__VIEWSTATE")
    if not state:
        return page_response(listing(tab, 1))
    decoded = decode_viewstate(state)
    if decoded is None or decoded[0] != tab:
        return aspnet_error("Validation of viewstate MAC failed.")
    _, current = decoded
    if form.get("__EVENTVALIDATION") != eventvalidation(tab, current):
        return aspnet_error("Invalid postback or callback argument.")
    page = current
    if m := re.fullmatch(re.escape(PAGER_ID) + r"\$rptPager\$ctl(\d\d)\$lbtPage", target):
        page = int(m.group(1)) + 1
    elif target == f"{PAGER_ID}$lbtNext":
        page = current + 1
    elif target == f"{PAGER_ID}$lbtPrev":
        page = current - 1
    return page_response(listing(tab, page))


class VendorPortal:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        low = path.lower()
        if low.startswith(("/portals/", "/webresource.axd")) or low == "/favicon.ico":
            return static_file(path) or Response(200, b"", {"Content-Type": "application/javascript"})
        params = {k.lower(): v for k, v in request.params.items()}
        if request.method == "POST" and request.form.get("__EVENTTARGET") == "ctl00$mnuTop":
            arg = request.form.get("__EVENTARGUMENT", "")
            return redirect(f"/default.aspx?tabid={arg}" if arg.isdigit() else "/", 302)
        if low == "/print.aspx":
            s = BY_ID.get(int(params.get("newsid", "0") or 0)) if params.get("newsid", "").isdigit() else None
            return page_response(print_view(s)) if s else None
        if m := re.fullmatch(r"/tin-tuc/(\d+)/([a-z0-9-]+)\.aspx", low):
            s = BY_ID.get(int(m.group(1)))
            if s and s.slug == m.group(2) and not request.query:
                if request.method == "POST":
                    return redirect(fpath(s), 302)
                return page_response(article(s, tab_of(s)))
            return None
        if low == "/gioi-thieu/lich-su-hinh-thanh.aspx":
            return page_response(static_history())
        if m := re.fullmatch(r"/van-ban/(\d+)/[a-z0-9-]+\.aspx", low):
            page = document(int(m.group(1)))
            return page_response(page) if page else None
        if low == "/thu-vien-anh/12/hoi-thao-chao-mung-20-11.aspx":
            return page_response(gallery_album())
        if low == "/":
            return page_response(home())
        if low != "/default.aspx":
            return None
        tab = params.get("tabid", "1")
        if not tab.isdigit():
            return None
        tab = int(tab)
        news = params.get("newsid")
        if news is not None:
            s = BY_ID.get(int(news)) if news.isdigit() else None
            if s is None or tab not in (1, ALL_NEWS_TAB, *TAB.values()):
                return None
            if params.get("act") == "email":
                return page_response(email_form(s))
            if params.get("act"):
                return None
            return page_response(article(s, tab))
        if tab in (ALL_NEWS_TAB, *TAB.values()):
            if request.method == "POST":
                return postback_page(tab, request.form)
            return page_response(listing(tab, 1))
        pages = {1: home, 30: static_history, 35: contact, 36: documents, 38: gallery_list}
        if tab in pages:
            return page_response(pages[tab]())
        return None


def build_site() -> VendorPortal:
    return VendorPortal()


def _gold(s: Story) -> dict:
    tabform = f"/Default.aspx?tabid={tab_of(s)}&newsid={s.id}"
    alts = [tabform, f"/Default.aspx?tabid=1&newsid={s.id}", f"/Print.aspx?newsid={s.id}"]
    return gold_record(s, fpath(s), CATEGORIES[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh.aspx",
    "/Default.aspx?tabid=35",
    "/Default.aspx?tabid=36",
    "/van-ban/412/ke-hoach-dao-tao-boi-duong-nam-2027.aspx",
    "/thu-vien-anh/12/hoi-thao-chao-mung-20-11.aspx",
    "/Default.aspx?tabid=54&newsid=2398&act=email",
]
