"""Fixture portal: Phòng GD&ĐT huyện Kim Sơn, an Angular 17 app rendered on the server (SSR).

Imitates the site a small Hà Nội software company built in 2024 for a district Bureau of
Education and Training: an Angular 17.3 front end with server-side rendering (@angular/ssr on
Express) in front of an ASP.NET Core API, Angular Material for the widgets, ngx-translate for the
chrome, ngx-pagination for the pagers, CKEditor 5 in the back office. The build deployed is a
development build, so every page carries Angular's debugging marks. What it serves:

- every page is the whole app rendered to HTML, readable without JavaScript:
  ``<app-root ng-version="17.3.0" ng-server-context="ssr">``, components as custom elements
  (``app-header``, ``app-breadcrumb``, ``app-news-list``, ``app-news-card``,
  ``app-news-detail``, ``app-sidebar``, ``app-footer`` …), emulated encapsulation attributes
  (``_nghost-ng-c…`` on a component's host, ``_ngcontent-ng-c…`` on every element of its
  template), ``ng-star-inserted`` classes, ``<!--container-->`` and multi-line
  ``<!--bindings={"ng-reflect-ng-if": "true"}-->`` comments, hydration marks (``ngh``,
  ``<!--nghm-->``), component styles inlined in ``<style ng-app-id="ng">``, ``<base href="/">``
  and a ``<script id="ng-state" type="application/json">`` transfer-state blob holding the API
  answers the page was rendered from (HttpClient cache entries ``{"b": body, "s": 200, "u":
  url …}``, ``<`` written ``\\u003C`` as Angular does). Links carry both ``href`` and
  ``ng-reflect-router-link``; Angular cuts every ng-reflect value to 30 characters, so that
  attribute holds a truncated address on long links (``/tin-tuc/ngay-hoi-stem-cap-huy``). The
  markup pasted by ``[innerHTML]`` (the post body) has no ``_ngcontent`` attributes;
- listings ``/tin-tuc`` (all news) and ``/tin-tuc/chuyen-muc/<slug>`` (three categories), four
  cards a page, ``?page=N`` through an ngx-pagination pager whose template the company rewrote
  with routerLink so that page links are real ``href`` s (``ul.ngx-pagination``,
  ``li.pagination-previous``, ``li.current``, ``li.pagination-next`` with "Trước"/"Sau");
  ``/tin-tuc`` has four pages, "Tin hoạt động" two;
- posts at ``/tin-tuc/<slug>-<id>``: the route reads only the id at the end, so any slug before it
  renders the same post with status 200 and no redirect; the page prints no ``rel=canonical``.
  The post page: breadcrumb component ("home Trang chủ › Tin tức › <chuyên mục>", the
  ``mat-icon`` ligature word is text), a ``mat-card`` with, for some posts, a cover shown only as a
  CSS ``background-image``; ``h1.news-title``; the meta row of ``mat-icon`` ligatures as text
  ("schedule 21/11/2026 10:45", "visibility 215", "account_circle Đăng bởi: admin", sometimes
  "update Cập nhật: 03/11/2026 08:12"); ``mat-divider``; the sapo in ``div.news-summary`` (bold
  by the component's style) when the post has one; the body in ``div.news-content.ck-content``
  (CKEditor 5 HTML: ``figure.image`` with ``figcaption``, a side image, ``figure.table``, lists);
  the author component ("person Tác giả: …", "Nguồn: …"); attachments ("Tệp đính kèm"); tag
  chips (links to the search page); share links and a print button; "Tin liên quan" cards (the
  three newest other posts of the category);
- the sidebar: "Thông báo mới" (dated), "Văn bản chỉ đạo", a visitor counter, banners; the header
  prints TODAY, the hotline, a search form, "Đăng nhập" and a VI | EN switch; the footer prints
  the office's address, hotline, e-mail and the developer's name;
- non-articles: ``/`` (slider "Tin nổi bật", a block per category, albums), ``/gioi-thieu``,
  ``/lien-he`` (a form), ``/van-ban`` (a mat-table register) and ``/van-ban/<id>`` (register
  fields and a PDF under ``/uploads/van-ban/``), ``/thu-vien-anh`` and albums
  ``/thu-vien-anh/<slug>-<id>`` (photos with their lines), ``/tim-kiem?q=…`` (results rendered
  on the server), ``/dang-nhap``;
- ``/robots.txt`` keeps robots out of ``/api/`` and ``/dang-nhap``; no sitemap, no feed (the
  company never made one).

Traps and hard cases:

- ``?page=`` past the end answers 200 with an empty list ("Không có bài viết nào.") and a pager
  whose "Trước" link walks back one page at a time (finite);
- unknown paths, and a post id that does not exist, answer the whole app shell with the
  ``app-not-found`` component ("Không tìm thấy trang") and status 404 (Express sets it from the
  RESPONSE token); ``ng-reflect-router-link`` values cut at 30 characters lead there;
- ``/api/tin-tuc?page=2&size=6`` (and ``&chuyenMuc=<slug>``) answers the same entries as JSON
  (ASP.NET Core camelCase, ``{"success":true,"data":{"items":[…],"totalCount":13…}}``),
  ``/api/tin-tuc/<id>`` a post; any other ``/api/…`` a ProblemDetails 404. ``/assets/…`` holds
  images and the ``i18n/*.json`` dictionaries;
- ``?lang=en`` on any page renders the same page with English chrome (ngx-translate) and the same
  Vietnamese post; the switch links every page to its ``?lang=en`` twin (alt_paths of the posts);
- the home page slider links the STEM post (id 1258) under the slug it had before its title was
  edited (``/tin-tuc/ngay-hoi-stem-cap-huyen-lan-thu-nhat-1258``): the same post, 200, no
  canonical (an alt_path);
- ``<meta property="article:published_time">`` is written by the server's SEO service as
  ``new Date(ngayDang).toISOString()`` on a server running in UTC, with the API's zone-less local
  time: it reads 7 hours late (``2026-11-21T10:45:00.000Z`` for a post printed 10:45 local).

Gold (by hand). Articles are the thirteen posts; listings, albums, documents, static pages,
search, login, the ``?lang=en`` twins and the 404 pages are not. Judgement calls:

- published_at is the meta row's "schedule dd/MM/yyyy HH:mm" (local time, +07:00); the template
  always prints a time, and post 1243 prints "10/11/2026 00:00", a day. The "update Cập nhật: …"
  stamp (post 1234) and the UTC meta tag are not the publication date;
- the ``div.news-summary`` text is the summary and the body's first paragraph. Post 1255 has no
  summary field but opens its body with a paragraph wholly in ``<strong>``: the lead typed by
  hand, summary and first paragraph both. Posts with neither have summary None;
- authors: the author component's "Tác giả:" value without titles ("ThS. Đinh Văn Quang",
  "Cô Trần Thị Ngọc Ánh") and without the unit after a dash ("Lê Thị Minh Thu - Trường THCS Lai
  Thành"); a unit printed there is the author ("Tổ Tiểu học", "Tổ Trung học cơ sở");
  "Tác giả: Quản trị viên" (post 1209) credits nobody, and neither does the meta row's
  "Đăng bởi: admin/bientap.kimson" login. Post 1239 has no author field and signs its text
  "Tin, ảnh: Hoàng Anh Tuấn" (right-aligned, bold, last paragraph of the content): author and
  photographer, and not body;
- "Nguồn: Báo Ninh Bình" / "Nguồn: Cổng Thông tin điện tử huyện Kim Sơn" go to source and leave
  the author in place;
- captions: the ``figcaption`` text. A leading "Ảnh: " label is dropped (post 1258: no
  photographer, the rest describes the photo); "(…)" parentheses are dropped (post 1221); a
  caption ending "- Ảnh: Trần Minh" is kept as printed and names Trần Minh as photographer (post
  1251); a figcaption that is only a Zalo file name (post 1239) is no caption; figures without a
  figcaption (1255, the side image of 1243) have caption None;
- images: the ``<img>`` s of the content in order; the CSS ``background-image`` cover and the
  cards' thumbnails are not article images;
- tables: one body paragraph per row (header row included), cells joined by " | "; list items are
  paragraphs; the lead-in lines ("Điều kiện tham dự hội thi:") are body;
- the category is the breadcrumb's last link (the ``chuyenMuc`` of the post).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "angular_ssr_pgd"
PLATFORM = "angular_ssr"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Kim Sơn"
SITE_SHORT = "Phòng GD&ĐT huyện Kim Sơn"
ADDRESS = "Số 12 đường Lưu Phương, thị trấn Phát Diệm, huyện Kim Sơn, tỉnh Ninh Bình"
HOTLINE = "0229 3 862 145"
EMAIL = "pgddt.kimson@ninhbinh.edu.vn"
API_ORIGIN = "https://api.pgdkimson.edu.vn"
PER_PAGE = 4
RELATED = 3
UP = "/uploads/ckeditor/2026"

#: category slug -> (API id, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-hoat-dong": (2, "Tin hoạt động"),
    "chuyen-mon-nghiep-vu": (3, "Chuyên môn - Nghiệp vụ"),
    "thong-bao": (4, "Thông báo"),
}

#: component ids of the emulated view encapsulation (``_nghost-<id>`` / ``_ngcontent-<id>``)
CID = {
    "root": "ng-c3912004117",
    "header": "ng-c2750149219",
    "crumb": "ng-c2208839412",
    "home": "ng-c2480731986",
    "list": "ng-c1541670845",
    "card": "ng-c4086723516",
    "detail": "ng-c1873364520",
    "author": "ng-c3607415893",
    "sidebar": "ng-c3307194128",
    "footer": "ng-c967421552",
    "page": "ng-c1125906237",
    "docs": "ng-c2914083356",
    "album": "ng-c1760334029",
    "search": "ng-c4172690541",
    "login": "ng-c2031857718",
    "notfound": "ng-c598202771",
}


# Story.opts: at (the API's ngayDang, local, zone-less), updated (ngayCapNhat shown as
# "Cập nhật"), poster (the login in "Đăng bởi"), author_field (the printed "Tác giả:" value),
# source_line (the printed "Nguồn:" value), cover (a CSS background cover), tags, attach.
# Img styles: figure (figure.image + optional figcaption), side (figure.image.image-style-side),
# resized (figure.image.image_resized with a width). P styles: "", bold (a <strong> lead),
# li (ul item), th/tr (table rows, cells " | ").
STORIES: list[Story] = [
    Story(
        id=1262,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-cap-thcs-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I cấp THCS năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-24T16:10:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 215/KH-PGDĐT ngày 05/9/2026 của Phòng GD&ĐT huyện Kim Sơn về thực"
                " hiện nhiệm vụ năm học 2026-2027, Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I đối"
                " với các môn kiểm tra chung đề cấp THCS như sau:"
            ),
            P("Ngày kiểm tra | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các trường THCS chủ động xếp lịch kiểm tra các môn học còn lại, hoàn thành trước ngày"
                " 31/12/2026. Đề kiểm tra chung do Phòng GD&ĐT ra và gửi qua hệ thống thư điện tử công"
                " vụ trước giờ kiểm tra 30 phút."
            ),
            P(
                "Đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc; trong quá trình thực"
                " hiện nếu có vướng mắc, liên hệ bộ phận chuyên môn THCS, điện thoại 0229 3 862 147."
            ),
        ],
        authors=["Tổ Trung học cơ sở"],
        opts={
            "at": "2026-11-24 16:10",
            "poster": "bientap.kimson",
            "author_field": "Tổ Trung học cơ sở",
            "tags": ["Kiểm tra cuối kỳ", "THCS"],
        },
    ),
    Story(
        id=1258,
        slug="ngay-hoi-stem-cap-huyen-lan-thu-nhat-thu-hut-hon-40-san-pham-cua-hoc-sinh",
        title="Ngày hội STEM cấp huyện lần thứ nhất thu hút hơn 40 sản phẩm của học sinh",
        cat="tin-hoat-dong",
        published_at="2026-11-21T10:45:00+07:00",
        summary=(
            "Ngày 20/11/2026, tại Trường THCS Kim Sơn, Phòng GD&ĐT huyện Kim Sơn tổ chức Ngày hội"
            " STEM cấp huyện lần thứ nhất với sự tham gia của 27 trường tiểu học và THCS trên địa bàn."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Ngày hội nhằm lan tỏa phong trào giáo dục STEM trong các nhà trường, tạo sân chơi bổ"
                " ích giúp học sinh vận dụng kiến thức khoa học, công nghệ, kỹ thuật và toán học vào"
                " giải quyết các vấn đề thực tiễn của cuộc sống."
            ),
            Img(
                f"{UP}/11/ngay-hoi-stem-01.jpg",
                "Lãnh đạo Phòng GD&ĐT tham quan gian trưng bày sản phẩm STEM của các trường",
                "Lãnh đạo Phòng GD&ĐT tham quan gian trưng bày sản phẩm STEM của các trường",
                "figure",
            ),
            P(
                "Hơn 40 sản phẩm được trưng bày và thuyết trình tại ngày hội, trong đó nhiều sản phẩm"
                " có tính ứng dụng cao như: máy cho gà ăn tự động, hệ thống cảnh báo cháy mini, thùng"
                " rác phân loại thông minh, mô hình nhà kính trồng rau sạch."
            ),
            Img(
                f"{UP}/11/ngay-hoi-stem-02.jpg",
                "Ảnh: Mô hình “Hệ thống tưới cây tự động” của học sinh Trường THCS Như Hòa",
                "Mô hình “Hệ thống tưới cây tự động” của học sinh Trường THCS Như Hòa",
                "resized",
            ),
            P(
                "Bên cạnh khu trưng bày, ngày hội còn có các hoạt động trải nghiệm như lắp ráp robot,"
                " thả tên lửa nước, thí nghiệm vui. Kết thúc ngày hội, Ban tổ chức đã trao 6 giải Nhất,"
                " 9 giải Nhì, 12 giải Ba cho các sản phẩm xuất sắc."
            ),
        ],
        authors=["Đinh Văn Quang"],
        opts={
            "at": "2026-11-21 10:45",
            "poster": "admin",
            "author_field": "ThS. Đinh Văn Quang",
            "cover": True,
            "old_slug": "ngay-hoi-stem-cap-huyen-lan-thu-nhat",
            "tags": ["STEM", "Ngày hội"],
        },
    ),
    Story(
        id=1255,
        slug="hoi-thao-chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-cho-hoc-sinh-tieu-hoc",
        title="Hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu cho học sinh tiểu học”",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-19T14:20:00+07:00",
        summary=(
            "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt theo Chương trình giáo dục phổ thông"
            " 2018, ngày 18/11/2026, Phòng GD&ĐT huyện Kim Sơn tổ chức hội thảo chuyên đề “Dạy học"
            " phát triển năng lực đọc hiểu cho học sinh tiểu học” tại Trường Tiểu học Kim Chính."
        ),
        blocks=[
            P(
                "Nhằm nâng cao chất lượng dạy học môn Tiếng Việt theo Chương trình giáo dục phổ thông"
                " 2018, ngày 18/11/2026, Phòng GD&ĐT huyện Kim Sơn tổ chức hội thảo chuyên đề “Dạy học"
                " phát triển năng lực đọc hiểu cho học sinh tiểu học” tại Trường Tiểu học Kim Chính.",
                "bold",
            ),
            P(
                "Tham dự hội thảo có đại diện lãnh đạo, tổ trưởng chuyên môn khối 4, khối 5 của 26"
                " trường tiểu học trong huyện. Các đại biểu đã dự hai tiết dạy minh họa môn Tiếng Việt"
                " lớp 4 và lớp 5 do cô giáo Phạm Thị Huế và cô giáo Đoàn Thị Mai thể hiện."
            ),
            Img(f"{UP}/11/hoi-thao-doc-hieu-1.jpg", None, None, "figure"),
            P(
                "Trong phần thảo luận, các đại biểu tập trung trao đổi về cách thiết kế câu hỏi đọc"
                " hiểu theo ba mức độ, việc tổ chức cho học sinh đọc mở rộng và sử dụng góc đọc sách"
                " trong lớp học."
            ),
            Img(
                f"{UP}/11/hoi-thao-doc-hieu-2.jpg",
                "Các đại biểu trao đổi, thảo luận tại hội thảo",
                "Các đại biểu trao đổi, thảo luận tại hội thảo",
                "figure",
            ),
            P(
                "Phát biểu kết luận, đồng chí Phó Trưởng phòng GD&ĐT đề nghị các trường tiếp tục đổi"
                " mới sinh hoạt chuyên môn, nhân rộng những cách làm hay đã được chia sẻ tại hội thảo."
            ),
        ],
        authors=["Tổ Tiểu học"],
        opts={
            "at": "2026-11-19 14:20",
            "poster": "bientap.kimson",
            "author_field": "Tổ Tiểu học",
            "tags": ["Tiếng Việt", "Tiểu học"],
        },
    ),
    Story(
        id=1251,
        slug="trao-120-suat-qua-cho-hoc-sinh-co-hoan-canh-kho-khan-vung-bai-ngang",
        title="Trao 120 suất quà cho học sinh có hoàn cảnh khó khăn vùng bãi ngang",
        cat="tin-hoat-dong",
        published_at="2026-11-17T09:05:00+07:00",
        summary=(
            "Sáng 16/11/2026, Phòng GD&ĐT huyện Kim Sơn phối hợp với Hội Khuyến học huyện và các"
            " nhà hảo tâm trao 120 suất quà cho học sinh có hoàn cảnh khó khăn tại các xã vùng bãi"
            " ngang."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi suất quà gồm 500.000 đồng tiền mặt, một bộ sách giáo khoa và đồ dùng học tập, tổng"
                " trị giá hơn 90 triệu đồng. Các em nhận quà là học sinh tiểu học và THCS thuộc hộ"
                " nghèo, cận nghèo, mồ côi cha hoặc mẹ tại các xã Kim Đông, Kim Trung, Kim Hải và Cồn"
                " Thoi."
            ),
            Img(
                f"{UP}/11/trao-qua-bai-ngang.jpg",
                "Lãnh đạo Phòng GD&ĐT và Hội Khuyến học huyện trao quà cho học sinh - Ảnh: Trần Minh",
                "Lãnh đạo Phòng GD&ĐT và Hội Khuyến học huyện trao quà cho học sinh - Ảnh: Trần Minh",
                "figure",
            ),
            P(
                "Dịp này, nhiều thầy cô giáo và phụ huynh học sinh cũng đã đóng góp quần áo ấm, chăn"
                " màn để gửi tặng các em trước mùa đông."
            ),
        ],
        authors=["Vũ Thị Lan"],
        photographers=["Trần Minh"],
        source="Báo Ninh Bình",
        opts={
            "at": "2026-11-17 09:05",
            "poster": "admin",
            "author_field": "Vũ Thị Lan",
            "source_line": "Báo Ninh Bình",
            "cover": True,
            "tags": ["Khuyến học"],
        },
    ),
    Story(
        id=1247,
        slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
        title="Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-11-13T15:00:00+07:00",
        blocks=[
            P(
                "Thực hiện Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và Đào tạo ban hành Quy định về"
                " Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ"
                " nhiệm lớp giỏi cơ sở giáo dục phổ thông, Phòng GD&ĐT huyện Kim Sơn xây dựng kế hoạch tổ"
                " chức Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026-2027."
            ),
            P("Điều kiện tham dự hội thi:"),
            P("Là giáo viên đang trực tiếp giảng dạy tại các trường mầm non trên địa bàn huyện;", "li"),
            P("Đạt danh hiệu giáo viên dạy giỏi cấp trường năm học 2025-2026 hoặc 2026-2027;", "li"),
            P("Được xếp loại chuẩn nghề nghiệp từ mức khá trở lên.", "li"),
            P(
                "Hội thi dự kiến tổ chức từ ngày 07/12 đến ngày 18/12/2026. Các trường gửi danh sách"
                " giáo viên đăng ký dự thi về Phòng GD&ĐT (qua bộ phận Mầm non) trước ngày 30/11/2026."
            ),
        ],
        opts={
            "at": "2026-11-13 15:00",
            "poster": "admin",
            "tags": ["Giáo viên dạy giỏi", "Mầm non"],
            "attach": ("/uploads/files/2026/11/KH-hoi-thi-GVDG-MN-2026.pdf", "KH-hoi-thi-GVDG-MN-2026.pdf", "312 KB"),
        },
    ),
    Story(
        id=1243,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-cap-thcs-tai-cum-so-2",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cấp THCS tại cụm số 2",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-11-10",
        blocks=[
            P(
                "Ngày 07/11/2026, tại Trường THCS Lai Thành, cụm chuyên môn số 2 tổ chức buổi sinh hoạt"
                " chuyên môn theo nghiên cứu bài học môn Toán với sự tham gia của 32 giáo viên đến từ 7"
                " trường THCS trong cụm."
            ),
            Img(f"{UP}/11/sinh-hoat-cum-2-toan.jpg", None, None, "side"),
            P(
                "Tiết dạy minh họa bài “Hình thang cân” (Toán 8) do thầy giáo Nguyễn Văn Hưng thực"
                " hiện. Thay vì tập trung nhận xét giáo viên, các thầy cô quan sát, ghi chép hoạt động"
                " học của từng nhóm học sinh, từ đó phân tích nguyên nhân học sinh gặp khó khăn và đề"
                " xuất điều chỉnh."
            ),
            Img(
                f"{UP}/11/sinh-hoat-cum-2-du-gio.jpg",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A",
                "figure",
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên có thêm kinh nghiệm tổ chức các hoạt động học tích cực,"
                " phát huy tính chủ động, sáng tạo của học sinh trong giờ học Toán."
            ),
        ],
        authors=["Lê Thị Minh Thu"],
        opts={
            "at": "2026-11-10 00:00",
            "poster": "bientap.kimson",
            "author_field": "Lê Thị Minh Thu - Trường THCS Lai Thành",
            "tags": ["Toán", "Nghiên cứu bài học"],
        },
    ),
    Story(
        id=1239,
        slug="khai-mac-hoi-khoe-phu-dong-cap-huyen-nam-2026",
        title="Khai mạc Hội khỏe Phù Đổng cấp huyện năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-11-06T08:00:00+07:00",
        summary=(
            "Sáng 05/11/2026, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT huyện Kim Sơn khai"
            " mạc Hội khỏe Phù Đổng cấp huyện năm 2026 với sự tham gia của gần 900 vận động viên là"
            " học sinh các trường tiểu học và THCS."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội khỏe Phù Đổng năm nay diễn ra từ ngày 05 đến ngày 09/11/2026 với 8 môn thi đấu gồm:"
                " điền kinh, bơi, cầu lông, bóng bàn, cờ vua, đá cầu, bóng đá và kéo co."
            ),
            Img(
                f"{UP}/11/hkpd-khai-mac-01.jpg",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "Các đoàn vận động viên diễu hành tại lễ khai mạc",
                "figure",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT nhấn mạnh Hội khỏe Phù Đổng là dịp để"
                " đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao trường học, đồng"
                " thời phát hiện, bồi dưỡng năng khiếu thể thao cho học sinh."
            ),
            Img(
                f"{UP}/11/hkpd-keo-co.jpg",
                "Thi đấu môn kéo co khối THCS",
                "Thi đấu môn kéo co khối THCS",
                "figure",
            ),
            Img(f"{UP}/11/z5981234567890_3f2a7c1d9e8b4a6f.jpg", "z5981234567890_3f2a7c1d9e8b4a6f.jpg", None, "figure"),
            P(
                "Kết quả hội thi là cơ sở để lựa chọn vận động viên tham dự Hội khỏe Phù Đổng cấp tỉnh"
                " năm 2027."
            ),
            Raw('<p style="text-align:right;"><strong>Tin, ảnh: Hoàng Anh Tuấn</strong></p>'),
        ],
        authors=["Hoàng Anh Tuấn"],
        photographers=["Hoàng Anh Tuấn"],
        opts={"at": "2026-11-06 08:00", "poster": "admin", "cover": True, "tags": ["Hội khỏe Phù Đổng", "Thể thao"]},
    ),
    Story(
        id=1234,
        slug="thong-bao-dieu-chinh-thoi-gian-lam-viec-mua-dong-cua-phong-gd-dt",
        title="Thông báo điều chỉnh thời gian làm việc mùa đông của Phòng GD&ĐT",
        cat="thong-bao",
        published_at="2026-11-02T07:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Quyết định của UBND huyện Kim Sơn về thời gian làm việc mùa đông, kể từ ngày"
                " 01/11/2026 đến hết ngày 31/3/2027, thời gian làm việc của Phòng GD&ĐT như sau:"
            ),
            P("Buổi sáng: từ 7 giờ 30 phút đến 11 giờ 30 phút;", "li"),
            P("Buổi chiều: từ 13 giờ 00 phút đến 17 giờ 00 phút.", "li"),
            P(
                "Bộ phận một cửa tiếp nhận hồ sơ của tổ chức, cá nhân trong giờ hành chính các ngày từ"
                " thứ Hai đến thứ Sáu hằng tuần."
            ),
        ],
        opts={"at": "2026-11-02 07:45", "updated": "2026-11-03 08:12", "poster": "bientap.kimson", "tags": []},
    ),
    Story(
        id=1228,
        slug="tap-huan-su-dung-phan-mem-quan-ly-hoc-ba-so-cho-giao-vien-tieu-hoc",
        title="Tập huấn sử dụng phần mềm quản lý học bạ số cho giáo viên tiểu học",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-10-28T13:30:00+07:00",
        summary=(
            "Trong hai ngày 26 và 27/10/2026, Phòng GD&ĐT huyện Kim Sơn tổ chức tập huấn sử dụng phần"
            " mềm quản lý học bạ số cho hơn 250 cán bộ quản lý và giáo viên chủ nhiệm lớp 1, lớp 2 các"
            " trường tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tập huấn, báo cáo viên hướng dẫn quy trình nhập điểm, nhận xét, ký số học bạ và"
                " chuyển dữ liệu lên cơ sở dữ liệu ngành; giải đáp các vướng mắc thường gặp khi sử dụng"
                " chữ ký số của giáo viên và hiệu trưởng."
            ),
            Img(
                f"{UP}/10/tap-huan-hoc-ba-so.jpg",
                "Giáo viên thực hành ký số học bạ trên máy tính",
                "Giáo viên thực hành ký số học bạ trên máy tính",
                "figure",
            ),
            P(
                "Việc triển khai học bạ số góp phần giảm áp lực hồ sơ, sổ sách cho giáo viên, đẩy mạnh"
                " chuyển đổi số trong quản lý giáo dục theo chỉ đạo của Bộ Giáo dục và Đào tạo."
            ),
        ],
        authors=["Phạm Văn Định"],
        opts={
            "at": "2026-10-28 13:30",
            "poster": "admin",
            "author_field": "Phạm Văn Định",
            "tags": ["Chuyển đổi số", "Học bạ số"],
        },
    ),
    Story(
        id=1221,
        slug="truong-mam-non-kim-my-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-1",
        title="Trường Mầm non Kim Mỹ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 1",
        cat="tin-hoat-dong",
        published_at="2026-10-22T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/10/2026, Trường Mầm non Kim Mỹ long trọng tổ chức lễ đón Bằng công nhận trường"
                " mầm non đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2."
            ),
            Img(
                f"{UP}/10/mn-kim-my-don-bang.jpg",
                "(Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia cho Trường Mầm non Kim Mỹ)",
                "Lãnh đạo UBND huyện trao Bằng công nhận trường đạt chuẩn quốc gia cho Trường Mầm non Kim Mỹ",
                "figure",
            ),
            P(
                "Sau 5 năm nỗ lực, nhà trường đã được đầu tư xây dựng 12 phòng học kiên cố, bếp ăn một"
                " chiều, sân chơi ngoài trời với nhiều đồ chơi vận động. 100% giáo viên đạt chuẩn trình"
                " độ đào tạo, trong đó 85% trên chuẩn."
            ),
            P(
                "Nhân dịp này, nhà trường đã tặng giấy khen cho 6 tập thể và 15 cá nhân có nhiều đóng góp"
                " trong quá trình xây dựng trường chuẩn quốc gia."
            ),
            Img(
                f"{UP}/10/mn-kim-my-van-nghe.jpg",
                "(Các cô giáo và học sinh biểu diễn văn nghệ chào mừng buổi lễ)",
                "Các cô giáo và học sinh biểu diễn văn nghệ chào mừng buổi lễ",
                "figure",
            ),
        ],
        authors=["Trần Thị Ngọc Ánh"],
        opts={
            "at": "2026-10-22 10:00",
            "poster": "admin",
            "author_field": "Cô Trần Thị Ngọc Ánh",
            "tags": ["Trường chuẩn quốc gia", "Mầm non"],
        },
    ),
    Story(
        id=1215,
        slug="ket-qua-thi-chon-hoc-sinh-gioi-lop-9-cap-huyen-nam-hoc-2026-2027",
        title="Kết quả thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027",
        cat="chuyen-mon-nghiep-vu",
        published_at="2026-10-15T16:40:00+07:00",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027 được tổ chức ngày"
                " 10/10/2026 với 612 thí sinh dự thi ở 9 môn văn hóa. Kết quả có 298 thí sinh đạt giải,"
                " trong đó 21 giải Nhất, 64 giải Nhì, 96 giải Ba và 117 giải Khuyến khích."
            ),
            P("Các trường có số lượng giải cao nhất:"),
            P("Trường | Giải Nhất | Giải Nhì | Giải Ba | Tổng số giải", "th"),
            P("THCS Kim Sơn | 9 | 15 | 12 | 36", "tr"),
            P("THCS Như Hòa | 3 | 8 | 10 | 21", "tr"),
            P("THCS Lai Thành | 2 | 6 | 9 | 17", "tr"),
            P(
                "Phòng GD&ĐT sẽ lựa chọn các thí sinh có kết quả cao để thành lập đội tuyển tham dự kỳ"
                " thi chọn học sinh giỏi cấp tỉnh."
            ),
        ],
        authors=["Nguyễn Hữu Thắng"],
        opts={
            "at": "2026-10-15 16:40",
            "poster": "bientap.kimson",
            "author_field": "Nguyễn Hữu Thắng",
            "tags": ["Học sinh giỏi", "THCS"],
        },
    ),
    Story(
        id=1209,
        slug="thong-bao-ket-qua-xet-tuyen-vien-chuc-giao-vien-nam-2026",
        title="Thông báo kết quả xét tuyển viên chức giáo viên năm 2026",
        cat="thong-bao",
        published_at="2026-10-09T09:00:00+07:00",
        blocks=[
            P(
                "Căn cứ kết quả xét tuyển vòng 2 của Hội đồng xét tuyển viên chức ngành giáo dục huyện"
                " Kim Sơn năm 2026, Phòng GD&ĐT thông báo kết quả xét tuyển như sau:"
            ),
            P("Tổng số thí sinh tham dự vòng 2: 86 người;", "li"),
            P("Số thí sinh trúng tuyển: 54 người (mầm non 18, tiểu học 22, THCS 14).", "li"),
            P(
                "Danh sách thí sinh trúng tuyển được niêm yết công khai tại trụ sở Phòng GD&ĐT và UBND"
                " huyện. Thí sinh trúng tuyển hoàn thiện hồ sơ và nhận quyết định tuyển dụng trước ngày"
                " 20/10/2026."
            ),
        ],
        opts={"at": "2026-10-09 09:00", "poster": "admin", "author_field": "Quản trị viên", "tags": ["Tuyển dụng"]},
    ),
    Story(
        id=1198,
        slug="huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-02T15:20:00+07:00",
        summary=(
            "Từ ngày 01 đến 07/10/2026, các nhà trường và trung tâm học tập cộng đồng trên địa bàn"
            " huyện Kim Sơn đồng loạt tổ chức các hoạt động hưởng ứng Tuần lễ học tập suốt đời năm"
            " 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại các trường học, thư viện mở cửa đến 17 giờ hằng ngày, tổ chức giới thiệu sách, thi"
                " kể chuyện theo sách và trưng bày sách theo chủ đề. Nhiều trung tâm học tập cộng đồng"
                " mở lớp tập huấn kỹ thuật trồng lúa hữu cơ, nuôi trồng thủy sản và sử dụng điện thoại"
                " thông minh cho người cao tuổi."
            ),
            Img(
                f"{UP}/10/thu-vien-xanh-kim-tan.jpg",
                "Học sinh Trường Tiểu học Kim Tân đọc sách tại thư viện xanh",
                "Học sinh Trường Tiểu học Kim Tân đọc sách tại thư viện xanh",
                "figure",
            ),
            P(
                "Tuần lễ học tập suốt đời góp phần nâng cao nhận thức của người dân về vai trò của học"
                " tập thường xuyên, xây dựng xã hội học tập từ cơ sở."
            ),
        ],
        authors=["Đỗ Minh Khoa"],
        source="Cổng Thông tin điện tử huyện Kim Sơn",
        opts={
            "at": "2026-10-02 15:20",
            "poster": "admin",
            "author_field": "Đỗ Minh Khoa",
            "source_line": "Cổng Thông tin điện tử huyện Kim Sơn",
            "tags": ["Học tập suốt đời"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}"


def old_path(story: Story) -> str | None:
    old = story.opts.get("old_slug")
    return f"/tin-tuc/{old}-{story.id}" if old else None


def newest(cat: str | None = None) -> list[Story]:
    return sorted((s for s in STORIES if cat is None or s.cat == cat), key=lambda s: s.opts["at"], reverse=True)


def related(story: Story) -> list[Story]:
    return [s for s in newest(story.cat) if s.id != story.id][:RELATED]


def pages(cat: str | None = None) -> int:
    return max(1, -(-len(newest(cat)) // PER_PAGE))


def list_path(cat: str | None = None) -> str:
    return f"/tin-tuc/chuyen-muc/{cat}" if cat else "/tin-tuc"


# --- documents and albums -------------------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    issued: str
    issuer: str
    kind: str
    summary: str
    file: str


DOCS: list[Doc] = [
    Doc(437, "3150/QĐ-UBND", "18/11/2026", "UBND huyện Kim Sơn", "Quyết định",
        "Quyết định công nhận trường mầm non đạt chuẩn quốc gia mức độ 1", "qd-3150-ubnd-cong-nhan-truong-chuan.pdf"),
    Doc(431, "248/KH-PGDĐT", "12/11/2026", "Phòng GD&ĐT huyện Kim Sơn", "Kế hoạch",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026-2027", "kh-248-pgddt-hoi-thi-gvdg-mn.pdf"),
    Doc(425, "236/PGDĐT-TH", "20/10/2026", "Phòng GD&ĐT huyện Kim Sơn", "Công văn",
        "V/v tổ chức tập huấn sử dụng phần mềm học bạ số cấp tiểu học", "cv-236-pgddt-th-tap-huan-hoc-ba-so.pdf"),
    Doc(418, "1024/SGDĐT-GDTrH", "12/09/2026", "Sở GD&ĐT Ninh Bình", "Công văn",
        "Hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026-2027", "cv-1024-sgddt-gdtrh-huong-dan-nhiem-vu.pdf"),
    Doc(412, "215/KH-PGDĐT", "05/09/2026", "Phòng GD&ĐT huyện Kim Sơn", "Kế hoạch",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027", "kh-215-pgddt-nhiem-vu-nam-hoc.pdf"),
]  # fmt: skip
_DOC_BY_ID = {d.id: d for d in DOCS}


def doc_file(doc: Doc) -> str:
    return f"/uploads/van-ban/2026/{doc.file}"


ALBUMS: list[tuple[int, str, str, str, list[tuple[str, str]]]] = [
    (14, "hoi-khoe-phu-dong-cap-huyen-nam-2026", "Hội khỏe Phù Đổng cấp huyện năm 2026", "09/11/2026", [
        ("/uploads/album/2026/11/hkpd-01.jpg", "Lễ thượng cờ khai mạc Hội khỏe Phù Đổng"),
        ("/uploads/album/2026/11/hkpd-02.jpg", "Vận động viên môn điền kinh khối tiểu học"),
        ("/uploads/album/2026/11/hkpd-03.jpg", "Trận chung kết bóng đá nam khối THCS"),
        ("/uploads/album/2026/11/hkpd-04.jpg", "Trao cờ cho các đơn vị dẫn đầu toàn đoàn"),
    ]),
    (13, "le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026-2027", "05/09/2026", [
        ("/uploads/album/2026/09/khai-giang-01.jpg", "Học sinh lớp 1 Trường Tiểu học Phát Diệm đón năm học mới"),
        ("/uploads/album/2026/09/khai-giang-02.jpg", "Đánh trống khai giảng tại Trường THCS Kim Sơn"),
        ("/uploads/album/2026/09/khai-giang-03.jpg", "Tiết mục văn nghệ chào mừng năm học mới"),
    ]),
]  # fmt: skip
_ALBUM_BY_ID = {a[0]: a for a in ALBUMS}


def album_path(album: tuple) -> str:
    return f"/thu-vien-anh/{album[1]}-{album[0]}"


# --------------------------------------------------------------------------- the gold (by hand)


def _alts(story: Story) -> list[str]:
    out = [article_path(story) + "?lang=en"]
    if old := old_path(story):
        out.append(old)
    return out


GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat][1], alt_paths=_alts(s)) for s in newest()]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(2, pages() + 1)),
    *(list_path(c) for c in CATS),
    *(f"{list_path(c)}?page={n}" for c in CATS for n in range(2, pages(c) + 1)),
    "/gioi-thieu",
    "/lien-he",
    "/van-ban",
    *(f"/van-ban/{d.id}" for d in DOCS),
    "/thu-vien-anh",
    *(album_path(a) for a in ALBUMS),
    "/tim-kiem",
    "/dang-nhap",
]


# --------------------------------------------------------------------------- Angular rendering

_OPEN = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s[^<>]*)?)>")


def _scope(markup: str, cid: str) -> str:
    """Emulated encapsulation: ``_ngcontent-<cid>`` on every element of a template that has none."""

    def add(m: re.Match) -> str:
        if "_ngcontent-" in m.group(2):
            return m.group(0)
        return f'<{m.group(1)} _ngcontent-{cid}=""{m.group(2)}>'

    return _OPEN.sub(add, markup)


def _noscope(markup: str) -> str:
    """Markup no template wrote ([innerHTML], ViewEncapsulation.None): hidden from ``_scope``."""
    return re.sub(r"<([a-zA-Z])", "<\x01\\1", markup)


def _host(tag: str, name: str, inner: str, attrs: str = "", ngh: int | None = None) -> str:
    cid = CID[name]
    hyd = f' ngh="{ngh}"' if ngh is not None else ""
    return f'<{tag} _nghost-{cid}=""{attrs}{hyd}>{_scope(inner, cid)}</{tag}>'


def _reflect(value: str) -> str:
    """Angular's dev-mode ``ng-reflect-*`` value: ``String(value).slice(0, 30)``."""
    return esc(value[:30])


def _if(value: bool | str = True) -> str:
    shown = "true" if value is True else ("false" if value is False else value)
    return f'<!--bindings={{\n  "ng-reflect-ng-if": "{shown}"\n}}-->'


def _for(count: int) -> str:
    value = ",".join(["[object Object]"] * count)[:30]
    return f'<!--bindings={{\n  "ng-reflect-ng-for-of": "{value}"\n}}-->'


def _a(href: str, inner: str, cls: str = "", static: bool = False, extra: str = "") -> str:
    """A routerLink anchor: a static ``routerLink="…"`` also stays as a plain attribute."""
    c = f' class="{cls}"' if cls else ""
    s = f' routerlink="{esc(href)}"' if static else ""
    return f'<a{c}{s}{extra} ng-reflect-router-link="{_reflect(href)}" href="{esc(href)}">{inner}</a>'


def _img(src: str, alt: str) -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}">'


def _icon(name: str) -> str:
    return (
        '<mat-icon role="img" class="mat-icon notranslate material-icons mat-ligature-font'
        f' mat-icon-no-color" aria-hidden="true" data-mat-icon-type="font">{name}</mat-icon>'
    )


_DIVIDER = '<mat-divider role="separator" class="mat-divider mat-divider-horizontal" aria-orientation="horizontal"></mat-divider>'

_LABELS = {
    "vi": {
        "home": "Trang chủ", "intro": "Giới thiệu", "news": "Tin tức", "docs": "Văn bản",
        "album": "Thư viện ảnh", "contact": "Liên hệ", "login": "Đăng nhập", "search": "Tìm kiếm",
        "search_ph": "Nhập từ khóa...", "hotline": "Đường dây nóng", "notices": "Thông báo mới",
        "directives": "Văn bản chỉ đạo", "stats": "Thống kê truy cập", "online": "Đang truy cập",
        "today": "Hôm nay", "total": "Tổng lượt truy cập", "author": "Tác giả", "source": "Nguồn",
        "posted": "Đăng bởi", "updated": "Cập nhật", "related": "Tin liên quan", "share": "Chia sẻ",
        "print": "In bài viết", "copy": "Sao chép liên kết", "attach": "Tệp đính kèm", "tags": "Từ khóa",
        "all": "Tất cả", "prev": "Trước", "next": "Sau", "empty": "Không có bài viết nào.",
        "more": "Xem thêm", "featured": "Tin nổi bật", "address": "Địa chỉ", "phone": "Điện thoại",
        "links": "Liên kết website", "nf_title": "Không tìm thấy trang",
        "nf_text": "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.", "back": "Về trang chủ",
    },
    "en": {
        "home": "Home", "intro": "About us", "news": "News", "docs": "Documents",
        "album": "Photo gallery", "contact": "Contact", "login": "Sign in", "search": "Search",
        "search_ph": "Enter keywords...", "hotline": "Hotline", "notices": "Latest notices",
        "directives": "Directives", "stats": "Visitor statistics", "online": "Online",
        "today": "Today", "total": "Total visits", "author": "Author", "source": "Source",
        "posted": "Posted by", "updated": "Updated", "related": "Related news", "share": "Share",
        "print": "Print", "copy": "Copy link", "attach": "Attachments", "tags": "Tags",
        "all": "All", "prev": "Previous", "next": "Next", "empty": "No posts found.",
        "more": "More", "featured": "Featured", "address": "Address", "phone": "Phone",
        "links": "Links", "nf_title": "Page not found",
        "nf_text": "The page you requested does not exist or has been removed.", "back": "Back to home",
    },
}  # fmt: skip


def _local(at: str) -> datetime:
    return datetime.strptime(at, "%Y-%m-%d %H:%M")


def _api_time(at: str) -> str:
    """The API's ``DateTime`` as System.Text.Json writes a zone-less value."""
    return f"{_local(at):%Y-%m-%dT%H:%M:%S}"


def _day(s: Story) -> str:
    return f"{_local(s.opts['at']):%d/%m/%Y}"


def _thumb(s: Story) -> str:
    return f"/uploads/tin-tuc/2026/{s.id}-thumb.jpg" if s.images else "/assets/images/no-image.png"


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 170 else first[:170].rsplit(" ", 1)[0] + "..."


def _card_json(s: Story) -> dict:
    cid, cname = CATS[s.cat]
    return {
        "id": s.id,
        "tieuDe": s.title,
        "duongDan": s.slug,
        "moTa": _excerpt(s),
        "anhDaiDien": _thumb(s),
        "ngayDang": _api_time(s.opts["at"]),
        "luotXem": s.views(),
        "chuyenMuc": {"id": cid, "ten": cname, "duongDan": s.cat},
    }


def _list_json(cat: str | None, page: int, size: int) -> dict:
    items = newest(cat)
    chunk = items[(page - 1) * size : page * size]
    return {
        "success": True,
        "data": {
            "items": [_card_json(s) for s in chunk],
            "pageIndex": page,
            "pageSize": size,
            "totalCount": len(items),
            "totalPages": max(1, -(-len(items) // size)),
        },
        "message": None,
    }


def _post_json(s: Story) -> dict:
    return {
        "success": True,
        "data": {
            **_card_json(s),
            "tomTat": s.summary if s.sapo_outside else None,
            "noiDung": _content(s),
            "tacGia": s.opts.get("author_field"),
            "nguon": s.opts.get("source_line"),
            "ngayCapNhat": _api_time(s.opts["updated"]) if "updated" in s.opts else None,
            "nguoiTao": s.opts["poster"],
            "the": s.opts["tags"],
            "tepDinhKem": (
                [{"ten": s.opts["attach"][1], "duongDan": s.opts["attach"][0], "kichThuoc": s.opts["attach"][2]}]
                if "attach" in s.opts
                else []
            ),
        },
        "message": None,
    }


def _state_key(url: str) -> str:
    return str(int(hashlib.md5(url.encode("utf-8")).hexdigest()[:8], 16))


def _ng_state(entries: list[tuple[str, object]]) -> str:
    """The transfer state: HttpClient cache entries, then the hydration data."""
    store: dict[str, object] = {}
    for url, body in entries:
        store[_state_key(url)] = {"b": body, "h": {}, "s": 200, "st": "OK", "u": API_ORIGIN + url, "rt": "json"}
    store["__nghData__"] = [{"t": {"3": "t0"}, "c": {"3": []}}, {"c": {"0": [{"i": "t1", "r": 1}]}}]
    return json.dumps(store, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")


# --- CKEditor 5 content ---------------------------------------------------------------------


def _figure(img: Img, n: int) -> str:
    cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
    size = 'width="1280" height="853"' if n % 2 == 0 else 'width="1024" height="768"'
    ratio = "1280/853" if n % 2 == 0 else "1024/768"
    tag = f'<img style="aspect-ratio:{ratio};" src="{esc(img.src)}" {size}>'
    if img.style == "side":
        return f'<figure class="image image-style-side">{tag}{cap}</figure>'
    if img.style == "resized":
        return f'<figure class="image image_resized" style="width:72.5%;">{tag}{cap}</figure>'
    return f'<figure class="image">{tag}{cap}</figure>'


def _content(s: Story) -> str:
    parts: list[str] = []
    blocks = s.blocks
    i = 0
    n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<ul>{''.join(items)}</ul>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            head, body = [], []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in row.text.split(" | "))
                (head if row.style == "th" else body).append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                f'<figure class="table"><table><thead>{"".join(head)}</thead>'
                f'<tbody>{"".join(body)}</tbody></table></figure>'
            )
            continue
        if isinstance(b, P):
            inner = f"<strong>{esc(b.text)}</strong>" if b.style == "bold" else esc(b.text)
            parts.append(f'<p style="text-align:justify;">{inner}</p>')
        elif isinstance(b, Img):
            parts.append(_figure(b, n))
            n += 1
        else:
            parts.append(b.html)
        i += 1
    return "".join(parts)


# --- chrome ---------------------------------------------------------------------------------

_STYLES = (
    ".top-bar[_ngcontent-ng-c2750149219]{background:#0d47a1;color:#fff;font-size:13px}"
    ".brand-name[_ngcontent-ng-c2750149219]{font-weight:700;text-transform:uppercase;color:#0d47a1}"
    ".news-title[_ngcontent-ng-c1873364520]{font-size:26px;font-weight:700;line-height:1.35}"
    ".news-summary[_ngcontent-ng-c1873364520]{font-weight:700;font-size:16px;margin:16px 0}"
    ".news-cover[_ngcontent-ng-c1873364520]{height:320px;background-size:cover;background-position:center}"
    ".news-meta[_ngcontent-ng-c1873364520]{display:flex;gap:16px;color:#666;font-size:13px}"
    ".news-author[_ngcontent-ng-c3607415893]{text-align:right;font-weight:700}"
    ".news-card__title[_ngcontent-ng-c4086723516]{font-size:16px;font-weight:600}"
    ".widget-title[_ngcontent-ng-c3307194128]{background:#0d47a1;color:#fff;padding:8px 12px}"
)


def _head(request: Request, title: str, lang: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}" data-critters-container><head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <link href="https://fonts.googleapis.com/css2?family=Roboto:wght@300;400;500;700&amp;display=swap" rel="stylesheet">
  <link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">
<link rel="stylesheet" href="styles-5INURTSO.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles-5INURTSO.css"></noscript><style ng-app-id="ng">{_STYLES}</style>{extra}</head>
<body class="mat-typography"><!--nghm-->"""


def _header(path: str, lang: str) -> str:
    L = _LABELS[lang]
    switch_vi = (
        '<span class="lang-item active">VI</span>'
        if lang == "vi"
        else _a(path, "VI", "lang-item", extra=' ng-reflect-query-params="[object Object]"')
    )
    switch_en = (
        f'<a class="lang-item" ng-reflect-router-link="{_reflect(path)}" ng-reflect-query-params="[object Object]" href="{esc(path)}?lang=en">EN</a>'
        if lang == "vi"
        else '<span class="lang-item active">EN</span>'
    )
    menu = [("/", "home"), ("/gioi-thieu", "intro"), ("/tin-tuc", "news"), ("/van-ban", "docs"), ("/thu-vien-anh", "album"), ("/lien-he", "contact")]
    active = ' routerlinkactive="active"'
    items = "".join(
        '<li class="nav-item ng-star-inserted">'
        + _a(href, esc(L[key]), "nav-link" + (" active" if (path == href or (href != "/" and path.startswith(href))) else ""), static=True, extra=active)
        + "</li>"
        for href, key in menu
    )
    inner = f"""<div class="top-bar"><div class="container top-bar__inner">
<span class="today">{_icon("calendar_today")} {TODAY}</span>
<span class="hotline">{_icon("phone_in_talk")} {L["hotline"]}: {HOTLINE}</span>
<span class="top-links">{_a("/dang-nhap", f'{_icon("login")} {L["login"]}', "login-link", static=True)}
<span class="lang-switch">{switch_vi} | {switch_en}</span></span></div></div>
<div class="brand-bar"><div class="container brand-bar__inner">
{_a("/", '<img src="/assets/images/logo-pgd.png" alt="Logo" class="brand-logo">', "brand", static=True)}
<div class="brand-text"><div class="brand-sub">UBND HUYỆN KIM SƠN</div><div class="brand-name">{esc(SITE)}</div></div>
<form class="search-box ng-untouched ng-pristine ng-valid" action="/tim-kiem" method="get" novalidate>
<mat-form-field appearance="outline" class="mat-mdc-form-field search-field mat-mdc-form-field-type-mat-input mat-form-field-appearance-outline mat-primary">
<input matinput name="q" class="mat-mdc-input-element mdc-text-field__input" placeholder="{L["search_ph"]}" id="mat-input-0" aria-invalid="false" aria-required="false"></mat-form-field>
<button mat-icon-button type="submit" class="mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base" mat-ripple-loader-uninitialized="" mat-ripple-loader-class-name="mat-mdc-button-ripple" mat-ripple-loader-centered="">{_icon("search")}</button></form>
</div></div>
<mat-toolbar color="primary" class="mat-toolbar main-nav mat-primary mat-toolbar-single-row"><div class="container"><ul class="nav-list">{items}{_for(len(menu))}</ul></div></mat-toolbar>"""
    return _host("app-header", "header", inner, ngh=0)


def _crumbs(trail: list[tuple[str | None, str]], lang: str) -> str:
    L = _LABELS[lang]
    home = _icon("home") + " " + L["home"]
    lis = [f'<li class="breadcrumb-item">{_a("/", home)}</li>']
    for href, label in trail:
        if href:
            lis.append(f'<li class="breadcrumb-item ng-star-inserted"><span class="sep">›</span>{_a(href, esc(label))}</li>')
        else:
            lis.append(f'<li class="breadcrumb-item active ng-star-inserted"><span class="sep">›</span><span>{esc(label)}</span></li>')
    inner = f'<nav aria-label="breadcrumb" class="app-breadcrumb"><ol class="breadcrumb-list">{"".join(lis)}{_for(len(trail))}</ol></nav>'
    return _host("app-breadcrumb", "crumb", inner)


def _sidebar(lang: str) -> str:
    L = _LABELS[lang]
    notices = "".join(
        f'<li class="notice-item ng-star-inserted">{_icon("campaign")}{_a(article_path(s), esc(s.title), "notice-link")}'
        f' <span class="notice-date">({_day(s)})</span></li>'
        for s in newest("thong-bao")[:5]
    )
    docs = "".join(
        f'<li class="doc-item ng-star-inserted">{_a(f"/van-ban/{d.id}", f"<strong>{esc(d.number)}</strong>")}'
        f'<div class="doc-summary">{esc(d.summary)}</div><div class="doc-date">{_icon("event")} {d.issued}</div></li>'
        for d in DOCS[:4]
    )
    inner = f"""<mat-card class="mat-mdc-card mdc-card widget"><div class="widget-title">{_icon("notifications")} {L["notices"]}</div>
<mat-card-content class="mat-mdc-card-content"><ul class="notice-list">{notices}{_for(5)}</ul></mat-card-content></mat-card>
<mat-card class="mat-mdc-card mdc-card widget"><div class="widget-title">{_icon("description")} {L["directives"]}</div>
<mat-card-content class="mat-mdc-card-content"><ul class="doc-list">{docs}{_for(4)}</ul>{_a("/van-ban", L["more"] + " »", "widget-more", static=True)}</mat-card-content></mat-card>
<mat-card class="mat-mdc-card mdc-card widget banners"><div class="widget-title">{_icon("link")} {L["links"]}</div>
<mat-card-content class="mat-mdc-card-content">
<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner-bo-gddt.png" alt="Bộ Giáo dục và Đào tạo"></a>
<a href="https://sgddt.ninhbinh.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner-so-gddt.png" alt="Sở GD&amp;ĐT Ninh Bình"></a>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/assets/images/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia"></a>
</mat-card-content></mat-card>
<mat-card class="mat-mdc-card mdc-card widget counter"><div class="widget-title">{_icon("bar_chart")} {L["stats"]}</div>
<mat-card-content class="mat-mdc-card-content"><ul class="counter-list">
<li>{_icon("person")} {L["online"]}: <b>23</b></li><li>{_icon("today")} {L["today"]}: <b>512</b></li>
<li>{_icon("groups")} {L["total"]}: <b>1.284.903</b></li></ul></mat-card-content></mat-card>"""
    return _host("app-sidebar", "sidebar", inner)


def _footer(lang: str) -> str:
    L = _LABELS[lang]
    inner = f"""<footer class="site-footer"><div class="container footer-grid">
<div class="footer-col"><div class="footer-title">{esc(SITE.upper())}</div>
<p>{_icon("location_on")} {L["address"]}: {esc(ADDRESS)}</p>
<p>{_icon("call")} {L["phone"]}: {HOTLINE} - {L["hotline"]}: 0912 368 145</p>
<p>{_icon("mail")} Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Trưởng phòng Phòng GD&amp;ĐT huyện Kim Sơn</p></div>
<div class="footer-col footer-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3744.5!2d106.09!3d20.08" width="100%" height="180" loading="lazy" title="Bản đồ"></iframe></div>
</div><div class="footer-bottom">© 2024 {esc(SITE_SHORT)}. Thiết kế và phát triển bởi Công ty TNHH Phần mềm Sao Bắc Hà Nội.</div></footer>"""
    return _host("app-footer", "footer", inner)


def _page(request: Request, title: str, main: str, *, lang: str, sidebar: bool = True, extra: str = "", state: list | None = None, status: int = 200) -> Response:
    path = request.path
    column = (
        f'<div class="layout-grid"><div class="layout-main">{main}</div><aside class="layout-aside">{_sidebar(lang)}</aside></div>'
        if sidebar
        else f'<div class="layout-full">{main}</div>'
    )
    root_inner = f"{_header(path, lang)}<main class=\"site-main\"><router-outlet></router-outlet>{column}<!--container--></main>{_footer(lang)}"
    root = _host("app-root", "root", root_inner, attrs=' ng-version="17.3.0" ng-server-context="ssr"')
    body = (
        _head(request, f"{title} | {SITE_SHORT}", lang, extra)
        + root
        + '\n<script src="polyfills-RX4V3J3S.js" type="module"></script><script src="main-QWXK7L2P.js" type="module"></script>\n'
        + f'<script id="ng-state" type="application/json">{_ng_state(state or [])}</script></body></html>'
    )
    return html(body.replace("\x01", ""), status=status, headers={"X-Powered-By": "Express", "Vary": "Accept-Encoding"})


def _lang(request: Request) -> str:
    return "en" if request.params.get("lang") == "en" else "vi"


# --- cards and pager ------------------------------------------------------------------------


def _card(s: Story, lang: str, with_excerpt: bool = True) -> str:
    desc = f'<p class="news-card__desc ng-star-inserted">{esc(_excerpt(s))}</p>' if with_excerpt else _if(False)
    inner = f"""<mat-card class="mat-mdc-card mdc-card news-card">
{_a(article_path(s), f'<img src="{esc(_thumb(s))}" alt="{esc(s.title)}" loading="lazy">', "news-card__thumb")}
<mat-card-content class="mat-mdc-card-content"><h3 class="news-card__title">{_a(article_path(s), esc(s.title))}</h3>
<div class="news-card__meta">{_icon("event")} {_day(s)} <span class="views">{_icon("visibility")} {s.views()}</span></div>{desc}</mat-card-content></mat-card>"""
    return _host("app-news-card", "card", inner, attrs=' class="ng-star-inserted"')


def _pager(path: str, page: int, last: int, lang: str) -> str:
    """ngx-pagination's markup, from a template rewritten with routerLink so pages are hrefs."""
    L = _LABELS[lang]

    def link(n: int, inner: str, label: str = "") -> str:
        aria = f' aria-label="{label}"' if label else ""
        return f'<a{aria} ng-reflect-router-link="{_reflect(path)}" ng-reflect-query-params="[object Object]" href="{esc(path)}?page={n}">{inner}</a>'

    sr = '<span class="show-for-sr">page</span>'
    lis = []
    if page > 1:
        lis.append(f'<li class="pagination-previous">{link(page - 1, L["prev"] + sr, "Previous page")}</li>')
    else:
        lis.append(f'<li class="pagination-previous disabled"><span aria-live="polite">{L["prev"]}<span class="show-for-sr">page</span></span></li>')
    lis.append(f'<li class="small-screen"> {min(page, last)} / {last} </li>')
    for n in range(1, last + 1):
        if n == page:
            lis.append(f'<li class="current"><span aria-live="polite"><span class="show-for-sr">You\'re on page</span><span>{n}</span></span></li>')
        else:
            num = f'<span class="show-for-sr">page </span><span>{n}</span>'
            lis.append(f"<li>{link(n, num)}</li>")
    if page < last:
        lis.append(f'<li class="pagination-next">{link(page + 1, L["next"] + sr, "Next page")}</li>')
    else:
        lis.append(f'<li class="pagination-next disabled"><span aria-live="polite">{L["next"]}<span class="show-for-sr">page</span></span></li>')
    nav = _noscope(f'<pagination-template ng-reflect-max-size="7"><nav role="navigation" aria-label="Phân trang"><ul class="ngx-pagination" role="navigation">{"".join(lis)}</ul></nav></pagination-template>')
    return f'<pagination-controls class="news-pager" previouslabel="{L["prev"]}" nextlabel="{L["next"]}" ng-reflect-previous-label="{L["prev"]}" ng-reflect-next-label="{L["next"]}">{nav}</pagination-controls>'


# --- pages ----------------------------------------------------------------------------------


def _listing(request: Request, cat: str | None) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    try:
        page = max(1, int(request.params.get("page", "1")))
    except ValueError:
        page = 1
    items = newest(cat)
    last = pages(cat)
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    path = list_path(cat)
    title = CATS[cat][1] if cat else L["news"]
    trail = [("/tin-tuc", L["news"]), (None, CATS[cat][1])] if cat else [(None, L["news"])]
    chips = [_a("/tin-tuc", L["all"], "mat-mdc-chip cat-chip" + ("" if cat else " cat-chip--active"))]
    chips += [_a(list_path(c), esc(n), "mat-mdc-chip cat-chip" + (" cat-chip--active" if c == cat else "")) for c, (_, n) in CATS.items()]
    if chunk:
        grid = "".join(_card(s, lang) for s in chunk) + _for(len(chunk))
    else:
        grid = _if(False) + f'<div class="empty-state ng-star-inserted">{_icon("inbox")} {L["empty"]}</div>'
    inner = f"""{_crumbs(trail, lang)}<h2 class="page-heading">{esc(title)}</h2>
<nav class="cat-chips">{"".join(chips)}{_for(len(CATS))}</nav>
<div class="news-grid">{grid}</div>{_pager(path, page, last, lang)}"""
    main = _host("app-news-list", "list", inner, ngh=1)
    api = f"/api/tin-tuc?page={page}&size={PER_PAGE}" + (f"&chuyenMuc={cat}" if cat else "")
    state = [(api, _list_json(cat, page, PER_PAGE)), ("/api/tin-tuc?chuyenMuc=thong-bao&page=1&size=5", _list_json("thong-bao", 1, 5))]
    extra = f'<meta name="description" content="{esc(title)} - {esc(SITE)}">'
    return _page(request, title, main, lang=lang, extra=extra, state=state)


def _author_block(s: Story, lang: str) -> str:
    L = _LABELS[lang]
    parts = []
    if s.opts.get("author_field"):
        parts.append(f'<div class="news-author ng-star-inserted">{_icon("person")} {L["author"]}: {esc(s.opts["author_field"])}</div>')
    else:
        parts.append(_if(False))
    if s.opts.get("source_line"):
        parts.append(f'<div class="news-source ng-star-inserted">{L["source"]}: <em>{esc(s.opts["source_line"])}</em></div>')
    else:
        parts.append(_if(False))
    return _host("app-news-author", "author", "".join(parts))


def _article(request: Request, s: Story) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    base = base_url(request)
    cname = CATS[s.cat][1]
    cover = (
        f'<div class="news-cover ng-star-inserted" style="background-image: url({_thumb(s)});"></div>'
        if s.opts.get("cover")
        else _if(False)
    )
    meta = [
        f'<span class="meta-item">{_icon("schedule")} {_local(s.opts["at"]):%d/%m/%Y %H:%M}</span>',
        f'<span class="meta-item">{_icon("visibility")} {s.views()}</span>',
        f'<span class="meta-item">{_icon("account_circle")} {L["posted"]}: {esc(s.opts["poster"])}</span>',
    ]
    if "updated" in s.opts:
        meta.append(f'<span class="meta-item meta-updated ng-star-inserted">{_icon("update")} {L["updated"]}: {_local(s.opts["updated"]):%d/%m/%Y %H:%M}</span>')
    else:
        meta.append(_if(False))
    summary = (
        f'<div class="news-summary ng-star-inserted">{esc(s.summary)}</div>'
        if s.summary and s.sapo_outside
        else _if(False)
    )
    content = f'<div class="news-content ck-content">{_noscope(_content(s))}</div>'
    if "attach" in s.opts:
        href, fname, size = s.opts["attach"]
        attach = (
            f'<div class="news-attachments ng-star-inserted"><div class="attach-title">{_icon("attach_file")} {L["attach"]}</div>'
            f'<ul><li><a href="{esc(href)}" target="_blank" download="">{esc(fname)}</a> <span class="size">({size})</span></li></ul></div>'
        )
    else:
        attach = _if(False)
    tags = "".join(
        f'<a class="mat-mdc-chip tag-chip ng-star-inserted" ng-reflect-router-link="/tim-kiem" ng-reflect-query-params="[object Object]" href="/tim-kiem?q={quote(t)}">#{esc(t)}</a>'
        for t in s.opts["tags"]
    )
    tag_row = f'<div class="news-tags ng-star-inserted">{_icon("sell")} {L["tags"]}: {tags}{_for(len(s.opts["tags"]))}</div>' if s.opts["tags"] else _if(False)
    share_url = quote(base + article_path(s), safe="")
    share = f"""<div class="news-actions"><span class="share-label">{L["share"]}:</span>
<a class="share-btn share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener">Facebook</a>
<a class="share-btn share-zalo" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener">Zalo</a>
<button mat-stroked-button type="button" class="mdc-button mdc-button--outlined mat-mdc-outlined-button mat-unthemed mat-mdc-button-base">{_icon("print")} <span class="mdc-button__label">{L["print"]}</span></button>
<button mat-stroked-button type="button" class="mdc-button mdc-button--outlined mat-mdc-outlined-button mat-unthemed mat-mdc-button-base">{_icon("content_copy")} <span class="mdc-button__label">{L["copy"]}</span></button></div>"""
    rel = related(s)
    related_html = f"""<section class="related-news ng-star-inserted"><h3 class="section-heading">{L["related"]}</h3>
<div class="related-grid">{"".join(_card(r, lang, with_excerpt=False) for r in rel)}{_for(len(rel))}</div></section>"""
    inner = f"""{_crumbs([("/tin-tuc", L["news"]), (list_path(s.cat), cname)], lang)}
<mat-card class="mat-mdc-card mdc-card news-detail-card">{cover}<mat-card-content class="mat-mdc-card-content">
<h1 class="news-title">{esc(s.title)}</h1>
<div class="news-meta">{"".join(meta)}</div>{_DIVIDER}
{summary}{content}{_author_block(s, lang)}{attach}{tag_row}{_DIVIDER}{share}
</mat-card-content></mat-card>{related_html}"""
    main = _host("app-news-detail", "detail", inner, ngh=1)
    meta_time = f"{_local(s.opts['at']):%Y-%m-%dT%H:%M:%S}.000Z"  # the UTC server's toISOString()
    extra = (
        f'<meta name="description" content="{esc(_excerpt(s))}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(s.title)}">'
        f'<meta property="og:description" content="{esc(_excerpt(s))}"><meta property="og:image" content="{base}{_thumb(s)}">'
        f'<meta property="og:url" content="{base}{esc(request.target)}"><meta property="article:published_time" content="{meta_time}">'
    )
    state = [
        (f"/api/tin-tuc/{s.id}", _post_json(s)),
        (f"/api/tin-tuc/{s.id}/lien-quan?size={RELATED}", {"success": True, "data": [_card_json(r) for r in rel], "message": None}),
        ("/api/tin-tuc?chuyenMuc=thong-bao&page=1&size=5", _list_json("thong-bao", 1, 5)),
    ]
    return _page(request, s.title, main, lang=lang, extra=extra, state=state)


def _home(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    hero = newest("tin-hoat-dong")[:3]
    slides = "".join(
        f'<div class="slide ng-star-inserted{" slide--active" if i == 0 else ""}">'
        + _a(old_path(s) or article_path(s), _img(_thumb(s), s.title), "slide-img")
        + f'<div class="slide-caption"><h3>{_a(old_path(s) or article_path(s), esc(s.title))}</h3><span>{_day(s)}</span></div></div>'
        for i, s in enumerate(hero)
    )
    blocks = []
    for c, (_, cname) in CATS.items():
        items = newest(c)[:3]
        blocks.append(
            f'<section class="home-block ng-star-inserted"><div class="home-block__head"><h2>{_a(list_path(c), esc(cname))}</h2>'
            f'{_a(list_path(c), L["more"] + " »", "home-block__more")}</div><div class="news-grid">'
            + "".join(_card(s, lang) for s in items)
            + _for(len(items))
            + "</div></section>"
        )
    albums = "".join(
        f'<div class="album-thumb ng-star-inserted">{_a(album_path(a), _img(a[4][0][0], a[2]) + f"<span>{esc(a[2])}</span>")}</div>'
        for a in ALBUMS
    )
    inner = f"""<section class="featured"><h2 class="section-heading">{_icon("star")} {L["featured"]}</h2>
<div class="slider">{slides}{_for(len(hero))}</div></section>
{"".join(blocks)}{_for(len(CATS))}
<section class="home-block"><div class="home-block__head"><h2>{_a("/thu-vien-anh", L["album"], static=True)}</h2></div><div class="album-row">{albums}{_for(len(ALBUMS))}</div></section>"""
    main = _host("app-home", "home", inner, ngh=1)
    state = [(f"/api/tin-tuc?chuyenMuc={c}&page=1&size=3", _list_json(c, 1, 3)) for c in CATS]
    extra = f'<meta name="description" content="Cổng thông tin điện tử {esc(SITE)}">'
    return _page(request, L["home"], main, lang=lang, extra=extra, state=state)


_STATIC: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            f"{SITE} là cơ quan chuyên môn thuộc UBND huyện Kim Sơn, tham mưu, giúp UBND huyện thực hiện"
            " chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.",
            "Toàn huyện hiện có 27 trường mầm non, 26 trường tiểu học và 25 trường THCS với hơn 38.000"
            " học sinh; 92% số trường đạt chuẩn quốc gia.",
            "Lãnh đạo Phòng: Trưởng phòng và hai Phó Trưởng phòng; các bộ phận chuyên môn: Mầm non, Tiểu"
            " học, Trung học cơ sở, Văn phòng - Kế toán.",
        ],
    ),
}


def _static_page(request: Request) -> Response:
    lang = _lang(request)
    title, paragraphs = _STATIC[request.path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    inner = f'{_crumbs([(None, title)], lang)}<mat-card class="mat-mdc-card mdc-card page-card"><mat-card-content class="mat-mdc-card-content"><h1 class="page-title">{esc(title)}</h1><div class="page-content">{_noscope(body)}</div></mat-card-content></mat-card>'
    return _page(request, title, _host("app-static-page", "page", inner), lang=lang, state=[("/api/trang/gioi-thieu", {"success": True, "data": {"tieuDe": title, "noiDung": body}})])


def _contact(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    fields = "".join(
        f'<mat-form-field appearance="outline" class="mat-mdc-form-field mat-form-field-appearance-outline"><mat-label>{label}</mat-label>'
        f'<input matinput formcontrolname="{name}" class="mat-mdc-input-element mdc-text-field__input ng-untouched ng-pristine ng-invalid" required=""></mat-form-field>'
        for name, label in (("hoTen", "Họ và tên"), ("email", "Email"), ("soDienThoai", "Số điện thoại"), ("tieuDe", "Tiêu đề"))
    )
    inner = f"""{_crumbs([(None, L["contact"])], lang)}<mat-card class="mat-mdc-card mdc-card page-card"><mat-card-content class="mat-mdc-card-content">
<h1 class="page-title">{L["contact"]}</h1><p>{_icon("location_on")} {esc(ADDRESS)}</p><p>{_icon("call")} {HOTLINE}</p><p>{_icon("mail")} {EMAIL}</p>
<form novalidate class="contact-form ng-untouched ng-pristine ng-invalid">{fields}
<mat-form-field appearance="outline" class="mat-mdc-form-field"><mat-label>Nội dung</mat-label><textarea matinput formcontrolname="noiDung" rows="5" class="mat-mdc-input-element"></textarea></mat-form-field>
<button mat-flat-button color="primary" type="submit" class="mdc-button mat-mdc-unelevated-button mat-primary">Gửi liên hệ</button></form></mat-card-content></mat-card>"""
    return _page(request, L["contact"], _host("app-contact", "page", inner), lang=lang)


def _docs(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    rows = "".join(
        f'<tr mat-row class="mat-mdc-row mdc-data-table__row cdk-row ng-star-inserted">'
        f'<td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell">{_a(f"/van-ban/{d.id}", esc(d.number))}</td>'
        f'<td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell">{d.issued}</td>'
        f'<td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell">{esc(d.summary)}</td>'
        f'<td mat-cell class="mat-mdc-cell mdc-data-table__cell cdk-cell"><a href="{doc_file(d)}" target="_blank">{_icon("download")}</a></td></tr>'
        for d in DOCS
    )
    inner = f"""{_crumbs([(None, L["docs"])], lang)}<h2 class="page-heading">{L["docs"]}</h2>
<table mat-table class="mat-mdc-table mdc-data-table__table cdk-table docs-table" role="table"><thead role="rowgroup"><tr mat-header-row class="mat-mdc-header-row mdc-data-table__header-row cdk-header-row">
<th mat-header-cell class="mat-mdc-header-cell">Số ký hiệu</th><th mat-header-cell class="mat-mdc-header-cell">Ngày ban hành</th>
<th mat-header-cell class="mat-mdc-header-cell">Trích yếu</th><th mat-header-cell class="mat-mdc-header-cell">Tải về</th></tr></thead>
<tbody role="rowgroup" class="mdc-data-table__content">{rows}</tbody></table>"""
    state = [("/api/van-ban?page=1&size=10", {"success": True, "data": {"items": [d.__dict__ for d in DOCS], "totalCount": len(DOCS)}})]
    return _page(request, L["docs"], _host("app-document-list", "docs", inner), lang=lang, state=state)


def _doc(request: Request, d: Doc) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    fields = [("Số ký hiệu", d.number), ("Ngày ban hành", d.issued), ("Cơ quan ban hành", d.issuer), ("Loại văn bản", d.kind), ("Trích yếu", d.summary)]
    rows = "".join(f'<tr><th>{k}</th><td>{esc(v)}</td></tr>' for k, v in fields)
    inner = f"""{_crumbs([("/van-ban", L["docs"]), (None, d.number)], lang)}<mat-card class="mat-mdc-card mdc-card doc-card"><mat-card-content class="mat-mdc-card-content">
<h1 class="doc-title">{esc(d.kind)} {esc(d.number)}</h1><table class="doc-fields">{rows}</table>
<div class="doc-file">{_icon("picture_as_pdf")} <a href="{doc_file(d)}" target="_blank">{esc(d.file)}</a></div></mat-card-content></mat-card>"""
    state = [(f"/api/van-ban/{d.id}", {"success": True, "data": d.__dict__})]
    return _page(request, f"{d.kind} {d.number}", _host("app-document-detail", "docs", inner), lang=lang, state=state)


def _albums(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    cards = "".join(
        f'<mat-card class="mat-mdc-card mdc-card album-card ng-star-inserted">{_a(album_path(a), _img(a[4][0][0], a[2]))}'
        f'<mat-card-content class="mat-mdc-card-content"><h3>{_a(album_path(a), esc(a[2]))}</h3><span>{_icon("photo_library")} {len(a[4])} ảnh · {a[3]}</span></mat-card-content></mat-card>'
        for a in ALBUMS
    )
    inner = f'{_crumbs([(None, L["album"])], lang)}<h2 class="page-heading">{L["album"]}</h2><div class="album-grid">{cards}{_for(len(ALBUMS))}</div>'
    return _page(request, L["album"], _host("app-album-list", "album", inner), lang=lang)


def _album(request: Request, a: tuple) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    photos = "".join(
        f'<figure class="album-photo ng-star-inserted"><img src="{src}" alt="{esc(cap)}" loading="lazy"><figcaption>{esc(cap)}</figcaption></figure>'
        for src, cap in a[4]
    )
    inner = f"""{_crumbs([("/thu-vien-anh", L["album"]), (None, a[2])], lang)}<h1 class="album-title">{esc(a[2])}</h1>
<div class="album-meta">{_icon("event")} {a[3]} · {_icon("photo_library")} {len(a[4])} ảnh</div><div class="album-photos">{photos}{_for(len(a[4]))}</div>"""
    return _page(request, a[2], _host("app-album-detail", "album", inner), lang=lang)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and (_fold(q) in _fold(s.title + " " + " ".join(s.paragraphs)) or q in s.opts["tags"])]
    if q:
        results = f'<p class="search-count">Tìm thấy <b>{len(hits)}</b> kết quả cho “{esc(q)}”</p>' + "".join(_card(s, lang) for s in hits) + _for(len(hits))
    else:
        results = '<p class="search-count">Vui lòng nhập từ khóa tìm kiếm.</p>'
    inner = f"""{_crumbs([(None, L["search"])], lang)}<h2 class="page-heading">{L["search"]}</h2>
<form class="search-page-form" action="/tim-kiem" method="get"><input name="q" value="{esc(q)}" class="mat-mdc-input-element"><button type="submit" class="mdc-button">{L["search"]}</button></form>
<div class="search-results">{results}</div>"""
    extra = '<meta name="robots" content="noindex">'
    return _page(request, L["search"], _host("app-search", "search", inner), lang=lang, extra=extra)


def _login(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    inner = f"""<mat-card class="mat-mdc-card mdc-card login-card"><mat-card-content class="mat-mdc-card-content"><h1 class="login-title">{L["login"]}</h1>
<form novalidate class="ng-untouched ng-pristine ng-invalid">
<mat-form-field appearance="outline" class="mat-mdc-form-field"><mat-label>Tên đăng nhập</mat-label><input matinput formcontrolname="userName" class="mat-mdc-input-element"></mat-form-field>
<mat-form-field appearance="outline" class="mat-mdc-form-field"><mat-label>Mật khẩu</mat-label><input matinput type="password" formcontrolname="password" class="mat-mdc-input-element"></mat-form-field>
<mat-checkbox class="mat-mdc-checkbox">Ghi nhớ đăng nhập</mat-checkbox>
<button mat-flat-button color="primary" type="submit" class="mdc-button mat-mdc-unelevated-button mat-primary">{L["login"]}</button></form></mat-card-content></mat-card>"""
    return _page(request, L["login"], _host("app-login", "login", inner), lang=lang, sidebar=False, extra='<meta name="robots" content="noindex, nofollow">')


def _not_found(request: Request) -> Response:
    lang = _lang(request)
    L = _LABELS[lang]
    inner = f"""<div class="not-found"><div class="nf-code">404</div><h1 class="nf-title">{L["nf_title"]}</h1>
<p>{L["nf_text"]}</p>{_a("/", f'{_icon("home")} {L["back"]}', "mdc-button mat-mdc-raised-button mat-primary", static=True)}</div>"""
    return _page(request, L["nf_title"], _host("app-not-found", "notfound", inner), lang=lang, sidebar=False, status=404)


# --- the API behind the app -----------------------------------------------------------------


def _json(payload: object, status: int = 200) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return Response(status, body, {"Content-Type": "application/json; charset=utf-8", "Server": "Kestrel"})


def _problem(request: Request) -> Response:
    trace = hashlib.md5(request.target.encode()).hexdigest()
    return _json(
        {
            "type": "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            "title": "Not Found",
            "status": 404,
            "traceId": f"00-{trace}-{trace[:16]}-00",
        },
        404,
    )


def _api(request: Request) -> Response:
    path = request.path
    params = request.params
    if path == "/api/tin-tuc":
        cat = params.get("chuyenMuc") or None
        if cat is not None and cat not in CATS:
            return _problem(request)
        try:
            page = max(1, int(params.get("page", "1")))
            size = min(50, max(1, int(params.get("size", "10"))))
        except ValueError:
            return _json({"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400}, 400)
        return _json(_list_json(cat, page, size))
    if m := re.fullmatch(r"/api/tin-tuc/(\d+)", path):
        story = _BY_ID.get(int(m.group(1)))
        return _json(_post_json(story)) if story else _problem(request)
    return _problem(request)


# --- routes ---------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$")
_CAT = re.compile(r"^/tin-tuc/chuyen-muc/([a-z0-9-]+)$")
_DOC = re.compile(r"^/van-ban/(\d+)$")
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)-(\d+)$")
_ROBOTS = "User-agent: *\nDisallow: /api/\nDisallow: /dang-nhap\n"
_I18N = {lang: json.dumps(labels, ensure_ascii=False, indent=2) for lang, labels in _LABELS.items()}


class AngularSsrPgd:
    """The Express server of @angular/ssr: static files, an /api proxy, then the app's routes."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=UTF-8"})
        if path.startswith("/api/"):
            return _api(request)
        if m := re.fullmatch(r"/assets/i18n/(vi|en)\.json", path):
            return Response(200, _I18N[m.group(1)], {"Content-Type": "application/json; charset=UTF-8"})
        if path.startswith("/uploads/van-ban/") or path.startswith("/uploads/files/"):
            known = {doc_file(d) for d in DOCS} | {s.opts["attach"][0] for s in STORIES if "attach" in s.opts}
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else _not_found(request)
        if path.startswith(("/assets/", "/uploads/")) or re.fullmatch(r"/[\w.-]+\.(css|js|ico)", path):
            return static_file(path) or _not_found(request)
        return self._route(request)

    def _route(self, request: Request) -> Response:
        path = request.path
        if path == "/":
            return _home(request)
        if path == "/tin-tuc":
            return _listing(request, None)
        if m := _CAT.match(path):
            return _listing(request, m.group(1)) if m.group(1) in CATS else _not_found(request)
        if m := _POST.match(path):
            story = _BY_ID.get(int(m.group(2)))
            return _article(request, story) if story else _not_found(request)
        if path in _STATIC:
            return _static_page(request)
        if path == "/lien-he":
            return _contact(request)
        if path == "/van-ban":
            return _docs(request)
        if m := _DOC.match(path):
            doc = _DOC_BY_ID.get(int(m.group(1)))
            return _doc(request, doc) if doc else _not_found(request)
        if path == "/thu-vien-anh":
            return _albums(request)
        if m := _ALBUM.match(path):
            album = _ALBUM_BY_ID.get(int(m.group(2)))
            return _album(request, album) if album and album[1] == m.group(1) else _not_found(request)
        if path == "/tim-kiem":
            return _search(request)
        if path == "/dang-nhap":
            return _login(request)
        return _not_found(request)


def build_site() -> AngularSsrPgd:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return AngularSsrPgd()

