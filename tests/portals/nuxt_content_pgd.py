"""Phòng Giáo dục và Đào tạo thị xã Sơn Tây (Hà Nội): a Nuxt 3 + Nuxt Content v2 + Nuxt UI site.

Platform
--------
The district's IT teacher built the site with Nuxt 3 (server-side rendering, payload), Nuxt
Content v2 (every post is a Markdown file under ``content/2.tin-tuc/2026/`` or
``content/3.thong-bao/``, rendered by ``<ContentRenderer>`` into a Tailwind ``prose`` block),
Nuxt UI (UCard, UBadge, UBreadcrumb, UPagination) and Nuxt Image (IPX, ``/_ipx/<modifiers>/…``).
The HTML is what Vue's SSR prints: ``<div id="__nuxt">``, fragment comments ``<!--[-->`` /
``<!--]-->`` / ``<!---->``, utility classes, and at the end the page's data as a devalue array
in ``<script type="application/json" id="__NUXT_DATA__">``; every page also links its payload
file ``<route>/_payload.json?<buildId>`` with ``<link rel="preload" as="fetch">``.

URL scheme
----------
- ``/``                                home: latest four news, the three notices, sidebar
- ``/tin-tuc`` and ``/tin-tuc?page=N`` news list, four a page (client paging, server fallback)
- ``/tin-tuc/<yyyy>/<slug>``           news post (``/tin-tuc/<yyyy>/<slug>/`` serves it too)
- ``/thong-bao`` and ``/thong-bao/<slug>`` notices (the same, with a trailing slash as well)
- ``/gioi-thieu``, ``/gioi-thieu/lanh-dao``, ``/lien-he``, ``/thu-vien-anh/<slug>``,
  ``/van-ban/<slug>``                  non-articles
- ``<route>/_payload.json?<buildId>`` the route's data as JSON (``/_payload.json`` for ``/``)
- ``/_nuxt/*``, ``/_ipx/*``, ``/anh/*``  scripts, styles, images

Templates
---------
home, news list, notice list, post (news and notice share it), content page (intro, leaders,
contact: the same ContentRenderer card as a post, without date), album, document entry, the
Nuxt error page (404, full layout).

How each gold article is reached
--------------------------------
The home page and ``/tin-tuc`` (page 1) list the four newest news posts; the six older ones are
on ``/tin-tuc?page=2`` (four) and ``?page=3`` (two), reachable only through the server fallback
of the pager (``<link rel="next">`` in the head and the ``<noscript>`` links under the pager:
UPagination itself prints ``<button>`` elements without any address). One older post
(``hoi-thi-giao-vien-chu-nhiem-gioi-cap-thcs``, with a trailing slash) is also linked from the text of the 20/11 post. The
three notices are on the home page and ``/thong-bao``. The most-read sidebar repeats a few.

Traps
-----
1. ``<time datetime>`` in UTC: Nuxt Content turns a front-matter ``date: 2026-12-01`` into
   ``2026-12-01T00:00:00.000Z``; the page prints "01/12/2026". Gold: the day alone
   ("2026-12-01"), not 07:00 +07:00. A dated-and-timed post prints "15:30 · 03/12/2026" with
   ``datetime="2026-12-03T08:30:00.000Z"``: gold "2026-12-03T15:30:00+07:00".
2. The day of the attribute is not the printed day: the school-meal inspection post was posted at
   06:45 on 02/11 (printed "06:45 · 02/11/2026"), its attribute reads
   ``2026-11-01T23:45:00.000Z``. Gold "2026-11-02T06:45:00+07:00" (a reader taking the
   attribute's date part gets the 1st).
3. Client paging: the pager is a row of ``<button>``s with no href; pages 2 and 3 of ``/tin-tuc``
   exist only as ``<link rel="next"/"prev">`` and ``<noscript>`` links. Six gold posts are only
   there. ``/tin-tuc?page=1`` is the same list as ``/tin-tuc`` (the noscript pager links it).
4. The Nuxt payload: each page carries its data twice, rendered and as the ``__NUXT_DATA__``
   devalue array (the whole article text, its paths, a draft's path), and links
   ``<route>/_payload.json?<buildId>`` (``application/json``). The JSON files are neither
   articles nor alternative addresses of one; the draft path listed in the news payload
   (``/tin-tuc/2026/du-thao-ke-hoach-thi-dua-hoc-ky-2``) answers 404.
5. Breadcrumb built from the route's segments: "Trang chủ › Tin tức › 2026 › <title>". The
   "2026" crumb links ``/tin-tuc/2026``, which has no page (Nuxt's error page, status 404).
   Gold category "Tin tức" (the section), never "2026".
6. Heading anchors and a table of contents: Nuxt Content prints ``<h2 id="…"><a href="#…">1.
   Mục đích</a></h2>``, and the template puts a "Nội dung bài viết" box listing the same
   headings as links inside the card, between the title and the text. Gold: each heading once,
   as a body paragraph; the box is not body.
7. Markdown soft line breaks: the teacher wraps long lines in the .md file, so a ``<p>`` holds
   raw newlines: one paragraph, the newline read as a space. A line ended with two spaces is a
   ``<br>`` and splits the paragraph in two (house convention).
8. Images through IPX: ``src="/_ipx/w_800&amp;q_80/anh/…jpg"`` with a ``srcset`` 2x variant
   (``w_1600``), ``alt`` a file stem ("ky-niem-20-11-1"); the caption is the italic paragraph
   the Markdown puts after the image (``<p><em>…</em></p>``). Gold image path: the ``src`` as
   printed (unescaped); caption the italic line; "*Ảnh: Trần Minh Đức*" alone is a credit
   (caption None, photographer). The italic lines are not body.
9. Every listing card links its post three times: the thumbnail to ``…/<slug>/`` (trailing
   slash, served 200 with the same page and a canonical without the slash), the title and
   "Đọc tiếp →" to ``…/<slug>``. Gold path without the slash, the slash form in alt_paths.
10. MDC components inside the text: a ``::callout`` box ("Lưu ý: …") printed as a tinted
    ``<div>`` in the prose is the article's own text (body); a ``::callout`` on the intro page
    is not an article at all.
11. GFM footnotes: ``<sup><a href="#user-content-fn-1" data-footnote-ref>1</a></sup>`` after a
    sentence and a ``<section data-footnotes>`` with an ``sr-only`` heading "Footnotes" and "↩"
    back links. Gold: the superscript number is not text, the notes' entries are body (as the
    house keeps "Chú thích" entries), the hidden English label and the arrows are not.
12. ``<ClientOnly>`` placeholders: "Đang tải bài viết cùng chuyên mục…" and the view counter's
    "Đang tải…" are printed in the post template after the text. Not body.
13. Bylines: the card header prints "Người đăng: quantri-st" (the CMS account: nobody); the
    author signs in the text as a right-aligned bold paragraph (MDC ``{style="text-align:
    right"}``): "Tin, ảnh: Nguyễn Thị Thu Hà" -> author and photographer. A notice is signed by
    its unit alone ("Tổ Văn phòng"), the official letter by its signer.
14. "Cập nhật lần cuối: …" (Nuxt Content's file mtime) under the text, later than the post.
15. The intro, leaders and contact pages are rendered by the same ContentRenderer card (h1,
    table of contents, prose, "Cập nhật lần cuối") as a post: non-articles.
16. An official notice written in Markdown: the letterhead as a two-column table, "Số:",
    "Sơn Tây, ngày 30 tháng 11 năm 2026", "THÔNG BÁO" / "Về việc …", then "Nơi nhận" and the
    signer; it went online on 01/12 (the ``<time>`` says so). House convention: date the
    letterhead's day ("2026-11-30"), author the signer.

Gold decisions on ambiguous points
----------------------------------
- Category: the breadcrumb's section, "Tin tức" for news and "Thông báo" for notices (the UBadge
  prints the same word); the year crumb and the tags ("#STEM", "#Chuyển đổi số") are not
  categories.
- ``summary``: the front-matter ``description`` printed as a grey lead ``<p>`` under the h1 (three
  posts) is the sapo and the body's first paragraph; when it is not printed, the meta description
  (Nuxt Content's first paragraph) is no sapo: null. One post opens with a bold paragraph: sapo.
- The notice with the typed emoji keeps "📢 " in its title as printed.
- Payload JSON files, the 404 year page and the draft path are not pages of the gold at all.
- Attachment lines ("Tệp đính kèm: …pdf") and the "Nguồn:" line are not body; "Nguồn: X" is
  the source.
"""

from __future__ import annotations

import json
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nuxt_content_pgd"
PLATFORM = "Nuxt 3 + Nuxt Content v2 + Nuxt UI (SSR with payload)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo thị xã Sơn Tây"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
BUILD_ID = "7c1e04b2-93f5-4d7a-a0d6-5b8e21f3c9aa"
PER_PAGE = 4
DRAFT_PATH = "/tin-tuc/2026/du-thao-ke-hoach-thi-dua-hoc-ky-2"


def ipx(path: str, width: int = 800) -> str:
    return f"/_ipx/w_{width}&q_80{path}"


def byline(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


# --- the stories ------------------------------------------------------------------------------

NEWS: list[Story] = [
    Story(
        1,
        "tong-ket-hoi-giang-giao-vien-day-gioi-cap-thi-xa",
        "Tổng kết Hội giảng giáo viên dạy giỏi cấp thị xã năm học 2026 – 2027",
        "Tin tức",
        "2026-12-03T15:30:00+07:00",
        [
            P("1. Kết quả chung", "h2"),
            P(
                "Sau ba tuần tổ chức tại 12 điểm trường, Hội giảng đã có 86 giáo viên tham gia\n"
                "với 172 tiết dạy ở các môn học và hoạt động giáo dục."
            ),
            Img(ipx("/anh/2026/12/hoi-giang-1.jpg"), "Đồng chí Trưởng phòng phát biểu tại hội nghị",
                "Đồng chí Trưởng phòng phát biểu tại hội nghị"),
            P(
                "Ban Tổ chức đã công nhận 41 giáo viên dạy giỏi cấp thị xã, trong đó có 9 giáo viên\n"
                "đạt kết quả xuất sắc được đề nghị tham dự Hội thi cấp thành phố."
            ),
            P("2. Những điểm nổi bật", "h2"),
            P("Nhiều tiết dạy vận dụng hiệu quả phương pháp dạy học theo dự án.", "li"),
            P("Giáo viên khai thác tốt học liệu số và phần mềm mô phỏng.", "li"),
            P("Học sinh được tổ chức hoạt động nhóm, trình bày sản phẩm trước lớp.", "li"),
            Img(ipx("/anh/2026/12/hoi-giang-2.jpg"), "Các giáo viên đạt giải xuất sắc nhận giấy khen",
                "Các giáo viên đạt giải xuất sắc nhận giấy khen"),
            P(
                "Phát biểu bế mạc, đồng chí Nguyễn Văn Thắng, Trưởng phòng GD&ĐT, đề nghị các nhà trường "
                "tiếp tục nhân rộng những tiết dạy tốt qua sinh hoạt chuyên môn theo nghiên cứu bài học."
            ),
            byline("Tin, ảnh: Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        summary=(
            "Chiều 03/12, Phòng GD&ĐT thị xã Sơn Tây tổ chức hội nghị tổng kết Hội giảng giáo viên "
            "dạy giỏi cấp thị xã năm học 2026 – 2027 dành cho giáo viên Tiểu học và THCS."
        ),
        sapo_outside=True,
        opts={"updated": "04/12/2026 09:12", "tags": ["Hội giảng", "Chuyên môn"]},
    ),
    Story(
        2,
        "chuyen-de-day-hoc-phat-trien-nang-luc-doc-cap-tieu-hoc",
        "Chuyên đề “Dạy học phát triển năng lực đọc” cấp Tiểu học",
        "Tin tức",
        "2026-12-01",
        [
            P(
                "Ngày 01/12, tại Trường Tiểu học Quang Trung, Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát "
                "triển năng lực đọc cho học sinh lớp 4, lớp 5” với sự tham dự của 120 cán bộ quản lý và giáo viên."
            ),
            P("Hai tiết dạy minh họa do cô giáo Phạm Thu Trang và cô giáo Lê Hồng Nhung thực hiện.", "brjoin"),
            P("Sau tiết dạy, các đại biểu thảo luận về cách tổ chức hoạt động đọc mở rộng."),
            Img(ipx("/anh/2026/12/chuyen-de-doc-1.jpg"), "Ảnh: Trần Minh Đức", None),
            P(
                "Chuyên đề giúp giáo viên thống nhất quy trình hướng dẫn học sinh đọc hiểu văn bản\n"
                "văn học và văn bản thông tin theo Chương trình giáo dục phổ thông 2018."
            ),
            byline("Phòng GD&ĐT thị xã Sơn Tây"),
        ],
        authors=["Phòng GD&ĐT thị xã Sơn Tây"],
        photographers=["Trần Minh Đức"],
        opts={"updated": "02/12/2026 16:40", "tags": ["Tiểu học"]},
    ),
    Story(
        3,
        "hoc-sinh-son-tay-gianh-5-giai-hoi-thi-tin-hoc-tre",
        "Học sinh Sơn Tây giành 5 giải tại Hội thi Tin học trẻ thành phố Hà Nội",
        "Tin tức",
        "2026-11-28T10:00:00+07:00",
        [
            P(
                "Tại Hội thi Tin học trẻ thành phố Hà Nội lần thứ XXXI, đoàn học sinh thị xã Sơn Tây "
                "đã giành 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích.",
                "bold",
            ),
            P("Danh sách học sinh đạt giải", "h3"),
            P("Học sinh | Trường | Giải", "th"),
            P("Nguyễn Minh Khôi | THCS Sơn Lộc | Nhì", "tr"),
            P("Đỗ Phương Linh | THCS Ngô Quyền | Ba", "tr"),
            P("Kiều Tuấn Anh | Tiểu học Lê Lợi | Ba", "tr"),
            P("Phùng Gia Bảo | THCS Xuân Khanh | Khuyến khích", "tr"),
            P("Hà Thảo Vy | Tiểu học Trung Hưng | Khuyến khích", "tr"),
            Img(ipx("/anh/2026/11/tin-hoc-tre-1.jpg"), "Đoàn học sinh thị xã Sơn Tây tại lễ trao giải",
                "Đoàn học sinh thị xã Sơn Tây tại lễ trao giải"),
            P(
                "Thành tích trên là kết quả của quá trình bồi dưỡng kiên trì của các thầy cô giáo\n"
                "và sự say mê lập trình của các em học sinh."
            ),
            byline("Kiều Văn Nam"),
        ],
        authors=["Kiều Văn Nam"],
        summary=(
            "Tại Hội thi Tin học trẻ thành phố Hà Nội lần thứ XXXI, đoàn học sinh thị xã Sơn Tây "
            "đã giành 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích."
        ),
        opts={"updated": "28/11/2026 10:05", "tags": ["Tin học", "STEM"]},
    ),
    Story(
        4,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "Tin tức",
        "2026-11-20",
        [
            P(
                "Sáng 20/11, Phòng GD&ĐT thị xã Sơn Tây long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026)."
            ),
            P(
                "Dịp này, 35 nhà giáo được tặng Giấy khen vì có thành tích xuất sắc trong phong trào thi đua "
                "“Dạy tốt – Học tốt”, trong đó có các thầy cô đoạt giải tại Hội thi giáo viên chủ nhiệm lớp giỏi.",
                "a|/tin-tuc/2026/hoi-thi-giao-vien-chu-nhiem-gioi-cap-thcs/|Hội thi giáo viên chủ nhiệm lớp giỏi",
            ),
            Img(ipx("/anh/2026/11/ky-niem-20-11-1.jpg"), "Lãnh đạo thị xã tặng hoa chúc mừng các nhà giáo",
                "Lãnh đạo thị xã tặng hoa chúc mừng các nhà giáo"),
            Img(ipx("/anh/2026/11/ky-niem-20-11-2.jpg"), "Tiết mục văn nghệ chào mừng của học sinh",
                "Tiết mục văn nghệ chào mừng của học sinh"),
            P(
                "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo”, đồng chí "
                "Phó Chủ tịch UBND thị xã nhấn mạnh.",
                "quote",
            ),
            byline("Tin: Lê Thị Hằng - Ảnh: Đinh Quang Huy"),
        ],
        authors=["Lê Thị Hằng"],
        photographers=["Đinh Quang Huy"],
        opts={"updated": "21/11/2026 08:00", "tags": ["20/11"]},
    ),
    Story(
        5,
        "tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc",
        "Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho giáo viên THCS",
        "Tin tức",
        "2026-11-14T08:15:00+07:00",
        [
            P("Mục tiêu", "h2"),
            P(
                "Lớp tập huấn giúp giáo viên sử dụng các công cụ trí tuệ nhân tạo để thiết kế bài giảng,\n"
                "xây dựng ngân hàng câu hỏi và hỗ trợ đánh giá học sinh một cách an toàn, có trách nhiệm."
            ),
            P("Nội dung", "h2"),
            P("Giới thiệu các công cụ AI tạo sinh và nguyên tắc sử dụng trong nhà trường.", "ol"),
            P("Thực hành soạn kế hoạch bài dạy có hỗ trợ của AI.", "ol"),
            P("Bảo vệ dữ liệu cá nhân của học sinh khi sử dụng công cụ trực tuyến.", "ol"),
            P(
                "Lưu ý: giáo viên mang theo máy tính xách tay đã cài đặt trình duyệt Chrome hoặc Edge "
                "phiên bản mới nhất.",
                "callout",
            ),
            Img(ipx("/anh/2026/11/tap-huan-ai-1.jpg"), "Giáo viên thực hành trên máy tính",
                "Giáo viên thực hành trên máy tính"),
            byline("ThS. Bùi Đức Long - Chuyên viên Phòng GD&ĐT"),
        ],
        authors=["Bùi Đức Long"],
        summary=(
            "Trong hai ngày 14 và 15/11, gần 200 giáo viên THCS trên địa bàn thị xã tham gia lớp tập huấn "
            "ứng dụng trí tuệ nhân tạo trong dạy học."
        ),
        sapo_outside=True,
        opts={"updated": "16/11/2026 07:30", "tags": ["Chuyển đổi số", "AI"]},
    ),
    Story(
        6,
        "khai-mac-giai-bong-da-mini-hoc-sinh-thcs",
        "Khai mạc Giải bóng đá mini học sinh THCS thị xã Sơn Tây",
        "Tin tức",
        "2026-11-08",
        [
            P(
                "Chiều 08/11, tại sân vận động thị xã, Giải bóng đá mini học sinh THCS năm học 2026 – 2027 "
                "đã chính thức khai mạc với sự tham gia của 15 đội bóng nam và 9 đội bóng nữ."
            ),
            Img(ipx("/anh/2026/11/bong-da-mini-1.jpg"), "Trận đấu khai mạc giữa THCS Sơn Lộc và THCS Viên Sơn",
                "Trận đấu khai mạc giữa THCS Sơn Lộc và THCS Viên Sơn"),
            P("Giải đấu diễn ra đến hết ngày 22/11 theo thể thức vòng tròn tính điểm.", "brjoin"),
            P("Các trận chung kết được tổ chức vào sáng Chủ nhật 22/11."),
            byline("Tin, ảnh: Phùng Văn Tuấn"),
        ],
        authors=["Phùng Văn Tuấn"],
        photographers=["Phùng Văn Tuấn"],
        opts={"updated": "09/11/2026 20:15", "tags": ["Thể thao"]},
    ),
    Story(
        7,
        "kiem-tra-cong-tac-ban-tru-tai-cac-truong-mam-non",
        "Kiểm tra công tác bán trú và an toàn thực phẩm tại các trường mầm non",
        "Tin tức",
        "2026-11-02T06:45:00+07:00",
        [
            P(
                "Từ ngày 02 đến ngày 06/11, đoàn kiểm tra liên ngành của thị xã tiến hành kiểm tra công tác "
                "bán trú tại 18 trường mầm non công lập và 6 nhóm lớp độc lập tư thục."
            ),
            P(
                "Đoàn tập trung kiểm tra hồ sơ nguồn gốc thực phẩm, quy trình bếp một chiều,\n"
                "việc lưu mẫu thức ăn và điều kiện vệ sinh của nhân viên nấu ăn."
            ),
            Img(ipx("/anh/2026/11/ban-tru-1.jpg"), "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Hoa Sen",
                "Đoàn kiểm tra làm việc tại bếp ăn Trường Mầm non Hoa Sen"),
            P(
                "Qua kiểm tra, các trường cơ bản thực hiện tốt quy định; đoàn đề nghị hai cơ sở bổ sung "
                "sổ kiểm thực ba bước trước ngày 15/11."
            ),
            byline("Tổ Mầm non"),
        ],
        authors=["Tổ Mầm non"],
        opts={"updated": "07/11/2026 11:20", "tags": ["Mầm non"]},
    ),
    Story(
        8,
        "hoi-thi-giao-vien-chu-nhiem-gioi-cap-thcs",
        "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS",
        "Tin tức",
        "2026-10-27",
        [
            P(
                "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 – 2027 diễn ra từ ngày 20 đến "
                "ngày 27/10 với 28 giáo viên dự thi.",
                "fnref",
            ),
            P(
                "Mỗi giáo viên trình bày biện pháp giáo dục học sinh và xử lý một tình huống sư phạm "
                "do Ban Giám khảo đưa ra.",
            ),
            Img(ipx("/anh/2026/10/gvcn-gioi-1.jpg"), "Cô giáo Nguyễn Thị Mai, THCS Trung Sơn Trầm, xử lý tình huống",
                "Cô giáo Nguyễn Thị Mai, THCS Trung Sơn Trầm, xử lý tình huống"),
            P("Kết quả, Ban Tổ chức trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba.", "fnref"),
            P(
                "Căn cứ Điều lệ trường trung học cơ sở ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT.",
                "fn",
            ),
            P("Danh sách giải kèm theo Quyết định số 512/QĐ-PGDĐT ngày 27/10/2026.", "fn"),
            byline("Đặng Thị Hồng Nhung"),
        ],
        authors=["Đặng Thị Hồng Nhung"],
        opts={"updated": "29/10/2026 14:02", "tags": ["THCS"]},
    ),
    Story(
        9,
        "trien-khai-ke-hoach-chuyen-doi-so-nganh-giao-duc",
        "Triển khai Kế hoạch chuyển đổi số ngành Giáo dục năm học 2026 - 2027",
        "Tin tức",
        "2026-10-20T14:00:00+07:00",
        [
            P(
                "Chiều 20/10, Phòng GD&ĐT thị xã Sơn Tây tổ chức hội nghị triển khai Kế hoạch chuyển đổi số "
                "năm học 2026 - 2027 tới hiệu trưởng các trường mầm non, tiểu học và THCS."
            ),
            P("Các chỉ tiêu chính", "h2"),
            P("Chỉ tiêu | Năm học 2025 - 2026 | Năm học 2026 - 2027", "th"),
            P("Trường sử dụng học bạ số | 62% | 100%", "tr"),
            P("Giáo viên có hồ sơ số | 80% | 100%", "tr"),
            P("Thu phí không dùng tiền mặt | 91% | 100%", "tr"),
            P(
                "Theo kế hoạch, trước ngày 31/12 tất cả các trường hoàn thành việc cập nhật dữ liệu\n"
                "học sinh lên cơ sở dữ liệu ngành."
            ),
            Raw('<p><em>Nguồn: Sở Giáo dục và Đào tạo Hà Nội</em></p>'),
        ],
        source="Sở Giáo dục và Đào tạo Hà Nội",
        opts={"updated": "21/10/2026 08:45", "tags": ["Chuyển đổi số"]},
    ),
    Story(
        10,
        "tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh",
        "Tuyên truyền an toàn giao thông cho học sinh đầu năm học",
        "Tin tức",
        "2026-10-09",
        [
            P(
                "Hưởng ứng “Tháng an toàn giao thông”, các trường học trên địa bàn thị xã đã tổ chức tuyên "
                "truyền, hướng dẫn kỹ năng tham gia giao thông an toàn cho hơn 21.000 học sinh."
            ),
            Img(ipx("/anh/2026/10/atgt-1.jpg"), "(Học sinh Trường Tiểu học Sơn Lộc thực hành đội mũ bảo hiểm)",
                "Học sinh Trường Tiểu học Sơn Lộc thực hành đội mũ bảo hiểm"),
            P(
                "Công an thị xã phối hợp cung cấp tài liệu và cử cán bộ trực tiếp nói chuyện tại\n"
                "một số trường có đông học sinh đi xe đạp điện."
            ),
            byline("Tin, ảnh: Chu Thị Lan Anh"),
        ],
        authors=["Chu Thị Lan Anh"],
        photographers=["Chu Thị Lan Anh"],
        summary=(
            "Từ ngày 01 đến 09/10, các trường học trên địa bàn thị xã Sơn Tây đồng loạt tổ chức tuyên "
            "truyền an toàn giao thông cho học sinh."
        ),
        sapo_outside=True,
        opts={"updated": "10/10/2026 10:10", "tags": ["An toàn giao thông"]},
    ),
]

_LETTERHEAD = Raw(
    "<table><thead><tr><th>UBND THỊ XÃ SƠN TÂY<br>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</th>"
    "<th>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</th></tr></thead>"
    "<tbody><tr><td>Số: 598/TB-PGDĐT</td><td><em>Sơn Tây, ngày 30 tháng 11 năm 2026</em></td></tr>"
    "</tbody></table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>\n'
    "<strong>Về việc tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027</strong></p>"
)
_SIGNATURE = Raw(
    "<table><tbody><tr><td><strong><em>Nơi nhận:</em></strong><br>- Các trường THCS;<br>- Lưu: VT.</td>"
    "<td><strong>TRƯỞNG PHÒNG</strong><br><br><br><strong>Nguyễn Văn Thắng</strong></td></tr></tbody></table>"
)

NOTICES: list[Story] = [
    Story(
        11,
        "thong-bao-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-thi-xa",
        "Thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã năm học 2026 - 2027",
        "Thông báo",
        "2026-11-30",
        [
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 412/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT thị xã Sơn Tây, Phòng GD&ĐT "
                "thông báo tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp thị xã như sau:"
            ),
            P("1. Thời gian thi: ngày 19/12/2026 (thứ Bảy)."),
            P("2. Địa điểm: Trường THCS Sơn Tây, số 8 phố Chùa Thông."),
            P("3. Các môn thi: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí, Tin học."),
            P(
                "Các trường THCS gửi danh sách đăng ký dự thi về Phòng GD&ĐT (qua bộ phận chuyên môn THCS) "
                "trước ngày 10/12/2026."
            ),
            _SIGNATURE,
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"fm_date": "2026-12-01", "updated": "01/12/2026 08:31", "tags": ["Học sinh giỏi"]},
    ),
    Story(
        12,
        "thong-bao-nghi-tet-duong-lich-nam-2027",
        "📢 Thông báo nghỉ Tết Dương lịch năm 2027",
        "Thông báo",
        "2026-12-04T16:20:00+07:00",
        [
            P(
                "Thực hiện thông báo của UBND thị xã, Phòng GD&ĐT thông báo lịch nghỉ Tết Dương lịch năm 2027 "
                "đối với cán bộ, giáo viên, nhân viên và học sinh như sau:"
            ),
            P("👉 Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027."),
            P(
                "Các trường phân công trực bảo vệ, phòng cháy chữa cháy và báo cáo tình hình về Phòng "
                "GD&ĐT trước 10 giờ ngày 04/01/2027."
            ),
            Raw('<p>Tệp đính kèm: <a href="/files/tb-nghi-tet-2027.pdf">tb-nghi-tet-2027.pdf</a> (214 KB)</p>'),
            byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"updated": "04/12/2026 16:25", "tags": ["Lịch nghỉ"]},
    ),
    Story(
        13,
        "thong-bao-tuyen-dung-giao-vien-hop-dong",
        "Thông báo tuyển dụng giáo viên hợp đồng năm học 2026 - 2027",
        "Thông báo",
        "2026-10-15",
        [
            P(
                "Phòng GD&ĐT thị xã Sơn Tây thông báo nhu cầu tuyển dụng giáo viên hợp đồng làm việc tại các "
                "trường mầm non, tiểu học và THCS công lập năm học 2026 - 2027."
            ),
            P("Vị trí | Số lượng | Trình độ", "th"),
            P("Giáo viên mầm non | 12 | Cao đẳng trở lên", "tr"),
            P("Giáo viên Tiếng Anh tiểu học | 4 | Đại học", "tr"),
            P("Giáo viên Tin học THCS | 3 | Đại học", "tr"),
            P(
                "Hồ sơ nộp trực tiếp tại Phòng GD&ĐT (tầng 2, số 2 phố Phó Đức Chính) từ ngày 16/10 đến\n"
                "hết ngày 30/10/2026, trong giờ hành chính."
            ),
            byline("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"updated": "15/10/2026 17:00", "tags": ["Tuyển dụng"]},
    ),
]

ALL = NEWS + NOTICES


def story_path(story: Story) -> str:
    if story.cat == "Thông báo":
        return f"/thong-bao/{story.slug}"
    return f"/tin-tuc/{story.published_at[:4]}/{story.slug}"


BY_PATH = {story_path(s): s for s in ALL}


# --- dates --------------------------------------------------------------------------------------


def _fm_date(story: Story) -> str:
    return story.opts.get("fm_date") or story.published_at


def utc_attr(story: Story) -> str:
    """What Nuxt Content serialises: the front-matter date as UTC with milliseconds."""
    value = _fm_date(story)
    if "T" not in value:
        return f"{value}T00:00:00.000Z"
    day, clock = value[:10], value[11:16]
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    hh -= 7
    if hh < 0:
        hh += 24
        d -= 1
        if d == 0:  # only the turn of a month happens in these stories (no year turn)
            m -= 1
            d = 31 if m in (1, 3, 5, 7, 8, 10, 12) else 30
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00.000Z"


def printed_date(story: Story) -> str:
    value = _fm_date(story)
    day = f"{value[8:10]}/{value[5:7]}/{value[:4]}"
    return f"{value[11:16]} · {day}" if "T" in value else day


def time_tag(story: Story) -> str:
    return f'<time datetime="{utc_attr(story)}" class="tabular-nums">{esc(printed_date(story))}</time>'


# --- the text as ContentRenderer prints it --------------------------------------------------------


def anchor_id(value: str) -> str:
    table = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                          "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
    return re.sub(r"[^a-z0-9]+", "-", value.lower().translate(table)).strip("-")


def _inline(block: P) -> str:
    body = esc(block.text)
    if block.style.startswith("a|"):
        _, href, anchor = block.style.split("|", 2)
        body = body.replace(esc(anchor), f'<a href="{esc(href)}">{esc(anchor)}</a>', 1)
    return body


def render_prose(story: Story) -> tuple[str, list[tuple[str, str]]]:
    """The prose block and its table of contents (anchor, heading)."""
    out: list[str] = []
    toc: list[tuple[str, str]] = []
    notes: list[str] = []
    blocks = story.blocks
    i = 0
    fn_no = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            stem = b.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
            out.append(
                f'<p><img src="{esc(b.src)}" srcset="{esc(b.src.replace("w_800", "w_1600"))} 2x" '
                f'alt="{esc(stem)}" loading="lazy" width="800" height="533" '
                f'data-nuxt-img=""></p>'
            )
            if b.printed:
                out.append(f"<p><em>{esc(b.printed)}</em></p>")
        elif b.style in ("h2", "h3"):
            aid = anchor_id(b.text)
            toc.append((aid, b.text))
            out.append(f'<{b.style} id="{aid}"><a href="#{aid}">{esc(b.text)}</a></{b.style}>')
        elif b.style in ("li", "ol", "callout", "tr", "th", "fn"):
            kind = "tr" if b.style == "th" else b.style
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and (
                blocks[i + 1].style == kind or (kind == "tr" and blocks[i + 1].style == "tr")
            ):
                i += 1
                group.append(blocks[i])
            if kind == "fn":
                notes.extend(g.text for g in group)
            elif kind in ("li", "ol"):
                tag = "ul" if kind == "li" else "ol"
                items = "".join(f"<li>{esc(g.text)}</li>\n" for g in group)
                out.append(f"<{tag}>\n<!--[-->{items}<!--]--></{tag}>")
            elif kind == "callout":
                inner = "".join(f"<p>{esc(g.text)}</p>" for g in group)
                out.append(
                    '<div class="block px-4 py-3 rounded-md text-sm leading-6 my-5 last:mb-0 border '
                    'bg-amber-50 border-amber-200 text-amber-800"><span class="i-heroicons-light-bulb '
                    'w-4 h-4 mr-1 inline-block align-middle"></span>' + inner + "</div>"
                )
            else:
                rows = []
                for g in group:
                    cell = "th" if g.style == "th" else "td"
                    cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in g.text.split(" | "))
                    rows.append((g.style, f"<tr>{cells}</tr>"))
                head = "".join(r for s, r in rows if s == "th")
                bodyrows = "".join(r for s, r in rows if s != "th")
                out.append(f"<table><thead>{head}</thead><tbody>{bodyrows}</tbody></table>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{esc(b.text)}</p>\n</blockquote>")
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "brjoin":
            nxt = blocks[i + 1]
            i += 1
            out.append(f"<p>{esc(b.text)}<br>\n{_inline(nxt)}</p>")
        elif b.style == "fnref":
            fn_no += 1
            out.append(
                f'<p>{esc(b.text)}<sup><a href="#user-content-fn-{fn_no}" id="user-content-fnref-{fn_no}" '
                f'data-footnote-ref="" aria-describedby="footnote-label">{fn_no}</a></sup></p>'
            )
        else:
            out.append(f"<p>{_inline(b)}</p>")
        i += 1
    if notes:
        items = "".join(
            f'<li id="user-content-fn-{n}">\n<p>{esc(t)} <a href="#user-content-fnref-{n}" '
            f'data-footnote-backref="" class="data-footnote-backref" aria-label="Back to reference {n}">↩</a>'
            f"</p>\n</li>\n"
            for n, t in enumerate(notes, 1)
        )
        out.append(
            '<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">'
            f"Footnotes</h2>\n<ol>\n{items}</ol>\n</section>"
        )
    return "\n".join(out), toc


# --- the payload (devalue) ----------------------------------------------------------------------


class _Reactive:
    def __init__(self, value: object, kind: str = "ShallowReactive"):
        self.value, self.kind = value, kind


def devalue(root: object) -> list:
    out: list = []
    memo: dict = {}

    def add(v: object) -> int:
        if v is None:
            return -1
        key = (type(v).__name__, v) if isinstance(v, (str, int, float, bool)) else None
        if key is not None and key in memo:
            return memo[key]
        idx = len(out)
        out.append(None)
        if key is not None:
            memo[key] = idx
        if isinstance(v, _Reactive):
            out[idx] = [v.kind, add(v.value)]
        elif isinstance(v, dict):
            out[idx] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[idx] = [add(x) for x in v]
        else:
            out[idx] = v
        return idx

    add(root)
    return out


def _ast(story: Story) -> dict:
    children = []
    for b in story.blocks:
        if isinstance(b, P):
            tag = {"h2": "h2", "h3": "h3", "li": "li", "ol": "li", "tr": "tr", "th": "tr"}.get(b.style, "p")
            props = {"id": anchor_id(b.text)} if tag in ("h2", "h3") else {}
            children.append({"type": "element", "tag": tag, "props": props,
                             "children": [{"type": "text", "value": b.text}]})
        elif isinstance(b, Img):
            children.append({"type": "element", "tag": "img", "props": {"src": b.src.split("q_80", 1)[1]}})
    return {"type": "root", "children": children}


def _doc(story: Story, full: bool) -> dict:
    doc = {
        "_path": story_path(story),
        "_id": f"content:{'3.thong-bao' if story.cat == 'Thông báo' else '2.tin-tuc:2026'}:{story.slug}.md",
        "_draft": False,
        "_type": "markdown",
        "title": story.title,
        "description": story.summary or "",
        "date": utc_attr(story),
        "tags": story.opts.get("tags", []),
    }
    if full:
        doc["body"] = _ast(story)
    return doc


def nuxt_data(route: str, data: dict) -> list:
    return devalue(_Reactive({
        "data": _Reactive(data),
        "state": _Reactive({"$scolor-mode": "light"}),
        "once": [],
        "_errors": _Reactive({}),
        "serverRendered": True,
        "path": route,
        "prerenderedAt": 1764900000000,
    }))


def payload_for(path: str) -> list | None:
    route = path
    if route in BY_PATH:
        return nuxt_data(route, {f"content-{route}": _doc(BY_PATH[route], True)})
    if route == "/tin-tuc":
        docs = [_doc(s, False) for s in NEWS]
        docs.insert(5, {"_path": DRAFT_PATH, "_draft": True, "title": "Dự thảo kế hoạch thi đua học kỳ II",
                        "date": "2026-11-10T00:00:00.000Z"})
        return nuxt_data(route, {"news-list": docs})
    if route == "/":
        return nuxt_data(route, {"home-news": [_doc(s, False) for s in NEWS[:PER_PAGE]],
                                 "home-notices": [_doc(s, False) for s in NOTICES]})
    if route == "/thong-bao":
        return nuxt_data(route, {"notices": [_doc(s, False) for s in NOTICES]})
    if route in PAGES:
        return nuxt_data(route, {f"content-{route}": {"_path": route, "title": PAGES[route][0]}})
    return None


def payload_href(route: str) -> str:
    base = "" if route == "/" else route
    return f"{base}/_payload.json?{BUILD_ID}"


# --- chrome --------------------------------------------------------------------------------------

_NAV = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Lãnh đạo phòng", "/gioi-thieu/lanh-dao")]),
    ("Tin tức", "/tin-tuc", []),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban/ke-hoach-412-kh-pgddt", []),
    ("Thư viện ảnh", "/thu-vien-anh/le-ky-niem-20-11-2026", []),
    ("Liên hệ", "/lien-he", []),
]


def _header(active: str) -> str:
    items = []
    for label, href, sub in _NAV:
        cls = "text-primary-600" if href == active else "text-gray-700 hover:text-primary-600"
        if sub:
            subs = "".join(
                f'<a href="{h}" class="block px-3 py-1.5 text-sm hover:bg-gray-50">{esc(lbl)}</a>' for lbl, h in sub
            )
            items.append(
                f'<div class="relative group"><a href="{href}" class="inline-flex items-center gap-1 px-3 py-2 '
                f'text-sm font-medium {cls}">{esc(label)}<span class="i-heroicons-chevron-down-20-solid w-4 h-4">'
                f'</span></a><div class="absolute left-0 top-full z-20 hidden group-hover:block w-52 rounded-md '
                f'bg-white shadow-lg ring-1 ring-gray-200 py-1"><!--[-->{subs}<!--]--></div></div>'
            )
        else:
            items.append(f'<a href="{href}" class="px-3 py-2 text-sm font-medium {cls}">{esc(label)}</a>')
    return (
        '<div class="bg-primary-700 text-white text-xs"><div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8 '
        f'flex justify-between py-1.5"><span>{esc(TODAY_LINE)}</span><span class="hidden sm:inline">'
        'Đường dây nóng: 024.3383.2135</span></div></div>'
        '<header class="bg-white/75 backdrop-blur border-b border-gray-200 sticky top-0 z-50">'
        '<div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8 flex items-center justify-between h-16 gap-3">'
        '<a href="/" class="flex items-center gap-2 shrink-0" aria-label="Trang chủ">'
        '<img src="/_nuxt/logo-pgd.Cx81kTq2.png" alt="Logo" class="h-10 w-10">'
        '<span class="leading-tight"><span class="block text-[11px] uppercase text-gray-500">UBND thị xã Sơn Tây'
        '</span><span class="block font-bold text-primary-700">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</span></span></a>'
        f'<nav class="hidden lg:flex items-center gap-x-1"><!--[-->{"".join(items)}<!--]--></nav>'
        '<button type="button" class="lg:hidden" aria-label="Mở menu"><span class="i-heroicons-bars-3 w-6 h-6">'
        "</span></button></div></header>"
    )


def _sidebar() -> str:
    most = [ALL[0], NOTICES[0], ALL[2], ALL[3], NOTICES[1]]
    links = "".join(
        f'<li class="py-2 border-b border-gray-100 last:border-0"><a href="{story_path(s)}" '
        f'class="text-sm hover:text-primary-600 line-clamp-2">{esc(s.title)}</a>'
        f'<p class="text-xs text-gray-400 mt-0.5">{s.views()} lượt xem</p></li>'
        for s in most
    )
    card = (
        '<div class="bg-white ring-1 ring-gray-200 rounded-lg shadow divide-y divide-gray-200">'
        '<div class="px-4 py-3"><h3 class="font-semibold text-sm uppercase text-primary-700">{}</h3></div>'
        '<div class="px-4 py-3">{}</div></div>'
    )
    return (
        '<aside class="lg:col-span-3 space-y-6">'
        + card.format("Xem nhiều", f"<ul><!--[-->{links}<!--]--></ul>")
        + card.format(
            "Liên kết",
            '<ul class="space-y-2 text-sm"><li><a href="https://moet.gov.vn" target="_blank" rel="noopener">'
            'Bộ Giáo dục và Đào tạo</a></li><li><a href="https://hanoi.edu.vn" target="_blank" rel="noopener">'
            'Sở GD&amp;ĐT Hà Nội</a></li><li><a href="https://sontay.hanoi.gov.vn" target="_blank" '
            'rel="noopener">Cổng TTĐT thị xã Sơn Tây</a></li></ul>',
        )
        + card.format(
            "Thăm dò ý kiến",
            '<p class="text-sm mb-2">Bạn đánh giá thế nào về giao diện mới của trang?</p><!--[-->'
            '<label class="flex gap-2 text-sm"><input type="radio" name="poll" value="1"> Rất đẹp, dễ dùng</label>'
            '<label class="flex gap-2 text-sm"><input type="radio" name="poll" value="2"> Bình thường</label>'
            '<label class="flex gap-2 text-sm"><input type="radio" name="poll" value="3"> Cần cải thiện</label>'
            '<!--]--><button type="button" class="mt-2 px-2.5 py-1.5 text-xs rounded-md bg-primary-500 text-white">'
            "Bình chọn</button>",
        )
        + card.format(
            "Thống kê truy cập",
            '<dl class="grid grid-cols-2 gap-y-1 text-sm"><dt>Đang online</dt><dd class="text-right">17</dd>'
            '<dt>Hôm nay</dt><dd class="text-right">412</dd><dt>Tổng truy cập</dt>'
            '<dd class="text-right">1.284.305</dd></dl>',
        )
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer class="mt-12 bg-gray-900 text-gray-300 text-sm"><div class="mx-auto max-w-7xl px-4 sm:px-6 '
        'lg:px-8 py-8 grid md:grid-cols-3 gap-6"><div><p class="font-semibold text-white">PHÒNG GIÁO DỤC VÀ ĐÀO '
        'TẠO THỊ XÃ SƠN TÂY</p><p>Địa chỉ: Số 2 phố Phó Đức Chính, phường Quang Trung, thị xã Sơn Tây, Hà Nội</p>'
        '<p>Điện thoại: 024.3383.2135 – Email: pgd-sontay@hanoi.edu.vn</p></div>'
        '<div><p class="font-semibold text-white">Liên kết nhanh</p><ul><li><a href="/gioi-thieu">Giới thiệu</a>'
        '</li><li><a href="/gioi-thieu/lanh-dao">Lãnh đạo phòng</a></li><li><a href="/lien-he">Liên hệ</a></li>'
        '</ul></div><div><p>Theo dõi chúng tôi: <a href="https://facebook.com/pgdsontay" rel="noopener">'
        "Facebook</a> · <a href=\"https://zalo.me/pgdsontay\" rel=\"noopener\">Zalo</a></p>"
        "<p>Thiết kế và vận hành: Tổ Tin học – Phòng GD&amp;ĐT. Xây dựng với Nuxt.</p></div></div>"
        '<div class="border-t border-gray-800 py-3 text-center text-xs">© 2026 Phòng GD&amp;ĐT thị xã Sơn Tây. '
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></footer>"
    )


def layout(request: Request, route: str, title: str, main: str, *, description: str = "",
           canonical: str | None = None, head_extra: str = "", status: int = 200,
           data: list | None = None) -> Response:
    base = base_url(request)
    data = data if data is not None else (payload_for(route) or nuxt_data(route, {}))
    data_json = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    payload_link = (
        f'<link rel="preload" as="fetch" crossorigin="anonymous" href="{esc(payload_href(route))}">'
        if status == 200 else ""
    )
    page = (
        '<!DOCTYPE html><html lang="vi" class="light" style=""><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} - Phòng GD&amp;ĐT Sơn Tây</title>"
        '<link rel="stylesheet" href="/_nuxt/entry.B1x9kQ2a.css" crossorigin>'
        '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/Cq3xW1Zp.js">'
        '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/D8fLw0aP.js">'
        f"{payload_link}"
        '<link rel="prefetch" as="script" crossorigin href="/_nuxt/error-404.Bz0lPq1m.js">'
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">'
        f'{desc}<meta property="og:title" content="{esc(title)}">'
        f'<meta property="og:site_name" content="{esc(SITE_NAME)}">{canon}{head_extra}'
        '<script type="module" src="/_nuxt/Cq3xW1Zp.js" crossorigin></script></head>'
        '<body class="antialiased font-sans text-gray-700 bg-gray-50"><div id="__nuxt"><!--[-->'
        '<div class="min-h-screen flex flex-col"><!--[-->'
        + _header(route)
        + '<main class="flex-1"><div class="mx-auto max-w-7xl px-4 sm:px-6 lg:px-8 py-6 grid lg:grid-cols-12 gap-8">'
        + main
        + _sidebar()
        + "</div></main>"
        + _footer()
        + '<!--]--></div><!--]--></div><div id="teleports"></div>'
        f'<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">'
        f"{data_json}</script>"
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{siteUrl:"",mdc:{headings:{anchorLinks:'
        f'{{h2:true,h3:true}}}}}},app:{{baseURL:"/",buildId:"{BUILD_ID}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}'
        "</script></body></html>"
    )
    return html(page, status=status)


def _crumbs(parts: list[tuple[str, str | None]]) -> str:
    items = []
    for n, (label, href) in enumerate(parts):
        sep = (
            '<span class="i-heroicons-chevron-right-20-solid w-4 h-4 text-gray-400" role="presentation"></span>'
            if n < len(parts) - 1 else ""
        )
        inner = (
            f'<a href="{href}" class="text-gray-500 hover:text-gray-700 font-semibold">{esc(label)}</a>'
            if href else f'<span class="text-primary-500 font-semibold truncate" aria-current="page">{esc(label)}</span>'
        )
        items.append(f'<li class="flex items-center gap-x-1.5 text-sm min-w-0">{inner}{sep}</li>')
    return f'<nav aria-label="Breadcrumb" class="mb-4"><ol class="flex items-center gap-x-1.5"><!--[-->{"".join(items)}<!--]--></ol></nav>'


def _badge(label: str) -> str:
    return (
        '<span class="inline-flex items-center font-medium rounded-md text-xs px-2 py-1 bg-primary-50 '
        f'text-primary-500 ring-1 ring-inset ring-primary-500 ring-opacity-25">{esc(label)}</span>'
    )


def _toc_box(toc: list[tuple[str, str]]) -> str:
    if not toc:
        return "<!---->"
    links = "".join(f'<li><a href="#{a}" class="hover:text-primary-600">{esc(t)}</a></li>' for a, t in toc)
    return (
        '<div class="mt-6 rounded-md border border-dashed border-gray-300 p-4"><p class="font-semibold text-sm '
        f'mb-2">Nội dung bài viết</p><ul class="space-y-1 text-sm text-gray-600"><!--[-->{links}<!--]--></ul></div>'
    )


# --- pages ---------------------------------------------------------------------------------------


def post_page(request: Request, story: Story) -> Response:
    path = story_path(story)
    prose, toc = render_prose(story)
    if story.cat == "Thông báo":
        crumbs = _crumbs([("Trang chủ", "/"), ("Thông báo", "/thong-bao"), (story.title, None)])
    else:
        crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (path.split("/")[2], path.rsplit("/", 1)[0]),
                          (story.title, None)])
    lead = (
        f'<p class="mt-4 text-lg text-gray-500">{esc(story.summary)}</p>'
        if story.sapo_outside else "<!---->"
    )
    tags = "".join(f'<span class="text-xs text-gray-500">#{esc(t)}</span>' for t in story.opts.get("tags", []))
    main = (
        '<div class="lg:col-span-9">' + crumbs
        + '<div class="bg-white ring-1 ring-gray-200 rounded-lg shadow"><div class="px-4 py-5 sm:p-6">'
        '<div class="flex flex-wrap items-center gap-2 text-sm text-gray-500">'
        + _badge(story.cat)
        + '<span class="i-heroicons-calendar-days w-4 h-4"></span>' + time_tag(story)
        + '<span>·</span><span>Người đăng: quantri-st</span><span>·</span>'
        '<span><!--ClientOnly--><span class="animate-pulse">Đang tải…</span><!--ClientOnly--></span></div>'
        f'<h1 class="mt-3 text-3xl font-bold tracking-tight text-gray-900">{esc(story.title)}</h1>'
        + lead + _toc_box(toc)
        + '<div class="prose prose-primary max-w-none mt-6">' + prose + "</div>"
        + f'<div class="mt-8 flex flex-wrap gap-2"><!--[-->{tags}<!--]--></div>'
        '<div class="mt-6 flex flex-wrap items-center justify-between gap-2 border-t border-gray-200 pt-4 text-xs '
        f'text-gray-400"><span>Cập nhật lần cuối: {esc(story.opts["updated"])}</span><div class="flex gap-2">'
        '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank" rel="noopener">Chia sẻ Facebook</a>'
        '<a href="https://zalo.me/share" target="_blank" rel="noopener">Zalo</a>'
        '<button type="button" onclick="window.print()">In bài</button></div></div></div></div>'
        '<section class="mt-8"><h2 class="text-lg font-semibold">Bài viết cùng chuyên mục</h2><div class="mt-4">'
        '<!--ClientOnly--><div class="animate-pulse text-sm text-gray-400">Đang tải bài viết cùng chuyên mục…</div>'
        "<!--ClientOnly--></div></section></div>"
    )
    description = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return layout(request, path, story.title, main, description=collapse_ws(description), canonical=path)


def collapse_ws(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def _card(story: Story) -> str:
    path = story_path(story)
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/anh/mac-dinh.jpg")
    thumb = thumb.replace("w_800", "w_320")
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return (
        '<article class="flex gap-4 py-4 border-b border-gray-100">'
        f'<a href="{path}/" class="shrink-0"><img src="{esc(thumb)}" alt="" class="w-40 h-28 object-cover rounded" '
        'loading="lazy"></a><div class="min-w-0"><div class="flex items-center gap-2 text-xs text-gray-500">'
        + time_tag(story)
        + f'</div><h3 class="mt-1 font-semibold"><a href="{path}" class="hover:text-primary-600">{esc(story.title)}'
        f'</a></h3><p class="mt-1 text-sm text-gray-600 line-clamp-2">{esc(collapse_ws(desc))}</p>'
        f'<a href="{path}" class="mt-1 inline-block text-xs text-primary-600">Đọc tiếp →</a></div></article>'
    )


def home_page(request: Request) -> Response:
    news = "".join(_card(s) for s in NEWS[:PER_PAGE])
    notices = "".join(
        f'<li class="py-2"><a href="{story_path(s)}" class="text-sm hover:text-primary-600">{esc(s.title)}</a> '
        f'<span class="text-xs text-gray-400">{time_tag(s)}</span></li>'
        for s in NOTICES
    )
    main = (
        '<div class="lg:col-span-9 space-y-8"><div class="rounded-lg overflow-hidden">'
        '<img src="/anh/banner-nam-hoc-2026-2027.jpg" alt="Chào mừng năm học mới 2026 - 2027" class="w-full"></div>'
        '<section><div class="flex items-center justify-between"><h2 class="text-xl font-bold text-primary-700">'
        'Tin mới</h2><a href="/tin-tuc" class="text-sm text-primary-600">Xem tất cả →</a></div>'
        f"<!--[-->{news}<!--]--></section>"
        '<section><div class="flex items-center justify-between"><h2 class="text-xl font-bold text-primary-700">'
        'Thông báo</h2><a href="/thong-bao" class="text-sm text-primary-600">Xem tất cả →</a></div>'
        f'<ul class="divide-y divide-gray-100"><!--[-->{notices}<!--]--></ul></section></div>'
    )
    return layout(request, "/", "Trang chủ", main, description="Cổng thông tin điện tử Phòng GD&ĐT thị xã Sơn Tây",
                  canonical="/")


def news_list(request: Request) -> Response | None:
    raw = request.params.get("page")
    if raw is None:
        page = 1
    elif raw.isdigit():
        page = int(raw)
    else:
        return None
    pages = (len(NEWS) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return error_page(request)
    items = NEWS[(page - 1) * PER_PAGE: page * PER_PAGE]
    buttons = "".join(
        f'<button type="button" class="px-2.5 py-1.5 text-sm rounded-md '
        f'{"bg-primary-500 text-white" if n == page else "ring-1 ring-gray-300"}">{n}</button>'
        for n in range(1, pages + 1)
    )
    noscript = "".join(f'<a href="/tin-tuc?page={n}">Trang {n}</a> ' for n in range(1, pages + 1) if n != page)
    head = ""
    if page > 1:
        head += f'<link rel="prev" href="/tin-tuc{"" if page == 2 else f"?page={page - 1}"}">'
    if page < pages:
        head += f'<link rel="next" href="/tin-tuc?page={page + 1}">'
    main = (
        '<div class="lg:col-span-9">' + _crumbs([("Trang chủ", "/"), ("Tin tức", None)])
        + '<h1 class="text-2xl font-bold text-primary-700">Tin tức</h1>'
        f"<!--[-->{''.join(_card(s) for s in items)}<!--]-->"
        '<div class="mt-6 flex items-center gap-1"><button type="button" class="px-2.5 py-1.5" aria-label="Trang trước"'
        f'{" disabled" if page == 1 else ""}><span class="i-heroicons-chevron-left-20-solid w-5 h-5"></span></button>'
        f"<!--[-->{buttons}<!--]-->"
        '<button type="button" class="px-2.5 py-1.5" aria-label="Trang sau"'
        f'{" disabled" if page == pages else ""}><span class="i-heroicons-chevron-right-20-solid w-5 h-5"></span>'
        f"</button></div><noscript><p class=\"mt-2 text-sm\">{noscript}</p></noscript></div>"
    )
    title = "Tin tức" if page == 1 else f"Tin tức - Trang {page}"
    return layout(request, "/tin-tuc", title, main, canonical="/tin-tuc" if page == 1 else f"/tin-tuc?page={page}",
                  head_extra=head)


def notice_list(request: Request) -> Response:
    main = (
        '<div class="lg:col-span-9">' + _crumbs([("Trang chủ", "/"), ("Thông báo", None)])
        + '<h1 class="text-2xl font-bold text-primary-700">Thông báo</h1>'
        f"<!--[-->{''.join(_card(s) for s in NOTICES)}<!--]--></div>"
    )
    return layout(request, "/thong-bao", "Thông báo", main, canonical="/thong-bao")


#: content pages: path -> (title, markdown-ish blocks)
PAGES: dict[str, tuple[str, list[P]]] = {
    "/gioi-thieu": (
        "Giới thiệu Phòng Giáo dục và Đào tạo thị xã Sơn Tây",
        [
            P("Vị trí, chức năng", "h2"),
            P(
                "Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND thị xã Sơn Tây, tham mưu, giúp UBND\n"
                "thị xã thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn."
            ),
            P("Quy mô", "h2"),
            P("Toàn thị xã có 19 trường mầm non, 16 trường tiểu học và 13 trường THCS với hơn 34.000 học sinh."),
            P("Mọi ý kiến góp ý xin gửi về hộp thư pgd-sontay@hanoi.edu.vn.", "callout"),
        ],
    ),
    "/gioi-thieu/lanh-dao": (
        "Lãnh đạo Phòng Giáo dục và Đào tạo",
        [
            P("Trưởng phòng", "h2"),
            P("Ông Nguyễn Văn Thắng – điện thoại: 024.3383.2136."),
            P("Phó Trưởng phòng", "h2"),
            P("Bà Hoàng Thị Minh Nguyệt – phụ trách Mầm non, Tiểu học."),
            P("Ông Khuất Duy Tiến – phụ trách THCS, Tổ chức cán bộ."),
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            P("Địa chỉ: Số 2 phố Phó Đức Chính, phường Quang Trung, thị xã Sơn Tây, Hà Nội."),
            P("Điện thoại: 024.3383.2135 – Email: pgd-sontay@hanoi.edu.vn."),
            P("Giờ làm việc: sáng 8:00 – 12:00, chiều 13:30 – 17:00 từ thứ Hai đến thứ Sáu."),
        ],
    ),
}


def content_page(request: Request, route: str) -> Response:
    title, blocks = PAGES[route]
    fake = Story(0, route.strip("/"), title, "", None, list(blocks))
    prose, toc = render_prose(fake)
    crumbs = [("Trang chủ", "/")]
    if route.startswith("/gioi-thieu/"):
        crumbs.append(("Giới thiệu", "/gioi-thieu"))
    crumbs.append((title, None))
    main = (
        '<div class="lg:col-span-9">' + _crumbs(crumbs)
        + '<div class="bg-white ring-1 ring-gray-200 rounded-lg shadow"><div class="px-4 py-5 sm:p-6">'
        f'<h1 class="text-3xl font-bold tracking-tight text-gray-900">{esc(title)}</h1>'
        + _toc_box(toc)
        + '<div class="prose prose-primary max-w-none mt-6">' + prose + "</div>"
        '<div class="mt-6 border-t border-gray-200 pt-4 text-xs text-gray-400">Cập nhật lần cuối: 02/09/2026 10:00'
        "</div></div></div></div>"
    )
    return layout(request, route, title, main, canonical=route)


ALBUM = "/thu-vien-anh/le-ky-niem-20-11-2026"
DOCUMENT = "/van-ban/ke-hoach-412-kh-pgddt"


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<a href="/anh/album/20-11/{n}.jpg"><img src="/_ipx/w_320&amp;q_80/anh/album/20-11/{n}.jpg" alt="" '
        'class="rounded"></a>'
        for n in range(1, 9)
    )
    main = (
        '<div class="lg:col-span-9">' + _crumbs([("Trang chủ", "/"), ("Thư viện ảnh", None)])
        + '<h1 class="text-2xl font-bold">Album: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026</h1>'
        f'<p class="text-sm text-gray-500">8 ảnh · 20/11/2026</p><div class="grid grid-cols-4 gap-2 mt-4">{photos}'
        "</div></div>"
    )
    return layout(request, ALBUM, "Album: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", main, canonical=ALBUM)


def document_page(request: Request) -> Response:
    rows = [
        ("Số/Ký hiệu", "412/KH-PGDĐT"),
        ("Ngày ban hành", "15/09/2026"),
        ("Loại văn bản", "Kế hoạch"),
        ("Trích yếu", "Kế hoạch tổ chức các kỳ thi, hội thi cấp thị xã năm học 2026 - 2027"),
        ("Người ký", "Nguyễn Văn Thắng"),
    ]
    table = "".join(f"<tr><th class=\"text-left pr-4\">{esc(a)}</th><td>{esc(b)}</td></tr>" for a, b in rows)
    main = (
        '<div class="lg:col-span-9">' + _crumbs([("Trang chủ", "/"), ("Văn bản", None)])
        + '<h1 class="text-2xl font-bold">Kế hoạch số 412/KH-PGDĐT</h1>'
        f'<table class="mt-4 text-sm">{table}</table><p class="mt-4"><a href="/files/412-kh-pgddt.pdf">'
        "Tải về (PDF, 356 KB)</a></p></div>"
    )
    return layout(request, DOCUMENT, "Kế hoạch số 412/KH-PGDĐT", main, canonical=DOCUMENT)


def error_page(request: Request) -> Response:
    main = (
        '<div class="lg:col-span-9 py-16 text-center"><p class="text-6xl font-bold text-primary-500">404</p>'
        '<h1 class="mt-4 text-2xl font-semibold">Không tìm thấy trang</h1><p class="mt-2 text-gray-500">'
        'Page not found: ' + esc(request.path) + '</p><a href="/" class="mt-6 inline-block text-primary-600">'
        "Về trang chủ</a></div>"
    )
    data = devalue(_Reactive({"data": _Reactive({}), "state": _Reactive({}), "once": [],
                              "_errors": _Reactive({}), "serverRendered": True, "path": request.path,
                              "error": _Reactive({"statusCode": 404, "statusMessage": "Page not found"})}))
    return layout(request, request.path, "404", main, status=404, data=data)


class NuxtContentSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/_nuxt/", "/_ipx/", "/anh/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.endswith("/_payload.json"):
            route = path[: -len("/_payload.json")] or "/"
            data = payload_for(route)
            if data is None:
                return None
            return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})
        if path == "/":
            return home_page(request)
        if path == "/tin-tuc":
            return news_list(request)
        if path == "/thong-bao":
            return notice_list(request)
        if path in PAGES:
            return content_page(request, path)
        if path == ALBUM:
            return album_page(request)
        if path == DOCUMENT:
            return document_page(request)
        key = path[:-1] if path.endswith("/") and len(path) > 1 else path
        if key in BY_PATH:
            return post_page(request, BY_PATH[key])
        return error_page(request)


def build_site() -> NuxtContentSite:
    return NuxtContentSite()


GOLD = [
    gold_record(s, story_path(s), s.cat, alt_paths=[story_path(s) + "/"])
    for s in ALL
]

NON_ARTICLES = ["/gioi-thieu", "/gioi-thieu/lanh-dao", "/lien-he", ALBUM, DOCUMENT]
