"""Fixture portal: a provincial Sở GD&ĐT portal on ASP.NET WebForms (.NET 4, master page, ~2015).

Which platform: a vendor-built ASP.NET 4 WebForms site of the kind many provincial education
departments commissioned around 2015: one master page (``<form name="aspnetForm">`` around a
1000px table layout: banner, top menu, left column, content column, right column, footer), user
controls per category type, ``ListView`` + ``DataPager`` and ``GridView`` listings, a URL
rewriting module for "SEO" article URLs, and nothing modern (no sitemap, no feed, no JSON-LD).

What it serves:

- the home page at ``/`` and ``/Default.aspx`` (IIS default document): featured news, a box per
  category ("Xem tiếp »" to the category), the three newest notices with dates, a photo library box;
- category listings ``/NewsList.aspx?CatID=N``. "Tin tức - Sự kiện" (CatID=1, its two children
  merged) and "Tin hoạt động ngành" (2) are a ListView whose DataPager links are postbacks
  (``javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucTinTuc$lvTinTuc$DataPager1$ctl01$ctl01','')``,
  first/previous in ``$ctl00$ctl0x``, next/last in ``$ctl02$ctl0x``); "Tin từ cơ sở" (3) is the
  schools' own control with a DataPager too *and* a "Xem tiếp »" link to ``&page=N`` (a GET the
  control reads only on first load); "Thông báo" (5) is a GridView paged by
  ``__doPostBack('…$gvThongBao','Page$2')``; "Thi - Tuyển sinh" (6) is empty. A GET of a
  listing (whatever its query, except that ``page``) is page one: pages 2+ come only from POSTing
  the form back with its ``__VIEWSTATE`` (which holds the pager's start row, signed with a MAC)
  and ``__EVENTVALIDATION`` (the postback targets the rendered page allows). A postback without
  a view state, with an altered one, one from another page, or with a target the page did not
  render answers 500 (the site's customErrors page), as ASP.NET does. The search button posts
  back and redirects (302) to ``/TimKiem.aspx?tukhoa=…``;
- articles at the rewritten URL ``/tin-tuc/<NewsID>/<slug>.aspx`` (listings and home boxes link
  this form; any slug answers) and at ``/NewsDetail.aspx?NewsID=N&CatID=C`` (sidebar "Tin mới",
  "Tin xem nhiều", "Tin cùng chuyên mục", the notices' GridView); ``/NewsDetail.aspx?NewsID=N``
  answers too and is what ``og:url`` prints (the rewritten request's internal URL). Both forms
  print ``rel=canonical`` to the rewritten URL, except two articles whose SEO fields were never
  filled (no canonical on either form). ``NewsDetail.aspx`` responses come from the vendor's
  output-cache module, which drops the charset from the Content-Type header (the page's own
  ``<meta http-equiv>`` still says utf-8);
- three detail templates: "Tin hoạt động ngành" (h1 title, "(Cập nhật: 18/11/2026 - 15:30)",
  "Đăng bởi: <login>", views, a sapo box outside the content, a "Tác giả:" field, reader
  comments form); "Tin từ cơ sở" (date line "Thứ Bảy, 14/11/2026" above the title, no time);
  "Thông báo" (title in a div, no date at all, "File đính kèm:" box). All have "In bài" links to
  ``/Print.aspx?NewsID=N``: a legacy print page served as real windows-1258 (tone marks as
  combining characters), header and meta both saying so;
- chrome: a header with today's date, a language switch whose two links carry
  ``?lang=vi|en&sid=<new random value on every response>`` (the page itself, again, under a
  new URL each time: the session-ish trap), left menu tree, "Thông tin cần biết", "Liên kết
  website" drop-down, a poll, right column "Văn bản mới" (document register: numbers, dates,
  PDF links), "Tin mới", "Tin xem nhiều" (one entry is a deleted article: a soft 404 page that
  answers 200 with "Tin bài không tồn tại hoặc đã bị xóa!"), weather and visitor counter, footer;
- non-article pages: static pages ``/GioiThieu.aspx?ID=1..3``, ``/LienHe.aspx``,
  ``/TimKiem.aspx``, the document register ``/VanBan.aspx`` and ``/VanBanChiTiet.aspx?ID=N``,
  a photo library ``/ThuVienAnh.aspx[?AlbumID=N]``, and a weekly work calendar
  ``/LichCongTac.aspx?tuan=W&nam=Y`` whose "Tuần trước"/"Tuần sau" links never end (any week of
  years 1900-2999 answers).

Text forms: article 2212 (a school's post) is stored decomposed (NFD, "Unicode tổ hợp") in its
title and body; 2198 and 2224 were saved by an editor configured to write Latin-1 letters as
named entities (``&agrave;``, ``&ecirc;``; the Vietnamese-only letters stay raw UTF-8); 2171 is
pasted from Word (``MsoNormal``, hard line breaks inside paragraphs, ``<o:p>``).

Gold (by hand). Title: the headline element (NFC). published_at: the detail page's date line
("(Cập nhật: 22/10/2026 - 00:00)" is midnight: date only; the "Tin từ cơ sở" line has no time);
the notices print no date, so theirs is the date their listing rows print (GridView "Ngày
đăng", home box, "Các thông báo khác"), date only. Authors/photographers from the closing
byline lines ("Bài, ảnh:" both; "Tin:"/"Ảnh:"; "Bài: X - Ảnh: Y"; "Tin, ảnh:"; a bare
right-aligned name; "Vũ Thị Lan Anh – Giáo viên Trường THCS Thanh Minh" gives the name only) or
the CMS "Tác giả:" field; "Đăng bởi: bientap" is a login, never an author; "Ảnh: Cổng TTĐT
tỉnh" is an organisation credited for photos: kept in photographers as printed. "Nguồn: Báo
Điện Biên Phủ" is the source. Summary: the sapo box (also the body's first paragraph). Body:
paragraphs, list items and table rows (cells joined by " | ") in order; captions, bylines,
the attachment box and the "Tin cùng chuyên mục" list are not body. Images: content photos in
order (one is hot-linked from the newspaper's site: an absolute URL), caption = the line under
the photo without its parentheses; a line that is only a Zalo file name is no caption (None).
Category: the breadcrumb's last item (the article's own category). ``path`` is the rewritten URL;
``alt_paths`` the two ``NewsDetail.aspx`` forms. The ``?lang=…&sid=…`` variants are the same
pages too but endless, so they are in neither GOLD nor NON_ARTICLES.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import quote, unquote_plus

from crawler.demo.server import Request, Response

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    cp1258_bytes,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_datapager_sgddt"
PLATFORM = "aspnet-webforms"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Điện Biên"
SHORT = "Sở GD&ĐT Điện Biên"

#: categories (CatID -> name); 2 and 3 are children of 1
CATS: dict[int, str] = {
    1: "Tin tức - Sự kiện",
    2: "Tin hoạt động ngành",
    3: "Tin từ cơ sở",
    5: "Thông báo",
    6: "Thi - Tuyển sinh",
}
PARENT: dict[int, int] = {2: 1, 3: 1}
#: ListView page sizes (DataPager PageSize) and the notices' GridView PageSize
PAGE_SIZE: dict[int, int] = {1: 5, 2: 3, 3: 3, 6: 3}
TB_PAGE_SIZE = 2

#: postback targets (UniqueIDs) rendered by the user controls
PAGER = {
    1: "ctl00$ContentPlaceHolder1$ucTinTuc$lvTinTuc$DataPager1",
    2: "ctl00$ContentPlaceHolder1$ucTinTuc$lvTinTuc$DataPager1",
    3: "ctl00$ContentPlaceHolder1$ucTinCoSo$lvTinCoSo$DataPager1",
    6: "ctl00$ContentPlaceHolder1$ucTinTuc$lvTinTuc$DataPager1",
}
GRID = "ctl00$ContentPlaceHolder1$ucThongBao$gvThongBao"
SEARCH_BTN = "ctl00$ucTimKiem$btnTimKiem"
SEARCH_BOX = "ctl00$ucTimKiem$txtTuKhoa"
POLL_BTN = "ctl00$ucBinhChon$btnBinhChon"
COMMENT_BTN = "ctl00$ContentPlaceHolder1$ucTinTuc$btnGuiYKien"
LINKS_DDL = "ctl00$ucLienKet$ddlLienKet"

_MACHINE_KEY = b"B7D1E0F3-sgddienbien-validationKey-2015"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
#: the calendar's default week: the ISO week of the fixed "today" (25/11/2026)
THIS_WEEK = (2026, 48)

U = "/Uploads/Images/TinTuc"

# Story.opts: when (datetime printed or listed), slug, views, user (the posting login printed
# as "Đăng bởi"), tacgia (the CMS "Tác giả" field), canonical (False: no rel=canonical),
# entities (Latin-1 letters as named entities), nfd (title and body decomposed), word (Word
# paste), file (attachment href, size).
# Img styles: "em" (centred image, then a centred italic line), "paren" (centred image, then a
# small centred "(…)" line), "figure" (captioned image: figure/figcaption), "table" (a two-row
# table: image, then the caption cell), "bare" (no line).
# P styles: "" paragraph, "b" bold lead-in line, "li" list item, "th"/"tr" table rows.
STORIES: list[Story] = [
    Story(
        id=2215,
        slug="so-ket-phong-trao-thi-dua-day-tot-hoc-tot-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sơ kết phong trào thi đua “Dạy tốt - Học tốt” chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="2",
        published_at="2026-11-18T15:30:00+07:00",
        summary=(
            "Chiều 17/11, Sở Giáo dục và Đào tạo tổ chức Hội nghị sơ kết phong trào thi đua “Dạy tốt"
            " - Học tốt” đợt 1 năm học 2026 - 2027 và tuyên dương 86 tập thể, cá nhân có thành tích"
            " xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội nghị có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Tuyên giáo và Dân vận"
                " Tỉnh ủy, Liên đoàn Lao động tỉnh; lãnh đạo Sở, trưởng các phòng chuyên môn cùng đại"
                " diện các Phòng GD&ĐT, các trường trực thuộc Sở."
            ),
            Img(
                f"{U}/2026/11/so-ket-thi-dua-dttht-1.jpg",
                "Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại hội nghị",
                "em",
            ),
            P(
                "Theo báo cáo của Sở, sau hơn hai tháng phát động, phong trào thi đua đã được các đơn vị"
                " hưởng ứng rộng khắp với hơn 1.200 tiết dạy tốt, 340 sáng kiến kinh nghiệm được đăng ký;"
                " nhiều trường vùng cao tổ chức các chuyên đề đổi mới phương pháp dạy học gắn với điều"
                " kiện thực tế của học sinh dân tộc thiểu số."
            ),
            P(
                "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những nỗ lực của đội"
                " ngũ nhà giáo trong điều kiện còn nhiều khó khăn, đồng thời đề nghị ngành tiếp tục rà"
                " soát, bố trí đủ giáo viên cho các điểm trường lẻ, quan tâm đời sống của giáo viên công"
                " tác tại các xã biên giới."
            ),
            Img(
                f"{U}/2026/11/so-ket-thi-dua-dttht-2.jpg",
                "Lãnh đạo Sở trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "Lãnh đạo Sở trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "em",
            ),
            P(
                "Dịp này, Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 24 tập thể và 62 cá nhân có"
                " thành tích xuất sắc trong đợt thi đua."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lò Văn Tuấn</strong></p>'),
        ],
        authors=["Lò Văn Tuấn"],
        photographers=["Lò Văn Tuấn"],
        opts={"when": datetime(2026, 11, 18, 15, 30), "views": 2876, "user": "bientap"},
    ),
    Story(
        id=2207,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-tieu-hoc-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026 - 2027",
        cat="2",
        published_at="2026-11-06T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 05/11, tại Trường Tiểu học Him Lam, thành phố Điện Biên Phủ, Sở Giáo dục và Đào"
                " tạo tổ chức khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp Tiểu học năm học 2026 -"
                " 2027."
            ),
            P(
                "Tham gia hội thi có 148 giáo viên đến từ 10 huyện, thị xã, thành phố, là những giáo viên"
                " đã đạt danh hiệu giáo viên dạy giỏi cấp huyện. Mỗi giáo viên dự thi trình bày biện pháp"
                " nâng cao chất lượng giảng dạy và thực hành 2 tiết dạy, trong đó có 1 tiết môn Tiếng"
                " Việt."
            ),
            Img(
                f"{U}/2026/11/khai-mac-gvdg-tieu-hoc.jpg",
                "Các giáo viên dự thi thực hiện nghi thức chào cờ tại lễ khai mạc",
                "Các giáo viên dự thi thực hiện nghi thức chào cờ tại lễ khai mạc",
                "figure",
            ),
            P(
                "Hội thi nhằm đánh giá, ghi nhận năng lực chuyên môn của giáo viên; phát hiện, bồi dưỡng"
                " và nhân rộng những điển hình tiên tiến trong đổi mới phương pháp dạy học theo Chương"
                " trình giáo dục phổ thông 2018."
            ),
            P("Hội thi diễn ra đến hết ngày 14/11/2026."),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Quàng Thị Hoa</strong><br />\r\n'
                "<strong>Ảnh: Cổng TTĐT tỉnh</strong></p>"
            ),
        ],
        authors=["Quàng Thị Hoa"],
        photographers=["Cổng TTĐT tỉnh"],
        opts={"when": datetime(2026, 11, 6, 9, 0), "views": 1342, "user": "bientap"},
    ),
    Story(
        id=2198,
        slug="tap-huan-su-dung-phan-mem-hoc-ba-so-cho-can-bo-quan-ly-giao-vien-cac-truong-thcs",
        title="Tập huấn sử dụng phần mềm học bạ số cho cán bộ quản lý, giáo viên các trường THCS",
        cat="2",
        published_at="2026-10-22",
        blocks=[
            P(
                "Trong hai ngày 20 và 21/10, Sở Giáo dục và Đào tạo tổ chức tập huấn sử dụng phần mềm"
                " học bạ số cho hơn 260 cán bộ quản lý, giáo viên phụ trách công nghệ thông tin của các"
                " trường THCS trên địa bàn tỉnh."
            ),
            P("Nội dung tập huấn gồm:", "b"),
            P("Quy trình ký số học bạ của giáo viên chủ nhiệm và hiệu trưởng;", "li"),
            P("Kết nối dữ liệu học bạ số với cơ sở dữ liệu ngành;", "li"),
            P("Lưu trữ, tra cứu và cấp bản sao học bạ số cho học sinh.", "li"),
            P(
                "Theo kế hoạch, từ học kỳ I năm học 2026 - 2027, 100% trường THCS trên địa bàn tỉnh"
                " triển khai học bạ số đối với học sinh lớp 6 và lớp 7; các khối lớp còn lại hoàn thành"
                " trong năm học tiếp theo."
            ),
        ],
        authors=["Nguyễn Thị Minh Nguyệt"],
        opts={
            "when": datetime(2026, 10, 22, 0, 0),
            "views": 904,
            "user": "vanphong",
            "tacgia": "Nguyễn Thị Minh Nguyệt",
            "canonical": False,
            "entities": True,
        },
    ),
    Story(
        id=2186,
        slug="giam-doc-so-kiem-tra-cong-tac-ban-tru-tai-cac-truong-vung-cao-huyen-muong-nhe",
        title="Giám đốc Sở kiểm tra công tác bán trú tại các trường vùng cao huyện Mường Nhé",
        cat="2",
        published_at="2026-09-30T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 28 và 29/9, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Giám đốc Sở làm"
                " trưởng đoàn đã kiểm tra công tác tổ chức nấu ăn, quản lý học sinh bán trú tại 6 trường"
                " phổ thông dân tộc bán trú trên địa bàn huyện Mường Nhé."
            ),
            Img(
                "https://baodienbienphu.info.vn/uploads/2026/09/30/kiem-tra-ban-tru-muong-nhe.jpg",
                "(Đoàn công tác kiểm tra bữa ăn bán trú của học sinh Trường PTDTBT THCS Chung Chải)",
                "Đoàn công tác kiểm tra bữa ăn bán trú của học sinh Trường PTDTBT THCS Chung Chải",
                "table",
            ),
            P(
                "Năm học 2026 - 2027, huyện Mường Nhé có hơn 5.800 học sinh ở bán trú. Các trường đã bố"
                " trí đủ nhân viên cấp dưỡng, thực hiện nghiêm quy trình kiểm thực ba bước và lưu mẫu"
                " thức ăn; nhiều trường tận dụng đất trống tăng gia rau xanh, chăn nuôi để cải thiện bữa"
                " ăn cho học sinh."
            ),
            P(
                "Kết luận buổi kiểm tra, đồng chí Giám đốc Sở đề nghị các trường tiếp tục tham mưu chính"
                " quyền địa phương sửa chữa nhà ở bán trú xuống cấp trước mùa đông, tăng cường các hoạt"
                " động giáo dục kỹ năng sống, không để học sinh bỏ học giữa chừng."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thanh Hương</strong></p>\r\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Điện Biên Phủ</em></p>'
            ),
        ],
        authors=["Thanh Hương"],
        source="Báo Điện Biên Phủ",
        opts={"when": datetime(2026, 9, 30, 10, 15), "views": 1107, "user": "bientap"},
    ),
    Story(
        id=2171,
        slug="hon-172-nghin-hoc-sinh-tinh-dien-bien-buoc-vao-nam-hoc-moi-2026-2027",
        title="Hơn 172 nghìn học sinh tỉnh Điện Biên bước vào năm học mới 2026 - 2027",
        cat="2",
        published_at="2026-09-05T08:40:00+07:00",
        summary=(
            "Sáng 05/9, cùng với cả nước, hơn 172 nghìn học sinh các cấp học trên địa bàn tỉnh Điện"
            " Biên hân hoan dự lễ khai giảng năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 486 trường học, trung tâm với 5.260 nhóm, lớp. Ngành"
                " Giáo dục đã chủ động rà soát cơ sở vật chất, bố trí đủ giáo viên và sách giáo khoa để"
                " bảo đảm học sinh có đủ điều kiện học tập ngay từ tuần đầu tiên."
            ),
            Img(
                f"{U}/2026/09/khai-giang-chuyen-le-quy-don.jpg",
                "(Các đại biểu đánh trống khai giảng tại Trường THPT Chuyên Lê Quý Đôn)",
                "Các đại biểu đánh trống khai giảng tại Trường THPT Chuyên Lê Quý Đôn",
                "paren",
            ),
            P(
                "Tại lễ khai giảng ở Trường THPT Chuyên Lê Quý Đôn, đồng chí Bí thư Tỉnh ủy đã đánh trống"
                " khai giảng, động viên thầy và trò nhà trường tiếp tục giữ vững vị trí là đơn vị dẫn đầu"
                " phong trào thi học sinh giỏi của tỉnh."
            ),
            P(
                "Cùng ngày, lãnh đạo tỉnh và các sở, ngành chia thành nhiều đoàn dự lễ khai giảng, tặng"
                " quà học sinh có hoàn cảnh khó khăn tại các huyện Nậm Pồ, Mường Chà và Tủa Chùa."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b>Bài: Đặng Thu Hà - Ảnh: Lò Văn Tuấn</b></p>'
            ),
        ],
        authors=["Đặng Thu Hà"],
        photographers=["Lò Văn Tuấn"],
        opts={"when": datetime(2026, 9, 5, 8, 40), "views": 1320, "user": "bientap", "word": True},
    ),
    Story(
        id=2212,
        slug="truong-ptdtnt-thpt-huyen-tuan-giao-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THPT huyện Tuần Giáo tổ chức Ngày hội văn hóa các dân tộc",
        cat="3",
        published_at="2026-11-14",
        blocks=[
            P(
                "Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam 20/11, ngày 13/11, Trường Phổ thông Dân tộc nội"
                " trú THPT huyện Tuần Giáo tổ chức Ngày hội văn hóa các dân tộc năm 2026 với sự tham gia"
                " của 420 học sinh thuộc 8 dân tộc."
            ),
            Img(
                "/Uploads/Images/TruongHoc/ptdtnt-tuangiao/2026/ngay-hoi-van-hoa-1.jpg",
                "(Màn múa xòe của học sinh dân tộc Thái)",
                "Màn múa xòe của học sinh dân tộc Thái",
                "paren",
            ),
            P(
                "Ngày hội gồm các phần thi trình diễn trang phục truyền thống, ẩm thực dân tộc, văn nghệ"
                " và các trò chơi dân gian như ném pao, tó má lẹ, đánh quay, kéo co. Mỗi lớp trang trí"
                " một gian trưng bày các sản phẩm thổ cẩm, nông cụ và món ăn đặc trưng của quê hương."
            ),
            Img(
                "/Uploads/Images/TruongHoc/ptdtnt-tuangiao/2026/ngay-hoi-van-hoa-2.jpg",
                "(Gian trưng bày ẩm thực của lớp 11A1)",
                "Gian trưng bày ẩm thực của lớp 11A1",
                "paren",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao giải Nhất toàn đoàn cho lớp 12A2, giải Nhì cho lớp"
                " 11A1 và lớp 10A3."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Cà Thị Dung</em></strong></p>'
            ),
        ],
        authors=["Cà Thị Dung"],
        photographers=["Cà Thị Dung"],
        opts={"when": datetime(2026, 11, 14, 0, 0), "views": 1988, "nfd": True},
    ),
    Story(
        id=2203,
        slug="truong-tieu-hoc-him-lam-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Trường Tiểu học Him Lam hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="3",
        published_at="2026-10-29",
        blocks=[
            P(
                "Từ ngày 26 đến 30/10, Trường Tiểu học Him Lam tổ chức nhiều hoạt động hưởng ứng Tuần lễ"
                " học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - Chìa khóa cho tương lai”."
            ),
            P("Một số hình ảnh hoạt động:"),
            Img(
                "/Uploads/Images/TruongHoc/th-himlam/2026/tuan-le-hoc-tap-1.jpg",
                "Học sinh tham gia Ngày hội đọc sách tại thư viện xanh của trường",
                "Học sinh tham gia Ngày hội đọc sách tại thư viện xanh của trường",
                "em",
            ),
            Img(
                "/Uploads/Images/TruongHoc/th-himlam/2026/z6011234567890_4b7e9c2a1d3f5e6a7b8c9d0e1f2a3b4c.jpg",
                "z6011234567890_4b7e9c2a1d3f5e6a7b8c9d0e1f2a3b4c.jpg",
                None,
                "em",
            ),
            Img(
                "/Uploads/Images/TruongHoc/th-himlam/2026/tuan-le-hoc-tap-3.jpg",
                "Giờ đọc sách chung của phụ huynh và học sinh lớp 3A",
                "Giờ đọc sách chung của phụ huynh và học sinh lớp 3A",
                "em",
            ),
            Img(
                "/Uploads/Images/TruongHoc/th-himlam/2026/tuan-le-hoc-tap-4.jpg", None, None, "bare"
            ),
        ],
        opts={"when": datetime(2026, 10, 29, 0, 0), "views": 655, "canonical": False},
    ),
    Story(
        id=2194,
        slug="truong-thcs-thanh-minh-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Trường THCS Thanh Minh tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="3",
        published_at="2026-10-08",
        blocks=[
            P(
                "Trong hai ngày 06 và 07/10, Trường THCS Thanh Minh, thành phố Điện Biên Phủ tổ chức Hội"
                " khỏe Phù Đổng cấp trường năm học 2026 - 2027 với gần 300 vận động viên là học sinh của"
                " 12 lớp."
            ),
            P(
                "Học sinh tranh tài ở 6 môn: điền kinh, bóng đá, cầu lông, đá cầu, kéo co và bắn nỏ. Các"
                " trận đấu diễn ra sôi nổi, an toàn, thể hiện tinh thần thể thao trung thực, đoàn kết."
            ),
            Img(
                "/Uploads/Images/TruongHoc/thcs-thanhminh/2026/hkpd-keo-co.jpg",
                "Nội dung thi kéo co khối lớp 8",
                "Nội dung thi kéo co khối lớp 8",
                "table",
            ),
            P(
                "Qua hội khỏe, nhà trường lựa chọn 24 vận động viên xuất sắc để bồi dưỡng, tham gia Hội"
                " khỏe Phù Đổng cấp thành phố vào tháng 12/2026."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Vũ Thị Lan Anh – Giáo viên Trường THCS Thanh'
                " Minh</strong></em></p>"
            ),
        ],
        authors=["Vũ Thị Lan Anh"],
        opts={"when": datetime(2026, 10, 8, 0, 0), "views": 430},
    ),
    Story(
        id=2189,
        slug="truong-mam-non-hoa-ban-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường Mầm non Hoa Ban đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="3",
        published_at="2026-09-17",
        blocks=[
            P(
                "Sáng 16/9, Trường Mầm non Hoa Ban, thành phố Điện Biên Phủ long trọng tổ chức lễ đón"
                " nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1 và khai giảng năm học 2026 -"
                " 2027."
            ),
            P(
                "Sau 5 năm nỗ lực, nhà trường đã hoàn thiện hệ thống 12 phòng học kiên cố, khu vui chơi"
                " ngoài trời, bếp ăn một chiều; 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo."
            ),
            Img(
                "/Uploads/Images/TruongHoc/mn-hoaban/2026/don-bang-chuan-quoc-gia.jpg",
                "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường",
                "Lãnh đạo UBND thành phố trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Năm học này, trường có 14 nhóm, lớp với 465 trẻ, trong đó có 38 trẻ là con em đồng bào"
                " dân tộc thiểu số."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Mai Anh</strong></p>\r\n'
                '<p style="text-align: right;"><strong>Ảnh: Thu Trang</strong></p>'
            ),
        ],
        authors=["Mai Anh"],
        photographers=["Thu Trang"],
        opts={"when": datetime(2026, 9, 17, 0, 0), "views": 512},
    ),
    Story(
        id=2230,
        slug="thong-bao-lich-thi-chon-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn đội tuyển dự thi học sinh giỏi quốc gia năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-10",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn đội tuyển học sinh giỏi dự thi cấp quốc"
                " gia năm học 2026 - 2027 như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("02/12/2026 | Sáng | Toán, Ngữ văn, Tiếng Anh | 180 phút", "tr"),
            P("02/12/2026 | Chiều | Tin học | 180 phút", "tr"),
            P("03/12/2026 | Sáng | Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút", "tr"),
            P(
                "Địa điểm thi: Trường THPT Chuyên Lê Quý Đôn. Thí sinh có mặt tại điểm thi trước giờ thi"
                " 30 phút để làm thủ tục dự thi."
            ),
        ],
        opts={"when": datetime(2026, 11, 10, 0, 0), "views": 1760, "user": "vanphong"},
    ),
    Story(
        id=2224,
        slug="thong-bao-tuyen-dung-vien-chuc-lam-viec-tai-truong-ptdtnt-thpt-tinh-dien-bien-nam-2026",
        title="Thông báo tuyển dụng viên chức làm việc tại Trường PTDTNT THPT tỉnh Điện Biên năm 2026",
        cat="5",
        published_at="2026-10-26",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 1865/KH-SGDĐT ngày 20/10/2026, Sở Giáo dục và Đào tạo thông báo tuyển"
                " dụng 12 viên chức giáo viên làm việc tại Trường Phổ thông Dân tộc nội trú THPT tỉnh"
                " Điện Biên năm 2026. Chi tiết chỉ tiêu, điều kiện và hồ sơ dự tuyển xem tại tệp đính"
                " kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 26, 0, 0),
            "views": 4310,
            "user": "vanphong",
            "entities": True,
            "file": ("/Uploads/Files/2026/10/TB-tuyen-dung-vien-chuc-PTDTNT-2026.pdf", "248 KB"),
        },
    ),
    Story(
        id=2219,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-cua-giam-doc-so-thang-10-2026",
        title="Thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng 10/2026",
        cat="5",
        published_at="2026-10-02",
        blocks=[
            P(
                "Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào ngày 15/10/2026 (thứ Năm) tại"
                " Phòng tiếp công dân, trụ sở Sở Giáo dục và Đào tạo, tổ dân phố 10, phường Mường Thanh,"
                " thành phố Điện Biên Phủ. Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài"
                " liệu liên quan."
            ),
        ],
        opts={"when": datetime(2026, 10, 2, 0, 0), "views": 388, "user": "vanphong"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
#: a deleted article that the cached "Tin xem nhiều" list still links: a soft 404
DELETED = (2099, 2, "Công bố điểm chuẩn tuyển sinh vào lớp 10 năm học 2026 - 2027", 5120)


def cat_of(story: Story) -> int:
    return int(story.cat)


def article_path(story: Story) -> str:
    """The rewritten ("SEO") URL: what listings link and what rel=canonical names."""
    return f"/tin-tuc/{story.id}/{story.slug}.aspx"


def detail_path(story: Story) -> str:
    """The page's own URL, linked by the sidebar lists, related lists and the notices' grid."""
    return f"/NewsDetail.aspx?NewsID={story.id}&CatID={story.cat}"


def in_cat(cat: int) -> list[Story]:
    """A listing's rows, newest first; a parent category lists its children's articles."""
    return [s for s in _LATEST if cat_of(s) == cat or PARENT.get(cat_of(s)) == cat]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


# ------------------------------------------------------------------------- the gold (by hand)

# Notes on the judgement calls, story by story:
# 2215 sapo box = summary and first body paragraph; "Bài, ảnh:" gives both lists; two centred
#      italic captions; "Đăng bởi: bientap" is a login.
# 2207 figure/figcaption; "Tin:" + "Ảnh: Cổng TTĐT tỉnh" (an organisation, kept as printed).
# 2198 "(Cập nhật: 22/10/2026 - 00:00)": midnight, date only; CMS "Tác giả" field is the author;
#      bold lead-in and list items are body lines; no canonical; Latin-1 named entities.
# 2186 hot-linked photo in a two-row table, caption in parentheses; bare name + "Nguồn:" line.
# 2171 sapo; Word paste; "(…)" caption; "Bài: X - Ảnh: Y". Reachable only through postbacks.
# 2212 NFD title and body; "Thứ Bảy, 14/11/2026" (no time); "Tin, ảnh:".
# 2203 photo story: the second photo's line is a Zalo file name (no caption), the fourth has
#      none; no byline; no canonical.
# 2194 caption in a table row; closing "Name – Giáo viên Trường …": the name is the author.
# 2189 "Tin:" and "Ảnh:" on separate lines.
# 2230 notice: a timetable (every row, the header row too, is a body line); no date on the page:
#      the listing's date.
# 2224 notice: one paragraph plus an attached PDF (not body); listing date.
# 2219 one-paragraph notice; listing date.
GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[cat_of(s)],
        alt_paths=[detail_path(s), f"/NewsDetail.aspx?NewsID={s.id}"],
    )
    for s in _LATEST
]

DOCS: list[tuple[int, str, date, str, str, str]] = [
    (
        318,
        "1920/SGDĐT-GDTrH",
        date(2026, 11, 12),
        "Công văn",
        "V/v tổ chức thi chọn đội tuyển học sinh giỏi dự thi cấp quốc gia năm học 2026 - 2027",
        "/Uploads/VanBan/2026/1920-SGDDT-GDTrH.pdf",
    ),
    (
        315,
        "1865/KH-SGDĐT",
        date(2026, 10, 20),
        "Kế hoạch",
        "Kế hoạch tuyển dụng viên chức Trường PTDTNT THPT tỉnh Điện Biên năm 2026",
        "/Uploads/VanBan/2026/1865-KH-SGDDT.pdf",
    ),
    (
        309,
        "1702/SGDĐT-GDTX",
        date(2026, 9, 28),
        "Công văn",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        "/Uploads/VanBan/2026/1702-SGDDT-GDTX.pdf",
    ),
    (
        301,
        "1594/QĐ-SGDĐT",
        date(2026, 9, 15),
        "Quyết định",
        "Quyết định giao chỉ tiêu tuyển sinh lớp 10 bổ sung năm học 2026 - 2027",
        "/Uploads/VanBan/2026/1594-QD-SGDDT.pdf",
    ),
    (
        296,
        "1488/SGDĐT-KHTC",
        date(2026, 8, 29),
        "Công văn",
        "V/v thực hiện các khoản thu, chi đầu năm học 2026 - 2027",
        "/Uploads/VanBan/2026/1488-SGDDT-KHTC.pdf",
    ),
]
_DOC_BY_ID = {d[0]: d for d in DOCS}

STATIC_PAGES: dict[int, tuple[str, list[str]]] = {
    1: (
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo tỉnh Điện Biên là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
            " có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo"
            " trên địa bàn tỉnh.",
            "Sở được thành lập năm 2004 trên cơ sở chia tách Sở Giáo dục và Đào tạo tỉnh Lai Châu cũ;"
            " trụ sở đặt tại thành phố Điện Biên Phủ.",
        ],
    ),
    2: (
        "Cơ cấu tổ chức",
        [
            "Ban Giám đốc: Giám đốc và các Phó Giám đốc Sở.",
            "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
            " hoạch - Tài chính; Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung"
            " học; Phòng Giáo dục thường xuyên; Phòng Khảo thí và Quản lý chất lượng giáo dục.",
        ],
    ),
    3: (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch"
            " dài hạn, 5 năm, hằng năm và các chương trình, đề án về giáo dục và đào tạo trên địa bàn"
            " tỉnh; hướng dẫn, kiểm tra việc thực hiện sau khi được phê duyệt.",
        ],
    ),
}

ALBUMS: dict[int, tuple[str, list[str]]] = {
    14: (
        "Lễ khai giảng năm học 2026 - 2027",
        ["Đánh trống khai giảng", "Học sinh lớp 10 dự lễ", "Tặng quà học sinh vùng cao"],
    ),
    12: (
        "Hội khỏe Phù Đổng tỉnh Điện Biên lần thứ XI",
        ["Lễ diễu hành khai mạc", "Môn bắn nỏ", "Trao huy chương môn điền kinh"],
    ),
}

#: weekly calendar entries: (date, session, content, chair, place)
EVENTS: list[tuple[date, str, str, str, str]] = [
    (date(2026, 11, 16), "Sáng", "Giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp số 1"),
    (
        date(2026, 11, 17),
        "Chiều",
        "Hội nghị sơ kết phong trào thi đua “Dạy tốt - Học tốt”",
        "Giám đốc Sở",
        "Hội trường Sở",
    ),
    (date(2026, 11, 23), "Sáng", "Giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp số 1"),
    (
        date(2026, 11, 26),
        "Cả ngày",
        "Kiểm tra công tác chuẩn bị thi chọn đội tuyển HSG quốc gia",
        "Phó Giám đốc Sở",
        "Trường THPT Chuyên Lê Quý Đôn",
    ),
    (
        date(2026, 12, 2),
        "Cả ngày",
        "Coi thi chọn đội tuyển học sinh giỏi quốc gia",
        "Phó Giám đốc Sở",
        "Trường THPT Chuyên Lê Quý Đôn",
    ),
]


def _weeks_near() -> list[tuple[int, int]]:
    return [(2026, 47), (2026, 49)]


NON_ARTICLES: list[str] = [
    "/",
    "/Default.aspx",
    *(f"/NewsList.aspx?CatID={c}" for c in CATS),
    "/NewsList.aspx?CatID=3&page=2",
    *(f"/GioiThieu.aspx?ID={i}" for i in STATIC_PAGES),
    "/LienHe.aspx",
    "/TimKiem.aspx",
    "/VanBan.aspx",
    *(f"/VanBanChiTiet.aspx?ID={d[0]}" for d in DOCS),
    "/LichCongTac.aspx",
    *(f"/LichCongTac.aspx?tuan={w}&nam={y}" for y, w in _weeks_near()),
    "/ThuVienAnh.aspx",
    *(f"/ThuVienAnh.aspx?AlbumID={a}" for a in ALBUMS),
    *(f"/Print.aspx?NewsID={s.id}" for s in _LATEST),
    f"/NewsDetail.aspx?NewsID={DELETED[0]}&CatID={DELETED[1]}",
]


# ------------------------------------------------------------------------- text as stored

_CK_NAMED = {
    "“": "&ldquo;",
    "”": "&rdquo;",
    "‘": "&lsquo;",
    "’": "&rsquo;",
    "–": "&ndash;",
    "—": "&mdash;",
}


def _ck_entities(markup: str) -> str:
    """The editor's ``entities_latin`` output: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        code = ord(ch)
        if ch in _CK_NAMED:
            out.append(_CK_NAMED[ch])
        elif 0xA0 <= code <= 0xFF and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _word_wrap(value: str, width: int = 72) -> str:
    """Word's HTML export: hard line breaks (CRLF) inside a paragraph at about ``width``."""
    lines, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\r\n".join(lines)


def _t(value: str, story: Story) -> str:
    s = esc(value)
    if story.opts.get("entities"):
        s = _ck_entities(s)
    return s


def _title(story: Story) -> str:
    """The title as stored in the database (decomposed for the school typed in "tổ hợp")."""
    t = esc(story.title)
    return unicodedata.normalize("NFD", t) if story.opts.get("nfd") else t


def _image(img: Img, story: Story) -> str:
    src = esc(img.src)
    line = _t(img.printed or "", story)
    if img.style == "figure":
        return (
            '<figure class="image" style="display:inline-block"><img alt="" height="400" '
            f'src="{src}" width="600" /><figcaption>{line}</figcaption></figure>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" style="width: 600px;">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    pic = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
    if img.style == "em":
        return pic + f'\r\n<p style="text-align: center;"><em>{line}</em></p>'
    if img.style == "paren":
        return (
            pic
            + f'\r\n<p style="text-align: center;"><span style="font-size:12px;"><em>{line}</em></span></p>'
        )
    return pic


def _word_para(value: str, story: Story) -> str:
    return (
        '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:'
        f'&quot;Times New Roman&quot;,&quot;serif&quot;">{_word_wrap(_t(value, story))}<o:p></o:p></span></p>'
    )


def _body(story: Story) -> str:
    out: list[str] = []
    items: list[P] = []
    rows: list[P] = []

    def flush() -> None:
        if items:
            out.append(
                "<ul>\r\n" + "".join(f"\t<li>{_t(i.text, story)}</li>\r\n" for i in items) + "</ul>"
            )
            items.clear()
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(c, story)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(c, story)}</td>" for c in cells)
                trs.append(f"\t\t<tr>{tds}</tr>\r\n")
            out.append(
                '<table border="1" cellpadding="2" cellspacing="0" style="width: 100%;">\r\n\t<tbody>\r\n'
                + "".join(trs)
                + "\t</tbody>\r\n</table>"
            )
            rows.clear()

    for b in story.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        flush()
        if isinstance(b, P):
            if story.opts.get("word"):
                out.append(_word_para(b.text, story))
            elif b.style == "b":
                out.append(
                    f'<p style="text-align: justify;"><strong>{_t(b.text, story)}</strong></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{_t(b.text, story)}</p>')
        elif isinstance(b, Img):
            out.append(_image(b, story))
        else:
            out.append(b.html)
    flush()
    out.append("<p>&nbsp;</p>")
    markup = "\r\n".join(out)
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _dmy(when: datetime | date) -> str:
    return f"{when:%d/%m/%Y}"


def _weekday_line(when: datetime | date) -> str:
    return f"{WEEKDAYS[when.weekday()]}, {_dmy(when)}"


def _brief(story: Story, limit: int = 170) -> str:
    text = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + "..."
    return unicodedata.normalize("NFD", text) if story.opts.get("nfd") else text


def _thumb(story: Story) -> str:
    local = [i.src for i in story.images if i.src.startswith("/")]
    return local[0] if local else "/Images/no_image.jpg"


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# ------------------------------------------------------------------------- view state


def _mac(data: bytes) -> bytes:
    return hmac.new(_MACHINE_KEY, data, hashlib.sha1).digest()


def viewstate(route: str, page: int) -> str:
    """A signed view state: LosFormatter-looking bytes holding the route and the pager's page."""
    payload = (
        b"\xff\x01\x0f\x0f\x05\x0a-1508934112\x0f\x16\x02\x1e\x08RouteKey\x05"
        + bytes([len(route)])
        + route.encode("ascii")
        + b"\x1e\x0dStartRowIndex\x02"
        + bytes([page])
        + base64.b64decode(opaque(f"vs:{route}:{page}", 1480))
    )
    return base64.b64encode(payload + _mac(payload)).decode("ascii")


def read_viewstate(value: str) -> tuple[str, int] | None:
    """(route, page) of a view state this site issued, None when missing, garbled or tampered."""
    try:
        raw = base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        return None
    payload, mac = raw[:-20], raw[-20:]
    if len(raw) < 60 or not hmac.compare_digest(_mac(payload), mac):
        return None
    at = payload.find(b"RouteKey\x05")
    if at < 0:
        return None
    at += len(b"RouteKey\x05")
    route = payload[at + 1 : at + 1 + payload[at]].decode("ascii", "replace")
    mark = payload.find(b"StartRowIndex\x02")
    if mark < 0:
        return None
    return route, payload[mark + len(b"StartRowIndex\x02")]


def _ev_hash(target: str, argument: str) -> bytes:
    return hashlib.sha1(f"{target}\x00{argument}".encode()).digest()[:4]


def eventvalidation(allowed: list[tuple[str, str]]) -> str:
    payload = (
        b"\xff\x01\x14\x15" + bytes([len(allowed)]) + b"".join(_ev_hash(t, a) for t, a in allowed)
    )
    return base64.b64encode(payload + _mac(payload)).decode("ascii")


def event_allowed(value: str, target: str, argument: str) -> bool:
    try:
        raw = base64.b64decode(value, validate=True)
    except (ValueError, TypeError):
        return False
    payload, mac = raw[:-20], raw[-20:]
    if len(payload) < 5 or not hmac.compare_digest(_mac(payload), mac):
        return False
    hashes = payload[5:]
    wanted = _ev_hash(target, argument)
    return any(hashes[i : i + 4] == wanted for i in range(0, len(hashes), 4))


# ------------------------------------------------------------------------- rendering


@dataclass
class Ctx:
    """One request: where it was made, and the per-response session-ish token source."""

    base: str
    path: str
    query: str
    sid: Callable[[], str]

    @property
    def raw(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path

    def action(self) -> str:
        """The form's action as ASP.NET 4 renders it: the raw URL's last segment and query."""
        last = self.path.rsplit("/", 1)[1] or "./"
        return esc(last + (f"?{self.query}" if self.query else ""))

    def lang_link(self, lang: str) -> str:
        kept = [p for p in self.query.split("&") if p and not p.startswith(("lang=", "sid="))]
        kept += [f"lang={lang}", f"sid={self.sid()}"]
        return esc(f"{self.path}?{'&'.join(kept)}")


def _menu_top(active: str) -> str:
    items = [
        ("/Default.aspx", "Trang chủ", "home"),
        ("/GioiThieu.aspx?ID=1", "Giới thiệu", "gt"),
        ("/NewsList.aspx?CatID=1", "Tin tức", "tt"),
        ("/NewsList.aspx?CatID=5", "Thông báo", "tb"),
        ("/VanBan.aspx", "Văn bản", "vb"),
        ("/LichCongTac.aspx", "Lịch công tác", "lct"),
        ("/ThuVienAnh.aspx", "Thư viện ảnh", "tva"),
        ("/LienHe.aspx", "Liên hệ", "lh"),
    ]
    lis = "".join(
        ('<li class="active">' if key == active else "<li>")
        + f'<a href="{esc(href)}">{name}</a></li>'
        for href, name, key in items
    )
    return f'<div class="menutop"><ul id="nav">{lis}</ul></div>'


def _tree() -> str:
    def node(href: str, name: str, children: list[tuple[str, str]] = ()) -> str:
        sub = ""
        if children:
            sub = (
                '<ul class="sub">'
                + "".join(
                    f'<li><img src="/App_Themes/SoGD/images/bullet_sub.gif" alt="" /> <a href="{esc(h)}">{n}</a></li>'
                    for h, n in children
                )
                + "</ul>"
            )
        return f'<li class="root"><a href="{esc(href)}">{name}</a>{sub}</li>'

    tree = "".join(
        [
            node(
                "/GioiThieu.aspx?ID=1",
                "Giới thiệu",
                [(f"/GioiThieu.aspx?ID={i}", t) for i, (t, _) in STATIC_PAGES.items()],
            ),
            node(
                "/NewsList.aspx?CatID=1",
                CATS[1],
                [("/NewsList.aspx?CatID=2", CATS[2]), ("/NewsList.aspx?CatID=3", CATS[3])],
            ),
            node("/NewsList.aspx?CatID=5", CATS[5]),
            node("/NewsList.aspx?CatID=6", CATS[6]),
            node("/VanBan.aspx", "Văn bản chỉ đạo, điều hành"),
            node("/LichCongTac.aspx", "Lịch công tác"),
            node("/ThuVienAnh.aspx", "Thư viện ảnh"),
            node("https://dichvucong.dienbien.gov.vn/", "Thủ tục hành chính"),
            node("/LienHe.aspx", "Liên hệ - Góp ý"),
        ]
    )
    return (
        '<div class="boxleft"><div class="boxleft_title">DANH MỤC</div>'
        f'<div class="boxleft_content"><ul id="ctl00_ucMenuTrai_tvMenu" class="menutree">{tree}</ul></div></div>'
    )


def _left() -> str:
    can_biet = "".join(
        f'<li><a href="{esc(h)}"{t}>{n}</a></li>'
        for h, n, t in [
            ("http://diemthi.dienbien.edu.vn/", "Tra cứu điểm thi", ' target="_blank"'),
            ("http://tuyensinh.dienbien.edu.vn/", "Tuyển sinh đầu cấp", ' target="_blank"'),
            ("/LichCongTac.aspx", "Lịch công tác tuần", ""),
            ("/VanBan.aspx", "Văn bản chỉ đạo, điều hành", ""),
            ("https://dichvucong.dienbien.gov.vn/", "Dịch vụ công trực tuyến", ' target="_blank"'),
        ]
    )
    links = "".join(
        f'<option value="{esc(v)}">{n}</option>'
        for v, n in [
            ("0", "-- Liên kết website --"),
            ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("http://www.dienbien.gov.vn", "Cổng TTĐT tỉnh Điện Biên"),
            ("https://baodienbienphu.info.vn", "Báo Điện Biên Phủ"),
            ("http://thptchuyenlqd.dienbien.edu.vn", "Trường THPT Chuyên Lê Quý Đôn"),
            ("http://pgdtpdienbienphu.dienbien.edu.vn", "Phòng GD&amp;ĐT TP Điện Biên Phủ"),
        ]
    )
    poll = "".join(
        f'<tr><td><input id="ctl00_ucBinhChon_rdoLuaChon_{i}" type="radio" name="ctl00$ucBinhChon$rdoLuaChon" '
        f'value="{i + 31}" /><label for="ctl00_ucBinhChon_rdoLuaChon_{i}">{n}</label></td></tr>'
        for i, n in enumerate(
            [
                "Tin tức - Sự kiện",
                "Văn bản chỉ đạo, điều hành",
                "Thủ tục hành chính",
                "Thông tin tuyển sinh",
            ]
        )
    )
    return (
        _tree() + '<div class="boxleft"><div class="boxleft_title">THÔNG TIN CẦN BIẾT</div>'
        f'<div class="boxleft_content"><ul class="canbiet">{can_biet}</ul></div></div>'
        '<div class="boxleft"><div class="boxleft_title">LIÊN KẾT WEBSITE</div><div class="boxleft_content">'
        f'<select name="{LINKS_DDL}" id="ctl00_ucLienKet_ddlLienKet" class="ddlLienKet" '
        "onchange=\"if(this.value!='0'){window.open(this.value);}\">"
        f"{links}</select></div></div>"
        '<div class="boxleft"><div class="boxleft_title">THĂM DÒ Ý KIẾN</div><div class="boxleft_content">'
        '<span id="ctl00_ucBinhChon_lblCauHoi" class="cauhoi">Bạn quan tâm nhất đến nội dung nào trên Cổng thông tin?</span>'
        f'<table id="ctl00_ucBinhChon_rdoLuaChon" border="0">{poll}</table>'
        f'<input type="submit" name="{POLL_BTN}" value="Bình chọn" id="ctl00_ucBinhChon_btnBinhChon" class="button" /> '
        "<a href=\"javascript:void(0)\" onclick=\"window.open('/KetQuaBinhChon.aspx?ID=5','kq','width=420,height=320')\">"
        "Xem kết quả</a></div></div>"
    )


def _right() -> str:
    docs = "".join(
        f'<li><a href="/VanBanChiTiet.aspx?ID={d[0]}" class="sokh">{esc(d[1])}</a> <span class="ngaybh">({_dmy(d[2])})</span>'
        f'<div class="trichyeu">{esc(d[4])}</div><a href="{d[5]}" class="taive"><img src="/App_Themes/SoGD/images/pdf.gif" '
        'alt="Tải về" /></a></li>'
        for d in DOCS[:4]
    )
    newest = "".join(
        f'<li><a href="{esc(detail_path(s))}">{_title(s)}</a></li>' for s in _LATEST[:5]
    )
    most = sorted([*STORIES, None], key=lambda s: -(s.opts["views"] if s else DELETED[3]))[:5]
    most_items = "".join(
        f'<li><a href="{esc(detail_path(s))}">{_title(s)}</a></li>'
        if s
        else f'<li><a href="/NewsDetail.aspx?NewsID={DELETED[0]}&amp;CatID={DELETED[1]}">{esc(DELETED[2])}</a></li>'
        for s in most
    )
    return (
        '<div class="boxright"><div class="boxright_title">VĂN BẢN MỚI</div><div class="boxright_content">'
        f'<ul class="vanbanmoi">{docs}</ul><div class="xemtatca"><a href="/VanBan.aspx">Xem tất cả »</a></div></div></div>'
        '<div class="boxright"><div class="boxright_title">TIN MỚI</div><div class="boxright_content">'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="180">'
        f'<ul class="tinmoi">{newest}</ul></marquee></div></div>'
        '<div class="boxright"><div class="boxright_title">TIN XEM NHIỀU</div><div class="boxright_content">'
        f'<ul class="xemnhieu">{most_items}</ul></div></div>'
        '<div class="boxright"><div class="boxright_title">THỜI TIẾT</div><div class="boxright_content weather">'
        '<img src="/App_Themes/SoGD/images/weather/may.png" alt="" /> <b>Điện Biên Phủ</b><br />'
        "Nhiều mây, không mưa<br />Nhiệt độ: 17°C - 26°C<br />Độ ẩm: 78%</div></div>"
        '<div class="boxright"><div class="boxright_title">THỐNG KÊ TRUY CẬP</div><div class="boxright_content counter">'
        '<table width="100%"><tr><td>Đang trực tuyến:</td><td align="right"><span id="ctl00_ucThongKe_lblOnline">37</span></td></tr>'
        '<tr><td>Hôm nay:</td><td align="right"><span id="ctl00_ucThongKe_lblHomNay">1.286</span></td></tr>'
        '<tr><td>Hôm qua:</td><td align="right"><span id="ctl00_ucThongKe_lblHomQua">2.417</span></td></tr>'
        '<tr><td>Tổng lượt truy cập:</td><td align="right"><span id="ctl00_ucThongKe_lblTong">4.512.877</span></td></tr>'
        "</table></div></div>"
    )


_FOOTER = (
    '<div class="footer"><div class="footer_menu"><a href="/Default.aspx">Trang chủ</a> | '
    '<a href="/GioiThieu.aspx?ID=1">Giới thiệu</a> | <a href="/LienHe.aspx">Liên hệ</a> | '
    '<a href="/Admin/Login.aspx">Đăng nhập</a></div>'
    '<div class="footer_info"><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN</b><br />'
    "Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Điện Biên<br />"
    "Địa chỉ: Tổ dân phố 10, phường Mường Thanh, thành phố Điện Biên Phủ, tỉnh Điện Biên<br />"
    "Điện thoại: 0215.3825.136 - Fax: 0215.3825.279 - Email: sgddt@dienbien.edu.vn<br />"
    "Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo<br />"
    "Giấy phép số 12/GP-STTTT ngày 06/4/2015 của Sở Thông tin và Truyền thông tỉnh Điện Biên<br />"
    "Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT Điện Biên” khi phát hành lại thông tin từ website này.</div>"
    '<div class="footer_design">Thiết kế và phát triển bởi Công ty CP Giải pháp phần mềm Tây Bắc</div></div>'
)


def _page(
    ctx: Ctx,
    title: str,
    content: str,
    *,
    route: str,
    page: int = 0,
    targets: tuple[tuple[str, str], ...] = (),
    generator: str = "CA0B0334",
    head: str = "",
    active: str = "",
) -> str:
    allowed = [(SEARCH_BTN, ""), (POLL_BTN, ""), *targets]
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
	{title}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" /><meta name="keywords" content="Sở Giáo dục và Đào tạo Điện Biên, giáo dục Điện Biên, sgddt dien bien" /><meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Điện Biên" /><link href="/App_Themes/SoGD/style.css" type="text/css" rel="stylesheet" /><link href="/App_Themes/SoGD/menu.css" type="text/css" rel="stylesheet" /><link rel="shortcut icon" href="/favicon.ico" />{head}
    <script src="/js/jquery-1.8.3.min.js" type="text/javascript"></script>
    <script src="/js/jquery.marquee.js" type="text/javascript"></script>
    <script src="/js/common.js" type="text/javascript"></script>
</head>
<body>
    <form name="aspnetForm" method="post" action="{ctx.action()}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(route, page)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=635589219571259667" type="text/javascript"></script>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{generator}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{eventvalidation(allowed)}" />
</div>
<table id="wrapper" width="1000" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3" class="header">
<div class="topbar"><span id="ctl00_lblNgayThang" class="ngaythang">{TODAY}</span>
<div class="search"><input name="{SEARCH_BOX}" type="text" id="ctl00_ucTimKiem_txtTuKhoa" class="txtSearch" onfocus="if(this.value=='Nhập từ khóa...')this.value='';" /><input type="submit" name="{SEARCH_BTN}" value="Tìm kiếm" id="ctl00_ucTimKiem_btnTimKiem" class="btnSearch" /> <a href="/TimKiem.aspx" class="timnangcao">Tìm nâng cao</a></div>
<div class="lang"><a href="{ctx.lang_link("vi")}" title="Tiếng Việt"><img src="/App_Themes/SoGD/images/flag_vn.gif" alt="Tiếng Việt" /></a>&nbsp;<a href="{ctx.lang_link("en")}" title="English"><img src="/App_Themes/SoGD/images/flag_en.gif" alt="English" /></a></div></div>
<a href="/"><img src="/Images/Banner/banner_sgddt_dienbien_2015.jpg" width="1000" height="170" border="0" alt="{SITE}" /></a>
</td></tr>
<tr><td colspan="3">{_menu_top(active)}</td></tr>
<tr>
<td class="colleft" valign="top" width="210">{_left()}</td>
<td class="colcenter" valign="top" width="560">
{content}
</td>
<td class="colright" valign="top" width="230">{_right()}</td>
</tr>
<tr><td colspan="3">{_FOOTER}</td></tr>
</table>
<script type="text/javascript">
//<![CDATA[
var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-41872213-1']); _gaq.push(['_trackPageview']);
//]]>
</script>
</form>
</body>
</html>
"""


def _path_bar(trail: list[tuple[str, str]]) -> str:
    sep = ' <img src="/App_Themes/SoGD/images/arrow_path.gif" alt="" /> '
    links = ['<a href="/Default.aspx" class="home">Trang chủ</a>'] + [
        f'<a href="{esc(h)}">{esc(n)}</a>' for h, n in trail
    ]
    return f'<div class="pathway">{sep.join(links)}</div>'


def _cat_trail(cat: int) -> list[tuple[str, str]]:
    trail = [(f"/NewsList.aspx?CatID={cat}", CATS[cat])]
    if cat in PARENT:
        trail.insert(0, (f"/NewsList.aspx?CatID={PARENT[cat]}", CATS[PARENT[cat]]))
    return trail


# --- listings


def _datapager(cat: int, page: int, pages: int) -> tuple[str, list[tuple[str, str]]]:
    """A DataPager (first/previous, numeric, next/last fields) and the postback targets it renders."""
    uid = PAGER[cat]
    cid = uid.replace("$", "_")
    allowed: list[tuple[str, str]] = []

    def button(suffix: str, label: str, enabled: bool) -> str:
        if not enabled:
            return f'<a class="aspNetDisabled">{label}</a>'
        target = f"{uid}${suffix}"
        allowed.append((target, ""))
        return f"<a href=\"javascript:__doPostBack('{target}','')\">{label}</a>"

    parts = [button("ctl00$ctl00", "Đầu", page > 0), button("ctl00$ctl01", "Trước", page > 0)]
    for i in range(pages):
        if i == page:
            parts.append(f'<span class="current">{i + 1}</span>')
        else:
            parts.append(button(f"ctl01$ctl{i:02d}", str(i + 1), True))
    parts += [
        button("ctl02$ctl00", "Sau", page < pages - 1),
        button("ctl02$ctl01", "Cuối", page < pages - 1),
    ]
    return f'<div class="pager"><span id="{cid}">{"&nbsp;".join(parts)}&nbsp;</span></div>', allowed


def pager_page(target: str, current: int, pages: int) -> int | None:
    """The page a DataPager button leads to from ``current`` (0-based), None for an unknown id."""
    for uid in set(PAGER.values()):
        if not target.startswith(uid + "$"):
            continue
        suffix = target[len(uid) + 1 :]
        fixed = {
            "ctl00$ctl00": 0,
            "ctl00$ctl01": current - 1,
            "ctl02$ctl00": current + 1,
            "ctl02$ctl01": pages - 1,
        }
        if suffix in fixed:
            return max(0, min(pages - 1, fixed[suffix]))
        if m := re.fullmatch(r"ctl01\$ctl(\d\d)", suffix):
            return min(pages - 1, int(m.group(1)))
    return None


def _news_list(ctx: Ctx, cat: int, page: int) -> str:
    rows = in_cat(cat)
    per = PAGE_SIZE[cat]
    pages = _pages(len(rows), per)
    shown = rows[page * per : (page + 1) * per]
    targets: list[tuple[str, str]] = []
    if cat == 3:
        items = "".join(
            f'<tr><td class="anh" valign="top" width="130"><a href="{esc(article_path(s))}"><img src="{esc(_thumb(s))}" '
            f'width="120" height="85" alt="" /></a></td><td valign="top"><a class="tieude_tcs" href="{esc(article_path(s))}">'
            f'{_title(s)}</a><div class="ngay_tcs">{_weekday_line(s.opts["when"])}</div><div class="mota_tcs">'
            f"{esc(_brief(s))}</div></td></tr>"
            for s in shown
        )
        body = f'<table class="ds_tincoso" width="100%" cellpadding="4" cellspacing="0">{items}</table>'
    else:
        items = "".join(
            f'<div class="item_news"><a href="{esc(article_path(s))}"><img class="img_news" src="{esc(_thumb(s))}" '
            f'width="140" height="95" alt="" /></a><a class="title_news" href="{esc(article_path(s))}">{_title(s)}</a> '
            f'<span class="date_news">({_dmy(s.opts["when"])})</span><div class="brief_news">{esc(_brief(s))}</div>'
            '<div class="clear"></div></div>'
            for s in shown
        )
        body = (
            f'<div class="list_news">{items}</div>'
            if shown
            else '<div class="empty">Chưa có tin bài trong chuyên mục này.</div>'
        )
    pager = ""
    if len(rows) > per:
        pager, targets = _datapager(cat, page, pages)
    more = ""
    if cat == 3 and page < pages - 1:
        more = f'<div class="xemtiep"><a href="/NewsList.aspx?CatID=3&amp;page={page + 2}">Xem tiếp »</a></div>'
    content = (
        _path_bar(_cat_trail(cat))
        + f'<div class="cat_title"><h2>{esc(CATS[cat])}</h2></div>'
        + body
        + pager
        + more
    )
    return _page(
        ctx,
        f"{esc(CATS[cat])} - {esc(SHORT)}",
        content,
        route=f"list:{cat}",
        page=page,
        targets=tuple(targets),
        generator="8D0E13E6",
        active="tt",
    )


def _grid(ctx: Ctx, page: int) -> str:
    rows = in_cat(5)
    pages = _pages(len(rows), TB_PAGE_SIZE)
    shown = rows[page * TB_PAGE_SIZE : (page + 1) * TB_PAGE_SIZE]
    trs = "".join(
        f'<tr class="{"gridRow" if i % 2 == 0 else "gridAltRow"}"><td align="center">{page * TB_PAGE_SIZE + i + 1}</td>'
        f'<td><a href="{esc(detail_path(s))}">{_title(s)}</a></td><td align="center">{_dmy(s.opts["when"])}</td></tr>'
        for i, s in enumerate(shown)
    )
    allowed = []
    cells = []
    for i in range(pages):
        if i == page:
            cells.append(f"<td><span>{i + 1}</span></td>")
        else:
            allowed.append((GRID, f"Page${i + 1}"))
            cells.append(
                f"<td><a href=\"javascript:__doPostBack('{GRID}','Page${i + 1}')\">{i + 1}</a></td>"
            )
    pager = f'<tr class="gridPager"><td colspan="3"><table border="0"><tr>{"".join(cells)}</tr></table></td></tr>'
    grid = (
        '<div><table class="gridThongBao" cellspacing="0" rules="all" border="1" '
        f'id="{GRID.replace("$", "_")}" style="width:100%;border-collapse:collapse;">'
        '<tr class="gridHeader"><th scope="col">STT</th><th scope="col">Tiêu đề</th><th scope="col">Ngày đăng</th></tr>'
        f"{trs}{pager if pages > 1 else ''}</table></div>"
    )
    content = (
        _path_bar(_cat_trail(5)) + f'<div class="cat_title"><h2>{esc(CATS[5])}</h2></div>' + grid
    )
    return _page(
        ctx,
        f"{esc(CATS[5])} - {esc(SHORT)}",
        content,
        route="grid:5",
        page=page,
        targets=tuple(allowed),
        generator="8D0E13E6",
        active="tb",
    )


# --- articles


def _other_list(story: Story, heading: str) -> str:
    others = [s for s in in_cat(cat_of(story)) if s.id != story.id][:3]
    items = "".join(
        f'<li><a href="{esc(detail_path(s))}">{_title(s)}</a> <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
        for s in others
    )
    return f'<div class="tinkhac"><div class="tinkhac_title">{heading}</div><ul>{items}</ul></div>'


def _tools(story: Story, ctx: Ctx) -> str:
    url = f"{ctx.base}{article_path(story)}"
    return (
        '<div class="tools"><a href="javascript:ZoomText(-1)" title="Giảm cỡ chữ">A-</a> '
        '<a href="javascript:ZoomText(1)" title="Tăng cỡ chữ">A+</a> | '
        f'<a href="/Print.aspx?NewsID={story.id}" target="_blank"><img src="/App_Themes/SoGD/images/print.gif" alt="" /> In bài</a> | '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={quote(url)}"><img src="/App_Themes/SoGD/images/email.gif" alt="" /> Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank">'
        '<img src="/App_Themes/SoGD/images/facebook.gif" alt="" /> Chia sẻ</a></div>'
    )


def _comment_form() -> str:
    return (
        '<div class="ykien"><div class="ykien_title">Ý kiến bạn đọc</div><table class="tbl_ykien">'
        '<tr><td>Họ tên:</td><td><input name="ctl00$ContentPlaceHolder1$ucTinTuc$txtHoTen" type="text" '
        'id="ctl00_ContentPlaceHolder1_ucTinTuc_txtHoTen" /></td></tr>'
        '<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$ucTinTuc$txtEmail" type="text" '
        'id="ctl00_ContentPlaceHolder1_ucTinTuc_txtEmail" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ucTinTuc$txtNoiDung" rows="4" cols="50" '
        'id="ctl00_ContentPlaceHolder1_ucTinTuc_txtNoiDung"></textarea></td></tr>'
        f'<tr><td></td><td><input type="submit" name="{COMMENT_BTN}" value="Gửi ý kiến" '
        'id="ctl00_ContentPlaceHolder1_ucTinTuc_btnGuiYKien" /></td></tr></table></div>'
    )


def _article_html(story: Story, ctx: Ctx) -> str:
    cat = cat_of(story)
    when = story.opts["when"]
    if cat == 2:
        sapo = (
            f'<div class="NewsSapo"><span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblTomTat"><strong>{_t(story.summary, story)}'
            "</strong></span></div>"
            if story.summary
            else ""
        )
        author = (
            f'<div class="NewsAuthor">Tác giả: <span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblTacGia">{esc(story.opts["tacgia"])}</span></div>'
            if story.opts.get("tacgia")
            else ""
        )
        detail = (
            '<div class="NewsDetail">'
            f'<h1 class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblTieuDe">{_title(story)}</span></h1>'
            f'<div class="NewsInfo"><span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblNgayDang" class="NewsDate">'
            f"(Cập nhật: {_dmy(when)} - {when:%H:%M})</span> | Đăng bởi: "
            f'<span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblNguoiDang">{story.opts["user"]}</span> | '
            f'Lượt xem: <span id="ctl00_ContentPlaceHolder1_ucTinTuc_lblLuotXem">{_views(story.opts["views"])}</span></div>'
            f"{_tools(story, ctx)}{sapo}"
            f'<div id="ctl00_ContentPlaceHolder1_ucTinTuc_divNoiDung" class="NewsContent">\r\n{_body(story)}\r\n</div>'
            f"{author}</div>" + _comment_form() + _other_list(story, "Tin cùng chuyên mục")
        )
    elif cat == 3:
        detail = (
            '<div class="NewsDetail TinCoSo">'
            f'<div class="NewsDateTop"><span id="ctl00_ContentPlaceHolder1_ucTinCoSo_lblNgay">{_weekday_line(when)}</span></div>'
            f'<h1 class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_ucTinCoSo_lblTieuDe">{_title(story)}</span></h1>'
            f"{_tools(story, ctx)}"
            f'<div id="ctl00_ContentPlaceHolder1_ucTinCoSo_divNoiDung" class="NewsContent">\r\n{_body(story)}\r\n</div>'
            "</div>" + _other_list(story, "Tin cùng chuyên mục")
        )
    else:
        attach = ""
        if story.opts.get("file"):
            href, size = story.opts["file"]
            attach = (
                '<div class="ThongBaoFile"><b>File đính kèm:</b> <a href="'
                f'{esc(href)}" target="_blank"><img src="/App_Themes/SoGD/images/pdf.gif" alt="" /> '
                f"{esc(href.rsplit('/', 1)[1])}</a> ({size})</div>"
            )
        detail = (
            '<div class="ThongBaoDetail">'
            '<div class="ThongBaoTitle"><img src="/App_Themes/SoGD/images/icon_thongbao.gif" alt="" /> '
            f'<span id="ctl00_ContentPlaceHolder1_ucThongBao_lblTieuDe">{_title(story)}</span></div>'
            f"{_tools(story, ctx)}"
            f'<div id="ctl00_ContentPlaceHolder1_ucThongBao_divNoiDung" class="ThongBaoContent">\r\n{_body(story)}\r\n</div>'
            f"{attach}</div>" + _other_list(story, "Các thông báo khác")
        )
    head = f'<meta property="og:type" content="article" /><meta property="og:title" content="{_title(story)}" />'
    og_url = f"{ctx.base}/NewsDetail.aspx?NewsID={story.id}"
    extra = [p for p in ctx.query.split("&") if p and not p.startswith(("NewsID=", "CatID="))]
    if extra:
        og_url += "&" + "&".join(extra)
    head += f'<meta property="og:url" content="{esc(og_url)}" />'
    if local := [i.src for i in story.images if i.src.startswith("/")]:
        head += f'<meta property="og:image" content="{ctx.base}{esc(local[0])}" />'
    if story.opts.get("canonical", True):
        head += f'<link rel="canonical" href="{ctx.base}{esc(article_path(story))}" />'
    content = _path_bar(_cat_trail(cat)) + detail
    targets = ((COMMENT_BTN, ""),) if cat == 2 else ()
    return _page(
        ctx,
        f"{_title(story)} - {esc(SHORT)}",
        content,
        route=f"news:{story.id}",
        targets=targets,
        generator="2173C2F0",
        head=head,
        active="tb" if cat == 5 else "tt",
    )


def _soft_404(ctx: Ctx) -> str:
    content = (
        _path_bar([])
        + '<div class="NewsDetail"><div class="thongbao_loi" style="color:red;padding:30px 0;text-align:center">'
        "Tin bài không tồn tại hoặc đã bị xóa!</div>"
        '<div style="text-align:center"><a href="/Default.aspx">« Quay lại trang chủ</a></div></div>'
    )
    return _page(ctx, esc(SITE), content, route="news:0", generator="2173C2F0")


def _print_body(story: Story) -> str:
    """The legacy print page's own rendering of the stored blocks: plain paragraphs and images."""
    out: list[str] = []
    for b in story.blocks:
        if isinstance(b, P):
            out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, Img):
            line = f"<br><i>{esc(b.printed)}</i>" if b.printed else ""
            out.append(f'<p align="center"><img src="{esc(b.src)}" width="480">{line}</p>')
        else:
            out.append(b.html)
    return "\n".join(out)


def _print(story: Story, base: str) -> bytes:
    when = story.opts["when"]
    if cat_of(story) == 2:
        date_line = f"Cập nhật: {_dmy(when)} - {when:%H:%M}"
    elif cat_of(story) == 3:
        date_line = _weekday_line(when)
    else:
        date_line = f"Ngày đăng: {_dmy(when)}"
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary else ""
    body = _print_body(story)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>In tin bài</title>
<link href="/App_Themes/SoGD/print.css" rel="stylesheet" type="text/css">
</head>
<body onload="window.print()">
<table width="680" align="center" cellpadding="0" cellspacing="0"><tr><td>
<div class="print_header"><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN</b><br>Cổng thông tin điện tử</div>
<hr>
<div class="print_title">{esc(story.title)}</div>
<div class="print_date">{date_line}</div>
{sapo}
<div class="print_content">{body}</div>
<hr>
<div class="print_footer">Địa chỉ bài viết: {base}/NewsDetail.aspx?NewsID={story.id}<br>
Bản quyền © 2015 Sở Giáo dục và Đào tạo tỉnh Điện Biên</div>
<p align="center"><a href="javascript:window.print()">[In trang này]</a> <a href="javascript:window.close()">[Đóng cửa sổ]</a></p>
</td></tr></table>
</body>
</html>
"""
    return cp1258_bytes(page)


# --- home and the rest


def _home(ctx: Ctx) -> str:
    featured = [s for s in _LATEST if cat_of(s) in (2, 3)][:3]
    lead, rest = featured[0], featured[1:]
    hot = (
        '<div class="box_hot"><div class="hot_lead">'
        f'<a href="{esc(article_path(lead))}"><img src="{esc(_thumb(lead))}" width="320" height="215" alt="" /></a>'
        f'<h3><a href="{esc(article_path(lead))}">{_title(lead)}</a></h3><p>{esc(_brief(lead))}</p></div>'
        '<ul class="hot_other">'
        + "".join(
            f'<li><a href="{esc(article_path(s))}"><img src="{esc(_thumb(s))}" width="90" height="60" alt="" />'
            f"{_title(s)}</a></li>"
            for s in rest
        )
        + '</ul><div class="clear"></div></div>'
    )

    def box(cat: int) -> str:
        items = in_cat(cat)[:3]
        first, others = items[0], items[1:]
        inner = (
            f'<div class="box_first"><a href="{esc(article_path(first))}"><img src="{esc(_thumb(first))}" '
            f'width="120" height="80" alt="" /></a><a class="tit" href="{esc(article_path(first))}">{_title(first)}</a>'
            f"<p>{esc(_brief(first, 120))}</p></div><ul>"
            + "".join(
                f'<li><a href="{esc(article_path(s))}">{_title(s)}</a> <span class="ngay">({_dmy(s.opts["when"])})</span></li>'
                for s in others
            )
            + "</ul>"
        )
        return (
            f'<div class="box_cat"><div class="box_cat_title"><a href="/NewsList.aspx?CatID={cat}">{esc(CATS[cat])}</a></div>'
            f'<div class="box_cat_content">{inner}<div class="xemtiep"><a href="/NewsList.aspx?CatID={cat}">Xem tiếp »</a></div></div></div>'
        )

    notices = "".join(
        f'<li><img src="/App_Themes/SoGD/images/new.gif" alt="" /> <a href="{esc(article_path(s))}">{_title(s)}</a> '
        f'<span class="ngay">({_dmy(s.opts["when"])})</span></li>'
        for s in in_cat(5)[:3]
    )
    tb = (
        '<div class="box_cat box_thongbao"><div class="box_cat_title"><a href="/NewsList.aspx?CatID=5">Thông báo</a></div>'
        f'<div class="box_cat_content"><ul>{notices}</ul><div class="xemtiep"><a href="/NewsList.aspx?CatID=5">Xem tiếp »</a>'
        "</div></div></div>"
    )
    albums = "".join(
        f'<td align="center"><a href="/ThuVienAnh.aspx?AlbumID={a}"><img src="/Uploads/Images/Album/{a}/cover.jpg" width="160" '
        f'height="110" alt="" /><br />{esc(t)}</a></td>'
        for a, (t, _) in ALBUMS.items()
    )
    gallery = (
        '<div class="box_cat"><div class="box_cat_title"><a href="/ThuVienAnh.aspx">Thư viện ảnh</a></div>'
        f'<div class="box_cat_content"><table width="100%"><tr>{albums}</tr></table></div></div>'
    )
    return _page(
        ctx,
        esc(SITE),
        hot + tb + box(2) + box(3) + gallery,
        route="home",
        active="home",
    )


def _static(ctx: Ctx, sid: int) -> str:
    title, paras = STATIC_PAGES[sid]
    content = (
        _path_bar([(f"/GioiThieu.aspx?ID={sid}", title)])
        + f'<div class="static_page"><h2 class="static_title">{esc(title)}</h2>'
        + "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
        + "</div>"
    )
    return _page(
        ctx,
        f"{esc(title)} - {esc(SHORT)}",
        content,
        route=f"page:{sid}",
        generator="5F1A2B3C",
        active="gt",
    )


def _contact(ctx: Ctx) -> str:
    fields = "".join(
        f'<tr><td width="120">{label}</td><td><input name="ctl00$ContentPlaceHolder1$ucLienHe${name}" type="text" '
        f'id="ctl00_ContentPlaceHolder1_ucLienHe_{name}" style="width:300px;" /></td></tr>'
        for label, name in [
            ("Họ và tên (*):", "txtHoTen"),
            ("Địa chỉ:", "txtDiaChi"),
            ("Điện thoại:", "txtDienThoai"),
            ("Email (*):", "txtEmail"),
            ("Tiêu đề (*):", "txtTieuDe"),
        ]
    )
    content = (
        _path_bar([("/LienHe.aspx", "Liên hệ")])
        + '<div class="lienhe"><h2>Liên hệ - Góp ý</h2><p><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN</b><br />'
        "Địa chỉ: Tổ dân phố 10, phường Mường Thanh, thành phố Điện Biên Phủ<br />Điện thoại: 0215.3825.136</p>"
        f'<table class="tbl_lienhe">{fields}<tr><td>Nội dung (*):</td><td><textarea name="ctl00$ContentPlaceHolder1$ucLienHe$txtNoiDung" '
        'rows="6" cols="45" id="ctl00_ContentPlaceHolder1_ucLienHe_txtNoiDung"></textarea></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ucLienHe$btnGui" value="Gửi liên hệ" /></td></tr></table></div>'
    )
    return _page(
        ctx,
        f"Liên hệ - {esc(SHORT)}",
        content,
        route="lienhe",
        generator="6E2C1D0A",
        active="lh",
        targets=(("ctl00$ContentPlaceHolder1$ucLienHe$btnGui", ""),),
    )


def _search(ctx: Ctx, keyword: str) -> str:
    words = unicodedata.normalize("NFC", keyword).lower().split()
    hits = [
        s
        for s in _LATEST
        if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)
    ]
    result = (
        "<ol>"
        + "".join(
            f'<li><a href="{esc(article_path(s))}">{_title(s)}</a> ({_dmy(s.opts["when"])})</li>'
            for s in hits
        )
        + "</ol>"
        if hits
        else '<div class="empty">Không tìm thấy kết quả nào phù hợp.</div>'
    )
    content = (
        _path_bar([("/TimKiem.aspx", "Tìm kiếm")])
        + f'<div class="timkiem"><h2>Kết quả tìm kiếm</h2><div>Từ khóa: <b>{esc(keyword)}</b></div>{result}</div>'
    )
    return _page(ctx, f"Tìm kiếm - {esc(SHORT)}", content, route="search", generator="7A3D9E21")


def _docs(ctx: Ctx) -> str:
    rows = "".join(
        f'<tr><td align="center">{i + 1}</td><td><a href="/VanBanChiTiet.aspx?ID={d[0]}">{esc(d[1])}</a></td>'
        f'<td align="center">{_dmy(d[2])}</td><td>{esc(d[4])}</td><td align="center"><a href="{d[5]}">'
        '<img src="/App_Themes/SoGD/images/pdf.gif" alt="Tải về" /></a></td></tr>'
        for i, d in enumerate(DOCS)
    )
    content = (
        _path_bar([("/VanBan.aspx", "Văn bản chỉ đạo, điều hành")])
        + '<div class="cat_title"><h2>Văn bản chỉ đạo, điều hành</h2></div>'
        '<table class="gridVanBan" cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_ucVanBan_gvVanBan" '
        'style="width:100%;border-collapse:collapse;"><tr class="gridHeader"><th scope="col">STT</th><th scope="col">Số/Ký hiệu</th>'
        f'<th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Tải về</th></tr>{rows}</table>'
    )
    return _page(
        ctx, f"Văn bản - {esc(SHORT)}", content, route="vanban", generator="9B4E0F12", active="vb"
    )


def _doc(ctx: Ctx, doc: tuple) -> str:
    did, number, issued, kind, abstract, pdf = doc
    content = (
        _path_bar([("/VanBan.aspx", "Văn bản chỉ đạo, điều hành")])
        + '<table class="chitiet_vanban" width="100%" cellpadding="5" border="1" style="border-collapse:collapse">'
        f'<tr><td width="150"><b>Số/Ký hiệu</b></td><td>{esc(number)}</td></tr>'
        f"<tr><td><b>Ngày ban hành</b></td><td>{_dmy(issued)}</td></tr>"
        f"<tr><td><b>Loại văn bản</b></td><td>{esc(kind)}</td></tr>"
        "<tr><td><b>Cơ quan ban hành</b></td><td>Sở Giáo dục và Đào tạo</td></tr>"
        f"<tr><td><b>Trích yếu</b></td><td>{esc(abstract)}</td></tr>"
        f'<tr><td><b>Tệp đính kèm</b></td><td><a href="{pdf}"><img src="/App_Themes/SoGD/images/pdf.gif" alt="" /> '
        f"{pdf.rsplit('/', 1)[1]}</a></td></tr></table>"
    )
    return _page(
        ctx,
        f"{esc(number)} - {esc(SHORT)}",
        content,
        route=f"vb:{did}",
        generator="9B4E0F13",
        active="vb",
    )


def _gallery(ctx: Ctx, album: int | None) -> str:
    if album is None:
        cells = "".join(
            f'<td align="center"><a href="/ThuVienAnh.aspx?AlbumID={a}"><img src="/Uploads/Images/Album/{a}/cover.jpg" '
            f'width="160" height="110" alt="" /></a><br /><a href="/ThuVienAnh.aspx?AlbumID={a}">{esc(t)}</a> ({len(p)} ảnh)</td>'
            for a, (t, p) in ALBUMS.items()
        )
        content = (
            _path_bar([("/ThuVienAnh.aspx", "Thư viện ảnh")])
            + f'<div class="cat_title"><h2>Thư viện ảnh</h2></div><table width="100%"><tr>{cells}</tr></table>'
        )
        return _page(
            ctx,
            f"Thư viện ảnh - {esc(SHORT)}",
            content,
            route="album",
            generator="1C2D3E4F",
            active="tva",
        )
    title, photos = ALBUMS[album]
    cells = "".join(
        f'<td align="center"><a href="/Uploads/Images/Album/{album}/{i + 1:02d}.jpg" rel="lightbox[album]" title="{esc(p)}">'
        f'<img src="/Uploads/Images/Album/{album}/thumb_{i + 1:02d}.jpg" width="150" height="100" alt="{esc(p)}" /></a>'
        f"<br />{esc(p)}</td>"
        for i, p in enumerate(photos)
    )
    content = (
        _path_bar(
            [("/ThuVienAnh.aspx", "Thư viện ảnh"), (f"/ThuVienAnh.aspx?AlbumID={album}", title)]
        )
        + f'<div class="cat_title"><h2>{esc(title)}</h2></div><table class="album" width="100%"><tr>{cells}</tr></table>'
    )
    return _page(
        ctx,
        f"{esc(title)} - {esc(SHORT)}",
        content,
        route=f"album:{album}",
        generator="1C2D3E4F",
        active="tva",
    )


def _calendar(ctx: Ctx, year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    rows = [e for e in EVENTS if monday <= e[0] <= sunday]
    body = (
        "".join(
            f"<tr><td>{WEEKDAYS[d.weekday()]}<br />{_dmy(d)}</td><td>{esc(s)}</td><td>{esc(c)}</td><td>{esc(ch)}</td><td>{esc(pl)}</td></tr>"
            for d, s, c, ch, pl in rows
        )
        if rows
        else '<tr><td colspan="5" align="center">Chưa có lịch công tác tuần này.</td></tr>'
    )
    content = (
        _path_bar([("/LichCongTac.aspx", "Lịch công tác")])
        + f'<div class="cat_title"><h2>Lịch công tác tuần {week} (từ ngày {_dmy(monday)} đến ngày {_dmy(sunday)})</h2></div>'
        f'<div class="lct_nav"><a href="/LichCongTac.aspx?tuan={prev_w}&amp;nam={prev_y}">« Tuần trước</a> | '
        f'<a href="/LichCongTac.aspx">Tuần hiện tại</a> | <a href="/LichCongTac.aspx?tuan={next_w}&amp;nam={next_y}">Tuần sau »</a></div>'
        '<table class="tbl_lct" width="100%" border="1" cellpadding="4" style="border-collapse:collapse">'
        '<tr class="gridHeader"><th>Thứ/Ngày</th><th>Buổi</th><th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr>'
        f"{body}</table>"
    )
    return _page(
        ctx,
        f"Lịch công tác - {esc(SHORT)}",
        content,
        route=f"lct:{year}:{week}",
        generator="4D5E6F70",
        active="lct",
    )


# ------------------------------------------------------------------------- routing

_ROBOTS = "User-agent: *\r\nDisallow: /Admin/\r\nDisallow: /aspnet_client/\r\nDisallow: /KetQuaBinhChon.aspx\r\n"
_ERROR = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Runtime Error</title></head>
<body bgcolor="white"><span><h1>Server Error in '/' Application.<hr width=100% size=1 color=silver></h1>
<h2> <i>Runtime Error</i> </h2></span>
<font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
<b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons).<br><br>
</font></body></html>"""

_LOGIN = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Đăng nhập hệ thống quản trị</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /></head>
<body><form name="form1" method="post" action="Login.aspx" id="form1"><table class="login" align="center">
<tr><td colspan="2"><b>ĐĂNG NHẬP HỆ THỐNG QUẢN TRỊ</b></td></tr>
<tr><td>Tên đăng nhập:</td><td><input name="txtUser" type="text" id="txtUser" /></td></tr>
<tr><td>Mật khẩu:</td><td><input name="txtPass" type="password" id="txtPass" /></td></tr>
<tr><td></td><td><input type="submit" name="btnLogin" value="Đăng nhập" id="btnLogin" /></td></tr>
</table></form></body></html>"""

_HEADERS = {
    "Server": "Microsoft-IIS/8.5",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Cache-Control": "private",
}
_SLUG_ROUTE = re.compile(r"/tin-tuc/(\d+)/[^/]*\.aspx")


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


class SoGDDTDienBien:
    """The site: routes the .aspx pages, applies postbacks, mints a new ``sid`` per response."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def _sid(self) -> str:
        with self._lock:
            n = next(self._counter)
        return hashlib.sha1(f"sid-{n}".encode()).hexdigest()[:24]

    def _ok(self, body: str | bytes, request: Request, charset: str | None = "utf-8") -> Response:
        headers = {
            "Content-Type": "text/html" + (f"; charset={charset}" if charset else ""),
            **_HEADERS,
        }
        if "ASP.NET_SessionId" not in request.headers.get("Cookie", ""):
            headers["Set-Cookie"] = f"ASP.NET_SessionId={self._sid()}; path=/; HttpOnly"
        return Response(200, body, headers)

    @staticmethod
    def _error() -> Response:
        return Response(500, _ERROR, {"Content-Type": "text/html; charset=utf-8", **_HEADERS})

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if (
            low.startswith(("/uploads/", "/images/", "/app_themes/", "/js/"))
            or low == "/favicon.ico"
        ):
            if low.endswith(".pdf"):
                known = {d[5] for d in DOCS} | {
                    s.opts["file"][0] for s in STORIES if s.opts.get("file")
                }
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf", **_HEADERS})
                    if path in known
                    else None
                )
            return static_file(path)
        if low in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, b"/* WebForms */", {"Content-Type": "application/x-javascript"})
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        ctx = Ctx(base_url(request), path, request.query, self._sid)
        params = request.params
        page = 0
        if request.method == "POST":
            form = request.form
            if "__VIEWSTATE" in form or "__EVENTTARGET" in form:
                state = read_viewstate(form.get("__VIEWSTATE", ""))
                if state is None or state[0] != self._route(path, params):
                    return self._error()
                if SEARCH_BTN in form:
                    keyword = form.get(SEARCH_BOX, "").strip()
                    return Response(
                        302, b"", {"Location": "/TimKiem.aspx?tukhoa=" + quote(keyword), **_HEADERS}
                    )
                target, argument = form.get("__EVENTTARGET", ""), form.get("__EVENTARGUMENT", "")
                if target and not event_allowed(
                    form.get("__EVENTVALIDATION", ""), target, argument
                ):
                    return self._error()
                page = self._postback(state, target, argument)
        return self._get(ctx, path, params, page, request)

    @staticmethod
    def _route(path: str, params: dict[str, str]) -> str:
        """The view state route key the page at ``path`` issues (see the renderers)."""
        low = path.lower()
        if low in ("/", "/default.aspx"):
            return "home"
        if low == "/newslist.aspx":
            cat = _int(params.get("CatID"))
            return "grid:5" if cat == 5 else f"list:{cat}"
        if low == "/newsdetail.aspx":
            nid = _int(params.get("NewsID"))
            return f"news:{nid if nid in _BY_ID else 0}"
        if m := _SLUG_ROUTE.fullmatch(path):
            return f"news:{m.group(1)}"
        if low == "/gioithieu.aspx":
            return f"page:{params.get('ID')}"
        if low == "/lichcongtac.aspx":
            return "lct:" + ":".join(map(str, _week(params) or THIS_WEEK))
        if low == "/thuvienanh.aspx":
            return f"album:{params['AlbumID']}" if "AlbumID" in params else "album"
        if low == "/vanbanchitiet.aspx":
            return f"vb:{params.get('ID')}"
        return {"/lienhe.aspx": "lienhe", "/timkiem.aspx": "search", "/vanban.aspx": "vanban"}.get(
            low, "?"
        )

    @staticmethod
    def _postback(state: tuple[str, int], target: str, argument: str) -> int:
        route, current = state
        if route.startswith("list:"):
            cat = int(route.split(":")[1])
            pages = _pages(len(in_cat(cat)), PAGE_SIZE[cat])
            moved = pager_page(target, current, pages)
            return current if moved is None else moved
        if route == "grid:5" and target == GRID and (m := re.fullmatch(r"Page\$(\d+)", argument)):
            pages = _pages(len(in_cat(5)), TB_PAGE_SIZE)
            return max(0, min(pages - 1, int(m.group(1)) - 1))
        return current

    def _get(
        self, ctx: Ctx, path: str, params: dict[str, str], page: int, request: Request
    ) -> Response | None:
        low = path.lower()
        if low in ("/", "/default.aspx"):
            return self._ok(_home(ctx), request)
        if low == "/newslist.aspx":
            cat = _int(params.get("CatID"))
            if cat not in CATS:
                return None
            if cat == 5:
                return self._ok(_grid(ctx, page), request)
            if cat == 3 and request.method == "GET" and (n := _int(params.get("page"))):
                page = n - 1
            return self._ok(_news_list(ctx, cat, page), request)
        if low == "/newsdetail.aspx":
            nid = _int(params.get("NewsID"))
            if nid in _BY_ID:
                return self._ok(_article_html(_BY_ID[nid], ctx), request, charset=None)
            return self._ok(_soft_404(ctx), request, charset=None)
        if m := _SLUG_ROUTE.fullmatch(path):
            story = _BY_ID.get(int(m.group(1)))
            return self._ok(_article_html(story, ctx), request) if story else None
        if low == "/print.aspx":
            story = _BY_ID.get(_int(params.get("NewsID")) or -1)
            if story is None:
                return self._ok(
                    cp1258_bytes("<html><body>Không tìm thấy tin bài.</body></html>"),
                    request,
                    "windows-1258",
                )
            return self._ok(_print(story, ctx.base), request, charset="windows-1258")
        if low == "/gioithieu.aspx":
            sid = _int(params.get("ID"))
            return self._ok(_static(ctx, sid), request) if sid in STATIC_PAGES else None
        if low == "/lienhe.aspx":
            return self._ok(_contact(ctx), request)
        if low == "/timkiem.aspx":
            return self._ok(_search(ctx, unquote_plus(params.get("tukhoa", ""))), request)
        if low == "/vanban.aspx":
            return self._ok(_docs(ctx), request)
        if low == "/vanbanchitiet.aspx":
            doc = _DOC_BY_ID.get(_int(params.get("ID")) or -1)
            return self._ok(_doc(ctx, doc), request) if doc else None
        if low == "/thuvienanh.aspx":
            if "AlbumID" not in params:
                return self._ok(_gallery(ctx, None), request)
            album = _int(params.get("AlbumID"))
            return self._ok(_gallery(ctx, album), request) if album in ALBUMS else None
        if low == "/admin/login.aspx":
            return self._ok(_LOGIN, request)
        if low == "/lichcongtac.aspx":
            week = _week(params) if ("tuan" in params or "nam" in params) else THIS_WEEK
            return self._ok(_calendar(ctx, *week), request) if week else None
        return None


def _week(params: dict[str, str]) -> tuple[int, int] | None:
    """The calendar's (year, ISO week) from ``?tuan=W&nam=Y``; None when out of range."""
    year, week = _int(params.get("nam")), _int(params.get("tuan"))
    if year is None or week is None or not 1900 <= year <= 2999:
        return None
    try:
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return year, week


def build_site() -> SoGDDTDienBien:
    """A fresh site object (its ``sid`` counter starts anew); pages are rendered per request."""
    return SoGDDTDienBien()
