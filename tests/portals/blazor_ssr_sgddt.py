"""Fixture portal: Sở GD&ĐT tỉnh Tây Ninh rebuilt in 2025 as an ASP.NET Core 8 Blazor Web App.

Imitates what a vendor delivers when it rebuilds a provincial education department's site as a
Blazor Web App with *static server-side rendering* and enhanced navigation: every page is
pre-rendered HTML (``blazor.web.js`` only intercepts links and forms; nothing needs WebAssembly
to read). The platform's tell-tales are all printed: ``<base href="/">`` with every link, image
and stylesheet written *relative to the base* (``href="tin-tuc/danh-muc/thong-bao"``,
``src="uploads/…"``, the home link ``href=""``), scoped-CSS attributes on elements
(``<div class="tin-tuc-item" b-a1b2c3d4e5>``), ``<!--Blazor:{…}-->`` markers around the one
interactive (Server) component (the visitor counter) and ``<!--Blazor-Server-Component-State:…-->``
at the end, ``<!--bl:N-->`` boundaries of streaming components whose real content arrives after
``</html>`` in ``<blazor-ssr><template blazor-component-id="N">…</template></blazor-ssr>``,
``data-enhance-nav`` / ``data-enhance`` attributes, ``_framework/blazor.web.js``, Bootstrap 5.
Razor output goes through ASP.NET Core's default ``HtmlEncoder``, which the vendor never widened:
every non-ASCII character a component renders from data (titles, dates, sapo, author field,
category names, sidebar titles) comes out as ``&#xHHHH;``, while text typed into the ``.razor``
templates and the rich-editor body (a ``MarkupString``) are raw UTF-8.

What it serves:

- posts at ``/tin-tuc/YYYY/MM/DD/<slug>`` (the date in the path is the publication day), the
  same page at ``/tin-tuc/chi-tiet/<id>`` (the legacy route; the home page's "Thông báo" box
  links that form) and both again with ``?culture=en`` / ``?culture=vi`` (the header's language
  switch: ASP.NET Core's query-string culture provider; the English page translates the chrome
  and prints the date line as "Friday, 14/11/2026 08:30", day still first). Every form prints the
  same ``rel=canonical`` (absolute) to the dated path;
- a post page: breadcrumb (Trang chủ › Tin tức › <danh mục>), ``h1.tieu-de-bai``, a meta row
  (``div.thoi-gian`` "Thứ Sáu, 14/11/2026 08:30" with a ``<time datetime>``, "Người đăng:
  <login>", "Lượt xem", on one post "Cập nhật: …"), optionally a cover as a CSS
  ``background-image``, ``div.tom-tat`` (the italic lead), ``div.noi-dung`` (TinyMCE HTML:
  paragraphs, ``figure.image``/``figcaption``, centred images with a centred italic "(…)" line,
  tables, lists, a sub-heading), ``div.tac-gia`` (the author field, its lines as typed, and a
  "Nguồn: …" line), tags linking the search, "In bài" / share tools, a streamed "Tin khác" list
  (five newest other posts of the category, with dates) and the "Phản hồi" EditForm (POST with
  ``__RequestVerificationToken`` and ``_handler``);
- listings: ``/tin-tuc`` (the news categories "Hoạt động ngành" and "Tin từ cơ sở", 4 a page,
  3 pages) and ``/tin-tuc/danh-muc/<slug>`` (3 a page, list streamed). The pager is QuickGrid's
  Paginator rendered statically: buttons without any address. Only ``/tin-tuc`` carries the
  vendor's fallback ``<ul class="so-trang">`` of numbered links (written ``tin-tuc?trang=2``,
  relative to the base), plus a "›" link to ``trang=N+1`` that is never clamped;
- ``/`` (slides, newest news, "Thông báo" box, albums), ``/gioi-thieu``, ``/lien-he``,
  ``/van-ban`` (document grid, 5 a page, ?trang) and ``/van-ban/<id>`` entries with a PDF,
  ``/thu-vien-anh`` and two albums, ``/dang-nhap``, ``/lich-cong-tac`` (weekly schedule),
  ``/robots.txt`` → ``/sitemap.xml`` (every post, page, document entry and album; listings'
  first pages only).

Which path reaches each gold article: the nine news posts are on ``/tin-tuc?trang=1..3`` (the
fallback links) and in the sitemap; the newest are also on the home page and the sidebar. The
notices ("Thông báo") are not on ``/tin-tuc``: three are on the first page of their category and
in the home page's box; the oldest (id 1430) is on the category's second page, which no link
reaches (Paginator buttons only), so it is named only by the sitemap, by the search, and by the
streamed "Tin khác" lists of the other notices (inside ``<template>`` after ``</html>``).

Traps: the fallback "›" link walks past the end: ``/tin-tuc?trang=4``, ``5``, … answer 200 with
an empty list and another "›" (same for the search ``/tin-tuc?tu-khoa=…``); the weekly
schedule's "Tuần sau ›" never ends; ``?culture=`` doubles every page; a relative link resolved
against the document instead of ``<base href="/">`` (``/tin-tuc/2026/11/24/tin-tuc/…``) answers
404 with the styled not-found page; the recruitment notice (1461) links
``tin-tuc/chi-tiet/1471a`` (a bad id): the exception handler's ``/Error`` page with status 500
(``/Error`` itself answers 200, as the template does); the exam notice (1471) links a removed 2025
post: 404 with the styled page (``/not-found`` itself answers 200); ``/_framework/…`` and
``/_content/…`` are static files.

Gold (by hand). Articles are the posts; documents, albums, static pages and listings are not.
``published_at`` is the ``div.thoi-gian`` line (a printed "00:00" is a day, 1458); "Cập nhật:"
is ignored. ``div.tom-tat`` is the summary and the body's first paragraph; 1452 has none but its
text opens with a paragraph wholly in bold: summary and first paragraph. Authors: the author
field's names without titles or units ("ThS. Lê Văn Phúc - Trường TH Nguyễn Văn Trỗi" → Lê Văn
Phúc, "Cô Phạm Thị Mỹ Duyên" → Phạm Thị Mỹ Duyên); an office there ("Phòng GDTrH", "Văn phòng
Sở", "Phòng Tổ chức cán bộ") is the author when nothing signs the text; when the text is signed
("Bài: Hồng Nhung - Ảnh: Quốc Bảo", "Tin, ảnh: Nguyễn Thị Thu Trang") the signature gives the
authors/photographers and the field's office (1476: "Văn phòng Sở") is not added. "BBT" and
"Người đăng: <login>" credit nobody. "Nguồn: X" gives source X. Captions: figcaption or the
centred line, without "(…)" and without a leading "Ảnh:" label; "… (Ảnh: Hoàng Long)" stays as
printed and also gives Hoàng Long as photographer. A photo without a line has caption None; the
CSS cover is not an image. Table rows are body paragraphs, cells joined by " | "; list items
and the sub-heading are paragraphs. Image addresses are resolved against ``<base href="/">``;
1458's photo is hot-linked from the newspaper (absolute). Category: the breadcrumb's last item.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "blazor_ssr_sgddt"
PLATFORM = "aspnetcore-blazor-ssr"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tây Ninh"
SHORT = "Sở GD&ĐT Tây Ninh"
ADDRESS = "Số 42 đường Nguyễn Huệ, phường Long An, tỉnh Tây Ninh"
PHONE = "0272 3826 115"
HOTLINE = "0913 668 215"
EMAIL = "sgddt@tayninh.edu.vn"
TODAY_DATE = date(2026, 11, 25)
NEWS_PER_PAGE = 4
CAT_PER_PAGE = 3
DOCS_PER_PAGE = 5
OTHERS = 5

#: categories: slug -> printed name; the news index lists the first two only
CATS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "tin-tu-co-so": "Tin từ cơ sở",
    "thong-bao": "Thông báo",
}
NEWS_CATS = ("hoat-dong-nganh", "tin-tu-co-so")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# scoped-CSS attributes, one per component
B_LAYOUT = "b-q7m2x9k4ta"
B_NAV = "b-5hf0w2ncye"
B_POST = "b-r8w1c6yv4n"
B_ITEM = "b-a1b2c3d4e5"
B_SIDE = "b-0zt6lq3vhm"
B_OTHERS = "b-j4s9p1u7kd"
B_FOOT = "b-c2e8n5ro1w"
B_PAGER = "b-x3v8h2m6qp"

ANTIFORGERY = "CfDJ8" + opaque("antiforgery-tayninh", 96).replace("+", "-").replace(
    "/", "_"
).rstrip("=")
DESCRIPTOR = "CfDJ8" + opaque("descriptor-counter", 180).replace("+", "-").replace("/", "_").rstrip(
    "="
)
STATE = "CfDJ8" + opaque("component-state", 120).replace("+", "-").replace("/", "_").rstrip("=")
PRERENDER_ID = "8f3c1a9e0b7d4e2f9a6c5b1d0e4f7a23"
LOCATION_HASH = "77D12F14A8105320B1AAED6AE7E689DA0EC4483270A645E84079EAA0FFDF550D:24"

BAD_ID_LINK = "tin-tuc/chi-tiet/1471a"
REMOVED_LINK = "tin-tuc/2025/05/20/ket-qua-thi-hoc-sinh-gioi-lop-9-nam-hoc-2024-2025"


def enc(value: str) -> str:
    """What ASP.NET Core's default HtmlEncoder makes of a string: only Basic Latin stays raw."""
    out = []
    for ch in unicodedata.normalize("NFC", value):
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#x27;")
        elif ch == "+":
            out.append("&#x2B;")
        elif ord(ch) > 126:
            out.append(f"&#x{ord(ch):X};")
        else:
            out.append(ch)
    return "".join(out)


def raw(value: str, nfd: bool = False) -> str:
    """Editor HTML as TinyMCE stores it: raw UTF-8, only markup characters escaped."""
    s = esc(value).replace("&#x27;", "'").replace("&quot;", '"')
    return unicodedata.normalize("NFD", s) if nfd else s


U = "/uploads/tin-tuc"

# Story.opts: when (datetime printed), login (Người đăng), tac_gia (author-field lines as typed),
# cover (CSS background), tags, updated (Cập nhật line), nfd (body text decomposed), thumb.
# P styles: "" paragraph, "bold" (paragraph wholly in <strong>), "h" (sub-heading), "li" / "oli"
# (list items), "th"/"tr" (table rows, cells " | "), "a|href|phrase" (a link on a phrase).
# Img styles: "figure" (figure.image + figcaption when printed), "center" (centred image, then a
# centred italic line when printed).
STORIES: list[Story] = [
    Story(
        id=1482,
        slug="so-gd-dt-giao-ban-cong-tac-chuyen-doi-so-trong-truong-hoc",
        title="Sở GD&ĐT giao ban công tác chuyển đổi số trong trường học",
        cat="hoat-dong-nganh",
        published_at="2026-11-24T15:30:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến công tác"
            " chuyển đổi số trong trường học với 96 điểm cầu phòng văn hóa - xã hội các xã,"
            " phường và các trường trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo của Sở, đến nay 100% cơ sở giáo dục phổ thông trên địa bàn tỉnh đã"
                " triển khai học bạ số cho học sinh tiểu học và lớp 6, lớp 10; 87% trường thực hiện"
                " thu học phí không dùng tiền mặt; hệ thống cơ sở dữ liệu ngành được cập nhật"
                " thường xuyên, phục vụ tốt công tác quản lý, điều hành."
            ),
            Img(
                f"{U}/2026/11/giao-ban-chuyen-doi-so-1.jpg",
                "Phó Giám đốc Sở GD&ĐT Trần Văn Lợi chủ trì hội nghị",
                "Phó Giám đốc Sở GD&ĐT Trần Văn Lợi chủ trì hội nghị",
                "figure",
            ),
            P(
                "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: thiết bị công nghệ ở"
                " nhiều điểm trường lẻ đã xuống cấp, đường truyền Internet chưa ổn định; một bộ"
                " phận giáo viên lớn tuổi còn lúng túng khi sử dụng phần mềm quản lý học sinh."
            ),
            P(
                "Kết luận hội nghị, lãnh đạo Sở đề nghị các đơn vị hoàn thành ký số học bạ học kỳ I"
                " trước ngày 20/01/2027, rà soát nhu cầu thiết bị để đề xuất đầu tư trong năm 2027"
                " và cử giáo viên tham gia lớp bồi dưỡng kỹ năng số do Sở tổ chức."
            ),
        ],
        authors=["Minh Anh"],
        opts={
            "when": datetime(2026, 11, 24, 15, 30),
            "login": "bientap",
            "tac_gia": ["Minh Anh"],
            "tags": ["chuyển đổi số", "học bạ số"],
        },
    ),
    Story(
        id=1479,
        slug="truong-thpt-trang-bang-hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Trường THPT Trảng Bàng tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        cat="tin-tu-co-so",
        published_at="2026-11-21T09:15:00+07:00",
        blocks=[
            P(
                "Từ ngày 10 đến 19/11, Trường THPT Trảng Bàng tổ chức Hội thi giáo viên dạy giỏi"
                " cấp trường năm học 2026 - 2027 với 32 giáo viên thuộc 8 tổ chuyên môn tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực"
                " hiện hai tiết dạy trên lớp. Nhiều tiết dạy vận dụng linh hoạt phương pháp dạy học"
                " theo dự án, sử dụng học liệu số và tổ chức cho học sinh hoạt động nhóm hiệu quả."
            ),
            Img(f"{U}/2026/11/gvdg-thpt-trang-bang-1.jpg", None, None, "center"),
            P(
                "Kết quả, Ban tổ chức công nhận 21 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường; chọn 6 giáo viên tiêu biểu tham dự hội thi cấp tỉnh vào tháng 3/2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thu Trang</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Thu Trang"],
        photographers=["Nguyễn Thị Thu Trang"],
        opts={
            "when": datetime(2026, 11, 21, 9, 15),
            "login": "thpttrangbang",
            "tac_gia": [],
            "tags": ["giáo viên dạy giỏi"],
        },
    ),
    Story(
        id=1476,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="hoat-dong-nganh",
        published_at="2026-11-20T07:45:00+07:00",
        summary=(
            "Sáng 19/11, Sở Giáo dục và Đào tạo long trọng tổ chức lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Tỉnh ủy, UBND tỉnh, các sở, ngành và hơn 300 nhà giáo, cán"
                " bộ quản lý giáo dục đại diện cho hơn 32.000 cán bộ, giáo viên, nhân viên toàn"
                " ngành."
            ),
            Img(
                f"{U}/2026/11/ky-niem-20-11-1.jpg",
                "(Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo)",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo",
                "center",
            ),
            P(
                "Ôn lại truyền thống, đồng chí Giám đốc Sở nhấn mạnh năm học vừa qua là năm đầu"
                " tiên ngành vận hành theo mô hình chính quyền địa phương hai cấp; đội ngũ nhà giáo"
                " đã vượt qua nhiều khó khăn, giữ vững chất lượng giáo dục."
            ),
            P("Tại buổi lễ, UBND tỉnh và Sở GD&ĐT đã khen thưởng:"),
            P(
                "12 tập thể có thành tích xuất sắc trong phong trào thi đua năm học 2025 - 2026;",
                "li",
            ),
            P("44 nhà giáo tiêu biểu, trong đó có 9 giáo viên công tác ở xã biên giới;", "li"),
            P("6 học sinh đạt giải quốc gia và quốc tế.", "li"),
            Img(
                f"{U}/2026/11/ky-niem-20-11-2.jpg",
                "Ảnh: Các nhà giáo tiêu biểu nhận bằng khen",
                "Các nhà giáo tiêu biểu nhận bằng khen",
                "figure",
            ),
            Raw('<p style="text-align: right;"><em>Bài: Hồng Nhung - Ảnh: Quốc Bảo</em></p>'),
        ],
        authors=["Hồng Nhung"],
        photographers=["Quốc Bảo"],
        opts={
            "when": datetime(2026, 11, 20, 7, 45),
            "login": "bientap",
            "tac_gia": ["Văn phòng Sở"],
            "cover": f"{U}/2026/11/ky-niem-20-11-bia.jpg",
            "tags": ["20/11", "nhà giáo"],
        },
    ),
    Story(
        id=1471,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-18T10:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12"
                " năm học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Giờ bắt đầu", "th"),
            P(
                "08/12/2026 | Chiều | Thí sinh làm thủ tục dự thi, nghe phổ biến quy chế | 14 giờ 00",
                "tr",
            ),
            P("09/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh, Tin học | 7 giờ 30", "tr"),
            P(
                "10/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 7 giờ 30",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT chuyên Hoàng Lê Kha (cơ sở Tây Ninh) và Trường THPT"
                " chuyên Long An (cơ sở Tân An). Thí sinh có mặt trước giờ thi 30 phút, mang theo"
                " căn cước và thẻ học sinh."
            ),
            P(
                "Thí sinh có thể tham khảo đề thi và kết quả kỳ thi năm học trước trên trang"
                " thông tin của Sở.",
                f"a|{REMOVED_LINK}|kết quả kỳ thi năm học trước",
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 18, 10, 0),
            "login": "vanphong",
            "tac_gia": ["Phòng GDTrH"],
            "tags": ["học sinh giỏi"],
        },
    ),
    Story(
        id=1468,
        slug="truong-tieu-hoc-nguyen-van-troi-ra-mat-thu-vien-xanh",
        title="Trường Tiểu học Nguyễn Văn Trỗi ra mắt thư viện xanh",
        cat="tin-tu-co-so",
        published_at="2026-11-16T14:20:00+07:00",
        blocks=[
            P(
                "Ngày 14/11, Trường Tiểu học Nguyễn Văn Trỗi (xã Bến Lức) tổ chức ra mắt thư viện"
                " xanh trong khuôn viên trường với hơn 2.500 đầu sách do phụ huynh và cựu học sinh"
                " đóng góp."
            ),
            Img(
                f"{U}/2026/11/thu-vien-xanh-nvt-1.jpg",
                "Ảnh: Học sinh đọc sách tại thư viện xanh",
                "Học sinh đọc sách tại thư viện xanh",
                "figure",
            ),
            P(
                "Thư viện được bố trí dưới tán cây bàng, gồm các kệ sách, bàn ghế nhựa nhiều màu và"
                " góc “Em kể chuyện”. Học sinh được tự do đọc sách trong giờ ra chơi, mượn sách về"
                " nhà theo thẻ thư viện."
            ),
            Img(f"{U}/2026/11/thu-vien-xanh-nvt-2.jpg", None, None, "figure"),
            P(
                "Nhà trường giao mỗi lớp phụ trách chăm sóc một kệ sách, luân phiên giới thiệu sách"
                " hay trong tiết sinh hoạt dưới cờ, góp phần xây dựng văn hóa đọc cho học sinh."
            ),
        ],
        authors=["Lê Văn Phúc"],
        opts={
            "when": datetime(2026, 11, 16, 14, 20),
            "login": "bientap",
            "tac_gia": ["ThS. Lê Văn Phúc - Trường TH Nguyễn Văn Trỗi"],
            "nfd": True,
            "tags": ["thư viện", "văn hóa đọc"],
        },
    ),
    Story(
        id=1465,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên THCS",
        cat="hoat-dong-nganh",
        published_at="2026-11-13T08:30:00+07:00",
        summary=(
            "Từ ngày 11 đến 12/11, Sở GD&ĐT phối hợp với Trường Đại học Sư phạm TP. Hồ Chí Minh"
            " tập huấn ứng dụng trí tuệ nhân tạo (AI) trong dạy học cho 180 giáo viên cốt cán"
            " cấp THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên được hướng dẫn sử dụng công cụ AI tạo sinh để thiết kế kế hoạch bài dạy,"
                " xây dựng ngân hàng câu hỏi, tạo học liệu minh họa; đồng thời thảo luận về nguyên"
                " tắc sử dụng AI an toàn, có trách nhiệm trong nhà trường."
            ),
            Img(
                f"{U}/2026/11/tap-huan-ai-thcs.jpg",
                "(Giảng viên hướng dẫn giáo viên thiết kế bài dạy có sử dụng AI)",
                "Giảng viên hướng dẫn giáo viên thiết kế bài dạy có sử dụng AI",
                "center",
            ),
            P("Nội dung tập huấn gồm ba chuyên đề", "h"),
            P("Tổng quan về trí tuệ nhân tạo và các công cụ hỗ trợ dạy học;", "oli"),
            P("Thiết kế kế hoạch bài dạy và đánh giá học sinh có sự hỗ trợ của AI;", "oli"),
            P("Đạo đức, bản quyền và bảo vệ dữ liệu cá nhân khi sử dụng AI.", "oli"),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm triển khai lại cho đồng nghiệp tại"
                " đơn vị trước ngày 15/12/2026."
            ),
        ],
        authors=["Quốc Huy"],
        opts={
            "when": datetime(2026, 11, 13, 8, 30),
            "login": "bientap",
            "tac_gia": ["Quốc Huy"],
            "cover": f"{U}/2026/11/tap-huan-ai-bia.jpg",
            "tags": ["trí tuệ nhân tạo", "bồi dưỡng giáo viên"],
        },
    ),
    Story(
        id=1461,
        slug="thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        title="Thông báo tuyển dụng viên chức giáo dục năm 2026",
        cat="thong-bao",
        published_at="2026-11-10T16:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo tuyển dụng 146 chỉ tiêu viên chức giáo viên"
                " trung học phổ thông và nhân viên các trường trực thuộc năm 2026."
            ),
            P("Điều kiện đăng ký dự tuyển:", "h"),
            P(
                "Có quốc tịch Việt Nam, đủ 18 tuổi trở lên, có đủ sức khỏe để thực hiện nhiệm vụ;",
                "li",
            ),
            P("Có bằng tốt nghiệp và chứng chỉ phù hợp với vị trí việc làm dự tuyển;", "li"),
            P("Không trong thời gian bị truy cứu trách nhiệm hình sự.", "li"),
            P(
                "Thời gian nhận phiếu đăng ký từ ngày 12/11 đến hết ngày 11/12/2026 (giờ hành"
                " chính) tại Phòng Tổ chức cán bộ, Sở GD&ĐT. Chỉ tiêu cụ thể xem tại thông báo số"
                " 1 đã đăng.",
                f"a|{BAD_ID_LINK}|thông báo số 1",
            ),
        ],
        authors=["Phòng Tổ chức cán bộ"],
        opts={
            "when": datetime(2026, 11, 10, 16, 0),
            "login": "vanphong",
            "tac_gia": ["Phòng Tổ chức cán bộ"],
            "tags": ["tuyển dụng"],
        },
    ),
    Story(
        id=1458,
        slug="hoc-sinh-thcs-thanh-duc-dat-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat",
        title="Học sinh THCS Thạnh Đức đạt giải Nhất cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="tin-tu-co-so",
        published_at="2026-11-07",
        blocks=[
            P(
                "Dự án “Máy cảnh báo đuối nước cho trẻ em vùng sông nước” của hai em Trần Gia Huy"
                " và Lê Ngọc Bảo Trâm, học sinh lớp 9 Trường THCS Thạnh Đức, đã đạt giải Nhất cuộc"
                " thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 - 2027."
            ),
            Img(
                "https://baotayninh.vn/image/2026/11/06/hoc-sinh-thanh-duc-khkt.jpg",
                "Hai học sinh giới thiệu sản phẩm với Ban giám khảo (Ảnh: Hoàng Long)",
                "Hai học sinh giới thiệu sản phẩm với Ban giám khảo (Ảnh: Hoàng Long)",
                "figure",
            ),
            P(
                "Thiết bị gồm cảm biến đặt trên áo phao và bộ thu gắn ở nhà, phát còi báo khi trẻ"
                " rơi xuống nước quá 10 giây. Sản phẩm có giá thành khoảng 400.000 đồng, phù hợp"
                " với các gia đình sống ven sông Vàm Cỏ."
            ),
            P(
                "Theo cô giáo hướng dẫn Nguyễn Thị Kim Loan, nhóm đã mất gần sáu tháng để thử"
                " nghiệm và hoàn thiện sản phẩm. Dự án sẽ đại diện tỉnh tham dự vòng chung kết quốc"
                " gia vào tháng 3/2027."
            ),
        ],
        authors=["Thanh Tâm"],
        photographers=["Hoàng Long"],
        source="Báo Tây Ninh",
        opts={
            "when": datetime(2026, 11, 7, 0, 0),
            "login": "bientap",
            "tac_gia": ["Thanh Tâm", "Nguồn: Báo Tây Ninh"],
            "tags": ["khoa học kỹ thuật"],
        },
    ),
    Story(
        id=1452,
        slug="kiem-tra-dieu-kien-day-hoc-tai-cac-truong-vung-bien-gioi",
        title="Kiểm tra điều kiện dạy học tại các trường vùng biên giới",
        cat="hoat-dong-nganh",
        published_at="2026-11-03T09:40:00+07:00",
        summary=(
            "Từ ngày 29/10 đến 01/11, đoàn công tác của Sở GD&ĐT kiểm tra điều kiện dạy học"
            " tại 14 trường học ở các xã biên giới Tân Hà, Phước Vinh, Hòa Hiệp."
        ),
        blocks=[
            P(
                "Từ ngày 29/10 đến 01/11, đoàn công tác của Sở GD&ĐT kiểm tra điều kiện dạy học"
                " tại 14 trường học ở các xã biên giới Tân Hà, Phước Vinh, Hòa Hiệp.",
                "bold",
            ),
            P(
                "Qua kiểm tra, các trường cơ bản đủ phòng học, thiết bị dạy học tối thiểu; bếp ăn"
                " bán trú bảo đảm vệ sinh. Tuy nhiên, một số điểm trường chưa có nhà vệ sinh đạt"
                " chuẩn, tường rào xuống cấp; tỷ lệ học sinh bỏ học ở cấp THCS tuy giảm nhưng vẫn"
                " cao hơn mức bình quân của tỉnh."
            ),
            P(
                "Đoàn đề nghị các trường phối hợp với chính quyền xã vận động học sinh ra lớp,"
                " duy trì sĩ số; Sở sẽ tổng hợp nhu cầu sửa chữa cơ sở vật chất để tham mưu UBND"
                " tỉnh bố trí kinh phí trong năm 2027."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 3, 9, 40),
            "login": "bientap",
            "tac_gia": [],
            "updated": datetime(2026, 11, 5, 10, 20),
            "tags": ["biên giới"],
        },
    ),
    Story(
        id=1447,
        slug="truong-mam-non-hoa-sen-to-chuc-ngay-hoi-be-vui-khoe",
        title="Trường Mầm non Hoa Sen tổ chức ngày hội “Bé vui khỏe”",
        cat="tin-tu-co-so",
        published_at="2026-10-29T15:10:00+07:00",
        blocks=[
            P(
                "Sáng 28/10, Trường Mầm non Hoa Sen (phường Tân An) tổ chức ngày hội “Bé vui khỏe”"
                " cho hơn 400 trẻ với các trò chơi vận động: bật qua suối nhỏ, kéo co, chuyền bóng"
                " và đua xe ba bánh."
            ),
            Img("uploads/tin-tuc/2026/10/be-vui-khoe-hoa-sen-1.jpg", None, None, "center"),
            Img(
                "uploads/tin-tuc/2026/10/be-vui-khoe-hoa-sen-2.jpg",
                "Phụ huynh cùng trẻ tham gia trò chơi kéo co",
                "Phụ huynh cùng trẻ tham gia trò chơi kéo co",
                "center",
            ),
            P(
                "Ngày hội giúp trẻ rèn luyện thể lực, tinh thần đồng đội, đồng thời là dịp để phụ"
                " huynh cùng nhà trường chăm lo sức khỏe cho trẻ ngay từ đầu năm học."
            ),
        ],
        authors=["Phạm Thị Mỹ Duyên"],
        opts={
            "when": datetime(2026, 10, 29, 15, 10),
            "login": "mnhoasen",
            "tac_gia": ["Cô Phạm Thị Mỹ Duyên"],
            "tags": ["mầm non"],
        },
    ),
    Story(
        id=1441,
        slug="trien-khai-nhiem-vu-giao-duc-thuong-xuyen-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-10-22T08:00:00+07:00",
        summary=(
            "Ngày 21/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục thường xuyên,"
            " giáo dục nghề nghiệp năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"
                " trong tỉnh đã tuyển sinh hơn 6.800 học viên bậc THPT; tỷ lệ học viên lớp 12 tốt"
                " nghiệp đạt 93,4%. Nhiều trung tâm liên kết đào tạo trung cấp nghề, giúp học viên"
                " vừa học văn hóa vừa học nghề."
            ),
            P(
                "Năm học mới, ngành tập trung duy trì kết quả xóa mù chữ, phát triển mô hình học"
                " tập suốt đời tại cộng đồng và đẩy mạnh hoạt động của các trung tâm học tập cộng"
                " đồng sau sắp xếp đơn vị hành chính."
            ),
            Img(f"{U}/2026/10/hoi-nghi-gdtx.jpg", None, None, "figure"),
        ],
        source="Cổng TTĐT tỉnh Tây Ninh",
        opts={
            "when": datetime(2026, 10, 22, 8, 0),
            "login": "admin",
            "tac_gia": ["BBT", "Nguồn: Cổng TTĐT tỉnh Tây Ninh"],
            "tags": ["giáo dục thường xuyên"],
        },
    ),
    Story(
        id=1436,
        slug="ke-hoach-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh",
        title="Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh",
        cat="thong-bao",
        published_at="2026-10-15T10:30:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT thông báo kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp"
                " tỉnh cấp THCS và THPT năm học 2026 - 2027."
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư"
                " phạm. Mỗi trường cử tối đa 2 giáo viên; danh sách gửi về Phòng GDTrH trước ngày"
                " 30/11/2026 qua hệ thống quản lý văn bản."
            ),
            P("Vòng chung khảo dự kiến tổ chức vào tháng 01/2027 tại Trường THPT Tây Ninh."),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 10, 15, 10, 30),
            "login": "vanphong",
            "tac_gia": ["Phòng GDTrH"],
            "tags": ["giáo viên chủ nhiệm"],
        },
    ),
    Story(
        id=1430,
        slug="lich-tiep-cong-dan-quy-iv-nam-2026",
        title="Lịch tiếp công dân quý IV năm 2026 của Giám đốc Sở",
        cat="thong-bao",
        published_at="2026-10-06T07:30:00+07:00",
        blocks=[
            P(
                "Giám đốc Sở Giáo dục và Đào tạo tiếp công dân định kỳ vào ngày 15 hằng tháng"
                " trong quý IV năm 2026 (nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp)."
            ),
            P(
                "Địa điểm: Phòng tiếp công dân, tầng 1 trụ sở Sở GD&ĐT, số 42 đường Nguyễn Huệ,"
                " phường Long An. Công dân đến liên hệ mang theo giấy tờ tùy thân và tài liệu liên"
                " quan đến nội dung cần trình bày."
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 10, 6, 7, 30),
            "login": "vanphong",
            "tac_gia": ["Văn phòng Sở"],
            "tags": ["tiếp công dân"],
        },
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
NEWS = [s for s in _LATEST if s.cat in NEWS_CATS]


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.opts['when']:%Y/%m/%d}/{s.slug}"


def legacy_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == cat]


def others(s: Story) -> list[Story]:
    return [o for o in in_cat(s.cat) if o.id != s.id][:OTHERS]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.id}"

    @property
    def file(self) -> str:
        return f"/uploads/van-ban/2026/{self.number.replace('/', '-').replace('Đ', 'D')}.pdf"


DOCS: list[Doc] = [
    Doc(124, "3418/SGDĐT-GDTrH", "Công văn", date(2026, 11, 23), "Trần Văn Lợi",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(123, "2215/QĐ-SGDĐT", "Quyết định", date(2026, 11, 17), "Nguyễn Thị Ngọc Hân",
        "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12"),
    Doc(122, "486/KH-SGDĐT", "Kế hoạch", date(2026, 11, 9), "Trần Văn Lợi",
        "Kế hoạch tuyển dụng viên chức giáo dục năm 2026"),
    Doc(121, "3120/SGDĐT-VP", "Công văn", date(2026, 10, 30), "Nguyễn Thị Ngọc Hân",
        "V/v báo cáo thống kê giáo dục đầu năm học 2026 - 2027"),
    Doc(120, "471/KH-SGDĐT", "Kế hoạch", date(2026, 10, 14), "Trần Văn Lợi",
        "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh"),
    Doc(119, "2987/SGDĐT-GDMN", "Công văn", date(2026, 10, 5), "Nguyễn Thị Ngọc Hân",
        "V/v tăng cường bảo đảm an toàn thực phẩm trong trường mầm non"),
    Doc(118, "1960/QĐ-UBND", "Quyết định", date(2026, 9, 25), "UBND tỉnh",
        "Quyết định ban hành kế hoạch thời gian năm học 2026 - 2027"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    slug: str
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}"


ALBUMS: list[Album] = [
    Album("le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", date(2026, 9, 5), (
        ("uploads/album/khai-giang-2026/01.jpg", "Học sinh lớp 1 Trường TH Thị trấn Hòa Thành dự lễ khai giảng"),
        ("uploads/album/khai-giang-2026/02.jpg", "Lãnh đạo tỉnh đánh trống khai trường"),
        ("uploads/album/khai-giang-2026/03.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
    )),
    Album("hoi-khoe-phu-dong-tinh-2026", "Hội khỏe Phù Đổng tỉnh Tây Ninh năm 2026", date(2026, 10, 18), (
        ("uploads/album/hkpd-2026/01.jpg", "Lễ diễu hành khai mạc Hội khỏe Phù Đổng"),
        ("uploads/album/hkpd-2026/02.jpg", "Thi đấu môn bóng đá nam THCS"),
    )),
]  # fmt: skip
_ALBUMS = {a.path: a for a in ALBUMS}

#: static pages: path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu": ("Giới thiệu", [
        "Sở Giáo dục và Đào tạo tỉnh Tây Ninh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " thực hiện chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sau khi hợp nhất tỉnh Long An và tỉnh Tây Ninh năm 2025, Sở quản lý 98 trường trung học"
        " phổ thông, 12 trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên và các trường"
        " chuyên biệt trực thuộc.",
        "Lãnh đạo Sở gồm Giám đốc và 04 Phó Giám đốc; các phòng chuyên môn: Văn phòng, Thanh tra,"
        " Tổ chức cán bộ, Kế hoạch - Tài chính, Giáo dục Mầm non - Tiểu học, Giáo dục Trung học,"
        " Giáo dục thường xuyên - Chuyên nghiệp, Quản lý chất lượng.",
    ]),
}  # fmt: skip

#: the weekly schedule that the sidebar's "Lịch công tác" opens (ISO week of TODAY)
THIS_WEEK = TODAY_DATE.isocalendar()[:2]


def _culture_alts(path: str) -> list[str]:
    return [f"{path}?culture=en", f"{path}?culture=vi"]


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[
            legacy_path(s),
            *_culture_alts(article_path(s)),
            *_culture_alts(legacy_path(s)),
        ],
        image_page="/",
    )
    for s in _LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?trang={n}" for n in range(1, _pages(len(NEWS), NEWS_PER_PAGE) + 1)),
    *(f"/tin-tuc/danh-muc/{c}" for c in CATS),
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    "/dang-nhap",
    "/lich-cong-tac",
]


# --------------------------------------------------------------------------- rendering

_EN = {
    "Trang chủ": "Home",
    "Giới thiệu": "About",
    "Tin tức": "News",
    "Văn bản": "Documents",
    "Thư viện ảnh": "Gallery",
    "Liên hệ": "Contact",
    "Đăng nhập": "Sign in",
    "Tìm kiếm": "Search",
    "Tin khác": "Other news",
    "Tin mới": "Latest news",
    "Văn bản mới": "New documents",
    "Lịch công tác": "Work schedule",
    "Thống kê truy cập": "Visitors",
    "Đang trực tuyến": "Online",
    "Hôm nay": "Today",
    "Tổng lượt truy cập": "Total visits",
    "Người đăng": "Posted by",
    "Lượt xem": "Views",
    "In bài": "Print",
    "Chia sẻ": "Share",
    "Từ khóa": "Tags",
    "Phản hồi": "Feedback",
    "Gửi phản hồi": "Send feedback",
    "Họ và tên": "Full name",
    "Nội dung": "Message",
    "Đang tải...": "Loading...",
    "Thông báo": "Notices",
    "Liên kết": "Links",
    "Cập nhật": "Updated",
}


class _Ctx:
    """One request's rendering context: the UI culture and the page's base-relative path."""

    def __init__(self, request: Request) -> None:
        self.en = request.params.get("culture", "").lower().startswith("en")
        self.rel = request.path.lstrip("/")
        self.base = base_url(request)
        self.streams: list[tuple[int, str]] = []

    def t(self, label: str) -> str:
        """A label typed into a .razor template, or its resource string in English."""
        return _EN.get(label, label) if self.en else label

    def stream(self, cid: int, placeholder: str, content: str) -> str:
        """A [StreamRendering] component: placeholder now, the content after ``</html>``."""
        self.streams.append((cid, content))
        return f"<!--bl:{cid}-->{placeholder}<!--/bl:{cid}-->"


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _long_date(w: datetime, ctx: _Ctx) -> str:
    names = WEEKDAYS_EN if ctx.en else WEEKDAYS
    return f"{names[w.weekday()]}, {w:%d/%m/%Y %H:%M}"


def _header_today(ctx: _Ctx) -> str:
    if ctx.en:
        return f"{WEEKDAYS_EN[TODAY_DATE.weekday()]}, {_dmy(TODAY_DATE)}"
    return TODAY


def _rel(path: str) -> str:
    """A base-relative href, as NavLink and the components write them."""
    return path.lstrip("/")


def _nav(ctx: _Ctx) -> str:
    items = [
        ("", "Trang chủ"),
        ("gioi-thieu", "Giới thiệu"),
        ("tin-tuc", "Tin tức"),
        ("tin-tuc/danh-muc/thong-bao", None),
        ("van-ban", "Văn bản"),
        ("thu-vien-anh", "Thư viện ảnh"),
        ("lien-he", "Liên hệ"),
    ]
    lis = []
    for href, label in items:
        text = enc(CATS["thong-bao"]) if label is None else ctx.t(label)
        active = " active" if href and ctx.rel.startswith(href) else ""
        drop = ""
        if href == "tin-tuc":
            drop = (
                '<ul class="dropdown-menu" b-5hf0w2ncye>'
                + "".join(
                    f'<li><a class="dropdown-item" href="tin-tuc/danh-muc/{c}">{enc(CATS[c])}</a></li>'
                    for c in NEWS_CATS
                )
                + "</ul>"
            )
        lis.append(
            f'<li class="nav-item{" dropdown" if drop else ""}" {B_NAV}>'
            f'<a class="nav-link{active}" href="{href}" {B_NAV}>{text}</a>{drop}</li>'
        )
    return (
        f'<nav class="navbar navbar-expand-lg navbar-dark menu-chinh" {B_NAV}><div class="container" {B_NAV}>'
        f'<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menu" {B_NAV}>'
        f'<span class="navbar-toggler-icon"></span></button>'
        f'<div class="collapse navbar-collapse" id="menu" {B_NAV}><ul class="navbar-nav me-auto" {B_NAV}>'
        + "".join(lis)
        + "</ul>"
        f'<form class="d-flex tim-kiem" action="tin-tuc" method="get" data-enhance-nav="false" {B_NAV}>'
        f'<input class="form-control form-control-sm" type="search" name="tu-khoa" placeholder="{ctx.t("Tìm kiếm")}..." {B_NAV} />'
        f'<button class="btn btn-sm btn-warning" type="submit" {B_NAV}><i class="bi bi-search"></i></button></form>'
        "</div></div></nav>"
    )


def _sidebar(ctx: _Ctx) -> str:
    latest = "".join(
        f'<li {B_SIDE}><a href="{_rel(article_path(s))}" {B_SIDE}>{enc(s.title)}</a>'
        f' <span class="ngay" {B_SIDE}>({_dmy(s.opts["when"])})</span></li>'
        for s in _LATEST[:5]
    )
    docs = "".join(
        f'<li {B_SIDE}><a href="{_rel(d.path)}" {B_SIDE}>{enc(d.number)}</a>'
        f'<div class="trich-yeu" {B_SIDE}>{enc(d.abstract)}</div></li>'
        for d in DOCS[:3]
    )
    counter = (
        f'<!--Blazor:{{"type":"server","prerenderId":"{PRERENDER_ID}","key":{{"locationHash":'
        f'"{LOCATION_HASH}","formattedComponentKey":""}},"sequence":0,"descriptor":"{DESCRIPTOR}"}}-->'
        f'<div class="luot-truy-cap card" {B_SIDE}><div class="card-header" {B_SIDE}>{ctx.t("Thống kê truy cập")}</div>'
        f'<ul class="list-unstyled card-body" {B_SIDE}>'
        f"<li {B_SIDE}>{ctx.t('Đang trực tuyến')}: <strong>37</strong></li>"
        f"<li {B_SIDE}>{ctx.t('Hôm nay')}: <strong>1.254</strong></li>"
        f"<li {B_SIDE}>{ctx.t('Tổng lượt truy cập')}: <strong>2.817.430</strong></li></ul></div>"
        f'<!--Blazor:{{"prerenderId":"{PRERENDER_ID}"}}-->'
    )
    return (
        f'<aside class="col-lg-4 cot-phai" {B_SIDE}>'
        f'<div class="card mb-3" {B_SIDE}><div class="card-header" {B_SIDE}>{ctx.t("Tin mới")}</div>'
        f'<ul class="tin-moi card-body" {B_SIDE}>{latest}</ul></div>'
        f'<div class="card mb-3" {B_SIDE}><div class="card-header" {B_SIDE}>{ctx.t("Văn bản mới")}</div>'
        f'<ul class="van-ban-moi card-body" {B_SIDE}>{docs}</ul>'
        f'<a class="xem-tat-ca" href="van-ban" {B_SIDE}>Xem tất cả</a></div>'
        f'<div class="banner-lich mb-3" {B_SIDE}><a href="lich-cong-tac" {B_SIDE}>'
        f'<img src="images/banner-lich-cong-tac.png" alt="{ctx.t("Lịch công tác")}" {B_SIDE} /></a></div>'
        f'<div class="lien-ket mb-3" {B_SIDE}><div class="card-header" {B_SIDE}>{ctx.t("Liên kết")}</div>'
        f'<a href="https://moet.gov.vn" target="_blank" rel="noopener" {B_SIDE}><img src="images/lk-bo-gddt.png" alt="Bộ GD&amp;ĐT" /></a>'
        f'<a href="https://tayninh.gov.vn" target="_blank" rel="noopener" {B_SIDE}><img src="images/lk-cong-ttdt.png" alt="Cổng TTĐT tỉnh" /></a>'
        f'<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener" {B_SIDE}><img src="images/lk-csdl.png" alt="CSDL ngành" /></a></div>'
        f"{counter}</aside>"
    )


def _page(ctx: _Ctx, title: str, main: str, *, head: str = "", sidebar: bool = True) -> str:
    lang_href = f"{ctx.rel}?culture={'vi' if ctx.en else 'en'}"
    lang_label = "Tiếng Việt" if ctx.en else "English"
    body = (
        main
        if not sidebar
        else (
            f'<div class="row" {B_LAYOUT}><div class="col-lg-8 cot-trai" {B_LAYOUT}>{main}</div>{_sidebar(ctx)}</div>'
        )
    )
    streams = "".join(
        f'<blazor-ssr><template blazor-component-id="{cid}">{content}</template>'
        "<blazor-ssr-end></blazor-ssr-end></blazor-ssr>"
        for cid, content in ctx.streams
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{"en" if ctx.en else "vi"}">\n<head>\n'
        '    <meta charset="utf-8" />\n'
        '    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        '    <base href="/" />\n'
        '    <link rel="stylesheet" href="lib/bootstrap/dist/css/bootstrap.min.css" />\n'
        '    <link rel="stylesheet" href="lib/bootstrap-icons/font/bootstrap-icons.min.css" />\n'
        '    <link rel="stylesheet" href="app.css" />\n'
        '    <link rel="stylesheet" href="SoGDDT.TayNinh.Web.styles.css" />\n'
        '    <link rel="stylesheet" href="_content/Microsoft.AspNetCore.Components.QuickGrid/QuickGrid.razor.css" />\n'
        '    <link rel="icon" type="image/png" href="favicon.png" />\n'
        f"    <title>{title}</title>{head}\n"
        "</head>\n<body>\n"
        f'<div class="page" {B_LAYOUT}>\n'
        f'<div class="thanh-tren" {B_LAYOUT}><div class="container d-flex justify-content-between" {B_LAYOUT}>'
        f'<span class="ngay-hien-tai" {B_LAYOUT}><i class="bi bi-calendar3"></i> {enc(_header_today(ctx))}</span>'
        f'<span class="tien-ich" {B_LAYOUT}><a href="{lang_href}" data-enhance-nav="false" {B_LAYOUT}>{lang_label}</a>'
        f' | <a href="dang-nhap" {B_LAYOUT}>{ctx.t("Đăng nhập")}</a></span></div></div>\n'
        f'<header class="banner" {B_LAYOUT}><div class="container" {B_LAYOUT}><a href="" {B_LAYOUT}>'
        f'<img src="images/banner-sgddt-tayninh.png" alt="{enc(SITE)}" {B_LAYOUT} /></a></div></header>\n'
        f"{_nav(ctx)}\n"
        f'<main class="container py-3" {B_LAYOUT}>\n<article class="content" {B_LAYOUT}>{body}</article>\n</main>\n'
        f'<footer class="chan-trang" {B_FOOT}><div class="container" {B_FOOT}>'
        f'<p class="ten-don-vi" {B_FOOT}><strong>{enc(SITE.upper())}</strong></p>'
        f"<p {B_FOOT}>Địa chỉ: {enc(ADDRESS)}</p>"
        f"<p {B_FOOT}>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        f"<p {B_FOOT}>Chịu trách nhiệm chính: {enc('Ông Trần Văn Lợi - Phó Giám đốc Sở')}</p>"
        f'<p class="ban-quyen" {B_FOOT}>Bản quyền © 2025 {enc(SITE)}. Thiết kế bởi VNPT Tây Ninh.</p>'
        "</div></footer>\n</div>\n"
        f'<div id="blazor-error-ui" {B_LAYOUT}>Đã xảy ra lỗi không mong muốn. '
        f'<a href="." class="reload" {B_LAYOUT}>Tải lại</a> <span class="dismiss" {B_LAYOUT}>🗙</span></div>\n'
        '<script src="lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>\n'
        '<script src="_framework/blazor.web.js"></script>\n'
        f"<!--Blazor-Server-Component-State:{STATE}-->\n"
        "</body>\n</html>\n"
        f"{streams}"
    )


def _crumbs(ctx: _Ctx, trail: list[tuple[str, str | None]]) -> str:
    items = [f'<li class="breadcrumb-item"><a href="">{ctx.t("Trang chủ")}</a></li>']
    for label, href in trail:
        if href is None:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{label}</li>')
        else:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{label}</a></li>')
    return f'<nav aria-label="breadcrumb" {B_POST}><ol class="breadcrumb" {B_POST}>{"".join(items)}</ol></nav>'


# --- post page ---------------------------------------------------------------------------


def _para(p: P, nfd: bool) -> str:
    t = raw(p.text, nfd)
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        rp = raw(phrase, nfd)
        t = t.replace(rp, f'<a href="{href}">{rp}</a>', 1)
    if p.style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h":
        return f"<h4>{t}</h4>"
    return f"<p>{t}</p>"


def _img(img: Img, s: Story, nfd: bool) -> str:
    alt = raw(s.title, nfd)
    tag = f'<img src="{esc(img.src)}" alt="{alt}" width="800" height="533" loading="lazy" />'
    if img.style == "figure":
        cap = f"<figcaption>{raw(img.printed, nfd)}</figcaption>" if img.printed else ""
        return f'<figure class="image">{tag}{cap}</figure>'
    line = (
        f'<p style="text-align: center;"><em>{raw(img.printed, nfd)}</em></p>'
        if img.printed
        else ""
    )
    return f'<p style="text-align: center;">{tag}</p>{line}'


def _body_html(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                tag = "th" if r.style == "th" else "td"
                trs.append(
                    "<tr>" + "".join(f"<{tag}>{raw(c, nfd)}</{tag}>" for c in cells) + "</tr>"
                )
            out.append(
                '<figure class="table"><table class="table table-bordered" style="width: 100%;">'
                f"<thead>{trs[0]}</thead><tbody>{''.join(trs[1:])}</tbody></table></figure>"
            )
            rows.clear()
        if items:
            tag = "ol" if items[0].style == "oli" else "ul"
            out.append(
                f"<{tag}>" + "".join(f"<li>{raw(i.text, nfd)}</li>" for i in items) + f"</{tag}>"
            )
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style in ("li", "oli"):
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, P):
            out.append(_para(b, nfd))
        elif isinstance(b, Img):
            out.append(_img(b, s, nfd))
        elif isinstance(b, Raw):
            out.append(b.html)
    flush()
    return "\n".join(out)


def _others_html(s: Story, ctx: _Ctx) -> str:
    items = "".join(
        f'<li {B_OTHERS}><i class="bi bi-caret-right-fill"></i> <a href="{_rel(article_path(o))}" {B_OTHERS}>'
        f'{enc(o.title)}</a> <span class="ngay-dang" {B_OTHERS}>({_dmy(o.opts["when"])})</span></li>'
        for o in others(s)
    )
    return f'<h3 class="tieu-de-khoi" {B_OTHERS}>{ctx.t("Tin khác")}</h3><ul class="ds-tin-khac" {B_OTHERS}>{items}</ul>'


def _feedback_form(s: Story, ctx: _Ctx, sent: bool) -> str:
    notice = (
        f'<div class="alert alert-success" {B_POST}>Cảm ơn bạn đã gửi phản hồi. Ban biên tập sẽ xem xét trước khi đăng.</div>'
        if sent
        else ""
    )
    return (
        f'<section class="phan-hoi" {B_POST}><h3 class="tieu-de-khoi" {B_POST}>{ctx.t("Phản hồi")}</h3>{notice}'
        f'<form method="post" action="{_rel(article_path(s))}" data-enhance="">'
        '<input type="hidden" name="_handler" value="PhanHoi" />'
        f'<input type="hidden" name="__RequestVerificationToken" value="{ANTIFORGERY}" />'
        f'<div class="mb-2"><label for="ho-ten" class="form-label">{ctx.t("Họ và tên")}</label>'
        '<input id="ho-ten" name="PhanHoi.HoTen" class="form-control valid" value="" /></div>'
        '<div class="mb-2"><label for="email" class="form-label">Email</label>'
        '<input id="email" name="PhanHoi.Email" type="email" class="form-control valid" value="" /></div>'
        f'<div class="mb-2"><label for="noi-dung-ph" class="form-label">{ctx.t("Nội dung")}</label>'
        '<textarea id="noi-dung-ph" name="PhanHoi.NoiDung" rows="4" class="form-control valid"></textarea></div>'
        f'<button type="submit" class="btn btn-primary btn-sm">{ctx.t("Gửi phản hồi")}</button></form></section>'
    )


def _post(s: Story, ctx: _Ctx, sent: bool = False) -> str:
    w: datetime = s.opts["when"]
    cat = CATS[s.cat]
    crumbs = _crumbs(ctx, [(ctx.t("Tin tức"), "tin-tuc"), (enc(cat), f"tin-tuc/danh-muc/{s.cat}")])
    cover = (
        f'<div class="anh-bia" style="background-image: url(\'{s.opts["cover"]}\');" {B_POST}></div>'
        if s.opts.get("cover")
        else ""
    )
    updated = (
        f'<div class="cap-nhat" {B_POST}>{ctx.t("Cập nhật")}: {_dmy(s.opts["updated"])} {s.opts["updated"]:%H:%M}</div>'
        if s.opts.get("updated")
        else ""
    )
    meta = (
        f'<div class="thong-tin-bai d-flex flex-wrap gap-3" {B_POST}>'
        f'<div class="thoi-gian" {B_POST}><i class="bi bi-clock"></i> '
        f'<time datetime="{w:%Y-%m-%dT%H:%M:%S}+07:00">{enc(_long_date(w, ctx))}</time></div>'
        f'<div class="nguoi-dang" {B_POST}>{ctx.t("Người đăng")}: {enc(s.opts["login"])}</div>'
        f'<div class="luot-xem" {B_POST}><i class="bi bi-eye"></i> {ctx.t("Lượt xem")}: {s.views()}</div>'
        f"{updated}</div>"
    )
    sapo = (
        f'<div class="tom-tat" {B_POST}><em>{enc(s.summary)}</em></div>'
        if s.summary and s.sapo_outside
        else ""
    )
    lines = []
    for line in s.opts.get("tac_gia", []):
        if line.startswith("Nguồn:"):
            lines.append(f'<div class="nguon" {B_POST}><em>{enc(line)}</em></div>')
        else:
            lines.append(f'<div class="ten-tac-gia" {B_POST}><strong>{enc(line)}</strong></div>')
    byline = f'<div class="tac-gia text-end" {B_POST}>{"".join(lines)}</div>' if lines else ""
    tags = ", ".join(
        f'<a href="tin-tuc?tu-khoa={quote(t)}" {B_POST}>{enc(t)}</a>'
        for t in s.opts.get("tags", [])
    )
    tools = (
        f'<div class="cong-cu d-flex justify-content-between" {B_POST}>'
        f'<div class="tu-khoa" {B_POST}><i class="bi bi-tags"></i> {ctx.t("Từ khóa")}: {tags}</div>'
        f'<div class="chia-se" {B_POST}><button type="button" class="btn btn-light btn-sm" onclick="window.print()">'
        f'<i class="bi bi-printer"></i> {ctx.t("In bài")}</button> {ctx.t("Chia sẻ")}: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(ctx.base + article_path(s), safe="")}" target="_blank" rel="noopener">Facebook</a> '
        f'<a href="https://zalo.me/share?u={quote(ctx.base + article_path(s), safe="")}" target="_blank" rel="noopener">Zalo</a></div></div>'
    )
    placeholder = f'<p class="text-muted" {B_OTHERS}>{ctx.t("Đang tải...")}</p>'
    others_block = (
        f'<section class="tin-khac" {B_OTHERS}>'
        + ctx.stream(7, placeholder, _others_html(s, ctx))
        + "</section>"
    )
    main = (
        crumbs
        + f'<div class="chi-tiet-tin" {B_POST}>'
        + cover
        + f'<h1 class="tieu-de-bai" {B_POST}>{enc(s.title)}</h1>'
        + meta
        + sapo
        + f'<div class="noi-dung" {B_POST}>\n{_body_html(s)}\n</div>'
        + byline
        + "</div>"
        + tools
        + others_block
        + _feedback_form(s, ctx, sent)
    )
    canonical = ctx.base + article_path(s)
    desc = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    head = (
        f'<link rel="canonical" href="{canonical}" />'
        f'<meta name="description" content="{enc(desc)}" />'
        f'<meta property="og:title" content="{enc(s.title)}" />'
        f'<meta property="og:url" content="{canonical}" />'
        '<meta property="og:type" content="article" />'
        f'<meta property="article:published_time" content="{w:%Y-%m-%dT%H:%M:%S}+07:00" />'
    )
    return _page(ctx, f"{enc(s.title)} - {enc(SHORT)}", main, head=head)


# --- listings ------------------------------------------------------------------------------


def _item(s: Story) -> str:
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    lead = lead if len(lead) <= 160 else lead[:157].rsplit(" ", 1)[0] + "..."
    href = _rel(article_path(s))
    return (
        f'<div class="tin-tuc-item row g-3 mb-3" {B_ITEM}>'
        f'<div class="col-4" {B_ITEM}><a href="{href}" {B_ITEM}>'
        f'<img class="img-fluid" src="uploads/thumbs/{s.id}.jpg" alt="{enc(s.title)}" loading="lazy" {B_ITEM} /></a></div>'
        f'<div class="col-8" {B_ITEM}><h3 class="tieu-de" {B_ITEM}><a href="{href}" {B_ITEM}>{enc(s.title)}</a></h3>'
        f'<div class="ngay-dang" {B_ITEM}><i class="bi bi-calendar"></i> {_dmy(s.opts["when"])}</div>'
        f'<p class="mo-ta" {B_ITEM}>{enc(lead)}</p></div></div>'
    )


def _paginator(total: int, page: int, pages: int) -> str:
    first = page <= 1
    last = page >= pages

    def button(cls: str, label: str, disabled: bool) -> str:
        dis = " disabled" if disabled else ""
        return f'<button class="{cls}" type="button"{dis} aria-label="{label}" title="{label}" {B_PAGER}></button>'

    return (
        f'<div class="paginator" {B_PAGER}><div class="summary" {B_PAGER}>{total} mục</div>'
        f'<nav role="navigation" {B_PAGER}>'
        + button("go-first", "Trang đầu", first)
        + button("go-previous", "Trang trước", first)
        + f'<div class="pagination-text" {B_PAGER}>Trang <strong>{min(page, pages)}</strong> / <strong>{pages}</strong></div>'
        + button("go-next", "Trang sau", last)
        + button("go-last", "Trang cuối", last)
        + "</nav></div>"
    )


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(1, int(params.get("trang", "1")))
    except ValueError:
        return 1


def _news_index(ctx: _Ctx, params: dict[str, str]) -> str:
    keyword = params.get("tu-khoa", "").strip()
    page = _page_no(params)
    if keyword:
        needle = unicodedata.normalize("NFC", keyword).lower()
        stories = [
            s for s in _LATEST
            if needle in s.title.lower() or any(needle in t for t in s.opts.get("tags", []))
        ]  # fmt: skip
        title = f"{ctx.t('Tìm kiếm')}: “{enc(keyword)}”"
        prefix = f"tin-tuc?tu-khoa={quote(keyword)}&amp;"
    else:
        stories = NEWS
        title = ctx.t("Tin tức")
        prefix = "tin-tuc?"
    pages = _pages(len(stories), NEWS_PER_PAGE)
    chunk = stories[(page - 1) * NEWS_PER_PAGE : page * NEWS_PER_PAGE]
    listing = "".join(_item(s) for s in chunk) or (
        f'<p class="khong-co-tin" {B_ITEM}>Không có tin nào.</p>'
    )
    active = ' class="active"'
    numbers = "".join(
        f'<li{active if n == page else ""}><a href="{prefix}trang={n}" data-enhance-nav="false">{n}</a></li>'
        for n in range(1, pages + 1)
    )
    fallback = (
        f'<ul class="so-trang" {B_PAGER}>{numbers}'
        f'<li><a href="{prefix}trang={page + 1}" data-enhance-nav="false" title="Trang sau">›</a></li></ul>'
    )
    main = (
        _crumbs(ctx, [(ctx.t("Tin tức"), None)])
        + f'<h1 class="tieu-de-trang" {B_ITEM}>{title}</h1>'
        + f'<div class="ds-tin" {B_ITEM}>{listing}</div>'
        + _paginator(len(stories), page, pages)
        + fallback
    )
    return _page(ctx, f"{title} - {enc(SHORT)}", main)


def _category(ctx: _Ctx, cat: str, params: dict[str, str]) -> str:
    stories = in_cat(cat)
    page = _page_no(params)
    pages = _pages(len(stories), CAT_PER_PAGE)
    chunk = stories[(page - 1) * CAT_PER_PAGE : page * CAT_PER_PAGE]
    listing = "".join(_item(s) for s in chunk) or (
        f'<p class="khong-co-tin" {B_ITEM}>Không có tin nào.</p>'
    )
    placeholder = (
        f'<div class="dang-tai text-center" {B_ITEM}><div class="spinner-border" role="status"></div> '
        f"{ctx.t('Đang tải...')}</div>"
    )
    name = enc(CATS[cat])
    main = (
        _crumbs(ctx, [(ctx.t("Tin tức"), "tin-tuc"), (name, None)])
        + f'<h1 class="tieu-de-trang" {B_ITEM}>{name}</h1>'
        + f'<div class="ds-tin" {B_ITEM}>'
        + ctx.stream(5, placeholder, listing + _paginator(len(stories), page, pages))
        + "</div>"
    )
    return _page(ctx, f"{name} - {enc(SHORT)}", main)


def _home(ctx: _Ctx) -> str:
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}" {B_ITEM}><a href="{_rel(article_path(s))}">'
        f'<img class="d-block w-100" src="uploads/slides/{s.id}.jpg" alt="{enc(s.title)}" /></a>'
        f'<div class="carousel-caption" {B_ITEM}><a href="{_rel(article_path(s))}">{enc(s.title)}</a></div></div>'
        for i, s in enumerate(NEWS[:3])
    )
    newest = "".join(_item(s) for s in NEWS[:5])
    notices = "".join(
        f'<li {B_ITEM}><a href="{_rel(legacy_path(s))}" {B_ITEM}>{enc(s.title)}</a>'
        f' <span class="ngay" {B_ITEM}>{_dmy(s.opts["when"])}</span></li>'
        for s in in_cat("thong-bao")[:3]
    )
    albums = "".join(
        f'<div class="col-6" {B_ITEM}><a href="{_rel(a.path)}"><img class="img-fluid" src="{a.photos[0][0]}" alt="" /></a>'
        f'<a href="{_rel(a.path)}">{enc(a.title)}</a></div>'
        for a in ALBUMS
    )
    main = (
        f'<div id="slide-tin" class="carousel slide mb-3" data-bs-ride="carousel" {B_ITEM}><div class="carousel-inner">{slides}</div></div>'
        f'<section class="mb-3" {B_ITEM}><h2 class="tieu-de-khoi" {B_ITEM}><a href="tin-tuc">Tin tức - Sự kiện</a></h2>{newest}'
        f'<a class="xem-them" href="tin-tuc" {B_ITEM}>Xem thêm</a></section>'
        f'<section class="thong-bao mb-3" {B_ITEM}><h2 class="tieu-de-khoi" {B_ITEM}>'
        f'<a href="tin-tuc/danh-muc/thong-bao">{ctx.t("Thông báo")}</a></h2><ul {B_ITEM}>{notices}</ul></section>'
        f'<section class="thu-vien-anh" {B_ITEM}><h2 class="tieu-de-khoi" {B_ITEM}>'
        f'<a href="thu-vien-anh">{ctx.t("Thư viện ảnh")}</a></h2><div class="row" {B_ITEM}>{albums}</div></section>'
    )
    head = f'<meta name="description" content="{enc("Cổng thông tin điện tử " + SITE)}" />'
    return _page(ctx, f"{ctx.t('Trang chủ')} - {enc(SHORT)}", main, head=head)


# --- other pages ----------------------------------------------------------------------------


def _static(ctx: _Ctx, path: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{raw(p)}</p>" for p in paras)
    main = (
        _crumbs(ctx, [(ctx.t(title), None)])
        + f'<h1 class="tieu-de-trang" {B_POST}>{ctx.t(title)}</h1><div class="trang-tinh" {B_POST}>{body}</div>'
    )
    return _page(ctx, f"{ctx.t(title)} - {enc(SHORT)}", main)


def _contact(ctx: _Ctx, sent: bool = False) -> str:
    notice = '<div class="alert alert-success">Đã gửi liên hệ. Xin cảm ơn!</div>' if sent else ""
    main = (
        _crumbs(ctx, [(ctx.t("Liên hệ"), None)])
        + f'<h1 class="tieu-de-trang" {B_POST}>{ctx.t("Liên hệ")}</h1>'
        + f'<div class="thong-tin-lien-he" {B_POST}><p><strong>{enc(SITE)}</strong></p>'
        f"<p>Địa chỉ: {enc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Đường dây nóng: {HOTLINE}</p>"
        f'<p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>{notice}'
        '<form method="post" action="lien-he" data-enhance="">'
        '<input type="hidden" name="_handler" value="LienHe" />'
        f'<input type="hidden" name="__RequestVerificationToken" value="{ANTIFORGERY}" />'
        '<div class="mb-2"><label class="form-label">Họ và tên</label><input name="LienHe.HoTen" class="form-control" /></div>'
        '<div class="mb-2"><label class="form-label">Tiêu đề</label><input name="LienHe.TieuDe" class="form-control" /></div>'
        '<div class="mb-2"><label class="form-label">Nội dung</label><textarea name="LienHe.NoiDung" class="form-control"></textarea></div>'
        '<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>'
    )
    return _page(ctx, f"{ctx.t('Liên hệ')} - {enc(SHORT)}", main)


def _documents(ctx: _Ctx, params: dict[str, str]) -> str:
    page = _page_no(params)
    pages = _pages(len(DOCS), DOCS_PER_PAGE)
    rows = "".join(
        f'<tr {B_ITEM}><td class="col-so" {B_ITEM}><a href="{_rel(d.path)}">{enc(d.number)}</a></td>'
        f"<td {B_ITEM}>{_dmy(d.issued)}</td><td {B_ITEM}>{enc(d.abstract)}</td><td {B_ITEM}>{enc(d.kind)}</td></tr>"
        for d in DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    )
    grid = (
        f'<div class="quickgrid-container" {B_ITEM}><table class="quickgrid table" {B_ITEM}><thead><tr>'
        '<th class="col-title"><div class="col-title-text">Số/Ký hiệu</div></th>'
        '<th class="col-title"><div class="col-title-text">Ngày ban hành</div></th>'
        '<th class="col-title"><div class="col-title-text">Trích yếu</div></th>'
        '<th class="col-title"><div class="col-title-text">Loại</div></th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    main = (
        _crumbs(ctx, [(ctx.t("Văn bản"), None)])
        + f'<h1 class="tieu-de-trang" {B_ITEM}>{ctx.t("Văn bản")}</h1>'
        + grid
        + _paginator(len(DOCS), page, pages)
    )
    return _page(ctx, f"{ctx.t('Văn bản')} - {enc(SHORT)}", main)


def _document(ctx: _Ctx, d: Doc) -> str:
    rows = [
        ("Số/Ký hiệu", enc(d.number)),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Loại văn bản", enc(d.kind)),
        ("Cơ quan ban hành", enc("UBND tỉnh" if d.signer == "UBND tỉnh" else SITE)),
        ("Người ký", enc(d.signer)),
        ("Trích yếu", enc(d.abstract)),
        (
            "Tệp đính kèm",
            f'<a href="{_rel(d.file)}" target="_blank"><i class="bi bi-file-earmark-pdf"></i> {d.file.rsplit("/", 1)[1]}</a>',
        ),
    ]
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    main = (
        _crumbs(ctx, [(ctx.t("Văn bản"), "van-ban"), (enc(d.number), None)])
        + f'<h1 class="tieu-de-van-ban" {B_POST}>{enc(d.abstract)}</h1>'
        + f'<table class="table table-bordered thong-tin-van-ban" {B_POST}>{table}</table>'
    )
    return _page(ctx, f"{enc(d.number)} - {enc(SHORT)}", main)


def _albums(ctx: _Ctx) -> str:
    cards = "".join(
        f'<div class="col-md-6 album" {B_ITEM}><a href="{_rel(a.path)}"><img class="img-fluid" src="{a.photos[0][0]}" alt="" /></a>'
        f'<h3><a href="{_rel(a.path)}">{enc(a.title)}</a></h3><span>{_dmy(a.day)} · {len(a.photos)} ảnh</span></div>'
        for a in ALBUMS
    )
    main = (
        _crumbs(ctx, [(ctx.t("Thư viện ảnh"), None)])
        + f'<h1 class="tieu-de-trang" {B_ITEM}>{ctx.t("Thư viện ảnh")}</h1><div class="row" {B_ITEM}>{cards}</div>'
    )
    return _page(ctx, f"{ctx.t('Thư viện ảnh')} - {enc(SHORT)}", main)


def _album(ctx: _Ctx, a: Album) -> str:
    photos = "".join(
        f'<div class="col-md-4 anh" {B_ITEM}><a href="{src}" data-lightbox="album"><img class="img-fluid" src="{src}" alt="{enc(cap)}" /></a>'
        f'<div class="chu-thich" {B_ITEM}>{enc(cap)}</div></div>'
        for src, cap in a.photos
    )
    main = (
        _crumbs(ctx, [(ctx.t("Thư viện ảnh"), "thu-vien-anh"), (enc(a.title), None)])
        + f'<h1 class="tieu-de-album" {B_ITEM}>{enc(a.title)}</h1><div class="ngay" {B_ITEM}>{_dmy(a.day)}</div>'
        + f'<div class="row g-2" {B_ITEM}>{photos}</div>'
    )
    return _page(ctx, f"{enc(a.title)} - {enc(SHORT)}", main)


def _login(ctx: _Ctx) -> str:
    main = (
        f'<div class="dang-nhap mx-auto" style="max-width:420px" {B_POST}><h1 class="h4" {B_POST}>{ctx.t("Đăng nhập")}</h1>'
        '<form method="post" action="dang-nhap" data-enhance="">'
        '<input type="hidden" name="_handler" value="DangNhap" />'
        f'<input type="hidden" name="__RequestVerificationToken" value="{ANTIFORGERY}" />'
        '<div class="mb-2"><label class="form-label">Tên đăng nhập</label><input name="Input.TenDangNhap" class="form-control" /></div>'
        '<div class="mb-2"><label class="form-label">Mật khẩu</label><input type="password" name="Input.MatKhau" class="form-control" /></div>'
        '<div class="form-check mb-2"><input class="form-check-input" type="checkbox" name="Input.GhiNho" value="true" /> '
        '<label class="form-check-label">Ghi nhớ đăng nhập</label></div>'
        '<button type="submit" class="btn btn-primary w-100">Đăng nhập</button></form></div>'
    )
    return _page(ctx, f"{ctx.t('Đăng nhập')} - {enc(SHORT)}", main, sidebar=False)


def _week_start(year: int, week: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _schedule(ctx: _Ctx, params: dict[str, str]) -> str | None:
    try:
        year = int(params.get("nam", THIS_WEEK[0]))
        week = int(params.get("tuan", THIS_WEEK[1]))
        monday = _week_start(year, week)
    except ValueError:
        return None
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    rows = ""
    if (year, week) == THIS_WEEK:
        rows = (
            "<tr><td>Thứ Hai 23/11</td><td>Sáng</td><td>Giám đốc Sở họp giao ban đầu tuần</td><td>Phòng họp A</td></tr>"
            "<tr><td>Thứ Ba 24/11</td><td>Chiều</td><td>Giao ban trực tuyến công tác chuyển đổi số</td><td>Phòng họp trực tuyến</td></tr>"
            "<tr><td>Thứ Năm 26/11</td><td>Cả ngày</td><td>Phó Giám đốc Trần Văn Lợi kiểm tra các trường xã biên giới</td><td>Xã Tân Hà</td></tr>"
        )
    body = rows or '<tr><td colspan="4">Chưa có lịch công tác.</td></tr>'
    main = (
        _crumbs(ctx, [(ctx.t("Lịch công tác"), None)])
        + f'<h1 class="tieu-de-trang" {B_ITEM}>{ctx.t("Lịch công tác")} tuần {week}/{year}</h1>'
        + f'<div class="tuan" {B_ITEM}>Từ {_dmy(monday)} đến {_dmy(monday + timedelta(days=6))}</div>'
        + f'<table class="table table-striped" {B_ITEM}><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>'
        f"<tbody>{body}</tbody></table>"
        + f'<div class="dieu-huong-tuan d-flex justify-content-between" {B_ITEM}>'
        f'<a href="lich-cong-tac?tuan={prev_w}&amp;nam={prev_y}" class="tuan-truoc">‹ Tuần trước</a>'
        f'<a href="lich-cong-tac?tuan={next_w}&amp;nam={next_y}" class="tuan-sau">Tuần sau ›</a></div>'
    )
    return _page(ctx, f"{ctx.t('Lịch công tác')} - {enc(SHORT)}", main)


def _error(ctx: _Ctx) -> str:
    main = (
        f'<h1 class="text-danger" {B_POST}>Lỗi.</h1>'
        f'<h2 class="text-danger" {B_POST}>Đã xảy ra lỗi trong quá trình xử lý yêu cầu của bạn.</h2>'
        f"<p {B_POST}><strong>Request ID:</strong> <code>00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00</code></p>"
        f'<p {B_POST}>Vui lòng quay lại <a href="">Trang chủ</a>.</p>'
    )
    return _page(ctx, "Lỗi", main, sidebar=False)


def _not_found(ctx: _Ctx) -> str:
    main = (
        f'<div class="khong-tim-thay text-center py-5" {B_POST}><div class="display-1" {B_POST}>404</div>'
        f'<h1 class="h3" {B_POST}>Không tìm thấy trang</h1>'
        f"<p {B_POST}>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>"
        f'<a class="btn btn-primary" href="" {B_POST}>Về Trang chủ</a></div>'
    )
    return _page(ctx, f"Không tìm thấy trang - {enc(SHORT)}", main, sidebar=False)


def _sitemap(base: str) -> str:
    urls = [
        ("/", TODAY_DATE),
        ("/tin-tuc", TODAY_DATE),
        *((f"/tin-tuc/danh-muc/{c}", TODAY_DATE) for c in CATS),
        *((article_path(s), s.opts["when"].date()) for s in _LATEST),
        ("/gioi-thieu", date(2025, 8, 1)),
        ("/lien-he", date(2025, 8, 1)),
        ("/van-ban", TODAY_DATE),
        *((d.path, d.issued) for d in DOCS),
        ("/thu-vien-anh", date(2026, 10, 18)),
        *((a.path, a.day) for a in ALBUMS),
    ]
    body = "".join(
        f"<url><loc>{base}{p}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>" for p, d in urls
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


_BY_PATH = {article_path(s): s for s in STORIES}
_FILES = {d.file for d in DOCS}
_JS = b"/* blazor.web.js 8.0 (minified) */"


class BlazorSsrSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        ctx = _Ctx(request)
        if path.startswith(("/_framework/", "/_content/")):
            if path == "/_framework/blazor.web.js":
                return Response(200, _JS, {"Content-Type": "text/javascript"})
            return static_file(path)
        if path.endswith(".pdf"):
            if path in _FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return html(_not_found(ctx), status=404)
        if path.startswith(("/uploads/", "/images/", "/lib/")) or path in (
            "/app.css", "/SoGDDT.TayNinh.Web.styles.css", "/favicon.png",
        ):  # fmt: skip
            return static_file(path) or html(_not_found(ctx), status=404)
        if path == "/robots.txt":
            return Response(
                200,
                f"User-agent: *\nAllow: /\n\nSitemap: {base_url(request)}/sitemap.xml\n",
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return Response(
                200, _sitemap(base_url(request)), {"Content-Type": "application/xml; charset=utf-8"}
            )
        if path == "/":
            return html(_home(ctx))
        if path == "/tin-tuc":
            return html(_news_index(ctx, params))
        if m := re.fullmatch(r"/tin-tuc/danh-muc/([a-z-]+)", path):
            if m.group(1) not in CATS:
                return html(_not_found(ctx), status=404)
            return html(_category(ctx, m.group(1), params))
        if path in _BY_PATH:
            s = _BY_PATH[path]
            sent = request.method == "POST" and request.form.get("_handler") == "PhanHoi"
            return html(_post(s, ctx, sent))
        if m := re.fullmatch(r"/tin-tuc/chi-tiet/([^/]+)", path):
            if not m.group(1).isdigit():  # int.Parse throws: the exception handler's page
                return html(_error(ctx), status=500)
            s = _BY_ID.get(int(m.group(1)))
            return html(_post(s, ctx)) if s else html(_not_found(ctx), status=404)
        if path in PAGES:
            return html(_static(ctx, path))
        if path == "/lien-he":
            return html(_contact(ctx, request.method == "POST"))
        if path == "/van-ban":
            return html(_documents(ctx, params))
        if m := re.fullmatch(r"/van-ban/(\d+)", path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            return html(_document(ctx, d)) if d else html(_not_found(ctx), status=404)
        if path == "/thu-vien-anh":
            return html(_albums(ctx))
        if path in _ALBUMS:
            return html(_album(ctx, _ALBUMS[path]))
        if path == "/dang-nhap":
            return html(_login(ctx))
        if path == "/lich-cong-tac":
            page = _schedule(ctx, params)
            return html(page) if page else html(_error(ctx), status=500)
        if path == "/Error":
            return html(_error(ctx))
        if path == "/not-found":
            return html(_not_found(ctx))
        return html(_not_found(ctx), status=404)


def build_site() -> BlazorSsrSite:
    return BlazorSsrSite()
