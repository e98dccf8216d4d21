"""Fixture portal: Trường THCS Lý Tự Trọng (Krông Pắc, Đắk Lắk) on NukeViet Edu Gate 4.5.

Imitates a lower-secondary school site run on NukeViet Edu Gate, the education distribution of
NukeViet 4.x (VINADES) that district education offices hand out to their schools: the ``news``
module is the home module, rewrite is on (``/news/<cat-alias>/<alias>-<id>.html``), the theme
is the district's "edugate" theme (``/themes/edugate/``), not NukeViet's default theme.

What it serves:

- ``/`` and ``/news/`` (the same page: ``news`` is the home module): a "Tin nổi bật" strip of
  the four newest home-flagged posts, then one box per category (first post with thumbnail,
  time and hometext, two more titles with dates, "Xem tiếp").
- category pages ``/news/<cat>/`` with NukeViet's pager ``/news/<cat>/page-N`` (three posts a
  page, ``ul.pagination`` with «, 1, 2, 3, »; the current page and a dead « are ``href="#"``);
  "Tin tức - Sự kiện" has seven posts on three pages. ``page-1`` and pages past the end answer
  301 to the category; ``/news/<cat>`` without the slash answers 301 to it.
- article pages: breadcrumbs "Trang nhất » Tin tức » <category>", ``h1``, hidden schema.org
  microdata spans (``itemprop=author`` holds the raw author field, or the *site name* when the
  field is empty; ``datePublished``/``dateModified`` ISO times), the meta line "Thứ năm -
  12/11/2026 08:30" + "Đã xem: N" (+ "Đăng bởi: <login>" on some, + "(Cập nhật: …)" on one),
  the tools (print ``<a href>`` to ``/news/print/…`` in a new window, send-mail only through an
  ``onclick`` popup, "Bình luận" ``…html#comment``), the hometext (``div.egt-hometext``, bold),
  the homeimg (``figure.egt-homeimg`` with its note as figcaption, or a small thumbnail floated
  inside the hometext box with only an ``alt``, or not shown at all), ``div#news-bodyhtml
  .bodytext`` (CKEditor 4 content: centred ``<img>`` then a centred italic line, the same in
  parentheses, CKEditor 5 ``figure.image > figcaption``, bare images, a Zalo file name printed
  under a photo, tables, lists), attachments "Tập tin đính kèm", the author box right-aligned
  after the text ("Tác giả bài viết: …", "Nguồn tin: <a>…</a>"), "Từ khóa:" tag links, the
  rating form ("Tổng số điểm của bài viết là: 25 trong 5 đánh giá", "Click để đánh giá bài
  viết"), share links, the comment box (``id=comment``), "Các tin khác cùng chủ đề" (topic),
  "Những tin mới hơn" / "Những tin cũ hơn" with ``(dd/mm/yyyy)`` and each neighbour's hometext
  in a ``data-content`` tooltip attribute; ``rel=canonical`` (absolute) to the article.
- chrome: top bar with TODAY, login link and RSS; header "PHÒNG GD&ĐT HUYỆN KRÔNG PẮC" /
  "TRƯỜNG THCS LÝ TỰ TRỌNG" with logo and slogan; the menu (Trang nhất, Giới thiệu, Tin tức
  (+categories), Văn bản, Thời khóa biểu, Thư viện ảnh, Liên hệ); a marquee greeting; left
  blocks "Thông báo" (its links carry the ``/vi/`` language prefix), "Văn bản mới", "Liên
  kết" (select + banners), member login; right blocks "Tin xem nhiều", "Thống kê truy cập"
  (Đang truy cập 8, Hôm nay 321, … Tổng lượt truy cập 456789), "Thăm dò ý kiến"; footer with
  address, phone, hotline, email, "Giao diện: Máy tính | Di động", "Powered by NukeViet".
- feeds and sitemaps: ``/news/rss/`` (announced in ``<head>``; only posts flagged for the home
  page, so post 272 is missing from it), ``/news/rss/<cat>/`` per category, the RSS module page
  ``/rss/`` listing them (``/rss/news/`` answers the module feed too); ``/robots.txt`` names
  ``/sitemap.xml``, an index (with an xml-stylesheet PI) of ``/sitemap-vi.news.xml`` (every
  post) and ``/sitemap-vi.about.xml``.
- non-articles: ``/about/`` (list) and ``/about/<page>.html``, ``/contact/``, ``/laws/`` (the
  "Văn bản" register) and ``/laws/detail/<alias>-<id>/`` (fields + PDF), ``/photos/`` and an
  album ``/photos/album/<alias>-<id>/`` (captioned photo grid), ``/page/thoi-khoa-bieu.html``
  (timetable), ``/users/login/``, tag pages ``/news/tag/<alias>``, the topic page
  ``/news/topic/<alias>/``, print views ``/news/print/<cat>/<alias>-<id>.html`` (a bare page
  with the same text, ``robots noindex``, canonical to the article) and send-mail forms
  ``/news/sendmail/<cat>/<alias>-<id>.html``.

Traps and hard cases:

- every page prints "Giao diện: Máy tính | Di động": ``<path>?nvvithemever=d|m&nv_redirect=
  <base64 of the path>`` links that set a cookie and answer 302 back to the page (so one per
  page, all redirects);
- the "Thông báo" block links ``/vi/news/thong-bao/…html``: the language-prefixed address
  serves the very same article (200, canonical to the unprefixed path); any ``/vi/…`` path works
  (alt_paths in the gold);
- print views are plain ``<a href>`` links (a second copy of every article), send-mail views are
  only in an ``onclick``; ``#comment`` links on every article and listing;
- a body link with the post's *old* alias (``…/le-khai-giang-nam-hoc-2026-2027-246.html``)
  answers 301 to the current alias (NukeViet redirects a changed alias); an unknown id is a 404;
- the hidden schema ``itemprop=author`` span and ``<meta name="author">`` name the school when
  no author is printed; the "Đăng bởi: bientap/admin" login in the meta line credits nobody;
- post 270 hides its hometext on the page (the listings, meta description and feed still show
  it); post 251 has a home image only on listings; post 274's home image is a thumbnail with an
  ``alt`` but no printed line;
- post 266's body is decomposed Unicode (NFD); post 260's body is written with character
  references (named and numeric, the old CKEditor entity option); the rest is NFC UTF-8.

Gold (by hand; every field is what a reader takes from the article page):

- category: the breadcrumb's last item (the post's category); the module crumb "Tin tức" is not.
- published_at: the meta line "Thứ năm - 12/11/2026 08:30" with its time; post 257 prints
  "Thứ năm - 08/10/2026 00:00" (imported at midnight): a day, "2026-10-08". Post 263's "(Cập
  nhật: 23/10/2026 08:12)" and every ``dateModified`` are not the publication date.
- summary: the hometext when the page prints it (bold, apart from the text; it is also the
  body's first paragraph); None on the notices without hometext and on post 270 (hidden).
- body: the paragraphs of ``#news-bodyhtml`` in order; list items one paragraph each; table rows
  one paragraph each, cells joined by " | " (header row included); captions, the closing
  credit lines "Tin, ảnh: …" / "Bài: … - Ảnh: …", the author box, attachments and widgets are
  not body.
- authors: the "Tác giả bài viết" field without title or unit ("ThS. Trần Văn Hùng - Phó Hiệu
  trưởng" → "Trần Văn Hùng"; "Cô Phạm Thị Thanh Hương" → "Phạm Thị Thanh Hương"; "Đỗ Minh Tuấn -
  Tổ Khoa học tự nhiên" → "Đỗ Minh Tuấn"; "Lê Thu Hà, Phạm Quốc Việt" → two); "Tổ Văn phòng"
  (a unit, nothing signs the text) is the author; else the in-text credit ("Tin, ảnh: Hoàng
  Minh Đức" → author and photographer; "Bài: Nguyễn Hoài Nam - Ảnh: Y Khoa Byă"); "Đăng bởi:
  bientap/admin", the schema span and ``meta author`` credit nobody.
- photographers: from the credit lines, and "Minh Châu" from the home image's line
  "… . Ảnh: Minh Châu" on post 257 (the caption keeps that line as printed).
- source: "Nguồn tin:" → "Phòng GD&ĐT Krông Pắc" (post 270, no author), "Báo Đắk Lắk" (post
  257, beside the author Hoàng Yến).
- images: the home image first when the page shows it (full: its figcaption is the caption, or
  None when it has no note; thumbnail: the ``/assets/…`` thumbnail src, caption None: an
  ``alt`` is not printed), then the body images in order; a centred italic line is the caption,
  parentheses stripped; "Ảnh: " opening a figcaption is a label and is dropped; a Zalo file name
  under a photo is no caption (None); bare images have None. Listing thumbnails of post 251 are
  not on its page and are not in its gold.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

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
    text,
)

NAME = "nukeviet_edugate_thcs"
PLATFORM = "nukeviet4"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
PGD = "Phòng GD&ĐT huyện Krông Pắc"
ADDRESS = "Thôn 3, xã Ea Kly, huyện Krông Pắc, tỉnh Đắk Lắk"
PHONE = "0262 3 521 468"
HOTLINE = "0914 226 315"
EMAIL = "c2lytutrong.krongpac@daklak.edu.vn"
THEME = "/themes/edugate"
PER_PAGE = 3
COOKIE = "nv4c_Lq7Ty"
_LOCAL = timezone(timedelta(hours=7))
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")

#: category alias -> (catid, printed name), in menu order
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (3, "Hoạt động chuyên môn"),
    "thong-bao": (2, "Thông báo"),
}
#: tag alias -> keyword as NukeViet stores it (lower case)
TAGS: dict[str, str] = {
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "20-11": "20/11",
    "hoi-khoe-phu-dong": "hội khỏe phù đổng",
    "hoc-sinh-gioi": "học sinh giỏi",
    "kiem-tra-hoc-ky": "kiểm tra học kỳ",
    "chuyen-mon": "chuyên môn",
    "khai-giang": "khai giảng",
    "hoc-bong": "học bổng",
    "lien-doi": "liên đội",
}
TOPICS: dict[str, str] = {"chao-mung-ngay-nha-giao-viet-nam-20-11": "Chào mừng Ngày Nhà giáo Việt Nam 20/11"}
TOPIC = "chao-mung-ngay-nha-giao-viet-nam-20-11"

_U = "/uploads/news"

# Story.opts: at (local datetime printed), hometext (listing teaser; printed on the page unless
# hide_hometext), homeimg (src of a home image not shown on the page: listings only), author
# (the "Tác giả bài viết" field as typed), source ((name, url) of "Nguồn tin"), poster (login
# printed as "Đăng bởi"), edited (datetime printed as "Cập nhật"), tags, topic, inhome (False:
# not on the home page nor in the module feed), attach ([(file, size)]), enc ("nfd" |
# "entities"), homealt (alt of a home thumbnail), old_alias (the alias before the title edit).
# Img styles: home-full (figure under the hometext), home-thumb (thumbnail inside the hometext
# box), em (centred image, centred italic line), figure (CKEditor 5 figure/figcaption), bare,
# file (the file name printed under the image). P styles: "", li, th/tr (table rows, " | "),
# "a|<href>|<phrase>" (a link on a phrase of the paragraph).
STORIES: list[Story] = [
    Story(
        id=281,
        slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-24T16:40:00+07:00",
        summary=(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các môn"
            " đánh giá bằng điểm số của học sinh khối 6, 7, 8 và 9 như sau:"
        ),
        sapo_outside=True,
        blocks=[
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài | Khối lớp", "th"),
            P("14/12/2026 | Sáng | Ngữ văn | 90 phút | 6, 7, 8, 9", "tr"),
            P("14/12/2026 | Chiều | Tiếng Anh | 60 phút | 6, 7, 8, 9", "tr"),
            P("15/12/2026 | Sáng | Toán | 90 phút | 6, 7, 8, 9", "tr"),
            P("16/12/2026 | Sáng | Khoa học tự nhiên | 60 phút | 6, 7, 8, 9", "tr"),
            P("16/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút | 6, 7, 8, 9", "tr"),
            P(
                "Các môn đánh giá bằng nhận xét kiểm tra theo kế hoạch của tổ chuyên môn trong tuần"
                " từ ngày 07/12 đến 12/12/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; học"
                " sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 24, 16, 40),
            "poster": "bientap",
            "tags": ["kiem-tra-hoc-ky"],
            "attach": [("Lich-kiem-tra-cuoi-HKI-2026-2027.pdf", "184 KB")],
        },
    ),
    Story(
        id=279,
        slug="truong-thcs-ly-tu-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THCS Lý Tự Trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:15:00+07:00",
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày"
            " Nhà giáo Việt Nam, tôn vinh những đóng góp của đội ngũ cán bộ, giáo viên, nhân viên"
            " nhà trường trong sự nghiệp trồng người."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_11/le-ky-niem-20-11-2026.jpg",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
                "home-full",
            ),
            P(
                "Về dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Ea Kly, Ban đại diện cha mẹ học"
                " sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên"
                " và hơn 900 học sinh nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Bình ôn lại truyền thống vẻ vang"
                " của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm"
                " học 2025 - 2026: tỷ lệ học sinh lên lớp đạt 99,2%, 100% học sinh lớp 9 được công"
                " nhận tốt nghiệp THCS, 38 học sinh đạt giải học sinh giỏi cấp huyện."
            ),
            Img(
                f"{_U}/2026_11/thay-hieu-truong-phat-bieu.jpg",
                "Thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "Thầy Nguyễn Văn Bình, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
                "em",
            ),
            P(
                "Nhân dịp này, nhà trường trao giấy khen cho 12 giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp trường và 5 tập thể lớp có thành tích xuất sắc trong đợt thi đua “Hoa điểm"
                " 10 dâng thầy cô”."
            ),
            Img(
                f"{_U}/2026_11/trao-giay-khen-gvdg.jpg",
                "(Trao giấy khen cho giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường)",
                "Trao giấy khen cho giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường",
                "em",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do các em học sinh biểu diễn, thể"
                " hiện lòng biết ơn sâu sắc đối với thầy cô giáo."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "at": datetime(2026, 11, 20, 10, 15),
            "author": "Nguyễn Thị Lan",
            "tags": ["ngay-nha-giao-viet-nam", "20-11"],
            "topic": TOPIC,
        },
    ),
    Story(
        id=277,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T14:20:00+07:00",
        summary=(
            "Từ ngày 02/11 đến 14/11/2026, Trường THCS Lý Tự Trọng tổ chức Hội thi giáo viên dạy giỏi"
            " cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, nghiệp vụ của giáo viên trong việc thực"
                " hiện Chương trình giáo dục phổ thông 2018; đồng thời là dịp để giáo viên trao đổi,"
                " học tập kinh nghiệm, đổi mới phương pháp dạy học theo hướng phát triển phẩm chất,"
                " năng lực học sinh."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy, gồm một tiết bốc thăm và một tiết tự"
                " chọn, đồng thời trình bày biện pháp nâng cao chất lượng giảng dạy bộ môn trước Ban"
                " giám khảo."
            ),
            Img(
                f"{_U}/2026_11/gvdg-tiet-day-toan-8a3.jpg",
                "Cô giáo Trần Thị Mai Anh trong tiết dạy môn Toán lớp 8A3",
                "Cô giáo Trần Thị Mai Anh trong tiết dạy môn Toán lớp 8A3",
                "figure",
            ),
            P("Kết quả hội thi:"),
            P("12 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường;", "li"),
            P("4 giáo viên được công nhận hoàn thành hội thi;", "li"),
            P("2 giáo viên được chọn tham dự Hội thi giáo viên dạy giỏi cấp huyện.", "li"),
            Img(
                f"{_U}/2026_11/gvdg-ban-giam-khao-gop-y.jpg",
                "Ban giám khảo góp ý sau tiết dạy",
                "Ban giám khảo góp ý sau tiết dạy",
                "figure",
            ),
            P(
                "Hội thi diễn ra nghiêm túc, đúng kế hoạch; nhiều tiết dạy ứng dụng hiệu quả công nghệ"
                " thông tin, tổ chức tốt các hoạt động học tập theo nhóm, tạo hứng thú cho học sinh."
            ),
        ],
        authors=["Trần Văn Hùng"],
        opts={
            "at": datetime(2026, 11, 17, 14, 20),
            "author": "ThS. Trần Văn Hùng - Phó Hiệu trưởng",
            "tags": ["chuyen-mon", "20-11"],
            "topic": TOPIC,
        },
    ),
    Story(
        id=274,
        slug="lien-doi-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Liên đội tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T08:30:00+07:00",
        summary=(
            "Hội khỏe Phù Đổng cấp trường năm 2026 diễn ra từ ngày 09 đến 11/11/2026 với sự tham gia"
            " của gần 400 vận động viên là học sinh đến từ 24 chi đội."
        ),
        sapo_outside=True,
        blocks=[
            Img("/assets/news/2026_11/hkpd-bong-da-nam.jpg", None, None, "home-thumb"),
            P(
                "Các vận động viên tranh tài ở 6 môn: điền kinh, bóng đá, cầu lông, bóng bàn, cờ vua và"
                " kéo co. Ban tổ chức đã trao 54 huy chương các loại cho các cá nhân, đồng đội đạt"
                " thành tích cao."
            ),
            Img(f"{_U}/2026_11/hkpd-keo-co.jpg", None, None, "bare"),
            Img(f"{_U}/2026_11/hkpd-cau-long.jpg", None, None, "bare"),
            Img(f"{_U}/2026_11/hkpd-co-vua.jpg", None, None, "bare"),
            P(
                "Qua hội khỏe, nhà trường lựa chọn 32 vận động viên xuất sắc thành lập đội tuyển tham"
                " dự Hội khỏe Phù Đổng cấp huyện dự kiến tổ chức vào tháng 12/2026."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Minh Đức</strong></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        photographers=["Hoàng Minh Đức"],
        opts={
            "at": datetime(2026, 11, 12, 8, 30),
            "homealt": "Học sinh thi đấu bóng đá nam tại Hội khỏe Phù Đổng",
            "tags": ["hoi-khoe-phu-dong", "lien-doi"],
            "topic": TOPIC,
        },
    ),
    Story(
        id=272,
        slug="thong-bao-ve-viec-thu-chi-cac-khoan-thu-dau-nam-hoc-2026-2027",
        title="Thông báo về việc thu, chi các khoản thu đầu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-09T07:45:00+07:00",
        blocks=[
            P(
                "Căn cứ Nghị quyết của HĐND tỉnh quy định các khoản thu dịch vụ phục vụ, hỗ trợ hoạt"
                " động giáo dục năm học 2026 - 2027, Trường THCS Lý Tự Trọng thông báo các khoản thu"
                " như sau:"
            ),
            P(
                "Bảo hiểm y tế học sinh: 1.263.000 đồng/học sinh/năm (thu theo thông báo của cơ quan"
                " Bảo hiểm xã hội);",
                "li",
            ),
            P("Nước uống tinh khiết: 10.000 đồng/học sinh/tháng;", "li"),
            P("Quỹ Hội cha mẹ học sinh: thực hiện theo nguyên tắc tự nguyện.", "li"),
            P(
                "Nhà trường không thu bất kỳ khoản nào ngoài các khoản nêu trên. Mọi thắc mắc, cha mẹ"
                " học sinh liên hệ bộ phận kế toán nhà trường trong giờ hành chính."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={"at": datetime(2026, 11, 9, 7, 45), "author": "Tổ Văn phòng", "inhome": False, "tags": []},
    ),
    Story(
        id=270,
        slug="hoc-sinh-truong-thcs-ly-tu-trong-dat-12-giai-hoc-sinh-gioi-lop-9-cap-huyen",
        title="Học sinh Trường THCS Lý Tự Trọng đạt 12 giải tại kỳ thi học sinh giỏi lớp 9 cấp huyện",
        cat="tin-tuc-su-kien",
        published_at="2026-11-05T15:10:00+07:00",
        blocks=[
            Img(
                f"{_U}/2026_11/doi-tuyen-hsg-lop-9.jpg",
                "Đội tuyển học sinh giỏi lớp 9 của nhà trường",
                "Đội tuyển học sinh giỏi lớp 9 của nhà trường",
                "home-full",
            ),
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027 được Phòng GD&ĐT tổ chức"
                " trong hai ngày 31/10 và 01/11/2026, với 386 thí sinh đến từ 17 trường THCS trên địa"
                " bàn huyện."
            ),
            P("Trường THCS Lý Tự Trọng có 20 học sinh dự thi ở 8 môn, kết quả đạt 12 giải, cụ thể:"),
            P("Môn thi | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 1 | 1 | 0", "tr"),
            P("Ngữ văn | 0 | 2 | 1", "tr"),
            P("Tiếng Anh | 1 | 0 | 1", "tr"),
            P("Khoa học tự nhiên | 0 | 1 | 2", "tr"),
            P("Lịch sử và Địa lí | 0 | 1 | 1", "tr"),
            P(
                "Với kết quả này, nhà trường xếp thứ ba toàn đoàn. Các em đạt giải tiếp tục được bồi"
                " dưỡng để tham dự kỳ thi chọn học sinh giỏi cấp tỉnh vào tháng 3/2027."
            ),
        ],
        source="Phòng GD&ĐT Krông Pắc",
        opts={
            "at": datetime(2026, 11, 5, 15, 10),
            "hometext": (
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026 - 2027, đội tuyển của nhà"
                " trường đạt 12 giải, xếp thứ ba toàn huyện."
            ),
            "hide_hometext": True,
            "source": ("Phòng GD&ĐT Krông Pắc", "https://pgdkrongpac.daklak.edu.vn/"),
            "tags": ["hoc-sinh-gioi"],
        },
    ),
    Story(
        id=266,
        slug="chuyen-de-ung-dung-tri-tue-nhan-tao-ho-tro-day-hoc-mon-khoa-hoc-tu-nhien",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo hỗ trợ dạy học môn Khoa học tự nhiên”",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-29T09:00:00+07:00",
        summary=(
            "Chiều 27/10/2026, tổ Khoa học tự nhiên tổ chức sinh hoạt chuyên đề “Ứng dụng trí tuệ"
            " nhân tạo hỗ trợ dạy học môn Khoa học tự nhiên” cho giáo viên toàn trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_10/chuyen-de-ai-khtn-1.jpg",
                "Ảnh: Thầy Đỗ Minh Tuấn trình bày chuyên đề",
                "Thầy Đỗ Minh Tuấn trình bày chuyên đề",
                "figure",
            ),
            P(
                "Tại buổi sinh hoạt, thầy Đỗ Minh Tuấn giới thiệu một số công cụ trí tuệ nhân tạo hỗ"
                " trợ giáo viên soạn câu hỏi, xây dựng ngân hàng bài tập, thiết kế thí nghiệm ảo và"
                " phân tích kết quả học tập của học sinh."
            ),
            P(
                "Các giáo viên trực tiếp thực hành xây dựng phiếu học tập cho bài “Tốc độ phản ứng và"
                " chất xúc tác” (Khoa học tự nhiên 8), đồng thời thảo luận về những lưu ý khi sử dụng"
                " trí tuệ nhân tạo: kiểm chứng thông tin, bảo vệ dữ liệu cá nhân của học sinh và không"
                " để công cụ thay thế vai trò của người thầy."
            ),
            Img(
                f"{_U}/2026_10/chuyen-de-ai-khtn-2.jpg",
                "Ảnh: Giáo viên thực hành trên máy tính tại phòng tin học",
                "Giáo viên thực hành trên máy tính tại phòng tin học",
                "figure",
            ),
            P(
                "Chuyên đề nhận được nhiều ý kiến đóng góp; nhà trường sẽ nhân rộng cách làm này ở các"
                " tổ chuyên môn khác trong học kỳ II."
            ),
        ],
        authors=["Đỗ Minh Tuấn"],
        opts={
            "at": datetime(2026, 10, 29, 9, 0),
            "author": "Đỗ Minh Tuấn - Tổ Khoa học tự nhiên",
            "enc": "nfd",
            "tags": ["chuyen-mon"],
        },
    ),
    Story(
        id=263,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22T16:05:00+07:00",
        summary=(
            "Ngày 21/10/2026, Trường THCS Lý Tự Trọng tổ chức Hội nghị viên chức, người lao động năm"
            " học 2026 - 2027 nhằm đánh giá kết quả năm học vừa qua và bàn biện pháp thực hiện nhiệm"
            " vụ năm học mới."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_U}/2026_10/hoi-nghi-vien-chuc-2026.jpg", None, None, "home-full"),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học"
                " 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân"
                " và thảo luận, sửa đổi Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
            ),
            Img(
                f"{_U}/2026_10/z5981234567890_4f1c2a9b7e3d6c8a0b5e2f7d9c1a3b6e.jpg",
                "z5981234567890_4f1c2a9b7e3d6c8a0b5e2f7d9c1a3b6e.jpg",
                None,
                "file",
            ),
            P(
                "Hội nghị đã quán triệt các mục tiêu nhà trường đề ra tại Lễ khai giảng năm học 2026 -"
                " 2027: duy trì tỷ lệ học sinh chuyên cần trên 99%, không có học sinh bỏ học; 100% giáo"
                " viên ứng dụng công nghệ thông tin trong dạy học; giữ vững danh hiệu trường đạt chuẩn"
                " quốc gia mức độ 1.",
                "a|/news/tin-tuc-su-kien/le-khai-giang-nam-hoc-2026-2027-246.html|Lễ khai giảng năm học 2026 - 2027",
            ),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 thành viên và phát"
                " động phong trào thi đua năm học mới. 100% viên chức, người lao động ký cam kết thực"
                " hiện nhiệm vụ năm học."
            ),
            Img(
                f"{_U}/2026_10/z5981234601122_9a0d3e7c1b5f4a2e8c6d0b9f7e3a1c5d.jpg",
                "z5981234601122_9a0d3e7c1b5f4a2e8c6d0b9f7e3a1c5d.jpg",
                None,
                "file",
            ),
        ],
        authors=["Lê Thu Hà", "Phạm Quốc Việt"],
        opts={
            "at": datetime(2026, 10, 22, 16, 5),
            "edited": datetime(2026, 10, 23, 8, 12),
            "author": "Lê Thu Hà, Phạm Quốc Việt",
            "tags": [],
        },
    ),
    Story(
        id=260,
        slug="thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-15T10:30:00+07:00",
        blocks=[
            P(
                "Nhà trường trân trọng kính mời quý phụ huynh học sinh đến dự cuộc họp cha mẹ học sinh"
                " giữa học kỳ I năm học 2026 - 2027."
            ),
            P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 25/10/2026."),
            P("Địa điểm: tại các phòng học của lớp."),
            P(
                "Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của"
                " học sinh; trao đổi về việc phối hợp giữa gia đình và nhà trường trong quản lý học"
                " sinh sử dụng điện thoại di động, bảo đảm an toàn giao thông."
            ),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
        ],
        opts={"at": datetime(2026, 10, 15, 10, 30), "poster": "admin", "enc": "entities", "tags": []},
    ),
    Story(
        id=257,
        slug="trao-30-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 30 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08",
        summary=(
            "Chiều 06/10/2026, Hội Khuyến học xã Ea Kly phối hợp với Trường THCS Lý Tự Trọng trao 30"
            " suất học bổng “Tiếp bước đến trường” cho học sinh vượt khó học tốt."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_10/trao-hoc-bong-tiep-buoc-den-truong.jpg",
                "Đại diện Hội Khuyến học xã trao học bổng cho các em học sinh. Ảnh: Minh Châu",
                "Đại diện Hội Khuyến học xã trao học bổng cho các em học sinh. Ảnh: Minh Châu",
                "home-full",
            ),
            P(
                "Mỗi suất học bổng gồm 1 triệu đồng tiền mặt, 20 quyển vở và một chiếc áo ấm, tổng trị"
                " giá gần 45 triệu đồng, do các nhà hảo tâm, doanh nghiệp và cựu học sinh của trường"
                " đóng góp."
            ),
            P(
                "Phát biểu tại buổi trao học bổng, đại diện Hội Khuyến học xã mong các em tiếp tục nỗ"
                " lực vượt khó, chăm ngoan, học giỏi để không phụ lòng gia đình, thầy cô và những tấm"
                " lòng hảo tâm."
            ),
            Img(
                f"{_U}/2026_10/hoc-bong-hs-phat-bieu-cam-tuong.jpg",
                "Em H’ Nhi Niê, học sinh lớp 9A2 phát biểu cảm tưởng",
                "Em H’ Nhi Niê, học sinh lớp 9A2 phát biểu cảm tưởng",
                "em",
            ),
        ],
        authors=["Hoàng Yến"],
        photographers=["Minh Châu"],
        source="Báo Đắk Lắk",
        opts={
            "at": datetime(2026, 10, 8, 0, 0),
            "author": "Hoàng Yến",
            "source": ("Báo Đắk Lắk", "https://baodaklak.vn/"),
            "tags": ["hoc-bong"],
        },
    ),
    Story(
        id=254,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van-lich-su-va-dia-li",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn - Lịch sử và Địa lí",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-01T14:00:00+07:00",
        summary=(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 29/9/2026, tổ Ngữ văn - Lịch sử"
            " và Địa lí tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với tiết dạy minh"
            " họa môn Lịch sử và Địa lí lớp 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa do cô Phạm Thị Thanh Hương thực hiện tại lớp 7A1. Các giáo viên trong"
                " tổ tập trung quan sát hoạt động học của học sinh: cách các em tiếp nhận nhiệm vụ, hợp"
                " tác trong nhóm và những khó khăn gặp phải, thay vì chỉ nhận xét về người dạy."
            ),
            Img(
                f"{_U}/2026_09/sinh-hoat-nghien-cuu-bai-hoc-7a1.jpg",
                "Học sinh lớp 7A1 thảo luận nhóm trong tiết học minh họa",
                "Học sinh lớp 7A1 thảo luận nhóm trong tiết học minh họa",
                "figure",
            ),
            P(
                "Sau tiết dạy, tổ chuyên môn đã phân tích, thảo luận và thống nhất một số điều chỉnh"
                " trong thiết kế hoạt động khởi động và luyện tập để áp dụng cho các lớp khác."
            ),
        ],
        authors=["Phạm Thị Thanh Hương"],
        opts={
            "at": datetime(2026, 10, 1, 14, 0),
            "author": "Cô Phạm Thị Thanh Hương",
            "tags": ["chuyen-mon"],
        },
    ),
    Story(
        id=251,
        slug="vui-tet-trung-thu-thap-sang-uoc-mo-nam-2026",
        title="Vui Tết Trung thu – Thắp sáng ước mơ năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-09-26T19:45:00+07:00",
        summary=(
            "Tối 25/9/2026 (nhằm ngày 15/8 âm lịch), Liên đội Trường THCS Lý Tự Trọng tổ chức chương"
            " trình “Vui Tết Trung thu – Thắp sáng ước mơ” cho hơn 900 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chương trình gồm các phần thi làm mâm ngũ quả, rước đèn, múa lân và văn nghệ do các chi"
                " đội tự dàn dựng. Nhà trường đã trao 50 phần quà Trung thu cho học sinh có hoàn cảnh"
                " khó khăn, học sinh là con em đồng bào dân tộc thiểu số."
            ),
            Img(
                f"{_U}/2026_09/mam-ngu-qua-chi-doi-8a1.jpg",
                "Mâm ngũ quả đạt giải Nhất của chi đội 8A1",
                "Mâm ngũ quả đạt giải Nhất của chi đội 8A1",
                "em",
            ),
            P(
                "Đêm hội trăng rằm đã để lại cho các em những kỷ niệm đẹp, góp phần giữ gìn nét đẹp văn"
                " hóa truyền thống của dân tộc."
            ),
            Raw('<p style="text-align: right;"><em>Bài: Nguyễn Hoài Nam - Ảnh: Y Khoa Byă</em></p>'),
        ],
        authors=["Nguyễn Hoài Nam"],
        photographers=["Y Khoa Byă"],
        opts={
            "at": datetime(2026, 9, 26, 19, 45),
            "homeimg": "/assets/news/2026_09/trung-thu-2026.jpg",
            "tags": ["lien-doi"],
        },
    ),
    Story(
        id=246,
        slug="truong-thcs-ly-tu-trong-long-trong-to-chuc-le-khai-giang-nam-hoc-2026-2027",
        title="Trường THCS Lý Tự Trọng long trọng tổ chức Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T09:30:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, hơn 900 học sinh Trường THCS Lý Tự"
            " Trọng hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_U}/2026_09/hoc-sinh-lop-6-tien-vao-le-dai.jpg",
                "Các em học sinh lớp 6 tiến vào lễ đài",
                "Các em học sinh lớp 6 tiến vào lễ đài",
                "home-full",
            ),
            P(
                "Tham dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT huyện Krông Pắc, Đảng ủy, UBND xã Ea"
                " Kly cùng đông đảo cha mẹ học sinh."
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 24 lớp với 912 học sinh, trong đó có 236 học sinh"
                " lớp 6. Nhà trường tiếp tục thực hiện Chương trình giáo dục phổ thông 2018, đẩy mạnh"
                " chuyển đổi số và xây dựng trường học hạnh phúc."
            ),
            Img(
                f"{_U}/2026_09/danh-trong-khai-giang.jpg",
                "Thầy Hiệu trưởng Nguyễn Văn Bình đánh trống khai giảng năm học mới",
                "Thầy Hiệu trưởng Nguyễn Văn Bình đánh trống khai giảng năm học mới",
                "em",
            ),
            P(
                "Sau phần đọc thư của Chủ tịch nước gửi ngành Giáo dục, các em học sinh đã biểu diễn"
                " chương trình văn nghệ chào mừng năm học mới với nhiều tiết mục đặc sắc mang bản sắc"
                " các dân tộc Tây Nguyên."
            ),
        ],
        authors=["Nguyễn Thị Lan"],
        opts={
            "at": datetime(2026, 9, 5, 9, 30),
            "author": "Nguyễn Thị Lan",
            "old_alias": "le-khai-giang-nam-hoc-2026-2027",
            "tags": ["khai-giang"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/news/{story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def sendmail_path(story: Story) -> str:
    return f"/news/sendmail/{story.cat}/{story.slug}-{story.id}.html"


def newest(cat: str | None = None, tag: str | None = None, topic: str | None = None, home: bool = False) -> list[Story]:
    items = [
        s
        for s in STORIES
        if (cat is None or s.cat == cat)
        and (tag is None or tag in s.opts["tags"])
        and (topic is None or s.opts.get("topic") == topic)
        and (not home or s.opts.get("inhome", True))
    ]
    return sorted(items, key=lambda s: s.id, reverse=True)


def cat_pages(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def cat_page_path(cat: str, page: int) -> str:
    return f"/news/{cat}/" if page == 1 else f"/news/{cat}/page-{page}"


# --- the other modules' content ----------------------------------------------------------------


@dataclass(frozen=True)
class Law:
    id: int
    alias: str
    code: str
    title: str
    issued: str
    signer: str
    kind: str
    file: str

    @property
    def path(self) -> str:
        return f"/laws/detail/{self.alias}-{self.id}/"


LAWS: list[Law] = [
    Law(
        38,
        "ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "125/KH-THCSLTT",
        "Kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "20/11/2026",
        "Nguyễn Văn Bình",
        "Kế hoạch",
        "KH-125-kiem-tra-cuoi-HKI.pdf",
    ),
    Law(
        36,
        "quy-che-chi-tieu-noi-bo-nam-2026",
        "98/QĐ-THCSLTT",
        "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
        "23/10/2026",
        "Nguyễn Văn Bình",
        "Quyết định",
        "QD-98-quy-che-chi-tieu-noi-bo-2026.pdf",
    ),
    Law(
        33,
        "ke-hoach-nhiem-vu-nam-hoc-2026-2027",
        "75/KH-THCSLTT",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "15/09/2026",
        "Nguyễn Văn Bình",
        "Kế hoạch",
        "KH-75-nhiem-vu-nam-hoc-2026-2027.pdf",
    ),
    Law(
        30,
        "huong-dan-nhiem-vu-giao-duc-trung-hoc-nam-hoc-2026-2027",
        "1520/PGDĐT-THCS",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027",
        "28/08/2026",
        "Phòng GD&ĐT",
        "Công văn",
        "CV-1520-PGDDT-huong-dan-nhiem-vu-THCS.pdf",
    ),
]
_LAWS_BY_ID = {law.id: law for law in LAWS}

ALBUM_PATH = "/photos/album/hoi-khoe-phu-dong-cap-truong-nam-2026-12/"
ALBUM_PHOTOS = [
    ("hkpd-album-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng cấp trường"),
    ("hkpd-album-02.jpg", "Nội dung chạy 100 m nữ khối 8"),
    ("hkpd-album-03.jpg", "Trận chung kết bóng đá nam giữa 9A1 và 9A4"),
    ("hkpd-album-04.jpg", "Thi đấu cờ vua"),
    ("hkpd-album-05.jpg", "Kéo co khối 6"),
    ("hkpd-album-06.jpg", "Trao huy chương cho các vận động viên"),
]

ABOUT_PAGES: dict[str, tuple[str, list[str]]] = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Trường THCS Lý Tự Trọng được thành lập năm 1996 trên cơ sở tách ra từ Trường PTCS Ea"
            " Kly. Trải qua 30 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị"
            " dẫn đầu phong trào thi đua của ngành giáo dục huyện Krông Pắc.",
            "Năm học 2026 - 2027, nhà trường có 24 lớp với 912 học sinh; 52 cán bộ, giáo viên, nhân"
            " viên, 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo. Trường đạt chuẩn quốc"
            " gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
            "Phương châm của nhà trường: Kỷ cương - Tình thương - Trách nhiệm.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng Nguyễn Văn Bình; Phó Hiệu trưởng Trần Văn Hùng, Phạm Thị"
            " Hồng Nhung.",
            "Các tổ chuyên môn: tổ Toán - Tin, tổ Khoa học tự nhiên, tổ Ngữ văn - Lịch sử và Địa lí,"
            " tổ Ngoại ngữ, tổ Nghệ thuật - Thể chất và tổ Văn phòng.",
            "Các tổ chức đoàn thể: Chi bộ, Công đoàn, Chi đoàn và Liên đội Thiếu niên Tiền phong Hồ"
            " Chí Minh.",
        ],
    ),
}

TIMETABLE = [
    ("Tiết", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"),
    ("1", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "Toán"),
    ("2", "Ngữ văn", "Toán", "Ngữ văn", "Lịch sử và Địa lí", "KHTN", "Tin học"),
    ("3", "Tiếng Anh", "GDCD", "Toán", "Công nghệ", "Ngữ văn", "HĐTN"),
    ("4", "KHTN", "Âm nhạc", "Mĩ thuật", "Toán", "Tiếng Anh", "Sinh hoạt lớp"),
]


# --- gold (by hand) ----------------------------------------------------------------------------


def _vi_alt(story: Story) -> list[str]:
    return ["/vi" + article_path(story)]


GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=_vi_alt(s)) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/",
    "/news/",
    *(cat_page_path(c, n) for c in CATS for n in range(1, cat_pages(c) + 1)),
    *(f"/news/tag/{t}" for t in TAGS),
    *(f"/news/topic/{t}/" for t in TOPICS),
    *(print_path(s) for s in STORIES),
    *(sendmail_path(s) for s in STORIES),
    "/about/",
    *(f"/about/{a}.html" for a in ABOUT_PAGES),
    "/contact/",
    "/laws/",
    *(law.path for law in LAWS),
    "/photos/",
    ALBUM_PATH,
    "/page/thoi-khoa-bieu.html",
    "/users/login/",
    "/rss/",
]


# --- rendering helpers -------------------------------------------------------------------------


def _local(story: Story) -> datetime:
    return story.opts["at"].replace(tzinfo=_LOCAL)


def _publtime(when: datetime) -> str:
    """NukeViet's ``nv_date('l - d/m/Y H:i')`` in Vietnamese."""
    return f"{WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _hometext(story: Story) -> str:
    return story.summary or story.opts.get("hometext", "")


def _thumb(story: Story) -> str | None:
    """The listing thumbnail (NukeViet's ``/assets/news/…`` copy of the home image)."""
    if "homeimg" in story.opts:
        return story.opts["homeimg"]
    for img in story.images:
        if img.style == "home-full":
            return img.src.replace("/uploads/news/", "/assets/news/")
        if img.style == "home-thumb":
            return img.src
    return None


def _b64(value: str) -> str:
    """``nv_base64_encode``: base64 with ``+/=`` written ``-_,``."""
    return base64.b64encode(value.encode()).decode().translate(str.maketrans("+/=", "-_,"))


def _unb64(value: str) -> str:
    raw = value.translate(str.maketrans("-_,", "+/="))
    return base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-8", "replace")


def _t(value: str, story: Story) -> str:
    return text(value, nfd=story.opts.get("enc") == "nfd")


def _para(block: P, story: Story) -> str:
    if block.style.startswith("a|"):
        _, href, phrase = block.style.split("|", 2)
        before, after = block.text.split(phrase, 1)
        inner = f'{_t(before, story)}<a href="{esc(href)}">{_t(phrase, story)}</a>{_t(after, story)}'
    else:
        inner = _t(block.text, story)
    return f'<p style="text-align: justify;">{inner}</p>'


def _image(img: Img, story: Story) -> str:
    tag = f'<img alt="{esc(img.src.rsplit("/", 1)[1])}" height="400" src="{esc(img.src)}" width="600" />'
    if img.style == "figure":
        cap = f"<figcaption>{_t(img.printed, story)}</figcaption>" if img.printed else ""
        return f'<figure class="image"><img src="{esc(img.src)}" alt="">{cap}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "em" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(img.printed, story)}</em></p>'
    elif img.style == "file" and img.printed:
        out += f'\n<p style="text-align: center;">{esc(img.printed)}</p>'
    return out


def _bodyhtml(story: Story) -> str:
    parts: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{_t(blocks[i].text, story)}</li>")
                i += 1
            parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(block, P) and block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                if row.style == "th":
                    cells = "".join(f'<td style="text-align: center;"><strong>{_t(c, story)}</strong></td>' for c in row.text.split(" | "))
                else:
                    cells = "".join(f"<td>{_t(c, story)}</td>" for c in row.text.split(" | "))
                rows.append(f"\t\t<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;">\n\t<tbody>\n'
                + "\n".join(rows)
                + "\n\t</tbody>\n</table>"
            )
            continue
        if isinstance(block, P):
            parts.append(_para(block, story))
        elif isinstance(block, Img):
            parts.append(_image(block, story))
        else:
            parts.append(block.html)
        i += 1
    markup = "\n".join(parts)
    return entity_mix(markup) if story.opts.get("enc") == "entities" else markup


# --- page chrome -------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang nhất", []),
    ("/about/", "Giới thiệu", [(f"/about/{a}.html", t) for a, (t, _) in ABOUT_PAGES.items()]),
    ("/news/", "Tin tức", [(f"/news/{c}/", name) for c, (_, name) in CATS.items()]),
    ("/laws/", "Văn bản", []),
    ("/page/thoi-khoa-bieu.html", "Thời khóa biểu", []),
    ("/photos/", "Thư viện ảnh", []),
    ("/contact/", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for href, label, subs in _MENU:
        cls = ' class="current"' if href == active else ""
        sub = ""
        if subs:
            sub = '<ul class="egt-submenu">' + "".join(f'<li><a href="{h}" title="{esc(t)}">{esc(t)}</a></li>' for h, t in subs) + "</ul>"
        items.append(f'<li{cls}><a href="{href}" title="{esc(label)}">{esc(label)}</a>{sub}</li>')
    return '<nav class="egt-mainmenu"><div class="wraper"><ul class="egt-menu-list">' + "".join(items) + "</ul></div></nav>"


def _left_blocks() -> str:
    notices = "".join(
        f'<li><em class="fa fa-caret-right">&nbsp;</em><a href="/vi{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <span class="egt-date">({_local(s):%d/%m/%Y})</span></li>'
        for s in newest("thong-bao")
    )
    laws = "".join(
        f'<li><a href="{law.path}" title="{esc(law.title)}">{esc(law.code)}</a><p>{esc(law.title)}</p></li>' for law in LAWS[:3]
    )
    return f"""<div class="egt-block">
<h3 class="egt-block-title"><span>Thông báo</span></h3>
<div class="egt-block-content"><ul class="egt-notice-list">{notices}</ul></div>
</div>
<div class="egt-block">
<h3 class="egt-block-title"><span>Văn bản mới</span></h3>
<div class="egt-block-content"><ul class="egt-laws-new">{laws}</ul><p class="text-right"><a href="/laws/">Xem tất cả</a></p></div>
</div>
<div class="egt-block">
<h3 class="egt-block-title"><span>Thành viên</span></h3>
<div class="egt-block-content"><form action="/users/login/" method="post" class="egt-login">
<input type="text" name="nv_login" placeholder="Tên đăng nhập hoặc email" maxlength="100">
<input type="password" name="nv_password" placeholder="Mật khẩu" maxlength="100">
<input type="hidden" name="nv_redirect" value=""><button type="submit" class="btn btn-primary">Đăng nhập</button>
</form></div>
</div>
<div class="egt-block">
<h3 class="egt-block-title"><span>Liên kết</span></h3>
<div class="egt-block-content">
<a href="https://moet.gov.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/bo-gd-dt.png" alt="Bộ Giáo dục và Đào tạo" width="200"></a>
<a href="https://daklak.edu.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/so-gd-dt-dak-lak.png" alt="Sở GD&amp;ĐT Đắk Lắk" width="200"></a>
<select class="form-control" onchange="if(this.value!='')window.open(this.value,'_blank');">
<option value="">-- Liên kết website --</option>
<option value="https://pgdkrongpac.daklak.edu.vn/">Phòng GD&amp;ĐT Krông Pắc</option>
<option value="https://csdl.moet.gov.vn/">Cơ sở dữ liệu ngành</option>
<option value="https://vnedu.vn/">Sổ liên lạc điện tử vnEdu</option>
</select></div>
</div>"""


def _right_blocks() -> str:
    top = sorted(STORIES, key=lambda s: (-s.views(), s.id))[:5]
    tophits = "".join(
        f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in top
    )
    return f"""<div class="egt-block">
<h3 class="egt-block-title"><span>Tin xem nhiều</span></h3>
<div class="egt-block-content"><ol class="egt-tophits">{tophits}</ol></div>
</div>
<div class="egt-block">
<h3 class="egt-block-title"><span>Thống kê truy cập</span></h3>
<div class="egt-block-content egt-counter">
<ul><li><em class="fa fa-bolt">&nbsp;</em>Đang truy cập<span class="pull-right">8</span></li>
<li><em class="fa fa-filter">&nbsp;</em>Máy chủ tìm kiếm<span class="pull-right">2</span></li>
<li><em class="fa fa-user">&nbsp;</em>Khách viếng thăm<span class="pull-right">6</span></li></ul>
<ul><li><em class="fa fa-calendar-o">&nbsp;</em>Hôm nay<span class="pull-right">321</span></li>
<li><em class="fa fa-calendar-o">&nbsp;</em>Tháng hiện tại<span class="pull-right">9.874</span></li>
<li><em class="fa fa-bar-chart">&nbsp;</em>Tổng lượt truy cập<span class="pull-right">456789</span></li></ul>
</div>
</div>
<div class="egt-block">
<h3 class="egt-block-title"><span>Thăm dò ý kiến</span></h3>
<div class="egt-block-content"><form class="egt-voting" action="" onsubmit="return false;">
<p><strong>Bạn biết đến website của nhà trường qua kênh nào?</strong></p>
<div><label><input type="radio" name="option" value="1"> Giáo viên chủ nhiệm giới thiệu</label></div>
<div><label><input type="radio" name="option" value="2"> Nhóm Zalo của lớp</label></div>
<div><label><input type="radio" name="option" value="3"> Tìm kiếm trên Internet</label></div>
<div><label><input type="radio" name="option" value="4"> Kênh khác</label></div>
<input type="button" class="btn btn-success btn-sm" value="Bình chọn" onclick="nv_sendvoting(this.form, '2', '1', 'a3f9c1e07b', '', '0');">
<input type="button" class="btn btn-primary btn-sm" value="Kết quả" onclick="nv_sendvoting(this.form, '2', 0, 'a3f9c1e07b', '', '0');">
</form></div>
</div>
<div class="egt-block"><a href="https://vnedu.vn/" target="_blank" rel="noopener"><img src="/uploads/banners/so-lien-lac-dien-tu.jpg" alt="Sổ liên lạc điện tử" width="220"></a></div>"""


def _crumbs(items: list[tuple[str, str]]) -> str:
    links = ['<li><a href="/" title="Trang nhất"><em class="fa fa-home">&nbsp;</em>Trang nhất</a></li>']
    links += [f'<li><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>' for href, label in items]
    return '<div class="egt-breadcrumb"><ul class="egt-crumbs">' + '<li class="sep">»</li>'.join(links) + "</ul></div>"


def _head(request: Request, title: str, extra: str = "", description: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE)}">
<meta name="author" content="{esc(SITE)}">
<meta name="copyright" content="{esc(SITE)} [thcslytutrong.krongpac.edu.vn]">
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{esc(SITE)}">
{extra}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="{base}/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/style.css">
<link rel="StyleSheet" href="{THEME}/css/style.non-responsive.css">
<link rel="StyleSheet" href="{THEME}/css/news.css">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="{COOKIE}",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=0,nv_recaptcha_ver=2,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js"></script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
<script src="{THEME}/js/main.js"></script>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Organization","url":"{base}","logo":"{base}/uploads/logo-thcs-ly-tu-trong.png"}}</script>
</head>"""


def _theme_links(path: str) -> str:
    back = _b64(path)
    return (
        '<p class="egt-theme-switch">Giao diện: '
        f'<a href="{path}?nvvithemever=d&amp;nv_redirect={back}" rel="nofollow" title="Chuyển sang giao diện Máy tính">Máy tính</a> | '
        f'<a href="{path}?nvvithemever=m&amp;nv_redirect={back}" rel="nofollow" title="Chuyển sang giao diện Di động">Di động</a></p>'
    )


def _page(request: Request, title: str, main: str, *, crumbs: list[tuple[str, str]] | None = None,
          active: str = "", extra: str = "", description: str = "", path: str | None = None) -> str:
    crumb_html = _crumbs(crumbs) if crumbs is not None else ""
    return f"""{_head(request, title, extra, description)}
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div id="egt-wrapper">
<div class="egt-topbar"><div class="wraper clearfix">
<span class="egt-today"><em class="fa fa-calendar">&nbsp;</em>{TODAY}</span>
<ul class="egt-toplinks"><li><a href="/users/login/" rel="nofollow"><em class="fa fa-sign-in">&nbsp;</em>Đăng nhập</a></li><li><a href="/rss/"><em class="fa fa-rss">&nbsp;</em>RSS</a></li></ul>
<form class="egt-search" action="/seek/" method="get"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..."><button type="submit"><em class="fa fa-search"></em></button></form>
</div></div>
<header class="egt-header"><div class="wraper clearfix">
<a class="egt-logo" href="/" title="{esc(SITE)}"><img src="/uploads/logo-thcs-ly-tu-trong.png" alt="{esc(SITE)}" width="110" height="110"></a>
<div class="egt-sitename"><p class="egt-unit">PHÒNG GD&amp;ĐT HUYỆN KRÔNG PẮC</p><p class="egt-school">TRƯỜNG THCS LÝ TỰ TRỌNG</p><p class="egt-slogan">Kỷ cương - Tình thương - Trách nhiệm</p></div>
</div></header>
{_menu(active)}
<div class="egt-marquee wraper"><marquee scrollamount="4">Nhiệt liệt chào mừng 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026!</marquee></div>
<div class="egt-body wraper">
{crumb_html}
<div class="row">
<aside class="col-sm-6 col-md-6 egt-col-left">{_left_blocks()}</aside>
<div class="col-sm-12 col-md-12 egt-col-main">
{main}
</div>
<aside class="col-sm-6 col-md-6 egt-col-right">{_right_blocks()}</aside>
</div>
</div>
<footer class="egt-footer"><div class="wraper">
<div class="egt-footer-info">
<p class="egt-footer-name">{esc(SITE).upper()}</p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Bình - Hiệu trưởng</p>
</div>
<div class="egt-footer-copy">
<p>© Bản quyền thuộc về {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
{_theme_links(path if path is not None else request.path)}
<p class="egt-powered">Powered by <a href="https://nukeviet.vn/" target="_blank" rel="noopener">NukeViet</a> - Edu Gate · Thiết kế bởi <a href="https://vinades.vn/" target="_blank" rel="noopener">VINADES.,JSC</a></p>
</div>
</div></footer>
</div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây</div>
<a href="#" class="egt-gotop" title="Về đầu trang"><em class="fa fa-chevron-up"></em></a>
</body>
</html>"""


# --- news module pages ------------------------------------------------------------------------


def _related_list(title: str, items: list[Story]) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{article_path(s)}" data-content="{esc(_hometext(s))}"'
        f' data-img="{esc(_thumb(s) or "")}" data-rel="tooltip" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <em>({_local(s):%d/%m/%Y})</em></li>'
        for s in items
    )
    return f'<div class="egt-box egt-other-news"><p class="egt-box-title"><strong>{title}</strong></p><ul class="egt-related">{lis}</ul></div>'


def _homeimg_full(img: Img) -> str:
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    return (
        f'<figure class="egt-homeimg egt-center"><img alt="{esc(img.src.rsplit("/", 1)[1][:-4])}" src="{esc(img.src)}"'
        f' width="560" class="img-thumbnail">{cap}</figure>'
    )


def _article(request: Request, story: Story) -> str:
    base = base_url(request)
    when = _local(story)
    link = article_path(story)
    cat_name = CATS[story.cat][1]
    home_imgs = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    hometext = ""
    if story.summary:
        thumb = ""
        if home_imgs and home_imgs[0].style == "home-thumb":
            thumb = (
                f'<div class="egt-homethumb pull-left"><a href="{home_imgs[0].src.replace("/assets/", "/uploads/")}" rel="shadowbox">'
                f'<img alt="{esc(story.opts.get("homealt", ""))}" src="{esc(home_imgs[0].src)}" width="160"></a></div>'
            )
        hometext = f'<div class="egt-hometext clearfix" style="font-weight: bold;">{thumb}{esc(story.summary)}</div>'
    full = "".join(_homeimg_full(i) for i in home_imgs if i.style == "home-full")
    meta = f'<span class="egt-pubtime"><em class="fa fa-clock-o">&nbsp;</em>{_publtime(when)}</span>'
    if "edited" in story.opts:
        meta += f' <span class="egt-edittime">(Cập nhật: {story.opts["edited"]:%d/%m/%Y %H:%M})</span>'
    meta += f' <span class="egt-hits"><em class="fa fa-eye">&nbsp;</em>Đã xem: {story.views()}</span>'
    if "poster" in story.opts:
        meta += f' <span class="egt-poster"><em class="fa fa-user">&nbsp;</em>Đăng bởi: {story.opts["poster"]}</span>'
    tools = (
        '<ul class="egt-tools list-inline">'
        f'<li><a href="{print_path(story)}" target="_blank" rel="nofollow" title="In bài viết"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        f'<li><a href="javascript:void(0);" rel="nofollow" title="Gửi bài viết qua email" onclick="nv_open_browse(\'{sendmail_path(story)}\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        f'<li><a href="{link}#comment" title="Bình luận"><em class="fa fa-comments-o fa-lg">&nbsp;</em>0</a></li>'
        "</ul>"
    )
    files = ""
    if story.opts.get("attach"):
        rows = "".join(
            f'<li><em class="fa fa-file-pdf-o">&nbsp;</em><a href="/uploads/news/files/{name}" title="{name}">{name}</a> <span class="text-muted">({size})</span></li>'
            for name, size in story.opts["attach"]
        )
        files = f'<div class="egt-files"><p class="egt-box-title"><strong>Tập tin đính kèm</strong></p><ul>{rows}</ul></div>'
    author_box = ""
    lines = []
    if story.opts.get("author"):
        lines.append(f'<p class="text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author"])}</p>')
    if story.opts.get("source"):
        name, url = story.opts["source"]
        lines.append(f'<p class="text-right"><strong>Nguồn tin: </strong><a href="{url}" rel="nofollow" target="_blank">{esc(name)}</a></p>')
    if lines:
        author_box = '<div class="egt-author-box">' + "".join(lines) + "</div>"
    schema_author = story.opts.get("author") or SITE
    edited = story.opts.get("edited", story.opts["at"]).replace(tzinfo=_LOCAL)
    tags = story.opts["tags"]
    keywords = ""
    if tags:
        keywords = (
            '<div class="egt-box egt-keywords"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags)
            + "</div>"
        )
    score_n = 3 + story.id % 4
    score = score_n * 4 + story.id % 3
    rating = f"""<div class="egt-box egt-rating"><form id="form3B" action="">
<p id="stringrating">Tổng số điểm của bài viết là: {score} trong {score_n} đánh giá</p>
<div class="star-rating"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém"><input class="hover-star" type="radio" value="2" title="Bài viết kém"><input class="hover-star" type="radio" value="3" title="Bài viết đạt"><input class="hover-star" type="radio" value="4" title="Bài viết tốt"><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt"></div>
<span id="hover-test" class="help-block">Click để đánh giá bài viết</span></form></div>"""
    share = (
        '<div class="egt-box egt-share">Chia sẻ: '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={base}{link}" target="_blank" rel="noopener"><em class="fa fa-facebook-square"></em> Facebook</a> '
        f'<a href="https://sp.zalo.me/share_inline?url={base}{link}" target="_blank" rel="noopener">Zalo</a></div>'
    )
    comment = """<div class="egt-box egt-comment" id="comment"><p class="egt-box-title"><strong>Ý kiến bạn đọc</strong></p>
<p class="text-center">Bạn cần <a href="/users/login/" rel="nofollow">đăng nhập</a> với tư cách là <strong>Thành viên chính thức</strong> để có thể bình luận</p></div>"""
    topic = ""
    if story.opts.get("topic"):
        alias = story.opts["topic"]
        others = [s for s in newest(topic=alias) if s.id != story.id]
        topic = _related_list("Các tin khác cùng chủ đề", others).replace(
            "</ul></div>", f'</ul><p class="text-right"><a title="{esc(TOPICS[alias])}" href="/news/topic/{alias}/">Xem tiếp...</a></p></div>'
        )
    same = newest(story.cat)
    newer = [s for s in same if s.id > story.id][-5:]
    older = [s for s in same if s.id < story.id][:5]
    main = f"""<div class="egt-detail" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="egt-detail-body">
<h1 class="egt-detail-title" itemprop="headline">{esc(story.title)}</h1>
<div class="hidden" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(schema_author)}</span></div>
<span class="hidden" itemprop="datePublished">{when.isoformat()}</span>
<span class="hidden" itemprop="dateModified">{edited.isoformat()}</span>
<span class="hidden" itemprop="mainEntityOfPage">{base}{link}</span>
<div class="hidden" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope><span itemprop="name">{esc(SITE)}</span></div>
<div class="egt-detail-meta clearfix">{meta}{tools}</div>
{hometext}
{full}
<div id="news-bodyhtml" class="bodytext egt-content clearfix">
{_bodyhtml(story)}
</div>
{files}
{author_box}
</div>
</div>
{keywords}
{rating}
{share}
{comment}
{topic}
{_related_list("Những tin mới hơn", newer)}
{_related_list("Những tin cũ hơn", older)}"""
    thumb = _thumb(story)
    extra = f"""<meta property="og:title" content="{esc(story.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(_hometext(story))}">
<meta property="og:url" content="{base}{link}">
{f'<meta property="og:image" content="{base}{thumb}">' if thumb else ""}
<meta property="article:published_time" content="{when.isoformat()}">
<meta property="article:modified_time" content="{edited.isoformat()}">
<meta property="article:section" content="{esc(cat_name)}">
<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in tags))}">
<link rel="canonical" href="{base}{link}">"""
    return _page(
        request,
        f"{story.title} - {cat_name} - {SITE}",
        main,
        crumbs=[("/news/", "Tin tức"), (f"/news/{story.cat}/", cat_name)],
        active="/news/",
        extra=extra,
        description=_hometext(story)[:160],
    )


def _item(story: Story) -> str:
    """One entry of a listing (``viewcat_page_new`` in the Edu Gate theme)."""
    link = article_path(story)
    thumb = _thumb(story) or f"{THEME}/images/no_image.gif"
    teaser = _hometext(story)
    return (
        f'<div class="egt-news-item clearfix"><a class="egt-thumb" href="{link}" title="{esc(story.title)}">'
        f'<img src="{thumb}" alt="{esc(story.title)}" width="150"></a>'
        f'<h3><a href="{link}" title="{esc(story.title)}">{esc(story.title)}</a></h3>'
        f'<div class="egt-item-info"><em class="fa fa-clock-o">&nbsp;</em>{_local(story):%d/%m/%Y %H:%M}'
        f' <em class="fa fa-eye">&nbsp;</em>{story.views()}'
        f' <a href="{link}#comment" title="Bình luận"><em class="fa fa-comment-o">&nbsp;</em>0</a></div>'
        + (f'<p class="egt-item-hometext">{esc(teaser)}</p>' if teaser else "")
        + "</div>"
    )


def _pager(cat: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    prev = f'<li><a href="{cat_page_path(cat, page - 1)}">&laquo;</a></li>' if page > 1 else '<li class="disabled"><a href="#">&laquo;</a></li>'
    nums = "".join(
        '<li class="active"><a href="#">' + str(n) + "</a></li>" if n == page else f'<li><a href="{cat_page_path(cat, n)}">{n}</a></li>'
        for n in range(1, last + 1)
    )
    nxt = f'<li><a href="{cat_page_path(cat, page + 1)}">&raquo;</a></li>' if page < last else '<li class="disabled"><a href="#">&raquo;</a></li>'
    return f'<div class="text-center"><ul class="pagination">{prev}{nums}{nxt}</ul></div>'


def _category(request: Request, cat: str, page: int) -> str:
    name = CATS[cat][1]
    last = cat_pages(cat)
    chunk = newest(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<div class="egt-catpage"><h1 class="egt-cat-title"><a href="/news/{cat}/" title="{esc(name)}">{esc(name)}</a></h1>'
        + "".join(_item(s) for s in chunk)
        + _pager(cat, page, last)
        + "</div>"
    )
    title = f"{name} - Tin tức - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    extra = (
        f'<link rel="canonical" href="{base_url(request)}{cat_page_path(cat, page)}">\n'
        f'<link rel="alternate" href="{base_url(request)}/news/rss/{cat}/" title="Tin tức - {esc(name)}" type="application/rss+xml">'
    )
    return _page(request, title, main, crumbs=[("/news/", "Tin tức"), (f"/news/{cat}/", name)], active="/news/", extra=extra)


def _news_home(request: Request) -> str:
    hot = newest(home=True)[:4]
    slides = "".join(
        f'<div class="egt-hot-item"><a href="{article_path(s)}" title="{esc(s.title)}"><img src="{_thumb(s) or THEME + "/images/no_image.gif"}" alt="{esc(s.title)}">'
        f'<span>{esc(s.title)}</span></a></div>'
        for s in hot
    )
    boxes = []
    for cat, (_, name) in CATS.items():
        items = newest(cat, home=True)
        if not items:
            continue
        first, others = items[0], items[1:3]
        lis = "".join(
            f'<li><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a> <span class="egt-date">({_local(s):%d/%m/%Y})</span></li>'
            for s in others
        )
        boxes.append(
            f'<div class="egt-catbox"><div class="egt-catbox-head"><h2><a href="/news/{cat}/" title="{esc(name)}">{esc(name)}</a></h2>'
            f'<a class="egt-more" href="/news/{cat}/">Xem tiếp</a></div>'
            f'<div class="egt-catbox-first">{_item(first)}</div><ul class="egt-catbox-others">{lis}</ul></div>'
        )
    main = f'<div class="egt-hot"><h2 class="egt-box-title">Tin nổi bật</h2><div class="egt-hot-list">{slides}</div></div>' + "".join(boxes)
    extra = f'<link rel="canonical" href="{base_url(request)}/">'
    return _page(request, f"Tin tức - {SITE}", main, active="/", extra=extra, description=f"Cổng thông tin điện tử {SITE}")


def _tag(request: Request, alias: str) -> str:
    word = TAGS[alias]
    items = newest(tag=alias)
    main = (
        f'<div class="egt-catpage"><h1 class="egt-cat-title">Từ khóa: {esc(word)}</h1>'
        + ("".join(_item(s) for s in items) or '<p class="alert alert-info">Chưa có bài viết nào với từ khóa này.</p>')
        + "</div>"
    )
    return _page(request, f"{word} - Tin tức - {SITE}", main, crumbs=[("/news/", "Tin tức")], active="/news/",
                 extra='<meta name="robots" content="noindex, follow">')


def _topic(request: Request, alias: str) -> str:
    title = TOPICS[alias]
    main = (
        f'<div class="egt-catpage egt-topic"><h1 class="egt-cat-title">{esc(title)}</h1>'
        f'<p class="egt-topic-desc">Chuỗi hoạt động của nhà trường chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026.</p>'
        + "".join(_item(s) for s in newest(topic=alias))
        + "</div>"
    )
    return _page(request, f"{title} - Tin tức - {SITE}", main, crumbs=[("/news/", "Tin tức"), (f"/news/topic/{alias}/", title)], active="/news/")


def _print(request: Request, story: Story) -> str:
    base = base_url(request)
    home_imgs = [b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")]
    image = ""
    for img in home_imgs:
        note = f"<p><em>{esc(img.printed)}</em></p>" if img.printed else ""
        image += f'<div class="imghome"><img alt="" src="{esc(img.src)}" width="460" class="img-thumbnail">{note}</div>'
    author = ""
    if story.opts.get("author"):
        author += f'<p><strong>Tác giả bài viết:</strong> {esc(story.opts["author"])}</p>'
    if story.opts.get("source"):
        author += f'<p><strong>Nguồn tin:</strong> {esc(story.opts["source"][0])}</p>'
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{base}{article_path(story)}">
<link rel="StyleSheet" href="{THEME}/css/print.css"></head>
<body><div id="print">
<div id="hd_print"><h2 class="pull-left">{esc(SITE)}</h2><p class="pull-right"><a href="{base}/">{base}</a></p></div>
<hr>
<div id="content">
<h1>{esc(story.title)}</h1>
<ul class="list-inline"><li>{_publtime(_local(story))}</li><li class="hidden-print"><a href="javascript:;" onclick="window.print()">In ra</a></li><li class="hidden-print"><a href="javascript:;" onclick="window.close()">Đóng cửa sổ này</a></li></ul>
<div id="hometext">{esc(story.summary) if story.summary else ""}</div>
{image}
<div id="bodytext" class="clearfix">{_bodyhtml(story)}</div>
<div id="author">{author}</div>
</div>
<div id="footer"><div id="url"><strong>URL của bản tin này: </strong>{base}{article_path(story)}</div>
<div class="copyright">&copy; {esc(SITE)}</div><div id="contact"><a href="mailto:{EMAIL}">{EMAIL}</a></div></div>
</div></body></html>"""


def _sendmail(request: Request, story: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow"></head>
<body><div class="egt-sendmail"><h2>Gửi bài viết qua email</h2>
<form action="{sendmail_path(story)}" method="post">
<p><label>Tên của bạn</label><input type="text" name="name"></p>
<p><label>Email của bạn</label><input type="email" name="youremail"></p>
<p><label>Email người nhận</label><input type="email" name="email"></p>
<p><label>Nội dung</label><textarea name="content">Tôi nghĩ bạn sẽ quan tâm đến bài viết: {esc(story.title)}</textarea></p>
<input type="hidden" name="checkss" value="8c1f0e2d7a"><input type="hidden" name="send" value="1">
<button type="submit">Gửi bài viết</button></form></div></body></html>"""


# --- feeds and sitemaps -----------------------------------------------------------------------


def _feed(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    items = newest(cat) if cat else newest(home=True)
    title = f"Tin tức - {CATS[cat][1]}" if cat else "Tin tức"
    link = f"{base}/news/{cat}/" if cat else f"{base}/news/"
    entries = "".join(
        f"""
<item>
<title>{esc(s.title)}</title>
<link>{base}{article_path(s)}</link>
<guid isPermaLink="false">news_{s.id}</guid>
<description><![CDATA[{f'<img src="{base}{_thumb(s)}" width="100" align="left" border="0">' if _thumb(s) else ""}{_hometext(s)}]]></description>
<pubDate>{format_datetime(_local(s))}</pubDate>
</item>"""
        for s in items[:30]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="{base}/assets/css/rss.xsl" media="screen"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(title)}</title>
<link>{link}</link>
<atom:link href="{base}/news/rss/{cat + '/' if cat else ''}" rel="self" type="application/rss+xml"/>
<description>{esc(SITE)}</description>
<language>vi</language>
<copyright>{esc(SITE)}</copyright>
<docs>{base}/rss/</docs>
<generator>NukeViet v4.5</generator>
<image><url>{base}/uploads/logo-thcs-ly-tu-trong.png</url><title>{esc(title)}</title><link>{link}</link></image>{entries}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _rss_page(request: Request) -> str:
    rows = '<li><a href="/news/rss/" title="Tin tức"><em class="fa fa-rss">&nbsp;</em>Tin tức</a><ul>'
    rows += "".join(f'<li><a href="/news/rss/{c}/" title="{esc(n)}">{esc(n)}</a></li>' for c, (_, n) in CATS.items())
    rows += "</ul></li>"
    main = f'<div class="egt-box"><h1 class="egt-box-title">RSS</h1><p>Các kênh tin RSS của website:</p><ul class="egt-rss-list">{rows}</ul></div>'
    return _page(request, f"RSS - {SITE}", main, crumbs=[("/rss/", "RSS")])


def _sitemap(request: Request, which: str) -> Response:
    base = base_url(request)
    head = f'<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="{base}/assets/css/sitemap.xsl"?>\n'
    if which == "index":
        body = head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        for name, mod in (("news", "2026-11-24T16:40:00+07:00"), ("about", "2026-08-20T08:00:00+07:00")):
            body += f"<sitemap><loc>{base}/sitemap-vi.{name}.xml</loc><lastmod>{mod}</lastmod></sitemap>\n"
        body += "</sitemapindex>"
    elif which == "news":
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        for s in newest():
            mod = s.opts.get("edited", s.opts["at"]).replace(tzinfo=_LOCAL).isoformat()
            body += f"<url><loc>{base}{article_path(s)}</loc><lastmod>{mod}</lastmod><changefreq>daily</changefreq><priority>0.8</priority></url>\n"
        body += "</urlset>"
    else:
        body = head + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        for alias in ABOUT_PAGES:
            body += f"<url><loc>{base}/about/{alias}.html</loc><lastmod>2026-08-20T08:00:00+07:00</lastmod><changefreq>monthly</changefreq><priority>0.5</priority></url>\n"
        body += "</urlset>"
    return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})


_ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /data/
Disallow: /includes/
Disallow: /install/
Disallow: /modules/
Disallow: /vendor/
Disallow: /users/

Sitemap: {base}/sitemap.xml
"""


# --- other modules ----------------------------------------------------------------------------


def _about_list(request: Request) -> str:
    lis = "".join(f'<li><a href="/about/{a}.html" title="{esc(t)}">{esc(t)}</a></li>' for a, (t, _) in ABOUT_PAGES.items())
    main = f'<div class="egt-box"><h1 class="egt-box-title">Giới thiệu</h1><ul class="egt-page-list">{lis}</ul></div>'
    return _page(request, f"Giới thiệu - {SITE}", main, crumbs=[("/about/", "Giới thiệu")], active="/about/")


def _about(request: Request, alias: str) -> str:
    title, paras = ABOUT_PAGES[alias]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f"""<div class="egt-page"><h1 class="egt-detail-title">{esc(title)}</h1>
<div class="egt-page-body bodytext">{body}</div></div>"""
    extra = f'<link rel="canonical" href="{base_url(request)}/about/{alias}.html">'
    return _page(request, f"{title} - Giới thiệu - {SITE}", main, crumbs=[("/about/", "Giới thiệu"), (f"/about/{alias}.html", title)], active="/about/", extra=extra)


def _timetable(request: Request) -> str:
    rows = "".join(
        "<tr>" + "".join((f"<th>{esc(c)}</th>" if r == 0 else f"<td>{esc(c)}</td>") for c in row) + "</tr>"
        for r, row in enumerate(TIMETABLE)
    )
    main = f"""<div class="egt-page"><h1 class="egt-detail-title">Thời khóa biểu học kỳ I năm học 2026 - 2027</h1>
<div class="egt-page-body bodytext"><p>Áp dụng từ ngày 09/11/2026. Thời khóa biểu lớp 8A1 (buổi sáng):</p>
<table class="table table-bordered">{rows}</table>
<p>Thời khóa biểu các lớp khác xem tại tệp đính kèm: <a href="/uploads/page/TKB-HKI-2026-2027.pdf">TKB-HKI-2026-2027.pdf</a></p></div></div>"""
    return _page(request, f"Thời khóa biểu - {SITE}", main, crumbs=[("/page/thoi-khoa-bieu.html", "Thời khóa biểu")], active="/page/thoi-khoa-bieu.html")


def _contact(request: Request) -> str:
    main = f"""<div class="egt-box egt-contact"><h1 class="egt-box-title">Liên hệ</h1>
<div class="egt-contact-dept"><p><strong>Văn phòng nhà trường</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p><p>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p></div>
<form action="/contact/" method="post" class="egt-contact-form">
<p><label>Họ và tên</label><input type="text" name="ftitle"></p>
<p><label>Email</label><input type="email" name="femail"></p>
<p><label>Điện thoại</label><input type="text" name="fphone"></p>
<p><label>Tiêu đề</label><input type="text" name="fcon"></p>
<p><label>Nội dung</label><textarea name="fcon"></textarea></p>
<input type="hidden" name="checkss" value="4b7e9d2a1c"><button type="submit" name="btsend">Gửi thư</button></form></div>"""
    return _page(request, f"Liên hệ - {SITE}", main, crumbs=[("/contact/", "Liên hệ")], active="/contact/")


def _login(request: Request) -> str:
    main = """<div class="egt-box egt-login-page"><h1 class="egt-box-title">Đăng nhập</h1>
<form action="/users/login/" method="post">
<p><label>Tên đăng nhập hoặc email</label><input type="text" name="nv_login"></p>
<p><label>Mật khẩu</label><input type="password" name="nv_password"></p>
<button type="submit">Đăng nhập</button> <a href="/users/lostpass/" rel="nofollow">Quên mật khẩu?</a></form></div>"""
    return _page(request, f"Đăng nhập - {SITE}", main, crumbs=[("/users/", "Tài khoản")], extra='<meta name="robots" content="noindex, nofollow">')


def _laws(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td>{esc(law.code)}</td><td><a href=\"{law.path}\" title=\"{esc(law.title)}\">{esc(law.title)}</a></td>"
        f"<td>{law.issued}</td><td><a href=\"/uploads/laws/{law.file}\" title=\"Tải về\"><em class=\"fa fa-download\"></em></a></td></tr>"
        for i, law in enumerate(LAWS, 1)
    )
    main = f"""<div class="egt-box egt-laws"><h1 class="egt-box-title">Văn bản</h1>
<table class="table table-striped table-bordered"><thead><tr><th>STT</th><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(request, f"Văn bản - {SITE}", main, crumbs=[("/laws/", "Văn bản")], active="/laws/")


def _law(request: Request, law: Law) -> str:
    main = f"""<div class="egt-box egt-laws-detail"><h1 class="egt-box-title">{esc(law.title)}</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số ký hiệu</th><td>{esc(law.code)}</td></tr>
<tr><th>Ngày ban hành</th><td>{law.issued}</td></tr>
<tr><th>Ngày hiệu lực</th><td>{law.issued}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(law.kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(SITE if law.signer != "Phòng GD&ĐT" else PGD)}</td></tr>
<tr><th>Người ký</th><td>{esc(law.signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(law.title)}</td></tr>
</tbody></table>
<p><strong>Tải về:</strong> <a href="/uploads/laws/{law.file}"><em class="fa fa-file-pdf-o">&nbsp;</em>{law.file}</a></p></div>"""
    return _page(request, f"{law.title} - Văn bản - {SITE}", main, crumbs=[("/laws/", "Văn bản")], active="/laws/")


def _photos(request: Request) -> str:
    main = f"""<div class="egt-box egt-albums"><h1 class="egt-box-title">Thư viện ảnh</h1>
<div class="egt-album-item"><a href="{ALBUM_PATH}" title="Hội khỏe Phù Đổng cấp trường năm 2026"><img src="/uploads/photos/2026_11/hkpd-album-01.jpg" alt="Hội khỏe Phù Đổng cấp trường năm 2026" width="220"></a>
<h3><a href="{ALBUM_PATH}">Hội khỏe Phù Đổng cấp trường năm 2026</a></h3><p>{len(ALBUM_PHOTOS)} ảnh · 12/11/2026</p></div></div>"""
    return _page(request, f"Thư viện ảnh - {SITE}", main, crumbs=[("/photos/", "Thư viện ảnh")], active="/photos/")


def _album(request: Request) -> str:
    grid = "".join(
        f'<div class="egt-photo"><a href="/uploads/photos/2026_11/{f}" rel="shadowbox[album]" title="{esc(c)}"><img src="/uploads/photos/2026_11/{f}" alt="{esc(c)}" width="200"></a><p>{esc(c)}</p></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = f"""<div class="egt-box egt-album"><h1 class="egt-box-title">Hội khỏe Phù Đổng cấp trường năm 2026</h1>
<p class="egt-album-info">Ngày tạo: 12/11/2026 · Lượt xem: 418</p>
<p>Một số hình ảnh Hội khỏe Phù Đổng cấp trường năm 2026.</p>
<div class="egt-photo-grid clearfix">{grid}</div></div>"""
    return _page(request, f"Hội khỏe Phù Đổng cấp trường năm 2026 - Thư viện ảnh - {SITE}", main,
                 crumbs=[("/photos/", "Thư viện ảnh"), (ALBUM_PATH, "Hội khỏe Phù Đổng cấp trường năm 2026")], active="/photos/")


def _seek(request: Request) -> str:
    q = request.params.get("q", "")
    main = f'<div class="egt-box"><h1 class="egt-box-title">Tìm kiếm</h1><p>{"Không tìm thấy kết quả nào phù hợp với từ khóa " + esc(q) if q else "Vui lòng nhập từ khóa tìm kiếm."}</p></div>'
    return _page(request, f"Tìm kiếm - {SITE}", main, crumbs=[("/seek/", "Tìm kiếm")], extra='<meta name="robots" content="noindex, nofollow">')


def _not_found(request: Request) -> Response:
    main = """<div class="egt-box egt-info-die"><h1 class="egt-box-title">Lỗi 404</h1>
<p class="text-center">Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>
<p class="text-center"><a href="/">Quay lại trang chủ</a></p></div>"""
    return html(_page(request, f"Lỗi 404 - {SITE}", main, crumbs=[]), status=404)


# --- routing ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_TOOL = re.compile(r"^/news/(print|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html$")
_CAT = re.compile(r"^/news/([a-z0-9-]+)/(?:page-(\d+))?$")
_LAW = re.compile(r"^/laws/detail/([a-z0-9-]+)-(\d+)/$")
_STATIC_PREFIXES = ("/uploads/", "/assets/", "/themes/")


class EduGateSite:
    """The site's rewrite rules and modules, as a table of paths."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/vi" or path.startswith("/vi/"):
            # the language prefix: every module also answers under /vi/
            path = path[3:] or "/"
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                known = {f"/uploads/laws/{law.file}" for law in LAWS} | {"/uploads/page/TKB-HKI-2026-2027.pdf"}
                known |= {f"/uploads/news/files/{n}" for s in STORIES for n, _ in s.opts.get("attach", [])}
                if path in known:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return _not_found(request)
            return static_file(path) or _not_found(request)
        theme = request.params.get("nvvithemever")
        if theme is not None:
            target = _unb64(request.params["nv_redirect"]) if request.params.get("nv_redirect") else path
            if not target.startswith("/"):
                target = "/"
            response = redirect(target, 302)
            response.headers["Set-Cookie"] = f"{COOKIE}_nvvithemever={theme}; path=/; HttpOnly"
            return response
        if path == "/robots.txt":
            return Response(200, _ROBOTS.format(base=base_url(request)), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return _sitemap(request, "index")
        if path in ("/sitemap-vi.news.xml", "/sitemap-vi.about.xml"):
            return _sitemap(request, path.split(".")[1])
        if path in ("/news/rss/", "/rss/news/"):
            return _feed(request, None)
        if m := re.fullmatch(r"/news/rss/([a-z0-9-]+)/", path):
            return _feed(request, m.group(1)) if m.group(1) in CATS else _not_found(request)
        page = self._page(request, path)
        if page is None:
            return _not_found(request)
        if isinstance(page, Response):
            return page
        return html(page, headers={"Set-Cookie": f"{COOKIE}_sess=3a9d7c2e51f04b6d8e1a; path=/; HttpOnly"})

    def _page(self, request: Request, path: str) -> str | Response | None:
        if path in ("/", "/news/"):
            return _news_home(request)
        if m := _TOOL.match(path):
            story = _BY_ID.get(int(m.group(4)))
            if story is None or (story.cat, story.slug) != (m.group(2), m.group(3)):
                return None
            return _print(request, story) if m.group(1) == "print" else _sendmail(request, story)
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(3)))
            if story is None:
                return None
            if (story.cat, story.slug) != (m.group(1), m.group(2)):
                return redirect(article_path(story), 301)
            return _article(request, story)
        if m := re.fullmatch(r"/news/tag/([a-z0-9-]+)", path):
            return _tag(request, m.group(1)) if m.group(1) in TAGS else None
        if m := re.fullmatch(r"/news/topic/([a-z0-9-]+)/", path):
            return _topic(request, m.group(1)) if m.group(1) in TOPICS else None
        if m := _CAT.match(path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            page = int(m.group(2) or 1)
            if m.group(2) and not 2 <= page <= cat_pages(cat):
                return redirect(f"/news/{cat}/", 301)
            return _category(request, cat, page)
        if m := re.fullmatch(r"/news/([a-z0-9-]+)", path):
            return redirect(f"/news/{m.group(1)}/", 301) if m.group(1) in CATS else None
        if path == "/about/":
            return _about_list(request)
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return _about(request, m.group(1)) if m.group(1) in ABOUT_PAGES else None
        if path == "/page/thoi-khoa-bieu.html":
            return _timetable(request)
        if path == "/contact/":
            return _contact(request)
        if path == "/users/login/":
            return _login(request)
        if path == "/laws/":
            return _laws(request)
        if m := _LAW.match(path):
            law = _LAWS_BY_ID.get(int(m.group(2)))
            return _law(request, law) if law and law.alias == m.group(1) else None
        if path == "/photos/":
            return _photos(request)
        if path == ALBUM_PATH:
            return _album(request)
        if path == "/rss/":
            return _rss_page(request)
        if path == "/seek/":
            return _seek(request)
        return None


def build_site() -> EduGateSite:
    """A fresh site object; every page is rendered per request from the constant data above."""
    return EduGateSite()


def _check_nfc() -> None:
    for s in STORIES:
        for value in (s.title, *(b.text for b in s.blocks if isinstance(b, P))):
            assert unicodedata.is_normalized("NFC", value), s.slug


_check_nfc()
