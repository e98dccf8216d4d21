"""Phòng Giáo dục và Đào tạo huyện Thăng Bình (Quảng Nam) on NukeViet 4.0, rewrite off.

Platform
    NukeViet 4.0 with the news module ("Bản tin"). The theme is the 4.0 default (Bootstrap 3)
    as the office's staff modified it: their own banner and colours, the rating widget and the
    keywords moved inside the article's panel, a jQuery UI tabs block on the home. Categories
    are shown in the theme's ``viewcat_page_list`` template (a list of titles with the day and
    the hits, no pictures, 5 a page); the module's home is ``viewcat_main_left`` (per category:
    the newest post with its thumbnail and hometext on the left, three more titles on the right).

URL scheme (rewrite off; hrefs print ``&amp;``)
    /                                                           home (= module home)
    /index.php?language=vi&nv=news                              module home (same content)
    /index.php?language=vi&nv=news&op=<cat>                     category, page 1
    /index.php?language=vi&nv=news&op=<cat>/page-<N>            category, page N (N >= 2)
    /index.php?language=vi&nv=news&op=<cat>/<alias>-<id>        a post (in any of its categories)
    /index.php?language=vi&nv=news&op=print/<cat>/<alias>-<id>  print view (opened by onclick)
    /index.php?language=vi&nv=news&op=tag/<alias>               keyword page (a listing)
    /index.php?language=vi&nv=news&op=block-tab&tab=3           remote jQuery UI tab (fragment)
    /index.php?language=vi&nv=about&op=<alias>                  static pages ("about" module)
    /index.php?language=vi&nv=contact                           contact form
    /index.php?language=vi&nv=seek&q=...                        search (no hits, ever)
    /uploads/news/YYYY_MM/*.jpg, /assets/news/YYYY_MM/*.jpg     images and their thumbnails

Page templates
    home: tabs block (#tabs: "Tin mới nhất", "Tin đọc nhiều", remote "Thông báo") then one
    main_left box per category; listing: ``ul.list-page-tin`` of title + "(dd/mm/YYYY) - Lượt
    xem: N", Bootstrap pagination; post: ``div.news_column > div.panel-body`` with h1, date
    line, tool icons, ``figure#imghome`` + ``div.hometext``, ``div#news-bodyhtml``, author and
    "Nguồn tin" lines, keywords, rating; then comments and "Những tin mới hơn".

How the gold articles are reached
    tin-tuc-su-kien (7 posts): 1262, 1259, 1255, 1251, 1246 on page 1; 1241 and 1237 only on
    page-2 (no "older" lists, no tags, not among the most read). hoat-dong-chuyen-mon (4 own
    posts plus 1262 and 1246 cross-listed): 1239 only on its page-2. thong-bao: 1257, 1244 (also
    in the remote tab fragment). The home's tabs, the main_left boxes and the sidebar's most-read
    reach the rest.

Traps
    1. Cross-listed posts (NukeViet ``listcatid``): 1262 and 1246 are filed under "Tin tức - Sự
       kiện" and also listed in "Hoạt động chuyên môn", whose listing links them as
       ``op=hoat-dong-chuyen-mon/<alias>-<id>``. That URL answers 200 with its own breadcrumb
       and a canonical pointing to itself (4.0 builds the canonical from the URL's category).
       Gold: path and category are the main category's (the ``article:section`` meta, the main
       listing); the second URL is an alt_path.
    2. Stale block cache: the home's "Tin mới nhất" tab was cached before post 1259 was renamed;
       it links the old alias with the old, shorter title ("Ngày hội Thiếu nhi vui khỏe tại TH
       Nguyễn Văn Trỗi"). The old URL answers 301 to the current one. Gold: the h1's title; the
       old URL is not an alt_path (it serves nothing).
    3. Listing titles are cut by ``nv_clean60`` with "..." in the link text (the full title is
       only in the ``title`` attribute) and the hometext rides in a ``data-content`` tooltip
       attribute. Gold title: the post page's h1, never the listing text.
    4. Fallback caption: when the staff typed no note for the home image, NukeViet prints the
       post's title as the ``<figcaption>`` under ``#imghome`` (post 1259). Gold: caption None
       (the line is the headline repeated, not a caption); the picture stays in images.
    5. Image position "none" (post 1255): the home image is in ``og:image`` and on the home's
       main_left thumbnail but not printed in the post. Gold: not in images.
    6. The sapo (``div.hometext``) sits beside the home picture, outside ``#news-bodyhtml``, and
       the body does not repeat it. Gold: summary = hometext, body starts with it. Post 1237 has
       no hometext: summary None (meta description is cut from the body).
    7. Date line "Thứ năm - 03/12/2026 14:30" (weekday, dash, 24 h time) in ``span.h5``; the
       listings print the day only; comments (1251, 1260) print later days and times; the
       "Những tin mới hơn" list prints "(04/12/2026)" after each title. Gold: the date line.
    8. Breadcrumbs are printed in a hidden ``ul.temp-breadcrumbs`` (a script moves them) with the
       module's crumb "Bản tin" before the category; the last crumb is the category, not the post.
       Gold category: the last crumb ("Tin tức - Sự kiện", not "Bản tin").
    9. Text as the staff typed it in CKEditor: post 1237 and 1248 are ``<div>`` runs split by
       ``<br />`` (two in a row between paragraphs, one inside a verse-like list), with
       ``<p>&nbsp;</p>`` spacers elsewhere; 1262 wraps every paragraph in two nested
       ``<span style>``. Gold: each ``<br>``-separated run a paragraph; no empty paragraphs.
    10. Author field printed right-aligned in ``<strong>`` without a label, with degree and unit
        ("ThS. Trần Thị Mỹ Lệ (Trường TH Kim Đồng)", "Lê Văn Hùng - Chuyên viên Phòng GD&ĐT"),
        or the CMS account "admin" (1259). Gold: the bare name; nobody for "admin".
    11. Source printed as "Nguồn tin: <a>Báo Quảng Nam</a>" (label "Nguồn tin", a link) below
        the author. Gold: source "Báo Quảng Nam".
    12. Rating widget ("Tổng số điểm của bài viết là: 27 trong 6 đánh giá") and keywords inside
        the article's panel, after the body; comments "Ý kiến bạn đọc" with commenters' names.
        Gold: none of it is body, and commenters are not authors.
    13. The remote jQuery UI tab ("Thông báo") is a bare HTML fragment (no <html>, no chrome)
        listing notices with dates: a listing, not an article.
    14. An image with a text only in ``alt`` (1251): no printed line, caption None.
    Also (README conventions): "Tin, ảnh: X" closing byline (1255); an official notice with its
    letterhead (1257: letterhead day 30/11 while the post was published 01/12); a "Theo X"
    closing line (1241); a "Tải về:" attachment line (1244); a results table (1239).

Gold decisions on ambiguous points
    - Cross-listed posts: gold path = the URL in the post's main category (``article:section``);
      the other category's URL is an alt_path, as is the print view of every post.
    - The figcaption equal to the headline (NukeViet's alt fallback) is no caption: None.
    - The notice 1257: published_at is the letterhead's day "2026-11-30", not the publication
      time "01/12/2026 08:12"; author = the signer "Huỳnh Ngọc Tuấn".
    - "Tổ Chuyên môn THCS" signing alone in the author field (1253) is the author as printed.
    - Table rows in 1239 (header row included) are body paragraphs with cells joined by " | ".
    - The remote tab fragment, the tag pages and the search page are not articles and not in
      NON_ARTICLES (they are listings/fragments, not pages of their own).
"""

from __future__ import annotations

import datetime as _dt
import re

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "nukeviet40_pagelist_pgd"
PLATFORM = "NukeViet 4.0 (news: viewcat_page_list, home viewcat_main_left), modified default theme"
START_PATH = "/"

SITE = "Phòng GD&ĐT Thăng Bình"
PER_PAGE = 5

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _home(src: str, printed: str | None, caption: str | None) -> Img:
    return Img(src, printed, caption, style="home")


STORIES: list[Story] = [
    Story(
        id=1262,
        slug="thang-binh-hoi-nghi-so-ket-giua-hoc-ky-i-nam-hoc-2026-2027-bac-thcs",
        title="Thăng Bình: Hội nghị sơ kết giữa học kỳ I năm học 2026-2027 bậc THCS",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Chiều ngày 04/12/2026, Phòng GD&ĐT Thăng Bình tổ chức Hội nghị sơ kết giữa học kỳ I "
            "năm học 2026-2027 bậc THCS với sự tham dự của hiệu trưởng 22 trường THCS trên địa bàn huyện."
        ),
        sapo_outside=True,
        authors=["Lê Văn Hùng"],
        blocks=[
            _home(
                "/uploads/news/2026_12/hoi-nghi-so-ket-thcs.jpg",
                "Quang cảnh Hội nghị sơ kết giữa học kỳ I bậc THCS",
                "Quang cảnh Hội nghị sơ kết giữa học kỳ I bậc THCS",
            ),
            P(
                "Theo báo cáo tại hội nghị, sau 13 tuần thực hiện nhiệm vụ năm học, các trường đã "
                "thực hiện nghiêm túc chương trình, kế hoạch giáo dục; tỷ lệ học sinh chuyên cần đạt 99,6%.",
                "span",
            ),
            P(
                "Công tác bồi dưỡng học sinh giỏi lớp 9 được triển khai sớm; 18/22 trường đã tổ chức "
                "chuyên đề cấp trường theo hướng phát triển phẩm chất, năng lực người học.",
                "span",
            ),
            Img(
                "/uploads/news/2026_12/pho-truong-phong-phat-bieu.jpg",
                "Ông Nguyễn Tấn Lực, Phó Trưởng phòng GD&ĐT phát biểu chỉ đạo",
                "Ông Nguyễn Tấn Lực, Phó Trưởng phòng GD&ĐT phát biểu chỉ đạo",
                style="figure",
            ),
            P(
                "Phát biểu chỉ đạo, ông Nguyễn Tấn Lực đề nghị các trường tập trung ôn tập, tổ chức "
                "kiểm tra cuối học kỳ I nghiêm túc, đánh giá đúng thực chất chất lượng học sinh.",
                "span",
            ),
        ],
        opts={
            "publ": "2026-12-04 16:20",
            "cat2": "hoat-dong-chuyen-mon",
            "author_printed": "Lê Văn Hùng - Chuyên viên Phòng GD&ĐT",
            "hits": 745,
            "tags": ["thcs"],
        },
    ),
    Story(
        id=1260,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-cho-hoc-sinh-lop-2-tai-truong-th-kim-dong",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2” tại Trường TH Kim Đồng",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng 03/12, Trường TH Kim Đồng (xã Bình Nguyên) tổ chức chuyên đề cấp huyện "
            "“Dạy học phát triển năng lực đọc cho học sinh lớp 2”."
        ),
        sapo_outside=True,
        authors=["Trần Thị Mỹ Lệ"],
        blocks=[
            _home(
                "/uploads/news/2026_12/chuyen-de-doc-lop-2.jpg",
                "Tiết dạy minh họa của cô Võ Thị Ngọc Ánh",
                "Tiết dạy minh họa của cô Võ Thị Ngọc Ánh",
            ),
            P(
                "Tham dự chuyên đề có đại diện tổ chuyên môn Tiểu học Phòng GD&ĐT, cán bộ quản lý "
                "và giáo viên dạy lớp 2 của 12 trường tiểu học trong cụm."
            ),
            P(
                "Qua tiết dạy minh họa bài “Những con sao biển”, giáo viên đã tổ chức cho học sinh "
                "đọc thành tiếng, đọc hiểu và chia sẻ cảm nhận theo nhóm."
            ),
            P(
                "Các ý kiến thảo luận thống nhất cần tăng cường thời lượng đọc mở rộng, xây dựng góc "
                "đọc trong lớp và phối hợp với cha mẹ học sinh duy trì thói quen đọc sách ở nhà."
            ),
        ],
        opts={
            "publ": "2026-12-03 14:30",
            "author_printed": "ThS. Trần Thị Mỹ Lệ (Trường TH Kim Đồng)",
            "hits": 402,
            "comments": [
                ("Phạm Thị Hồng Nhung", "04/12/2026 20:15",
                 "Chuyên đề rất bổ ích, mong Phòng gửi video tiết dạy để các trường tham khảo."),
            ],
        },
    ),
    Story(
        id=1259,
        slug="truong-th-nguyen-van-troi-to-chuc-ngay-hoi-thieu-nhi-vui-khoe-tien-buoc-len-doan",
        title="Trường TH Nguyễn Văn Trỗi tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn”",
        cat="tin-tuc-su-kien",
        published_at="2026-12-02T09:45:00+07:00",
        summary=(
            "Nhằm chào mừng kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam, Liên đội "
            "Trường TH Nguyễn Văn Trỗi tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn”."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/uploads/news/2026_12/ngay-hoi-thieu-nhi.jpg",
                "Trường TH Nguyễn Văn Trỗi tổ chức Ngày hội “Thiếu nhi vui khỏe – Tiến bước lên Đoàn”",
                None,
            ),
            P(
                "Ngày hội thu hút hơn 600 học sinh tham gia với các nội dung: nhảy dân vũ, kéo co, "
                "nhảy bao bố, chạy tiếp sức và trò chơi dân gian."
            ),
            Img(
                "/uploads/news/2026_12/keo-co.jpg",
                "Phần thi kéo co sôi nổi của học sinh khối 5",
                "Phần thi kéo co sôi nổi của học sinh khối 5",
                style="next",
            ),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 12 giải nhất, 15 giải nhì và 20 giải ba cho "
                "các tập thể lớp và cá nhân đạt thành tích cao."
            ),
        ],
        opts={
            "publ": "2026-12-02 09:45",
            "author_printed": "admin",
            "hits": 980,
            "old_slug": "ngay-hoi-thieu-nhi-vui-khoe-tai-th-nguyen-van-troi",
            "old_title": "Ngày hội Thiếu nhi vui khỏe tại TH Nguyễn Văn Trỗi",
        },
    ),
    Story(
        id=1257,
        slug="thong-bao-ve-viec-tuyen-chon-hoc-sinh-du-thi-hoc-sinh-gioi-cap-tinh-lop-9",
        title="Thông báo về việc tuyển chọn học sinh dự thi học sinh giỏi cấp tỉnh lớp 9",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Huỳnh Ngọc Tuấn"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">'
                "<tbody><tr><td style=\"text-align:center\">UBND HUYỆN THĂNG BÌNH<br />"
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "Độc lập - Tự do - Hạnh phúc</strong></td></tr>"
                '<tr><td style="text-align:center">Số: 412/TB-PGDĐT</td>'
                '<td style="text-align:center"><em>Thăng Bình, ngày 30 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc tuyển chọn học sinh dự thi học sinh giỏi cấp tỉnh lớp 9</strong></p>"
            ),
            P(
                "Căn cứ kết quả Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027, Phòng "
                "GD&ĐT thông báo danh sách học sinh được chọn tham gia đội tuyển dự thi cấp tỉnh."
            ),
            P(
                "Học sinh có tên trong danh sách tập trung ôn luyện tại Trường THCS Nguyễn Hiền từ "
                "ngày 07/12/2026, thời gian học vào các buổi chiều thứ Bảy và sáng Chủ nhật."
            ),
            P(
                "Hiệu trưởng các trường THCS thông báo đến học sinh, cha mẹ học sinh và tạo điều kiện "
                "để giáo viên được phân công tham gia bồi dưỡng."
            ),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr><td style="vertical-align:top">'
                "<strong><em>Nơi nhận:</em></strong><br />- Các trường THCS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br />'
                "PHÓ TRƯỞNG PHÒNG</strong><br /><br /><br /><strong>Huỳnh Ngọc Tuấn</strong></td>"
                "</tr></tbody></table>"
            ),
        ],
        opts={"publ": "2026-12-01 08:12", "hits": 533},
    ),
    Story(
        id=1255,
        slug="phong-gd-dt-thang-binh-trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Phòng GD&ĐT Thăng Bình trao 120 suất quà cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T15:10:00+07:00",
        summary=(
            "Chiều 27/11, Phòng GD&ĐT phối hợp với Quỹ Khuyến học huyện trao 120 suất quà cho học "
            "sinh có hoàn cảnh đặc biệt khó khăn bị ảnh hưởng bởi mưa lũ."
        ),
        sapo_outside=True,
        authors=["Phan Thị Thu Hà"],
        photographers=["Phan Thị Thu Hà"],
        blocks=[
            P(
                "Mỗi suất quà gồm 01 bộ sách giáo khoa, 10 quyển vở, đồ dùng học tập và 500.000 đồng "
                "tiền mặt, tổng trị giá hơn 90 triệu đồng."
            ),
            Img(
                "/uploads/news/2026_11/trao-qua-hoc-sinh.jpg",
                "Lãnh đạo Phòng GD&ĐT trao quà cho các em học sinh",
                "Lãnh đạo Phòng GD&ĐT trao quà cho các em học sinh",
                style="next",
            ),
            P(
                "Đây là hoạt động thiết thực giúp các em sớm ổn định việc học tập sau đợt mưa lũ "
                "cuối tháng 10 vừa qua."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phan Thị Thu Hà</strong></p>'),
        ],
        opts={
            "publ": "2026-11-27 15:10",
            "hits": 610,
            "hidden_home": "/uploads/news/2026_11/trao-qua-homeimg.jpg",
        },
    ),
    Story(
        id=1253,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-ai-trong-soan-giang-cho-giao-vien-thcs",
        title="Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-25T07:50:00+07:00",
        summary=(
            "Trong hai ngày 22 và 23/11, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ nhân "
            "tạo trong soạn giảng cho 180 giáo viên THCS."
        ),
        sapo_outside=True,
        authors=["Tổ Chuyên môn THCS"],
        blocks=[
            P("Nội dung tập huấn tập trung vào các chủ đề:", ""),
            P("Sử dụng công cụ AI hỗ trợ xây dựng kế hoạch bài dạy;", "li"),
            P("Thiết kế câu hỏi, bài tập đánh giá theo năng lực;", "li"),
            P("Những lưu ý về đạo đức và bảo mật dữ liệu học sinh khi dùng AI.", "li"),
            P(
                "Kết thúc lớp tập huấn, mỗi giáo viên hoàn thành một sản phẩm kế hoạch bài dạy có "
                "ứng dụng AI và nộp về tổ chuyên môn trước ngày 15/12/2026."
            ),
        ],
        opts={"publ": "2026-11-25 07:50", "author_printed": "Tổ Chuyên môn THCS", "hits": 377,
              "tags": ["thcs"]},
    ),
    Story(
        id=1251,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-35-nha-giao-tieu-bieu",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11: Tuyên dương 35 nhà giáo tiêu biểu",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 19/11, UBND huyện Thăng Bình tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "và tuyên dương 35 nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        source="Báo Quảng Nam",
        blocks=[
            _home(
                "/uploads/news/2026_11/le-ky-niem-20-11.jpg",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
                "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            ),
            P(
                "Năm học 2025-2026, toàn huyện có 42 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "tỉnh, 315 học sinh đạt giải trong các kỳ thi cấp tỉnh và quốc gia."
            ),
            Img("/uploads/news/2026_11/van-nghe-chao-mung.jpg", None, None, style="alt"),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 35 nhà giáo có thành tích xuất sắc "
                "trong công tác giảng dạy và giáo dục học sinh."
            ),
        ],
        opts={
            "publ": "2026-11-20 10:30",
            "source_printed": ("Báo Quảng Nam", "https://baoquangnam.vn/"),
            "hits": 1520,
            "comments": [
                ("Nguyễn Văn Phúc", "21/11/2026 06:40", "Chúc mừng các thầy cô giáo tiêu biểu!"),
                ("Lê Thị Bích", "22/11/2026 19:05",
                 "Xin tri ân các thầy cô đã tận tụy với học trò vùng khó."),
            ],
        },
    ),
    Story(
        id=1248,
        slug="sinh-hoat-chuyen-mon-cum-mam-non-so-3-to-chuc-hoat-dong-trai-nghiem-cho-tre-5-tuoi",
        title="Sinh hoạt chuyên môn cụm trường Mầm non số 3: Tổ chức hoạt động trải nghiệm cho trẻ 5 tuổi",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T15:30:00+07:00",
        summary=(
            "Ngày 16/11, cụm chuyên môn số 3 bậc Mầm non tổ chức sinh hoạt chuyên môn tại Trường "
            "MG Bình Quý với chủ đề tổ chức hoạt động trải nghiệm cho trẻ 5 tuổi."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Hoa"],
        blocks=[
            P("Buổi sinh hoạt gồm ba nội dung chính:"),
            P("- Dự hoạt động trải nghiệm “Bé làm bánh tráng” ở lớp Lá 1;"),
            P("- Thảo luận về cách bố trí môi trường trải nghiệm trong và ngoài lớp;"),
            P("- Chia sẻ kinh nghiệm phối hợp với phụ huynh chuẩn bị nguyên vật liệu."),
            P(
                "Các trường trong cụm thống nhất mỗi tháng tổ chức ít nhất một hoạt động trải nghiệm "
                "gắn với nghề truyền thống của địa phương."
            ),
        ],
        opts={"publ": "2026-11-17 15:30", "author_printed": "Nguyễn Thị Hoa (MG Bình Quý)",
              "hits": 288, "form": "divbr", "tags": ["mam-non"]},
    ),
    Story(
        id=1246,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
        title="Hội thi Giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-11-12T14:00:00+07:00",
        summary=(
            "Từ ngày 09 đến 12/11, Phòng GD&ĐT tổ chức Hội thi Giáo viên dạy giỏi cấp huyện bậc "
            "Mầm non với 64 giáo viên đến từ 27 trường tham gia."
        ),
        sapo_outside=True,
        blocks=[
            _home(
                "/uploads/news/2026_11/hoi-thi-gvdg-mam-non.jpg",
                "Giờ dạy của cô Trương Thị Thảo (MG Bình Triều)",
                "Giờ dạy của cô Trương Thị Thảo (MG Bình Triều)",
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai hoạt động giáo dục và trình bày biện pháp nâng cao "
                "chất lượng chăm sóc, giáo dục trẻ."
            ),
            P(
                "Kết quả, có 51 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp huyện, "
                "trong đó 14 giáo viên được đề nghị tham dự hội thi cấp tỉnh."
            ),
        ],
        opts={"publ": "2026-11-12 14:00", "cat2": "hoat-dong-chuyen-mon", "hits": 860,
              "tags": ["mam-non"]},
    ),
    Story(
        id=1244,
        slug="ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-09T17:05:00+07:00",
        summary=(
            "Phòng GD&ĐT ban hành kế hoạch tổ chức Hội khỏe Phù Đổng cấp huyện lần thứ XI, năm học "
            "2026-2027 dành cho học sinh tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P("Thời gian tổ chức: từ ngày 14/12 đến ngày 20/12/2026.", "b"),
            P("Địa điểm: Trung tâm Văn hóa - Thể thao huyện và Trường THCS Lý Tự Trọng."),
            P(
                "Các môn thi đấu gồm điền kinh, bơi lội, cờ vua, bóng đá mini, cầu lông và đá cầu; "
                "các đơn vị đăng ký danh sách vận động viên trước ngày 05/12/2026."
            ),
            Raw(
                '<p>Tải về: <a href="/uploads/news/2026_11/ke-hoach-hkpd-2026.pdf" target="_blank">'
                "ke-hoach-hkpd-2026.pdf</a></p>"
            ),
        ],
        opts={"publ": "2026-11-09 17:05", "hits": 455},
    ),
    Story(
        id=1241,
        slug="ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28T08:15:00+07:00",
        summary=(
            "Sáng 28/10, tại Trường THCS Chu Văn An, Phòng GD&ĐT phối hợp Hội Khuyến học huyện tổ "
            "chức lễ ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026."
        ),
        sapo_outside=True,
        source="Sở GD&ĐT Quảng Nam",
        blocks=[
            P(
                "Tuần lễ năm nay có chủ đề “Học tập suốt đời trong kỷ nguyên số”, diễn ra từ ngày "
                "28/10 đến 03/11 tại tất cả các cơ sở giáo dục."
            ),
            P(
                "Theo kế hoạch, các trường tổ chức ngày hội đọc sách, tọa đàm và trưng bày sản phẩm "
                "học tập của học sinh, giáo viên."
            ),
            Raw('<p style="text-align: right;"><em>Theo Sở GD&amp;ĐT Quảng Nam</em></p>'),
        ],
        opts={"publ": "2026-10-28 08:15", "hits": 190},
    ),
    Story(
        id=1239,
        slug="ket-qua-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-huyen-bac-tieu-hoc",
        title="Kết quả Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-22T09:00:00+07:00",
        summary=(
            "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp huyện bậc Tiểu học năm học 2026-2027 đã khép "
            "lại với 3 giáo viên đạt giải xuất sắc."
        ),
        sapo_outside=True,
        blocks=[
            P("Danh sách giáo viên đạt giải xuất sắc:"),
            P("TT | Họ và tên | Đơn vị | Xếp loại", "th"),
            P("1 | Nguyễn Thị Lan | TH Kim Đồng | Xuất sắc", "tr"),
            P("2 | Đoàn Văn Minh | TH Lê Văn Tám | Xuất sắc", "tr"),
            P("3 | Trần Thị Thu Sương | TH Nguyễn Văn Trỗi | Xuất sắc", "tr"),
            P("Phòng GD&ĐT sẽ khen thưởng các giáo viên đạt giải vào dịp tổng kết năm học."),
        ],
        opts={"publ": "2026-10-22 09:00", "hits": 240},
    ),
    Story(
        id=1237,
        slug="thang-binh-phat-dong-thang-hanh-dong-vi-an-toan-giao-thong-trong-truong-hoc",
        title="Thăng Bình phát động Tháng hành động vì an toàn giao thông trong trường học",
        cat="tin-tuc-su-kien",
        published_at="2026-10-16T16:40:00+07:00",
        authors=["Võ Minh Tâm"],
        blocks=[
            P(
                "Chiều 16/10, Phòng GD&ĐT phối hợp với Công an huyện tổ chức lễ phát động Tháng hành "
                "động vì an toàn giao thông trong trường học."
            ),
            P(
                "Tại buổi lễ, đại diện học sinh các trường ký cam kết chấp hành Luật Giao thông "
                "đường bộ, đội mũ bảo hiểm khi đi xe đạp điện, xe máy điện."
            ),
            Img(
                "/uploads/news/2026_10/phat-dong-atgt.jpg",
                "Học sinh ký cam kết chấp hành an toàn giao thông",
                "Học sinh ký cam kết chấp hành an toàn giao thông",
                style="next",
            ),
            P("Khẩu hiệu của tháng hành động: “An toàn giao thông cho nụ cười ngày mai”."),
        ],
        opts={"publ": "2026-10-16 16:40", "author_printed": "Võ Minh Tâm", "hits": 155,
              "form": "divbr"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

TAGS = {"thcs": "THCS", "mam-non": "mầm non"}

ABOUT = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Phòng Giáo dục và Đào tạo huyện Thăng Bình là cơ quan chuyên môn thuộc UBND huyện, "
            "tham mưu quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
            "Toàn huyện hiện có 27 trường mầm non, 25 trường tiểu học, 22 trường THCS với hơn "
            "32.000 học sinh và 2.100 cán bộ, giáo viên, nhân viên.",
        ],
    ),
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Trình UBND huyện ban hành các quyết định, chỉ thị, kế hoạch phát triển giáo dục và "
            "đào tạo trên địa bàn.",
            "Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch giáo dục.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Trưởng phòng: ông Nguyễn Văn Thành.",
            "Phó Trưởng phòng: ông Huỳnh Ngọc Tuấn, ông Nguyễn Tấn Lực.",
            "Các tổ: Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Hành chính - Tổng hợp.",
        ],
    ),
    "danh-ba-truong-hoc": (
        "Danh bạ trường học",
        [
            "Trường THCS Nguyễn Hiền - Thị trấn Hà Lam - ĐT: 0235.3874.215",
            "Trường TH Kim Đồng - Xã Bình Nguyên - ĐT: 0235.3874.406",
            "Trường MG Bình Quý - Xã Bình Quý - ĐT: 0235.3675.118",
        ],
    ),
}


# --- URLs ------------------------------------------------------------------------------------

NEWS = "/index.php?language=vi&nv=news"


def cat_path(alias: str, page: int = 1) -> str:
    return f"{NEWS}&op={alias}" + (f"/page-{page}" if page > 1 else "")


def post_path(story: Story, cat: str | None = None, slug: str | None = None) -> str:
    return f"{NEWS}&op={cat or story.cat}/{slug or story.slug}-{story.id}"


def print_path(story: Story) -> str:
    return f"{NEWS}&op=print/{story.cat}/{story.slug}-{story.id}"


def tag_path(alias: str) -> str:
    return f"{NEWS}&op=tag/{alias}"


def about_path(alias: str) -> str:
    return f"/index.php?language=vi&nv=about&op={alias}"


CONTACT = "/index.php?language=vi&nv=contact"
TAB3 = f"{NEWS}&op=block-tab&tab=3"


def href(path: str) -> str:
    return esc(path)


# --- helpers ---------------------------------------------------------------------------------


def _publ(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["publ"], "%Y-%m-%d %H:%M")


def date_line(story: Story) -> str:
    d = _publ(story)
    return f"{_DAYS[d.weekday()]} - {d:%d/%m/%Y %H:%M}"


def day(story: Story) -> str:
    return f"{_publ(story):%d/%m/%Y}"


def hits(story: Story) -> int:
    return story.opts.get("hits", story.views())


def in_cat(alias: str) -> list[Story]:
    items = [s for s in STORIES if s.cat == alias or s.opts.get("cat2") == alias]
    return sorted(items, key=_publ, reverse=True)


def pages_of(alias: str) -> int:
    return max(1, -(-len(in_cat(alias)) // PER_PAGE))


def clean60(title: str) -> str:
    """nv_clean60: cut at a word boundary before 60 characters, "..." appended."""
    if len(title) <= 60:
        return title
    cut = title[:60].rsplit(" ", 1)[0]
    return cut + "..."


def hometext_clean(story: Story) -> str:
    return story.summary or ""


def most_read() -> list[Story]:
    return sorted(STORIES, key=hits, reverse=True)[:5]


# --- chrome ----------------------------------------------------------------------------------


def _menu() -> str:
    about = "".join(
        f'<li><a href="{href(about_path(a))}" title="{esc(t)}">{esc(t)}</a></li>'
        for a, (t, _) in ABOUT.items()
    )
    cats = "".join(
        f'<li><a href="{href(cat_path(a))}" title="{esc(t)}">{esc(t)}</a></li>' for a, t in CATS.items()
    )
    return (
        '<nav class="second-nav" id="menusite"><div class="container"><div class="row">'
        '<div class="bg box-shadow"><ul class="nav navbar-nav" id="menu_site_default">'
        '<li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
        '<span class="visible-xs-inline-block"> Trang nhất</span></a></li>'
        f'<li class="dropdown"><a class="dropdown-toggle" href="{href(about_path("gioi-thieu-chung"))}">'
        f'Giới thiệu <strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">{about}</ul></li>'
        f'<li class="dropdown"><a class="dropdown-toggle" href="{href(NEWS)}">Bản tin '
        f'<strong class="caret">&nbsp;</strong></a><ul class="dropdown-menu">{cats}</ul></li>'
        '<li><a href="http://vbpl.quangnam.gov.vn/" target="_blank">Văn bản QPPL</a></li>'
        f'<li><a href="{href(CONTACT)}">Liên hệ</a></li>'
        "</ul></div></div></div></nav>"
    )


def _sidebar() -> str:
    mr = "".join(
        f'<li class="clearfix"><a href="{href(post_path(s))}" title="{esc(s.title)}">'
        f"{esc(clean60(s.title))}</a></li>"
        for s in most_read()
    )
    return (
        '<div class="col-sm-8 col-md-8" id="sidebar-right">'
        '<div class="panel panel-primary"><div class="panel-heading">Tin đọc nhiều</div>'
        f'<div class="panel-body"><ul class="block_news_hot list-none">{mr}</ul></div></div>'
        '<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div>'
        '<div class="panel-body"><form action="/index.php?language=vi&amp;nv=voting" method="post"'
        ' onsubmit="return false"><p><strong>Bạn quan tâm nội dung nào trên trang?</strong></p>'
        '<div class="radio"><label><input type="radio" name="option" value="1"> Tin hoạt động</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="2"> Văn bản chỉ đạo</label></div>'
        '<div class="radio"><label><input type="radio" name="option" value="3"> Thông báo</label></div>'
        '<input type="button" class="btn btn-success btn-sm" value="Bình chọn" '
        "onclick=\"nv_sendvoting(this.form, '2', '1', 'a1b2c3', '', '0');\">"
        ' <input type="button" class="btn btn-primary btn-sm" value="Kết quả" '
        "onclick=\"nv_sendvoting(this.form, '2', 0, 'a1b2c3', '', '0');\"></form></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Liên kết website</div>'
        '<div class="panel-body"><select class="form-control" onchange="window.open(this.value)">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn/">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://quangnam.edu.vn/">Sở GD&amp;ĐT Quảng Nam</option>'
        '<option value="https://thangbinh.quangnam.gov.vn/">UBND huyện Thăng Bình</option>'
        "</select></div></div>"
        '<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div>'
        '<div class="panel-body"><ul class="counter list-none display-table">'
        '<li><span><em class="fa fa-bolt fa-lg fa-horizon">&nbsp;</em>Đang truy cập</span>'
        "<span>27</span></li>"
        '<li><span><em class="fa fa-filter fa-lg fa-horizon">&nbsp;</em>Hôm nay</span><span>1.204</span></li>'
        '<li><span><em class="fa fa-calendar-o fa-lg fa-horizon">&nbsp;</em>Tháng hiện tại</span>'
        "<span>6.380</span></li>"
        '<li><span><em class="fa fa-bars fa-lg fa-horizon">&nbsp;</em>Tổng lượt truy cập</span>'
        "<span>2.845.117</span></li></ul></div></div>"
        "</div>"
    )


def _crumbs(items: list[tuple[str, str]]) -> str:
    lis = "".join(
        '<li itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
        f'<a href="{href(p)}" itemprop="url" title="{esc(t)}"><span itemprop="title">{esc(t)}</span></a></li>'
        for t, p in [("Trang nhất", "/"), *items]
    )
    return (
        '<div class="breadcrumbs-wrap"><div class="display">'
        '<a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);">'
        '<em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none"></ul></div>'
        '<ul class="subs-breadcrumbs"></ul>'
        f'<ul class="temp-breadcrumbs hidden">{lis}</ul></div>'
    )


def page(title: str, content: str, *, crumbs: list[tuple[str, str]] | None = None, head: str = "",
         description: str = "") -> str:
    crumb_html = _crumbs(crumbs) if crumbs is not None else ""
    return (
        '<!DOCTYPE html>\n<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">\n'
        "<head>\n"
        f"<title>{esc(title)}</title>\n"
        '<meta name="description" content="' + esc(description or title) + '">\n'
        '<meta name="keywords" content="phòng giáo dục, thăng bình, quảng nam">\n'
        '<meta name="generator" content="NukeViet v4.0">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{head}"
        '<link rel="shortcut icon" href="/favicon.ico">\n'
        '<link rel="stylesheet" href="/assets/css/font-awesome.min.css">\n'
        '<link rel="StyleSheet" href="/themes/thangbinh/css/bootstrap.min.css">\n'
        '<link rel="StyleSheet" href="/themes/thangbinh/css/style.css">\n'
        '<link rel="StyleSheet" href="/themes/thangbinh/css/news.css">\n'
        '<link rel="stylesheet" href="/assets/js/jquery-ui/jquery-ui.min.css">\n'
        '<script src="/assets/js/jquery/jquery.min.js"></script>\n'
        '<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",'
        'nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",'
        'nv_module_name="news",nv_func_name="main";</script>\n'
        '<script src="/assets/js/language/vi.js"></script>\n<script src="/assets/js/global.js"></script>\n'
        '<script src="/themes/thangbinh/js/news.js"></script>\n<script src="/themes/thangbinh/js/main.js"></script>\n'
        "</head>\n<body>\n"
        '<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.'
        "</div></noscript>\n"
        '<div class="body-bg"><div class="wraper">\n'
        '<header><div class="container"><div id="header" class="row">'
        '<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Phòng GD&amp;ĐT Thăng Bình" href="/">'
        '<img src="/uploads/logo-pgd-thang-binh.png" width="96" height="96" alt="Phòng GD&amp;ĐT Thăng Bình"></a>'
        '<h1>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THĂNG BÌNH</h1><h2>Dạy tốt - Học tốt</h2></div>'
        '<div class="col-xs-24 col-sm-24 col-md-16"><img src="/themes/thangbinh/images/banner-2026.jpg"'
        ' alt="banner" class="img-responsive"></div></div></div></header>\n'
        f"{_menu()}\n"
        '<section><div class="container" id="body">'
        '<nav class="third-nav"><div class="row"><div class="bg"><div class="clearfix">'
        '<div class="col-xs-24 col-sm-18 col-md-18">'
        f"{crumb_html}</div>"
        '<div class="headerSearch col-xs-24 col-sm-6 col-md-6"><form action="/index.php" method="get">'
        '<input type="hidden" name="language" value="vi"><input type="hidden" name="nv" value="seek">'
        '<input type="text" name="q" maxlength="60" class="form-control" placeholder="Tìm kiếm...">'
        '<button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form>'
        '<span class="current-time">Thứ Bảy, 05/12/2026</span></div></div></div></div></nav>\n'
        '<div class="row"><div class="col-sm-16 col-md-16">\n'
        f"{content}\n"
        f"</div>{_sidebar()}</div></div></section>\n"
        '<footer id="footer"><div class="wraper"><div class="container"><div class="row">'
        '<div class="col-xs-24 col-sm-24 col-md-14"><div class="panel-body">'
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THĂNG BÌNH</strong></p>"
        "<p>Địa chỉ: 252 Tiểu La, thị trấn Hà Lam, huyện Thăng Bình, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235.3874.052 - Email: pgdthangbinh@quangnam.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng Nguyễn Văn Thành</p></div></div>"
        '<div class="col-xs-24 col-sm-24 col-md-10"><div class="copyright">© Copyright 2026 '
        "Phòng GD&amp;ĐT Thăng Bình. All rights reserved.</div>"
        '<div class="bttop"><a class="pointer" title="Lên đầu trang"><em class="fa fa-eject fa-lg"></em></a></div>'
        '<div>Powered by <a href="https://nukeviet.vn/" target="_blank">NukeViet CMS</a></div>'
        "</div></div></div></div></footer>\n"
        "</div></div>\n"
        '<script src="/assets/js/jquery-ui/jquery-ui.min.js"></script>\n'
        '<script src="/themes/thangbinh/js/bootstrap.min.js"></script>\n'
        "</body>\n</html>\n"
    )


# --- article body ----------------------------------------------------------------------------


def _img_tag(img: Img, width: int = 600) -> str:
    alt = img.printed or "Ảnh minh họa"
    return f'<img alt="{esc(alt)}" height="400" src="{esc(img.src)}" width="{width}" />'


def render_body(story: Story) -> str:
    form = story.opts.get("form", "p")
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f'<{cell} style="text-align:center">{esc(c)}</{cell}>' for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%">'
                       f"<tbody>{''.join(rows)}</tbody></table>")
            continue
        if isinstance(b, P) and form == "divbr" and b.style == "":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "":
                run.append(blocks[i].text)
                i += 1
            parts = []
            for k, t in enumerate(run):
                if k:
                    # list-like lines ("- ...") are split by one <br />, paragraphs by two
                    parts.append("<br />\n" if t.startswith("- ") else "<br />\n<br />\n")
                parts.append(esc(t))
            out.append('<div style="text-align: justify;">' + "".join(parts) + "</div>")
            continue
        i += 1
        if isinstance(b, P):
            if b.style == "span":
                out.append(
                    '<p style="text-align: justify;"><span style="font-size:14px;">'
                    f'<span style="font-family:times new roman,times,serif;">{esc(b.text)}</span></span></p>'
                )
            elif b.style == "b":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
            if len(out) == 2:
                out.append("<p>&nbsp;</p>")
        elif isinstance(b, Img):
            if b.style == "figure":
                out.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-block">'
                    f"{_img_tag(b)}<figcaption>{esc(b.printed or '')}</figcaption></figure></div>"
                )
            elif b.style == "alt":
                out.append(
                    '<p style="text-align: center;"><img alt="Văn nghệ chào mừng Ngày Nhà giáo Việt Nam"'
                    f' src="{esc(b.src)}" width="600" height="400" /></p>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
    return "\n".join(out)


def _home_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "home"), None)


def _comments(story: Story) -> str:
    cms = story.opts.get("comments") or []
    items = "".join(
        '<div class="media"><a class="pull-left" href="javascript:void(0);">'
        '<img class="media-object bg-gainsboro" src="/themes/thangbinh/images/users/no_avatar.png" width="40" alt="">'
        f'</a><div class="media-body"><h4 class="media-heading">{esc(name)}</h4>'
        f"<p>{esc(body)}</p>"
        f'<div class="comment-info clearfix"><em class="fa fa-clock-o">&nbsp;</em> {esc(when)}'
        ' <a href="javascript:void(0);" class="like">Thích</a></div></div></div>'
        for name, when, body in cms
    )
    return (
        '<div class="news_column panel panel-default"><div class="panel-body">'
        '<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8">'
        '<p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>'
        f'<div id="showcomment" class="margin-bottom-lg"><div class="comment-list">{items}</div></div>'
        '<form method="post" role="form" onsubmit="return false;" class="form-horizontal">'
        '<input type="text" name="name" class="form-control" placeholder="Họ tên">'
        '<textarea name="content" class="form-control" placeholder="Nội dung"></textarea>'
        '<input type="button" value="Gửi bình luận" class="btn btn-primary" onclick="nv_commment_feedback(this.form);">'
        "</form></div></div></div>"
    )


def article_html(story: Story, cat: str) -> str:
    home = _home_img(story)
    url_print = print_path(story)
    url_mail = f"{NEWS}&op=sendmail/{story.cat}/{story.slug}-{story.id}"
    tools = (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{href(url_mail)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,"
        "location=no,status=no');return false\"><em class=\"fa fa-envelope fa-lg\">&nbsp;</em></a></li>"
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" '
        f"onclick=\"nv_open_browse('{href(url_print)}','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,"
        "location=no,status=no');return false\"><em class=\"fa fa-print fa-lg\">&nbsp;</em></a></li>"
        "</ul>"
    )
    top = ""
    if home is not None or story.summary:
        fig = ""
        if home is not None:
            note = home.printed or story.title
            fig = (
                '<figure class="article left pointer" onclick="modalShowByObj(\'#imghome\')">'
                '<div id="imghome" class="pull-left text-center" style="width:300px;">'
                f'<a href="#" title="{esc(note)}"><img alt="{esc(note)}" src="{esc(home.src)}" width="300"'
                ' class="img-thumbnail"></a></div>'
                f"<figcaption>{esc(note)}</figcaption></figure>"
            )
        sapo = f'<div class="hometext m-bottom">{esc(story.summary)}</div>' if story.summary else ""
        top = f'<div class="clearfix">{fig}{sapo}</div>'
    author = ""
    if story.opts.get("author_printed"):
        author += f'<p class="h5 text-right"><strong>{esc(story.opts["author_printed"])}</strong></p>'
    if story.opts.get("source_printed"):
        name, link = story.opts["source_printed"]
        author += (
            f'<p class="h5 text-right"><strong>Nguồn tin: </strong><a title="{esc(name)}" rel="nofollow"'
            f' href="{esc(link)}" target="_blank">{esc(name)}</a></p>'
        )
    if author:
        author = f'<div class="margin-bottom-lg">{author}</div>'
    tags = story.opts.get("tags") or []
    kw = ""
    if tags:
        kw = (
            '<div class="news_column"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
            + ", ".join(f'<a title="{esc(TAGS[t])}" href="{href(tag_path(t))}"><em>{esc(TAGS[t])}</em></a>'
                        for t in tags)
            + "</div>"
        )
    h = hits(story)
    votes = 3 + story.id % 5
    rating = (
        '<div class="news_column"><div id="stringrating">Tổng số điểm của bài viết là: '
        f"{votes * 4 + 3} trong {votes + 1} đánh giá</div>"
        '<div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém">'
        '<input class="hover-star" type="radio" value="2" title="Bài viết kém">'
        '<input class="hover-star" type="radio" value="3" title="Bài viết đạt">'
        '<input class="hover-star" type="radio" value="4" title="Bài viết tốt">'
        '<input class="hover-star" type="radio" value="5" title="Bài viết rất tốt">'
        '<span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div></div>'
    )
    newer = [s for s in in_cat(cat) if _publ(s) > _publ(story)][-3:]
    newer_html = ""
    if newer:
        newer_html = (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            '<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix">'
            '<ul class="related list-items">'
            + "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{href(post_path(s, cat))}" '
                f'title="{esc(s.title)}">{esc(s.title)}</a> <em>({day(s)})</em></li>'
                for s in newer
            )
            + "</ul></div></div></div>"
        )
    return (
        '<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>'
        '<div class="panel-body">'
        f'<h1 class="title margin-bottom-lg" itemprop="headline">{esc(story.title)}</h1>'
        '<div class="row margin-bottom-lg"><div class="col-md-12">'
        f'<span class="h5">{date_line(story)}</span></div>'
        f'<div class="col-md-12">{tools}</div></div>'
        f"{top}"
        f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">\n{render_body(story)}\n</div>'
        f"{author}{kw}"
        f'<div class="news_column"><em class="fa fa-eye">&nbsp;</em> Lượt xem: {h}</div>'
        f"{rating}"
        '<div class="news_column"><div class="fb-like" data-href="" data-layout="button_count"></div>'
        '<div class="g-plusone" data-size="medium"></div></div>'
        "</div></div>"
        f"{_comments(story)}{newer_html}"
    )


def article_head(story: Story, request: Request, cat: str) -> str:
    host = "http://" + request.headers.get("Host", "127.0.0.1")
    canonical = host + post_path(story, cat)
    home = _home_img(story)
    og_img = home.src if home else story.opts.get("hidden_home")
    meta = (
        f'<link rel="canonical" href="{esc(canonical)}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{esc(canonical)}">\n'
        f'<meta property="article:section" content="{esc(CATS[story.cat])}">\n'
        f'<meta property="article:published_time" content="{_publ(story):%Y-%m-%dT%H:%M:%S}+0700">\n'
    )
    if og_img:
        meta += f'<meta property="og:image" content="{esc(host + og_img)}">\n'
    return meta


# --- pages -----------------------------------------------------------------------------------


def _list_item(story: Story, cat: str) -> str:
    return (
        '<li><em class="fa fa-angle-right">&nbsp;</em>'
        f'<a class="show" href="{href(post_path(story, cat))}" title="{esc(story.title)}" '
        f'data-content="{esc(hometext_clean(story))}" data-rel="tooltip" data-placement="bottom">'
        f"{esc(clean60(story.title))}</a> "
        f'<span class="text-muted">({day(story)}) - Lượt xem: {hits(story)}</span></li>'
    )


def listing_page(alias: str, pg: int) -> str:
    items = in_cat(alias)[(pg - 1) * PER_PAGE: pg * PER_PAGE]
    n = pages_of(alias)
    pag = ""
    if n > 1:
        lis = []
        lis.append('<li class="disabled"><a href="#">&laquo;</a></li>' if pg == 1 else
                   f'<li><a href="{href(cat_path(alias, pg - 1))}">&laquo;</a></li>')
        for k in range(1, n + 1):
            lis.append(f'<li class="active"><a href="#">{k}</a></li>' if k == pg else
                       f'<li><a href="{href(cat_path(alias, k))}">{k}</a></li>')
        lis.append('<li class="disabled"><a href="#">&raquo;</a></li>' if pg == n else
                   f'<li><a href="{href(cat_path(alias, pg + 1))}">&raquo;</a></li>')
        pag = f'<div class="text-center"><ul class="pagination">{"".join(lis)}</ul></div>'
    content = (
        f'<div class="news_column panel panel-default"><div class="panel-heading"><h1 class="h3">{esc(CATS[alias])}'
        "</h1></div><div class=\"panel-body\">"
        f'<ul class="list-page-tin related list-items">{"".join(_list_item(s, alias) for s in items)}</ul>'
        f"</div></div>{pag}"
    )
    title = CATS[alias] + (f" - Trang {pg}" if pg > 1 else "") + f" - {SITE}"
    return page(title, content, crumbs=[("Bản tin", NEWS), (CATS[alias], cat_path(alias))])


def _tabs() -> str:
    latest = sorted(STORIES, key=_publ, reverse=True)[:6]

    def li(s: Story) -> str:
        if s.opts.get("old_slug"):  # cached before the post was renamed
            return (f'<li><a href="{href(post_path(s, slug=s.opts["old_slug"]))}" '
                    f'title="{esc(s.opts["old_title"])}">{esc(s.opts["old_title"])}</a></li>')
        return f'<li><a href="{href(post_path(s))}" title="{esc(s.title)}">{esc(clean60(s.title))}</a></li>'

    read = "".join(
        f'<li><a href="{href(post_path(s))}" title="{esc(s.title)}">{esc(clean60(s.title))}</a>'
        f" <span class=\"small\">({hits(s)} lượt xem)</span></li>"
        for s in most_read()
    )
    return (
        '<div class="panel panel-default"><div id="tabs" class="tabs_block">'
        '<ul><li><a href="#tabs-1">Tin mới nhất</a></li><li><a href="#tabs-2">Tin đọc nhiều</a></li>'
        f'<li><a href="{href(TAB3)}">Thông báo</a></li></ul>'
        f'<div id="tabs-1"><ul class="list-none">{"".join(li(s) for s in latest)}</ul></div>'
        f'<div id="tabs-2" class="ui-tabs-hide"><ul class="list-none">{read}</ul></div>'
        "</div><script>$(function(){$('#tabs').tabs({cache:true});});</script></div>"
    )


def home_page() -> str:
    boxes = []
    for alias, name in CATS.items():
        items = in_cat(alias)[:4]
        first, rest = items[0], items[1:]
        home = _home_img(first)
        thumb_src = (home.src if home else first.opts.get("hidden_home", "")).replace("/uploads/", "/assets/")
        thumb = (
            f'<a href="{href(post_path(first, alias))}" title="{esc(first.title)}">'
            f'<img src="{esc(thumb_src)}" alt="{esc(first.title)}" width="120" class="img-thumbnail pull-left'
            ' imghome"></a>'
            if thumb_src else ""
        )
        others = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a title="{esc(s.title)}" '
            f'href="{href(post_path(s, alias))}">{esc(clean60(s.title))}</a></li>'
            for s in rest
        )
        boxes.append(
            '<div class="news_column panel panel-default"><div class="panel-heading">'
            f'<a title="{esc(name)}" href="{href(cat_path(alias))}"><span>{esc(name)}</span></a></div>'
            '<div class="panel-body"><div class="row"><div class="col-md-12">'
            f'{thumb}<h3><a href="{href(post_path(first, alias))}" title="{esc(first.title)}">'
            f"{esc(first.title)}</a></h3><p>{esc(first.summary or '')}</p></div>"
            f'<div class="col-md-12"><ul class="related">{others}</ul></div></div></div></div>'
        )
    return page(f"{SITE} - Trang nhất", _tabs() + "".join(boxes))


def tab3_fragment() -> str:
    items = in_cat("thong-bao")
    return (
        '<ul class="list-none">'
        + "".join(
            f'<li><a href="{href(post_path(s))}" title="{esc(s.title)}">{esc(s.title)}</a>'
            f' <em class="small">({day(s)})</em></li>'
            for s in items
        )
        + "</ul>"
    )


def tag_page(alias: str) -> str:
    items = sorted([s for s in STORIES if alias in (s.opts.get("tags") or [])], key=_publ, reverse=True)
    content = (
        f'<div class="news_column panel panel-default"><div class="panel-heading">Từ khóa: {esc(TAGS[alias])}'
        '</div><div class="panel-body"><ul class="related list-items">'
        + "".join(_list_item(s, s.cat) for s in items)
        + "</ul></div></div>"
    )
    return page(f"{TAGS[alias]} - Bản tin - {SITE}", content, crumbs=[("Bản tin", NEWS)])


def print_page(story: Story) -> str:
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        f"<title>{esc(story.title)}</title>"
        '<meta name="robots" content="noindex, nofollow">'
        '<link rel="StyleSheet" href="/themes/thangbinh/css/news.print.css"></head>'
        '<body><div id="print"><div id="hd_print"><h2 class="pull-left">Phòng GD&amp;ĐT Thăng Bình</h2>'
        '<p class="pull-right"><a title="Phòng GD&amp;ĐT Thăng Bình" href="/">'
        "pgdthangbinh.edu.vn</a></p></div>"
        f'<div id="content"><h1>{esc(story.title)}</h1><div class="time">{date_line(story)}</div>'
        + (f'<div class="hometext"><strong>{esc(story.summary)}</strong></div>' if story.summary else "")
        + (f'<div class="imghome"><img src="{esc(_home_img(story).src)}" width="300" alt=""><p>'
           f"{esc(_home_img(story).printed or story.title)}</p></div>" if _home_img(story) else "")
        + f'<div class="bodytext">{render_body(story)}</div>'
        + (f'<div class="copyright">{esc(story.opts["author_printed"])}</div>'
           if story.opts.get("author_printed") else "")
        + '<div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>'
        f'<a href="{href(post_path(story))}">{esc(post_path(story))}</a></div>'
        '<div class="print"><a title="In ra" href="javascript:;" onclick="window.print()">In bài</a> '
        '<a title="Đóng cửa sổ này" href="javascript:;" onclick="window.close()">Đóng cửa sổ</a></div></div>'
        "</div></div></body></html>"
    )


def about_page(alias: str) -> str:
    title, paras = ABOUT[alias]
    content = (
        f'<div class="page panel panel-default"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(title)}'
        "</h1><div class=\"bodytext\">" + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div></div></div>"
    )
    return page(f"{title} - Giới thiệu - {SITE}", content,
                crumbs=[("Giới thiệu", about_path("gioi-thieu-chung")), (title, about_path(alias))])


def contact_page() -> str:
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Liên hệ</h1>'
        "<p><strong>Phòng Giáo dục và Đào tạo huyện Thăng Bình</strong></p>"
        "<p>Địa chỉ: 252 Tiểu La, thị trấn Hà Lam, huyện Thăng Bình, tỉnh Quảng Nam</p>"
        "<p>Điện thoại: 0235.3874.052 - Fax: 0235.3874.053</p>"
        '<form method="post" action="/index.php?language=vi&amp;nv=contact" onsubmit="return nv_validForm(this);">'
        '<input type="text" name="ftitle" placeholder="Tiêu đề" class="form-control">'
        '<input type="text" name="fname" placeholder="Họ và tên" class="form-control">'
        '<textarea name="fcon" class="form-control"></textarea>'
        '<input type="submit" value="Gửi thư" class="btn btn-primary"></form></div></div>'
    )
    return page(f"Liên hệ - {SITE}", content, crumbs=[("Liên hệ", CONTACT)])


def seek_page(q: str) -> str:
    content = (
        '<div class="panel panel-default"><div class="panel-body"><h1 class="h3">Tìm kiếm</h1>'
        f"<p>Không tìm thấy kết quả nào cho từ khóa <strong>{esc(q)}</strong>.</p></div></div>"
    )
    return page(f"Tìm kiếm - {SITE}", content, crumbs=[("Tìm kiếm", "/index.php?language=vi&nv=seek")])


# --- the site --------------------------------------------------------------------------------

_POST = re.compile(r"^([a-z0-9-]+)/([a-z0-9-]+)-(\d+)$")
_PAGE = re.compile(r"^([a-z0-9-]+)/page-(\d+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        if request.path == "/" and not request.query:
            return html(home_page())
        if request.path != "/index.php":
            if request.path.endswith(".pdf") and request.path.startswith("/uploads/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if request.path.startswith(("/uploads/", "/assets/", "/themes/")) or request.path == "/favicon.ico":
                return static_file(request.path)
            return None
        p = request.params
        if p.get("language") != "vi":
            return None
        nv = p.get("nv")
        keys = set(p)
        if nv == "news":
            return self._news(request, p, keys)
        if nv == "about" and keys == {"language", "nv", "op"} and p["op"] in ABOUT:
            return html(about_page(p["op"]))
        if nv == "contact" and keys == {"language", "nv"}:
            return html(contact_page())
        if nv == "seek" and keys <= {"language", "nv", "q"}:
            return html(seek_page(p.get("q", "")))
        return None

    def _news(self, request: Request, p: dict[str, str], keys: set[str]) -> Response | None:
        op = p.get("op")
        if op is None:
            return html(home_page()) if keys == {"language", "nv"} else None
        if op == "block-tab":
            return html(tab3_fragment()) if keys == {"language", "nv", "op", "tab"} and p["tab"] == "3" else None
        if keys != {"language", "nv", "op"}:
            return None
        if op in CATS:
            return html(listing_page(op, 1))
        if op.startswith("tag/"):
            alias = op[4:]
            return html(tag_page(alias)) if alias in TAGS else None
        if op.startswith("print/"):
            m = _POST.match(op[6:])
            story = BY_ID.get(int(m.group(3))) if m else None
            if story and m.group(1) == story.cat and m.group(2) == story.slug:
                return html(print_page(story))
            return None
        m = _PAGE.match(op)
        if m:
            alias, pg = m.group(1), int(m.group(2))
            if alias in CATS and 2 <= pg <= pages_of(alias):
                return html(listing_page(alias, pg))
            return None
        m = _POST.match(op)
        if not m:
            return None
        cat, slug, sid = m.group(1), m.group(2), int(m.group(3))
        story = BY_ID.get(sid)
        if story is None or cat not in (story.cat, story.opts.get("cat2")):
            return None
        if slug != story.slug:
            if slug == story.opts.get("old_slug"):
                return redirect(post_path(story, cat), 301)
            return None
        body = page(
            f"{story.title} - {CATS[cat]} - {SITE}",
            article_html(story, cat),
            crumbs=[("Bản tin", NEWS), (CATS[cat], cat_path(cat))],
            head=article_head(story, request, cat),
            description=story.summary or _desc(story),
        )
        return html(body)


def _desc(story: Story) -> str:
    return " ".join(b.text for b in story.blocks if isinstance(b, P))[:157] + "..."


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [print_path(story)]
    if story.opts.get("cat2"):
        alts.insert(0, post_path(story, story.opts["cat2"]))
    return gold_record(story, post_path(story), CATS[story.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [about_path(a) for a in ABOUT] + [CONTACT]
