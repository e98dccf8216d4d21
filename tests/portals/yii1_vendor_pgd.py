"""Phòng Giáo dục và Đào tạo thành phố Bảo Lộc (Lâm Đồng): a vendor portal on Yii 1.1 (PHP, 2013).

Platform
    A small vendor's "cổng thông tin PGD" product built on Yii 1.1 and sold to several district
    education offices: CUrlManager in path format (``showScriptName`` off for most routes but on
    for the widgets that call ``createAbsoluteUrl``), gii-generated views kept in production
    (``CListView`` for every list, ``CDetailView`` for the metadata of a post, ``CGridView`` for
    the documents), ``CMenu``/``CBreadcrumbs``/``CPortlet`` chrome from the blueprint theme, a
    CKEditor 4 body stored as HTML, jQuery ``yiiListView`` scripts, a ``<base href>`` in the
    layout.

URL scheme
    ``/``                                           home (Tiêu điểm, Tin mới nhất, category boxes)
    ``/tin-tuc/chi-tiet/id/<N>/<slug>``             a post (the slug is decoration: any slug or
                                                    none serves post N; extra path segments 404)
    ``/tin-tuc/danh-muc/id/<C>?Post_page=<P>``      a category (CListView, 4 a page; page 1 has no
                                                    ``Post_page``; ``Post_sort`` on Tin giáo dục)
    ``/tin-tuc/in/id/<N>``                          print view (only in a jQuery.yii.submitForm
                                                    script of the "In bài" link)
    ``/index.php/<route>``                          the same routes with the script name
    ``/index.php?r=post/view&id=<N>``               the get-format URL of a post (old links)
    ``/trang/<slug>``                               static pages (giới thiệu, cơ cấu, liên hệ)
    ``/van-ban/danh-sach``, ``/van-ban/chi-tiet/id/<N>``  documents (CGridView, CDetailView)
    ``/tim-kiem?tu_khoa=``                          search (GET form in the header)

Page templates
    Every page: blueprint layout ``div#page.container``, header banner with the day
    "Thứ Bảy, 05/12/2026", ``div#mainmenu`` CMenu with drop-downs, ``div.breadcrumbs``, content
    ``div.span-19``, sidebar ``div.span-5.last`` with portlets (Tin mới — absolute
    ``/index.php/`` links —, Đọc nhiều — slug-less links —, a Thông báo marquee, Văn bản mới,
    a poll form, Liên kết, a visitor counter), footer with address and the Yii credit.
    A post: ``div.tin-ct > h1.tieude-tin``, a ``table.detail-view`` (Chuyên mục, Ngày đăng,
    [Cập nhật], [Tác giả], Người đăng, Lượt xem), ``div.tomtat`` (sapo, some posts only),
    ``div.nd-tin`` (the CKEditor text), ``div.cong-cu`` (print/share), ``div.tin-moihon``
    ("Các tin mới hơn" in the category), ``div#binh-luan`` (comments CListView and form).

How each gold article is reached
    Tin giáo dục (id 2): 1206, 1201, 1195, 1188 on page 1; 1179 and 1172 only on
    ``?Post_page=2`` (or the sorted variants of the list). Hoạt động chuyên môn (id 5): 1204,
    1198, 1190, 1183 on page 1; 1176 only on ``?Post_page=2``. Thông báo (id 7): 1205, 1192.
    The home page also links the five newest, 1188 (old slug, Tiêu điểm) and category boxes.

Traps
    1. CDetailView metadata table between the headline and the text (``table.detail-view``,
       ``th``/``td`` rows Chuyên mục / Ngày đăng / Cập nhật / Tác giả / Người đăng / Lượt xem):
       its rows are not body table rows; "Người đăng" is a CMS account (nobody); a "Tác giả" row,
       when present (1198: "Tổ Trung học"), is the author.
    2. Yii's vi locale prints date-times time first with dashes, "14:30 03-12-2026"
       (HH:mm dd-MM-yyyy): the day is 03 December, not a clock. The value is wrapped in
       ``<abbr class="tg" title="2026-12-01T23:15:00+0000">06:15 02-12-2026</abbr>``: the
       title is UTC and for the early post 1201 names the previous day; gold is the local
       "2026-12-02T06:15:00+07:00".
    3. CDetailView's nullDisplay: the official notice 1205 prints "Ngày đăng: Chưa thiết lập"
       (the editor left the field empty) and only a "Cập nhật 07:55 01-12-2026" row: gold date
       is the letterhead's day "2026-11-30" (house convention), never the update time.
    4. ``<base href="http://host/">`` in every page and base-relative ``src``/``href`` values
       (``uploads/tin-tuc/…``, ``tin-tuc/chi-tiet/…``): resolved against the deep path-format
       URL they 404 (``/tin-tuc/chi-tiet/id/1206/uploads/…``); gold image paths are
       ``/uploads/…``.
    5. showScriptName duplicates: the "Tin mới" portlet is built with ``createAbsoluteUrl`` and
       prints ``http://host/index.php/tin-tuc/chi-tiet/id/N/slug``; an old body link in 1198 uses
       the get format ``/index.php?r=post/view&id=1183``. Same posts: alt_paths.
    6. The slug is decoration: "Đọc nhiều" links ``/tin-tuc/chi-tiet/id/N`` with no slug, and
       the home Tiêu điểm links 1188 under its slug before the title was edited
       (``…/hoi-thi-gvcn-gioi-cap-thcs``). Same posts: alt_paths.
    7. A comments CListView inside the post with its own pager: ``?Comment_page=2`` serves the
       same post (1206) with other comments. Comments ("Ý kiến bạn đọc", each with a name and a
       time-first date) are not body; the page-2 URL is an alt_path.
    8. CSort sorter on the Tin giáo dục list: "Lượt xem" links ``?Post_sort=luot_xem.desc`` /
       ``luot_xem``; CSort keeps ``Post_page`` from $_GET, so page 2 of a sorted list exists in
       both parameter orders (``?Post_sort=…&Post_page=2`` from the pager,
       ``?Post_page=2&Post_sort=…`` from the sorter). Listings only; bounded (8 URLs).
    9. Double-encoded ``<title>`` and ``og:title``: CHtml::encode twice prints
       ``Hội thi &amp;quot;Giáo viên…&amp;quot;`` and ``Phòng GD&amp;amp;ĐT``: the headline
       is the ``h1`` (straight quotes kept: ``Hội thi "Giáo viên chủ nhiệm lớp giỏi" …``).
    10. CKEditor caption tables: a photo and its line in a two-row layout ``<table>``; the
        second row is the caption, not a body table row. Post 1188 has a real results table
        whose rows are body paragraphs (cells joined by " | ").
    11. Listing teasers print the escaped HTML source of the text (``&lt;p style=&quot;…``,
        cut at 160 characters): not a sapo; summary is only the ``div.tomtat`` (1206, 1204) or
        a bold lead paragraph (1188); otherwise null.
    12. Print view reachable only through ``jQuery.yii.submitForm(this,'/tin-tuc/in/id/N',{})``
        behind ``<a href="#" id="yt0">In bài</a>``: an alt_path when a crawler finds it.
    13. Yii's "full" date format on 1195: "Thứ Sáu, ngày 20 tháng 11 năm 2026" with no time
        (day alone); 1179 prints "00:00 30-10-2026" (midnight: the day alone).
    14. Bylines as vendors' editors type them at the end of the text: right-aligned
        "Tin, ảnh: Trần Quốc Bảo" (author and photographer), "ThS. Lê Thị Minh Hòa - Phó
        Trưởng phòng" (name only), "Nguyễn Thị Hồng Nhung<br />(Trường TH Lê Lợi)" (name only),
        "Tin: Đỗ Thanh Tâm - Ảnh: Vũ Ngọc Anh", units alone ("Công đoàn ngành Giáo dục",
        "Bộ phận Tiểu học"); "Nguồn: Trường MN Họa Mi" and "Theo <b>Báo Lâm Đồng</b>" are
        sources; 1201's "Theo kế hoạch, …" is a body sentence.
    15. Breadcrumb truncates long headlines ("…"): not a title source.

Gold decisions on ambiguous points
    - category: the breadcrumb's (and the Chuyên mục row's) name.
    - 1205 (letterhead notice): letterhead rows, "THÔNG BÁO" / "Về việc …" lines and the
      "Nơi nhận" / signer table are not body; the signer "Nguyễn Văn Khánh" is the author.
    - 1176: "[1]" stays in its sentence and the note paragraph "[1] Lịch thi …" is body;
      the "Tệp đính kèm" line is not.
    - 1192: the typed "👉 " stays; the "Tải về" attachment and the "Xem thêm:" line are not body.
    - 1195: "Ảnh: Phạm Văn Tùng" under the second photo is a credit (caption None, photographer).
    - 1206's second caption is printed in parentheses: the caption is without them.
    - 1183: the ``<br />`` in the second paragraph splits it in two.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "yii1_vendor_pgd"
PLATFORM = "Yii 1.1 vendor portal (PHP 5.4, path-format URLs, CListView/CDetailView, 2013)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo thành phố Bảo Lộc"
SITE_SHORT = "Phòng GD&ĐT Bảo Lộc"
PAGE_SIZE = 4
COMMENT_PAGE_SIZE = 5

CATS: dict[int, str] = {2: "Tin giáo dục", 5: "Hoạt động chuyên môn", 7: "Thông báo"}
CAT_ID = {name: cid for cid, name in CATS.items()}
#: the list whose view has sortableAttributes (the vendor's "tin" type)
SORTABLE_CAT = 2

_RIGHT = '<p style="text-align: right;">{}</p>'

STORIES: list[Story] = [
    Story(
        id=1206,
        slug="truong-thcs-nguyen-du-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        title="Trường THCS Nguyễn Du đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="Tin giáo dục",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12/2026, Trường THCS Nguyễn Du (phường 2, thành phố Bảo Lộc) long trọng tổ "
            "chức lễ đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất "
            "lượng giáo dục cấp độ 3."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đồng chí Nguyễn Thị Thu Hà, Phó Chủ tịch UBND thành phố Bảo Lộc; "
                "lãnh đạo Phòng Giáo dục và Đào tạo; đại diện Đảng ủy, UBND phường 2 cùng đông đảo "
                "cha mẹ học sinh và các thế hệ giáo viên của nhà trường."
            ),
            Img(
                "uploads/tin-tuc/2026/12/nguyen-du-chuan-qg-1.jpg",
                "Đồng chí Nguyễn Thị Thu Hà trao Bằng công nhận cho tập thể nhà trường",
                "Đồng chí Nguyễn Thị Thu Hà trao Bằng công nhận cho tập thể nhà trường",
                style="table",
            ),
            P(
                "Năm học 2025-2026, nhà trường có 1.246 học sinh với 32 lớp; tỷ lệ học sinh hoàn "
                "thành chương trình lớp học đạt 99,6%; có 47 học sinh đạt giải cấp tỉnh trong kỳ thi "
                "chọn học sinh giỏi lớp 9."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND thành phố ghi nhận sự nỗ lực của "
                "tập thể sư phạm và đề nghị nhà trường tiếp tục đổi mới phương pháp dạy học, giữ "
                "vững các tiêu chuẩn đã đạt được."
            ),
            Img(
                "uploads/tin-tuc/2026/12/nguyen-du-chuan-qg-2.jpg",
                "(Học sinh nhà trường biểu diễn văn nghệ chào mừng)",
                "Học sinh nhà trường biểu diễn văn nghệ chào mừng",
                style="table",
            ),
            P(
                "Dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 5 tập thể và 12 cá nhân có "
                "thành tích xuất sắc trong công tác xây dựng trường đạt chuẩn quốc gia."
            ),
            Raw(_RIGHT.format("<strong>Tin, ảnh: Trần Quốc Bảo</strong>")),
        ],
        authors=["Trần Quốc Bảo"],
        photographers=["Trần Quốc Bảo"],
        opts={
            "ct": "2026-12-03 14:30",
            "dt": "14:30 03-12-2026",
            "utc": "2026-12-03T07:30:00+0000",
            "upd": "16:02 03-12-2026",
            "poster": "thcs_nguyendu",
            "views": 612,
            "comments": 7,
        },
    ),
    Story(
        id=1201,
        slug="nganh-giao-duc-bao-loc-trien-khai-thang-hanh-dong-vi-binh-dang-gioi-nam-2026",
        title="Ngành Giáo dục Bảo Lộc triển khai Tháng hành động vì bình đẳng giới năm 2026",
        cat="Tin giáo dục",
        published_at="2026-12-02T06:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 318/KH-UBND của UBND thành phố, Phòng Giáo dục và Đào tạo đã "
                "hướng dẫn các trường mầm non, tiểu học và trung học cơ sở tổ chức Tháng hành động "
                "vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới từ ngày 15/11 "
                "đến ngày 15/12/2026."
            ),
            P(
                "Theo kế hoạch, mỗi trường tổ chức ít nhất một buổi sinh hoạt dưới cờ với chủ đề "
                "bình đẳng giới, lồng ghép nội dung vào các tiết giáo dục địa phương và hoạt động "
                "trải nghiệm."
            ),
            Img("/uploads/tin-tuc/2026/12/binh-dang-gioi.jpg", style="bare"),
            P(
                "Đến nay, 100% đơn vị trường học đã treo băng rôn, khẩu hiệu hưởng ứng; nhiều trường "
                "như TH Lộc Sơn 1, THCS Lộc Phát, MN Hướng Dương đã tổ chức diễn đàn “Tiếng nói trẻ "
                "em” thu hút đông đảo học sinh tham gia."
            ),
            Raw(_RIGHT.format("<b>ThS. Lê Thị Minh Hòa</b> - Phó Trưởng phòng")),
        ],
        authors=["Lê Thị Minh Hòa"],
        opts={
            "ct": "2026-12-02 06:15",
            "dt": "06:15 02-12-2026",
            "utc": "2026-12-01T23:15:00+0000",
            "poster": "admin",
            "views": 688,
            "span": True,
        },
    ),
    Story(
        id=1195,
        slug="mit-tinh-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="Tin giáo dục",
        published_at="2026-11-20",
        blocks=[
            P(
                "Sáng 20/11, tại Nhà văn hóa thành phố, Phòng Giáo dục và Đào tạo phối hợp với Công "
                "đoàn ngành Giáo dục tổ chức mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
            ),
            Img(
                "uploads/tin-tuc/2026/11/mit-tinh-20-11-1.jpg",
                "Các đại biểu dâng hoa chúc mừng thầy cô giáo",
                "Các đại biểu dâng hoa chúc mừng thầy cô giáo",
                style="p",
            ),
            P(
                "Buổi mít tinh có sự tham dự của hơn 600 cán bộ quản lý, giáo viên, nhân viên đại "
                "diện cho 68 đơn vị trường học trên địa bàn."
            ),
            Img("uploads/tin-tuc/2026/11/mit-tinh-20-11-2.jpg", "Ảnh: Phạm Văn Tùng", None, style="p"),
            P(
                "Tại buổi lễ, 14 nhà giáo được nhận Bằng khen của Chủ tịch UBND tỉnh; 36 tập thể và "
                "95 cá nhân được Chủ tịch UBND thành phố tặng Giấy khen."
            ),
            Raw(_RIGHT.format("<strong>Công đoàn ngành Giáo dục</strong>")),
        ],
        authors=["Công đoàn ngành Giáo dục"],
        photographers=["Phạm Văn Tùng"],
        opts={
            "ct": "2026-11-20 11:05",
            "long": "Thứ Sáu, ngày 20 tháng 11 năm 2026",
            "poster": "congdoan",
            "views": 1450,
        },
    ),
    Story(
        id=1188,
        slug="hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs-nam-hoc-2026-2027",
        title='Hội thi "Giáo viên chủ nhiệm lớp giỏi" cấp THCS năm học 2026-2027',
        cat="Tin giáo dục",
        published_at="2026-11-14T09:00:00+07:00",
        summary=(
            "Từ ngày 10 đến 13/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên chủ "
            "nhiệm lớp giỏi cấp THCS với sự tham gia của 42 giáo viên đến từ 14 trường."
        ),
        blocks=[
            P(
                "Từ ngày 10 đến 13/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên chủ "
                "nhiệm lớp giỏi cấp THCS với sự tham gia của 42 giáo viên đến từ 14 trường.",
                style="bold",
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp giáo dục học sinh và xử lý tình huống sư "
                "phạm. Ban giám khảo đánh giá các phần thi đều được chuẩn bị công phu, bám sát thực "
                "tế lớp học."
            ),
            P(
                "Kết quả, Ban tổ chức trao 6 giải Nhất, 10 giải Nhì và 14 giải Ba. Một số đơn vị có "
                "kết quả nổi bật:"
            ),
            P("Đơn vị | Số giáo viên dự thi | Giải Nhất | Giải Nhì", style="tr"),
            P("THCS Nguyễn Du | 4 | 2 | 1", style="tr"),
            P("THCS Chu Văn An | 4 | 1 | 2", style="tr"),
            P("THCS Lộc Phát | 3 | 1 | 1", style="tr"),
            P(
                "Các giáo viên đạt giải Nhất sẽ được chọn tham dự hội thi cấp tỉnh dự kiến tổ chức "
                "vào tháng 3/2027."
            ),
        ],
        opts={
            "ct": "2026-11-14 09:00",
            "dt": "09:00 14-11-2026",
            "utc": "2026-11-14T02:00:00+0000",
            "poster": "pgd_thcs",
            "views": 1322,
            "old_slug": "hoi-thi-gvcn-gioi-cap-thcs",
        },
    ),
    Story(
        id=1179,
        slug="truong-mam-non-hoa-mi-to-chuc-ngay-hoi-be-khoe-be-ngoan",
        title="Trường Mầm non Họa Mi tổ chức “Ngày hội bé khỏe – bé ngoan”",
        cat="Tin giáo dục",
        published_at="2026-10-30",
        blocks=[
            P(
                "Nhằm tạo sân chơi lành mạnh, giúp trẻ rèn luyện thể lực và kỹ năng vận động, ngày "
                "29/10/2026 Trường Mầm non Họa Mi đã tổ chức Ngày hội bé khỏe – bé ngoan cho gần 400 "
                "trẻ."
            ),
            Img(
                "uploads/tin-tuc/2026/10/hoa-mi-ngay-hoi.jpg",
                "Các bé tham gia trò chơi “Bật qua suối nhỏ”",
                "Các bé tham gia trò chơi “Bật qua suối nhỏ”",
                style="table",
            ),
            P(
                "Ngày hội gồm các trò chơi vận động như kéo co, bật qua suối nhỏ, chuyền bóng và "
                "phần đồng diễn thể dục nhịp điệu của các lớp mẫu giáo lớn."
            ),
            P("Kết thúc ngày hội, nhà trường trao phần thưởng cho các lớp có thành tích tốt."),
            Raw(_RIGHT.format("<em>Nguồn: Trường MN Họa Mi</em>")),
        ],
        source="Trường MN Họa Mi",
        opts={"ct": "2026-10-30 00:00", "dt": "00:00 30-10-2026", "poster": "mn_hoami", "views": 240},
    ),
    Story(
        id=1172,
        slug="cac-truong-hoc-tren-dia-ban-phuong-loc-phat-chu-dong-phong-chong-sot-xuat-huyet",
        title="Các trường học trên địa bàn phường Lộc Phát chủ động phòng chống sốt xuất huyết",
        cat="Tin giáo dục",
        published_at="2026-10-16T15:20:00+07:00",
        blocks=[
            P(
                "Trước diễn biến phức tạp của dịch sốt xuất huyết, các trường học trên địa bàn phường "
                "Lộc Phát đã phối hợp với Trạm Y tế phường tổ chức ra quân diệt lăng quăng, bọ gậy."
            ),
            P("Các nội dung trọng tâm:"),
            P("Tổng vệ sinh khuôn viên trường, lật úp các vật dụng chứa nước đọng;", style="li"),
            P("Tuyên truyền dưới cờ về cách phòng bệnh cho học sinh;", style="li"),
            P("Theo dõi sức khỏe học sinh hằng ngày, báo cáo kịp thời ca nghi mắc.", style="li"),
            P(
                "Đến nay, chưa ghi nhận trường hợp học sinh mắc sốt xuất huyết tại các trường trên "
                "địa bàn."
            ),
            Raw(_RIGHT.format("Theo <strong>Báo Lâm Đồng</strong>")),
        ],
        source="Báo Lâm Đồng",
        opts={
            "ct": "2026-10-16 15:20",
            "dt": "15:20 16-10-2026",
            "utc": "2026-10-16T08:20:00+0000",
            "poster": "admin",
            "views": 180,
        },
    ),
    Story(
        id=1204,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-5-tai-truong-th-le-loi",
        title="Chuyên đề “Dạy học phát triển năng lực môn Toán lớp 5” tại Trường TH Lê Lợi",
        cat="Hoạt động chuyên môn",
        published_at="2026-12-03T08:10:00+07:00",
        summary=(
            "Ngày 02/12/2026, Phòng Giáo dục và Đào tạo tổ chức chuyên đề dạy học phát triển năng "
            "lực môn Toán lớp 5 tại Trường Tiểu học Lê Lợi cho giáo viên khối 5 các trường tiểu học "
            "trong thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại chuyên đề, cô giáo Phan Thị Thanh Xuân thực hiện tiết dạy minh họa bài “Diện "
                "tích hình thang” theo hướng tổ chức cho học sinh hoạt động nhóm, tự phát hiện công "
                "thức qua việc cắt ghép hình."
            ),
            Img(
                "uploads/tin-tuc/2026/12/le-loi-toan-5.jpg",
                "Tiết dạy minh họa của cô giáo Phan Thị Thanh Xuân",
                "Tiết dạy minh họa của cô giáo Phan Thị Thanh Xuân",
                style="table",
            ),
            P(
                "Sau tiết dạy, các đại biểu thảo luận về cách thiết kế nhiệm vụ học tập, câu hỏi gợi "
                "mở và đánh giá thường xuyên bằng nhận xét."
            ),
            P(
                "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm vận dụng phương pháp dạy học tích "
                "cực trong chương trình giáo dục phổ thông 2018."
            ),
            Raw(_RIGHT.format("<strong>Nguyễn Thị Hồng Nhung</strong><br />(Trường TH Lê Lợi)")),
        ],
        authors=["Nguyễn Thị Hồng Nhung"],
        opts={
            "ct": "2026-12-03 08:10",
            "dt": "08:10 03-12-2026",
            "utc": "2026-12-03T01:10:00+0000",
            "poster": "th_leloi",
            "views": 301,
            "comments": 2,
        },
    ),
    Story(
        id=1198,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-25T10:30:00+07:00",
        blocks=[
            P(
                "Trong hai ngày 22 và 23/11/2026, Phòng Giáo dục và Đào tạo tổ chức lớp tập huấn "
                "ứng dụng trí tuệ nhân tạo (AI) trong thiết kế kế hoạch bài dạy cho 180 giáo viên "
                "THCS."
            ),
            P(
                "Nội dung tập huấn tiếp nối đợt kiểm tra chuyên đề dạy học tại các trường mà Phòng "
                "đã thông tin trong bài viết trước."
            ),
            P("Nội dung chính của lớp tập huấn", style="h3"),
            P("Giới thiệu một số công cụ AI hỗ trợ soạn giảng;", style="li"),
            P("Kỹ năng viết câu lệnh (prompt) hiệu quả;", style="li"),
            P("Các lưu ý về bản quyền và bảo mật dữ liệu học sinh.", style="li"),
            P(
                "Giáo viên tham gia thực hành trực tiếp trên máy tính, mỗi nhóm hoàn thành một kế "
                "hoạch bài dạy và trình bày trước lớp."
            ),
        ],
        authors=["Tổ Trung học"],
        opts={
            "ct": "2026-11-25 10:30",
            "dt": "10:30 25-11-2026",
            "utc": "2026-11-25T03:30:00+0000",
            "poster": "pgd_thcs",
            "author_row": "Tổ Trung học",
            "views": 250,
            "link": ("bài viết trước", "/index.php?r=post/view&amp;id=1183"),
        },
    ),
    Story(
        id=1190,
        slug="hoi-thao-doi-moi-sinh-hoat-to-chuyen-mon-theo-huong-nghien-cuu-bai-hoc-cap-tieu-hoc",
        title="Hội thảo đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học cấp Tiểu học",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-18T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 17/11/2026, tại Trường TH B'Lao, Phòng Giáo dục và Đào tạo tổ chức hội thảo "
                "đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học."
            ),
            Img("uploads/tin-tuc/2026/11/hoi-thao-nclb.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo", "p"),
            P(
                "Các tham luận tập trung vào việc quan sát học sinh học, thay vì chỉ nhận xét giờ dạy "
                "của giáo viên như trước đây."
            ),
            P(
                "Sinh hoạt chuyên môn phải xuất phát từ những khó khăn thực tế của học sinh trong "
                "từng tiết học.",
                style="quote",
            ),
            P(
                "Hội thảo thống nhất các trường tiểu học triển khai ít nhất hai chuyên đề nghiên cứu "
                "bài học mỗi học kỳ."
            ),
            Raw(_RIGHT.format("<strong>Tin: Đỗ Thanh Tâm - Ảnh: Vũ Ngọc Anh</strong>")),
        ],
        authors=["Đỗ Thanh Tâm"],
        photographers=["Vũ Ngọc Anh"],
        opts={
            "ct": "2026-11-18 14:00",
            "dt": "14:00 18-11-2026",
            "utc": "2026-11-18T07:00:00+0000",
            "poster": "pgd_tieuhoc",
            "views": 1210,
        },
    ),
    Story(
        id=1183,
        slug="kiem-tra-chuyen-de-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc",
        title="Kiểm tra chuyên đề dạy học 2 buổi/ngày tại các trường tiểu học",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-06T15:00:00+07:00",
        blocks=[
            P(
                "Từ ngày 02 đến 05/11/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo đã kiểm tra "
                "chuyên đề việc tổ chức dạy học 2 buổi/ngày tại 8 trường tiểu học."
            ),
            P("Đoàn đã dự 32 tiết dạy, kiểm tra hồ sơ chuyên môn và thời khóa biểu của các trường."),
            P("Kết quả: 20 tiết xếp loại Tốt, 12 tiết xếp loại Khá.", style="br"),
            P(
                "Đoàn kiểm tra đề nghị các trường tăng cường hoạt động câu lạc bộ, đọc sách thư viện "
                "vào buổi thứ hai, tránh dạy thêm kiến thức."
            ),
            Raw('<p style="text-align:right"><strong>Bộ phận Tiểu học</strong></p>'),
        ],
        authors=["Bộ phận Tiểu học"],
        opts={
            "ct": "2026-11-06 15:00",
            "dt": "15:00 06-11-2026",
            "utc": "2026-11-06T08:00:00+0000",
            "poster": "pgd_tieuhoc",
            "views": 150,
        },
    ),
    Story(
        id=1176,
        slug="boi-duong-hoc-sinh-gioi-lop-9-xay-dung-ke-hoach-va-phan-cong-giao-vien",
        title="Bồi dưỡng học sinh giỏi lớp 9: xây dựng kế hoạch và phân công giáo viên",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-22T16:05:00+07:00",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo vừa ban hành hướng dẫn công tác bồi dưỡng học sinh giỏi "
                "lớp 9 năm học 2026-2027."
            ),
            P(
                "Theo đó, các trường THCS lập đội tuyển ở 10 môn văn hóa, phân công giáo viên có kinh "
                "nghiệm phụ trách và tổ chức bồi dưỡng từ tháng 10/2026."
            ),
            P("Kỳ thi chọn học sinh giỏi cấp thành phố dự kiến tổ chức vào tháng 01/2027.[1]"),
            P(
                "[1] Lịch thi chính thức sẽ được thông báo sau khi có hướng dẫn của Sở Giáo dục và "
                "Đào tạo.",
                style="note",
            ),
            Raw(
                '<p>Tệp đính kèm: <a href="uploads/files/2026/10/hd-boi-duong-hsg9.pdf">'
                "hd-boi-duong-hsg9.pdf</a></p>"
            ),
        ],
        opts={
            "ct": "2026-10-22 16:05",
            "dt": "16:05 22-10-2026",
            "utc": "2026-10-22T09:05:00+0000",
            "upd": "08:40 02-11-2026",
            "poster": "pgd_chuyenmon",
            "views": 130,
        },
    ),
    Story(
        id=1205,
        slug="thong-bao-ve-viec-to-chuc-hoi-khoe-phu-dong-cap-thanh-pho-nam-hoc-2026-2027",
        title="Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027",
        cat="Thông báo",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody>'
                '<tr><td style="text-align: center;"><strong>UBND THÀNH PHỐ BẢO LỘC</strong><br />'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align: center;">Số: 452/TB-PGDĐT</td>'
                '<td style="text-align: right;"><em>Bảo Lộc, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw(
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tổ chức Hội khỏe Phù Đổng cấp thành '
                "phố năm học 2026-2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 287/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về tổ "
                "chức các hoạt động thể dục thể thao năm học 2026-2027;"
            ),
            P("Phòng Giáo dục và Đào tạo thông báo tổ chức Hội khỏe Phù Đổng cấp thành phố như sau:"),
            P("1. Thời gian: từ ngày 14/12 đến ngày 20/12/2026."),
            P("2. Địa điểm: Sân vận động thành phố Bảo Lộc và Nhà thi đấu Trường THCS Chu Văn An."),
            P("3. Môn thi đấu: điền kinh, bơi lội, cờ vua, bóng bàn, cầu lông, bóng đá nam."),
            P(
                "Đề nghị Hiệu trưởng các trường gửi danh sách vận động viên về Phòng Giáo dục và Đào "
                "tạo (qua bộ phận Văn phòng) trước ngày 08/12/2026."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width: 100%;"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br />- Các trường MN, TH, THCS;<br />"
                "- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>TRƯỞNG PHÒNG</strong><br /><em>(Đã ký)</em>'
                "<br /><br /><strong>Nguyễn Văn Khánh</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Khánh"],
        opts={
            "ct": "2026-12-01 07:50",
            "dt": None,
            "upd": "07:55 01-12-2026",
            "poster": "vanphong",
            "views": 520,
        },
    ),
    Story(
        id=1192,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-duc-nam-2026-vong-2",
        title="Thông báo kết quả xét tuyển viên chức giáo dục năm 2026 (vòng 2)",
        cat="Thông báo",
        published_at="2026-11-19T16:00:00+07:00",
        blocks=[
            P(
                "Hội đồng xét tuyển viên chức sự nghiệp giáo dục thành phố Bảo Lộc năm 2026 thông báo "
                "kết quả xét tuyển vòng 2 đối với 46 thí sinh dự tuyển vào các vị trí giáo viên mầm "
                "non, tiểu học và THCS."
            ),
            P(
                "Thí sinh xem chi tiết kết quả trong tệp đính kèm. Thời gian nhận đơn phúc khảo từ "
                "ngày 20/11 đến hết ngày 29/11/2026 tại Phòng Nội vụ thành phố."
            ),
            P("👉 Thí sinh trúng tuyển hoàn thiện hồ sơ theo hướng dẫn và nộp trước ngày 10/12/2026."),
            Raw(
                '<p><img alt="" src="/themes/pgd/images/icon_pdf.gif" /> '
                '<a href="uploads/files/2026/11/ket-qua-vong-2.pdf">Tải về: ket-qua-vong-2.pdf</a></p>'
            ),
            Raw(
                '<p>Xem thêm: <a href="tin-tuc/chi-tiet/id/1183/'
                'kiem-tra-chuyen-de-day-hoc-2-buoi-ngay-tai-cac-truong-tieu-hoc">'
                "Kiểm tra chuyên đề dạy học 2 buổi/ngày tại các trường tiểu học</a></p>"
            ),
        ],
        opts={
            "ct": "2026-11-19 16:00",
            "dt": "16:00 19-11-2026",
            "utc": "2026-11-19T09:00:00+0000",
            "poster": "hoidongxt",
            "views": 1390,
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}

COMMENTS = [
    ("Phụ huynh lớp 6A4", "19:42 03-12-2026", "Chúc mừng thầy cô và các em học sinh Trường Nguyễn Du!"),
    ("Cựu học sinh khóa 2010", "20:05 03-12-2026", "Tự hào về trường xưa, mong trường ngày càng phát triển."),
    ("Lê Văn Hưng", "21:17 03-12-2026", "Cơ sở vật chất của trường thay đổi rất nhiều so với trước."),
    ("Giáo viên TH Lộc Sơn 1", "06:30 04-12-2026", "Xin chúc mừng đơn vị bạn."),
    ("Nguyễn Thị Mai", "07:12 04-12-2026", "Mong Phòng đăng thêm hình ảnh buổi lễ."),
    ("Phụ huynh lớp 9A2", "09:48 04-12-2026", "Cảm ơn nhà trường đã chăm lo cho các cháu."),
    ("Trần Hoàng", "11:03 04-12-2026", "Chúc mừng! Đề nghị trường giữ vững danh hiệu."),
]

DOCS = {
    115: (
        "412/PGDĐT-TH",
        "25/11/2026",
        "Trần Thị Lan",
        "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I cấp tiểu học năm học 2026-2027",
        "412-pgddt-th.pdf",
        None,
    ),
    118: (
        "398/KH-PGDĐT",
        "14/11/2026",
        "Nguyễn Văn Khánh",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp thành phố năm học 2026-2027",
        "398-kh-pgddt.pdf",
        None,
    ),
    121: (
        "452/TB-PGDĐT",
        "30/11/2026",
        "Nguyễn Văn Khánh",
        "Thông báo về việc tổ chức Hội khỏe Phù Đổng cấp thành phố năm học 2026-2027",
        "452-tb-pgddt.pdf",
        1205,
    ),
}

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Phòng Giáo dục và Đào tạo thành phố Bảo Lộc là cơ quan chuyên môn thuộc UBND thành phố, "
        "tham mưu, giúp UBND thành phố thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo "
        "trên địa bàn.</p><p>Năm học 2026-2027, toàn thành phố có 68 đơn vị trường học với hơn "
        "31.000 học sinh và gần 2.000 cán bộ, giáo viên, nhân viên.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table border="1" cellpadding="4" cellspacing="0" style="width:100%"><tbody>'
        "<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td>"
        "<td><strong>Điện thoại</strong></td></tr>"
        "<tr><td>Nguyễn Văn Khánh</td><td>Trưởng phòng</td><td>0263.3864.221</td></tr>"
        "<tr><td>Trần Thị Lan</td><td>Phó Trưởng phòng</td><td>0263.3864.225</td></tr>"
        "<tr><td>Lê Thị Minh Hòa</td><td>Phó Trưởng phòng</td><td>0263.3864.226</td></tr>"
        "</tbody></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Phòng Giáo dục và Đào tạo thành phố Bảo Lộc</p><p>Địa chỉ: 36 Lê Hồng Phong, phường 1, "
        "thành phố Bảo Lộc, tỉnh Lâm Đồng</p><p>Điện thoại: 0263.3864.221 - Email: "
        "pgd.baoloc@lamdong.edu.vn</p>",
    ),
}


# --- URLs -------------------------------------------------------------------------------------


def art_path(s: Story, slug: str | None = "") -> str:
    """The post's URL; ``slug=None`` gives the slug-less form, ``""`` the current slug."""
    if slug is None:
        return f"/tin-tuc/chi-tiet/id/{s.id}"
    return f"/tin-tuc/chi-tiet/id/{s.id}/{slug or s.slug}"


def rel(path: str) -> str:
    """A base-relative href as the vendor's views print them (resolved by ``<base href>``)."""
    return path.lstrip("/")


def cat_path(cid: int) -> str:
    return f"/tin-tuc/danh-muc/id/{cid}"


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["ct"], reverse=True)


NEWEST = by_date(STORIES)[:5]
MOST_READ = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
FEATURED = BY_ID[1188]
LEGACY_LINKED = {1183}


def alt_paths(s: Story) -> list[str]:
    alts = [f"/tin-tuc/in/id/{s.id}"]
    if s in MOST_READ:
        alts.append(art_path(s, None))
    if s in NEWEST:
        alts.append("/index.php" + art_path(s))
    if s.opts.get("old_slug"):
        alts.append(art_path(s, s.opts["old_slug"]))
    if s.opts.get("comments", 0) > COMMENT_PAGE_SIZE:
        alts.append(art_path(s) + "?Comment_page=2")
    if s.id in LEGACY_LINKED:
        alts.append(f"/index.php?r=post/view&id={s.id}")
    return alts


def yii_url(path: str, params: list[tuple[str, str]], key: str, value: str | None) -> str:
    """Yii createUrl with $_GET carried: set ``key`` in place (or append), drop it when None."""
    out: list[tuple[str, str]] = []
    done = False
    for k, v in params:
        if k == key:
            if value is not None and not done:
                out.append((k, value))
            done = True
        else:
            out.append((k, v))
    if not done and value is not None:
        out.append((key, value))
    return path + ("?" + urlencode(out) if out else "")


# --- rendering --------------------------------------------------------------------------------


def _inline(p: P, s: Story) -> str:
    out = text(p.text)
    link = s.opts.get("link")
    if link and text(link[0]) in out:
        out = out.replace(text(link[0]), f'<a href="{link[1]}">{text(link[0])}</a>')
    if s.opts.get("span"):
        out = (
            '<span style="font-size:14px;"><span style="font-family:arial,helvetica,sans-serif;">'
            f"{out}</span></span>"
        )
    return out


def _img(img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 520px; height: 347px;" />'
    if img.style == "table":
        rows = f"<tr><td>{tag}</td></tr>"
        if img.printed:
            rows += (
                '<tr><td style="text-align: center;"><span style="font-size:12px;">'
                f"<em>{text(img.printed)}</em></span></td></tr>"
            )
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" style="width: 520px;">'
            f"<tbody>{rows}</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em>{text(img.printed)}</em></p>'
    return out


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b))
            i += 1
            continue
        if b.style in ("tr", "li"):
            group: list[P] = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_inline(g, s)}</li>" for g in group) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td>{text(c)}</td>" for c in g.text.split(" | ")) + "</tr>"
                    for g in group
                )
                out.append(
                    '<table border="1" cellpadding="3" cellspacing="0" class="MsoTableGrid" '
                    f'style="width: 100%;"><tbody>{rows}</tbody></table>'
                )
            continue
        parts = [_inline(b, s)]
        i += 1
        while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
            parts.append(_inline(blocks[i], s))
            i += 1
        inner = "<br />\r\n".join(parts)
        if b.style == "h3":
            out.append(f"<h3>{inner}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{inner}</em></p></blockquote>")
        elif b.style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{inner}</strong></p>')
        elif b.style == "note":
            out.append(f'<p style="text-align: justify;"><span style="font-size:11px;">{inner}</span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{inner}</p>')
    return "\r\n".join(out)


def teaser(s: Story) -> str:
    """The listing's "mô tả": the escaped source of the text, cut (a vendor bug kept for years)."""
    source = (f"<p><strong>{text(s.summary)}</strong></p>" if s.sapo_outside else "") + render_blocks(s)
    return esc(source[:160]) + "..."


def date_cell(s: Story) -> str:
    if s.opts.get("long"):
        return esc(s.opts["long"])
    if s.opts.get("dt") is None:
        return '<span class="null">Chưa thiết lập</span>'
    if s.opts.get("utc"):
        return f'<abbr class="tg" title="{s.opts["utc"]}">{s.opts["dt"]}</abbr>'
    return s.opts["dt"]


def listing_date(s: Story) -> str:
    if s.opts.get("long"):
        return f'<span class="ngay">({esc(s.opts["long"])})</span>'
    if s.opts.get("dt"):
        return f'<span class="ngay">({s.opts["dt"]})</span>'
    return ""


_MENU = [
    ("/", "Trang chủ", []),
    (
        "/trang/gioi-thieu",
        "Giới thiệu",
        [("/trang/gioi-thieu", "Giới thiệu chung"), ("/trang/co-cau-to-chuc", "Cơ cấu tổ chức")],
    ),
    ("javascript:void(0);", "Tin tức", [(cat_path(c), n) for c, n in CATS.items()]),
    ("/van-ban/danh-sach", "Văn bản", []),
    ("http://lamdong.edu.vn", "Sở GD&ĐT Lâm Đồng", []),
    ("/trang/lien-he", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = ' class="active"' if href == active or any(h == active for h, _ in subs) else ""
        sub = ""
        if subs:
            sub = "<ul>" + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in subs) + "</ul>"
        items.append(f'<li{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<div id="mainmenu">\n<ul id="yw0">\n' + "\n".join(items) + "\n</ul></div><!-- mainmenu -->"


def _portlet(pid: str, title: str, content: str) -> str:
    return (
        f'<div class="portlet" id="{pid}">\n<div class="portlet-decoration">\n'
        f'<div class="portlet-title">{esc(title)}</div>\n</div>\n'
        f'<div class="portlet-content">\n{content}\n</div>\n</div>'
    )


def _sidebar(request: Request) -> str:
    root = base_url(request)
    newest = "".join(
        f'<li><a href="{root}/index.php{art_path(s)}">{esc(s.title)}</a></li>' for s in NEWEST
    )
    most = "".join(
        f'<li><a href="{rel(art_path(s, None))}">{esc(s.title)}</a> '
        f'<span class="lx">({s.opts["views"]} lượt xem)</span></li>'
        for s in MOST_READ
    )
    notices = " &nbsp;|&nbsp; ".join(
        f'<a href="{rel(art_path(s))}">{esc(s.title)}</a>'
        for s in by_date([s for s in STORIES if s.cat == "Thông báo"])
    )
    docs = "".join(
        f'<li><a href="/van-ban/chi-tiet/id/{d}">Số {esc(v[0])}: {esc(v[3])}</a></li>'
        for d, v in sorted(DOCS.items(), reverse=True)
    )
    poll = (
        '<form id="poll-form" action="/binh-chon/id/2" method="post">'
        "<p>Bạn đánh giá thế nào về giao diện mới của cổng thông tin?</p>"
        '<input type="radio" name="PollVote[choice]" value="1" id="pc1" /> <label for="pc1">Đẹp, dễ sử dụng</label><br />'
        '<input type="radio" name="PollVote[choice]" value="2" id="pc2" /> <label for="pc2">Bình thường</label><br />'
        '<input type="radio" name="PollVote[choice]" value="3" id="pc3" /> <label for="pc3">Khó tìm thông tin</label><br />'
        '<input type="submit" name="yt9" value="Bình chọn" /></form>'
    )
    links = (
        '<ul class="lk"><li><a href="https://moet.gov.vn" target="_blank"><img src="/themes/pgd/images/'
        'banner_bgddt.png" alt="Bộ GD&amp;ĐT" /></a></li><li><a href="http://lamdong.edu.vn" '
        'target="_blank"><img src="/themes/pgd/images/banner_sgd.png" alt="Sở GD&amp;ĐT Lâm Đồng" />'
        '</a></li><li><a href="https://baoloc.lamdong.gov.vn" target="_blank">Cổng TTĐT TP Bảo Lộc</a>'
        "</li></ul>"
    )
    counter = (
        '<table class="tk-truycap"><tr><td>Đang online:</td><td>27</td></tr>'
        "<tr><td>Hôm nay:</td><td>418</td></tr><tr><td>Tổng truy cập:</td><td>1.284.559</td></tr></table>"
    )
    return "\n".join(
        [
            _portlet("ctl_tinmoi", "Tin mới", f'<ul class="tm-list">{newest}</ul>'),
            _portlet("ctl_docnhieu", "Đọc nhiều", f'<ol class="tdn-list">{most}</ol>'),
            _portlet(
                "ctl_thongbao",
                "Thông báo",
                f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
                f'onmouseout="this.start()">{notices}</marquee>',
            ),
            _portlet("ctl_vanban", "Văn bản mới", f"<ul>{docs}</ul>"),
            _portlet("ctl_binhchon", "Thăm dò ý kiến", poll),
            _portlet("ctl_lienket", "Liên kết website", links),
            _portlet("ctl_thongke", "Thống kê truy cập", counter),
        ]
    )


def layout(
    request: Request,
    title: str,
    crumbs: list[tuple[str, str | None]],
    content: str,
    *,
    active: str = "",
    description: str = "",
    scripts: str = "",
    status: int = 200,
) -> Response:
    """The blueprint layout (protected/views/layouts/main.php) as the vendor left it."""
    twice = esc(esc(title))  # CHtml::encode($this->pageTitle) of an already encoded title
    bc = ""
    if crumbs:
        parts = ['<a href="/">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
        bc = '<div class="breadcrumbs">\n' + " &raquo; ".join(parts) + "</div><!-- breadcrumbs -->"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="language" content="vi" />
<base href="{base_url(request)}/" />
<link rel="stylesheet" type="text/css" href="/css/screen.css" media="screen, projection" />
<link rel="stylesheet" type="text/css" href="/themes/pgd/css/main.css" />
<link rel="stylesheet" type="text/css" href="/assets/8c1f2a7e/listview/styles.css" />
<script type="text/javascript" src="/assets/5d9b3e11/jquery.js"></script>
<script type="text/javascript" src="/assets/5d9b3e11/jquery.yii.js"></script>
<meta name="description" content="{esc(description)}" />
<meta property="og:title" content="{twice}" />
<title>{twice} - Phòng GD&amp;amp;ĐT Bảo Lộc</title>
</head>
<body>
<div class="container" id="page">
<div id="header">
<div id="logo"><a href="/"><img src="/themes/pgd/images/banner_baoloc.jpg" alt="{esc(SITE)}" /></a></div>
<div class="hd-ngay">{HEADER_DAY}</div>
<div class="hd-timkiem"><form action="/tim-kiem" method="get"><input type="text" name="tu_khoa" value="" />
<input type="submit" value="Tìm kiếm" /></form></div>
</div><!-- header -->
{_menu(active)}
{bc}
<div class="span-19"><div id="content">
{content}
</div><!-- content --></div>
<div class="span-5 last"><div id="sidebar">
{_sidebar(request)}
</div><!-- sidebar --></div>
<div class="clear"></div>
<div id="footer">
<p><strong>{esc(SITE).upper()}</strong></p>
<p>Địa chỉ: 36 Lê Hồng Phong, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng - Điện thoại: 0263.3864.221 - Email: pgd.baoloc@lamdong.edu.vn</p>
Copyright &copy; 2013 by {esc(SITE_SHORT)}.<br/>
All Rights Reserved.<br/>
Powered by <a href="http://www.yiiframework.com/" rel="external">Yii Framework</a>.
</div><!-- footer -->
</div><!-- page -->
<script type="text/javascript">
/*<![CDATA[*/
jQuery(function($) {{
{scripts}
}});
/*]]>*/
</script>
</body>
</html>"""
    return html(page, status=status, headers={"X-Powered-By": "PHP/5.4.45"})


def _pager(pages: int, current: int, url_for, pager_id: str) -> str:
    if pages <= 1:
        return ""
    items = []

    def li(cls: str, page: int, label: str) -> str:
        return f'<li class="{cls}"><a href="{url_for(page)}">{label}</a></li>'

    hid = " hidden" if current == 1 else ""
    items.append(li("first" + hid, 1, "&lt;&lt; Đầu"))
    items.append(li("previous" + hid, max(1, current - 1), "&lt; Trước"))
    for p in range(1, pages + 1):
        items.append(li("page" + (" selected" if p == current else ""), p, str(p)))
    hid = " hidden" if current == pages else ""
    items.append(li("next" + hid, min(pages, current + 1), "Sau &gt;"))
    items.append(li("last" + hid, pages, "Cuối &gt;&gt;"))
    return f'<div class="pager">Trang: <ul id="{pager_id}" class="yiiPager">' + "".join(items) + "</ul></div>"


def _item(s: Story) -> str:
    href = rel(art_path(s))
    return (
        f'<div class="view tin-item">\n<a class="anh-dd" href="{href}">'
        f'<img src="uploads/tin-tuc/thumb/{s.id}.jpg" alt="" width="120" /></a>\n'
        f'<h3 class="td"><a href="{href}">{esc(s.title)}</a></h3>\n{listing_date(s)}\n'
        f'<div class="mota">{teaser(s)}</div>\n</div>'
    )


def _comments(s: Story, params: list[tuple[str, str]], cpage: int) -> str:
    n = s.opts.get("comments", 0)
    rows = COMMENTS[:n]
    pages = max(1, -(-n // COMMENT_PAGE_SIZE))
    cpage = min(max(cpage, 1), pages)
    shown = rows[(cpage - 1) * COMMENT_PAGE_SIZE : cpage * COMMENT_PAGE_SIZE]
    items = "".join(
        f'<div class="bl-item" id="c{s.id * 10 + k}"><p class="bl-ten"><b>{esc(name)}</b> - '
        f'<span class="bl-tg">{when}</span></p><div class="bl-nd">{esc(body)}</div></div>'
        for k, (name, when, body) in enumerate(shown, start=(cpage - 1) * COMMENT_PAGE_SIZE + 1)
    )
    if not shown:
        items = '<span class="empty">Chưa có ý kiến nào.</span>'
    start = (cpage - 1) * COMMENT_PAGE_SIZE + 1
    summary = (
        f'<div class="summary">Hiển thị {start}-{start + len(shown) - 1} trong {n} kết quả.</div>'
        if shown
        else ""
    )
    pager = _pager(
        pages,
        cpage,
        lambda p: yii_url(rel(art_path(s)), params, "Comment_page", None if p == 1 else str(p)),
        "yw7",
    )
    return (
        f'<div id="binh-luan" class="ykien"><h3 class="ykien-td">Ý kiến bạn đọc ({n})</h3>\n'
        f'<div id="yw6" class="list-view">\n{summary}\n<div class="items">\n{items}\n</div>\n{pager}\n'
        f'<div class="keys" style="display:none" title="{esc(art_path(s))}"></div>\n</div>\n'
        f'<form id="comment-form" action="{rel(art_path(s))}#binh-luan" method="post">'
        '<div class="row"><label for="Comment_ten">Họ tên <span class="required">*</span></label>'
        '<input name="Comment[ten]" id="Comment_ten" type="text" maxlength="128" /></div>'
        '<div class="row"><label for="Comment_email">Email</label>'
        '<input name="Comment[email]" id="Comment_email" type="text" /></div>'
        '<div class="row"><label for="Comment_noi_dung">Nội dung</label>'
        '<textarea rows="5" cols="50" name="Comment[noi_dung]" id="Comment_noi_dung"></textarea></div>'
        '<div class="row buttons"><input type="submit" name="yt1" value="Gửi ý kiến" /></div></form></div>'
    )


def article_page(request: Request, s: Story, flash: str = "") -> Response:
    cid = CAT_ID[s.cat]
    params = [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k == "Comment_page"]
    try:
        cpage = int(dict(params).get("Comment_page", "1"))
    except ValueError:
        cpage = 1
    rows = [("Chuyên mục", f'<a href="{rel(cat_path(cid))}">{esc(s.cat)}</a>'), ("Ngày đăng", date_cell(s))]
    if s.opts.get("upd"):
        rows.append(("Cập nhật", s.opts["upd"]))
    if s.opts.get("author_row"):
        rows.append(("Tác giả", esc(s.opts["author_row"])))
    rows.append(("Người đăng", esc(s.opts["poster"])))
    rows.append(("Lượt xem", str(s.opts["views"])))
    detail = (
        '<table class="detail-view" id="yw2">'
        + "".join(
            f'<tr class="{"odd" if k % 2 == 0 else "even"}"><th>{th}</th><td>{td}</td></tr>'
            for k, (th, td) in enumerate(rows)
        )
        + "</table>"
    )
    sapo = f'<div class="tomtat"><strong>{text(s.summary)}</strong></div>' if s.sapo_outside else ""
    newer = [
        t for t in by_date([t for t in STORIES if t.cat == s.cat]) if t.opts["ct"] > s.opts["ct"]
    ][-3:]
    newer_html = ""
    if newer:
        newer_html = (
            '<div class="tin-moihon"><h3>Các tin mới hơn</h3><ul>'
            + "".join(
                f'<li><a href="{rel(art_path(t))}">{esc(t.title)}</a> {listing_date(t)}</li>' for t in newer
            )
            + "</ul></div>"
        )
    flash_html = f'<div class="flash-success">{esc(flash)}</div>' if flash else ""
    content = f"""<div class="tin-ct" id="tin-{s.id}">
<h1 class="tieude-tin">{esc(s.title)}</h1>
{detail}
{sapo}
<div class="nd-tin">
{render_blocks(s)}
</div>
<div class="cong-cu"><a href="#" id="yt0"><img src="/themes/pgd/images/print.gif" alt="" /> In bài</a>
 | <a href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a>
 | <a href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request) + art_path(s))}" target="_blank"><img src="/themes/pgd/images/fb.png" alt="Chia sẻ Facebook" /></a></div>
{newer_html}
{flash_html}
{_comments(s, params, cpage)}
</div>"""
    crumb_title = s.title if len(s.title) <= 60 else s.title[:57].rsplit(" ", 1)[0] + "..."
    first = next(b.text for b in s.blocks if isinstance(b, P))
    script = (
        f"jQuery('body').on('click','#yt0',function(){{jQuery.yii.submitForm(this,'/tin-tuc/in/id/{s.id}',{{}});"
        "return false;});\n"
        "jQuery('#yw6').yiiListView({'ajaxUpdate':['yw6'],'ajaxVar':'ajax','pagerClass':'pager',"
        "'loadingClass':'list-view-loading','sorterClass':'sorter','enableHistory':false});"
    )
    return layout(
        request,
        s.title,
        [(s.cat, cat_path(cid)), (crumb_title, None)],
        content,
        active=cat_path(cid),
        description=first[:160],
        scripts=script,
    )


def print_page(request: Request, s: Story) -> Response:
    sapo = f"<p><strong>{text(s.summary)}</strong></p>" if s.sapo_outside else ""
    when = s.opts.get("long") or s.opts.get("dt") or ""
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{base_url(request)}/" />
<title>In bài viết</title></head>
<body onload="window.print();"><div class="in-tin" id="tin-{s.id}">
<p>{esc(SITE).upper()}</p><hr />
<h2>{esc(s.title)}</h2><p><i>{when}</i></p>
{sapo}{render_blocks(s)}
<hr /><p>&copy; {esc(SITE_SHORT)}</p></div></body></html>"""
    return html(page, headers={"X-Powered-By": "PHP/5.4.45"})


def _sorted(cid: int, sort: str | None) -> list[Story]:
    items = by_date([s for s in STORIES if CAT_ID[s.cat] == cid])
    if cid == SORTABLE_CAT and sort == "luot_xem.desc":
        return sorted(items, key=lambda s: s.opts["views"], reverse=True)
    if cid == SORTABLE_CAT and sort == "luot_xem":
        return sorted(items, key=lambda s: s.opts["views"])
    return items


def category_page(request: Request, cid: int) -> Response:
    params = [
        (k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k in ("Post_page", "Post_sort")
    ]
    given = dict(params)
    sort = given.get("Post_sort") if cid == SORTABLE_CAT else None
    if sort not in ("luot_xem", "luot_xem.desc"):
        sort = None
    items = _sorted(cid, sort)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    try:
        page = int(given.get("Post_page", "1"))
    except ValueError:
        page = 1
    page = min(max(page, 1), pages)  # CPagination::validateCurrentPage clamps
    shown = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    path = rel(cat_path(cid))
    sorter = ""
    if cid == SORTABLE_CAT:
        nxt = "luot_xem" if sort == "luot_xem.desc" else "luot_xem.desc"
        cls = "sort-link" + (" desc" if sort == "luot_xem.desc" else " asc" if sort == "luot_xem" else "")
        sorter = (
            f'<div class="sorter">Sắp xếp theo: <ul><li><a class="{cls}" '
            f'href="{esc(yii_url(path, params, "Post_sort", nxt))}">Lượt xem</a></li></ul></div>'
        )
    pager = _pager(
        pages, page, lambda p: esc(yii_url(path, params, "Post_page", None if p == 1 else str(p))), "yw4"
    )
    start = (page - 1) * PAGE_SIZE + 1
    keys = "".join(f"<span>{s.id}</span>" for s in shown)
    content = f"""<h1 class="tieude-dm">{esc(CATS[cid])}</h1>
<div id="yw3" class="list-view">
<div class="summary">Hiển thị {start}-{start + len(shown) - 1} trong {len(items)} kết quả.</div>
{sorter}
<div class="items">
{"".join(_item(s) for s in shown)}
</div>
{pager}
<div class="keys" style="display:none" title="{esc(request.target)}">{keys}</div>
</div>"""
    script = (
        "jQuery('#yw3').yiiListView({'ajaxUpdate':['yw3'],'ajaxVar':'ajax','pagerClass':'pager',"
        "'loadingClass':'list-view-loading','sorterClass':'sorter','enableHistory':false});"
    )
    return layout(request, CATS[cid], [(CATS[cid], None)], content, active=cat_path(cid), scripts=script)


def home_page(request: Request) -> Response:
    f = FEATURED
    fhref = rel(art_path(f, f.opts["old_slug"]))
    latest = "".join(_item(s) for s in NEWEST)
    boxes = []
    for cid in (5, 7):
        top = by_date([s for s in STORIES if CAT_ID[s.cat] == cid])[:3]
        lis = "".join(f'<li><a href="{rel(art_path(s))}">{esc(s.title)}</a> {listing_date(s)}</li>' for s in top)
        boxes.append(
            f'<div class="box-tin"><div class="box-td"><a href="{rel(cat_path(cid))}">{esc(CATS[cid])}</a>'
            f'</div><ul>{lis}</ul><a class="xemtc" href="{rel(cat_path(cid))}">Xem tất cả &raquo;</a></div>'
        )
    content = f"""<div class="tieudiem">
<a href="{fhref}"><img src="uploads/tin-tuc/thumb/{f.id}-lon.jpg" alt="" width="420" /></a>
<h2><a href="{fhref}">{esc(f.title)}</a></h2>
<p>{teaser(f)}</p>
</div>
<div class="box-tin"><div class="box-td">Tin mới nhất</div>
{latest}
</div>
{"".join(boxes)}"""
    return layout(request, SITE, [], content, active="/", description=SITE)


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"odd" if k % 2 == 0 else "even"}"><td>{esc(v[0])}</td><td>{v[1]}</td>'
        f'<td><a href="/van-ban/chi-tiet/id/{d}">{esc(v[3])}</a></td></tr>'
        for k, (d, v) in enumerate(sorted(DOCS.items(), reverse=True))
    )
    content = f"""<h1 class="tieude-dm">Văn bản</h1>
<div class="grid-view" id="vanban-grid">
<div class="summary">Hiển thị 1-{len(DOCS)} trong {len(DOCS)} kết quả.</div>
<table class="items"><thead><tr><th id="vanban-grid_c0">Số ký hiệu</th><th id="vanban-grid_c1">Ngày ban hành</th>
<th id="vanban-grid_c2">Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>
<div class="keys" style="display:none" title="/van-ban/danh-sach"></div></div>"""
    return layout(request, "Văn bản", [("Văn bản", None)], content, active="/van-ban/danh-sach")


def doc_page(request: Request, did: int) -> Response:
    number, day, signer, subject, fname, post = DOCS[did]
    rows = [
        ("Số ký hiệu", esc(number)),
        ("Ngày ban hành", day),
        ("Cơ quan ban hành", esc(SITE)),
        ("Người ký", esc(signer)),
        ("Trích yếu", esc(subject)),
        ("Tệp tin", f'<a href="uploads/van-ban/{fname}">{fname}</a>'),
    ]
    if post:
        rows.append(("Bài đăng", f'<a href="{rel(art_path(BY_ID[post]))}">Xem bài đăng trên trang tin</a>'))
    detail = (
        '<table class="detail-view" id="yw2">'
        + "".join(
            f'<tr class="{"odd" if k % 2 == 0 else "even"}"><th>{th}</th><td>{td}</td></tr>'
            for k, (th, td) in enumerate(rows)
        )
        + "</table>"
    )
    content = f'<h1 class="tieude-vb">Văn bản số {esc(number)}</h1>\n{detail}'
    return layout(
        request, f"Văn bản số {number}", [("Văn bản", "/van-ban/danh-sach"), (number, None)], content,
        active="/van-ban/danh-sach",
    )


def static_page(request: Request, slug: str, flash: str = "") -> Response:
    title, body = PAGES[slug]
    extra = ""
    if slug == "lien-he":
        extra = (
            (f'<div class="flash-success">{esc(flash)}</div>' if flash else "")
            + '<div class="form"><form id="contact-form" action="/trang/lien-he" method="post">'
            '<div class="row"><label for="ContactForm_name">Họ tên</label>'
            '<input name="ContactForm[name]" id="ContactForm_name" type="text" /></div>'
            '<div class="row"><label for="ContactForm_body">Nội dung</label>'
            '<textarea name="ContactForm[body]" id="ContactForm_body" rows="6" cols="50"></textarea></div>'
            '<div class="row"><img id="yw8" src="/site/captcha/v/5e3f1a2b7c9d0" alt="" />'
            '<input name="ContactForm[verifyCode]" id="ContactForm_verifyCode" type="text" /></div>'
            '<div class="row buttons"><input type="submit" name="yt2" value="Gửi" /></div></form></div>'
        )
    content = f'<h1 class="tieude-trang">{esc(title)}</h1>\n<div class="nd-trang">{body}</div>{extra}'
    active = "/trang/lien-he" if slug == "lien-he" else "/trang/gioi-thieu"
    return layout(request, title, [(title, None)], content, active=active)


def search_page(request: Request) -> Response:
    q = request.params.get("tu_khoa", "").strip()
    found = [s for s in by_date(STORIES) if q and q.lower() in s.title.lower()]
    items = "".join(_item(s) for s in found) or '<span class="empty">Không tìm thấy kết quả.</span>'
    content = (
        f'<h1 class="tieude-dm">Kết quả tìm kiếm: {esc(q)}</h1>\n<div id="yw3" class="list-view">'
        f'<div class="items">{items}</div></div>'
    )
    return layout(request, "Tìm kiếm", [("Tìm kiếm", None)], content)


def not_found(request: Request) -> Response:
    content = '<h2>Lỗi 404</h2>\n<div class="error">Trang yêu cầu không tồn tại.</div>'
    return layout(request, "Lỗi", [("Lỗi", None)], content, status=404)


_ART = re.compile(r"^/tin-tuc/chi-tiet/id/(\d+)(?:/([A-Za-z0-9-]+))?$")
_CAT = re.compile(r"^/tin-tuc/danh-muc/id/(\d+)$")
_PRINT = re.compile(r"^/tin-tuc/in/id/(\d+)$")
_DOC = re.compile(r"^/van-ban/chi-tiet/id/(\d+)$")
_PAGE = re.compile(r"^/trang/([a-z-]+)$")
_STATIC_PREFIXES = ("/uploads/", "/assets/", "/themes/", "/css/", "/images/")


class YiiSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/favicon.ico":
            return static_file(path)
        if path.startswith(_STATIC_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/site/captcha"):
            return static_file("captcha.png")
        if path == "/index.php":
            if "r" not in request.params:
                return home_page(request)
            if request.params.get("r") == "post/view":
                try:
                    story = BY_ID.get(int(request.params.get("id", "")))
                except ValueError:
                    story = None
                return article_page(request, story) if story else not_found(request)
            return not_found(request)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path == "/":
            return home_page(request)
        if m := _ART.match(path):
            story = BY_ID.get(int(m.group(1)))
            if not story:
                return not_found(request)
            flash = "Ý kiến của bạn đã được gửi và đang chờ kiểm duyệt." if request.method == "POST" else ""
            return article_page(request, story, flash)
        if m := _PRINT.match(path):
            story = BY_ID.get(int(m.group(1)))
            return print_page(request, story) if story else not_found(request)
        if m := _CAT.match(path):
            cid = int(m.group(1))
            return category_page(request, cid) if cid in CATS else not_found(request)
        if path == "/van-ban/danh-sach":
            return doc_list(request)
        if m := _DOC.match(path):
            did = int(m.group(1))
            return doc_page(request, did) if did in DOCS else not_found(request)
        if m := _PAGE.match(path):
            slug = m.group(1)
            if slug not in PAGES:
                return not_found(request)
            flash = "Cảm ơn bạn đã liên hệ. Chúng tôi sẽ trả lời sớm nhất." if request.method == "POST" else ""
            return static_page(request, slug, flash)
        if path == "/tim-kiem":
            return search_page(request)
        if path.startswith("/binh-chon/") and request.method == "POST":
            return redirect("/")
        return not_found(request)


def build_site() -> YiiSite:
    return YiiSite()


GOLD = [
    gold_record(s, art_path(s), s.cat, alt_paths=alt_paths(s), image_page="/") for s in by_date(STORIES)
]

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/trang/co-cau-to-chuc",
    "/trang/lien-he",
    "/van-ban/chi-tiet/id/121",
    "/van-ban/chi-tiet/id/118",
    "/van-ban/chi-tiet/id/115",
]
