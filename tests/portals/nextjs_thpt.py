"""Fixture portal: a high school (Trường THPT) site built by a vendor on Next.js (pages router).

Imitates the kind of "website trường học" a modern vendor ships on Next.js 13 with a headless CMS
behind it: every page is server-rendered (``getServerSideProps``) and carries its props again in
``<script id="__NEXT_DATA__">`` (JSON, ``<``/``>``/``&`` escaped as ``\\u003c`` …). What it prints:

- articles at ``/bai-viet/<slug>-<id>``: ``h1`` headline, a meta row whose date line depends on the
  post template (news: "Thứ Sáu, 20/11/2026 - 10:15"; notices: "Ngày đăng: 2026-11-18"; one
  report: "Cập nhật lúc 16:40 ngày 14/11/2026"; the photo-story template prints no date), React's
  ``<!-- -->`` text separators inside those lines, "Người đăng: <login>" or the CMS "Tác giả" field,
  "Lượt xem", a sapo paragraph above the body on some posts, a cover image through ``next/image``
  (``/_next/image?url=…&w=1920&q=75``), the CMS rich text (CKEditor 5 figures, centred italic
  lines, one migrated CKEditor 4 caption table, a gallery grid, tables, lists), an attachment
  list, share buttons, tags, "Bài viết cùng chuyên mục"; ``rel=canonical`` and
  ``article:published_time`` (UTC, ``Z``) in the head;
- CSS-module class names with hashes (``PostDetail_title__k3J9a``), hashed chunks under
  ``/_next/static/``, a cookie-consent banner, the header's date of today;
- category pages ``/chuyen-muc/<slug>`` showing the newest 3 posts in HTML and a "Xem thêm"
  button; the rest is loaded by the page chunk from ``/api/posts?category=…&page=N&pageSize=3``
  (JSON). There is no ``<a href>`` to older posts on the listing; ``?page=N`` on the listing is
  ignored by the page;
- ``/robots.txt`` (next-sitemap style, ``Disallow: /api/``) naming ``/sitemap.xml``, a sitemap
  index of ``/sitemap-0.xml`` (static pages) and ``/server-sitemap.xml`` (all posts, plus one post
  deleted from the CMS); ``/rss.xml`` with the newest 8 posts;
- a "Xem nhiều nhất" widget whose links carry ``?ref=xem-nhieu`` (same page, canonical to the
  clean path); trailing-slash URLs answer 308 to the path without the slash (Next's default);
- any other ``/bai-viet/…`` answers 200 with a "Bài viết không tồn tại" page (a soft 404: the
  page catches the CMS's 404 and renders its own message);
- the trap: "Lịch công tác" ``/lich-cong-tac?tuan=YYYY-Www`` with "Tuần trước"/"Tuần sau" links;
  every ISO week from 2000-W01 to 2099's last week answers 200;
- non-articles: home, listings, Giới thiệu, Cơ cấu tổ chức, Liên hệ, privacy page, "Văn bản"
  (register table with PDFs), photo albums ("Thư viện ảnh"), search, the calendar, feeds, sitemaps
  and the JSON API.

Gold (by hand, see GOLD). Judgement calls:
- category = the breadcrumb's middle item (the post's "chuyên mục").
- published_at: the date line the page prints; a date-only line gives a date; a printed 00:00 is
  no time (1160). The photo story (1181) prints no date: the listing's "16/11/2026" is taken (the
  CMS value in the head is 2026-11-15T17:00:00.000Z, i.e. midnight local on the 16th). The
  "Cập nhật lúc …" line of 1179 is the only date the page prints, so it is the date.
- the sapo printed above the body is the summary and the body's first paragraph.
- the cover image (``next/image``) is the article's first photo; its gold path is the printed
  ``src`` (the ``/_next/image`` URL), caption None.
- "Người đăng: quantri/vanthu" is the login that posted: never an author. The CMS "Tác giả"
  field (1150) is the author. "Bài, ảnh: X" → author and photographer; "Tin: X" / "Ảnh: Y";
  "Tin, ảnh:" and "Tin và ảnh:" → both; a bare right-aligned name → author; "Nguồn: Báo Hà Tĩnh"
  → source; "Ảnh: CLB Truyền thông" / "Ảnh: Ban Truyền thông Đoàn trường" → photographers as
  printed.
- a Zalo file name printed under a photo (1160) is no caption.
- table rows (header row too) are body lines, cells joined by " | "; list items are body lines.
- the attachment list of 1176 is not body text.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from itertools import groupby
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

NAME = "nextjs_thpt"
PLATFORM = "nextjs"
START_PATH = "/"

SITE = "Trường THPT Phan Đình Phùng"
PARENT = "Sở Giáo dục và Đào tạo Hà Tĩnh"
BUILD_ID = "q7Xr2KpLw9TbN4cVzE1sA"
PAGE_SIZE = 3
RSS_SIZE = 8
#: the week the calendar shows without a parameter: the week of the fixed "today" (25/11/2026)
THIS_WEEK = (2026, 48)
CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "doan-thanh-nien": "Đoàn Thanh niên",
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
DELETED_PATH = "/bai-viet/thong-bao-lich-thi-thu-tot-nghiep-thpt-lan-1-1142"


def cx(component: str, name: str) -> str:
    """A CSS-module class name: ``Component_name__hash5``."""
    digest = hashlib.sha1(f"{component}.{name}".encode()).digest()
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return f"{component}_{name}__" + "".join(alphabet[b % 62] for b in digest[:5])


def nimg(upload: str, width: int = 1920) -> str:
    """The ``next/image`` optimizer URL of an upload (unescaped)."""
    return f"/_next/image?url={quote(upload, safe='')}&w={width}&q=75"


# Story.opts: when (CMS publishedAt, local time), date (how the meta row prints it: "full",
# "updated", "posted" or None), user (login shown as "Người đăng"), author (the CMS "Tác giả"
# field), cover (upload path shown through next/image), attach (PDF upload, file name, size),
# nfd (rich text stored decomposed), entities (rich text saved with character references),
# tags, views.
# P styles: "" paragraph, "li" list item, "th"/"tr" table rows, "a|<href>|<phrase>" (a link).
# Img styles: "cover" (next/image above the body), "figure" (CKEditor 5 figure + figcaption),
# "em" (image then a centred italic line), "table" (CKEditor 4 caption table, migrated content),
# "gallery" (the CMS gallery block: figures in a grid).
_U = "/uploads/2026"
STORIES: list[Story] = [
    Story(
        id=1186,
        slug="truong-thpt-phan-dinh-phung-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THPT Phan Đình Phùng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        blocks=[
            Img(nimg(f"{_U}/11/le-ky-niem-20-11-2026-cover.jpg"), None, None, "cover"),
            P(
                "Dự buổi lễ có đồng chí Phó Giám đốc Sở Giáo dục và Đào tạo; đại diện lãnh đạo"
                " phường Thành Sen; Ban đại diện Cha mẹ học sinh cùng đông đảo các thế hệ thầy cô"
                " giáo, cựu học sinh và hơn 1.500 học sinh của nhà trường."
            ),
            P(
                "Ôn lại truyền thống 55 năm xây dựng và trưởng thành, nhà trường đã đào tạo hơn"
                " 32.000 học sinh, trong đó nhiều người đã trở thành nhà khoa học, cán bộ lãnh đạo,"
                " doanh nhân thành đạt. Năm học 2025 - 2026, trường có 41 học sinh đạt giải trong kỳ"
                " thi chọn học sinh giỏi cấp tỉnh, tỉ lệ tốt nghiệp THPT đạt 100%, điểm trung bình"
                " thi tốt nghiệp đứng thứ 3 toàn tỉnh."
            ),
            Img(
                f"{_U}/11/z-hieu-truong-phat-bieu-20-11.jpg",
                "Thầy Nguyễn Đức Thắng, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Nguyễn Đức Thắng, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "figure",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Đức Thắng, Hiệu trưởng nhà trường bày tỏ lòng"
                " biết ơn sâu sắc tới các thế hệ nhà giáo đã dày công vun đắp mái trường; đồng thời"
                " mong muốn mỗi thầy cô tiếp tục đổi mới phương pháp dạy học, nêu gương sáng về đạo"
                " đức, tự học và sáng tạo."
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Trần Khánh Linh, lớp 12A1 gửi lời tri ân tới thầy"
                " cô và hứa sẽ nỗ lực học tập, rèn luyện để xứng đáng với truyền thống của nhà"
                " trường."
            ),
            Img(
                f"{_U}/11/hoc-sinh-tang-hoa-tri-an-20-11.jpg",
                "Học sinh lớp 12A1 tặng hoa tri ân các thầy cô giáo",
                "Học sinh lớp 12A1 tặng hoa tri ân các thầy cô giáo",
                "figure",
            ),
            P(
                "Dịp này, nhà trường đã trao Giấy khen cho 12 tập thể và 35 cá nhân có thành tích"
                " xuất sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học” học kỳ I;"
                " trao 25 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn"
                " vươn lên trong học tập."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các chi đoàn dàn"
                " dựng, để lại nhiều cảm xúc cho các thầy cô giáo và khách mời."
            ),
            Raw('<p style="text-align:right;"><strong>Bài, ảnh: Trần Thu Hà</strong></p>'),
        ],
        authors=["Trần Thu Hà"],
        photographers=["Trần Thu Hà"],
        summary=(
            "Sáng 19/11, Trường THPT Phan Đình Phùng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt"
            " Nam (20/11/1982 - 20/11/2026), tri ân các thế hệ thầy cô giáo đã và đang công tác"
            " tại trường."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 11, 20, 10, 15),
            "date": "full",
            "user": "quantri",
            "cover": f"{_U}/11/le-ky-niem-20-11-2026-cover.jpg",
            "tags": ["20/11", "Tri ân thầy cô"],
            "views": 2314,
        },
    ),
    Story(
        id=1184,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-11-18",
        blocks=[
            P(
                "Thực hiện Quyết định của UBND tỉnh về khung kế hoạch thời gian năm học 2026 - 2027,"
                " nhà trường thông báo: học sinh và cán bộ, giáo viên, nhân viên được nghỉ Tết"
                " Dương lịch 01 ngày, thứ Sáu ngày 01/01/2027. Học sinh đi học trở lại bình thường"
                " từ thứ Bảy ngày 02/01/2027. Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và"
                " cha mẹ học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 18, 15, 20),
            "date": "posted",
            "user": "vanthu",
            "tags": ["Lịch nghỉ"],
            "views": 1207,
        },
    ),
    Story(
        id=1181,
        slug="giai-bong-da-nam-hoc-sinh-chao-mung-ngay-nha-giao-viet-nam-20-11",
        title="Giải bóng đá nam học sinh chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="doan-thanh-nien",
        published_at="2026-11-16",
        blocks=[
            P(
                "Sau hai tuần thi đấu sôi nổi, chiều 15/11, trận chung kết Giải bóng đá nam học"
                " sinh chào mừng Ngày Nhà giáo Việt Nam 20/11 đã khép lại với chức vô địch thuộc về"
                " đội bóng lớp 11A4. Một số hình ảnh của giải:"
            ),
            Img(
                f"{_U}/11/bong-da-khai-mac.jpg",
                "Lễ khai mạc giải với sự tham gia của 24 đội bóng",
                "Lễ khai mạc giải với sự tham gia của 24 đội bóng",
                "gallery",
            ),
            Img(
                f"{_U}/11/bong-da-ban-ket.jpg",
                "Pha tranh bóng trong trận bán kết giữa 12A2 và 11A4",
                "Pha tranh bóng trong trận bán kết giữa 12A2 và 11A4",
                "gallery",
            ),
            Img(
                f"{_U}/11/bong-da-co-dong-vien.jpg",
                "Cổ động viên lớp 11A4 cổ vũ đội nhà",
                "Cổ động viên lớp 11A4 cổ vũ đội nhà",
                "gallery",
            ),
            Img(
                f"{_U}/11/bong-da-trao-cup.jpg",
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 11A4",
                "Ban tổ chức trao cúp vô địch cho đội bóng lớp 11A4",
                "gallery",
            ),
            Raw('<p style="text-align:right;"><em>Ảnh: Ban Truyền thông Đoàn trường</em></p>'),
        ],
        photographers=["Ban Truyền thông Đoàn trường"],
        opts={
            "when": datetime(2026, 11, 16, 0, 0),
            "date": None,
            "user": "doantruong",
            "tags": ["Thể thao"],
            "views": 1650,
        },
    ),
    Story(
        id=1179,
        slug="hoc-sinh-nha-truong-gianh-14-giai-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12",
        title="Học sinh nhà trường giành 14 giải tại kỳ thi chọn học sinh giỏi tỉnh lớp 12",
        cat="tin-tuc-su-kien",
        published_at="2026-11-14T16:40:00+07:00",
        blocks=[
            Img(nimg(f"{_U}/11/hsg-tinh-lop-12-2026.jpg"), None, None, "cover"),
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 THPT năm học 2026 - 2027 diễn ra trong"
                " hai ngày 05 và 06/11/2026. Trường THPT Phan Đình Phùng có 24 học sinh dự thi ở 9"
                " môn, kết quả có 14 em đạt giải, trong đó có 2 giải Nhất, 4 giải Nhì, 5 giải Ba và"
                " 3 giải Khuyến khích."
            ),
            P("Danh sách học sinh đạt giải Nhất, giải Nhì:"),
            P("TT | Họ và tên | Lớp | Môn | Giải", "th"),
            P("1 | Lê Hoàng Nam | 12A1 | Toán | Nhất", "tr"),
            P("2 | Nguyễn Thị Mai Anh | 12A5 | Ngữ văn | Nhất", "tr"),
            P("3 | Phan Minh Đức | 12A2 | Vật lí | Nhì", "tr"),
            P("4 | Trần Bảo Ngọc | 12A3 | Hóa học | Nhì", "tr"),
            P("5 | Võ Thị Thùy Dung | 12A6 | Tiếng Anh | Nhì", "tr"),
            P("6 | Đặng Quốc Việt | 12A1 | Tin học | Nhì", "tr"),
            P(
                "Với kết quả trên, nhà trường xếp thứ 2 toàn tỉnh về số lượng giải. Đây là cơ sở để"
                " nhà trường lựa chọn, thành lập đội tuyển tham dự kỳ thi chọn học sinh giỏi quốc"
                " gia năm 2027."
            ),
            Raw('<p style="text-align:right;">Nguyễn Văn Khoa</p>'),
        ],
        authors=["Nguyễn Văn Khoa"],
        opts={
            "when": datetime(2026, 11, 14, 16, 40),
            "date": "updated",
            "user": "quantri",
            "cover": f"{_U}/11/hsg-tinh-lop-12-2026.jpg",
            "tags": ["Học sinh giỏi"],
            "views": 1893,
        },
    ),
    Story(
        id=1176,
        slug="thong-bao-tuyen-dung-giao-vien-hop-dong-mon-tin-hoc-nam-hoc-2026-2027",
        title="Thông báo tuyển dụng giáo viên hợp đồng môn Tin học năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-12",
        blocks=[
            P(
                "Trường THPT Phan Đình Phùng thông báo tuyển dụng 02 giáo viên hợp đồng giảng dạy"
                " môn Tin học năm học 2026 - 2027. Điều kiện, hồ sơ và thời gian nhận hồ sơ xem chi"
                " tiết trong tệp đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 12, 8, 5),
            "date": "posted",
            "user": "vanthu",
            "attach": (f"{_U}/11/TB-tuyen-dung-GV-Tin-hoc-2026-2027.pdf", "218 KB"),
            "tags": ["Tuyển dụng"],
            "views": 3021,
        },
    ),
    Story(
        id=1174,
        slug="ngoai-khoa-em-yeu-bien-dao-que-huong-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa “Em yêu biển, đảo quê hương” cho học sinh khối 10",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10T14:30:00+07:00",
        blocks=[
            P(
                "Chiều ngày 07 tháng 11 năm 2026, Đoàn trường phối hợp với Bộ Chỉ huy Bộ đội Biên"
                " phòng tỉnh tổ chức buổi ngoại khóa “Em yêu biển, đảo quê hương” cho hơn 500 học"
                " sinh khối 10."
            ),
            P(
                "Tại buổi ngoại khóa, học sinh được nghe báo cáo viên giới thiệu về chủ quyền biển,"
                " đảo Việt Nam, cuộc sống và công tác của cán bộ, chiến sĩ đang ngày đêm canh giữ"
                " vùng biển, vùng trời của Tổ quốc."
            ),
            Img(
                f"{_U}/11/ngoai-khoa-bien-dao-1.jpg",
                "(Báo cáo viên Bộ đội Biên phòng tỉnh trao đổi với học sinh)",
                "Báo cáo viên Bộ đội Biên phòng tỉnh trao đổi với học sinh",
                "em",
            ),
            P(
                "Phần thi tìm hiểu với ba vòng: khởi động, vượt chướng ngại vật và về đích diễn ra"
                " sôi nổi. Đội lớp 10A3 xuất sắc giành giải Nhất; giải Nhì thuộc về lớp 10A7; lớp"
                " 10A1 và 10A9 đồng giải Ba."
            ),
            Img(
                f"{_U}/11/ngoai-khoa-bien-dao-2.jpg",
                "(Các đội thi tham gia phần thi vượt chướng ngại vật)",
                "Các đội thi tham gia phần thi vượt chướng ngại vật",
                "em",
            ),
            P(
                "Buổi ngoại khóa góp phần bồi đắp tình yêu quê hương, đất nước, ý thức trách nhiệm"
                " của thế hệ trẻ đối với việc bảo vệ chủ quyền biển, đảo thiêng liêng của Tổ quốc."
            ),
            Raw(
                '<p style="text-align:right;"><strong>Tin: Lê Minh Tâm</strong><br>'
                "<strong>Ảnh: CLB Truyền thông</strong></p>"
            ),
        ],
        authors=["Lê Minh Tâm"],
        photographers=["CLB Truyền thông"],
        opts={
            "when": datetime(2026, 11, 10, 14, 30),
            "date": "full",
            "user": "quantri",
            "nfd": True,
            "tags": ["Biển đảo", "Ngoại khóa"],
            "views": 742,
        },
    ),
    Story(
        id=1173,
        slug="chi-doan-11a1-sinh-hoat-chu-diem-tri-an-thay-co",
        title="Chi đoàn 11A1 sinh hoạt chủ điểm “Tri ân thầy cô”",
        cat="doan-thanh-nien",
        published_at="2026-11-09T16:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Đoàn trường, chiều 08/11, Chi đoàn 11A1 tổ chức buổi sinh"
                " hoạt chủ điểm “Tri ân thầy cô” với nhiều hoạt động ý nghĩa."
            ),
            P(
                "Các đoàn viên đã cùng nhau ôn lại lịch sử Ngày Nhà giáo Việt Nam, chia sẻ những kỷ"
                " niệm đẹp với thầy cô chủ nhiệm và thể hiện những tiết mục văn nghệ tự dàn dựng."
            ),
            Img(
                f"{_U}/11/chi-doan-11a1-tri-an.jpg",
                "Tiết mục hát tặng thầy cô của tập thể chi đoàn 11A1",
                "Tiết mục hát tặng thầy cô của tập thể chi đoàn 11A1",
                "em",
            ),
            P(
                "Cũng trong buổi sinh hoạt, chi đoàn đã phát động đợt thi đua “Hoa điểm tốt” và"
                " nhắc lại nội dung buổi tuyên truyền pháp luật về an toàn giao thông mà nhà trường"
                " đã tổ chức.",
                "a|/bai-viet/tuyen-truyen-phap-luat-ve-trat-tu-an-toan-giao-thong-cho-hoc-sinh-1163/"
                "|tuyên truyền pháp luật về an toàn giao thông",
            ),
            Raw(
                '<p style="text-align:right;"><strong><em>Tin, ảnh: Đoàn Thị Mai</em></strong></p>'
            ),
        ],
        authors=["Đoàn Thị Mai"],
        photographers=["Đoàn Thị Mai"],
        opts={
            "when": datetime(2026, 11, 9, 16, 20),
            "date": "full",
            "user": "doantruong",
            "tags": ["Chi đoàn"],
            "views": 388,
        },
    ),
    Story(
        id=1168,
        slug="thoi-khoa-bieu-buoi-chieu-khoi-12-ap-dung-tu-ngay-09-11-2026",
        title="Thời khóa biểu buổi chiều khối 12 áp dụng từ ngày 09/11/2026",
        cat="thong-bao",
        published_at="2026-11-06",
        blocks=[
            P(
                "Nhà trường thông báo thời khóa biểu dạy học buổi chiều (ôn tập các môn thi tốt"
                " nghiệp) của khối 12, áp dụng từ thứ Hai ngày 09/11/2026:"
            ),
            P("Tiết | Thứ Hai | Thứ Ba | Thứ Tư | Thứ Năm | Thứ Sáu", "th"),
            P("1 | Toán | Ngữ văn | Tiếng Anh | Toán | Ngữ văn", "tr"),
            P("2 | Toán | Ngữ văn | Tiếng Anh | Toán | Ngữ văn", "tr"),
            P(
                "3 | Vật lí / Lịch sử | Hóa học / Địa lí | Toán | Sinh học / GDKT&PL | Tiếng Anh",
                "tr",
            ),
            P(
                "4 | Vật lí / Lịch sử | Hóa học / Địa lí | Sinh hoạt lớp | Sinh học / GDKT&PL"
                " | Tiếng Anh",
                "tr",
            ),
            P(
                "Các lớp học buổi chiều bắt đầu từ 14 giờ 00. Giáo viên chủ nhiệm theo dõi, quản lý"
                " sĩ số học sinh và báo cáo về Ban Giám hiệu hằng tuần."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 6, 17, 30),
            "date": "posted",
            "user": "vanthu",
            "tags": ["Thời khóa biểu"],
            "views": 2650,
        },
    ),
    Story(
        id=1163,
        slug="tuyen-truyen-phap-luat-ve-trat-tu-an-toan-giao-thong-cho-hoc-sinh",
        title="Tuyên truyền pháp luật về trật tự, an toàn giao thông cho học sinh",
        cat="tin-tuc-su-kien",
        published_at="2026-10-29T09:00:00+07:00",
        blocks=[
            P(
                "Sáng 28/10, Công an tỉnh phối hợp với Trường THPT Phan Đình Phùng tổ chức buổi"
                " tuyên truyền pháp luật về trật tự, an toàn giao thông cho gần 1.600 học sinh toàn"
                " trường."
            ),
            Img(
                "https://img.baohatinh.vn/2026/10/28/atgt-thpt-phan-dinh-phung.jpg",
                "Cán bộ Phòng Cảnh sát giao thông Công an tỉnh tuyên truyền cho học sinh",
                "Cán bộ Phòng Cảnh sát giao thông Công an tỉnh tuyên truyền cho học sinh",
                "figure",
            ),
            P(
                "Tại buổi tuyên truyền, cán bộ Phòng Cảnh sát giao thông đã phổ biến những quy định"
                " của Luật Trật tự, an toàn giao thông đường bộ năm 2024 liên quan trực tiếp đến học"
                " sinh như: độ tuổi được phép điều khiển xe mô tô, xe gắn máy; việc đội mũ bảo hiểm"
                " đạt chuẩn; các hành vi bị nghiêm cấm khi tham gia giao thông."
            ),
            P(
                "Học sinh cũng được hướng dẫn kỹ năng xử lý tình huống khi gặp sự cố trên đường và"
                " tham gia trả lời câu hỏi tình huống, nhận nhiều phần quà từ ban tổ chức."
            ),
            P(
                "Thời gian tới, nhà trường sẽ tiếp tục phối hợp với lực lượng công an tổ chức ký cam"
                " kết chấp hành luật giao thông cho 100% học sinh, đưa nội dung an toàn giao thông"
                " vào các tiết sinh hoạt lớp."
            ),
            Raw('<p style="text-align:right;"><strong>Thu Trang</strong></p>'),
            Raw('<p style="text-align:right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'),
        ],
        authors=["Thu Trang"],
        source="Báo Hà Tĩnh",
        opts={
            "when": datetime(2026, 10, 29, 9, 0),
            "date": "full",
            "user": "quantri",
            "entities": True,
            "tags": ["An toàn giao thông"],
            "views": 1505,
        },
    ),
    Story(
        id=1160,
        slug="doan-vien-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        title="Đoàn viên ra quân hưởng ứng “Ngày Chủ nhật xanh”",
        cat="doan-thanh-nien",
        published_at="2026-10-19",
        blocks=[
            P(
                "Các đoàn viên được chia thành 12 nhóm, thu gom rác thải, phát quang bụi rậm, khơi"
                " thông cống rãnh dọc tuyến đường Nguyễn Du và khu vực bờ sông Rào Cái; trồng và"
                " chăm sóc hơn 200 cây hoa trong khuôn viên nhà trường."
            ),
            Img(
                f"{_U}/10/z6012345678901_8c1f3a9e2b7d4c6f0a1e2d3c4b5a6978.jpg",
                "z6012345678901_8c1f3a9e2b7d4c6f0a1e2d3c4b5a6978.jpg",
                None,
                "em",
            ),
            P(
                "Hoạt động nhằm nâng cao ý thức bảo vệ môi trường, xây dựng nếp sống văn minh, góp"
                " phần xây dựng phường Thành Sen xanh - sạch - đẹp."
            ),
            Raw('<p style="text-align:right;">Tin và ảnh: Nguyễn Thị Hương Giang</p>'),
        ],
        authors=["Nguyễn Thị Hương Giang"],
        photographers=["Nguyễn Thị Hương Giang"],
        summary=(
            "Sáng Chủ nhật 18/10, hơn 300 đoàn viên, thanh niên Trường THPT Phan Đình Phùng ra quân"
            " hưởng ứng “Ngày Chủ nhật xanh” lần thứ II năm 2026."
        ),
        sapo_outside=True,
        opts={
            "when": datetime(2026, 10, 19, 0, 0),
            "date": "full",
            "user": "doantruong",
            "tags": ["Môi trường"],
            "views": 296,
        },
    ),
    Story(
        id=1155,
        slug="ke-hoach-kiem-tra-danh-gia-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Kế hoạch kiểm tra đánh giá giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-16",
        blocks=[
            P(
                "Căn cứ kế hoạch năm học, nhà trường xây dựng kế hoạch kiểm tra đánh giá giữa học kỳ"
                " I như sau:"
            ),
            P(
                "Khối 10, 11: kiểm tra tập trung các môn Toán, Ngữ văn, Tiếng Anh từ ngày 26/10 đến"
                " ngày 28/10/2026.",
                "li",
            ),
            P(
                "Khối 12: kiểm tra tập trung theo hình thức thi tốt nghiệp THPT vào ngày 30/10/2026.",
                "li",
            ),
            P(
                "Các môn còn lại: giáo viên bộ môn tổ chức kiểm tra trên lớp theo phân phối chương"
                " trình.",
                "li",
            ),
            P(
                "Giáo viên hoàn thành việc chấm, nhập điểm lên hệ thống sổ điểm điện tử trước ngày"
                " 07/11/2026. Tổ trưởng chuyên môn chịu trách nhiệm ra đề, duyệt đề và tổ chức chấm"
                " chéo."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 16, 10, 0),
            "date": "posted",
            "user": "vanthu",
            "tags": ["Kiểm tra"],
            "views": 1988,
        },
    ),
    Story(
        id=1150,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-03T07:45:00+07:00",
        blocks=[
            P(
                "Ngày 02/10/2026, Trường THPT Phan Đình Phùng tổ chức Hội nghị viên chức, người lao"
                " động năm học 2026 - 2027. Dự hội nghị có 112 cán bộ, giáo viên, nhân viên của nhà"
                " trường."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm"
                " học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra"
                " nhân dân và thảo luận, góp ý sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ"
                " sở."
            ),
            Img(
                f"{_U}/10/hoi-nghi-vien-chuc-1.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "table",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường đặt mục tiêu giữ vững chất lượng giáo dục mũi nhọn,"
                " phấn đấu có ít nhất 01 học sinh đạt giải quốc gia; tiếp tục đẩy mạnh chuyển đổi"
                " số, triển khai học bạ số và sổ điểm điện tử đối với tất cả các khối lớp."
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 03 đồng chí; các"
                " đơn vị, cá nhân ký cam kết thi đua thực hiện thắng lợi nhiệm vụ năm học."
            ),
            Img(
                f"{_U}/10/hoi-nghi-vien-chuc-2.jpg",
                "Các tổ chuyên môn ký kết giao ước thi đua",
                "Các tổ chuyên môn ký kết giao ước thi đua",
                "table",
            ),
        ],
        authors=["Phạm Quốc Hưng"],
        opts={
            "when": datetime(2026, 10, 3, 7, 45),
            "date": "full",
            "user": "quantri",
            "author": "Phạm Quốc Hưng",
            "tags": ["Hội nghị"],
            "views": 845,
        },
    ),
]

_LATEST: list[Story] = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: "Xem nhiều nhất": links carry the vendor's analytics parameter
MOST_VIEWED = [1186, 1176, 1163, 1181]
REF = "?ref=xem-nhieu"


def article_path(story: Story) -> str:
    return f"/bai-viet/{story.slug}-{story.id}"


def in_cat(slug: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == slug]


def page_count(slug: str) -> int:
    return max(1, -(-len(in_cat(slug)) // PAGE_SIZE))


def api_path(slug: str, page: int) -> str:
    return f"/api/posts?category={slug}&page={page}&pageSize={PAGE_SIZE}"


_BY_PATH: dict[str, Story] = {article_path(s): s for s in STORIES}


# ------------------------------------------------------------------------- the gold (by hand)

# Written by hand from the stories above; notes:
# 1186 sapo = summary; cover (next/image) first photo, no caption; two figcaptions; "Bài, ảnh:".
# 1184 one-paragraph notice, "Ngày đăng: 2026-11-18" (date only), login "vanthu" is no author.
# 1181 photo story: no date on the page -> listing date 16/11/2026; gallery figcaptions;
#      "Ảnh: Ban Truyền thông Đoàn trường" -> photographers.
# 1179 "Cập nhật lúc 16:40 ngày 14/11/2026"; cover without caption; results table; bare name.
# 1176 one line plus a PDF attachment: an article; the attachment is not body.
# 1174 rich text stored decomposed (NFD); parenthesised italic captions; "Tin:" / "Ảnh:" (a club).
# 1173 italic caption; link to 1163 written with a trailing slash (308); "Tin, ảnh:".
# 1168 a timetable: every row is a body line.
# 1163 rich text with character references; hot-linked photo; bare name + "Nguồn: Báo Hà Tĩnh".
# 1160 printed "… - 00:00" -> date only; sapo; Zalo file name under the photo is no caption.
# 1155 list items are body lines; no byline.
# 1150 only on page 2 of its category's API and in the sitemap; the CMS "Tác giả" field is the
#      author; CKEditor 4 caption tables.
GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[article_path(s) + REF] if s.id in MOST_VIEWED else [],
    )
    for s in _LATEST
]


def _week_str(year: int, week: int) -> str:
    return f"{year}-W{week:02d}"


ALBUMS: dict[str, tuple[str, str, list[str]]] = {
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/09/2026",
        ["Học sinh khối 10 diễu hành vào lễ đài", "Đánh trống khai giảng", "Văn nghệ chào mừng"],
    ),
    "hoat-dong-trai-nghiem-khoi-10": (
        "Hoạt động trải nghiệm khối 10 tại Khu di tích Ngã ba Đồng Lộc",
        "24/10/2026",
        ["Dâng hương tại Khu di tích", "Học sinh nghe thuyết minh về lịch sử", "Trò chơi tập thể"],
    ),
}

STATIC_PAGES: dict[str, str] = {
    "/gioi-thieu": "Giới thiệu chung",
    "/gioi-thieu/co-cau-to-chuc": "Cơ cấu tổ chức",
    "/chinh-sach-bao-mat": "Chính sách bảo mật",
}

NON_ARTICLES: list[str] = [
    "/",
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(api_path(c, n) for c in CATS for n in range(2, page_count(c) + 1)),
    *STATIC_PAGES,
    "/lien-he",
    "/van-ban",
    "/thu-vien-anh",
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
    "/tim-kiem",
    "/lich-cong-tac",
    f"/lich-cong-tac?tuan={_week_str(2026, 47)}",
    f"/lich-cong-tac?tuan={_week_str(2026, 49)}",
    DELETED_PATH,
    "/rss.xml",
    "/sitemap.xml",
    "/sitemap-0.xml",
    "/server-sitemap.xml",
]

# ------------------------------------------------------------------------- rendering helpers

_CSS = "/_next/static/css/8e1f0c2d9a4b7e63.css"
_CHUNKS = {
    "/": "/_next/static/chunks/pages/index-2c9d41f0b8e7a365.js",
    "/chuyen-muc/[slug]": "/_next/static/chunks/pages/chuyen-muc/%5Bslug%5D-6b1e0a9c3f2d4e57.js",
    "/bai-viet/[slug]": "/_next/static/chunks/pages/bai-viet/%5Bslug%5D-a04f7c3e91d2b685.js",
    "/lich-cong-tac": "/_next/static/chunks/pages/lich-cong-tac-5e7a2d9c0b1f4386.js",
    "/[...page]": "/_next/static/chunks/pages/%5B...page%5D-0d3b6f9a2e8c1457.js",
}
_LISTING_CHUNK = (
    '"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[512],{4821:function(e,t,n)'
    "{n.r(t),n.d(t,{__N_SSP:function(){return u},default:function(){return d}});var r=n(5893),"
    'a=n(7294),s=n(1664),o=n.n(s),i=n(2371),c=n(9008);function l(e,t){return fetch("/api/posts?'
    'category=".concat(encodeURIComponent(e),"&page=").concat(t,"&pageSize=").concat(3)).then('
    'function(e){if(!e.ok)throw Error("HTTP "+e.status);return e.json()})}var u=!0;function d(e){'
    "var t=e.category,n=e.posts,s=e.pagination,c=(0,a.useState)(n),u=c[0],d=c[1],f=(0,a.useState)"
    "(s.page),p=f[0],h=f[1],m=(0,a.useState)(!1),g=m[0],v=m[1];return(0,r.jsxs)(i.Z,{children:["
    '(0,r.jsx)("div",{className:"grid",children:u.map(function(e){return(0,r.jsx)(i.P,{post:e},'
    'e.id)})}),p<s.pageCount&&(0,r.jsx)("button",{type:"button",disabled:g,onClick:function(){'
    "v(!0),l(t.slug,p+1).then(function(e){d(u.concat(e.data)),h(e.meta.pagination.page),v(!1)})},"
    'children:g?"Đang tải...":"Xem thêm"})]})}}},function(e){e.O(0,[774,888,179],function(){'
    "return e(e.s=4821)}),_N_E=e.O()}]);"
)


def _iso_utc(when: datetime) -> str:
    return (when - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _dmy(when: datetime | date) -> str:
    return f"{when:%d/%m/%Y}"


def _excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


def _next_json(data: dict) -> str:
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, rep in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        raw = raw.replace(ch, rep)
    return raw.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _inline(text: str, story: Story) -> str:
    """Rich-text run as the CMS stored it (references for the one post saved that way)."""
    value = esc(text)
    if story.opts.get("entities"):
        if " " in value:
            head, tail = value.rsplit(" ", 1)
            value = head + "&nbsp;" + tail
        value = entity_mix(value, every=2)
    return value


def _image(img: Img, story: Story) -> str:
    src = esc(img.src)
    printed = _inline(img.printed or "", story)
    if img.style == "figure":
        return (
            f'<figure class="image"><img src="{src}" alt="" width="1200" height="800">'
            f"<figcaption>{printed}</figcaption></figure>"
        )
    if img.style == "em":
        return (
            f'<figure class="image"><img src="{src}" alt=""></figure>'
            f'<p style="text-align:center;"><em>{printed}</em></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image"'
            f' style="width:100%;"><tbody><tr><td><img alt="" src="{src}" style="width:100%;"'
            f' /></td></tr><tr><td class="image_caption"><span style="font-size:12px;"><em>{printed}'
            "</em></span></td></tr></tbody></table>"
        )
    raise ValueError(img.style)


def _content(story: Story) -> str:
    """The rich text of a post (what the CMS hands over as ``content``)."""
    out: list[str] = []

    def kind(b) -> str:
        if isinstance(b, P) and b.style in ("th", "tr"):
            return "table"
        if isinstance(b, P) and b.style == "li":
            return "list"
        if isinstance(b, Img) and b.style == "gallery":
            return "gallery"
        return "single"

    for k, group in groupby(
        [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")], kind
    ):
        items = list(group)
        if k == "table":
            rows = []
            for r in items:
                tag = "th" if r.style == "th" else "td"
                cells = "".join(f"<{tag}>{_inline(c, story)}</{tag}>" for c in r.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
            head = rows[0] if items[0].style == "th" else ""
            body = rows[1:] if head else rows
            out.append(
                '<figure class="table"><table>'
                + (f"<thead>{head}</thead>" if head else "")
                + "<tbody>"
                + "".join(body)
                + "</tbody></table></figure>"
            )
        elif k == "list":
            out.append(
                "<ul>" + "".join(f"<li>{_inline(i.text, story)}</li>" for i in items) + "</ul>"
            )
        elif k == "gallery":
            figs = "".join(
                f'<figure class="gallery-item"><a href="{esc(i.src)}" data-fancybox="gallery">'
                f'<img src="{esc(i.src)}" alt="{esc(i.caption or "")}" loading="lazy"></a>'
                f"<figcaption>{_inline(i.printed or '', story)}</figcaption></figure>"
                for i in items
            )
            out.append(f'<div class="cms-gallery cms-gallery--cols-2">{figs}</div>')
        else:
            for b in items:
                if isinstance(b, Raw):
                    out.append(b.html)
                elif isinstance(b, Img):
                    out.append(_image(b, story))
                elif b.style.startswith("a|"):
                    _, href, phrase = b.style.split("|", 2)
                    before, after = b.text.split(phrase, 1)
                    out.append(
                        f'<p>{_inline(before, story)}<a href="{href}">{_inline(phrase, story)}</a>'
                        f"{_inline(after, story)}</p>"
                    )
                else:
                    out.append(f"<p>{_inline(b.text, story)}</p>")
    markup = "".join(out)
    return unicodedata.normalize("NFD", markup) if story.opts.get("nfd") else markup


def _date_line(story: Story) -> str:
    when: datetime = story.opts["when"]
    kind = story.opts["date"]
    cls = cx("PostMeta", "date")
    iso = _iso_utc(when)
    if kind == "full":
        shown = f"{WEEKDAYS[when.weekday()]}<!-- -->, <!-- -->{_dmy(when)}<!-- --> - <!-- -->{when:%H:%M}"
    elif kind == "updated":
        shown = f"Cập nhật lúc <!-- -->{when:%H:%M}<!-- --> ngày <!-- -->{_dmy(when)}"
    elif kind == "posted":
        shown = f"Ngày đăng: <!-- -->{when:%Y-%m-%d}"
    else:
        return ""
    return (
        f'<span class="{cls}"><svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true">'
        f'<path d="M12 8v4l3 3"></path></svg><time dateTime="{iso}">{shown}</time></span>'
    )


def _cover(story: Story) -> str:
    upload = story.opts.get("cover")
    if not upload:
        return ""
    one, two = esc(nimg(upload, 1080)), esc(nimg(upload, 1920))
    return (
        f'<div class="{cx("PostDetail", "cover")}"><img alt="{esc(story.title)}" fetchpriority="high"'
        f' width="1200" height="675" decoding="async" data-nimg="1" style="color:transparent"'
        f' srcSet="{one} 1x, {two} 2x" src="{two}"/></div>'
    )


def _card(story: Story, *, big: bool = False) -> str:
    path = article_path(story)
    thumb = story.opts.get("cover") or f"{_U}/default-thumb.jpg"
    return (
        f'<div class="{cx("PostCard", "card")}{" " + cx("PostCard", "big") if big else ""}">'
        f'<a class="{cx("PostCard", "thumb")}" href="{path}"><img alt="{esc(story.title)}" loading="lazy"'
        f' width="360" height="240" decoding="async" data-nimg="1" style="color:transparent"'
        f' src="{esc(nimg(thumb, 384))}"/></a><div class="{cx("PostCard", "body")}">'
        f'<h3 class="{cx("PostCard", "title")}"><a href="{path}">{esc(story.title)}</a></h3>'
        f'<span class="{cx("PostCard", "date")}">{_dmy(story.opts["when"])}</span>'
        f'<p class="{cx("PostCard", "excerpt")}">{esc(_excerpt(story))}</p></div></div>'
    )


def _post_props(story: Story) -> dict:
    when = story.opts["when"]
    attach = story.opts.get("attach")
    return {
        "id": story.id,
        "title": story.title,
        "slug": f"{story.slug}-{story.id}",
        "category": {"name": CATS[story.cat], "slug": story.cat},
        "publishedAt": _iso_utc(when),
        "updatedAt": _iso_utc(when + timedelta(minutes=7)),
        "sapo": story.summary if story.sapo_outside else None,
        "thumbnail": story.opts.get("cover"),
        "content": _content(story),
        "author": story.opts.get("author"),
        "createdBy": {"username": story.opts["user"]},
        "views": story.opts["views"],
        "tags": story.opts["tags"],
        "attachments": [{"url": attach[0], "name": attach[0].rsplit("/", 1)[1], "size": attach[1]}]
        if attach
        else [],
        "template": "album" if story.opts["date"] is None else "default",
    }


# ------------------------------------------------------------------------- page chrome

_NAV = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [("/gioi-thieu", "Giới thiệu chung"), ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")],
    ),
    *((f"/chuyen-muc/{slug}", name, []) for slug, name in CATS.items()),
    ("/van-ban", "Văn bản", []),
    ("/thu-vien-anh", "Thư viện ảnh", []),
    ("/lich-cong-tac", "Lịch công tác", []),
    ("/lien-he", "Liên hệ", []),
]


def _header(active: str) -> str:
    items = []
    for href, label, sub in _NAV:
        cls = cx("MainNav", "item") + (" " + cx("MainNav", "active") if href == active else "")
        drop = ""
        if sub:
            drop = (
                f'<ul class="{cx("MainNav", "dropdown")}">'
                + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in sub)
                + "</ul>"
            )
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{drop}</li>')
    return (
        f'<header class="{cx("Header", "root")}"><div class="{cx("Header", "topbar")}"><div class="container">'
        f'<span class="{cx("Header", "today")}">{TODAY}</span><span class="{cx("Header", "hotline")}">'
        'Hotline: <!-- -->0239 3855 126</span><a href="mailto:c3phandinhphung@hatinh.edu.vn">'
        "c3phandinhphung@hatinh.edu.vn</a></div></div>"
        f'<div class="{cx("Header", "brand")} container"><a href="/" class="{cx("Header", "logo")}">'
        '<img alt="Logo" src="/_next/static/media/logo.4f2a9b1c.png" width="84" height="84"/>'
        f'<div><p class="{cx("Header", "parent")}">SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH</p>'
        f'<p class="{cx("Header", "school")}">TRƯỜNG THPT PHAN ĐÌNH PHÙNG</p>'
        f'<p class="{cx("Header", "motto")}">Kỷ cương - Tình thương - Trách nhiệm</p></div></a>'
        f'<form class="{cx("SearchBox", "form")}" action="/tim-kiem" method="get" role="search">'
        '<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm"/>'
        '<button type="submit" aria-label="Tìm">🔍</button></form>'
        f'<a class="{cx("SearchBox", "advanced")}" href="/tim-kiem">Tìm kiếm nâng cao</a></div>'
        f'<nav class="{cx("MainNav", "nav")}"><div class="container"><button type="button" '
        f'class="{cx("MainNav", "toggle")}" aria-label="Mở menu">☰</button><ul>{"".join(items)}</ul>'
        "</div></nav></header>"
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a><span>{_dmy(s.opts["when"])}</span></li>'
        for s in _LATEST[:5]
    )
    viewed = "".join(
        f'<li><a href="{article_path(_BY_ID[i])}{REF}">{esc(_BY_ID[i].title)}</a>'
        f"<span>Lượt xem: <!-- -->{_BY_ID[i].opts['views']}</span></li>"
        for i in MOST_VIEWED
    )
    w = cx("Widget", "box")
    t = cx("Widget", "title")
    return (
        f'<aside class="{cx("Layout", "sidebar")}">'
        f'<section class="{w}"><h2 class="{t}">Tin mới nhất</h2><ul class="{cx("Widget", "list")}">{latest}</ul></section>'
        f'<section class="{w}"><h2 class="{t}">Xem nhiều nhất</h2><ol class="{cx("Widget", "list")}">{viewed}</ol></section>'
        f'<section class="{w}"><h2 class="{t}">Thăm dò ý kiến</h2><div class="{cx("Poll", "root")}">'
        "<p>Bạn biết đến website của nhà trường qua kênh nào?</p>"
        '<label><input type="radio" name="poll-7" value="1"/> Giáo viên chủ nhiệm giới thiệu</label>'
        '<label><input type="radio" name="poll-7" value="2"/> Fanpage Facebook của trường</label>'
        '<label><input type="radio" name="poll-7" value="3"/> Nhóm Zalo lớp</label>'
        '<label><input type="radio" name="poll-7" value="4"/> Tìm kiếm trên Google</label>'
        '<button type="button">Bình chọn</button><button type="button">Xem kết quả</button></div></section>'
        f'<section class="{w}"><h2 class="{t}">Liên kết website</h2><ul class="{cx("Widget", "links")}">'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener noreferrer">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://hatinh.edu.vn" target="_blank" rel="noopener noreferrer">Sở GD&amp;ĐT Hà Tĩnh</a></li>'
        '<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener noreferrer">CSDL ngành Giáo dục</a></li>'
        '<li><a href="https://hatinh.vnedu.vn" target="_blank" rel="noopener noreferrer">Sổ liên lạc điện tử</a></li>'
        "</ul></section>"
        f'<section class="{w}"><h2 class="{t}">Thống kê truy cập</h2><ul class="{cx("Counter", "list")}">'
        "<li>Đang online: <!-- -->27</li><li>Hôm nay: <!-- -->1.284</li><li>Tháng này: <!-- -->31.907</li>"
        "<li>Tổng lượt truy cập: <!-- -->2.418.563</li></ul></section></aside>"
    )


def _footer() -> str:
    return (
        f'<footer class="{cx("Footer", "root")}"><div class="container {cx("Footer", "grid")}"><div>'
        f'<p class="{cx("Footer", "name")}">TRƯỜNG THPT PHAN ĐÌNH PHÙNG</p>'
        "<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo Hà Tĩnh</p>"
        "<p>Địa chỉ: Số 125 đường Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3855 126 - Email: c3phandinhphung@hatinh.edu.vn</p>"
        "<p>Chịu trách nhiệm chính: Thầy Nguyễn Đức Thắng - Hiệu trưởng</p></div>"
        f'<div><ul class="{cx("Footer", "links")}"><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li><li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li>'
        '<li><a href="/rss.xml">RSS</a></li></ul>'
        '<a href="https://www.facebook.com/thptphandinhphung.hatinh" target="_blank" rel="noopener noreferrer">'
        "Fanpage</a></div></div>"
        f'<div class="{cx("Footer", "copy")}">© 2026 Trường THPT Phan Đình Phùng. Thiết kế và vận hành bởi '
        '<a href="https://eduwebcloud.vn" target="_blank" rel="noopener noreferrer">EduWeb Cloud</a></div></footer>'
        f'<div class="{cx("CookieConsent", "banner")}" role="dialog" aria-live="polite"><p>Website sử dụng '
        "cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Tiếp tục sử dụng website đồng nghĩa "
        'với việc bạn đồng ý với <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> của chúng tôi.</p>'
        f'<button type="button" class="{cx("CookieConsent", "accept")}">Đồng ý</button>'
        f'<button type="button" class="{cx("CookieConsent", "decline")}">Từ chối</button></div>'
    )


def _breadcrumb(items: list[tuple[str | None, str]]) -> str:
    lis = "".join(
        f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li aria-current="page">{esc(t)}</li>'
        for h, t in items
    )
    return f'<nav aria-label="breadcrumb" class="{cx("Breadcrumb", "root")}"><ol>{lis}</ol></nav>'


def _document(
    base: str,
    *,
    title: str,
    page: str,
    query: dict,
    props: dict,
    main: str,
    active: str = "",
    canonical: str | None = None,
    head: str = "",
    sidebar: bool = True,
    description: str = "",
) -> str:
    data = {
        "props": {"pageProps": props, "__N_SSP": True},
        "page": page,
        "query": query,
        "buildId": BUILD_ID,
        "isFallback": False,
        "gssp": True,
        "locale": "vi",
        "locales": ["vi"],
        "defaultLocale": "vi",
        "scriptLoader": [],
    }
    chunk = _CHUNKS.get(page, _CHUNKS["/[...page]"])
    canon = f'<link rel="canonical" href="{base}{canonical}"/>' if canonical else ""
    desc = description or "Cổng thông tin điện tử Trường THPT Phan Đình Phùng, tỉnh Hà Tĩnh"
    layout = (
        f'<div class="{cx("Layout", "grid")} container"><div class="{cx("Layout", "content")}">{main}</div>'
        f"{_sidebar()}</div>"
        if sidebar
        else f'<div class="container">{main}</div>'
    )
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{esc(title)}</title>"
        f'<meta name="description" content="{esc(desc)}"/>'
        f'<meta property="og:site_name" content="{SITE}"/><meta property="og:locale" content="vi_VN"/>'
        f"{canon}{head}"
        f'<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{base}/rss.xml"/>'
        '<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="14"/>'
        f'<link rel="preload" href="{_CSS}" as="style"/><link rel="stylesheet" href="{_CSS}" data-n-g=""/>'
        '<noscript data-n-css=""></noscript>'
        '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
        '<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>'
        '<script src="/_next/static/chunks/framework-ce84985cd166733a.js" defer=""></script>'
        '<script src="/_next/static/chunks/main-3f2a9c1b7e4d6a05.js" defer=""></script>'
        '<script src="/_next/static/chunks/pages/_app-1b9c7e0d4a2f6583.js" defer=""></script>'
        f'<script src="{chunk}" defer=""></script>'
        f'<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script>'
        f'<script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head>'
        f'<body><div id="__next">{_header(active)}<main class="{cx("Layout", "main")}">{layout}</main>'
        f"{_footer()}</div>"
        f'<script id="__NEXT_DATA__" type="application/json">{_next_json(data)}</script></body></html>'
    )


# ------------------------------------------------------------------------- pages


def _article(story: Story, base: str, query: dict) -> str:
    path = article_path(story)
    when = story.opts["when"]
    meta = [_date_line(story)]
    if story.opts.get("author"):
        meta.append(
            f'<span class="{cx("PostMeta", "author")}">Tác giả: <!-- -->{esc(story.opts["author"])}</span>'
        )
    else:
        meta.append(
            f'<span class="{cx("PostMeta", "user")}">Người đăng: <!-- -->{story.opts["user"]}</span>'
        )
    meta.append(
        f'<span class="{cx("PostMeta", "views")}">Lượt xem: <!-- -->{story.opts["views"]}</span>'
    )
    sapo = (
        f'<p class="{cx("PostDetail", "sapo")}">{esc(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    attach = ""
    if story.opts.get("attach"):
        href, size = story.opts["attach"]
        name = href.rsplit("/", 1)[1]
        attach = (
            f'<div class="{cx("PostDetail", "attachments")}"><h4>Tài liệu đính kèm</h4><ul><li>'
            f'<a href="{href}" target="_blank" rel="noreferrer" download="">{name}</a>'
            f"<span> (<!-- -->{size}<!-- -->)</span></li></ul></div>"
        )
    share_url = quote(base + path, safe="")
    tools = (
        f'<div class="{cx("PostDetail", "tools")}"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" '
        'rel="noopener noreferrer" aria-label="Chia sẻ Facebook">Facebook</a>'
        f'<a href="https://zalo.me/share?url={share_url}" target="_blank" rel="noopener noreferrer" '
        'aria-label="Chia sẻ Zalo">Zalo</a>'
        '<button type="button" onclick="window.print()">In bài viết</button>'
        '<button type="button">Sao chép liên kết</button></div>'
    )
    tags = (
        f'<div class="{cx("PostDetail", "tags")}"><span>Từ khóa:</span>'
        + "".join(
            f'<span class="{cx("PostDetail", "tag")}">#{esc(t)}</span>' for t in story.opts["tags"]
        )
        + "</div>"
    )
    related = [s for s in in_cat(story.cat) if s.id != story.id][:3]
    related_html = (
        f'<section class="{cx("RelatedPosts", "root")}"><h2 class="{cx("RelatedPosts", "heading")}">'
        "Bài viết cùng chuyên mục</h2><ul>"
        + "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span>({_dmy(s.opts["when"])})</span></li>'
            for s in related
        )
        + "</ul></section>"
    )
    main = (
        _breadcrumb(
            [("/", "Trang chủ"), (f"/chuyen-muc/{story.cat}", CATS[story.cat]), (None, story.title)]
        )
        + f'<article class="{cx("PostDetail", "root")}"><h1 class="{cx("PostDetail", "title")}">'
        f'{esc(story.title)}</h1><div class="{cx("PostMeta", "row")}">{"".join(m for m in meta if m)}</div>'
        f"{sapo}{_cover(story)}"
        f'<div class="{cx("PostDetail", "content")} ck-content">{_content(story)}</div>'
        f"{attach}{tags}{tools}</article>{related_html}"
    )
    og_image = story.opts.get("cover") or (
        story.images[0].src if story.images else "/og-default.jpg"
    )
    if og_image.startswith("/"):
        og_image = base + og_image
    head = (
        '<meta property="og:type" content="article"/>'
        f'<meta property="og:title" content="{esc(story.title)}"/>'
        f'<meta property="og:url" content="{base}{path}"/>'
        f'<meta property="og:image" content="{esc(og_image)}"/>'
        f'<meta property="article:published_time" content="{_iso_utc(when)}"/>'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}"/>'
    )
    return _document(
        base,
        title=f"{story.title} | {SITE}",
        page="/bai-viet/[slug]",
        query={"slug": f"{story.slug}-{story.id}", **query},
        props={
            "post": _post_props(story),
            "related": [{"id": s.id, "title": s.title} for s in related],
        },
        main=main,
        active=f"/chuyen-muc/{story.cat}",
        canonical=path,
        head=head,
        description=_excerpt(story),
    )


def _not_found_post(base: str, slug: str) -> str:
    main = (
        _breadcrumb([("/", "Trang chủ"), (None, "Bài viết")])
        + f'<div class="{cx("EmptyState", "root")}"><h1>Bài viết không tồn tại hoặc đã bị gỡ</h1>'
        "<p>Liên kết bạn truy cập có thể đã hết hạn hoặc bài viết đã được chuyển sang chuyên mục khác.</p>"
        '<a href="/">Quay lại trang chủ</a></div>'
    )
    return _document(
        base,
        title=f"Không tìm thấy bài viết | {SITE}",
        page="/bai-viet/[slug]",
        query={"slug": slug},
        props={"post": None, "error": {"status": 404, "message": "Post not found"}},
        main=main,
    )


def _home(base: str) -> str:
    featured = _LATEST[0]
    blocks = []
    for slug, name in CATS.items():
        posts = in_cat(slug)[:PAGE_SIZE]
        blocks.append(
            f'<section class="{cx("HomeSection", "root")}"><div class="{cx("HomeSection", "head")}">'
            f'<h2><a href="/chuyen-muc/{slug}">{esc(name)}</a></h2>'
            f'<a class="{cx("HomeSection", "more")}" href="/chuyen-muc/{slug}">Xem tất cả</a></div>'
            f'<div class="{cx("HomeSection", "grid")}">{"".join(_card(s) for s in posts)}</div></section>'
        )
    main = (
        f'<section class="{cx("Hero", "root")}">{_card(featured, big=True)}</section>'
        f'<div class="{cx("Banner", "strip")}"><img alt="Chào mừng Ngày Nhà giáo Việt Nam 20/11" '
        'src="/_next/static/media/banner-20-11.7d3c9e1a.jpg" width="1200" height="160"/></div>'
        + "".join(blocks)
    )
    props = {
        "featured": {"id": featured.id, "title": featured.title},
        "sections": {
            slug: [
                {"id": s.id, "title": s.title, "path": article_path(s)}
                for s in in_cat(slug)[:PAGE_SIZE]
            ]
            for slug in CATS
        },
    }
    return _document(
        base,
        title=f"Trang chủ | {SITE}",
        page="/",
        query={},
        props=props,
        main=main,
        active="/",
        canonical="/",
    )


def _api_item(s: Story) -> dict:
    return {
        "id": s.id,
        "title": s.title,
        "slug": f"{s.slug}-{s.id}",
        "path": article_path(s),
        "publishedAt": _iso_utc(s.opts["when"]),
        "excerpt": _excerpt(s),
        "thumbnail": s.opts.get("cover"),
    }


def _pagination(slug: str, page: int) -> dict:
    return {
        "page": page,
        "pageSize": PAGE_SIZE,
        "pageCount": page_count(slug),
        "total": len(in_cat(slug)),
    }


def _category(slug: str, base: str, query: dict) -> str:
    name = CATS[slug]
    posts = in_cat(slug)[:PAGE_SIZE]
    more = ""
    if page_count(slug) > 1:
        more = (
            f'<div class="{cx("LoadMore", "wrap")}"><button type="button" class="{cx("LoadMore", "button")}"'
            f' data-category="{slug}" data-page="2">Xem thêm</button></div>'
        )
    main = (
        _breadcrumb([("/", "Trang chủ"), (None, name)])
        + f'<h1 class="{cx("Category", "title")}">{esc(name)}</h1>'
        f'<div class="{cx("Category", "list")}">{"".join(_card(s) for s in posts)}</div>{more}'
    )
    props = {
        "category": {"name": name, "slug": slug},
        "posts": [_api_item(s) for s in posts],
        "pagination": _pagination(slug, 1),
    }
    return _document(
        base,
        title=f"{name} | {SITE}",
        page="/chuyen-muc/[slug]",
        query={"slug": slug, **query},
        props=props,
        main=main,
        active=f"/chuyen-muc/{slug}",
        canonical=f"/chuyen-muc/{slug}",
    )


def _api(params: dict[str, str]) -> Response:
    slug = params.get("category", "")
    if slug not in CATS:
        body = {
            "data": None,
            "error": {"status": 404, "name": "NotFoundError", "message": "Category not found"},
        }
        return Response(404, json.dumps(body), {"Content-Type": "application/json; charset=utf-8"})
    try:
        page = max(1, int(params.get("page", "1")))
        size = min(24, max(1, int(params.get("pageSize", str(PAGE_SIZE)))))
    except ValueError:
        body = {
            "data": None,
            "error": {"status": 400, "name": "ValidationError", "message": "Invalid page"},
        }
        return Response(400, json.dumps(body), {"Content-Type": "application/json; charset=utf-8"})
    posts = in_cat(slug)[(page - 1) * size : page * size]
    body = {
        "data": [_api_item(s) for s in posts],
        "meta": {
            "pagination": {
                "page": page,
                "pageSize": size,
                "pageCount": max(1, -(-len(in_cat(slug)) // size)),
                "total": len(in_cat(slug)),
            }
        },
    }
    return Response(
        200,
        json.dumps(body, ensure_ascii=False),
        {
            "Content-Type": "application/json; charset=utf-8",
            "Cache-Control": "s-maxage=60, stale-while-revalidate",
        },
    )


def _static_page(path: str, base: str) -> str:
    title = STATIC_PAGES[path]
    if path == "/gioi-thieu":
        body = (
            "<p>Trường THPT Phan Đình Phùng được thành lập năm 1971, là một trong những trường trung học"
            " phổ thông có bề dày truyền thống của tỉnh Hà Tĩnh. Năm học 2026 - 2027, trường có 42 lớp"
            " với 1.612 học sinh, 112 cán bộ, giáo viên, nhân viên.</p>"
            "<p>Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        )
    elif path == "/gioi-thieu/co-cau-to-chuc":
        rows = [
            ("Nguyễn Đức Thắng", "Hiệu trưởng", "0912 345 678"),
            ("Lê Thị Thanh Hương", "Phó Hiệu trưởng", "0913 456 789"),
            ("Trần Văn Bình", "Phó Hiệu trưởng", "0914 567 890"),
            ("Phạm Quốc Hưng", "Chủ tịch Công đoàn", "0915 678 901"),
            ("Võ Minh Tuấn", "Bí thư Đoàn trường", "0916 789 012"),
        ]
        body = (
            "<h2>Ban Giám hiệu và các tổ chức đoàn thể</h2><table><thead><tr><th>Họ và tên</th><th>Chức vụ</th>"
            "<th>Điện thoại</th></tr></thead><tbody>"
            + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
            + "</tbody></table><p>Các tổ chuyên môn: Toán - Tin; Ngữ văn; Ngoại ngữ; Khoa học tự nhiên;"
            " Khoa học xã hội; Thể dục - GDQP&amp;AN; Tổ Văn phòng.</p>"
        )
    else:
        body = (
            "<p>Website thu thập cookie kỹ thuật để ghi nhớ lựa chọn hiển thị và cookie thống kê ẩn danh"
            " để đo lượt truy cập. Nhà trường không thu thập thông tin cá nhân của học sinh qua website.</p>"
        )
    main = (
        _breadcrumb([("/", "Trang chủ"), (None, title)])
        + f'<div class="{cx("StaticPage", "root")}"><h1>{esc(title)}</h1>{body}</div>'
    )
    return _document(
        base,
        title=f"{title} | {SITE}",
        page="/[...page]",
        query={"page": path.strip("/").split("/")},
        props={"page": {"title": title}},
        main=main,
        active="/gioi-thieu" if "gioi-thieu" in path else "",
        canonical=path,
    )


def _contact(base: str) -> str:
    main = (
        _breadcrumb([("/", "Trang chủ"), (None, "Liên hệ")])
        + f'<div class="{cx("Contact", "root")}"><h1>Liên hệ</h1>'
        "<p>Địa chỉ: Số 125 đường Nguyễn Du, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239 3855 126</p><p>Email: c3phandinhphung@hatinh.edu.vn</p>"
        f'<form class="{cx("Contact", "form")}"><input name="name" placeholder="Họ và tên"/>'
        '<input name="email" type="email" placeholder="Email"/><input name="subject" placeholder="Tiêu đề"/>'
        '<textarea name="message" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form>'
        '<iframe title="Bản đồ" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3791.2!2d105.9!3d18.34"'
        ' width="100%" height="320" loading="lazy"></iframe></div>'
    )
    return _document(
        base,
        title=f"Liên hệ | {SITE}",
        page="/[...page]",
        query={"page": ["lien-he"]},
        props={},
        main=main,
        active="/lien-he",
        canonical="/lien-he",
    )


DOCS = [
    (
        "125/KH-THPTPĐP",
        "02/11/2026",
        "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "/uploads/van-ban/125-KH-THPTPDP.pdf",
    ),
    (
        "118/QĐ-THPTPĐP",
        "20/10/2026",
        "Quyết định thành lập đội tuyển học sinh giỏi cấp tỉnh lớp 12",
        "/uploads/van-ban/118-QD-THPTPDP.pdf",
    ),
    (
        "97/KH-THPTPĐP",
        "08/09/2026",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "/uploads/van-ban/97-KH-THPTPDP.pdf",
    ),
]


def _documents(base: str) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(no)}</td><td>{d}</td><td>{esc(title)}</td>"
        f'<td><a href="{href}" target="_blank" rel="noreferrer">Tải về</a></td></tr>'
        for i, (no, d, title, href) in enumerate(DOCS, 1)
    )
    main = (
        _breadcrumb([("/", "Trang chủ"), (None, "Văn bản")])
        + f'<h1 class="{cx("Category", "title")}">Văn bản</h1>'
        f'<table class="{cx("DocTable", "table")}"><thead><tr><th>STT</th><th>Số/Ký hiệu</th>'
        "<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _document(
        base,
        title=f"Văn bản | {SITE}",
        page="/[...page]",
        query={"page": ["van-ban"]},
        props={"documents": len(DOCS)},
        main=main,
        active="/van-ban",
        canonical="/van-ban",
    )


def _gallery(base: str, album: str | None) -> str:
    if album is None:
        cards = "".join(
            f'<div class="{cx("Album", "card")}"><a href="/thu-vien-anh/{slug}"><img alt="{esc(t)}" '
            f'src="/uploads/albums/{slug}/cover.jpg"/></a><h3><a href="/thu-vien-anh/{slug}">{esc(t)}</a></h3>'
            f"<span>{d}</span></div>"
            for slug, (t, d, _) in ALBUMS.items()
        )
        main = _breadcrumb([("/", "Trang chủ"), (None, "Thư viện ảnh")]) + (
            f'<h1 class="{cx("Category", "title")}">Thư viện ảnh</h1><div class="{cx("Album", "grid")}">{cards}</div>'
        )
        return _document(
            base,
            title=f"Thư viện ảnh | {SITE}",
            page="/[...page]",
            query={"page": ["thu-vien-anh"]},
            props={},
            main=main,
            active="/thu-vien-anh",
            canonical="/thu-vien-anh",
        )
    title, d, photos = ALBUMS[album]
    figs = "".join(
        f'<figure><img src="/uploads/albums/{album}/{i}.jpg" alt="{esc(c)}"/><figcaption>{esc(c)}</figcaption></figure>'
        for i, c in enumerate(photos, 1)
    )
    main = _breadcrumb([("/", "Trang chủ"), ("/thu-vien-anh", "Thư viện ảnh"), (None, title)]) + (
        f'<h1 class="{cx("Album", "title")}">{esc(title)}</h1><p>{len(photos)} ảnh - {d}</p>'
        f'<div class="{cx("Album", "photos")}">{figs}</div>'
    )
    return _document(
        base,
        title=f"{title} | {SITE}",
        page="/[...page]",
        query={"page": ["thu-vien-anh", album]},
        props={"album": {"title": title}},
        main=main,
        active="/thu-vien-anh",
        canonical=f"/thu-vien-anh/{album}",
    )


def _search(base: str, q: str) -> str:
    hits = [s for s in _LATEST if q and q.lower() in s.title.lower()] if q else []
    if q:
        result = (
            f"<p>Tìm thấy <!-- -->{len(hits)}<!-- --> kết quả cho “<!-- -->{esc(q)}<!-- -->”</p>"
            + "".join(_card(s) for s in hits)
            if hits
            else f"<p>Không có dữ liệu phù hợp với từ khóa “<!-- -->{esc(q)}<!-- -->”.</p>"
        )
    else:
        result = "<p>Nhập từ khóa để tìm kiếm bài viết.</p>"
    main = _breadcrumb([("/", "Trang chủ"), (None, "Tìm kiếm")]) + (
        f'<h1 class="{cx("Category", "title")}">Tìm kiếm</h1>'
        f'<form action="/tim-kiem" method="get"><input type="search" name="q" value="{esc(q)}"/>'
        f'<button type="submit">Tìm</button></form><div class="{cx("Search", "results")}">{result}</div>'
    )
    return _document(
        base,
        title=f"Tìm kiếm | {SITE}",
        page="/[...page]",
        query={"page": ["tim-kiem"], "q": q},
        props={"q": q, "total": len(hits)},
        main=main,
    )


_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
EVENTS: dict[tuple[int, int], list[tuple[int, str, str, str]]] = {
    (2026, 47): [
        (0, "07h00", "Chào cờ đầu tuần", "Toàn trường"),
        (3, "07h30", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hội trường lớn"),
    ],
    (2026, 48): [
        (0, "07h00", "Chào cờ, sơ kết thi đua đợt 1", "Toàn trường"),
        (2, "14h00", "Họp Hội đồng sư phạm tháng 11", "Phòng họp"),
        (4, "08h00", "Dự giờ thao giảng tổ Toán - Tin", "Lớp 11A2"),
    ],
    (2026, 49): [
        (0, "07h00", "Chào cờ đầu tuần", "Toàn trường"),
        (5, "07h30", "Kiểm tra nội bộ tổ Ngữ văn", "Phòng 204"),
    ],
}


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def _calendar(base: str, year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    prev_day, next_day = monday - timedelta(days=7), monday + timedelta(days=7)
    py, pw, _ = prev_day.isocalendar()
    ny, nw, _ = next_day.isocalendar()
    nav = []
    if 2000 <= py <= 2099:
        nav.append(f'<a href="/lich-cong-tac?tuan={_week_str(py, pw)}">« Tuần trước</a>')
    nav.append('<a href="/lich-cong-tac">Tuần hiện tại</a>')
    if 2000 <= ny <= 2099:
        nav.append(f'<a href="/lich-cong-tac?tuan={_week_str(ny, nw)}">Tuần sau »</a>')
    events = EVENTS.get((year, week), [])
    rows = []
    for i in range(7):
        day = monday + timedelta(days=i)
        todays = [e for e in events if e[0] == i]
        cell = "".join(
            f"<div><b>{t}</b> {esc(what)} - <i>{esc(where)}</i></div>"
            for _, t, what, where in todays
        )
        rows.append(f"<tr><td>{WEEKDAYS[i]}<br/>{_dmy(day)}</td><td>{cell or '-'}</td></tr>")
    body = (
        f'<table class="{cx("Schedule", "table")}"><thead><tr><th>Ngày</th><th>Nội dung</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
        if events
        else f'<p class="{cx("Schedule", "empty")}">Chưa có lịch công tác cho tuần này.</p>'
    )
    end = monday + timedelta(days=6)
    main = _breadcrumb([("/", "Trang chủ"), (None, "Lịch công tác")]) + (
        f'<h1 class="{cx("Category", "title")}">Lịch công tác tuần <!-- -->{week}<!-- --> (<!-- -->'
        f"{_dmy(monday)}<!-- --> - <!-- -->{_dmy(end)}<!-- -->)</h1>"
        f'<div class="{cx("Schedule", "nav")}">{"".join(nav)}</div>{body}'
    )
    return _document(
        base,
        title=f"Lịch công tác | {SITE}",
        page="/lich-cong-tac",
        query={"tuan": _week_str(year, week)},
        props={"week": _week_str(year, week), "events": len(events)},
        main=main,
        active="/lich-cong-tac",
    )


def _rfc822(when: datetime) -> str:
    return format_datetime(when.replace(tzinfo=timezone(timedelta(hours=7))))


def _rss(base: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f'<guid isPermaLink="true">{base}{article_path(s)}</guid><pubDate>{_rfc822(s.opts["when"])}</pubDate>'
        f"<category>{esc(CATS[s.cat])}</category><description><![CDATA[{_excerpt(s)}]]></description></item>"
        for s in _LATEST[:RSS_SIZE]
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{SITE}</title><link>{base}/</link><description>Tin tức - Thông báo</description>"
        f'<language>vi</language><atom:link href="{base}/rss.xml" rel="self" type="application/rss+xml"/>'
        f"<lastBuildDate>{_rfc822(_LATEST[0].opts['when'])}</lastBuildDate>{items}</channel></rss>"
    )


def _urlset(entries: list[tuple[str, str, str, str]]) -> str:
    urls = "".join(
        f"<url><loc>{loc}</loc><lastmod>{mod}</lastmod><changefreq>{freq}</changefreq><priority>{pri}</priority></url>"
        for loc, mod, freq, pri in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
        'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n' + urls + "\n</urlset>"
    )


_BUILT = "2026-11-24T18:02:11.512Z"


def _sitemap_index(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"<sitemap><loc>{base}/sitemap-0.xml</loc></sitemap>\n"
        f"<sitemap><loc>{base}/server-sitemap.xml</loc></sitemap>\n</sitemapindex>"
    )


def _sitemap_static(base: str) -> str:
    paths = [
        "/",
        *STATIC_PAGES,
        "/lien-he",
        "/van-ban",
        "/thu-vien-anh",
        "/lich-cong-tac",
        *(f"/chuyen-muc/{c}" for c in CATS),
    ]
    return _urlset([(base + p, _BUILT, "daily", "0.7") for p in paths])


def _sitemap_posts(base: str) -> str:
    entries = [
        (base + article_path(s), _iso_utc(s.opts["when"] + timedelta(minutes=7)), "weekly", "0.8")
        for s in _LATEST
    ]
    entries.insert(9, (base + DELETED_PATH, "2026-10-24T02:10:00.000Z", "weekly", "0.8"))
    return _urlset(entries)


def _robots(base: str) -> str:
    return (
        "# *\nUser-agent: *\nAllow: /\nDisallow: /api/\n\n# Host\nHost: "
        f"{base}\n\n# Sitemaps\nSitemap: {base}/sitemap.xml\nSitemap: {base}/server-sitemap.xml\n"
    )


def _xml(body: str, ctype: str = "application/xml") -> Response:
    return Response(200, body, {"Content-Type": f"{ctype}; charset=utf-8"})


_KNOWN_PDFS = {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")} | {d[3] for d in DOCS}


class NextjsTHPT:
    """The site: pages rendered per request from the constant data above."""

    def respond(self, request: Request) -> Response | None:
        base = base_url(request)
        path = request.path
        params = request.params
        if path.startswith("/_next/"):
            return self._next_asset(path, params)
        if path.startswith("/uploads/"):
            if path.endswith(".pdf"):
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if path in _KNOWN_PDFS
                    else None
                )
            return static_file(path)
        if path in ("/favicon.ico", "/og-default.jpg"):
            return static_file(path)
        if path != "/" and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 308)
        if path == "/robots.txt":
            return Response(200, _robots(base), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _xml(_sitemap_index(base))
        if path == "/sitemap-0.xml":
            return _xml(_sitemap_static(base))
        if path == "/server-sitemap.xml":
            return _xml(_sitemap_posts(base))
        if path == "/rss.xml":
            return _xml(_rss(base), "application/rss+xml")
        if path == "/api/posts":
            return _api(params)
        if path == "/":
            return html(_home(base))
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            return html(_category(m.group(1), base, params)) if m.group(1) in CATS else None
        if m := re.fullmatch(r"/bai-viet/([^/]+)", path):
            story = _BY_PATH.get(path)
            if story is None:
                return html(_not_found_post(base, unquote(m.group(1))))
            return html(_article(story, base, params))
        if path in STATIC_PAGES:
            return html(_static_page(path, base))
        if path == "/lien-he":
            return html(_contact(base))
        if path == "/van-ban":
            return html(_documents(base))
        if path == "/thu-vien-anh":
            return html(_gallery(base, None))
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return html(_gallery(base, m.group(1))) if m.group(1) in ALBUMS else None
        if path == "/tim-kiem":
            return html(_search(base, params.get("q", "").strip()))
        if path == "/lich-cong-tac":
            week = params.get("tuan")
            if week is None:
                return html(_calendar(base, *THIS_WEEK))
            m = _WEEK_RE.match(week)
            if not m:
                return None
            year, wk = int(m.group(1)), int(m.group(2))
            if not (2000 <= year <= 2099 and 1 <= wk <= _weeks_in(year)):
                return None
            return html(_calendar(base, year, wk))
        return None

    @staticmethod
    def _next_asset(path: str, params: dict[str, str]) -> Response | None:
        if path == "/_next/image":
            url = params.get("url", "")
            return static_file(url) if url.startswith("/uploads/") else None
        if path == _CHUNKS["/chuyen-muc/[slug]"] or unquote(path) == unquote(
            _CHUNKS["/chuyen-muc/[slug]"]
        ):
            return Response(
                200, _LISTING_CHUNK, {"Content-Type": "application/javascript; charset=utf-8"}
            )
        if m := re.fullmatch(rf"/_next/data/{BUILD_ID}/bai-viet/([^/]+)\.json", path):
            story = _BY_PATH.get(f"/bai-viet/{m.group(1)}")
            if story is None:
                return Response(404, '{"notFound":true}', {"Content-Type": "application/json"})
            data = {"pageProps": {"post": _post_props(story)}, "__N_SSP": True}
            return Response(
                200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"}
            )
        return static_file(path)


def build_site() -> NextjsTHPT:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NextjsTHPT()
