"""Phòng Giáo dục và Đào tạo huyện Cam Lộ (Quảng Trị) on Joomla 3.9 with a local company's
template ("camlo", Bootstrap 2): core class names (``item-page``, ``page-header``,
``article-info``, ``blog``, ``items-leading``, ``items-row`` …) plus the template's own
(``cl-header``, ``cl-module``, ``cl-other-news`` …). The point of the portal: announcement posts
that are mostly attachments.

Platform
--------
Joomla 3.9, SEF URLs on, URL rewriting off, so every URL goes through ``/index.php/``:

- ``/`` (also ``/index.php``): the home menu item, a featured blog (``blog-featured``) of the four
  featured articles, plus the "Thông báo mới" module (the four newest announcements).
- ``/index.php/<menu-alias>`` category blogs, 6 items a page, ``?start=6``, ``?start=12``;
  Joomla's pagination "Đầu Trước 1 2 Sau Cuối" and "Trang 1 / 2".
  ``tin-tuc`` (Itemid 102, catid 8) shows its own articles *and* those of its child category
  "Chuyên môn" (catid 10; "include subcategories"); ``thong-bao`` (103, catid 9);
  ``chuyen-mon`` (104, catid 10) only the child category.
- ``/index.php/<menu-alias>/<id>-<alias>``: an article (com_content article view). The router uses
  the menu item of the article's own category, so a "Chuyên môn" article is always under
  ``/index.php/chuyen-mon/``.
- ``…/<id>-<alias>?tmpl=component&print=1``: the print twin (print icon; ``noindex, nofollow``,
  component template: no chrome, the same title, info block and text).
- ``/index.php?option=com_content&view=article&id=<id>&catid=<c>&Itemid=<m>``: the non-SEF form of
  the same article, a full page; linked from the "Tin xem nhiều" module, whose template code
  builds links without the router.
- ``/index.php/component/mailto/?tmpl=component&template=camlo&link=<hash>``: the e-mail form.
- ``/index.php/van-ban`` (``?start=6``, ``?start=12``): the document register (a third-party
  component): number, date, "Trích yếu", file; entries ``/index.php/van-ban/<id>-<alias>`` share the
  article URL form but are register records. ``/index.php/gioi-thieu`` and
  ``/index.php/lich-cong-tac-tuan`` are single-article menu items with the info block hidden;
  ``/index.php/lien-he`` is com_contact; ``/index.php/thi-dua-khen-thuong`` an empty category
  ("Không có bài viết nào trong chuyên mục này.").
- Files: ``/images/...`` (photos, scans, PDFs), ``/media/pdfjs/web/viewer.html?file=…`` (pdf.js),
  ``/templates/camlo/...``.

Page templates
--------------
Header: logo, "Hôm nay: Thứ sáu, 04/12/2026" (the clock, never a publication date), top menu,
breadcrumbs "Bạn đang ở: Trang chủ » Thông báo » <title>". Left column modules: "Menu chính",
"Văn bản mới" (document numbers linking to register entries), "Tin xem nhiều", "Liên kết website"
(a select), "Thăm dò ý kiến" (a poll form), "Thống kê truy cập" ("Đang truy cập: 7, Hôm nay: 215,
Tổng: 1.203.114"). Article (``div.item-page``): ``page-header h2``, the cog drop-down with the print
and e-mail icons, ``dl.article-info`` ("Chi tiết", "Viết bởi Quản trị viên", "Danh mục: Thông báo",
"Được đăng: Thứ năm, 03 Tháng 12 2026 14:30", sometimes "Ngày cập nhật: …", "Lượt xem: 312"), the
text (``itemprop="articleBody"``), the attachments plugin's table where used, the pagenav
"« Trước  Tiếp theo »" and the template's "Các bài viết khác" list (titles with dates). Footer:
address, phone, e-mail, "Chịu trách nhiệm".

How each gold article is reached
--------------------------------
- Thông báo (5): ``/index.php/thong-bao`` (one page); the four newest also in the home's
  "Thông báo mới"; all linked by pagenav and "Các bài viết khác".
- Tin tức and Chuyên môn (8): the ``tin-tuc`` blog lists all eight, newest first; the two oldest
  ("khắc phục mưa lũ", "tập huấn PCCC") only on ``/index.php/tin-tuc?start=6`` among the listings
  (and through pagenav / "Các bài viết khác" of their category). The three Chuyên môn ones are
  also on ``/index.php/chuyen-mon``. Four articles are featured on the home page.

Traps
-----
- Announcement posts that are mostly attachments: one or two sentences and then a "Tải về" link to
  a PDF, the attachments plugin's table (Tên tệp | Dung lượng | Tải về), a PDF in an ``<iframe>``
  (Google Docs viewer; pdf.js ``/media/pdfjs/web/viewer.html?file=…``), or a scanned signed page
  (one big image, no caption). They are articles; body = the sentences only.
- Print twins and non-SEF twins of every article (``alt_paths``); print views are ``noindex``.
- "Viết bởi Quản trị viên" is the admin account, not an author; one account is a person
  ("Lê Thị Thu Hà"), who is then the author.
- "Ngày cập nhật" (modified) next to "Được đăng" on some articles; the header's "Hôm nay";
  the dates in "Các bài viết khác" and in the "Văn bản mới" module.
- The ``tin-tuc`` blog lists the child category's articles too (category label "Chuyên môn").
- Register entries and single-article menu items use the article's URL form / markup.
- Split articles (Joomla "readmore"): the blog shows the intro text, the article page shows
  intro (the template's bold ``div.intro-text``) and full text.

Gold decisions
--------------
- title: ``div.page-header h2`` of the article.
- published_at: "Được đăng: Thứ năm, 03 Tháng 12 2026 14:30" -> "2026-12-03T14:30:00+07:00".
- authors / photographers: "Tin: X; Ảnh: Y" -> X / Y; "Tin, ảnh: X" -> X / X; the right-aligned
  "Thanh Hương - Trường TH Cam Thành" -> Thanh Hương; the right-aligned "PGD&ĐT Cam Lộ" (the office
  signing its own post) -> "PGD&ĐT Cam Lộ"; else the "Viết bởi" account when it is a person.
- source: "Nguồn: Sở GD&ĐT Quảng Trị" / "Theo Báo Quảng Trị" -> the publication's name.
- summary: the bold first paragraph, or the intro text of a split article (bold div); else None.
- body: the text's paragraphs, headings, list items, table rows (cells joined by " | "); not the
  captions, bylines, source lines, attachment tables, file names, sizes, "Tải về", iframes.
- images: the photos of the text in order (scans too), caption = the line printed with them
  (centred italic line, the table's second row, a centred or italic line under), else None.
- category: the breadcrumb's last section = "Danh mục: …" of the info block.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "joomla_thongbao_pgd"
PLATFORM = "Joomla 3.9 (com_content, SEF via /index.php/) + local Bootstrap 2 template"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cam Lộ"
SHORT = "PGD&ĐT Cam Lộ"
TODAY_LINE = "Hôm nay: Thứ sáu, 04/12/2026"
PER_PAGE = 6
ADMIN = "Quản trị viên"

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
    "chuyen-mon": "Chuyên môn",
    "van-ban": "Văn bản",
}
#: menu alias -> (Itemid, catid)
MENU = {"tin-tuc": (102, 8), "thong-bao": (103, 9), "chuyen-mon": (104, 10)}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def pdf(name: str) -> str:
    return f"/images/thong-bao/2026/{name}"


# --- the articles, newest first within each category ----------------------------------------
#
# P styles: "" justified paragraph, "b" bold lead, "h3" sub-heading, "li" bullet, "th"/"td" table
# rows. Img styles: "ci" centred photo + centred italic line, "tbl" table (photo row, caption row),
# "cp" centred plain line, "em" italic line at the left, "scan" full-width scan, "bare" no line.
# opts: user (the "Viết bởi" account), intro (readmore split after the first P), modified,
# featured, hits.

T_LICHKT = Story(
    251,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS",
    "thong-bao",
    "2026-12-03T14:30:00+07:00",
    [
        P(
            "Phòng GD&ĐT Cam Lộ thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 đối với các "
            "trường THCS trên địa bàn huyện. Chi tiết xem tệp đính kèm."
        ),
        Raw(
            '<p><img src="/images/icons/pdf.png" alt="pdf" width="16" height="16"> '
            f'<a href="{pdf("lich-kiem-tra-hk1-thcs-2026-2027.pdf")}" target="_blank">'
            "<strong>Tải về</strong></a></p>"
        ),
    ],
    opts={"user": ADMIN, "featured": True, "hits": 312},
)
T_GVCN = Story(
    248,
    "thong-bao-ke-hoach-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen",
    "Thông báo Kế hoạch tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện năm học 2026-2027",
    "thong-bao",
    "2026-11-25T07:50:00+07:00",
    [
        P(
            "Phòng GD&ĐT thông báo kế hoạch tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện "
            "bậc Tiểu học và THCS năm học 2026-2027."
        ),
        P(
            "Các đơn vị gửi danh sách giáo viên dự thi về Phòng (qua bộ phận Chuyên môn) trước ngày "
            "10/12/2026. Chi tiết xem tệp đính kèm."
        ),
        Raw("attachments:ke-hoach-hoi-thi-gvcn-gioi-2026.pdf=412 KB;phu-luc-mau-dang-ky-du-thi.docx=56 KB"),
    ],
    opts={"user": ADMIN, "hits": 486, "modified": "2026-11-26T09:12:00"},
)
T_CDS = Story(
    244,
    "thong-bao-trieu-tap-giao-vien-tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
    "Thông báo triệu tập cán bộ, giáo viên tham gia tập huấn chuyển đổi số trong quản lý trường học",
    "thong-bao",
    "2026-11-18T16:05:00+07:00",
    [
        P(
            "Phòng GD&ĐT Cam Lộ triệu tập cán bộ quản lý và giáo viên phụ trách công nghệ thông tin "
            "các trường tham gia tập huấn chuyển đổi số trong quản lý trường học vào ngày 24/11/2026 "
            "tại Hội trường Phòng GD&ĐT. Danh sách triệu tập xem văn bản dưới đây."
        ),
        Raw(
            '<p><iframe src="https://docs.google.com/viewer?url=http%3A%2F%2Fpgdcamlo.edu.vn'
            "%2Fimages%2Fthong-bao%2F2026%2Fgiay-trieu-tap-tap-huan-chuyen-doi-so.pdf&amp;embedded=true"
            '" width="100%" height="780" style="border: none;"></iframe></p>'
        ),
    ],
    opts={"user": ADMIN, "hits": 655},
)
T_SANGKIEN = Story(
    240,
    "thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-huyen-nam-hoc-2025-2026",
    "Thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025-2026",
    "thong-bao",
    "2026-11-10T10:00:00+07:00",
    [
        P(
            "Phòng GD&ĐT thông báo kết quả xét công nhận sáng kiến cấp huyện năm học 2025-2026 của "
            "cán bộ quản lý, giáo viên, nhân viên các đơn vị trường học."
        ),
        P("Các đơn vị có ý kiến phản hồi gửi về Phòng trước ngày 20/11/2026."),
        Raw(
            '<p><iframe src="/media/pdfjs/web/viewer.html?file=/images/thong-bao/2026/'
            'ket-qua-sang-kien-cap-huyen-2025-2026.pdf" width="100%" height="800" '
            'frameborder="0"></iframe></p>'
            f'<p><a href="{pdf("ket-qua-sang-kien-cap-huyen-2025-2026.pdf")}">'
            "ket-qua-sang-kien-cap-huyen-2025-2026.pdf</a> (1,2 MB)</p>"
        ),
    ],
    opts={"user": ADMIN, "hits": 1024},
)
T_MUALU = Story(
    237,
    "thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-mua-lu",
    "Thông báo về việc cho học sinh nghỉ học để phòng, tránh mưa lũ",
    "thong-bao",
    "2026-10-26T20:15:00+07:00",
    [
        P(
            "Phòng GD&ĐT Cam Lộ thông báo cho học sinh các trường Mầm non, Tiểu học và THCS trên địa "
            "bàn huyện nghỉ học ngày 27 và 28/10/2026 để phòng, tránh mưa lũ."
        ),
        Img("/images/thong-bao/2026/10/tb-nghi-hoc-mua-lu-27-10-2026.jpg", None, None, "scan"),
    ],
    opts={"user": ADMIN, "hits": 2318},
)

N_HKPD = Story(
    252,
    "cam-lo-to-chuc-hoi-khoe-phu-dong-cap-huyen-lan-thu-xiii-nam-2026",
    "Cam Lộ tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XIII năm 2026",
    "tin-tuc",
    "2026-12-02T16:40:00+07:00",
    [
        P(
            "Từ ngày 28/11 đến 01/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT Cam Lộ "
            "tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XIII năm 2026 với sự tham gia của hơn 600 "
            "vận động viên đến từ 23 trường Tiểu học và THCS.",
            "b",
        ),
        P(
            "Hội khỏe năm nay thi đấu 8 môn: điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, "
            "bóng đá mini và kéo co. Ngay từ ngày thi đấu đầu tiên, các vận động viên đã thể hiện "
            "tinh thần thi đấu trung thực, đoàn kết và cao thượng."
        ),
        Img(
            "/images/tin-tuc/2026/12/hkpd-khai-mac.jpg",
            "Các đoàn vận động viên diễu hành tại Lễ khai mạc",
            "Các đoàn vận động viên diễu hành tại Lễ khai mạc",
            "ci",
        ),
        P(
            "Phát biểu khai mạc, ông Nguyễn Văn Thành, Trưởng phòng GD&ĐT, nhấn mạnh Hội khỏe Phù Đổng "
            "là dịp để đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trong trường "
            "học, đồng thời phát hiện, tuyển chọn vận động viên năng khiếu tham dự Hội khỏe cấp tỉnh."
        ),
        P("Kết quả toàn đoàn:", "h3"),
        P("Giải Nhất: Trường THCS Cam Lộ.", "li"),
        P("Giải Nhì: Trường TH Thị trấn Cam Lộ và Trường THCS Lê Thế Hiếu.", "li"),
        P("Giải Ba: Trường TH Cam Thành, Trường THCS Cam Hiếu và Trường TH Cam Chính.", "li"),
        Img(
            "/images/tin-tuc/2026/12/hkpd-keo-co.jpg",
            "Nội dung kéo co nữ bậc THCS",
            "Nội dung kéo co nữ bậc THCS",
            "ci",
        ),
        P(
            "Ban tổ chức đã trao 48 huy chương Vàng, 52 huy chương Bạc, 67 huy chương Đồng cho các "
            "vận động viên xuất sắc. Đây là cơ sở để Phòng GD&ĐT thành lập đội tuyển tham dự Hội khỏe "
            "Phù Đổng tỉnh Quảng Trị vào tháng 3/2027."
        ),
        Raw("<p><strong>Tin: Hoàng Thị Mai; Ảnh: Lê Quang Vinh</strong></p>"),
    ],
    authors=["Hoàng Thị Mai"],
    photographers=["Lê Quang Vinh"],
    summary=(
        "Từ ngày 28/11 đến 01/12/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT Cam Lộ "
        "tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XIII năm 2026 với sự tham gia của hơn 600 "
        "vận động viên đến từ 23 trường Tiểu học và THCS."
    ),
    opts={"user": ADMIN, "featured": True, "hits": 207},
)
N_STEM = Story(
    249,
    "chuyen-de-day-hoc-stem-cap-tieu-hoc-tai-truong-th-cam-thanh",
    "Chuyên đề dạy học STEM cấp Tiểu học tại Trường TH Cam Thành",
    "chuyen-mon",
    "2026-11-27T09:10:00+07:00",
    [
        P(
            "Nhằm nâng cao năng lực tổ chức dạy học theo định hướng giáo dục STEM cho giáo viên, ngày "
            "25/11/2026, Phòng GD&ĐT phối hợp với Trường TH Cam Thành tổ chức chuyên đề cấp huyện "
            "“Dạy học STEM trong môn Khoa học lớp 4, 5”."
        ),
        P(
            "Tham dự chuyên đề có lãnh đạo Phòng GD&ĐT, cán bộ quản lý và 46 giáo viên dạy lớp 4, 5 "
            "của các trường tiểu học trong huyện."
        ),
        Img(
            "/images/chuyen-mon/2026/11/stem-cam-thanh-1.jpg",
            "Học sinh lớp 5A lắp ráp mô hình hệ thống lọc nước",
            "Học sinh lớp 5A lắp ráp mô hình hệ thống lọc nước",
            "tbl",
        ),
        P(
            "Tiết dạy minh họa bài “Thực hành làm sạch nước” do cô giáo Lê Thị Thanh Hương thực hiện "
            "theo quy trình 5 bước của bài học STEM: nêu vấn đề, đề xuất giải pháp, lựa chọn giải "
            "pháp, chế tạo mẫu và chia sẻ, thảo luận. Học sinh làm việc nhóm sôi nổi, tự tin trình "
            "bày sản phẩm."
        ),
        P(
            "Trong phần thảo luận, các thầy cô đã trao đổi về cách lựa chọn chủ đề, chuẩn bị vật liệu "
            "tái chế sẵn có ở địa phương và đánh giá năng lực học sinh qua sản phẩm. Chuyên đề khép "
            "lại với nhiều kinh nghiệm bổ ích để các trường áp dụng trong học kỳ II."
        ),
        Img(
            "/images/chuyen-mon/2026/11/stem-cam-thanh-2.jpg",
            "Các nhóm trình bày sản phẩm",
            "Các nhóm trình bày sản phẩm",
            "tbl",
        ),
        Raw('<p style="text-align: right;"><em>Thanh Hương - Trường TH Cam Thành</em></p>'),
    ],
    authors=["Thanh Hương"],
    summary=(
        "Nhằm nâng cao năng lực tổ chức dạy học theo định hướng giáo dục STEM cho giáo viên, ngày "
        "25/11/2026, Phòng GD&ĐT phối hợp với Trường TH Cam Thành tổ chức chuyên đề cấp huyện "
        "“Dạy học STEM trong môn Khoa học lớp 4, 5”."
    ),
    opts={"user": ADMIN, "intro": True, "featured": True, "hits": 341},
)
N_NHAGIAO = Story(
    247,
    "phong-gd-dt-cam-lo-gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    "Phòng GD&ĐT Cam Lộ gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc",
    "2026-11-20T10:25:00+07:00",
    [
        P(
            "Sáng 19/11/2026, Phòng GD&ĐT Cam Lộ tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025-2026."
        ),
        P(
            "Đến dự có đồng chí Phó Chủ tịch UBND huyện, đại diện Huyện ủy, Ủy ban MTTQ Việt Nam huyện, "
            "các nhà giáo lão thành và cán bộ quản lý các trường học trên địa bàn."
        ),
        Img(
            "/images/tin-tuc/2026/11/gap-mat-20-11-1.jpg",
            "Quang cảnh buổi gặp mặt",
            "Quang cảnh buổi gặp mặt",
            "ci",
        ),
        P(
            "Năm học 2025-2026, ngành giáo dục huyện có 27/41 trường đạt chuẩn quốc gia; tỷ lệ học sinh "
            "hoàn thành chương trình tiểu học đạt 100%, tốt nghiệp THCS đạt 99,7%; 38 học sinh đạt giải "
            "trong kỳ thi học sinh giỏi cấp tỉnh."
        ),
        P(
            "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo để "
            "học sinh noi theo”, đồng chí Phó Chủ tịch UBND huyện phát biểu."
        ),
        P(
            "Dịp này, UBND huyện tặng Giấy khen cho 32 nhà giáo có thành tích xuất sắc; Phòng GD&ĐT "
            "tặng quà 15 nhà giáo có hoàn cảnh khó khăn."
        ),
        Img(
            "/images/tin-tuc/2026/11/gap-mat-20-11-2.jpg",
            "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo huyện trao Giấy khen cho các nhà giáo tiêu biểu",
            "ci",
        ),
        Raw(f'<p style="text-align: right;"><strong>{esc(SHORT)}</strong></p>'),
    ],
    authors=[SHORT],
    summary=(
        "Sáng 19/11/2026, Phòng GD&ĐT Cam Lộ tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "(20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm học 2025-2026."
    ),
    opts={
        "user": ADMIN,
        "intro": True,
        "featured": True,
        "hits": 894,
        "modified": "2026-11-23T08:02:00",
    },
)
N_TT22 = Story(
    246,
    "huong-dan-kiem-tra-danh-gia-hoc-sinh-thcs-theo-thong-tu-22",
    "Hướng dẫn kiểm tra, đánh giá học sinh THCS theo Thông tư 22/2021/TT-BGDĐT",
    "chuyen-mon",
    "2026-11-16T15:00:00+07:00",
    [
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh giá học "
            "sinh trung học cơ sở và trung học phổ thông, Sở GD&ĐT Quảng Trị hướng dẫn một số nội "
            "dung kiểm tra, đánh giá năm học 2026-2027 như sau:"
        ),
        P("1. Đánh giá thường xuyên", "h3"),
        P(
            "Được thực hiện thông qua hỏi - đáp, viết, thuyết trình, thực hành, thí nghiệm, sản phẩm "
            "học tập; mỗi môn học có số lần đánh giá thường xuyên theo số tiết trong năm học."
        ),
        P("2. Đánh giá định kỳ", "h3"),
        P(
            "Gồm đánh giá giữa kỳ và đánh giá cuối kỳ, thực hiện thông qua bài kiểm tra trên giấy hoặc "
            "trên máy tính, bài thực hành, dự án học tập."
        ),
        P("Số lần đánh giá thường xuyên trong mỗi học kỳ:"),
        P("Số tiết/năm học | Số điểm ĐGtx tối thiểu", "th"),
        P("Đến 35 tiết | 2", "td"),
        P("Trên 35 tiết đến 70 tiết | 3", "td"),
        P("Trên 70 tiết | 4", "td"),
        P("3. Một số lưu ý", "h3"),
        P("Đề kiểm tra định kỳ phải có ma trận, bản đặc tả và hướng dẫn chấm.", "li"),
        P("Không giao bài tập về nhà quá sức đối với học sinh.", "li"),
        P("Kết quả đánh giá được cập nhật lên hệ thống cơ sở dữ liệu ngành đúng thời hạn.", "li"),
        Raw("<p><em>Nguồn: Sở GD&amp;ĐT Quảng Trị</em></p>"),
    ],
    source="Sở GD&ĐT Quảng Trị",
    opts={"user": ADMIN, "hits": 1377, "modified": "2026-11-30T15:45:00"},
)
N_CHUAN = Story(
    243,
    "truong-thcs-cam-hieu-dat-chuan-quoc-gia-muc-do-2",
    "Trường THCS Cam Hiếu đạt chuẩn quốc gia mức độ 2",
    "tin-tuc",
    "2026-11-12T08:00:00+07:00",
    [
        P(
            "Ngày 10/11/2026, UBND tỉnh Quảng Trị đã ban hành quyết định công nhận Trường THCS Cam "
            "Hiếu (huyện Cam Lộ) đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp "
            "độ 3.",
            "b",
        ),
        P(
            "Trường THCS Cam Hiếu hiện có 14 lớp với 486 học sinh, 32 cán bộ, giáo viên, nhân viên; "
            "100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo."
        ),
        Img(
            "/images/tin-tuc/2026/11/thcs-cam-hieu.jpg",
            "Khuôn viên Trường THCS Cam Hiếu",
            "Khuôn viên Trường THCS Cam Hiếu",
            "cp",
        ),
        P(
            "Những năm qua, nhà trường được đầu tư xây dựng khối phòng học bộ môn, thư viện, nhà đa "
            "năng; chất lượng giáo dục toàn diện ngày càng được nâng lên, tỷ lệ học sinh khá, giỏi "
            "đạt trên 60%."
        ),
        P(
            "Đến nay, toàn huyện Cam Lộ có 27 trường đạt chuẩn quốc gia, trong đó 9 trường đạt mức "
            "độ 2."
        ),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Trị</em></p>'),
    ],
    source="Báo Quảng Trị",
    summary=(
        "Ngày 10/11/2026, UBND tỉnh Quảng Trị đã ban hành quyết định công nhận Trường THCS Cam "
        "Hiếu (huyện Cam Lộ) đạt chuẩn quốc gia mức độ 2 và đạt kiểm định chất lượng giáo dục cấp "
        "độ 3."
    ),
    opts={"user": ADMIN, "hits": 733},
)
N_NCBH = Story(
    241,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-cum-so-2",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cấp THCS cụm số 2",
    "chuyen-mon",
    "2026-11-06T14:20:00+07:00",
    [
        P(
            "Chiều 05/11/2026, tại Trường THCS Lê Thế Hiếu, cụm chuyên môn số 2 tổ chức sinh hoạt "
            "chuyên môn theo nghiên cứu bài học môn Toán với sự tham gia của giáo viên Toán bốn trường "
            "THCS Lê Thế Hiếu, Cam Thành, Cam Hiếu và Cam Tuyền."
        ),
        P(
            "Giáo viên dạy minh họa bài “Hình thang cân” (Toán 8). Thay vì tập trung nhận xét giáo "
            "viên, người dự quan sát cách học sinh tiếp nhận nhiệm vụ, hợp tác trong nhóm và những "
            "khó khăn các em gặp phải."
        ),
        Img(
            "/images/chuyen-mon/2026/11/ncbh-toan-cum-2.jpg",
            "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh",
            "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh",
            "em",
        ),
        P(
            "Buổi thảo luận sau tiết dạy đã chỉ ra nhiều điều chỉnh cần thiết ở hoạt động khởi động và "
            "luyện tập. Cụm thống nhất tiếp tục tổ chức sinh hoạt theo chủ đề “Dạy học hình học trực "
            "quan” vào tháng 12."
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    opts={"user": "Lê Thị Thu Hà", "hits": 268},
)
N_MUALU = Story(
    238,
    "cac-truong-hoc-cam-lo-khac-phuc-hau-qua-mua-lu-don-hoc-sinh-tro-lai-truong",
    "Các trường học Cam Lộ khắc phục hậu quả mưa lũ, sẵn sàng đón học sinh trở lại trường",
    "tin-tuc",
    "2026-10-29T09:30:00+07:00",
    [
        P(
            "Ngay sau khi nước lũ rút, cán bộ, giáo viên các trường học trên địa bàn huyện Cam Lộ đã "
            "khẩn trương dọn dẹp bùn đất, vệ sinh trường lớp để đón học sinh trở lại học tập từ ngày "
            "30/10/2026.",
            "b",
        ),
        P(
            "Đợt mưa lũ từ ngày 26 đến 28/10 đã làm 9 trường học bị ngập, trong đó Trường TH Cam "
            "Thanh, Trường MN Cam Thủy ngập sâu hơn 1 mét; nhiều bàn ghế, sách vở, thiết bị dạy học "
            "bị hư hỏng."
        ),
        Img(
            "/images/tin-tuc/2026/10/don-dep-sau-lu-1.jpg",
            "Giáo viên Trường TH Cam Thanh dọn bùn đất trong phòng học",
            "Giáo viên Trường TH Cam Thanh dọn bùn đất trong phòng học",
            "ci",
        ),
        P(
            "Cùng với lực lượng giáo viên, đoàn viên thanh niên, bộ đội Ban Chỉ huy Quân sự huyện và "
            "phụ huynh học sinh đã hỗ trợ các nhà trường khắc phục hậu quả."
        ),
        Img("/images/tin-tuc/2026/10/don-dep-sau-lu-2.jpg", None, None, "bare"),
        P(
            "Phòng GD&ĐT đề nghị các trường rà soát, thống kê thiệt hại, báo cáo trước ngày 02/11/2026 "
            "và kêu gọi các nhà hảo tâm hỗ trợ sách vở, đồ dùng học tập cho học sinh vùng lũ."
        ),
        Raw("<p><strong>Tin, ảnh: Phan Văn Lợi</strong></p>"),
    ],
    authors=["Phan Văn Lợi"],
    photographers=["Phan Văn Lợi"],
    summary=(
        "Ngay sau khi nước lũ rút, cán bộ, giáo viên các trường học trên địa bàn huyện Cam Lộ đã "
        "khẩn trương dọn dẹp bùn đất, vệ sinh trường lớp để đón học sinh trở lại học tập từ ngày "
        "30/10/2026."
    ),
    opts={"user": ADMIN, "hits": 1502},
)
N_PCCC = Story(
    235,
    "tap-huan-cong-tac-phong-chay-chua-chay-va-cuu-nan-cuu-ho-trong-truong-hoc",
    "Tập huấn công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ trong trường học",
    "tin-tuc",
    "2026-10-21T15:45:00+07:00",
    [
        P(
            "Ngày 20/10/2026, Phòng GD&ĐT phối hợp với Công an huyện Cam Lộ tổ chức tập huấn nghiệp vụ "
            "phòng cháy, chữa cháy và cứu nạn, cứu hộ cho hơn 120 cán bộ, giáo viên, nhân viên bảo vệ "
            "các trường học."
        ),
        P(
            "Học viên được phổ biến các quy định của Luật Phòng cháy, chữa cháy; nguyên nhân thường "
            "gây cháy, nổ trong trường học và kỹ năng thoát nạn khi có sự cố."
        ),
        P("Chương trình tập huấn:"),
        P("Thời gian | Nội dung | Báo cáo viên", "th"),
        P("7h30 - 9h00 | Kiến thức pháp luật về PCCC | Đại úy Trần Đức Minh", "td"),
        P("9h15 - 10h30 | Kỹ năng thoát nạn, sơ cứu ban đầu | Thượng úy Hồ Văn Nam", "td"),
        P("14h00 - 16h30 | Thực hành chữa cháy bằng bình chữa cháy | Đội Cảnh sát PCCC", "td"),
        Img(
            "/images/tin-tuc/2026/10/tap-huan-pccc.jpg",
            "Học viên thực hành sử dụng bình chữa cháy",
            "Học viên thực hành sử dụng bình chữa cháy",
            "ci",
        ),
        P(
            "Qua tập huấn, các trường sẽ kiện toàn đội PCCC cơ sở, xây dựng phương án chữa cháy và tổ "
            "chức diễn tập cho học sinh trong học kỳ I."
        ),
        Raw("<p><strong>Tin: Võ Thị Ngọc Ánh; Ảnh: Hồ Văn Tâm</strong></p>"),
    ],
    authors=["Võ Thị Ngọc Ánh"],
    photographers=["Hồ Văn Tâm"],
    opts={"user": ADMIN, "hits": 611},
)

STORIES: list[Story] = [
    T_LICHKT,
    T_GVCN,
    T_CDS,
    T_SANGKIEN,
    T_MUALU,
    N_HKPD,
    N_STEM,
    N_NHAGIAO,
    N_TT22,
    N_CHUAN,
    N_NCBH,
    N_MUALU,
    N_PCCC,
]
BY_ID = {s.id: s for s in STORIES}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def in_menu(alias: str) -> list[Story]:
    """What a category blog lists: ``tin-tuc`` includes its child category ``chuyen-mon``."""
    cats = {"tin-tuc": ("tin-tuc", "chuyen-mon")}.get(alias, (alias,))
    return newest([s for s in STORIES if s.cat in cats])


def sef(story: Story) -> str:
    return f"/index.php/{story.cat}/{story.id}-{story.slug}"


def print_path(story: Story) -> str:
    return sef(story) + "?tmpl=component&print=1"


def nonsef(story: Story) -> str:
    itemid, catid = MENU[story.cat]
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={catid}&Itemid={itemid}"


# --- the document register (not articles) ---------------------------------------------------

DOCS = [
    (91, "1312/PGDĐT-CM", "03/12/2026", "Công văn", "V/v kiểm tra cuối học kỳ I năm học 2026-2027 cấp THCS"),
    (90, "1298/PGDĐT-VP", "01/12/2026", "Công văn", "V/v tăng cường công tác an toàn giao thông cho học sinh"),
    (89, "215/KH-PGDĐT", "24/11/2026", "Kế hoạch", "Kế hoạch tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện"),
    (88, "1254/PGDĐT-CM", "20/11/2026", "Công văn", "V/v triển khai chuyên đề dạy học STEM cấp tiểu học"),
    (87, "1233/PGDĐT-TCCB", "17/11/2026", "Công văn", "V/v cử cán bộ, giáo viên tham gia tập huấn chuyển đổi số"),
    (86, "398/QĐ-PGDĐT", "09/11/2026", "Quyết định", "Quyết định công nhận sáng kiến cấp huyện năm học 2025-2026"),
    (85, "1187/PGDĐT-CM", "05/11/2026", "Công văn", "V/v hướng dẫn kiểm tra, đánh giá học sinh THCS năm học 2026-2027"),
    (84, "1150/PGDĐT-VP", "30/10/2026", "Công văn", "V/v khắc phục hậu quả mưa lũ, ổn định dạy và học"),
    (83, "1139/TB-PGDĐT", "26/10/2026", "Thông báo", "Thông báo cho học sinh nghỉ học để phòng, tránh mưa lũ"),
    (82, "1102/PGDĐT-CSVC", "19/10/2026", "Công văn", "V/v tập huấn công tác phòng cháy, chữa cháy trong trường học"),
    (81, "201/KH-PGDĐT", "12/10/2026", "Kế hoạch", "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XIII"),
    (80, "1045/PGDĐT-TH", "06/10/2026", "Công văn", "V/v hướng dẫn đánh giá học sinh tiểu học theo Thông tư 27"),
    (79, "1012/PGDĐT-MN", "29/09/2026", "Công văn", "V/v thực hiện chế độ dinh dưỡng trong các cơ sở mầm non"),
    (78, "190/KH-PGDĐT", "15/09/2026", "Kế hoạch", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027"),
]


def doc_alias(doc: tuple) -> str:
    number = doc[1].split("/")[0]
    kind = {"Công văn": "cong-van", "Kế hoạch": "ke-hoach", "Quyết định": "quyet-dinh"}.get(doc[3], "thong-bao")
    return f"{doc[0]}-{kind}-so-{number}"


def doc_path(doc: tuple) -> str:
    return f"/index.php/van-ban/{doc_alias(doc)}"


DOCS_BY_ALIAS = {doc_alias(d): d for d in DOCS}

NON_ARTICLES = [
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    "/index.php/lich-cong-tac-tuan",
    "/index.php/thi-dua-khen-thuong",
    "/index.php/van-ban",
    "/index.php/van-ban?start=6",
    doc_path(DOCS[0]),
    doc_path(DOCS[5]),
]


# --- gold ------------------------------------------------------------------------------------

GOLD = [
    gold_record(s, sef(s), CATEGORIES[s.cat], alt_paths=(print_path(s), nonsef(s)))
    for s in newest(STORIES)
]


# --- rendering ---------------------------------------------------------------------------------


def joomla_date(iso: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the Vietnamese pack: "Thứ năm, 03 Tháng 12 2026 14:30"."""
    d = datetime.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def short_date(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y")


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html.startswith("attachments:"):
                out.append(attachments_table(b.html[len("attachments:") :]))
            else:
                out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" cellpadding="4">'
                "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_img(img: Img) -> str:
    src = esc(img.src)
    if img.style == "scan":
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="900" height="1273" '
            'style="max-width: 100%; height: auto;"></p>'
        )
    if img.style == "tbl":
        return (
            '<table class="image-caption" style="margin-left: auto; margin-right: auto;" '
            'border="0" align="center"><tbody>\n'
            f'<tr><td><img src="{src}" alt="" width="600" height="400"></td></tr>\n'
            f'<tr><td style="text-align: center;">{esc(img.printed or "")}</td></tr>\n'
            "</tbody></table>"
        )
    pic = f'<p style="text-align: center;"><img src="{src}" alt="" width="600" height="400"></p>'
    if img.printed is None:
        return pic
    if img.style == "ci":
        return pic + f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
    if img.style == "cp":
        return pic + f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
    return pic + f"\n<p><em>{esc(img.printed)}</em></p>"


def attachments_table(spec: str) -> str:
    """The "Attachments for Joomla" plugin's table under the text."""
    rows = []
    for item in spec.split(";"):
        name, size = item.split("=")
        icon = "pdf" if name.endswith(".pdf") else "doc"
        rows.append(
            f'<tr class="row{len(rows) % 2}"><td class="at_filename">'
            f'<img src="/media/attachments/icons/{icon}.gif" alt=""> {esc(name)}</td>'
            f'<td class="at_file_size">{esc(size)}</td>'
            f'<td class="at_download"><a href="{pdf(name)}" title="Tải về {esc(name)}">Tải về</a></td></tr>'
        )
    return (
        '<div class="attachmentsContainer"><table class="attachmentsList" id="attachmentsList_com_content_default">'
        "<caption>Tệp đính kèm:</caption><thead><tr><th>Tên tệp</th><th>Dung lượng</th><th>Tải về</th>"
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def split_at(story: Story) -> int:
    """Index of the first block after the intro (readmore) when the article is split."""
    if not story.opts.get("intro"):
        return 0
    return next(i for i, b in enumerate(story.blocks) if isinstance(b, P)) + 1


def info_block(story: Story, list_view: bool = False) -> str:
    cat = CATEGORIES[story.cat]
    modified = story.opts.get("modified")
    mod = (
        f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{modified}+07:00" itemprop="dateModified">Ngày cập nhật: '
        f"{joomla_date(modified)}</time></dd>\n"
        if modified and not list_view
        else ""
    )
    hits = story.opts.get("hits", story.views())
    return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(story.opts["user"])}</span></dd>
<dd class="category-name">Danh mục: <a href="/index.php/{story.cat}" itemprop="genre">{esc(cat)}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{story.published_at}" itemprop="datePublished">Được đăng: {joomla_date(story.published_at or "")}</time></dd>
{mod}<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}">Lượt xem: {hits}</dd>
</dl>"""


def mail_link(story: Story) -> str:
    digest = hashlib.sha1(sef(story).encode()).hexdigest()
    return f"/index.php/component/mailto/?tmpl=component&amp;template=camlo&amp;link={digest}"


def article_html(story: Story, printing: bool = False) -> str:
    n = split_at(story)
    if n:
        body = (
            f'<div class="intro-text">\n{render_blocks(story.blocks[:n])}\n</div>\n'
            f"{render_blocks(story.blocks[n:])}"
        )
    else:
        body = render_blocks(story.blocks)
    if printing:
        tools = (
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();'
            'return false;"><span class="icon-print" aria-hidden="true"></span>In</a></div>'
        )
        after = ""
    else:
        tools = f"""<div class="btn-group pull-right">
<a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog" aria-hidden="true"></span><span class="caret"></span></a>
<ul class="dropdown-menu">
<li class="print-icon"><a href="{esc(print_path(story))}" title="In bài viết &lt; {esc(story.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a></li>
<li class="email-icon"><a href="{mail_link(story)}" title="Gửi liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a></li>
</ul>
</div>"""
        after = pagenav(story) + other_news(story)
    return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header">
<h2 itemprop="headline">{esc(story.title)}</h2>
</div>
{tools}
{info_block(story)}
<div itemprop="articleBody">
{body}
</div>
{after}
</div>"""


def pagenav(story: Story) -> str:
    same = newest([s for s in STORIES if s.cat == story.cat])
    i = same.index(story)
    prev = same[i - 1] if i > 0 else None
    nxt = same[i + 1] if i + 1 < len(same) else None
    parts = []
    if prev:
        parts.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài trước: '
            f'{esc(prev.title)}" href="{sef(prev)}" rel="prev">&laquo; Trước</a></li>'
        )
    if nxt:
        parts.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài tiếp: '
            f'{esc(nxt.title)}" href="{sef(nxt)}" rel="next">Tiếp theo &raquo;</a></li>'
        )
    return '<ul class="pager pagenav">\n' + "\n".join(parts) + "\n</ul>\n"


def other_news(story: Story) -> str:
    same = [s for s in newest(STORIES) if s.cat == story.cat and s is not story][:5]
    items = "\n".join(
        f'<li><a href="{sef(s)}">{esc(s.title)}</a> <span class="cl-date">({short_date(s.published_at or "")})</span></li>'
        for s in same
    )
    return (
        '<div class="cl-other-news"><h3 class="cl-other-title">Các bài viết khác</h3>'
        f'<ul class="cl-other-list">\n{items}\n</ul></div>'
    )


def teaser(story: Story) -> str:
    """The blog item text: the intro of a split article, else the template's cut of paragraph 1."""
    n = split_at(story)
    if n:
        return render_blocks(story.blocks[:n])
    first = next(b for b in story.blocks if isinstance(b, P)).text
    if len(first) > 200:
        first = first[:200].rsplit(" ", 1)[0] + "..."
    return f"<p>{esc(first)}</p>"


def blog_item(story: Story, thumb: bool = True) -> str:
    img = story.images[0].src if story.images else None
    pic = (
        f'<div class="pull-left item-image"><a href="{sef(story)}"><img src="{esc(img)}" '
        'alt="" width="180" height="120" itemprop="thumbnailUrl"></a></div>\n'
        if img and thumb
        else ""
    )
    return f"""<div class="page-header"><h2 itemprop="name"><a href="{sef(story)}" itemprop="url">{esc(story.title)}</a></h2></div>
{info_block(story, list_view=True)}
{pic}{teaser(story)}
<p class="readmore"><a class="btn" href="{sef(story)}" itemprop="url" aria-label="Đọc thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(story.title)}</a></p>"""


def pagination(base: str, start: int, total: int) -> str:
    pages = -(-total // PER_PAGE)
    if pages <= 1:
        return ""
    cur = start // PER_PAGE + 1

    def href(page: int) -> str:
        return base if page == 1 else f"{base}?start={(page - 1) * PER_PAGE}"

    def li(label: str, page: int, cls: str = "", active: bool = False) -> str:
        c = f' class="{cls}"' if cls else ""
        if active:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(page)}" class="hasTooltip pagenav">{label}</a></li>'

    items = [
        li("Đầu", 1, "pagination-start", cur == 1),
        li("Trước", cur - 1, "pagination-prev", cur == 1),
        *[li(str(p), p, "", p == cur) for p in range(1, pages + 1)],
        li("Sau", cur + 1, "pagination-next", cur == pages),
        li("Cuối", pages, "pagination-end", cur == pages),
    ]
    return (
        f'<div class="pagination"><p class="counter pull-right">Trang {cur} / {pages}</p>\n'
        "<ul>" + "\n".join(items) + "</ul></div>"
    )


def start_param(request: Request) -> int | None:
    raw = request.params.get("start", "0")
    if not raw.isdigit() or int(raw) % PER_PAGE:
        return None
    return int(raw)


# --- chrome ------------------------------------------------------------------------------------

TOP_MENU = [
    ("/index.php", "Trang chủ", 101),
    ("/index.php/gioi-thieu", "Giới thiệu", 106),
    ("/index.php/tin-tuc", "Tin tức", 102),
    ("/index.php/chuyen-mon", "Chuyên môn", 104),
    ("/index.php/thong-bao", "Thông báo", 103),
    ("/index.php/van-ban", "Văn bản", 105),
    ("/index.php/lich-cong-tac-tuan", "Lịch công tác", 107),
    ("/index.php/thi-dua-khen-thuong", "Thi đua - Khen thưởng", 108),
    ("/index.php/lien-he", "Liên hệ", 109),
]


def breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li>Bạn đang ở: &#160;</li>']
    full = [("/index.php", "Trang chủ"), *trail]
    for i, (href, label) in enumerate(full):
        last = i == len(full) - 1
        if last:
            items.append(f'<li class="active"><span>{esc(label)}</span></li>')
        else:
            items.append(
                f'<li><a href="{href}" class="pathway">{esc(label)}</a><span class="divider">'
                '<img src="/media/system/images/arrow.png" alt=""></span></li>'
            )
    return '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">' + "".join(items) + "</ul>"


def left_column(active: int) -> str:
    menu = "\n".join(
        f'<li class="item-{m}{" current active" if m == active else ""}"><a href="{h}">{esc(t)}</a></li>'
        for h, t, m in TOP_MENU
    )
    docs = "\n".join(
        f'<li><a href="{doc_path(d)}" title="{esc(d[4])}">{esc(d[1])}</a> <span class="small">({d[2]})</span></li>'
        for d in DOCS[:5]
    )
    popular = sorted(STORIES, key=lambda s: -s.opts.get("hits", 0))[:5]
    hot = "\n".join(f'<li><a href="{esc(nonsef(s))}">{esc(s.title)}</a></li>' for s in popular)
    return f"""<div id="cl-left" class="span3">
<div class="cl-module moduletable_menu"><h3 class="cl-module-title">Menu chính</h3>
<ul class="nav menu">
{menu}
</ul></div>
<div class="cl-module moduletable vanban-moi"><h3 class="cl-module-title">Văn bản mới</h3>
<ul class="cl-vb-list">
{docs}
</ul><p class="cl-more"><a href="/index.php/van-ban">Xem tất cả &raquo;</a></p></div>
<div class="cl-module moduletable"><h3 class="cl-module-title">Tin xem nhiều</h3>
<ul class="mostread">
{hot}
</ul></div>
<div class="cl-module moduletable"><h3 class="cl-module-title">Liên kết website</h3>
<select class="inputbox" onchange="if(this.value) window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangtri.edu.vn">Sở GD&amp;ĐT Quảng Trị</option>
<option value="https://camlo.quangtri.gov.vn">Cổng TTĐT huyện Cam Lộ</option>
<option value="https://temis.csdl.edu.vn">Hệ thống TEMIS</option>
</select></div>
<div class="cl-module moduletable"><h3 class="cl-module-title">Thăm dò ý kiến</h3>
<form action="/index.php" method="post" name="form2" class="cl-poll">
<p>Bạn đánh giá thế nào về website của Phòng?</p>
<label><input type="radio" name="voteid" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="voteid" value="2"> Hữu ích</label><br>
<label><input type="radio" name="voteid" value="3"> Bình thường</label><br>
<input type="submit" name="task_button" class="button btn" value="Bình chọn">
<input type="hidden" name="option" value="com_poll"><input type="hidden" name="task" value="vote">
<input type="hidden" name="id" value="1"></form></div>
<div class="cl-module moduletable thongke"><h3 class="cl-module-title">Thống kê truy cập</h3>
<ul class="cl-counter">
<li><img src="/templates/camlo/images/online.gif" alt=""> Đang truy cập: 7</li>
<li><img src="/templates/camlo/images/today.gif" alt=""> Hôm nay: 215</li>
<li><img src="/templates/camlo/images/total.gif" alt=""> Tổng: 1.203.114</li>
</ul></div>
</div>"""


def layout(title: str, main: str, active: int, trail: list | None = None, head: str = "") -> str:
    nav = "\n".join(
        f'<li class="item-{m}{" current active" if m == active else ""}"><a href="{h}">{esc(t)}</a></li>'
        for h, t, m in TOP_MENU
    )
    crumbs = breadcrumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="keywords" content="giáo dục, Cam Lộ, Quảng Trị">
<meta name="description" content="{esc(SITE)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
{head}<title>{esc(title)}</title>
<link href="/templates/camlo/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="/media/jui/css/bootstrap.min.css?4d7b3c1b" rel="stylesheet">
<link href="/templates/camlo/css/template.css?4d7b3c1b" rel="stylesheet">
<style>.intro-text{{font-weight:bold}} .cl-date{{color:#888}}</style>
<script src="/media/jui/js/jquery.min.js?4d7b3c1b"></script>
<script src="/media/jui/js/bootstrap.min.js?4d7b3c1b"></script>
</head>
<body class="site com_content view-article itemid-{active}">
<div class="container cl-wrapper">
<header class="cl-header">
<div class="cl-topbar"><span class="cl-today">{TODAY_LINE}</span>
<form class="cl-search form-inline" action="/index.php" method="post"><input name="searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm...">
<input type="hidden" name="task" value="search"><input type="hidden" name="option" value="com_search"><input type="hidden" name="Itemid" value="101"></form></div>
<div class="cl-banner"><a href="/"><img src="/templates/camlo/images/logo.png" alt="{esc(SITE)}"></a>
<div class="cl-sitename"><span>UBND HUYỆN CAM LỘ</span><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></div></div>
<nav class="navbar cl-topmenu"><ul class="nav menu nav-pills">
{nav}
</ul></nav>
</header>
<div class="cl-breadcrumbs">{crumbs}</div>
<div class="row-fluid">
{left_column(active)}
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
</div>
<footer class="cl-footer">
<div class="cl-footer-links"><a href="/index.php/gioi-thieu">Giới thiệu</a> | <a href="/index.php/lien-he">Liên hệ</a></div>
<p><strong>{esc(SITE.upper())}</strong><br>
Địa chỉ: Khu phố 4, thị trấn Cam Lộ, huyện Cam Lộ, tỉnh Quảng Trị<br>
Điện thoại: 0233 3871 254 - Fax: 0233 3871 130 - Email: pgdcamlo@quangtri.edu.vn<br>
Chịu trách nhiệm: Nguyễn Văn Thành - Trưởng phòng<br>
Thiết kế bởi Công ty TNHH Tin học Phương Nam</p>
</footer>
</div>
</body>
</html>"""


# --- pages ---------------------------------------------------------------------------------------


def not_found() -> Response:
    main = (
        '<div class="error"><h2>404 - Không tìm thấy trang</h2>'
        "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p></div>"
    )
    return html(layout(f"404 - {SHORT}", main, 101), status=404)


def home() -> Response:
    featured = [s for s in newest(STORIES) if s.opts.get("featured")]
    lead, rest = featured[0], featured[1:]
    rows = "\n".join(
        f'<div class="span6"><div class="item column-{i + 1}" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">{blog_item(s)}</div></div>'
        for i, s in enumerate(rest)
    )
    tb = "\n".join(
        f'<li><a href="{sef(s)}" class="mod-articles-category-title">{esc(s.title)}</a>'
        f' <span class="mod-articles-category-date">{short_date(s.published_at or "")}</span></li>'
        for s in newest([s for s in STORIES if s.cat == "thong-bao"])[:4]
    )
    main = f"""<div class="cl-module moduletable thongbao-moi"><h3 class="cl-module-title">Thông báo mới</h3>
<ul class="category-module mod-list">
{tb}
</ul></div>
<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="items-leading clearfix">
<div class="leading-0 clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{blog_item(lead)}
</div></div>
<div class="items-row cols-2 row-0 row-fluid clearfix">
{rows}
</div>
</div>"""
    return html(layout(f"Trang chủ - {SHORT}", main, 101))


def category_blog(request: Request, alias: str) -> Response:
    start = start_param(request)
    items = in_menu(alias)
    if start is None or (start and start >= len(items)):
        return not_found()
    chunk = items[start : start + PER_PAGE]
    lead, rest = chunk[0], chunk[1:]
    rows = []
    for r in range(0, len(rest), 2):
        pair = rest[r : r + 2]
        cols = "\n".join(
            f'<div class="span6"><div class="item column-{j + 1}" itemprop="blogPost" itemscope '
            f'itemtype="https://schema.org/BlogPosting">{blog_item(s)}</div></div>'
            for j, s in enumerate(pair)
        )
        rows.append(f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">\n{cols}\n</div>')
    name = CATEGORIES[alias]
    base = f"/index.php/{alias}"
    main = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>{esc(name)}</h1></div>
<div class="items-leading clearfix">
<div class="leading-0" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{blog_item(lead)}
</div></div>
{"".join(rows)}
{pagination(base, start, len(items))}
</div>"""
    title = name if not start else f"{name} - Trang {start // PER_PAGE + 1}"
    return html(layout(f"{title} - {SHORT}", main, MENU[alias][0], [(None, name)]))


def empty_category() -> Response:
    main = (
        '<div class="blog"><div class="page-header"><h1>Thi đua - Khen thưởng</h1></div>'
        '<p class="cl-empty">Không có bài viết nào trong chuyên mục này.</p></div>'
    )
    return html(layout(f"Thi đua - Khen thưởng - {SHORT}", main, 108, [(None, "Thi đua - Khen thưởng")]))


def article_page(story: Story) -> Response:
    name = CATEGORIES[story.cat]
    trail = [(f"/index.php/{story.cat}", name), (None, story.title)]
    desc = f'<meta name="author" content="{esc(story.opts["user"])}">\n'
    return html(layout(f"{story.title} - {SHORT}", article_html(story), MENU[story.cat][0], trail, desc))


def print_page(story: Story) -> Response:
    return html(f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)} - {esc(SHORT)}</title>
<link href="/templates/camlo/css/template.css?4d7b3c1b" rel="stylesheet">
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
{article_html(story, printing=True)}
</body>
</html>""")


def mailto_page() -> Response:
    return html("""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8">
<meta name="robots" content="noindex, nofollow"><title>Gửi liên kết này cho bạn bè</title></head>
<body class="contentpane"><div id="mailto-window"><h2>Gửi liên kết này cho bạn bè.</h2>
<form action="/index.php" id="mailtoForm" method="post">
<div class="formelm"><label for="mailto_field">Email tới</label><input type="text" id="mailto_field" name="mailto" size="25"></div>
<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" size="25"></div>
<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" size="25"></div>
<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" size="25"></div>
<p><button class="button" type="submit">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy</button></p>
<input type="hidden" name="option" value="com_mailto"><input type="hidden" name="task" value="send">
</form></div></body></html>""")


def van_ban_list(request: Request) -> Response:
    start = start_param(request)
    if start is None or (start and start >= len(DOCS)):
        return not_found()
    rows = "\n".join(
        f'<tr><td>{start + i + 1}</td><td><a href="{doc_path(d)}">{esc(d[1])}</a></td><td>{d[2]}</td>'
        f'<td>{esc(d[4])}</td><td><a href="/images/van-ban/2026/{doc_alias(d)}.pdf" class="vb-download">'
        '<img src="/templates/camlo/images/download.png" alt="Tải về"></a></td></tr>'
        for i, d in enumerate(DOCS[start : start + PER_PAGE])
    )
    main = f"""<div class="vanban-list">
<div class="page-header"><h1>Văn bản</h1></div>
<form class="vb-filter form-inline" action="/index.php/van-ban" method="get">
<input type="text" name="filter_search" placeholder="Số ký hiệu, trích yếu..."> <button class="btn" type="submit">Tìm</button></form>
<table class="table table-striped vanban-table">
<thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{rows}
</tbody></table>
{pagination("/index.php/van-ban", start, len(DOCS))}
</div>"""
    return html(layout(f"Văn bản - {SHORT}", main, 105, [(None, "Văn bản")]))


def van_ban_entry(doc: tuple) -> Response:
    signer = "Nguyễn Văn Thành" if doc[3] in ("Quyết định", "Kế hoạch") else "Trần Thị Lệ Thủy"
    main = f"""<div class="vanban-detail">
<div class="page-header"><h2>Chi tiết văn bản</h2></div>
<table class="table table-bordered vb-info">
<tr><th>Số/Ký hiệu</th><td>{esc(doc[1])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc[2]}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc[3])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT Cam Lộ</td></tr>
<tr><th>Người ký</th><td>{signer}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc[4])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/images/van-ban/2026/{doc_alias(doc)}.pdf">{doc_alias(doc)}.pdf</a></td></tr>
</table>
<p><a href="/index.php/van-ban">&laquo; Quay lại danh sách văn bản</a></p>
</div>"""
    trail = [("/index.php/van-ban", "Văn bản"), (None, doc[1])]
    return html(layout(f"{doc[1]} - {SHORT}", main, 105, trail))


def gioi_thieu() -> Response:
    main = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Giới thiệu chung</h2></div>
<div itemprop="articleBody">
<p>Phòng Giáo dục và Đào tạo huyện Cam Lộ là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu,
giúp UBND huyện thực hiện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<h3>Lãnh đạo Phòng</h3>
<ul><li>Trưởng phòng: Nguyễn Văn Thành</li><li>Phó Trưởng phòng: Trần Thị Lệ Thủy</li>
<li>Phó Trưởng phòng: Hoàng Đức Long</li></ul>
<p>Toàn huyện có 41 trường học, trong đó 15 trường Mầm non, 14 trường Tiểu học, 10 trường THCS và 2
trường TH&amp;THCS với hơn 12.000 học sinh.</p>
</div></div>"""
    return html(layout(f"Giới thiệu - {SHORT}", main, 106, [(None, "Giới thiệu")]))


def lich_cong_tac() -> Response:
    rows = [
        ("Thứ hai 30/11", "7h30: Giao ban lãnh đạo Phòng", "Trưởng phòng"),
        ("Thứ ba 01/12", "8h00: Kiểm tra nội bộ Trường MN Cam Thủy", "PTP Trần Thị Lệ Thủy"),
        ("Thứ tư 02/12", "14h00: Bế mạc Hội khỏe Phù Đổng cấp huyện", "Trưởng phòng"),
        ("Thứ năm 03/12", "8h00: Họp Hội đồng thi đua ngành", "Lãnh đạo Phòng"),
        ("Thứ sáu 04/12", "Cả ngày: Dự chuyên đề THCS tại Cam Tuyền", "PTP Hoàng Đức Long"),
    ]
    body = "\n".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    main = f"""<div class="item-page lich-cong-tac">
<div class="page-header"><h2>Lịch công tác tuần 49 (từ 30/11 đến 06/12/2026)</h2></div>
<div itemprop="articleBody">
<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung</th><th>Chủ trì</th></tr></thead>
<tbody>
{body}
</tbody></table>
<p><em>Lịch có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>
</div></div>"""
    return html(layout(f"Lịch công tác tuần - {SHORT}", main, 107, [(None, "Lịch công tác")]))


def lien_he() -> Response:
    main = """<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng GD&amp;ĐT huyện Cam Lộ</span></h2></div>
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: "></span></dt>
<dd><span class="contact-street">Khu phố 4, thị trấn Cam Lộ</span></dd>
<dd><span class="contact-suburb">huyện Cam Lộ, tỉnh Quảng Trị</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: "></span></dt>
<dd><span class="contact-telephone">0233 3871 254</span></dd>
</dl>
<h3>Mẫu liên hệ</h3>
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi một email. Các trường có dấu * là bắt buộc.</legend>
<div class="control-group"><label for="jform_contact_name">Tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>
<div class="control-group"><label for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" id="jform_contact_email" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">
<input type="hidden" name="id" value="1:phong-gd-dt-cam-lo">
</fieldset></form>
</div>"""
    return html(layout(f"Liên hệ - {SHORT}", main, 109, [(None, "Liên hệ")]))


def pdfjs_viewer(request: Request) -> Response:
    file = esc(request.params.get("file", ""))
    return html(f"""<!DOCTYPE html><html dir="ltr" mozdisallowselectionprint><head><meta charset="utf-8">
<title>PDF.js viewer</title><link rel="stylesheet" href="viewer.css"><script src="../build/pdf.js"></script>
<script src="viewer.js"></script></head>
<body tabindex="1"><div id="outerContainer"><div id="mainContainer">
<div class="toolbar"><span id="numPages" class="toolbarLabel"></span>
<button id="download" class="toolbarButton download" title="Tải xuống"></button></div>
<div id="viewerContainer"><div id="viewer" class="pdfViewer" data-file="{file}"></div></div>
</div></div></body></html>""")


# --- routing -----------------------------------------------------------------------------------

ARTICLE_RE = re.compile(r"/index\.php/([a-z-]+)/(\d+)-([a-z0-9-]+)")


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/images/", "/media/", "/templates/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path == "/media/pdfjs/web/viewer.html":
                return pdfjs_viewer(request)
            return static_file(path)
        if path in ("/", "/index.php"):
            if params.get("option") == "com_content" and params.get("view") == "article":
                story = BY_ID.get(int(params.get("id", "0") or 0)) if params.get("id", "").isdigit() else None
                if story is None:
                    return not_found()
                return article_page(story)
            if request.query:
                return not_found()
            return home()
        if path == "/index.php/component/mailto/" or path == "/index.php/component/mailto":
            return mailto_page()
        if m := ARTICLE_RE.fullmatch(path):
            alias, ident, slug = m.group(1), int(m.group(2)), m.group(3)
            if alias == "van-ban":
                doc = DOCS_BY_ALIAS.get(f"{ident}-{slug}")
                return van_ban_entry(doc) if doc and not request.query else not_found()
            story = BY_ID.get(ident)
            if story is None or story.cat != alias or story.slug != slug:
                return not_found()
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return print_page(story)
            if request.query:
                return not_found()
            return article_page(story)
        alias = path[len("/index.php/") :] if path.startswith("/index.php/") else ""
        if alias in MENU:
            return category_blog(request, alias)
        if alias == "van-ban":
            return van_ban_list(request)
        if request.query:
            return not_found()
        pages = {
            "gioi-thieu": gioi_thieu,
            "lien-he": lien_he,
            "lich-cong-tac-tuan": lich_cong_tac,
            "thi-dua-khen-thuong": empty_category,
        }
        if alias in pages:
            return pages[alias]()
        return not_found()


def build_site() -> JoomlaSite:
    return JoomlaSite()
