"""Trường THPT Lương Văn Chánh (Phú Yên) on a regional vendor's ASP.NET Core 6 Razor Pages portal.

Platform
--------
"HLS.Portal" by a regional vendor (Hoàng Long Soft), ASP.NET Core 6 Razor Pages: the default
Razor layout (``<main role="main" class="pb-3">``, ``_CookieConsentPartial`` with its
``#cookieConsent`` banner and ``.AspNet.Consent`` cookie string, ``/lib/bootstrap/dist/…``,
``/js/site.js?v=<hash>`` from ``asp-append-version``), Bootstrap 5 (``data-bs-toggle``,
``visually-hidden``, ``d-none d-print-block``), tag helpers that render rooted links
(``asp-page="/TinTuc" asp-page-handler="DanhMuc"`` -> ``/TinTuc?handler=DanhMuc&amp;id=3``),
hand-written vendor partials that print relative links under ``<base href="/">``, an
anti-forgery token (``__RequestVerificationToken``, ``CfDJ8…``, new on every request) in every
form (search, poll, comment, contact, login), page handlers for POSTs (``?handler=GuiYKien``,
``?handler=BinhChon``) answering 400 without a token, as ASP.NET Core does. Vendor class names
are Vietnamese abbreviations with the ``hls-`` prefix (``hls-ctbv`` = chi tiết bài viết,
``hls-ctbv__nd`` = nội dung, ``hls-ctbv__tt`` = tóm tắt, ``hls-dm`` = danh mục …).

URL scheme
----------
- ``/`` home: carousel (3 featured, links ``/TinTuc/ChiTiet/<id>`` without slug), "Tin mới nhất"
  (4 newest), "Hoạt động Đoàn" (3 newest), "Thông báo" (2), sidebar, footer.
- ``/TinTuc?handler=DanhMuc&id=<catId>&p=N``: category listing, 3 items a page, Bootstrap 5
  pager (« ‹ 1 2 3 › ») beside "Trang N/M"; page 1 is linked without ``p``; a ``p`` past the
  end shows the last page (the vendor clamps), a non-number shows page 1.
  Categories: 3 "Tin tức - Sự kiện" (7 articles, 3 pages), 5 "Hoạt động Đoàn" (4, 2 pages),
  8 "Thông báo" (2, 1 page).
- ``/TinTuc/ChiTiet/<id>/<slug>``: article (route ``{id:int}/{slug?}``, case-insensitive as ASP.NET
  Core routing is; any slug or none serves the article; a known-free id answers a soft 404).
  ``?handler=GuiYKien`` POST = comment form.
- ``/uploads/files/<file>`` attachments, ``/uploads/images/<yyyy>/<mm>/<file>`` images.
- Non-articles: ``/GioiThieu``, ``/LienHe``, ``/Privacy`` (the cookie banner's "Tìm hiểu thêm"),
  ``/VanBan/ChiTiet/57`` (a document entry), ``/ThuVienAnh/Album/12`` (a photo album). Also served,
  not listed: ``/TimKiem?q=`` (search), ``/Identity/Account/Login`` (login form).

Page templates
--------------
- Article (``TinTuc/ChiTiet``): breadcrumb (Trang chủ › category › "Chi tiết"), inside
  ``<article class="hls-ctbv card">``: ``h1.hls-ctbv__td``, meta line "Ngày đăng: 02/12/2026 - 08:30 |
  Người đăng: <account> | Lượt xem: N" (``<time datetime>`` in UTC), tools (share, font size,
  print = ``javascript:window.print()``), bold sapo ``div.hls-ctbv__tt.fw-bold`` (when the
  summary field is filled), content ``div#noiDungTin.hls-ctbv__nd``, "Tệp đính kèm" table, comment
  form, "Tin cùng chuyên mục" (the 3 newest other articles of the category), all in the same
  ``card-body``. Sidebar "Tin mới" (5 newest of the site), "Văn bản mới", "Thư viện ảnh", poll,
  links, visitor counter.
- Category "Thông báo" uses an older partial whose meta line prints the raw ``DateTime`` under the
  server's en-US culture: "Ngày đăng: 11/9/2026 2:15:00 PM".

How each gold article is reached
--------------------------------
- 1301, 1296, 1293: listing 3 page 1, home "Tin mới nhất", sidebar "Tin mới" (lower-case),
  carousel (1301, 1296, without slug).
- 1279: listing 3 page 2 and "Tin cùng chuyên mục" of 1301/1296/1293.
- 1266, 1254: listing 3 page 2 only. 1240: listing 3 page 3 only.
- 1304, 1290, 1270: listing 5 page 1, home "Hoạt động Đoàn"; 1304 also carousel; 1304, 1290 also
  sidebar "Tin mới" (lower-case).
- 1248: listing 5 page 2 and "Tin cùng chuyên mục" of 1304/1290/1270.
- 1286, 1283: listing 8 page 1 and home "Thông báo".

Traps
-----
1. ``<base href="/">`` with relative links (not in the list: URL resolution). The vendor's hand-written
   partials (listing items, home blocks, "Tin cùng chuyên mục", "Xem thêm") and every image in the
   text print paths without a leading slash (``TinTuc/ChiTiet/1279/…``,
   ``uploads/images/2026/12/….jpg``). Resolved against the page's own URL instead of the base they
   give ``/TinTuc/ChiTiet/1301/TinTuc/ChiTiet/1279/…`` and ``/TinTuc/ChiTiet/1301/uploads/…``,
   which answer 404. Gold: image paths ``/uploads/images/…``; article paths rooted.
2. Case-insensitive routing duplicates (a duplicate, but of a form only ASP.NET's routing
   makes). The sidebar "Tin mới" partial was built with ``LowercaseUrls = true`` and links
   ``/tintuc/chitiet/1304/hoi-trai-…``; the server answers 200 with the same article (canonical
   link to the mixed-case path). Gold: the mixed-case path, the lower-case one in ``alt_paths``.
3. Optional slug: the carousel links ``/TinTuc/ChiTiet/1304`` (``asp-route-id`` without slug),
   200 with the same article, no redirect. Gold: in ``alt_paths``.
4. The en-US culture date (a date trap of a form the README does not name): the "Thông báo" partial prints
   "Ngày đăng: 11/9/2026 2:15:00 PM", month first, 12-hour clock with AM/PM. Gold
   ``2026-11-09T14:15:00+07:00`` (not 11 September). The official notice 1283 prints
   "11/4/2026 12:00:00 AM" (a midnight: no time) but its letterhead says "ngày 03 tháng 11 năm
   2026": gold ``2026-11-03`` (the letterhead's day), signer Nguyễn Văn Hùng as author, the
   letterhead table, "THÔNG BÁO / Về việc …" and the "Nơi nhận | HIỆU TRƯỞNG" table not body.
5. Metadata that disagrees with the page (not in the list): JSON-LD ``datePublished`` and
   ``article:published_time`` carry the record's CreatedDate (the draft, 1–3 days earlier, in UTC
   with ``Z``); ``<title>``, ``og:title`` and the JSON-LD ``headline`` are cut at 60 characters
   with "…"; listing links cut titles at 70 with "...". Gold: the printed h1 in full and the
   printed "Ngày đăng".
6. Text that is not shown (not in the list). Inside ``#noiDungTin`` the template appends
   ``<div class="d-none d-print-block">Nguồn bài viết: http://thptluongvanchanh.edu.vn/…</div>``
   (printed on paper only): not body and not a source (gold ``source`` stays null unless the
   article closes with its own "Theo …" line). A link in 1304 carries
   ``<span class="visually-hidden"> (mở trong thẻ mới)</span>``: not in the body text.
7. Words split by inline tags and invisible characters (not in the list). 1266 was pasted from
   Word: ``…phòng cháy, ch</span><span lang="VI" …>ữa cháy`` and ``Lươ</span><span>ng Văn
   Chánh``, ``CO<sub>2</sub>``: the gold joins them with no space ("chữa cháy", "Lương", "CO2").
   1290 was pasted from Facebook with zero-width spaces (U+200B) between words: not in the gold.
8. The sapo printed twice (not in the list): 1293's editor filled the summary field (bold, above
   the text) and pasted the same sentence again as the text's first paragraph. Gold: the sapo once,
   as the body's first paragraph.
9. Soft 404 (not in the list: a status that lies): "Xem thêm:" in 1296 links ``TinTuc/ChiTiet/1199/ke-hoach-…``, an article that was
   taken down; the page answers 200 with the chrome and "Bài viết không tồn tại hoặc đã bị gỡ
   bỏ." Gold: no article there (not in GOLD, not in NON_ARTICLES).
10. Chrome inside ``<main>`` and inside the article's card: the cookie-consent banner (from
    ``_CookieConsentPartial``) stands in ``<main>`` right before the breadcrumb; the attachment
    table, the comment form (with its anti-forgery token) and "Tin cùng chuyên mục" share the
    article's ``card-body``. Gold: none of it is body.
11. Pagination: 3 items a page, pager without ``p`` for page 1, "Trang 2/3" beside it, ``p`` past
    the end repeats the last page; 1266, 1254 and 1240 are on pages 2–3 only.
12. Bylines and captions as the editors typed them: "Tin, ảnh: Trần Minh Khoa" (author and
    photographer), "Tin: Lê Thị Mỹ Dung - Ảnh: Huỳnh Tấn Phát", "ThS. Phạm Quốc Việt (Tổ trưởng
    Tổ Thể dục – QP&AN)" -> "Phạm Quốc Việt", "Tin, ảnh: Nguyễn Hoàng Bảo Trân (Bí thư Chi đoàn
    11A2)" -> "Nguyễn Hoàng Bảo Trân", units signing alone ("Bộ phận Chuyên môn", "Đoàn trường",
    "Tổ Lịch sử – Địa lí"), "BBT" -> nobody; "Người đăng: admin.lvc" is the CMS account -> nobody.
    Image lines "Ảnh: Nguyễn Thành Long" are credits (caption None, photographer); a caption in
    parentheses under the photo loses them; one caption sits in a table cell under the photo.
13. Lazy images (not in the list): 1301's photos print ``src="img/blank.gif"`` with the real file in
    ``data-src``, no ``<noscript>``. Gold: the ``data-src`` file.

Gold decisions on ambiguous points
----------------------------------
- ``published_at`` is the printed "Ngày đăng" (the vendor's publish field), never the JSON-LD.
- The print-only "Nguồn bài viết: <url>" is not a source; "Theo Báo Phú Yên điện tử" closing 1266
  is (source "Báo Phú Yên điện tử").
- Table rows are paragraphs with cells joined by " | " (header row included); headings
  ("1. Tiết dạy minh họa") and bold run-in headings of the notice ("1. Đối tượng") are paragraphs.
- A quote in the text (blockquote) is a paragraph.
- ``summary`` is the bold ``hls-ctbv__tt`` block when printed; articles without it have none.
- The category is the breadcrumb's: "Tin tức - Sự kiện", "Hoạt động Đoàn", "Thông báo".
"""

from __future__ import annotations

import itertools
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, opaque
from tests.portals._common import static_file as _static

NAME = "aspnet_core_razor_pages_vendor_thpt"
PLATFORM = "ASP.NET Core 6 Razor Pages (regional vendor HLS.Portal, Bootstrap 5)"
START_PATH = "/"

SITE_TITLE = "Trường THPT Lương Văn Chánh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
VN = timezone(timedelta(hours=7))
PAGE_SIZE = 3

CATEGORIES: dict[int, str] = {
    3: "Tin tức - Sự kiện",
    5: "Hoạt động Đoàn",
    8: "Thông báo",
}
#: the en-US partial (trap 4)
EN_US_CATS = {8}

#: a taken-down article linked from 1296's "Xem thêm" (trap 9)
GONE_ID = 1199
GONE_SLUG = "ke-hoach-to-chuc-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11"

#: printed only on paper, inside the text's container (trap 6)
PRINT_ONLY = (
    '<div class="d-none d-print-block small fst-italic mt-3">Nguồn bài viết: '
    "http://thptluongvanchanh.edu.vn/TinTuc/ChiTiet/{id}/{slug}</div>"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align:right">{inner}</p>')


# --- the 13 articles ------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=1301,
        slug="hoc-sinh-truong-thpt-luong-van-chanh-dat-12-giai-tai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Học sinh Trường THPT Lương Văn Chánh đạt 12 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
        cat="3",
        published_at="2026-12-02T08:30:00+07:00",
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 – 2027 do Sở GD&ĐT Phú Yên "
            "tổ chức, đội tuyển của nhà trường đã xuất sắc giành 12 giải, trong đó có 1 giải Nhất, "
            "3 giải Nhì, 4 giải Ba và 4 giải Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra trong hai ngày 18 và 19/11/2026 với sự tham gia của hơn 600 thí sinh "
                "đến từ các trường THPT trên địa bàn tỉnh. Trường THPT Lương Văn Chánh cử 20 học sinh "
                "tham dự ở 7 môn thi: Ngữ văn, Toán, Vật lí, Hóa học, Sinh học, Lịch sử và Tiếng Anh."
            ),
            P("Kết quả cụ thể như sau:"),
            P("Môn thi | Số học sinh dự thi | Số giải | Giải cao nhất", "trh"),
            P("Ngữ văn | 3 | 3 | Nhất", "tr"),
            P("Toán | 3 | 2 | Nhì", "tr"),
            P("Vật lí | 3 | 2 | Ba", "tr"),
            P("Hóa học | 3 | 2 | Nhì", "tr"),
            P("Sinh học | 3 | 1 | Ba", "tr"),
            P("Lịch sử | 2 | 1 | Nhì", "tr"),
            P("Tiếng Anh | 3 | 1 | Khuyến khích", "tr"),
            Img(
                "/uploads/images/2026/12/hsg-tinh-2026-01.jpg",
                "Em Võ Ngọc Bảo Châu (lớp 12A1) nhận giấy chứng nhận giải Nhất môn Ngữ văn",
                "Em Võ Ngọc Bảo Châu (lớp 12A1) nhận giấy chứng nhận giải Nhất môn Ngữ văn",
                "lazy",
            ),
            P(
                "Đặc biệt, em Võ Ngọc Bảo Châu, học sinh lớp 12A1, đạt giải Nhất môn Ngữ văn với số "
                "điểm 17,5/20 – điểm cao nhất của môn thi năm nay."
            ),
            P(
                "Để có được kết quả này, ngay từ đầu năm học, nhà trường đã xây dựng kế hoạch bồi "
                "dưỡng học sinh giỏi, phân công giáo viên giàu kinh nghiệm phụ trách các đội tuyển, "
                "đồng thời tổ chức nhiều đợt thi thử và trao đổi chuyên môn với các trường bạn."
            ),
            Img(
                "/uploads/images/2026/12/hsg-tinh-2026-02.jpg",
                "Thầy Hiệu trưởng chúc mừng đội tuyển học sinh giỏi của trường",
                "Thầy Hiệu trưởng chúc mừng đội tuyển học sinh giỏi của trường",
                "lazy",
            ),
            P(
                "Phát biểu tại buổi gặp mặt đội tuyển chiều 01/12, thầy Nguyễn Văn Hùng, Hiệu trưởng "
                "nhà trường, biểu dương tinh thần nỗ lực của các em học sinh và sự tận tụy của quý "
                "thầy cô giáo bồi dưỡng; đồng thời đề nghị các đội tuyển tiếp tục ôn luyện để chuẩn bị "
                "cho Kỳ thi chọn học sinh giỏi quốc gia sắp tới."
            ),
            P(
                "Nhà trường sẽ tổ chức khen thưởng cho học sinh đạt giải và giáo viên bồi dưỡng vào "
                "dịp sơ kết học kì I."
            ),
            _right("<strong>Bộ phận Chuyên môn</strong>"),
        ],
        authors=["Bộ phận Chuyên môn"],
        opts={"account": "admin.lvc", "created_days": 2},
    ),
    Story(
        id=1296,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        cat="3",
        published_at="2026-11-20T09:45:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT Lương Văn Chánh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam, tôn vinh những đóng góp của đội ngũ cán bộ, giáo viên, nhân viên nhà "
            "trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học "
                "sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng đông đảo cựu học sinh và hơn 1.200 học "
                "sinh đang theo học tại trường."
            ),
            Img(
                "/uploads/images/2026/11/le-20-11-01.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh khối 11",
                "Tiết mục văn nghệ chào mừng của học sinh khối 11",
                "fig",
            ),
            P(
                "Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, thầy Nguyễn Văn Hùng, Hiệu "
                "trưởng nhà trường, điểm lại những kết quả nổi bật trong năm học 2025 – 2026: tỉ lệ tốt "
                "nghiệp THPT đạt 100%, 46 học sinh đạt giải học sinh giỏi cấp tỉnh, 5 học sinh đạt giải "
                "cấp quốc gia; nhiều thầy cô đạt danh hiệu giáo viên dạy giỏi các cấp."
            ),
            P(
                "Thay mặt thế hệ học sinh đang theo học, em Trần Ngọc Khánh Linh, lớp 12A3, bày tỏ lòng "
                "biết ơn sâu sắc đến quý thầy cô, những người đã không quản ngại khó khăn, tận tụy với "
                "từng trang giáo án, từng bài giảng."
            ),
            Img(
                "/uploads/images/2026/11/le-20-11-02.jpg",
                "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các tập thể và cá nhân",
                "Lãnh đạo Sở GD&ĐT trao Bằng khen cho các tập thể và cá nhân",
                "fig",
            ),
            P(
                "Dịp này, nhà trường vinh dự đón nhận Bằng khen của Chủ tịch UBND tỉnh cho tập thể Tổ "
                "Toán – Tin vì có thành tích xuất sắc trong công tác giáo dục năm học 2025 – 2026; 12 "
                "giáo viên được Giám đốc Sở GD&ĐT tặng Giấy khen."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các chi đoàn học sinh dàn "
                "dựng, để lại nhiều cảm xúc cho các thế hệ thầy và trò Lương Văn Chánh."
            ),
            Raw(
                f'<p><strong>Xem thêm:</strong> <a href="TinTuc/ChiTiet/{GONE_ID}/{GONE_SLUG}">Kế '
                "hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11</a></p>"
            ),
            _right("<strong>Tin, ảnh: Trần Minh Khoa</strong>"),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        opts={"account": "admin.lvc", "created_days": 1},
    ),
    Story(
        id=1293,
        slug="soi-noi-hoi-thao-giao-vien-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Sôi nổi Hội thao giáo viên chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="3",
        published_at="2026-11-16T15:40:00+07:00",
        summary=(
            "Trong hai ngày 14 và 15/11, Công đoàn Trường THPT Lương Văn Chánh tổ chức Hội thao giáo "
            "viên năm 2026 với các môn bóng chuyền hơi, cầu lông, kéo co và cờ vua, thu hút gần 100 "
            "cán bộ, giáo viên, nhân viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            # trap 8: the editor pasted the sapo again as the text's first paragraph
            Raw(
                '<p style="text-align:justify">Trong hai ngày 14 và 15/11, Công đoàn Trường THPT Lương '
                "Văn Chánh tổ chức Hội thao giáo viên năm 2026 với các môn bóng chuyền hơi, cầu lông, "
                "kéo co và cờ vua, thu hút gần 100 cán bộ, giáo viên, nhân viên tham gia.</p>"
            ),
            P(
                "Hội thao là hoạt động thường niên nhằm chào mừng kỷ niệm Ngày Nhà giáo Việt Nam, đồng "
                "thời tạo sân chơi bổ ích, tăng cường sự giao lưu, gắn kết giữa các tổ chuyên môn trong "
                "nhà trường."
            ),
            Img(
                "/uploads/images/2026/11/hoi-thao-gv-01.jpg",
                "(Trận chung kết bóng chuyền hơi nữ giữa Tổ Ngữ văn và Tổ Ngoại ngữ)",
                "Trận chung kết bóng chuyền hơi nữ giữa Tổ Ngữ văn và Tổ Ngoại ngữ",
                "p-em",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, hào hứng trong tinh thần đoàn kết, fair-play. Đông đảo "
                "học sinh cũng có mặt để cổ vũ cho thầy cô của mình, tạo nên không khí vui tươi trên "
                "sân trường."
            ),
            P("Kết thúc hội thao, Ban tổ chức đã trao giải cho các đội và vận động viên xuất sắc:"),
            P("Giải Nhất toàn đoàn: Tổ Thể dục – Quốc phòng và An ninh;", "li"),
            P("Giải Nhì toàn đoàn: Tổ Toán – Tin;", "li"),
            P("Giải Ba toàn đoàn: Tổ Ngữ văn và Tổ Sinh – Công nghệ.", "li"),
            P(
                "Hội thao khép lại trong niềm vui của các vận động viên, để lại nhiều kỷ niệm đẹp cho "
                "tập thể sư phạm nhà trường trước thềm ngày 20/11."
            ),
            _right("<em>ThS. Phạm Quốc Việt (Tổ trưởng Tổ Thể dục – QP&amp;AN)</em>"),
        ],
        authors=["Phạm Quốc Việt"],
        opts={"account": "congdoan.lvc", "created_days": 1},
    ),
    Story(
        id=1279,
        slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ki-i-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh giữa học kì I năm học 2026 – 2027",
        cat="3",
        published_at="2026-10-30T20:15:00+07:00",
        blocks=[
            P(
                "Chiều ngày 26/10/2026, Trường THPT Lương Văn Chánh tổ chức Hội nghị cha mẹ học sinh "
                "giữa học kì I tại 36 lớp học trong toàn trường. Hội nghị nhằm thông báo kết quả học "
                "tập, rèn luyện của học sinh sau nửa học kì và thống nhất các giải pháp phối hợp giữa "
                "nhà trường với gia đình."
            ),
            P(
                "Trước khi họp tại các lớp, phụ huynh khối 10 đã nghe Ban Giám hiệu quán triệt một số "
                "nội dung chính:"
            ),
            P("Kế hoạch dạy học các môn lựa chọn và chuyên đề học tập theo Chương trình GDPT 2018;", "li"),
            P("Quy định về việc sử dụng điện thoại di động của học sinh trong giờ học;", "li"),
            P(
                "Công tác bảo đảm an toàn giao thông, phòng chống đuối nước và bạo lực học đường;",
                "li",
            ),
            P("Kế hoạch ôn tập, kiểm tra cuối học kì I.", "li"),
            Img(
                "/uploads/images/2026/10/hop-phu-huynh-01.jpg",
                "Phụ huynh khối 10 nghe phổ biến kế hoạch năm học tại hội trường",
                "Phụ huynh khối 10 nghe phổ biến kế hoạch năm học tại hội trường",
                "tbl",
            ),
            P(
                "Tại các lớp, giáo viên chủ nhiệm đã trao đổi cụ thể với từng phụ huynh về tình hình "
                "học tập, nề nếp của học sinh; ghi nhận nhiều ý kiến đóng góp thiết thực về cơ sở vật "
                "chất, giờ giấc học thêm và hoạt động bán trú."
            ),
            P(
                "Các ý kiến thuộc thẩm quyền đã được Ban Giám hiệu giải đáp ngay tại hội nghị; những "
                "kiến nghị khác được tổng hợp để báo cáo cấp trên xem xét."
            ),
            _right("<strong>Tin: Lê Thị Mỹ Dung - Ảnh: Huỳnh Tấn Phát</strong>"),
        ],
        authors=["Lê Thị Mỹ Dung"],
        photographers=["Huỳnh Tấn Phát"],
        opts={"account": "admin.lvc", "created_days": 3},
    ),
    Story(
        id=1266,
        slug="tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
        title="Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ, giáo viên và học sinh",
        cat="3",
        published_at="2026-10-24T14:20:00+07:00",
        summary=(
            "Nhằm nâng cao ý thức và kỹ năng xử lý tình huống khi có sự cố cháy nổ xảy ra, sáng 23/10, "
            "Trường THPT Lương Văn Chánh phối hợp với Phòng Cảnh sát PCCC và CNCH Công an tỉnh tổ "
            "chức buổi tập huấn cho hơn 1.300 cán bộ, giáo viên và học sinh."
        ),
        sapo_outside=True,
        blocks=[
            # trap 7: Word's spans split words
            P(
                "Tại buổi tập huấn, cán bộ Phòng Cảnh sát PCCC và CNCH đã phổ biến những kiến thức cơ "
                "bản về phòng cháy, chữa cháy; nguyên nhân thường gặp gây ra cháy nổ trong trường học "
                "và khu dân cư; cách sử dụng bình chữa cháy xách tay và kỹ năng thoát nạn khi có cháy.",
                '<p class="MsoNormal" style="text-align:justify;line-height:115%"><span lang="VI" '
                'style="font-size:13.0pt;line-height:115%">Tại buổi tập huấn, cán bộ Phòng Cảnh sát '
                "PCCC và CNCH đã phổ biến những kiến thức cơ bản về phòng cháy, ch</span><span "
                'lang="VI" style="font-size:13.0pt;line-height:115%">ữa cháy; nguyên nhân thường gặp '
                "gây ra cháy nổ trong trường học và khu dân cư; cách sử dụng bình chữa cháy xách tay và "
                "kỹ năng thoát nạn khi có cháy.</span></p>",
            ),
            P(
                "Học sinh Trường THPT Lương Văn Chánh được trực tiếp thực hành dập tắt đám cháy giả "
                "định bằng bình bột, bình khí CO2 và chăn chiên; thực hành sơ cứu, hô hấp nhân tạo cho "
                "người bị nạn.",
                '<p class="MsoNormal" style="text-align:justify;line-height:115%"><span lang="VI" '
                'style="font-size:13.0pt">Học sinh Trường THPT Lươ</span><span lang="VI" '
                'style="font-size:13.0pt">ng Văn Chánh được trực tiếp thực hành dập tắt đám cháy giả '
                "định bằng bình bột, bình khí CO<sub>2</sub> và chăn chiên; thực hành sơ cứu, hô hấp "
                "nhân tạo cho người bị nạn.</span></p>",
            ),
            Img(
                "/uploads/images/2026/10/tap-huan-pccc-01.jpg",
                "Học sinh thực hành dập lửa bằng bình chữa cháy xách tay",
                "Học sinh thực hành dập lửa bằng bình chữa cháy xách tay",
                "fig",
            ),
            P(
                "Bên cạnh đó, lực lượng chữa cháy đã diễn tập phương án chữa cháy và cứu nạn, cứu hộ "
                "tại khu nhà học 3 tầng, với tình huống giả định cháy phòng thí nghiệm Hóa học, có "
                "người bị mắc kẹt trên tầng cao."
            ),
            P(
                "Buổi tập huấn đã trang bị cho cán bộ, giáo viên và học sinh những kỹ năng cần thiết để "
                "chủ động ứng phó khi có sự cố, góp phần xây dựng trường học an toàn."
            ),
            _right("<em>Theo Báo Phú Yên điện tử</em>"),
        ],
        source="Báo Phú Yên điện tử",
        opts={"account": "admin.lvc", "created_days": 1},
    ),
    Story(
        id=1254,
        slug="ngoai-khoa-em-yeu-bien-dao-que-huong",
        title="Ngoại khóa “Em yêu biển, đảo quê hương”",
        cat="3",
        published_at="2026-10-17T10:05:00+07:00",
        summary=(
            "Sáng 16/10, Tổ Lịch sử – Địa lí phối hợp với Đoàn trường tổ chức chương trình ngoại "
            "khóa “Em yêu biển, đảo quê hương” cho học sinh khối 10 và khối 11."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình gồm ba phần: tìm hiểu kiến thức về chủ quyền biển, đảo Việt Nam; giao lưu "
                "với cán bộ Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên và phần thi sân khấu hóa của các "
                "lớp."
            ),
            Img(
                "/uploads/images/2026/10/ngoai-khoa-bien-dao-01.jpg",
                "Ảnh: Nguyễn Thành Long",
                None,
                "bare",
            ),
            P(
                "Qua phần giao lưu, các em được nghe kể về cuộc sống, công tác của những người lính "
                "đang ngày đêm bảo vệ vùng biển, vùng trời Tổ quốc, về hải đăng Đại Lãnh – nơi đón ánh "
                "bình minh đầu tiên trên đất liền Việt Nam."
            ),
            P(
                "“Tôi mong các em luôn tự hào và có trách nhiệm với biển, đảo quê hương bằng những việc "
                "làm cụ thể từ hôm nay”, Thiếu tá Lê Văn Nam chia sẻ.",
                "quote",
            ),
            P(
                "Phần thi sân khấu hóa diễn ra sôi nổi với nhiều tiết mục công phu, trong đó lớp 11A4 "
                "giành giải Nhất với tiểu phẩm “Gửi Trường Sa”."
            ),
            Img(
                "/uploads/images/2026/10/ngoai-khoa-bien-dao-02.jpg",
                "Ảnh: Nguyễn Thành Long",
                None,
                "bare",
            ),
            _right("<strong>Tổ Lịch sử – Địa lí</strong>"),
        ],
        authors=["Tổ Lịch sử – Địa lí"],
        photographers=["Nguyễn Thành Long"],
        opts={"account": "admin.lvc", "created_days": 2},
    ),
    Story(
        id=1240,
        slug="chuyen-de-day-hoc-stem-trong-mon-vat-li-lop-10-cap-cum-truong",
        title="Chuyên đề “Dạy học STEM trong môn Vật lí lớp 10” cấp cụm trường",
        cat="3",
        published_at="2026-10-08T16:00:00+07:00",
        summary=(
            "Ngày 07/10/2026, Trường THPT Lương Văn Chánh đăng cai tổ chức chuyên đề cấp cụm “Dạy "
            "học STEM trong môn Vật lí lớp 10” với sự tham dự của giáo viên Vật lí đến từ 6 trường "
            "THPT trong cụm thi đua số 1."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Tiết dạy minh họa", "h"),
            P(
                "Tiết dạy minh họa bài “Năng lượng tái tạo” do cô Trương Thị Kim Oanh thực hiện tại "
                "lớp 10A2. Học sinh làm việc theo nhóm, thiết kế và chế tạo mô hình tua-bin gió mini "
                "từ vật liệu tái chế, sau đó đo hiệu điện thế tạo ra ở các tốc độ gió khác nhau."
            ),
            Img("/uploads/images/2026/10/stem-vat-li-01.jpg", None, None, "bare"),
            P("2. Thảo luận chuyên môn", "h"),
            P(
                "Trong phần thảo luận, các thầy cô đánh giá cao cách tổ chức hoạt động của tiết dạy, "
                "đồng thời trao đổi về những khó khăn khi triển khai dạy học STEM như thời lượng, kinh "
                "phí mua vật liệu và cách đánh giá sản phẩm của học sinh."
            ),
            P(
                "Chuyên đề là dịp để giáo viên trong cụm chia sẻ kinh nghiệm, góp phần đổi mới phương "
                "pháp dạy học theo định hướng phát triển năng lực học sinh."
            ),
            _right("<em>Đỗ Thị Thanh Hương</em>"),
        ],
        authors=["Đỗ Thị Thanh Hương"],
        opts={"account": "tochuyenmon", "created_days": 1},
    ),
    Story(
        id=1304,
        slug="hoi-trai-tuoi-tre-luong-van-chanh-tiep-buoc-truyen-thong-nam-2026",
        title="Hội trại “Tuổi trẻ Lương Văn Chánh – Tiếp bước truyền thống” năm 2026",
        cat="5",
        published_at="2026-12-04T16:05:00+07:00",
        summary=(
            "Từ ngày 02 đến 03/12, Đoàn trường THPT Lương Văn Chánh tổ chức Hội trại “Tuổi trẻ "
            "Lương Văn Chánh – Tiếp bước truyền thống” với sự tham gia của 36 chi đoàn và hơn 1.300 "
            "đoàn viên, học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội trại được tổ chức nhằm chào mừng kỷ niệm 80 năm Ngày Toàn quốc kháng chiến "
                "(19/12/1946 – 19/12/2026) và hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân "
                "Việt Nam."
            ),
            Img("/uploads/images/2026/12/hoi-trai-01.jpg", "Ảnh: CLB Truyền thông LVC", None, "bare"),
            P(
                "Trong hai ngày diễn ra hội trại, các chi đoàn tham gia nhiều nội dung hấp dẫn như "
                "dựng trại, trang trí cổng trại, thi nghi thức Đoàn, trò chơi lớn “Hành trình theo chân "
                "những người anh hùng”, đêm lửa trại và các gian hàng ẩm thực gây quỹ."
            ),
            # trap 6: text for screen readers only
            P(
                "Toàn bộ hình ảnh hội trại được đăng tải trên trang Facebook của Đoàn trường.",
                '<p style="text-align:justify">Toàn bộ hình ảnh hội trại được đăng tải trên <a '
                'href="https://www.facebook.com/doantruongluongvanchanh" target="_blank" '
                'rel="noopener">trang Facebook của Đoàn trường<span class="visually-hidden"> (mở '
                "trong thẻ mới)</span></a>.</p>",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất toàn đoàn cho Chi đoàn 11A1, giải Nhì cho Chi đoàn "
                "12A5 và Chi đoàn 10A3, giải Ba cho các Chi đoàn 12A2, 11A6 và 10A8."
            ),
            Img("/uploads/images/2026/12/hoi-trai-02.jpg", "Ảnh: CLB Truyền thông LVC", None, "bare"),
            P(
                "Toàn bộ số tiền gây quỹ từ các gian hàng ẩm thực, hơn 18 triệu đồng, sẽ được Đoàn "
                "trường dùng để hỗ trợ học sinh có hoàn cảnh khó khăn đón Tết Nguyên đán Đinh Mùi 2027."
            ),
            _right("<strong>Đoàn trường</strong>"),
        ],
        authors=["Đoàn trường"],
        photographers=["CLB Truyền thông LVC"],
        opts={"account": "doantruong", "created_days": 1},
    ),
    Story(
        id=1290,
        slug="chuong-trinh-ao-am-cho-em-den-voi-hoc-sinh-vung-cao-son-hoi",
        title="Chương trình “Áo ấm cho em” đến với học sinh vùng cao Sơn Hội",
        cat="5",
        published_at="2026-11-14T19:10:00+07:00",
        blocks=[
            # trap 7: zero-width spaces pasted from Facebook
            P(
                "Ngày 13/11/2026, Đoàn trường THPT Lương Văn Chánh phối hợp với Ban đại diện cha mẹ học "
                "sinh nhà trường tổ chức chương trình “Áo ấm cho em” tại Trường Tiểu học và THCS Sơn "
                "Hội.",
                '<p style="text-align:justify">Ngày 13/11/2026, Đoàn trường THPT Lương Văn Chánh phối '
                "hợp với Ban đại diện cha mẹ học sinh nhà trường tổ chức chương trình “Áo ấm cho "
                "em”&#8203; tại Trường Tiểu học và THCS Sơn Hội.</p>",
            ),
            P(
                "Đoàn công tác đã trao tặng 250 chiếc áo ấm, 150 phần quà gồm sách vở, dụng cụ học tập "
                "và bánh kẹo cho các em học sinh có hoàn cảnh khó khăn, phần lớn là con em đồng bào dân "
                "tộc Ê Đê, Chăm H’roi."
            ),
            Img(
                "/uploads/images/2026/11/ao-am-cho-em-01.jpg",
                "Đoàn viên trao áo ấm cho các em học sinh Trường Tiểu học và THCS Sơn Hội",
                "Đoàn viên trao áo ấm cho các em học sinh Trường Tiểu học và THCS Sơn Hội",
                "fig",
            ),
            P(
                "Tổng giá trị chương trình hơn 45 triệu đồng, được quyên góp từ các chi đoàn học sinh, "
                "giáo viên và các nhà hảo tâm là cựu học sinh của trường."
            ),
            P(
                "Bên cạnh việc trao quà, các đoàn viên còn tổ chức trò chơi dân gian, hướng dẫn các em "
                "kỹ năng rửa tay đúng cách và cùng nhau dọn vệ sinh khuôn viên trường.",
                '<p style="text-align:justify">Bên cạnh việc trao quà, các đoàn viên còn tổ chức trò '
                "chơi dân gian, hướng dẫn các em kỹ năng rửa &#8203;tay đúng cách và cùng nhau dọn vệ "
                "sinh khuôn viên&#8203; trường.</p>",
            ),
            P(
                "Chuyến đi không chỉ mang hơi ấm đến với các em nhỏ vùng cao mà còn là bài học ý nghĩa "
                "về lòng nhân ái, sự sẻ chia đối với mỗi đoàn viên, học sinh Lương Văn Chánh."
            ),
            _right("<strong>Tin, ảnh: Nguyễn Hoàng Bảo Trân (Bí thư Chi đoàn 11A2)</strong>"),
        ],
        authors=["Nguyễn Hoàng Bảo Trân"],
        photographers=["Nguyễn Hoàng Bảo Trân"],
        opts={"account": "doantruong", "created_days": 1},
    ),
    Story(
        id=1270,
        slug="dai-hoi-doan-tncs-ho-chi-minh-truong-thpt-luong-van-chanh-nhiem-ky-2026-2027",
        title="Đại hội Đoàn TNCS Hồ Chí Minh Trường THPT Lương Văn Chánh nhiệm kỳ 2026 – 2027",
        cat="5",
        published_at="2026-10-27T08:00:00+07:00",
        summary=(
            "Ngày 25/10/2026, Đoàn TNCS Hồ Chí Minh Trường THPT Lương Văn Chánh long trọng tổ chức "
            "Đại hội đại biểu nhiệm kỳ 2026 – 2027 với sự tham dự của 150 đại biểu đại diện cho hơn "
            "1.300 đoàn viên của 36 chi đoàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ 2025 – 2026: 100% chi đoàn "
                "hoàn thành tốt nhiệm vụ, kết nạp mới 215 đoàn viên, tổ chức thành công nhiều phong "
                "trào như “Mùa hè xanh”, “Ngày Chủ nhật xanh”, “Tiếp sức mùa thi”."
            ),
            P("Đại hội thống nhất các chỉ tiêu chủ yếu của nhiệm kỳ mới:"),
            P("100% đoàn viên được học tập, quán triệt nghị quyết Đại hội Đoàn các cấp;", "ol"),
            P("Kết nạp ít nhất 200 đoàn viên mới;", "ol"),
            P("Mỗi chi đoàn thực hiện ít nhất 01 công trình, phần việc thanh niên;", "ol"),
            P("Xây dựng 3 câu lạc bộ học thuật và kỹ năng sống.", "ol"),
            Img(
                "/uploads/images/2026/10/dai-hoi-doan-01.jpg",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 ra mắt Đại hội",
                "fig",
            ),
            P(
                "Đại hội đã bầu Ban Chấp hành Đoàn trường nhiệm kỳ 2026 – 2027 gồm 15 đồng chí; đồng "
                "chí Lê Hoàng Phúc tiếp tục được tín nhiệm bầu giữ chức Bí thư Đoàn trường."
            ),
            _right("<strong>BBT</strong>"),
        ],
        opts={"account": "doantruong", "created_days": 2},
    ),
    Story(
        id=1248,
        slug="san-choi-rung-chuong-vang-danh-cho-hoc-sinh-khoi-10",
        title="Sân chơi “Rung chuông vàng” dành cho học sinh khối 10",
        cat="5",
        published_at="2026-10-12T17:30:00+07:00",
        blocks=[
            P(
                "Chiều 11/10/2026, tại sân trường, Đoàn trường THPT Lương Văn Chánh tổ chức sân chơi "
                "“Rung chuông vàng” với chủ đề “Chào bạn mới – Lương Văn Chánh trong em” dành cho 420 "
                "học sinh khối 10."
            ),
            P(
                "Các câu hỏi xoay quanh kiến thức về lịch sử, truyền thống của nhà trường, cuộc đời danh "
                "tướng Lương Văn Chánh – người có công khai khẩn vùng đất Phú Yên, cùng các kiến thức "
                "văn hóa, xã hội và an toàn giao thông."
            ),
            Img(
                "/uploads/images/2026/10/rung-chuong-vang-01.jpg",
                "Hơn 400 thí sinh khối 10 tham gia vòng loại trên sân trường",
                "Hơn 400 thí sinh khối 10 tham gia vòng loại trên sân trường",
                "fig",
            ),
            P(
                "Sau 25 câu hỏi, em Phan Gia Huy, lớp 10A5, trở thành người chiến thắng khi vượt qua "
                "câu hỏi cuối cùng về năm thành lập trường."
            ),
            P(
                "Sân chơi giúp các em học sinh lớp 10 nhanh chóng hòa nhập với môi trường mới, thêm "
                "hiểu và tự hào về truyền thống của ngôi trường mang tên vị danh tướng của quê hương."
            ),
        ],
        opts={"account": "doantruong", "created_days": 1},
    ),
    Story(
        id=1286,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
        cat="8",
        published_at="2026-11-09T14:15:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học 2026 – 2027, nhà trường thông báo lịch kiểm tra cuối học kì I "
                "đối với các môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "trh"),
            P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("17/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "tr"),
            P(
                "Các môn còn lại, giáo viên bộ môn tổ chức kiểm tra tại lớp theo thời khóa biểu, hoàn "
                "thành trước ngày 20/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ "
                "học sinh; không mang điện thoại di động và tài liệu vào phòng kiểm tra."
            ),
            P("Giáo viên chủ nhiệm phổ biến thông báo này đến học sinh và cha mẹ học sinh của lớp mình."),
        ],
        opts={
            "account": "vanthu",
            "created_days": 1,
            "printed_date": "11/9/2026 2:15:00 PM",
            "files": [("lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "Lịch kiểm tra cuối HKI (PDF)")],
        },
    ),
    Story(
        id=1283,
        slug="thong-bao-ve-viec-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
        cat="8",
        published_at="2026-11-03",
        blocks=[
            Raw(
                '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
                'style="width:100%;border-collapse:collapse"><tbody><tr>'
                '<td style="width:40%;text-align:center;vertical-align:top"><p style="text-align:center">'
                "SỞ GD&amp;ĐT PHÚ YÊN<br><strong>TRƯỜNG THPT LƯƠNG VĂN CHÁNH</strong></p>"
                '<p style="text-align:center">Số: 215/TB-LVC</p></td>'
                '<td style="width:60%;text-align:center;vertical-align:top"><p style="text-align:center">'
                "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh "
                'phúc</strong></p><p style="text-align:center"><em>Tuy Hòa, ngày 03 tháng 11 năm '
                "2026</em></p></td></tr></tbody></table>"
            ),
            Raw(
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức '
                "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027</strong></p>"
            ),
            P(
                "Thực hiện Kế hoạch số 142/KH-LVC ngày 05/9/2026 của Trường THPT Lương Văn Chánh về "
                "thực hiện nhiệm vụ năm học 2026 – 2027, nhà trường thông báo tổ chức Hội thi giáo viên "
                "dạy giỏi cấp trường như sau:"
            ),
            P("1. Đối tượng", "b"),
            P(
                "Giáo viên đang trực tiếp giảng dạy tại trường, có thời gian công tác từ 02 năm trở lên, "
                "được tổ chuyên môn giới thiệu."
            ),
            P("2. Thời gian và nội dung", "b"),
            P(
                "Hội thi diễn ra từ ngày 23/11/2026 đến ngày 11/12/2026, gồm hai phần: trình bày biện "
                "pháp nâng cao chất lượng giảng dạy và thực hành 02 tiết dạy trên lớp."
            ),
            P("3. Tổ chức thực hiện", "b"),
            P(
                "Các tổ trưởng chuyên môn gửi danh sách giáo viên đăng ký dự thi về Phó Hiệu trưởng phụ "
                "trách chuyên môn trước ngày 15/11/2026."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="width:50%;vertical-align:top">'
                "<p><strong><em>Nơi nhận:</em></strong><br>- Các tổ chuyên môn;<br>- Lưu: VT.</p></td>"
                '<td style="width:50%;text-align:center;vertical-align:top"><p style="text-align:center">'
                "<strong>HIỆU TRƯỞNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Văn Hùng"
                "</strong></p></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "account": "vanthu",
            "created_days": 1,
            "printed_date": "11/4/2026 12:00:00 AM",
            "files": [("TB-215-LVC-hoi-thi-gvdg.docx", "TB 215-TB-LVC (Word)")],
        },
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _pub(story: Story) -> datetime:
    """When the page says it was published (for ordering); 1283 was posted on 04/11."""
    if story.id == 1283:
        return datetime(2026, 11, 4, 0, 0, tzinfo=VN)
    return datetime.fromisoformat(story.published_at)


def _by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_pub, reverse=True)


def in_cat(cat: int) -> list[Story]:
    return _by_date([s for s in STORIES if int(s.cat) == cat])


def article_path(story: Story) -> str:
    return f"/TinTuc/ChiTiet/{story.id}/{story.slug}"


def list_path(cat: int, page: int = 1) -> str:
    return f"/TinTuc?handler=DanhMuc&id={cat}" + (f"&p={page}" if page > 1 else "")


NEWEST = _by_date(STORIES)
SIDEBAR_NEW = NEWEST[:5]  # lower-case links (trap 2)
CAROUSEL = [BY_ID[1304], BY_ID[1301], BY_ID[1296]]  # links without slug (trap 3)


# --- rendering of the text ------------------------------------------------------------------


def _rel(path: str) -> str:
    """How the vendor's partials print a path under ``<base href="/">`` (trap 1)."""
    return path.lstrip("/")


def _img_tag(img: Img, alt: str) -> str:
    if img.style == "lazy":
        return (
            f'<img class="lazyload img-fluid" src="img/blank.gif" data-src="{esc(_rel(img.src))}" '
            f'alt="{esc(alt)}" width="800" height="533">'
        )
    return f'<img class="img-fluid" src="{esc(_rel(img.src))}" alt="{esc(alt)}" style="width:100%;height:auto">'


def _render_img(img: Img, alt: str) -> str:
    tag = _img_tag(img, alt)
    line = esc(img.printed) if img.printed else ""
    if img.style in ("fig", "lazy"):
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image">{tag}{cap}</figure>'
    if img.style == "p-em":
        return (
            f'<p style="text-align:center">{tag}</p>'
            f'<p style="text-align:center"><em>{line}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table class="hls-anh" align="center" border="0" cellpadding="3" cellspacing="0" '
            'style="width:90%"><tbody><tr><td>' + tag + "</td></tr>"
            '<tr><td style="text-align:center;background:#f3f3f3"><span style="font-size:12px">'
            + line
            + "</span></td></tr></tbody></table>"
        )
    # bare: the photo in a centred paragraph, its line (if any) in small italics under it
    out = f'<p style="text-align:center">{tag}</p>'
    if line:
        out += f'<p style="text-align:center"><span style="font-size:12px"><i>{line}</i></span></p>'
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    group: str | None = None  # "ul", "ol" or "table" open

    def close() -> None:
        nonlocal group
        if group == "table":
            out.append("</tbody></table>")
        elif group:
            out.append(f"</{group}>")
        group = None

    for block in story.blocks:
        style = block.style if isinstance(block, P) else ""
        want = {"li": "ul", "ol": "ol", "tr": "table", "trh": "table"}.get(style)
        if want != group:
            close()
            if want == "table":
                out.append('<table class="table table-bordered" border="1" cellpadding="4" style="width:100%"><tbody>')
            elif want:
                out.append(f"<{want}>")
            group = want
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            out.append(_render_img(block, story.title))
        elif style.startswith("<"):
            out.append(style)
        elif style in ("li", "ol"):
            out.append(f"<li>{esc(block.text)}</li>")
        elif style in ("tr", "trh"):
            cell = "td"
            cells = "".join(
                f"<{cell}>{'<strong>' + esc(c) + '</strong>' if style == 'trh' else esc(c)}</{cell}>"
                for c in block.text.split(" | ")
            )
            out.append(f"<tr>{cells}</tr>")
        elif style == "h":
            out.append(f"<h3><strong>{esc(block.text)}</strong></h3>")
        elif style == "b":
            out.append(f"<p><strong>{esc(block.text)}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote><p><em>{esc(block.text)}</em></p></blockquote>")
        else:
            out.append(f'<p style="text-align:justify">{esc(block.text)}</p>')
    close()
    return "\n".join(out)


# --- chrome ---------------------------------------------------------------------------------

_counter = itertools.count(1)


def _token() -> str:
    """A fresh anti-forgery token, as ASP.NET Core issues one per render."""
    n = next(_counter)
    return "CfDJ8" + opaque(f"lvc-af-{n}", 96).replace("+", "-").replace("/", "_").rstrip("=")


def _af_input() -> str:
    return f'<input name="__RequestVerificationToken" type="hidden" value="{_token()}">'


def _cut(text: str, n: int, dots: str) -> str:
    return text if len(text) <= n else text[:n].rstrip() + dots


def _dmy(story: Story) -> str:
    return _pub(story).strftime("%d/%m/%Y")


COOKIE_BANNER = """<div id="cookieConsent" class="alert alert-info alert-dismissible fade show hls-cookie" role="alert">
    Website sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Khi tiếp tục sử dụng, bạn đồng ý với <a href="/Privacy">chính sách cookie</a> của nhà trường. <a href="/Privacy">Tìm hiểu thêm</a>.
    <button type="button" class="accept-policy btn btn-sm btn-primary ms-2" data-bs-dismiss="alert" aria-label="Close" data-cookie-string=".AspNet.Consent=yes; expires=Sun, 05 Dec 2027 08:00:00 GMT; path=/; secure; samesite=none">
        <span aria-hidden="true">Đồng ý</span>
    </button>
</div>
<script>
    (function () {
        var button = document.querySelector("#cookieConsent button[data-cookie-string]");
        button.addEventListener("click", function (event) {
            document.cookie = button.dataset.cookieString;
        }, false);
    })();
</script>"""


def _menu() -> str:
    cats = "".join(
        f'<li><a class="dropdown-item" href="{esc(list_path(cid))}">{esc(name)}</a></li>'
        for cid, name in CATEGORIES.items()
    )
    return f"""<nav class="navbar navbar-expand-lg navbar-dark hls-menu" style="background:#0b4ea2">
  <div class="container">
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mnuChinh" aria-controls="mnuChinh" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="navbar-collapse collapse" id="mnuChinh">
      <ul class="navbar-nav flex-grow-1">
        <li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door-fill"></i> Trang chủ</a></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Giới thiệu</a>
          <ul class="dropdown-menu">
            <li><a class="dropdown-item" href="/GioiThieu">Lịch sử truyền thống</a></li>
            <li><a class="dropdown-item" href="/GioiThieu#cocau">Cơ cấu tổ chức</a></li>
          </ul></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button" data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a>
          <ul class="dropdown-menu">{cats}</ul></li>
        <li class="nav-item"><a class="nav-link" href="/VanBan/ChiTiet/57">Văn bản</a></li>
        <li class="nav-item"><a class="nav-link" href="/ThuVienAnh/Album/12">Thư viện ảnh</a></li>
        <li class="nav-item"><a class="nav-link" href="/LienHe">Liên hệ</a></li>
      </ul>
      <form class="d-flex" method="get" action="/TimKiem" role="search">
        <input class="form-control form-control-sm me-1" type="search" name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm">
        <button class="btn btn-sm btn-warning" type="submit"><i class="bi bi-search"></i></button>
      </form>
    </div>
  </div>
</nav>"""


def _sidebar() -> str:
    news = "".join(
        f'<li class="list-group-item px-0"><a href="{esc(article_path(s).lower())}">'
        f'{esc(s.title)}</a> <span class="text-muted small">({_dmy(s)})</span></li>'
        for s in SIDEBAR_NEW
    )
    return f"""<aside class="col-lg-4 hls-cotphai">
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td"><i class="bi bi-newspaper"></i> Tin mới</div>
    <div class="card-body py-1"><ul class="list-group list-group-flush hls-tinmoi">{news}</ul></div></div>
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td">Văn bản mới</div>
    <div class="card-body"><a href="/VanBan/ChiTiet/57">Kế hoạch số 142/KH-LVC thực hiện nhiệm vụ năm học 2026 – 2027</a></div></div>
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td">Thư viện ảnh</div>
    <div class="card-body"><a href="/ThuVienAnh/Album/12"><img class="img-fluid rounded" src="uploads/album/12/thumb_khai-giang.jpg" alt="Album ảnh"></a>
    <div class="small mt-1">Lễ khai giảng năm học 2026 – 2027</div></div></div>
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td">Thăm dò ý kiến</div>
    <div class="card-body"><form method="post" action="/?handler=BinhChon">
      <p class="small mb-1">Bạn đánh giá thế nào về website mới của nhà trường?</p>
      <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="1" id="bc1"><label class="form-check-label" for="bc1">Rất hữu ích</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="2" id="bc2"><label class="form-check-label" for="bc2">Hữu ích</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="LuaChon" value="3" id="bc3"><label class="form-check-label" for="bc3">Cần cải thiện</label></div>
      <button type="submit" class="btn btn-sm btn-primary mt-1">Bình chọn</button>
      {_af_input()}</form></div></div>
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td">Liên kết website</div>
    <div class="card-body"><select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://phuyen.edu.vn">Sở GD&amp;ĐT Phú Yên</option>
      <option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option></select></div></div>
  <div class="card mb-3 hls-khoi"><div class="card-header hls-khoi__td">Thống kê truy cập</div>
    <div class="card-body small hls-thongke"><div>Đang online: <b>27</b></div><div>Hôm nay: <b>1.043</b></div><div>Tổng truy cập: <b>2.318.776</b></div></div></div>
</aside>"""


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str, str | None]] | None = None,
    head: str = "",
    sidebar: bool = True,
) -> Response:
    trail = ""
    if crumbs is not None:
        items = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>')
            else:
                items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        trail = f'<nav aria-label="breadcrumb"><ol class="breadcrumb hls-dieuhuong">{"".join(items)}</ol></nav>'
    body = f'<div class="row"><div class="col-lg-8">{main}</div>{_sidebar()}</div>' if sidebar else main
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <title>{esc(title)}</title>
    {head}
    <link rel="icon" type="image/x-icon" href="favicon.ico" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.css" />
    <link rel="stylesheet" href="/css/site.css?v=pAGv4ietcJNk_EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0" />
</head>
<body>
<header>
  <div class="hls-topbar small py-1" style="background:#f1f5fb">
    <div class="container d-flex justify-content-between">
      <span><i class="bi bi-calendar3"></i> {HEADER_TODAY}</span>
      <span><i class="bi bi-telephone"></i> 0257 3823 456 &nbsp;|&nbsp; <a href="/Identity/Account/Login">Đăng nhập</a></span>
    </div>
  </div>
  <div class="container hls-banner py-2"><a href="/"><img src="img/banner-lvc.png" alt="{SITE_TITLE}" class="img-fluid"></a></div>
  {_menu()}
</header>
<div class="container mt-3">
    <main role="main" class="pb-3">
        {COOKIE_BANNER}
        {trail}
        {body}
    </main>
</div>
<footer class="border-top footer hls-chantrang text-white pt-3" style="background:#0b4ea2">
    <div class="container small">
        <p class="mb-1"><strong>TRƯỜNG TRUNG HỌC PHỔ THÔNG LƯƠNG VĂN CHÁNH</strong></p>
        <p class="mb-1">Địa chỉ: 32 Nguyễn Hữu Thọ, Phường 9, TP. Tuy Hòa, tỉnh Phú Yên</p>
        <p class="mb-1">Điện thoại: 0257 3823 456 – Email: c3luongvanchanh@phuyen.edu.vn</p>
        <p class="mb-0">&copy; 2026 - {SITE_TITLE}. Thiết kế và phát triển: Hoàng Long Soft.</p>
    </div>
</footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/lib/lazysizes/lazysizes.min.js" async></script>
<script src="/js/site.js?v=4q1jwFhaPaZgr8WAUSrux6hAuh0XDg9kPS3xIVq36I0"></script>
</body>
</html>"""
    headers = {
        "Set-Cookie": f".AspNetCore.Antiforgery.Xq3sdAsm1FI={_token()}; path=/; samesite=strict; httponly",
        "X-Powered-By": "ASP.NET",
    }
    return html(doc, headers=headers)


# --- pages ----------------------------------------------------------------------------------

_views: dict[int, int] = {}


def _meta_line(story: Story) -> str:
    pub = _pub(story)
    utc = pub.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    _views[story.id] = _views.get(story.id, 0) + 1
    views = story.views() + _views[story.id]
    printed = story.opts.get("printed_date") or pub.strftime("%d/%m/%Y - %H:%M")
    if int(story.cat) in EN_US_CATS:
        date = esc(printed)
    else:
        date = f'<time datetime="{utc}">{esc(printed)}</time>'
    return (
        '<div class="hls-ctbv__meta small text-muted mb-2">'
        f'<i class="bi bi-calendar3"></i> Ngày đăng: {date} | '
        f'<i class="bi bi-person"></i> Người đăng: {esc(story.opts.get("account", "admin"))} | '
        f'<i class="bi bi-eye"></i> Lượt xem: {views}</div>'
    )


def _head_meta(request: Request, story: Story) -> str:
    canon = base_url(request) + article_path(story)
    created = _pub(story) - timedelta(days=story.opts.get("created_days", 1), hours=2)
    created_utc = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    short = _cut(story.title, 60, "…")
    desc = story.summary or story.paragraphs[0]
    first_img = story.images[0].src if story.images else "/img/og-default.jpg"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": short,
        "datePublished": created_utc,
        "image": [base_url(request) + first_img],
        "publisher": {"@type": "Organization", "name": SITE_TITLE},
        "mainEntityOfPage": canon,
    }
    return (
        f'<meta name="description" content="{esc(_cut(desc, 160, "..."))}" />\n'
        f'    <link rel="canonical" href="{esc(canon)}" />\n'
        f'    <meta property="og:type" content="article" />\n'
        f'    <meta property="og:title" content="{esc(short)}" />\n'
        f'    <meta property="og:url" content="{esc(canon)}" />\n'
        f'    <meta property="og:image" content="{esc(base_url(request) + first_img)}" />\n'
        f'    <meta property="article:published_time" content="{created_utc}" />\n'
        f'    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )


def _files(story: Story) -> str:
    files = story.opts.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<tr><td>{i}</td><td><i class="bi bi-file-earmark-arrow-down"></i> '
        f'<a href="/uploads/files/{quote(name)}" target="_blank">{esc(label)}</a></td>'
        f'<td class="text-end"><a class="btn btn-sm btn-outline-primary" href="/uploads/files/{quote(name)}">Tải về</a></td></tr>'
        for i, (name, label) in enumerate(files, 1)
    )
    return (
        '<div class="hls-ctbv__file mt-3"><h6 class="fw-bold">Tệp đính kèm</h6>'
        f'<table class="table table-sm"><tbody>{rows}</tbody></table></div>'
    )


def _related(story: Story) -> str:
    others = [s for s in in_cat(int(story.cat)) if s.id != story.id][:3]
    items = "".join(
        f'<li><a href="{esc(_rel(article_path(s)))}">{esc(s.title)}</a> '
        f'<span class="text-muted small">({_dmy(s)})</span></li>'
        for s in others
    )
    return (
        '<div class="hls-ctbv__lq mt-4"><h5 class="hls-tieudekhoi border-bottom pb-1">Tin cùng chuyên '
        f'mục</h5><ul class="hls-dstin">{items}</ul></div>'
    )


def _comment_form(story: Story) -> str:
    action = f"{article_path(story)}?handler=GuiYKien"
    return f"""<div class="hls-ctbv__ykien mt-4"><h6 class="fw-bold">Gửi ý kiến</h6>
<form method="post" action="{esc(action)}">
  <div class="row g-2"><div class="col-md-6"><input class="form-control form-control-sm" name="HoTen" placeholder="Họ và tên"></div>
  <div class="col-md-6"><input class="form-control form-control-sm" type="email" name="Email" placeholder="Email"></div></div>
  <textarea class="form-control form-control-sm mt-2" name="NoiDung" rows="3" placeholder="Nội dung ý kiến"></textarea>
  <button class="btn btn-sm btn-primary mt-2" type="submit">Gửi ý kiến</button>
  {_af_input()}
</form></div>"""


def article_page(request: Request, story: Story) -> Response:
    cat = int(story.cat)
    sapo = (
        f'<div class="hls-ctbv__tt fw-bold mb-3">{esc(story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    tools = (
        '<div class="hls-ctbv__cc d-flex gap-2 small mb-2">'
        f'<a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + article_path(story), safe="")}" target="_blank"><i class="bi bi-facebook"></i> Chia sẻ</a>'
        '<a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()"><i class="bi bi-printer"></i> In bài</a>'
        '<span class="ms-auto">Cỡ chữ: <a href="javascript:void(0)" data-cochu="-1">A-</a> '
        '<a href="javascript:void(0)" data-cochu="0">A</a> <a href="javascript:void(0)" data-cochu="1">A+</a></span></div>'
    )
    content = render_blocks(story) + PRINT_ONLY.format(id=story.id, slug=story.slug)
    main = f"""<article class="hls-ctbv card border-0" data-id="{story.id}">
  <div class="card-body px-0">
    <h1 class="hls-ctbv__td h4 fw-bold text-primary">{esc(story.title)}</h1>
    {_meta_line(story)}
    {tools}
    {sapo}
    <div class="hls-ctbv__nd" id="noiDungTin">
{content}
    </div>
    {_files(story)}
    {_comment_form(story)}
    {_related(story)}
  </div>
</article>"""
    return page(
        request,
        f"{_cut(story.title, 60, '…')} | THPT Lương Văn Chánh",
        main,
        crumbs=[(CATEGORIES[cat], list_path(cat)), ("Chi tiết", None)],
        head=_head_meta(request, story),
    )


def gone_page(request: Request) -> Response:
    main = (
        '<div class="alert alert-warning my-4"><i class="bi bi-exclamation-triangle"></i> '
        "Bài viết không tồn tại hoặc đã bị gỡ bỏ.</div>"
        '<p><a href="/">Quay về trang chủ</a></p>'
    )
    return page(request, "Thông báo | THPT Lương Văn Chánh", main, crumbs=[("Tin tức", None)])


def _item(story: Story) -> str:
    thumb = story.images[0].src.replace("/uploads/images/", "/uploads/images/thumb/") if story.images else "/img/no-image.png"
    teaser = story.summary or story.paragraphs[0]
    return f"""<div class="row g-3 mb-3 hls-dm__muc">
  <div class="col-4"><a href="{esc(_rel(article_path(story)))}"><img class="img-fluid rounded" src="{esc(_rel(thumb))}" alt=""></a></div>
  <div class="col-8"><h3 class="h6 fw-bold mb-1"><a href="{esc(_rel(article_path(story)))}" title="{esc(story.title)}">{esc(_cut(story.title, 70, "..."))}</a></h3>
    <div class="small text-muted mb-1"><i class="bi bi-clock"></i> {_dmy(story)}</div>
    <p class="mb-0 small">{esc(_cut(teaser, 180, "..."))}</p></div>
</div>"""


def _pager(cat: int, cur: int, last: int) -> str:
    def li(label: str, target: int | None, active: bool = False, aria: str = "") -> str:
        if active:
            return f'<li class="page-item active" aria-current="page"><span class="page-link">{label}</span></li>'
        if target is None:
            return f'<li class="page-item disabled"><a class="page-link" href="#" tabindex="-1" aria-disabled="true">{label}</a></li>'
        lab = f' aria-label="{aria}"' if aria else ""
        return f'<li class="page-item"><a class="page-link" href="{esc(list_path(cat, target))}"{lab}>{label}</a></li>'

    items = [
        li("&laquo;", 1 if cur > 1 else None, aria="Trang đầu"),
        li("&lsaquo;", cur - 1 if cur > 1 else None, aria="Trang trước"),
    ]
    items += [li(str(n), n, active=n == cur) for n in range(1, last + 1)]
    items += [
        li("&rsaquo;", cur + 1 if cur < last else None, aria="Trang sau"),
        li("&raquo;", last if cur < last else None, aria="Trang cuối"),
    ]
    return (
        '<div class="d-flex justify-content-between align-items-center mt-3 hls-phantrang">'
        f'<span class="small text-muted">Trang {cur}/{last}</span>'
        f'<nav aria-label="Phân trang"><ul class="pagination pagination-sm mb-0">{"".join(items)}</ul></nav></div>'
    )


def listing_page(request: Request, cat: int, raw_p: str | None) -> Response:
    stories = in_cat(cat)
    last = max(1, -(-len(stories) // PAGE_SIZE))
    try:
        cur = int(raw_p) if raw_p else 1
    except ValueError:
        cur = 1
    cur = min(max(cur, 1), last)
    chunk = stories[(cur - 1) * PAGE_SIZE : cur * PAGE_SIZE]
    main = (
        f'<div class="hls-dm"><h2 class="hls-dm__ten h5 fw-bold text-uppercase border-bottom pb-2">{esc(CATEGORIES[cat])}</h2>'
        + "".join(_item(s) for s in chunk)
        + _pager(cat, cur, last)
        + "</div>"
    )
    title = f"{CATEGORIES[cat]}" + (f" - Trang {cur}" if cur > 1 else "") + " | THPT Lương Văn Chánh"
    return page(request, title, main, crumbs=[("Tin tức", None), (CATEGORIES[cat], None)])


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="/TinTuc/ChiTiet/{s.id}">'
        f'<img class="d-block w-100" src="{esc(_rel(s.images[0].src))}" alt="{esc(s.title)}"></a>'
        f'<div class="carousel-caption d-none d-md-block"><h5>{esc(s.title)}</h5></div></div>'
        for i, s in enumerate(CAROUSEL)
    )
    newest = "".join(_item(s) for s in NEWEST[:4])
    doan = "".join(
        f'<li><a href="{esc(_rel(article_path(s)))}">{esc(s.title)}</a></li>' for s in in_cat(5)[:3]
    )
    tb = "".join(
        f'<li><i class="bi bi-bell"></i> <a href="{esc(_rel(article_path(s)))}">{esc(s.title)}</a> '
        f'<span class="badge bg-danger">{_dmy(s)}</span></li>'
        for s in in_cat(8)[:2]
    )
    main = f"""<div id="slideTinNoiBat" class="carousel slide mb-3" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
  <button class="carousel-control-prev" type="button" data-bs-target="#slideTinNoiBat" data-bs-slide="prev"><span class="carousel-control-prev-icon" aria-hidden="true"></span><span class="visually-hidden">Trước</span></button>
  <button class="carousel-control-next" type="button" data-bs-target="#slideTinNoiBat" data-bs-slide="next"><span class="carousel-control-next-icon" aria-hidden="true"></span><span class="visually-hidden">Sau</span></button></div>
<section class="hls-trangchu__khoi mb-3"><h2 class="h5 fw-bold border-bottom pb-2"><a href="{esc(list_path(3))}">Tin mới nhất</a></h2>{newest}</section>
<section class="hls-trangchu__khoi mb-3"><h2 class="h5 fw-bold border-bottom pb-2"><a href="{esc(list_path(5))}">Hoạt động Đoàn</a></h2><ul class="hls-dstin">{doan}</ul></section>
<section class="hls-trangchu__khoi mb-3"><h2 class="h5 fw-bold border-bottom pb-2"><a href="{esc(list_path(8))}">Thông báo</a></h2><ul class="list-unstyled hls-thongbao">{tb}</ul></section>"""
    return page(request, "Trang chủ | Trường THPT Lương Văn Chánh - Phú Yên", main)


# --- pages that are not articles --------------------------------------------------------------


def intro_page(request: Request) -> Response:
    main = """<div class="hls-trangtinh"><h1 class="h4 fw-bold text-primary">Lịch sử truyền thống</h1>
<p>Trường THPT Lương Văn Chánh được thành lập năm 1990, mang tên danh tướng Lương Văn Chánh, người có công lớn trong việc khai khẩn vùng đất Phú Yên cuối thế kỷ XVI.</p>
<p>Trải qua hơn 35 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều thế hệ học sinh đã trưởng thành và đóng góp cho quê hương, đất nước.</p>
<h2 id="cocau" class="h5 fw-bold">Cơ cấu tổ chức</h2>
<ul><li>Ban Giám hiệu: 01 Hiệu trưởng, 03 Phó Hiệu trưởng</li><li>09 tổ chuyên môn và Tổ Văn phòng</li><li>36 lớp với hơn 1.300 học sinh</li></ul></div>"""
    return page(request, "Giới thiệu | THPT Lương Văn Chánh", main, crumbs=[("Giới thiệu", None)])


def contact_page(request: Request) -> Response:
    main = f"""<div class="hls-lienhe"><h1 class="h4 fw-bold text-primary">Liên hệ</h1>
<p>Trường THPT Lương Văn Chánh – 32 Nguyễn Hữu Thọ, Phường 9, TP. Tuy Hòa, tỉnh Phú Yên</p>
<p>Điện thoại: 0257 3823 456 – Email: c3luongvanchanh@phuyen.edu.vn</p>
<form method="post" action="/LienHe">
  <input class="form-control mb-2" name="HoTen" placeholder="Họ và tên">
  <input class="form-control mb-2" name="Email" placeholder="Email">
  <textarea class="form-control mb-2" name="NoiDung" rows="4" placeholder="Nội dung"></textarea>
  <button class="btn btn-primary" type="submit">Gửi liên hệ</button>
  {_af_input()}
</form></div>"""
    return page(request, "Liên hệ | THPT Lương Văn Chánh", main, crumbs=[("Liên hệ", None)])


def privacy_page(request: Request) -> Response:
    main = """<div class="hls-trangtinh"><h1 class="h4 fw-bold text-primary">Chính sách cookie</h1>
<p>Website của Trường THPT Lương Văn Chánh sử dụng cookie để ghi nhớ lựa chọn của người dùng và thống kê lượt truy cập.</p>
<p>Chúng tôi không thu thập thông tin cá nhân khi bạn xem tin bài; thông tin gửi qua biểu mẫu liên hệ chỉ dùng để trả lời bạn.</p></div>"""
    return page(request, "Chính sách cookie | THPT Lương Văn Chánh", main, crumbs=[("Chính sách cookie", None)])


def document_page(request: Request) -> Response:
    main = """<div class="hls-vb"><h1 class="h5 fw-bold text-primary">Kế hoạch số 142/KH-LVC thực hiện nhiệm vụ năm học 2026 – 2027</h1>
<table class="table table-bordered table-sm"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>142/KH-LVC</td></tr>
<tr><th>Ngày ban hành</th><td>05/09/2026</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường THPT Lương Văn Chánh</td></tr>
<tr><th>Người ký</th><td>Nguyễn Văn Hùng</td></tr>
<tr><th>Trích yếu</th><td>Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/files/KH-142-LVC-nhiem-vu-nam-hoc-2026-2027.pdf">KH-142-LVC-nhiem-vu-nam-hoc-2026-2027.pdf</a></td></tr>
</tbody></table></div>"""
    return page(request, "Văn bản | THPT Lương Văn Chánh", main, crumbs=[("Văn bản", None), ("142/KH-LVC", None)])


def album_page(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-6 col-md-4"><a href="uploads/album/12/khai-giang-{i:02d}.jpg" data-fancybox="album">'
        f'<img class="img-fluid rounded" src="uploads/album/12/thumb_khai-giang-{i:02d}.jpg" alt="Khai giảng {i}"></a></div>'
        for i in range(1, 7)
    )
    main = f"""<div class="hls-album"><h1 class="h5 fw-bold text-primary">Lễ khai giảng năm học 2026 – 2027</h1>
<p class="small text-muted">06 ảnh – Cập nhật: 06/09/2026</p><div class="row g-2">{pics}</div></div>"""
    return page(request, "Thư viện ảnh | THPT Lương Văn Chánh", main, crumbs=[("Thư viện ảnh", None)])


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in NEWEST if q and q.lower() in s.title.lower()]
    rows = "".join(f'<li><a href="{esc(_rel(article_path(s)))}">{esc(s.title)}</a></li>' for s in hits)
    main = (
        f'<div class="hls-timkiem"><h1 class="h5 fw-bold">Kết quả tìm kiếm: “{esc(q)}”</h1>'
        f'<p class="small">Tìm thấy {len(hits)} kết quả.</p><ul>{rows}</ul></div>'
    )
    return page(request, "Tìm kiếm | THPT Lương Văn Chánh", main, crumbs=[("Tìm kiếm", None)])


def login_page(request: Request) -> Response:
    main = f"""<div class="row justify-content-center"><div class="col-md-5"><h1 class="h5 fw-bold">Đăng nhập quản trị</h1>
<form id="account" method="post" action="/Identity/Account/Login">
  <input class="form-control mb-2" name="Input.UserName" placeholder="Tên đăng nhập">
  <input class="form-control mb-2" type="password" name="Input.Password" placeholder="Mật khẩu">
  <button class="btn btn-primary w-100" type="submit">Đăng nhập</button>
  {_af_input()}
</form></div></div>"""
    return page(request, "Đăng nhập | THPT Lương Văn Chánh", main, sidebar=False)


def _thanks(request: Request, text_: str) -> Response:
    return page(request, "Thông báo | THPT Lương Văn Chánh", f'<div class="alert alert-success my-4">{esc(text_)}</div>')


def _bad_request() -> Response:
    return Response(400, b"", {"Content-Type": "text/plain"})


def _has_token(request: Request) -> bool:
    return request.form.get("__RequestVerificationToken", "").startswith("CfDJ8")


# --- the site -------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tintuc/chitiet/(\d+)(?:/([^/]+))?/?$")
_STATIC_ROOTS = ("/uploads/", "/img/", "/css/", "/js/", "/lib/")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        handler = params.get("handler", "").lower()

        if low.startswith("/uploads/files/"):
            name = low.rsplit("/", 1)[-1]
            if name.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if name.endswith(".docx"):
                return Response(
                    200,
                    b"PK\x03\x04 word/document.xml",
                    {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                )
            return None
        if low.startswith(_STATIC_ROOTS) or low == "/favicon.ico":
            return _static(low)

        if request.method == "POST":
            return self._post(request, low, handler)

        if low in ("/", "/index"):
            if handler:
                return None
            return home_page(request)
        if low == "/tintuc":
            if handler == "danhmuc":
                try:
                    cat = int(params.get("id", ""))
                except ValueError:
                    return None
                if cat in CATEGORIES:
                    return listing_page(request, cat, params.get("p"))
            return None
        m = _ARTICLE.match(low)
        if m:
            if handler:
                return None
            story = BY_ID.get(int(m.group(1)))
            if story is None:
                return gone_page(request)  # soft 404, as the vendor's page does (trap 9)
            return article_page(request, story)
        simple = {
            "/gioithieu": intro_page,
            "/lienhe": contact_page,
            "/privacy": privacy_page,
            "/vanban/chitiet/57": document_page,
            "/thuvienanh/album/12": album_page,
            "/timkiem": search_page,
            "/identity/account/login": login_page,
        }
        fn = simple.get(low.rstrip("/") or "/")
        return fn(request) if fn else None

    def _post(self, request: Request, low: str, handler: str) -> Response | None:
        m = _ARTICLE.match(low)
        known = (m and handler == "guiykien" and int(m.group(1)) in BY_ID) or (
            low == "/" and handler == "binhchon"
        ) or low in ("/lienhe", "/identity/account/login")
        if not known:
            return None
        if not _has_token(request):
            return _bad_request()
        if low == "/identity/account/login":
            return _thanks(request, "Tên đăng nhập hoặc mật khẩu không đúng.")
        if handler == "binhchon":
            return _thanks(request, "Cảm ơn bạn đã tham gia bình chọn.")
        return _thanks(request, "Ý kiến của bạn đã được gửi và đang chờ duyệt.")


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story in CAROUSEL:
        alts.append(f"/TinTuc/ChiTiet/{story.id}")
    if story in SIDEBAR_NEW:
        alts.append(article_path(story).lower())
    return alts


GOLD = [
    gold_record(
        story,
        article_path(story),
        CATEGORIES[int(story.cat)],
        canonical_path=article_path(story),
        alt_paths=_alt_paths(story),
    )
    for story in NEWEST
]

NON_ARTICLES = [
    "/GioiThieu",
    "/LienHe",
    "/Privacy",
    "/VanBan/ChiTiet/57",
    "/ThuVienAnh/Album/12",
]
