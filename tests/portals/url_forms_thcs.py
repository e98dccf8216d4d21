"""Trường THCS Trần Hưng Đạo (Nam Định): an old self-written PHP site that was moved between
folders over the years, and whose pages write the address of one page in every way there is.

Platform
--------
A hand-made PHP 5 site (``index.php``, ``chi-tiet.php?id=``, ``danh-muc.php?cat=``) once served
from the web root, then moved under ``/site/``. To keep the old relative links working the
header template prints ``<base href="http://HOST/site/">``; a later "SEO" rewrite added
``/site/tin-tuc/<slug>.html`` pages (an Apache rewrite onto the same script) for a few
articles, printed by a newer template *without* a base element that links with ``../``.
One editor typed a Vietnamese slug, so one article lives in the folder ``/site/tin-tức/``.

Page templates
--------------
- Old template (home, listings, ``chi-tiet.php``, static pages): ``<base href>``, header with the
  school name and today "Thứ Sáu, 04/12/2026", a table menu, breadcrumb
  ``Trang chủ » <category>``, the article in ``<div class="chitiet">``::

      <h2 class="tieude">TITLE</h2>
      <div class="ngaydang">Ngày đăng: 03/12/2026 15:42 | Người đăng: admin | Lượt xem: 523</div>
      <div class="congcu"> In bài | Gửi email | Lên đầu trang (#top) </div>
      <div class="tomtat"><b>SAPO</b></div>          (some articles)
      <div class="noidung"> FCKeditor HTML </div>
      <div class="tinkhac"><h3>Các tin khác</h3> …

- Rewritten template (``/site/tin-tuc/*.html``, ``/site/tin-tức/*.html``): no base element,
  every link ``../…``; breadcrumb ``<div class="duongdan">``, ``<h2 class="tieude">``,
  ``<p class="ngay">Ngày đăng: 28/11/2026</p>``, ``<div class="noidung">``, "Tin cùng chuyên mục".
- Both: sidebar (Tin đọc nhiều, Thống kê truy cập "Đang online / Hôm nay / Tổng truy cập", a
  poll, Liên kết website), footer with address and phone, and ``<link rel="canonical">`` on
  articles naming one form of the address.

URL scheme
----------
- ``/`` answers 301 to ``/site/`` (the move). ``/site/``, ``/site/index.php`` and
  ``/site/index.php?`` (empty query) are the home page.
- ``/site/tin-tuc/?trang=<n>``: all articles, 5 a page, newest first (``/site/tin-tuc/`` is page 1).
- ``/site/danh-muc.php?cat=<k>&trang=<n>``: one category, 4 a page.
- ``/site/chi-tiet.php?id=<n>&cat=<k>``: every article; the id decides, the parameters may come in
  any order or ``cat`` may be missing (``?cat=3&id=12``, ``?id=12``): the same article.
- ``/site/tin-tuc/<slug>.html``: the rewritten articles (their canonical form);
  ``/site/tin-tức/khai-giảng-năm-học-mới.html`` the one with a Vietnamese slug, reached both by
  unencoded and by percent-encoded links (the server decodes the path).
- ``/site/gioi-thieu.html``, ``/site/lien-he.php`` (contact form), ``/site/thu-vien-anh.php``
  (photo albums), ``/site/files/ke hoach.pdf`` (a file name with a space).
- Any path with capital letters (``/SITE/chi-tiet.php``) answers 301 to its lower-case path,
  query kept: the Windows-era links in the "Tin đọc nhiều" box print ``http://HOST/SITE/…``.
- Uploads ``/site/upload/<yyyy>/<mm>/<file>``; layout images ``/site/images/``.

How links are written (each form resolves, in a browser, to a page above)
------------------------------------------------------------------------
- home (base): ``chi-tiet.php?id=131&amp;cat=1``, ``./chi-tiet.php?id=129&amp;cat=4#top``,
  ``tin-tuc/lien-doi-ra-quan-ke-hoach-nho.html``; menu ``index.php?``, ``files/ke hoach.pdf``.
- ``/site/tin-tuc/?trang=n`` (base, in a sub-folder: resolving without the base gives
  ``/site/tin-tuc/chi-tiet.php`` and ``/site/tin-tuc/tin-tuc/…``, which are 404):
  ``chi-tiet.php?id=…&amp;cat=…``, ``tin-tuc/<slug>.html``; on page 2 the link of article 115
  has spaces and newlines around and inside the href; on page 3 article 100 is linked
  protocol-relative ``//HOST/site/chi-tiet.php?…`` and article 97 by the unencoded
  ``tin-tức/khai-giảng-năm-học-mới.html``.
- ``danh-muc.php`` (base): ``chi-tiet.php?cat=1&amp;id=112`` (parameters the other way round),
  ``//HOST/site/tin-tuc/<slug>.html``, ``tin-t%E1%BB%A9c/…`` (percent-encoded).
- ``chi-tiet.php`` "Các tin khác": ``./chi-tiet.php?id=118`` (no cat) and
  ``http://HOST/SITE/tin-tuc/<slug>.html`` (capitals: 301).
- rewritten pages (no base): ``../chi-tiet.php?id=126&amp;cat=2#top``, ``../tin-tuc/<slug>.html``,
  ``../tin-tức/…``, ``../danh-muc.php?cat=3``.
- "Tin đọc nhiều" (every page): ``http://HOST/SITE/chi-tiet.php?id=…&amp;cat=…`` (301) and
  ``//HOST/site/tin-tuc/<slug>.html``.

How each gold article is reached
--------------------------------
All 13 are on ``/site/tin-tuc/?trang=1..3`` (5, 5, 3) and on their category's ``danh-muc.php``
pages. The five newest are on the home page; 121–108 only from page 2 of the listing (and
category pages, related lists, the most-read box); 104, 100, 97 only from page 3 of the
listing, ``danh-muc.php?cat=1&trang=2`` (97) and related lists. Gold paths are each article's
canonical form: ``/site/chi-tiet.php?id=<n>&cat=<k>`` for the old articles,
``/site/tin-tuc/<slug>.html`` for the rewritten ones and the percent-encoded
``/site/tin-t%E1%BB%A9c/kh…%E1%BB%9Bi.html`` for the Vietnamese one; ``alt_paths`` lists the
other forms that answer 200 with the same article (``?cat=&id=``, ``?id=`` alone, and the
``chi-tiet.php`` forms of the rewritten articles).

Traps
-----
- ``<base href>``: relative links on ``/site/tin-tuc/?trang=2`` resolve under ``/site/``.
- ``../`` links on the base-less rewritten pages; ``./`` links on the old ones.
- Protocol-relative links; absolute links with capitals in the path (301 to lower case).
- ``&amp;`` in every query string of the markup; parameters in either order; ``#top`` fragments.
- Unencoded Vietnamese letters in a path next to its percent-encoded form.
- A space in a file name (``files/ke hoach.pdf``): a PDF, not an article.
- Whitespace and newlines inside an href (a browser strips them).
- The same article answers at several addresses; the canonical link names one form (for the
  Vietnamese article the canonical href is the unencoded IRI).
- ``gioi-thieu.html`` uses the same ``h2.tieude`` as articles, without a date.
- The header prints today ("Thứ Sáu, 04/12/2026"), never a publication date.

Gold decisions
--------------
- title: ``h2.tieude``; published_at: "Ngày đăng:" (with the time when one is printed).
- authors/photographers: closing bylines ("Tin: X; Ảnh: Y", "Tin, ảnh: X (TPT Đội)", "Bài, ảnh:
  X", a right-aligned "ThS. X – Tổ Ngữ văn", a right-aligned "Tổ Văn phòng"); "Ảnh: Internet" and
  "BBT" credit nobody. Without a byline the old template's "Người đăng" field decides: "admin"
  and "Đỗ Văn Hùng" (a posting account, the house's convention) are nobody, "Đoàn trường" (an
  office posting under its own name) is credited.
- source: "Nguồn: Phòng GD&ĐT TP Nam Định", "Theo Báo Nam Định".
- summary: ``div.tomtat`` (old template) or a bold first paragraph (rewritten template).
- body: ``div.noidung`` text; list items, headings, table rows (cells " | ") are paragraphs, lines
  split by ``<br>`` are two paragraphs; captions, bylines, the source line and the file link
  line are not.
- images: photos in ``div.noidung``; caption = the italic line under it, the centred line under
  it, or the caption cell of the FCKeditor image table; a photo with nothing under it has none.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

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

NAME = "url_forms_thcs"
PLATFORM = "self-written PHP 5 site (base href, ../ links, mixed URL forms)"
START_PATH = "/site/"

SCHOOL = "Trường THCS Trần Hưng Đạo"
TODAY_HERE = "Thứ Sáu, 04/12/2026"
LIST_PER_PAGE = 5
CAT_PER_PAGE = 4

CATEGORIES = {
    1: "Tin tức - Sự kiện",
    2: "Hoạt động chuyên môn",
    3: "Đoàn - Đội",
    4: "Thông báo",
}

# --- the articles (newest first), as the editors typed them ----------------------------------
#
# opts: form ("php": only chi-tiet.php; "html": a rewritten /site/tin-tuc/<slug>.html page;
# "vn": the rewritten page in the Vietnamese-named folder), time (the clock printed after the
# date), poster (the "Người đăng" field of the old template). P styles: "lead" (bold first
# paragraph), "h3", "li", "th"/"td" (table rows, cells " | "), "quote", "br" (joined to the
# paragraph before it with <br>). Img styles: "em", "center", "table", "none".

VN_FOLDER = "tin-tức"
VN_SLUG = "khai-giảng-năm-học-mới"

STORIES: list[Story] = [
    Story(
        131,
        "hoi-khoe-phu-dong-cap-truong-2026-2027",
        "Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        1,
        "2026-12-03T15:42:00+07:00",
        [
            P(
                "Trong hai ngày 01 và 02/12/2026, tại sân trường và Nhà thi đấu phường Bà Triệu, "
                "Trường THCS Trần Hưng Đạo tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026-2027 "
                "với sự tham gia của hơn 450 vận động viên đến từ 28 lớp."
            ),
            Img("/site/upload/2026/12/hkpd-khai-mac.jpg", "Màn đồng diễn thể dục chào mừng Hội khỏe", "Màn đồng diễn thể dục chào mừng Hội khỏe", "em"),
            P(
                "Hội khỏe được tổ chức ở 6 môn: điền kinh, bóng đá nam, bóng chuyền nữ, cầu lông, cờ vua "
                "và kéo co. Các trận đấu diễn ra sôi nổi, quyết liệt nhưng đúng tinh thần “Đoàn kết – "
                "Trung thực – Cao thượng”."
            ),
            P(
                "Phát biểu khai mạc, thầy Nguyễn Văn Thành, Hiệu trưởng nhà trường, nhấn mạnh Hội khỏe là "
                "dịp để đánh giá kết quả giáo dục thể chất, đồng thời tuyển chọn những vận động viên xuất "
                "sắc tham dự Hội khỏe Phù Đổng cấp thành phố vào tháng 01/2027."
            ),
            Img("/site/upload/2026/12/hkpd-keo-co.jpg", "Nội dung kéo co khối 8 thu hút đông đảo cổ động viên", "Nội dung kéo co khối 8 thu hút đông đảo cổ động viên", "em"),
            P("Kết quả toàn đoàn", "h3"),
            P("Giải Nhất: lớp 9A1", "li"),
            P("Giải Nhì: lớp 8A2 và lớp 9A3", "li"),
            P("Giải Ba: lớp 7A1, lớp 6A4 và lớp 8A5", "li"),
            P(
                "Ban tổ chức đã trao 38 bộ huy chương cho các vận động viên và giải phong cách cho lớp "
                "6A2 – tập thể có tinh thần cổ vũ đẹp nhất."
            ),
            Raw('<p style="text-align: right;"><b>Tin: Phạm Thu Hà; Ảnh: Trần Minh Đức</b></p>'),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Trần Minh Đức"],
        summary=(
            "Hơn 450 vận động viên của 28 lớp tranh tài ở 6 môn thể thao trong Hội khỏe Phù Đổng "
            "cấp trường diễn ra từ ngày 01 đến 02/12/2026."
        ),
        sapo_outside=True,
        opts={"form": "php", "time": "15:42", "poster": "admin"},
    ),
    Story(
        129,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
        "THÔNG BÁO LỊCH KIỂM TRA CUỐI HỌC KỲ I NĂM HỌC 2026-2027",
        4,
        "2026-12-01",
        [
            P(
                "Căn cứ Kế hoạch giáo dục năm học 2026-2027 của nhà trường, Trường THCS Trần Hưng Đạo "
                "thông báo lịch kiểm tra cuối học kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian", "th"),
            P("21/12/2026 | Sáng | 9 | Ngữ văn | 90 phút", "td"),
            P("21/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "td"),
            P("22/12/2026 | Sáng | 9 | Toán | 90 phút", "td"),
            P("22/12/2026 | Chiều | 6, 7, 8 | Toán | 90 phút", "td"),
            P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "td"),
            P(
                "Các môn còn lại kiểm tra theo lịch của tổ chuyên môn trong tuần từ 14 đến 19/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; "
                "không mang điện thoại, tài liệu vào phòng kiểm tra."
            ),
            Raw(
                '<p>Chi tiết xem tại: <a href="files/ke hoach.pdf">Kế hoạch kiểm tra cuối học kỳ I'
                "</a> (tệp PDF)</p>"
            ),
            Raw('<p align="right"><b>Tổ Văn phòng</b></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"form": "php", "poster": "admin"},
    ),
    Story(
        127,
        "lien-doi-ra-quan-ke-hoach-nho",
        "Liên đội THCS Trần Hưng Đạo ra quân hưởng ứng phong trào “Kế hoạch nhỏ”",
        3,
        "2026-11-28",
        [
            P(
                "Sáng 27/11, Liên đội Trường THCS Trần Hưng Đạo ra quân thu gom giấy vụn, vỏ chai nhựa "
                "hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027.",
                "lead",
            ),
            P(
                "Ngay từ 6 giờ 30 phút, các chi đội đã tập kết tại sân trường với hàng trăm bó giấy, "
                "thùng vỏ chai được các em tích góp trong suốt hơn một tháng."
            ),
            Img("/site/upload/2026/11/kehoachnho-1.jpg", "Các chi đội tập kết sản phẩm tại sân trường", "Các chi đội tập kết sản phẩm tại sân trường", "center"),
            P(
                "Kết thúc buổi ra quân, Liên đội thu được gần 3,2 tấn giấy vụn và 460 kg vỏ chai nhựa. "
                "Toàn bộ số tiền bán được sẽ dùng để tặng học bổng cho học sinh có hoàn cảnh khó khăn "
                "dịp Tết Nguyên đán."
            ),
            P("“Mỗi bó giấy nhỏ là một tấm lòng lớn gửi tới các bạn khó khăn”", "quote"),
            P(
                "Chi đội 7A3 dẫn đầu toàn trường với 286 kg giấy vụn, được Ban chỉ huy Liên đội tuyên "
                "dương trước cờ."
            ),
            Raw('<p style="text-align:right"><strong>Tin, ảnh: Vũ Thị Lan Anh (TPT Đội)</strong></p>'),
        ],
        authors=["Vũ Thị Lan Anh"],
        photographers=["Vũ Thị Lan Anh"],
        summary=(
            "Sáng 27/11, Liên đội Trường THCS Trần Hưng Đạo ra quân thu gom giấy vụn, vỏ chai nhựa "
            "hưởng ứng phong trào “Kế hoạch nhỏ” năm học 2026-2027."
        ),
        opts={"form": "html"},
    ),
    Story(
        126,
        "chuyen-de-ngu-van-phat-trien-nang-luc",
        "Chuyên đề dạy học môn Ngữ văn theo định hướng phát triển năng lực học sinh",
        2,
        "2026-11-25T09:10:00+07:00",
        [
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn học kỳ I, ngày 24/11/2026, Tổ Ngữ văn – Ngoại "
                "ngữ tổ chức chuyên đề “Dạy học đọc hiểu văn bản nghị luận theo định hướng phát triển "
                "năng lực” tại lớp 8A1."
            ),
            P(
                "Tiết dạy minh họa do cô Nguyễn Thị Mai thực hiện với bài “Chiếu dời đô” (Lý Công Uẩn). "
                "Cô đã tổ chức cho học sinh làm việc nhóm theo kỹ thuật khăn trải bàn, sơ đồ tư duy và "
                "trình bày sản phẩm trên bảng tương tác."
            ),
            Img("/site/upload/2026/11/chuyen-de-van.jpg", None, None, "none"),
            P(
                "Trong phần thảo luận, các thầy cô thống nhất một số biện pháp:"
            ),
            P("Thiết kế câu hỏi đọc hiểu theo ba mức độ: nhận biết, thông hiểu, vận dụng.", "li"),
            P("Tăng cường cho học sinh tự đặt câu hỏi về văn bản.", "li"),
            P("Sử dụng phiếu học tập và bảng kiểm để đánh giá quá trình.", "li"),
            P(
                "Chuyên đề là dịp để giáo viên trong tổ trao đổi kinh nghiệm, tiếp tục đổi mới phương "
                "pháp dạy học theo Chương trình GDPT 2018."
            ),
            Raw('<p style="text-align: right;"><em>ThS. Nguyễn Thị Mai – Tổ Ngữ văn</em></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        opts={"form": "php", "time": "09:10", "poster": "admin"},
    ),
    Story(
        124,
        "le-ky-niem-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        1,
        "2026-11-20T16:05:00+07:00",
        [
            P(
                "Sáng 20/11/2026, Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)."
            ),
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT, Đảng ủy, UBND phường Bà Triệu, Ban đại "
                "diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
            ),
            Img("/site/upload/2026/11/20-11-le.jpg", "Các đại biểu dự Lễ kỷ niệm", "Các đại biểu dự Lễ kỷ niệm", "table"),
            P(
                "Ôn lại truyền thống, thầy Hiệu trưởng điểm lại những thành tích nổi bật của nhà trường "
                "trong năm học 2025-2026: 98,6% học sinh lớp 9 đỗ vào lớp 10 công lập, 31 giải học sinh "
                "giỏi cấp thành phố, 7 giải cấp tỉnh."
            ),
            P(
                "Thay mặt học sinh toàn trường, em Trần Bảo Ngọc (lớp 9A1) bày tỏ lòng biết ơn tới các "
                "thầy cô và hứa sẽ chăm ngoan, học giỏi."
            ),
            Img("/site/upload/2026/11/20-11-tang-hoa.jpg", "Học sinh tặng hoa tri ân thầy cô", "Học sinh tặng hoa tri ân thầy cô", "table"),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi "
                "đua “Dạy tốt – Học tốt” chào mừng ngày 20/11."
            ),
            Raw("<p><b>Tin: Nhóm PV</b></p><p><b>Ảnh: CLB Nhiếp ảnh</b></p>"),
        ],
        authors=["Nhóm PV"],
        photographers=["CLB Nhiếp ảnh"],
        opts={"form": "html", "time": "16:05"},
    ),
    Story(
        121,
        "hoi-thi-giao-vien-day-gioi-cap-truong",
        "Hội thi giáo viên dạy giỏi cấp trường: 24 thầy cô tham gia",
        2,
        "2026-11-17",
        [
            P(
                "Từ ngày 02 đến 14/11/2026, Trường THCS Trần Hưng Đạo tổ chức Hội thi giáo viên dạy giỏi "
                "cấp trường năm học 2026-2027 với 24 giáo viên dự thi ở 11 môn học."
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện hai tiết "
                "dạy: một tiết bốc thăm trước 3 ngày và một tiết tự chọn."
            ),
            P("Ban giám khảo đánh giá cao nhiều tiết dạy ứng dụng công nghệ thông tin hiệu quả."),
            P("Kết quả: 9 giáo viên đạt giải Nhất, 8 giáo viên đạt giải Nhì, 7 giáo viên đạt giải Ba."),
            P("Nhà trường chọn 6 giáo viên tham dự hội thi cấp thành phố vào tháng 02/2027."),
        ],
        # (harmonised after the first crawl: "Người đăng: Đỗ Văn Hùng" names the account that
        # posted, which the house never credits (asp_classic_thcs, aspnetmvc_edu_thcs); an office
        # posting under its own name, "Người đăng: Đoàn trường" below, is its author)
        authors=[],
        opts={"form": "php", "poster": "Đỗ Văn Hùng"},
    ),
    Story(
        118,
        "dai-hoi-chi-doan-giao-vien-2026-2027",
        "Đại hội Chi đoàn giáo viên nhiệm kỳ 2026-2027",
        3,
        "2026-11-12T14:30:00+07:00",
        [
            P(
                "Chiều 11/11/2026, Chi đoàn giáo viên Trường THCS Trần Hưng Đạo tổ chức Đại hội nhiệm "
                "kỳ 2026-2027 với sự tham dự của 19 đoàn viên."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đoàn nhiệm kỳ qua: tổ chức thành công 4 đợt tình "
                "nguyện, phối hợp Liên đội tổ chức Hội trại truyền thống, 100% đoàn viên hoàn thành tốt "
                "nhiệm vụ."
            ),
            P("Phương hướng nhiệm kỳ mới", "h3"),
            P("Xây dựng chi đoàn vững mạnh, đi đầu trong đổi mới phương pháp dạy học;"),
            P("Mỗi đoàn viên có ít nhất một sản phẩm số phục vụ giảng dạy;", "br"),
            P("Phối hợp Liên đội tổ chức các hoạt động trải nghiệm cho học sinh.", "br"),
            Img("/site/upload/2026/11/chi-doan-bch.jpg", "Ban Chấp hành Chi đoàn nhiệm kỳ 2026-2027 ra mắt Đại hội", "Ban Chấp hành Chi đoàn nhiệm kỳ 2026-2027 ra mắt Đại hội", "em"),
            P(
                "Đại hội đã bầu Ban Chấp hành gồm 3 đồng chí; đồng chí Lương Thị Hằng được bầu làm Bí "
                "thư Chi đoàn."
            ),
        ],
        authors=["Đoàn trường"],
        opts={"form": "php", "time": "14:30", "poster": "Đoàn trường"},
    ),
    Story(
        115,
        "tuyen-sinh-cau-lac-bo-nang-khieu-hoc-ky-i",
        "Thông báo tuyển sinh các câu lạc bộ năng khiếu học kỳ I",
        4,
        "2026-11-09",
        [
            P(
                "Nhằm phát triển năng khiếu và tạo sân chơi bổ ích cho học sinh, nhà trường thông báo "
                "tuyển sinh các câu lạc bộ năng khiếu học kỳ I năm học 2026-2027:"
            ),
            P("Câu lạc bộ Tiếng Anh giao tiếp (thứ Ba, thứ Năm);", "li"),
            P("Câu lạc bộ Robotics (thứ Bảy);", "li"),
            P("Câu lạc bộ Bóng rổ (thứ Hai, thứ Tư);", "li"),
            P("Câu lạc bộ Mỹ thuật (thứ Sáu).", "li"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 16/11/2026. Các câu lạc bộ bắt đầu "
                "sinh hoạt từ ngày 23/11/2026."
            ),
        ],
        opts={"form": "php", "poster": "admin"},
    ),
    Story(
        112,
        "hoc-sinh-dat-9-giai-hoc-sinh-gioi-cap-thanh-pho",
        "Học sinh trường THCS Trần Hưng Đạo đạt 9 giải học sinh giỏi cấp thành phố",
        1,
        "2026-11-05",
        [
            P(
                "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027, đội tuyển Trường "
                "THCS Trần Hưng Đạo đạt 9 giải, trong đó có 2 giải Nhất, 3 giải Nhì và 4 giải Ba."
            ),
            P("Danh sách học sinh đạt giải:"),
            P("Họ và tên | Lớp | Môn | Giải", "th"),
            P("Trần Bảo Ngọc | 9A1 | Ngữ văn | Nhất", "td"),
            P("Nguyễn Đức Minh | 9A2 | Toán | Nhất", "td"),
            P("Lê Hoàng Phúc | 9A1 | Vật lý | Nhì", "td"),
            P("Phạm Khánh Linh | 9A3 | Tiếng Anh | Nhì", "td"),
            P("Vũ Gia Huy | 9A2 | Tin học | Nhì", "td"),
            P("Đặng Thu Trang | 9A1 | Lịch sử | Ba", "td"),
            P("Hoàng Minh Khôi | 9A4 | Hóa học | Ba", "td"),
            P("Bùi Ngọc Ánh | 9A3 | Địa lý | Ba", "td"),
            P("Ngô Quang Vinh | 9A2 | Sinh học | Ba", "td"),
            P(
                "Các em đạt giải sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi chọn học sinh giỏi cấp "
                "tỉnh vào tháng 3/2027."
            ),
            Raw("<p><i>Nguồn: Phòng GD&amp;ĐT TP Nam Định</i></p>"),
        ],
        source="Phòng GD&ĐT TP Nam Định",
        opts={"form": "php", "poster": "admin"},
    ),
    Story(
        108,
        "to-khtn-sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc",
        "Tổ Khoa học tự nhiên sinh hoạt chuyên môn theo nghiên cứu bài học",
        2,
        "2026-10-30",
        [
            P(
                "Ngày 28/10/2026, Tổ Khoa học tự nhiên tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
                "bài học với tiết dạy minh họa bài “Tốc độ chuyển động” (môn Khoa học tự nhiên 7)."
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học của "
                "từng nhóm học sinh, ghi lại những khó khăn các em gặp phải khi đo quãng đường và thời gian."
            ),
            Img("/site/upload/2026/10/nghien-cuu-bai-hoc.jpg", "Giáo viên quan sát học sinh làm thí nghiệm đo tốc độ", "Giáo viên quan sát học sinh làm thí nghiệm đo tốc độ", "center"),
            P(
                "Trong phần thảo luận, tổ thống nhất điều chỉnh thời lượng hoạt động thực hành, bổ sung "
                "phiếu hướng dẫn cho nhóm học sinh còn lúng túng."
            ),
            P(
                "Hình thức sinh hoạt này giúp giáo viên hiểu rõ hơn cách học sinh tiếp nhận kiến thức, "
                "từ đó điều chỉnh bài dạy phù hợp."
            ),
            Raw('<p style="text-align: right;"><b>Tin: TS. Lê Quang Huy. Ảnh: Internet</b></p>'),
        ],
        authors=["Lê Quang Huy"],
        opts={"form": "html"},
    ),
    Story(
        104,
        "hoi-thi-nghi-thuc-doi-2026-2027",
        "Liên đội tổ chức Hội thi Nghi thức Đội năm học 2026-2027",
        3,
        "2026-10-15",
        [
            P(
                "Chào mừng 77 năm Ngày truyền thống Hội LHTN Việt Nam, ngày 14/10/2026, Liên đội Trường "
                "THCS Trần Hưng Đạo tổ chức Hội thi Nghi thức Đội cho các chi đội khối 6 và khối 7."
            ),
            P(
                "16 chi đội tham gia trình diễn các nội dung: chào cờ, đội hình đội ngũ, trống kèn và "
                "màn trình diễn sáng tạo."
            ),
            Img("/site/upload/2026/10/nghi-thuc-doi.jpg", "Chi đội 6A1 trình diễn đội hình đội ngũ", "Chi đội 6A1 trình diễn đội hình đội ngũ", "em"),
            P("Kết quả: giải Nhất thuộc về chi đội 7A2; giải Nhì chi đội 6A1; giải Ba chi đội 7A4 và 6A3."),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Hoàng Minh Châu</strong></p>'),
        ],
        authors=["Hoàng Minh Châu"],
        photographers=["Hoàng Minh Châu"],
        opts={"form": "php", "poster": "admin"},
    ),
    Story(
        100,
        "hoi-nghi-vien-chuc-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026-2027",
        1,
        "2026-09-25T10:20:00+07:00",
        [
            P(
                "Ngày 24/9/2026, Trường THCS Trần Hưng Đạo tổ chức Hội nghị viên chức, người lao động "
                "năm học 2026-2027."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026, phương hướng nhiệm vụ năm học "
                "2026-2027 và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở."
            ),
            P(
                "Năm học mới, nhà trường đặt mục tiêu duy trì tỷ lệ học sinh lên lớp trên 99%, có ít nhất "
                "35 giải học sinh giỏi cấp thành phố và hoàn thành kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Hội nghị đã ký kết giao ước thi đua giữa các tổ chuyên môn và bầu Ban Thanh tra nhân dân "
                "nhiệm kỳ 2026-2028."
            ),
            Raw('<p style="text-align: right;"><b>BBT</b></p><p><i>Theo Báo Nam Định</i></p>'),
        ],
        source="Báo Nam Định",
        opts={"form": "php", "time": "10:20", "poster": "admin"},
    ),
    Story(
        97,
        VN_SLUG,
        "Rộn ràng Lễ khai giảng năm học mới 2026-2027",
        1,
        "2026-09-05T11:00:00+07:00",
        [
            P(
                "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.200 học sinh Trường THCS "
                "Trần Hưng Đạo náo nức bước vào năm học mới 2026-2027.",
                "lead",
            ),
            P(
                "Buổi lễ có sự tham dự của đồng chí Phó Chủ tịch UBND thành phố, lãnh đạo Phòng GD&ĐT "
                "cùng đông đảo cha mẹ học sinh."
            ),
            Img("/site/upload/2026/09/khai-giang-1.jpg", "Học sinh khối 6 bước vào lễ khai giảng", "Học sinh khối 6 bước vào lễ khai giảng", "em"),
            P(
                "Năm học 2026-2027, nhà trường có 30 lớp với 1.236 học sinh, 68 cán bộ, giáo viên, nhân "
                "viên. Đây là năm học thứ năm nhà trường triển khai Chương trình GDPT 2018 ở tất cả các "
                "khối lớp."
            ),
            P(
                "Thầy Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp khai giảng và "
                "đánh trống khai trường."
            ),
            Img("/site/upload/2026/09/khai-giang-2.jpg", "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "em"),
            P("Phần văn nghệ chào mừng do học sinh các lớp biểu diễn đã mang đến không khí vui tươi."),
            P("Một số mục tiêu năm học", "h3"),
            P("Giữ vững tỷ lệ học sinh lớp 9 đỗ vào lớp 10 công lập trên 95%.", "li"),
            P("Xây dựng thư viện số và phòng học STEM.", "li"),
            P("Tăng cường giáo dục kỹ năng sống, an toàn giao thông cho học sinh.", "li"),
            Raw('<p style="text-align:right"><b>Tin: Phạm Thu Hà. Ảnh: Trần Minh Đức</b></p>'),
        ],
        authors=["Phạm Thu Hà"],
        photographers=["Trần Minh Đức"],
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 1.200 học sinh Trường THCS "
            "Trần Hưng Đạo náo nức bước vào năm học mới 2026-2027."
        ),
        opts={"form": "vn", "time": "11:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES if s.opts["form"] == "html"}
VN_PATH = f"/site/{VN_FOLDER}/{VN_SLUG}.html"


def php_path(story: Story, order: str = "id-cat") -> str:
    if order == "cat-id":
        return f"/site/chi-tiet.php?cat={story.cat}&id={story.id}"
    if order == "id":
        return f"/site/chi-tiet.php?id={story.id}"
    return f"/site/chi-tiet.php?id={story.id}&cat={story.cat}"


def canonical(story: Story) -> str:
    """The form the page's canonical link names, percent-encoded as a request target."""
    form = story.opts["form"]
    if form == "html":
        return f"/site/tin-tuc/{story.slug}.html"
    if form == "vn":
        return quote(VN_PATH)
    return php_path(story)


def _alts(story: Story) -> list[str]:
    forms = [php_path(story), php_path(story, "cat-id"), php_path(story, "id")]
    return [f for f in forms if f != canonical(story)]


GOLD = [
    gold_record(s, canonical(s), CATEGORIES[s.cat], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = [
    "/site/tin-tuc/?trang=2",
    "/site/gioi-thieu.html",
    "/site/lien-he.php",
    "/site/thu-vien-anh.php",
    "/site/danh-muc.php?cat=2",
    "/site/files/ke%20hoach.pdf",
]


# --- printing -------------------------------------------------------------------------------


def host(request: Request) -> str:
    return request.headers.get("Host", "127.0.0.1")


def day(story: Story) -> str:
    y, m, d = story.published_at[:10].split("-")
    return f"{d}/{m}/{y}"


def date_line(story: Story) -> str:
    t = story.opts.get("time")
    return f"Ngày đăng: {day(story)}" + (f" {t}" if t else "")


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def link(request: Request, story: Story, ctx: str) -> str:
    """The href (already attribute-escaped) a page of kind ``ctx`` prints for ``story``."""
    h = host(request)
    form = story.opts["form"]
    qs = f"id={story.id}&amp;cat={story.cat}"
    if ctx == "home":
        if form == "html":
            return f"tin-tuc/{story.slug}.html"
        if form == "vn":
            return f"{VN_FOLDER}/{VN_SLUG}.html"
        return f"./chi-tiet.php?{qs}#top" if story.id % 2 else f"chi-tiet.php?{qs}"
    if ctx == "list":
        if story.id == 115:
            return f"\n        chi-tiet.php?id={story.id}\n&amp;cat={story.cat}  \n    "
        if story.id == 100:
            return f"//{h}/site/chi-tiet.php?{qs}"
        if form == "html":
            return f"tin-tuc/{story.slug}.html"
        if form == "vn":
            return f"{VN_FOLDER}/{VN_SLUG}.html"
        return f"chi-tiet.php?{qs}"
    if ctx == "cat":
        if form == "html":
            return f"//{h}/site/tin-tuc/{story.slug}.html"
        if form == "vn":
            return quote(f"{VN_FOLDER}/{VN_SLUG}.html")
        return f"chi-tiet.php?cat={story.cat}&amp;id={story.id}"
    if ctx == "relA":
        if form == "html":
            return f"http://{h.upper()}/SITE/tin-tuc/{story.slug}.html"
        if form == "vn":
            return f"http://{h.upper()}/SITE/{VN_FOLDER}/{VN_SLUG}.html"
        return f"./chi-tiet.php?id={story.id}"
    if ctx == "relB":
        if form == "html":
            return f"../tin-tuc/{story.slug}.html"
        if form == "vn":
            return f"../{VN_FOLDER}/{VN_SLUG}.html"
        return f"../chi-tiet.php?{qs}#top"
    # "top": the most-read box, absolute links typed years ago
    if form == "php":
        return f"http://{h.upper()}/SITE/chi-tiet.php?{qs}"
    if form == "vn":
        return f"//{h}/site/{VN_FOLDER}/{VN_SLUG}.html"
    return f"//{h}/site/tin-tuc/{story.slug}.html"


def _src(src: str, rel: str) -> str:
    """An upload path as a template prints it: relative to the base or with ``../``."""
    return rel + src[len("/site/") :]


def _img(img: Img, rel: str) -> str:
    src = _src(img.src, rel)
    alt = esc(img.printed or "")
    tag = f'<img src="{src}" alt="{alt}" width="500" border="0" />'
    if img.style == "table":
        return (
            '<table class="image" align="center" cellpadding="3" border="0"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td class="caption" style="text-align: center;"><span style="font-size: 12px;">'
            f"{text(img.printed or '')}</span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed and img.style == "em":
        out += f'\n<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    elif img.printed and img.style == "center":
        out += f'\n<p align="center"><span style="color:#555555">{text(img.printed)}</span></p>'
    return out


def render_body(story: Story, rel: str) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html.replace('href="files/', f'href="{rel}files/'))
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b, rel))
            i += 1
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{text(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{text(b.text)}</p></blockquote>")
        elif b.style == "lead":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        else:
            lines = [text(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(text(blocks[i].text))
            out.append('<p style="text-align: justify;">' + "<br />\n".join(lines) + "</p>")
        i += 1
    return "\n".join(out)


MOST_READ = [124, 112, 129, 118, 108]


def layout(request: Request, title: str, main: str, *, base: bool = True, head: str = "") -> str:
    """The page frame. ``base``: the old header with ``<base href>``; else ``../`` links."""
    h = host(request)
    rel = "" if base else "../"
    base_tag = f'<base href="http://{h}/site/">\n' if base else ""
    menu = [
        (f"{rel}index.php?", "Trang chủ"),
        (f"{rel}gioi-thieu.html", "Giới thiệu"),
        (f"{rel}tin-tuc/", "Tin tức"),
        *((f"{rel}danh-muc.php?cat={k}", name) for k, name in CATEGORIES.items()),
        (f"{rel}thu-vien-anh.php", "Thư viện ảnh"),
        (f"{rel}files/ke hoach.pdf", "Văn bản"),
        (f"{rel}lien-he.php", "Liên hệ"),
    ]
    menu_html = " | ".join(f'<a href="{href}" class="menu">{esc(name)}</a>' for href, name in menu)
    most = "\n".join(
        f'<li><a href="{link(request, BY_ID[i], "top")}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{base_tag}<title>{esc(title)}</title>
<link href="{rel}css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{rel}js/jquery-1.4.2.min.js"></script>
{head}</head>
<body>
<a name="top" id="top"></a>
<table width="1000" align="center" cellpadding="0" cellspacing="0" id="khung">
<tr><td colspan="2" id="header">
<img src="{rel}images/banner.jpg" width="1000" height="160" alt="{esc(SCHOOL)} - Nam Định" />
<div class="ngayhomnay">{TODAY_HERE}</div>
</td></tr>
<tr><td colspan="2" id="menu">{menu_html}</td></tr>
<tr><td colspan="2"><marquee scrollamount="3">Chào mừng quý vị đến với website {esc(SCHOOL)} - TP Nam Định</marquee></td></tr>
<tr>
<td id="noidungchinh" valign="top" width="730">
{main}
</td>
<td id="cotphai" valign="top" width="270">
<div class="khoi"><div class="khoi-tieude">Tin đọc nhiều</div><ul class="docnhieu">
{most}
</ul></div>
<div class="khoi"><div class="khoi-tieude">Thăm dò ý kiến</div>
<form action="{rel}binh-chon.php" method="post">
<p>Bạn thấy website của trường thế nào?</p>
<input type="radio" name="ykien" value="1" /> Rất hữu ích<br />
<input type="radio" name="ykien" value="2" /> Hữu ích<br />
<input type="radio" name="ykien" value="3" /> Cần cải tiến<br />
<input type="submit" value="Bình chọn" /> <a href="{rel}binh-chon.php?xem=1">Xem kết quả</a>
</form></div>
<div class="khoi"><div class="khoi-tieude">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://namdinh.edu.vn">Sở GD&amp;ĐT Nam Định</option></select>
<p><a href="https://taphuan.csdl.edu.vn" target="_blank"><img src="{rel}images/taphuan.gif" alt="Tập huấn" /></a></p></div>
<div class="khoi"><div class="khoi-tieude">Thống kê truy cập</div>
<p>Đang online: 17<br />Hôm nay: 342<br />Hôm qua: 518<br />Tổng truy cập: 1.284.563</p></div>
</td>
</tr>
<tr><td colspan="2" id="footer">
<p><b>{esc(SCHOOL.upper())}</b></p>
<p>Địa chỉ: Số 45 đường Trần Hưng Đạo, phường Bà Triệu, TP Nam Định, tỉnh Nam Định</p>
<p>Điện thoại: 0228.3849.215 - Email: c2tranhungdao.nd@namdinh.edu.vn</p>
<p>Thiết kế: Tổ Tin học - Copyright &copy; 2009 - 2026 | <a href="#top">Lên đầu trang</a></p>
</td></tr>
</table>
</body>
</html>"""


def excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    words = first.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def item(request: Request, story: Story, ctx: str) -> str:
    href = link(request, story, ctx)
    thumb = story.images[0].src if story.images else "/site/images/no-image.jpg"
    return (
        '<div class="tin">'
        f'<a href="{href}"><img src="{_src(thumb, "")}" width="120" height="90" class="anhnho" /></a>'
        f'<a href="{href}" class="tieudetin">{esc(story.title)}</a> '
        f'<span class="ngay">({day(story)})</span>'
        f'<p class="trichdan">{esc(excerpt(story))}</p>'
        '<div style="clear:both"></div></div>'
    )


def pager(prefix: str, page: int, pages: int) -> str:
    out = ["Trang: "]
    for n in range(1, pages + 1):
        out.append(f"<b>[{n}]</b> " if n == page else f'<a href="{prefix}{n}">{n}</a> ')
    if page < pages:
        out.append(f'<a href="{prefix}{page + 1}">&raquo;</a>')
    return '<div class="phantrang">' + "".join(out) + "</div>"


def page_no(request: Request) -> int | None:
    value = request.params.get("trang", "1") or "1"
    return int(value) if value.isdigit() and int(value) >= 1 else None


def not_found() -> Response:
    return html("<html><body><h1>404 Not Found</h1><p>Trang không tồn tại.</p></body></html>", 404)


def home(request: Request) -> Response:
    top = newest(STORIES)[:5]
    first, rest = top[0], top[1:]
    main = (
        '<div class="khoi-giua"><div class="khoi-tieude">Tin mới nhất</div>'
        f'<div class="tinnoibat"><a href="{link(request, first, "home")}">'
        f'<img src="{_src(first.images[0].src, "")}" width="300" /></a>'
        f'<h3><a href="{link(request, first, "home")}">{esc(first.title)}</a></h3>'
        f"<p>{esc(excerpt(first))}</p></div>\n"
        + "\n".join(item(request, s, "home") for s in rest)
        + '<p align="right"><a href="tin-tuc/?trang=1">Xem tất cả &raquo;</a></p></div>'
    )
    main += (
        '<div class="khoi-giua"><div class="khoi-tieude">Chuyên mục</div><ul>'
        + "".join(f'<li><a href="danh-muc.php?cat={k}">{esc(n)}</a></li>' for k, n in CATEGORIES.items())
        + "</ul></div>"
    )
    return html(layout(request, f"{SCHOOL} - Nam Định", main))


def news_list(request: Request) -> Response:
    page = page_no(request)
    stories = newest(STORIES)
    pages = (len(stories) + LIST_PER_PAGE - 1) // LIST_PER_PAGE
    if page is None or page > pages:
        return not_found()
    chunk = stories[(page - 1) * LIST_PER_PAGE : page * LIST_PER_PAGE]
    main = (
        '<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; Tin tức</div>'
        '<div class="khoi-tieude">Tin tức</div>\n'
        + "\n".join(item(request, s, "list") for s in chunk)
        + pager("tin-tuc/?trang=", page, pages)
    )
    return html(layout(request, f"Tin tức - Trang {page} | {SCHOOL}", main))


def category(request: Request) -> Response:
    try:
        key = int(request.params.get("cat", ""))
    except ValueError:
        return not_found()
    page = page_no(request)
    if key not in CATEGORIES or page is None:
        return not_found()
    stories = newest([s for s in STORIES if s.cat == key])
    pages = (len(stories) + CAT_PER_PAGE - 1) // CAT_PER_PAGE
    if page > pages:
        return not_found()
    chunk = stories[(page - 1) * CAT_PER_PAGE : page * CAT_PER_PAGE]
    name = CATEGORIES[key]
    main = (
        f'<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; {esc(name)}</div>'
        f'<div class="khoi-tieude">{esc(name)}</div>\n'
        + "\n".join(item(request, s, "cat") for s in chunk)
        + (pager(f"danh-muc.php?cat={key}&amp;trang=", page, pages) if pages > 1 else "")
    )
    return html(layout(request, f"{name} | {SCHOOL}", main))


def _canonical_href(request: Request, story: Story) -> str:
    h = host(request)
    if story.opts["form"] == "html":
        return f"http://{h}/site/tin-tuc/{story.slug}.html"
    if story.opts["form"] == "vn":
        return f"http://{h}{VN_PATH}"
    return f"http://{h}/site/chi-tiet.php?id={story.id}&amp;cat={story.cat}"


def _related(request: Request, story: Story, ctx: str) -> str:
    same = [s for s in newest(STORIES) if s.cat == story.cat and s.id != story.id]
    return "\n".join(
        f'<li><a href="{link(request, s, ctx)}">{esc(s.title)}</a> <span class="ngay">({day(s)})</span></li>'
        for s in same
    )


def article_old(request: Request, story: Story) -> Response:
    """``chi-tiet.php``: the old template (base element), for every article."""
    name = CATEGORIES[story.cat]
    tomtat = (
        f'<div class="tomtat"><b>{text(story.summary)}</b></div>\n' if story.sapo_outside else ""
    )
    here = quote(f"http://{host(request)}/site/chi-tiet.php?id={story.id}&cat={story.cat}", safe="")
    main = f"""<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; <a href="danh-muc.php?cat={story.cat}">{esc(name)}</a></div>
<div class="chitiet">
<h2 class="tieude">{esc(story.title)}</h2>
<div class="ngaydang">{date_line(story)} | Người đăng: {esc(story.opts.get("poster", "admin"))} | Lượt xem: {story.views()}</div>
<div class="congcu"><a href="javascript:window.print();"><img src="images/print.gif" /> In bài</a> |
<a href="mailto:?subject={quote(story.title)}&amp;body={here}"><img src="images/email.gif" /> Gửi email</a> |
<a href="#top">Lên đầu trang</a></div>
{tomtat}<div class="noidung">
{render_body(story, "")}
</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={here}" target="_blank"><img src="images/facebook.png" alt="Chia sẻ Facebook" /></a></div>
</div>
<div class="tinkhac"><h3>Các tin khác</h3><ul>
{_related(request, story, "relA")}
</ul></div>"""
    head = f'<link rel="canonical" href="{_canonical_href(request, story)}" />\n'
    return html(layout(request, f"{story.title} | {SCHOOL}", main, head=head))


def article_new(request: Request, story: Story) -> Response:
    """The rewritten ``.html`` page: no base element, ``../`` links."""
    name = CATEGORIES[story.cat]
    main = f"""<div class="duongdan"><a href="../index.php?">Trang chủ</a> / <a href="../danh-muc.php?cat={story.cat}">{esc(name)}</a></div>
<div class="baiviet">
<h2 class="tieude">{esc(story.title)}</h2>
<p class="ngay">{date_line(story)}</p>
<div class="noidung">
{render_body(story, "../")}
</div>
<div class="congcu"><a href="javascript:window.print();">In trang</a> | <a href="#top">Về đầu trang</a></div>
</div>
<div class="tincungmuc"><h3>Tin cùng chuyên mục</h3><ul>
{_related(request, story, "relB")}
</ul></div>"""
    head = f'<link rel="canonical" href="{_canonical_href(request, story)}" />\n'
    return html(layout(request, f"{story.title} | {SCHOOL}", main, base=False, head=head))


def gioi_thieu(request: Request) -> Response:
    main = """<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; Giới thiệu</div>
<div class="chitiet"><h2 class="tieude">Giới thiệu chung về nhà trường</h2>
<div class="noidung">
<p>Trường THCS Trần Hưng Đạo được thành lập năm 1962, là một trong những trường THCS có bề dày truyền thống của thành phố Nam Định.</p>
<p>Năm học 2026-2027, nhà trường có 30 lớp với 1.236 học sinh; 68 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn.</p>
<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2019 và nhiều năm liền được công nhận Tập thể lao động xuất sắc.</p>
<h3>Ban Giám hiệu</h3>
<ul><li>Hiệu trưởng: Nguyễn Văn Thành</li><li>Phó Hiệu trưởng: Trần Thị Hương</li><li>Phó Hiệu trưởng: Lê Văn Quý</li></ul>
<p style="text-align: center;"><img src="upload/gioi-thieu/toan-canh.jpg" width="500" /></p>
</div></div>"""
    return html(layout(request, f"Giới thiệu | {SCHOOL}", main))


def lien_he(request: Request) -> Response:
    sent = request.method == "POST"
    note = '<p class="thongbao">Cảm ơn bạn đã gửi liên hệ!</p>' if sent else ""
    main = f"""<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; Liên hệ</div>
<div class="khoi-tieude">Liên hệ</div>{note}
<p><b>{esc(SCHOOL)}</b><br />Địa chỉ: Số 45 đường Trần Hưng Đạo, phường Bà Triệu, TP Nam Định<br />
Điện thoại: 0228.3849.215<br />Email: c2tranhungdao.nd@namdinh.edu.vn</p>
<form action="lien-he.php" method="post">
<table><tr><td>Họ tên:</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email:</td><td><input type="text" name="email" size="40" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="40" /></td></tr>
<tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="45"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" /> <input type="reset" value="Nhập lại" /></td></tr></table>
</form>
<iframe src="https://maps.google.com/maps?q=THCS+Tran+Hung+Dao+Nam+Dinh&amp;output=embed" width="700" height="300"></iframe>"""
    return html(layout(request, f"Liên hệ | {SCHOOL}", main))


ALBUMS = [
    ("Lễ khai giảng năm học 2026-2027", "2026/09/khai-giang-1.jpg", "05/09/2026"),
    ("Hội khỏe Phù Đổng cấp trường", "2026/12/hkpd-khai-mac.jpg", "03/12/2026"),
    ("Ngày Nhà giáo Việt Nam 20/11", "2026/11/20-11-le.jpg", "20/11/2026"),
    ("Hội thi Nghi thức Đội", "2026/10/nghi-thuc-doi.jpg", "15/10/2026"),
]


def thu_vien_anh(request: Request) -> Response:
    cells = "\n".join(
        f'<td align="center" width="33%"><img src="upload/{src}" width="200" height="150" /><br />'
        f"<b>{esc(name)}</b><br /><span class=\"ngay\">({d})</span></td>"
        for name, src, d in ALBUMS
    )
    main = f"""<div class="breadcrumb"><a href="index.php?">Trang chủ</a> &raquo; Thư viện ảnh</div>
<div class="khoi-tieude">Thư viện ảnh</div>
<table width="100%" class="album"><tr>
{cells}
</tr></table>"""
    return html(layout(request, f"Thư viện ảnh | {SCHOOL}", main))


class UrlFormsSite:
    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        qs = f"?{request.query}" if request.query else ""
        if path in ("/", "/site"):
            return Response(301, "", {"Location": f"{base_url(request)}/site/"})
        if path != path.lower():
            return Response(301, "", {"Location": f"{base_url(request)}{quote(path.lower())}{qs}"})
        if not path.startswith("/site/"):
            return None
        if path.startswith(("/site/upload/", "/site/images/", "/site/css/", "/site/js/")):
            return static_file(path)
        if path == "/site/files/ke hoach.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path in ("/site/", "/site/index.php"):
            return home(request)
        if path == "/site/tin-tuc/":
            return news_list(request)
        if path == "/site/danh-muc.php":
            return category(request)
        if path == "/site/chi-tiet.php":
            raw = request.params.get("id", "")
            story = BY_ID.get(int(raw)) if raw.isdigit() else None
            return article_old(request, story) if story else not_found()
        if path == "/site/gioi-thieu.html":
            return gioi_thieu(request)
        if path == "/site/lien-he.php":
            return lien_he(request)
        if path == "/site/thu-vien-anh.php":
            return thu_vien_anh(request)
        if path == VN_PATH and not request.query:
            return article_new(request, BY_ID[97])
        if m := re.fullmatch(r"/site/tin-tuc/([a-z0-9-]+)\.html", path):
            story = BY_SLUG.get(m.group(1))
            return article_new(request, story) if story and not request.query else not_found()
        return not_found()


def build_site() -> UrlFormsSite:
    return UrlFormsSite()
