"""Sở GD&ĐT tỉnh Quảng Bình on a vendor ASP.NET MVC 5 news portal (2019 build, CKEditor 5 in
the back office, PagedList.Mvc pagers, jQuery front end).

Platform
--------
A closed-source "Cổng thông tin điện tử" product sold to provincial departments: MVC routes,
``__RequestVerificationToken`` in every form, ``X-AspNetMvc-Version`` headers, uploads under
``/Uploads/images/<yyyy>/<mm>/`` and files under ``/Uploads/files/``. Pages have a header with the
day ("Thứ Tư, 25/11/2026") and a weather widget ("Đồng Hới 24°C"), a two-level menu, a sidebar
("Tin mới nhất", visitor counter "Đang online / Hôm nay / Tổng truy cập", links, a poll) and a
footer with the address and "Giấy phép số 12/GP-STTTT".

URL scheme
----------
- ``/`` home: a hot-news block and one box per category (3 newest of the category's own items).
- ``/tin-tuc/<category-slug>``: listings, 8 a page, ``?page=2`` (PagedList pager) plus a
  "Xem thêm tin" link to the next page. "Tin tức – Sự kiện" is the parent of "Giáo dục trung
  học", "Giáo dục tiểu học" and "Khảo thí – Kiểm định": its listing shows its own items and
  those of its children (11 items: two pages).
- ``/tin-tuc/<category-slug>/<slug>-<id>.html``: an article (the long, canonical form).
- ``/tin-tuc/chi-tiet/<id>``: the same article page (the short link of the "Sao chép liên kết"
  button); ``rel=canonical`` points to the long form.
- ``/Print/<id>``: the print view of an article ("In bài" button): title, date, sapo, text, no
  canonical, ``noindex``.
- ``/tu-khoa/<slug>``: tag listings; ``/tim-kiem?tukhoa=``: search (a GET form).
- ``/gioi-thieu/lich-su``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he``: static pages;
  ``/van-ban``: the document table (links to PDFs); ``/video``: embedded YouTube clips.

Article template
----------------
``<div class="detail-news">`` with breadcrumb (Trang chủ › parent › category),
``<h1 class="detail-title">``, ``<div class="detail-time">Thứ Sáu, 20/11/2026 | 09:12</div>``,
the tool bar (Sao chép liên kết, In bài, Gửi email, font size), the sapo
``<h2 class="detail-sapo">`` and the text ``<div class="detail-content">``. After the text: tags
"Từ khóa:", "Đánh giá bài viết ★★★★☆", share buttons, the "Ý kiến bạn đọc" form, "Tin cùng
chuyên mục" (6 items of the category tree with their dates) and the "Tin mới nhất" sidebar.

How each gold article is reached
--------------------------------
- Home boxes (3 newest per category), "Tin mới nhất" (6 newest), the listings.
- "Khai giảng năm học mới" (id 2287, Tin tức – Sự kiện, the oldest item of the news tree) is on
  no home box and in no "Tin cùng chuyên mục" list: only ``/tin-tuc/tin-tuc-su-kien?page=2``
  (reached by the pager or "Xem thêm tin").
- The child categories' items are also on page 1 of their own listing (menu dropdown).

Traps
-----
- The sapo starts with the site's tag "(SGDĐT QB) - " (or "GD&TĐ - " on two reposts from Báo
  Giáo dục & Thời đại, which end with the line "Nguồn: Báo Giáo dục & Thời đại"). The spec and
  the helper's gold left the tag out of the summary and the body's first paragraph; harmonised
  after the first crawl (round 48) to the house convention, the sapo as printed with its tag
  (wp_colormag_thpt's "(BPT) – …", expressionengine_pgd's "(PGD Đông Anh) - …").
- Inline "Tin liên quan:" boxes and "Xem thêm: <a>" paragraphs in the middle of the text.
- On two articles the headline is repeated in bold as the first paragraph of the text.
- One article embeds a YouTube iframe (CKEditor 5 media figure): no text, no image.
- "Tải về" attachment lists (``div.attach``) at the end of the text.
- Each article answers at three addresses (long form, chi-tiet, Print): one article.
- The header prints today's date; "Tin cùng chuyên mục" prints other articles' dates.
- Listing page 2 and tag listings are listings.

Gold decisions
--------------
- title: ``h1.detail-title``; published_at: the detail-time line with its clock.
- authors: ``p.author`` / the right-aligned bold line at the end ("Lê Hà – Phòng GDTrH" -> Lê
  Hà; "Hoàng Nam - Thanh Thủy" -> two authors); none when nothing is printed.
- source: "Nguồn: Báo Giáo dục & Thời đại" -> "Báo Giáo dục & Thời đại"; otherwise null.
- summary: the sapo without its tag; it is the body's first paragraph. No sapo -> null.
- body: paragraphs, sub-headings (``<p><strong>1. …</strong></p>``, ``<h3>``), list items, table
  rows (cells joined by " | "), quotes; not the captions, the inline related boxes, "Xem thêm",
  the repeated bold headline, the attachment list, the author and source lines.
- images: photos of the text in order (figure.image or table.image-caption) with the printed
  caption (figcaption / the cell under the photo) or null.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import datetime as _dt
import re

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

NAME = "aspnet_sapo_inline_sgddt"
PLATFORM = "Vendor ASP.NET MVC 5 portal (2019), CKEditor 5, PagedList.Mvc"
START_PATH = "/"

SITE_TITLE = "Sở Giáo dục và Đào tạo Quảng Bình"
HEADER_TODAY = "Thứ Tư, 25/11/2026"
PER_PAGE = 8
TAG_QB = "(SGDĐT QB) - "
TAG_GDTD = "GD&TĐ - "

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức – Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục trung học",
    "giao-duc-tieu-hoc": "Giáo dục tiểu học",
    "khao-thi-kiem-dinh": "Khảo thí – Kiểm định",
    "van-ban-chi-dao": "Văn bản chỉ đạo",
}
#: child category -> parent (the news tree); the parent's listing shows its children's items
PARENT = {
    "giao-duc-trung-hoc": "tin-tuc-su-kien",
    "giao-duc-tieu-hoc": "tin-tuc-su-kien",
    "khao-thi-kiem-dinh": "tin-tuc-su-kien",
}
TAGS = {
    "nha-giao": "Nhà giáo",
    "chuong-trinh-gdpt-2018": "Chương trình GDPT 2018",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "chuyen-doi-so": "Chuyển đổi số",
    "an-toan-truong-hoc": "An toàn trường học",
    "kiem-dinh": "Kiểm định chất lượng",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(day: str, name: str) -> str:
    """An upload of CKEditor: /Uploads/images/<yyyy>/<mm>/<dd>/<name>."""
    y, m, d = day.split("-")
    return f"/Uploads/images/{y}/{m}/{d}/{name}"


def related(*ids: int) -> Raw:
    """The editor's inline "Tin liên quan:" box (links filled in at rendering: @@id@@)."""
    items = "".join(f'<li><a href="@@{i}@@">@@T{i}@@</a></li>' for i in ids)
    return Raw(f'<div class="related-inline"><strong>Tin liên quan:</strong><ul>{items}</ul></div>')


def see_also(i: int) -> Raw:
    return Raw(f'<p>Xem thêm: <a href="@@{i}@@">@@T{i}@@</a></p>')


def attach(*files: tuple[str, str]) -> Raw:
    items = "".join(
        f'<li><i class="fa fa-file"></i> <a href="/Uploads/files/2026/{name}" target="_blank">'
        f"{esc(label)}</a></li>"
        for name, label in files
    )
    return Raw(f'<div class="attach"><p><strong>Tải về</strong></p><ul>{items}</ul></div>')


def author_p(name: str) -> Raw:
    return Raw(f'<p class="author">{esc(name)}</p>')


def author_right(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


def bold_title(title: str, centred: bool = False) -> Raw:
    style = ' style="text-align:center"' if centred else ""
    return Raw(f"<p{style}><strong>{esc(title)}</strong></p>")


YOUTUBE = Raw(
    '<figure class="media"><div data-oembed-url="https://www.youtube.com/watch?v=q7Xh2kLp0sA">'
    '<div style="position: relative; padding-bottom: 56.25%; height: 0;">'
    '<iframe src="https://www.youtube.com/embed/q7Xh2kLp0sA" '
    'style="position: absolute; width: 100%; height: 100%; top: 0; left: 0;" frameborder="0" '
    'allow="autoplay; encrypted-media" allowfullscreen=""></iframe></div></div></figure>'
)
SOURCE_GDTD = Raw('<p style="text-align:right"><em>Nguồn: Báo Giáo dục &amp; Thời đại</em></p>')


# --- the articles (newest first) ------------------------------------------------------------
#
# published_at is the gold form; opts: tag (sapo prefix), tags, sapo (printed sapo when it
# differs from TAG + summary). P styles: "" plain, "j" justified, "sh" (<p><strong>), "h3",
# "li" (ordered), "uli" (bullets), "th"/"td" table rows, "quote". Img styles: "figure"
# (CKEditor 5 figure.image) and "tablecap" (older table.image-caption).

T_NHAGIAO = "Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11"
T_NGUVAN = "Hội thảo nâng cao chất lượng dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018"
T_HSG = "Kết quả Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026-2027"
T_CDS = "Hướng dẫn thực hiện nhiệm vụ công nghệ thông tin và chuyển đổi số năm học 2026-2027"
T_LU = "Quảng Bình: Hơn 1.200 học sinh vùng lũ trở lại trường sau bão số 12"
T_DOCSACH = "Trường Tiểu học Nam Lý tổ chức Ngày hội đọc sách năm 2026"
T_KHKT = "Triển khai Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học"
T_HOINGHI = "Hội nghị triển khai nhiệm vụ giáo dục mầm non, tiểu học và THCS năm học 2026-2027"
T_KDCL = "Đánh giá ngoài 5 trường tiểu học huyện Bố Trạch đề nghị công nhận đạt chuẩn quốc gia"
T_DUOINUOC = "Tăng cường công tác phòng, chống đuối nước cho học sinh trong mùa mưa bão"
T_TIENGANH = "Tập huấn giáo viên dạy Tiếng Anh tiểu học năm học 2026-2027"
T_TRAINGHIEM = "Đẩy mạnh hoạt động trải nghiệm, hướng nghiệp cho học sinh THCS"
T_KHAIGIANG = "Quảng Bình: Hơn 210.000 học sinh bước vào năm học mới 2026-2027"

STORIES: list[Story] = [
    Story(
        2318,
        "so-gd-dt-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        T_NHAGIAO,
        "tin-tuc-su-kien",
        "2026-11-20T09:12:00+07:00",
        [
            P(
                "Dự buổi lễ có đồng chí Trần Phong, Phó Chủ tịch UBND tỉnh; lãnh đạo Ban Tuyên giáo Tỉnh "
                "ủy, Công đoàn ngành Giáo dục cùng hơn 400 cán bộ quản lý, giáo viên tiêu biểu đại diện "
                "cho hơn 22.000 nhà giáo toàn tỉnh.",
                "j",
            ),
            Img(
                up("2026-11-20", "le-ky-niem-20-11-1.jpg"),
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, ông Nguyễn Văn Lợi, Giám đốc Sở GD&ĐT, điểm lại những kết quả "
                "nổi bật của năm học 2025-2026: tỷ lệ tốt nghiệp THPT đạt 99,4%; học sinh Quảng Bình "
                "giành 38 giải tại Kỳ thi chọn học sinh giỏi quốc gia, trong đó có 2 giải Nhất; 72,5% "
                "trường học đạt chuẩn quốc gia.",
                "j",
            ),
            related(2316, 2306, 2311),
            P(
                "Ông nhấn mạnh, trong bối cảnh tỉnh vừa trải qua đợt mưa lũ lịch sử, các thầy cô giáo đã "
                "không quản khó khăn, cùng phụ huynh dọn dẹp trường lớp, sớm đón học sinh trở lại; nhiều "
                "thầy cô còn dành một phần lương hỗ trợ học sinh có hoàn cảnh đặc biệt khó khăn.",
                "j",
            ),
            P(
                "“Mỗi thầy cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để "
                "ngành Giáo dục Quảng Bình đứng vững trong nhóm các tỉnh dẫn đầu khu vực Bắc Trung Bộ”, "
                "Phó Chủ tịch UBND tỉnh Trần Phong phát biểu.",
                "quote",
            ),
            P(
                "Dịp này, 12 nhà giáo được Bộ trưởng Bộ GD&ĐT tặng Bằng khen, 45 tập thể và 120 cá nhân "
                "được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm học "
                "2025-2026.",
                "j",
            ),
            Img(
                up("2026-11-20", "le-ky-niem-20-11-2.jpg"),
                "Phó Chủ tịch UBND tỉnh Trần Phong trao Bằng khen cho các nhà giáo tiêu biểu",
                "Phó Chủ tịch UBND tỉnh Trần Phong trao Bằng khen cho các nhà giáo tiêu biểu",
                "figure",
            ),
            author_p("Minh Quân"),
        ],
        authors=["Minh Quân"],
        summary=(
            "Sáng 19/11, tại Trung tâm Văn hóa tỉnh, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["nha-giao"]},
    ),
    Story(
        2316,
        "hoi-thao-nang-cao-chat-luong-day-hoc-mon-ngu-van-cap-thcs",
        T_NGUVAN,
        "giao-duc-trung-hoc",
        "2026-11-18T14:30:00+07:00",
        [
            P(
                "Tham dự hội thảo có lãnh đạo Phòng Giáo dục Trung học, chuyên viên phụ trách môn Ngữ "
                "văn các phòng GD&ĐT, tổ trưởng chuyên môn và giáo viên cốt cán môn Ngữ văn của 164 "
                "trường THCS trên địa bàn tỉnh."
            ),
            P("1. Những kết quả bước đầu", "sh"),
            P(
                "Sau bốn năm triển khai Chương trình GDPT 2018 ở cấp THCS, giáo viên đã chuyển mạnh từ "
                "dạy “bài văn” sang dạy “kiểu văn bản”, chú trọng phát triển năng lực đọc hiểu, viết, "
                "nói và nghe. Đề kiểm tra định kỳ đã sử dụng ngữ liệu ngoài sách giáo khoa, hạn chế "
                "tình trạng học thuộc văn mẫu. Nhiều trường tổ chức câu lạc bộ đọc sách, sân khấu hóa "
                "tác phẩm văn học, tạo hứng thú học tập cho học sinh."
            ),
            P("2. Khó khăn, vướng mắc", "sh"),
            P(
                "Các tham luận cho rằng một bộ phận giáo viên còn lúng túng khi xây dựng ma trận, bản đặc "
                "tả đề kiểm tra theo định hướng phát triển năng lực; việc lựa chọn ngữ liệu mới cho đề "
                "kiểm tra tốn nhiều thời gian; thiết bị dạy học ở một số trường vùng khó khăn chưa đáp "
                "ứng yêu cầu."
            ),
            see_also(2306),
            P("3. Giải pháp trong thời gian tới", "sh"),
            P("Tăng cường sinh hoạt chuyên môn theo nghiên cứu bài học, lấy học sinh làm trung tâm.", "li"),
            P("Xây dựng ngân hàng ngữ liệu và đề kiểm tra dùng chung trên hệ thống LMS của Sở.", "li"),
            P("Tổ chức chuyên đề liên trường theo cụm, chia sẻ kinh nghiệm giữa các đơn vị.", "li"),
            P(
                "Phát biểu kết luận, bà Trần Thị Hoài, Trưởng phòng Giáo dục Trung học, đề nghị các phòng "
                "GD&ĐT chỉ đạo các trường triển khai ngay các giải pháp đã được thống nhất tại hội thảo, "
                "báo cáo kết quả về Sở trước ngày 30/12/2026."
            ),
            author_right("Lê Hà – Phòng GDTrH"),
        ],
        authors=["Lê Hà"],
        summary=(
            "Ngày 17/11, tại Trường THCS Số 1 Đồng Hới, Sở GD&ĐT tổ chức hội thảo “Nâng cao chất "
            "lượng dạy học môn Ngữ văn cấp THCS theo Chương trình GDPT 2018”."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["chuong-trinh-gdpt-2018"]},
    ),
    Story(
        2315,
        "ket-qua-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
        T_HSG,
        "khao-thi-kiem-dinh",
        "2026-11-17T16:05:00+07:00",
        [
            P(
                "Kỳ thi diễn ra trong hai ngày 10 và 11/11/2026 với 1.186 thí sinh của 36 trường THPT, "
                "trung tâm GDNN-GDTX dự thi 11 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, "
                "Lịch sử, Địa lí, Tiếng Anh, Giáo dục kinh tế và pháp luật, Công nghệ."
            ),
            P(
                "Theo báo cáo của Phòng Khảo thí và Quản lý chất lượng giáo dục, kỳ thi được tổ chức "
                "nghiêm túc, đúng quy chế; công tác chấm thi thực hiện tập trung tại Trường THPT chuyên "
                "Võ Nguyên Giáp, chấm hai vòng độc lập và có đối chiếu kết quả."
            ),
            Img(up("2026-11-17", "cham-thi-hsg-12.jpg"), None, None, "figure"),
            P("Kết quả theo đơn vị dự thi:"),
            P("Đơn vị | Số thí sinh | Số giải | Tỷ lệ đạt giải", "th"),
            P("THPT chuyên Võ Nguyên Giáp | 154 | 141 | 91,6%", "td"),
            P("Khối THPT thành phố Đồng Hới | 212 | 119 | 56,1%", "td"),
            P("Khối THPT thị xã Ba Đồn | 168 | 84 | 50,0%", "td"),
            P("Khối THPT các huyện | 598 | 251 | 42,0%", "td"),
            P("Trung tâm GDNN-GDTX | 54 | 9 | 16,7%", "td"),
            P("Toàn tỉnh | 1.186 | 604 | 50,9%", "td"),
            P(
                "Toàn tỉnh có 604 thí sinh đạt giải, gồm 21 giải Nhất, 118 giải Nhì, 205 giải Ba và 260 "
                "giải Khuyến khích. Môn Toán có thí sinh Nguyễn Hoàng Minh Khôi (THPT chuyên Võ Nguyên "
                "Giáp) đạt điểm cao nhất với 19,5/20 điểm."
            ),
            P(
                "Thí sinh có nhu cầu phúc khảo nộp đơn tại đơn vị dự thi từ ngày 18 đến hết ngày "
                "22/11/2026. Kết quả thi là căn cứ để Sở GD&ĐT thành lập đội tuyển dự Kỳ thi chọn học "
                "sinh giỏi quốc gia năm 2027."
            ),
            attach(("kq-hsg12-2026.pdf", "Quyết định công nhận kết quả (PDF)")),
            author_p("Hoàng Nam - Thanh Thủy"),
        ],
        authors=["Hoàng Nam", "Thanh Thủy"],
        summary=(
            "Sở GD&ĐT vừa ban hành quyết định công nhận kết quả Kỳ thi chọn học sinh giỏi văn hóa "
            "lớp 12 cấp tỉnh năm học 2026-2027, tỷ lệ thí sinh đạt giải đạt 50,9%."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        2313,
        "huong-dan-thuc-hien-nhiem-vu-cong-nghe-thong-tin-va-chuyen-doi-so-nam-hoc-2026-2027",
        T_CDS,
        "van-ban-chi-dao",
        "2026-11-16T08:00:00+07:00",
        [
            bold_title(T_CDS),
            P(
                "Ngày 13/11/2026, Sở GD&ĐT ban hành Công văn số 2150/SGDĐT-VP hướng dẫn thực hiện nhiệm "
                "vụ công nghệ thông tin (CNTT) và chuyển đổi số năm học 2026-2027 đối với các phòng "
                "GD&ĐT, các đơn vị trực thuộc. Theo đó, các đơn vị tập trung thực hiện các nhiệm vụ sau:"
            ),
            P(
                "Hoàn thiện cơ sở dữ liệu ngành, cập nhật đầy đủ, chính xác dữ liệu học sinh, đội ngũ, "
                "cơ sở vật chất trước ngày 15/12/2026.",
                "li",
            ),
            P("Triển khai học bạ số đối với 100% học sinh tiểu học và THCS.", "li"),
            P(
                "Thực hiện thanh toán không dùng tiền mặt đối với các khoản thu dịch vụ giáo dục.",
                "li",
            ),
            P(
                "Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên; khuyến khích giáo viên xây dựng "
                "bài giảng điện tử, học liệu số dùng chung.",
                "li",
            ),
            P(
                "Đảm bảo an toàn thông tin, không lưu trữ thông tin mật trên máy tính kết nối Internet.",
                "li",
            ),
            P(
                "Các đơn vị báo cáo kết quả thực hiện học kỳ I trước ngày 10/01/2027 và cả năm học trước "
                "ngày 31/5/2027 qua hệ thống văn bản điện tử của Sở."
            ),
            attach(
                ("cv-2150-sgddt-vp.pdf", "Công văn số 2150/SGDĐT-VP (PDF)"),
                ("phu-luc-cds-2026.docx", "Phụ lục biểu mẫu báo cáo (DOCX)"),
            ),
        ],
        opts={"tags": ["chuyen-doi-so"]},
    ),
    Story(
        2311,
        "quang-binh-hon-1200-hoc-sinh-vung-lu-tro-lai-truong-sau-bao-so-12",
        T_LU,
        "tin-tuc-su-kien",
        "2026-11-13T10:45:00+07:00",
        [
            P(
                "Ngay sau khi nước rút, hàng trăm giáo viên, bộ đội, đoàn viên thanh niên đã có mặt tại "
                "các trường học vùng trũng huyện Lệ Thủy, Quảng Ninh để dọn bùn đất, vệ sinh phòng học, "
                "phơi khô sách vở, thiết bị dạy học.",
                "j",
            ),
            Img(
                up("2026-11-13", "don-bun-truong-hoc.jpg"),
                "Giáo viên và bộ đội dọn bùn tại Trường Tiểu học An Thủy",
                "Giáo viên và bộ đội dọn bùn tại Trường Tiểu học An Thủy",
                "figure",
            ),
            P(
                "Theo thống kê của Sở GD&ĐT Quảng Bình, bão số 12 và mưa lũ sau bão đã làm 86 trường học "
                "bị ngập, hư hỏng nhiều thiết bị; hơn 3.500 bộ sách giáo khoa của học sinh bị ướt, hư "
                "hỏng. Tổng thiệt hại ước tính hơn 18 tỷ đồng.",
                "j",
            ),
            P(
                "Cô Lê Thị Hằng, Hiệu trưởng Trường Tiểu học An Thủy, cho biết nhà trường đã vận động "
                "được 600 bộ sách giáo khoa, 1.200 cuốn vở để kịp thời cấp phát cho học sinh trong ngày "
                "đầu trở lại lớp.",
                "j",
            ),
            P(
                "Sở GD&ĐT yêu cầu các trường rà soát, hỗ trợ học sinh có hoàn cảnh khó khăn, bố trí dạy "
                "bù để đảm bảo chương trình học kỳ I.",
                "j",
            ),
            author_p("Thanh Hương"),
            SOURCE_GDTD,
        ],
        authors=["Thanh Hương"],
        source="Báo Giáo dục & Thời đại",
        summary=(
            "Sáng 12/11, hơn 1.200 học sinh của 9 trường học vùng lũ tỉnh Quảng Bình đã trở lại "
            "trường sau gần một tuần nghỉ học do ảnh hưởng của bão số 12."
        ),
        sapo_outside=True,
        opts={"tag": TAG_GDTD, "tags": ["an-toan-truong-hoc"]},
    ),
    Story(
        2309,
        "truong-tieu-hoc-nam-ly-to-chuc-ngay-hoi-doc-sach-nam-2026",
        T_DOCSACH,
        "giao-duc-tieu-hoc",
        "2026-11-12T15:20:00+07:00",
        [
            P(
                "Ngày hội có nhiều hoạt động hấp dẫn như: trưng bày sách theo chủ đề, thi kể chuyện theo "
                "sách, vẽ tranh minh họa nhân vật yêu thích, đố vui kiến thức và trao đổi sách cũ giữa "
                "các lớp."
            ),
            YOUTUBE,
            P(
                "Điểm nhấn của ngày hội là tiết mục sân khấu hóa câu chuyện “Dế Mèn phiêu lưu ký” do "
                "học sinh lớp 5A biểu diễn, nhận được sự cổ vũ nhiệt tình của thầy cô và các bạn."
            ),
            Img(
                up("2026-11-12", "ngay-hoi-doc-sach-nam-ly.jpg"),
                "Học sinh lớp 5A sân khấu hóa tác phẩm “Dế Mèn phiêu lưu ký”",
                "Học sinh lớp 5A sân khấu hóa tác phẩm “Dế Mèn phiêu lưu ký”",
                "figure",
            ),
            P(
                "Thầy Hoàng Văn Tuấn, Hiệu trưởng nhà trường, cho biết: thông qua ngày hội, nhà trường "
                "mong muốn hình thành thói quen đọc sách mỗi ngày cho học sinh; mỗi lớp sẽ duy trì “góc "
                "đọc sách” với ít nhất 50 đầu sách do học sinh đóng góp."
            ),
            author_p("Phạm Thu Hiền"),
        ],
        authors=["Phạm Thu Hiền"],
        summary=(
            "Sáng 11/11, Trường Tiểu học Nam Lý (TP Đồng Hới) tổ chức Ngày hội đọc sách năm 2026 "
            "với sự tham gia của hơn 900 học sinh."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": []},
    ),
    Story(
        2306,
        "trien-khai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        T_KHKT,
        "giao-duc-trung-hoc",
        "2026-11-10T09:00:00+07:00",
        [
            bold_title(T_KHKT, centred=True),
            P(
                "Cuộc thi nhằm khuyến khích học sinh trung học nghiên cứu, sáng tạo khoa học, công nghệ, "
                "kỹ thuật và vận dụng kiến thức đã học vào giải quyết những vấn đề thực tiễn cuộc sống; "
                "đồng thời lựa chọn các dự án xuất sắc tham dự cuộc thi cấp quốc gia năm 2027."
            ),
            P("Đối tượng và lĩnh vực dự thi", "h3"),
            P(
                "Học sinh đang học lớp 8, 9 (cấp THCS) và lớp 10, 11, 12 (cấp THPT) tại các trường trên "
                "địa bàn tỉnh. Dự án thuộc 22 lĩnh vực theo quy định của Bộ GD&ĐT, mỗi dự án có không quá "
                "hai học sinh tham gia."
            ),
            related(2315, 2316, 2284),
            P("Thời gian tổ chức", "h3"),
            P("Các đơn vị đăng ký dự thi trước ngày 15/12/2026.", "uli"),
            P("Nộp hồ sơ dự án trước ngày 10/01/2027.", "uli"),
            P("Vòng chung kết và trưng bày dự án: tháng 02/2027 tại TP Đồng Hới.", "uli"),
            P(
                "Một dự án khoa học tốt không nhất thiết phải phức tạp; quan trọng là học sinh tự đặt "
                "ra câu hỏi nghiên cứu từ chính thực tế địa phương mình.",
                "quote",
            ),
            P(
                "Sở GD&ĐT đề nghị các đơn vị phân công giáo viên có năng lực hướng dẫn học sinh, bố trí "
                "phòng thí nghiệm, kinh phí hỗ trợ cho các dự án."
            ),
            author_right("Lê Hà – Phòng GDTrH"),
        ],
        authors=["Lê Hà"],
        summary=(
            "Sở GD&ĐT vừa có kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học "
            "sinh trung học năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["hoc-sinh-gioi"]},
    ),
    Story(
        2302,
        "hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-tieu-hoc-va-thcs-nam-hoc-2026-2027",
        T_HOINGHI,
        "tin-tuc-su-kien",
        "2026-11-05T17:10:00+07:00",
        [
            P(
                "Năm học 2025-2026, quy mô mạng lưới trường lớp tiếp tục được sắp xếp hợp lý; toàn tỉnh "
                "có 198 trường mầm non, 187 trường tiểu học, 164 trường THCS với hơn 190.000 trẻ em, học "
                "sinh. Chất lượng giáo dục toàn diện được nâng lên, tỷ lệ học sinh hoàn thành chương "
                "trình lớp học đạt 99,6%."
            ),
            Img(
                up("2026-11-05", "hoi-nghi-nhiem-vu-2026.jpg"),
                "Ông Nguyễn Văn Lợi, Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị",
                "Ông Nguyễn Văn Lợi, Giám đốc Sở GD&ĐT phát biểu chỉ đạo hội nghị",
                "figure",
            ),
            P(
                "Năm học 2026-2027, ngành tập trung thực hiện 5 nhiệm vụ trọng tâm: rà soát, sắp xếp "
                "mạng lưới trường lớp; thực hiện hiệu quả Chương trình GDPT 2018; phát triển đội ngũ; "
                "đẩy mạnh chuyển đổi số và tăng cường kiểm định chất lượng, xây dựng trường chuẩn quốc "
                "gia."
            ),
            see_also(2313),
            P(
                "Tại hội nghị, đại diện các phòng GD&ĐT Đồng Hới, Bố Trạch, Minh Hóa đã chia sẻ kinh "
                "nghiệm trong tổ chức dạy học 2 buổi/ngày, bán trú ở vùng đồng bào dân tộc thiểu số và "
                "xây dựng trường học hạnh phúc."
            ),
        ],
        summary=(
            "Chiều 4/11, Sở GD&ĐT tổ chức hội nghị trực tuyến triển khai nhiệm vụ giáo dục mầm non, "
            "tiểu học và THCS năm học 2026-2027 đến 8 điểm cầu huyện, thị xã, thành phố."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["chuong-trinh-gdpt-2018"]},
    ),
    Story(
        2298,
        "danh-gia-ngoai-5-truong-tieu-hoc-huyen-bo-trach-de-nghi-cong-nhan-dat-chuan-quoc-gia",
        T_KDCL,
        "khao-thi-kiem-dinh",
        "2026-10-22T11:25:00+07:00",
        [
            P(
                "Đoàn đánh giá ngoài do ông Đặng Quốc Huy, Phó Trưởng phòng Khảo thí và Quản lý chất "
                "lượng giáo dục làm trưởng đoàn, đã làm việc tại các trường: Tiểu học Hoàn Lão, Tiểu học "
                "Số 1 Nhân Trạch, Tiểu học Đại Trạch, Tiểu học Hòa Trạch và Tiểu học Số 2 Phúc Trạch."
            ),
            Img(
                up("2026-10-22", "danh-gia-ngoai-bo-trach.jpg"),
                "Đoàn đánh giá ngoài làm việc tại Trường Tiểu học Hoàn Lão",
                "Đoàn đánh giá ngoài làm việc tại Trường Tiểu học Hoàn Lão",
                "tablecap",
            ),
            P(
                "Đoàn đã nghiên cứu hồ sơ tự đánh giá, khảo sát thực tế cơ sở vật chất, dự giờ, phỏng "
                "vấn cán bộ quản lý, giáo viên, nhân viên, học sinh và cha mẹ học sinh."
            ),
            P(
                "Kết quả, cả 5 trường đều đạt kiểm định chất lượng giáo dục cấp độ 2 và đạt các tiêu "
                "chuẩn trường chuẩn quốc gia mức độ 1. Đoàn đề nghị Giám đốc Sở GD&ĐT công nhận và báo "
                "cáo UBND tỉnh."
            ),
            P(
                "Bên cạnh đó, đoàn cũng lưu ý các trường tiếp tục đầu tư phòng học bộ môn Tin học, "
                "Tiếng Anh và bổ sung sách, thiết bị cho thư viện theo chuẩn mới."
            ),
            author_p("Minh Quân"),
        ],
        authors=["Minh Quân"],
        summary=(
            "Từ ngày 19 đến 21/10, Sở GD&ĐT tổ chức đánh giá ngoài đối với 5 trường tiểu học trên "
            "địa bàn huyện Bố Trạch đề nghị công nhận đạt kiểm định chất lượng và chuẩn quốc gia."
        ),
        sapo_outside=True,
        opts={"tag": TAG_QB, "tags": ["kiem-dinh"]},
    ),
    Story(
        2294,
        "tang-cuong-cong-tac-phong-chong-duoi-nuoc-cho-hoc-sinh-trong-mua-mua-bao",
        T_DUOINUOC,
        "van-ban-chi-dao",
        "2026-10-15T07:40:00+07:00",
        [
            P(
                "Trước diễn biến phức tạp của thời tiết trong mùa mưa bão, Sở GD&ĐT yêu cầu Thủ trưởng "
                "các đơn vị, trường học chỉ đạo thực hiện nghiêm các nội dung sau:"
            ),
            P(
                "Tuyên truyền, giáo dục học sinh về nguy cơ đuối nước; không tắm ở sông, suối, hồ, đập, "
                "ao, khu vực khai thác cát.",
                "li",
            ),
            P(
                "Phối hợp với cha mẹ học sinh quản lý chặt chẽ học sinh ngoài giờ học, đặc biệt vào các "
                "ngày nghỉ.",
                "li",
            ),
            P(
                "Rà soát các tuyến đường học sinh qua sông, suối, ngầm tràn; tuyệt đối không để học sinh "
                "đi qua khi nước lũ dâng cao.",
                "li",
            ),
            P(
                "Chủ động cho học sinh nghỉ học khi có thông báo của cơ quan có thẩm quyền, báo cáo kịp "
                "thời về Sở GD&ĐT (qua Phòng Chính trị tư tưởng, điện thoại 0232 3822 514).",
                "li",
            ),
            P(
                "Sở GD&ĐT sẽ kiểm tra đột xuất việc thực hiện công văn này tại một số đơn vị; người đứng "
                "đầu đơn vị phải chịu trách nhiệm nếu để xảy ra tai nạn đuối nước do chủ quan, lơ là."
            ),
            attach(("cv-1987-sgddt-cttt.pdf", "Công văn số 1987/SGDĐT-CTTT")),
        ],
        opts={"tags": ["an-toan-truong-hoc"]},
    ),
    Story(
        2290,
        "tap-huan-giao-vien-day-tieng-anh-tieu-hoc-nam-hoc-2026-2027",
        T_TIENGANH,
        "giao-duc-tieu-hoc",
        "2026-10-08T16:00:00+07:00",
        [
            P(
                "Trong 3 ngày, từ 5 đến 7/10/2026, tại Trường Tiểu học Bắc Lý, Sở GD&ĐT phối hợp với "
                "Nhà xuất bản Giáo dục Việt Nam tổ chức tập huấn cho 215 giáo viên dạy Tiếng Anh tiểu "
                "học toàn tỉnh."
            ),
            P(
                "Nội dung tập huấn tập trung vào phương pháp dạy kỹ năng nghe, nói cho học sinh lớp 3, 4, "
                "5; ứng dụng trò chơi và học liệu số trong giờ học; đánh giá học sinh theo Thông tư "
                "27/2020/TT-BGDĐT."
            ),
            Img(
                up("2026-10-08", "tap-huan-tieng-anh-1.jpg"),
                "Giáo viên thực hành dạy kỹ năng nói theo nhóm",
                "Giáo viên thực hành dạy kỹ năng nói theo nhóm",
                "tablecap",
            ),
            Img(up("2026-10-08", "tap-huan-tieng-anh-2.jpg"), None, None, "tablecap"),
            P(
                "Kết thúc đợt tập huấn, 100% giáo viên hoàn thành bài thu hoạch; các phòng GD&ĐT sẽ tổ "
                "chức sinh hoạt chuyên môn cụm trường để nhân rộng nội dung đã tập huấn."
            ),
            author_p("Nguyễn Thị Mai"),
        ],
        authors=["Nguyễn Thị Mai"],
        opts={"tags": ["chuong-trinh-gdpt-2018"]},
    ),
    Story(
        2284,
        "day-manh-hoat-dong-trai-nghiem-huong-nghiep-cho-hoc-sinh-thcs",
        T_TRAINGHIEM,
        "giao-duc-trung-hoc",
        "2026-09-28T08:30:00+07:00",
        [
            P(
                "Theo hướng dẫn, các trường THCS xây dựng kế hoạch hoạt động trải nghiệm, hướng nghiệp "
                "theo chủ đề từng tháng, gắn với đặc điểm kinh tế - xã hội của địa phương."
            ),
            P("1. Hình thức tổ chức", "sh"),
            P(
                "Tham quan cơ sở sản xuất, làng nghề, doanh nghiệp trên địa bàn; tổ chức ngày hội hướng "
                "nghiệp; mời chuyên gia, cựu học sinh thành đạt chia sẻ kinh nghiệm chọn nghề."
            ),
            P("2. Công tác tư vấn phân luồng", "sh"),
            P(
                "Các trường phối hợp với trung tâm GDNN-GDTX tư vấn cho học sinh lớp 9 và cha mẹ học "
                "sinh, phấn đấu đến năm 2027 có ít nhất 30% học sinh tốt nghiệp THCS tiếp tục học tập tại "
                "các cơ sở giáo dục nghề nghiệp."
            ),
            Img(
                up("2026-09-28", "trai-nghiem-lang-nghe.jpg"),
                "Học sinh THCS Quảng Phúc trải nghiệm tại làng nghề nón lá",
                "Học sinh THCS Quảng Phúc trải nghiệm tại làng nghề nón lá",
                "tablecap",
            ),
            P(
                "Sở GD&ĐT sẽ tổ chức kiểm tra việc thực hiện hoạt động trải nghiệm, hướng nghiệp tại các "
                "trường trong đợt kiểm tra chuyên môn học kỳ I."
            ),
            author_right("Lê Hà – Phòng GDTrH"),
        ],
        authors=["Lê Hà"],
        opts={"tags": ["chuong-trinh-gdpt-2018"]},
    ),
    Story(
        2287,
        "quang-binh-hon-210000-hoc-sinh-buoc-vao-nam-hoc-moi-2026-2027",
        T_KHAIGIANG,
        "tin-tuc-su-kien",
        "2026-09-05T07:30:00+07:00",
        [
            P(
                "Năm học 2026-2027, toàn tỉnh có 612 trường học với 210.350 trẻ em, học sinh, tăng hơn "
                "3.000 em so với năm học trước. Nhiều trường đã hoàn thành sửa chữa, nâng cấp phòng học, "
                "nhà vệ sinh, bếp ăn bán trú trước ngày tựu trường."
            ),
            Img(
                up("2026-09-05", "khai-giang-2026-1.jpg"),
                "Học sinh lớp 1 Trường Tiểu học Hải Thành trong ngày khai giảng",
                "Học sinh lớp 1 Trường Tiểu học Hải Thành trong ngày khai giảng",
                "tablecap",
            ),
            P(
                "Tại lễ khai giảng ở Trường THPT chuyên Võ Nguyên Giáp, Bí thư Tỉnh ủy đã đánh trống khai "
                "giảng, trao học bổng cho 20 học sinh có hoàn cảnh khó khăn vượt khó học tốt."
            ),
            P(
                "Cùng ngày, các trường học trong tỉnh đồng loạt tổ chức lễ khai giảng, phát động phong "
                "trào thi đua và đón học sinh lớp 1, lớp 6, lớp 10 bước vào cấp học mới."
            ),
            author_p("Hoàng Nam"),
            SOURCE_GDTD,
        ],
        authors=["Hoàng Nam"],
        source="Báo Giáo dục & Thời đại",
        summary=(
            "Sáng 5/9, hơn 210.000 học sinh tỉnh Quảng Bình cùng học sinh cả nước hân hoan bước vào "
            "năm học mới 2026-2027."
        ),
        sapo_outside=True,
        opts={"tag": TAG_GDTD, "tags": []},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def long_path(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.slug}-{story.id}.html"


def short_path(story: Story) -> str:
    return f"/tin-tuc/chi-tiet/{story.id}"


def print_path(story: Story) -> str:
    return f"/Print/{story.id}"


def _tagged(record: dict, story: Story) -> dict:
    """The sapo as printed, the publisher's tag before it included (the house convention, as
    wp_colormag_thpt's "(BPT) – …" and expressionengine_pgd's "(PGD Đông Anh) - …")."""
    tag = story.opts.get("tag", "")
    if tag and record["summary"]:
        record["body"] = tag + record["body"]
        record["summary"] = tag + record["summary"]
    return record


GOLD = [
    _tagged(
        gold_record(
            s,
            long_path(s),
            CATEGORIES[s.cat],
            alt_paths=(short_path(s), print_path(s)),
        ),
        s,
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    "/van-ban",
    "/video",
    "/tin-tuc/tin-tuc-su-kien?page=2",
]


# --- printing -------------------------------------------------------------------------------


def _stamp(story: Story) -> _dt.datetime:
    return _dt.datetime.fromisoformat(story.published_at)


def date_line(story: Story) -> str:
    """The detail-time line: "Thứ Sáu, 20/11/2026 | 09:12"."""
    t = _stamp(story)
    return f"{WEEKDAYS[t.weekday()]}, {t:%d/%m/%Y} | {t:%H:%M}"


def date_short(story: Story) -> str:
    return f"{_stamp(story):%d/%m/%Y}"


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def in_tree(story: Story, key: str) -> bool:
    return story.cat == key or PARENT.get(story.cat) == key


def tree_root(key: str) -> str:
    return PARENT.get(key, key)


def sapo_text(story: Story) -> str:
    return story.opts.get("sapo") or (story.opts.get("tag", "") + (story.summary or ""))


def _links(markup: str) -> str:
    def sub(m: re.Match) -> str:
        target = BY_ID[int(m.group(2))]
        return esc(target.title) if m.group(1) else long_path(target)

    return re.sub(r"@@(T?)(\d+)@@", sub, markup)


def render_content(story: Story) -> str:
    """CKEditor output stored for the article: lists and tables grouped, photos in figures."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_links(b.html))
        elif isinstance(b, Img):
            alt = esc(b.printed or "")
            if b.style == "tablecap":
                cap = (
                    f'<tr><td style="text-align:center"><em>{esc(b.printed)}</em></td></tr>'
                    if b.printed
                    else ""
                )
                out.append(
                    '<table class="image-caption" align="center" border="0" cellpadding="3" '
                    'cellspacing="0"><tbody><tr><td>'
                    f'<img src="{b.src}" alt="{alt}" width="600" height="400" /></td></tr>{cap}'
                    "</tbody></table>"
                )
            else:
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="image"><img src="{b.src}" alt="{alt}">{cap}</figure>')
        elif b.style in ("li", "uli"):
            tag = "ol" if b.style == "li" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<figure class="table"><table class="table table-bordered"><tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
            continue
        elif b.style == "sh":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
        elif b.style == "j":
            out.append(f'<p style="text-align:justify;">{esc(b.text)}</p>')
        else:
            out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def token(seed: str) -> str:
    return opaque("csrf-" + seed, 69)


def menu() -> str:
    news_children = "".join(
        f'<li><a href="/tin-tuc/{k}">{esc(CATEGORIES[k])}</a></li>' for k in PARENT
    )
    return f"""<nav class="main-menu"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="dropdown"><a href="/gioi-thieu/lich-su" class="dropdown-toggle">Giới thiệu</a>
<ul class="dropdown-menu"><li><a href="/gioi-thieu/lich-su">Lịch sử phát triển</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
<li class="dropdown"><a href="/tin-tuc/tin-tuc-su-kien" class="dropdown-toggle">Tin tức – Sự kiện</a>
<ul class="dropdown-menu">{news_children}</ul></li>
<li><a href="/tin-tuc/van-ban-chi-dao">Văn bản chỉ đạo</a></li>
<li><a href="/van-ban">Văn bản pháp quy</a></li>
<li><a href="/video">Video</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>"""


def sidebar() -> str:
    latest = "".join(
        f'<li><a href="{long_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in newest(STORIES)[:6]
    )
    return f"""<aside class="col-md-4 sidebar">
<div class="box box-latest"><h3 class="box-title">Tin mới nhất</h3><ul class="list-news">{latest}</ul></div>
<div class="box box-banner"><a href="https://dichvucong.quangbinh.gov.vn" target="_blank">
<img src="/Content/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Content/images/banner-csdl.png" alt="CSDL ngành"></a></div>
<div class="box box-poll"><h3 class="box-title">Thăm dò ý kiến</h3>
<form action="/BinhChon/Gui" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token("poll")}">
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
<label><input type="radio" name="PhuongAn" value="1"> Đẹp, dễ sử dụng</label><br>
<label><input type="radio" name="PhuongAn" value="2"> Bình thường</label><br>
<label><input type="radio" name="PhuongAn" value="3"> Khó tìm thông tin</label><br>
<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button>
<a href="javascript:void(0)" onclick="xemKetQua(3)">Xem kết quả</a></form></div>
<div class="box box-links"><h3 class="box-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://quangbinh.gov.vn">Cổng TTĐT tỉnh Quảng Bình</option>
<option value="https://giaoduc.net.vn">Báo Giáo dục &amp; Thời đại</option></select></div>
<div class="box box-counter"><h3 class="box-title">Thống kê truy cập</h3><ul>
<li>Đang online: <b>37</b></li><li>Hôm nay: <b>2.184</b></li><li>Tổng truy cập: <b>8.417.902</b></li></ul></div>
</aside>"""


def layout(title: str, main: str, head: str = "", with_sidebar: bool = True) -> str:
    side = sidebar() if with_sidebar else ""
    cols = "col-md-8" if with_sidebar else "col-md-12"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/font-awesome.min.css" rel="stylesheet"/>
<link href="/Content/site.css?v=20190612" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico">
{head}
</head>
<body>
<div class="top-bar"><div class="container">
<span class="today"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
<span class="weather"><img src="/Content/images/weather/02d.png" alt=""> Đồng Hới 24°C</span>
<span class="top-links"><a href="/lien-he">Liên hệ</a> | <a href="/Account/Login">Đăng nhập</a></span>
</div></div>
<header class="header"><div class="container">
<a href="/" class="logo"><img src="/Content/images/logo-sgddt.png" alt="{esc(SITE_TITLE)}"></a>
<div class="site-name"><p>UBND TỈNH QUẢNG BÌNH</p><h2>SỞ GIÁO DỤC VÀ ĐÀO TẠO</h2></div>
<form class="search" action="/tim-kiem" method="get"><input type="text" name="tukhoa" placeholder="Nhập từ khóa...">
<button type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
<div class="container">{menu()}</div>
<div class="container main"><div class="row">
<div class="{cols}">{main}</div>
{side}
</div></div>
<footer class="footer"><div class="container">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH</strong></p>
<p>Địa chỉ: Số 2 Quang Trung, phường Hải Đình, TP Đồng Hới, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232 3822 514 - Fax: 0232 3822 325 - Email: sgddt@quangbinh.edu.vn</p>
<p>Giấy phép số 12/GP-STTTT do Sở Thông tin và Truyền thông Quảng Bình cấp ngày 15/3/2019</p>
<p>Chịu trách nhiệm chính: Nguyễn Văn Lợi - Giám đốc Sở</p>
<p class="copyright">Ghi rõ nguồn “Sở GD&amp;ĐT Quảng Bình” khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/Scripts/jquery-3.3.1.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/site.js?v=20190612"></script>
</body>
</html>"""


def respond_html(body: str, status: int = 200) -> Response:
    headers = {"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/10.0"}
    return html(body, status=status, headers=headers)


def not_found() -> Response:
    main = (
        '<div class="error-page"><h1>Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc '
        'đã bị xóa.</p><p><a href="/">Về trang chủ</a></p></div>'
    )
    return respond_html(layout(f"Lỗi 404 - {SITE_TITLE}", main), status=404)


def breadcrumb(cat: str, last_link: bool = True) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    if cat in PARENT:
        parent = PARENT[cat]
        items.append(f'<li><a href="/tin-tuc/{parent}">{esc(CATEGORIES[parent])}</a></li>')
    if last_link:
        items.append(f'<li class="active"><a href="/tin-tuc/{cat}">{esc(CATEGORIES[cat])}</a></li>')
    else:
        items.append(f'<li class="active">{esc(CATEGORIES[cat])}</li>')
    return '<ol class="breadcrumb">' + "".join(items) + "</ol>"


def list_item(story: Story) -> str:
    thumb = next((b.src for b in story.blocks if isinstance(b, Img)), "/Content/images/no-image.jpg")
    lead = sapo_text(story) or next(b.text for b in story.blocks if isinstance(b, P))
    if len(lead) > 220:
        lead = lead[:217].rsplit(" ", 1)[0] + "..."
    return f"""<div class="news-item clearfix">
<a class="thumb" href="{long_path(story)}"><img src="{thumb}?w=240&amp;h=160&amp;mode=crop" alt=""></a>
<h3 class="news-title"><a href="{long_path(story)}">{esc(story.title)}</a></h3>
<p class="news-date"><i class="fa fa-clock-o"></i> {date_short(story)}</p>
<p class="news-sapo">{esc(lead)}</p>
</div>"""


def pager(base: str, page: int, pages: int) -> str:
    """PagedList.Mvc's pager, plus the theme's "Xem thêm tin" link to the next page."""
    if pages <= 1:
        return ""
    items = []
    if page > 1:
        items.append(
            f'<li class="PagedList-skipToPrevious"><a href="{base}?page={page - 1}" rel="prev">«</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="active"><a>{n}</a></li>')
        else:
            items.append(f'<li><a href="{base}?page={n}">{n}</a></li>')
    if page < pages:
        items.append(
            f'<li class="PagedList-skipToNext"><a href="{base}?page={page + 1}" rel="next">»</a></li>'
        )
    more = (
        f'<p class="view-more"><a href="{base}?page={page + 1}">Xem thêm tin <i class="fa fa-angle-double-right"></i></a></p>'
        if page < pages
        else ""
    )
    return (
        f'{more}<div class="pagination-container"><ul class="pagination">{"".join(items)}</ul></div>'
    )


def page_number(request: Request) -> int | None:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def listing(request: Request, heading: str, crumbs: str, stories: list[Story], base: str) -> Response:
    page = page_number(request)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page is None or page > pages:
        return not_found()
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "\n".join(list_item(s) for s in chunk) or "<p>Không có dữ liệu.</p>"
    suffix = f" - Trang {page}" if page > 1 else ""
    main = (
        f'{crumbs}<div class="category-page"><h1 class="category-title">{esc(heading)}</h1>\n'
        f'<div class="list-news">{items}</div>{pager(base, page, pages)}</div>'
    )
    return respond_html(layout(f"{heading}{suffix} - {SITE_TITLE}", main))


def category_page(request: Request, key: str) -> Response:
    stories = newest([s for s in STORIES if in_tree(s, key)])
    return listing(request, CATEGORIES[key], breadcrumb(key, last_link=False), stories, f"/tin-tuc/{key}")


def home(request: Request) -> Response:
    if request.query:
        return not_found()
    hot = newest(STORIES)[:4]
    first = hot[0]
    hot_html = (
        f'<div class="hot-news"><div class="hot-main"><a href="{long_path(first)}">'
        f'<img src="{next(b.src for b in first.blocks if isinstance(b, Img))}?w=640" alt=""></a>'
        f'<h2><a href="{long_path(first)}">{esc(first.title)}</a></h2>'
        f"<p>{esc(sapo_text(first))}</p></div><ul class=\"hot-list\">"
        + "".join(f'<li><a href="{long_path(s)}">{esc(s.title)}</a></li>' for s in hot[1:])
        + "</ul></div>"
    )
    boxes = []
    for key, name in CATEGORIES.items():
        own = newest([s for s in STORIES if s.cat == key])[:3]
        items = "".join(
            f'<li><a href="{long_path(s)}">{esc(s.title)}</a> <span class="date">{date_short(s)}</span></li>'
            for s in own
        )
        boxes.append(
            f'<div class="box box-category"><h3 class="box-title"><a href="/tin-tuc/{key}">'
            f'{esc(name)}</a></h3><ul class="list-news">{items}</ul>'
            f'<a class="more" href="/tin-tuc/{key}">Xem tất cả</a></div>'
        )
    main = hot_html + "\n".join(boxes)
    return respond_html(layout(f"Trang chủ - {SITE_TITLE}", main))


def article_page(story: Story) -> Response:
    long = long_path(story)
    sapo = sapo_text(story)
    sapo_html = f'<h2 class="detail-sapo">{esc(sapo)}</h2>' if sapo else ""
    tags = ", ".join(
        f'<a href="/tu-khoa/{k}">{esc(TAGS[k])}</a>' for k in story.opts.get("tags", [])
    )
    tags_html = f'<div class="detail-tags"><strong>Từ khóa:</strong> {tags}</div>' if tags else ""
    root = tree_root(story.cat)
    same = [s for s in newest(STORIES) if s is not story and in_tree(s, root)][:6]
    same_html = "".join(
        f'<li><a href="{long_path(s)}">{esc(s.title)}</a> <span class="date">({date_short(s)})</span></li>'
        for s in same
    )
    first_img = next((b.src for b in story.blocks if isinstance(b, Img)), None)
    head = (
        f'<link rel="canonical" href="@@BASE@@{long}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:url" content="@@BASE@@{long}" />\n'
        + (f'<meta property="og:image" content="@@BASE@@{first_img}" />\n' if first_img else "")
        + f'<meta name="description" content="{esc(story.summary or story.title)}" />'
    )
    main = f"""{breadcrumb(story.cat)}
<div class="detail-news">
<h1 class="detail-title">{esc(story.title)}</h1>
<div class="detail-toolbar clearfix">
<div class="detail-time">{date_line(story)}</div>
<div class="detail-tools">
<a href="{short_path(story)}" class="btn-copy-link" data-clipboard-text="@@BASE@@{short_path(story)}" title="Sao chép liên kết"><i class="fa fa-link"></i> Sao chép liên kết</a>
<a href="{print_path(story)}" target="_blank" class="btn-print" title="In bài"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject={esc(story.title)}&amp;body=@@BASE@@{long}" class="btn-email"><i class="fa fa-envelope"></i> Gửi email</a>
<span class="font-size"><a href="javascript:void(0)" onclick="zoom(-1)">A-</a> <a href="javascript:void(0)" onclick="zoom(1)">A+</a></span>
<span class="views"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>
</div></div>
{sapo_html}
<div class="detail-content">
{render_content(story)}
</div>
{tags_html}
<div class="detail-rating">Đánh giá bài viết <span class="stars">★★★★☆</span> <span class="rating-count">(4/5 - {story.id % 17 + 3} lượt)</span></div>
<div class="detail-share">
<a href="https://www.facebook.com/sharer/sharer.php?u=@@BASE@@{long}" target="_blank" class="share-fb">Facebook</a>
<a href="https://sp.zalo.me/share_inline?url=@@BASE@@{long}" target="_blank" class="share-zalo">Zalo</a>
<a href="https://twitter.com/intent/tweet?url=@@BASE@@{long}" target="_blank" class="share-tw">Twitter</a>
</div>
</div>
<div class="comment-box"><h3 class="box-title">Ý kiến bạn đọc</h3>
<form action="/BinhLuan/Gui" method="post" class="comment-form">
<input name="__RequestVerificationToken" type="hidden" value="{token(str(story.id))}">
<input type="hidden" name="TinTucId" value="{story.id}">
<input type="text" name="HoTen" placeholder="Họ và tên (*)"> <input type="email" name="Email" placeholder="Email (*)">
<textarea name="NoiDung" rows="4" placeholder="Nội dung ý kiến..."></textarea>
<button type="submit" class="btn btn-primary">Gửi ý kiến</button>
<p class="note">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p></form></div>
<div class="box box-same"><h3 class="box-title">Tin cùng chuyên mục</h3><ul class="list-news">{same_html}</ul></div>"""
    return respond_html(layout(f"{story.title} - {SITE_TITLE}", main, head))


def print_page(story: Story) -> Response:
    sapo = sapo_text(story)
    sapo_html = f'<h2 class="detail-sapo">{esc(sapo)}</h2>' if sapo else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow">
<title>{esc(story.title)}</title><link href="/Content/print.css" rel="stylesheet"/></head>
<body onload="window.print()">
<div class="print-header"><img src="/Content/images/logo-sgddt.png" alt="">
<p>SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH</p></div>
<div class="detail-news print">
<h1 class="detail-title">{esc(story.title)}</h1>
<div class="detail-time">{date_line(story)}</div>
{sapo_html}
<div class="detail-content">
{render_content(story)}
</div>
<p class="print-url">Địa chỉ bài viết: @@BASE@@{long_path(story)}</p>
</div>
<p class="print-footer">Cổng thông tin điện tử Sở GD&amp;ĐT Quảng Bình - sgddt.quangbinh.gov.vn</p>
</body></html>"""
    return respond_html(body)


# --- non-article pages ----------------------------------------------------------------------

STATIC = {
    "/gioi-thieu/lich-su": (
        "Lịch sử phát triển",
        "<p>Sở Giáo dục và Đào tạo Quảng Bình được thành lập năm 1989, khi tỉnh Quảng Bình được tái "
        "lập, trên cơ sở Ty Giáo dục Quảng Bình trước đây.</p>"
        "<p>Trải qua hơn 35 năm xây dựng và phát triển, ngành Giáo dục Quảng Bình đã được Nhà nước "
        "tặng thưởng Huân chương Lao động hạng Nhất, Huân chương Độc lập hạng Ba.</p>",
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table class="table"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        "<tr><td>Nguyễn Văn Lợi</td><td>Giám đốc</td><td>0232 3822 514</td></tr>"
        "<tr><td>Trần Thị Hoài</td><td>Trưởng phòng Giáo dục Trung học</td><td>0232 3824 112</td></tr>"
        "<tr><td>Đặng Quốc Huy</td><td>Phó Trưởng phòng Khảo thí và QLCLGD</td><td>0232 3828 090</td></tr>"
        "</table><p>Các phòng chuyên môn: Văn phòng, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính, "
        "Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học, Phòng Khảo thí và QLCLGD, "
        "Thanh tra Sở.</p>",
    ),
    "/lien-he": (
        "Liên hệ",
        "<p>Sở Giáo dục và Đào tạo Quảng Bình</p><p>Địa chỉ: Số 2 Quang Trung, phường Hải Đình, TP "
        "Đồng Hới</p><p>Điện thoại: 0232 3822 514</p>"
        '<form action="/LienHe/Gui" method="post" class="contact-form">'
        f'<input name="__RequestVerificationToken" type="hidden" value="{token("lienhe")}">'
        '<input name="HoTen" placeholder="Họ tên"><input name="Email" placeholder="Email">'
        '<input name="TieuDe" placeholder="Tiêu đề"><textarea name="NoiDung"></textarea>'
        '<button type="submit">Gửi liên hệ</button></form>',
    ),
}

DOCUMENTS = [
    ("2150/SGDĐT-VP", "13/11/2026", "Hướng dẫn thực hiện nhiệm vụ CNTT và chuyển đổi số năm học 2026-2027", "cv-2150-sgddt-vp.pdf"),
    ("2088/QĐ-SGDĐT", "16/11/2026", "Quyết định công nhận kết quả Kỳ thi chọn HSG lớp 12 cấp tỉnh", "kq-hsg12-2026.pdf"),
    ("1987/SGDĐT-CTTT", "14/10/2026", "Tăng cường công tác phòng, chống đuối nước cho học sinh", "cv-1987-sgddt-cttt.pdf"),
    ("1752/KH-SGDĐT", "20/9/2026", "Kế hoạch tổ chức Cuộc thi KHKT cấp tỉnh năm học 2026-2027", "kh-1752-khkt.pdf"),
]


def static_page(path: str) -> Response:
    title, content = STATIC[path]
    main = (
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
        f'<li class="active">{esc(title)}</li></ol>'
        f'<div class="page-static"><h1 class="page-title">{esc(title)}</h1>{content}</div>'
    )
    return respond_html(layout(f"{title} - {SITE_TITLE}", main))


def documents_page() -> Response:
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(num)}</td><td>{day}</td><td>{esc(summary)}</td>"
        f'<td><a href="/Uploads/files/2026/{f}"><i class="fa fa-download"></i> Tải về</a></td></tr>'
        for n, (num, day, summary, f) in enumerate(DOCUMENTS, 1)
    )
    main = (
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Văn bản pháp quy</li></ol>'
        '<h1 class="page-title">Văn bản pháp quy</h1>'
        '<table class="table table-bordered van-ban"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp tin</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return respond_html(layout(f"Văn bản pháp quy - {SITE_TITLE}", main))


VIDEOS = [
    ("q7Xh2kLp0sA", "Ngày hội đọc sách Trường Tiểu học Nam Lý", "12/11/2026"),
    ("Zb31LmQe9Rw", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "20/11/2026"),
    ("mK8pTq2vYcE", "Học sinh Quảng Bình trở lại trường sau lũ", "13/11/2026"),
]


def video_page() -> Response:
    items = "".join(
        f'<div class="video-item"><div class="embed"><iframe src="https://www.youtube.com/embed/{vid}" '
        f'frameborder="0" allowfullscreen></iframe></div><h3>{esc(title)}</h3><p class="date">{day}</p></div>'
        for vid, title, day in VIDEOS
    )
    main = (
        '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Video</li></ol>'
        f'<h1 class="page-title">Video</h1><div class="video-list">{items}</div>'
    )
    return respond_html(layout(f"Video - {SITE_TITLE}", main))


def tag_page(request: Request, key: str) -> Response:
    stories = newest([s for s in STORIES if key in s.opts.get("tags", [])])
    crumbs = f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Từ khóa: {esc(TAGS[key])}</li></ol>'
    return listing(request, f"Từ khóa: {TAGS[key]}", crumbs, stories, f"/tu-khoa/{key}")


def search_page(request: Request) -> Response:
    words = request.params.get("tukhoa", "").strip().casefold()
    hits = [s for s in newest(STORIES) if words and words in s.title.casefold()]
    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li class="active">Tìm kiếm</li></ol>'
    return listing(request, f"Kết quả tìm kiếm: {request.params.get('tukhoa', '')}", crumbs, hits, "/tim-kiem")


def with_base(response: Response, request: Request) -> Response:
    if isinstance(response.body, str) and "@@BASE@@" in response.body:
        response.body = response.body.replace("@@BASE@@", base_url(request))
    return response


class VendorSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/Uploads/files/"):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".docx"):
                ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                return Response(200, b"PK\x03\x04", {"Content-Type": ctype})
            return None
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        return with_base(self.page(request), request)

    def page(self, request: Request) -> Response:
        path = request.path
        if path == "/":
            return home(request)
        if path in STATIC and not request.query:
            return static_page(path)
        if path == "/van-ban" and not request.query:
            return documents_page()
        if path == "/video" and not request.query:
            return video_page()
        if path == "/tim-kiem":
            return search_page(request)
        if m := re.fullmatch(r"/tu-khoa/([a-z0-9-]+)", path):
            return tag_page(request, m.group(1)) if m.group(1) in TAGS else not_found()
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else not_found()
        if m := re.fullmatch(r"/tin-tuc/chi-tiet/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(story) if story and not request.query else not_found()
        if m := re.fullmatch(r"/Print/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(story) if story and not request.query else not_found()
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html", path):
            story = BY_ID.get(int(m.group(3)))
            if story and story.cat == m.group(1) and story.slug == m.group(2) and not request.query:
                return article_page(story)
        return not_found()


def build_site() -> VendorSite:
    return VendorSite()
