"""Trường THCS Phan Bội Châu (Tam Kỳ, Quảng Nam) on an ASP.NET MVC 5 school-website product.

Platform: "SVSchool.NET" of a Vietnamese software company (Công ty TNHH Giải pháp Phần mềm Sao
Việt), sold to many lower-secondary schools: ASP.NET MVC 5 with Razor views and attribute routing,
bundled jQuery (``/bundles/jquery?v=…``) with jquery.lazyload and jquery.unobtrusive-ajax, a
Bootstrap 3 layout and the PagedList.Mvc pager. The server runs with
``<globalization culture="vi-VN">`` and the detail view prints ``@Model.NgayDang`` with the
default ``DateTime.ToString()``: "03/12/2026 2:30:00 CH" (12-hour clock, SA = a.m., CH = p.m.).

URL scheme (attribute routes)
- ``/`` home: "Tin mới nhất" (5 newest), a block per news category (its newest 2-3), a
  "Thông báo" marquee linking the old route ``/Home/ChiTiet/<id>``, a "Tin xem nhiều" sidebar.
- ``/tin-tuc/<slug>-<id>`` post (``[Route("tin-tuc/{slug}-{id:int}")]``): the slug is not checked,
  only the id routes; ``/Home/ChiTiet/<id>`` (the conventional route left from version 1) serves
  the same view with 200. Both print ``<link rel="canonical">`` to the current slug.
- ``/tin-tuc/danh-muc/<slug>?page=<P>`` category lists, 2 posts a page, PagedList.Mvc pager.
- ``/gioi-thieu/<slug>`` intro pages; ``/lien-he``; ``/van-ban`` and ``/van-ban/chi-tiet/<id>``
  documents; ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>-<id>`` photo albums.
- Uploaded images under ``/Uploads/thcspbc/…``; theme under ``/Content/…``, bundles under
  ``/bundles/…``.

Page templates
- layout: top bar with today "Thứ Bảy, 05/12/2026", ``<h1 class="ten_truong">`` holding the
  school's name (the only h1 of every page), menu with drop-downs, breadcrumb ``ol.breadcrumb``,
  right column (search form, "Tin xem nhiều", links, poll, visitor counter), footer.
- post: ``div.ct_tin`` > ``h2.tieude_ct`` headline, ``div.tt_dang`` info bar (Ngày đăng,
  Người viết, Người đăng, Lượt xem), tools, ``div.mota_ct`` sapo (MoTa field) when filled,
  ``div#noidung.nd_ct`` the editor's HTML (``@Html.Raw``), attachments, key words, reader
  comments with their form, "Tin cùng chuyên mục" (4 newest others of the category) — all inside
  ``div.ct_tin``.
- list: ``div#dsTin`` items (thumbnail + title link + date + MoTa), PagedList pager.

How each gold article is reached
- Tin tức - Sự kiện (7 posts, 4 list pages): 1291, 1288 on page 1 and home; 1276 on page 2, home
  block and sidebar (old slug); 1269 page 2; 1255, 1243 page 3; 1230 page 4 only. 1243 and 1230
  are reachable only through page 3 / page 4 of the list (never in "Tin cùng chuyên mục").
- Hoạt động chuyên môn (3 posts, 2 pages): 1284 home + page 1 + marquee; 1262 page 1, home and
  sidebar (old slug); 1238 page 2 and in the "Tin cùng chuyên mục" of the other two.
- Đoàn - Đội: 1280, 1249 on page 1 and home. Thông báo: 1293 on its list, home and marquee.

Traps
1. Headline: the only ``<h1>`` is the school's name in the header; ``<title>`` is the view's
   generic "Chi tiết tin tức - Trường THCS Phan Bội Châu" and ``og:title`` the layout default
   (ViewBag.Title never set in the detail view); the headline is ``<h2 class="tieude_ct">``
   (styled upper-case by CSS only). Gold title = the h2 text as in the source.
2. vi-VN .NET dates with a 12-hour clock: "2:30:00 CH" = 14:30, "9:05:00 SA" = 09:05,
   "12:40:00 CH" = 12:40 (noon, not 00:40), "7:30:00 CH" = 19:30; "12:00:00 SA" is midnight =
   the day alone. Gold published_at as ISO with +07:00 (day alone for the midnight one).
3. Sapo printed twice: the MoTa field in ``div.mota_ct`` and, in post 1291, the editor pasted it
   again as the first ``<p>`` of the content. Gold: the sapo is the summary and the body's first
   paragraph once.
4. Captions in a two-row layout table (``table.tbl_anh``: image row, caption row): the caption
   row is a caption, not a table row of the text. Gold: caption set, no body paragraph for it.
5. jquery.lazyload images: ``src`` is the grey placeholder ``/Content/images/grey.gif``, the
   photo is in ``data-original``. Gold image path = the ``data-original`` path.
6. PagedList.Mvc pager with MaximumPageNumbersToDisplay = 3 and no first/last links: page 1
   shows "1 2 3 …" (the ellipsis an ``<a>`` without href) and "»"; page 4 of Tin tức - Sự kiện
   appears only on page 3 (window 2-4) or as "»" from page 3. Links carry ``data-ajax`` attributes
   (unobtrusive AJAX) next to a real href; an AJAX request gets the list partial only.
7. The same post under several URLs: attribute routing ignores the slug, and the "Tin xem
   nhiều" sidebar keeps the old slug of two retitled posts (1276, 1262); the home marquee links
   ``/Home/ChiTiet/<id>`` (1293, 1288, 1284). All answer 200 with the same page. Gold: path =
   the current slug (canonical), the others in alt_paths.
8. Reader comments ("Ý kiến bạn đọc") after the text with names and vi-VN timestamps (later than
   the post), and the anti-forgery comment form: not body, not a date, not authors.
9. Byline forms: "Người viết: X" in the info bar is the author, "Người đăng: <account>" is a CMS
   account (nobody); a right-aligned closing "Bài và ảnh: X" = author and photographer; "X - Tổ
   Ngữ văn", "X (Cán bộ thư viện)", "ThS. X - Tổ trưởng …" -> name only; "Tổ Văn phòng" signing
   alone is the author; "Ảnh: X" under a photo is a photographer, caption None.
10. "Tin cùng chuyên mục" with dates, key words and the comments sit inside the same
    ``div.ct_tin`` as the text, after it: not body. Attachments line ("Tệp đính kèm") not body.
11. An image printed with a long ``alt`` sentence and no line under it: caption None (alt is not a
    caption); a caption printed in parentheses loses them.

Gold decisions on ambiguous points
- published_at comes from the info bar "Ngày đăng"; listing dates (day only) agree with it.
- Category = the breadcrumb's last crumb (the category the post is filed under).
- The right-aligned closing byline paragraphs are not body; their names are the authors.
- Tables in the text (programme, results, timetable) are body: one paragraph per row, cells
  joined by " | ".
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
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

NAME = "aspnet_mvc_pagedlist_thcs"
PLATFORM = "ASP.NET MVC 5 school-website product (Razor, PagedList.Mvc, jQuery, attribute routing)"
START_PATH = "/"

SCHOOL = "Trường THCS Phan Bội Châu"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 2
UP = "/Uploads/thcspbc/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}


def slugify(value: str) -> str:
    value = value.replace("đ", "d").replace("Đ", "D")
    value = unicodedata.normalize("NFD", value)
    value = "".join(c for c in value if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


# --- the stories ---------------------------------------------------------------------------

_SAPO_1291 = (
    "Chiều ngày 02/12/2026, Trường THCS Phan Bội Châu long trọng tổ chức Hội nghị cán bộ, công "
    "chức, viên chức năm học 2026 - 2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên toàn "
    "trường."
)

STORIES: list[Story] = [
    Story(
        id=1293,
        slug="",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-04T08:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra "
                "cuối học kỳ I đối với các khối lớp như sau:"
            ),
            P("Ngày | Buổi sáng | Buổi chiều", "tr"),
            P("21/12/2026 | Ngữ văn 9 | Ngữ văn 6, 7, 8", "tr"),
            P("22/12/2026 | Toán 9 | Toán 6, 7, 8", "tr"),
            P("23/12/2026 | Tiếng Anh 9 | Tiếng Anh 6, 7, 8", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo thời khóa biểu từ "
                "ngày 14/12 đến 19/12/2026."
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để biết, thực hiện."),
        ],
        opts={
            "printed": "04/12/2026 8:00:00 SA",
            "poster": "vanthu_pbc",
            "attach": "/Uploads/thcspbc/files/lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
            "old_route": True,
        },
    ),
    Story(
        id=1291,
        slug="",
        title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=_SAPO_1291,
        sapo_outside=True,
        authors=["Võ Thị Thanh Tâm"],
        blocks=[
            Raw(f"<p>{esc(_SAPO_1291)}</p>"),
            P(
                "Về dự hội nghị có ông Nguyễn Văn Hùng, Phó Trưởng phòng Giáo dục và Đào tạo thành "
                "phố Tam Kỳ; bà Trần Thị Thu, Chủ tịch Công đoàn ngành Giáo dục thành phố."
            ),
            Img(
                f"{UP}/12/hoi-nghi-vc-1.jpg",
                "Quang cảnh Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
                "Quang cảnh Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
                "tbl",
            ),
            P(
                "Tại hội nghị, thầy Lê Quang Minh, Hiệu trưởng nhà trường đã trình bày báo cáo tổng "
                "kết năm học 2025 - 2026 và phương hướng, nhiệm vụ năm học 2026 - 2027. Năm học vừa "
                "qua, nhà trường có 42 học sinh đạt giải học sinh giỏi cấp thành phố, 9 học sinh đạt "
                "giải cấp tỉnh; tỉ lệ học sinh lên lớp đạt 99,6%."
            ),
            P(
                "Hội nghị cũng đã nghe báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh "
                "tra nhân dân và thảo luận, đóng góp nhiều ý kiến tâm huyết cho kế hoạch năm học mới."
            ),
            Img(
                f"{UP}/12/hoi-nghi-vc-2.jpg",
                "Thầy Lê Quang Minh, Hiệu trưởng nhà trường trình bày báo cáo tại hội nghị",
                "Thầy Lê Quang Minh, Hiệu trưởng nhà trường trình bày báo cáo tại hội nghị",
                "tbl",
            ),
            P(
                "Kết thúc hội nghị, tập thể cán bộ, giáo viên, nhân viên đã biểu quyết thông qua nghị "
                "quyết hội nghị với 100% đại biểu tán thành và ký kết giao ước thi đua giữa các tổ "
                "chuyên môn."
            ),
        ],
        opts={
            "printed": "03/12/2026 2:30:00 CH",
            "writer": "Võ Thị Thanh Tâm",
            "poster": "pbc_admin",
            "comments": [
                ("Phụ huynh Trần Văn Bình", "04/12/2026 8:12:00 SA", "Chúc hội nghị thành công tốt đẹp!"),
                ("Cựu học sinh khóa 2015", "04/12/2026 9:47:00 CH", "Chúc thầy cô luôn mạnh khỏe."),
            ],
        },
    ),
    Story(
        id=1288,
        slug="",
        title="Phòng GD&ĐT Tam Kỳ kiểm tra công tác đầu năm học tại Trường THCS Phan Bội Châu",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T09:05:00+07:00",
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        blocks=[
            P(
                "Sáng ngày 26/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo thành phố Tam Kỳ do "
                "bà Huỳnh Thị Ngọc Ánh, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra công tác "
                "chuẩn bị và triển khai nhiệm vụ đầu năm học 2026 - 2027 tại Trường THCS Phan Bội Châu."
            ),
            Img(
                f"{UP}/11/kiem-tra-dau-nam-1.jpg",
                "Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường",
                "lazy",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, kế hoạch giáo dục nhà trường, hồ sơ chuyên môn của "
                "các tổ và giáo viên; dự giờ 6 tiết dạy ở các môn Toán, Ngữ văn, Tiếng Anh, Khoa học "
                "tự nhiên và Lịch sử - Địa lý."
            ),
            Img(
                f"{UP}/11/kiem-tra-dau-nam-2.jpg",
                "Dự giờ tiết Khoa học tự nhiên lớp 8/3",
                "Dự giờ tiết Khoa học tự nhiên lớp 8/3",
                "lazy",
            ),
            P(
                "Nhận xét chung, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường; hồ sơ sổ sách "
                "đầy đủ, khoa học; các tiết dạy được đầu tư, vận dụng tốt phương pháp dạy học tích "
                "cực. Đoàn cũng góp ý một số nội dung để nhà trường tiếp tục hoàn thiện trong thời "
                "gian tới."
            ),
            right("Bài và ảnh: Nguyễn Hữu Phước"),
        ],
        opts={"printed": "27/11/2026 9:05:00 SA", "poster": "pbc_admin", "old_route": True},
    ),
    Story(
        id=1284,
        slug="",
        title="Chuyên đề cấp cụm môn Ngữ văn 8: Dạy học đọc hiểu văn bản nghị luận",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T16:20:00+07:00",
        authors=["Trần Thị Mỹ Linh"],
        blocks=[
            P(
                "Thực hiện kế hoạch sinh hoạt chuyên môn cụm trường năm học 2026 - 2027, ngày "
                "24/11/2026, Trường THCS Phan Bội Châu đăng cai tổ chức chuyên đề môn Ngữ văn 8 với "
                "chủ đề “Dạy học đọc hiểu văn bản nghị luận theo hướng phát triển năng lực”."
            ),
            P(
                "Tham dự chuyên đề có 35 giáo viên Ngữ văn đến từ các trường THCS Lý Tự Trọng, Nguyễn "
                "Du, Chu Văn An và Phan Bội Châu. Chương trình chuyên đề gồm các nội dung:"
            ),
            P("Thời gian | Nội dung | Người thực hiện", "tr"),
            P("7h30 - 8h15 | Tiết dạy minh họa lớp 8/2 | Cô Trần Thị Mỹ Linh", "tr"),
            P("8h30 - 9h30 | Trao đổi, thảo luận về tiết dạy | Giáo viên dự chuyên đề", "tr"),
            P("9h30 - 10h30 | Tổng kết, rút kinh nghiệm | Tổ trưởng cụm chuyên môn", "tr"),
            Img(
                f"{UP}/11/chuyen-de-ngu-van-8.jpg",
                "Tiết dạy minh họa tại lớp 8/2",
                "Tiết dạy minh họa tại lớp 8/2",
                "center",
            ),
            P(
                "Qua chuyên đề, các giáo viên đã thống nhất nhiều biện pháp giúp học sinh nhận diện "
                "luận đề, luận điểm, lí lẽ và bằng chứng trong văn bản nghị luận, đồng thời rèn kĩ "
                "năng đọc hiểu theo đặc trưng thể loại."
            ),
            right("Trần Thị Mỹ Linh - Tổ Ngữ văn"),
        ],
        opts={"printed": "25/11/2026 4:20:00 CH", "poster": "pbc_admin", "old_route": True},
    ),
    Story(
        id=1280,
        slug="",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat="doan-doi",
        published_at="2026-11-23T07:45:00+07:00",
        authors=["Đặng Thị Hồng"],
        photographers=["Lê Minh Quân"],
        blocks=[
            P(
                "Sáng thứ Hai ngày 23/11/2026, trong buổi chào cờ đầu tuần, Liên đội Trường THCS Phan "
                "Bội Châu đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa "
                "năm học 2026 - 2027."
            ),
            Img(f"{UP}/11/ke-hoach-nho-1.jpg", "Ảnh: Lê Minh Quân", None, "center"),
            P(
                "Theo kế hoạch, mỗi chi đội thu gom tối thiểu 50 kg giấy vụn và 200 vỏ lon, chai "
                "nhựa. Toàn bộ số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn "
                "cảnh khó khăn trước dịp Tết Nguyên đán."
            ),
            P(
                "Kết thúc đợt phát động, Liên đội sẽ tổng kết, khen thưởng các chi đội có thành tích "
                "xuất sắc vào dịp kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12."
            ),
            Img(f"{UP}/11/ke-hoach-nho-2.jpg", None, None, "alt"),
        ],
        opts={
            "printed": "23/11/2026 7:45:00 SA",
            "writer": "Đặng Thị Hồng",
            "poster": "doidoi_pbc",
            "alt": "Các chi đội mang giấy vụn về tập kết tại sân trường",
            "comments": [
                ("Lớp 7/4", "23/11/2026 8:30:00 CH", "Chi đội 7/4 quyết tâm về đích sớm ạ!"),
            ],
        },
    ),
    Story(
        id=1276,
        slug="",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng ngày 19/11/2026, Trường THCS Phan Bội Châu tổ chức lễ mít tinh kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ thầy cô giáo nhà trường."
        ),
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Tại buổi lễ, các em học sinh đã ôn lại truyền thống Ngày Nhà giáo Việt Nam và bày tỏ "
                "lòng biết ơn đối với thầy cô qua những tiết mục văn nghệ đặc sắc."
            ),
            Img(
                f"{UP}/11/ky-niem-20-11-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7",
                "Tiết mục văn nghệ chào mừng của học sinh khối 7",
                "tbl",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc "
                "trong đợt thi đua chào mừng ngày 20/11, cụ thể:"
            ),
            P("Tổ Ngữ văn: tập thể dẫn đầu phong trào thi đua;", "li"),
            P("12 giáo viên có tiết dạy hội giảng xếp loại tốt;", "li"),
            P("8 chi đội đạt danh hiệu “Chi đội mạnh”.", "li"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy cô và các em "
                "học sinh."
            ),
            right("Tổ Văn phòng", "em"),
        ],
        opts={
            "printed": "20/11/2026 12:00:00 SA",
            "poster": "pbc_admin",
            "old_slug": "mit-tinh-ky-niem-ngay-nha-giao-viet-nam-20-11",
            "comments": [
                ("Nguyễn Thị Hạnh", "20/11/2026 6:05:00 CH", "Kính chúc quý thầy cô luôn hạnh phúc."),
                ("Hồ Gia Huy - 9/1", "21/11/2026 10:15:00 SA", "Em cảm ơn thầy cô nhiều ạ."),
            ],
        },
    ),
    Story(
        id=1269,
        slug="",
        title="Tọa đàm “Tôn sư trọng đạo” với học sinh khối 9",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T12:40:00+07:00",
        authors=["Phạm Thị Diệu"],
        blocks=[
            P(
                "Nhằm giáo dục truyền thống “Tôn sư trọng đạo” cho học sinh, trưa ngày 13/11/2026, "
                "Đoàn trường phối hợp với Liên đội tổ chức buổi tọa đàm với chủ đề “Thầy cô trong mắt "
                "em” dành cho học sinh khối 9."
            ),
            P(
                "Buổi tọa đàm có sự tham gia của thầy Nguyễn Đình Lộc, nguyên Hiệu trưởng nhà trường "
                "giai đoạn 1998 - 2012. Thầy đã chia sẻ nhiều kỉ niệm về những năm tháng gian khó khi "
                "trường còn là những dãy phòng học cấp bốn."
            ),
            Img(
                f"{UP}/11/toa-dam-ton-su-1.jpg",
                "Thầy Nguyễn Đình Lộc chia sẻ với học sinh khối 9",
                "Thầy Nguyễn Đình Lộc chia sẻ với học sinh khối 9",
                "lazy",
            ),
            P(
                "Các em học sinh đã mạnh dạn đặt câu hỏi, trình bày những bài thơ, bài hát về thầy cô; "
                "nhiều em xúc động khi nhắc về thầy cô đã dìu dắt mình trong suốt bốn năm học cấp hai."
            ),
        ],
        opts={"printed": "14/11/2026 12:40:00 CH", "writer": "Phạm Thị Diệu", "poster": "pbc_admin"},
    ),
    Story(
        id=1262,
        slug="",
        title="Hội giảng chào mừng 20/11: 18 tiết dạy xếp loại Tốt",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-10T17:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 26/10 đến 07/11/2026, Trường THCS Phan Bội Châu tổ chức hội giảng chào mừng "
                "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với 24 tiết dạy của giáo viên thuộc 5 tổ chuyên "
                "môn."
            ),
            P("Kết quả xếp loại các tiết dạy như sau:"),
            P("Tổ chuyên môn | Số tiết | Tốt | Khá", "tr"),
            P("Ngữ văn | 6 | 5 | 1", "tr"),
            P("Toán - Tin | 6 | 4 | 2", "tr"),
            P("Khoa học tự nhiên | 5 | 4 | 1", "tr"),
            P("Ngoại ngữ | 4 | 3 | 1", "tr"),
            P("Xã hội | 3 | 2 | 1", "tr"),
            P(
                "Các tiết dạy xếp loại Tốt sẽ được nhà trường chọn để tham gia hội thi giáo viên dạy "
                "giỏi cấp thành phố vào tháng 01/2027."
            ),
        ],
        opts={
            "printed": "10/11/2026 5:10:00 CH",
            "poster": "pbc_admin",
            "old_slug": "ket-qua-hoi-giang-chao-mung-20-11",
        },
    ),
    Story(
        id=1255,
        slug="",
        title="Học sinh hưởng ứng Ngày hội đọc sách năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-29T15:15:00+07:00",
        authors=["Nguyễn Thị Hoài Thương"],
        blocks=[
            P(
                "Hưởng ứng Ngày hội đọc sách năm 2026, Thư viện Trường THCS Phan Bội Châu đã tổ chức "
                "chuỗi hoạt động “Mỗi ngày một trang sách” từ ngày 19 đến 28/10/2026."
            ),
            Img(
                f"{UP}/10/ngay-hoi-doc-sach-1.jpg",
                "(Học sinh tham quan gian trưng bày sách)",
                "Học sinh tham quan gian trưng bày sách",
                "tbl",
            ),
            P(
                "Các hoạt động gồm trưng bày, giới thiệu sách theo chủ đề quê hương Quảng Nam; thi kể "
                "chuyện theo sách và thi vẽ bìa sách yêu thích. Đã có hơn 600 lượt học sinh đến đọc và "
                "mượn sách tại thư viện trong thời gian diễn ra ngày hội."
            ),
            P(
                "Ban tổ chức đã trao 3 giải Nhất, 5 giải Nhì và 8 giải Ba cho các cá nhân đạt thành "
                "tích cao trong các hội thi."
            ),
            right("Nguyễn Thị Hoài Thương (Cán bộ thư viện)"),
        ],
        opts={"printed": "29/10/2026 3:15:00 CH", "poster": "thuvien_pbc"},
    ),
    Story(
        id=1249,
        slug="",
        title="Hội thi “Chỉ huy Đội giỏi” cấp trường năm 2026",
        cat="doan-doi",
        published_at="2026-10-22T08:30:00+07:00",
        summary=(
            "Ngày 21/10/2026, Liên đội Trường THCS Phan Bội Châu tổ chức Hội thi “Chỉ huy Đội giỏi” "
            "cấp trường với sự tham gia của 24 đội viên đến từ 24 chi đội."
        ),
        sapo_outside=True,
        authors=["Đặng Thị Hồng"],
        blocks=[
            P(
                "Hội thi gồm ba phần: thi kiến thức về Đội Thiếu niên Tiền phong Hồ Chí Minh, thi "
                "nghi thức và thi năng khiếu chỉ huy. Các phần thi được ban giám khảo đánh giá nghiêm "
                "túc, công bằng."
            ),
            Img(
                f"{UP}/10/chi-huy-doi-gioi.jpg",
                "Phần thi nghi thức Đội của các thí sinh",
                "Phần thi nghi thức Đội của các thí sinh",
                "center",
            ),
            P(
                "Kết quả, em Trương Gia Bảo (lớp 8/1) đạt giải Nhất; các em Lê Khánh Vy (lớp 9/4) và "
                "Võ Minh Nhật (lớp 7/2) đạt giải Nhì. Ban tổ chức chọn 3 em đạt giải cao nhất tham gia "
                "hội thi cấp thành phố."
            ),
        ],
        opts={"printed": "22/10/2026 8:30:00 SA", "writer": "Đặng Thị Hồng", "poster": "doidoi_pbc"},
    ),
    Story(
        id=1243,
        slug="",
        title="Tuyên truyền pháp luật về an toàn giao thông cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T10:00:00+07:00",
        authors=["Huỳnh Văn Thắng"],
        blocks=[
            P(
                "Sáng ngày 15/10/2026, Trường THCS Phan Bội Châu phối hợp với Đội Cảnh sát giao thông "
                "Công an thành phố Tam Kỳ tổ chức buổi tuyên truyền pháp luật về trật tự, an toàn giao "
                "thông cho hơn 900 học sinh toàn trường."
            ),
            P("Những nội dung được tuyên truyền", "h"),
            P(
                "Báo cáo viên đã phổ biến các quy định về độ tuổi được điều khiển phương tiện, việc "
                "đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy và xe đạp điện; cảnh báo những "
                "hành vi nguy hiểm như dàn hàng ngang, lạng lách, đánh võng."
            ),
            Img(
                f"{UP}/10/atgt-1.jpg",
                "Báo cáo viên tuyên truyền tại buổi chào cờ",
                "Báo cáo viên tuyên truyền tại buổi chào cờ",
                "lazy",
            ),
            P("Cam kết của học sinh", "h"),
            P(
                "Kết thúc buổi tuyên truyền, 100% học sinh đã ký cam kết chấp hành nghiêm các quy định "
                "về an toàn giao thông, không sử dụng xe máy khi chưa đủ tuổi."
            ),
        ],
        opts={"printed": "16/10/2026 10:00:00 SA", "writer": "Huỳnh Văn Thắng", "poster": "pbc_admin"},
    ),
    Story(
        id=1238,
        slug="",
        title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học môn Toán",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-12T14:00:00+07:00",
        authors=["Phan Văn Dũng"],
        blocks=[
            P(
                "Chiều ngày 09/10/2026, Tổ Toán - Tin Trường THCS Phan Bội Châu tổ chức buổi sinh hoạt "
                "chuyên môn theo nghiên cứu bài học qua tiết dạy “Hình thang cân” (Toán 8) tại lớp 8/5 "
                "do thầy Lê Văn Khoa thực hiện."
            ),
            Img(
                f"{UP}/10/nghien-cuu-bai-hoc-toan.jpg",
                "Giáo viên dự giờ quan sát hoạt động học của học sinh",
                "Giáo viên dự giờ quan sát hoạt động học của học sinh",
                "tbl",
            ),
            P(
                "Trong buổi thảo luận, giáo viên dự giờ tập trung phân tích các hoạt động học của học "
                "sinh: học sinh học như thế nào, khó khăn ở đâu, vì sao có những khó khăn đó, thay vì "
                "nhận xét, đánh giá giáo viên dạy."
            ),
            P(
                "Buổi sinh hoạt giúp tổ chuyên môn điều chỉnh thiết kế bài học phù hợp với đối tượng "
                "học sinh, nâng cao hiệu quả dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            right("ThS. Phan Văn Dũng - Tổ trưởng Tổ Toán - Tin"),
        ],
        opts={"printed": "12/10/2026 2:00:00 CH", "poster": "pbc_admin"},
    ),
    Story(
        id=1230,
        slug="",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-05T19:30:00+07:00",
        summary=(
            "Tối ngày 04/10/2026, Trường THCS Phan Bội Châu tổ chức hội nghị cha mẹ học sinh đầu năm "
            "học 2026 - 2027 tại 28 lớp và hội nghị Ban đại diện cha mẹ học sinh toàn trường."
        ),
        sapo_outside=True,
        authors=["Võ Thị Thanh Tâm"],
        blocks=[
            P(
                "Tại hội nghị, giáo viên chủ nhiệm các lớp đã thông báo kết quả học tập, rèn luyện của "
                "học sinh năm học trước, kế hoạch giáo dục năm học mới và các khoản thu theo quy định."
            ),
            P(
                "Cha mẹ học sinh đã bầu Ban đại diện cha mẹ học sinh các lớp. Ông Trần Đức Thịnh được "
                "bầu làm Trưởng ban đại diện cha mẹ học sinh trường năm học 2026 - 2027."
            ),
            Img(
                f"{UP}/10/hoi-nghi-cmhs.jpg",
                "Hội nghị Ban đại diện cha mẹ học sinh trường",
                "Hội nghị Ban đại diện cha mẹ học sinh trường",
                "lazy",
            ),
            P(
                "Hội nghị cũng thống nhất nhiều biện pháp phối hợp giữa gia đình và nhà trường trong "
                "việc quản lý học sinh sử dụng điện thoại di động và phòng chống bạo lực học đường."
            ),
        ],
        opts={"printed": "05/10/2026 7:30:00 CH", "writer": "Võ Thị Thanh Tâm", "poster": "pbc_admin"},
    ),
]

for _s in STORIES:
    _s.slug = slugify(_s.title)

BY_ID = {s.id: s for s in STORIES}


def url_of(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}"


def in_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at or "", reverse=True)


def newest(n: int) -> list[Story]:
    return sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)[:n]


def day_of(story: Story) -> str:
    return story.opts["printed"].split(" ")[0]


# --- markup --------------------------------------------------------------------------------

BUNDLE_V = "FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"
GREY = "/Content/images/grey.gif"

MENU = [
    ("Trang chủ", "/", []),
    (
        "Giới thiệu",
        "#",
        [
            ("Lịch sử hình thành", "/gioi-thieu/lich-su-hinh-thanh"),
            ("Ban giám hiệu", "/gioi-thieu/ban-giam-hieu"),
            ("Tổ chuyên môn", "/gioi-thieu/to-chuyen-mon"),
        ],
    ),
    (
        "Tin tức",
        "#",
        [(CATS[c], f"/tin-tuc/danh-muc/{c}") for c in ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "doan-doi")],
    ),
    ("Thông báo", "/tin-tuc/danh-muc/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện ảnh", "/thu-vien-anh", []),
    ("Liên hệ", "/lien-he", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in MENU:
        if subs:
            sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs)
            items.append(
                f'<li class="dropdown"><a href="{href}" class="dropdown-toggle" data-toggle="dropdown">'
                f'{esc(label)} <b class="caret"></b></a><ul class="dropdown-menu">{sub}</ul></li>'
            )
        else:
            items.append(f'<li><a href="{href}">{esc(label)}</a></li>')
    return f'<nav class="navbar navbar-default mnu_chinh"><ul class="nav navbar-nav">{"".join(items)}</ul></nav>'


def _sidebar() -> str:
    most = [
        (BY_ID[1276], f"/tin-tuc/{BY_ID[1276].opts['old_slug']}-1276", "Mít tinh kỷ niệm Ngày Nhà giáo Việt Nam 20/11"),
        (BY_ID[1291], url_of(BY_ID[1291]), BY_ID[1291].title),
        (BY_ID[1262], f"/tin-tuc/{BY_ID[1262].opts['old_slug']}-1262", "Kết quả hội giảng chào mừng 20/11"),
    ]
    lis = "".join(
        f'<li><a href="{href}" title="{esc(label)}">{esc(label)}</a> <span class="luotxem">({s.views()})</span></li>'
        for s, href, label in most
    )
    return f"""
<div class="col-md-3 cot_phai">
  <div class="khung_phai"><form action="/tim-kiem" method="get" class="frm_tk">
    <input type="text" name="tukhoa" placeholder="Nhập từ khóa..." class="form-control">
    <button type="submit" class="btn btn-primary"><i class="fa fa-search"></i></button></form></div>
  <div class="khung_phai"><div class="tieude_khung">Tin xem nhiều</div><ul class="ds_xemnhieu">{lis}</ul></div>
  <div class="khung_phai"><div class="tieude_khung">Liên kết website</div>
    <select class="form-control" onchange="window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>
    </select>
    <a href="https://www.facebook.com/thcsphanboichau.tamky" target="_blank"><img src="/Content/images/banner-facebook.png" alt="Facebook"></a></div>
  <div class="khung_phai"><div class="tieude_khung">Thăm dò ý kiến</div>
    <form action="/BinhChon/Gui" method="post" data-ajax="true" data-ajax-update="#kqBinhChon">
      <p>Bạn quan tâm nhất đến thông tin nào trên website?</p>
      <label><input type="radio" name="PhuongAnId" value="1"> Tin tức - Sự kiện</label><br>
      <label><input type="radio" name="PhuongAnId" value="2"> Thông báo</label><br>
      <label><input type="radio" name="PhuongAnId" value="3"> Văn bản</label><br>
      <button type="submit" class="btn btn-xs btn-default">Bình chọn</button></form><div id="kqBinhChon"></div></div>
  <div class="khung_phai thongke"><div class="tieude_khung">Thống kê truy cập</div>
    <table class="tbl_thongke"><tr><td>Đang online:</td><td>17</td></tr>
    <tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.096</td></tr></table></div>
</div>"""


def layout(request: Request, title: str, crumbs: list[tuple[str, str]], main: str, *, canonical: str = "",
           description: str = "") -> Response:
    host = base_url(request)
    crumb_html = '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>' + "".join(
        (
            f"<li><span>{esc(t)}</span></li>"
            if h == "#"
            else f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="active">{esc(t)}</li>'
        )
        for t, h in crumbs
    )
    canon = f'<link rel="canonical" href="{host}{canonical}" />' if canonical else ""
    desc = description or f"Website {SCHOOL}, thành phố Tam Kỳ, tỉnh Quảng Nam"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {SCHOOL}</title>
<meta name="description" content="{esc(desc)}" />
<meta property="og:title" content="{SCHOOL} - Tam Kỳ" />
<meta property="og:type" content="website" />
<meta property="og:image" content="{host}/Content/images/logo-pbc.png" />
{canon}
<link href="/Content/css?v=hZ4Uq9Cp1WgHIvLz4Aa0Bbh7gYu3LgKbLCzQ8sCWhi01" rel="stylesheet"/>
<style>.tieude_ct{{text-transform:uppercase;color:#0b5394;font-size:20px}}</style>
</head>
<body>
<div class="topbar"><div class="container"><span class="ngayhomnay"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
 <span class="pull-right"><a href="/Account/Login">Đăng nhập</a></span></div></div>
<header class="banner"><div class="container">
 <a href="/"><img src="/Content/images/logo-pbc.png" alt="Logo {SCHOOL}" class="logo"></a>
 <div class="ten"><p class="ten_donvi">UBND THÀNH PHỐ TAM KỲ</p><h1 class="ten_truong">TRƯỜNG THCS PHAN BỘI CHÂU</h1></div>
</div></header>
<div class="container">{_menu()}</div>
<div class="container noidung_chinh"><ol class="breadcrumb">{crumb_html}</ol>
<div class="row"><div class="col-md-9 cot_giua">
{main}
</div>{_sidebar()}</div></div>
<footer class="chantrang"><div class="container">
 <p><strong>{SCHOOL.upper()}</strong></p>
 <p>Địa chỉ: 27 Phan Bội Châu, thành phố Tam Kỳ, tỉnh Quảng Nam</p>
 <p>Điện thoại: 0235.3851.246 - Email: thcsphanboichau.tk@quangnam.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Hiệu trưởng Lê Quang Minh</p>
 <p class="banquyen">© 2019 - 2026 Bản quyền thuộc về {SCHOOL}. Thiết kế bởi <a href="https://saoviet.example.vn" target="_blank">SVSoft</a></p>
</div></footer>
<script src="/bundles/jquery?v={BUNDLE_V}"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script src="/Scripts/jquery.unobtrusive-ajax.min.js"></script>
<script>$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</body>
</html>"""
    return html(page, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET"})


def _img(img: Img, alt: str = "") -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table class="tbl_anh" align="center" border="0" cellpadding="3" cellspacing="0" style="width:90%">'
            f'<tbody><tr><td style="text-align:center"><img src="{src}" alt="" style="width:100%"></td></tr>'
            f'<tr><td style="text-align:center;background:#f2f2f2"><span style="font-size:12px">'
            f"{esc(img.printed or '')}</span></td></tr></tbody></table>"
        )
    if img.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img class="lazy" src="{GREY}" data-original="{src}" '
            'width="640" height="427" alt=""></p>'
        )
        if img.printed:
            out += f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        return out
    if img.style == "alt":
        return f'<p style="text-align: center;"><img src="{src}" alt="{esc(alt)}" style="width:600px"></p>'
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width:600px;height:400px"></p>'
    if img.printed:
        out += (
            '<p style="text-align: center;"><span style="font-size:12px;"><em>'
            f"{esc(img.printed)}</em></span></p>"
        )
    return out


def render_blocks(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(x.text)}</li>" for x in run) + "</ul>")
            else:
                rows = []
                for n, x in enumerate(run):
                    tag = "td"
                    cells = "".join(
                        f'<{tag} style="border:1px solid #999;padding:3px">'
                        + (f"<strong>{esc(c)}</strong>" if n == 0 else esc(c))
                        + f"</{tag}>"
                        for c in x.text.split(" | ")
                    )
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
            continue
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img(b, story.opts.get("alt", "")))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _related(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s.id != story.id][:4]
    if not others:
        return ""
    lis = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{url_of(s)}">{esc(s.title)}</a> '
        f'<span class="ngay_tk">({day_of(s)})</span></li>'
        for s in others
    )
    return f'<div class="tinkhac"><div class="tieude_tinkhac">Tin cùng chuyên mục</div><ul>{lis}</ul></div>'


def _comments(story: Story) -> str:
    items = "".join(
        f'<div class="bl_item"><div class="bl_ten"><b>{esc(n)}</b> <i class="bl_ngay">({d})</i></div>'
        f'<div class="bl_nd">{esc(t)}</div></div>'
        for n, d, t in story.opts.get("comments", [])
    )
    token = opaque(f"csrf-{story.id}", 80)
    return f"""<div class="binhluan"><div class="tieude_bl">Ý kiến bạn đọc ({len(story.opts.get("comments", []))})</div>
{items}
<form action="/BinhLuan/Gui" method="post" class="frm_bl">
<input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input id="TinTucId" name="TinTucId" type="hidden" value="{story.id}" />
<input class="form-control" name="HoTen" placeholder="Họ và tên (*)" type="text" value="" />
<input class="form-control" name="Email" placeholder="Email (*)" type="text" value="" />
<textarea class="form-control" name="NoiDung" rows="4" placeholder="Nội dung bình luận"></textarea>
<button type="submit" class="btn btn-primary btn-sm">Gửi bình luận</button>
</form></div>"""


def _ms(story: Story) -> int:
    """The publication instant as ASP.NET's JSON serializer prints it (``/Date(ms)/``)."""
    day, clock = story.opts["printed"].split(" ", 1)
    h, mi, _sec = (int(x) for x in clock.split(" ")[0].split(":"))
    h = h % 12 + (12 if clock.endswith("CH") else 0)
    stamp = datetime.strptime(day, "%d/%m/%Y").replace(hour=h, minute=mi, tzinfo=timezone(timedelta(hours=7)))
    return int(stamp.timestamp() * 1000)


def article_page(request: Request, story: Story) -> Response:
    o = story.opts
    bar = [f'<span class="ngaydang"><i class="fa fa-clock-o"></i> Ngày đăng: {o["printed"]}</span>']
    if o.get("writer"):
        bar.append(f'<span class="nguoiviet"><i class="fa fa-pencil"></i> Người viết: {esc(o["writer"])}</span>')
    bar.append(f'<span class="nguoidang"><i class="fa fa-user"></i> Người đăng: {esc(o["poster"])}</span>')
    bar.append(f'<span class="luotxem"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    mota = (
        f'<div class="mota_ct"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if o.get("attach"):
        name = o["attach"].rsplit("/", 1)[1]
        attach = (
            f'<div class="dinhkem"><i class="fa fa-paperclip"></i> Tệp đính kèm: '
            f'<a href="{o["attach"]}" target="_blank">{name}</a></div>'
        )
    main = f"""<div class="ct_tin" id="ctTin_{story.id}">
<h2 class="tieude_ct">{esc(story.title)}</h2>
<div class="tt_dang">{' | '.join(bar)}</div>
<div class="congcu"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a>
 <a href="javascript:void(0)" onclick="TangCoChu()">A+</a> <a href="javascript:void(0)" onclick="GiamCoChu()">A-</a>
 <div class="fb-like" data-href="{base_url(request)}{url_of(story)}" data-layout="button_count" data-share="true"></div></div>
{mota}
<div class="nd_ct" id="noidung">
{render_blocks(story)}
</div>
{attach}
<div class="tukhoa_ct"><b>Từ khóa:</b> <span>{esc(CATS[story.cat].lower())}</span>, <span>thcs phan bội châu</span>, <span>tam kỳ</span></div>
{_comments(story)}
{_related(story)}
</div>
<script>var _model = {{"Id":{story.id},"NgayDang":"\\/Date({_ms(story)})\\/"}};</script>"""
    crumbs = [("Tin tức", "#"), (CATS[story.cat], f"/tin-tuc/danh-muc/{story.cat}")]
    if story.cat == "thong-bao":
        crumbs = [(CATS[story.cat], f"/tin-tuc/danh-muc/{story.cat}")]
    return layout(request, "Chi tiết tin tức", crumbs, main, canonical=url_of(story),
                  description=story.summary or "")


# --- listings ------------------------------------------------------------------------------


def pager(cat: str, page: int, count: int) -> str:
    if count <= 1:
        return ""
    base = f"/tin-tuc/danh-muc/{cat}?page="
    ajax = 'data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="#dsTin"'
    maxn = 3
    first, last = 1, count
    if count > maxn:
        first = max(1, page - maxn // 2)
        last = first + maxn - 1
        if last > count:
            last = count
            first = count - maxn + 1
    lis = []
    if page > 1:
        lis.append(f'<li class="PagedList-skipToPrevious"><a {ajax} href="{base}{page - 1}" rel="prev">«</a></li>')
    if first > 1:
        lis.append('<li class="disabled PagedList-ellipses"><a>&#8230;</a></li>')
    for n in range(first, last + 1):
        if n == page:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f'<li><a {ajax} href="{base}{n}">{n}</a></li>')
    if last < count:
        lis.append('<li class="disabled PagedList-ellipses"><a>&#8230;</a></li>')
    if page < count:
        lis.append(f'<li class="PagedList-skipToNext"><a {ajax} href="{base}{page + 1}" rel="next">»</a></li>')
    return (
        f'<div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div>'
        f'<div class="trang_hientai">Trang {page} / {count}</div>'
    )


def list_partial(cat: str, page: int) -> str | None:
    items = in_cat(cat)
    count = max(1, -(-len(items) // PAGE_SIZE))
    if page < 1 or page > count:
        return None
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for s in chunk:
        thumb = next((i.src for i in s.images), "/Content/images/no-image.jpg")
        thumb = thumb.replace("/2026/", "/2026/thumb/")
        mota = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        rows.append(
            f'<div class="item_tin row"><div class="col-xs-4"><a href="{url_of(s)}">'
            f'<img src="{thumb}" alt="{esc(s.title)}" class="img-responsive"></a></div>'
            f'<div class="col-xs-8"><h3 class="tieude_item"><a href="{url_of(s)}">{esc(s.title)}</a></h3>'
            f'<span class="ngay_item"><i class="fa fa-calendar"></i> {day_of(s)}</span>'
            f'<p class="mota_item">{esc(mota[:180])}...</p></div></div>'
        )
    return f'<div id="dsTin" class="ds_tin">{"".join(rows)}{pager(cat, page, count)}</div>'


def list_page(request: Request, cat: str) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    partial = list_partial(cat, int(raw))
    if partial is None:
        return None
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return html(partial)
    crumbs = [("Tin tức", "#"), (CATS[cat], "")] if cat != "thong-bao" else [(CATS[cat], "")]
    main = f'<div class="tieude_dm"><h2>{esc(CATS[cat])}</h2></div>{partial}'
    return layout(request, CATS[cat], crumbs, main)


def home_page(request: Request) -> Response:
    latest = newest(5)
    hot = latest[1]
    marquee = " &nbsp;|&nbsp; ".join(
        f'<a href="/Home/ChiTiet/{s.id}">{esc(s.title)}</a>' for s in STORIES if s.opts.get("old_route")
    )
    news = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="ngay_tk">({day_of(s)[:5]})</span></li>'
        for s in latest
    )
    blocks = []
    for cat, n in (("tin-tuc-su-kien", 3), ("hoat-dong-chuyen-mon", 2), ("doan-doi", 2)):
        lis = "".join(f'<li><a href="{url_of(s)}">{esc(s.title)}</a></li>' for s in in_cat(cat)[:n])
        blocks.append(
            f'<div class="khung_dm"><div class="tieude_dm"><a href="/tin-tuc/danh-muc/{cat}">{esc(CATS[cat])}</a>'
            f'<a class="xemthem" href="/tin-tuc/danh-muc/{cat}">Xem thêm »</a></div><ul>{lis}</ul></div>'
        )
    main = f"""<div class="thongbao_chay"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
<div class="tin_noibat row"><div class="col-md-7"><a href="{url_of(hot)}"><img src="{hot.images[0].src.replace('/2026/', '/2026/thumb/')}" alt="" class="img-responsive"></a>
<h3><a href="{url_of(hot)}">{esc(hot.title)}</a></h3><p>{esc(hot.summary or '')}</p></div>
<div class="col-md-5"><div class="tieude_dm">Tin mới nhất</div><ul class="ds_tinmoi">{news}</ul></div></div>
{''.join(blocks)}"""
    return layout(request, "Trang chủ", [], main)


# --- pages that are not articles -----------------------------------------------------------

INTRO = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        [
            "Trường THCS Phan Bội Châu được thành lập năm 1976, tiền thân là Trường cấp II Tam Kỳ.",
            "Trải qua gần 50 năm xây dựng và phát triển, nhà trường đã nhiều năm liền đạt danh hiệu "
            "Tập thể lao động xuất sắc và được công nhận trường đạt chuẩn quốc gia mức độ 2 năm 2021.",
        ],
    ),
    "ban-giam-hieu": (
        "Ban giám hiệu",
        ["Hiệu trưởng: Thầy Lê Quang Minh", "Phó Hiệu trưởng: Cô Nguyễn Thị Kim Oanh", "Phó Hiệu trưởng: Thầy Hồ Văn Tài"],
    ),
    "to-chuyen-mon": (
        "Tổ chuyên môn",
        ["Tổ Ngữ văn", "Tổ Toán - Tin", "Tổ Khoa học tự nhiên", "Tổ Ngoại ngữ", "Tổ Xã hội", "Tổ Văn phòng"],
    ),
}


def intro_page(request: Request, slug: str) -> Response | None:
    if slug not in INTRO:
        return None
    title, paras = INTRO[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="ct_gioithieu"><h2 class="tieude_ct">{esc(title)}</h2>{body}</div>'
    return layout(request, title, [("Giới thiệu", ""), (title, "")], main)


def contact_page(request: Request) -> Response:
    token = opaque("csrf-lienhe", 80)
    main = f"""<div class="ct_lienhe"><h2 class="tieude_ct">Liên hệ</h2>
<p><b>{SCHOOL}</b></p><p>Địa chỉ: 27 Phan Bội Châu, thành phố Tam Kỳ, tỉnh Quảng Nam</p>
<p>Điện thoại: 0235.3851.246</p><p>Email: thcsphanboichau.tk@quangnam.edu.vn</p>
<form action="/lien-he" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input name="HoTen" class="form-control" placeholder="Họ tên"><textarea name="NoiDung" class="form-control"></textarea>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form></div>"""
    return layout(request, "Liên hệ", [("Liên hệ", "")], main)


def docs_list(request: Request) -> Response:
    main = """<div class="tieude_dm"><h2>Văn bản</h2></div><table class="table table-bordered tbl_vanban">
<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
<tr><td>186/KH-THCSPBC</td><td>15/09/2026</td><td><a href="/van-ban/chi-tiet/21">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</a></td></tr>
</table>"""
    return layout(request, "Văn bản", [("Văn bản", "")], main)


def doc_entry(request: Request) -> Response:
    main = """<div class="ct_vanban"><h2 class="tieude_ct">Kế hoạch giáo dục nhà trường năm học 2026 - 2027</h2>
<table class="table table-bordered"><tr><td>Số hiệu</td><td>186/KH-THCSPBC</td></tr>
<tr><td>Ngày ban hành</td><td>15/09/2026</td></tr><tr><td>Người ký</td><td>Lê Quang Minh</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Uploads/thcspbc/files/ke-hoach-giao-duc-2026-2027.pdf">ke-hoach-giao-duc-2026-2027.pdf</a></td></tr></table></div>"""
    return layout(request, "Văn bản", [("Văn bản", "/van-ban"), ("Chi tiết văn bản", "")], main)


ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027-7"


def albums(request: Request) -> Response:
    main = f"""<div class="tieude_dm"><h2>Thư viện ảnh</h2></div><div class="row">
<div class="col-xs-4"><a href="{ALBUM_PATH}"><img src="{UP}/09/thumb/khai-giang-1.jpg" alt=""></a>
<p><a href="{ALBUM_PATH}">Lễ khai giảng năm học 2026 - 2027</a></p></div></div>"""
    return layout(request, "Thư viện ảnh", [("Thư viện ảnh", "")], main)


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-4"><a href="{UP}/09/khai-giang-{n}.jpg" data-lightbox="album7">'
        f'<img src="{UP}/09/thumb/khai-giang-{n}.jpg" alt=""></a></div>'
        for n in range(1, 5)
    )
    main = f'<div class="ct_album"><h2 class="tieude_ct">Lễ khai giảng năm học 2026 - 2027</h2><div class="row">{pics}</div></div>'
    return layout(request, "Thư viện ảnh", [("Thư viện ảnh", "/thu-vien-anh"), ("Lễ khai giảng", "")], main)


def search_page(request: Request) -> Response:
    q = request.params.get("tukhoa", "")
    main = f'<div class="tieude_dm"><h2>Kết quả tìm kiếm: {esc(q)}</h2></div><p>Không tìm thấy kết quả nào.</p>'
    return layout(request, "Tìm kiếm", [("Tìm kiếm", "")], main)


def login_page(request: Request) -> Response:
    token = opaque("csrf-login", 80)
    main = f"""<div class="dangnhap"><h2 class="tieude_ct">Đăng nhập hệ thống</h2>
<form action="/Account/Login" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input name="UserName" class="form-control" placeholder="Tên đăng nhập"><input name="Password" type="password" class="form-control">
<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div>"""
    return layout(request, "Đăng nhập", [("Đăng nhập", "")], main)


# --- the site ------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$")
_OLD = re.compile(r"^/[Hh]ome/[Cc]hi[Tt]iet/(\d+)$")
_LIST = re.compile(r"^/tin-tuc/danh-muc/([a-z0-9-]+)$")
_INTRO = re.compile(r"^/gioi-thieu/([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path in ("/BinhLuan/Gui", "/BinhChon/Gui", "/lien-he"):
                return html("<p>Cảm ơn bạn. Nội dung đang chờ quản trị duyệt.</p>")
            return None
        if path == "/Content/css":
            return static_file("x.css")
        if path.startswith(("/Content/", "/Scripts/", "/Uploads/")):
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "application/javascript"})
        if path == "/":
            return home_page(request)
        if path == "/Home/Index":
            return redirect("/", 301)
        if m := _LIST.match(path):
            return list_page(request, m.group(1)) if m.group(1) in CATS else None
        if m := _POST.match(path):
            story = BY_ID.get(int(m.group(2)))
            return article_page(request, story) if story else None
        if m := _OLD.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else None
        if m := _INTRO.match(path):
            return intro_page(request, m.group(1))
        pages = {
            "/lien-he": contact_page,
            "/van-ban": docs_list,
            "/van-ban/chi-tiet/21": doc_entry,
            "/thu-vien-anh": albums,
            ALBUM_PATH: album,
            "/tim-kiem": search_page,
            "/Account/Login": login_page,
        }
        if path in pages:
            return pages[path](request)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{story.opts['old_slug']}-{story.id}")
    if story.opts.get("old_route"):
        alts.append(f"/Home/ChiTiet/{story.id}")
    return alts


GOLD = [
    gold_record(s, url_of(s), CATS[s.cat], canonical_path=url_of(s), alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh",
    "/gioi-thieu/ban-giam-hieu",
    "/gioi-thieu/to-chuyen-mon",
    "/lien-he",
    "/van-ban/chi-tiet/21",
    ALBUM_PATH,
]
