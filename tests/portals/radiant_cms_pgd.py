"""Phòng Giáo dục và Đào tạo huyện Châu Thành (Tiền Giang) on Radiant CMS 1.1 (Ruby on Rails).

Platform
    Radiant CMS 1.1 with the ``archive`` extension (an ArchivePage ``/tin-tuc/`` whose children
    get dated URLs, plus the virtual year / month / day index pages), the ``paginate`` tags
    (will_paginate markup, ``?p=<N>``), ``radiant-comments`` and ``page_attachments``. Layouts are
    Radius templates (``<r:content part="body" />``, ``<r:date format="…" />``,
    ``<r:snippet name="…" />``); article text is written in Textile (smart quotes and dashes come
    out as numeric references ``&#8220;`` ``&#8211;``). The theme's ids and classes are Vietnamese
    (``khung``, ``cot-chinh``, ``bai-viet``, ``pt-body`` …).

URL scheme
    ``/``                                   home: the latest article's whole body part + a list
    ``/tin-tuc/`` and ``/tin-tuc/?p=<N>``   ArchivePage, 5 a page, will_paginate bar
    ``/tin-tuc/<yyyy>/``                    year index: the months with their counts
    ``/tin-tuc/<yyyy>/<mm>/`` (``?p=<N>``)  month index: every post's whole body part, 5 a page
    ``/tin-tuc/<yyyy>/<mm>/<dd>/``          day index (linked from the sidebar calendar only)
    ``/tin-tuc/<yyyy>/<mm>/<dd>/<slug>/``   an article (date = published_at in UTC, see Traps)
    ``/gioi-thieu/``, ``/gioi-thieu/lanh-dao-phong/``, ``/van-ban/``, ``/van-ban/<slug>/``,
    ``/lien-he/``                           ordinary pages (not articles)
    ``/pages/<id>/comments``                the comment form's POST target (302 back)

Page templates
    Layout "Chuan": header (banner, today "Thứ Bảy, 05/12/2026"), ``ul#menu-ngang`` with
    drop-downs, ``div#duong-dan`` breadcrumbs ("Trang chủ › Tin tức › <title>"), ``div#cot-chinh``,
    ``div#cot-phai`` (Tin mới đăng, calendar of December, Lưu trữ, Liên kết, Thăm dò ý kiến,
    Thống kê truy cập), footer. Article: ``div.bai-viet`` with ``h1.td``, a ``div.tt-dang``
    meta line, optional ``div.pt-tomtat`` (the sapo part), ``div.pt-body``, an inserted
    ``div.chen-giua`` box, ``div.pt-extended``, optional ``div.dk-anh`` (attached photos),
    "Cập nhật lần cuối", share tools, "Các tin khác", comments and the comment form.

How each gold article is reached
    /tin-tuc/ (p1: the 5 newest), /tin-tuc/?p=2 and ?p=3 (the 8 older ones), the month indexes
    (November has two pages), the sidebar "Tin mới đăng" (8 newest, local-date URLs), the home
    page (newest + 4). The three October articles and the November ones from the 12th back are
    reachable only through page 2+ of a listing or the month indexes.

Traps
    1. Page parts: Radiant prints the ``body`` part and the ``extended`` part in two sibling divs
       (``div.pt-body`` / ``div.pt-extended``) with a snippet box "Có thể bạn quan tâm" (three
       links with teasers) between them. Gold body = both parts' text, in order; the box is not.
    2. Archive URL date is UTC: the archive extension builds the child URL from ``published_at``
       in UTC while ``<r:date>`` prints it adjusted to local.timezone (+07:00). A post made
       before 07:00 local sits under the previous day (the 01/12 05:40 post under
       ``/tin-tuc/2026/11/30/`` and in the November index). Gold ``published_at`` = the printed
       local time ("2026-12-01T05:40:00+07:00"), never the URL's day.
    3. Date-blind archive lookup: ArchivePage#find_by_url only looks at the slug, and the sidebar
       snippet "Tin mới đăng" builds its links from the local date, so the three early-morning
       posts are linked under two URLs that both answer 200 without any canonical link. Gold:
       canonical = the UTC URL the listings use; the local-date URL is in ``alt_paths``.
    4. Listings that look like articles: the home page prints the newest post's whole body part
       (images included) and the month indexes print every post's whole body part under an
       ``h2`` — runs of text as long as an article. Gold: they are listings, not articles.
    5. Vietnamese 12-hour clock: some posts print ``%d/%m/%Y %I:%M %p`` with the vi locale's
       "SA"/"CH" ("02/12/2026 03:45 CH"). Gold: "2026-12-02T15:45:00+07:00". Others print
       "Thứ Sáu, 04 tháng 12, 2026 - 14:30" or the day alone "25.11.2026"; one prints
       "00:00" (midnight = the day alone, "2026-11-18"). "Cập nhật lần cuối" dates are not it.
    6. Textile images: ``!src(title)!`` gives ``<img title="…" alt="…">`` with no printed line
       (caption None, though alt/title read like one); a printed line is a following centred
       ``<p><em>(…)</em></p>`` (parentheses taken off); a line "Ảnh: X" only credits (caption
       None, X a photographer).
    7. Attached photos: page_attachments prints a ``div.dk-anh`` of ``<dl><dt><img></dt>
       <dd>caption</dd></dl>`` after the text; the ``<img>`` is the ``_thumb`` file linking to
       the full one. Gold: these are the article's photos (path = the ``<img>`` src as printed),
       caption = the ``dd``.
    8. Byline from the CMS: ``<r:author />`` prints the Radiant account ("Người đăng:
       pgd_chauthanh", "Quản trị viên") -> nobody; the real signature is the last right-aligned
       paragraph of the extended part (degree and unit stripped: "ThS. Huỳnh Minh Tâm - Phó
       Trưởng phòng" -> "Huỳnh Minh Tâm"; a unit alone "Bộ phận Chuyên môn THCS" as printed).
    9. radiant-comments: readers' comments follow the article with names and "viết lúc <date>"
       lines, plus a POST form. Not body, not authors, not the date.
    10. will_paginate links page 1 as ``/tin-tuc/?p=1`` (same listing as ``/tin-tuc/``); listing
        dates are relative ("khoảng 2 ngày trước"). Listings only, no gold.
    11. A share snippet typed into the body part by an editor (``<r:snippet name="chia-se"/>``
        renders "Chia sẻ: Facebook | Zalo" between two paragraphs) is not text.

Gold decisions on ambiguous points
    - ``category`` = "Tin tức" for every post: the only section the breadcrumb and menu print.
    - An image's ``alt``/``title`` attribute is not a printed caption (caption None).
    - The sapo part (``div.pt-tomtat``, bold) is the summary and the body's first paragraph; a
      bold first paragraph inside ``pt-body`` is a sapo too; meta description alone is not.
    - The day indexes and month indexes are listings, not NON_ARTICLES (they list posts).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "radiant_cms_pgd"
PLATFORM = "Radiant CMS 1.1 (Ruby on Rails) + archive, paginate, comments, page_attachments"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
NOW = datetime(2026, 12, 5, 9, 20)
CATEGORY = "Tin tức"
PER_PAGE = 5

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- the stories -----------------------------------------------------------------------------


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{esc(line)}</{tag}></p>')


STORIES: list[Story] = [
    Story(
        id=141,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
        cat=CATEGORY,
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Từ ngày 30/11 đến 04/12/2026, Phòng GDĐT huyện Châu Thành tổ chức Hội thi Giáo viên "
            "dạy giỏi cấp huyện bậc Tiểu học với sự tham gia của 86 giáo viên đến từ 34 trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tâm huyết với nghề; đồng thời tạo điều kiện để giáo viên giao lưu, học hỏi kinh "
                "nghiệm trong việc thực hiện Chương trình giáo dục phổ thông 2018."
            ),
            Img(
                "/page_attachments/0000/0141/khai-mac.jpg",
                "(Ông Phạm Văn Hùng, Trưởng phòng GDĐT phát biểu khai mạc Hội thi)",
                "Ông Phạm Văn Hùng, Trưởng phòng GDĐT phát biểu khai mạc Hội thi",
                "cap",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành trên lớp và trình bày biện "
                "pháp nâng cao chất lượng giảng dạy. Ban Giám khảo gồm các chuyên viên Phòng GDĐT, "
                "cán bộ quản lý và giáo viên cốt cán có nhiều kinh nghiệm."
            ),
            P(
                "Theo đánh giá của Ban Tổ chức, các tiết dạy năm nay được đầu tư công phu, vận "
                "dụng linh hoạt các phương pháp dạy học tích cực, ứng dụng công nghệ thông tin hợp "
                "lý, phát huy tính chủ động của học sinh."
            ),
            Img(
                "/page_attachments/0000/0141/tiet-day.jpg",
                "(Cô Lê Thị Mỹ Duyên, Trường TH Vĩnh Kim trong tiết dạy môn Tiếng Việt)",
                "Cô Lê Thị Mỹ Duyên, Trường TH Vĩnh Kim trong tiết dạy môn Tiếng Việt",
                "cap",
            ),
            P(
                "Kết quả, có 71 giáo viên được công nhận Giáo viên dạy giỏi cấp huyện, trong đó 12 "
                "giáo viên được chọn tham dự Hội thi cấp tỉnh vào tháng 3/2027."
            ),
            _right("Nguyễn Thị Bích Ngọc"),
        ],
        authors=["Nguyễn Thị Bích Ngọc"],
        opts={
            "t": "2026-12-04 14:30",
            "fmt": "A",
            "split": 3,
            "account": "pgd_chauthanh",
            "updated": "05/12/2026 08:12",
            "comments": [
                ("Phụ huynh Lê Văn Tư", "04/12/2026 20:11", "Chúc mừng các thầy cô đạt giải!"),
                ("Trần Thị Hạnh", "05/12/2026 07:02", "Mong Phòng đăng danh sách giáo viên đạt giải ạ."),
            ],
        },
    ),
    Story(
        id=139,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Tập huấn công tác chuyển đổi số trong quản lý trường học",
        cat=CATEGORY,
        published_at="2026-12-03T09:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 02/12/2026, tại Hội trường Phòng GDĐT, hơn 120 cán bộ quản lý và nhân "
                "viên văn thư, kế toán của các trường học trên địa bàn huyện đã tham dự lớp tập huấn "
                "về chuyển đổi số trong quản lý trường học."
            ),
            P(
                "Nội dung tập huấn tập trung vào việc sử dụng hệ thống cơ sở dữ liệu ngành, hồ sơ "
                "điện tử, học bạ số và ký số văn bản trên phần mềm quản lý văn bản và điều hành."
            ),
            Img(
                "/assets/tin/2026/12/tap-huan-cds.jpg",
                None,
                None,
                "title",
            ),
            P("Các chuyên đề chính của lớp tập huấn:", ""),
            P("Triển khai học bạ số cấp Tiểu học và THCS;", "li"),
            P("Ký số và lưu trữ hồ sơ điện tử;", "li"),
            P("Bảo đảm an toàn thông tin khi sử dụng thư điện tử công vụ.", "li"),
            P(
                "Phòng GDĐT đề nghị các đơn vị hoàn thành việc cập nhật dữ liệu học sinh, giáo viên "
                "trước ngày 15/12/2026."
            ),
            _right("Tổ Công nghệ thông tin", "em"),
        ],
        authors=["Tổ Công nghệ thông tin"],
        opts={
            "t": "2026-12-03 09:15",
            "fmt": "B",
            "split": 3,
            "account": "Quản trị viên",
            "title_attr": "Quang cảnh lớp tập huấn chuyển đổi số",
        },
    ),
    Story(
        id=137,
        slug="truong-thcs-vinh-kim-to-chuc-ngay-hoi-doc-sach",
        title="Trường THCS Vĩnh Kim tổ chức Ngày hội đọc sách",
        cat=CATEGORY,
        published_at="2026-12-02T15:45:00+07:00",
        blocks=[
            P(
                "Nhằm xây dựng văn hóa đọc trong nhà trường, chiều ngày 01/12/2026, Trường THCS "
                "Vĩnh Kim tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách – một người bạn”."
            ),
            Img("/assets/tin/2026/12/ngay-hoi-doc-sach-1.jpg", None, None, "title"),
            P(
                "Ngày hội có nhiều hoạt động phong phú như giới thiệu sách, thi kể chuyện theo sách, "
                "vẽ tranh bìa sách và trưng bày sản phẩm của các câu lạc bộ đọc sách."
            ),
            P(
                "Em Nguyễn Ngọc Bảo Trân, học sinh lớp 8/2 chia sẻ: “Em thích nhất phần thi kể "
                "chuyện, vì được giới thiệu cuốn sách mình yêu thích với các bạn…”"
            ),
            Img("/assets/tin/2026/12/ngay-hoi-doc-sach-2.jpg", "Ảnh: Trần Văn Phúc", None, "credit"),
            P(
                "Dịp này, thư viện nhà trường tiếp nhận hơn 600 đầu sách do phụ huynh, cựu học sinh "
                "và các nhà hảo tâm trao tặng."
            ),
            _right("Tin, ảnh: Trần Văn Phúc", "em"),
        ],
        authors=["Trần Văn Phúc"],
        photographers=["Trần Văn Phúc"],
        opts={
            "t": "2026-12-02 15:45",
            "fmt": "B",
            "split": None,
            "account": "pgd_chauthanh",
            "title_attr": "Học sinh tham quan gian trưng bày sách",
        },
    ),
    Story(
        id=135,
        slug="trien-khai-ke-hoach-kiem-tra-chuyen-de-hoc-ky-i",
        title="Triển khai kế hoạch kiểm tra chuyên đề học kỳ I",
        cat=CATEGORY,
        published_at="2026-12-01T05:40:00+07:00",
        summary=(
            "Phòng GDĐT huyện Châu Thành vừa ban hành kế hoạch kiểm tra chuyên đề học kỳ I năm học "
            "2026-2027 đối với 18 trường THCS trên địa bàn huyện."
        ),
        blocks=[
            P(
                "Phòng GDĐT huyện Châu Thành vừa ban hành kế hoạch kiểm tra chuyên đề học kỳ I năm học "
                "2026-2027 đối với 18 trường THCS trên địa bàn huyện.",
                "lead",
            ),
            P(
                "Theo kế hoạch, đoàn kiểm tra sẽ làm việc tại các trường từ ngày 07/12 đến ngày "
                "25/12/2026, tập trung vào việc thực hiện kế hoạch giáo dục nhà trường, kiểm tra "
                "đánh giá học sinh và sinh hoạt tổ chuyên môn theo nghiên cứu bài học."
            ),
            P("Các trường chuẩn bị đầy đủ hồ sơ theo danh mục gửi kèm kế hoạch."),
            P(
                "Đây là hoạt động thường xuyên nhằm giúp các trường kịp thời điều chỉnh, khắc phục "
                "hạn chế, nâng cao chất lượng dạy học cuối học kỳ I."
            ),
            _right("Bộ phận Chuyên môn THCS", "span"),
        ],
        authors=["Bộ phận Chuyên môn THCS"],
        opts={
            "t": "2026-12-01 05:40",
            "fmt": "A",
            "split": 2,
            "account": "pgd_chauthanh",
            "comments": [
                ("Hiệu trưởng THCS Bàn Long", "01/12/2026 10:26", "Đã nhận kế hoạch, cảm ơn Phòng."),
            ],
        },
    ),
    Story(
        id=133,
        slug="ket-qua-hoi-khoe-phu-dong-cap-huyen",
        title="Kết quả Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
        cat=CATEGORY,
        published_at="2026-11-25",
        blocks=[
            P(
                "Sau 5 ngày thi đấu sôi nổi, Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 đã khép "
                "lại với 1.245 vận động viên tham gia ở 9 môn thi đấu."
            ),
            P("Kết quả xếp hạng toàn đoàn khối THCS như sau:"),
            P("Hạng | Đơn vị | Huy chương vàng", "row"),
            P("Nhất | THCS Tân Hiệp | 14", "row"),
            P("Nhì | THCS Long Hưng | 11", "row"),
            P("Ba | THCS Vĩnh Kim | 9", "row"),
            P(
                "Ban Tổ chức đã chọn 64 vận động viên xuất sắc tham dự Hội khỏe Phù Đổng cấp tỉnh "
                "diễn ra vào tháng 01/2027."
            ),
            Raw(
                '<p class="xem-them">Xem thêm: <a href="/tin-tuc/2026/11/12/'
                'boi-duong-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh/">Bồi dưỡng kỹ năng phòng '
                "chống đuối nước cho học sinh</a></p>"
            ),
            _right("Thanh Tùng"),
        ],
        authors=["Thanh Tùng"],
        opts={"t": "2026-11-25 08:00", "fmt": "C", "split": None, "account": "pgd_chauthanh"},
    ),
    Story(
        id=131,
        slug="mam-non-tan-hiep-chuyen-de-be-vui-hoc-an-toan-giao-thong",
        title='Trường Mầm non Tân Hiệp tổ chức chuyên đề "Bé vui học an toàn giao thông"',
        cat=CATEGORY,
        published_at="2026-11-24T16:20:00+07:00",
        blocks=[
            P(
                "Ngày 23/11/2026, Trường Mầm non Tân Hiệp tổ chức chuyên đề “Bé vui học an toàn "
                "giao thông” cho hơn 300 trẻ mẫu giáo."
            ),
            P(
                "Thông qua các trò chơi “Đèn xanh – đèn đỏ”, “Bé làm cảnh sát giao thông”, trẻ được "
                "làm quen với các biển báo và quy tắc đơn giản khi tham gia giao thông."
            ),
            Img("/assets/tin/2026/11/mn-tan-hiep-atgt.jpg", "Ảnh: Lê Hoàng Anh", None, "credit"),
            P(
                "Chuyên đề nhận được sự phối hợp của Đội Cảnh sát giao thông Công an huyện và đông "
                "đảo phụ huynh."
            ),
            _right("Mai Thảo (Trường MN Tân Hiệp)"),
        ],
        authors=["Mai Thảo"],
        photographers=["Lê Hoàng Anh"],
        opts={"t": "2026-11-24 16:20", "fmt": "B", "split": 2, "account": "Quản trị viên"},
    ),
    Story(
        id=128,
        slug="hop-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat=CATEGORY,
        published_at="2026-11-20T06:15:00+07:00",
        summary=(
            "Sáng 19/11/2026, UBND huyện Châu Thành tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương nhà giáo tiêu biểu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự có ông Nguyễn Văn Khởi, Phó Chủ tịch UBND huyện cùng đại diện lãnh đạo các "
                "ban, ngành, đoàn thể và hơn 200 cán bộ quản lý, giáo viên tiêu biểu."
            ),
            Img(
                "/page_attachments/0000/0128/tuyen-duong.jpg",
                "(Lãnh đạo huyện trao giấy khen cho các nhà giáo tiêu biểu)",
                "Lãnh đạo huyện trao giấy khen cho các nhà giáo tiêu biểu",
                "cap",
            ),
            P(
                "Phát biểu tại buổi họp mặt, ông Nguyễn Văn Khởi ghi nhận những đóng góp của đội ngũ "
                "nhà giáo huyện nhà, đặc biệt trong việc duy trì sĩ số và nâng cao chất lượng giáo dục "
                "toàn diện."
            ),
            P(
                "Dịp này, UBND huyện tặng giấy khen cho 45 nhà giáo có thành tích xuất sắc trong "
                "năm học 2025-2026."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Ấp Bắc</em></p>'),
        ],
        source="Báo Ấp Bắc",
        opts={"t": "2026-11-20 06:15", "fmt": "A", "split": 2, "account": "pgd_chauthanh"},
    ),
    Story(
        id=126,
        slug="ke-hoach-hoi-thi-olympic-tieng-anh-cap-huyen",
        title="Kế hoạch tổ chức Hội thi Olympic tiếng Anh cấp huyện",
        cat=CATEGORY,
        published_at="2026-11-18",
        blocks=[
            P(
                "Phòng GDĐT huyện Châu Thành thông báo kế hoạch tổ chức Hội thi Olympic tiếng Anh "
                "cấp huyện dành cho học sinh lớp 5 và lớp 9."
            ),
            P("Thời gian và địa điểm", "h"),
            P("Vòng sơ loại: ngày 12/12/2026, thi trực tuyến tại các trường.", "li"),
            P("Vòng chung kết: ngày 19/12/2026, tại Trường THCS Tân Hiệp.", "li"),
            P("Đăng ký dự thi", "h"),
            P("Mỗi trường đăng ký tối đa 05 học sinh mỗi khối lớp,", "br"),
            P("danh sách gửi về Phòng GDĐT trước ngày 05/12/2026 qua hệ thống quản lý văn bản."),
        ],
        authors=[],
        opts={"t": "2026-11-18 00:00", "fmt": "A", "split": None, "account": "pgd_chauthanh"},
    ),
    Story(
        id=122,
        slug="boi-duong-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Bồi dưỡng kỹ năng phòng chống đuối nước cho học sinh",
        cat=CATEGORY,
        published_at="2026-11-12T08:30:00+07:00",
        blocks=[
            P(
                "Châu Thành là huyện có nhiều sông, rạch; vì vậy việc trang bị kỹ năng phòng chống "
                "đuối nước cho học sinh được ngành giáo dục huyện đặc biệt quan tâm."
            ),
            Raw('<r-snippet class="chia-se"/>'),
            P(
                "Từ đầu năm học, Phòng GDĐT phối hợp Trung tâm Văn hóa – Thể thao huyện mở 14 lớp "
                "dạy bơi miễn phí cho gần 700 học sinh tiểu học tại hồ bơi Tân Hiệp và Vĩnh Kim."
            ),
            Img(
                "/assets/tin/2026/11/day-boi.jpg",
                "(Học sinh thực hành kỹ năng nổi tại hồ bơi Tân Hiệp)",
                "Học sinh thực hành kỹ năng nổi tại hồ bơi Tân Hiệp",
                "tbl",
            ),
            P(
                "Bên cạnh đó, các trường lồng ghép nội dung phòng chống đuối nước trong các tiết hoạt "
                "động trải nghiệm và sinh hoạt dưới cờ."
            ),
            _right("Hoàng Yến"),
        ],
        authors=["Hoàng Yến"],
        opts={"t": "2026-11-12 08:30", "fmt": "B", "split": None, "account": "pgd_chauthanh"},
    ),
    Story(
        id=119,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
        title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat=CATEGORY,
        published_at="2026-11-05T13:10:00+07:00",
        summary=(
            "Ngày 04/11/2026, tại Trường THCS Long Định, Phòng GDĐT tổ chức hội thảo đổi mới phương "
            "pháp dạy học môn Ngữ văn cấp THCS."
        ),
        blocks=[
            P(
                "Ngày 04/11/2026, tại Trường THCS Long Định, Phòng GDĐT tổ chức hội thảo đổi mới phương "
                "pháp dạy học môn Ngữ văn cấp THCS.",
                "lead",
            ),
            P(
                "Hội thảo tập trung trao đổi về dạy đọc hiểu văn bản theo thể loại, tổ chức hoạt "
                "động viết và nói – nghe, cũng như cách ra đề kiểm tra không sử dụng lại ngữ liệu "
                "trong sách giáo khoa."
            ),
            P(
                "Các tham luận của giáo viên Trường THCS Long Định, THCS Thân Cửu Nghĩa và THCS "
                "Dưỡng Điềm được đánh giá cao về tính thực tiễn."
            ),
            P(
                "Kết thúc hội thảo, các tổ chuyên môn thống nhất xây dựng ngân hàng ngữ liệu dùng "
                "chung trên toàn huyện."
            ),
            _right("ThS. Huỳnh Minh Tâm - Phó Trưởng phòng"),
        ],
        authors=["Huỳnh Minh Tâm"],
        opts={
            "t": "2026-11-05 13:10",
            "fmt": "A",
            "split": 2,
            "account": "pgd_chauthanh",
            "comments": [
                ("GV Ngữ văn", "06/11/2026 21:40", "Xin tài liệu hội thảo ở đâu ạ?"),
            ],
        },
    ),
    Story(
        id=114,
        slug="tuyen-truyen-phong-chong-bao-luc-hoc-duong",
        title="Tuyên truyền phòng chống bạo lực học đường",
        cat=CATEGORY,
        published_at="2026-10-28T10:45:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động phòng chống bạo lực học đường, các trường THCS trên địa "
                "bàn huyện đồng loạt tổ chức buổi tuyên truyền cho học sinh."
            ),
            P(
                "Báo cáo viên là cán bộ Công an huyện đã phân tích các hành vi bạo lực thường gặp, "
                "hậu quả pháp lý và cách ứng xử khi bị bắt nạt trên mạng xã hội."
            ),
            P("Một học sinh lớp 9 chia sẻ:", ""),
            P(
                "“Em biết cần báo ngay cho thầy cô và cha mẹ khi thấy bạn bị bắt nạt, không quay "
                "clip hay chia sẻ lên mạng.”",
                "quote",
            ),
            _right("Phòng GDĐT Châu Thành", "em"),
        ],
        authors=["Phòng GDĐT Châu Thành"],
        opts={"t": "2026-10-28 10:45", "fmt": "A", "split": None, "account": "Quản trị viên"},
    ),
    Story(
        id=110,
        slug="tieu-hoc-long-hung-a-khanh-thanh-phong-hoc-stem",
        title="Trường Tiểu học Long Hưng A khánh thành phòng học STEM",
        cat=CATEGORY,
        published_at="2026-10-15",
        blocks=[
            P(
                "Sáng 14/10/2026, Trường Tiểu học Long Hưng A long trọng tổ chức lễ khánh thành phòng "
                "học STEM với tổng kinh phí gần 450 triệu đồng từ nguồn xã hội hóa."
            ),
            P(
                "Phòng học được trang bị bộ thiết bị lắp ghép robot, máy in 3D, bảng tương tác và "
                "các học liệu phục vụ giáo dục STEM cho học sinh từ lớp 3 đến lớp 5."
            ),
            P(
                "Bà Võ Thị Thu Hà, Hiệu trưởng nhà trường cho biết, phòng học sẽ được đưa vào sử "
                "dụng ngay trong tháng 10, phục vụ các câu lạc bộ Robotics và Em yêu khoa học."
            ),
            _right("Quốc Bảo"),
            Img(
                "/page_attachments/0000/0110/stem-1_thumb.jpg",
                "Cắt băng khánh thành phòng học STEM",
                "Cắt băng khánh thành phòng học STEM",
                "gal",
            ),
            Img(
                "/page_attachments/0000/0110/stem-2_thumb.jpg",
                "Học sinh trải nghiệm lắp ghép robot",
                "Học sinh trải nghiệm lắp ghép robot",
                "gal",
            ),
        ],
        authors=["Quốc Bảo"],
        opts={"t": "2026-10-15 09:00", "fmt": "C", "split": 2, "account": "pgd_chauthanh"},
    ),
    Story(
        id=104,
        slug="tong-ket-nam-hoc-2025-2026-trien-khai-nhiem-vu-nam-hoc-moi",
        title="Tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
        cat=CATEGORY,
        published_at="2026-10-06T07:30:00+07:00",
        blocks=[
            P(
                "Ngày 05/10/2026, Phòng GDĐT huyện Châu Thành tổ chức hội nghị tổng kết năm học "
                "2025-2026 và triển khai nhiệm vụ năm học 2026-2027."
            ),
            P(
                "Năm học vừa qua, toàn huyện có 100% trẻ 5 tuổi được huy động ra lớp, tỷ lệ học sinh "
                "hoàn thành chương trình tiểu học đạt 99,8%, tỷ lệ tốt nghiệp THCS đạt 99,5%."
            ),
            Img(
                "/assets/tin/2026/10/tong-ket.jpg",
                "(Quang cảnh hội nghị)",
                "Quang cảnh hội nghị",
                "cap",
            ),
            P(
                "Năm học 2026-2027, ngành tập trung thực hiện hiệu quả Chương trình GDPT 2018, đẩy "
                "mạnh chuyển đổi số và xây dựng trường đạt chuẩn quốc gia."
            ),
            _right("Ngọc Hân"),
        ],
        authors=["Ngọc Hân"],
        opts={"t": "2026-10-06 07:30", "fmt": "A", "split": 2, "account": "pgd_chauthanh"},
    ),
]

# --- dates and URLs --------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["t"], "%Y-%m-%d %H:%M")


def _utc(story: Story) -> datetime:
    return _local(story) - timedelta(hours=7)


def _url_for(when: datetime, slug: str) -> str:
    return f"/tin-tuc/{when:%Y/%m/%d}/{slug}/"


def canonical_path(story: Story) -> str:
    """The archive extension's child URL: the UTC day (trap 2)."""
    return _url_for(_utc(story), story.slug)


def local_path(story: Story) -> str:
    """The sidebar snippet's URL: the local day (trap 3)."""
    return _url_for(_local(story), story.slug)


def _printed_date(story: Story) -> str:
    t = _local(story)
    fmt = story.opts["fmt"]
    if fmt == "A":
        return f"{WEEKDAYS[t.weekday()]}, {t:%d} tháng {t:%m}, {t:%Y} - {t:%H:%M}"
    if fmt == "B":
        hour = t.hour % 12 or 12
        return f"{t:%d/%m/%Y} {hour:02d}:{t:%M} {'SA' if t.hour < 12 else 'CH'}"
    return f"{t:%d.%m.%Y}"


def _ago(story: Story) -> str:
    delta = NOW - _local(story)
    hours = delta.total_seconds() / 3600
    if hours < 24:
        return f"khoảng {int(hours)} giờ trước"
    days = delta.days
    if days < 30:
        return f"{days} ngày trước" if days > 1 else "1 ngày trước"
    return "khoảng 1 tháng trước" if days < 45 else f"{round(days / 30)} tháng trước"


# newest first
ORDERED = sorted(STORIES, key=_local, reverse=True)
BY_SLUG = {s.slug: s for s in STORIES}

# --- rendering of the text -------------------------------------------------------------------

_TEXTILE = {"“": "&#8220;", "”": "&#8221;", "‘": "&#8216;", "’": "&#8217;", "–": "&#8211;",
            "—": "&#8212;", "…": "&#8230;"}


def _tx(value: str) -> str:
    """Textile output: escaped text with typographic characters as numeric references."""
    out = text(value)
    for ch, ref in _TEXTILE.items():
        out = out.replace(ch, ref)
    return out


SHARE_SNIPPET = (
    '<div class="chia-se-nho">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=">'
    'Facebook</a> | <a href="https://zalo.me/share">Zalo</a></div>'
)


def _render_img(story: Story, img: Img) -> str:
    if img.style == "cap":
        return (
            f'<p style="text-align: center;"><img src="{img.src}" alt="" /></p>\n'
            f'<p style="text-align: center;"><em>{_tx(img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;"><img src="{img.src}" alt="anh" /><br />\n'
            f"<em>{_tx(img.printed or '')}</em></p>"
        )
    if img.style == "tbl":
        return (
            '<table class="anh" style="margin: 0 auto; width: 500px;"><tbody>'
            f'<tr><td><img src="{img.src}" alt="" width="500" /></td></tr>'
            f'<tr><td style="text-align: center; font-size: 9pt;">{_tx(img.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    # "title": Textile !src(title)! -- nothing printed
    title = esc(story.opts.get("title_attr", ""))
    return f'<p><img src="{img.src}" title="{title}" alt="{title}" /></p>'


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            if b.style != "gal":
                out.append(_render_img(story, b))
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html == '<r-snippet class="chia-se"/>':
                out.append(SHARE_SNIPPET)
            else:
                out.append(b.html)
            i += 1
            continue
        style = b.style
        if style in ("li", "row"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                run.append(blocks[i])
                i += 1
            if style == "li":
                out.append("<ul>\n" + "\n".join(f"\t<li>{_tx(p.text)}</li>" for p in run) + "\n</ul>")
            else:
                rows = []
                for p in run:
                    cells = "".join(f"<td>{_tx(c)}</td>" for c in p.text.split(" | "))
                    rows.append(f"\t<tr>\n\t\t{cells}\n\t</tr>")
                out.append('<table class="bang-kq" border="1">\n' + "\n".join(rows) + "\n</table>")
            continue
        if style == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{_tx(b.text)}<br />\n{_tx(nxt.text)}</p>")
            i += 2
            continue
        if style == "h":
            out.append(f"<h4>{_tx(b.text)}</h4>")
        elif style == "lead":
            out.append(f"<p><strong>{_tx(b.text)}</strong></p>")
        elif style == "quote":
            out.append(f"<blockquote>\n<p>{_tx(b.text)}</p>\n</blockquote>")
        else:
            out.append(f"<p>{_tx(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _parts(story: Story) -> tuple[list, list]:
    split = story.opts.get("split")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "gal")]
    if split is None:
        return blocks, []
    # "split" counts the text paragraphs and images of the body part
    count = 0
    for idx, b in enumerate(blocks):
        if isinstance(b, (P, Img)):
            count += 1
        if count == split:
            return blocks[: idx + 1], blocks[idx + 1 :]
    return blocks, []


def body_part_html(story: Story) -> str:
    body, _ = _parts(story)
    return render_blocks(story, body)


# --- chrome ----------------------------------------------------------------------------------


def _menu() -> str:
    return """<ul id="menu-ngang">
  <li><a href="/">Trang chủ</a></li>
  <li class="co-con"><a href="/gioi-thieu/">Giới thiệu</a>
    <ul>
      <li><a href="/gioi-thieu/">Giới thiệu chung</a></li>
      <li><a href="/gioi-thieu/lanh-dao-phong/">Lãnh đạo phòng</a></li>
    </ul>
  </li>
  <li class="co-con"><a href="/tin-tuc/">Tin tức</a>
    <ul>
      <li><a href="/tin-tuc/2026/12/">Tháng 12/2026</a></li>
      <li><a href="/tin-tuc/2026/11/">Tháng 11/2026</a></li>
      <li><a href="/tin-tuc/2026/10/">Tháng 10/2026</a></li>
    </ul>
  </li>
  <li><a href="/van-ban/">Văn bản</a></li>
  <li><a href="/lien-he/">Liên hệ</a></li>
  <li><a href="https://tiengiang.edu.vn/" target="_blank">Sở GDĐT Tiền Giang</a></li>
</ul>"""


def _calendar() -> str:
    """December 2026 (r:archive calendar snippet): days with posts (UTC day) link to day indexes."""
    days = {_utc(s).day for s in STORIES if _utc(s).strftime("%Y-%m") == "2026-12"}
    cells = []
    first_weekday = datetime(2026, 12, 1).weekday()
    cells.extend(["<td></td>"] * first_weekday)
    for d in range(1, 32):
        if d in days:
            cells.append(f'<td class="co-bai"><a href="/tin-tuc/2026/12/{d:02d}/">{d}</a></td>')
        elif d == 5:
            cells.append(f'<td class="hom-nay">{d}</td>')
        else:
            cells.append(f"<td>{d}</td>")
    rows = ["<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7)]
    return (
        '<div class="hop" id="lich"><h3>Lịch bài viết</h3>'
        '<table class="lich"><caption><a href="/tin-tuc/2026/11/">&laquo; T11</a> Tháng 12/2026</caption>'
        "<tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr>"
        + "".join(rows)
        + "</table></div>"
    )


def _sidebar() -> str:
    newest = "\n".join(
        f'<li><a href="{local_path(s)}">{esc(s.title)}</a> <span class="ngay">({_local(s):%d/%m})</span></li>'
        for s in ORDERED[:8]
    )
    return f"""<div id="cot-phai">
<div class="hop" id="tin-moi"><h3>Tin mới đăng</h3><ul>
{newest}
</ul></div>
{_calendar()}
<div class="hop"><h3>Lưu trữ</h3><ul>
  <li><a href="/tin-tuc/2026/12/">Tháng 12/2026</a></li>
  <li><a href="/tin-tuc/2026/11/">Tháng 11/2026</a></li>
  <li><a href="/tin-tuc/2026/10/">Tháng 10/2026</a></li>
  <li><a href="/tin-tuc/2026/">Năm 2026</a></li>
</ul></div>
<div class="hop"><h3>Liên kết website</h3>
<select onchange="window.open(this.value)">
  <option value="">-- Chọn liên kết --</option>
  <option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>
  <option value="https://tiengiang.edu.vn/">Sở GDĐT Tiền Giang</option>
  <option value="https://baoapbac.vn/">Báo Ấp Bắc</option>
</select>
<p><a href="https://tiengiang.edu.vn/"><img src="/assets/banner/so-gddt.png" alt="Sở GDĐT" /></a></p>
</div>
<div class="hop"><h3>Thăm dò ý kiến</h3>
<p>Bạn đánh giá thế nào về website?</p>
<label><input type="radio" name="tdy" value="1" /> Rất tốt</label><br />
<label><input type="radio" name="tdy" value="2" /> Tốt</label><br />
<label><input type="radio" name="tdy" value="3" /> Cần cải thiện</label><br />
<button type="button" onclick="alert('Cảm ơn bạn!')">Bình chọn</button>
</div>
<div class="hop" id="thong-ke"><h3>Thống kê truy cập</h3>
<p>Đang online: 17<br />Hôm nay: 412<br />Tổng truy cập: 1.204.771</p>
</div>
</div>"""


def _page(title: str, crumbs: list[tuple[str, str | None]], main: str, description: str = "") -> str:
    crumb_html = " &rsaquo; ".join(
        f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>" for label, href in crumbs
    )
    meta = f'<meta name="description" content="{esc(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>PGD&amp;ĐT Châu Thành - {esc(title)}</title>
{meta}<meta name="generator" content="Radiant CMS 1.1.0" />
<link href="/stylesheets/pgd-chauthanh.css?1354123456" media="screen" rel="stylesheet" type="text/css" />
<script src="/javascripts/jquery-1.4.2.min.js" type="text/javascript"></script>
</head>
<body>
<div id="khung">
<div id="dau-trang">
  <a href="/"><img src="/assets/logo-pgd-chauthanh.png" alt="Phòng GDĐT Châu Thành" /></a>
  <div class="ten-don-vi">UBND HUYỆN CHÂU THÀNH<br />PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div>
  <div class="ngay-hom-nay">{HEADER_TODAY}</div>
</div>
{_menu()}
<div id="duong-dan">{crumb_html}</div>
<div id="cot-chinh">
{main}
</div>
{_sidebar()}
<div id="chan-trang">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CHÂU THÀNH</strong><br />
Địa chỉ: Khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang<br />
Điện thoại: (0273) 3831 245 - Email: pgdchauthanh@tiengiang.edu.vn</p>
<p>&copy; 2011-2026 Phòng GDĐT Châu Thành. Phát triển trên nền <a href="http://radiantcms.org/">Radiant CMS</a>.</p>
</div>
</div>
</body>
</html>"""


# --- article page ----------------------------------------------------------------------------


def _gallery(story: Story) -> str:
    gal = [b for b in story.blocks if isinstance(b, Img) and b.style == "gal"]
    if not gal:
        return ""
    items = "\n".join(
        f'<dl class="anh"><dt><a href="{img.src.replace("_thumb", "")}" rel="lightbox">'
        f'<img src="{img.src}" alt="" /></a></dt><dd>{esc(img.printed or "")}</dd></dl>'
        for img in gal
    )
    return f'<div class="dk-anh"><h4>Hình ảnh</h4>\n{items}\n</div>'


def _others_box(story: Story, count: int = 3) -> str:
    others = [s for s in ORDERED if s.slug != story.slug][:count]
    lis = "\n".join(
        f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a><br /><small>{_tx(_teaser(s))}</small></li>'
        for s in others
    )
    return f'<div class="chen-giua"><h4>Có thể bạn quan tâm</h4><ul>\n{lis}\n</ul></div>'


def _teaser(story: Story) -> str:
    first = next(b for b in story.blocks if isinstance(b, P))
    words = first.text.split()
    return " ".join(words[:22]) + ("…" if len(words) > 22 else "")


def _comments(story: Story) -> str:
    items = story.opts.get("comments", [])
    lis = "\n".join(
        f'<li id="comment-{story.id * 10 + k}"><p class="ten-bl"><strong>{esc(name)}</strong> '
        f'<span class="luc">viết lúc {esc(when)}</span></p><div class="nd-bl"><p>{esc(body)}</p></div></li>'
        for k, (name, when, body) in enumerate(items)
    )
    listing = f'<h3>{len(items)} bình luận</h3>\n<ol class="ds-bl">\n{lis}\n</ol>' if items else ""
    return f"""<div id="binh-luan">
{listing}
<form action="/pages/{story.id}/comments" method="post" id="comment-form">
<h3>Gửi bình luận</h3>
<p><label>Họ tên</label> <input type="text" name="comment[author]" /></p>
<p><label>Email</label> <input type="text" name="comment[author_email]" /></p>
<p><textarea name="comment[content]" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Gửi" /></p>
</form>
</div>"""


def article_page(story: Story) -> str:
    body, extended = _parts(story)
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="pt-tomtat"><p><strong>{_tx(story.summary)}</strong></p></div>\n'
    ext_html = ""
    if extended:
        ext_html = f"{_others_box(story)}\n<div class=\"pt-extended\" id=\"extended\">\n{render_blocks(story, extended)}\n</div>\n"
    updated = story.opts.get("updated") or f"{_local(story) + timedelta(hours=2):%d/%m/%Y %H:%M}"
    older = [s for s in ORDERED if _local(s) < _local(story)][:5]
    others = "\n".join(
        f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a> ({_local(s):%d/%m/%Y})</li>' for s in older
    )
    main = f"""<div class="bai-viet" id="page-{story.id}">
<h1 class="td">{esc(story.title)}</h1>
<div class="tt-dang">Đăng ngày: <span class="ngay-dang">{_printed_date(story)}</span>
 | Người đăng: <span class="nguoi-dang">{esc(story.opts["account"])}</span>
 | Lượt xem: {story.views()}</div>
{sapo}<div class="pt-body">
{render_blocks(story, body)}
</div>
{ext_html}{_gallery(story)}
<p class="cap-nhat">Cập nhật lần cuối: {updated}</p>
<div class="cong-cu"><a href="javascript:window.print()">In trang</a> |
 <a href="mailto:?subject={esc(story.title)}">Gửi email</a> |
 <a href="https://www.facebook.com/sharer/sharer.php?u={canonical_path(story)}" target="_blank">
 <img src="/images/fb-share.png" alt="Chia sẻ Facebook" /></a></div>
<div class="tin-khac"><h3>Các tin khác</h3><ul>
{others}
</ul></div>
{_comments(story)}
</div>"""
    return _page(
        story.title,
        [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (story.title, None)],
        main,
        description=_teaser(story),
    )


# --- listings --------------------------------------------------------------------------------


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(f'<a href="{base}?p={page - 1}" class="prev_page" rel="prev">&laquo; Trước</a>')
    else:
        parts.append('<span class="disabled prev_page">&laquo; Trước</span>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span class="current">{n}</span>')
        else:
            rel = ' rel="next"' if n == page + 1 else (' rel="prev start"' if n == 1 else "")
            parts.append(f'<a href="{base}?p={n}"{rel}>{n}</a>')
    if page < pages:
        parts.append(f'<a href="{base}?p={page + 1}" class="next_page" rel="next">Sau &raquo;</a>')
    else:
        parts.append('<span class="disabled next_page">Sau &raquo;</span>')
    return '<div class="pagination">' + " ".join(parts) + "</div>"


def _teaser_item(story: Story) -> str:
    first_img = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<img class="anh-nho" src="{first_img.src}" alt="" width="120" />' if first_img else ""
    )
    url = canonical_path(story)
    return f"""<div class="muc-tin">
<h2><a href="{url}">{esc(story.title)}</a></h2>
<p class="ngay">{_ago(story)}</p>
{thumb}<p>{_tx(_teaser(story))}</p>
<p class="doc-tiep"><a href="{url}#extended">Đọc tiếp &raquo;</a></p>
</div>"""


def _full_item(story: Story) -> str:
    url = canonical_path(story)
    more = f'<p class="doc-tiep"><a href="{url}#extended">Đọc tiếp &raquo;</a></p>' if _parts(story)[1] else ""
    return f"""<div class="bai-luu-tru">
<h2><a href="{url}">{esc(story.title)}</a></h2>
<p class="ngay">{_printed_date(story)}</p>
<div class="pt-body">
{body_part_html(story)}
</div>
{more}
</div>"""


def _paged(items: list[Story], request: Request) -> tuple[list[Story], int, int] | None:
    raw = request.params.get("p", "1")
    if not raw.isdigit() or int(raw) < 1:
        return None
    page = int(raw)
    pages = max(1, -(-len(items) // PER_PAGE))
    return items[(page - 1) * PER_PAGE : page * PER_PAGE], page, pages


def news_index(request: Request) -> Response | None:
    got = _paged(ORDERED, request)
    if got is None:
        return None
    chunk, page, pages = got
    items = "\n".join(_teaser_item(s) for s in chunk) or "<p>Không có bài viết.</p>"
    main = (
        f'<h1 class="td-muc">Tin tức</h1>\n<p class="so-trang">Trang {page} / {pages}</p>\n'
        f"{items}\n{_pager('/tin-tuc/', page, pages)}"
    )
    return html(_page("Tin tức", [("Trang chủ", "/"), ("Tin tức", None)], main))


def month_index(year: int, month: int, request: Request) -> Response | None:
    stories = [s for s in ORDERED if (_utc(s).year, _utc(s).month) == (year, month)]
    if not stories:
        return None
    got = _paged(stories, request)
    if got is None:
        return None
    chunk, page, pages = got
    items = "\n".join(_full_item(s) for s in chunk)
    label = f"Tháng {month:02d}/{year}"
    main = (
        f'<h1 class="td-muc">Lưu trữ: {label}</h1>\n{items}\n'
        f"{_pager(f'/tin-tuc/{year}/{month:02d}/', page, pages)}"
    )
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (str(year), f"/tin-tuc/{year}/"), (label, None)]
    return html(_page(label, crumbs, main))


def day_index(year: int, month: int, day: int) -> Response | None:
    stories = [s for s in ORDERED if (_utc(s).year, _utc(s).month, _utc(s).day) == (year, month, day)]
    if not stories:
        return None
    label = f"Ngày {day:02d}/{month:02d}/{year}"
    items = "\n".join(_teaser_item(s) for s in stories)
    main = f'<h1 class="td-muc">Lưu trữ: {label}</h1>\n{items}'
    crumbs = [
        ("Trang chủ", "/"),
        ("Tin tức", "/tin-tuc/"),
        (str(year), f"/tin-tuc/{year}/"),
        (f"Tháng {month:02d}", f"/tin-tuc/{year}/{month:02d}/"),
        (label, None),
    ]
    return html(_page(label, crumbs, main))


def year_index(year: int) -> Response | None:
    months: dict[int, int] = {}
    for s in STORIES:
        if _utc(s).year == year:
            months[_utc(s).month] = months.get(_utc(s).month, 0) + 1
    if not months:
        return None
    lis = "\n".join(
        f'<li><a href="/tin-tuc/{year}/{m:02d}/">Tháng {m:02d}/{year}</a> ({n} bài)</li>'
        for m, n in sorted(months.items(), reverse=True)
    )
    main = f'<h1 class="td-muc">Lưu trữ năm {year}</h1>\n<ul class="ds-thang">\n{lis}\n</ul>'
    return html(_page(f"Năm {year}", [("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (str(year), None)], main))


def home_page() -> str:
    lead = ORDERED[0]
    rest = "\n".join(
        f'<li><a href="{canonical_path(s)}">{esc(s.title)}</a> <span>({_local(s):%d/%m/%Y})</span></li>'
        for s in ORDERED[1:5]
    )
    notices = "\n".join(
        f'<li><a href="/van-ban/{d["slug"]}/">{esc(d["so"])}: {esc(d["trich_yeu"])}</a></li>' for d in DOCS
    )
    main = f"""<div class="tin-noi-bat">
<h2><a href="{canonical_path(lead)}">{esc(lead.title)}</a></h2>
<p class="ngay">{_printed_date(lead)}</p>
<div class="pt-body">
{body_part_html(lead)}
</div>
<p class="doc-tiep"><a href="{canonical_path(lead)}">Xem tiếp &raquo;</a></p>
</div>
<div class="hop-giua"><h3>Tin mới</h3><ul>
{rest}
</ul>
<p><a href="/tin-tuc/">Xem tất cả tin tức &raquo;</a></p></div>
<div class="hop-giua" id="thong-bao"><h3>Văn bản - Thông báo</h3>
<marquee direction="up" scrollamount="2" height="90"><ul>
{notices}
</ul></marquee></div>"""
    return _page("Trang chủ", [("Trang chủ", None)], main)


# --- ordinary pages (not articles) -----------------------------------------------------------

DOCS = [
    {
        "slug": "cv-1520-pgddt",
        "so": "Số 1520/PGDĐT-CM",
        "ngay": "28/11/2026",
        "trich_yeu": "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026-2027",
        "file": "/assets/van-ban/1520-pgddt-cm.pdf",
        "nguoi_ky": "Phạm Văn Hùng",
    },
    {
        "slug": "kh-87-pgddt",
        "so": "Số 87/KH-PGDĐT",
        "ngay": "16/11/2026",
        "trich_yeu": "Kế hoạch tổ chức Hội thi Olympic tiếng Anh cấp huyện năm học 2026-2027",
        "file": "/assets/van-ban/87-kh-pgddt.pdf",
        "nguoi_ky": "Trần Thị Thu Vân",
    },
]


def van_ban_index() -> str:
    rows = "\n".join(
        f'<tr><td>{k}</td><td><a href="/van-ban/{d["slug"]}/">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{esc(d["trich_yeu"])}</td><td><a href="{d["file"]}">Tải về</a></td></tr>'
        for k, d in enumerate(DOCS, 1)
    )
    main = f"""<h1 class="td-muc">Văn bản chỉ đạo điều hành</h1>
<table class="ds-van-ban" border="1"><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>
{rows}
</table>"""
    return _page("Văn bản", [("Trang chủ", "/"), ("Văn bản", None)], main)


def van_ban_entry(doc: dict) -> str:
    main = f"""<h1 class="td">{esc(doc["so"])}</h1>
<table class="ct-van-ban">
<tr><th>Số/Ký hiệu</th><td>{esc(doc["so"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["ngay"]}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc["trich_yeu"])}</td></tr>
<tr><th>Người ký</th><td>{esc(doc["nguoi_ky"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{doc["file"]}">{doc["file"].rsplit("/", 1)[-1]}</a></td></tr>
</table>
<p><a href="/van-ban/">&laquo; Danh sách văn bản</a></p>"""
    return _page(doc["so"], [("Trang chủ", "/"), ("Văn bản", "/van-ban/"), (doc["so"], None)], main)


def gioi_thieu() -> str:
    main = """<h1 class="td">Giới thiệu Phòng Giáo dục và Đào tạo huyện Châu Thành</h1>
<div class="pt-body">
<p>Phòng Giáo dục và Đào tạo huyện Châu Thành là cơ quan chuyên môn thuộc UBND huyện, tham mưu
giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 24 trường mầm non, 36 trường tiểu học và 18 trường trung học cơ sở với hơn
42.000 học sinh và 2.600 cán bộ, giáo viên, nhân viên.</p>
<p><a href="/gioi-thieu/lanh-dao-phong/">Lãnh đạo phòng &raquo;</a></p>
</div>"""
    return _page("Giới thiệu", [("Trang chủ", "/"), ("Giới thiệu", None)], main)


def lanh_dao() -> str:
    main = """<h1 class="td">Lãnh đạo phòng</h1>
<table class="lanh-dao">
<tr><td><img src="/assets/lanh-dao/pham-van-hung.jpg" alt="" /></td><td><strong>Phạm Văn Hùng</strong><br />Trưởng phòng<br />ĐT: 0913 xxx 245</td></tr>
<tr><td><img src="/assets/lanh-dao/tran-thi-thu-van.jpg" alt="" /></td><td><strong>Trần Thị Thu Vân</strong><br />Phó Trưởng phòng</td></tr>
<tr><td><img src="/assets/lanh-dao/huynh-minh-tam.jpg" alt="" /></td><td><strong>Huỳnh Minh Tâm</strong><br />Phó Trưởng phòng</td></tr>
</table>"""
    crumbs = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Lãnh đạo phòng", None)]
    return _page("Lãnh đạo phòng", crumbs, main)


def lien_he() -> str:
    main = """<h1 class="td">Liên hệ</h1>
<p>Phòng Giáo dục và Đào tạo huyện Châu Thành<br />Khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang</p>
<p>Điện thoại: (0273) 3831 245 - Fax: (0273) 3831 246</p>
<form action="/lien-he/" method="post" class="mailer">
<p><label>Họ tên</label> <input type="text" name="mailer[ten]" /></p>
<p><label>Nội dung</label> <textarea name="mailer[noi_dung]"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p>
</form>"""
    return _page("Liên hệ", [("Trang chủ", "/"), ("Liên hệ", None)], main)


# --- the site --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/$")
_DAY = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/(\d{2})/$")
_MONTH = re.compile(r"^/tin-tuc/(\d{4})/(\d{2})/$")
_YEAR = re.compile(r"^/tin-tuc/(\d{4})/$")
_COMMENTS = re.compile(r"^/pages/(\d+)/comments$")


class RadiantSite:
    def __init__(self) -> None:
        self.pages = {
            "/gioi-thieu/": gioi_thieu,
            "/gioi-thieu/lanh-dao-phong/": lanh_dao,
            "/van-ban/": van_ban_index,
            "/lien-he/": lien_he,
        }
        self.docs = {f"/van-ban/{d['slug']}/": d for d in DOCS}
        self.by_id = {s.id: s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/assets/", "/page_attachments/", "/images/", "/stylesheets/", "/javascripts/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if request.method == "POST":
            m = _COMMENTS.match(path)
            if m and int(m.group(1)) in self.by_id:
                return redirect(canonical_path(self.by_id[int(m.group(1))]) + "#comment-form")
            if path == "/lien-he/":
                return html(lien_he())
            return None
        if path == "/":
            return html(home_page()) if not request.query else None
        if path == "/tin-tuc/":
            return news_index(request)
        if path in self.pages and not request.query:
            return html(self.pages[path]())
        if path in self.docs and not request.query:
            return html(van_ban_entry(self.docs[path]))
        m = _ARTICLE.match(path)
        if m:
            story = BY_SLUG.get(m.group(4))
            if story is None:
                return None
            # find_by_url reads the slug; this fixture answers the two days a link can carry
            day = "/".join(m.group(1, 2, 3))
            if day not in (f"{_utc(story):%Y/%m/%d}", f"{_local(story):%Y/%m/%d}"):
                return None
            return html(article_page(story))
        m = _DAY.match(path)
        if m:
            return day_index(*(int(g) for g in m.groups()))
        m = _MONTH.match(path)
        if m:
            return month_index(int(m.group(1)), int(m.group(2)), request)
        m = _YEAR.match(path)
        if m:
            return year_index(int(m.group(1)))
        return None


def build_site() -> RadiantSite:
    return RadiantSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = canonical_path(story)
    alt = [local_path(story)] if local_path(story) != path else []
    return gold_record(story, path, CATEGORY, alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lanh-dao-phong/",
    "/van-ban/",
    "/van-ban/cv-1520-pgddt/",
    "/van-ban/kh-87-pgddt/",
    "/lien-he/",
]
