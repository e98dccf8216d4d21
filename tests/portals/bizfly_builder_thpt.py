"""Bizfly Website builder portal of an upper-secondary school (Trường THPT Phan Đình Phùng, Quảng Trị).

Platform
--------
Bizfly Website: the hosted drag-and-drop website builder of a big Vietnamese media company.
Pages are stacks of *sections* (``<div class="bz-sc" id="BZSC_…">``) holding *elements*
(``<div class="bz-el bz-el-text" id="el_1034">``); the builder prints every section twice, a
desktop copy (``bz-dsk``) and a mobile copy (``bz-mb``), hidden by a media query. The blog
module ("Tin tức") renders its own markup: a listing with ``?page=N``, detail pages at
``/tin-tuc/<slug>-<id>.html`` routed on the numeric id only, tag pages, a JSON "Xem thêm" API.

URL scheme
----------
- ``/``                                     home (builder page: banner slider, news slider,
                                            notices box, "Gương sáng" box, popup, counters)
- ``/tin-tuc`` ``/tin-tuc?page=N``          all posts, 5 a page, newest first (3 pages)
- ``/tin-tuc/<cat-slug>``                   a category: its 3 newest posts and a JS "Xem thêm"
                                            button (``/api/blog/more?cat_id=…&offset=3``, JSON)
- ``/tin-tuc/tag/<tag-slug>``               tag page (no pagination)
- ``/tin-tuc/<slug>-<id>.html``             post; any slug with a known id serves the post
- ``/gioi-thieu`` ``/lien-he`` ``/tuyen-sinh-lop-10``   builder pages (not articles)
- ``/thu-vien-anh`` ``/thu-vien-anh/<slug>-<id>.html``  album listing / album
- ``/video`` ``/video/<slug>-<id>.html``                video listing / video page
- ``/tai-lieu`` ``/tai-lieu/<slug>-<id>.html``          document listing / document entry
- ``/tim-kiem?q=``                          search (GET form in the header)
- ``/uploads/…``, ``/static/…``             images, PDF, css, js

Page templates
--------------
Every page: a top bar with today's date ("Thứ Bảy, 05/12/2026"), a desktop header with a
drop-down menu and its mobile twin (off-canvas ``<ul>``), the page's sections, a right column
on blog pages (most-read, newest posts, web links ``<select>``, poll, visitor counter), a
footer with address/phone/email/copyright, a floating Zalo/hotline bar.
Post page: one section ``BZSC_blogdetail`` with a desktop container and a mobile container,
each printing breadcrumb, ``<h1>``, the meta line (day and time, views, CMS account), the share
bar, the description box ``bz-bd-desc`` (only when the editor filled the field in), the content
``bz-bd-ctn`` (CKEditor markup), the hotline box the builder appends, tags, Facebook comments,
"Tin liên quan" (posts sharing a tag).

How each gold article is reached
--------------------------------
- home page: 1318, 1310, 1314, 1302 (mobile news block; the desktop slider has no anchors),
  1310 and 1314 (notices box), 1275 ("Gương sáng" box), 1287 by its old slug (banner button),
  1310 with utm parameters (popup);
- category pages (3 newest each): 1287, 1241 (Tin tức - Sự kiện), 1295, 1256 (Hoạt động chuyên
  môn), 1268, 1233 (Đoàn trường); tag pages and "Tin liên quan" (posts sharing a tag);
- sidebars of blog pages: the 4 newest posts and 5 most-read posts;
- 1249 only on ``/tin-tuc?page=2``; 1226 only on ``/tin-tuc?page=3``.

Traps
-----
1. Desktop/mobile twins: the post section is printed twice (two ``<h1>``, two meta lines, the
   whole text twice, the mobile copy after the desktop one). Gold: one body, read once.
2. Lazy images: in the desktop copy ``src`` is a 1×1 ``lazy.gif`` and the photo is in
   ``data-src``; the mobile copy prints resized copies (``/uploads/…/thumbs/480x0/…``).
   Gold: the full-size ``data-src`` paths, in order, once.
3. Id routing: ``/tin-tuc/<anything>-<id>.html`` serves the post. The home banner's button
   was linked by hand to 1287's old slug (the title was edited later), the notice popup links
   1310 with ``?utm_source=popup&utm_medium=website``; both answer 200 with the canonical
   link. Gold: one record each, canonical path, the variants in ``alt_paths``.
4. Discovery: the desktop news slider on the home page has no anchors (``onclick``), category
   pages show only 3 posts and a JS "Xem thêm" button; 1249 and 1226 are reachable only from
   pages 2 and 3 of ``/tin-tuc`` (pager printed as ``href="?page=2"``).
5. Dates that are not the publication: ``<meta property="article:published_time">`` and the
   JSON-LD carry the draft's creation time (1302: a day earlier; 1233: three days earlier, in
   UTC), 1256 prints "Cập nhật 02/11/2026 10:05" after its day; the header prints today, the
   sidebars print other posts' days. Gold: the meta line's printed day and time.
6. Midnight: 1295 prints "27/11/2026 - 00:00" (imported without time). Gold: "2026-11-27".
7. Official notice 1310: posted "04/12/2026 - 08:00", letterhead "ngày 03 tháng 12 năm 2026".
   Gold: "2026-12-03", signer Trần Đức Minh the author, letterhead/kind/subject/closing and
   "Nơi nhận" not body.
8. Bylines: every meta line prints the CMS account ("Người đăng: qtv_phandinhphung") -> nobody;
   the names are typed by the editor at the end (right-aligned, "Tin, ảnh: X", "Tin: X - Ảnh: Y",
   "ThS. X - Phó Hiệu trưởng", "X (Tổ Tin học)", a unit "Tổ Toán - Tin"), once at the top (1249),
   "BBT" (1314) -> nobody.
9. Descriptions: listings and ``<meta name="description">`` print an auto-teaser (the first
   160 characters of the text and "...") for every post; only a filled-in description box on the
   page is a sapo. Gold summary: the box's text, or a bold first paragraph, else null.
10. Chrome inside the content column: the hotline/admission box the builder appends after the
    text, "Xem thêm:" lines, "File đính kèm:", tags, share bar, Facebook comments, "Tin liên quan".
    Gold: none of it is body.
11. Pasted text: Word list markers (``mso-list:Ignore`` "·" and "1.") are no text; emoji drawn as
    ``<img class="emoji" alt="👉">`` at a line's start are bullets, no text; "❤️" typed in the
    text stays; 1268 is typed as ``<div>`` lines split by ``<br>`` (each line a paragraph).
12. Decomposed Unicode: 1241 was pasted from a Mac editor in NFD. Gold: NFC.
13. Captions: "(…)" lines under photos lose their parentheses; "Ảnh: Hoàng Minh" under a photo
    is a credit (caption None, photographer); captions come as ``<figcaption>``, an italic
    centered ``<p>`` or a second table row.
14. Pages that look like posts: the admission landing page (long text, ``<h1>``, no day), the
    album and the video page (a day, a description) are not articles.

Gold decisions on ambiguous points
----------------------------------
- Twin copies: the desktop copy (first in source order) is the article; its images are the gold
  images (``data-src``), the mobile thumbnails are not other images.
- Category: the breadcrumb's last item ("Hoạt động chuyên môn", …, "Thông báo"), not "Tin tức".
- 1249's author line stands above the text; it is a byline (not body) as if printed at the end.
- Footnotes of 1249 are Word footnotes with bracketed calls ("…đánh giá.[1]"): the calls stay
  glued as printed, the "Tài liệu tham khảo" heading and its entries are body.
- Table rows (1302 results, 1314 timetable) are paragraphs, cells joined by " | ", header row
  included.
- "Theo Báo Quảng Trị điện tử" closing 1275 is its source; "Nguồn: Hội Khuyến học tỉnh Quảng
  Trị" closing 1226 is its source; "Theo cô Hồ Thị Lý, …" inside 1275's text is text.
- A unit signing alone ("Tổ Toán - Tin", "BCH Đoàn trường") is the author as printed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "bizfly_builder_thpt"
PLATFORM = "Bizfly Website (hosted drag-and-drop website builder, blog module /tin-tuc)"
START_PATH = "/"

SCHOOL = "Trường THPT Phan Đình Phùng"
SCHOOL_UP = "TRƯỜNG THPT PHAN ĐÌNH PHÙNG"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "qtv_phandinhphung"
PER_PAGE = 5
CAT_SHOW = 3

#: slug -> (label, builder category id)
CATS: dict[str, tuple[str, int]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", 11),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 12),
    "doan-truong": ("Đoàn trường", 13),
    "guong-sang-hoc-duong": ("Gương sáng học đường", 14),
    "thong-bao": ("Thông báo", 15),
}
TAGS: dict[str, str] = {
    "nha-giao": "Nhà giáo",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "doan-thanh-nien": "Đoàn thanh niên",
    "chuyen-doi-so": "Chuyển đổi số",
    "phong-chong-duoi-nuoc": "Phòng chống đuối nước",
}
UP = "/uploads/thptpdp"


def _byline(line: str, align: str = "right") -> Raw:
    return Raw(f'<p style="text-align: {align};"><strong>{esc(line)}</strong></p>')


# --- the thirteen posts -----------------------------------------------------------------------

S1318 = Story(
    id=1318,
    slug="tuyen-truyen-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-mua-mua-lu",
    title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích mùa mưa lũ",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T20:10:00+07:00",
    summary=(
        "Trước diễn biến phức tạp của mưa lũ cuối năm, sáng 04/12, Đoàn trường phối hợp với "
        "Công an phường Đồng Hới tổ chức buổi tuyên truyền phòng, chống đuối nước và tai nạn "
        "thương tích cho gần 1.200 học sinh toàn trường."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Buổi tuyên truyền được tổ chức tại hội trường lớn của nhà trường. Đại úy Nguyễn Hữu "
            "Phước, cán bộ Công an phường Đồng Hới, đã thông tin về tình hình đuối nước ở trẻ em "
            "và học sinh trên địa bàn tỉnh trong năm 2026, trong đó nhiều vụ việc thương tâm xảy "
            "ra khi các em tự ý đi tắm sông, tắm hồ vào dịp cuối tuần."
        ),
        Img(
            f"{UP}/2026/12/tuyen-truyen-duoi-nuoc-1.jpg",
            "Đại úy Nguyễn Hữu Phước chia sẻ với học sinh về kỹ năng an toàn khi mưa lũ",
            "Đại úy Nguyễn Hữu Phước chia sẻ với học sinh về kỹ năng an toàn khi mưa lũ",
            "fig",
        ),
        P(
            "Các em được hướng dẫn cách nhận biết khu vực nước sâu, nước xoáy, cách sử dụng áo "
            "phao, phao cứu sinh và những việc cần làm ngay khi phát hiện người bị đuối nước. "
            "Phần thực hành sơ cứu ban đầu thu hút đông đảo học sinh khối 10 tham gia."
        ),
        P(
            "Thầy Hoàng Văn Dũng, Hiệu trưởng nhà trường, đề nghị giáo viên chủ nhiệm tiếp tục "
            "nhắc nhở học sinh không đi qua ngầm tràn, đoạn đường ngập nước khi đến trường; "
            "phụ huynh chủ động theo dõi bản tin thời tiết để cho con em nghỉ học kịp thời khi có "
            "thông báo của nhà trường."
        ),
        Img(
            f"{UP}/2026/12/tuyen-truyen-duoi-nuoc-2.jpg",
            "Học sinh thực hành sơ cứu người bị đuối nước",
            "Học sinh thực hành sơ cứu người bị đuối nước",
            "fig",
        ),
        P(
            "Dịp này, Đoàn trường phát động cuộc thi vẽ tranh, viết khẩu hiệu “An toàn mùa mưa "
            "lũ” dành cho các chi đoàn, kết quả sẽ được công bố trong buổi sinh hoạt dưới cờ ngày "
            "21/12/2026."
        ),
        _byline("Tin: Trần Thị Mai - Ảnh: Lê Quốc Bảo"),
        Raw(
            '<p><em>Xem thêm: <a href="https://baoquangtri.vn/canh-bao-tinh-trang-duoi-nuoc-'
            'o-tre-em-mua-mua-lu-post21873.html" target="_blank">Cảnh báo tình trạng đuối nước '
            "ở trẻ em mùa mưa lũ</a></em></p>"
        ),
    ],
    authors=["Trần Thị Mai"],
    photographers=["Lê Quốc Bảo"],
    opts={"pub": "2026-12-04 20:10", "tags": ["phong-chong-duoi-nuoc"]},
)

S1314 = Story(
    id=1314,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-12-04T07:30:00+07:00",
    blocks=[
        P(
            "Căn cứ kế hoạch giáo dục nhà trường năm học 2026 - 2027, nhà trường thông báo lịch "
            "kiểm tra cuối học kì I đối với các môn kiểm tra tập trung như sau:"
        ),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | 10, 11, 12 | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Chiều | 10, 11, 12 | Lịch sử | 45 phút", "tr"),
        P("16/12/2026 | Sáng | 10, 11, 12 | Toán | 90 phút", "tr"),
        P("17/12/2026 | Sáng | 10, 11, 12 | Tiếng Anh | 60 phút", "tr"),
        P("18/12/2026 | Sáng | 12 | Các môn lựa chọn | 45 phút/môn", "tr"),
        P("Lưu ý:", "b"),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh.", "li"),
        P("Không mang điện thoại, tài liệu vào phòng kiểm tra.", "li"),
        P("Các môn còn lại kiểm tra theo thời khóa biểu, do giáo viên bộ môn bố trí.", "li"),
        P(
            "Đề nghị giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và phụ huynh qua "
            "nhóm Zalo của lớp."
        ),
        _byline("BBT"),
        Raw(
            '<p class="bz-file">File đính kèm: <a href="/uploads/thptpdp/files/'
            'Lich-kiem-tra-cuoi-HKI-2026-2027.pdf">Lich-kiem-tra-cuoi-HKI-2026-2027.pdf</a></p>'
        ),
    ],
    opts={"pub": "2026-12-04 07:30", "tags": []},
)

_LETTERHEAD = f"""<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
<tbody>
<tr>
<td style="text-align:center; width:40%">SỞ GD&amp;ĐT QUẢNG TRỊ<br />
<strong>{SCHOOL_UP}</strong><br />
Số: 215/TB-THPTPĐP</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />
<em>Đồng Hới, ngày 03 tháng 12 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br />
<strong>Về việc cho học sinh nghỉ học ngày 22/12/2026 để tổ chức<br />
Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027</strong></p>"""

_CLOSING = """<table border="0" cellpadding="1" cellspacing="1" style="width:100%">
<tbody>
<tr>
<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />
- GVCN các lớp (t/h);<br />
- Đăng website trường;<br />
- Lưu: VT.</td>
<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />
PHÓ HIỆU TRƯỞNG</strong><br />
<br />
<em>(đã ký)</em><br />
<br />
<strong>Trần Đức Minh</strong></td>
</tr>
</tbody>
</table>"""

S1310 = Story(
    id=1310,
    slug="thong-bao-nghi-hoc-ngay-22-12-2026-de-to-chuc-hoi-khoe-phu-dong-cap-truong",
    title="Thông báo nghỉ học ngày 22/12/2026 để tổ chức Hội khỏe Phù Đổng cấp trường",
    cat="thong-bao",
    published_at="2026-12-03",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Thực hiện Kế hoạch số 198/KH-THPTPĐP ngày 15/11/2026 của Hiệu trưởng về tổ chức Hội "
            "khỏe Phù Đổng cấp trường năm học 2026 - 2027, nhà trường thông báo như sau:"
        ),
        P(
            "1. Học sinh toàn trường nghỉ học chính khóa ngày thứ Ba, 22/12/2026 để tham gia các "
            "nội dung thi đấu và cổ vũ Hội khỏe Phù Đổng."
        ),
        P(
            "2. Học sinh có mặt tại sân vận động nhà trường lúc 6 giờ 45 phút, mặc đồng phục thể "
            "dục; các vận động viên có mặt trước 15 phút để làm thủ tục kiểm tra."
        ),
        P(
            "3. Chương trình học ngày 22/12/2026 được bù vào buổi chiều thứ Bảy, 26/12/2026 theo "
            "thời khóa biểu của ngày thứ Ba."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm các lớp thông báo đến học sinh và cha mẹ học sinh để "
            "phối hợp thực hiện./."
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Đức Minh"],
    opts={"pub": "2026-12-04 08:00", "tags": []},
)

S1302 = Story(
    id=1302,
    slug="hoc-sinh-nha-truong-dat-9-giai-tai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12",
    title="Học sinh nhà trường đạt 9 giải tại Kỳ thi chọn học sinh giỏi tỉnh lớp 12",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-03T16:20:00+07:00",
    summary=(
        "Tại Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027, đội tuyển "
        "của Trường THPT Phan Đình Phùng đạt 9 giải, trong đó có 1 giải Nhất, 2 giải Nhì, 3 giải "
        "Ba và 3 giải Khuyến khích."
    ),
    blocks=[
        P(
            "Tại Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027, đội tuyển "
            "của Trường THPT Phan Đình Phùng đạt 9 giải, trong đó có 1 giải Nhất, 2 giải Nhì, 3 "
            "giải Ba và 3 giải Khuyến khích.",
            "b",
        ),
        P(
            "Kỳ thi do Sở Giáo dục và Đào tạo tổ chức trong hai ngày 25 và 26/11/2026 với hơn "
            "1.100 thí sinh của các trường THPT trên địa bàn tỉnh dự thi ở 11 môn. Nhà trường có "
            "14 học sinh tham dự ở 6 môn thi."
        ),
        P("Danh sách học sinh đạt giải:", "b2"),
        P("TT | Họ và tên | Lớp | Môn | Giải", "th"),
        P("1 | Nguyễn Minh Khôi | 12A1 | Toán | Nhất", "tr"),
        P("2 | Lê Thị Thảo Vy | 12A2 | Ngữ văn | Nhì", "tr"),
        P("3 | Trần Gia Bảo | 12A1 | Vật lí | Nhì", "tr"),
        P("4 | Phạm Ngọc Ánh | 12A3 | Hóa học | Ba", "tr"),
        P("5 | Hoàng Đức Anh | 12A1 | Tin học | Ba", "tr"),
        P("6 | Võ Thị Hồng Nhung | 12D1 | Tiếng Anh | Ba", "tr"),
        P("7 | Đặng Quốc Huy | 12A2 | Toán | Khuyến khích", "tr"),
        P("8 | Nguyễn Thị Mỹ Duyên | 12C | Ngữ văn | Khuyến khích", "tr"),
        P("9 | Lưu Văn Tuấn | 12A1 | Vật lí | Khuyến khích", "tr"),
        Img(
            f"{UP}/2026/12/doi-tuyen-hsg-12.jpg",
            "Ban Giám hiệu chúc mừng đội tuyển học sinh giỏi lớp 12",
            "Ban Giám hiệu chúc mừng đội tuyển học sinh giỏi lớp 12",
            "em",
        ),
        P(
            "Đây là kết quả của quá trình bồi dưỡng bền bỉ từ lớp 10 của các thầy cô giáo và sự "
            "nỗ lực không ngừng của các em học sinh. Nhà trường sẽ tổ chức tuyên dương, khen "
            "thưởng các em đạt giải và giáo viên bồi dưỡng trong buổi sơ kết học kì I."
        ),
        _byline("ThS. Lê Văn Quang - Phó Hiệu trưởng"),
    ],
    authors=["Lê Văn Quang"],
    opts={
        "pub": "2026-12-03 16:20",
        "created": "2026-12-02T09:48:11+07:00",
        "tags": ["hoc-sinh-gioi"],
    },
)

S1295 = Story(
    id=1295,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-27",
    summary=(
        "Từ ngày 10 đến 25/11/2026, nhà trường tổ chức Hội thi giáo viên dạy giỏi cấp trường "
        "với 18 giáo viên tham gia, nhằm chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi giáo viên dự thi thực hiện một bài trình bày biện pháp nâng cao chất lượng giảng "
            "dạy và hai tiết dạy thực hành trên lớp, trong đó có một tiết được bốc thăm trước ba "
            "ngày. Ban giám khảo gồm các đồng chí trong Ban Giám hiệu và tổ trưởng chuyên môn."
        ),
        Img(
            f"{UP}/2026/11/gvdg-tiet-day-toan.jpg",
            "Tiết dạy môn Toán của cô giáo Nguyễn Thị Thu Hiền",
            "Tiết dạy môn Toán của cô giáo Nguyễn Thị Thu Hiền",
            "tbl",
        ),
        P(
            "Các tiết dạy được thiết kế theo định hướng phát triển phẩm chất, năng lực người học; "
            "nhiều giáo viên ứng dụng hiệu quả phần mềm GeoGebra, Quizizz, Padlet và các thí "
            "nghiệm mô phỏng giúp học sinh hứng thú, chủ động trong giờ học."
        ),
        Img(
            f"{UP}/2026/11/gvdg-tiet-day-hoa.jpg",
            "Học sinh lớp 11A2 làm thí nghiệm trong tiết dạy môn Hóa học",
            "Học sinh lớp 11A2 làm thí nghiệm trong tiết dạy môn Hóa học",
            "tbl",
        ),
        P(
            "Kết quả, 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 5 đồng "
            "chí xuất sắc được chọn tham dự hội thi cấp tỉnh năm 2027."
        ),
        _byline("Tổ Toán - Tin"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={"pub": "2026-11-27 00:00", "tags": ["nha-giao"]},
)

S1287 = Story(
    id=1287,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:45:00+07:00",
    summary=(
        "Sáng 20/11, Trường THPT Phan Đình Phùng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam, tôn vinh những đóng góp của đội ngũ nhà giáo qua các thế hệ."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Đồng Hới, Ban đại diện "
            "Cha mẹ học sinh, các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, "
            "nhân viên và học sinh nhà trường."
        ),
        Img(
            f"{UP}/2026/11/ky-niem-20-11-van-nghe.jpg",
            "(Tiết mục văn nghệ chào mừng của học sinh lớp 11A1)",
            "Tiết mục văn nghệ chào mừng của học sinh lớp 11A1",
            "em",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Hoàng Văn Dũng, Hiệu trưởng nhà trường, ôn lại truyền "
            "thống vẻ vang của ngành giáo dục và những thành tích nổi bật của nhà trường trong "
            "năm học 2025 - 2026: tỷ lệ tốt nghiệp THPT đạt 99,8%, có 27 giải học sinh giỏi cấp "
            "tỉnh và 2 giải cấp quốc gia."
        ),
        Img(
            f"{UP}/2026/11/ky-niem-20-11-khen-thuong.jpg",
            "(Thầy Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc)",
            "Thầy Hiệu trưởng trao giấy khen cho các giáo viên có thành tích xuất sắc",
            "em",
        ),
        P(
            "Dịp này, nhà trường khen thưởng 15 giáo viên có thành tích xuất sắc trong công tác "
            "bồi dưỡng học sinh giỏi và 6 giáo viên đạt giải trong Hội thi giáo viên dạy giỏi cấp "
            "trường. Đại diện học sinh, em Lê Thị Thảo Vy, lớp 12A2, bày tỏ lòng biết ơn sâu sắc "
            "tới các thầy cô giáo."
        ),
        Img(
            f"{UP}/2026/11/ky-niem-20-11-tap-the.jpg",
            "(Tập thể giáo viên nhà trường chụp ảnh lưu niệm)",
            "Tập thể giáo viên nhà trường chụp ảnh lưu niệm",
            "em",
        ),
        _byline("Tin, ảnh: Đoàn Thị Thu Trang"),
    ],
    authors=["Đoàn Thị Thu Trang"],
    photographers=["Đoàn Thị Thu Trang"],
    opts={
        "pub": "2026-11-20 10:45",
        "old_slug": "mit-tinh-ky-niem-ngay-nha-giao-viet-nam-20-11",
        "tags": ["nha-giao"],
    },
)

S1275 = Story(
    id=1275,
    slug="pham-ngoc-anh-nu-sinh-vuot-kho-hoc-gioi",
    title="Phạm Ngọc Ánh – nữ sinh vượt khó học giỏi",
    cat="guong-sang-hoc-duong",
    published_at="2026-11-12T14:05:00+07:00",
    summary=(
        "Mồ côi cha từ năm lớp 6, hằng ngày phụ mẹ bán rau ở chợ Đồng Hới, Phạm Ngọc Ánh (lớp "
        "12A3) vẫn liên tục là học sinh giỏi và được chọn vào đội tuyển Hóa học của trường."
    ),
    blocks=[
        P(
            "Mồ côi cha từ năm lớp 6, hằng ngày phụ mẹ bán rau ở chợ Đồng Hới, Phạm Ngọc Ánh "
            "(lớp 12A3) vẫn liên tục là học sinh giỏi và được chọn vào đội tuyển Hóa học của "
            "trường.",
            "b",
        ),
        P(
            "Căn nhà nhỏ của mẹ con Ánh nằm cuối con hẻm ở phường Đồng Hới. Mỗi sáng, Ánh dậy từ 4 "
            "giờ để cùng mẹ chở rau ra chợ, sau đó mới đạp xe gần 6 km đến trường. Buổi tối, em "
            "tranh thủ ôn bài đến khuya dưới ánh đèn bàn cũ."
        ),
        P(
            "Theo cô Hồ Thị Lý, giáo viên chủ nhiệm lớp 12A3, Ánh là học sinh chăm chỉ, sống tình "
            "cảm và luôn sẵn sàng giúp đỡ bạn bè trong học tập. Ba năm liền, em đạt danh hiệu học "
            "sinh Giỏi và nhận học bổng của Hội Khuyến học tỉnh."
        ),
        P(
            "“Em muốn trở thành dược sĩ để sau này có thể chăm sóc sức khỏe cho mẹ và những người "
            "nghèo ở quê mình. Khó khăn chỉ là tạm thời, quan trọng là mình không bỏ cuộc”, Ánh "
            "chia sẻ.",
            "q",
        ),
        Img(
            f"{UP}/2026/11/pham-ngoc-anh-12a3.jpg",
            "Phạm Ngọc Ánh trong giờ thực hành Hóa học",
            "Phạm Ngọc Ánh trong giờ thực hành Hóa học",
            "fig",
        ),
        P(
            "Tấm gương vượt khó của Ánh đã được nhà trường giới thiệu tại buổi sinh hoạt dưới cờ, "
            "tạo động lực cho nhiều bạn học sinh có hoàn cảnh khó khăn vươn lên trong học tập."
        ),
        _byline("Thanh Hải"),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Trị điện tử</em></p>'),
    ],
    authors=["Thanh Hải"],
    source="Báo Quảng Trị điện tử",
    opts={"pub": "2026-11-12 14:05", "tags": ["hoc-sinh-gioi"]},
)

S1268 = Story(
    id=1268,
    slug="doan-truong-trao-120-chiec-ao-am-cho-hoc-sinh-vung-cao",
    title="Đoàn trường trao 120 chiếc áo ấm cho học sinh vùng cao",
    cat="doan-truong",
    published_at="2026-11-08T09:15:00+07:00",
    blocks=[
        P(
            "Hưởng ứng chương trình “Áo ấm cho em” năm 2026, từ ngày 20/10 đến 05/11, Đoàn trường "
            "đã phát động các chi đoàn quyên góp áo ấm, sách vở và nhu yếu phẩm gửi tặng học sinh "
            "Trường PTDTBT TH&THCS Trọng Hóa.",
            "div",
        ),
        P(
            "Sau hơn hai tuần, các chi đoàn đã quyên góp được 120 chiếc áo ấm, 350 quyển vở, "
            "40 bộ đồ dùng học tập và hơn 8 triệu đồng tiền mặt.",
            "br",
        ),
        P("Những phần quà được các đoàn viên phân loại, đóng gói cẩn thận:", "div"),
        P("120 chiếc áo ấm mới và đã qua sử dụng còn tốt;", "emoji"),
        P("350 quyển vở, 40 bộ đồ dùng học tập;", "emoji"),
        P("200 kg gạo và 60 thùng mì tôm.", "emoji"),
        Img(f"{UP}/2026/11/ao-am-cho-em-dong-goi.jpg", None, None, "none"),
        P(
            "Ngày 07/11, đoàn công tác gồm 15 đoàn viên tiêu biểu và giáo viên phụ trách đã vượt "
            "hơn 120 km đường đèo để trao tận tay các em nhỏ những phần quà ý nghĩa.",
            "div",
        ),
        P("Mỗi chiếc áo là một tấm lòng ❤️ Cảm ơn các bạn đoàn viên đã chung tay!", "br"),
        Img(
            f"{UP}/2026/11/ao-am-cho-em-trao-qua.jpg",
            "Đoàn viên trao quà cho học sinh Trường PTDTBT TH&THCS Trọng Hóa",
            "Đoàn viên trao quà cho học sinh Trường PTDTBT TH&THCS Trọng Hóa",
            "em",
        ),
        _byline("BCH Đoàn trường"),
    ],
    authors=["BCH Đoàn trường"],
    opts={"pub": "2026-11-08 09:15", "tags": ["doan-thanh-nien"]},
)

S1256 = Story(
    id=1256,
    slug="tap-huan-chuyen-doi-so-va-su-dung-tro-ly-ai-trong-day-hoc",
    title="Tập huấn chuyển đổi số và sử dụng trợ lý AI trong dạy học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28T08:30:00+07:00",
    summary=(
        "Ngày 24 và 25/10/2026, nhà trường tổ chức tập huấn chuyển đổi số và sử dụng trợ lý trí "
        "tuệ nhân tạo (AI) trong dạy học cho 86 cán bộ, giáo viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Lớp tập huấn do Tổ Tin học chủ trì, với sự hỗ trợ của chuyên gia từ Trung tâm Công "
            "nghệ thông tin và Truyền thông tỉnh. Nội dung tập trung vào ba chuyên đề chính:"
        ),
        P("Khai thác hệ thống quản lý học tập LMS và học bạ số;", "mso"),
        P("Sử dụng trợ lý AI để soạn câu hỏi, đề kiểm tra và phiếu học tập;", "mso"),
        P("An toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh.", "mso"),
        Img(
            f"{UP}/2026/10/tap-huan-ai.jpg",
            "Giáo viên thực hành soạn đề kiểm tra với trợ lý AI",
            "Giáo viên thực hành soạn đề kiểm tra với trợ lý AI",
            "tbl",
        ),
        P(
            "Các thầy cô được thực hành trực tiếp trên máy tính, xây dựng ngân hàng câu hỏi theo "
            "ma trận đặc tả và thảo luận về những lưu ý khi sử dụng AI: kiểm chứng thông tin, "
            "không đưa dữ liệu cá nhân của học sinh lên các nền tảng không rõ nguồn gốc."
        ),
        P(
            "- Sau tập huấn, mỗi tổ chuyên môn xây dựng ít nhất 2 chuyên đề ứng dụng công nghệ "
            "trong dạy học, báo cáo trước ngày 30/11/2026."
        ),
        P(
            "- Tổ Tin học duy trì nhóm hỗ trợ kỹ thuật để giải đáp vướng mắc của giáo viên trong "
            "quá trình triển khai."
        ),
        _byline("Nguyễn Văn Hùng (Tổ Tin học)"),
    ],
    authors=["Nguyễn Văn Hùng"],
    opts={
        "pub": "2026-10-28 08:30",
        "updated": "02/11/2026 10:05",
        "tags": ["chuyen-doi-so"],
    },
)

S1249 = Story(
    id=1249,
    slug="chuyen-de-doi-moi-kiem-tra-danh-gia-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
    title="Chuyên đề: Đổi mới kiểm tra, đánh giá môn Ngữ văn theo Chương trình GDPT 2018",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T15:40:00+07:00",
    blocks=[
        Raw(
            '<p style="text-align: right;"><em><strong>ThS. Võ Thị Minh Nguyệt - Tổ trưởng Tổ '
            "Ngữ văn</strong></em></p>"
        ),
        P("I. Đặt vấn đề", "h"),
        P(
            "Chương trình giáo dục phổ thông 2018 môn Ngữ văn chuyển từ dạy học tác phẩm sang dạy "
            "học theo kiểu văn bản, lấy việc phát triển các kĩ năng đọc, viết, nói và nghe làm "
            "trọng tâm. Điều đó đòi hỏi việc kiểm tra, đánh giá phải thay đổi tương ứng, tránh "
            "tình trạng học sinh học thuộc văn mẫu.[1]"
        ),
        P("II. Một số giải pháp", "h"),
        P(
            "1. Sử dụng ngữ liệu mới ngoài sách giáo khoa trong các đề kiểm tra định kì, giúp đánh "
            "giá đúng năng lực đọc hiểu của học sinh."
        ),
        P(
            "2. Xây dựng bản mô tả yêu cầu cần đạt và bảng kiểm, rubric cho từng nhiệm vụ viết, "
            "công khai cho học sinh trước khi làm bài.[2]"
        ),
        P(
            "3. Kết hợp đánh giá thường xuyên qua hồ sơ học tập, bài thuyết trình, dự án đọc sách "
            "với đánh giá định kì."
        ),
        P("III. Kết luận", "h"),
        P(
            "Đổi mới kiểm tra, đánh giá là khâu then chốt để đổi mới dạy học môn Ngữ văn. Tổ Ngữ "
            "văn sẽ tiếp tục trao đổi, rút kinh nghiệm qua các buổi sinh hoạt chuyên môn theo "
            "nghiên cứu bài học trong năm học 2026 - 2027."
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban "
            "hành kèm Thông tư số 32/2018/TT-BGDĐT.",
            "fn",
        ),
        P(
            "[2] Bộ Giáo dục và Đào tạo (2020), Thông tư số 26/2020/TT-BGDĐT sửa đổi, bổ sung "
            "Quy chế đánh giá, xếp loại học sinh trung học cơ sở và học sinh trung học phổ thông.",
            "fn",
        ),
    ],
    authors=["Võ Thị Minh Nguyệt"],
    opts={"pub": "2026-10-22 15:40", "tags": []},
)

S1241 = Story(
    id=1241,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-17T15:00:00+07:00",
    summary=(
        "Chiều 16/10/2026, Trường THPT Phan Đình Phùng tổ chức Hội nghị viên chức, người lao "
        "động năm học 2026 - 2027 với sự tham dự của 92 cán bộ, giáo viên, nhân viên."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học "
            "2026 - 2027; báo cáo công khai tài chính và báo cáo hoạt động của Ban Thanh tra nhân "
            "dân."
        ),
        Img(
            f"{UP}/2026/10/hoi-nghi-vien-chuc-chu-tich-doan.jpg",
            "Đoàn chủ tịch điều hành hội nghị",
            "Đoàn chủ tịch điều hành hội nghị",
            "em",
        ),
        P(
            "Trong phần thảo luận, các đại biểu tập trung góp ý vào các chỉ tiêu thi đua, quy chế "
            "chi tiêu nội bộ và giải pháp nâng cao chất lượng giáo dục mũi nhọn. Hội nghị thống "
            "nhất chỉ tiêu tỷ lệ tốt nghiệp THPT đạt 100%, có ít nhất 25 giải học sinh giỏi cấp "
            "tỉnh."
        ),
        Img(f"{UP}/2026/10/hoi-nghi-vien-chuc-ky-giao-uoc.jpg", "Ảnh: Hoàng Minh", None, "em"),
        P(
            "Kết thúc hội nghị, thủ trưởng đơn vị và Chủ tịch Công đoàn đã ký giao ước thi đua, "
            "phát động phong trào thi đua “Dạy tốt - Học tốt” chào mừng các ngày lễ lớn."
        ),
        _byline("Tin: Nguyễn Thị Hà - Ảnh: Hoàng Minh"),
    ],
    authors=["Nguyễn Thị Hà"],
    photographers=["Hoàng Minh"],
    opts={"pub": "2026-10-17 15:00", "nfd": True, "tags": []},
)

S1233 = Story(
    id=1233,
    slug="khai-mac-giai-bong-da-hoc-sinh-cup-mua-thu-2026",
    title="Khai mạc Giải bóng đá học sinh Cúp Mùa thu 2026",
    cat="doan-truong",
    published_at="2026-10-09T17:40:00+07:00",
    blocks=[
        P(
            "Chiều 09/10, tại sân vận động nhà trường, Đoàn trường tổ chức khai mạc Giải bóng đá "
            "học sinh Cúp Mùa thu 2026 với sự tham gia của 24 đội bóng đến từ các chi đoàn."
        ),
        P(
            "Giải đấu diễn ra từ ngày 09/10 đến 20/11/2026, thi đấu vào các buổi chiều thứ Năm, "
            "thứ Sáu hằng tuần. Các đội được chia thành 6 bảng:"
        ),
        P("Bảng A, B: các chi đoàn khối 10;", "li"),
        P("Bảng C, D: các chi đoàn khối 11;", "li"),
        P("Bảng E, F: các chi đoàn khối 12.", "li"),
        Img(
            f"{UP}/2026/10/cup-mua-thu-tran-khai-mac.jpg",
            "Trận khai mạc giữa hai đội 12A1 và 11A2",
            "Trận khai mạc giữa hai đội 12A1 và 11A2",
            "fig",
        ),
        P(
            "Trận khai mạc giữa hai đội 12A1 và 11A2 diễn ra sôi nổi, hấp dẫn trước sự cổ vũ "
            "nhiệt tình của hàng trăm học sinh. Chung cuộc, đội 12A1 giành chiến thắng với tỷ số "
            "3 - 2."
        ),
        _byline("Tin, ảnh: Phan Văn Tài"),
    ],
    authors=["Phan Văn Tài"],
    photographers=["Phan Văn Tài"],
    opts={
        "pub": "2026-10-09 17:40",
        "created": "2026-10-06T02:15:40Z",
        "tags": ["doan-thanh-nien"],
    },
)

S1226 = Story(
    id=1226,
    slug="trao-hoc-bong-tiep-suc-den-truong-cho-25-hoc-sinh-co-hoan-canh-kho-khan",
    title="Trao học bổng “Tiếp sức đến trường” cho 25 học sinh có hoàn cảnh khó khăn",
    cat="tin-tuc-su-kien",
    published_at="2026-10-03T10:00:00+07:00",
    summary=(
        "Sáng 02/10, Hội Khuyến học tỉnh phối hợp với nhà trường trao 25 suất học bổng “Tiếp sức "
        "đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập."
    ),
    blocks=[
        P(
            "Sáng 02/10, Hội Khuyến học tỉnh phối hợp với nhà trường trao 25 suất học bổng “Tiếp "
            "sức đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên trong học tập.",
            "b",
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng một bộ sách giáo khoa và đồ dùng "
            "học tập. Tổng giá trị các phần quà hơn 60 triệu đồng, do các doanh nghiệp và cựu học "
            "sinh nhà trường đóng góp."
        ),
        Img(
            f"{UP}/2026/10/trao-hoc-bong-tiep-suc.jpg",
            "(Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh)",
            "Đại diện Hội Khuyến học tỉnh trao học bổng cho học sinh",
            "em",
        ),
        P(
            "Phát biểu tại buổi lễ, đại diện Hội Khuyến học tỉnh mong muốn các em tiếp tục nỗ lực, "
            "không ngừng cố gắng để trở thành con ngoan, trò giỏi, đền đáp sự quan tâm của gia "
            "đình, thầy cô và xã hội."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Hội Khuyến học tỉnh Quảng Trị</em></p>'),
    ],
    source="Hội Khuyến học tỉnh Quảng Trị",
    opts={"pub": "2026-10-03 10:00", "tags": []},
)

STORIES: list[Story] = [
    S1318, S1310, S1314, S1302, S1295, S1287, S1275, S1268, S1256, S1249, S1241, S1233, S1226,
]
BY_ID = {s.id: s for s in STORIES}
#: listing order: the posting time the meta line prints, newest first
ORDER = sorted(STORIES, key=lambda s: s.opts["pub"], reverse=True)
MOST_READ = [1287, 1302, 1268, 1318, 1275]


def post_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def _pub(story: Story) -> dt.datetime:
    return dt.datetime.strptime(story.opts["pub"], "%Y-%m-%d %H:%M")


_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _printed_when(story: Story) -> str:
    d = _pub(story)
    return f"{_WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} - {d:%H:%M}"


def _teaser(story: Story) -> str:
    """The platform's auto description: the first 160 characters of the text and "..."."""
    first = story.paragraphs[0] if story.paragraphs else story.title
    if len(first) <= 160:
        return first
    return first[:160].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    imgs = story.images
    if imgs:
        return imgs[0].src.replace(UP + "/", UP + "/thumbs/360x240/")
    return "/static/bz/img/no-image.png"


def _iso_created(story: Story) -> str:
    if "created" in story.opts:
        return story.opts["created"]
    return _pub(story).strftime("%Y-%m-%dT%H:%M:%S+07:00")


# --- article markup ---------------------------------------------------------------------------

_FTN_CALL = re.compile(r"\[(\d)\]")


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(img: Img, mobile: bool) -> str:
    if mobile:
        return f'<img src="{esc(img.src.replace(UP + "/", UP + "/thumbs/480x0/"))}" alt="" />'
    return (
        '<img class="bz-lazy" src="/static/bz/img/lazy.gif" '
        f'data-src="{esc(img.src)}" alt="" width="800" height="533" />'
    )


def _render_img(story: Story, img: Img, mobile: bool) -> str:
    tag = _img_tag(img, mobile)
    line = _t(story, img.printed) if img.printed else ""
    if img.style == "fig":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image" style="width:100%">{tag}{cap}</figure>'
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" '
            'style="width:100%"><tbody>\n'
            f'<tr><td style="text-align:center">{tag}</td></tr>\n'
            '<tr><td style="text-align:center"><span style="color:#696969;"><em>'
            f"{line}</em></span></td></tr>\n</tbody></table>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if line:
        out += f'\n<p style="text-align:center"><em>{line}</em></p>'
    return out


def _para(story: Story, p: P) -> str:
    body = _t(story, p.text)
    if p.style == "fn":
        body = _FTN_CALL.sub(
            lambda m: f'<a href="#_ftnref{m[1]}" name="_ftn{m[1]}" title="">[{m[1]}]</a>', body, count=1
        )
        return f'<p style="text-align: justify;"><span style="font-size:12px;">{body}</span></p>'
    body = _FTN_CALL.sub(
        lambda m: f'<a href="#_ftn{m[1]}" name="_ftnref{m[1]}" title=""><sup>[{m[1]}]</sup></a>', body
    )
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if p.style == "b2":
        return f"<p><strong>{body}</strong></p>"
    if p.style == "h":
        return f"<h3><strong>{body}</strong></h3>"
    if p.style == "q":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{body}</em></p>\n</blockquote>'
    if p.style == "emoji":
        return (
            '<div><img alt="👉" class="emoji" src="/static/bz/emoji/1f449.png" '
            f'style="height:1em; width:1em" />&nbsp;{body}</div>'
        )
    if p.style == "mso":
        return (
            '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            '<span style="font-family:Symbol;mso-fareast-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f'<span lang="VI" style="font-size:13.0pt;line-height:115%">{body}</span></p>'
        )
    if story.id % 2:
        return f'<p style="text-align: justify;"><span style="font-size:16px;">{body}</span></p>'
    return f'<p style="text-align: justify;">{body}</p>'


def render_content(story: Story, mobile: bool) -> str:
    """The CKEditor markup of the post as stored by the editor (same text in both copies)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(story, b, mobile))
            i += 1
            continue
        if b.style in ("li", "th", "tr"):
            run = [b]
            kinds = ("li",) if b.style == "li" else ("th", "tr")
            while i + len(run) < len(blocks):
                nxt = blocks[i + len(run)]
                if isinstance(nxt, P) and nxt.style in kinds:
                    run.append(nxt)
                else:
                    break
            i += len(run)
            if b.style == "li":
                items = "\n".join(f"<li>{_t(story, p.text)}</li>" for p in run)
                out.append(f'<ul style="list-style-type:disc">\n{items}\n</ul>')
            else:
                rows = []
                for p in run:
                    cells = p.text.split(" | ")
                    if p.style == "th":
                        tds = "".join(
                            f'<td style="text-align:center; background-color:#dff0d8"><strong>'
                            f"{_t(story, c)}</strong></td>"
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>&nbsp;{_t(story, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<div class="table-responsive"><table border="1" cellpadding="4" '
                    'cellspacing="0" style="border-collapse:collapse; width:100%"><tbody>\n'
                    + "\n".join(rows)
                    + "\n</tbody></table></div>"
                )
            continue
        # a paragraph and the lines the editor appended to it with Shift+Enter
        run = [b]
        while i + len(run) < len(blocks):
            nxt = blocks[i + len(run)]
            if isinstance(nxt, P) and nxt.style == "br":
                run.append(nxt)
            else:
                break
        i += len(run)
        if len(run) == 1 and b.style != "div":
            out.append(_para(story, b))
        else:
            lines = "<br />\n".join(_t(story, p.text) for p in run)
            tag = "div" if b.style == "div" else "p"
            out.append(f"<{tag}>{lines}</{tag}>")
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

_MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "javascript:;",
        [("Giới thiệu chung", "/gioi-thieu"), ("Đội ngũ", "/gioi-thieu#doi-ngu"), ("Liên hệ", "/lien-he")],
    ),
    ("Tin tức", "/tin-tuc", [(label, f"/tin-tuc/{slug}") for slug, (label, _) in CATS.items() if slug != "thong-bao"]),
    ("Thông báo", "/tin-tuc/thong-bao", []),
    ("Tuyển sinh", "/tuyen-sinh-lop-10", []),
    (
        "Thư viện",
        "javascript:;",
        [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video"), ("Tài liệu", "/tai-lieu")],
    ),
    ("Liên hệ", "/lien-he", []),
]


def _menu_desktop() -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU, 1):
        if subs:
            sub = "".join(
                f'<li class="bz-menu-item"><a href="{esc(h)}" class="bz-menu-link">{esc(lbl)}</a></li>'
                for lbl, h in subs
            )
            items.append(
                f'<li class="bz-menu-item bz-has-sub" id="mn_{n}"><a href="{esc(href)}" '
                f'class="bz-menu-link">{esc(label)} <i class="bzi bzi-angle-down"></i></a>'
                f'<ul class="bz-menu-sub">{sub}</ul></li>'
            )
        else:
            items.append(
                f'<li class="bz-menu-item" id="mn_{n}"><a href="{esc(href)}" class="bz-menu-link">'
                f"{esc(label)}</a></li>"
            )
    return '<ul class="bz-menu bz-menu-h">' + "".join(items) + "</ul>"


def _menu_mobile() -> str:
    items = []
    for label, href, subs in _MENU:
        sub = ""
        if subs:
            sub = '<ul class="mb-sub">' + "".join(
                f'<li><a href="{esc(h)}">{esc(lbl)}</a></li>' for lbl, h in subs
            ) + "</ul>"
            href = "#"
        items.append(f'<li><a href="{esc(href)}">{esc(label)}</a>{sub}</li>')
    return '<ul class="mb-nav">' + "".join(items) + "</ul>"


_STYLE = """<style>
.bz-mb{display:none}
@media (max-width:767px){.bz-dsk{display:none!important}.bz-mb{display:block!important}}
.bz-menu-sub{display:none}.bz-has-sub:hover .bz-menu-sub{display:block}
</style>"""


def _head(title: str, request: Request, *, canonical: str, desc: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(desc)}" />
<meta name="generator" content="Bizfly Website" />
<link rel="canonical" href="{esc(base + canonical)}" />
<meta property="og:site_name" content="{esc(SCHOOL)}" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:description" content="{esc(desc)}" />
<meta property="og:url" content="{esc(base + canonical)}" />
<link rel="icon" href="/static/bz/img/favicon.ico" />
<link rel="stylesheet" href="/static/bz/css/builder.min.css?v=3.8.12" />
{extra}
{_STYLE}
</head>"""


def _header() -> str:
    return f"""<body class="bz-body">
<div class="bz-sc bz-topbar" id="BZSC_topbar">
 <div class="bz-ct"><span class="bz-el bz-el-text" id="el_1001"><i class="bzi bzi-calendar"></i> {TODAY_LINE}</span>
 <span class="bz-el bz-el-text" id="el_1002">Hotline: 0232 3822 468 | Email: c3phandinhphung@quangtri.edu.vn</span>
 <form class="bz-search" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit"><i class="bzi bzi-search"></i></button></form>
 </div>
</div>
<div class="bz-sc bz-dsk" id="BZSC_header_d">
 <div class="bz-ct">
  <a class="bz-el bz-el-image" id="el_1003" href="/"><img src="/static/bz/img/logo-thpt-pdp.png" alt="Logo {esc(SCHOOL)}" /></a>
  <div class="bz-el bz-el-text" id="el_1004"><div style="color:#b71c1c;font-size:13px">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</div>
  <div style="color:#0d47a1;font-size:26px;font-weight:700">{SCHOOL_UP}</div></div>
  <nav class="bz-el bz-el-menu" id="el_1005">{_menu_desktop()}</nav>
 </div>
</div>
<div class="bz-sc bz-mb" id="BZSC_header_m">
 <div class="bz-ct">
  <a href="/"><img src="/static/bz/img/logo-thpt-pdp-m.png" alt="Logo" /></a>
  <span class="mb-title">THPT PHAN ĐÌNH PHÙNG</span>
  <a href="javascript:;" class="mb-toggle" onclick="bzMenu.toggle()"><i class="bzi bzi-bars"></i></a>
  <div class="mb-offcanvas">{_menu_mobile()}</div>
 </div>
</div>"""


def _footer() -> str:
    return f"""<div class="bz-sc bz-footer" id="BZSC_footer">
 <div class="bz-ct">
  <div class="bz-el bz-el-text" id="el_9001"><p><strong>{SCHOOL_UP}</strong></p>
  <p>Địa chỉ: 28 Lý Thường Kiệt, phường Đồng Hới, tỉnh Quảng Trị</p>
  <p>Điện thoại: 0232 3822 468 - Email: c3phandinhphung@quangtri.edu.vn</p>
  <p>Chịu trách nhiệm nội dung: Thầy Hoàng Văn Dũng - Hiệu trưởng</p></div>
  <div class="bz-el bz-el-social" id="el_9002"><a href="https://www.facebook.com/thptphandinhphung.qt" target="_blank" rel="nofollow"><img src="/static/bz/img/ic-facebook.png" alt="Facebook" /></a>
  <a href="https://www.youtube.com/@thptphandinhphung" target="_blank" rel="nofollow"><img src="/static/bz/img/ic-youtube.png" alt="Youtube" /></a></div>
  <div class="bz-el bz-el-text" id="el_9003">© 2026 {esc(SCHOOL)}. Thiết kế bởi <a href="https://bizfly.vn/website" target="_blank" rel="nofollow">Bizfly Website</a></div>
 </div>
</div>
<div class="bz-fixed-bar"><a href="https://zalo.me/02323822468" target="_blank" rel="nofollow"><img src="/static/bz/img/ic-zalo.png" alt="Zalo" /></a><a href="tel:02323822468"><img src="/static/bz/img/ic-phone.png" alt="Gọi" /></a></div>
<script src="/static/bz/js/jquery.min.js"></script>
<script src="/static/bz/js/builder.runtime.min.js?v=3.8.12"></script>
<script>window.BZ_SITE={{"site_id":20417,"lazy":true,"blog_more":"/api/blog/more"}};</script>
</body>
</html>"""


def _ddmm(story: Story) -> str:
    return f"{_pub(story):%d/%m/%Y}"


def _sidebar(exclude: int | None = None) -> str:
    most = "".join(
        f'<li><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a>'
        f'<span class="sb-view">{BY_ID[i].views()} lượt xem</span></li>'
        for i in MOST_READ
    )
    newest = [s for s in ORDER if s.id != exclude][:4]
    new_html = "".join(
        f'<li><img src="{_thumb(s)}" alt="" /><a href="{post_path(s)}">{esc(s.title)}</a>'
        f'<span class="sb-date">{_ddmm(s)}</span></li>'
        for s in newest
    )
    return f"""<div class="bz-sb">
 <div class="bz-el bz-el-box" id="el_7101"><div class="bz-box-ttl">Tin mới nhất</div><ul class="sb-list">{new_html}</ul></div>
 <div class="bz-el bz-el-box" id="el_7102"><div class="bz-box-ttl">Tin xem nhiều</div><ol class="sb-list">{most}</ol></div>
 <div class="bz-el bz-el-box" id="el_7103"><div class="bz-box-ttl">Liên kết website</div>
  <select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>
  <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
  <option value="https://quangtri.edu.vn">Sở GD&amp;ĐT Quảng Trị</option>
  <option value="https://smas.edu.vn">Hệ thống SMAS</option></select></div>
 <div class="bz-el bz-el-box" id="el_7104"><div class="bz-box-ttl">Thăm dò ý kiến</div>
  <form action="/api/poll/vote" method="post"><p>Bạn biết đến website của trường qua kênh nào?</p>
  <label><input type="radio" name="opt" value="1" /> Fanpage Facebook</label><br />
  <label><input type="radio" name="opt" value="2" /> Nhóm Zalo lớp</label><br />
  <label><input type="radio" name="opt" value="3" /> Tìm kiếm Google</label><br />
  <input type="hidden" name="poll_id" value="3" /><button type="submit">Bình chọn</button></form></div>
 <div class="bz-el bz-el-box" id="el_7105"><div class="bz-box-ttl">Thống kê truy cập</div>
  <table class="bz-counter"><tr><td>Đang online:</td><td>27</td></tr><tr><td>Hôm nay:</td><td>1.284</td></tr>
  <tr><td>Tháng này:</td><td>9.612</td></tr><tr><td>Tổng truy cập:</td><td>1.046.335</td></tr></table></div>
</div>"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = []
    for label, href in items:
        if href:
            parts.append(f'<li><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            parts.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return '<ol class="bz-breadcrumb">' + '<li class="sep">›</li>'.join(parts) + "</ol>"


# --- pages ------------------------------------------------------------------------------------

_CTA = """<div class="bz-bd-cta" style="border:1px dashed #e53935;padding:12px;margin:16px 0;background:#fff8e1">
<p><strong>📞 TƯ VẤN TUYỂN SINH LỚP 10 NĂM HỌC 2027 - 2028</strong></p>
<p>Phụ huynh, học sinh cần tư vấn về chương trình học, các môn lựa chọn và chế độ học bổng
vui lòng liên hệ Văn phòng nhà trường: 0232 3822 468 (giờ hành chính) hoặc nhắn tin qua Zalo
OA “THPT Phan Đình Phùng”.</p>
<p><a href="/tuyen-sinh-lop-10" class="bz-btn">Đăng ký tư vấn ngay</a></p>
</div>"""


def _detail_copy(story: Story, mobile: bool, request: Request) -> str:
    label = CATS[story.cat][0]
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (label, f"/tin-tuc/{story.cat}")])
    updated = ""
    if story.opts.get("updated"):
        updated = f' <span class="bz-bd-upd">· Cập nhật {esc(story.opts["updated"])}</span>'
    desc = ""
    if story.sapo_outside and story.summary:
        desc = f'<div class="bz-bd-desc"><strong>{_t(story, story.summary)}</strong></div>'
    url = quote(base_url(request) + post_path(story), safe="")
    share = (
        '<div class="bz-bd-share">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">'
        '<i class="bzi bzi-facebook"></i> Chia sẻ</a>'
        f'<a href="https://zalo.me/share?url={url}" target="_blank" rel="nofollow">Zalo</a>'
        '<a href="javascript:window.print()"><i class="bzi bzi-print"></i> In bài</a>'
        '<a href="javascript:;" onclick="bzCopyLink()">Sao chép liên kết</a></div>'
    )
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="bz-bd-tags"><span>Từ khóa:</span> ' + " ".join(
            f'<a href="/tin-tuc/tag/{slug}">{esc(TAGS[slug])}</a>' for slug in story.opts["tags"]
        ) + "</div>"
    related = [
        s
        for s in ORDER
        if s.id != story.id and set(s.opts.get("tags", [])) & set(story.opts.get("tags", []))
    ][:4]
    rel = ""
    if related:
        rel = '<div class="bz-bd-related"><div class="bz-box-ttl">Tin liên quan</div><ul>' + "".join(
            f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span>({_ddmm(s)})</span></li>'
            for s in related
        ) + "</ul></div>"
    title_tag = "h1"
    fb = "" if mobile else (
        f'<div class="fb-comments" data-href="{esc(base_url(request) + post_path(story))}" '
        'data-width="100%" data-numposts="5"></div>'
    )
    return f"""{crumbs}
<{title_tag} class="bz-bd-ttl">{_t(story, story.title)}</{title_tag}>
<div class="bz-bd-meta"><span class="bz-bd-date"><i class="bzi bzi-clock"></i> {_printed_when(story)}</span>{updated}
<span class="bz-bd-view"><i class="bzi bzi-eye"></i> {story.views()}</span>
<span class="bz-bd-by">Người đăng: {ACCOUNT}</span></div>
{share}
{desc}
<div class="bz-bd-ctn ck-content" id="el_bd_ctn_{'m' if mobile else 'd'}">
{render_content(story, mobile)}
</div>
{_CTA}
{tags}
{fb}
{rel}"""


def post_page(story: Story, request: Request) -> Response:
    canonical = post_path(story)
    created = _iso_created(story)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": created,
        "dateModified": created,
        "publisher": {"@type": "Organization", "name": SCHOOL},
    }
    extra = (
        '<meta property="og:type" content="article" />\n'
        f'<meta property="article:published_time" content="{created}" />\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat][0])}" />\n'
        f'<meta property="og:image" content="{esc(base_url(request) + _thumb(story))}" />\n'
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    )
    page = (
        _head(f"{story.title} | {SCHOOL}", request, canonical=canonical, desc=_teaser(story), extra=extra)
        + _header()
        + f"""
<div class="bz-sc bz-sc-blog" id="BZSC_blogdetail" data-sc-type="blog_detail" data-post-id="{story.id}">
 <div class="bz-row">
  <div class="bz-col bz-col-8">
   <div class="bz-ct bz-dsk">
{_detail_copy(story, False, request)}
   </div>
   <div class="bz-ct bz-mb">
{_detail_copy(story, True, request)}
   </div>
  </div>
  <div class="bz-col bz-col-4 bz-dsk">{_sidebar(story.id)}</div>
 </div>
</div>
"""
        + _footer()
    )
    return html(page)


def _item(story: Story) -> str:
    href = post_path(story)
    return f"""<div class="bz-blog-item" data-id="{story.id}">
 <a class="bz-blog-thumb" href="{href}"><img src="{_thumb(story)}" alt="{esc(story.title)}" /></a>
 <div class="bz-blog-info">
  <h3 class="bz-blog-ttl"><a href="{href}">{esc(story.title)}</a></h3>
  <div class="bz-blog-date"><i class="bzi bzi-calendar"></i> {_ddmm(story)}</div>
  <p class="bz-blog-sapo">{esc(_teaser(story))}</p>
  <a class="bz-blog-more" href="{href}">Xem chi tiết »</a>
 </div>
</div>"""


def _listing_page(request: Request, title: str, crumbs: str, inner: str, canonical: str) -> Response:
    page = (
        _head(f"{title} | {SCHOOL}", request, canonical=canonical, desc=f"{title} - {SCHOOL}")
        + _header()
        + f"""
<div class="bz-sc bz-sc-blog" id="BZSC_bloglist" data-sc-type="blog_list">
 <div class="bz-row">
  <div class="bz-col bz-col-8"><div class="bz-ct">
{crumbs}
<h2 class="bz-list-ttl">{esc(title)}</h2>
{inner}
  </div></div>
  <div class="bz-col bz-col-4 bz-dsk">{_sidebar()}</div>
 </div>
</div>
"""
        + _footer()
    )
    return html(page)


def _pager(page: int, pages: int) -> str:
    lis = []
    if page > 1:
        lis.append(f'<li class="bz-pg-prev"><a href="?page={page - 1}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><a href="javascript:void(0)">{n}</a></li>')
        else:
            lis.append(f'<li><a href="?page={n}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li class="bz-pg-next"><a href="?page={page + 1}">&raquo;</a></li>')
    return '<div class="bz-pagination"><ul>' + "".join(lis) + "</ul></div>"


def news_listing(request: Request) -> Response:
    try:
        page = max(1, int(request.params.get("page", "1")))
    except ValueError:
        page = 1
    pages = (len(ORDER) + PER_PAGE - 1) // PER_PAGE
    chunk = ORDER[(page - 1) * PER_PAGE : page * PER_PAGE]
    if chunk:
        inner = "\n".join(_item(s) for s in chunk) + _pager(page, pages)
    else:
        inner = '<p class="bz-empty">Chưa có bài viết nào.</p>'
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", None)])
    return _listing_page(request, "Tin tức", crumbs, inner, "/tin-tuc")


def category_listing(request: Request, slug: str) -> Response:
    label, cat_id = CATS[slug]
    posts = [s for s in ORDER if s.cat == slug]
    inner = "\n".join(_item(s) for s in posts[:CAT_SHOW])
    if len(posts) > CAT_SHOW:
        inner += (
            f'\n<div class="bz-more-wrap"><button type="button" class="bz-btn bz-btn-more" '
            f'data-cat-id="{cat_id}" data-offset="{CAT_SHOW}" data-limit="{CAT_SHOW}" '
            'onclick="bzBlog.loadMore(this)">Xem thêm</button></div>'
        )
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (label, None)])
    return _listing_page(request, label, crumbs, inner, f"/tin-tuc/{slug}")


def tag_listing(request: Request, slug: str) -> Response:
    label = TAGS[slug]
    posts = [s for s in ORDER if slug in s.opts.get("tags", [])]
    inner = "\n".join(_item(s) for s in posts)
    crumbs = _crumbs([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (f"Từ khóa: {label}", None)])
    return _listing_page(request, f"Từ khóa: {label}", crumbs, inner, f"/tin-tuc/tag/{slug}")


def blog_more_api(request: Request) -> Response:
    """The JSON behind the category's "Xem thêm" button (never linked by an anchor)."""
    params = request.params
    try:
        cat_id, offset, limit = int(params.get("cat_id", "0")), int(params.get("offset", "0")), int(
            params.get("limit", "3")
        )
    except ValueError:
        return Response(400, b'{"success":false}', {"Content-Type": "application/json"})
    slug = next((s for s, (_, cid) in CATS.items() if cid == cat_id), None)
    posts = [s for s in ORDER if s.cat == slug][offset : offset + max(0, min(limit, 10))]
    body = {"success": True, "html": "".join(_item(s) for s in posts), "has_more": False}
    return Response(200, json.dumps(body, ensure_ascii=False), {"Content-Type": "application/json"})


def _builder_page(request: Request, title: str, canonical: str, sections: str, desc: str) -> Response:
    page = _head(title, request, canonical=canonical, desc=desc) + _header() + sections + _footer()
    return html(page)


def _twin(sec_id: str, inner_d: str, inner_m: str | None = None) -> str:
    """A builder section: its desktop copy and its mobile copy."""
    return (
        f'<div class="bz-sc bz-dsk" id="BZSC_{sec_id}_d"><div class="bz-ct">{inner_d}</div></div>\n'
        f'<div class="bz-sc bz-mb" id="BZSC_{sec_id}_m"><div class="bz-ct">'
        f"{inner_d if inner_m is None else inner_m}</div></div>\n"
    )


ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-31.html"
VIDEO_PATH = "/video/phong-su-truong-thpt-phan-dinh-phung-60-nam-xay-dung-va-truong-thanh-8.html"
DOC_PATH = "/tai-lieu/ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027-5.html"


def home(request: Request) -> Response:
    old = BY_ID[1287]
    slides = [
        ("/static/bz/img/banner-khai-giang.jpg", "Chào mừng năm học mới 2026 - 2027", ALBUM_PATH),
        (
            "/static/bz/img/banner-20-11.jpg",
            "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            post_path(old, old.opts["old_slug"]),
        ),
        ("/static/bz/img/banner-tuyen-sinh.jpg", "Tuyển sinh lớp 10 năm học 2027 - 2028", "/tuyen-sinh-lop-10"),
    ]
    slider = "".join(
        f'<div class="bz-slide"><img src="{img}" alt="{esc(cap)}" /><div class="bz-slide-cap">'
        f'<h2>{esc(cap)}</h2><a class="bz-btn" href="{esc(href)}">Xem chi tiết</a></div></div>'
        for img, cap, href in slides
    )
    news_d = "".join(
        f'<div class="swiper-slide bz-news-card" onclick="location.href=\'{post_path(s)}\'" '
        f'style="cursor:pointer"><div class="bz-news-img" style="background-image:url({_thumb(s)})"></div>'
        f'<div class="bz-news-date">{_ddmm(s)}</div><div class="bz-news-ttl">{esc(s.title)}</div></div>'
        for s in ORDER[:6]
    )
    news_m = "".join(
        f'<div class="mb-news"><a href="{post_path(s)}"><img src="{_thumb(s)}" alt="" />'
        f"<span>{esc(s.title)}</span></a></div>"
        for s in ORDER[:4]
    )
    notices = [s for s in ORDER if s.cat == "thong-bao"]
    notice_html = "<ul class=\"bz-notice\">" + "".join(
        f'<li><span class="new">Mới</span> <a href="{post_path(s)}">{esc(s.title)}</a> ({_ddmm(s)})</li>'
        for s in notices
    ) + '</ul><a href="/tin-tuc/thong-bao">Xem tất cả thông báo »</a>'
    gs = BY_ID[1275]
    guong = (
        f'<div class="bz-box-ttl">Gương sáng học đường</div><a href="{post_path(gs)}">'
        f'<img src="{_thumb(gs)}" alt="" /></a><h3><a href="{post_path(gs)}">{esc(gs.title)}</a></h3>'
        f"<p>{esc(_teaser(gs))}</p>"
    )
    popup_story = BY_ID[1310]
    popup = (
        '<div class="bz-popup" id="BZPOPUP_1" style="display:none" data-delay="3000">'
        '<div class="bz-popup-inner"><a href="javascript:;" class="bz-popup-close">×</a>'
        '<div class="bz-popup-ttl">THÔNG BÁO</div>'
        f"<p>{esc(popup_story.title)}</p>"
        f'<a class="bz-btn" href="{post_path(popup_story)}?utm_source=popup&amp;utm_medium=website">'
        "Xem thông báo</a></div></div>"
    )
    counters = (
        '<div class="bz-counter-row"><div><b>60</b><span>năm xây dựng và trưởng thành</span></div>'
        "<div><b>36</b><span>lớp học</span></div><div><b>1.426</b><span>học sinh</span></div>"
        "<div><b>27</b><span>giải HSG cấp tỉnh năm 2025 - 2026</span></div></div>"
    )
    media = (
        '<div class="bz-box-ttl">Thư viện</div>'
        f'<a href="{ALBUM_PATH}"><img src="{UP}/albums/khai-giang-2026/thumb.jpg" alt="" />'
        "Lễ khai giảng năm học 2026 - 2027</a>"
        f'<a href="{VIDEO_PATH}"><img src="/static/bz/img/video-thumb-8.jpg" alt="" />'
        "Phóng sự: 60 năm xây dựng và trưởng thành</a>"
    )
    sections = (
        _twin("banner", f'<div class="bz-slider" data-autoplay="5000">{slider}</div>')
        + _twin(
            "news",
            '<div class="bz-box-ttl">Tin tức - Sự kiện</div><div class="swiper bz-news-swiper">'
            f'<div class="swiper-wrapper">{news_d}</div></div><a href="/tin-tuc" class="bz-btn">Xem tất cả</a>',
            f'<div class="bz-box-ttl">Tin tức - Sự kiện</div>{news_m}<a href="/tin-tuc">Xem tất cả</a>',
        )
        + _twin("notice", f'<div class="bz-box-ttl">Thông báo</div>{notice_html}')
        + _twin("guongsang", guong)
        + _twin("counter", counters)
        + _twin("media", media)
        + popup
    )
    return _builder_page(request, f"{SCHOOL} - Quảng Trị", "/", sections, f"Website chính thức của {SCHOOL}")


def intro(request: Request) -> Response:
    inner = f"""{_crumbs([("Trang chủ", "/"), ("Giới thiệu", None)])}
<h1>Giới thiệu chung</h1>
<p>{esc(SCHOOL)} được thành lập năm 1966, tiền thân là Trường cấp III Đồng Hới. Trải qua 60 năm
xây dựng và trưởng thành, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều thế hệ đã trở
thành cán bộ, nhà khoa học, doanh nhân thành đạt trong và ngoài tỉnh.</p>
<p>Năm học 2026 - 2027, nhà trường có 36 lớp với 1.426 học sinh; 92 cán bộ, giáo viên, nhân
viên, trong đó 38 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 2 và được tặng Huân chương Lao động
hạng Nhất.</p>
<h2 id="doi-ngu">Ban Giám hiệu</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Hiệu trưởng</td><td>Thầy Hoàng Văn Dũng</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>Thầy Trần Đức Minh</td></tr>
<tr><td>Phó Hiệu trưởng</td><td>ThS. Lê Văn Quang</td></tr>
</table>"""
    return _builder_page(request, f"Giới thiệu | {SCHOOL}", "/gioi-thieu", _twin("intro", inner), "Giới thiệu")


def contact(request: Request) -> Response:
    inner = f"""{_crumbs([("Trang chủ", "/"), ("Liên hệ", None)])}
<h1>Liên hệ</h1>
<p><strong>{SCHOOL_UP}</strong></p>
<p>Địa chỉ: 28 Lý Thường Kiệt, phường Đồng Hới, tỉnh Quảng Trị</p>
<p>Điện thoại: 0232 3822 468 - Email: c3phandinhphung@quangtri.edu.vn</p>
<form class="bz-form" action="/api/form/submit" method="post"><input type="hidden" name="form_id" value="88" />
<input name="name" placeholder="Họ và tên" /><input name="phone" placeholder="Số điện thoại" />
<textarea name="message" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3817.2!2d106.62!3d17.47" width="100%" height="300"></iframe>"""
    return _builder_page(request, f"Liên hệ | {SCHOOL}", "/lien-he", _twin("contact", inner), "Liên hệ")


def admission(request: Request) -> Response:
    inner_top = """<h1 class="bz-hero-ttl">TUYỂN SINH LỚP 10 NĂM HỌC 2027 - 2028</h1>
<p class="bz-hero-sub">Môi trường học tập hiện đại - Đội ngũ giáo viên tận tâm - 27 giải HSG cấp tỉnh năm 2025 - 2026</p>"""
    inner_body = """<h2>Vì sao chọn THPT Phan Đình Phùng?</h2>
<p>Nhà trường có 36 phòng học được trang bị màn hình tương tác, 4 phòng thí nghiệm chuẩn, thư
viện điện tử và nhà thi đấu đa năng. Học sinh được tư vấn chọn tổ hợp môn học lựa chọn ngay từ
lớp 10 phù hợp với định hướng nghề nghiệp.</p>
<h2>Chỉ tiêu và phương thức tuyển sinh</h2>
<p>Dự kiến tuyển 12 lớp 10 với 480 học sinh; xét tuyển kết hợp thi tuyển theo Kế hoạch tuyển
sinh của Sở Giáo dục và Đào tạo Quảng Trị. Các tổ hợp: Khoa học tự nhiên, Khoa học xã hội,
Công nghệ - Tin học.</p>
<h2>Học bổng</h2>
<p>Học bổng toàn phần năm học đầu tiên cho 10 học sinh có điểm xét tuyển cao nhất và học bổng
“Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn.</p>
<form class="bz-form" action="/api/form/submit" method="post"><input type="hidden" name="form_id" value="91" />
<input name="name" placeholder="Họ tên học sinh" /><input name="phone" placeholder="Số điện thoại phụ huynh" />
<select name="school"><option>THCS Nguyễn Hàm Ninh</option><option>THCS Hải Đình</option><option>Trường khác</option></select>
<button type="submit">Đăng ký tư vấn</button></form>"""
    sections = _twin("hero", inner_top) + _twin("admission", inner_body)
    return _builder_page(
        request, f"Tuyển sinh lớp 10 | {SCHOOL}", "/tuyen-sinh-lop-10", sections, "Tuyển sinh lớp 10"
    )


def album_list(request: Request) -> Response:
    inner = (
        f'<div class="bz-album-grid"><a href="{ALBUM_PATH}"><img src="{UP}/albums/khai-giang-2026/thumb.jpg" '
        'alt="" /><span>Lễ khai giảng năm học 2026 - 2027</span></a></div>'
    )
    crumbs = _crumbs([("Trang chủ", "/"), ("Thư viện ảnh", None)])
    return _listing_page(request, "Thư viện ảnh", crumbs, inner, "/thu-vien-anh")


def album(request: Request) -> Response:
    caps = [
        "Học sinh khối 10 diễu hành chào mừng năm học mới",
        "Thầy Hiệu trưởng đánh trống khai giảng",
        "Tiết mục văn nghệ của Câu lạc bộ Âm nhạc",
        "Tuyên dương học sinh đạt giải quốc gia",
        "Các đại biểu tặng hoa chúc mừng nhà trường",
        "Học sinh thả bóng bay chào mừng năm học mới",
    ]
    grid = "".join(
        f'<div class="bz-album-item"><a href="{UP}/albums/khai-giang-2026/{n}.jpg" data-fancybox="gallery">'
        f'<img src="{UP}/albums/khai-giang-2026/thumbs/{n}.jpg" alt="{esc(c)}" /></a><p>{esc(c)}</p></div>'
        for n, c in enumerate(caps, 1)
    )
    inner = f"""{_crumbs([("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), ("Lễ khai giảng năm học 2026 - 2027", None)])}
<h1>Lễ khai giảng năm học 2026 - 2027</h1>
<div class="bz-album-meta">Ngày đăng: 05/09/2026 · 6 ảnh</div>
<p>Một số hình ảnh trong Lễ khai giảng năm học 2026 - 2027 của nhà trường.</p>
<div class="bz-album-grid">{grid}</div>"""
    return _builder_page(request, f"Lễ khai giảng năm học 2026 - 2027 | {SCHOOL}", ALBUM_PATH, _twin("album", inner), "Album ảnh")


def video_list(request: Request) -> Response:
    inner = (
        f'<div class="bz-video-grid"><a href="{VIDEO_PATH}"><img src="/static/bz/img/video-thumb-8.jpg" '
        'alt="" /><span>Phóng sự: 60 năm xây dựng và trưởng thành</span></a></div>'
    )
    crumbs = _crumbs([("Trang chủ", "/"), ("Video", None)])
    return _listing_page(request, "Video", crumbs, inner, "/video")


def video(request: Request) -> Response:
    inner = f"""{_crumbs([("Trang chủ", "/"), ("Video", "/video"), ("Phóng sự", None)])}
<h1>Phóng sự: Trường THPT Phan Đình Phùng - 60 năm xây dựng và trưởng thành</h1>
<div class="bz-video-meta">19/11/2026 · 1.032 lượt xem</div>
<div class="bz-video"><iframe width="100%" height="450" src="https://www.youtube.com/embed/Xk3pD9qLr2M" frameborder="0" allowfullscreen></iframe></div>
<p>Phóng sự do Đài Phát thanh - Truyền hình tỉnh thực hiện nhân dịp kỷ niệm 60 năm thành lập trường.</p>"""
    return _builder_page(request, f"Phóng sự 60 năm | {SCHOOL}", VIDEO_PATH, _twin("video", inner), "Video")


def doc_list(request: Request) -> Response:
    inner = f"""<table class="bz-doc-table" border="1" cellpadding="4" style="border-collapse:collapse;width:100%">
<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>176/KH-THPTPĐP</td><td>20/09/2026</td><td><a href="{DOC_PATH}">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></td>
<td><a href="/uploads/thptpdp/files/ke-hoach-giao-duc-2026-2027.pdf">PDF</a></td></tr>
</table>"""
    crumbs = _crumbs([("Trang chủ", "/"), ("Tài liệu", None)])
    return _listing_page(request, "Tài liệu", crumbs, inner, "/tai-lieu")


def doc(request: Request) -> Response:
    inner = f"""{_crumbs([("Trang chủ", "/"), ("Tài liệu", "/tai-lieu"), ("Chi tiết", None)])}
<h1>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h1>
<table class="bz-doc-detail" border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Số hiệu</td><td>176/KH-THPTPĐP</td></tr>
<tr><td>Ngày ban hành</td><td>20/09/2026</td></tr>
<tr><td>Người ký</td><td>Hoàng Văn Dũng</td></tr>
<tr><td>Loại văn bản</td><td>Kế hoạch</td></tr>
<tr><td>Trích yếu</td><td>Kế hoạch giáo dục nhà trường năm học 2026 - 2027</td></tr>
<tr><td>File đính kèm</td><td><a href="/uploads/thptpdp/files/ke-hoach-giao-duc-2026-2027.pdf">ke-hoach-giao-duc-2026-2027.pdf</a></td></tr>
</table>"""
    return _builder_page(request, f"Kế hoạch giáo dục 2026 - 2027 | {SCHOOL}", DOC_PATH, _twin("doc", inner), "Tài liệu")


def search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    crumbs = _crumbs([("Trang chủ", "/"), ("Tìm kiếm", None)])
    if not q:
        return _listing_page(request, "Tìm kiếm", crumbs, "<p>Vui lòng nhập từ khóa.</p>", "/tim-kiem")
    needle = unicodedata.normalize("NFC", q).lower()
    hits = [s for s in ORDER if needle in s.title.lower()]
    inner = f"<p>Có {len(hits)} kết quả cho “{esc(q)}”.</p>" + "\n".join(_item(s) for s in hits)
    return _listing_page(request, "Kết quả tìm kiếm", crumbs, inner, "/tim-kiem")


# --- routing ----------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_JSON_OK = Response(200, b'{"success":true,"message":"C\\u1ea3m \\u01a1n b\\u1ea1n!"}', {"Content-Type": "application/json"})


class BizflySite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/static/", "/uploads/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/api/poll/vote", "/api/form/submit"):
            return _JSON_OK
        if path == "/api/blog/more":
            return blog_more_api(request)
        pages = {
            "/": home,
            "/tin-tuc": news_listing,
            "/gioi-thieu": intro,
            "/lien-he": contact,
            "/tuyen-sinh-lop-10": admission,
            "/thu-vien-anh": album_list,
            ALBUM_PATH: album,
            "/video": video_list,
            VIDEO_PATH: video,
            "/tai-lieu": doc_list,
            DOC_PATH: doc,
            "/tim-kiem": search,
        }
        if path in pages:
            return pages[path](request)
        if path.startswith("/tin-tuc/tag/"):
            slug = path[len("/tin-tuc/tag/") :]
            return tag_listing(request, slug) if slug in TAGS else None
        if path.startswith("/tin-tuc/") and path[len("/tin-tuc/") :] in CATS:
            return category_listing(request, path[len("/tin-tuc/") :])
        m = _POST.match(path)
        if m and int(m[2]) in BY_ID:
            return post_page(BY_ID[int(m[2])], request)
        return None


def build_site() -> BizflySite:
    return BizflySite()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts: list[str] = []
    if story.opts.get("old_slug"):
        alts.append(post_path(story, story.opts["old_slug"]))
    if story.id == 1310:
        alts.append(post_path(story) + "?utm_source=popup&utm_medium=website")
    return gold_record(story, post_path(story), CATS[story.cat][0], canonical_path=post_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in ORDER]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/tuyen-sinh-lop-10",
    ALBUM_PATH,
    VIDEO_PATH,
    DOC_PATH,
]

__all__ = ["GOLD", "NAME", "NON_ARTICLES", "PLATFORM", "START_PATH", "build_site", "collapse"]
