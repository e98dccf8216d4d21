"""Sở Giáo dục và Đào tạo tỉnh Bình Định on an ASP.NET Core MVC portal (Bootstrap 5) built by a
provincial software vendor ("EduPortal" theme: ``ep-`` class names), whose listings have no page
numbers at all: older posts come in through a "Xem thêm" (load more) button.

Platform
--------
ASP.NET Core MVC, Razor views, Bootstrap 5, the vendor's ``site.js``. One ``_Layout.cshtml``:

- header: logo, "Sở Giáo dục và Đào tạo tỉnh Bình Định", today's date "Thứ Sáu, 04/12/2026"
  (the server clock, never a publication date), a search box (``<form action="/tim-kiem">``);
- mega menu (``nav.ep-megamenu``): Trang chủ, Giới thiệu, Tin tức - Sự kiện (columns of the four
  news categories), Văn bản, Thủ tục hành chính, Lịch công tác, Hỏi đáp;
- left column "Tin nổi bật": a Bootstrap carousel of the newest posts, linked through the old
  route ``/tin-tuc/chi-tiet?id=<id>``;
- right column: "Văn bản mới" (links to ``/van-ban/<so-ky-hieu>``), "Liên kết" (external
  sites and a ``<select>`` of schools), the visitor counter ("Đang online / Hôm nay / Tổng truy cập");
- footer: address, phone, e-mail, "Chịu trách nhiệm chính: …", licence line.

URL scheme
----------
- ``/`` home: carousel and the newest posts of each category (only posts of November and December).
- ``/tin-tuc``: all news, newest 6, "Xem thêm" loading ``/tin-tuc/tai-them?skip=6&take=6``.
- ``/chuyen-muc/<slug>``: a category's newest 6 cards and, when there are more, a button
  ``<button class="btn ep-loadmore" data-url="/chuyen-muc/<slug>/tai-them?skip=6&take=6">Xem thêm
  </button>``; ``site.js`` fetches the URL, appends the answer and asks next for ``skip+take``.
- ``/chuyen-muc/<slug>/tai-them?skip=N&take=M`` (and ``/tin-tuc/tai-them``): a bare HTML fragment
  of cards (no ``<html>``, no layout); past the end an empty fragment (200, no bytes of cards).
- ``/tin-tuc/<slug>-<id>``: an article. Listing cards link to it with ``?returnUrl=%2Ftin-tuc``
  (from ``/tin-tuc`` and its fragments) or ``?returnUrl=%2Fchuyen-muc%2F<slug>`` (category pages),
  the carousel through ``/tin-tuc/chi-tiet?id=<id>``: all three serve the same article; the first
  two print ``<link rel="canonical">`` to the clean path, the ``chi-tiet`` action prints none.
- non-articles in the same detail look (h1, a date line, text): ``/thu-tuc-hanh-chinh/<slug>-<id>``,
  ``/lich-cong-tac?tuan=NN&nam=2026`` (weeks 45-50 exist; "Tuần trước / Tuần sau"),
  ``/van-ban/<so-ky-hieu>``, ``/hoi-dap/<slug>-<id>``, ``/gioi-thieu``; their listings
  ``/van-ban``, ``/thu-tuc-hanh-chinh``, ``/hoi-dap``.
- ``/robots.txt`` names ``/sitemap.xml``; the sitemap lists the category pages and only the
  articles published after 2026-11-01.
- uploads: ``/uploads/tin-tuc/2026/<mm>/<file>.jpg``, thumbnails ``.../thumb_<file>.jpg``,
  documents ``/uploads/van-ban/<file>.pdf``, videos ``/uploads/video/<file>.mp4`` (404).

How each gold article is reached
--------------------------------
- The 12 posts of November and December: home page sections, the category pages (first 6 cards),
  ``/tin-tuc`` and its first fragment, "Tin liên quan", the sitemap.
- The two October posts of "Tin giáo dục" (Hội khỏe Phù Đổng, Cuộc thi KHKT) are the 7th and 8th
  of their category and the 13th and 14th of ``/tin-tuc``: they are reached ONLY through the
  fragments ``/chuyen-muc/tin-giao-duc/tai-them?skip=6&take=6`` and
  ``/tin-tuc/tai-them?skip=12&take=6``. No href anywhere names them; the sitemap leaves them out;
  "Tin liên quan" only shows newer posts.

Traps
-----
- Discovery through a ``data-url`` on a ``<button>`` (no href), and a second page of the fragment
  (``skip=12``) that no page names: the client computes it.
- Three URL forms of one article (``?returnUrl=…``, ``/tin-tuc/chi-tiet?id=``): gold ``alt_paths``.
- Pages that look like articles and are not: administrative procedures (Mã thủ tục, Lĩnh vực,
  Cơ quan thực hiện, Trình tự thực hiện …), weekly work calendars (a table by day), legal
  documents (Số hiệu, Ngày ban hành, Trích yếu, file), a Q&A entry, the "Giới thiệu" page.
- Two date forms: "Ngày đăng: 18/11/2026 08:30" and "Thứ Tư, 18/11/2026, 08:30 (GMT+7)"; the
  header's today and the card dates are not the article's.
- "Bản tin video" posts: a YouTube ``<iframe>`` or a ``<video>`` and one sentence; the poster
  frame of the ``<video>`` is not an article image.
- "Tác giả: BBT" credits nobody; "ThS." is dropped; "Nguyễn Văn A - Phòng GDTrH" at the end gives
  the name without the department; "Tin, ảnh: X" gives X both roles.

Gold decisions
--------------
- title: ``h1.ep-detail__title``; published_at: the detail's date line with its time.
- summary: the ``div.ep-detail__sapo`` (outside the content, first paragraph of body).
- body: ``div.ep-detail__content``: paragraphs, ``h3`` sub-headings, list items, table rows
  (cells joined by " | ", header row included), blockquotes; not the byline/source lines,
  figcaptions, the centred caption line, the tools, "Tin liên quan".
- images: the photos of the content (figures and inline images), caption = the figcaption or
  the centred italic line under the photo; a figure without figcaption has None.
- category: the breadcrumb's last link (the category).
"""

from __future__ import annotations

import datetime as _dt
import re
from urllib.parse import quote

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
    static_file,
    text,
)

NAME = "aspnetcore_loadmore_sgddt"
PLATFORM = "ASP.NET Core MVC (Razor, Bootstrap 5), vendor EduPortal theme, load-more fragments"
START_PATH = "/"

TODAY_LINE = "Thứ Sáu, 04/12/2026"
SITE_NAME = "Sở Giáo dục và Đào tạo tỉnh Bình Định"
SHORT_NAME = "Sở GD&ĐT Bình Định"
TAKE = 6

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "thong-bao": "Thông báo",
    "tuyen-dung": "Tuyển dụng",
    "ban-tin-video": "Bản tin video",
}

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def up(month: int, name: str) -> str:
    return f"/uploads/tin-tuc/2026/{month:02d}/{name}"


# --- the posts ---------------------------------------------------------------------------------
#
# opts: when ("dd/mm/YYYY HH:MM"), datefmt ("ngaydang" | "weekday"), author (the "Tác giả" field
# as printed, or None), thumb, video ("youtube:<id>" | "mp4:<file>"), hot (in the carousel).
# P styles: "" paragraph, "h3" sub-heading, "li" bullet, "oli" numbered, "th"/"td" table rows,
# "quote". Img styles: "fig" (figure + figcaption), "bare" (figure without caption), "center"
# (img in a paragraph, the next centred italic line is the caption).

STORIES: list[Story] = [
    Story(
        2871,
        "so-gd-dt-so-ket-cong-tac-chuyen-doi-so-trong-nganh-giao-duc",
        "Sở GD&ĐT sơ kết công tác chuyển đổi số trong ngành giáo dục năm 2026",
        "tin-giao-duc",
        "2026-12-02T09:15:00+07:00",
        [
            P(
                "Hội nghị đánh giá, kết quả triển khai học bạ số ở cấp tiểu học đạt 100%, cấp THCS đạt "
                "96,4%; 100% trường học sử dụng phần mềm quản lý nhà trường và thanh toán không dùng "
                "tiền mặt."
            ),
            Img(up(12, "so-ket-cds-1.jpg"), "Quang cảnh hội nghị sơ kết", "Quang cảnh hội nghị sơ kết", "fig"),
            P(
                "Theo báo cáo, năm 2026 toàn ngành đã cấp hơn 312.000 tài khoản định danh cho học sinh, "
                "kết nối dữ liệu với Cơ sở dữ liệu ngành của Bộ GD&ĐT; 1.046 trường thực hiện tuyển sinh "
                "đầu cấp trực tuyến, giảm đáng kể thời gian đi lại của phụ huynh."
            ),
            P("Những khó khăn còn tồn tại", "h3"),
            P("Hạ tầng mạng ở các xã miền núi An Lão, Vĩnh Thạnh, Vân Canh chưa ổn định.", "li"),
            P("Một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng học bạ số.", "li"),
            P("Kinh phí mua sắm thiết bị dạy học số còn hạn chế.", "li"),
            P(
                "Phát biểu chỉ đạo, Giám đốc Sở đề nghị các đơn vị tiếp tục rà soát dữ liệu, bảo đảm "
                "“đúng, đủ, sạch, sống”, hoàn thành chữ ký số cho 100% giáo viên trước ngày 31/12/2026."
            ),
            Img(
                up(12, "so-ket-cds-2.jpg"),
                "Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "fig",
            ),
            P(
                "Dịp này, Sở GD&ĐT tặng Giấy khen cho 14 tập thể và 27 cá nhân có thành tích xuất sắc "
                "trong công tác chuyển đổi số năm 2026."
            ),
        ],
        authors=["Trần Quốc Huy"],
        summary=(
            "Sáng 02/12, Sở GD&ĐT Bình Định tổ chức hội nghị sơ kết công tác chuyển đổi số năm 2026 "
            "và triển khai nhiệm vụ trọng tâm năm 2027 với sự tham dự của lãnh đạo các phòng chuyên "
            "môn và hiệu trưởng các trường THPT."
        ),
        sapo_outside=True,
        opts={"when": "02/12/2026 09:15", "datefmt": "ngaydang", "author": "Trần Quốc Huy", "hot": True},
    ),
    Story(
        2868,
        "thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027",
        "thong-bao",
        "2026-12-01T14:00:00+07:00",
        [
            P(
                "Sở GD&ĐT thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026-2027 "
                "đến các trường THPT, trung tâm GDNN-GDTX trong tỉnh như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian", "th"),
            P("16/12/2026 | Chiều | Họp Ban chỉ đạo, phổ biến quy chế | 14h00", "td"),
            P("17/12/2026 | Sáng | Thi các môn Toán, Ngữ văn, Tiếng Anh | 180 phút", "td"),
            P("18/12/2026 | Sáng | Thi các môn Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tin học | 180 phút", "td"),
            P("Địa điểm thi: Trường THPT chuyên Lê Quý Đôn, số 02 Nguyễn Huệ, TP. Quy Nhơn."),
            P("Yêu cầu đối với các đơn vị", "h3"),
            P("Hoàn thành đăng ký dự thi trên phần mềm trước 17h00 ngày 08/12/2026.", "oli"),
            P("Cử cán bộ dẫn đoàn, chịu trách nhiệm quản lý học sinh trong thời gian dự thi.", "oli"),
            P("Nhắc nhở thí sinh mang theo căn cước hoặc thẻ học sinh có dán ảnh.", "oli"),
        ],
        opts={"when": "01/12/2026 14:00", "datefmt": "weekday", "author": "BBT", "hot": True},
    ),
    Story(
        2866,
        "ban-tin-giao-duc-binh-dinh-so-11-2026",
        "Bản tin Giáo dục Bình Định số 11/2026",
        "ban-tin-video",
        "2026-11-30T16:45:00+07:00",
        [
            P(
                "Bản tin tháng 11 điểm lại các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11 và kết "
                "quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT."
            ),
        ],
        opts={"when": "30/11/2026 16:45", "datefmt": "ngaydang", "author": None, "video": "youtube:q7Xk2bD9nEo"},
    ),
    Story(
        2859,
        "truong-thpt-chuyen-le-quy-don-dat-12-giai-olympic-tieng-anh",
        "Trường THPT chuyên Lê Quý Đôn đạt 12 giải tại Kỳ thi Olympic tiếng Anh cấp tỉnh",
        "tin-giao-duc",
        "2026-11-28T10:20:00+07:00",
        [
            P(
                "Kỳ thi năm nay có 436 học sinh của 48 trường THPT tham dự, thi hai vòng: vòng viết "
                "và vòng nói trực tiếp với giám khảo là giảng viên Trường Đại học Quy Nhơn."
            ),
            Img(
                up(11, "olympic-tieng-anh.jpg"),
                "Thí sinh thi vòng nói tại Trường Đại học Quy Nhơn",
                "Thí sinh thi vòng nói tại Trường Đại học Quy Nhơn",
                "center",
            ),
            P(
                "Trường THPT chuyên Lê Quý Đôn dẫn đầu với 12 giải, trong đó có 3 giải Nhất; Trường "
                "THPT Trưng Vương và Trường THPT số 1 Phù Cát cùng đạt 7 giải."
            ),
            P(
                "“Các em không chỉ thi để lấy giải, mà để tự tin giao tiếp bằng tiếng Anh trong học "
                "tập và cuộc sống”, đại diện Ban tổ chức chia sẻ.",
                "quote",
            ),
            P(
                "Ban tổ chức trao 3 giải Nhất, 9 giải Nhì, 18 giải Ba và 31 giải Khuyến khích; các học "
                "sinh đạt giải Nhất được chọn vào đội tuyển dự thi học sinh giỏi quốc gia."
            ),
            Raw('<p style="text-align:right"><strong>Nguyễn Văn An - Phòng GDTrH</strong></p>'),
        ],
        authors=["Nguyễn Văn An"],
        summary=(
            "Với 3 giải Nhất, 4 giải Nhì và 5 giải Ba, Trường THPT chuyên Lê Quý Đôn dẫn đầu toàn "
            "tỉnh tại Kỳ thi Olympic tiếng Anh dành cho học sinh THPT năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"when": "28/11/2026 10:20", "datefmt": "weekday", "author": None, "hot": True},
    ),
    Story(
        2855,
        "thong-bao-tuyen-dung-vien-chuc-giao-vien-nam-hoc-2026-2027",
        "THÔNG BÁO tuyển dụng viên chức giáo viên các trường THPT năm học 2026-2027",
        "tuyen-dung",
        "2026-11-26T08:00:00+07:00",
        [
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP của Chính phủ và Kế hoạch số 412/KH-SGDĐT ngày "
                "20/11/2026, Sở GD&ĐT tỉnh Bình Định thông báo tuyển dụng viên chức giáo viên năm học "
                "2026-2027 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h3"),
            P("STT | Vị trí việc làm | Số lượng | Trình độ", "th"),
            P("1 | Giáo viên Toán | 12 | Đại học sư phạm Toán", "td"),
            P("2 | Giáo viên Ngữ văn | 9 | Đại học sư phạm Ngữ văn", "td"),
            P("3 | Giáo viên Tiếng Anh | 15 | Đại học sư phạm Tiếng Anh", "td"),
            P("4 | Giáo viên Tin học | 8 | Đại học sư phạm Tin học hoặc CNTT có chứng chỉ NVSP", "td"),
            P("5 | Giáo viên Giáo dục quốc phòng và an ninh | 4 | Đại học sư phạm GDQP-AN", "td"),
            P("2. Hồ sơ đăng ký dự tuyển", "h3"),
            P("Phiếu đăng ký dự tuyển theo mẫu ban hành kèm Nghị định số 115/2020/NĐ-CP.", "li"),
            P("Bản sao văn bằng, chứng chỉ và kết quả học tập theo yêu cầu của vị trí dự tuyển.", "li"),
            P("Giấy chứng nhận thuộc đối tượng ưu tiên (nếu có).", "li"),
            P(
                "Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến 17h00 ngày 30/12/2026 (trong giờ hành "
                "chính) tại Phòng Tổ chức cán bộ, Sở GD&ĐT, số 08 Trần Phú, TP. Quy Nhơn."
            ),
        ],
        opts={"when": "26/11/2026 08:00", "datefmt": "ngaydang", "author": None, "hot": True},
    ),
    Story(
        2851,
        "tap-huan-cong-tac-tu-van-tam-ly-hoc-duong-nam-2026",
        "Tập huấn công tác tư vấn tâm lý học đường cho giáo viên THCS, THPT",
        "tin-giao-duc",
        "2026-11-24T15:30:00+07:00",
        [
            P(
                "Trong hai ngày 23 và 24/11, tại Hội trường Trường THPT Quốc Học Quy Nhơn, Sở GD&ĐT "
                "tổ chức tập huấn công tác tư vấn tâm lý học đường cho hơn 200 giáo viên phụ trách "
                "công tác tư vấn của các trường THCS, THPT trong tỉnh."
            ),
            Img(up(11, "tap-huan-tam-ly.jpg"), None, None, "bare"),
            P(
                "Các báo cáo viên của Trường Đại học Sư phạm - Đại học Huế hướng dẫn kỹ năng lắng nghe, "
                "nhận diện sớm các dấu hiệu rối loạn lo âu, trầm cảm ở học sinh và cách phối hợp với "
                "gia đình khi học sinh gặp khủng hoảng."
            ),
            P(
                "Học viên được thực hành xử lý tình huống theo nhóm: học sinh bị bắt nạt trên mạng xã "
                "hội, học sinh áp lực thi cử, học sinh có ý định bỏ học."
            ),
            P(
                "Sau tập huấn, mỗi trường xây dựng kế hoạch tư vấn tâm lý năm học 2026-2027 và gửi về "
                "Sở (qua Phòng Chính trị tư tưởng) trước ngày 15/12/2026."
            ),
            Raw('<p style="text-align:right"><em>Tin, ảnh: Lê Thị Mỹ Duyên</em></p>'),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        photographers=["Lê Thị Mỹ Duyên"],
        opts={"when": "24/11/2026 15:30", "datefmt": "ngaydang", "author": None},
    ),
    Story(
        2846,
        "tiep-nhan-ho-so-xet-tang-danh-hieu-nha-giao-nhan-dan-nha-giao-uu-tu-lan-thu-17",
        "Tiếp nhận hồ sơ xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17",
        "thong-bao",
        "2026-11-20T07:45:00+07:00",
        [
            P(
                "Thực hiện Hướng dẫn số 5120/BGDĐT-TĐKT của Bộ GD&ĐT, Sở GD&ĐT đề nghị các đơn vị "
                "trực thuộc, Phòng GD&ĐT các huyện, thị xã, thành phố rà soát, lập hồ sơ đề nghị xét "
                "tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú lần thứ 17 năm 2027."
            ),
            P(
                "Hồ sơ gồm tờ trình, biên bản họp và kết quả bỏ phiếu của Hội đồng cấp cơ sở, báo cáo "
                "thành tích của cá nhân có xác nhận của thủ trưởng đơn vị."
            ),
            P(
                "Hồ sơ nộp trực tiếp tại Văn phòng Sở (bộ phận Thi đua - Khen thưởng) hoặc qua hệ thống "
                "quản lý văn bản điều hành trước ngày 25/12/2026; hồ sơ nộp muộn sẽ không được xem xét."
            ),
            P("Mọi vướng mắc liên hệ bà Huỳnh Thị Kim Oanh, chuyên viên Văn phòng Sở, điện thoại 0256 3822 158."),
        ],
        opts={"when": "20/11/2026 07:45", "datefmt": "weekday", "author": None},
    ),
    Story(
        2840,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-so-gd-dt-gap-mat-nha-giao-tieu-bieu",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam: Sở GD&ĐT gặp mặt 120 nhà giáo tiêu biểu",
        "tin-giao-duc",
        "2026-11-18T08:30:00+07:00",
        [
            P(
                "Dự buổi gặp mặt có đại diện lãnh đạo Tỉnh ủy, HĐND, UBND tỉnh cùng các nhà giáo lão "
                "thành, nhà giáo tiêu biểu của các cấp học trong toàn tỉnh."
            ),
            Img(
                up(11, "gap-mat-nha-giao-1.jpg"),
                "Các đại biểu dự buổi gặp mặt",
                "Các đại biểu dự buổi gặp mặt",
                "fig",
            ),
            P(
                "Năm học 2025-2026, toàn ngành có 42 học sinh đạt giải học sinh giỏi quốc gia, tỷ lệ "
                "tốt nghiệp THPT đạt 99,62%; 318 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            P(
                "Mỗi thầy cô là một tấm gương về đạo đức, tự học và sáng tạo; sự tận tụy của các thầy "
                "cô là nền tảng để giáo dục Bình Định tiếp tục phát triển.",
                "quote",
            ),
            Img(
                up(11, "gap-mat-nha-giao-2.jpg"),
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo",
                "Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng các nhà giáo",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 35 nhà giáo; Giám đốc Sở GD&ĐT tặng "
                "Giấy khen cho 85 nhà giáo có thành tích xuất sắc trong năm học 2025-2026."
            ),
            Img(up(11, "gap-mat-nha-giao-3.jpg"), None, None, "bare"),
            Raw('<p style="text-align:right"><em>Ảnh: Hoàng Vũ</em></p>'),
        ],
        authors=["Phạm Thị Ngọc Lan"],
        photographers=["Hoàng Vũ"],
        summary=(
            "Chiều 17/11, Sở GD&ĐT tổ chức gặp mặt 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        opts={"when": "18/11/2026 08:30", "datefmt": "ngaydang", "author": "ThS. Phạm Thị Ngọc Lan"},
    ),
    Story(
        2833,
        "video-hoc-sinh-quy-nhon-trai-nghiem-stem-voi-robot",
        "Video: Học sinh Quy Nhơn trải nghiệm STEM với robot",
        "ban-tin-video",
        "2026-11-14T19:00:00+07:00",
        [],
        summary=(
            "Hơn 500 học sinh tiểu học TP. Quy Nhơn lắp ráp, lập trình robot tại Ngày hội STEM do "
            "Phòng GD&ĐT thành phố tổ chức."
        ),
        sapo_outside=True,
        opts={"when": "14/11/2026 19:00", "datefmt": "weekday", "author": None, "video": "mp4:ngay-hoi-stem-quy-nhon.mp4"},
    ),
    Story(
        2829,
        "binh-dinh-trien-khai-day-hoc-2-buoi-ngay-o-cap-thcs",
        "Bình Định triển khai dạy học 2 buổi/ngày ở cấp THCS từ học kỳ II",
        "tin-giao-duc",
        "2026-11-12T09:00:00+07:00",
        [
            P(
                "Theo kế hoạch, từ học kỳ II năm học 2026-2027, 86 trường THCS đủ điều kiện về phòng "
                "học và đội ngũ sẽ tổ chức dạy học 2 buổi/ngày; các trường còn lại thực hiện theo lộ "
                "trình đến năm 2028."
            ),
            Img(
                up(11, "day-hoc-2-buoi.jpg"),
                "Một tiết học buổi chiều tại Trường THCS Ghềnh Ráng",
                "Một tiết học buổi chiều tại Trường THCS Ghềnh Ráng",
                "center",
            ),
            P(
                "Buổi thứ hai dành cho các hoạt động củng cố kiến thức, giáo dục kỹ năng sống, thể dục "
                "thể thao, nghệ thuật và câu lạc bộ theo sở thích; không dạy trước chương trình."
            ),
            P(
                "Ông Nguyễn Đình Phúc, Phó Giám đốc Sở GD&ĐT cho biết, ngành sẽ tham mưu UBND tỉnh "
                "bố trí kinh phí xây dựng thêm 214 phòng học và 96 phòng học bộ môn trong giai đoạn "
                "2026-2028."
            ),
            Raw('<p style="text-align:right"><strong>Theo Báo Bình Định</strong></p>'),
        ],
        authors=["Hoài Thu"],
        source="Báo Bình Định",
        summary=(
            "UBND tỉnh vừa phê duyệt kế hoạch tổ chức dạy học 2 buổi/ngày đối với cấp THCS, bắt "
            "đầu thực hiện từ học kỳ II năm học 2026-2027."
        ),
        sapo_outside=True,
        opts={"when": "12/11/2026 09:00", "datefmt": "weekday", "author": "Hoài Thu"},
    ),
    Story(
        2824,
        "truong-thpt-nguyen-thai-hoc-tuyen-nhan-vien-hop-dong-nam-2026",
        "Trường THPT Nguyễn Thái Học tuyển nhân viên hợp đồng năm 2026",
        "tuyen-dung",
        "2026-11-10T10:00:00+07:00",
        [
            P(
                "Trường THPT Nguyễn Thái Học (TP. Quy Nhơn) thông báo tuyển nhân viên làm việc theo chế "
                "độ hợp đồng lao động năm 2026, cụ thể như sau:"
            ),
            P("Vị trí | Số lượng | Yêu cầu", "th"),
            P("Nhân viên thư viện | 01 | Trung cấp thư viện trở lên", "td"),
            P("Nhân viên y tế trường học | 01 | Cao đẳng điều dưỡng trở lên", "td"),
            P("Nhân viên bảo vệ | 02 | Nam, sức khỏe tốt, dưới 50 tuổi", "td"),
            P(
                "Hồ sơ nộp tại Văn phòng nhà trường, số 21 Tô Hiến Thành, TP. Quy Nhơn, từ ngày "
                "11/11/2026 đến hết ngày 25/11/2026; điện thoại liên hệ: 0256 3822 476."
            ),
        ],
        opts={"when": "10/11/2026 10:00", "datefmt": "ngaydang", "author": None},
    ),
    Story(
        2818,
        "huong-dan-thuc-hien-giao-duc-stem-nam-hoc-2026-2027",
        "Hướng dẫn thực hiện giáo dục STEM trong trường trung học năm học 2026-2027",
        "tin-giao-duc",
        "2026-11-05T14:20:00+07:00",
        [
            P(
                "Bộ GD&ĐT vừa ban hành văn bản hướng dẫn triển khai giáo dục STEM trong trường trung "
                "học năm học 2026-2027, yêu cầu mỗi trường xây dựng kế hoạch giáo dục STEM phù hợp "
                "điều kiện thực tế."
            ),
            P("Các hình thức tổ chức", "h3"),
            P("Dạy học các môn học theo phương thức giáo dục STEM.", "oli"),
            P("Tổ chức hoạt động trải nghiệm STEM, ít nhất 4 chủ đề mỗi năm học.", "oli"),
            P("Tổ chức hoạt động nghiên cứu khoa học, kỹ thuật.", "oli"),
            P("Yêu cầu đánh giá", "h3"),
            P(
                "Việc đánh giá học sinh trong bài học STEM thực hiện theo quy định đánh giá môn học; "
                "khuyến khích đánh giá qua sản phẩm, hồ sơ học tập và thuyết trình của học sinh."
            ),
            P(
                "Sở GD&ĐT đề nghị các trường THPT và Phòng GD&ĐT nghiên cứu, triển khai thực hiện; báo "
                "cáo kết quả học kỳ I trước ngày 15/01/2027."
            ),
            Raw("<p><em>Nguồn: Bộ Giáo dục và Đào tạo</em></p>"),
        ],
        source="Bộ Giáo dục và Đào tạo",
        opts={"when": "05/11/2026 14:20", "datefmt": "ngaydang", "author": "BBT"},
    ),
    Story(
        2790,
        "khai-mac-hoi-khoe-phu-dong-tinh-binh-dinh-lan-thu-xii",
        "Khai mạc Hội khỏe Phù Đổng tỉnh Bình Định lần thứ XII năm 2026",
        "tin-giao-duc",
        "2026-10-28T08:15:00+07:00",
        [
            P(
                "Hội khỏe Phù Đổng lần thứ XII có hơn 2.300 vận động viên là học sinh của 11 đoàn "
                "huyện, thị xã, thành phố, thi đấu 14 môn: điền kinh, bơi lội, bóng đá, cầu lông, bóng "
                "bàn, cờ vua, võ cổ truyền, vovinam, karate, taekwondo, đá cầu, bóng chuyền, bóng rổ và "
                "kéo co."
            ),
            Img(
                up(10, "hkpd-khai-mac.jpg"),
                "Màn đồng diễn võ cổ truyền tại lễ khai mạc",
                "Màn đồng diễn võ cổ truyền tại lễ khai mạc",
                "fig",
            ),
            P(
                "Phát biểu khai mạc, Phó Chủ tịch UBND tỉnh nhấn mạnh Hội khỏe là dịp đánh giá kết quả "
                "giáo dục thể chất và phát hiện năng khiếu thể thao cho tỉnh nhà."
            ),
            P(
                "Các môn thi đấu diễn ra từ ngày 28/10 đến 08/11/2026 tại Nhà thi đấu tỉnh, Sân vận "
                "động Quy Nhơn và Trường THPT chuyên Lê Quý Đôn."
            ),
            Img(
                up(10, "hkpd-thi-dau.jpg"),
                "Vận động viên thi đấu môn bơi lội",
                "Vận động viên thi đấu môn bơi lội",
                "fig",
            ),
            Raw('<p style="text-align:right"><strong>Đặng Minh Tuấn - Văn phòng Sở</strong></p>'),
        ],
        authors=["Đặng Minh Tuấn"],
        summary=(
            "Tối 27/10, tại Quảng trường Nguyễn Tất Thành, Sở GD&ĐT phối hợp Sở Văn hóa, Thể thao "
            "khai mạc Hội khỏe Phù Đổng tỉnh Bình Định lần thứ XII năm 2026."
        ),
        sapo_outside=True,
        opts={"when": "28/10/2026 08:15", "datefmt": "weekday", "author": None},
    ),
    Story(
        2781,
        "tong-ket-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
        "Tổng kết Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
        "tin-giao-duc",
        "2026-10-20T10:40:00+07:00",
        [
            P(
                "Ngày 19/10, Sở GD&ĐT tổ chức tổng kết và trao giải Cuộc thi Khoa học kỹ thuật cấp tỉnh "
                "dành cho học sinh trung học năm học 2026-2027 với 112 dự án của 64 trường tham gia."
            ),
            P("Kết quả các giải cao nhất:", ""),
            P("Giải | Dự án | Đơn vị", "th"),
            P("Nhất | Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm | THPT chuyên Lê Quý Đôn", "td"),
            P("Nhất | Vật liệu hấp phụ kim loại nặng từ vỏ dừa | THPT chuyên Chu Văn An", "td"),
            P("Nhì | Ứng dụng hỗ trợ người khiếm thị nhận diện tiền | THPT Trưng Vương", "td"),
            P(
                "Ban tổ chức chọn 6 dự án tiêu biểu dự Cuộc thi Khoa học kỹ thuật cấp quốc gia khu vực "
                "miền Trung - Tây Nguyên dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        authors=["Ngô Thị Bích Vân"],
        opts={"when": "20/10/2026 10:40", "datefmt": "ngaydang", "author": "Ngô Thị Bích Vân"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)
CUTOFF = "2026-11-01"


def art_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-{s.id}"


def gold_for(s: Story) -> dict:
    alts = [
        f"{art_path(s)}?returnUrl=%2Ftin-tuc",
        f"{art_path(s)}?returnUrl=%2Fchuyen-muc%2F{s.cat}",
        f"/tin-tuc/chi-tiet?id={s.id}",
    ]
    return gold_record(s, art_path(s), CATEGORIES[s.cat], alt_paths=alts)


GOLD = [gold_for(s) for s in NEWEST]

# --- the pages that share the detail template but are not articles ----------------------------

PROCEDURES = {
    1203: (
        "cap-ban-sao-van-bang-chung-chi-tu-so-goc",
        "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
        "1.005092",
        "Văn bằng, chứng chỉ",
        [
            "Bước 1: Người yêu cầu nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua Cổng "
            "dịch vụ công quốc gia.",
            "Bước 2: Sở GD&ĐT kiểm tra sổ gốc, cấp bản sao trong ngày làm việc.",
            "Bước 3: Trả kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích.",
        ],
    ),
    1207: (
        "chuyen-truong-doi-voi-hoc-sinh-trung-hoc-pho-thong",
        "Chuyển trường đối với học sinh trung học phổ thông",
        "1.005096",
        "Giáo dục trung học",
        [
            "Bước 1: Cha mẹ học sinh nộp đơn xin chuyển trường có ý kiến đồng ý của hiệu trưởng nơi đi.",
            "Bước 2: Hiệu trưởng trường nơi đến tiếp nhận và xem xét hồ sơ.",
            "Bước 3: Trả kết quả trong thời hạn 03 ngày làm việc.",
        ],
    ),
}

DOCUMENTS = {
    "2145-sgddt-gdtrh": (
        "2145/SGDĐT-GDTrH",
        "Công văn",
        "27/11/2026",
        "V/v hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "Phó Giám đốc Nguyễn Đình Phúc",
    ),
    "412-kh-sgddt": (
        "412/KH-SGDĐT",
        "Kế hoạch",
        "20/11/2026",
        "Kế hoạch tuyển dụng viên chức giáo viên các trường THPT năm học 2026-2027",
        "Giám đốc Lê Thanh Sơn",
    ),
    "38-2026-qd-ubnd": (
        "38/2026/QĐ-UBND",
        "Quyết định",
        "06/11/2026",
        "Ban hành quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2026-2027",
        "Chủ tịch UBND tỉnh",
    ),
}

QA = {
    "441": (
        "hoc-sinh-tam-dung-hoc-co-duoc-bao-luu-ket-qua-khong",
        "Học sinh tạm dừng học có được bảo lưu kết quả để tiếp tục học lớp 11 không?",
        "Trần Văn Lộc (phường Nhơn Bình, Quy Nhơn)",
        "16/11/2026",
        "Con tôi học lớp 10, do bệnh phải nghỉ học dài ngày ở học kỳ II. Xin hỏi năm sau cháu có được "
        "bảo lưu kết quả học kỳ I để tiếp tục học không?",
        [
            "Theo Thông tư số 22/2021/TT-BGDĐT, học sinh nghỉ học quá 45 buổi trong năm học thì phải "
            "học lại; trường hợp nghỉ vì ốm đau có xác nhận của cơ sở y tế, nhà trường xem xét cho "
            "học sinh được kiểm tra bù.",
            "Ông/bà liên hệ trực tiếp hiệu trưởng nhà trường để được hướng dẫn hồ sơ cụ thể.",
        ],
    ),
}

WEEKS = range(45, 51)

NON_ARTICLES = [
    "/gioi-thieu",
    "/thu-tuc-hanh-chinh/cap-ban-sao-van-bang-chung-chi-tu-so-goc-1203",
    "/lich-cong-tac?tuan=49&nam=2026",
    "/van-ban/2145-sgddt-gdtrh",
    "/hoi-dap/hoc-sinh-tam-dung-hoc-co-duoc-bao-luu-ket-qua-khong-441",
    "/chuyen-muc/thong-bao",
    "/tin-tuc",
]


# --- printing ---------------------------------------------------------------------------------


def _when(s: Story) -> _dt.datetime:
    return _dt.datetime.strptime(s.opts["when"], "%d/%m/%Y %H:%M")


def date_line(s: Story) -> str:
    w = _when(s)
    if s.opts["datefmt"] == "ngaydang":
        return f"Ngày đăng: {w:%d/%m/%Y %H:%M}"
    return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y, %H:%M} (GMT+7)"


def card_date(s: Story) -> str:
    return f"{_when(s):%d/%m/%Y}"


def thumb(s: Story) -> str:
    imgs = s.images
    month = _when(s).month
    if imgs:
        name = imgs[0].src.rsplit("/", 1)[1]
        return up(month, f"thumb_{name}")
    return up(month, f"thumb_{s.slug[:24]}.jpg")


def excerpt(s: Story) -> str:
    first = s.summary or next((b.text for b in s.blocks if isinstance(b, P) and not b.style), s.title)
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "…"


def card(s: Story, href: str) -> str:
    icon = '<span class="ep-card__play"><i class="bi bi-play-circle"></i></span>' if s.opts.get("video") else ""
    return f"""<div class="col-md-6 col-lg-4 ep-card-col">
  <article class="card ep-card h-100">
    <a class="ep-card__thumb ratio ratio-16x9" href="{esc(href)}"><img class="card-img-top" src="{thumb(s)}" alt="{esc(s.title)}" loading="lazy">{icon}</a>
    <div class="card-body">
      <h3 class="ep-card__title"><a href="{esc(href)}">{esc(s.title)}</a></h3>
      <div class="ep-card__date"><i class="bi bi-calendar3"></i> {card_date(s)}</div>
      <p class="ep-card__desc">{esc(excerpt(s))}</p>
    </div>
  </article>
</div>"""


def _list_block(items: list[P], ordered: bool) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{text(p.text)}</li>" for p in items)
    return f"<{tag}>{inner}</{tag}>"


def _table_block(rows: list[P]) -> str:
    out = ['<div class="table-responsive"><table class="table table-bordered">']
    for p in rows:
        cells = p.text.split(" | ")
        if p.style == "th":
            out.append("<thead><tr>" + "".join(f"<th>{text(c)}</th>" for c in cells) + "</tr></thead><tbody>")
        else:
            out.append("<tr>" + "".join(f"<td>{text(c)}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def _image(img: Img, alt: str) -> str:
    if img.style == "fig":
        return (
            f'<figure class="figure ep-figure"><img class="figure-img img-fluid" src="{img.src}" '
            f'alt="{esc(img.caption or alt)}"><figcaption class="figure-caption text-center">'
            f"{text(img.printed or '')}</figcaption></figure>"
        )
    if img.style == "bare":
        return f'<figure class="figure ep-figure"><img class="figure-img img-fluid" src="{img.src}" alt=""></figure>'
    # "center": the editor's image paragraph and an italic centred line under it
    return (
        f'<p style="text-align:center"><img src="{img.src}" alt="{esc(alt)}" '
        'style="max-width:100%;height:auto" width="800" height="533"></p>'
        f'<p style="text-align:center"><em>{text(img.printed or "")}</em></p>'
    )


def render_content(s: Story) -> str:
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_image(b, s.title))
        elif b.style in ("li", "oli"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            out.append(_list_block(blocks[i:j], b.style == "oli"))
            i = j
            continue
        elif b.style in ("th", "td"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in ("th", "td"):
                j += 1
            out.append(_table_block(blocks[i:j]))
            i = j
            continue
        elif b.style == "h3":
            out.append(f"<h3>{text(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f'<blockquote class="ep-quote"><p>{text(b.text)}</p></blockquote>')
        else:
            out.append(f'<p style="text-align:justify">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


def render_video(s: Story) -> str:
    kind, ref = s.opts["video"].split(":", 1)
    if kind == "youtube":
        return (
            '<div class="ratio ratio-16x9 ep-video"><iframe src="https://www.youtube.com/embed/'
            f'{ref}" title="{esc(s.title)}" allowfullscreen '
            'allow="accelerometer; autoplay; clipboard-write; encrypted-media; picture-in-picture">'
            "</iframe></div>"
        )
    poster = f"/uploads/video/poster_{ref.rsplit('.', 1)[0]}.jpg"
    return (
        f'<div class="ep-video"><video class="w-100" controls preload="metadata" poster="{poster}">'
        f'<source src="/uploads/video/{ref}" type="video/mp4">Trình duyệt không hỗ trợ video.'
        "</video></div>"
    )


def hot_stories() -> list[Story]:
    return [s for s in NEWEST if s.opts.get("hot")][:5]


def layout(request: Request, title: str, main: str, head: str = "", active: str = "") -> str:
    menu_cats = "".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{k}">{esc(v)}</a></li>' for k, v in CATEGORIES.items()
    )
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 0 else ""}"><a href="/tin-tuc/chi-tiet?id={s.id}">'
        f'<img class="d-block w-100" src="{thumb(s)}" alt=""><span class="ep-slider__title">{esc(s.title)}</span>'
        "</a></div>"
        for n, s in enumerate(hot_stories())
    )
    docs = "".join(
        f'<li><a href="/van-ban/{k}"><strong>{esc(v[0])}</strong> {esc(v[3])}</a>'
        f'<span class="ep-doc__date">{v[2]}</span></li>'
        for k, v in DOCUMENTS.items()
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.css">
<link rel="stylesheet" href="/css/eduportal.min.css?v=3.2.1.0">
<link rel="icon" href="/favicon.ico">
{head}
</head>
<body class="ep-body">
<header class="ep-header">
  <div class="ep-topbar"><div class="container d-flex justify-content-between">
    <span class="ep-today"><i class="bi bi-calendar-event"></i> {TODAY_LINE}</span>
    <span class="ep-topbar__links"><a href="/lien-he">Liên hệ</a> |
    <a href="https://mail.binhdinh.edu.vn" target="_blank">Thư điện tử</a></span>
  </div></div>
  <div class="container ep-brand d-flex align-items-center">
    <a href="/"><img src="/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT" class="ep-logo"></a>
    <div class="ep-brand__name"><span>UBND TỈNH BÌNH ĐỊNH</span><strong>{esc(SITE_NAME.upper())}</strong></div>
    <form class="ep-search ms-auto d-flex" action="/tim-kiem" method="get" role="search">
      <input class="form-control" type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm">
      <button class="btn btn-warning" type="submit"><i class="bi bi-search"></i></button>
    </form>
  </div>
  <nav class="navbar navbar-expand-lg ep-megamenu"><div class="container">
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#epMenu"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="epMenu"><ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link{" active" if active == "home" else ""}" href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>
      <li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
      <li class="nav-item dropdown ep-mega"><a class="nav-link dropdown-toggle" href="/tin-tuc" data-bs-toggle="dropdown">Tin tức - Sự kiện</a>
        <div class="dropdown-menu ep-mega__panel"><div class="row"><div class="col-md-4"><h6>Chuyên mục</h6><ul class="list-unstyled">{menu_cats}</ul></div>
        <div class="col-md-8"><h6>Tin mới</h6><ul class="list-unstyled">{"".join(f'<li><a href="{art_path(s)}">{esc(s.title)}</a></li>' for s in NEWEST[:3])}</ul></div></div></div></li>
      <li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
      <li class="nav-item"><a class="nav-link" href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>
      <li class="nav-item"><a class="nav-link" href="/lich-cong-tac?tuan=49&amp;nam=2026">Lịch công tác</a></li>
      <li class="nav-item"><a class="nav-link" href="/hoi-dap">Hỏi đáp</a></li>
    </ul></div>
  </div></nav>
</header>
<div class="container ep-main"><div class="row">
  <aside class="col-lg-3 ep-left">
    <section class="ep-widget ep-slider"><h2 class="ep-widget__title">Tin nổi bật</h2>
      <div id="epHot" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
      <button class="carousel-control-prev" type="button" data-bs-target="#epHot" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
      <button class="carousel-control-next" type="button" data-bs-target="#epHot" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>
    </section>
  </aside>
  <main class="col-lg-6 ep-content">
{main}
  </main>
  <aside class="col-lg-3 ep-right">
    <section class="ep-widget ep-docs"><h2 class="ep-widget__title">Văn bản mới</h2><ul class="list-unstyled">{docs}</ul>
      <a class="ep-more" href="/van-ban">Xem tất cả</a></section>
    <section class="ep-widget ep-links"><h2 class="ep-widget__title">Liên kết</h2>
      <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banner-bogddt.png" alt="Bộ Giáo dục và Đào tạo"></a>
      <a href="https://binhdinh.gov.vn" target="_blank" rel="noopener"><img src="/images/banner-ubnd.png" alt="Cổng TTĐT tỉnh Bình Định"></a>
      <a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/images/banner-dvc.png" alt="Cổng dịch vụ công quốc gia"></a>
      <select class="form-select" onchange="if(this.value) window.open(this.value)"><option value="">-- Website các trường --</option>
        <option value="https://thpt-lequydon.binhdinh.edu.vn">THPT chuyên Lê Quý Đôn</option>
        <option value="https://thpt-quochoc.binhdinh.edu.vn">THPT Quốc Học Quy Nhơn</option></select></section>
    <section class="ep-widget ep-counter"><h2 class="ep-widget__title">Thống kê truy cập</h2>
      <ul class="list-unstyled"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.254</b></li><li>Tổng truy cập: <b>3.482.917</b></li></ul></section>
  </aside>
</div></div>
<footer class="ep-footer"><div class="container">
  <p class="ep-footer__name"><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE_NAME.upper())}</strong></p>
  <p>Địa chỉ: 08 Trần Phú, phường Lê Lợi, TP. Quy Nhơn, tỉnh Bình Định</p>
  <p>Điện thoại: (0256) 3822 329 - Fax: (0256) 3821 426 - Email: sgddt@binhdinh.edu.vn</p>
  <p>Chịu trách nhiệm chính: ông Lê Thanh Sơn - Giám đốc Sở Giáo dục và Đào tạo</p>
  <p class="ep-footer__licence">Giấy phép số 18/GP-TTĐT ngày 12/03/2021 của Sở Thông tin và Truyền thông tỉnh Bình Định.
  Ghi rõ nguồn "{esc(SHORT_NAME)}" khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/site.min.js?v=3.2.1.0"></script>
</body>
</html>"""


def breadcrumb(*items: tuple[str, str | None]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/"><i class="bi bi-house"></i> Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb" class="ep-breadcrumb"><ol class="breadcrumb">{"".join(lis)}</ol></nav>'


def not_found(request: Request) -> Response:
    main = (
        '<div class="ep-error text-center"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ.</p>'
        '<a class="btn btn-primary" href="/">Về trang chủ</a></div>'
    )
    return html(layout(request, "Không tìm thấy trang", main), status=404)


# --- listings and the load-more fragment ------------------------------------------------------


def listing_stories(key: str | None) -> list[Story]:
    return [s for s in NEWEST if key is None or s.cat == key]


def card_href(s: Story, return_url: str) -> str:
    return f"{art_path(s)}?returnUrl={quote(return_url, safe='')}"


LOADMORE_JS = """<script>
document.addEventListener('click', function (e) {
  var btn = e.target.closest('.ep-loadmore');
  if (!btn) return;
  var url = btn.getAttribute('data-url');
  fetch(url, { headers: { 'X-Requested-With': 'XMLHttpRequest' } })
    .then(function (r) { return r.text(); })
    .then(function (html) {
      if (!html.trim()) { btn.remove(); return; }
      document.getElementById(btn.getAttribute('data-target')).insertAdjacentHTML('beforeend', html);
      var skip = parseInt(btn.dataset.skip, 10) + parseInt(btn.dataset.take, 10);
      btn.dataset.skip = skip;
      btn.setAttribute('data-url', url.replace(/skip=\\d+/, 'skip=' + skip));
    });
});
</script>"""


def listing_page(request: Request, key: str | None) -> Response:
    stories = listing_stories(key)
    if key is None:
        name, base, ret = "Tin tức - Sự kiện", "/tin-tuc", "/tin-tuc"
        crumbs = breadcrumb((name, None))
    else:
        name, base, ret = CATEGORIES[key], f"/chuyen-muc/{key}", f"/chuyen-muc/{key}"
        crumbs = breadcrumb(("Tin tức - Sự kiện", "/tin-tuc"), (name, None))
    cards = "\n".join(card(s, card_href(s, ret)) for s in stories[:TAKE])
    more = ""
    if len(stories) > TAKE:
        more = (
            '<div class="text-center ep-loadmore-wrap"><button type="button" class="btn btn-outline-primary ep-loadmore" '
            f'data-url="{base}/tai-them?skip={TAKE}&amp;take={TAKE}" data-skip="{TAKE}" data-take="{TAKE}" '
            'data-target="epList">Xem thêm <i class="bi bi-chevron-down"></i></button></div>'
        )
    main = f"""{crumbs}
<h1 class="ep-section__title">{esc(name)}</h1>
<div class="row g-3 ep-list" id="epList">
{cards}
</div>
{more}
{LOADMORE_JS}"""
    head = f'<link rel="canonical" href="{base_url(request)}{base}">'
    return html(layout(request, f"{name} - {SHORT_NAME}", main, head))


def fragment(request: Request, key: str | None) -> Response:
    params = request.params
    try:
        skip = int(params.get("skip", "0"))
        take = int(params.get("take", str(TAKE)))
    except ValueError:
        return Response(400, "Bad Request", {"Content-Type": "text/plain"})
    if skip < 0 or not 0 < take <= 24:
        return Response(400, "Bad Request", {"Content-Type": "text/plain"})
    ret = "/tin-tuc" if key is None else f"/chuyen-muc/{key}"
    chunk = listing_stories(key)[skip : skip + take]
    body = "\n".join(card(s, card_href(s, ret)) for s in chunk)
    return html(body)


def home(request: Request) -> Response:
    sections = []
    for key, name in CATEGORIES.items():
        fresh = [s for s in listing_stories(key) if (s.published_at or "") >= CUTOFF][:4]
        cards = "\n".join(card(s, art_path(s)) for s in fresh)
        sections.append(
            f'<section class="ep-home-cat"><h2 class="ep-section__title"><a href="/chuyen-muc/{key}">{esc(name)}</a></h2>'
            f'<div class="row g-3">{cards}</div></section>'
        )
    main = "\n".join(sections)
    head = f'<link rel="canonical" href="{base_url(request)}/">'
    return html(layout(request, f"{SITE_NAME} - Trang chủ", main, head, active="home"))


# --- the article detail -----------------------------------------------------------------------


def related(s: Story) -> list[Story]:
    return [o for o in NEWEST if o.cat == s.cat and o.id != s.id and (o.published_at or "") >= CUTOFF][:3]


def article_page(request: Request, s: Story, canonical: bool) -> Response:
    base = base_url(request)
    meta = [f'<span class="ep-detail__date"><i class="bi bi-clock"></i> {esc(date_line(s))}</span>']
    if s.opts.get("author"):
        meta.append(f'<span class="ep-detail__author"><i class="bi bi-person"></i> Tác giả: {esc(s.opts["author"])}</span>')
    meta.append(f'<span class="ep-detail__views"><i class="bi bi-eye"></i> Lượt xem: {s.views()}</span>')
    sapo = f'<div class="ep-detail__sapo">{text(s.summary)}</div>' if s.summary and s.sapo_outside else ""
    video = render_video(s) if s.opts.get("video") else ""
    content = render_content(s)
    share_url = quote(base + art_path(s), safe="")
    tools = (
        '<div class="ep-detail__tools d-flex gap-3">'
        '<a href="javascript:window.print()" class="ep-tool"><i class="bi bi-printer"></i> In bài</a>'
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={share_url}" class="ep-tool"><i class="bi bi-envelope"></i> Gửi email</a>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="ep-tool">'
        '<i class="bi bi-facebook"></i> Chia sẻ</a>'
        f'<a href="https://zalo.me/share?url={share_url}" target="_blank" class="ep-tool"><i class="bi bi-share"></i> Zalo</a>'
        "</div>"
    )
    rel = related(s)
    rel_html = ""
    if rel:
        rel_html = (
            '<section class="ep-related"><h2 class="ep-related__title">Tin liên quan</h2><div class="row g-3">'
            + "\n".join(card(o, art_path(o)) for o in rel)
            + "</div></section>"
        )
    main = f"""{breadcrumb((CATEGORIES[s.cat], f"/chuyen-muc/{s.cat}"))}
<article class="ep-detail" data-id="{s.id}">
  <h1 class="ep-detail__title">{esc(s.title)}</h1>
  <div class="ep-detail__meta d-flex flex-wrap gap-3">{"".join(meta)}</div>
  {sapo}
  {video}
  <div class="ep-detail__content">
{content}
  </div>
  {tools}
</article>
{rel_html}"""
    og_img = s.images[0].src if s.images else "/images/og-default.jpg"
    head = (
        f'<meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:image" content="{base}{og_img}">'
        f'<meta property="og:type" content="article">'
    )
    if canonical:
        head += f'<link rel="canonical" href="{base}{art_path(s)}">'
    return html(layout(request, f"{s.title} - {SHORT_NAME}", main, head))


# --- the pages in the article's look that are not articles ------------------------------------


def detail_shell(request: Request, crumbs: str, title: str, date: str, inner: str) -> Response:
    main = f"""{crumbs}
<article class="ep-detail ep-detail--page">
  <h1 class="ep-detail__title">{esc(title)}</h1>
  <div class="ep-detail__meta d-flex flex-wrap gap-3"><span class="ep-detail__date"><i class="bi bi-clock"></i> {esc(date)}</span></div>
  <div class="ep-detail__content">
{inner}
  </div>
  <div class="ep-detail__tools d-flex gap-3"><a href="javascript:window.print()" class="ep-tool"><i class="bi bi-printer"></i> In trang</a></div>
</article>"""
    return html(layout(request, f"{title} - {SHORT_NAME}", main))


def intro_page(request: Request) -> Response:
    inner = """<p style="text-align:justify">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Bình Định, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên trên địa bàn tỉnh.</p>
<h3>Lãnh đạo Sở</h3>
<ul><li>Giám đốc: ông Lê Thanh Sơn</li><li>Phó Giám đốc: ông Nguyễn Đình Phúc</li><li>Phó Giám đốc: bà Trương Thị Hồng Nhung</li></ul>
<h3>Các phòng chuyên môn</h3>
<p>Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học (GDTrH); Phòng Giáo dục thường xuyên - Chuyên nghiệp; Phòng Khảo thí và Quản lý chất lượng; Thanh tra Sở.</p>"""
    return detail_shell(request, breadcrumb(("Giới thiệu", None)), "Giới thiệu chung", "Cập nhật: 15/08/2026", inner)


def contact_page(request: Request) -> Response:
    main = f"""{breadcrumb(("Liên hệ", None))}
<h1 class="ep-section__title">Liên hệ</h1>
<p>{esc(SITE_NAME)}</p><p>Địa chỉ: 08 Trần Phú, phường Lê Lợi, TP. Quy Nhơn, tỉnh Bình Định</p>
<p>Điện thoại: (0256) 3822 329 - Email: sgddt@binhdinh.edu.vn</p>
<form method="post" action="/lien-he"><input class="form-control" name="HoTen" placeholder="Họ và tên">
<textarea class="form-control" name="NoiDung" placeholder="Nội dung"></textarea>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>"""
    return html(layout(request, f"Liên hệ - {SHORT_NAME}", main))


def procedure_page(request: Request, pid: int) -> Response:
    _slug, title, code, field_, steps = PROCEDURES[pid]
    steps_html = "".join(f"<p>{esc(x)}</p>" for x in steps)
    inner = f"""<table class="table table-bordered ep-tthc">
<tr><th>Mã thủ tục</th><td>{esc(code)}</td></tr>
<tr><th>Lĩnh vực</th><td>{esc(field_)}</td></tr>
<tr><th>Cơ quan thực hiện</th><td>Sở Giáo dục và Đào tạo tỉnh Bình Định</td></tr>
<tr><th>Cấp thực hiện</th><td>Cấp tỉnh</td></tr>
<tr><th>Trình tự thực hiện</th><td>{steps_html}</td></tr>
<tr><th>Cách thức thực hiện</th><td>Trực tiếp; trực tuyến; dịch vụ bưu chính công ích</td></tr>
<tr><th>Thời hạn giải quyết</th><td>Trong ngày làm việc</td></tr>
<tr><th>Phí, lệ phí</th><td>Không</td></tr>
<tr><th>Căn cứ pháp lý</th><td>Nghị định số 23/2015/NĐ-CP; Thông tư số 21/2019/TT-BGDĐT</td></tr>
</table>
<p><a href="https://dichvucong.gov.vn" target="_blank">Nộp hồ sơ trực tuyến</a></p>"""
    crumbs = breadcrumb(("Thủ tục hành chính", "/thu-tuc-hanh-chinh"), (field_, None))
    return detail_shell(request, crumbs, title, "Ngày cập nhật: 12/11/2026 16:05", inner)


def procedures_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{i}</td><td>{esc(v[2])}</td><td><a href="/thu-tuc-hanh-chinh/{v[0]}-{k}">{esc(v[1])}</a></td><td>{esc(v[3])}</td></tr>'
        for i, (k, v) in enumerate(PROCEDURES.items(), 1)
    )
    main = f"""{breadcrumb(("Thủ tục hành chính", None))}
<h1 class="ep-section__title">Thủ tục hành chính</h1>
<table class="table table-striped"><thead><tr><th>STT</th><th>Mã</th><th>Tên thủ tục</th><th>Lĩnh vực</th></tr></thead><tbody>{rows}</tbody></table>"""
    return html(layout(request, f"Thủ tục hành chính - {SHORT_NAME}", main))


def week_days(week: int) -> list[_dt.date]:
    monday = _dt.date.fromisocalendar(2026, week, 1)
    return [monday + _dt.timedelta(days=i) for i in range(6)]


def calendar_page(request: Request, week: int) -> Response:
    days = week_days(week)
    rows = []
    for n, d in enumerate(days):
        morning = "Giám đốc làm việc tại cơ quan" if n % 2 == 0 else "Phó Giám đốc Nguyễn Đình Phúc kiểm tra công tác dạy học tại Trường THPT Tây Sơn"
        afternoon = "Họp giao ban lãnh đạo Sở (Phòng họp tầng 2)" if n == 0 else "Làm việc tại cơ quan"
        rows.append(
            f"<tr><td><strong>{WEEKDAYS[d.weekday()]}</strong><br>{d:%d/%m/%Y}</td><td>{morning}</td><td>{afternoon}</td></tr>"
        )
    prev_link = (
        f'<a class="btn btn-sm btn-outline-secondary" href="/lich-cong-tac?tuan={week - 1}&amp;nam=2026">« Tuần trước</a>'
        if week - 1 in WEEKS
        else '<span class="btn btn-sm btn-outline-secondary disabled">« Tuần trước</span>'
    )
    next_link = (
        f'<a class="btn btn-sm btn-outline-secondary" href="/lich-cong-tac?tuan={week + 1}&amp;nam=2026">Tuần sau »</a>'
        if week + 1 in WEEKS
        else '<span class="btn btn-sm btn-outline-secondary disabled">Tuần sau »</span>'
    )
    inner = f"""<div class="d-flex justify-content-between ep-week-nav">{prev_link}{next_link}</div>
<table class="table table-bordered ep-lich"><thead><tr><th>Thứ/Ngày</th><th>Sáng</th><th>Chiều</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<p><em>Lịch công tác có thể thay đổi, đề nghị các đơn vị theo dõi thường xuyên.</em></p>"""
    title = f"Lịch công tác tuần {week} (từ ngày {days[0]:%d/%m/%Y} đến ngày {days[-1]:%d/%m/%Y})"
    crumbs = breadcrumb(("Lịch công tác", None))
    published = days[0] - _dt.timedelta(days=3)
    return detail_shell(request, crumbs, title, f"Ngày đăng: {published:%d/%m/%Y} 16:30", inner)


def document_page(request: Request, key: str) -> Response:
    number, kind, date, summary, signer = DOCUMENTS[key]
    inner = f"""<table class="table table-bordered ep-vanban">
<tr><th>Số hiệu</th><td>{esc(number)}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(kind)}</td></tr>
<tr><th>Ngày ban hành</th><td>{date}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{"UBND tỉnh Bình Định" if "UBND" in number else "Sở Giáo dục và Đào tạo"}</td></tr>
<tr><th>Người ký</th><td>{esc(signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/van-ban/{key}.pdf"><i class="bi bi-file-earmark-pdf"></i> {key}.pdf</a></td></tr>
</table>"""
    crumbs = breadcrumb(("Văn bản", "/van-ban"), (number, None))
    return detail_shell(request, crumbs, f"{kind} số {number}", f"Ngày ban hành: {date}", inner)


def documents_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="/van-ban/{k}">{esc(v[0])}</a></td><td>{v[2]}</td><td>{esc(v[3])}</td></tr>'
        for k, v in DOCUMENTS.items()
    )
    main = f"""{breadcrumb(("Văn bản", None))}
<h1 class="ep-section__title">Văn bản chỉ đạo, điều hành</h1>
<table class="table table-striped"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{rows}</tbody></table>"""
    return html(layout(request, f"Văn bản - {SHORT_NAME}", main))


def qa_page(request: Request, qid: str) -> Response:
    _slug, question_title, asker, date, question, answers = QA[qid]
    answer_html = "".join(f'<p style="text-align:justify">{esc(a)}</p>' for a in answers)
    inner = f"""<div class="ep-qa__question"><p><strong>Người hỏi:</strong> {esc(asker)}</p>
<p>{esc(question)}</p></div>
<div class="ep-qa__answer"><h3>Trả lời</h3>{answer_html}
<p style="text-align:right"><strong>Phòng GDTrH - Sở GD&amp;ĐT</strong></p></div>"""
    crumbs = breadcrumb(("Hỏi đáp", "/hoi-dap"), ("Chi tiết câu hỏi", None))
    return detail_shell(request, crumbs, question_title, f"Ngày hỏi: {date} - Ngày trả lời: 20/11/2026", inner)


def qa_list(request: Request) -> Response:
    items = "".join(
        f'<li class="list-group-item"><a href="/hoi-dap/{v[0]}-{k}">{esc(v[1])}</a> <small>({v[3]})</small></li>'
        for k, v in QA.items()
    )
    main = f"""{breadcrumb(("Hỏi đáp", None))}
<h1 class="ep-section__title">Hỏi đáp</h1>
<ul class="list-group">{items}</ul>
<form class="ep-ask mt-3" method="post" action="/hoi-dap/gui-cau-hoi"><textarea class="form-control" name="NoiDung"></textarea>
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Mx3vQ2"><button class="btn btn-primary mt-2" type="submit">Gửi câu hỏi</button></form>"""
    return html(layout(request, f"Hỏi đáp - {SHORT_NAME}", main))


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in NEWEST if q and q.casefold() in s.title.casefold() and (s.published_at or "") >= CUTOFF]
    cards = "\n".join(card(s, art_path(s)) for s in hits)
    main = f"""{breadcrumb(("Tìm kiếm", None))}
<h1 class="ep-section__title">Kết quả tìm kiếm: {esc(q)}</h1>
<p>Tìm thấy {len(hits)} kết quả.</p><div class="row g-3">{cards}</div>"""
    return html(layout(request, f"Tìm kiếm - {SHORT_NAME}", main))


# --- robots, sitemap, routing -----------------------------------------------------------------


def robots(request: Request) -> Response:
    body = (
        "User-agent: *\nDisallow: /Admin/\nDisallow: /tim-kiem\nDisallow: /hoi-dap/gui-cau-hoi\n\n"
        f"Sitemap: {base_url(request)}/sitemap.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


def sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = [f"<url><loc>{base}/</loc><changefreq>daily</changefreq><priority>1.0</priority></url>"]
    urls += [f"<url><loc>{base}/chuyen-muc/{k}</loc><changefreq>daily</changefreq></url>" for k in CATEGORIES]
    for s in NEWEST:
        if (s.published_at or "") < CUTOFF:
            continue
        urls.append(f"<url><loc>{base}{art_path(s)}</loc><lastmod>{s.published_at}</lastmod></url>")
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + "\n".join(urls)
        + "\n</urlset>\n"
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ARTICLE = re.compile(r"/tin-tuc/([a-z0-9-]+)-(\d+)")
_RETURN_OK = re.compile(r"/(tin-tuc|chuyen-muc/[a-z0-9-]+)")


class EduPortalSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/van-ban/") and path.endswith(".pdf"):
            key = path.rsplit("/", 1)[1][:-4]
            if key in DOCUMENTS:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/uploads/tin-tuc/", "/images/", "/css/", "/js/", "/lib/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return robots(request)
        if path == "/sitemap.xml":
            return sitemap(request)
        if path == "/":
            return home(request)
        if path == "/tin-tuc":
            return listing_page(request, None)
        if path == "/tin-tuc/tai-them":
            return fragment(request, None)
        if path == "/tin-tuc/chi-tiet":
            sid = request.params.get("id", "")
            if sid.isdigit() and int(sid) in BY_ID:
                return article_page(request, BY_ID[int(sid)], canonical=False)
            return not_found(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)(/tai-them)?", path):
            if m.group(1) not in CATEGORIES:
                return not_found(request)
            if m.group(2):
                return fragment(request, m.group(1))
            return listing_page(request, m.group(1))
        if m := _ARTICLE.fullmatch(path):
            s = BY_ID.get(int(m.group(2)))
            if s is None or s.slug != m.group(1):
                return not_found(request)
            params = request.params
            if set(params) - {"returnUrl"}:
                return not_found(request)
            if "returnUrl" in params and not _RETURN_OK.fullmatch(params["returnUrl"]):
                return not_found(request)
            return article_page(request, s, canonical=True)
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/thu-tuc-hanh-chinh":
            return procedures_list(request)
        if m := re.fullmatch(r"/thu-tuc-hanh-chinh/([a-z0-9-]+)-(\d+)", path):
            pid = int(m.group(2))
            if pid in PROCEDURES and PROCEDURES[pid][0] == m.group(1):
                return procedure_page(request, pid)
            return not_found(request)
        if path == "/lich-cong-tac":
            params = request.params
            week = params.get("tuan", "49")
            if params.get("nam", "2026") == "2026" and week.isdigit() and int(week) in WEEKS:
                return calendar_page(request, int(week))
            return not_found(request)
        if path == "/van-ban":
            return documents_list(request)
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)", path):
            return document_page(request, m.group(1)) if m.group(1) in DOCUMENTS else not_found(request)
        if path == "/hoi-dap":
            return qa_list(request)
        if m := re.fullmatch(r"/hoi-dap/([a-z0-9-]+)-(\d+)", path):
            qid = m.group(2)
            if qid in QA and QA[qid][0] == m.group(1):
                return qa_page(request, qid)
            return not_found(request)
        if path == "/tim-kiem":
            return search_page(request)
        return not_found(request)


def build_site() -> EduPortalSite:
    return EduPortalSite()
