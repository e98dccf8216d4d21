"""Pico CMS 2.1 (flat-file PHP, Markdown + YAML front matter) at Trường THCS Nguyễn Trãi, Thạch Thất.

Platform
--------
Pico CMS 2.1 with URL rewriting *off*: the query string is the page path (``/?tin-tuc/2026/<slug>``,
Pico cuts the query at the first ``&`` and ignores a component holding ``=``). The host later
turned rewriting on for a while, so some hand-typed links use ``/tin-tuc/2026/<slug>`` and a few
``/index.php?tin-tuc/2026/<slug>``: all serve the same page (Pico reads the query first, then the
path). The theme is "notepaper" adapted by a teacher (Vietnamese ids/classes, a right column,
a menu bar with drop-downs); the news index uses the PicoPagination plugin (5 per page,
``/?tin-tuc``, ``/?tin-tuc/page/2``, ``/?tin-tuc/page/3``).

Page templates
--------------
- ``/`` (index.md): welcome text, a hand-typed "Thông báo mới" strip (``/index.php?…`` links),
  six newest teasers, "Xem tất cả" to ``/?tin-tuc``.
- ``/?tin-tuc`` and ``/?tin-tuc/page/N`` (N = 2, 3): PicoPagination list, 5 per page, date in
  Pico's default ``date_format`` ``%D %T`` (``12/04/26 08:00:00``: month/day/2-digit year).
- ``/?chuyen-muc/<slug>``: a teacher's "category" page (template filtering ``meta.category``)
  that shows only the **two** newest of its category and has no pager.
- ``/?tin-tuc/2026/<slug>``: the article (template ``baiviet``): breadcrumb, ``<h2 class="tde">``
  title, "Ngày đăng: dd/mm/YYYY HH:MM | Đăng bởi: <account> | Lượt xem", the front matter's
  Description printed as a grey lead on some pages, the Markdown body (Parsedown Extra), share
  and print tools, keywords, "Các tin khác" (the four newest other articles).
- Non-articles: ``/?gioi-thieu``, ``/?lien-he``, ``/?doi-ngu``, ``/?thu-vien-anh/ngay-nha-giao-2026``
  (album), ``/?van-ban/<slug>`` (two document entries, listed at ``/?van-ban``).

How each gold article is reached
--------------------------------
Every article is on one of the three news-index pages (the index is sorted by date, undated
last). Category pages reach A1-A5, A7-A10 and A13; the sidebar's "Đọc nhiều" links A2, A3, A5
in the rewrite form; the home page reaches A1-A6 and (via ``/index.php?``) A1 and A9; A7's
"Xem thêm" reaches A11 with ``&fbclid=…``. A6 is on the home teaser list, but **A12** is reachable
only from ``/?tin-tuc/page/3`` and A11 otherwise only from page 3.

Traps
-----
1. URL forms: ``/?tin-tuc/2026/x``, ``/tin-tuc/2026/x`` (sidebar "Đọc nhiều"), ``/index.php?tin-tuc/2026/x``
   (home notice strip) and ``/?tin-tuc/2026/x&fbclid=…`` (a Facebook share pasted back) serve the
   same page with no canonical link. Gold: one record per article at ``/?tin-tuc/2026/x``, the
   linked variants in ``alt_paths``.
2. Listing dates in Pico's default ``%D %T`` ("11/02/26 07:30:00" = 2 Nov 2026, US order, 2-digit
   year) while the article prints "02/11/2026 07:30". Gold: the article page's date.
3. A front matter ``Date`` without a time prints "28/11/2026 00:00" on the article. Gold: the day
   alone ("2026-11-28").
4. Chrome dates: the header's today ("Thứ Bảy, 05/12/2026") and the footer's "Cập nhật lần cuối"
   (the content folder's mtime) are never the publication date; one page (A13) has no Date at all
   and prints no date line. Gold: ``published_at`` null for A13.
5. The ``<h1>`` of every page is the school's name; the article title is an ``<h2 class="tde">`` and
   the ``<title>`` carries a " | THCS Nguyễn Trãi - Thạch Thất" suffix. Gold: the h2 as printed
   (the "🎉 " typed in A5's title, A5's closing "💐" and A13's "👉 " line start kept as text).
6. Sapo: the Description of the front matter is printed as ``<p class="mota-ngan">`` above the
   body on some pages (summary, body's first paragraph) and only in ``<meta name="description">``
   on others (summary null); A12 opens with a bold lead paragraph (summary).
7. Images: the Markdown alt is the camera's file name ("IMG_5521.JPG"); the caption is the next
   ``<p><em>`` line or an ``<em>`` after a ``<br>`` in the image's paragraph; "(…)" parentheses
   taken off; a line "(Ảnh: X)" only credits a photographer (caption None, X photographer);
   listing thumbnails (``/assets/thumbs/…``) are not article images.
8. Bylines: "Đăng bởi: admin"/"quantri" in the info line is the CMS account (nobody); a
   right-aligned "Tổ Ngữ văn" signs alone (author as printed); "Tin, ảnh: Nguyễn Thu Hằng - GV Tổ
   KHTN" (author and photographer, post dropped); "Tin: X – Ảnh: Y"; "ThS. Phạm Thị Lan – Phó Hiệu
   trưởng" -> "Phạm Thị Lan"; a signature "BBT" -> nobody; "Công đoàn trường", "Tổ Xã hội" and a
   bare "Trần Quốc Huy" signing alone are the authors as printed.
9. A1 is an official notice typed as raw HTML tables in the Markdown (letterhead, "Số:", place and
   date, "THÔNG BÁO / Về việc …", "Nơi nhận", signer). Gold: letterhead day 2026-12-03 (not the
   front matter's 04/12 08:00), signer Nguyễn Văn Thành the author, only the notice's text is body
   (its schedule table's rows are paragraphs).
10. Parsedown Extra footnotes in A4: bare ``<sup>`` numbers linking to ``#fn:1`` (not text) and a
    ``<div class="footnotes">`` after the signature whose entries end in a "↩" back-link. Gold: the
    notes are body paragraphs (without the ↩), after the text; the signature "Tổ Ngữ văn" printed
    between the text and the notes is the author, not body.
11. A6's Markdown was pasted from a Mac: title and body in NFD. Gold: NFC.
12. Not body: "Xem thêm: <link>" and "Tệp đính kèm: …" lines typed in the Markdown, the
    keywords line, share/print tools, "Các tin khác", bylines and source lines; a closing "Theo
    Báo Hà Nội Mới" is the source while A8's "Theo kế hoạch, …" sentence is text.
13. Discovery: category pages show only two items and have no pager; A12 is reachable only from
    ``/?tin-tuc/page/3``; a ``<br>`` inside a paragraph (A10) splits it in two.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the last crumb of the breadcrumb (the front matter's Category: "Hoạt động
  chuyên môn", "Đoàn - Đội", …), not the section "Tin tức".
- The official notice's schedule table header row is a paragraph like the other rows.
- A3's photographer comes from both the byline and the credit line; listed once.
- The grey Description lead, when printed, is the sapo even though it is also the meta
  description (it is printed as its own element).
"""

from __future__ import annotations

from urllib.parse import unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "pico_cms_thcs"
PLATFORM = "Pico CMS 2.1 (notepaper theme, PicoPagination), rewrite off"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Trãi"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 5

CATS = {
    "Hoạt động chuyên môn": "hoat-dong-chuyen-mon",
    "Đoàn - Đội": "doan-doi",
    "Thông báo": "thong-bao",
    "Tin hoạt động": "tin-hoat-dong",
    "Tin giáo dục": "tin-giao-duc",
    "Góc học tập": "goc-hoc-tap",
}

_IMG = "/assets/tin-tuc/2026/"

# --- the articles ------------------------------------------------------------------------------

A1 = Story(
    1,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i",
    "Thông báo lịch kiểm tra cuối học kì I năm học 2026 – 2027",
    "Thông báo",
    "2026-12-03",
    [
        Raw(
            '<table class="vb-dau" style="width:100%;border:0"><tbody>'
            '<tr><td style="text-align:center;width:40%">UBND HUYỆN THẠCH THẤT<br>'
            "<strong>TRƯỜNG THCS NGUYỄN TRÃI</strong></td>"
            '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
            '<tr><td style="text-align:center">Số: 215/TB-THCSNT</td>'
            '<td style="text-align:center"><em>Thạch Thất, ngày 03 tháng 12 năm 2026</em></td></tr>'
            "</tbody></table>\n"
            '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>\n'
            "<strong>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 – 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 – 2027; căn cứ hướng dẫn của Phòng "
            "Giáo dục và Đào tạo huyện Thạch Thất về việc kiểm tra, đánh giá cuối học kì I, Trường "
            "THCS Nguyễn Trãi thông báo lịch kiểm tra cuối học kì I như sau:"
        ),
        P("1. Thời gian kiểm tra các môn tập trung", "h4"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("2. Các môn còn lại", "h4"),
        P(
            "Các môn Khoa học tự nhiên, Lịch sử và Địa lí, Giáo dục công dân, Công nghệ, Tin học "
            "kiểm tra theo lịch của từng tổ chuyên môn, hoàn thành trước ngày 20/12/2026."
        ),
        P("3. Tổ chức thực hiện", "h4"),
        P(
            "Giáo viên chủ nhiệm phổ biến lịch kiểm tra tới học sinh và cha mẹ học sinh; học sinh "
            "có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."
        ),
        P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./."),
        Raw(
            '<table class="vb-cuoi" style="width:100%;border:0"><tbody><tr>'
            '<td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br>'
            "- Phòng GD&amp;ĐT (để b/c);<br>- CB, GV, NV, HS toàn trường;<br>- Lưu: VT.</td>"
            '<td style="text-align:center;vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br>'
            "<em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thành</strong></td>"
            "</tr></tbody></table>"
        ),
    ],
    authors=["Nguyễn Văn Thành"],
    opts={"printed": "04/12/2026 08:00", "listed": "12/04/26 08:00:00", "account": "admin",
          "sort": "2026-12-04T08:00", "desc": "Lịch kiểm tra cuối học kì I năm học 2026-2027"},
)

A2 = Story(
    2,
    "hoc-sinh-dat-5-giai-khkt-cap-huyen",
    "Học sinh Trường THCS Nguyễn Trãi đạt 5 giải cấp huyện cuộc thi Khoa học kĩ thuật",
    "Hoạt động chuyên môn",
    "2026-12-02T16:15:00+07:00",
    [
        P(
            "Cuộc thi diễn ra trong hai ngày 28 và 29/11/2026 tại Trường THCS Thạch Thất với 64 dự án "
            "của 27 trường THCS trong huyện, thuộc các lĩnh vực kĩ thuật cơ khí, khoa học môi trường, "
            "hệ thống nhúng và khoa học xã hội – hành vi."
        ),
        Img(
            _IMG + "khkt-1.jpg",
            "Em Nguyễn Hoàng Nam (lớp 9A2) trình bày dự án trước Ban giám khảo",
            "Em Nguyễn Hoàng Nam (lớp 9A2) trình bày dự án trước Ban giám khảo",
        ),
        P(
            "Dự án “Hệ thống tưới rau tự động sử dụng cảm biến độ ẩm đất” của nhóm học sinh lớp 9A2 "
            "đạt giải Nhất và được chọn tham dự vòng thi cấp thành phố."
        ),
        P(
            "Hai dự án về phân loại rác thải tại nguồn và khảo sát thói quen đọc sách của học sinh "
            "nông thôn cũng được Ban giám khảo đánh giá cao về tính thực tiễn."
        ),
        Img(
            _IMG + "khkt-2.jpg",
            "(Các em học sinh đoạt giải chụp ảnh lưu niệm cùng thầy cô hướng dẫn)",
            "Các em học sinh đoạt giải chụp ảnh lưu niệm cùng thầy cô hướng dẫn",
        ),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Nguyễn Thu Hằng - GV Tổ KHTN</strong></p>'),
    ],
    authors=["Nguyễn Thu Hằng"],
    photographers=["Nguyễn Thu Hằng"],
    summary=(
        "Với 3 dự án tham dự, học sinh nhà trường đã xuất sắc giành 1 giải Nhất, 2 giải Nhì và "
        "2 giải Ba tại cuộc thi Khoa học kĩ thuật dành cho học sinh trung học cấp huyện năm học "
        "2026 – 2027 do Phòng GD&ĐT Thạch Thất tổ chức."
    ),
    sapo_outside=True,
    opts={"printed": "02/12/2026 16:15", "listed": "12/02/26 16:15:00", "account": "admin",
          "sort": "2026-12-02T16:15", "lead": True},
)

A3 = Story(
    3,
    "phien-cho-ke-hoach-nho-ung-ho-hoc-sinh-vung-lu",
    "Liên đội tổ chức phiên chợ “Kế hoạch nhỏ” gây quỹ ủng hộ học sinh vùng lũ",
    "Đoàn - Đội",
    "2026-11-28",
    [
        P(
            "Sáng 27/11/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức phiên chợ “Kế hoạch nhỏ” với "
            "18 gian hàng của 18 chi đội, thu về hơn 23 triệu đồng để ủng hộ học sinh các tỉnh miền "
            "Trung bị ảnh hưởng bởi mưa lũ."
        ),
        Img(_IMG + "cho-ke-hoach-nho-1.jpg", "(Ảnh: Phạm Gia Bảo)", None),
        P(
            "Các mặt hàng do chính các em học sinh làm ra hoặc quyên góp: sách cũ, đồ dùng học tập, "
            "cây cảnh mini, bánh trôi, xôi ngũ sắc và nhiều món đồ thủ công xinh xắn."
        ),
        Img(
            _IMG + "cho-ke-hoach-nho-2.jpg",
            "Các gian hàng của liên đội thu hút đông đảo phụ huynh",
            "Các gian hàng của liên đội thu hút đông đảo phụ huynh",
            style="br",
        ),
        P(
            "Toàn bộ số tiền thu được đã được Liên đội chuyển tới Hội đồng Đội huyện Thạch Thất để "
            "trao tận tay các bạn học sinh vùng lũ trước dịp Tết Nguyên đán."
        ),
        Raw('<p style="text-align:right"><em>Tin: Lê Minh Đức – Ảnh: Phạm Gia Bảo</em></p>'),
    ],
    authors=["Lê Minh Đức"],
    photographers=["Phạm Gia Bảo"],
    opts={"printed": "28/11/2026 00:00", "listed": "11/28/26 00:00:00", "account": "quantri",
          "sort": "2026-11-28T00:00", "desc": "Phiên chợ Kế hoạch nhỏ của Liên đội"},
)

A4 = Story(
    4,
    "chuyen-de-cum-ngu-van-8",
    "Chuyên đề cấp cụm: Dạy học phát triển năng lực môn Ngữ văn 8",
    "Hoạt động chuyên môn",
    "2026-11-25T10:00:00+07:00",
    [
        P(
            "Ngày 24/11/2026, Tổ Ngữ văn nhà trường đăng cai tổ chức chuyên đề cấp cụm số 3 với chủ "
            "đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển năng lực”."
        ),
        P(
            "Tham dự chuyên đề có đại diện Phòng GD&ĐT huyện Thạch Thất cùng 42 giáo viên Ngữ văn "
            "của 6 trường THCS trong cụm."
        ),
        Img(
            _IMG + "chuyen-de-van-8.jpg",
            "Cô Đỗ Thị Mai dạy minh họa tiết 45 – Văn bản nghị luận",
            "Cô Đỗ Thị Mai dạy minh họa tiết 45 – Văn bản nghị luận",
        ),
        P(
            "Tiết dạy minh họa của cô Đỗ Thị Mai tại lớp 8A3 được tổ chức theo hình thức học theo "
            "trạm, học sinh chủ động tìm luận điểm, lí lẽ và bằng chứng trong văn bản."
        ),
        P("Những điểm đáng chú ý trong phần thảo luận:", "h3"),
        P("Thiết kế câu hỏi đọc hiểu theo ba mức độ nhận biết, thông hiểu, vận dụng;", "li"),
        P("Sử dụng phiếu học tập và sơ đồ tư duy để học sinh tự đánh giá;", "li"),
        P("Tăng cường liên hệ văn bản với đời sống của học sinh vùng ven đô.", "li"),
        P(
            "Chuyên đề khép lại với nhiều ý kiến đóng góp thiết thực, giúp giáo viên trong cụm có "
            "thêm kinh nghiệm triển khai Chương trình giáo dục phổ thông 2018."
        ),
        Raw('<p style="text-align:right"><strong>Tổ Ngữ văn</strong></p>'),
        P(
            "Công văn số 1125/PGDĐT-THCS ngày 05/10/2026 của Phòng GD&ĐT Thạch Thất về "
            "sinh hoạt chuyên môn theo cụm.",
            "fn",
        ),
        P("Bài 6, sách giáo khoa Ngữ văn 8, bộ Kết nối tri thức với cuộc sống.", "fn"),
    ],
    authors=["Tổ Ngữ văn"],
    opts={"printed": "25/11/2026 10:00", "listed": "11/25/26 10:00:00", "account": "admin",
          "sort": "2026-11-25T10:00", "fn_after": ["phát triển năng lực”", "bằng chứng trong văn bản"]},
)

A5 = Story(
    5,
    "le-ki-niem-44-nam-ngay-nha-giao-viet-nam",
    "🎉 Lễ kỉ niệm 44 năm ngày Nhà giáo Việt Nam 20/11/2026",
    "Tin hoạt động",
    "2026-11-20T09:45:00+07:00",
    [
        P(
            "Sáng 20/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỉ niệm 44 năm ngày "
            "Nhà giáo Việt Nam với sự tham dự của lãnh đạo xã Thạch Xá, Ban đại diện cha mẹ học "
            "sinh và các thế hệ thầy cô giáo nhà trường."
        ),
        Img(
            _IMG + "20-11-1.jpg",
            "Thầy Hiệu trưởng Nguyễn Văn Thành phát biểu tại buổi lễ",
            "Thầy Hiệu trưởng Nguyễn Văn Thành phát biểu tại buổi lễ",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thành điểm lại những thành tích nổi "
            "bật của nhà trường trong năm học 2025 – 2026: 12 giải học sinh giỏi cấp thành phố, "
            "tỉ lệ đỗ vào lớp 10 công lập đạt 87,5%."
        ),
        Img(_IMG + "20-11-2.jpg", None, None, style="none"),
        P(
            "Nhân dịp này, 9 thầy cô được nhận Giấy khen của Chủ tịch UBND huyện vì đã có thành tích "
            "xuất sắc trong công tác giảng dạy."
        ),
        Img(
            _IMG + "20-11-3.jpg",
            "Tiết mục văn nghệ chào mừng của học sinh khối 6",
            "Tiết mục văn nghệ chào mừng của học sinh khối 6",
        ),
        P("Buổi lễ kết thúc trong không khí ấm áp, xúc động và tràn đầy tri ân. 💐"),
        Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
    ],
    opts={"printed": "20/11/2026 09:45", "listed": "11/20/26 09:45:00", "account": "admin",
          "sort": "2026-11-20T09:45", "desc": "Lễ kỉ niệm ngày Nhà giáo Việt Nam 20/11"},
)

A6 = Story(
    6,
    "hoi-thi-giao-vien-day-gioi-cap-truong",
    "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    "Hoạt động chuyên môn",
    "2026-11-18T15:00:00+07:00",
    [
        P(
            "Từ ngày 02/11 đến 16/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường "
            "với 14 giáo viên dự thi ở 8 môn học."
        ),
        P(
            "Mỗi giáo viên trình bày một biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết "
            "thực hành trên lớp, được Ban giám khảo đánh giá theo Công văn 5512 của Bộ GD&ĐT."
        ),
        P("Kết quả một số giáo viên đạt giải:", "strong"),
        P("Họ và tên | Môn | Xếp loại", "th"),
        P("Đỗ Thị Mai | Ngữ văn | Giỏi – Giải Nhất", "tr"),
        P("Trần Quốc Huy | Toán | Giỏi – Giải Nhì", "tr"),
        P("Nguyễn Thu Hằng | Khoa học tự nhiên | Giỏi – Giải Nhì", "tr"),
        P(
            "Ba giáo viên đạt giải cao nhất sẽ được nhà trường đề cử tham dự Hội thi giáo viên dạy "
            "giỏi cấp huyện vào tháng 3/2027."
        ),
        Raw('<p style="text-align:right"><em>ThS. Phạm Thị Lan – Phó Hiệu trưởng</em></p>'),
    ],
    authors=["Phạm Thị Lan"],
    opts={"printed": "18/11/2026 15:00", "listed": "11/18/26 15:00:00", "account": "admin",
          "sort": "2026-11-18T15:00", "nfd": True},
)

A7 = Story(
    7,
    "ngoai-khoa-em-yeu-lich-su-thang-long-ha-noi",
    "Ngoại khóa “Em yêu lịch sử Thăng Long – Hà Nội” cho học sinh khối 7",
    "Tin hoạt động",
    "2026-11-12",
    [
        P(
            "Nhằm giúp học sinh hiểu thêm về truyền thống nghìn năm văn hiến của Thủ đô, ngày "
            "11/11/2026, Tổ Xã hội tổ chức chương trình ngoại khóa “Em yêu lịch sử Thăng Long – "
            "Hà Nội” cho 186 học sinh khối 7."
        ),
        P(
            "Chương trình gồm ba phần: Khởi động với câu hỏi nhanh, Tìm hiểu di tích Hoàng thành "
            "Thăng Long qua tranh ảnh và Sân khấu hóa sự kiện dời đô năm 1010."
        ),
        Img(
            _IMG + "ngoai-khoa-su-7.jpg",
            "Lớp 7A1 sân khấu hóa sự kiện vua Lý Thái Tổ dời đô ra Thăng Long",
            "Lớp 7A1 sân khấu hóa sự kiện vua Lý Thái Tổ dời đô ra Thăng Long",
        ),
        P("Chung cuộc, lớp 7A1 giành giải Nhất, lớp 7A4 và 7A2 đồng giải Nhì."),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{base}/?tin-tuc/2026/toa-dam-ki-niem-ngay-phu-nu-viet-nam'
            '&amp;fbclid=IwAR2xk9Ld7pQ0vYt">Tọa đàm kỉ niệm ngày Phụ nữ Việt Nam 20/10</a></p>'
        ),
        Raw('<p style="text-align:right"><strong>Tổ Xã hội</strong></p>'),
    ],
    authors=["Tổ Xã hội"],
    opts={"printed": "12/11/2026 00:00", "listed": "11/12/26 00:00:00", "account": "quantri",
          "sort": "2026-11-12T00:00"},
)

A8 = Story(
    8,
    "ha-noi-tang-cuong-phong-chong-bao-luc-hoc-duong",
    "Hà Nội: Tăng cường phòng chống bạo lực học đường trong các trường THCS",
    "Tin giáo dục",
    "2026-11-06T11:20:00+07:00",
    [
        P(
            "Sở Giáo dục và Đào tạo Hà Nội vừa ban hành văn bản yêu cầu các trường THCS trên địa "
            "bàn tăng cường các biện pháp phòng, chống bạo lực học đường."
        ),
        P(
            "Theo kế hoạch, từ tháng 12/2026 mỗi trường phải thành lập tổ tư vấn tâm lý học đường "
            "và công khai đường dây nóng để học sinh, phụ huynh phản ánh kịp thời."
        ),
        Img(
            _IMG + "bao-luc-hoc-duong.jpg",
            "Một buổi sinh hoạt chuyên đề về kĩ năng ứng xử của học sinh (ảnh minh họa)",
            "Một buổi sinh hoạt chuyên đề về kĩ năng ứng xử của học sinh (ảnh minh họa)",
        ),
        P(
            "Các nhà trường cũng được yêu cầu rà soát camera giám sát tại khu vực hành lang, cổng "
            "trường và tăng cường phối hợp với công an xã, thị trấn."
        ),
        Raw('<p style="text-align:right"><em>Theo Báo Hà Nội Mới</em></p>'),
    ],
    source="Báo Hà Nội Mới",
    opts={"printed": "06/11/2026 11:20", "listed": "11/06/26 11:20:00", "account": "admin",
          "sort": "2026-11-06T11:20", "desc": "Sở GD&ĐT Hà Nội yêu cầu tăng cường phòng chống bạo lực học đường"},
)

A9 = Story(
    9,
    "tuyen-sinh-clb-bong-da-cau-long-hki",
    "Thông báo tuyển sinh câu lạc bộ bóng đá, cầu lông học kì I",
    "Thông báo",
    "2026-11-02T07:30:00+07:00",
    [
        P(
            "Nhà trường thông báo tuyển học sinh tham gia câu lạc bộ bóng đá và cầu lông học kì I "
            "năm học 2026 – 2027, sinh hoạt vào chiều thứ Ba và thứ Năm hằng tuần."
        ),
        P("Đối tượng và điều kiện:", "strong"),
        P("Học sinh các khối 6, 7, 8 có sức khỏe tốt, được cha mẹ đồng ý;", "li"),
        P("Mỗi học sinh đăng kí tối đa một câu lạc bộ;", "li"),
        P("Nộp phiếu đăng kí cho giáo viên chủ nhiệm trước ngày 10/11/2026.", "li"),
        P("Mọi thắc mắc xin liên hệ thầy Vũ Đình Khánh, giáo viên Giáo dục thể chất."),
        Raw(
            '<p>📎 Tệp đính kèm: <a href="{base}/assets/files/phieu-dang-ky-clb.pdf">phieu-dang-ky-clb.pdf</a></p>'
        ),
        Raw(
            '<p><em>Xem thêm:</em> <a href="{base}/?chuyen-muc/doan-doi">Các hoạt động Đoàn – Đội</a></p>'
        ),
    ],
    opts={"printed": "02/11/2026 07:30", "listed": "11/02/26 07:30:00", "account": "quantri",
          "sort": "2026-11-02T07:30"},
)

A10 = Story(
    10,
    "chi-doan-giao-vien-ra-quan-lam-sach-moi-truong",
    "Chi đoàn giáo viên ra quân làm sạch môi trường khu vực cổng trường",
    "Đoàn - Đội",
    "2026-10-27T14:00:00+07:00",
    [
        P(
            "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, chiều 26/10/2026, Chi đoàn giáo viên phối "
            "hợp với Liên đội ra quân làm sạch môi trường khu vực cổng trường và tuyến đường liên xã."
        ),
        P("Tham gia ra quân có 24 đoàn viên và 120 đội viên các chi đội khối 8, 9."),
        P(
            "Các đoàn viên, đội viên đã thu gom hơn 300 kg rác thải, phát quang bụi rậm và trồng mới "
            "40 cây hoa giấy dọc hàng rào trường.",
            "br-head",
        ),
        P("Hoạt động sẽ được duy trì vào Chủ nhật cuối cùng của mỗi tháng.", "br-tail"),
        Img(
            _IMG + "ngay-chu-nhat-xanh.jpg",
            "Đoàn viên, đội viên trồng hoa giấy dọc hàng rào trường",
            "Đoàn viên, đội viên trồng hoa giấy dọc hàng rào trường",
            style="br",
        ),
        Raw('<p style="text-align:right"><strong>Tin, ảnh: Trần Thị Ngọc Ánh</strong></p>'),
    ],
    authors=["Trần Thị Ngọc Ánh"],
    photographers=["Trần Thị Ngọc Ánh"],
    opts={"printed": "27/10/2026 14:00", "listed": "10/27/26 14:00:00", "account": "admin",
          "sort": "2026-10-27T14:00", "desc": "Chi đoàn giáo viên ra quân Ngày Chủ nhật xanh"},
)

A11 = Story(
    11,
    "toa-dam-ki-niem-ngay-phu-nu-viet-nam",
    "Tọa đàm kỉ niệm ngày Phụ nữ Việt Nam 20/10",
    "Tin hoạt động",
    "2026-10-20",
    [
        P(
            "Chào mừng 96 năm ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn nhà trường tổ "
            "chức buổi tọa đàm “Phụ nữ Nguyễn Trãi – tự tin, giỏi việc trường, đảm việc nhà”."
        ),
        P(
            "Tại buổi tọa đàm, các cô giáo đã chia sẻ kinh nghiệm cân bằng giữa công việc chuyên "
            "môn và chăm sóc gia đình."
        ),
        P(
            "“Người phụ nữ hôm nay không chỉ giữ lửa cho gia đình mà còn thắp lửa cho bao thế hệ "
            "học trò.”",
            "quote",
        ),
        Img(
            _IMG + "toa-dam-20-10.jpg",
            "Các cô giáo nhà trường tại buổi tọa đàm",
            "Các cô giáo nhà trường tại buổi tọa đàm",
        ),
        P("Buổi tọa đàm khép lại bằng các tiết mục văn nghệ do chính các thầy giáo biểu diễn."),
        Raw('<p style="text-align:right"><strong>Công đoàn trường</strong></p>'),
    ],
    authors=["Công đoàn trường"],
    opts={"printed": "20/10/2026 00:00", "listed": "10/20/26 00:00:00", "account": "admin",
          "sort": "2026-10-20T00:00", "desc": "Tọa đàm 20/10 của Công đoàn trường"},
)

A12 = Story(
    12,
    "to-toan-tin-ung-dung-ai-ho-tro-soan-giang",
    "Tổ Toán – Tin triển khai ứng dụng AI hỗ trợ soạn giảng",
    "Hoạt động chuyên môn",
    "2026-10-09T16:40:00+07:00",
    [
        P(
            "Tổ Toán – Tin vừa tổ chức buổi sinh hoạt chuyên môn về khai thác công cụ trí tuệ nhân "
            "tạo trong soạn giảng, xây dựng ngân hàng câu hỏi và chấm bài.",
            "strong",
        ),
        P(
            "Thầy Trần Quốc Huy, tổ trưởng, hướng dẫn giáo viên cách viết yêu cầu cho công cụ AI để "
            "tạo phiếu học tập phân hóa theo năng lực học sinh."
        ),
        Img(_IMG + "toan-tin-ai.jpg", None, None, style="none"),
        P(
            "Các thầy cô thống nhất mọi nội dung do AI tạo ra đều phải được giáo viên kiểm tra, "
            "chỉnh sửa trước khi sử dụng trên lớp."
        ),
        Raw('<p style="text-align:right"><strong>Trần Quốc Huy</strong></p>'),
    ],
    authors=["Trần Quốc Huy"],
    summary=(
        "Tổ Toán – Tin vừa tổ chức buổi sinh hoạt chuyên môn về khai thác công cụ trí tuệ nhân "
        "tạo trong soạn giảng, xây dựng ngân hàng câu hỏi và chấm bài."
    ),
    opts={"printed": "09/10/2026 16:40", "listed": "10/09/26 16:40:00", "account": "admin",
          "sort": "2026-10-09T16:40"},
)

A13 = Story(
    13,
    "bi-quyet-on-thi-hoc-ki-hieu-qua-lop-9",
    "Bí quyết ôn thi học kì hiệu quả cho học sinh lớp 9",
    "Góc học tập",
    None,
    [
        P(
            "Kì kiểm tra cuối học kì I đang đến gần, dưới đây là một số gợi ý giúp các em học sinh "
            "lớp 9 ôn tập hiệu quả."
        ),
        P("Lập kế hoạch ôn tập", "h3"),
        P(
            "Chia nhỏ nội dung từng môn theo tuần, ưu tiên những phần kiến thức còn yếu và dành "
            "thời gian làm đề theo đúng thời gian quy định."
        ),
        P("Ngủ đủ giấc", "h3"),
        P(
            "Các em nên ngủ đủ 7 – 8 tiếng mỗi đêm, tránh thức khuya trước ngày kiểm tra vì sẽ ảnh "
            "hưởng tới khả năng tập trung."
        ),
        P("👉 Chúc các em ôn tập tốt và đạt kết quả cao!"),
    ],
    opts={"printed": None, "listed": "", "account": "quantri", "sort": "0000"},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_SLUG = {s.slug: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.opts["sort"], reverse=True)

#: sidebar "Đọc nhiều" (rewrite form), home strip (index.php form), fbclid paste-back
READ_MOST = [A5, A2, A3]
STRIP = [A1, A9]


def _apath(story: Story) -> str:
    return f"/?tin-tuc/2026/{story.slug}"


# --- non-articles ------------------------------------------------------------------------------

DOCS = {
    "ke-hoach-giao-duc-2026-2027": (
        "Kế hoạch giáo dục nhà trường năm học 2026 – 2027",
        "Số: 178/KH-THCSNT", "15/09/2026", "ke-hoach-giao-duc-2026-2027.pdf",
    ),
    "quy-che-chi-tieu-noi-bo-2026": (
        "Quy chế chi tiêu nội bộ năm 2026",
        "Số: 12/QC-THCSNT", "10/01/2026", "quy-che-chi-tieu-noi-bo-2026.pdf",
    ),
}

# --- rendering ---------------------------------------------------------------------------------


def _t(value: str, story: Story | None = None) -> str:
    return text(value, nfd=bool(story and story.opts.get("nfd")))


def _menu(base: str) -> str:
    subs = "".join(f'<li><a href="{base}/?chuyen-muc/{slug}">{esc(name)}</a></li>' for name, slug in CATS.items())
    return (
        '<nav id="menu-ngang"><ul class="mn-1">'
        f'<li><a href="{base}/">Trang chủ</a></li>'
        f'<li class="co-con"><a href="{base}/?gioi-thieu">Giới thiệu</a><ul class="mn-2">'
        f'<li><a href="{base}/?gioi-thieu">Lịch sử nhà trường</a></li>'
        f'<li><a href="{base}/?doi-ngu">Đội ngũ giáo viên</a></li></ul></li>'
        f'<li class="co-con"><a href="{base}/?tin-tuc">Tin tức</a><ul class="mn-2">{subs}</ul></li>'
        f'<li><a href="{base}/?van-ban">Văn bản</a></li>'
        f'<li><a href="{base}/?thu-vien-anh/ngay-nha-giao-2026">Thư viện ảnh</a></li>'
        f'<li><a href="{base}/?lien-he">Liên hệ</a></li>'
        "</ul></nav>"
    )


def _sidebar(base: str) -> str:
    most = "".join(
        f'<li><a href="{base}/tin-tuc/2026/{s.slug}">{_t(s.title, s)}</a></li>' for s in READ_MOST
    )
    return (
        '<aside id="cot-phai">'
        '<div class="hop"><div class="hop-tde">Đọc nhiều</div><ol class="ds-docnhieu">' + most + "</ol></div>"
        '<div class="hop"><div class="hop-tde">Bình chọn</div><p>Bạn thấy website của trường thế nào?</p>'
        '<label><input type="radio" name="bc" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="bc" value="2"> Bình thường</label><br>'
        '<button type="button" onclick="alert(\'Cảm ơn bạn đã bình chọn!\')">Bình chọn</button></div>'
        '<div class="hop"><div class="hop-tde">Liên kết</div><ul>'
        '<li><a href="https://hanoi.edu.vn" rel="nofollow">Sở GD&amp;ĐT Hà Nội</a></li>'
        '<li><a href="https://thachthat.edu.vn" rel="nofollow">Phòng GD&amp;ĐT Thạch Thất</a></li>'
        '<li><a href="https://www.facebook.com/thcsnguyentrai.thachthat" rel="nofollow">Fanpage nhà trường</a></li>'
        "</ul></div>"
        '<div class="hop" id="bo-dem"><div class="hop-tde">Thống kê truy cập</div>'
        "<p>Đang online: 7</p><p>Hôm nay: 186</p><p>Tổng truy cập: 214.583</p></div>"
        "</aside>"
    )


def _page(request: Request, title: str, main: str, description: str = "", status: int = 200) -> Response:
    base = base_url(request)
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    body = (
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
        f"<title>{esc(title)} | THCS Nguyễn Trãi - Thạch Thất</title>{desc}"
        '<meta name="generator" content="Pico 2.1.4">'
        f'<link rel="stylesheet" href="{base}/themes/notepaper/style.css">'
        f'<link rel="icon" href="{base}/themes/notepaper/favicon.ico">'
        "</head><body>"
        f'<div id="thanh-tren"><span id="ngaythang">{TODAY_LINE}</span>'
        '<span class="hotline">Hotline: 024.3368.xxxx</span></div>'
        f'<header id="dau-trang"><a href="{base}/"><img src="{base}/assets/logo-ntr.png" alt="Logo trường"></a>'
        '<h1 id="tentruong">TRƯỜNG THCS NGUYỄN TRÃI</h1>'
        '<p class="khauhieu">Huyện Thạch Thất – Thành phố Hà Nội</p></header>'
        + _menu(base)
        + '<div id="khung"><div id="cot-trai">'
        + main
        + "</div>"
        + _sidebar(base)
        + "</div>"
        '<footer id="chan-trang"><p><strong>TRƯỜNG THCS NGUYỄN TRÃI – THẠCH THẤT – HÀ NỘI</strong></p>'
        "<p>Địa chỉ: Xã Thạch Xá, huyện Thạch Thất, TP Hà Nội – ĐT: 024.3368.xxxx – "
        "Email: c2nguyentrai.thachthat@hanoi.edu.vn</p>"
        "<p>Cập nhật lần cuối: 04/12/2026 21:17</p>"
        '<p class="banquyen">© 2026 Trường THCS Nguyễn Trãi. Made with '
        '<a href="https://picocms.org" rel="nofollow">Pico</a>.</p></footer>'
        "</body></html>"
    )
    return html(body, status=status)


def _img(img: Img, base: str, n: int) -> str:
    tag = f'<img src="{base}{img.src}" alt="IMG_{5500 + n * 7}.JPG">'
    if img.style == "br" and img.printed:
        return f"<p>{tag}<br>\n<em>{esc(img.printed)}</em></p>"
    if img.printed:
        return f"<p>{tag}</p>\n<p><em>{esc(img.printed)}</em></p>"
    return f"<p>{tag}</p>"


def _fn_ref(n: int) -> str:
    return f'<sup id="fnref1:{n}"><a href="#fn:{n}" class="footnote-ref">{n}</a></sup>'


def _markdown(story: Story, base: str) -> str:
    """The Markdown body as Parsedown Extra renders it (plus the teacher's raw HTML)."""
    out: list[str] = []
    notes: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace("{base}", base))
            i += 1
            continue
        if isinstance(b, Img):
            n_img += 1
            out.append(_img(b, base, story.id * 10 + n_img))
            i += 1
            continue
        style = b.style
        if style in ("li", "th", "tr", "fn"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in (
                ("li",) if style == "li" else ("fn",) if style == "fn" else ("th", "tr")
            ):
                group.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>\n" + "".join(f"<li>{_t(g.text, story)}</li>\n" for g in group) + "</ul>")
            elif style == "fn":
                notes.extend(_t(g.text, story) for g in group)
            else:
                rows = []
                for g in group:
                    cell = "th" if g.style == "th" else "td"
                    cells = "".join(f"<{cell}>{_t(c, story)}</{cell}>" for c in g.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                head = rows[0] if group[0].style == "th" else ""
                rest = rows[1:] if head else rows
                out.append(
                    '<table style="border-collapse:collapse" border="1">'
                    + (f"<thead>{head}</thead>" if head else "")
                    + "<tbody>" + "".join(rest) + "</tbody></table>"
                )
            continue
        t = _t(b.text, story)
        for k, anchor in enumerate(story.opts.get("fn_after", []), 1):
            if anchor in t:
                t = t.replace(anchor, anchor + _fn_ref(k), 1)
        if style in ("h3", "h4"):
            out.append(f"<{style}>{t}</{style}>")
        elif style == "strong":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote>\n<p><em>{t}</em></p>\n</blockquote>")
        elif style == "br-head":
            nxt = blocks[i + 1]
            out.append(f"<p>{t}<br>\n{_t(nxt.text, story)}</p>")
            i += 1
        else:
            out.append(f"<p>{t}</p>")
        i += 1
    html_ = "\n".join(out)
    if notes:
        items = "".join(
            f'<li id="fn:{k}">\n<p>{note}&#160;<a href="#fnref1:{k}" rev="footnote" '
            f'class="footnote-backref">&#8617;</a></p>\n</li>\n'
            for k, note in enumerate(notes, 1)
        )
        html_ += f'\n<div class="footnotes">\n<hr />\n<ol>\n{items}</ol>\n</div>'
    return html_


def _short(s: Story) -> str:
    return f' <span class="ngay">({s.opts["listed"][:8]})</span>' if s.opts["listed"] else ""


def _crumbs(base: str, *items: tuple[str, str | None]) -> str:
    parts = [f'<a href="{base}/">Trang chủ</a>']
    for label, href in items:
        parts.append(f'<a href="{base}{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def _article(request: Request, story: Story) -> Response:
    base = base_url(request)
    o = story.opts
    info = []
    if o["printed"]:
        info.append(f"Ngày đăng: {o['printed']}")
    info.append(f"Đăng bởi: {o['account']}")
    info.append(f"Lượt xem: {story.views()}")
    lead = ""
    if story.sapo_outside and story.summary:
        lead = f'<p class="mota-ngan" style="color:#666"><em>{_t(story.summary, story)}</em></p>'
    others = [s for s in ORDERED if s is not story][:4]
    other_list = "".join(
        f'<li><a href="{base}{_apath(s)}">{_t(s.title, s)}</a> {_short(s)}</li>'
        for s in others
    )
    main = (
        _crumbs(base, ("Tin tức", "/?tin-tuc"), (story.cat, f"/?chuyen-muc/{CATS[story.cat]}"))
        + f'<article class="notepaper-sheet" id="bv-{story.id}">'
        f'<h2 class="tde">{_t(story.title, story)}</h2>'
        f'<div class="tt-phu">{" &nbsp;|&nbsp; ".join(info)}</div>'
        + lead
        + f'<div class="noidung-md">\n{_markdown(story, base)}\n</div>'
        '<div class="congcu">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={base}{_apath(story)}" rel="nofollow">'
        f'<img src="{base}/themes/notepaper/img/fb.png" alt="Facebook"></a> '
        f'<a href="https://zalo.me/share?u={base}{_apath(story)}" rel="nofollow">'
        f'<img src="{base}/themes/notepaper/img/zalo.png" alt="Zalo"></a> '
        '| <a href="javascript:window.print()">🖨 In bài</a></div>'
        f'<div class="tukhoa">Từ khóa: <span>{esc(story.cat.lower())}</span>, <span>thcs nguyễn trãi</span>, '
        "<span>thạch thất</span></div>"
        "</article>"
        f'<div class="baikhac"><h3>Các tin khác</h3><ul>{other_list}</ul></div>'
    )
    return _page(request, story.title, main, o.get("desc") or "")


def _teaser(base: str, s: Story) -> str:
    return (
        f'<div class="tin-ngan"><a href="{base}{_apath(s)}"><img src="{base}/assets/thumbs/{s.slug}.jpg" alt=""></a>'
        f'<h3><a href="{base}{_apath(s)}">{_t(s.title, s)}</a></h3>'
        f'<p class="ngay">{s.opts["listed"]}</p>'
        f'<p class="trich">{esc((s.opts.get("desc") or s.title)[:120])}</p></div>'
    )


def _news_index(request: Request, page: int) -> Response | None:
    base = base_url(request)
    pages = (len(ORDERED) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    items = ORDERED[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = []
    if page > 1:
        prev = "/?tin-tuc" if page == 2 else f"/?tin-tuc/page/{page - 1}"
        nav.append(f'<a class="newer" href="{base}{prev}">&lt; Bài mới hơn</a>')
    nav.append(f"<span>Trang {page}/{pages}</span>")
    if page < pages:
        nav.append(f'<a class="older" href="{base}/?tin-tuc/page/{page + 1}">Bài cũ hơn &gt;</a>')
    main = (
        _crumbs(base, ("Tin tức", None))
        + '<div class="notepaper-sheet"><h2 class="tde">Tin tức</h2>'
        + "".join(_teaser(base, s) for s in items)
        + f'<div id="pagination">{" ".join(nav)}</div></div>'
    )
    return _page(request, "Tin tức", main)


def _category(request: Request, slug: str) -> Response | None:
    names = {v: k for k, v in CATS.items()}
    if slug not in names:
        return None
    base = base_url(request)
    name = names[slug]
    items = [s for s in ORDERED if s.cat == name][:2]
    main = (
        _crumbs(base, ("Tin tức", "/?tin-tuc"), (name, None))
        + f'<div class="notepaper-sheet"><h2 class="tde">{esc(name)}</h2>'
        + "".join(_teaser(base, s) for s in items)
        + "</div>"
    )
    return _page(request, name, main)


def _home(request: Request) -> Response:
    base = base_url(request)
    strip = " ★ ".join(
        f'<a href="{base}/index.php?tin-tuc/2026/{s.slug}">{_t(s.title, s)}</a>' for s in STRIP
    )
    main = (
        f'<div id="tb-moi"><marquee scrollamount="3"><strong>Thông báo mới:</strong> {strip}</marquee></div>'
        '<div class="notepaper-sheet"><h2 class="tde">Chào mừng quý vị đến với website Trường THCS Nguyễn Trãi</h2>'
        "<p>Trường THCS Nguyễn Trãi được thành lập năm 1965, hiện có 24 lớp với hơn 900 học sinh "
        "và 56 cán bộ, giáo viên, nhân viên.</p>"
        '<h3 class="muc">Tin mới nhất</h3>'
        + "".join(_teaser(base, s) for s in ORDERED[:6])
        + f'<p class="xemtatca"><a href="{base}/?tin-tuc">Xem tất cả tin tức »</a></p></div>'
    )
    return _page(request, "Trang chủ", main, "Website Trường THCS Nguyễn Trãi, Thạch Thất, Hà Nội")


def _static_page(request: Request, key: str) -> Response | None:
    base = base_url(request)
    if key == "gioi-thieu":
        title = "Giới thiệu về Trường THCS Nguyễn Trãi"
        content = (
            "<p>Trường THCS Nguyễn Trãi, huyện Thạch Thất được thành lập năm 1965 trên nền trường cấp "
            "II Thạch Xá. Năm 2019 trường được công nhận đạt chuẩn quốc gia mức độ 2.</p>"
            "<p>Nhà trường có 24 lớp học, 3 phòng thí nghiệm, 2 phòng tin học và thư viện đạt chuẩn.</p>"
        )
    elif key == "lien-he":
        title = "Liên hệ"
        content = (
            "<p>Trường THCS Nguyễn Trãi – Xã Thạch Xá, huyện Thạch Thất, TP Hà Nội</p>"
            "<p>Điện thoại: 024.3368.xxxx – Email: c2nguyentrai.thachthat@hanoi.edu.vn</p>"
            '<iframe src="about:blank" title="Bản đồ" width="100%" height="300"></iframe>'
        )
    elif key == "doi-ngu":
        title = "Đội ngũ cán bộ, giáo viên"
        rows = [
            ("Nguyễn Văn Thành", "Hiệu trưởng"),
            ("Phạm Thị Lan", "Phó Hiệu trưởng"),
            ("Trần Quốc Huy", "Tổ trưởng Tổ Toán – Tin"),
            ("Đỗ Thị Mai", "Tổ trưởng Tổ Ngữ văn"),
        ]
        content = "<table border=\"1\"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>" + "".join(
            f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows
        ) + "</table>"
    elif key == "thu-vien-anh/ngay-nha-giao-2026":
        title = "Album: Ngày Nhà giáo Việt Nam 20/11/2026"
        content = '<div class="album">' + "".join(
            f'<a href="{base}/assets/album/20-11/{k:02d}.jpg"><img src="{base}/assets/album/20-11/thumb-{k:02d}.jpg" alt=""></a>'
            for k in range(1, 9)
        ) + "</div>"
    elif key == "van-ban":
        title = "Văn bản"
        content = "<ul class=\"ds-vanban\">" + "".join(
            f'<li><a href="{base}/?van-ban/{slug}">{esc(t)}</a> – {esc(no)} ({d})</li>'
            for slug, (t, no, d, _f) in DOCS.items()
        ) + "</ul>"
    elif key.startswith("van-ban/") and key[8:] in DOCS:
        t, no, d, f = DOCS[key[8:]]
        title = t
        content = (
            f'<table class="vb"><tr><td>Số hiệu</td><td>{esc(no)}</td></tr>'
            f"<tr><td>Ngày ban hành</td><td>{d}</td></tr>"
            "<tr><td>Người ký</td><td>Nguyễn Văn Thành</td></tr>"
            f'<tr><td>Tệp đính kèm</td><td><a href="{base}/assets/files/{f}">{f}</a></td></tr></table>'
        )
    else:
        return None
    crumbs = _crumbs(base, ("Văn bản", "/?van-ban"), (title, None)) if key.startswith("van-ban/") else _crumbs(base, (title, None))
    main = crumbs + f'<div class="notepaper-sheet"><h2 class="tde">{esc(title)}</h2>{content}</div>'
    return _page(request, title, main)


def _not_found(request: Request) -> Response:
    main = (
        '<div class="notepaper-sheet"><h2 class="tde">Không tìm thấy trang</h2>'
        "<p>Rất tiếc, trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>"
    )
    return _page(request, "Không tìm thấy trang", main, status=404)


def _pico_path(request: Request) -> str:
    """Pico 2.1: the query (cut at "&", ignored if it holds "="), else the path (rewrite on)."""
    comp = request.query.split("&", 1)[0] if request.query else ""
    if "=" in comp:
        comp = ""
    comp = unquote(comp).strip("/")
    if not comp:
        path = request.path
        if path.startswith("/index.php"):
            path = path[len("/index.php"):]
        comp = unquote(path).strip("/")
    return comp


class PicoSite:
    def respond(self, request: Request) -> Response | None:
        if request.path not in ("/", "/index.php"):
            static = static_file(request.path)
            if static is not None:
                return static
            if request.path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if request.path == "/robots.txt":
                return Response(200, b"User-agent: *\nDisallow: /content/\n", {"Content-Type": "text/plain"})
        key = _pico_path(request)
        if key in ("", "index"):
            return _home(request)
        if key in ("tin-tuc", "tin-tuc/index"):
            return _news_index(request, 1) or _not_found(request)
        if key.startswith("tin-tuc/page/") and key[13:].isdigit():
            return _news_index(request, int(key[13:])) or _not_found(request)
        if key.startswith("tin-tuc/2026/") and key[13:] in BY_SLUG:
            return _article(request, BY_SLUG[key[13:]])
        if key.startswith("chuyen-muc/"):
            return _category(request, key[11:]) or _not_found(request)
        page = _static_page(request, key)
        return page or _not_found(request)


def build_site() -> PicoSite:
    return PicoSite()


# --- gold --------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = []
    if story in READ_MOST:
        alts.append(f"/tin-tuc/2026/{story.slug}")
    if story in STRIP:
        alts.append(f"/index.php?tin-tuc/2026/{story.slug}")
    if story is A11:
        alts.append(f"/?tin-tuc/2026/{story.slug}&fbclid=IwAR2xk9Ld7pQ0vYt")
    return alts


GOLD = [gold_record(s, _apath(s), s.cat, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/?gioi-thieu",
    "/?lien-he",
    "/?doi-ngu",
    "/?thu-vien-anh/ngay-nha-giao-2026",
    "/?van-ban/ke-hoach-giao-duc-2026-2027",
    "/?van-ban/quy-che-chi-tieu-noi-bo-2026",
]
