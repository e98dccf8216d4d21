"""Trường THPT Phan Đăng Lưu (huyện Yên Thành, tỉnh Nghệ An) on the department's hosted sub-site.

Platform
--------
The Sở GD&ĐT Nghệ An hosts one sub-site per school (``thptphandangluu.nghean.edu.vn``) on a
vendor's ASP.NET WebForms product ("eDuPortal 3.5"): every school gets the same skin, a
three-column ``<table>`` layout filled with "module" boxes (``div.ModuleBox`` > ``div.mb-head`` +
``div.mb-body``), one ``<form id="aspnetForm">`` around the page with its ``__VIEWSTATE``, and a
``<base href="http://<host>/">`` in the head: every link and image the skin and the editor print
is slashless and relative to it (``href="tin-tuc/chi-tiet/2414/….html"``,
``src="Upload/thptphandangluu/2026/12/…jpg"``).

URL scheme
----------
- ``/`` home: "Tin mới nhất" box (5 latest, notices linked in their ``tin-tuc`` form), a box per
  news category (3 latest each), a "Thông báo" box (2 latest), the department's shared box.
- ``/tin-tuc/<category-slug>.html?page=<N>`` category listings, 4 items a page, pager
  "Trang 1/2 « 1 2 »" of slashless links (``?page=1`` is the first page).
- ``/tin-tuc/chi-tiet/<id>/<slug>.html`` a post; the router reads the id only (any slug answers).
- ``/thong-bao/danh-sach.html?page=<N>`` notices, 2 a page; ``/thong-bao/chi-tiet/<id>/<slug>.html``.
- ``/van-ban/danh-sach.html``, ``/van-ban/chi-tiet/<id>/<slug>.html`` document entries.
- ``/album-anh/danh-sach.html``, ``/album-anh/chi-tiet/<id>/<slug>.html`` photo albums.
- ``/gioi-thieu/<slug>.html``, ``/lien-he.html``, ``/tim-kiem.html?q=`` (GET search form).

Page templates
--------------
A post's centre column is one module box whose ``<h1>`` is the box caption ("TIN TỨC - SỰ KIỆN"
or "THÔNG BÁO"), a trail ``div.duongdan``, then the vendor's field table ``table.tblCTTin``: rows
of a label cell ``td.tdNhan`` ("Tiêu đề:", "Ngày đăng:", "Ngày cập nhật:", "Người đăng:",
"Lượt xem:", "Trích yếu:") and its value cell, then a ``colspan=2`` cell
``div#ctl00_cphMain_ctl00_divNoiDung`` holding the editor's text, then a tools row (Bản in, Gửi
email, star rating, tags) still inside the table; under it "Các tin cùng chuyên mục".

How each gold article is reached
--------------------------------
- Hoạt động chuyên môn (6): 2414, 2405, 2398 from the home box; 2391 from page 1 of the
  listing; 2384 and 2377 only from ``?page=2`` of the listing (the menu leads to page 1).
- Hoạt động Đoàn trường (3): 2409, 2407, 2404 from the home box and the listing.
- Gương sáng học đường (1): 2402 only from its listing (menu drop-down; no home box).
- Thông báo (3): 2412 and 2408 from the home "Thông báo" box and the left marquee (both also as
  ``/tin-tuc/chi-tiet/<id>/…`` in "Tin mới nhất"), 2389 only from
  ``/thong-bao/danh-sach.html?page=2``.

Traps
-----
1. ``<base href="http://<host>/">`` with slashless relative links and image sources everywhere
   (menus, listings, pager, the editor's ``src="Upload/…"``): resolved against the page's own
   path they give ``/tin-tuc/chi-tiet/2414/tin-tuc/…`` 404s. Gold: image paths ``/Upload/…``.
2. The page's only ``<h1>`` is the module box caption "TIN TỨC - SỰ KIỆN"/"THÔNG BÁO"; the
   headline is a ``span#…_lblTieuDe`` in the field table next to a "Tiêu đề:" label cell, and the
   ``<title>`` adds " - Trường THPT Phan Đăng Lưu - Sở GD&ĐT Nghệ An". Gold: the span's text.
3. vi-VN clock of the field "Ngày đăng:" — "03/12/2026 2:30:00 CH" (CH = chiều, p.m.) and
   "18/11/2026 7:45:00 SA"; "10/11/2026 12:00:00 SA" is the day alone. Gold: 14:30, 07:45, day.
4. The head's ``<meta itemprop="datePublished">`` is the server's en-US ``DateTime.ToString()``
   ("12/3/2026 2:30:00 PM", month first), and a later "Ngày cập nhật:" row sits under the posted
   day. Gold: the printed "Ngày đăng" (3 December), never 12 March nor the update.
5. The lead is the "Trích yếu:" field cell (bold), and in 2414 and 2409 the editor pasted it again
   as the text's first paragraph. Gold: summary = the lead; body starts with it once.
6. Captions printed as their own centred ``<p><em>…</em></p>`` after the photo's paragraph
   (they look like text), or as ``td.chuthich`` under the photo in a ``table.tblAnh``; a line
   "Ảnh: Phan Văn Đức" only credits. Gold: caption (parentheses off) / None + photographer.
7. Lazy-loaded photos (2409, album): ``<img class="lazy" src="images/blank.gif"
   data-original="Upload/…">``. Gold: the ``data-original`` photo, not the blank placeholder.
8. An edited headline leaves the old slug in the listing's thumbnail link
   (``/tin-tuc/chi-tiet/2405/to-toan-tin-thao-giang-20-11.html``) while the title link has the
   new one; the id router serves both. Gold: alt_paths.
9. The notices 2412 and 2408 are also linked as ``/tin-tuc/chi-tiet/<id>/…`` from "Tin mới
   nhất"; same page, canonical the ``/thong-bao/`` form. Gold: alt_paths, category "Thông báo".
10. Bylines with honorifics and posts: "Cô giáo Trần Thị Mai - Tổ Ngữ văn" -> "Trần Thị Mai",
    "Thầy giáo Phạm Văn Hòa, GVCN lớp 12A1" -> "Phạm Văn Hòa", "ThS. Lê Đình Khánh" -> "Lê Đình
    Khánh"; the field "Người đăng: pdluu_quantri" is the CMS account -> nobody.
11. The shared template's "Tin từ Sở GD&ĐT" box prints the department's posts on the same URL
    scheme but on its host, some protocol-relative (``//sgddt.nghean.edu.vn/tin-tuc/chi-tiet/…``):
    not this site's pages, no gold.
12. Document entries (``/van-ban/chi-tiet/…``) use the same field table ("Số ký hiệu:", "Ngày
    ban hành:", "Trích yếu:") with a file line: not articles.
13. Text as the editor left it: ``<div>`` lines, nested ``<div><div><span>``, lines split by
    ``<br />`` inside one ``<div>``, a results table (cells joined " | "), and the tools row with
    "Đánh giá: ★★★★☆ (12 lượt)" and "Từ khóa:" inside the same table as the text: not text.
14. Notice 2412 printed as an official document (letterhead table, "Số:", "Yên Thành, ngày 30
    tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" + signer) though posted 01/12/2026.
    Gold: date "2026-11-30", author the signer "Nguyễn Văn Thắng", letterhead/closing not body.

Gold decisions on ambiguous points
----------------------------------
- The category is the field table's trail last item (menu name), e.g. "Hoạt động chuyên môn".
- A unit signing alone ("Tổ Toán - Tin") is the author as printed; "BBT" is nobody.
- "Tin, ảnh: Hồ Văn Tuấn" gives him as author and photographer.
- "Nguồn: nghean.edu.vn" closing line -> source "nghean.edu.vn".
- The lead pasted twice is kept once (first paragraph of the body).
- Album, documents, intro and contact pages are not articles; nor are listings or search.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)

NAME = "nghean_edu_subsite_thpt"
PLATFORM = "Sở GD&ĐT Nghệ An hosted school sub-site (vendor ASP.NET WebForms 'eDuPortal 3.5')"
START_PATH = "/"

SCHOOL = "Trường THPT Phan Đăng Lưu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
UP = "/Upload/thptphandangluu/2026"

#: news categories: slug -> printed name
CATS = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "hoat-dong-doan-truong": "Hoạt động Đoàn trường",
    "guong-sang-hoc-duong": "Gương sáng học đường",
}
NOTICE = "Thông báo"
NEWS_PAGE = 4
NOTICE_PAGE = 2


def _byline(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text_)}</strong></p>')


def _right_em(text_: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(text_)}</em></p>')


# --- the stories --------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2414,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều ngày 02/12/2026, Tổ Ngữ văn Trường THPT Phan Đăng Lưu tổ chức hội thảo chuyên đề "
            "“Dạy học đọc hiểu văn bản theo thể loại” với sự tham gia của giáo viên các trường THPT "
            "trên địa bàn huyện Yên Thành."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội thảo có thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường; đại diện tổ Ngữ "
                "văn các trường THPT Yên Thành 2, THPT Bắc Yên Thành, THPT Nam Yên Thành cùng toàn "
                "thể giáo viên trong tổ."
            ),
            Img(f"{UP}/12/hoithao-nguvan-1.jpg", "Thầy Nguyễn Văn Thắng phát biểu khai mạc hội thảo",
                "Thầy Nguyễn Văn Thắng phát biểu khai mạc hội thảo", "em-next"),
            P(
                "Tại hội thảo, các báo cáo viên đã trình bày những kinh nghiệm tổ chức hoạt động đọc "
                "hiểu theo đặc trưng thể loại, cách thiết kế phiếu học tập và sử dụng sơ đồ tư duy "
                "giúp học sinh chủ động khám phá văn bản."
            ),
            P(
                "Tiết dạy minh họa bài “Chiếu cầu hiền” của cô giáo Trần Thị Mai tại lớp 11A2 được "
                "đánh giá cao nhờ tổ chức học sinh làm việc nhóm hiệu quả, phát huy tính tích cực và "
                "sáng tạo của người học."
            ),
            Img(f"{UP}/12/hoithao-nguvan-2.jpg", "(Tiết dạy minh họa tại lớp 11A2)",
                "Tiết dạy minh họa tại lớp 11A2", "em-next"),
            P(
                "Kết thúc hội thảo, các đại biểu thống nhất nhiều giải pháp nâng cao chất lượng dạy "
                "học môn Ngữ văn, chuẩn bị tốt cho kỳ thi tốt nghiệp THPT năm 2027."
            ),
            _byline("Cô giáo Trần Thị Mai - Tổ Ngữ văn"),
        ],
        authors=["Trần Thị Mai"],
        opts={"sapo_again": True, "meta_date": "12/3/2026 2:30:00 PM",
              "printed": "03/12/2026 2:30:00 CH", "updated": "04/12/2026 9:12:40 SA"},
    ),
    Story(
        id=2405,
        slug="to-toan-tin-to-chuc-thao-giang-chao-mung-ngay-nha-giao-viet-nam",
        title="Tổ Toán - Tin tổ chức thao giảng chào mừng ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-18T07:45:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào thi đua chào mừng kỷ niệm 44 năm ngày Nhà giáo Việt Nam, từ "
                "ngày 04/11 đến ngày 16/11/2026, Tổ Toán - Tin tổ chức đợt thao giảng với 8 tiết dạy "
                "của các giáo viên trong tổ."
            ),
            Img(f"{UP}/11/thaogiang-toan.jpg", "Một tiết thao giảng môn Toán tại lớp 10A5",
                "Một tiết thao giảng môn Toán tại lớp 10A5", "table"),
            P(
                "Các tiết dạy được chuẩn bị công phu, ứng dụng hiệu quả phần mềm GeoGebra và các "
                "nền tảng học tập trực tuyến, tạo hứng thú cho học sinh."
            ),
            P(
                "Qua đợt thao giảng, tổ đã lựa chọn 2 tiết dạy tốt nhất để tham gia hội giảng cấp "
                "trường."
            ),
            Raw('<p style="text-align: right;"><span style="font-size:13px;">'
                "<strong>Tổ Toán - Tin</strong></span></p>"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={"old_slug": "to-toan-tin-thao-giang-20-11", "meta_date": "11/18/2026 7:45:00 AM",
              "printed": "18/11/2026 7:45:00 SA"},
    ),
    Story(
        id=2398,
        slug="hoc-sinh-nha-truong-dat-12-giai-tai-ky-thi-hoc-sinh-gioi-tinh-lop-12",
        title="Học sinh nhà trường đạt 12 giải tại kỳ thi học sinh giỏi tỉnh lớp 12",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-10",
        blocks=[
            P(
                "Sở GD&ĐT Nghệ An vừa công bố kết quả kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học "
                "2026 - 2027. Trường THPT Phan Đăng Lưu có 12 học sinh đạt giải, trong đó có 1 giải "
                "Nhất, 3 giải Nhì, 5 giải Ba và 3 giải Khuyến khích."
            ),
            P("Một số học sinh đạt giải cao:", "h"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "tr"),
            P("1 | Nguyễn Thị Thu Hà | 12A1 | Ngữ văn | Nhất", "tr"),
            P("2 | Phan Đức Anh | 12A2 | Vật lí | Nhì", "tr"),
            P("3 | Hồ Thị Ngọc Ánh | 12A1 | Lịch sử | Nhì", "tr"),
            Img(f"{UP}/11/hsg-tinh-12.jpg", "Ảnh: Hồ Văn Tuấn", None, "em-next"),
            P(
                "Đây là kết quả đáng ghi nhận của thầy và trò nhà trường, khẳng định chất lượng mũi "
                "nhọn của đơn vị."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Hồ Văn Tuấn</em></p>'),
        ],
        authors=["Hồ Văn Tuấn"],
        photographers=["Hồ Văn Tuấn"],
        opts={"meta_date": "11/10/2026 12:00:00 AM", "printed": "10/11/2026 12:00:00 SA"},
    ),
    Story(
        id=2391,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-thpt-yen-thanh",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THPT Yên Thành",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-28T15:10:00+07:00",
        blocks=[
            P(
                "Ngày 27/10/2026, tại Trường THPT Phan Đăng Lưu, cụm chuyên môn các trường THPT huyện "
                "Yên Thành tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học môn Hóa học.",
                "div",
            ),
            P(
                "Theo kế hoạch, mỗi trường trong cụm lần lượt đăng cai một buổi sinh hoạt, tập trung "
                "quan sát hoạt động học của học sinh thay vì đánh giá giáo viên.",
                "div",
            ),
            Img(f"{UP}/10/nghiencuubaihoc.jpg", "Giáo viên dự giờ quan sát học sinh làm thí nghiệm",
                "Giáo viên dự giờ quan sát học sinh làm thí nghiệm", "table"),
            P("Buổi sinh hoạt đã giúp giáo viên:", "nested"),
            P("- Nhận ra những khó khăn của học sinh trong từng hoạt động;", "br"),
            P("- Điều chỉnh cách giao nhiệm vụ cho phù hợp;", "br"),
            P("- Chia sẻ kinh nghiệm giữa các trường trong cụm.", "br"),
            _right_em("Nguồn: nghean.edu.vn"),
        ],
        source="nghean.edu.vn",
        opts={"meta_date": "10/28/2026 3:10:00 PM", "printed": "28/10/2026 3:10:00 CH"},
    ),
    Story(
        id=2384,
        slug="trien-khai-kiem-tra-danh-gia-giua-ky-i-nam-hoc-2026-2027",
        title="Triển khai kiểm tra đánh giá giữa kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-20T09:00:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục nhà trường, từ ngày 26/10 đến ngày 31/10/2026 nhà trường "
                "tổ chức kiểm tra đánh giá giữa kỳ I cho học sinh cả ba khối."
            ),
            P("Các yêu cầu đối với giáo viên ra đề:", "h"),
            P("Đề kiểm tra bám sát ma trận và bản đặc tả đã thống nhất trong tổ;", "li"),
            P("Tỉ lệ câu hỏi trắc nghiệm và tự luận theo hướng dẫn của Sở;", "li"),
            P("Nộp đề về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 23/10/2026.", "li"),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và phụ huynh qua hệ thống "
                "sổ liên lạc điện tử."
            ),
            Raw('<p>File đính kèm: <a href="Upload/thptphandangluu/2026/10/lich-kiem-tra-giua-ky-1.pdf">'
                "lich-kiem-tra-giua-ky-1.pdf</a></p>"),
        ],
        opts={"meta_date": "10/20/2026 9:00:00 AM", "printed": "20/10/2026 9:00:00 SA"},
    ),
    Story(
        id=2377,
        slug="ung-dung-tri-tue-nhan-tao-trong-day-hoc-co-hoi-va-thach-thuc",
        title="ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG DẠY HỌC: CƠ HỘI VÀ THÁCH THỨC",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-09T08:20:00+07:00",
        summary=(
            "Trí tuệ nhân tạo đang thay đổi cách giáo viên chuẩn bị bài giảng và cách học sinh tự "
            "học; nhà trường cần chủ động để tận dụng cơ hội và hạn chế rủi ro."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các công cụ trí tuệ nhân tạo có thể hỗ trợ giáo viên soạn câu hỏi, tạo học liệu và "
                "phản hồi nhanh bài làm của học sinh.[1]"
            ),
            P(
                "Tuy nhiên, việc lạm dụng công cụ khiến học sinh dễ sao chép, giảm khả năng tư duy "
                "độc lập; giáo viên cần thiết kế nhiệm vụ đòi hỏi trải nghiệm và sản phẩm cá nhân.[2]"
            ),
            P(
                "Nhà trường đã thành lập nhóm nòng cốt gồm 6 giáo viên để bồi dưỡng kỹ năng sử dụng "
                "công cụ cho toàn trường trong năm học này."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ GD&ĐT, Hướng dẫn ứng dụng công nghệ thông tin năm học 2026 - 2027."),
            P("[2] UNESCO, Hướng dẫn về AI tạo sinh trong giáo dục và nghiên cứu, 2023."),
            _byline("ThS. Lê Đình Khánh"),
        ],
        authors=["Lê Đình Khánh"],
        opts={"meta_date": "10/9/2026 8:20:00 AM", "printed": "09/10/2026 8:20:00 SA"},
    ),
    Story(
        id=2409,
        slug="doan-truong-to-chuc-hoi-thi-tim-hieu-lich-su-que-huong-yen-thanh",
        title="Đoàn trường tổ chức Hội thi “Tìm hiểu lịch sử quê hương Yên Thành”",
        cat="hoat-dong-doan-truong",
        published_at="2026-11-28T16:05:00+07:00",
        summary=(
            "Nhằm giáo dục truyền thống cách mạng cho đoàn viên, thanh niên, Đoàn trường THPT Phan "
            "Đăng Lưu tổ chức vòng chung kết Hội thi “Tìm hiểu lịch sử quê hương Yên Thành”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi thu hút 12 đội đến từ các chi đoàn khối 10 và 11 qua ba phần thi: Chào hỏi, "
                "Kiến thức và Hùng biện."
            ),
            Img(f"{UP}/11/hoithi-lichsu-1.jpg", "Ảnh: Phan Văn Đức", None, "lazy-em"),
            P(
                "Các câu hỏi xoay quanh cuộc đời đồng chí Phan Đăng Lưu, phong trào Xô viết Nghệ "
                "Tĩnh trên đất Yên Thành và những đổi thay của quê hương hôm nay."
            ),
            Img(f"{UP}/11/hoithi-lichsu-2.jpg", "Đội chi đoàn 11A3 giành giải Nhất",
                "Đội chi đoàn 11A3 giành giải Nhất", "lazy-em"),
            P("Kết quả, giải Nhất thuộc về chi đoàn 11A3, giải Nhì chi đoàn 10A1."),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thị Lan - Ảnh: Phan Văn Đức'
                "</strong></p>"),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Phan Văn Đức"],
        opts={"sapo_again": True, "meta_date": "11/28/2026 4:05:00 PM",
              "printed": "28/11/2026 4:05:00 CH"},
    ),
    Story(
        id=2407,
        slug="dem-hoi-van-nghe-tri-an-thay-co-nam-2026",
        title="Đêm hội văn nghệ “Tri ân thầy cô” năm 2026",
        cat="hoat-dong-doan-truong",
        published_at="2026-11-21T20:30:00+07:00",
        blocks=[
            P(
                "Tối 19/11/2026, tại sân trường, Đoàn trường tổ chức đêm hội văn nghệ “Tri ân thầy "
                "cô” chào mừng kỷ niệm ngày Nhà giáo Việt Nam.",
                "nested",
            ),
            P(
                "🎉 Hơn 20 tiết mục ca, múa, nhạc, kịch do các chi đoàn dàn dựng đã mang đến không khí "
                "ấm áp, xúc động.",
                "nested",
            ),
            Img(f"{UP}/11/dem-hoi-van-nghe.jpg", None, None, "plain"),
            P(
                "Tiết mục múa “Bụi phấn” của chi đoàn 12A4 đạt giải Nhất toàn đoàn.",
                "nested",
            ),
            _byline("BBT"),
        ],
        opts={"meta_date": "11/21/2026 8:30:00 PM", "printed": "21/11/2026 8:30:00 CH"},
    ),
    Story(
        id=2404,
        slug="ra-quan-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        title="Ra quân hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực học đường",
        cat="hoat-dong-doan-truong",
        published_at="2026-11-15T10:00:00+07:00",
        blocks=[
            P(
                "Sáng 15/11/2026, Đoàn trường phối hợp với Công an xã Hoa Thành tổ chức lễ ra quân "
                "hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa bạo lực học đường.",
                "br",
            ),
            P(
                "Tại buổi lễ, đại diện Công an xã đã tuyên truyền các quy định pháp luật về phòng, "
                "chống bạo lực học đường và cách xử lý khi bị bắt nạt trên mạng xã hội.",
                "br",
            ),
            P(
                "Đoàn viên các chi đoàn ký cam kết không vi phạm và tích cực tham gia các hoạt động "
                "tuyên truyền trong tháng.",
                "br",
            ),
            Img(f"{UP}/11/ra-quan-binh-dang-gioi.jpg", "Đoàn viên ký cam kết tại lễ ra quân",
                "Đoàn viên ký cam kết tại lễ ra quân", "table"),
        ],
        opts={"meta_date": "11/15/2026 10:00:00 AM", "printed": "15/11/2026 10:00:00 SA"},
    ),
    Story(
        id=2402,
        slug="em-nguyen-minh-quan-tam-guong-vuot-kho-hoc-gioi",
        title="Em Nguyễn Minh Quân - tấm gương vượt khó học giỏi",
        cat="guong-sang-hoc-duong",
        published_at="2026-11-12",
        blocks=[
            P(
                "Mồ côi cha từ năm lớp 6, Nguyễn Minh Quân (lớp 12A1) vừa phụ mẹ làm ruộng vừa học "
                "tập, liên tục nhiều năm đạt danh hiệu học sinh giỏi."
            ),
            P("Quân chia sẻ:", "nested"),
            P(
                "“Em muốn đỗ vào ngành Công nghệ thông tin để sau này có việc làm ổn định, giúp mẹ "
                "nuôi em gái ăn học.”",
                "quote",
            ),
            Img(f"{UP}/11/nguyen-minh-quan.jpg", "(Em Nguyễn Minh Quân trong giờ tự học)",
                "Em Nguyễn Minh Quân trong giờ tự học", "em-next"),
            P(
                "Năm học 2026 - 2027, Quân được Hội Khuyến học huyện Yên Thành trao học bổng “Vượt "
                "khó học giỏi”."
            ),
            _byline("Thầy giáo Phạm Văn Hòa, GVCN lớp 12A1"),
        ],
        authors=["Phạm Văn Hòa"],
        opts={"meta_date": "11/12/2026 12:00:00 AM", "printed": "12/11/2026"},
    ),
    Story(
        id=2412,
        slug="thong-bao-lich-thi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch thi học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" width="100%" cellpadding="0" cellspacing="0"><tr>'
                '<td width="40%" style="text-align:center">SỞ GD&amp;ĐT NGHỆ AN<br />'
                "<strong>TRƯỜNG THPT PHAN ĐĂNG LƯU</strong><br />Số: 215/TB-THPTPĐL</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong>Độc lập - Tự do - Hạnh phúc</strong><br />"
                "<em>Yên Thành, ngày 30 tháng 11 năm 2026</em></td></tr></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tổ chức thi học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, Trường THPT Phan Đăng Lưu thông báo "
                "lịch thi học kỳ I như sau:"
            ),
            P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
            P("2. Hình thức: thi tập trung theo phòng thi, đề chung toàn khối."),
            P(
                "3. Giáo viên chủ nhiệm phổ biến lịch thi đến học sinh; các tổ chuyên môn nộp đề "
                "trước ngày 14/12/2026."
            ),
            Raw(
                '<table border="0" width="100%"><tr><td width="50%" valign="top"><em><strong>Nơi nhận:'
                "</strong></em><br />- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Lưu VT.</td>"
                '<td style="text-align:center" valign="top"><strong>HIỆU TRƯỞNG</strong><br /><br />'
                "<em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn Thắng</strong></td></tr></table>"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"meta_date": "12/1/2026 8:00:00 AM", "printed": "01/12/2026 8:00:00 SA"},
    ),
    Story(
        id=2408,
        slug="thong-bao-tuyen-dung-nhan-vien-y-te-truong-hoc",
        title="Thông báo tuyển dụng nhân viên y tế trường học",
        cat="thong-bao",
        published_at="2026-11-25T10:15:00+07:00",
        blocks=[
            P(
                "Trường THPT Phan Đăng Lưu cần tuyển 01 nhân viên y tế trường học theo hình thức hợp "
                "đồng lao động."
            ),
            P("Yêu cầu: tốt nghiệp cao đẳng Y trở lên, có chứng chỉ hành nghề.", "div"),
            P("Hồ sơ nộp tại Văn phòng nhà trường trước ngày 15/12/2026.", "div"),
            P(
                "Mọi chi tiết xin liên hệ đồng chí Phan Thị Hương, Văn phòng nhà trường, điện thoại "
                "0238 3865 123."
            ),
            _byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"meta_date": "11/25/2026 10:15:00 AM", "printed": "25/11/2026 10:15:00 SA",
              "updated": "27/11/2026 3:02:11 CH"},
    ),
    Story(
        id=2389,
        slug="thong-bao-nghi-hoc-do-anh-huong-cua-bao-so-7",
        title="Thông báo nghỉ học do ảnh hưởng của bão số 7",
        cat="thong-bao",
        published_at="2026-10-26T17:40:00+07:00",
        blocks=[
            P(
                "Thực hiện công điện của UBND tỉnh Nghệ An về ứng phó với bão số 7, nhà trường thông "
                "báo:"
            ),
            P("👉 Học sinh toàn trường nghỉ học ngày 27/10/2026.", "br"),
            P("👉 Cán bộ, giáo viên trực theo phân công của Ban giám hiệu.", "br"),
            P(
                "Lịch học bù sẽ được thông báo sau. Đề nghị phụ huynh quản lý con em, không để các em "
                "đi ra sông, suối trong thời gian mưa bão."
            ),
        ],
        opts={"meta_date": "10/26/2026 5:40:00 PM", "printed": "26/10/2026 5:40:00 CH"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["meta_date_sort"], reverse=True)


def _sort_key(s: Story) -> str:
    d, m, y = s.opts["printed"].split()[0].split("/")
    return f"{y}{m}{d}{s.id}"


for _s in STORIES:
    _s.opts["meta_date_sort"] = _sort_key(_s)


def cat_stories(cat: str) -> list[Story]:
    return _by_date([s for s in STORIES if s.cat == cat])


def detail_path(s: Story, slug: str | None = None) -> str:
    section = "thong-bao" if s.cat == "thong-bao" else "tin-tuc"
    return f"/{section}/chi-tiet/{s.id}/{slug or s.slug}.html"


def news_form(s: Story) -> str:
    """The ``/tin-tuc/`` form of any post (notices included): how "Tin mới nhất" links."""
    return f"/tin-tuc/chi-tiet/{s.id}/{s.slug}.html"


def rel(path: str) -> str:
    """Slashless link relative to the page's ``<base href>`` (trap 1)."""
    return path.lstrip("/")


def cat_name(s: Story) -> str:
    return NOTICE if s.cat == "thong-bao" else CATS[s.cat]


def cat_list_path(s: Story) -> str:
    return "/thong-bao/danh-sach.html" if s.cat == "thong-bao" else f"/tin-tuc/{s.cat}.html"


def short_date(s: Story) -> str:
    return s.opts["printed"].split()[0]


def excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) < 150 else first[:140].rsplit(" ", 1)[0] + "..."


def thumb(s: Story) -> str:
    imgs = s.images
    return rel(imgs[0].src) if imgs else "Portals/_default/skins/edu3/images/no-image.jpg"


# --- documents, albums, intro pages ---------------------------------------------------------

DOCS = [
    {
        "id": 118,
        "slug": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "so": "168/KH-THPTPĐL",
        "ngay": "12/09/2026",
        "trichyeu": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "loai": "Kế hoạch",
        "file": "ke-hoach-giao-duc-2026-2027.pdf",
    },
    {
        "id": 121,
        "slug": "quy-che-chi-tieu-noi-bo-nam-2026",
        "so": "02/QC-THPTPĐL",
        "ngay": "05/01/2026",
        "trichyeu": "Quy chế chi tiêu nội bộ năm 2026",
        "loai": "Quy chế",
        "file": "quy-che-chi-tieu-noi-bo-2026.pdf",
    },
]

ALBUM = {
    "id": 35,
    "slug": "le-khai-giang-nam-hoc-2026-2027",
    "title": "Lễ khai giảng năm học 2026 - 2027",
    "photos": [f"{UP}/09/khaigiang-{i}.jpg" for i in range(1, 7)],
}

INTRO = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường THPT Phan Đăng Lưu được thành lập năm 1972 tại xã Hoa Thành, huyện Yên Thành, "
            "mang tên nhà cách mạng Phan Đăng Lưu, người con ưu tú của quê hương.",
            "Qua hơn 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều "
            "thế hệ trưởng thành đang công tác trên mọi miền đất nước.",
            "Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy Nguyễn Văn Thắng.",
            "Phó Hiệu trưởng: thầy Hồ Sỹ Lâm, cô Nguyễn Thị Bích Ngọc.",
            "Nhà trường có 7 tổ chuyên môn, 1 tổ Văn phòng với 86 cán bộ, giáo viên, nhân viên.",
        ],
    ),
}

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/lien-he.html",
    f"/van-ban/chi-tiet/{DOCS[0]['id']}/{DOCS[0]['slug']}.html",
    f"/van-ban/chi-tiet/{DOCS[1]['id']}/{DOCS[1]['slug']}.html",
    f"/album-anh/chi-tiet/{ALBUM['id']}/{ALBUM['slug']}.html",
]


# --- chrome ----------------------------------------------------------------------------------

SGD_NEWS = [
    ("//sgddt.nghean.edu.vn/tin-tuc/chi-tiet/9812/so-gd-dt-tong-ket-thi-giao-vien-day-gioi.html",
     "Sở GD&ĐT tổng kết hội thi giáo viên dạy giỏi cấp tỉnh"),
    ("http://sgddt.nghean.edu.vn/tin-tuc/chi-tiet/9807/huong-dan-thi-tot-nghiep-thpt-2027.html",
     "Hướng dẫn tổ chức ôn thi tốt nghiệp THPT năm 2027"),
    ("//sgddt.nghean.edu.vn/thong-bao/chi-tiet/9795/lich-tiep-cong-dan-thang-12.html",
     "Lịch tiếp công dân tháng 12/2026"),
]


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{rel(f"/tin-tuc/{slug}.html")}">{esc(name)}</a></li>' for slug, name in CATS.items()
    )
    return (
        '<div id="dvMenu"><ul class="mnuTop">'
        '<li class="first"><a href="./">Trang chủ</a></li>'
        '<li><a href="javascript:void(0)">Giới thiệu</a><ul class="sub">'
        '<li><a href="gioi-thieu/lich-su-phat-trien.html">Lịch sử phát triển</a></li>'
        '<li><a href="gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>'
        f'<li><a href="javascript:void(0)">Tin tức</a><ul class="sub">{cats}</ul></li>'
        '<li><a href="thong-bao/danh-sach.html">Thông báo</a></li>'
        '<li><a href="van-ban/danh-sach.html">Văn bản</a></li>'
        '<li><a href="album-anh/danh-sach.html">Album ảnh</a></li>'
        '<li><a href="lien-he.html">Liên hệ</a></li>'
        "</ul></div>"
    )


def _box(title: str, body: str, tag: str = "h2", extra: str = "") -> str:
    return (
        f'<div class="ModuleBox {extra}"><div class="mb-head"><{tag} class="mb-title">{esc(title)}'
        f'</{tag}></div><div class="mb-body">{body}</div></div>'
    )


def _left() -> str:
    notices = "".join(
        f'<li><a href="{rel(detail_path(s))}">{esc(s.title)}</a> <span class="ngay">({short_date(s)[:5]})</span></li>'
        for s in cat_stories("thong-bao")[:NOTICE_PAGE]
    )
    links = (
        '<ul class="lienket"><li><a href="http://nghean.edu.vn" target="_blank">Sở GD&amp;ĐT Nghệ An</a></li>'
        '<li><a href="http://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul>'
    )
    return (
        _box("Thông báo", f'<marquee direction="up" scrollamount="2"><ul class="tb">{notices}</ul></marquee>')
        + _box("Liên kết website", links)
        + _box(
            "Thăm dò ý kiến",
            '<div class="poll"><p>Bạn đánh giá thế nào về website nhà trường?</p>'
            '<input type="radio" name="rdPoll" value="1" /> Rất hữu ích<br />'
            '<input type="radio" name="rdPoll" value="2" /> Hữu ích<br />'
            '<input type="radio" name="rdPoll" value="3" /> Bình thường<br />'
            '<input type="button" value="Bình chọn" onclick="Poll_Vote(4)" /> '
            '<input type="button" value="Kết quả" onclick="Poll_Result(4)" /></div>',
        )
    )


def _right() -> str:
    popular = sorted(STORIES, key=lambda s: -s.views())[:5]
    pop = "".join(f'<li><a href="{rel(detail_path(s))}">{esc(s.title)}</a></li>' for s in popular)
    sgd = "".join(f'<li><a href="{href}" target="_blank">{esc(t)}</a></li>' for href, t in SGD_NEWS)
    return (
        _box("Tin đọc nhiều", f'<ul class="docnhieu">{pop}</ul>')
        + _box("Tin từ Sở GD&ĐT Nghệ An", f'<ul class="tinso">{sgd}</ul>', extra="shared")
        + _box(
            "Thống kê truy cập",
            '<table class="thongke"><tr><td>Đang online:</td><td>27</td></tr>'
            "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.075</td></tr></table>",
        )
    )


def page(request: Request, title: str, center: str, canonical: str | None = None,
         head_extra: str = "", description: str = "") -> Response:
    base = base_url(request) + "/"
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}" />' if canonical else ""
    desc = esc(description or "Cổng thông tin điện tử Trường THPT Phan Đăng Lưu - Yên Thành - Nghệ An")
    vs = opaque(request.target, 180)
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base}" />
<title>{esc(title)} - {SCHOOL} - Sở GD&amp;ĐT Nghệ An</title>
<meta name="description" content="{desc}" />
<meta name="generator" content="eDuPortal 3.5" />
{canon}{head_extra}
<link href="Portals/_default/skins/edu3/skin.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="Portals/_default/skins/edu3/jquery.lazyload.js"></script>
<link rel="shortcut icon" href="Portals/thptphandangluu/favicon.ico" />
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(request.path.lstrip('/'))}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" /></div>
<div id="wrapper">
<div id="dvHeader"><a href="./"><img src="Portals/thptphandangluu/banner.jpg" alt="Trường THPT Phan Đăng Lưu" /></a>
<div class="topbar"><span class="ngayhientai">{HEADER_TODAY}</span>
<span class="timkiem"><input type="text" name="txtTimKiem" /><a href="tim-kiem.html">Tìm kiếm</a></span></div></div>
{_menu()}
<table id="tblMain" width="1000" cellpadding="0" cellspacing="0"><tr>
<td id="tdLeft" width="220" valign="top">{_left()}</td>
<td id="tdCenter" valign="top">{center}</td>
<td id="tdRight" width="220" valign="top">{_right()}</td>
</tr></table>
<div id="dvFooter"><p><strong>TRƯỜNG THPT PHAN ĐĂNG LƯU</strong></p>
<p>Địa chỉ: xã Hoa Thành, huyện Yên Thành, tỉnh Nghệ An - Điện thoại: 0238 3865 123 - Email: c3phandangluu@nghean.edu.vn</p>
<p>Bản quyền thuộc Sở Giáo dục và Đào tạo Nghệ An. Phát triển bởi eDuPortal 3.5</p></div>
</div></form>
<script type="text/javascript">$("img.lazy").lazyload();</script>
</body></html>"""
    return html(body)


def _crumb(*items: tuple[str, str | None]) -> str:
    parts = ['<a href="./">Trang chủ</a>']
    for name, href in items:
        parts.append(f'<a href="{rel(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


# --- article body -------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = rel(img.src)
    if img.style.startswith("lazy"):
        tag = (f'<img class="lazy" src="images/blank.gif" data-original="{src}" width="600" '
               f'alt="" />')
    else:
        tag = f'<img src="{src}" alt="" style="width: 600px; height: auto;" />'
    line = img.printed
    if img.style == "table":
        cap = f'<tr><td class="chuthich" style="text-align:center"><em>{esc(line)}</em></td></tr>' if line else ""
        return (f'<table class="tblAnh" align="center" cellpadding="3"><tr><td>{tag}</td></tr>{cap}'
                "</table>")
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em>{esc(line)}</em></p>'
    return out


def render_body(s: Story) -> str:
    out: list[str] = []
    if s.opts.get("sapo_again"):
        out.append(f'<p style="text-align: justify;"><strong>{esc(s.summary or "")}</strong></p>')
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("br", "li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            if b.style == "br":
                out.append("<div>" + "<br />\n".join(esc(t) for t in group) + "</div>")
            elif b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                rows = []
                for n, t in enumerate(group):
                    cells = t.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>" for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="4" style="border-collapse:collapse">'
                           + "".join(rows) + "</table>")
            continue
        elif b.style == "div":
            out.append(f"<div>{esc(b.text)}</div>")
        elif b.style == "nested":
            out.append(f'<div><div><span style="font-size:14px;">{esc(b.text)}</span></div></div>')
        elif b.style == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _row(label: str, value: str) -> str:
    return f'<tr><td class="tdNhan" width="110">{label}</td><td class="tdGiaTri">{value}</td></tr>'


def detail_page(request: Request, s: Story) -> Response:
    pid = "ctl00_cphMain_ctl00"
    rows = [
        _row("Tiêu đề:", f'<span id="{pid}_lblTieuDe" class="tieude_ct">{esc(s.title)}</span>'),
        _row("Ngày đăng:", f'<span id="{pid}_lblNgayDang">{s.opts["printed"]}</span>'),
    ]
    if s.opts.get("updated"):
        rows.append(_row("Ngày cập nhật:", f'<span id="{pid}_lblNgayCapNhat">{s.opts["updated"]}</span>'))
    rows.append(_row("Người đăng:", "pdluu_quantri"))
    rows.append(_row("Lượt xem:", str(s.views())))
    if s.summary:
        rows.append(_row("Trích yếu:", f'<div class="trichyeu"><b>{esc(s.summary)}</b></div>'))
    rows.append(f'<tr><td colspan="2"><div id="{pid}_divNoiDung" class="noidung_ct">\n{render_body(s)}\n</div></td></tr>')
    tags = ", ".join(f'<a href="tim-kiem.html?q={quote(w)}">{w}</a>' for w in ("Phan Đăng Lưu", "Yên Thành"))
    rows.append(
        '<tr><td colspan="2" class="congcu"><a href="javascript:window.print()">Bản in</a> | '
        f'<a href="javascript:SendMail({s.id})">Gửi email</a> | <a href="#top">Về đầu trang</a><br />'
        'Đánh giá: <span class="sao">★★★★☆</span> (12 lượt)<br />'
        f"Từ khóa: {tags}</td></tr>"
    )
    table = '<table class="tblCTTin" width="100%" cellpadding="3" cellspacing="0">' + "".join(rows) + "</table>"
    others = [o for o in cat_stories(s.cat) if o.id != s.id][:5]
    other = "".join(
        f'<li><a href="{rel(detail_path(o))}">{esc(o.title)}</a> <span class="ngay">({short_date(o)})</span></li>'
        for o in others
    )
    box_title = "THÔNG BÁO" if s.cat == "thong-bao" else "TIN TỨC - SỰ KIỆN"
    crumb_items = ([(NOTICE, "/thong-bao/danh-sach.html")] if s.cat == "thong-bao"
                   else [("Tin tức", None), (CATS[s.cat], f"/tin-tuc/{s.cat}.html")])
    center = _box(
        box_title,
        _crumb(*crumb_items) + table
        + f'<div class="tinkhac"><div class="tieudetinkhac">Các tin cùng chuyên mục</div><ul>{other}</ul></div>',
        tag="h1",
    )
    meta = (f'<meta itemprop="datePublished" content="{s.opts["meta_date"]}" />'
            f'<meta property="og:title" content="{esc(s.title)}" />')
    return page(request, s.title, center, canonical=detail_path(s), head_extra=meta,
                description=excerpt(s))


# --- listings -----------------------------------------------------------------------------------


def _item(s: Story, big: bool = False) -> str:
    title_link = rel(detail_path(s))
    thumb_link = rel(detail_path(s, s.opts.get("old_slug")))
    return (
        f'<div class="itemTin{" noibat" if big else ""}"><a href="{thumb_link}"><img class="anhdaidien" '
        f'src="{thumb(s)}" width="{200 if big else 120}" alt="" /></a>'
        f'<a class="tieude" href="{title_link}">{esc(s.title)}</a> <span class="ngay">({short_date(s)})</span>'
        f'<div class="mota">{esc(excerpt(s))}</div><div style="clear:both"></div></div>'
    )


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def listing(request: Request, title: str, path: str, items: list[Story], size: int,
            crumb: str) -> Response:
    n = _page_no(request)
    pages = max(1, -(-len(items) // size))
    chunk = items[(n - 1) * size : n * size]
    body = "".join(_item(s) for s in chunk) or '<p class="trong">Chưa có tin bài.</p>'
    pager = ""
    if pages > 1:
        links = []
        if n > 1:
            links.append(f'<a href="{rel(path)}?page={n - 1}">«</a>')
        for k in range(1, pages + 1):
            links.append(f"<span class=\"cur\">{k}</span>" if k == n else f'<a href="{rel(path)}?page={k}">{k}</a>')
        if n < pages:
            links.append(f'<a href="{rel(path)}?page={n + 1}">»</a>')
        pager = f'<div class="phantrang">Trang {n}/{pages} ' + " ".join(links) + "</div>"
    center = _box(title.upper(), crumb + body + pager, tag="h1")
    return page(request, title, center)


def home(request: Request) -> Response:
    latest = _by_date(STORIES)[:5]
    first, rest = latest[0], latest[1:]
    newest = _item(first, big=True).replace(rel(detail_path(first)), rel(news_form(first)))
    newest += "<ul class=\"tinmoi\">" + "".join(
        f'<li><a href="{rel(news_form(s))}">{esc(s.title)}</a> <span class="ngay">({short_date(s)[:5]})</span></li>'
        for s in rest
    ) + "</ul>"
    boxes = [_box("Tin mới nhất", newest, extra="tinmoinhat")]
    for slug, name in CATS.items():
        items = cat_stories(slug)[:3]
        if slug == "guong-sang-hoc-duong":
            continue
        more = f'<div class="xemtiep"><a href="{rel(f"/tin-tuc/{slug}.html")}">Xem tiếp »</a></div>'
        boxes.append(_box(name, "".join(_item(s) for s in items) + more))
    notices = "".join(_item(s) for s in cat_stories("thong-bao")[:NOTICE_PAGE])
    boxes.append(_box("Thông báo", notices + '<div class="xemtiep"><a href="thong-bao/danh-sach.html">Xem tất cả</a></div>'))
    return page(request, "Trang chủ", "".join(boxes), canonical="/")


# --- other pages --------------------------------------------------------------------------------


def doc_page(request: Request, d: dict) -> Response:
    file_href = f"Upload/thptphandangluu/vanban/{d['file']}"
    rows = [
        _row("Số ký hiệu:", esc(d["so"])),
        _row("Ngày ban hành:", d["ngay"]),
        _row("Loại văn bản:", esc(d["loai"])),
        _row("Cơ quan ban hành:", "Trường THPT Phan Đăng Lưu"),
        _row("Trích yếu:", f"<b>{esc(d['trichyeu'])}</b>"),
        _row("File đính kèm:", f'<a href="{file_href}">{esc(d["file"])}</a>'),
    ]
    table = '<table class="tblCTTin" width="100%" cellpadding="3">' + "".join(rows) + "</table>"
    center = _box("VĂN BẢN", _crumb(("Văn bản", "/van-ban/danh-sach.html")) + table, tag="h1")
    return page(request, d["trichyeu"], center)


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td><td><a href="van-ban/chi-tiet/{d["id"]}/{d["slug"]}.html">'
        f'{esc(d["trichyeu"])}</a></td></tr>'
        for d in DOCS
    )
    table = ('<table class="dsVanBan" width="100%" border="1"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
             f"<th>Trích yếu</th></tr>{rows}</table>")
    return page(request, "Văn bản", _box("VĂN BẢN", _crumb(("Văn bản", None)) + table, tag="h1"))


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="anh"><a href="{rel(p)}"><img class="lazy" src="images/blank.gif" data-original="{rel(p)}" '
        f'width="180" alt="" /></a></div>'
        for p in ALBUM["photos"]
    )
    center = _box("ALBUM ẢNH", _crumb(("Album ảnh", "/album-anh/danh-sach.html"))
                  + f'<div class="tenalbum">{esc(ALBUM["title"])}</div><div class="dsanh">{photos}</div>', tag="h1")
    return page(request, ALBUM["title"], center)


def album_list(request: Request) -> Response:
    a = ALBUM
    item = (f'<div class="album"><a href="album-anh/chi-tiet/{a["id"]}/{a["slug"]}.html"><img src="{rel(a["photos"][0])}" '
            f'width="200" alt="" /></a><a href="album-anh/chi-tiet/{a["id"]}/{a["slug"]}.html">{esc(a["title"])}</a> (6 ảnh)</div>')
    return page(request, "Album ảnh", _box("ALBUM ẢNH", _crumb(("Album ảnh", None)) + item, tag="h1"))


def intro_page(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return page(request, title, _box("GIỚI THIỆU", _crumb(("Giới thiệu", None), (title, None)) + body, tag="h1"))


def contact_page(request: Request) -> Response:
    body = (
        "<p><strong>TRƯỜNG THPT PHAN ĐĂNG LƯU</strong></p><p>Địa chỉ: xã Hoa Thành, huyện Yên Thành, tỉnh Nghệ An</p>"
        "<p>Điện thoại: 0238 3865 123</p><p>Email: c3phandangluu@nghean.edu.vn</p>"
        '<table class="frmLienHe"><tr><td>Họ tên:</td><td><input type="text" name="txtHoTen" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="txtNoiDung"></textarea></td></tr>'
        '<tr><td></td><td><input type="button" value="Gửi" onclick="LienHe_Gui()" /></td></tr></table>'
    )
    return page(request, "Liên hệ", _box("LIÊN HỆ", _crumb(("Liên hệ", None)) + body, tag="h1"))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    body = f'<p>Kết quả tìm kiếm cho “{esc(q)}”: không tìm thấy bài viết nào.</p>'
    return page(request, "Tìm kiếm", _box("TÌM KIẾM", body, tag="h1"))


# --- routing ------------------------------------------------------------------------------------

_DETAIL = re.compile(r"^/(tin-tuc|thong-bao|van-ban|album-anh)/chi-tiet/(\d+)/[a-z0-9-]+\.html$")
_CAT = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_INTRO = re.compile(r"^/gioi-thieu/([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/default.aspx", "/Default.aspx"):
            if path != "/":
                return redirect("/", 301)
            return home(request)
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Upload/", "/Portals/", "/images/")):
            return static_file(path)
        m = _DETAIL.match(path)
        if m:
            section, ident = m.group(1), int(m.group(2))
            if section == "van-ban":
                d = next((d for d in DOCS if d["id"] == ident), None)
                return doc_page(request, d) if d else None
            if section == "album-anh":
                return album_page(request) if ident == ALBUM["id"] else None
            s = BY_ID.get(ident)
            if s is None or (section == "thong-bao" and s.cat != "thong-bao"):
                return None
            return detail_page(request, s)
        if path == "/thong-bao/danh-sach.html":
            return listing(request, NOTICE, path, cat_stories("thong-bao"), NOTICE_PAGE,
                           _crumb((NOTICE, None)))
        m = _CAT.match(path)
        if m and m.group(1) in CATS:
            name = CATS[m.group(1)]
            return listing(request, name, path, cat_stories(m.group(1)), NEWS_PAGE,
                           _crumb(("Tin tức", None), (name, None)))
        m = _INTRO.match(path)
        if m and m.group(1) in INTRO:
            return intro_page(request, m.group(1))
        if path == "/lien-he.html":
            return contact_page(request)
        if path == "/van-ban/danh-sach.html":
            return doc_list(request)
        if path == "/album-anh/danh-sach.html":
            return album_list(request)
        if path == "/tim-kiem.html":
            return search_page(request)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    alts = []
    if s.opts.get("old_slug"):
        alts.append(detail_path(s, s.opts["old_slug"]))
    if s.cat == "thong-bao" and s in _by_date(STORIES)[:5]:
        alts.append(news_form(s))
    return gold_record(s, detail_path(s), cat_name(s), alt_paths=alts)


GOLD = [_gold(s) for s in _by_date(STORIES)]
