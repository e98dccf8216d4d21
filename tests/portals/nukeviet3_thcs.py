"""Fixture portal: a lower-secondary school (Trường THCS Đặng Thai Mai, Nghệ An) still on NukeViet 3.4.

Imitates a 2012-era NukeViet 3.4 install that nobody upgraded: the "modern" theme (``div.wrapper``
> ``div.topbar`` / ``div#header`` / ``div.nav`` with a superfish menu and the digital clock, then
``div#body`` > ``div.contentwrapper`` with the module content and a right column of blocks, each
block a ``div.box-border-shadow``), the news module with rewrite on, and the old 3.x modules
around it (about, contact, users, search, download, weblinks, voting, rss). Everything is served
as UTF-8. What it serves:

- Articles at ``/news/<cat-alias>/<alias>-<id>/`` (rewrite form) and at the very same page under
  ``/index.php?language=vi&nv=news&op=<cat-alias>/<alias>-<id>`` (NukeViet's own query form; the
  router maps any ``?nv=<module>&op=<op>`` to ``/<module>/<op>/``). Category menu, listings, "Các
  tin khác" and the RSS feeds link the rewrite form; the cached blocks ("Tin nổi bật" headline
  block on the home page, "Tin mới nhất" in the right column of every page) link the query form,
  as NukeViet 3 blocks built with ``NV_BASE_SITEURL . "index.php?" …`` did. A wrong alias with a
  known id answers 301 to the right address; a missing slash answers 301 to the slashed form.
- The detail page (``div.news_column > div.box-border > div.content-box``): a breadcrumb
  ``div.breakcoup``, the headline ``h1`` in ``div.header-details``, ``div.time`` ("Thứ năm,
  12/11/2026 08:30", NukeViet's ``nv_date('l, d/m/Y H:i')``), the tools ("Gửi bài viết cho bạn
  bè" and "In ra" as ``href="javascript:void(0)"`` with the URL only in ``onclick="NewWindow('…')"``,
  "Lưu bài viết này" as a plain link), the hometext in ``div#hometext`` printed bold, with the
  article's home image beside it (thumb, ``imgposition`` 1) or under it (full, ``imgposition`` 2)
  and its "note" in ``<em>`` under the image; the bodytext in ``div.bodytext`` (CKEditor 3 HTML:
  Latin-1 letters as named entities — ``&agrave;`` ``&ecirc;`` — everything else raw UTF-8),
  images centred with the caption as a centred ``<em>`` line (own paragraph, or after ``<br />``
  in the image's paragraph, or the second row of a CKEditor caption table), then ``div.author``
  "Tác giả: …" and ``div.source`` "Nguồn tin: …" (NukeViet's own fields, printed only when
  filled), "Từ khóa:" links to ``/news/tag/<keyword>/`` (the keyword itself, accents kept,
  percent-encoded), the "Đánh giá bài viết" stars, "Cùng chủ đề" (topic), "Những tin mới hơn"
  and "Các tin khác" lists with dates (``div.other-news``), and "Ý kiến bạn đọc" (existing
  comments, then the comment form with captcha). ``<meta property="og:url">`` and the Facebook
  Like button (``fb:like href``) name the rewrite form.
- Listings: the news home ``/news/`` (and ``/``) in the ``viewcat_main_right`` layout (per
  category the newest article with its hometext and a list of the next three titles);
  ``/news/<cat-alias>/`` in the ``viewcat_page`` layout, three a page, NukeViet 3's
  ``nv_alias_page`` pager "Trang: 1 2 3 Trang sau" with ``/news/<cat-alias>/page-N/``
  (Tin tức - Sự kiện has 3 pages); tags ``/news/tag/<keyword>/``, topics ``/news/topic/<alias>/``.
- RSS: the rss module page ``/rss/`` (HTML list of feeds), ``/rss/news/`` and
  ``/rss/news/<cat-alias>/`` (RSS 2.0; ``<link>`` in the rewrite form); announced in ``<head>``.
- Non-articles: ``/about/gioi-thieu.html``, ``/about/co-cau-to-chuc.html``, ``/contact/``,
  ``/users/`` (+ register, lost password), ``/search/``, ``/download/`` with file entries
  ``/download/<cat>/<file>/`` (register fields + "Tải về" PDF), ``/weblinks/``, ``/voting/``
  (poll results), the print views ``/news/print/<cat>/<alias>-<id>/`` (the whole article again,
  no canonical, "URL của bài viết: …" back to it), the send-to-friend forms
  ``/news/sendmail/<cat>/<alias>-<id>/`` and the save views ``/news/savefile/<cat>/<alias>-<id>/``
  (the article as an HTML file with ``Content-Disposition: attachment``).
- Chrome: header clock ``TODAY``, top menu of modules, search box, "Tin mới nhất" with dates,
  "Thống kê" (Đang truy cập / Hôm nay / Tổng lượt truy cập), "Thăm dò ý kiến", "Đăng nhập thành
  viên", a date/weather block, "Liên kết website" dropdown, banners, footer with address and hotline.

Traps and hard cases: every article under two URLs (query form and rewrite form); print /
sendmail / savefile views repeat each article (print and sendmail only reachable through
``onclick``); an editor-typed "Tin liên quan:" line at the end of one body links an article
deleted long ago (``…-287/``), which answers 301 to its category listing; one article's hometext
is also its first body paragraph (printed twice); one article is typed in NFD ("Unicode tổ hợp");
one article (id 427) has its bodytext pasted from a Word file typed in the TCVN3 (ABC) font
encoding: each paragraph in ``<font face=".VnTime">``, the bytes of the .VnTime font stored as
the Latin-1/cp1252 characters they are (``Tr&shy;&ecirc;ng`` for "Trường", CKEditor having turned
them into named entities) and each capital with a tone mark typed in the ``.VnTimeH`` capitals
font (``<font face=".VnTimeH">ñ</font>y ban`` for "Ủy ban"); its title, hometext and author field
were typed in the admin form and are ordinary Unicode.

Gold (by hand). Articles are the news items; the path is the rewrite form the page's own og:url
and fb:like name (also the RSS ``<link>``); the query form is an alt path. Judgement calls: the
bold hometext is the summary and the body's first paragraph (printed once in the body even where
the editor pasted it again as the first body paragraph, id 436). ``div.time`` is the publication
date, with its time. "Tác giả:" field values are authors, including "Tổ Khoa học tự nhiên" (the
subject group signs as a group); "Nguồn tin:" values are the source; a right-aligned "Tin, ảnh: X"
line in the body gives X as author and photographer; "Ảnh: Y" gives a photographer; a caption
ending "(Ảnh: Hoàng Yến)" is kept as printed and names Hoàng Yến as photographer. Captions are the
``<em>`` line under an image as printed; the home image counts as the article's first image
(its note is its caption; no note → no caption); an image with no line under it has no caption;
listing thumbnails are not article images. Signature lines, the "Tin liên quan:" line, the
"File đính kèm:" line (a file name linking the download entry), comments, tags, rating and the lists are not body. The TCVN3 article's body
is the Unicode text the .VnTime font shows. The timetable rows are body lines, cells joined by
" | ". Categories are the names the breadcrumb prints.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html.entities import codepoint2name
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
    esc,
    gold_record,
    static_file,
    tcvn3_text,
    text,
    to_tcvn3,
)

NAME = "nukeviet3_thcs"
PLATFORM = "nukeviet3"
START_PATH = "/"

SITE = "Trường THCS Đặng Thai Mai"
ADDRESS = "Khối 5, xã Thanh Chương, tỉnh Nghệ An"
PHONE = "0238 3 822 415"
HOTLINE = "0912 604 318"
EMAIL = "thcsdangthaimai@nghean.edu.vn"
THEME = "/themes/modern"
PER_PAGE = 3
MODULE_TITLE = "Tin Tức"
_TZ = timezone(timedelta(hours=7))
_CURRENT = ' class="current"'

CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn"),
    "thong-bao": (3, "Thông báo"),
}
TOPICS: dict[str, str] = {
    "nam-hoc-2026-2027": "Năm học 2026 - 2027",
    "an-toan-truong-hoc": "An toàn trường học",
}
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
_UP = "/uploads/news"

# Story.opts: at ("YYYY-MM-DD HH:MM" local), kw (keywords), topic, homeimg (src, note or None,
# position 1 thumb / 2 full / 0 listing only), tcvn3, nfd, dup_sapo, hot (headline block),
# comments [(name, when, text)], author / source (the NukeViet fields as printed).
# Img styles: em (own centred <em> paragraph), br (<br /> then <em> in the image's paragraph),
# table (CKEditor caption table), bare (no line), home (the hometext image).
STORIES: list[Story] = [
    Story(
        id=438,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:45:00+07:00",
        summary=(
            "Sáng 20/11/2026, Trường THCS Đặng Thai Mai long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND xã Thanh Chương, Ban đại"
            " diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_UP}/2026_11/le-ky-niem-20-11-2026.jpg",
                "Quang cảnh buổi lễ kỷ niệm Ngày Nhà giáo Việt Nam",
                "Quang cảnh buổi lễ kỷ niệm Ngày Nhà giáo Việt Nam",
                "home",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các chi đội biểu diễn với nhiều tiết"
                " mục đặc sắc ca ngợi tình thầy trò, mái trường và quê hương xứ Nghệ."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Nguyễn Văn Hùng, Hiệu trưởng nhà trường ôn lại truyền thống"
                " 44 năm Ngày Nhà giáo Việt Nam, đồng thời điểm lại những kết quả nổi bật của nhà trường"
                " trong năm học 2025 - 2026: 100% học sinh lớp 9 tốt nghiệp THCS, 38 học sinh đạt giải"
                " trong kỳ thi học sinh giỏi cấp tỉnh, 4 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp"
                " tỉnh."
            ),
            Img(
                f"{_UP}/2026_11/tang-hoa-thay-co-20-11.jpg",
                "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
                "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
                "em",
            ),
            P(
                "Thay mặt chính quyền địa phương, đồng chí Phó Chủ tịch UBND xã ghi nhận những đóng góp"
                " của đội ngũ nhà giáo và mong muốn tập thể nhà trường tiếp tục đoàn kết, đổi mới phương"
                " pháp dạy học, xây dựng trường học hạnh phúc."
            ),
            P(
                "Dịp này, nhà trường trao giấy khen cho 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” đợt 1 năm học 2026 - 2027."
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={
            "at": "2026-11-20 10:45",
            "kw": ["ngày nhà giáo việt nam", "tri ân thầy cô"],
            "topic": "nam-hoc-2026-2027",
            "homeimg": 2,
            "hot": True,
            "author": "Nguyễn Thị Thanh Hương",
            "comments": [
                ("Phụ huynh lớp 8A", "20/11/2026 21:14", "Kính chúc các thầy cô luôn mạnh khỏe và hạnh phúc!"),
            ],
        },
    ),
    Story(
        id=436,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-16T15:20:00+07:00",
        summary=(
            "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra giữa học"
            " kỳ I các môn học như sau:"
        ),
        blocks=[
            P(
                "Căn cứ kế hoạch giáo dục năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra giữa học"
                " kỳ I các môn học như sau:"
            ),
            P("Ngày | Buổi sáng (khối 8, 9) | Buổi chiều (khối 6, 7)", "tr"),
            P("Thứ hai 23/11/2026 | Ngữ văn (90 phút) | Ngữ văn (90 phút)", "tr"),
            P("Thứ ba 24/11/2026 | Toán (90 phút) | Toán (90 phút)", "tr"),
            P("Thứ tư 25/11/2026 | Tiếng Anh (60 phút) | Khoa học tự nhiên (60 phút)", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên"
                " môn. Học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo đồ dùng học tập"
                " cần thiết."
            ),
            P("Đề nghị giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh lớp mình phụ trách."),
        ],
        opts={"at": "2026-11-16 15:20", "kw": ["kiểm tra giữa kỳ"], "dup_sapo": True},
    ),
    Story(
        id=435,
        slug="hoc-sinh-gianh-12-giai-tai-hoi-khoe-phu-dong-cap-tinh",
        title="Học sinh Trường THCS Đặng Thai Mai giành 12 giải tại Hội khỏe Phù Đổng cấp tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-13T08:30:00+07:00",
        summary=(
            "Tham gia Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XII năm 2026, đội tuyển của nhà trường"
            " xuất sắc giành 3 huy chương Vàng, 4 huy chương Bạc và 5 huy chương Đồng."
        ),
        sapo_outside=True,
        blocks=[
            Img(f"{_UP}/2026_11/hkpd-cap-tinh-2026.jpg", None, None, "home"),
            P(
                "Hội khỏe Phù Đổng cấp tỉnh năm 2026 diễn ra từ ngày 05 đến 10/11/2026 tại thành phố"
                " Vinh, thu hút hơn 2.000 vận động viên là học sinh các trường phổ thông trong tỉnh tranh"
                " tài ở 12 môn thi đấu."
            ),
            P(
                "Đội tuyển của Trường THCS Đặng Thai Mai gồm 18 vận động viên tham gia các môn điền kinh,"
                " cờ vua, bơi lội và đá cầu. Nổi bật là em Trần Thị Ngọc Ánh (lớp 9C) giành 2 huy chương"
                " Vàng ở nội dung chạy 800 m và 1.500 m nữ."
            ),
            Img(
                f"{_UP}/2026_11/hkpd-ngoc-anh-ve-dich.jpg",
                "Em Trần Thị Ngọc Ánh về đích ở nội dung chạy 1.500 m nữ",
                "Em Trần Thị Ngọc Ánh về đích ở nội dung chạy 1.500 m nữ",
                "br",
            ),
            P(
                "Thành tích trên là kết quả của quá trình tập luyện bền bỉ của các em học sinh cùng sự"
                " hướng dẫn tận tình của các thầy cô giáo bộ môn Giáo dục thể chất."
            ),
        ],
        authors=["Hải Đăng"],
        source="Báo Nghệ An điện tử",
        opts={
            "at": "2026-11-13 08:30",
            "kw": ["hội khỏe phù đổng", "thể thao"],
            "homeimg": 1,
            "hot": True,
            "author": "Hải Đăng",
            "source": ("Báo Nghệ An điện tử", "https://baonghean.vn"),
            "comments": [
                ("Nguyễn Văn Bình", "13/11/2026 20:05", "Chúc mừng các em, rất tự hào về trường mình!"),
                ("Cựu học sinh khóa 2015", "14/11/2026 07:42", "Xin chúc mừng thầy cô và các em."),
            ],
        },
    ),
    Story(
        id=433,
        slug="hoi-thao-chuyen-de-doi-moi-phuong-phap-day-hoc-ngu-van-9",
        title="Hội thảo chuyên đề đổi mới phương pháp dạy học môn Ngữ văn 9",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-10T16:05:00+07:00",
        summary=(
            "Ngày 07/11/2026, tổ Khoa học xã hội tổ chức hội thảo chuyên đề “Dạy học đọc hiểu văn bản"
            " theo thể loại trong chương trình Ngữ văn 9”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham dự hội thảo có Ban Giám hiệu, toàn thể giáo viên tổ Khoa học xã hội và giáo viên"
                " Ngữ văn của hai trường THCS lân cận trong cụm chuyên môn."
            ),
            P(
                "Cô giáo Phan Thị Thu Trang thực hiện tiết dạy minh họa bài “Chuyện người con gái Nam"
                " Xương” tại lớp 9A. Tiết dạy được thiết kế theo hướng tổ chức cho học sinh hoạt động"
                " nhóm, sử dụng phiếu học tập và sơ đồ tư duy để khám phá đặc trưng của truyện truyền kỳ."
            ),
            Img(
                f"{_UP}/2026_11/tiet-day-minh-hoa-ngu-van-9.jpg",
                "Cô giáo Phan Thị Thu Trang thực hiện tiết dạy minh họa tại lớp 9A",
                "Cô giáo Phan Thị Thu Trang thực hiện tiết dạy minh họa tại lớp 9A",
                "table",
            ),
            P(
                "Trong phần thảo luận, các giáo viên đã trao đổi về cách thiết kế câu hỏi đọc hiểu theo"
                " các mức độ nhận biết, thông hiểu, vận dụng và cách đánh giá năng lực đọc của học sinh"
                " qua các sản phẩm học tập."
            ),
            Img(f"{_UP}/2026_11/z5938124470112_3b8c1e0f.jpg", None, None, "bare"),
            P(
                "Kết thúc hội thảo, tổ chuyên môn thống nhất nhân rộng cách tổ chức dạy học này trong các"
                " tiết học đọc hiểu của học kỳ I."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Văn Toàn</strong></p>'),
        ],
        authors=["Lê Văn Toàn"],
        photographers=["Lê Văn Toàn"],
        opts={"at": "2026-11-10 16:05", "kw": ["ngữ văn", "chuyên đề"]},
    ),
    Story(
        id=431,
        slug="lien-doi-to-chuc-hoi-thi-nghi-thuc-doi-nam-hoc-2026-2027",
        title="Liên đội tổ chức Hội thi “Nghi thức Đội” năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T09:15:00+07:00",
        summary=(
            "Nhằm chào mừng kỷ niệm Ngày Nhà giáo Việt Nam 20/11, Liên đội Trường THCS Đặng Thai Mai"
            " tổ chức Hội thi “Nghi thức Đội” cho 16 chi đội khối 6, 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi gồm hai phần: phần thi nghi thức Đội với các động tác chào cờ, báo cáo, tập hợp"
                " đội hình và phần thi trống, kèn theo chủ đề tự chọn."
            ),
            Img(
                f"{_UP}/2026_11/hoi-thi-nghi-thuc-doi-01.jpg",
                "Chi đội 7B trong phần thi tập hợp đội hình",
                "Chi đội 7B trong phần thi tập hợp đội hình",
                "em",
            ),
            P(
                "Các chi đội đã chuẩn bị chu đáo, thể hiện các động tác đều, đẹp, đúng nghi thức. Ban giám"
                " khảo đánh giá cao sự tiến bộ của các chi đội khối 6 dù mới làm quen với nghi thức Đội."
            ),
            Img(
                f"{_UP}/2026_11/hoi-thi-nghi-thuc-doi-02.jpg",
                "Ban tổ chức trao giải Nhất cho Chi đội 6A",
                "Ban tổ chức trao giải Nhất cho Chi đội 6A",
                "em",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho Chi đội 6A, 2 giải Nhì cho Chi đội 7B, 7D và"
                " 3 giải Ba cho các Chi đội 6C, 6E, 7A."
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Trần Bảo Ngọc</em></p>'),
        ],
        authors=["Hoàng Văn Lâm"],
        photographers=["Trần Bảo Ngọc"],
        opts={
            "at": "2026-11-06 09:15",
            "kw": ["liên đội", "nghi thức đội"],
            "author": "Hoàng Văn Lâm",
            "hot": True,
        },
    ),
    Story(
        id=429,
        slug="thong-bao-tuyen-thanh-vien-cau-lac-bo-tieng-anh",
        title="Thông báo tuyển thành viên Câu lạc bộ Tiếng Anh năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-03T14:00:00+07:00",
        summary=(
            "Câu lạc bộ Tiếng Anh “Happy English” thông báo tuyển thành viên mới là học sinh khối 6,"
            " 7 yêu thích môn Tiếng Anh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Câu lạc bộ sinh hoạt vào chiều thứ Năm hằng tuần, từ 15 giờ 00 đến 16 giờ 30 tại phòng"
                " học bộ môn Ngoại ngữ. Nội dung sinh hoạt gồm luyện nghe nói, trò chơi ngôn ngữ, hát và"
                " kể chuyện bằng tiếng Anh."
            ),
            P("Học sinh đăng ký với giáo viên chủ nhiệm hoặc cô Võ Thị Lan Anh trước ngày 12/11/2026."),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="/download/bieu-mau/don-dang-ky-clb-tieng-anh/">'
                "Don_dang_ky_CLB_Tieng_Anh.pdf</a></p>"
            ),
        ],
        opts={"at": "2026-11-03 14:00", "kw": ["câu lạc bộ", "tiếng anh"]},
    ),
    Story(
        id=427,
        slug="hoi-khuyen-hoc-xa-trao-20-suat-hoc-bong-cho-hoc-sinh-vuot-kho",
        title="Hội Khuyến học xã trao 20 suất học bổng cho học sinh vượt khó học tốt",
        cat="tin-tuc-su-kien",
        published_at="2026-10-29T10:20:00+07:00",
        summary=(
            "Chiều 27/10/2026, Hội Khuyến học xã Thanh Chương phối hợp với nhà trường trao 20 suất"
            " học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học tốt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 1.500.000 đồng cùng một bộ sách giáo khoa và đồ dùng học tập."
                " Tổng kinh phí hơn 35 triệu đồng do các nhà hảo tâm, cựu học sinh và doanh nghiệp trên"
                " địa bàn ủng hộ."
            ),
            P(
                "Phát biểu tại buổi lễ, ông Đinh Văn Quế, Chủ tịch Hội Khuyến học xã mong các em tiếp tục"
                " nỗ lực vươn lên, học tập thật tốt để không phụ lòng gia đình, thầy cô và những tấm lòng"
                " hảo tâm."
            ),
            P(
                "Em Nguyễn Thị Hoài Thương, học sinh lớp 8B, xúc động chia sẻ: “Em xin cảm ơn các bác,"
                " các cô chú đã quan tâm, giúp đỡ. Em sẽ cố gắng học tập để đạt kết quả cao hơn”."
            ),
            P(
                "Ủy ban nhân dân xã đề nghị nhà trường tiếp tục phối hợp với Hội Khuyến học rà soát, lập"
                " danh sách học sinh khó khăn để kịp thời hỗ trợ trong năm học."
            ),
        ],
        authors=["Phạm Thị Thu Hà"],
        opts={
            "at": "2026-10-29 10:20",
            "kw": ["khuyến học", "học bổng"],
            "tcvn3": True,
            "author": "Phạm Thị Thu Hà",
        },
    ),
    Story(
        id=424,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-khoa-hoc-tu-nhien",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Khoa học tự nhiên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T17:30:00+07:00",
        summary=(
            "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, chiều 20/10/2026, tổ"
            " Khoa học tự nhiên tổ chức dự giờ, phân tích tiết học môn Khoa học tự nhiên 7."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết học bài “Tốc độ chuyển động” do thầy Hồ Sỹ Nam thực hiện tại lớp 7C. Giáo viên tổ"
                " chức cho học sinh đo quãng đường, thời gian chuyển động của xe đồ chơi và tự rút ra công"
                " thức tính tốc độ."
            ),
            Img(f"{_UP}/2026_10/nghien-cuu-bai-hoc-khtn-7.jpg", None, None, "bare"),
            P(
                "Khi phân tích tiết học, các giáo viên tập trung quan sát hoạt động học của học sinh:"
                " những em nào tham gia tích cực, những em nào còn lúng túng và nguyên nhân vì sao, từ"
                " đó đề xuất điều chỉnh nhiệm vụ học tập cho phù hợp."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên trong tổ chia sẻ kinh nghiệm, nâng cao năng lực thiết kế"
                " và tổ chức các hoạt động học theo hướng phát triển phẩm chất, năng lực học sinh."
            ),
        ],
        authors=["Tổ Khoa học tự nhiên"],
        opts={"at": "2026-10-22 17:30", "kw": ["nghiên cứu bài học"], "author": "Tổ Khoa học tự nhiên"},
    ),
    Story(
        id=421,
        slug="tuyen-truyen-an-toan-giao-thong-cho-hoc-sinh-nam-hoc-2026-2027",
        title="Tuyên truyền an toàn giao thông cho học sinh năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-15T08:00:00+07:00",
        summary=(
            "Sáng 12/10/2026, nhà trường phối hợp với Công an xã Thanh Chương tổ chức buổi tuyên"
            " truyền pháp luật về an toàn giao thông cho hơn 900 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tuyên truyền, báo cáo viên đã phổ biến những quy định cơ bản của Luật Trật tự,"
                " an toàn giao thông đường bộ, các lỗi vi phạm thường gặp ở lứa tuổi học sinh như đi xe"
                " đạp dàn hàng ngang, không đội mũ bảo hiểm khi ngồi sau xe mô tô, xe gắn máy."
            ),
            Img(
                f"{_UP}/2026_10/tuyen-truyen-atgt-2026.jpg",
                "Báo cáo viên Công an xã tuyên truyền cho học sinh",
                "Báo cáo viên Công an xã tuyên truyền cho học sinh",
                "em",
            ),
            P(
                "Học sinh được hướng dẫn kỹ năng đi xe đạp an toàn, cách sang đường đúng quy định và tham"
                " gia trả lời các câu hỏi tình huống, nhận nhiều phần quà từ Ban tổ chức."
            ),
            P(
                "Nhà trường yêu cầu 100% học sinh ký cam kết chấp hành nghiêm các quy định về an toàn giao"
                " thông và đề nghị cha mẹ học sinh không giao xe máy cho con em chưa đủ tuổi điều khiển."
            ),
        ],
        authors=["Nguyễn Đình Khoa"],
        source="Công an xã Thanh Chương",
        opts={
            "at": "2026-10-15 08:00",
            "kw": ["an toàn giao thông"],
            "topic": "an-toan-truong-hoc",
            "nfd": True,
            "author": "Nguyễn Đình Khoa",
            "source": ("Công an xã Thanh Chương", None),
        },
    ),
    Story(
        id=418,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-08T07:45:00+07:00",
        summary=(
            "Nhà trường ban hành kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học"
            " 2026 - 2027 nhằm tuyển chọn giáo viên tham gia hội thi cấp tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng dự thi là giáo viên đang trực tiếp giảng dạy tại trường, có ít nhất 02 năm"
                " công tác, được tổ chuyên môn giới thiệu."
            ),
            P(
                "Hội thi gồm hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành"
                " dạy 02 tiết trên lớp. Thời gian tổ chức từ ngày 09/11 đến 04/12/2026."
            ),
            P("Các tổ chuyên môn gửi danh sách giáo viên đăng ký dự thi về Phó Hiệu trưởng trước ngày 30/10/2026."),
        ],
        opts={"at": "2026-10-08 07:45", "kw": ["giáo viên dạy giỏi"], "topic": "nam-hoc-2026-2027"},
    ),
    Story(
        id=415,
        slug="don-nhan-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Đón nhận Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-tuc-su-kien",
        published_at="2026-09-29T15:40:00+07:00",
        summary=(
            "Chiều 26/9/2026, Trường THCS Đặng Thai Mai tổ chức lễ đón nhận Bằng công nhận trường"
            " đạt chuẩn quốc gia mức độ 1 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Sau 5 năm nỗ lực phấn đấu, với sự quan tâm của các cấp chính quyền và sự chung tay của"
                " cha mẹ học sinh, nhà trường đã đầu tư xây mới khu nhà học bộ môn 3 tầng, nhà đa năng,"
                " bổ sung trang thiết bị dạy học hiện đại."
            ),
            Img(
                f"{_UP}/2026_09/don-bang-chuan-quoc-gia.jpg",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng công nhận cho nhà trường",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Nguyễn Văn Hùng khẳng định đây là niềm vinh dự,"
                " đồng thời là trách nhiệm để tập thể nhà trường tiếp tục giữ vững và nâng cao chất lượng"
                " giáo dục toàn diện."
            ),
            Img(
                f"{_UP}/2026_09/cat-bang-khanh-thanh-nha-hoc.jpg",
                "Các đại biểu cắt băng khánh thành khu nhà học bộ môn",
                "Các đại biểu cắt băng khánh thành khu nhà học bộ môn",
                "br",
            ),
            Raw('<p style="text-align: right;"><em>Ảnh: Hoàng Yến</em></p>'),
        ],
        authors=["Trần Minh Đức"],
        photographers=["Hoàng Yến"],
        opts={
            "at": "2026-09-29 15:40",
            "kw": ["chuẩn quốc gia", "kiểm định chất lượng"],
            "topic": "nam-hoc-2026-2027",
            "author": "Trần Minh Đức",
        },
    ),
    Story(
        id=412,
        slug="tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien",
        title="Tập huấn chuyển đổi số trong dạy học cho giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-18T14:10:00+07:00",
        summary=(
            "Trong hai ngày 16 và 17/9/2026, nhà trường tổ chức tập huấn ứng dụng công nghệ thông tin"
            " và chuyển đổi số trong dạy học cho 52 cán bộ, giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Nội dung tập huấn gồm: khai thác kho học liệu số của ngành, sử dụng phần mềm trình chiếu"
                " và công cụ tạo câu hỏi trắc nghiệm trực tuyến, quản lý hồ sơ chuyên môn và sổ điểm điện"
                " tử trên hệ thống cơ sở dữ liệu ngành."
            ),
            P(
                "Báo cáo viên là các thầy cô trong tổ Toán - Tin có kinh nghiệm ứng dụng công nghệ thông"
                " tin trong dạy học. Sau mỗi nội dung, giáo viên được thực hành trực tiếp trên máy tính"
                " tại phòng tin học."
            ),
            P(
                "Kết thúc đợt tập huấn, mỗi giáo viên hoàn thành một bài giảng điện tử và một bộ câu hỏi"
                " kiểm tra trực tuyến để sử dụng trong học kỳ I."
            ),
        ],
        authors=["Lê Thị Mai"],
        opts={"at": "2026-09-18 14:10", "kw": ["chuyển đổi số", "tập huấn"], "author": "Lê Thị Mai"},
    ),
    Story(
        id=409,
        slug="ron-rang-le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05T09:30:00+07:00",
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, gần 950 học sinh Trường THCS Đặng Thai Mai"
            " hân hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            Img(
                f"{_UP}/2026_09/khai-giang-2026-2027.jpg",
                "Học sinh khối 6 tiến vào lễ đài",
                "Học sinh khối 6 tiến vào lễ đài",
                "home",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 26 lớp với 948 học sinh, trong đó 238 học sinh lớp 6"
                " được tuyển mới. Đội ngũ cán bộ, giáo viên, nhân viên gồm 58 người, 100% đạt chuẩn và"
                " trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành giáo dục nhân dịp khai"
                " giảng năm học mới và phát động phong trào thi đua “Dạy tốt - Học tốt” trong toàn trường."
            ),
            Img(
                f"{_UP}/2026_09/danh-trong-khai-giang.jpg",
                "Thầy Hiệu trưởng đánh trống khai trường (Ảnh: Hoàng Yến)",
                "Thầy Hiệu trưởng đánh trống khai trường (Ảnh: Hoàng Yến)",
                "em",
            ),
            P(
                "Nhân dịp này, Hội Cha mẹ học sinh và các nhà hảo tâm trao 30 suất quà cho học sinh có"
                " hoàn cảnh khó khăn, mỗi suất gồm một chiếc xe đạp hoặc bộ sách giáo khoa mới."
            ),
            Raw(
                '<p><strong>Tin liên quan:</strong> <a href="/news/tin-tuc-su-kien/'
                'le-khai-giang-nam-hoc-2025-2026-287/">Lễ khai giảng năm học 2025 - 2026</a></p>'
            ),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        photographers=["Hoàng Yến"],
        opts={
            "at": "2026-09-05 09:30",
            "kw": ["khai giảng"],
            "topic": "nam-hoc-2026-2027",
            "homeimg": 1,
            "author": "Nguyễn Thị Thanh Hương",
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
OLD_LINK = "/news/tin-tuc-su-kien/le-khai-giang-nam-hoc-2025-2026-287/"


def article_path(s: Story) -> str:
    """The rewrite form: what og:url, fb:like, the menu's listings and the RSS name."""
    return f"/news/{s.cat}/{s.slug}-{s.id}/"


def query_path(s: Story) -> str:
    """NukeViet's own query form, which the cached blocks link."""
    return f"/index.php?language=vi&nv=news&op={s.cat}/{s.slug}-{s.id}"


def newest(cat: str | None = None) -> list[Story]:
    return sorted((s for s in STORIES if cat is None or s.cat == cat), key=lambda s: s.id, reverse=True)


def _pages(cat: str) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def _kw_alias(kw: str) -> str:
    return kw.replace(" ", "-")


def _kw_href(kw: str) -> str:
    return f"/news/tag/{quote(_kw_alias(kw))}/"


KEYWORDS: list[str] = sorted({k for s in STORIES for k in s.opts.get("kw", [])})


class Download:
    def __init__(self, cat: str, alias: str, title: str, number: str, date: str, size: str, hits: int):
        self.cat, self.alias, self.title, self.number, self.date, self.size, self.hits = (
            cat, alias, title, number, date, size, hits,
        )  # fmt: skip

    @property
    def path(self) -> str:
        return f"/download/{self.cat}/{self.alias}/"

    @property
    def file(self) -> str:
        return f"/uploads/download/{self.cat}/{self.alias}.pdf"


DOWNLOAD_CATS = {"van-ban-chi-dao": "Văn bản chỉ đạo", "bieu-mau": "Biểu mẫu"}
DOWNLOADS = [
    Download("van-ban-chi-dao", "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
             "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "125/KH-THCSĐTM", "10/09/2026", "412 KB", 318),
    Download("van-ban-chi-dao", "quy-che-chi-tieu-noi-bo-nam-2026",
             "Quy chế chi tiêu nội bộ năm 2026", "08/QC-THCSĐTM", "15/01/2026", "236 KB", 141),
    Download("bieu-mau", "don-dang-ky-clb-tieng-anh",
             "Đơn đăng ký tham gia Câu lạc bộ Tiếng Anh", "", "03/11/2026", "38 KB", 57),
]  # fmt: skip
_DL_BY_PATH = {d.path: d for d in DOWNLOADS}
_DL_FILES = {d.file for d in DOWNLOADS}

ABOUT = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            f"{SITE} được thành lập năm 1964, tiền thân là Trường cấp II Thanh Chương. Trải qua hơn 60"
            " năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu trong phong trào giáo dục của"
            " địa phương.",
            "Năm học 2026 - 2027, nhà trường có 26 lớp với 948 học sinh; 58 cán bộ, giáo viên, nhân"
            " viên. Trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: Thầy Nguyễn Văn Hùng. Phó Hiệu trưởng: Cô Lê Thị Mai, Thầy Trần Minh Đức.",
            "Các tổ chuyên môn: tổ Khoa học tự nhiên, tổ Khoa học xã hội, tổ Toán - Tin, tổ Ngoại ngữ"
            " - Nghệ thuật - Thể chất và tổ Văn phòng.",
        ],
    ),
}

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=[query_path(s)]) for s in newest()
]

NON_ARTICLES: list[str] = [
    "/",
    "/news/",
    *(f"/news/{c}/" for c in CATS),
    *(f"/news/{c}/page-{n}/" for c in CATS for n in range(2, _pages(c) + 1)),
    *(_kw_href(k) for k in KEYWORDS),
    *(f"/news/topic/{t}/" for t in TOPICS),
    *(f"/news/print/{s.cat}/{s.slug}-{s.id}/" for s in newest()),
    *(f"/news/sendmail/{s.cat}/{s.slug}-{s.id}/" for s in newest()),
    *(f"/news/savefile/{s.cat}/{s.slug}-{s.id}/" for s in newest()),
    "/rss/",
    *(f"/about/{a}.html" for a in ABOUT),
    "/contact/",
    "/users/",
    "/users/register/",
    "/users/lostpass/",
    "/search/",
    "/download/",
    *(f"/download/{c}/" for c in DOWNLOAD_CATS),
    *(d.path for d in DOWNLOADS),
    "/weblinks/",
    "/voting/",
]

# --------------------------------------------------------------------------- rendering


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


def _publtime(s: Story) -> str:
    w = _when(s)
    return f"{WEEKDAYS[w.weekday()]}, {w:%d/%m/%Y %H:%M}"


def _ck3(markup: str) -> str:
    """CKEditor 3's default output: Latin-1 letters and typographic marks as named entities."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch))
        if name and (0xA0 <= ord(ch) <= 0xFF or ch in "“”‘’–—…"):
            out.append(f"&{name};")
        else:
            out.append(ch)
    return "".join(out)


def _vntime(value: str) -> str:
    """A paragraph as the Word file typed it in .VnTime: TCVN3 bytes shown as cp1252 characters."""
    return to_tcvn3(tcvn3_text(value)).decode("cp1252")


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _image(s: Story, img: Img) -> str:
    alt = esc(img.caption or img.src.rsplit("/", 1)[1])
    tag = f'<img alt="{alt}" src="{esc(img.src)}" width="500" height="333" />'
    line = _t(s, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;"><tbody>'
            f'<tr><td style="text-align: center;">{tag}</td></tr>'
            f'<tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "br":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    if img.style == "em":
        return f'<p align="center">{tag}</p>\n<p align="center"><em>{line}</em></p>'
    return f'<p align="center">{tag}</p>'


def _bodytext(s: Story) -> str:
    parts: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "home")]
    if s.opts.get("tcvn3"):
        for b in blocks:
            assert isinstance(b, P)
            parts.append(
                f'<p style="text-align: justify;"><font face=".VnTime" size="3">{_vntime(b.text)}</font></p>'
            )
        return _ck3("\n".join(parts))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cell = "th" if first else "td"
                rows.append("<tr>" + "".join(f"<{cell}>{_t(s, c)}</{cell}>" for c in blocks[i].text.split(" | ")) + "</tr>")
                first = False
                i += 1
            parts.append(f'<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>{"".join(rows)}</tbody></table>')
            continue
        if isinstance(b, P):
            parts.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        elif isinstance(b, Img):
            parts.append(_image(s, b))
        else:
            parts.append(b.html)
        i += 1
    return _ck3("\n".join(parts))


def _homeimg(s: Story) -> Img | None:
    return next((b for b in s.blocks if isinstance(b, Img) and b.style == "home"), None)


def _thumb(s: Story) -> str:
    first = next((b for b in s.blocks if isinstance(b, Img)), None)
    if first is None:
        return f"{THEME}/images/no_image.gif"
    return "/files/news/thumb/" + first.src.rsplit("/", 1)[1]


def _hometext_block(s: Story) -> str:
    img = _homeimg(s)
    sapo = f"<b>{esc(s.summary or '')}</b>"
    if img is None:
        return f'<div id="hometext" class="short-desc clearfix">{sapo}</div>'
    alt = esc(img.caption or s.title)
    note = f"<p><em>{esc(img.printed)}</em></p>" if img.printed else ""
    if s.opts.get("homeimg") == 1:
        return (
            '<div id="hometext" class="short-desc clearfix">'
            f'<div id="imghome" class="fl left" style="width:200px;margin-right:10px;">'
            f'<a href="{esc(img.src)}" rel="shadowbox" title="{esc(s.title)}">'
            f'<img alt="{alt}" src="{esc(img.src)}" width="200" /></a>{note}</div>{sapo}</div>'
        )
    note = f'<p style="text-align: center;"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return (
        f'<div id="hometext" class="short-desc clearfix">{sapo}</div>'
        f'<div style="width:500px;margin:10px auto;"><img alt="{alt}" src="{esc(img.src)}" width="500" />{note}</div>'
    )


def _a(href: str, title: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a{c} title="{esc(title)}" href="{esc(href)}">{esc(title)}</a>'


def _block(title: str, content: str, cls: str = "") -> str:
    return (
        f'<div class="box-border-shadow m-bottom {cls}"><div class="header-block1"><h3><span>{esc(title)}</span></h3></div>'
        f'<div class="content-box">{content}</div></div>'
    )


def _right_column() -> str:
    latest = "".join(
        f'<li class="clearfix"><a title="{esc(s.title)}" href="{esc(query_path(s))}">{esc(s.title)}</a>'
        f' <span class="small">({_when(s):%d/%m/%Y})</span></li>'
        for s in newest()[:6]
    )
    topics = "".join(f'<li><a title="{esc(t)}" href="/news/topic/{a}/">{esc(t)}</a></li>' for a, t in TOPICS.items())
    counter = (
        '<ul class="counter"><li><span class="fl">Đang truy cập</span><span class="fr">:&nbsp;17</span></li>'
        '<li><span class="fl">Hôm nay</span><span class="fr">:&nbsp;412</span></li>'
        '<li><span class="fl">Tháng hiện tại</span><span class="fr">:&nbsp;10.946</span></li>'
        '<li><span class="fl">Tổng lượt truy cập</span><span class="fr">:&nbsp;1.284.553</span></li></ul>'
    )
    voting = (
        '<form action="/voting/" method="post"><p><strong>Bạn biết đến website của nhà trường qua đâu?</strong></p>'
        '<p><input type="radio" name="option" value="1" /> Giáo viên chủ nhiệm giới thiệu</p>'
        '<p><input type="radio" name="option" value="2" /> Nhóm Zalo của lớp</p>'
        '<p><input type="radio" name="option" value="3" /> Tìm kiếm trên Google</p>'
        '<p><input type="radio" name="option" value="4" /> Bạn bè, người thân</p>'
        '<input type="hidden" name="vid" value="2" /><input class="button" type="submit" value="Bình chọn" />'
        ' <a href="/voting/">Xem kết quả</a></form>'
    )
    login = (
        '<form action="/users/login/" method="post" class="login clearfix">'
        '<p><label for="block_login_iavim">Tên truy cập:</label> <input id="block_login_iavim" name="nv_login" type="text" class="input" maxlength="20" /></p>'
        '<p><label for="block_password_iavim">Mật khẩu:</label> <input id="block_password_iavim" type="password" name="nv_password" class="input" maxlength="20" /></p>'
        '<p><input type="submit" class="button" value="Đăng nhập" /></p>'
        '<p><a title="Đăng ký" href="/users/register/">Đăng ký</a> | <a title="Quên mật khẩu?" href="/users/lostpass/">Quên mật khẩu?</a></p></form>'
    )
    weather = (
        f'<div class="lich"><p class="ngay">{TODAY}</p><p>Âm lịch: ngày 17 tháng 10 năm Bính Ngọ</p>'
        '<p class="thoitiet">Nghệ An: 23°C - 29°C, nhiều mây, có mưa rào nhẹ</p></div>'
    )
    links = (
        '<select name="lienket" onchange="window.open(this.value)" style="width:100%">'
        '<option value="">--- Liên kết website ---</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>'
        '<option value="https://nghean.gov.vn">Cổng TTĐT tỉnh Nghệ An</option></select>'
        '<p><a href="https://moet.gov.vn" target="_blank"><img src="/uploads/banners/bo-gddt.gif" alt="Bộ Giáo dục và Đào tạo" width="200" /></a></p>'
        '<p><a href="https://truonghocketnoi.edu.vn" target="_blank"><img src="/uploads/banners/truong-hoc-ket-noi.jpg" alt="Trường học kết nối" width="200" /></a></p>'
    )
    return (
        '<div class="col-right fr">'
        + _block("Lịch - Thời tiết", weather)
        + _block("Tin mới nhất", f'<ul class="block_news">{latest}</ul>')
        + _block("Chủ đề", f'<ul class="block_topic">{topics}</ul>')
        + _block("Đăng nhập thành viên", login)
        + _block("Thăm dò ý kiến", voting)
        + _block("Thống kê", counter)
        + _block("Liên kết website", links)
        + "</div>"
    )


def _head(request: Request, title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="Website {esc(SITE)} - Thanh Chương - Nghệ An" />
<meta name="keywords" content="thcs đặng thai mai, thanh chương, nghệ an, giáo dục" />
<meta name="language" content="vi" />
<meta name="author" content="{esc(SITE)}" />
<meta name="copyright" content="{esc(SITE)} [{EMAIL}]" />
<meta name="generator" content="NukeViet v3.4" />
{extra}<meta name="robots" content="index, archive, follow, noodp" />
<meta name="googlebot" content="index,archive,follow,noodp" />
<link rel="icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortcut icon" href="/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="StyleSheet" href="{THEME}/css/reset.css" type="text/css" />
<link rel="StyleSheet" href="{THEME}/css/screen.css" type="text/css" />
<link rel="StyleSheet" href="{THEME}/css/news.css" type="text/css" />
<link rel="stylesheet" type="text/css" href="{THEME}/css/red.css" media="screen" title="styles1"/>
<link rel="alternate" href="{base_url(request)}/rss/news/" title="{MODULE_TITLE}" type="application/rss+xml" />
<script type="text/javascript" src="/js/language/vi.js"></script>
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
<script type="text/javascript">
//<![CDATA[
var nv_siteroot="/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv3c_Dm7xT",nv_area_admin=0;
//]]>
</script>
<script type="text/javascript" src="/js/global.js"></script>
<script type="text/javascript" src="/modules/news/js/user.js"></script>
<script type="text/javascript" src="{THEME}/js/superfish.js"></script>
</head>"""


def _header(active: str) -> str:
    top = [("/", "Trang chủ"), ("/about/gioi-thieu.html", "Giới thiệu"), ("/news/", "Tin Tức"),
           ("/download/", "Văn bản - Tài liệu"), ("/weblinks/", "Liên kết"), ("/search/", "Tìm kiếm"),
           ("/contact/", "Liên hệ")]  # fmt: skip
    top_li = "".join(f'<li><a title="{esc(t)}" href="{h}">{esc(t)}</a></li>' for h, t in top)
    cats = "".join(
        f'<li{_CURRENT if active == c else ""}><a title="{esc(n)}" href="/news/{c}/">{esc(n)}</a></li>'
        for c, (_, n) in CATS.items()
    )
    about = "".join(f'<li><a title="{esc(t)}" href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items())
    return f"""<body>
<div class="wrapper">
<div class="topbar"><div class="top">
<ul class="module-menu fl">{top_li}</ul>
<a title="View RSS" href="/rss/" class="rss fr">Rss Feed</a>
<form action="/search/" method="get"><div class="q-search fr">
<input type="text" class="txt-qs" name="q" id="topmenu_search_query" maxlength="60" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value='';" />
<input type="submit" class="submit-qs" value="" id="topmenu_search_submit"/></div></form>
<div class="clear"></div></div></div>
<div id="header">
<div class="logo"><h1><a title="{esc(SITE)}" href="/"><img src="{THEME}/images/logo.png" alt="{esc(SITE)}" /> {esc(SITE)}</a></h1>
<p class="slogan">Sở Giáo dục và Đào tạo Nghệ An</p></div>
<div class="topadv"><a href="/about/gioi-thieu.html"><img src="/uploads/adv/banner-top-2026.jpg" alt="Chào mừng năm học mới 2026 - 2027" width="600" height="90" /></a></div>
<div class="clear"></div></div>
<div class="nav">
<ul class="sf-menu sf-navbar">
<li{' class="current"' if active == "home" else ""}><a title="Trang chủ" href="/">Trang chủ</a></li>
<li><a title="Giới thiệu" href="/about/gioi-thieu.html">Giới thiệu</a><ul>{about}</ul></li>
{cats}
<li><a title="Văn bản - Tài liệu" href="/download/">Văn bản</a></li>
<li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>
</ul>
<span id="digclock" class="small update fr">{TODAY}</span>
<div class="clear"></div></div>
"""


def _footer() -> str:
    return f"""<div id="footer" class="clearfix">
<div class="fl"><p><strong>{esc(SITE.upper())}</strong></p>
<p>Địa chỉ: {esc(ADDRESS)}</p>
<p>Điện thoại: {PHONE} - Hotline: {HOTLINE} - Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
<p>Chịu trách nhiệm nội dung: Thầy Nguyễn Văn Hùng - Hiệu trưởng</p></div>
<div class="fr aright"><p>&copy; Bản quyền thuộc về {esc(SITE)}</p>
<p>Powered by <a href="http://nukeviet.vn" target="_blank">NukeViet</a> v3.4 - Thiết kế bởi <a href="http://vinades.vn" target="_blank">VINADES.,JSC</a></p>
<p class="small">Thời gian thực thi: 0.094 giây - Số truy vấn: 27</p></div>
</div>
<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="" src="/index.php?second=cronjobs&amp;p=rT5x9aQd" width="1" height="1" /></div>
</div>
</body>
</html>"""


def _page(request: Request, title: str, content: str, active: str = "", extra: str = "", crumbs: str = "") -> str:
    crumb_html = f'<div class="main"><div class="breakcoup">{crumbs}</div></div>' if crumbs else ""
    return (
        _head(request, title, extra)
        + _header(active)
        + crumb_html
        + '<div id="body"><div class="contentwrapper clearfix">'
        + f'<div class="col-body fl">{content}</div>'
        + _right_column()
        + '<div class="clear"></div></div></div>'
        + _footer()
    )


def _crumbs(*trail: tuple[str, str]) -> str:
    home = f'<a title="Trang chủ" href="/"><img src="{THEME}/images/icons/home.png" alt="Trang chủ" /></a>'
    return home + "".join(
        f'<span class="spector">&nbsp;</span><a class="highlight" href="{h}" title="{esc(t)}">{esc(t)}</a>'
        for h, t in trail
    )


def _other_list(title: str, items: list[Story]) -> str:
    if not items:
        return ""
    lis = "".join(
        f'<li><a title="{esc(s.title)}" href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="date">({_when(s):%d/%m/%Y})</span></li>'
        for s in items
    )
    return f'<div class="other-news"><h4>{esc(title)}</h4><ul>{lis}</ul></div>'


def _comments(s: Story) -> str:
    shown = "".join(
        f'<div class="comment-item"><p class="name"><strong>{esc(n)}</strong> <span class="small">- {w}</span></p>'
        f"<p>{esc(c)}</p></div>"
        for n, w, c in s.opts.get("comments", [])
    ) or '<p class="small">Chưa có ý kiến nào về bài viết này.</p>'
    return f"""<div id="idcomment">
<div class="header-comment"><div class="fr right small"><a onclick="nv_show_hidden('showcomment',2);" href="javascript:void(0);" id="show-comments">+ Xem phản hồi</a>&nbsp;&nbsp;<a onclick="nv_show_hidden('formcomment',2);" href="javascript:void(0);" id="hide-comments">- Gửi phản hồi</a></div>
<h3>Ý kiến bạn đọc</h3><div class="clear"></div></div>
<div id="showcomment" class="list-comments">{shown}</div>
<div id="formcomment" class="comment-form"><div class="box-border content-box">
<div class="box clearfix"><input id="commentname" type="text" value="Họ và tên" class="input input-c fl" /><input id="commentemail_iavim" type="text" value="Email" class="input input-c fr" /></div>
<p><textarea id="commentcontent" class="input typer box2" cols="1" rows="1">Nội dung</textarea></p>
<p>Mã an toàn: &nbsp; <img id="vimg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha" width="120" height="25" /> <input id="commentseccode_iavim" type="text" class="input capcha" />
<input id="buttoncontent" type="submit" value="Gửi phản hồi" onclick="sendcommment('{s.id}', 'e3b0c44298fc1c14', '6');" class="button" /> <input type="reset" value="RESET" class="button-2" /></p>
</div></div></div>"""


def _rating(s: Story) -> str:
    votes = 2 + s.id % 4
    total = votes * 4 + s.id % 2
    stars = "".join(
        f'<input class="hover-star" type="radio" value="{n}" title="{t}" />'
        for n, t in enumerate(("Bài viết rất kém", "Bài viết kém", "Bài viết đạt", "Bài viết tốt", "Bài viết rất tốt"), 1)
    )
    return (
        '<div class="oop fr"><div class="header-oop icon-rating">Đánh giá bài viết</div>'
        f'<form id="form3B" action=""><div class="clearfix"><div id="stringrating" class="small">Tổng số điểm của bài viết là: {total} trong {votes} đánh giá</div>'
        f'<div class="star">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div></form></div>'
    )


def _article_inner(s: Story) -> str:
    """The article as the detail template prints it (title to source), shared with print/savefile."""
    author = f'<div class="author"><strong>Tác giả: </strong>{esc(s.opts["author"])}</div>' if s.opts.get("author") else ""
    source = ""
    if s.opts.get("source"):
        name, link = s.opts["source"]
        shown = f'<a href="{esc(link)}" target="_blank">{esc(name)}</a>' if link else esc(name)
        source = f'<div class="source"><strong>Nguồn tin: </strong>{shown}</div>'
    return (
        f'{_hometext_block(s)}\n<div class="bodytext">\n{_bodytext(s)}\n</div>\n<div class="clear"></div>\n{author}{source}'
    )


def _article(s: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + article_path(s)
    tail = f"{s.cat}/{s.slug}-{s.id}/"
    cat_name = CATS[s.cat][1]
    kws = ", ".join(f'<a title="{esc(k)}" href="{_kw_href(k)}"><em>{esc(k)}</em></a>' for k in s.opts.get("kw", []))
    keywords = f'<div class="oop fl"><div class="header-oop tag">Từ khóa:</div><p>{kws}</p></div>' if kws else ""
    same_cat = newest(s.cat)
    idx = same_cat.index(s)
    newer = same_cat[max(0, idx - 3) : idx]
    older = same_cat[idx + 1 : idx + 6]
    topic = ""
    if s.opts.get("topic"):
        t = s.opts["topic"]
        others = [o for o in newest() if o.opts.get("topic") == t and o.id != s.id][:4]
        if others:
            topic = _other_list("Cùng chủ đề", others).replace(
                "</ul></div>", f'</ul><p class="aright"><a title="{esc(TOPICS[t])}" href="/news/topic/{t}/">Xem tiếp...</a></p></div>'
            )
    main = f"""<div class="news_column">
<div class="box-border"><div class="content-box">
<div class="header-details clearfix">
<div class="action fr right">
<a title="Gửi bài viết cho bạn bè" href="javascript:void(0);" onclick="NewWindow('{base}/news/sendmail/{tail}','{esc(s.title)}','500','400','no');return false" class="email">Gửi bài viết cho bạn bè</a><br />
<a title="In ra" href="javascript: void(0)" onclick="NewWindow('{base}/news/print/{tail}','{esc(s.title)}','840','768','yes');return false" class="print">In ra</a><br />
<a class="save" title="Lưu bài viết này" href="/news/savefile/{tail}">Lưu bài viết này</a>
</div>
<div class="title"><h1>{esc(s.title)}</h1>
<div class="time">{_publtime(s)}</div></div>
</div>
{_article_inner(s)}
<div class="fb-like-box"><fb:like href="{esc(canonical)}" layout="button_count" show_faces="false" width="120"></fb:like></div>
<div class="box clearfix">{keywords}{_rating(s)}</div>
{topic}{_other_list("Những tin mới hơn", newer)}{_other_list("Các tin khác", older)}
{_comments(s)}
</div></div>
</div>"""
    extra = (
        f'<meta property="og:title" content="{esc(s.title)}" />\n<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{esc(canonical)}" />\n'
        f'<meta property="og:description" content="{esc(s.summary or "")}" />\n'
    )
    crumbs = _crumbs(("/news/", MODULE_TITLE), (f"/news/{s.cat}/", cat_name))
    return _page(request, f"{s.title} - {cat_name} - {SITE}", main, s.cat, extra, crumbs)


def _print(s: Story, request: Request) -> str:
    url = base_url(request) + article_path(s)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="{THEME}/css/print.css" type="text/css" />
</head>
<body>
<div id="print">
<div id="hd_print"><div class="logo fl"><img src="{THEME}/images/logo.png" alt="" /></div>
<div class="fr"><p><strong>{esc(SITE)}</strong></p><p>{esc(ADDRESS)}</p><p>Điện thoại: {PHONE}</p></div><div class="clear"></div></div>
<div id="content">
<h2>{esc(s.title)}</h2>
<p class="time">{_publtime(s)}</p>
{_article_inner(s)}
</div>
<div id="footer"><p>URL của bài viết: <a href="{esc(url)}">{esc(url)}</a></p>
<p>&copy; {esc(SITE)}</p>
<p class="aright"><a href="javascript:window.print();">In bài viết</a> | <a href="javascript:window.close();">Đóng cửa sổ này</a></p></div>
</div>
</body></html>"""


def _sendmail(s: Story, request: Request) -> str:
    tail = f"{s.cat}/{s.slug}-{s.id}/"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Gửi bài viết cho bạn bè</title>
<meta name="robots" content="noindex, nofollow" />
</head>
<body><div id="sendmail">
<form action="/news/sendmail/{tail}" method="post">
<h3>Gửi bài viết cho bạn bè</h3>
<p>Bài viết: <strong>{esc(s.title)}</strong></p>
<p><label>Họ tên của bạn</label><br /><input type="text" name="name" value="" /></p>
<p><label>Email của bạn</label><br /><input type="text" name="youremail" value="" /></p>
<p><label>Email người nhận</label><br /><input type="text" name="email" value="" /></p>
<p><label>Lời nhắn</label><br /><textarea name="content" rows="5" cols="50"></textarea></p>
<p><input type="hidden" name="checkss" value="9f1c0b7d2e" /><input type="submit" name="send" value="Gửi bài viết" /></p>
</form></div></body></html>"""


def _savefile(s: Story, request: Request) -> Response:
    body = _print(s, request)
    return html(
        body,
        headers={"Content-Disposition": f'attachment; filename="{s.slug}.html"', "Cache-Control": "private"},
    )


def _list_item(s: Story) -> str:
    return (
        '<div class="items clearfix">'
        f'<a href="{article_path(s)}" title="{esc(s.title)}"><img class="s-border fl left" alt="{esc(s.title)}" src="{_thumb(s)}" width="100" /></a>'
        f'<h3><a href="{article_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></h3>'
        f'<p class="small">Ngày đăng: {_when(s):%d/%m/%Y %H:%M} - Đã xem: {s.views()}</p>'
        f"<p>{esc(s.summary or '')}</p>"
        f'<div class="aright"><a class="more" title="Chi tiết" href="{article_path(s)}">Chi tiết</a></div></div>'
    )


def _alias_pager(base: str, title: str, page: int, pages: int) -> str:
    """NukeViet 3's ``nv_alias_page``: current page in <strong>, neighbours "Trang trước/sau"."""
    if pages < 2:
        return ""
    ttl = f"{title} - Trang"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    items = " ".join(
        f"<strong>{n}</strong>" if n == page else f'<a title="{esc(ttl)} {n}" href="{href(n)}">{n}</a>'
        for n in range(1, pages + 1)
    )
    if page > 1:
        items = f'&nbsp;&nbsp;<span><a title="{esc(ttl)} {page - 1}" href="{href(page - 1)}">Trang trước</a></span>&nbsp;&nbsp;' + items
    if page < pages:
        items += f'&nbsp;&nbsp;<span><a title="{esc(ttl)} {page + 1}" href="{href(page + 1)}">Trang sau</a></span>'
    return f'<div class="generate_page">Trang: {items}</div>'


def _listing(request: Request, cat: str, page: int) -> Response:
    items = newest(cat)
    pages = _pages(cat)
    if page > pages:
        return redirect(f"/news/{cat}/", 302)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATS[cat][1]
    main = (
        f'<div class="box-border-shadow m-bottom"><div class="cat-box-header"><div class="cat-nav">'
        f'<a class="rss" href="/rss/news/{cat}/">Rss</a><a title="{esc(name)}" class="current-cat" href="/news/{cat}/">{esc(name)}</a></div></div>'
        f'<div class="news_column">{"".join(_list_item(s) for s in chunk)}</div>'
        f"{_alias_pager(f'/news/{cat}/', name, page, pages)}</div>"
    )
    title = f"{name} - {MODULE_TITLE} - {SITE}" + (f" - Trang {page}" if page > 1 else "")
    crumbs = _crumbs(("/news/", MODULE_TITLE), (f"/news/{cat}/", name))
    return html(_page(request, title, main, cat, crumbs=crumbs))


def _main_right() -> str:
    """The news home in the ``viewcat_main_right`` layout: per category one lead, three titles."""
    boxes = []
    for n, (cat, (_, name)) in enumerate(CATS.items()):
        items = newest(cat)
        lead, rest = items[0], items[1:4]
        ot = "".join(f"<li>{_a(article_path(o), o.title)}</li>" for o in rest)
        boxes.append(
            f"""<div class="box-border-shadow m-bottom"><div class="cat-box-header"><div class="cat-nav">
<a class="rss" href="/rss/news/{cat}/">Rss</a><a title="{esc(name)}" class="current-cat" href="/news/{cat}/">{esc(name)}</a></div></div>
<div class="cat-news{" bg" if n % 2 else ""} clearfix"><div class="fl" style="width:60%"><div class="content-box clearfix">
<div class="m-bottom"><h4>{_a(article_path(lead), lead.title)}</h4>
<p class="small">Ngày đăng: {_when(lead):%d/%m/%Y %H:%M} - Đã xem: {lead.views()} - Phản hồi: {len(lead.opts.get("comments", []))}</p></div>
<a title="{esc(lead.title)}" href="{article_path(lead)}"><img class="s-border fl left" src="{_thumb(lead)}" alt="{esc(lead.title)}" width="100"/></a>
<p>{esc(lead.summary or "")}</p>
<div class="aright"><a title="Chi tiết" class="more" href="{article_path(lead)}">Chi tiết</a></div></div></div>
<div class="ot-news fr"><ul>{ot}</ul></div><div class="clear"></div></div></div>"""
        )
    return "\n".join(boxes)


def _headline() -> str:
    """The home page's cached "Tin nổi bật" block: links in the query form."""
    hot = [s for s in newest() if s.opts.get("hot")]
    slides = "".join(
        f'<div class="contentdiv"><a title="{esc(s.title)}" href="{esc(query_path(s))}"><img src="{_thumb(s)}" alt="{esc(s.title)}" width="300" height="200" /></a>'
        f'<h2><a title="{esc(s.title)}" href="{esc(query_path(s))}">{esc(s.title)}</a></h2></div>'
        for s in hot
    )
    tabs = "".join(
        f'<li><a title="{esc(s.title)}" href="{esc(query_path(s))}">{esc(s.title)}</a></li>' for s in newest()[:8]
    )
    return (
        '<div id="topnews" class="box-border-shadow m-bottom clearfix"><div class="headline fl">'
        f'<div id="slider1" class="sliderwrapper">{slides}</div></div>'
        f'<div class="tabs fr"><ul class="tabs-list"><li class="current">Tin mới đăng</li></ul><ul class="lastest">{tabs}</ul></div></div>'
    )


def _home(request: Request) -> Response:
    return html(_page(request, f"{SITE} - Trang chủ", _headline() + _main_right(), "home"))


def _news_main(request: Request) -> Response:
    return html(_page(request, f"{MODULE_TITLE} - {SITE}", _main_right(), crumbs=_crumbs(("/news/", MODULE_TITLE))))


def _filtered(request: Request, title: str, items: list[Story], crumb: tuple[str, str]) -> Response:
    body = "".join(_list_item(s) for s in items) or '<p class="note">Không có bài viết nào.</p>'
    main = f'<div class="box-border-shadow m-bottom"><h2 class="page-title">{esc(title)}</h2><div class="news_column">{body}</div></div>'
    return html(_page(request, f"{title} - {MODULE_TITLE} - {SITE}", main, crumbs=_crumbs(("/news/", MODULE_TITLE), crumb)))


def _rss_channel(request: Request, cat: str | None) -> Response:
    base = base_url(request)
    items = newest(cat)
    title = f"{MODULE_TITLE} - {CATS[cat][1]}" if cat else MODULE_TITLE
    link = f"{base}/news/{cat}/" if cat else f"{base}/news/"
    entries = "".join(
        f"""
<item>
<title>{esc(s.title)}</title>
<link>{base}{article_path(s)}</link>
<guid isPermaLink="false">{s.id}</guid>
<description><![CDATA[<img src="{base}{_thumb(s)}" width="100" align="left" border="0">{s.summary or ""}]]></description>
<pubDate>{format_datetime(_when(s).replace(tzinfo=_TZ))}</pubDate>
</item>"""
        for s in items
    )
    body = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(title)}</title>
<link>{link}</link>
<atom:link href="{base}/rss/news/{cat + "/" if cat else ""}" rel="self" type="application/rss+xml" />
<description>{esc(SITE)}</description>
<language>vi</language>
<copyright>{esc(SITE)}</copyright>
<docs>{base}/rss/</docs>
<generator>NukeViet v3.4</generator>
<image><url>{base}{THEME}/images/logo.png</url><title>{esc(title)}</title><link>{link}</link></image>{entries}
</channel>
</rss>"""
    return Response(200, body, {"Content-Type": "text/xml; charset=utf-8"})


def _rss_page(request: Request) -> Response:
    rows = "".join(
        f'<li><a href="/rss/news/{c}/"><img src="{THEME}/images/rss/home.gif" alt="" /> {esc(n)}</a></li>' for c, (_, n) in CATS.items()
    )
    main = (
        '<div class="box-border-shadow m-bottom"><h2 class="page-title">RSS</h2>'
        f'<ul class="rss-list"><li><a href="/rss/news/"><img src="{THEME}/images/rss/home.gif" alt="" /> {MODULE_TITLE}</a><ul>{rows}</ul></li></ul>'
        "<p>RSS là định dạng tài liệu dựa trên XML giúp bạn cập nhật tin tức mới nhất của website mà không cần truy cập.</p></div>"
    )
    return html(_page(request, f"RSS - {SITE}", main, crumbs=_crumbs(("/rss/", "RSS"))))


def _about(request: Request, alias: str) -> Response:
    title, paras = ABOUT[alias]
    others = "".join(f'<li><a href="/about/{a}.html">{esc(t)}</a></li>' for a, (t, _) in ABOUT.items() if a != alias)
    main = (
        f'<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">{esc(title)}</h2>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + f'<div class="other-news"><h4>Các bài khác</h4><ul>{others}</ul></div></div></div>'
    )
    return html(_page(request, f"{title} - Giới thiệu - {SITE}", main, crumbs=_crumbs(("/about/gioi-thieu.html", "Giới thiệu"))))


def _contact(request: Request) -> Response:
    main = f"""<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">Liên hệ</h2>
<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Hotline: {HOTLINE}</p><p>Email: {EMAIL}</p>
<form action="/contact/" method="post" class="contact">
<p><label>Bộ phận cần liên hệ</label> <select name="fpart"><option value="1">Văn phòng nhà trường</option><option value="2">Ban Giám hiệu</option></select></p>
<p><label>Họ và tên</label> <input type="text" name="fname" class="input" /></p>
<p><label>Email</label> <input type="text" name="femail" class="input" /></p>
<p><label>Tiêu đề</label> <input type="text" name="ftitle" class="input" /></p>
<p><label>Nội dung</label> <textarea name="fcon" cols="50" rows="6"></textarea></p>
<p><label>Mã an toàn</label> <img src="/index.php?scaptcha=captcha" alt="" width="120" height="25" /> <input type="text" name="fcode" class="input capcha" /></p>
<p><input type="hidden" name="checkss" value="4b2a91cc0e" /><input type="submit" value="Gửi thư" class="button" /></p></form></div></div>"""
    return html(_page(request, f"Liên hệ - {SITE}", main, crumbs=_crumbs(("/contact/", "Liên hệ"))))


def _users(request: Request, op: str) -> Response:
    titles = {"": "Đăng nhập thành viên", "login": "Đăng nhập thành viên", "register": "Đăng ký thành viên", "lostpass": "Quên mật khẩu"}
    title = titles[op]
    fields = '<p><label>Tên truy cập</label> <input type="text" name="nv_login" class="input" /></p>'
    if op == "register":
        fields += '<p><label>Email</label> <input type="text" name="email" class="input" /></p>'
    if op != "lostpass":
        fields += '<p><label>Mật khẩu</label> <input type="password" name="nv_password" class="input" /></p>'
    main = (
        f'<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">{title}</h2>'
        f'<form action="/users/{op + "/" if op else "login/"}" method="post">{fields}'
        '<p><input type="submit" class="button" value="Thực hiện" /></p></form>'
        '<p><a href="/users/register/">Đăng ký</a> | <a href="/users/lostpass/">Quên mật khẩu?</a></p></div></div>'
    )
    return html(_page(request, f"{title} - {SITE}", main, crumbs=_crumbs(("/users/", "Thành viên"))))


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(c for c in value if not unicodedata.combining(c))


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    form = (
        '<form action="/search/" method="get"><p><input type="text" name="q" value="' + esc(q) + '" class="input" /> '
        '<select name="m"><option value="all">Tất cả</option><option value="news">Tin Tức</option><option value="download">Download</option></select> '
        '<input type="submit" value="Tìm kiếm" class="button" /></p></form>'
    )
    result = ""
    if q:
        hits = [s for s in newest() if _fold(q) in _fold(s.title + " " + (s.summary or ""))]
        result = f"<p>Có {len(hits)} kết quả cho từ khóa <strong>{esc(q)}</strong></p>" + "".join(
            f'<div class="result"><h4><a href="{article_path(s)}">{esc(s.title)}</a></h4><p>{esc(s.summary or "")}</p></div>' for s in hits
        )
    main = f'<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">Tìm kiếm</h2>{form}{result}</div></div>'
    return html(_page(request, f"Tìm kiếm - {SITE}", main, crumbs=_crumbs(("/search/", "Tìm kiếm"))))


def _download_list(request: Request, cat: str | None) -> Response:
    cats = [cat] if cat else list(DOWNLOAD_CATS)
    parts = []
    for c in cats:
        rows = "".join(
            f'<tr><td><a href="{d.path}">{esc(d.title)}</a></td><td>{d.date}</td><td>{d.hits}</td></tr>' for d in DOWNLOADS if d.cat == c
        )
        parts.append(
            f'<div class="box-border-shadow m-bottom"><div class="cat-box-header"><a href="/download/{c}/">{esc(DOWNLOAD_CATS[c])}</a></div>'
            f'<table class="tab1"><thead><tr><td>Tên file</td><td>Ngày đăng</td><td>Lượt tải</td></tr></thead><tbody>{rows}</tbody></table></div>'
        )
    crumbs = [("/download/", "Văn bản - Tài liệu")] + ([(f"/download/{cat}/", DOWNLOAD_CATS[cat])] if cat else [])
    return html(_page(request, f"Văn bản - Tài liệu - {SITE}", "".join(parts), crumbs=_crumbs(*crumbs)))


def _download_entry(request: Request, d: Download) -> Response:
    main = f"""<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">{esc(d.title)}</h2>
<table class="tab1 viewfile"><tbody>
<tr><td>Số/Ký hiệu</td><td>{esc(d.number) or "-"}</td></tr>
<tr><td>Chủ đề</td><td><a href="/download/{d.cat}/">{esc(DOWNLOAD_CATS[d.cat])}</a></td></tr>
<tr><td>Ngày đăng</td><td>{d.date}</td></tr>
<tr><td>Dung lượng</td><td>{d.size}</td></tr>
<tr><td>Lượt tải</td><td>{d.hits}</td></tr>
</tbody></table>
<p class="download"><a href="{d.file}"><img src="{THEME}/images/download/down.png" alt="" /> Tải về</a></p></div></div>"""
    crumbs = _crumbs(("/download/", "Văn bản - Tài liệu"), (f"/download/{d.cat}/", DOWNLOAD_CATS[d.cat]))
    return html(_page(request, f"{d.title} - {SITE}", main, crumbs=crumbs))


def _weblinks(request: Request) -> Response:
    links = [("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"), ("https://nghean.edu.vn", "Sở Giáo dục và Đào tạo Nghệ An"),
             ("https://hanhtrangso.nxbgd.vn", "Hành trang số - NXB Giáo dục"), ("https://olm.vn", "Học trực tuyến OLM")]  # fmt: skip
    rows = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a> <span class="small">({h})</span></li>' for h, t in links)
    main = f'<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">Liên kết website</h2><ul>{rows}</ul></div></div>'
    return html(_page(request, f"Liên kết - {SITE}", main, crumbs=_crumbs(("/weblinks/", "Liên kết"))))


def _voting(request: Request) -> Response:
    opts = [("Giáo viên chủ nhiệm giới thiệu", 214), ("Nhóm Zalo của lớp", 388), ("Tìm kiếm trên Google", 97), ("Bạn bè, người thân", 61)]
    total = sum(v for _, v in opts)
    rows = "".join(
        f'<tr><td>{esc(t)}</td><td><div class="bar" style="width:{v * 300 // total}px"></div></td><td>{v} ({v * 100 // total}%)</td></tr>'
        for t, v in opts
    )
    main = (
        '<div class="box-border-shadow m-bottom"><div class="content-box"><h2 class="page-title">Kết quả thăm dò ý kiến</h2>'
        f"<p><strong>Bạn biết đến website của nhà trường qua đâu?</strong></p><table>{rows}</table><p>Tổng số phiếu: {total}</p></div></div>"
    )
    return html(_page(request, f"Thăm dò ý kiến - {SITE}", main, crumbs=_crumbs(("/voting/", "Thăm dò ý kiến"))))


_NOT_FOUND = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Lỗi 404</title></head><body><div id="error"><h2>Lỗi: Không tìm thấy trang yêu cầu</h2>
<p><a href="/">Quay lại trang chủ</a></p></div></body></html>"""

_ROBOTS = (
    "User-agent: *\nDisallow: /admin/\nDisallow: /cache/\nDisallow: /includes/\nDisallow: /install/\n"
    "Disallow: /js/\nDisallow: /language/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /themes/\n"
    "Disallow: /tmp/\nDisallow: /files/\n"
)

_ART = re.compile(r"^/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)/$")
_VIEW = re.compile(r"^/news/(print|sendmail|savefile)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)/$")


class NukeViet3School:
    """``index.php`` and its rewrite rules, as one table of routes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php":
            return self._query(request)
        if path.startswith(("/uploads/", "/files/", "/themes/", "/js/", "/modules/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _DL_FILES else self._missing()
            return static_file(path) or self._missing()
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        return self._route(request, path) or self._missing()

    def _query(self, request: Request) -> Response | None:
        params = request.params
        if "second" in params or "scaptcha" in params:
            return static_file("/x.gif")
        nv = params.get("nv", "")
        if not nv:
            return _home(request)
        if not re.fullmatch(r"[a-z0-9-]+", nv):
            return self._missing()
        op = params.get("op", "")
        target = f"/{nv}/" + (f"{op.strip('/')}/" if op else "")
        return self._route(request, target) or self._missing()

    def _route(self, request: Request, path: str) -> Response | None:
        path = unquote(path)
        if path == "/":
            return _home(request)
        if not path.endswith("/") and not path.endswith(".html") and "." not in path.rsplit("/", 1)[-1]:
            return redirect(quote(path) + "/", 301)
        if path == "/news/":
            return _news_main(request)
        if m := re.fullmatch(r"/news/([a-z0-9-]+)/(?:page-(\d+)/)?", path):
            cat, page = m.group(1), int(m.group(2) or 1)
            if cat in CATS:
                return _listing(request, cat, page)
            return None
        if m := _VIEW.match(path):
            kind, cat, alias, sid = m.groups()
            s = _BY_ID.get(int(sid))
            if s is None or s.cat != cat or s.slug != alias:
                return None
            if kind == "print":
                return html(_print(s, request))
            if kind == "sendmail":
                return html(_sendmail(s, request))
            return _savefile(s, request)
        if m := re.fullmatch(r"/news/tag/([^/]+)/", path):
            kw = m.group(1).replace("-", " ")
            return _filtered(request, f"Từ khóa: {kw}", [s for s in newest() if kw in s.opts.get("kw", [])], (quote(path), kw))
        if m := re.fullmatch(r"/news/topic/([a-z0-9-]+)/", path):
            if m.group(1) not in TOPICS:
                return None
            t = m.group(1)
            return _filtered(request, TOPICS[t], [s for s in newest() if s.opts.get("topic") == t], (path, TOPICS[t]))
        if m := _ART.match(path):
            cat, alias, sid = m.groups()
            s = _BY_ID.get(int(sid))
            if s is None:
                return redirect(f"/news/{cat}/", 301) if cat in CATS else None
            if s.cat != cat or s.slug != alias:
                return redirect(article_path(s), 301)
            return html(_article(s, request))
        if path == "/rss/":
            return _rss_page(request)
        if path == "/rss/news/":
            return _rss_channel(request, None)
        if m := re.fullmatch(r"/rss/news/([a-z0-9-]+)/", path):
            return _rss_channel(request, m.group(1)) if m.group(1) in CATS else None
        if m := re.fullmatch(r"/about/([a-z0-9-]+)\.html", path):
            return _about(request, m.group(1)) if m.group(1) in ABOUT else None
        if path == "/about/":
            return _about(request, "gioi-thieu")
        if path == "/contact/":
            return _contact(request)
        if m := re.fullmatch(r"/users/(?:(login|register|lostpass)/)?", path):
            return _users(request, m.group(1) or "")
        if path == "/search/":
            return _search(request)
        if path == "/download/":
            return _download_list(request, None)
        if m := re.fullmatch(r"/download/([a-z0-9-]+)/", path):
            return _download_list(request, m.group(1)) if m.group(1) in DOWNLOAD_CATS else None
        if path in _DL_BY_PATH:
            return _download_entry(request, _DL_BY_PATH[path])
        if path == "/weblinks/":
            return _weblinks(request)
        if path == "/voting/":
            return _voting(request)
        return None

    @staticmethod
    def _missing() -> Response:
        return html(_NOT_FOUND, status=404)


def build_site() -> NukeViet3School:
    """A fresh site object; every page is rendered per request from the constant data above."""
    return NukeViet3School()
