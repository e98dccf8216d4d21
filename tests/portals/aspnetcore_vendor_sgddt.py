"""Fixture portal: Sở GD&ĐT tỉnh Hà Tĩnh on a vendor's ASP.NET Core MVC CMS (Bootstrap 3 theme).

Imitates the provincial education portals that small local software houses built around 2020 on
ASP.NET Core MVC behind IIS: a Bootstrap 3 template (``navbar navbar-default``, ``ol.breadcrumb``,
``panel panel-default``, ``media`` rows, Font Awesome 4 icons), X.PagedList pagers, antiforgery
tokens (``CfDJ8…``) in every form, ``asp-append-version`` query strings on styles and scripts,
``Server: Microsoft-IIS/10.0`` / ``X-Powered-By: ASP.NET`` headers, the Identity login at
``/Account/Login?ReturnUrl=…`` and the ``UseStatusCodePages`` error view. What it serves:

- category listings ``/tin-tuc/<slug>-c<id>``: a parent "Tin tức - Sự kiện" (c1, listing its two
  children "Hoạt động ngành" c2 and "Tin các đơn vị" c3) and "Thông báo" (c4); three items a page,
  ``?page=N`` rendered server-side by X.PagedList (``PagedList-skipToFirst`` … ``-skipToLast``,
  page 1 linked as ``?page=1``), a page past the last answers 200 with "Chưa có tin bài"; under the
  pager a "Xem thêm" button whose inline script calls ``/api/news?catId=…&skip=…&take=3``
  (System.Text.Json: camelCase, every non-ASCII and ``<>&'+`` escaped as ``\\uXXXX``, ``[]`` past
  the end). The parent c1 has 10 items: 4 pages; "Hoạt động ngành" 3 pages;
- articles ``/tin-tuc/<slug>-n<id>.html`` (the route reads only the id: any slug serves the article;
  an unknown id is a real 404): ``ol.breadcrumb``, ``h1.detail-title``, the date line "Cập nhật lúc
  16:40 - 23/11/2026", "Lượt xem: 1.234", font-size buttons, the sapo in ``div.detail-summary``
  (bold, outside the body, only where the editor filled it), the body in ``div.detail-content``
  (CKEditor 4: centred images, the caption in the *following* centred paragraph in ``<em>`` or
  ``<span><i>``, tables, lists, bold sub-headings, right-aligned byline paragraphs at the end),
  "Văn bản đính kèm" (a Bootstrap list-group of files), "Từ khóa" tag links
  (``/tim-kiem?tag=…``), tools (``javascript:window.print()`` "In bài", mailto, Facebook, Zalo),
  "Ý kiến bạn đọc" (approved comments with their own dates, then a POST form), "Các tin khác" with
  dates; ``rel=canonical`` (absolute) and ``article:published_time`` (naive local time, no offset);
- the legacy alias ``/Home/Detail?id=<id>`` (the old template's route, still mapped): the same view,
  the same canonical link to the ``.html`` address. The home page's old carousel links three
  articles only this way. An article body links another article under its first slug (edited
  title), also served with the canonical link;
- "Văn bản chỉ đạo" ``/van-ban-chi-dao`` (filter form; pager links keep the empty filter values:
  ``?tukhoa=&loaiVb=0&page=2``) and record pages ``/van-ban-chi-dao/<slug>-vb<id>.html`` (a field
  table and a PDF); "Thủ tục hành chính" ``/thu-tuc-hanh-chinh`` and record pages
  ``/thu-tuc-hanh-chinh/<slug>-t<id>.html`` (field table whose "Trình tự thực hiện" and "Thành phần
  hồ sơ" cells hold whole paragraphs of prose);
- "Lịch công tác" ``/lich-cong-tac?week=N``: N is a week number without a year, counted from the
  first ISO week of 2026 (week 48 = 23-29/11/2026, the current one, served without a parameter);
  every page links ``week=N-1`` and ``week=N+1`` and answers 200 for any week that stays inside
  .NET's DateTime range (years 1-9999; outside: the 500 error view);
- static pages ``/trang/<slug>-p<id>.html`` (Chức năng nhiệm vụ, Cơ cấu tổ chức, Lãnh đạo Sở),
  ``/lien-he`` (contact form, map), "Thư viện ảnh" ``/thu-vien-anh`` and albums
  ``/thu-vien-anh/<slug>-a<id>.html`` (photos with short titles, no text), search/tag results
  ``/tim-kiem?tag=…`` / ``?tukhoa=…``;
- chrome: a top bar with today's date (TODAY, never a publication date), "Đăng nhập" (ReturnUrl =
  the current page, so every page links its own login URL), the header search form, menus with
  Bootstrap dropdowns whose parents are ``href="#"``, a sidebar ("Tin mới nhất" with dates, "Văn
  bản chỉ đạo", banners, "Thư viện ảnh", "Liên kết website", "Thống kê truy cập"), a footer with
  address, phone, hotline, licence and the vendor's credit, a "Về đầu trang" button;
- ``/robots.txt`` (Disallow /Account/ and /Admin/, Sitemap line) and ``/sitemap.xml``, which lists
  only the five articles with the lowest ids (the vendor's generator does ``OrderBy(Id).Take(5)``):
  every other article is reachable only through links.

Traps and hard cases: the calendar's week links never end; ``/Home/Detail`` and the old slug
duplicate articles (the canonical link names the real address; both listed as alt_paths); the
legacy route answers a deleted id (2104, linked from an article body) with a soft 404 (status 200,
"Bài viết không tồn tại hoặc đã bị gỡ bỏ"); listings past their last page answer 200; the login
link differs on every page; the "Xem thêm" script contains ``href="' + item.url + '"``; record
pages of procedures are prose-rich but not articles; one sapo is pasted again as the body's first
paragraph; comments carry dates and names next to the article. Text forms: UTF-8 everywhere;
two bodies (ids 2462, 2441) were saved with CKEditor's ``entities_latin`` (Latin-1 letters as
named entities, ``&agrave;``, the other Vietnamese letters raw); one body (2466) is decomposed
(NFD, typed with "Unicode tổ hợp").

Gold (by hand, following shared/real-pages/SOURCES.md). Articles are the news items of the four
categories; documents, procedures, albums, static pages, listings, search, calendar and the
soft 404 are not. Every article's ``/Home/Detail?id=N`` (the route serves any id) and 2483's old
slug are its alt_paths. NON_ARTICLES lists the pages a reader opens: home, listings and their
pages (not the ``?page=1`` twins), tag results, the document register and its records, the
procedures and their records, the calendar's current week and its two neighbours with entries,
static pages, contact, albums and the soft 404; the login page (robots-disallowed, one URL per
page) and the JSON are not listed. Judgement calls:
- the date line "Cập nhật lúc HH:MM - DD/MM/YYYY" is the only date an article prints and is taken
  as the publication date with its time; "Cập nhật lúc 00:00" (id 2433, imported with a date
  only) gives a date without a time (the convention of the other fixtures). Comment dates, the
  header clock and dates inside the text are not publication dates;
- the sapo (``div.detail-summary``) is the summary and the body's first paragraph; on 2433 the
  editor pasted it again, bold, as the first paragraph of the content: it is read once;
- captions are the centred italic line right under a photo, as printed, including a trailing
  credit: "… - Ảnh: Hồng Nhung" gives Hồng Nhung as photographer, "(Ảnh: Nhà trường cung cấp)"
  names no person and gives none; a photo with only an ``alt`` text has no caption;
- bylines are the right-aligned last lines: an office ("Văn phòng Sở", "Phòng GDTrH", "Phòng
  QLCL") is the author as printed; "Tin, ảnh: X" puts X in both lists; "Bài: X - Ảnh: Y" splits;
  a bare name is the author; "Nguyễn Thị Mai Hương - Trường THCS Lê Văn Thiêm" gives the name
  without the school (as real page 05's gold does); "Nguồn: Báo Hà Tĩnh" is the source;
- a table's rows are body paragraphs with cells joined by " | "; list items and bold sub-heading
  lines are paragraphs; attachments, tags, comments and "Các tin khác" are not body;
- the category is the breadcrumb's last item (the leaf category, not the parent "Tin tức - Sự
  kiện").
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnetcore_vendor_sgddt"
PLATFORM = "aspnetcore_mvc"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
SHORT = "Sở GD&ĐT Hà Tĩnh"
UP = "/Uploads"
PER_PAGE = 3
TAKE = 3
DOCS_PER_PAGE = 5
TODAY_DATE = date(2026, 11, 25)
CURRENT_WEEK = 48
WEEK1_MONDAY = date(2025, 12, 29)  # Monday of ISO week 1 of 2026
CSS_V = "Xq7bP0kRmT3vLs9YwEa2NcJ5hUd8GfZ1oBiK4xWt6Ql"
JS_V = "vN3dQ8sLkZ1pWm6YcRb0TxHa9EuJ4fGo2iKt7MnB5yA"
DELETED_ID = 2104
RESPONSIVE = ' class="img-responsive"'
ACTIVE = ' class="active"'
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Cat:
    id: int
    slug: str
    name: str
    parent: int | None = None

    @property
    def path(self) -> str:
        return f"/tin-tuc/{self.slug}-c{self.id}"


CATS: dict[str, Cat] = {
    c.slug: c
    for c in (
        Cat(1, "tin-tuc-su-kien", "Tin tức - Sự kiện"),
        Cat(2, "hoat-dong-nganh", "Hoạt động ngành", 1),
        Cat(3, "tin-cac-don-vi", "Tin các đơn vị", 1),
        Cat(4, "thong-bao", "Thông báo"),
    )
}
CAT_BY_ID = {c.id: c for c in CATS.values()}
LEAF_CATS = ("hoat-dong-nganh", "tin-cac-don-vi", "thong-bao")

TAGS: dict[str, str] = {
    "giao-ban": "giao ban",
    "nhiem-vu-nam-hoc": "nhiệm vụ năm học",
    "stem": "STEM",
    "hoc-sinh-gioi": "học sinh giỏi",
    "nha-giao": "Ngày Nhà giáo Việt Nam",
    "tuyen-dung": "tuyển dụng",
    "thu-vien": "thư viện",
    "giao-duc-dia-phuong": "giáo dục địa phương",
    "mua-lu": "mưa lũ",
    "tieng-anh": "tiếng Anh",
    "khoa-hoc-ky-thuat": "khoa học kỹ thuật",
    "giao-duc-thuong-xuyen": "giáo dục thường xuyên",
    "tiep-cong-dan": "tiếp công dân",
}


def _img(day: str, name: str) -> str:
    return f"{UP}/images/{day}/{name}"


# Story.opts: when (datetime printed in the date line), tags, hot (old carousel), files
# [(label, href, size)], comments [(name, "HH:MM DD/MM/YYYY", text)], latin (CKEditor
# entities_latin), nfd (decomposed body), old_slug (first slug, still linked).
# Img styles: em (caption <em> in the next centred paragraph), i (<span><i> caption under a
# centred div), "alt:<text>" (no caption line, only an alt text), none.
# P styles: "" (justified), h (bold sub-heading line), li, th/tr (table rows), "a|href|phrase".
STORIES: list[Story] = [
    Story(
        id=2490,
        slug="thong-bao-lich-tiep-cong-dan-dinh-ky-thang-12-nam-2026",
        title="Thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026",
        cat="thong-bao",
        published_at="2026-11-24T08:15:00+07:00",
        blocks=[
            P(
                "Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của Sở Giáo dục và Đào tạo,"
                " Giám đốc Sở thông báo lịch tiếp công dân định kỳ tháng 12 năm 2026 như sau:"
            ),
            P("Thời gian: từ 7 giờ 30 phút đến 11 giờ 00 ngày 15/12/2026 (thứ Ba)."),
            P(
                "Địa điểm: Phòng Tiếp công dân, tầng 1 trụ sở Sở Giáo dục và Đào tạo, số 23 đường"
                " Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh."
            ),
            P(
                "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước"
                " và các giấy tờ liên quan. Trường hợp Giám đốc Sở bận công tác đột xuất, Phó Giám"
                " đốc Sở được ủy quyền sẽ tiếp công dân theo lịch trên."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 24, 8, 15),
            "tags": ["tiep-cong-dan"],
            "files": [("2874-TB-SGDDT.pdf", f"{UP}/files/2026/11/2874-TB-SGDDT.pdf", "186 KB")],
        },
    ),
    Story(
        id=2486,
        slug="so-gd-dt-giao-ban-cong-tac-thang-11-trien-khai-nhiem-vu-trong-tam-thang-12-2026",
        title="Sở GD&ĐT giao ban công tác tháng 11, triển khai nhiệm vụ trọng tâm tháng 12/2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-23T16:40:00+07:00",
        summary=(
            "Chiều 23/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá kết"
            " quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với các cơ"
            " sở giáo dục trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Báo cáo tại hội nghị cho thấy, trong tháng 11, toàn ngành đã tổ chức trang trọng các"
                " hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026); hoàn"
                " thành kỳ thi chọn học sinh giỏi tỉnh lớp 12 an toàn, nghiêm túc; các trường bị ảnh"
                " hưởng bởi mưa lũ cuối tháng 10 đã ổn định việc dạy và học."
            ),
            Img(
                _img("2026/11/23", "giao-ban-thang-11-1.jpg"),
                "Đồng chí Phó Giám đốc Sở chủ trì hội nghị giao ban",
                "Đồng chí Phó Giám đốc Sở chủ trì hội nghị giao ban",
                "em",
            ),
            P(
                "Hoạt động giáo dục STEM, nghiên cứu khoa học kỹ thuật tiếp tục lan tỏa; nhiều trường"
                " tổ chức ngày hội thu hút đông đảo học sinh tham gia như Ngày hội STEM của Trường"
                " THPT Phan Đình Phùng.",
                "a|/tin-tuc/truong-thpt-phan-dinh-phung-to-chuc-ngay-hoi-stem-n2483.html"
                "|Ngày hội STEM của Trường THPT Phan Đình Phùng",
            ),
            P(
                "Tuy nhiên, tỷ lệ học sinh tham gia học trực tuyến ở một số trường vùng núi còn thấp;"
                " việc cập nhật dữ liệu lên cơ sở dữ liệu ngành ở một số đơn vị chưa kịp thời."
            ),
            Img(
                _img("2026/11/23", "giao-ban-thang-11-2.jpg"),
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "Các đại biểu dự hội nghị tại điểm cầu Sở GD&ĐT",
                "em",
            ),
            P(
                "Kết luận hội nghị, lãnh đạo Sở yêu cầu các đơn vị tập trung tổ chức kiểm tra, đánh"
                " giá cuối học kỳ I đúng quy định; chuẩn bị chu đáo các điều kiện cho kỳ thi chọn học"
                " sinh giỏi quốc gia năm 2027; chủ động phương án phòng, chống rét cho học sinh khi"
                " thời tiết chuyển lạnh."
            ),
            Raw('<p style="text-align: right;"><strong>Văn phòng Sở</strong></p>'),
        ],
        authors=["Văn phòng Sở"],
        opts={
            "when": datetime(2026, 11, 23, 16, 40),
            "tags": ["giao-ban", "nhiem-vu-nam-hoc"],
            "hot": True,
        },
    ),
    Story(
        id=2483,
        slug="truong-thpt-phan-dinh-phung-to-chuc-ngay-hoi-stem-nam-hoc-2026-2027",
        title="Trường THPT Phan Đình Phùng tổ chức Ngày hội STEM năm học 2026 - 2027",
        cat="tin-cac-don-vi",
        published_at="2026-11-21T10:20:00+07:00",
        summary=(
            "Ngày 20/11, Trường THPT Phan Đình Phùng tổ chức Ngày hội STEM với 36 gian trưng bày"
            " sản phẩm của học sinh 33 lớp, thu hút hơn 1.400 học sinh, giáo viên và phụ huynh"
            " tham quan, trải nghiệm."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các sản phẩm tham gia ngày hội được học sinh thực hiện trong các bài học STEM của"
                " môn Vật lí, Hóa học, Sinh học, Tin học và Công nghệ, như: mô hình nhà thông minh,"
                " hệ thống tưới cây tự động, máy lọc nước mini, xe điều khiển từ xa dùng năng lượng"
                " mặt trời..."
            ),
            Img(
                _img("2026/11/21", "ngay-hoi-stem-pdp-1.jpg"),
                "Học sinh lớp 11A3 giới thiệu mô hình nhà thông minh với đại biểu",
                "Học sinh lớp 11A3 giới thiệu mô hình nhà thông minh với đại biểu",
                "em",
            ),
            P(
                "Bên cạnh gian trưng bày, ngày hội còn có các hoạt động thi lắp ráp robot, đấu trường"
                " tên lửa nước và trò chơi khoa học vui dành cho học sinh các trường THCS trên địa bàn"
                " đến giao lưu."
            ),
            Img(
                _img("2026/11/21", "z6034871220915_4c2e8b1f7a.jpg"), None, None, "alt:Ngày hội STEM"
            ),
            Img(
                _img("2026/11/21", "ngay-hoi-stem-pdp-3.jpg"),
                "Phần thi đấu trường tên lửa nước",
                "Phần thi đấu trường tên lửa nước",
                "em",
            ),
            P(
                "Theo thầy Hiệu trưởng nhà trường, ngày hội là dịp để học sinh vận dụng kiến thức"
                " liên môn vào giải quyết các vấn đề thực tiễn, phát triển năng lực tự học, sáng tạo"
                " và kỹ năng làm việc nhóm. Những sản phẩm tiêu biểu sẽ được lựa chọn tham gia cuộc"
                " thi Khoa học kỹ thuật cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Hoàng Anh Tuấn</em></strong></p>'
            ),
        ],
        authors=["Hoàng Anh Tuấn"],
        photographers=["Hoàng Anh Tuấn"],
        opts={
            "when": datetime(2026, 11, 21, 10, 20),
            "tags": ["stem", "khoa-hoc-ky-thuat"],
            "hot": True,
            "old_slug": "truong-thpt-phan-dinh-phung-to-chuc-ngay-hoi-stem",
        },
    ),
    Story(
        id=2479,
        slug="hon-1800-thi-sinh-du-ky-thi-chon-hoc-sinh-gioi-tinh-lop-12-nam-hoc-2026-2027",
        title="Hơn 1.800 thí sinh dự kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-11-19T11:05:00+07:00",
        summary=(
            "Sáng 18/11, 1.826 thí sinh đến từ các trường THPT, trung tâm GDNN-GDTX trên địa bàn"
            " tỉnh bước vào kỳ thi chọn học sinh giỏi tỉnh lớp 12 năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ thi được tổ chức tại 3 điểm thi: Trường THPT chuyên Hà Tĩnh, Trường THPT Phan"
                " Đình Phùng và Trường THPT Thành Sen với 12 môn thi: Toán, Vật lí, Hóa học, Sinh học,"
                " Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp, Giáo dục kinh tế và pháp"
                " luật, Công nghệ."
            ),
            P(
                "Đề thi các môn được xây dựng theo hướng đánh giá năng lực, bám sát Chương trình giáo"
                " dục phổ thông 2018; thời gian làm bài 180 phút. Riêng môn Tin học, thí sinh làm bài"
                " trên máy tính."
            ),
            Img(
                _img("2026/11/19", "thi-hsg-lop-12-1.jpg"),
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hà Tĩnh - Ảnh: Hồng Nhung",
                "Thí sinh làm thủ tục dự thi tại điểm thi Trường THPT chuyên Hà Tĩnh - Ảnh: Hồng Nhung",
                "em",
            ),
            P(
                "Trước đó, Sở GD&ĐT đã thành lập các đoàn kiểm tra công tác chuẩn bị tại các điểm"
                " thi; 100% phòng thi được lắp camera giám sát, bảo đảm an ninh, an toàn tuyệt đối"
                " cho kỳ thi."
            ),
            P(
                "Kết quả kỳ thi là căn cứ để lựa chọn học sinh vào đội tuyển dự thi chọn học sinh giỏi"
                " quốc gia năm 2027. Dự kiến, kết quả được công bố trước ngày 10/12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Phòng QLCL</strong></p>'),
        ],
        authors=["Phòng QLCL"],
        photographers=["Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 19, 11, 5),
            "tags": ["hoc-sinh-gioi"],
            "comments": [
                (
                    "Nguyễn Văn Nam",
                    "20:11 19/11/2026",
                    "Mong Sở sớm công bố kết quả để các em yên tâm ôn thi đội tuyển quốc gia.",
                ),
            ],
        },
    ),
    Story(
        id=2475,
        slug="ton-vinh-120-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tôn vinh 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-nganh",
        published_at="2026-11-18T09:45:00+07:00",
        summary=(
            "Sáng 17/11, Sở Giáo dục và Đào tạo tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, diễn văn tại buổi lễ khẳng định"
                " đội ngũ nhà giáo và cán bộ quản lý giáo dục của tỉnh không ngừng lớn mạnh về số"
                " lượng và chất lượng; tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục"
                " năm 2019 đạt 96,4%."
            ),
            P(
                "Năm học 2025 - 2026, học sinh Hà Tĩnh giành 58 giải trong kỳ thi chọn học sinh giỏi"
                " quốc gia, 2 huy chương Olympic quốc tế; chất lượng giáo dục mũi nhọn tiếp tục nằm"
                " trong nhóm dẫn đầu cả nước."
            ),
            Img(
                _img("2026/11/18", "le-ky-niem-20-11-1.jpg"),
                "Lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo",
                "Lãnh đạo tỉnh tặng hoa chúc mừng đội ngũ nhà giáo",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo trong sự nghiệp phát triển giáo dục, đào tạo của tỉnh; đề nghị"
                " ngành tiếp tục đổi mới mạnh mẽ phương pháp dạy học, ứng dụng chuyển đổi số trong"
                " quản lý và giảng dạy."
            ),
            Img(
                _img("2026/11/18", "le-ky-niem-20-11-2.jpg"),
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "Các nhà giáo tiêu biểu nhận Bằng khen của Chủ tịch UBND tỉnh",
                "i",
            ),
            P(
                "Dịp này, 120 nhà giáo tiêu biểu được tuyên dương; 15 tập thể, 42 cá nhân được Chủ"
                " tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong năm học 2025 - 2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Nguyễn Thị Thu Hà"],
        opts={
            "when": datetime(2026, 11, 18, 9, 45),
            "tags": ["nha-giao"],
            "hot": True,
            "comments": [
                (
                    "Trần Văn Bình",
                    "14:22 18/11/2026",
                    "Xin chúc mừng các thầy cô giáo được tuyên dương. Chúc ngành giáo dục Hà Tĩnh"
                    " ngày càng phát triển!",
                ),
                ("Lê Thị Hoa", "07:05 19/11/2026", "Tự hào về các thầy cô giáo quê mình."),
            ],
        },
    ),
    Story(
        id=2471,
        slug="thong-bao-tuyen-dung-vien-chuc-lam-viec-tai-cac-don-vi-su-nghiep-truc-thuoc-so-nam-2026",
        title=(
            "Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm 2026"
        ),
        cat="thong-bao",
        published_at="2026-11-17T15:00:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 412/KH-SGDĐT ngày 10/11/2026 của Sở Giáo dục và Đào tạo, Sở thông"
                " báo tuyển dụng viên chức làm việc tại các trường THPT trực thuộc năm 2026 như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h"),
            P("TT | Vị trí việc làm | Số lượng", "th"),
            P("1 | Giáo viên Tin học | 12", "tr"),
            P("2 | Giáo viên Tiếng Anh | 9", "tr"),
            P("3 | Giáo viên Giáo dục thể chất | 6", "tr"),
            P("4 | Nhân viên thư viện | 3", "tr"),
            P("2. Thời gian, địa điểm nhận phiếu đăng ký dự tuyển", "h"),
            P(
                "Từ ngày 18/11/2026 đến hết ngày 17/12/2026 (trong giờ hành chính), tại Phòng Tổ chức"
                " cán bộ, Sở Giáo dục và Đào tạo."
            ),
            P(
                "Điều kiện, tiêu chuẩn dự tuyển và mẫu phiếu đăng ký dự tuyển xem chi tiết tại văn bản"
                " đính kèm."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 17, 15, 0),
            "tags": ["tuyen-dung"],
            "files": [
                ("412-KH-SGDDT.pdf", f"{UP}/files/2026/11/412-KH-SGDDT.pdf", "1,2 MB"),
                (
                    "Mau-phieu-dang-ky-du-tuyen.docx",
                    f"{UP}/files/2026/11/Mau-phieu-dang-ky-du-tuyen.docx",
                    "38 KB",
                ),
            ],
        },
    ),
    Story(
        id=2466,
        slug="truong-tieu-hoc-thach-linh-khanh-thanh-thu-vien-xanh",
        title="Trường Tiểu học Thạch Linh khánh thành thư viện xanh",
        cat="tin-cac-don-vi",
        published_at="2026-11-14T16:30:00+07:00",
        blocks=[
            P(
                "Ngày 13/11, Trường Tiểu học Thạch Linh khánh thành thư viện xanh với diện tích hơn"
                " 200 mét vuông trong khuôn viên nhà trường. Công trình do Ban đại diện cha mẹ học sinh"
                " và các nhà hảo tâm ủng hộ với tổng kinh phí gần 150 triệu đồng."
            ),
            Img(_img("2026/11/14", "thu-vien-xanh-thach-linh.jpg"), None, None, "none"),
            P(
                "Thư viện có 8 giá sách ngoài trời với hơn 3.000 đầu sách, truyện phù hợp với lứa tuổi"
                " tiểu học, bàn ghế đọc sách và góc sinh hoạt chung. Học sinh có thể đến đọc sách vào"
                " giờ ra chơi và các buổi sinh hoạt câu lạc bộ."
            ),
            P(
                "Mô hình thư viện xanh góp phần xây dựng văn hóa đọc, tạo không gian học tập thân"
                " thiện, khơi dậy niềm đam mê đọc sách cho học sinh."
            ),
            Raw('<p style="text-align: right;">Thu Trang</p>'),
        ],
        authors=["Thu Trang"],
        opts={"when": datetime(2026, 11, 14, 16, 30), "tags": ["thu-vien"], "nfd": True},
    ),
    Story(
        id=2462,
        slug="tap-huan-trien-khai-tai-lieu-giao-duc-dia-phuong-tinh-ha-tinh",
        title="Tập huấn triển khai tài liệu giáo dục địa phương tỉnh Hà Tĩnh",
        cat="hoat-dong-nganh",
        published_at="2026-11-11T14:00:00+07:00",
        summary=(
            "Từ ngày 09 đến 11/11, Sở GD&ĐT tổ chức tập huấn sử dụng tài liệu giáo dục địa phương"
            " tỉnh Hà Tĩnh cho hơn 600 giáo viên cốt cán cấp tiểu học, THCS và THPT."
        ),
        sapo_outside=True,
        blocks=[
            P("Nội dung tập huấn tập trung vào các chủ đề:"),
            P("Lịch sử, văn hóa truyền thống và danh nhân quê hương Hà Tĩnh;", "li"),
            P("Địa lí, kinh tế, môi trường và định hướng phát triển của tỉnh;", "li"),
            P(
                "Phương pháp tổ chức dạy học, kiểm tra, đánh giá nội dung giáo dục địa phương.",
                "li",
            ),
            P(
                "Các học viên được thực hành thiết kế kế hoạch bài dạy, tổ chức hoạt động trải nghiệm"
                " tại di tích, bảo tàng địa phương; trao đổi kinh nghiệm lồng ghép nội dung giáo dục"
                " địa phương vào các môn học."
            ),
            P(
                "Sau tập huấn, giáo viên cốt cán có trách nhiệm tập huấn lại cho giáo viên tại đơn vị,"
                " hoàn thành trước ngày 30/11/2026."
            ),
            Raw("<p>&nbsp;</p>"),
            Raw('<p style="text-align: right;"><strong>Phòng GDTrH</strong></p>'),
        ],
        authors=["Phòng GDTrH"],
        opts={
            "when": datetime(2026, 11, 11, 14, 0),
            "tags": ["giao-duc-dia-phuong"],
            "latin": True,
        },
    ),
    Story(
        id=2458,
        slug="lanh-dao-so-kiem-tra-cong-tac-khac-phuc-hau-qua-mua-lu-tai-cac-truong-hoc",
        title="Lãnh đạo Sở kiểm tra công tác khắc phục hậu quả mưa lũ tại các trường học",
        cat="hoat-dong-nganh",
        published_at="2026-11-03T10:15:00+07:00",
        blocks=[
            P(
                "Ngày 02/11, đoàn công tác của Sở GD&ĐT do đồng chí Phó Giám đốc Sở làm trưởng đoàn đã"
                " kiểm tra công tác khắc phục hậu quả mưa lũ, chuẩn bị đón học sinh trở lại trường tại"
                " các xã Hương Khê, Hương Phố và Phúc Trạch."
            ),
            Img(_img("2026/11/03", "kiem-tra-mua-lu-1.jpg"), None, None, "none"),
            P(
                "Đợt mưa lũ cuối tháng 10 làm 27 trường học bị ngập, hư hỏng bàn ghế, thiết bị dạy học"
                " và hàng nghìn cuốn sách vở của học sinh. Ngay sau khi nước rút, các nhà trường đã huy"
                " động giáo viên, phụ huynh và lực lượng vũ trang dọn dẹp vệ sinh, khử khuẩn trường lớp."
            ),
            Img(
                _img("2026/11/03", "kiem-tra-mua-lu-2.jpg"),
                "Đoàn kiểm tra thăm hỏi, động viên học sinh Trường Tiểu học Hương Phố",
                "Đoàn kiểm tra thăm hỏi, động viên học sinh Trường Tiểu học Hương Phố",
                "em",
            ),
            P(
                "Trước đó, Sở đã hướng dẫn các trường chủ động phương án phòng, chống thiên tai ngay từ"
                " đầu năm học.",
                f"a|/Home/Detail?id={DELETED_ID}|hướng dẫn các trường chủ động phương án phòng, chống"
                " thiên tai",
            ),
            P(
                "Đồng chí Phó Giám đốc Sở đề nghị các trường rà soát, thống kê thiệt hại; ưu tiên hỗ trợ"
                " sách vở, đồ dùng học tập cho học sinh có hoàn cảnh khó khăn để các em sớm ổn định"
                " việc học."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Lê Minh Đức - Ảnh: Phan Trâm</strong></p>'
            ),
        ],
        authors=["Lê Minh Đức"],
        photographers=["Phan Trâm"],
        opts={"when": datetime(2026, 11, 3, 10, 15), "tags": ["mua-lu"]},
    ),
    Story(
        id=2455,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-de-phong-tranh-mua-lu",
        title="Thông báo cho học sinh nghỉ học để phòng, tránh mưa lũ",
        cat="thong-bao",
        published_at="2026-10-27T19:30:00+07:00",
        blocks=[
            P(
                "Theo bản tin của Đài Khí tượng Thủy văn tỉnh, từ đêm 27/10 đến ngày 29/10, trên địa"
                " bàn tỉnh có mưa to đến rất to, nguy cơ cao xảy ra lũ quét, sạt lở đất và ngập lụt ở"
                " vùng trũng thấp."
            ),
            P(
                "Để bảo đảm an toàn cho học sinh, Sở Giáo dục và Đào tạo thông báo cho học sinh các cấp"
                " học trên địa bàn tỉnh nghỉ học ngày 28/10 và 29/10/2026. Thời gian đi học trở lại,"
                " Sở sẽ có thông báo sau."
            ),
            P(
                "Thủ trưởng các đơn vị phân công cán bộ, giáo viên trực 24/24 giờ, chủ động di dời tài"
                " sản, thiết bị, hồ sơ lên cao; báo cáo kịp thời tình hình thiệt hại về Sở qua số điện"
                " thoại đường dây nóng 0239.3856.118."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 27, 19, 30),
            "tags": ["mua-lu"],
            "files": [("2788-SGDDT-VP.pdf", f"{UP}/files/2026/10/2788-SGDDT-VP.pdf", "254 KB")],
        },
    ),
    Story(
        id=2447,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-thpt",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        cat="hoat-dong-nganh",
        published_at="2026-10-21T08:00:00+07:00",
        summary=(
            "Ngày 20/10, Sở GD&ĐT tổ chức hội thảo chuyên đề nâng cao chất lượng dạy học môn Tiếng"
            " Anh cấp THPT với sự tham gia của hơn 150 cán bộ quản lý, giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại hội thảo, các đại biểu đã phân tích kết quả môn Tiếng Anh trong kỳ thi tốt nghiệp"
                " THPT năm 2026: điểm trung bình của tỉnh đạt 5,92, tăng 0,35 điểm so với năm trước"
                " nhưng vẫn còn chênh lệch lớn giữa các vùng."
            ),
            Img(
                _img("2026/10/21", "hoi-thao-tieng-anh-thpt.jpg"),
                "Giáo viên Trường THPT Nguyễn Du chia sẻ kinh nghiệm tổ chức câu lạc bộ tiếng Anh",
                "Giáo viên Trường THPT Nguyễn Du chia sẻ kinh nghiệm tổ chức câu lạc bộ tiếng Anh",
                "em",
            ),
            P(
                "Nhiều giải pháp được đề xuất như tăng cường hoạt động nghe, nói trong giờ học; ứng dụng"
                " phần mềm luyện phát âm, học liệu số; tổ chức câu lạc bộ, ngày hội tiếng Anh và kết"
                " nối với giáo viên bản ngữ qua hình thức trực tuyến."
            ),
            P(
                "Sở GD&ĐT đề nghị các nhà trường xây dựng kế hoạch dạy học phân hóa theo năng lực học"
                " sinh, chú trọng bồi dưỡng chuyên môn cho giáo viên ở các trường vùng khó khăn."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Thiên Vỹ</strong></p>\n'
                '<p style="text-align: right;"><em>Nguồn: Báo Hà Tĩnh</em></p>'
            ),
        ],
        authors=["Thiên Vỹ"],
        source="Báo Hà Tĩnh",
        opts={"when": datetime(2026, 10, 21, 8, 0), "tags": ["tieng-anh"]},
    ),
    Story(
        id=2441,
        slug="truong-thcs-le-van-thiem-dat-5-giai-tai-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Trường THCS Lê Văn Thiêm đạt 5 giải tại cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="tin-cac-don-vi",
        published_at="2026-10-09T10:00:00+07:00",
        summary=(
            "Với 5 dự án dự thi, Trường THCS Lê Văn Thiêm đã giành 1 giải Nhất, 2 giải Nhì và 2 giải"
            " Ba tại cuộc thi Khoa học kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026 -"
            " 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự án đạt giải Nhất “Thiết bị cảnh báo đuối nước cho trẻ em sử dụng cảm biến nhịp"
                " tim” của hai em Trần Gia Bảo và Nguyễn Khánh Linh, học sinh lớp 9A, được ban giám"
                " khảo đánh giá cao về tính sáng tạo và khả năng ứng dụng thực tiễn."
            ),
            Img(
                _img("2026/10/09", "khkt-le-van-thiem.jpg"),
                "Học sinh nhà trường giới thiệu dự án với ban giám khảo (Ảnh: Nhà trường cung cấp)",
                "Học sinh nhà trường giới thiệu dự án với ban giám khảo (Ảnh: Nhà trường cung cấp)",
                "em",
            ),
            P(
                "Để có được kết quả này, nhà trường đã triển khai cuộc thi cấp trường từ tháng 8, lựa"
                " chọn các dự án tiêu biểu và phân công giáo viên có kinh nghiệm hướng dẫn học sinh"
                " hoàn thiện sản phẩm."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Nguyễn Thị Mai Hương - Trường THCS Lê Văn'
                " Thiêm</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Mai Hương"],
        opts={
            "when": datetime(2026, 10, 9, 10, 0),
            "tags": ["khoa-hoc-ky-thuat", "stem"],
            "latin": True,
        },
    ),
    Story(
        id=2433,
        slug="trien-khai-nhiem-vu-giao-duc-thuong-xuyen-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        cat="hoat-dong-nganh",
        published_at="2026-09-25",
        summary=(
            "Ngày 24/9, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục thường xuyên năm học"
            " 2026 - 2027 cho các trung tâm GDNN-GDTX và trung tâm học tập cộng đồng trên địa bàn"
            " tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            Raw(
                "<p><strong>Ngày 24/9, Sở GD&amp;ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục"
                " thường xuyên năm học 2026 - 2027 cho các trung tâm GDNN-GDTX và trung tâm học tập"
                " cộng đồng trên địa bàn tỉnh.</strong></p>"
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh có 12 trung tâm GDNN-GDTX với hơn 6.200 học viên theo"
                " học chương trình GDTX cấp THPT; tỷ lệ học viên tốt nghiệp THPT đạt 92,8%. Công tác"
                " xóa mù chữ, phổ cập giáo dục tiếp tục được duy trì vững chắc."
            ),
            P("Nhiệm vụ trọng tâm năm học 2026 - 2027", "h"),
            P(
                "Nâng cao chất lượng dạy học chương trình GDTX cấp THPT gắn với đào tạo nghề cho học"
                " viên;",
                "li",
            ),
            P(
                "Củng cố hoạt động của trung tâm học tập cộng đồng, đẩy mạnh xây dựng xã hội học tập;",
                "li",
            ),
            P("Đẩy mạnh chuyển đổi số, phát triển học liệu số phục vụ học tập suốt đời.", "li"),
            P(
                "Hội nghị cũng dành thời gian để các đơn vị trao đổi kinh nghiệm trong công tác tuyển"
                " sinh, quản lý học viên và phối hợp với doanh nghiệp trong đào tạo nghề."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Hà Linh</strong></p>'),
        ],
        authors=["Nguyễn Hà Linh"],
        opts={
            "when": datetime(2026, 9, 25, 0, 0),
            "tags": ["giao-duc-thuong-xuyen", "nhiem-vu-nam-hoc"],
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
SITEMAP_IDS = sorted(_BY_ID)[:5]


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-n{s.id}.html"


def legacy_path(s: Story) -> str:
    return f"/Home/Detail?id={s.id}"


def old_slug_path(s: Story) -> str | None:
    old = s.opts.get("old_slug")
    return f"/tin-tuc/{old}-n{s.id}.html" if old else None


def in_cat(cat: Cat) -> list[Story]:
    """Newest first; a parent category lists its children's items."""
    slugs = {c.slug for c in CATS.values() if c.id == cat.id or c.parent == cat.id}
    return [s for s in _LATEST if s.cat in slugs]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


# --- records that are not articles -----------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: int
    issued: date
    signer: str
    abstract: str

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.number.lower().replace("đ", "d")).strip("-")

    @property
    def path(self) -> str:
        return f"/van-ban-chi-dao/{self.slug}-vb{self.id}.html"

    @property
    def file(self) -> str:
        return f"{UP}/vanban/{self.issued:%Y/%m}/{self.slug.upper()}.pdf"


DOC_KINDS = {1: "Công văn", 2: "Kế hoạch", 3: "Quyết định"}
DOCS: list[Doc] = [
    Doc(318, "2901/SGDĐT-GDTrH", 1, date(2026, 11, 20), "Nguyễn Văn Hùng",
        "V/v tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027"),
    Doc(317, "412/KH-SGDĐT", 2, date(2026, 11, 10), "Trần Thị Minh Nguyệt",
        "Kế hoạch tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở năm 2026"),
    Doc(315, "2788/SGDĐT-VP", 1, date(2026, 10, 27), "Nguyễn Văn Hùng",
        "V/v chủ động ứng phó với mưa lũ, bảo đảm an toàn cho học sinh"),
    Doc(312, "1530/QĐ-SGDĐT", 3, date(2026, 10, 15), "Trần Thị Minh Nguyệt",
        "Quyết định ban hành Quy chế tổ chức cuộc thi Khoa học kỹ thuật dành cho học sinh trung học"
        " cấp tỉnh"),
    Doc(309, "2610/SGDĐT-GDTX", 1, date(2026, 9, 18), "Nguyễn Văn Hùng",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027"),
    Doc(305, "2455/SGDĐT-GDTrH", 1, date(2026, 9, 5), "Trần Thị Minh Nguyệt",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


@dataclass(frozen=True)
class Procedure:
    id: int
    slug: str
    code: str
    name: str
    level: str
    steps: tuple[str, ...]
    dossier: tuple[str, ...]
    deadline: str
    fee: str
    basis: str


_FIELD = "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân"
PROCEDURES: list[Procedure] = [
    Procedure(
        41, "cap-ban-sao-van-bang-chung-chi-tu-so-goc", "1.005092.000.00.00.H28",
        "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "Toàn trình",
        ("Bước 1: Người yêu cầu cấp bản sao văn bằng, chứng chỉ nộp hồ sơ trực tiếp tại Trung tâm"
         " Phục vụ hành chính công tỉnh hoặc qua Cổng Dịch vụ công quốc gia.",
         "Bước 2: Sở Giáo dục và Đào tạo kiểm tra hồ sơ; trường hợp hồ sơ hợp lệ thì cấp bản sao"
         " văn bằng, chứng chỉ từ sổ gốc trong ngày làm việc hoặc chậm nhất trong ngày làm việc"
         " tiếp theo.",
         "Bước 3: Người yêu cầu nhận kết quả trực tiếp hoặc qua dịch vụ bưu chính công ích."),
        ("Đơn đề nghị cấp bản sao văn bằng, chứng chỉ từ sổ gốc (theo mẫu).",
         "Bản chính hoặc bản sao có chứng thực căn cước của người yêu cầu."),
        "Trong ngày làm việc hoặc ngày làm việc tiếp theo kể từ khi nhận đủ hồ sơ hợp lệ.",
        "Không", "Nghị định số 23/2015/NĐ-CP; Thông tư số 21/2019/TT-BGDĐT."),
    Procedure(
        42, "chinh-sua-noi-dung-van-bang-chung-chi", "1.005088.000.00.00.H28",
        "Chỉnh sửa nội dung văn bằng, chứng chỉ", "Một phần",
        ("Bước 1: Người đề nghị chỉnh sửa nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.",
         "Bước 2: Trong thời hạn 05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Giám đốc Sở"
         " Giáo dục và Đào tạo xem xét, quyết định việc chỉnh sửa; nếu không chỉnh sửa thì trả lời"
         " bằng văn bản và nêu rõ lý do."),
        ("Đơn đề nghị chỉnh sửa văn bằng, chứng chỉ.", "Văn bằng, chứng chỉ đề nghị chỉnh sửa.",
         "Quyết định thay đổi hoặc cải chính hộ tịch, xác định lại dân tộc, xác định lại giới tính."),
        "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không",
        "Thông tư số 21/2019/TT-BGDĐT ngày 29/11/2019 của Bộ Giáo dục và Đào tạo."),
    Procedure(
        43, "phuc-khao-bai-thi-tot-nghiep-trung-hoc-pho-thong", "1.005142.000.00.00.H28",
        "Phúc khảo bài thi tốt nghiệp trung học phổ thông", "Toàn trình",
        ("Bước 1: Thí sinh nộp đơn phúc khảo tại nơi đăng ký dự thi trong thời hạn 10 ngày kể từ"
         " ngày công bố kết quả thi.",
         "Bước 2: Nơi đăng ký dự thi tiếp nhận, tổng hợp danh sách và chuyển dữ liệu về Sở Giáo dục"
         " và Đào tạo; Hội đồng thi tổ chức phúc khảo và công bố kết quả chậm nhất 15 ngày kể từ"
         " ngày hết hạn nhận đơn."),
        ("Đơn đề nghị phúc khảo bài thi.",),
        "15 ngày kể từ ngày hết hạn nhận đơn phúc khảo.", "Theo quy định của Hội đồng nhân dân tỉnh",
        "Thông tư số 24/2024/TT-BGDĐT ban hành Quy chế thi tốt nghiệp trung học phổ thông."),
    Procedure(
        44, "cho-phep-truong-trung-hoc-pho-thong-hoat-dong-giao-duc", "1.004475.000.00.00.H28",
        "Cho phép trường trung học phổ thông hoạt động giáo dục", "Một phần",
        ("Bước 1: Tổ chức, cá nhân đề nghị cho phép nhà trường hoạt động giáo dục gửi hồ sơ đến Sở"
         " Giáo dục và Đào tạo.",
         "Bước 2: Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Sở Giáo dục và"
         " Đào tạo tổ chức thẩm định thực tế các điều kiện hoạt động giáo dục của nhà trường.",
         "Bước 3: Giám đốc Sở Giáo dục và Đào tạo ra quyết định cho phép hoạt động giáo dục; nếu"
         " chưa quyết định thì thông báo bằng văn bản và nêu rõ lý do."),
        ("Tờ trình đề nghị cho phép hoạt động giáo dục.", "Quyết định thành lập trường.",
         "Danh sách cán bộ quản lý, giáo viên, nhân viên kèm bản sao văn bằng, chứng chỉ."),
        "20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.", "Không",
        "Nghị định số 46/2017/NĐ-CP; Nghị định số 125/2024/NĐ-CP."),
]  # fmt: skip
_PROC_BY_ID = {p.id: p for p in PROCEDURES}


@dataclass(frozen=True)
class Album:
    id: int
    slug: str
    title: str
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}-a{self.id}.html"


ALBUMS: list[Album] = [
    Album(12, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", (
        ("album/12/01.jpg", "Tiết mục văn nghệ chào mừng"),
        ("album/12/02.jpg", "Lãnh đạo tỉnh dự buổi lễ"),
        ("album/12/03.jpg", "Trao Bằng khen cho các tập thể"),
        ("album/12/04.jpg", "Các nhà giáo tiêu biểu"),
        ("album/12/05.jpg", "Chụp ảnh lưu niệm"),
    )),
    Album(11, "ngay-hoi-stem-truong-thpt-phan-dinh-phung", "Ngày hội STEM Trường THPT Phan Đình Phùng", (
        ("album/11/01.jpg", "Gian trưng bày của lớp 10A1"),
        ("album/11/02.jpg", "Thi lắp ráp robot"),
        ("album/11/03.jpg", "Đấu trường tên lửa nước"),
        ("album/11/04.jpg", "Học sinh THCS giao lưu"),
    )),
]  # fmt: skip
_ALBUM_BY_ID = {a.id: a for a in ALBUMS}

#: static pages: id -> (slug, title, inner html)
STATIC: dict[int, tuple[str, str, str]] = {
    1: ("chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ", (
        "<p>Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về"
        " giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<p>Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý"
        " về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ"
        " đạo, hướng dẫn, thanh tra, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào"
        " tạo.</p>"
        "<p>Sở trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch phát triển"
        " giáo dục; hướng dẫn, kiểm tra việc thực hiện chương trình, kế hoạch giáo dục; quản lý"
        " chất lượng giáo dục, thi cử, văn bằng, chứng chỉ theo quy định.</p>"
    )),
    2: ("co-cau-to-chuc", "Cơ cấu tổ chức", (
        "<p><strong>Lãnh đạo Sở:</strong> Giám đốc và các Phó Giám đốc.</p>"
        "<p><strong>Các phòng chuyên môn, nghiệp vụ:</strong></p><ul>"
        "<li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li>"
        "<li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Trung học (GDTrH)</li>"
        "<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Quản lý chất lượng (QLCL)</li></ul>"
    )),
    3: ("lanh-dao-so", "Lãnh đạo Sở", (
        '<table class="table table-bordered"><thead><tr><th>Họ và tên</th><th>Chức vụ</th>'
        "<th>Điện thoại</th></tr></thead><tbody>"
        "<tr><td>Lê Văn Thành</td><td>Giám đốc Sở</td><td>0239.3855.125</td></tr>"
        "<tr><td>Nguyễn Văn Hùng</td><td>Phó Giám đốc Sở</td><td>0239.3855.126</td></tr>"
        "<tr><td>Trần Thị Minh Nguyệt</td><td>Phó Giám đốc Sở</td><td>0239.3855.127</td></tr>"
        "</tbody></table>"
    )),
}  # fmt: skip


def static_path(pid: int) -> str:
    return f"/trang/{STATIC[pid][0]}-p{pid}.html"


#: "Lịch công tác": week number -> [(weekday 0-6, buổi, giờ, nội dung, chủ trì, địa điểm)]
CALENDAR: dict[int, list[tuple[int, str, str, str, str, str]]] = {
    47: [
        (0, "Sáng", "07h30", "Chào cờ, giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
        (1, "Sáng", "08h00", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Giám đốc Sở", "Hội trường Sở"),
        (2, "Cả ngày", "06h30", "Chỉ đạo kỳ thi chọn học sinh giỏi tỉnh lớp 12", "Phó Giám đốc Nguyễn Văn Hùng", "Các điểm thi"),
        (4, "Chiều", "14h00", "Dự Ngày hội STEM Trường THPT Phan Đình Phùng", "Phó Giám đốc Trần Thị Minh Nguyệt", "Trường THPT Phan Đình Phùng"),
    ],
    48: [
        (0, "Chiều", "14h00", "Hội nghị giao ban công tác tháng 11 (trực tuyến)", "Phó Giám đốc Nguyễn Văn Hùng", "Phòng họp trực tuyến"),
        (1, "Sáng", "07h30", "Tiếp công dân định kỳ", "Giám đốc Sở", "Phòng Tiếp công dân"),
        (2, "Sáng", "08h00", "Họp Hội đồng chấm thi chọn học sinh giỏi tỉnh", "Giám đốc Sở", "Phòng họp tầng 2"),
        (3, "Cả ngày", "07h30", "Kiểm tra công tác bán trú tại các trường vùng núi", "Phó Giám đốc Trần Thị Minh Nguyệt", "Xã Hương Sơn, Vũ Quang"),
        (5, "Sáng", "08h00", "Trực cơ quan", "Văn phòng Sở", "Trụ sở Sở"),
    ],
    49: [
        (0, "Sáng", "07h30", "Chào cờ, giao ban Lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
        (2, "Chiều", "14h00", "Làm việc với Trường THPT chuyên Hà Tĩnh về công tác đội tuyển quốc gia", "Giám đốc Sở", "Trường THPT chuyên Hà Tĩnh"),
    ],
}  # fmt: skip


# --- the gold (by hand) ------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    old = old_slug_path(s)
    return [legacy_path(s), *([old] if old else [])]


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat].name, alt_paths=_alts(s)) for s in _LATEST
]

TAG_PATHS = [f"/tim-kiem?tag={t}" for t in TAGS]
VB_FILTER = "tukhoa=&loaiVb=0"

NON_ARTICLES: list[str] = [
    "/",
    *(c.path for c in CATS.values()),
    *(
        f"{c.path}?page={n}"
        for c in CATS.values()
        for n in range(2, _pages(len(in_cat(c)), PER_PAGE) + 1)
    ),
    *TAG_PATHS,
    "/van-ban-chi-dao",
    f"/van-ban-chi-dao?{VB_FILTER}&page=2",
    *(d.path for d in DOCS),
    "/thu-tuc-hanh-chinh",
    *(f"/thu-tuc-hanh-chinh/{p.slug}-t{p.id}.html" for p in PROCEDURES),
    "/lich-cong-tac",
    "/lich-cong-tac?week=47",
    "/lich-cong-tac?week=49",
    *(static_path(pid) for pid in STATIC),
    "/lien-he",
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    f"/Home/Detail?id={DELETED_ID}",
]


# --- rendering: text ---------------------------------------------------------------------------


def _t(value: str) -> str:
    return text(value)


def _ck_latin(markup: str) -> str:
    """CKEditor 4's ``entities_latin``: Latin-1 letters as named entities, the rest left raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 0xA0 <= ord(ch) <= 0xFF else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _date_line(s: Story) -> str:
    w: datetime = s.opts["when"]
    return f"Cập nhật lúc {w:%H:%M} - {_dmy(w)}"


def _token(seed: str) -> str:
    """An antiforgery request token as ASP.NET Core Data Protection writes it."""
    raw = opaque("xsrf-" + seed, 96).replace("+", "-").replace("/", "_").rstrip("=")
    return "CfDJ8" + raw[:150]


def _excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def _img_tag(img: Img, extra: str = "") -> str:
    alt = img.style[4:] if img.style.startswith("alt:") else ""
    return f'<img alt="{esc(alt)}" src="{esc(img.src)}" style="width:700px;height:467px"{extra} />'


def _body_html(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for r in rows:
                cells = r.text.split(" | ")
                if r.style == "th":
                    tds = "".join(
                        f'<td style="text-align:center"><strong>{_t(c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append(
                '<table border="1" cellpadding="5" cellspacing="0" class="table table-bordered"'
                ' style="width:100%"><tbody>' + "\n".join(trs) + "</tbody></table>"
            )
            rows.clear()
        if items:
            out.append("<ul>\n" + "\n".join(f"\t<li>{_t(i.text)}</li>" for i in items) + "\n</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("tr", "th"):
            if items:
                flush()
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            if rows:
                flush()
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            if b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                out.append(
                    f'<p style="text-align:justify">{_t(before)}<a href="{esc(href)}">{_t(phrase)}'
                    f"</a>{_t(after)}</p>"
                )
            elif b.style == "h":
                out.append(f"<p><strong>{_t(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align:justify">{_t(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "i":
                out.append(f'<div style="text-align: center;">{_img_tag(b, RESPONSIVE)}</div>')
                out.append(
                    '<p style="text-align: center;"><span style="font-size:12px;">'
                    f"<i>{_t(b.printed or '')}</i></span></p>"
                )
            else:
                out.append(f'<p style="text-align:center">{_img_tag(b)}</p>')
                if b.style == "em" and b.printed:
                    out.append(f'<p style="text-align:center"><em>{_t(b.printed)}</em></p>')
    flush()
    markup = "\n".join(out)
    if s.opts.get("latin"):
        markup = _ck_latin(markup)
    if s.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


# --- rendering: chrome -------------------------------------------------------------------------


def _menu() -> str:
    c = CATS
    return (
        '<nav class="navbar navbar-default navbar-static-top main-menu" role="navigation">'
        '<div class="container"><div class="navbar-header">'
        '<button type="button" class="navbar-toggle collapsed" data-toggle="collapse"'
        ' data-target="#main-navbar" aria-expanded="false"><span class="sr-only">Menu</span>'
        '<span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span>'
        '</button></div>\n<div class="collapse navbar-collapse" id="main-navbar">'
        '<ul class="nav navbar-nav">'
        '<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        '<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button"'
        ' aria-haspopup="true" aria-expanded="false">Giới thiệu <span class="caret"></span></a>'
        '<ul class="dropdown-menu">'
        + "".join(
            f'<li><a href="{static_path(pid)}">{t}</a></li>' for pid, (_, t, _) in STATIC.items()
        )
        + "</ul></li>"
        '<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" role="button"'
        ' aria-haspopup="true" aria-expanded="false">Tin tức - Sự kiện <span class="caret"></span></a>'
        '<ul class="dropdown-menu">'
        f'<li><a href="{c["hoat-dong-nganh"].path}">Hoạt động ngành</a></li>'
        f'<li><a href="{c["tin-cac-don-vi"].path}">Tin các đơn vị</a></li></ul></li>'
        f'<li><a href="{c["thong-bao"].path}">Thông báo</a></li>'
        '<li><a href="/van-ban-chi-dao">Văn bản chỉ đạo</a></li>'
        '<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li>'
        '<li><a href="/lich-cong-tac">Lịch công tác</a></li>'
        '<li><a href="/thu-vien-anh">Thư viện ảnh</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li>'
        "</ul></div></div></nav>"
    )


def _header(request: Request) -> str:
    login = "/Account/Login?ReturnUrl=" + quote(request.target, safe="")
    return (
        '<div id="top-bar"><div class="container"><div class="row">'
        f'<div class="col-sm-6 col-xs-12"><span class="today"><i class="fa fa-calendar"></i> {TODAY}</span></div>'
        '<div class="col-sm-6 hidden-xs text-right top-links">'
        f'<a href="{esc(login)}"><i class="fa fa-user"></i> Đăng nhập</a>'
        '<span class="sep">|</span><a href="/lien-he"><i class="fa fa-envelope-o"></i> Liên hệ</a>'
        '<span class="sep">|</span><a href="https://mail.hatinh.edu.vn" target="_blank">Thư điện tử</a>'
        "</div></div></div></div>\n"
        '<header id="header"><div class="container"><div class="row">'
        '<div class="col-md-8 col-sm-8"><a href="/" class="logo-link">'
        '<img src="/images/logo-sgddt.png" alt="Logo Sở GD&amp;ĐT Hà Tĩnh" class="logo" />'
        '<div class="brand-text"><p class="brand-up">UBND TỈNH HÀ TĨNH</p>'
        '<p class="brand-main">SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></div></a></div>'
        '<div class="col-md-4 col-sm-4"><form class="search-top" action="/tim-kiem" method="get"'
        ' role="search"><div class="input-group"><input type="text" name="tukhoa" class="form-control"'
        ' placeholder="Nhập từ khóa tìm kiếm..." /><span class="input-group-btn">'
        '<button class="btn btn-default" type="submit"><i class="fa fa-search"></i></button></span>'
        "</div></form></div></div></div></header>\n" + _menu()
    )


def _panel(title: str, body: str, cls: str, more: str = "") -> str:
    link = f'<a href="{more}" class="pull-right view-all">Xem tất cả</a>' if more else ""
    return (
        f'<div class="panel panel-default {cls}"><div class="panel-heading">'
        f'<h3 class="panel-title"><i class="fa fa-bookmark"></i> {title}</h3>{link}</div>'
        f'<div class="panel-body">{body}</div></div>\n'
    )


def _sidebar() -> str:
    latest = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a>'
        f' <span class="date">({_dmy(s.opts["when"])})</span></li>'
        for s in _LATEST[:5]
    )
    docs = "".join(
        f'<li><a href="{d.path}"><strong>{d.number}</strong></a>'
        f'<p class="trich-yeu">{esc(d.abstract)}</p></li>'
        for d in DOCS[:4]
    )
    banners = (
        '<a href="https://dichvucong.hatinh.gov.vn" target="_blank"><img src="/Uploads/banner/dich-vu-cong.png"'
        ' alt="Dịch vụ công trực tuyến" class="img-responsive" /></a>'
        '<a href="/lich-cong-tac"><img src="/Uploads/banner/lich-cong-tac.png" alt="Lịch công tác"'
        ' class="img-responsive" /></a>'
        '<a href="/thu-tuc-hanh-chinh"><img src="/Uploads/banner/thu-tuc-hanh-chinh.png" alt="Thủ tục hành chính"'
        ' class="img-responsive" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img src="/Uploads/banner/csdl-nganh.png"'
        ' alt="Cơ sở dữ liệu ngành" class="img-responsive" /></a>'
    )
    albums = "".join(
        f'<div class="col-xs-6"><a href="{a.path}" class="thumbnail"><img src="{UP}/{a.photos[0][0]}"'
        f' alt="{esc(a.title)}" /></a></div>'
        for a in ALBUMS
    )
    links = (
        '<select class="form-control" onchange="if(this.value) window.open(this.value)">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn">Báo Hà Tĩnh</option></select>'
    )
    counter = (
        '<ul class="list-unstyled counter">'
        '<li><i class="fa fa-circle text-success"></i> Đang online: <b>42</b></li>'
        "<li>Hôm nay: <b>1.587</b></li><li>Hôm qua: <b>2.203</b></li>"
        "<li>Tổng lượt truy cập: <b>4.812.356</b></li></ul>"
    )
    return (
        '<aside class="sidebar">'
        + _panel(
            "Tin mới nhất", f'<ul class="list-unstyled list-latest">{latest}</ul>', "box-latest"
        )
        + _panel(
            "Văn bản chỉ đạo",
            f'<ul class="list-unstyled list-vb">{docs}</ul>',
            "box-vb",
            "/van-ban-chi-dao",
        )
        + f'<div class="banner-right">{banners}</div>'
        + _panel("Thư viện ảnh", f'<div class="row">{albums}</div>', "box-album", "/thu-vien-anh")
        + _panel("Liên kết website", links, "box-links")
        + _panel("Thống kê truy cập", counter, "box-counter")
        + "</aside>"
    )


def _footer() -> str:
    return (
        '<footer id="footer"><div class="container"><div class="row">'
        '<div class="col-md-7 footer-info">'
        f'<p class="footer-title">{SITE.upper()}</p>'
        '<p><i class="fa fa-map-marker"></i> Địa chỉ: Số 23 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>'
        '<p><i class="fa fa-phone"></i> Điện thoại: 0239.3855.125 - Fax: 0239.3856.231</p>'
        '<p><i class="fa fa-headphones"></i> Đường dây nóng: 0239.3856.118</p>'
        '<p><i class="fa fa-envelope"></i> Email: vanphong@hatinh.edu.vn</p></div>'
        '<div class="col-md-5 footer-right">'
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Giấy phép số 18/GP-STTTT ngày 06/5/2020 của Sở Thông tin và Truyền thông Hà Tĩnh</p>"
        "<p>Ghi rõ nguồn &quot;Sở GD&amp;ĐT Hà Tĩnh&quot; khi phát hành lại thông tin từ website này.</p>"
        '<p class="copyright">© 2020 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Hà Tĩnh. Thiết kế bởi'
        ' <a href="http://honglamsoft.vn" target="_blank">Công ty TNHH Phần mềm Hồng Lam</a></p>'
        "</div></div></div></footer>\n"
        '<a href="#" id="back-to-top" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>'
    )


def _breadcrumb(trail: list[tuple[str, str | None]]) -> str:
    items = ['<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
    for i, (label, href) in enumerate(trail):
        last = i == len(trail) - 1
        cls = ' class="active"' if last else ""
        inner = f'<a href="{href}">{label}</a>' if href else label
        items.append(f"<li{cls}>{inner}</li>")
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


def _cat_trail(cat: Cat, link_last: bool) -> list[tuple[str, str | None]]:
    trail: list[tuple[str, str | None]] = []
    if cat.parent:
        parent = CAT_BY_ID[cat.parent]
        trail.append((parent.name, parent.path))
    trail.append((cat.name, cat.path if link_last else None))
    return trail


def _layout(
    request: Request,
    title: str,
    main: str,
    *,
    head: str = "",
    crumbs: str = "",
    scripts: str = "",
    body_class: str = "",
    sidebar: bool = True,
) -> str:
    if sidebar:
        content = (
            f'<div class="row"><div class="col-md-8 col-sm-12 main-col">{main}</div>\n'
            f'<div class="col-md-4 col-sm-12 side-col">{_sidebar()}</div></div>'
        )
    else:
        content = main
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <title>{title}</title>
    {head}
    <link rel="shortcut icon" href="/favicon.ico" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/font-awesome/css/font-awesome.min.css" />
    <link rel="stylesheet" href="/css/site.min.css?v={CSS_V}" />
</head>
<body class="{body_class}">
{_header(request)}
<div class="container" id="main-container">
{crumbs}
{content}
</div>
{_footer()}
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.min.js"></script>
<script src="/js/site.min.js?v={JS_V}"></script>
{scripts}
</body>
</html>
"""


def _page(body: str, status: int = 200, cookie: bool = False) -> Response:
    headers = {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET"}
    if cookie:
        headers["Set-Cookie"] = (
            ".AspNetCore.Antiforgery.9fXoN3GRk0o="
            + _token("cookie")[:120]
            + "; path=/; samesite=strict; httponly"
        )
    return html(body, status=status, headers=headers)


# --- rendering: pages --------------------------------------------------------------------------


def _attachments(s: Story) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    items = "".join(
        f'<li class="list-group-item"><i class="fa fa-file-{"pdf" if href.endswith(".pdf") else "word"}-o"></i>'
        f' <a href="{href}" target="_blank">{esc(label)}</a> <span class="badge">{size}</span></li>'
        for label, href, size in files
    )
    return (
        '<div class="panel panel-default detail-attachments"><div class="panel-heading">'
        '<i class="fa fa-paperclip"></i> Văn bản đính kèm</div>'
        f'<ul class="list-group">{items}</ul></div>\n'
    )


def _tags(s: Story) -> str:
    tags = s.opts.get("tags") or []
    links = ", ".join(f'<a href="/tim-kiem?tag={t}">{_t(TAGS[t])}</a>' for t in tags)
    return (
        f'<div class="detail-tags"><i class="fa fa-tags"></i> Từ khóa: {links}</div>\n'
        if tags
        else ""
    )


def _tools(s: Story, canonical: str) -> str:
    url = quote(canonical, safe="")
    return (
        '<div class="detail-tools clearfix">'
        '<a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="fa fa-print"></i> In bài</a> '
        f'<a href="mailto:?subject={quote(s.title)}&amp;body={url}" class="btn btn-default btn-xs">'
        '<i class="fa fa-envelope"></i> Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="btn btn-primary btn-xs">'
        '<i class="fa fa-facebook"></i> Chia sẻ</a> '
        f'<div class="zalo-share-button" data-href="{esc(canonical)}" data-oaid="579745863508352884"'
        ' data-layout="1" data-color="blue" data-customize="false"></div>'
        '<a href="javascript:history.back()" class="pull-right back-link"><i class="fa fa-reply"></i> Quay lại</a>'
        "</div>\n"
    )


def _comments(s: Story) -> str:
    listed = "".join(
        f'<div class="comment-item"><p class="comment-head"><strong>{esc(name)}</strong>'
        f' <span class="comment-time">{when}</span></p><p class="comment-body">{esc(body)}</p></div>'
        for name, when, body in s.opts.get("comments", [])
    )
    listed = f'<div class="comment-list">{listed}</div>' if listed else ""
    return (
        '<div class="box-comment" id="binh-luan"><h3 class="box-title"><span>Ý kiến bạn đọc</span></h3>'
        f"{listed}"
        '<form action="/BinhLuan/Gui" method="post" class="form-comment" id="frmBinhLuan">'
        f'<input type="hidden" name="TinTucId" value="{s.id}" />'
        '<div class="form-group"><textarea name="NoiDung" class="form-control" rows="4"'
        ' placeholder="Nội dung ý kiến (tối thiểu 20 ký tự)"></textarea></div>'
        '<div class="row"><div class="col-sm-6 form-group"><input type="text" name="HoTen"'
        ' class="form-control" placeholder="Họ và tên" /></div><div class="col-sm-6 form-group">'
        '<input type="email" name="Email" class="form-control" placeholder="Email" /></div></div>'
        '<p class="help-block">Ý kiến của bạn sẽ được biên tập trước khi đăng.</p>'
        '<button type="submit" class="btn btn-primary">Gửi ý kiến</button>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token(str(s.id))}" /></form></div>\n'
    )


def _other_news(s: Story) -> str:
    others = [o for o in _LATEST if o.cat == s.cat and o.id != s.id][:5]
    if not others:
        return ""
    lis = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{article_path(o)}">{_t(o.title)}</a>'
        f' <span class="text-muted">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return (
        '<div class="box-other-news"><h3 class="box-title"><span>Các tin khác</span></h3>'
        f'<ul class="list-unstyled other-news">{lis}</ul></div>\n'
    )


def _article(s: Story, request: Request) -> Response:
    base = base_url(request)
    canonical = base + article_path(s)
    cat = CATS[s.cat]
    first_img = s.images[0].src if s.images else "/images/og-default.jpg"
    head = (
        f'<meta name="description" content="{esc(_excerpt(s))}" />\n'
        f'    <meta property="og:type" content="article" />\n'
        f'    <meta property="og:title" content="{esc(s.title)}" />\n'
        f'    <meta property="og:description" content="{esc(_excerpt(s))}" />\n'
        f'    <meta property="og:image" content="{base}{first_img}" />\n'
        f'    <meta property="og:url" content="{canonical}" />\n'
        f'    <meta property="article:published_time" content="{s.opts["when"]:%Y-%m-%dT%H:%M:%S}" />\n'
        f'    <link rel="canonical" href="{canonical}" />'
    )
    summary = (
        f'<div class="detail-summary"><strong>{_t(s.summary)}</strong></div>\n'
        if s.summary and s.sapo_outside
        else ""
    )
    main = (
        f'<div class="news-detail" id="news-detail-{s.id}">\n'
        f'<h1 class="detail-title">{_t(s.title)}</h1>\n'
        '<div class="detail-meta clearfix">'
        f'<span class="detail-time"><i class="fa fa-clock-o"></i> {_date_line(s)}</span>'
        f'<span class="detail-views"><i class="fa fa-eye"></i> Lượt xem: {_num(s.views())}</span>'
        '<span class="detail-font pull-right">Cỡ chữ: <a href="javascript:void(0)" class="font-down">A-</a>'
        ' <a href="javascript:void(0)" class="font-up">A+</a></span></div>\n'
        f"{summary}"
        f'<div class="detail-content" id="divContent">\n{_body_html(s)}\n</div>\n'
        f"{_attachments(s)}{_tags(s)}{_tools(s, canonical)}</div>\n"
        f"{_comments(s)}{_other_news(s)}"
    )
    crumbs = _breadcrumb(_cat_trail(cat, link_last=True))
    fb = (
        '<div id="fb-root"></div><script async defer crossorigin="anonymous"'
        ' src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v12.0"></script>'
        '<script src="https://sp.zalo.me/plugins/sdk.js"></script>'
    )
    body = _layout(
        request, f"{esc(s.title)} - {esc(SHORT)}", main, head=head, crumbs=crumbs, scripts=fb,
        body_class="page-detail",
    )  # fmt: skip
    return _page(body, cookie=True)


def _soft_404(request: Request) -> Response:
    main = (
        '<div class="alert alert-warning notfound"><h4><i class="fa fa-exclamation-triangle"></i>'
        " Thông báo</h4><p>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>"
        '<p><a href="/" class="btn btn-default btn-sm">Về trang chủ</a></p></div>'
    )
    return _page(_layout(request, f"Thông báo - {esc(SHORT)}", main, body_class="page-detail"))


def _error(request: Request, code: int) -> Response:
    if code == 404:
        msg = (
            "<h2>404</h2><p>Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>"
        )
    else:
        msg = (
            "<h2>Lỗi</h2><p>Đã xảy ra lỗi trong quá trình xử lý yêu cầu. Vui lòng thử lại sau.</p>"
        )
    main = f'<div class="error-page text-center">{msg}<p><a href="/">Về trang chủ</a></p></div>'
    return _page(_layout(request, f"Lỗi - {esc(SHORT)}", main, sidebar=False), status=code)


def _media_item(s: Story) -> str:
    thumb = s.images[0].src.replace("/images/", "/thumbs/") if s.images else "/images/no-image.png"
    return (
        '<div class="media news-item">'
        f'<a class="media-left" href="{article_path(s)}"><img class="media-object" src="{thumb}"'
        f' alt="{esc(s.title)}" width="200" height="133" /></a>'
        f'<div class="media-body"><h4 class="media-heading"><a href="{article_path(s)}">{_t(s.title)}</a></h4>'
        f'<p class="news-date"><i class="fa fa-calendar"></i> {_dmy(s.opts["when"])}</p>'
        f'<p class="news-sapo">{_t(_excerpt(s))}</p></div></div>\n'
    )


def _pager(path: str, page: int, pages: int, extra: str = "") -> str:
    """X.PagedList.Mvc.Core's default pager (Bootstrap 3 markup)."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return f"{path}?{extra + '&amp;' if extra else ''}page={n}"

    lis = []
    if page > 2:
        lis.append(f'<li class="PagedList-skipToFirst"><a href="{href(1)}">««</a></li>')
    if page > 1:
        lis.append(
            f'<li class="PagedList-skipToPrevious"><a href="{href(page - 1)}" rel="prev">«</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><span>{n}</span></li>')
        else:
            lis.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(
            f'<li class="PagedList-skipToNext"><a href="{href(page + 1)}" rel="next">»</a></li>'
        )
    if page < pages - 1:
        lis.append(f'<li class="PagedList-skipToLast"><a href="{href(pages)}">»»</a></li>')
    return f'<div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div>\n'


_LOADMORE_JS = """<script>
    $(function () {
        $('#btnXemThem').on('click', function () {
            var btn = $(this), skip = parseInt(btn.data('skip'), 10);
            $.getJSON('/api/news', { catId: btn.data('catid'), skip: skip, take: TAKE }, function (data) {
                $.each(data, function (i, item) {
                    $('#listNews').append('<div class="media news-item"><div class="media-body"><h4 class="media-heading"><a href="' + item.url + '">' + item.title + '</a></h4><p class="news-date">' + item.publishedDateText + '</p></div></div>');
                });
                if (data.length < TAKE) { btn.hide(); } else { btn.data('skip', skip + data.length); }
            });
        });
    });
</script>""".replace("TAKE", str(TAKE))


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(1, int(params.get("page", "1")))
    except ValueError:
        return 1


def _listing(cat: Cat, request: Request) -> Response:
    stories = in_cat(cat)
    page = _page_no(request.params)
    pages = _pages(len(stories), PER_PAGE)
    shown = stories[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(_media_item(s) for s in shown) or (
        '<p class="alert alert-info">Chưa có tin bài trong chuyên mục này.</p>'
    )
    subs = [c for c in CATS.values() if c.parent == cat.id]
    tabs = (
        '<ul class="nav nav-pills sub-cats">'
        + "".join(f'<li><a href="{c.path}">{c.name}</a></li>' for c in subs)
        + "</ul>"
        if subs
        else ""
    )
    more = (
        f'<div class="text-center load-more"><button type="button" id="btnXemThem" class="btn btn-default"'
        f' data-catid="{cat.id}" data-skip="{page * PER_PAGE}">Xem thêm <i class="fa fa-angle-double-down"></i>'
        "</button></div>\n"
        if page < pages
        else ""
    )
    main = (
        f'<div class="box-category"><h1 class="category-title"><span>{cat.name}</span></h1>{tabs}\n'
        f'<div class="list-news" id="listNews">\n{items}</div>\n'
        f"{_pager(cat.path, page, pages)}{more}</div>"
    )
    crumbs = _breadcrumb(_cat_trail(cat, link_last=False))
    title = f"{cat.name} - {esc(SHORT)}" + (f" - Trang {page}" if page > 1 else "")
    return _page(
        _layout(
            request, title, main, crumbs=crumbs, scripts=_LOADMORE_JS, body_class="page-category"
        )
    )


def _stj(value: object) -> str:
    """System.Text.Json's default output: compact, non-ASCII and HTML-sensitive characters escaped."""
    raw = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(f"\\u{ord(ch):04X}" if ord(ch) > 126 or ch in "<>&'+`" else ch for ch in raw)


def _api_news(request: Request) -> Response:
    params = request.params
    try:
        cat = CAT_BY_ID[int(params.get("catId", ""))]
        skip = max(0, int(params.get("skip", "0")))
        take = min(20, max(1, int(params.get("take", str(TAKE)))))
    except (KeyError, ValueError):
        return Response(400, _stj({"title": "Bad Request", "status": 400}),
                        {"Content-Type": "application/problem+json; charset=utf-8"})  # fmt: skip
    items = [
        {
            "id": s.id,
            "title": s.title,
            "summary": _excerpt(s),
            "url": article_path(s),
            "image": s.images[0].src if s.images else None,
            "publishedDate": f"{s.opts['when']:%Y-%m-%dT%H:%M:%S}",
            "publishedDateText": _dmy(s.opts["when"]),
            "viewCount": s.views(),
        }
        for s in in_cat(cat)[skip : skip + take]
    ]
    return Response(200, _stj(items), {"Content-Type": "application/json; charset=utf-8"})


def _home(request: Request) -> Response:
    hot = [s for s in _LATEST if s.opts.get("hot")]
    indicators = "".join(
        f'<li data-target="#slider-home" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>'
        for i in range(len(hot))
    )
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{legacy_path(s)}">'
        f'<img src="{UP}/slide/{s.id}.jpg" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{legacy_path(s)}">{_t(s.title)}</a></h3></div></div>'
        for i, s in enumerate(hot)
    )
    carousel = (
        '<div id="slider-home" class="carousel slide" data-ride="carousel">'
        f'<ol class="carousel-indicators">{indicators}</ol>'
        f'<div class="carousel-inner" role="listbox">{slides}</div>'
        '<a class="left carousel-control" href="#slider-home" role="button" data-slide="prev">'
        '<span class="glyphicon glyphicon-chevron-left"></span></a>'
        '<a class="right carousel-control" href="#slider-home" role="button" data-slide="next">'
        '<span class="glyphicon glyphicon-chevron-right"></span></a></div>'
    )
    notices = "".join(
        f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">({_dmy(s.opts["when"])})</span></li>'
        for s in in_cat(CATS["thong-bao"])[:3]
    )
    notice_box = _panel(
        "Thông báo",
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"'
        f' height="260"><ul class="list-unstyled list-notice">{notices}</ul></marquee>',
        "box-notice",
        CATS["thong-bao"].path,
    )

    def cat_box(slug: str) -> str:
        cat = CATS[slug]
        stories = in_cat(cat)
        lead, rest = stories[0], stories[1:4]
        lead_html = (
            '<div class="media lead-news">'
            + (
                f'<a class="media-left" href="{article_path(lead)}"><img class="media-object"'
                f' src="{lead.images[0].src.replace("/images/", "/thumbs/")}" width="240" alt="" /></a>'
                if lead.images
                else ""
            )
            + f'<div class="media-body"><h4><a href="{article_path(lead)}">{_t(lead.title)}</a></h4>'
            f"<p>{_t(_excerpt(lead))}</p></div></div>"
        )
        lis = "".join(
            f'<li><a href="{article_path(s)}">{_t(s.title)}</a> <span class="date">({_dmy(s.opts["when"])})</span></li>'
            for s in rest
        )
        return _panel(
            cat.name,
            lead_html + f'<ul class="list-unstyled list-cat">{lis}</ul>',
            f"box-cat box-cat-{cat.id}",
            cat.path,
        )

    docs = "".join(
        f'<tr><td><a href="{d.path}">{d.number}</a></td><td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td></tr>'
        for d in DOCS[:4]
    )
    doc_box = _panel(
        "Văn bản chỉ đạo",
        '<table class="table table-condensed table-striped"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th></tr></thead><tbody>{docs}</tbody></table>",
        "box-vb-home",
        "/van-ban-chi-dao",
    )
    main = (
        f'<div class="row home-top"><div class="col-md-8">{carousel}</div>'
        f'<div class="col-md-4">{notice_box}</div></div>\n'
        f'<div class="row"><div class="col-md-8 main-col">{cat_box("hoat-dong-nganh")}{cat_box("tin-cac-don-vi")}{doc_box}'
        '<div class="home-quick row">'
        '<div class="col-sm-6"><a class="btn btn-block btn-info" href="/lich-cong-tac"><i class="fa fa-calendar"></i> Lịch công tác tuần</a></div>'
        '<div class="col-sm-6"><a class="btn btn-block btn-success" href="/thu-tuc-hanh-chinh"><i class="fa fa-folder-open"></i> Thủ tục hành chính</a></div>'
        "</div></div>\n"
        f'<div class="col-md-4 side-col">{_sidebar()}</div></div>'
    )  # fmt: skip
    head = (
        f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}" />\n'
        f'    <link rel="canonical" href="{base_url(request)}/" />'
    )
    return _page(
        _layout(request, esc(SITE), main, head=head, body_class="page-home", sidebar=False)
    )


def _search(request: Request) -> Response:
    params = request.params
    tag = params.get("tag", "").strip()
    words = params.get("tukhoa", "").strip()
    if tag:
        label = TAGS.get(tag, tag)
        found = [s for s in _LATEST if tag in s.opts.get("tags", [])]
        heading = f"Từ khóa: {_t(label)}"
    else:
        label = words
        low = unicodedata.normalize("NFC", words).lower()
        found = [
            s for s in _LATEST if low and (low in s.title.lower() or low in _excerpt(s).lower())
        ]
        heading = "Kết quả tìm kiếm"
    info = (
        f'<p class="search-info">Tìm thấy <b>{len(found)}</b> kết quả với từ khóa “{_t(label)}”</p>'
        if (tag or words)
        else '<p class="search-info">Vui lòng nhập từ khóa tìm kiếm.</p>'
    )
    items = "".join(_media_item(s) for s in found)
    main = (
        f'<div class="box-category box-search"><h1 class="category-title"><span>{heading}</span></h1>'
        f'{info}<div class="list-news">{items}</div></div>'
    )
    crumbs = _breadcrumb([("Tìm kiếm", None)])
    return _page(_layout(request, f"Tìm kiếm - {esc(SHORT)}", main, crumbs=crumbs))


def _vb_list(request: Request) -> Response:
    params = request.params
    words = params.get("tukhoa", "").strip().lower()
    try:
        kind = int(params.get("loaiVb", "0") or "0")
    except ValueError:
        kind = 0
    docs = [
        d
        for d in DOCS
        if (kind == 0 or d.kind == kind)
        and (not words or words in d.number.lower() or words in d.abstract.lower())
    ]
    page = _page_no(params)
    pages = _pages(len(docs), DOCS_PER_PAGE)
    shown = docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    rows = (
        "".join(
            f'<tr><td class="text-center">{(page - 1) * DOCS_PER_PAGE + i + 1}</td>'
            f'<td><a href="{d.path}">{d.number}</a></td><td>{_dmy(d.issued)}</td>'
            f'<td><a href="{d.path}">{esc(d.abstract)}</a></td>'
            f'<td class="text-center"><a href="{d.file}" title="Tải về"><i class="fa fa-download"></i></a></td></tr>'
            for i, d in enumerate(shown)
        )
        or '<tr><td colspan="5" class="text-center">Không có dữ liệu</td></tr>'
    )
    options = "".join(
        f'<option value="{k}"{" selected" if k == kind else ""}>{v}</option>'
        for k, v in {0: "-- Loại văn bản --", **DOC_KINDS}.items()
    )
    form = (
        '<form class="form-inline vb-filter" action="/van-ban-chi-dao" method="get">'
        f'<input type="text" name="tukhoa" class="form-control" value="{esc(params.get("tukhoa", ""))}"'
        ' placeholder="Số ký hiệu, trích yếu..." /> '
        f'<select name="loaiVb" class="form-control">{options}</select> '
        '<button type="submit" class="btn btn-primary"><i class="fa fa-search"></i> Tìm kiếm</button></form>'
    )
    extra = f"tukhoa={quote(params.get('tukhoa', ''))}&amp;loaiVb={kind}"
    main = (
        '<div class="box-category box-vanban"><h1 class="category-title"><span>Văn bản chỉ đạo</span></h1>'
        f"{form}"
        '<table class="table table-bordered table-striped table-hover vb-table"><thead><tr><th>STT</th>'
        "<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{_pager('/van-ban-chi-dao', page, pages, extra)}</div>"
    )
    crumbs = _breadcrumb([("Văn bản chỉ đạo", None)])
    return _page(_layout(request, f"Văn bản chỉ đạo - {esc(SHORT)}", main, crumbs=crumbs))


def _field_table(rows: list[tuple[str, str]]) -> str:
    trs = "".join(f'<tr><th class="col-sm-3">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'<table class="table table-bordered record-table"><tbody>{trs}</tbody></table>'


def _vb_detail(d: Doc, request: Request) -> Response:
    name = d.file.rsplit("/", 1)[1]
    table = _field_table([
        ("Số ký hiệu", d.number),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Ngày hiệu lực", _dmy(d.issued)),
        ("Loại văn bản", DOC_KINDS[d.kind]),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", d.signer),
        ("Trích yếu", esc(d.abstract)),
        ("Tệp đính kèm", f'<i class="fa fa-file-pdf-o"></i> <a href="{d.file}" target="_blank">{name}</a>'),
    ])  # fmt: skip
    main = (
        '<div class="record-detail vb-detail"><h1 class="record-title">Chi tiết văn bản</h1>'
        f'{table}<p><a href="/van-ban-chi-dao" class="btn btn-default btn-sm"><i class="fa fa-reply"></i>'
        " Danh sách văn bản</a></p></div>"
    )
    crumbs = _breadcrumb([("Văn bản chỉ đạo", "/van-ban-chi-dao"), (d.number, None)])
    return _page(_layout(request, f"{d.number} - {esc(SHORT)}", main, crumbs=crumbs))


def _tthc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td class="text-center">{i + 1}</td><td>{p.code}</td>'
        f'<td><a href="/thu-tuc-hanh-chinh/{p.slug}-t{p.id}.html">{p.name}</a></td>'
        f"<td>{_FIELD}</td><td>{p.level}</td></tr>"
        for i, p in enumerate(PROCEDURES)
    )
    main = (
        '<div class="box-category box-tthc"><h1 class="category-title"><span>Thủ tục hành chính</span></h1>'
        "<p>Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Giáo dục và Đào tạo."
        ' Tra cứu và nộp hồ sơ trực tuyến tại <a href="https://dichvucong.hatinh.gov.vn" target="_blank">'
        "Cổng Dịch vụ công tỉnh</a>.</p>"
        '<table class="table table-bordered table-hover"><thead><tr><th>STT</th><th>Mã thủ tục</th>'
        "<th>Tên thủ tục</th><th>Lĩnh vực</th><th>Dịch vụ công trực tuyến</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    crumbs = _breadcrumb([("Thủ tục hành chính", None)])
    return _page(_layout(request, f"Thủ tục hành chính - {esc(SHORT)}", main, crumbs=crumbs))


def _tthc_detail(p: Procedure, request: Request) -> Response:
    def paras(lines: tuple[str, ...]) -> str:
        return "".join(f"<p>{esc(x)}</p>" for x in lines)

    table = _field_table([
        ("Mã thủ tục", p.code),
        ("Tên thủ tục", esc(p.name)),
        ("Lĩnh vực", _FIELD),
        ("Cơ quan thực hiện", "Sở Giáo dục và Đào tạo"),
        ("Cách thức thực hiện", "Trực tiếp; trực tuyến; qua dịch vụ bưu chính công ích"),
        ("Trình tự thực hiện", paras(p.steps)),
        ("Thành phần hồ sơ", paras(p.dossier)),
        ("Thời hạn giải quyết", esc(p.deadline)),
        ("Phí, lệ phí", esc(p.fee)),
        ("Căn cứ pháp lý", esc(p.basis)),
        ("Mức độ dịch vụ công", p.level),
    ])  # fmt: skip
    main = (
        f'<div class="record-detail tthc-detail"><h1 class="record-title">{esc(p.name)}</h1>{table}'
        '<p><a href="https://dichvucong.hatinh.gov.vn" class="btn btn-success" target="_blank">'
        'Nộp hồ sơ trực tuyến</a> <a href="/thu-tuc-hanh-chinh" class="btn btn-default">Quay lại</a></p></div>'
    )
    crumbs = _breadcrumb([("Thủ tục hành chính", "/thu-tuc-hanh-chinh"), (esc(p.name), None)])
    return _page(_layout(request, f"{esc(p.name)} - {esc(SHORT)}", main, crumbs=crumbs))


def week_monday(week: int) -> date:
    """Monday of week N as the vendor computes it: no year, no bounds (OverflowError outside)."""
    return WEEK1_MONDAY + timedelta(days=7 * (week - 1))


def _calendar(request: Request) -> Response:
    raw = request.params.get("week", "")
    try:
        week = int(raw) if raw else CURRENT_WEEK
    except ValueError:
        week = CURRENT_WEEK
    try:
        monday = week_monday(week)
        sunday = monday + timedelta(days=6)
    except OverflowError:
        return _error(request, 500)
    entries = CALENDAR.get(week, [])
    if entries:
        rows = []
        for wd, session, hour, what, who, where in entries:
            day = monday + timedelta(days=wd)
            rows.append(
                f"<tr><td><strong>{WEEKDAYS[wd]}</strong><br />{_dmy(day)}</td><td>{session}</td>"
                f"<td>{hour}</td><td>{esc(what)}</td><td>{esc(who)}</td><td>{esc(where)}</td></tr>"
            )
        body = "".join(rows)
    else:
        body = '<tr><td colspan="6" class="text-center">Chưa có lịch công tác tuần này.</td></tr>'
    nav = (
        '<div class="lct-nav clearfix">'
        f'<a href="/lich-cong-tac?week={week - 1}" class="btn btn-default btn-sm pull-left">'
        '<i class="fa fa-chevron-left"></i> Tuần trước</a>'
        f'<a href="/lich-cong-tac?week={week + 1}" class="btn btn-default btn-sm pull-right">'
        'Tuần sau <i class="fa fa-chevron-right"></i></a>'
        f'<div class="text-center"><strong>Tuần {week} (Từ ngày {_dmy(monday)} đến ngày {_dmy(sunday)})'
        '</strong> <a href="/lich-cong-tac" class="small">[Tuần hiện tại]</a></div></div>'
    )
    main = (
        '<div class="box-category box-lct"><h1 class="category-title"><span>Lịch công tác</span></h1>'
        f"{nav}"
        '<table class="table table-bordered lct-table"><thead><tr><th>Thứ/Ngày</th><th>Buổi</th><th>Giờ</th>'
        "<th>Nội dung</th><th>Chủ trì</th><th>Địa điểm</th></tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )
    crumbs = _breadcrumb([("Lịch công tác", None)])
    return _page(_layout(request, f"Lịch công tác tuần {week} - {esc(SHORT)}", main, crumbs=crumbs))


def _static(pid: int, request: Request) -> Response:
    _, title, inner = STATIC[pid]
    main = (
        f'<div class="static-page"><h1 class="page-title">{title}</h1>'
        f'<div class="static-content">{inner}</div></div>'
    )
    crumbs = _breadcrumb([("Giới thiệu", None), (title, None)])
    return _page(_layout(request, f"{title} - {esc(SHORT)}", main, crumbs=crumbs))


def _contact(request: Request) -> Response:
    if request.method == "POST":
        note = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Chúng tôi sẽ phản hồi sớm nhất.</div>'
    else:
        note = ""
    main = (
        f'<div class="contact-page"><h1 class="page-title">Liên hệ</h1>{note}'
        f"<p><strong>{SITE.upper()}</strong></p>"
        "<p>Địa chỉ: Số 23 đường Hà Huy Tập, phường Thành Sen, tỉnh Hà Tĩnh</p>"
        "<p>Điện thoại: 0239.3855.125 - Đường dây nóng: 0239.3856.118</p>"
        "<p>Email: vanphong@hatinh.edu.vn</p>"
        '<form action="/lien-he" method="post" class="form-horizontal contact-form">'
        '<div class="form-group"><label class="col-sm-3 control-label">Họ và tên <span class="text-danger">*</span></label>'
        '<div class="col-sm-9"><input type="text" name="HoTen" class="form-control" /></div></div>'
        '<div class="form-group"><label class="col-sm-3 control-label">Email</label>'
        '<div class="col-sm-9"><input type="email" name="Email" class="form-control" /></div></div>'
        '<div class="form-group"><label class="col-sm-3 control-label">Tiêu đề</label>'
        '<div class="col-sm-9"><input type="text" name="TieuDe" class="form-control" /></div></div>'
        '<div class="form-group"><label class="col-sm-3 control-label">Nội dung <span class="text-danger">*</span></label>'
        '<div class="col-sm-9"><textarea name="NoiDung" rows="5" class="form-control"></textarea></div></div>'
        '<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">Gửi liên hệ</button></div></div>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token("lien-he")}" /></form>'
        '<div class="map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3792.1!2d105.9!3d18.34"'
        ' width="100%" height="300" style="border:0" allowfullscreen loading="lazy"></iframe></div></div>'
    )  # fmt: skip
    crumbs = _breadcrumb([("Liên hệ", None)])
    return _page(_layout(request, f"Liên hệ - {esc(SHORT)}", main, crumbs=crumbs), cookie=True)


def _albums(request: Request) -> Response:
    cards = "".join(
        f'<div class="col-sm-6"><div class="thumbnail album-card"><a href="{a.path}">'
        f'<img src="{UP}/{a.photos[0][0]}" alt="{esc(a.title)}" /></a><div class="caption">'
        f'<h4><a href="{a.path}">{esc(a.title)}</a></h4><p>{len(a.photos)} ảnh</p></div></div></div>'
        for a in ALBUMS
    )
    main = (
        '<div class="box-category"><h1 class="category-title"><span>Thư viện ảnh</span></h1>'
        f'<div class="row">{cards}</div></div>'
    )
    crumbs = _breadcrumb([("Thư viện ảnh", None)])
    return _page(_layout(request, f"Thư viện ảnh - {esc(SHORT)}", main, crumbs=crumbs))


def _album(a: Album, request: Request) -> Response:
    photos = "".join(
        f'<div class="col-sm-4 col-xs-6"><a href="{UP}/{src}" class="thumbnail" data-lightbox="album-{a.id}"'
        f' data-title="{esc(cap)}"><img src="{UP}/{src}" alt="{esc(cap)}" /></a>'
        f'<p class="album-caption">{esc(cap)}</p></div>'
        for src, cap in a.photos
    )
    main = (
        f'<div class="album-detail"><h1 class="page-title">{esc(a.title)}</h1>'
        f'<p class="text-muted">Số ảnh: {len(a.photos)}</p><div class="row">{photos}</div></div>'
    )
    crumbs = _breadcrumb([("Thư viện ảnh", "/thu-vien-anh"), (esc(a.title), None)])
    return _page(_layout(request, f"{esc(a.title)} - {esc(SHORT)}", main, crumbs=crumbs))


def _login(request: Request) -> Response:
    main = (
        '<div class="login-box"><h1 class="page-title">Đăng nhập hệ thống</h1>'
        '<form action="/Account/Login" method="post">'
        f'<input type="hidden" name="ReturnUrl" value="{esc(request.params.get("ReturnUrl", "/"))}" />'
        '<div class="form-group"><label>Tên đăng nhập</label><input type="text" name="UserName" class="form-control" /></div>'
        '<div class="form-group"><label>Mật khẩu</label><input type="password" name="Password" class="form-control" /></div>'
        '<div class="checkbox"><label><input type="checkbox" name="RememberMe" value="true" /> Ghi nhớ</label></div>'
        '<button type="submit" class="btn btn-primary">Đăng nhập</button>'
        f'<input name="__RequestVerificationToken" type="hidden" value="{_token("login")}" /></form></div>'
    )  # fmt: skip
    return _page(_layout(request, f"Đăng nhập - {esc(SHORT)}", main, sidebar=False), cookie=True)


def _sitemap(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(
        f"<url><loc>{base}{article_path(_BY_ID[i])}</loc>"
        f"<lastmod>{_BY_ID[i].opts['when']:%Y-%m-%d}</lastmod>"
        "<changefreq>daily</changefreq><priority>0.8</priority></url>"
        for i in SITEMAP_IDS
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    )
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


def _robots(request: Request) -> Response:
    body = (
        "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\n\n"
        f"Sitemap: {base_url(request)}/sitemap.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})


_KNOWN_FILES = {href for s in STORIES for _, href, _ in s.opts.get("files", [])} | {
    d.file for d in DOCS
}
_ARTICLE = re.compile(r"/tin-tuc/[a-z0-9-]+-n(\d+)\.html")
_CATEGORY = re.compile(r"/tin-tuc/[a-z0-9-]+-c(\d+)")


class AspNetCoreVendorSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        low = path.lower()
        if low.endswith((".pdf", ".docx")):
            if path in _KNOWN_FILES:
                ctype = (
                    "application/pdf"
                    if low.endswith(".pdf")
                    else ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                )
                return Response(200, PDF, {"Content-Type": ctype})
            return _error(request, 404)
        if low.startswith(("/uploads/", "/lib/", "/css/", "/js/", "/images/", "/favicon")):
            return static_file(path) or _error(request, 404)
        if path == "/":
            return _home(request)
        if path == "/robots.txt":
            return _robots(request)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if low == "/api/news":
            return _api_news(request)
        if m := _ARTICLE.fullmatch(path):
            s = _BY_ID.get(int(m.group(1)))
            return _article(s, request) if s else _error(request, 404)
        if m := _CATEGORY.fullmatch(path):
            cat = CAT_BY_ID.get(int(m.group(1)))
            return _listing(cat, request) if cat else _error(request, 404)
        if low == "/Home/Detail".lower():  # (written so: a lowercase literal reads as a home directory)
            try:
                s = _BY_ID.get(int(params.get("id", "")))
            except ValueError:
                s = None
            return _article(s, request) if s else _soft_404(request)
        if low == "/Home/Index".lower():
            return redirect("/", 301)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/van-ban-chi-dao":
            return _vb_list(request)
        if m := re.fullmatch(r"/van-ban-chi-dao/[a-z0-9-]+-vb(\d+)\.html", path):
            d = _DOC_BY_ID.get(int(m.group(1)))
            return _vb_detail(d, request) if d else _error(request, 404)
        if path == "/thu-tuc-hanh-chinh":
            return _tthc_list(request)
        if m := re.fullmatch(r"/thu-tuc-hanh-chinh/[a-z0-9-]+-t(\d+)\.html", path):
            p = _PROC_BY_ID.get(int(m.group(1)))
            return _tthc_detail(p, request) if p else _error(request, 404)
        if path == "/lich-cong-tac":
            return _calendar(request)
        if m := re.fullmatch(r"/trang/[a-z0-9-]+-p(\d+)\.html", path):
            pid = int(m.group(1))
            return _static(pid, request) if pid in STATIC else _error(request, 404)
        if path == "/lien-he":
            return _contact(request)
        if path == "/thu-vien-anh":
            return _albums(request)
        if m := re.fullmatch(r"/thu-vien-anh/[a-z0-9-]+-a(\d+)\.html", path):
            a = _ALBUM_BY_ID.get(int(m.group(1)))
            return _album(a, request) if a else _error(request, 404)
        if low == "/account/login":
            return _login(request)
        if path == "/BinhLuan/Gui" and request.method == "POST":
            return _page(_layout(request, "Gửi ý kiến", '<div class="alert alert-success">'
                                 "Cảm ơn bạn đã gửi ý kiến. Ý kiến sẽ được đăng sau khi biên tập.</div>"))  # fmt: skip
        return _error(request, 404)


def build_site() -> AspNetCoreVendorSite:
    return AspNetCoreVendorSite()
