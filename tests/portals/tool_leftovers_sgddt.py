"""Sở GD&ĐT Hà Tĩnh on a vendor ASP.NET MVC portal ("Cổng thông tin điện tử" product of a
provincial software house), where every tool and widget of the article page is left *inside* the
article's content box.

Platform
--------
An ASP.NET MVC 5 portal (``X-AspNetMvc-Version``, ``__RequestVerificationToken`` in the forms,
``/Content`` and ``/Themes`` folders, uploads under ``/Uploads/images/<yyyy>/<mm>/``). The vendor's
class names are Vietnamese abbreviations. Two article templates live side by side, because the
site was re-themed in 2024 and old posts kept their view:

- the **old template** (2019 theme, table layout)::

    <table class="tbl_ctn_bv"> <tr><td class="tieude_bv"><h2>title</h2></td></tr>
      <tr><td class="ngay_bv">Ngày đăng: 16-11-2026 <span class="luotxem">…</span></td></tr>
      <tr><td class="noidung_bv"> tools … <div id="divNoiDung"> text </div> tools …</td></tr>
      <tr><td class="tinkhac"> "Bài viết cùng chuyên mục" </td></tr> </table>

  a sapo, when there is one, is a bold first paragraph of the text; the tool bars use small GIF
  icons (``/Themes/2019/images/ic_*.gif``); "In bài viết" opens ``<article>?print=1``, a print view
  of the same article (rel=canonical to the article).

- the **new template** (div layout)::

    <div class="ctn-bv"> <h1 class="tieude-bv">…</h1>
      <div class="tt-bv"><i class="fa fa-calendar"></i> Thứ Hai, 16/11/2026 | 09:15 …</div>
      <div class="cong-cu"> … </div> <div class="tomtat">sapo</div>
      <div class="nd-bv"> text (tools may be inside it too) </div>
      <div class="cong-cu cuoi"> … </div> <div class="tt-khac"> related list </div> </div>

  tool links are Font Awesome icons (``<i class="fa fa-print">``); "In bài viết" is
  ``javascript:window.print()``.

URL scheme
----------
- ``/`` home: "Tin mới nhất" (the 5 newest), then a block of the 3 newest posts per category.
- ``/tin-tuc/<cat-slug>`` and ``/tin-tuc/<cat-slug>?page=<n>``: category listings, 5 per page.
- ``/tin-tuc/<cat-slug>/<slug>-<id>.html``: an article; ``…html?print=1`` its print view
  (old-template posts only).
- ``/tag/<tag-slug>``: keyword listing; ``/lien-he`` contact form; ``/so-do-cong-thong-tin``
  site map page; ``/Uploads/files/<name>.pdf`` attachments (200, PDF).

How each gold article is reached
--------------------------------
Home page lists (newest 5 and 3 per category), category listings page 1, the in-box
"Bài viết cùng chuyên mục" lists (the 4 newest other posts of the section) and the tag pages.
The oldest "Tin giáo dục" post (Hội khỏe Phù Đổng, 24/10/2026) is the 6th of its section: only
``/tin-tuc/tin-giao-duc?page=2`` links to it.

Traps (tool and widget leftovers, varied per post, inside the content box)
---------------------------------------------------------------------------
- "Cỡ chữ: A- A A+" bar above the text (inside ``nd-bv`` in some posts);
  "Gửi email | In bài viết | Lưu bài" links; "Lượt xem: 1.234"; a star rating
  "Đánh giá bài viết: ★★★★☆ (12 lượt đánh giá)"; "Chia sẻ:" with Facebook/Zalo/Twitter icons;
  "Bình luận (0)"; "Tải về tệp đính kèm: KH-so-123.pdf" (an attachment, not body);
  "Từ khóa: …" and "Tags: …" lists; "Quay lại | Đầu trang"; "Báo lỗi bài viết";
  the "Bài viết cùng chuyên mục" list with dates in parentheses.
- "Xem thêm: <a>Hội nghị tổng kết năm học 2025-2026</a>" between two body paragraphs: a related
  link, not body.
- Bylines over two lines: "Tin và ảnh<br>Nguyễn Thị Mai" (label alone, name next line: author
  and photographer) and "Trần Văn Quang<br>Phòng GDTrH" (the department is not part of the name).
- "Nguồn: Báo Hà Tĩnh" (source), "Cập nhật lần cuối: 21/11/2026 15:02" at the end (the last edit,
  not the publication date), the header's today "Thứ Sáu, ngày 04/12/2026".
- Body sentences that use the tools' words ("Học sinh được hướng dẫn cách in bài viết và gửi email
  cho giáo viên.", "Bài thi có cỡ chữ quy định 14.", "Lượt xem …") are body.
- Tool icons (GIF) inside the box, the logo, banners: not article images.
- The print view of old-template posts is the same article (alt_paths).

Gold decisions
--------------
- title: the ``h1.tieude-bv`` / ``td.tieude_bv h2`` text.
- published_at: the new template's "Thứ Hai, 16/11/2026 | 09:15" -> "2026-11-16T09:15:00+07:00";
  the old template's "Ngày đăng: 16-11-2026" -> "2026-11-16".
- authors/photographers: from the closing byline or the "Tác giả:" meta field of the new
  template; "BBT", "admin" and "Ảnh: Internet" credit nobody; "ThS." is dropped; a unit signing
  ("Văn phòng Sở", "Đoàn trường THPT Nguyễn Du") is credited as printed.
- summary: the new template's ``div.tomtat`` (outside the text, first body paragraph in gold); the
  old template's bold lead paragraph.
- body: the text's paragraphs; sub-headings, list items, table rows (cells joined by " | ");
  a ``<br>`` inside a paragraph splits it. Tools, captions, bylines, source, "Xem thêm", the
  attachment, keywords, the update line are not body.
- images: photos of the text in order, caption = the italic line right under the photo.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote

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
    opaque,
    static_file,
)

NAME = "tool_leftovers_sgddt"
PLATFORM = "Vendor ASP.NET MVC 5 portal (two article templates: 2019 table layout, 2024 div layout)"
START_PATH = "/"

TODAY = "Thứ Sáu, ngày 04/12/2026"
SITE_TITLE = "Sở Giáo dục và Đào tạo Hà Tĩnh"
PER_PAGE = 5

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-nganh": "Hoạt động ngành",
    "chi-dao-dieu-hanh": "Chỉ đạo - Điều hành",
    "guong-nguoi-tot-viec-tot": "Gương người tốt việc tốt",
}
TAGS = {
    "hoc-sinh-gioi": "học sinh giỏi",
    "ha-tinh": "Hà Tĩnh",
    "chuyen-doi-so": "chuyển đổi số",
    "nha-giao": "nhà giáo",
    "the-thao": "thể thao",
    "phong-chong-thien-tai": "phòng chống thiên tai",
}
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(name: str, ym: str = "2026/11") -> str:
    return f"/Uploads/images/{ym}/{name}"


XEMTHEM_TONGKET = "Hội nghị tổng kết năm học 2025-2026"

# --- the posts -----------------------------------------------------------------------------
#
# opts: tpl ("old" | "new"), time ("HH:MM", new template), id (the numeric id of the URL),
# tags, kw ("Từ khóa" | "Tags"), tools_top / tools_in_top / tools_in_bot / tools_bot (tool keys
# printed above the text inside the box, at the top of the text element, at its end, below it),
# meta_author (the new template's "Tác giả:" field), updated (the "Cập nhật lần cuối" line),
# attach (attachment file name), views. P styles: "h" sub-heading, "li" list item, "th"/"tr"
# table rows (cells joined by " | "), "lead" bold lead (old template), "br" joined to the next
# paragraph with a <br> in one <p>.

STORIES: list[Story] = [
    Story(
        1,
        "ha-tinh-chon-112-hoc-sinh-vao-doi-tuyen-du-thi-hoc-sinh-gioi-quoc-gia-nam-2027",
        "Hà Tĩnh chọn 112 học sinh vào đội tuyển dự thi học sinh giỏi quốc gia năm 2027",
        "tin-giao-duc",
        "2026-12-02T10:20:00+07:00",
        [
            P(
                "Sau hai vòng thi chọn đội tuyển, Sở GD&ĐT Hà Tĩnh đã công nhận 112 học sinh vào đội "
                "tuyển dự thi chọn học sinh giỏi quốc gia THPT năm 2027 ở 13 môn thi."
            ),
            P(
                "Kỳ thi chọn đội tuyển được tổ chức trong hai ngày 25 và 26/11/2026 tại Trường THPT "
                "chuyên Hà Tĩnh với 356 thí sinh tham dự. Đề thi vòng 2 do Hội đồng ra đề của Sở "
                "biên soạn, bám sát cấu trúc đề thi quốc gia."
            ),
            Img(
                up("doi-tuyen-hsg-2027.jpg", "2026/12"),
                "Thí sinh làm bài thi chọn đội tuyển tại Trường THPT chuyên Hà Tĩnh",
                "Thí sinh làm bài thi chọn đội tuyển tại Trường THPT chuyên Hà Tĩnh",
            ),
            P("Số lượng học sinh trong đội tuyển theo một số môn thi:"),
            P("Môn thi | Số học sinh | Trong đó khối 11", "th"),
            P("Toán | 10 | 3", "tr"),
            P("Ngữ văn | 10 | 2", "tr"),
            P("Tiếng Anh | 10 | 4", "tr"),
            P("Tin học | 6 | 2", "tr"),
            P(
                "Các em sẽ bước vào đợt bồi dưỡng tập trung từ ngày 07/12/2026 dưới sự hướng dẫn của "
                "các giáo viên cốt cán và giảng viên Trường Đại học Vinh. Từ khóa của đợt bồi dưỡng "
                "năm nay là rèn kỹ năng giải quyết vấn đề và tự học."
            ),
            Raw('<p style="text-align:right"><strong>Tin và ảnh<br>Nguyễn Thị Mai</strong></p>'),
        ],
        authors=["Nguyễn Thị Mai"],
        photographers=["Nguyễn Thị Mai"],
        summary=(
            "112 học sinh của 13 môn thi được công nhận vào đội tuyển học sinh giỏi quốc gia THPT "
            "năm 2027 của tỉnh."
        ),
        sapo_outside=True,
        opts={
            "tpl": "new",
            "time": "10:20",
            "tags": ["hoc-sinh-gioi", "ha-tinh"],
            "kw": "Từ khóa",
            "tools_top": ["fontsize", "actions", "views"],
            "tools_bot": ["keywords", "rating", "share", "report"],
            "views": 1234,
            "rating": ("★★★★☆", 12),
        },
    ),
    Story(
        2,
        "truong-thpt-hong-linh-to-chuc-ngay-hoi-chuyen-doi-so",
        "Trường THPT Hồng Lĩnh tổ chức Ngày hội Chuyển đổi số",
        "tin-giao-duc",
        "2026-11-27",
        [
            P(
                "Ngày 26/11, Trường THPT Hồng Lĩnh tổ chức Ngày hội Chuyển đổi số năm 2026 với sự "
                "tham gia của hơn 1.200 học sinh và 80 cán bộ, giáo viên.",
                "lead",
            ),
            P(
                "Ngày hội gồm các gian trưng bày sản phẩm số của 36 lớp, khu trải nghiệm thực tế ảo, "
                "lập trình robot và cuộc thi “Công dân số thông thái”."
            ),
            P(
                "Tại gian kỹ năng số, các đoàn viên giới thiệu hệ thống học tập trực tuyến của nhà "
                "trường. Học sinh được hướng dẫn cách in bài viết và gửi email cho giáo viên."
            ),
            Img(
                up("hong-linh-cds-1.jpg"),
                "Học sinh trải nghiệm lập trình robot tại ngày hội",
                "Học sinh trải nghiệm lập trình robot tại ngày hội",
            ),
            P(
                "Thầy Nguyễn Văn Hiếu, Hiệu trưởng nhà trường cho biết: “Chúng tôi muốn mỗi học sinh "
                "không chỉ biết dùng thiết bị mà còn biết chia sẻ thông tin có trách nhiệm trên môi "
                "trường mạng”."
            ),
            Img(up("hong-linh-cds-2.jpg")),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 12 giải cho các tập thể và cá nhân có sản phẩm "
                "xuất sắc."
            ),
            Raw(
                '<p style="text-align:right"><b>Tin: Phan Văn Đức; Ảnh: Nguyễn Hữu Tâm</b></p>'
            ),
        ],
        authors=["Phan Văn Đức"],
        photographers=["Nguyễn Hữu Tâm"],
        summary=(
            "Ngày 26/11, Trường THPT Hồng Lĩnh tổ chức Ngày hội Chuyển đổi số năm 2026 với sự "
            "tham gia của hơn 1.200 học sinh và 80 cán bộ, giáo viên."
        ),
        opts={
            "tpl": "old",
            "tags": ["chuyen-doi-so"],
            "kw": "Tags",
            "tools_top": ["actions", "views"],
            "tools_bot": ["keywords", "comments", "backtop"],
            "views": 876,
        },
    ),
    Story(
        3,
        "hoc-sinh-ha-tinh-doat-2-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        "Học sinh Hà Tĩnh đoạt 2 giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        "tin-giao-duc",
        "2026-11-20T14:30:00+07:00",
        [
            P(
                "Chiều 19/11, Sở GD&ĐT Hà Tĩnh tổng kết và trao giải Cuộc thi Khoa học kỹ thuật "
                "dành cho học sinh trung học năm học 2026-2027."
            ),
            P(
                "Cuộc thi năm nay thu hút 148 dự án của học sinh 52 trường THCS, THPT trong tỉnh, "
                "thuộc 18 lĩnh vực. Ban giám khảo đã chọn 72 dự án vào vòng chung kết."
            ),
            P(
                "Hai giải Nhất thuộc về dự án “Thiết bị cảnh báo sạt lở đất sử dụng cảm biến độ ẩm” "
                "của học sinh Trường THPT Hương Khê và dự án “Chế phẩm sinh học xử lý rơm rạ sau thu "
                "hoạch” của học sinh Trường THPT chuyên Hà Tĩnh."
            ),
            P("Cơ cấu giải thưởng", "h"),
            P("02 giải Nhất, 06 giải Nhì;", "li"),
            P("12 giải Ba và 18 giải Khuyến khích.", "li"),
            P(
                "Các dự án đạt giải cao sẽ được bồi dưỡng để tham gia Cuộc thi Khoa học kỹ thuật cấp "
                "quốc gia dành cho học sinh trung học vào tháng 3/2027."
            ),
            Raw('<p style="text-align:right"><strong>Thu Hà</strong></p>'),
            Raw("<p><em>Nguồn: Báo Hà Tĩnh</em></p>"),
        ],
        authors=["Thu Hà"],
        source="Báo Hà Tĩnh",
        opts={
            "tpl": "new",
            "time": "14:30",
            "tags": ["ha-tinh"],
            "kw": "Tags",
            "tools_in_top": ["fontsize"],
            "tools_bot": ["actions", "views", "share", "comments"],
            "views": 2045,
            "updated": "21/11/2026 15:02",
        },
    ),
    Story(
        4,
        "ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-dien-ra-nghiem-tuc-an-toan",
        "Kỳ thi chọn học sinh giỏi tỉnh lớp 12 diễn ra nghiêm túc, an toàn",
        "tin-giao-duc",
        "2026-11-12",
        [
            P(
                "Trong hai ngày 10 và 11/11/2026, gần 2.000 thí sinh đã tham dự Kỳ thi chọn học sinh "
                "giỏi tỉnh lớp 12 THPT năm học 2026-2027 tại 7 điểm thi trên địa bàn tỉnh."
            ),
            P(
                "Kỳ thi được tổ chức ở 13 môn văn hóa, trong đó môn Tin học thi trên máy tính. Các "
                "điểm thi được trang bị camera giám sát phòng thi và phòng bảo quản đề thi."
            ),
            Img(
                up("thi-hsg-lop-12.jpg"),
                "Lãnh đạo Sở GD&ĐT kiểm tra công tác coi thi tại điểm thi Trường THPT Phan Đình Phùng",
                "Lãnh đạo Sở GD&ĐT kiểm tra công tác coi thi tại điểm thi Trường THPT Phan Đình Phùng",
            ),
            P(
                "Theo báo cáo của các Ban coi thi, kỳ thi diễn ra nghiêm túc, đúng quy chế; không có "
                "cán bộ coi thi vi phạm, không có thí sinh bị đình chỉ thi."
            ),
            P(
                "Kết quả kỳ thi sẽ được công bố trước ngày 05/12/2026 trên Cổng thông tin điện tử của "
                "Sở GD&ĐT."
            ),
            Raw('<p style="text-align:right">BBT</p>'),
        ],
        opts={
            "tpl": "old",
            "tags": ["hoc-sinh-gioi", "ha-tinh"],
            "kw": "Từ khóa",
            "tools_top": ["fontsize", "actions"],
            "tools_bot": ["rating", "keywords", "related_in"],
            "views": 3412,
            "rating": ("★★★☆☆", 5),
        },
    ),
    Story(
        5,
        "truong-tieu-hoc-thach-trung-trien-khai-mo-hinh-thu-vien-xanh",
        "Trường Tiểu học Thạch Trung triển khai mô hình “Thư viện xanh”",
        "tin-giao-duc",
        "2026-11-05T08:00:00+07:00",
        [
            P(
                "Không gian đọc ngoài trời dưới tán cây, những giá sách nhỏ đặt ở hành lang các lớp "
                "học đã giúp học sinh Trường Tiểu học Thạch Trung hình thành thói quen đọc sách mỗi "
                "ngày."
            ),
            Img(
                up("thu-vien-xanh-thach-trung.jpg"),
                "Giờ đọc sách ngoài trời của học sinh lớp 3",
                "Giờ đọc sách ngoài trời của học sinh lớp 3",
            ),
            P(
                "Mô hình “Thư viện xanh” được nhà trường triển khai từ đầu năm học với hơn 3.500 đầu "
                "sách do phụ huynh, cựu học sinh và các nhà hảo tâm ủng hộ."
            ),
            P("Mỗi lớp có một tủ sách riêng do học sinh tự quản lý;", "br"),
            P("Thứ Sáu hằng tuần, các lớp tổ chức tiết đọc chia sẻ về cuốn sách mình yêu thích."),
            P(
                "Lượt xem và mượn sách của học sinh được thư viện ghi lại bằng phần mềm, cuối mỗi "
                "tháng nhà trường tuyên dương các “Đại sứ văn hóa đọc”."
            ),
        ],
        authors=["Lê Thị Hồng Nhung"],
        opts={
            "tpl": "new",
            "time": "08:00",
            "tags": [],
            "meta_author": "Lê Thị Hồng Nhung",
            "tools_top": ["views", "actions"],
            "tools_in_bot": ["share"],
            "tools_bot": ["comments", "backtop"],
            "views": 512,
        },
    ),
    Story(
        6,
        "khai-mac-hoi-khoe-phu-dong-tinh-ha-tinh-lan-thu-xix",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XIX",
        "tin-giao-duc",
        "2026-10-24",
        [
            P(
                "Sáng 23/10, tại Sân vận động tỉnh, Sở GD&ĐT phối hợp với Sở Văn hóa, Thể thao và Du "
                "lịch tổ chức Lễ khai mạc Hội khỏe Phù Đổng tỉnh Hà Tĩnh lần thứ XIX năm 2026."
            ),
            P(
                "Hội khỏe năm nay có hơn 2.600 vận động viên là học sinh của 13 huyện, thị xã, thành "
                "phố tranh tài ở 12 môn thi đấu: điền kinh, bơi, bóng đá, cầu lông, bóng bàn, cờ vua, "
                "võ thuật cổ truyền, bóng chuyền, đá cầu, bóng rổ, karate và vovinam."
            ),
            Img(
                up("hkpd-khai-mac.jpg", "2026/10"),
                "Màn đồng diễn của học sinh thành phố Hà Tĩnh tại lễ khai mạc",
                "Màn đồng diễn của học sinh thành phố Hà Tĩnh tại lễ khai mạc",
            ),
            P(
                "Phát biểu khai mạc, Phó Giám đốc Sở GD&ĐT Hà Tĩnh nhấn mạnh Hội khỏe là dịp đánh giá "
                "kết quả công tác giáo dục thể chất trong trường học và tuyển chọn vận động viên cho "
                "Hội khỏe Phù Đổng toàn quốc."
            ),
            P("Các môn thi đấu diễn ra đến hết ngày 30/10/2026."),
            Raw(
                '<p style="text-align:right"><strong>Tin, ảnh: Đoàn trường THPT Nguyễn Du</strong></p>'
            ),
        ],
        authors=["Đoàn trường THPT Nguyễn Du"],
        photographers=["Đoàn trường THPT Nguyễn Du"],
        opts={
            "tpl": "old",
            "tags": ["the-thao"],
            "kw": "Tags",
            "tools_top": ["views"],
            "tools_bot": ["actions", "share"],
            "views": 1911,
        },
    ),
    Story(
        7,
        "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        "Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
        "hoat-dong-nganh",
        "2026-08-21T15:40:00+07:00",
        [
            P(
                "Ngày 21/8, Sở GD&ĐT Hà Tĩnh tổ chức Hội nghị tổng kết năm học 2025-2026 và triển "
                "khai nhiệm vụ năm học 2026-2027 theo hình thức trực tiếp kết hợp trực tuyến đến 13 "
                "điểm cầu huyện, thị xã, thành phố."
            ),
            P(
                "Năm học 2025-2026, toàn ngành đạt 86 giải học sinh giỏi quốc gia; tỷ lệ tốt nghiệp "
                "THPT đạt 99,6%; tỷ lệ trường đạt chuẩn quốc gia đạt 91,2%."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026-2027", "h"),
            P("Tiếp tục thực hiện Chương trình GDPT 2018 ở tất cả các khối lớp;", "li"),
            P("Đẩy mạnh chuyển đổi số, xây dựng trường học số;", "li"),
            P("Nâng cao chất lượng giáo dục mũi nhọn và giáo dục vùng khó khăn.", "li"),
            Img(
                up("hoi-nghi-tong-ket-2026.jpg", "2026/08"),
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            ),
            P(
                "Tại hội nghị, Giám đốc Sở GD&ĐT đề nghị các đơn vị chia sẻ kinh nghiệm, chủ động rà "
                "soát đội ngũ, cơ sở vật chất để bảo đảm khai giảng năm học mới an toàn, đúng kế hoạch."
            ),
        ],
        authors=["Văn phòng Sở"],
        summary=(
            "Toàn ngành Giáo dục Hà Tĩnh đặt mục tiêu giữ vững tốp đầu cả nước về chất lượng giáo "
            "dục mũi nhọn trong năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={
            "tpl": "new",
            "time": "15:40",
            "tags": ["ha-tinh"],
            "kw": "Từ khóa",
            "meta_author": "Văn phòng Sở",
            "tools_in_top": ["actions", "fontsize"],
            "tools_in_bot": ["views"],
            "tools_bot": ["keywords", "rating", "report", "backtop"],
            "views": 4120,
            "rating": ("★★★★★", 27),
            "updated": "25/08/2026 08:11",
        },
    ),
    Story(
        8,
        "cong-doan-nganh-giao-duc-ha-tinh-to-chuc-hoi-thao-chao-mung-ngay-nha-giao-viet-nam",
        "Công đoàn ngành Giáo dục Hà Tĩnh tổ chức Hội thao chào mừng Ngày Nhà giáo Việt Nam",
        "hoat-dong-nganh",
        "2026-11-18",
        [
            P(
                "Từ ngày 14 đến 16/11/2026, Công đoàn ngành Giáo dục Hà Tĩnh tổ chức Hội thao cán "
                "bộ, giáo viên, người lao động chào mừng 44 năm Ngày Nhà giáo Việt Nam."
            ),
            P(
                "Hội thao thu hút hơn 600 vận động viên của 28 công đoàn cơ sở tranh tài ở các môn "
                "bóng chuyền hơi, cầu lông, kéo co và cờ tướng."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/hoat-dong-nganh/'
                "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027-7.html"
                f'">{XEMTHEM_TONGKET}</a></p>'
            ),
            P(
                "Kết quả chung cuộc, Công đoàn Trường THPT Can Lộc đoạt giải Nhất toàn đoàn; giải Nhì "
                "thuộc về Công đoàn Trường THPT chuyên Hà Tĩnh."
            ),
            Img(
                up("hoi-thao-cong-doan.jpg"),
                "Trận chung kết môn bóng chuyền hơi nữ",
                "Trận chung kết môn bóng chuyền hơi nữ",
            ),
            P(
                "Hội thao là dịp để đoàn viên giao lưu, chia sẻ kinh nghiệm và lan tỏa phong trào rèn "
                "luyện thể dục thể thao trong đội ngũ nhà giáo."
            ),
            Raw('<p style="text-align:right"><em>Ảnh: Internet</em></p>'),
        ],
        opts={
            "tpl": "old",
            "tags": ["nha-giao", "the-thao"],
            "kw": "Từ khóa",
            "tools_top": ["actions"],
            "tools_bot": ["views", "comments", "report"],
            "views": 655,
        },
    ),
    Story(
        9,
        "doan-cong-tac-so-gd-dt-kiem-tra-day-hoc-2-buoi-ngay-tai-huyen-cam-xuyen",
        "Đoàn công tác Sở GD&ĐT kiểm tra việc dạy học 2 buổi/ngày tại huyện Cẩm Xuyên",
        "hoat-dong-nganh",
        "2026-11-25T16:05:00+07:00",
        [
            P(
                "Ngày 24/11, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở làm trưởng đoàn đã kiểm "
                "tra việc tổ chức dạy học 2 buổi/ngày tại một số trường THCS trên địa bàn huyện Cẩm "
                "Xuyên."
            ),
            P(
                "Đoàn đã dự giờ 12 tiết học, kiểm tra kế hoạch giáo dục, thời khóa biểu và việc bố trí "
                "giáo viên tại các Trường THCS Cẩm Bình, Cẩm Thạch và Cẩm Duệ."
            ),
            P(
                "Qua kiểm tra, đoàn đánh giá các trường đã xây dựng kế hoạch giáo dục phù hợp, bảo đảm "
                "thời lượng các môn học; việc tổ chức hoạt động trải nghiệm buổi chiều được học sinh "
                "hưởng ứng tích cực."
            ),
            P(
                "Đoàn đề nghị Phòng GD&ĐT Cẩm Xuyên tiếp tục rà soát đội ngũ giáo viên các môn Tin học, "
                "Công nghệ và Nghệ thuật để có phương án điều động, hợp đồng kịp thời."
            ),
            Raw("<p><strong>Trần Văn Quang<br>Phòng GDTrH</strong></p>"),
        ],
        authors=["Trần Văn Quang"],
        opts={
            "tpl": "new",
            "time": "16:05",
            "tags": [],
            "tools_top": ["fontsize", "share"],
            "tools_bot": ["actions", "views", "related_in"],
            "views": 301,
        },
    ),
    Story(
        10,
        "huong-dan-to-chuc-cuoc-thi-viet-thay-co-trong-mat-em-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức Cuộc thi viết “Thầy cô trong mắt em” năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-10",
        [
            P(
                "Sở GD&ĐT ban hành Kế hoạch số 123/KH-SGDĐT hướng dẫn tổ chức Cuộc thi viết “Thầy cô "
                "trong mắt em” dành cho học sinh phổ thông trong toàn tỉnh."
            ),
            P("1. Đối tượng dự thi", "h"),
            P("Học sinh đang học tại các trường tiểu học, THCS, THPT trên địa bàn tỉnh."),
            P("2. Yêu cầu bài dự thi", "h"),
            P("Bài viết là tác phẩm văn xuôi, dài không quá 2.000 chữ;", "li"),
            P("Bài dự thi đánh máy trên khổ giấy A4, phông chữ Times New Roman;", "li"),
            P("Chưa đăng trên báo chí, mạng xã hội.", "li"),
            P(
                "Bài thi có cỡ chữ quy định 14. Bài viết tay phải rõ ràng, sạch đẹp và ghi đầy đủ họ "
                "tên, lớp, trường của thí sinh."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/hoat-dong-nganh/'
                "hoi-nghi-tong-ket-nam-hoc-2025-2026-va-trien-khai-nhiem-vu-nam-hoc-2026-2027-7.html"
                f'">{XEMTHEM_TONGKET}</a></p>'
            ),
            P("3. Thời gian nhận bài", "h"),
            P(
                "Các đơn vị tổ chức vòng sơ khảo, gửi bài về Sở (qua Phòng GDTrH) trước ngày "
                "31/12/2026. Nguồn kinh phí tổ chức cuộc thi được trích từ kinh phí hoạt động chuyên môn."
            ),
            Raw('<p style="text-align:right"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "tpl": "old",
            "tags": ["nha-giao"],
            "kw": "Từ khóa",
            "tools_top": ["fontsize", "views"],
            "tools_bot": ["attach", "actions", "backtop"],
            "attach": "KH-so-123.pdf",
            "views": 1402,
        },
    ),
    Story(
        11,
        "so-gd-dt-chi-dao-cac-don-vi-chu-dong-ung-pho-voi-mua-lu",
        "Sở GD&ĐT chỉ đạo các đơn vị chủ động ứng phó với mưa lũ",
        "chi-dao-dieu-hanh",
        "2026-11-02T07:30:00+07:00",
        [
            P(
                "Trước diễn biến phức tạp của đợt mưa lớn trên địa bàn tỉnh, Sở GD&ĐT Hà Tĩnh đề nghị "
                "các phòng GD&ĐT, các đơn vị trực thuộc triển khai ngay các biện pháp ứng phó."
            ),
            P(
                "Thủ trưởng các đơn vị căn cứ tình hình thực tế quyết định cho học sinh nghỉ học, bảo "
                "đảm an toàn tuyệt đối cho học sinh, giáo viên;",
                "li",
            ),
            P(
                "Di chuyển hồ sơ, tài liệu, thiết bị dạy học lên nơi cao ráo; kiểm tra, chằng chống "
                "phòng học, nhà công vụ;",
                "li",
            ),
            P(
                "Tổ chức trực ban 24/24 giờ, báo cáo thiệt hại về Sở (qua Văn phòng) trước 16 giờ hằng "
                "ngày.",
                "li",
            ),
            P(
                "Sau khi nước rút, các đơn vị khẩn trương vệ sinh trường lớp, khắc phục hậu quả để đón "
                "học sinh trở lại trường sớm nhất."
            ),
        ],
        opts={
            "tpl": "new",
            "time": "07:30",
            "tags": ["phong-chong-thien-tai"],
            "kw": "Tags",
            "meta_author": "admin",
            "tools_in_top": ["fontsize"],
            "tools_bot": ["keywords", "attach", "share", "report"],
            "attach": "CV-so-1876-SGDDT.pdf",
            "views": 2760,
        },
    ),
    Story(
        12,
        "thay-giao-tre-tra-lai-tai-san-cho-nguoi-danh-roi",
        "Thầy giáo trẻ trả lại tài sản cho người đánh rơi",
        "guong-nguoi-tot-viec-tot",
        "2026-11-23",
        [
            P(
                "Trên đường đi dạy sáng 20/11, thầy Võ Đình Nam, giáo viên Trường THCS Kỳ Tân (huyện "
                "Kỳ Anh) nhặt được một chiếc túi bên trong có 25 triệu đồng cùng nhiều giấy tờ tùy thân."
            ),
            P(
                "Ngay sau đó, thầy Nam đã đến Công an xã Kỳ Tân trình báo để tìm người đánh rơi. Đến "
                "chiều cùng ngày, số tài sản trên đã được trao trả cho bà Nguyễn Thị Lý, trú tại xã Kỳ "
                "Phong."
            ),
            Img(
                up("thay-giao-tra-tai-san.jpg"),
                "Thầy Võ Đình Nam (bên phải) trao trả tài sản tại trụ sở Công an xã",
                "Thầy Võ Đình Nam (bên phải) trao trả tài sản tại trụ sở Công an xã",
            ),
            P(
                "Chia sẻ về việc làm của mình, thầy Nam nói: “Tôi nghĩ người mất chắc hẳn đang rất lo "
                "lắng, trả lại được cho họ là niềm vui của mình”."
            ),
            P(
                "Hành động đẹp của thầy Nam là tấm gương sáng để học sinh noi theo, góp phần lan tỏa "
                "lối sống tử tế trong cộng đồng."
            ),
            Raw('<p style="text-align:right"><strong>Hồng Nhung</strong></p>'),
        ],
        authors=["Hồng Nhung"],
        opts={
            "tpl": "old",
            "tags": ["nha-giao"],
            "kw": "Tags",
            "tools_top": ["actions", "views"],
            "tools_bot": ["rating", "share", "comments", "related_in"],
            "views": 988,
            "rating": ("★★★★★", 41),
        },
    ),
    Story(
        13,
        "co-giao-15-nam-vuot-doc-dua-chu-den-ban-rao-tre",
        "Cô giáo 15 năm vượt dốc đưa chữ đến bản Rào Tre",
        "guong-nguoi-tot-viec-tot",
        "2026-11-16T09:15:00+07:00",
        [
            P(
                "Suốt 15 năm qua, cô giáo Hồ Thị Lan, Trường Tiểu học Hương Liên (huyện Hương Khê) "
                "ngày ngày vượt con dốc dài hơn 7 km để đến với học sinh người Chứt ở bản Rào Tre."
            ),
            P("Gieo chữ nơi bản khó", "h"),
            P(
                "Những năm đầu, lớp học của cô chỉ có 9 học sinh, nhiều em chưa nói thạo tiếng Việt. Cô "
                "Lan học tiếng của bà con, đến từng nhà vận động phụ huynh cho con đến lớp."
            ),
            Img(
                up("co-giao-ban-rao-tre.jpg"),
                "Cô Hồ Thị Lan trong giờ dạy tiếng Việt cho học sinh lớp 1",
                "Cô Hồ Thị Lan trong giờ dạy tiếng Việt cho học sinh lớp 1",
            ),
            P(
                "Nay, 100% trẻ trong độ tuổi ở bản đã đến trường, nhiều em học tiếp lên THCS và THPT. "
                "Năm 2026, cô được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong "
                "sự nghiệp giáo dục."
            ),
            P("Niềm vui giản dị", "h"),
            P(
                "“Niềm vui lớn nhất của tôi là thấy các em biết đọc, biết viết và tự tin nói chuyện "
                "với mọi người”, cô Lan chia sẻ."
            ),
            Raw(
                '<p style="text-align:right"><strong>ThS. Nguyễn Đình Hải - Trường THPT Hương Khê'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Đình Hải"],
        summary=(
            "15 năm bám bản, cô giáo Hồ Thị Lan đã giúp nhiều thế hệ học sinh người Chứt ở bản Rào "
            "Tre biết đọc, biết viết."
        ),
        sapo_outside=True,
        opts={
            "tpl": "new",
            "time": "09:15",
            "tags": ["nha-giao"],
            "kw": "Từ khóa",
            "tools_top": ["actions"],
            "tools_in_top": ["fontsize"],
            "tools_in_bot": ["rating"],
            "tools_bot": ["share", "comments", "backtop"],
            "views": 3310,
            "rating": ("★★★★☆", 12),
            "updated": "21/11/2026 15:02",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}-{s.id}.html"


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


GOLD = [
    gold_record(
        s,
        story_path(s),
        CATEGORIES[s.cat],
        alt_paths=[story_path(s) + "?print=1"] if s.opts["tpl"] == "old" else (),
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/tin-tuc/tin-giao-duc?page=2",
    "/lien-he",
    "/so-do-cong-thong-tin",
    "/tag/hoc-sinh-gioi",
    "/tin-tuc/hoat-dong-nganh",
]


# --- dates -----------------------------------------------------------------------------------


def _date(s: Story) -> _dt.date:
    return _dt.date.fromisoformat((s.published_at or "")[:10])


def date_new(s: Story) -> str:
    d = _date(s)
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y} | {s.opts['time']}"


def date_old(s: Story) -> str:
    return f"{_date(s):%d-%m-%Y}"


def date_short(s: Story) -> str:
    return f"{_date(s):%d/%m/%Y}"


def views_str(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# --- tools -----------------------------------------------------------------------------------


def _share_urls(request: Request, s: Story) -> tuple[str, str, str]:
    url = quote(base_url(request) + story_path(s), safe="")
    return (
        f"https://www.facebook.com/sharer/sharer.php?u={url}",
        f"https://sp.zalo.me/share_inline?url={url}",
        f"https://twitter.com/intent/tweet?url={url}&amp;text={quote(s.title)}",
    )


def tool_new(key: str, request: Request, s: Story) -> str:
    """A tool of the 2024 template (Font Awesome icons, spans and "|" separators)."""
    if key == "fontsize":
        return (
            '<div class="co-chu"><span>Cỡ chữ:</span> <a href="javascript:void(0)" '
            'onclick="doiCoChu(-1)">A-</a> <a href="javascript:void(0)" onclick="doiCoChu(0)">A</a> '
            '<a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a></div>'
        )
    if key == "actions":
        mail = f"mailto:?subject={quote(s.title)}&amp;body={quote(base_url(request) + story_path(s))}"
        return (
            f'<div class="cong-cu-bv"><a href="{mail}"><i class="fa fa-envelope"></i> Gửi email</a>'
            ' <span class="sep">|</span> <a href="javascript:window.print()"><i class="fa fa-print">'
            '</i> In bài viết</a> <span class="sep">|</span> <a href="javascript:void(0)" '
            f'class="btn-luu" data-id="{s.id}"><i class="fa fa-bookmark"></i> Lưu bài</a></div>'
        )
    if key == "views":
        return (
            f'<div class="luot-xem"><i class="fa fa-eye"></i> Lượt xem: '
            f"<span>{views_str(s.opts['views'])}</span></div>"
        )
    if key == "rating":
        stars, votes = s.opts["rating"]
        return (
            '<div class="danh-gia"><span class="nhan">Đánh giá bài viết:</span> '
            f'<span class="sao" title="Đánh giá">{stars}</span> <span class="so-luot">({votes} lượt '
            "đánh giá)</span></div>"
        )
    if key == "share":
        fb, zalo, tw = _share_urls(request, s)
        return (
            f'<div class="chia-se"><span>Chia sẻ:</span> <a href="{fb}" target="_blank" '
            f'title="Facebook"><i class="fa fa-facebook-square"></i></a> <a href="{zalo}" '
            f'target="_blank" title="Zalo"><i class="fa fa-comment"></i> Zalo</a> <a href="{tw}" '
            'target="_blank" title="Twitter"><i class="fa fa-twitter"></i></a></div>'
        )
    if key == "comments":
        return '<div class="binh-luan-link"><a href="#binhluan"><i class="fa fa-comments"></i> Bình luận (0)</a></div>'
    if key == "attach":
        name = s.opts["attach"]
        return (
            f'<div class="dinh-kem"><i class="fa fa-paperclip"></i> Tải về tệp đính kèm: '
            f'<a href="/Uploads/files/{name}" target="_blank">{esc(name)}</a></div>'
        )
    if key == "keywords":
        items = ", ".join(f'<a href="/tag/{t}">{esc(TAGS[t])}</a>' for t in s.opts["tags"])
        return f'<div class="tu-khoa"><i class="fa fa-tags"></i> {esc(s.opts["kw"])}: {items}</div>'
    if key == "report":
        return (
            '<div class="bao-loi"><a href="javascript:void(0)" data-toggle="modal" '
            'data-target="#mdBaoLoi"><i class="fa fa-exclamation-triangle"></i> Báo lỗi bài viết</a></div>'
        )
    if key == "backtop":
        return (
            '<div class="quay-lai"><a href="javascript:history.back()"><i class="fa fa-reply"></i> '
            'Quay lại</a> | <a href="#top"><i class="fa fa-arrow-up"></i> Đầu trang</a></div>'
        )
    if key == "related_in":
        return related_list(s, "new")
    raise KeyError(key)


def tool_old(key: str, request: Request, s: Story) -> str:
    """A tool of the 2019 template (GIF icons, table cells, &nbsp;|&nbsp;)."""
    icon = '<img src="/Themes/2019/images/ic_{0}.gif" alt="" width="14" height="14" border="0">'
    if key == "fontsize":
        return (
            '<div class="cochu">Cỡ chữ: <a href="#" onclick="return zoomText(-1);">A-</a>&nbsp;'
            '<a href="#" onclick="return zoomText(0);">A</a>&nbsp;<a href="#" '
            'onclick="return zoomText(1);">A+</a></div>'
        )
    if key == "actions":
        mail = f"mailto:?subject={quote(s.title)}"
        return (
            f'<div class="congcu">{icon.format("email")} <a href="{mail}">Gửi email</a>&nbsp;|&nbsp;'
            f'{icon.format("print")} <a href="{story_path(s)}?print=1" target="_blank">In bài viết</a>'
            f'&nbsp;|&nbsp;{icon.format("save")} <a href="javascript:SaveArticle({s.id});">Lưu bài</a></div>'
        )
    if key == "views":
        return f'<div class="luotxem">Lượt xem: {views_str(s.opts["views"])}</div>'
    if key == "rating":
        stars, votes = s.opts["rating"]
        return (
            f'<table class="danhgia"><tr><td>Đánh giá bài viết:</td><td class="stars">{stars}</td>'
            f"<td>({votes} lượt đánh giá)</td></tr></table>"
        )
    if key == "share":
        fb, zalo, tw = _share_urls(request, s)
        return (
            f'<div class="chiase">Chia sẻ: <a href="{fb}" target="_blank">{icon.format("facebook")}</a>'
            f' <a href="{zalo}" target="_blank">{icon.format("zalo")}</a> '
            f'<a href="{tw}" target="_blank">{icon.format("twitter")}</a></div>'
        )
    if key == "comments":
        return f'<div class="binhluan">{icon.format("comment")} <a href="#comment">Bình luận (0)</a></div>'
    if key == "attach":
        name = s.opts["attach"]
        return (
            f'<p class="dinhkem">{icon.format("attach")} Tải về tệp đính kèm: '
            f'<a href="/Uploads/files/{name}">{esc(name)}</a></p>'
        )
    if key == "keywords":
        items = " ".join(
            f'<a href="/tag/{t}" class="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        )
        return f'<div class="tukhoa"><b>{esc(s.opts["kw"])}:</b> {items}</div>'
    if key == "report":
        return f'<div class="baoloi">{icon.format("warning")} <a href="javascript:BaoLoi({s.id});">Báo lỗi bài viết</a></div>'
    if key == "backtop":
        return (
            '<div class="quaylai" align="right"><a href="javascript:history.go(-1)">Quay lại</a>'
            '&nbsp;|&nbsp;<a href="#top">Đầu trang</a></div>'
        )
    if key == "related_in":
        return related_list(s, "old")
    raise KeyError(key)


def related_list(s: Story, tpl: str) -> str:
    others = [o for o in sorted_posts(STORIES) if o.cat == s.cat and o.id != s.id][:4]
    items = "".join(
        f'<li><a href="{story_path(o)}">{esc(o.title)}</a> <span class="ngay">({date_short(o)})</span></li>'
        for o in others
    )
    if tpl == "new":
        return f'<div class="tt-khac"><h3 class="tt-khac-tieude">Bài viết cùng chuyên mục</h3><ul>{items}</ul></div>'
    return f'<div class="tinkhac"><div class="tinkhac_tieude">Bài viết cùng chuyên mục</div><ul class="dstin">{items}</ul></div>'


# --- article text ----------------------------------------------------------------------------


def render_blocks(s: Story, tpl: str) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if tpl == "new":
                out.append(
                    f'<p style="text-align:center"><img src="{b.src}" alt="{esc(b.printed or "")}" '
                    'style="width:100%;max-width:680px"></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align:center"><em>{esc(b.printed)}</em></p>')
            else:
                out.append(f'<div align="center"><img src="{b.src}" width="500" border="0"></div>')
                if b.printed:
                    out.append(f'<div align="center"><i>{esc(b.printed)}</i></div>')
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>" if tpl == "new" else f"<p><b>{esc(b.text)}</b></p>")
        elif b.style == "lead":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="table table-bordered" border="1">' + "".join(rows) + "</table>")
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br>\n{esc(nxt.text)}</p>")
            i += 2
            continue
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    if s.opts.get("updated"):
        out.append(
            f'<p class="cap-nhat" style="text-align:right"><em>Cập nhật lần cuối: {s.opts["updated"]}</em></p>'
        )
    return "\n".join(out)


def article_new(request: Request, s: Story) -> str:
    tool = lambda k: tool_new(k, request, s)  # noqa: E731
    meta = f'<span class="ngay-dang"><i class="fa fa-calendar"></i> {esc(date_new(s))}</span>'
    if s.opts.get("meta_author"):
        meta += f' <span class="tac-gia"><i class="fa fa-user"></i> Tác giả: {esc(s.opts["meta_author"])}</span>'
    top = "".join(tool(k) for k in s.opts.get("tools_top", []))
    in_top = "".join(tool(k) for k in s.opts.get("tools_in_top", []))
    in_bot = "".join(tool(k) for k in s.opts.get("tools_in_bot", []))
    bot = "".join(tool(k) for k in s.opts.get("tools_bot", []))
    sapo = f'<div class="tomtat">{esc(s.summary)}</div>' if s.summary and s.sapo_outside else ""
    return f"""<div class="ctn-bv">
<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li><li><a href="/tin-tuc/{s.cat}">Tin tức</a></li><li class="active"><a href="/tin-tuc/{s.cat}">{esc(CATEGORIES[s.cat])}</a></li></ol>
<h1 class="tieude-bv">{esc(s.title)}</h1>
<div class="tt-bv">{meta}</div>
<div class="cong-cu">{top}</div>
{sapo}
<div class="nd-bv" id="noi-dung">
{in_top}
{render_blocks(s, "new")}
{in_bot}
</div>
<div class="cong-cu cuoi">{bot}</div>
{comment_form(s) if "comments" in s.opts.get("tools_bot", []) else ""}
</div>
{"" if "related_in" in s.opts.get("tools_bot", []) else related_list(s, "new")}"""


def comment_form(s: Story) -> str:
    token = opaque(f"csrf-{s.id}", 48)
    return f"""<div id="binhluan" class="form-binh-luan"><h4>Ý kiến bạn đọc</h4>
<form method="post" action="/BinhLuan/Gui"><input name="__RequestVerificationToken" type="hidden" value="{token}">
<input type="hidden" name="BaiVietId" value="{s.id}"><input name="HoTen" placeholder="Họ và tên">
<input name="Email" placeholder="Email"><textarea name="NoiDung" placeholder="Nội dung bình luận"></textarea>
<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div>"""


def article_old(request: Request, s: Story, print_view: bool = False) -> str:
    tool = lambda k: tool_old(k, request, s)  # noqa: E731
    top = "" if print_view else "".join(tool(k) for k in s.opts.get("tools_top", []))
    bot = "" if print_view else "".join(tool(k) for k in s.opts.get("tools_bot", []))
    crumb = (
        "" if print_view else
        f'<div class="duongdan"><a href="/">Trang chủ</a> » <a href="/tin-tuc/{s.cat}">Tin tức</a>'
        f' » <a href="/tin-tuc/{s.cat}">{esc(CATEGORIES[s.cat])}</a></div>'
    )
    views = "" if print_view else f'&nbsp;&nbsp;<span class="luotxem_top">({views_str(s.opts["views"])} lượt đọc)</span>'
    related = "" if print_view or "related_in" in s.opts.get("tools_bot", []) else related_list(s, "old")
    return f"""{crumb}
<table class="tbl_ctn_bv" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td class="tieude_bv"><h2>{esc(s.title)}</h2></td></tr>
<tr><td class="ngay_bv">Ngày đăng: {date_old(s)}{views}</td></tr>
<tr><td class="noidung_bv">
{top}
<div id="divNoiDung">
{render_blocks(s, "old")}
</div>
{bot}
</td></tr>
<tr><td>{related}</td></tr>
</table>"""


# --- chrome ----------------------------------------------------------------------------------


def most_read() -> str:
    top = sorted(STORIES, key=lambda s: -s.opts["views"])[:5]
    items = "".join(f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>' for s in top)
    return f'<div class="widget doc-nhieu"><div class="widget-title">Đọc nhiều nhất</div><ul>{items}</ul></div>'


def sidebar() -> str:
    return f"""<aside class="col-md-4 sidebar">
<div class="widget"><div class="widget-title">Văn bản mới</div><ul>
<li><a href="/Uploads/files/CV-so-1876-SGDDT.pdf">CV số 1876/SGDĐT-VP về ứng phó mưa lũ</a></li>
<li><a href="/Uploads/files/KH-so-123.pdf">KH số 123/KH-SGDĐT Cuộc thi viết</a></li></ul></div>
{most_read()}
<div class="widget binh-chon"><div class="widget-title">Thăm dò ý kiến</div>
<form method="post" action="/BinhChon/Gui"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="pa" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="pa" value="2"> Bình thường</label><br>
<label><input type="radio" name="pa" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn btn-sm">Bình chọn</button> <a href="javascript:void(0)">Xem kết quả</a></form></div>
<div class="widget lien-ket"><div class="widget-title">Liên kết website</div>
<select onchange="if(this.value) window.open(this.value)"><option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
<option value="https://baohatinh.vn">Báo Hà Tĩnh</option></select></div>
<div class="widget"><a href="https://dichvucong.gov.vn"><img src="/Uploads/banner/dich-vu-cong.png" alt="Dịch vụ công" width="300"></a></div>
<div class="widget thong-ke"><div class="widget-title">Thống kê truy cập</div>
<p>Đang online: <b>87</b></p><p>Hôm nay: <b>2.316</b></p><p>Tổng truy cập: <b>8.452.109</b></p></div>
</aside>"""


def layout(title: str, main: str, head: str = "", with_sidebar: bool = True) -> str:
    menu = "".join(f'<li><a href="/tin-tuc/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items())
    side = sidebar() if with_sidebar else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/Content/bootstrap.min.css" rel="stylesheet"><link href="/Content/font-awesome.min.css" rel="stylesheet">
<link href="/Themes/2024/css/style.css" rel="stylesheet">{head}</head>
<body><a name="top" id="top"></a>
<div class="top-bar"><div class="container"><span class="ngay-hien-tai">{TODAY}</span>
<span class="pull-right"><a href="/so-do-cong-thong-tin">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a> | <a href="/Account/Login">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><a href="/"><img src="/Themes/2024/images/logo-sgddt.png" alt="Sở GD&amp;ĐT Hà Tĩnh"></a>
<div class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</div>
<form class="tim-kiem" method="get" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form></div></header>
<nav class="menu-chinh"><div class="container"><ul class="nav"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{menu}<li><a href="/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container"><div class="row"><main class="col-md-8">
{main}
</main>
{side}
</div></div>
<footer class="footer"><div class="container">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</b></p>
<p>Địa chỉ: Số 19 đường Nguyễn Chí Thanh, phường Tân Giang, TP Hà Tĩnh, tỉnh Hà Tĩnh</p>
<p>Điện thoại: 0239 3855 246 - Fax: 0239 3856 038 - Email: vanphong@hatinh.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ Cổng này.</p>
<p class="phat-trien">Thiết kế và phát triển bởi Công ty CP Giải pháp phần mềm Hồng Lam</p>
</div></footer>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Themes/2024/js/main.js"></script>
</body></html>"""


def page(body: str, status: int = 200) -> Response:
    return html(body, status=status, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def item_html(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    thumb = next((i.src for i in s.images), "/Themes/2024/images/no-image.jpg")
    return f"""<div class="item-tin clearfix"><a href="{story_path(s)}"><img class="anh-dd" src="{thumb}" alt=""></a>
<h3 class="tieude-tin"><a href="{story_path(s)}">{esc(s.title)}</a></h3>
<div class="ngay-tin"><i class="fa fa-clock-o"></i> {date_short(s)}</div>
<p class="mota">{esc(lead[:180])}…</p></div>"""


def not_found() -> Response:
    return page(layout("Không tìm thấy trang", '<div class="loi-404"><h2>Không tìm thấy trang yêu cầu</h2></div>'), 404)


def listing(request: Request, key: str) -> Response:
    posts = [s for s in sorted_posts(STORIES) if s.cat == key]
    pages = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    raw = request.params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return not_found()
    n = int(raw)
    chunk = posts[(n - 1) * PER_PAGE : n * PER_PAGE]
    links = []
    if n > 1:
        links.append(f'<li><a href="/tin-tuc/{key}?page={n - 1}">«</a></li>')
    for k in range(1, pages + 1):
        cls = ' class="active"' if k == n else ""
        links.append(f'<li{cls}><a href="/tin-tuc/{key}?page={k}">{k}</a></li>')
    if n < pages:
        links.append(f'<li><a href="/tin-tuc/{key}?page={n + 1}">»</a></li>')
    name = CATEGORIES[key]
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">{esc(name)}</li></ol>
<h2 class="tieude-chuyenmuc">{esc(name)}</h2>
<div class="ds-tin">{"".join(item_html(s) for s in chunk)}</div>
<ul class="pagination">{"".join(links)}</ul>"""
    return page(layout(f"{name} - {SITE_TITLE}", main))


def home(request: Request) -> Response:
    newest = sorted_posts(STORIES)[:5]
    blocks = []
    for key, name in CATEGORIES.items():
        posts = [s for s in sorted_posts(STORIES) if s.cat == key][:3]
        items = "".join(
            f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="ngay">{date_short(s)}</span></li>'
            for s in posts
        )
        blocks.append(
            f'<div class="khoi-cm"><div class="khoi-tieude"><a href="/tin-tuc/{key}">{esc(name)}</a>'
            f'<a class="xem-tat-ca" href="/tin-tuc/{key}">Xem tất cả</a></div><ul>{items}</ul></div>'
        )
    main = f"""<div class="slide-banner"><img src="/Uploads/banner/banner-nam-hoc-2026-2027.jpg" alt="Năm học 2026-2027"></div>
<div class="tin-moi"><div class="khoi-tieude">Tin mới nhất</div>{"".join(item_html(s) for s in newest)}</div>
{"".join(blocks)}"""
    return page(layout(SITE_TITLE, main))


def article_page(request: Request, s: Story) -> Response:
    canon = f'<link rel="canonical" href="{base_url(request)}{story_path(s)}">'
    head = canon + f'<meta property="og:title" content="{esc(s.title)}">'
    main = article_new(request, s) if s.opts["tpl"] == "new" else article_old(request, s)
    return page(layout(f"{s.title} - {SITE_TITLE}", main, head))


def print_page(request: Request, s: Story) -> Response:
    canon = f'<link rel="canonical" href="{base_url(request)}{story_path(s)}">'
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>{canon}
<link href="/Themes/2019/css/print.css" rel="stylesheet"></head>
<body onload="window.print()"><div class="in-bai"><img src="/Themes/2019/images/logo-in.gif" alt="">
<div class="ten-don-vi">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</div>
{article_old(request, s, print_view=True)}
<p class="url-bai">Địa chỉ bài viết: {esc(base_url(request) + story_path(s))}</p></div></body></html>"""
    return page(body)


def tag_page(key: str) -> Response:
    posts = [s for s in sorted_posts(STORIES) if key in s.opts.get("tags", [])]
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Từ khóa</li></ol>
<h2 class="tieude-chuyenmuc">Từ khóa: {esc(TAGS[key])}</h2>
<div class="ds-tin">{"".join(item_html(s) for s in posts)}</div>"""
    return page(layout(f"Từ khóa: {TAGS[key]} - {SITE_TITLE}", main))


def contact() -> Response:
    token = opaque("lien-he", 48)
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Liên hệ</li></ol>
<h2 class="tieude-chuyenmuc">Liên hệ</h2>
<p><b>Sở Giáo dục và Đào tạo Hà Tĩnh</b></p>
<p>Địa chỉ: Số 19 đường Nguyễn Chí Thanh, phường Tân Giang, TP Hà Tĩnh</p>
<p>Điện thoại: 0239 3855 246 - Email: vanphong@hatinh.edu.vn</p>
<form method="post" action="/lien-he"><input name="__RequestVerificationToken" type="hidden" value="{token}">
<input name="HoTen" placeholder="Họ và tên"><input name="Email" placeholder="Email"><input name="TieuDe" placeholder="Tiêu đề">
<textarea name="NoiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>"""
    return page(layout(f"Liên hệ - {SITE_TITLE}", main))


def site_map() -> Response:
    items = "".join(
        f'<li><a href="/tin-tuc/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    main = f"""<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Sơ đồ cổng thông tin</li></ol>
<h2 class="tieude-chuyenmuc">Sơ đồ cổng thông tin</h2>
<ul class="so-do"><li><a href="/">Trang chủ</a></li><li>Tin tức<ul>{items}</ul></li>
<li><a href="/lien-he">Liên hệ</a></li></ul>"""
    return page(layout(f"Sơ đồ cổng thông tin - {SITE_TITLE}", main))


_ARTICLE = re.compile(r"/tin-tuc/([a-z-]+)/([a-z0-9-]+)-(\d+)\.html")


class VendorMvcSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Uploads/", "/Themes/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if path == "/lien-he" and not request.query:
            return contact()
        if path == "/so-do-cong-thong-tin" and not request.query:
            return site_map()
        if m := re.fullmatch(r"/tag/([a-z-]+)", path):
            return tag_page(m.group(1)) if m.group(1) in TAGS and not request.query else not_found()
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)", path):
            return listing(request, m.group(1)) if m.group(1) in CATEGORIES else not_found()
        if m := _ARTICLE.fullmatch(path):
            s = BY_ID.get(int(m.group(3)))
            if s is None or s.cat != m.group(1) or s.slug != m.group(2):
                return not_found()
            if not request.query:
                return article_page(request, s)
            if request.query == "print=1" and s.opts["tpl"] == "old":
                return print_page(request, s)
        return not_found()


def build_site() -> VendorMvcSite:
    return VendorMvcSite()
