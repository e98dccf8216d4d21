"""Fixture portal: Trường Chính trị tỉnh Hà Tĩnh on NukeViet 4.3 (news module), Bootstrap 3.

Platform
    NukeViet 4.3 with the news module as the home module. The home page uses the
    "viewcat_main_right" layout (one panel per category: the newest post with its thumbnail and
    hometext on the left, the next titles on the right); the categories use "viewcat_grid_new"
    (a Bootstrap grid of thumbnails, 4 posts a page, NukeViet's ``page-N`` pager). A
    "block_headline" slider of hot news (plus a "Tin mới nhất" tab) stands in the top position of
    every news page, above the breadcrumb and the article. The theme is the province party
    committee's official theme adapted for its political school.

URL scheme
    ``/vi/news/<cat-alias>/<post-alias>-<id>.html``   posts (detail)
    ``/vi/news/<cat-alias>/`` and ``/vi/news/<cat-alias>/page-<N>``   category grids (N >= 2)
    ``/vi/news/print/<cat-alias>/<post-alias>-<id>.html``   the print view (popup)
    ``/vi/news/tag/<alias>``   keyword pages; ``/vi/news/rss/``   the RSS feed (6 newest)
    ``/index.php?language=vi&nv=news&op=<cat-alias>/<post-alias>-<id>``   old non-rewritten
    form: 301 to the rewritten URL
    ``/vi/about/<alias>.html``   static pages; ``/vi/laws/`` and ``/vi/laws/detail/<alias>-<id>.html``
    the documents module; ``/vi/contact/``; ``/vi/seek/`` search.

Page templates
    home (``/``): headline slider + viewcat_main_right panels (newest 3 of each top category);
    parent category "Tin tức - Sự kiện": one panel per sub-category (newest 3 each);
    leaf categories: viewcat_grid_new with ``ul.pagination``; detail: NukeViet's detail.tpl
    (h1.title, ``span.h5`` date, figure + ``div.hometext``, ``div#news-bodyhtml``, author/source
    ``p.h5.text-right``, keywords, rating, comments, "Tin mới hơn").

How each gold article is reached
    Hoạt động của Trường (4 own + 1 shared post, 2 pages): M, K, J, H on page 1, G only on
    ``page-2``. Đào tạo - Bồi dưỡng: L, H, E. Nghiên cứu - Trao đổi (5 posts, 2 pages): I, F, D,
    B on page 1, A only on ``page-2``. Công tác Đảng - Đoàn thể: C. The home panels, the slider,
    "Xem nhiều" and the RSS feed link newer posts; "Tin mới hơn" under a post lists only newer
    posts, so A and G are linked from nowhere but page 2 of their grid.

Traps
    1. Breadcrumb lives in NukeViet 4.3's hidden ``ul.temp-breadcrumbs`` (schema.org
       BreadcrumbList) while the visible ``ul.breadcrumbs`` is empty until JS fills it; the
       categories are nested (Tin tức - Sự kiện > Hoạt động của Trường). Gold category: the last
       crumb of the hidden list (the sub-category).
    2. Date printed NukeViet-style as "Thứ năm - 03/12/2026 14:30" (weekday, dash, 24 h) in a bare
       ``span.h5``; the "Tin mới hơn" list prints other posts' days "(01/12/2026)" in ``<em>``,
       comments print their own times, the header prints today. Gold: the span's day and time;
       C prints "00:00" -> the day alone.
    3. Titles that carry dates ("... Ngày Nhà giáo Việt Nam 20/11", "... tháng 11/2026"): not
       publication dates.
    4. The sapo is ``div.hometext`` outside ``#news-bodyhtml``, beside a ``figure.article`` of the
       home image whose ``figcaption`` prints homeimgalt, or the headline itself when the editor
       left the alt empty (NukeViet fills it with the title). Gold: sapo = the body's first
       paragraph; the figure is the article's first photo, caption = its figcaption as printed
       (also when it repeats the headline). Posts with imgposition 0 (A, B, E) print no figure:
       their home image is only a listing thumbnail, under ``/assets/news/...`` (the thumb
       path), never the article's photo.
    5. viewcat_grid_new truncates titles to 60 characters with "..." (nv_clean60) and hides the
       whole hometext in the link's ``data-content`` tooltip attribute. Gold title: the h1.
    6. Post H is filed in two categories (listcatid): each grid links it under its own alias and
       both URLs answer 200 with the same post; ``<link rel="canonical">`` and the breadcrumb
       name the main one (Đào tạo - Bồi dưỡng). Gold path: the main URL; the other in alt_paths.
    7. The author field "Tác giả:" after the body uses one dash for two things: "ThS. Trần Thị
       Minh Nguyệt - Khoa Xây dựng Đảng" (name - unit) and "Hồng Nhung - Văn Hoàng" (two names).
       Gold: ["Trần Thị Minh Nguyệt"] and ["Hồng Nhung", "Văn Hoàng"]; a unit alone ("Khoa Nhà
       nước và Pháp luật", "Phòng Quản lý đào tạo - NCKH") is the author as printed.
    8. "Nguồn tin:" field printed as a nofollow link (D) -> source "Tạp chí Mặt trận"; I has no
       field but a right-aligned closing "Nguồn: Ban Tuyên giáo Tỉnh ủy Hà Tĩnh" inside the body
       -> source, not body.
    9. Print view linked with ``href`` (rel="nofollow", onclick popup): same article, alt_paths.
    10. The editor's "Thông báo" portlet links J through the old query-string URL, which 301s to
        the rewritten one: listed in J's alt_paths as a URL variant of the same post.
    11. B was pasted from Word into a one-cell layout table (``<table><tr><td><p>...``): its
        paragraphs are paragraphs, not a " | " row; E carries a real timetable whose rows are
        paragraphs with cells joined by " | " (header row included).
    12. CKEditor bodies of three kinds: ``<div>`` text without ``<p>`` (M), ``<p>&nbsp;</p>``
        spacers (not paragraphs), ``<br />`` inside a paragraph (two paragraphs).
    13. Captions three ways: CKEditor image2 ``<figure class="image">`` + figcaption (K), a
        centred ``<p><em>`` line under a ``<p><img></p>`` (M, G, H), a line that only credits
        "(Ảnh: Văn Hoàng)" -> caption None, photographer (K).
    14. Chrome that reads like text: the headline slider's h3 titles and big images above the
        h1, "Từ khóa:" tags, the rating box "Tổng số điểm của bài viết là ...", the comments
        "Ý kiến bạn đọc" (J) with names, dates and paragraphs, "Lượt xem".
    15. F has no hometext: its first body paragraph is bold -> summary (bold lead).
    16. G ends with "Tin, ảnh: Ngọc Anh" inside the body -> author and photographer, not body;
        B signs at the end of the body "TS. Lê Đình Phong (Phó Hiệu trưởng)" right-aligned,
        with no author field -> author ["Lê Đình Phong"], not body.

Gold decisions on ambiguous points
    - The figure's figcaption is the caption even when it only repeats the headline (L).
    - A's "Tài liệu tham khảo" heading and entries are the text's own (body).
    - J's old query-string URL (301) is in alt_paths, as are print views and H's second alias.
    - E prints no author: authors [] (no "BBT" either).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet43_viewcat_grid_tct"
PLATFORM = "NukeViet 4.3 (news: viewcat_main_right / viewcat_grid_new, block_headline)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Hà Tĩnh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4

# alias -> (name, parent alias or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-cua-truong": ("Hoạt động của Trường", "tin-tuc-su-kien"),
    "dao-tao-boi-duong": ("Đào tạo - Bồi dưỡng", "tin-tuc-su-kien"),
    "nghien-cuu-trao-doi": ("Nghiên cứu - Trao đổi", None),
    "dang-doan-the": ("Công tác Đảng - Đoàn thể", None),
}
LEAVES = ["hoat-dong-cua-truong", "dao-tao-boi-duong", "nghien-cuu-trao-doi", "dang-doan-the"]
TOP = ["tin-tuc-su-kien", "nghien-cuu-trao-doi", "dang-doan-the"]

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]

TAGS = {
    "truong-chinh-tri": "trường chính trị",
    "ly-luan-chinh-tri": "lý luận chính trị",
    "nghien-cuu-khoa-hoc": "nghiên cứu khoa học",
    "boi-duong-can-bo": "bồi dưỡng cán bộ",
}


def _up(name: str) -> str:
    return f"/uploads/news/2026_{name}"


def _thumb(name: str) -> str:
    return f"/assets/news/2026_{name}"


# --- the stories ---------------------------------------------------------------------------------
# opts: cat, also (other categories), time (printed "HH:MM"), homeimg (file under 2026_mm/),
# imgpos (1: figure shown in the detail, 0: listing only), homealt, author (field as printed),
# source (field text), source_url, tags, hot (slider), comments

STORIES: list[Story] = [
    Story(
        id=1795,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao-tai-truong-chinh-tri-tinh",
        title="Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo tại Trường Chính trị tỉnh",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-08T09:20:00+07:00",
        summary=(
            "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là kim chỉ nam cho hoạt động đào tạo,"
            " bồi dưỡng đội ngũ cán bộ của hệ thống trường chính trị."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan điểm của Chủ tịch Hồ Chí Minh về cán bộ", "h"),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định cán bộ là cái gốc của mọi công việc; muôn việc"
                " thành công hoặc thất bại đều do cán bộ tốt hoặc kém."
            ),
            P(
                "“Huấn luyện cán bộ là công việc gốc của Đảng”, đó là lời dạy mà mỗi giảng viên"
                " trường chính trị luôn ghi nhớ.",
                "quote",
            ),
            P("2. Vận dụng vào công tác đào tạo của Trường", "h"),
            P(
                "Những năm qua, Trường Chính trị tỉnh Hà Tĩnh đã gắn nội dung giảng dạy với thực tiễn"
                " địa phương, tăng thời lượng nghiên cứu thực tế và đổi mới cách đánh giá học viên."
            ),
            P("Gắn lý luận với thực tiễn của tỉnh trong từng bài giảng;", "li"),
            P("Tăng cường rèn luyện đạo đức, tác phong cho học viên;", "li"),
            P("Đánh giá học viên bằng sản phẩm nghiên cứu thực tế.", "li"),
            P("Tài liệu tham khảo", "h"),
            P("1. Hồ Chí Minh: Toàn tập, Nxb Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309."),
            P("2. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, t.I."),
        ],
        authors=["Trần Thị Minh Nguyệt"],
        opts={
            "time": "09:20",
            "homeimg": "10/bac-ho-voi-can-bo.jpg",
            "imgpos": 0,
            "author": "ThS. Trần Thị Minh Nguyệt - Khoa Xây dựng Đảng",
        },
    ),
    Story(
        id=1801,
        slug="nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri-bang-phuong-phap-tich-cuc",
        title="Nâng cao chất lượng giảng dạy các môn lý luận chính trị bằng phương pháp tích cực",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-15T14:00:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học là yêu cầu"
            " cấp thiết đối với giảng viên lý luận chính trị hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Học viên các lớp trung cấp lý luận chính trị phần lớn là cán bộ đang công tác, có"
                " nhiều kinh nghiệm thực tiễn nên cách giảng thuyết trình một chiều không còn phù hợp.",
                "layout",
            ),
            P(
                "Giảng viên cần kết hợp thuyết trình với thảo luận nhóm, nêu vấn đề và xử lý tình huống"
                " gắn với công việc của học viên tại cơ sở.",
                "layout",
            ),
            P(
                "Bên cạnh đó, việc ứng dụng công nghệ thông tin, bài giảng điện tử giúp bài học sinh động,"
                " dễ tiếp thu hơn.",
                "layout",
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Lê Đình Phong</strong>'
                " <em>(Phó Hiệu trưởng)</em></p>"
            ),
        ],
        authors=["Lê Đình Phong"],
        opts={"time": "14:00", "homeimg": "10/giang-day-tich-cuc.jpg", "imgpos": 0,
              "tags": ["ly-luan-chinh-tri"]},
    ),
    Story(
        id=1806,
        slug="chi-bo-khoa-ly-luan-co-so-to-chuc-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề quý IV",
        cat="dang-doan-the",
        published_at="2026-10-22",
        summary=(
            "Chi bộ Khoa Lý luận cơ sở vừa tổ chức sinh hoạt chuyên đề với chủ đề “Nâng cao"
            " tinh thần trách nhiệm của đảng viên trong thực thi nhiệm vụ”."
        ),
        sapo_outside=True,
        blocks=[
            Img(_up("10/sinh-hoat-chi-bo.jpg"), "Quang cảnh buổi sinh hoạt chuyên đề",
                "Quang cảnh buổi sinh hoạt chuyên đề", "home"),
            P(
                "Buổi sinh hoạt có sự tham dự của đồng chí Phó Bí thư Đảng ủy Trường và toàn thể đảng"
                " viên trong chi bộ."
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, chỉ ra những hạn chế và đề xuất giải pháp khắc phục"
                " trong thời gian tới."
            ),
        ],
        authors=["Thu Hằng"],
        opts={"time": "00:00", "homeimg": "10/sinh-hoat-chi-bo.jpg", "imgpos": 1,
              "homealt": "Quang cảnh buổi sinh hoạt chuyên đề", "author": "Thu Hằng"},
    ),
    Story(
        id=1812,
        slug="mot-so-giai-phap-phat-huy-vai-tro-cua-mat-tran-to-quoc-trong-giam-sat-phan-bien-xa-hoi",
        title=(
            "Một số giải pháp phát huy vai trò của Mặt trận Tổ quốc trong giám sát, phản biện xã hội"
            " ở Hà Tĩnh"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-29T16:20:00+07:00",
        summary=(
            "Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt Nam, góp"
            " phần xây dựng Đảng, chính quyền trong sạch, vững mạnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(_up("10/mat-tran-giam-sat.jpg"), "Hội nghị phản biện xã hội do Ủy ban MTTQ tỉnh tổ chức",
                "Hội nghị phản biện xã hội do Ủy ban MTTQ tỉnh tổ chức", "home"),
            P(
                "Thời gian qua, Mặt trận Tổ quốc các cấp ở Hà Tĩnh đã chủ trì hàng trăm cuộc giám sát,"
                " tập trung vào các lĩnh vực được nhân dân quan tâm."
            ),
            P(
                "Để phát huy hơn nữa vai trò này, cần nâng cao nhận thức của cấp ủy, chính quyền và kiện"
                " toàn đội ngũ cán bộ Mặt trận có năng lực chuyên sâu."
            ),
        ],
        authors=["Phạm Văn Bình"],
        source="Tạp chí Mặt trận",
        opts={"time": "16:20", "homeimg": "10/mat-tran-giam-sat.jpg", "imgpos": 1,
              "homealt": "Hội nghị phản biện xã hội do Ủy ban MTTQ tỉnh tổ chức",
              "author": "ThS. Phạm Văn Bình", "source": "Tạp chí Mặt trận",
              "source_url": "http://tapchimattran.vn/nghien-cuu/giam-sat-phan-bien.html",
              "tags": ["nghien-cuu-khoa-hoc"]},
    ),
    Story(
        id=1817,
        slug="lich-hoc-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-thang-11-2026",
        title="Lịch học lớp Cao cấp lý luận chính trị hệ không tập trung tháng 11/2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-05T08:45:00+07:00",
        summary="Phòng Quản lý đào tạo thông báo lịch học của lớp Cao cấp lý luận chính trị tháng 11/2026.",
        sapo_outside=True,
        blocks=[
            P("Tuần | Thời gian | Nội dung | Giảng viên", "row"),
            P("Tuần 1 | 09 - 13/11/2026 | Triết học Mác - Lênin | TS. Nguyễn Văn Lợi", "row"),
            P("Tuần 2 | 16 - 20/11/2026 | Kinh tế chính trị | ThS. Võ Thị Hương", "row"),
            P("Tuần 3 | 23 - 27/11/2026 | Chủ nghĩa xã hội khoa học | TS. Đặng Quốc Việt", "row"),
            P("Học viên có mặt tại Hội trường A lúc 7 giờ 15 phút sáng thứ Hai hằng tuần."),
        ],
        opts={"time": "08:45", "homeimg": "11/lich-hoc.png", "imgpos": 0,
              "tags": ["ly-luan-chinh-tri", "boi-duong-can-bo"]},
    ),
    Story(
        id=1823,
        slug="doi-moi-cong-tac-nghien-cuu-thuc-te-cua-hoc-vien-cac-lop-trung-cap-ly-luan-chinh-tri",
        title="Đổi mới công tác nghiên cứu thực tế của học viên các lớp trung cấp lý luận chính trị",
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-12T15:00:00+07:00",
        summary=(
            "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình trung cấp lý luận chính trị,"
            " giúp học viên gắn kiến thức đã học với thực tiễn địa phương."
        ),
        blocks=[
            P(
                "Nghiên cứu thực tế là hoạt động bắt buộc trong chương trình trung cấp lý luận chính trị,"
                " giúp học viên gắn kiến thức đã học với thực tiễn địa phương.",
                "bold",
            ),
            Img(_up("11/nghien-cuu-thuc-te.jpg"), "Học viên nghiên cứu thực tế tại huyện Hương Khê",
                "Học viên nghiên cứu thực tế tại huyện Hương Khê", "home"),
            P(
                "Tuy nhiên, ở một số lớp, hoạt động này còn mang tính hình thức, báo cáo thu hoạch sao"
                " chép, thiếu số liệu cụ thể."
            ),
            P(
                "Khoa đề xuất giao đề tài gắn với vị trí việc làm của từng học viên và đánh giá bằng"
                " buổi báo cáo trước tập thể lớp."
            ),
        ],
        authors=["Khoa Nhà nước và Pháp luật"],
        opts={"time": "15:00", "homeimg": "11/nghien-cuu-thuc-te.jpg", "imgpos": 1,
              "homealt": "Học viên nghiên cứu thực tế tại huyện Hương Khê",
              "author": "Khoa Nhà nước và Pháp luật", "no_hometext": True,
              "tags": ["nghien-cuu-khoa-hoc"]},
    ),
    Story(
        id=1830,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường Chính trị tỉnh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-19T16:10:00+07:00",
        summary=(
            "Chiều 19/11, Trường Chính trị tỉnh Hà Tĩnh long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự có đồng chí Trưởng ban Tuyên giáo Tỉnh ủy cùng đại diện lãnh đạo các sở, ngành"
                " và các thế hệ nhà giáo của Trường qua các thời kỳ."
            ),
            Img(_up("11/ky-niem-20-11.jpg"), "Lãnh đạo Tỉnh ủy tặng hoa chúc mừng tập thể giảng viên",
                "Lãnh đạo Tỉnh ủy tặng hoa chúc mừng tập thể giảng viên", "next"),
            P(
                "Dịp này, 5 giảng viên được tặng Bằng khen của Chủ tịch UBND tỉnh vì có thành tích xuất"
                " sắc trong công tác giảng dạy."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ngọc Anh</strong></p>'),
        ],
        authors=["Ngọc Anh"],
        photographers=["Ngọc Anh"],
        opts={"time": "16:10", "homeimg": "11/ky-niem-20-11-thumb.jpg", "imgpos": 0},
    ),
    Story(
        id=1834,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-24T09:00:00+07:00",
        summary=(
            "Sáng 24/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi"
            " dưỡng kiến thức quốc phòng và an ninh cho 120 học viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(_up("11/be-giang-qpan.jpg"), "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
                "Trao giấy chứng nhận cho học viên hoàn thành khóa học", "home"),
            P(
                "Trong thời gian 2 tuần, học viên được nghiên cứu 12 chuyên đề về quan điểm của Đảng,"
                " chính sách, pháp luật của Nhà nước về quốc phòng, an ninh."
            ),
            Img(_up("11/be-giang-qpan-2.jpg"), "Học viên tham quan thực tế tại Trung đoàn 841",
                "Học viên tham quan thực tế tại Trung đoàn 841", "next"),
            P("Kết quả, 100% học viên đạt yêu cầu, trong đó 68% đạt loại giỏi."),
        ],
        authors=["Phòng Quản lý đào tạo - NCKH"],
        opts={"time": "09:00", "homeimg": "11/be-giang-qpan.jpg", "imgpos": 1,
              "homealt": "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
              "author": "Phòng Quản lý đào tạo - NCKH", "also": ["hoat-dong-cua-truong"],
              "tags": ["boi-duong-can-bo"]},
    ),
    Story(
        id=1836,
        slug="bao-ve-nen-tang-tu-tuong-cua-dang-tren-khong-gian-mang-nhan-dien-va-dau-tranh",
        title=(
            "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng: nhận diện và đấu tranh với các"
            " quan điểm sai trái, thù địch"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-26T10:15:00+07:00",
        summary=(
            "Các thế lực thù địch ngày càng lợi dụng mạng xã hội để xuyên tạc, phủ nhận nền tảng tư"
            " tưởng của Đảng, đòi hỏi sự tham gia tích cực của đội ngũ giảng viên lý luận chính trị."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _up("11/khong-gian-mang.jpg"),
                "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng: nhận diện và đấu tranh với các"
                " quan điểm sai trái, thù địch",
                "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng: nhận diện và đấu tranh với các"
                " quan điểm sai trái, thù địch",
                "home",
            ),
            P(
                "Thủ đoạn phổ biến là cắt ghép thông tin, bóp méo sự thật, lợi dụng những vấn đề nhạy cảm"
                " để kích động, gây hoài nghi trong một bộ phận cán bộ, đảng viên và nhân dân."
            ),
            P(
                "Giảng viên trường chính trị cần lồng ghép nội dung đấu tranh phản bác vào bài giảng và"
                " chủ động tham gia viết bài trên các trang mạng chính thống."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Ban Tuyên giáo Tỉnh ủy Hà Tĩnh</em></p>'),
        ],
        authors=["Nguyễn Thị Lam"],
        source="Ban Tuyên giáo Tỉnh ủy Hà Tĩnh",
        opts={"time": "10:15", "homeimg": "11/khong-gian-mang.jpg", "imgpos": 1,
              "homealt": "", "author": "Nguyễn Thị Lam", "hot": True,
              "tags": ["ly-luan-chinh-tri"]},
    ),
    Story(
        id=1838,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-iii-lam-viec-tai-truong-chinh-tri-tinh",
        title="Đoàn công tác Học viện Chính trị khu vực III làm việc tại Trường Chính trị tỉnh Hà Tĩnh",
        cat="hoat-dong-cua-truong",
        published_at="2026-11-27T15:45:00+07:00",
        summary=(
            "Chiều 27/11, đoàn công tác Học viện Chính trị khu vực III do đồng chí Phó Giám đốc Học"
            " viện làm trưởng đoàn đã có buổi làm việc tại Trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(_up("11/hvct-khu-vuc-3.jpg"), "Đồng chí Phó Giám đốc Học viện phát biểu tại buổi làm việc",
                "Đồng chí Phó Giám đốc Học viện phát biểu tại buổi làm việc", "home"),
            P(
                "Tại buổi làm việc, hai bên đã trao đổi về việc phối hợp mở lớp cao cấp lý luận chính"
                " trị, bồi dưỡng giảng viên và nghiên cứu khoa học."
            ),
            P(
                "Đồng chí Hiệu trưởng đề nghị Học viện tiếp tục hỗ trợ Trường trong xây dựng trường"
                " chính trị chuẩn mức 1."
            ),
        ],
        authors=["Minh Tâm"],
        opts={"time": "15:45", "homeimg": "11/hvct-khu-vuc-3.jpg", "imgpos": 1,
              "homealt": "Đồng chí Phó Giám đốc Học viện phát biểu tại buổi làm việc",
              "author": "Minh Tâm", "comments": True, "hot": True,
              "tags": ["truong-chinh-tri"]},
    ),
    Story(
        id=1841,
        slug="hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-truong-chinh-tri-tinh-nam-2026",
        title="Hội nghị cán bộ, viên chức, người lao động Trường Chính trị tỉnh năm 2026",
        cat="hoat-dong-cua-truong",
        published_at="2026-12-01T08:00:00+07:00",
        summary=(
            "Sáng 01/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội nghị cán bộ, viên chức, người lao"
            " động năm 2026 nhằm đánh giá kết quả thực hiện nhiệm vụ năm học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm 2026, Trường đã mở 32 lớp đào tạo, bồi dưỡng với hơn 2.800 học viên, vượt 12% kế"
                " hoạch được giao."
            ),
            Img(_up("12/hoi-nghi-vien-chuc.jpg"), "Đồng chí Hiệu trưởng trình bày báo cáo tại Hội nghị",
                "Đồng chí Hiệu trưởng trình bày báo cáo tại Hội nghị", "fig"),
            P(
                "Hội nghị đã thảo luận, biểu quyết thông qua Quy chế chi tiêu nội bộ và Quy chế dân chủ"
                " ở cơ sở năm 2027."
            ),
            Img(_up("12/hoi-nghi-vien-chuc-2.jpg"), "(Ảnh: Văn Hoàng)", None, "next"),
            P("Dịp này, Trường khen thưởng 14 tập thể và cá nhân có thành tích xuất sắc."),
        ],
        authors=["Hồng Nhung", "Văn Hoàng"],
        photographers=["Văn Hoàng"],
        opts={"time": "08:00", "homeimg": "12/hoi-nghi-vien-chuc.jpg", "imgpos": 0,
              "author": "Hồng Nhung - Văn Hoàng", "hot": True,
              "tags": ["truong-chinh-tri"]},
    ),
    Story(
        id=1843,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-khong-tap-trung-tai-huyen-can-loc",
        title="Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại huyện Can Lộc",
        cat="dao-tao-boi-duong",
        published_at="2026-12-02T14:00:00+07:00",
        summary=(
            "Chiều 02/12, Trường Chính trị tỉnh phối hợp với Huyện ủy Can Lộc khai giảng lớp Trung cấp"
            " lý luận chính trị K45 với 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                _up("12/khai-giang-k45.jpg"),
                "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại huyện Can Lộc",
                "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại huyện Can Lộc",
                "home",
            ),
            P(
                "Lớp học diễn ra trong 12 tháng, học viên là cán bộ chủ chốt cấp xã, trưởng, phó các"
                " phòng, ban của huyện."
            ),
            P("Phát biểu khai giảng, đồng chí Phó Hiệu trưởng yêu cầu học viên chấp hành nghiêm nội quy."),
            P("Học viên vắng quá 20% thời gian của một học phần sẽ không được dự thi.", "br"),
        ],
        authors=["Phòng Quản lý đào tạo - NCKH"],
        opts={"time": "14:00", "homeimg": "12/khai-giang-k45.jpg", "imgpos": 1, "homealt": "",
              "author": "Phòng Quản lý đào tạo - NCKH", "hot": True,
              "tags": ["ly-luan-chinh-tri", "boi-duong-can-bo"]},
    ),
    Story(
        id=1846,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-doi-ngu-giang-vien-truong-chinh-tri-tinh",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng đội ngũ giảng viên Trường Chính trị tỉnh trong"
            " giai đoạn mới”"
        ),
        cat="hoat-dong-cua-truong",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Ngày 03/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội thảo khoa học cấp trường với sự"
            " tham gia của hơn 60 đại biểu, nhà khoa học trong và ngoài tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Img(_up("12/hoi-thao-giang-vien.jpg"), "Các đại biểu tham dự Hội thảo",
                "Các đại biểu tham dự Hội thảo", "home"),
            P(
                "Hội thảo nhận được 28 bài tham luận, tập trung làm rõ thực trạng đội ngũ giảng viên và"
                " những yêu cầu mới đặt ra.",
                "div",
            ),
            P(
                "Các ý kiến thống nhất cần chuẩn hóa trình độ, tăng cường đi thực tế và bồi dưỡng kỹ năng"
                " giảng dạy cho giảng viên trẻ.",
                "div",
            ),
            Img(_up("12/hoi-thao-tham-luan.jpg"), "TS. Nguyễn Văn Lợi trình bày tham luận",
                "TS. Nguyễn Văn Lợi trình bày tham luận", "next"),
            P("Kết luận Hội thảo, đồng chí Hiệu trưởng đề nghị các khoa tiếp thu ý kiến.", "div"),
            P("Trường sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 12/2026.", "br"),
        ],
        authors=["Phòng Quản lý đào tạo - NCKH"],
        opts={"time": "14:30", "homeimg": "12/hoi-thao-giang-vien.jpg", "imgpos": 1,
              "homealt": "Các đại biểu tham dự Hội thảo",
              "author": "Phòng Quản lý đào tạo - NCKH", "hot": True,
              "tags": ["truong-chinh-tri", "nghien-cuu-khoa-hoc"]},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _dt_of(story: Story) -> _dt.datetime:
    day = _dt.date.fromisoformat(story.published_at[:10])
    hh, mm = story.opts["time"].split(":")
    return _dt.datetime(day.year, day.month, day.day, int(hh), int(mm))


def _cats_of(story: Story) -> list[str]:
    return [story.cat, *story.opts.get("also", [])]


def _in_cat(cat: str) -> list[Story]:
    """Posts listed by a category (sub-categories included), newest first."""
    subs = {c for c, (_, parent) in CATS.items() if c == cat or parent == cat}
    found = [s for s in STORIES if subs & set(_cats_of(s))]
    return sorted(found, key=_dt_of, reverse=True)


def _link(story: Story, cat: str | None = None) -> str:
    return f"/vi/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def _print_link(story: Story) -> str:
    return f"/vi/news/print/{story.cat}/{story.slug}-{story.id}.html"


def _old_link(story: Story) -> str:
    return f"/index.php?language=vi&nv=news&op={story.cat}/{story.slug}-{story.id}"


def _publtime(story: Story) -> str:
    d = _dt_of(story)
    return f"{WEEKDAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def _clean60(title: str) -> str:
    if len(title) <= 60:
        return title
    cut = title[:60].rsplit(" ", 1)[0]
    return cut + "..."


def _thumb_of(story: Story) -> str:
    return _thumb(story.opts["homeimg"])


def _hometext(story: Story) -> str:
    return "" if story.opts.get("no_hometext") else (story.summary or "")


# --- chrome --------------------------------------------------------------------------------------

MOST_READ = [1836, 1841, 1834, 1838, 1812]
RSS_COUNT = 6


def _menu() -> str:
    sub_news = "".join(
        f'<li><a href="/vi/news/{c}/" title="{esc(CATS[c][0])}">{esc(CATS[c][0])}</a></li>'
        for c in ("hoat-dong-cua-truong", "dao-tao-boi-duong")
    )
    return f"""
<nav class="second-nav" id="menusite">
 <div class="navbar navbar-default navbar-static-top" role="navigation">
  <div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default"><span class="sr-only">&nbsp;</span><span class="icon-bar">&nbsp;</span></button></div>
  <div class="collapse navbar-collapse" id="menu-site-default">
   <ul class="nav navbar-nav">
    <li><a class="home" title="Trang chủ" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang chủ</span></a></li>
    <li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/vi/about/gioi-thieu-chung.html" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
     <ul class="dropdown-menu">
      <li><a href="/vi/about/gioi-thieu-chung.html" title="Giới thiệu chung">Giới thiệu chung</a></li>
      <li><a href="/vi/about/co-cau-to-chuc.html" title="Cơ cấu tổ chức">Cơ cấu tổ chức</a></li>
     </ul></li>
    <li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/vi/news/tin-tuc-su-kien/" title="Tin tức - Sự kiện">Tin tức - Sự kiện <strong class="caret">&nbsp;</strong></a>
     <ul class="dropdown-menu">{sub_news}</ul></li>
    <li><a href="/vi/news/nghien-cuu-trao-doi/" title="Nghiên cứu - Trao đổi">Nghiên cứu - Trao đổi</a></li>
    <li><a href="/vi/news/dang-doan-the/" title="Công tác Đảng - Đoàn thể">Công tác Đảng - Đoàn thể</a></li>
    <li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
    <li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
   </ul>
  </div>
 </div>
</nav>"""


def _headline() -> str:
    hots = [s for s in sorted(STORIES, key=_dt_of, reverse=True) if s.opts.get("hot")]
    slides = "".join(
        f'<div class="contentdiv clearfix"><a title="{esc(s.title)}" href="{_link(s)}">'
        f'<img id="slImg{i}" src="{_up(s.opts["homeimg"])}" alt="{esc(s.title)}" width="500" height="300" /></a>'
        f'<h3><a title="{esc(s.title)}" href="{_link(s)}">{esc(s.title)}</a></h3></div>'
        for i, s in enumerate(hots)
    )
    toc = "".join(f'<a href="#" class="toc">{i + 1}</a>' for i in range(len(hots)))
    latest = "".join(
        f'<li><a class="show" href="{_link(s)}" data-content="{esc(_hometext(s))}" data-img="{_thumb_of(s)}"'
        f' data-rel="block_headline_tooltip" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in sorted(STORIES, key=_dt_of, reverse=True)[:5]
    )
    return f"""
<div class="headline clearfix" id="hot-news">
 <div class="col-md-14 col-sm-14">
  <div id="slider1" class="sliderwrapper">{slides}</div>
  <div id="paginate-slider1" class="pagination">{toc}</div>
 </div>
 <div class="col-md-10 col-sm-10">
  <div id="tabs_top" class="tabs">
   <ul><li><a href="#tabs_top-1"><span>Tin mới nhất</span></a></li><li><a href="#tabs_top-2"><span>Tin nổi bật</span></a></li></ul>
   <div id="tabs_top-1"><ul class="lastest-news">{latest}</ul></div>
  </div>
 </div>
</div>"""


def _sidebar() -> str:
    most = "".join(
        f'<li class="clearfix"><a href="{_link(BY_ID[i])}"><img src="{_thumb_of(BY_ID[i])}" alt="" width="60" class="img-thumbnail pull-left mr-1"/></a>'
        f'<a title="{esc(BY_ID[i].title)}" href="{_link(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
        for i in MOST_READ
    )
    notice = _old_link(BY_ID[1838]).replace("&", "&amp;")
    return f"""
<div class="col-sm-8 col-md-8">
 <div class="panel panel-primary"><div class="panel-heading">Thông báo</div><div class="panel-body">
  <div class="nv-block-html"><p><img alt="" src="/uploads/icon/new.gif" /> <a href="{notice}">Làm việc với đoàn công tác Học viện Chính trị khu vực III</a></p>
  <p>Lịch tiếp công dân của Ban Giám hiệu: sáng thứ Năm hằng tuần tại Phòng Tổ chức - Hành chính.</p></div>
 </div></div>
 <div class="panel panel-primary"><div class="panel-heading">Xem nhiều</div><div class="panel-body">
  <ul class="block_groups list-none list-items">{most}</ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-none">
  <li><a href="/vi/laws/detail/quyet-dinh-ban-hanh-quy-che-dao-tao-12.html">Quyết định số 125-QĐ/TCT ban hành Quy chế đào tạo</a></li>
  <li><a href="/vi/laws/detail/ke-hoach-boi-duong-giang-vien-nam-2027-13.html">Kế hoạch số 48-KH/TCT bồi dưỡng giảng viên năm 2027</a></li>
 </ul></div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">
  <form action="/vi/voting/" method="post"><p><strong>Bạn biết đến Trường qua kênh nào?</strong></p>
  <div class="radio"><label><input type="radio" name="option" value="1"/> Cổng thông tin</label></div>
  <div class="radio"><label><input type="radio" name="option" value="2"/> Báo Hà Tĩnh</label></div>
  <input class="btn btn-success btn-sm" type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, '1', '1', '', '', '0');"/></form>
 </div></div>
 <div class="panel panel-primary"><div class="panel-heading">Liên kết website</div><div class="panel-body">
  <select class="form-control" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
  <option value="http://hatinh.dcs.vn">Tỉnh ủy Hà Tĩnh</option><option value="http://hcma3.hcma.vn">Học viện Chính trị khu vực III</option></select>
 </div></div>
 <div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
  <ul class="counter list-none display-table">
   <li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
   <li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span>1.204</span></li>
   <li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tháng hiện tại</span><span>8.917</span></li>
   <li><span><em class="fa fa-bar-chart fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.356.480</span></li>
  </ul>
 </div></div>
</div>"""


def _crumbs(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a>'
        f'<i class="hidden" itemprop="position" content="{i + 1}"></i></li>'
        for i, (name, href) in enumerate([("Trang chủ", "/"), *items])
    )
    return f"""
<div class="breadcrumbs-wrap">
 <div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
  <ul class="breadcrumbs list-none"></ul></div>
 <ul class="subs-breadcrumbs"></ul>
 <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>
</div>"""


def _cat_crumbs(cat: str) -> list[tuple[str, str]]:
    name, parent = CATS[cat]
    out = [(name, f"/vi/news/{cat}/")]
    if parent:
        out.insert(0, (CATS[parent][0], f"/vi/news/{parent}/"))
    return out


def _page(request: Request, title: str, content: str, *, crumbs: list[tuple[str, str]] | None = None,
          headline: bool = True, head_extra: str = "", description: str = "") -> Response:
    crumbs_html = _crumbs(crumbs) if crumbs is not None else ""
    desc = f'<meta name="description" content="{esc(description)}" />' if description else ""
    page = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v4.3" />
{desc}
{head_extra}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/vi/news/rss/" title="Tin Tức" type="application/rss+xml" />
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="/themes/tinhuy-tct/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/tinhuy-tct/css/style.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_t3Wx9",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1;</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="/themes/tinhuy-tct/js/main.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
 <header>
  <div class="container">
   <div id="header" class="row">
    <div class="logo col-xs-24 col-sm-24 col-md-8">
     <a title="{SITE_NAME}" href="/"><img src="/uploads/logo-tct.png" width="90" height="90" alt="{SITE_NAME}" /></a>
     <span class="site_name">ĐẢNG BỘ TỈNH HÀ TĨNH</span><span class="site_description">{SITE_NAME.upper()}</span>
    </div>
    <div class="col-xs-24 col-sm-24 col-md-16"><div class="headerSearch">
     <form action="/vi/seek/" method="get"><input type="hidden" name="m" value="news"/><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."/><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>
    </div></div>
   </div>
  </div>
 </header>
 <div class="container">
  {_menu()}
  <div class="row"><div class="col-xs-24 third-nav"><div class="current-time pull-left"><em class="fa fa-clock-o">&nbsp;</em>{HEADER_TODAY}</div>
   <div class="marquee pull-right">Chào mừng kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026)</div></div></div>
  {_headline() if headline else ""}
  {crumbs_html}
  <div class="row">
   <div class="col-sm-16 col-md-16">{content}</div>
   {_sidebar()}
  </div>
 </div>
 <footer id="footer">
  <div class="container"><div class="row">
   <div class="col-xs-24 col-sm-24 col-md-16">
    <p><strong>{SITE_NAME.upper()}</strong></p>
    <p>Địa chỉ: Số 5, đường Xuân Diệu, phường Bắc Hà, thành phố Hà Tĩnh, tỉnh Hà Tĩnh</p>
    <p>Điện thoại: 0239.3855.412 - Email: truongchinhtri@hatinh.gov.vn</p>
    <p>Chịu trách nhiệm nội dung: TS. Nguyễn Hữu Thắng - Hiệu trưởng</p>
   </div>
   <div class="col-xs-24 col-sm-24 col-md-8"><p>&copy; Bản quyền thuộc về {SITE_NAME}</p>
    <p>Ghi rõ nguồn "{SITE_NAME}" khi phát hành lại thông tin từ website này.</p>
    <div class="theme-change"><a href="https://www.facebook.com/truongchinhtrihatinh" target="_blank"><em class="fa fa-facebook-square fa-lg"></em></a>
     <a href="/vi/news/rss/" title="RSS"><em class="fa fa-rss fa-lg"></em></a></div>
    <p class="copyright">Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet CMS</a></p></div>
  </div></div>
 </footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<div id="openidResult" class="nv-alert" style="display:none"></div>
<script src="/themes/tinhuy-tct/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(page)


# --- listings ------------------------------------------------------------------------------------


def _main_right_panel(cat: str, stories: list[Story]) -> str:
    if not stories:
        return ""
    first, rest = stories[0], stories[1:3]
    others = "".join(
        f'<li class="icon_list"><a class="show black h4" href="{_link(s, cat if cat in _cats_of(s) else None)}"'
        f' data-content="{esc(_hometext(s))}" data-img="{_thumb_of(s)}" data-rel="tooltip"'
        f' title="{esc(s.title)}">{esc(_clean60(s.title))}</a></li>'
        for s in rest
    )
    return f"""
<div class="news_column panel panel-default">
 <div class="panel-heading"><h4><a title="{esc(CATS[cat][0])}" href="/vi/news/{cat}/"><span><span>{esc(CATS[cat][0])}</span></span></a></h4></div>
 <div class="panel-body"><div class="row">
  <div class="col-md-12">
   <a href="{_link(first)}" title="{esc(first.title)}"><img src="{_thumb_of(first)}" alt="{esc(first.title)}" width="100" class="img-thumbnail pull-left imghome" /></a>
   <h3><a href="{_link(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
   <p>{esc(_hometext(first))}</p>
  </div>
  <div class="col-md-12"><ul class="related">{others}</ul></div>
 </div></div>
</div>"""


def _home(request: Request) -> Response:
    panels = "".join(_main_right_panel(c, _in_cat(c)) for c in TOP)
    return _page(request, f"{SITE_NAME} - Tin Tức", f'<div class="viewcat_main_right">{panels}</div>',
                 description="Cổng thông tin điện tử Trường Chính trị tỉnh Hà Tĩnh")


def _parent_cat(request: Request, cat: str) -> Response:
    subs = [c for c, (_, parent) in CATS.items() if parent == cat]
    panels = "".join(_main_right_panel(c, _in_cat(c)) for c in subs)
    return _page(request, f"{CATS[cat][0]} - {SITE_NAME}", f'<div class="viewcat_main_right">{panels}</div>',
                 crumbs=_cat_crumbs(cat))


def _pager(cat: str, page: int, pages: int) -> str:
    if pages < 2:
        return ""

    def href(n: int) -> str:
        return f"/vi/news/{cat}/" if n == 1 else f"/vi/news/{cat}/page-{n}"

    items = []
    items.append('<li class="disabled"><span>&laquo;</span></li>' if page == 1
                 else f'<li><a href="{href(page - 1)}">&laquo;</a></li>')
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><a href="#">{n}</a></li>' if n == page
                     else f'<li><a href="{href(n)}">{n}</a></li>')
    items.append('<li class="disabled"><span>&raquo;</span></li>' if page == pages
                 else f'<li><a href="{href(page + 1)}">&raquo;</a></li>')
    return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul></div>'


def _grid_cat(request: Request, cat: str, page: int) -> Response | None:
    stories = _in_cat(cat)
    pages = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
    cells = "".join(
        f"""
  <div class="col-xs-24 col-sm-12 col-md-12">
   <div class="thumbnail">
    <a title="{esc(s.title)}" href="{_link(s, cat)}"><img alt="{esc(s.title)}" src="{_thumb_of(s)}" width="250" class="img-thumbnail"/></a>
    <div class="caption text-center">
     <h3><a class="show" href="{_link(s, cat)}" data-content="{esc(_hometext(s))}" data-img="{_thumb_of(s)}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">{esc(_clean60(s.title))}</a></h3>
     <span class="text-muted"><em class="fa fa-clock-o">&nbsp;</em>{_dt_of(s):%d/%m/%Y}</span>
    </div>
   </div>
  </div>"""
        for s in chunk
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    content = f"""
<div class="viewcat_grid_new">
 <h1 class="hidden">{esc(CATS[cat][0])}</h1>
 <div class="row">{cells}</div>
 {_pager(cat, page, pages)}
</div>"""
    return _page(request, f"{CATS[cat][0]}{suffix} - {SITE_NAME}", content, crumbs=_cat_crumbs(cat))


def _tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = "".join(
        f'<div class="news_column panel panel-default"><div class="panel-body">'
        f'<h3><a href="{_link(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p><em class="fa fa-clock-o"></em> {_dt_of(s):%d/%m/%Y %H:%M}</p></div></div>'
        for s in sorted(STORIES, key=_dt_of, reverse=True)
        if tag in s.opts.get("tags", [])
    )
    return _page(request, f"{TAGS[tag]} - Tags - {SITE_NAME}",
                 f'<div class="tag-list"><h1>Từ khóa: {esc(TAGS[tag])}</h1>{items}</div>',
                 crumbs=[("Tags", "/vi/news/tag/")])


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{_link(s)}</link><guid isPermaLink=\"false\">news_{s.id}</guid>"
        f"<description>{esc(_hometext(s))}</description><pubDate>{_dt_of(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in sorted(STORIES, key=_dt_of, reverse=True)[:RSS_COUNT]
    )
    xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin Tức - {SITE_NAME}</title>'
           f"<link>{base}/</link><description>Tin tức</description><language>vi</language>{items}</channel></rss>")
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- detail --------------------------------------------------------------------------------------


def _body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_body_img(b))
        elif b.style in ("li", "row", "layout"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            out.append(_group(b.style, group))
        else:
            texts = [esc(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                texts.append(esc(blocks[i].text))
            joined = "<br />\r\n".join(texts)
            if b.style == "h":
                out.append(f"<h3><strong>{joined}</strong></h3>")
            elif b.style == "bold":
                out.append(f'<p style="text-align: justify;"><strong>{joined}</strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{joined}</em></p></blockquote>")
            elif b.style == "div":
                out.append(f'<div style="text-align: justify;">{joined}</div>')
            else:
                out.append(f'<p style="text-align: justify;">{joined}</p>')
            if i % 3 == 1:
                out.append("<p>&nbsp;</p>")
        i += 1
    return "\r\n".join(out)


def _group(style: str, group: list[P]) -> str:
    if style == "li":
        return "<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in group) + "</ul>"
    if style == "row":
        rows = []
        for n, p in enumerate(group):
            tag = "th" if n == 0 else "td"
            cells = "".join(f'<{tag} style="border:1px solid #ccc;">{esc(c)}</{tag}>' for c in p.text.split(" | "))
            rows.append(f"<tr>{cells}</tr>")
        return ('<table border="1" cellpadding="4" cellspacing="0" class="table table-bordered" style="width:100%;">'
                f"<tbody>{''.join(rows)}</tbody></table>")
    paras = "".join(
        f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
        f'<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;">{esc(p.text)}</span></p>'
        for p in group
    )
    return (f'<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
            f'<td style="padding:0 5.4pt;">{paras}</td></tr></tbody></table>')


def _body_img(img: Img) -> str:
    if img.style == "fig":
        return (f'<figure class="image" style="display:inline-block"><img alt="" height="450" src="{img.src}" width="700" />'
                f"<figcaption>{esc(img.printed or '')}</figcaption></figure>")
    pic = f'<p style="text-align: center;"><img alt="" height="450" src="{img.src}" width="700" /></p>'
    if img.printed:
        pic += f'\r\n<p style="text-align: center;"><em><span style="font-size:12px;">{esc(img.printed)}</span></em></p>'
    return pic


def _figure(story: Story) -> str:
    if story.opts.get("imgpos") != 1:
        return ""
    alt = story.opts.get("homealt") or story.title
    return f"""
   <figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
    <div id="imgpreview" style="width:460px;">
     <p class="text-center"><img alt="{esc(alt)}" src="{_up(story.opts['homeimg'])}" width="460" class="img-thumbnail"/></p>
     <figcaption>{esc(alt)}</figcaption>
    </div>
   </figure>"""


def _author_block(story: Story) -> str:
    rows = []
    if story.opts.get("author"):
        rows.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(story.opts["author"])}</p>')
    if story.opts.get("source"):
        src = esc(story.opts["source"])
        if story.opts.get("source_url"):
            src = f'<a title="{src}" rel="nofollow" href="{story.opts["source_url"]}">{src}</a>'
        rows.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{src}</p>')
    return f'<div class="margin-bottom-lg">{"".join(rows)}</div>' if rows else ""


def _comments(story: Story) -> str:
    if not story.opts.get("comments"):
        return ""
    return """
<div class="news_column panel panel-default"><div class="panel-body">
 <div id="idcomment" class="nv-fullbg">
  <div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
   <div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0">Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option></select></div></div>
  <div id="showcomment" class="margin-bottom-lg">
   <div class="comment-box media">
    <a class="pull-left" href="#"><img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="Nguyễn Văn Quý" width="40"/></a>
    <div class="media-body">
     <div class="h5"><a href="mailto:quy.nv@gmail.com" title="Nguyễn Văn Quý">Nguyễn Văn Quý</a> <em class="text-muted">(28/11/2026 07:12)</em></div>
     <p class="comment-content">Mong Học viện tiếp tục mở lớp cao cấp tại Hà Tĩnh để cán bộ đỡ phải đi xa.</p>
     <div class="comment-tool"><em class="fa fa-thumbs-o-up text-primary">&nbsp;</em><a href="javascript:void(0);" onclick="nv_commment_like(4, 1);">Thích</a> <span id="clike4">2</span> &nbsp; <em class="fa fa-reply text-primary">&nbsp;</em><a href="#formcomment" onclick="nv_commment_reply(4, 'Nguyễn Văn Quý');">Trả lời</a></div>
    </div>
   </div>
   <div class="comment-box media">
    <a class="pull-left" href="#"><img class="media-object bg-gainsboro" src="/themes/default/images/users/no_avatar.png" alt="Trần Thị Hoài" width="40"/></a>
    <div class="media-body">
     <div class="h5"><a href="#" title="Trần Thị Hoài">Trần Thị Hoài</a> <em class="text-muted">(29/11/2026 21:40)</em></div>
     <p class="comment-content">Chúc Trường sớm đạt chuẩn mức 1 trong năm tới.</p>
    </div>
   </div>
  </div>
  <div id="formcomment"><form method="post" role="form" target="submitcommentarea" action="/vi/comment/post/" onsubmit="return nv_commment_feedback(this);">
   <div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" class="form-control" placeholder="Họ và tên"/></div>
   <div class="col-xs-12"><input type="email" name="email" class="form-control" placeholder="Email"/></div></div></div>
   <div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="content" cols="20" rows="5"></textarea></div>
   <input type="button" value="Gửi bình luận" class="btn btn-primary" onclick="nv_commment_feedback(this.form);"/>
  </form></div>
 </div>
</div></div>"""


def _newer(story: Story) -> str:
    same = [s for s in _in_cat(story.cat) if _dt_of(s) > _dt_of(story) and s.id != story.id][-4:]
    if not same:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="show" href="{_link(s)}" data-content="{esc(_hometext(s))}"'
        f' data-img="{_thumb_of(s)}" data-rel="tooltip" data-placement="bottom" title="{esc(s.title)}">{esc(_clean60(s.title))}</a>'
        f" <em>({_dt_of(s):%d/%m/%Y})</em></li>"
        for s in same
    )
    return f"""
<div class="news_column panel panel-default"><div class="panel-body other-news">
 <p class="h3"><strong>Tin mới hơn</strong></p>
 <div class="clearfix"><ul class="related list-items">{lis}</ul></div>
</div></div>"""


def _detail(request: Request, story: Story, cat_in_url: str) -> Response:
    tags = ", ".join(
        f'<a title="{esc(TAGS[t])}" href="/vi/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
        for t in story.opts.get("tags", [])
    )
    tags_html = (f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
                 f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{tags}</div></div></div>') if tags else ""
    hometext = _hometext(story)
    score = 3 + story.id % 3
    content = f"""
<div class="news_column panel panel-default">
 <div class="panel-body">
  <h1 class="title margin-bottom-lg">{esc(story.title)}</h1>
  <div class="row margin-bottom-lg">
   <div class="col-md-12"><span class="h5">{_publtime(story)}</span></div>
   <div class="col-md-12"><ul class="list-inline text-right">
    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/vi/news/sendmail/{story.cat}/{story.slug}-{story.id}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
    <li><a class="dimgray" rel="nofollow" title="In ra" href="{_print_link(story)}" onclick="nv_open_browse(this.href,'',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
    <li class="text-muted"><em class="fa fa-eye">&nbsp;</em>Lượt xem: {story.views()}</li>
   </ul></div>
  </div>
  <div class="clearfix">{_figure(story)}
   {f'<div class="hometext m-bottom">{esc(hometext)}</div>' if hometext else ""}
  </div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_body(story)}
  </div>
  {_author_block(story)}
 </div>
</div>
{tags_html}
<div class="news_column panel panel-default"><div class="panel-body">
 <form id="form3B" action=""><div class="h5 clearfix">
  <p id="stringrating">Tổng số điểm của bài viết là: {score * 3} trong 3 đánh giá</p>
  <span itemscope itemtype="https://schema.org/AggregateRating"><span class="hidden" itemprop="ratingValue">{score}</span></span>
  <div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt"/>
  <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
 </div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">
 <div class="fb-like" data-href="{base_url(request)}{_link(story)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
 <a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
</div></div></div>
{_comments(story)}
{_newer(story)}"""
    canonical = base_url(request) + _link(story)
    d = _dt_of(story)
    head = (f'<link rel="canonical" href="{canonical}" />\n'
            f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(story.title)}" />\n'
            f'<meta property="og:url" content="{canonical}" />\n'
            f'<meta property="og:image" content="{base_url(request)}{_up(story.opts["homeimg"])}" />\n'
            f'<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
            f'<meta property="article:section" content="{esc(CATS[story.cat][0])}" />')
    title = f"{story.title} - {CATS[story.cat][0]} - {SITE_NAME}"
    return _page(request, title, content, crumbs=_cat_crumbs(story.cat), head_extra=head,
                 description=hometext or story.title)


def _print(request: Request, story: Story) -> Response:
    body = _body(story)
    fig = ""
    if story.opts.get("imgpos") == 1:
        alt = story.opts.get("homealt") or story.title
        fig = (f'<div class="imghome"><img alt="{esc(alt)}" src="{_up(story.opts["homeimg"])}" width="460" />'
               f"<p><em>{esc(alt)}</em></p></div>")
    hometext = _hometext(story)
    author = ""
    if story.opts.get("author"):
        author += f'<p class="text-right"><strong>Tác giả: </strong>{esc(story.opts["author"])}</p>'
    if story.opts.get("source"):
        author += f'<p class="text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source"])}</p>'
    url = base_url(request) + _link(story)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{url}" />
<link rel="StyleSheet" href="/themes/tinhuy-tct/css/news.print.css"></head>
<body>
<div id="print">
 <div id="hd_print"><h2 class="pull-left">{SITE_NAME}</h2><p class="pull-right"><a title="{SITE_NAME}" href="{base_url(request)}/">{base_url(request)}</a></p></div>
 <div class="clear"></div><hr />
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <ul class="list-inline"><li>{_publtime(story)}</li>
   <li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li>
   <li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
  <div class="clear"></div>
  {fig}
  {f'<div class="hometext">{esc(hometext)}</div>' if hometext else ""}
  <div class="bodytext">{body}</div>
  <div class="copyright">{author}</div>
  <div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong><a href="{url}" title="{esc(story.title)}">{url}</a></div>
   <div class="clear"></div><div class="copyright">&copy; {SITE_NAME}</div></div>
 </div>
</div>
</body></html>"""
    return html(page)


# --- static pages, documents, contact ------------------------------------------------------------

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        ["Trường Chính trị tỉnh Hà Tĩnh là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp của"
         " Ban Thường vụ Tỉnh ủy.",
         "Trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị cơ sở và"
         " nghiên cứu khoa học lý luận chính trị."],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        ["Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.",
         "Các phòng: Tổ chức - Hành chính; Quản lý đào tạo - NCKH. Các khoa: Xây dựng Đảng; Lý luận cơ sở;"
         " Nhà nước và Pháp luật; Dân vận."],
    ),
}

LAWS = {
    12: ("quyet-dinh-ban-hanh-quy-che-dao-tao", "125-QĐ/TCT", "Quyết định ban hành Quy chế đào tạo, bồi dưỡng",
         "15/10/2026", "Quy che dao tao 2026.pdf"),
    13: ("ke-hoach-boi-duong-giang-vien-nam-2027", "48-KH/TCT", "Kế hoạch bồi dưỡng giảng viên năm 2027",
         "20/11/2026", None),
}


def _about(request: Request, alias: str) -> Response | None:
    if alias not in ABOUT:
        return None
    title, paras = ABOUT[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    content = (f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">'
               f"{esc(title)}</h1><div class=\"bodytext\">{body}</div></div></div>")
    return _page(request, f"{title} - {SITE_NAME}", content, crumbs=[("Giới thiệu", "/vi/about/"), (title, f"/vi/about/{alias}.html")],
                 headline=False)


def _laws_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{num}</td><td><a href="/vi/laws/detail/{alias}-{lid}.html">{esc(title)}</a></td><td>{day}</td></tr>'
        for lid, (alias, num, title, day, _) in LAWS.items()
    )
    content = (f'<div class="panel panel-default"><div class="panel-body"><h1>Văn bản</h1><table class="table table-striped">'
               f"<thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ban hành</th></tr></thead><tbody>{rows}</tbody></table></div></div>")
    return _page(request, f"Văn bản - {SITE_NAME}", content, crumbs=[("Văn bản", "/vi/laws/")], headline=False)


def _law_detail(request: Request, lid: int, alias: str) -> Response | None:
    if lid not in LAWS or LAWS[lid][0] != alias:
        return None
    _, num, title, day, pdf = LAWS[lid]
    files = (f'<tr><td>Tập tin đính kèm</td><td><a href="/uploads/laws/quy-che-dao-tao-2026.pdf"><em class="fa fa-file-pdf-o"></em> {esc(pdf)}</a></td></tr>'
             if pdf else "")
    content = f"""
<div class="panel panel-default"><div class="panel-body">
 <h1>{esc(title)}</h1>
 <table class="table table-bordered"><tbody>
  <tr><td>Số hiệu</td><td>{num}</td></tr><tr><td>Ngày ban hành</td><td>{day}</td></tr>
  <tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Hà Tĩnh</td></tr><tr><td>Người ký</td><td>Nguyễn Hữu Thắng</td></tr>
  {files}
 </tbody></table>
</div></div>"""
    return _page(request, f"{title} - Văn bản - {SITE_NAME}", content,
                 crumbs=[("Văn bản", "/vi/laws/"), (title, f"/vi/laws/detail/{alias}-{lid}.html")], headline=False)


def _contact(request: Request) -> Response:
    content = """
<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>
 <p><strong>Trường Chính trị tỉnh Hà Tĩnh</strong></p><p>Địa chỉ: Số 5, đường Xuân Diệu, thành phố Hà Tĩnh</p>
 <p>Điện thoại: 0239.3855.412</p>
 <form method="post" action="/vi/contact/"><input class="form-control" name="ftitle" placeholder="Tiêu đề"/>
 <textarea class="form-control" name="fcon"></textarea><input type="submit" class="btn btn-primary" value="Gửi"/></form>
</div></div>"""
    return _page(request, f"Liên hệ - {SITE_NAME}", content, crumbs=[("Liên hệ", "/vi/contact/")], headline=False)


def _seek(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    found = [s for s in STORIES if q and q.lower() in s.title.lower()]
    items = "".join(f'<li><a href="{_link(s)}">{esc(s.title)}</a></li>' for s in found)
    content = (f'<div class="panel panel-default"><div class="panel-body"><h1>Tìm kiếm</h1>'
               f"<p>Kết quả cho: <strong>{esc(q)}</strong> ({len(found)})</p><ul>{items}</ul></div></div>")
    return _page(request, f"Tìm kiếm - {SITE_NAME}", content, crumbs=[("Tìm kiếm", "/vi/seek/")], headline=False)


# --- routing -------------------------------------------------------------------------------------

_POST = re.compile(r"^/vi/news/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_PRINT = re.compile(r"^/vi/news/print/(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)\.html$")
_CAT = re.compile(r"^/vi/news/(?P<cat>[a-z0-9-]+)/(?:page-(?P<page>\d+))?$")
_OLD_OP = re.compile(r"^(?P<cat>[a-z0-9-]+)/(?P<slug>[a-z0-9-]+)-(?P<id>\d+)$")


@dataclass
class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None if path != "/vi/contact/" else _contact(request)
        if path == "/uploads/laws/quy-che-dao-tao-2026.pdf":
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return _home(request) if not request.query else None
        if path == "/index.php":
            p = request.params
            m = _OLD_OP.match(p.get("op", ""))
            if p.get("nv") == "news" and m:
                story = BY_ID.get(int(m["id"]))
                if story and story.slug == m["slug"] and m["cat"] in _cats_of(story):
                    return redirect(_link(story), 301)
            return None
        if request.query and path != "/vi/seek/":
            return None
        if path == "/vi/news/rss/":
            return _rss(request)
        if path == "/vi/seek/":
            return _seek(request)
        if path == "/vi/contact/":
            return _contact(request)
        if path == "/vi/laws/":
            return _laws_list(request)
        m = re.match(r"^/vi/laws/detail/([a-z0-9-]+)-(\d+)\.html$", path)
        if m:
            return _law_detail(request, int(m[2]), m[1])
        m = re.match(r"^/vi/about/([a-z0-9-]+)\.html$", path)
        if m:
            return _about(request, m[1])
        m = re.match(r"^/vi/news/tag/([a-z0-9-]+)$", path)
        if m:
            return _tag_page(request, m[1])
        m = _PRINT.match(path)
        if m:
            story = BY_ID.get(int(m["id"]))
            if story and story.slug == m["slug"] and story.cat == m["cat"]:
                return _print(request, story)
            return None
        m = _POST.match(path)
        if m:
            story = BY_ID.get(int(m["id"]))
            if story and story.slug == m["slug"] and m["cat"] in _cats_of(story):
                return _detail(request, story, m["cat"])
            return None
        m = _CAT.match(path)
        if m and m["cat"] in CATS:
            page = int(m["page"]) if m["page"] else 1
            if m["page"] and page < 2:
                return None
            if CATS[m["cat"]][1] is None and m["cat"] == "tin-tuc-su-kien":
                return _parent_cat(request, m["cat"]) if page == 1 else None
            return _grid_cat(request, m["cat"], page)
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [_print_link(story)]
    alts += [_link(story, c) for c in story.opts.get("also", [])]
    if story.id == 1838:
        alts.append(_old_link(story))
    return gold_record(story, _link(story), CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.id)]

NON_ARTICLES = [
    "/vi/about/gioi-thieu-chung.html",
    "/vi/about/co-cau-to-chuc.html",
    "/vi/laws/detail/quyet-dinh-ban-hanh-quy-che-dao-tao-12.html",
    "/vi/laws/detail/ke-hoach-boi-duong-giang-vien-nam-2027-13.html",
    "/vi/contact/",
]
