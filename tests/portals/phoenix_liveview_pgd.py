"""Phòng GD&ĐT huyện Cẩm Khê: a Phoenix 1.7 / LiveView site written by the district's IT team.

Platform
--------
Elixir, Phoenix 1.7 with LiveView 0.20, Tailwind utility classes, heroicons as
``<span class="hero-…">``. Every page is a LiveView: the first paint is server-rendered HTML inside
``<div id="phx-…" data-phx-main data-phx-session="SFMyNTY.…" data-phx-static="…">``; a nested
LiveView (``live_render``) draws the "Đọc nhiều" box with its own ``data-phx-session`` and
``data-phx-parent-id``. Navigation links are ``<.link navigate>`` / ``<.link patch>``, i.e.
``<a href="…" data-phx-link="redirect|patch" data-phx-link-state="push">``; some cards navigate
with ``phx-click={JS.navigate(…)}``, printed as JSON in an attribute
(``phx-click="[[&quot;navigate&quot;,{&quot;href&quot;:…}]]"``) and carry no ``<a>`` at all.
Lists are LiveView streams (``phx-update="stream"``, ids ``bai_viet-2366``). Lists grow with a
"Xem thêm" button (``phx-click="xem_them" phx-value-trang="2"``); the fallback for browsers
without JavaScript is a plain ``?…&trang=N`` link (in ``<noscript>`` on the section lists, a
``data-phx-link="patch"`` link on the all-news list). The server answers ``trang=N`` with the
*accumulated* list (items 1 … N×size), as the stream would after N-1 clicks.

The editors write in Trix (``<div class="trix-content"><div><!--block-->…<br><br>…</div>``,
``<figure class="attachment attachment--preview" data-trix-attachment="{…}">``), except articles
imported from the old NukeViet site (October 2026, before the new site opened) and texts pasted
in the "Dán HTML" mode (``<p style="text-align: justify;">``, Word's ``MsoListParagraph``).
Notices (thông báo) have their own schema, rendered by a HEEx template as an official document.

URL scheme
----------
- ``/``                                   home: featured carousel (JS.navigate cards), "Tin mới"
                                          stream (5), boxes "Thông báo", "Chuyên môn - Nghiệp vụ"
- ``/tin-tuc``                            all news, 6 a page, ``/tin-tuc?trang=2`` (12), ``?trang=3``
- ``/tin-tuc?chuyen_muc=<slug>``          a section, 3 a page, ``…&trang=2`` accumulated
- ``/tin-tuc/<id>/<slug>``                a news article (the slug is not checked: any slug serves
                                          the article, ``rel=canonical`` names the current one)
- ``/tin-tuc/<id>``                       301 to the canonical URL
- ``/thong-bao/<id>``                     a notice; ``?tab=dinh-kem`` is the same page with the
                                          attachments tab open; ``/thong-bao`` 302 to its section
- ``/gioi-thieu``, ``/lien-he``, ``/lich-cong-tac`` (one week, prev/next are phx-click only),
  ``/van-ban`` + ``/van-ban/<id>``, ``/thu-vien-anh`` + ``/thu-vien-anh/<id>``,
  ``/video`` + ``/video/<id>``, ``/tim-kiem?q=`` (header search form)
- static: ``/assets/…``, ``/images/…``, ``/uploads/…`` (jpg, pdf, xlsx), ``/favicon.ico``

Sections (chuyen_muc): tin-hoat-dong "Tin hoạt động" (5 articles), chuyen-mon "Chuyên môn -
Nghiệp vụ" (4), cong-doan "Công đoàn - Đoàn thể" (2), thong-bao "Thông báo" (2 notices).

How each gold article is reached
--------------------------------
- 2366, 2361, 418 (notice), 2357, 2355: home "Tin mới" and their section's first page.
- 2352: its section's first page, "Đọc nhiều", the home carousel (JS only).
- 2349: section chuyen-mon page 1, home box "Chuyên môn - Nghiệp vụ", "Đọc nhiều".
- 2336: section chuyen-mon page 1; 2318: section cong-doan page 1; 415: section thong-bao,
  the "Thông báo mới" sidebar box on every page.
- 2344: its current slug only on ``/tin-tuc?chuyen_muc=tin-hoat-dong&trang=2`` and
  ``/tin-tuc?trang=2``; the "Tin liên quan" boxes of its section link it under its *old* slug.
- 2309: only ``/tin-tuc?chuyen_muc=tin-hoat-dong&trang=2`` (noscript link) and ``/tin-tuc?trang=2``.
- 2302: only ``/tin-tuc?chuyen_muc=chuyen-mon&trang=2`` and ``/tin-tuc?trang=3``.

Traps
-----
1. Pagination is a ``phx-click`` button; the only plain link to page 2 of a section sits in
   ``<noscript>`` and is query-only relative (``href="?chuyen_muc=tin-hoat-dong&amp;trang=2"``).
   Pages re-render the accumulated stream, so page 2 repeats page 1's items. Gold: 2344 (current
   slug), 2309 and 2302 are found only there (or on the all-news pages 2/3); listings are no
   articles.
2. Old slug: 2344's headline was lengthened after publication; the "Tin liên quan" boxes still
   link ``/tin-tuc/2344/khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc``, which
   serves the article (200, canonical to the new slug). Gold: one record, path and
   canonical_path the new slug, the old slug in alt_paths; the title is the new headline.
3. UTC in the markup: ``<time datetime="2026-11-27T18:40:00Z">`` and
   ``article:published_time`` are UTC while the text shows local time. 2357 was posted at 01:40
   on 28/11 local (the attribute's day is 27/11); imported articles show "20/10/2026 00:00"
   with ``datetime="2026-10-19T17:00:00Z"``. Gold: local time with +07:00; midnight -> the local
   day alone ("2026-10-20"). 2361 prints only "3 ngày trước" (local time in the ``title``
   attribute, UTC in ``datetime``): gold 2026-12-02T10:30:00+07:00. 2352 also prints
   "(Cập nhật 22/11/2026 15:05)": gold is the posting time.
4. Trix text: paragraphs are ``<br><br>`` runs inside one ``<div><!--block-->``; a single
   ``<br>`` (the two lines of a quote, the lines of a notice) also splits; the byline and a
   "Xem thêm: <link>" line are the last runs of the same ``<div>`` as the text. Gold: each run a
   paragraph; the byline and "Xem thêm" runs are not body.
5. Trix captions: a figure the editor did not caption prints its file name and size in the
   ``figcaption`` ("IMG_20261126_154210.jpg 2.87 MB"); credit-only lines "Ảnh: Lê Quang Huy".
   Gold: caption None for both; the credit gives the photographer. Gallery figures keep their
   order.
6. Notices printed as official documents (letterhead table, "Số: …", "Cẩm Khê, ngày 30 tháng 11
   năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", signer) under a "Ngày đăng: 01/12/2026 07:45"
   posting line and "Người đăng: vanthu.pgd". Gold: date = the letterhead's day, author = the
   signer (name only), body = the numbered text only; ``?tab=dinh-kem`` is in alt_paths.
7. Decomposed Unicode: 2349 was typed on a Mac (title, text and caption in NFD). Gold: NFC.
8. Imported / pasted markup: ``MsoListParagraph`` items whose "-" marker sits in
   ``<span style="mso-list:Ignore">`` (no text) next to lines where the editor typed "- " (text);
   a Word table whose cells hold ``<p class="MsoNormal">`` (one row = one paragraph, cells joined
   by " | "); captions in parentheses; a file-attachment line inside the text; a right-aligned
   unit signing alone ("Tổ Chuyên môn THCS", "BCH Công đoàn ngành") -> the author as printed.
9. Chrome inside ``<article>``: the meta row (CMS account "Người đăng: pgd.camkhe", views), the
   share row, "Tin liên quan" with dates, and a "Ý kiến bạn đọc" form with its moderation
   notice; outside it the hidden LiveView flash "Mất kết nối mạng / Đang thử kết nối lại", the
   nested "Đọc nhiều" LiveView and the visitor counter. Gold: none of it is text or author.
10. Article-like non-articles: the photo album ``/thu-vien-anh/12`` (headline, date, a
    description paragraph, captioned photos), the video page ``/video/5`` (date, text and a
    "Nguồn:" line) and the document entries ``/van-ban/<id>`` (date, signer, excerpt). Gold:
    not articles (NON_ARTICLES).
11. Bylines in every form: "Tác giả: ThS. Lưu Thị Thanh Hương (Trường THCS Hiền Đa)" in the meta
    row -> "Lưu Thị Thanh Hương"; "Tin: X - Ảnh: Y"; "Tin: X; Ảnh: Y"; "Tin, ảnh: X" (both);
    "Phạm Ngọc Ánh - Tổ Tiểu học" -> the name; a reprint closing "Thanh Nga" / "Theo Báo Phú Thọ"
    -> author "Thanh Nga", source "Báo Phú Thọ"; a sentence "Theo kế hoạch, …" is text.
12. An emoji in a headline ("🎉 Chúc mừng …") and at the end of a sentence ("… 👏👏👏"): kept.

Gold decisions on ambiguous points
----------------------------------
- A Trix run wholly in ``<strong>`` at the top of the text is a bold lead: the summary (2357,
  2336); imported articles' bold first ``<p>`` likewise (2318, 2309). The ``<p id="tt-…">``
  lead above the text is the summary and the body's first paragraph (2366, 2352, 2344).
- The "3 ngày trước" page's time is read from its ``title``/``datetime`` (same instant).
- A notice's headline is the page's ``<h1>`` ("Thông báo về việc …"); its category "Thông báo".
- The "Nơi nhận" block, "(Đã ký)", the signer's post ("KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG") and
  the closing "./." stay out / in as printed: "./." ends the last paragraph, it is printed there.
- A table's header row is a row like the others (a paragraph); the sentence introducing a list
  ("Kết quả chung cuộc:") is a paragraph.
- Photos' gold locations are the ``<img src>`` (Trix figures print the same URL in their JSON).
- Author-less pages (only a CMS account) have authors []; no page prints a photographer besides
  the ones named in bylines and credit captions.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta
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

NAME = "phoenix_liveview_pgd"
PLATFORM = "Phoenix 1.7 + LiveView (Elixir), site written by the district IT team"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Phòng GD&ĐT Cẩm Khê"
UTC_OFFSET = timedelta(hours=7)

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "chuyen-mon": "Chuyên môn - Nghiệp vụ",
    "cong-doan": "Công đoàn - Đoàn thể",
    "thong-bao": "Thông báo",
}
SECTION_SIZE = 3
ALL_SIZE = 6


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    s = re.sub(r"[^A-Za-z0-9]+", "-", s.lower()).strip("-")
    return s


# --- the articles ------------------------------------------------------------------------------


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


HKPD = Story(
    id=2366,
    slug="",
    title="Bế mạc Hội khỏe Phù Đổng cấp huyện lần thứ XI, năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-12-04T16:10:00+07:00",
    summary=(
        "Sau 3 ngày thi đấu sôi nổi (từ ngày 02/12 đến 04/12/2026), Hội khỏe Phù Đổng (HKPĐ) "
        "cấp huyện lần thứ XI đã bế mạc chiều 04/12 tại Nhà thi đấu Trung tâm Văn hóa - Thể thao "
        "huyện."
    ),
    sapo_outside=True,
    authors=["Tổ Chuyên môn THCS"],
    blocks=[
        P(
            "Tham dự lễ bế mạc có đồng chí Nguyễn Thị Hải Yến, Phó Chủ tịch UBND huyện, Trưởng Ban "
            "tổ chức Hội khỏe; lãnh đạo Phòng GD&ĐT, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa "
            "- Thể thao huyện cùng hơn 900 vận động viên là học sinh của 38 trường tiểu học, THCS "
            "trên địa bàn."
        ),
        P(
            "Hội khỏe năm nay tổ chức thi đấu 7 môn: Điền kinh, Bơi, Cờ vua, Bóng bàn, Cầu lông, "
            "Đá cầu và Kéo co. Các vận động viên đã thi đấu với tinh thần trung thực, đoàn kết, cao "
            "thượng; nhiều em thể hiện năng khiếu nổi bật, đặc biệt ở các nội dung điền kinh và bơi."
        ),
        Img(
            "/uploads/tin-tuc/2026/12/hkpd-xi-be-mac-01.jpg",
            printed="(Đồng chí Phó Chủ tịch UBND huyện trao cờ cho các đơn vị đạt giải Nhất toàn đoàn)",
            caption="Đồng chí Phó Chủ tịch UBND huyện trao cờ cho các đơn vị đạt giải Nhất toàn đoàn",
        ),
        P("Kết quả xếp hạng toàn đoàn khối THCS:"),
        P("TT | Đơn vị | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng | Xếp hạng", "tr"),
        P("1 | THCS Thị trấn Cẩm Khê | 9 | 6 | 4 | Nhất", "tr"),
        P("2 | THCS Hiền Đa | 7 | 5 | 6 | Nhì", "tr"),
        P("3 | THCS Văn Bán | 5 | 7 | 3 | Ba", "tr"),
        P(
            "Ở khối tiểu học, giải Nhất toàn đoàn thuộc về Trường TH Thị trấn Cẩm Khê, giải Nhì "
            "thuộc về Trường TH Tùng Khê, giải Ba thuộc về Trường TH Phú Khê."
        ),
        P(
            "Ban tổ chức đã trao 126 huy chương các loại cho các vận động viên; lựa chọn 45 học sinh "
            "có thành tích cao nhất để thành lập đội tuyển tham dự HKPĐ cấp tỉnh dự kiến tổ chức vào "
            "tháng 3/2027."
        ),
        Raw(
            '<p style="text-align: justify;"><span style="font-size:12px;"><em>File đính kèm: '
            '<a href="/uploads/van-ban/2026/12/ket-qua-hkpd-xi.pdf" target="_blank">'
            "Ket qua HKPD XI - khoi THCS.pdf</a></em></span></p>"
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Chuyên môn THCS</strong></p>'),
    ],
    opts={"fmt": "html", "dt": _dt("2026-12-04 16:10"), "poster": "pgd.camkhe"},
)

STEM = Story(
    id=2361,
    slug="",
    title="Chuyên đề cấp huyện “Dạy học STEM trong môn Khoa học tự nhiên cấp THCS”",
    cat="chuyen-mon",
    published_at="2026-12-02T10:30:00+07:00",
    authors=["Đỗ Minh Tuấn"],
    photographers=["Hoàng Văn Quý"],
    blocks=[
        P(
            "Ngày 01/12/2026, tại Trường THCS Hiền Đa, Phòng GD&ĐT huyện Cẩm Khê tổ chức chuyên đề "
            "cấp huyện “Dạy học STEM trong môn Khoa học tự nhiên cấp THCS”. Tham dự chuyên đề có "
            "đồng chí Đinh Công Thành, Phó Trưởng phòng GD&ĐT; các chuyên viên phụ trách cấp THCS "
            "cùng 76 cán bộ quản lý, giáo viên dạy môn Khoa học tự nhiên của các trường THCS trong "
            "huyện."
        ),
        P(
            "Tại chuyên đề, cô giáo Nguyễn Thị Kim Oanh và tập thể học sinh lớp 8A đã thể hiện bài "
            "dạy STEM “Chế tạo mô hình hệ thống tưới cây tự động”. Học sinh làm việc theo nhóm, vận "
            "dụng kiến thức về mạch điện, cảm biến độ ẩm và áp suất chất lỏng để thiết kế, lắp ráp "
            "và vận hành sản phẩm."
        ),
        Img(
            "/uploads/trix/2026/12/7f3a91c2-stem-hienda.jpg",
            printed="Học sinh lớp 8A Trường THCS Hiền Đa vận hành mô hình tưới cây tự động",
            caption="Học sinh lớp 8A Trường THCS Hiền Đa vận hành mô hình tưới cây tự động",
            style="edited",
        ),
        P(
            "Sau tiết dạy, các đại biểu đã thảo luận, phân tích bài dạy theo hướng nghiên cứu bài "
            "học, tập trung vào các nội dung:"
        ),
        P("Quy trình thiết kế bài học STEM theo Công văn 3089/BGDĐT-GDTrH;", "li"),
        P("Cách tổ chức cho học sinh đề xuất, lựa chọn giải pháp và chế tạo mẫu thử;", "li"),
        P("Đánh giá năng lực học sinh thông qua sản phẩm và bảng kiểm.", "li"),
        P(
            "Phát biểu kết luận, đồng chí Phó Trưởng phòng đề nghị các nhà trường tiếp tục đầu tư "
            "thiết bị, tăng cường sinh hoạt chuyên môn theo cụm trường, mỗi giáo viên Khoa học tự "
            "nhiên thực hiện ít nhất 02 bài học STEM trong học kỳ I.",
            "div",
        ),
        Raw("<em>Tin: Đỗ Minh Tuấn - Ảnh: Hoàng Văn Quý</em>"),
    ],
    opts={
        "fmt": "trix",
        "dt": _dt("2026-12-02 10:30"),
        "relative": "3 ngày trước",
        "poster": "tuan.dm",
        "desc": "Ngày 01/12/2026, tại Trường THCS Hiền Đa, Phòng GD&ĐT huyện Cẩm Khê tổ chức "
        "chuyên đề cấp huyện về dạy học STEM trong môn Khoa học tự nhiên.",
    },
)

TB_HSG = Story(
    id=418,
    slug="",
    title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Đinh Công Thành"],
    blocks=[
        P(
            "Căn cứ Kế hoạch số 1985/KH-PGDĐT ngày 12/9/2026 của Phòng GD&ĐT huyện Cẩm Khê về thực "
            "hiện nhiệm vụ năm học 2026-2027;"
        ),
        P(
            "Phòng Giáo dục và Đào tạo thông báo tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện "
            "năm học 2026-2027 như sau:",
            "br",
        ),
        P(
            "1. Môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học.",
            "br",
        ),
        P(
            "2. Thời gian thi: Ngày 17/12/2026 (thứ Năm). Thí sinh có mặt tại điểm thi lúc 7 giờ "
            "00 phút; làm thủ tục dự thi lúc 7 giờ 15 phút.",
            "br",
        ),
        P("3. Địa điểm thi: Trường THCS Thị trấn Cẩm Khê.", "br"),
        P(
            "4. Hồ sơ đăng ký dự thi: Các trường lập danh sách học sinh dự thi theo mẫu gửi kèm, nộp "
            "bản mềm qua hệ thống quản lý văn bản và bản cứng (có chữ ký, đóng dấu) về Phòng GD&ĐT "
            "(qua bộ phận chuyên môn THCS) trước ngày 08/12/2026.",
            "br",
        ),
        P(
            "Nhận được Thông báo này, yêu cầu Hiệu trưởng các trường THCS nghiêm túc triển khai thực "
            "hiện./.",
            "br",
        ),
    ],
    opts={
        "kind": "tb",
        "fmt": "trix",
        "dt": _dt("2026-12-01 07:45"),
        "poster": "vanthu.pgd",
        "so": "218/TB-PGDĐT",
        "ngay": "Cẩm Khê, ngày 30 tháng 11 năm 2026",
        "ve_viec": "Về việc tổ chức Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        "noi_nhan": ["Các trường THCS;", "Lãnh đạo phòng;", "Lưu: VT, CM."],
        "chuc_vu": ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"],
        "nguoi_ky": "Đinh Công Thành",
        "attach": [
            ("Mau-danh-sach-HSG9-2026-2027.xlsx", "/uploads/thong-bao/418/mau-ds-hsg9.xlsx")
        ],
    },
)

KHKT = Story(
    id=2357,
    slug="",
    title=(
        "🎉 Chúc mừng thầy trò Trường THCS Hiền Đa đạt 2 giải Nhất Cuộc thi Khoa học kỹ thuật "
        "cấp tỉnh"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-28T01:40:00+07:00",
    authors=["Lưu Thị Thanh Hương"],
    summary=(
        "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Phú Thọ năm học "
        "2026-2027, Trường THCS Hiền Đa có 2 dự án đạt giải Nhất, 1 dự án đạt giải Ba; đây là "
        "thành tích cao nhất của nhà trường từ trước đến nay."
    ),
    blocks=[
        P(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Phú Thọ năm học "
            "2026-2027, Trường THCS Hiền Đa có 2 dự án đạt giải Nhất, 1 dự án đạt giải Ba; đây là "
            "thành tích cao nhất của nhà trường từ trước đến nay.",
            "b",
        ),
        P(
            "Cuộc thi do Sở GD&ĐT tổ chức từ ngày 24 đến 26/11/2026 với 186 dự án của học sinh đến "
            "từ 13 huyện, thành, thị. Huyện Cẩm Khê có 9 dự án tham gia, đạt 2 giải Nhất, 2 giải Ba "
            "và 3 giải Khuyến khích."
        ),
        P("Hai dự án đạt giải Nhất của Trường THCS Hiền Đa gồm:"),
        P(
            "Dự án “Thiết bị cảnh báo đuối nước cho trẻ em sử dụng cảm biến áp suất” của em Nguyễn "
            "Minh Khôi và Lê Bảo Ngọc, lớp 9A, giáo viên hướng dẫn: cô Trần Thị Thu Hằng;",
            "li",
        ),
        P(
            "Dự án “Chế phẩm sinh học từ vỏ chuối xử lý mùi hôi chuồng trại” của em Phùng Gia Hân, "
            "lớp 9B, giáo viên hướng dẫn: thầy Nguyễn Đức Mạnh.",
            "li",
        ),
        P(
            "Dự án “Thiết bị cảnh báo đuối nước…” được Ban giám khảo lựa chọn tham dự Cuộc thi Khoa "
            "học kỹ thuật cấp quốc gia năm 2027. 👏👏👏",
            "div",
        ),
        Img(
            "/uploads/trix/2026/11/c81d02e4-khkt-hienda.jpg",
            printed="IMG_20261126_154210.jpg|2.87 MB",
            caption=None,
            style="fname",
        ),
        P(
            "Phòng GD&ĐT huyện Cẩm Khê biểu dương, chúc mừng thầy và trò Trường THCS Hiền Đa, đồng "
            "thời đề nghị các nhà trường tiếp tục đẩy mạnh phong trào nghiên cứu khoa học trong học "
            "sinh.",
            "div",
        ),
    ],
    opts={
        "fmt": "trix",
        "dt": _dt("2026-11-28 01:40"),
        "poster": "pgd.camkhe",
        "tacgia": "ThS. Lưu Thị Thanh Hương (Trường THCS Hiền Đa)",
    },
)

LE_2011 = Story(
    id=2352,
    slug="",
    title=(
        "Ngành Giáo dục Cẩm Khê long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026)"
    ),
    cat="tin-hoat-dong",
    published_at="2026-11-20T07:45:00+07:00",
    authors=["Nguyễn Thu Trang"],
    photographers=["Nguyễn Thu Trang"],
    summary=(
        "Sáng 19/11/2026, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục huyện Cẩm Khê tổ "
        "chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Hoàng Văn Trường, Phó Bí thư Thường trực Huyện ủy; đồng chí "
            "Nguyễn Thị Hải Yến, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các ban, ngành, đoàn "
            "thể của huyện cùng hơn 300 cán bộ quản lý, giáo viên, nhân viên tiêu biểu của các nhà "
            "trường."
        ),
        P(
            "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, đồng chí Phan Văn Lượng, Trưởng "
            "phòng GD&ĐT khẳng định: năm học 2025-2026, ngành Giáo dục huyện đã hoàn thành toàn diện "
            "các nhiệm vụ; tỷ lệ trường đạt chuẩn quốc gia đạt 89,5%; có 112 học sinh đạt giải cấp "
            "tỉnh, 7 học sinh đạt giải quốc gia."
        ),
        Img(
            "/uploads/trix/2026/11/2b9e44a0-le-20-11-01.jpg",
            printed="Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các thầy, cô giáo",
            caption="Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các thầy, cô giáo",
            style="gallery-edited",
        ),
        Img(
            "/uploads/trix/2026/11/2b9e44a0-le-20-11-02.jpg",
            printed="IMG_20261119_083015.jpg|3.12 MB",
            caption=None,
            style="gallery-fname",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Thường trực Huyện ủy ghi nhận những đóng góp "
            "của đội ngũ nhà giáo và gửi gắm:",
            "div",
        ),
        P(
            "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo,",
            "quote",
        ),
        P(
            "để mỗi ngày đến trường thực sự là một ngày vui đối với các em học sinh.”",
            "quote-br",
        ),
        P(
            "Nhân dịp này, UBND huyện tặng Giấy khen cho 15 tập thể, 42 cá nhân; Phòng GD&ĐT tặng "
            "Giấy khen cho 35 nhà giáo tiêu biểu có nhiều đóng góp cho sự nghiệp giáo dục huyện nhà.",
            "div",
        ),
        Img(
            "/uploads/trix/2026/11/2b9e44a0-le-20-11-03.jpg",
            printed="Các nhà giáo tiêu biểu nhận Giấy khen của UBND huyện",
            caption="Các nhà giáo tiêu biểu nhận Giấy khen của UBND huyện",
            style="edited",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, là dịp để mỗi thầy cô giáo tiếp tục nuôi dưỡng "
            "tình yêu nghề, vững vàng trên hành trình “trồng người”.",
            "div",
        ),
        Raw(
            'Xem thêm: <a href="/thu-vien-anh/12" data-phx-link="redirect" '
            'data-phx-link-state="push">Hình ảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</a>'
        ),
        Raw("<strong>Tin, ảnh: Nguyễn Thu Trang</strong>"),
    ],
    opts={
        "fmt": "trix",
        "dt": _dt("2026-11-20 07:45"),
        "updated": _dt("2026-11-22 15:05"),
        "poster": "trang.nt",
    },
)

HOC_BA = Story(
    id=2349,
    slug="",
    title="Tập huấn sử dụng sổ điểm điện tử và học bạ số cho giáo viên tiểu học",
    cat="chuyen-mon",
    published_at="2026-11-18T14:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 16 và 17/11/2026, Phòng GD&ĐT huyện Cẩm Khê phối hợp với Viettel Cẩm Khê "
            "tổ chức tập huấn sử dụng sổ điểm điện tử và học bạ số cho hơn 450 cán bộ quản lý, giáo "
            "viên tiểu học toàn huyện."
        ),
        P(
            "Nội dung tập huấn gồm: nhập điểm, nhận xét định kỳ trên phần mềm; ký số học bạ bằng chữ "
            "ký số cá nhân; đồng bộ dữ liệu lên Cơ sở dữ liệu ngành và quy trình lưu trữ hồ sơ điện "
            "tử theo Thông tư 21/2022/TT-BGDĐT."
        ),
        Img(
            "/uploads/trix/2026/11/5d17aa03-tap-huan-hoc-ba-so.jpg",
            printed="Giáo viên thực hành ký số học bạ tại Trường TH Thị trấn Cẩm Khê",
            caption="Giáo viên thực hành ký số học bạ tại Trường TH Thị trấn Cẩm Khê",
            style="edited",
        ),
        P(
            "Theo kế hoạch, từ học kỳ I năm học 2026-2027, 100% trường tiểu học trên địa bàn huyện "
            "triển khai học bạ số đối với học sinh lớp 1, 2, 3 và 4; năm học 2027-2028 triển khai "
            "đối với toàn bộ học sinh tiểu học.",
            "div",
        ),
        P(
            "Các trường hoàn thành việc cấp chữ ký số cho giáo viên trước ngày 30/11/2026 và báo cáo "
            "kết quả về Phòng GD&ĐT (qua bộ phận Tiểu học)."
        ),
    ],
    opts={"fmt": "trix", "dt": _dt("2026-11-18 14:00"), "poster": "admin", "nfd": True},
)

GVDG_OLD_TITLE = "Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học"
GVDG = Story(
    id=2344,
    slug="",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    cat="tin-hoat-dong",
    published_at="2026-11-14T09:20:00+07:00",
    authors=["Phạm Ngọc Ánh"],
    summary=(
        "Sáng 13/11/2026, tại Trường TH Thị trấn Cẩm Khê, Phòng GD&ĐT huyện Cẩm Khê tổ chức khai "
        "mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia Hội thi có 64 giáo viên đến từ 24 trường tiểu học, dự thi ở các môn Tiếng "
            "Việt, Toán, Tiếng Anh, Tin học, Giáo dục thể chất và Âm nhạc. Mỗi giáo viên thực hiện "
            "02 tiết dạy thực hành và trình bày biện pháp nâng cao chất lượng giảng dạy."
        ),
        P("Điểm mới của Hội thi năm nay", "h1"),
        P(
            "Hội thi được tổ chức theo Thông tư 22/2019/TT-BGDĐT; lần đầu tiên giáo viên dự thi phải "
            "thiết kế bài dạy có ứng dụng công nghệ số và học liệu điện tử do chính giáo viên xây "
            "dựng."
        ),
        Img(
            "/uploads/trix/2026/11/90ce1b7f-gvdg-th.jpg",
            printed="Cô giáo Bùi Thị Ngọc, Trường TH Tùng Khê, trong tiết dạy thực hành môn Tiếng Việt",
            caption="Cô giáo Bùi Thị Ngọc, Trường TH Tùng Khê, trong tiết dạy thực hành môn Tiếng Việt",
            style="edited",
        ),
        P(
            "Hội thi diễn ra từ ngày 13/11 đến ngày 24/11/2026. Kết quả sẽ được công bố và tổng kết, "
            "trao giải vào cuối tháng 11/2026.",
            "div",
        ),
        Raw(
            'Xem thêm: <a href="/van-ban/3119" data-phx-link="redirect" data-phx-link-state="push">'
            "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học</a>"
        ),
        Raw("<em>Phạm Ngọc Ánh - Tổ Tiểu học</em>"),
    ],
    opts={
        "fmt": "trix",
        "dt": _dt("2026-11-14 09:20"),
        "poster": "anh.pn",
        "old_slug": slugify(GVDG_OLD_TITLE),
    },
)

TB_IOE = Story(
    id=415,
    slug="",
    title=(
        "Thông báo về việc tổ chức Cuộc thi Olympic Tiếng Anh trên Internet (IOE) cấp huyện năm "
        "học 2026-2027"
    ),
    cat="thong-bao",
    published_at="2026-11-09",
    authors=["Phan Văn Lượng"],
    blocks=[
        P(
            "Thực hiện Công văn số 2417/SGDĐT-GDTrH ngày 28/10/2026 của Sở GD&ĐT Phú Thọ về việc tổ "
            "chức Cuộc thi Olympic Tiếng Anh trên Internet (IOE) năm học 2026-2027, Phòng GD&ĐT "
            "huyện Cẩm Khê thông báo:"
        ),
        P(
            "1. Đối tượng: Học sinh từ lớp 3 đến lớp 9 các trường tiểu học, THCS trên địa bàn "
            "huyện; mỗi trường chọn tối đa 05 học sinh/khối lớp có kết quả tự luyện cao nhất trên "
            "hệ thống.",
            "br",
        ),
        P(
            "2. Hình thức thi: Thi trực tuyến tập trung trên website ioe.vn tại phòng máy của các "
            "điểm thi.",
            "br",
        ),
        P(
            "3. Thời gian thi cấp huyện: dự kiến từ ngày 15/12 đến ngày 19/12/2026 (lịch thi cụ thể "
            "sẽ có thông báo sau).",
            "br",
        ),
        P(
            "4. Các trường đăng ký danh sách học sinh dự thi trên hệ thống và gửi danh sách về Phòng "
            "GD&ĐT qua địa chỉ email phongtieuhoc.pgdcamkhe@gmail.com trước ngày 30/11/2026.",
            "br",
        ),
        P("Đề nghị Hiệu trưởng các trường chỉ đạo thực hiện nghiêm túc thông báo này./.", "br"),
    ],
    opts={
        "kind": "tb",
        "fmt": "trix",
        "dt": _dt("2026-11-10 15:30"),
        "poster": "vanthu.pgd",
        "so": "196/TB-PGDĐT",
        "ngay": "Cẩm Khê, ngày 09 tháng 11 năm 2026",
        "ve_viec": (
            "Về việc tổ chức Cuộc thi Olympic Tiếng Anh trên Internet (IOE) cấp huyện năm học "
            "2026-2027"
        ),
        "noi_nhan": ["Các trường TH, THCS;", "Lưu: VT."],
        "chuc_vu": ["TRƯỞNG PHÒNG"],
        "nguoi_ky": "Phan Văn Lượng",
        "attach": [("Huong dan IOE 2026-2027.pdf", "/uploads/thong-bao/415/huong-dan-ioe.pdf")],
    },
)

TIENG_ANH = Story(
    id=2336,
    slug="",
    title=(
        "Chuyên đề “Đổi mới phương pháp dạy học môn Tiếng Anh lớp 3 theo Chương trình GDPT 2018”"
    ),
    cat="chuyen-mon",
    published_at="2026-11-06T16:45:00+07:00",
    authors=["Thanh Nga"],
    source="Báo Phú Thọ",
    summary=(
        "Chiều 05/11/2026, Trường TH Thị trấn Cẩm Khê tổ chức chuyên đề cấp huyện môn Tiếng Anh "
        "lớp 3 với sự tham gia của 48 giáo viên Tiếng Anh các trường tiểu học."
    ),
    blocks=[
        P(
            "Chiều 05/11/2026, Trường TH Thị trấn Cẩm Khê tổ chức chuyên đề cấp huyện môn Tiếng Anh "
            "lớp 3 với sự tham gia của 48 giáo viên Tiếng Anh các trường tiểu học.",
            "b",
        ),
        P(
            "Tiết dạy minh họa Unit 7 “Classroom instructions” do cô giáo Vũ Thị Lan Anh thực hiện "
            "với học sinh lớp 3A. Thông qua các trò chơi, bài hát và hoạt động nhóm, học sinh được "
            "thực hành nghe - nói một cách tự nhiên, hào hứng."
        ),
        Img(
            "/uploads/trix/2026/11/a41f66d9-tieng-anh-lop3.jpg",
            printed="Học sinh lớp 3A tham gia trò chơi “Simon says” trong tiết học",
            caption="Học sinh lớp 3A tham gia trò chơi “Simon says” trong tiết học",
            style="edited",
        ),
        P(
            "Các ý kiến thảo luận thống nhất: giáo viên cần tăng thời lượng cho học sinh luyện nói, "
            "sử dụng hợp lý thiết bị dạy học số và học liệu đi kèm sách giáo khoa; hạn chế dạy ngữ "
            "pháp thuần túy ở lớp 3.",
            "div",
        ),
        P(
            "Chuyên đề là dịp để giáo viên Tiếng Anh toàn huyện chia sẻ kinh nghiệm, góp phần nâng "
            "cao chất lượng dạy học môn Tiếng Anh ở bậc tiểu học."
        ),
        Raw("<strong>Thanh Nga</strong>"),
        Raw("<em>Theo Báo Phú Thọ</em>"),
    ],
    opts={"fmt": "trix", "dt": _dt("2026-11-06 16:45"), "poster": "pgd.camkhe", "raw_br": True},
)

BONG_CHUYEN = Story(
    id=2318,
    slug="",
    title=(
        "Công đoàn ngành Giáo dục tổ chức Giải bóng chuyền hơi nữ chào mừng Ngày Phụ nữ Việt Nam "
        "20/10"
    ),
    cat="cong-doan",
    published_at="2026-10-20",
    authors=["BCH Công đoàn ngành"],
    summary=(
        "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), trong hai ngày 17 và 18/10/2026, Công đoàn ngành Giáo dục huyện Cẩm Khê tổ "
        "chức Giải bóng chuyền hơi nữ năm 2026."
    ),
    blocks=[
        P(
            "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), trong hai ngày 17 và 18/10/2026, Công đoàn ngành Giáo dục huyện Cẩm Khê tổ "
            "chức Giải bóng chuyền hơi nữ năm 2026.",
            "b",
        ),
        P(
            "Giải đấu thu hút 22 đội bóng với gần 300 vận động viên là nữ cán bộ, giáo viên, nhân "
            "viên của các trường mầm non, tiểu học và THCS trong huyện. Các đội được chia thành 4 "
            "bảng, thi đấu vòng tròn tính điểm để chọn 8 đội vào vòng tứ kết."
        ),
        Img(
            "/uploads/news/2026_10/bong-chuyen-hoi-nu.jpg",
            printed="(Các đội bóng tham gia thi đấu tại sân Trường THCS Thị trấn Cẩm Khê)",
            caption="Các đội bóng tham gia thi đấu tại sân Trường THCS Thị trấn Cẩm Khê",
        ),
        P("Kết quả chung cuộc:"),
        P("Giải Nhất: Trường THCS Thị trấn Cẩm Khê;", "mso"),
        P("Giải Nhì: Trường TH Tùng Khê;", "mso"),
        P("Đồng giải Ba: Trường MN Sơn Tình và Trường THCS Văn Bán.", "mso"),
        P("Ngoài ra, Ban tổ chức còn trao 02 giải phụ:"),
        P("- Giải Đội có phong cách thi đấu đẹp: Trường MN Hoa Sen;"),
        P("- Giải Vận động viên xuất sắc: cô giáo Nguyễn Thị Hồng Vân, Trường TH Tùng Khê."),
        P(
            "Giải đấu là hoạt động thiết thực nhằm tăng cường rèn luyện sức khỏe, tạo sân chơi bổ "
            "ích, gắn kết tình đoàn kết giữa nữ công nhân viên chức, lao động trong ngành."
        ),
        Raw('<p style="text-align: right;"><strong>BCH Công đoàn ngành</strong></p>'),
    ],
    opts={"fmt": "html", "dt": _dt("2026-10-20 00:00"), "poster": "admin", "imported": True},
)

ATGT = Story(
    id=2309,
    slug="",
    title=(
        "Hội nghị triển khai công tác bảo đảm an toàn giao thông và phòng, chống đuối nước cho học "
        "sinh năm học 2026-2027"
    ),
    cat="tin-hoat-dong",
    published_at="2026-10-15",
    authors=["Nguyễn Văn Hải"],
    summary=(
        "Ngày 14/10/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức Hội nghị triển khai công tác bảo đảm "
        "trật tự an toàn giao thông và phòng, chống đuối nước cho học sinh năm học 2026-2027."
    ),
    blocks=[
        P(
            "Ngày 14/10/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức Hội nghị triển khai công tác bảo "
            "đảm trật tự an toàn giao thông và phòng, chống đuối nước cho học sinh năm học "
            "2026-2027.",
            "b",
        ),
        P(
            "Tham dự hội nghị có đại diện Công an huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện và "
            "Hiệu trưởng các trường mầm non, tiểu học, THCS trên địa bàn."
        ),
        P(
            "Năm học 2025-2026, trên địa bàn huyện không để xảy ra tai nạn giao thông nghiêm trọng "
            "liên quan đến học sinh; tuy nhiên vẫn còn tình trạng học sinh THCS điều khiển xe đạp "
            "điện không đội mũ bảo hiểm, đi hàng ba trên đường."
        ),
        Img("/uploads/news/2026_10/hoi-nghi-atgt-2026.jpg"),
        P("Hội nghị yêu cầu các nhà trường:"),
        P(
            "1. Ký cam kết với phụ huynh về việc không giao xe cho học sinh chưa đủ tuổi điều "
            "khiển;"
        ),
        P(
            "2. Lồng ghép giáo dục an toàn giao thông, kỹ năng phòng tránh đuối nước vào các giờ "
            "sinh hoạt dưới cờ, hoạt động trải nghiệm;"
        ),
        P(
            "3. Phối hợp với chính quyền địa phương rà soát, cắm biển cảnh báo tại các ao, hồ, "
            "sông, suối nguy hiểm gần trường học."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Văn Hải</strong><br />'
            "<em>(Chuyên viên Phòng GD&amp;ĐT)</em></p>"
        ),
    ],
    opts={"fmt": "html", "dt": _dt("2026-10-15 00:00"), "poster": "admin", "imported": True},
)

THAM_HOI = Story(
    id=2355,
    slug="",
    title="Công đoàn ngành Giáo dục thăm, tặng quà đoàn viên có hoàn cảnh khó khăn",
    cat="cong-doan",
    published_at="2026-11-25T17:05:00+07:00",
    authors=["Trần Thị Mai"],
    photographers=["Lê Quang Huy"],
    blocks=[
        P(
            "Thực hiện chương trình “Tháng Công nhân - Mái ấm Công đoàn” năm 2026, chiều 24/11/2026, "
            "Ban Thường vụ Công đoàn ngành Giáo dục huyện Cẩm Khê đã đến thăm, tặng quà 12 đoàn viên "
            "có hoàn cảnh đặc biệt khó khăn, mắc bệnh hiểm nghèo."
        ),
        P(
            "Mỗi suất quà gồm tiền mặt trị giá 2.000.000 đồng và các nhu yếu phẩm, được trích từ "
            "nguồn quỹ “Tấm lòng vàng” do cán bộ, giáo viên, nhân viên toàn ngành đóng góp."
        ),
        Img(
            "/uploads/trix/2026/11/e07b5c11-tham-doan-vien-01.jpg",
            printed="Ảnh: Lê Quang Huy",
            caption=None,
            style="edited",
        ),
        P(
            "Tại các gia đình, đồng chí Chủ tịch Công đoàn ngành ân cần hỏi thăm sức khỏe, động viên "
            "các đoàn viên vượt qua khó khăn, yên tâm điều trị và sớm trở lại công tác.",
            "div",
        ),
        Img(
            "/uploads/trix/2026/11/e07b5c11-tham-doan-vien-02.jpg",
            printed="Ảnh: Lê Quang Huy",
            caption=None,
            style="edited",
        ),
        P(
            "Từ đầu năm 2026 đến nay, Công đoàn ngành đã hỗ trợ 46 lượt đoàn viên với tổng số tiền "
            "trên 150 triệu đồng.",
            "div",
        ),
        Raw("<em>Tin: Trần Thị Mai; Ảnh: Lê Quang Huy</em>"),
    ],
    opts={"fmt": "trix", "dt": _dt("2026-11-25 17:05"), "poster": "congdoan.gd"},
)

MAM_NON = Story(
    id=2302,
    slug="",
    title="Triển khai nhiệm vụ giáo dục mầm non năm học 2026-2027",
    cat="chuyen-mon",
    published_at="2026-10-09",
    blocks=[
        P(
            "Ngày 08/10/2026, Phòng GD&ĐT huyện Cẩm Khê tổ chức hội nghị triển khai nhiệm vụ giáo "
            "dục mầm non năm học 2026-2027 cho Hiệu trưởng, Phó Hiệu trưởng phụ trách chuyên môn của "
            "27 trường mầm non trong huyện."
        ),
        P("I. NHIỆM VỤ TRỌNG TÂM", "h"),
        P(
            "Tiếp tục thực hiện Chương trình Giáo dục mầm non sau sửa đổi, bổ sung; đẩy mạnh chuyên "
            "đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”;",
            "mso",
        ),
        P(
            "Nâng cao chất lượng công tác nuôi dưỡng, chăm sóc sức khỏe; 100% trẻ được theo dõi "
            "biểu đồ tăng trưởng;",
            "mso",
        ),
        P("Duy trì kết quả phổ cập giáo dục mầm non cho trẻ em 5 tuổi.", "mso"),
        P("II. MỘT SỐ CHỈ TIÊU", "h"),
        P("- Tỷ lệ huy động trẻ nhà trẻ đạt 45%, mẫu giáo đạt 99,5%;"),
        P("- Tỷ lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống dưới 5%;"),
        P("- Phấn đấu công nhận thêm 02 trường đạt chuẩn quốc gia mức độ 2."),
        P(
            "Hội nghị cũng dành thời gian để các trường thảo luận, chia sẻ kinh nghiệm tổ chức bữa "
            "ăn bán trú và xây dựng môi trường giáo dục xanh - sạch - đẹp - an toàn."
        ),
    ],
    opts={
        "fmt": "html",
        "dt": _dt("2026-10-09 00:00"),
        "poster": "admin",
        "imported": True,
        "desc": "Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026-2027.",
    },
)

STORIES: list[Story] = [
    HKPD,
    STEM,
    TB_HSG,
    KHKT,
    THAM_HOI,
    LE_2011,
    HOC_BA,
    GVDG,
    TB_IOE,
    TIENG_ANH,
    BONG_CHUYEN,
    ATGT,
    MAM_NON,
]
for _s in STORIES:
    if not _s.slug and _s.opts.get("kind") != "tb":
        _s.slug = slugify(_s.title)
STORIES.sort(key=lambda s: s.opts["dt"], reverse=True)

TIN = {s.id: s for s in STORIES if s.opts.get("kind") != "tb"}
TB = {s.id: s for s in STORIES if s.opts.get("kind") == "tb"}
#: reached only through page 2+ of a list: kept out of every other box
DEEP = {GVDG.id, ATGT.id, MAM_NON.id}
MOST_READ = [LE_2011, KHKT, HKPD, HOC_BA]


def story_path(s: Story) -> str:
    if s.opts.get("kind") == "tb":
        return f"/thong-bao/{s.id}"
    return f"/tin-tuc/{s.id}/{s.slug}"


def linked_path(s: Story) -> str:
    """The URL the boxes print: "Tin liên quan" keeps the slug of the day the box was cached."""
    if s.opts.get("old_slug"):
        return f"/tin-tuc/{s.id}/{s.opts['old_slug']}"
    return story_path(s)


def in_section(cat: str) -> list[Story]:
    return [s for s in STORIES if s.cat == cat]


# --- small helpers ------------------------------------------------------------------------------


def js(*cmds: list) -> str:
    """A LiveView JS command list as HEEx prints it in an attribute."""
    return esc(json.dumps(list(cmds), ensure_ascii=False, separators=(",", ":")))


def phx_id(seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "phx-G" + "".join(alphabet[b % 64] for b in digest[:15])


def nav_link(href: str, label: str, cls: str = "", patch: bool = False) -> str:
    kind = "patch" if patch else "redirect"
    return (
        f'<a href="{esc(href)}" data-phx-link="{kind}" data-phx-link-state="push"'
        + (f' class="{cls}"' if cls else "")
        + f">{label}</a>"
    )


def utc_iso(local: datetime) -> str:
    return (local - UTC_OFFSET).strftime("%Y-%m-%dT%H:%M:%SZ")


def vn_num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _stored(s: Story, value: str) -> str:
    """The value as the database holds it (2349 was typed on a Mac: decomposed)."""
    return unicodedata.normalize("NFD", value) if s.opts.get("nfd") else value


def tx(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def thumb(s: Story) -> str:
    d = s.opts["dt"]
    return f"/uploads/anh-dai-dien/{d:%Y/%m}/{s.id}-thumb.jpg"


# --- page chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", None),
    (
        "Giới thiệu",
        None,
        [
            ("Giới thiệu chung", "/gioi-thieu"),
            ("Cơ cấu tổ chức", "/gioi-thieu#co-cau-to-chuc"),
            ("Liên hệ", "/lien-he"),
        ],
    ),
    (
        "Tin tức",
        None,
        [
            ("Tất cả tin bài", "/tin-tuc"),
            ("Tin hoạt động", "/tin-tuc?chuyen_muc=tin-hoat-dong"),
            ("Chuyên môn - Nghiệp vụ", "/tin-tuc?chuyen_muc=chuyen-mon"),
            ("Công đoàn - Đoàn thể", "/tin-tuc?chuyen_muc=cong-doan"),
        ],
    ),
    ("Thông báo", "/tin-tuc?chuyen_muc=thong-bao", None),
    ("Văn bản", "/van-ban", None),
    ("Lịch công tác", "/lich-cong-tac", None),
    ("Thư viện", None, [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU, 1):
        if subs is None:
            items.append(
                "<li>"
                + nav_link(
                    href, label, "block px-4 py-3 text-[15px] font-semibold hover:bg-sky-700"
                )
                + "</li>"
            )
            continue
        toggle = js(
            [
                "toggle",
                {
                    "display": None,
                    "ins": [[], [], []],
                    "outs": [[], [], []],
                    "time": 200,
                    "to": f"#dd-{n}",
                },
            ]
        )
        hide = js(["hide", {"time": 200, "to": f"#dd-{n}", "transition": [[], [], []]}])
        sub = "".join(
            "<li>"
            + nav_link(h, lab, "block px-4 py-2 text-sm text-zinc-700 hover:bg-sky-50")
            + "</li>"
            for lab, h in subs
        )
        items.append(
            f'<li class="relative" phx-click-away="{hide}">'
            f'<button type="button" phx-click="{toggle}" class="flex items-center gap-1 px-4 py-3 '
            f'text-[15px] font-semibold hover:bg-sky-700">{label} '
            f'<span class="hero-chevron-down h-4 w-4"></span></button>'
            f'<ul id="dd-{n}" class="absolute left-0 top-full z-30 hidden min-w-[220px] rounded-b '
            f'bg-white py-1 shadow-lg" style="display: none;">{sub}</ul></li>'
        )
    return (
        '<nav id="menu-chinh" class="bg-sky-800 text-white">'
        '<ul class="mx-auto flex max-w-7xl flex-wrap px-4">' + "".join(items) + "</ul></nav>"
    )


def _header() -> str:
    return f"""<header class="bg-gradient-to-r from-sky-900 to-sky-700">
  <div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1 text-xs text-sky-100">
    <span><span class="hero-calendar h-3 w-3"></span> {TODAY_LINE}</span>
    <span>Đường dây nóng: 0210.3879.217 &nbsp;|&nbsp; <a href="https://www.facebook.com/pgdcamkhe" target="_blank" rel="noopener">Facebook</a></span>
  </div>
  <div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">
    <a href="/" data-phx-link="redirect" data-phx-link-state="push"><img src="/images/logo-pgd-camkhe.png" alt="Logo Phòng GD&amp;ĐT Cẩm Khê" class="h-20 w-20"></a>
    <div class="text-white">
      <p class="text-sm uppercase tracking-wide">UBND huyện Cẩm Khê</p>
      <p class="text-2xl font-extrabold uppercase leading-tight">Phòng Giáo dục và Đào tạo</p>
      <p class="text-xs italic text-sky-100">Trang thông tin điện tử - pgdcamkhe.edu.vn</p>
    </div>
    <form action="/tim-kiem" method="get" phx-submit="tim_kiem" class="ml-auto hidden md:flex" id="tim-kiem-nhanh">
      <input type="text" name="q" placeholder="Tìm kiếm tin bài..." class="w-64 rounded-l border-0 px-3 py-2 text-sm text-zinc-800" autocomplete="off" phx-debounce="400">
      <button type="submit" class="rounded-r bg-amber-500 px-3 text-white"><span class="hero-magnifying-glass h-5 w-5"></span></button>
    </form>
  </div>
</header>
{_menu()}
<div class="bg-amber-50 text-sm text-amber-900"><div class="mx-auto flex max-w-7xl gap-3 px-4 py-1.5">
  <span class="shrink-0 font-bold">Thông báo mới:</span>
  <div id="chay-chu" phx-hook="ChayChu" class="overflow-hidden whitespace-nowrap">
    {nav_link(story_path(TB_HSG), "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027")} &nbsp;&bull;&nbsp;
    {nav_link(story_path(TB_IOE), "Cuộc thi IOE cấp huyện năm học 2026-2027")}
  </div>
</div></div>"""


FLASH = f"""<div id="flash-group">
  <div id="client-error" class="fixed right-2 top-2 z-50 w-80 rounded-lg bg-rose-50 p-3 text-rose-900 shadow-md ring-1 ring-rose-500" role="alert" phx-disconnected="{js(["show", {"to": ".phx-client-error #client-error"}])}" phx-connected="{js(["hide", {"to": "#client-error"}])}" hidden>
    <p class="flex items-center gap-1.5 text-sm font-semibold leading-6"><span class="hero-exclamation-circle-mini h-4 w-4"></span> Mất kết nối mạng</p>
    <p class="mt-2 text-sm leading-5">Đang thử kết nối lại <span class="hero-arrow-path ml-1 h-3 w-3 animate-spin"></span></p>
  </div>
  <div id="server-error" class="fixed right-2 top-2 z-50 w-80 rounded-lg bg-rose-50 p-3 text-rose-900 shadow-md ring-1 ring-rose-500" role="alert" hidden>
    <p class="flex items-center gap-1.5 text-sm font-semibold leading-6"><span class="hero-exclamation-circle-mini h-4 w-4"></span> Có lỗi xảy ra!</p>
    <p class="mt-2 text-sm leading-5">Hệ thống đang gặp sự cố, vui lòng thử lại sau ít phút.</p>
  </div>
</div>"""


def _sidebar(page_seed: str) -> str:
    tb = "".join(
        f'<li class="border-b border-dotted py-2"><span class="mr-1 rounded bg-red-600 px-1 text-[10px] '
        f'font-bold text-white">MỚI</span>{nav_link(story_path(s), esc(s.title), "hover:text-sky-700")}'
        f'<p class="text-[11px] text-zinc-400">{s.opts["dt"]:%d/%m/%Y}</p></li>'
        for s in TB.values()
    )
    most = "".join(
        f'<li id="dn-{s.id}" class="flex gap-2 py-2"><span class="flex h-6 w-6 shrink-0 items-center '
        f'justify-center rounded-full bg-sky-700 text-xs font-bold text-white">{i}</span>'
        f"{nav_link(story_path(s), tx(s, s.title), 'text-sm hover:text-sky-700')}</li>"
        for i, s in enumerate(MOST_READ, 1)
    )
    main_id = phx_id(page_seed)
    child_id = phx_id(page_seed + "/doc-nhieu")
    poll_opts = "".join(
        f'<label class="flex items-center gap-2 py-0.5"><input type="radio" name="lua_chon" '
        f'value="{v}"> {lab}</label>'
        for v, lab in [
            (1, "Rất hài lòng"),
            (2, "Hài lòng"),
            (3, "Bình thường"),
            (4, "Chưa hài lòng"),
        ]
    )
    return f"""<aside class="space-y-5" id="cot-phai">
  <section class="rounded bg-white shadow-sm" id="khoi-thong-bao">
    <h3 class="rounded-t bg-red-700 px-3 py-2 text-sm font-bold uppercase text-white"><span class="hero-megaphone h-4 w-4"></span> Thông báo</h3>
    <ul class="px-3 text-sm">{tb}</ul>
  </section>
  <div id="{child_id}" data-phx-session="{opaque(page_seed + "c", 150)}" data-phx-static="{opaque(page_seed + "s", 60)}" data-phx-parent-id="{main_id}">
    <section class="rounded bg-white shadow-sm">
      <h3 class="rounded-t bg-sky-800 px-3 py-2 text-sm font-bold uppercase text-white">Đọc nhiều nhất</h3>
      <ol class="px-3">{most}</ol>
    </section>
  </div>
  <section class="rounded bg-white p-3 shadow-sm" id="khoi-video">
    <h3 class="mb-2 border-b-2 border-sky-800 pb-1 text-sm font-bold uppercase text-sky-900">Video</h3>
    <a href="/video/5" data-phx-link="redirect" data-phx-link-state="push"><img src="/uploads/video/5-poster.jpg" alt="" class="w-full rounded"></a>
    <p class="mt-1 text-sm">{nav_link("/video/5", "Phóng sự: Cẩm Khê - hành trình xây dựng trường học hạnh phúc")}</p>
  </section>
  <section class="rounded bg-white p-3 shadow-sm" id="khoi-lien-ket">
    <h3 class="mb-2 border-b-2 border-sky-800 pb-1 text-sm font-bold uppercase text-sky-900">Liên kết website</h3>
    <a href="https://phutho.edu.vn" target="_blank" rel="noopener"><img src="/images/banner/sgd-phutho.png" alt="Sở GD&amp;ĐT Phú Thọ" class="mb-2 w-full"></a>
    <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" class="mb-2 w-full"></a>
    <a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner/csdl-nganh.png" alt="CSDL ngành" class="mb-2 w-full"></a>
    <select class="w-full rounded border-zinc-300 text-sm" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Website các trường --</option>
      <option value="https://thcshienda.camkhe.edu.vn">THCS Hiền Đa</option>
      <option value="https://thttcamkhe.camkhe.edu.vn">TH Thị trấn Cẩm Khê</option>
      <option value="https://mnsontinh.camkhe.edu.vn">MN Sơn Tình</option>
    </select>
  </section>
  <section class="rounded bg-white p-3 shadow-sm" id="khoi-binh-chon">
    <h3 class="mb-2 border-b-2 border-sky-800 pb-1 text-sm font-bold uppercase text-sky-900">Thăm dò ý kiến</h3>
    <p class="text-sm font-medium">Bạn đánh giá thế nào về giao diện website mới của Phòng?</p>
    <form id="form-binh-chon" phx-submit="binh_chon" class="mt-1 text-sm">{poll_opts}
      <button type="submit" class="mt-2 rounded bg-sky-700 px-3 py-1 text-white" phx-disable-with="Đang gửi...">Bình chọn</button>
    </form>
  </section>
  <section class="rounded bg-white p-3 shadow-sm" id="bo-dem" phx-hook="BoDemTruyCap">
    <h3 class="mb-2 border-b-2 border-sky-800 pb-1 text-sm font-bold uppercase text-sky-900">Thống kê truy cập</h3>
    <table class="w-full text-sm"><tbody>
      <tr><td><span class="hero-signal h-4 w-4 text-green-600"></span> Đang online</td><td class="text-right font-semibold">27</td></tr>
      <tr><td>Hôm nay</td><td class="text-right font-semibold">1.046</td></tr>
      <tr><td>Tháng 12</td><td class="text-right font-semibold">5.877</td></tr>
      <tr><td>Tổng truy cập</td><td class="text-right font-semibold">1.283.517</td></tr>
    </tbody></table>
  </section>
</aside>"""


FOOTER = """<footer class="mt-10 bg-sky-900 text-sm text-sky-100">
  <div class="mx-auto grid max-w-7xl gap-6 px-4 py-6 md:grid-cols-3">
    <div>
      <p class="font-bold uppercase text-white">Phòng Giáo dục và Đào tạo huyện Cẩm Khê</p>
      <p>Cơ quan chủ quản: Ủy ban nhân dân huyện Cẩm Khê</p>
      <p>Địa chỉ: Khu 5, thị trấn Cẩm Khê, huyện Cẩm Khê, tỉnh Phú Thọ</p>
    </div>
    <div>
      <p>Điện thoại: 0210.3879.217 - Fax: 0210.3879.218</p>
      <p>Email: <a href="mailto:pgdcamkhe@phutho.edu.vn">pgdcamkhe@phutho.edu.vn</a></p>
      <p>Chịu trách nhiệm nội dung: Ông Phan Văn Lượng - Trưởng phòng</p>
    </div>
    <div>
      <p>© 2026 Phòng GD&amp;ĐT Cẩm Khê. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
      <p class="text-xs text-sky-300">Xây dựng và vận hành: Tổ CNTT - Trung tâm VH,TT&amp;TT huyện · Phoenix Framework</p>
    </div>
  </div>
</footer>"""


def page(
    request: Request,
    seed: str,
    title: str,
    main: str,
    *,
    head_extra: str = "",
    description: str = "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Cẩm Khê, tỉnh Phú Thọ.",
    sidebar: bool = True,
) -> Response:
    main_id = phx_id(seed)
    side = _sidebar(seed) if sidebar else ""
    grid = (
        f'<div class="grid grid-cols-1 gap-6 lg:grid-cols-3"><div class="lg:col-span-2">{main}</div>{side}</div>'
        if sidebar
        else main
    )
    body = f"""<!DOCTYPE html>
<html lang="vi" class="[scrollbar-gutter:stable]">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{opaque(seed + "csrf", 33)[:44]}">
    <title data-suffix=" · {esc(SITE)}">{title} · {esc(SITE)}</title>
    <meta name="description" content="{esc(description)}">
    {head_extra}
    <link rel="icon" href="/favicon.ico">
    <link phx-track-static rel="stylesheet" href="/assets/app-8c1f0e3b2d4a7f61.css?vsn=d">
    <script defer phx-track-static type="text/javascript" src="/assets/app-5e7d9a0b1c2f3e84.js?vsn=d"></script>
  </head>
  <body class="bg-zinc-100 antialiased">
    {_header()}
    <div id="{main_id}" data-phx-main data-phx-session="{opaque(seed, 210)}" data-phx-static="{opaque(seed + "/s", 72)}">
      {FLASH}
      <main class="mx-auto mt-4 max-w-7xl px-4">
        {grid}
      </main>
    </div>
    {FOOTER}
  </body>
</html>"""
    return html(body)


def breadcrumb(items: list[tuple[str, str | None]]) -> str:
    parts = [nav_link("/", '<span class="hero-home-mini h-4 w-4"></span> Trang chủ')]
    for label, href in items:
        parts.append(
            nav_link(href, label) if href else f'<span class="text-zinc-700">{label}</span>'
        )
    sep = '<li class="text-zinc-400">›</li>'
    return (
        '<nav aria-label="Breadcrumb" class="mb-3 text-sm text-sky-800"><ol class="flex flex-wrap '
        'items-center gap-2">' + sep.join(f"<li>{p}</li>" for p in parts) + "</ol></nav>"
    )


# --- article bodies ----------------------------------------------------------------------------


def _trix_figure(s: Story, img: Img, n: int) -> str:
    fname = img.printed.split("|")[0] if img.style.endswith("fname") else img.src.rsplit("/", 1)[1]
    attachment = {
        "contentType": "image/jpeg",
        "filename": fname,
        "filesize": 1_900_000 + 173_417 * n,
        "height": 1200,
        "url": img.src,
        "width": 1600,
    }
    attrs = {"presentation": "gallery"}
    if img.style.endswith("fname"):
        name, size = img.printed.split("|")
        cap = (
            f'<figcaption class="attachment__caption"><span class="attachment__name">{esc(name)}'
            f'</span> <span class="attachment__size">{esc(size)}</span></figcaption>'
        )
    else:
        attrs["caption"] = img.printed or ""
        cap = (
            '<figcaption class="attachment__caption attachment__caption--edited">'
            f"{tx(s, img.printed or '')}</figcaption>"
        )
    return (
        f'<figure data-trix-attachment="{esc(json.dumps(attachment, ensure_ascii=False, separators=(",", ":")))}" '
        'data-trix-content-type="image/jpeg" '
        f'data-trix-attributes="{esc(json.dumps(attrs, ensure_ascii=False, separators=(",", ":")))}" '
        'class="attachment attachment--preview attachment--jpg">'
        f'<img src="{esc(img.src)}" width="1600" height="1200">{cap}</figure>'
    )


def trix_body(s: Story) -> str:
    """Trix's HTML: runs of text inside ``<div><!--block-->``, ``<br><br>`` between them."""
    out: list[str] = []
    runs: list[str] = []
    items: list[str] = []
    quote: list[str] = []
    gallery: list[str] = []
    nfig = 0

    def close_div() -> None:
        if runs:
            out.append("<div><!--block-->" + "".join(runs) + "</div>")
            runs.clear()

    def close_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li><!--block-->{i}</li>" for i in items) + "</ul>")
            items.clear()

    def close_quote() -> None:
        if quote:
            out.append("<blockquote><!--block-->" + "".join(quote) + "</blockquote>")
            quote.clear()

    def close_gallery() -> None:
        if gallery:
            out.append(
                f'<div class="attachment-gallery attachment-gallery--{len(gallery)}">'
                f"<!--block-->{''.join(gallery)}</div>"
            )
            gallery.clear()

    def close_all() -> None:
        close_div()
        close_list()
        close_quote()
        close_gallery()

    prev_raw = False
    for b in s.blocks:
        is_raw = isinstance(b, Raw)
        if isinstance(b, P):
            t = tx(s, b.text)
            if b.style in ("", "b", "div", "br"):
                if b.style == "div":
                    close_all()
                else:
                    close_list()
                    close_quote()
                    close_gallery()
                if b.style == "b":
                    t = f"<strong>{t}</strong>"
                if runs:
                    runs.append(("<br>" if b.style == "br" else "<br><br>") + t)
                else:
                    runs.append(t)
            elif b.style == "h1":
                close_all()
                out.append(f"<h1><!--block-->{t}</h1>")
            elif b.style == "li":
                close_div()
                close_quote()
                items.append(t)
            elif b.style == "quote":
                close_all()
                quote.append(t)
            elif b.style == "quote-br":
                quote.append("<br>" + t)
            else:
                raise ValueError(b.style)
        elif isinstance(b, Img):
            nfig += 1
            fig = _trix_figure(s, b, nfig)
            if b.style.startswith("gallery"):
                close_div()
                close_list()
                close_quote()
                gallery.append(fig)
            else:
                close_all()
                out.append(f"<div><!--block-->{fig}</div>")
        else:
            close_list()
            close_quote()
            close_gallery()
            if runs:
                # a second closing line ("Theo …") sits under the first after a single <br>
                sep = "<br>" if prev_raw and s.opts.get("raw_br") else "<br><br>"
                runs.append(sep + b.html)
            else:
                runs.append(b.html)
        prev_raw = is_raw
    close_all()
    return "".join(out)


MSO_MARK = (
    '<!--[if !supportLists]--><span style="mso-list:Ignore">-<span style="font:7.0pt '
    '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>'
    "<!--[endif]-->"
)


def html_body(s: Story) -> str:
    """Old NukeViet / Word-pasted markup: justified ``<p>``, Word lists and tables."""
    out: list[str] = []
    rows: list[str] = []

    def close_table() -> None:
        if rows:
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
                'style="width:100%;border-collapse:collapse;border:none;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            rows.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "tr":
            cells = b.text.split(" | ")
            first = not rows
            tds = "".join(
                '<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt;" valign="top">'
                '<p align="center" class="MsoNormal" style="margin-bottom:0in;text-align:center;">'
                + (f"<b>{text(c)}</b>" if first else text(c))
                + "</p></td>"
                for c in cells
            )
            rows.append(f"<tr>{tds}</tr>")
            continue
        close_table()
        if isinstance(b, P):
            t = text(b.text)
            if b.style == "b":
                out.append(f'<p style="text-align: justify;"><strong>{t}</strong></p>')
            elif b.style == "h":
                out.append(
                    f'<p style="text-align: justify;"><span style="font-size:14px;"><strong>{t}'
                    "</strong></span></p>"
                )
            elif b.style == "mso":
                out.append(
                    '<p class="MsoListParagraph" style="margin-left:.5in;text-align:justify;'
                    'text-indent:-.25in;mso-list:l0 level1 lfo1">'
                    f'{MSO_MARK}<span style="font-size:14.0pt;line-height:115%">{t}</span></p>'
                )
            else:
                out.append(
                    f'<p style="text-align: justify;"><span style="font-size:14px;">{t}</span></p>'
                )
        elif isinstance(b, Img):
            out.append(
                f'<p style="text-align: center;"><img alt="{esc(b.src.rsplit("/", 1)[1][:-4])}" '
                f'height="400" src="{esc(b.src)}" width="600" /></p>'
            )
            if b.printed:
                out.append(f'<p style="text-align: center;"><em>{text(b.printed)}</em></p>')
        else:
            out.append(b.html)
    close_table()
    return "\n".join(out)


def _related(s: Story) -> str:
    others = [o for o in STORIES if o.cat == s.cat and o.id != s.id and o.id not in DEEP]
    if s.cat != "thong-bao":
        # the cached box also carries the section's pinned item (2344) under its old slug
        pinned = [GVDG] if GVDG.id != s.id and s.cat == "tin-hoat-dong" else []
        others = (others[:2] + pinned) if pinned else others[:3]
    lis = "".join(
        f"<li>{nav_link(linked_path(o), tx(o, o.title), 'hover:text-sky-700')} "
        f'<span class="text-xs text-zinc-400">({o.opts["dt"]:%d/%m/%Y})</span></li>'
        for o in others
    )
    if not lis:
        return ""
    head = "Thông báo khác" if s.cat == "thong-bao" else "Tin liên quan"
    return (
        f'<section class="mt-8" id="lien-quan-{s.id}"><h2 class="border-l-4 border-sky-700 pl-2 '
        f'font-bold uppercase text-sky-900">{head}</h2><ul class="mt-3 list-disc space-y-1 pl-5 '
        f'text-[15px]">{lis}</ul></section>'
    )


def _share(request: Request, s: Story) -> str:
    url = base_url(request) + story_path(s)
    enc = quote(url, safe="")
    copy = js(["dispatch", {"event": "pgd:sao-chep", "detail": {"url": url}}])
    return f"""<div class="mt-6 flex flex-wrap items-center gap-2 border-t pt-4 text-sm" id="cong-cu-{s.id}">
  <span class="text-zinc-500">Chia sẻ:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" rel="noopener"><img src="/images/icons/fb.png" alt="Facebook" class="h-6 w-6"></a>
  <a href="https://sp.zalo.me/share_inline?url={enc}" target="_blank" rel="noopener"><img src="/images/icons/zalo.png" alt="Zalo" class="h-6 w-6"></a>
  <button type="button" phx-click="{copy}" class="rounded border px-2 py-0.5"><span class="hero-link h-4 w-4"></span> Sao chép liên kết</button>
  <button type="button" onclick="window.print()" class="rounded border px-2 py-0.5"><span class="hero-printer h-4 w-4"></span> In bài</button>
</div>"""


def _comment_form(s: Story) -> str:
    return f"""<section id="gop-y-{s.id}" class="mt-8 rounded border border-zinc-200 bg-zinc-50 p-4">
  <h2 class="font-bold text-sky-900">Ý kiến bạn đọc</h2>
  <p class="text-xs text-zinc-500">Ý kiến của bạn sẽ được Ban biên tập kiểm duyệt trước khi hiển thị. Vui lòng gõ tiếng Việt có dấu.</p>
  <form id="form-gop-y" phx-submit="gui_y_kien" phx-change="kiem_tra_y_kien" class="mt-3 space-y-2">
    <input type="text" name="y_kien[ho_ten]" placeholder="Họ và tên (*)" class="w-full rounded border-zinc-300 text-sm">
    <input type="email" name="y_kien[email]" placeholder="Email" class="w-full rounded border-zinc-300 text-sm">
    <textarea name="y_kien[noi_dung]" rows="4" placeholder="Nội dung ý kiến (*)" class="w-full rounded border-zinc-300 text-sm"></textarea>
    <button type="submit" phx-disable-with="Đang gửi..." class="rounded bg-sky-700 px-4 py-1.5 text-sm text-white">Gửi ý kiến</button>
  </form>
</section>"""


def _time(s: Story, local: datetime, elem_id: str) -> str:
    shown = s.opts.get("relative") if elem_id.startswith("tg-dang") else None
    if shown:
        return (
            f'<time id="{elem_id}-{s.id}" datetime="{utc_iso(local)}" title="{local:%d/%m/%Y %H:%M}" '
            f'phx-hook="ThoiGianTuongDoi">{shown}</time>'
        )
    return (
        f'<time id="{elem_id}-{s.id}" datetime="{utc_iso(local)}" phx-hook="GioDiaPhuong">'
        f"{local:%d/%m/%Y %H:%M}</time>"
    )


def _meta_row(s: Story) -> str:
    bits = [
        '<span class="inline-flex items-center gap-1"><span class="hero-calendar-days h-4 w-4">'
        f"</span>{_time(s, s.opts['dt'], 'tg-dang')}</span>"
    ]
    if s.opts.get("updated"):
        bits.append(
            f'<span class="italic">(Cập nhật {_time(s, s.opts["updated"], "tg-sua")})</span>'
        )
    if s.opts.get("tacgia"):
        bits.append(
            '<span class="inline-flex items-center gap-1 font-medium text-zinc-700">'
            '<span class="hero-pencil-square h-4 w-4"></span>Tác giả: '
            f"{esc(s.opts['tacgia'])}</span>"
        )
    bits.append(
        '<span class="inline-flex items-center gap-1"><span class="hero-user-circle h-4 w-4">'
        f"</span>Người đăng: {esc(s.opts['poster'])}</span>"
    )
    bits.append(
        '<span class="inline-flex items-center gap-1"><span class="hero-eye h-4 w-4"></span>'
        f"{vn_num(s.views())} lượt xem</span>"
    )
    return (
        f'<div id="tt-bv-{s.id}" class="mt-3 flex flex-wrap items-center gap-x-5 gap-y-1 border-b '
        'border-dashed pb-3 text-[13px] text-zinc-500">' + "".join(bits) + "</div>"
    )


def _head_meta(request: Request, s: Story) -> str:
    url = base_url(request) + story_path(s)
    desc = _stored(s, s.opts.get("desc") or s.summary or s.paragraphs[0][:150])
    return (
        f'<link rel="canonical" href="{esc(url)}">\n'
        f'    <meta property="og:type" content="article">\n'
        f'    <meta property="og:title" content="{esc(_stored(s, s.title))}">\n'
        f'    <meta property="og:url" content="{esc(url)}">\n'
        f'    <meta property="og:image" content="{base_url(request)}{thumb(s)}">\n'
        f'    <meta property="article:published_time" content="{utc_iso(s.opts["dt"])}">'
    ), desc


def article_page(request: Request, s: Story) -> Response:
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = (
            f'<p id="tt-{s.id}" class="mt-4 text-[17px] font-semibold leading-relaxed text-zinc-800">'
            f"{tx(s, s.summary)}</p>"
        )
    content = trix_body(s) if s.opts["fmt"] == "trix" else html_body(s)
    cls = "trix-content" if s.opts["fmt"] == "trix" else "noi-dung-cu"
    head, desc = _head_meta(request, s)
    main = f"""{breadcrumb([("Tin tức", "/tin-tuc"), (CATS[s.cat], f"/tin-tuc?chuyen_muc={s.cat}")])}
<article id="bv-{s.id}" class="rounded bg-white p-5 shadow-sm" phx-hook="DemLuotXem" data-id="{s.id}">
  <h1 class="text-[26px] font-bold leading-snug text-sky-900">{tx(s, s.title)}</h1>
  {_meta_row(s)}
  {sapo}
  <div id="nd-{s.id}" class="{cls} prose prose-zinc mt-4 max-w-none text-justify text-[16px] leading-relaxed">
{content}
  </div>
  {_share(request, s)}
  {_related(s)}
  {_comment_form(s)}
</article>"""
    return page(request, f"bv{s.id}", tx(s, s.title), main, head_extra=head, description=desc)


def notice_page(request: Request, s: Story, tab: str) -> Response:
    o = s.opts
    noi_nhan = "".join(f"<p>- {esc(x)}</p>" for x in o["noi_nhan"])
    chuc_vu = "".join(f"<p><b>{esc(x)}</b></p>" for x in o["chuc_vu"])
    attach_rows = "".join(
        f'<tr><td class="py-1">{i}</td><td><span class="hero-paper-clip h-4 w-4"></span> {esc(n)}</td>'
        f'<td><a href="{esc(h)}" target="_blank" class="text-sky-700 underline">Tải về</a></td></tr>'
        for i, (n, h) in enumerate(o["attach"], 1)
    )
    on = "border-b-2 border-sky-700 font-semibold text-sky-800"
    off = "text-zinc-500"
    tabs = (
        '<div class="mt-4 flex gap-4 border-b text-sm" role="tablist">'
        + nav_link(f"/thong-bao/{s.id}", "Nội dung", off if tab else on, patch=True)
        + nav_link(
            f"/thong-bao/{s.id}?tab=dinh-kem",
            f"Tệp đính kèm ({len(o['attach'])})",
            on if tab else off,
            patch=True,
        )
        + "</div>"
    )
    head, _ = _head_meta(request, s)
    main = f"""{breadcrumb([("Thông báo", "/tin-tuc?chuyen_muc=thong-bao")])}
<article id="tb-{s.id}" class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-[22px] font-bold leading-snug text-red-800">{esc(s.title)}</h1>
  <div class="mt-2 text-[13px] text-zinc-500">Ngày đăng: {_time(s, o["dt"], "tg-dang")} &nbsp;|&nbsp; Người đăng: {esc(o["poster"])} &nbsp;|&nbsp; Lượt xem: {vn_num(s.views())}</div>
  {tabs}
  <div id="vb-{s.id}" class="mx-auto mt-5 max-w-3xl font-serif text-[15px] leading-relaxed">
    <table class="w-full text-center text-[14px]"><tbody>
      <tr><td class="w-2/5 align-top">UBND HUYỆN CẨM KHÊ<br><b>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</b><br>________</td>
          <td class="align-top"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b><u>Độc lập - Tự do - Hạnh phúc</u></b></td></tr>
      <tr><td class="pt-2">Số: {esc(o["so"])}</td><td class="pt-2"><i>{esc(o["ngay"])}</i></td></tr>
    </tbody></table>
    <p class="mt-5 text-center text-[16px] font-bold">THÔNG BÁO</p>
    <p class="text-center font-bold">{esc(o["ve_viec"])}</p>
    <p class="text-center">_______________</p>
    <div class="trix-content mt-4 indent-8 text-justify">{trix_body(s)}</div>
    <table class="mt-6 w-full text-[14px]"><tbody><tr>
      <td class="w-1/2 align-top text-[13px]"><p><b><i>Nơi nhận:</i></b></p>{noi_nhan}</td>
      <td class="align-top text-center">{chuc_vu}<p class="my-6 italic text-zinc-500">(Đã ký)</p><p><b>{esc(o["nguoi_ky"])}</b></p></td>
    </tr></tbody></table>
  </div>
  <div id="dk-{s.id}" class="mt-6{"" if tab else " hidden"}" role="tabpanel">
    <table class="w-full text-sm"><thead><tr class="bg-zinc-100"><th>STT</th><th>Tên tệp</th><th></th></tr></thead><tbody>{attach_rows}</tbody></table>
  </div>
  {_share(request, s)}
  {_related(s)}
</article>"""
    return page(request, f"tb{s.id}{tab}", esc(s.title), main, head_extra=head)


# --- listings ----------------------------------------------------------------------------------


def _card(s: Story) -> str:
    excerpt = s.summary or s.opts.get("desc") or s.paragraphs[0]
    if len(excerpt) > 160:
        excerpt = excerpt[:157].rsplit(" ", 1)[0] + "..."
    label = (
        f'<span class="mr-1 text-xs font-semibold text-red-700">[Số {esc(s.opts["so"])}]</span>'
        if s.opts.get("kind") == "tb"
        else ""
    )
    return f"""<div id="bai_viet-{s.id}" class="flex gap-4 py-4">
  <a href="{esc(story_path(s))}" data-phx-link="redirect" data-phx-link-state="push" class="shrink-0"><img src="{thumb(s)}" alt="" class="h-28 w-40 rounded object-cover" loading="lazy"></a>
  <div>
    <h3 class="font-semibold leading-snug text-sky-900 hover:underline">{label}{nav_link(story_path(s), tx(s, s.title))}</h3>
    <p class="mt-1 text-xs text-zinc-500"><span class="hero-clock h-3 w-3"></span> {s.opts["dt"]:%d/%m/%Y}</p>
    <p class="mt-1 line-clamp-3 text-sm text-zinc-700">{tx(s, excerpt)}</p>
  </div>
</div>"""


def listing_page(request: Request, cat: str | None, trang: int) -> Response:
    items = in_section(cat) if cat else STORIES
    size = SECTION_SIZE if cat else ALL_SIZE
    pages = max(1, -(-len(items) // size))
    trang = min(max(trang, 1), pages)
    shown = items[: trang * size]
    more = ""
    if trang < pages:
        nxt = trang + 1
        if cat:
            fallback = (
                f'<noscript><a href="?chuyen_muc={cat}&amp;trang={nxt}" class="text-sm underline">'
                f"Xem thêm (trang {nxt})</a></noscript>"
            )
        else:
            fallback = nav_link(
                f"/tin-tuc?trang={nxt}",
                f"Trang {nxt}",
                "sr-only focus:not-sr-only",
                patch=True,
            )
        more = (
            '<div class="mt-6 text-center" id="khung-xem-them">'
            f'<button type="button" phx-click="xem_them" phx-value-trang="{nxt}" '
            'phx-disable-with="Đang tải..." class="rounded-full bg-sky-700 px-6 py-2 text-sm '
            'font-semibold text-white">Xem thêm <span class="hero-chevron-double-down h-4 w-4">'
            f"</span></button>{fallback}</div>"
        )
    name = CATS[cat] if cat else "Tin tức"
    crumbs = [("Tin tức", "/tin-tuc"), (name, None)] if cat else [("Tin tức", None)]
    main = f"""{breadcrumb(crumbs)}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="border-b-2 border-sky-800 pb-2 text-xl font-bold uppercase text-sky-900">{name}</h1>
  <div id="ds-bai-viet" phx-update="stream" class="divide-y">
    {"".join(_card(s) for s in shown)}
  </div>
  {more}
  <p class="mt-3 text-right text-xs text-zinc-400">Đang hiển thị {len(shown)}/{len(items)} bài viết</p>
</section>"""
    seed = f"ds-{cat}-{trang}"
    return page(request, seed, name, main)


def home_page(request: Request) -> Response:
    featured = [LE_2011, KHKT, HKPD]
    cards = "".join(
        f'<div id="noi-bat-{i}" class="relative cursor-pointer overflow-hidden rounded" '
        f'phx-click="{js(["navigate", {"href": story_path(s), "replace": False}])}">'
        f'<img src="{thumb(s).replace("-thumb", "-lon")}" alt="" class="h-64 w-full object-cover">'
        f'<div class="absolute inset-x-0 bottom-0 bg-black/60 p-3 text-white">'
        f'<h2 class="text-lg font-bold">{tx(s, s.title)}</h2></div></div>'
        for i, s in enumerate(featured)
    )
    newest = "".join(_card(s) for s in STORIES[:5])
    cm = "".join(
        f'<li class="py-1">{nav_link(story_path(s), tx(s, s.title), "hover:text-sky-700")} '
        f'<span class="text-xs text-zinc-400">{s.opts["dt"]:%d/%m}</span></li>'
        for s in in_section("chuyen-mon")[:2]
    )
    main = f"""<section id="noi-bat" phx-hook="TrinhChieu" class="grid gap-3 md:grid-cols-3">{cards}</section>
<section class="mt-5 rounded bg-white p-5 shadow-sm">
  <h2 class="border-b-2 border-sky-800 pb-2 text-lg font-bold uppercase text-sky-900">Tin mới</h2>
  <div id="tin-moi" phx-update="stream" class="divide-y">{newest}</div>
  <p class="mt-3 text-right text-sm">{nav_link("/tin-tuc", "Xem tất cả »", "text-sky-700 hover:underline")}</p>
</section>
<section class="mt-5 rounded bg-white p-5 shadow-sm">
  <h2 class="border-b-2 border-sky-800 pb-2 text-lg font-bold uppercase text-sky-900">{nav_link("/tin-tuc?chuyen_muc=chuyen-mon", "Chuyên môn - Nghiệp vụ")}</h2>
  <ul class="mt-2 list-disc pl-5 text-[15px]">{cm}</ul>
</section>"""
    return page(request, "home", "Trang chủ", main)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        res = '<p class="text-sm text-zinc-500">Vui lòng nhập từ khóa để tìm kiếm.</p>'
    else:
        needle = unicodedata.normalize("NFC", q).lower()
        hits = [s for s in STORIES if needle in unicodedata.normalize("NFC", s.title).lower()]
        res = (
            f'<p class="text-sm">Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p>'
            + '<div class="divide-y">'
            + "".join(_card(s) for s in hits)
            + "</div>"
        )
    main = f"""{breadcrumb([("Tìm kiếm", None)])}
<section class="rounded bg-white p-5 shadow-sm"><h1 class="text-xl font-bold text-sky-900">Tìm kiếm</h1>{res}</section>"""
    return page(request, "tim-kiem", "Tìm kiếm", main)


# --- non-article pages -------------------------------------------------------------------------


def intro_page(request: Request) -> Response:
    main = f"""{breadcrumb([("Giới thiệu", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-2xl font-bold text-sky-900">Giới thiệu Phòng Giáo dục và Đào tạo huyện Cẩm Khê</h1>
  <p class="mt-1 text-xs text-zinc-400">Cập nhật: 15/09/2026</p>
  <div class="prose mt-4 max-w-none">
    <h2>1. Vị trí, chức năng</h2>
    <p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Cẩm Khê, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
    <h2>2. Nhiệm vụ, quyền hạn</h2>
    <p>Trình UBND huyện ban hành các quyết định, kế hoạch phát triển giáo dục; hướng dẫn, kiểm tra việc thực hiện nhiệm vụ năm học đối với 27 trường mầm non, 24 trường tiểu học và 16 trường THCS trên địa bàn.</p>
    <h2 id="co-cau-to-chuc">3. Cơ cấu tổ chức</h2>
    <table class="w-full text-sm"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
      <tr><td>Phan Văn Lượng</td><td>Trưởng phòng</td><td>0912.345.xxx</td></tr>
      <tr><td>Hà Thị Minh Nguyệt</td><td>Phó Trưởng phòng</td><td>0983.217.xxx</td></tr>
      <tr><td>Đinh Công Thành</td><td>Phó Trưởng phòng</td><td>0915.608.xxx</td></tr>
    </tbody></table>
  </div>
</section>"""
    return page(request, "gioi-thieu", "Giới thiệu", main)


def contact_page(request: Request) -> Response:
    main = f"""{breadcrumb([("Liên hệ", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-2xl font-bold text-sky-900">Liên hệ</h1>
  <p class="mt-3"><b>Phòng Giáo dục và Đào tạo huyện Cẩm Khê</b></p>
  <p>Địa chỉ: Khu 5, thị trấn Cẩm Khê, huyện Cẩm Khê, tỉnh Phú Thọ</p>
  <p>Điện thoại: 0210.3879.217 - Email: pgdcamkhe@phutho.edu.vn</p>
  <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3714.6!2d105.13!3d21.40" class="mt-3 h-64 w-full" loading="lazy"></iframe>
  <form id="form-lien-he" phx-submit="gui_lien_he" class="mt-4 space-y-2">
    <input type="text" name="lien_he[ho_ten]" placeholder="Họ và tên" class="w-full rounded text-sm">
    <input type="text" name="lien_he[tieu_de]" placeholder="Tiêu đề" class="w-full rounded text-sm">
    <textarea name="lien_he[noi_dung]" rows="5" placeholder="Nội dung" class="w-full rounded text-sm"></textarea>
    <button type="submit" class="rounded bg-sky-700 px-4 py-1.5 text-sm text-white">Gửi liên hệ</button>
  </form>
</section>"""
    return page(request, "lien-he", "Liên hệ", main)


CALENDAR = [
    ("Thứ Hai", "30/11", "8h00: Giao ban lãnh đạo phòng", "Phòng họp PGD"),
    ("Thứ Ba", "01/12", "Cả ngày: Kiểm tra công tác bán trú tại MN Sơn Tình", "Đ/c Nguyệt"),
    ("Thứ Tư", "02/12", "7h30: Khai mạc Hội khỏe Phù Đổng cấp huyện", "Nhà thi đấu huyện"),
    ("Thứ Năm", "03/12", "14h00: Họp Hội đồng thi đua ngành", "Đ/c Lượng"),
    ("Thứ Sáu", "04/12", "15h30: Bế mạc Hội khỏe Phù Đổng cấp huyện", "Nhà thi đấu huyện"),
    ("Thứ Bảy", "05/12", "Trực cơ quan", "Tổ Văn phòng"),
]


def calendar_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="py-2 font-semibold">{d}<br><span class="text-xs">{dm}/2026</span>'
        f"</td><td>{esc(w)}</td><td>{esc(p)}</td></tr>"
        for d, dm, w, p in CALENDAR
    )
    main = f"""{breadcrumb([("Lịch công tác", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-xl font-bold uppercase text-sky-900">Lịch công tác tuần 49 (30/11/2026 - 06/12/2026)</h1>
  <div class="my-3 flex gap-2">
    <button type="button" phx-click="tuan_truoc" class="rounded border px-3 py-1 text-sm">« Tuần trước</button>
    <button type="button" phx-click="tuan_sau" class="rounded border px-3 py-1 text-sm">Tuần sau »</button>
  </div>
  <table class="w-full text-sm"><thead><tr class="bg-sky-800 text-white"><th>Ngày</th><th>Nội dung công việc</th><th>Địa điểm / Chủ trì</th></tr></thead><tbody>{rows}</tbody></table>
</section>"""
    return page(request, "lich-cong-tac", "Lịch công tác", main)


DOCS = {
    3127: (
        "1988/PGDĐT-CM",
        "18/10/2026",
        "Công văn",
        "Hướng dẫn tổ chức các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Hà Thị Minh Nguyệt",
        "/uploads/van-ban/2026/10/1988-pgddt-cm.pdf",
    ),
    3119: (
        "1961/KH-PGDĐT",
        "05/10/2026",
        "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        "Phan Văn Lượng",
        "/uploads/van-ban/2026/10/1961-kh-pgddt.pdf",
    ),
}


def docs_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="border-b"><td class="py-2">{nav_link(f"/van-ban/{i}", esc(d[0]), "text-sky-700")}</td>'
        f"<td>{d[1]}</td><td>{esc(d[3])}</td>"
        f'<td><a href="{d[5]}" target="_blank"><span class="hero-arrow-down-tray h-4 w-4"></span></a></td></tr>'
        for i, d in DOCS.items()
    )
    rows += (
        '<tr class="border-b"><td class="py-2">1925/PGDĐT-VP</td><td>22/09/2026</td>'
        "<td>V/v thực hiện chế độ báo cáo thống kê đầu năm học 2026-2027</td>"
        '<td><a href="/uploads/van-ban/2026/09/1925-pgddt-vp.pdf" target="_blank">'
        '<span class="hero-arrow-down-tray h-4 w-4"></span></a></td></tr>'
    )
    main = f"""{breadcrumb([("Văn bản", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-xl font-bold uppercase text-sky-900">Văn bản chỉ đạo, điều hành</h1>
  <table class="mt-3 w-full text-sm"><thead><tr class="bg-zinc-100"><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>
</section>"""
    return page(request, "van-ban", "Văn bản", main)


def doc_page(request: Request, doc_id: int) -> Response:
    so, ngay, loai, trich_yeu, ky, pdf = DOCS[doc_id]
    main = f"""{breadcrumb([("Văn bản", "/van-ban"), (esc(so), None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-xl font-bold text-sky-900">{esc(trich_yeu)}</h1>
  <table class="mt-4 w-full text-sm"><tbody>
    <tr class="border-b"><td class="w-40 py-2 font-semibold">Số ký hiệu</td><td>{esc(so)}</td></tr>
    <tr class="border-b"><td class="py-2 font-semibold">Ngày ban hành</td><td>{ngay}</td></tr>
    <tr class="border-b"><td class="py-2 font-semibold">Loại văn bản</td><td>{loai}</td></tr>
    <tr class="border-b"><td class="py-2 font-semibold">Cơ quan ban hành</td><td>Phòng GD&amp;ĐT Cẩm Khê</td></tr>
    <tr class="border-b"><td class="py-2 font-semibold">Người ký</td><td>{esc(ky)}</td></tr>
    <tr class="border-b"><td class="py-2 font-semibold">Trích yếu</td><td>{esc(trich_yeu)}</td></tr>
    <tr><td class="py-2 font-semibold">Tệp đính kèm</td><td><a href="{pdf}" target="_blank" class="text-sky-700 underline">{pdf.rsplit("/", 1)[1]}</a></td></tr>
  </tbody></table>
  <iframe src="{pdf}" class="mt-4 h-[600px] w-full"></iframe>
</section>"""
    return page(request, f"vb{doc_id}", esc(trich_yeu), main)


ALBUM = [
    "Quang cảnh buổi Lễ kỷ niệm",
    "Văn nghệ chào mừng của giáo viên Trường MN Hoa Sen",
    "Lãnh đạo huyện tặng hoa chúc mừng ngành Giáo dục",
    "Trao Giấy khen cho các tập thể tiêu biểu",
    "Trao Giấy khen cho các nhà giáo tiêu biểu",
    "Các đại biểu chụp ảnh lưu niệm",
]


def albums_page(request: Request) -> Response:
    main = f"""{breadcrumb([("Thư viện ảnh", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-xl font-bold uppercase text-sky-900">Thư viện ảnh</h1>
  <div class="mt-3 grid grid-cols-2 gap-4">
    <div><a href="/thu-vien-anh/12" data-phx-link="redirect" data-phx-link-state="push"><img src="/uploads/album/12/bia.jpg" alt="" class="rounded"></a>
    <p class="mt-1 text-sm font-semibold">{nav_link("/thu-vien-anh/12", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026")}</p><p class="text-xs text-zinc-400">6 ảnh</p></div>
  </div>
</section>"""
    return page(request, "thu-vien-anh", "Thư viện ảnh", main)


def album_page(request: Request) -> Response:
    figs = "".join(
        f'<figure class="rounded bg-zinc-50 p-1"><img src="/uploads/album/12/anh-{i:02d}.jpg" alt="" '
        f'class="w-full rounded"><figcaption class="mt-1 text-center text-xs">{esc(c)}</figcaption></figure>'
        for i, c in enumerate(ALBUM, 1)
    )
    main = f"""{breadcrumb([("Thư viện ảnh", "/thu-vien-anh"), ("Album", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-2xl font-bold text-sky-900">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026</h1>
  <p class="mt-1 text-[13px] text-zinc-500"><span class="hero-photo h-4 w-4"></span> Album ảnh · <time datetime="2026-11-20T03:00:00Z">20/11/2026 10:00</time> · 6 ảnh</p>
  <p class="mt-3 text-[15px]">Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam do Phòng GD&amp;ĐT phối hợp với Công đoàn ngành Giáo dục huyện tổ chức sáng 19/11/2026 tại Hội trường UBND huyện.</p>
  <div id="luoi-anh" phx-hook="XemAnh" class="mt-4 grid grid-cols-2 gap-3 md:grid-cols-3">{figs}</div>
</section>"""
    return page(request, "album12", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026", main)


def videos_page(request: Request) -> Response:
    main = f"""{breadcrumb([("Video", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-xl font-bold uppercase text-sky-900">Video</h1>
  <div class="mt-3"><a href="/video/5" data-phx-link="redirect" data-phx-link-state="push"><img src="/uploads/video/5-poster.jpg" alt="" class="w-80 rounded"></a>
  <p class="mt-1 font-semibold">{nav_link("/video/5", "Phóng sự: Cẩm Khê - hành trình xây dựng trường học hạnh phúc")}</p></div>
</section>"""
    return page(request, "video", "Video", main)


def video_page(request: Request) -> Response:
    main = f"""{breadcrumb([("Video", "/video"), ("Phóng sự", None)])}
<section class="rounded bg-white p-5 shadow-sm">
  <h1 class="text-2xl font-bold text-sky-900">Phóng sự: Cẩm Khê - hành trình xây dựng trường học hạnh phúc</h1>
  <p class="mt-1 text-[13px] text-zinc-500"><span class="hero-video-camera h-4 w-4"></span> <time datetime="2026-11-12T02:30:00Z">12/11/2026 09:30</time> · 318 lượt xem</p>
  <div class="mt-4 aspect-video"><iframe src="https://www.youtube.com/embed/q7HkR2vZp0M" title="YouTube video player" class="h-full w-full" allowfullscreen></iframe></div>
  <p class="mt-3 text-[15px]">Phóng sự ghi lại những đổi thay tại các trường học trên địa bàn huyện Cẩm Khê sau ba năm triển khai mô hình “Trường học hạnh phúc”: giáo viên được lắng nghe, học sinh được yêu thương, an toàn và tôn trọng.</p>
  <p class="mt-2 text-right text-sm italic">Nguồn: Trung tâm VH,TT&amp;TT huyện Cẩm Khê</p>
</section>"""
    return page(
        request, "video5", "Phóng sự: Cẩm Khê - hành trình xây dựng trường học hạnh phúc", main
    )


# --- the site ----------------------------------------------------------------------------------

_ID_SLUG = re.compile(r"^/tin-tuc/(\d+)(?:/([a-z0-9-]+))?$")
_TB = re.compile(r"^/thong-bao/(\d+)$")
_DOC = re.compile(r"^/van-ban/(\d+)$")


def _int(value: str | None, default: int = 1) -> int:
    try:
        return int(value or default)
    except ValueError:
        return default


class PhoenixSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        if path.startswith(("/assets/", "/images/", "/uploads/")) or path == "/favicon.ico":
            return self._static(path)
        params = request.params
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            cat = params.get("chuyen_muc") or None
            if cat is not None and cat not in CATS:
                return None
            return listing_page(request, cat, _int(params.get("trang")))
        m = _ID_SLUG.match(path)
        if m:
            s = TIN.get(int(m.group(1)))
            if s is None:
                return None
            if m.group(2) is None:
                return redirect(story_path(s), 301)
            return article_page(request, s)
        if path == "/thong-bao":
            return redirect("/tin-tuc?chuyen_muc=thong-bao", 302)
        m = _TB.match(path)
        if m:
            s = TB.get(int(m.group(1)))
            if s is None:
                return None
            return notice_page(request, s, "dinh-kem" if params.get("tab") == "dinh-kem" else "")
        m = _DOC.match(path)
        if m:
            return doc_page(request, int(m.group(1))) if int(m.group(1)) in DOCS else None
        simple = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/lich-cong-tac": calendar_page,
            "/van-ban": docs_page,
            "/thu-vien-anh": albums_page,
            "/thu-vien-anh/12": album_page,
            "/video": videos_page,
            "/video/5": video_page,
            "/tim-kiem": search_page,
        }
        handler = simple.get(path)
        return handler(request) if handler else None

    @staticmethod
    def _static(path: str) -> Response | None:
        lower = path.lower()
        if lower.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if lower.endswith(".xlsx"):
            ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            return Response(200, b"PK\x03\x04placeholder", {"Content-Type": ctype})
        return static_file(path)


def build_site() -> PhoenixSite:
    return PhoenixSite()


# --- gold --------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = story_path(s)
    alts: list[str] = []
    if s.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{s.id}/{s.opts['old_slug']}")
    if s.opts.get("kind") == "tb":
        alts.append(f"{path}?tab=dinh-kem")
    return gold_record(s, path, CATS[s.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    "/van-ban/3119",
    "/van-ban/3127",
    "/thu-vien-anh/12",
    "/video/5",
]
