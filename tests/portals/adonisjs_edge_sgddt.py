"""Sở Giáo dục và Đào tạo tỉnh Hà Giang: a vendor's department portal on AdonisJS 5 + Edge (blind).

Platform
    AdonisJS 5 (Lucid models, Luxon dates) rendering Edge templates server-side, with Alpine.js
    sprinkles (``x-data``, ``x-show``, ``x-cloak``, ``@click``, ``x-intersect``) for the menu
    drop-downs, the "Xem toàn bộ bài viết" collapse, lazy images and the 'Xem thêm' button. The
    editors write in CKEditor 5 (``<figure class="image">``, ``<figure class="table">``); older
    posts were migrated from the previous ASP site (layout tables, ``<br><br>`` lines). The
    vendor's class names are Vietnamese abbreviations (``bv-ct`` bài viết chi tiết, ``bv-nd`` nội
    dung, ``bv-mt`` mô tả, ``tg-dang`` thời gian đăng, ``ds-bv`` danh sách …).

URL scheme
    ``/``                                   home: "Tin mới", "Tiêu điểm", notices box, a category box
    ``/bai-viet/<slug>-<id>``               a post; the route is ``/bai-viet/:slugId`` and the
                                            controller reads only the trailing id: any slug serves
    ``/danh-muc/<slug>?page=<N>``           a category listing, 2 posts a page, numbered links
                                            (``?page=N``, query-only hrefs) and a 'Xem thêm' button
    ``/danh-muc/thong-bao``                 the notices listing, linking ``/thong-bao/<id>``
    ``/thong-bao/<id>``                     a notice (one printed as an official document)
    ``/lanh-dao``                           the leaders' page (staff cards): not an article
    ``/gioi-thieu``, ``/lien-he``, ``/van-ban``, ``/van-ban/<id>``, ``/thu-vien-anh/<id>``
                                            intro, contact, documents, a document entry, an album

Page templates
    layout.edge (top bar with today "Thứ Bảy, 05/12/2026", header, Alpine drop-down menu, search
    form, breadcrumb, right sidebar with "Đọc nhiều", links, poll, counter; footer), post.edge
    (``<article class="bv-ct">``), notice.edge (``<article class="tb-ct">``), list.edge.

How each gold article is reached (2 posts per listing page)
    Tin tức - Sự kiện   p1: 2291, 2287 (old slug) · p2: 2270, 2254 · p3: 2241
    Giáo dục Trung học  p1: 2279, 2263 · p2: 2236 (old slug)
    Giáo dục Dân tộc    p1: 2275, 2249
    Thi đua - Khen thưởng p1: 2283
    Thông báo           p1: /thong-bao/321, /thong-bao/318
    Home "Tin mới": 2291, 2287, 2270, 2279, 2283 (current slugs); "Tiêu điểm": 2236 (current
    slug); home box "Giáo dục Dân tộc": 2275; notices box: 321, 318. Sidebar "Đọc nhiều" (every
    page): 2263, 2291, 2283 with ``?ref=docnhieu``. "Các tin khác" under a post lists only the
    *newer* posts of its category. So 2254 is reached only via page 2 and 2241 only via page 3
    of "Tin tức - Sự kiện"; 2249 only via the "Giáo dục Dân tộc" listing (or 2275's related box).

Traps
    1. ``<time datetime>`` is Luxon's ``toISO()`` of the UTC value from the database
       ("2026-11-30T23:45:00.000Z") while the line prints local time ("Thứ Ba, 01/12/2026 -
       06:45"); for 2287 the attribute's day is the day before. Gold: the printed local time with
       +07:00 ("2026-12-01T06:45:00+07:00").
    2. Retitled posts (2287, 2236): the slug was regenerated, but the cached listings still print
       the old title and old slug, which the id-only route still serves (200, no redirect); the
       page's ``og:title`` still carries the old title (cached share card). Gold: path and
       canonical = current slug, the old-slug path in ``alt_paths``; title = the ``<h1>``.
    3. The sidebar "Đọc nhiều" links posts with ``?ref=docnhieu`` on every page: same article,
       in ``alt_paths``.
    4. Lazy images: ``<img src="/assets/img/blank.gif" data-src="/uploads/…jpg" x-intersect=…>``.
       Gold: the ``data-src`` photo; the blank placeholder is not an image of the article.
    5. Alpine collapse: long posts print their later paragraphs inside
       ``<div x-show="moRong" x-cloak style="display:none">`` with a "Xem toàn bộ bài viết"
       button. Gold: those paragraphs are body (they are in the page); the button is not.
    6. A "Tin liên quan" box the CMS injects *inside* the text container between paragraphs
       (``<div class="bv-lq">``). Not body.
    7. Migrated posts put a photo and its caption in a one-column layout table
       (``<table class="tbl-anh">``: row 1 the image, row 2 the caption) while CKEditor posts have
       a real data table in ``<figure class="table">``. Gold: the layout table gives an image with
       its caption (no body rows); the data table's rows are body paragraphs, cells joined " | ".
    8. A "Mới" badge printed inside the ``<h1>`` (``<span class="nhan-moi" x-show=…>Mới</span>``)
       on the newest post. Gold title: the headline without the badge.
    9. Bylines: the meta line prints the CMS account ("Đăng bởi: quantri.sgd") while the real
       byline closes the text: "Bài, ảnh: X" -> X in both; "Tin: X - Ảnh: Y"; "Bài và ảnh: X
       (school)" -> X in both; "ThS. X - Phòng GDTrH" -> X; "CTV X" -> X (the role dropped); a
       right-aligned unit alone ("Phòng GDTrH", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở")
       is the author as printed; CMS accounts -> nobody.
   10. The meta line prints "Cập nhật: …" after the publication time, and listings print only a
       relative age ("2 tuần trước"). Gold: the publication time of the post page.
   11. A migrated post (2241) prints its time as "00:00" and its text as bare lines separated by
       ``<br><br>`` inside a ``<div>``. Gold: day alone; each line a paragraph.
   12. Pagination hrefs are query-only ("?page=2"), page 1 is linked as ``?page=1`` as well as
       bare, and the 'Xem thêm' button has no href (only ``data-url`` for Alpine's fetch).
       Listings are not articles.
   13. A print-only block inside the article (``<div class="chi-in" hidden>``: "Bản in từ …, ngày
       05/12/2026") with the page URL and today's date. Not body, not a date.
   14. Notice 318 is an official document (letterhead table, "Số: …", "Hà Giang, ngày 30 tháng 11
       năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" and the
       name); the page's "Ngày đăng: 01/12/2026 07:50" is the upload. Gold: the letterhead's day,
       the signer as author, the letterhead/kind/subject/closing out of the body.
   15. Captions: CKEditor ``<figcaption>`` in parentheses -> parentheses taken off; a figcaption
       "Ảnh: Minh Đức" is only a credit -> caption None, photographer Minh Đức.

Gold decisions on ambiguous points
    - The sapo printed in ``<div class="bv-mt"><strong>`` above the text is the summary and the
      body's first paragraph; a bold first paragraph inside the text is the sapo too.
    - "Theo Báo Hà Giang" / "Nguồn: Phòng Giáo dục Dân tộc" closing lines are sources, not body.
    - "Xem thêm: <link>" and "Tệp đính kèm: …" lines are not body.
    - A notice's title is the page's ``<h1>`` ("Thông báo nghỉ Tết Dương lịch năm 2027"), not
      the document's subject line; a notice's date printed as a day alone ("Ngày 04/12/2026") is
      the day alone.
    - The lead-in sentence before a data table ("Số liệu … như sau:") is body; a heading
      (``<h3>``) and list items are body paragraphs.
    - Category = the breadcrumb's section name.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "adonisjs_edge_sgddt"
PLATFORM = "AdonisJS 5 + Edge templates (Alpine.js), vendor department portal"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
TODAY = _dt.date(2026, 12, 5)
PER_PAGE = 2
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Hà Giang"

CATEGORIES: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "giao-duc-trung-hoc": "Giáo dục Trung học",
    "giao-duc-dan-toc": "Giáo dục Dân tộc",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
    "thong-bao": "Thông báo",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _byline(line: str) -> Raw:
    return Raw(f'<p style="text-align:right;"><strong>{esc(line)}</strong></p>')


def _unit(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em><strong>{esc(line)}</strong></em></p>')


def _related(*ids: int) -> Raw:
    """Placeholder resolved at render time (needs the story table)."""
    return Raw("@@LQ:" + ",".join(str(i) for i in ids))


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=2291,
        slug="so-gd-dt-ha-giang-to-chuc-hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-2026",
        title="Sở GD&ĐT Hà Giang tổ chức Hội nghị giao ban công tác giáo dục tháng 11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Chiều 03/12, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức Hội nghị giao ban trực tuyến"
            " công tác giáo dục tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026 với 11 điểm"
            " cầu các huyện, thành phố."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự hội nghị có đồng chí Nguyễn Văn Hưng, Phó Giám đốc Sở; lãnh đạo các phòng chuyên"
                " môn thuộc Sở; lãnh đạo Phòng GD&ĐT các huyện, thành phố và hiệu trưởng các trường"
                " THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
            ),
            Img(
                "/uploads/2026/12/giao-ban-thang-11-01.jpg",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                style="lazy",
            ),
            P(
                "Trong tháng 11, toàn ngành đã tổ chức thành công các hoạt động kỷ niệm 44 năm Ngày"
                " Nhà giáo Việt Nam; duy trì sĩ số học sinh đạt 99,2%; hoàn thành kiểm tra nội bộ tại"
                " 186 cơ sở giáo dục."
            ),
            _related(2279, 2263),
            P(
                "Bên cạnh kết quả đạt được, hội nghị chỉ ra một số tồn tại như: tình trạng học sinh"
                " bỏ học ở một số xã vùng cao còn xảy ra; cơ sở vật chất phục vụ bán trú tại một số"
                " điểm trường lẻ chưa đáp ứng yêu cầu trong mùa đông."
            ),
            P("Nhiệm vụ trọng tâm tháng 12/2026", "h3"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I đảm bảo nghiêm túc, đúng quy chế.", "li"),
            P("Triển khai các giải pháp giữ ấm cho học sinh bán trú trong đợt rét đậm, rét hại.", "li"),
            P("Chuẩn bị các điều kiện tổ chức Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9.", "li"),
            Img(
                "/uploads/2026/12/giao-ban-thang-11-02.jpg",
                "Đồng chí Nguyễn Văn Hưng, Phó Giám đốc Sở kết luận hội nghị",
                "Đồng chí Nguyễn Văn Hưng, Phó Giám đốc Sở kết luận hội nghị",
                style="lazy",
            ),
            P(
                "Kết luận hội nghị, đồng chí Phó Giám đốc Sở đề nghị các đơn vị chủ động rà soát,"
                " bảo đảm an toàn cho học sinh, nhất là học sinh ở bán trú, trong những tháng cao"
                " điểm của mùa đông."
            ),
            _byline("Bài, ảnh: Minh Tuấn"),
        ],
        authors=["Minh Tuấn"],
        photographers=["Minh Tuấn"],
        opts={
            "dang": "2026-12-03 14:30",
            "capnhat": "2026-12-04 09:12",
            "nguoidang": "quantri.sgd",
            "badge": True,
            "collapse_at": 5,
        },
    ),
    Story(
        id=2287,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-lan-thu-xi-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-01T06:45:00+07:00",
        summary=(
            "Sáng 30/11, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa, Thể"
            " thao và Du lịch khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI năm 2026."
        ),
        blocks=[
            P(
                "Sáng 30/11, tại Sân vận động tỉnh, Sở Giáo dục và Đào tạo phối hợp với Sở Văn hóa,"
                " Thể thao và Du lịch khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI năm 2026.",
                "bold",
            ),
            Img(
                "/uploads/2026/11/hkpd-khai-mac-01.jpg",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                style="tbl",
            ),
            P(
                "Tham gia Hội khỏe có hơn 1.200 vận động viên là học sinh đến từ 11 đoàn các huyện,"
                " thành phố, tranh tài ở 9 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua, bơi,"
                " đẩy gậy, kéo co và bắn nỏ."
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng ban Tổ chức nhấn mạnh Hội khỏe là dịp để đánh"
                " giá kết quả công tác giáo dục thể chất trong trường học, đồng thời phát hiện, bồi"
                " dưỡng các tài năng thể thao trẻ của tỉnh."
            ),
            Img(
                "/uploads/2026/11/hkpd-khai-mac-02.jpg",
                "Màn đồng diễn của học sinh thành phố Hà Giang",
                "Màn đồng diễn của học sinh thành phố Hà Giang",
                style="tbl",
            ),
            P(
                "Hội khỏe diễn ra đến hết ngày 06/12/2026. Kết quả là căn cứ để lựa chọn vận động"
                " viên tham dự Hội khỏe Phù Đổng khu vực và toàn quốc."
            ),
            _byline("Tin: Hoàng Anh - Ảnh: Đức Thọ"),
        ],
        authors=["Hoàng Anh"],
        photographers=["Đức Thọ"],
        opts={
            "dang": "2026-12-01 06:45",
            "capnhat": "2026-12-02 10:05",
            "nguoidang": "quantri.sgd",
            "old_slug": "khai-mac-hoi-khoe-phu-dong-tinh-ha-giang-nam-2026",
            "old_title": "Khai mạc Hội khỏe Phù Đổng tỉnh Hà Giang năm 2026",
        },
    ),
    Story(
        id=2270,
        slug="trao-500-ao-am-cho-hoc-sinh-vung-cao-huyen-dong-van",
        title="Trao 500 áo ấm cho học sinh vùng cao huyện Đồng Văn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-26T16:20:00+07:00",
        blocks=[
            P(
                "Ngày 25/11, Phòng GD&ĐT huyện Đồng Văn phối hợp với Câu lạc bộ Thiện nguyện Ấm áp"
                " vùng cao trao tặng 500 áo ấm cho học sinh các trường mầm non, tiểu học trên địa bàn"
                " xã Sủng Là và xã Phố Cáo."
            ),
            Img("/uploads/2026/11/ao-am-dong-van.jpg", "Ảnh: Minh Đức", None, style="figure"),
            P(
                "Tổng trị giá số quà được trao hơn 150 triệu đồng, gồm áo ấm, mũ len, tất chân và đồ"
                " dùng học tập. Đây là hoạt động thiết thực giúp các em có thêm điều kiện đến trường"
                " trong những ngày giá rét."
            ),
            P(
                "Theo kế hoạch, từ nay đến hết tháng 01/2027, Phòng GD&ĐT huyện sẽ tiếp tục vận động"
                " các nhà hảo tâm hỗ trợ chăn, đệm cho các khu bán trú."
            ),
            Raw(
                '<p><strong>Xem thêm:</strong> <a href="https://baohagiang.vn/giao-duc/ao-am-vung-cao"'
                ' target="_blank" rel="noopener">Ấm áp mùa đông vùng cao (Báo Hà Giang điện tử)</a></p>'
            ),
            Raw('<p style="text-align:right;"><em>Theo Báo Hà Giang</em></p>'),
        ],
        photographers=["Minh Đức"],
        source="Báo Hà Giang",
        opts={"dang": "2026-11-26 16:20", "nguoidang": "bientap.sgd"},
    ),
    Story(
        id=2254,
        slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-phat-trien-truong-pho-thong-dan-toc-ban-tru",
        title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác phát triển trường phổ thông dân tộc bán trú",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T09:00:00+07:00",
        summary=(
            "Từ ngày 26 đến 27/10/2026, Đoàn công tác của Bộ Giáo dục và Đào tạo đã làm việc với Sở"
            " GD&ĐT Hà Giang về công tác phát triển trường phổ thông dân tộc bán trú."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo với đoàn, lãnh đạo Sở cho biết toàn tỉnh hiện có 198 trường phổ thông dân"
                " tộc bán trú và trường có học sinh bán trú, với trên 52.000 học sinh được hưởng chính"
                " sách hỗ trợ theo quy định."
            ),
            Img(
                "/uploads/2026/10/doan-bo-kiem-tra.jpg",
                "(Đoàn công tác làm việc tại Trường PTDTBT THCS Thài Phìn Tủng)",
                "Đoàn công tác làm việc tại Trường PTDTBT THCS Thài Phìn Tủng",
                style="figure",
            ),
            P("Số liệu trường phổ thông dân tộc bán trú năm học 2026-2027 như sau:"),
            P("Cấp học | Số trường | Số học sinh bán trú", "tr"),
            P("Tiểu học | 87 | 18.450", "tr"),
            P("THCS | 96 | 27.310", "tr"),
            P("TH&THCS | 15 | 6.520", "tr"),
            P(
                "Đoàn đã trực tiếp kiểm tra thực tế tại Trường PTDTBT THCS Thài Phìn Tủng (huyện Đồng"
                " Văn) và Trường PTDTBT TH Sơn Vĩ (huyện Mèo Vạc)."
            ),
            P(
                "Trưởng đoàn ghi nhận những nỗ lực của ngành giáo dục Hà Giang, đồng thời đề nghị tỉnh"
                " tiếp tục quan tâm bố trí kinh phí đầu tư nhà ở bán trú, nhà ăn và công trình vệ"
                " sinh cho học sinh."
            ),
            _unit("Phòng Kế hoạch - Tài chính"),
        ],
        authors=["Phòng Kế hoạch - Tài chính"],
        opts={"dang": "2026-10-28 09:00", "capnhat": "2026-10-28 15:40", "nguoidang": "quantri.sgd"},
    ),
    Story(
        id=2241,
        slug="ha-giang-100-truong-hoc-dam-bao-bua-an-ban-tru-cho-hoc-sinh",
        title="Hà Giang: 100% trường học đảm bảo bữa ăn bán trú cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15",
        blocks=[
            Img("/uploads/old/2026_10/bua-an-ban-tru.jpg", None, None, style="plain"),
            P(
                "Năm học 2026-2027, toàn tỉnh Hà Giang có 100% trường phổ thông dân tộc bán trú và"
                " trường có học sinh bán trú tổ chức nấu ăn tập trung cho học sinh.",
                "br",
            ),
            P(
                "Các nhà trường đã chủ động tăng gia sản xuất, trồng rau xanh, chăn nuôi gia cầm để"
                " cải thiện bữa ăn; nhiều trường duy trì mô hình “Bữa sáng cho em”, “Nồi cháo yêu"
                " thương”.",
                "br",
            ),
            P(
                "Sở GD&ĐT đề nghị các đơn vị công khai thực đơn hằng tuần, bảo đảm an toàn vệ sinh"
                " thực phẩm và thực hiện kiểm thực ba bước theo quy định.",
                "br",
            ),
            Raw('<div style="text-align:right"><i>Nguồn: Phòng Giáo dục Dân tộc</i></div>'),
        ],
        source="Phòng Giáo dục Dân tộc",
        opts={"dang": "2026-10-15 00:00", "nguoidang": "admin"},
    ),
    Story(
        id=2279,
        slug="tap-huan-day-hoc-mon-lich-su-va-dia-ly-theo-chuong-trinh-gdpt-2018",
        title="Tập huấn dạy học môn Lịch sử và Địa lý theo Chương trình GDPT 2018",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-21T08:00:00+07:00",
        summary=(
            "Từ ngày 18 đến 20/11/2026, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực dạy học môn"
            " Lịch sử và Địa lý cấp THCS cho 135 giáo viên cốt cán trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các báo cáo viên đã hướng dẫn giáo viên xây dựng kế hoạch bài dạy"
                " theo định hướng phát triển phẩm chất, năng lực; khai thác bản đồ, lược đồ, tư liệu"
                " lịch sử địa phương trong dạy học."
            ),
            Img(
                "/uploads/2026/11/tap-huan-ls-dl.jpg",
                "Giáo viên thực hành thiết kế hoạt động học theo nhóm",
                "Giáo viên thực hành thiết kế hoạt động học theo nhóm",
                style="lazy",
            ),
            P(
                "Học viên được thực hành dạy minh họa, thảo luận về những khó khăn khi dạy học tích"
                " hợp phân môn Lịch sử và phân môn Địa lý, đặc biệt ở các trường có nhiều học sinh"
                " dân tộc thiểu số."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và cam kết triển khai"
                " tập huấn lại tại đơn vị trước ngày 15/12/2026."
            ),
            _byline("ThS. Nguyễn Thị Lan - Phòng GDTrH"),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={"dang": "2026-11-21 08:00", "nguoidang": "gdtrh.sgd"},
    ),
    Story(
        id=2263,
        slug="ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 có 1.245 thí sinh dự thi",
        cat="giao-duc-trung-hoc",
        published_at="2026-11-12T17:05:00+07:00",
        blocks=[
            P(
                "Ngày 12/11, Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027 đã diễn"
                " ra tại 3 điểm thi đặt tại thành phố Hà Giang với 1.245 thí sinh dự thi 13 môn."
            ),
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế; 100% cán bộ coi thi được tập huấn"
                " nghiệp vụ trước khi làm nhiệm vụ. Đề thi được bảo quản an toàn, tuyệt đối bí mật."
            ),
            P(
                "“Kỳ thi là căn cứ để lựa chọn đội tuyển tham dự Kỳ thi chọn học sinh giỏi quốc gia"
                " năm 2027, vì vậy các hội đồng thi phải đảm bảo khách quan, công bằng”, Giám đốc Sở"
                " nhấn mạnh.",
                "quote",
            ),
            P(
                "Kết quả kỳ thi dự kiến được công bố trước ngày 30/11/2026 trên Cổng thông tin điện tử"
                " của Sở."
            ),
            Img(
                "/uploads/2026/11/hsg-12-diem-thi.jpg",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Chuyên Hà Giang",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT Chuyên Hà Giang",
                style="lazy",
            ),
            _byline("CTV Đặng Thu Hà"),
        ],
        authors=["Đặng Thu Hà"],
        opts={"dang": "2026-11-12 17:05", "nguoidang": "quantri.sgd", "collapse_at": 3},
    ),
    Story(
        id=2236,
        slug="huong-dan-to-chuc-hoat-dong-trai-nghiem-huong-nghiep-cap-thcs-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức hoạt động trải nghiệm, hướng nghiệp cấp THCS năm học 2026-2027",
        cat="giao-duc-trung-hoc",
        published_at="2026-10-09T10:30:00+07:00",
        blocks=[
            P(
                "Sở GD&ĐT hướng dẫn các phòng GD&ĐT và các trường THCS, trường PTDTBT THCS tổ chức"
                " hoạt động trải nghiệm, hướng nghiệp năm học 2026-2027 như sau:"
            ),
            P("1. Mục tiêu", "h3"),
            P(
                "Giúp học sinh hình thành năng lực thích ứng với cuộc sống, năng lực thiết kế và tổ"
                " chức hoạt động, năng lực định hướng nghề nghiệp phù hợp với bản thân và điều kiện"
                " của địa phương."
            ),
            P("2. Nội dung trọng tâm", "h3"),
            P(
                "Tổ chức hoạt động trải nghiệm gắn với văn hóa các dân tộc, nghề truyền thống và sản"
                " phẩm OCOP của địa phương.",
                "li",
            ),
            P("Tăng cường tư vấn hướng nghiệp, phân luồng học sinh sau THCS.", "li"),
            P(
                "Phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức cho học sinh tham quan, học tập"
                " thực tế.",
                "li",
            ),
            P(
                "Trong quá trình triển khai, nếu có vướng mắc, các đơn vị phản ánh về Phòng Giáo dục"
                " Trung học để được hướng dẫn."
            ),
            _unit("Phòng GDTrH"),
            Raw(
                '<p class="dinh-kem">Tệp đính kèm: <a href="/uploads/files/hd-tnhn-thcs-2026.pdf"'
                ' download>HD-TNHN-THCS-2026.pdf</a></p>'
            ),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "dang": "2026-10-09 10:30",
            "capnhat": "2026-11-02 08:15",
            "nguoidang": "gdtrh.sgd",
            "old_slug": "huong-dan-hoat-dong-trai-nghiem-huong-nghiep-thcs",
            "old_title": "Hướng dẫn hoạt động trải nghiệm, hướng nghiệp THCS",
            "collapse_at": 4,
        },
    ),
    Story(
        id=2275,
        slug="truong-ptdtbt-th-thcs-lung-cu-duy-tri-mo-hinh-bua-com-co-thit",
        title="Trường PTDTBT TH&THCS Lũng Cú duy trì mô hình “Bữa cơm có thịt”",
        cat="giao-duc-dan-toc",
        published_at="2026-11-19T15:40:00+07:00",
        summary=(
            "Hơn hai năm qua, mô hình “Bữa cơm có thịt” tại Trường PTDTBT TH&THCS Lũng Cú (huyện"
            " Đồng Văn) đã góp phần nâng cao chất lượng bữa ăn bán trú cho 420 học sinh."
        ),
        blocks=[
            P(
                "Hơn hai năm qua, mô hình “Bữa cơm có thịt” tại Trường PTDTBT TH&THCS Lũng Cú (huyện"
                " Đồng Văn) đã góp phần nâng cao chất lượng bữa ăn bán trú cho 420 học sinh.",
                "bold",
            ),
            Img(
                "/uploads/2026/11/lung-cu-bua-com.jpg",
                "(Bữa trưa của học sinh bán trú Trường PTDTBT TH&THCS Lũng Cú)",
                "Bữa trưa của học sinh bán trú Trường PTDTBT TH&THCS Lũng Cú",
                style="figure",
            ),
            P(
                "Mỗi tuần, nhà trường phối hợp với phụ huynh, các nhà hảo tâm bổ sung thêm từ 3 đến 4"
                " bữa có thịt, cá, trứng cho học sinh. Rau xanh được lấy từ vườn trường do chính thầy"
                " và trò chăm sóc."
            ),
            _related(2249),
            P(
                "“Các em ăn no, ấm bụng thì mới yên tâm học tập. Tỷ lệ học sinh chuyên cần của trường"
                " năm nay đạt trên 98%”, thầy giáo Sùng Mí Chá, Hiệu trưởng nhà trường chia sẻ.",
                "quote",
            ),
            P(
                "Thời gian tới, nhà trường tiếp tục kêu gọi các tổ chức, cá nhân đồng hành để duy trì"
                " bền vững mô hình, hướng tới mục tiêu mỗi ngày một bữa có thịt cho học sinh."
            ),
            _byline("Bài và ảnh: Lò Thị Hương (Trường PTDTBT TH&THCS Lũng Cú)"),
        ],
        authors=["Lò Thị Hương"],
        photographers=["Lò Thị Hương"],
        opts={"dang": "2026-11-19 15:40", "nguoidang": "gddt.sgd"},
    ),
    Story(
        id=2249,
        slug="giu-gin-ban-sac-van-hoa-dan-toc-qua-cac-cau-lac-bo-trong-truong-hoc-o-meo-vac",
        title="Giữ gìn bản sắc văn hóa dân tộc qua các câu lạc bộ trong trường học ở Mèo Vạc",
        cat="giao-duc-dan-toc",
        published_at="2026-10-22T11:10:00+07:00",
        blocks=[
            P(
                "Những năm gần đây, nhiều trường học trên địa bàn huyện Mèo Vạc đã thành lập các câu"
                " lạc bộ khèn Mông, thêu thổ cẩm, hát dân ca, góp phần giữ gìn bản sắc văn hóa các dân"
                " tộc ngay từ ghế nhà trường."
            ),
            Img(
                "/uploads/2026/10/clb-khen-mong.jpg",
                "Câu lạc bộ khèn Mông Trường PTDTBT THCS Pải Lủng biểu diễn",
                "Câu lạc bộ khèn Mông Trường PTDTBT THCS Pải Lủng biểu diễn",
                style="tbl",
            ),
            P(
                "Các câu lạc bộ sinh hoạt vào chiều thứ Sáu hằng tuần, do nghệ nhân tại địa phương và"
                " giáo viên người dân tộc thiểu số trực tiếp hướng dẫn."
            ),
            P("Hiện toàn huyện có 34 câu lạc bộ với gần 1.100 học sinh tham gia."),
            _byline("CTV Vàng Seo Dình"),
        ],
        authors=["Vàng Seo Dình"],
        opts={"dang": "2026-10-22 11:10", "nguoidang": "gddt.sgd"},
    ),
    Story(
        id=2283,
        slug="tuyen-duong-52-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Tuyên dương 52 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="thi-dua-khen-thuong",
        published_at="2026-11-19T20:15:00+07:00",
        summary=(
            "Tối 19/11, Sở GD&ĐT Hà Giang tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương 52 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/2026/11/tuyen-duong-nha-giao.jpg",
                "(Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                style="lazy",
            ),
            P(
                "Các nhà giáo được tuyên dương là những tấm gương tiêu biểu trong đổi mới phương pháp"
                " dạy học, tận tụy với học sinh vùng cao, có nhiều đóng góp cho sự nghiệp giáo dục của"
                " tỉnh."
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 18 tập thể và 52 cá nhân; Giám đốc Sở"
                " GD&ĐT tặng Giấy khen cho 120 cá nhân có thành tích xuất sắc trong năm học 2025-2026."
            ),
            P(
                "Trước đó, Sở đã tổ chức gặp mặt, thăm hỏi các nhà giáo lão thành, nhà giáo có hoàn"
                " cảnh khó khăn trên địa bàn tỉnh."
            ),
        ],
        opts={"dang": "2026-11-19 20:15", "nguoidang": "bientap.sgd"},
    ),
    # --- notices (/thong-bao/<id>) ---
    Story(
        id=318,
        slug="",
        title="Thông báo nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            P(
                "Thực hiện Công văn số 1865/UBND-KGVX ngày 25/11/2026 của UBND tỉnh Hà Giang về việc"
                " nghỉ Tết Dương lịch năm 2027, Sở Giáo dục và Đào tạo thông báo như sau:"
            ),
            P(
                "1. Cán bộ, công chức, viên chức và người lao động thuộc Sở được nghỉ Tết Dương lịch"
                " 01 ngày vào thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Các trường trực thuộc Sở căn cứ tình hình thực tế bố trí lịch nghỉ cho học sinh,"
                " bảo đảm thực hiện chương trình năm học."
            ),
            P(
                "3. Thủ trưởng các đơn vị phân công cán bộ trực, bảo vệ cơ quan, bảo đảm an ninh, an"
                " toàn tài sản trong thời gian nghỉ Tết."
            ),
            P("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết, thực hiện./."),
        ],
        authors=["Nguyễn Văn Hưng"],
        opts={
            "kind": "notice",
            "official": True,
            "ngaydang": "01/12/2026 07:50",
            "so": "2145/TB-SGDĐT",
            "noi_ngay": "Hà Giang, ngày 30 tháng 11 năm 2026",
            "subject": "Về việc nghỉ Tết Dương lịch năm 2027",
            "signer_post": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
            "signer": "Nguyễn Văn Hưng",
        },
    ),
    Story(
        id=321,
        slug="",
        title="Thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục phổ thông năm 2026",
        cat="thong-bao",
        published_at="2026-12-04",
        blocks=[
            P(
                "Sở GD&ĐT Hà Giang thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý cơ sở giáo dục"
                " phổ thông năm 2026, cụ thể như sau:"
            ),
            P(
                "Đối tượng: Hiệu trưởng, phó hiệu trưởng và cán bộ trong diện quy hoạch chức danh quản"
                " lý của các trường tiểu học, THCS, THPT."
            ),
            P(
                "Thời gian học: từ ngày 14/12/2026 đến ngày 23/12/2026 (học tập trung tại Trường Chính"
                " trị tỉnh)."
            ),
            P("Hồ sơ đăng ký gửi về Văn phòng Sở trước 17 giờ 00 ngày 10/12/2026."),
            _unit("Văn phòng Sở"),
            Raw(
                '<p class="dinh-kem">Tệp đính kèm: <a href="/uploads/thong-bao/321/mau-dang-ky.pdf">'
                "Mau-dang-ky-BDCBQL-2026.pdf</a> (86 KB)</p>"
            ),
        ],
        authors=["Văn phòng Sở"],
        opts={"kind": "notice", "ngaydang": "04/12/2026"},
    ),
]

BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
POSTS = [s for s in STORIES if s.opts.get("kind") != "notice"]
NOTICES = [s for s in STORIES if s.opts.get("kind") == "notice"]

#: sidebar "Đọc nhiều" (linked with ?ref=docnhieu)
DOC_NHIEU = [2263, 2291, 2283]
#: home "Tiêu điểm"
TIEU_DIEM = [2236]

PDF_PATHS = {
    "/uploads/files/hd-tnhn-thcs-2026.pdf",
    "/uploads/thong-bao/321/mau-dang-ky.pdf",
    "/uploads/van-ban/124/qd-1520-sgddt.pdf",
}


def _local(s: Story) -> _dt.datetime:
    return _dt.datetime.strptime(s.opts["dang"], "%Y-%m-%d %H:%M")


def post_path(s: Story, *, old: bool = False) -> str:
    if s.opts.get("kind") == "notice":
        return f"/thong-bao/{s.id}"
    slug = s.opts["old_slug"] if old else s.slug
    return f"/bai-viet/{slug}-{s.id}"


def listing_link(s: Story) -> tuple[str, str]:
    """What the cached listings print for a post: the old title and slug if it was retitled."""
    if "old_slug" in s.opts:
        return post_path(s, old=True), s.opts["old_title"]
    return post_path(s), s.title


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["dang"], reverse=True)


def in_category(cat: str) -> list[Story]:
    if cat == "thong-bao":
        return sorted(NOTICES, key=lambda s: s.published_at or "", reverse=True)
    return _sorted([s for s in POSTS if s.cat == cat])


def _relative(day: _dt.date) -> str:
    days = (TODAY - day).days
    if days <= 0:
        return "Hôm nay"
    if days == 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


# --- chrome -----------------------------------------------------------------------------------


def _csrf(seed: str) -> str:
    return hashlib.sha256(("csrf" + seed).encode()).hexdigest()[:40]


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/danh-muc/{slug}">{esc(name)}</a></li>'
        for slug, name in CATEGORIES.items()
        if slug != "thong-bao"
    )
    return f"""
<nav class="mn-chinh" x-data="{{ mo: null }}">
  <ul class="mn-c1">
    <li><a href="/"><i class="ic-home"></i> Trang chủ</a></li>
    <li @mouseenter="mo = 'gt'" @mouseleave="mo = null"><a href="/gioi-thieu">Giới thiệu</a>
      <ul class="mn-c2" x-show="mo === 'gt'" x-cloak x-transition>
        <li><a href="/gioi-thieu">Giới thiệu chung</a></li>
        <li><a href="/lanh-dao">Lãnh đạo Sở</a></li>
      </ul></li>
    <li @mouseenter="mo = 'tt'" @mouseleave="mo = null"><a href="/danh-muc/tin-tuc-su-kien">Tin tức</a>
      <ul class="mn-c2" x-show="mo === 'tt'" x-cloak x-transition>{cats}</ul></li>
    <li><a href="/danh-muc/thong-bao">Thông báo</a></li>
    <li><a href="/van-ban">Văn bản</a></li>
    <li><a href="/thu-vien-anh/12">Thư viện ảnh</a></li>
    <li><a href="/lien-he">Liên hệ</a></li>
  </ul>
</nav>"""


def _sidebar() -> str:
    doc = "".join(
        f'<li><span class="so">{i}</span><a href="{post_path(BY_ID[sid])}?ref=docnhieu">'
        f"{esc(BY_ID[sid].title)}</a></li>"
        for i, sid in enumerate(DOC_NHIEU, 1)
    )
    return f"""
<aside class="cot-phai">
  <div class="kh-ben"><h4 class="kh-td">Đọc nhiều</h4><ol class="ds-dn">{doc}</ol></div>
  <div class="kh-ben"><h4 class="kh-td">Liên kết website</h4>
    <select onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option>
    </select></div>
  <div class="kh-ben" x-data="{{ chon: '' }}"><h4 class="kh-td">Thăm dò ý kiến</h4>
    <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>
    <form method="post" action="/binh-chon">
      <input type="hidden" name="_csrf" value="{_csrf('poll')}">
      <label><input type="radio" name="ykien" value="1" x-model="chon"> Rất hài lòng</label>
      <label><input type="radio" name="ykien" value="2" x-model="chon"> Hài lòng</label>
      <label><input type="radio" name="ykien" value="3" x-model="chon"> Chưa hài lòng</label>
      <button type="submit" :disabled="!chon">Bình chọn</button>
    </form></div>
  <div class="kh-ben tk-truy-cap"><h4 class="kh-td">Thống kê truy cập</h4>
    <ul><li>Đang online: <b>47</b></li><li>Hôm nay: <b>1.382</b></li>
    <li>Tổng truy cập: <b>4.716.209</b></li></ul></div>
</aside>"""


def _layout(request: Request, title: str, main: str, *, crumbs: list[tuple[str, str | None]],
            head_extra: str = "") -> Response:
    crumb = " <span class='sep'>›</span> ".join(
        f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>" for name, href in crumbs
    )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{_csrf(request.path)}">
<title>{esc(title)} | Sở GD&amp;ĐT Hà Giang</title>
{head_extra}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/app.3f9c2a1e.css">
<script defer src="/assets/alpinejs.3.13.min.js"></script>
<script src="/assets/app.3f9c2a1e.js" defer></script>
<style>[x-cloak]{{display:none!important}}</style>
</head>
<body x-data="{{ menuMo: false }}">
<div class="thanh-tren"><div class="khung"><span class="ngay-hom-nay">{TODAY_LINE}</span>
  <span class="lh-nhanh">Đường dây nóng: 0219.3866.268</span></div></div>
<header class="dau-trang"><div class="khung">
  <a href="/" class="logo"><img src="/assets/img/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT Hà Giang"></a>
  <div class="ten-dv"><span>UBND TỈNH HÀ GIANG</span><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
  <form class="tim-kiem" method="get" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm...">
  <button type="submit">Tìm</button></form>
  <button class="nut-menu" @click="menuMo = !menuMo" :aria-expanded="menuMo">☰</button>
</div></header>
{_menu()}
<main class="khung noi-dung-chinh">
  <div class="duong-dan">{crumb}</div>
  <div class="cot-trai">
{main}
  </div>
{_sidebar()}
</main>
<footer class="chan-trang"><div class="khung">
  <p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>
  <p>Địa chỉ: Số 15, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>
  <p>Điện thoại: 0219.3866.268 - Fax: 0219.3866.262 - Email: sgddt@hagiang.gov.vn</p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Hà Giang</p>
  <p class="ban-quyen">© 2026 Sở Giáo dục và Đào tạo tỉnh Hà Giang. Thiết kế bởi HGSoft.</p>
  <ul class="mxh"><li><a href="https://www.facebook.com/sgddthagiang" target="_blank">Facebook</a></li>
  <li><a href="https://www.youtube.com/@sgddthagiang" target="_blank">YouTube</a></li></ul>
</div></footer>
</body>
</html>"""
    return html(page)


# --- article rendering ------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    cap = esc(img.printed) if img.printed else ""
    if img.style == "lazy":
        figcap = f"<figcaption>{cap}</figcaption>" if cap else ""
        return (
            f'<figure class="image"><img src="/assets/img/blank.gif" data-src="{src}" alt=""'
            f' x-data x-intersect.once="$el.src = $el.dataset.src" loading="lazy">{figcap}</figure>'
        )
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" align="center" border="0" cellpadding="3" cellspacing="0"'
            ' style="width:100%"><tbody>'
            f'<tr><td style="text-align:center"><img src="{src}" style="width:600px" alt=""></td></tr>'
            f'<tr><td style="text-align:center"><span style="font-size:12px"><em>{cap}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "plain":
        return f'<p style="text-align:center"><img src="{src}" width="560" alt=""></p>'
    figcap = f"<figcaption>{cap}</figcaption>" if cap else ""
    return f'<figure class="image"><img src="{src}" alt="">{figcap}</figure>'


def _related_box(ids: list[int]) -> str:
    items = "".join(
        f'<li><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in ids
    )
    return (
        '<div class="bv-lq" contenteditable="false"><b class="lq-td">Tin liên quan</b>'
        f"<ul>{items}</ul></div>"
    )


def _render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr", "br"):
            j = i
            group = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                group.append(blocks[j])
                j += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            elif b.style == "tr":
                rows = []
                for k, g in enumerate(group):
                    tag = "th" if k == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | ")) + "</tr>")
                out.append(
                    '<figure class="table"><table><thead>' + rows[0] + "</thead><tbody>"
                    + "".join(rows[1:]) + "</tbody></table></figure>"
                )
            else:
                out.append(
                    '<div class="nd-cu" style="text-align:justify">'
                    + "<br><br>\n".join(esc(g.text) for g in group)
                    + "</div>"
                )
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "bold":
                out.append(f'<p style="text-align:justify;"><strong>{esc(b.text)}</strong></p>')
            elif b.style == "quote":
                out.append(f"<blockquote><p>{esc(b.text)}</p></blockquote>")
            else:
                out.append(f'<p style="text-align:justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif isinstance(b, Raw):
            if b.html.startswith("@@LQ:"):
                out.append(_related_box([int(x) for x in b.html[5:].split(",")]))
            else:
                out.append(b.html)
        i += 1
    return "\n".join(out)


def _time_line(s: Story) -> str:
    local = _local(s)
    utc = local - _dt.timedelta(hours=7)
    iso = utc.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    printed = f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y - %H:%M}"
    parts = [f'<span class="tg-dang"><i class="ic-dong-ho"></i> <time datetime="{iso}">{printed}</time></span>']
    if "capnhat" in s.opts:
        cn = _dt.datetime.strptime(s.opts["capnhat"], "%Y-%m-%d %H:%M")
        parts.append(f'<span class="tg-cn">Cập nhật: {cn:%d/%m/%Y - %H:%M}</span>')
    parts.append(f'<span class="nguoi-dang">Đăng bởi: {esc(s.opts["nguoidang"])}</span>')
    parts.append(f'<span class="luot-xem"><i class="ic-mat"></i> {s.views():,}'.replace(",", ".") + " lượt xem</span>")
    return '<div class="bv-tt">' + " ".join(parts) + "</div>"


def _tools(request: Request, path: str, title: str) -> str:
    url = base_url(request) + path
    return f"""
<div class="bv-cc" x-data="{{ daChep: false }}">
  <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" class="cs-fb">Chia sẻ</a>
  <a href="https://zalo.me/share?u={esc(url)}" target="_blank" class="cs-zl">Zalo</a>
  <button type="button" @click="window.print()">In bài</button>
  <button type="button" @click="navigator.clipboard.writeText('{esc(url)}'); daChep = true">
    <span x-show="!daChep">Sao chép liên kết</span><span x-show="daChep" x-cloak>Đã sao chép</span></button>
  <span class="co-chu">Cỡ chữ: <button type="button">A-</button> <button type="button">A+</button></span>
</div>"""


def _newer_same_cat(s: Story) -> list[Story]:
    same = [o for o in in_category(s.cat) if o.id != s.id]
    if s.opts.get("kind") == "notice":
        newer = [o for o in same if o.published_at > s.published_at]
    else:
        newer = [o for o in same if _local(o) > _local(s)]
    return newer[-3:]


def _post_page(request: Request, s: Story) -> Response:
    path = post_path(s)
    cat_name = CATEGORIES[s.cat]
    badge = '<span class="nhan-moi" x-data x-show="true">Mới</span> ' if s.opts.get("badge") else ""
    sapo = f'<div class="bv-mt"><strong>{esc(s.summary)}</strong></div>' if s.sapo_outside else ""
    cut = s.opts.get("collapse_at")
    if cut:
        body = (
            _render_blocks(s.blocks[:cut])
            + '\n<div class="bv-an" x-show="moRong" x-cloak style="display:none" x-transition>\n'
            + _render_blocks(s.blocks[cut:])
            + "\n</div>\n"
            + '<div class="bv-mr" x-show="!moRong"><button type="button" @click="moRong = true">'
            "Xem toàn bộ bài viết <i class='ic-xuong'></i></button></div>"
        )
    else:
        body = _render_blocks(s.blocks)
    newer = _newer_same_cat(s)
    others = ""
    if newer:
        items = "".join(
            f'<li><a href="{post_path(o)}">{esc(o.title)}</a> <span class="tg">({_local(o):%d/%m/%Y})</span></li>'
            for o in newer
        )
        others = f'<section class="tin-khac"><h3 class="kh-td">Các tin khác</h3><ul>{items}</ul></section>'
    og_title = s.opts.get("old_title", s.title)
    head = (
        f'<meta name="description" content="{esc(s.summary or s.title)}">\n'
        f'<meta property="og:title" content="{esc(og_title)}">\n'
        f'<meta property="og:type" content="article">\n'
        f'<meta property="og:url" content="{base_url(request)}{path}">\n'
        f'<link rel="canonical" href="{base_url(request)}{path}">'
    )
    main = f"""
<article class="bv-ct" id="bv-{s.id}" x-data="{{ moRong: false }}">
  <h1 class="bv-td">{badge}{esc(s.title)}</h1>
  {_time_line(s)}
  {sapo}
  <div class="bv-nd ck-content">
{body}
  </div>
  <div class="chi-in" hidden>Bản in từ Cổng thông tin điện tử Sở GD&amp;ĐT Hà Giang: {base_url(request)}{path}
   - ngày 05/12/2026</div>
  {_tools(request, path, s.title)}
  <div class="bv-tk">Từ khóa: <span class="the">giáo dục</span> <span class="the">Hà Giang</span></div>
</article>
{others}"""
    return _layout(
        request,
        s.title,
        main,
        crumbs=[("Trang chủ", "/"), (cat_name, f"/danh-muc/{s.cat}")],
        head_extra=head,
    )


def _notice_page(request: Request, s: Story) -> Response:
    path = post_path(s)
    o = s.opts
    if o.get("official"):
        post = "<br>".join(f"<b>{esc(x)}</b>" for x in o["signer_post"])
        content = f"""
<table class="tb-qh" width="100%" style="border:none"><tbody><tr>
  <td style="width:40%;text-align:center">UBND TỈNH HÀ GIANG<br><b>SỞ GIÁO DỤC VÀ ĐÀO TẠO</b><br>
   ———<br>Số: {esc(o['so'])}</td>
  <td style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br>
   <b><u>Độc lập - Tự do - Hạnh phúc</u></b><br><br><i>{esc(o['noi_ngay'])}</i></td>
</tr></tbody></table>
<p style="text-align:center"><b>THÔNG BÁO</b></p>
<p style="text-align:center"><b>{esc(o['subject'])}</b></p>
{_render_blocks(s.blocks)}
<table class="tb-ky" width="100%"><tbody><tr>
  <td style="width:50%;vertical-align:top"><b><i>Nơi nhận:</i></b><br>- Các phòng thuộc Sở;<br>
   - Các đơn vị trực thuộc;<br>- Website Sở;<br>- Lưu: VT, VP.</td>
  <td style="text-align:center;vertical-align:top">{post}<br><br><br><i>(Đã ký)</i><br><br>
   <b>{esc(o['signer'])}</b></td>
</tr></tbody></table>"""
    else:
        content = _render_blocks(s.blocks)
    date_line = (
        f"Ngày đăng: {o['ngaydang']}" if o.get("official") else f"Ngày {o['ngaydang']}"
    )
    newer = _newer_same_cat(s)
    others = ""
    if newer:
        items = "".join(f'<li><a href="{post_path(x)}">{esc(x.title)}</a></li>' for x in newer)
        others = f'<section class="tin-khac"><h3 class="kh-td">Thông báo khác</h3><ul>{items}</ul></section>'
    head = f'<link rel="canonical" href="{base_url(request)}{path}">'
    main = f"""
<article class="tb-ct" id="tb-{s.id}">
  <h1 class="tb-td">{esc(s.title)}</h1>
  <div class="tb-tt"><span class="ngay-tb">{date_line}</span> <span class="luot-xem">{s.views()} lượt xem</span></div>
  <div class="tb-nd ck-content">
{content}
  </div>
  {_tools(request, path, s.title)}
</article>
{others}"""
    return _layout(
        request,
        s.title,
        main,
        crumbs=[("Trang chủ", "/"), ("Thông báo", "/danh-muc/thong-bao")],
        head_extra=head,
    )


# --- listings and home ------------------------------------------------------------------------


def _card(s: Story) -> str:
    href, title = listing_link(s)
    if s.opts.get("kind") == "notice":
        return (
            f'<div class="the-bv the-tb"><h3><a href="{href}">{esc(title)}</a></h3>'
            f'<span class="tg">{_relative(_dt.date.fromisoformat(s.published_at[:10]))}</span></div>'
        )
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 160:
        lead = lead[:157].rsplit(" ", 1)[0] + "..."
    return (
        f'<div class="the-bv"><a href="{href}" class="anh-dd"><img src="/uploads/thumbs/{s.id}.jpg"'
        f' alt="{esc(title)}"></a><div class="tt-the"><h3><a href="{href}">{esc(title)}</a></h3>'
        f'<span class="tg"><i class="ic-dong-ho"></i> {_relative(_local(s).date())}</span>'
        f"<p>{esc(lead)}</p></div></div>"
    )


def _listing(request: Request, cat: str) -> Response | None:
    stories = in_category(cat)
    params = request.params
    page_raw = params.get("page", "1")
    if not page_raw.isdigit():
        return None
    page = int(page_raw)
    last = max(1, -(-len(stories) // PER_PAGE))
    if page < 1 or page > last:
        return None
    chunk = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(_card(s) for s in chunk)
    pager = ""
    if last > 1:
        links = []
        if page > 1:
            links.append(f'<a href="?page={page - 1}" rel="prev">«</a>')
        for n in range(1, last + 1):
            if n == page:
                links.append(f'<span class="trang-ht">{n}</span>')
            else:
                links.append(f'<a href="?page={n}">{n}</a>')
        if page < last:
            links.append(f'<a href="?page={page + 1}" rel="next">»</a>')
        pager = '<nav class="phan-trang">' + " ".join(links) + "</nav>"
        if page < last:
            pager += (
                '<div class="xem-them" x-data="dsBaiViet()">'
                f'<button type="button" class="nut-xt" data-url="/danh-muc/{cat}?page={page + 1}"'
                ' x-on:click="taiThem($el.dataset.url)" :disabled="dangTai">'
                '<span x-show="!dangTai">Xem thêm</span><span x-show="dangTai" x-cloak>Đang tải...</span>'
                "</button></div>"
            )
    name = CATEGORIES[cat]
    main = f"""
<section class="ds-bv">
  <h2 class="td-dm">{esc(name)}</h2>
  <div class="ds-the" id="ds-the">
{cards}
  </div>
  {pager}
</section>"""
    title = name + (f" - Trang {page}" if page > 1 else "")
    return _layout(request, title, main, crumbs=[("Trang chủ", "/"), (name, None)])


def _home(request: Request) -> Response:
    posts = _sorted(POSTS)[:5]
    moi = "\n".join(
        f'<li class="{"tin-chinh" if i == 0 else "tin-phu"}">'
        + (f'<a href="{post_path(s)}"><img src="/uploads/thumbs/{s.id}.jpg" alt=""></a>' if i == 0 else "")
        + f'<a href="{post_path(s)}">{esc(s.title)}</a></li>'
        for i, s in enumerate(posts)
    )
    td = "".join(
        f'<div class="td-muc"><a href="{post_path(BY_ID[i])}"><img src="/uploads/thumbs/{i}.jpg" alt="">'
        f"<span>{esc(BY_ID[i].title)}</span></a></div>"
        for i in TIEU_DIEM
    )
    tb = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in in_category("thong-bao")
    )
    gddt = in_category("giao-duc-dan-toc")[0]
    main = f"""
<section class="kh-tin-moi" x-data="{{ tab: 'moi' }}">
  <div class="tab-dau"><button type="button" @click="tab = 'moi'" :class="{{ 'dang-chon': tab === 'moi' }}">Tin mới</button></div>
  <ul class="ds-tin-moi" x-show="tab === 'moi'">{moi}</ul>
</section>
<section class="kh-tieu-diem"><h2 class="kh-td">Tiêu điểm</h2>{td}</section>
<section class="kh-thong-bao"><h2 class="kh-td"><a href="/danh-muc/thong-bao">Thông báo</a></h2><ul>{tb}</ul></section>
<section class="kh-dm"><h2 class="kh-td"><a href="/danh-muc/giao-duc-dan-toc">Giáo dục Dân tộc</a></h2>
  <ul><li><a href="{post_path(gddt)}">{esc(gddt.title)}</a></li></ul>
  <a class="xem-tat" href="/danh-muc/giao-duc-dan-toc">Xem tất cả »</a></section>
<section class="kh-album"><h2 class="kh-td">Thư viện ảnh</h2>
  <a href="/thu-vien-anh/12"><img src="/uploads/album/12/bia.jpg" alt="">
  Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI</a></section>"""
    head = '<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Giang">'
    return _layout(request, "Trang chủ", main, crumbs=[("Trang chủ", None)], head_extra=head)


# --- other pages (not articles) ---------------------------------------------------------------


def _simple(request: Request, title: str, inner: str, crumbs: list[tuple[str, str | None]]) -> Response:
    main = f'<section class="trang-tinh"><h1 class="td-trang">{esc(title)}</h1>\n{inner}\n</section>'
    return _layout(request, title, main, crumbs=crumbs)


LEADERS = [
    ("Giám đốc Sở", "Trần Đức Quý", "Phụ trách chung; công tác tổ chức cán bộ, kế hoạch - tài chính."),
    ("Phó Giám đốc Sở", "Nguyễn Văn Hưng", "Phụ trách giáo dục trung học, giáo dục dân tộc, thi đua."),
    ("Phó Giám đốc Sở", "Lục Thị Hoa", "Phụ trách giáo dục mầm non, tiểu học, quản lý chất lượng."),
]


def _other(request: Request) -> Response | None:
    path = request.path
    if path == "/gioi-thieu":
        inner = (
            "<p>Sở Giáo dục và Đào tạo tỉnh Hà Giang là cơ quan chuyên môn thuộc UBND tỉnh, tham mưu,"
            " giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
            "<p>Cơ cấu tổ chức gồm Văn phòng, Thanh tra và các phòng chuyên môn: Giáo dục Mầm non -"
            " Tiểu học, Giáo dục Trung học, Giáo dục Dân tộc, Kế hoạch - Tài chính, Quản lý chất lượng,"
            " Tổ chức cán bộ.</p>"
            '<p><a href="/lanh-dao">Xem danh sách lãnh đạo Sở</a></p>'
        )
        return _simple(request, "Giới thiệu chung", inner, [("Trang chủ", "/"), ("Giới thiệu", None)])
    if path == "/lanh-dao":
        cards = "".join(
            f'<div class="the-ld" x-data="{{ mo: false }}"><img src="/uploads/lanh-dao/{i}.jpg" alt="{esc(n)}">'
            f'<h3>{esc(n)}</h3><p class="cv">{esc(pos)}</p>'
            f'<button type="button" @click="mo = !mo">Nhiệm vụ</button>'
            f'<p class="nv" x-show="mo" x-cloak>{esc(task)}</p>'
            "<p>Điện thoại: 0219.3866.2" + f"{60 + i}</p></div>"
            for i, (pos, n, task) in enumerate(LEADERS, 1)
        )
        return _simple(request, "Lãnh đạo Sở", f'<div class="ds-ld">{cards}</div>',
                       [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Lãnh đạo Sở", None)])
    if path == "/lien-he":
        inner = (
            "<p>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</p>"
            "<p>Địa chỉ: Số 15, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang</p>"
            "<p>Điện thoại: 0219.3866.268 - Email: sgddt@hagiang.gov.vn</p>"
            f'<form method="post" action="/lien-he" x-data="{{ gui: false }}"><input type="hidden" name="_csrf"'
            f' value="{_csrf("lh")}"><input name="hoten" placeholder="Họ tên"><textarea name="noidung"></textarea>'
            '<button type="submit">Gửi</button></form>'
        )
        return _simple(request, "Liên hệ", inner, [("Trang chủ", "/"), ("Liên hệ", None)])
    if path == "/van-ban":
        inner = (
            '<table class="ds-vb"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>'
            '</thead><tbody><tr><td><a href="/van-ban/124">1520/QĐ-SGDĐT</a></td><td>02/12/2026</td>'
            "<td>Quyết định ban hành Kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027</td></tr></tbody></table>"
        )
        return _simple(request, "Văn bản", inner, [("Trang chủ", "/"), ("Văn bản", None)])
    if path == "/van-ban/124":
        inner = (
            '<table class="ct-vb"><tbody>'
            "<tr><th>Số/Ký hiệu</th><td>1520/QĐ-SGDĐT</td></tr>"
            "<tr><th>Ngày ban hành</th><td>02/12/2026</td></tr>"
            "<tr><th>Loại văn bản</th><td>Quyết định</td></tr>"
            "<tr><th>Người ký</th><td>Trần Đức Quý</td></tr>"
            "<tr><th>Trích yếu</th><td>Ban hành Kế hoạch kiểm tra cuối học kỳ I năm học 2026-2027</td></tr>"
            '<tr><th>Tệp đính kèm</th><td><a href="/uploads/van-ban/124/qd-1520-sgddt.pdf">qd-1520-sgddt.pdf</a>'
            "</td></tr></tbody></table>"
        )
        return _simple(request, "Quyết định số 1520/QĐ-SGDĐT", inner,
                       [("Trang chủ", "/"), ("Văn bản", "/van-ban"), ("1520/QĐ-SGDĐT", None)])
    if path == "/thu-vien-anh/12":
        imgs = "".join(
            f'<a href="/uploads/album/12/{n}.jpg" class="anh-album"><img src="/uploads/album/12/thumb-{n}.jpg"'
            f' alt="Ảnh {n}"></a>'
            for n in range(1, 7)
        )
        return _simple(request, "Hội khỏe Phù Đổng tỉnh Hà Giang lần thứ XI", f'<div class="album">{imgs}</div>',
                       [("Trang chủ", "/"), ("Thư viện ảnh", None)])
    if path == "/tim-kiem":
        q = esc(request.params.get("q", ""))
        return _simple(request, "Tìm kiếm", f"<p>Không tìm thấy kết quả cho từ khóa “{q}”.</p>",
                       [("Trang chủ", "/"), ("Tìm kiếm", None)])
    if path == "/binh-chon":
        return _simple(request, "Thăm dò ý kiến", "<p>Cảm ơn bạn đã tham gia bình chọn.</p>",
                       [("Trang chủ", "/"), ("Thăm dò ý kiến", None)])
    return None


# --- the site ---------------------------------------------------------------------------------


class AdonisEdgeSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in PDF_PATHS:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/assets/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return _home(request)
        if path.startswith("/bai-viet/"):
            rest = path[len("/bai-viet/"):]
            slug, _, sid = rest.rpartition("-")
            if not slug or not sid.isdigit():
                return None
            s = BY_ID.get(int(sid))
            if s is None or s.opts.get("kind") == "notice":
                return None
            # the controller looks the post up by id only: any slug serves it
            return _post_page(request, s)
        if path.startswith("/thong-bao/"):
            sid = path[len("/thong-bao/"):]
            s = BY_ID.get(int(sid)) if sid.isdigit() else None
            if s is None or s.opts.get("kind") != "notice":
                return None
            return _notice_page(request, s)
        if path.startswith("/danh-muc/"):
            cat = path[len("/danh-muc/"):]
            if cat not in CATEGORIES:
                return None
            return _listing(request, cat)
        return _other(request)


def build_site() -> AdonisEdgeSite:
    return AdonisEdgeSite()


# --- gold -------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    path = post_path(s)
    alts: list[str] = []
    if "old_slug" in s.opts:
        alts.append(post_path(s, old=True))
    if s.id in DOC_NHIEU:
        alts.append(path + "?ref=docnhieu")
    return gold_record(s, path, CATEGORIES[s.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/lanh-dao", "/lien-he", "/van-ban/124", "/thu-vien-anh/12"]
