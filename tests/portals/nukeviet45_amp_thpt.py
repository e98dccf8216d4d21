"""Fixture portal: Trường THPT Trần Phú (Đắk Lắk) on NukeViet 4.5 with AMP twins.

Imitates a 2022-era NukeViet 4.5 school site: a Bootstrap 3 theme derived from ``default``
(24-column grid ``col-md-18``/``col-md-6``, ``panel panel-default`` boxes), URL rewriting on, the
news module renamed ``tin-tuc`` and an AMP add-on that serves every article a second time.

What it serves:

- Articles ``/tin-tuc/<cat-alias>/<alias>-<id>.html``: ``<link rel="canonical">`` (absolute) and
  ``<link rel="amphtml">`` to the AMP twin ``/amp/tin-tuc/<cat-alias>/<alias>-<id>.html`` (``⚡``
  html, AMP boilerplate CSS, ``amp-img``, ``amp-carousel`` for photo runs, JSON-LD, canonical back
  to the normal page). The detail markup is NukeViet's: ``div.news_column > div.panel.panel-default
  > div.panel-body`` with ``h1.title``, ``span.h5`` date "Thứ ba - 24/11/2026 16:40" (lower-case
  weekday as NukeViet's language file writes it), tools (send-to-friend and print are
  ``javascript:void(0)`` links opening ``/tin-tuc/sendmail/…`` and ``/tin-tuc/print/…`` from an
  ``onclick``; "Lưu bài viết này" is a real link to ``/tin-tuc/savefile/…``, a forced download of
  the print page), the home image (``figure.article.left`` with the small copy under ``/assets/``,
  or ``figure.article.center`` with the full file under ``/uploads/``; ``figcaption`` = the
  'homeimgalt' field, absent when the field is empty), the hometext in ``div.hometext``, the body in
  ``#news-bodyhtml.bodytext`` (CKEditor 4: image2 ``figure.image`` + ``figcaption``, or an image
  paragraph followed by a centred ``<em>`` line, tables, lists), then ``div.author`` ("Tác giả bài
  viết: …") and ``div.source`` ("Nguồn tin: …", a link when the source has an address); an
  attachment box "Tài liệu đính kèm" whose links are the article URL plus ``?download=1&id=N``
  (a PDF); keywords "Từ khóa:" → ``/tin-tuc/tag/<alias>``; the rating box ("Tổng số điểm của bài
  viết là: 12 trong 3 đánh giá", five star links ``/tin-tuc/rating/?id=&point=&checkss=``,
  "Click để đánh giá bài viết"); share buttons; "Những tin mới hơn" / "Những tin cũ hơn" with dates;
  the comment module ("Ý kiến bạn đọc", readers' comments, "Mã an toàn").
- Chrome: logo, header clock (TODAY), main menu (one admin-typed item is a non-rewritten
  ``/index.php?language=vi&nv=tin-tuc&op=thong-bao`` link), the breadcrumb exactly as 4.5 prints
  it: an empty ``ul.breadcrumbs`` filled by script from a hidden ``ul.temp-breadcrumbs`` carrying
  the schema.org ``itemprop`` trail; sidebar "Tin mới" with dates, "Tin xem nhiều", a custom HTML
  block "Tin tiêu điểm" (a non-rewritten article link typed by an admin), banners
  (``/banners/click/?id=N&s=…`` → 302 off-site), "Thống kê truy cập" ("Đang truy cập / Hôm nay /
  Tháng hiện tại / Tổng lượt truy cập"), footer with address and hotline, "Thiết kế bởi
  VINADES.,JSC", and the theme switch "Giao diện: Desktop | Mobile"
  (``?nvvithemever=m&nv_redirect=<base64>``, a 302 back to the page).
- Listings: ``/`` and ``/tin-tuc/`` (viewcat_main_right: one box per category, newest item with
  image and hometext left, three more titles right; ``/`` adds the "Tin nổi bật" headline slider),
  categories ``/tin-tuc/<cat>/`` (viewcat_page_new, 3 a page, ``ul.pagination`` links
  ``/tin-tuc/<cat>/page-N``, "Các tin khác"), groups ``/tin-tuc/groups/<alias>/``, tags
  ``/tin-tuc/tag/<alias>``, topics ``/tin-tuc/topic/<alias>/``, the module search
  ``/tin-tuc/search/?q=``. Feeds: ``/tin-tuc/rss/`` (also ``/rss/tin-tuc/``) and
  ``/tin-tuc/rss/<cat>/`` (announced in ``<head>``), ``/feeds/`` lists them; ``/sitemap.xml`` (robots.txt)
  is an index of ``/sitemap-vi.tin-tuc.xml`` and ``/sitemap-vi.gioi-thieu.xml``.
- Non-articles: the page module ``/gioi-thieu/`` and ``/gioi-thieu/<alias>.html`` (static pages
  that look like articles: h1, hometext, body; no date), ``/lien-he/``, ``/users/`` (login) and
  ``/users/register/``, the laws module ``/van-ban/`` and ``/van-ban/<alias>-<id>.html`` (Số hiệu,
  Ngày ban hành, Trích yếu …, a PDF), ``/download/`` and ``/download/<cat>/<alias>.html``, the
  photos module ``/thu-vien-anh/`` and ``/thu-vien-anh/<alias>-<id>.html`` (an album: a name, one
  sentence and a grid of photos), the site search ``/seek/`` (results link the non-rewritten form),
  print and send-to-friend views.

Traps and hard cases: every article is served twice more, at its AMP twin and at its
non-rewritten form ``/index.php?language=vi&nv=tin-tuc&op=<cat>/<alias>-<id>`` (both are
``alt_paths``; every page has such a form, listings too). The print view repeats the article
without canonical; the savefile link is the article again as a download; the rating links and the
attachment ``?download=1&id=N`` links hang off the article URL; the theme switch doubles every
page's links (302s). A wrong alias or category for a known id answers 301 to the real URL; an
unknown one the theme's 404. Article 490 is filed under two categories (listed in both; its
primary category "Thông báo" is the one its URL and breadcrumb name). Article 474 is a photo
gallery: one sentence (the hometext) and six uncaptioned photos in the body (a carousel on AMP).
Article 479's hometext repeats its first body paragraph word for word, as editors paste it.

Gold (by hand), following shared/real-pages/SOURCES.md:
- title: ``h1.title``; published_at: the ``span.h5`` date line with its time (NukeViet always
  prints one); category: the breadcrumb's last item (the primary category).
- summary: the hometext; it is the body's first paragraph (printed once in the gold even where the
  page prints it twice, 479). body: hometext then the ``#news-bodyhtml`` paragraphs, list items and
  table rows (cells joined " | "); captions, the in-text signature lines ("Tin, ảnh: …", "Bài: … -
  Ảnh: …"), author/source fields, keywords, rating, comments and related lists are not body.
- images: the home image first when the detail shows it (caption = its figcaption, None when the
  page prints none), then body images in order; a centred ``<em>`` line right under a photo is its
  caption; gallery photos have none. Captions are kept as printed, a trailing "Ảnh: X" included
  (X is then a photographer).
- authors: the "Tác giả bài viết" field, split on ","; else the in-text signature ("Tin, ảnh: X"
  gives X as author and photographer; "Bài: X - Ảnh: Y"). source: the "Nguồn tin" field as printed
  (a newspaper or the Youth Union's own name), else None. Readers' comment names are nobody's byline.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet45_amp_thpt"
PLATFORM = "nukeviet4"
START_PATH = "/"

SITE = "Trường THPT Trần Phú"
SITE_DESC = "Tỉnh Đắk Lắk - Kỷ cương, tình thương, trách nhiệm"
ADDRESS = "Số 118 đường Lê Duẩn, phường Tuy Hòa, tỉnh Đắk Lắk"
PHONE = "0257 3 823 416"
HOTLINE = "0914 226 318"
EMAIL = "thpttranphu@daklak.edu.vn"
MOD = "tin-tuc"
PER_PAGE = 3
THEME = "/themes/thpttranphu"
UP = "/uploads/tin-tuc"
ASSETS = "/assets/tin-tuc"

#: categories: alias -> (catid, printed name)
CATS: dict[str, tuple[int, str]] = {
    "hoat-dong-nha-truong": (1, "Hoạt động nhà trường"),
    "doan-thanh-nien": (2, "Đoàn thanh niên"),
    "thong-bao": (3, "Thông báo"),
}
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "hoc-sinh-gioi": "học sinh giỏi",
    "doan-truong": "đoàn trường",
    "the-duc-the-thao": "thể dục thể thao",
    "an-toan-giao-thong": "an toàn giao thông",
    "hoc-bong": "học bổng",
    "kiem-tra-hoc-ky": "kiểm tra học kỳ",
    "chuyen-mon": "chuyên môn",
}
GROUPS: dict[str, str] = {"tin-noi-bat": "Tin nổi bật", "tin-tieu-diem": "Tin tiêu điểm"}
TOPICS: dict[str, str] = {
    "chao-mung-ngay-nha-giao-viet-nam-20-11": "Chào mừng Ngày Nhà giáo Việt Nam 20/11",
}
_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _fig(src: str, printed: str | None, caption: str | None = None, style: str = "figure") -> Img:
    return Img(src, printed, caption if caption is not None else printed, style)


# Story.opts: at (publication time as stored), home (src file under 2026_MM, note or None,
# "left" | "center" | None: not shown on the detail page), author (the field as printed), source
# (name, url or None), tags, groups, topic, alsocat (secondary categories), rating (points, votes),
# comments [(name, when, text)], files [(name, title)], hits.
STORIES: list[Story] = [
    Story(
        id=491,
        slug="hoc-sinh-truong-thpt-tran-phu-dat-12-giai-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Học sinh Trường THPT Trần Phú đạt 12 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 - 2027, đội tuyển của nhà"
            " trường đạt 12 giải, trong đó có 2 giải Nhất, 4 giải Nhì, 3 giải Ba và 3 giải Khuyến khích."
        ),
        sapo_outside=True,
        blocks=[
            _fig(
                f"{UP}/2026_11/hsg-tinh-lop-12-2026.jpg",
                "Thầy Hiệu trưởng Lê Văn Thành chúc mừng các em đạt giải. Ảnh: Minh Đức",
                style="home-center",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 18 và 19/11/2026 với 1.246 thí sinh của 62 trường THPT"
                " trên địa bàn tỉnh tham dự ở 11 môn thi. Trường THPT Trần Phú có 24 học sinh dự thi ở"
                " 9 môn."
            ),
            P("Các học sinh đạt giải Nhất gồm:"),
            P("Em Nguyễn Hoàng Bảo Trâm, lớp 12A1, môn Toán;", "li"),
            P("Em Đỗ Minh Khang, lớp 12A2, môn Tin học.", "li"),
            P(
                "Đây là năm thứ ba liên tiếp nhà trường có học sinh đạt giải Nhất môn Toán cấp tỉnh. Kết"
                " quả này ghi nhận sự nỗ lực của thầy và trò trong công tác bồi dưỡng học sinh giỏi."
            ),
            P(
                "Nhà trường sẽ khen thưởng các em đạt giải và giáo viên bồi dưỡng tại buổi chào cờ đầu"
                " tuần ngày 30/11/2026."
            ),
        ],
        authors=["Lê Thị Hạnh", "Trần Quốc Bảo"],
        photographers=["Minh Đức"],
        opts={
            "at": "2026-11-24 16:40",
            "author": "Lê Thị Hạnh, Trần Quốc Bảo",
            "tags": ["hoc-sinh-gioi"],
            "groups": ["tin-noi-bat", "tin-tieu-diem"],
            "rating": (14, 3),
            "comments": [
                (
                    "Phụ huynh lớp 12A1",
                    "24/11/2026 20:12",
                    "Chúc mừng các em và thầy cô! Tự hào Trần Phú.",
                ),
            ],
            "hits": 812,
        },
    ),
    Story(
        id=490,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23T11:00:00+07:00",
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các khối"
            " lớp 10, 11 và 12 như sau."
        ),
        sapo_outside=True,
        blocks=[
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("14/12/2026 | Chiều | Lịch sử | 45 phút", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại kiểm tra theo kế hoạch của tổ chuyên môn trong tuần từ 07/12 đến"
                " 12/12/2026. Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo"
                " thẻ học sinh."
            ),
            P("Chi tiết danh sách phòng kiểm tra xem trong tệp đính kèm."),
        ],
        opts={
            "at": "2026-11-23 11:00",
            "tags": ["kiem-tra-hoc-ky"],
            "alsocat": ["hoat-dong-nha-truong"],
            "files": [("danh-sach-phong-kiem-tra-hk1.pdf", "Danh sách phòng kiểm tra")],
            "rating": (0, 0),
            "hits": 1204,
        },
    ),
    Story(
        id=489,
        slug="doan-truong-to-chuc-hoi-trai-tuoi-tre-tran-phu-tiep-buoc-truyen-thong",
        title="Đoàn trường tổ chức Hội trại “Tuổi trẻ Trần Phú - Tiếp bước truyền thống”",
        cat="doan-thanh-nien",
        published_at="2026-11-22T19:30:00+07:00",
        summary=(
            "Trong hai ngày 21 và 22/11/2026, Đoàn trường THPT Trần Phú tổ chức Hội trại “Tuổi trẻ"
            " Trần Phú - Tiếp bước truyền thống” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        blocks=[
            _fig(
                f"{ASSETS}/2026_11/hoi-trai-2026-home.jpg",
                "Lễ khai mạc Hội trại",
                style="home-left",
            ),
            P(
                "Hội trại có sự tham gia của 36 chi đoàn với hơn 1.400 đoàn viên. Các chi đoàn dựng trại"
                " theo chủ đề về lịch sử, văn hóa quê hương Phú Yên - Đắk Lắk."
            ),
            _fig(
                f"{UP}/2026_11/hoi-trai-2026-cong-trai.jpg",
                "Cổng trại của chi đoàn 11A3 đạt giải Nhất phần thi dựng trại",
            ),
            P(
                "Bên cạnh phần thi dựng trại, các chi đoàn còn tham gia hội thi văn nghệ, trò chơi lớn"
                " và đêm lửa trại. Ban tổ chức trao giải Nhất toàn đoàn cho chi đoàn 11A3, giải Nhì cho"
                " chi đoàn 12A5 và 10A1."
            ),
            _fig(f"{UP}/2026_11/hoi-trai-2026-lua-trai.jpg", None, style="figure"),
            P(
                "Hội trại là dịp để đoàn viên rèn luyện kỹ năng làm việc nhóm, tăng cường đoàn kết và"
                " bày tỏ lòng biết ơn đối với thầy cô giáo."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Nguyễn Hoàng Nam - Ảnh: Trần Thị Mai</strong></p>'
            ),
        ],
        authors=["Nguyễn Hoàng Nam"],
        photographers=["Trần Thị Mai"],
        opts={
            "at": "2026-11-22 19:30",
            "tags": ["doan-truong", "ngay-nha-giao-viet-nam"],
            "groups": ["tin-noi-bat"],
            "topic": "chao-mung-ngay-nha-giao-viet-nam-20-11",
            "rating": (9, 2),
            "hits": 655,
        },
    ),
    Story(
        id=486,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THPT Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương giáo viên, học sinh có thành tích"
            " xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            _fig(
                f"{ASSETS}/2026_11/le-ky-niem-20-11-2026.jpg",
                "Quang cảnh buổi lễ kỷ niệm",
                style="home-left",
            ),
            P(
                "Dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, Ban đại diện cha"
                " mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên và"
                " học sinh nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Lê Văn Thành, Hiệu trưởng nhà trường, ôn lại truyền thống"
                " 50 năm xây dựng và phát triển của trường, đồng thời bày tỏ lòng tri ân đối với các thế"
                " hệ nhà giáo đã cống hiến cho sự nghiệp giáo dục của địa phương."
            ),
            _fig(
                f"{UP}/2026_11/tuyen-duong-giao-vien-20-11.jpg",
                "Đại diện Sở Giáo dục và Đào tạo trao Giấy khen cho các giáo viên tiêu biểu",
            ),
            P(
                "Nhân dịp này, nhà trường tuyên dương 18 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " trường và 45 học sinh đạt thành tích cao trong các kỳ thi năm học 2025 - 2026."
            ),
            _fig(f"{UP}/2026_11/van-nghe-chao-mung-20-11.jpg", None, style="em"),
            P(
                "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, để"
                " lại nhiều cảm xúc cho thầy cô và các em."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "at": "2026-11-20 10:15",
            "author": "Nguyễn Thị Thu Hà",
            "tags": ["ngay-nha-giao-viet-nam"],
            "groups": ["tin-noi-bat"],
            "topic": "chao-mung-ngay-nha-giao-viet-nam-20-11",
            "rating": (12, 3),
            "comments": [
                (
                    "Trần Văn Hùng",
                    "20/11/2026 21:05",
                    "Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc.",
                ),
                (
                    "Cựu học sinh khóa 2010 - 2013",
                    "21/11/2026 07:48",
                    "Nhớ trường, nhớ thầy cô nhiều lắm!",
                ),
            ],
            "hits": 1530,
        },
    ),
    Story(
        id=479,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-13T08:30:00+07:00",
        # the hometext is the first body paragraph pasted again: printed twice, read once
        summary=(
            "Từ ngày 02 đến 12/11/2026, Trường THPT Trần Phú tổ chức Hội thi giáo viên dạy giỏi cấp"
            " trường năm học 2026 - 2027 với 26 giáo viên tham gia."
        ),
        blocks=[
            P(
                "Từ ngày 02 đến 12/11/2026, Trường THPT Trần Phú tổ chức Hội thi giáo viên dạy giỏi cấp"
                " trường năm học 2026 - 2027 với 26 giáo viên tham gia."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện một tiết dạy trên lớp theo hướng phát triển phẩm chất,"
                " năng lực học sinh và trình bày một biện pháp nâng cao chất lượng giảng dạy."
            ),
            _fig(
                f"{UP}/2026_11/gvdg-cap-truong-tiet-day.jpg",
                "Cô Phạm Thị Ngọc Anh, tổ Hóa học, trong tiết dạy dự thi",
                style="em",
            ),
            P(
                "Kết quả, 18 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 6 giáo viên được"
                " chọn tham dự Hội thi giáo viên dạy giỏi cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin, ảnh: Phạm Văn Lộc</strong></em></p>'
            ),
        ],
        authors=["Phạm Văn Lộc"],
        photographers=["Phạm Văn Lộc"],
        opts={
            "at": "2026-11-13 08:30",
            "tags": ["chuyen-mon", "ngay-nha-giao-viet-nam"],
            "topic": "chao-mung-ngay-nha-giao-viet-nam-20-11",
            "rating": (8, 2),
            "hits": 402,
        },
    ),
    Story(
        id=474,
        slug="hinh-anh-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Hình ảnh Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="hoat-dong-nha-truong",
        published_at="2026-11-07T15:20:00+07:00",
        summary="Một số hình ảnh tại Hội khỏe Phù Đổng cấp trường năm 2026 diễn ra từ ngày 02 đến 06/11/2026.",
        sapo_outside=True,
        blocks=[
            Img(f"{UP}/2026_11/hkpd-2026-01.jpg", None, None, "bare"),
            Img(f"{UP}/2026_11/hkpd-2026-02.jpg", None, None, "bare"),
            Img(f"{UP}/2026_11/hkpd-2026-03.jpg", None, None, "bare"),
            Img(f"{UP}/2026_11/hkpd-2026-04.jpg", None, None, "bare"),
            Img(f"{UP}/2026_11/hkpd-2026-05.jpg", None, None, "bare"),
            Img(f"{UP}/2026_11/hkpd-2026-06.jpg", None, None, "bare"),
        ],
        opts={
            "at": "2026-11-07 15:20",
            "home": "hkpd-2026-01.jpg",
            "tags": ["the-duc-the-thao"],
            "groups": ["tin-noi-bat"],
            "gallery": True,
            "rating": (5, 1),
            "hits": 977,
        },
    ),
    Story(
        id=472,
        slug="ke-hoach-to-chuc-ngay-hoi-huong-nghiep-cho-hoc-sinh-khoi-12",
        title="Kế hoạch tổ chức Ngày hội hướng nghiệp cho học sinh khối 12",
        cat="thong-bao",
        published_at="2026-11-05T07:30:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch giáo dục năm học 2026 - 2027, nhà trường tổ chức Ngày hội hướng"
                " nghiệp cho học sinh khối 12 vào sáng thứ Bảy, ngày 28/11/2026 tại hội trường lớn."
            ),
            P(
                "Tham gia tư vấn có đại diện Trường Đại học Tây Nguyên, Trường Đại học Phú Yên, Trường"
                " Cao đẳng Kỹ thuật Đắk Lắk và Trung tâm Dịch vụ việc làm tỉnh."
            ),
            P(
                "Giáo viên chủ nhiệm các lớp 12 nhắc nhở học sinh tham dự đầy đủ, chuẩn bị trước các câu"
                " hỏi về ngành nghề, phương thức tuyển sinh năm 2027."
            ),
        ],
        opts={"at": "2026-11-05 07:30", "tags": [], "rating": (0, 0), "hits": 388},
    ),
    Story(
        id=470,
        slug="chi-doan-11a3-ra-quan-ngay-chu-nhat-xanh",
        title="Chi đoàn 11A3 ra quân “Ngày Chủ nhật xanh”",
        cat="doan-thanh-nien",
        published_at="2026-11-02T10:00:00+07:00",
        summary="Sáng Chủ nhật 01/11/2026, 42 đoàn viên chi đoàn 11A3 ra quân dọn vệ sinh khu vực bãi biển phường Tuy Hòa.",
        sapo_outside=True,
        blocks=[
            P(
                "Các đoàn viên đã thu gom hơn 200 kg rác thải, chủ yếu là rác thải nhựa, dọc bờ biển từ"
                " đường Độc Lập đến khu vực tháp Nghinh Phong."
            ),
            P(
                "Hoạt động nằm trong chuỗi công trình thanh niên “Vì môi trường xanh” của Đoàn trường"
                " năm học 2026 - 2027."
            ),
        ],
        source="Đoàn trường THPT Trần Phú",
        opts={
            "at": "2026-11-02 10:00",
            "source": ("Đoàn trường THPT Trần Phú", None),
            "tags": ["doan-truong"],
            "rating": (4, 1),
            "hits": 241,
        },
    ),
    Story(
        id=468,
        slug="ngoai-khoa-phap-luat-ve-an-toan-giao-thong-cho-hoc-sinh-khoi-10",
        title="Ngoại khóa pháp luật về an toàn giao thông cho học sinh khối 10",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-30T09:05:00+07:00",
        summary=(
            "Phòng Cảnh sát giao thông Công an tỉnh Đắk Lắk phối hợp với Trường THPT Trần Phú tổ chức"
            " buổi ngoại khóa tuyên truyền pháp luật về trật tự, an toàn giao thông cho gần 500 học"
            " sinh khối 10."
        ),
        sapo_outside=True,
        blocks=[
            _fig(f"{ASSETS}/2026_10/ngoai-khoa-atgt-home.jpg", None, style="home-left"),
            P(
                "Tại buổi ngoại khóa, báo cáo viên phổ biến các quy định của Luật Trật tự, an toàn giao"
                " thông đường bộ liên quan đến học sinh như: độ tuổi được điều khiển xe máy, đội mũ bảo"
                " hiểm, không dàn hàng ngang khi đi xe đạp."
            ),
            _fig(
                f"{UP}/2026_10/ngoai-khoa-atgt-thuc-hanh.jpg",
                "Cán bộ cảnh sát giao thông hướng dẫn học sinh kỹ năng điều khiển xe an toàn. Ảnh: Hoàng Yến",
            ),
            P(
                "Học sinh cũng được tham gia trò chơi giải ô chữ, trả lời câu hỏi tình huống và nhận"
                " nhiều phần quà từ ban tổ chức."
            ),
        ],
        authors=["Hoàng Yến"],
        photographers=["Hoàng Yến"],
        source="Báo Đắk Lắk",
        opts={
            "at": "2026-10-30 09:05",
            "author": "Hoàng Yến",
            "source": ("Báo Đắk Lắk", "https://baodaklak.vn"),
            "tags": ["an-toan-giao-thong"],
            "rating": (10, 2),
            "hits": 530,
        },
    ),
    Story(
        id=461,
        slug="trao-30-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 30 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-22T14:00:00+07:00",
        summary=(
            "Chiều 21/10/2026, Hội Khuyến học nhà trường phối hợp với Ban liên lạc cựu học sinh trao"
            " 30 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn."
        ),
        sapo_outside=True,
        blocks=[
            _fig(f"{ASSETS}/2026_10/hoc-bong-tiep-suc-den-truong.jpg", None, style="home-left"),
            P(
                "Mỗi suất học bổng gồm 2 triệu đồng tiền mặt và bộ sách giáo khoa. Tổng giá trị các"
                " suất học bổng hơn 75 triệu đồng, do các cựu học sinh đang sinh sống, làm việc trong và"
                " ngoài nước đóng góp."
            ),
            P(
                "“Các em hãy xem đây là động lực để vượt qua khó khăn, học tập thật tốt”, đại diện Ban"
                " liên lạc cựu học sinh chia sẻ tại buổi trao học bổng."
            ),
            _fig(
                f"{UP}/2026_10/trao-hoc-bong-2026.jpg",
                "Đại diện Ban liên lạc cựu học sinh trao học bổng cho các em",
                style="em",
            ),
        ],
        opts={
            "at": "2026-10-22 14:00",
            "tags": ["hoc-bong"],
            "rating": (15, 3),
            "comments": [("Lê Minh Tâm", "22/10/2026 18:30", "Cảm ơn các anh chị cựu học sinh.")],
            "hits": 690,
        },
    ),
    Story(
        id=458,
        slug="hoi-nghi-ban-chap-hanh-doan-truong-mo-rong-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị Ban Chấp hành Đoàn trường mở rộng triển khai nhiệm vụ năm học 2026 - 2027",
        cat="doan-thanh-nien",
        published_at="2026-10-19T08:00:00+07:00",
        summary=(
            "Ngày 17/10/2026, Đoàn trường THPT Trần Phú tổ chức Hội nghị Ban Chấp hành mở rộng triển"
            " khai nhiệm vụ công tác Đoàn và phong trào thanh niên năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Hội nghị thống nhất một số nhiệm vụ trọng tâm:"),
            P("Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11;", "ol"),
            P("Đẩy mạnh phong trào “Học tập tốt, rèn luyện tốt” trong đoàn viên;", "ol"),
            P("Triển khai công trình thanh niên “Vì môi trường xanh” ở từng chi đoàn.", "ol"),
            P(
                "Hội nghị cũng kiện toàn Ban Chấp hành Đoàn trường, bầu bổ sung 2 ủy viên là bí thư chi"
                " đoàn các lớp 10A1 và 10A4."
            ),
        ],
        authors=["Phan Minh Tuấn"],
        opts={
            "at": "2026-10-19 08:00",
            "author": "Phan Minh Tuấn",
            "tags": ["doan-truong"],
            "rating": (0, 0),
            "hits": 215,
        },
    ),
    Story(
        id=455,
        slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van-theo-chuong-trinh-gdpt-2018",
        title="Chuyên đề đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
        cat="hoat-dong-nha-truong",
        published_at="2026-10-15T07:45:00+07:00",
        summary=(
            "Tổ Ngữ văn tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo thể loại” nhằm"
            " nâng cao hiệu quả thực hiện Chương trình giáo dục phổ thông 2018."
        ),
        sapo_outside=True,
        blocks=[
            _fig(
                f"{UP}/2026_10/chuyen-de-ngu-van.jpg",
                "Cô Võ Thị Mỹ Duyên trình bày chuyên đề",
                style="home-center",
            ),
            P("Nội dung chuyên đề", "h"),
            P(
                "Chuyên đề tập trung vào cách tổ chức cho học sinh đọc hiểu văn bản truyện, thơ và văn"
                " bản nghị luận theo đặc trưng thể loại, thay vì giảng giải từng tác phẩm."
            ),
            P("Kết quả", "h"),
            P(
                "Sau buổi sinh hoạt, các giáo viên trong tổ thống nhất xây dựng bộ câu hỏi đọc hiểu theo"
                " ba mức độ và áp dụng từ học kỳ I năm học 2026 - 2027."
            ),
        ],
        authors=["Võ Thị Mỹ Duyên"],
        opts={
            "at": "2026-10-15 07:45",
            "author": "Võ Thị Mỹ Duyên",
            "tags": ["chuyen-mon"],
            "rating": (6, 2),
            "hits": 310,
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/{MOD}/{story.cat}/{story.slug}-{story.id}.html"


def amp_path(story: Story) -> str:
    return "/amp" + article_path(story)


def nv_path(story: Story) -> str:
    return f"/index.php?language=vi&nv={MOD}&op={story.cat}/{story.slug}-{story.id}"


def print_path(story: Story) -> str:
    return f"/{MOD}/print/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story) -> str:
    return f"/{MOD}/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def savefile_path(story: Story) -> str:
    return f"/{MOD}/savefile/{story.cat}/{story.slug}-{story.id}.html"


def newest(cat: str | None = None) -> list[Story]:
    """Stories of a category listing (primary or secondary), newest first."""
    items = [s for s in STORIES if cat is None or s.cat == cat or cat in s.opts.get("alsocat", [])]
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def cat_pages(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


# --- non-article data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    alias: str
    title: str
    hometext: str
    paragraphs: tuple[str, ...]


PAGES: list[Page] = [
    Page(
        "lich-su-hinh-thanh-va-phat-trien",
        "Lịch sử hình thành và phát triển",
        "Trường THPT Trần Phú được thành lập năm 1976, là một trong những trường trung học phổ thông đầu tiên của tỉnh.",
        (
            "Qua 50 năm xây dựng và phát triển, nhà trường đã đào tạo hơn 30.000 học sinh, nhiều người"
            " trong số đó đã trở thành cán bộ lãnh đạo, nhà khoa học, doanh nhân thành đạt.",
            "Năm 2016, trường được công nhận đạt chuẩn quốc gia mức độ 1; năm 2024 đạt kiểm định chất"
            " lượng giáo dục cấp độ 3.",
        ),
    ),
    Page(
        "co-cau-to-chuc",
        "Cơ cấu tổ chức",
        "Ban Giám hiệu, các tổ chuyên môn, tổ văn phòng và các tổ chức đoàn thể của nhà trường.",
        (
            "Hiệu trưởng: Thầy Lê Văn Thành. Phó Hiệu trưởng: Cô Nguyễn Thị Hồng Vân, Thầy Đặng Quốc Việt.",
            "Nhà trường có 8 tổ chuyên môn, 1 tổ văn phòng với 96 cán bộ, giáo viên, nhân viên.",
        ),
    ),
    Page(
        "thanh-tich-noi-bat",
        "Thành tích nổi bật",
        "Những thành tích tiêu biểu của thầy và trò nhà trường trong những năm gần đây.",
        (
            "Huân chương Lao động hạng Nhì (năm 2021); Cờ thi đua của Ủy ban nhân dân tỉnh nhiều năm liền.",
            "Tỉ lệ học sinh tốt nghiệp THPT hằng năm đạt trên 99%.",
        ),
    ),
]


@dataclass(frozen=True)
class Law:
    id: int
    alias: str
    code: str
    issued: str
    effective: str
    title: str
    signer: str
    kind: str
    field: str
    note: str


LAWS: list[Law] = [
    Law(
        34,
        "ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "215/KH-THPTTP",
        "16/11/2026",
        "16/11/2026",
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "Lê Văn Thành",
        "Kế hoạch",
        "Chuyên môn",
        "Kế hoạch quy định thời gian, hình thức, đề kiểm tra và tổ chức chấm bài kiểm tra cuối học kỳ I"
        " đối với các khối lớp.",
    ),
    Law(
        33,
        "quyet-dinh-thanh-lap-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-12",
        "198/QĐ-THPTTP",
        "02/10/2026",
        "02/10/2026",
        "Quyết định thành lập đội tuyển học sinh giỏi cấp tỉnh lớp 12",
        "Lê Văn Thành",
        "Quyết định",
        "Chuyên môn",
        "Thành lập đội tuyển gồm 24 học sinh dự thi 9 môn tại Kỳ thi chọn học sinh giỏi cấp tỉnh.",
    ),
    Law(
        31,
        "quy-che-chi-tieu-noi-bo-nam-2026",
        "12/QC-THPTTP",
        "15/01/2026",
        "01/02/2026",
        "Quy chế chi tiêu nội bộ năm 2026",
        "Lê Văn Thành",
        "Quy chế",
        "Tài chính",
        "Quy chế áp dụng đối với cán bộ, giáo viên, nhân viên nhà trường từ ngày 01/02/2026.",
    ),
    Law(
        29,
        "cong-van-so-gddt-ve-huong-dan-nhiem-vu-nam-hoc-2026-2027",
        "1580/SGDĐT-GDTrH",
        "28/08/2026",
        "28/08/2026",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        "Nguyễn Văn Long",
        "Công văn",
        "Chỉ đạo điều hành",
        "Văn bản của Sở Giáo dục và Đào tạo hướng dẫn nhiệm vụ trọng tâm năm học.",
    ),
]

DOWNLOADS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "bieu-mau": (
        "Biểu mẫu",
        [
            ("don-xin-nghi-hoc", "Đơn xin nghỉ học", "Mẫu đơn xin nghỉ học dành cho học sinh."),
            ("don-xin-chuyen-truong", "Đơn xin chuyển trường", "Mẫu đơn đề nghị chuyển trường."),
        ],
    ),
    "tai-lieu-on-tap": (
        "Tài liệu ôn tập",
        [
            (
                "de-cuong-on-tap-toan-12-hk1",
                "Đề cương ôn tập Toán 12 học kỳ I",
                "Đề cương do tổ Toán biên soạn.",
            )
        ],
    ),
}

ALBUMS: list[tuple[int, str, str, str, int]] = [
    (
        12,
        "hoi-trai-tuoi-tre-tran-phu-2026",
        "Hội trại “Tuổi trẻ Trần Phú” 2026",
        "Những khoảnh khắc đẹp tại Hội trại năm 2026.",
        8,
    ),
    (
        11,
        "le-khai-giang-nam-hoc-2026-2027",
        "Lễ khai giảng năm học 2026 - 2027",
        "Lễ khai giảng sáng 05/9/2026.",
        6,
    ),
]


# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=[amp_path(s), nv_path(s)])
    for s in STORIES
]

NON_ARTICLES: list[str] = [
    "/",
    f"/{MOD}/",
    *(f"/{MOD}/{c}/" for c in CATS),
    *(f"/{MOD}/{c}/page-{n}" for c in CATS for n in range(2, cat_pages(c) + 1)),
    *(f"/{MOD}/groups/{g}/" for g in GROUPS),
    *(f"/{MOD}/topic/{t}/" for t in TOPICS),
    *(f"/{MOD}/tag/{t}" for t in TAGS if any(t in s.opts["tags"] for s in STORIES)),
    f"/{MOD}/search/",
    "/feeds/",
    "/gioi-thieu/",
    *(f"/gioi-thieu/{p.alias}.html" for p in PAGES),
    "/lien-he/",
    "/users/",
    "/users/register/",
    "/van-ban/",
    *(f"/van-ban/{d.alias}-{d.id}.html" for d in LAWS),
    "/download/",
    *(f"/download/{c}/" for c in DOWNLOADS),
    *(f"/download/{c}/{a}.html" for c, (_, items) in DOWNLOADS.items() for a, _, _ in items),
    "/thu-vien-anh/",
    *(f"/thu-vien-anh/{a}-{i}.html" for i, a, _, _, _ in ALBUMS),
    "/seek/",
    *(print_path(s) for s in STORIES),
    *(sendmail_path(s) for s in STORIES),
]


# --------------------------------------------------------------------------- rendering helpers


def _at(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M")


def _publtime(story: Story) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')``: "Thứ ba - 24/11/2026 16:40"."""
    at = _at(story)
    return f"{_WEEKDAYS[at.weekday()]} - {at:%d/%m/%Y %H:%M}"


def _dmy(story: Story) -> str:
    return f"{_at(story):%d/%m/%Y}"


def _md5(value: str) -> str:
    return hashlib.md5(value.encode("utf-8")).hexdigest()


def _home_img(story: Story) -> Img | None:
    return next(
        (b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")), None
    )


def _thumb(story: Story) -> str | None:
    """The listing thumbnail (NukeViet's small copy under /assets/)."""
    home = _home_img(story)
    if home is not None:
        return home.src.replace(UP, ASSETS)
    if story.opts.get("home"):
        return f"{ASSETS}/{story.opts['at'][:4]}_{story.opts['at'][5:7]}/{story.opts['home']}"
    return None


def _hometext(story: Story) -> str | None:
    return story.summary


def _cell_row(text: str, tag: str) -> str:
    return "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in text.split(" | ")) + "</tr>"


def _body_html(story: Story, amp: bool = False) -> str:
    """CKEditor 4 markup of ``#news-bodyhtml`` (the sapo is not in it unless pasted there)."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P):
            if b.style in ("li", "ol"):
                tag = "ul" if b.style == "li" else "ol"
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    items.append(f"\t<li>{esc(blocks[i].text)}</li>")
                    i += 1
                out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
                continue
            if b.style in ("th", "tr"):
                rows = []
                while (
                    i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr")
                ):
                    rows.append(
                        _cell_row(blocks[i].text, "th" if blocks[i].style == "th" else "td")
                    )
                    i += 1
                out.append(
                    '<table border="1" cellpadding="5" cellspacing="0" style="width:100%;" class="table table-bordered">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
                continue
            if b.style == "h":
                out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style.startswith("home"):
                pass
            elif b.style == "figure":
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(
                    '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
                    f'<img alt="" height="533" src="{b.src}" width="800" />{cap}</figure>\n</div>'
                )
            elif b.style == "em":
                out.append(
                    f'<p style="text-align: center;"><img alt="{esc(b.printed or "")}" height="533" src="{b.src}" width="800" /></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            else:  # bare
                out.append(
                    f'<p style="text-align: center;"><img alt="" height="600" src="{b.src}" width="900" /></p>'
                )
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    markup = "\n".join(out)
    if amp:
        markup = re.sub(r"<img ([^>]*?) ?/>", r'<amp-img \1 layout="responsive"></amp-img>', markup)
        markup = re.sub(r' style="[^"]*"', "", markup)
    return markup


def _source_html(story: Story) -> str:
    name, url = story.opts["source"]
    if url:
        return f'<a title="{esc(name)}" rel="nofollow" href="{url}">{esc(name)}</a>'
    return esc(name)


# --------------------------------------------------------------------------- page chrome

_MENU_CATS = "".join(
    f'<li><a href="/{MOD}/{c}/" title="{esc(n)}">{esc(n)}</a></li>'
    for c, (_, n) in CATS.items()
    if c != "thong-bao"
)


def _head(
    request: Request, title: str, *, canonical: str | None, extra: str = "", og: str = "website"
) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(title)}" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [{EMAIL}]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:title" content="{esc(title)}" />
<meta property="og:type" content="{og}" />
<meta property="og:site_name" content="{esc(SITE)}" />
{extra}{canon}<link rel="alternate" href="/{MOD}/rss/" title="Tin Tức" type="application/rss+xml" />
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css" />
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css" />
<link rel="StyleSheet" href="{THEME}/css/style.css" />
<link rel="StyleSheet" href="/assets/css/thpttranphu.vi.0.css?t=1667" />
<script data-show="inline" type="text/javascript">
var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{MOD}",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Tp4x1",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;
</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>
</head>
"""


def _themeswitch(request: Request) -> str:
    target = request.target
    token = base64.b64encode(target.encode("utf-8")).decode("ascii").replace("=", "")
    return (
        f'<a href="/?nvvithemever=d&amp;nv_redirect={token}" rel="nofollow">Desktop</a> | '
        f'<a href="/?nvvithemever=m&amp;nv_redirect={token}" rel="nofollow">Mobile</a>'
    )


def _crumbs(trail: list[tuple[str, str]]) -> str:
    if not trail:
        return ""
    items = [("/", "Trang chủ"), *trail]
    lis = "\n".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{href}" itemprop="item" title="{esc(name)}"><span itemprop="name">{esc(name)}</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (href, name) in enumerate(items, 1)
    )
    return f"""<div class="breadcrumbs-wrap">
<div class="display">
<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
<ul class="breadcrumbs list-none"></ul>
</div>
<ul class="subs-breadcrumbs"></ul>
<ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">
{lis}
</ul>
</div>"""


def _sidebar() -> str:
    latest = "\n".join(
        f'<li class="clearfix"><a href="{article_path(s)}" title="{esc(s.title)}" data-content="" data-rel="block_news_tooltip" class="show">{esc(s.title)}</a> <span class="text-muted small">({_dmy(s)})</span></li>'
        for s in newest()[:6]
    )
    top = "\n".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>'
        for s in sorted(STORIES, key=lambda s: s.opts["hits"], reverse=True)[:5]
    )
    focus = _BY_ID[491]
    return f"""<div class="col-sm-8 col-md-6">
<div class="panel panel-primary">
<div class="panel-heading">Tin mới</div>
<div class="panel-body"><ul class="block_news list-none list-items">
{latest}
</ul></div>
</div>
<div class="panel panel-primary">
<div class="panel-heading"><a href="/{MOD}/groups/tin-tieu-diem/">Tin tiêu điểm</a></div>
<div class="panel-body"><p><a href="/index.php?language=vi&amp;nv={MOD}&amp;op={focus.cat}/{focus.slug}-{focus.id}"><img alt="{esc(focus.title)}" src="/uploads/banner-hsg-2026.png" style="width: 100%;" /></a></p>
<p style="text-align: center;"><strong>Chúc mừng các em học sinh đạt giải!</strong></p></div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Tin xem nhiều</div>
<div class="panel-body"><ul class="list-none list-items">
{top}
</ul></div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Liên kết</div>
<div class="panel-body nv-block-banners">
<a rel="nofollow" href="/banners/click/?id=1&amp;s=1a2b3c4d5e" onclick="this.target='_blank'" title="Bộ Giáo dục và Đào tạo"><img alt="Bộ Giáo dục và Đào tạo" src="/uploads/banners/bo-gddt.png" width="270" /></a>
<a rel="nofollow" href="/banners/click/?id=2&amp;s=6f7a8b9c0d" onclick="this.target='_blank'" title="Sở Giáo dục và Đào tạo"><img alt="Sở Giáo dục và Đào tạo" src="/uploads/banners/so-gddt.png" width="270" /></a>
</div>
</div>
<div class="panel panel-primary">
<div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body">
<ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>27</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay</span><span class="margin-top-lg">1.284</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>38.617</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>2.460.935</span></li>
</ul>
</div>
</div>
</div>"""


def _layout(
    request: Request,
    title: str,
    main: str,
    *,
    trail: list[tuple[str, str]] | None = None,
    canonical: str | None = None,
    extra_head: str = "",
    og: str = "website",
) -> Response:
    page = _head(
        request,
        f"{title} - {SITE}" if title != SITE else SITE,
        canonical=canonical,
        extra=extra_head,
        og=og,
    )
    page += f"""<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg">
<div class="wraper">
<header>
<div class="container">
<div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(SITE)}" href="/"><img src="/uploads/logo-thpt-tran-phu.png" width="120" height="120" alt="{esc(SITE)}" /></a>
<div class="site_name">{esc(SITE)}</div>
<div class="site_description">{esc(SITE_DESC)}</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-16">
<div class="current-time"><em class="fa fa-clock-o"></em> {TODAY}</div>
<div class="headerSearch"><form action="/seek/" method="get"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..." /><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>
</div>
</div>
</div>
</header>
<nav class="second-nav" id="menusite">
<div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav">
<li><a class="home" title="Trang chủ" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block">Trang chủ</span></a></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/gioi-thieu/" role="button" aria-expanded="false" title="Giới thiệu">Giới thiệu</a>
<ul class="dropdown-menu">{"".join(f'<li><a href="/gioi-thieu/{p.alias}.html" title="{esc(p.title)}">{esc(p.title)}</a></li>' for p in PAGES)}</ul></li>
<li class="dropdown" role="presentation"><a class="dropdown-toggle" href="/{MOD}/" role="button" aria-expanded="false" title="Tin tức">Tin tức</a>
<ul class="dropdown-menu">{_MENU_CATS}</ul></li>
<li><a href="/index.php?language=vi&amp;nv={MOD}&amp;op=thong-bao" title="Thông báo">Thông báo</a></li>
<li><a href="/van-ban/" title="Văn bản">Văn bản</a></li>
<li><a href="/download/" title="Tài liệu">Tài liệu</a></li>
<li><a href="/thu-vien-anh/" title="Thư viện ảnh">Thư viện ảnh</a></li>
<li><a href="/lien-he/" title="Liên hệ">Liên hệ</a></li>
</ul>
<div class="nav-user"><a href="/users/" title="Đăng nhập"><em class="fa fa-user fa-lg"></em> Đăng nhập</a></div>
</div></div></div>
</nav>
<section>
<div class="container" id="body">
{_crumbs(trail or [])}
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
{_sidebar()}
</div>
</div>
</section>
</div>
<footer id="footer" class="wraper">
<div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="company_info">
<h3 class="company_name"><span>{esc(SITE).upper()}</span></h3>
<ul class="company_info">
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: {esc(ADDRESS)}</span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: {PHONE} - Hotline: {HOTLINE}</span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></span></li>
<li><span>Chịu trách nhiệm nội dung: Thầy Lê Văn Thành - Hiệu trưởng</span></li>
</ul>
</div>
</div>
<div class="col-xs-24 col-sm-24 col-md-12">
<div class="copyright">&copy; Bản quyền thuộc về {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
<div class="theme-change">Giao diện: {_themeswitch(request)}</div>
<div class="bttop"><a class="pointer" title="Về đầu trang"><em class="fa fa-eject fa-lg"></em></a></div>
<div class="text-right"><a href="/feeds/" title="RSS"><em class="fa fa-rss"></em> RSS</a> | <a href="/seek/" title="Tìm kiếm">Tìm kiếm nâng cao</a></div>
<div class="text-right small">Thiết kế bởi <a href="http://vinades.vn/" rel="nofollow">VINADES.,JSC</a> - Powered by <a href="https://nukeviet.vn/" rel="nofollow">NukeViet</a></div>
</div>
</div></div>
</footer>
</div>
<script src="{THEME}/js/bootstrap.min.js"></script>
</body>
</html>"""
    return html(
        page, headers={"Set-Cookie": "nv4c_Tp4x1sess=" + _md5("sess")[:26] + "; path=/; HttpOnly"}
    )


# --------------------------------------------------------------------------- the article page


def _home_figure(story: Story, amp: bool = False) -> tuple[str, str]:
    """(markup before the hometext, markup after it): NukeViet's imgthumb / imgfull blocks."""
    home = _home_img(story)
    if home is None:
        return "", ""
    alt = esc(home.printed or story.title)
    note = f"<figcaption>{esc(home.printed)}</figcaption>" if home.printed else ""
    if amp:
        fig = f'<figure><amp-img src="{home.src.replace(ASSETS, UP)}" width="800" height="533" layout="responsive" alt="{alt}"></amp-img>{note}</figure>'
        return (fig, "") if home.style == "home-left" else ("", fig)
    if home.style == "home-left":
        src = home.src
        return (
            f'<figure class="article left pointer" onclick="modalShowByObj(this);">\n<div style="width:240px;">'
            f'<p class="text-center"><img alt="{alt}" src="{src}" width="240" class="img-thumbnail" /></p>{note}</div>\n</figure>',
            "",
        )
    return "", (
        f'<figure class="article center">\n<img alt="{alt}" src="{home.src}" width="800" class="img-thumbnail" />{note}\n</figure>'
    )


def _related(title: str, items: list[Story]) -> str:
    if not items:
        return ""
    lis = "\n".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <em>({_dmy(s)})</em></li>'
        for s in items
    )
    return (
        f'<p class="h3"><strong>{title}</strong></p>\n<ul class="related list-items">\n{lis}\n</ul>'
    )


def _rating(story: Story) -> str:
    points, votes = story.opts["rating"]
    checkss = _md5(f"{story.id}rating")
    stars = "".join(
        f'<a rel="nofollow" class="hover-star" href="/{MOD}/rating/?id={story.id}&amp;point={n}&amp;checkss={checkss}" title="{t}"><em class="fa fa-star-o"></em></a>'
        for n, t in enumerate(
            [
                "Bài viết rất kém",
                "Bài viết kém",
                "Bài viết đạt",
                "Bài viết tốt",
                "Bài viết rất tốt",
            ],
            1,
        )
    )
    summary = (
        f"Tổng số điểm của bài viết là: {points} trong {votes} đánh giá"
        if votes
        else "Chưa có đánh giá nào cho bài viết này"
    )
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<form id="form3B" action="">
<div class="h5 clearfix">
<p id="stringrating">{summary}</p>
<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
</div>
</form>
</div>
</div>"""


def _comments(story: Story) -> str:
    items = "\n".join(
        f'<div class="media"><div class="media-body"><div class="h5"><strong>{esc(name)}</strong> <span class="text-muted">- {when}</span></div><div class="comment-content">{esc(body)}</div>'
        f'<div class="text-right"><a href="javascript:void(0);" class="like">Thích</a> | <a href="javascript:void(0);" class="reply">Trả lời</a></div></div></div>'
        for name, when, body in story.opts.get("comments", [])
    )
    captcha = _md5(f"captcha{story.id}")[:10]
    return f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="{MOD}" data-content="news" data-area="1" data-id="{story.id}" data-allowed="4" data-checkss="{_md5(f"{story.id}cmt")}">
<div class="row clearfix margin-bottom-lg">
<div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p></div>
<div class="col-xs-12 text-right"><select class="form-control" id="sort"><option value="0" selected>Sắp xếp theo bình luận mới</option><option value="1">Sắp xếp theo bình luận cũ</option><option value="2">Sắp xếp theo số lượt thích</option></select></div>
</div>
<div id="showcomment" class="margin-bottom-lg">
{items}
</div>
<div id="formcomment" class="comment-form">
<div class="form-group clearfix"><div class="row">
<div class="col-xs-12"><input id="commentname" type="text" value="" class="form-control" placeholder="Tên của bạn" /></div>
<div class="col-xs-12"><input id="commentemail_iavim" type="email" value="" class="form-control" placeholder="Email của bạn" /></div>
</div></div>
<div class="form-group clearfix"><textarea class="form-control" style="width: 100%" name="commentcontent" id="commentcontent" cols="20" rows="5"></textarea></div>
<div class="form-group clearfix"><div class="row">
<label class="col-xs-24 col-sm-4 control-label">Mã an toàn</label>
<div class="col-xs-12 col-sm-5"><img class="captchaImg display-inline-block" src="/index.php?scaptcha=captcha&amp;t={captcha}" width="150" height="40" alt="Mã bảo mật" title="Mã bảo mật" /><em class="fa fa-pointer fa-refresh margin-left margin-right" title="Thay mới"></em></div>
<div class="col-xs-12 col-sm-5"><input type="text" class="form-control" maxlength="6" id="commentseccode_iavim" name="code" /></div>
</div></div>
<div class="form-group text-center"><input type="button" value="Xóa" class="reset btn btn-default" /> <input type="button" value="Gửi bình luận" class="btn btn-primary" /></div>
</div>
</div>
</div>
</div>"""


def _article(request: Request, story: Story) -> Response:
    base = base_url(request)
    before, after = _home_figure(story)
    hometext = _hometext(story)
    hometext_html = (
        f'<div class="hometext m-bottom" itemprop="description">{esc(hometext)}</div>'
        if hometext
        else ""
    )
    byline = ""
    if story.opts.get("author"):
        byline += f'<div class="author h5 text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author"])}</div>\n'
    if story.opts.get("source"):
        byline += f'<div class="source h5 text-right"><strong>Nguồn tin: </strong>{_source_html(story)}</div>\n'
    files = ""
    if story.opts.get("files"):
        rows = "\n".join(
            f'<div class="list-group-item"><span class="badge"><a role="button" href="{article_path(story)}?download=1&amp;id={n}"><em class="fa fa-download fa-fw"></em>Tải về</a></span>'
            f'<em class="fa fa-file-pdf-o">&nbsp;</em>{esc(title)}</div>'
            for n, (_, title) in enumerate(story.opts["files"])
        )
        files = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<h3 class="newh3"><em class="fa fa-download"></em> Tài liệu đính kèm</h3>
<div class="list-group news-download-file">
{rows}
</div>
</div>
</div>"""
    keywords = ""
    if story.opts.get("tags"):
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/{MOD}/tag/{t}"><em>{esc(TAGS[t])}</em></a>'
            for t in story.opts["tags"]
        )
        keywords = f"""<div class="news_column panel panel-default">
<div class="panel-body">
<div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div>
</div>
</div>"""
    topic = ""
    if story.opts.get("topic"):
        t = story.opts["topic"]
        others = [s for s in newest() if s.opts.get("topic") == t and s.id != story.id]
        topic = _related("Xem tiếp các tin trong chủ đề: " + esc(TOPICS[t]), others) + (
            f'\n<p class="text-right"><a title="{esc(TOPICS[t])}" href="/{MOD}/topic/{t}/">Xem tiếp</a></p>'
        )
    listing = newest(story.cat)
    idx = listing.index(story)
    newer = listing[max(0, idx - 5) : idx]
    older = listing[idx + 1 : idx + 6]
    share = f"""<div class="socialicon clearfix margin-bottom-lg">
<div class="fb-like" data-href="{base}{article_path(story)}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
<a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
<div class="zalo-share-button" data-href="" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
</div>"""
    title = esc(story.title)
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{title}</h1>
<div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{esc(SITE)}</span></div>
<div class="row margin-bottom-lg">
<div class="col-md-12">
<span class="h5">{_publtime(story)}</span>
</div>
<div class="col-md-12">
<ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{sendmail_path(story)}','{title}',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('{print_path(story)}','{title}',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{savefile_path(story)}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul>
</div>
</div>
<div class="clearfix">
{before}
{hometext_html}
{after}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{_body_html(story)}
</div>
<div class="margin-bottom-lg">
{byline}</div>
</div>
</div>
{files}
{keywords}
{_rating(story)}
<div class="news_column panel panel-default">
<div class="panel-body">
{share}
</div>
</div>
{_comments(story)}
<div class="news_column panel panel-default">
<div class="panel-body other-news">
{topic}
{_related("Những tin mới hơn", newer)}
{_related("Những tin cũ hơn", older)}
</div>
</div>"""
    at = _at(story)
    extra = (
        f'<meta property="og:url" content="{base}{article_path(story)}" />\n'
        f'<meta property="article:published_time" content="{at:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat][1])}" />\n'
        f'<link rel="amphtml" href="{base}{amp_path(story)}" />\n'
    )
    return _layout(
        request,
        story.title,
        main,
        trail=[(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/{story.cat}/", CATS[story.cat][1])],
        canonical=article_path(story),
        extra_head=extra,
        og="article",
    )


_AMP_BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;-ms-animation:none;animation:none}</style></noscript>"
)


def _amp(request: Request, story: Story) -> Response:
    base = base_url(request)
    before, after = _home_figure(story, amp=True)
    if story.opts.get("gallery"):
        slides = "\n".join(
            f'<amp-img src="{img.src}" width="900" height="600" layout="responsive" alt=""></amp-img>'
            for img in story.images
        )
        body = f'<amp-carousel width="900" height="600" layout="responsive" type="slides" controls loop>\n{slides}\n</amp-carousel>'
    else:
        body = _body_html(story, amp=True)
    author = story.opts.get("author") or SITE
    byline = ""
    if story.opts.get("author"):
        byline += f'<p class="amp-author">Tác giả bài viết: {esc(story.opts["author"])}</p>'
    if story.opts.get("source"):
        byline += f'<p class="amp-source">Nguồn tin: {esc(story.opts["source"][0])}</p>'
    at = _at(story)
    page = f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-carousel" src="https://cdn.ampproject.org/v0/amp-carousel-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(story.title)} - {esc(SITE)}</title>
<link rel="canonical" href="{base}{article_path(story)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{_AMP_BOILERPLATE}
<style amp-custom>body{{font-family:Arial,sans-serif;color:#333}}.amp-header{{background:#0b5394;padding:8px}}.amp-article{{padding:0 12px}}.amp-meta{{color:#888;font-size:13px}}.amp-hometext{{font-weight:bold}}figcaption{{font-style:italic;text-align:center}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":"{base}{article_path(story)}","headline":"{esc(story.title)}","datePublished":"{at:%Y-%m-%dT%H:%M:%S}+07:00","author":{{"@type":"Person","name":"{esc(author)}"}},"publisher":{{"@type":"Organization","name":"{esc(SITE)}","logo":{{"@type":"ImageObject","url":"{base}/uploads/logo-thpt-tran-phu.png"}}}}}}</script>
</head>
<body>
<header class="amp-header"><a href="/"><amp-img src="/uploads/logo-thpt-tran-phu.png" width="48" height="48" alt="{esc(SITE)}"></amp-img></a> <a href="/{MOD}/{story.cat}/">{esc(CATS[story.cat][1])}</a></header>
<article class="amp-article">
<h1 class="amp-title">{esc(story.title)}</h1>
<div class="amp-meta">{_publtime(story)}</div>
{before}
{f'<p class="amp-hometext">{esc(story.summary)}</p>' if story.summary else ""}
{after}
<div class="amp-body">
{body}
</div>
{byline}
<amp-social-share type="facebook" width="40" height="40" data-param-app_id="0"></amp-social-share>
<amp-social-share type="email" width="40" height="40"></amp-social-share>
<p><a href="{article_path(story)}">Xem phiên bản đầy đủ</a></p>
</article>
<footer class="amp-footer"><p>&copy; {esc(SITE)} - {esc(ADDRESS)}</p></footer>
</body>
</html>"""
    return html(page)


def _print(request: Request, story: Story) -> Response:
    base = base_url(request)
    home = _home_img(story)
    img = ""
    if home is not None:
        cap = f'<p class="text-center"><em>{esc(home.printed)}</em></p>' if home.printed else ""
        img = f'<div class="text-center"><img alt="" src="{home.src}" width="460" /></div>{cap}'
    byline = ""
    if story.opts.get("author"):
        byline += f'<p class="text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author"])}</p>'
    if story.opts.get("source"):
        byline += (
            f'<p class="text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source"][0])}</p>'
        )
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(story.title)}</title>
<link rel="StyleSheet" href="{THEME}/css/news.print.css" />
</head>
<body>
<div id="print">
<div id="hd_print">
<h2 class="pull-left">{esc(SITE)}</h2>
<p class="pull-right"><a title="{esc(SITE)}" href="{base}/">{base}</a></p>
</div>
<div class="clear"></div>
<hr />
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_publtime(story)}</li><li class="hidden-print txtrequired"><em class="fa fa-print">&nbsp;</em><a title="In ra" href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print txtrequired"><em class="fa fa-power-off">&nbsp;</em><a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div class="clear"></div>
<div id="hometext">{esc(story.summary) if story.summary else ""}</div>
{img}
<div class="bodytext">
{_body_html(story)}
</div>
{byline}
</div>
<div id="footer" class="clearfix">
<div id="url">
<strong>URL của bản tin này: </strong><a href="{base}{article_path(story)}" title="{esc(story.title)}">{base}{article_path(story)}</a>
</div>
<div class="clear"></div>
<div class="copyright">&copy; {esc(SITE)}</div>
<div id="contact"><a href="mailto:{EMAIL}">{EMAIL}</a></div>
</div>
</div>
</body>
</html>"""
    return html(page)


def _sendmail(request: Request, story: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" /><title>Gửi bài viết qua email</title>
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css" /></head>
<body>
<div class="sendmail">
<form id="sendmailForm" action="/index.php?language=vi&amp;nv={MOD}&amp;op=sendmail/{story.cat}/{story.slug}-{story.id}" method="post" role="form" class="form-horizontal">
<div class="panel panel-default"><div class="panel-body">
<div class="form-group"><label class="col-sm-6 control-label">Bài viết:</label><div class="col-sm-18"><p class="form-control-static"><a href="{nv_path(story)}">{esc(story.title)}</a></p></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Tên của bạn <span class="txtrequired">(*)</span>:</label><div class="col-sm-18"><input type="text" name="name" class="form-control" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email của bạn:</label><div class="col-sm-18"><input type="email" name="youremail" class="form-control" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Email người nhận <span class="txtrequired">(*)</span>:</label><div class="col-sm-18"><input type="email" name="friend_email" class="form-control" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Nội dung:</label><div class="col-sm-18"><textarea name="your_message" rows="5" class="form-control"></textarea></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Mã an toàn:</label><div class="col-sm-18"><img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t={_md5("sm" + str(story.id))[:10]}" width="150" height="40" alt="" /> <input type="text" name="nv_seccode" maxlength="6" class="form-control" /></div></div>
<div class="text-center"><input type="hidden" name="checkss" value="{_md5(f"{story.id}sendmail")}" /><input type="submit" value="Gửi bài viết" class="btn btn-primary" /></div>
</div></div>
</form>
</div>
</body>
</html>"""
    return html(page)


# --------------------------------------------------------------------------- listings


def _teaser(s: Story) -> str:
    """The listing's hometext; a story without one shows its first paragraph, as NukeViet
    fills an empty hometext from the body when saving."""
    if s.summary:
        return s.summary
    return next(b.text for b in s.blocks if isinstance(b, P))


def _item_panel(s: Story, heading: str = "h3") -> str:
    thumb = _thumb(s)
    img = (
        f'<a href="{article_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{thumb}" width="150" class="img-thumbnail pull-left imghome" /></a>'
        if thumb
        else ""
    )
    return f"""<div class="panel panel-default">
<div class="panel-body">
{img}
<{heading}><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></{heading}>
<div class="text-muted">
<ul class="list-unstyled list-inline">
<li><em class="fa fa-clock-o">&nbsp;</em> {_publtime(s)}</li>
<li><em class="fa fa-eye">&nbsp;</em> Xem: {s.opts["hits"]}</li>
<li><em class="fa fa-comment-o">&nbsp;</em> Bình luận: {len(s.opts.get("comments", []))}</li>
</ul>
</div>
<div class="text-justify">{esc(_teaser(s))}</div>
</div>
</div>"""


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}"

    lis = []
    lis.append(
        '<li class="disabled"><span>&laquo;</span></li>'
        if page == 1
        else f'<li><a rel="prev" title="Trang {page - 1}" href="{href(page - 1)}">&laquo;</a></li>'
    )
    for n in range(1, pages + 1):
        lis.append(
            f'<li class="active"><a href="#">{n}</a></li>'
            if n == page
            else f'<li><a title="Trang {n}" href="{href(n)}">{n}</a></li>'
        )
    lis.append(
        '<li class="disabled"><span>&raquo;</span></li>'
        if page == pages
        else f'<li><a rel="next" title="Trang {page + 1}" href="{href(page + 1)}">&raquo;</a></li>'
    )
    return f'<div class="clearfix"></div>\n<div class="text-center">\n<ul class="pagination">{"".join(lis)}</ul>\n</div>'


def _category(request: Request, cat: str, page: int) -> Response | None:
    items = newest(cat)
    pages = cat_pages(cat)
    if page < 1 or page > pages:
        return None
    shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rest = items[page * PER_PAGE : page * PER_PAGE + 4]
    name = CATS[cat][1]
    others = ""
    if rest:
        lis = "\n".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)} <em>({_dmy(s)}) </em></a></li>'
            for s in rest
        )
        others = f'<hr/>\n<h4>Các tin khác</h4>\n<ul class="related">\n{lis}\n</ul>'
    main = (
        '<div class="news_column">\n'
        + "\n".join(
            _item_panel(s, "h2" if n == 0 and page == 1 else "h3") for n, s in enumerate(shown)
        )
        + "\n</div>\n"
        + others
        + "\n"
        + _pagination(f"/{MOD}/{cat}/", page, pages)
    )
    extra = f'<link rel="alternate" href="/{MOD}/rss/{cat}/" title="Tin Tức - {esc(name)}" type="application/rss+xml" />\n'
    title = name if page == 1 else f"{name} - Trang {page}"
    return _layout(
        request,
        title,
        main,
        trail=[(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/{cat}/", name)],
        canonical=f"/{MOD}/{cat}/" + (f"page-{page}" if page > 1 else ""),
        extra_head=extra,
    )


def _main_right() -> str:
    boxes = []
    for cat, (_, name) in CATS.items():
        items = newest(cat)[:4]
        first, more = items[0], items[1:]
        thumb = _thumb(first)
        img = (
            f'<a href="{article_path(first)}" title="{esc(first.title)}"><img src="{thumb}" alt="{esc(first.title)}" width="180" class="img-thumbnail pull-left imghome" /></a>'
            if thumb
            else ""
        )
        lis = "\n".join(
            f'<li class="clearfix"><a title="{esc(s.title)}" href="{article_path(s)}">{esc(s.title)}</a></li>'
            for s in more
        )
        boxes.append(f"""<div class="news_column panel panel-default">
<div class="panel-heading"><h4 class="pull-left"><a title="{esc(name)}" href="/{MOD}/{cat}/"><span>{esc(name)}</span></a></h4><div class="clearfix"></div></div>
<div class="panel-body">
<div class="row">
<div class="col-md-16">
{img}
<h3><a href="{article_path(first)}" title="{esc(first.title)}">{esc(first.title)}</a></h3>
<p class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {_publtime(first)}</p>
<p class="text-justify">{esc(first.summary or "")}</p>
</div>
<div class="col-md-8">
<ul class="related">
{lis}
</ul>
</div>
</div>
</div>
</div>""")
    return "\n".join(boxes)


def _home(request: Request) -> Response:
    slides = "\n".join(
        f'<li><a title="{esc(s.title)}" href="{article_path(s)}"><img src="{_thumb(s)}" alt="{esc(s.title)}" width="370" /></a><h3><a title="{esc(s.title)}" href="{article_path(s)}">{esc(s.title)}</a></h3></li>'
        for s in newest()
        if "tin-noi-bat" in s.opts.get("groups", [])
    )
    main = f"""<div class="headline panel panel-default clearfix">
<div class="panel-heading"><a href="/{MOD}/groups/tin-noi-bat/">Tin nổi bật</a></div>
<div class="panel-body"><ul class="slider list-none">
{slides}
</ul></div>
</div>
{_main_right()}"""
    return _layout(request, SITE, main, canonical="/")


def _module_home(request: Request) -> Response:
    search = f'<p class="text-right"><a href="/{MOD}/search/" title="Tìm kiếm"><em class="fa fa-search">&nbsp;</em>Tìm kiếm tin tức</a></p>'
    return _layout(
        request,
        "Tin Tức",
        search + _main_right(),
        trail=[(f"/{MOD}/", "Tin Tức")],
        canonical=f"/{MOD}/",
    )


def _simple_list(
    request: Request,
    title: str,
    items: list[Story],
    trail: list[tuple[str, str]],
    canonical: str,
    intro: str = "",
) -> Response:
    main = (
        intro
        + '<div class="news_column">\n'
        + "\n".join(_item_panel(s) for s in items)
        + "\n</div>"
    )
    return _layout(request, title, main, trail=trail, canonical=canonical)


def _fold(value: str) -> str:
    s = unicodedata.normalize("NFD", value.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    form = f"""<div class="well"><form action="/{MOD}/search/" method="get" class="form-inline">
<input type="text" name="q" value="{esc(q)}" class="form-control" maxlength="60" placeholder="Từ khóa" />
<select name="choose" class="form-control"><option value="1">Tiêu đề, mô tả, nội dung</option><option value="2">Tác giả</option><option value="3">Nguồn tin</option></select>
<input type="submit" value="Tìm kiếm" class="btn btn-primary" /></form></div>"""
    results = ""
    if q:
        hits = [s for s in newest() if _fold(q) in _fold(s.title + " " + (s.summary or ""))]
        results = (
            f"<p><strong>Kết quả tìm kiếm cho: {esc(q)}</strong> ({len(hits)} kết quả)</p>"
            + "\n".join(_item_panel(s) for s in hits)
        )
    return _layout(
        request,
        "Tìm kiếm",
        form + results,
        trail=[(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/search/", "Tìm kiếm")],
        canonical=f"/{MOD}/search/",
    )


def _seek(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    form = f"""<div class="panel panel-default"><div class="panel-body">
<form action="/seek/" method="get" class="form-horizontal"><div class="form-group"><label class="col-sm-6 control-label">Từ khóa tìm kiếm</label><div class="col-sm-12"><input type="text" name="q" value="{esc(q)}" class="form-control" /></div></div>
<div class="form-group"><label class="col-sm-6 control-label">Tìm trong</label><div class="col-sm-12"><select name="m" class="form-control"><option value="">Tất cả</option><option value="{MOD}">Tin Tức</option><option value="gioi-thieu">Giới thiệu</option><option value="van-ban">Văn bản</option></select></div></div>
<div class="text-center"><input type="submit" value="Tìm kiếm" class="btn btn-primary" /></div></form>
</div></div>"""
    results = ""
    if q:
        hits = [s for s in newest() if _fold(q) in _fold(s.title + " " + (s.summary or ""))]
        rows = "\n".join(
            f'<div class="result"><h3><a href="{nv_path(s)}">{esc(s.title)}</a></h3><p>{esc((s.summary or "")[:160])}…</p></div>'
            for s in hits
        )
        results = f'<div class="panel panel-default"><div class="panel-heading">Tin Tức ({len(hits)} kết quả)</div><div class="panel-body">{rows}</div></div>'
    return _layout(
        request, "Tìm kiếm", form + results, trail=[("/seek/", "Tìm kiếm")], canonical="/seek/"
    )


# --------------------------------------------------------------------------- other modules


def _page_module(request: Request, alias: str | None) -> Response | None:
    if alias is None:
        lis = "\n".join(
            f'<div class="panel panel-default"><div class="panel-body"><h3><a href="/gioi-thieu/{p.alias}.html" title="{esc(p.title)}">{esc(p.title)}</a></h3><p>{esc(p.hometext)}</p></div></div>'
            for p in PAGES
        )
        return _layout(
            request,
            "Giới thiệu",
            lis,
            trail=[("/gioi-thieu/", "Giới thiệu")],
            canonical="/gioi-thieu/",
        )
    page = next((p for p in PAGES if p.alias == alias), None)
    if page is None:
        return None
    body = "\n".join(f"<p>{esc(t)}</p>" for t in page.paragraphs)
    others = "\n".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/gioi-thieu/{p.alias}.html" title="{esc(p.title)}">{esc(p.title)}</a></li>'
        for p in PAGES
        if p.alias != alias
    )
    main = f"""<div class="page panel panel-default" itemtype="http://schema.org/Article" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="name">{esc(page.title)}</h1>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{esc(page.hometext)}</div></div>
<div id="page-bodyhtml" class="bodytext margin-bottom-lg">
{body}
</div>
<div class="socialicon clearfix"><div class="fb-like" data-layout="button_count" data-action="like" data-share="true">&nbsp;</div></div>
</div>
</div>
<div class="page panel panel-default"><div class="panel-body"><h3 class="margin-bottom">Các bài viết khác</h3><ul class="nv-list-item">
{others}
</ul></div></div>"""
    return _layout(
        request,
        page.title,
        main,
        trail=[("/gioi-thieu/", "Giới thiệu"), (f"/gioi-thieu/{alias}.html", page.title)],
        canonical=f"/gioi-thieu/{alias}.html",
    )


def _contact(request: Request) -> Response:
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h2>Văn phòng nhà trường</h2>
<ul class="list-none">
<li><em class="fa fa-map-marker"></em> Địa chỉ: {esc(ADDRESS)}</li>
<li><em class="fa fa-phone"></em> Điện thoại: {PHONE}</li>
<li><em class="fa fa-mobile"></em> Hotline: {HOTLINE}</li>
<li><em class="fa fa-envelope"></em> Email: <a href="mailto:{EMAIL}">{EMAIL}</a></li>
</ul>
</div></div>
<div class="panel panel-default"><div class="panel-heading">Gửi phản hồi</div><div class="panel-body">
<form method="post" action="/lien-he/" class="form-horizontal">
<div class="form-group"><input type="text" class="form-control" name="fname" placeholder="Họ và tên" /></div>
<div class="form-group"><input type="email" class="form-control" name="femail" placeholder="Email" /></div>
<div class="form-group"><input type="text" class="form-control" name="ftitle" placeholder="Tiêu đề" /></div>
<div class="form-group"><textarea class="form-control" name="fcon" rows="5" placeholder="Nội dung"></textarea></div>
<div class="form-group"><label>Mã an toàn</label> <img class="captchaImg" src="/index.php?scaptcha=captcha&amp;t=c0ffee1234" width="150" height="40" alt="" /> <input type="text" name="fcode" maxlength="6" class="form-control" /></div>
<div class="text-center"><input type="submit" value="Gửi thông tin" class="btn btn-primary" /></div>
</form></div></div>"""
    return _layout(
        request, "Liên hệ", main, trail=[("/lien-he/", "Liên hệ")], canonical="/lien-he/"
    )


def _users(request: Request, register: bool) -> Response:
    if register:
        main = """<div class="panel panel-default"><div class="panel-heading">Đăng ký thành viên</div><div class="panel-body">
<form action="/users/register/" method="post"><input class="form-control" name="first_name" placeholder="Tên" /><input class="form-control" name="username" placeholder="Tên đăng nhập" />
<input class="form-control" name="email" placeholder="Email" /><input type="password" class="form-control" name="password" placeholder="Mật khẩu" />
<label><input type="checkbox" name="agreecheck" value="1" /> Tôi đồng ý với quy định đăng ký thành viên</label>
<input type="submit" class="btn btn-primary" value="Đăng ký" /></form></div></div>"""
        return _layout(
            request,
            "Đăng ký thành viên",
            main,
            trail=[("/users/", "Tài khoản"), ("/users/register/", "Đăng ký")],
            canonical="/users/register/",
        )
    main = """<div class="panel panel-default"><div class="panel-heading">Đăng nhập</div><div class="panel-body">
<form action="/users/login/" method="post"><div class="form-group"><input type="text" class="form-control" name="nv_login" placeholder="Tên đăng nhập hoặc email" /></div>
<div class="form-group"><input type="password" class="form-control" name="nv_password" placeholder="Mật khẩu" /></div>
<input type="submit" class="btn btn-primary" value="Đăng nhập" /></form>
<p><a href="/users/lostpass/">Quên mật khẩu?</a> | <a href="/users/register/">Đăng ký</a></p></div></div>"""
    return _layout(
        request, "Tài khoản", main, trail=[("/users/", "Tài khoản")], canonical="/users/"
    )


def _laws(request: Request, alias_id: str | None) -> Response | None:
    if alias_id is None:
        rows = "\n".join(
            f'<tr><td class="text-center"><a href="/van-ban/{d.alias}-{d.id}.html">{esc(d.code)}</a></td><td class="text-center">{d.issued}</td>'
            f'<td><a href="/van-ban/{d.alias}-{d.id}.html" title="{esc(d.title)}">{esc(d.title)}</a></td>'
            f'<td class="text-center"><a href="/van-ban/{d.alias}-{d.id}.html?download=1&amp;id=1" title="Tải về"><em class="fa fa-download"></em></a></td></tr>'
            for d in LAWS
        )
        main = f"""<div class="laws-list panel panel-default"><div class="panel-heading">Văn bản</div>
<table class="table table-bordered table-striped table-hover">
<thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>
{rows}
</tbody></table></div>"""
        return _layout(
            request, "Văn bản", main, trail=[("/van-ban/", "Văn bản")], canonical="/van-ban/"
        )
    doc = next((d for d in LAWS if f"{d.alias}-{d.id}" == alias_id), None)
    if doc is None:
        return None
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="title">{esc(doc.title)}</h1>
<table class="table table-bordered laws-detail">
<tbody>
<tr><td class="w200">Số hiệu</td><td>{esc(doc.code)}</td></tr>
<tr><td>Trích yếu</td><td>{esc(doc.title)}</td></tr>
<tr><td>Ngày ban hành</td><td>{doc.issued}</td></tr>
<tr><td>Ngày có hiệu lực</td><td>{doc.effective}</td></tr>
<tr><td>Cơ quan ban hành</td><td>{esc(SITE) if "THPTTP" in doc.code else "Sở Giáo dục và Đào tạo"}</td></tr>
<tr><td>Người ký</td><td>{esc(doc.signer)}</td></tr>
<tr><td>Thể loại</td><td>{esc(doc.kind)}</td></tr>
<tr><td>Lĩnh vực</td><td>{esc(doc.field)}</td></tr>
</tbody></table>
<h3>Nội dung</h3>
<p>{esc(doc.note)}</p>
<h3>Tệp tin đính kèm</h3>
<ul><li><a href="/van-ban/{doc.alias}-{doc.id}.html?download=1&amp;id=1"><em class="fa fa-file-pdf-o"></em> {doc.alias}.pdf</a></li></ul>
</div></div>"""
    return _layout(
        request,
        doc.title,
        main,
        trail=[("/van-ban/", "Văn bản"), (f"/van-ban/{alias_id}.html", doc.code)],
        canonical=f"/van-ban/{alias_id}.html",
    )


def _download(request: Request, cat: str | None, alias: str | None) -> Response | None:
    if cat is None:
        boxes = "\n".join(
            f'<div class="panel panel-default"><div class="panel-heading"><a href="/download/{c}/">{esc(name)}</a></div><div class="panel-body"><ul>'
            + "".join(
                f'<li><a href="/download/{c}/{a}.html">{esc(t)}</a></li>' for a, t, _ in items
            )
            + "</ul></div></div>"
            for c, (name, items) in DOWNLOADS.items()
        )
        return _layout(
            request, "Tài liệu", boxes, trail=[("/download/", "Tài liệu")], canonical="/download/"
        )
    if cat not in DOWNLOADS:
        return None
    name, items = DOWNLOADS[cat]
    if alias is None:
        lis = "\n".join(
            f'<div class="panel panel-default"><div class="panel-body"><h3><a href="/download/{cat}/{a}.html">{esc(t)}</a></h3><p>{esc(d)}</p></div></div>'
            for a, t, d in items
        )
        return _layout(
            request,
            name,
            lis,
            trail=[("/download/", "Tài liệu"), (f"/download/{cat}/", name)],
            canonical=f"/download/{cat}/",
        )
    item = next((i for i in items if i[0] == alias), None)
    if item is None:
        return None
    a, t, d = item
    main = f"""<div class="panel panel-default"><div class="panel-body">
<h1>{esc(t)}</h1>
<dl class="dl-horizontal"><dt>Mô tả</dt><dd>{esc(d)}</dd><dt>Phiên bản</dt><dd>1.0</dd><dt>Tác giả</dt><dd>Văn phòng nhà trường</dd><dt>Cập nhật</dt><dd>12/10/2026</dd><dt>Lượt tải</dt><dd>148</dd><dt>Dung lượng</dt><dd>86 KB</dd></dl>
<div class="text-center"><a class="btn btn-primary" href="/uploads/download/{cat}/{a}.pdf"><em class="fa fa-download"></em> Tải về</a></div>
</div></div>"""
    return _layout(
        request,
        t,
        main,
        trail=[("/download/", "Tài liệu"), (f"/download/{cat}/", name)],
        canonical=f"/download/{cat}/{a}.html",
    )


def _photos(request: Request, alias_id: str | None) -> Response | None:
    if alias_id is None:
        cards = "\n".join(
            f'<div class="col-xs-12 col-md-8 album"><a href="/thu-vien-anh/{a}-{i}.html" title="{esc(t)}"><img src="/uploads/thu-vien-anh/{a}/thumb.jpg" alt="{esc(t)}" class="img-thumbnail" /></a><h3><a href="/thu-vien-anh/{a}-{i}.html">{esc(t)}</a></h3><p class="text-muted">{n} ảnh</p></div>'
            for i, a, t, _, n in ALBUMS
        )
        return _layout(
            request,
            "Thư viện ảnh",
            f'<div class="row albums">{cards}</div>',
            trail=[("/thu-vien-anh/", "Thư viện ảnh")],
            canonical="/thu-vien-anh/",
        )
    album = next((al for al in ALBUMS if f"{al[1]}-{al[0]}" == alias_id), None)
    if album is None:
        return None
    i, a, t, d, n = album
    grid = "\n".join(
        f'<div class="col-xs-12 col-md-6"><a href="/uploads/thu-vien-anh/{a}/anh-{k:02d}.jpg" data-fancybox="gallery"><img src="/uploads/thu-vien-anh/{a}/anh-{k:02d}.jpg" alt="{esc(t)} {k}" class="img-thumbnail" /></a></div>'
        for k in range(1, n + 1)
    )
    main = f"""<div class="album-detail panel panel-default"><div class="panel-body">
<h1 class="title">{esc(t)}</h1>
<p class="album-description">{esc(d)}</p>
<p class="text-muted">Số ảnh: {n} | Lượt xem: {100 + 13 * i}</p>
<div class="row gallery">
{grid}
</div>
</div></div>"""
    return _layout(
        request,
        t,
        main,
        trail=[("/thu-vien-anh/", "Thư viện ảnh"), (f"/thu-vien-anh/{alias_id}.html", t)],
        canonical=f"/thu-vien-anh/{alias_id}.html",
    )


def _feeds_page(request: Request) -> Response:
    lis = (
        f'<li><a href="/{MOD}/rss/"><em class="fa fa-rss"></em> Tin Tức</a><ul>'
        + "".join(f'<li><a href="/{MOD}/rss/{c}/">{esc(n)}</a></li>' for c, (_, n) in CATS.items())
        + "</ul></li>"
    )
    return _layout(
        request,
        "RSS",
        f'<div class="panel panel-default"><div class="panel-body"><ul class="rss">{lis}</ul></div></div>',
        trail=[("/feeds/", "RSS")],
        canonical="/feeds/",
    )


# --------------------------------------------------------------------------- feeds and sitemap


def _rfc822(story: Story) -> str:
    at = _at(story)
    return at.strftime("%a, %d %b %Y %H:%M:%S +0700")


def _rss(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    items = newest(cat)[:30]
    title = "Tin Tức" + (f" - {CATS[cat][1]}" if cat else "")
    link = f"{base}/{MOD}/" + (f"{cat}/" if cat else "")
    self_url = f"{base}/{MOD}/rss/" + (f"{cat}/" if cat else "")
    entries = []
    for s in items:
        thumb = _thumb(s)
        img = f'<img src="{base}{thumb}" width="100" align="left" border="0">' if thumb else ""
        entries.append(
            f"<item>\n<title>{esc(s.title)}</title>\n<link>{base}{article_path(s)}</link>\n"
            f'<guid isPermaLink="false">{MOD}_{s.id}</guid>\n'
            f"<description><![CDATA[{img}{s.summary or ''}]]></description>\n<pubDate>{_rfc822(s)}</pubDate>\n</item>"
        )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>{esc(title)}</title>
<link>{link}</link>
<atom:link href="{self_url}" rel="self" type="application/rss+xml" />
<description>{esc(SITE)}</description>
<language>vi</language>
<copyright>{esc(SITE)}</copyright>
<docs>{base}/feeds/</docs>
<generator>Nukeviet Version 4.5</generator>
<image><url>{base}/uploads/logo-thpt-tran-phu.png</url><title>{esc(title)}</title><link>{link}</link></image>
{chr(10).join(entries)}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    if which == "index":
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{base}{THEME}/css/sitemapindex.xsl"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-vi.{MOD}.xml</loc><lastmod>2026-11-24T16:40:00+07:00</lastmod></sitemap>
<sitemap><loc>{base}/sitemap-vi.gioi-thieu.xml</loc><lastmod>2026-09-01T08:00:00+07:00</lastmod></sitemap>
</sitemapindex>"""
    elif which == MOD:
        urls = "\n".join(
            f"<url><loc>{base}{article_path(s)}</loc><lastmod>{_at(s):%Y-%m-%dT%H:%M:%S}+07:00</lastmod><changefreq>daily</changefreq><priority>0.8</priority></url>"
            for s in newest()
        )
        body = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{base}{THEME}/css/sitemap.xsl"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>"""
    else:
        urls = "\n".join(
            f"<url><loc>{base}/gioi-thieu/{p.alias}.html</loc><lastmod>2026-09-01T08:00:00+07:00</lastmod><changefreq>monthly</changefreq><priority>0.5</priority></url>"
            for p in PAGES
        )
        body = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>'
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /*?nvvithemever=*
Disallow: /users/

Sitemap: {base}/sitemap.xml
"""


def _not_found(request: Request) -> Response:
    main = """<div class="alert alert-danger text-center"><h2>Lỗi 404</h2><p>Không tìm thấy trang bạn yêu cầu. Có thể trang đã bị xóa hoặc đường dẫn không đúng.</p>
<p><a href="/">Quay lại trang chủ</a></p></div>"""
    resp = _layout(request, "Không tìm thấy trang", main)
    resp.status = 404
    return resp


# --------------------------------------------------------------------------- routing

_ARTICLE = re.compile(
    r"^/(amp/)?tin-tuc/(?:(print|sendmail|savefile)/)?([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$"
)
_CAT = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(?:page-(\d+))?$")


def _nv_target(request: Request) -> str | None:
    """The rewritten path of a non-rewritten ``index.php?language=vi&nv=…&op=…`` request."""
    params = {k: v[0] for k, v in parse_qs(request.query, keep_blank_values=True).items()}
    module = params.get("nv")
    if not module:
        return "/"
    op = params.get("op", "")
    if not op:
        return f"/{module}/"
    if re.search(r"(^|/)page-\d+$", op):
        return f"/{module}/{op}"
    if module == MOD and re.fullmatch(r"(?:[a-z]+/)?[a-z0-9-]+/[a-z0-9-]+-\d+", op):
        return f"/{module}/{op}.html"
    if module in ("gioi-thieu",) and "/" not in op:
        return f"/{module}/{op}.html"
    if module == "van-ban" and re.fullmatch(r"[a-z0-9-]+-\d+", op):
        return f"/{module}/{op}.html"
    return f"/{module}/{op}" + ("" if op.startswith("tag/") else "/")


class NukeVietSite:
    """NukeViet 4.5's front controller with URL rewriting (``.htaccess`` + ``nv_url_rewrite``)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/assets/", "/themes/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(
                200,
                _ROBOTS.format(base=base_url(request)),
                {"Content-Type": "text/plain; charset=utf-8"},
            )
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if m := re.fullmatch(r"/sitemap-vi\.([a-z-]+)\.xml", path):
            return _sitemap(request, m.group(1)) if m.group(1) in (MOD, "gioi-thieu") else None
        if path == "/index.php":
            if "scaptcha" in request.params:
                return static_file("/captcha.png")
            target = _nv_target(request)
            rest = {k: v for k, v in request.params.items() if k not in ("language", "nv", "op")}
            if target is None:
                return _not_found(request)
            inner = Request(
                request.method,
                target,
                "&".join(f"{k}={quote(v)}" for k, v in rest.items()),
                request.headers,
                request.body,
            )
            return self._route(inner) or _not_found(request)
        if "nvvithemever" in request.params:
            back = request.params.get("nv_redirect", "")
            try:
                dest = base64.b64decode(back + "=" * (-len(back) % 4)).decode("utf-8")
            except ValueError:
                dest = "/"
            resp = redirect(dest if dest.startswith("/") else "/", 302)
            resp.headers["Set-Cookie"] = (
                f"nv4c_Tp4x1nvvithemever={request.params['nvvithemever']}; path=/"
            )
            return resp
        if path == "/banners/click/":
            dest = {"1": "https://moet.gov.vn/", "2": "https://daklak.edu.vn/"}.get(
                request.params.get("id", "")
            )
            return redirect(dest, 302) if dest else _not_found(request)
        return self._route(request) or _not_found(request)

    def _route(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return _home(request)
        if m := _ARTICLE.match(path):
            amp, view, cat, alias, sid = m.groups()
            story = _BY_ID.get(int(sid))
            if story is None or cat not in CATS:
                return None
            if story.cat != cat or story.slug != alias:
                real = {
                    None: article_path,
                    "print": print_path,
                    "sendmail": sendmail_path,
                    "savefile": savefile_path,
                }[view](story)
                return redirect(("/amp" if amp else "") + real, 301)
            if amp:
                return _amp(request, story) if view is None else None
            if view == "print":
                return _print(request, story)
            if view == "sendmail":
                return _sendmail(request, story)
            if view == "savefile":
                resp = _print(request, story)
                resp.headers["Content-Type"] = "application/force-download"
                resp.headers["Content-Disposition"] = f'attachment; filename="{story.slug}.html"'
                return resp
            if params.get("download") == "1":
                files = story.opts.get("files", [])
                n = int(params.get("id", "0")) if params.get("id", "0").isdigit() else -1
                if 0 <= n < len(files):
                    return Response(
                        200,
                        PDF,
                        {
                            "Content-Type": "application/pdf",
                            "Content-Disposition": f'attachment; filename="{files[n][0]}"',
                        },
                    )
                return None
            return _article(request, story)
        if path == f"/{MOD}/":
            return _module_home(request)
        if path == f"/{MOD}/rating/":
            story = _BY_ID.get(int(params.get("id", "0")) if params.get("id", "").isdigit() else 0)
            if story is None:
                return None
            ok = params.get("checkss") == _md5(f"{story.id}rating")
            msg = "Cảm ơn bạn đã đánh giá bài viết!" if ok else "Lỗi: Thông tin không hợp lệ"
            return html(
                f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Đánh giá</title></head><body><p>{msg}</p></body></html>'
            )
        if path in (f"/{MOD}/rss/", f"/rss/{MOD}/"):
            return _rss(request, None)
        if m := re.fullmatch(r"/tin-tuc/rss/([a-z0-9-]+)/", path):
            return _rss(request, m.group(1)) if m.group(1) in CATS else None
        if path == f"/{MOD}/search/":
            return _search(request)
        if m := re.fullmatch(r"/tin-tuc/groups/([a-z0-9-]+)/", path):
            g = m.group(1)
            if g not in GROUPS:
                return None
            items = [s for s in newest() if g in s.opts.get("groups", [])]
            return _simple_list(
                request,
                GROUPS[g],
                items,
                [(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/groups/{g}/", GROUPS[g])],
                f"/{MOD}/groups/{g}/",
            )
        if m := re.fullmatch(r"/tin-tuc/topic/([a-z0-9-]+)/", path):
            t = m.group(1)
            if t not in TOPICS:
                return None
            items = [s for s in newest() if s.opts.get("topic") == t]
            intro = f'<div class="alert alert-info"><h1>{esc(TOPICS[t])}</h1></div>'
            return _simple_list(
                request,
                TOPICS[t],
                items,
                [(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/topic/{t}/", TOPICS[t])],
                f"/{MOD}/topic/{t}/",
                intro,
            )
        if m := re.fullmatch(r"/tin-tuc/tag/([a-z0-9-]+)", path):
            t = m.group(1)
            items = [s for s in newest() if t in s.opts["tags"]]
            if t not in TAGS or not items:
                return None
            intro = f'<div class="alert alert-info"><h1>Từ khóa: {esc(TAGS[t])}</h1></div>'
            return _simple_list(
                request,
                TAGS[t],
                items,
                [(f"/{MOD}/", "Tin Tức"), (f"/{MOD}/tag/{t}", TAGS[t])],
                f"/{MOD}/tag/{t}",
                intro,
            )
        if m := _CAT.match(path):
            cat, page = m.group(1), int(m.group(2) or 1)
            if cat not in CATS:
                return None
            return _category(request, cat, page)
        if path == "/feeds/":
            return _feeds_page(request)
        if path == "/gioi-thieu/":
            return _page_module(request, None)
        if m := re.fullmatch(r"/gioi-thieu/([a-z0-9-]+)\.html", path):
            return _page_module(request, m.group(1))
        if path == "/lien-he/":
            return _contact(request)
        if path in ("/users/", "/users/login/"):
            return _users(request, False)
        if path == "/users/register/":
            return _users(request, True)
        if path == "/van-ban/":
            return _laws(request, None)
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+-\d+)\.html", path):
            if params.get("download") == "1":
                return (
                    Response(200, PDF, {"Content-Type": "application/pdf"})
                    if any(f"{d.alias}-{d.id}" == m.group(1) for d in LAWS)
                    else None
                )
            return _laws(request, m.group(1))
        if path == "/download/":
            return _download(request, None, None)
        if m := re.fullmatch(r"/download/([a-z0-9-]+)/(?:([a-z0-9-]+)\.html)?", path):
            return _download(request, m.group(1), m.group(2))
        if path == "/thu-vien-anh/":
            return _photos(request, None)
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+-\d+)\.html", path):
            return _photos(request, m.group(1))
        if path == "/seek/":
            return _seek(request)
        return None


def build_site() -> NukeVietSite:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return NukeVietSite()
