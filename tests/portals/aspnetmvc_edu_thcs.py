"""Fixture portal: Trường THCS Chu Văn An (Nghệ An) on a vendor "school website" built with ASP.NET MVC 5.

Imitates the school-site product one software vendor sells to hundreds of schools of a province:
the same ASP.NET MVC 5 application (Razor views, Bootstrap 3, jQuery, Font Awesome 4, bundles
``/bundles/jquery?v=…`` and ``/Content/css?v=…``, IIS headers ``X-AspNetMvc-Version: 5.2``,
``ASP.NET_SessionId`` cookie), each school with its own name, logo and colours. The editor is
TinyMCE 4. Everything is UTF-8; Razor's ``@`` output goes through ``HttpUtility.HtmlEncode``,
which writes the Latin-1 letters of Vietnamese as decimal references (``&#224;`` for "à",
``&#212;`` for "Ô") while "ư", "ộ" … stay raw, so titles, sapos and field values mix raw
letters and ``&#NNN;``. Articles saved before the vendor's update of early November 2026 keep
TinyMCE's old settings: ``entity_encoding: "named"`` (``&agrave;``, ``&ecirc;``, ``&ldquo;`` beside raw
"ộ") and ``relative_urls: true`` (images as ``../../../Uploads/…``, written from the admin page
``/Admin/News/Edit/N``; they resolve to ``/Uploads/…`` from both article routes).

What it serves:

- Articles at ``/tin-tuc/chi-tiet/<id>/<slug>`` (attribute route; the slug is ignored, the id
  decides) and the very same view at the raw route ``/Home/NewsDetail?id=<id>``, which the
  home page slider links. No ``rel=canonical``; ``og:url`` names the friendly address.
  The view: breadcrumb "Trang chủ / Tin tức / <danh mục>", ``div.news-detail`` >
  ``h1.news-title``, ``div.news-date`` ("Ngày đăng: 23/11/2026 - Lượt xem: 215", a date only),
  share/print tools, ``div.news-summary`` (the bold sapo, when there is one),
  ``div.news-content`` (TinyMCE: justified paragraphs, result tables, lists, images as
  ``<p style="text-align: center;"><img></p>`` with the caption in the next centred italic
  ``<p>``, or a one-column table with the caption in its second row, or no caption; one line
  under a photo is only a Zalo file name), right-aligned bold signature lines, then
  ``table.news-info`` at the END: "Tác giả", "Nguồn", "Người đăng" (the posting account) and
  "Tệp đính kèm" rows, only the filled ones; "Từ khóa" tags (search links) and "Các tin khác"
  (five other posts of the category, newest first, dates in brackets).
- Listings ``/tin-tuc`` (all 14 posts, 5 pages) and ``/tin-tuc/danh-muc/<id>/<slug>`` for three
  categories (5 "Tin hoạt động": 7 posts, 3 pages; 6 "Hoạt động chuyên môn": 4 posts, 2 pages;
  8 "Thông báo": 3 posts, 1 page), three per page, PagedList.Mvc pager
  (``ClassicPlusFirstAndLast`` with « ‹ › », ``li.PagedList-skipToFirst`` …, ``?page=N``,
  page 1 linked as ``?page=1``) and the tutorial's "Trang 2 / 3" line (a page past the end
  answers 200 with "Trang 0 / 3" and no item). Sort links ``?sortOrder=date_desc|date_asc|title_asc`` are kept by the pager links.
- Home page: a carousel of four featured posts (raw-route links), a block for each of the two
  news categories ("Thông báo" lives in the sidebar). Chrome on every page: top bar with today's
  date (``TODAY``), a "Đăng nhập" link, a language switch "VI | EN", a search box
  (``/tim-kiem?keyword=``), the school's header, navbar, a left column ("Danh mục" menu, a
  login box posting to ``/Account/Login``), a right column ("Thông báo" with dates,
  "Lịch công tác" with this week's link, "Liên kết website" ``<select onchange>`` to other
  schools' sites, "Thống kê truy cập" with "Đang online"), footer with address, phone,
  hotline, email and "Thiết kế bởi …".
- Non-articles: ``/gioi-thieu/lich-su-truong`` and ``/gioi-thieu/co-cau-to-chuc`` (static),
  ``/doi-ngu/giao-vien`` (staff table), ``/thu-vien/anh`` (album list) and
  ``/thu-vien/anh/<id>`` (albums: a title, a date and captioned photos, but no text),
  ``/van-ban`` (document register) and ``/van-ban/chi-tiet/<id>`` (document entries: fields and
  a PDF), ``/lien-he`` (form with ``__RequestVerificationToken``), ``/Account/Login``,
  ``/lich-cong-tac`` (weekly schedule), ``/tim-kiem`` (search results).

Traps and hard cases:

- The language switch links ``<current address>?lang=en`` (and ``lang=vi``, replacing any lang
  already there): every page answers the same Vietnamese page (the English resources were never
  written). So each article is also served at ``…?lang=en``/``…?lang=vi`` on both routes; all
  of these are in the article's ``alt_paths``.
- The raw route ``/Home/NewsDetail?id=N`` duplicates the four featured posts (and answers for
  every id); no canonical link tells which address is preferred.
- Sort links multiply the listing pages (finite).
- The schedule ``/lich-cong-tac?week=48&year=2026`` has "‹ Tuần trước" / "Tuần sau ›" links and
  answers 200 for any week of any year 1–9998: it never ends. Only weeks 47 and 48 of 2026 hold
  entries; the others print "Chưa có lịch công tác tuần này."
- Soft 404: an article links a deleted post ``/Home/NewsDetail?id=1089``; the raw and friendly
  routes answer an unknown id with status 200 and "Bài viết không tồn tại hoặc đã bị xóa!".
  Unknown routes get IIS's 404 "Server Error in '/' Application".
- Album pages look like articles (title, date, photos with captions) but hold no text.

Gold (by hand, following shared/real-pages/SOURCES.md). Articles are the news posts; the gold
path is the friendly route, alt paths the raw route and the ``lang`` variants.
Judgement calls:

- ``published_at`` is the "Ngày đăng" date, a date without time (the page prints no time).
- The ``div.news-summary`` sapo is the summary and the body's first paragraph.
- "Tác giả" values are authors ("Lê Thị Mai, Đặng Quốc Huy" gives two); "Tác giả | admin"
  (post 1236) is the login name the product fills in, no author. "Người đăng" (the posting
  account: "minhtv", "vanthu" …) is never an author.
- "Nguồn" is the source as printed, the school's own name included ("Trường THCS Chu Văn An").
- Signature lines in the text: "Tin, ảnh: X" gives X as author and photographer; "Ảnh: Y"
  photographer; "Bài: X - Ảnh: Y" both. They repeat or complete the field table, never
  contradict it. A bold right-aligned unit line ("Tổ Ngữ văn - Lịch sử - Địa lí", post 1219) is a
  signature: not body, no author (the field names the writer).
- A caption "… (Ảnh: Thu Hà)" is kept as printed and gives Thu Hà as photographer (post 1241).
- A line under a photo that is only a Zalo file name is no caption and no body (post 1249).
- Table rows (results, exam schedule) are body paragraphs, cells joined by " | ", header row
  included; list items are paragraphs. A link inside a paragraph is text of the paragraph.
- Attachments ("Tệp đính kèm"), tags, "Các tin khác" are not body. Captions are not body.
- The category is the breadcrumb's last link (the post's category).
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from html.entities import codepoint2name
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, gold_record, opaque, static_file

NAME = "aspnetmvc_edu_thcs"
PLATFORM = "aspnetmvc"
START_PATH = "/"

SITE = "Trường THCS Chu Văn An"
WARD = "Phường Trường Vinh"
ADDRESS = "Số 68 đường Lê Hồng Phong, phường Trường Vinh, tỉnh Nghệ An"
PHONE = "0238 3 842 615"
HOTLINE = "0912 468 315"
EMAIL = "thcschuvanan.vinh@nghean.edu.vn"
VENDOR = "Công ty TNHH Giải pháp Giáo dục Trí Việt"
TODAY_DATE = date(2026, 11, 25)
PAGE_SIZE = 3
OTHER_NEWS = 5
UP = "/Uploads/images"
OLD_UP = "../../../Uploads/images"  # TinyMCE relative_urls, written from /Admin/News/Edit/N

#: category id -> (slug, printed name)
CATS: dict[int, tuple[str, str]] = {
    5: ("tin-hoat-dong", "Tin hoạt động"),
    6: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    8: ("thong-bao", "Thông báo"),
}
SORTS = ("date_desc", "date_asc", "title_asc")
ACTIVE = ' class="active"'

#: MVC's default controller ("/Home/Index", "/Home/NewsDetail?id=N"), read case-blind as IIS does
_HOME_ROUTE = "/" + "home"


def slugify(title: str) -> str:
    """The vendor's ``ToUnsignString``: no accents, đ→d, lower case, runs of others → '-'."""
    value = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    value = "".join(ch for ch in value if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", value).strip("-")


def _story(**kw) -> Story:
    return Story(slug=slugify(kw["title"]), **kw)


# Story.cat is the category id as a string. opts: day (date), author_field (the printed "Tác giả"
# value), source_field ("Nguồn"), poster ("Người đăng" account), attach [(href, name)], tags,
# hot (home carousel), named (old TinyMCE: named entities; images relative).
# Img styles: next (centred image, caption in the next centred italic p), table (one-column
# table, caption in row 2), bare (no line), file (a plain line that is only a file name).
# P styles: "" (justified p), h (bold sub-heading p), li, th/tr (table rows, cells " | "),
# "a|href|phrase" (the phrase is a link).
STORIES: list[Story] = [
    _story(
        id=1262,
        title="Hội thi “Rung chuông vàng” khối 9 với chủ đề “Tự hào truyền thống quê hương Xứ Nghệ”",
        cat="5",
        published_at="2026-11-24",
        summary=(
            "Chiều 21/11/2026, Liên đội Trường THCS Chu Văn An tổ chức Hội thi “Rung chuông vàng”"
            " dành cho học sinh khối 9 với chủ đề “Tự hào truyền thống quê hương Xứ Nghệ”, thu hút"
            " 120 thí sinh đến từ 6 lớp tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi là hoạt động thiết thực chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
                " 20/11, đồng thời giúp học sinh củng cố kiến thức về lịch sử, địa lí, văn hóa của"
                " quê hương Nghệ An, rèn luyện kỹ năng tư duy nhanh và tinh thần đồng đội."
            ),
            Img(
                f"{UP}/2026/11/rung-chuong-vang-khoi-9-1.jpg",
                "Các thí sinh khối 9 tham gia Hội thi “Rung chuông vàng” tại sân trường",
                "Các thí sinh khối 9 tham gia Hội thi “Rung chuông vàng” tại sân trường",
                "next",
            ),
            P(
                "Các thí sinh lần lượt vượt qua 25 câu hỏi thuộc các lĩnh vực: lịch sử địa phương,"
                " danh nhân Xứ Nghệ, dân ca ví, giặm, kiến thức về an toàn giao thông và kỹ năng sống."
                " Sau nhiều câu hỏi loại, Ban tổ chức đã sử dụng quyền cứu trợ hai lần để đưa các thí"
                " sinh trở lại sàn thi, tạo không khí sôi nổi, hào hứng."
            ),
            P(
                "Vượt qua câu hỏi cuối cùng, em Nguyễn Hoàng Bảo Anh (lớp 9A3) trở thành thí sinh"
                " duy nhất “rung chuông vàng” và giành giải Nhất của Hội thi. Ban tổ chức cũng trao"
                " hai giải Nhì, ba giải Ba cho các thí sinh trụ lại lâu nhất trên sàn thi."
            ),
            Img(
                f"{UP}/2026/11/rung-chuong-vang-khoi-9-2.jpg",
                "Thầy Hiệu trưởng Nguyễn Văn Thắng trao giải Nhất cho em Nguyễn Hoàng Bảo Anh",
                "Thầy Hiệu trưởng Nguyễn Văn Thắng trao giải Nhất cho em Nguyễn Hoàng Bảo Anh",
                "next",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Văn Minh</strong></p>'),
        ],
        authors=["Trần Văn Minh"],
        photographers=["Trần Văn Minh"],
        source="Trường THCS Chu Văn An",
        opts={
            "day": date(2026, 11, 24),
            "author_field": "Trần Văn Minh",
            "source_field": "Trường THCS Chu Văn An",
            "poster": "minhtv",
            "tags": ["Rung chuông vàng", "Liên đội"],
            "hot": True,
        },
    ),
    _story(
        id=1260,
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="8",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Chu Văn An thông"
                " báo lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số như sau:"
            ),
            P("Ngày kiểm tra | Khối | Môn | Thời gian làm bài", "th"),
            P("Thứ Hai, 14/12/2026 | 6, 7, 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("Thứ Ba, 15/12/2026 | 6, 7, 8, 9 | Toán | 90 phút", "tr"),
            P("Thứ Tư, 16/12/2026 | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P("Thứ Năm, 17/12/2026 | 6, 7, 8, 9 | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn học còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ"
                " chuyên môn, hoàn thành trước ngày 19/12/2026."
            ),
            P(
                "Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt"
                " tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
            ),
        ],
        opts={
            "day": date(2026, 11, 23),
            "poster": "vanthu",
            "attach": [("/Uploads/files/2026/11/lich-kiem-tra-cuoi-hk1-2026-2027.pdf", "lich-kiem-tra-cuoi-hk1-2026-2027.pdf")],
            "tags": ["Kiểm tra cuối kỳ"],
        },
    ),
    _story(
        id=1258,
        title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="6",
        published_at="2026-11-22",
        summary=(
            "Sau gần một tháng diễn ra, Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027"
            " đã khép lại với 14 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi diễn ra từ ngày 20/10 đến 18/11/2026 với 16 giáo viên đăng ký tham gia thuộc"
                " 4 tổ chuyên môn. Mỗi giáo viên trình bày biện pháp nâng cao chất lượng giảng dạy và"
                " thực hiện hai tiết dạy thực hành, trong đó có một tiết bốc thăm."
            ),
            P(
                "Các tiết dạy được đầu tư công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy"
                " học tích cực, ứng dụng hiệu quả công nghệ thông tin, phát huy tính chủ động của học"
                " sinh. Ban giám khảo đánh giá cao chất lượng chung của Hội thi năm nay."
            ),
            P("Kết quả xếp loại một số giáo viên đạt giải cao:"),
            P("STT | Họ và tên | Môn dạy | Xếp loại", "th"),
            P("1 | Hồ Thị Thanh Nhàn | Khoa học tự nhiên | Giỏi - Giải Nhất", "tr"),
            P("2 | Nguyễn Thu Hiền | Ngữ văn | Giỏi - Giải Nhì", "tr"),
            P("3 | Phạm Đức Long | Toán | Giỏi - Giải Nhì", "tr"),
            P("4 | Võ Thị Ngọc Ánh | Tiếng Anh | Giỏi - Giải Ba", "tr"),
            P(
                "Nhà trường sẽ lựa chọn các giáo viên có kết quả xuất sắc tham gia Hội thi giáo viên"
                " dạy giỏi cấp tỉnh năm học 2026 - 2027."
            ),
        ],
        authors=["Lê Văn Quang"],
        opts={
            "day": date(2026, 11, 22),
            "author_field": "Lê Văn Quang",
            "poster": "quanglv",
            "tags": ["Giáo viên dạy giỏi"],
        },
    ),
    _story(
        id=1255,
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="5",
        published_at="2026-11-20",
        summary=(
            "Sáng 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam, tri ân các thế hệ thầy cô giáo đã và đang công tác tại trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tới dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND phường Trường Vinh, Ban đại diện"
                " cha mẹ học sinh, các thầy cô giáo nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên"
                " và hơn 1.300 học sinh của nhà trường."
            ),
            Img(
                f"{UP}/2026/11/le-ky-niem-20-11-2026-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A1",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 8A1",
                "table",
            ),
            P(
                "Ôn lại truyền thống Ngày Nhà giáo Việt Nam, thầy Hiệu trưởng Nguyễn Văn Thắng điểm lại"
                " những kết quả nổi bật của nhà trường trong năm học 2025 - 2026: 98,7% học sinh được"
                " xếp loại học lực khá, giỏi; 46 giải học sinh giỏi cấp tỉnh; tỷ lệ đỗ vào lớp 10 THPT"
                " công lập đạt 96,4%."
            ),
            P(
                "Nhân dịp này, nhà trường đã trao giấy khen cho 12 giáo viên có thành tích xuất sắc"
                " trong phong trào thi đua “Dạy tốt - Học tốt” và 25 suất học bổng cho học sinh có hoàn"
                " cảnh khó khăn vượt khó học tốt."
            ),
            Img(f"{UP}/2026/11/le-ky-niem-20-11-2026-2.jpg", None, None, "bare"),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, thể hiện truyền thống “Tôn sư trọng đạo” của"
                " các thế hệ học trò Trường THCS Chu Văn An."
            ),
            Raw('<p style="text-align: right;"><em><strong>Ảnh: Hoàng Anh</strong></em></p>'),
        ],
        authors=["Phan Thu Trang"],
        photographers=["Hoàng Anh"],
        source="Trường THCS Chu Văn An",
        opts={
            "day": date(2026, 11, 20),
            "author_field": "Phan Thu Trang",
            "source_field": "Trường THCS Chu Văn An",
            "poster": "trangpt",
            "tags": ["Ngày Nhà giáo Việt Nam", "20/11"],
            "hot": True,
        },
    ),
    _story(
        id=1251,
        title="Thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I",
        cat="8",
        published_at="2026-11-17",
        blocks=[
            P(
                "Nhà trường tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027 vào lúc"
                " 7 giờ 30 phút, Chủ nhật ngày 29/11/2026 tại các phòng học của từng lớp."
            ),
            P("Nội dung hội nghị:", "h"),
            P("Thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "li"),
            P("Triển khai kế hoạch ôn tập, kiểm tra cuối học kỳ I;", "li"),
            P("Trao đổi về công tác phối hợp giáo dục giữa nhà trường và gia đình.", "li"),
            P(
                "Kính đề nghị quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ. Giáo viên chủ"
                " nhiệm gửi giấy mời đến cha mẹ học sinh trước ngày 25/11/2026."
            ),
        ],
        opts={"day": date(2026, 11, 17), "poster": "vanthu", "tags": ["Cha mẹ học sinh"]},
    ),
    _story(
        id=1249,
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn",
        cat="5",
        published_at="2026-11-14",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì môi trường, sáng thứ Hai ngày 09/11/2026, Liên đội"
                " Trường THCS Chu Văn An phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai"
                " nhựa trong toàn thể đội viên."
            ),
            P(
                "Sau một tuần triển khai, các chi đội đã thu gom được hơn 1,8 tấn giấy vụn và 320 kg"
                " vỏ chai nhựa. Chi đội 7A2 dẫn đầu với 215 kg giấy vụn."
            ),
            Img(f"{UP}/2026/11/z6031842297315_8c2f4e1b9d7a3c5e6f0b1d2a4c8e9f7b.jpg", "z6031842297315_8c2f4e1b9d7a3c5e6f0b1d2a4c8e9f7b.jpg", None, "file"),
            P(
                "Toàn bộ số tiền thu được từ phong trào sẽ được Liên đội dùng để mua quà tặng học sinh"
                " có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Bính Ngọ và ủng hộ quỹ “Vì bạn nghèo”"
                " của phường."
            ),
        ],
        authors=["Lê Thị Mai", "Đặng Quốc Huy"],
        opts={
            "day": date(2026, 11, 14),
            "author_field": "Lê Thị Mai, Đặng Quốc Huy",
            "poster": "tongphutrach",
            "tags": ["Liên đội", "Kế hoạch nhỏ"],
        },
    ),
    _story(
        id=1246,
        title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm môn Khoa học tự nhiên 8”",
        cat="6",
        published_at="2026-11-11",
        summary=(
            "Ngày 07/11/2026, tổ Khoa học tự nhiên tổ chức chuyên đề dạy học phát triển năng lực"
            " học sinh thông qua hoạt động trải nghiệm với bài “Tốc độ phản ứng” (Khoa học tự nhiên 8)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa do cô giáo Hồ Thị Thanh Nhàn thực hiện tại lớp 8A4. Học sinh được chia"
                " thành các nhóm, tự tiến hành thí nghiệm so sánh tốc độ phản ứng của viên sủi trong"
                " nước ở các nhiệt độ khác nhau, ghi kết quả và rút ra kết luận."
            ),
            Img(
                f"{UP}/2026/11/chuyen-de-khtn-8-1.jpg",
                "Học sinh lớp 8A4 tiến hành thí nghiệm theo nhóm",
                "Học sinh lớp 8A4 tiến hành thí nghiệm theo nhóm",
                "table",
            ),
            P(
                "Trong phần thảo luận, các thầy cô đánh giá tiết dạy đã tạo cơ hội để học sinh trực"
                " tiếp trải nghiệm, phát triển năng lực tìm hiểu tự nhiên và vận dụng kiến thức vào"
                " thực tiễn."
            ),
            P(
                "Chuyên đề năm học trước của tổ về chủ đề “Năng lượng và cuộc sống” bạn đọc có thể xem"
                " lại tại đây.",
                "a|/Home/NewsDetail?id=1089|tại đây",
            ),
            Img(
                f"{UP}/2026/11/chuyen-de-khtn-8-2.jpg",
                "Các thầy cô trong tổ Khoa học tự nhiên trao đổi, rút kinh nghiệm sau tiết dạy",
                "Các thầy cô trong tổ Khoa học tự nhiên trao đổi, rút kinh nghiệm sau tiết dạy",
                "table",
            ),
        ],
        authors=["Hồ Thị Thanh Nhàn"],
        opts={
            "day": date(2026, 11, 11),
            "author_field": "Hồ Thị Thanh Nhàn",
            "poster": "nhanhtt",
            "tags": ["Chuyên đề", "Khoa học tự nhiên"],
        },
    ),
    _story(
        id=1241,
        title="Ngoại khóa “An toàn giao thông cho nụ cười ngày mai” năm học 2026 - 2027",
        cat="5",
        published_at="2026-11-06",
        summary=(
            "Nhằm nâng cao ý thức chấp hành pháp luật về trật tự an toàn giao thông, sáng 04/11,"
            " Trường THCS Chu Văn An phối hợp với Công an phường Trường Vinh tổ chức buổi ngoại khóa"
            " cho gần 1.300 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi ngoại khóa, cán bộ Công an phường đã phổ biến những quy định mới của Luật Trật"
                " tự, an toàn giao thông đường bộ, nhấn mạnh quy định học sinh chưa đủ 16 tuổi không được"
                " điều khiển xe gắn máy, xe máy điện."
            ),
            Img(
                f"{UP}/2026/11/ngoai-khoa-atgt-2026.jpg",
                "Học sinh trả lời câu hỏi về biển báo giao thông (Ảnh: Thu Hà)",
                "Học sinh trả lời câu hỏi về biển báo giao thông (Ảnh: Thu Hà)",
                "next",
            ),
            P(
                "Phần thi tìm hiểu kiến thức giữa các lớp với những câu hỏi về biển báo, tình huống giao"
                " thông thực tế đã thu hút sự tham gia sôi nổi của học sinh. Cuối buổi, 100% học sinh ký"
                " cam kết chấp hành nghiêm các quy định về an toàn giao thông."
            ),
        ],
        authors=["Thanh Lê"],
        photographers=["Thu Hà"],
        source="Báo Nghệ An",
        opts={
            "day": date(2026, 11, 6),
            "author_field": "Thanh Lê",
            "source_field": "Báo Nghệ An",
            "poster": "minhtv",
            "tags": ["An toàn giao thông"],
            "hot": True,
        },
    ),
    _story(
        id=1236,
        title="Bế mạc Giải bóng đá học sinh khối 8 năm học 2026 - 2027",
        cat="5",
        published_at="2026-10-29",
        blocks=[
            P(
                "Chiều 27/10/2026, Giải bóng đá học sinh khối 8 năm học 2026 - 2027 đã khép lại sau hai"
                " tuần thi đấu sôi nổi với sự tham gia của 8 đội bóng nam và 6 đội bóng nữ."
            ),
            P(
                "Kết quả, ở nội dung bóng đá nam, đội 8A3 giành chức vô địch sau loạt sút luân lưu cân"
                " não với đội 8A1; ở nội dung bóng đá nữ, đội 8A5 xuất sắc bảo vệ thành công ngôi vô"
                " địch."
            ),
            Img(f"{OLD_UP}/2026/10/bong-da-khoi-8-01.jpg", None, None, "bare"),
            Img(f"{OLD_UP}/2026/10/bong-da-khoi-8-02.jpg", None, None, "bare"),
            Img(f"{OLD_UP}/2026/10/bong-da-khoi-8-03.jpg", None, None, "bare"),
        ],
        opts={
            "day": date(2026, 10, 29),
            "author_field": "admin",
            "poster": "admin",
            "tags": ["Thể dục thể thao"],
            "named": True,
        },
    ),
    _story(
        id=1233,
        title="Đội tuyển học sinh giỏi lớp 9 đạt kết quả cao tại kỳ khảo sát cấp cụm",
        cat="6",
        published_at="2026-10-25",
        summary=(
            "Tại kỳ khảo sát chất lượng đội tuyển học sinh giỏi lớp 9 cấp cụm năm học 2026 - 2027,"
            " Trường THCS Chu Văn An có 18 học sinh đạt giải, xếp thứ nhất cụm trường phía Nam tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Kỳ khảo sát do Phòng Văn hóa - Xã hội phường Trường Vinh phối hợp với các trường THCS"
                " trong cụm tổ chức ngày 18/10/2026, với 9 môn: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa"
                " học, Sinh học, Lịch sử, Địa lí và Tin học."
            ),
            P("Môn | Số học sinh dự thi | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Toán | 4 | 1 | 1 | 1", "tr"),
            P("Ngữ văn | 4 | 0 | 2 | 1", "tr"),
            P("Tiếng Anh | 4 | 2 | 1 | 0", "tr"),
            P("Khoa học tự nhiên | 6 | 1 | 2 | 2", "tr"),
            P("Lịch sử và Địa lí | 4 | 0 | 1 | 3", "tr"),
            P(
                "Kết quả này là cơ sở để nhà trường tiếp tục bồi dưỡng, chuẩn bị cho Kỳ thi chọn học"
                " sinh giỏi lớp 9 cấp tỉnh vào tháng 3/2027."
            ),
        ],
        source="Phòng Văn hóa - Xã hội phường Trường Vinh",
        opts={
            "day": date(2026, 10, 25),
            "source_field": "Phòng Văn hóa - Xã hội phường Trường Vinh",
            "poster": "quanglv",
            "tags": ["Học sinh giỏi"],
            "named": True,
        },
    ),
    _story(
        id=1228,
        title="Tọa đàm kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10",
        cat="5",
        published_at="2026-10-20",
        summary=(
            "Chiều 19/10/2026, Công đoàn Trường THCS Chu Văn An tổ chức buổi tọa đàm kỷ niệm 96 năm"
            " Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Buổi tọa đàm diễn ra trong không khí vui tươi, ấm áp với các tiết mục văn nghệ, trò"
                " chơi dân gian và phần chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình của các"
                " nữ cán bộ, giáo viên."
            ),
            Img(
                f"{OLD_UP}/2026/10/toa-dam-20-10-2026.jpg",
                "Các nữ cán bộ, giáo viên, nhân viên nhà trường chụp ảnh lưu niệm",
                "Các nữ cán bộ, giáo viên, nhân viên nhà trường chụp ảnh lưu niệm",
                "next",
            ),
            P(
                "Thay mặt Ban Chấp hành Công đoàn, cô Nguyễn Thị Hằng gửi lời chúc sức khỏe, hạnh phúc"
                " tới 58 nữ cán bộ, giáo viên, nhân viên và mong các chị em tiếp tục phát huy phẩm chất"
                " “Giỏi việc trường - Đảm việc nhà”."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        source="Công đoàn Trường THCS Chu Văn An",
        opts={
            "day": date(2026, 10, 20),
            "author_field": "Nguyễn Thị Hằng",
            "source_field": "Công đoàn Trường THCS Chu Văn An",
            "poster": "hangnt",
            "tags": ["Công đoàn", "20/10"],
            "named": True,
        },
    ),
    _story(
        id=1222,
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="8",
        published_at="2026-10-02",
        blocks=[
            P(
                "Trường THCS Chu Văn An ban hành Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường"
                " năm học 2026 - 2027. Các tổ chuyên môn và giáo viên xem nội dung chi tiết trong tệp"
                " đính kèm."
            ),
        ],
        opts={
            "day": date(2026, 10, 2),
            "poster": "vanthu",
            "attach": [
                ("/Uploads/files/2026/10/ke-hoach-hoi-thi-gvdg-cap-truong-2026-2027.pdf", "ke-hoach-hoi-thi-gvdg-cap-truong-2026-2027.pdf"),
                ("/Uploads/files/2026/10/mau-dang-ky-du-thi-gvdg.docx", "mau-dang-ky-du-thi-gvdg.docx"),
            ],
            "tags": ["Giáo viên dạy giỏi"],
            "named": True,
        },
    ),
    _story(
        id=1219,
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn - Lịch sử - Địa lí",
        cat="6",
        published_at="2026-09-28",
        blocks=[
            P(
                "Thực hiện kế hoạch đổi mới sinh hoạt chuyên môn, ngày 24/09/2026, tổ Ngữ văn - Lịch sử"
                " - Địa lí tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Thánh"
                " Gióng” (Ngữ văn 6)."
            ),
            P(
                "Thay vì tập trung đánh giá giáo viên, các thầy cô dự giờ quan sát hoạt động học của"
                " từng nhóm học sinh, ghi chép những khó khăn các em gặp phải để cùng tìm nguyên nhân và"
                " giải pháp điều chỉnh bài dạy."
            ),
            Img(
                f"{OLD_UP}/2026/09/sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc.jpg",
                "Giáo viên dự giờ quan sát hoạt động học của học sinh lớp 6A2",
                "Giáo viên dự giờ quan sát hoạt động học của học sinh lớp 6A2",
                "next",
            ),
            P(
                "Buổi sinh hoạt giúp các thầy cô có thêm kinh nghiệm thiết kế hoạt động học phù hợp với"
                " đối tượng học sinh, góp phần nâng cao chất lượng dạy học theo Chương trình giáo dục"
                " phổ thông 2018."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Ngữ văn - Lịch sử - Địa lí</strong></p>'),
        ],
        authors=["Nguyễn Thu Hiền"],
        opts={
            "day": date(2026, 9, 28),
            "author_field": "Nguyễn Thu Hiền",
            "poster": "hiennt",
            "tags": ["Sinh hoạt chuyên môn", "Ngữ văn"],
            "named": True,
        },
    ),
    _story(
        id=1214,
        title="Trường THCS Chu Văn An long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        cat="5",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, trong không khí tưng bừng của ngày hội đến trường, thầy và trò Trường"
            " THCS Chu Văn An long trọng tổ chức Lễ khai giảng năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 32 lớp với 1.318 học sinh, trong đó có 342 học"
                " sinh lớp 6 vừa trúng tuyển. Đội ngũ gồm 68 cán bộ, giáo viên, nhân viên, 100% đạt"
                " chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            Img(
                f"{OLD_UP}/2026/09/khai-giang-2026-2027-1.jpg",
                "Học sinh lớp 6 diễu hành qua lễ đài trong ngày khai giảng",
                "Học sinh lớp 6 diễu hành qua lễ đài trong ngày khai giảng",
                "table",
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Thắng đọc thư của Chủ tịch nước gửi ngành"
                " Giáo dục nhân dịp khai giảng năm học mới và phát động phong trào thi đua “Dạy tốt -"
                " Học tốt” trong toàn trường."
            ),
            Img(
                f"{OLD_UP}/2026/09/khai-giang-2026-2027-2.jpg",
                "Đại biểu đánh trống khai giảng năm học mới",
                "Đại biểu đánh trống khai giảng năm học mới",
                "next",
            ),
            P(
                "Hồi trống khai trường vang lên, mở đầu cho một năm học mới với nhiều kỳ vọng và quyết"
                " tâm của thầy và trò nhà trường."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Nguyễn Thị Hằng - Ảnh: Trần Văn Minh'
                "</strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Trần Văn Minh"],
        opts={
            "day": date(2026, 9, 5),
            "author_field": "Nguyễn Thị Hằng",
            "poster": "hangnt",
            "tags": ["Khai giảng"],
            "hot": True,
            "named": True,
        },
    ),
]

LATEST = sorted(STORIES, key=lambda s: (s.opts["day"], s.id), reverse=True)
BY_ID = {s.id: s for s in STORIES}
FEATURED = [s for s in LATEST if s.opts.get("hot")]
DELETED_ID = 1089


def article_path(s: Story) -> str:
    return f"/tin-tuc/chi-tiet/{s.id}/{s.slug}"


def raw_path(s: Story) -> str:
    return f"/Home/NewsDetail?id={s.id}"


def cat_path(cat_id: int) -> str:
    return f"/tin-tuc/danh-muc/{cat_id}/{CATS[cat_id][0]}"


def category_name(s: Story) -> str:
    return CATS[int(s.cat)][1]


def in_cat(cat_id: int | None) -> list[Story]:
    return [s for s in LATEST if cat_id is None or int(s.cat) == cat_id]


def page_count(n: int) -> int:
    return max(1, -(-n // PAGE_SIZE))


def alt_paths(s: Story) -> list[str]:
    friendly, raw = article_path(s), raw_path(s)
    return [raw, f"{friendly}?lang=en", f"{friendly}?lang=vi", f"{raw}&lang=en", f"{raw}&lang=vi"]


@dataclass(frozen=True)
class Album:
    id: int
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]  # (file, caption)


ALBUMS: list[Album] = [
    Album(12, "Lễ khai giảng năm học 2026 - 2027", date(2026, 9, 6), (
        ("khai-giang-01.jpg", "Lễ chào cờ đầu năm học mới"),
        ("khai-giang-02.jpg", "Học sinh lớp 6 nhận hoa chào đón"),
        ("khai-giang-03.jpg", "Tiết mục văn nghệ của Liên đội"),
        ("khai-giang-04.jpg", "Đại biểu đánh trống khai giảng"),
    )),
    Album(11, "Hội khỏe Phù Đổng cấp trường năm 2026", date(2026, 4, 18), (
        ("hkpd-01.jpg", "Nội dung kéo co khối 7"),
        ("hkpd-02.jpg", "Chung kết cầu lông đôi nam"),
        ("hkpd-03.jpg", "Trao giải toàn đoàn"),
    )),
    Album(9, "Trải nghiệm tại Khu di tích Kim Liên", date(2026, 3, 27), (
        ("kim-lien-01.jpg", "Dâng hương tại Nhà tưởng niệm"),
        ("kim-lien-02.jpg", "Thăm ngôi nhà thời niên thiếu của Bác"),
        ("kim-lien-03.jpg", "Học sinh nghe thuyết minh về cuộc đời Bác Hồ"),
    )),
]  # fmt: skip
ALBUM_BY_ID = {a.id: a for a in ALBUMS}


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str
    file: str


DOCS: list[Doc] = [
    Doc(41, "215/KH-THCSCVA", "Kế hoạch", date(2026, 11, 20), "Nguyễn Văn Thắng",
        "Kế hoạch ôn tập và kiểm tra cuối học kỳ I năm học 2026 - 2027", "kh-215-on-tap-kiem-tra-cuoi-hk1.pdf"),
    Doc(39, "198/QĐ-THCSCVA", "Quyết định", date(2026, 10, 16), "Nguyễn Văn Thắng",
        "Quyết định thành lập Ban giám khảo Hội thi giáo viên dạy giỏi cấp trường", "qd-198-ban-giam-khao-gvdg.pdf"),
    Doc(36, "1452/UBND-VHXH", "Công văn", date(2026, 9, 30), "Trần Quốc Hưng",
        "V/v tăng cường công tác phòng, chống đuối nước cho học sinh", "cv-1452-ubnd-phong-chong-duoi-nuoc.pdf"),
    Doc(33, "172/KH-THCSCVA", "Kế hoạch", date(2026, 9, 10), "Nguyễn Văn Thắng",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "kh-172-ke-hoach-giao-duc-2026-2027.pdf"),
    Doc(30, "2981/SGDĐT-GDTrH", "Công văn", date(2026, 8, 28), "Thái Văn Thành",
        "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "cv-2981-sgddt-nhiem-vu-gdtrh.pdf"),
]  # fmt: skip
DOC_BY_ID = {d.id: d for d in DOCS}

#: static pages under /gioi-thieu/<slug>: slug -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "lich-su-truong": ("Lịch sử nhà trường", [
        "Trường THCS Chu Văn An được thành lập ngày 15/8/1987 trên cơ sở tách ra từ Trường cấp I-II"
        " Lê Lợi, thị xã Vinh (nay là phường Trường Vinh, tỉnh Nghệ An).",
        "Qua gần 40 năm xây dựng và phát triển, nhà trường đã nhiều năm liền đạt danh hiệu Tập thể lao"
        " động xuất sắc, được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm 2017 và đạt chuẩn"
        " quốc gia mức độ 2 năm 2023.",
        "Hiện nay trường có 32 lớp với hơn 1.300 học sinh, 68 cán bộ, giáo viên, nhân viên.",
    ]),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Thắng; Phó Hiệu trưởng Lê Văn Quang, Phan Thị Thu Hà.",
        "Các tổ chuyên môn: Tổ Toán - Tin; Tổ Khoa học tự nhiên; Tổ Ngữ văn - Lịch sử - Địa lí; Tổ"
        " Ngoại ngữ - Nghệ thuật - Thể dục; Tổ Văn phòng.",
        "Các đoàn thể: Chi bộ Đảng, Công đoàn, Chi đoàn giáo viên, Liên đội Thiếu niên Tiền phong Hồ"
        " Chí Minh.",
    ]),
}  # fmt: skip

STAFF: list[tuple[str, str, str, str]] = [
    ("Nguyễn Văn Thắng", "Hiệu trưởng", "Toán", "Thạc sĩ"),
    ("Lê Văn Quang", "Phó Hiệu trưởng", "Vật lí", "Thạc sĩ"),
    ("Phan Thị Thu Hà", "Phó Hiệu trưởng", "Ngữ văn", "Đại học"),
    ("Nguyễn Thu Hiền", "Tổ trưởng", "Ngữ văn", "Thạc sĩ"),
    ("Hồ Thị Thanh Nhàn", "Tổ trưởng", "Khoa học tự nhiên", "Thạc sĩ"),
    ("Phạm Đức Long", "Giáo viên", "Toán", "Đại học"),
    ("Võ Thị Ngọc Ánh", "Giáo viên", "Tiếng Anh", "Đại học"),
    ("Lê Thị Mai", "Tổng phụ trách Đội", "Âm nhạc", "Đại học"),
]

#: weekly schedule entries: (iso year, week) -> [(weekday index, session, content, chair, place)]
SCHEDULE: dict[tuple[int, int], list[tuple[int, str, str, str, str]]] = {
    (2026, 48): [
        (0, "Sáng", "Chào cờ đầu tuần; sơ kết thi đua tuần 11", "Hiệu trưởng", "Sân trường"),
        (1, "Chiều", "Họp tổ chuyên môn: thống nhất đề cương ôn tập cuối học kỳ I", "Tổ trưởng", "Phòng họp"),
        (3, "Sáng", "Dự giờ thăm lớp giáo viên tổ Toán - Tin", "PHT Lê Văn Quang", "Phòng 9A1"),
        (6, "Sáng", "Hội nghị cha mẹ học sinh giữa học kỳ I", "GVCN các lớp", "Các phòng học"),
    ],
    (2026, 47): [
        (0, "Sáng", "Chào cờ; phát động tuần lễ tri ân thầy cô", "Liên đội", "Sân trường"),
        (3, "Sáng", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "Hiệu trưởng", "Hội trường"),
        (5, "Chiều", "Hội thi “Rung chuông vàng” khối 9", "Liên đội", "Sân trường"),
    ],
}
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
THIS_WEEK = TODAY_DATE.isocalendar()
SCHEDULE_PATH = f"/lich-cong-tac?week={THIS_WEEK.week}&year={THIS_WEEK.year}"

GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=alt_paths(s)) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(2, page_count(len(LATEST)) + 1)),
    *(cat_path(c) for c in CATS),
    *(f"{cat_path(c)}?page={n}" for c in CATS for n in range(2, page_count(len(in_cat(c))) + 1)),
    *(f"/gioi-thieu/{slug}" for slug in PAGES),
    "/doi-ngu/giao-vien",
    "/thu-vien/anh",
    *(f"/thu-vien/anh/{a.id}" for a in ALBUMS),
    "/van-ban",
    *(f"/van-ban/chi-tiet/{d.id}" for d in DOCS),
    "/lien-he",
    "/Account/Login",
    SCHEDULE_PATH,
    f"/Home/NewsDetail?id={DELETED_ID}",
]


# --- encoders -----------------------------------------------------------------------------------


def razor(value: str) -> str:
    """``@value`` in a Razor view: ``HttpUtility.HtmlEncode`` (U+00A0-U+00FF as ``&#N;``)."""
    out = _html.escape(value, quote=True).replace("&#x27;", "&#39;")
    return "".join(f"&#{ord(ch)};" if 160 <= ord(ch) <= 255 else ch for ch in out)


def tiny(value: str, named: bool) -> str:
    """Text as TinyMCE saved it: raw, or with ``entity_encoding: "named"`` (old posts)."""
    out = _html.escape(value, quote=False)
    return _named_chars(out) if named else out


def _named_chars(markup: str) -> str:
    """Named entities for the non-ASCII letters of ready markup (signature lines of old posts)."""
    return "".join(
        f"&{codepoint2name[ord(ch)]};" if ord(ch) >= 128 and ord(ch) in codepoint2name else ch
        for ch in markup
    )


def dmy(d: date) -> str:
    return f"{d:%d/%m/%Y}"


def excerpt(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def thumb(s: Story) -> str:
    images = s.images
    if not images:
        return "/Content/images/no-image.jpg"
    src = images[0].src
    return src.replace(OLD_UP, UP)


# --- article content (TinyMCE) ----------------------------------------------------------------


def _img(src: str, alt: str = "") -> str:
    return f'<img src="{src}" alt="{alt}" width="640" height="427" />'


def _cells(row: str, head: bool, named: bool) -> str:
    if head:
        return "".join(f'<td style="text-align: center;"><strong>{tiny(c, named)}</strong></td>' for c in row.split(" | "))
    return "".join(f"<td>{tiny(c, named)}</td>" for c in row.split(" | "))


def content_html(s: Story) -> str:
    named = bool(s.opts.get("named"))
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                rows.append(f"<tr>{_cells(blocks[i].text, blocks[i].style == 'th', named)}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="border-collapse: collapse; width: 100%;" border="1">'
                f"<tbody>\n{chr(10).join(rows)}\n</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{tiny(blocks[i].text, named)}</li>")
                i += 1
            out.append(f"<ul>\n{chr(10).join(items)}\n</ul>")
            continue
        i += 1
        if isinstance(b, P):
            if b.style == "h":
                out.append(f"<p><strong>{tiny(b.text, named)}</strong></p>")
            elif b.style.startswith("a|"):
                _, href, phrase = b.style.split("|", 2)
                before, after = b.text.split(phrase, 1)
                link = f'<a href="{href}">{tiny(phrase, named)}</a>'
                out.append(f'<p style="text-align: justify;">{tiny(before, named)}{link}{tiny(after, named)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{tiny(b.text, named)}</p>')
        elif isinstance(b, Img):
            stem = b.src.rsplit("/", 1)[1].rsplit(".", 1)[0]
            if b.style == "table":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3"><tbody>'
                    f'<tr><td style="text-align: center;">{_img(b.src)}</td></tr>'
                    f'<tr><td style="text-align: center;"><em>{tiny(b.printed or "", named)}</em></td></tr>'
                    "</tbody></table>"
                )
            elif b.style == "next":
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
                out.append(f'<p style="text-align: center;"><em>{tiny(b.printed or "", named)}</em></p>')
            elif b.style == "file":
                out.append(f'<p style="text-align: center;">{_img(b.src, stem)}</p>')
                out.append(f'<p style="text-align: center;">{tiny(b.printed or "", named)}</p>')
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src, stem if named else "")}</p>')
        else:
            out.append(_named_chars(b.html) if named else b.html)
    return "\n".join(out)


# --- chrome ------------------------------------------------------------------------------------

_SESSION = opaque("aspnet-session", 18)[:24].lower().replace("+", "a").replace("/", "b")
_VERIFY = opaque("antiforgery", 80).replace("+", "-").replace("/", "_").rstrip("=")
_BUNDLE_JS = "FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"
_BUNDLE_CSS = "Xg1rIaJ2ea2d7W1V8DfFtyBbjJvqT-fQd1mDSpvTPYI1"
_LINKED_SITES = (
    ("http://nghean.edu.vn", "Sở Giáo dục và Đào tạo Nghệ An"),
    ("http://thcshungdung.nghean.edu.vn", "Trường THCS Hưng Dũng"),
    ("http://thcsdangthaimai.nghean.edu.vn", "Trường THCS Đặng Thai Mai"),
    ("http://thcslehongphong.nghean.edu.vn", "Trường THCS Lê Hồng Phong"),
    ("http://thcshunghoa.nghean.edu.vn", "Trường THCS Hưng Hòa"),
)


def _lang_link(request: Request, lang: str) -> str:
    """The layout's ``Url.SetLanguage``: the current address with ``lang`` replaced."""
    pairs = [(k, v) for k, v in parse_qsl(request.query, keep_blank_values=True) if k != "lang"]
    pairs.append(("lang", lang))
    return f"{request.path}?{urlencode(pairs)}"


def _menu() -> str:
    cats = "".join(
        f'<li><a href="{cat_path(c)}">{razor(name)}</a></li>' for c, (_, name) in CATS.items()
    )
    pages = "".join(f'<li><a href="/gioi-thieu/{slug}">{razor(t)}</a></li>' for slug, (t, _) in PAGES.items())
    return f"""<nav class="navbar navbar-default navbar-main" role="navigation">
<div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-nav"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="main-nav"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i> {razor("Trang chủ")}</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">{razor("Giới thiệu")} <span class="caret"></span></a><ul class="dropdown-menu">{pages}<li><a href="/doi-ngu/giao-vien">{razor("Đội ngũ giáo viên")}</a></li></ul></li>
<li class="dropdown"><a href="/tin-tuc" class="dropdown-toggle" data-toggle="dropdown">{razor("Tin tức")} <span class="caret"></span></a><ul class="dropdown-menu"><li><a href="/tin-tuc">{razor("Tất cả tin tức")}</a></li>{cats}</ul></li>
<li><a href="/van-ban">{razor("Văn bản")}</a></li>
<li><a href="/thu-vien/anh">{razor("Thư viện ảnh")}</a></li>
<li><a href="{SCHEDULE_PATH}">{razor("Lịch công tác")}</a></li>
<li><a href="/lien-he">{razor("Liên hệ")}</a></li>
</ul></div></div></nav>"""


def _header(request: Request) -> str:
    return f"""<div class="top-bar"><div class="container"><div class="row">
<div class="col-sm-6"><span class="today"><i class="fa fa-calendar"></i> {razor(TODAY)}</span></div>
<div class="col-sm-6 text-right"><a class="login-link" href="/Account/Login"><i class="fa fa-sign-in"></i> {razor("Đăng nhập")}</a> | <span class="lang-switch"><a href="{_html.escape(_lang_link(request, "vi"))}" title="{razor("Tiếng Việt")}"><img src="/Content/images/flag-vi.png" alt="VI" /> VI</a> | <a href="{_html.escape(_lang_link(request, "en"))}" title="English"><img src="/Content/images/flag-en.png" alt="EN" /> EN</a></span>
<form class="form-inline search-top" action="/tim-kiem" method="get"><input type="text" class="form-control input-sm" name="keyword" placeholder="{razor("Nhập từ khóa...")}" /> <button type="submit" class="btn btn-sm btn-primary"><i class="fa fa-search"></i></button></form></div>
</div></div></div>
<header class="site-header"><div class="container"><div class="row">
<div class="col-md-2 col-xs-3"><a href="/"><img src="/Content/images/logo-thcs-chu-van-an.png" class="img-responsive logo" alt="Logo" /></a></div>
<div class="col-md-10 col-xs-9 school-name"><p class="unit">{razor("UBND " + WARD.upper())}</p><h2 class="name">{razor(SITE.upper())}</h2><p class="motto">{razor("Kỷ cương - Tình thương - Trách nhiệm")}</p></div>
</div></div></header>"""


def _left() -> str:
    items = "".join(
        f'<a class="list-group-item" href="{cat_path(c)}"><i class="fa fa-angle-right"></i> {razor(name)}</a>'
        for c, (_, name) in CATS.items()
    )
    return f"""<div class="col-md-3 col-left">
<div class="panel panel-primary box-menu"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-bars"></i> {razor("DANH MỤC")}</h3></div>
<div class="list-group">{items}
<a class="list-group-item" href="/gioi-thieu/lich-su-truong"><i class="fa fa-angle-right"></i> {razor("Lịch sử nhà trường")}</a>
<a class="list-group-item" href="/doi-ngu/giao-vien"><i class="fa fa-angle-right"></i> {razor("Đội ngũ giáo viên")}</a>
<a class="list-group-item" href="/thu-vien/anh"><i class="fa fa-angle-right"></i> {razor("Thư viện ảnh")}</a>
<a class="list-group-item" href="/van-ban"><i class="fa fa-angle-right"></i> {razor("Văn bản - Tài liệu")}</a></div></div>
<div class="panel panel-primary box-login"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-user"></i> {razor("ĐĂNG NHẬP")}</h3></div>
<div class="panel-body"><form action="/Account/Login" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_VERIFY}" />
<div class="form-group"><input class="form-control input-sm" name="UserName" placeholder="{razor("Tên đăng nhập")}" type="text" /></div>
<div class="form-group"><input class="form-control input-sm" name="Password" placeholder="{razor("Mật khẩu")}" type="password" /></div>
<button type="submit" class="btn btn-primary btn-sm btn-block">{razor("Đăng nhập")}</button></form></div></div>
</div>"""


def _right() -> str:
    notices = "".join(
        f'<li><i class="fa fa-caret-right"></i> <a href="{article_path(s)}">{razor(s.title)}</a> <span class="text-muted">({dmy(s.opts["day"])})</span></li>'
        for s in in_cat(8)[:5]
    )
    monday = date.fromisocalendar(THIS_WEEK.year, THIS_WEEK.week, 1)
    options = "".join(f'<option value="{url}">{razor(name)}</option>' for url, name in _LINKED_SITES)
    return f"""<div class="col-md-3 col-right">
<div class="panel panel-danger box-notice"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-bullhorn"></i> {razor("THÔNG BÁO")}</h3></div>
<div class="panel-body"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><ul class="list-unstyled list-notice">{notices}</ul></marquee></div></div>
<div class="panel panel-primary box-calendar"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-calendar-check-o"></i> {razor("LỊCH CÔNG TÁC")}</h3></div>
<div class="panel-body text-center"><a href="{SCHEDULE_PATH}" class="btn btn-default btn-block">{razor(f"Tuần {THIS_WEEK.week} ({monday:%d/%m} - {monday + timedelta(days=6):%d/%m/%Y})")}</a></div></div>
<div class="panel panel-primary box-links"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-link"></i> {razor("LIÊN KẾT WEBSITE")}</h3></div>
<div class="panel-body"><select class="form-control" onchange="if (this.value != '') window.open(this.value, '_blank');"><option value="">{razor("-- Chọn liên kết --")}</option>{options}</select></div></div>
<div class="panel panel-primary box-counter"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-bar-chart"></i> {razor("THỐNG KÊ TRUY CẬP")}</h3></div>
<div class="panel-body"><ul class="list-unstyled counter">
<li><i class="fa fa-circle text-success"></i> {razor("Đang online")}: <b>17</b></li>
<li><i class="fa fa-user"></i> {razor("Hôm nay")}: <b>386</b></li>
<li><i class="fa fa-users"></i> {razor("Hôm qua")}: <b>512</b></li>
<li><i class="fa fa-globe"></i> {razor("Tổng truy cập")}: <b>1.204.337</b></li></ul></div></div>
</div>"""


def _footer() -> str:
    return f"""<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-8"><h4>{razor(SITE.upper())}</h4>
<p><i class="fa fa-map-marker"></i> {razor("Địa chỉ")}: {razor(ADDRESS)}</p>
<p><i class="fa fa-phone"></i> {razor("Điện thoại")}: {PHONE} - Hotline: {HOTLINE}</p>
<p><i class="fa fa-envelope"></i> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>{razor("Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thắng")}</p></div>
<div class="col-md-4 text-right"><p>{razor("Ghi rõ nguồn khi phát hành lại thông tin từ website này.")}</p>
<p class="design">{razor("Thiết kế bởi")} <a href="http://trivietedu.vn" target="_blank">{razor(VENDOR)}</a></p></div>
</div></div></footer>"""


def layout(request: Request, title: str, main: str, head: str = "", columns: bool = True) -> str:
    """``_Layout.cshtml``: top bar, header, navbar, left and right columns, footer."""
    body = (
        f'{_left()}<div class="col-md-6 col-main">{main}</div>{_right()}'
        if columns
        else f'<div class="col-md-12 col-main">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{razor(title)}</title>
{head}
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<link href="/Content/css?v={_BUNDLE_CSS}" rel="stylesheet"/>
<link href="/Content/themes/blue/style.css" rel="stylesheet"/>
<script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
</head>
<body>
{_header(request)}
{_menu()}
<div class="container main-container"><div class="row">
{body}
</div></div>
{_footer()}
<a href="#" id="back-to-top" class="back-to-top" title="{razor("Lên đầu trang")}"><i class="fa fa-chevron-up"></i></a>
<script src="/bundles/jquery?v={_BUNDLE_JS}"></script>
<script src="/bundles/bootstrap?v=M4Nk6kIOwMFflsEKET0iPL9i5YBO2yyC4b0lUyb5ynA1"></script>
<script src="/Scripts/site.js"></script>
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = [f'<li><a href="/"><i class="fa fa-home"></i> {razor("Trang chủ")}</a></li>']
    for href, label in trail:
        items.append(f'<li><a href="{href}">{razor(label)}</a></li>' if href else f'<li class="active">{razor(label)}</li>')
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


# --- pages -------------------------------------------------------------------------------------


def _info_table(s: Story) -> str:
    rows = []
    if s.opts.get("author_field"):
        rows.append(("Tác giả", razor(s.opts["author_field"])))
    if s.opts.get("source_field"):
        rows.append(("Nguồn", razor(s.opts["source_field"])))
    rows.append(("Người đăng", razor(s.opts["poster"])))
    if s.opts.get("attach"):
        links = "<br />".join(
            f'<a href="{href}" target="_blank"><i class="fa fa-paperclip"></i> {razor(name)}</a>'
            for href, name in s.opts["attach"]
        )
        rows.append(("Tệp đính kèm", links))
    cells = "".join(f'<tr><td class="info-label">{razor(label)}</td><td>{value}</td></tr>' for label, value in rows)
    return f'<table class="table table-bordered table-condensed news-info"><tbody>{cells}</tbody></table>'


def _other_news(s: Story) -> str:
    others = [o for o in in_cat(int(s.cat)) if o.id != s.id][:OTHER_NEWS]
    if not others:
        return ""
    items = "".join(
        f'<li><i class="fa fa-angle-double-right"></i> <a href="{article_path(o)}">{razor(o.title)}</a> <span class="date">({dmy(o.opts["day"])})</span></li>'
        for o in others
    )
    return f'<div class="other-news"><h3 class="other-news-title">{razor("Các tin khác")}</h3><ul class="list-unstyled">{items}</ul></div>'


def article_page(request: Request, s: Story) -> str:
    base = base_url(request)
    url = base + article_path(s)
    summary = (
        f'<div class="news-summary"><strong>{razor(s.summary)}</strong></div>' if s.summary else ""
    )
    tags = "".join(
        f'<a class="label label-default" href="/tim-kiem?keyword={_html.escape(urlencode({"": t})[1:])}">{razor(t)}</a> '
        for t in s.opts.get("tags", [])
    )
    og_img = f'<meta property="og:image" content="{base}{thumb(s)}" />'
    head = (
        f'<meta name="description" content="{razor(excerpt(s))}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{razor(s.title)}" />\n'
        f'<meta property="og:description" content="{razor(excerpt(s))}" />\n<meta property="og:url" content="{url}" />\n{og_img}'
    )
    cat = int(s.cat)
    main = f"""{_crumbs(("/tin-tuc", "Tin tức"), (cat_path(cat), CATS[cat][1]))}
<div class="news-detail">
<h1 class="news-title">{razor(s.title)}</h1>
<div class="news-date"><i class="fa fa-clock-o"></i> {razor("Ngày đăng")}: {dmy(s.opts["day"])} - {razor("Lượt xem")}: {s.views()}</div>
<div class="news-tools clearfix"><div class="fb-share-button" data-href="{url}" data-layout="button_count"></div>
<div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div>
<a href="javascript:window.print();" class="btn btn-default btn-xs"><i class="fa fa-print"></i> {razor("In bài")}</a>
<a href="javascript:changeFont(1);" class="btn btn-default btn-xs">A+</a> <a href="javascript:changeFont(-1);" class="btn btn-default btn-xs">A-</a></div>
{summary}
<div class="news-content">
{content_html(s)}
</div>
{_info_table(s)}
<div class="news-tags"><i class="fa fa-tags"></i> {razor("Từ khóa")}: {tags}</div>
<div class="news-back"><a href="javascript:history.back();"><i class="fa fa-reply"></i> {razor("Quay lại")}</a></div>
{_other_news(s)}
</div>"""
    return layout(request, f"{s.title} - {SITE}", main, head)


def missing_article(request: Request) -> str:
    main = f"""{_crumbs(("/tin-tuc", "Tin tức"))}
<div class="news-detail"><div class="alert alert-warning"><i class="fa fa-exclamation-triangle"></i> {razor("Bài viết không tồn tại hoặc đã bị xóa!")}</div>
<a href="/" class="btn btn-primary btn-sm">{razor("Về trang chủ")}</a></div>"""
    return layout(request, f"Tin tức - {SITE}", main)


def _pager(path: str, page: int, pages: int, sort: str | None) -> str:
    """PagedList.Mvc ``ClassicPlusFirstAndLast`` with the vendor's « ‹ › » formats."""
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        query = {"page": n, **({"sortOrder": sort} if sort else {})}
        return _html.escape(f"{path}?{urlencode(query)}")

    def edge(cls: str, label: str, target: int, enabled: bool, rel: str = "") -> str:
        if not enabled:
            return f'<li class="disabled {cls}"><a>{label}</a></li>'
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<li class="{cls}"><a href="{url(target)}"{rel_attr}>{label}</a></li>'

    items = [
        edge("PagedList-skipToFirst", "«", 1, page > 1),
        edge("PagedList-skipToPrevious", "‹", page - 1, page > 1, "prev"),
    ]
    for n in range(1, pages + 1):
        items.append(f'<li class="active"><a>{n}</a></li>' if n == page else f'<li><a href="{url(n)}">{n}</a></li>')
    items += [
        edge("PagedList-skipToNext", "›", page + 1, page < pages, "next"),
        edge("PagedList-skipToLast", "»", pages, page < pages),
    ]
    return f'<div class="pagination-container"><ul class="pagination">{"".join(items)}</ul></div>'


def _sorted(items: list[Story], sort: str | None) -> list[Story]:
    if sort == "date_asc":
        return list(reversed(items))
    if sort == "title_asc":
        return sorted(items, key=lambda s: s.slug)
    return items


def listing_page(request: Request, cat_id: int | None) -> str:
    params = request.params
    try:
        page = max(1, int(params.get("page", "1")))
    except ValueError:
        page = 1
    sort = params.get("sortOrder") if params.get("sortOrder") in SORTS else None
    items = _sorted(in_cat(cat_id), sort)
    pages = page_count(len(items))
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    path = cat_path(cat_id) if cat_id else "/tin-tuc"
    name = CATS[cat_id][1] if cat_id else "Tin tức"
    rows = "".join(
        f"""<div class="news-item clearfix">
<a class="news-thumb pull-left" href="{article_path(s)}"><img class="img-responsive" src="{thumb(s)}" alt="{razor(s.title)}" /></a>
<h3 class="news-item-title"><a href="{article_path(s)}">{razor(s.title)}</a></h3>
<p class="news-item-date"><i class="fa fa-calendar"></i> {dmy(s.opts["day"])}</p>
<p class="news-item-desc">{razor(excerpt(s))}</p></div>"""
        for s in chunk
    )
    sorts = " | ".join(
        f'<a href="{path}?sortOrder={key}"{ACTIVE if (sort or "date_desc") == key else ""}>{razor(label)}</a>'
        for key, label in zip(SORTS, ("Mới nhất", "Cũ nhất", "Tiêu đề A-Z"), strict=True)
    )
    shown = 0 if pages < page else page
    crumbs = _crumbs(("/tin-tuc", "Tin tức"), (None, name)) if cat_id else _crumbs((None, "Tin tức"))
    main = f"""{crumbs}
<div class="list-news"><h1 class="list-title">{razor(name)}</h1>
<div class="sort-bar text-right">{razor("Sắp xếp")}: {sorts}</div>
{rows or '<p class="text-muted">' + razor("Không có bài viết nào.") + "</p>"}
<div class="paging text-center">{_pager(path, page, pages, sort)}
<p class="page-count">Trang {shown} / {pages}</p></div></div>"""
    return layout(request, f"{name} - {SITE}", main)


def home_page(request: Request) -> str:
    slides = "".join(
        f"""<div class="item{" active" if i == 0 else ""}"><a href="{raw_path(s)}"><img src="{thumb(s)}" alt="{razor(s.title)}" /></a>
<div class="carousel-caption"><h3><a href="{raw_path(s)}">{razor(s.title)}</a></h3></div></div>"""
        for i, s in enumerate(FEATURED)
    )
    indicators = "".join(
        f'<li data-target="#home-slider" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>' for i in range(len(FEATURED))
    )
    blocks = []
    for c in (5, 6):
        items = in_cat(c)[:5] if c == 5 else in_cat(c)[:3]
        first, rest = items[0], items[1:]
        lines = "".join(
            f'<li><a href="{article_path(s)}">{razor(s.title)}</a> <span class="date">({dmy(s.opts["day"])})</span></li>'
            for s in rest
        )
        blocks.append(
            f"""<div class="box-home"><div class="box-home-title"><a href="{cat_path(c)}">{razor(CATS[c][1].upper())}</a><a class="more pull-right" href="{cat_path(c)}">{razor("Xem thêm")} »</a></div>
<div class="row"><div class="col-sm-6 first-news"><a href="{article_path(first)}"><img class="img-responsive" src="{thumb(first)}" alt="" /></a>
<h4><a href="{article_path(first)}">{razor(first.title)}</a></h4><p>{razor(excerpt(first))}</p></div>
<div class="col-sm-6"><ul class="list-unstyled list-news-home">{lines}</ul></div></div></div>"""
        )
    main = f"""<div id="home-slider" class="carousel slide" data-ride="carousel"><ol class="carousel-indicators">{indicators}</ol>
<div class="carousel-inner" role="listbox">{slides}</div>
<a class="left carousel-control" href="#home-slider" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#home-slider" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
{"".join(blocks)}"""
    head = f'<meta name="description" content="{razor("Website " + SITE + " - " + WARD + ", tỉnh Nghệ An")}" />'
    return layout(request, f"Trang chủ - {SITE}", main, head)


def static_page(request: Request, slug: str) -> str:
    title, paragraphs = PAGES[slug]
    body = "".join(f'<p style="text-align: justify;">{razor(p)}</p>' for p in paragraphs)
    main = f"""{_crumbs((None, "Giới thiệu"), (None, title))}<div class="page-detail"><h1 class="page-title">{razor(title)}</h1>
<div class="page-content">{body}</div></div>"""
    return layout(request, f"{title} - {SITE}", main)


def staff_page(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{razor(n)}</td><td>{razor(r)}</td><td>{razor(m)}</td><td>{razor(q)}</td></tr>"
        for i, (n, r, m, q) in enumerate(STAFF, 1)
    )
    main = f"""{_crumbs((None, "Đội ngũ giáo viên"))}<h1 class="page-title">{razor("Đội ngũ cán bộ, giáo viên")}</h1>
<table class="table table-striped table-bordered staff-table"><thead><tr><th>STT</th><th>{razor("Họ và tên")}</th><th>{razor("Chức vụ")}</th><th>{razor("Môn dạy")}</th><th>{razor("Trình độ")}</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return layout(request, f"Đội ngũ giáo viên - {SITE}", main)


def albums_page(request: Request) -> str:
    cards = "".join(
        f"""<div class="col-sm-4 album-item"><a href="/thu-vien/anh/{a.id}" class="thumbnail"><img src="/Uploads/album/{a.id}/thumb/{a.photos[0][0]}" alt="{razor(a.title)}" /></a>
<h4><a href="/thu-vien/anh/{a.id}">{razor(a.title)}</a></h4><p class="text-muted"><i class="fa fa-picture-o"></i> {len(a.photos)} {razor("ảnh")} - {dmy(a.day)}</p></div>"""
        for a in ALBUMS
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<h1 class="page-title">{razor("Thư viện ảnh")}</h1><div class="row album-list">{cards}</div>'
    return layout(request, f"Thư viện ảnh - {SITE}", main)


def album_page(request: Request, a: Album) -> str:
    photos = "".join(
        f"""<div class="col-sm-4 col-xs-6"><a href="/Uploads/album/{a.id}/{f}" data-lightbox="album-{a.id}" data-title="{razor(c)}" class="thumbnail">
<img src="/Uploads/album/{a.id}/thumb/{f}" alt="{razor(c)}" /></a><p class="photo-caption">{razor(c)}</p></div>"""
        for f, c in a.photos
    )
    others = "".join(f'<li><a href="/thu-vien/anh/{o.id}">{razor(o.title)}</a></li>' for o in ALBUMS if o.id != a.id)
    main = f"""{_crumbs(("/thu-vien/anh", "Thư viện ảnh"), (None, a.title))}<div class="album-detail"><h1 class="album-title">{razor(a.title)}</h1>
<p class="album-date">{razor("Ngày tạo")}: {dmy(a.day)} - {razor("Số ảnh")}: {len(a.photos)}</p>
<div class="row gallery">{photos}</div>
<h3>{razor("Album khác")}</h3><ul>{others}</ul></div>"""
    return layout(request, f"{a.title} - {SITE}", main)


def docs_page(request: Request) -> str:
    rows = "".join(
        f"""<tr><td>{i}</td><td><a href="/van-ban/chi-tiet/{d.id}">{razor(d.number)}</a></td><td>{dmy(d.issued)}</td><td>{razor(d.abstract)}</td>
<td class="text-center"><a href="/Uploads/files/vanban/{d.file}" title="{razor("Tải về")}"><i class="fa fa-download"></i></a></td></tr>"""
        for i, d in enumerate(DOCS, 1)
    )
    main = f"""{_crumbs((None, "Văn bản"))}<h1 class="page-title">{razor("Văn bản - Tài liệu")}</h1>
<table class="table table-bordered table-hover doc-table"><thead><tr><th>STT</th><th>{razor("Số/Ký hiệu")}</th><th>{razor("Ngày ban hành")}</th><th>{razor("Trích yếu")}</th><th>{razor("Tải về")}</th></tr></thead>
<tbody>{rows}</tbody></table>"""
    return layout(request, f"Văn bản - {SITE}", main)


def doc_page(request: Request, d: Doc) -> str:
    fields = (
        ("Số/Ký hiệu", razor(d.number)),
        ("Loại văn bản", razor(d.kind)),
        ("Ngày ban hành", dmy(d.issued)),
        ("Người ký", razor(d.signer)),
        ("Trích yếu", razor(d.abstract)),
        ("Tệp đính kèm", f'<a href="/Uploads/files/vanban/{d.file}"><i class="fa fa-file-pdf-o"></i> {d.file}</a>'),
    )
    rows = "".join(f'<tr><th style="width: 30%">{razor(k)}</th><td>{v}</td></tr>' for k, v in fields)
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, d.number))}<h1 class="page-title">{razor(d.abstract)}</h1>
<table class="table table-bordered doc-detail"><tbody>{rows}</tbody></table>"""
    return layout(request, f"{d.number} - {SITE}", main)


def contact_page(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}<h1 class="page-title">{razor("Liên hệ")}</h1>
<p><strong>{razor(SITE)}</strong></p><p>{razor("Địa chỉ")}: {razor(ADDRESS)}</p><p>{razor("Điện thoại")}: {PHONE} - Hotline: {HOTLINE}</p>
<form action="/lien-he" method="post" class="form-horizontal"><input name="__RequestVerificationToken" type="hidden" value="{_VERIFY}" />
<div class="form-group"><label class="col-sm-3 control-label">{razor("Họ và tên")}</label><div class="col-sm-9"><input class="form-control" name="FullName" type="text" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">Email</label><div class="col-sm-9"><input class="form-control" name="Email" type="email" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">{razor("Tiêu đề")}</label><div class="col-sm-9"><input class="form-control" name="Title" type="text" /></div></div>
<div class="form-group"><label class="col-sm-3 control-label">{razor("Nội dung")}</label><div class="col-sm-9"><textarea class="form-control" name="Content" rows="5"></textarea></div></div>
<div class="form-group"><div class="col-sm-offset-3 col-sm-9"><button type="submit" class="btn btn-primary">{razor("Gửi liên hệ")}</button></div></div></form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3779.9!2d105.68!3d18.67" width="100%" height="300" frameborder="0" style="border:0"></iframe>"""
    return layout(request, f"Liên hệ - {SITE}", main)


def login_page(request: Request) -> str:
    main = f"""<div class="row"><div class="col-md-4 col-md-offset-4"><div class="panel panel-default login-panel"><div class="panel-heading"><h3 class="panel-title">{razor("Đăng nhập hệ thống")}</h3></div>
<div class="panel-body"><form action="/Account/Login?ReturnUrl=%2FAdmin" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_VERIFY}" />
<div class="form-group"><label for="UserName">{razor("Tên đăng nhập")}</label><input class="form-control" id="UserName" name="UserName" type="text" /></div>
<div class="form-group"><label for="Password">{razor("Mật khẩu")}</label><input class="form-control" id="Password" name="Password" type="password" /></div>
<div class="checkbox"><label><input id="RememberMe" name="RememberMe" type="checkbox" value="true" /><input name="RememberMe" type="hidden" value="false" /> {razor("Ghi nhớ")}</label></div>
<button type="submit" class="btn btn-primary btn-block">{razor("Đăng nhập")}</button></form></div></div></div></div>"""
    return layout(request, f"Đăng nhập - {SITE}", main, '<meta name="robots" content="noindex, nofollow" />', columns=False)


def _fold(value: str) -> str:
    return slugify(value).replace("-", " ")


def search_page(request: Request) -> str:
    keyword = request.params.get("keyword", "").strip()
    hits = [s for s in LATEST if keyword and _fold(keyword) in _fold(s.title + " " + " ".join(s.paragraphs) + " " + " ".join(s.opts.get("tags", [])))]
    rows = "".join(
        f'<li><a href="{article_path(s)}">{razor(s.title)}</a> <span class="text-muted">({dmy(s.opts["day"])})</span></li>'
        for s in hits
    )
    main = f"""{_crumbs((None, "Tìm kiếm"))}<h1 class="page-title">{razor("Kết quả tìm kiếm")}</h1>
<p>{razor(f"Tìm thấy {len(hits)} kết quả với từ khóa")} <strong>{razor(keyword)}</strong></p><ul class="search-result">{rows}</ul>"""
    return layout(request, f"Tìm kiếm - {SITE}", main, '<meta name="robots" content="noindex" />')


def _week_monday(year: int, week: int) -> date:
    """The vendor's ``FirstDateOfWeekISO8601(year, week)``: any week number, no validation."""
    return date.fromisocalendar(year, 1, 1) + timedelta(weeks=week - 1)


def _weeks_in(year: int) -> int:
    return date(year, 12, 28).isocalendar().week


def schedule_page(request: Request) -> str:
    params = request.params
    try:
        week, year = int(params.get("week", THIS_WEEK.week)), int(params.get("year", THIS_WEEK.year))
        monday = _week_monday(year, week)
    except (ValueError, OverflowError):
        week, year = THIS_WEEK.week, THIS_WEEK.year
        monday = _week_monday(year, week)
    if week <= 1:
        prev = (_weeks_in(year - 1), year - 1) if year > 1 else (1, 1)
    else:
        prev = (week - 1, year)
    nxt = (1, year + 1) if week >= _weeks_in(year) else (week + 1, year)
    entries = SCHEDULE.get((year, week), [])
    if entries:
        rows = "".join(
            f"<tr><td>{razor(WEEKDAYS[d])}<br />{dmy(monday + timedelta(days=d))}</td><td>{razor(sess)}</td><td>{razor(what)}</td><td>{razor(who)}</td><td>{razor(where)}</td></tr>"
            for d, sess, what, who, where in entries
        )
        table = f"""<table class="table table-bordered schedule"><thead><tr><th>{razor("Thứ/Ngày")}</th><th>{razor("Buổi")}</th><th>{razor("Nội dung công việc")}</th><th>{razor("Chủ trì")}</th><th>{razor("Địa điểm")}</th></tr></thead><tbody>{rows}</tbody></table>"""
    else:
        table = f'<p class="alert alert-info">{razor("Chưa có lịch công tác tuần này.")}</p>'
    main = f"""{_crumbs((None, "Lịch công tác"))}<h1 class="page-title">{razor(f"Lịch công tác tuần {week} năm {year}")}</h1>
<p class="week-range">{razor(f"Từ ngày {dmy(monday)} đến ngày {dmy(monday + timedelta(days=6))}")}</p>
<div class="week-nav"><a class="btn btn-default btn-sm" href="/lich-cong-tac?week={prev[0]}&amp;year={prev[1]}">‹ {razor("Tuần trước")}</a>
<a class="btn btn-primary btn-sm" href="{SCHEDULE_PATH.replace("&", "&amp;")}">{razor("Tuần hiện tại")}</a>
<a class="btn btn-default btn-sm" href="/lich-cong-tac?week={nxt[0]}&amp;year={nxt[1]}">{razor("Tuần sau")} ›</a></div>
{table}"""
    return layout(request, f"Lịch công tác - {SITE}", main)


# --- the application ----------------------------------------------------------------------------

_NOT_FOUND = """<!DOCTYPE html>
<html>
    <head>
        <title>The resource cannot be found.</title>
        <meta name="viewport" content="width=device-width" />
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>The resource cannot be found.</i> </h2></span>
            <b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable. &nbsp;Please review the following URL and make sure that it is spelled correctly.
            <br><br>
            <b> Requested URL: </b>{path}<br><br>
            <hr width=100% size=1 color=silver>
            <b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4770.0
    </body>
</html>"""

_HEADERS = {
    "Cache-Control": "private",
    "Server": "Microsoft-IIS/10.0",
    "X-AspNetMvc-Version": "5.2",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
}

_ARTICLE = re.compile(r"^/tin-tuc/chi-tiet/(\d+)(?:/([^/]*))?$")
_CATEGORY = re.compile(r"^/tin-tuc/danh-muc/(\d+)(?:/([^/]*))?$")
_ALBUM = re.compile(r"^/thu-vien/anh/(\d+)$")
_DOC = re.compile(r"^/van-ban/chi-tiet/(\d+)$")
_STATIC_PAGE = re.compile(r"^/gioi-thieu/([a-z0-9-]+)$")


def _files() -> dict[str, str]:
    out = {f"/Uploads/files/vanban/{d.file}": d.file for d in DOCS}
    for s in STORIES:
        for href, name in s.opts.get("attach", []):
            out[href] = name
    return out


FILES = _files()


class AspNetMvcSchool:
    """``RouteConfig`` plus the controllers' actions, as a table of regexes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/bundles/"):
            return Response(200, b"/* bundle */", {"Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public"})
        if path == "/Content/css":
            return Response(200, b"body{font-family:Arial}", {"Content-Type": "text/css; charset=utf-8", "Cache-Control": "public"})
        if path.startswith(("/Uploads/images/", "/Uploads/album/", "/Content/", "/Scripts/")) or path == "/favicon.ico":
            return static_file(path)
        if path in FILES:
            ctype = "application/pdf" if path.endswith(".pdf") else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            return Response(200, PDF, {"Content-Type": ctype, "Content-Disposition": f'inline; filename="{FILES[path]}"'})
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /Admin/\n", {"Content-Type": "text/plain"})
        page = self._page(request)
        if page is None:
            return html(_NOT_FOUND.replace("{path}", _html.escape(path)), status=404, headers=dict(_HEADERS))
        if isinstance(page, Response):
            return page
        headers = {**_HEADERS, "Set-Cookie": f"ASP.NET_SessionId={_SESSION}; path=/; HttpOnly; SameSite=Lax"}
        return html(page, headers=headers)

    def _page(self, request: Request) -> str | Response | None:
        path = request.path.rstrip("/") or "/"
        params = request.params
        if path == "/" or path.lower() in (_HOME_ROUTE, _HOME_ROUTE + "/index"):
            return home_page(request)
        if path.lower() == _HOME_ROUTE + "/newsdetail":
            try:
                story = BY_ID.get(int(params.get("id", "")))
            except ValueError:
                story = None
            return article_page(request, story) if story else missing_article(request)
        if m := _ARTICLE.match(path):
            story = BY_ID.get(int(m.group(1)))
            return article_page(request, story) if story else missing_article(request)
        if path == "/tin-tuc":
            return listing_page(request, None)
        if m := _CATEGORY.match(path):
            cat = int(m.group(1))
            return listing_page(request, cat) if cat in CATS else None
        if m := _STATIC_PAGE.match(path):
            return static_page(request, m.group(1)) if m.group(1) in PAGES else None
        if path == "/doi-ngu/giao-vien":
            return staff_page(request)
        if path == "/thu-vien/anh":
            return albums_page(request)
        if m := _ALBUM.match(path):
            album = ALBUM_BY_ID.get(int(m.group(1)))
            return album_page(request, album) if album else None
        if path == "/van-ban":
            return docs_page(request)
        if m := _DOC.match(path):
            doc = DOC_BY_ID.get(int(m.group(1)))
            return doc_page(request, doc) if doc else None
        if path == "/lien-he":
            return contact_page(request)
        if path.lower() == "/account/login":
            return login_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/lich-cong-tac":
            return schedule_page(request)
        return None


def build_site() -> AspNetMvcSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return AspNetMvcSchool()
