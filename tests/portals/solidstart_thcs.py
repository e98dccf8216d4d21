"""Fixture portal: Trường THCS Nguyễn Du (quận Hoàn Kiếm, Hà Nội) on SolidStart 1 + Directus.

Platform
    An alumnus built the school's site as a SolidStart 1 app (SolidJS, server-side rendered with
    hydration markers, Vinxi build assets under ``/_build/``) that reads a headless Directus; the
    Directus asset endpoint is proxied on the same host under ``/cms/assets/<uuid>?<transform>``.
    Every server-rendered element carries a ``data-hk`` hydration key, every dynamic text
    expression is wrapped in ``<!--$-->…<!--/-->`` comments, the route's data is serialised again
    at the end of the page by seroval (``_$HY.r[...] = $R[...] = {...}``) and one Suspense block
    (the "Bài viết mới" box) is streamed out of order: a placeholder with a skeleton stands where
    it is shown and its content comes after the footer in ``<template id="pl-…">``, moved in by
    ``$df(…)``.

URL scheme
    ``/``                           home: featured carousel, latest five, most read, blocks
    ``/tin-tuc`` ``?trang=N``       all posts, five a page (pages 1-3), pager links are
                                    query-only (``href="?trang=2"``)
    ``/chuyen-muc/<slug>``          category listing, four a page, same pager (``?trang=N``)
    ``/tin-tuc/<slug>``             a post (canonical)
    ``/tin-tuc/<slug>?ref=noi-bat`` same post, linked from the home carousel
    ``/tin-tuc/<directus id>``      same post, linked by the streamed "Bài viết mới" box
    ``/gioi-thieu``, ``/gioi-thieu/doi-ngu``, ``/lien-he``, ``/thu-vien-anh/<slug>``,
    ``/van-ban/<slug>``             pages that are not articles
    ``/_build/assets/…``            JS/CSS; ``/cms/assets/<uuid>`` Directus files (images, PDF)

Page templates
    Shell: top bar with today's date, logo, menu with drop-downs (Giới thiệu, Tin tức with the
    categories, Văn bản, Thư viện ảnh, Liên hệ), breadcrumb ``ol.bcr``, sidebar (Đọc nhiều,
    Liên kết, Thống kê truy cập, Bình chọn), footer. Post: sticky reading bar, chip, ``h1.bv-td``,
    meta line (``<time>``, "Cập nhật …", "Đăng bởi: <Directus user>", views), sapo ``p.bv-tt``
    (some posts), cover ``<picture>``, Directus rich text in ``div.bv-nd`` (TinyMCE HTML, or
    Markdown rendered by ``marked`` for one post), attachments, tags, share bar, "Cùng chuyên mục"
    (server-rendered) and the streamed "Bài viết mới".

How each gold article is reached
    The home page lists the five newest and features four (``?ref=noi-bat``); the sidebar's
    "Đọc nhiều" links three more. ``/tin-tuc`` pages 1-3 list all thirteen (the three oldest
    only on page 3); each category listing lists its own ("Học sinh lớp 6 trải nghiệm…" is
    linked only from ``/tin-tuc?trang=3`` and ``/chuyen-muc/tin-tuc-su-kien?trang=2``). Posts
    6, 8-11 and 13 are reached from ``/tin-tuc?trang=2``/``3`` or their category page.

Traps
    1. Hydration comments everywhere: ``<!--$-->``/``<!--/-->`` wrap each dynamic value, so the
       date, byline and view count are split into comment-separated pieces and JSX-trimmed
       siblings glue without spaces ("…2026Cập nhật 2 ngày trước"). Gold: the values as printed.
    2. ``<time datetime>`` holds the Directus timestamp in UTC ("2026-11-30T18:15:00.000Z") while
       the text prints local time, time first, in Intl vi-VN form ("01:15 Thứ Ba, 1 tháng 12,
       2026"); for the 01:15 post the UTC day is the day before. Gold: the local print,
       "2026-12-01T01:15:00+07:00".
    3. Date-only Directus fields print as a day ("Thứ Hai, 30 tháng 11, 2026") while the
       attribute is local midnight in UTC ("2026-11-29T17:00:00.000Z"). Gold: "2026-11-30".
    4. A relative update line "Cập nhật 2 ngày trước" and the seroval payload's ``date_created``
       (the draft's day) are not the publication date.
    5. The seroval ``<script>`` at the end repeats the record (content HTML, sapo, user) and the
       streamed ``<template>`` holds other posts' titles and sapos: neither is body.
    6. The meta line's "Đăng bởi: admin.nguyendu" is the Directus account (nobody); the real
       author signs in the last right-aligned paragraph with a form of address and a unit:
       "Thầy Trần Văn Bình (Tổ Toán – Tin)" -> "Trần Văn Bình". "Thầy"/"Cô" are dropped like
       titles. "Tin, ảnh: X" -> author and photographer; "Tin: X - Ảnh: Y" -> [X], [Y]; a unit
       signing alone ("Liên đội THCS Nguyễn Du", "Ban Giám hiệu") is the author as printed.
    7. A sticky reading bar (``div.stk``) prints the title truncated with "…" before the h1;
       ``og:title`` is Directus' shorter ``seo_title``. Gold title: the h1.
    8. The Markdown post (rendered by ``marked``) keeps the editor's hard-wrapped source lines:
       newlines inside one ``<p>`` are one paragraph; its image and italic caption sit in one
       ``<p>`` (``<img>`` newline ``<em>caption</em>``): the caption is not body.
    9. The same post is linked three ways: ``/tin-tuc/<slug>``, ``?ref=noi-bat`` from the home
       carousel and ``/tin-tuc/<directus id>`` from the streamed box (all with a canonical link
       to the slug): alt_paths.
    10. Pagers are query-only hrefs (``?trang=2``) that must be joined to the listing's own path
        (on a category page they mean ``/chuyen-muc/<slug>?trang=2``); "1" links ``?trang=1``, a
        duplicate of the bare listing.
    11. The cover image is a ``<picture>`` with WebP ``srcset`` sources; the article image is the
        ``<img src>`` with Directus transform query (``?width=960&quality=80&format=jpg``), which
        is part of the gold path. Listing thumbnails of the same file use another transform.
    12. Captions three ways: TinyMCE ``<figure><figcaption>``, a centred italic paragraph after
        the image, the Markdown em line; "(…)" parentheses are taken off; a figcaption that only
        says "Ảnh: Nguyễn Minh Đức" credits a photographer (caption None).
    13. Inside the text: "Xem thêm: <link>" line, "Nguồn: …"/"Theo …" closing line, attachment
        box ("Tệp đính kèm"), tags chips: none is body. A table's rows are paragraphs, cells
        joined by " | ".

Gold decisions on ambiguous points
    - ``category`` is the breadcrumb's last crumb (also the chip over the h1).
    - The cover ``<picture>`` printed above the text is the article's first image (caption None:
      the page prints no line for it).
    - "Thầy"/"Cô" before a teacher's name are forms of address, dropped like degrees.
    - Sapo: ``p.bv-tt`` printed outside the text, or a bold first paragraph; a post with neither
      has summary None (its meta description is not a sapo).
    - The Directus id URL and the ``?ref=`` URL are alt_paths of the slug URL.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "solidstart_thcs"
PLATFORM = "SolidStart 1 (SolidJS SSR + hydration) with headless Directus"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doi-cong-doan": "Đội - Công đoàn",
}
LIST_SIZE = 5
CAT_SIZE = 4


def uuid_of(name: str) -> str:
    """A Directus file id (uuid v4 shape) made from a name."""
    h = hashlib.md5(name.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def asset(name: str, transform: str = "width=960&quality=80&format=jpg") -> str:
    return f"/cms/assets/{uuid_of(name)}?{transform}"


def cover(name: str) -> Img:
    return Img(asset(name), None, None, style="cover")


FILES_PDF = {uuid_of("lich-kiem-tra-hk1.pdf"), uuid_of("ke-hoach-45.pdf")}

# --- the stories (newest first) -------------------------------------------------------------

S1 = Story(
    1,
    "hoc-sinh-thcs-nguyen-du-dat-5-giai-nhat-ky-thi-hoc-sinh-gioi-cap-quan",
    "Học sinh THCS Nguyễn Du đạt 5 giải Nhất kỳ thi học sinh giỏi cấp quận",
    "tin-tuc-su-kien",
    "2026-12-03T14:30:00+07:00",
    [
        cover("hsg-quan-2026-cover"),
        P(
            "Kỳ thi chọn học sinh giỏi lớp 9 cấp quận năm học 2026 – 2027 được tổ chức ngày "
            "28/11/2026 tại Trường THCS Ngô Sĩ Liên với 612 thí sinh của 10 trường trên địa bàn."
        ),
        P(
            "Đội tuyển của trường gồm 38 học sinh dự thi ở 9 môn. Kết quả, các em giành 31 giải, "
            "trong đó có 5 giải Nhất, 9 giải Nhì, 10 giải Ba và 7 giải Khuyến khích, xếp thứ hai "
            "toàn quận về tổng số giải."
        ),
        Img(
            asset("hsg-quan-2026-trao-giai"),
            "(Thầy Hiệu trưởng chúc mừng các em đạt giải Nhất)",
            "Thầy Hiệu trưởng chúc mừng các em đạt giải Nhất",
            style="fig",
        ),
        P("Kết quả theo môn", "h"),
        P("Môn | Số dự thi | Số giải | Giải Nhất", "tr"),
        P("Toán | 6 | 6 | 2", "tr"),
        P("Ngữ văn | 5 | 4 | 1", "tr"),
        P("Tiếng Anh | 6 | 6 | 2", "tr"),
        P(
            "Những học sinh có kết quả cao nhất sẽ tiếp tục được bồi dưỡng để tham dự kỳ thi "
            "học sinh giỏi cấp thành phố vào tháng 3/2027."
        ),
        Raw(
            '<p style="text-align:right"><strong>Thầy Trần Văn Bình</strong> '
            "(Tổ Toán – Tin)</p>"
        ),
    ],
    authors=["Trần Văn Bình"],
    summary=(
        "Với 5 giải Nhất, 9 giải Nhì cùng nhiều giải Ba và Khuyến khích, đội tuyển học sinh "
        "giỏi lớp 9 của trường tiếp tục nằm trong tốp đầu của quận Hoàn Kiếm."
    ),
    sapo_outside=True,
    opts={"did": 1187, "upd": "2 ngày trước", "created": "2026-12-02T09:12:44.000Z"},
)

S2 = Story(
    2,
    "hoi-thi-net-chu-net-nguoi-nam-2026",
    "Hội thi “Nét chữ nết người” năm 2026",
    "tin-tuc-su-kien",
    "2026-12-01T01:15:00+07:00",
    [
        cover("net-chu-2026-cover"),
        P(
            "Nhằm rèn chữ viết và tính cẩn thận cho học sinh, sáng 28/11, trường tổ chức Hội thi "
            "“Nét chữ nết người” dành cho học sinh khối 6 và khối 7."
        ),
        P(
            "Mỗi lớp cử ba thí sinh. Các em chép một đoạn thơ trong thời gian 30 phút, bài được "
            "chấm theo các tiêu chí: đúng mẫu chữ, đều nét, sạch đẹp và trình bày khoa học."
        ),
        Img(
            asset("net-chu-2026-thi-sinh"),
            "(Thí sinh khối 6 trong giờ thi)",
            "Thí sinh khối 6 trong giờ thi",
            style="pcap",
        ),
        P(
            "Ban giám khảo trao 4 giải Nhất, 6 giải Nhì và 8 giải Ba; giải Nhất tập thể thuộc về "
            "lớp 6A3."
        ),
        Raw('<p style="text-align:right"><em>Tin, ảnh: Nguyễn Minh Đức</em></p>'),
    ],
    authors=["Nguyễn Minh Đức"],
    photographers=["Nguyễn Minh Đức"],
    opts={"did": 1185, "upd": "4 ngày trước", "created": "2026-11-29T15:40:02.000Z"},
)

S3 = Story(
    3,
    "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026–2027",
    "thong-bao",
    "2026-11-30",
    [
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026–2027 đối với học sinh "
            "các khối lớp như sau:"
        ),
        P("Khối 6, 7: từ ngày 21/12 đến ngày 24/12/2026.", "li"),
        P("Khối 8, 9: từ ngày 22/12 đến ngày 26/12/2026.", "li"),
        P("Các môn đánh giá bằng nhận xét kiểm tra theo lịch của giáo viên bộ môn.", "li"),
        P(
            "Học sinh có mặt trước giờ kiểm tra 15 phút, mang đầy đủ đồ dùng học tập; phụ huynh "
            "theo dõi lịch chi tiết trên sổ liên lạc điện tử."
        ),
        Raw('<p style="text-align:right"><strong>Ban Giám hiệu</strong></p>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "did": 1184,
        "day_only": True,
        "upd": "3 ngày trước",
        "created": "2026-11-27T08:00:00.000Z",
        "files": [("lich-kiem-tra-hk1.pdf", "Lịch kiểm tra cuối học kỳ I (PDF, 212 KB)")],
    },
)

S4 = Story(
    4,
    "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-8",
    "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
    "hoat-dong-chuyen-mon",
    "2026-11-27T09:00:00+07:00",
    [
        P(
            "Ngày 25/11, tổ Khoa học tự nhiên tổ chức chuyên đề cấp trường “Dạy học STEM: chế tạo "
            "bình lọc nước đơn giản” tại lớp 8A2 do cô Lê Thị Hoa thực hiện.",
            "md",
        ),
        P("Tiến trình bài dạy", "h"),
        P(
            "Học sinh được chia thành sáu nhóm, tìm hiểu nguyên lý lọc cơ học, lựa chọn vật liệu "
            "sỏi, cát, than hoạt tính và bông rồi lắp ráp sản phẩm theo bản thiết kế của nhóm.",
            "md",
        ),
        Img(
            asset("stem-khtn-8-nhom", "width=960&quality=80&format=jpg"),
            "Các nhóm thử nghiệm bình lọc nước",
            "Các nhóm thử nghiệm bình lọc nước",
            style="md",
        ),
        P(
            "Buổi học là dịp để các em vận dụng kiến thức liên môn vào giải quyết một vấn đề "
            "thực tiễn của cuộc sống.",
            "quote",
        ),
        P(
            "Các thầy cô dự giờ đánh giá cao sự chủ động của học sinh và thống nhất nhân rộng "
            "mô hình ở các khối lớp khác trong học kỳ II.",
            "md",
        ),
        Raw("<p><em>Tin: Lê Thị Hoa - Ảnh: Phạm Quang Huy</em></p>"),
    ],
    authors=["Lê Thị Hoa"],
    photographers=["Phạm Quang Huy"],
    opts={"did": 1181, "markdown": True, "upd": "1 tuần trước", "created": "2026-11-26T10:03:51.000Z"},
)

S5 = Story(
    5,
    "lien-doi-to-chuc-le-ky-niem-ngay-nha-giao-viet-nam-20-11",
    "Liên đội tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
    "doi-cong-doan",
    "2026-11-20T10:45:00+07:00",
    [
        cover("20-11-2026-cover"),
        P(
            "Sáng 20/11, Liên đội THCS Nguyễn Du long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam với sự tham dự của đại diện Ban đại diện cha mẹ học sinh."
        ),
        P(
            "Chương trình văn nghệ do các chi đội tự dàn dựng với nhiều tiết mục ca ngợi thầy "
            "cô; tiết mục múa “Bụi phấn” của chi đội 9A1 để lại nhiều cảm xúc."
        ),
        Img(asset("20-11-2026-van-nghe"), "Ảnh: Nguyễn Minh Đức", None, style="fig"),
        P(
            "Dịp này, Liên đội trao thưởng cho 12 chi đội có thành tích cao trong đợt thi đua "
            "“Hoa điểm tốt dâng thầy cô”."
        ),
        Raw('<p style="text-align:right"><strong>Liên đội THCS Nguyễn Du</strong></p>'),
    ],
    authors=["Liên đội THCS Nguyễn Du"],
    photographers=["Nguyễn Minh Đức"],
    opts={"did": 1176, "upd": "2 tuần trước", "created": "2026-11-20T02:11:09.000Z"},
)

S6 = Story(
    6,
    "hoi-giang-chao-mung-20-11-24-tiet-day-dat-loai-gioi",
    "Hội giảng chào mừng 20/11: 24 tiết dạy đạt loại Giỏi",
    "hoat-dong-chuyen-mon",
    "2026-11-18T16:20:00+07:00",
    [
        P(
            "Từ ngày 2/11 đến 16/11, 31 giáo viên của trường tham gia hội giảng chào mừng Ngày "
            "Nhà giáo Việt Nam."
        ),
        P(
            "Các tiết dạy được đầu tư về phương pháp, ứng dụng công nghệ thông tin hợp lý,"
            " phát huy tính tích cực của học sinh.",
            "br1",
        ),
        P("Ban giám khảo xếp loại Giỏi 24 tiết, loại Khá 7 tiết.", "br2"),
        P(
            "Nhà trường chọn 3 tiết dạy tiêu biểu tham gia hội giảng cấp quận vào tháng 12."
        ),
        Raw(
            '<p>Xem thêm: <a href="/tin-tuc/chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-8">'
            "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8</a></p>"
        ),
        Raw('<p style="text-align:right"><strong>Cô Đặng Thu Trang</strong> (Phó Hiệu trưởng)</p>'),
    ],
    authors=["Đặng Thu Trang"],
    opts={"did": 1172, "upd": "2 tuần trước", "created": "2026-11-17T13:55:20.000Z"},
)

S7 = Story(
    7,
    "ha-noi-cong-bo-phuong-an-tuyen-sinh-vao-lop-10-nam-hoc-2027-2028",
    "Hà Nội công bố phương án tuyển sinh vào lớp 10 năm học 2027–2028",
    "tin-tuc-su-kien",
    "2026-11-14T08:00:00+07:00",
    [
        P(
            "Sở Giáo dục và Đào tạo Hà Nội vừa công bố phương án tuyển sinh vào lớp 10 trung "
            "học phổ thông năm học 2027–2028, giữ ổn định ba môn thi như năm trước.",
            "bold",
        ),
        P(
            "Theo phương án, thí sinh thi ba bài: Ngữ văn, Toán và Ngoại ngữ; điểm xét tuyển là "
            "tổng điểm ba bài thi cộng điểm ưu tiên, không nhân hệ số."
        ),
        P(
            "Kỳ thi dự kiến diễn ra trong tháng 6/2027; lịch cụ thể sẽ được Sở thông báo sau "
            "khi có hướng dẫn của Bộ Giáo dục và Đào tạo."
        ),
        Raw('<p style="text-align:right"><em>Theo Báo Hànộimới</em></p>'),
    ],
    summary=(
        "Sở Giáo dục và Đào tạo Hà Nội vừa công bố phương án tuyển sinh vào lớp 10 trung học phổ "
        "thông năm học 2027–2028, giữ ổn định ba môn thi như năm trước."
    ),
    source="Báo Hànộimới",
    opts={"did": 1169, "upd": "3 tuần trước", "created": "2026-11-13T23:41:00.000Z"},
)

S8 = Story(
    8,
    "giai-bong-da-mini-hoc-sinh-khoi-8-9-nam-2026",
    "Giải bóng đá mini học sinh khối 8 – 9 năm 2026",
    "doi-cong-doan",
    "2026-11-09T17:05:00+07:00",
    [
        cover("bong-da-2026-cover"),
        P(
            "Sau hai tuần thi đấu sôi nổi, chiều 8/11, trận chung kết Giải bóng đá mini học sinh "
            "khối 8 – 9 đã diễn ra tại sân trường."
        ),
        P(
            "Đội 9A4 giành chức vô địch sau loạt sút luân lưu 4–3 trước đội 8A1; giải Vua phá lưới "
            "thuộc về em Hoàng Gia Bảo với 7 bàn thắng."
        ),
        Img(asset("bong-da-2026-cup"), "(Đội 9A4 nhận cúp vô địch)", "Đội 9A4 nhận cúp vô địch", style="pcap"),
        Raw('<p style="text-align:right"><em>Tin, ảnh: Vũ Hải Nam</em></p>'),
    ],
    authors=["Vũ Hải Nam"],
    photographers=["Vũ Hải Nam"],
    opts={"did": 1163, "upd": "4 tuần trước", "created": "2026-11-08T11:00:00.000Z"},
)

S9 = Story(
    9,
    "thong-bao-ve-viec-dang-ky-hoc-cau-lac-bo-ngoai-gio",
    "Thông báo về việc đăng ký học câu lạc bộ ngoài giờ",
    "thong-bao",
    "2026-11-05",
    [
        P(
            "Nhằm đáp ứng nhu cầu phát triển năng khiếu của học sinh, nhà trường mở các câu lạc "
            "bộ ngoài giờ từ tháng 11/2026."
        ),
        P("Câu lạc bộ Cờ vua: chiều thứ Ba hằng tuần.", "li"),
        P("Câu lạc bộ Tiếng Anh giao tiếp: chiều thứ Năm hằng tuần.", "li"),
        P("Câu lạc bộ Robotics: sáng thứ Bảy hằng tuần.", "li"),
        P("Phụ huynh đăng ký qua giáo viên chủ nhiệm trước ngày 12/11/2026."),
        Raw('<p style="text-align:right"><strong>Ban Giám hiệu</strong></p>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={"did": 1160, "day_only": True, "upd": "1 tháng trước", "created": "2026-11-03T07:30:00.000Z"},
)

S10 = Story(
    10,
    "toa-dam-phu-huynh-dong-hanh-cung-con-tuoi-day-thi",
    "Tọa đàm “Phụ huynh đồng hành cùng con tuổi dậy thì”",
    "tin-tuc-su-kien",
    "2026-10-30T19:30:00+07:00",
    [
        P(
            "Tối 29/10, hơn 200 phụ huynh học sinh khối 6 và khối 7 tham dự buổi tọa đàm do nhà "
            "trường phối hợp với Bệnh viện Nhi Trung ương tổ chức."
        ),
        P(
            "Các chuyên gia chia sẻ những thay đổi tâm sinh lý của trẻ ở tuổi dậy thì và cách "
            "cha mẹ lắng nghe, trò chuyện để con cởi mở hơn."
        ),
        Img(asset("toa-dam-phu-huynh"), "Phụ huynh đặt câu hỏi cho chuyên gia", "Phụ huynh đặt câu hỏi cho chuyên gia", style="fig"),
        P("Nhiều phụ huynh mong muốn nhà trường duy trì hoạt động này mỗi học kỳ."),
        Raw('<p style="text-align:right"><strong>Cô Phạm Thị Lan</strong> (Tổ Tư vấn học đường)</p>'),
    ],
    authors=["Phạm Thị Lan"],
    opts={"did": 1152, "upd": "1 tháng trước", "created": "2026-10-30T12:20:00.000Z"},
)

S11 = Story(
    11,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-tieng-anh",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Tiếng Anh",
    "hoat-dong-chuyen-mon",
    "2026-10-22T11:10:00+07:00",
    [
        P(
            "Tổ Ngoại ngữ tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết "
            "dạy Unit 3 – Tiếng Anh 7 tại lớp 7A5."
        ),
        P(
            "Giáo viên dự giờ tập trung quan sát hoạt động học của từng nhóm học sinh thay vì "
            "nhận xét người dạy, từ đó đề xuất điều chỉnh nhiệm vụ học tập."
        ),
        P("Buổi sinh hoạt giúp tổ thống nhất nhiều giải pháp nâng cao kỹ năng nói cho học sinh."),
        Raw('<p style="text-align:right"><strong>Tổ Ngoại ngữ</strong></p>'),
    ],
    authors=["Tổ Ngoại ngữ"],
    opts={"did": 1146, "upd": "1 tháng trước", "created": "2026-10-21T09:00:00.000Z"},
)

S12 = Story(
    12,
    "hoc-sinh-lop-6-trai-nghiem-tai-bao-tang-lich-su-quoc-gia",
    "Học sinh lớp 6 trải nghiệm tại Bảo tàng Lịch sử Quốc gia",
    "tin-tuc-su-kien",
    "2026-10-15T14:00:00+07:00",
    [
        cover("bao-tang-ls-cover"),
        P(
            "Trong khuôn khổ chương trình giáo dục địa phương, ngày 14/10, 312 học sinh khối 6 đã "
            "tham gia hoạt động trải nghiệm tại Bảo tàng Lịch sử Quốc gia."
        ),
        P(
            "Các em được nghe thuyết minh về thời kỳ Văn Lang – Âu Lạc và trực tiếp quan sát trống "
            "đồng Ngọc Lũ, hiện vật tiêu biểu của văn hóa Đông Sơn."
        ),
        Img(asset("bao-tang-ls-trong-dong"), "(Học sinh tìm hiểu trống đồng Ngọc Lũ)", "Học sinh tìm hiểu trống đồng Ngọc Lũ", style="fig"),
        P("Sau chuyến đi, mỗi lớp hoàn thành một sản phẩm báo tường về chủ đề đã tìm hiểu."),
        Raw('<p style="text-align:right"><em>Tin, ảnh: Nguyễn Minh Đức</em></p>'),
    ],
    authors=["Nguyễn Minh Đức"],
    photographers=["Nguyễn Minh Đức"],
    opts={"did": 1139, "upd": "7 tuần trước", "created": "2026-10-14T16:45:00.000Z"},
)

S13 = Story(
    13,
    "dai-hoi-lien-doi-nhiem-ky-2026-2027",
    "Đại hội Liên đội nhiệm kỳ 2026–2027",
    "doi-cong-doan",
    "2026-10-08T08:30:00+07:00",
    [
        P(
            "Sáng 7/10, Liên đội THCS Nguyễn Du tổ chức Đại hội nhiệm kỳ 2026–2027 với sự tham "
            "dự của 120 đại biểu là chỉ huy các chi đội."
        ),
        P(
            "Đại hội đã đánh giá kết quả hoạt động năm học trước, đề ra phương hướng nhiệm vụ và "
            "bầu Ban Chỉ huy Liên đội mới gồm 15 đội viên."
        ),
        P("Em Nguyễn Khánh Linh, lớp 9A2, được bầu làm Liên đội trưởng."),
        Raw('<p style="text-align:right"><strong>Liên đội THCS Nguyễn Du</strong></p>'),
    ],
    authors=["Liên đội THCS Nguyễn Du"],
    opts={"did": 1131, "upd": "2 tháng trước", "created": "2026-10-07T04:10:00.000Z"},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}
BY_DID = {str(s.opts["did"]): s for s in STORIES}
FEATURED = [S1, S2, S5, S7]
MOST_READ = [S3, S4, S6]
NEWEST = STORIES[:3]

# --- pages that are not articles ------------------------------------------------------------

PAGES = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        [
            "Trường THCS Nguyễn Du được thành lập năm 1956, tọa lạc tại số 22 phố Hàng Bài, "
            "phường Hoàn Kiếm, Hà Nội.",
            "Trường có 36 lớp với gần 1.600 học sinh và 92 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "/gioi-thieu/doi-ngu": (
        "Đội ngũ cán bộ, giáo viên",
        [
            "Hiệu trưởng: Thầy Nguyễn Hữu Quang.",
            "Phó Hiệu trưởng: Cô Đặng Thu Trang, Thầy Lương Văn Sơn.",
            "Tổ trưởng chuyên môn: 7 đồng chí.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: 22 Hàng Bài, phường Hoàn Kiếm, thành phố Hà Nội.",
            "Điện thoại: 024 3825 4132 – Email: c2nguyendu@hanoiedu.vn",
        ],
    ),
}
ALBUM_PATH = "/thu-vien-anh/le-khai-giang-nam-hoc-2026-2027"
DOC_PATH = "/van-ban/ke-hoach-45-kh-thcsnd"

# --- rendering helpers ----------------------------------------------------------------------

_hk = [0]


def hk() -> str:
    """A hydration key as Solid 1.8 prints them."""
    _hk[0] += 1
    return f' data-hk="0{_hk[0]:011x}"'


def dyn(value: str) -> str:
    """A dynamic expression in Solid SSR output."""
    return f"<!--$-->{value}<!--/-->"


def local_dt(story: Story) -> datetime:
    if story.opts.get("day_only"):
        return datetime.fromisoformat(story.published_at + "T00:00:00+07:00")
    return datetime.fromisoformat(story.published_at)


def utc_iso(story: Story) -> str:
    return local_dt(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def intl_full(story: Story) -> str:
    """Intl.DateTimeFormat('vi-VN', {dateStyle: 'full', timeStyle: 'short'})."""
    d = local_dt(story)
    day = f"{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"
    if story.opts.get("day_only"):
        return dyn(day)
    return f"{dyn(d.strftime('%H:%M'))} {dyn(day)}"


def intl_short(story: Story) -> str:
    d = local_dt(story)
    return f"{d.day}/{d.month}/{d.year}"


def md_wrap(value: str, width: int = 9) -> str:
    words = esc(value).split(" ")
    return "\n".join(" ".join(words[i : i + width]) for i in range(0, len(words), width))


def render_content(story: Story) -> str:
    """The Directus rich text as the editor stored it (TinyMCE HTML or marked's output)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            alt = esc(b.caption or story.title)
            if b.style == "fig":
                out.append(
                    f'<figure class="image"><img src="{esc(b.src)}" alt="{alt}" width="960" height="640">'
                    f"<figcaption>{esc(b.printed)}</figcaption></figure>"
                )
            elif b.style == "pcap":
                out.append(
                    f'<p style="text-align: center;"><img src="{esc(b.src)}" alt="" width="800" height="533"></p>'
                    f'<p style="text-align: center;"><em><span style="font-size: 10pt;">'
                    f"{esc(b.printed)}</span></em></p>"
                )
            else:  # markdown: ![alt](src)\n*caption*
                out.append(f'<p><img src="{esc(b.src)}" alt="{alt}">\n<em>{esc(b.printed)}</em></p>')
        elif b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(group):
                    tag = "th" if n == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        elif b.style == "h":
            out.append(f"<h3>{esc(b.text)}</h3>" if not story.opts.get("markdown") else f"<h2>{esc(b.text)}</h2>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p>{md_wrap(b.text)}</p>\n</blockquote>")
        elif b.style == "md":
            out.append(f"<p>{md_wrap(b.text)}</p>")
        elif b.style == "bold":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f"<p>{esc(b.text)}<br>{esc(nxt.text)}</p>")
            i += 2
            continue
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    sep = "\n" if story.opts.get("markdown") else ""
    return sep.join(out)


def thumb(story: Story) -> str:
    imgs = story.images
    name_src = imgs[0].src if imgs else asset("logo-nguyen-du-placeholder")
    uid = name_src.split("/cms/assets/")[1].split("?")[0]
    return f"/cms/assets/{uid}?width=400&height=260&fit=cover&format=webp"


def excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "…"


CSS = '<link rel="stylesheet" href="/_build/assets/client-Dq8Xo2Lk.css">'
HYDRATE = (
    "<script>window._$HY||(e=>{let t=e=>e&&e.hasAttribute&&(e.hasAttribute(\"data-hk\")?e:t(e.host&&"
    "e.host.nodeType?e.host:e.parentNode));[\"click\",\"input\"].forEach((o=>document.addEventListener"
    "(o,(o=>{if(!e.events)return;let s=t(o.composedPath&&o.composedPath()[0]||o.target);s&&!e.completed"
    ".has(s)&&e.events.push([s,o])}))))})(_$HY={events:[],completed:new WeakSet,r:{},fe(){}});</script>"
)


def menu() -> str:
    cats = "".join(
        f'<li{hk()}><a href="/chuyen-muc/{slug}">{esc(label)}</a></li>' for slug, label in CATEGORIES.items()
    )
    return (
        f'<nav class="mnu"{hk()}><ul class="mnu-l">'
        f'<li><a href="/">Trang chủ</a></li>'
        f'<li class="dd"><a href="/gioi-thieu">Giới thiệu</a><ul class="dd-m">'
        f'<li><a href="/gioi-thieu">Giới thiệu chung</a></li>'
        f'<li><a href="/gioi-thieu/doi-ngu">Đội ngũ</a></li></ul></li>'
        f'<li class="dd"><a href="/tin-tuc">Tin tức</a><ul class="dd-m">{cats}</ul></li>'
        f'<li><a href="{DOC_PATH}">Văn bản</a></li>'
        f'<li><a href="{ALBUM_PATH}">Thư viện ảnh</a></li>'
        f'<li><a href="/lien-he">Liên hệ</a></li>'
        f'<li><a href="https://hanoi.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT</a></li>'
        f"</ul></nav>"
    )


def sidebar() -> str:
    most = "".join(
        f'<li{hk()}><span class="n">{n}</span><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a></li>'
        for n, s in enumerate(MOST_READ, 1)
    )
    return (
        f'<aside class="sb"{hk()}>'
        f'<section class="sb-b"><h3 class="sb-h">Đọc nhiều</h3><ol class="sb-top">{most}</ol></section>'
        f'<section class="sb-b"><h3 class="sb-h">Liên kết</h3><ul>'
        f'<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        f'<li><a href="https://hanoi.edu.vn" target="_blank">Sở GD&amp;ĐT Hà Nội</a></li>'
        f'<li><a href="https://hoankiem.hanoi.gov.vn" target="_blank">UBND quận Hoàn Kiếm</a></li>'
        f"</ul></section>"
        f'<section class="sb-b"><h3 class="sb-h">Bình chọn</h3><p>Bạn thấy giao diện mới của website?</p>'
        f'<label><input type="radio" name="bc" value="1"> Đẹp, dễ dùng</label>'
        f'<label><input type="radio" name="bc" value="2"> Bình thường</label>'
        f'<button type="button">Bình chọn</button></section>'
        f'<section class="sb-b tk"><h3 class="sb-h">Thống kê truy cập</h3>'
        f"<div>Đang online: {dyn('27')}</div><div>Hôm nay: {dyn('1.204')}</div>"
        f"<div>Tổng truy cập: {dyn('2.318.560')}</div></section>"
        f"</aside>"
    )


def shell(request: Request, title: str, main: str, *, crumbs: list[tuple[str, str]], head: str = "",
          tail: str = "") -> str:
    crumb = "".join(
        f'<li{hk()}><a href="{href}">{esc(label)}</a></li>' if href else f'<li{hk()} aria-current="page">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} | THCS Nguyễn Du</title>"
        '<link rel="icon" href="/favicon.ico">'
        '<link rel="modulepreload" href="/_build/assets/client-BvN3q2aT.js">'
        '<link rel="modulepreload" href="/_build/assets/_slug_-C7mR0xKp.js">'
        f"{CSS}{head}{HYDRATE}<!--xs--></head><body>"
        f'<div id="app"><!--!$e00000000000--><div class="wr"{hk()}>'
        f'<div class="tb"{hk()}><span>{dyn(HEADER_TODAY)}</span>'
        '<span>Hotline: 024 3825 4132</span>'
        '<a href="https://facebook.com/thcsnguyendu.hk" target="_blank" rel="noopener">Facebook</a></div>'
        f'<header class="hd"{hk()}><a href="/" class="lg"><img src="/_build/assets/logo-nd-9fX2.png" '
        'alt="Logo THCS Nguyễn Du"></a><div class="hd-t"><div>UBND QUẬN HOÀN KIẾM</div>'
        "<div>TRƯỜNG THCS NGUYỄN DU</div></div>"
        '<form action="https://www.google.com/search" class="ts"><input name="q" placeholder="Tìm kiếm…">'
        '<input type="hidden" name="sitesearch" value="thcsnguyendu.edu.vn"></form></header>'
        f"{menu()}"
        f'<nav aria-label="breadcrumb"{hk()}><ol class="bcr">{crumb}</ol></nav>'
        f'<div class="ct"{hk()}><main class="mn"{hk()}>{main}</main>{sidebar()}</div>'
        f'<footer class="ft"{hk()}><div><b>TRƯỜNG THCS NGUYỄN DU – QUẬN HOÀN KIẾM</b></div>'
        "<div>Địa chỉ: 22 Hàng Bài, phường Hoàn Kiếm, Hà Nội · Điện thoại: 024 3825 4132 · "
        "Email: c2nguyendu@hanoiedu.vn</div>"
        "<div>© 2026 Bản quyền thuộc Trường THCS Nguyễn Du. Thiết kế bởi cựu học sinh khóa 2008–2012.</div>"
        "</footer></div><!--!$/e00000000000--></div>"
        f"{tail}"
        '<script type="module" async src="/_build/assets/client-BvN3q2aT.js"></script>'
        "</body></html>"
    )


def card(s: Story, *, ref: str = "") -> str:
    href = f"/tin-tuc/{s.slug}{ref}"
    return (
        f'<div class="cd"{hk()}><a href="{href}" class="cd-i"><img src="{esc(thumb(s))}" alt="" '
        f'loading="lazy"></a><div class="cd-b"><span class="cd-c">{dyn(esc(CATEGORIES[s.cat]))}</span>'
        f'<a href="{href}" class="cd-t"><h3>{dyn(esc(s.title))}</h3></a>'
        f'<span class="cd-d">{dyn(intl_short(s))}</span>'
        f'<p class="cd-e">{dyn(esc(excerpt(s)))}</p></div></div>'
    )


def pager(page: int, pages: int) -> str:
    if pages < 2:
        return ""
    items = []
    if page > 1:
        items.append(f'<a href="?trang={page - 1}" class="pg-p">‹ Trước</a>')
    for n in range(1, pages + 1):
        cur = ' aria-current="page" class="on"' if n == page else ""
        items.append(f'<a href="?trang={n}"{cur}>{n}</a>')
    if page < pages:
        items.append(f'<a href="?trang={page + 1}" class="pg-n">Sau ›</a>')
    return f'<nav class="pg"{hk()}>' + "".join(items) + "</nav>"


def page_number(request: Request) -> int | None:
    value = request.params.get("trang", "1")
    return int(value) if value.isdigit() and int(value) >= 1 else None


# --- pages ----------------------------------------------------------------------------------


def home(request: Request) -> Response:
    _hk[0] = 0
    slides = "".join(
        f'<div class="sl"{hk()}><a href="/tin-tuc/{s.slug}?ref=noi-bat"><img src="{esc(thumb(s))}" alt="">'
        f"<span>{dyn(esc(s.title))}</span></a></div>"
        for s in FEATURED
    )
    latest = "".join(card(s) for s in STORIES[:LIST_SIZE])
    blocks = "".join(
        f'<section class="hb"{hk()}><h2><a href="/chuyen-muc/{slug}">{esc(label)}</a></h2>'
        + "".join(
            f'<div><a href="/tin-tuc/{s.slug}">{dyn(esc(s.title))}</a></div>'
            for s in [x for x in STORIES[:LIST_SIZE] if x.cat == slug][:2]
        )
        + "</section>"
        for slug, label in CATEGORIES.items()
    )
    main = (
        f'<section class="cr"{hk()}><h2>Tin nổi bật</h2>{slides}</section>'
        f'<section class="ls"{hk()}><h2>Tin mới</h2>{latest}'
        f'<a href="/tin-tuc" class="xt">Xem tất cả tin ›</a></section>{blocks}'
    )
    return html(shell(request, "Trang chủ", main, crumbs=[]))


def listing(request: Request, items: list[Story], size: int, heading: str, crumbs) -> Response | None:
    page = page_number(request)
    pages = max(1, -(-len(items) // size))
    if page is None or page > pages:
        return None
    chunk = items[(page - 1) * size : page * size]
    main = (
        f'<h1 class="ls-h"{hk()}>{esc(heading)}</h1>'
        f'<div class="ls"{hk()}>{"".join(card(s) for s in chunk)}</div>{pager(page, pages)}'
    )
    title = heading if page == 1 else f"{heading} - Trang {page}"
    return html(shell(request, title, main, crumbs=crumbs))


def seroval(story: Story) -> str:
    record = {
        "id": story.opts["did"],
        "status": "published",
        "slug": story.slug,
        "tieu_de": story.title,
        "tom_tat": story.summary if story.sapo_outside else None,
        "noi_dung": render_content(story),
        "date_created": story.opts["created"],
        "date_published": utc_iso(story),
        "user_created": {"first_name": "Quản trị", "last_name": "", "email": "admin.nguyendu@gmail.com"},
        "chuyen_muc": {"slug": story.cat, "ten": CATEGORIES[story.cat]},
    }
    data = json.dumps(record, ensure_ascii=False).replace("</", "<\\/")
    return (
        "<script>self.$R=self.$R||[];_$HY.r[\"0000000100000\"]=$R[0]="
        f"Promise.resolve({data});_$HY.r[\"0000000100001\"]=$R[1]=$R[0]</script>"
    )


def streamed_newest() -> str:
    items = "".join(
        f'<li><a href="/tin-tuc/{s.opts["did"]}">{esc(s.title)}</a><p>{esc(excerpt(s))}</p></li>'
        for s in NEWEST
    )
    return (
        f'<template id="a3"><section class="bm"><h3>Bài viết mới</h3><ul>{items}</ul></section>'
        '</template><script>$df("a3")</script>'
    )


def article(request: Request, story: Story) -> Response:
    _hk[0] = 0
    cat_label = CATEGORIES[story.cat]
    covers = [b for b in story.blocks if isinstance(b, Img) and b.style == "cover"]
    pic = ""
    if covers:
        uid = covers[0].src.split("/cms/assets/")[1].split("?")[0]
        webp = ", ".join(f"/cms/assets/{uid}?width={w}&amp;quality=80&amp;format=webp {w}w" for w in (480, 960, 1440))
        pic = (
            f'<picture class="bv-cv"{hk()}><source type="image/webp" srcset="{webp}" sizes="(max-width: 768px) 100vw, 760px">'
            f'<img src="{esc(covers[0].src)}" alt="{esc(story.title)}" width="960" height="540" fetchpriority="high"></picture>'
        )
    short = story.title if len(story.title) <= 40 else story.title[:40].rsplit(" ", 1)[0] + "…"
    sapo = f'<p class="bv-tt"{hk()}>{dyn(esc(story.summary))}</p>' if story.sapo_outside else ""
    files = "".join(
        f'<li><a href="/cms/assets/{uuid_of(fname)}?download" download>{esc(label)}</a></li>'
        for fname, label in story.opts.get("files", [])
    )
    files_box = f'<div class="bv-dk"{hk()}><b>Tệp đính kèm</b><ul>{files}</ul></div>' if files else ""
    same = [s for s in STORIES if s.cat == story.cat and s is not story][:3]
    same_html = "".join(f'<li><a href="/tin-tuc/{s.slug}">{dyn(esc(s.title))}</a> <span>({dyn(intl_short(s))})</span></li>' for s in same)
    url = base_url(request) + f"/tin-tuc/{story.slug}"
    main = (
        f'<div class="stk" aria-hidden="true"{hk()}><span>Đang đọc:</span> {dyn(esc(short))}</div>'
        f'<article class="bv"{hk()}>'
        f'<a class="bv-chip" href="/chuyen-muc/{story.cat}">{dyn(esc(cat_label))}</a>'
        f'<h1 class="bv-td"{hk()}>{dyn(esc(story.title))}</h1>'
        f'<div class="bv-mt"{hk()}><time datetime="{utc_iso(story)}">{intl_full(story)}</time>'
        f"<span>Cập nhật {dyn(story.opts['upd'])}</span>"
        f"<span>Đăng bởi: {dyn('admin.nguyendu')}</span>"
        f"<span>{dyn(f'{story.views():,}'.replace(',', '.'))} lượt xem</span></div>"
        f"{sapo}{pic}"
        f'<div class="bv-nd"{hk()}>{render_content(story)}</div>'
        f"{files_box}"
        f'<div class="bv-tag"{hk()}>Thẻ: <a href="https://www.google.com/search?q={quote(cat_label)}" rel="nofollow">'
        f"#{esc(cat_label)}</a> <span>#THCSNguyenDu</span></div>"
        f'<div class="bv-sh"{hk()}><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">'
        f'Chia sẻ Facebook</a><a href="https://zalo.me/share?u={esc(url)}" target="_blank">Zalo</a>'
        '<button type="button" onclick="window.print()">In bài</button></div>'
        f'<section class="bv-lq"{hk()}><h3>Cùng chuyên mục</h3><ul>{same_html}</ul></section>'
        '<template id="pl-a3"></template><div class="skel">Đang tải bài viết mới…</div><!--pl-a3-->'
        "</article>"
    )
    desc = excerpt(story)
    head = (
        f'<link rel="canonical" href="{esc(url)}">'
        f'<meta name="description" content="{esc(desc)}">'
        f'<meta property="og:title" content="{esc(story.title.split(":")[0].replace("“", "").replace("”", ""))}">'
        f'<meta property="og:type" content="article"><meta property="og:url" content="{esc(url)}">'
    )
    crumbs = [("Tin tức", "/tin-tuc"), (cat_label, f"/chuyen-muc/{story.cat}")]
    tail = streamed_newest() + seroval(story)
    return html(shell(request, story.title, main, crumbs=crumbs, head=head, tail=tail))


def simple_page(request: Request, path: str) -> Response:
    _hk[0] = 0
    title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    crumbs = [(title, "")] if path != "/gioi-thieu/doi-ngu" else [("Giới thiệu", "/gioi-thieu"), (title, "")]
    main = f'<div class="pg-st"{hk()}><h1>{esc(title)}</h1>{body}</div>'
    return html(shell(request, title, main, crumbs=crumbs))


def album(request: Request) -> Response:
    _hk[0] = 0
    photos = "".join(
        f'<a href="/cms/assets/{uuid_of(f"khai-giang-{n}")}?width=1600" class="al-i">'
        f'<img src="/cms/assets/{uuid_of(f"khai-giang-{n}")}?width=320&amp;height=240&amp;fit=cover" alt="Ảnh {n}"></a>'
        for n in range(1, 9)
    )
    main = (
        f'<div class="al"{hk()}><h1>Lễ khai giảng năm học 2026–2027</h1>'
        f"<div>{dyn('8')} ảnh · 05/9/2026</div><div class=\"al-g\">{photos}</div></div>"
    )
    return html(shell(request, "Lễ khai giảng năm học 2026–2027", main,
                      crumbs=[("Thư viện ảnh", ""), ("Lễ khai giảng năm học 2026–2027", "")]))


def document(request: Request) -> Response:
    _hk[0] = 0
    rows = [
        ("Số ký hiệu", "45/KH-THCSND"),
        ("Ngày ban hành", "02/11/2026"),
        ("Trích yếu", "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11/2026"),
        ("Người ký", "Nguyễn Hữu Quang"),
    ]
    table = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    main = (
        f'<div class="vb"{hk()}><h1>Kế hoạch số 45/KH-THCSND</h1><table class="vb-t">{table}</table>'
        f'<a href="/cms/assets/{uuid_of("ke-hoach-45.pdf")}?download">Tải về (PDF)</a></div>'
    )
    return html(shell(request, "Kế hoạch số 45/KH-THCSND", main, crumbs=[("Văn bản", ""), ("Kế hoạch số 45", "")]))


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/cms/assets/"):
            uid = path[len("/cms/assets/") :]
            if uid in FILES_PDF:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}", uid):
                return static_file("x.jpg")
            return None
        if path.startswith("/_build/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return listing(request, STORIES, LIST_SIZE, "Tin tức", [("Tin tức", "")])
        if path.startswith("/chuyen-muc/"):
            slug = path[len("/chuyen-muc/") :]
            if slug not in CATEGORIES:
                return None
            items = [s for s in STORIES if s.cat == slug]
            return listing(request, items, CAT_SIZE, CATEGORIES[slug], [("Tin tức", "/tin-tuc"), (CATEGORIES[slug], "")])
        if path.startswith("/tin-tuc/"):
            key = path[len("/tin-tuc/") :]
            story = BY_SLUG.get(key) or BY_DID.get(key)
            return article(request, story) if story else None
        if path in PAGES:
            return simple_page(request, path)
        if path == ALBUM_PATH:
            return album(request)
        if path == DOC_PATH:
            return document(request)
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    alts = []
    if s in FEATURED:
        alts.append(f"/tin-tuc/{s.slug}?ref=noi-bat")
    if s in NEWEST:
        alts.append(f"/tin-tuc/{s.opts['did']}")
    return alts


GOLD = [
    gold_record(s, f"/tin-tuc/{s.slug}", CATEGORIES[s.cat], alt_paths=_alts(s)) for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/gioi-thieu/doi-ngu", "/lien-he", ALBUM_PATH, DOC_PATH]
