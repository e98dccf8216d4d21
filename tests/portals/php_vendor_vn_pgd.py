"""Fixture portal: a district education office's site in a local vendor's home-made PHP (2012).

Imitates the site of "Phòng Giáo dục và Đào tạo huyện Kỳ Lâm" (Hà Tĩnh) as a small local web
company built it around 2012 and nobody redesigned since: one ``index.php`` that dispatches on
``mod``/``act``, a table layout (header table; a three-column body table holding
``div#khung-trai`` | ``div#khung-giua`` | ``div#khung-phai``; footer row), the vendor's own
accent-less Vietnamese class names (``.khung-tin``, ``.thanh-tieu-de``, ``.tieu-de-tin``,
``.ngay-dang``, ``.trich-dan``, ``.noi-dung-tin``, ``.tac-gia``, ``.cong-cu``, ``.tin-lien-quan``,
``.phan-trang`` …), a Flash banner, a ``<marquee>`` of announcements, raw ``&`` in hrefs, every
link and chrome image relative to a ``<base href>`` the pages print, the HTTP header
``Content-Type: text/html`` with no charset (PHP 5.2's empty default_charset; the page's
``<meta http-equiv>`` says utf-8) and a ``<title>`` that is the office's name on every page.

What it serves
- ``/`` and ``/index.php``: home. "Tin nổi bật" (newest news item with photo and lead), one box
  per category (newest items) and a photo-library teaser. The home boxes link the *rewritten*
  address ``/tin-tuc/<id>/<slug>.html`` (slug = accent-less title).
- Articles at ``index.php?mod=tintuc&act=chitiet&id=N&cat=C`` (what the category listings link;
  the gold ``path``). The very same page is served at ``index.php?mod=tintuc&act=chitiet&id=N``
  (the "TIN MỚI NHẤT" sidebar, "Các tin khác", the search results and the print view's address
  line use it) and at ``/tin-tuc/<id>/<slug>.html`` (home boxes; the Apache rewrite ignores the
  slug). No page prints ``rel=canonical``: the three are the same bytes, and ``&cat`` only
  highlights the left-menu item. Both extra forms are ``alt_paths`` of the gold.
- Article page: grey title bar with the category in capitals ("TIN TỨC - SỰ KIỆN"), a "Bạn đang
  ở:" trail, the headline in ``<div class="tieu-de-tin">`` (bold 16px, no heading element), the
  line "Cập nhật lúc: 08:30 - 14/11/2026 | Lượt xem: 345" (the vendor's wording for the *posting*
  time: the only date the page prints), the lead in ``<div class="trich-dan">`` (italic; printed
  empty when the post has none), ``<div class="noi-dung-tin">`` (FCKeditor output of the time:
  ``<p style="text-align: justify;"><span style="font-size: 13pt">…``, Word's ``MsoNormal``
  paragraphs with ``<o:p>``, or ``<div>`` blocks whose lines are split by ``<br />``; photos in
  a one-cell table whose second row holds the caption in ``<em>``, or in a centred ``<p>`` with
  the line under it; a results table; the in-text bylines at the end), an optional platform
  field ``<div class="tac-gia">Tác giả: …</div>``, "[In trang] [Gửi cho bạn bè] [Quay lại] [Về
  đầu trang]", "Từ khóa:" links into the search, and "Các tin khác:" (older posts of the same
  category, dated "(13/11/2026)").
- Listings ``index.php?mod=tintuc&act=danhmuc&cat=C[&trang=N]``, three items a page, pager
  "Trang: [1] 2 3 Cuối »" (current page as "[n]" in bold, "« Đầu" from page 2 on; the pager's
  "1" is ``&trang=1``, a second address of the first page). "Tin tức - Sự kiện" (cat 5) has
  three pages; "Hoạt động chuyên môn" (7) and "Thông báo" (9) one each. A page past the end
  answers 200 "Chưa có tin trong chuyên mục này."
- Non-articles: ``mod=gioithieu`` (+ ``&id=2``, ``&id=3``), ``mod=lienhe`` (form),
  ``mod=vanban`` (register table, two pages; ``&act=chitiet&id=N`` = number, date, issuer,
  signer, subject, PDF link), ``mod=lichcongtac`` (week table), ``mod=thuvienanh`` (albums;
  ``&act=album&id=N`` a grid of photos), ``mod=timkiem&tu=…`` (search, accent-insensitive as
  MySQL's utf8_general_ci), ``mod=tintuc&act=in&id=N`` (print view: the article's text again,
  no chrome, ``onload="window.print()"``), ``mod=tintuc&act=guibai&id=N`` ("Gửi cho bạn bè"
  form). Files under ``/upload/`` (photos, PDFs). An unknown ``mod`` falls through to the home
  page (the vendor's ``switch`` default); other paths get Apache's 404.
- Chrome: header clock (TODAY), top menu, marquee, left menu, "VĂN BẢN MỚI" (4 newest
  documents), "LIÊN KẾT WEBSITE" select, counter "Đang truy cập: 12 — Tổng lượt truy cập:
  1.234.567"; right column: "TIN MỚI NHẤT" (6 newest, dated), search and login boxes, banners;
  footer with address, phone, hotline and "Thiết kế bởi Công ty …".

Traps and hard cases
- Endless week schedule: ``mod=lichcongtac&tuan=N&nam=Y`` answers 200 for any integer week
  (the vendor adds ``tuan±1`` without wrapping into the next year, PHP's ``mktime`` rolls the
  dates over) and always prints "« Tuần trước" / "Tuần sau »"; only weeks 47-48 of 2026 hold
  rows.
- Print views (``&act=in``) and "Gửi cho bạn bè" pages, one per article, repeat its title and
  (print) its whole text.
- Every article at three addresses with no canonical (above).
- Relative links everywhere: on ``/tin-tuc/<id>/<slug>.html`` only ``<base href>`` makes
  ``index.php?…`` resolve to the root; ``/tin-tuc/<id>/index.php`` is a 404.
- Soft 404: the marquee still links a deleted notice (``id=1102&cat=9``): 200 with "Tin này
  không tồn tại hoặc đã bị xóa!" inside the full chrome.
- Text: three older posts (ids 1262, 1254, 1249) are stored decomposed (NFD, combining tone
  marks, pasted from Word), headline, lead and text alike; one (1238) keeps FCKeditor's
  character references (``&agrave;``/``&#7897;`` mixed with raw UTF-8).

Gold (by hand) and its judgement calls
- Articles are the 13 posts of the three categories; every gold path is the ``&cat`` form, the
  two other forms are ``alt_paths``. Category = the trail's name ("Tin tức - Sự kiện"), not the
  capitalised title bar.
- published_at: the "Cập nhật lúc" line (the only date; no separate update stamp), with its time;
  1238 prints "00:00 - 06/09/2026" (an imported post), taken as the day only.
- summary: the ``.trich-dan`` lead, also the body's first paragraph. 1262's editor pasted the
  lead into ``.trich-dan`` *and* as the first paragraph of the text: it counts once. 1283 opens
  with a bold paragraph but has no ``.trich-dan``: body, and (harmonised after the blind crawl, see
  GOLD) its summary too, as every other fixture has a wholly bold lead paragraph.
- authors: "Người viết: Nguyễn Thị Hoa - Phòng GD&ĐT" → Nguyễn Thị Hoa; "Tác giả: ThS. Lê Văn
  Tâm" → Lê Văn Tâm; "Tin: Trần Minh Đức; ảnh: Hoàng Thị Lan" → author + photographer; a bare
  right-aligned "Phạm Thu Trang" → author; "Tin, ảnh: Võ Hồng Nhung" → both lists; the
  ``.tac-gia`` field "Tổ Văn phòng" (nothing signs the text) → author; the field "Cô Nguyễn Thị
  Lựu - Trường TH Thị trấn Kỳ Lâm" → Nguyễn Thị Lựu. "Thu Hà" over "Nguồn: Báo Hà Tĩnh" → author
  Thu Hà, source Báo Hà Tĩnh; "Nguồn: Trường TH Kỳ Tân" alone → source, no author.
- captions: the ``<em>`` row / line under a photo; "(…)" parentheses and a leading "Ảnh:" label
  dropped; "… (Ảnh: Minh Châu)" kept as printed and Minh Châu is a photographer; a line that is
  the camera's file name "DSC_0457.JPG" is no caption; photos without a line have None.
- 1281 is a scanned official letter: two page images (no captions) and a "Tải về" PDF link;
  its body is empty. The H results table: one body paragraph per row, cells joined " | ".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "php_vendor_vn_pgd"
PLATFORM = "php_vendor"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Kỳ Lâm"
SITE_UP = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KỲ LÂM"
ADDRESS = "Số 08, đường Trần Phú, thị trấn Kỳ Lâm, huyện Kỳ Lâm, tỉnh Hà Tĩnh"
PHONE = "0239 3 865 217"
HOTLINE = "0913 275 468"
EMAIL = "pgdkylam@hatinh.edu.vn"
VENDOR = "Công ty TNHH Công nghệ Tin học Hồng Lĩnh"
PER_PAGE = 3
DOCS_PER_PAGE = 5
LATEST = 6
OTHERS = 5
CURRENT_WEEK = (2026, 48)  # TODAY, Wednesday 25/11/2026, is in ISO week 48
SOFT_404_ID = 1102

#: category id (the ``cat`` parameter) -> printed name
CATS: dict[str, str] = {
    "5": "Tin tức - Sự kiện",
    "7": "Hoạt động chuyên môn",
    "9": "Thông báo",
}
_UP = "/upload/images/2026"

# opts: at (posting time "YYYY-MM-DD HH:MM" as the DB stores it), markup (span13 | plain | mso |
# br: how the editor wrote paragraphs), nfd (stored decomposed), entities (FCKeditor references),
# tacgia (the platform's "Tác giả" field as printed), tu (keywords -> search links).
# sapo_outside=True: .trich-dan holds the lead (gold: summary and body's first paragraph);
# summary with sapo_outside=False: .trich-dan *and* the first paragraph print the same text.
# Img styles: bang (one-cell table, caption <em> in the second row when printed), pem (centred <p>
# image, centred <em> line under it when printed), scan (scanned page). P styles: "" | b (bold) |
# th/tr (table rows, cells " | ").
STORIES: list[Story] = [
    Story(
        id=1289,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="9",
        published_at="2026-11-24T15:10:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027"
                " đối với cấp tiểu học và trung học cơ sở như sau:"
            ),
            P("- Cấp tiểu học: kiểm tra từ ngày 28/12/2026 đến ngày 31/12/2026."),
            P(
                "- Cấp THCS: kiểm tra các môn theo đề chung của Phòng vào ngày 05/01/2027 và ngày"
                " 06/01/2027; các môn còn lại do nhà trường chủ động sắp xếp."
            ),
            P(
                "Hiệu trưởng các trường có trách nhiệm xây dựng kế hoạch ôn tập, tổ chức kiểm tra"
                " nghiêm túc, đúng quy chế và báo cáo kết quả về Phòng GD&ĐT trước ngày 15/01/2027."
            ),
        ],
        opts={"at": "2026-11-24 15:10", "markup": "br", "tu": ["kiểm tra học kỳ"]},
    ),
    Story(
        id=1287,
        slug="huyen-ky-lam-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Huyện Kỳ Lâm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="5",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Sáng ngày 19/11/2026, UBND huyện Kỳ Lâm tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam (20/11/1982 - 20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất"
            " sắc trong năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy, Chủ"
                " tịch HĐND huyện; đồng chí Lê Thị Thanh Bình, Phó Chủ tịch UBND huyện; lãnh đạo các"
                " phòng, ban, ngành, đoàn thể cấp huyện cùng hơn 350 cán bộ quản lý, giáo viên tiêu"
                " biểu đại diện cho gần 1.600 nhà giáo trên toàn huyện."
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục và Đào tạo huyện Kỳ Lâm tiếp tục đạt nhiều kết"
                " quả nổi bật: toàn huyện có 41/52 trường đạt chuẩn quốc gia, tỷ lệ học sinh tốt"
                " nghiệp THCS đạt 99,8%; đội tuyển học sinh giỏi lớp 9 xếp thứ 3 toàn tỉnh với 46"
                " giải; 28 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-1.jpg",
                "Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy phát biểu tại buổi lễ",
                "Đồng chí Nguyễn Văn Hùng, Phó Bí thư Thường trực Huyện ủy phát biểu tại buổi lễ",
                "bang",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Hùng ghi nhận, biểu dương những nỗ lực"
                " của đội ngũ nhà giáo trong thời gian qua, đồng thời đề nghị ngành Giáo dục tiếp"
                " tục đổi mới phương pháp dạy học, đẩy mạnh chuyển đổi số và quan tâm hơn nữa đến"
                " học sinh có hoàn cảnh khó khăn."
            ),
            Img(
                f"{_UP}/11/le-ky-niem-20-11-2026-2.jpg",
                "(Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc)",
                "Lãnh đạo huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
                "bang",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện đã tặng Giấy khen cho 12 tập thể và 45 cá nhân có"
                " thành tích xuất sắc trong năm học 2025 - 2026."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Người viết: Nguyễn Thị Hoa - Phòng'
                " GD&amp;ĐT</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={"at": "2026-11-20 16:45", "markup": "span13", "tu": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=1285,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        cat="7",
        published_at="2026-11-19T07:50:00+07:00",
        summary=(
            "Sau 5 ngày tổ chức (từ ngày 09 đến 13/11/2026), Hội thi giáo viên dạy giỏi cấp huyện"
            " bậc THCS năm học 2026 - 2027 đã kết thúc thành công với 27 giáo viên được công nhận"
            " giáo viên dạy giỏi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi có 64 giáo viên đến từ 18 trường THCS tham gia, ở 9 môn học. Mỗi giáo viên"
                " trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy và thực"
                " hành dạy 2 tiết trên lớp."
            ),
            P("Kết quả cụ thể ở một số đơn vị như sau:"),
            P("TT | Đơn vị | Số GV dự thi | Số GV đạt", "th"),
            P("1 | THCS Nguyễn Du | 6 | 4", "tr"),
            P("2 | THCS Kỳ Phong | 5 | 3", "tr"),
            P("3 | THCS Thị trấn Kỳ Lâm | 5 | 3", "tr"),
            P(
                "Phòng GD&ĐT sẽ lựa chọn những giáo viên có kết quả xuất sắc nhất tham dự Hội thi"
                " giáo viên dạy giỏi cấp tỉnh năm học 2026 - 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tác giả: ThS. Lê Văn Tâm</strong></p>'),
        ],
        authors=["Lê Văn Tâm"],
        opts={"at": "2026-11-19 07:50", "markup": "span13", "tu": ["giáo viên dạy giỏi"]},
    ),
    Story(
        id=1283,
        slug="truong-tieu-hoc-ky-tan-to-chuc-hoi-thi-giai-dieu-tuoi-hong-chao-mung-ngay-20-11",
        title="Trường Tiểu học Kỳ Tân tổ chức Hội thi “Giai điệu tuổi hồng” chào mừng ngày 20/11",
        cat="5",
        published_at="2026-11-18T09:15:00+07:00",
        blocks=[
            P(
                "Nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, chiều ngày 16/11/2026,"
                " Liên đội Trường Tiểu học Kỳ Tân tổ chức Hội thi văn nghệ “Giai điệu tuổi hồng” năm"
                " học 2026 - 2027.",
                "b",
            ),
            P(
                "Tham gia hội thi có 15 tiết mục đến từ các chi đội với nhiều thể loại phong phú"
                " như: đơn ca, tốp ca, múa, kể chuyện, hoạt cảnh. Các tiết mục đều được các em chuẩn"
                " bị công phu, thể hiện tình cảm kính yêu, lòng biết ơn đối với thầy cô giáo."
            ),
            Img(
                f"{_UP}/11/giai-dieu-tuoi-hong-ky-tan-1.jpg",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 5A",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 5A",
                "bang",
            ),
            Img(f"{_UP}/11/giai-dieu-tuoi-hong-ky-tan-2.jpg", None, None, "bang"),
            P(
                "Kết thúc hội thi, Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 4 giải"
                " Khuyến khích cho các tiết mục xuất sắc."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Trường TH Kỳ Tân</em></p>'),
        ],
        source="Trường TH Kỳ Tân",
        opts={"at": "2026-11-18 09:15", "markup": "plain", "tu": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        id=1281,
        slug="cong-van-so-1258-pgddt-thcs-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9",
        title=(
            "Công văn số 1258/PGDĐT-THCS về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp"
            " huyện năm học 2026 - 2027"
        ),
        cat="9",
        published_at="2026-11-16T08:00:00+07:00",
        blocks=[
            Img(f"{_UP}/11/cv-1258-pgddt-thcs-trang-1.jpg", None, None, "scan"),
            Img(f"{_UP}/11/cv-1258-pgddt-thcs-trang-2.jpg", None, None, "scan"),
            Raw(
                '<p style="text-align: center;"><strong><a href="/upload/files/2026/11/'
                'cv-1258-pgddt-thcs.pdf" target="_blank">Tải về</a></strong></p>'
            ),
        ],
        opts={"at": "2026-11-16 08:00", "markup": "plain", "tu": ["học sinh giỏi"]},
    ),
    Story(
        id=1280,
        slug="hoi-nghi-so-ket-2-nam-thuc-hien-de-an-chuyen-doi-so-trong-cac-co-so-giao-duc",
        title="Hội nghị sơ kết 2 năm thực hiện Đề án chuyển đổi số trong các cơ sở giáo dục",
        cat="5",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Chiều ngày 12/11/2026, Phòng Giáo dục và Đào tạo huyện Kỳ Lâm tổ chức Hội nghị sơ kết"
            " 2 năm thực hiện Đề án “Ứng dụng công nghệ thông tin và chuyển đổi số trong các cơ sở"
            " giáo dục giai đoạn 2024 - 2030”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, đến nay 100% cơ sở giáo dục trên địa bàn huyện đã sử"
                " dụng sổ điểm điện tử, học bạ số; 46/52 trường triển khai thu học phí không dùng"
                " tiền mặt; hơn 90% giáo viên sử dụng thành thạo các phần mềm dạy học trực tuyến và"
                " bài giảng điện tử."
            ),
            Img(
                f"{_UP}/11/so-ket-chuyen-doi-so.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                "bang",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như: thiết bị công"
                " nghệ thông tin ở một số điểm trường lẻ đã xuống cấp, đường truyền internet chưa ổn"
                " định, kinh phí đầu tư còn hạn chế."
            ),
            P(
                "Kết luận hội nghị, đồng chí Trần Văn Thắng, Trưởng phòng GD&ĐT đề nghị các đơn vị"
                " tiếp tục rà soát, bổ sung hạ tầng, khai thác hiệu quả kho học liệu số dùng chung"
                " của ngành và tăng cường bồi dưỡng kỹ năng số cho đội ngũ giáo viên."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Minh Đức; ảnh: Hoàng Thị Lan'
                "</strong></p>"
            ),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Hoàng Thị Lan"],
        opts={"at": "2026-11-14 08:30", "markup": "span13", "tu": ["chuyển đổi số"]},
    ),
    Story(
        id=1276,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2”",
        cat="7",
        published_at="2026-11-10T10:05:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 - 2027, ngày 06/11/2026, Phòng"
                " GD&ĐT huyện Kỳ Lâm tổ chức chuyên đề “Dạy học phát triển năng lực đọc cho học sinh"
                " lớp 2” tại Trường Tiểu học Thị trấn Kỳ Lâm."
            ),
            P(
                "Tham dự chuyên đề có đại diện lãnh đạo, tổ trưởng chuyên môn khối 2 và giáo viên"
                " dạy lớp 2 của 22 trường tiểu học trong huyện."
            ),
            Img(
                f"{_UP}/11/chuyen-de-doc-lop-2.jpg",
                "Cô Đặng Thị Mai dạy minh họa tiết Tiếng Việt lớp 2 (Ảnh: Minh Châu)",
                "Cô Đặng Thị Mai dạy minh họa tiết Tiếng Việt lớp 2 (Ảnh: Minh Châu)",
                "pem",
            ),
            P(
                "Qua tiết dạy minh họa, các đại biểu đã cùng thảo luận, chia sẻ kinh nghiệm về cách"
                " tổ chức hoạt động đọc mở rộng, hướng dẫn học sinh đọc hiểu văn bản và vận dụng vào"
                " thực tiễn."
            ),
        ],
        authors=["Nguyễn Thị Lựu"],
        photographers=["Minh Châu"],
        opts={
            "at": "2026-11-10 10:05",
            "markup": "mso",
            "tacgia": "Cô Nguyễn Thị Lựu - Trường TH Thị trấn Kỳ Lâm",
            "tu": ["chuyên đề tiểu học"],
        },
    ),
    Story(
        id=1270,
        slug="lien-doi-thcs-ky-phong-ra-quan-ngay-chu-nhat-xanh",
        title="Liên đội THCS Kỳ Phong ra quân “Ngày Chủ nhật xanh”",
        cat="5",
        published_at="2026-11-06T14:20:00+07:00",
        blocks=[
            P(
                "Sáng Chủ nhật ngày 01/11/2026, Liên đội Trường THCS Kỳ Phong phối hợp với Đoàn xã"
                " Kỳ Phong tổ chức ra quân “Ngày Chủ nhật xanh” với chủ đề “Trường học xanh - sạch -"
                " đẹp”."
            ),
            P(
                "Hơn 300 đội viên cùng giáo viên nhà trường đã dọn dẹp vệ sinh khuôn viên trường,"
                " phát quang bụi rậm, khơi thông cống rãnh trên tuyến đường liên thôn dẫn vào trường"
                " và trồng mới 50 cây xanh."
            ),
            Img(f"{_UP}/11/chu-nhat-xanh-ky-phong.jpg", None, None, "pem"),
            P(
                "Hoạt động góp phần nâng cao ý thức bảo vệ môi trường cho học sinh, đồng thời tạo"
                " cảnh quan sạch đẹp chuẩn bị cho các hoạt động chào mừng ngày 20/11."
            ),
            Raw('<div style="text-align: right;"><strong>Phạm Thu Trang</strong></div>'),
        ],
        authors=["Phạm Thu Trang"],
        opts={"at": "2026-11-06 14:20", "markup": "br", "tu": ["Đội TNTP"]},
    ),
    Story(
        id=1266,
        slug="thong-bao-ve-viec-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-11",
        title="Thông báo về việc cho học sinh nghỉ học để phòng, tránh bão số 11",
        cat="9",
        published_at="2026-11-02T09:40:00+07:00",
        blocks=[
            P(
                "Theo dự báo của Trung tâm Khí tượng Thủy văn tỉnh, bão số 11 sẽ ảnh hưởng trực tiếp"
                " đến địa bàn tỉnh Hà Tĩnh từ chiều ngày 02/11/2026, gây mưa to đến rất to và gió"
                " mạnh."
            ),
            P(
                "Thực hiện Công điện của UBND huyện, Phòng GD&ĐT thông báo cho toàn bộ trẻ mầm non,"
                " học sinh tiểu học và THCS trên địa bàn huyện nghỉ học từ chiều ngày 02/11/2026 đến"
                " hết ngày 04/11/2026."
            ),
            P(
                "Các đơn vị trường học chủ động chằng chống, bảo vệ cơ sở vật chất, hồ sơ, thiết bị"
                " dạy học; phân công trực 24/24 giờ và báo cáo kịp thời tình hình thiệt hại (nếu có)"
                " về Phòng GD&ĐT qua số điện thoại đường dây nóng 0913 275 468."
            ),
        ],
        opts={"at": "2026-11-02 09:40", "markup": "plain", "tu": ["phòng chống bão lụt"]},
    ),
    Story(
        id=1262,
        slug="trao-tang-120-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-ngheo-vuot-kho",
        title="Trao tặng 120 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
        cat="5",
        published_at="2026-10-27T10:00:00+07:00",
        summary=(
            "Ngày 25/10/2026, Hội Khuyến học huyện Kỳ Lâm phối hợp với Phòng GD&ĐT tổ chức trao 120"
            " suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó học"
            " tốt."
        ),
        blocks=[
            P(
                "Ngày 25/10/2026, Hội Khuyến học huyện Kỳ Lâm phối hợp với Phòng GD&ĐT tổ chức trao"
                " 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt"
                " khó học tốt."
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, tổng giá trị 240 triệu đồng, do các doanh"
                " nghiệp, nhà hảo tâm và con em quê hương Kỳ Lâm đang sinh sống, làm việc ở xa tài"
                " trợ."
            ),
            Img(
                "/upload/images/2026/10/hoc-bong-tiep-buoc-den-truong.jpg",
                "Các em học sinh nhận học bổng “Tiếp bước đến trường”",
                "Các em học sinh nhận học bổng “Tiếp bước đến trường”",
                "bang",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện Hội Khuyến học huyện mong muốn các em tiếp tục cố"
                " gắng, vượt qua khó khăn để học tập tốt, trở thành con ngoan, trò giỏi."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thu Hà</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'
            ),
        ],
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        opts={"at": "2026-10-27 10:00", "markup": "plain", "nfd": True, "tu": ["khuyến học"]},
    ),
    Story(
        id=1254,
        slug="khai-mac-hoi-khoe-phu-dong-huyen-ky-lam-lan-thu-xii-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng huyện Kỳ Lâm lần thứ XII năm 2026",
        cat="5",
        published_at="2026-10-15T15:30:00+07:00",
        summary=(
            "Sáng 14/10/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT huyện Kỳ Lâm khai"
            " mạc Hội khỏe Phù Đổng lần thứ XII năm 2026 với sự tham gia của gần 800 vận động viên"
            " đến từ 34 trường tiểu học và trung học cơ sở."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng năm nay tổ chức thi đấu 8 môn gồm: điền kinh, bơi lội, cờ vua,"
                " bóng đá, bóng chuyền, cầu lông, bóng bàn và võ cổ truyền; diễn ra từ ngày 14 đến"
                " 18/10/2026."
            ),
            Img(
                "/upload/images/2026/10/hkpd-2026-co-vua.jpg",
                "Ảnh: Các vận động viên tranh tài ở môn cờ vua",
                "Các vận động viên tranh tài ở môn cờ vua",
                "bang",
            ),
            P(
                "Đây là dịp để đánh giá kết quả giáo dục thể chất và phong trào tập luyện thể dục thể"
                " thao trong trường học, đồng thời tuyển chọn những vận động viên xuất sắc tham dự"
                " Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Img(
                "/upload/images/2026/10/hkpd-2026-dong-dien.jpg",
                "Màn đồng diễn thể dục của học sinh Trường Tiểu học Thị trấn Kỳ Lâm",
                "Màn đồng diễn thể dục của học sinh Trường Tiểu học Thị trấn Kỳ Lâm",
                "bang",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Võ Hồng Nhung</strong></p>'),
        ],
        authors=["Võ Hồng Nhung"],
        photographers=["Võ Hồng Nhung"],
        opts={
            "at": "2026-10-15 15:30",
            "markup": "span13",
            "nfd": True,
            "tu": ["Hội khỏe Phù Đổng"],
        },
    ),
    Story(
        id=1249,
        slug="tap-huan-su-dung-thiet-bi-day-hoc-so-cho-giao-vien-tieu-hoc",
        title="Tập huấn sử dụng thiết bị dạy học số cho giáo viên tiểu học",
        cat="7",
        published_at="2026-10-08T14:00:00+07:00",
        summary=(
            "Trong hai ngày 06 và 07/10/2026, Phòng GD&ĐT huyện Kỳ Lâm tổ chức lớp tập huấn sử dụng"
            " thiết bị dạy học số cho hơn 200 giáo viên tiểu học trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, giáo viên được hướng dẫn sử dụng màn hình tương tác, máy chiếu vật"
                " thể, phần mềm soạn bài giảng điện tử và cách khai thác kho học liệu số của Bộ Giáo"
                " dục và Đào tạo."
            ),
            Img("/upload/images/2026/10/tap-huan-thiet-bi-so.jpg", None, None, "bang"),
            P(
                "Các học viên được thực hành trực tiếp trên thiết bị, xây dựng một tiết dạy mẫu và"
                " chia sẻ sản phẩm theo nhóm."
            ),
        ],
        opts={"at": "2026-10-08 14:00", "markup": "plain", "nfd": True, "tu": ["chuyển đổi số"]},
    ),
    Story(
        id=1238,
        slug="hoc-sinh-huyen-ky-lam-han-hoan-khai-giang-nam-hoc-moi-2026-2027",
        title="Học sinh huyện Kỳ Lâm hân hoan khai giảng năm học mới 2026 - 2027",
        cat="5",
        published_at="2026-09-06",
        summary=(
            "Sáng 05/9/2026, hơn 21.000 học sinh từ mầm non đến THCS trên địa bàn huyện Kỳ Lâm đã"
            " nô nức tựu trường, dự lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn huyện có 52 trường với 21.346 học sinh, tăng 412 em so với"
                " năm học trước. Các nhà trường đã chuẩn bị chu đáo cơ sở vật chất, sách giáo khoa,"
                " đồ dùng học tập, bảo đảm mọi học sinh đều được đến trường."
            ),
            Img("/upload/images/2026/09/DSC_0457.JPG", "DSC_0457.JPG", None, "bang"),
            P(
                "Tại các điểm trường, lãnh đạo huyện, xã đã đến dự, chúc mừng và trao quà cho học"
                " sinh có hoàn cảnh khó khăn. Sau lễ khai giảng, các trường tổ chức dạy học ngay theo"
                " thời khóa biểu."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "at": "2026-09-06 00:00",
            "markup": "plain",
            "entities": 2,
            "tacgia": "Tổ Văn phòng",
            "tu": ["khai giảng"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(s: Story) -> str:
    """What the category listings link: the gold path."""
    return f"/index.php?mod=tintuc&act=chitiet&id={s.id}&cat={s.cat}"


def plain_path(s: Story) -> str:
    """The same page without ``&cat`` (sidebar, "Các tin khác", search, print view's line)."""
    return f"/index.php?mod=tintuc&act=chitiet&id={s.id}"


def rewrite_path(s: Story) -> str:
    """The same page under the "friendly" rewrite the home page boxes use."""
    return f"/tin-tuc/{s.id}/{s.slug}.html"


def print_path(s: Story) -> str:
    return f"/index.php?mod=tintuc&act=in&id={s.id}"


def send_path(s: Story) -> str:
    return f"/index.php?mod=tintuc&act=guibai&id={s.id}"


def listing_path(cat: str, page: int | None = None) -> str:
    base = f"/index.php?mod=tintuc&act=danhmuc&cat={cat}"
    return base if page is None else f"{base}&trang={page}"


def search_path(word: str) -> str:
    return f"/index.php?mod=timkiem&tu={quote_plus(word)}"


def newest(cat: str | None = None) -> list[Story]:
    items = [s for s in STORIES if cat is None or s.cat == cat]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def pages(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


def _rel(path: str) -> str:
    """How the vendor prints a link: relative to ``<base href>``, raw ``&``."""
    return path.lstrip("/")


# --------------------------------------------------------------------------- documents, albums


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    issuer: str
    signer: str
    subject: str
    file: str


DOCS: list[Doc] = [
    Doc(306, "1258/PGDĐT-THCS", "16/11/2026", "Phòng GD&ĐT huyện Kỳ Lâm", "Trần Văn Thắng",
        "V/v tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        "/upload/files/2026/11/cv-1258-pgddt-thcs.pdf"),
    Doc(305, "1201/PGDĐT-GDTH", "05/11/2026", "Phòng GD&ĐT huyện Kỳ Lâm", "Nguyễn Thị Hương",
        "V/v hướng dẫn kiểm tra, đánh giá học sinh tiểu học cuối học kỳ I năm học 2026 - 2027",
        "/upload/vanban/2026/1201-pgddt-gdth.pdf"),
    Doc(304, "45/KH-PGDĐT", "20/10/2026", "Phòng GD&ĐT huyện Kỳ Lâm", "Trần Văn Thắng",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "/upload/vanban/2026/45-kh-pgddt.pdf"),
    Doc(303, "3120/SGDĐT-GDPT", "12/10/2026", "Sở GD&ĐT Hà Tĩnh", "Phan Văn Lợi",
        "V/v triển khai nhiệm vụ giáo dục STEM năm học 2026 - 2027",
        "/upload/vanban/2026/3120-sgddt-gdpt.pdf"),
    Doc(302, "1540/QĐ-UBND", "28/08/2026", "UBND huyện Kỳ Lâm", "Lê Thị Thanh Bình",
        "Quyết định giao chỉ tiêu kế hoạch phát triển giáo dục năm học 2026 - 2027",
        "/upload/vanban/2026/1540-qd-ubnd.pdf"),
    Doc(301, "38/HD-PGDĐT", "25/08/2026", "Phòng GD&ĐT huyện Kỳ Lâm", "Trần Văn Thắng",
        "Hướng dẫn thực hiện nhiệm vụ năm học 2026 - 2027 cấp THCS",
        "/upload/vanban/2026/38-hd-pgddt.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}
_FILES = {d.file for d in DOCS}

ALBUMS: dict[int, tuple[str, str, int]] = {
    12: ("Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11", "20/11/2026", 6),
    11: ("Hội khỏe Phù Đổng huyện Kỳ Lâm lần thứ XII", "16/10/2026", 5),
    10: ("Khai giảng năm học 2026 - 2027", "06/09/2026", 4),
}

# week schedule: (year, ISO week) -> rows (weekday 0-6, buổi, nội dung, chủ trì, địa điểm)
SCHEDULE: dict[tuple[int, int], list[tuple[int, str, str, str, str]]] = {
    (2026, 48): [
        (0, "Sáng", "Giao ban lãnh đạo Phòng", "Trưởng phòng Trần Văn Thắng", "Phòng họp cơ quan"),
        (0, "Chiều", "Kiểm tra công tác bán trú tại Trường MN Hoa Sen", "Phó Trưởng phòng Nguyễn Thị Hương", "Trường MN Hoa Sen"),
        (1, "Sáng", "Dự Hội nghị giao ban ngành GD&ĐT tỉnh", "Trưởng phòng Trần Văn Thắng", "Sở GD&ĐT Hà Tĩnh"),
        (2, "Cả ngày", "Kiểm tra chuyên đề tại Trường THCS Kỳ Phong", "Phó Trưởng phòng Đinh Quang Vinh", "Trường THCS Kỳ Phong"),
        (3, "Sáng", "Họp Hội đồng ra đề thi chọn học sinh giỏi lớp 9 cấp huyện", "Trưởng phòng Trần Văn Thắng", "Phòng họp cơ quan"),
        (4, "Cả ngày", "Làm việc tại cơ quan", "Lãnh đạo Phòng", "Phòng GD&ĐT"),
    ],
    (2026, 47): [
        (0, "Sáng", "Chào cờ, giao ban đầu tuần", "Trưởng phòng Trần Văn Thắng", "Phòng họp cơ quan"),
        (3, "Sáng", "Dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Lãnh đạo Phòng", "Hội trường UBND huyện"),
        (4, "Chiều", "Tổng hợp kết quả Hội thi giáo viên dạy giỏi bậc THCS", "Phó Trưởng phòng Đinh Quang Vinh", "Phòng GD&ĐT"),
    ],
}  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

INTRO: dict[str, tuple[str, list[str]]] = {
    "1": ("Giới thiệu chung", [
        "Phòng Giáo dục và Đào tạo huyện Kỳ Lâm là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và"
        " đào tạo trên địa bàn huyện.",
        "Toàn huyện hiện có 52 cơ sở giáo dục công lập gồm 18 trường mầm non, 16 trường tiểu"
        " học, 18 trường trung học cơ sở với gần 1.600 cán bộ, giáo viên, nhân viên và hơn"
        " 21.000 học sinh.",
    ]),
    "2": ("Cơ cấu tổ chức", [
        "Trưởng phòng: Trần Văn Thắng. Phó Trưởng phòng: Nguyễn Thị Hương, Đinh Quang Vinh.",
        "Các bộ phận: Tổ Văn phòng; Tổ chuyên môn Mầm non; Tổ chuyên môn Tiểu học; Tổ chuyên"
        " môn THCS; Tổ Kế hoạch - Tài chính.",
    ]),
    "3": ("Chức năng, nhiệm vụ", [
        "Trình UBND huyện ban hành các văn bản về lĩnh vực giáo dục và đào tạo; tổ chức thực"
        " hiện các văn bản pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt.",
        "Hướng dẫn, kiểm tra các cơ sở giáo dục mầm non, tiểu học, trung học cơ sở thực hiện"
        " chương trình, kế hoạch giáo dục; tổng hợp, báo cáo tình hình giáo dục của huyện.",
    ]),
}  # fmt: skip

MARQUEE_DEAD = "Thông báo tuyển sinh lớp 6 Trường THCS Nguyễn Du năm học 2026 - 2027"


def soft_404_path() -> str:
    return f"/index.php?mod=tintuc&act=chitiet&id={SOFT_404_ID}&cat=9"


def week_path(year: int, week: int) -> str:
    return f"/index.php?mod=lichcongtac&tuan={week}&nam={year}"


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat], alt_paths=[plain_path(s), rewrite_path(s)])
    for s in newest()
]

# Harmonised with the project's gold convention (every other fixture's): a first paragraph set
# wholly in bold, a sentence or two long, is the lead an editor typed by hand, so 1283's is its
# summary too (it stays the body's first paragraph). The helper's gold had summary None.
for _record in GOLD:
    if "id=1283&" in _record["path"]:
        _record["summary"] = _record["body"].split("\n\n")[0]

_KEYWORDS = sorted({w for s in STORIES for w in s.opts["tu"]})

NON_ARTICLES: list[str] = [
    "/",
    "/index.php",
    *(listing_path(c) for c in CATS),
    *(listing_path(c, n) for c in CATS for n in range(2, pages(c) + 1)),
    listing_path("5", 1),
    "/index.php?mod=gioithieu",
    "/index.php?mod=gioithieu&id=2",
    "/index.php?mod=gioithieu&id=3",
    "/index.php?mod=lienhe",
    "/index.php?mod=vanban",
    "/index.php?mod=vanban&trang=1",
    "/index.php?mod=vanban&trang=2",
    *(f"/index.php?mod=vanban&act=chitiet&id={d.id}" for d in DOCS),
    "/index.php?mod=lichcongtac",
    week_path(2026, 47),
    week_path(2026, 49),
    "/index.php?mod=thuvienanh",
    *(f"/index.php?mod=thuvienanh&act=album&id={a}" for a in ALBUMS),
    *(search_path(w) for w in _KEYWORDS),
    *(print_path(s) for s in newest()),
    *(send_path(s) for s in newest()),
    soft_404_path(),
]


# --------------------------------------------------------------------------- rendering


def _t(s: Story, value: str) -> str:
    """Text as the post is stored: NFD or with FCKeditor's references for some old posts."""
    return text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _stored(s: Story, markup: str) -> str:
    """Markup already written (bylines, links) in the post's stored form."""
    if s.opts.get("nfd"):
        return unicodedata.normalize("NFD", markup)
    if s.opts.get("entities"):
        return entity_mix(markup, s.opts["entities"])
    return markup


def _field(s: Story, value: str) -> str:
    """A plain form field (headline, lead, author): no editor references, NFD if pasted so."""
    return text(value, nfd=bool(s.opts.get("nfd")))


def _title(s: Story) -> str:
    return _field(s, s.title)


def _para(s: Story, p: P) -> str:
    t = _t(s, p.text)
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    kind = s.opts.get("markup", "plain")
    if kind == "span13":
        return (
            '<p style="text-align: justify;"><span style="font-size: 13pt;"><span style="font-family:'
            f" 'Times New Roman';\">{t}</span></span></p>"
        )
    if kind == "mso":
        return (
            '<p class="MsoNormal" style="margin: 6pt 0cm; text-align: justify; text-indent: 36pt;'
            ' line-height: 150%;"><span lang="VI" style="font-size: 14pt; line-height: 150%;'
            f' font-family: &quot;Times New Roman&quot;;">{t}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{t}</p>'


def _image(s: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "bang":
        row2 = (
            f'<tr><td style="text-align: center;"><em>{_t(s, img.printed)}</em></td></tr>'
            if img.printed
            else ""
        )
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" style="width: 500px;">'
            f'<tbody><tr><td><img alt="" height="333" src="{src}" width="500" /></td></tr>{row2}'
            "</tbody></table>"
        )
    if img.style == "scan":
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 620px;'
            ' height: 877px; border: 1px solid #cccccc;" /></p>'
        )
    out = (
        f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px;'
        ' height: 375px;" /></p>'
    )
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(s, img.printed)}</em></p>'
    return out


def _content(s: Story) -> str:
    out: list[str] = []
    lines: list[str] = []
    rows: list[P] = []

    def flush() -> None:
        if lines:
            inner = "".join(f"&nbsp;&nbsp;&nbsp; {ln}<br />\n" for ln in lines)
            out.append(f'<div style="text-align: justify;">\n{inner}</div>')
            lines.clear()
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center;"><strong>{_t(s, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(s, c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;'
                ' border-collapse: collapse;"><tbody>\n' + "\n".join(trs) + "\n</tbody></table>"
            )
            rows.clear()

    br = s.opts.get("markup") == "br"
    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            if lines:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and br and not b.style:
            if rows:
                flush()
            lines.append(_t(s, b.text))
            continue
        flush()
        if isinstance(b, P):
            out.append(_para(s, b))
        elif isinstance(b, Img):
            out.append(_image(s, b))
        else:
            out.append(_stored(s, b.html))
    flush()
    if s.opts.get("markup") == "mso":
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def _head(request: Request, extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>.:: {SITE_UP} ::.</title>
<meta name="keywords" content="phong giao duc, ky lam, giao duc ky lam, pgd ky lam" />
<meta name="description" content="Website {esc(SITE)}" />
<base href="{base_url(request)}/" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link href="css/menu.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/swfobject.js"></script>
{extra}</head>"""


_MENU = [
    ("index.php", "Trang chủ", ""),
    ("index.php?mod=gioithieu", "Giới thiệu", "gioithieu"),
    (_rel(listing_path("5")), "Tin tức - Sự kiện", "5"),
    (_rel(listing_path("7")), "Hoạt động chuyên môn", "7"),
    (_rel(listing_path("9")), "Thông báo", "9"),
    ("index.php?mod=vanban", "Văn bản", "vanban"),
    ("index.php?mod=lichcongtac", "Lịch công tác", "lichcongtac"),
    ("index.php?mod=thuvienanh", "Thư viện ảnh", "thuvienanh"),
    ("index.php?mod=lienhe", "Liên hệ", "lienhe"),
]


def _header(active: str) -> str:
    top = " | ".join(
        f'<a href="{href}" class="menu-ngang">{esc(label)}</a>' for href, label, _ in _MENU
    )
    marquee = (
        f'<img src="images/new.gif" alt="" /> <a href="{_rel(article_path(_BY_ID[1289]))}">'
        f"{esc(_BY_ID[1289].title)}</a> &nbsp;&nbsp;&nbsp;&nbsp; "
        f'<img src="images/new.gif" alt="" /> <a href="{_rel(soft_404_path())}">'
        f"{esc(MARQUEE_DEAD)}</a> &nbsp;&nbsp;&nbsp;&nbsp; "
        "Chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!"
    )
    return f"""<body>
<a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" id="bao-ngoai">
<tr><td id="dau-trang" height="150">
<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=9,0,28,0" width="1000" height="150">
<param name="movie" value="images/banner.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
<embed src="images/banner.swf" quality="high" wmode="transparent" pluginspage="http://www.adobe.com/shockwave/download/download.cgi?P1_Prod_Version=ShockwaveFlash" type="application/x-shockwave-flash" width="1000" height="150"></embed>
</object>
</td></tr>
<tr><td class="thanh-menu"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="menu-tren">{top}</td>
<td class="ngay-hom-nay" align="right">{TODAY}&nbsp;</td>
</tr></table></td></tr>
<tr><td class="thanh-chay"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="90" class="chu-thong-bao"><b>Thông báo:</b></td>
<td><marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{marquee}</marquee></td>
</tr></table></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="0" cellspacing="0" id="than-trang"><tr>
<td width="200" valign="top" class="cot-trai">{_left(active)}</td>
<td width="575" valign="top" class="cot-giua"><div id="khung-giua">
"""


def _left(active: str) -> str:
    chosen = ' class="chon"'
    items = "".join(
        f'<li{chosen if key and key == active else ""}><a href="{href}">{esc(label)}</a></li>'
        for href, label, key in _MENU
    )
    docs = "".join(
        f'<div class="vb-moi"><img src="images/pdf.gif" alt="" align="absmiddle" /> '
        f'<a href="index.php?mod=vanban&act=chitiet&id={d.id}" title="{esc(d.subject)}">'
        f'{esc(d.number)}</a><br /><span class="trich-yeu">{esc(d.subject)}</span></div>'
        for d in DOCS[:4]
    )
    return f"""<div id="khung-trai">
<div class="khoi-trai"><div class="tieu-de-khoi">DANH MỤC</div>
<ul class="menu-doc">{items}</ul></div>
<div class="khoi-trai"><div class="tieu-de-khoi">VĂN BẢN MỚI</div>
{docs}
<div align="right"><a href="index.php?mod=vanban" class="xem-tiep">Xem tất cả »</a></div></div>
<div class="khoi-trai"><div class="tieu-de-khoi">LIÊN KẾT WEBSITE</div>
<div align="center"><select name="lienket" style="width: 180px;" onchange="if(this.value!='') window.open(this.value);">
<option value="">-- Liên kết website --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>
<option value="http://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="http://truongtructuyen.vn">Trường học trực tuyến</option>
<option value="http://violympic.vn">Violympic</option>
</select></div></div>
<div class="khoi-trai"><div class="tieu-de-khoi">THỐNG KÊ TRUY CẬP</div>
<div class="bo-dem">Đang truy cập: <b>12</b><br />Hôm nay: <b>356</b><br />Tổng lượt truy cập: <b>1.234.567</b></div></div>
</div>"""


def _right() -> str:
    latest = "".join(
        f'<li><a href="{_rel(plain_path(s))}">{_title(s)}</a> <span class="ngay-nho">'
        f"({_when(s):%d/%m/%Y})</span></li>"
        for s in newest()[:LATEST]
    )
    return f"""<div id="khung-phai">
<div class="khoi-phai"><div class="tieu-de-khoi">TÌM KIẾM</div>
<form name="frmTimKiem" action="index.php" method="get"><input type="hidden" name="mod" value="timkiem" />
<input type="text" name="tu" class="o-nhap" size="18" value="" /> <input type="submit" value="Tìm" class="nut" /></form></div>
<div class="khoi-phai"><div class="tieu-de-khoi">TIN MỚI NHẤT</div>
<ul class="tin-moi">{latest}</ul></div>
<div class="khoi-phai"><div class="tieu-de-khoi">ĐĂNG NHẬP</div>
<form name="frmDangNhap" action="index.php?mod=thanhvien&act=dangnhap" method="post">
Tên đăng nhập:<br /><input type="text" name="tendangnhap" size="18" /><br />
Mật khẩu:<br /><input type="password" name="matkhau" size="18" /><br />
<input type="submit" value="Đăng nhập" class="nut" /></form></div>
<div class="khoi-phai"><div class="tieu-de-khoi">LỊCH CÔNG TÁC</div>
<div align="center"><a href="index.php?mod=lichcongtac"><img src="images/lich-cong-tac.gif" alt="Lịch công tác tuần" border="0" /></a></div></div>
<div class="khoi-phai quang-cao">
<a href="http://www.moet.gov.vn" target="_blank"><img src="images/banner/bo-gddt.jpg" width="200" border="0" alt="Bộ GD&amp;ĐT" /></a><br />
<a href="http://hatinh.edu.vn" target="_blank"><img src="images/banner/so-gddt-ha-tinh.jpg" width="200" border="0" alt="Sở GD&amp;ĐT Hà Tĩnh" /></a><br />
<a href="http://thuvienhoclieu.edu.vn" target="_blank"><img src="images/banner/hoc-lieu-so.gif" width="200" border="0" alt="Kho học liệu số" /></a>
</div>
</div>"""


def _footer() -> str:
    return f"""</div></td>
<td width="225" valign="top" class="cot-phai">{_right()}</td>
</tr></table>
</td></tr>
<tr><td id="chan-trang" align="center">
<div class="ten-co-quan"><b>{SITE_UP}</b></div>
Địa chỉ: {esc(ADDRESS)}<br />
Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}<br />
Chịu trách nhiệm nội dung: Trưởng phòng Trần Văn Thắng<br />
<span class="thiet-ke">Thiết kế bởi {esc(VENDOR)}</span>
</td></tr>
</table>
</body>
</html>"""


def _page(request: Request, center: str, active: str = "", extra: str = "") -> str:
    return _head(request, extra) + "\n" + _header(active) + center + "\n" + _footer()


def _bar(label: str) -> str:
    return f'<div class="thanh-tieu-de"><span>{esc(label.upper())}</span></div>'


def _trail(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="index.php">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else esc(label))
    return f'<div class="duong-dan">Bạn đang ở: {" » ".join(parts)}</div>'


def _date_line(s: Story) -> str:
    w = _when(s)
    return f"Cập nhật lúc: {w:%H:%M} - {w:%d/%m/%Y}"


def _lead(s: Story) -> str:
    return _field(s, s.summary) if s.summary else ""


def _others(s: Story) -> list[Story]:
    same = newest(s.cat)
    older = [o for o in same if o.opts["at"] < s.opts["at"]]
    return (older or [o for o in same if o.id != s.id])[:OTHERS]


def _article_block(s: Story) -> str:
    tacgia = s.opts.get("tacgia")
    field = (
        f'<div class="tac-gia" align="right"><b>Tác giả:</b> <i>{_field(s, tacgia)}</i></div>\n'
        if tacgia
        else ""
    )
    return f"""<div class="tieu-de-tin" style="font-weight: bold; font-size: 16px; color: #0a4d8c;">{_title(s)}</div>
<div class="ngay-dang">{_date_line(s)} &nbsp;&nbsp;|&nbsp;&nbsp; Lượt xem: {s.views()}</div>
<div class="trich-dan"><i>{_lead(s)}</i></div>
<div class="noi-dung-tin">
{_content(s)}
</div><!-- ket thuc noi dung tin -->
{field}"""


def _article(request: Request, s: Story, active: str) -> str:
    cat = s.cat
    tags = ", ".join(f'<a href="{_rel(search_path(w))}">{esc(w)}</a>' for w in s.opts["tu"])
    others = "".join(
        f'<li><a href="{_rel(plain_path(o))}">{_title(o)}</a> <span class="ngay-khac">'
        f"({_when(o):%d/%m/%Y})</span></li>"
        for o in _others(s)
    )
    center = f"""<div class="khung-tin">
{_bar(CATS[cat])}
{_trail((_rel(listing_path(cat)), CATS[cat]))}
{_article_block(s)}<div class="cong-cu" align="right">[<a href="{_rel(print_path(s))}" target="_blank">In trang</a>] [<a href="{_rel(send_path(s))}">Gửi cho bạn bè</a>] [<a href="javascript:history.go(-1);">Quay lại</a>] [<a href="#top">Về đầu trang</a>]</div>
<div class="tu-khoa"><b>Từ khóa:</b> {tags}</div>
<div class="tin-lien-quan"><div class="tieu-de-khac">Các tin khác:</div>
<ul>{others}</ul></div>
</div>"""
    return _page(request, center, active)


def _soft_404(request: Request) -> str:
    center = f"""<div class="khung-tin">
{_bar("Tin tức")}
<div class="thong-bao-loi" align="center"><br /><b>Tin này không tồn tại hoặc đã bị xóa!</b><br /><br />
<a href="index.php">« Về trang chủ</a></div>
</div>"""
    return _page(request, center)


def _print(request: Request, s: Story) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In trang</title>
<base href="{base_url(request)}/" />
<link href="css/in.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<table width="650" align="center" border="0" cellpadding="0" cellspacing="0"><tr><td>
<div class="dau-in"><img src="images/logo-in.gif" alt="" align="absmiddle" /> <b>{SITE_UP}</b></div>
<hr size="1" />
{_article_block(s)}<hr size="1" />
<div class="dia-chi-bai">Địa chỉ bài viết: {base_url(request)}{plain_path(s)}</div>
</td></tr></table>
</body>
</html>"""


def _send(request: Request, s: Story) -> str:
    center = f"""<div class="khung-tin">
{_bar("Gửi cho bạn bè")}
<form name="frmGuiBai" action="index.php?mod=tintuc&act=guibai&id={s.id}" method="post">
<table class="bang-form" width="100%" cellpadding="4"><tr><td colspan="2">Gửi bài viết: <b>{_title(s)}</b></td></tr>
<tr><td width="140">Họ tên người gửi:</td><td><input type="text" name="hoten" size="40" /></td></tr>
<tr><td>Email người gửi:</td><td><input type="text" name="emailgui" size="40" /></td></tr>
<tr><td>Email người nhận:</td><td><input type="text" name="emailnhan" size="40" /></td></tr>
<tr><td>Lời nhắn:</td><td><textarea name="loinhan" cols="40" rows="5"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi" class="nut" /> <input type="reset" value="Nhập lại" class="nut" /></td></tr>
</table></form>
</div>"""
    return _page(request, center)


def _excerpt(s: Story) -> str:
    first = s.summary or next((b.text for b in s.blocks if isinstance(b, P)), "")
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    return _rel(s.images[0].src) if s.images else "images/no_image.jpg"


def _pager(base: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    parts = ["Trang:"]
    if page > 1:
        parts.append(f'<a href="{base}&trang=1">« Đầu</a>')
    lo = max(1, min(page - 1, last - 3))
    hi = min(last, lo + 3)
    for n in range(lo, hi + 1):
        parts.append(f"<b>[{n}]</b>" if n == page else f'<a href="{base}&trang={n}">{n}</a>')
    if hi < last:
        parts.append("...")
    if page < last:
        parts.append(f'<a href="{base}&trang={last}">Cuối »</a>')
    return '<div class="phan-trang" align="center">' + " ".join(parts) + "</div>"


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("trang", "1")))
    except ValueError:
        return 1


def _listing(request: Request, cat: str) -> str:
    page = _page_no(request)
    chunk = newest(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f"""<div class="khung-tin-ds"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="130" valign="top"><a href="{_rel(article_path(s))}"><img src="{_thumb(s)}" width="120" height="90" border="0" class="anh-nho" alt="" /></a></td>
<td valign="top"><a href="{_rel(article_path(s))}" class="tieu-de-ds">{_title(s)}</a> <span class="ngay-ds">({_when(s):%d/%m/%Y})</span>
<div class="trich-dan-ds">{_field(s, _excerpt(s))}</div></td></tr></table></div>
"""
        for s in chunk
    )
    if not chunk:
        items = '<div class="thong-bao-loi" align="center">Chưa có tin trong chuyên mục này.</div>'
    center = f"""<div class="khung-tin">
{_bar(CATS[cat])}
{_trail((None, CATS[cat]))}
{items}{_pager(_rel(listing_path(cat)), page, pages(cat))}
</div>"""
    return _page(request, center, cat)


def _home(request: Request) -> str:
    top = newest("5")[0]
    boxes = []
    for cat, count in (("5", 6), ("7", 3), ("9", 3)):
        lis = "".join(
            f'<li><a href="{_rel(rewrite_path(s))}">{_title(s)}</a> <span class="ngay-nho">'
            f"({_when(s):%d/%m/%Y})</span></li>"
            for s in newest(cat)[1 if cat == "5" else 0 :][:count]
        )
        boxes.append(
            f'<div class="khung-trang-chu"><div class="thanh-tieu-de"><a href="{_rel(listing_path(cat))}">'
            f'{esc(CATS[cat].upper())}</a></div><ul class="ds-tin">{lis}</ul>'
            f'<div align="right"><a href="{_rel(listing_path(cat))}" class="xem-tiep">Xem tiếp »</a></div></div>'
        )
    center = f"""<div class="khung-noi-bat">
<div class="thanh-tieu-de"><span>TIN NỔI BẬT</span></div>
<table width="100%" cellpadding="4" cellspacing="0"><tr>
<td width="210" valign="top"><a href="{_rel(rewrite_path(top))}"><img src="{_thumb(top)}" width="200" height="150" border="0" alt="" /></a></td>
<td valign="top"><a href="{_rel(rewrite_path(top))}" class="tieu-de-noi-bat">{_title(top)}</a>
<div class="ngay-ds">({_when(top):%d/%m/%Y})</div>
<div class="trich-dan-ds">{_field(top, _excerpt(top))}</div>
<div align="right"><a href="{_rel(rewrite_path(top))}" class="xem-tiep">Chi tiết »</a></div></td>
</tr></table></div>
{"".join(boxes)}
<div class="khung-trang-chu"><div class="thanh-tieu-de"><a href="index.php?mod=thuvienanh">THƯ VIỆN ẢNH</a></div>
<div align="center">{"".join(f'<a href="index.php?mod=thuvienanh&act=album&id={a}"><img src="upload/thuvienanh/{a}/thumb_anh-01.jpg" width="160" height="120" border="0" alt="{esc(t)}" /></a> ' for a, (t, _, _) in ALBUMS.items())}</div></div>"""
    return _page(request, center)


def _intro(request: Request) -> str:
    key = request.params.get("id", "1")
    if key not in INTRO:
        key = "1"
    title, paras = INTRO[key]
    sub = " | ".join(
        f'<a href="index.php?mod=gioithieu{"" if k == "1" else f"&id={k}"}">{esc(t)}</a>'
        for k, (t, _) in INTRO.items()
    )
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    center = f"""<div class="khung-tin">
{_bar("Giới thiệu")}
<div class="menu-con">{sub}</div>
<div class="tieu-de-trang"><b>{esc(title)}</b></div>
<div class="noi-dung-trang">{body}</div>
</div>"""
    return _page(request, center, "gioithieu")


def _contact(request: Request) -> str:
    center = f"""<div class="khung-tin">
{_bar("Liên hệ")}
<div class="noi-dung-trang"><b>{SITE_UP}</b><br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: {PHONE}<br />Email: {EMAIL}</div>
<form name="frmLienHe" action="index.php?mod=lienhe&act=gui" method="post">
<table class="bang-form" width="100%" cellpadding="4">
<tr><td width="120">Họ và tên (*):</td><td><input type="text" name="hoten" size="45" /></td></tr>
<tr><td>Email (*):</td><td><input type="text" name="email" size="45" /></td></tr>
<tr><td>Điện thoại:</td><td><input type="text" name="dienthoai" size="45" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="tieude" size="45" /></td></tr>
<tr><td>Nội dung (*):</td><td><textarea name="noidung" cols="45" rows="6"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi liên hệ" class="nut" /></td></tr>
</table></form>
</div>"""
    return _page(request, center, "lienhe")


def _docs(request: Request) -> str:
    page = _page_no(request)
    last = max(1, -(-len(DOCS) // DOCS_PER_PAGE))
    chunk = DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = "".join(
        f'<tr><td align="center">{(page - 1) * DOCS_PER_PAGE + i + 1}</td>'
        f'<td><a href="index.php?mod=vanban&act=chitiet&id={d.id}">{esc(d.number)}</a></td>'
        f'<td align="center">{d.issued}</td><td>{esc(d.subject)}</td>'
        f'<td align="center"><a href="{_rel(d.file)}"><img src="images/pdf.gif" border="0" alt="Tải về" /></a></td></tr>'
        for i, d in enumerate(chunk)
    )
    center = f"""<div class="khung-tin">
{_bar("Văn bản")}
<table class="bang-van-ban" width="100%" border="1" cellpadding="3" cellspacing="0">
<tr class="dong-tieu-de"><td width="30">STT</td><td width="110">Số/Ký hiệu</td><td width="80">Ngày ban hành</td><td>Trích yếu</td><td width="45">Tải về</td></tr>
{rows}</table>
{_pager("index.php?mod=vanban", page, last)}
</div>"""
    return _page(request, center, "vanban")


def _doc(request: Request, d: Doc) -> str:
    center = f"""<div class="khung-tin">
{_bar("Văn bản")}
<table class="chi-tiet-van-ban" width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="150"><b>Số/Ký hiệu:</b></td><td>{esc(d.number)}</td></tr>
<tr><td><b>Ngày ban hành:</b></td><td>{d.issued}</td></tr>
<tr><td><b>Cơ quan ban hành:</b></td><td>{esc(d.issuer)}</td></tr>
<tr><td><b>Người ký:</b></td><td>{esc(d.signer)}</td></tr>
<tr><td><b>Trích yếu:</b></td><td>{esc(d.subject)}</td></tr>
<tr><td><b>File đính kèm:</b></td><td><a href="{_rel(d.file)}" target="_blank"><img src="images/pdf.gif" border="0" alt="" align="absmiddle" /> Tải về</a></td></tr>
</table>
<div align="right"><a href="index.php?mod=vanban">« Danh sách văn bản</a></div>
</div>"""
    return _page(request, center, "vanban")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _week(request: Request) -> str:
    year = _int(request.params.get("nam"), CURRENT_WEEK[0])
    week = _int(request.params.get("tuan"), CURRENT_WEEK[1])
    if not 1970 <= year <= 2037:
        year = CURRENT_WEEK[0]
    try:
        monday: date | None = date.fromisocalendar(year, 1, 1) + timedelta(weeks=week - 1)
    except (OverflowError, ValueError):
        monday = None
    entries = SCHEDULE.get((year, week), [])
    if monday is not None and entries:
        rows = "".join(
            f"<tr><td>{WEEKDAYS[d]}<br />{monday + timedelta(days=d):%d/%m/%Y}</td><td>{b}</td>"
            f"<td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(p)}</td></tr>"
            for d, b, n, c, p in entries
        )
    else:
        rows = '<tr><td colspan="5" align="center">Chưa có lịch công tác tuần này.</td></tr>'
    span = (
        f" (Từ ngày {monday:%d/%m/%Y} đến ngày {monday + timedelta(days=6):%d/%m/%Y})"
        if monday is not None
        else ""
    )
    center = f"""<div class="khung-tin">
{_bar("Lịch công tác")}
<div class="tieu-de-trang" align="center"><b>LỊCH CÔNG TÁC TUẦN {week}{span}</b></div>
<div class="chuyen-tuan" align="center"><a href="{_rel(week_path(year, week - 1))}">« Tuần trước</a> | <a href="index.php?mod=lichcongtac">Tuần hiện tại</a> | <a href="{_rel(week_path(year, week + 1))}">Tuần sau »</a></div>
<table class="bang-lich" width="100%" border="1" cellpadding="3" cellspacing="0">
<tr class="dong-tieu-de"><td width="80">Thứ/Ngày</td><td width="50">Buổi</td><td>Nội dung công việc</td><td width="120">Chủ trì</td><td width="100">Địa điểm</td></tr>
{rows}</table>
</div>"""
    return _page(request, center, "lichcongtac")


def _albums(request: Request) -> str:
    cells = "".join(
        f'<td align="center" valign="top" width="33%"><a href="index.php?mod=thuvienanh&act=album&id={a}">'
        f'<img src="upload/thuvienanh/{a}/thumb_anh-01.jpg" width="160" height="120" border="0" alt="" /></a><br />'
        f'<a href="index.php?mod=thuvienanh&act=album&id={a}">{esc(t)}</a><br /><span class="ngay-nho">({d})</span></td>'
        for a, (t, d, _) in ALBUMS.items()
    )
    center = f"""<div class="khung-tin">
{_bar("Thư viện ảnh")}
<table width="100%" cellpadding="5" cellspacing="0"><tr>{cells}</tr></table>
</div>"""
    return _page(request, center, "thuvienanh")


def _album(request: Request, album: int) -> str:
    title, day, count = ALBUMS[album]
    cells = "".join(
        f'<td align="center"><a href="upload/thuvienanh/{album}/anh-{n:02d}.jpg" rel="lightbox[album]" target="_blank">'
        f'<img src="upload/thuvienanh/{album}/thumb_anh-{n:02d}.jpg" width="160" height="120" border="0" alt="" /></a>'
        f"<br />Ảnh {n}</td>" + ("</tr><tr>" if n % 3 == 0 and n < count else "")
        for n in range(1, count + 1)
    )
    center = f"""<div class="khung-tin">
{_bar("Thư viện ảnh")}
<div class="tieu-de-trang"><b>{esc(title)}</b> <span class="ngay-nho">({day})</span></div>
<table width="100%" cellpadding="5" cellspacing="0"><tr>{cells}</tr></table>
<div align="right"><a href="index.php?mod=thuvienanh">« Các album khác</a></div>
</div>"""
    return _page(request, center, "thuvienanh")


def fold(value: str) -> str:
    """MySQL utf8_general_ci's view of a string: no case, no tone or shape marks, đ = d."""
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def search_hits(word: str) -> list[Story]:
    key = fold(word.strip())
    if not key:
        return []
    return [s for s in newest() if key in fold(" ".join([s.title, *s.paragraphs, *s.opts["tu"]]))]


def _search(request: Request) -> str:
    word = request.params.get("tu", "")
    hits = search_hits(word)
    rows = "".join(
        f'<div class="ket-qua"><a href="{_rel(plain_path(s))}" class="tieu-de-ds">{_title(s)}</a>'
        f' <span class="ngay-ds">({_when(s):%d/%m/%Y})</span><div class="trich-dan-ds">{_field(s, _excerpt(s))}</div></div>'
        for s in hits
    )
    if not word.strip():
        rows = '<div align="center">Bạn chưa nhập từ khóa tìm kiếm!</div>'
    elif not hits:
        rows = '<div align="center">Không tìm thấy kết quả nào phù hợp.</div>'
    center = f"""<div class="khung-tin">
{_bar("Kết quả tìm kiếm")}
<div class="tieu-de-trang">Từ khóa: <b>{esc(word)}</b> - Tìm thấy {len(hits)} kết quả</div>
{rows}
</div>"""
    return _page(request, center)


# --------------------------------------------------------------------------- the site


_HEADERS = {
    "X-Powered-By": "PHP/5.2.17",
    "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
    "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
    "Pragma": "no-cache",
    "Set-Cookie": "PHPSESSID=3f1c9a0b7e2d4c6a8b5e1f0d2c4a6b8e; path=/",
}

_NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>404 Not Found</title>
</head><body>
<h1>Not Found</h1>
<p>The requested URL {path} was not found on this server.</p>
<hr>
<address>Apache/2.2.22 (Win32) PHP/5.2.17 Server at {host} Port 80</address>
</body></html>"""

_REWRITE = re.compile(r"^/tin-tuc/(\d+)/([A-Za-z0-9-]+)\.html$")


def _php(body: str) -> Response:
    # PHP 5.2 with an empty default_charset: no charset in the header, only the page's meta
    return html(body, charset=None, headers=dict(_HEADERS))


class VendorPgdSite:
    """``index.php`` with its ``switch ($_GET['mod'])``, the rewrite rule and the upload folder."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/upload/"):
            if path.lower().endswith(".pdf"):
                if path in _FILES:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return self._missing(request)
            return static_file(path) or self._missing(request)
        if path.startswith(("/images/", "/css/", "/js/")) or path == "/favicon.ico":
            if path.endswith(".swf"):
                return Response(200, b"CWS\x09", {"Content-Type": "application/x-shockwave-flash"})
            return static_file(path) or self._missing(request)
        if path == "/robots.txt":
            return Response(
                200,
                "User-agent: *\nDisallow: /quantri/\nDisallow: /includes/\n",
                {"Content-Type": "text/plain"},
            )
        if m := _REWRITE.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return _php(_article(request, story, "") if story else _soft_404(request))
        if path in ("/", "/index.php"):
            return _php(self._dispatch(request))
        return self._missing(request)

    def _dispatch(self, request: Request) -> str:
        p = request.params
        mod, act = p.get("mod", ""), p.get("act", "")
        if mod == "tintuc":
            story = _BY_ID.get(_int(p.get("id"), 0))
            if act == "chitiet":
                return _article(request, story, p.get("cat", "")) if story else _soft_404(request)
            if act == "in" and story:
                return _print(request, story)
            if act == "guibai" and story:
                return _send(request, story)
            if act == "danhmuc" and p.get("cat") in CATS:
                return _listing(request, p["cat"])
            return _soft_404(request) if act in ("in", "guibai") else _home(request)
        if mod == "gioithieu":
            return _intro(request)
        if mod == "lienhe":
            return _contact(request)
        if mod == "vanban":
            doc = _DOC_BY_ID.get(_int(p.get("id"), 0))
            return _doc(request, doc) if act == "chitiet" and doc else _docs(request)
        if mod == "lichcongtac":
            return _week(request)
        if mod == "thuvienanh":
            album = _int(p.get("id"), 0)
            return (
                _album(request, album) if act == "album" and album in ALBUMS else _albums(request)
            )
        if mod == "timkiem":
            return _search(request)
        return _home(request)

    @staticmethod
    def _missing(request: Request) -> Response:
        host = request.headers.get("Host", "127.0.0.1").split(":")[0]
        body = _NOT_FOUND.format(path=esc(request.path), host=host)
        return html(body, status=404, charset="iso-8859-1")


def build_site() -> VendorPgdSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return VendorPgdSite()
