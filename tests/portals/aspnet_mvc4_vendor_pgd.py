"""Phòng Giáo dục và Đào tạo huyện Đức Trọng (Lâm Đồng) on a vendor's ASP.NET MVC 4 portal.

Platform
    An ASP.NET MVC 4 product that a provincial vendor sells to district education offices:
    Razor views over a ``_Layout.cshtml`` with Bootstrap 3 (navbar with drop-downs, panels,
    ``col-md-8``/``col-md-4`` grid), jQuery 1.x with the lazyload plugin, served by IIS 8.5
    (``X-AspNetMvc-Version: 4.0``, ``X-AspNet-Version: 4.0.30319``). The text of a post is stored
    as CKEditor HTML and printed with ``@Html.Raw``; every other model field (headline, sapo,
    category, listing titles) goes through Razor's ``@`` encoder, which in .NET 4 writes only the
    Latin-1 letters (U+00A0..U+00FF) as decimal references: "Phòng Giáo dục" comes out as
    "Ph&#242;ng Gi&#225;o dục", raw "ụ" next to "&#225;".

URL scheme
    ``/``                                         home: "Tin nổi bật" slider, "Tin mới" (4 items)
                                                  with an AJAX "Xem thêm" button
    ``/Home/XemThem?trang=<N>``                   the button's partial view (no layout)
    ``/chuyen-muc/<cat-slug>-<catId>.html``       category listing, 3 a page, PagedList.Mvc pager
                                                  with query-only links ``?page=<N>``
    ``/tin-tuc/<slug>-<id>.html``                 a post (the route reads only the id)
    ``/TinTuc/ChiTiet/<id>``                      the same post by MVC's default route
    ``/gioi-thieu/<slug>.html``                   intro pages (history, structure, contact)
    ``/van-ban`` and ``/van-ban/<id>``            documents list and entries
    ``/tim-kiem?tukhoa=…``                        search (GET form, never linked)
    ``/Uploads/…``, ``/Content/…``, ``/Scripts/…`` images, styles, scripts

Page templates
    Layout: top bar with "Thứ Bảy, 05/12/2026", banner, Bootstrap navbar (Trang chủ, Giới thiệu ▾,
    Tin tức ▾ with the four categories, Văn bản, Liên hệ), news ticker, breadcrumb; right column
    (``col-md-4``) with "Tin mới nhất" as ``<article>`` items, "Tin đọc nhiều" (child action),
    poll with an anti-forgery token, links select, visitor counter; footer.
    Post: a Bootstrap panel whose ``<h1 class="panel-title">`` is the CATEGORY; the headline is an
    ``<h2 class="td-ct">``; an info bar (optional "Cập nhật", "Ngày đăng", views, "Tác giả",
    "Người đăng"); optional sapo ``<div class="tom-tat">``; the text in ``<div id="divNoiDung">``;
    tools (print via ``window.print()``, share); "Các tin khác" list.

How each gold article is reached
    Category "Tin tức - Sự kiện" (catId 2, 7 posts): page 1 3421 3409 3398, page 2 3385 3370
    3355, page 3 3341 (3341 is reachable ONLY from page 3). "Hoạt động chuyên môn" (5): 3415
    3391 3362. "Thông báo" (7): 3418 3377. "Công đoàn - Đoàn thể" (9): 3402. The home lists the
    4 newest (3421 3418 3415 3409), its slider links 3421 by its OLD slug, 3385 and 3370; the
    sidebar "Tin đọc nhiều" links 3398 3385 3355 3362 by ``/TinTuc/ChiTiet/<id>``.

Traps
    1. Razor encoding (.NET 4 HtmlEncode): headline, sapo, breadcrumb, og:title and listing titles
       print the letters U+00A0..U+00FF as decimal references mixed with raw UTF-8 ("gi&#225;o
       vi&#234;n" next to raw "Hội", "Tiểu"). Gold: the decoded NFC text.
    2. vi-VN culture dates: the post prints ``DateTime.ToString()`` of the vi-VN culture,
       "02/12/2026 2:30:00 CH" (CH = chiều = PM) -> 2026-12-02T14:30:00+07:00; "12:10:00 CH" is
       ten past NOON (12:10, not 00:10); "9:05:00 SA" -> 09:05; "12:00:00 SA" is midnight -> the
       day alone.
    3. "Cập nhật: …" is printed before "Ngày đăng: …" in the info bar on three posts (the update
       is later than the publication). Gold: the "Ngày đăng" value.
    4. The panel's ``<h1 class="panel-title">`` on a post page is the category ("Tin tức - Sự
       kiện"), the only h1 of the page; the headline is the ``<h2 class="td-ct">`` (and
       ``<title>`` carries " - Phòng GD&ĐT Đức Trọng"). Gold title: the h2.
    5. ``<article>`` is used by the vendor for each item of the sidebar "Tin mới nhất" (title,
       thumbnail, a line of summary) and of the listings, never for the post itself, which sits
       in ``<div id="divNoiDung">``. Gold body: only divNoiDung (and the sapo div).
    6. One post under two slugs: 3421's headline was edited after publication; the home slider
       still links its first slug (``/tin-tuc/hoi-thi-giao-vien-day-gioi-tieu-hoc-3421.html``),
       which the id-only route answers 200 with the same page (canonical to the new slug).
       Every post also answers at ``/TinTuc/ChiTiet/<id>`` (default route, used by the
       "Tin đọc nhiều" child action). Gold: one record each; both forms in ``alt_paths``.
    7. jQuery lazyload: on 3415 and 3341 the photos print ``src="/Content/images/blank.gif"`` and
       the real file in ``data-original``. Gold images: the ``data-original`` paths.
    8. Old-editor caption tables: on 3402 a photo is a two-row ``<table class="tbl-anh">`` whose
       second row is its caption (not a table-row paragraph), while 3398 has a real results
       table whose rows ARE body paragraphs (cells joined by " | ").
    9. Word paste kept by CKEditor on 3409: a ``<!--[if gte mso 9]><xml>…`` comment and a
       ``<style>`` block with MSO CSS inside divNoiDung, ``<o:p></o:p>`` in every paragraph, and
       images with editor-relative paths ``../../Uploads/…`` (resolve to ``/Uploads/…``).
       Gold: no CSS text in the body; image paths resolved against the post URL.
    10. Alt-only photo on 3391: a long descriptive ``alt``/``title`` and no printed line.
        Gold caption None (the alt is not printed).
    11. "Xem thêm" on the home is a ``<button>`` that loads ``/Home/XemThem?trang=N`` with jQuery;
        the same posts are reached by the category pager whose links are query-only
        (``href="?page=2"``), resolved against the category path.
    12. Info bar "Tác giả:" printed even when empty, immediately followed by "Người đăng:
        pgdductrong" (a CMS account): authors [] unless the field or a signature names someone;
        "Tác giả: ThS. Võ Thanh Hải" -> "Võ Thanh Hải".
    13. Bylines at the end of the text: right-aligned "Nguyễn Thị Hoa", "Tin, ảnh: Lê Văn Tùng -
        Trường THCS Hiệp An" (author and photographer, no unit), "Lê Thị Mai (Trường MN Hoa
        Hồng)", a unit alone "Văn phòng Phòng GD&ĐT" (author as printed); "Ảnh: Trần Minh Đức"
        under a photo is a credit (photographer, caption None); "Nguồn: Sở GD&ĐT Lâm Đồng" and
        "Theo Báo Lâm Đồng" closing lines are sources, "Theo kế hoạch, …" in 3377 is text.

Gold decisions on ambiguous points
    - The sapo div (``tom-tat``) is the summary and the body's first paragraph; a bold first
      paragraph inside the text (3409) is the sapo too; otherwise summary None (the meta
      description, printed on every post, is not a sapo).
    - A caption printed in parentheses loses them (3385).
    - "Tệp đính kèm" lines (3418) are not body; the list items of 3418 are paragraphs.
    - The quote of 3370 (``<blockquote>``) is a body paragraph.
    - Category: the breadcrumb's category as printed.
    - ``alt_paths`` hold the default-route form of every post and the old slug of 3421.
"""

from __future__ import annotations

import html as _html
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
)

NAME = "aspnet_mvc4_vendor_pgd"
PLATFORM = "ASP.NET MVC 4 vendor portal (Razor, Bootstrap 3, jQuery, IIS 8.5)"
START_PATH = "/"

SITE_NAME = "Phòng Giáo dục và Đào tạo huyện Đức Trọng"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
HOME_SIZE = 4

CATS = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    5: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    7: ("thong-bao", "Thông báo"),
    9: ("cong-doan-doan-the", "Công đoàn - Đoàn thể"),
}


def rz(value: str) -> str:
    """Razor's ``@`` under .NET 4: HtmlEncode, which also references U+00A0..U+00FF."""
    out = []
    for ch in value:
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#39;")
        elif 0xA0 <= ord(ch) <= 0xFF:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


_WORD_HEAD = (
    "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
    "<w:TrackMoves/><w:Compatibility><w:BreakWrappedTables/></w:Compatibility>"
    "</w:WordDocument></xml><![endif]-->"
    "<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
    "\t{mso-style-unhide:no; mso-style-qformat:yes; margin:0cm; margin-bottom:.0001pt;\n"
    "\tfont-size:14.0pt; font-family:\"Times New Roman\",serif; mso-fareast-language:EN-US;}\n"
    "@page WordSection1 {size:595.3pt 841.9pt; margin:2.0cm 2.0cm 2.0cm 3.0cm;}\n"
    "div.WordSection1 {page:WordSection1;}\n-->\n</style>"
)

STORIES: list[Story] = [
    Story(
        id=3421,
        slug="duc-trong-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Đức Trọng tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="2",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Từ ngày 30/11 đến ngày 04/12/2026, Phòng GD&ĐT huyện Đức Trọng tổ chức Hội thi giáo viên "
            "dạy giỏi cấp huyện bậc Tiểu học với sự tham gia của 86 giáo viên đến từ 34 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm tạo sân chơi để giáo viên học hỏi, chia sẻ kinh nghiệm, đồng thời phát hiện, "
                "tôn vinh những thầy cô giáo có năng lực chuyên môn vững vàng, tâm huyết với nghề."
            ),
            Img(
                "/Uploads/images/2026/12/hoi-thi-gvdg-th-1.jpg",
                "Cô giáo Ka Thị Huyền, Trường TH Ka Đơn, trong tiết dạy môn Tiếng Việt lớp 2",
                "Cô giáo Ka Thị Huyền, Trường TH Ka Đơn, trong tiết dạy môn Tiếng Việt lớp 2",
                style="figure",
            ),
            P(
                "Mỗi giáo viên tham gia hội thi phải trải qua hai phần: trình bày biện pháp nâng cao chất "
                "lượng giảng dạy và thực hành dạy hai tiết trên lớp, trong đó có một tiết do giáo viên "
                "tự chọn và một tiết bốc thăm."
            ),
            P(
                "Ban Giám khảo gồm các đồng chí chuyên viên Phòng GD&ĐT, cán bộ quản lý và giáo viên cốt "
                "cán có nhiều kinh nghiệm. Các tiết dạy được đánh giá theo hướng dẫn tại Công văn số "
                "5512/BGDĐT-GDTrH và tiêu chí riêng của hội thi."
            ),
            Img(
                "/Uploads/images/2026/12/hoi-thi-gvdg-th-2.jpg",
                "Ban Giám khảo góp ý sau tiết dạy",
                "Ban Giám khảo góp ý sau tiết dạy",
                style="figure",
            ),
            P(
                "Kết quả, 71 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện, trong đó "
                "12 giáo viên có tiết dạy xuất sắc được đề nghị tham gia hội thi cấp tỉnh."
            ),
            _right("Nguyễn Thị Hoa"),
        ],
        authors=["Nguyễn Thị Hoa"],
        opts={
            "date": "04/12/2026 3:45:00 CH",
            "updated": "05/12/2026 8:20:00 SA",
            "old_slug": "hoi-thi-giao-vien-day-gioi-tieu-hoc",
        },
    ),
    Story(
        id=3418,
        slug="thong-bao-lich-nghi-tet-duong-lich-2027-doi-voi-can-bo-giao-vien-nhan-vien",
        title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với cán bộ, giáo viên, nhân viên",
        cat="7",
        published_at="2026-12-03",
        blocks=[
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và thông báo của UBND huyện Đức Trọng về việc nghỉ Tết "
                "Dương lịch năm 2027, Phòng GD&ĐT thông báo lịch nghỉ đối với các đơn vị trường học như sau:"
            ),
            P("Cán bộ, giáo viên, nhân viên và học sinh nghỉ 01 ngày vào thứ Sáu, ngày 01/01/2027.", "li"),
            P("Các đơn vị bố trí lịch trực, bảo đảm an toàn tài sản trong thời gian nghỉ.", "li"),
            P("Báo cáo tình hình trước, trong và sau kỳ nghỉ về Văn phòng Phòng GD&ĐT trước 10 giờ ngày 04/01/2027.", "li"),
            P("Đề nghị Hiệu trưởng các trường triển khai thông báo này đến toàn thể cán bộ, giáo viên, nhân viên."),
            Raw(
                '<p class="dinh-kem"><span class="glyphicon glyphicon-paperclip"></span> Tệp đính kèm: '
                '<a href="/Uploads/files/TB-nghi-tet-duong-lich-2027.pdf">TB-nghi-tet-duong-lich-2027.pdf</a></p>'
            ),
            _right("Văn phòng Phòng GD&amp;ĐT"),
        ],
        authors=["Văn phòng Phòng GD&ĐT"],
        opts={"date": "03/12/2026 12:00:00 SA"},
    ),
    Story(
        id=3415,
        slug="chuyen-de-doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-tai-truong-thcs-hiep-an",
        title="Chuyên đề “Đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học” tại Trường THCS Hiệp An",
        cat="5",
        published_at="2026-12-02T14:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 01/12/2026, Trường THCS Hiệp An đăng cai tổ chức chuyên đề cấp huyện về đổi mới "
                "sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học đối với môn Khoa học tự nhiên."
            ),
            P(
                "Tham dự chuyên đề có đồng chí Trần Quốc Vinh, Phó Trưởng phòng GD&ĐT, cùng 45 giáo viên "
                "dạy môn Khoa học tự nhiên của các trường THCS trên địa bàn huyện."
            ),
            Img(
                "/Uploads/images/2026/12/chuyen-de-hiep-an-1.jpg",
                "Tiết dạy minh họa bài “Tốc độ phản ứng” lớp 8A2",
                "Tiết dạy minh họa bài “Tốc độ phản ứng” lớp 8A2",
                style="below",
            ),
            P(
                "Sau tiết dạy minh họa, các giáo viên dự giờ tập trung phân tích hoạt động học của học "
                "sinh, chỉ ra những thời điểm học sinh gặp khó khăn và đề xuất cách điều chỉnh."
            ),
            Img(
                "/Uploads/images/2026/12/chuyen-de-hiep-an-2.jpg",
                "Thảo luận sau tiết dạy",
                "Thảo luận sau tiết dạy",
                style="below",
            ),
            P(
                "Chuyên đề giúp giáo viên thay đổi cách nhìn về giờ dạy: từ đánh giá giáo viên sang quan "
                "sát, lắng nghe và hỗ trợ người học."
            ),
            _right("Tin, ảnh: Lê Văn Tùng - Trường THCS Hiệp An"),
        ],
        authors=["Lê Văn Tùng"],
        photographers=["Lê Văn Tùng"],
        opts={"date": "02/12/2026 2:30:00 CH", "lazy": True},
    ),
    Story(
        id=3409,
        slug="hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-trong-giao-duc-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026-2027",
        cat="2",
        published_at="2026-12-01T12:10:00+07:00",
        summary=(
            "Ngày 30/11/2026, Phòng GD&ĐT Đức Trọng tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số "
            "và ứng dụng công nghệ thông tin trong dạy học, quản lý năm học 2026-2027."
        ),
        blocks=[
            Raw(_WORD_HEAD),
            P(
                "Ngày 30/11/2026, Phòng GD&ĐT Đức Trọng tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số "
                "và ứng dụng công nghệ thông tin trong dạy học, quản lý năm học 2026-2027.",
                "lead",
            ),
            P(
                "Hội nghị có sự tham dự của Hiệu trưởng, nhân viên phụ trách công nghệ thông tin của 52 "
                "đơn vị trường học trực thuộc.",
                "mso",
            ),
            Img(
                "../../Uploads/images/2026/11/hn-chuyen-doi-so.jpg",
                "Quang cảnh hội nghị",
                "Quang cảnh hội nghị",
                style="below",
            ),
            P(
                "Năm học 2026-2027, toàn huyện phấn đấu 100% trường học sử dụng học bạ số, 100% hồ sơ "
                "chuyên môn của giáo viên được lưu trữ trên hệ thống quản lý trường học.",
                "mso",
            ),
            P(
                "Các đơn vị được hướng dẫn cập nhật cơ sở dữ liệu ngành, kết nối dữ liệu với hệ thống "
                "định danh và xác thực điện tử, triển khai thanh toán không dùng tiền mặt.",
                "mso",
            ),
            Raw('<p class="MsoNormal" style="text-align:right"><i>Nguồn: Sở GD&amp;ĐT Lâm Đồng</i><o:p></o:p></p>'),
        ],
        source="Sở GD&ĐT Lâm Đồng",
        opts={"date": "01/12/2026 12:10:00 CH", "updated": "02/12/2026 7:55:00 SA"},
    ),
    Story(
        id=3402,
        slug="cong-doan-nganh-giao-duc-huyen-to-chuc-giai-bong-chuyen-hoi-nu-chao-mung-ngay-20-11",
        title="Công đoàn ngành Giáo dục huyện tổ chức giải bóng chuyền hơi nữ chào mừng ngày 20/11",
        cat="9",
        published_at="2026-11-28T16:05:00+07:00",
        blocks=[
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục huyện Đức Trọng "
                "tổ chức giải bóng chuyền hơi nữ cán bộ, giáo viên, nhân viên năm 2026."
            ),
            P("Giải thu hút 18 đội bóng đến từ các cụm trường, với hơn 200 vận động viên tham gia."),
            Img(
                "/Uploads/images/2026/11/bong-chuyen-hoi-1.jpg",
                "Trận chung kết giữa đội cụm Liên Nghĩa và đội cụm Hiệp Thạnh",
                "Trận chung kết giữa đội cụm Liên Nghĩa và đội cụm Hiệp Thạnh",
                style="table",
            ),
            P(
                "Kết thúc giải, Ban Tổ chức trao giải Nhất cho đội cụm Liên Nghĩa, giải Nhì cho đội cụm "
                "Hiệp Thạnh và hai giải Ba cho đội cụm Ninh Gia, cụm Tà Năng."
            ),
            Img("/Uploads/images/2026/11/bong-chuyen-hoi-2.jpg", "Ảnh: Trần Minh Đức", None, style="below"),
            _right("Phạm Thị Lan (Công đoàn ngành GD)"),
        ],
        authors=["Phạm Thị Lan"],
        photographers=["Trần Minh Đức"],
        opts={"date": "28/11/2026 4:05:00 CH"},
    ),
    Story(
        id=3398,
        slug="ket-qua-hoi-khoe-phu-dong-cap-huyen-nam-2026",
        title="Kết quả Hội khỏe Phù Đổng cấp huyện năm 2026",
        cat="2",
        published_at="2026-11-26T09:05:00+07:00",
        blocks=[
            P(
                "Sau ba ngày thi đấu sôi nổi, Hội khỏe Phù Đổng cấp huyện năm 2026 đã khép lại với 9 môn "
                "thi đấu dành cho học sinh Tiểu học và THCS."
            ),
            P("Các đơn vị dẫn đầu toàn đoàn như sau:"),
            P("STT | Đơn vị | Huy chương Vàng | Tổng số huy chương", "tr"),
            P("1 | Trường THCS Nguyễn Du | 9 | 21", "tr"),
            P("2 | Trường THCS Hiệp Thạnh | 7 | 18", "tr"),
            P("3 | Trường TH Kim Đồng | 5 | 14", "tr"),
            P(
                "Ban Tổ chức chọn 64 vận động viên xuất sắc thành lập đội tuyển huyện tham dự Hội khỏe "
                "Phù Đổng tỉnh Lâm Đồng."
            ),
        ],
        opts={"date": "26/11/2026 9:05:00 SA"},
    ),
    Story(
        id=3391,
        slug="boi-duong-ky-nang-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Bồi dưỡng kỹ năng ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="5",
        published_at="2026-11-24T10:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 22 và 23/11/2026, Phòng GD&ĐT tổ chức lớp bồi dưỡng kỹ năng ứng dụng trí "
                "tuệ nhân tạo trong soạn giảng cho 120 giáo viên THCS."
            ),
            Img("/Uploads/images/2026/11/boi-duong-ai.jpg", None, None, style="alt"),
            P(
                "Học viên được hướng dẫn sử dụng các công cụ hỗ trợ thiết kế phiếu học tập, xây dựng ngân "
                "hàng câu hỏi và tạo học liệu số, đồng thời lưu ý những nguyên tắc về bảo mật dữ liệu và "
                "liêm chính học thuật."
            ),
            P(
                "Cuối khóa, mỗi học viên hoàn thành một kế hoạch bài dạy có ứng dụng trí tuệ nhân tạo và "
                "chia sẻ trên kho học liệu chung của huyện."
            ),
        ],
        authors=["Võ Thanh Hải"],
        opts={
            "date": "24/11/2026 10:30:00 SA",
            "tacgia": "ThS. Võ Thanh Hải",
            "alt": (
                "Giáo viên các trường THCS thực hành thiết kế phiếu học tập với công cụ trí tuệ nhân tạo "
                "tại phòng máy Trường THCS Nguyễn Du"
            ),
        },
    ),
    Story(
        id=3385,
        slug="truong-tieu-hoc-ka-don-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia-muc-do-1",
        title="Trường Tiểu học Ka Đơn đón nhận Bằng công nhận đạt chuẩn quốc gia mức độ 1",
        cat="2",
        published_at="2026-11-20T15:00:00+07:00",
        blocks=[
            P(
                "Chiều ngày 19/11/2026, Trường Tiểu học Ka Đơn, xã Ka Đô, long trọng tổ chức lễ đón nhận "
                "Bằng công nhận trường đạt chuẩn quốc gia mức độ 1."
            ),
            P("Tới dự buổi lễ có lãnh đạo UBND huyện, Phòng GD&ĐT, Đảng ủy, UBND xã Ka Đô."),
            P("Cùng đông đảo phụ huynh và học sinh nhà trường.", "br"),
            Img(
                "/Uploads/images/2026/11/ka-don-chuan-quoc-gia.jpg",
                "(Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường)",
                "Lãnh đạo UBND huyện trao Bằng công nhận cho nhà trường",
                style="figure",
            ),
            P(
                "Với 78% học sinh là người đồng bào dân tộc thiểu số, nhà trường đã nỗ lực vượt khó, tranh "
                "thủ sự hỗ trợ của địa phương để hoàn thiện cơ sở vật chất và nâng cao chất lượng dạy học."
            ),
            _right("Nguyễn Văn Khánh"),
        ],
        authors=["Nguyễn Văn Khánh"],
        opts={"date": "20/11/2026 3:00:00 CH"},
    ),
    Story(
        id=3377,
        slug="ke-hoach-to-chuc-ky-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        cat="7",
        published_at="2026-11-17T08:00:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT huyện Đức Trọng ban hành kế hoạch tổ chức kỳ thi chọn học sinh giỏi lớp 9 cấp "
                "huyện năm học 2026-2027 với 10 môn thi."
            ),
            P(
                "Theo kế hoạch, kỳ thi diễn ra vào ngày 12/12/2026 tại Trường THCS Nguyễn Du, thị trấn "
                "Liên Nghĩa; mỗi trường được đăng ký tối đa 5 học sinh mỗi môn."
            ),
            P(
                "Danh sách đăng ký dự thi gửi về bộ phận chuyên môn THCS qua hệ thống quản lý văn bản "
                "trước ngày 30/11/2026."
            ),
        ],
        opts={"date": "17/11/2026 8:00:00 SA", "updated": "18/11/2026 2:10:00 CH"},
    ),
    Story(
        id=3370,
        slug="ngay-hoi-doc-sach-sach-hay-ban-tot-tai-cac-truong-mam-non-tren-dia-ban-huyen",
        title="Ngày hội đọc sách “Sách hay – Bạn tốt” tại các trường Mầm non trên địa bàn huyện",
        cat="2",
        published_at="2026-11-12T14:15:00+07:00",
        blocks=[
            P(
                "Hưởng ứng phong trào xây dựng văn hóa đọc, trong tháng 11/2026 các trường Mầm non trên địa "
                "bàn huyện đồng loạt tổ chức ngày hội đọc sách “Sách hay – Bạn tốt”."
            ),
            P(
                "Tại Trường Mầm non Hoa Hồng, các bé được tham gia gian hàng đổi sách, nghe cô kể chuyện và "
                "vẽ tranh về nhân vật yêu thích."
            ),
            P("“Mỗi cuốn sách là một người bạn, mỗi trang sách mở ra một thế giới mới cho trẻ.”", "quote"),
            Img(
                "/Uploads/images/2026/11/ngay-hoi-doc-sach.jpg",
                "Các bé Trường MN Hoa Hồng tại góc đọc sách",
                "Các bé Trường MN Hoa Hồng tại góc đọc sách",
                style="figure",
            ),
            P("Ngày hội góp phần hình thành thói quen đọc sách cho trẻ ngay từ lứa tuổi mầm non."),
            _right("Lê Thị Mai (Trường MN Hoa Hồng)"),
        ],
        authors=["Lê Thị Mai"],
        opts={"date": "12/11/2026 2:15:00 CH"},
    ),
    Story(
        id=3362,
        slug="sinh-hoat-chuyen-mon-cum-truong-tieu-hoc-vung-ta-nang-da-loan",
        title="Sinh hoạt chuyên môn cụm trường Tiểu học vùng Tà Năng – Đà Loan",
        cat="5",
        published_at="2026-11-06T11:20:00+07:00",
        blocks=[
            P(
                "Ngày 05/11/2026, cụm chuyên môn số 4 gồm các trường Tiểu học xã Tà Năng và Đà Loan tổ chức "
                "sinh hoạt chuyên môn tại Trường TH&THCS Tà Năng."
            ),
            Img(
                "/Uploads/images/2026/11/cum-ta-nang.jpg",
                "Giáo viên cụm 4 dự giờ tiết Tiếng Việt lớp 1",
                "Giáo viên cụm 4 dự giờ tiết Tiếng Việt lớp 1",
                style="figure",
            ),
            P(
                "Nội dung sinh hoạt tập trung vào biện pháp tăng cường tiếng Việt cho học sinh dân tộc "
                "thiểu số trước khi vào lớp 1."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Lâm Đồng</em></p>'),
        ],
        source="Báo Lâm Đồng",
        opts={"date": "06/11/2026 11:20:00 SA"},
    ),
    Story(
        id=3355,
        slug="phat-dong-thang-hanh-dong-vi-binh-dang-gioi-va-phong-chong-bao-luc-tren-co-so-gioi-nam-2026",
        title="Phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới năm 2026",
        cat="2",
        published_at="2026-11-02",
        blocks=[
            P(
                "Thực hiện kế hoạch của UBND huyện, Phòng GD&ĐT phát động Tháng hành động vì bình đẳng giới "
                "và phòng, chống bạo lực trên cơ sở giới từ ngày 15/11 đến ngày 15/12/2026."
            ),
            P("Chủ đề năm 2026", "h"),
            P("“Chung tay vì trường học an toàn, bình đẳng, không bạo lực”.", ""),
            P("Các hoạt động chính", "h"),
            P("Treo băng rôn, khẩu hiệu tại cổng trường.", "li"),
            P("Tổ chức chuyên đề giáo dục kỹ năng sống theo độ tuổi.", "li"),
            P("Lồng ghép nội dung bình đẳng giới trong các tiết sinh hoạt lớp.", "li"),
            _right("Phòng GD&amp;ĐT Đức Trọng"),
        ],
        authors=["Phòng GD&ĐT Đức Trọng"],
        opts={"date": "02/11/2026 12:00:00 SA"},
    ),
    Story(
        id=3341,
        slug="tong-ket-cong-tac-doi-va-phong-trao-thieu-nhi-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-moi",
        title="Tổng kết công tác Đội và phong trào thiếu nhi năm học 2025-2026, triển khai nhiệm vụ năm học mới",
        cat="2",
        published_at="2026-10-20T16:40:00+07:00",
        blocks=[
            P(
                "Ngày 19/10/2026, Hội đồng Đội huyện Đức Trọng phối hợp với Phòng GD&ĐT tổ chức hội nghị "
                "tổng kết công tác Đội và phong trào thiếu nhi năm học 2025-2026."
            ),
            P(
                "Năm học qua, các liên đội đã triển khai hiệu quả chương trình rèn luyện đội viên, công trình "
                "măng non và phong trào “Kế hoạch nhỏ” với tổng số tiền hơn 180 triệu đồng."
            ),
            Img(
                "/Uploads/images/2026/10/tong-ket-doi.jpg",
                "Khen thưởng các liên đội xuất sắc",
                "Khen thưởng các liên đội xuất sắc",
                style="figure",
            ),
            P("Hội nghị đã khen thưởng 15 liên đội và 32 Tổng phụ trách Đội có thành tích xuất sắc."),
            _right("Trần Thị Bích Ngọc"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={"date": "20/10/2026 4:40:00 CH", "lazy": True},
    ),
]

BY_ID = {s.id: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.id, reverse=True)
SLIDER = [(3421, "hoi-thi-giao-vien-day-gioi-tieu-hoc"), (3385, None), (3370, None)]
DOC_NHIEU = [3398, 3385, 3355, 3362]


def post_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def cat_path(cat_id: int, page: int | None = None) -> str:
    slug, _ = CATS[cat_id]
    return f"/chuyen-muc/{slug}-{cat_id}.html" + (f"?page={page}" if page else "")


def in_cat(cat_id: int) -> list[Story]:
    return [s for s in ORDER if int(s.cat) == cat_id]


def _day(story: Story) -> str:
    return story.opts["date"].split(" ")[0]


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:24]) + (" ..." if len(words) > 24 else "")


# --- documents and intro pages ---------------------------------------------------------------

DOCS = {
    1254: ("1254/PGDĐT-TH", "Hướng dẫn tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
           "15/10/2026", "Trần Quốc Vinh", "1254-PGDDT-TH.pdf"),
    1261: ("1261/KH-PGDĐT", "Kế hoạch thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
           "14/11/2026", "Nguyễn Văn Thắng", "1261-KH-PGDDT.pdf"),
    1270: ("1270/PGDĐT-VP", "Về việc báo cáo tình hình nghỉ Tết Dương lịch 2027",
           "02/12/2026", "Nguyễn Văn Thắng", "1270-PGDDT-VP.pdf"),
}

INTRO = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Phòng Giáo dục và Đào tạo huyện Đức Trọng được thành lập năm 1976, là cơ quan chuyên môn "
            "thuộc UBND huyện, tham mưu quản lý nhà nước về giáo dục trên địa bàn.",
            "Hiện nay toàn huyện có 97 trường Mầm non, Tiểu học và THCS với hơn 48.000 học sinh.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: Nguyễn Văn Thắng.",
            "Phó Trưởng phòng: Trần Quốc Vinh, Hoàng Thị Thu Hà.",
            "Các bộ phận: Văn phòng, Mầm non, Tiểu học, THCS, Kế hoạch - Tài chính.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: 02 Nguyễn Văn Trỗi, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng.",
            "Điện thoại: 0263.3843.215 - Email: pgdductrong@lamdong.edu.vn",
        ],
    ),
}

# --- layout ----------------------------------------------------------------------------------


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{cat_path(cid)}">{rz(name)}</a></li>' for cid, (_, name) in CATS.items()
    )
    intro = "".join(
        f'<li><a href="/gioi-thieu/{slug}.html">{rz(t)}</a></li>'
        for slug, (t, _) in INTRO.items()
        if slug != "lien-he"
    )
    return f"""
<nav class="navbar navbar-default navbar-pgd" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnChinh">
    <span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div class="collapse navbar-collapse" id="mnChinh">
   <ul class="nav navbar-nav">
    <li><a href="/"><span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
     <ul class="dropdown-menu">{intro}</ul></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
     <ul class="dropdown-menu">{cats}</ul></li>
    <li><a href="/van-ban">Văn bản</a></li>
    <li><a href="/gioi-thieu/lien-he.html">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right" action="/tim-kiem" method="get">
    <input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..." />
   </form>
  </div>
 </div>
</nav>"""


def _sidebar() -> str:
    newest = "".join(
        f"""<article class="item-tin clearfix">
   <a href="{post_path(s)}"><img class="img-thumbnail pull-left" src="/Uploads/thumbs/{s.id}.jpg" width="80" alt="" /></a>
   <h4 class="tieude-nho"><a href="{post_path(s)}" title="{rz(s.title)}">{rz(s.title)}</a></h4>
   <p class="mota-nho">{rz(_excerpt(s))}</p>
  </article>"""
        for s in ORDER[:3]
    )
    read = "".join(
        f'<li><span class="badge">{BY_ID[i].views()}</span> '
        f'<a href="/TinTuc/ChiTiet/{i}">{rz(BY_ID[i].title)}</a></li>'
        for i in DOC_NHIEU
    )
    token = opaque("aft-side", 48)
    return f"""
<div class="col-md-4 cot-phai">
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Tin mới nhất</h3></div>
  <div class="panel-body">{newest}</div></div>
 <div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">Tin đọc nhiều</h3></div>
  <ul class="list-unstyled ds-docnhieu">{read}</ul></div>
 <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
  <div class="panel-body"><form action="/Home/BinhChon" method="post">
   <input name="__RequestVerificationToken" type="hidden" value="{token}" />
   <p>Bạn đánh giá thế nào về giao diện cổng thông tin mới?</p>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="1" /> Đẹp, dễ sử dụng</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="2" /> Bình thường</label></div>
   <div class="radio"><label><input type="radio" name="PhuongAn" value="3" /> Cần cải thiện</label></div>
   <button type="submit" class="btn btn-primary btn-xs">Bình chọn</button>
  </form></div></div>
 <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
  <div class="panel-body"><select class="form-control" onchange="window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://lamdong.edu.vn">Sở GD&amp;ĐT Lâm Đồng</option>
   <option value="https://ductrong.lamdong.gov.vn">UBND huyện Đức Trọng</option>
  </select>
  <a href="https://lamdong.edu.vn" target="_blank"><img src="/Content/images/banner-sgd.png" class="img-responsive" alt="Sở GD&amp;ĐT" /></a>
  </div></div>
 <div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
  <ul class="list-unstyled thong-ke"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.204</b></li>
  <li>Tổng truy cập: <b>2.865.117</b></li></ul></div>
</div>"""


def _crumbs(items: list[tuple[str | None, str]]) -> str:
    lis = ['<li><a href="/">Trang chủ</a></li>']
    for href, label in items:
        if href:
            lis.append(f'<li><a href="{href}">{rz(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{rz(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(lis)}</ol>'


def _layout(request: Request, title: str, main: str, *, crumbs: str = "", head: str = "",
            scripts: str = "") -> Response:
    ticker = " &nbsp;|&nbsp; ".join(
        f'<a href="{post_path(s)}">{rz(s.title)}</a>' for s in ORDER[:3]
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{rz(title)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet"/>
<link href="/Content/site.css" rel="stylesheet"/>
<link rel="shortcut icon" href="/favicon.ico" />
{head}
<script src="/Scripts/modernizr-2.6.2.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="ngay-hom-nay"><span class="glyphicon glyphicon-time"></span> {HEADER_DAY}</span>
 <span class="pull-right"><a href="/gioi-thieu/lien-he.html">Liên hệ</a> | <a href="https://mail.lamdong.edu.vn">Thư điện tử</a></span></div></div>
<header class="banner"><div class="container"><a href="/"><img src="/Content/images/banner-pgd-ductrong.jpg" class="img-responsive" alt="{rz(SITE_NAME)}" /></a></div></header>
{_menu()}
<div class="container"><div class="tin-chay"><strong>Tin mới:</strong> <marquee scrollamount="3">{ticker}</marquee></div>
{crumbs}
<div class="row">
<div class="col-md-8 cot-trai">
{main}
</div>
{_sidebar()}
</div></div>
<footer class="footer"><div class="container">
 <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỨC TRỌNG</strong></p>
 <p>Địa chỉ: 02 Nguyễn Văn Trỗi, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng</p>
 <p>Điện thoại: 0263.3843.215 - Email: pgdductrong@lamdong.edu.vn</p>
 <p>&copy; 2014 - 2026 Bản quyền thuộc Phòng GD&amp;ĐT Đức Trọng. Thiết kế bởi Công ty TNHH Giải pháp Phần mềm Lâm Viên.</p>
</div></footer>
<script src="/Scripts/jquery-1.10.2.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script>$(function(){{ $("img.lazy").lazyload({{ effect: "fadeIn" }}); }});</script>
{scripts}
</body>
</html>"""
    return _send(page)


def _send(body: str, status: int = 200) -> Response:
    return html(
        body,
        status=status,
        headers={
            "Server": "Microsoft-IIS/8.5",
            "X-AspNetMvc-Version": "4.0",
            "X-AspNet-Version": "4.0.30319",
            "X-Powered-By": "ASP.NET",
            "Cache-Control": "private",
            "Set-Cookie": "ASP.NET_SessionId=3kq0vzl1h5tmbw2xj4ydrc1e; path=/; HttpOnly",
        },
    )


# --- post rendering --------------------------------------------------------------------------


def _img_tag(story: Story, img: Img, extra: str = "") -> str:
    alt = story.opts.get("alt", "") if img.style == "alt" else ""
    alt_attr = f' alt="{_html.escape(alt)}" title="{_html.escape(alt)}"' if alt else ' alt=""'
    if story.opts.get("lazy"):
        return (
            f'<img class="lazy" src="/Content/images/blank.gif" data-original="{img.src}"'
            f'{alt_attr} style="width:600px;height:400px;"{extra} />'
        )
    return f'<img src="{img.src}"{alt_attr} style="width: 600px; height: 400px;"{extra} />'


def _render_img(story: Story, img: Img) -> str:
    tag = _img_tag(story, img)
    if img.style == "figure":
        return f'<figure class="image" style="display:inline-block">{tag}<figcaption>{_html.escape(img.printed or "")}</figcaption></figure>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl-anh" style="width:600px;">'
            f'<tbody><tr><td>{tag}</td></tr><tr><td style="text-align: center;"><span style="font-size:12px;">'
            f"<em>{_html.escape(img.printed or '')}</em></span></td></tr></tbody></table>"
        )
    if img.style == "alt":
        return f'<p style="text-align: center;">{tag}</p>'
    line = f'<p style="text-align: center;"><em>{_html.escape(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align: center;">{tag}</p>{line}'


def _render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_render_img(story, b))
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_html.escape(blocks[i].text)}</li>")
                i += 1
            out.append(f"<ul>{''.join(items)}</ul>")
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    rows.append("<tr>" + "".join(f"<td><strong>{_html.escape(c)}</strong></td>" for c in cells) + "</tr>")
                    first = False
                else:
                    rows.append("<tr>" + "".join(f"<td>{_html.escape(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        else:
            parts = [_html.escape(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_html.escape(blocks[i].text))
                i += 1
            inner = "<br />\r\n".join(parts)
            if b.style == "lead":
                out.append(f'<p class="MsoNormal" style="text-align:justify"><b>{inner}</b><o:p></o:p></p>')
            elif b.style == "mso":
                out.append(
                    '<p class="MsoNormal" style="text-align:justify;line-height:150%">'
                    f'<span lang="VI" style="font-size:13.0pt;line-height:150%">{inner}<o:p></o:p></span></p>'
                )
            elif b.style == "h":
                out.append(f"<p><strong>{inner}</strong></p>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
            else:
                out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\r\n".join(out)


def _post(request: Request, story: Story) -> Response:
    cat_id = int(story.cat)
    _, cat_name = CATS[cat_id]
    canonical = base_url(request) + post_path(story)
    info = []
    if story.opts.get("updated"):
        info.append(f'<span class="ngay-cn"><span class="glyphicon glyphicon-refresh"></span> Cập nhật: {story.opts["updated"]}</span>')
    info.append(f'<span class="ngay-dang"><span class="glyphicon glyphicon-calendar"></span> Ngày đăng: {story.opts["date"]}</span>')
    info.append(f'<span class="luot-xem"><span class="glyphicon glyphicon-eye-open"></span> Lượt xem: {story.views()}</span>')
    info.append(f'<span class="tac-gia">Tác giả: {rz(story.opts.get("tacgia", ""))}</span>')
    info.append('<span class="nguoi-dang">Người đăng: pgdductrong</span>')
    sapo = (
        f'<div class="tom-tat"><p><strong>{rz(story.summary)}</strong></p></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    others = [s for s in ORDER if int(s.cat) == cat_id and s.id != story.id][:5]
    if len(others) < 3:
        others += [s for s in ORDER if s.id != story.id and s not in others][: 3 - len(others)]
    other_list = "".join(
        f'<li><a href="{post_path(s)}">{rz(s.title)}</a> <span class="text-muted">({_day(s)})</span></li>'
        for s in others
    )
    main = f"""
<div class="panel panel-default khung-ct">
 <div class="panel-heading"><h1 class="panel-title">{rz(cat_name)}</h1></div>
 <div class="panel-body">
  <h2 class="td-ct">{rz(story.title)}</h2>
  <div class="tt-ct text-muted">{" &nbsp; ".join(info)}</div>
  {sapo}
  <div id="divNoiDung" class="nd-ct">
{_render_body(story)}
  </div>
  <div class="cong-cu clearfix">
   <a href="javascript:window.print();" class="btn btn-default btn-xs"><span class="glyphicon glyphicon-print"></span> In bài</a>
   <a href="javascript:history.back();" class="btn btn-default btn-xs">Quay lại</a>
   <a href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank" class="btn btn-primary btn-xs">Chia sẻ Facebook</a>
  </div>
  <div class="tin-khac"><h4 class="tieu-de-khac">Các tin khác</h4><ul>{other_list}</ul></div>
 </div>
</div>"""
    desc = rz(_excerpt(story))
    head = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta name="description" content="{desc}" />\n'
        f'<meta property="og:title" content="{rz(story.title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta property="og:image" content="{base_url(request)}/Uploads/thumbs/{story.id}.jpg" />'
    )
    crumbs = _crumbs([(cat_path(cat_id), cat_name), (None, story.title)])
    return _layout(request, f"{story.title} - Phòng GD&ĐT Đức Trọng", main, crumbs=crumbs, head=head)


# --- listings --------------------------------------------------------------------------------


def _item(s: Story) -> str:
    return f"""<article class="tin-ds row">
 <div class="col-sm-4"><a href="{post_path(s)}"><img src="/Uploads/thumbs/{s.id}.jpg" class="img-responsive img-thumbnail" alt="{rz(s.title)}" /></a></div>
 <div class="col-sm-8"><h3 class="td-ds"><a href="{post_path(s)}">{rz(s.title)}</a></h3>
 <p class="ngay-ds text-muted"><span class="glyphicon glyphicon-calendar"></span> {_day(s)}</p>
 <p class="mota-ds">{rz(_excerpt(s))}</p></div>
</article>"""


def _pager(cat_id: int, page: int, last: int) -> str:
    if last <= 1:
        return ""
    lis = []
    if page > 1:
        lis.append('<li class="PagedList-skipToFirst"><a href="?page=1">««</a></li>')
        lis.append(f'<li class="PagedList-skipToPrevious"><a href="?page={page - 1}" rel="prev">«</a></li>')
    for n in range(1, last + 1):
        if n == page:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a href="?page={n}">{n}</a></li>')
    if page < last:
        lis.append(f'<li class="PagedList-skipToNext"><a href="?page={page + 1}" rel="next">»</a></li>')
        lis.append(f'<li class="PagedList-skipToLast"><a href="?page={last}">»»</a></li>')
    return (
        f'<div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div>'
        f'<p class="text-muted">Trang {page} / {last}</p>'
    )


def _category(request: Request, cat_id: int) -> Response:
    try:
        page = int(request.params.get("page", "1") or "1")
    except ValueError:
        page = 1
    page = max(page, 1)
    stories = in_cat(cat_id)
    last = max(1, -(-len(stories) // PAGE_SIZE))
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    _, name = CATS[cat_id]
    items = "".join(_item(s) for s in chunk) or '<p class="alert alert-info">Không có dữ liệu.</p>'
    main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">{rz(name)}</h1></div>
<div class="panel-body ds-tin">{items}</div></div>
{_pager(cat_id, page, last)}"""
    return _layout(request, f"{name} - Phòng GD&ĐT Đức Trọng", main, crumbs=_crumbs([(None, name)]))


def _home(request: Request) -> Response:
    slides = []
    for n, (sid, old) in enumerate(SLIDER):
        s = BY_ID[sid]
        active = " active" if n == 0 else ""
        src = s.images[0].src.replace("../../", "/") if s.images else f"/Uploads/thumbs/{s.id}.jpg"
        slides.append(
            f'<div class="item{active}"><a href="{post_path(s, old)}"><img src="{src}" alt="" /></a>'
            f'<div class="carousel-caption"><h3>{rz(s.title)}</h3></div></div>'
        )
    items = "".join(_item(s) for s in ORDER[:HOME_SIZE])
    blocks = "".join(
        f'<div class="col-sm-6"><div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">'
        f'<a href="{cat_path(cid)}">{rz(name)}</a></h2></div><ul class="list-unstyled">'
        + "".join(f'<li><a href="{post_path(s)}">{rz(s.title)}</a></li>' for s in in_cat(cid)[:2])
        + "</ul></div></div>"
        for cid, (_, name) in CATS.items()
        if cid != 2
    )
    main = f"""
<div id="carouselTin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{"".join(slides)}</div>
 <a class="left carousel-control" href="#carouselTin" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#carouselTin" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="panel panel-default"><div class="panel-heading"><h2 class="panel-title">Tin mới</h2></div>
<div class="panel-body" id="dsTinMoi">{items}</div>
<div class="text-center"><button type="button" class="btn btn-default" id="btnXemThem" data-trang="2">Xem thêm <span class="glyphicon glyphicon-chevron-down"></span></button></div></div>
<div class="row">{blocks}</div>"""
    script = """<script>
$("#btnXemThem").click(function () {
  var b = $(this), t = parseInt(b.attr("data-trang"), 10);
  $.get("/Home/XemThem", { trang: t }, function (html) {
    if ($.trim(html) === "") { b.hide(); return; }
    $("#dsTinMoi").append(html); b.attr("data-trang", t + 1);
  });
});
</script>"""
    return _layout(request, f"{SITE_NAME} - Trang chủ", main, scripts=script)


def _xem_them(request: Request) -> Response:
    try:
        trang = int(request.params.get("trang", "2"))
    except ValueError:
        trang = 2
    chunk = ORDER[(trang - 1) * HOME_SIZE : trang * HOME_SIZE] if trang >= 2 else []
    return _send("".join(_item(s) for s in chunk))


def _intro(request: Request, slug: str) -> Response:
    title, paras = INTRO[slug]
    body = "".join(f"<p>{rz(p)}</p>" for p in paras)
    main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">{rz(title)}</h1></div>
<div class="panel-body">{body}</div></div>"""
    return _layout(request, f"{title} - Phòng GD&ĐT Đức Trọng", main, crumbs=_crumbs([(None, "Giới thiệu"), (None, title)]))


def _docs(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/{did}">{rz(d[0])}</a></td><td>{d[2]}</td><td>{rz(d[1])}</td></tr>'
        for n, (did, d) in enumerate(sorted(DOCS.items(), reverse=True), 1)
    )
    main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">Văn bản</h1></div>
<table class="table table-bordered table-striped"><thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _layout(request, "Văn bản - Phòng GD&ĐT Đức Trọng", main, crumbs=_crumbs([(None, "Văn bản")]))


def _doc(request: Request, did: int) -> Response:
    so, trich, ngay, ky, fname = DOCS[did]
    main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">Chi tiết văn bản</h1></div>
<table class="table table-bordered tbl-vb">
<tr><th>Số/Ký hiệu</th><td>{rz(so)}</td></tr>
<tr><th>Trích yếu</th><td>{rz(trich)}</td></tr>
<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT Đức Trọng</td></tr>
<tr><th>Người ký</th><td>{rz(ky)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/Uploads/vanban/{fname}"><span class="glyphicon glyphicon-download-alt"></span> {fname}</a></td></tr>
</table></div>"""
    return _layout(request, f"{so} - Văn bản", main, crumbs=_crumbs([("/van-ban", "Văn bản"), (None, so)]))


def _search(request: Request) -> Response:
    q = request.params.get("tukhoa", "")
    main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">Kết quả tìm kiếm</h1></div>
<div class="panel-body"><p>Không tìm thấy kết quả nào cho từ khóa “{rz(q)}”.</p></div></div>"""
    return _layout(request, "Tìm kiếm", main, crumbs=_crumbs([(None, "Tìm kiếm")]))


_POST_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)\.html$")
_CAT_RE = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-(\d+)\.html$")
_INTRO_RE = re.compile(r"^/gioi-thieu/([a-z0-9-]+)\.html$")
_DOC_RE = re.compile(r"^/van-ban/(\d+)$")
_DEFAULT_RE = re.compile(r"^/tintuc/chitiet/(\d+)$", re.IGNORECASE)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/Home", "/Home/Index") and not request.query:
            return _home(request)
        if path.lower() == "/home/xemthem":
            return _xem_them(request)
        if path.lower().startswith("/uploads/vanban/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith("/Uploads/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/Uploads/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if m := _POST_RE.match(path):
            story = BY_ID.get(int(m.group(2)))
            return _post(request, story) if story else None
        if m := _DEFAULT_RE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return _post(request, story) if story else None
        if m := _CAT_RE.match(path):
            cid = int(m.group(2))
            if cid in CATS and CATS[cid][0] == m.group(1):
                return _category(request, cid)
            return None
        if m := _INTRO_RE.match(path):
            return _intro(request, m.group(1)) if m.group(1) in INTRO else None
        if path == "/van-ban":
            return _docs(request)
        if m := _DOC_RE.match(path):
            did = int(m.group(1))
            return _doc(request, did) if did in DOCS else None
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(post_path(story, story.opts["old_slug"]))
    alts.append(f"/TinTuc/ChiTiet/{story.id}")
    return alts


GOLD = [
    gold_record(s, post_path(s), CATS[int(s.cat)][1], alt_paths=_alts(s))
    for s in ORDER
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien.html",
    "/gioi-thieu/co-cau-to-chuc.html",
    "/gioi-thieu/lien-he.html",
    "/van-ban/1270",
    "/van-ban/1261",
    "/van-ban/1254",
]
