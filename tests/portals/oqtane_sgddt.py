"""Oqtane 5 portal of Sở Giáo dục và Đào tạo tỉnh Lai Châu, with a third-party blog module.

Platform
    Oqtane 5 (ASP.NET Core Blazor CMS) rendered on the server and prerendered: every page carries
    ``<base href="/">``, the Blazor component markers (``<!--Blazor:{"type":"server",…}-->`` …
    ``<!--Blazor:{"prerenderId":…}-->``), the ``<!--!-->`` fragment markers Blazor leaves between
    adjacent text fragments, a persisted ``<!--Blazor-Server-Component-State:…-->`` blob and
    ``_framework/blazor.web.js``. The department's own theme ("LaiChau.Theme") prints a banner with
    the *page* name in ``<h1>``, a menu with drop-downs, breadcrumbs and a right column. The blog is
    the "Vnx.Blog" module (third party, class names in Vietnamese abbreviations: ``bv-…``, ``blg-…``).

URL scheme
    ``/``                                   home: slider, module 31 ("Tin mới", the blog module's
                                            second instance: links ``!/31/<id>/<slug>``)
    ``/tin-tuc`` ``?page=N``                blog list (module 45), 5 posts a page, 3 pages
    ``/tin-tuc/!/45/danh-muc/<cid>/<slug>`` a blog category, 4 posts a page, ``?page=N``
    ``/tin-tuc/!/45/<id>/<slug>``           a post (Oqtane's ``!`` url-parameter delimiter);
                                            ``/tin-tuc/!/45/<id>`` serves it too, a wrong slug 404s
    ``/!/31/<id>/<slug>``                   the same post rendered by module 31 on the home page
    ``/gioi-thieu`` ``/lien-he`` ``/thu-vien-anh``   static pages (HtmlText module)
    ``/van-ban`` ``/van-ban/!/60/<id>/<slug>``       document list and entries (not articles)
    ``/login?returnurl=<page>``             Oqtane's login page (one per page path)
    ``/files/…``, ``/api/file/download/<n>?width=…``  images (the second has no extension)

Page templates
    list (``div.blg-ds`` > ``div.blg-muc`` rows: thumbnail, ``a.blg-lk`` title, date, teaser),
    post (``article.bv-ct``: ``h3.bv-tieude``, ``div.bv-tt`` meta line, optional ``div.blg-tomtat``
    summary, ``div.bv-ndung`` Quill content, then tags, share bar, attachments, comments,
    "Tin liên quan"), static page, document entry, login.

How each gold article is reached
    All 13 from ``/tin-tuc`` and its pages 2–3 (links relative: ``tin-tuc/!/45/…``) and from
    the category lists (Tin tức - Sự kiện has two pages). The four newest also from the home page
    as ``/!/31/<id>/<slug>``; four "Tin đọc nhiều" in the sidebar as the short ``tin-tuc/!/45/<id>``.
    Posts 1170, 1166 and 1162 are on ``/tin-tuc?page=3`` only (and their category lists).

Traps
    1. ``<base href="/">`` with relative hrefs everywhere (``tin-tuc/!/45/1201/…``,
       ``tin-tuc?page=2``): resolved against a post's own URL they give
       ``/tin-tuc/!/45/1201/tin-tuc?page=2``, which 404s. Gold: paths resolved against the base.
    2. One post, several URLs: ``/tin-tuc/!/45/<id>/<slug>``, the slug-less ``/tin-tuc/!/45/<id>``
       (sidebar "Tin đọc nhiều") and ``/!/31/<id>/<slug>`` (home-page module instance, home chrome).
       All print ``<link rel="canonical">`` to the first. Gold: one record each, the others in
       ``alt_paths``.
    3. ``<title>`` and ``<h1>`` are the *page's* ("Tin tức", "Trang chủ"), the same for every
       post; the post's headline is only ``h3.bv-tieude`` (and ``og:title``). Gold title: the h3.
    4. Dates: the meta line prints "Cập nhật: …" *before* the publication date; Blazor's
       ``<!--!-->`` markers split "Đăng lúc <!--!-->14:30<!--!--> ngày <!--!-->03/12/2026" (time
       first); ``article:published_time`` is UTC in .NET "o" format
       (``2026-12-03T07:30:00.0000000Z``). Gold: the publication time at +07:00. Post 1181 was
       imported from the old portal and prints "00:00": gold is the day alone. The notice 1196 is
       posted 01/12 but its letterhead says 30/11: gold "2026-11-30".
    5. Bylines: the module prints "Người đăng: host" (Oqtane's default admin account) on every
       post: nobody. The real bylines are right-aligned lines at the end of the content:
       "Tin, ảnh: Lò Thị Hương" (author and photographer), "Tin: X - Ảnh: Y", "ThS. Đỗ Văn Khải -
       Phòng GDTH" (name only), a unit alone "Phòng KHTC" (the author as printed), a signer of a
       notice. "Nguồn: Báo Lai Châu" -> source; a paragraph "Theo kế hoạch, …" is text.
    6. Captions in Quill markup: the image in its own ``<p class="ql-align-center">``, the caption
       as the next centred ``<p><em>…</em></p>`` (not body), once "(…)" in parentheses (taken off),
       once only "Ảnh: Quàng Văn Dũng" (caption None); one old post has image and caption in a
       two-row ``table.tbl-anh``. One image comes from ``/api/file/download/812?width=960`` (no
       extension, served as image/jpeg).
    7. Text boundaries: after the content come tags, a share bar, "Tệp đính kèm" lines, a
       "Xem thêm:" line, reader comments with their own ``<p>`` paragraphs ("Bình luận (2)"),
       and "Tin liên quan"; none is body. The sidebar "Thông báo" portlet repeats a post teaser.
    8. Sapo: the blog's Summary field printed bold in ``div.blg-tomtat`` above the content (the
       body's first paragraph in gold); one post has a bold lead paragraph inside the content;
       the others only a ``meta description`` cut from the text (summary null).
    9. Text forms: one post pasted from Word is decomposed (NFD); Quill splits text in
       ``<span style="background-color: transparent;">`` with ``&nbsp;``; a ``<br>`` splits a
       paragraph; "👉" typed before list lines (text, kept as printed: harmonised with the
       house's convention); a table (rows as "a | b | c"); a heading, list items and a
       blockquote inside the text; footnote calls "[1]" and a "Tài liệu tham khảo" section.
    10. Official notice (1196) with letterhead table, "Số: …", place-and-date line, "THÔNG BÁO /
        Về việc …", "Nơi nhận" and the signer's post: none is body; signer = author.

Gold decisions on ambiguous points
    - category: the blog category the post is filed under (breadcrumb's last crumb and
      "Chuyên mục:" in the meta line), not the page name "Tin tức".
    - listing thumbnails (``/files/blog/thumb/…``) are not article images; posts show no hero.
    - ``alt_paths`` lists the variants the site links to (short form from the sidebar, the
      home module's form); a post's URL with a query string would serve it too but is never
      linked.
    - ``/login?returnurl=…``, ``/thu-vien-anh`` (an album page), document entries and the
      lists are not articles; the login pages are left out of NON_ARTICLES.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, opaque, static_file, text

NAME = "oqtane_sgddt"
PLATFORM = "Oqtane 5 (ASP.NET Core Blazor, prerendered) + Vnx.Blog module"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Lai Châu"
BLOG_MOD = 45
HOME_MOD = 31
DOC_MOD = 60
LIST_SIZE = 5
CAT_SIZE = 4

CATS: dict[int, tuple[str, str]] = {
    1: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    2: ("giao-duc-trung-hoc", "Giáo dục Trung học"),
    3: ("giao-duc-tieu-hoc-mam-non", "Giáo dục Tiểu học - Mầm non"),
    4: ("thong-bao", "Thông báo"),
}
CAT_BY_NAME = {name: cid for cid, (_slug, name) in CATS.items()}


def _right(inner: str) -> Raw:
    return Raw(f'<p class="ql-align-right" style="text-align:right"><strong>{inner}</strong></p>')


NOTICE_HEAD = Raw(
    '<table style="width:100%;border:none" class="tbl-vb"><tbody>'
    '<tr><td style="text-align:center;width:40%">UBND TỈNH LAI CHÂU<br>'
    "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
    '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
    '<tr><td style="text-align:center">Số: 2150/TB-SGDĐT</td>'
    '<td style="text-align:center"><em>Lai Châu, ngày 30 tháng 11 năm 2026</em></td></tr>'
    "</tbody></table>"
    '<p class="ql-align-center"><strong>THÔNG BÁO</strong></p>'
    '<p class="ql-align-center"><strong>Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh '
    "lớp 12 THPT năm học 2026-2027</strong></p>"
)
NOTICE_FOOT = Raw(
    '<table style="width:100%;border:none" class="tbl-vb"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    "- Như trên;<br>- Giám đốc Sở (b/c);<br>- Cổng TTĐT Sở;<br>- Lưu: VT, GDTrH.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thu Hà</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1201,
        "lai-chau-to-chuc-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
        "Lai Châu tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027",
        "Tin tức - Sự kiện",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Từ ngày 01 đến ngày 03/12/2026, Sở Giáo dục và Đào tạo tỉnh Lai Châu tổ chức Hội thi "
                "giáo viên dạy giỏi cấp tỉnh bậc THCS với sự tham gia của 126 giáo viên đến từ 8 "
                "huyện, thành phố."
            ),
            Img("/files/blog/2026/12/hoi-thi-gvdg-01.jpg", "Ban Tổ chức khai mạc Hội thi tại Trường THCS Đoàn Kết",
                "Ban Tổ chức khai mạc Hội thi tại Trường THCS Đoàn Kết"),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và thực hiện "
                "hai tiết dạy thực hành tại các lớp học do Ban Tổ chức bốc thăm."
            ),
            Img("/files/blog/2026/12/hoi-thi-gvdg-02.jpg", "Cô giáo Tẩn Thị Mai trong tiết dạy môn Ngữ văn",
                "Cô giáo Tẩn Thị Mai trong tiết dạy môn Ngữ văn"),
            P(
                "Kết quả, Ban Tổ chức công nhận 84 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, trong đó huyện Tam Đường và thành phố Lai Châu có tỷ lệ đạt cao nhất."
            ),
            _right("<em>Tin, ảnh: Lò Thị Hương</em>"),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        summary=(
            "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS năm học 2026-2027 đã khép lại với 84 giáo "
            "viên được công nhận, khẳng định chất lượng đội ngũ nhà giáo vùng cao."
        ),
        sapo_outside=True,
        opts={"time": "14:30", "day": "03/12/2026", "updated": "04/12/2026 09:15", "utc": "2026-12-03T07:30:00"},
    ),
    Story(
        1198,
        "hoi-nghi-trien-khai-chuyen-doi-so-trong-giao-duc",
        "Hội nghị triển khai nhiệm vụ chuyển đổi số trong giáo dục năm học 2026-2027",
        "Tin tức - Sự kiện",
        "2026-12-02T08:15:00+07:00",
        [
            P(
                "Sáng ngày 02/12, Sở Giáo dục và Đào tạo tổ chức hội nghị trực tuyến triển khai "
                "nhiệm vụ chuyển đổi số năm học 2026-2027 tới 412 điểm cầu trong toàn tỉnh."
            ),
            Img("/files/blog/2026/12/chuyen-doi-so.jpg", "(Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT)",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT"),
            P(
                "Năm học vừa qua, 100% cơ sở giáo dục đã sử dụng hồ sơ điện tử, học bạ số được "
                "triển khai ở bậc tiểu học và THCS.", "span"
            ),
            P("Năm học này, ngành đặt ra ba nhiệm vụ trọng tâm:"),
            P("Hoàn thành cơ sở dữ liệu ngành kết nối với cơ sở dữ liệu quốc gia về dân cư;", "li"),
            P("Triển khai học bạ số ở cấp THPT;", "li"),
            P("Bồi dưỡng kỹ năng số cho 100% cán bộ quản lý và giáo viên.", "li"),
            _right("Phòng KHTC"),
        ],
        authors=["Phòng KHTC"],
        opts={"time": "08:15", "day": "02/12/2026", "utc": "2026-12-02T01:15:00"},
    ),
    Story(
        1196,
        "thong-bao-to-chuc-ky-thi-chon-hsg-cap-tinh-lop-12",
        "Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "Thông báo",
        "2026-11-30",
        [
            NOTICE_HEAD,
            P(
                "Căn cứ Kế hoạch số 1874/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo về tổ "
                "chức các kỳ thi năm học 2026-2027, Sở GD&ĐT thông báo như sau:"
            ),
            P("1. Thời gian thi: ngày 22 và 23/12/2026.", "nb"),
            P("2. Địa điểm: Trường THPT Chuyên Lê Quý Đôn, thành phố Lai Châu.", "nb"),
            P(
                "3. Các đơn vị gửi danh sách thí sinh về Phòng Giáo dục Trung học trước ngày "
                "10/12/2026 qua hệ thống quản lý văn bản điều hành.", "nb"
            ),
            P("Sở GD&ĐT đề nghị Thủ trưởng các đơn vị triển khai thực hiện./."),
            NOTICE_FOOT,
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"time": "07:45", "day": "01/12/2026", "utc": "2026-12-01T00:45:00", "pinned": True},
    ),
    Story(
        1193,
        "truong-ptdtbt-thcs-nam-cuoi-to-chuc-ngay-hoi-van-hoa",
        "Trường PTDTBT THCS Nậm Cuổi tổ chức Ngày hội văn hóa các dân tộc",
        "Giáo dục Trung học",
        "2026-11-28T16:05:00+07:00",
        [
            P(
                "Ngày 27/11, Trường Phổ thông dân tộc bán trú THCS Nậm Cuổi, huyện Sìn Hồ tổ chức "
                "Ngày hội văn hóa các dân tộc với nhiều hoạt động sôi nổi.", "nfd"
            ),
            P(
                "Học sinh các dân tộc Mông, Dao, Thái, Hà Nhì trình diễn trang phục truyền thống, "
                "thi gói bánh, đẩy gậy, ném còn và giới thiệu món ăn của dân tộc mình.", "nfd"
            ),
            Img("/files/blog/2026/11/nam-cuoi-ngay-hoi.jpg", "Ảnh: Quàng Văn Dũng", None),
            P(
                "Ngày hội góp phần giáo dục học sinh tình yêu quê hương, ý thức giữ gìn bản sắc văn "
                "hóa dân tộc trong trường học.", "nfd"
            ),
            _right("<em>Tin: Vàng Thị Sua - Ảnh: Quàng Văn Dũng</em>"),
        ],
        authors=["Vàng Thị Sua"],
        photographers=["Quàng Văn Dũng"],
        opts={"time": "16:05", "day": "28/11/2026", "utc": "2026-11-28T09:05:00"},
    ),
    Story(
        1190,
        "so-ket-cong-tac-ban-tru-tai-cac-truong-vung-cao-muong-te",
        "Sơ kết công tác bán trú tại các trường vùng cao huyện Mường Tè",
        "Giáo dục Trung học",
        "2026-11-25T10:00:00+07:00",
        [
            P(
                "Huyện Mường Tè hiện có 21 trường phổ thông dân tộc bán trú với hơn 6.300 học sinh "
                "ở bán trú tại trường."
            ),
            P("Bữa ăn của học sinh được nâng từ 3 lên 4 món mỗi ngày.", "br"),
            P("Các trường tăng gia sản xuất, trồng rau xanh và chăn nuôi để cải thiện bữa ăn."),
            P(
                "Theo kế hoạch, đến hết năm 2027 các nhà ở bán trú xuống cấp sẽ được sửa chữa từ "
                "nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
                "tộc thiểu số."
            ),
            Raw('<p class="ql-align-right"><em>Nguồn: Báo Lai Châu</em></p>'),
        ],
        source="Báo Lai Châu",
        opts={"time": "10:00", "day": "25/11/2026", "utc": "2026-11-25T03:00:00"},
    ),
    Story(
        1187,
        "tap-huan-day-hoc-tich-hop-cho-giao-vien-tieu-hoc",
        "Tập huấn dạy học tích hợp cho giáo viên tiểu học",
        "Giáo dục Tiểu học - Mầm non",
        "2026-11-20T09:30:00+07:00",
        [
            P(
                "Trong hai ngày 18 và 19/11, Sở GD&ĐT tổ chức tập huấn dạy học tích hợp môn Tự nhiên "
                "và Xã hội, Khoa học cho 230 giáo viên tiểu học cốt cán."
            ),
            P(
                "Các giáo viên được hướng dẫn thiết kế chủ đề tích hợp, tổ chức hoạt động trải "
                "nghiệm và đánh giá học sinh theo hướng phát triển năng lực."
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm bồi dưỡng lại cho giáo viên tại "
                "trường trước ngày 15/12/2026."
            ),
            _right("ThS. Đỗ Văn Khải - Phòng GDTH"),
        ],
        authors=["Đỗ Văn Khải"],
        opts={"time": "09:30", "day": "20/11/2026", "utc": "2026-11-20T02:30:00", "comments": True},
    ),
    Story(
        1185,
        "mam-non-son-ca-don-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
        "Mầm non Sơn Ca đón nhận trường đạt chuẩn quốc gia mức độ 2",
        "Giáo dục Tiểu học - Mầm non",
        "2026-11-18T15:20:00+07:00",
        [
            P(
                "Chiều 17/11, Trường Mầm non Sơn Ca, thành phố Lai Châu long trọng tổ chức lễ đón "
                "nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2."
            ),
            Img("/api/file/download/812?width=960", "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường"),
            P("Một số chỉ tiêu của nhà trường năm học 2025-2026:"),
            P("Chỉ tiêu | Kết quả", "tr"),
            P("Tỷ lệ trẻ chuyên cần | 98,6%", "tr"),
            P("Trẻ suy dinh dưỡng | 1,2%", "tr"),
            P("Giáo viên trên chuẩn | 92%", "tr"),
            P(
                "Nhà trường tiếp tục duy trì, nâng cao chất lượng chăm sóc, nuôi dưỡng và giáo dục "
                "trẻ trong những năm tiếp theo."
            ),
        ],
        opts={"time": "15:20", "day": "18/11/2026", "utc": "2026-11-18T08:20:00"},
    ),
    Story(
        1181,
        "ket-qua-kiem-tra-cong-tac-thi-dua-khen-thuong",
        "Kết quả kiểm tra công tác thi đua, khen thưởng tại các phòng GD&ĐT",
        "Tin tức - Sự kiện",
        "2026-11-14",
        [
            P(
                "Theo kế hoạch, từ ngày 03 đến 12/11, đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác "
                "thi đua, khen thưởng tại 8 phòng Giáo dục và Đào tạo."
            ),
            P(
                "Đoàn đánh giá các đơn vị cơ bản thực hiện đúng quy trình xét khen thưởng, hồ sơ "
                "lưu trữ đầy đủ; một số đơn vị còn chậm gửi báo cáo."
            ),
            P(
                "Sở yêu cầu các phòng GD&ĐT khắc phục tồn tại và báo cáo kết quả trước ngày "
                "30/11/2026."
            ),
        ],
        opts={"time": "00:00", "day": "14/11/2026", "utc": "2026-11-13T17:00:00"},
    ),
    Story(
        1178,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026",
        "Thông báo",
        "2026-11-10T08:00:00+07:00",
        [
            P(
                "Sở Giáo dục và Đào tạo tỉnh Lai Châu thông báo tuyển dụng 57 chỉ tiêu viên chức "
                "giáo viên cho các trường THPT và trung tâm GDNN-GDTX năm 2026."
            ),
            P(
                "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 10/11 đến hết ngày 10/12/2026 tại "
                "Văn phòng Sở, trong giờ hành chính."
            ),
            P("Chi tiết chỉ tiêu và điều kiện dự tuyển xem trong tệp đính kèm."),
            Raw(
                '<p><strong>Xem thêm: </strong><a href="tin-tuc/!/45/1196/thong-bao-to-chuc-ky-thi-'
                'chon-hsg-cap-tinh-lop-12">Thông báo tổ chức kỳ thi chọn HSG cấp tỉnh lớp 12</a></p>'
            ),
        ],
        opts={"time": "08:00", "day": "10/11/2026", "utc": "2026-11-10T01:00:00",
              "files": ["TB-tuyen-dung-2026.pdf", "Phu-luc-chi-tieu.pdf"]},
    ),
    Story(
        1174,
        "chuan-bi-cac-hoat-dong-ky-niem-ngay-nha-giao-viet-nam",
        "Chuẩn bị các hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "Tin tức - Sự kiện",
        "2026-11-06T14:00:00+07:00",
        [
            P(
                "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), ngành "
                "giáo dục Lai Châu triển khai nhiều hoạt động thiết thực.[1]"
            ),
            P("Các hoạt động chính", "h3"),
            P("👉 Tổ chức gặp mặt, tri ân các nhà giáo đã nghỉ hưu;"),
            P("👉 Thăm hỏi giáo viên có hoàn cảnh khó khăn tại các điểm trường lẻ;"),
            P("👉 Phát động phong trào thi đua dạy tốt, học tốt."),
            P(
                "Sở đề nghị các đơn vị tổ chức các hoạt động trang trọng, tiết kiệm, không phô "
                "trương, hình thức."
            ),
            P("Tài liệu tham khảo", "h3"),
            P("[1] Quyết định số 167/HĐBT ngày 28/9/1982 của Hội đồng Bộ trưởng.", "small"),
        ],
        opts={"time": "14:00", "day": "06/11/2026", "utc": "2026-11-06T07:00:00"},
    ),
    Story(
        1170,
        "hoc-sinh-lai-chau-gianh-5-giai-khkt-cap-quoc-gia",
        "Học sinh Lai Châu giành 5 giải tại Cuộc thi khoa học kỹ thuật cấp quốc gia",
        "Giáo dục Trung học",
        "2026-10-30T11:45:00+07:00",
        [
            P(
                "Đoàn học sinh Lai Châu đạt 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích tại Cuộc thi "
                "khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học.", "bold"
            ),
            P(
                "Dự án đạt giải Nhì của hai em Lý A Chúng và Giàng Thị Mỷ, Trường THPT Phong Thổ, "
                "nghiên cứu chế tạo máy sấy thảo quả sử dụng năng lượng mặt trời."
            ),
            P(
                "Đây là kết quả cao nhất từ trước đến nay của học sinh Lai Châu tại cuộc thi.",
                "quote",
            ),
            P(
                "Sở GD&ĐT sẽ khen thưởng các học sinh và giáo viên hướng dẫn có dự án đạt giải."
            ),
        ],
        summary=(
            "Đoàn học sinh Lai Châu đạt 1 giải Nhì, 2 giải Ba và 2 giải Khuyến khích tại Cuộc thi "
            "khoa học kỹ thuật cấp quốc gia dành cho học sinh trung học."
        ),
        opts={"time": "11:45", "day": "30/10/2026", "utc": "2026-10-30T04:45:00"},
    ),
    Story(
        1166,
        "trien-khai-chuong-trinh-sua-hoc-duong-cho-tre-mam-non",
        "Triển khai chương trình sữa học đường cho trẻ mầm non",
        "Giáo dục Tiểu học - Mầm non",
        "2026-10-22T09:00:00+07:00",
        [
            P(
                "Từ tháng 10/2026, hơn 28.000 trẻ mầm non tại 8 huyện, thành phố được uống sữa "
                "miễn phí 5 lần mỗi tuần theo chương trình sữa học đường.", "span"
            ),
            Img("/files/blog/2026/10/sua-hoc-duong.jpg", "Trẻ Trường Mầm non Bản Bo uống sữa giờ ăn phụ",
                "Trẻ Trường Mầm non Bản Bo uống sữa giờ ăn phụ", "table"),
            P(
                "Chương trình góp phần cải thiện tình trạng dinh dưỡng, nâng cao tầm vóc trẻ em "
                "vùng dân tộc thiểu số.", "span"
            ),
        ],
        opts={"time": "09:00", "day": "22/10/2026", "utc": "2026-10-22T02:00:00"},
    ),
    Story(
        1162,
        "hoi-thao-nang-cao-chat-luong-day-tieng-viet-cho-hoc-sinh-dtts",
        "Hội thảo nâng cao chất lượng dạy tiếng Việt cho học sinh dân tộc thiểu số",
        "Tin tức - Sự kiện",
        "2026-10-15T08:30:00+07:00",
        [
            P(
                "Ngày 14/10, Sở GD&ĐT tổ chức hội thảo chia sẻ kinh nghiệm tăng cường tiếng Việt "
                "cho trẻ mầm non và học sinh tiểu học người dân tộc thiểu số."
            ),
            P(
                "Các đại biểu thảo luận về việc sử dụng giáo viên song ngữ, xây dựng môi trường "
                "tiếng Việt trong lớp học và phối hợp với cha mẹ học sinh."
            ),
            Img("/files/blog/2026/10/hoi-thao-tieng-viet.jpg", "Đại biểu phát biểu tham luận tại hội thảo",
                "Đại biểu phát biểu tham luận tại hội thảo"),
            P(
                "Hội thảo đã tiếp nhận 17 tham luận, trong đó nhiều mô hình hay được đề xuất nhân "
                "rộng trong toàn tỉnh."
            ),
            _right("Nguyễn Minh Tuấn"),
        ],
        authors=["Nguyễn Minh Tuấn"],
        opts={"time": "08:30", "day": "15/10/2026", "utc": "2026-10-15T01:30:00"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
ORDERED = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)
HOME_IDS = [s.id for s in ORDERED[:4]]
MOST_READ = [1193, 1185, 1170, 1162]

DOCS = {
    341: ("ke-hoach-to-chuc-cac-ky-thi-nam-hoc-2026-2027", "1874/KH-SGDĐT",
          "Kế hoạch tổ chức các kỳ thi năm học 2026-2027", "15/10/2026"),
    338: ("huong-dan-nhiem-vu-giao-duc-trung-hoc-2026-2027", "1702/SGDĐT-GDTrH",
          "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027", "25/09/2026"),
}


def post_path(story: Story, mod: int = BLOG_MOD) -> str:
    page = "tin-tuc/" if mod == BLOG_MOD else ""
    return f"/{page}!/{mod}/{story.id}/{story.slug}"


def cat_path(cid: int) -> str:
    return f"/tin-tuc/!/{BLOG_MOD}/danh-muc/{cid}/{CATS[cid][0]}"


def rel(path: str) -> str:
    """Blazor-style href relative to ``<base href="/">``."""
    return path.lstrip("/")


# --- chrome ---------------------------------------------------------------------------------

MENU = [
    ("", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", []),
    ("tin-tuc", "Tin tức", [(rel(cat_path(c)), CATS[c][1]) for c in CATS]),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]


def _marker_open(seed: str) -> str:
    return (
        '<!--Blazor:{"type":"server","prerenderId":"' + opaque(seed + "id", 12)[:16].lower().replace("/", "a")
        + '","key":{"locationHash":"' + opaque(seed + "lh", 20)[:24] + ':0","formattedComponentKey":""},'
        '"sequence":' + str(len(seed) % 3) + ',"descriptor":"CfDJ8' + opaque(seed, 90).replace("=", "") + '"}-->'
    )


def _marker_close(seed: str) -> str:
    return '<!--Blazor:{"prerenderId":"' + opaque(seed + "id", 12)[:16].lower().replace("/", "a") + '"}-->'


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{rel(f"/tin-tuc/!/{BLOG_MOD}/{i}")}">{esc(BY_ID[i].title)}</a><!--!--></li>'
        for i in MOST_READ
    )
    notice = BY_ID[1196]
    return (
        '<aside class="col-md-3 tpl-phai"><div class="app-pane" data-pane="Right">'
        '<div class="ctn-box"><div class="ctn-td">Thông báo</div><div class="ctn-nd">'
        f'<marquee direction="up" scrollamount="2"><p>{esc(notice.title)}: thời gian thi ngày 22 và '
        "23/12/2026 tại Trường THPT Chuyên Lê Quý Đôn.</p></marquee></div></div>"
        '<div class="ctn-box"><div class="ctn-td">Tin đọc nhiều</div>'
        f'<ul class="ctn-ds">{most}</ul></div>'
        '<div class="ctn-box"><div class="ctn-td">Liên kết</div><ul class="ctn-ds">'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://laichau.gov.vn" target="_blank">Cổng TTĐT tỉnh Lai Châu</a></li>'
        '<li><a href="https://www.facebook.com/sogddtlaichau" target="_blank">Fanpage Sở GD&amp;ĐT</a></li>'
        "</ul></div>"
        '<div class="ctn-box"><div class="ctn-td">Thăm dò ý kiến</div><div class="ctn-nd">'
        "<p>Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>"
        '<label><input type="radio" name="bc" disabled> Đẹp, dễ dùng</label><br>'
        '<label><input type="radio" name="bc" disabled> Bình thường</label><br>'
        '<button class="btn btn-sm" type="button">Bình chọn</button><!--!--></div></div>'
        '<div class="ctn-box"><div class="ctn-td">Thống kê truy cập</div><div class="ctn-nd tk-tc">'
        "Đang online: <!--!-->37<br>Hôm nay: <!--!-->1.284<br>Tổng truy cập: <!--!-->3.906.512"
        "</div></div></div></aside>"
    )


def layout(
    request: Request,
    *,
    page_name: str,
    page_path: str,
    main: str,
    crumbs: list[tuple[str, str]],
    canonical: str | None = None,
    head_extra: str = "",
    sidebar: bool = True,
) -> Response:
    seed = page_path + main[:40]
    menu = []
    for href, label, subs in MENU:
        active = ' active' if "/" + href == page_path else ""
        if subs:
            items = "".join(f'<li><a class="dropdown-item" href="{h}">{esc(t)}</a></li>' for h, t in subs)
            menu.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle{active}" href="{href}" '
                f'data-bs-toggle="dropdown">{esc(label)}</a><ul class="dropdown-menu">{items}</ul></li>'
            )
        else:
            menu.append(f'<li class="nav-item"><a class="nav-link{active}" href="{href}">{esc(label)}</a></li>')
    trail = " <span>›</span> ".join(
        f'<a href="{h}">{esc(t)}</a>' if h is not None else f"<span>{esc(t)}</span>" for h, t in crumbs
    )
    canon = f'<link rel="canonical" href="http://{request.headers.get("Host", "127.0.0.1")}{canonical}" />' if canonical else ""
    ret = quote(page_path, safe="")
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="/" />
<link rel="stylesheet" href="css/app.css?v=5.2.1.0" />
<link rel="stylesheet" href="Themes/LaiChau.Theme/theme.css" />
<link id="app-favicon" rel="shortcut icon" type="image/x-icon" href="favicon.ico" />
<title>{esc(page_name)} | Sở GD&amp;ĐT Lai Châu</title>
{canon}
{head_extra}
<script src="js/app.js?v=5.2.1.0"></script>
</head>
<body>
{_marker_open(seed)}<div class="app-moduleactions"></div><!--!-->
<div class="lc-trang">
<div class="lc-dau">
 <div class="container"><div class="row">
  <div class="col-md-2"><a href="" class="lc-logo"><img src="files/logo-sgddt.png" alt="Logo" /></a></div>
  <div class="col-md-7"><div class="lc-ten1">UBND TỈNH LAI CHÂU</div><div class="lc-ten2">{esc(SITE_NAME.upper())}</div></div>
  <div class="col-md-3 lc-ngay"><span>{TODAY_LINE}</span><!--!-->
   <a class="btn btn-link" rel="nofollow" href="login?returnurl={ret}">Đăng nhập</a></div>
 </div></div>
</div>
<nav class="navbar navbar-expand-md lc-menu"><div class="container"><ul class="navbar-nav">{"".join(menu)}</ul>
<form class="d-flex lc-tk" onsubmit="return false"><input type="search" placeholder="Tìm kiếm..." /><button type="button" class="btn">Tìm</button></form>
</div></nav>
<div class="lc-banner"><div class="container"><h1>{esc(page_name)}</h1>
<div class="lc-bc">{trail}</div></div></div>
<div class="container"><div class="row">
<main class="{'col-md-9' if sidebar else 'col-md-12'} app-pane" data-pane="Content">
{main}
</main>
{_sidebar() if sidebar else ""}
</div></div>
<footer class="lc-chan"><div class="container">
<p><strong>{esc(SITE_NAME.upper())}</strong></p>
<p>Địa chỉ: Tầng 4, Tòa nhà Khối VII, phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu</p>
<p>Điện thoại: 0213.3876.355 - Email: sgddt@laichau.gov.vn</p>
<p>© 2026 Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Lai Châu. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
<p class="lc-oqt">Powered by <a href="https://www.oqtane.org" target="_blank">Oqtane</a></p>
</div></footer>
</div>
{_marker_close(seed)}
<!--Blazor-Server-Component-State:{opaque("state" + seed, 360)}-->
<script src="_framework/blazor.web.js"></script>
</body>
</html>"""
    return html(body)


# --- the blog module --------------------------------------------------------------------------


def _para_html(p: P) -> str:
    t = text(p.text)
    if p.style == "nfd":
        return f'<p style="text-align:justify">{text(p.text, nfd=True)}</p>'
    if p.style == "span":
        words = t.split(" ")
        half = len(words) // 2
        a, b = " ".join(words[:half]), " ".join(words[half:])
        return (
            f'<p><span style="background-color: transparent;">{a}&nbsp;</span>'
            f'<span style="background-color: transparent;">{b}</span></p>'
        )
    if p.style == "bold":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h3":
        return f"<h3><strong>{t}</strong></h3>"
    if p.style == "quote":
        return f'<blockquote class="ql-blockquote">{t}</blockquote>'
    if p.style == "small":
        return f'<p><span style="font-size: 13px;"><em>{t}</em></span></p>'
    if p.style == "nb":
        return f'<p style="text-indent:30px">&nbsp;{t}</p>'
    return f"<p>{t}</p>"


def _img_html(img: Img) -> str:
    if img.style == "table":
        return (
            '<table class="tbl-anh" align="center" style="width:80%"><tbody>'
            f'<tr><td><img src="{esc(img.src)}" width="100%" alt=""></td></tr>'
            f'<tr><td style="text-align:center"><i>{esc(img.printed or "")}</i></td></tr></tbody></table>'
        )
    out = f'<p class="ql-align-center"><img src="{esc(img.src)}" alt="" style="max-width:100%"></p>'
    if img.printed:
        out += f'<p class="ql-align-center"><em>{esc(img.printed)}</em></p>'
    return out


def content_html(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            parts.append(b.html)
        elif isinstance(b, Img):
            parts.append(_img_html(b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                parts.append("<ul>" + "".join(f"<li>{text(r.text)}</li>" for r in run) + "</ul>")
            else:
                rows = "".join(
                    "<tr>" + "".join(f"<td><p>{text(c)}</p></td>" for c in r.text.split(" | ")) + "</tr>"
                    for r in run
                )
                parts.append(f'<table class="ql-table" border="1" style="border-collapse:collapse"><tbody>{rows}</tbody></table>')
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            parts.append(f"<p>{text(b.text)}<br>{text(nxt.text)}</p>")
            i += 1
        else:
            parts.append(_para_html(b))
        i += 1
    return "\n".join(parts)


def _date_line(story: Story) -> str:
    o = story.opts
    upd = f'<span class="bv-cn"><i class="oi oi-pencil"></i> Cập nhật: {o["updated"]}</span> ' if "updated" in o else ""
    return (
        f'{upd}<span class="bv-ngay"><i class="oi oi-clock"></i> Đăng lúc <!--!-->{o["time"]}<!--!--> ngày '
        f'<!--!-->{o["day"]}</span>'
    )


def _related(story: Story) -> str:
    others = [s for s in ORDERED if s.cat == story.cat and s.id != story.id][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{rel(post_path(s))}">{esc(s.title)}</a> <span class="blg-mo">({s.opts["day"]})</span></li>'
        for s in others
    )
    return f'<div class="bv-lq"><h4>Tin liên quan</h4><ul>{items}</ul></div>'


COMMENTS = [
    ("Hà Văn Thắng", "20/11/2026 21:04", "Lớp tập huấn rất bổ ích, mong Sở tổ chức thêm cho giáo viên các điểm trường lẻ."),
    ("Lù Thị Phương", "21/11/2026 07:40", "Đề nghị Sở chia sẻ tài liệu tập huấn lên cổng thông tin để giáo viên tham khảo."),
]


def post_view(request: Request, story: Story, mod: int) -> Response:
    o = story.opts
    cid = CAT_BY_NAME[story.cat]
    summary = (
        f'<div class="blg-tomtat"><strong>{text(story.summary or "")}</strong></div>' if story.sapo_outside else ""
    )
    files = ""
    if o.get("files"):
        files = '<div class="bv-tep"><strong>Tệp đính kèm:</strong><ul>' + "".join(
            f'<li><i class="oi oi-paperclip"></i> <a href="files/blog/dinh-kem/{f}">{f}</a></li>' for f in o["files"]
        ) + "</ul></div>"
    comments = ""
    if o.get("comments"):
        comments = (
            f'<div class="blg-bl"><h4>Bình luận ({len(COMMENTS)})</h4>'
            + "".join(
                f'<div class="blg-bl-muc"><div class="blg-bl-ten"><b>{esc(n)}</b> <small>{d}</small></div>'
                f'<div class="blg-bl-nd"><p>{esc(t)}</p></div></div>'
                for n, d, t in COMMENTS
            )
            + "</div>"
        )
    else:
        comments = '<div class="blg-bl"><h4>Bình luận (0)</h4><p class="text-muted">Chưa có bình luận nào.</p></div>'
    tags = "".join(f'<span class="badge bg-light">{t}</span> ' for t in ("giáo dục", "Lai Châu", CATS[cid][0]))
    main = f"""{_marker_open("mod" + str(mod))}
<div class="lc-ctn" id="m{mod}"><div class="lc-ctn-td"><h2>{"Tin tức - Sự kiện" if mod == BLOG_MOD else "Tin mới"}</h2></div>
<div class="lc-ctn-nd">
<article class="bv-ct" data-id="{story.id}">
<h3 class="bv-tieude"><!--!-->{esc(story.title)}</h3>
<div class="bv-tt">{_date_line(story)} <span class="bv-nd"><i class="oi oi-person"></i> Người đăng: <!--!-->host</span>
<span class="bv-cm">Chuyên mục: <a href="{rel(cat_path(cid))}">{esc(story.cat)}</a></span>
<span class="bv-lx">Lượt xem: <!--!-->{story.views()}</span></div>
{summary}
<div class="bv-ndung ql-editor">
{content_html(story)}
</div>
<div class="bv-the"><i class="oi oi-tag"></i> Từ khóa: {tags}</div>
<div class="bv-cc"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url_of(request) + post_path(story), safe="")}" target="_blank"><img src="Themes/LaiChau.Theme/img/fb.png" alt="Facebook"></a>
<a href="https://zalo.me/share?u={quote(base_url_of(request) + post_path(story), safe="")}" target="_blank"><img src="Themes/LaiChau.Theme/img/zalo.png" alt="Zalo"></a>
<button type="button" class="btn btn-sm" onclick="window.print()">In bài</button></div>
{files}
{comments}
{_related(story)}
<p><a href="tin-tuc" class="btn btn-secondary btn-sm">« Quay lại</a></p>
</article>
</div></div>
{_marker_close("mod" + str(mod))}"""
    canonical = post_path(story)
    desc = (story.summary or next(b.text for b in story.blocks if isinstance(b, P)))[:155]
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="article:published_time" content="{o["utc"]}.0000000Z" />'
    )
    if mod == BLOG_MOD:
        crumbs = [("", "Trang chủ"), ("tin-tuc", "Tin tức"), (rel(cat_path(cid)), story.cat)]
        return layout(request, page_name="Tin tức", page_path="/tin-tuc", main=main, crumbs=crumbs,
                      canonical=canonical, head_extra=head)
    return layout(request, page_name="Trang chủ", page_path="/", main=main, crumbs=[(None, "Trang chủ")],
                  canonical=canonical, head_extra=head)


def base_url_of(request: Request) -> str:
    return "http://" + request.headers.get("Host", "127.0.0.1")


def _list_rows(stories: list[Story]) -> str:
    rows = []
    for s in stories:
        teaser = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
        teaser = teaser[:140].rsplit(" ", 1)[0] + "..."
        rows.append(
            f'<div class="blg-muc row"><div class="col-4"><a href="{rel(post_path(s))}">'
            f'<img class="blg-anhnho" src="files/blog/thumb/{s.id}.jpg" alt="{esc(s.title)}"></a></div>'
            f'<div class="col-8"><a class="blg-lk" href="{rel(post_path(s))}">{esc(s.title)}</a><!--!-->'
            f'<div class="blg-mo"><i class="oi oi-clock"></i> {s.opts["day"]}<!--!--> | {esc(s.cat)}</div>'
            f"<p>{esc(teaser)}</p></div></div>"
        )
    return "\n".join(rows)


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = [f'<li class="page-item"><a class="page-link" href="{base}?page=1">Đầu</a></li>']
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}?page={n}"
        cls = " active" if n == page else ""
        items.append(f'<li class="page-item{cls}"><a class="page-link" href="{href}">{n}</a></li>')
    items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={pages}">Cuối</a></li>')
    return f'<nav><ul class="pagination">{"".join(items)}</ul></nav>'


def list_view(request: Request, cid: int | None) -> Response | None:
    try:
        page = int(request.params.get("page", "1") or "1")
    except ValueError:
        page = 1
    stories = [s for s in ORDERED if cid is None or CAT_BY_NAME[s.cat] == cid]
    size = LIST_SIZE if cid is None else CAT_SIZE
    pages = (len(stories) + size - 1) // size
    if page < 1 or page > pages:
        return None
    chunk = stories[(page - 1) * size : page * size]
    base = "tin-tuc" if cid is None else rel(cat_path(cid))
    pinned = BY_ID[1196]
    title = "Tin tức - Sự kiện" if cid is None else CATS[cid][1]
    cats = "".join(
        f'<a class="btn btn-sm btn-outline-primary" href="{rel(cat_path(c))}">{esc(CATS[c][1])}</a> ' for c in CATS
    )
    main = f"""{_marker_open("list" + base)}
<div class="lc-ctn" id="m{BLOG_MOD}"><div class="lc-ctn-td"><h2>{esc(title)}</h2></div><div class="lc-ctn-nd">
<div class="blg-dm">{cats}</div>
<div class="blg-ghim"><span class="badge bg-danger">Nổi bật</span> <a href="{rel(post_path(pinned))}">{esc(pinned.title)}</a></div>
<div class="blg-ds">
{_list_rows(chunk)}
</div>
{_pager(base, page, pages)}
<button type="button" class="btn btn-primary blg-them">Xem thêm</button><!--!-->
</div></div>
{_marker_close("list" + base)}"""
    crumbs = [("", "Trang chủ"), ("tin-tuc" if cid else None, "Tin tức")]
    if cid:
        crumbs.append((None, CATS[cid][1]))
    return layout(request, page_name="Tin tức", page_path="/tin-tuc", main=main, crumbs=crumbs)


def home_view(request: Request) -> Response:
    newest = [BY_ID[i] for i in HOME_IDS]
    items = "".join(
        f'<div class="tm-muc"><a href="{rel(post_path(s, HOME_MOD))}"><img src="files/blog/thumb/{s.id}.jpg" alt=""></a>'
        f'<a class="tm-lk" href="{rel(post_path(s, HOME_MOD))}">{esc(s.title)}</a><!--!--><span>{s.opts["day"]}</span></div>'
        for s in newest
    )
    main = f"""<div class="lc-slide"><img src="files/slide/slide-1.jpg" alt="Chào mừng năm học mới 2026-2027" /></div>
{_marker_open("home31")}<div class="lc-ctn" id="m{HOME_MOD}"><div class="lc-ctn-td"><h2>Tin mới</h2></div>
<div class="lc-ctn-nd">{items}<p><a href="tin-tuc">Xem tất cả »</a></p></div></div>{_marker_close("home31")}
<div class="lc-ctn" id="m33"><div class="lc-ctn-td"><h2>Văn bản mới</h2></div><div class="lc-ctn-nd"><ul>
{"".join(f'<li><a href="van-ban/!/{DOC_MOD}/{d}/{v[0]}">{v[1]} - {esc(v[2])}</a></li>' for d, v in DOCS.items())}
</ul></div></div>"""
    return layout(request, page_name="Trang chủ", page_path="/", main=main, crumbs=[(None, "Trang chủ")])


# --- other pages ----------------------------------------------------------------------------

STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu",
        "<h3>Chức năng, nhiệm vụ</h3><p>Sở Giáo dục và Đào tạo tỉnh Lai Châu là cơ quan chuyên môn thuộc "
        "UBND tỉnh, tham mưu, giúp UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.</p>"
        "<h3>Lãnh đạo Sở</h3><table class=\"table\"><tr><td>Giám đốc</td><td>Trần Văn Lâm</td></tr>"
        "<tr><td>Phó Giám đốc</td><td>Nguyễn Thị Thu Hà</td></tr></table>"
        "<p>Toàn tỉnh hiện có 374 trường học từ mầm non đến THPT với hơn 140.000 học sinh.</p>",
    ),
    "/lien-he": (
        "Liên hệ",
        "<p>Địa chỉ: Tầng 4, Tòa nhà Khối VII, phường Đông Phong, thành phố Lai Châu.</p>"
        "<p>Điện thoại: 0213.3876.355 - Fax: 0213.3876.356</p><p>Email: sgddt@laichau.gov.vn</p>"
        '<form onsubmit="return false"><input name="hoten" placeholder="Họ và tên"><textarea name="nd"></textarea>'
        '<button type="button">Gửi liên hệ</button></form>',
    ),
    "/thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="album"><h3>Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS</h3>'
        + "".join(f'<img src="files/album/gvdg-{n}.jpg" alt="Ảnh {n}">' for n in range(1, 5))
        + "</div>",
    ),
}


def static_view(request: Request, path: str) -> Response:
    name, inner = STATIC_PAGES[path]
    main = (
        f'{_marker_open("html" + path)}<div class="lc-ctn"><div class="lc-ctn-td"><h2>{esc(name)}</h2></div>'
        f'<div class="lc-ctn-nd">{inner}</div></div>{_marker_close("html" + path)}'
    )
    return layout(request, page_name=name, page_path=path, main=main, crumbs=[("", "Trang chủ"), (None, name)])


def docs_view(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{v[1]}</td><td>{v[3]}</td><td><a href="van-ban/!/{DOC_MOD}/{d}/{v[0]}">{esc(v[2])}</a></td></tr>'
        for d, v in DOCS.items()
    )
    main = (
        '<div class="lc-ctn"><div class="lc-ctn-td"><h2>Văn bản chỉ đạo, điều hành</h2></div><div class="lc-ctn-nd">'
        f'<table class="table vb-ds"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></div>"
    )
    return layout(request, page_name="Văn bản", page_path="/van-ban", main=main, crumbs=[("", "Trang chủ"), (None, "Văn bản")])


def doc_view(request: Request, doc_id: int) -> Response:
    slug, number, subject, day = DOCS[doc_id]
    main = (
        '<div class="lc-ctn"><div class="lc-ctn-td"><h2>Chi tiết văn bản</h2></div><div class="lc-ctn-nd">'
        f'<table class="table vb-ct"><tr><th>Số/Ký hiệu</th><td>{number}</td></tr>'
        f"<tr><th>Ngày ban hành</th><td>{day}</td></tr><tr><th>Trích yếu</th><td>{esc(subject)}</td></tr>"
        "<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>"
        f'<tr><th>Tệp tin</th><td><a href="files/van-ban/{slug}.pdf">{slug}.pdf</a></td></tr></table>'
        '<p><a href="van-ban">« Danh sách văn bản</a></p></div></div>'
    )
    return layout(request, page_name="Văn bản", page_path="/van-ban", main=main,
                  crumbs=[("", "Trang chủ"), ("van-ban", "Văn bản"), (None, number)])


def login_view(request: Request) -> Response:
    main = (
        '<div class="lc-ctn"><div class="lc-ctn-nd"><form class="app-login" onsubmit="return false">'
        '<label>Tên đăng nhập</label><input name="username"><label>Mật khẩu</label><input type="password" name="pw">'
        '<button type="button" class="btn btn-primary">Đăng nhập</button></form></div></div>'
    )
    return layout(request, page_name="Đăng nhập", page_path="/login", main=main,
                  crumbs=[("", "Trang chủ"), (None, "Đăng nhập")], sidebar=False)


# --- routing --------------------------------------------------------------------------------

_POST = re.compile(rf"^/tin-tuc/!/{BLOG_MOD}/(\d+)(?:/([^/]+))?$")
_HOME_POST = re.compile(rf"^/!/{HOME_MOD}/(\d+)(?:/([^/]+))?$")
_CAT = re.compile(rf"^/tin-tuc/!/{BLOG_MOD}/danh-muc/(\d+)(?:/([^/]+))?$")
_DOC = re.compile(rf"^/van-ban/!/{DOC_MOD}/(\d+)(?:/([^/]+))?$")


class OqtaneSite:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        if path.startswith(("/files/", "/Themes/", "/css/", "/js/", "/_framework/", "/favicon")):
            return static_file(path)
        if path.startswith("/api/file/download/") and path.rsplit("/", 1)[-1].isdigit():
            resp = static_file("x.jpg")
            return resp
        if path == "/":
            return home_view(request)
        if path == "/tin-tuc":
            return list_view(request, None)
        if m := _CAT.match(path):
            cid = int(m.group(1))
            return list_view(request, cid) if cid in CATS and m.group(2) in (None, CATS[cid][0]) else None
        if (m := _POST.match(path)) or (m := _HOME_POST.match(path)):
            story = BY_ID.get(int(m.group(1)))
            if story is None or m.group(2) not in (None, story.slug):
                return None
            return post_view(request, story, BLOG_MOD if path.startswith("/tin-tuc") else HOME_MOD)
        if path in STATIC_PAGES:
            return static_view(request, path)
        if path == "/van-ban":
            return docs_view(request)
        if m := _DOC.match(path):
            doc = int(m.group(1))
            return doc_view(request, doc) if doc in DOCS and m.group(2) in (None, DOCS[doc][0]) else None
        if path == "/login":
            return login_view(request)
        return None


def build_site() -> OqtaneSite:
    return OqtaneSite()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.id in MOST_READ:
        alts.append(f"/tin-tuc/!/{BLOG_MOD}/{story.id}")
    if story.id in HOME_IDS:
        alts.append(post_path(story, HOME_MOD))
    return alts


GOLD = [gold_record(s, post_path(s), s.cat, alt_paths=_alts(s)) for s in ORDERED]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thu-vien-anh",
    "/van-ban",
    f"/van-ban/!/{DOC_MOD}/341/{DOCS[341][0]}",
    f"/van-ban/!/{DOC_MOD}/338/{DOCS[338][0]}",
]
