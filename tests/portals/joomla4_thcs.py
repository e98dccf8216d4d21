"""Fixture portal: a lower secondary school (Trường THCS) on Joomla 4 with a Cassiopeia child template.

Imitates a Joomla 4.4 site as Vietnamese web studios sell them to schools: the core Cassiopeia
template with a child template on top (a date/hotline strip, a logo banner, sidebar cards, an
article tool bar), the vi-VN language pack, JCE as the editor, JEvents for the work calendar,
Phoca-style gallery and download pages. What it prints:

- SEF URLs with the ".html" suffix switched on: articles at ``/tin-tuc/<id>-<alias>.html``
  (category "Tin tức") and ``/tin-tuc/hoat-dong/<id>-<alias>.html`` (its sub-categories),
  ``/thong-bao/<id>-<alias>.html``; menu items, tags and calendar pages take the suffix too;
- the J4 article view (``div.com-content-article.item-page``, ``h1[itemprop=headline]``), the info
  block "Chi tiết" above the text ("Viết bởi …", "Danh mục cha: …", "Danh mục: …", "Ngày tạo: …",
  "Được đăng: Thứ sáu, 20 Tháng 11 2026 09:45" in ``<time datetime>``) and below it
  ("Cập nhật lần cuối: …", "Lượt xem: N"), the full-text image field as a ``figure.item-image``
  with ``figcaption.caption`` above the text, tags (``ul.tags``), the pagenavigation plugin
  ("Trước"/"Tiếp"), a "Các tin khác" module with dates, a Facebook comments box;
- the child template's tool bar: "In bài" (``?tmpl=component&print=1``, the component template
  with ``window.print()``), "Gửi email" (a ``mailto:`` link: J4 has no com_mailto), font-size
  buttons, Facebook/Zalo share;
- JCE text: caption figures, centred images with an italic line under them (sometimes in
  parentheses, once a Zalo file name), an image in a two-row table, headings, lists, a
  bordered table, file links (``a.wf_file`` with size), bylines at the end;
- category blog layouts (intro image, LC3 date "20 Tháng 11 2026", intro text, "Đọc thêm: <title>"
  truncated to 100 characters like J4's ``string.truncate``) paged with ``?start=N`` and
  "Trang 1 / 3"; "Tin tức" shows its sub-categories' articles too; the "Thông báo" category list
  layout (a filter form, a "Hiển thị #" select, a table with "Ngày đăng" dd-mm-yyyy and
  "Lượt xem") whose pager is the child template's override with ``?limitstart=N``; an empty
  category ("Không có bài viết nào trong danh mục này."); the featured home page, paged with
  ``/?start=4``; feeds ``/<menu>.feed?type=rss|atom`` and ``/?format=feed&type=rss|atom``;
- duplicates: a commercial slideshow module on the home page links four articles by their
  non-SEF form ``/index.php?option=com_content&view=article&id=N&catid=C&Itemid=103``, served with
  ``rel=canonical`` to the SEF URL (the SEF plugin's site domain is set); a custom HTML module
  links one notice as ``index.php?option=com_content&view=article&id=50:<alias>&catid=11&Itemid=101``
  and one article text links another article by its pre-suffix form ``/tin-tuc/47-<alias>``: both
  answer with the article and no canonical (the SEF page itself prints none either);
- JEvents "Lịch công tác": ``/lich-cong-tac.html`` (this month) and
  ``/lich-cong-tac/month.calendar/YYYY/MM/DD/-.html`` whose "Tháng trước"/"Tháng sau" links never
  end (1900-2099 answer, the day part may be any valid day), every day cell linking
  ``/lich-cong-tac/eventsbyday/YYYY/MM/DD/-.html``, event pages ``…/icalrepeat.detail/…``;
- chrome: header date (TODAY), metismenu dropdowns, breadcrumbs "Bạn đang ở: Trang chủ / Tin tức
  / Hoạt động nhà trường / <title>", Smart Search form, sidebar cards (Thông báo, Tin mới, Tin xem
  nhiều, Lịch công tác, Công khai, Thăm dò ý kiến, Liên kết website, Thống kê truy cập), footer
  with address; ``<meta name="author">`` carries the CMS account ("Super User") or the alias.

Hard cases: one article stored decomposed (NFD, title and text), one with named and numeric
character references (migrated text), one with a midnight publish time, one that hides its
date on its own page (only the list layout and the home module print it), one whose "Ngày tạo"
and "Được đăng" differ, one with "Cập nhật lần cuối", static pages (Giới thiệu, Cơ cấu tổ chức)
that are com_content articles without info block.

Gold (by hand, see STORIES). ``published_at`` is the "Được đăng" date and time (a printed 00:00
gives the date only), never "Ngày tạo" or "Cập nhật lần cuối"; where the page prints no date,
the list layout's date. The "Viết bởi" field is an author when it holds a person's name (a
created-by alias, e.g. "Nguyễn Văn Hùng"); the accounts "Super User" and "Quản trị" are never
authors. Closing bylines give authors/photographers/source as printed ("Ảnh: Liên đội Kim Đồng"
credits an organisation: kept as printed). The summary is the lead: a first paragraph the
editor marked (``p.lead`` or a paragraph wholly in ``<strong>``); it is the body's first
paragraph. The full-text image field is the first image; its figcaption its caption. A line
under an image that is only a file name is no caption. The JCE file link line ("<name>.pdf
(245 KB)") is an attachment, not body text. Table rows are body lines with cells joined by " | "
(header row included); a table that only holds an image and its caption is not text. The category
is the article's own category as the info block and breadcrumb name it ("Hoạt động nhà trường",
not its parent "Tin tức"). The SEF ``.html`` URL is the article's path; the other forms are
``alt_paths``. Print views, static pages, event pages and listings are NON_ARTICLES.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "joomla4_thcs"
PLATFORM = "joomla"
START_PATH = "/"

SITE = "Trường THCS Kim Đồng"
UNIT = "UBND PHƯỜNG HỘI AN"
#: the calendar's default month and "today" (the header prints TODAY from _common)
TODAY_DATE = date(2026, 11, 25)
BLOG_LIMIT = 3
LIST_LIMIT = 3
FEATURED_LIMIT = 4
FEED_LIMIT = 10
CAL_YEARS = (1900, 2099)
READMORE_LIMIT = 100


@dataclass(frozen=True)
class Cat:
    id: int
    title: str
    path: str  # SEF route without suffix
    itemid: int
    parent: int | None = None
    layout: str = "blog"


CATS: dict[int, Cat] = {
    8: Cat(8, "Tin tức", "/tin-tuc", 103),
    9: Cat(9, "Hoạt động nhà trường", "/tin-tuc/hoat-dong", 111, parent=8),
    10: Cat(10, "Công tác Đội", "/tin-tuc/cong-tac-doi", 112, parent=8),
    11: Cat(11, "Thông báo", "/thong-bao", 104, layout="list"),
    12: Cat(12, "Tuyển sinh", "/thong-bao/tuyen-sinh", 113, parent=11, layout="list"),
}
#: tags (com_tags): id -> (title, alias)
TAGS: dict[int, tuple[str, str]] = {
    2: ("Năm học 2026-2027", "nam-hoc-2026-2027"),
    3: ("Ngày Nhà giáo Việt Nam", "ngay-nha-giao-viet-nam"),
    4: ("An toàn giao thông", "an-toan-giao-thong"),
    5: ("Công khai", "cong-khai"),
}
ACCOUNTS = ("Super User", "Quản trị")

IMG = "/images/tin-tuc"
FILES = "/images/van-ban"

# Story.opts: cat, when (publish_up, local), created (shown "Ngày tạo", optional), modified
# (shown "Cập nhật lần cuối", optional), show_date (False: the page prints no date), by (the
# "Viết bởi" value, None: hidden), tags, featured, thumb (blog intro image), hits, nfd, entities,
# alt ("nonsef": slideshow form with canonical; "homeitem": id:alias&Itemid=101 form; "legacy":
# pre-suffix form), file (href, name, size).
# P styles: "" plain, "lead" (p.lead), "strong" (paragraph wholly bold), "h3", "li" (ul),
# "oli" (ol), "th"/"tr" (table rows, " | " between cells), "a|<href>|<phrase>" (phrase linked).
# Img styles: "full" (J4 full-text image field, outside the text), "figure" (JCE caption figure),
# "em" (centred image, then a centred italic line), "paren" (same, the line in parentheses),
# "file" (centred image, then a centred line that is the image's file name), "table" (a two-row
# table: image, caption), "remote" (caption figure of an image on another host), "bare".
STORIES: list[Story] = [
    Story(
        id=58,
        slug="truong-thcs-kim-dong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trường THCS Kim Đồng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="9",
        published_at="2026-11-20T09:45:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026-01.jpg",
                "Liên đội Kim Đồng tặng hoa chúc mừng các thầy cô giáo nhân ngày 20/11",
                "Liên đội Kim Đồng tặng hoa chúc mừng các thầy cô giáo nhân ngày 20/11",
                "full",
            ),
            P(
                "Sáng 19/11, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
                " Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt - Học tốt”"
                " chào mừng ngày lễ.",
                "lead",
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Hội An, Ban đại diện cha"
                " mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên,"
                " nhân viên và hơn 1.100 học sinh của nhà trường."
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, cô Võ Thị Thanh Hương, Hiệu trưởng nhà"
                " trường nhấn mạnh: trong đợt thi đua vừa qua, tập thể sư phạm đã tổ chức 96 tiết"
                " dạy tốt, 14 chuyên đề cấp tổ; nhiều thầy cô mạnh dạn đổi mới phương pháp, ứng"
                " dụng công nghệ thông tin và trí tuệ nhân tạo vào bài giảng."
            ),
            Img(
                f"{IMG}/2026/11/ky-niem-20-11-2026-02.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/3",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8/3",
                "figure",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 tập thể lớp và 35 giáo viên có thành tích xuất"
                " sắc trong đợt thi đua; trao Giấy khen cho 4 thầy cô đạt giải trong Hội thi giáo"
                " viên dạy giỏi cấp trường."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Trần Ngọc Bảo Anh, lớp 9/1 bày tỏ lòng biết ơn"
                " sâu sắc đến các thầy cô giáo và hứa sẽ ra sức thi đua học tập, rèn luyện, xứng"
                " đáng với truyền thống của nhà trường."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mỹ Hạnh</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Hạnh"],
        photographers=["Lê Thị Mỹ Hạnh"],
        summary=(
            "Sáng 19/11, Trường THCS Kim Đồng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tổng kết đợt thi đua “Dạy tốt - Học tốt”"
            " chào mừng ngày lễ."
        ),
        opts={
            "when": datetime(2026, 11, 20, 9, 45),
            "by": "Super User",
            "tags": [3],
            "featured": True,
            "thumb": f"{IMG}/2026/11/thumb-ky-niem-20-11-2026.jpg",
            "hits": 341,
            "alt": "nonsef",
        },
    ),
    Story(
        id=57,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title=(
            "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: 18 thầy cô được công nhận"
            " giáo viên dạy giỏi cấp trường"
        ),
        cat="9",
        published_at="2026-11-13T16:20:00+07:00",
        blocks=[
            P(
                "Từ ngày 19/10 đến ngày 07/11/2026, Trường THCS Kim Đồng tổ chức Hội thi giáo viên"
                " dạy giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 24 giáo viên thuộc 5"
                " tổ chuyên môn."
            ),
            P("Nhiều tiết dạy ứng dụng công nghệ", "h3"),
            P(
                "Mỗi giáo viên dự thi trình bày một biện pháp nâng cao chất lượng giảng dạy và thực"
                " hiện hai tiết dạy trên lớp. Ban giám khảo đánh giá cao nhiều tiết dạy có sự chuẩn"
                " bị công phu, tổ chức hoạt động học tập sáng tạo, phát huy tính chủ động của học"
                " sinh."
            ),
            P(
                "Các nội dung được Ban giám khảo đặc biệt ghi nhận gồm:",
            ),
            P("Sử dụng học liệu số và phần mềm mô phỏng trong các tiết Khoa học tự nhiên;", "li"),
            P("Tổ chức dạy học theo dự án, gắn kiến thức với thực tiễn địa phương Hội An;", "li"),
            P(
                "Đánh giá thường xuyên bằng phiếu học tập trực tuyến, phản hồi ngay cho học sinh.",
                "li",
            ),
            P("Kết quả hội thi", "h3"),
            P("Kết quả xếp loại theo từng tổ chuyên môn như sau:"),
            P("Tổ chuyên môn | Số giáo viên dự thi | Đạt giáo viên dạy giỏi", "th"),
            P("Ngữ văn | 6 | 5", "tr"),
            P("Toán - Tin | 6 | 4", "tr"),
            P("Khoa học tự nhiên | 5 | 4", "tr"),
            P("Ngoại ngữ | 4 | 3", "tr"),
            P("Nghệ thuật - Thể chất | 3 | 2", "tr"),
            P(
                "Trên cơ sở kết quả hội thi, nhà trường đã chọn 4 giáo viên tiêu biểu tham gia Hội"
                " thi giáo viên dạy giỏi cấp thành phố dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        authors=["Nguyễn Văn Hùng"],
        opts={
            "when": datetime(2026, 11, 13, 16, 20),
            "modified": datetime(2026, 11, 16, 10, 5),
            "by": "Nguyễn Văn Hùng",
            "tags": [2],
            "featured": True,
            "hits": 228,
        },
    ),
    Story(
        id=56,
        slug="hinh-anh-lien-doi-sinh-hoat-duoi-co-chu-diem-tri-an-thay-co",
        title="Hình ảnh Liên đội sinh hoạt dưới cờ chủ điểm “Tri ân thầy cô”",
        cat="10",
        published_at="2026-11-09T10:00:00+07:00",
        blocks=[
            P(
                "Sáng thứ Hai 09/11, Liên đội Kim Đồng tổ chức buổi sinh hoạt dưới cờ với chủ điểm"
                " “Tri ân thầy cô”, mở đầu tuần cao điểm thi đua chào mừng Ngày Nhà giáo Việt Nam."
                " Một số hình ảnh của buổi sinh hoạt:"
            ),
            Img(
                f"{IMG}/2026/11/tri-an-thay-co-01.jpg",
                "Đội nghi thức Liên đội thực hiện nghi lễ chào cờ",
                "Đội nghi thức Liên đội thực hiện nghi lễ chào cờ",
                "figure",
            ),
            Img(
                f"{IMG}/2026/11/tri-an-thay-co-02.jpg",
                "Tiểu phẩm “Người lái đò thầm lặng” của Chi đội 7/2",
                "Tiểu phẩm “Người lái đò thầm lặng” của Chi đội 7/2",
                "figure",
            ),
            Img(f"{IMG}/2026/11/tri-an-thay-co-03.jpg", None, None, "figure"),
            Img(
                f"{IMG}/2026/11/tri-an-thay-co-04.jpg",
                "Học sinh viết thiệp tri ân gửi thầy cô giáo",
                "Học sinh viết thiệp tri ân gửi thầy cô giáo",
                "figure",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Liên đội Kim Đồng</em></p>'),
        ],
        photographers=["Liên đội Kim Đồng"],
        opts={
            "when": datetime(2026, 11, 9, 10, 0),
            "by": "Quản trị",
            "tags": [3],
            "featured": True,
            "thumb": f"{IMG}/2026/11/thumb-tri-an-thay-co.jpg",
            "hits": 187,
            "alt": "nonsef",
        },
    ),
    Story(
        id=55,
        slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="11",
        published_at="2026-11-02T14:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 các môn kiểm"
                " tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("09/11/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("09/11/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("10/11/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("10/11/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("11/11/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn. Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học"
                " sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 2, 14, 0),
            "by": "Quản trị",
            "tags": [2],
            "featured": True,
            "hits": 512,
        },
    ),
    Story(
        id=54,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-31-10-2026-de-phong-tranh-bao",
        title="Thông báo cho học sinh nghỉ học ngày 31/10/2026 để phòng, tránh bão",
        cat="11",
        published_at="2026-10-30",
        blocks=[
            P(
                "Thực hiện công điện khẩn của UBND thành phố Đà Nẵng về việc chủ động ứng phó với"
                " bão, nhà trường thông báo cho toàn thể học sinh nghỉ học ngày thứ Bảy 31/10/2026;"
                " cán bộ, giáo viên, nhân viên trực tại trường theo phân công để bảo vệ cơ sở vật"
                " chất. Lịch học trở lại sẽ được thông báo qua giáo viên chủ nhiệm và trang thông tin"
                " điện tử của nhà trường."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 30, 15, 30),
            "show_date": False,
            "by": None,
            "tags": [],
            "hits": 1306,
        },
    ),
    Story(
        id=53,
        slug="ngoai-khoa-tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh-khoi-6",
        title="Ngoại khóa tuyên truyền an toàn giao thông cho học sinh khối 6",
        cat="10",
        published_at="2026-10-28T14:30:00+07:00",
        blocks=[
            P(
                "Chiều 27/10, Liên đội Kim Đồng phối hợp với Đội Cảnh sát giao thông Công an thành"
                " phố tổ chức buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao thông"
                " cho hơn 280 học sinh khối 6."
            ),
            P(
                "Tại buổi ngoại khóa, các em được nghe giới thiệu những quy định mới về xe đạp điện,"
                " độ tuổi được điều khiển phương tiện, cách đội mũ bảo hiểm đúng quy cách và kỹ năng"
                " đi bộ qua đường an toàn ở khu vực phố cổ."
            ),
            Img(
                f"{IMG}/2026/10/ngoai-khoa-atgt-khoi-6.jpg",
                "(Cán bộ Cảnh sát giao thông hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách)",
                "Cán bộ Cảnh sát giao thông hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "paren",
            ),
            P(
                "Phần thi “Em là người tham gia giao thông văn minh” với các câu hỏi tình huống đã"
                " thu hút đông đảo học sinh tham gia. Ban tổ chức trao 15 phần quà cho các em trả"
                " lời đúng."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Phạm Minh Tuấn</strong></p>'),
            Raw('<p style="text-align: right;"><strong>Ảnh: Đoàn Thanh Nhàn</strong></p>'),
        ],
        authors=["Phạm Minh Tuấn"],
        photographers=["Đoàn Thanh Nhàn"],
        opts={
            "when": datetime(2026, 10, 28, 14, 30),
            "by": "Quản trị",
            "tags": [4],
            "featured": True,
            "thumb": f"{IMG}/2026/10/thumb-ngoai-khoa-atgt.jpg",
            "hits": 164,
            "nfd": True,
        },
    ),
    Story(
        id=51,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="9",
        published_at="2026-10-16T08:00:00+07:00",
        blocks=[
            P(
                "Chiều 14/10, Trường THCS Kim Đồng tổ chức Hội nghị viên chức, người lao động năm"
                " học 2026 - 2027. Tham dự hội nghị có 68 cán bộ, giáo viên, nhân viên của nhà"
                " trường."
            ),
            Img(
                f"{IMG}/2026/10/hoi-nghi-vien-chuc-2026.jpg",
                "Cô Võ Thị Thanh Hương, Hiệu trưởng nhà trường báo cáo tại Hội nghị",
                "Cô Võ Thị Thanh Hương, Hiệu trưởng nhà trường báo cáo tại Hội nghị",
                "table",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm"
                " học 2026 - 2027; báo cáo công khai tài chính và thảo luận, sửa đổi Quy chế chi"
                " tiêu nội bộ, Quy chế dân chủ ở cơ sở."
            ),
            P(
                "Năm học qua, nhà trường có 42 học sinh đạt giải học sinh giỏi cấp thành phố; tỉ lệ"
                " học sinh lớp 9 trúng tuyển vào lớp 10 công lập đạt 91,3%. Công đoàn trường đã"
                " phối hợp vận động trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
                "a|/tin-tuc/47-trao-45-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan"
                "|trao 45 suất học bổng",
            ),
            P(
                "Hội nghị đã biểu quyết thông qua Nghị quyết với tỉ lệ 100% đại biểu tán thành và"
                " phát động phong trào thi đua năm học mới."
            ),
        ],
        authors=["Trần Thị Kim Oanh"],
        opts={
            "when": datetime(2026, 10, 16, 8, 0),
            "by": "Trần Thị Kim Oanh",
            "tags": [2],
            "hits": 143,
            "entities": True,
        },
    ),
    Story(
        id=50,
        slug="cong-khai-du-toan-ngan-sach-nha-nuoc-nam-2026-dieu-chinh-lan-1",
        title="Công khai dự toán ngân sách nhà nước năm 2026 (điều chỉnh lần 1)",
        cat="11",
        published_at="2026-10-12T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện quy định về công khai ngân sách đối với các đơn vị dự toán, Trường THCS"
                " Kim Đồng công khai dự toán ngân sách nhà nước năm 2026 (điều chỉnh lần 1) theo"
                " Quyết định số 215/QĐ-THCSKĐ ngày 08/10/2026 của Hiệu trưởng nhà trường (chi tiết"
                " tại tệp đính kèm)."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 12, 7, 45),
            "by": "Quản trị",
            "tags": [5],
            "hits": 97,
            "alt": "homeitem",
            "file": (
                f"{FILES}/2026/cong-khai-du-toan-2026-dc1.pdf",
                "cong-khai-du-toan-2026-dc1.pdf",
                "245 KB",
            ),
        },
    ),
    Story(
        id=49,
        slug="so-gd-dt-kiem-tra-cong-tac-chuyen-doi-so-tai-cac-truong-thcs-khu-vuc-hoi-an",
        title="Sở GD&ĐT kiểm tra công tác chuyển đổi số tại các trường THCS khu vực Hội An",
        cat="8",
        published_at="2026-10-05",
        blocks=[
            P(
                "Ngày 02/10, đoàn công tác của Sở Giáo dục và Đào tạo thành phố Đà Nẵng đã kiểm tra"
                " công tác chuyển đổi số tại 6 trường THCS trên địa bàn các phường Hội An, Hội An"
                " Đông và Hội An Tây."
            ),
            Img(
                "https://baodanang.vn/dataimages/202610/original/images1789456_kiem-tra-cds.jpg",
                "Đoàn kiểm tra làm việc tại Trường THCS Kim Đồng",
                "Đoàn kiểm tra làm việc tại Trường THCS Kim Đồng",
                "remote",
            ),
            P(
                "Qua kiểm tra, các trường đã triển khai học bạ số cho 100% học sinh lớp 6 đến lớp"
                " 9, sử dụng phần mềm quản lý nhà trường và sổ điểm điện tử; nhiều giáo viên xây"
                " dựng được kho học liệu số dùng chung của tổ chuyên môn."
            ),
            P(
                "Đoàn đề nghị các trường tiếp tục hoàn thiện hạ tầng mạng, bảo đảm an toàn thông"
                " tin và bồi dưỡng kỹ năng số cho giáo viên, nhân viên trong năm học 2026 - 2027."
            ),
            Raw('<p style="text-align: right;"><strong>Hoài Nam</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Đà Nẵng</em></p>'),
        ],
        authors=["Hoài Nam"],
        source="Báo Đà Nẵng",
        opts={
            "when": datetime(2026, 10, 5, 0, 0),
            "by": "Super User",
            "tags": [],
            "hits": 265,
        },
    ),
    Story(
        id=47,
        slug="trao-45-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 45 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="8",
        published_at="2026-09-18T15:10:00+07:00",
        blocks=[
            Img(
                f"{IMG}/2026/09/hoc-bong-tiep-buoc-den-truong.jpg",
                "Đại diện nhà hảo tâm trao học bổng cho học sinh",
                "Đại diện nhà hảo tâm trao học bổng cho học sinh",
                "full",
            ),
            P(
                "Chiều 17/9, Trường THCS Kim Đồng phối hợp với Hội Khuyến học phường Hội An tổ chức"
                " trao 45 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn,"
                " vượt khó học tốt."
            ),
            P(
                "Mỗi suất học bổng gồm 1.000.000 đồng tiền mặt cùng bộ sách giáo khoa và dụng cụ"
                " học tập. Tổng giá trị học bổng hơn 60 triệu đồng do các nhà hảo tâm, cựu học sinh"
                " của trường và Ban đại diện cha mẹ học sinh đóng góp."
            ),
            P(
                "Phát biểu tại buổi trao học bổng, đại diện nhà trường cảm ơn các nhà hảo tâm và"
                " mong các em tiếp tục cố gắng, vươn lên trong học tập."
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin: Võ Thị Ngọc Ánh</em></strong></p>'),
        ],
        authors=["Võ Thị Ngọc Ánh"],
        opts={
            "when": datetime(2026, 9, 18, 15, 10),
            "by": "Super User",
            "tags": [2],
            "thumb": f"{IMG}/2026/09/thumb-hoc-bong.jpg",
            "hits": 402,
            "alt": "nonsef+legacy",
        },
    ),
    Story(
        id=45,
        slug="thong-bao-cac-khoan-thu-dau-nam-hoc-2026-2027",
        title="Thông báo các khoản thu đầu năm học 2026 - 2027",
        cat="11",
        published_at="2026-09-12T07:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Nghị quyết của HĐND thành phố Đà Nẵng về mức thu học phí và các khoản thu"
                " dịch vụ phục vụ hoạt động giáo dục, nhà trường thông báo các khoản thu đầu năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Học phí: miễn 100% theo quy định của thành phố;", "oli"),
            P("Bảo hiểm y tế học sinh: 884.520 đồng/học sinh/12 tháng;", "oli"),
            P("Nước uống tinh khiết: 15.000 đồng/học sinh/tháng;", "oli"),
            P(
                "Dạy học tiếng Anh với giáo viên nước ngoài (tự nguyện): 120.000 đồng/học sinh/tháng.",
                "oli",
            ),
            P(
                "Nhà trường không thu bất kỳ khoản nào ngoài các khoản trên. Mọi thắc mắc cha mẹ"
                " học sinh liên hệ bộ phận kế toán nhà trường trong giờ hành chính."
            ),
        ],
        opts={
            "when": datetime(2026, 9, 12, 7, 0),
            "created": datetime(2026, 9, 10, 16, 5),
            "by": "Quản trị",
            "tags": [2, 5],
            "hits": 876,
        },
    ),
    Story(
        id=44,
        slug="han-hoan-ngay-hoi-den-truong-nam-hoc-2026-2027",
        title="Hân hoan ngày hội đến trường năm học 2026 - 2027",
        cat="9",
        published_at="2026-09-05T10:30:00+07:00",
        blocks=[
            P(
                "Sáng 05/9, cùng với hơn 24 triệu học sinh cả nước, 1.126 học sinh Trường THCS Kim"
                " Đồng hân hoan dự lễ khai giảng năm học 2026 - 2027 trong không khí trang trọng,"
                " ấm áp.",
                "strong",
            ),
            P(
                "Năm học mới, nhà trường có 28 lớp với 1.126 học sinh, trong đó khối 6 có 7 lớp với"
                " 289 học sinh. Đội ngũ cán bộ, giáo viên, nhân viên gồm 68 người, 100% giáo viên"
                " đạt chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            Img(
                f"{IMG}/2026/09/khai-giang-2026-01.jpg",
                "Các em học sinh lớp 6 bước vào năm học mới",
                "Các em học sinh lớp 6 bước vào năm học mới",
                "em",
            ),
            P(
                "Sau phần nghi lễ, Hiệu trưởng nhà trường đọc thư của Chủ tịch nước gửi ngành Giáo"
                " dục nhân dịp khai giảng năm học mới và đánh trống khai giảng."
            ),
            Img(
                f"{IMG}/2026/09/z5812345678901_3f9c1b7a2d6e4f8a9b0c1d2e3f4a5b6c.jpg",
                "z5812345678901_3f9c1b7a2d6e4f8a9b0c1d2e3f4a5b6c.jpg",
                None,
                "file",
            ),
            P(
                "Phần hội với các tiết mục văn nghệ, trò chơi dân gian do Liên đội tổ chức đã mang"
                " lại niềm vui, hứng khởi cho các em trong ngày đầu năm học."
            ),
            Raw('<p style="text-align: right;"><strong>Bài, ảnh: Lê Thị Mỹ Hạnh</strong></p>'),
        ],
        authors=["Lê Thị Mỹ Hạnh"],
        photographers=["Lê Thị Mỹ Hạnh"],
        summary=(
            "Sáng 05/9, cùng với hơn 24 triệu học sinh cả nước, 1.126 học sinh Trường THCS Kim"
            " Đồng hân hoan dự lễ khai giảng năm học 2026 - 2027 trong không khí trang trọng,"
            " ấm áp."
        ),
        opts={
            "when": datetime(2026, 9, 5, 10, 30),
            "by": "Super User",
            "tags": [2],
            "featured": True,
            "thumb": f"{IMG}/2026/09/thumb-khai-giang-2026.jpg",
            "hits": 655,
            "alt": "nonsef",
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: newest first (publish_up), the order of every listing
_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)

#: the commercial slideshow on the home page: four articles by their non-SEF form
SLIDESHOW = [58, 56, 47, 44]


def _cat(story: Story) -> Cat:
    return CATS[int(story.cat)]


def _suffix(route: str) -> str:
    return route + ".html"


def cat_path(cid: int) -> str:
    return _suffix(CATS[cid].path)


def article_path(story: Story) -> str:
    return _suffix(f"{_cat(story).path}/{story.id}-{story.slug}")


def nonsef_path(story: Story) -> str:
    return f"/index.php?option=com_content&view=article&id={story.id}&catid={story.cat}&Itemid=103"


def homeitem_path(story: Story) -> str:
    return f"/index.php?option=com_content&view=article&id={story.id}:{story.slug}&catid={story.cat}&Itemid=101"


def legacy_path(story: Story) -> str:
    return f"/tin-tuc/{story.id}-{story.slug}"


def print_path(story_or_path: Story | str) -> str:
    base = article_path(story_or_path) if isinstance(story_or_path, Story) else story_or_path
    return base + "?tmpl=component&print=1"


def alt_paths(story: Story) -> list[str]:
    alt = story.opts.get("alt", "")
    out = []
    if "nonsef" in alt:
        out.append(nonsef_path(story))
    if alt == "homeitem":
        out.append(homeitem_path(story))
    if "legacy" in alt:
        out.append(legacy_path(story))
    return out


def in_cat(cid: int, with_children: bool = False) -> list[Story]:
    cids = {cid} | ({c.id for c in CATS.values() if c.parent == cid} if with_children else set())
    return [s for s in _LATEST if int(s.cat) in cids]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


GOLD: list[dict] = [
    gold_record(s, article_path(s), _cat(s).title, alt_paths=alt_paths(s)) for s in _LATEST
]


@dataclass(frozen=True)
class Event:
    """A JEvents repeat: shown in the month view, its day view and its own page (not an article)."""

    rp_id: int
    when: datetime
    title: str
    slug: str
    place: str
    note: str

    @property
    def path(self) -> str:
        w = self.when
        return f"/lich-cong-tac/icalrepeat.detail/{w.year}/{w.month:02d}/{w.day:02d}/{self.rp_id}/-/{self.slug}.html"


EVENTS: list[Event] = [
    Event(
        30,
        datetime(2026, 11, 19, 7, 30),
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Sân trường",
        "Toàn thể cán bộ, giáo viên, nhân viên và học sinh; trang phục lễ hội.",
    ),
    Event(
        31,
        datetime(2026, 11, 26, 14, 0),
        "Họp Hội đồng sư phạm tháng 11/2026",
        "hop-hoi-dong-su-pham-thang-11-2026",
        "Phòng họp Hội đồng",
        "Sơ kết thi đua chào mừng 20/11; triển khai kế hoạch tháng 12.",
    ),
    Event(
        32,
        datetime(2026, 12, 5, 7, 30),
        "Hội nghị cha mẹ học sinh giữa học kỳ I",
        "hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i",
        "Các phòng học",
        "Giáo viên chủ nhiệm thông báo kết quả học tập giữa học kỳ I.",
    ),
    Event(
        33,
        datetime(2026, 12, 21, 7, 0),
        "Kiểm tra cuối học kỳ I (các môn tập trung)",
        "kiem-tra-cuoi-hoc-ky-i-cac-mon-tap-trung",
        "Các phòng học",
        "Theo lịch kiểm tra cuối học kỳ I của nhà trường.",
    ),
]

#: static pages: com_content articles shown through a single-article menu item (no info block)
PAGES: dict[str, tuple[int, str, list[str]]] = {
    "/gioi-thieu.html": (
        2,
        "Giới thiệu chung",
        [
            "Trường THCS Kim Đồng được thành lập năm 1976, đóng tại số 12 đường Lý Thường Kiệt,"
            " phường Hội An, thành phố Đà Nẵng. Năm học 2026 - 2027 trường có 28 lớp với 1.126 học"
            " sinh.",
            "Trường đạt chuẩn quốc gia mức độ 2 năm 2022 và đạt kiểm định chất lượng giáo dục cấp"
            " độ 3. Nhiều năm liền trường được UBND thành phố tặng Bằng khen và danh hiệu Tập thể"
            " lao động xuất sắc.",
        ],
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        3,
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Võ Thị Thanh Hương; Phó Hiệu trưởng Nguyễn Văn Hùng, Phó"
            " Hiệu trưởng Trần Thị Kim Oanh.",
            "Các tổ chuyên môn: Ngữ văn; Toán - Tin; Khoa học tự nhiên; Ngoại ngữ; Nghệ thuật -"
            " Thể chất; Tổ Văn phòng.",
            "Các tổ chức đoàn thể: Chi bộ, Công đoàn, Chi đoàn, Liên đội Kim Đồng.",
        ],
    ),
}


@dataclass(frozen=True)
class Album:
    id: int
    alias: str
    title: str
    photos: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.id}-{self.alias}.html"


ALBUMS = [
    Album(
        3,
        "ky-niem-20-11-2026",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        ("01", "02", "03", "04", "05"),
    ),
    Album(
        2,
        "khai-giang-nam-hoc-2026-2027",
        "Khai giảng năm học 2026 - 2027",
        ("01", "02", "03", "04"),
    ),
]

#: the "Văn bản" download category: (number, date, abstract, file)
DOCS = [
    (
        "215/QĐ-THCSKĐ",
        "08/10/2026",
        "Quyết định công khai dự toán ngân sách năm 2026 (điều chỉnh lần 1)",
        f"{FILES}/2026/cong-khai-du-toan-2026-dc1.pdf",
    ),
    (
        "186/KH-THCSKĐ",
        "15/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        f"{FILES}/2026/ke-hoach-giao-duc-nha-truong-2026-2027.pdf",
    ),
    (
        "172/QĐ-THCSKĐ",
        "05/09/2026",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        f"{FILES}/2026/quy-che-chi-tieu-noi-bo-2026.pdf",
    ),
]
_PDFS = {d[3] for d in DOCS}


def _cal_walk_months() -> list[tuple[int, int]]:
    return [(2026, 10), (2026, 11), (2026, 12)]


NON_ARTICLES: list[str] = [
    "/",
    *(
        f"/?start={n * FEATURED_LIMIT}"
        for n in range(1, _pages(sum(1 for s in STORIES if s.opts.get("featured")), FEATURED_LIMIT))
    ),
    *(cat_path(c) for c in CATS),
    *(
        f"{cat_path(c)}?start={n * BLOG_LIMIT}"
        for c in (8, 9, 10)
        for n in range(1, _pages(len(in_cat(c, with_children=c == 8)), BLOG_LIMIT))
    ),
    *(
        f"{cat_path(11)}?limitstart={n * LIST_LIMIT}"
        for n in range(1, _pages(len(in_cat(11)), LIST_LIMIT))
    ),
    *(f"/component/tags/tag/{alias}.html" for _, alias in TAGS.values()),
    *PAGES,
    *(print_path(p) for p in PAGES),
    *(print_path(s) for s in _LATEST),
    "/lien-he.html",
    "/tim-kiem.html",
    "/van-ban.html",
    "/thu-vien-anh.html",
    *(a.path for a in ALBUMS),
    "/lich-cong-tac.html",
    *(f"/lich-cong-tac/month.calendar/{y}/{m:02d}/25/-.html" for y, m in _cal_walk_months()),
    "/lich-cong-tac/eventsbyday/2026/11/26/-.html",
    *(e.path for e in EVENTS),
]

# ------------------------------------------------------------------------- text helpers

_WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def lc2(when: datetime) -> str:
    """DATE_FORMAT_LC2 of the vi-VN pack: "Thứ sáu, 20 Tháng 11 2026 09:45"."""
    return f"{_WEEKDAYS[when.weekday()]}, {when:%d} Tháng {when.month} {when:%Y %H:%M}"


def lc3(when: datetime | date) -> str:
    """DATE_FORMAT_LC3: "20 Tháng 11 2026"."""
    return f"{when:%d} Tháng {when.month} {when:%Y}"


def _iso(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def _t(story: Story, value: str) -> str:
    """Article text as this story stores it (NFD or character references), escaped."""
    return text(
        value, nfd=bool(story.opts.get("nfd")), entities=2 if story.opts.get("entities") else 0
    )


def _title(story: Story) -> str:
    return text(story.title, nfd=bool(story.opts.get("nfd")))


def truncate(value: str, limit: int = READMORE_LIMIT) -> str:
    """J4's ``string.truncate`` with noSplit: cut at the limit, back to a space, add "..."."""
    if len(value) <= limit:
        return value
    tmp = value[:limit].strip()
    tmp = tmp[: tmp.rfind(" ") + 1]
    if len(tmp) > limit - 3:
        tmp = tmp.rstrip()
        tmp = tmp[: tmp.rfind(" ")]
    return tmp.rstrip() + "..."


def _intro(story: Story) -> str:
    """The article's intro text (the part above the "Read more" separator): its first paragraph."""
    first = next(b for b in story.blocks if isinstance(b, P))
    return _paragraph(story, first)


def _plain_intro(story: Story) -> str:
    return next(b.text for b in story.blocks if isinstance(b, P))


# ------------------------------------------------------------------------- article body (JCE)


def _paragraph(story: Story, block: P) -> str:
    style = block.style
    if style == "lead":
        return f'<p class="lead">{_t(story, block.text)}</p>'
    if style == "strong":
        return f"<p><strong>{_t(story, block.text)}</strong></p>"
    if style == "h3":
        return f"<h3>{_t(story, block.text)}</h3>"
    if style.startswith("a|"):
        _, href, phrase = style.split("|", 2)
        before, after = block.text.split(phrase, 1)
        return f'<p>{_t(story, before)}<a href="{esc(href)}">{_t(story, phrase)}</a>{_t(story, after)}</p>'
    return f"<p>{_t(story, block.text)}</p>"


def _image(story: Story, img: Img, n: int) -> str:
    alt = esc(story.title[:60])
    if img.style == "figure":
        cap = f"<figcaption>{_t(story, img.printed)}</figcaption>" if img.printed else ""
        return (
            f'<figure class="image" style="text-align: center;"><img src="{esc(img.src)}" alt="{alt}"'
            f' width="760" height="507" />{cap}</figure>'
        )
    if img.style == "remote":
        return (
            f'<figure class="image"><img src="{esc(img.src)}" alt="" width="700" height="466" />'
            f"<figcaption>{_t(story, img.printed or '')}</figcaption></figure>"
        )
    if img.style in ("em", "paren", "file"):
        line = (
            f'<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
            if img.style != "file"
            else f'<p style="text-align: center;"><span style="font-size: 10pt;">{esc(img.printed or "")}</span></p>'
        )
        return (
            f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="{alt} {n}" width="760"'
            f' height="507" /></p>\n{line}'
        )
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto; width: 700px;" border="0" cellspacing="0"'
            ' cellpadding="3"><tbody><tr><td style="text-align: center;"><img src="'
            f'{esc(img.src)}" alt="" width="700" height="467" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{_t(story, img.printed or "")}</em></td></tr></tbody></table>'
        )
    return f'<p><img src="{esc(img.src)}" alt="" /></p>'


def _body(story: Story) -> str:
    """The article text as JCE saved it (intro text and full text run together)."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "full")]
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = row.text.split(" | ")
                if row.style == "th":
                    rows.append(
                        "<thead><tr>"
                        + "".join(
                            f'<th style="text-align: center;">{_t(story, c)}</th>' for c in cells
                        )
                        + "</tr></thead><tbody>"
                    )
                else:
                    rows.append(
                        "<tr>" + "".join(f"<td>{_t(story, c)}</td>" for c in cells) + "</tr>"
                    )
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%;" border="1" cellspacing="0" cellpadding="4">'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if isinstance(b, P):
            out.append(_paragraph(story, b))
        elif isinstance(b, Img):
            n += 1
            out.append(_image(story, b, n))
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    if story.opts.get("file"):
        href, name, size = story.opts["file"]
        out.append(
            f'<p><a class="wf_file" href="{esc(href)}" target="_blank" type="application/pdf">'
            '<img class="wf_file_icon" src="/media/com_jce/icons/pdf.png" alt="pdf" width="16" height="16" />'
            f'<span class="wf_file_text">{esc(name)}</span></a> <span class="wf_file_size">({size})</span></p>'
        )
    return "\n".join(x for x in out if x)


# ------------------------------------------------------------------------- article view


def _info_above(story: Story, in_list: bool = False) -> str:
    cat = _cat(story)
    dds = ['<dt class="article-info-term">Chi tiết</dt>']
    if story.opts.get("by") and not in_list:
        dds.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span class="icon-user icon-fw" aria-hidden="true"></span> '
            f'Viết bởi <span itemprop="name">{esc(story.opts["by"])}</span></dd>'
        )
    if cat.parent and not in_list:
        parent = CATS[cat.parent]
        dds.append(
            '<dd class="parent-category-name"><span class="icon-folder icon-fw" aria-hidden="true"></span> '
            f'Danh mục cha: <a href="{cat_path(parent.id)}">{esc(parent.title)}</a></dd>'
        )
    dds.append(
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> '
        f'Danh mục: <a href="{cat_path(cat.id)}" itemprop="genre">{esc(cat.title)}</a></dd>'
    )
    when = story.opts["when"]
    if story.opts.get("show_date", True):
        if in_list:
            dds.append(
                '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
                f'<time datetime="{_iso(when)}" itemprop="datePublished">Được đăng: {lc3(when)}</time></dd>'
            )
        else:
            dds.append(
                '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
                f'<time datetime="{_iso(when)}" itemprop="datePublished">Được đăng: {lc2(when)}</time></dd>'
            )
    if story.opts.get("created") and not in_list:
        created = story.opts["created"]
        dds.append(
            '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{_iso(created)}" itemprop="dateCreated">Ngày tạo: {lc2(created)}</time></dd>'
        )
    return '<dl class="article-info text-muted">\n' + "\n".join(dds) + "\n</dl>"


def _info_below(story: Story) -> str:
    dds = []
    if story.opts.get("modified"):
        mod = story.opts["modified"]
        dds.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{_iso(mod)}" itemprop="dateModified">Cập nhật lần cuối: {lc2(mod)}</time></dd>'
        )
    hits = story.opts["hits"]
    dds.append(
        '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}">Lượt xem: {hits}</dd>'
    )
    return '<dl class="article-info text-muted">\n' + "\n".join(dds) + "\n</dl>"


def _tags(story: Story) -> str:
    if not story.opts.get("tags"):
        return ""
    items = "".join(
        f'<li class="list-inline-item tag-{tid} tag-list{i}" itemprop="keywords">'
        f'<a href="/component/tags/tag/{TAGS[tid][1]}.html" class="btn btn-sm btn-info">{esc(TAGS[tid][0])}</a></li>'
        for i, tid in enumerate(story.opts["tags"])
    )
    return f'<ul class="tags list-inline">{items}</ul>'


def _tools(base: str, path: str, title: str) -> str:
    url = base + path
    mail = f"mailto:?subject={quote(title)}&body={quote(url)}"
    return f"""<div class="kd-article-tools d-flex flex-wrap align-items-center">
<a class="kd-tool kd-print" href="{esc(print_path(path))}" rel="nofollow" title="In bài viết" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;"><span class="icon-print" aria-hidden="true"></span> In bài</a>
<a class="kd-tool kd-mail" href="{esc(mail)}" title="Gửi liên kết bài viết qua email"><span class="icon-envelope" aria-hidden="true"></span> Gửi email</a>
<span class="kd-tool kd-fontsize">Cỡ chữ: <button type="button" class="btn btn-link" data-kd-font="-1">A-</button><button type="button" class="btn btn-link" data-kd-font="0">A</button><button type="button" class="btn btn-link" data-kd-font="1">A+</button></span>
<a class="kd-tool kd-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="noopener nofollow"><span class="icon-share" aria-hidden="true"></span> Chia sẻ</a>
<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>"""


def _full_image(story: Story) -> str:
    full = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if not full:
        return ""
    cap = (
        f'<figcaption class="caption">{_t(story, full.printed)}</figcaption>'
        if full.printed
        else ""
    )
    return (
        f'<figure class="float-none item-image"><img src="{esc(full.src)}" itemprop="image" alt="" '
        f'width="800" height="533" loading="lazy">{cap}</figure>'
    )


def _pagenav(story: Story) -> str:
    same = in_cat(int(story.cat))
    i = same.index(story)
    parts = []
    # J4 orders the category by publish date descending: "Trước" is the newer article
    if i > 0:
        prev = same[i - 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{article_path(prev)}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {_title(prev)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a>'
        )
    if i < len(same) - 1:
        nxt = same[i + 1]
        parts.append(
            f'<a class="btn btn-sm btn-secondary next" href="{article_path(nxt)}" rel="next">'
            f'<span class="visually-hidden">Bài tiếp theo: {_title(nxt)}</span>'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        )
    return (
        '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
        + "".join(parts)
        + "</span></nav>"
    )


def _article_main(story: Story, base: str) -> str:
    path = article_path(story)
    return f"""<div class="com-content-article item-page kd-article" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header">
<h1 itemprop="headline">{_title(story)}</h1>
</div>
{_info_above(story)}
{_tools(base, path, story.title)}
{_full_image(story)}
<div itemprop="articleBody" class="com-content-article__body">
{_body(story)}
</div>
{_info_below(story)}
{_tags(story)}
{_pagenav(story)}
</div>"""


def _others(story: Story) -> str:
    same = [s for s in in_cat(int(story.cat), with_children=False) if s is not story][:5]
    if not same:
        return ""
    items = "".join(
        f'<li><a href="{article_path(s)}" class="mod-articles-category-title ">{_title(s)}</a>'
        f' <span class="mod-articles-category-date">({s.opts["when"]:%d/%m/%Y})</span></li>'
        for s in same
    )
    return (
        '<div class="main-bottom card kd-others"><h3 class="card-header ">Các tin khác</h3><div class="card-body">'
        f'<ul class="mod-articlescategory category-module mod-list">{items}</ul></div></div>'
    )


def _comments(base: str, path: str) -> str:
    return (
        '<div class="kd-comments"><h4 class="kd-comments-title">Ý kiến bạn đọc</h4>'
        f'<div class="fb-comments" data-href="{esc(base + path)}" data-width="100%" data-numposts="5"></div></div>'
    )


def _crumbs_for(story: Story) -> list[tuple[str | None, str]]:
    cat = _cat(story)
    trail: list[tuple[str | None, str]] = []
    if cat.parent:
        trail.append((cat_path(cat.parent), CATS[cat.parent].title))
    trail.append((cat_path(cat.id), cat.title))
    trail.append((None, story.title))
    return trail


def _article_page(story: Story, base: str, current: str, canonical: bool) -> str:
    head = ""
    if canonical:
        head += f'<link href="{base}{article_path(story)}" rel="canonical">\n'
    head += (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{base}{article_path(story)}">\n'
    )
    if story.opts.get("thumb"):
        head += f'<meta property="og:image" content="{base}{story.opts["thumb"]}">\n'
    main = (
        _article_main(story, base)
        + "\n"
        + _others(story)
        + "\n"
        + _comments(base, article_path(story))
    )
    return _page(
        base,
        f"{_title(story)} - {esc(SITE)}",
        main,
        current=current,
        itemid=_cat(story).itemid,
        view="article",
        trail=_crumbs_for(story),
        head=head,
        description=_plain_intro(story)[:160],
        author=story.opts.get("by") or "Super User",
        active=_top_menu(_cat(story).id),
    )


def _print_page(story: Story | None, base: str, page_path: str) -> str:
    if story is not None:
        title = _title(story)
        inner = f"""<div class="com-content-article item-page">
<div class="page-header"><h1>{title}</h1></div>
{_info_above(story)}
{_full_image(story)}
<div class="com-content-article__body">
{_body(story)}
</div>
{_info_below(story)}
</div>"""
        doc_title = f"{title} - {esc(SITE)}"
    else:
        _, ptitle, paras = PAGES[page_path]
        inner = (
            f'<div class="com-content-article item-page"><div class="page-header"><h1>{esc(ptitle)}</h1></div>'
            f'<div class="com-content-article__body">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></div>'
        )
        doc_title = f"{esc(ptitle)} - {esc(SITE)}"
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{doc_title}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?5a2b1c" rel="stylesheet">
<link href="/media/templates/site/cassiopeia_kimdong/css/print.css" rel="stylesheet" media="print">
</head>
<body class="contentpane component">
<div id="system-message-container" aria-live="polite"></div>
{inner}
<script>window.print();</script>
</body>
</html>"""


# ------------------------------------------------------------------------- listings


def _pager(path: str, page: int, pages: int, param: str) -> str:
    """Cassiopeia's pagination markup; page one links to the bare path."""

    def href(n: int) -> str:
        return path if n == 0 else f"{path}?{param}={n * _per(param, path)}"

    def li(label: str, n: int | None, aria: str, icon: str | None = None) -> str:
        inner = f'<span class="{icon}" aria-hidden="true"></span>' if icon else label
        if n is None:
            return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{inner}</span></li>'
        return f'<li class="page-item"><a aria-label="{aria}" href="{esc(href(n))}" class="page-link">{inner}</a></li>'

    items = [
        li("", 0 if page > 0 else None, "Tới trang đầu", "icon-angle-double-left"),
        li("", page - 1 if page > 0 else None, "Tới trang trước", "icon-angle-left"),
    ]
    for n in range(pages):
        if n == page:
            items.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {n + 1}" href="#" class="page-link">{n + 1}</a></li>'
            )
        else:
            items.append(li(str(n + 1), n, f"Tới trang {n + 1}"))
    items.append(
        li("", page + 1 if page < pages - 1 else None, "Tới trang sau", "icon-angle-right")
    )
    items.append(
        li("", pages - 1 if page < pages - 1 else None, "Tới trang cuối", "icon-angle-double-right")
    )
    return (
        '<nav class="pagination__wrapper" aria-label="Phân trang"><div class="pagination pagination-toolbar text-center">'
        '<ul class="pagination ms-0 mb-4">' + "".join(items) + "</ul></div></nav>"
    )


def _per(param: str, path: str) -> int:
    if path == "/":
        return FEATURED_LIMIT
    return LIST_LIMIT if param == "limitstart" else BLOG_LIMIT


def _readmore(story: Story) -> str:
    label = f"Đọc thêm: {esc(truncate(story.title))}"
    return (
        f'<p class="readmore"><a class="btn btn-secondary" href="{article_path(story)}" '
        f'aria-label="Đọc thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> {label}</a></p>'
    )


def _intro_image(story: Story) -> str:
    thumb = story.opts.get("thumb")
    if not thumb:
        return ""
    return (
        f'<figure class="left item-image"><a href="{article_path(story)}" itemprop="url" title="{esc(story.title)}">'
        f'<img src="{thumb}" alt="" itemprop="thumbnailUrl" width="300" height="200" loading="lazy"></a></figure>'
    )


def _item_content(story: Story) -> str:
    return f"""<div class="page-header"><h2 itemprop="name"><a href="{article_path(story)}" itemprop="url">{_title(story)}</a></h2></div>
{_info_above(story, in_list=True)}
{_intro(story)}
{_readmore(story)}"""


def _blog_item(story: Story) -> str:
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{_intro_image(story)}
<div class="item-content">
{_item_content(story)}
</div>
</div>"""


def _blog(cid: int, start: int, base: str, current: str) -> str:
    cat = CATS[cid]
    items = in_cat(cid, with_children=cid == 8)
    pages = _pages(len(items), BLOG_LIMIT)
    page = min(max(start, 0) // BLOG_LIMIT, pages - 1)
    shown = items[page * BLOG_LIMIT : (page + 1) * BLOG_LIMIT]
    lead, intro = shown[:1], shown[1:]
    children = [c for c in CATS.values() if c.parent == cid]
    kids = ""
    if children:
        kids = (
            '<div class="com-content-category-blog__children cat-children"><h3> Danh mục con </h3>'
            + "".join(
                f'<div class="com-content-category-blog__child"><h3 class="page-header item-title">'
                f'<a href="{cat_path(c.id)}">{esc(c.title)}</a> <span class="badge bg-info">Số bài viết: {len(in_cat(c.id))}</span></h3></div>'
                for c in children
            )
            + "</div>"
        )
    nav = ""
    if pages > 1:
        nav = (
            '<div class="com-content-category-blog__navigation w-100">'
            f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {page + 1} / {pages}</p>'
            f'<div class="com-content-category-blog__pagination">{_pager(cat_path(cid), page, pages, "start")}</div></div>'
        )
    main = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h1>{esc(cat.title)}</h1>
<div class="com-content-category-blog__items blog-items items-leading ">
{"".join(_blog_item(s) for s in lead)}
</div>
<div class="com-content-category-blog__items blog-items ">
{"".join(_blog_item(s) for s in intro)}
</div>
{kids}
{nav}
</div>"""
    trail: list[tuple[str | None, str]] = []
    if cat.parent:
        trail.append((cat_path(cat.parent), CATS[cat.parent].title))
    trail.append((None, cat.title))
    feed = (
        f'<link href="{cat.path}.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        f'<link href="{cat.path}.feed?type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">\n'
    )
    suffix = f" - Trang {page + 1}" if page else ""
    return _page(
        base,
        f"{esc(cat.title)}{suffix} - {esc(SITE)}",
        main,
        current=current,
        itemid=cat.itemid,
        view="category",
        layout="blog",
        trail=trail,
        head=feed,
        active=_top_menu(cid),
    )


def _list(cid: int, start: int, base: str, current: str) -> str:
    cat = CATS[cid]
    items = in_cat(cid)
    trail: list[tuple[str | None, str]] = []
    if cat.parent:
        trail.append((cat_path(cat.parent), CATS[cat.parent].title))
    trail.append((None, cat.title))
    if not items:
        body = "<p>Không có bài viết nào trong danh mục này.</p>"
        nav = ""
        limit_value = LIST_LIMIT
        page = 0
    else:
        pages = _pages(len(items), LIST_LIMIT)
        page = min(max(start, 0) // LIST_LIMIT, pages - 1)
        shown = items[page * LIST_LIMIT : (page + 1) * LIST_LIMIT]
        rows = []
        for i, s in enumerate(shown):
            rows.append(
                f'<tr class="cat-list-row{i % 2}" ><th class="list-title" scope="row">'
                f'<a href="{article_path(s)}">{_title(s)}</a></th>'
                f'<td class="list-date small">{s.opts["when"]:%d-%m-%Y}</td>'
                f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {s.opts["hits"]}</span></td></tr>'
            )
        body = (
            '<table class="com-content-category__table category table table-striped table-bordered table-hover">'
            '<caption class="visually-hidden">Bài viết, sắp xếp theo ngày đăng giảm dần</caption>'
            '<thead><tr><th scope="col" id="categorylist_header_title">'
            "<a href=\"#\" onclick=\"Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;\""
            ' class="js-stools-column-order hasTooltip" data-order="a.title" data-direction="ASC">Tiêu đề</a></th>'
            '<th scope="col" id="categorylist_header_date">'
            "<a href=\"#\" onclick=\"Joomla.tableOrdering('a.publish_up','asc','', document.getElementById('adminForm'));return false;\""
            ' class="js-stools-column-order hasTooltip" data-order="a.publish_up" data-direction="ASC">Ngày đăng</a></th>'
            '<th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        nav = ""
        if pages > 1:
            nav = (
                '<div class="com-content-category__navigation w-100">'
                f'<p class="com-content-category__counter counter float-end pt-3 pe-2">Trang {page + 1} / {pages}</p>'
                f'<div class="com-content-category__pagination">{_pager(cat_path(cid), page, pages, "limitstart")}</div></div>'
            )
        limit_value = LIST_LIMIT
    options = "".join(
        f'<option value="{v}"{" selected" if v == limit_value else ""}>{v if v else "Tất cả"}</option>'
        for v in (3, 5, 10, 15, 20, 25, 30, 50, 100, 0)
    )
    children = [c for c in CATS.values() if c.parent == cid]
    kids = ""
    if children:
        kids = (
            '<div class="com-content-category__children cat-children"><h3>Danh mục con</h3><ul class="list-striped list-condensed">'
            + "".join(
                f'<li><h3 class="item-title"><a href="{cat_path(c.id)}">{esc(c.title)}</a></h3></li>'
                for c in children
            )
            + "</ul></div>"
        )
    main = f"""<div class="com-content-category category-list">
<div class="content-category">
<h1>{esc(cat.title)}</h1>
<form action="{cat_path(cid)}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content__filter btn-group">
<label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">
<button type="submit" name="filter_submit" class="btn btn-primary">Lọc</button>
<button type="reset" name="filter-clear-button" class="btn btn-secondary">Xóa</button>
</div>
<div class="com-content-category__pagination btn-group float-end">
<label for="limit" class="visually-hidden">Hiển thị #</label>
<select id="limit" name="limit" class="form-select" onchange="this.form.submit()">{options}</select>
</div>
{body}
{nav}
<div><input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value="{page * LIST_LIMIT}"><input type="hidden" name="task" value=""></div>
</form>
</div>
{kids}
</div>"""
    feed = f'<link href="{cat.path}.feed?type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
    return _page(
        base,
        f"{esc(cat.title)} - {esc(SITE)}",
        main,
        current=current,
        itemid=cat.itemid,
        view="category",
        layout="default",
        trail=trail,
        head=feed,
        active=_top_menu(cid),
    )


def _featured(start: int, base: str, current: str) -> str:
    items = [s for s in _LATEST if s.opts.get("featured")]
    pages = _pages(len(items), FEATURED_LIMIT)
    page = min(max(start, 0) // FEATURED_LIMIT, pages - 1)
    shown = items[page * FEATURED_LIMIT : (page + 1) * FEATURED_LIMIT]
    blog = "".join(
        '<div class="com-content-featured__item blog-item" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">\n{_intro_image(s)}\n<div class="blog-item-content">\n'
        f"{_item_content(s)}\n</div>\n</div>"
        for s in shown
    )
    nav = ""
    if pages > 1:
        nav = (
            '<div class="com-content-featured__navigation w-100">'
            f'<p class="com-content-featured__counter counter float-end pt-3 pe-2">Trang {page + 1} / {pages}</p>'
            f'<div class="com-content-featured__pagination">{_pager("/", page, pages, "start")}</div></div>'
        )
    main = f"""<div class="com-content-featured blog-featured" itemscope itemtype="https://schema.org/Blog">
<div class="com-content-featured__items blog-items items-leading ">
{blog}
</div>
{nav}
</div>"""
    slides = "".join(
        f'<div class="kd-slide{" active" if i == 0 else ""}"><a href="{esc(nonsef_path(_BY_ID[sid]))}">'
        f'<img src="{_BY_ID[sid].opts["thumb"]}" alt="{esc(_BY_ID[sid].title)}" width="760" height="420"></a>'
        f'<div class="kd-slide-caption"><a href="{esc(nonsef_path(_BY_ID[sid]))}">{_title(_BY_ID[sid])}</a></div></div>'
        for i, sid in enumerate(SLIDESHOW)
    )
    top = (
        '<div class="grid-child container-top-a"><div class="top-a card kd-slideshow"><div class="card-body">'
        f'<div class="kd-slider" data-interval="5000">{slides}</div></div></div></div>'
    )
    feed = (
        '<link href="/?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">\n'
        '<link href="/?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Atom 1.0">\n'
    )
    return _page(
        base,
        f"Trang chủ - {esc(SITE)}" if not page else f"Trang chủ - Trang {page + 1} - {esc(SITE)}",
        main,
        current=current,
        itemid=101,
        view="featured",
        trail=[],
        head=feed,
        top=top,
        active=101,
    )


# ------------------------------------------------------------------------- other components


def _static_page(path: str, base: str, current: str) -> str:
    _, title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""<div class="com-content-article item-page kd-article" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN">
<div class="page-header">
<h1 itemprop="headline">{esc(title)}</h1>
</div>
{_tools(base, path, title)}
<div itemprop="articleBody" class="com-content-article__body">
{body}
</div>
</div>"""
    trail: list[tuple[str | None, str]] = []
    if path != "/gioi-thieu.html":
        trail.append(("/gioi-thieu.html", "Giới thiệu"))
    trail.append((None, "Giới thiệu" if path == "/gioi-thieu.html" else title))
    return _page(
        base,
        f"{esc(title)} - {esc(SITE)}",
        main,
        current=current,
        itemid=102 if path == "/gioi-thieu.html" else 110,
        view="article",
        trail=trail,
        active=102,
    )


def _tag_page(tid: int, base: str, current: str) -> str:
    title, alias = TAGS[tid]
    items = [s for s in _LATEST if tid in s.opts.get("tags", [])]
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{article_path(s)}">{_title(s)}</a></h3>'
        f'<span class="tag-body">{esc(_plain_intro(s)[:200])}…</span></li>'
        for s in items
    )
    main = f"""<div class="com-tags-tag tag-category">
<h1>{esc(title)}</h1>
<div class="com-tags-tag__items">
<form action="/component/tags/tag/{alias}.html" method="post" name="adminForm" id="adminForm">
<ul class="com-tags-tag__category category list-group">{lis}</ul>
</form>
</div>
</div>"""
    return _page(
        base,
        f"{esc(title)} - {esc(SITE)}",
        main,
        current=current,
        itemid=101,
        view="tag",
        trail=[(None, "Thẻ"), (None, title)],
        active=None,
    )


def _contact(base: str, current: str) -> str:
    main = """<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<h1><span class="contact-name" itemprop="name">Trường THCS Kim Đồng</span></h1>
<h3>Thông tin liên hệ</h3>
<div class="com-contact__container">
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span><span class="visually-hidden">Địa chỉ</span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Số 12 đường Lý Thường Kiệt</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">Phường Hội An, thành phố Đà Nẵng</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span><span class="visually-hidden">Email</span></dt>
<dd><span class="contact-emailto"><a href="mailto:thcskimdong.hoian@danang.edu.vn">thcskimdong.hoian@danang.edu.vn</a></span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span><span class="visually-hidden">Điện thoại</span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0235 3861 234</span></dd>
</dl>
</div>
<h3>Gửi thư liên hệ</h3>
<div class="com-contact__form contact-form">
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi Email. Các ô có dấu * là bắt buộc.</legend>
<div class="control-group"><div class="control-label"><label id="jform_contact_name-lbl" for="jform_contact_name" class="required">Họ tên<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" size="30" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_email-lbl" for="jform_contact_email" class="required">Email<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" size="30" autocomplete="email" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg" class="required">Tiêu đề<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" size="60" required></div></div>
<div class="control-group"><div class="control-label"><label id="jform_contact_message-lbl" for="jform_contact_message" class="required">Nội dung<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div></div>
<div class="control-group"><div class="controls"><input type="checkbox" name="jform[contact_email_copy]" id="jform_contact_email_copy" value="1"> <label for="jform_contact_email_copy">Gửi bản sao thư này cho chính mình</label></div></div>
</fieldset>
<div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:truong-thcs-kim-dong"><input type="hidden" name="8c1f0e7d2b9a4c6e5f3a1b0d9e8c7f6a" value="1"></div></div>
</form>
</div>
</div>"""
    return _page(
        base,
        f"Liên hệ - {esc(SITE)}",
        main,
        current=current,
        itemid=108,
        view="contact",
        trail=[(None, "Liên hệ")],
        active=108,
    )


def _search(base: str, current: str, q: str) -> str:
    words = q.lower().split()
    hits = [
        s
        for s in _LATEST
        if words and all(w in (s.title + " " + " ".join(s.paragraphs)).lower() for w in words)
    ]
    if not q:
        results = ""
    elif hits:
        results = (
            f'<div id="search-result-count" class="com-finder__counter"><p>Kết quả 1 - {len(hits)} trong tổng số {len(hits)}.</p></div>'
            '<ol id="search-result-list" class="com-finder__results-list" start="1">'
            + "".join(
                f'<li class="result__item"><p class="result__title"><a href="{article_path(s)}" class="result__title-link">'
                f'<span class="result__title-text">{_title(s)}</span><span class="result__title-url">{base}{article_path(s)}</span></a></p>'
                f'<p class="result__description"><span class="result__date">{s.opts["when"]:%d-%m-%Y}</span> {esc(_plain_intro(s)[:180])}…</p></li>'
                for s in hits
            )
            + "</ol>"
        )
    else:
        results = '<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả nào</h2><p>Không có kết quả nào phù hợp.</p></div>'
    main = f"""<div class="com-finder finder">
<h1>Tìm kiếm</h1>
<div id="search-form" class="com-finder__form">
<form action="/tim-kiem.html" method="get" class="js-finder-searchform">
<fieldset class="com-finder__search word mb-3"><legend class="com-finder__search-legend visually-hidden">Tìm kiếm</legend>
<div class="form-inline"><label for="q" class="me-2">Tìm kiếm:</label><div class="input-group">
<input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(q)}">
<button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm kiếm</button>
</div></div></fieldset>
</form>
</div>
<div id="search-results" class="com-finder__results">{results}</div>
</div>"""
    return _page(
        base,
        f"Tìm kiếm - {esc(SITE)}",
        main,
        current=current,
        itemid=109,
        view="search",
        trail=[(None, "Tìm kiếm")],
        active=None,
    )


def _docs(base: str, current: str) -> str:
    rows = "".join(
        f'<tr><td class="pd-number">{esc(num)}</td><td class="pd-date">{day}</td>'
        f'<td class="pd-title">{esc(title)}</td>'
        f'<td class="pd-download"><a class="btn btn-success btn-sm" href="{href}" target="_blank"><span class="icon-download"></span> Tải về</a></td></tr>'
        for num, day, title, href in DOCS
    )
    main = f"""<div id="phoca-dl-category-box" class="pd-category-view">
<h1 class="pd-ctitle">Văn bản</h1>
<table class="table table-bordered pd-file-list">
<thead><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody>
</table>
</div>"""
    return _page(
        base,
        f"Văn bản - {esc(SITE)}",
        main,
        current=current,
        itemid=105,
        view="category",
        trail=[(None, "Văn bản")],
        active=105,
    )


def _gallery(base: str, current: str, album: Album | None) -> str:
    if album is None:
        boxes = "".join(
            f'<div class="pg-cv-box item"><div class="pg-cv-box-img pg-box1"><a href="{a.path}">'
            f'<img src="/images/phocagallery/{a.alias}/thumbs/phoca_thumb_m_{a.photos[0]}.jpg" alt="{esc(a.title)}" class="pg-image"></a></div>'
            f'<div class="pg-cv-name pg-cv-folder"><a href="{a.path}">{esc(a.title)}</a> <span class="pg-cv-count">({len(a.photos)})</span></div></div>'
            for a in ALBUMS
        )
        main = f'<div id="phocagallery" class="pg-categories-view"><h1>Thư viện ảnh</h1><div class="pg-categories-items-box">{boxes}</div></div>'
        return _page(
            base,
            f"Thư viện ảnh - {esc(SITE)}",
            main,
            current=current,
            itemid=106,
            view="categories",
            trail=[(None, "Thư viện ảnh")],
            active=106,
        )
    boxes = "".join(
        f'<div class="pg-item-box"><a class="pg-photoswipe-button" href="/images/phocagallery/{album.alias}/{p}.jpg" data-size="1280x853">'
        f'<img src="/images/phocagallery/{album.alias}/thumbs/phoca_thumb_m_{p}.jpg" alt="{p}" class="pg-image"></a>'
        f'<div class="pg-item-box-title">{p}</div></div>'
        for p in album.photos
    )
    main = (
        f'<div id="phocagallery" class="pg-category-view"><h1>{esc(album.title)}</h1>'
        f'<div class="pg-category-items-box">{boxes}</div><p class="pg-back"><a href="/thu-vien-anh.html">« Quay lại</a></p></div>'
    )
    return _page(
        base,
        f"{esc(album.title)} - {esc(SITE)}",
        main,
        current=current,
        itemid=106,
        view="category",
        trail=[("/thu-vien-anh.html", "Thư viện ảnh"), (None, album.title)],
        active=106,
    )


# ------------------------------------------------------------------------- JEvents calendar

_CAL = "/lich-cong-tac"


def month_path(year: int, month: int, day: int) -> str:
    day = min(day, calendar.monthrange(year, month)[1])
    return f"{_CAL}/month.calendar/{year}/{month:02d}/{day:02d}/-.html"


def day_path(d: date) -> str:
    return f"{_CAL}/eventsbyday/{d.year}/{d.month:02d}/{d.day:02d}/-.html"


def _shift(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _cal_nav(year: int, month: int, day: int) -> str:
    py, pm = _shift(year, month, -1)
    ny, nm = _shift(year, month, 1)
    prev = (
        f'<div class="previousmonth"><a href="{month_path(py, pm, day)}" title="Tháng trước">« Tháng {pm}</a></div>'
        if py >= CAL_YEARS[0]
        else '<div class="previousmonth"></div>'
    )
    nxt = (
        f'<div class="nextmonth"><a href="{month_path(ny, nm, day)}" title="Tháng sau">Tháng {nm} »</a></div>'
        if ny <= CAL_YEARS[1]
        else '<div class="nextmonth"></div>'
    )
    return f'<div class="jev_toprow"><div class="jev_header2">{prev}<div class="currentmonth">Tháng {month} {year}</div>{nxt}</div></div>'


def _month(year: int, month: int, day: int, base: str, current: str) -> str:
    first = date(year, month, 1)
    ndays = calendar.monthrange(year, month)[1]
    cells = ['<td class="cal_td_daysoutofmonth">&#160;</td>'] * first.weekday()
    for d in range(1, ndays + 1):
        when = date(year, month, d)
        evs = [e for e in EVENTS if e.when.date() == when]
        cls = (
            "cal_today"
            if when == TODAY_DATE
            else ("cal_daysnoevents" if not evs else "cal_dayshasevents")
        )
        ev_html = "".join(
            f'<div class="eventfull"><a class="cal_titlelink" href="{e.path}">{e.when:%H:%M} {esc(e.title)}</a></div>'
            for e in evs
        )
        cells.append(
            f'<td class="{cls}"><a class="cal_daylink" href="{day_path(when)}" title="Đến ngày">{d}</a>{ev_html}</td>'
        )
    while len(cells) % 7:
        cells.append('<td class="cal_td_daysoutofmonth">&#160;</td>')
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    head = "".join(f'<th class="cal_daysnames">{w}</th>' for w in _WEEKDAYS)
    main = f"""<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_header">
<h2 class="contentheading">Lịch công tác</h2>
<ul class="actions"><li class="print-icon"><a href="javascript:void(0);" rel="nofollow" onclick="window.print();return false;" title="In">In</a></li></ul>
</div>
<div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">
<div class="new-navigation"><div class="nav-items">
<div id="nav-month" class="active"><a href="{month_path(year, month, day)}" title="Theo tháng">Theo tháng</a></div>
<div id="nav-today"><a href="{day_path(TODAY_DATE)}" title="Hôm nay">Hôm nay</a></div>
</div></div>
{_cal_nav(year, month, day)}
<table class="cal_table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>
</div></div>"""
    return _page(
        base,
        f"Lịch công tác - Tháng {month} {year} - {esc(SITE)}",
        main,
        current=current,
        itemid=107,
        view="month",
        trail=[(None, "Lịch công tác")],
        active=107,
    )


def _day(d: date, base: str, current: str) -> str:
    evs = [e for e in EVENTS if e.when.date() == d]
    items = (
        "".join(
            f'<li class="ev_td_li"><a class="ev_link_row" href="{e.path}">{esc(e.title)}</a> - {e.when:%H:%M}</li>'
            for e in evs
        )
        if evs
        else '<li class="ev_td_li">Không có sự kiện nào</li>'
    )
    prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
    main = f"""<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">
<h2 class="contentheading">Lịch công tác ngày {d:%d/%m/%Y}</h2>
<div class="jev_daynav"><a href="{day_path(prev_d)}" title="Ngày trước">« Ngày trước</a> | <a href="{month_path(d.year, d.month, d.day)}">Tháng {d.month} {d.year}</a> | <a href="{day_path(next_d)}" title="Ngày sau">Ngày sau »</a></div>
<ul class="ev_ul">{items}</ul>
</div></div>"""
    return _page(
        base,
        f"Lịch công tác - {d:%d/%m/%Y} - {esc(SITE)}",
        main,
        current=current,
        itemid=107,
        view="day",
        trail=[("/lich-cong-tac.html", "Lịch công tác"), (None, f"{d:%d/%m/%Y}")],
        active=107,
    )


def _event(e: Event, base: str, current: str) -> str:
    main = f"""<div id="jevents"><div class="contentpaneopen jeventpage jevbootstrap" id="jevents_body">
<h2 class="contentheading">{esc(e.title)}</h2>
<table class="jev_evdt"><tr><td class="ev_detail">Thời gian: {lc2(e.when)}</td></tr>
<tr><td class="ev_detail">Địa điểm: {esc(e.place)}</td></tr>
<tr><td class="ev_detail">Thành phần: {esc(e.note)}</td></tr></table>
<p><a href="{month_path(e.when.year, e.when.month, e.when.day)}">« Quay lại lịch tháng</a></p>
</div></div>"""
    return _page(
        base,
        f"{esc(e.title)} - {esc(SITE)}",
        main,
        current=current,
        itemid=107,
        view="detail",
        trail=[("/lich-cong-tac.html", "Lịch công tác"), (None, e.title)],
        active=107,
    )


# ------------------------------------------------------------------------- page frame

_MENU: list[tuple[int, str, str, list[tuple[int, str, str]]]] = [
    (101, "Trang chủ", "/", []),
    (
        102,
        "Giới thiệu",
        "/gioi-thieu.html",
        [(110, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc.html")],
    ),
    (
        103,
        "Tin tức",
        "/tin-tuc.html",
        [
            (111, "Hoạt động nhà trường", "/tin-tuc/hoat-dong.html"),
            (112, "Công tác Đội", "/tin-tuc/cong-tac-doi.html"),
        ],
    ),
    (104, "Thông báo", "/thong-bao.html", [(113, "Tuyển sinh", "/thong-bao/tuyen-sinh.html")]),
    (105, "Văn bản", "/van-ban.html", []),
    (106, "Thư viện ảnh", "/thu-vien-anh.html", []),
    (107, "Lịch công tác", "/lich-cong-tac.html", []),
    (108, "Liên hệ", "/lien-he.html", []),
]


def _top_menu(cid: int) -> int:
    cat = CATS[cid]
    root = cat if cat.parent is None else CATS[cat.parent]
    return root.itemid


def _menu(active: int | None) -> str:
    lis = []
    for itemid, title, href, children in _MENU:
        cls = f"metismenu-item item-{itemid} level-1"
        if itemid == 101:
            cls += " default"
        if itemid == active:
            cls += " current active"
        if children:
            cls += " deeper parent"
            sub = "".join(
                f'<li class="metismenu-item item-{cid} level-2"><a href="{h}">{esc(t)}</a></li>'
                for cid, t, h in children
            )
            lis.append(
                f'<li class="{cls}"><a href="{href}">{esc(title)}</a><button class="mm-collapsed mm-toggler mm-toggler-link" '
                f'aria-haspopup="true" aria-expanded="false" aria-label="{esc(title)}"></button><ul class="mm-collapse">{sub}</ul></li>'
            )
        else:
            lis.append(f'<li class="{cls}"><a href="{href}">{esc(title)}</a></li>')
    return (
        '<nav class="navbar navbar-expand-lg" aria-label="Menu chính"><button class="navbar-toggler navbar-toggler-right" type="button" '
        'data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng">'
        '<span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1">'
        '<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">'
        + "".join(lis)
        + "</ul></div></nav>"
    )


def _breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    items = [
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>',
        '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
        '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>',
    ]
    for i, (href, name) in enumerate(trail, start=2):
        last = i == len(trail) + 1
        if href and not last:
            items.append(
                '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item">'
                f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(name)}</span></a>'
                f'<meta itemprop="position" content="{i}"></li>'
            )
        else:
            current = ' aria-current="page"' if last else ""
            active = " active" if last else ""
            items.append(
                f'<li{current} itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
                f'class="mod-breadcrumbs__item breadcrumb-item{active}"><span itemprop="name">{esc(name)}</span>'
                f'<meta itemprop="position" content="{i}"></li>'
            )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" '
        'class="mod-breadcrumbs breadcrumb px-3 py-2">' + "".join(items) + "</ol></nav>"
    )


def _card(title: str, body: str, cls: str) -> str:
    return f'<div class="sidebar-right card {cls}"><h3 class="card-header ">{title}</h3><div class="card-body">{body}</div></div>'


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{article_path(s)}" class="mod-articles-category-title ">{_title(s)}</a>'
        f'<span class="mod-articles-category-date">{s.opts["when"]:%d/%m/%Y}</span></li>'
        for s in in_cat(11)[:4]
    )
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" itemprop="url">'
        f'<span itemprop="name">{_title(s)}</span></a></li>'
        for s in _LATEST[:5]
    )
    popular = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" itemprop="url">'
        f'<span itemprop="name">{_title(s)}</span></a></li>'
        for s in sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    )
    upcoming = "".join(
        f'<li class="jevlatest"><span class="mod_events_latest_date">{e.when:%d/%m/%Y %H:%M}</span><br>'
        f'<a class="mod_events_latest_content" href="{e.path}">{esc(e.title)}</a></li>'
        for e in EVENTS
        if e.when.date() >= TODAY_DATE
    )
    public = _BY_ID[50]
    disclose = (
        '<div id="mod-custom121" class="mod-custom custom"><ul class="kd-congkhai">'
        f'<li><a href="{esc(homeitem_path(public))}">Công khai dự toán ngân sách năm 2026</a></li>'
        '<li><a href="/van-ban.html">Công khai chất lượng giáo dục</a></li></ul></div>'
    )
    poll = """<form action="/index.php" method="post" name="kd_poll_vote" class="kd-poll">
<p class="kd-poll-question">Bạn đánh giá thế nào về trang thông tin điện tử của nhà trường?</p>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid1" value="1"><label class="form-check-label" for="voteid1">Rất hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid2" value="2"><label class="form-check-label" for="voteid2">Hữu ích</label></div>
<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid3" value="3"><label class="form-check-label" for="voteid3">Bình thường</label></div>
<input type="hidden" name="option" value="com_acepolls"><input type="hidden" name="task" value="vote"><input type="hidden" name="id" value="1">
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button> <button type="button" class="btn btn-secondary btn-sm" onclick="kdPollResult(1)">Kết quả</button>
</form>"""
    links = """<select class="form-select" onchange="if (this.value) window.open(this.value, '_blank');" aria-label="Liên kết website">
<option value="">-- Liên kết website --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://sgddt.danang.gov.vn">Sở GD&amp;ĐT thành phố Đà Nẵng</option>
<option value="https://hoian.danang.gov.vn">UBND phường Hội An</option>
<option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option>
</select>"""
    counter = """<ul class="kd-counter list-unstyled">
<li><span class="icon-users" aria-hidden="true"></span> Đang truy cập: <strong>19</strong></li>
<li>Hôm nay: <strong>263</strong></li>
<li>Hôm qua: <strong>418</strong></li>
<li>Tuần này: <strong>1.207</strong></li>
<li>Tháng này: <strong>6.934</strong></li>
<li>Tổng lượt truy cập: <strong>512.870</strong></li>
</ul>"""
    return (
        '<div class="grid-child container-sidebar-right">'
        + _card(
            "Thông báo",
            f'<ul class="mod-articlescategory category-module mod-list">{notices}</ul>',
            "kd-notices",
        )
        + _card(
            "Tin mới",
            f'<ul class="mod-articleslatest latestnews mod-list">{latest}</ul>',
            "kd-latest",
        )
        + _card(
            "Tin xem nhiều",
            f'<ul class="mod-articlespopular mostread mod-list">{popular}</ul>',
            "kd-popular",
        )
        + _card(
            "Lịch công tác",
            f'<ul class="mod_events_latest_table">{upcoming}</ul><p><a href="/lich-cong-tac.html">Xem lịch tháng »</a></p>',
            "kd-events",
        )
        + _card("Công khai", disclose, "kd-public")
        + _card("Thăm dò ý kiến", poll, "kd-poll-box")
        + _card("Liên kết website", links, "kd-links")
        + _card("Thống kê truy cập", counter, "kd-counter-box")
        + "</div>"
    )


def _page(
    base: str,
    title: str,
    main: str,
    *,
    current: str,
    itemid: int,
    view: str,
    trail: list[tuple[str | None, str]],
    layout: str = "",
    head: str = "",
    top: str = "",
    description: str = "Trang thông tin điện tử Trường THCS Kim Đồng, phường Hội An, thành phố Đà Nẵng",
    author: str | None = None,
    active: int | None = None,
) -> str:
    author_meta = f'<meta name="author" content="{esc(author)}">\n' if author else ""
    crumbs = _breadcrumbs(trail) if trail else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
{author_meta}<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{title}</title>
{head}<link href="/media/templates/site/cassiopeia_kimdong/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/system/css/joomla-fontawesome.min.css?5a2b1c" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?5a2b1c" rel="stylesheet">
<link href="/media/templates/site/cassiopeia_kimdong/css/user.css?5a2b1c" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"8c1f0e7d2b9a4c6e5f3a1b0d9e8c7f6a","system.paths":{{"root":"","rootFull":"{base}\\/","base":"","baseFull":"{base}\\/"}},"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo"}}}}</script>
<script src="/media/system/js/core.min.js?5a2b1c"></script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?5a2b1c" defer></script>
<script src="/media/vendor/metismenujs/js/metismenujs.min.js?5a2b1c" defer></script>
</head>
<body class="site com_content wrapper-static view-{view}{" layout-" + layout if layout else " no-layout"} no-task itemid-{itemid} has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar kd-topbar"><div class="kd-topbar-inner">
<span class="kd-today"><span class="icon-calendar" aria-hidden="true"></span> {TODAY}</span>
<span class="kd-hotline">Đường dây nóng: <a href="tel:02353861234">0235 3861 234</a></span>
</div></div>
<div class="grid-child"><div class="navbar-brand">
<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/logo-thcs-kim-dong.png" alt="{esc(SITE)}" width="96" height="96"></a>
<div class="site-description"><span class="kd-unit">{UNIT}</span><span class="kd-name">TRƯỜNG THCS KIM ĐỒNG</span><span class="kd-motto">Kỷ cương - Tình thương - Trách nhiệm</span></div>
</div></div>
<div class="grid-child container-nav">
{_menu(active)}
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem.html" method="get" role="search">
<label for="mod-finder-searchword117" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword117" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">
<div class="mod-finder__advanced"><a href="/tim-kiem.html" class="mod-finder__advanced-link">Tìm kiếm nâng cao</a></div>
</form></div>
</div>
</header>
<div class="site-grid">
{top}
<div class="grid-child container-component">
{crumbs}
<div id="system-message-container" aria-live="polite"></div>
<main>
{main}
</main>
</div>
{_sidebar()}
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<div id="mod-custom118" class="mod-custom custom kd-footer">
<p><strong>TRƯỜNG THCS KIM ĐỒNG - PHƯỜNG HỘI AN</strong></p>
<p>Địa chỉ: Số 12 đường Lý Thường Kiệt, phường Hội An, thành phố Đà Nẵng</p>
<p>Điện thoại: 0235 3861 234 - Email: thcskimdong.hoian@danang.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Võ Thị Thanh Hương</p>
</div>
<div class="kd-copyright">© 2026 Trường THCS Kim Đồng. Thiết kế: <a href="https://webtruonghoc.example.vn" rel="nofollow" target="_blank">Web Trường Học</a></div>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v19.0"></script>
<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
</body>
</html>"""


# ------------------------------------------------------------------------- feeds


def _rfc822(when: datetime) -> str:
    utc = when - timedelta(hours=7)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[utc.weekday()]}, {utc:%d} {months[utc.month - 1]} {utc:%Y %H:%M:%S} +0000"


def _feed(
    base: str, stories: list[Story], title: str, link: str, kind: str, self_url: str
) -> Response:
    stories = stories[:FEED_LIMIT]
    if kind == "atom":
        entries = "".join(
            f'<entry><title>{esc(s.title)}</title><link rel="alternate" type="text/html" href="{base}{article_path(s)}"/>'
            f"<published>{_iso(s.opts['when'])}</published><updated>{_iso(s.opts['when'])}</updated>"
            f'<id>{base}{article_path(s)}</id><category term="{esc(_cat(s).title)}" />'
            f'<summary type="html">{esc(_intro(s))}</summary></entry>\n'
            for s in stories
        )
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">\n'
            f'<title type="text">{esc(title)}</title>\n<subtitle type="text">{esc(SITE)}</subtitle>\n'
            f'<link rel="alternate" type="text/html" href="{base}{link}"/>\n<id>{base}{link}</id>\n'
            f"<updated>{_iso(stories[0].opts['when']) if stories else ''}</updated>\n"
            f'<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>\n{entries}</feed>\n'
        )
        return Response(200, body, {"Content-Type": "application/atom+xml; charset=utf-8"})
    items = "".join(
        f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{article_path(s)}</link>\n"
        f'<guid isPermaLink="true">{base}{article_path(s)}</guid>\n'
        f"<description><![CDATA[{_intro(s)}]]></description>\n"
        f"<category>{esc(_cat(s).title)}</category>\n<pubDate>{_rfc822(s.opts['when'])}</pubDate>\n</item>\n"
        for s in stories
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>{esc(title)}</title>\n<description><![CDATA[{SITE}]]></description>\n<link>{base}{link}</link>\n"
        f"<lastBuildDate>{_rfc822(datetime(2026, 11, 25, 7, 0))}</lastBuildDate>\n"
        "<generator>Joomla! - Open Source Content Management</generator>\n"
        f'<atom:link rel="self" type="application/rss+xml" href="{base}{esc(self_url)}"/>\n<language>vi-vn</language>\n'
        f"{items}</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
# eg the Disallow rule for the /administrator/ folder MUST
# be changed to read
# Disallow: /joomla/administrator/
#
# For more information about the robots.txt standard, see:
# https://www.robotstxt.org/orig.html

User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""

# ------------------------------------------------------------------------- routing

_ARTICLE_ROUTES: dict[str, Story] = {article_path(s): s for s in STORIES}
_LEGACY_ROUTES: dict[str, Story] = {
    legacy_path(s): s for s in STORIES if "legacy" in s.opts.get("alt", "")
}
_CAT_ROUTES: dict[str, int] = {cat_path(c): c for c in CATS}
_FEED_ROUTES: dict[str, int] = {f"{CATS[c].path}.feed": c for c in CATS}
_TAG_ROUTES: dict[str, int] = {
    f"/component/tags/tag/{alias}.html": tid for tid, (_, alias) in TAGS.items()
}
_EVENT_ROUTES: dict[str, Event] = {e.path: e for e in EVENTS}
_ALBUM_ROUTES: dict[str, Album] = {a.path: a for a in ALBUMS}
_MONTH = re.compile(r"/lich-cong-tac/month\.calendar/(\d{4})/(\d{2})/(\d{2})/-\.html")
_DAY = re.compile(r"/lich-cong-tac/eventsbyday/(\d{4})/(\d{2})/(\d{2})/-\.html")


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() else 0


def _joomla(body: str, status: int = 200) -> Response:
    return html(
        body,
        status=status,
        headers={
            "Cache-Control": "no-store, no-cache, must-revalidate",
            "Pragma": "no-cache",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "strict-origin-when-cross-origin",
        },
    )


def _valid_date(y: int, m: int, d: int) -> date | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day if CAL_YEARS[0] <= y <= CAL_YEARS[1] else None


class Joomla4School:
    """The site: resolves Joomla 4 SEF and non-SEF URLs to pages for the request's host."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        current = request.target
        if path.endswith(".pdf"):
            known = _PDFS | {s.opts["file"][0] for s in STORIES if s.opts.get("file")}
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
            )
        if path.startswith(("/images/", "/media/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        printing = params.get("tmpl") == "component"
        if path in ("/", "/index.php") and params.get("option") == "com_content":
            return self._nonsef(params, base, current)
        if path in ("/", "/index.php"):
            if params.get("format") == "feed":
                items = [s for s in _LATEST if s.opts.get("featured")]
                return _feed(base, items, SITE, "/", params.get("type", "rss"), current)
            return _joomla(
                _featured(_int(params.get("start") or params.get("limitstart")), base, current)
            )
        if path in _ARTICLE_ROUTES:
            story = _ARTICLE_ROUTES[path]
            if printing:
                return _joomla(_print_page(story, base, path))
            return _joomla(_article_page(story, base, current, canonical=False))
        if path in _LEGACY_ROUTES:
            return _joomla(_article_page(_LEGACY_ROUTES[path], base, current, canonical=False))
        if path in PAGES:
            if printing:
                return _joomla(_print_page(None, base, path))
            return _joomla(_static_page(path, base, current))
        if path in _CAT_ROUTES:
            cid = _CAT_ROUTES[path]
            start = _int(params.get("start") or params.get("limitstart"))
            if params.get("format") == "feed":
                return _feed(
                    base,
                    in_cat(cid, with_children=cid == 8),
                    CATS[cid].title,
                    path,
                    params.get("type", "rss"),
                    current,
                )
            if CATS[cid].layout == "list":
                return _joomla(_list(cid, start, base, current))
            return _joomla(_blog(cid, start, base, current))
        if path in _FEED_ROUTES:
            cid = _FEED_ROUTES[path]
            return _feed(
                base,
                in_cat(cid, with_children=cid == 8),
                CATS[cid].title,
                cat_path(cid),
                params.get("type", "rss"),
                current,
            )
        if path in _TAG_ROUTES:
            return _joomla(_tag_page(_TAG_ROUTES[path], base, current))
        if path == "/lien-he.html":
            return _joomla(_contact(base, current))
        if path == "/tim-kiem.html":
            return _joomla(_search(base, current, params.get("q", "")))
        if path == "/van-ban.html":
            return _joomla(_docs(base, current))
        if path == "/thu-vien-anh.html":
            return _joomla(_gallery(base, current, None))
        if path in _ALBUM_ROUTES:
            return _joomla(_gallery(base, current, _ALBUM_ROUTES[path]))
        if path == "/lich-cong-tac.html":
            return _joomla(_month(TODAY_DATE.year, TODAY_DATE.month, TODAY_DATE.day, base, current))
        if m := _MONTH.fullmatch(path):
            day = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return _joomla(_month(day.year, day.month, day.day, base, current)) if day else None
        if m := _DAY.fullmatch(path):
            day = _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return _joomla(_day(day, base, current)) if day else None
        if path in _EVENT_ROUTES:
            return _joomla(_event(_EVENT_ROUTES[path], base, current))
        return None

    @staticmethod
    def _nonsef(params: dict[str, str], base: str, current: str) -> Response | None:
        view = params.get("view")
        raw_id = params.get("id", "")
        aid = _int(raw_id.split(":", 1)[0])
        if view == "article" and aid in _BY_ID:
            story = _BY_ID[aid]
            if params.get("tmpl") == "component":
                return _joomla(_print_page(story, base, article_path(story)))
            # the SEF plugin prints a canonical on the form whose Itemid is the category's menu item
            return _joomla(
                _article_page(story, base, current, canonical=params.get("Itemid") == "103")
            )
        if view == "category" and aid in CATS:
            start = _int(params.get("limitstart") or params.get("start"))
            if CATS[aid].layout == "list":
                return _joomla(_list(aid, start, base, current))
            return _joomla(_blog(aid, start, base, current))
        return None


def build_site() -> Joomla4School:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return Joomla4School()
