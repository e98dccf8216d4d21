"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang, rebuilt in 2025 on Drupal 10 with the Olivero theme.

Imitates the site a provincial Department of Education put up after the July 2025 province
merger (Hà Giang joined Tuyên Quang): Drupal 10.4, core Olivero with a few blocks added through
the block layout, Pathauto, Views, Book, Media, simple_sitemap and the Statistics module. Markup
follows Olivero's templates (``site-header``, ``primary-nav``, ``region--content-above`` holding
the page title block, ``sidebar-grid`` with ``region--sidebar``, the left ``social-bar``, the
``pager__items`` full pager) translated into Vietnamese by the site's interface translation.

What it serves:

- article nodes (``node--type-article``) at Pathauto aliases ``/tin-tuc/<yyyy>/<mm>/<slug>``
  and the very same page at ``/node/<nid>`` (no Redirect module: both answer 200; both print an
  absolute ``rel=canonical`` to the alias and ``rel=shortlink`` to ``/node/<nid>``). The page
  title block prints the headline (``h1.title.page-title`` in ``region--content-above``, outside
  the ``<article>``); the node prints ``node__meta`` "Bởi <account> <time>" where ``<time
  datetime>`` is UTC ("…Z", Drupal 10.1+'s timestamp formatter) and the visible text is local
  ("Thứ Ba, 24/11/2026 - 16:15"); then a "Tóm tắt" field (the sapo, bold) on some nodes, the
  lead image ``field--name-field-image`` (``alt`` and ``title``) with its caption in
  ``field--name-field-chu-thich-anh`` right below (some nodes have no caption value), the body
  (``text-content field--name-body``) written in CKEditor 5: ``figure.image`` + ``figcaption``
  (Full HTML nodes), Drupal's own ``figure.caption.caption-img`` (Basic HTML nodes),
  ``figure.table``, right-aligned byline paragraphs (``p.text-align-right``) and ``<drupal-media>``
  embeds rendered as ``article.media--type-image`` whose caption is the media's own
  ``field--name-field-chu-thich`` (or none); then "Tác giả" and "Nguồn" fields as inline
  ``field__label``/``field__item`` pairs, "Chuyên mục" (the taxonomy term) and "Từ khóa" (tags),
  the Statistics counter "N lượt xem", and a Views block "Tin cùng chuyên mục";
- "Thông báo" nodes (``node--type-thong-bao``) under the same alias pattern: no submitted line,
  a date-only field "Ngày đăng" whose ``<time datetime>`` is noon UTC ("2026-11-23T12:00:00Z",
  how Drupal stores date-only values), a body with ``figure.table`` or a list, on two of them
  an attached PDF ("Tệp đính kèm");
- Views listings with Drupal's full pager (zero-based ``?page=N`` written as query-only hrefs
  ``?page=1``; a page past the last is clamped to the last): ``/tin-tuc`` (all news, five a
  page) and one page per "Chuyên mục" term ``/tin-tuc/<term>`` (three a page: "Tin hoạt động"
  has three pages), tag pages ``/tu-khoa/<tag>``, the "Văn bản" register ``/van-ban`` (a table
  with an exposed GET filter; pager keeps the filter), ``/thu-vien-anh`` (a grid of media images
  linking their original files, two pages);
- "Văn bản" nodes ``/van-ban/<slug>``: register fields (Số/Ký hiệu, Ngày ban hành, Loại văn
  bản, Cơ quan ban hành, Người ký, Trích yếu) and the PDF, no text;
- the book "Hướng dẫn tuyển sinh" (``/huong-dan-tuyen-sinh`` and four child pages) with
  Drupal's book navigation (child list, "‹ trước | Lên | sau ›" pager) and its printer-friendly
  export ``/book/export/html/40``;
- "Lịch công tác" ``/lich-cong-tac``: a week calendar view with ``?date=YYYY-MM-DD`` that answers
  200 for any valid day from year 1000 to 9999 and always prints "‹ Tuần trước" / "Tuần sau ›",
  plus a month table whose every day links ``?date=…`` (seven URLs for each week);
- ``/search/node?keys=…`` (core search; robots.txt disallows ``/search/``), ``/user/login``,
  static pages ``/gioi-thieu``, ``/co-cau-to-chuc``, the contact form ``/lien-he``;
- ``/rss.xml`` (core front-page feed, ten newest, ``pubDate`` written with ``gmdate('r')`` so in
  +0000, ``dc:creator`` the account name), ``/taxonomy/term/<tid>/feed`` linked from each term
  page, ``/sitemap.xml`` from simple_sitemap (one urlset with ``<lastmod>`` = node changed time,
  an XSL stylesheet), Drupal's stock ``robots.txt`` (no ``Sitemap:`` line);
- chrome: header with branding, today's date block ("Thứ Tư, ngày 25/11/2026"), the primary
  menu, Olivero's header search form (GET ``/search/node``), the account menu "Đăng nhập"; the
  breadcrumb ``nav.breadcrumb`` whose heading "Bạn đang ở đây" is ``visually-hidden`` (core's
  path-based breadcrumb: on a node only "Trang chủ › Tin tức", since ``/tin-tuc/2026/11`` is no
  route); the social bar "Chia sẻ" (Facebook, Zalo, X, email, "In bài viết" via
  ``window.print()``); a sidebar "Tin mới cập nhật" with dates, "Văn bản mới", banners and the
  visitor counter "Thống kê truy cập"; footer with the agency, address, phone, hotline, licence
  and "Được xây dựng trên nền tảng Drupal". Unknown paths get Olivero's themed 404 (status 404).

Traps and hard cases: the calendar's week links never end (and its day links multiply each week
by seven); every article is also at ``/node/<nid>`` (editors paste such links in the body, the
feed's guid and the shortlink name them); the listing pager's hrefs are query-only; ``?page=``
beyond the end repeats the last page; the "Thông báo" date's ``datetime`` attribute is a
different clock time from what is printed; the UTC ``datetime`` of an article posted at 06:30
local falls on the previous day; one article's text is stored decomposed (NFD, pasted from a
"Unicode tổ hợp" editor) and three use ``&nbsp;`` between words; book pages are long prose with a
title and no date.

Gold (by hand). Articles are the "article" and "thong_bao" nodes (13). Book pages are static
guidance that the department keeps up to date (no date, book navigation, listed in the menu
under "Tuyển sinh", never in a news listing): not articles. "Văn bản" nodes (register fields +
PDF), basic pages, the contact form, listings, the photo library grid, calendar weeks, search
and login pages are not articles. ``/node/<nid>`` is an alternative URL of each article
(alt_paths); the canonical is the alias. Judgement calls:

- ``published_at`` is the printed local date and time of ``node__meta`` with ``+07:00`` (not the
  UTC attribute); for "Thông báo" it is the printed "Ngày đăng" date alone, without a time.
- the category is the "Chuyên mục" term printed on the node (the same name heads its listing);
  the breadcrumb only says "Tin tức".
- the headline is the page title block's ``h1``; the ``<title>`` adds " | <site>".
- "Tóm tắt" (printed above the lead image, outside the body field) is the summary and the body's
  first paragraph; a bold first paragraph typed inside the body (nid 1268) is the sapo too.
- captions: the ``field--name-field-chu-thich-anh`` value of the lead image, a ``figcaption``,
  or a media's own caption field, as printed; an image with none of them (only ``alt``/``title``
  attributes) has caption None. A figcaption ending "Ảnh: Minh Khang" is kept whole and names the
  photographer.
- authors are the "Tác giả" field values (two values: two authors; a school's name is kept as
  printed); the "Bởi bientap" account name is not an author. A right-aligned "Tin: X" line at
  the end of the body gives X as author, "Ảnh: X" as photographer; neither is body text. Nodes
  with no "Tác giả" field and no byline line have no author (the account is not one). The "Nguồn" field is the source
  (a link field: its text). Table rows are body paragraphs with cells joined by " | "; list items
  are paragraphs; the attached PDF, tags, the counter and "Tin cùng chuyên mục" are not text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "drupal10_olivero_sgddt"
PLATFORM = "drupal10"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SHORT = "Sở GD&ĐT Tuyên Quang"
ADDRESS = "Số 4, đường 17 tháng 8, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3822 456"
HOTLINE = "0207 3823 119"
EMAIL = "sgddt@tuyenquang.edu.vn"
FILES = "/sites/default/files"
THEME = "/core/themes/olivero"
TODAY_DATE = date(2026, 11, 25)
LOCAL = timezone(timedelta(hours=7))
NEWS_PER_PAGE = 5
CAT_PER_PAGE = 3
DOCS_PER_PAGE = 4
ALBUM_PER_PAGE = 6
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

#: "Chuyên mục" vocabulary: term alias slug -> (tid, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-hoat-dong": (3, "Tin hoạt động"),
    "tin-tu-co-so": (4, "Tin từ cơ sở"),
    "thong-bao": (5, "Thông báo"),
}
#: "Từ khóa" vocabulary: alias slug -> (tid, printed name)
TAGS: dict[str, tuple[int, str]] = {
    "nha-giao": (21, "Nhà giáo"),
    "chuyen-doi-so": (22, "Chuyển đổi số"),
    "hoc-sinh-gioi": (23, "Học sinh giỏi"),
    "vung-cao": (24, "Vùng cao"),
    "tuyen-sinh": (25, "Tuyển sinh"),
}
ACCOUNTS = {"bientap": 3, "vanphong": 4, "quantri": 1}


def _itok(seed: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(alphabet[b % 64] for b in hashlib.sha1(seed.encode()).digest()[:8])


def styled(style: str, month: str, name: str) -> str:
    """An image-style derivative URL as Drupal prints it (``?itok=`` token)."""
    return f"{FILES}/styles/{style}/public/{month}/{name}?itok={_itok(style + month + name)}"


def inline(name: str) -> str:
    """An image uploaded through CKEditor 5 (no derivative)."""
    return f"{FILES}/inline-images/{name}"


# Story.opts: when (local datetime of node creation), type (article | thong_bao), user (account),
# tac_gia (list of "Tác giả" values), nguon (text, url or None), tags, fmt (basic_html |
# full_html), nfd, file (href, size), changed (hours after creation, for the sitemap).
# Img styles: lead (field_image; printed = field_chu_thich_anh value or None; alt/title in the
# ``alt`` knob via opts), fig (figure.image + figcaption, or none when printed is None), cap
# (Drupal filter_caption figure), media (article.media--type-image, own caption field or none).
# P styles: "" plain, b (bold paragraph), li (list item), th/tr (figure.table rows, cells " | "),
# nbsp (spaces after the first word written &nbsp;), "a|href|phrase" (a link on phrase).
STORIES: list[Story] = [
    Story(
        id=1287,
        slug="so-gddt-giao-ban-cong-tac-thang-11-trien-khai-nhiem-vu-thang-12",
        title="Sở GD&ĐT giao ban công tác tháng 11, triển khai nhiệm vụ tháng 12 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-24T16:15:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá"
            " kết quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với"
            " 124 điểm cầu tại các xã, phường và các trường trực thuộc."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("wide", "2026-11", "giao-ban-thang-11-2026.jpg"),
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị giao ban tại điểm cầu Sở GD&ĐT",
                "lead",
            ),
            P(
                "Theo báo cáo, trong tháng 11, toàn ngành đã tổ chức trang trọng, thiết thực các"
                " hoạt động kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra nội bộ tại"
                " 312 cơ sở giáo dục; 100% trường trung học đã cập nhật kế hoạch giáo dục học kỳ I"
                " lên cơ sở dữ liệu ngành."
            ),
            P(
                "Sau hơn một năm vận hành chính quyền địa phương hai cấp, việc quản lý các trường"
                " mầm non, tiểu học và THCS do Ủy ban nhân dân cấp xã đảm nhiệm đã đi vào nền nếp."
                " Tuy nhiên, một số xã vùng cao của khu vực Hà Giang cũ còn thiếu công chức có"
                " chuyên môn về giáo dục, việc tham mưu có lúc còn chậm."
            ),
            Img(
                inline("giao-ban-t11-giam-doc-phat-bieu.jpg"),
                "Giám đốc Sở GD&ĐT Nguyễn Quang Huy phát biểu chỉ đạo hội nghị",
                "Giám đốc Sở GD&ĐT Nguyễn Quang Huy phát biểu chỉ đạo hội nghị",
                "cap",
            ),
            P(
                "Kết luận hội nghị, Giám đốc Sở đề nghị các đơn vị chủ động phương án phòng, chống"
                " rét cho học sinh bán trú; tổ chức kiểm tra cuối học kỳ I nghiêm túc, đúng quy"
                " chế; hoàn thành thi chọn học sinh giỏi cấp tỉnh lớp 12 trong tháng 12."
            ),
        ],
        authors=["Nguyễn Thu Hằng"],
        opts={
            "when": datetime(2026, 11, 24, 16, 15),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Nguyễn Thu Hằng"],
            "tags": ["vung-cao"],
            "fmt": "basic_html",
            "alt": "Hội nghị giao ban tháng 11",
            "changed": 2,
        },
    ),
    Story(
        id=1286,
        slug="thong-bao-lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm"
                " học 2026 - 2027 như sau:"
            ),
            P("Ngày | Buổi | Nội dung | Thời gian làm bài", "th"),
            P("09/12/2026 | Chiều | Họp Hội đồng thi, thí sinh làm thủ tục dự thi | 14h00", "tr"),
            P("10/12/2026 | Sáng | Thi Toán, Ngữ văn, Tiếng Anh, Tin học | 180 phút", "tr"),
            P(
                "11/12/2026 | Sáng | Thi Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí | 180 phút",
                "tr",
            ),
            P(
                "Địa điểm thi: Trường THPT Chuyên Tuyên Quang và Trường THPT Chuyên Hà Giang. Thí"
                " sinh có mặt tại phòng thi trước giờ thi 30 phút, mang theo thẻ căn cước hoặc thẻ"
                " học sinh."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 23, 8, 5),
            "type": "thong_bao",
            "user": "vanphong",
            "tags": ["hoc-sinh-gioi"],
            "file": (f"{FILES}/thong-bao/2026-11/TB-lich-thi-HSG-lop-12.pdf", 214_528),
            "changed": 1,
        },
    ),
    Story(
        id=1284,
        slug="truong-ptdtnt-thcs-dong-van-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THCS Đồng Văn tổ chức Ngày hội văn hóa các dân tộc",
        cat="tin-tu-co-so",
        published_at="2026-11-22T09:10:00+07:00",
        blocks=[
            Img(
                styled("wide", "2026-11", "ngay-hoi-van-hoa-dong-van-1.jpg"),
                "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
                "Học sinh dân tộc Mông trình diễn trang phục truyền thống",
                "lead",
            ),
            P(
                "Ngày 21/11, Trường Phổ thông Dân tộc nội trú THCS Đồng Văn tổ chức Ngày hội văn"
                " hóa các dân tộc năm 2026 với sự tham gia của 280 học sinh thuộc 7 dân tộc: Mông,"
                " Dao, Lô Lô, Tày, Giáy, Hoa và Kinh."
            ),
            P(
                "Các lớp dựng gian trưng bày đồ dùng sinh hoạt, nhạc cụ, món ăn truyền thống của"
                " dân tộc mình; thi giã bánh giầy, đánh yến, kéo co và hát giao duyên. Nhiều phụ"
                " huynh từ các thôn bản xa cũng về trường cùng tham gia."
            ),
            Img(
                styled("noi_dung", "2026-11", "ngay-hoi-van-hoa-dong-van-2.jpg"),
                "Gian trưng bày của lớp 8A với khèn Mông và vải lanh",
                "Gian trưng bày của lớp 8A với khèn Mông và vải lanh",
                "media",
            ),
            P(
                "Theo thầy Hiệu trưởng Lù Văn Sính, ngày hội giúp học sinh thêm hiểu, thêm tự hào"
                " về bản sắc dân tộc, đồng thời rèn kỹ năng tổ chức, làm việc nhóm cho các em."
            ),
            Img(
                styled("noi_dung", "2026-11", "ngay-hoi-van-hoa-dong-van-3.jpg"),
                "Trò chơi kéo co giữa các khối lớp",
                "Trò chơi kéo co giữa các khối lớp",
                "media",
            ),
        ],
        authors=["Vàng Thị Mai", "Sùng Mí Chá"],
        opts={
            "when": datetime(2026, 11, 22, 9, 10),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Vàng Thị Mai", "Sùng Mí Chá"],
            "tags": ["vung-cao"],
            "fmt": "basic_html",
            "alt": "Ngày hội văn hóa Đồng Văn",
            "changed": 5,
        },
    ),
    Story(
        id=1281,
        slug="tuyen-duong-86-nha-giao-tieu-bieu-nhan-ngay-nha-giao-viet-nam",
        title="Tuyên dương 86 nhà giáo tiêu biểu nhân Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-hoat-dong",
        published_at="2026-11-20T06:30:00+07:00",
        summary=(
            "Tối 19/11, UBND tỉnh tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên"
            " dương 86 nhà giáo tiêu biểu năm học 2025 - 2026, trong đó có 31 thầy cô đang công"
            " tác tại các xã đặc biệt khó khăn."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("wide", "2026-11", "tuyen-duong-nha-giao-2026.jpg"),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "lead",
            ),
            P(
                "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của đội ngũ"
                " hơn 27.000 cán bộ, giáo viên, nhân viên toàn ngành, đặc biệt là các thầy cô bám"
                " bản, bám trường ở vùng cao núi đá Đồng Văn, Mèo Vạc, Hoàng Su Phì."
            ),
            Img(
                styled("noi_dung", "2026-11", "tuyen-duong-nha-giao-co-giao-cam.jpg"),
                "Cô giáo Hoàng Thị Cầm, điểm trường Lũng Táo, chia sẻ tại buổi lễ",
                "Cô giáo Hoàng Thị Cầm, điểm trường Lũng Táo, chia sẻ tại buổi lễ",
                "media",
            ),
            P(
                "Cô giáo Hoàng Thị Cầm, người có 19 năm dạy học ở điểm trường Lũng Táo, xúc động"
                " chia sẻ về hành trình vận động học sinh người Mông ra lớp và mong muốn có thêm"
                " nhà công vụ cho giáo viên cắm bản."
            ),
            P(
                "Dịp này, 86 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen; 12 tập thể được"
                " tặng Cờ thi đua xuất sắc."
            ),
            Raw('<p class="text-align-right"><em>Ảnh: Hoàng Minh Đức</em></p>'),
        ],
        authors=["Lê Thị Vân"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "when": datetime(2026, 11, 20, 6, 30),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Lê Thị Vân"],
            "tags": ["nha-giao"],
            "fmt": "basic_html",
            "alt": "Tuyên dương nhà giáo tiêu biểu",
            "changed": 3,
        },
    ),
    Story(
        id=1274,
        slug="khai-mac-hoi-thi-giao-vien-day-gioi-thpt-cap-tinh-nam-hoc-2026-2027",
        title="Khai mạc Hội thi giáo viên dạy giỏi THPT cấp tỉnh năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-11-17T10:40:00+07:00",
        blocks=[
            Img(styled("wide", "2026-11", "khai-mac-hoi-thi-gvdg-thpt.jpg"), None, None, "lead"),
            P(
                "Sáng 17/11, tại Trường THPT Ỷ La, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo"
                " viên dạy giỏi cấp THPT năm học 2026 - 2027. Tham gia hội thi có 164 giáo viên"
                " đến từ 52 trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."
            ),
            P("Hội thi gồm hai phần:"),
            P(
                "Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh ở đơn vị;",
                "li",
            ),
            P(
                "Thực hành dạy hai tiết trên lớp, trong đó một tiết do giáo viên tự chọn và một"
                " tiết bốc thăm.",
                "li",
            ),
            P(
                "Lần đầu tiên, mỗi giáo viên dự thi phải sử dụng ít nhất một học liệu số tự xây"
                " dựng và thiết kế hoạt động để học sinh khai thác trên thiết bị cá nhân."
            ),
            Img(inline("gvdg-thpt-tiet-day-mau.jpg"), None, None, "fig"),
            P(
                "Hội thi kéo dài đến hết ngày 28/11/2026; kết quả là căn cứ để công nhận danh hiệu"
                " giáo viên dạy giỏi cấp tỉnh và lựa chọn giáo viên tham gia các cuộc thi cấp quốc"
                " gia."
            ),
        ],
        authors=["Thanh Hà"],
        source="Báo Tuyên Quang",
        opts={
            "when": datetime(2026, 11, 17, 10, 40),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Thanh Hà"],
            "nguon": (
                "Báo Tuyên Quang",
                "https://baotuyenquang.com.vn/giao-duc/khai-mac-hoi-thi-giao-vien-day-gioi-thpt-cap-tinh-218841.html",
            ),
            "tags": ["nha-giao"],
            "fmt": "full_html",
            "alt": "Khai mạc hội thi giáo viên dạy giỏi",
            "title_attr": "Các đại biểu thực hiện nghi thức khai mạc hội thi",
            "changed": 26,
        },
    ),
    Story(
        id=1271,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026-vong-2",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026 (vòng 2)",
        cat="thong-bao",
        published_at="2026-11-13",
        blocks=[
            P(
                "Căn cứ kết quả kiểm tra, sát hạch vòng 2 của Hội đồng xét tuyển, Sở Giáo dục và"
                " Đào tạo thông báo kết quả xét tuyển viên chức giáo viên các trường THPT, trung"
                " tâm GDNN-GDTX năm 2026 (danh sách kèm theo)."
            ),
            P(
                "Người dự tuyển có quyền gửi đơn đề nghị phúc khảo trong thời hạn 05 ngày làm việc"
                " kể từ ngày thông báo kết quả trên Trang thông tin điện tử của Sở."
            ),
            P(
                "Người trúng tuyển hoàn thiện hồ sơ và nộp tại Phòng Tổ chức cán bộ trước ngày"
                " 30/11/2026. Quá thời hạn trên, người trúng tuyển không hoàn thiện đủ hồ sơ sẽ bị"
                " hủy kết quả trúng tuyển."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 13, 17, 20),
            "type": "thong_bao",
            "user": "vanphong",
            "tags": [],
            "file": (f"{FILES}/thong-bao/2026-11/KQ-xet-tuyen-vien-chuc-vong-2.pdf", 503_112),
            "changed": 0,
        },
    ),
    Story(
        id=1268,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cho-can-bo-cap-xa",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ cấp xã",
        cat="tin-hoat-dong",
        published_at="2026-11-12T14:05:00+07:00",
        summary=(
            "Từ ngày 10 đến 12/11, Sở GD&ĐT tổ chức tập huấn sử dụng cơ sở dữ liệu ngành và hồ"
            " sơ điện tử cho gần 250 công chức phụ trách giáo dục của các xã, phường."
        ),
        blocks=[
            P(
                "Từ ngày 10 đến 12/11, Sở GD&ĐT tổ chức tập huấn sử dụng cơ sở dữ liệu ngành và hồ"
                " sơ điện tử cho gần 250 công chức phụ trách giáo dục của các xã, phường.",
                "b",
            ),
            P(
                "Học viên được hướng dẫn khai thác báo cáo thống kê trên cơ sở dữ liệu ngành, phê"
                " duyệt học bạ số, quản lý hồ sơ điện tử của giáo viên và tiếp nhận thủ tục hành"
                " chính về giáo dục trên Cổng dịch vụ công."
            ),
            Img(
                inline("tap-huan-chuyen-doi-so-cap-xa.jpg"),
                "Học viên thực hành phê duyệt học bạ số trên phần mềm. Ảnh: Minh Khang",
                "Học viên thực hành phê duyệt học bạ số trên phần mềm. Ảnh: Minh Khang",
                "fig",
            ),
            P(
                "Đến nay, 100% trường tiểu học và 96% trường THCS trong tỉnh đã triển khai học bạ"
                " số; ngành phấn đấu hoàn thành học bạ số ở cấp THPT trước khi kết thúc năm học.",
                "nbsp",
            ),
            Raw('<p class="text-align-right"><strong>Tin: Đức Anh</strong></p>'),
        ],
        authors=["Đức Anh"],
        photographers=["Minh Khang"],
        opts={
            "when": datetime(2026, 11, 12, 14, 5),
            "type": "article",
            "user": "bientap",
            "tags": ["chuyen-doi-so"],
            "fmt": "full_html",
            "nfd": True,
            "changed": 0,
        },
    ),
    Story(
        id=1262,
        slug="hoc-sinh-truong-thpt-chuyen-tuyen-quang-gianh-5-huy-chuong-olympic-tin-hoc",
        title="Học sinh Trường THPT Chuyên Tuyên Quang giành 5 huy chương Olympic Tin học",
        cat="tin-tu-co-so",
        published_at="2026-11-08T17:45:00+07:00",
        blocks=[
            P(
                "Tại kỳ thi Olympic Tin học miền Bắc lần thứ VII tổ chức tại Hà Nội từ ngày 5 đến"
                " 7/11, đội tuyển Trường THPT Chuyên Tuyên Quang giành 5 huy chương, xếp thứ tư"
                " toàn đoàn."
            ),
            P("Họ và tên | Lớp | Nội dung thi | Kết quả", "th"),
            P("Phạm Gia Bảo | 12 Tin | Chuyên Tin | Huy chương Vàng", "tr"),
            P("Nguyễn Khánh Linh | 11 Tin | Chuyên Tin | Huy chương Bạc", "tr"),
            P("Triệu Đức Minh | 11 Toán | Không chuyên | Huy chương Bạc", "tr"),
            P("Hà Tuấn Kiệt | 10 Tin | Chuyên Tin | Huy chương Đồng", "tr"),
            P("Lương Thảo Vy | 12 Lý | Không chuyên | Huy chương Đồng", "tr"),
            Img(
                inline("olympic-tin-hoc-doi-tuyen.jpg"),
                "Đội tuyển Tin học của nhà trường tại lễ bế mạc kỳ thi",
                "Đội tuyển Tin học của nhà trường tại lễ bế mạc kỳ thi",
                "fig",
            ),
            P(
                "Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt Huy chương Vàng tại kỳ thi."
                " Em Phạm Gia Bảo cũng là thành viên đội tuyển của tỉnh dự kỳ thi chọn học sinh"
                " giỏi quốc gia năm 2027."
            ),
        ],
        authors=["Trường THPT Chuyên Tuyên Quang"],
        opts={
            "when": datetime(2026, 11, 8, 17, 45),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Trường THPT Chuyên Tuyên Quang"],
            "tags": ["hoc-sinh-gioi"],
            "fmt": "full_html",
            "changed": 40,
        },
    ),
    Story(
        id=1259,
        slug="kiem-tra-cong-tac-chuan-bi-mua-dong-cho-hoc-sinh-ban-tru-vung-cao",
        title="Kiểm tra công tác chuẩn bị mùa đông cho học sinh bán trú vùng cao",
        cat="tin-hoat-dong",
        published_at="2026-11-05T08:00:00+07:00",
        blocks=[
            Img(
                styled("wide", "2026-11", "kiem-tra-ban-tru-meo-vac.jpg"),
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Pải Lủng",
                "Đoàn kiểm tra bếp ăn bán trú Trường PTDTBT Tiểu học Pải Lủng",
                "lead",
            ),
            P(
                "Từ ngày 2 đến 4/11, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở Trần Văn Luận"
                " làm trưởng đoàn đã kiểm tra công tác chuẩn bị mùa đông tại 14 trường phổ thông"
                " dân tộc bán trú của các xã Mèo Vạc, Pải Lủng, Sơn Vĩ và Lũng Phìn."
            ),
            Img(styled("noi_dung", "2026-11", "kiem-tra-ban-tru-phong-o.jpg"), None, None, "media"),
            P(
                "Qua kiểm tra, các trường đã chuẩn bị chăn, đệm, áo ấm cho học sinh ở bán trú;"
                " phòng ở được che chắn kín gió; bếp ăn bảo đảm vệ sinh, có sổ kiểm thực ba bước."
            ),
            Img(
                inline("kiem-tra-ban-tru-bua-an.jpg"),
                "Bữa ăn trưa của học sinh bán trú Trường PTDTBT THCS Sơn Vĩ. Ảnh: Minh Khang",
                "Bữa ăn trưa của học sinh bán trú Trường PTDTBT THCS Sơn Vĩ. Ảnh: Minh Khang",
                "cap",
            ),
            P(
                "Đoàn đề nghị các trường rà soát nhu cầu áo ấm, chăn màn để Sở kêu gọi các nhà hảo"
                " tâm hỗ trợ; tuyệt đối không để học sinh sưởi ấm bằng than trong phòng kín."
            ),
        ],
        authors=["Vũ Hải Yến"],
        photographers=["Minh Khang"],
        opts={
            "when": datetime(2026, 11, 5, 8, 0),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Vũ Hải Yến"],
            "tags": ["vung-cao"],
            "fmt": "basic_html",
            "alt": "Kiểm tra bán trú",
            "changed": 1,
        },
    ),
    Story(
        id=1250,
        slug="trien-khai-nhiem-vu-giao-duc-thuong-xuyen-nam-hoc-2026-2027",
        title="Triển khai nhiệm vụ giáo dục thường xuyên năm học 2026 - 2027",
        cat="tin-hoat-dong",
        published_at="2026-10-28T15:30:00+07:00",
        summary=(
            "Ngày 28/10, Sở GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục thường xuyên"
            " năm học 2026 - 2027 cho giám đốc các trung tâm GDNN-GDTX và cán bộ phụ trách"
            " giáo dục của các xã."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                styled("wide", "2026-10", "hoi-nghi-gdtx-2026.jpg"),
                "Các đại biểu dự hội nghị",
                "Các đại biểu dự hội nghị",
                "lead",
            ),
            P(
                "Năm học 2025 - 2026, toàn tỉnh mở 96 lớp xóa mù chữ với 2.140 học viên, chủ yếu"
                " là phụ nữ người dân tộc thiểu số ở các xã vùng cao; 18 trung tâm học tập cộng"
                " đồng được công nhận đạt chuẩn."
            ),
            P(
                "Năm học mới, ngành tập trung củng cố kết quả xóa mù chữ mức độ 2, gắn dạy chữ với"
                " dạy nghề ngắn hạn, kỹ năng số và kiến thức pháp luật cho người học."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 28, 15, 30),
            "type": "article",
            "user": "quantri",
            "tags": [],
            "fmt": "basic_html",
            "alt": "Hội nghị giáo dục thường xuyên",
            "changed": 0,
        },
    ),
    Story(
        id=1246,
        slug="thong-bao-lich-tiep-cong-dan-cua-giam-doc-so-thang-11-nam-2026",
        title="Thông báo lịch tiếp công dân của Giám đốc Sở tháng 11 năm 2026",
        cat="thong-bao",
        published_at="2026-10-24",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch tiếp công dân định kỳ của Giám đốc Sở tháng"
                " 11 năm 2026 như sau:"
            ),
            P("Thời gian: từ 8 giờ 00 phút, thứ Năm, ngày 12/11/2026.", "li"),
            P("Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Sở Giáo dục và Đào tạo.", "li"),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội"
                " dung kiến nghị, phản ánh."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 24, 9, 0),
            "type": "thong_bao",
            "user": "vanphong",
            "tags": [],
            "changed": 0,
        },
    ),
    Story(
        id=1243,
        slug="nganh-giao-duc-huong-ung-thang-hanh-dong-vi-binh-dang-gioi",
        title="Ngành Giáo dục hưởng ứng Tháng hành động vì bình đẳng giới",
        cat="tin-hoat-dong",
        published_at="2026-10-21T09:20:00+07:00",
        blocks=[
            Img(
                styled("wide", "2026-10", "binh-dang-gioi-2026.jpg"),
                "Học sinh Trường THCS Phan Thiết tham gia diễn đàn “Em nói về bình đẳng giới”",
                "Học sinh Trường THCS Phan Thiết tham gia diễn đàn “Em nói về bình đẳng giới”",
                "lead",
            ),
            P(
                "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực"
                " trên cơ sở giới năm 2026, các trường học trên địa bàn tỉnh đồng loạt tổ chức"
                " diễn đàn, sân khấu hóa và hoạt động trải nghiệm cho học sinh."
            ),
            P(
                "Cùng với chương trình xóa mù chữ cho phụ nữ vùng cao, hoạt động giúp học sinh nhận"
                " diện định kiến giới và biết cách tự bảo vệ bản thân.",
                "a|/node/1250|chương trình xóa mù chữ cho phụ nữ vùng cao",
            ),
            P(
                "Sở GD&ĐT đề nghị các đơn vị lồng ghép nội dung bình đẳng giới vào hoạt động giáo"
                " dục, không để xảy ra tình trạng tảo hôn đối với học sinh trong độ tuổi đến"
                " trường.",
                "nbsp",
            ),
        ],
        source="Cổng Thông tin điện tử tỉnh Tuyên Quang",
        opts={
            "when": datetime(2026, 10, 21, 9, 20),
            "type": "article",
            "user": "quantri",
            "nguon": ("Cổng Thông tin điện tử tỉnh Tuyên Quang", None),
            "tags": [],
            "fmt": "basic_html",
            "alt": "Bình đẳng giới",
            "changed": 0,
        },
    ),
    Story(
        id=1239,
        slug="truong-tieu-hoc-phan-thiet-ra-mat-thu-vien-than-thien",
        title="Trường Tiểu học Phan Thiết ra mắt thư viện thân thiện",
        cat="tin-tu-co-so",
        published_at="2026-10-16T11:00:00+07:00",
        blocks=[
            Img(
                styled("wide", "2026-10", "thu-vien-than-thien-phan-thiet.jpg"),
                "Học sinh đọc sách tại góc thư viện ngoài trời",
                "Học sinh đọc sách tại góc thư viện ngoài trời",
                "lead",
            ),
            P(
                "Ngày 15/10, Trường Tiểu học Phan Thiết (phường Minh Xuân) khánh thành thư viện"
                " thân thiện với hơn 6.000 đầu sách, khu đọc ngoài trời và góc đọc sách điện tử.",
                "nbsp",
            ),
            P(
                "Thư viện được xây dựng từ nguồn xã hội hóa và sự chung tay của cha mẹ học sinh."
                " Mỗi tuần, các lớp có một tiết đọc tại thư viện; học sinh được mượn sách về nhà"
                " vào cuối tuần."
            ),
        ],
        authors=["Ngọc Anh"],
        source="Báo Giáo dục và Thời đại",
        opts={
            "when": datetime(2026, 10, 16, 11, 0),
            "type": "article",
            "user": "bientap",
            "tac_gia": ["Ngọc Anh"],
            "nguon": (
                "Báo Giáo dục và Thời đại",
                "https://giaoducthoidai.vn/truong-tieu-hoc-phan-thiet-ra-mat-thu-vien-than-thien-post739215.html",
            ),
            "tags": [],
            "fmt": "basic_html",
            "alt": "Thư viện thân thiện",
            "changed": 0,
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
NEWS = LATEST


def article_path(s: Story) -> str:
    w: datetime = s.opts["when"]
    return f"/tin-tuc/{w:%Y}/{w:%m}/{s.slug}"


def category_name(s: Story) -> str:
    return CATS[s.cat][1]


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if s.cat == cat]


def with_tag(tag: str) -> list[Story]:
    return [s for s in LATEST if tag in s.opts.get("tags", [])]


def pages_of(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Doc:
    """A "Văn bản" node: register fields and a file, no text."""

    nid: int
    slug: str
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"

    @property
    def file(self) -> str:
        return f"{FILES}/van-ban/{self.issued:%Y-%m}/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc(1289, "3412-sgddt-gdtrh", "3412/SGDĐT-GDTrH", "Công văn", date(2026, 11, 24), "Trần Văn Luận",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(1283, "518-kh-sgddt", "518/KH-SGDĐT", "Kế hoạch", date(2026, 11, 20), "Nguyễn Quang Huy",
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026 - 2027"),
    Doc(1270, "1452-qd-sgddt", "1452/QĐ-SGDĐT", "Quyết định", date(2026, 11, 12), "Nguyễn Quang Huy",
        "Quyết định thành lập Hội đồng thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027"),
    Doc(1257, "3187-sgddt-tccb", "3187/SGDĐT-TCCB", "Công văn", date(2026, 11, 3), "Phạm Thị Thu Hường",
        "V/v đánh giá, xếp loại chất lượng viên chức năm 2026"),
    Doc(1248, "486-kh-sgddt", "486/KH-SGDĐT", "Kế hoạch", date(2026, 10, 26), "Trần Văn Luận",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp THPT năm học 2026 - 2027"),
    Doc(1236, "2975-sgddt-ctttpc", "2975/SGDĐT-CTTTPC", "Công văn", date(2026, 10, 14), "Phạm Thị Thu Hường",
        "V/v tăng cường công tác phòng, chống đuối nước, tai nạn thương tích cho học sinh"),
]  # fmt: skip
_DOC_BY_ID = {d.nid: d for d in DOCS}
SELECTED = ' selected="selected"'
DOC_KINDS = {
    "All": "- Tất cả -",
    "cong-van": "Công văn",
    "ke-hoach": "Kế hoạch",
    "quyet-dinh": "Quyết định",
}


@dataclass(frozen=True)
class BookPage:
    """A page of the "Hướng dẫn tuyển sinh" book: static guidance, not news."""

    nid: int
    path: str
    title: str
    parent: int | None
    paras: tuple[str, ...]


BOOK_ROOT = 40
BOOK: list[BookPage] = [
    BookPage(40, "/huong-dan-tuyen-sinh", "Hướng dẫn tuyển sinh", None, (
        "Tài liệu này tập hợp các quy định, hướng dẫn về tuyển sinh vào lớp 6 và lớp 10 của tỉnh"
        " Tuyên Quang, được Sở Giáo dục và Đào tạo cập nhật sau mỗi lần có văn bản mới.",
        "Cha mẹ học sinh và học sinh đọc lần lượt từng mục dưới đây; mọi thắc mắc xin gửi về"
        " Phòng Quản lý chất lượng qua số điện thoại 0207 3822 458.",
    )),
    BookPage(41, "/huong-dan-tuyen-sinh/tuyen-sinh-lop-10-thpt", "Tuyển sinh lớp 10 THPT", 40, (
        "Tuyển sinh vào lớp 10 THPT công lập thực hiện theo phương thức kết hợp thi tuyển với xét"
        " tuyển. Thí sinh dự thi ba môn: Ngữ văn, Toán và Tiếng Anh; điểm xét tuyển là tổng điểm"
        " ba bài thi cộng điểm ưu tiên.",
        "Các trường phổ thông dân tộc nội trú và trường THPT ở các xã đặc biệt khó khăn xét tuyển"
        " dựa trên kết quả rèn luyện, học tập bốn năm học cấp THCS.",
    )),
    BookPage(42, "/huong-dan-tuyen-sinh/tuyen-sinh-lop-10-thpt/ho-so-va-le-phi", "Hồ sơ và lệ phí dự tuyển", 41, (
        "Hồ sơ dự tuyển gồm: phiếu đăng ký dự tuyển theo mẫu, bản sao giấy khai sinh, học bạ cấp"
        " THCS hoặc học bạ số, giấy xác nhận chế độ ưu tiên (nếu có).",
        "Thí sinh đăng ký trực tuyến trên Cổng dịch vụ công hoặc nộp trực tiếp tại trường THCS"
        " nơi học lớp 9. Việc thu lệ phí thực hiện theo nghị quyết của Hội đồng nhân dân tỉnh.",
    )),
    BookPage(43, "/huong-dan-tuyen-sinh/tuyen-sinh-lop-6", "Tuyển sinh lớp 6", 40, (
        "Tuyển sinh lớp 6 thực hiện theo phương thức xét tuyển theo địa bàn cư trú do Ủy ban"
        " nhân dân cấp xã giao. Học sinh hoàn thành chương trình tiểu học được tuyển vào lớp 6"
        " của trường THCS trên địa bàn.",
        "Trường THCS có số học sinh đăng ký nhiều hơn chỉ tiêu được giao thì xét theo thứ tự ưu"
        " tiên về nơi cư trú đã công bố trong kế hoạch tuyển sinh.",
    )),
    BookPage(44, "/huong-dan-tuyen-sinh/cau-hoi-thuong-gap", "Câu hỏi thường gặp", 40, (
        "Hỏi: Học sinh chuyển hộ khẩu từ tỉnh khác đến có được dự tuyển vào lớp 10 không? Trả"
        " lời: Được, nếu có hồ sơ cư trú hợp lệ trên địa bàn tỉnh trước thời điểm đăng ký.",
        "Hỏi: Thí sinh được đăng ký tối đa mấy nguyện vọng? Trả lời: Tối đa hai nguyện vọng vào"
        " các trường THPT công lập, không kể nguyện vọng vào trường chuyên.",
    )),
]  # fmt: skip
_BOOK_BY_ID = {b.nid: b for b in BOOK}
_BOOK_BY_PATH = {b.path: b for b in BOOK}

#: basic pages: alias -> (nid, title, paragraphs)
PAGES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "/gioi-thieu": (7, "Giới thiệu chung", (
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh,"
        " tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Từ ngày 01/7/2025, sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, Sở quản lý hơn"
        " 1.100 cơ sở giáo dục với gần 500.000 học sinh, học viên.",
    )),
    "/co-cau-to-chuc": (8, "Cơ cấu tổ chức", (
        "Lãnh đạo Sở gồm Giám đốc và 04 Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài"
        " chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học - Giáo dục thường"
        " xuyên; Phòng Quản lý chất lượng.",
    )),
}  # fmt: skip

#: the photo library: media images (file name, caption)
ALBUM: list[tuple[str, str]] = [
    ("le-ky-niem-20-11-2026-01.jpg", "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026"),
    ("le-ky-niem-20-11-2026-02.jpg", "Tiết mục văn nghệ chào mừng"),
    ("ngay-hoi-van-hoa-dong-van-4.jpg", "Ngày hội văn hóa các dân tộc tại Đồng Văn"),
    ("khai-giang-2026-2027-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("khai-giang-2026-2027-02.jpg", "Học sinh lớp 1 Trường Tiểu học Bình Thuận"),
    ("stem-2026-01.jpg", "Ngày hội STEM cấp tỉnh"),
    ("stem-2026-02.jpg", "Sản phẩm robot của học sinh THCS"),
    ("olympic-tin-hoc-2026.jpg", "Đội tuyển Olympic Tin học"),
    ("tap-huan-hoc-ba-so.jpg", "Tập huấn học bạ số"),
]

#: "Lịch công tác": day -> [(time, content, who presides, place)]
AGENDA: dict[date, list[tuple[str, str, str, str]]] = {
    date(2026, 11, 16): [("08h00", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2")],
    date(2026, 11, 17): [("07h30", "Dự khai mạc Hội thi giáo viên dạy giỏi cấp THPT", "Phó Giám đốc Trần Văn Luận", "Trường THPT Ỷ La")],
    date(2026, 11, 19): [("19h30", "Dự lễ kỷ niệm Ngày Nhà giáo Việt Nam", "Giám đốc Sở", "Hội trường UBND tỉnh")],
    date(2026, 11, 23): [("08h00", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2")],
    date(2026, 11, 24): [("14h00", "Hội nghị giao ban trực tuyến tháng 11", "Giám đốc Sở", "Phòng họp trực tuyến")],
    date(2026, 11, 26): [("08h00", "Kiểm tra công tác bán trú tại xã Lũng Phìn", "Phó Giám đốc Phạm Thị Thu Hường", "Xã Lũng Phìn")],
    date(2026, 11, 27): [("14h00", "Họp Hội đồng thi chọn học sinh giỏi lớp 12", "Giám đốc Sở", "Phòng họp tầng 2")],
    date(2026, 11, 30): [("08h00", "Giao ban lãnh đạo Sở", "Giám đốc Sở", "Phòng họp tầng 2")],
    date(2026, 12, 2): [("08h00", "Tiếp công dân định kỳ", "Giám đốc Sở", "Phòng tiếp công dân")],
}  # fmt: skip
CAL_MIN = date(1000, 1, 1)
CAL_MAX = date(9999, 12, 31)


def monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


THIS_WEEK = monday(TODAY_DATE)


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    return text(value, nfd=bool(s and s.opts.get("nfd")))


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _utc(w: datetime) -> str:
    """Drupal 10.1+'s ``<time datetime>``: the instant in UTC."""
    return w.replace(tzinfo=LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _noon_utc(d: date) -> str:
    """How Drupal renders a date-only value's ``datetime``: noon UTC of that day."""
    return f"{d:%Y-%m-%d}T12:00:00Z"


def _submitted(w: datetime) -> str:
    """The site's "medium" date format, "l, d/m/Y - H:i" in Vietnamese."""
    return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y - %H:%M}"


MONTHS = (
    "Một",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Mười Hai",
)


def _long(w: datetime) -> str:
    """The "long" format of the timestamp formatter's tooltip: "l, j F, Y - H:i"."""
    return f"{WEEKDAYS[w.weekday()]}, {w.day} Tháng {MONTHS[w.month - 1]}, {w.year} - {w:%H:%M}"


def _count(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _views(s: Story) -> int:
    return 180 + (s.id * 89) % 3100


def _words_nbsp(value: str, s: Story) -> str:
    """CKEditor 5 keeps a typed double space as ``&nbsp;``: two word gaps written that way."""
    words = value.split(" ")
    out = _t(words[0], s)
    for i, word in enumerate(words[1:], 1):
        out += ("&nbsp;" if i in (3, 8) else " ") + _t(word, s)
    return out


def _para(b: P, s: Story) -> str:
    if b.style == "b":
        return f"<p><strong>{_t(b.text, s)}</strong></p>"
    if b.style == "nbsp":
        return f"<p>{_words_nbsp(b.text, s)}</p>"
    if b.style.startswith("a|"):
        _, href, phrase = b.style.split("|", 2)
        before, after = b.text.split(phrase, 1)
        return f'<p>{_t(before, s)}<a href="{href}">{_t(phrase, s)}</a>{_t(after, s)}</p>'
    return f"<p>{_t(b.text, s)}</p>"


def _uuid(seed: str) -> str:
    h = hashlib.md5(seed.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _figure(img: Img, s: Story) -> str:
    alt = esc(img.printed or "")
    if img.style == "fig":
        cap = f"<figcaption>{_t(img.printed, s)}</figcaption>" if img.printed else ""
        return f'<figure class="image"><img src="{esc(img.src)}" alt="{alt}" width="1024" height="683">{cap}</figure>'
    if img.style == "cap":
        return (
            '<figure role="group" class="caption caption-img align-center">'
            f'<img src="{esc(img.src)}" data-entity-uuid="{_uuid(img.src)}" data-entity-type="file"'
            f' alt="{alt}" width="800" height="533" loading="lazy">'
            f"<figcaption>{_t(img.printed or '', s)}</figcaption></figure>"
        )
    # media: a <drupal-media> embed rendered with the media's view mode "Nội dung"
    cap = (
        '<div class="field field--name-field-chu-thich field--type-string field--label-hidden'
        f' field__item">{_t(img.printed, s)}</div>'
        if img.printed
        else ""
    )
    return (
        '<article class="align-center media media--type-image media--view-mode-noi-dung">'
        '<div class="field field--name-field-media-image field--type-image field--label-visually_hidden">'
        '<div class="field__label visually-hidden">Ảnh</div><div class="field__item">'
        f'<img loading="lazy" src="{esc(img.src)}" width="800" height="533" alt="{alt}" /></div></div>'
        f"{cap}</article>"
    )


def _body(s: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            head = [r for r in rows if r.style == "th"]
            thead = "".join(
                "<tr>" + "".join(f"<th>{_t(c, s)}</th>" for c in r.text.split(" | ")) + "</tr>"
                for r in head
            )
            tbody = "".join(
                "<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in r.text.split(" | ")) + "</tr>"
                for r in rows
                if r.style == "tr"
            )
            out.append(
                f'<figure class="table"><table><thead>{thead}</thead><tbody>{tbody}</tbody></table></figure>'
            )
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_t(i.text, s)}</li>" for i in items) + "</ul>")
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows.append(b)
            continue
        if isinstance(b, P) and b.style == "li":
            items.append(b)
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, P):
            out.append(_para(b, s))
        elif isinstance(b, Img) and b.style != "lead":
            out.append(_figure(b, s))
    flush()
    return "\n".join(out)


def _field(name: str, label: str | None, values: list[str], ftype: str = "string") -> str:
    """A field as Olivero's field.html.twig prints it (inline label, or hidden)."""
    if label is None:
        (value,) = values
        return (
            f'<div class="field field--name-{name} field--type-{ftype} field--label-hidden'
            f' field__item">{value}</div>'
        )
    if len(values) == 1:
        items = f'<div class="field__item">{values[0]}</div>'
    else:
        items = (
            '<div class="field__items">'
            + "".join(f'<div class="field__item">{v}</div>' for v in values)
            + "</div>"
        )
    return (
        f'<div class="field field--name-{name} field--type-{ftype} field--label-inline clearfix">'
        f'<div class="field__label">{label}</div>{items}</div>'
    )


def _lead(s: Story) -> str:
    leads = [b for b in s.blocks if isinstance(b, Img) and b.style == "lead"]
    if not leads:
        return ""
    img = leads[0]
    title = s.opts.get("title_attr")
    tattr = f' title="{esc(title)}"' if title else ""
    out = _field(
        "field-image",
        None,
        [
            f'<img loading="eager" src="{esc(img.src)}" width="1100" height="733"'
            f' alt="{esc(s.opts.get("alt", ""))}"{tattr} class="image-style-wide" />'
        ],
        "image",
    )
    if img.printed:
        out += _field("field-chu-thich-anh", None, [_t(img.printed, s)])
    return out


def _tags(s: Story) -> str:
    tags = s.opts.get("tags") or []
    if not tags:
        return ""
    lis = "".join(
        f'<li class="field--tags__item"><a href="/tu-khoa/{t}" hreflang="vi">{TAGS[t][1]}</a></li>'
        for t in tags
    )
    return (
        '<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">'
        f'<h3 class="field__label field--tags__label">Từ khóa</h3><ul class="links field__items field--tags__items">{lis}</ul></div>'
    )


def _node(s: Story) -> str:
    """The node's own markup (``<article class="node …">``), title excluded (page title block)."""
    w: datetime = s.opts["when"]
    kind = s.opts["type"]
    parts: list[str] = []
    header = ""
    if kind == "article":
        header = (
            '<header class=""><div class="node__meta">'
            f'<span>Bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden">'
            f'<span lang="" typeof="schema:Person" property="schema:name" datatype="">{s.opts["user"]}</span></span></span>'
            '<span class="node__meta-date"><span class="field field--name-created field--type-created field--label-hidden">'
            f'<time datetime="{_utc(w)}" title="{_long(w)}" class="datetime">{_submitted(w)}</time></span></span>'
            "</div></header>"
        )
    else:
        parts.append(
            _field("field-ngay-dang", "Ngày đăng",
                   [f'<time datetime="{_noon_utc(w.date())}" class="datetime">{_dmy(w)}</time>'], "datetime")
        )  # fmt: skip
    if s.summary and s.sapo_outside:
        parts.append(_field("field-tom-tat", None, [_t(s.summary, s)], "string-long"))
    parts.append(_lead(s))
    parts.append(
        '<div class="text-content clearfix field field--name-body field--type-text-with-summary'
        f' field--label-hidden field__item">{_body(s)}</div>'
    )
    if s.opts.get("file"):
        href, size = s.opts["file"]
        name = href.rsplit("/", 1)[1]
        parts.append(_field("field-tep-dinh-kem", "Tệp đính kèm", [
            f'<span class="file file--mime-application-pdf file--application-pdf"><a href="{href}"'
            f' type="application/pdf" title="{name}">{name}</a></span> <span>({size / 1024:.2f} KB)</span>'
        ], "file"))  # fmt: skip
    if s.opts.get("tac_gia"):
        parts.append(_field("field-tac-gia", "Tác giả", [_t(v) for v in s.opts["tac_gia"]]))
    if s.opts.get("nguon"):
        label, url = s.opts["nguon"]
        value = (
            f'<a href="{esc(url)}" target="_blank" rel="nofollow">{_t(label)}</a>'
            if url
            else _t(label)
        )
        parts.append(_field("field-nguon", "Nguồn", [value], "link" if url else "string"))
    _tid, cname = CATS[s.cat]
    parts.append(_field("field-chuyen-muc", "Chuyên mục",
                        [f'<a href="/tin-tuc/{s.cat}" hreflang="vi">{cname}</a>'], "entity-reference"))  # fmt: skip
    parts.append(_tags(s))
    parts.append(
        f'<div class="node__links"><ul class="links inline"><li class="statistics-counter">{_count(_views(s))} lượt xem</li></ul></div>'
    )
    promoted = " node--promoted" if kind == "article" else ""
    return (
        f'<article data-history-node-id="{s.id}" class="node node--type-{kind.replace("_", "-")}{promoted} node--view-mode-full">'
        f'{header}<div class="node__content">{"".join(p for p in parts if p)}</div></article>'
    )


_CHEVRON = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="14" viewBox="0 0 9 14">'
    '<path fill="currentColor" d="M1.5 0L0 1.5 5.5 7 0 12.5 1.5 14l7-7z"/></svg>'
)


def _nav_item(
    label: str, href: str | None, children: list[tuple[str, str]] = (), active: bool = False
) -> str:
    if not children:
        return (
            '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">'
            f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1'
            f'{" is-active" if active else ""}"><span class="primary-nav__menu-link-inner'
            f' primary-nav__menu-link-inner--level-1">{label}</span></a></li>'
        )
    subs = "".join(
        '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-2">'
        f'<a href="{h}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-2">'
        f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-2">{t}</span></a></li>'
        for t, h in children
    )
    return (
        '<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1'
        ' primary-nav__menu-item--has-children" data-drupal-selector="primary-nav-menu-item-has-children">'
        f'<a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1'
        ' primary-nav__menu-link--has-children" data-drupal-selector="primary-nav-menu-link-has-children">'
        f'<span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{label}</span></a>'
        '<button class="primary-nav__button-toggle" data-drupal-selector="primary-nav-submenu-toggle-button"'
        f' aria-expanded="false"><span class="visually-hidden">Danh mục con {label}</span>'
        '<span class="icon--menu-toggle"></span></button>'
        '<span data-drupal-selector="primary-nav-menu-🥕" class="primary-nav__menu-🥕"></span>'
        '<ul class="menu primary-nav__menu primary-nav__menu--level-2" data-drupal-selector="primary-nav-menu--level-2">'
        f"{subs}</ul></li>"
    )


def _search_form(variant: str) -> str:
    return (
        f'<div class="search-block-form block block-search-{variant} block-search" data-drupal-selector="search-block-form"'
        f' id="block-olivero-search-form-{variant}" role="search">'
        f'<h2 class="visually-hidden block__title">Tìm kiếm</h2><div class="block__content">'
        '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">'
        '<div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">'
        '<label for="edit-keys" class="visually-hidden">Tìm kiếm</label>'
        '<input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm theo từ khóa hoặc cụm từ." data-drupal-selector="edit-keys"'
        ' type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search" />'
        '</div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
        '<input class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit"'
        ' type="submit" id="edit-submit" value="Tìm kiếm" /></div></form></div></div>'
    )


def _header(active: str) -> str:
    cats = [(name, f"/tin-tuc/{slug}") for slug, (_, name) in CATS.items()]
    menu = "".join([
        _nav_item("Trang chủ", "/", active=active == "/"),
        _nav_item("Giới thiệu", "/gioi-thieu", [("Giới thiệu chung", "/gioi-thieu"), ("Cơ cấu tổ chức", "/co-cau-to-chuc")]),
        _nav_item("Tin tức", "/tin-tuc", cats),
        _nav_item("Văn bản", "/van-ban"),
        _nav_item("Tuyển sinh", "/huong-dan-tuyen-sinh"),
        _nav_item("Lịch công tác", "/lich-cong-tac"),
        _nav_item("Thư viện ảnh", "/thu-vien-anh"),
        _nav_item("Liên hệ", "/lien-he"),
    ])  # fmt: skip
    return (
        '<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">'
        '<div class="site-header__fixable" data-drupal-selector="site-header-fixable">'
        '<div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle"'
        ' role="switch" aria-controls="site-header__inner" aria-label="Thanh tiêu đề cố định" aria-checked="false">'
        '<span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>'
        '<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">'
        '<div class="container site-header__inner__container">'
        '<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding block block-system block-system-branding-block">'
        '<div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo">'
        f'<img src="{FILES}/logo-sgddt-tuyenquang.png" alt="Trang chủ" fetchpriority="high" /></a>'
        f'<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{SITE}</a></div>'
        '<div class="site-branding__slogan">Trang thông tin điện tử</div></div></div></div>'
        '<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>'
        '<div class="mobile-buttons" data-drupal-selector="mobile-buttons">'
        '<button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Danh mục chính"'
        ' aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Danh mục</span>'
        '<span class="mobile-nav-button__icon"></span></button></div>'
        '<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">'
        + _search_form("narrow")
        + '<nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"'
        ' aria-labelledby="block-olivero-main-menu-menu" role="navigation">'
        '<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Điều hướng chính</h2>'
        f'<ul data-drupal-selector="primary-nav-menu--level-1" class="menu primary-nav__menu primary-nav__menu--level-1">{menu}</ul></nav>'
        '<div class="region region--secondary-menu">'
        + _search_form("wide")
        + '<nav id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav"'
        ' aria-labelledby="block-olivero-account-menu-menu" role="navigation">'
        '<span class="visually-hidden" id="block-olivero-account-menu-menu">Menu tài khoản</span>'
        '<ul class="menu secondary-nav__menu secondary-nav__menu--level-1"><li class="secondary-nav__menu-item'
        ' secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login"'
        ' class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1">Đăng nhập</a></li></ul></nav>'
        '<div id="block-ngayhientai" class="block block-block-content block-block-content7c1e0b7a">'
        f'<div class="block__content"><div class="text-content"><p class="ngay-hien-tai">{TODAY}</p></div></div></div>'
        "</div></div></div></div></div></header>"
    )


def _breadcrumb(trail: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<li class="breadcrumb__item"><a href="{href}" class="breadcrumb__link">{label}</a></li>'
        for label, href in [("Trang chủ", "/"), *trail]
    )
    return (
        '<div class="region region--breadcrumb grid-full layout--pass--content-medium">'
        '<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">'
        '<div class="block__content"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
        '<h2 id="system-breadcrumb" class="visually-hidden">Bạn đang ở đây</h2>'
        f'<div class="breadcrumb__content"><ol class="breadcrumb__list">{items}</ol></div></nav></div></div></div>'
    )


def _block(bid: str, title: str | None, content: str, cls: str = "block-views") -> str:
    h = f'<h2 class="block__title">{title}</h2>' if title else ""
    return f'<div id="block-{bid}" class="block {cls} block-{bid}">{h}<div class="block__content">{content}</div></div>'


def _sidebar() -> str:
    latest = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="{article_path(s)}" hreflang="vi">{_t(s.title)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content">'
        f'<time datetime="{_utc(s.opts["when"])}" class="datetime">{_dmy(s.opts["when"])}</time></span></div></div>'
        for s in LATEST[:5]
    )
    docs = "".join(
        f'<li><a href="{d.path}" hreflang="vi">{d.number}</a><div class="trich-yeu">{esc(d.abstract)}</div></li>'
        for d in DOCS[:4]
    )
    banners = (
        '<div class="text-content"><p><a href="https://moet.gov.vn" target="_blank"><img src="'
        f'{FILES}/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" /></a></p>'
        f'<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="{FILES}/banner/dich-vu-cong.png"'
        ' alt="Cổng dịch vụ công quốc gia" /></a></p>'
        f'<p><a href="/huong-dan-tuyen-sinh"><img src="{FILES}/banner/tuyen-sinh-2027.png"'
        ' alt="Hướng dẫn tuyển sinh năm học 2027 - 2028" /></a></p>'
        f'<p><a href="/lich-cong-tac"><img src="{FILES}/banner/lich-cong-tac.png" alt="Lịch công tác" /></a></p></div>'
    )
    counter = (
        '<div class="text-content"><ul class="thong-ke-truy-cap">'
        "<li>Đang truy cập: <strong>42</strong></li><li>Hôm nay: <strong>1.386</strong></li>"
        "<li>Tháng này: <strong>38.915</strong></li><li>Tổng lượt truy cập: <strong>3.120.774</strong></li></ul></div>"
    )
    return (
        '<aside class="region region--sidebar" role="complementary">'
        + _block("views-block-tin-moi-block-1", "Tin mới cập nhật",
                 f'<div class="views-element-container"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1">'
                 f'<div class="view-content">{latest}</div><div class="more-link"><a href="/tin-tuc">Xem tất cả</a></div></div></div>')
        + _block("views-block-van-ban-block-1", "Văn bản mới", f'<ul class="van-ban-moi">{docs}</ul>')
        + _block("quangcao", None, banners, "block-block-content")
        + _block("thongketruycap", "Thống kê truy cập", counter, "block-block-content")
        + "</aside>"
    )  # fmt: skip


def _social() -> str:
    return (
        '<div class="region region--social-bar"><div class="social-bar__inner fixable"><div class="rotate">'
        '<div id="block-chiase" class="block block-block-content block-chiase">'
        '<h2 class="block__title">Chia sẻ</h2><div class="block__content"><div class="text-content"><ul class="chia-se">'
        '<li><a class="chia-se__facebook" href="https://www.facebook.com/sharer/sharer.php" target="_blank">Facebook</a></li>'
        '<li><a class="chia-se__zalo" href="https://zalo.me/share" target="_blank">Zalo</a></li>'
        '<li><a class="chia-se__x" href="https://x.com/intent/post" target="_blank">X</a></li>'
        '<li><a class="chia-se__email" href="mailto:?subject=Chia%20s%E1%BA%BB%20b%C3%A0i%20vi%E1%BA%BFt">Email</a></li>'
        '<li><a class="chia-se__in" href="javascript:window.print()">In bài viết</a></li>'
        "</ul></div></div></div></div></div></div>"
    )


def _footer() -> str:
    return (
        '<footer class="site-footer"><div class="site-footer__inner container">'
        '<div class="region region--footer-top grid-full layout--pass--content-medium"><div class="region--footer_top__inner">'
        '<div id="block-thongtincoquan" class="block block-block-content block-thongtincoquan"><div class="block__content"><div class="text-content">'
        f"<p><strong>{SITE.upper()}</strong></p>"
        "<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p>"
        f"<p>Địa chỉ: {ADDRESS}</p>"
        f"<p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>"
        "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        "<p>Giấy phép số 18/GP-STTTT ngày 05/9/2025 của Sở Khoa học và Công nghệ tỉnh Tuyên Quang</p>"
        "</div></div></div>"
        '<nav id="block-olivero-footer" class="block block-menu navigation menu--footer" aria-labelledby="block-olivero-footer-menu" role="navigation">'
        '<h2 class="visually-hidden block__title" id="block-olivero-footer-menu">Chân trang</h2>'
        '<ul class="menu"><li class="menu__item"><a href="/lien-he" class="menu__link">Liên hệ</a></li>'
        '<li class="menu__item"><a href="/rss.xml" class="menu__link">RSS</a></li>'
        '<li class="menu__item"><a href="/gioi-thieu" class="menu__link">Giới thiệu</a></li></ul></nav>'
        "</div></div>"
        '<div class="region region--footer-bottom grid-full layout--pass--content-medium">'
        '<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><div class="block__content">'
        '<span>Được xây dựng trên nền tảng <a href="https://www.drupal.org">Drupal</a></span></div></div></div>'
        "</div></footer>"
    )


def _page(
    title: str,
    main: str,
    body_class: str,
    *,
    h1: str | None = None,
    head: str = "",
    crumbs: str = "",
    below: str = "",
    sidebar: bool = True,
    current: str = "",
    active: str = "",
) -> str:
    """An Olivero page: header, breadcrumb, page title block, content, sidebar, social bar, footer."""
    heading = h1 if h1 is not None else f'<h1 class="title page-title">{title}</h1>'
    above = (
        '<div class="region region--content-above grid-full layout--pass--content-medium">'
        f'<div id="block-olivero-page-title" class="block block-core block-page-title-block">{heading}</div></div>'
    )
    content = (
        '<div class="region region--content grid-full layout--pass--content-medium" id="content">'
        '<div data-drupal-messages-fallback class="hidden messages-list"></div>'
        f'<div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">{main}</div></div></div>'
    )
    if sidebar:
        columns = f'<div class="sidebar-grid grid-full"><main role="main" class="site-main">{above}{content}</main>{_sidebar()}</div>'
    else:
        columns = f'<main role="main">{above}{content}</main>'
    below_region = (
        f'<div class="region region--content-below grid-full layout--pass--content-medium">{below}</div>'
        if below
        else ""
    )
    settings = (
        '{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"'
        + current.replace("/", "\\/")
        + '","currentPathIsAdmin":false,"isFront":'
        + ("true" if current == "node" else "false")
        + ',"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,'
        '"ajaxTrustedUrl":{"\\/search\\/node":true},"user":{"uid":0,"permissionsHash":"9b4c1d7e0f2a8c6e"}}'
    )
    plain = re.sub(r"<[^>]+>", "", title)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{esc(SHORT)}" href="/rss.xml" />
{head}
    <title>{plain} | {esc(SITE)}</title>
    <link rel="stylesheet" media="all" href="{FILES}/css/css_Qm3pV0o1cT9c2rXh8fQ1kLJbZ4wWgNnY6sE7uD5aHdA.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdjEEOwjAMBD8UyJOi0ZgtVhZVH" />
    <link rel="stylesheet" media="all" href="{THEME}/css/components/social-bar.css?t4x2pq" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
{_header(active)}
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main">
<div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"></div>
{crumbs}
{columns}
{below_region}
</div></div>
<div class="social-bar">{_social()}</div>
</div></div>
{_footer()}
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div>
    </div>
    <script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>
    <script src="{FILES}/js/js_b5VtPq2Zr0m8Lw1c3YhD9kE6sNfGjXoU4aIeQ7tRz1M.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero"></script>
  </body>
</html>
"""


def _pager(page: int, pages: int, keep: str = "") -> str:
    """Drupal's full pager in Olivero's markup; hrefs are query strings only (``?page=1``)."""
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return "?" + (f"{keep}&amp;" if keep else "") + f"page={n}"

    def control(kind: str, n: int, title: str, label: str, rel: str = "") -> str:
        r = f' rel="{rel}"' if rel else ""
        return (
            f'<li class="pager__item pager__item--control pager__item--{kind}">'
            f'<a href="{href(n)}" title="{title}" class="pager__link"{r}>'
            f'<span class="visually-hidden">{label}</span>{_CHEVRON}</a></li>'
        )

    items = []
    if page > 0:
        items.append(control("first", 0, "Đến trang đầu", "Trang đầu"))
        items.append(control("previous", page - 1, "Đến trang trước", "Trang trước", "prev"))
    for n in range(pages):
        if n == page:
            items.append(
                f'<li class="pager__item pager__item--active"><a href="{href(n)}" class="pager__link is-active"'
                f' title="Trang hiện tại" aria-current="page"><span class="visually-hidden">Trang hiện tại</span>{n + 1}</a></li>'
            )
        else:
            items.append(
                f'<li class="pager__item"><a href="{href(n)}" class="pager__link" title="Đến trang {n + 1}">'
                f'<span class="visually-hidden">Trang</span>{n + 1}</a></li>'
            )
    if page < pages - 1:
        items.append(control("next", page + 1, "Đến trang kế tiếp", "Trang kế tiếp", "next"))
        items.append(control("last", pages - 1, "Đến trang cuối", "Trang cuối"))
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
        '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
        f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
    )


def page_no(params: dict[str, str], pages: int) -> int:
    """Views clamps a page past the last to the last one; junk reads as the first."""
    try:
        n = int(params.get("page", "0"))
    except ValueError:
        n = 0
    return min(max(n, 0), pages - 1)


def _teaser(s: Story, limit: int = 170) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _thumb(s: Story) -> str:
    leads = [i for i in s.images if i.style == "lead"]
    if not leads:
        return ""
    name = leads[0].src.split("?")[0].rsplit("/", 1)[1]
    month = f"{s.opts['when']:%Y-%m}"
    return (
        '<div class="views-field views-field-field-image"><div class="field-content">'
        f'<a href="{article_path(s)}" hreflang="vi"><img loading="lazy" src="{esc(styled("medium", month, name))}"'
        f' width="220" height="147" alt="{esc(s.opts.get("alt", ""))}" class="image-style-medium" /></a></div></div>'
    )


def _rows(stories: list[Story]) -> str:
    return "".join(
        f'<div class="views-row">{_thumb(s)}'
        f'<div class="views-field views-field-title"><h3 class="field-content"><a href="{article_path(s)}" hreflang="vi">{_t(s.title)}</a></h3></div>'
        f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{_utc(s.opts["when"])}"'
        f' class="datetime">{_dmy(s.opts["when"])}</time></span></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{_t(_teaser(s))}</div></div></div>'
        for s in stories
    )


def _listing(view: str, title: str, stories: list[Story], params: dict[str, str], per: int,
             crumbs: list[tuple[str, str]], header: str = "", feed: str = "", current: str = "") -> str:  # fmt: skip
    pages = pages_of(len(stories), per)
    page = page_no(params, pages)
    chunk = stories[page * per : (page + 1) * per]
    content = (
        _rows(chunk) if chunk else '<div class="view-empty"><p>Chưa có bài viết nào.</p></div>'
    )
    feed_icon = (
        f'<div class="feed-icons"><a href="{feed}" class="feed-icon">Đăng ký theo dõi {title}</a></div>'
        if feed
        else ""
    )
    main = (
        f'<div class="views-element-container"><div class="view view-{view.replace("_", "-")} view-id-{view}'
        f' view-display-id-page_1 js-view-dom-id-{hashlib.md5((view + title).encode()).hexdigest()}">'
        f'{header}<div class="view-content">{content}</div>{_pager(page, pages)}{feed_icon}</div></div>'
    )
    return _page(
        title,
        main,
        "path-taxonomy" if feed else "path-tin-tuc",
        crumbs=_breadcrumb(crumbs),
        current=current,
    )


def _related(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:4]
    lis = "".join(
        f'<li><a href="{article_path(o)}" hreflang="vi">{_t(o.title)}</a> <span class="ngay">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return _block(
        "views-block-tin-cung-chuyen-muc-block-1",
        "Tin cùng chuyên mục",
        f'<div class="views-element-container"><div class="view view-tin-cung-chuyen-muc"><div class="item-list"><ul>{lis}</ul></div></div></div>',
    )


def _article(s: Story, base: str) -> str:
    head = (
        f'<link rel="canonical" href="{base}{article_path(s)}" />\n'
        f'<link rel="shortlink" href="{base}/node/{s.id}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        f'<meta property="og:url" content="{base}{article_path(s)}" />'
    )
    h1 = (
        '<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">'
        f"{_t(s.title, s)}</span></h1>"
    )
    kind = s.opts["type"].replace("_", "-")
    return _page(
        _t(s.title), _node(s), f"path-node page-node-type-{kind}", h1=h1, head=head,
        crumbs=_breadcrumb([("Tin tức", "/tin-tuc")]), below=_related(s), current=f"node/{s.id}",
    )  # fmt: skip


def _front() -> str:
    articles = [s for s in LATEST if s.opts["type"] == "article"]
    hot = articles[:3]
    hero = "".join(
        f'<div class="views-row tin-noi-bat__item">{_thumb(s)}<div class="views-field views-field-title">'
        f'<h2 class="field-content"><a href="{article_path(s)}" hreflang="vi">{_t(s.title)}</a></h2></div>'
        f'<div class="views-field views-field-body"><div class="field-content">{_t(_teaser(s))}</div></div></div>'
        for s in hot
    )
    latest = _rows(articles[3:9])
    notices = "".join(
        f'<li><a href="{article_path(s)}" hreflang="vi">{_t(s.title)}</a> <span class="ngay">{_dmy(s.opts["when"])}</span></li>'
        for s in in_cat("thong-bao")
    )
    guide = "".join(f'<li><a href="{b.path}" hreflang="vi">{b.title}</a></li>' for b in BOOK[1:])
    main = (
        _block("views-block-tin-noi-bat-block-1", "Tin nổi bật", f'<div class="view view-tin-noi-bat"><div class="view-content">{hero}</div></div>')
        + _block("views-block-tin-moi-block-2", "Tin mới", f'<div class="view view-tin-moi"><div class="view-content">{latest}</div>'
                 '<div class="more-link"><a href="/tin-tuc">Xem thêm tin tức</a></div></div>')
        + _block("views-block-thong-bao-block-1", "Thông báo", f'<div class="item-list"><ul>{notices}</ul></div>'
                 '<div class="more-link"><a href="/tin-tuc/thong-bao">Xem tất cả thông báo</a></div>')
        + _block("huongdantuyensinh", "Hướng dẫn tuyển sinh", f'<ul class="book-links">{guide}</ul>', "block-block-content")
    )  # fmt: skip
    h1 = f'<h1 class="title page-title visually-hidden">{esc(SITE)}</h1>'
    return _page("Trang chủ", main, "path-frontpage", h1=h1, current="node", active="/")


def _van_ban(params: dict[str, str]) -> str:
    kind = params.get("loai", "All")
    if kind not in DOC_KINDS:
        kind = "All"
    docs = [d for d in DOCS if kind == "All" or DOC_KINDS[kind] == d.kind]
    pages = pages_of(len(docs), DOCS_PER_PAGE)
    page = page_no(params, pages)
    rows = "".join(
        f'<tr><td class="views-field views-field-field-so-ky-hieu"><a href="{d.path}" hreflang="vi">{d.number}</a></td>'
        f'<td class="views-field views-field-field-ngay-ban-hanh"><time datetime="{_noon_utc(d.issued)}" class="datetime">{_dmy(d.issued)}</time></td>'
        f'<td class="views-field views-field-title">{esc(d.abstract)}</td>'
        f'<td class="views-field views-field-field-loai-van-ban">{d.kind}</td></tr>'
        for d in docs[page * DOCS_PER_PAGE : (page + 1) * DOCS_PER_PAGE]
    )
    options = "".join(
        f'<option value="{k}"{SELECTED if k == kind else ""}>{v}</option>'
        for k, v in DOC_KINDS.items()
    )
    form = (
        '<form class="views-exposed-form" data-drupal-selector="views-exposed-form-van-ban-page-1" action="/van-ban"'
        ' method="get" id="views-exposed-form-van-ban-page-1" accept-charset="UTF-8">'
        '<div class="js-form-item form-item js-form-type-select form-item-loai js-form-item-loai">'
        f'<label for="edit-loai" class="form-item__label">Loại văn bản</label><select data-drupal-selector="edit-loai" id="edit-loai" name="loai" class="form-select form-element form-element--type-select">{options}</select></div>'
        '<div class="form-actions js-form-wrapper form-wrapper"><input data-drupal-selector="edit-submit-van-ban" type="submit"'
        ' id="edit-submit-van-ban" value="Lọc" class="button js-form-submit form-submit" /></div></form>'
    )
    table = (
        '<table class="views-table views-view-table cols-4"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Loại văn bản</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    keep = f"loai={kind}" if "loai" in params else ""
    main = (
        '<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1">'
        f'<div class="view-filters">{form}</div><div class="view-content">{table}</div>{_pager(page, pages, keep)}</div></div>'
    )
    return _page("Văn bản", main, "path-van-ban", crumbs=_breadcrumb([]), current="van-ban")


def _doc_page(d: Doc, base: str) -> str:
    size = 96_000 + d.nid * 31
    fields = "".join([
        _field("field-so-ky-hieu", "Số/Ký hiệu", [d.number]),
        _field("field-ngay-ban-hanh", "Ngày ban hành", [f'<time datetime="{_noon_utc(d.issued)}" class="datetime">{_dmy(d.issued)}</time>'], "datetime"),
        _field("field-loai-van-ban", "Loại văn bản", [d.kind], "list-string"),
        _field("field-co-quan-ban-hanh", "Cơ quan ban hành", ["Sở Giáo dục và Đào tạo"]),
        _field("field-nguoi-ky", "Người ký", [d.signer]),
        _field("field-trich-yeu", "Trích yếu", [esc(d.abstract)], "string-long"),
        _field("field-tep-van-ban", "Tệp văn bản", [
            f'<span class="file file--mime-application-pdf file--application-pdf"><a href="{d.file}" type="application/pdf"'
            f' title="{d.file.rsplit("/", 1)[1]}">{d.file.rsplit("/", 1)[1]}</a></span> <span>({size / 1024:.2f} KB)</span>'
        ], "file"),
    ])  # fmt: skip
    main = f'<article data-history-node-id="{d.nid}" class="node node--type-van-ban node--view-mode-full"><div class="node__content">{fields}</div></article>'
    head = f'<link rel="canonical" href="{base}{d.path}" />\n<link rel="shortlink" href="{base}/node/{d.nid}" />'
    h1 = f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{d.number}</span></h1>'
    return _page(d.number, main, "path-node page-node-type-van-ban", h1=h1, head=head,
                 crumbs=_breadcrumb([("Văn bản", "/van-ban")]), current=f"node/{d.nid}")  # fmt: skip


def _book_tree(parent: int) -> str:
    kids = [b for b in BOOK if b.parent == parent]
    if not kids:
        return ""
    return (
        '<ul class="book-navigation__menu">'
        + "".join(
            f'<li class="book-navigation__item"><a href="{b.path}" hreflang="vi" class="book-navigation__link">{b.title}</a>{_book_tree(b.nid)}</li>'
            for b in kids
        )
        + "</ul>"
    )


def _book_order() -> list[BookPage]:
    out: list[BookPage] = []

    def walk(nid: int) -> None:
        out.append(_BOOK_BY_ID[nid])
        for b in BOOK:
            if b.parent == nid:
                walk(b.nid)

    walk(BOOK_ROOT)
    return out


def _book_page(b: BookPage, base: str) -> str:
    order = _book_order()
    i = order.index(b)
    pager = []
    if i > 0:
        prev = order[i - 1]
        pager.append(
            f'<li class="book-pager__item book-pager__item--previous"><a href="{prev.path}" rel="prev" title="Đến trang trước">‹ {prev.title}</a></li>'
        )
    if b.parent is not None:
        up = _BOOK_BY_ID[b.parent]
        pager.append(
            f'<li class="book-pager__item book-pager__item--center"><a href="{up.path}" title="Đến trang cha">Lên</a></li>'
        )
    if i < len(order) - 1:
        nxt = order[i + 1]
        pager.append(
            f'<li class="book-pager__item book-pager__item--next"><a href="{nxt.path}" rel="next" title="Đến trang kế tiếp">{nxt.title} ›</a></li>'
        )
    nav = (
        f'<nav id="book-navigation-{BOOK_ROOT}" class="book-navigation" role="navigation" aria-labelledby="book-label-{BOOK_ROOT}">'
        + _book_tree(b.nid)
        + f'<h2 class="visually-hidden" id="book-label-{BOOK_ROOT}">Liên kết điều hướng sách cho Hướng dẫn tuyển sinh</h2>'
        + f'<ul class="book-pager">{"".join(pager)}</ul></nav>'
    )
    body = "".join(f"<p>{esc(p)}</p>" for p in b.paras)
    main = (
        f'<article data-history-node-id="{b.nid}" class="node node--type-book node--view-mode-full"><div class="node__content">'
        f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
        f'{nav}<div class="node__links"><ul class="links inline"><li class="book-printer">'
        f'<a href="/book/export/html/{b.nid}" title="Hiển thị phiên bản in của trang sách này và các trang con.">Phiên bản in</a></li></ul></div>'
        "</div></article>"
    )
    head = f'<link rel="canonical" href="{base}{b.path}" />\n<link rel="shortlink" href="{base}/node/{b.nid}" />'
    h1 = f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{b.title}</span></h1>'
    trail = [(p.title, p.path) for p in _book_ancestors(b)]
    return _page(b.title, main, "path-node page-node-type-book", h1=h1, head=head,
                 crumbs=_breadcrumb(trail), current=f"node/{b.nid}")  # fmt: skip


def _book_ancestors(b: BookPage) -> list[BookPage]:
    out = []
    while b.parent is not None:
        b = _BOOK_BY_ID[b.parent]
        out.insert(0, b)
    return out


def _book_export(nid: int) -> str | None:
    b = _BOOK_BY_ID.get(nid)
    if b is None:
        return None
    sections = []

    def walk(page: BookPage, depth: int) -> None:
        paras = "".join(f"<p>{esc(p)}</p>" for p in page.paras)
        sections.append(
            f'<article id="node-{page.nid}" class="section-{depth}"><h1 class="book-heading">{page.title}</h1>{paras}</article>'
        )
        for child in BOOK:
            if child.parent == page.nid:
                walk(child, depth + 1)

    walk(b, 1)
    return (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr"><head><meta charset="utf-8" />'
        f'<title>{b.title}</title><meta name="robots" content="noindex" /></head>'
        f"<body>{''.join(sections)}</body></html>"
    )


def _basic(path: str, base: str) -> str:
    nid, title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<article data-history-node-id="{nid}" class="node node--type-page node--view-mode-full"><div class="node__content">'
        f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
        "</div></article>"
    )
    head = f'<link rel="canonical" href="{base}{path}" />\n<link rel="shortlink" href="{base}/node/{nid}" />'
    h1 = f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>'
    return _page(
        title,
        main,
        "path-node page-node-type-page",
        h1=h1,
        head=head,
        crumbs=_breadcrumb([]),
        current=f"node/{nid}",
    )


def _contact() -> str:
    def item(name: str, label: str, kind: str = "text") -> str:
        field = (
            f'<textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}[0][value]" rows="8" class="form-textarea"></textarea>'
            if kind == "textarea"
            else f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{name}" size="60" class="form-{kind} required" required="required" />'
        )
        return f'<div class="js-form-item form-item"><label for="edit-{name}" class="form-item__label js-form-required form-required">{label}</label>{field}</div>'

    form = (
        "<p>Mọi ý kiến, đề nghị xin gửi về Văn phòng Sở qua biểu mẫu dưới đây hoặc qua"
        f" đường dây nóng {HOTLINE}.</p>"
        '<form class="contact-message-feedback-form contact-message-form contact-form" data-drupal-selector="contact-message-feedback-form"'
        ' action="/lien-he" method="post" id="contact-message-feedback-form" accept-charset="UTF-8">'
        + item("name", "Họ và tên") + item("mail", "Địa chỉ email", "email") + item("subject", "Tiêu đề")
        + item("message", "Nội dung", "textarea")
        + '<input autocomplete="off" data-drupal-selector="form-8f1e0c3b" type="hidden" name="form_build_id" value="form-Lp0q7wX2kz9Vd4RbNc1TgYh8sEuJmA5oFiK3nQ6rSx" />'
        '<input data-drupal-selector="edit-contact-message-feedback-form" type="hidden" name="form_id" value="contact_message_feedback_form" />'
        '<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions">'
        '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Gửi" class="button button--primary js-form-submit form-submit" /></div></form>'
    )  # fmt: skip
    return _page(
        "Liên hệ", form, "path-contact", crumbs=_breadcrumb([]), current="contact/feedback"
    )


def _search(params: dict[str, str]) -> str:
    keys = params.get("keys", "").strip()
    if not keys:
        results = '<div class="messages messages--error">Vui lòng nhập từ khóa để tìm kiếm.</div>'
    else:
        low = keys.lower()
        found = [s for s in LATEST if low in s.title.lower()]
        if found:
            lis = "".join(
                f'<li><h3 class="search-result__title"><a href="{article_path(s)}">{_t(s.title)}</a></h3>'
                f'<div class="search-result__snippet-info"><p class="search-result__snippet">{_t(_teaser(s, 120))}</p>'
                f'<p class="search-result__info">{s.opts["user"]} - {_dmy(s.opts["when"])}</p></div></li>'
                for s in found
            )
            results = f'<h2>Kết quả tìm kiếm</h2><ol class="search-results node_search-results">{lis}</ol>'
        else:
            results = "<h2>Kết quả tìm kiếm</h2><h3>Không tìm thấy kết quả nào</h3>"
    form = (
        '<form class="search-form" data-drupal-selector="search-form" action="/search/node" method="get" id="search-form" accept-charset="UTF-8">'
        '<div class="container-inline js-form-wrapper form-wrapper"><div class="js-form-item form-item">'
        '<label for="edit-keys--2" class="form-item__label">Nhập từ khóa</label>'
        f'<input type="search" id="edit-keys--2" name="keys" value="{esc(keys)}" size="30" maxlength="255" class="form-search" /></div>'
        '<input type="submit" id="edit-submit--3" value="Tìm kiếm" class="button js-form-submit form-submit" /></div></form>'
    )
    return _page(
        "Tìm kiếm", form + results, "path-search", crumbs=_breadcrumb([]), current="search/node"
    )


def _parse_day(value: str) -> date | None:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _calendar(params: dict[str, str]) -> str:
    day = _parse_day(params.get("date", "")) or TODAY_DATE
    start = monday(day)
    rows = []
    for i in range(7):
        d = start + timedelta(days=i)
        entries = AGENDA.get(d, [])
        if entries:
            cells = "".join(
                f'<div class="lich-cong-tac__muc"><span class="gio">{t}</span> {esc(what)}'
                f' <span class="chu-tri">Chủ trì: {esc(who)}</span> <span class="dia-diem">Địa điểm: {esc(where)}</span></div>'
                for t, what, who, where in entries
            )
        else:
            cells = '<div class="lich-cong-tac__trong">Không có lịch</div>'
        today = " is-today" if d == TODAY_DATE else ""
        rows.append(
            f'<tr class="lich-cong-tac__ngay{today}"><th scope="row">{WEEKDAYS[d.weekday()]}<br />{_dmy(d)}</th><td>{cells}</td></tr>'
        )
    nav = []
    prev, nxt = start - timedelta(days=7), start + timedelta(days=7)
    if prev >= CAL_MIN:
        nav.append(
            f'<li class="calendar-pager__previous"><a href="/lich-cong-tac?date={prev:%Y-%m-%d}" rel="prev">‹ Tuần trước</a></li>'
        )
    nav.append('<li class="calendar-pager__current"><a href="/lich-cong-tac">Tuần này</a></li>')
    if nxt <= CAL_MAX:
        nav.append(
            f'<li class="calendar-pager__next"><a href="/lich-cong-tac?date={nxt:%Y-%m-%d}" rel="next">Tuần sau ›</a></li>'
        )
    # the month table of the displayed day: every day links a ?date= URL
    first = day.replace(day=1)
    cells, d = [], first
    while d.month == first.month:
        cells.append(
            f'<a href="/lich-cong-tac?date={d:%Y-%m-%d}" class="mini-calendar__day">{d.day}</a>'
        )
        d += timedelta(days=1)
    month = f'<div class="mini-calendar"><h3>Tháng {first.month}/{first.year}</h3>{"".join(cells)}</div>'
    end = start + timedelta(days=6)
    main = (
        '<div class="views-element-container"><div class="view view-lich-cong-tac view-id-lich_cong_tac view-display-id-page_week">'
        f'<div class="view-header"><p>Lịch công tác tuần từ {_dmy(start)} đến {_dmy(end)}</p>'
        f'<nav class="calendar-pager"><ul>{"".join(nav)}</ul></nav></div>'
        f'<div class="view-content"><table class="lich-cong-tac">{"".join(rows)}</table></div>{month}</div></div>'
    )
    return _page(
        "Lịch công tác", main, "path-lich-cong-tac", crumbs=_breadcrumb([]), current="lich-cong-tac"
    )


def _album(params: dict[str, str]) -> str:
    pages = pages_of(len(ALBUM), ALBUM_PER_PAGE)
    page = page_no(params, pages)
    items = "".join(
        f'<div class="views-col"><article class="media media--type-image media--view-mode-thu-vien">'
        f'<a href="{FILES}/thu-vien-anh/{name}" class="colorbox" data-colorbox-gallery="thu-vien-anh" title="{esc(cap)}">'
        f'<img loading="lazy" src="{esc(styled("thumbnail_album", "thu-vien-anh", name))}" width="300" height="200" alt="{esc(cap)}" /></a>'
        f'<div class="field field--name-name field--type-string field--label-hidden field__item">{esc(cap)}</div></article></div>'
        for name, cap in ALBUM[page * ALBUM_PER_PAGE : (page + 1) * ALBUM_PER_PAGE]
    )
    main = (
        '<div class="views-element-container"><div class="view view-thu-vien-anh view-id-thu_vien_anh view-display-id-page_1">'
        f'<div class="view-content"><div class="views-view-grid horizontal cols-3 clearfix">{items}</div></div>{_pager(page, pages)}</div></div>'
    )
    return _page(
        "Thư viện ảnh", main, "path-thu-vien-anh", crumbs=_breadcrumb([]), current="thu-vien-anh"
    )


def _login() -> str:
    form = (
        '<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8">'
        '<div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">Tên người dùng</label>'
        '<input autocorrect="none" autocapitalize="none" spellcheck="false" autocomplete="username" type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-text required" required="required" /></div>'
        '<div class="js-form-item form-item"><label for="edit-pass" class="form-item__label js-form-required form-required">Mật khẩu</label>'
        '<input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>'
        '<input type="hidden" name="form_id" value="user_login_form" />'
        '<div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit" name="op" value="Đăng nhập" class="button js-form-submit form-submit" /></div></form>'
        '<div class="item-list"><ul><li><a href="/user/password" title="Gửi hướng dẫn đặt lại mật khẩu qua email.">Quên mật khẩu?</a></li></ul></div>'
    )
    return _page("Đăng nhập", form, "path-user", sidebar=False, current="user/login")


def _not_found() -> str:
    main = (
        "<p>Không tìm thấy trang bạn yêu cầu.</p>"
        '<p>Mời bạn quay lại <a href="/">Trang chủ</a> hoặc dùng ô tìm kiếm ở đầu trang.</p>'
    )
    return _page(
        "Không tìm thấy trang", main, "path-system", crumbs=_breadcrumb([]), current="system/404"
    )


# --- feeds, sitemap, robots -------------------------------------------------------------------


def _rfc822_utc(w: datetime) -> str:
    """``gmdate('r', $created)``: Drupal's RSS row plugin writes pubDate in UTC."""
    u = w.replace(tzinfo=LOCAL).astimezone(UTC)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[u.weekday()]}, {u.day:02d} {months[u.month - 1]} {u.year} {u:%H:%M:%S} +0000"


def _rss(base: str, stories: list[Story], title: str, link: str, self_path: str) -> str:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc('<p>' + esc(_teaser(s)) + '</p>')}</description>"
        f"<pubDate>{_rfc822_utc(s.opts['when'])}</pubDate><dc:creator>{s.opts['user']}</dc:creator>"
        f'<guid isPermaLink="false">{s.id} at {base}</guid></item>\n'
        for s in stories[:10]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        f"<channel><title>{esc(title)}</title><link>{base}{link}</link><description></description><language>vi</language>"
        f'<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />\n{items}</channel></rss>\n'
    )


def _lastmod(w: datetime) -> str:
    return w.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def _sitemap(base: str) -> str:
    urls = [(f"{base}/", None, "daily", "1.0")]
    urls += [(f"{base}/tin-tuc/{c}", None, "daily", "0.6") for c in CATS]
    urls += [
        (
            base + article_path(s),
            s.opts["when"] + timedelta(hours=s.opts.get("changed", 0), minutes=7),
            "weekly",
            "0.7",
        )
        for s in LATEST
    ]
    urls += [
        (base + b.path, datetime(2026, 3, 2, 9, 30) + timedelta(days=b.nid - 40), "monthly", "0.5")
        for b in BOOK
    ]
    urls += [
        (
            base + d.path,
            datetime.combine(d.issued, datetime.min.time()) + timedelta(hours=15),
            "monthly",
            "0.5",
        )
        for d in DOCS
    ]
    urls += [(base + p, datetime(2025, 9, 8, 10, 0), "yearly", "0.3") for p in PAGES]
    body = "".join(
        f"<url><loc>{loc}</loc>"
        + (f"<lastmod>{_lastmod(mod)}</lastmod>" if mod else "")
        + f"<changefreq>{freq}</changefreq><priority>{prio}</priority></url>"
        for loc, mod, freq, prio in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="/sitemap_generator/default/sitemap.xsl"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"'
        f' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">{body}</urlset>\n'
    )


ROBOTS = """#
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
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /composer/Metapackage/README.txt
Disallow: /composer/Plugin/ProjectMessage/README.md
Disallow: /composer/Plugin/Scaffold/README.md
Disallow: /composer/Plugin/VendorHardening/README.txt
Disallow: /composer/Template/README.txt
Disallow: /modules/README.txt
Disallow: /sites/README.txt
Disallow: /themes/README.txt
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
Disallow: /media/oembed
Disallow: /*/media/oembed
# Paths (no clean URLs)
Disallow: /index.php/admin/
Disallow: /index.php/comment/reply/
Disallow: /index.php/filter/tips
Disallow: /index.php/node/add/
Disallow: /index.php/search/
Disallow: /index.php/user/password
Disallow: /index.php/user/register
Disallow: /index.php/user/login
Disallow: /index.php/user/logout
Disallow: /index.php/media/oembed
Disallow: /index.php/*/media/oembed
"""

XSL = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<xsl:stylesheet version="2.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:template match="/"><html><body><h1>Sitemap file</h1></body></html></xsl:template></xsl:stylesheet>\n'
)


# --- the site --------------------------------------------------------------------------------

_ALIASES = {article_path(s): s for s in STORIES}
_DOC_ALIASES = {d.path: d for d in DOCS}
_PAGE_BY_ID = {nid: path for path, (nid, _, _) in PAGES.items()}
_TERMS = {tid: ("cat", slug) for slug, (tid, _) in CATS.items()} | {
    tid: ("tag", slug) for slug, (tid, _) in TAGS.items()
}
KNOWN_FILES = {s.opts["file"][0] for s in STORIES if s.opts.get("file")} | {d.file for d in DOCS}


def _xml(body: str, ctype: str) -> Response:
    return Response(200, body, {"Content-Type": f"{ctype}; charset=utf-8"})


class Drupal10OliveroSite:
    """Routes the way Drupal resolves them: alias first, then the system path."""

    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.endswith(".pdf"):
            if path in KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return html(_not_found(), status=404)
        if path.startswith((FILES + "/", "/core/")) or path == "/favicon.ico":
            return static_file(path) or html(_not_found(), status=404)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/rss.xml":
            promoted = [s for s in LATEST if s.opts["type"] == "article"]
            return _xml(_rss(base, promoted, SITE, "/", "/rss.xml"), "application/rss+xml")
        if path == "/sitemap.xml":
            return _xml(_sitemap(base), "application/xml")
        if path == "/sitemap_generator/default/sitemap.xsl":
            return _xml(XSL, "text/xsl")
        page = self._page(path, params, base)
        if page is None:
            return html(_not_found(), status=404)
        if isinstance(page, Response):
            return page
        return html(page)

    def _page(self, path: str, params: dict[str, str], base: str) -> str | Response | None:
        if path in ("/", "/node"):
            return _front()
        if path == "/tin-tuc":
            return _listing(
                "tin_tuc", "Tin tức", NEWS, params, NEWS_PER_PAGE, [], current="tin-tuc"
            )
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)", path):
            return self._term("cat", m.group(1), params)
        if m := re.fullmatch(r"/tu-khoa/([a-z-]+)", path):
            return self._term("tag", m.group(1), params)
        if path in _ALIASES:
            return _article(_ALIASES[path], base)
        if m := re.fullmatch(r"/node/(\d+)", path):
            return self._node(int(m.group(1)), base)
        if m := re.fullmatch(r"/taxonomy/term/(\d+)(/feed)?", path):
            kind, slug = _TERMS.get(int(m.group(1)), (None, None))
            if kind is None:
                return None
            if m.group(2):
                stories = in_cat(slug) if kind == "cat" else with_tag(slug)
                name = (CATS if kind == "cat" else TAGS)[slug][1]
                prefix = "/tin-tuc/" if kind == "cat" else "/tu-khoa/"
                return _xml(
                    _rss(base, stories, f"{name} - {SHORT}", prefix + slug, path),
                    "application/rss+xml",
                )
            return self._term(kind, slug, params)
        if path == "/van-ban":
            return _van_ban(params)
        if path in _DOC_ALIASES:
            return _doc_page(_DOC_ALIASES[path], base)
        if path in _BOOK_BY_PATH:
            return _book_page(_BOOK_BY_PATH[path], base)
        if m := re.fullmatch(r"/book/export/html/(\d+)", path):
            return _book_export(int(m.group(1)))
        if path in PAGES:
            return _basic(path, base)
        if path in ("/lien-he", "/contact", "/contact/feedback"):
            return _contact()
        if path == "/search":
            return Response(302, b"", {"Location": "/search/node"})
        if path == "/search/node":
            return _search(params)
        if path == "/lich-cong-tac":
            return _calendar(params)
        if path == "/thu-vien-anh":
            return _album(params)
        if path in ("/user/login", "/user", "/user/password"):
            return _login()
        return None

    def _term(self, kind: str, slug: str, params: dict[str, str]) -> str | None:
        table = CATS if kind == "cat" else TAGS
        if slug not in table:
            return None
        tid, name = table[slug]
        stories = in_cat(slug) if kind == "cat" else with_tag(slug)
        crumbs = [("Tin tức", "/tin-tuc")] if kind == "cat" else []
        per = CAT_PER_PAGE if kind == "cat" else NEWS_PER_PAGE
        return _listing("taxonomy_term", name, stories, params, per, crumbs,
                        feed=f"/taxonomy/term/{tid}/feed", current=f"taxonomy/term/{tid}")  # fmt: skip

    def _node(self, nid: int, base: str) -> str | None:
        if nid in _BY_ID:
            return _article(_BY_ID[nid], base)
        if nid in _DOC_BY_ID:
            return _doc_page(_DOC_BY_ID[nid], base)
        if nid in _BOOK_BY_ID:
            return _book_page(_BOOK_BY_ID[nid], base)
        if nid in _PAGE_BY_ID:
            return _basic(_PAGE_BY_ID[nid], base)
        return None


def build_site() -> Drupal10OliveroSite:
    return Drupal10OliveroSite()


# --- gold ------------------------------------------------------------------------------------

GOLD: list[dict] = [
    gold_record(s, article_path(s), category_name(s), alt_paths=[f"/node/{s.id}"]) for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(1, pages_of(len(NEWS), NEWS_PER_PAGE))),
    *(f"/tin-tuc/{c}" for c in CATS),
    *(
        f"/tin-tuc/{c}?page={n}"
        for c in CATS
        for n in range(1, pages_of(len(in_cat(c)), CAT_PER_PAGE))
    ),
    *(f"/tu-khoa/{t}" for t in TAGS if with_tag(t)),
    "/van-ban",
    "/van-ban?page=1",
    *(d.path for d in DOCS),
    *(b.path for b in BOOK),
    *(f"/book/export/html/{b.nid}" for b in BOOK),
    *PAGES,
    "/lien-he",
    "/lich-cong-tac",
    f"/lich-cong-tac?date={THIS_WEEK - timedelta(days=7):%Y-%m-%d}",
    f"/lich-cong-tac?date={THIS_WEEK + timedelta(days=7):%Y-%m-%d}",
    "/thu-vien-anh",
    "/thu-vien-anh?page=1",
]
