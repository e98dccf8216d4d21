"""DNN Platform 9 (DotNetNuke) with the vendor news module "VNNews": Trường THPT Phan Đình Phùng.

Platform: DNN Platform 9.x, skin "HNWeb_Edu" of a Hà Nội web company, news served by a Vietnamese
vendor's module "VNNews" (module id 412 on the "Tin tức" page, tab 55) instead of the stock
Announcements. One ASP.NET ``<form id="Form">`` wraps every page (view state, postbacks); a POST
to any page answers the same page.

URL scheme (friendly URLs, "advanced" mode):
- home ``/``; news tab ``/tin-tuc/tabid/55/Default.aspx``, paged
  ``/tin-tuc/tabid/55/CurrentPage/<N>/Default.aspx`` (5 a page, 3 pages);
- category ``/tin-tuc/tabid/55/CategoryID/<c>/Default.aspx`` (2 a page), paged
  ``/tin-tuc/tabid/55/CategoryID/<c>/CurrentPage/<N>/Default.aspx``;
- article ``/tin-tuc/tabid/55/ArticleID/<id>/<slug>.aspx`` (listings, "Các tin khác") and the
  short form ``/tin-tuc/ArticleID/<id>/<slug>`` (home page boxes); the slug is not checked (DNN
  friendly URLs route on the ids), the print view adds ``?mid=412&dnnprintmode=true``;
- intro pages are VNNews "single article" pages on tab 37:
  ``/gioi-thieu/tabid/37/ArticleID/<id>/<slug>.aspx``; documents ``/van-ban/tabid/58/...``,
  album ``/thu-vien-anh/tabid/59/...``, video ``/video/tabid/61/...``, contact tab 60;
- images under ``/Portals/0/VNNews/<yyyy>/<mm>/``; listing thumbnails through
  ``/DnnImageHandler.ashx?mode=fitsquare&file=...&w=160``.

Page templates: skin header (``<h1>`` = the school's name, today's date, mega menu), breadcrumb
"Trang chủ › Tin tức › <category>", the module container titled "Tin tức" (``<h2>``), the VNNews
detail panel (title in a ``<span id="dnn_ctr412_ViewVNNews_lblTieuDe">``, date row, tools, sapo
div, content div, "Người đăng", attachment, keywords, comments, "Các tin khác"), right pane
(notices marquee, most read, poll, links dropdown, visitor counter), footer.

How each gold article is reached: the news tab's three pages list all 13 (newest first); each
category's pages list its own; the home page links the 4 newest in short form and 2 per category in
tabid form; the right pane links the 2 newest notices and 4 "most read"; an article's "Các tin
khác" links up to 3 older ones of its category. Articles 1187, 1181, 1176, 1172, 1170 are on no
first page of any listing nor on the home page: only page 2+ of a listing reaches them (or the
"Các tin khác" of an article).

Traps:
1. Two URL forms serve each article (tabid ``.aspx`` and the short extensionless form linked from
   the home page), plus a print view linked by a ``window.open`` script; the page's
   ``<link rel="canonical">`` names the tabid form. Gold: path = tabid form; short form and print
   view in ``alt_paths``.
2. Edited title, old slug: the home "Tin nổi bật" slider links article 1203 by the slug of its
   first title; DNN routes on the id and serves the article. Gold: one record, the old-slug URL in
   ``alt_paths``.
3. The page's ``<h1>`` is the school's name in the skin and the ``<h2>`` the container title
   "Tin tức"; the headline is a bold ``<span>`` in the module. Gold title: the span's text.
4. Dates: the row prints "Cập nhật: …" (update) before "Ngày đăng: …"; article 1198 prints its
   date the way an en-US culture renders it ("12/1/2026 7:15:00 AM" = 1 December, the listings
   print 01/12/2026); article 1176 prints "15/10/2026 12:00:00 SA" (midnight = day alone); the
   official notice 1195 is dated by its letterhead (30/11) though posted 01/12. Header date never.
5. Bylines: "Người đăng: admin_pdp" / "quantri" are CMS accounts (nobody); right-aligned signatures
   with degree and post ("ThS. Hoàng Thị Lan - Tổ trưởng tổ Vật lí - Công nghệ" -> "Hoàng Thị
   Lan"), units signing alone ("Tổ Toán - Tin", "BCH Đoàn trường"), "Tin, ảnh: X" / "Bài, ảnh: X"
   (X both), "Tin: X - Ảnh: Y".
6. Captions: caption rows of editor tables, ``<figcaption>``, an italic centered line after the
   image in parentheses (taken off), "Ảnh: X" lines that only credit (caption None, X a
   photographer) and an image with only an ``alt`` (caption None).
7. Lazy images: article 1201's photos print ``src`` = the skin's blank.gif and the photo in
   ``data-src``. Gold: the data-src path. Article 1176 has one photo on the school's old domain
   (absolute URL, another host): gold keeps it as ``url``.
8. Sapo three ways: a ``vnn_mota`` div outside the content (summary, body's first paragraph), a
   bold first paragraph inside the content (summary), none (meta description only: null).
9. Text forms: article 1203 was pasted decomposed (NFD), article 1170 is saved with HTML entities
   in every second letter; gold text is NFC. A typed "👉 " stays text; an ``<img alt="👉">``
   bullet does not. ``<br />`` splits a paragraph; table rows are "cell | cell".
10. Chrome that reads like content: comments ("Ý kiến bạn đọc"), "Các tin khác" with dates,
    keywords row, attachment row ("Tệp đính kèm"), "Xem thêm:" line, "Nguồn:"/"Theo" closing line.
11. Soft 404: the slider also links a deleted article (ID 1150) that answers 200 with "Bài viết
    không tồn tại hoặc đã bị gỡ bỏ": not an article.
12. Intro pages ("Lịch sử nhà trường", "Cơ cấu tổ chức") use the article URL form
    (``/gioi-thieu/tabid/37/ArticleID/1001/...aspx``) and the same VNNews panel, without a date:
    not articles (NON_ARTICLES); so is the document entry with its "Ngày ban hành".

Gold decisions on ambiguous points:
- The official notice (1195): letterhead, kind/subject lines, "Nơi nhận" and signature block are
  not body; its published_at is the letterhead's day "2026-11-30"; author the signer.
- "BCH Đoàn trường" and "Tổ Toán - Tin" signing alone are authors as printed.
- "Bài, ảnh: X" reads as "Tin, ảnh: X": X is author and photographer.
- The listing's short teaser is not a sapo; only article pages decide ``summary``.
- A caption line "(Các vận động viên …)" loses its enclosing parentheses.
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
    text,
)

NAME = "dotnetnuke9_vendor_thpt"
PLATFORM = "DNN Platform 9 (DotNetNuke) + VNNews vendor module, HNWeb_Edu skin"
START_PATH = "/"

SCHOOL = "Trường THPT Phan Đình Phùng"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
TAB = 55
MID = 412
OLD_HOST = "http://c3phandinhphung.quangbinh.edu.vn"

CATS = {
    3: "Tin tức - Sự kiện",
    4: "Hoạt động chuyên môn",
    5: "Đoàn thanh niên",
    6: "Thông báo",
}
CAT_ID = {v: k for k, v in CATS.items()}

IMG = "/Portals/0/VNNews"

# --- the stories ------------------------------------------------------------------------------


def _by(html_: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{html_}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=1203,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026-2027",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-04T09:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 23/11 đến ngày 03/12/2026, Trường THPT Phan Đình Phùng tổ chức Hội thi "
                "giáo viên dạy giỏi cấp trường với sự tham gia của 24 thầy cô thuộc 8 tổ chuyên môn."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy "
                "hai tiết thực hành tại các lớp khối 10 và khối 11."
            ),
            Img(
                f"{IMG}/2026/12/hoi-thi-gvdg-01.jpg",
                "Cô Đặng Thị Ngọc Ánh (tổ Toán - Tin) trong tiết dạy thực hành",
                "Cô Đặng Thị Ngọc Ánh (tổ Toán - Tin) trong tiết dạy thực hành",
                "tbl",
            ),
            P("Kết quả, Ban giám khảo công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó:"),
            P("06 giáo viên xếp loại Xuất sắc;", "li"),
            P("13 giáo viên xếp loại Tốt.", "li"),
            P(
                "Hội thi là dịp để giáo viên trao đổi kinh nghiệm, đổi mới phương pháp dạy học theo "
                "Chương trình giáo dục phổ thông 2018."
            ),
            _by("Tổ Toán - Tin"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={
            "nfd": True,
            "date": "04/12/2026 09:20",
            "updated": "04/12/2026 15:02",
            "old_slug": "hoi-thi-giao-vien-day-gioi-cap-truong",
            "poster": "admin_pdp",
        },
    ),
    Story(
        id=1201,
        slug="chuyen-de-day-hoc-stem-mon-vat-li-che-tao-xe-chay-bang-nang-luong-mat-troi",
        title="Chuyên đề dạy học STEM môn Vật lí: Chế tạo xe chạy bằng năng lượng mặt trời",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-03T14:30:00+07:00",
        blocks=[
            P(
                "Chiều 02/12/2026, tổ Vật lí - Công nghệ tổ chức chuyên đề dạy học STEM \"Chế tạo xe "
                "chạy bằng năng lượng mặt trời\" tại lớp 11A1."
            ),
            P("Chuyên đề gồm bốn hoạt động chính:", "h"),
            P("Tìm hiểu nguyên lí hoạt động của pin quang điện;", "li"),
            P("Thiết kế bản vẽ mô hình xe;", "li"),
            P("Chế tạo và thử nghiệm mô hình;", "li"),
            P("Báo cáo, đánh giá sản phẩm.", "li"),
            Img(
                f"{IMG}/2026/12/stem-vat-li-01.jpg",
                "Học sinh lớp 11A1 lắp ráp mô hình xe",
                "Học sinh lớp 11A1 lắp ráp mô hình xe",
                "lazy-fig",
            ),
            P(
                "Các nhóm học sinh đã hoàn thành 6 mô hình xe, trong đó mô hình của nhóm 3 chạy được "
                "quãng đường 15 mét dưới nắng trong thời gian 20 giây."
            ),
            Img(
                f"{IMG}/2026/12/stem-vat-li-02.jpg",
                "Thầy cô dự giờ góp ý cho các nhóm",
                "Thầy cô dự giờ góp ý cho các nhóm",
                "lazy-fig",
            ),
            P(
                "Qua chuyên đề, học sinh được vận dụng kiến thức liên môn Vật lí, Công nghệ, Toán học "
                "để giải quyết một vấn đề thực tiễn."
            ),
            _by("ThS. Hoàng Thị Lan - Tổ trưởng tổ Vật lí - Công nghệ"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"date": "03/12/2026 14:30", "poster": "admin_pdp"},
    ),
    Story(
        id=1198,
        slug="hoc-sinh-dat-12-giai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12",
        title="Học sinh đạt 12 giải kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="Tin tức - Sự kiện",
        published_at="2026-12-01T07:15:00+07:00",
        summary=(
            "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, đội tuyển của nhà "
            "trường đạt 12 giải, xếp thứ 3 toàn tỉnh."
        ),
        blocks=[
            P(
                "Tại kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027, đội tuyển của nhà "
                "trường đạt 12 giải, xếp thứ 3 toàn tỉnh.",
                "b",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 24 và 25/11/2026 tại Hội đồng thi Trường THPT chuyên "
                "Võ Nguyên Giáp với 1.126 thí sinh dự thi."
            ),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
            P("Ngữ văn | 1 | 1 | 0 | 1", "tr"),
            P("Toán | 0 | 2 | 1 | 0", "tr"),
            P("Hóa học | 1 | 0 | 2 | 1", "tr"),
            P("Lịch sử | 0 | 1 | 0 | 1", "tr"),
            P(
                "Nhà trường biểu dương các em học sinh và giáo viên bồi dưỡng đội tuyển đã có thành "
                "tích xuất sắc."
            ),
            Raw('<p style="text-align:right"><em>Nguồn: Sở GD&amp;ĐT Quảng Bình</em></p>'),
        ],
        source="Sở GD&ĐT Quảng Bình",
        opts={"date": "12/1/2026 7:15:00 AM", "list_date": "01/12/2026", "poster": "quantri"},
    ),
    Story(
        id=1195,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="width:100%;border:none"><tbody><tr>'
                '<td style="width:40%;text-align:center">SỞ GD&amp;ĐT QUẢNG BÌNH<br />'
                "<strong>TRƯỜNG THPT PHAN ĐÌNH PHÙNG</strong><br />Số: 215/TB-THPTPĐP</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Đồng Hới, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
                "2026-2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm "
                "tra cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và phụ huynh; học sinh có mặt tại phòng "
                "kiểm tra trước giờ làm bài 15 phút."
            ),
            Raw(
                '<table style="width:100%;border:none"><tbody><tr><td style="vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Các tổ chuyên môn;<br />- GVCN các lớp;"
                "<br />- Lưu VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(đã ký)</em><br /><br />"
                "<strong>Nguyễn Văn Thắng</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={
            "date": "01/12/2026 08:05",
            "posted": "2026-12-01T08:05",
            "poster": "admin_pdp",
            "attach": "TB215-lich-kiem-tra-HKI.pdf",
        },
    ),
    Story(
        id=1192,
        slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-tai-bai-bien-bao-ninh",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” tại bãi biển Bảo Ninh",
        cat="Đoàn thanh niên",
        published_at="2026-11-29T16:40:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật 29/11/2026, hơn 300 đoàn viên của Đoàn trường đã tham gia dọn vệ sinh "
                "bãi biển Bảo Ninh, thu gom gần 2 tấn rác thải."
            ),
            Img(f"{IMG}/2026/11/chu-nhat-xanh-01.jpg", "Ảnh: Trần Quốc Bảo", None, "next"),
            P(
                "Hoạt động nằm trong chuỗi chương trình \"Tuổi trẻ Phan Đình Phùng chung tay bảo vệ "
                "môi trường\" năm 2026."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://www.facebook.com/doantruongpdp/posts/1123">'
                "Kế hoạch hoạt động tháng 11 của Đoàn trường</a></p>"
            ),
            _by("BCH Đoàn trường"),
        ],
        authors=["BCH Đoàn trường"],
        photographers=["Trần Quốc Bảo"],
        opts={"date": "29/11/2026 16:40", "poster": "doantruong"},
    ),
    Story(
        id=1190,
        slug="don-doan-kiem-tra-cong-tac-dau-nam-cua-so-gd-dt",
        title="Trường THPT Phan Đình Phùng đón đoàn kiểm tra công tác đầu năm của Sở GD&ĐT",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-24T11:10:00+07:00",
        blocks=[
            P(
                "Theo kế hoạch kiểm tra công tác đầu năm học, ngày 23/11/2026, đoàn công tác của Sở "
                "GD&ĐT Quảng Bình do ông Lê Văn Hưng, Phó Giám đốc Sở làm trưởng đoàn đã làm việc "
                "tại trường."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lí, dự giờ 6 tiết dạy và kiểm tra cơ sở vật chất, thiết "
                "bị dạy học của nhà trường."
            ),
            Img(
                f"{IMG}/2026/11/doan-kiem-tra-so.jpg",
                "Đoàn công tác làm việc với Ban giám hiệu",
                "Đoàn công tác làm việc với Ban giám hiệu",
                "tbl",
            ),
            P(
                "Kết luận buổi làm việc, đoàn đánh giá cao sự chuẩn bị chu đáo và kết quả triển khai "
                "nhiệm vụ năm học của nhà trường."
            ),
            Raw('<p style="text-align:right"><em>Theo Báo Quảng Bình</em></p>'),
        ],
        source="Báo Quảng Bình",
        opts={"date": "24/11/2026 11:10", "updated": "25/11/2026 08:00", "poster": "quantri"},
    ),
    Story(
        id=1187,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức - Sự kiện",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 20/11/2026, nhà trường long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
            "Nam và tuyên dương giáo viên, học sinh có thành tích xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo UBND thành phố Đồng Hới, Ban đại diện cha mẹ "
                "học sinh cùng đông đảo các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img(
                f"{IMG}/2026/11/le-20-11-01.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A3",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 12A3",
                "tbl",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Trần Đình Phong ôn lại truyền thống vẻ vang "
                "của ngành và những thành tích nổi bật của nhà trường trong năm học vừa qua."
            ),
            Img(
                f"{IMG}/2026/11/le-20-11-02.jpg",
                "Khen thưởng giáo viên có thành tích xuất sắc",
                "Khen thưởng giáo viên có thành tích xuất sắc",
                "tbl",
            ),
            P("Dịp này, nhà trường trao 45 suất học bổng \"Tiếp bước đến trường\" cho học sinh vượt khó."),
            _by("Tin, ảnh: Lê Thị Thu Hà"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        opts={"date": "20/11/2026 10:15", "poster": "admin_pdp", "comments": True},
    ),
    Story(
        id=1184,
        slug="dai-hoi-chi-doan-giao-vien-nhiem-ky-2026-2027",
        title="Đại hội Chi đoàn giáo viên nhiệm kỳ 2026-2027",
        cat="Đoàn thanh niên",
        published_at="2026-11-14T17:00:00+07:00",
        blocks=[
            P("Chiều 13/11/2026, Chi đoàn giáo viên tổ chức Đại hội nhiệm kỳ 2026-2027.", "br"),
            P("Đại hội có 27/28 đoàn viên tham dự.", "br"),
            P(
                "Đại hội đã thảo luận, thống nhất các chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu "
                "100% đoàn viên hoàn thành tốt nhiệm vụ."
            ),
            P("Đồng chí Trần Quốc Bảo được bầu làm Bí thư Chi đoàn nhiệm kỳ 2026-2027."),
            _by("Trần Quốc Bảo"),
        ],
        authors=["Trần Quốc Bảo"],
        opts={"date": "14/11/2026 17:00", "poster": "doantruong"},
    ),
    Story(
        id=1181,
        slug="ngoai-khoa-van-hoc-hanh-trinh-ve-voi-que-huong-dai-tuong-vo-nguyen-giap",
        title="Ngoại khóa Văn học: Hành trình về với quê hương Đại tướng Võ Nguyên Giáp",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-08T15:45:00+07:00",
        blocks=[
            P(
                "Ngày 07/11/2026, tổ Ngữ văn phối hợp với Đoàn trường tổ chức cho 180 học sinh khối "
                "11 tham quan, học tập tại Khu lưu niệm Đại tướng Võ Nguyên Giáp ở xã Lộc Thủy, huyện "
                "Lệ Thủy."
            ),
            Img(f"{IMG}/2026/11/ngoai-khoa-van-hoc.jpg", None, None, "alt"),
            P(
                "Tại khu lưu niệm, các em được nghe thuyết minh về cuộc đời, sự nghiệp của Đại tướng "
                "và dâng hương tưởng niệm."
            ),
            P("\"Học lịch sử qua từng hiện vật giúp em hiểu và yêu quê hương mình hơn\", em Nguyễn Khánh Linh (lớp 11A5) chia sẻ.", "q"),
            P("Sau chuyến đi, mỗi lớp hoàn thành một bài thu hoạch theo hình thức sân khấu hóa."),
            _by("Gv. Nguyễn Thị Minh Tâm"),
        ],
        authors=["Nguyễn Thị Minh Tâm"],
        opts={"date": "08/11/2026 15:45", "poster": "admin_pdp"},
    ),
    Story(
        id=1179,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-tranh-mua-lu",
        title="Thông báo cho học sinh nghỉ học tránh mưa lũ",
        cat="Thông báo",
        published_at="2026-10-28T20:15:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của mưa lớn, nhiều tuyến đường trên địa bàn thành phố bị ngập sâu, nhà "
                "trường cho toàn bộ học sinh nghỉ học ngày 29/10/2026."
            ),
            P("Học sinh đi học trở lại từ ngày 30/10/2026. Giáo viên chủ nhiệm thông báo đến phụ huynh qua nhóm lớp."),
        ],
        opts={"date": "28/10/2026 20:15", "poster": "quantri"},
    ),
    Story(
        id=1176,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-an-toan-giao-thong-mua-mua-lu",
        title="Tuyên truyền phòng chống đuối nước và an toàn giao thông mùa mưa lũ",
        cat="Đoàn thanh niên",
        published_at="2026-10-15",
        blocks=[
            P(
                "Nhằm trang bị kỹ năng cho học sinh trong mùa mưa lũ, Đoàn trường phối hợp với Công an "
                "phường Đồng Phú tổ chức buổi tuyên truyền dưới cờ sáng 12/10/2026."
            ),
            Img(
                f"{OLD_HOST}/Portals/0/VNNews/2026/10/tuyen-truyen-duoi-nuoc.jpg",
                "(Cán bộ Công an phường Đồng Phú hướng dẫn kỹ năng cứu đuối)",
                "Cán bộ Công an phường Đồng Phú hướng dẫn kỹ năng cứu đuối",
                "next",
            ),
            P(
                "Học sinh được hướng dẫn cách nhận biết vùng nước nguy hiểm, kỹ năng tự cứu và sơ cứu "
                "người bị đuối nước."
            ),
            _by("Tin: Phạm Minh Đức - Ảnh: Võ Thị Hồng"),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Võ Thị Hồng"],
        opts={"date": "15/10/2026 12:00:00 SA", "list_date": "15/10/2026", "poster": "doantruong"},
    ),
    Story(
        id=1172,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="Tin tức - Sự kiện",
        published_at="2026-10-10T07:30:00+07:00",
        blocks=[
            P(
                "Sáng 09/10/2026, Hội khỏe Phù Đổng cấp trường năm 2026 chính thức khai mạc với 520 vận "
                "động viên tranh tài ở 6 môn thi đấu."
            ),
            Img(
                f"{IMG}/2026/10/hkpd-khai-mac.jpg",
                "(Các vận động viên diễu hành tại lễ khai mạc)",
                "Các vận động viên diễu hành tại lễ khai mạc",
                "next",
            ),
            P("Các môn thi đấu gồm: điền kinh, bóng đá, bóng chuyền, cầu lông, cờ vua và kéo co."),
            Img(f"{IMG}/2026/10/hkpd-bong-chuyen.jpg", "Trận bóng chuyền nam khối 10", "Trận bóng chuyền nam khối 10", "fig"),
            P("Hội khỏe sẽ diễn ra đến hết ngày 20/10/2026."),
            _by("Bài, ảnh: Lê Thị Thu Hà"),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Lê Thị Thu Hà"],
        opts={"date": "10/10/2026 07:30", "poster": "admin_pdp"},
    ),
    Story(
        id=1170,
        slug="thong-bao-tuyen-thanh-vien-cau-lac-bo-tieng-anh-nam-hoc-2026-2027",
        title="Thông báo tuyển thành viên Câu lạc bộ Tiếng Anh năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-10-05T08:00:00+07:00",
        blocks=[
            P("Câu lạc bộ Tiếng Anh PĐP English Club thông báo tuyển thành viên mới năm học 2026-2027."),
            P("Đối tượng: học sinh các khối 10, 11 yêu thích tiếng Anh.", "emoji"),
            P("Thời gian sinh hoạt: 16h30 chiều thứ Năm hằng tuần tại phòng Lab 2.", "emoji"),
            P("👉 Đăng ký tại phòng Đoàn trường trước ngày 15/10/2026."),
        ],
        opts={"date": "05/10/2026 08:00", "poster": "quantri", "entities": 2},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _sort_key(s: Story) -> str:
    """The module lists by "Ngày đăng", the posting time (the notice 1195 was posted on 01/12)."""
    return s.opts.get("posted") or s.published_at or ""


ORDER = sorted(STORIES, key=_sort_key, reverse=True)


def canon(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/tabid/{TAB}/ArticleID/{s.id}/{slug or s.slug}.aspx"


def short(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/ArticleID/{s.id}/{slug or s.slug}"


def print_path(s: Story) -> str:
    return canon(s) + f"?mid={MID}&dnnprintmode=true"


def cat_path(c: int, page: int = 1) -> str:
    if page == 1:
        return f"/tin-tuc/tabid/{TAB}/CategoryID/{c}/Default.aspx"
    return f"/tin-tuc/tabid/{TAB}/CategoryID/{c}/CurrentPage/{page}/Default.aspx"


def news_path(page: int = 1) -> str:
    if page == 1:
        return f"/tin-tuc/tabid/{TAB}/Default.aspx"
    return f"/tin-tuc/tabid/{TAB}/CurrentPage/{page}/Default.aspx"


INTRO = {
    1001: (
        "lich-su-nha-truong",
        "Lịch sử nhà trường",
        [
            "Trường THPT Phan Đình Phùng được thành lập năm 1962, là một trong những trường trung học "
            "phổ thông đầu tiên của tỉnh Quảng Bình.",
            "Qua hơn 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều "
            "thế hệ trở thành cán bộ chủ chốt của tỉnh và cả nước.",
            "Nhà trường vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất năm 2012.",
        ],
    ),
    1002: (
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Trần Đình Phong.",
            "Phó Hiệu trưởng: Thầy Nguyễn Văn Thắng, Cô Hoàng Thị Mai.",
            "Nhà trường có 8 tổ chuyên môn, 1 tổ Văn phòng với 86 cán bộ, giáo viên, nhân viên.",
        ],
    ),
}

INTRO_PATHS = [f"/gioi-thieu/tabid/37/ArticleID/{i}/{v[0]}.aspx" for i, v in INTRO.items()]
CONTACT = "/lien-he/tabid/60/Default.aspx"
DOCS = "/van-ban/tabid/58/Default.aspx"
DOC = "/van-ban/tabid/58/DocID/41/Default.aspx"
ALBUMS = "/thu-vien-anh/tabid/59/Default.aspx"
ALBUM = "/thu-vien-anh/tabid/59/AlbumID/7/Default.aspx"
VIDEOS = "/video/tabid/61/Default.aspx"
VIDEO = "/video/tabid/61/VideoID/3/Default.aspx"
LOGIN = "/dang-nhap/tabid/63/Default.aspx"
DELETED = "/tin-tuc/ArticleID/1150/hoc-sinh-tham-gia-cuoc-thi-sang-tao-thanh-thieu-nien"

# --- chrome -------------------------------------------------------------------------------------

SKIN = "/Portals/_default/Skins/HNWeb_Edu"


#: the "Đọc nhiều nhất" box (the module's own counter, not the printed "Lượt xem")
MOST_READ = (1198, 1203, 1192, 1201)


def _menu() -> str:
    cats = "".join(f'<li class="hnw-sub"><a href="{cat_path(c)}">{esc(n)}</a></li>' for c, n in CATS.items())
    intro = "".join(
        f'<li class="hnw-sub"><a href="{p}">{esc(INTRO[i][1])}</a></li>' for p, i in zip(INTRO_PATHS, INTRO, strict=True)
    )
    return (
        '<div id="dnn_pnlMenu" class="hnw-mnu"><ul class="hnw-mnu-l1">'
        '<li class="hnw-l1 sel"><a href="/">Trang chủ</a></li>'
        f'<li class="hnw-l1"><a href="javascript:void(0)">Giới thiệu</a><ul class="hnw-mnu-l2">{intro}</ul></li>'
        f'<li class="hnw-l1"><a href="{news_path()}">Tin tức</a><ul class="hnw-mnu-l2">{cats}</ul></li>'
        f'<li class="hnw-l1"><a href="{DOCS}">Văn bản</a></li>'
        f'<li class="hnw-l1"><a href="{ALBUMS}">Thư viện ảnh</a></li>'
        f'<li class="hnw-l1"><a href="{VIDEOS}">Video</a></li>'
        f'<li class="hnw-l1"><a href="{CONTACT}">Liên hệ</a></li>'
        "</ul></div>"
    )


def _right_pane() -> str:
    newest_notices = [s for s in ORDER if s.cat == "Thông báo"][:2]
    notices = "".join(f'<li><a href="{canon(s)}">{esc(s.title)}</a></li>' for s in newest_notices)
    most = [BY_ID[i] for i in MOST_READ]
    most_html = "".join(f'<li><a href="{canon(s)}">{esc(s.title)}</a> <i>({s.views()})</i></li>' for s in most)
    return (
        '<div id="dnn_RightPane" class="hnw-right">'
        '<div class="DnnModule DnnModule-VNNews DnnModule-418"><div class="c_head"><h3>THÔNG BÁO</h3></div>'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>{notices}</ul></marquee></div>'
        '<div class="DnnModule DnnModule-VNNews DnnModule-419"><div class="c_head"><h3>ĐỌC NHIỀU NHẤT</h3></div>'
        f'<ul class="vnn_docnhieu">{most_html}</ul></div>'
        '<div class="DnnModule DnnModule-DNN_Poll DnnModule-420"><div class="c_head"><h3>THĂM DÒ Ý KIẾN</h3></div>'
        "<p>Bạn đánh giá thế nào về website mới của nhà trường?</p>"
        '<input type="radio" name="dnn$ctr420$poll" value="1" /> Rất đẹp<br />'
        '<input type="radio" name="dnn$ctr420$poll" value="2" /> Bình thường<br />'
        '<input type="radio" name="dnn$ctr420$poll" value="3" /> Cần cải thiện<br />'
        '<input type="submit" name="dnn$ctr420$btnVote" value="Bình chọn" /></div>'
        '<div class="DnnModule DnnModule-HTML DnnModule-421"><div class="c_head"><h3>LIÊN KẾT WEBSITE</h3></div>'
        "<select onchange=\"if(this.value)window.open(this.value)\"><option value=\"\">-- Chọn liên kết --</option>"
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://quangbinh.edu.vn">Sở GD&amp;ĐT Quảng Bình</option>'
        '<option value="https://baoquangbinh.vn">Báo Quảng Bình</option></select>'
        f'<p><a href="https://www.facebook.com/thptphandinhphung.qb" target="_blank"><img src="{SKIN}/images/fb-banner.png" alt="Facebook" /></a></p></div>'
        '<div class="DnnModule DnnModule-HNW_Counter DnnModule-422"><div class="c_head"><h3>THỐNG KÊ TRUY CẬP</h3></div>'
        '<table class="tk"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>'
        "<tr><td>Tháng này:</td><td>8.915</td></tr><tr><td>Tổng truy cập:</td><td>2.375.118</td></tr></table></div>"
        "</div>"
    )


def page(request: Request, title: str, crumbs: list[tuple[str, str | None]], main: str, *, head: str = "") -> Response:
    crumb_html = " <span class=\"sep\">›</span> ".join(
        f'<a class="SkinObject" href="{href}">{esc(label)}</a>' if href else f'<span class="SkinObject">{esc(label)}</span>'
        for label, href in crumbs
    )
    seed = request.path
    body = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>
<meta name="GENERATOR" content="DotNetNuke " />
{head}
<link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=214" rel="stylesheet" type="text/css" />
<link href="{SKIN}/skin.css?cdv=214" rel="stylesheet" type="text/css" />
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=214" type="text/javascript"></script>
<link rel="SHORTCUT ICON" href="/Portals/0/favicon.ico" type="image/x-icon" />
</head>
<body id="Body">
<form method="post" action="{esc(request.target)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 420)}" />
</div>
<div id="hnw-wrap">
<div id="hnw-top"><span class="hnw-ngay">{TODAY_LINE}</span>
<span class="hnw-login"><a href="{LOGIN}" rel="nofollow">Đăng nhập</a></span>
<span class="hnw-search"><input name="dnn$dnnSearch$txtSearch" type="text" maxlength="255" placeholder="Tìm kiếm..." />
<a id="dnn_dnnSearch_cmdSearch" href="javascript:__doPostBack('dnn$dnnSearch$cmdSearch','')">Tìm</a></span></div>
<div id="hnw-header"><a href="/"><img src="{SKIN}/images/logo-pdp.png" alt="Logo" /></a>
<div class="hnw-ten"><span>SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH</span><h1>TRƯỜNG THPT PHAN ĐÌNH PHÙNG</h1></div></div>
{_menu()}
<div id="hnw-bc">Bạn đang ở: {crumb_html}</div>
<div id="hnw-body"><div id="dnn_ContentPane" class="hnw-main">{main}</div>
{_right_pane()}</div>
<div id="hnw-footer"><p><b>TRƯỜNG THPT PHAN ĐÌNH PHÙNG</b></p>
<p>Địa chỉ: Số 2 Lý Thường Kiệt, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232.3822.516 - Email: c3phandinhphung@quangbinh.edu.vn</p>
<p>© 2026 Bản quyền thuộc Trường THPT Phan Đình Phùng. Thiết kế bởi HNWeb Hà Nội.</p></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
</form>
</body></html>"""
    return html(body)


def _container(title: str, inner: str, ctr: int = MID) -> str:
    return (
        f'<div class="DnnModule DnnModule-VNNews DnnModule-{ctr}"><a name="{ctr}"></a>'
        f'<div class="hnw-ctn"><h2 class="hnw-ctn-title"><span id="dnn_ctr{ctr}_dnnTITLE_titleLabel" class="Head">{esc(title)}</span></h2>'
        f'<div id="dnn_ctr{ctr}_ContentPane" class="hnw-ctn-body">{inner}</div></div></div>'
    )


# --- listings -----------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    imgs = s.images
    if imgs and imgs[0].src.startswith("/"):
        f = quote(imgs[0].src, safe="")
        return f'<img src="/DnnImageHandler.ashx?mode=fitsquare&amp;file={f}&amp;w=160" alt="" />'
    return f'<img src="{IMG}/noimage.jpg" alt="" />'


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first[:140].rsplit(" ", 1)[0] + "..."


def _list_item(s: Story, href: str) -> str:
    d = s.opts.get("list_date") or s.opts["date"][:10]
    return (
        f'<div class="vnn_item"><a href="{href}">{_thumb(s)}</a>'
        f'<a class="vnn_item_tde" href="{href}">{esc(s.title)}</a> <span class="vnn_item_ngay">({d})</span>'
        f'<div class="vnn_item_mt">{esc(_teaser(s))}</div></div>'
    )


def _pager(paths: list[str], cur: int) -> str:
    parts = []
    for i, p in enumerate(paths, 1):
        parts.append(f'<span class="pg_cur">{i}</span>' if i == cur else f'<a class="pg" href="{p}">{i}</a>')
    if cur < len(paths):
        parts.append(f'<a class="pg" href="{paths[cur]}">Trang sau ›</a>')
        parts.append(f'<a class="pg" href="{paths[-1]}">Cuối »</a>')
    return f'<div class="vnn_phantrang">Trang: {" ".join(parts)}</div>'


def listing(request: Request, cat: int | None, pg: int) -> Response | None:
    items = [s for s in ORDER if cat is None or CAT_ID[s.cat] == cat]
    per = 5 if cat is None else 2
    npages = (len(items) + per - 1) // per
    if not 1 <= pg <= npages:
        return None
    chunk = items[(pg - 1) * per : pg * per]
    paths = [news_path(i) if cat is None else cat_path(cat, i) for i in range(1, npages + 1)]
    inner = "".join(_list_item(s, canon(s)) for s in chunk) + _pager(paths, pg)
    name = "Tin tức" if cat is None else CATS[cat]
    crumbs = [("Trang chủ", "/"), ("Tin tức", news_path())] + ([(name, None)] if cat else [])
    return page(request, f"{name} - {SCHOOL}", crumbs, _container(name, inner))


def home(request: Request) -> Response:
    newest = ORDER[:4]
    hot = (
        '<div class="hnw-slider" id="dnn_ctr409_HNWSlider">'
        f'<div class="sl-item"><a href="{short(BY_ID[1203], BY_ID[1203].opts["old_slug"])}">'
        f'<img src="{IMG}/2026/12/hoi-thi-gvdg-01.jpg" alt="" /><span>Hội thi giáo viên dạy giỏi cấp trường</span></a></div>'
        f'<div class="sl-item"><a href="{DELETED}"><img src="{IMG}/2026/11/sang-tao-tttn.jpg" alt="" />'
        "<span>Học sinh tham gia Cuộc thi Sáng tạo thanh thiếu niên nhi đồng</span></a></div>"
        "</div>"
    )
    new_html = "".join(_list_item(s, short(s)) for s in newest)
    boxes = ""
    for c, n in CATS.items():
        two = [s for s in ORDER if CAT_ID[s.cat] == c][:2]
        li = "".join(
            f'<li><a href="{canon(s)}">{esc(s.title)}</a> <span>({s.opts.get("list_date") or s.opts["date"][:10]})</span></li>'
            for s in two
        )
        boxes += (
            f'<div class="hnw-box"><div class="hnw-box-h"><a href="{cat_path(c)}">{esc(n.upper())}</a>'
            f'<a class="xt" href="{cat_path(c)}">Xem tiếp »</a></div><ul>{li}</ul></div>'
        )
    main = (
        _container("Tin nổi bật", hot, 409)
        + _container("Tin mới", new_html, 410)
        + _container("Chuyên mục", boxes, 411)
    )
    return page(request, f"Trang chủ - {SCHOOL}", [("Trang chủ", None)], main)


# --- article ------------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" style="width:90%"><tbody>'
            f'<tr><td><img src="{esc(img.src)}" style="width:100%" alt="" /></td></tr>'
            f'<tr><td style="text-align:center"><em><span style="font-size:12px">{esc(img.printed or "")}</span></em></td></tr>'
            "</tbody></table>"
        )
    if img.style == "lazy-fig":
        return (
            f'<figure class="image" style="text-align:center"><img class="lazy" src="{SKIN}/images/blank.gif" '
            f'data-src="{esc(img.src)}" alt="" width="600" /><figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "fig":
        return (
            f'<figure class="image"><img src="{esc(img.src)}" alt="{esc(img.printed or "")}" />'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "alt":
        return f'<p style="text-align:center"><img src="{esc(img.src)}" alt="Ngoại khóa Văn học" style="width:600px" /></p>'
    out = f'<p style="text-align:center"><img src="{esc(img.src)}" alt="" style="width:600px" /></p>'
    if img.printed:
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


def render_body(s: Story) -> str:
    def t(value: str) -> str:
        return text(value, nfd=s.opts.get("nfd", False), entities=s.opts.get("entities", 0))

    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "tr", "br"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{t(p.text)}</li>" for p in group) + "</ul>")
            elif b.style == "br":
                out.append('<p style="text-align:justify">' + "<br />\r\n".join(t(p.text) for p in group) + "</p>")
            else:
                rows = []
                for n, p in enumerate(group):
                    cells = p.text.split(" | ")
                    fmt = (lambda c: f"<strong>{t(c)}</strong>") if n == 0 else t
                    rows.append("<tr>" + "".join(f'<td style="text-align:center">{fmt(c)}</td>' for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(f'<p><strong><span style="color:#00529b">{t(b.text)}</span></strong></p>')
        elif b.style == "b":
            out.append(f'<p style="text-align:justify"><strong>{t(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{t(b.text)}</em></p></blockquote>")
        elif b.style == "emoji":
            out.append(
                f'<p><img alt="👉" class="emoji" src="/Portals/0/emoji/1f449.png" style="height:16px" /> {t(b.text)}</p>'
            )
        else:
            out.append(
                '<p style="text-align:justify"><span style="font-family:\'Times New Roman\';font-size:14pt">'
                f"{t(b.text)}</span></p>"
            )
        i += 1
    return "\r\n".join(out)


def _older_same_cat(s: Story) -> list[Story]:
    same = [x for x in ORDER if x.cat == s.cat]
    return same[same.index(s) + 1 :][:3]


def article(request: Request, s: Story, *, printmode: bool = False) -> Response:
    c = CAT_ID[s.cat]
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<meta name="DESCRIPTION" content="{esc(desc[:200])}" />\n'
        f'<link rel="canonical" href="{base_url(request)}{canon(s)}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base_url(request)}{canon(s)}" />'
    )
    dates = ""
    if s.opts.get("updated"):
        dates += f'<span class="vnn_capnhat">Cập nhật: {s.opts["updated"]}</span> | '
    dates += f'<span id="dnn_ctr{MID}_ViewVNNews_lblNgayDang" class="vnn_ngd">Ngày đăng: {s.opts["date"]}</span>'
    dates += f' | <span class="vnn_lx">Lượt xem: {s.views()}</span>'
    tools = (
        '<div class="vnn_cc">'
        f"<a href=\"javascript:void(0)\" onclick=\"window.open('{print_path(s)}','inbai','width=800,height=600,scrollbars=1')\">"
        f'<img src="{SKIN}/images/print.gif" alt="" /> In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={base_url(request)}{canon(s)}"><img src="{SKIN}/images/email.gif" alt="" /> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{canon(s)}" target="_blank">'
        f'<img src="{SKIN}/images/fb-share.png" alt="Chia sẻ" /></a> '
        '<a href="javascript:doiCoChu(1)">A+</a> <a href="javascript:doiCoChu(-1)">A-</a></div>'
    )
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="vnn_mota"><strong>{esc(s.summary)}</strong></div>'
    extra = f'<div class="vnn_ngdang">Người đăng: {esc(s.opts["poster"])}</div>'
    if s.opts.get("attach"):
        f = s.opts["attach"]
        extra += (
            f'<div class="vnn_dinhkem"><img src="/images/FileManager/Icons/pdf.gif" alt="" /> Tệp đính kèm: '
            f'<a href="/Portals/0/VNNews/files/{f}" target="_blank">{esc(f)}</a></div>'
        )
    tags = ", ".join(w for w in ("THPT Phan Đình Phùng", s.cat, "năm học 2026-2027"))
    extra += f'<div class="vnn_tukhoa">Từ khóa: {esc(tags)}</div>'
    if s.opts.get("comments") and not printmode:
        extra += (
            '<div class="vnn_ykien"><h4>Ý kiến bạn đọc (2)</h4>'
            '<div class="yk"><b>Phụ huynh lớp 10A2</b> <i>(20/11/2026 12:41)</i><p>Chúc các thầy cô luôn mạnh khỏe, '
            "hạnh phúc và thành công trong sự nghiệp trồng người.</p></div>"
            '<div class="yk"><b>Cựu học sinh K45</b> <i>(20/11/2026 19:05)</i><p>Nhớ mãi mái trường Phan Đình Phùng '
            "thân yêu!</p></div>"
            '<p>Họ tên: <input name="dnn$ctr412$ViewVNNews$txtHoTen" type="text" /></p>'
            '<p><textarea name="dnn$ctr412$ViewVNNews$txtYKien" rows="4"></textarea></p>'
            "<a href=\"javascript:__doPostBack('dnn$ctr412$ViewVNNews$btnGui','')\">Gửi ý kiến</a></div>"
        )
    older = _older_same_cat(s)
    if older and not printmode:
        li = "".join(
            f'<li><a href="{canon(o)}">{esc(o.title)}</a> <span class="vnn_ngay_nho">({o.opts.get("list_date") or o.opts["date"][:10]})</span></li>'
            for o in older
        )
        extra += f'<div class="vnn_tinkhac"><div class="vnn_tk_h">Các tin khác</div><ul>{li}</ul></div>'
    panel = (
        f'<div id="dnn_ctr{MID}_ViewVNNews_pnlChiTiet" class="vnn_chitiet">'
        f'<span id="dnn_ctr{MID}_ViewVNNews_lblTieuDe" class="vnn_tde" style="font-size:18px;font-weight:bold;color:#0a4f9c">{esc(s.title)}</span>'
        f'<div class="vnn_tg">{dates}</div>{"" if printmode else tools}{sapo}'
        f'<div id="dnn_ctr{MID}_ViewVNNews_divNoiDung" class="vnn_nd">{render_body(s)}</div>'
        f"{extra}</div>"
    )
    title = f"{s.title} - {SCHOOL}"
    if printmode:
        body = (
            f'<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8" /><title>{esc(title)}</title>{head}</head>'
            f'<body class="dnnprint"><div id="dnn_ContentPane">{panel}</div>'
            '<script>window.print();</script></body></html>'
        )
        return html(body)
    crumbs = [("Trang chủ", "/"), ("Tin tức", news_path()), (s.cat, cat_path(c))]
    return page(request, title, crumbs, _container("Tin tức", panel), head=head)


def soft_missing(request: Request) -> Response:
    inner = (
        '<div class="vnn_chitiet"><span class="vnn_tde">Thông báo</span>'
        '<div class="vnn_nd"><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
        f'<p><a href="{news_path()}">Quay lại trang tin tức</a></p></div></div>'
    )
    return page(request, f"Tin tức - {SCHOOL}", [("Trang chủ", "/"), ("Tin tức", news_path())], _container("Tin tức", inner))


# --- other pages ---------------------------------------------------------------------------------


def intro_page(request: Request, aid: int) -> Response:
    _slug, title, paras = INTRO[aid]
    body = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
    if aid == 1001:
        body += '<p style="text-align:center"><img src="/Portals/0/GioiThieu/toan-canh-truong.jpg" alt="" /></p>'
    inner = (
        f'<div id="dnn_ctr405_ViewVNNews_pnlChiTiet" class="vnn_chitiet">'
        f'<span id="dnn_ctr405_ViewVNNews_lblTieuDe" class="vnn_tde">{esc(title)}</span>'
        f'<div class="vnn_nd">{body}</div></div>'
    )
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", None), (title, None)]
    return page(request, f"{title} - {SCHOOL}", crumbs, _container("Giới thiệu", inner, 405))


def simple(request: Request, crumb: str, title: str, inner: str, ctr: int) -> Response:
    return page(request, f"{title} - {SCHOOL}", [("Trang chủ", "/"), (crumb, None)], _container(title, inner, ctr))


def contact(request: Request) -> Response:
    inner = (
        "<p><b>TRƯỜNG THPT PHAN ĐÌNH PHÙNG</b></p>"
        "<p>Địa chỉ: Số 2 Lý Thường Kiệt, phường Đồng Phú, thành phố Đồng Hới, tỉnh Quảng Bình</p>"
        "<p>Điện thoại: 0232.3822.516 - Email: c3phandinhphung@quangbinh.edu.vn</p>"
        '<table class="lh"><tr><td>Họ tên:</td><td><input name="dnn$ctr430$txtHoTen" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="dnn$ctr430$txtNoiDung"></textarea></td></tr></table>'
        "<a href=\"javascript:__doPostBack('dnn$ctr430$btnGui','')\">Gửi liên hệ</a>"
    )
    return simple(request, "Liên hệ", "Liên hệ", inner, 430)


def docs(request: Request) -> Response:
    inner = (
        '<table class="vb" border="1"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
        f'<tr><td><a href="{DOC}">1856/SGDĐT-GDTrH</a></td><td>16/11/2026</td>'
        f'<td><a href="{DOC}">V/v hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027</a></td></tr></table>'
    )
    return simple(request, "Văn bản", "Văn bản", inner, 415)


def doc(request: Request) -> Response:
    inner = (
        '<table class="vb_ct" border="1">'
        "<tr><td>Số/Ký hiệu:</td><td>1856/SGDĐT-GDTrH</td></tr>"
        "<tr><td>Ngày ban hành:</td><td>16/11/2026</td></tr>"
        "<tr><td>Cơ quan ban hành:</td><td>Sở GD&amp;ĐT Quảng Bình</td></tr>"
        "<tr><td>Người ký:</td><td>Lê Văn Hưng</td></tr>"
        "<tr><td>Trích yếu:</td><td>V/v hướng dẫn kiểm tra, đánh giá học kỳ I năm học 2026-2027</td></tr>"
        '<tr><td>Tệp đính kèm:</td><td><a href="/Portals/0/VanBan/1856-SGDDT-GDTrH.pdf">1856-SGDDT-GDTrH.pdf</a></td></tr>'
        "</table>"
    )
    return page(
        request,
        f"1856/SGDĐT-GDTrH - {SCHOOL}",
        [("Trang chủ", "/"), ("Văn bản", DOCS), ("1856/SGDĐT-GDTrH", None)],
        _container("Văn bản", inner, 415),
    )


def albums(request: Request) -> Response:
    inner = (
        f'<div class="alb"><a href="{ALBUM}"><img src="/Portals/0/ThuVienAnh/7/thumb.jpg" alt="" />'
        "<span>Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</span></a> (24 ảnh)</div>"
    )
    return simple(request, "Thư viện ảnh", "Thư viện ảnh", inner, 416)


def album(request: Request) -> Response:
    pics = "".join(
        f'<a href="/Portals/0/ThuVienAnh/7/anh-{i:02d}.jpg" class="lightbox"><img src="/Portals/0/ThuVienAnh/7/thumbs/anh-{i:02d}.jpg" alt="" /></a>'
        for i in range(1, 7)
    )
    inner = f'<h3 class="alb_tde">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h3><div class="alb_anh">{pics}</div>'
    return page(
        request,
        f"Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026 - {SCHOOL}",
        [("Trang chủ", "/"), ("Thư viện ảnh", ALBUMS), ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", None)],
        _container("Thư viện ảnh", inner, 416),
    )


def videos(request: Request) -> Response:
    inner = (
        f'<div class="vid"><a href="{VIDEO}"><img src="/Portals/0/Video/3/thumb.jpg" alt="" />'
        "<span>Phóng sự: 60 năm Trường THPT Phan Đình Phùng</span></a></div>"
    )
    return simple(request, "Video", "Video", inner, 417)


def video(request: Request) -> Response:
    inner = (
        '<h3 class="vid_tde">Phóng sự: 60 năm Trường THPT Phan Đình Phùng</h3>'
        '<iframe width="640" height="360" src="https://www.youtube.com/embed/pdp60nam" frameborder="0" allowfullscreen></iframe>'
        "<p>Lượt xem: 1.532</p>"
    )
    return page(
        request,
        f"Phóng sự: 60 năm Trường THPT Phan Đình Phùng - {SCHOOL}",
        [("Trang chủ", "/"), ("Video", VIDEOS), ("Phóng sự: 60 năm Trường THPT Phan Đình Phùng", None)],
        _container("Video", inner, 417),
    )


def login(request: Request) -> Response:
    inner = (
        '<p>Tên đăng nhập: <input name="dnn$ctr0$Login$txtUsername" /></p>'
        '<p>Mật khẩu: <input type="password" name="dnn$ctr0$Login$txtPassword" /></p>'
        "<a href=\"javascript:__doPostBack('dnn$ctr0$Login$cmdLogin','')\">Đăng nhập</a>"
    )
    return simple(request, "Đăng nhập", "Đăng nhập", inner, 0)


# --- routing ------------------------------------------------------------------------------------

_ART = re.compile(rf"^/tin-tuc/tabid/{TAB}/ArticleID/(\d+)/[^/]+\.aspx$", re.I)
_ART_SHORT = re.compile(r"^/tin-tuc/ArticleID/(\d+)/[^/.]+$", re.I)
_CAT = re.compile(rf"^/tin-tuc/tabid/{TAB}/CategoryID/(\d+)(?:/CurrentPage/(\d+))?/Default\.aspx$", re.I)
_NEWS = re.compile(rf"^/tin-tuc/tabid/{TAB}(?:/CurrentPage/(\d+))?/Default\.aspx$", re.I)
_INTRO = re.compile(r"^/gioi-thieu/tabid/37/ArticleID/(\d+)/[^/]+\.aspx$", re.I)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().startswith("/dnnimagehandler.ashx"):
            return static_file(".jpg")
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if (st := static_file(path)) is not None:
            return st
        if path in ("/", "/Default.aspx"):
            return home(request)
        if path == "/tin-tuc":
            return redirect(news_path(), 301)
        if m := _ART.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return soft_missing(request) if m.group(1) == "1150" else None
            printmode = request.params.get("dnnprintmode") == "true"
            return article(request, s, printmode=printmode)
        if m := _ART_SHORT.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return soft_missing(request) if m.group(1) == "1150" else None
            return article(request, s)
        if m := _CAT.match(path):
            c = int(m.group(1))
            if c not in CATS:
                return None
            return listing(request, c, int(m.group(2) or 1))
        if m := _NEWS.match(path):
            return listing(request, None, int(m.group(1) or 1))
        if m := _INTRO.match(path):
            aid = int(m.group(1))
            return intro_page(request, aid) if aid in INTRO else None
        pages = {
            CONTACT: contact,
            DOCS: docs,
            DOC: doc,
            ALBUMS: albums,
            ALBUM: album,
            VIDEOS: videos,
            VIDEO: video,
            LOGIN: login,
        }
        fn = pages.get(path)
        return fn(request) if fn else None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    alts = [short(s), print_path(s)]
    if s.opts.get("old_slug"):
        alts.append(short(s, s.opts["old_slug"]))
    return alts


GOLD = [gold_record(s, canon(s), s.cat, alt_paths=_alts(s)) for s in ORDER]

NON_ARTICLES = [*INTRO_PATHS, CONTACT, DOC, ALBUM, VIDEO]
