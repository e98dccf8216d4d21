"""Fixture portal: a provincial Department of Education and Training (Sở GD&ĐT) on Drupal 9.

Imitates a Drupal 9.5 site with a Bartik sub-theme, Pathauto aliases, Views, the Calendar module,
Printable, AddToAny, Statistics and Poll, as provincial education departments run it. What it prints:

- articles at Pathauto aliases ``/tin-tuc/<slug>`` and the very same page at ``/node/<nid>``
  (``rel=canonical`` and ``rel=shortlink`` in the head; editors paste ``/node/N`` links into texts,
  the comment link carries ``?destination=/node/N``);
- Bartik's node markup: ``h1.page-title``, the submitted line "Gửi bởi <user> vào T6, 20/11/2026 -
  16:40" (``<time datetime>`` in UTC), a lead field above the body, ``field--name-field-image``
  (single or several values, with an optional caption field), ``field--name-body`` (CKEditor:
  caption figures, centred images with an italic line, tables, lists, headings), "Tác giả" and
  "Nguồn tin" fields, an attached-file field, the "Chuyên mục" term and "Từ khóa" tags, a
  print link to ``/node/N/printable/print``, AddToAny, "Đăng nhập để gửi bình luận";
- Views listings paged with zero-based ``?page=N`` (relative ``href="?page=1"``; page one also as
  ``?page=0``): ``/tin-tuc`` (fields), ``/taxonomy/term/N`` (teasers, with ``/feed``),
  ``/van-ban-chi-dao`` (a table with an exposed filter form);
- ``/rss.xml``: the newest 10 promoted articles;
- a "Văn bản chỉ đạo" section: document nodes ``/van-ban/<slug>`` (and ``/node/N``) that are a
  register entry (number, date, type, issuer, signer, abstract as title) plus a PDF;
- "Lịch công tác": a Calendar-module month view ``/lich-cong-tac`` (today's month) and
  ``/lich-cong-tac/month/YYYYMM`` whose "Sau ›"/"‹ Trước" links never end (any month from 190001
  to 299912 answers), linking event nodes ``/su-kien/<slug>``;
- chrome: a header date line "Thứ Tư, ngày 25/11/2026" (a fixed today), menus with dropdowns,
  breadcrumbs "Trang chủ › Tin tức › <chuyên mục>", the search form, blocks of latest, most read
  and same-category news (with dates), new documents, this week's events, a login form, a
  visitor counter, a poll, a links dropdown, a footer with address, phone and licence;
  basic pages "Giới thiệu", "Cơ cấu tổ chức" (also at ``/node/N``), a contact form.

Gold (by hand, see GOLD). Articles are the "Tin bài" nodes. Document-register entries ("Văn
bản chỉ đạo") are not articles: they print no text of their own, only register fields and a
file, so they and their ``/node/N`` forms are NON_ARTICLES, as are event entries, basic pages and
print views. A news post that is one line plus an attached PDF *is* an article. Authors come
from the "Tác giả" field or the closing signature; the submitting account ("bientap",
"vanphong") is a login name and never an author. The category is the breadcrumb's last item
(the article's "Chuyên mục" term). The lead field is the summary and the body's first
paragraph. The image field counts as the article's first photo(s); its caption field is its
caption. Table rows are body lines, cells joined by " | ". The file field is not body text.
"""

from __future__ import annotations

import hashlib
import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "drupal_sgddt"
PLATFORM = "drupal"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SLOGAN = "Cổng thông tin điện tử"
FILES = "/sites/default/files"
#: the calendar's default month: the month of the fixed "today"
THIS_MONTH = (2026, 11)
NEWS_PER_PAGE = 5
TERM_PER_PAGE = 3
DOCS_PER_PAGE = 3

#: article categories ("Chuyên mục"), tags ("Từ khóa") and document types, by term id
TERMS: dict[int, str] = {5: "Tin hoạt động ngành", 6: "Tin từ cơ sở", 7: "Thông báo"}
TAGS: dict[int, str] = {
    21: "Năm học 2026-2027",
    22: "Chuyển đổi số",
    23: "Tuyển sinh",
    24: "Nhà giáo",
    25: "Dân tộc nội trú",
}
DOC_TYPES: dict[int, str] = {31: "Công văn", 32: "Kế hoạch", 33: "Quyết định"}
USERS: dict[str, int] = {"admin": 1, "bientap": 4, "vanphong": 5}
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
WEEKDAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _itok(seed: str) -> str:
    """Drupal's image-style token: 8 characters derived from the file name."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % 64] for b in digest[:8])


def _styled(style: str, name: str) -> str:
    """A file under public:// as an image style derivative, with its token."""
    return f"{FILES}/styles/{style}/public/{name}?itok={_itok(style + name)}"


# Story.opts: when (local time of the submitted line), user, tid (Chuyên mục), tags, slug alias,
# author_field ("Tác giả"), source_field ("Nguồn tin"), file (href, name, size), nfd (body
# stored decomposed), entities (body with character references), views.
# Img styles: "field" (image field value; printed = its caption field), "gallery" (one of
# several image-field values), "figure" (CKEditor caption figure), "em" (centred image then an
# italic line), "remote" (caption figure of an image hot-linked from another site).
# P styles: "" paragraph, "h3", "li", "th"/"tr" (table rows, cells joined by " | "),
# "a|<href>|<phrase>" (a paragraph whose <phrase> is a link).
STORIES: list[Story] = [
    Story(
        id=2486,
        slug="tuyen-duong-120-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tuyên dương 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="5",
        published_at="2026-11-20T16:40:00+07:00",
        blocks=[
            Img(
                _styled("large", "2026-11/tuyen-duong-nha-giao-2026.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "field",
            ),
            P(
                "Dự buổi lễ có đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành; đại"
                " diện Công đoàn ngành Giáo dục cùng 120 nhà giáo tiêu biểu đến từ các trường học"
                " trên địa bàn toàn tỉnh."
            ),
            P(
                "Báo cáo tại buổi lễ, đồng chí Nguyễn Văn Sơn, Giám đốc Sở Giáo dục và Đào tạo"
                " cho biết, toàn ngành hiện có hơn 19.800 cán bộ quản lý, giáo viên, nhân viên."
                " Năm học 2025 - 2026, chất lượng giáo dục toàn diện và giáo dục mũi nhọn tiếp tục"
                " được nâng lên; tỉnh có 18 học sinh đạt giải trong kỳ thi chọn học sinh giỏi quốc"
                " gia."
            ),
            Img(
                f"{FILES}/inline-images/nha-giao-tieu-bieu-2026-2.jpg",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm cùng lãnh đạo tỉnh",
                "figure",
            ),
            P(
                "Trong số 120 nhà giáo được tuyên dương, có 46 thầy cô đang công tác tại các xã"
                " vùng cao, vùng đặc biệt khó khăn. Nhiều thầy cô đã có trên 20 năm gắn bó với các"
                " điểm trường lẻ, vận động học sinh ra lớp, góp phần giữ vững tỉ lệ chuyên cần."
            ),
            P(
                "Ngay từ đầu năm học 2026 - 2027, ngành đã phát động phong trào thi đua “Đổi mới,"
                " sáng tạo trong dạy và học” tới toàn thể cán bộ, giáo viên, nhân viên.",
                "a|/node/2432|phát động phong trào thi đua",
            ),
            P(
                "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 nhà giáo; Giám đốc Sở Giáo dục"
                " và Đào tạo tặng Giấy khen cho 95 nhà giáo có thành tích xuất sắc."
            ),
            Raw('<p style="text-align:right"><strong>Ảnh: Quang Vinh</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Quang Vinh"],
        summary=(
            "Chiều 19/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 11, 20, 16, 40),
            "user": "bientap",
            "tags": [24],
            "author_field": "Hoàng Minh Đức",
            "views": 1842,
        },
    ),
    Story(
        id=2479,
        slug="thong-bao-ket-qua-vong-2-ky-xet-tuyen-vien-chuc-giao-duc-nam-2026",
        title="Thông báo kết quả vòng 2 kỳ xét tuyển viên chức giáo dục năm 2026",
        cat="7",
        published_at="2026-11-12T09:15:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo kết quả vòng 2 kỳ xét tuyển viên chức làm việc"
                " tại các đơn vị sự nghiệp giáo dục trực thuộc Sở năm 2026 (chi tiết tại tệp đính"
                " kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 12, 9, 15),
            "user": "vanphong",
            "tags": [],
            "file": (f"{FILES}/2026-11/TB-ket-qua-xet-tuyen-vong-2-2026.pdf", "312.4 KB"),
            "views": 3967,
        },
    ),
    Story(
        id=2471,
        slug="truong-ptdtnt-thpt-tinh-to-chuc-ngay-hoi-net-dep-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THPT tỉnh tổ chức Ngày hội “Nét đẹp văn hóa các dân tộc”",
        cat="6",
        published_at="2026-11-05T14:00:00+07:00",
        blocks=[
            P(
                "Sáng 04/11, Trường Phổ thông Dân tộc nội trú THPT tỉnh tổ chức Ngày hội “Nét đẹp"
                " văn hóa các dân tộc” năm 2026 với sự tham gia của gần 600 học sinh thuộc 12 dân"
                " tộc đang theo học tại trường."
            ),
            P(
                "Ngày hội gồm nhiều hoạt động đặc sắc như trình diễn trang phục truyền thống, thi"
                " gói bánh chưng, làm bánh gai, thi hát Then, hát Sình ca, múa khèn và các trò chơi"
                " dân gian: ném còn, kéo co, đẩy gậy, đi cà kheo."
            ),
            Img(
                f"{FILES}/inline-images/ngay-hoi-van-hoa-dtnt-1.jpg",
                "Học sinh dân tộc Dao trình diễn trang phục truyền thống",
                "Học sinh dân tộc Dao trình diễn trang phục truyền thống",
                "em",
            ),
            P(
                "Thông qua ngày hội, nhà trường giúp học sinh thêm hiểu biết, tự hào về bản sắc văn"
                " hóa của dân tộc mình, đồng thời tăng cường tình đoàn kết giữa học sinh các dân tộc"
                " trong trường."
            ),
            Img(
                f"{FILES}/inline-images/ngay-hoi-van-hoa-dtnt-2.jpg",
                "Phần thi gói bánh chưng của học sinh lớp 11A2",
                "Phần thi gói bánh chưng của học sinh lớp 11A2",
                "em",
            ),
            Raw('<p style="text-align:right"><strong><em>Tin, ảnh: Ma Thị Thu Trang</em></strong></p>'),
        ],
        authors=["Ma Thị Thu Trang"],
        photographers=["Ma Thị Thu Trang"],
        opts={
            "when": datetime(2026, 11, 5, 14, 0),
            "user": "bientap",
            "tags": [25],
            "nfd": True,
            "views": 655,
        },
    ),
    Story(
        id=2463,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-day-hoc-cho-can-bo-quan-ly-cac-truong-thpt",
        title="Tập huấn chuyển đổi số trong quản lý, dạy học cho cán bộ quản lý các trường THPT",
        cat="5",
        published_at="2026-10-28T10:20:00+07:00",
        blocks=[
            Img(_styled("large", "2026-10/tap-huan-chuyen-doi-so.jpg"), None, None, "field"),
            P(
                "Từ ngày 26 đến 27/10, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyển đổi số"
                " trong quản lý, dạy học cho hơn 150 cán bộ quản lý và tổ trưởng chuyên môn các"
                " trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
            ),
            P(
                "Nội dung tập huấn được xây dựng theo Kế hoạch chuyển đổi số ngành Giáo dục giai"
                " đoạn 2026 - 2030 của Sở, tập trung vào khai thác cơ sở dữ liệu ngành, học bạ số,"
                " hồ sơ điện tử của giáo viên và ứng dụng trí tuệ nhân tạo trong thiết kế bài"
                " giảng.",
                "a|/node/2390|Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026 - 2030",
            ),
            P(
                "Các học viên được thực hành trực tiếp trên hệ thống, trao đổi những khó khăn,"
                " vướng mắc trong quá trình triển khai tại đơn vị và đề xuất giải pháp tháo gỡ."
            ),
            P(
                "Phát biểu bế mạc, lãnh đạo Sở yêu cầu các đơn vị hoàn thành việc triển khai học bạ"
                " số đối với 100% học sinh lớp 10 ngay trong học kỳ I năm học 2026 - 2027."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 28, 10, 20),
            "user": "bientap",
            "tags": [22],
            "views": 1120,
        },
    ),
    Story(
        id=2455,
        slug="truong-tieu-hoc-phan-thiet-to-chuc-chuyen-de-day-hoc-mon-tieng-viet-lop-1",
        title="Trường Tiểu học Phan Thiết tổ chức chuyên đề dạy học môn Tiếng Việt lớp 1",
        cat="6",
        published_at="2026-10-16T08:00:00+07:00",
        blocks=[
            P(
                "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt lớp 1 theo Chương trình giáo dục"
                " phổ thông 2018, ngày 14/10, Trường Tiểu học Phan Thiết tổ chức chuyên đề “Dạy"
                " học phát triển năng lực đọc cho học sinh lớp 1”."
            ),
            Img(
                "http://127.0.0.2:8090/uploads/th-phanthiet/2026_10/chuyen-de-tieng-viet-1.jpg",
                "Tiết dạy minh họa tại lớp 1A3",
                "Tiết dạy minh họa tại lớp 1A3",
                "remote",
            ),
            P(
                "Tiết dạy minh họa bài “Ngày hội của em” được tổ chức với nhiều hoạt động sinh"
                " động: trò chơi khởi động, đọc theo nhóm, thi đọc tiếp sức và vẽ tranh minh họa."
                " Học sinh hào hứng tham gia, mạnh dạn chia sẻ cảm nhận về bài đọc."
            ),
            P(
                "Tại buổi thảo luận, giáo viên khối 1 và khối 2 đã trao đổi về cách tổ chức hoạt"
                " động đọc hiểu, cách hỗ trợ học sinh đọc chậm và phối hợp với cha mẹ học sinh"
                " trong việc rèn kỹ năng đọc ở nhà."
            ),
            Raw('<p style="text-align:right">Lê Thị Kim Oanh</p>'),
        ],
        authors=["Lê Thị Kim Oanh"],
        opts={
            "when": datetime(2026, 10, 16, 8, 0),
            "user": "bientap",
            "tags": [],
            "views": 480,
        },
    ),
    Story(
        id=2448,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="7",
        published_at="2026-10-02T15:30:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12"
                " năm học 2026 - 2027 như sau:"
            ),
            P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "th"),
            P("25/11/2026 | Sáng | Ngữ văn, Lịch sử, Địa lí | 180 phút", "tr"),
            P("25/11/2026 | Chiều | Tin học | 180 phút", "tr"),
            P("26/11/2026 | Sáng | Toán, Vật lí, Hóa học, Sinh học | 180 phút", "tr"),
            P("26/11/2026 | Chiều | Tiếng Anh | 180 phút", "tr"),
            P(
                "Thí sinh có mặt tại điểm thi lúc 6 giờ 45 phút (buổi sáng) và 13 giờ 30 phút (buổi"
                " chiều) để làm thủ tục dự thi."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 2, 15, 30),
            "user": "vanphong",
            "tags": [21],
            "views": 2210,
        },
    ),
    Story(
        id=2440,
        slug="kiem-tra-cong-tac-chuan-bi-nam-hoc-moi-tai-cac-truong-vung-cao-phia-bac-tinh",
        title="Kiểm tra công tác chuẩn bị năm học mới tại các trường vùng cao phía Bắc tỉnh",
        cat="5",
        published_at="2026-09-18T11:10:00+07:00",
        blocks=[
            Img(
                _styled("large", "2026-09/kiem-tra-nam-hoc-moi.jpg"),
                "Đoàn công tác kiểm tra bếp ăn bán trú tại một điểm trường",
                "Đoàn công tác kiểm tra bếp ăn bán trú tại một điểm trường",
                "field",
            ),
            P(
                "Ngày 16 và 17/9, đoàn công tác của Sở Giáo dục và Đào tạo do đồng chí Phó Giám đốc"
                " Sở làm trưởng đoàn đã kiểm tra công tác chuẩn bị năm học mới tại 9 trường học"
                " thuộc các xã vùng cao phía Bắc tỉnh."
            ),
            P(
                "Qua kiểm tra, các trường cơ bản đã chuẩn bị tốt cơ sở vật chất, sách giáo khoa,"
                " thiết bị dạy học; tổ chức nấu ăn bán trú cho học sinh ngay từ tuần học đầu tiên."
                " Tuy nhiên, một số điểm trường còn thiếu phòng học, nhà ở cho học sinh bán trú"
                " còn tạm bợ."
            ),
            P(
                "Đoàn công tác đề nghị nhà trường tiếp tục rà soát, huy động học sinh ra lớp, bảo"
                " đảm an toàn thực phẩm trong bữa ăn bán trú và chủ động báo cáo những khó khăn để"
                " Sở tham mưu UBND tỉnh hỗ trợ kịp thời."
            ),
        ],
        authors=["Thanh Phúc"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 9, 18, 11, 10),
            "user": "bientap",
            "tags": [],
            "author_field": "Thanh Phúc",
            "source_field": "Báo Tuyên Quang",
            "entities": True,
            "views": 903,
        },
    ),
    Story(
        id=2432,
        slug="toan-nganh-giao-duc-tinh-tuyen-quang-khai-giang-nam-hoc-2026-2027",
        title="Toàn ngành Giáo dục tỉnh Tuyên Quang khai giảng năm học 2026 - 2027",
        cat="5",
        published_at="2026-09-05T10:45:00+07:00",
        blocks=[
            Img(
                _styled("large", "2026-09/khai-giang-2026-toan-nganh.jpg"),
                "Các đại biểu đánh trống khai giảng năm học mới tại Trường THPT Chuyên Tuyên Quang",
                "Các đại biểu đánh trống khai giảng năm học mới tại Trường THPT Chuyên Tuyên Quang",
                "field",
            ),
            P("Quy mô năm học mới", "h3"),
            P(
                "Năm học 2026 - 2027, toàn tỉnh có 712 trường học, trung tâm với hơn 385.000 học"
                " sinh, tăng gần 6.000 học sinh so với năm học trước. Tỉ lệ trường đạt chuẩn quốc"
                " gia đạt 72,5%."
            ),
            P("Nhiệm vụ trọng tâm", "h3"),
            P("Triển khai hiệu quả Chương trình giáo dục phổ thông 2018 ở tất cả các lớp;", "li"),
            P("Đẩy mạnh chuyển đổi số, hoàn thành học bạ số ở các cấp học;", "li"),
            P("Nâng cao chất lượng dạy học tiếng Việt cho học sinh dân tộc thiểu số;", "li"),
            P("Bảo đảm an toàn trường học, xây dựng văn hóa học đường.", "li"),
            Img(
                f"{FILES}/inline-images/khai-giang-2026-mam-non.jpg",
                "Niềm vui của các bé trong ngày khai giảng",
                "Niềm vui của các bé trong ngày khai giảng",
                "figure",
            ),
            P(
                "Tại các điểm trường, lễ khai giảng được tổ chức ngắn gọn, trang trọng, dành thời"
                " gian cho các hoạt động trải nghiệm, chào đón học sinh lớp 1, lớp 6 và lớp 10 bước"
                " vào năm học mới."
            ),
            Raw('<p style="text-align:right"><strong>Bài: Hoàng Minh Đức - Ảnh: Quang Vinh</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Quang Vinh"],
        summary=(
            "Sáng 05/9, hơn 385.000 học sinh các cấp học trên địa bàn tỉnh hân hoan dự lễ khai"
            " giảng năm học mới trong không khí tưng bừng, phấn khởi."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 9, 5, 10, 45),
            "user": "bientap",
            "tags": [21],
            "views": 2745,
        },
    ),
    Story(
        id=2425,
        slug="thong-bao-so-dien-thoai-duong-day-nong-nam-hoc-2026-2027",
        title="Thông báo số điện thoại đường dây nóng năm học 2026 - 2027",
        cat="7",
        published_at="2026-08-27T16:00:00+07:00",
        blocks=[
            P(
                "Để kịp thời tiếp nhận, xử lý các phản ánh, kiến nghị liên quan đến công tác giáo"
                " dục, Sở Giáo dục và Đào tạo thông báo số điện thoại đường dây nóng như sau:"
            ),
            P(
                "Đường dây nóng: 0207 3 822 135 (trong giờ hành chính); 0912 345 678 (ngoài giờ"
                " hành chính)."
            ),
            P("Email tiếp nhận phản ánh: duongdaynong@tuyenquang.edu.vn."),
        ],
        opts={
            "when": datetime(2026, 8, 27, 16, 0),
            "user": "vanphong",
            "tags": [21],
            "views": 1532,
        },
    ),
    Story(
        id=2417,
        slug="hinh-anh-lop-boi-duong-giao-vien-cot-can-tai-truong-thpt-chuyen-tuyen-quang",
        title="Hình ảnh lớp bồi dưỡng giáo viên cốt cán tại Trường THPT Chuyên Tuyên Quang",
        cat="6",
        published_at="2026-08-20T09:30:00+07:00",
        blocks=[
            Img(_styled("medium", "2026-08/boi-duong-cot-can-1.jpg"), None, None, "gallery"),
            Img(_styled("medium", "2026-08/boi-duong-cot-can-2.jpg"), None, None, "gallery"),
            Img(_styled("medium", "2026-08/boi-duong-cot-can-3.jpg"), None, None, "gallery"),
            Img(_styled("medium", "2026-08/boi-duong-cot-can-4.jpg"), None, None, "gallery"),
            P(
                "Một số hình ảnh lớp bồi dưỡng giáo viên cốt cán cấp THPT về dạy học phát triển năng"
                " lực, tổ chức tại Trường THPT Chuyên Tuyên Quang từ ngày 17 đến 19/8/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 8, 20, 9, 30),
            "user": "bientap",
            "tags": [],
            "views": 388,
        },
    ),
    Story(
        id=2409,
        slug="truong-tieu-hoc-hong-thai-ban-giao-cong-trinh-nha-lop-hoc-moi",
        title="Trường Tiểu học Hồng Thái bàn giao công trình nhà lớp học mới",
        cat="6",
        published_at="2026-08-12T14:20:00+07:00",
        blocks=[
            P(
                "Ngày 10/8, Ban Quản lý dự án đầu tư xây dựng tỉnh tổ chức bàn giao công trình nhà"
                " lớp học 2 tầng, 8 phòng cho Trường Tiểu học Hồng Thái, kịp thời đưa vào sử dụng"
                " trong năm học 2026 - 2027."
            ),
            Img(
                f"{FILES}/inline-images/nha-lop-hoc-hong-thai.jpg",
                "Nhà lớp học mới của Trường Tiểu học Hồng Thái",
                "Nhà lớp học mới của Trường Tiểu học Hồng Thái",
                "figure",
            ),
            P(
                "Công trình có tổng mức đầu tư 6,8 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc"
                " gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, được"
                " khởi công từ tháng 3/2026."
            ),
            P(
                "Việc đưa công trình vào sử dụng giúp nhà trường xóa 4 phòng học tạm, bảo đảm đủ"
                " phòng học cho học sinh học 2 buổi/ngày."
            ),
        ],
        opts={
            "when": datetime(2026, 8, 12, 14, 20),
            "user": "bientap",
            "tags": [],
            "views": 512,
        },
    ),
    Story(
        id=2401,
        slug="thong-bao-tuyen-sinh-bo-sung-vao-lop-10-truong-thpt-chuyen-tuyen-quang-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh bổ sung vào lớp 10 Trường THPT Chuyên Tuyên Quang năm học 2026 - 2027",
        cat="7",
        published_at="2026-08-03T08:30:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả tuyển sinh vào lớp 10 năm học 2026 - 2027, Sở Giáo dục và Đào tạo"
                " thông báo tuyển sinh bổ sung vào các lớp chuyên còn thiếu chỉ tiêu của Trường THPT"
                " Chuyên Tuyên Quang như sau:"
            ),
            P("Lớp chuyên Tin học: 6 chỉ tiêu;", "li"),
            P("Lớp chuyên Sinh học: 4 chỉ tiêu;", "li"),
            P("Lớp chuyên Lịch sử: 3 chỉ tiêu.", "li"),
            P(
                "Đối tượng: học sinh đã dự thi vào lớp 10 chuyên năm học 2026 - 2027, có tổng điểm"
                " xét tuyển từ 30,0 điểm trở lên và chưa trúng tuyển vào trường. Hồ sơ nộp tại"
                " Trường THPT Chuyên Tuyên Quang từ ngày 05/8 đến hết ngày 10/8/2026."
            ),
        ],
        opts={
            "when": datetime(2026, 8, 3, 8, 30),
            "user": "vanphong",
            "tags": [21, 23],
            "views": 2894,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)


@dataclass(frozen=True)
class Doc:
    """A "Văn bản chỉ đạo" register entry: a document node (not an article)."""

    nid: int
    number: str
    issued: date
    type_tid: int
    title: str
    slug: str
    issuer: str
    signer: str
    file: str
    size: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"


DOCS: list[Doc] = [
    Doc(
        2395,
        "2105/SGDĐT-GDTrH",
        date(2026, 11, 16),
        31,
        "Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        "ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        "Sở Giáo dục và Đào tạo",
        "Phạm Thị Lan",
        f"{FILES}/van-ban/2026-11/2105-sgddt-gdtrh.pdf",
        "186.2 KB",
    ),
    Doc(
        2390,
        "1520/KH-SGDĐT",
        date(2026, 10, 10),
        32,
        "Kế hoạch chuyển đổi số ngành Giáo dục giai đoạn 2026 - 2030",
        "ke-hoach-chuyen-doi-so-nganh-giao-duc-giai-doan-2026-2030",
        "Sở Giáo dục và Đào tạo",
        "Nguyễn Văn Sơn",
        f"{FILES}/van-ban/2026-10/1520-kh-sgddt.pdf",
        "1.2 MB",
    ),
    Doc(
        2386,
        "45/2026/QĐ-UBND",
        date(2026, 9, 25),
        33,
        "Quy định mức thu học phí năm học 2026 - 2027 trên địa bàn tỉnh",
        "quy-dinh-muc-thu-hoc-phi-nam-hoc-2026-2027-tren-dia-ban-tinh",
        "Ủy ban nhân dân tỉnh",
        "Hoàng Việt Phương",
        f"{FILES}/van-ban/2026-09/45-2026-qd-ubnd.pdf",
        "420.7 KB",
    ),
    Doc(
        2380,
        "1380/SGDĐT-VP",
        date(2026, 9, 8),
        31,
        "Về việc thực hiện các khoản thu, chi đầu năm học 2026 - 2027",
        "ve-viec-thuc-hien-cac-khoan-thu-chi-dau-nam-hoc-2026-2027",
        "Sở Giáo dục và Đào tạo",
        "Phạm Thị Lan",
        f"{FILES}/van-ban/2026-09/1380-sgddt-vp.pdf",
        "154.9 KB",
    ),
    Doc(
        2371,
        "1210/QĐ-SGDĐT",
        date(2026, 8, 15),
        33,
        "Ban hành Kế hoạch thời gian năm học 2026 - 2027",
        "ban-hanh-ke-hoach-thoi-gian-nam-hoc-2026-2027",
        "Sở Giáo dục và Đào tạo",
        "Nguyễn Văn Sơn",
        f"{FILES}/van-ban/2026-08/1210-qd-sgddt.pdf",
        "98.3 KB",
    ),
]
_DOC_BY_ID = {d.nid: d for d in DOCS}


@dataclass(frozen=True)
class Event:
    """A "Lịch công tác" entry: an event node shown in the calendar (not an article)."""

    nid: int
    when: datetime
    title: str
    slug: str
    place: str
    chair: str
    members: str

    @property
    def path(self) -> str:
        return f"/su-kien/{self.slug}"


EVENTS: list[Event] = [
    Event(
        2490,
        datetime(2026, 11, 26, 8, 0),
        "Hội nghị giao ban công tác chuyên môn tháng 11",
        "hoi-nghi-giao-ban-cong-tac-chuyen-mon-thang-11",
        "Hội trường Sở Giáo dục và Đào tạo",
        "Giám đốc Sở",
        "Trưởng, phó các phòng chuyên môn thuộc Sở",
    ),
    Event(
        2492,
        datetime(2026, 11, 27, 14, 0),
        "Kiểm tra công nhận trường đạt chuẩn quốc gia tại Trường THCS Hồng Thái",
        "kiem-tra-cong-nhan-truong-dat-chuan-quoc-gia-tai-truong-thcs-hong-thai",
        "Trường THCS Hồng Thái",
        "Phó Giám đốc Sở Phạm Thị Lan",
        "Đoàn kiểm tra theo Quyết định của Sở",
    ),
    Event(
        2495,
        datetime(2026, 12, 3, 8, 0),
        "Hội nghị sơ kết công tác Đoàn, Hội, Đội học kỳ I",
        "hoi-nghi-so-ket-cong-tac-doan-hoi-doi-hoc-ky-i",
        "Hội trường Tỉnh đoàn",
        "Phó Giám đốc Sở Phạm Thị Lan",
        "Bí thư Đoàn trường, Tổng phụ trách Đội các trường",
    ),
]
_EVENT_BY_ID = {e.nid: e for e in EVENTS}

PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu": (
        2,
        "Giới thiệu chung",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng"
            " tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.",
            "Sở có 7 phòng chuyên môn, nghiệp vụ và 42 đơn vị sự nghiệp trực thuộc.",
        ],
    ),
    "/co-cau-to-chuc": (
        3,
        "Cơ cấu tổ chức",
        [
            "Ban Giám đốc: Giám đốc Nguyễn Văn Sơn; các Phó Giám đốc Phạm Thị Lan, Trần Quốc Hưng.",
            "Các phòng: Văn phòng, Thanh tra, Phòng Tổ chức cán bộ, Phòng Kế hoạch - Tài chính,"
            " Phòng Giáo dục Mầm non - Tiểu học, Phòng Giáo dục Trung học, Phòng Quản lý chất"
            " lượng.",
        ],
    ),
}
_PAGE_BY_NID = {nid: path for path, (nid, _, _) in PAGES.items()}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def _term(story: Story) -> int:
    return int(story.cat)


def in_term(tid: int) -> list[Story]:
    return [s for s in _LATEST if _term(s) == tid or tid in s.opts["tags"]]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


# ------------------------------------------------------------------------- the gold (by hand)

# Written by hand from the stories above; notes on the judgement calls:
# 2486 lead field = summary; "Tác giả" field gives the author, "Ảnh: Quang Vinh" the photographer;
#      the image field (with its caption field) is the first photo.
# 2479 one line plus a PDF in the file field: an article; the file is not body; no author.
# 2471 body stored decomposed (NFD); "Tin, ảnh:" gives both lists; italic lines under photos.
# 2463 image field without a caption field: caption None; the in-text link goes to a document.
# 2455 picture hot-linked from the school's own site; the bare closing name is the writer.
# 2448 a timetable: every row (the bold first row too) is a body line.
# 2440 body written with character references; "Tác giả"/"Nguồn tin" fields.
# 2432 headings and list items are body lines; "Bài: … - Ảnh: …" closing line.
# 2417 photo post: four image-field values without captions, then one line.
# 2409 no byline of any kind.
GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        TERMS[_term(s)],
        alt_paths=[f"/node/{s.id}"],
    )
    for s in _LATEST
]


def _cal_months() -> list[tuple[int, int]]:
    return [(2026, 10), THIS_MONTH, (2026, 12), (2027, 1)]


NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(_pages(len(STORIES), NEWS_PER_PAGE))),
    *(f"/taxonomy/term/{t}" for t in [*TERMS, *TAGS, *DOC_TYPES]),
    *(
        f"/taxonomy/term/{t}?page={n}"
        for t in [*TERMS, *TAGS]
        for n in range(_pages(len(in_term(t)), TERM_PER_PAGE))
        if _pages(len(in_term(t)), TERM_PER_PAGE) > 1
    ),
    *(f"/taxonomy/term/{t}/feed" for t in [*TERMS, *TAGS]),
    "/van-ban-chi-dao",
    *(f"/van-ban-chi-dao?page={n}" for n in range(_pages(len(DOCS), DOCS_PER_PAGE))),
    *(d.path for d in DOCS),
    "/node/2390",
    "/lich-cong-tac",
    *(f"/lich-cong-tac/month/{y}{m:02d}" for y, m in _cal_months()),
    *(e.path for e in EVENTS),
    *(f"/node/{s.id}/printable/print" for s in STORIES),
    *PAGES,
    "/lien-he",
    "/rss.xml",
    "/user/login",
    "/user/password",
]


# ------------------------------------------------------------------------- rendering helpers


def _t(value: str, story: Story | None = None) -> str:
    """Body text as stored: escaped; some articles with character references."""
    return text(value, entities=2) if story is not None and story.opts.get("entities") else esc(value)


def _utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "Z"


def _medium(when: datetime) -> str:
    """The site's "medium" date format: "D, d/m/Y - H:i" with Vietnamese day abbreviations."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y - %H:%M}"


def _uuid(seed: str) -> str:
    h = _itok(seed + "1") + _itok(seed + "2") + _itok(seed + "3") + _itok(seed + "4")
    h = "".join(f"{ord(c) % 16:x}" for c in h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _submitted(story: Story) -> str:
    when = story.opts["when"]
    user = story.opts["user"]
    return (
        '<footer class="node__meta"><div class="node__submitted">Gửi bởi <span class="field '
        'field--name-uid field--type-entity-reference field--label-hidden"><span lang="" '
        f'about="/user/{USERS[user]}" typeof="schema:Person" property="schema:name" datatype="">{user}'
        '</span></span> vào <span class="field field--name-created field--type-created '
        f'field--label-hidden"><time datetime="{_utc(when)}" class="datetime">{_medium(when)}</time>'
        f'</span><span property="schema:dateCreated" content="{_utc(when)[:-1]}+00:00" '
        'class="rdf-meta hidden"></span></div></footer>'
    )


def _inline_image(img: Img, n: int, story: Story) -> str:
    src = esc(img.src)
    uuid = _uuid(img.src)
    if img.style in ("figure", "remote"):
        attrs = "" if img.style == "remote" else f' data-entity-type="file" data-entity-uuid="{uuid}"'
        return (
            f'<figure role="group" class="caption caption-img align-center"><img alt=""{attrs} '
            f'src="{src}" width="800" height="533" loading="lazy" /><figcaption>{_t(img.printed or "", story)}'
            "</figcaption></figure>"
        )
    # "em": CKEditor without the caption plugin: a centred image, then a centred italic line
    return (
        f'<p style="text-align:center"><img alt="" data-entity-type="file" data-entity-uuid="{uuid}" '
        f'src="{src}" width="800" height="533" loading="lazy" /></p>\n'
        f'<p style="text-align:center"><em>{_t(img.printed or "", story)}</em></p>'
    )


def _body(story: Story) -> str:
    out: list[str] = []
    items: list[P] = []
    rows: list[P] = []

    def flush() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{_t(i.text, story)}</li>" for i in items) + "</ul>")
            items.clear()
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(f'<td style="text-align:center"><strong>{_t(c, story)}</strong></td>' for c in cells)
                else:
                    tds = "".join(f"<td>{_t(c, story)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                + "".join(trs)
                + "</tbody></table>"
            )
            rows.clear()

    n = 0
    for b in story.blocks:
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, Img) and b.style in ("field", "gallery"):
            continue
        flush()
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{_t(b.text, story)}</h3>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align:justify">{_t(before, story)}<a href="{href}">{_t(phrase, story)}'
                    f"</a>{_t(after, story)}</p>"
                )
            else:
                out.append(f'<p style="text-align:justify">{_t(b.text, story)}</p>')
        elif isinstance(b, Img):
            n += 1
            out.append(_inline_image(b, n, story))
        else:
            out.append(b.html)
    flush()
    markup = "\n".join(out)
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _field(name: str, ftype: str, label: str | None, items: list[str], inline: bool = True) -> str:
    """Drupal's field.html.twig (Classy): label-hidden single item, or a labelled field."""
    if label is None and len(items) == 1:
        return (
            f'<div class="field field--name-{name} field--type-{ftype} field--label-hidden field__item">'
            f"{items[0]}</div>"
        )
    if label is None:
        inner = "".join(f'<div class="field__item">{i}</div>' for i in items)
        return (
            f'<div class="field field--name-{name} field--type-{ftype} field--label-hidden field__items">'
            f"{inner}</div>"
        )
    kind = "inline" if inline else "above"
    if len(items) == 1:
        inner = f'<div class="field__item">{items[0]}</div>'
    else:
        inner = '<div class="field__items">' + "".join(f'<div class="field__item">{i}</div>' for i in items) + "</div>"
    return (
        f'<div class="field field--name-{name} field--type-{ftype} field--label-{kind} clearfix">'
        f'<div class="field__label">{label}</div>{inner}</div>'
    )


def _file_link(href: str, size: str) -> str:
    name = href.rsplit("/", 1)[1]
    return (
        '<span class="file file--mime-application-pdf file--application-pdf"><a href="'
        f'{href}" type="application/pdf; length={int(float(size.split()[0]) * 1024)}">{name}</a></span>'
        f' <span class="file-size">({size})</span>'
    )


def _addtoany(url: str, title: str) -> str:
    q = f"linkurl={quote(url, safe='')}&amp;linkname={quote(title, safe='')}"
    return (
        '<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="'
        f'{url}" data-a2a-title="{esc(title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/'
        f'add_to/facebook?{q}" title="Facebook" rel="nofollow noopener" target="_blank"></a>'
        f'<a class="a2a_button_zalo" href="https://www.addtoany.com/add_to/zalo?{q}" title="Zalo" '
        'rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share" '
        f'href="https://www.addtoany.com/share#url={quote(url, safe="")}"></a></span>'
    )


def _node_full(story: Story, base: str) -> str:
    path = article_path(story)
    parts: list[str] = [
        f'<div class="printable-links"><a href="/node/{story.id}/printable/print" class="print-page" '
        'target="_blank" rel="nofollow"><span class="icon-print"></span>Bản in</a></div>'
    ]
    if story.summary and story.sapo_outside:
        parts.append(
            _field("field-trich-dan", "string-long", None, [f"<strong>{esc(story.summary)}</strong>"])
        )
    field_imgs = [b for b in story.blocks if isinstance(b, Img) and b.style in ("field", "gallery")]
    if field_imgs:
        if field_imgs[0].style == "field":
            img = field_imgs[0]
            parts.append(
                _field(
                    "field-image",
                    "image",
                    None,
                    [
                        f'  <img loading="lazy" src="{esc(img.src)}" width="480" height="320" alt="'
                        f'{esc(story.title)}" typeof="foaf:Image" class="image-style-large" />\n'
                    ],
                )
            )
            if img.printed:
                parts.append(_field("field-chu-thich-anh", "string", None, [esc(img.printed)]))
        else:
            items = [
                f'<a href="{esc(FILES + "/" + img.src.split("/public/", 1)[1].split("?")[0])}" '
                'class="colorbox" data-colorbox-gallery="gallery-field_image">'
                f'<img loading="lazy" src="{esc(img.src)}" width="220" height="147" alt="" '
                'typeof="foaf:Image" class="image-style-medium" /></a>'
                for img in field_imgs
            ]
            parts.append(_field("field-image", "image", None, items))
    parts.append(
        '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary '
        f'field--label-hidden field__item">{_body(story)}</div>'
    )
    if story.opts.get("author_field"):
        parts.append(_field("field-tac-gia", "string", "Tác giả", [esc(story.opts["author_field"])]))
    if story.opts.get("source_field"):
        parts.append(_field("field-nguon-tin", "string", "Nguồn tin", [esc(story.opts["source_field"])]))
    if story.opts.get("file"):
        href, size = story.opts["file"]
        parts.append(_field("field-tep-dinh-kem", "file", "Tệp đính kèm", [_file_link(href, size)], inline=False))
    parts.append(
        _field(
            "field-chuyen-muc",
            "entity-reference",
            "Chuyên mục",
            [f'<a href="/taxonomy/term/{story.cat}" hreflang="vi">{esc(TERMS[_term(story)])}</a>'],
        )
    )
    if story.opts["tags"]:
        tags = "".join(
            f'<li><a href="/taxonomy/term/{t}" hreflang="vi">{esc(TAGS[t])}</a></li>' for t in story.opts["tags"]
        )
        parts.append(
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">'
            f'<h3 class="field__label">Từ khóa</h3><ul class="links field__items">{tags}</ul></div>'
        )
    parts.append(_addtoany(base + path, story.title))
    parts.append(
        '<div class="node__links"><ul class="links inline"><li class="comment-forbidden"><a href="'
        f'/user/login?destination=/node/{story.id}%23comment-form">Đăng nhập</a> để gửi bình luận</li></ul></div>'
    )
    return (
        f'<article data-history-node-id="{story.id}" role="article" about="{path}" class="node '
        'node--type-article node--promoted node--view-mode-full">\n'
        f"{_submitted(story)}\n"
        '<div class="node__content clearfix">\n' + "\n".join(parts) + "\n</div>\n</article>"
    )


def _summary_text(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    return first if len(first) <= 200 else first[:200].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story, style: str = "medium") -> str | None:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style in ("field", "gallery")]
    if not imgs:
        return None
    name = imgs[0].src.split("/public/", 1)[1].split("?")[0]
    return _styled(style, name)


def _teaser(story: Story) -> str:
    """Bartik's node in teaser view mode: what taxonomy term pages and the feed print."""
    path = article_path(story)
    thumb = _thumb(story)
    image = (
        _field(
            "field-image",
            "image",
            None,
            [f'<a href="{path}" hreflang="vi"><img loading="lazy" src="{esc(thumb)}" width="220" height="147" alt="" typeof="foaf:Image" class="image-style-medium" /></a>'],
        )
        if thumb
        else ""
    )
    return f"""<article data-history-node-id="{story.id}" role="article" about="{path}" class="node node--type-article node--promoted node--view-mode-teaser">
<h2 class="node__title"><a href="{path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(story.title)}</span></a></h2>
{_submitted(story)}
<div class="node__content clearfix">
{image}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(_summary_text(story))}</p></div>
<div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{path}" rel="tag" title="{esc(story.title)}" hreflang="vi">Xem thêm<span class="visually-hidden"> về {esc(story.title)}</span></a></li></ul></div>
</div>
</article>"""


def _pager(page: int, pages: int) -> str:
    """Drupal's full pager (pager.html.twig): zero-based, query-only relative links."""
    if pages <= 1:
        return ""
    items = []
    if page > 0:
        items.append(
            '<li class="pager__item pager__item--first"><a href="?page=0" title="Đến trang đầu tiên">'
            '<span class="visually-hidden">Trang đầu</span><span aria-hidden="true">« Đầu</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" title="Đến trang trước" '
            'rel="prev"><span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹ Trước</span></a></li>'
        )
    for n in range(pages):
        if n == page:
            items.append(
                f'<li class="pager__item is-active"><a href="?page={n}" title="Trang hiện tại">'
                f'<span class="visually-hidden">Trang hiện tại</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="?page={n}" title="Đến trang {n + 1}">'
                f'<span class="visually-hidden">Trang </span>{n + 1}</a></li>'
            )
    if page < pages - 1:
        items.append(
            f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Đến trang tiếp theo" '
            'rel="next"><span class="visually-hidden">Trang tiếp theo</span><span aria-hidden="true">Tiếp ›</span></a></li>'
        )
        items.append(
            f'<li class="pager__item pager__item--last"><a href="?page={pages - 1}" title="Đến trang cuối cùng">'
            '<span class="visually-hidden">Trang cuối</span><span aria-hidden="true">Cuối »</span></a></li>'
        )
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
        f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
    )


# ------------------------------------------------------------------------- theme regions


def _menu() -> str:
    def li(href: str, label: str, children: list[tuple[str, str]] | None = None) -> str:
        if not children:
            return f'<li class="menu-item"><a href="{href}" data-drupal-link-system-path="{href.lstrip("/") or "<front>"}">{esc(label)}</a></li>'
        sub = "".join(f'<li class="menu-item"><a href="{h}">{esc(lab)}</a></li>' for h, lab in children)
        return (
            f'<li class="menu-item menu-item--expanded"><a href="{href}">{esc(label)}</a>'
            f'<ul class="menu">{sub}</ul></li>'
        )

    items = [
        li("/", "Trang chủ"),
        li("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"), ("/co-cau-to-chuc", "Cơ cấu tổ chức")]),
        li("/tin-tuc", "Tin tức", [("/taxonomy/term/5", TERMS[5]), ("/taxonomy/term/6", TERMS[6])]),
        li("/taxonomy/term/7", "Thông báo"),
        li("/van-ban-chi-dao", "Văn bản chỉ đạo"),
        li("/lich-cong-tac", "Lịch công tác"),
        li("/lien-he", "Liên hệ"),
    ]
    return (
        '<nav role="navigation" aria-labelledby="block-sgdtq-main-menu-menu" id="block-sgdtq-main-menu" '
        'class="block block-menu navigation menu--main"><h2 class="visually-hidden" '
        'id="block-sgdtq-main-menu-menu">Điều hướng chính</h2><ul class="clearfix menu">'
        + "".join(items)
        + "</ul></nav>"
    )


def _header() -> str:
    return f"""<header id="header" class="header" role="banner" aria-label="Site header">
<div class="section layout-container clearfix">
<div class="region region-secondary-menu">
<div id="block-sgdtq-ngayhientai" class="block block-block-content block-block-content-ngay-hien-tai"><div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p class="header-date">{TODAY}</p></div></div></div>
<nav role="navigation" aria-labelledby="block-sgdtq-account-menu-menu" id="block-sgdtq-account-menu" class="block block-menu navigation menu--account"><h2 class="visually-hidden" id="block-sgdtq-account-menu-menu">Menu tài khoản người dùng</h2><ul class="clearfix menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">Đăng nhập</a></li></ul></nav>
</div>
<div class="clearfix region region-header">
<div id="block-sgdtq-branding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__logo"><img src="{FILES}/logo-sgd-tq.png" alt="Trang chủ" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{esc(SITE)}</a></div><div class="site-branding__slogan">{SLOGAN}</div></div>
</div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-sgdtq-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">Tìm kiếm</label><input title="Nhập các thuật ngữ bạn muốn tìm kiếm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></div>
</form></div>
</div>
<div class="region region-primary-menu">{_menu()}</div>
</div>
</header>"""


def _block(bid: str, title: str | None, content: str, extra_class: str = "") -> str:
    heading = f"<h2>{title}</h2>" if title else ""
    return f'<div id="block-{bid}" class="block {extra_class}">{heading}<div class="content">{content}</div></div>'


def _dated_list(stories: list[Story]) -> str:
    rows = "".join(
        f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{article_path(s)}" '
        f'hreflang="vi">{esc(s.title)}</a></span></div><div class="views-field views-field-created"><span '
        f'class="field-content">({s.opts["when"]:%d/%m/%Y})</span></div></li>'
        for s in stories
    )
    return f'<div class="item-list"><ul>{rows}</ul></div>'


def _views_block(view: str, title: str, inner: str, more: str | None = None) -> str:
    more_link = f'<div class="more-link"><a href="{more}">Xem tất cả</a></div>' if more else ""
    content = (
        f'<div><div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-block_1">'
        f'<div class="view-content">{inner}</div>{more_link}</div></div>'
    )
    return _block(f"views-block-{view.replace('_', '-')}-block-1", title, content, "views-element-container block-views")


def _sidebar_first(current: str) -> str:
    target = esc(current.split("?", 1)[0])
    login = f"""<form class="user-login-form" data-drupal-selector="user-login-form" action="{target}?destination={target}" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">Tên đăng nhập</label><input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" required="required" /></div>
<div class="js-form-item form-item js-form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">Mật khẩu</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" /></div>
<input autocomplete="off" data-drupal-selector="form-user-login" type="hidden" name="form_build_id" value="form-Zq3b8TqkE1uVf0kLxP9a2mNcRr7sWd4yH6jGtO5iAeU" />
<input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Đăng nhập" class="button js-form-submit form-submit" /></div>
</form>
<div class="item-list"><ul><li><a href="/user/password" title="Gửi hướng dẫn đặt lại mật khẩu qua email." class="request-password-link">Quên mật khẩu</a></li></ul></div>"""
    counter = """<ul class="thong-ke-truy-cap">
<li>Khách đang xem: <strong>34</strong></li>
<li>Truy cập trong ngày: <strong>2.156</strong></li>
<li>Truy cập hôm qua: <strong>2.874</strong></li>
<li>Tổng số lượt truy cập: <strong>5.482.317</strong></li>
</ul>"""
    poll = """<form class="poll-view-form poll-view-form-4" data-drupal-selector="poll-view-form-4" action="/poll/4?destination=/" method="post" id="poll-view-form-4" accept-charset="UTF-8">
<div class="poll"><div class="poll-question"><h3>Bạn thường tìm thông tin gì trên Cổng thông tin của Sở?</h3></div>
<fieldset class="fieldgroup form-composite js-form-item form-item js-form-wrapper form-wrapper" id="edit-choice--wrapper"><div id="edit-choice" class="form-radios">
<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" id="edit-choice-10" name="choice" value="10" class="form-radio" /> <label for="edit-choice-10" class="option">Tin tức hoạt động ngành</label></div>
<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" id="edit-choice-11" name="choice" value="11" class="form-radio" /> <label for="edit-choice-11" class="option">Văn bản chỉ đạo, điều hành</label></div>
<div class="js-form-item form-item js-form-type-radio form-item-choice"><input type="radio" id="edit-choice-12" name="choice" value="12" class="form-radio" /> <label for="edit-choice-12" class="option">Tuyển sinh, thi cử</label></div>
</div></fieldset>
<div class="form-actions"><input type="submit" name="op" value="Bình chọn" class="button js-form-submit form-submit" /></div></div>
</form>"""
    return (
        '<div id="sidebar-first" class="column sidebar"><aside class="section" role="complementary">'
        '<div class="region region-sidebar-first">'
        + _block("sgdtq-dangnhap", "Đăng nhập", login, "block-user block-user-login-block")
        + _block("sgdtq-thongketruycap", "Số liệu truy cập", counter, "block-block-content")
        + _block("pollblock", "Khảo sát ý kiến", poll, "block-poll block-poll-recent-block")
        + "</div></aside></div>"
    )


def _sidebar_second() -> str:
    docs = "".join(
        f'<li><a href="{d.path}" hreflang="vi">{esc(d.number)}</a> - {esc(d.title)}</li>' for d in DOCS[:4]
    )
    events = "".join(
        f'<li><span class="date">{e.when:%H:%M, %d/%m/%Y}</span>: <a href="{e.path}" hreflang="vi">{esc(e.title)}</a></li>'
        for e in EVENTS
    )
    popular = sorted(STORIES, key=lambda s: s.opts["views"], reverse=True)[:5]
    hot = "".join(f'<li><a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a></li>' for s in popular)
    links = """<select class="lien-ket-website" onchange="if (this.value) window.open(this.value)">
<option value="">-- Chọn trang liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://tuyenquang.gov.vn">Cổng TTĐT tỉnh Tuyên Quang</option>
<option value="https://thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option>
<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành Giáo dục</option>
</select>"""
    return (
        '<div id="sidebar-second" class="column sidebar"><aside class="section" role="complementary">'
        '<div class="region region-sidebar-second">'
        + _views_block("tin_moi", "Tin mới cập nhật", _dated_list(_LATEST[:5]), "/tin-tuc")
        + _views_block("van_ban_moi", "Văn bản mới", f'<div class="item-list"><ul>{docs}</ul></div>', "/van-ban-chi-dao")
        + _views_block("lich_cong_tac_tuan", "Lịch công tác tuần", f'<div class="item-list"><ul>{events}</ul></div>', "/lich-cong-tac")
        + _block("sgdtq-popular", "Được quan tâm nhiều", f'<div class="item-list"><h3>Mọi thời gian</h3><ul>{hot}</ul></div>', "block-statistics block-statistics-popular-block")
        + _block("sgdtq-lienketwebsite", "Cổng thông tin liên kết", links, "block-block-content")
        + "</div></aside></div>"
    )


def _footer() -> str:
    return f"""<div class="site-footer"><div class="layout-container">
<div class="site-footer__top clearfix"><div class="region region-footer-first">
<nav role="navigation" aria-labelledby="block-sgdtq-footer-menu" id="block-sgdtq-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden" id="block-sgdtq-footer-menu">Chân trang</h2><ul class="clearfix menu"><li class="menu-item"><a href="/gioi-thieu">Giới thiệu</a></li><li class="menu-item"><a href="/lien-he">Liên hệ</a></li><li class="menu-item"><a href="/rss.xml">RSS</a></li></ul></nav>
</div></div>
<div class="site-footer__bottom"><div class="region region-footer-fifth">
<div id="block-sgdtq-thongtinchantrang" class="block block-block-content"><div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ {esc(SITE).upper()}</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p>
<p>Chịu trách nhiệm chính: Nguyễn Văn Sơn - Giám đốc Sở</p>
<p>Địa chỉ: Số 12 đường Đinh Tiên Hoàng, phường Minh Xuân, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207 3 822 135 - Fax: 0207 3 822 136 - Email: sogddt@tuyenquang.gov.vn</p>
<p>Giấy phép số 08/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/3/2021.</p>
<p>Bản quyền &copy; 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
</div></div></div>
</div></div>
</div></div>"""


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in [("/", "Trang chủ"), *trail])
    return (
        '<div class="region region-breadcrumb"><div id="block-sgdtq-breadcrumbs" class="block block-system '
        'block-system-breadcrumb-block"><div class="content"><nav class="breadcrumb" role="navigation" '
        'aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>'
        f"<ol>{items}</ol></nav></div></div></div>"
    )


def _page(
    base: str,
    title: str,
    content: str,
    *,
    current: str,
    canonical: str | None = None,
    shortlink: str | None = None,
    head: str = "",
    trail: list[tuple[str, str]] | None = None,
    body_class: str = "",
    h1: str | None = None,
    after: str = "",
    highlighted: str = "",
) -> str:
    links = ""
    if canonical:
        links += f'<link rel="canonical" href="{base}{canonical}" />\n'
    if shortlink:
        links += f'<link rel="shortlink" href="{base}{shortlink}" />\n'
    title_block = (
        '<div id="block-sgdtq-page-title" class="block block-core block-page-title-block"><div class="content">'
        f'<h1 class="title page-title">{h1}</h1></div></div>'
        if h1
        else ""
    )
    crumbs = _breadcrumb(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
{links}{head}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/sgdtq/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{title}</title>
<link rel="stylesheet" media="all" href="{FILES}/css/css_q8cG2yKJgT0wP3z_sgdtq.css" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
</head>
<body class="layout-two-sidebars {body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">Nhảy tới nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
{_header()}
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div>{highlighted}</div>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
<div id="main" class="layout-main clearfix">
{crumbs}
<main id="content" class="column main-content" role="main">
<section class="section">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
{title_block}
<div id="block-sgdtq-content" class="block block-system block-system-main-block"><div class="content">
{content}
</div></div>
{after}
</div>
</section>
</main>
{_sidebar_first(current)}
{_sidebar_second()}
</div>
</div>
{_footer()}
</div></div>
</div>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
</body>
</html>"""


def _title_span(title: str) -> str:
    return f'<span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span>'


# ------------------------------------------------------------------------- pages


def _article(story: Story, base: str, current: str) -> str:
    path = article_path(story)
    related = [s for s in in_term(_term(story)) if s.id != story.id and _term(s) == _term(story)][:5]
    after = _views_block("tin_cung_chuyen_muc", "Tin bài khác", _dated_list(related))
    description = esc(_summary_text(story))
    head = (
        f'<meta name="description" content="{description}" />\n'
        f'<meta property="og:site_name" content="{esc(SITE)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{base}{path}" />\n'
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="article:published_time" content="{story.opts["when"]:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
    )
    return _page(
        base,
        f"{esc(story.title)} | {esc(SITE)}",
        _node_full(story, base),
        current=current,
        canonical=path,
        shortlink=f"/node/{story.id}",
        head=head,
        trail=[("/tin-tuc", "Tin tức"), (f"/taxonomy/term/{story.cat}", TERMS[_term(story)])],
        body_class="path-node page-node-type-article",
        h1=_title_span(story.title),
        after=after,
    )


def _print(story: Story, base: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8" />
<title>{esc(story.title)} | {esc(SITE)}</title>
<link rel="canonical" href="{base}{article_path(story)}" />
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" media="all" href="/modules/contrib/printable/css/print.css" />
</head>
<body>
<div class="print-logo"><img src="{FILES}/logo-sgd-tq.png" alt="" /></div>
<div class="print-site_name">{esc(SITE)}</div>
<div class="print-content">
<h1>{esc(story.title)}</h1>
<div class="print-submitted">{_medium(story.opts["when"])}</div>
{f"<p><strong>{esc(story.summary)}</strong></p>" if story.sapo_outside and story.summary else ""}
{_body(story)}
</div>
<div class="print-footer"><strong>Đường dẫn gốc:</strong> {base}{article_path(story)}</div>
<script>window.print();</script>
</body>
</html>"""


def _news_listing(base: str, page: int, current: str) -> str:
    pages = _pages(len(_LATEST), NEWS_PER_PAGE)
    page = min(max(page, 0), pages - 1)  # Views shows the last page for a page beyond it
    chunk = _LATEST[page * NEWS_PER_PAGE : (page + 1) * NEWS_PER_PAGE]
    rows = []
    for s in chunk:
        thumb = _thumb(s, "thumbnail")
        image = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{article_path(s)}" '
            f'hreflang="vi"><img loading="lazy" src="{esc(thumb)}" width="100" height="67" alt="" typeof="foaf:Image" '
            'class="image-style-thumbnail" /></a></div></div>'
            if thumb
            else ""
        )
        rows.append(
            f'<div class="views-row">{image}<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{article_path(s)}" hreflang="vi">{esc(s.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content"><time datetime="'
            f'{_utc(s.opts["when"])}" class="datetime">{s.opts["when"]:%d/%m/%Y}</time></span></div>'
            f'<div class="views-field views-field-body"><div class="field-content">{esc(_summary_text(s))}</div></div></div>'
        )
    content = (
        '<div class="views-element-container"><div class="view view-tin-tuc view-id-tin_tuc view-display-id-page_1">'
        f'<div class="view-content">{"".join(rows)}</div>{_pager(page, pages)}</div></div>'
    )
    return _page(
        base,
        f"Tin tức | {esc(SITE)}",
        content,
        current=current,
        canonical="/tin-tuc",
        trail=[],
        body_class="path-tin-tuc",
        h1="Tin tức",
    )


def _term_page(tid: int, base: str, page: int, current: str) -> str:
    if tid in DOC_TYPES:
        docs = [d for d in DOCS if d.type_tid == tid]
        rows = "".join(f'<div class="views-row">{_doc_teaser(d)}</div>' for d in docs)
        name, pager = DOC_TYPES[tid], ""
    else:
        stories = in_term(tid)
        pages = _pages(len(stories), TERM_PER_PAGE)
        page = min(max(page, 0), pages - 1)
        chunk = stories[page * TERM_PER_PAGE : (page + 1) * TERM_PER_PAGE]
        rows = "".join(f'<div class="views-row">{_teaser(s)}</div>' for s in chunk)
        name = TERMS.get(tid) or TAGS[tid]
        pager = _pager(page, pages)
    feed = (
        f'<a href="/taxonomy/term/{tid}/feed" class="feed-icon">Đăng ký nhận {esc(name)}</a>' if tid not in DOC_TYPES else ""
    )
    content = (
        f'<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term '
        f'view-display-id-page_1"><div class="view-content">{rows}</div>{pager}{feed}</div></div>'
    )
    head = (
        f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="{base}/taxonomy/term/{tid}/feed" />\n'
        if tid not in DOC_TYPES
        else ""
    )
    trail = [("/tin-tuc", "Tin tức")] if tid in TERMS else []
    return _page(
        base,
        f"{esc(name)} | {esc(SITE)}",
        content,
        current=current,
        canonical=f"/taxonomy/term/{tid}",
        shortlink=f"/taxonomy/term/{tid}",
        head=head,
        trail=trail,
        body_class="path-taxonomy",
        h1=_title_span(name),
    )


def _doc_teaser(d: Doc) -> str:
    return (
        f'<article role="article" about="{d.path}" class="node node--type-van-ban node--view-mode-teaser">'
        f'<h2 class="node__title"><a href="{d.path}" rel="bookmark">{_title_span(d.title)}</a></h2>'
        f'<div class="node__content clearfix">{esc(d.number)} - {d.issued:%d/%m/%Y}</div></article>'
    )


def _docs_listing(base: str, page: int, current: str, params: dict[str, str]) -> str:
    query = params.get("title", "").strip().lower()
    dtype = params.get("field_loai_van_ban_target_id", "All")
    docs = [
        d
        for d in DOCS
        if (not query or query in d.title.lower() or query in d.number.lower())
        and (dtype in ("", "All") or str(d.type_tid) == dtype)
    ]
    pages = _pages(len(docs), DOCS_PER_PAGE)
    page = min(max(page, 0), pages - 1)
    chunk = docs[page * DOCS_PER_PAGE : (page + 1) * DOCS_PER_PAGE]
    options = "".join(f'<option value="{t}">{esc(n)}</option>' for t, n in DOC_TYPES.items())
    form = f"""<form class="views-exposed-form" data-drupal-selector="views-exposed-form-van-ban-page-1" action="/van-ban-chi-dao" method="get" id="views-exposed-form-van-ban-page-1" accept-charset="UTF-8">
<div class="form--inline clearfix">
<div class="js-form-item form-item js-form-type-textfield form-item-title"><label for="edit-title">Số hiệu, trích yếu</label><input data-drupal-selector="edit-title" type="text" id="edit-title" name="title" value="{esc(params.get("title", ""))}" size="30" maxlength="128" class="form-text" /></div>
<div class="js-form-item form-item js-form-type-select form-item-field-loai-van-ban-target-id"><label for="edit-field-loai-van-ban-target-id">Loại văn bản</label><select data-drupal-selector="edit-field-loai-van-ban-target-id" id="edit-field-loai-van-ban-target-id" name="field_loai_van_ban_target_id" class="form-select"><option value="All" selected="selected">- Tất cả -</option>{options}</select></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--3"><input data-drupal-selector="edit-submit-van-ban" type="submit" id="edit-submit-van-ban" value="Tìm kiếm" class="button js-form-submit form-submit" /></div>
</div></form>"""
    rows = "".join(
        f'<tr><td class="views-field views-field-field-so-ky-hieu">{esc(d.number)}</td>'
        f'<td class="views-field views-field-field-ngay-ban-hanh"><time datetime="{d.issued:%Y-%m-%d}T12:00:00Z" '
        f'class="datetime">{d.issued:%d/%m/%Y}</time></td>'
        f'<td class="views-field views-field-title"><a href="{d.path}" hreflang="vi">{esc(d.title)}</a></td>'
        f'<td class="views-field views-field-field-tep-dinh-kem"><a href="{d.file}" type="application/pdf">Tải về</a></td></tr>'
        for d in chunk
    )
    table = (
        '<table class="views-table views-view-table cols-4"><thead><tr>'
        '<th id="view-field-so-ky-hieu-table-column" class="views-field views-field-field-so-ky-hieu" scope="col">Số/Ký hiệu</th>'
        '<th class="views-field views-field-field-ngay-ban-hanh" scope="col">Ngày ban hành</th>'
        '<th class="views-field views-field-title" scope="col">Trích yếu</th>'
        '<th class="views-field views-field-field-tep-dinh-kem" scope="col">Tệp đính kèm</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
        if chunk
        else '<div class="view-empty">Không tìm thấy văn bản nào.</div>'
    )
    content = (
        '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">'
        f'<div class="view-filters">{form}</div><div class="view-content">{table}</div>{_pager(page, pages)}</div></div>'
    )
    return _page(
        base,
        f"Văn bản chỉ đạo | {esc(SITE)}",
        content,
        current=current,
        canonical="/van-ban-chi-dao",
        trail=[],
        body_class="path-van-ban-chi-dao",
        h1="Văn bản chỉ đạo",
    )


def _doc_page(d: Doc, base: str, current: str) -> str:
    fields = [
        _field("field-so-ky-hieu", "string", "Số/Ký hiệu", [esc(d.number)]),
        _field(
            "field-ngay-ban-hanh",
            "datetime",
            "Ngày ban hành",
            [f'<time datetime="{d.issued:%Y-%m-%d}T12:00:00Z" class="datetime">{d.issued:%d/%m/%Y}</time>'],
        ),
        _field(
            "field-loai-van-ban",
            "entity-reference",
            "Loại văn bản",
            [f'<a href="/taxonomy/term/{d.type_tid}" hreflang="vi">{esc(DOC_TYPES[d.type_tid])}</a>'],
        ),
        _field("field-co-quan-ban-hanh", "string", "Cơ quan ban hành", [esc(d.issuer)]),
        _field("field-nguoi-ky", "string", "Người ký", [esc(d.signer)]),
        _field("field-trich-yeu", "string-long", "Trích yếu", [esc(d.title)]),
        _field("field-tep-dinh-kem", "file", "Tệp đính kèm", [_file_link(d.file, d.size)], inline=False),
    ]
    content = (
        f'<article data-history-node-id="{d.nid}" role="article" about="{d.path}" class="node node--type-van-ban '
        f'node--view-mode-full"><div class="node__content clearfix">{"".join(fields)}</div></article>'
    )
    return _page(
        base,
        f"{esc(d.title)} | {esc(SITE)}",
        content,
        current=current,
        canonical=d.path,
        shortlink=f"/node/{d.nid}",
        trail=[("/van-ban-chi-dao", "Văn bản chỉ đạo")],
        body_class="path-node page-node-type-van-ban",
        h1=_title_span(d.title),
    )


def _event_page(e: Event, base: str, current: str) -> str:
    fields = [
        _field(
            "field-thoi-gian",
            "datetime",
            "Thời gian",
            [f'<time datetime="{_utc(e.when)}" class="datetime">{e.when:%H:%M} ngày {e.when:%d/%m/%Y}</time>'],
        ),
        _field("field-dia-diem", "string", "Địa điểm", [esc(e.place)]),
        _field("field-chu-tri", "string", "Chủ trì", [esc(e.chair)]),
        _field("field-thanh-phan", "string-long", "Thành phần", [esc(e.members)]),
    ]
    content = (
        f'<article data-history-node-id="{e.nid}" role="article" about="{e.path}" class="node node--type-su-kien '
        f'node--view-mode-full"><div class="node__content clearfix">{"".join(fields)}</div></article>'
    )
    return _page(
        base,
        f"{esc(e.title)} | {esc(SITE)}",
        content,
        current=current,
        canonical=e.path,
        shortlink=f"/node/{e.nid}",
        trail=[("/lich-cong-tac", "Lịch công tác")],
        body_class="path-node page-node-type-su-kien",
        h1=_title_span(e.title),
    )


def _basic_page(path: str, base: str, current: str) -> str:
    nid, title, paragraphs = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    content = (
        f'<article data-history-node-id="{nid}" role="article" about="{path}" class="node node--type-page '
        'node--view-mode-full"><div class="node__content clearfix"><div class="clearfix text-formatted field '
        f'field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div></div></article>'
    )
    return _page(
        base,
        f"{esc(title)} | {esc(SITE)}",
        content,
        current=current,
        canonical=path,
        shortlink=f"/node/{nid}",
        trail=[],
        body_class="path-node page-node-type-page",
        h1=_title_span(title),
    )


_MONTH_NAMES = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)


def _calendar(year: int, month: int, base: str, current: str) -> str:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    prev = date(year - (month == 1), (month - 2) % 12 + 1, 1)
    ndays = (nxt - first).days
    by_day: dict[int, list[Event]] = {}
    for e in EVENTS:
        if (e.when.year, e.when.month) == (year, month):
            by_day.setdefault(e.when.day, []).append(e)
    cells = ['<td class="single-day no-entry empty"><div class="calendar-empty">&nbsp;</div></td>'] * first.weekday()
    for d in range(1, ndays + 1):
        items = "".join(
            f'<div class="view-item view-item-lich_cong_tac"><div class="calendar monthview"><div class="calendar-item">'
            f'<span class="calendar-time">{e.when:%H:%M}</span> <a href="{e.path}" hreflang="vi">{esc(e.title)}</a>'
            "</div></div></div>"
            for e in by_day.get(d, [])
        )
        stamp = date(year, month, d)
        state = "today" if stamp == date(2026, 11, 25) else ("past" if stamp < date(2026, 11, 25) else "future")
        entry = "has-entry" if items else "no-entry"
        cells.append(
            f'<td class="single-day {entry} {state}" data-date="{stamp:%Y-%m-%d}"><div class="day">{d}</div>{items}</td>'
        )
    while len(cells) % 7:
        cells.append('<td class="single-day no-entry empty"><div class="calendar-empty">&nbsp;</div></td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    head = "".join(f'<th class="days">{d}</th>' for d in WEEKDAY_NAMES)
    pager_items = []
    if (prev.year, prev.month) >= (1900, 1):
        pager_items.append(
            f'<li class="pager__item pager__item--previous"><a href="/lich-cong-tac/month/{prev:%Y%m}" '
            'title="Đến trang trước" rel="prev">‹ Trước</a></li>'
        )
    pager_items.append(f'<li class="pager__item pager__item--current">{_MONTH_NAMES[month - 1]} {year}</li>')
    if (nxt.year, nxt.month) <= (2999, 12):
        pager_items.append(
            f'<li class="pager__item pager__item--next"><a href="/lich-cong-tac/month/{nxt:%Y%m}" '
            'title="Đến trang tiếp theo" rel="next">Sau ›</a></li>'
        )
    content = (
        '<div class="views-element-container"><div class="view view-lich-cong-tac view-id-lich_cong_tac '
        'view-display-id-page_month"><nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 class="visually-hidden">Phân trang</h4><ul class="js-pager__items pager">'
        + "".join(pager_items)
        + '</ul></nav><div class="view-content"><div class="calendar-calendar"><div class="month-view">'
        f'<table class="full"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></div></div></div></div>'
    )
    return _page(
        base,
        f"Lịch công tác {_MONTH_NAMES[month - 1]} {year} | {esc(SITE)}",
        content,
        current=current,
        trail=[("/lich-cong-tac", "Lịch công tác")],
        body_class="path-lich-cong-tac",
        h1=f"Lịch công tác {_MONTH_NAMES[month - 1]} {year}",
    )


def _front(base: str, current: str) -> str:
    slides = "".join(
        f'<div class="views_slideshow_slide views-row-{i + 1}"><a href="{article_path(s)}" hreflang="vi">'
        f'<img loading="lazy" src="{esc(_thumb(s, "slide") or "")}" width="760" height="420" alt="" '
        f'typeof="foaf:Image" class="image-style-slide" /></a><div class="slide-caption"><h3><a href="{article_path(s)}" '
        f'hreflang="vi">{esc(s.title)}</a></h3><p>{esc(_summary_text(s))}</p></div></div>'
        for i, s in enumerate([s for s in _LATEST if _thumb(s)][:3])
    )
    highlighted = _views_block("tin_noi_bat", "Tin nổi bật", f'<div class="views_slideshow_cycle_main">{slides}</div>')

    def section(tid: int) -> str:
        items = [s for s in _LATEST if _term(s) == tid][:4]
        lead, rest = items[0], items[1:]
        thumb = _thumb(lead)
        img = (
            f'<a href="{article_path(lead)}" hreflang="vi"><img loading="lazy" src="{esc(thumb)}" width="220" '
            'height="147" alt="" typeof="foaf:Image" class="image-style-medium" /></a>'
            if thumb
            else ""
        )
        inner = (
            f'<div class="views-row views-row-first">{img}<h3><a href="{article_path(lead)}" hreflang="vi">'
            f"{esc(lead.title)}</a></h3><p>{esc(_summary_text(lead))}</p></div>{_dated_list(rest)}"
        )
        return _views_block(f"chuyen_muc_{tid}", TERMS[tid], inner, f"/taxonomy/term/{tid}")

    content = section(5) + section(6) + section(7)
    content += '<a href="/rss.xml" class="feed-icon">Đăng ký nhận tin</a>'
    head = f'<link rel="alternate" type="application/rss+xml" title="" href="{base}/rss.xml" />\n'
    return _page(
        base,
        f"Trang chủ | {esc(SITE)}",
        content,
        current=current,
        canonical="/",
        head=head,
        body_class="path-frontpage",
        highlighted=highlighted,
    )


def _contact(base: str, current: str) -> str:
    content = """<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form" action="/lien-he" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">
<div class="js-form-item form-item form-item-name"><label for="edit-name--2" class="js-form-required form-required">Họ và tên</label><input type="text" id="edit-name--2" name="name" value="" size="60" maxlength="255" class="form-text required" required="required" /></div>
<div class="js-form-item form-item form-item-mail"><label for="edit-mail" class="js-form-required form-required">Địa chỉ email</label><input type="email" id="edit-mail" name="mail" value="" size="60" maxlength="254" class="form-email required" required="required" /></div>
<div class="js-form-item form-item form-item-subject-0-value"><label for="edit-subject-0-value" class="js-form-required form-required">Tiêu đề</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" value="" size="60" maxlength="100" class="form-text required" required="required" /></div>
<div class="js-form-item form-item form-item-message-0-value"><label for="edit-message-0-value" class="js-form-required form-required">Nội dung</label><textarea id="edit-message-0-value" name="message[0][value]" rows="12" cols="60" class="form-textarea required" required="required"></textarea></div>
<div class="form-actions"><input type="submit" id="edit-submit--3" name="op" value="Gửi tin nhắn" class="button button--primary js-form-submit form-submit" /></div>
</form>"""
    return _page(
        base,
        f"Liên hệ | {esc(SITE)}",
        content,
        current=current,
        trail=[],
        body_class="path-contact",
        h1="Liên hệ",
    )


def _user_page(base: str, current: str, which: str) -> str:
    if which == "login":
        content = """<form class="user-login-form" action="/user/login" method="post" id="user-login-form--2" accept-charset="UTF-8">
<div class="form-item"><label for="edit-name--3">Tên đăng nhập</label><input type="text" id="edit-name--3" name="name" size="60" maxlength="60" class="form-text required" /><div class="description">Nhập tên đăng nhập của bạn.</div></div>
<div class="form-item"><label for="edit-pass--2">Mật khẩu</label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">Nhập mật khẩu tương ứng với tên đăng nhập của bạn.</div></div>
<input type="hidden" name="form_id" value="user_login_form" />
<div class="form-actions"><input type="submit" name="op" value="Đăng nhập" class="button js-form-submit form-submit" /></div>
</form>"""
        title = "Đăng nhập"
    else:
        content = """<form class="user-pass" action="/user/password" method="post" id="user-pass" accept-charset="UTF-8">
<div class="form-item"><label for="edit-name--3">Tên đăng nhập hoặc địa chỉ email</label><input type="text" id="edit-name--3" name="name" size="60" maxlength="254" class="form-text required" /></div>
<p>Hướng dẫn đặt lại mật khẩu sẽ được gửi tới địa chỉ email đã đăng ký của bạn.</p>
<div class="form-actions"><input type="submit" name="op" value="Gửi" class="button js-form-submit form-submit" /></div>
</form>"""
        title = "Đặt lại mật khẩu"
    return _page(
        base,
        f"{title} | {esc(SITE)}",
        content,
        current=current,
        trail=[],
        body_class="path-user",
        h1=title,
    )


def _search(base: str, current: str, keys: str) -> str:
    words = unicodedata.normalize("NFC", keys).lower().split()
    hits = [s for s in _LATEST if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)]
    results = "".join(
        f'<li><h3 class="title"><a href="{base}{article_path(s)}">{esc(s.title)}</a></h3>'
        f'<div class="search-result__snippet-info"><p class="search-result__snippet">{esc(_summary_text(s))}</p>'
        f'<p class="search-result__info">{s.opts["user"]} - {_medium(s.opts["when"])}</p></div></li>'
        for s in hits
    )
    content = (
        f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">{results}</ol>'
        if hits
        else "<h3>Tìm kiếm của bạn không có kết quả nào.</h3>"
    )
    return _page(
        base,
        f"Tìm kiếm | {esc(SITE)}",
        content,
        current=current,
        trail=[],
        body_class="path-search",
        h1="Tìm kiếm",
    )


def _rss(base: str, stories: list[Story], title: str, link: str, description: str = "") -> str:
    items = []
    for s in stories[:10]:
        teaser = _teaser(s).replace('href="/', f'href="{base}/').replace('src="/', f'src="{base}/')
        when = s.opts["when"] - timedelta(hours=7)
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{article_path(s)}</link>\n"
            f"<description>{_html.escape(teaser, quote=False)}</description>\n"
            f"<pubDate>{format_datetime(when).replace('-0000', '+0000')}</pubDate>\n"
            f"<dc:creator>{s.opts['user']}</dc:creator>\n"
            f'<guid isPermaLink="false">{s.id} at {base}</guid>\n</item>'
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:og="http://ogp.me/ns#" xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#" xmlns:schema="http://schema.org/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:sioct="http://rdfs.org/sioc/types#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<channel>
<title>{title}</title>
<link>{link}</link>
<description>{description}</description>
<language>vi</language>
{"".join(items)}
</channel>
</rss>"""


_ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google. By telling these "robots" where not to go on your site,
# you save bandwidth and server resources.
#
# For more information about the robots.txt standard, see:
# http://www.robotstxt.org/robotstxt.html

User-agent: *
# CSS, JS, Images
Allow: /core/*.css$
Allow: /core/*.css?
Allow: /core/*.js$
Allow: /core/*.js?
Allow: /core/*.gif
Allow: /core/*.jpg
Allow: /core/*.jpeg
Allow: /core/*.png
Allow: /core/*.svg
Allow: /profiles/*.css$
Allow: /profiles/*.css?
Allow: /profiles/*.js$
Allow: /profiles/*.js?
Allow: /profiles/*.gif
Allow: /profiles/*.jpg
Allow: /profiles/*.jpeg
Allow: /profiles/*.png
Allow: /profiles/*.svg
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password/
Disallow: /index.php/user/register/
Disallow: /index.php/user/login/
Disallow: /index.php/user/logout/
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
"""

# ------------------------------------------------------------------------- routing

_ALIASES: dict[str, tuple[str, int]] = {
    **{article_path(s): ("article", s.id) for s in STORIES},
    **{d.path: ("doc", d.nid) for d in DOCS},
    **{e.path: ("event", e.nid) for e in EVENTS},
    **{p: ("page", nid) for p, (nid, _, _) in PAGES.items()},
}


def _page_param(params: dict[str, str]) -> int:
    raw = params.get("page", "0")
    return int(raw) if raw.isdigit() else 0


def _drupal(body: str, status: int = 200) -> Response:
    return html(
        body,
        status=status,
        headers={
            "X-Generator": "Drupal 9 (https://www.drupal.org)",
            "X-Drupal-Cache": "HIT",
            "Cache-Control": "max-age=300, public",
        },
    )


class DrupalSoGDDT:
    """The site: resolves Drupal paths (aliases and system paths) to pages for the request's host."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        current = request.target
        params = request.params
        if path.startswith(FILES + "/") or path.startswith(("/core/", "/themes/", "/modules/")):
            if path.endswith(".pdf"):
                known = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return _drupal(_front(base, current))
        if path == "/rss.xml":
            body = _rss(base, _LATEST, esc(SITE), f"{base}/")
            return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})
        if path == "/tin-tuc":
            return _drupal(_news_listing(base, _page_param(params), current))
        if path == "/van-ban-chi-dao":
            return _drupal(_docs_listing(base, _page_param(params), current, params))
        if path == "/lich-cong-tac":
            return _drupal(_calendar(*THIS_MONTH, base, current))
        if m := re.fullmatch(r"/lich-cong-tac/month/(\d{4})(\d{2})", path):
            year, month = int(m.group(1)), int(m.group(2))
            if not (1900 <= year <= 2999 and 1 <= month <= 12):
                return None
            return _drupal(_calendar(year, month, base, current))
        if path == "/lien-he":
            return _drupal(_contact(base, current))
        if path in ("/user/login", "/user/password"):
            return _drupal(_user_page(base, current, path.rsplit("/", 1)[1]))
        if path == "/search/node":
            return _drupal(_search(base, current, params.get("keys", "")))
        if m := re.fullmatch(r"/taxonomy/term/(\d+)(/feed)?", path):
            tid = int(m.group(1))
            if tid not in TERMS and tid not in TAGS and tid not in DOC_TYPES:
                return None
            if m.group(2):
                if tid in DOC_TYPES:
                    return None
                name = TERMS.get(tid) or TAGS[tid]
                body = _rss(base, in_term(tid), esc(name), f"{base}/taxonomy/term/{tid}")
                return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})
            return _drupal(_term_page(tid, base, _page_param(params), current))
        if m := re.fullmatch(r"/node/(\d+)/printable/print", path):
            story = _BY_ID.get(int(m.group(1)))
            return html(_print(story, base)) if story else None
        if m := re.fullmatch(r"/node/(\d+)", path):
            return self._node(int(m.group(1)), base, current)
        if path in _ALIASES:
            return self._node(_ALIASES[path][1], base, current)
        return None

    @staticmethod
    def _node(nid: int, base: str, current: str) -> Response | None:
        if nid in _BY_ID:
            return _drupal(_article(_BY_ID[nid], base, current))
        if nid in _DOC_BY_ID:
            return _drupal(_doc_page(_DOC_BY_ID[nid], base, current))
        if nid in _EVENT_BY_ID:
            return _drupal(_event_page(_EVENT_BY_ID[nid], base, current))
        if nid in _PAGE_BY_NID:
            return _drupal(_basic_page(_PAGE_BY_NID[nid], base, current))
        return None


def build_site() -> DrupalSoGDDT:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return DrupalSoGDDT()

