"""Fixture portal: Phòng GD&ĐT huyện Đông Anh on ExpressionEngine 5 (a Hà Nội agency's 2019 build).

Imitates the site of a district Bureau of Education and Training as a small Hà Nội web agency
delivered it on ExpressionEngine 5.x: template groups, channels ``tin_tuc`` (news), ``van_ban``
(documents), ``thu_vien_anh`` (photo albums) and ``trang_tinh`` (static pages), a Wygwam
(CKEditor 4) body field, a Grid field of attachments, EE's Comment and Search modules, a
third-party poll add-on and a visitor-counter plugin. The agency turned on ``.htaccess`` removal
of ``index.php`` late, so internal links mix both forms: the hard-coded main menu, the
"Thông báo" ticker and links editors pasted into texts say ``/index.php/tin-tuc/…``, everything
built with ``{path=…}`` says ``/tin-tuc/…``; both forms serve the very same pages.

Addresses (EE segments):

- ``/`` (and ``/index.php``): slider (covers as CSS ``background-image`` only), "Tin mới", a box
  per category, "Văn bản mới", "Thư viện ảnh";
- ``/tin-tuc``: "Tất cả tin" (channel ``tin_tuc``), paged by EE's offset segment ``/tin-tuc/P6``,
  ``/P12`` (6 a page); any offset answers (``/P3`` starts at the fourth entry, past the end the
  template's "no results" line);
- ``/tin-tuc/danh-muc/<cat>`` (category URL indicator ``danh-muc``), paged the same way. The
  category group is shared by the ``van_ban`` channel and the category template lists
  ``channel="tin_tuc|van_ban"``: "Hoạt động chuyên môn" holds 6 news entries and 8 documents,
  14 entries on 3 pages; document entries in it link to ``/van-ban/chi-tiet/<url_title>``;
- ``/tin-tuc/<YYYY>/<MM>`` archives (and ``/tin-tuc/2026/11/P6``), linked from the sidebar
  "Lưu trữ tin"; each archive page prints "‹ Tháng trước" / "Tháng sau ›" for any month of any
  four-digit year, empty or not: **trap**, a calendar without end;
- ``/tin-tuc/chi-tiet/<url_title>``: the entry (see below); ``?print=1`` is the print view of
  the same entry (no chrome, ``noindex``); an unknown url_title answers **200** with the
  template's no-results line "Bài viết không tồn tại hoặc đã bị gỡ bỏ." (the agency forgot
  ``require_entry``): a **soft 404**, linked (``/index.php/…``) from one article's text;
- ``/van-ban`` (paged ``/van-ban/P6``) and ``/van-ban/chi-tiet/<url_title>``: document entries
  (number, date signed, signer, subject, a pdf.js viewer iframe, the PDF link): not articles;
- ``/thu-vien/anh`` and ``/thu-vien/anh/<url_title>``: photo albums (photos with captions, no
  text): not articles;
- ``/gioi-thieu/co-cau-to-chuc``, ``/gioi-thieu/chuc-nang-nhiem-vu``, ``/lien-he`` (contact form
  posting to EE's Email module), ``/member/login``: not articles;
- ``/rss/tin-tuc``: RSS 2.0 of the ten newest news entries (announced in ``<head>``);
- action URLs ``/index.php?ACT=N`` (EE answers ACT on any path): the header search form and the
  comment form POST with a hidden ``ACT``; tag links are ``/index.php?ACT=14&keywords=…`` and
  answer 302 to ``/tim-kiem/ket-qua/<32-hex hash>`` (search results: a listing, not an
  article; an unknown hash answers 200 "hết hạn"); the poll's "Xem kết quả" is
  ``/index.php?ACT=32&poll_id=4`` (200, a results page); other ACT numbers answer EE's 200
  error page. Unknown template paths answer the theme's 404 page with status 404.

The entry page: ``div.wrapper > div.main-col > article.entry-detail`` with ``ul.crumbs``
(Trang chủ › Tin tức › <category>), ``h1.entry-headline``, the meta line
"Thứ Sáu, 13/11/2026 | 15:45 | Lượt xem: 214", a tools row (font size, "In bài", Facebook/Zalo,
"Người đăng: <member>", sometimes "Cập nhật lần cuối: …"), the lead from the ``{entry_lead}``
custom field in ``div.entry-lead`` (plain text, sometimes opening with the dateline
"(PGD Đông Anh) - "), the Wygwam body ``div.entry-body`` (``figure.image`` + ``figcaption``
inside a centred div; older posts: a centred image paragraph and a caption paragraph
``<span style="font-size:12px"><em>…</em></span>`` under it; a table of exam results; lists;
a pdf.js viewer iframe of a document), the Grid field "Tệp đính kèm" (a table of files), the
author field "Người viết: …", "Nguồn: …" on reposts, "Từ khóa:" tags. Outside the article:
"Tin cùng chuyên mục" (dates in parentheses), "Ý kiến bạn đọc" (0-2 comments shown, e.g.
"Phụ huynh Lan viết:", and EE's comment form with captcha). Sidebar: "Thông báo" ticker,
"Văn bản chỉ đạo", "Thăm dò ý kiến", "Lưu trữ tin", banners, "Liên kết website", the counter
"Đang truy cập: 12 – Tổng lượt: 345.678". Header: today's date (TODAY), never a publication
date. Footer: address, phone, hotline, "Chịu trách nhiệm chính", the agency's credit.

Text forms: every page is UTF-8 (declared in header and ``<meta charset>``). Entry 9 (Ngày hội
đọc sách) was typed with CKEditor's default ``entities_latin``: Latin-1 letters as named
entities (``&agrave;``, ``&ocirc;``…) mixed with raw UTF-8 Vietnamese letters. Entry 10 (Tập
huấn sổ điểm điện tử) was typed in decomposed Unicode (NFD) in its lead and body. Bodies hold
``&nbsp;`` and ``<p>&nbsp;</p>`` spacers.

Gold (by hand; what a careful reader takes from each entry page; entries numbered newest first):

- Articles are the ``tin_tuc`` entries (13, in 3 categories). Documents, albums, static pages,
  listings, archives, search results, poll results, print views and the soft 404 are not.
  The ``/index.php/tin-tuc/chi-tiet/<url_title>`` form and the ``?print=1`` view are alt_paths of
  the same article (no ``rel=canonical`` anywhere; ``og:url`` repeats whatever URL was asked).
- ``published_at``: the meta line's day and time (+07:00); "| 00:00 |" (entry 7) is a day
  without a time. "Cập nhật lần cuối" is not the publication date; comment dates and the
  "Tin cùng chuyên mục" dates are not either.
- ``summary``: the ``entry_lead`` text, printed apart from the body, is the summary and the
  body's first paragraph. The dateline "(PGD Đông Anh) - " that opens some leads is kept: it
  is printed as the opening words of that paragraph (the site's own agency mark, as newspapers
  print "(GDTĐ) -"), not a label. Entries without a lead: summary None, except entry 6 whose
  body opens with a paragraph set wholly in bold (the editor's hand-typed lead): summary and
  first body paragraph. A bold sub-heading in the middle of entry 5 is plain body text.
- ``authors``: the "Người viết:" field, the unit after the dash dropped ("Nguyễn Thị Thu Hà –
  Trường TH Kim Chung" -> "Nguyễn Thị Thu Hà"), titles dropped ("ThS.", "Cô"), two names split
  at the comma. A unit alone in the field ("Tổ Trung học", "Tổ Văn phòng", "Tổ Tiểu học") is the
  author when nothing in the text is signed. Entry 6 prints "Người viết: Tổ Mầm non" but its
  text is signed "Tin và ảnh: Phạm Thu Trang": the signing person is the author (and
  photographer), the unit is not. Entry 3 has no author field; its last paragraph ends with
  "<br>Tin và ảnh: Lê Minh Đức" (author and photographer; the sentence before the break is body).
  "Người đăng: bientap01" (the EE member) credits nobody; commenters are not authors.
- ``photographers``: "Tin và ảnh: X" -> X; a separate right-aligned "Ảnh: Trần Quang Huy" line
  (entry 9) -> Trần Quang Huy. No caption names a photographer.
- ``source``: "Nguồn: Báo Hà Nội Mới" (entry 8, a repost) -> "Báo Hà Nội Mới"; its author field
  "Hoàng Lan" stays the author.
- ``images``: every ``<img>`` of the body in order, root-relative ``/uploads/…`` paths. Caption =
  the ``figcaption`` or the small italic line under an old-style image, without wrapping
  parentheses ("(Toàn cảnh Hội nghị)" -> "Toàn cảnh Hội nghị") and without a leading "Ảnh: "
  label (entry 5's figcaptions). Images with no line: caption None. Slider covers (CSS
  backgrounds), listing thumbnails, the captcha and banners are not article images.
- ``body``: lead, then the body's paragraphs, list items and table rows in order; a table row is
  one paragraph of its cells joined by " | " (header row included). Captions, bylines, the
  iframe, the attachments grid, the author/source/tag lines, comments and related lists are not
  body. A sentence whose words link to another page (entries 10 and 11) stays body text.
- ``category``: the breadcrumb's last item (each entry has one category).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "expressionengine_pgd"
PLATFORM = "expressionengine"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Đông Anh"
SITE_SHORT = "Phòng GD&ĐT Đông Anh"
ADDRESS = "Số 6 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội"
PHONE = "024.3883.2345"
HOTLINE = "0986.226.115"
EMAIL = "pgddonganh@hanoiedu.vn"
THEME = "/themes/user/pgd"
PER_PAGE = 6
COUNTER = "Đang truy cập: 12 – Tổng lượt: 345.678"
POLL_ID = 4
ACT_SEARCH = 14
ACT_COMMENT = 2
ACT_POLL_VOTE = 31
ACT_POLL_RESULTS = 32
ACT_EMAIL = 9

#: categories of the shared category group: url_title -> name
CATS: dict[str, str] = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "tin-cac-truong": "Tin các trường",
    "thong-bao": "Thông báo",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_U = "/uploads/tin-tuc/2026"


def _sig(byline: str) -> str:
    return f"sig|{byline}"


# Story.opts: when (entry_date, local), views, member (EE author screen name), field_author
# (the "Người viết" field as printed), nguon (printed source), attach [(href, name, size)],
# comments [(name, "dd/mm/yyyy HH:MM", text)], tags [keyword], edited (edit date shown),
# nfd, entities.
# P styles: "" (justified paragraph), "bold" (wholly bold paragraph), "h" (bold sub-heading),
# "li" (list item), "th"/"tr" (table rows, cells " | "), "sig|<byline>" (byline after a <br> in
# the same paragraph), "a|href|phrase" (a linked phrase).
# Img styles: "figure" (figure.image, figcaption when printed), "old" (centred image paragraph,
# small italic caption paragraph under it when printed).
STORIES: list[Story] = [
    Story(
        id=1187,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I cấp THCS năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-24T16:20:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 312/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về"
                " thực hiện nhiệm vụ năm học 2026 - 2027 cấp THCS, Phòng GD&ĐT thông báo lịch kiểm"
                " tra cuối học kỳ I đối với các môn kiểm tra theo đề chung của huyện như sau:"
            ),
            P("Thứ Hai (21/12/2026): kiểm tra môn Ngữ văn, thời gian làm bài 90 phút;", "li"),
            P("Thứ Ba (22/12/2026): kiểm tra môn Toán, thời gian làm bài 90 phút;", "li"),
            P("Thứ Tư (23/12/2026): kiểm tra môn Tiếng Anh, thời gian làm bài 60 phút.", "li"),
            P(
                "Các môn còn lại do nhà trường chủ động ra đề và tổ chức kiểm tra, hoàn thành trước"
                " ngày 26/12/2026. Hiệu trưởng các trường THCS chỉ đạo tổ chức kiểm tra nghiêm túc,"
                " đánh giá đúng thực chất chất lượng học sinh."
            ),
            P("Chi tiết xem văn bản dưới đây:"),
            Raw(
                '<p><iframe frameborder="0" height="720" scrolling="no" src="'
                f'{THEME}/pdfjs/web/viewer.html?file=/uploads/van-ban/2026/11/tb-lich-kiem-tra-hk1-thcs.pdf"'
                ' width="100%"></iframe></p>'
            ),
        ],
        authors=["Tổ Trung học"],
        opts={
            "when": datetime(2026, 11, 24, 16, 20),
            "member": "to_trunghoc",
            "field_author": "Tổ Trung học",
            "attach": [
                (
                    "/uploads/van-ban/2026/11/tb-lich-kiem-tra-hk1-thcs.pdf",
                    "TB lịch kiểm tra HKI THCS 2026-2027.pdf",
                    "245 KB",
                ),
                (
                    "/uploads/van-ban/2026/11/ma-tran-de-kiem-tra-hk1-thcs.docx",
                    "Ma trận, đặc tả đề kiểm tra HKI.docx",
                    "86 KB",
                ),
            ],
            "tags": ["kiểm tra học kỳ"],
        },
    ),
    Story(
        id=1183,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-21T09:30:00+07:00",
        summary=(
            "(PGD Đông Anh) - Sáng 20/11/2026, Phòng Giáo dục và Đào tạo huyện Đông Anh tổ chức khai"
            " mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham"
            " gia của 68 giáo viên đến từ 36 trường tiểu học trên địa bàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi được tổ chức từ ngày 20/11 đến ngày 04/12/2026 tại Trường Tiểu học Kim"
                " Chung và Trường Tiểu học Uy Nỗ. Mỗi giáo viên dự thi trải qua hai phần: trình bày"
                " biện pháp nâng cao chất lượng giảng dạy và thực hành hai tiết dạy trên lớp, trong"
                " đó có một tiết dạy môn Tiếng Việt hoặc Toán."
            ),
            Img(
                f"{_U}/11/khai-mac-gvdg-tieu-hoc-1.jpg",
                "Lãnh đạo Phòng GD&ĐT huyện phát biểu khai mạc Hội thi",
                "Lãnh đạo Phòng GD&ĐT huyện phát biểu khai mạc Hội thi",
                "figure",
            ),
            P(
                "Phát biểu tại lễ khai mạc, bà Nguyễn Thị Hồng Vân, Phó Trưởng phòng GD&ĐT huyện nhấn"
                " mạnh: Hội thi là dịp để giáo viên trao đổi, học hỏi kinh nghiệm, lan tỏa những cách"
                " làm hay trong đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông"
                " 2018; đồng thời là căn cứ để bồi dưỡng, phát hiện những nhà giáo tiêu biểu tham"
                " gia hội thi cấp thành phố."
            ),
            Img(f"{_U}/11/khai-mac-gvdg-tieu-hoc-2.jpg", None, None, "figure"),
            P(
                "Ban Giám khảo gồm 21 thành viên là cán bộ quản lý, chuyên viên Phòng GD&ĐT và giáo"
                " viên cốt cán có nhiều năm kinh nghiệm. Kết quả Hội thi sẽ được công bố trước ngày"
                " 10/12/2026."
            ),
            Img(
                f"{_U}/11/khai-mac-gvdg-tieu-hoc-3.jpg",
                "Tiết dạy môn Tiếng Việt của cô giáo Trường Tiểu học Kim Chung",
                "Tiết dạy môn Tiếng Việt của cô giáo Trường Tiểu học Kim Chung",
                "figure",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 21, 9, 30),
            "member": "bientap01",
            "field_author": "Nguyễn Thị Thu Hà – Trường TH Kim Chung",
            "edited": datetime(2026, 11, 23, 8, 10),
            "comments": [
                (
                    "Phụ huynh Lan",
                    "21/11/2026 20:14",
                    "Chúc các thầy cô dự thi đạt kết quả cao! Cô giáo chủ nhiệm lớp con tôi cũng"
                    " tham gia hội thi năm nay.",
                ),
                (
                    "Trần Văn Bình",
                    "22/11/2026 07:42",
                    "Mong Phòng sớm đăng tải các tiết dạy đạt giải để giáo viên các trường cùng học tập.",
                ),
            ],
            "tags": ["giáo viên dạy giỏi", "tiểu học"],
        },
    ),
    Story(
        id=1180,
        slug="truong-thcs-lien-ha-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Trường THCS Liên Hà tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="tin-cac-truong",
        published_at="2026-11-19T14:10:00+07:00",
        summary=(
            "Từ ngày 16 đến 18/11/2026, Trường THCS Liên Hà tổ chức Hội khỏe Phù Đổng cấp trường"
            " với 5 môn thi đấu, thu hút hơn 400 học sinh tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các môn thi đấu gồm: điền kinh, bóng đá nam, kéo co, cầu lông và cờ vua. Học sinh các"
                " lớp thi đấu sôi nổi, đoàn kết, thể hiện tinh thần thượng võ và ý chí rèn luyện thân"
                " thể."
            ),
            Img(
                f"{_U}/11/hkpd-lien-ha-keo-co.jpg",
                "Trận chung kết môn kéo co giữa lớp 9A1 và lớp 9A3",
                "Trận chung kết môn kéo co giữa lớp 9A1 và lớp 9A3",
                "figure",
            ),
            P(
                "Kết thúc Hội khỏe, Ban tổ chức đã trao 36 giải cho các cá nhân và tập thể; lớp 8A2"
                " giành giải Nhất toàn đoàn. Qua Hội khỏe, nhà trường lựa chọn được 24 vận động viên"
                " tiêu biểu tham gia Hội khỏe Phù Đổng cấp huyện vào tháng 12/2026."
            ),
            Img(
                f"{_U}/11/hkpd-lien-ha-trao-cup.jpg",
                "Ban Giám hiệu trao cúp cho lớp đạt giải Nhất toàn đoàn",
                "Ban Giám hiệu trao cúp cho lớp đạt giải Nhất toàn đoàn",
                "figure",
            ),
            P(
                "Hội khỏe là hoạt động thiết thực hưởng ứng cuộc vận động “Toàn dân rèn luyện thân"
                " thể theo gương Bác Hồ vĩ đại”, góp phần giáo dục thể chất toàn diện cho học sinh.",
                _sig("Tin và ảnh: Lê Minh Đức"),
            ),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Lê Minh Đức"],
        opts={
            "when": datetime(2026, 11, 19, 14, 10),
            "member": "bientap01",
            "tags": ["hội khỏe Phù Đổng"],
        },
    ),
    Story(
        id=1176,
        slug="ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T10:00:00+07:00",
        summary=(
            "(PGD Đông Anh) - Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027 diễn ra"
            " ngày 08/11/2026 với 612 thí sinh dự thi 9 môn văn hóa; 287 thí sinh đạt giải, chiếm"
            " tỷ lệ 46,9%."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế tại hai điểm thi là Trường THCS Thị trấn"
                " Đông Anh và Trường THCS Cổ Loa. Kết quả một số môn như sau:"
            ),
            P("Môn thi | Số dự thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 78 | 4 | 9 | 12 | 14", "tr"),
            P("Ngữ văn | 82 | 3 | 10 | 13 | 15", "tr"),
            P("Tiếng Anh | 96 | 6 | 11 | 15 | 18", "tr"),
            P("Vật lí | 64 | 2 | 7 | 10 | 12", "tr"),
            P("Hóa học | 60 | 3 | 6 | 9 | 11", "tr"),
            P(
                "Các trường có nhiều học sinh đạt giải gồm: THCS Thị trấn Đông Anh (41 giải), THCS"
                " Cổ Loa (33 giải), THCS Liên Hà (25 giải). Phòng GD&ĐT sẽ lựa chọn các thí sinh có"
                " kết quả cao nhất tham gia đội tuyển dự thi cấp thành phố."
            ),
            P("Danh sách thí sinh đạt giải chi tiết xem tại tệp đính kèm."),
        ],
        authors=["Đỗ Văn Hùng"],
        opts={
            "when": datetime(2026, 11, 17, 10, 0),
            "member": "bientap01",
            "field_author": "ThS. Đỗ Văn Hùng – Chuyên viên Phòng GD&ĐT",
            "attach": [
                (
                    "/uploads/van-ban/2026/11/ds-hsg-lop-9-cap-huyen-2026-2027.xlsx",
                    "DS HSG lớp 9 cấp huyện 2026-2027.xlsx",
                    "58 KB",
                ),
            ],
            "tags": ["học sinh giỏi"],
        },
    ),
    Story(
        id=1171,
        slug="chuyen-de-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-cap-thcs",
        title="Chuyên đề “Sinh hoạt chuyên môn theo nghiên cứu bài học” môn Toán cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-13T15:45:00+07:00",
        summary=(
            "(PGD Đông Anh) - Ngày 12/11/2026, tại Trường THCS Thị trấn Đông Anh, Phòng GD&ĐT tổ"
            " chức chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cho hơn 90 giáo"
            " viên Toán các trường THCS trong huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, các thầy cô dự tiết dạy minh họa bài “Định lí Pythagore và ứng dụng”"
                " (Toán 8) do cô giáo Đặng Thị Hải Yến thực hiện tại lớp 8A3. Tiết dạy được thiết kế"
                " theo chuỗi hoạt động học, học sinh làm việc nhóm, tự phát hiện định lí thông qua đo"
                " đạc và ghép hình."
            ),
            Img(
                f"{_U}/11/chuyen-de-nghien-cuu-bai-hoc-toan-1.jpg",
                "Ảnh: Học sinh lớp 8A3 làm việc nhóm trong tiết dạy minh họa",
                "Học sinh lớp 8A3 làm việc nhóm trong tiết dạy minh họa",
                "figure",
            ),
            P("Tập trung quan sát việc học của học sinh", "h"),
            P(
                "Trong phần thảo luận, giáo viên dự giờ không nhận xét, xếp loại tiết dạy mà tập trung"
                " phân tích những khó khăn học sinh gặp phải, nguyên nhân và đề xuất điều chỉnh."
                " Nhiều ý kiến cho rằng cần dành thêm thời gian để học sinh tự trình bày lời giải và"
                " phản biện lẫn nhau."
            ),
            Img(
                f"{_U}/11/chuyen-de-nghien-cuu-bai-hoc-toan-2.jpg",
                "Ảnh: Giáo viên thảo luận sau tiết dạy minh họa",
                "Giáo viên thảo luận sau tiết dạy minh họa",
                "figure",
            ),
            P(
                "Kết thúc chuyên đề, Phòng GD&ĐT đề nghị các trường tiếp tục đổi mới sinh hoạt tổ,"
                " nhóm chuyên môn, mỗi tổ thực hiện ít nhất một bài học nghiên cứu trong mỗi học kỳ."
            ),
        ],
        authors=["Vũ Thị Hằng", "Nguyễn Quang Khải"],
        opts={
            "when": datetime(2026, 11, 13, 15, 45),
            "views": 214,
            "member": "bientap01",
            "field_author": "Vũ Thị Hằng, Nguyễn Quang Khải – Tổ Toán Trường THCS Thị trấn Đông Anh",
            "tags": ["sinh hoạt chuyên môn", "THCS"],
        },
    ),
    Story(
        id=1168,
        slug="truong-mam-non-hoa-sen-khai-truong-thu-vien-xanh-cho-tre",
        title="Trường Mầm non Hoa Sen khai trương “Thư viện xanh” cho trẻ",
        cat="tin-cac-truong",
        published_at="2026-11-10T08:15:00+07:00",
        summary=(
            "Sáng 09/11/2026, Trường Mầm non Hoa Sen (xã Uy Nỗ) tổ chức khai trương “Thư viện"
            " xanh” – không gian đọc ngoài trời đầu tiên dành cho trẻ mầm non trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Sáng 09/11/2026, Trường Mầm non Hoa Sen (xã Uy Nỗ) tổ chức khai trương “Thư viện"
                " xanh” – không gian đọc ngoài trời đầu tiên dành cho trẻ mầm non trên địa bàn huyện.",
                "bold",
            ),
            P(
                "Thư viện được bố trí dưới tán cây bàng trong sân trường, với hơn 1.200 đầu sách"
                " tranh, truyện cổ tích, sách khoa học thiếu nhi do phụ huynh, các nhà hảo tâm ủng"
                " hộ. Các kệ sách được làm từ gỗ pallet, lốp xe cũ sơn màu sặc sỡ, phù hợp với chiều"
                " cao của trẻ."
            ),
            Img(f"{_U}/11/thu-vien-xanh-hoa-sen-1.jpg", None, None, "old"),
            P(
                "Mỗi tuần, các lớp được bố trí ít nhất hai buổi đọc sách tại thư viện xanh dưới sự"
                " hướng dẫn của giáo viên. Trẻ được tự chọn sách, nghe cô kể chuyện, đóng vai nhân vật"
                " và trao đổi sách với bạn."
            ),
            Img(
                f"{_U}/11/thu-vien-xanh-hoa-sen-2.jpg",
                "Các bé lớp Mẫu giáo lớn say sưa đọc sách tại Thư viện xanh",
                "Các bé lớp Mẫu giáo lớn say sưa đọc sách tại Thư viện xanh",
                "figure",
            ),
            P(
                "Cô Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường cho biết: “Chúng tôi mong muốn"
                " hình thành cho trẻ thói quen yêu sách từ những năm đầu đời, đồng thời tạo sân chơi"
                " bổ ích, gần gũi với thiên nhiên”."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align:right"><strong>Tin và ảnh: Phạm Thu Trang</strong></p>'),
        ],
        authors=["Phạm Thu Trang"],
        photographers=["Phạm Thu Trang"],
        opts={
            "when": datetime(2026, 11, 10, 8, 15),
            "member": "bientap02",
            "field_author": "Tổ Mầm non",
            "tags": ["thư viện", "mầm non"],
        },
    ),
    Story(
        id=1162,
        slug="thong-bao-to-chuc-hoi-thi-giai-dieu-tuoi-hong-cap-huyen-nam-2026",
        title="Thông báo tổ chức Hội thi “Giai điệu tuổi hồng” cấp huyện năm 2026",
        cat="thong-bao",
        published_at="2026-11-06",
        summary=(
            "Phòng GD&ĐT thông báo kế hoạch tổ chức Hội thi “Giai điệu tuổi hồng” dành cho học sinh"
            " tiểu học và THCS năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Thực hiện kế hoạch hoạt động giáo dục ngoài giờ chính khóa năm học 2026 - 2027, Phòng"
                " Giáo dục và Đào tạo huyện Đông Anh tổ chức Hội thi “Giai điệu tuổi hồng” năm 2026"
                " nhằm phát hiện, bồi dưỡng năng khiếu nghệ thuật của học sinh, chào mừng kỷ niệm 82"
                " năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)."
            ),
            P(
                "Thời gian: vòng sơ khảo từ ngày 01 đến 05/12/2026 tại các cụm trường; vòng chung khảo"
                " ngày 15/12/2026 tại Nhà văn hóa huyện Đông Anh."
            ),
            P(
                "Mỗi trường đăng ký tối đa 03 tiết mục thuộc các thể loại: đơn ca, song ca, tốp ca,"
                " múa, nhạc cụ. Hồ sơ đăng ký gửi về Phòng GD&ĐT (qua Tổ Văn phòng) trước ngày"
                " 25/11/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 6, 0, 0),
            "member": "vanphong",
            "attach": [
                (
                    "/uploads/van-ban/2026/11/kh-hoi-thi-giai-dieu-tuoi-hong-2026.pdf",
                    "KH Hội thi Giai điệu tuổi hồng 2026.pdf",
                    "312 KB",
                ),
                (
                    "/uploads/van-ban/2026/11/mau-dang-ky-giai-dieu-tuoi-hong.docx",
                    "Mẫu đăng ký tiết mục.docx",
                    "24 KB",
                ),
            ],
            "tags": ["văn nghệ"],
        },
    ),
    Story(
        id=1157,
        slug="ha-noi-day-manh-chuyen-doi-so-trong-day-va-hoc",
        title="Hà Nội đẩy mạnh chuyển đổi số trong dạy và học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-03T16:40:00+07:00",
        summary=(
            "Năm học 2026 - 2027, ngành Giáo dục Thủ đô đặt mục tiêu 100% cơ sở giáo dục sử dụng học"
            " bạ số, sổ điểm điện tử và triển khai các mô hình lớp học thông minh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo Sở Giáo dục và Đào tạo Hà Nội, đến nay toàn thành phố đã có hơn 2.700 cơ sở giáo"
                " dục triển khai sổ điểm điện tử, hơn 1.600 trường tiểu học, THCS và THPT thực hiện"
                " học bạ số. Hệ thống cơ sở dữ liệu ngành được kết nối, đồng bộ với cơ sở dữ liệu của"
                " Bộ GD&ĐT."
            ),
            Img(
                f"{_U}/11/chuyen-doi-so-ha-noi.jpg",
                "(Học sinh Hà Nội trong một giờ học có ứng dụng công nghệ thông tin)",
                "Học sinh Hà Nội trong một giờ học có ứng dụng công nghệ thông tin",
                "old",
            ),
            P(
                "Trong năm học này, Sở tiếp tục triển khai kho học liệu số dùng chung, bồi dưỡng kỹ"
                " năng số cho giáo viên và thí điểm ứng dụng trí tuệ nhân tạo trong hỗ trợ ra đề kiểm"
                " tra, đánh giá. Việc chuyển đổi số được xác định là nhiệm vụ trọng tâm, gắn với nâng"
                " cao chất lượng dạy học."
            ),
        ],
        authors=["Hoàng Lan"],
        source="Báo Hà Nội Mới",
        opts={
            "when": datetime(2026, 11, 3, 16, 40),
            "member": "bientap01",
            "field_author": "Hoàng Lan",
            "nguon": (
                "Báo Hà Nội Mới",
                "https://hanoimoi.vn/ha-noi-day-manh-chuyen-doi-so-trong-day-va-hoc-7712.html",
            ),
            "tags": ["chuyển đổi số"],
        },
    ),
    Story(
        id=1150,
        slug="truong-tieu-hoc-uy-no-to-chuc-ngay-hoi-doc-sach-nam-2026",
        title="Trường Tiểu học Uy Nỗ tổ chức Ngày hội đọc sách năm 2026",
        cat="tin-cac-truong",
        published_at="2026-10-29T11:20:00+07:00",
        summary=(
            "(PGD Đông Anh) - Hưởng ứng phong trào xây dựng văn hóa đọc trong trường học, ngày"
            " 27/10/2026, Trường Tiểu học Uy Nỗ tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách"
            " – một người bạn”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội gồm nhiều hoạt động hấp dẫn: hội chợ trao đổi sách cũ, thi kể chuyện theo"
                " sách, vẽ tranh về nhân vật yêu thích và giới thiệu sách bằng video. Mỗi lớp có một"
                " gian trưng bày sách do học sinh tự trang trí."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/ngay-hoi-doc-sach-uy-no-1.jpg",
                "Học sinh khối 3 giới thiệu sách tại gian trưng bày của lớp",
                "Học sinh khối 3 giới thiệu sách tại gian trưng bày của lớp",
                "old",
            ),
            P(
                "Tiết mục kể chuyện “Dế Mèn phiêu lưu ký” của học sinh lớp 4A2 được thầy cô và các bạn"
                " cổ vũ nhiệt tình. Nhiều em mạnh dạn, tự tin, diễn xuất sinh động."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/ngay-hoi-doc-sach-uy-no-2.jpg",
                "Tiết mục kể chuyện của học sinh lớp 4A2",
                "Tiết mục kể chuyện của học sinh lớp 4A2",
                "old",
            ),
            P(
                "Thông qua Ngày hội, nhà trường đã quyên góp được 850 cuốn sách để bổ sung cho tủ sách"
                " lớp học và tặng học sinh các điểm trường khó khăn của tỉnh Điện Biên."
            ),
            Raw('<p style="text-align:right"><em>Ảnh: Trần Quang Huy</em></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Trần Quang Huy"],
        opts={
            "when": datetime(2026, 10, 29, 11, 20),
            "member": "bientap02",
            "field_author": "Cô Nguyễn Thị Mai – Trường TH Uy Nỗ",
            "entities": True,
            "comments": [
                (
                    "Nguyễn Hải Yến",
                    "29/10/2026 21:05",
                    "Ngày hội rất ý nghĩa, các con về nhà kể mãi ạ.",
                ),
            ],
            "tags": ["văn hóa đọc", "tiểu học"],
        },
    ),
    Story(
        id=1143,
        slug="tap-huan-su-dung-so-diem-dien-tu-va-hoc-ba-so-cap-tieu-hoc",
        title="Tập huấn sử dụng sổ điểm điện tử và học bạ số cấp Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T15:00:00+07:00",
        summary=(
            "(PGD Đông Anh) - Trong hai ngày 20 và 21/10/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng"
            " sổ điểm điện tử và học bạ số cho cán bộ quản lý, giáo viên phụ trách công nghệ thông"
            " tin của 36 trường tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tập huấn, học viên được hướng dẫn quy trình nhập điểm, nhận xét, ký số học"
                " bạ, quản lý tài khoản giáo viên và phân quyền trên hệ thống. Báo cáo viên cũng lưu ý"
                " các lỗi thường gặp khi đồng bộ dữ liệu với cơ sở dữ liệu ngành."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/tap-huan-hoc-ba-so-van-noi.jpg",
                "Quang cảnh buổi tập huấn tại Trường Tiểu học Vân Nội",
                "Quang cảnh buổi tập huấn tại Trường Tiểu học Vân Nội",
                "figure",
            ),
            P(
                "Đây là một trong những nhiệm vụ trọng tâm đã được triển khai tại Hội nghị triển khai"
                " nhiệm vụ năm học 2026 - 2027 bậc Tiểu học.",
                "a|/index.php/tin-tuc/chi-tiet/hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-tieu-hoc"
                "|Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 bậc Tiểu học",
            ),
            P(
                "Phòng GD&ĐT yêu cầu các trường hoàn thành việc cập nhật dữ liệu học sinh, phân công"
                " giảng dạy trước ngày 05/11/2026 và thực hiện ký số học bạ cuối học kỳ I theo đúng"
                " hướng dẫn."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 22, 15, 0),
            "member": "bientap01",
            "nfd": True,
            "tags": ["chuyển đổi số", "tiểu học"],
        },
    ),
    Story(
        id=1139,
        slug="truong-thcs-co-loa-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Cổ Loa đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-cac-truong",
        published_at="2026-10-08T14:30:00+07:00",
        summary=(
            "(PGD Đông Anh) - Chiều 07/10/2026, Trường THCS Cổ Loa long trọng tổ chức lễ đón Bằng"
            " công nhận trường đạt chuẩn quốc gia mức độ 2 và khai trương khu nhà học bộ môn mới."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 5 năm triển khai xây dựng lại trường, với tổng kinh phí hơn 68 tỷ đồng từ ngân"
                " sách huyện, nhà trường có 30 phòng học, 8 phòng học bộ môn, thư viện đạt chuẩn và"
                " nhà đa năng. Đội ngũ 62 cán bộ, giáo viên, nhân viên 100% đạt chuẩn, trong đó 45%"
                " trên chuẩn về trình độ đào tạo."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/co-loa-chuan-quoc-gia-1.jpg",
                "Đại diện lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                "Đại diện lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                "figure",
            ),
            P(
                "Năm học 2025 - 2026, nhà trường có 58 học sinh giỏi cấp huyện, 12 học sinh giỏi cấp"
                " thành phố; tỷ lệ học sinh đỗ vào lớp 10 công lập đạt 86,5%, đứng thứ hai toàn huyện."
                " Những kết quả này đã được ghi nhận tại lễ tổng kết năm học 2025 - 2026 của nhà"
                " trường.",
                "a|/index.php/tin-tuc/chi-tiet/truong-thcs-co-loa-tong-ket-nam-hoc-2025-2026"
                "|lễ tổng kết năm học 2025 - 2026",
            ),
            Img(
                "/uploads/tin-tuc/2026/10/co-loa-chuan-quoc-gia-2.jpg",
                "Khu nhà học bộ môn mới của nhà trường",
                "Khu nhà học bộ môn mới của nhà trường",
                "figure",
            ),
        ],
        authors=["Trịnh Văn Nam"],
        opts={
            "when": datetime(2026, 10, 8, 14, 30),
            "member": "bientap02",
            "field_author": "Trịnh Văn Nam – Trường THCS Cổ Loa",
            "edited": datetime(2026, 10, 9, 9, 2),
            "comments": [
                (
                    "Cựu học sinh khóa 2015 - 2019",
                    "08/10/2026 19:37",
                    "Trường mới khang trang quá, chúc mừng thầy cô và các em!",
                ),
            ],
            "tags": ["trường chuẩn quốc gia"],
        },
    ),
    Story(
        id=1134,
        slug="thong-bao-lich-tiep-cong-dan-quy-iv-nam-2026",
        title="Thông báo lịch tiếp công dân quý IV năm 2026",
        cat="thong-bao",
        published_at="2026-10-05T09:00:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo huyện Đông Anh thông báo lịch tiếp công dân quý IV năm 2026"
                " như sau:"
            ),
            P(
                "Trưởng phòng tiếp công dân vào sáng thứ Năm tuần thứ hai hằng tháng (các ngày 08/10,"
                " 12/11 và 10/12/2026);",
                "li",
            ),
            P("Phó Trưởng phòng tiếp công dân vào sáng thứ Ba hằng tuần;", "li"),
            P(
                "Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Phòng GD&ĐT, số 6 đường Cao Lỗ, thị"
                " trấn Đông Anh.",
                "li",
            ),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội dung"
                " kiến nghị, phản ánh."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "when": datetime(2026, 10, 5, 9, 0),
            "member": "vanphong",
            "field_author": "Tổ Văn phòng",
            "tags": ["tiếp công dân"],
        },
    ),
    Story(
        id=1128,
        slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-bac-tieu-hoc",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027 bậc Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-30T10:45:00+07:00",
        summary=(
            "Sáng 29/9/2026, Phòng GD&ĐT huyện Đông Anh tổ chức Hội nghị triển khai nhiệm vụ năm học"
            " 2026 - 2027 bậc Tiểu học cho Hiệu trưởng, Phó Hiệu trưởng của 36 trường tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, giáo dục tiểu học của huyện đạt nhiều kết quả nổi bật: 100% học"
                " sinh hoàn thành chương trình lớp học; 28 học sinh đạt giải cấp thành phố trong các"
                " cuộc thi, giao lưu; 5 trường được công nhận đạt chuẩn quốc gia mức độ 2."
            ),
            Img(
                "/uploads/tin-tuc/2026/09/hoi-nghi-nhiem-vu-tieu-hoc-1.jpg",
                "(Toàn cảnh Hội nghị)",
                "Toàn cảnh Hội nghị",
                "old",
            ),
            P(
                "Năm học 2026 - 2027, bậc Tiểu học tập trung thực hiện hiệu quả Chương trình giáo dục"
                " phổ thông 2018; đẩy mạnh dạy học tích hợp, giáo dục STEM, giáo dục kỹ năng sống; tổ"
                " chức dạy học 2 buổi/ngày ở 100% trường; nâng cao chất lượng dạy học Tiếng Anh và Tin"
                " học."
            ),
            Img("/uploads/tin-tuc/2026/09/hoi-nghi-nhiem-vu-tieu-hoc-2.jpg", None, None, "old"),
            P(
                "Hội nghị cũng dành thời gian để các trường trao đổi kinh nghiệm trong tổ chức bán trú,"
                " xây dựng trường học hạnh phúc và thực hiện chuyển đổi số trong quản lý."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={
            "when": datetime(2026, 9, 30, 10, 45),
            "member": "bientap01",
            "field_author": "Tổ Tiểu học",
            "tags": ["tiểu học"],
        },
    ),
]

STORIES.sort(key=lambda s: s.opts["when"], reverse=True)
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


@dataclass(frozen=True)
class Doc:
    """A ``van_ban`` entry: register fields and a PDF, no text."""

    slug: str
    title: str
    number: str
    kind: str
    signed: date
    signer: str
    cat: str | None
    when: datetime
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/chi-tiet/{self.slug}"


_VB = "/uploads/van-ban/2026"
DOCS: list[Doc] = [
    Doc("quyet-dinh-cong-nhan-ket-qua-thi-hsg-lop-9-cap-huyen-2026-2027", "Quyết định công nhận kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027", "412/QĐ-PGDĐT", "Quyết định", date(2026, 11, 16), "Nguyễn Văn Thắng", None, datetime(2026, 11, 16, 17, 5), f"{_VB}/11/412-qd-pgddt-hsg-lop-9.pdf"),
    Doc("cong-van-phong-chong-dich-benh-mua-dong-xuan-trong-truong-hoc", "Công văn về việc phòng, chống dịch bệnh mùa đông xuân trong trường học", "405/PGDĐT-VP", "Công văn", date(2026, 11, 12), "Nguyễn Thị Hồng Vân", None, datetime(2026, 11, 12, 10, 30), f"{_VB}/11/405-pgddt-vp-phong-chong-dich.pdf"),
    Doc("cong-van-to-chuc-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc", "Công văn về việc tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học", "371/PGDĐT-CM", "Công văn", date(2026, 10, 27), "Lê Đức Toàn", "hoat-dong-chuyen-mon", datetime(2026, 10, 27, 14, 0), f"{_VB}/10/371-pgddt-cm-nghien-cuu-bai-hoc.pdf"),
    Doc("ke-hoach-to-chuc-thi-chon-hsg-lop-9-cap-huyen-2026-2027", "Kế hoạch tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027", "364/KH-PGDĐT", "Kế hoạch", date(2026, 10, 20), "Lê Đức Toàn", "hoat-dong-chuyen-mon", datetime(2026, 10, 20, 16, 45), f"{_VB}/10/364-kh-pgddt-thi-hsg-lop-9.pdf"),
    Doc("ke-hoach-boi-duong-thuong-xuyen-giao-vien-nam-hoc-2026-2027", "Kế hoạch bồi dưỡng thường xuyên giáo viên năm học 2026 - 2027", "356/KH-PGDĐT", "Kế hoạch", date(2026, 10, 16), "Nguyễn Văn Thắng", "hoat-dong-chuyen-mon", datetime(2026, 10, 16, 9, 20), f"{_VB}/10/356-kh-pgddt-bdtx.pdf"),
    Doc("huong-dan-kiem-tra-danh-gia-hoc-sinh-thcs-nam-hoc-2026-2027", "Hướng dẫn kiểm tra, đánh giá học sinh THCS năm học 2026 - 2027", "347/PGDĐT-THCS", "Hướng dẫn", date(2026, 10, 9), "Lê Đức Toàn", "hoat-dong-chuyen-mon", datetime(2026, 10, 9, 15, 10), f"{_VB}/10/347-pgddt-thcs-kiem-tra-danh-gia.pdf"),
    Doc("ke-hoach-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc", "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027", "335/KH-PGDĐT", "Kế hoạch", date(2026, 10, 2), "Nguyễn Thị Hồng Vân", "hoat-dong-chuyen-mon", datetime(2026, 10, 2, 11, 0), f"{_VB}/10/335-kh-pgddt-gvdg-tieu-hoc.pdf"),
    Doc("huong-dan-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027", "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "301/PGDĐT-THCS", "Hướng dẫn", date(2026, 9, 21), "Nguyễn Văn Thắng", "hoat-dong-chuyen-mon", datetime(2026, 9, 21, 8, 40), f"{_VB}/09/301-pgddt-thcs-nhiem-vu-nam-hoc.pdf"),
    Doc("huong-dan-nhiem-vu-giao-duc-tieu-hoc-nam-hoc-2026-2027", "Hướng dẫn thực hiện nhiệm vụ giáo dục Tiểu học năm học 2026 - 2027", "298/PGDĐT-TH", "Hướng dẫn", date(2026, 9, 18), "Nguyễn Thị Hồng Vân", "hoat-dong-chuyen-mon", datetime(2026, 9, 18, 10, 15), f"{_VB}/09/298-pgddt-th-nhiem-vu-nam-hoc.pdf"),
    Doc("ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027-cap-thcs", "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 cấp THCS", "312/KH-PGDĐT", "Kế hoạch", date(2026, 9, 15), "Nguyễn Văn Thắng", "hoat-dong-chuyen-mon", datetime(2026, 9, 15, 14, 25), f"{_VB}/09/312-kh-pgddt-nhiem-vu-thcs.pdf"),
]  # fmt: skip
DOCS.sort(key=lambda d: d.when, reverse=True)
_DOC_BY_SLUG = {d.slug: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    """A ``thu_vien_anh`` entry: photos with their captions, no text."""

    slug: str
    title: str
    when: datetime
    photos: tuple[tuple[str, str | None], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien/anh/{self.slug}"


_TV = "/uploads/thu-vien"
ALBUMS: list[Album] = [
    Album(
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        datetime(2026, 11, 20, 17, 0),
        (
            (
                f"{_TV}/2026/11/ky-niem-20-11-01.jpg",
                "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo",
            ),
            (
                f"{_TV}/2026/11/ky-niem-20-11-02.jpg",
                "Tiết mục văn nghệ chào mừng của giáo viên Trường THCS Cổ Loa",
            ),
            (f"{_TV}/2026/11/ky-niem-20-11-03.jpg", None),
            (
                f"{_TV}/2026/11/ky-niem-20-11-04.jpg",
                "Khen thưởng các nhà giáo tiêu biểu năm học 2025 - 2026",
            ),
        ),
    ),
    Album(
        "hoi-thi-giao-vien-chu-nhiem-gioi-bac-thcs",
        "Hội thi giáo viên chủ nhiệm giỏi bậc THCS",
        datetime(2026, 10, 24, 9, 0),
        (
            (f"{_TV}/2026/10/gvcn-gioi-thcs-01.jpg", "Phần thi xử lý tình huống giáo dục"),
            (f"{_TV}/2026/10/gvcn-gioi-thcs-02.jpg", "Ban Giám khảo chấm thi"),
            (f"{_TV}/2026/10/gvcn-gioi-thcs-03.jpg", None),
        ),
    ),
    Album(
        "le-khai-giang-nam-hoc-2026-2027-tai-cac-truong",
        "Lễ khai giảng năm học 2026 - 2027 tại các trường",
        datetime(2026, 9, 5, 15, 30),
        (
            (f"{_TV}/2026/09/khai-giang-01.jpg", "Trường Tiểu học Kim Chung đón học sinh lớp 1"),
            (f"{_TV}/2026/09/khai-giang-02.jpg", "Trường THCS Liên Hà đánh trống khai giảng"),
            (f"{_TV}/2026/09/khai-giang-03.jpg", "Trường Mầm non Hoa Sen"),
        ),
    ),
]
_ALBUM_BY_SLUG = {a.slug: a for a in ALBUMS}

#: static pages (channel trang_tinh): path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Trưởng phòng: Ông Nguyễn Văn Thắng – phụ trách chung, công tác tổ chức cán bộ, tài chính. Điện thoại: 024.3883.2346.",
        "Phó Trưởng phòng: Bà Nguyễn Thị Hồng Vân – phụ trách giáo dục mầm non, tiểu học. Điện thoại: 024.3883.2347.",
        "Phó Trưởng phòng: Ông Lê Đức Toàn – phụ trách giáo dục THCS, khảo thí và kiểm định chất lượng. Điện thoại: 024.3883.2348.",
        "Các bộ phận chuyên môn: Tổ Mầm non, Tổ Tiểu học, Tổ Trung học, Tổ Văn phòng – Kế toán.",
    ]),
    "/gioi-thieu/chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [
        "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Đông Anh, tham mưu, giúp Ủy ban nhân dân huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
        "Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Hà Nội.",
    ]),
}  # fmt: skip

SOFT_404 = "/index.php/tin-tuc/chi-tiet/truong-thcs-co-loa-tong-ket-nam-hoc-2025-2026"
ARCHIVE_MONTHS = sorted(
    {(s.opts["when"].year, s.opts["when"].month) for s in STORIES}, reverse=True
)


def article_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.slug}"


def in_cat(cat: str) -> list[Story | Doc]:
    """The category template's entries: news and documents of the category, newest first."""
    entries: list[Story | Doc] = [s for s in STORIES if s.cat == cat]
    entries += [d for d in DOCS if d.cat == cat]
    return sorted(entries, key=_when, reverse=True)


def in_month(year: int, month: int) -> list[Story]:
    return [s for s in STORIES if (s.opts["when"].year, s.opts["when"].month) == (year, month)]


def _when(entry: Story | Doc | Album) -> datetime:
    return entry.opts["when"] if isinstance(entry, Story) else entry.when


def _pages(total: int) -> int:
    return max(1, -(-total // PER_PAGE))


def _offsets(total: int) -> list[int]:
    return [n * PER_PAGE for n in range(_pages(total))]


def _paged(base: str, total: int) -> list[str]:
    return [base if o == 0 else f"{base}/P{o}" for o in _offsets(total)]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[f"/index.php{article_path(s)}", f"{article_path(s)}?print=1"],
    )
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/",
    *_paged("/tin-tuc", len(STORIES)),
    *(p for c in CATS for p in _paged(f"/tin-tuc/danh-muc/{c}", len(in_cat(c)))),
    *(p for y, m in ARCHIVE_MONTHS for p in _paged(f"/tin-tuc/{y}/{m:02d}", len(in_month(y, m)))),
    *_paged("/van-ban", len(DOCS)),
    *(d.path for d in DOCS),
    "/thu-vien/anh",
    *(a.path for a in ALBUMS),
    *PAGES,
    "/lien-he",
    "/member/login",
    SOFT_404,
]


# --------------------------------------------------------------------------- text forms


def _ck_entities(markup: str) -> str:
    """CKEditor 4's default ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(value: str, s: Story | None = None) -> str:
    """Escaped field text; NFD when the entry was typed decomposed."""
    if s is not None and s.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    return esc(value).replace("&#x27;", "'")


def _dmy(d: datetime | date) -> str:
    return f"{d:%d/%m/%Y}"


def _meta_line(s: Story) -> str:
    w: datetime = s.opts["when"]
    views = s.opts.get("views", s.views())
    return (
        f'<span class="em-ngay">{WEEKDAYS[w.weekday()]}, {_dmy(w)}</span> | '
        f'<span class="em-gio">{w:%H:%M}</span> | '
        f'<span class="em-xem">Lượt xem: {views}</span>'
    )


def _lead_text(s: Story) -> str:
    if s.summary and s.sapo_outside:
        return s.summary
    first = next(b for b in s.blocks if isinstance(b, P))
    return first.text


def _excerpt(s: Story, limit: int = 170) -> str:
    """EE's ``{exp:char_limit}`` on the lead (or the first paragraph)."""
    lead = _lead_text(s)
    if len(lead) <= limit:
        return lead
    return lead[:limit].rsplit(" ", 1)[0] + "…"


def _img(src: str, alt: str = "", old: bool = False) -> str:
    if old:
        return f'<img alt="{esc(alt)}" src="{esc(src)}" style="width:600px; height:400px" />'
    return f'<img alt="{esc(alt)}" height="533" src="{esc(src)}" width="800" />'


def _body_html(s: Story) -> str:
    """The Wygwam field as CKEditor 4 saved it."""
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align:center"><strong>{_t(c, s)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(c, s)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n<tbody>\n'
                + "\n".join(trs)
                + "\n</tbody>\n</table>"
            )
            rows.clear()
        if items:
            out.append(
                "<ul>\n" + "\n".join(f"\t<li>{_t(i.text, s)}</li>" for i in items) + "\n</ul>"
            )
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align:justify">{_t(before, s)}<a href="{href}">'
                    f"{_t(phrase, s)}</a>{_t(after, s)}</p>"
                )
            elif b.style.startswith("sig|"):
                byline = b.style.split("|", 1)[1]
                out.append(
                    f'<p style="text-align:justify">{_t(b.text, s)}<br />\n'
                    f"<strong>{_t(byline, s)}</strong></p>"
                )
            elif b.style == "bold":
                out.append(f'<p style="text-align:justify"><strong>{_t(b.text, s)}</strong></p>')
            elif b.style == "h":
                out.append(f"<p><strong>{_t(b.text, s)}</strong></p>")
            else:
                out.append(f'<p style="text-align:justify">{_t(b.text, s)}</p>')
        elif isinstance(b, Img):
            if b.style == "figure":
                cap = f"<figcaption>{_t(b.printed, s)}</figcaption>" if b.printed else ""
                out.append(
                    '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
                    f"{_img(b.src)}\n{cap}</figure>\n</div>"
                )
            else:
                out.append(f'<p style="text-align:center">{_img(b.src, old=True)}</p>')
                if b.printed:
                    out.append(
                        '<p style="text-align:center"><span style="font-size:12px"><em>'
                        f"{_t(b.printed, s)}</em></span></p>"
                    )
    flush()
    markup = "\n\n".join(out)
    return _ck_entities(markup) if s.opts.get("entities") else markup


# --------------------------------------------------------------------------- chrome


def _menu() -> str:
    # the agency typed the menu by hand before index.php was removed from {path}
    cats = "".join(
        f'<li><a href="/index.php/tin-tuc/danh-muc/{c}">{esc(n)}</a></li>' for c, n in CATS.items()
    )
    return f"""<nav class="nav-chinh"><div class="khung">
<ul class="menu-ngang">
<li class="trang-chu"><a href="/">Trang chủ</a></li>
<li class="co-con"><a href="/index.php/gioi-thieu/co-cau-to-chuc">Giới thiệu</a>
<ul class="menu-con"><li><a href="/index.php/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/index.php/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li></ul></li>
<li class="co-con"><a href="/index.php/tin-tuc">Tin tức</a><ul class="menu-con">{cats}</ul></li>
<li><a href="/van-ban">Văn bản</a></li>
<li><a href="/thu-vien/anh">Thư viện ảnh</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div></nav>"""


def _csrf(seed: str) -> str:
    return hashlib.sha1(f"csrf-{seed}".encode()).hexdigest()


def _header(request: Request) -> str:
    return f"""<div class="thanh-tren"><div class="khung">
<span class="hom-nay">{TODAY}</span>
<span class="lien-ket-nhanh"><a href="/lien-he">Liên hệ</a> | <a href="/member/login">Đăng nhập</a> | <a href="/rss/tin-tuc">RSS</a></span>
</div></div>
<header class="dau-trang"><div class="khung">
<a class="logo" href="/"><img src="{THEME}/img/logo-pgd.png" alt="{esc(SITE)}" /></a>
<div class="ten-don-vi"><p class="cap-tren">UBND HUYỆN ĐÔNG ANH</p><p class="ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p></div>
<form class="tim-kiem" method="post" action="{base_url(request)}/">
<div class="hiddenFields">
<input type="hidden" name="ACT" value="{ACT_SEARCH}" />
<input type="hidden" name="RES" value="10" />
<input type="hidden" name="meta" value="{_csrf("meta")}" />
<input type="hidden" name="site_id" value="1" />
<input type="hidden" name="csrf_token" value="{_csrf(request.path)}" />
</div>
<input type="text" name="keywords" placeholder="Nhập từ khóa..." /><button type="submit">Tìm kiếm</button>
</form>
</div></header>
{_menu()}"""


def _sidebar() -> str:
    notices = [s for s in STORIES if s.cat == "thong-bao"]
    ticker = "\n".join(
        f'<li><a href="/index.php{article_path(s)}">{esc(s.title)}</a> <em>({_dmy(s.opts["when"])})</em></li>'
        for s in notices
    )
    docs = "\n".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a> – {esc(d.title)}</li>' for d in DOCS[:5]
    )
    months = "\n".join(
        f'<li><a href="/tin-tuc/{y}/{m:02d}">Tháng {m:02d}/{y}</a> ({len(in_month(y, m))})</li>'
        for y, m in ARCHIVE_MONTHS
    )
    return f"""<aside class="side-col">
<div class="khoi thong-bao-chay"><h3 class="khoi-tieu-de">Thông báo</h3>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul>
{ticker}
</ul></marquee></div>
<div class="khoi van-ban-chi-dao"><h3 class="khoi-tieu-de">Văn bản chỉ đạo</h3><ul>
{docs}
</ul><p class="xem-tat-ca"><a href="/van-ban">Xem tất cả »</a></p></div>
<div class="khoi binh-chon"><h3 class="khoi-tieu-de">Thăm dò ý kiến</h3>
<form method="post" action="/index.php">
<input type="hidden" name="ACT" value="{ACT_POLL_VOTE}" /><input type="hidden" name="poll_id" value="{POLL_ID}" />
<p class="bc-cau-hoi">Bạn thường tìm thông tin gì trên website của Phòng?</p>
<label><input type="radio" name="choice" value="1" /> Tin tức hoạt động</label><br />
<label><input type="radio" name="choice" value="2" /> Văn bản chỉ đạo</label><br />
<label><input type="radio" name="choice" value="3" /> Lịch công tác</label><br />
<label><input type="radio" name="choice" value="4" /> Thông tin tuyển sinh</label><br />
<button type="submit">Biểu quyết</button> <a class="bc-ket-qua" href="/index.php?ACT={ACT_POLL_RESULTS}&amp;poll_id={POLL_ID}">Xem kết quả</a>
</form></div>
<div class="khoi luu-tru"><h3 class="khoi-tieu-de">Lưu trữ tin</h3><ul>
{months}
</ul></div>
<div class="khoi banner">
<a href="https://moet.gov.vn" target="_blank"><img src="{THEME}/img/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" /></a>
<a href="https://hanoi.edu.vn" target="_blank"><img src="{THEME}/img/banner-so-gddt-ha-noi.jpg" alt="Sở GD&amp;ĐT Hà Nội" /></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="{THEME}/img/banner-dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia" /></a>
</div>
<div class="khoi lien-ket"><h3 class="khoi-tieu-de">Liên kết website</h3>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://donganh.hanoi.gov.vn">UBND huyện Đông Anh</option>
<option value="https://hanoi.edu.vn">Sở GD&amp;ĐT Hà Nội</option>
<option value="https://moet.gov.vn">Bộ GD&amp;ĐT</option></select></div>
<div class="khoi thong-ke"><h3 class="khoi-tieu-de">Thống kê truy cập</h3>
<p class="bo-dem">{COUNTER}</p></div>
</aside>"""


def _footer() -> str:
    return f"""<footer class="chan-trang"><div class="khung">
<ul class="nav-chan"><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu chung</a></li><li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<p class="ten-co-quan"><strong>{SITE.upper()}</strong></p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE} – Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Thắng – Trưởng phòng</p>
<p class="ban-quyen">© 2019 Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="thiet-ke">Thiết kế bởi <a href="https://hanoiweb.vn" target="_blank">HanoiWeb</a> – Powered by ExpressionEngine</p>
</div></footer>
<a href="#" class="len-dau" title="Về đầu trang">▲</a>
<script src="{THEME}/js/jquery.min.js"></script>
<script src="{THEME}/js/main.js"></script>"""


def _page(request: Request, title: str, main: str, *, body_class: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="{THEME}/css/style.css?v=20190815" />
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE_SHORT)}" href="{base_url(request)}/rss/tin-tuc" />
<link rel="shortcut icon" href="/favicon.ico" />
{head}</head>
<body class="{body_class}">
{_header(request)}
<div class="wrapper"><div class="khung">
<div class="main-col">
{main}
</div>
{_sidebar()}
</div></div>
{_footer()}
</body>
</html>"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f"<li>{esc(label)}</li>"
        for label, href in items
    )
    return f'<ul class="crumbs"><li><a href="/">Trang chủ</a></li>{lis}</ul>'


def _pager(base: str, total: int, offset: int) -> str:
    """EE's {pagination_links} in the agency's markup: ‹ Đầu  < 1 2 3 >  Cuối ›."""
    pages = _pages(total)
    if pages <= 1:
        return ""
    cur = min(offset // PER_PAGE + 1, pages)

    def url(n: int) -> str:
        return base if n == 1 else f"{base}/P{(n - 1) * PER_PAGE}"

    items = []
    if cur > 1:
        items.append(f'<li class="pg-dau"><a href="{url(1)}">‹ Đầu</a></li>')
        items.append(f'<li class="pg-truoc"><a href="{url(cur - 1)}">&lt;</a></li>')
    for n in range(1, pages + 1):
        if n == cur:
            items.append(f'<li class="pg-so dang-xem"><strong>{n}</strong></li>')
        else:
            items.append(f'<li class="pg-so"><a href="{url(n)}">{n}</a></li>')
    if cur < pages:
        items.append(f'<li class="pg-sau"><a href="{url(cur + 1)}">&gt;</a></li>')
        items.append(f'<li class="pg-cuoi"><a href="{url(pages)}">Cuối ›</a></li>')
    return (
        f'<div class="phan-trang"><span class="pg-tong">Trang {cur}/{pages}</span>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def _thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return f"{THEME}/img/no-image.jpg"
    folder, name = imgs[0].src.rsplit("/", 1)
    return f"{folder}/_nho/{name}"


def _item(entry: Story | Doc) -> str:
    if isinstance(entry, Doc):
        return f"""<div class="tin-item vb-item">
<span class="nhan-vb">Văn bản</span>
<h3 class="tin-tieu-de"><a href="{entry.path}">{esc(entry.title)}</a></h3>
<span class="tin-ngay">{_dmy(entry.when)}</span>
<p class="tin-mo-ta">Số ký hiệu: {esc(entry.number)} – Ngày ban hành: {_dmy(entry.signed)}</p>
</div>"""
    link = article_path(entry)
    return f"""<div class="tin-item">
<a class="tin-anh" href="{link}"><img src="{_thumb(entry)}" alt="{esc(entry.title)}" /></a>
<h3 class="tin-tieu-de"><a href="{link}">{esc(entry.title)}</a></h3>
<span class="tin-ngay">{_dmy(entry.opts["when"])}</span>
<p class="tin-mo-ta">{esc(_excerpt(entry))}</p>
</div>"""


def _listing(
    request: Request,
    heading: str,
    crumbs: list[tuple[str, str | None]],
    entries: list,
    base: str,
    offset: int,
    extra: str = "",
) -> str:
    chunk = entries[offset : offset + PER_PAGE]
    items = "\n".join(_item(e) for e in chunk) or '<p class="khong-co">Chưa có bài viết nào.</p>'
    main = f"""<section class="danh-sach">
{_crumbs(crumbs)}
<h1 class="ds-tieu-de">{esc(heading)}</h1>
{extra}
<div class="ds-tin">
{items}
</div>
{_pager(base, len(entries), offset)}
</section>"""
    title = f"{heading} - {SITE_SHORT}"
    return _page(request, title, main, body_class="trang-danh-sach")


# --------------------------------------------------------------------------- pages


def _attachments(s: Story) -> str:
    files = s.opts.get("attach")
    if not files:
        return ""
    rows = "\n".join(
        f'<tr><td class="stt">{n}</td><td><a href="{href}" target="_blank">{esc(name)}</a></td>'
        f'<td>{size}</td><td><a class="tai-ve" href="{href}" download>Tải về</a></td></tr>'
        for n, (href, name, size) in enumerate(files, 1)
    )
    return f"""<div class="entry-attach"><h4 class="tieu-de-tep">Tệp đính kèm</h4>
<table class="grid-tep"><thead><tr><th>STT</th><th>Tên tệp</th><th>Dung lượng</th><th></th></tr></thead>
<tbody>
{rows}
</tbody></table></div>"""


def _byline_fields(s: Story) -> str:
    out = []
    if author := s.opts.get("field_author"):
        out.append(f'<p class="entry-author">Người viết: <strong>{esc(author)}</strong></p>')
    if nguon := s.opts.get("nguon"):
        name, href = nguon
        out.append(
            f'<p class="entry-source">Nguồn: <a href="{href}" target="_blank" rel="nofollow">{esc(name)}</a></p>'
        )
    return "\n".join(out)


def _tag_link(tag: str) -> str:
    q = quote(tag, safe="").replace("%20", "+")
    return (
        f'<a href="/index.php?ACT={ACT_SEARCH}&amp;keywords={q}&amp;channel=tin_tuc&amp;'
        f'result_page=tim-kiem/ket-qua">{esc(tag)}</a>'
    )


def _comments(s: Story, request: Request, url: str) -> str:
    listed = s.opts.get("comments", [])
    if listed:
        shown = "\n".join(
            f"""<div class="bl-muc" id="comment_{s.id * 10 + n}">
<p class="bl-ten"><strong>{esc(name)}</strong> viết:</p>
<div class="bl-noi-dung"><p>{esc(body)}</p></div>
<p class="bl-ngay">{when}</p>
</div>"""
            for n, (name, when, body) in enumerate(listed, 1)
        )
    else:
        shown = '<p class="bl-trong">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
    return f"""<section class="binh-luan" id="binh-luan">
<h3 class="khoi-tieu-de">Ý kiến bạn đọc ({len(listed)})</h3>
{shown}
<form id="comment_form" class="bl-form" method="post" action="{url}">
<div class="hiddenFields">
<input type="hidden" name="ACT" value="{ACT_COMMENT}" />
<input type="hidden" name="RET" value="{url}" />
<input type="hidden" name="URI" value="{article_path(s)[1:]}" />
<input type="hidden" name="PRV" value="" />
<input type="hidden" name="entry_id" value="{s.id}" />
<input type="hidden" name="site_id" value="1" />
<input type="hidden" name="csrf_token" value="{_csrf(s.slug)}" />
</div>
<p><label for="name">Họ và tên (*)</label><input type="text" id="name" name="name" /></p>
<p><label for="email">Email (*)</label><input type="email" id="email" name="email" /></p>
<p><label for="comment">Nội dung ý kiến</label><textarea id="comment" name="comment" rows="5"></textarea></p>
<p class="captcha"><img src="/images/captchas/1764050400.{s.id}.jpg" width="140" height="30" style="border:0;" alt=" " />
<input type="text" name="captcha" maxlength="20" placeholder="Nhập mã xác nhận" /></p>
<p><input type="submit" value="Gửi ý kiến" /> <em>Ý kiến của bạn sẽ được kiểm duyệt trước khi đăng.</em></p>
</form>
</section>"""


def _related(s: Story) -> str:
    others = [o for o in STORIES if o.cat == s.cat and o.id != s.id][:5]
    if not others:
        return ""
    lis = "\n".join(
        f'<li><a href="{article_path(o)}">{esc(o.title)}</a> <span class="ngay">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return f"""<section class="tin-cung-chuyen-muc"><h3 class="khoi-tieu-de">Tin cùng chuyên mục</h3>
<ul>
{lis}
</ul></section>"""


def _lead_html(s: Story) -> str:
    if not (s.summary and s.sapo_outside):
        return ""
    return f'<div class="entry-lead">{_t(s.summary, s)}</div>'


def _entry(s: Story, request: Request) -> str:
    url = base_url(request) + request.path
    share = quote(url, safe="")
    edited = s.opts.get("edited")
    edited_html = (
        f'<span class="et-cap-nhat">Cập nhật lần cuối: {edited:%H:%M} {_dmy(edited)}</span>'
        if edited
        else ""
    )
    tags = s.opts.get("tags", [])
    tags_html = (
        '<div class="entry-tags">Từ khóa: ' + ", ".join(_tag_link(t) for t in tags) + "</div>"
        if tags
        else ""
    )
    main = f"""<article class="entry-detail">
{_crumbs([("Tin tức", "/tin-tuc"), (CATS[s.cat], f"/tin-tuc/danh-muc/{s.cat}")])}
<h1 class="entry-headline">{esc(s.title)}</h1>
<div class="entry-meta">{_meta_line(s)}</div>
<div class="entry-tools">
<span class="et-co-chu">Cỡ chữ: <a href="javascript:void(0)" class="giam">A-</a> <a href="javascript:void(0)" class="tang">A+</a></span>
<a class="et-in" href="{article_path(s)}?print=1" target="_blank" rel="nofollow">In bài</a>
<a class="et-fb" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a>
<a class="et-zalo" href="https://sp.zalo.me/share_inline?u={share}" target="_blank">Zalo</a>
<span class="et-nguoi-dang">Người đăng: {s.opts["member"]}</span>
{edited_html}
</div>
{_lead_html(s)}
<div class="entry-body">
{_body_html(s)}
</div><!-- /.entry-body -->
{_attachments(s)}
{_byline_fields(s)}
{tags_html}
</article>
{_related(s)}
{_comments(s, request, url)}"""
    first = s.images[0].src if s.images else f"{THEME}/img/logo-pgd.png"
    head = (
        f'<meta name="description" content="{esc(_excerpt(s, 200))}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{esc(url)}" />\n'
        f'<meta property="og:image" content="{base_url(request)}{first}" />\n'
    )
    return _page(request, f"{s.title} - {SITE_SHORT}", main, body_class="trang-chi-tiet", head=head)


def _print(s: Story, request: Request) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>In bài viết: {esc(s.title)}</title>
<link rel="stylesheet" href="{THEME}/css/print.css" /></head>
<body class="ban-in" onload="window.print()">
<div class="bi-dau"><strong>{esc(SITE.upper())}</strong><br />{ADDRESS}</div>
<article class="entry-detail">
<h1 class="entry-headline">{esc(s.title)}</h1>
<div class="entry-meta">{_meta_line(s)}</div>
{_lead_html(s)}
<div class="entry-body">
{_body_html(s)}
</div><!-- /.entry-body -->
{_byline_fields(s)}
</article>
<p class="bi-url">Địa chỉ bài viết: {base_url(request)}{article_path(s)}</p>
<p class="bi-nut"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></p>
</body></html>"""


def _entry_missing(request: Request) -> str:
    main = f"""<article class="entry-detail">
{_crumbs([("Tin tức", "/tin-tuc")])}
<p class="khong-co">Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="/tin-tuc">« Quay lại trang tin tức</a></p>
</article>"""
    return _page(request, f"Tin tức - {SITE_SHORT}", main, body_class="trang-chi-tiet")


def _home(request: Request) -> str:
    slides = "\n".join(
        f'<div class="slide" style="background-image:url({s.images[0].src})">'
        f'<a href="{article_path(s)}"><span class="slide-tieu-de">{esc(s.title)}</span></a></div>'
        for s in [s for s in STORIES if s.images][:3]
    )
    newest = "\n".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="ngay">{_dmy(s.opts["when"])}</span></li>'
        for s in STORIES[:6]
    )
    boxes = []
    for c, name in CATS.items():
        entries = [s for s in STORIES if s.cat == c][:4]
        top, rest = entries[0], entries[1:]
        lis = "\n".join(f'<li><a href="{article_path(s)}">{esc(s.title)}</a></li>' for s in rest)
        boxes.append(f"""<div class="hop-chuyen-muc">
<h2 class="hop-tieu-de"><a href="/tin-tuc/danh-muc/{c}">{esc(name)}</a></h2>
<div class="hop-noi-bat"><a href="{article_path(top)}"><img src="{_thumb(top)}" alt="" /></a>
<h3><a href="{article_path(top)}">{esc(top.title)}</a></h3><p>{esc(_excerpt(top, 120))}</p></div>
<ul>
{lis}
</ul></div>""")
    docs = "\n".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{esc(d.title)}</td><td>{_dmy(d.signed)}</td></tr>'
        for d in DOCS[:5]
    )
    albums = "\n".join(
        f'<div class="album-o"><a href="{a.path}"><img src="{a.photos[0][0].rsplit("/", 1)[0]}/_nho/{a.photos[0][0].rsplit("/", 1)[1]}" alt="" />'
        f"<span>{esc(a.title)}</span></a></div>"
        for a in ALBUMS
    )
    main = f"""<div class="slider">
{slides}
</div>
<section class="tin-moi"><h2 class="hop-tieu-de"><a href="/tin-tuc">Tin mới</a></h2><ul>
{newest}
</ul></section>
{"".join(boxes)}
<section class="van-ban-moi"><h2 class="hop-tieu-de"><a href="/van-ban">Văn bản mới</a></h2>
<table class="bang-vb"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody>
{docs}
</tbody></table></section>
<section class="thu-vien"><h2 class="hop-tieu-de"><a href="/thu-vien/anh">Thư viện ảnh</a></h2>
{albums}
</section>"""
    return _page(request, f"{SITE} - Trang chủ", main, body_class="trang-chu")


def _archive(request: Request, year: int, month: int, offset: int) -> str:
    prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
    next_y, next_m = (year + 1, 1) if month == 12 else (year, month + 1)
    nav = (
        '<div class="luu-tru-nav">'
        f'<a class="thang-truoc" href="/tin-tuc/{prev_y:04d}/{prev_m:02d}">‹ Tháng {prev_m:02d}/{prev_y:04d}</a> '
        f'<a class="thang-sau" href="/tin-tuc/{next_y:04d}/{next_m:02d}">Tháng {next_m:02d}/{next_y:04d} ›</a>'
        "</div>"
    )
    heading = f"Lưu trữ tin tháng {month:02d}/{year:04d}"
    return _listing(
        request,
        heading,
        [("Tin tức", "/tin-tuc"), (heading, None)],
        in_month(year, month),
        f"/tin-tuc/{year:04d}/{month:02d}",
        offset,
        nav,
    )


def _doc_page(d: Doc, request: Request) -> str:
    main = f"""<div class="vb-chi-tiet">
{_crumbs([("Văn bản", "/van-ban"), (d.number, None)])}
<h1 class="vb-tieu-de">{esc(d.title)}</h1>
<table class="vb-thuoc-tinh">
<tr><th>Số/Ký hiệu</th><td>{esc(d.number)}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(d.kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{_dmy(d.signed)}</td></tr>
<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(SITE)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d.title)}</td></tr>
</table>
<div class="vb-xem"><iframe src="{THEME}/pdfjs/web/viewer.html?file={d.file}" width="100%" height="800" frameborder="0"></iframe></div>
<p class="vb-tai"><a href="{d.file}" download>Tải văn bản (PDF)</a></p>
</div>"""
    return _page(request, f"{d.number} - {SITE_SHORT}", main, body_class="trang-van-ban")


def _docs(request: Request, offset: int) -> str:
    chunk = DOCS[offset : offset + PER_PAGE]
    rows = "\n".join(
        f'<tr><td>{esc(d.number)}</td><td><a href="{d.path}">{esc(d.title)}</a></td>'
        f"<td>{_dmy(d.signed)}</td><td>{esc(d.kind)}</td></tr>"
        for d in chunk
    )
    main = f"""<section class="danh-sach-vb">
{_crumbs([("Văn bản", None)])}
<h1 class="ds-tieu-de">Văn bản chỉ đạo, điều hành</h1>
<table class="bang-vb"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Loại</th></tr></thead>
<tbody>
{rows}
</tbody></table>
{_pager("/van-ban", len(DOCS), offset)}
</section>"""
    return _page(request, f"Văn bản - {SITE_SHORT}", main, body_class="trang-van-ban")


def _albums(request: Request) -> str:
    cells = "\n".join(
        f'<div class="album-o"><a href="{a.path}"><img src="{a.photos[0][0]}" alt="" /></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="ngay">{_dmy(a.when)} – {len(a.photos)} ảnh</span></div>'
        for a in ALBUMS
    )
    main = f"""<section class="thu-vien-anh">
{_crumbs([("Thư viện ảnh", None)])}
<h1 class="ds-tieu-de">Thư viện ảnh</h1>
<div class="luoi-album">
{cells}
</div></section>"""
    return _page(request, f"Thư viện ảnh - {SITE_SHORT}", main, body_class="trang-thu-vien")


def _album(a: Album, request: Request) -> str:
    photos = "\n".join(
        f'<div class="anh-o"><a href="{src}" data-fancybox="album"'
        + (f' data-caption="{esc(cap)}"' if cap else "")
        + f'><img src="{src.rsplit("/", 1)[0]}/_nho/{src.rsplit("/", 1)[1]}" alt="{esc(cap or "")}" /></a>'
        + (f'<p class="chu-thich">{esc(cap)}</p>' if cap else "")
        + "</div>"
        for src, cap in a.photos
    )
    main = f"""<div class="album-chi-tiet">
{_crumbs([("Thư viện ảnh", "/thu-vien/anh"), (a.title, None)])}
<h1 class="album-tieu-de">{esc(a.title)}</h1>
<p class="album-ngay">{_dmy(a.when)} – {len(a.photos)} ảnh</p>
<div class="luoi-anh">
{photos}
</div></div>"""
    return _page(request, f"{a.title} - {SITE_SHORT}", main, body_class="trang-thu-vien")


def _static(path: str, request: Request) -> str:
    title, paras = PAGES[path]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""<div class="trang-tinh">
{_crumbs([("Giới thiệu", None), (title, None)])}
<h1 class="tt-tieu-de">{esc(title)}</h1>
<div class="tt-noi-dung">
{body}
</div></div>"""
    return _page(request, f"{title} - {SITE_SHORT}", main, body_class="trang-gioi-thieu")


def _contact(request: Request) -> str:
    main = f"""<div class="trang-tinh lien-he">
{_crumbs([("Liên hệ", None)])}
<h1 class="tt-tieu-de">Liên hệ</h1>
<div class="lh-thong-tin">
<p><strong>{esc(SITE)}</strong></p>
<p>Địa chỉ: {ADDRESS}</p>
<p>Điện thoại: {PHONE} – Đường dây nóng: {HOTLINE}</p>
<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
</div>
<iframe class="ban-do" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3721.5!2d105.85!3d21.13" width="100%" height="320" frameborder="0"></iframe>
<form id="contact_form" method="post" action="{base_url(request)}/lien-he">
<div class="hiddenFields"><input type="hidden" name="ACT" value="{ACT_EMAIL}" /><input type="hidden" name="RET" value="{base_url(request)}/lien-he" /><input type="hidden" name="csrf_token" value="{_csrf("lien-he")}" /></div>
<p><label>Họ và tên</label><input type="text" name="name" /></p>
<p><label>Email</label><input type="email" name="from" /></p>
<p><label>Tiêu đề</label><input type="text" name="subject" /></p>
<p><label>Nội dung</label><textarea name="message" rows="6"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p>
</form></div>"""
    return _page(request, f"Liên hệ - {SITE_SHORT}", main, body_class="trang-lien-he")


def _login(request: Request) -> str:
    main = f"""<div class="trang-tinh dang-nhap">
{_crumbs([("Đăng nhập", None)])}
<h1 class="tt-tieu-de">Đăng nhập thành viên</h1>
<form id="member_login_form" method="post" action="{base_url(request)}/">
<div class="hiddenFields"><input type="hidden" name="ACT" value="6" /><input type="hidden" name="RET" value="-2" /><input type="hidden" name="csrf_token" value="{_csrf("login")}" /></div>
<p><label>Tên đăng nhập</label><input type="text" name="username" /></p>
<p><label>Mật khẩu</label><input type="password" name="password" /></p>
<p><label><input type="checkbox" name="auto_login" value="1" /> Ghi nhớ đăng nhập</label></p>
<p><input type="submit" value="Đăng nhập" /></p>
</form></div>"""
    return _page(request, f"Đăng nhập - {SITE_SHORT}", main, body_class="trang-dang-nhap")


#: the tags' search keywords; an EE search id is an md5 hex string
TAG_WORDS = sorted({t for s in STORIES for t in s.opts.get("tags", [])})


def search_hash(keywords: str) -> str:
    return hashlib.md5(f"pgd-search:{keywords.strip().lower()}".encode()).hexdigest()


def search_hits(keywords: str) -> list[Story]:
    q = unicodedata.normalize("NFC", keywords.strip().lower())
    return [
        s
        for s in STORIES
        if q and (q in s.title.lower() or any(q == t.lower() for t in s.opts.get("tags", [])))
    ]


def _search_results(request: Request, keywords: str | None) -> str:
    if keywords is None:
        inner = '<p class="khong-co">Phiên tìm kiếm đã hết hạn hoặc không tồn tại. Vui lòng tìm kiếm lại.</p>'
    else:
        hits = search_hits(keywords)
        items = (
            "\n".join(_item(s) for s in hits)
            or '<p class="khong-co">Không tìm thấy kết quả phù hợp.</p>'
        )
        inner = f'<p class="kq-tong">Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(keywords)}”</p>\n<div class="ds-tin">\n{items}\n</div>'
    main = f"""<section class="ket-qua-tim-kiem">
{_crumbs([("Kết quả tìm kiếm", None)])}
<h1 class="ds-tieu-de">Kết quả tìm kiếm</h1>
{inner}
</section>"""
    return _page(request, f"Kết quả tìm kiếm - {SITE_SHORT}", main, body_class="trang-tim-kiem")


def _message(request: Request, heading: str, text_: str, status: int = 200) -> Response:
    """EE's user message template (``{title}``, ``{content}``, ``{link}``), in the agency's skin."""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(heading)}</title>
<link rel="stylesheet" href="{THEME}/css/style.css" /></head>
<body class="ee-thong-diep"><div id="content"><h1>{esc(heading)}</h1>
<p>{esc(text_)}</p>
<p><a href="javascript:history.go(-1)">« Quay lại</a> | <a href="/">Trang chủ</a></p>
</div></body></html>"""
    return html(body, status=status)


def _poll_results(request: Request) -> Response:
    if request.params.get("poll_id") != str(POLL_ID):
        return _message(request, "Lỗi", "Không tìm thấy cuộc thăm dò ý kiến này.")
    rows = [
        ("Tin tức hoạt động", 412),
        ("Văn bản chỉ đạo", 389),
        ("Lịch công tác", 121),
        ("Thông tin tuyển sinh", 546),
    ]
    total = sum(n for _, n in rows)
    lis = "\n".join(
        f"<li>{esc(label)}: {n} phiếu ({n * 100 / total:.1f}%)</li>" for label, n in rows
    )
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Kết quả thăm dò ý kiến</title></head>
<body class="ee-thong-diep"><div id="content"><h1>Kết quả thăm dò ý kiến</h1>
<p>Bạn thường tìm thông tin gì trên website của Phòng?</p><ul>
{lis}
</ul><p>Tổng số phiếu: {total}</p><p><a href="/">Trang chủ</a></p></div></body></html>"""
    return html(body)


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = []
    for s in STORIES[:10]:
        when = s.opts["when"].replace(tzinfo=_TZ)
        items.append(
            f"""<item>
<title>{esc(s.title)}</title>
<link>{base}{article_path(s)}</link>
<guid isPermaLink="false">{base}/#{s.id}</guid>
<description>{esc(_excerpt(s))}</description>
<dc:subject>{esc(CATS[s.cat])}</dc:subject>
<dc:date>{when.isoformat()}</dc:date>
<pubDate>{format_datetime(when)}</pubDate>
</item>"""
        )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Tin tức - {esc(SITE)}</title>
<link>{base}/</link>
<description>Tin tức hoạt động của {esc(SITE)}</description>
<dc:language>vi</dc:language>
<dc:creator>{EMAIL}</dc:creator>
{"".join(items)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_NOT_FOUND = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>404 - Không tìm thấy trang</title>
<link rel="stylesheet" href="/themes/user/pgd/css/style.css" /></head>
<body class="trang-404"><div class="khung"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p>
<p><a href="/">Về trang chủ</a></p></div></body></html>"""

_ROBOTS = "User-agent: *\nDisallow: /system/\nDisallow: /admin.php\n"
_VIEWER = """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectwhenfocused="true"><head><meta charset="utf-8">
<title>PDF.js viewer</title><link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>
<script src="viewer.js"></script></head><body tabindex="1" class="loadingInProgress">
<div id="outerContainer"><div id="mainContainer"><div id="viewerContainer" tabindex="0">
<div id="viewer" class="pdfViewer"></div></div></div></div></body></html>"""

_P = re.compile(r"^P(\d+)$")
_TZ = timezone(timedelta(hours=7))


class ExpressionEngineSite:
    """EE's router: template group / template / segments, ACT on any URL."""

    def __init__(self) -> None:
        # search ids of searches posted while the server runs (EE keeps them in exp_search)
        self.searches: dict[str, str] = {search_hash(t): t for t in TAG_WORDS}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/themes/", "/images/")) or path == "/favicon.ico":
            if path.startswith("/uploads/") and path.endswith((".pdf", ".docx", ".xlsx")):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.startswith(f"{THEME}/pdfjs/web/viewer.html"):
                return html(_VIEWER)
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        params = request.params
        if "ACT" in params or (request.method == "POST" and "ACT" in request.form):
            return self._action(request, {**request.form, **params})
        if path == "/index.php":
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        segs = [s for s in path.split("/") if s]
        out = self._route(request, segs)
        if out is None:
            return html(_NOT_FOUND, status=404)
        return out if isinstance(out, Response) else html(out)

    # ----------------------------------------------------------------- actions
    def _action(self, request: Request, data: dict[str, str]) -> Response:
        act = data.get("ACT", "")
        if act == str(ACT_SEARCH):
            words = data.get("keywords", "").strip()
            if not words:
                return _message(request, "Lỗi", "Bạn chưa nhập từ khóa tìm kiếm.")
            key = search_hash(words)
            self.searches[key] = words
            return redirect(f"/tim-kiem/ket-qua/{key}", 302)
        if act == str(ACT_POLL_RESULTS):
            return _poll_results(request)
        if request.method == "POST" and act == str(ACT_COMMENT):
            return _message(
                request,
                "Cảm ơn bạn",
                "Ý kiến của bạn đã được gửi và sẽ hiển thị sau khi được Ban biên tập duyệt.",
            )
        if request.method == "POST" and act in (str(ACT_POLL_VOTE), str(ACT_EMAIL)):
            return redirect("/", 302)
        return _message(request, "Lỗi", "Thao tác bạn yêu cầu không hợp lệ.")

    # ----------------------------------------------------------------- templates
    def _route(self, request: Request, segs: list[str]) -> str | Response | None:
        if not segs:
            return _home(request)
        group, rest = segs[0], segs[1:]
        if group == "tin-tuc":
            return self._tin_tuc(request, rest)
        if group == "van-ban":
            if not rest or (len(rest) == 1 and _P.match(rest[0])):
                return _docs(request, int(_P.match(rest[0]).group(1)) if rest else 0)
            if len(rest) == 2 and rest[0] == "chi-tiet" and rest[1] in _DOC_BY_SLUG:
                return _doc_page(_DOC_BY_SLUG[rest[1]], request)
            return None
        if group == "thu-vien" and rest[:1] == ["anh"]:
            if len(rest) == 1:
                return _albums(request)
            if len(rest) == 2 and rest[1] in _ALBUM_BY_SLUG:
                return _album(_ALBUM_BY_SLUG[rest[1]], request)
            return None
        path = "/" + "/".join(segs)
        if path in PAGES:
            return _static(path, request)
        if path == "/lien-he":
            return _contact(request)
        if path == "/member/login":
            return _login(request)
        if path == "/rss/tin-tuc":
            return _rss(request)
        if group == "tim-kiem" and len(rest) == 2 and rest[0] == "ket-qua":
            if re.fullmatch(r"[0-9a-f]{32}", rest[1]):
                return _search_results(request, self.searches.get(rest[1]))
            return None
        return None

    def _tin_tuc(self, request: Request, rest: list[str]) -> str | None:
        offset = 0
        if rest and (m := _P.match(rest[-1])):
            offset = int(m.group(1))
            rest = rest[:-1]
            if rest[:1] == ["chi-tiet"]:
                return None
        if not rest:
            return _listing(request, "Tất cả tin", [("Tin tức", None)], STORIES, "/tin-tuc", offset)
        if rest[0] == "danh-muc" and len(rest) == 2 and rest[1] in CATS:
            cat = rest[1]
            return _listing(
                request,
                CATS[cat],
                [("Tin tức", "/tin-tuc"), (CATS[cat], None)],
                in_cat(cat),
                f"/tin-tuc/danh-muc/{cat}",
                offset,
            )
        if rest[0] == "chi-tiet" and len(rest) == 2:
            story = _BY_SLUG.get(rest[1])
            if story is None:
                return _entry_missing(request)  # no require_entry: a soft 404
            if request.params.get("print") == "1":
                return _print(story, request)
            return _entry(story, request)
        if (
            len(rest) == 2
            and re.fullmatch(r"\d{4}", rest[0])
            and re.fullmatch(r"0[1-9]|1[0-2]", rest[1])
        ):
            return _archive(request, int(rest[0]), int(rest[1]), offset)
        return None


def build_site() -> ExpressionEngineSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return ExpressionEngineSite()
