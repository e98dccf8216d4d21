"""Fixture portal: Sở GD&ĐT tỉnh Hà Tĩnh on 1C-Bitrix (Bitrix Site Manager, vendor template).

Imitates a provincial education department's site that a Vietnamese 1C-Bitrix partner built in
the mid-2010s and still runs: a site template ``sgd_main`` (``/bitrix/templates/sgd_main/``),
UTF-8 install, composite cache on, standard components with lightly customised templates. Every
answer carries Bitrix's ``X-Powered-CMS`` and ``P3P`` headers. What it serves:

- the news iblock through ``bitrix:news`` in SEF mode: ``/tin-tuc/`` (all news, with the
  ``bitrix:news.calendar`` month calendar in the side column), ``/tin-tuc/<section-code>/`` for
  the three sections "Hoạt động chuyên môn" (7 items, 3 pages), "Tin từ cơ sở" (3), "Công đoàn -
  Đoàn thể" (2), and elements at ``/tin-tuc/<section-code>/<ID>/``. The very same element answers
  at ``/tin-tuc/detail.php?ID=<ID>`` (the iblock's own detail-URL template, used by the home
  page's "Tin nổi bật" list outside the complex component) and at
  ``/tin-tuc/index.php?ELEMENT_ID=<ID>`` (the complex component's non-SEF variables, pasted by an
  editor into one text). No page prints ``rel=canonical`` (SET_CANONICAL_URL was never turned on).
- lists (``bitrix:news.list``) print ``p.news-item`` rows (preview picture from
  ``/upload/resize_cache/``, ``span.news-date-time`` "24.11.2026", the bold name, the preview
  text) and the "modern" pager: "Trang: « Đầu | ‹ Trước | 1 2 3 | Sau › | Cuối » | Tất cả",
  ``?PAGEN_1=N`` (page 1 without the parameter), ``?SHOWALL_1=1`` (the whole list at once, with
  "Theo trang" back to ``?SHOWALL_1=0``), 3 items a page;
- the element page (``bitrix:news.detail``): ``h1#pagetitle`` (the element name, set by the
  component; the template's h3 is switched off), ``div.news-detail`` with the DETAIL_PICTURE
  (``img.detail_picture`` floated left, never a caption), ``span.news-date-time`` ("24.11.2026
  15:20" when ACTIVE_FROM has a time, "23.11.2026" when the editor picked a day only, one
  imported element shows "17.11.2026 00:00"), the PREVIEW_TEXT as ``div.news-detail-preview``
  when the editor filled it, the DETAIL_TEXT (HTML from Bitrix's visual editor: justified ``p``,
  centred images with an italic 9pt line under them, two-row image tables, "(…)" lines, tables,
  lists; one element is of DETAIL_TEXT_TYPE "text", lines joined by ``<br />``), then the fields
  and properties as ``<b>Label:</b>&nbsp;value<br />``: "Lượt xem", "Cập nhật" (TIMESTAMP_X),
  "Người đăng" (the login), "Tác giả" (a multiple property prints its values joined by
  "&nbsp;/&nbsp;"), "Nguồn", "Tệp đính kèm"; tags ("Từ khóa:" → ``/search/?tags=…``), the
  ``bitrix:main.share`` block with "In bài viết" (``?print=Y``), ``div.news-detail-back`` "Quay
  lại danh sách tin", and "Các tin khác" (four other items of the section, dated);
- chrome: header clock ``TODAY``, the department's name, the inline ``system.auth.form`` (POST to
  ``?login=yes``; "Quên mật khẩu?" → ``/auth/?forgot_password=yes&backurl=<page>``), search box,
  ``bitrix:menu`` horizontal multilevel, ``bitrix:breadcrumb`` "Trang chủ / Tin tức / <section>",
  a side column with "Thông báo" (notices of the documents iblock), "Tin mới nhất" (five items with
  dates), banners, "Liên kết website", the counter "Đang truy cập: 17 …" inside the composite
  cache's ``<!--'start_frame_cache_…'-->`` comments, footer with address and hotline;
- non-articles: ``/gioi-thieu/`` and ``/gioi-thieu/co-cau-to-chuc/`` (static pages), ``/lien-he/``
  (``bitrix:form.result.new``), ``/van-ban/`` (documents register, 2 pages) with entries
  ``/van-ban/<ID>/`` (number, dates, signer, the file ``/upload/iblock/<xyz>/<name>.pdf``),
  ``/thu-vien-anh/`` and two albums ``/thu-vien-anh/<ID>/`` (photos open as files), ``/search/``
  (``bitrix:search.page``; ``?tags=`` and ``?q=``, sort links ``how=d``), ``/auth/``; ``/tin-tuc/
  rss/`` (``bitrix:rss.out``), ``/sitemap.xml`` (SEO module: an index of ``sitemap_files.xml`` and
  ``sitemap_iblock_3.xml``) and Bitrix's generated ``robots.txt`` (``Disallow: /*PAGEN``,
  ``*/index.php``, ``/*?print=`` … and ``Sitemap:``).

Traps and hard cases, all as Bitrix really behaves:
- one element under three URL forms (SEF, ``detail.php?ID=``, ``index.php?ELEMENT_ID=``) without
  a canonical, plus ``?sphrase_id=N`` copies: search results (the tag links on every article lead
  there) append the statistics module's phrase id to each result URL; and an editor pasted a link
  with ``?clear_cache=Y`` (copied while logged in) into a text. All are in ``alt_paths``.
- ``?PAGEN_1`` past the last page answers 200 with the last page again; ``?SHOWALL_1=1`` prints
  the whole list; ``?print=Y`` is the print template of an element (``noindex, nofollow``, the
  article again, ``window.print()``); ``?clear_cache=Y`` / ``?bitrix_include_areas=Y`` do nothing
  for a visitor (the footer's "Giới thiệu" link carries both); any unknown parameter is ignored.
- the news calendar's "‹ Tháng trước" / "Tháng sau ›" links (``/tin-tuc/?month=M&year=Y``) never
  end; each answers 200 with the news list again.
- soft 404: an element that no longer exists (``/tin-tuc/tin-tu-co-so/905/``, linked from an old
  sentence in an article) answers 200 with the page chrome and "Không tìm thấy tin tức!" (the
  vendor left SET_STATUS_404 off). A real 404 (``/404.php``) only for unknown paths.
- every article prints "Cập nhật: 25.11.2026 08:12:40" style stamps (TIMESTAMP_X), later than
  ACTIVE_FROM; the search results print "Thay đổi: …" the same stamp.
- one element is in decomposed Unicode (typed with Unikey "Unicode tổ hợp"), one has ``&nbsp;``
  after every comma (the visual editor's habit).

Gold (by hand). Articles are the 12 news elements; the gold path is the SEF URL, the other forms
are ``alt_paths``. Judgement calls:
- published_at is ``span.news-date-time``: with its time when one is printed, the day alone when
  the element prints a day, and "17.11.2026 00:00" is a day. "Cập nhật" (TIMESTAMP_X), the RSS
  pubDate and the sitemap lastmod never replace it.
- summary is the PREVIEW_TEXT block (``div.news-detail-preview``), printed apart from the text;
  it is also the body's first paragraph. Elements without it have summary None.
- authors: the "Tác giả" property without degrees ("ThS.", "TS.") and without the unit after a
  dash ("- Phòng GDTrH"); the multiple property "Phan Thị Thu Hương&nbsp;/&nbsp;Trần Đình Khánh"
  is two authors; an office in the property ("Phòng Giáo dục Trung học") is the author when no one
  signs the text. In-text signatures: "Tin, ảnh: X" and "Bài và ảnh: X - Trường THPT Nghèn" give
  X as author and photographer; a right-aligned bold-italic bare name is the author; "Ảnh: Hồng
  Nhung" at the end of a text with a "Tác giả" property is the photographer. "Người đăng: bientap /
  admin / vanphong" is a login and credits nobody. "Nguồn:" goes to source and keeps the author.
- images: the DETAIL_PICTURE first (no caption), then the text's images in order. Captions are the
  italic line under an image, the second row of an image table, or the "(…)" line without its
  parentheses; an italic line that is only the camera's file name (``z6021458871234_…``) is no
  caption; images with nothing under them have None. Preview pictures of lists and the resize
  cache are not article images.
- body: the text's paragraphs in order (list items one paragraph each; a table's rows one
  paragraph each, cells joined by " | "); signatures, the property lines, tags, share, back link
  and "Các tin khác" are not body. For the "text" element each ``<br />``-separated line is a
  paragraph. category is the section the breadcrumb names.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote, quote_plus

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

NAME = "bitrix_sgddt"
PLATFORM = "bitrix"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
SHORT = "Sở GD&ĐT Hà Tĩnh"
ADDRESS = "Số 26 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh"
PHONE = "0239 3 855 644"
HOTLINE = "0912 486 135"
EMAIL = "vanphong@hatinh.edu.vn"
TPL = "/bitrix/templates/sgd_main"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 3
DOCS_PER_PAGE = 5
NEWS_IBLOCK = 3
SESSID = opaque("bitrix-sessid", 16)[:32].lower()

#: sections of the news iblock: code -> (SECTION_ID, name)
SECTIONS: dict[str, tuple[int, str]] = {
    "hoat-dong-chuyen-mon": (12, "Hoạt động chuyên môn"),
    "tin-tu-co-so": (13, "Tin từ cơ sở"),
    "cong-doan-doan-the": (14, "Công đoàn - Đoàn thể"),
}


def _hx(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest()


def _dp(eid: int) -> str:
    """DETAIL_PICTURE: Bitrix stores uploads under a hashed name."""
    h = _hx(f"detail-{eid}")
    return f"/upload/iblock/{h[:3]}/{h}.jpg"


def _ml(name: str) -> str:
    """An image the editor inserted from the media library."""
    return f"/upload/medialibrary/{_hx(name)[:3]}/{name}.jpg"


def _detail(eid: int) -> Img:
    return Img(_dp(eid), None, None, "detail")


# opts: when (datetime of ACTIVE_FROM), shown ("dt" date and time | "d" day only | "midnight"
# "dd.mm.yyyy 00:00"), props [(label, value | [values])], user (login), tags, featured,
# text_type ("text": DETAIL_TEXT_TYPE text), nfd, nbsp, file (attached PDF name).
# P styles: "" | "li" | "ol" | "th" / "tr" (table rows, cells " | ") | "a|href|phrase".
# Img styles: detail | em (italic 9pt line) | tbl (two-row table) | paren ("(…)" line) | none.
STORIES: list[Story] = [
    Story(
        id=1261,
        slug="hoi-nghi-chuyen-de-ngu-van",
        title="Hội nghị chuyên đề đổi mới kiểm tra, đánh giá môn Ngữ văn cấp trung học phổ thông",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T15:20:00+07:00",
        summary=(
            "Ngày 24/11, Sở GD&ĐT tổ chức hội nghị chuyên đề đổi mới kiểm tra, đánh giá môn Ngữ"
            " văn theo Chương trình GDPT 2018 với sự tham gia của hơn 150 tổ trưởng chuyên môn,"
            " giáo viên cốt cán các trường THPT trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            _detail(1261),
            P(
                "Tại hội nghị, các báo cáo viên đã trình bày những điểm mới trong định hướng ra đề"
                " kiểm tra định kỳ môn Ngữ văn: sử dụng ngữ liệu ngoài sách giáo khoa, tăng cường"
                " câu hỏi mở, đánh giá năng lực đọc hiểu và viết của học sinh thay cho yêu cầu ghi"
                " nhớ kiến thức."
            ),
            Img(
                _ml("hoi-nghi-ngu-van-2026-1"),
                "Đại biểu dự hội nghị tại hội trường Trường THPT chuyên Hà Tĩnh",
                "Đại biểu dự hội nghị tại hội trường Trường THPT chuyên Hà Tĩnh",
                "em",
            ),
            P(
                "Giáo viên Trường THPT Nghèn và Trường THPT Hồng Lĩnh chia sẻ kinh nghiệm xây dựng"
                " ma trận, bản đặc tả đề kiểm tra; các đại biểu thảo luận cách xây dựng hướng dẫn"
                " chấm bảo đảm khách quan với những câu hỏi có nhiều cách trả lời."
            ),
            P(
                "Nội dung hội nghị tiếp nối đợt triển khai Chương trình giáo dục địa phương mà Sở"
                " đã tổ chức từ tháng 10.",
                "a|/tin-tuc/index.php?ELEMENT_ID=1207|triển khai Chương trình giáo dục địa phương",
            ),
            P(
                "Kết luận hội nghị, đồng chí Phó Giám đốc Sở đề nghị các trường tổ chức sinh hoạt"
                " chuyên môn theo nghiên cứu bài học, xây dựng ngân hàng câu hỏi dùng chung và hoàn"
                " thành việc rà soát đề kiểm tra cuối học kỳ I trước ngày 10/12/2026."
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        opts={
            "when": datetime(2026, 11, 24, 15, 20),
            "shown": "dt",
            "props": [("Tác giả", "ThS. Nguyễn Thị Hằng - Phòng GDTrH")],
            "user": "bientap",
            "tags": ["ngữ văn", "kiểm tra đánh giá"],
            "featured": True,
        },
    ),
    Story(
        id=1258,
        slug="thcs-thach-tri-ngay-hoi-doc-sach",
        title="Trường THCS Thạch Trị tổ chức Ngày hội đọc sách năm 2026",
        cat="tin-tu-co-so",
        published_at="2026-11-23",
        blocks=[
            _detail(1258),
            P(
                "Sáng 21/11, Trường THCS Thạch Trị tổ chức Ngày hội đọc sách với chủ đề “Sách -"
                " người bạn đồng hành”, thu hút hơn 400 học sinh và giáo viên tham gia."
            ),
            Img(
                _ml("ngay-hoi-doc-sach-thach-tri-1"),
                "Học sinh lớp 8A giới thiệu sách tại gian trưng bày của lớp",
                "Học sinh lớp 8A giới thiệu sách tại gian trưng bày của lớp",
                "tbl",
            ),
            P(
                "Các lớp trưng bày sách theo chủ đề, thi giới thiệu sách, vẽ tranh theo nội dung"
                " tác phẩm yêu thích và đố vui văn học. Thư viện nhà trường tiếp nhận 620 cuốn sách"
                " do phụ huynh, cựu học sinh ủng hộ."
            ),
            Img(_ml("ngay-hoi-doc-sach-thach-tri-2"), None, None, "none"),
            P(
                "Ngày hội góp phần xây dựng văn hóa đọc, hình thành thói quen đọc sách cho học"
                " sinh, hưởng ứng Đề án phát triển văn hóa đọc trong cộng đồng của tỉnh."
            ),
            Raw('<p style="text-align: right;"><b>Tin, ảnh: Lê Văn Quang</b></p>'),
        ],
        authors=["Lê Văn Quang"],
        photographers=["Lê Văn Quang"],
        opts={
            "when": datetime(2026, 11, 23),
            "shown": "d",
            "user": "admin",
            "tags": ["văn hóa đọc"],
        },
    ),
    Story(
        id=1254,
        slug="khai-mac-hoi-thi-gvdg-tieu-hoc",
        title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-20T09:05:00+07:00",
        summary=(
            "Sáng 20/11, tại Trường Tiểu học Nguyễn Du, Sở GD&ĐT khai mạc Hội thi giáo viên dạy"
            " giỏi cấp tỉnh bậc tiểu học với 126 giáo viên đến từ các cơ sở giáo dục trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            _detail(1254),
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng,"
                " có phương pháp dạy học hiệu quả, tạo cơ hội để giáo viên học tập, chia sẻ kinh"
                " nghiệm thực hiện Chương trình GDPT 2018."
            ),
            P("Hội thi gồm các nội dung:"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh;", "li"),
            P(
                "Thực hành dạy 02 tiết trên lớp, trong đó có 01 tiết môn Tiếng Việt hoặc Toán;",
                "li",
            ),
            P("Kiểm tra năng lực ứng dụng công nghệ thông tin trong dạy học.", "li"),
            Img(
                _ml("khai-mac-gvdg-tieu-hoc-1"),
                "Đồng chí Giám đốc Sở GD&ĐT đánh trống khai mạc hội thi",
                "Đồng chí Giám đốc Sở GD&ĐT đánh trống khai mạc hội thi",
                "em",
            ),
            Img(
                _ml("khai-mac-gvdg-tieu-hoc-2"),
                "Giáo viên dự thi bốc thăm bài dạy",
                "Giáo viên dự thi bốc thăm bài dạy",
                "em",
            ),
            P(
                "Hội thi diễn ra đến hết ngày 28/11/2026. Kết quả hội thi là một trong những căn cứ"
                " để đánh giá, xếp loại giáo viên và xét công nhận danh hiệu thi đua năm học 2026 -"
                " 2027."
            ),
        ],
        authors=["Phan Thị Thu Hương", "Trần Đình Khánh"],
        opts={
            "when": datetime(2026, 11, 20, 9, 5),
            "shown": "dt",
            "props": [("Tác giả", ["Phan Thị Thu Hương", "Trần Đình Khánh"])],
            "user": "bientap",
            "tags": ["giáo viên dạy giỏi", "tiểu học"],
            "featured": True,
            "nbsp": True,
        },
    ),
    Story(
        id=1250,
        slug="cong-doan-trao-qua-giao-vien",
        title="Công đoàn ngành Giáo dục trao 50 suất quà cho giáo viên có hoàn cảnh khó khăn",
        cat="cong-doan-doan-the",
        published_at="2026-11-19T16:40:00+07:00",
        blocks=[
            _detail(1250),
            P(
                "Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công"
                " đoàn ngành Giáo dục tỉnh đã trao 50 suất quà cho giáo viên, người lao động có"
                " hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 2 triệu đồng."
            ),
            Img(
                _ml("cong-doan-trao-qua-2026"),
                "Lãnh đạo Công đoàn ngành trao quà cho giáo viên Trường Mầm non Kỳ Sơn",
                "Lãnh đạo Công đoàn ngành trao quà cho giáo viên Trường Mầm non Kỳ Sơn",
                "em",
            ),
            P(
                "Nguồn kinh phí được trích từ quỹ “Mái ấm công đoàn” và sự ủng hộ của các doanh"
                " nghiệp đồng hành với ngành. Trước đó, Công đoàn ngành đã phối hợp với các công"
                " đoàn cơ sở rà soát, lựa chọn đúng đối tượng, ưu tiên giáo viên đang điều trị bệnh"
                " hiểm nghèo, giáo viên công tác ở vùng khó khăn."
            ),
            P(
                "Dịp này, Công đoàn ngành cũng biểu dương 35 nhà giáo tiêu biểu trong phong trào"
                " “Giỏi việc trường, đảm việc nhà”."
            ),
            Raw('<p style="text-align: right;"><i>Ảnh: Hồng Nhung</i></p>'),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Hồng Nhung"],
        opts={
            "when": datetime(2026, 11, 19, 16, 40),
            "shown": "dt",
            "props": [("Tác giả", "Hoàng Thị Lan")],
            "user": "congdoan",
            "tags": ["công đoàn"],
        },
    ),
    Story(
        id=1246,
        slug="tap-huan-stem-thcs",
        title="Tập huấn triển khai giáo dục STEM cho giáo viên trung học cơ sở",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17",
        blocks=[
            _detail(1246),
            P(
                "Từ ngày 15 đến 17/11, Sở GD&ĐT tổ chức tập huấn triển khai giáo dục STEM cho hơn"
                " 300 giáo viên dạy các môn Khoa học tự nhiên, Công nghệ, Tin học và Toán cấp THCS."
            ),
            P("Lịch tập huấn theo cụm như sau:"),
            P("Cụm | Thời gian | Địa điểm", "th"),
            P("Cụm 1 | Ngày 15/11/2026 | Trường THCS Lê Văn Thiêm", "tr"),
            P("Cụm 2 | Ngày 16/11/2026 | Trường THCS Thị trấn Nghèn", "tr"),
            P("Cụm 3 | Ngày 17/11/2026 | Trường THCS Kỳ Anh", "tr"),
            P(
                "Học viên được hướng dẫn xây dựng kế hoạch bài học STEM, tổ chức hoạt động trải"
                " nghiệm STEM và hướng dẫn học sinh nghiên cứu khoa học kỹ thuật; thực hành thiết"
                " kế bài học theo nhóm môn học."
            ),
            P(
                "Sau tập huấn, mỗi trường THCS tổ chức ít nhất 02 bài học STEM mỗi học kỳ và báo"
                " cáo kết quả về Sở qua phòng Giáo dục Trung học trước ngày 15/01/2027."
            ),
        ],
        authors=["Phòng Giáo dục Trung học"],
        opts={
            "when": datetime(2026, 11, 17, 0, 0),
            "shown": "midnight",
            "props": [("Tác giả", "Phòng Giáo dục Trung học")],
            "user": "admin",
            "tags": ["STEM"],
        },
    ),
    Story(
        id=1241,
        slug="mam-non-hoa-sen-lay-tre-lam-trung-tam",
        title="Trường Mầm non Hoa Sen xây dựng môi trường giáo dục lấy trẻ làm trung tâm",
        cat="tin-tu-co-so",
        published_at="2026-11-14T10:35:00+07:00",
        blocks=[
            _detail(1241),
            P(
                "Những năm qua, Trường Mầm non Hoa Sen (phường Thành Sen) chú trọng xây dựng môi"
                " trường giáo dục lấy trẻ làm trung tâm, tạo điều kiện để trẻ được trải nghiệm,"
                " khám phá qua các góc chơi trong và ngoài lớp học."
            ),
            P(
                "Nhà trường huy động phụ huynh đóng góp nguyên vật liệu tái chế để làm đồ dùng, đồ"
                " chơi; mỗi lớp đều có góc thiên nhiên, góc sách, góc xây dựng được bố trí phù hợp"
                " với độ tuổi."
            ),
            P(
                "Giáo viên thường xuyên đổi mới hình thức tổ chức hoạt động, lồng ghép giáo dục kỹ"
                " năng sống, giáo dục bảo vệ môi trường vào các hoạt động hằng ngày của trẻ."
            ),
            P(
                "Năm học 2025 - 2026, nhà trường được UBND tỉnh tặng Bằng khen vì có thành tích xuất"
                " sắc trong thực hiện nhiệm vụ giáo dục mầm non."
            ),
        ],
        authors=["Thu Trang"],
        source="Báo Hà Tĩnh",
        opts={
            "when": datetime(2026, 11, 14, 10, 35),
            "shown": "dt",
            "props": [("Tác giả", "Thu Trang"), ("Nguồn", "Báo Hà Tĩnh")],
            "user": "bientap",
            "tags": ["mầm non"],
            "text_type": "text",
            "nfd": True,
        },
    ),
    Story(
        id=1236,
        slug="huong-dan-kiem-tra-cuoi-hoc-ky-i",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12",
        blocks=[
            P(
                "Ngày 11/11/2026, Sở GD&ĐT ban hành Công văn số 2315/SGDĐT-GDTrH hướng dẫn tổ chức"
                " kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với cấp THCS, THPT.",
                "a|/van-ban/1306/|Công văn số 2315/SGDĐT-GDTrH",
            ),
            P("Theo đó, các đơn vị cần lưu ý một số nội dung sau:"),
            P(
                "Kiểm tra cuối học kỳ I hoàn thành trước ngày 10/01/2027; lịch kiểm tra do các nhà"
                " trường chủ động xây dựng.",
                "ol",
            ),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm đánh giá đúng mức độ"
                " yêu cầu cần đạt của chương trình.",
                "ol",
            ),
            P(
                "Các môn Ngữ văn, Toán, Tiếng Anh lớp 9 và lớp 12 kiểm tra chung theo đề của nhà"
                " trường, tổ chức coi, chấm nghiêm túc.",
                "ol",
            ),
            P(
                "Các đơn vị báo cáo kết quả kiểm tra về Sở trước ngày 20/01/2027 qua hệ thống phần"
                " mềm quản lý trường học."
            ),
        ],
        opts={
            "when": datetime(2026, 11, 12),
            "shown": "d",
            "user": "bientap",
            "tags": ["kiểm tra đánh giá"],
            "file": "2315-sgddt-gdtrh",
        },
    ),
    Story(
        id=1230,
        slug="chi-doan-tinh-nguyen-huong-trach",
        title="Chi đoàn Sở GD&ĐT tổ chức hoạt động tình nguyện tại xã Hương Trạch",
        cat="cong-doan-doan-the",
        published_at="2026-11-10T14:00:00+07:00",
        blocks=[
            _detail(1230),
            P(
                "Ngày 08/11, Chi đoàn Sở Giáo dục và Đào tạo phối hợp với Đoàn xã Hương Trạch tổ"
                " chức chương trình tình nguyện “Mùa đông ấm cho em” tại Trường Tiểu học Hương"
                " Trạch."
            ),
            Img(
                _ml("tinh-nguyen-huong-trach-1"),
                "(Đoàn viên trao áo ấm cho học sinh Trường Tiểu học Hương Trạch)",
                "Đoàn viên trao áo ấm cho học sinh Trường Tiểu học Hương Trạch",
                "paren",
            ),
            P(
                "Đoàn viên thanh niên đã trao 120 chiếc áo ấm, 200 cuốn vở và đồ dùng học tập cho"
                " học sinh có hoàn cảnh khó khăn; sửa chữa bàn ghế, dọn vệ sinh khuôn viên nhà"
                " trường và tổ chức trò chơi dân gian cho các em."
            ),
            Img(
                _ml("tinh-nguyen-huong-trach-2"),
                "(Các em học sinh tham gia trò chơi dân gian)",
                "Các em học sinh tham gia trò chơi dân gian",
                "paren",
            ),
            P(
                "Tổng giá trị các phần quà và công trình gần 45 triệu đồng, do đoàn viên đóng góp"
                " và vận động các nhà hảo tâm."
            ),
            Raw('<p style="text-align: right;"><b><i>Nguyễn Hoài Nam</i></b></p>'),
        ],
        authors=["Nguyễn Hoài Nam"],
        opts={
            "when": datetime(2026, 11, 10, 14, 0),
            "shown": "dt",
            "user": "vanphong",
            "tags": ["đoàn thanh niên"],
        },
    ),
    Story(
        id=1224,
        slug="tong-ket-cuoc-thi-khkt",
        title="Tổng kết Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T08:30:00+07:00",
        summary=(
            "Sau hai ngày làm việc, Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung"
            " học năm học 2026 - 2027 đã trao 48 giải cho các dự án xuất sắc thuộc 18 lĩnh vực."
        ),
        sapo_outside=True,
        blocks=[
            _detail(1224),
            P(
                "Năm nay, cuộc thi có 96 dự án của 172 học sinh đến từ 41 trường THCS, THPT tham"
                " gia. Nhiều dự án bám sát thực tiễn địa phương như máy tách hạt lạc, hệ thống cảnh"
                " báo sạt lở đất, chế phẩm sinh học xử lý rơm rạ."
            ),
            Img(_ml("z6021458871234_8a1f0c2d9e7b3a"), "z6021458871234_8a1f0c2d9e7b3a", None, "em"),
            P(
                "Nhiều giáo viên hướng dẫn đã vận dụng kiến thức từ lớp bồi dưỡng chuyển đổi số để"
                " hỗ trợ học sinh xử lý dữ liệu, trình bày dự án.",
                "a|/tin-tuc/hoat-dong-chuyen-mon/1213/?clear_cache=Y|lớp bồi dưỡng chuyển đổi số",
            ),
            P(
                "Ban tổ chức đã chọn 06 dự án xuất sắc nhất để tiếp tục hoàn thiện, tham dự Cuộc thi"
                " khoa học kỹ thuật cấp quốc gia năm 2027."
            ),
            Img(
                _ml("trao-giai-khkt-2026"),
                "Ban tổ chức trao giải Nhất cho các tác giả dự án “Hệ thống cảnh báo sạt lở đất”",
                "Ban tổ chức trao giải Nhất cho các tác giả dự án “Hệ thống cảnh báo sạt lở đất”",
                "em",
            ),
        ],
        authors=["Đặng Văn Hưng"],
        source="Cổng TTĐT tỉnh Hà Tĩnh",
        opts={
            "when": datetime(2026, 11, 6, 8, 30),
            "shown": "dt",
            "props": [("Tác giả", "TS. Đặng Văn Hưng"), ("Nguồn", "Cổng TTĐT tỉnh Hà Tĩnh")],
            "user": "admin",
            "tags": ["khoa học kỹ thuật", "STEM"],
            "featured": True,
        },
    ),
    Story(
        id=1219,
        slug="thpt-nghen-chuan-quoc-gia-muc-2",
        title="Trường THPT Nghèn đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 2",
        cat="tin-tu-co-so",
        published_at="2026-11-03T15:45:00+07:00",
        blocks=[
            _detail(1219),
            P(
                "Chiều 02/11, Trường THPT Nghèn long trọng tổ chức lễ đón nhận Bằng công nhận trường"
                " đạt chuẩn quốc gia mức độ 2 và kỷ niệm 60 năm ngày thành lập trường."
            ),
            Img(
                _ml("thpt-nghen-chuan-quoc-gia"),
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở GD&ĐT trao Bằng công nhận cho nhà trường",
                "tbl",
            ),
            P(
                "Qua 60 năm xây dựng và phát triển, nhà trường đã đào tạo hàng vạn học sinh, nhiều"
                " năm liền có học sinh đạt giải học sinh giỏi quốc gia. Năm 2019, trường được công"
                " nhận đạt chuẩn quốc gia mức độ 1.",
                "a|/tin-tuc/tin-tu-co-so/905/|Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 1",
            ),
            P(
                "Phát biểu tại buổi lễ, đại diện lãnh đạo Sở GD&ĐT ghi nhận những nỗ lực của tập thể"
                " sư phạm nhà trường và đề nghị trường tiếp tục đổi mới phương pháp dạy học, nâng"
                " cao chất lượng giáo dục toàn diện."
            ),
            Raw(
                '<p style="text-align: right;"><b>Bài và ảnh: Trần Thị Mỹ Linh - Trường THPT'
                " Nghèn</b></p>"
            ),
        ],
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Trần Thị Mỹ Linh"],
        opts={
            "when": datetime(2026, 11, 3, 15, 45),
            "shown": "dt",
            "user": "bientap",
            "tags": ["trường chuẩn quốc gia"],
        },
    ),
    Story(
        id=1213,
        slug="boi-duong-chuyen-doi-so-cbql",
        title="Bồi dưỡng cán bộ quản lý về chuyển đổi số trong quản trị nhà trường",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29T09:15:00+07:00",
        blocks=[
            _detail(1213),
            P(
                "Ngày 28/10, Sở GD&ĐT khai giảng lớp bồi dưỡng chuyển đổi số trong quản trị nhà"
                " trường cho 210 cán bộ quản lý các trường mầm non, phổ thông."
            ),
            P(
                "Trong 3 ngày, học viên được cập nhật các văn bản chỉ đạo về chuyển đổi số trong"
                " giáo dục; thực hành sử dụng hồ sơ điện tử, học bạ số, phần mềm quản lý tài sản,"
                " thiết bị và ký số văn bản."
            ),
            Img(
                _ml("boi-duong-chuyen-doi-so-2026"),
                "Học viên thực hành trên phần mềm quản lý hồ sơ điện tử",
                "Học viên thực hành trên phần mềm quản lý hồ sơ điện tử",
                "em",
            ),
            P(
                "Theo kế hoạch, đến hết năm 2026, 100% trường học trên địa bàn tỉnh triển khai học"
                " bạ số đối với cấp tiểu học, THCS và THPT."
            ),
        ],
        authors=["Văn Hùng"],
        source="Báo Giáo dục và Thời đại",
        opts={
            "when": datetime(2026, 10, 29, 9, 15),
            "shown": "dt",
            "props": [("Tác giả", "Văn Hùng"), ("Nguồn", "Báo Giáo dục và Thời đại")],
            "user": "bientap",
            "tags": ["chuyển đổi số"],
        },
    ),
    Story(
        id=1207,
        slug="trien-khai-chuong-trinh-gddp",
        title="Triển khai Chương trình giáo dục địa phương tỉnh Hà Tĩnh năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22",
        blocks=[
            _detail(1207),
            P(
                "Ngày 21/10, Sở GD&ĐT tổ chức hội nghị triển khai Chương trình giáo dục địa phương"
                " tỉnh Hà Tĩnh năm học 2026 - 2027 cho cán bộ quản lý, giáo viên cốt cán cấp THCS,"
                " THPT."
            ),
            P(
                "Tài liệu giáo dục địa phương gồm các chủ đề về lịch sử, văn hóa, địa lí, kinh tế,"
                " hướng nghiệp của tỉnh; giáo viên được hướng dẫn tổ chức dạy học theo hướng trải"
                " nghiệm, gắn với di tích, làng nghề ở địa phương."
            ),
            Img(_ml("gddp-ha-tinh-2026"), None, None, "none"),
            P(
                "Sở đề nghị các trường bố trí đủ thời lượng theo quy định, tăng cường tổ chức cho"
                " học sinh tham quan, học tập tại các di tích lịch sử, văn hóa trên địa bàn."
            ),
        ],
        opts={
            "when": datetime(2026, 10, 22),
            "shown": "d",
            "user": "admin",
            "tags": ["giáo dục địa phương"],
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
_LATEST = sorted(STORIES, key=lambda s: s.opts["when"], reverse=True)
TAGS = sorted({t for s in STORIES for t in s.opts["tags"]})
#: the statistics module's id of each search phrase (tags searched from the tag links)
SPHRASE = {t: 2041 + i * 3 for i, t in enumerate(TAGS)}


def sef_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}/"


def in_section(code: str) -> list[Story]:
    return [s for s in _LATEST if s.cat == code]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


def _tag_url(tag: str, how: str = "") -> str:
    return f"/search/?tags={quote_plus(tag)}" + (f"&how={how}" if how else "")


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/tin-tuc/detail.php?ID={s.id}", f"/tin-tuc/index.php?ELEMENT_ID={s.id}"]
    alts += [f"{sef_path(s)}?sphrase_id={SPHRASE[t]}" for t in s.opts["tags"]]
    if s.id == 1213:
        alts.append(f"{sef_path(s)}?clear_cache=Y")
    return alts


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str
    file: str

    @property
    def path(self) -> str:
        return f"/van-ban/{self.id}/"

    @property
    def url(self) -> str:
        return f"/upload/iblock/{_hx(self.file)[:3]}/{self.file}.pdf"


DOCS: list[Doc] = [
    Doc(1305, "145/TB-SGDĐT", "Thông báo", date(2026, 11, 18), "Nguyễn Văn Cảnh",
        "Thông báo lịch tiếp công dân của Giám đốc Sở tháng 12 năm 2026", "145-tb-sgddt"),
    Doc(1306, "2315/SGDĐT-GDTrH", "Công văn", date(2026, 11, 11), "Lê Thị Hoài Thu",
        "V/v hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027", "2315-sgddt-gdtrh"),
    Doc(1304, "1402/QĐ-SGDĐT", "Quyết định", date(2026, 11, 5), "Nguyễn Văn Cảnh",
        "Quyết định thành lập Ban tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh bậc tiểu học",
        "1402-qd-sgddt"),
    Doc(1303, "139/TB-SGDĐT", "Thông báo", date(2026, 10, 30), "Lê Thị Hoài Thu",
        "Thông báo tuyển dụng viên chức giáo dục năm 2026 (đợt 2)", "139-tb-sgddt"),
    Doc(1302, "402/KH-SGDĐT", "Kế hoạch", date(2026, 10, 20), "Nguyễn Văn Cảnh",
        "Kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học",
        "402-kh-sgddt"),
    Doc(1301, "131/TB-SGDĐT", "Thông báo", date(2026, 10, 9), "Lê Thị Hoài Thu",
        "Thông báo kết quả xét tuyển viên chức đợt 1 năm 2026", "131-tb-sgddt"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}

#: photo albums (sections of the photo iblock): id -> (name, date, photo titles)
ALBUMS: dict[int, tuple[str, date, list[str]]] = {
    22: ("Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", date(2026, 11, 21), [
        "Lễ mít tinh kỷ niệm tại hội trường Sở",
        "Tặng hoa các nhà giáo lão thành",
        "Văn nghệ chào mừng của học sinh Trường THPT chuyên Hà Tĩnh",
    ]),
    21: ("Hội thi giáo viên dạy giỏi tiểu học 2026", date(2026, 11, 20), [
        "Lễ khai mạc hội thi",
        "Tiết dạy môn Tiếng Việt lớp 3",
        "Ban giám khảo góp ý tiết dạy",
    ]),
}  # fmt: skip


def _photo(album: int, n: int) -> str:
    h = _hx(f"photo-{album}-{n}")
    return f"/upload/iblock/{h[:3]}/{h}.jpg"


#: static pages: path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu/": ("Giới thiệu chung", [
        "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có"
        " chức năng tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ"
        " chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra"
        " về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        "Toàn ngành hiện có hơn 700 cơ sở giáo dục mầm non, phổ thông, giáo dục thường xuyên với"
        " trên 330.000 học sinh.",
    ]),
    "/gioi-thieu/co-cau-to-chuc/": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và 03 Phó Giám đốc.",
        "Các phòng chuyên môn, nghiệp vụ: Văn phòng; Thanh tra; Phòng Tổ chức cán bộ; Phòng Kế"
        " hoạch - Tài chính; Phòng Giáo dục Mầm non - Tiểu học; Phòng Giáo dục Trung học; Phòng"
        " Quản lý chất lượng.",
    ]),
}  # fmt: skip
SOFT_404 = "/tin-tuc/tin-tu-co-so/905/"

GOLD: list[dict] = [
    gold_record(s, sef_path(s), SECTIONS[s.cat][1], alt_paths=_alt_paths(s)) for s in _LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc/",
    *(f"/tin-tuc/?PAGEN_1={n}" for n in range(2, _pages(len(STORIES), PER_PAGE) + 1)),
    *(f"/tin-tuc/{c}/" for c in SECTIONS),
    *(
        f"/tin-tuc/{c}/?PAGEN_1={n}"
        for c in SECTIONS
        for n in range(2, _pages(len(in_section(c)), PER_PAGE) + 1)
    ),
    *PAGES,
    "/lien-he/",
    "/van-ban/",
    "/van-ban/?PAGEN_1=2",
    *(d.path for d in DOCS),
    "/thu-vien-anh/",
    *(f"/thu-vien-anh/{a}/" for a in ALBUMS),
    "/search/",
    "/auth/",
    SOFT_404,
    *(f"{sef_path(s)}?print=Y" for s in _LATEST),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    out = text(value, nfd=bool(s and s.opts.get("nfd")))
    if s is not None and s.opts.get("nbsp"):
        out = out.replace(", ", ",&nbsp;")
    return out


def _dmy(d: date | datetime) -> str:
    return f"{d:%d.%m.%Y}"


def _shown_date(s: Story) -> str:
    w: datetime = s.opts["when"]
    kind = s.opts["shown"]
    if kind == "d":
        return _dmy(w)
    return f"{w:%d.%m.%Y %H:%M}"


def _updated(s: Story) -> datetime:
    """TIMESTAMP_X: the last save, later than ACTIVE_FROM."""
    w: datetime = s.opts["when"]
    return w + timedelta(days=1 + s.id % 3, hours=7, minutes=s.id % 50, seconds=s.id % 60)


def _img(src: str, alt: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}" width="600" height="400" border="0" />'


def _para(p: P, s: Story) -> str:
    body = _t(p.text, s)
    if p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        shown = _t(phrase, s)
        assert shown in body, phrase
        body = body.replace(shown, f'<a href="{esc(href)}">{shown}</a>', 1)
    return f'<p style="text-align: justify;">{body}</p>'


def _detail_text(s: Story) -> str:
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "detail")]
    if s.opts.get("text_type") == "text":
        return "<br />\n<br />\n".join(_t(b.text, s) for b in blocks if isinstance(b, P))
    out: list[str] = []
    group: list[P] = []

    def flush() -> None:
        if not group:
            return
        kind = group[0].style
        if kind in ("th", "tr"):
            rows = []
            for r in group:
                cells = r.text.split(" | ")
                if r.style == "th":
                    rows.append(
                        "<tr>" + "".join(f"<td><b>{_t(c, s)}</b></td>" for c in cells) + "</tr>"
                    )
                else:
                    rows.append("<tr>" + "".join(f"<td>{_t(c, s)}</td>" for c in cells) + "</tr>")
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse: collapse;'
                ' width: 100%;"><tbody>' + "\n".join(rows) + "</tbody></table>"
            )
        else:
            tag = "ul" if kind == "li" else "ol"
            out.append(
                f"<{tag}>" + "".join(f"<li>{_t(i.text, s)}</li>" for i in group) + f"</{tag}>"
            )
        group.clear()

    for b in blocks:
        if isinstance(b, P) and b.style in ("li", "ol", "th", "tr"):
            if group and (group[0].style in ("th", "tr")) != (b.style in ("th", "tr")):
                flush()
            group.append(b)
            continue
        flush()
        if isinstance(b, P):
            out.append(_para(b, s))
        elif isinstance(b, Img):
            if b.style == "em":
                out.append(
                    f'<p style="text-align: center;">{_img(b.src)}</p>\n<p style="text-align:'
                    f' center;"><i><span style="font-size: 9pt;">{_t(b.printed or "", s)}</span></i></p>'
                )
            elif b.style == "tbl":
                out.append(
                    '<table align="center" border="0" cellpadding="2" cellspacing="0" style="width:'
                    f' 600px;"><tbody><tr><td>{_img(b.src)}</td></tr><tr><td style="text-align:'
                    f' center;"><i>{_t(b.printed or "", s)}</i></td></tr></tbody></table>'
                )
            elif b.style == "paren":
                out.append(
                    f'<p style="text-align: center;">{_img(b.src)}<br />\n'
                    f"<i>{_t(b.printed or '', s)}</i></p>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img(b.src)}</p>')
        elif isinstance(b, Raw):
            out.append(b.html)
    flush()
    return "\n".join(out)


def _frame(name: str, inner: str) -> str:
    """A dynamic area of the composite cache, as the page source shows it."""
    return f"<!--'start_frame_cache_{name}'-->{inner}<!--'end_frame_cache_{name}'-->"


def _news_rows(items: list[Story], detail_url=sef_path, preview: bool = True) -> str:
    out = []
    for s in items:
        pic = next((b for b in s.blocks if isinstance(b, Img) and b.style == "detail"), None)
        img = ""
        if pic:
            h = _hx(f"detail-{s.id}")
            img = (
                f'<a href="{detail_url(s)}"><img class="preview_picture" border="0"'
                f' src="/upload/resize_cache/iblock/{h[:3]}/120_80_1/{h}.jpg" width="120" height="80"'
                f' alt="{esc(s.title)}" title="{esc(s.title)}" style="float:left" /></a>'
            )
        lead = f"\n\t\t{_t(s.summary, s)}" if preview and s.summary else ""
        out.append(
            f'\t<p class="news-item" id="bx_3218110189_{s.id}">\n\t\t{img}\n'
            f'\t\t<span class="news-date-time">{_dmy(s.opts["when"])}</span>\n'
            f'\t\t<a href="{detail_url(s)}"><b>{_t(s.title, s)}</b></a><br />{lead}\n'
            '\t\t<div style="clear:both"></div>\n\t</p>'
        )
    return "\n".join(out)


def _pager(base: str, page: int, pages: int, show_all: bool) -> str:
    sep = "&" if "?" in base else "?"
    first = base

    def url(n: int) -> str:
        return first if n == 1 else f"{base}{sep}PAGEN_1={n}"

    if show_all:
        return (
            '<div class="modern-page-navigation">\n\t<span class="modern-page-title">Trang:</span>\n'
            f'\t<a class="modern-page-pagen" href="{base}{sep}SHOWALL_1=0">Theo trang</a>\n</div>'
        )
    if pages <= 1:
        return ""
    parts = [
        '<div class="modern-page-navigation">',
        '\t<span class="modern-page-title">Trang:</span>',
    ]
    if page > 1:
        parts.append(f'\t<a class="modern-page-first" href="{url(1)}">« Đầu</a>')
        parts.append(f'\t<a class="modern-page-previous" href="{url(page - 1)}">‹ Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'\t<span class="modern-page-current">{n}</span>')
        else:
            parts.append(f'\t<a href="{url(n)}" class="">{n}</a>')
    if page < pages:
        parts.append(f'\t<a class="modern-page-next" href="{url(page + 1)}">Sau ›</a>')
        parts.append(f'\t<a class="modern-page-last" href="{url(pages)}">Cuối »</a>')
    parts.append(f'\t<a class="modern-page-all" href="{base}{sep}SHOWALL_1=1">Tất cả</a>')
    parts.append("</div>")
    return "\n".join(parts)


def _page_no(params: dict[str, str], pages: int) -> int:
    try:
        n = int(params.get("PAGEN_1", "1"))
    except ValueError:
        n = 1
    return min(max(n, 1), pages)  # past the last page: the last page again


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    parts = ['<li><a href="/" title="Trang chủ">Trang chủ</a></li>']
    for name, href in items:
        parts.append("<li><span>&nbsp;/&nbsp;</span></li>")
        if href:
            parts.append(f'<li><a href="{href}" title="{esc(name)}">{esc(name)}</a></li>')
        else:
            parts.append(f"<li>{esc(name)}</li>")
    return '<ul class="breadcrumb-navigation">' + "".join(parts) + "</ul>"


def _menu(active: str) -> str:
    def li(href: str, label: str, sub: str = "") -> str:
        cls = "root-item-selected" if active == href else "root-item"
        return f'<li><a href="{href}" class="{cls}">{label}</a>{sub}</li>'

    news_sub = "<ul>" + "".join(
        f'<li><a href="/tin-tuc/{c}/">{name}</a></li>' for c, (_, name) in SECTIONS.items()
    ) + "</ul>"  # fmt: skip
    intro_sub = '<ul><li><a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li></ul>'
    return (
        '<div id="top-menu"><ul id="horizontal-multilevel-menu">'
        + li("/", "Trang chủ")
        + li("/gioi-thieu/", "Giới thiệu", intro_sub)
        + li("/tin-tuc/", "Tin tức", news_sub)
        + li("/van-ban/", "Văn bản")
        + li("/thu-vien-anh/", "Thư viện ảnh")
        + li("/lien-he/", "Liên hệ")
        + '</ul><div class="menu-clear-left"></div></div>'
    )


def _auth_box(cur: str) -> str:
    back = quote(cur, safe="")
    action = cur + ("&" if "?" in cur else "?") + "login=yes"
    return _frame(
        "iIjGFB",
        '<div class="bx-system-auth-form">'
        f'<form name="system_auth_form6zOYVN" method="post" target="_top" action="{esc(action)}">'
        f'<input type="hidden" name="backurl" value="{esc(cur)}" />'
        '<input type="hidden" name="AUTH_FORM" value="Y" /><input type="hidden" name="TYPE" value="AUTH" />'
        '<input type="text" name="USER_LOGIN" maxlength="50" value="" size="12" placeholder="Tên đăng nhập" />'
        '<input type="password" name="USER_PASSWORD" maxlength="50" size="12" placeholder="Mật khẩu" />'
        '<input type="submit" name="Login" value="Đăng nhập" />'
        f' <noindex><a href="/auth/?forgot_password=yes&amp;backurl={back}" rel="nofollow">Quên mật khẩu?</a></noindex>'
        "</form></div>",
    )


def _sidebar() -> str:
    notices = [d for d in DOCS if d.kind == "Thông báo"][:3]
    tb = "".join(
        f'<li><a href="{d.path}">{esc(d.abstract)}</a> <span class="news-date-time">({_dmy(d.issued)})</span></li>'
        for d in notices
    )
    latest = "".join(
        f'<li><span class="news-date-time">{_dmy(s.opts["when"])}</span> <a href="{sef_path(s)}">{_t(s.title, s)}</a></li>'
        for s in _LATEST[:5]
    )
    counter = _frame(
        "counter",
        '<div class="counter-box"><p>Đang truy cập: <b>17</b></p><p>Hôm nay: <b>412</b></p>'
        "<p>Hôm qua: <b>1.035</b></p><p>Tổng lượt truy cập: <b>2.315.408</b></p></div>",
    )
    return (
        '<div id="sidebar">'
        f'<div class="side-block side-notice"><div class="side-title">Thông báo</div><ul class="notice-list">{tb}</ul>'
        '<div class="side-more"><a href="/van-ban/">Xem tất cả</a></div></div>'
        f'<div class="side-block side-latest"><div class="side-title">Tin mới nhất</div><ul class="latest-news">{latest}</ul></div>'
        '<div class="side-block side-banners">'
        f'<a href="https://moet.gov.vn/" target="_blank"><img src="{TPL}/images/banner-bo-gddt.jpg" alt="Bộ Giáo dục và Đào tạo" /></a>'
        f'<a href="https://hatinh.gov.vn/" target="_blank"><img src="{TPL}/images/banner-cong-ttdt.jpg" alt="Cổng TTĐT tỉnh Hà Tĩnh" /></a>'
        f'<a href="https://dichvucong.hatinh.gov.vn/" target="_blank"><img src="{TPL}/images/banner-dvc.jpg" alt="Dịch vụ công trực tuyến" /></a>'
        "</div>"
        '<div class="side-block"><div class="side-title">Liên kết website</div>'
        '<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn/">Bộ GD&amp;ĐT</option><option value="https://hatinh.gov.vn/">UBND tỉnh Hà Tĩnh</option>'
        '<option value="https://baohatinh.vn/">Báo Hà Tĩnh</option></select></div>'
        f'<div class="side-block side-counter"><div class="side-title">Thống kê truy cập</div>{counter}</div>'
        "</div>"
    )


def _calendar(month: int, year: int) -> str:
    """bitrix:news.calendar: a month grid, news titles in their day, month links without end."""
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    prev = first - timedelta(days=1)
    days = (nxt - first).days
    cells = ["<td></td>"] * first.weekday()
    for d in range(1, days + 1):
        day = date(year, month, d)
        items = [s for s in _LATEST if s.opts["when"].date() == day]
        links = "".join(
            f'<br /><a href="{sef_path(s)}" class="NewsCalNewsLink" title="{esc(s.title)}">{_t(s.title[:30], s)}…</a>'
            for s in items
        )
        cls = (
            "NewsCalToday"
            if day == TODAY_DATE
            else ("NewsCalWeekend" if day.weekday() >= 5 else "NewsCalDefault")
        )
        cells.append(f'<td class="{cls}"><span class="NewsCalDay">{d}</span>{links}</td>')
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return (
        '<div class="side-block news-calendar"><div class="side-title">Lịch tin</div>'
        '<table width="100%" class="NewsCalMonthNav"><tr>'
        f'<td align="left"><a href="/tin-tuc/?month={prev.month}&amp;year={prev.year}" title="Tháng {prev.month}/{prev.year}">‹ Tháng trước</a></td>'
        f'<td align="center">Tháng {month}/{year}</td>'
        f'<td align="right"><a href="/tin-tuc/?month={nxt.month}&amp;year={nxt.year}" title="Tháng {nxt.month}/{nxt.year}">Tháng sau ›</a></td>'
        '</tr></table><table width="100%" class="NewsCalTable"><tr>'
        + "".join(f'<td class="NewsCalHeader">{w}</td>' for w in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
        + f"</tr>{rows}</table></div>"
    )  # fmt: skip


def _page(
    title: str,
    main: str,
    *,
    cur: str,
    active: str = "/",
    crumbs: list[tuple[str, str | None]] | None = None,
    h1: str | None = None,
    head: str = "",
    side_top: str = "",
) -> str:
    crumb = f'<div id="breadcrumb">{_crumbs(crumbs)}</div>' if crumbs is not None else ""
    heading = f'<h1 id="pagetitle">{h1}</h1>' if h1 else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="sở giáo dục, hà tĩnh, tin tức giáo dục" />
<meta name="description" content="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh" />
<link href="/bitrix/cache/css/s1/sgd_main/page_5a1c3e0f2b7d/page_5a1c3e0f2b7d.css?17321540112104" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/sgd_main/template_8f0c41d2a6e9/template_8f0c41d2a6e9.css?173215401118330" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess=='object') for(var i in mess) BX.message[i]=mess[i]; return true;}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'Đang tải...','JS_CORE_WINDOW_CLOSE':'Đóng','LANGUAGE_ID':'vi','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'1795574400','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'{SESSID}'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.js?1732154011112296"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_ajax.js?173215401135509"></script>
<script type="text/javascript" src="/bitrix/js/main/core/core_fx.js?17321540119768"></script>
{head}<title>{esc(title)}</title>
</head>
<body>
<div id="panel"></div>
<div id="page-wrapper">
<div id="header">
  <div class="header-top">
    <span class="header-date">{TODAY}</span>
    <div class="header-auth">{_auth_box(cur)}</div>
    <div class="header-search"><form action="/search/" method="get"><input type="text" name="q" value="" size="20" maxlength="50" placeholder="Tìm kiếm..." /><input name="s" type="submit" value="Tìm" /></form>
    <a href="/search/" class="search-advanced">Tìm kiếm nâng cao</a></div>
  </div>
  <div class="header-logo"><a href="/"><img src="{TPL}/images/logo-sgd.png" alt="Logo" /></a>
    <div class="site-name"><span class="site-name-top">UBND TỈNH HÀ TĨNH</span><span class="site-name-main">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></div>
</div>
{_menu(active)}
<div id="content-wrapper">
{crumb}
<div id="sidebar-left">{side_top}{_sidebar()}</div>
<div id="workarea">
{heading}
{main}
</div>
<div style="clear:both"></div>
</div>
<div id="footer">
  <div class="footer-links"><a href="/gioi-thieu/?bitrix_include_areas=Y&amp;clear_cache=Y">Giới thiệu</a> | <a href="/lien-he/">Liên hệ</a> | <a href="/tin-tuc/rss/">RSS</a></div>
  <p class="footer-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH</p>
  <p>Địa chỉ: {ADDRESS}</p>
  <p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
  <p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>
  <p class="copyright">© 2014 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Hà Tĩnh. Thiết kế và phát triển: Công ty TNHH Giải pháp Web Hồng Lam - Đối tác 1C-Bitrix tại Việt Nam</p>
</div>
</div>
</body>
</html>
"""


def _others(s: Story) -> str:
    others = [o for o in in_section(s.cat) if o.id != s.id][:4]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{sef_path(o)}">{_t(o.title, o)}</a> <span class="news-date-time">({_dmy(o.opts["when"])})</span></li>'
        for o in others
    )
    return f'<div class="news-other"><div class="news-other-title">Các tin khác</div><ul>{items}</ul></div>'


def _detail_html(s: Story, cur: str, print_view: bool = False) -> str:
    pic = next((b for b in s.blocks if isinstance(b, Img) and b.style == "detail"), None)
    parts = [f'<div class="news-detail" id="bx_1878455859_{s.id}">']
    if pic:
        parts.append(
            f'\t<img class="detail_picture" border="0" src="{pic.src}" width="260" height="173"'
            f' alt="{esc(s.title)}" title="{esc(s.title)}" />'
        )
    parts.append(f'\t<span class="news-date-time">{_shown_date(s)}</span>')
    if s.summary:
        parts.append(f'\t<div class="news-detail-preview">{_t(s.summary, s)}</div>')
    parts.append(_detail_text(s))
    parts.append('\t<div style="clear:both"></div>\n\t<br />')
    parts.append(f"\t<b>Lượt xem:</b>&nbsp;{s.views()}<br />")
    parts.append(f"\t<b>Cập nhật:</b>&nbsp;{_updated(s):%d.%m.%Y %H:%M:%S}<br />")
    parts.append(f"\t<b>Người đăng:</b>&nbsp;{s.opts['user']}<br />")
    for label, value in s.opts.get("props", []):
        shown = (
            "&nbsp;/&nbsp;".join(_t(v, s) for v in value)
            if isinstance(value, list)
            else _t(value, s)
        )
        parts.append(f"\t<b>{label}:</b>&nbsp;{shown}<br />")
    if s.opts.get("file"):
        d = next(d for d in DOCS if d.file == s.opts["file"])
        parts.append(
            f'\t<b>Tệp đính kèm:</b>&nbsp;<a href="{d.url}">{d.file}.pdf</a> (148.2 KB)<br />'
        )
    if not print_view:
        tags = ", ".join(f'<a href="{esc(_tag_url(t))}">{esc(t)}</a>' for t in s.opts["tags"])
        parts.append(f'\t<div class="news-detail-tags">Từ khóa: {tags}</div>')
        pr = cur + ("&" if "?" in cur else "?") + "print=Y"
        parts.append(
            '\t<div class="news-detail-share"><noindex><div class="share-window-parent">'
            '<span class="share-title">Chia sẻ:</span> '
            f'<a href="http://www.facebook.com/share.php?u=http%3A%2F%2Fsgd.hatinh.edu.vn{quote(sef_path(s), safe="")}" target="_blank" rel="nofollow" class="main-share-facebook">Facebook</a> '
            f'<a href="https://sp.zalo.me/share_inline?u=http%3A%2F%2Fsgd.hatinh.edu.vn{quote(sef_path(s), safe="")}" target="_blank" rel="nofollow" class="main-share-zalo">Zalo</a> '
            f'<a href="{esc(pr)}" rel="nofollow" class="print-link" target="_blank">In bài viết</a>'
            "</div></noindex></div>"
        )
    parts.append("</div>")
    if not print_view:
        parts.append(
            f'<div class="news-detail-back"><a href="/tin-tuc/{s.cat}/">Quay lại danh sách tin</a></div>'
        )
        parts.append(_others(s))
    return "\n".join(parts)


def _article(s: Story, cur: str) -> str:
    code = s.cat
    name = SECTIONS[code][1]
    return _page(
        s.title,
        _detail_html(s, cur),
        cur=cur,
        active="/tin-tuc/",
        crumbs=[("Tin tức", "/tin-tuc/"), (name, f"/tin-tuc/{code}/")],
        h1=_t(s.title, s),
    )


def _print(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="noindex, nofollow" />
<link href="{TPL}/print.css" type="text/css" rel="stylesheet" />
<title>{esc(s.title)}</title>
</head>
<body onload="window.print()">
<div class="print-header"><img src="{TPL}/images/logo-sgd.png" alt="" /> {esc(SITE)}</div>
<h1 id="pagetitle">{_t(s.title, s)}</h1>
{_detail_html(s, sef_path(s), print_view=True)}
<div class="print-footer">{esc(SITE)} - {esc(ADDRESS)}</div>
</body>
</html>
"""


def _soft_404(cur: str) -> str:
    return _page(
        "Tin tức",
        '<font class="errortext">Không tìm thấy tin tức!</font>',
        cur=cur,
        active="/tin-tuc/",
        crumbs=[("Tin tức", "/tin-tuc/")],
        h1="Tin tức",
    )


def _listing(base: str, label: str, items: list[Story], params: dict[str, str], cur: str,
             crumbs: list[tuple[str, str | None]], side_top: str = "") -> str:  # fmt: skip
    pages = _pages(len(items), PER_PAGE)
    show_all = params.get("SHOWALL_1") == "1"
    if show_all:
        page, shown = 1, items
    else:
        page = _page_no(params, pages)
        shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    pager = _pager(base, page, pages, show_all)
    main = (
        f'<div class="news-list">\n{_news_rows(shown)}\n<br />{pager}\n</div>'
        '<div class="rss-link"><a href="/tin-tuc/rss/" title="RSS"><img src="/bitrix/components/bitrix/news/templates/.default/images/icon_rss.gif" alt="RSS" /> RSS</a></div>'
    )
    head = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/tin-tuc/rss/" />\n'
    return _page(label, main, cur=cur, active="/tin-tuc/", crumbs=crumbs, h1=esc(label),
                 head=head, side_top=side_top)  # fmt: skip


def _home(cur: str) -> str:
    featured = [s for s in _LATEST if s.opts.get("featured")]
    slider = "".join(
        f'<div class="slide-item"><a href="/tin-tuc/detail.php?ID={s.id}">'
        f'<img src="/upload/resize_cache/iblock/{_hx(f"detail-{s.id}")[:3]}/560_320_2/{_hx(f"detail-{s.id}")}.jpg" alt="{esc(s.title)}" /></a>'
        f'<div class="slide-caption"><a href="/tin-tuc/detail.php?ID={s.id}">{_t(s.title, s)}</a></div></div>'
        for s in featured
    )
    sections = "".join(
        f'<div class="home-section"><div class="home-section-title"><a href="/tin-tuc/{c}/">{name}</a></div>'
        f'<div class="news-list">{_news_rows(in_section(c)[:3], preview=False)}</div></div>'
        for c, (_, name) in SECTIONS.items()
    )
    docs = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td><td>{esc(d.abstract)}</td></tr>'
        for d in DOCS[:4]
    )
    albums = "".join(
        f'<div class="album-item"><a href="/thu-vien-anh/{aid}/"><img src="{_photo(aid, 0)}" alt="" /></a>'
        f'<a href="/thu-vien-anh/{aid}/">{esc(name)}</a></div>'
        for aid, (name, _, _) in ALBUMS.items()
    )
    main = (
        f'<div class="home-slider"><div class="home-block-title">Tin nổi bật</div>{slider}</div>'
        f'<div class="home-latest"><div class="home-block-title">Tin mới</div><div class="news-list">{_news_rows(_LATEST[:5], preview=False)}</div></div>'
        f"{sections}"
        f'<div class="home-docs"><div class="home-block-title">Văn bản mới</div><table class="data-table">{docs}</table>'
        '<a href="/van-ban/">Xem tất cả</a></div>'
        f'<div class="home-albums"><div class="home-block-title">Thư viện ảnh</div>{albums}</div>'
    )
    head = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/tin-tuc/rss/" />\n'
    return _page(f"Trang chủ - {SITE}", main, cur=cur, head=head)


def _static(path: str, cur: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    crumbs: list[tuple[str, str | None]] = [("Giới thiệu", None)]
    if path != "/gioi-thieu/":
        crumbs = [("Giới thiệu", "/gioi-thieu/"), (title, None)]
    return _page(title, f'<div class="static-content">{body}</div>', cur=cur, active="/gioi-thieu/",
                 crumbs=crumbs, h1=esc(title))  # fmt: skip


def _contact(cur: str) -> str:
    def row(label: str, field: str, required: bool = False) -> str:
        star = (
            "<font color='red'><span class='form-required starrequired'>*</span></font>"
            if required
            else ""
        )
        return f"<tr><td>{label}{star}</td><td>{field}</td></tr>"

    form = (
        f"<p>{esc(SITE)}</p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p>"
        '<form name="SIMPLE_FORM_1" action="/lien-he/" method="POST" enctype="multipart/form-data">'
        f'<input type="hidden" name="sessid" id="sessid" value="{SESSID}" /><input type="hidden" name="WEB_FORM_ID" value="1" />'
        '<table class="form-table data-table"><thead><tr><th colspan="2">Gửi ý kiến, câu hỏi</th></tr></thead><tbody>'
        + row(
            "Họ và tên",
            '<input type="text" class="inputtext" name="form_text_1" value="" size="40" />',
            True,
        )
        + row(
            "Email",
            '<input type="text" class="inputtext" name="form_email_2" value="" size="40" />',
            True,
        )
        + row(
            "Điện thoại",
            '<input type="text" class="inputtext" name="form_text_3" value="" size="40" />',
        )
        + row(
            "Nội dung",
            '<textarea name="form_textarea_4" cols="40" rows="5" class="inputtextarea"></textarea>',
            True,
        )
        + '</tbody><tfoot><tr><th colspan="2"><input type="submit" name="web_form_submit" value="Gửi" />'
        ' <input type="reset" value="Nhập lại" /></th></tr></tfoot></table>'
        "<p><font color='red'><span class='form-required starrequired'>*</span></font> - Thông tin bắt buộc</p></form>"
    )
    return _page(
        "Liên hệ", form, cur=cur, active="/lien-he/", crumbs=[("Liên hệ", None)], h1="Liên hệ"
    )


def _docs(params: dict[str, str], cur: str) -> str:
    pages = _pages(len(DOCS), DOCS_PER_PAGE)
    page = _page_no(params, pages)
    rows = "".join(
        f'<tr><td><a href="{d.path}">{esc(d.number)}</a></td><td>{_dmy(d.issued)}</td>'
        f'<td><a href="{d.path}">{esc(d.abstract)}</a></td><td>{d.kind}</td>'
        f'<td><a href="{d.url}" title="Tải về"><img src="{TPL}/images/icon-pdf.gif" alt="" /> Tải về</a></td></tr>'
        for d in DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    )
    table = (
        '<table class="data-table van-ban-list"><thead><tr><td>Số/Ký hiệu</td><td>Ngày ban hành</td>'
        f"<td>Trích yếu</td><td>Loại</td><td>Tệp</td></tr></thead><tbody>{rows}</tbody></table>"
    )
    pager = _pager("/van-ban/", page, pages, False)
    return _page("Văn bản", table + pager, cur=cur, active="/van-ban/", crumbs=[("Văn bản", None)],
                 h1="Văn bản")  # fmt: skip


def _doc(d: Doc, cur: str) -> str:
    body = (
        '<div class="news-detail van-ban-detail"><table class="data-table">'
        f"<tr><td><b>Số/Ký hiệu:</b></td><td>{esc(d.number)}</td></tr>"
        f"<tr><td><b>Loại văn bản:</b></td><td>{d.kind}</td></tr>"
        f"<tr><td><b>Ngày ban hành:</b></td><td>{_dmy(d.issued)}</td></tr>"
        f"<tr><td><b>Người ký:</b></td><td>{esc(d.signer)}</td></tr>"
        f"<tr><td><b>Trích yếu:</b></td><td>{esc(d.abstract)}</td></tr>"
        f'<tr><td><b>Tệp đính kèm:</b></td><td><a href="{d.url}">{d.file}.pdf</a></td></tr>'
        "</table></div>"
        '<div class="news-detail-back"><a href="/van-ban/">Quay lại danh sách văn bản</a></div>'
    )
    return _page(d.abstract, body, cur=cur, active="/van-ban/",
                 crumbs=[("Văn bản", "/van-ban/"), (d.number, None)], h1=esc(d.abstract))  # fmt: skip


def _gallery(cur: str) -> str:
    items = "".join(
        f'<div class="photo-album-item"><a href="/thu-vien-anh/{aid}/"><img src="{_photo(aid, 0)}" width="200" alt="" /></a>'
        f'<div class="photo-album-name"><a href="/thu-vien-anh/{aid}/">{esc(name)}</a></div>'
        f'<div class="photo-album-date">{_dmy(day)} ({len(photos)} ảnh)</div></div>'
        for aid, (name, day, photos) in ALBUMS.items()
    )
    return _page("Thư viện ảnh", f'<div class="photo-sections-top">{items}</div>', cur=cur,
                 active="/thu-vien-anh/", crumbs=[("Thư viện ảnh", None)], h1="Thư viện ảnh")  # fmt: skip


def _album(aid: int, cur: str) -> str:
    name, day, photos = ALBUMS[aid]
    items = "".join(
        f'<div class="photo-item"><a href="{_photo(aid, n)}" class="fancybox" rel="album{aid}" title="{esc(t)}">'
        f'<img src="{_photo(aid, n)}" width="200" alt="{esc(t)}" /></a><div class="photo-title">{esc(t)}</div></div>'
        for n, t in enumerate(photos)
    )
    main = (
        f'<div class="photo-section-date">{_dmy(day)}</div><div class="photo-section">{items}</div>'
    )
    return _page(name, main, cur=cur, active="/thu-vien-anh/",
                 crumbs=[("Thư viện ảnh", "/thu-vien-anh/"), (name, None)], h1=esc(name))  # fmt: skip


def _plain(s: Story) -> str:
    return " ".join(b.text for b in s.blocks if isinstance(b, P))


def _search(params: dict[str, str], cur: str) -> str:
    q = params.get("q", "").strip()
    tag = params.get("tags", "").strip()
    how = params.get("how", "r")
    form = (
        '<div class="search-page"><form action="" method="get">'
        f'<input type="text" name="q" value="{esc(q)}" size="40" />&nbsp;<input type="submit" value="Tìm kiếm" />'
        '<input type="hidden" name="how" value="r" /></form>'
    )
    if not q and not tag:
        return _page("Tìm kiếm", form + "<p>Chưa nhập cụm từ tìm kiếm.</p></div>", cur=cur,
                     crumbs=[("Tìm kiếm", None)], h1="Tìm kiếm")  # fmt: skip
    if tag:
        hits = [s for s in _LATEST if tag in s.opts["tags"]]
        phrase = SPHRASE.get(tag, 3001)
        base = _tag_url(tag)
    else:
        low = q.lower()
        hits = [s for s in _LATEST if low in (s.title + " " + _plain(s)).lower()]
        phrase = 3100 + zlib.crc32(q.encode()) % 800
        base = f"/search/?q={quote_plus(q)}"
    if how == "d":
        hits = sorted(hits, key=lambda s: _updated(s), reverse=True)
        sort = f'<a href="{esc(base)}">Sắp xếp theo mức độ liên quan</a>&nbsp;|&nbsp;<b>Sắp xếp theo ngày</b>'
    else:
        sort = f'<b>Sắp xếp theo mức độ liên quan</b>&nbsp;|&nbsp;<a href="{esc(base)}&amp;how=d">Sắp xếp theo ngày</a>'
    rows = "".join(
        f'<a href="{sef_path(s)}?sphrase_id={phrase}">{_t(s.title, s)}</a>'
        f"<p>{_t(_plain(s)[:160], s)}…</p>"
        f"<small>Thay đổi: {_updated(s):%d.%m.%Y %H:%M:%S}</small><br />"
        f'<small>Đường dẫn: <a href="/tin-tuc/">Tin tức</a>&nbsp;/&nbsp;<a href="/tin-tuc/{s.cat}/">{SECTIONS[s.cat][1]}</a></small><br /><br />'
        for s in hits
    )
    result = rows or "<p>Không tìm thấy kết quả phù hợp.</p>"
    main = (
        form
        + f'<div class="search-sorting">{sort}</div><div class="search-result">{result}</div></div>'
    )
    return _page("Tìm kiếm", main, cur=cur, crumbs=[("Tìm kiếm", None)], h1="Tìm kiếm")


def _auth(params: dict[str, str]) -> str:
    if params.get("forgot_password") == "yes":
        form = (
            '<div class="bx-auth"><form name="bform" method="post" target="_top" action="/auth/">'
            "<p>Nếu bạn quên mật khẩu, hãy nhập tên đăng nhập hoặc email. Mật khẩu mới sẽ được gửi qua email.</p>"
            '<input type="text" name="USER_LOGIN" maxlength="50" value="" /> <input type="submit" name="send_account_info" value="Gửi" />'
            '<p><a href="/auth/"><b>Đăng nhập</b></a></p></form></div>'
        )
    else:
        form = (
            '<div class="bx-auth"><form name="form_auth" method="post" target="_top" action="/auth/?login=yes">'
            '<input type="hidden" name="AUTH_FORM" value="Y" /><input type="hidden" name="TYPE" value="AUTH" />'
            '<table class="bx-auth-table"><tr><td>Tên đăng nhập:</td><td><input type="text" name="USER_LOGIN" maxlength="255" value="" /></td></tr>'
            '<tr><td>Mật khẩu:</td><td><input type="password" name="USER_PASSWORD" maxlength="255" /></td></tr>'
            '<tr><td></td><td><input type="checkbox" name="USER_REMEMBER" value="Y" /> Ghi nhớ đăng nhập</td></tr>'
            '<tr><td></td><td><input type="submit" name="Login" value="Đăng nhập" /></td></tr></table>'
            '<noindex><p><a href="/auth/?forgot_password=yes" rel="nofollow">Quên mật khẩu?</a></p></noindex></form></div>'
        )
    # the auth page's header hides the inline form: no backurl links from here
    page = _page("Đăng nhập", form, cur="/auth/", crumbs=[("Đăng nhập", None)], h1="Đăng nhập")
    return re.sub(
        r"<!--'start_frame_cache_iIjGFB'-->.*?<!--'end_frame_cache_iIjGFB'-->", "", page, flags=re.S
    )


def _rss(base: str) -> str:
    items = []
    for s in _LATEST[:10]:
        pic = next((b for b in s.blocks if isinstance(b, Img) and b.style == "detail"), None)
        enc = (
            f'<enclosure url="{base}{pic.src}" length="48213" type="image/jpeg"/>\n' if pic else ""
        )
        when = s.opts["when"]
        stamp = format_datetime(when.replace(tzinfo=None)).replace("-0000", "+0700")
        items.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{sef_path(s)}</link>\n"
            f"<description>{esc(s.summary or '')}</description>\n{enc}"
            f"<category>{esc(SECTIONS[s.cat][1])}</category>\n<pubDate>{stamp}</pubDate>\n</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
        f"<title>{esc(SHORT)}: Tin tức</title>\n<link>{base}</link>\n"
        f"<description>Tin tức - {esc(SITE)}</description>\n"
        "<lastBuildDate>Wed, 25 Nov 2026 07:00:00 +0700</lastBuildDate>\n<ttl>60</ttl>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def _robots(base: str) -> str:
    rules = [
        "*/index.php", "/bitrix/", "/*show_include_exec_time=", "/*show_page_exec_time=",
        "/*show_sql_stat=", "/*bitrix_include_areas=", "/*clear_cache=", "/*clear_cache_session=",
        "/*ADD_TO_COMPARE_LIST", "/*ORDER_BY", "/*PAGEN", "/*?print=", "/*&print=",
        "/*print_course=", "/*?action=", "/*&action=", "/*register=", "/*forgot_password=",
        "/*change_password=", "/*login=", "/*logout=", "/*auth=", "/*backurl=", "/*back_url=",
        "/*BACKURL=", "/*BACK_URL=", "/*back_url_admin=", "/*?utm_source=", "/auth/", "/search/",
    ]  # fmt: skip
    allow = [
        "/bitrix/components/",
        "/bitrix/cache/",
        "/bitrix/js/",
        "/bitrix/templates/",
        "/bitrix/panel/",
    ]
    host = base.split("//", 1)[1]
    return (
        "User-Agent: *\n"
        + "".join(f"Disallow: {r}\n" for r in rules)
        + "".join(f"Allow: {a}\n" for a in allow)
        + f"Host: {host}\nSitemap: {base}/sitemap.xml\n"
    )


def _sitemap_index(base: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/sitemap_files.xml</loc><lastmod>2026-11-25T03:00:12+07:00</lastmod></sitemap>"
        f"<sitemap><loc>{base}/sitemap_iblock_{NEWS_IBLOCK}.xml</loc><lastmod>2026-11-25T03:00:12+07:00</lastmod></sitemap>"
        "</sitemapindex>"
    )


def _urlset(rows: list[tuple[str, str]], base: str) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>{m}</lastmod></url>" for p, m in rows)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"{urls}</urlset>"
    )


def _sitemap_files(base: str) -> str:
    stamp = "2024-08-14T09:12:40+07:00"
    paths = ["/", *PAGES, "/lien-he/", "/van-ban/", "/thu-vien-anh/"]
    return _urlset([(p, stamp) for p in paths], base)


def _sitemap_iblock(base: str) -> str:
    rows = [("/tin-tuc/", "2026-11-24T15:20:00+07:00")]
    rows += [(f"/tin-tuc/{c}/", "2026-11-24T15:20:00+07:00") for c in SECTIONS]
    rows += [(sef_path(s), f"{_updated(s):%Y-%m-%dT%H:%M:%S}+07:00") for s in _LATEST]
    return _urlset(rows, base)


_HEADERS = {
    "X-Powered-CMS": "Bitrix Site Manager (7e8cb34a03cd8bc2cb3b3b7ab9c0e0c9)",
    "P3P": 'policyref="/bitrix/p3p.xml", CP="NON DSP COR CUR ADM DEV PSA PSD OUR UNR BUS UNI COM NAV INT DEM STA"',
}
_KNOWN_FILES = {d.url for d in DOCS}


def _ok(body: str) -> Response:
    return html(body, headers=dict(_HEADERS))


def _xml(body: str, ctype: str = "application/xml") -> Response:
    return Response(200, body, {"Content-Type": f"{ctype}; charset=UTF-8", **_HEADERS})


class BitrixSite:
    def respond(self, request: Request) -> Response | None:
        path, params, cur = request.path, request.params, request.target
        base = base_url(request)
        if path.endswith(".pdf"):
            if path in _KNOWN_FILES:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if path.startswith(("/upload/", "/bitrix/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _robots(base), {"Content-Type": "text/plain; charset=UTF-8"})
        if path == "/sitemap.xml":
            return _xml(_sitemap_index(base))
        if path == "/sitemap_files.xml":
            return _xml(_sitemap_files(base))
        if path == f"/sitemap_iblock_{NEWS_IBLOCK}.xml":
            return _xml(_sitemap_iblock(base))
        if path in ("/", "/index.php"):
            return _ok(_home(cur))
        if path in (
            "/tin-tuc",
            "/van-ban",
            "/gioi-thieu",
            "/lien-he",
            "/thu-vien-anh",
            "/search",
            "/auth",
        ):
            return redirect(path + "/" + (f"?{request.query}" if request.query else ""), 301)
        if path == "/tin-tuc/rss/":
            return _xml(_rss(base), "application/rss+xml")
        if path in ("/tin-tuc/detail.php", "/tin-tuc/index.php") and (
            eid := params.get("ID") or params.get("ELEMENT_ID")
        ):
            s = _BY_ID.get(int(eid)) if eid.isdigit() else None
            if s is None:
                return _ok(_soft_404(cur))
            return _ok(_print(s)) if params.get("print") == "Y" else _ok(_article(s, cur))
        if path in ("/tin-tuc/", "/tin-tuc/index.php"):
            try:
                month, year = int(params.get("month", "11")), int(params.get("year", "2026"))
                cal = _calendar(month, year) if 1 <= month <= 12 and 1000 <= year <= 9998 else ""
            except ValueError:
                cal = ""
            return _ok(
                _listing("/tin-tuc/", "Tin tức", _LATEST, params, cur, [("Tin tức", None)], cal)
            )
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)/", path):
            code = m.group(1)
            if code not in SECTIONS:
                return _ok(_soft_404(cur))
            name = SECTIONS[code][1]
            return _ok(_listing(f"/tin-tuc/{code}/", name, in_section(code), params, cur,
                                [("Tin tức", "/tin-tuc/"), (name, None)]))  # fmt: skip
        if m := re.fullmatch(r"/tin-tuc/([a-z-]+)/(\d+)/", path):
            s = _BY_ID.get(int(m.group(2)))
            if s is None or s.cat != m.group(1):
                return _ok(_soft_404(cur))
            return _ok(_print(s)) if params.get("print") == "Y" else _ok(_article(s, cur))
        if path in PAGES:
            return _ok(_static(path, cur))
        if path == "/lien-he/":
            return _ok(_contact(cur))
        if path == "/van-ban/":
            return _ok(_docs(params, cur))
        if (m := re.fullmatch(r"/van-ban/(\d+)/", path)) and int(m.group(1)) in _DOC_BY_ID:
            return _ok(_doc(_DOC_BY_ID[int(m.group(1))], cur))
        if path == "/thu-vien-anh/":
            return _ok(_gallery(cur))
        if (m := re.fullmatch(r"/thu-vien-anh/(\d+)/", path)) and int(m.group(1)) in ALBUMS:
            return _ok(_album(int(m.group(1)), cur))
        if path == "/search/":
            return _ok(_search(params, cur))
        if path == "/auth/":
            return _ok(_auth(params))
        return html(
            _page("404 - Không tìm thấy trang", "<p>Trang bạn yêu cầu không tồn tại.</p>",
                  cur=cur, crumbs=[], h1="404 - Không tìm thấy trang"),
            status=404, headers=dict(_HEADERS),
        )  # fmt: skip


def build_site() -> BitrixSite:
    return BitrixSite()
