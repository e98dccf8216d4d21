"""Fixture portal: Phòng GD&ĐT huyện Cẩm Xuyên (Hà Tĩnh) on e107 v2 with a Bootstrap 3 theme.

Why: a few Vietnamese district education offices set up e107 (a PHP CMS) around 2010-2018 and
never moved off it. e107 serves one news item under several addresses (the old query form
``news.php?extend.N`` and the search-friendly ``/news/N/<sef>``), pages its lists by an *offset*
after a dot (``news.php?cat.4.3``), and ships plugins (event calendar, downloads, gallery, print,
PDF, e-mail a friend) whose pages repeat articles or never end.

What it serves (theme ``e107_themes/camxuyen_bs3``, a reworked bootstrap3 theme, UTF-8):

- ``/`` and ``/index.php`` answer 302 to the front page ``/news.php``: the five newest items with
  the news image, the meta line, the summary (or the opening words of the text) and a
  "Đọc thêm…" link; e107's nextprev ``news.php?default.0.5`` / ``default.0.10`` (offsets).
- ``/news.php?all``: the news archive (title, date, category), ten a page (``news.php?all.0.10``).
- categories ``/news/category/<id>/<sef>`` (navbar; pager ``?page=N``) and the legacy form
  ``/news.php?cat.<id>`` (the "Chuyên mục:" link of every item; pager ``news.php?cat.<id>.<offset>``),
  three items a page: "Hoạt động chuyên môn" (id 4, seven items, three pages), "Tin tức - Sự kiện"
  (id 2) and "Thông báo" (id 3). Tag lists ``/news/tag/<tag, percent-encoded, spaces as %20>``.
- news items ``/news/<id>/<sef>`` (listings, sidebar, prev/next) and the very same page at
  ``/news.php?extend.<id>`` (the "Tin liên quan" list, the RSS feed, the print page's URL line). Both
  print ``og:url`` with the SEF address and no ``rel=canonical`` (e107 2.1 did not print one). The
  item: breadcrumb "Trang chủ / Tin tức / <category> / <title>", ``h2.news-title`` (the site name is
  the only ``h1``), a meta line "Đăng bởi admin | 24 Tháng 11 2026 - 16:40 | Chuyên mục: … | 2 bình
  luận", tags, the news image (``thumb.php?src=e_MEDIA_IMAGE/…&w=900&h=600``, no caption), the
  summary ``p.lead`` (bold; printed empty when the item has none), the TinyMCE text in
  ``div.text-justify`` (``figure.image``/``figcaption``, photos in a centred paragraph with a bold or
  italic line under them, bare photos, tables, lists, bylines at the end), the "extra images" rows
  (``news-images-1``, no captions) and the "extended" text ``div.body-extended`` that continues the
  article after them; tools (comments, "In bài" → ``/print.php?news.<id>``, PDF →
  ``/e107_plugins/pdf/pdf.php?news.<id>``, "Gửi email" → ``/email.php?news.<id>``, Facebook /
  Twitter / Zalo), "Tin liên quan" (dated, legacy links), "« Tin trước | Tin sau »", comments
  with their own dates and a "Gửi bình luận" form; with two comments or more, "Sắp xếp: Cũ nhất
  trước | Mới nhất trước" links ``?csort=asc|desc`` reprint the item with the comments reordered.
- chrome: header clock (TODAY), navbar (Trang chủ, Giới thiệu ▾, Tin tức ▾, Văn bản, Thư viện ảnh,
  Lịch công tác, Liên hệ, Tìm kiếm), sidebar menus: login (``signup.php``, ``fpw.php``), "Tin mới"
  (dated), "Văn bản mới" (dated, ``download.php?view.N``), "Lịch công tác" (the calendar_menu
  plugin), "Liên kết" (external), "Thống kê" ("Online: 8 khách", "Lượt truy cập"); footer with
  address, phone, hotline, "Powered by e107".
- non-articles: ``/page.php?3`` (Giới thiệu), ``/page.php?4`` (Cơ cấu tổ chức, a staff table),
  ``/contact.php``, ``/download.php`` / ``?list.N`` / ``?view.N`` (file ``/request.php?N``: a PDF),
  the gallery ``/e107_plugins/gallery/gallery.php`` and ``?album.3``, ``/search.php``, users
  ``/user.php?id.N``, ``signup.php`` (closed), ``fpw.php``, print views, e-mail forms, the calendar;
  the RSS feed ``/e107_plugins/rss_menu/rss.php?1.2`` (ten newest, legacy links).

Traps: the calendar ``/e107_plugins/calendar_menu/event.php?<month start timestamp>`` answers 200
for any number and links "‹ Tháng trước" / "Tháng sau ›" forever; each item exists under the SEF
path, ``news.php?extend.N`` and (with comments) two ``?csort=`` variants, and is repeated by print
and e-mail views (and a PDF); the category exists in two forms with two pagers; offsets past the end
answer 200 with "Không có tin nào trong chuyên mục này."; an item links the deleted old item
``news.php?extend.42``, which answers 200 with "Không tìm thấy bản tin yêu cầu." (a soft 404).
Real e107 paths are kept for the plugins (``/e107_plugins/...``).

Gold (by hand). An article is a news item; gold ``path`` is the SEF address, ``alt_paths`` its
legacy and ``csort`` addresses. Judgement calls:
- published_at: the meta line's date and time ("24 Tháng 11 2026 - 16:40"); item 157 prints
  "05 Tháng 11 2026 - 00:00", a day. Comment dates and the "Tin liên quan" dates are not it.
- authors: "Đăng bởi admin" / "vanphong" are logins and credit nobody; item 140 is posted by the
  account shown as "Phạm Thị Lan" (a person's full name) and nothing signs its text, so she is the
  author. Signatures: "Tin và ảnh: X" and "Bài, ảnh: X" (both lists), "Tin: X - Ảnh: Y", a bare bold
  name, "Tác giả: ThS. Trần Đình Khánh - Tổ Toán, …" (degree and unit dropped), "Tác giả: Cô Lê
  Thị Thanh Tâm - …" ("Cô" dropped). Item 171 (a notice) is signed only "Phòng GD&ĐT", right-aligned:
  the issuing office, taken as author as printed.
- source: "Nguồn: Báo Hà Tĩnh" (with the author "Thu Hằng" above it), "Nguồn: Sở GD&ĐT Hà Tĩnh".
- summary: the ``p.lead`` text (the news summary field); it is also the body's first paragraph.
  Item 160's editor pasted the text's first paragraph into the summary, so it is printed twice: the
  summary is that text and the body holds it once. Items with an empty ``p.lead`` have no summary.
- images: the news image (top, no caption) and the extra-image rows (no captions) are article
  photos in page order; captions are the figcaption, the bold/italic line under a photo, without a
  leading "Ảnh:" label. Bare photos have no caption.
- body: text paragraphs, list items and table rows (cells joined by " | ") of ``text-justify``
  then ``body-extended``; not bylines, "Nguồn:" lines, the "Tệp đính kèm:" file line, the "Xem
  thêm:" link line, comments, related lists. Item 146's text is stored with HTML entities (every
  second non-ASCII character as a reference, as the old TinyMCE "named" setting wrote it).
- category: the breadcrumb's and meta line's category name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "e107_pgd"
PLATFORM = "e107"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
SHORT = "Phòng GD&ĐT Cẩm Xuyên"
ADDRESS = "Số 18 đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"
PHONE = "0239 3 861 245"
HOTLINE = "0912 486 337"
EMAIL = "pgdcamxuyen@hatinh.edu.vn"
THEME = "/e107_themes/camxuyen_bs3"
MEDIA = "/e107_media/7c3e9a51f2/images"
_LOCAL = timezone(timedelta(hours=7))
TODAY_DATE = date(2026, 11, 25)
FRONT_PER_PAGE = 5
CAT_PER_PAGE = 3
ALL_PER_PAGE = 10
CAL = "/e107_plugins/calendar_menu/event.php"

#: category id -> (sef, printed name)
CATS: dict[int, tuple[str, str]] = {
    4: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện"),
    3: ("thong-bao", "Thông báo"),
}
#: user id -> shown name (e107 user_name)
USERS: dict[int, str] = {1: "admin", 3: "vanphong", 4: "Phạm Thị Lan"}


def _m(name: str) -> str:
    return f"/media/img/800x0/2026-{name}"


def _thumb(name: str) -> str:
    encoded = name.replace("/", "%2F")
    return f"/thumb.php?src=e_MEDIA_IMAGE%2F2026-{encoded}&amp;w=900&amp;h=600"


# Story.opts: at (datetime printed), user (poster id), tags, ext (index of the first block of the
# "extended" text), comments [(name, datetime, text)], entities (every-2nd entity form).
# Img styles: main (news image, top), figure (figcaption), bold (centred photo + bold line),
# label (centred photo + italic "Ảnh: …" line), bare (photo alone), row (extra-image rows).
# P styles: "", li, ol, th/tr (table rows, cells " | ").
STORIES: list[Story] = [
    Story(
        id=172,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027",
        cat="4",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Sáng 24/11/2026, tại Trường Tiểu học Thị trấn Cẩm Xuyên, Phòng GD&ĐT khai mạc Hội thi"
            " giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 với sự tham gia của 86"
            " giáo viên đến từ 27 trường tiểu học trong huyện."
        ),
        sapo_outside=True,
        blocks=[
            Img(_thumb("11/khai-mac-gvdg-th-2026.jpg"), None, None, "main"),
            P(
                "Hội thi được tổ chức nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn"
                " vững vàng, có nhiều sáng kiến trong đổi mới phương pháp dạy học theo Chương trình"
                " giáo dục phổ thông 2018; qua đó tạo phong trào thi đua dạy tốt, học tốt trong các"
                " nhà trường."
            ),
            Img(
                _m("11/gvdg-th-khai-mac-1.jpg"),
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "Đồng chí Trưởng phòng GD&ĐT phát biểu khai mạc Hội thi",
                "figure",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng"
                " giảng dạy và thực hành dạy hai tiết trên lớp, trong đó một tiết môn Tiếng Việt hoặc"
                " Toán và một tiết do giáo viên tự chọn. Các tiết dạy được bốc thăm trước ba ngày."
            ),
            P(
                "Ban Giám khảo gồm 24 thành viên là cán bộ quản lý, giáo viên cốt cán có kinh nghiệm,"
                " được chia thành 6 tiểu ban theo môn học. Hội thi diễn ra đến hết ngày 04/12/2026."
            ),
            Img(
                _m("11/gvdg-th-khai-mac-2.jpg"),
                "Cô giáo Nguyễn Thị Hà (Trường TH Cẩm Bình) trong tiết dạy môn Tiếng Việt lớp 3",
                "Cô giáo Nguyễn Thị Hà (Trường TH Cẩm Bình) trong tiết dạy môn Tiếng Việt lớp 3",
                "bold",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng đề nghị Ban Giám khảo đánh giá khách quan,"
                " công bằng; các thí sinh phát huy tinh thần cầu thị, học hỏi lẫn nhau để mỗi tiết dạy"
                " thực sự là một tiết học mẫu cho đồng nghiệp."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin và ảnh: Nguyễn Thị Mai Hương</strong></p>'
            ),
        ],
        authors=["Nguyễn Thị Mai Hương"],
        photographers=["Nguyễn Thị Mai Hương"],
        opts={
            "at": datetime(2026, 11, 24, 16, 40),
            "user": 1,
            "tags": ["giáo viên dạy giỏi", "tiểu học"],
            "comments": [
                (
                    "Trần Văn Hòa",
                    datetime(2026, 11, 24, 20, 14),
                    "Chúc các thầy cô có những tiết dạy thành công!",
                ),
                (
                    "Phụ huynh lớp 3A",
                    datetime(2026, 11, 25, 6, 52),
                    "Mong Phòng đăng thêm hình ảnh các tiết dạy ạ.",
                ),
            ],
        },
    ),
    Story(
        id=171,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="3",
        published_at="2026-11-23T10:25:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các môn"
                " kiểm tra theo đề chung của huyện như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | 9 | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | 9 | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | 9 | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | 6, 7, 8 | Toán | 90 phút", "tr"),
            P(
                "Các môn còn lại do các trường chủ động tổ chức kiểm tra, hoàn thành trước ngày"
                " 31/12/2026. Hiệu trưởng các trường chịu trách nhiệm in sao đề, bảo mật đề và tổ chức"
                " coi, chấm nghiêm túc, đúng quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng GD&amp;ĐT</strong></p>'),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"at": datetime(2026, 11, 23, 10, 25), "user": 3, "tags": ["kiểm tra học kỳ"]},
    ),
    Story(
        id=170,
        slug="nganh-giao-duc-cam-xuyen-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Ngành Giáo dục Cẩm Xuyên kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="2",
        published_at="2026-11-21T07:45:00+07:00",
        summary=(
            "Chiều 19/11/2026, Phòng GD&ĐT phối hợp với Công đoàn Giáo dục huyện tổ chức Lễ kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu"
            " biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND huyện, lãnh đạo các ban, ngành, đoàn thể cấp"
                " huyện cùng hơn 300 cán bộ quản lý, giáo viên đại diện cho các trường mầm non, tiểu"
                " học và THCS trên địa bàn."
            ),
            Img(
                _m("11/ky-niem-20-11-1.jpg"),
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "figure",
            ),
            P(
                "Năm học 2025 - 2026, toàn huyện có 41 giáo viên đạt giáo viên dạy giỏi cấp tỉnh, 168"
                " học sinh đạt giải học sinh giỏi cấp tỉnh; tỷ lệ trường đạt chuẩn quốc gia đạt 94,7%."
                " Nhiều thầy cô đã vượt khó, gắn bó với các trường vùng bãi ngang, vùng miền núi."
            ),
            Img(
                _m("11/ky-niem-20-11-2.jpg"),
                "Tuyên dương 25 nhà giáo tiêu biểu năm 2026",
                "Tuyên dương 25 nhà giáo tiêu biểu năm 2026",
                "figure",
            ),
            P(
                "Dịp này, UBND huyện tặng Giấy khen cho 25 nhà giáo có thành tích xuất sắc; Công đoàn"
                " Giáo dục huyện trao 15 suất quà cho giáo viên có hoàn cảnh đặc biệt khó khăn."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Văn Đức - Ảnh: Bùi Quang Huy</strong></p>'
            ),
            Img(_m("11/ky-niem-20-11-3.jpg"), None, None, "row"),
            Img(_m("11/ky-niem-20-11-4.jpg"), None, None, "row"),
        ],
        authors=["Hoàng Văn Đức"],
        photographers=["Bùi Quang Huy"],
        opts={
            "at": datetime(2026, 11, 21, 7, 45),
            "user": 1,
            "tags": ["20 tháng 11", "nhà giáo"],
            "comments": [
                ("Lê Minh", datetime(2026, 11, 21, 9, 3), "Chúc mừng các thầy cô giáo!"),
                (
                    "Hồ Thị Nga",
                    datetime(2026, 11, 21, 12, 40),
                    "Tự hào về ngành giáo dục quê hương.",
                ),
                (
                    "Cựu học sinh Cẩm Xuyên",
                    datetime(2026, 11, 22, 21, 5),
                    "Kính chúc thầy cô luôn mạnh khỏe.",
                ),
            ],
        },
    ),
    Story(
        id=168,
        slug="chuyen-de-day-hoc-mon-toan-lop-6-theo-dinh-huong-phat-trien-nang-luc-hoc-sinh",
        title="Chuyên đề dạy học môn Toán lớp 6 theo định hướng phát triển năng lực học sinh",
        cat="4",
        published_at="2026-11-19T09:15:00+07:00",
        blocks=[
            P(
                "Ngày 17/11/2026, tại Trường THCS Cẩm Thành, Phòng GD&ĐT tổ chức chuyên đề dạy học môn"
                " Toán lớp 6 cho giáo viên dạy Toán các trường THCS trong huyện."
            ),
            Img(
                _m("11/chuyen-de-toan-6.jpg"),
                "Tiết dạy minh họa bài “Hình có trục đối xứng” của lớp 6A",
                "Tiết dạy minh họa bài “Hình có trục đối xứng” của lớp 6A",
                "bold",
            ),
            P(
                "Tiết dạy minh họa được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức,"
                " luyện tập và vận dụng. Học sinh được gấp giấy, cắt hình, quan sát các công trình kiến"
                " trúc quen thuộc để tự phát hiện trục đối xứng của hình."
            ),
            P(
                "Trong phần thảo luận, giáo viên tập trung phân tích cách tổ chức hoạt động nhóm, cách"
                " giao nhiệm vụ và đánh giá học sinh trong giờ học; đề xuất điều chỉnh thời lượng phần"
                " vận dụng cho phù hợp với học sinh vùng khó khăn."
            ),
            P(
                "Chuyên đề là dịp để đội ngũ giáo viên Toán chia sẻ kinh nghiệm, thống nhất cách thực"
                " hiện kế hoạch bài dạy theo Công văn 5512 của Bộ GD&ĐT."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tác giả: ThS. Trần Đình Khánh - Tổ Toán, Trường THCS'
                " Cẩm Thành</em></p>"
            ),
        ],
        authors=["Trần Đình Khánh"],
        opts={"at": datetime(2026, 11, 19, 9, 15), "user": 1, "tags": ["chuyên đề", "THCS"]},
    ),
    Story(
        id=165,
        slug="thong-bao-tuyen-dung-nhan-vien-ke-toan-hop-dong-nam-2026",
        title="Thông báo tuyển dụng nhân viên kế toán hợp đồng năm 2026",
        cat="3",
        published_at="2026-11-16T08:00:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT huyện Cẩm Xuyên thông báo tuyển dụng 03 nhân viên kế toán làm việc theo chế"
                " độ hợp đồng tại các trường mầm non Cẩm Hà, Cẩm Lộc và Cẩm Trung."
            ),
            P("Điều kiện dự tuyển:"),
            P(
                "Có quốc tịch Việt Nam, tuổi từ đủ 18 trở lên, có đủ sức khỏe để thực hiện công việc;",
                "li",
            ),
            P("Tốt nghiệp cao đẳng trở lên chuyên ngành kế toán, tài chính;", "li"),
            P("Có chứng chỉ tin học ứng dụng cơ bản;", "li"),
            P("Ưu tiên người có kinh nghiệm làm kế toán trường học.", "li"),
            P(
                "Hồ sơ nộp trực tiếp tại bộ phận Văn phòng, Phòng GD&ĐT huyện từ ngày 16/11/2026 đến hết"
                " ngày 30/11/2026 (trong giờ hành chính)."
            ),
            Raw(
                '<p>Tệp đính kèm: <a href="/request.php?14">TB-tuyen-dung-ke-toan-2026.pdf</a></p>'
            ),
        ],
        opts={"at": datetime(2026, 11, 16, 8, 0), "user": 3, "tags": ["tuyển dụng"]},
    ),
    Story(
        id=163,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên THCS",
        cat="4",
        published_at="2026-11-12T14:00:00+07:00",
        summary=(
            "Trong hai ngày 10 và 11/11/2026, hơn 200 giáo viên THCS trong huyện được tập huấn sử"
            " dụng các công cụ trí tuệ nhân tạo hỗ trợ thiết kế bài giảng, xây dựng ngân hàng câu hỏi."
        ),
        sapo_outside=True,
        blocks=[
            Img(_thumb("11/tap-huan-ai-thcs.jpg"), None, None, "main"),
            P(
                "Lớp tập huấn do Phòng GD&ĐT phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục"
                " thường xuyên huyện tổ chức, chia thành 4 lớp theo nhóm môn học tại phòng máy của"
                " Trường THCS Thị trấn Cẩm Xuyên."
            ),
            Img(
                _m("11/tap-huan-ai-2.jpg"),
                "Ảnh: Giáo viên thực hành tạo câu hỏi trắc nghiệm với công cụ AI",
                "Giáo viên thực hành tạo câu hỏi trắc nghiệm với công cụ AI",
                "label",
            ),
            P(
                "Giáo viên được hướng dẫn cách viết câu lệnh để tạo dàn ý bài giảng, gợi ý hoạt động"
                " học tập, tạo câu hỏi trắc nghiệm nhiều mức độ và cách kiểm chứng thông tin do công cụ"
                " tạo ra trước khi đưa vào bài dạy."
            ),
            P(
                "Báo cáo viên lưu ý giáo viên tuyệt đối không đưa dữ liệu cá nhân của học sinh lên các"
                " công cụ trực tuyến; trí tuệ nhân tạo chỉ là công cụ hỗ trợ, không thay thế vai trò"
                " thiết kế và tổ chức dạy học của giáo viên."
            ),
            P(
                "Kết thúc tập huấn, mỗi giáo viên nộp một sản phẩm là kế hoạch bài dạy có sử dụng công"
                " cụ trí tuệ nhân tạo. Các sản phẩm tốt sẽ được chia sẻ trên kho học liệu của huyện."
            ),
            P(
                "Phòng GD&ĐT yêu cầu các trường tổ chức sinh hoạt chuyên môn để nhân rộng nội dung tập"
                " huấn đến toàn bộ giáo viên trước ngày 15/12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Trần Thị Bích Ngọc</strong></p>'),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={
            "at": datetime(2026, 11, 12, 14, 0),
            "user": 1,
            "tags": ["chuyển đổi số", "THCS"],
            "ext": 5,
        },
    ),
    Story(
        id=160,
        slug="soi-noi-hoi-khoe-phu-dong-cap-huyen-lan-thu-x-nam-2026",
        title="Sôi nổi Hội khỏe Phù Đổng cấp huyện lần thứ X năm 2026",
        cat="2",
        published_at="2026-11-08T17:05:00+07:00",
        summary=(
            "Từ ngày 05 đến 08/11/2026, Hội khỏe Phù Đổng cấp huyện lần thứ X đã diễn ra sôi nổi tại"
            " Trung tâm Văn hóa - Thể thao huyện với hơn 900 vận động viên là học sinh tiểu học và THCS."
        ),
        blocks=[
            P(
                "Từ ngày 05 đến 08/11/2026, Hội khỏe Phù Đổng cấp huyện lần thứ X đã diễn ra sôi nổi tại"
                " Trung tâm Văn hóa - Thể thao huyện với hơn 900 vận động viên là học sinh tiểu học và"
                " THCS."
            ),
            P(
                "Các vận động viên tranh tài ở 8 môn: điền kinh, bóng đá, bóng chuyền, cầu lông, bóng"
                " bàn, cờ vua, đá cầu và bơi lội. Ban tổ chức đã trao 312 bộ huy chương cho các cá nhân"
                " và đồng đội đạt thành tích."
            ),
            Img(
                _m("11/hkpd-2026-bong-da.jpg"),
                "Trận chung kết môn bóng đá nam THCS giữa Trường THCS Cẩm Thành và Trường THCS Cẩm Trung",
                "Trận chung kết môn bóng đá nam THCS giữa Trường THCS Cẩm Thành và Trường THCS Cẩm Trung",
                "figure",
            ),
            P(
                "Chung cuộc, Trường THCS Thị trấn Cẩm Xuyên xếp nhất toàn đoàn khối THCS; Trường TH Cẩm"
                " Bình xếp nhất toàn đoàn khối tiểu học. Huyện sẽ chọn 64 vận động viên xuất sắc tham"
                " dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            Img(_m("11/hkpd-2026-co-vua.jpg"), None, None, "bare"),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Quang Vinh</strong></p>'),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Lê Quang Vinh"],
        opts={
            "at": datetime(2026, 11, 8, 17, 5),
            "user": 1,
            "tags": ["thể thao"],
            "comments": [
                ("Nguyễn Hữu Tài", datetime(2026, 11, 8, 19, 30), "Chúc mừng THCS Thị trấn!"),
                (
                    "Giáo viên thể dục",
                    datetime(2026, 11, 9, 7, 12),
                    "Hội khỏe năm nay tổ chức rất chu đáo.",
                ),
            ],
        },
    ),
    Story(
        id=157,
        slug="ket-qua-kiem-tra-noi-bo-truong-hoc-thang-10-2026",
        title="Kết quả kiểm tra nội bộ trường học tháng 10/2026",
        cat="4",
        published_at="2026-11-05",
        blocks=[
            P(
                "Trong tháng 10/2026, các trường học trên địa bàn huyện đã thực hiện kiểm tra nội bộ theo"
                " kế hoạch. Phòng GD&ĐT tổng hợp kết quả như sau:"
            ),
            P(
                "Cấp học | Số trường | Số giáo viên được kiểm tra | Xếp loại Tốt | Xếp loại Khá",
                "th",
            ),
            P("Mầm non | 24 | 96 | 58 | 38", "tr"),
            P("Tiểu học | 27 | 135 | 87 | 48", "tr"),
            P("THCS | 22 | 110 | 69 | 41", "tr"),
            P(
                "Nhìn chung, hồ sơ chuyên môn của giáo viên được chuẩn bị đầy đủ; kế hoạch bài dạy bám"
                " sát yêu cầu cần đạt. Tuy vậy, một số giáo viên chưa khai thác hiệu quả thiết bị dạy"
                " học, việc đánh giá thường xuyên còn mang tính hình thức."
            ),
            P(
                "Phòng GD&ĐT đề nghị hiệu trưởng các trường chỉ đạo khắc phục những tồn tại đã nêu, báo"
                " cáo kết quả kiểm tra nội bộ tháng 11 trước ngày 05/12/2026."
            ),
        ],
        opts={"at": datetime(2026, 11, 5, 0, 0), "user": 1, "tags": ["kiểm tra nội bộ"]},
    ),
    Story(
        id=155,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-bao-so-12",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh bão số 12",
        cat="3",
        published_at="2026-11-02T20:10:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện của UBND huyện về việc chủ động ứng phó với bão số 12, Phòng GD&ĐT"
                " thông báo cho toàn bộ trẻ mầm non, học sinh tiểu học và THCS trên địa bàn huyện nghỉ"
                " học ngày 03/11/2026."
            ),
            P(
                "Hiệu trưởng các trường thông báo kịp thời đến cha mẹ học sinh; phân công cán bộ trực"
                " 24/24 giờ, chằng chống cửa, di chuyển hồ sơ, thiết bị lên cao, đảm bảo an toàn tài"
                " sản nhà trường."
            ),
            P(
                "Sau bão, các trường khẩn trương khắc phục hậu quả, báo cáo thiệt hại về Phòng GD&ĐT qua"
                " số điện thoại trực bão 0239 3 861 245."
            ),
        ],
        opts={"at": datetime(2026, 11, 2, 20, 10), "user": 1, "tags": ["phòng chống thiên tai"]},
    ),
    Story(
        id=151,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-truong-tieu-hoc-cam-quang",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Cẩm Quang",
        cat="4",
        published_at="2026-10-28T08:30:00+07:00",
        summary=(
            "Ngày 26/10/2026, Trường Tiểu học Cẩm Quang tổ chức sinh hoạt chuyên môn theo nghiên cứu"
            " bài học cấp cụm, với sự tham dự của giáo viên khối 4, 5 các trường trong cụm số 3."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết học được chọn để nghiên cứu là bài “Phân số thập phân” môn Toán lớp 5. Giáo viên"
                " dự giờ tập trung quan sát hoạt động học của từng nhóm học sinh, ghi chép những khó"
                " khăn mà học sinh gặp phải thay vì nhận xét cách dạy của giáo viên."
            ),
            P(
                "Sau tiết dạy, các giáo viên cùng thảo luận, chia sẻ những điều quan sát được, đề xuất"
                " giải pháp giúp học sinh hiểu bản chất của phân số thập phân."
            ),
            Img(_m("10/shcm-cam-quang-1.jpg"), None, None, "row"),
            Img(_m("10/shcm-cam-quang-2.jpg"), None, None, "row"),
            P(
                "Thông qua buổi sinh hoạt, giáo viên trong cụm đã thống nhất được nhiều biện pháp tổ"
                " chức dạy học phù hợp với đối tượng học sinh, đặc biệt là học sinh còn hạn chế về kỹ"
                " năng tính toán."
            ),
            Raw(
                '<p style="text-align: right;"><em>Tác giả: Cô Lê Thị Thanh Tâm - Trường TH Cẩm'
                " Quang</em></p>"
            ),
        ],
        authors=["Lê Thị Thanh Tâm"],
        opts={
            "at": datetime(2026, 10, 28, 8, 30),
            "user": 1,
            "tags": ["tiểu học", "sinh hoạt chuyên môn"],
            "ext": 4,
        },
    ),
    Story(
        id=148,
        slug="trao-120-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 120 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="2",
        published_at="2026-10-24T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 22/10/2026, Hội Khuyến học huyện Cẩm Xuyên phối hợp với Phòng GD&ĐT trao 120 suất"
                " học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn, vươn lên trong học"
                " tập."
            ),
            Img(
                _m("10/hoc-bong-tiep-buoc-den-truong.jpg"),
                "Trao học bổng cho học sinh có hoàn cảnh khó khăn",
                "Trao học bổng cho học sinh có hoàn cảnh khó khăn",
                "figure",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng, tổng kinh phí 240 triệu đồng do các doanh"
                " nghiệp, nhà hảo tâm và con em quê hương Cẩm Xuyên đang sinh sống, làm việc xa quê"
                " đóng góp."
            ),
            P(
                "Đây là năm thứ 8 liên tiếp chương trình được tổ chức, đến nay đã trao gần 900 suất học"
                " bổng, tiếp thêm động lực cho các em vững bước đến trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thu Hằng</strong></p>'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'
            ),
        ],
        authors=["Thu Hằng"],
        source="Báo Hà Tĩnh",
        opts={"at": datetime(2026, 10, 24, 9, 0), "user": 1, "tags": ["khuyến học"]},
    ),
    Story(
        id=146,
        slug="huong-dan-danh-gia-hoc-sinh-tieu-hoc-theo-thong-tu-27-2020-tt-bgddt",
        title="Hướng dẫn đánh giá học sinh tiểu học theo Thông tư 27/2020/TT-BGDĐT",
        cat="4",
        published_at="2026-10-20T10:00:00+07:00",
        blocks=[
            P(
                "Để thống nhất việc đánh giá học sinh tiểu học trong năm học 2026 - 2027, Sở GD&ĐT lưu ý"
                " các đơn vị một số nội dung sau:"
            ),
            P(
                "Đánh giá thường xuyên bằng nhận xét, kết hợp nhiều hình thức; không so sánh học sinh"
                " này với học sinh khác.",
                "ol",
            ),
            P(
                "Đánh giá định kỳ vào giữa học kỳ và cuối học kỳ theo mức Hoàn thành tốt, Hoàn thành, Chưa hoàn thành.",
                "ol",
            ),
            P(
                "Bài kiểm tra định kỳ được giáo viên sửa lỗi, nhận xét, cho điểm theo thang điểm 10.",
                "ol",
            ),
            P(
                "Hiệu trưởng chịu trách nhiệm chỉ đạo việc đánh giá, tổng hợp kết quả và lưu trữ hồ sơ"
                " theo quy định."
            ),
            Raw(
                '<p>Xem thêm: <a href="/news.php?extend.42">Hướng dẫn đánh giá năm học 2019 - 2020</a></p>'
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Sở GD&amp;ĐT Hà Tĩnh</em></p>'),
        ],
        source="Sở GD&ĐT Hà Tĩnh",
        opts={"at": datetime(2026, 10, 20, 10, 0), "user": 1, "tags": ["tiểu học"], "entities": 2},
    ),
    Story(
        id=140,
        slug="hoc-sinh-cam-xuyen-dat-12-giai-tai-ky-thi-olympic-tieng-anh-cap-tinh",
        title="Học sinh Cẩm Xuyên đạt 12 giải tại kỳ thi Olympic Tiếng Anh cấp tỉnh",
        cat="4",
        published_at="2026-10-09T15:20:00+07:00",
        summary=(
            "Tại kỳ thi Olympic Tiếng Anh dành cho học sinh THCS cấp tỉnh năm học 2026 - 2027, đội"
            " tuyển huyện Cẩm Xuyên đạt 12 giải, trong đó có 2 giải Nhất."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi diễn ra ngày 04/10/2026 với 312 thí sinh của 13 huyện, thị xã, thành phố tham"
                " dự. Đội tuyển của huyện gồm 16 em, được ôn luyện tập trung tại Trường THCS Thị trấn"
                " Cẩm Xuyên từ tháng 8/2026."
            ),
            Img(
                _m("10/olympic-tieng-anh-2026.jpg"),
                "Đội tuyển Olympic Tiếng Anh của huyện cùng các thầy cô phụ trách",
                "Đội tuyển Olympic Tiếng Anh của huyện cùng các thầy cô phụ trách",
                "figure",
            ),
            P(
                "Kết quả, đội tuyển đạt 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến khích,"
                " xếp thứ 3 toàn tỉnh. Em Võ Ngọc Khánh Linh (lớp 9A, Trường THCS Thị trấn) đạt điểm"
                " cao nhất kỳ thi."
            ),
        ],
        authors=["Phạm Thị Lan"],
        opts={"at": datetime(2026, 10, 9, 15, 20), "user": 4, "tags": ["học sinh giỏi", "THCS"]},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
NEWEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)
DELETED_ITEM = "/news.php?extend.42"


def cat_id(story: Story) -> int:
    return int(story.cat)


def cat_name(cid: int) -> str:
    return CATS[cid][1]


def sef_path(story: Story) -> str:
    return f"/news/{story.id}/{story.slug}"


def legacy_path(story: Story) -> str:
    return f"/news.php?extend.{story.id}"


def cat_sef(cid: int) -> str:
    return f"/news/category/{cid}/{CATS[cid][0]}"


def tag_path(tag: str) -> str:
    return "/news/tag/" + quote(tag, safe="")


def in_cat(cid: int) -> list[Story]:
    return [s for s in NEWEST if cat_id(s) == cid]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def month_ts(d: date) -> int:
    """The calendar_menu's month key: the month's first second, local time, as a Unix time."""
    return int(datetime(d.year, d.month, 1, tzinfo=_LOCAL).timestamp())


CAL_NOW = f"{CAL}?{month_ts(TODAY_DATE)}"


def alt_paths(story: Story) -> list[str]:
    alts = [legacy_path(story)]
    if len(story.opts.get("comments", [])) >= 2:
        alts += [f"{sef_path(story)}?csort=asc", f"{sef_path(story)}?csort=desc"]
    return alts


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, sef_path(s), cat_name(cat_id(s)), alt_paths=alt_paths(s)) for s in NEWEST
]


@dataclass(frozen=True)
class Doc:
    id: int
    cat: int
    title: str
    number: str
    day: date
    file: str
    size: str


DOC_CATS = {2: "Văn bản chỉ đạo", 3: "Biểu mẫu"}
DOCS: list[Doc] = [
    Doc(
        14,
        2,
        "Thông báo tuyển dụng nhân viên kế toán hợp đồng năm 2026",
        "412/TB-PGDĐT",
        date(2026, 11, 16),
        "TB-tuyen-dung-ke-toan-2026.pdf",
        "212 KB",
    ),
    Doc(
        13,
        2,
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học",
        "398/KH-PGDĐT",
        date(2026, 11, 10),
        "KH-hoi-thi-GVDG-TH-2026.pdf",
        "356 KB",
    ),
    Doc(
        12,
        2,
        "Hướng dẫn nhiệm vụ năm học 2026 - 2027 cấp THCS",
        "355/HD-PGDĐT",
        date(2026, 9, 20),
        "HD-nhiem-vu-nam-hoc-THCS-2026-2027.pdf",
        "1,2 MB",
    ),
    Doc(
        9,
        3,
        "Mẫu báo cáo kiểm tra nội bộ trường học",
        "Mẫu 01",
        date(2026, 9, 5),
        "mau-bao-cao-kiem-tra-noi-bo.pdf",
        "88 KB",
    ),
]
_DOC_BY_ID = {d.id: d for d in DOCS}

PAGES: dict[int, str] = {3: "Giới thiệu", 4: "Cơ cấu tổ chức"}

NON_ARTICLES: list[str] = [
    "/news.php",
    *(
        f"/news.php?default.0.{n * FRONT_PER_PAGE}"
        for n in range(1, _pages(len(STORIES), FRONT_PER_PAGE))
    ),
    "/news.php?all",
    *(f"/news.php?all.0.{n * ALL_PER_PAGE}" for n in range(1, _pages(len(STORIES), ALL_PER_PAGE))),
    *(cat_sef(c) for c in CATS),
    *(
        f"{cat_sef(c)}?page={n}"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), CAT_PER_PAGE) + 1)
    ),
    *(f"/news.php?cat.{c}" for c in CATS),
    *(
        f"/news.php?cat.{c}.{n * CAT_PER_PAGE}"
        for c in CATS
        for n in range(1, _pages(len(in_cat(c)), CAT_PER_PAGE))
    ),
    *dict.fromkeys(tag_path(t) for s in NEWEST for t in s.opts["tags"]),
    *(f"/page.php?{p}" for p in PAGES),
    "/contact.php",
    "/search.php",
    "/download.php",
    *(f"/download.php?list.{c}" for c in DOC_CATS),
    *(f"/download.php?view.{d.id}" for d in DOCS),
    "/e107_plugins/gallery/gallery.php",
    *(f"/e107_plugins/gallery/gallery.php?album.{a}" for a in (3, 2)),
    CAL_NOW,
    *(f"/user.php?id.{u}" for u in USERS),
    "/signup.php",
    "/fpw.php",
    DELETED_ITEM,
    *(f"/print.php?news.{s.id}" for s in NEWEST),
    *(f"/email.php?news.{s.id}" for s in NEWEST),
]


# --------------------------------------------------------------------------- rendering

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def e107_date(when: datetime) -> str:
    """The site's date format ``%d %B %Y - %H:%M`` with the Vietnamese month ("Tháng 11")."""
    return f"{when.day:02d} Tháng {when.month} {when.year} - {when:%H:%M}"


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _t(value: str, story: Story | None = None) -> str:
    escaped = esc(value)
    every = story.opts.get("entities", 0) if story else 0
    return entity_mix(escaped, every) if every else escaped


def _excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    cut = first[:180].rsplit(" ", 1)[0]
    return cut + "…" if len(first) > 180 else first


def _img_tag(src: str, cls: str = "img-responsive") -> str:
    return f'<img class="{cls}" src="{src}" alt="" />'


def _render_flow(blocks: list, story: Story) -> str:
    """TinyMCE markup of a run of blocks (lists and tables grouped)."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "figure":
                out.append(
                    f'<figure class="image" style="text-align: center;">{_img_tag(b.src, "img-rounded")}'
                    f"<figcaption>{_t(b.printed or '', story)}</figcaption></figure>"
                )
            elif b.style == "bold":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "img-rounded")}</p>')
                out.append(
                    f'<p style="text-align: center;"><strong>{_t(b.printed or "", story)}</strong></p>'
                )
            elif b.style == "label":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "img-rounded")}</p>')
                out.append(
                    f'<p style="text-align: center;"><em>{_t(b.printed or "", story)}</em></p>'
                )
            else:  # bare
                out.append(f'<p style="text-align: center;">{_img_tag(b.src, "img-rounded")}</p>')
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f"<{cell}>{_t(c, story)}</{cell}>" for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        else:
            out.append(f"<p>{_t(b.text, story)}</p>")
        i += 1
    return "\n".join(out)


def _sections(story: Story) -> tuple[list[Img], list, list[Img], list]:
    """The item's parts in page order: news image, text, extra-image rows, extended text."""
    blocks = list(story.blocks)
    ext = story.opts.get("ext", len(blocks))
    main = [b for b in blocks[:ext] if isinstance(b, Img) and b.style == "main"]
    rows = [b for b in blocks if isinstance(b, Img) and b.style == "row"]
    body = [b for b in blocks[:ext] if b not in main and b not in rows]
    extended = [b for b in blocks[ext:] if b not in rows]
    return main, body, rows, extended


def _user_link(uid: int) -> str:
    return f'<a href="/user.php?id.{uid}">{esc(USERS[uid])}</a>'


def _meta_line(story: Story) -> str:
    cid = cat_id(story)
    n = len(story.opts.get("comments", []))
    return (
        '<div class="news-meta text-muted"><small>'
        f'<i class="glyphicon glyphicon-user"></i> Đăng bởi {_user_link(story.opts["user"])} | '
        f'<i class="glyphicon glyphicon-time"></i> {e107_date(story.opts["at"])} | '
        f'<i class="glyphicon glyphicon-folder-open"></i> Chuyên mục: <a href="/news.php?cat.{cid}">{esc(cat_name(cid))}</a> | '
        f'<a href="{sef_path(story)}#comments"><i class="glyphicon glyphicon-comment"></i> {n} bình luận</a>'
        "</small></div>"
    )


def _related(story: Story) -> str:
    others = [s for s in in_cat(cat_id(story)) if s.id != story.id][:4]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{legacy_path(s)}">{esc(s.title)}</a> <span class="text-muted">({_dmy(s.opts["at"])})</span></li>'
        for s in others
    )
    return f'<div class="e-related"><h4 class="caption">Tin liên quan</h4><ul class="list-unstyled">{items}</ul></div>'


def _navlink(story: Story) -> str:
    i = NEWEST.index(story)
    newer = NEWEST[i - 1] if i > 0 else None
    older = NEWEST[i + 1] if i + 1 < len(NEWEST) else None
    left = (
        f'<li class="previous"><a href="{sef_path(older)}">&laquo; Tin trước</a></li>'
        if older
        else ""
    )
    right = (
        f'<li class="next"><a href="{sef_path(newer)}">Tin sau &raquo;</a></li>' if newer else ""
    )
    return f'<ul class="pager news-nav">{left}{right}</ul>'


def _comments(story: Story, order: str) -> str:
    comments = list(story.opts.get("comments", []))
    if order == "desc":
        comments.reverse()
    items = "".join(
        f'<div class="media comment-item"><div class="media-left"><img class="media-object img-circle" src="{THEME}/images/noavatar.png" alt="" width="48" /></div>'
        f'<div class="media-body"><h5 class="media-heading"><b>{esc(name)}</b> <small class="text-muted">{e107_date(when)}</small></h5>'
        f'<div class="comment-text">{esc(body)}</div><a class="e-comment-reply" href="#comment-form">Trả lời</a></div></div>'
        for name, when, body in comments
    )
    sort = ""
    if len(comments) >= 2:
        sort = (
            f'<div class="comment-sort small">Sắp xếp: <a href="{sef_path(story)}?csort=asc">Cũ nhất trước</a>'
            f' | <a href="{sef_path(story)}?csort=desc">Mới nhất trước</a></div>'
        )
    empty = "" if comments else '<p class="text-muted">Chưa có bình luận nào.</p>'
    return f"""<div id="comments" class="comments-container">
<h3 class="caption">Bình luận ({len(comments)})</h3>{sort}{items}{empty}
<form id="comment-form" class="form-horizontal" method="post" action="{sef_path(story)}">
<h4>Gửi bình luận</h4>
<div class="form-group"><label class="control-label col-sm-2" for="author_name">Họ tên</label><div class="col-sm-10"><input class="form-control" type="text" name="author_name" id="author_name" /></div></div>
<div class="form-group"><label class="control-label col-sm-2" for="comment">Nội dung</label><div class="col-sm-10"><textarea class="form-control" name="comment" id="comment" rows="4"></textarea></div></div>
<input type="hidden" name="e-token" value="9f1c2ab47d0e8836" /><input type="hidden" name="subject" value="Re: {esc(story.title)}" />
<div class="form-group"><div class="col-sm-offset-2 col-sm-10"><button class="btn btn-primary" type="submit" name="commentsubmit">Gửi bình luận</button></div></div>
</form></div>"""


def article_html(story: Story, base: str, order: str = "asc") -> str:
    cid = cat_id(story)
    main, body, rows, extended = _sections(story)
    main_html = "".join(
        f'<span class="news-images-main pull-left col-xs-12 col-sm-6 col-md-6">{_img_tag(b.src)}</span>'
        for b in main
    )
    lead = f"<strong>{_t(story.summary, story)}</strong>" if story.summary else ""
    row_html = ""
    if rows:
        pairs = [rows[i : i + 2] for i in range(0, len(rows), 2)]
        row_html = "".join(
            f'<div class="row news-images-{n}">'
            + "".join(
                f'<div class="col-md-6">{_img_tag(b.src, "img-responsive img-thumbnail")}</div>'
                for b in pair
            )
            + "</div>"
            for n, pair in enumerate(pairs, 1)
        )
    tags = ", ".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in story.opts["tags"])
    crumbs = (
        '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/news.php">Tin tức</a></li>'
        f'<li><a href="{cat_sef(cid)}">{esc(cat_name(cid))}</a></li><li class="active">{esc(story.title)}</li></ul>'
    )
    content = f"""{crumbs}
<div class="view-item">
<h2 class="news-title"><a href="{sef_path(story)}">{esc(story.title)}</a></h2>
<hr class="news-heading-sep">
{_meta_line(story)}
<div class="news-tags text-muted"><small><i class="glyphicon glyphicon-tags"></i> Từ khóa: {tags}</small></div>
<hr>
<div class="body">
{main_html}
<p class="lead">{lead}</p>
<div class="text-justify">
{_render_flow(body, story)}
</div>
<div class="news-videos-1"></div>
<br />
{row_html}
<div class="body-extended text-justify">
{_render_flow(extended, story)}
</div>
</div>
<hr>
<div class="options hidden-print">
<div class="btn-group"><a class="btn btn-default" href="{sef_path(story)}#comments"><i class="glyphicon glyphicon-comment"></i> {len(story.opts.get("comments", []))}</a>
<a class="btn btn-default" href="/print.php?news.{story.id}" title="In bài"><i class="glyphicon glyphicon-print"></i> In bài</a>
<a class="btn btn-default" href="/e107_plugins/pdf/pdf.php?news.{story.id}" title="Tạo PDF"><i class="glyphicon glyphicon-file"></i> PDF</a>
<a class="btn btn-default" href="/email.php?news.{story.id}" title="Gửi email"><i class="glyphicon glyphicon-envelope"></i> Gửi email</a></div>
<div class="social-share"><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer.php?u={quote(base + sef_path(story), safe="")}" target="_blank">Facebook</a>
<a class="btn btn-sm btn-info" href="https://twitter.com/intent/tweet?url={quote(base + sef_path(story), safe="")}" target="_blank">Twitter</a>
<a class="btn btn-sm btn-default" href="https://sp.zalo.me/share_inline?url={quote(base + sef_path(story), safe="")}" target="_blank">Zalo</a></div>
</div>
</div>
<hr />
{_related(story)}
<hr>
{_navlink(story)}
{_comments(story, order)}"""
    og = f"""<meta property="og:title" content="{esc(story.title)}" />
<meta property="og:url" content="{base}{sef_path(story)}" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{esc(_excerpt(story))}" />"""
    return _page(f"{story.title} - {SHORT}", content, active="news", head=og)


# --- the theme --------------------------------------------------------------------------------

_NAV = [
    ("home", "/", "Trang chủ", []),
    (
        "about",
        "/page.php?3",
        "Giới thiệu",
        [("/page.php?3", "Giới thiệu chung"), ("/page.php?4", "Cơ cấu tổ chức")],
    ),
    (
        "news",
        "/news.php",
        "Tin tức",
        [(cat_sef(c), n) for c, (_s, n) in CATS.items()] + [("/news.php?all", "Tất cả tin bài")],
    ),
    ("docs", "/download.php", "Văn bản", []),
    ("gallery", "/e107_plugins/gallery/gallery.php", "Thư viện ảnh", []),
    ("cal", CAL_NOW, "Lịch công tác", []),
    ("contact", "/contact.php", "Liên hệ", []),
]


def _navbar(active: str) -> str:
    items = []
    for key, href, label, sub in _NAV:
        cls = ' class="active"' if key == active else ""
        if sub:
            subs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub)
            items.append(
                f'<li class="dropdown{" active" if key == active else ""}"><a href="{href}" class="dropdown-toggle" data-toggle="dropdown">{esc(label)} <b class="caret"></b></a>'
                f'<ul class="dropdown-menu">{subs}</ul></li>'
            )
        else:
            items.append(f'<li{cls}><a href="{href}">{esc(label)}</a></li>')
    return f"""<nav class="navbar navbar-default navbar-static-top" role="navigation"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#main-nav"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="main-nav"><ul class="nav navbar-nav">{"".join(items)}</ul>
<form class="navbar-form navbar-right" method="get" action="/search.php"><div class="form-group"><input class="form-control input-sm" type="text" name="q" placeholder="Tìm kiếm..." /></div>
<input type="hidden" name="r" value="0" /><button class="btn btn-default btn-sm" type="submit">Tìm</button> <a class="small" href="/search.php">Tìm nâng cao</a></form></div></div></nav>"""


def _menu(title: str, body: str, cls: str) -> str:
    return f'<div class="panel panel-default {cls}"><div class="panel-heading"><h4 class="panel-title">{esc(title)}</h4></div><div class="panel-body">{body}</div></div>'


def _sidebar() -> str:
    login = """<form method="post" action="/news.php" class="login-menu">
<div class="form-group"><input class="form-control input-sm" type="text" name="username" placeholder="Tên đăng nhập" /></div>
<div class="form-group"><input class="form-control input-sm" type="password" name="userpass" placeholder="Mật khẩu" /></div>
<div class="checkbox"><label><input type="checkbox" name="autologin" value="1" /> Ghi nhớ</label></div>
<button class="btn btn-primary btn-sm" type="submit" name="userlogin">Đăng nhập</button>
<p class="small"><a href="/signup.php">Đăng ký</a> | <a href="/fpw.php">Quên mật khẩu?</a></p></form>"""
    latest = "".join(
        f'<li><a href="{sef_path(s)}">{esc(s.title)}</a><br /><small class="text-muted">{_dmy(s.opts["at"])}</small></li>'
        for s in NEWEST[:6]
    )
    docs = "".join(
        f'<li><a href="/download.php?view.{d.id}">{esc(d.title)}</a> <small class="text-muted">({_dmy(d.day)})</small></li>'
        for d in sorted(DOCS, key=lambda d: d.day, reverse=True)[:4]
    )
    events = "".join(
        f"<li><b>{_dmy(day)}</b>: {esc(what)}</li>" for day, what in EVENTS if day >= TODAY_DATE
    )
    cal = (
        f'<p class="text-center"><a href="{CAL_NOW}">Tháng {TODAY_DATE.month}/{TODAY_DATE.year}</a></p>'
        f'<ul class="list-unstyled small">{events}</ul>'
    )
    links = """<select class="form-control input-sm" onchange="if(this.value) window.open(this.value)">
<option value="">-- Liên kết website --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option><option value="https://camxuyen.hatinh.gov.vn">UBND huyện Cẩm Xuyên</option></select>"""
    stats = "<p>Online: 8 khách, 0 thành viên</p><p>Hôm nay: 412</p><p>Lượt truy cập: 1.284.560</p>"
    return "".join(
        [
            _menu("Đăng nhập", login, "login-menu"),
            _menu("Tin mới", f'<ul class="list-unstyled news-menu">{latest}</ul>', "news-latest"),
            _menu(
                "Văn bản mới",
                f'<ul class="list-unstyled">{docs}</ul><a href="/download.php">Xem tất cả »</a>',
                "download-menu",
            ),
            _menu("Lịch công tác", cal, "calendar-menu"),
            _menu("Liên kết", links, "links-menu"),
            _menu("Thống kê", stats, "online-menu")
            + '<p class="text-center"><a href="/e107_plugins/rss_menu/rss.php?1.2"><img src="/e107_plugins/rss_menu/images/rss2.png" alt="RSS" /> RSS tin tức</a></p>',
        ]
    )


def _page(title: str, content: str, active: str = "", head: str = "", sidebar: bool = True) -> str:
    main = (
        f'<div class="col-md-8" id="main-content">{content}</div><div class="col-md-4" id="sidebar">{_sidebar()}</div>'
        if sidebar
        else f'<div class="col-md-12">{content}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />
<meta name="generator" content="e107 v2.1.8" />
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)} - Tin tức" href="/e107_plugins/rss_menu/rss.php?1.2" />
<link rel="icon" href="/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" href="/e107_web/lib/bootstrap/3/css/bootstrap.min.css" />
<link rel="stylesheet" href="{THEME}/style.css" />
<script src="/e107_web/lib/jquery/jquery.min.js"></script>
</head>
<body id="layout-jumbotron-sidebar-right">
<div id="top-bar"><div class="container"><span class="today"><i class="glyphicon glyphicon-calendar"></i> {TODAY}</span>
<span class="pull-right hotline">Đường dây nóng: {HOTLINE}</span></div></div>
<header id="header" class="container"><a href="/"><img src="{THEME}/images/banner-pgd.jpg" alt="{esc(SITE)}" class="img-responsive" /></a>
<h1 class="site-name sr-only">{esc(SITE)}</h1></header>
{_navbar(active)}
<div class="container"><div class="row">{main}</div></div>
<footer id="footer"><div class="container">
<p><b>{esc(SITE.upper())}</b></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Phòng GD&amp;ĐT huyện Cẩm Xuyên</p>
<p class="small">Bản quyền &copy; 2012 - 2026 {esc(SHORT)}. Powered by <a href="https://e107.org">e107</a>.</p>
</div></footer>
<script src="/e107_web/lib/bootstrap/3/js/bootstrap.min.js"></script>
</body>
</html>"""


# --- listings ---------------------------------------------------------------------------------


def _nextprev(total: int, per: int, current_from: int, link) -> str:
    """e107's nextprev in the theme's Bootstrap pagination; ``link(n)`` gives page n's URL (0-based)."""
    pages = _pages(total, per)
    if pages <= 1:
        return ""
    cur = current_from // per
    items = []
    if cur > 0:
        items.append(f'<li><a class="e-nav" href="{link(cur - 1)}">&laquo;</a></li>')
    for n in range(pages):
        if n == cur:
            items.append(f'<li class="active"><a href="#">{n + 1}</a></li>')
        else:
            items.append(f'<li><a class="e-nav" href="{link(n)}">{n + 1}</a></li>')
    if cur < pages - 1:
        items.append(f'<li><a class="e-nav" href="{link(cur + 1)}">&raquo;</a></li>')
    return f'<!-- Start of Next/Prev --><div class="nextprev"><ul class="pagination">{"".join(items)}</ul></div><!-- End of Next/Prev -->'


def _default_item(s: Story) -> str:
    main = next((b for b in s.blocks if isinstance(b, Img) and b.style == "main"), None)
    thumb = (
        f'<span class="news-images-main pull-left col-xs-12 col-sm-4">{_img_tag(main.src.replace("w=900&amp;h=600", "w=400&amp;h=400"))}</span>'
        if main
        else ""
    )
    return f"""<div class="default-item">
<h2 class="news-title"><a href="{sef_path(s)}">{esc(s.title)}</a></h2>
{_meta_line(s)}
{thumb}<p class="lead">{esc(_excerpt(s))}</p>
<div class="text-right"><a class="btn btn-default btn-sm" href="{sef_path(s)}">Đọc thêm…</a></div><hr></div>"""


def front(start: int) -> str:
    chunk = NEWEST[start : start + FRONT_PER_PAGE]
    items = (
        "".join(_default_item(s) for s in chunk) or '<p class="text-muted">Không có tin nào.</p>'
    )
    pager = _nextprev(
        len(NEWEST),
        FRONT_PER_PAGE,
        start,
        lambda n: "/news.php" if n == 0 else f"/news.php?default.0.{n * FRONT_PER_PAGE}",
    )
    return _page(f"Tin tức - {SHORT}", items + pager, active="home")


def _list_item(s: Story) -> str:
    return f"""<div class="row row-fluid news-list-item"><div class="col-md-3"><div class="thumbnail"><img src="{THEME}/images/noimage.png" alt="" /></div></div>
<div class="col-md-9"><h3 class="media-heading"><a href="{sef_path(s)}">{esc(s.title)}</a></h3>
<p class="text-muted small">{_dmy(s.opts["at"])}</p><p>{esc(_excerpt(s))}</p>
<p><a href="{sef_path(s)}" class="btn btn-small btn-primary">Đọc thêm…</a></p></div></div><hr class="visible-xs" />"""


def category(cid: int, start: int, sef: bool) -> str:
    items = in_cat(cid)
    chunk = items[start : start + CAT_PER_PAGE]
    body = (
        "".join(_list_item(s) for s in chunk)
        or '<p class="text-muted">Không có tin nào trong chuyên mục này.</p>'
    )
    if sef:
        pager = _nextprev(
            len(items),
            CAT_PER_PAGE,
            start,
            lambda n: cat_sef(cid) if n == 0 else f"{cat_sef(cid)}?page={n + 1}",
        )
    else:
        pager = _nextprev(
            len(items),
            CAT_PER_PAGE,
            start,
            lambda n: (
                f"/news.php?cat.{cid}" if n == 0 else f"/news.php?cat.{cid}.{n * CAT_PER_PAGE}"
            ),
        )
    crumbs = f'<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/news.php">Tin tức</a></li><li class="active">{esc(cat_name(cid))}</li></ul>'
    return _page(
        f"{cat_name(cid)} - {SHORT}",
        f'{crumbs}<h2 class="caption">{esc(cat_name(cid))}</h2>{body}{pager}',
        active="news",
    )


def archive(start: int) -> str:
    chunk = NEWEST[start : start + ALL_PER_PAGE]
    rows = "".join(
        f'<tr><td>{_dmy(s.opts["at"])}</td><td><a href="{sef_path(s)}">{esc(s.title)}</a></td><td><a href="{cat_sef(cat_id(s))}">{esc(cat_name(cat_id(s)))}</a></td></tr>'
        for s in chunk
    )
    pager = _nextprev(
        len(NEWEST),
        ALL_PER_PAGE,
        start,
        lambda n: "/news.php?all" if n == 0 else f"/news.php?all.0.{n * ALL_PER_PAGE}",
    )
    table = f'<table class="table table-striped"><thead><tr><th>Ngày</th><th>Tiêu đề</th><th>Chuyên mục</th></tr></thead><tbody>{rows}</tbody></table>'
    return _page(
        f"Tất cả tin bài - {SHORT}",
        f'<h2 class="caption">Tất cả tin bài</h2>{table}{pager}',
        active="news",
    )


def tag_list(tag: str) -> str | None:
    items = [s for s in NEWEST if tag in s.opts["tags"]]
    if not items:
        return None
    body = "".join(_list_item(s) for s in items)
    return _page(
        f"Từ khóa: {tag} - {SHORT}",
        f'<h2 class="caption">Từ khóa: {esc(tag)}</h2>{body}',
        active="news",
    )


# --- other pages ------------------------------------------------------------------------------

_PAGE_TEXT = {
    3: (
        "<p>Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc UBND huyện, tham mưu"
        " giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Toàn huyện hiện có 24 trường mầm non, 27 trường tiểu học, 22 trường THCS với gần 29.000 học"
        " sinh và hơn 1.900 cán bộ, giáo viên, nhân viên.</p>"
    ),
    4: (
        "<p>Lãnh đạo phòng và các bộ phận chuyên môn:</p>"
        '<table class="table table-bordered"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>'
        "<tr><td>Nguyễn Văn Hải</td><td>Trưởng phòng</td><td>0913 274 118</td></tr>"
        "<tr><td>Đặng Thị Minh</td><td>Phó Trưởng phòng</td><td>0915 608 223</td></tr>"
        "<tr><td>Bùi Văn Tiến</td><td>Phó Trưởng phòng</td><td>0988 143 570</td></tr></table>"
    ),
}


def static_page(pid: int) -> str:
    title = PAGES[pid]
    content = f'<div class="cpage"><h2 class="caption">{esc(title)}</h2>{_PAGE_TEXT[pid]}</div>'
    return _page(f"{title} - {SHORT}", content, active="about")


def contact() -> str:
    content = f"""<h2 class="caption">Liên hệ</h2>
<address><b>{esc(SITE)}</b><br />{esc(ADDRESS)}<br />Điện thoại: {PHONE}<br />Email: {EMAIL}</address>
<form method="post" action="/contact.php" class="form-horizontal">
<div class="form-group"><label class="col-sm-3 control-label">Họ tên</label><div class="col-sm-9"><input class="form-control" name="author_name" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Email</label><div class="col-sm-9"><input class="form-control" name="email_send" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Tiêu đề</label><div class="col-sm-9"><input class="form-control" name="subject" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Nội dung</label><div class="col-sm-9"><textarea class="form-control" name="body" rows="6"></textarea></div></div>
<button class="btn btn-primary" type="submit" name="send-contactus">Gửi</button></form>"""
    return _page(f"Liên hệ - {SHORT}", content, active="contact")


def search_page() -> str:
    content = """<h2 class="caption">Tìm kiếm</h2><form method="get" action="/search.php" class="form-inline">
<input class="form-control" type="text" name="q" /> <select class="form-control" name="t"><option value="news">Tin tức</option><option value="downloads">Văn bản</option><option value="pages">Trang</option></select>
<button class="btn btn-primary" type="submit">Tìm kiếm</button></form><p class="text-muted">Nhập từ khóa (ít nhất 3 ký tự).</p>"""
    return _page(f"Tìm kiếm - {SHORT}", content)


def downloads(cat: int | None) -> str | None:
    if cat is None:
        rows = "".join(
            f'<tr><td><a href="/download.php?list.{c}">{esc(n)}</a></td><td>{sum(d.cat == c for d in DOCS)}</td></tr>'
            for c, n in DOC_CATS.items()
        )
        content = f'<h2 class="caption">Văn bản</h2><table class="table"><tr><th>Danh mục</th><th>Số tệp</th></tr>{rows}</table>'
        return _page(f"Văn bản - {SHORT}", content, active="docs")
    if cat not in DOC_CATS:
        return None
    rows = "".join(
        f'<tr><td><a href="/download.php?view.{d.id}">{esc(d.title)}</a></td><td>{_dmy(d.day)}</td><td>{d.size}</td>'
        f'<td><a href="/request.php?{d.id}"><i class="glyphicon glyphicon-download-alt"></i></a></td></tr>'
        for d in DOCS
        if d.cat == cat
    )
    content = (
        f'<ul class="breadcrumb"><li><a href="/download.php">Văn bản</a></li><li class="active">{esc(DOC_CATS[cat])}</li></ul>'
        f'<table class="table table-striped"><tr><th>Tên tệp</th><th>Ngày</th><th>Dung lượng</th><th></th></tr>{rows}</table>'
    )
    return _page(f"{DOC_CATS[cat]} - {SHORT}", content, active="docs")


def download_view(d: Doc) -> str:
    content = f"""<ul class="breadcrumb"><li><a href="/download.php">Văn bản</a></li><li><a href="/download.php?list.{d.cat}">{esc(DOC_CATS[d.cat])}</a></li><li class="active">{esc(d.title)}</li></ul>
<h3>{esc(d.title)}</h3><table class="table table-bordered">
<tr><td>Số/Ký hiệu</td><td>{esc(d.number)}</td></tr><tr><td>Ngày đăng</td><td>{_dmy(d.day)}</td></tr>
<tr><td>Tệp</td><td>{esc(d.file)} ({d.size})</td></tr><tr><td>Lượt tải</td><td>{17 + d.id * 9}</td></tr></table>
<a class="btn btn-primary" href="/request.php?{d.id}">Tải về</a>"""
    return _page(f"{d.title} - {SHORT}", content, active="docs")


ALBUMS = {3: ("Hội khỏe Phù Đổng cấp huyện 2026", 6), 2: ("Lễ khai giảng năm học 2026 - 2027", 4)}


def gallery(album: int | None) -> str | None:
    if album is None:
        cards = "".join(
            f'<div class="col-sm-6"><a href="/e107_plugins/gallery/gallery.php?album.{a}" class="thumbnail"><img src="{MEDIA}/gallery/album-{a}.jpg" alt="" /><div class="caption">{esc(t)} ({n} ảnh)</div></a></div>'
            for a, (t, n) in ALBUMS.items()
        )
        return _page(
            f"Thư viện ảnh - {SHORT}",
            f'<h2 class="caption">Thư viện ảnh</h2><div class="row">{cards}</div>',
            active="gallery",
        )
    if album not in ALBUMS:
        return None
    title, n = ALBUMS[album]
    photos = "".join(
        f'<div class="col-xs-6 col-md-4"><a href="{MEDIA}/gallery/album-{album}-{k}.jpg" data-gal="prettyPhoto[slide]" class="thumbnail">'
        f'<img src="/media/img/300x200/gallery/album-{album}-{k}.jpg" alt="" /></a><p class="small">Ảnh {k}</p></div>'
        for k in range(1, n + 1)
    )
    content = f'<ul class="breadcrumb"><li><a href="/e107_plugins/gallery/gallery.php">Thư viện ảnh</a></li><li class="active">{esc(title)}</li></ul><div class="row">{photos}</div>'
    return _page(f"{title} - {SHORT}", content, active="gallery")


EVENTS: list[tuple[date, str]] = [
    (date(2026, 11, 20), "Lễ kỷ niệm Ngày Nhà giáo Việt Nam"),
    (date(2026, 11, 26), "Giao ban hiệu trưởng các trường THCS (8h00, hội trường Phòng)"),
    (date(2026, 11, 30), "Kiểm tra công tác bán trú tại Trường MN Cẩm Hà"),
    (date(2026, 12, 4), "Bế mạc Hội thi GVDG bậc Tiểu học"),
    (date(2026, 12, 22), "Kiểm tra cuối học kỳ I khối 9"),
]


def _month_add(d: date, k: int) -> date:
    m = d.month - 1 + k
    return date(d.year + m // 12, m % 12 + 1, 1)


def calendar(ts: int) -> str:
    day = datetime.fromtimestamp(ts, _LOCAL).date().replace(day=1)
    prev_, next_ = _month_add(day, -1), _month_add(day, 1)
    rows = (
        "".join(
            f"<tr><td>{_dmy(d)}</td><td>{esc(what)}</td></tr>"
            for d, what in EVENTS
            if (d.year, d.month) == (day.year, day.month)
        )
        or '<tr><td colspan="2">Không có sự kiện nào trong tháng này.</td></tr>'
    )
    content = f"""<h2 class="caption">Lịch công tác tháng {day.month}/{day.year}</h2>
<ul class="pager"><li class="previous"><a href="{CAL}?{month_ts(prev_)}">&lsaquo; Tháng trước</a></li>
<li><a href="{CAL_NOW}">Tháng hiện tại</a></li>
<li class="next"><a href="{CAL}?{month_ts(next_)}">Tháng sau &rsaquo;</a></li></ul>
<table class="table table-bordered fcaltable"><tr><th>Ngày</th><th>Nội dung</th></tr>{rows}</table>"""
    return _page(f"Lịch công tác - {SHORT}", content, active="cal")


def user_page(uid: int) -> str:
    name = USERS[uid]
    posts = sum(s.opts["user"] == uid for s in STORIES)
    content = f"""<h2 class="caption">Thông tin thành viên: {esc(name)}</h2>
<table class="table"><tr><td>Tên hiển thị</td><td>{esc(name)}</td></tr><tr><td>Ngày tham gia</td><td>0{uid} Tháng 9 2013</td></tr>
<tr><td>Số tin đã đăng</td><td>{posts}</td></tr><tr><td>Lần truy cập cuối</td><td>{e107_date(datetime(2026, 11, 24, 17, 2))}</td></tr></table>"""
    return _page(f"Thành viên - {SHORT}", content)


def simple(title: str, inner: str) -> str:
    return _page(f"{title} - {SHORT}", f'<h2 class="caption">{esc(title)}</h2>{inner}')


def print_view(story: Story, base: str) -> str:
    _main, body, _rows, extended = _sections(story)
    lead = f"<p><b>{_t(story.summary, story)}</b></p>" if story.summary else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(SHORT)} - In bài</title>
<link rel="stylesheet" href="/e107_web/css/print.css" /></head><body class="print">
<div style="text-align:center"><img src="{THEME}/images/logo-print.png" alt="" /></div><hr />
<div class="print-news"><b>{esc(story.title)}</b><br />
<span class="smalltext">Đăng bởi {esc(USERS[story.opts["user"]])} vào {e107_date(story.opts["at"])}</span><br /><br />
{lead}{_render_flow(body, story)}{_render_flow(extended, story)}</div><hr />
<p>Bài viết này được in từ {esc(SITE)} ( {base}/ )<br />URL: {base}{legacy_path(story)}</p>
<script>window.print();</script></body></html>"""


def email_form(story: Story) -> str:
    content = f"""<h2 class="caption">Gửi bài viết cho bạn bè</h2>
<p>Bài viết: <b><a href="{sef_path(story)}">{esc(story.title)}</a></b></p>
<form method="post" action="/email.php?news.{story.id}"><div class="form-group"><label>Tên của bạn</label><input class="form-control" name="author_name" /></div>
<div class="form-group"><label>Email người nhận</label><input class="form-control" name="email_send" /></div>
<div class="form-group"><label>Lời nhắn</label><textarea class="form-control" name="comment" rows="4"></textarea></div>
<button class="btn btn-primary" type="submit" name="emailsubmit">Gửi email</button></form>"""
    return _page(f"Gửi email - {SHORT}", content)


def rss(base: str) -> str:
    items = "".join(
        f"""<item><title>{esc(s.title)}</title><link>{base}{legacy_path(s)}</link>
<description>{esc(_excerpt(s))}</description><category>{esc(cat_name(cat_id(s)))}</category>
<author>{EMAIL} ({esc(USERS[s.opts["user"]])})</author><pubDate>{format_datetime(s.opts["at"].replace(tzinfo=_LOCAL))}</pubDate>
<guid isPermaLink="true">{base}{legacy_path(s)}</guid></item>
"""
        for s in NEWEST[:10]
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>{esc(SHORT)} : Tin tức</title><link>{base}/</link><description>{esc(SITE)}</description>
<language>vi</language><generator>e107 (http://e107.org)</generator>
<atom:link href="{base}/e107_plugins/rss_menu/rss.php?1.2" rel="self" type="application/rss+xml" />
{items}</channel></rss>"""


_ROBOTS = """User-agent: *
Disallow: /e107_admin/
Disallow: /e107_core/
Disallow: /e107_docs/
Disallow: /e107_handlers/
Disallow: /e107_languages/
Disallow: /e107_system/
Disallow: /e107_web/js/
"""

_SEF_ITEM = re.compile(r"^/news/(\d+)(?:/([^/]+))?/?$")
_SEF_CAT = re.compile(r"^/news/category/(\d+)(?:/([^/]+))?/?$")


def _num(value: str) -> int | None:
    return int(value) if value.isdigit() else None


class E107Site:
    """The front controllers of an e107 v2 site (``news.php``, ``page.php``, ``download.php`` …)."""

    def respond(self, request: Request) -> Response | None:
        path, q = request.path, request.query
        base = base_url(request)
        if path in ("/", "/index.php"):
            return redirect("/news.php", 302)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if (
            path == "/thumb.php"
            or path.startswith(
                (
                    "/media/img/",
                    "/e107_media/",
                    "/e107_themes/",
                    "/e107_web/",
                    "/e107_plugins/rss_menu/images/",
                )
            )
            or path == "/favicon.ico"
        ):
            return static_file(path) or static_file(".jpg")
        if path == "/request.php":
            d = _DOC_BY_ID.get(_num(q) or -1)
            if d is None:
                return None
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{d.file}"',
                },
            )
        if path == "/e107_plugins/pdf/pdf.php":
            m = re.fullmatch(r"news\.(\d+)", q)
            if not m or int(m.group(1)) not in _BY_ID:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/e107_plugins/rss_menu/rss.php":
            return Response(200, rss(base), {"Content-Type": "application/rss+xml; charset=utf-8"})
        page = self._page(path, q, request, base)
        if page is None:
            return None
        return html(page, headers={"Set-Cookie": "PHPSESSID=8d1f0c6a2b7e4935; path=/; HttpOnly"})

    def _page(self, path: str, q: str, request: Request, base: str) -> str | None:
        if path == "/news.php":
            return self._news_php(q, base)
        if m := _SEF_CAT.match(path):
            cid = int(m.group(1))
            if cid not in CATS:
                return None
            page = _num(request.params.get("page", "1")) or 1
            return category(cid, (page - 1) * CAT_PER_PAGE, sef=True)
        if path.startswith("/news/tag/"):
            return tag_list(unquote(path[len("/news/tag/") :]))
        if m := _SEF_ITEM.match(path):
            story = _BY_ID.get(int(m.group(1)))
            if story is None:
                return None
            return article_html(story, base, order=request.params.get("csort", "asc"))
        if path == "/page.php":
            return static_page(int(q)) if _num(q) in PAGES else None
        if path == "/contact.php":
            return contact()
        if path == "/search.php":
            return search_page()
        if path == "/download.php":
            if not q:
                return downloads(None)
            if m := re.fullmatch(r"list\.(\d+)", q):
                return downloads(int(m.group(1)))
            if (m := re.fullmatch(r"view\.(\d+)", q)) and int(m.group(1)) in _DOC_BY_ID:
                return download_view(_DOC_BY_ID[int(m.group(1))])
            return None
        if path == "/e107_plugins/gallery/gallery.php":
            if not q:
                return gallery(None)
            m = re.fullmatch(r"album\.(\d+)", q)
            return gallery(int(m.group(1))) if m else None
        if path == CAL:
            ts = _num(q.split(".", 1)[0]) if q else month_ts(TODAY_DATE)
            return calendar(ts) if ts is not None and ts < 32503680000 else None
        if path == "/user.php":
            m = re.fullmatch(r"id\.(\d+)", q)
            return user_page(int(m.group(1))) if m and int(m.group(1)) in USERS else None
        if path == "/signup.php":
            return simple(
                "Đăng ký thành viên",
                "<p>Chức năng đăng ký thành viên đã bị tắt. Vui lòng liên hệ quản trị.</p>",
            )
        if path == "/fpw.php":
            return simple(
                "Quên mật khẩu",
                '<form method="post" action="/fpw.php"><input class="form-control" name="email" placeholder="Email" />'
                ' <button class="btn btn-primary" type="submit" name="pwsubmit">Gửi yêu cầu</button></form>',
            )
        if m := re.fullmatch(r"/(print|email)\.php", path):
            mm = re.fullmatch(r"news\.(\d+)", q)
            story = _BY_ID.get(int(mm.group(1))) if mm else None
            if story is None:
                return None
            return print_view(story, base) if m.group(1) == "print" else email_form(story)
        return None

    def _news_php(self, q: str, base: str) -> str | None:
        if not q:
            return front(0)
        if m := re.fullmatch(r"default\.0\.(\d+)", q):
            return front(int(m.group(1)))
        if m := re.fullmatch(r"extend\.(\d+)", q):
            story = _BY_ID.get(int(m.group(1)))
            if story is None:  # e107 prints its message page with status 200
                return simple(
                    "Tin tức", '<div class="alert alert-info">Không tìm thấy bản tin yêu cầu.</div>'
                )
            return article_html(story, base)
        if m := re.fullmatch(r"cat\.(\d+)(?:\.(\d+))?", q):
            cid = int(m.group(1))
            if cid not in CATS:
                return None
            return category(cid, int(m.group(2) or 0), sef=False)
        if m := re.fullmatch(r"all(?:\.0\.(\d+))?", q):
            return archive(int(m.group(1) or 0))
        return None


def build_site() -> E107Site:
    return E107Site()
