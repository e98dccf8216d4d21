"""Phòng Giáo dục và Đào tạo thành phố Hội An: a Laravel 10 vendor eGov portal for district offices.

Platform
--------
A Vietnamese vendor's "eGov" package on Laravel 10: Blade templates, Tailwind CSS (utility classes
everywhere, ``lg:order-last``, ``text-[13px]``), Alpine.js for the drop-down menus, the home slider,
the font-size tool and the "Xem toàn bộ bài viết" fold (``x-data``, ``x-show``, ``x-cloak``), a
``<meta name="csrf-token">`` and ``_token`` fields in every POST form, Vite assets under
``/build/assets/``, Laravel's own Tailwind paginator views translated to Vietnamese ("« Trước",
"Sau »", "Hiển thị 1 đến 4 của 6 kết quả"; absolute URLs, page 1 printed as ``?page=1``) and the
``simplePaginate`` view in one category. Articles are typed in TinyMCE 5 (``<figure
class="image">`` + ``<figcaption>``, tables, relative image URLs of ``relative_urls: true``), some
pasted from Word (``MsoNormal``), one pasted from an e-mail (``<br><br>`` paragraphs).

URL scheme
----------
- ``/`` home: Alpine slider of featured "banners" (links typed by hand), three category sections,
  sidebar;
- ``/danh-muc/<slug>`` and ``/danh-muc/<slug>?page=<n>`` category listings, 4 per page
  (out-of-range pages answer 200 with an empty list, as Laravel does; a non-numeric page is page 1);
- ``/tin-tuc/<slug>.html`` articles (any query is ignored by the route; ``?page=<n>`` pages the
  readers' comments);
- ``/tag/<slug>`` tag listings, ``/tim-kiem?tu_khoa=`` search, ``/van-ban`` and ``/van-ban/<id>``
  documents, ``/gioi-thieu``, ``/lien-he``;
- ``/storage/files/<file>`` attachments (PDF), ``/storage/images/<yyyy>/<mm>/<file>`` images
  (``…/thumbs/<file>`` thumbnails of the listings);
- a trailing slash is answered 301 to the path without it (Laravel's ``.htaccess``); a POST without
  a valid session answers 419 "Page Expired".

Page templates
--------------
Every page: top bar with today's date "Thứ Bảy, 05/12/2026", header (logo; the office's name is the
page's only ``<h1>``), Alpine drop-down menu, breadcrumb, footer with the office's address, a
visitor counter, a floating "Lên đầu trang" button. Article page: the sidebar ``<aside>`` comes
FIRST in the DOM (moved right by ``lg:order-last``), then ``<article>``: headline in ``<h2>``,
meta line (date "02-12-2026 10:15", "Lượt xem", poster or author, font-size and print tools), lead
``div.bv-mota`` when the editor filled it, the TinyMCE text in ``div#noi-dung-bv``, the attachments
box, tags, share bar, readers' comments, "Tin liên quan".

How each gold article is reached
--------------------------------
- "Tin tức - Sự kiện" (6): page 1 holds #101 #104 #105 #107, page 2 only #109 #112.
- "Hoạt động chuyên môn" (5 own + #105 filed there too), ``simplePaginate``: page 1 #102 #105
  #106 #108, page 2 only #110 #113.
- "Thông báo" (2, one page): #103 #111.
- Home: slider #101 (by its OLD slug), #102, #104, #107; sections with the 3 newest of each
  category; sidebar "Tin mới nhất" (5 newest) and "Xem nhiều" (#107 #108 #101 #102).

Traps
-----
1. Laravel paginator (listed kind: pagination, duplicates). Absolute URLs, page 1 linked as
   ``?page=1`` (same list as the bare category URL), numbers only on the ``hidden sm:flex`` half,
   and "Hoạt động chuyên môn" uses ``simplePaginate`` ("« Trước" / "Sau »" and no numbers, no
   total). Four articles (#109 #110 #112 #113) are linked only from a page 2. Gold: they are
   articles like any other; listings are never articles.
2. Truncated headlines (not a listed kind). Listings, slider and sidebar print ``Str::limit($title,
   …)`` ("Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 3” tạ..."), the full headline only in
   the anchor's ``title`` attribute and on the article page. Gold title: the article page's
   ``<h2>`` in full.
3. Metadata that disagrees with the page (not a listed kind). ``<title>``/``og:title`` carry the
   editor's SEO title (#104: "Ngày Pháp luật 2026: 100% trường học ở Hội An tổ chức sân chơi pháp
   luật"), and ``article:published_time`` carries ``updated_at`` in UTC (vendor bug; differs from
   the printed date for #101 and #104). The page's only ``<h1>`` is the office's name. Gold: title
   = the printed headline; published_at = the printed "Ngày đăng" in +07:00.
4. The sidebar comes first in the DOM (not a listed kind). "Tin mới nhất" prints other articles'
   headlines (``<h3>``) with dates in the very same format as the meta line ("03-12-2026 16:40")
   before the article. Gold: none of the sidebar is the article's; its date is the meta line's.
5. Lazy images with TinyMCE relative URLs (not a listed kind). #102's photos are
   ``<img src="/images/blank.gif" data-src="../../storage/images/2026/12/….jpg" class="lazyload">``
   (the blade helper rewrote ``src``; TinyMCE stored the URL relative). Gold images: the
   ``data-src`` resolved against the page (``/storage/images/2026/12/….jpg``); the placeholder
   gif is no image.
6. Lead printed twice (not a listed kind). #101's editor filled the lead field AND pasted the lead
   as the first paragraph of the text: ``div.bv-mota`` and the first ``<p>`` are identical. Gold:
   summary = the lead; the body holds it once (as its first paragraph).
7. Folded text (not a listed kind). #108 prints its first three paragraphs, then the rest inside
   ``<div x-show="xemThem" x-cloak style="display:none">`` with a "Xem toàn bộ bài viết" button.
   Gold: the hidden paragraphs and the photo inside are the article's; the button is not text.
8. Filed under two categories (not a listed kind). #105 (breadcrumb "Tin tức - Sự kiện") is also
   listed on "Hoạt động chuyên môn" (many-to-many ``post_category``). Gold category: "Tin tức - Sự
   kiện", as its breadcrumb prints; one record, one URL.
9. Readers' comments under the text (not a listed kind). #107 has "Ý kiến bạn đọc (7)": names,
   dates ("23-11-2026 10:05", later than the article) and comment paragraphs, 5 per page with a
   Laravel paginator on the article's own URL: ``…html?page=1`` and ``…html?page=2`` serve the
   same article with other comments. Gold: comments are neither body, authors nor date; both
   ``?page=`` URLs are ``alt_paths``.
10. Old slug still served (listed kind: duplicates). #101's title was edited after publication;
    the slider banner keeps the old link ``/tin-tuc/hoi-an-tuyen-duong-giao-vien-day-gioi-nam-2026
    .html``, which answers 200 with the same article (canonical to the new slug). Gold: path = the
    new slug, the old one in ``alt_paths``.
11. Invisible characters of a paste from Zalo/Facebook (listed kind: encodings). #109's paragraphs
    carry U+FEFF and U+200B (``,\\u200b ``). Gold: text without them.
12. Update date printed before the publication date (listed kind: dates). #104's meta line reads
    "Cập nhật: 04-12-2026 08:00" then "28-11-2026 09:30". Gold: 2026-11-28T09:30:00+07:00.
13. Midnight and date-only lines (listed): #106 prints "24-11-2026 00:00" -> "2026-11-24"; #113
    prints only "15-10-2026" -> "2026-10-15".
14. Official notice (listed): #103 is printed as a document (letterhead table, "Số: 412/TB-PGDĐT",
    "Hội An, ngày 30 tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer). Gold: date
    "2026-11-30" (the letterhead's, not the meta line's 01-12-2026 08:05), author the signer "Lê
    Thị Thu Hiền", letterhead/kind/subject/closing and the "Tải về:" line not body. The same
    notice is also a document entry ``/van-ban/15`` (not an article).
15. Bylines, captions and sources as the editors type them (listed): "Tin, ảnh: X" (#101), a name
    with its unit (#102), "ThS. … - Chuyên viên …" (#108), "Tin: X - Ảnh: Y" (#107), unit alone
    "Tổ Mầm non" (#106), "BBT" (#109: nobody), "Tác giả:" in the meta line (#105), "Người đăng:
    pgd.hoian" accounts (nobody), parenthesised captions (#107, #110), a credit-only line "Ảnh: Lê
    Quang Vinh" (#102: caption None, photographer), "Nguồn: …" lines (#104, #112), a "Xem thêm:"
    box inside the text (#104), Word list markers (``mso-list:Ignore``, #105), emoji drawn as
    ``<img alt="📌">`` bullets and a typed "👉" (#111), ``<br><br>`` paragraphs (#113).

Gold decisions on ambiguous points
----------------------------------
- The bold first paragraph of #107 is its sapo (summary) and the body's first paragraph. The
  ``div.bv-mota`` lead (#102, #104, #112) is the summary and the body's first paragraph.
- Invisible format characters (U+200B, U+FEFF) are not text.
- The attachments box, tags, share bar, comments and "Tin liên quan" are chrome.
- #104's source "Báo Quảng Nam" with author "Minh Anh" (the right-aligned name above it).
- A paragraph starting "Theo báo cáo…"/"Theo đánh giá…" is text, not a source.
- #113's byline "Bộ phận THCS" is a unit signing alone: the author as printed.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

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
    static_file,
)

NAME = "laravel_vendor_egov_pgd"
PLATFORM = "Laravel 10 vendor eGov portal (Blade, Tailwind, Alpine.js, TinyMCE 5)"
START_PATH = "/"

OFFICE = "Phòng Giáo dục và Đào tạo thành phố Hội An"
SHORT = "Phòng GD&ĐT Hội An"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 0)
ICT = timezone(timedelta(hours=7))
PER_PAGE = 4
CSRF = hashlib.sha1(NAME.encode()).hexdigest()

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
#: which Laravel paginator view each category's blade uses
SIMPLE_PAGINATOR = {"hoat-dong-chuyen-mon"}

TAGS = {
    "giao-vien-day-gioi": "Giáo viên dạy giỏi",
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "chuyen-doi-so": "Chuyển đổi số",
    "phap-luat": "Pháp luật",
}


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles ----------------------------------------------------------------------------

S101 = Story(
    id=101,
    slug="tuyen-duong-58-giao-vien-day-gioi-cap-thanh-pho-nam-hoc-2026-2027",
    title="Tuyên dương 58 giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T16:40:00+07:00",
    summary=(
        "Chiều 03/12, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức lễ tổng kết và tuyên dương"
        " 58 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố các bậc học Mầm non, Tiểu học"
        " và Trung học cơ sở năm học 2026 - 2027."
    ),
    blocks=[
        P(
            "Chiều 03/12, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức lễ tổng kết và tuyên dương"
            " 58 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố các bậc học Mầm non, Tiểu học"
            " và Trung học cơ sở năm học 2026 - 2027."
        ),
        P(
            "Tham dự buổi lễ có bà Phan Thị Diệu Hằng, Phó Chủ tịch UBND thành phố; lãnh đạo Phòng Giáo"
            " dục và Đào tạo, đại diện Công đoàn ngành Giáo dục thành phố cùng hiệu trưởng các trường"
            " mầm non, tiểu học, trung học cơ sở trên địa bàn."
        ),
        P(
            "Hội thi Giáo viên dạy giỏi cấp thành phố năm nay được tổ chức từ ngày 10/11 đến ngày"
            " 28/11/2026 với 87 giáo viên tham gia. Mỗi giáo viên trình bày biện pháp nâng cao chất"
            " lượng giảng dạy và thực hiện hai tiết dạy thực hành tại các trường trên địa bàn, trong đó"
            " có một tiết dạy được bốc thăm trước 03 ngày."
        ),
        Img(
            "/storage/images/2026/12/tuyen-duong-gvdg-01.jpg",
            printed="Lãnh đạo UBND thành phố trao giấy khen cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố",
            caption="Lãnh đạo UBND thành phố trao giấy khen cho các giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố",
            style="figure",
        ),
        P(
            "Kết quả, Ban Tổ chức công nhận 58 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp thành phố,"
            " gồm 17 giáo viên mầm non, 24 giáo viên tiểu học và 17 giáo viên trung học cơ sở. Nhiều"
            " tiết dạy được Ban Giám khảo đánh giá cao nhờ vận dụng linh hoạt các phương pháp dạy học"
            " tích cực, tổ chức cho học sinh hoạt động nhóm và ứng dụng hiệu quả công nghệ thông tin."
        ),
        P(
            "Phát biểu tại buổi lễ, bà Phan Thị Diệu Hằng ghi nhận sự nỗ lực của đội ngũ nhà giáo thành"
            " phố, đồng thời đề nghị các trường tiếp tục tạo điều kiện để giáo viên chia sẻ kinh nghiệm,"
            " nhân rộng các tiết dạy hay thông qua hoạt động sinh hoạt chuyên môn theo nghiên cứu bài học."
        ),
        P(
            "Dịp này, UBND thành phố tặng giấy khen cho 58 giáo viên đạt danh hiệu; Phòng Giáo dục và"
            " Đào tạo tặng giấy khen cho 06 tập thể có thành tích xuất sắc trong công tác tổ chức, tham"
            " gia hội thi."
        ),
        _right("<strong>Tin, ảnh: Hoàng Minh Khoa</strong>"),
    ],
    authors=["Hoàng Minh Khoa"],
    photographers=["Hoàng Minh Khoa"],
    opts={
        "dt": datetime(2026, 12, 3, 16, 40),
        "updated": datetime(2026, 12, 4, 7, 50),
        "sapo_repeat": True,
        "old_slug": "hoi-an-tuyen-duong-giao-vien-day-gioi-nam-2026",
        "files": [("qd-cong-nhan-gvdg-2026-2027.pdf", "QĐ công nhận GVDG cấp thành phố 2026-2027.pdf", "286 KB")],
        "tags": ["giao-vien-day-gioi"],
    },
)

S102 = Story(
    id=102,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-3-tai-truong-th-cam-chau",
    title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 3” tại Trường Tiểu học Cẩm Châu",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T10:15:00+07:00",
    summary=(
        "Sáng 01/12, tại Trường Tiểu học Cẩm Châu, Phòng Giáo dục và Đào tạo tổ chức chuyên đề cấp"
        " thành phố “Dạy học phát triển năng lực đọc cho học sinh lớp 3” với sự tham gia của hơn 60"
        " cán bộ quản lý, giáo viên khối 3 các trường tiểu học trên địa bàn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại chuyên đề, cô giáo Trần Thị Bích Ngọc thực hiện tiết dạy minh họa bài đọc “Ngày hội"
            " rừng xanh” (sách Tiếng Việt 3, bộ Kết nối tri thức với cuộc sống). Tiết học được thiết kế"
            " theo các hoạt động khởi động, khám phá, luyện tập và vận dụng, giúp học sinh vừa đọc đúng,"
            " đọc diễn cảm vừa biết liên hệ nội dung bài đọc với thực tế cuộc sống."
        ),
        Img(
            "../../storage/images/2026/12/chuyen-de-doc-lop3-01.jpg",
            printed="Cô giáo Trần Thị Bích Ngọc hướng dẫn học sinh lớp 3/2 đọc phân vai",
            caption="Cô giáo Trần Thị Bích Ngọc hướng dẫn học sinh lớp 3/2 đọc phân vai",
            style="next",
        ),
        P(
            "Điểm nhấn của tiết dạy là hoạt động “Góc đọc của em”, trong đó mỗi nhóm học sinh tự chọn"
            " một câu chuyện ngắn, cùng đọc, trao đổi và giới thiệu lại cho các bạn bằng sơ đồ tư duy."
            " Nhiều em mạnh dạn nêu suy nghĩ của mình về các nhân vật, thể hiện rõ sự hứng thú với giờ học."
        ),
        P(
            "Sau tiết dạy minh họa, các đại biểu chia thành 04 nhóm thảo luận về những khó khăn khi dạy"
            " đọc hiểu văn bản thông tin, cách đặt câu hỏi mở và cách hỗ trợ học sinh đọc chậm. Các ý"
            " kiến tập trung vào việc tăng thời lượng đọc trên lớp, khai thác thư viện xanh và phối hợp"
            " với cha mẹ học sinh duy trì thói quen đọc sách ở nhà."
        ),
        Img(
            "../../storage/images/2026/12/chuyen-de-doc-lop3-02.jpg",
            printed="Ảnh: Lê Quang Vinh",
            caption=None,
            style="credit",
        ),
        P(
            "Phát biểu kết luận, ông Nguyễn Văn Sơn, Trưởng phòng Giáo dục và Đào tạo, đánh giá cao sự"
            " chuẩn bị chu đáo của Trường Tiểu học Cẩm Châu và đề nghị các trường tiếp tục tổ chức"
            " chuyên đề cấp trường, cụm trường để giáo viên có thêm cơ hội học hỏi, trao đổi kinh nghiệm."
        ),
        _right("<strong>Nguyễn Thị Thu Sương</strong> - Trường TH Cẩm Châu"),
    ],
    authors=["Nguyễn Thị Thu Sương"],
    photographers=["Lê Quang Vinh"],
    opts={"dt": datetime(2026, 12, 2, 10, 15), "lazy": True, "tags": ["giao-vien-day-gioi"]},
)

_LETTERHEAD = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND THÀNH PHỐ HỘI AN<br>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>Số: 412/TB-PGDĐT</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT'
    " NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br><em>Hội An, ngày 30 tháng 11"
    " năm 2026</em></td></tr></tbody></table>"
)
_CLOSING = (
    '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Các trường THCS trên địa bàn;<br>- Lãnh đạo Phòng;<br>- Lưu: VT, THCS.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. TRƯỞNG PHÒNG<br>PHÓ TRƯỞNG'
    " PHÒNG</strong><br><br><em>(Đã ký)</em><br><br><strong>Lê Thị Thu Hiền</strong></td>"
    "</tr></tbody></table>"
)

S103 = Story(
    id=103,
    slug="thong-bao-ve-viec-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        Raw('<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'),
        Raw(
            '<p style="text-align: center;"><strong>Về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp'
            " giỏi cấp THCS năm học 2026 - 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện"
            " nhiệm vụ năm học 2026 - 2027 cấp Trung học cơ sở;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS"
            " năm học 2026 - 2027 như sau:"
        ),
        P("1. Đối tượng và điều kiện dự thi", "h"),
        P(
            "Giáo viên đang trực tiếp làm công tác chủ nhiệm lớp tại các trường THCS trên địa bàn thành"
            " phố, có ít nhất 03 năm làm công tác chủ nhiệm và đạt danh hiệu Giáo viên chủ nhiệm lớp"
            " giỏi cấp trường năm học 2025 - 2026."
        ),
        P("2. Thời gian, địa điểm", "h"),
        P(
            "Nộp hồ sơ đăng ký: trước ngày 15/12/2026 tại Phòng Giáo dục và Đào tạo (bộ phận chuyên môn THCS).",
            "li",
        ),
        P(
            "Thi trình bày biện pháp giáo dục học sinh: ngày 06/01/2027 tại Trường THCS Nguyễn Duy Hiệu.",
            "li",
        ),
        P(
            "Thi thực hành tiết sinh hoạt lớp: từ ngày 11/01 đến ngày 15/01/2027 tại đơn vị của giáo viên dự thi.",
            "li",
        ),
        P("3. Tổ chức thực hiện", "h"),
        P(
            "Hiệu trưởng các trường THCS phổ biến thông báo này đến toàn thể giáo viên, lựa chọn và gửi"
            " danh sách giáo viên dự thi đúng thời gian quy định. Trong quá trình thực hiện nếu có vướng"
            " mắc, đề nghị liên hệ bà Lê Thị Thu Hiền, Phó Trưởng phòng, số điện thoại 0905 218 447 để"
            " được hướng dẫn./."
        ),
        Raw(_CLOSING),
        Raw(
            '<p>Tải về: <a href="/storage/files/412-tb-pgddt.pdf" target="_blank" rel="noopener">'
            "Thông báo số 412/TB-PGDĐT</a></p>"
        ),
    ],
    authors=["Lê Thị Thu Hiền"],
    opts={"dt": datetime(2026, 12, 1, 8, 5), "printed_check": "ngày 30 tháng 11 năm 2026"},
)

S104 = Story(
    id=104,
    slug="nganh-giao-duc-hoi-an-huong-ung-ngay-phap-luat-viet-nam-nam-2026",
    title="Ngành Giáo dục Hội An hưởng ứng Ngày Pháp luật Việt Nam năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-28T09:30:00+07:00",
    summary=(
        "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (09/11), từ đầu tháng 11 đến"
        " nay, các trường học trên địa bàn thành phố Hội An đã tổ chức nhiều hoạt động tuyên truyền,"
        " phổ biến pháp luật phong phú, phù hợp với lứa tuổi học sinh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại Trường THCS Lý Tự Trọng, sân khấu hóa “Em yêu pháp luật” thu hút hơn 600 học sinh tham"
            " gia. Qua các tiểu phẩm về an toàn giao thông, phòng chống bạo lực học đường và sử dụng"
            " mạng xã hội an toàn, học sinh được trang bị thêm những kiến thức pháp luật gần gũi với"
            " cuộc sống hằng ngày."
        ),
        Raw("__XEMTHEM__"),
        P(
            "Trường THCS Chu Văn An tổ chức cuộc thi “Rung chuông vàng” với chủ đề tìm hiểu Luật Trẻ em,"
            " Luật Giao thông đường bộ và quy tắc ứng xử trong trường học. Sau 20 câu hỏi, em Nguyễn"
            " Hoàng Bảo Ngân, lớp 8/3, là học sinh duy nhất trụ lại đến cuối cùng và giành chiếc chuông vàng."
        ),
        Img(
            "/storage/images/2026/11/ngay-phap-luat-2026.jpg",
            printed="Học sinh Trường THCS Chu Văn An tham gia cuộc thi “Rung chuông vàng” tìm hiểu pháp luật",
            caption="Học sinh Trường THCS Chu Văn An tham gia cuộc thi “Rung chuông vàng” tìm hiểu pháp luật",
            style="figure",
        ),
        P(
            "Ở bậc tiểu học, các trường lồng ghép nội dung giáo dục pháp luật vào tiết sinh hoạt dưới"
            " cờ, tiết Đạo đức và hoạt động trải nghiệm. Nhiều trường phối hợp với Công an phường, xã tổ"
            " chức buổi nói chuyện chuyên đề về phòng chống xâm hại trẻ em và kỹ năng tự bảo vệ bản thân."
        ),
        P(
            "Theo đánh giá của Phòng Giáo dục và Đào tạo, 100% trường học trên địa bàn đã xây dựng kế"
            " hoạch và tổ chức các hoạt động hưởng ứng Ngày Pháp luật, góp phần nâng cao ý thức chấp"
            " hành pháp luật của cán bộ, giáo viên, nhân viên và học sinh."
        ),
        _right("<strong>Minh Anh</strong>"),
        _right("<em>Nguồn: Báo Quảng Nam</em>"),
    ],
    authors=["Minh Anh"],
    source="Báo Quảng Nam",
    opts={
        "dt": datetime(2026, 11, 28, 9, 30),
        "updated": datetime(2026, 12, 4, 8, 0),
        "show_updated": True,
        "seo_title": "Ngày Pháp luật 2026: 100% trường học ở Hội An tổ chức sân chơi pháp luật",
        "tags": ["phap-luat"],
    },
)

S105 = Story(
    id=105,
    slug="hoi-thao-chuyen-doi-so-trong-quan-ly-truong-hoc-nam-2026",
    title="Hội thảo chuyển đổi số trong quản lý trường học năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 24/11, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức Hội thảo “Chuyển đổi số"
            " trong quản lý trường học” cho hơn 120 cán bộ quản lý, nhân viên văn thư, kế toán các"
            " trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
        ),
        P(
            "Hội thảo nhằm đánh giá kết quả triển khai các phần mềm quản lý, hồ sơ điện tử, học bạ số và"
            " thanh toán không dùng tiền mặt trong năm học 2025 - 2026; đồng thời chia sẻ kinh nghiệm,"
            " đề xuất giải pháp đẩy mạnh chuyển đổi số trong giai đoạn tiếp theo."
        ),
        Img("/storage/images/2026/11/hoi-thao-chuyen-doi-so.jpg", style="bare"),
        P("Những kết quả bước đầu", "h"),
        P(
            "Theo báo cáo của Phòng Giáo dục và Đào tạo, đến nay các trường trên địa bàn đã cơ bản hoàn"
            " thành việc số hóa hồ sơ quản lý học sinh, giáo viên trên cơ sở dữ liệu ngành. Một số chỉ"
            " tiêu chính được thống kê như sau:"
        ),
        P("Nội dung | Mầm non | Tiểu học | THCS", "tr"),
        P("Trường sử dụng hồ sơ điện tử | 16/16 | 13/13 | 9/9", "tr"),
        P("Trường triển khai học bạ số | - | 13/13 | 9/9", "tr"),
        P("Tỷ lệ thu học phí không dùng tiền mặt | 87% | 94% | 96%", "tr"),
        P("Chia sẻ kinh nghiệm từ cơ sở", "h"),
        P(
            "Đại diện Trường Tiểu học Sơn Phong chia sẻ cách nhà trường ứng dụng chữ ký số trong hồ sơ"
            " chuyên môn, giúp giảm đáng kể thời gian in ấn, lưu trữ. Trường Mầm non Hoa Hồng giới thiệu"
            " việc sử dụng ứng dụng liên lạc điện tử để thông báo thực đơn, tình hình sức khỏe của trẻ"
            " đến phụ huynh hằng ngày."
        ),
        P(
            "Các ý kiến tại hội thảo cũng chỉ ra một số khó khăn như thiết bị tại một số trường đã xuống"
            " cấp, đường truyền chưa ổn định, một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng"
            " phần mềm."
        ),
        P(
            "Kết luận hội thảo, Phòng Giáo dục và Đào tạo yêu cầu các trường tập trung thực hiện một số"
            " nhiệm vụ trọng tâm:"
        ),
        P("Rà soát, bổ sung thiết bị và nâng cấp đường truyền internet phục vụ quản lý, dạy học;", "li"),
        P("Tổ chức bồi dưỡng kỹ năng số cho đội ngũ, ưu tiên giáo viên lớn tuổi và nhân viên mới;", "li"),
        P("Hoàn thành việc cấp chữ ký số cho 100% cán bộ quản lý trước ngày 31/12/2026.", "li"),
    ],
    authors=["Phạm Hữu Thành"],
    opts={
        "dt": datetime(2026, 11, 25, 14, 0),
        "form": "word",
        "meta_author": "Phạm Hữu Thành",
        "also_in": "hoat-dong-chuyen-mon",
        "tags": ["chuyen-doi-so"],
    },
)

S106 = Story(
    id=106,
    slug="sinh-hoat-chuyen-mon-cum-truong-mam-non-khu-vuc-cam-nam-cam-kim",
    title="Sinh hoạt chuyên môn cụm trường mầm non khu vực Cẩm Nam - Cẩm Kim",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24",
    blocks=[
        P(
            "Ngày 21/11, Trường Mẫu giáo Cẩm Kim đăng cai tổ chức buổi sinh hoạt chuyên môn cụm trường"
            " mầm non khu vực Cẩm Nam - Cẩm Kim với chủ đề “Tổ chức hoạt động trải nghiệm cho trẻ 5 - 6"
            " tuổi gắn với văn hóa địa phương”."
        ),
        P(
            "Các giáo viên đã tham dự hoạt động “Bé làm đèn lồng Hội An” và “Khám phá làng rau Trà Quế”"
            " do giáo viên nhà trường tổ chức. Trẻ được trực tiếp quan sát, thao tác với tre, vải, rau"
            " thơm, qua đó phát triển kỹ năng vận động tinh, khả năng quan sát và tình yêu đối với quê hương."
        ),
        Img(
            "/storage/images/2026/11/shcm-mam-non-cam-kim.jpg",
            printed="Trẻ Trường Mẫu giáo Cẩm Kim trải nghiệm làm đèn lồng",
            caption="Trẻ Trường Mẫu giáo Cẩm Kim trải nghiệm làm đèn lồng",
            style="figure",
        ),
        P(
            "Trong phần thảo luận, giáo viên các trường trong cụm trao đổi về cách thiết kế môi trường"
            " hoạt động mở, tận dụng nguyên vật liệu sẵn có ở địa phương và cách đánh giá sự phát triển"
            " của trẻ qua quan sát hằng ngày."
        ),
        P(
            "Buổi sinh hoạt chuyên môn cụm là dịp để đội ngũ giáo viên mầm non học hỏi, chia sẻ kinh"
            " nghiệm, góp phần nâng cao chất lượng thực hiện Chương trình Giáo dục mầm non tại các"
            " trường vùng ven thành phố."
        ),
        _right("<strong>Tổ Mầm non</strong>"),
    ],
    authors=["Tổ Mầm non"],
    opts={"dt": datetime(2026, 11, 24, 0, 0)},
)

S107 = Story(
    id=107,
    slug="truong-thcs-kim-dong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Trường THCS Kim Đồng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T19:45:00+07:00",
    summary=(
        "Sáng 20/11, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
        " (20/11/1982 - 20/11/2026) và tuyên dương các thầy cô giáo, học sinh có thành tích xuất sắc"
        " trong phong trào thi đua “Hai tốt”."
    ),
    blocks=[
        P(
            "Sáng 20/11, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương các thầy cô giáo, học sinh có thành tích xuất sắc"
            " trong phong trào thi đua “Hai tốt”.",
            "b",
        ),
        P(
            "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo, Đảng ủy, UBND phường Minh An,"
            " Ban đại diện Cha mẹ học sinh cùng đông đảo thầy cô giáo nguyên là cán bộ, giáo viên của"
            " trường qua các thời kỳ."
        ),
        P(
            "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do học sinh các lớp dàn dựng, với những"
            " bài hát, điệu múa ca ngợi công ơn thầy cô và mái trường. 🌸 Đặc biệt, tiết mục múa “Người"
            " thầy” của tập thể lớp 9/1 đã để lại nhiều cảm xúc cho người xem."
        ),
        Img(
            "/storage/images/2026/11/kim-dong-20-11-01.jpg",
            printed="(Tiết mục văn nghệ chào mừng của học sinh lớp 9/1)",
            caption="Tiết mục văn nghệ chào mừng của học sinh lớp 9/1",
            style="next",
        ),
        P(
            "Ôn lại truyền thống ngày Nhà giáo Việt Nam, thầy Huỳnh Tấn Lộc, Hiệu trưởng nhà trường, nhấn"
            " mạnh: năm học 2025 - 2026, nhà trường có 38 học sinh đạt giải học sinh giỏi cấp thành phố,"
            " 9 học sinh đạt giải cấp tỉnh; tỷ lệ học sinh tốt nghiệp THCS đạt 100%."
        ),
        P(
            "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi"
            " theo” - thầy Huỳnh Tấn Lộc chia sẻ.",
            "quote",
        ),
        P(
            "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc và trao 25 suất"
            " học bổng cho học sinh vượt khó học tốt, với tổng trị giá 30 triệu đồng do Ban đại diện Cha"
            " mẹ học sinh và các nhà hảo tâm trao tặng."
        ),
        Img(
            "/storage/images/2026/11/kim-dong-20-11-02.jpg",
            printed="(Trao học bổng cho học sinh vượt khó học tốt)",
            caption="Trao học bổng cho học sinh vượt khó học tốt",
            style="next",
        ),
        _right("<em>Tin: Ngô Thị Hạnh - Ảnh: Đoàn Văn Tín</em>"),
    ],
    authors=["Ngô Thị Hạnh"],
    photographers=["Đoàn Văn Tín"],
    opts={
        "dt": datetime(2026, 11, 20, 19, 45),
        "tags": ["ngay-nha-giao-viet-nam"],
        "comments": [
            ("Nguyễn Hữu Tài", "23-11-2026 10:05", "Tự hào về ngôi trường của chúng em!"),
            ("Hồ Văn Phúc", "22-11-2026 07:48", "Mong nhà trường tiếp tục tổ chức nhiều hoạt động bổ ích như thế này cho các em."),
            ("Võ Thị Ngọc Ánh", "21-11-2026 20:30", "Cảm ơn Ban đại diện Cha mẹ học sinh đã quan tâm đến các em học sinh vượt khó."),
            ("Lê Hoàng", "21-11-2026 09:02", "Trường đẹp quá, chúc mừng nhà trường."),
            ("Trần Minh Quân", "21-11-2026 06:15", "Em là cựu học sinh khóa 2012 - 2016, xem ảnh thấy nhớ trường quá. Em chúc thầy Lộc và các thầy cô nhiều sức khỏe ạ."),
            ("Phụ huynh lớp 7/4", "20-11-2026 21:40", "Buổi lễ rất ý nghĩa, các cháu múa đẹp lắm."),
            ("Nguyễn Thị Lan", "20-11-2026 21:12", "Chúc mừng thầy cô Trường THCS Kim Đồng nhân ngày 20/11. Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
        ],
    },
)

S108 = Story(
    id=108,
    slug="tap-huan-su-dung-thiet-bi-day-hoc-so-cho-giao-vien-mon-khoa-hoc-tu-nhien",
    title="Tập huấn sử dụng thiết bị dạy học số cho giáo viên môn Khoa học tự nhiên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-18T08:20:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 15 và 16/11, Phòng Giáo dục và Đào tạo thành phố Hội An phối hợp với Trung tâm"
            " Công nghệ giáo dục tổ chức lớp tập huấn sử dụng thiết bị dạy học số cho 46 giáo viên dạy"
            " môn Khoa học tự nhiên tại các trường THCS trên địa bàn."
        ),
        P(
            "Lớp tập huấn tập trung hướng dẫn sử dụng bộ cảm biến đo nhiệt độ, độ pH, cường độ dòng điện"
            " kết nối với máy tính bảng; khai thác phòng thí nghiệm ảo và phần mềm mô phỏng trong các bài"
            " học về năng lượng, chuyển động và cấu tạo tế bào."
        ),
        P(
            "Giáo viên được chia thành các nhóm nhỏ, trực tiếp lắp đặt thiết bị, tiến hành thí nghiệm và"
            " xử lý số liệu ngay trên phần mềm. Sau mỗi nội dung, báo cáo viên cùng học viên thảo luận"
            " cách đưa thiết bị vào từng hoạt động của bài dạy sao cho phù hợp với thời lượng một tiết học."
        ),
        P("Hiệu quả từ những giờ học thực hành", "h"),
        Img(
            "/storage/images/2026/11/tap-huan-khtn.jpg",
            printed="Giáo viên thực hành đo độ pH bằng cảm biến kết nối máy tính bảng",
            caption="Giáo viên thực hành đo độ pH bằng cảm biến kết nối máy tính bảng",
            style="next",
        ),
        P(
            "Theo thầy Lê Văn Quý, giáo viên Trường THCS Huỳnh Thị Lựu, việc sử dụng cảm biến giúp học"
            " sinh quan sát kết quả thí nghiệm một cách trực quan, chính xác hơn so với dụng cụ truyền"
            " thống. Các em có thể tự vẽ đồ thị, so sánh số liệu giữa các nhóm và rút ra kết luận."
        ),
        P(
            "Cô Đặng Thị Mỹ Duyên, Trường THCS Nguyễn Duy Hiệu, cho biết phòng thí nghiệm ảo đặc biệt hữu"
            " ích với những thí nghiệm khó thực hiện trong điều kiện phòng học bộ môn hiện nay, chẳng hạn"
            " như các thí nghiệm có sử dụng hóa chất độc hại hoặc cần nhiều thời gian quan sát."
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi giáo viên xây dựng một kế hoạch bài dạy có ứng dụng thiết bị dạy"
            " học số và dạy thử nghiệm tại trường trong tháng 12. Phòng Giáo dục và Đào tạo sẽ lựa chọn"
            " những tiết dạy hiệu quả để tổ chức chuyên đề cấp thành phố trong học kỳ II."
        ),
        P(
            "Được biết, trong năm học 2026 - 2027, thành phố đầu tư 09 bộ thiết bị dạy học số cho các"
            " trường THCS với tổng kinh phí gần 1,2 tỷ đồng từ nguồn ngân sách sự nghiệp giáo dục."
        ),
        _right("<em>ThS. Nguyễn Thị Hồng Vân - Chuyên viên Phòng GD&amp;ĐT</em>"),
    ],
    authors=["Nguyễn Thị Hồng Vân"],
    opts={"dt": datetime(2026, 11, 18, 8, 20), "fold_after": 3, "tags": ["chuyen-doi-so"]},
)

S109 = Story(
    id=109,
    slug="kiem-tra-cong-tac-ban-tru-an-toan-thuc-pham-tai-cac-truong-tieu-hoc",
    title="Kiểm tra công tác bán trú, an toàn thực phẩm tại các trường tiểu học",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T10:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 05 đến ngày 11/11, đoàn kiểm tra liên ngành gồm Phòng Giáo dục và Đào tạo, Phòng Y tế"
            " và Trung tâm Y tế thành phố đã tiến hành kiểm tra công tác tổ chức bán trú, bảo đảm an toàn"
            " vệ sinh thực phẩm tại 13 trường tiểu học có tổ chức bán trú."
        ),
        P(
            "Đoàn tập trung kiểm tra hồ sơ pháp lý của nhà cung cấp thực phẩm, sổ kiểm thực ba bước, việc"
            " lưu mẫu thức ăn, điều kiện vệ sinh bếp ăn và khu vực chia suất ăn; đồng thời kiểm tra thực"
            " tế bữa ăn, giấc ngủ trưa của học sinh."
        ),
        P(
            "Qua kiểm tra, các trường đều thực hiện tương đối tốt các quy định về an toàn thực phẩm; thực"
            " đơn được xây dựng theo tuần, thay đổi món ăn thường xuyên, bảo đảm dinh dưỡng. Bếp ăn của"
            " Trường Tiểu học Trần Quốc Toản và Trường Tiểu học Cẩm Thanh được đoàn đánh giá cao về cách"
            " bố trí một chiều, sạch sẽ, thoáng mát."
        ),
        P(
            "Bên cạnh đó, đoàn cũng chỉ ra một số tồn tại như sổ kiểm thực ghi chép chưa đầy đủ, một số"
            " trường chưa niêm yết công khai thực đơn và nguồn gốc thực phẩm tại bảng tin của trường."
        ),
        P(
            "Đoàn kiểm tra đề nghị hiệu trưởng các trường khắc phục ngay những hạn chế, tăng cường giám"
            " sát của Ban đại diện Cha mẹ học sinh đối với bữa ăn bán trú, tuyệt đối không để xảy ra ngộ"
            " độc thực phẩm trong trường học."
        ),
        _right("<strong>BBT</strong>"),
    ],
    opts={"dt": datetime(2026, 11, 12, 10, 0), "zw": True},
)

S110 = Story(
    id=110,
    slug="hoi-thi-giao-vien-day-gioi-bac-tieu-hoc-34-giao-vien-buoc-vao-vong-thuc-hanh",
    title="Hội thi Giáo viên dạy giỏi bậc Tiểu học: 34 giáo viên bước vào vòng thực hành",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-13T15:10:00+07:00",
    blocks=[
        P(
            "Từ ngày 11 đến ngày 14/11, 34 giáo viên tiểu học đến từ 13 trường trên địa bàn thành phố"
            " bước vào vòng thi thực hành của Hội thi Giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027."
        ),
        P(
            "Mỗi giáo viên thực hiện hai tiết dạy ở các môn Tiếng Việt, Toán và một môn tự chọn. Ban Giám"
            " khảo gồm các chuyên viên Phòng Giáo dục và Đào tạo, cán bộ quản lý và giáo viên cốt cán có"
            " nhiều năm kinh nghiệm."
        ),
        Img(
            "/storage/images/2026/11/gvdg-tieu-hoc-thuc-hanh.jpg",
            printed="(Ban Giám khảo trao đổi với giáo viên sau tiết dạy)",
            caption="Ban Giám khảo trao đổi với giáo viên sau tiết dạy",
            style="next",
        ),
        P("Số lượng giáo viên dự thi theo môn được thống kê như sau:"),
        P("Môn thi | Số giáo viên | Số tiết dạy", "tr"),
        P("Tiếng Việt | 14 | 28", "tr"),
        P("Toán | 12 | 24", "tr"),
        P("Tiếng Anh | 5 | 10", "tr"),
        P("Tin học | 3 | 6", "tr"),
        P(
            "Nhìn chung, các tiết dạy được chuẩn bị công phu, thể hiện rõ tinh thần đổi mới phương pháp"
            " dạy học theo Chương trình giáo dục phổ thông 2018. Kết quả hội thi sẽ được công bố sau khi"
            " kết thúc vòng thi của bậc Mầm non và Trung học cơ sở."
        ),
        _right("<strong>Võ Thị Kim Liên</strong>"),
    ],
    authors=["Võ Thị Kim Liên"],
    opts={"dt": datetime(2026, 11, 13, 15, 10)},
)

S111 = Story(
    id=111,
    slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-13",
    title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 13",
    cat="thong-bao",
    published_at="2026-11-04T07:30:00+07:00",
    blocks=[
        P(
            "👉 Thực hiện Công điện của Chủ tịch UBND thành phố Hội An về việc chủ động ứng phó với bão"
            " số 13, Phòng Giáo dục và Đào tạo thông báo:"
        ),
        P(
            "Toàn bộ học sinh mầm non, tiểu học và trung học cơ sở trên địa bàn thành phố nghỉ học từ"
            " chiều ngày 04/11/2026 đến hết ngày 06/11/2026.",
            "pin",
        ),
        P(
            "Riêng các trường tại xã đảo Tân Hiệp cho học sinh nghỉ học từ sáng ngày 04/11/2026 cho đến"
            " khi có thông báo mới.",
            "pin",
        ),
        P(
            "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh; tổ chức chằng chống, di dời"
            " tài sản, thiết bị, hồ sơ đến nơi an toàn; phân công lực lượng trực 24/24 giờ và báo cáo"
            " tình hình thiệt hại (nếu có) về Phòng Giáo dục và Đào tạo qua số điện thoại 0235 3861 234."
        ),
        P("Thời gian đi học trở lại sẽ được Phòng Giáo dục và Đào tạo thông báo sau khi bão tan."),
    ],
    opts={"dt": datetime(2026, 11, 4, 7, 30), "poster": "quantri"},
)

S112 = Story(
    id=112,
    slug="trao-120-suat-hoc-bong-thap-sang-uoc-mo-cho-hoc-sinh-xa-dao-tan-hiep",
    title="Trao 120 suất học bổng “Thắp sáng ước mơ” cho học sinh xã đảo Tân Hiệp",
    cat="tin-tuc-su-kien",
    published_at="2026-10-22T16:00:00+07:00",
    summary=(
        "Ngày 21/10, Phòng Giáo dục và Đào tạo phối hợp với Quỹ Khuyến học thành phố và một số doanh"
        " nghiệp du lịch trao 120 suất học bổng “Thắp sáng ước mơ” cho học sinh có hoàn cảnh khó khăn"
        " tại xã đảo Tân Hiệp (Cù Lao Chàm)."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt, kèm theo cặp sách, áo phao và dụng cụ học"
            " tập. Tổng giá trị chương trình năm nay hơn 220 triệu đồng, tăng gần 40 triệu đồng so với"
            " năm trước."
        ),
        Img(
            "/storage/images/2026/10/hoc-bong-tan-hiep-01.jpg",
            printed="Đại diện các nhà tài trợ trao học bổng cho học sinh Trường TH&THCS Tân Hiệp",
            caption="Đại diện các nhà tài trợ trao học bổng cho học sinh Trường TH&THCS Tân Hiệp",
            style="figure",
        ),
        P(
            "Em Nguyễn Thị Thanh Trúc, học sinh lớp 7 Trường TH&THCS Tân Hiệp, xúc động chia sẻ: “Bố em"
            " đi biển, mẹ bán hàng ở chợ Bãi Làng. Suất học bổng này giúp em có thêm sách vở và yên tâm"
            " học tập để sau này trở thành cô giáo dạy trên đảo”."
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện Phòng Giáo dục và Đào tạo cảm ơn sự đồng hành của các nhà"
            " hảo tâm, đồng thời mong muốn các em học sinh luôn cố gắng vượt khó, chăm ngoan, học giỏi,"
            " xứng đáng với sự quan tâm của cộng đồng."
        ),
        P(
            "Chương trình “Thắp sáng ước mơ” được tổ chức thường niên từ năm 2016. Đến nay, chương trình"
            " đã trao hơn 1.100 suất học bổng cho học sinh xã đảo Tân Hiệp với tổng trị giá gần 1,6 tỷ đồng."
        ),
        _right("<em>Nguồn: Cổng Thông tin điện tử thành phố Hội An</em>"),
    ],
    source="Cổng Thông tin điện tử thành phố Hội An",
    opts={"dt": datetime(2026, 10, 22, 16, 0)},
)

S113 = Story(
    id=113,
    slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-trung-hoc-co-so",
    title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 cấp Trung học cơ sở",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-15",
    blocks=[
        P(
            "Chiều 14/10, Phòng Giáo dục và Đào tạo thành phố Hội An tổ chức Hội nghị triển khai nhiệm vụ"
            " năm học 2026 - 2027 cấp Trung học cơ sở cho hiệu trưởng, phó hiệu trưởng và tổ trưởng"
            " chuyên môn của 9 trường THCS trên địa bàn."
        ),
        P(
            "Năm học 2025 - 2026, cấp THCS thành phố đạt nhiều kết quả nổi bật: tỷ lệ học sinh có kết"
            " quả học tập từ mức Khá trở lên đạt 78,6%; 100% học sinh lớp 9 được công nhận tốt nghiệp;"
            " thành phố có 41 học sinh đạt giải trong kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh."
        ),
        Img(
            "/storage/images/2026/10/hoi-nghi-thcs.jpg",
            printed="Quang cảnh hội nghị",
            caption="Quang cảnh hội nghị",
            style="legacy",
        ),
        P(
            "Năm học 2026 - 2027, ngành tập trung thực hiện hiệu quả Chương trình giáo dục phổ thông 2018"
            " ở tất cả các khối lớp, đẩy mạnh dạy học STEM, giáo dục kỹ năng sống và tăng cường ứng dụng"
            " công nghệ thông tin trong dạy học, kiểm tra, đánh giá."
        ),
        P(
            "Hội nghị cũng dành nhiều thời gian thảo luận về công tác phân luồng học sinh sau THCS, giải"
            " pháp nâng cao chất lượng môn Tiếng Anh và việc tổ chức dạy học 2 buổi/ngày tại các trường"
            " có đủ điều kiện."
        ),
        P(
            "Phát biểu chỉ đạo, ông Nguyễn Văn Sơn, Trưởng phòng Giáo dục và Đào tạo, đề nghị các trường"
            " bám sát kế hoạch, chủ động khắc phục khó khăn về đội ngũ, cơ sở vật chất; đồng thời quan"
            " tâm công tác giáo dục đạo đức, phòng chống bạo lực học đường và bảo đảm an toàn cho học sinh."
        ),
        Raw('<div style="text-align: right;"><b>Bộ phận THCS</b></div>'),
    ],
    authors=["Bộ phận THCS"],
    opts={"dt": datetime(2026, 10, 15, 9, 0), "form": "legacy", "date_only": True},
)

STORIES: list[Story] = [S101, S102, S103, S104, S105, S106, S107, S108, S109, S110, S111, S112, S113]
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s for s in STORIES if s.opts.get("old_slug")}
COMMENTS_PER_PAGE = 5


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["dt"], reverse=True)


def listing(cat: str) -> list[Story]:
    """The stories a category's listing shows: its own and those filed there too, newest first."""
    return _newest([s for s in STORIES if s.cat == cat or s.opts.get("also_in") == cat])


# --- documents (văn bản) -------------------------------------------------------------------

DOCS = {
    12: {
        "so": "1865/QĐ-UBND",
        "ngay": "02/12/2026",
        "loai": "Quyết định",
        "coquan": "UBND thành phố Hội An",
        "ky": "Phan Thị Diệu Hằng",
        "trichyeu": "Quyết định công nhận danh hiệu Giáo viên dạy giỏi cấp thành phố năm học 2026 - 2027",
        "file": ("qd-cong-nhan-gvdg-2026-2027.pdf", "286 KB"),
    },
    15: {
        "so": "412/TB-PGDĐT",
        "ngay": "30/11/2026",
        "loai": "Thông báo",
        "coquan": "Phòng Giáo dục và Đào tạo",
        "ky": "Lê Thị Thu Hiền",
        "trichyeu": "Thông báo về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        "file": ("412-tb-pgddt.pdf", "158 KB"),
    },
    17: {
        "so": "215/KH-PGDĐT",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "coquan": "Phòng Giáo dục và Đào tạo",
        "ky": "Nguyễn Văn Sơn",
        "trichyeu": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 cấp Trung học cơ sở",
        "file": ("215-kh-pgddt.pdf", "412 KB"),
    },
}
FILES = {d["file"][0] for d in DOCS.values()} | {
    f for s in STORIES for f, _n, _z in s.opts.get("files", [])
}

NON_ARTICLES = ["/gioi-thieu", "/lien-he", "/van-ban/12", "/van-ban/15", "/van-ban/17"]


def _gold() -> list[dict]:
    out = []
    for s in STORIES:
        path = article_path(s)
        alts: list[str] = []
        if s.opts.get("old_slug"):
            alts.append(f"/tin-tuc/{s.opts['old_slug']}.html")
        if len(s.opts.get("comments", [])) > COMMENTS_PER_PAGE:
            alts += [f"{path}?page=1", f"{path}?page=2"]
        out.append(gold_record(s, path, CATS[s.cat], canonical_path=path, alt_paths=alts))
    return out


GOLD = _gold()


# --- formatting as the blades do it --------------------------------------------------------


def fmt_dt(dt: datetime) -> str:
    """``$post->created_at->format('d-m-Y H:i')``."""
    return dt.strftime("%d-%m-%Y %H:%M")


def printed_date(story: Story) -> str:
    dt = story.opts["dt"]
    return dt.strftime("%d-%m-%Y") if story.opts.get("date_only") else fmt_dt(dt)


def utc_iso(dt: datetime) -> str:
    """Eloquent's JSON form of a timestamp: UTC with microseconds and a Z."""
    return dt.replace(tzinfo=ICT).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def diff_for_humans(dt: datetime) -> str:
    """Carbon's ``diffForHumans()`` in the ``vi`` locale, against the site's now."""
    secs = (NOW - dt).total_seconds()
    if secs < 3600:
        return f"{max(1, int(secs // 60))} phút trước"
    if secs < 86400:
        return f"{int(secs // 3600)} giờ trước"
    days = int(secs // 86400)
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{max(1, days // 30)} tháng trước"


def str_limit(value: str, limit: int) -> str:
    """``Str::limit``: cut at ``limit`` characters, right-trimmed, then "..."."""
    if len(value) <= limit:
        return value
    return value[:limit].rstrip() + "..."


def views(story: Story) -> str:
    return f"{story.views() * 7:,}".replace(",", ".")


def thumb(story: Story) -> str:
    dt = story.opts["dt"]
    return f"/storage/images/{dt:%Y}/{dt:%m}/thumbs/{story.slug[:40]}.jpg"


# --- the TinyMCE text ------------------------------------------------------------------------

_WORD_P = (
    '<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; text-indent: 36.0pt;'
    ' line-height: 115%;"><span lang="VI" style="font-size: 14.0pt; line-height: 115%;'
    " font-family: 'Times New Roman', serif;\">{}<o:p></o:p></span></p>"
)


def _zw(value: str) -> str:
    """A paragraph pasted from Zalo: a BOM in front, a zero-width space after the first comma."""
    return "\ufeff" + value.replace(", ", ",\u200b ", 1)


def _t(story: Story, value: str) -> str:
    return esc(_zw(value) if story.opts.get("zw") else value)


def _img_tag(story: Story, img: Img, alt: str = "") -> str:
    if story.opts.get("lazy"):
        return (
            f'<img class="lazyload" src="/images/blank.gif" data-src="{esc(img.src)}"'
            f' alt="{esc(alt)}" width="800" height="533">'
        )
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" width="800" height="533">'


def _image(story: Story, img: Img) -> str:
    alt = img.caption or ""
    tag = _img_tag(story, img, alt)
    if img.style == "figure":
        return (
            f'<figure class="image" style="text-align: center;">{tag}'
            f"<figcaption>{esc(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "next":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: right;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "legacy":
        return (
            f'<div align="center"><img src="{esc(img.src)}" border="0" width="500"><br>'
            f"<i>{esc(img.printed or '')}</i></div>"
        )
    if story.opts.get("form") == "word":
        return f'<p class="MsoNormal" align="center" style="text-align: center;">{tag}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _para(story: Story, p: P) -> str:
    body = _t(story, p.text)
    word = story.opts.get("form") == "word"
    if p.style == "h":
        if word:
            return (
                '<p class="MsoNormal" style="margin-top: 6.0pt; text-align: justify;"><b><span'
                f" style=\"font-size: 14.0pt; font-family: 'Times New Roman', serif;\">{body}</span></b></p>"
            )
        return f"<h3><strong>{body}</strong></h3>"
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "quote":
        return f"<blockquote><p><em>{body}</em></p></blockquote>"
    if p.style == "pin":
        return (
            '<p><img class="emoji" src="/images/emoji/1f4cc.png" alt="📌" width="16" height="16"'
            f' style="vertical-align: -3px;"> {body}</p>'
        )
    if word:
        return _WORD_P.format(body)
    return f'<p style="text-align: justify;">{body}</p>'


def _list_items(story: Story, items: list[P]) -> str:
    if story.opts.get("form") == "word":
        return "".join(
            '<p class="MsoListParagraph" style="margin-left: 54.0pt; text-align: justify;'
            ' text-indent: -18.0pt; mso-list: l0 level1 lfo1;"><span style="font-size: 14.0pt;'
            " font-family: 'Times New Roman', serif;\"><span style=\"mso-list: Ignore;\">-<span"
            " style=\"font: 7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
            f"</span></span><span style=\"font-size: 14.0pt;\">{_t(story, p.text)}</span></p>"
            for p in items
        )
    return "<ul>" + "".join(f"<li>{_t(story, p.text)}</li>" for p in items) + "</ul>"


def _table(story: Story, rows: list[P]) -> str:
    word = story.opts.get("form") == "word"
    out = []
    for n, row in enumerate(rows):
        cells = []
        for cell in row.text.split(" | "):
            inner = esc(cell)
            if n == 0:
                inner = f"<strong>{inner}</strong>"
            if word:
                cells.append(
                    '<td width="150" valign="top" style="border: solid windowtext 1.0pt; padding: 0cm 5.4pt;">'
                    f'<p class="MsoNormal" align="center" style="text-align: center;"><span>{inner}</span></p></td>'
                )
            else:
                cells.append(f'<td style="width: 25%;">{inner}</td>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    if word:
        return (
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0"'
            ' style="border-collapse: collapse; border: none;"><tbody>' + "".join(out) + "</tbody></table>"
        )
    return (
        '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
        + "".join(out)
        + "</tbody></table>"
    )


def _xem_them() -> str:
    s = S101
    return (
        '<div class="lq-inline my-3 border-l-4 border-sky-600 bg-sky-50 px-3 py-2">'
        '<p class="font-semibold text-sky-800">Xem thêm:</p><ul class="list-disc pl-5">'
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li></ul></div>'
    )


def _render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    legacy = story.opts.get("form") == "legacy"
    pending: list[str] = []  # legacy: paragraphs of one pasted <div>, joined by <br><br>

    def flush() -> None:
        if pending:
            out.append(
                '<div style="text-align: justify;"><font face="Times New Roman" size="3">'
                + "<br><br>".join(pending)
                + "</font></div>"
            )
            pending.clear()

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            out.append(_list_items(story, group) if b.style == "li" else _table(story, group))
            i = j
            continue
        if isinstance(b, P):
            if legacy:
                pending.append(_t(story, b.text))
            else:
                out.append(_para(story, b))
        elif isinstance(b, Img):
            flush()
            out.append(_image(story, b))
        else:
            flush()
            out.append(_xem_them() if b.html == "__XEMTHEM__" else b.html)
        i += 1
    flush()
    return "\n".join(out)


def content_html(story: Story) -> str:
    """The ``{!! $post->noi_dung !!}`` of the article (after the vendor's lazyload helper)."""
    fold = story.opts.get("fold_after")
    if not fold:
        return _render_blocks(story, story.blocks)
    head = _render_blocks(story, story.blocks[:fold])
    tail = _render_blocks(story, story.blocks[fold:])
    return (
        f"{head}\n"
        '<div x-show="xemThem" x-cloak x-transition style="display: none;">\n'
        f"{tail}\n</div>\n"
        '<div class="mt-3 text-center" x-show="!xemThem">'
        '<button type="button" class="rounded-full border border-sky-700 px-4 py-1 text-sm text-sky-700"'
        ' @click="xemThem = true">Xem toàn bộ bài viết &#9662;</button></div>'
    )


# --- chrome --------------------------------------------------------------------------------

_CHEVRON = (
    '<svg class="ml-1 h-3 w-3" fill="none" viewBox="0 0 24 24" stroke="currentColor">'
    '<path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M19 9l-7 7-7-7"/></svg>'
)


def _dropdown(label: str, items: list[tuple[str, str]]) -> str:
    links = "".join(
        f'<li><a href="{href}" class="block px-4 py-2 text-sm text-slate-700 hover:bg-sky-50">{esc(text)}</a></li>'
        for href, text in items
    )
    return (
        '<li class="relative" x-data="{ open: false }" @mouseenter="open = true" @mouseleave="open = false">'
        '<button type="button" class="flex items-center px-4 py-3 text-white hover:bg-sky-800"'
        f' @click="open = !open">{esc(label)}{_CHEVRON}</button>'
        '<ul x-show="open" x-cloak x-transition class="absolute left-0 z-30 w-60 rounded-b bg-white shadow-lg">'
        f"{links}</ul></li>"
    )


def _menu() -> str:
    def top(href: str, text: str) -> str:
        return f'<li><a href="{href}" class="block px-4 py-3 text-white hover:bg-sky-800">{esc(text)}</a></li>'

    return (
        '<nav class="bg-sky-700" id="main-nav"><div class="container mx-auto px-3">'
        '<ul class="hidden lg:flex flex-wrap items-center text-[15px] font-medium">'
        + top("/", "Trang chủ")
        + top("/gioi-thieu", "Giới thiệu")
        + _dropdown(
            "Tin tức",
            [("/danh-muc/tin-tuc-su-kien", "Tin tức - Sự kiện"), ("/danh-muc/thong-bao", "Thông báo")],
        )
        + _dropdown("Chuyên môn", [("/danh-muc/hoat-dong-chuyen-mon", "Hoạt động chuyên môn")])
        + top("/van-ban", "Văn bản")
        + top("/lien-he", "Liên hệ")
        + "</ul>"
        '<button type="button" class="lg:hidden py-3 text-white" @click="mnav = !mnav" aria-label="Menu">&#9776;</button>'
        "</div></nav>"
    )


def _header() -> str:
    return (
        '<div class="bg-sky-900 text-[12px] text-sky-100"><div class="container mx-auto flex'
        f' justify-between px-3 py-1"><span><i class="fa-regular fa-calendar"></i> {TODAY_LINE}</span>'
        '<span>Đường dây nóng: (0235) 3861 234</span></div></div>'
        '<header class="bg-white shadow-sm" style="background-image: url(/images/banner-hoian.jpg);'
        ' background-size: cover;"><div class="container mx-auto flex items-center justify-between gap-4 px-3 py-4">'
        '<a href="/" class="flex items-center gap-3"><img src="/images/logo-pgd.png" alt="Logo"'
        ' class="h-16 w-16"><div><p class="text-sm font-semibold uppercase text-red-700">UBND thành'
        ' phố Hội An</p><h1 class="text-xl font-bold uppercase text-sky-800 md:text-2xl">Phòng Giáo'
        " dục và Đào tạo</h1></div></a>"
        '<form action="/tim-kiem" method="GET" class="hidden md:flex"><input type="text" name="tu_khoa"'
        ' placeholder="Nhập từ khóa tìm kiếm..." class="w-64 rounded-l border border-gray-300 px-3 py-1.5'
        ' text-sm"><button type="submit" class="rounded-r bg-sky-700 px-3 text-white">Tìm</button></form>'
        "</div></header>" + _menu()
    )


def _footer() -> str:
    return (
        '<footer class="mt-8 bg-sky-900 text-sky-100"><div class="container mx-auto grid gap-6 px-3 py-6 md:grid-cols-3">'
        f'<div><p class="mb-2 font-bold uppercase">{esc(OFFICE)}</p>'
        "<p>Địa chỉ: Số 8 Trần Hưng Đạo, phường Minh An, thành phố Hội An, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: (0235) 3861 234 - Fax: (0235) 3861 235</p>"
        '<p>Email: <a href="mailto:pgddt@hoian.edu.vn" class="underline">pgddt@hoian.edu.vn</a></p></div>'
        "<div><p>Chịu trách nhiệm chính: Ông Nguyễn Văn Sơn - Trưởng phòng</p>"
        "<p>Ghi rõ nguồn “Phòng GD&amp;ĐT Hội An” khi phát hành lại thông tin từ website này.</p></div>"
        '<div class="text-sm"><p>Đang online: <b>27</b></p><p>Hôm nay: <b>1.046</b></p>'
        "<p>Tổng truy cập: <b>2.184.519</b></p></div></div>"
        '<div class="bg-sky-950 py-2 text-center text-xs">© 2026 Phòng Giáo dục và Đào tạo thành phố Hội An.'
        ' Thiết kế bởi <a href="https://egov-solutions.vn" rel="nofollow" target="_blank">eGov Solutions</a></div></footer>'
        '<button type="button" x-data="{ show: false }" @scroll.window="show = (window.pageYOffset > 300)"'
        ' x-show="show" x-cloak @click="window.scrollTo({ top: 0, behavior: \'smooth\' })"'
        ' class="fixed bottom-6 right-6 rounded-full bg-sky-700 p-3 text-white shadow-lg"'
        ' title="Lên đầu trang">&#8593; Lên đầu trang</button>'
    )


def _sidebar() -> str:
    newest = _newest(STORIES)[:5]
    latest = "".join(
        f'<li class="border-b border-dotted py-2"><h3 class="text-[14px] font-medium leading-snug">'
        f'<a href="{article_path(s)}" title="{esc(s.title)}">{esc(str_limit(s.title, 65))}</a></h3>'
        f'<span class="text-[12px] text-gray-400">{fmt_dt(s.opts["dt"])}</span></li>'
        for s in newest
    )
    popular = "".join(
        f'<li class="flex gap-2 py-1.5"><span class="font-bold text-sky-700">{n}</span>'
        f'<a href="{article_path(s)}" title="{esc(s.title)}">{esc(str_limit(s.title, 55))}</a></li>'
        for n, s in enumerate([S107, S108, S101, S102], start=1)
    )
    docs = "".join(
        f'<li class="py-1.5"><a href="/van-ban/{i}"><b>{esc(d["so"])}</b> - {esc(str_limit(d["trichyeu"], 60))}</a></li>'
        for i, d in DOCS.items()
    )
    return (
        '<aside class="col-span-12 space-y-5 lg:order-last lg:col-span-4">'
        '<div class="rounded bg-white shadow-sm"><div class="rounded-t bg-sky-700 px-3 py-2 font-semibold'
        ' uppercase text-white">Tin mới nhất</div>'
        f'<ul class="px-3">{latest}</ul></div>'
        '<div class="rounded bg-white shadow-sm"><div class="rounded-t bg-sky-700 px-3 py-2 font-semibold'
        f' uppercase text-white">Xem nhiều</div><ol class="px-3 text-[14px]">{popular}</ol></div>'
        '<div class="rounded bg-white shadow-sm"><div class="rounded-t bg-sky-700 px-3 py-2 font-semibold'
        f' uppercase text-white">Văn bản mới</div><ul class="px-3 text-[14px]">{docs}</ul>'
        '<p class="px-3 pb-2 text-right text-sm"><a href="/van-ban">Xem tất cả »</a></p></div>'
        '<div class="rounded bg-white p-3 shadow-sm"><p class="mb-2 font-semibold">Thăm dò ý kiến</p>'
        '<form method="POST" action="/binh-chon"><input type="hidden" name="_token" value="' + CSRF + '">'
        "<p>Bạn đánh giá thế nào về giao diện website mới?</p>"
        '<label class="block"><input type="radio" name="lua_chon" value="1"> Đẹp, dễ sử dụng</label>'
        '<label class="block"><input type="radio" name="lua_chon" value="2"> Bình thường</label>'
        '<label class="block"><input type="radio" name="lua_chon" value="3"> Khó tìm thông tin</label>'
        '<button type="submit" class="mt-2 rounded bg-sky-700 px-3 py-1 text-sm text-white">Bình chọn</button></form></div>'
        '<div class="rounded bg-white p-3 shadow-sm"><p class="mb-2 font-semibold">Liên kết website</p>'
        '<select class="w-full border" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>'
        '<option value="https://hoian.gov.vn">Cổng TTĐT thành phố Hội An</option></select>'
        '<a href="https://dichvucong.quangnam.gov.vn" target="_blank" rel="noopener"><img'
        ' src="/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" class="mt-3 w-full"></a></div>'
        "</aside>"
    )


def _breadcrumb(items: list[tuple[str | None, str]]) -> str:
    parts = ['<li><a href="/" class="text-sky-700">Trang chủ</a></li>']
    for href, text in items:
        parts.append('<li class="text-gray-400">/</li>')
        if href:
            parts.append(f'<li><a href="{href}" class="text-sky-700">{esc(text)}</a></li>')
        else:
            parts.append(f'<li class="text-gray-500" aria-current="page">{esc(text)}</li>')
    return (
        '<nav aria-label="breadcrumb" class="mb-3 text-[13px]"><ol class="flex flex-wrap items-center gap-1.5">'
        + "".join(parts)
        + "</ol></nav>"
    )


def page(
    request: Request,
    title: str,
    main: str,
    *,
    head: str = "",
    description: str = "",
    sidebar: bool = True,
) -> Response:
    side = _sidebar() if sidebar else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{CSRF}">
<title>{esc(title)} | {esc(SHORT)}</title>
<meta name="description" content="{esc(description or OFFICE)}">
<link rel="icon" href="/favicon.ico">
{head}
<link rel="preload" as="style" href="/build/assets/app-4f1c2a9e.css">
<link rel="stylesheet" href="/build/assets/app-4f1c2a9e.css">
<script type="module" src="/build/assets/app-8b2d71c3.js"></script>
<script defer src="/vendor/alpinejs/cdn.min.js"></script>
<style>[x-cloak]{{display:none!important}}</style>
</head>
<body class="bg-gray-100 font-sans text-slate-800 antialiased" x-data="{{ mnav: false }}">
{_header()}
<main class="container mx-auto grid grid-cols-12 gap-5 px-3 py-5">
{side}
<section class="col-span-12 {"lg:col-span-8" if sidebar else ""}">
{main}
</section>
</main>
{_footer()}
<script src="/vendor/lazysizes/lazysizes.min.js" async></script>
</body>
</html>
"""
    return html(doc, headers={"Set-Cookie": "laravel_session=eyJpdiI6Ik1" + CSRF[:24] + "; path=/; httponly"})


# --- listings ------------------------------------------------------------------------------


def _item(story: Story) -> str:
    excerpt = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return (
        '<div class="flex gap-3 border-b border-gray-200 py-3">'
        f'<a href="{article_path(story)}" class="shrink-0"><img src="{thumb(story)}" alt="{esc(story.title)}"'
        ' class="h-24 w-36 rounded object-cover" loading="lazy"></a><div>'
        f'<h3 class="text-[15px] font-semibold leading-snug text-sky-900"><a href="{article_path(story)}"'
        f' title="{esc(story.title)}">{esc(str_limit(story.title, 70))}</a></h3>'
        f'<p class="mt-0.5 text-[12px] text-gray-400"><i class="fa-regular fa-clock"></i> {diff_for_humans(story.opts["dt"])}</p>'
        f'<p class="mt-1 text-[14px] text-gray-600">{esc(str_limit(excerpt, 160))}</p></div></div>'
    )


_BTN = "relative inline-flex items-center px-4 py-2 text-sm font-medium border border-gray-300 leading-5"


def paginator(
    request: Request, path: str, page_no: int, last: int, total: int, simple: bool, per_page: int = PER_PAGE
) -> str:
    """Laravel 10's ``pagination::tailwind`` / ``pagination::simple-tailwind``, lang ``vi``."""
    base = base_url(request) + path

    def url(n: int) -> str:
        return f"{base}?page={n}"

    prev = (
        f'<span class="{_BTN} cursor-default rounded-md bg-white text-gray-500">&laquo; Trước</span>'
        if page_no <= 1
        else f'<a href="{url(page_no - 1)}" rel="prev" class="{_BTN} rounded-md bg-white text-gray-700">&laquo; Trước</a>'
    )
    nxt = (
        f'<span class="{_BTN} ml-3 cursor-default rounded-md bg-white text-gray-500">Sau &raquo;</span>'
        if page_no >= last
        else f'<a href="{url(page_no + 1)}" rel="next" class="{_BTN} ml-3 rounded-md bg-white text-gray-700">Sau &raquo;</a>'
    )
    if simple:
        return (
            '<nav role="navigation" aria-label="Điều hướng phân trang" class="flex justify-between">'
            f"{prev}{nxt}</nav>"
        )
    first_item = (page_no - 1) * per_page + 1
    last_item = min(total, page_no * per_page)
    numbers = []
    for n in range(1, last + 1):
        if n == page_no:
            numbers.append(
                f'<span aria-current="page"><span class="{_BTN} -ml-px cursor-default bg-sky-700 text-white">{n}</span></span>'
            )
        else:
            numbers.append(
                f'<a href="{url(n)}" class="{_BTN} -ml-px bg-white text-gray-700" aria-label="Đi tới trang {n}">{n}</a>'
            )
    arrow_l = (
        f'<span aria-disabled="true" aria-label="&laquo; Trước"><span class="{_BTN} rounded-l-md bg-white text-gray-400" aria-hidden="true">&lsaquo;</span></span>'
        if page_no <= 1
        else f'<a href="{url(page_no - 1)}" rel="prev" class="{_BTN} rounded-l-md bg-white" aria-label="&laquo; Trước">&lsaquo;</a>'
    )
    arrow_r = (
        f'<span aria-disabled="true" aria-label="Sau &raquo;"><span class="{_BTN} -ml-px rounded-r-md bg-white text-gray-400" aria-hidden="true">&rsaquo;</span></span>'
        if page_no >= last
        else f'<a href="{url(page_no + 1)}" rel="next" class="{_BTN} -ml-px rounded-r-md bg-white" aria-label="Sau &raquo;">&rsaquo;</a>'
    )
    return (
        '<nav role="navigation" aria-label="Điều hướng phân trang" class="flex items-center justify-between">'
        f'<div class="flex flex-1 justify-between sm:hidden">{prev}{nxt}</div>'
        '<div class="hidden sm:flex sm:flex-1 sm:items-center sm:justify-between">'
        '<div><p class="text-sm leading-5 text-gray-700">Hiển thị'
        f' <span class="font-medium">{first_item}</span> đến <span class="font-medium">{last_item}</span>'
        f' của <span class="font-medium">{total}</span> kết quả</p></div>'
        f'<div><span class="relative z-0 inline-flex rounded-md shadow-sm">{arrow_l}{"".join(numbers)}{arrow_r}</span></div>'
        "</div></nav>"
    )


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else 1


def category_page(request: Request, slug: str) -> Response:
    stories = listing(slug)
    page_no = _page_no(request)
    total = len(stories)
    last = max(1, -(-total // PER_PAGE))
    chunk = stories[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    items = "".join(_item(s) for s in chunk) or (
        '<p class="py-6 text-center text-gray-500">Chưa có bài viết nào trong chuyên mục này.</p>'
    )
    nav = (
        paginator(request, f"/danh-muc/{slug}", page_no, last, total, slug in SIMPLE_PAGINATOR)
        if last > 1
        else ""
    )
    main = (
        _breadcrumb([(None, CATS[slug])])
        + '<div class="rounded bg-white p-4 shadow-sm">'
        f'<h2 class="mb-2 border-b-2 border-sky-700 pb-1 text-lg font-bold uppercase text-sky-800">{esc(CATS[slug])}</h2>'
        f'<div id="ds-bai-viet">{items}</div><div class="mt-4">{nav}</div></div>'
    )
    head = f'<link rel="canonical" href="{base_url(request)}/danh-muc/{slug}">'
    return page(request, CATS[slug], main, head=head)


def tag_page(request: Request, slug: str) -> Response:
    stories = _newest([s for s in STORIES if slug in s.opts.get("tags", [])])
    main = (
        _breadcrumb([(None, f"Từ khóa: {TAGS[slug]}")])
        + '<div class="rounded bg-white p-4 shadow-sm">'
        f'<h2 class="mb-2 text-lg font-bold text-sky-800">#{esc(TAGS[slug])}</h2>'
        + "".join(_item(s) for s in stories)
        + "</div>"
    )
    return page(request, f"Từ khóa: {TAGS[slug]}", main)


def search_page(request: Request) -> Response:
    q = request.params.get("tu_khoa", "").strip()
    if not q:
        body = '<p class="py-6 text-center text-gray-500">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        found = [s for s in _newest(STORIES) if q.lower() in s.title.lower()]
        body = (
            f'<p class="text-sm text-gray-500">Tìm thấy {len(found)} kết quả cho “{esc(q)}”</p>'
            + "".join(_item(s) for s in found)
        )
    main = (
        _breadcrumb([(None, "Tìm kiếm")])
        + f'<div class="rounded bg-white p-4 shadow-sm"><h2 class="mb-2 text-lg font-bold">Kết quả tìm kiếm</h2>{body}</div>'
    )
    return page(request, "Tìm kiếm", main)


def _section(slug: str, count: int) -> str:
    stories = listing(slug)[:count]
    first, rest = stories[0], stories[1:]
    lines = "".join(
        f'<li class="border-b border-dotted py-1.5"><a href="{article_path(s)}" title="{esc(s.title)}">'
        f"{esc(str_limit(s.title, 80))}</a></li>"
        for s in rest
    )
    return (
        '<div class="mb-5 rounded bg-white p-4 shadow-sm">'
        '<div class="mb-3 flex items-center justify-between border-b-2 border-sky-700 pb-1">'
        f'<h2 class="font-bold uppercase text-sky-800"><a href="/danh-muc/{slug}">{esc(CATS[slug])}</a></h2>'
        f'<a href="/danh-muc/{slug}" class="text-sm text-gray-500">Xem tất cả &raquo;</a></div>'
        '<div class="grid gap-4 md:grid-cols-2"><div>'
        f'<a href="{article_path(first)}"><img src="{thumb(first)}" alt="{esc(first.title)}" class="w-full rounded"></a>'
        f'<h3 class="mt-2 font-semibold"><a href="{article_path(first)}" title="{esc(first.title)}">'
        f"{esc(str_limit(first.title, 80))}</a></h3></div>"
        f'<ul class="text-[14px]">{lines}</ul></div></div>'
    )


def home_page(request: Request) -> Response:
    banners = [
        (f"/tin-tuc/{S101.opts['old_slug']}.html", S101),
        (article_path(S102), S102),
        (article_path(S104), S104),
        (article_path(S107), S107),
    ]
    slides = "".join(
        f'<div x-show="active === {n}" {"" if n == 0 else "x-cloak "}class="relative">'
        f'<a href="{href}"><img src="{thumb(s).replace("/thumbs/", "/slide/")}" alt="" class="h-72 w-full object-cover"></a>'
        '<div class="absolute bottom-0 w-full bg-black/50 px-4 py-2">'
        f'<a href="{href}" class="font-semibold text-white">{esc(str_limit(s.title, 60))}</a></div></div>'
        for n, (href, s) in enumerate(banners)
    )
    dots = "".join(
        f'<button type="button" @click="active = {n}" :class="active === {n} ? \'bg-white\' : \'bg-white/50\'"'
        f' class="h-2.5 w-2.5 rounded-full" aria-label="Slide {n + 1}"></button>'
        for n in range(len(banners))
    )
    main = (
        '<div class="mb-5 overflow-hidden rounded shadow-sm" x-data="{ active: 0 }"'
        ' x-init="setInterval(() => active = (active + 1) % 4, 5000)">'
        f'{slides}<div class="flex justify-center gap-2 bg-sky-900 py-2">{dots}</div></div>'
        + _section("tin-tuc-su-kien", 3)
        + _section("hoat-dong-chuyen-mon", 3)
        + _section("thong-bao", 3)
    )
    return page(request, "Trang chủ", main, description=f"Cổng thông tin điện tử {OFFICE}")


# --- the article page ----------------------------------------------------------------------


def _comments(request: Request, story: Story) -> str:
    comments = story.opts.get("comments", [])
    form = (
        '<form method="POST" action="/binh-luan" class="mt-3 space-y-2">'
        f'<input type="hidden" name="_token" value="{CSRF}"><input type="hidden" name="post_id" value="{story.id}">'
        '<input type="text" name="ho_ten" placeholder="Họ và tên" class="w-full border px-2 py-1">'
        '<textarea name="noi_dung" rows="3" placeholder="Nội dung ý kiến" class="w-full border px-2 py-1"></textarea>'
        '<button type="submit" class="rounded bg-sky-700 px-3 py-1 text-sm text-white">Gửi ý kiến</button></form>'
    )
    if not comments:
        return (
            '<div class="mt-6 border-t pt-3"><p class="font-semibold text-sky-800">Ý kiến bạn đọc</p>'
            '<p class="text-sm text-gray-500">Chưa có ý kiến nào.</p>' + form + "</div>"
        )
    page_no = _page_no(request)
    last = -(-len(comments) // COMMENTS_PER_PAGE)
    chunk = comments[(page_no - 1) * COMMENTS_PER_PAGE : page_no * COMMENTS_PER_PAGE]
    items = "".join(
        '<div class="flex gap-3 border-b border-gray-100 py-2"><img src="/images/avatar-default.png" alt=""'
        ' class="h-9 w-9 rounded-full"><div>'
        f'<p class="text-sm font-semibold">{esc(name)} <span class="ml-2 text-xs font-normal text-gray-400">{when}</span></p>'
        f'<p class="text-sm">{esc(text)}</p></div></div>'
        for name, when, text in chunk
    )
    nav = (
        paginator(request, request.path, page_no, last, len(comments), False, COMMENTS_PER_PAGE)
        if last > 1
        else ""
    )
    return (
        f'<div class="mt-6 border-t pt-3" id="binh-luan"><p class="font-semibold text-sky-800">Ý kiến bạn đọc ({len(comments)})</p>'
        f'{items}<div class="mt-2">{nav}</div>{form}</div>'
    )


def _related(story: Story) -> str:
    others = [s for s in listing(story.cat) if s is not story][:3]
    if not others:
        return ""
    lis = "".join(
        f'<li class="py-1"><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="text-xs text-gray-400">({s.opts["dt"]:%d-%m-%Y})</span></li>'
        for s in others
    )
    return (
        '<div class="mt-6"><h3 class="mb-2 border-b-2 border-sky-700 pb-1 font-bold uppercase text-sky-800">'
        f'Tin liên quan</h3><ul class="list-disc pl-5 text-[14px]">{lis}</ul></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    canon = base_url(request) + article_path(story)
    seo_title = story.opts.get("seo_title") or story.title
    updated = story.opts.get("updated") or story.opts["dt"]
    description = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    head = (
        f'<link rel="canonical" href="{canon}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(seo_title)}">'
        f'<meta property="og:url" content="{canon}">'
        f'<meta property="og:image" content="{base_url(request)}{thumb(story)}">'
        f'<meta property="article:published_time" content="{utc_iso(updated)}">'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}">'
    )
    meta = []
    if story.opts.get("show_updated"):
        meta.append(
            f'<span class="text-amber-600" title="Cập nhật lần cuối">Cập nhật: {fmt_dt(updated)}</span>'
        )
    meta.append(
        f'<span class="inline-flex items-center gap-1" title="Ngày đăng"><i class="fa-regular fa-clock"></i> {printed_date(story)}</span>'
    )
    meta.append(f'<span><i class="fa-regular fa-eye"></i> Lượt xem: {views(story)}</span>')
    if story.opts.get("meta_author"):
        meta.append(f"<span>Tác giả: {esc(story.opts['meta_author'])}</span>")
    else:
        meta.append(f"<span>Người đăng: {esc(story.opts.get('poster', 'pgd.hoian'))}</span>")
    tools = (
        '<div class="ml-auto flex items-center gap-1"><span>Cỡ chữ:</span>'
        '<button type="button" @click="fs = Math.max(13, fs - 1)" class="rounded border px-1.5">A-</button>'
        '<button type="button" @click="fs = 16" class="rounded border px-1.5">A</button>'
        '<button type="button" @click="fs = Math.min(22, fs + 1)" class="rounded border px-1.5">A+</button>'
        '<button type="button" onclick="window.print()" class="ml-2 rounded border px-1.5" title="In bài viết">&#128438; In</button></div>'
    )
    lead = ""
    if story.summary and (story.sapo_outside or story.opts.get("sapo_repeat")):
        lead = f'<div class="bv-mota mb-3 text-[15px] font-semibold leading-relaxed text-slate-700">{esc(story.summary)}</div>'
    files = story.opts.get("files", [])
    attach = ""
    if files:
        lis = "".join(
            f'<li><a href="/storage/files/{f}" target="_blank" class="text-sky-700"><i class="fa-regular fa-file-pdf"></i> {esc(label)}</a>'
            f' <span class="text-xs text-gray-400">({size})</span></li>'
            for f, label, size in files
        )
        attach = f'<div class="mt-4 rounded border border-dashed border-sky-300 bg-sky-50 p-3"><p class="font-semibold">Tệp đính kèm</p><ul>{lis}</ul></div>'
    tags = story.opts.get("tags", [])
    tag_html = (
        '<div class="mt-4 flex flex-wrap gap-2 text-sm"><span class="font-semibold">Từ khóa:</span>'
        + "".join(
            f'<a href="/tag/{t}" class="rounded bg-gray-100 px-2 py-0.5">#{esc(TAGS[t])}</a>' for t in tags
        )
        + "</div>"
        if tags
        else ""
    )
    enc = quote(canon, safe="")
    share = (
        '<div class="mt-4 flex items-center gap-2 border-t pt-3 text-sm" x-data="{ copied: false }">'
        "<span>Chia sẻ:</span>"
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" rel="noopener" class="rounded bg-blue-600 px-2 py-0.5 text-white">Facebook</a>'
        f'<div class="zalo-share-button" data-href="{canon}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>'
        f"<button type=\"button\" @click=\"navigator.clipboard.writeText('{canon}'); copied = true\" class=\"rounded border px-2 py-0.5\">"
        '<span x-show="!copied">Sao chép liên kết</span><span x-show="copied" x-cloak>Đã sao chép</span></button></div>'
    )
    data = "{ fs: 16, xemThem: false }"
    main = (
        _breadcrumb([(f"/danh-muc/{story.cat}", CATS[story.cat])])
        + f'<article class="rounded bg-white p-4 shadow-sm md:p-6" id="bv-{story.id}" x-data="{data}">'
        f'<h2 class="mb-2 text-2xl font-bold leading-snug text-sky-900">{esc(story.title)}</h2>'
        '<div class="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-dashed pb-2 text-[13px] text-gray-500">'
        + "".join(meta)
        + tools
        + "</div>"
        + lead
        + f'<div id="noi-dung-bv" class="prose max-w-none text-justify" :style="\'font-size:\' + fs + \'px\'">\n{content_html(story)}\n</div>'
        + attach
        + tag_html
        + share
        + _comments(request, story)
        + _related(story)
        + "</article>"
    )
    return page(request, seo_title, main, head=head, description=description)


# --- documents and static pages ------------------------------------------------------------


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="p-2">{esc(d["so"])}</td><td class="p-2">{d["ngay"]}</td>'
        f'<td class="p-2"><a href="/van-ban/{i}" class="text-sky-700">{esc(d["trichyeu"])}</a></td>'
        f'<td class="p-2"><a href="/storage/files/{d["file"][0]}">Tải về</a></td></tr>'
        for i, d in DOCS.items()
    )
    main = (
        _breadcrumb([(None, "Văn bản")])
        + '<div class="rounded bg-white p-4 shadow-sm"><h2 class="mb-3 text-lg font-bold uppercase text-sky-800">Văn bản chỉ đạo, điều hành</h2>'
        '<table class="w-full text-sm"><thead><tr class="bg-sky-700 text-white"><th class="p-2">Số/Ký hiệu</th>'
        '<th class="p-2">Ngày ban hành</th><th class="p-2">Trích yếu</th><th class="p-2">Tệp</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return page(request, "Văn bản", main)


def doc_page(request: Request, doc_id: int) -> Response:
    d = DOCS[doc_id]
    rows = [
        ("Số/Ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Loại văn bản", d["loai"]),
        ("Cơ quan ban hành", d["coquan"]),
        ("Người ký", d["ky"]),
        ("Trích yếu", d["trichyeu"]),
    ]
    table = "".join(
        f'<tr class="border-b"><th class="w-40 bg-gray-50 p-2 text-left">{k}</th><td class="p-2">{esc(v)}</td></tr>'
        for k, v in rows
    )
    fname, size = d["file"]
    main = (
        _breadcrumb([("/van-ban", "Văn bản"), (None, d["so"])])
        + '<div class="rounded bg-white p-4 shadow-sm">'
        f'<h2 class="mb-3 text-xl font-bold text-sky-900">{esc(d["trichyeu"])}</h2>'
        f'<table class="w-full text-sm">{table}</table>'
        f'<p class="mt-3">Tệp đính kèm: <a href="/storage/files/{fname}" class="text-sky-700">{fname}</a> ({size})</p></div>'
    )
    return page(request, d["trichyeu"], main)


def intro_page(request: Request) -> Response:
    main = (
        _breadcrumb([(None, "Giới thiệu")])
        + '<div class="rounded bg-white p-4 shadow-sm"><h2 class="mb-3 text-xl font-bold text-sky-900">Giới thiệu Phòng Giáo dục và Đào tạo</h2>'
        "<p>Phòng Giáo dục và Đào tạo thành phố Hội An là cơ quan chuyên môn thuộc UBND thành phố, tham mưu,"
        " giúp UBND thành phố quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Toàn thành phố hiện có 16 trường mầm non, mẫu giáo, 13 trường tiểu học, 9 trường trung học cơ sở"
        " và 01 trường TH&amp;THCS tại xã đảo Tân Hiệp với hơn 21.000 học sinh.</p>"
        '<h3 class="mt-4 font-semibold">Lãnh đạo Phòng</h3><ul class="list-disc pl-5">'
        "<li>Ông Nguyễn Văn Sơn - Trưởng phòng</li><li>Bà Lê Thị Thu Hiền - Phó Trưởng phòng</li>"
        "<li>Ông Trần Quốc Bảo - Phó Trưởng phòng</li></ul></div>"
    )
    return page(request, "Giới thiệu", main)


def contact_page(request: Request) -> Response:
    main = (
        _breadcrumb([(None, "Liên hệ")])
        + '<div class="rounded bg-white p-4 shadow-sm"><h2 class="mb-3 text-xl font-bold text-sky-900">Liên hệ</h2>'
        f"<p><b>{esc(OFFICE)}</b></p><p>Số 8 Trần Hưng Đạo, phường Minh An, thành phố Hội An, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: (0235) 3861 234 - Email: pgddt@hoian.edu.vn</p>"
        '<form method="POST" action="/lien-he" class="mt-4 space-y-2">'
        f'<input type="hidden" name="_token" value="{CSRF}">'
        '<input type="text" name="ho_ten" placeholder="Họ và tên" class="w-full border px-2 py-1">'
        '<input type="email" name="email" placeholder="Email" class="w-full border px-2 py-1">'
        '<textarea name="noi_dung" rows="4" placeholder="Nội dung" class="w-full border px-2 py-1"></textarea>'
        '<button type="submit" class="rounded bg-sky-700 px-3 py-1 text-white">Gửi liên hệ</button></form></div>'
    )
    return page(request, "Liên hệ", main, sidebar=False)


def _page_expired() -> Response:
    return html(
        "<!DOCTYPE html><html lang=\"vi\"><head><title>Page Expired</title></head><body>"
        '<div class="flex items-center justify-center"><div class="px-4 text-lg text-gray-500">419</div>'
        '<div class="ml-4 text-lg uppercase text-gray-500">Page Expired</div></div></body></html>',
        status=419,
    )


# --- routing ---------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html$")
_CATEGORY = re.compile(r"^/danh-muc/([a-z0-9-]+)$")
_TAG = re.compile(r"^/tag/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)$")
_IMAGE = re.compile(r"^/storage/images/\d{4}/\d{2}/(?:(?:thumbs|slide)/)?[a-z0-9-]+\.(?:jpg|png)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if request.method == "POST":
            return _page_expired()
        if path != "/" and path.endswith("/"):
            target = path.rstrip("/") + (f"?{request.query}" if request.query else "")
            return redirect(target, 301)
        if path == "/":
            return home_page(request)
        if m := _ARTICLE.match(path):
            story = BY_SLUG.get(m.group(1)) or OLD_SLUGS.get(m.group(1))
            return article_page(request, story) if story else None
        if (m := _CATEGORY.match(path)) and m.group(1) in CATS:
            return category_page(request, m.group(1))
        if (m := _TAG.match(path)) and m.group(1) in TAGS:
            return tag_page(request, m.group(1))
        if (m := _DOC.match(path)) and int(m.group(1)) in DOCS:
            return doc_page(request, int(m.group(1)))
        if path == "/van-ban":
            return docs_page(request)
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path.startswith("/storage/files/"):
            name = path.rsplit("/", 1)[1]
            if name in FILES:
                return Response(
                    200,
                    PDF,
                    {"Content-Type": "application/pdf", "Content-Disposition": f'inline; filename="{name}"'},
                )
            return None
        if path == "/robots.txt":
            return Response(200, b"User-agent: *\nDisallow: /admin\n", {"Content-Type": "text/plain"})
        if _IMAGE.match(path) or path.startswith(("/images/", "/build/assets/", "/vendor/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()
