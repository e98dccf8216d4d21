"""Fixture portal: a lower-secondary school's in-house site on Django 5 + HTMX 1.9 + Bootstrap 5.

Imitates the kind of site a teacher of informatics writes for his own school (here "Trường THCS
Lê Lợi", phường Quy Nhơn Bắc, tỉnh Gia Lai, built 2024): Django views and templates, the
``django-htmx`` middleware (``request.htmx``), ``django-ckeditor-5`` for the post body, Bootstrap
5 and Bootstrap Icons, no CMS. Every view that HTMX calls renders a *partial* template when the
request carries ``HX-Request: true`` and the whole page otherwise (both are implemented; the answer
says ``Vary: HX-Request``).

What it serves:

- ``/`` home: a carousel of three featured posts linked by their short address ``/bai-viet/<id>/``
  (301 to the slug address), "Tin mới nhất" (six newest cards), one block per category (four
  newest, "Xem tất cả" → the category page), sidebar.
- ``/tin-tuc/`` (all news) and ``/tin-tuc/chuyen-muc/<slug>/`` (three categories): the first
  six cards rendered server-side in ``#ds-bai-viet``; the pager is ONLY an HTMX button
  ``<button class="btn btn-outline-primary" hx-get="…?trang=2" hx-target="#ds-bai-viet"
  hx-swap="beforeend" hx-select=".the-bai-viet">Xem thêm bài viết</button>``. No ``<a href>`` to
  any ``?trang=`` page exists anywhere. With ``HX-Request`` the ``?trang=N`` URL answers the cards
  of page N plus an out-of-band ``#khung-xem-them`` holding the next button (none on the last
  page); without it, the whole page of page N. ``/tin-tuc/`` has 18 items (3 pages), "Hoạt động
  nhà trường" 13 items (3 pages): four of its cards are reposts that link straight out to the
  press (``lien_ket_ngoai``: baogialai.com.vn, the Sở's site, the ward's site) and have no page
  here. The category chips are ``<a hx-get="/tin-tuc/?chuyen_muc=<slug>" hx-push-url="true"
  href="/tin-tuc/chuyen-muc/<slug>/">``; ``/tin-tuc/?chuyen_muc=…`` also answers (the same list
  as the category page, under "Tin tức"). A sort ``<select name="sap_xep">`` (hx-get on change:
  ``moi-nhat``, ``cu-nhat``, ``xem-nhieu``) re-orders every listing and is kept in the pager.
  Tag chips on posts are ``<button hx-get="/tin-tuc/?the=<slug>">`` (no href): tag listings are
  reachable only through HTMX.
- Posts ``/tin-tuc/<slug>-<id>/`` (a wrong slug, or no trailing slash: 301): Bootstrap navbar,
  ``ol.breadcrumb`` (Trang chủ / Tin tức / category / title), ``h1.tieu-de-bai``, the meta line
  ``<i class="bi bi-calendar"></i> <time datetime="…+07:00">14/11/2026</time> · <i class="bi
  bi-person"></i> <tac_gia or the poster's login> · <i class="bi bi-eye"></i> N lượt xem`` (some
  posts add "(Cập nhật: dd/mm/yyyy HH:MM)"), a "Chia sẻ" dropdown (Facebook, Zalo, copy, print),
  the cover as a CSS ``background-image`` div, the ``mo_ta`` field as ``p.lead``, the CKEditor 5
  body in ``div.noi-dung.ck-content`` (``figure.image`` with or without ``figcaption``, images whose
  caption is the next ``<p><em>…</em></p>`` or a centred ``<p><i>…</i></p>``, ``figure.table``,
  lists, ``blockquote``, ``h3`` subheads, ``&nbsp;`` runs), bylines as the body's last paragraphs,
  "Tệp đính kèm" (FileField, outside the body), tag buttons, "Bài viết liên quan" (three newest
  other posts of the category, cards with dates), comments ("Bình luận (N)") and the comment form
  (csrf, ``hx-post``). ``rel=canonical`` on posts only.
- Sidebar on every page: search, "Thông báo mới" (an EMPTY box ``hx-get="/tin-tuc/_thong-bao-moi/"
  hx-trigger="load"``: the partial URL appears only there), "Bài viết mới" (five newest, dated),
  "Lịch công tác tuần" (week 48/2026 with ``hx-get`` prev/next buttons ``/lich-cong-tac/?tuan=N&
  nam=Y``), banners, the visitor counter. Header clock ``TODAY``, hotline; footer with address,
  phone, hotline, e-mail and a Google Maps iframe.
- Non-articles: ``/gioi-thieu/``, ``/lien-he/`` (form), ``/thoi-khoa-bieu/`` (``?lop=`` select),
  ``/tai-lieu/`` (PDF files, ``?loai=`` chips), ``/thu-vien-anh/`` and three albums
  ``/thu-vien-anh/<slug>/``, ``/lich-cong-tac/``, ``/dang-nhap/`` (links the Django admin login
  ``/admin/login/?next=/admin/``, disallowed in robots.txt), ``/tim-kiem/``; RSS ``/tin-tuc/rss/``
  (Django syndication, the eight newest posts, announced in ``<head>``). No sitemap.

Traps and hard cases:

- The pager exists only as ``hx-get`` on buttons; four "Hoạt động" posts (ids 198, 194, 189, 183)
  are reachable only through it (or through tag buttons / the search form): no href, not in the
  feed, too old for "Bài viết liên quan" and the home blocks.
- ``?trang=N`` past the last page (or ≤ 0) answers 200: "Không còn bài viết." (an empty partial
  with HX-Request); non-numeric ``trang`` is page 1.
- ``/lich-cong-tac/?tuan=N&nam=Y`` answers 200 for any week of 1900-2100 with prev/next links
  (``<a href hx-get>`` on the full page, buttons in the sidebar): never ends.
- ``?sap_xep=`` multiplies every listing; ``?chuyen_muc=`` duplicates the category pages;
  ``/tim-kiem/?q=`` and ``/tim-kiem/_goi-y/?q=`` (live-search partial) take any text; partial
  endpoints (``/tin-tuc/_thong-bao-moi/``) answer a bare fragment.
- ``/bai-viet/<id>/`` is a 301 to the slug address (the carousel and one post's text link it).
- One post (id 189) was typed as decomposed Unicode (NFD, "Unicode tổ hợp"); gold is NFC.

Gold judgement calls (by hand):

- published_at: the printed day (``dd/mm/yyyy``) only: the page prints no time; the
  ``<time datetime>`` seconds and the feed's ``pubDate`` are machine times under a printed day.
  "(Cập nhật: …)" is never the publication date.
- authors: a byline in the text wins ("Tin: X", "Bài và ảnh: X", "Tin, ảnh: X", a bare
  right-aligned name, "Thầy X - Tổ trưởng Tổ Thể dục" → X, "Tin: X - Tổ Toán - Tin" → X); when
  nothing signs the text, the meta line's person field is the author: a unit ("Tổ Văn phòng",
  "Thư viện trường") or a person with her degree stripped ("ThS. Võ Thị Hạnh" → Võ Thị Hạnh,
  "Thầy Phan Văn Tài" → Phan Văn Tài). "admin"/"bientap" (the poster's login shown when the
  field is blank) and a closing "Ban biên tập" credit nobody. When the text is signed, a unit in
  the meta field (Tổ Ngữ văn, Liên đội THCS Lê Lợi, Tổ Thể dục, Tổ Toán - Tin) is not added.
- "Bài và ảnh: X" / "Tin, ảnh: X" put X in both lists; "Nguồn: Báo Gia Lai điện tử" is the
  source (the post keeps its signed author).
- summary: ``p.lead`` when the post has one (it is also the body's first paragraph); post 207 has
  no lead but a first paragraph wholly in bold: that is the summary and stays in the body; other
  posts: None.
- body: the CKEditor paragraphs in order; list items, ``h3`` subheads and the blockquote are
  paragraphs; a table's rows are paragraphs with cells joined by " | " (header row included);
  captions, byline/source lines, attachments, tags, related
  cards and comments are not body.
- images: only the ``<img>`` of the body; the cover (CSS background, og:image) is not one.
  Captions: ``figcaption`` text; a next-line caption in parentheses without them; "Ảnh: …" label
  stripped; figures without a caption give None.
- category: the breadcrumb's category (the post's only ``chuyen_muc``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, urlencode

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "htmx_django_thcs"
PLATFORM = "django-htmx"
START_PATH = "/"

SITE = "Trường THCS Lê Lợi"
PARENT = "UBND phường Quy Nhơn Bắc"
ADDRESS = "Số 86 Trần Hưng Đạo, phường Quy Nhơn Bắc, tỉnh Gia Lai"
PHONE = "0256 3 891 247"
HOTLINE = "0905 412 736"
EMAIL = "thcsleloi.qnb@gialai.edu.vn"
PER_PAGE = 6
FEED_SIZE = 8
RELATED = 3
TODAY_DATE = date(2026, 11, 25)
_TZ = timezone(timedelta(hours=7))
_UP = "/media/django_ckeditor_5"

#: chuyên mục: slug -> printed name
CATS: dict[str, str] = {
    "hoat-dong": "Hoạt động nhà trường",
    "thong-bao": "Thông báo",
    "chuyen-mon": "Tổ chuyên môn",
}
#: thẻ: slug -> printed name
TAGS: dict[str, str] = {
    "ngay-nha-giao": "ngày nhà giáo",
    "hoc-bong": "học bổng",
    "kiem-tra-hoc-ky": "kiểm tra học kỳ",
    "lien-doi": "liên đội",
    "phong-chong-thien-tai": "phòng chống thiên tai",
    "thu-vien": "thư viện",
    "an-toan-giao-thong": "an toàn giao thông",
    "hoc-sinh-gioi": "học sinh giỏi",
    "the-thao": "thể thao",
    "sinh-hoat-chuyen-mon": "sinh hoạt chuyên môn",
    "trai-nghiem": "trải nghiệm",
    "khai-giang": "khai giảng",
}


def _right(line: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align:right;"><{tag}>{esc(line)}</{tag}></p>')


# Story.opts: at (local "YYYY-MM-DD HH:MM:SS"), person (the tac_gia field or the poster's login as
# the meta line prints it), tags, updated (printed "Cập nhật" stamp), attach (href, name, size),
# nfd (body typed decomposed), featured (home carousel), comments [(name, when, text)].
# P styles: "" plain, "b" wholly bold, "li"/"oli" list items, "th"/"tr" table rows (cells " | "),
# "quote" blockquote, "h3" subhead, "nbsp" (double spaces typed as &nbsp;), "a|href|phrase".
# Img styles: fig (figure + figcaption), bare (figure, no caption), em (next <p><em>),
# i (next centred <p><i>), resized (figure.image_resized + figcaption).
STORIES: list[Story] = [
    Story(
        id=216,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-24",
        blocks=[
            P(
                "Căn cứ Kế hoạch số 152/KH-THCSLL ngày 05/9/2026 của Trường THCS Lê Lợi về thực hiện"
                " nhiệm vụ năm học 2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I các"
                " môn kiểm tra tập trung như sau:"
            ),
            P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th"),
            P("15/12/2026 | Sáng | 8, 9 | Ngữ văn | 90 phút", "tr"),
            P("15/12/2026 | Chiều | 6, 7 | Ngữ văn | 90 phút", "tr"),
            P("16/12/2026 | Sáng | 8, 9 | Toán | 90 phút", "tr"),
            P("16/12/2026 | Chiều | 6, 7 | Toán | 90 phút", "tr"),
            P("17/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr"),
            P(
                "Các môn còn lại kiểm tra trong giờ học theo thời khóa biểu, từ ngày 07/12 đến ngày"
                " 12/12/2026."
            ),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh"
                " và đồ dùng học tập cần thiết; không mang điện thoại di động vào phòng kiểm tra."
            ),
        ],
        authors=["Tổ Văn phòng"],
        opts={
            "at": "2026-11-24 15:20:41",
            "person": "Tổ Văn phòng",
            "tags": ["kiem-tra-hoc-ky"],
            "attach": (
                "/media/tep-dinh-kem/2026/11/lich-kiem-tra-cuoi-hk1-2026-2027.pdf",
                "Lịch kiểm tra cuối HKI 2026-2027.pdf",
                "214,6 KB",
            ),
        },
    ),
    Story(
        id=214,
        slug="truong-thcs-le-loi-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trường THCS Lê Lợi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong",
        published_at="2026-11-21",
        summary=(
            "Sáng 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) với sự tham dự của đại diện lãnh đạo UBND"
            " phường Quy Nhơn Bắc, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên,"
            " nhân viên và hơn 1.200 học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Phát biểu tại buổi lễ, cô Hiệu trưởng Huỳnh Thị Mỹ Dung ôn lại truyền thống vẻ vang"
                " của ngành Giáo dục và Đào tạo, đồng thời điểm lại những kết quả nổi bật của nhà"
                " trường trong năm học 2025 - 2026: tỉ lệ học sinh lớp 9 tốt nghiệp đạt 100%, có 47"
                " học sinh đạt giải học sinh giỏi cấp tỉnh, 12 giáo viên được công nhận giáo viên dạy"
                " giỏi cấp phường."
            ),
            Img(
                f"{_UP}/ky-niem-20-11-2026-01.jpg",
                "Cô Hiệu trưởng Huỳnh Thị Mỹ Dung phát biểu tại buổi lễ",
                "Cô Hiệu trưởng Huỳnh Thị Mỹ Dung phát biểu tại buổi lễ",
                "fig",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 18 giáo viên có thành tích xuất sắc trong"
                " phong trào thi đua “Dạy tốt - Học tốt” và trao 25 suất học bổng “Thắp sáng ước mơ”"
                " cho học sinh có hoàn cảnh khó khăn vươn lên trong học tập, mỗi suất trị giá"
                " 1.000.000 đồng."
            ),
            Img(
                f"{_UP}/ky-niem-20-11-2026-02.jpg",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em",
                "Đại diện Ban đại diện cha mẹ học sinh trao học bổng cho các em",
                "resized",
            ),
            P(
                "Các tiết mục văn nghệ do học sinh các lớp dàn dựng đã mang đến không khí ấm áp, xúc"
                " động, thể hiện lòng biết ơn sâu sắc của các thế hệ học trò đối với thầy cô giáo."
            ),
            P(
                "Trước đó, ngay từ Lễ khai giảng năm học mới, nhà trường đã phát động đợt thi đua"
                " chào mừng ngày 20/11 trong toàn thể giáo viên và học sinh.",
                "a|/bai-viet/176/|Lễ khai giảng năm học mới",
            ),
            _right("Tin: Nguyễn Thị Thu Hằng"),
            _right("Ảnh: Đoàn Quốc Việt"),
        ],
        authors=["Nguyễn Thị Thu Hằng"],
        photographers=["Đoàn Quốc Việt"],
        opts={
            "at": "2026-11-21 10:05:12",
            "person": "admin",
            "tags": ["ngay-nha-giao", "hoc-bong"],
            "featured": True,
            "comments": [
                (
                    "Phụ huynh em Gia Bảo (6A3)",
                    "21/11/2026 19:02",
                    "Cảm ơn quý thầy cô đã luôn tận tâm với các con. Chúc thầy cô luôn mạnh khỏe!",
                ),
                (
                    "Cựu học sinh khóa 2015 - 2019",
                    "22/11/2026 07:48",
                    "Nhìn ảnh thấy nhớ trường quá. Em kính chúc các thầy cô ngày càng thành công.",
                ),
            ],
        },
    ),
    Story(
        id=212,
        slug="to-ngu-van-to-chuc-chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin-o-lop-7",
        title="Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông tin” ở lớp 7",
        cat="chuyen-mon",
        published_at="2026-11-19",
        summary=(
            "Nhằm nâng cao chất lượng dạy học theo Chương trình giáo dục phổ thông 2018, ngày"
            " 18/11/2026, Tổ Ngữ văn tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông tin” qua"
            " tiết dạy minh họa tại lớp 7A3."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiết dạy minh họa bài “Ca Huế trên sông Hương” do cô Đặng Thị Thanh Tâm thực hiện."
                " Bằng phiếu học tập, sơ đồ tư duy và kỹ thuật “khăn trải bàn”, học sinh đã chủ động"
                " khai thác thông tin, nhận biết cách triển khai ý tưởng và thông tin cơ bản của văn"
                " bản."
            ),
            Img(
                f"{_UP}/chuyen-de-ngu-van-7a3.jpg",
                "(Học sinh lớp 7A3 thảo luận nhóm trong tiết học)",
                "Học sinh lớp 7A3 thảo luận nhóm trong tiết học",
                "em",
            ),
            P(
                "Trong phần thảo luận, các thầy cô thống nhất một số lưu ý khi dạy văn bản thông tin:"
            ),
            P(
                "Chú trọng hướng dẫn học sinh nhận biết đặc điểm của kiểu văn bản: nhan đề, sa-pô,"
                " đề mục và các phương tiện phi ngôn ngữ;",
                "li",
            ),
            P(
                "Tăng cường sử dụng văn bản ngoài sách giáo khoa có tính thời sự, gần gũi với đời"
                " sống học sinh;",
                "li",
            ),
            P(
                "Thiết kế câu hỏi theo các mức độ nhận biết, thông hiểu, vận dụng để phát triển năng"
                " lực đọc.",
                "li",
            ),
            P(
                "“Dạy đọc hiểu không phải là giảng lại nội dung văn bản, mà là dạy cho học sinh cách"
                " đọc để các em có thể tự đọc những văn bản cùng loại.”",
                "quote",
            ),
            P(
                "Đó là chia sẻ của cô Tổ trưởng Nguyễn Thị Lan Phương khi tổng kết chuyên đề. Chuyên"
                " đề sẽ được tiếp tục triển khai ở khối 8 vào tháng 12/2026."
            ),
            _right("Trần Thị Bích Ngọc", "i"),
        ],
        authors=["Trần Thị Bích Ngọc"],
        opts={
            "at": "2026-11-19 16:40:03",
            "person": "Tổ Ngữ văn",
            "tags": ["sinh-hoat-chuyen-mon"],
            "featured": True,
        },
    ),
    Story(
        id=211,
        slug="soi-noi-hoi-thi-rung-chuong-vang-khoi-8",
        title="Sôi nổi Hội thi “Rung chuông vàng” khối 8",
        cat="hoat-dong",
        published_at="2026-11-17",
        blocks=[
            P(
                "Chiều 14/11/2026, Liên đội Trường THCS Lê Lợi tổ chức Hội thi “Rung chuông vàng”"
                " dành cho học sinh khối 8 với chủ đề “Tự hào truyền thống nhà giáo Việt Nam”."
            ),
            P(
                "Tham gia hội thi có 100 thí sinh đến từ 10 lớp khối 8. Các câu hỏi xoay quanh kiến"
                " thức về lịch sử Ngày Nhà giáo Việt Nam, các môn học trong chương trình lớp 8, an"
                " toàn giao thông và kỹ năng sống."
            ),
            Img(f"{_UP}/IMG_20261114_143522.jpg", None, None, "bare"),
            P(
                "Sau 20 câu hỏi gay cấn, em Lê Hoàng Bảo Châu (lớp 8A5) là thí sinh duy nhất trụ lại"
                " đến cuối cùng và giành danh hiệu “Rung chuông vàng”."
            ),
            Img(
                f"{_UP}/IMG_20261114_160847.jpg",
                "Ban tổ chức trao giải cho các thí sinh xuất sắc",
                "Ban tổ chức trao giải cho các thí sinh xuất sắc",
                "i",
            ),
            P(
                "Hội thi là sân chơi bổ ích, giúp các em củng cố kiến thức, rèn luyện bản lĩnh và"
                " tinh thần tự tin."
            ),
            _right("Trần Minh Khoa"),
        ],
        authors=["Trần Minh Khoa"],
        opts={"at": "2026-11-17 08:10:55", "person": "Liên đội THCS Lê Lợi", "tags": ["lien-doi"]},
    ),
    Story(
        id=209,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-16-11-2026-de-phong-tranh-bao-so-14",
        title="Thông báo cho học sinh nghỉ học ngày 16/11/2026 để phòng, tránh bão số 14",
        cat="thong-bao",
        published_at="2026-11-14",
        blocks=[
            P(
                "Thực hiện Công điện số 09/CĐ-UBND ngày 14/11/2026 của UBND phường Quy Nhơn Bắc về"
                " việc chủ động ứng phó với bão số 14, Trường THCS Lê Lợi thông báo:"
            ),
            P(
                "Toàn bộ học sinh nghỉ học ngày thứ Hai, 16/11/2026. Thời gian đi học trở lại sẽ được"
                " nhà trường thông báo sau qua nhóm Zalo của các lớp và trên trang thông tin điện tử"
                " của nhà trường."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý, nhắc nhở con em không ra biển, không đến gần các"
                " khu vực sạt lở, ngập úng trong thời gian mưa bão."
            ),
            P("Cán bộ, giáo viên, nhân viên trực theo lịch phân công của nhà trường."),
        ],
        opts={
            "at": "2026-11-14 20:45:09",
            "person": "admin",
            "tags": ["phong-chong-thien-tai"],
            "updated": "15/11/2026 07:30",
            "attach": (
                "/media/tep-dinh-kem/2026/11/tb-nghi-hoc-bao-so-14.pdf",
                "TB nghỉ học bão số 14.pdf",
                "96,2 KB",
            ),
        },
    ),
    Story(
        id=207,
        slug="hoc-sinh-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Học sinh hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="hoat-dong",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 02 đến 08/11/2026, Thư viện Trường THCS Lê Lợi tổ chức nhiều hoạt động hưởng"
            " ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - Nền tảng phát"
            " triển con người và xã hội”."
        ),
        blocks=[
            P(
                "Từ ngày 02 đến 08/11/2026, Thư viện Trường THCS Lê Lợi tổ chức nhiều hoạt động hưởng"
                " ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - Nền tảng phát"
                " triển con người và xã hội”.",
                "b",
            ),
            P(
                "Các hoạt động gồm: trưng bày, giới thiệu hơn 300 đầu sách theo chủ đề; thi giới thiệu"
                " sách giữa các lớp; phát động phong trào “Mỗi tuần một cuốn sách” và quyên góp sách"
                " cũ tặng thư viện các trường vùng khó khăn của tỉnh."
            ),
            Img(
                f"{_UP}/tuan-le-hoc-tap-suot-doi-2026.jpg",
                "Ảnh: Học sinh lớp 6A2 đọc sách tại góc thư viện xanh",
                "Học sinh lớp 6A2 đọc sách tại góc thư viện xanh",
                "fig",
            ),
            P(
                "Kết thúc tuần lễ, thư viện đã nhận được 1.264 cuốn sách, truyện do học sinh và phụ"
                " huynh đóng góp; 8 tập thể lớp đạt giải trong cuộc thi giới thiệu sách."
            ),
        ],
        authors=["Thư viện trường"],
        opts={
            "at": "2026-11-12 09:30:27",
            "person": "Thư viện trường",
            "tags": ["thu-vien"],
            "featured": True,
        },
    ),
    Story(
        id=203,
        slug="hon-900-hoc-sinh-duoc-tuyen-truyen-phap-luat-ve-an-toan-giao-thong",
        title="Hơn 900 học sinh được tuyên truyền pháp luật về an toàn giao thông",
        cat="hoat-dong",
        published_at="2026-11-06",
        summary=(
            "Sáng 05/11, Công an phường Quy Nhơn Bắc phối hợp với Trường THCS Lê Lợi tổ chức buổi"
            " tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn 900 học sinh khối 6, 7"
            " và 8."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tuyên truyền, cán bộ Công an phường đã phổ biến các quy định của Luật Trật"
                " tự, an toàn giao thông đường bộ liên quan đến học sinh như: đội mũ bảo hiểm khi ngồi"
                " trên xe mô tô, xe gắn máy, xe đạp điện; không điều khiển xe khi chưa đủ tuổi; không"
                " đi hàng ba, hàng tư, lạng lách, đánh võng."
            ),
            P(
                "Theo Công an phường, từ đầu năm 2026 đến nay, trên địa bàn đã xảy ra 6 vụ va chạm"
                " giao thông có liên quan đến học sinh, phần lớn do các em điều khiển xe đạp điện đi"
                " không đúng phần đường."
            ),
            Img(
                f"{_UP}/atgt-thcs-le-loi.jpg",
                "Cán bộ Công an phường hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "Cán bộ Công an phường hướng dẫn học sinh cách đội mũ bảo hiểm đúng quy cách",
                "fig",
            ),
            P(
                "Dịp này, nhà trường và Công an phường đã tặng 50 mũ bảo hiểm đạt chuẩn cho học sinh"
                " có hoàn cảnh khó khăn."
            ),
            _right("Hồng Nhung"),
            _right("Nguồn: Báo Gia Lai điện tử", "em"),
        ],
        authors=["Hồng Nhung"],
        source="Báo Gia Lai điện tử",
        opts={"at": "2026-11-06 14:00:18", "person": "bientap", "tags": ["an-toan-giao-thong"]},
    ),
    Story(
        id=200,
        slug="thong-bao-tuyen-chon-hoc-sinh-boi-duong-doi-tuyen-hoc-sinh-gioi-lop-9",
        title="Thông báo tuyển chọn học sinh bồi dưỡng đội tuyển học sinh giỏi lớp 9 cấp tỉnh",
        cat="thong-bao",
        published_at="2026-10-30",
        blocks=[
            P(
                "Nhằm chuẩn bị cho Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2026 - 2027, nhà"
                " trường thông báo tuyển chọn học sinh tham gia các đội tuyển như sau:"
            ),
            P("1. Đối tượng", "h3"),
            P(
                "Học sinh lớp 9 có kết quả học tập năm học 2025 - 2026 đạt mức Tốt, điểm trung bình"
                " môn đăng ký dự tuyển từ 8,5 trở lên."
            ),
            P("2. Các môn tuyển chọn", "h3"),
            P("Ngữ văn, Lịch sử và Địa lí, Tiếng Anh;", "li"),
            P("Toán, Khoa học tự nhiên, Tin học.", "li"),
            P("3. Thời gian, địa điểm", "h3"),
            P(
                "Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 06/11/2026. Bài kiểm tra tuyển"
                " chọn tổ chức vào sáng thứ Bảy, 07/11/2026 tại phòng học tầng 2, dãy nhà A."
            ),
        ],
        authors=["Võ Thị Hạnh"],
        opts={
            "at": "2026-10-30 10:15:44",
            "person": "ThS. Võ Thị Hạnh",
            "tags": ["hoc-sinh-gioi"],
            "updated": "02/11/2026 16:40",
        },
    ),
    Story(
        id=198,
        slug="lop-9a2-vo-dich-giai-bong-da-mini-nam-hoc-sinh-nam-2026",
        title="Lớp 9A2 vô địch Giải bóng đá mini nam học sinh năm 2026",
        cat="hoat-dong",
        published_at="2026-10-29",
        blocks=[
            P(
                "Sau hai tuần tranh tài sôi nổi, chiều 28/10/2026, Giải bóng đá mini nam học sinh"
                " Trường THCS Lê Lợi năm 2026 đã khép lại với chức vô địch thuộc về đội bóng lớp 9A2."
            ),
            P(
                "Giải đấu có 16 đội bóng của các lớp khối 8 và khối 9 tham gia, thi đấu theo thể thức"
                " loại trực tiếp. Kết quả chung cuộc như sau:"
            ),
            P("Giải | Đội | Số bàn thắng", "th"),
            P("Nhất | Lớp 9A2 | 14", "tr"),
            P("Nhì | Lớp 9A5 | 11", "tr"),
            P("Ba | Lớp 8A1 và lớp 9A4 | 9", "tr"),
            Img(
                f"{_UP}/bong-da-mini-2026-vo-dich.jpg",
                "Đội bóng lớp 9A2 nhận cúp vô địch",
                "Đội bóng lớp 9A2 nhận cúp vô địch",
                "fig",
            ),
            P(
                "Danh hiệu Vua phá lưới thuộc về em Nguyễn Đức Thịnh (lớp 9A2) với 7 bàn thắng; thủ"
                " môn xuất sắc nhất là em Trần Gia Huy (lớp 9A5)."
            ),
        ],
        authors=["Phan Văn Tài"],
        opts={"at": "2026-10-29 17:25:30", "person": "Thầy Phan Văn Tài", "tags": ["the-thao"]},
    ),
    Story(
        id=196,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-lop-6",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán lớp 6",
        cat="chuyen-mon",
        published_at="2026-10-26",
        blocks=[
            P(
                "Ngày 23/10/2026, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài"
                " học với tiết dạy minh họa bài “Hình có trục đối xứng” (Toán 6, bộ sách Kết nối tri"
                " thức với cuộc sống) tại lớp 6A4."
            ),
            P(
                "Giáo viên dạy minh họa, thầy Lê Văn Nhân, đã tổ chức cho học sinh gấp giấy, cắt hình"
                " và dùng phần mềm GeoGebra để phát hiện trục đối xứng của các hình quen thuộc trong"
                " đời sống như lá cây, con bướm, biển báo giao thông."
            ),
            Img(
                f"{_UP}/nghien-cuu-bai-hoc-toan-6.jpg",
                "Học sinh lớp 6A4 dùng phần mềm GeoGebra trong giờ học",
                "Học sinh lớp 6A4 dùng phần mềm GeoGebra trong giờ học",
                "fig",
            ),
            P(
                "Khi thảo luận, các giáo viên dự giờ tập trung phân tích việc học của học sinh: em nào"
                " gặp khó khăn, vì sao, giáo viên đã hỗ trợ như thế nào, thay vì đánh giá giờ dạy theo"
                " các tiêu chí xếp loại như trước đây."
            ),
            P(
                "Qua buổi sinh hoạt, tổ chuyên môn thống nhất tăng cường các hoạt động thực hành, trải"
                " nghiệm trong dạy học nội dung Hình học và đo lường ở lớp 6."
            ),
            _right("Tin: Phạm Quốc Bảo - Tổ Toán - Tin"),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={
            "at": "2026-10-26 11:00:06",
            "person": "Tổ Toán - Tin",
            "tags": ["sinh-hoat-chuyen-mon"],
        },
    ),
    Story(
        id=194,
        slug="hoc-sinh-khoi-7-trai-nghiem-tai-bao-tang-quang-trung",
        title="Học sinh khối 7 trải nghiệm tại Bảo tàng Quang Trung",
        cat="hoat-dong",
        published_at="2026-10-22",
        summary=(
            "Ngày 20/10/2026, hơn 380 học sinh khối 7 Trường THCS Lê Lợi đã tham gia chuyến học tập"
            " trải nghiệm tại Bảo tàng Quang Trung và Khu di tích Đền thờ Tây Sơn tam kiệt."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại bảo tàng, các em được nghe thuyết minh về thân thế, sự nghiệp của ba anh em"
                " Nguyễn Nhạc, Nguyễn Huệ, Nguyễn Lữ và phong trào Tây Sơn; tìm hiểu các hiện vật, tư"
                " liệu về chiến thắng Rạch Gầm - Xoài Mút, chiến thắng Ngọc Hồi - Đống Đa.",
                "nbsp",
            ),
            Img(
                f"{_UP}/trai-nghiem-bao-tang-quang-trung-1.jpg",
                "Học sinh lắng nghe thuyết minh tại Bảo tàng Quang Trung",
                "Học sinh lắng nghe thuyết minh tại Bảo tàng Quang Trung",
                "fig",
            ),
            P(
                "Đặc biệt, các em được thưởng thức tiết mục biểu diễn võ cổ truyền Bình Định và trống"
                " trận Tây Sơn, một loại hình nghệ thuật độc đáo của quê hương.",
                "nbsp",
            ),
            Img(
                f"{_UP}/trai-nghiem-bao-tang-quang-trung-2.jpg",
                "Biểu diễn trống trận Tây Sơn",
                "Biểu diễn trống trận Tây Sơn",
                "em",
            ),
            Img(f"{_UP}/trai-nghiem-bao-tang-quang-trung-3.jpg", None, None, "bare"),
            P(
                "Chuyến trải nghiệm giúp học sinh hoàn thành sản phẩm học tập của chủ đề “Tìm hiểu"
                " lịch sử, văn hóa địa phương” trong môn Lịch sử và Địa lí lớp 7."
            ),
            _right("Bài và ảnh: Lê Thị Ngọc Ánh"),
        ],
        authors=["Lê Thị Ngọc Ánh"],
        photographers=["Lê Thị Ngọc Ánh"],
        opts={"at": "2026-10-22 15:45:51", "person": "admin", "tags": ["trai-nghiem"]},
    ),
    Story(
        id=189,
        slug="dai-hoi-lien-doi-truong-thcs-le-loi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Lê Lợi nhiệm kỳ 2026 - 2027",
        cat="hoat-dong",
        published_at="2026-10-15",
        blocks=[
            P(
                "Sáng 13/10/2026, Liên đội Trường THCS Lê Lợi long trọng tổ chức Đại hội Liên đội"
                " nhiệm kỳ 2026 - 2027 với sự tham dự của 150 đại biểu là chỉ huy các chi đội và đội"
                " viên tiêu biểu."
            ),
            P(
                "Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2025 - 2026: Liên đội được Hội đồng"
                " Đội tỉnh tặng Bằng khen; 100% chi đội đạt danh hiệu Chi đội mạnh; phong trào “Kế"
                " hoạch nhỏ” thu gom được hơn 3 tấn giấy vụn."
            ),
            Img(
                f"{_UP}/dai-hoi-lien-doi-2026.jpg",
                "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "fig",
            ),
            P("Đại hội đề ra các chỉ tiêu chính của nhiệm kỳ mới:"),
            P(
                "Phấn đấu 100% đội viên đạt danh hiệu “Con ngoan, trò giỏi” hoặc hoàn thành nhiệm vụ;",
                "oli",
            ),
            P("Mỗi chi đội có ít nhất một công trình măng non;", "oli"),
            P("Duy trì phong trào “Kế hoạch nhỏ” và “Nuôi heo đất” giúp bạn khó khăn.", "oli"),
            P(
                "Đại hội đã bầu Ban Chỉ huy Liên đội gồm 15 em, em Phạm Ngọc Khánh Linh (lớp 9A1) được"
                " bầu làm Liên đội trưởng."
            ),
            _right("Tin, ảnh: Trần Minh Khoa"),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        opts={
            "at": "2026-10-15 08:00:37",
            "person": "Liên đội THCS Lê Lợi",
            "tags": ["lien-doi"],
            "nfd": True,
        },
    ),
    Story(
        id=183,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="hoat-dong",
        published_at="2026-10-05",
        blocks=[
            P(
                "Chiều 03/10/2026, Trường THCS Lê Lợi khai mạc Hội khỏe Phù Đổng cấp trường năm học"
                " 2026 - 2027 với gần 600 vận động viên tham gia tranh tài ở 6 môn: điền kinh, cờ vua,"
                " bóng bàn, cầu lông, đá cầu và kéo co."
            ),
            Img(
                f"{_UP}/hkpd-2026-khai-mac.jpg",
                "Màn đồng diễn thể dục của học sinh khối 6 tại lễ khai mạc",
                "Màn đồng diễn thể dục của học sinh khối 6 tại lễ khai mạc",
                "fig",
            ),
            P(
                "Hội khỏe Phù Đổng cấp trường được tổ chức hằng năm nhằm đẩy mạnh phong trào tập luyện"
                " thể dục thể thao trong học sinh, đồng thời tuyển chọn các vận động viên có thành"
                " tích cao tham dự Hội khỏe Phù Đổng cấp tỉnh năm 2027."
            ),
            P("Các nội dung thi đấu diễn ra đến hết ngày 24/10/2026."),
            _right("Thầy Nguyễn Hữu Phước - Tổ trưởng Tổ Thể dục"),
        ],
        authors=["Nguyễn Hữu Phước"],
        opts={"at": "2026-10-05 16:20:14", "person": "Tổ Thể dục", "tags": ["the-thao"]},
    ),
    Story(
        id=176,
        slug="ron-rang-le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="hoat-dong",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với hàng triệu học sinh cả nước, thầy và trò Trường THCS Lê Lợi"
            " long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 34 lớp với 1.286 học sinh, trong đó có 325 học"
                " sinh lớp 6 vừa trúng tuyển. Đội ngũ cán bộ, giáo viên, nhân viên gồm 76 người, 100%"
                " giáo viên đạt chuẩn trình độ đào tạo theo quy định."
            ),
            Img(
                f"{_UP}/khai-giang-2026-01.jpg",
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "Học sinh lớp 6 diễu hành vào lễ đài",
                "fig",
            ),
            P(
                "Tại buổi lễ, đại diện lãnh đạo UBND phường Quy Nhơn Bắc đã đọc thư của Chủ tịch nước"
                " gửi ngành Giáo dục nhân dịp khai giảng năm học mới."
            ),
            Img(
                f"{_UP}/khai-giang-2026-02.jpg",
                "(Cô Hiệu trưởng đánh trống khai giảng năm học mới)",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "i",
            ),
            P(
                "Hồi trống khai trường vang lên, mở đầu cho năm học mới với nhiều kỳ vọng. Sau phần"
                " lễ, học sinh các khối tham gia các trò chơi dân gian và hoạt động tìm hiểu về truyền"
                " thống nhà trường."
            ),
            Img(f"{_UP}/khai-giang-2026-03.jpg", None, None, "bare"),
            _right("Ban biên tập"),
        ],
        opts={"at": "2026-09-05 11:30:02", "person": "admin", "tags": ["khai-giang"]},
    ),
]


@dataclass(frozen=True)
class External:
    """A card whose post has ``lien_ket_ngoai``: it links out to the press, no page here."""

    title: str
    url: str
    at: str
    source: str
    excerpt: str
    cat: str = "hoat-dong"
    id: int = 0

    def views(self) -> int:
        return 41 + self.id * 13 % 500


EXTERNALS: list[External] = [
    External(
        "Trường THCS Lê Lợi đạt giải Nhất Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS",
        "https://baogialai.com.vn/truong-thcs-le-loi-dat-giai-nhat-hoi-thi-giao-vien-chu-nhiem-lop-gioi-post342118.html",
        "2026-11-19 09:00:00",
        "Báo Gia Lai",
        "Cô Nguyễn Thị Kim Oanh (Trường THCS Lê Lợi) đoạt giải Nhất Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS.",
        id=213,
    ),
    External(
        "Sở GD&ĐT triển khai nhiệm vụ chuyển đổi số trong trường học năm học 2026 - 2027",
        "https://sgddt.gialai.gov.vn/tin-tuc/trien-khai-nhiem-vu-chuyen-doi-so-nam-hoc-2026-2027.html",
        "2026-11-03 08:20:00",
        "Sở GD&ĐT Gia Lai",
        "Hội nghị trực tuyến triển khai nhiệm vụ chuyển đổi số năm học 2026 - 2027 đến các trường.",
        id=202,
    ),
    External(
        "Học sinh Quy Nhơn Bắc sôi nổi ngày hội “Em yêu biển đảo quê hương”",
        "https://baogialai.com.vn/hoc-sinh-quy-nhon-bac-soi-noi-ngay-hoi-em-yeu-bien-dao-que-huong-post339870.html",
        "2026-10-10 15:10:00",
        "Báo Gia Lai",
        "Hơn 500 học sinh các trường THCS trên địa bàn phường tham gia ngày hội.",
        id=187,
    ),
    External(
        "Phường Quy Nhơn Bắc trao 120 suất học bổng cho học sinh vượt khó",
        "https://quynhonbac.gialai.gov.vn/tin-tuc/trao-120-suat-hoc-bong-cho-hoc-sinh-vuot-kho.html",
        "2026-09-20 10:00:00",
        "UBND phường Quy Nhơn Bắc",
        "Mỗi suất học bổng trị giá 1,5 triệu đồng, trong đó có 14 học sinh Trường THCS Lê Lợi.",
        id=180,
    ),
]

_BY_ID = {s.id: s for s in STORIES}
Item = Story | External


def _when(item: Item) -> datetime:
    at = item.opts["at"] if isinstance(item, Story) else item.at
    return datetime.strptime(at, "%Y-%m-%d %H:%M:%S").replace(tzinfo=_TZ)


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}-{story.id}/"


def items(cat: str | None = None, tag: str | None = None, order: str = "moi-nhat") -> list[Item]:
    """The listing's query: every post (reposts included), filtered, in the chosen order."""
    out: list[Item] = [*STORIES, *EXTERNALS]
    if cat is not None:
        out = [i for i in out if i.cat == cat]
    if tag is not None:
        out = [i for i in out if isinstance(i, Story) and tag in i.opts["tags"]]
    if order == "cu-nhat":
        return sorted(out, key=_when)
    if order == "xem-nhieu":
        return sorted(out, key=lambda i: (-i.views(), -_when(i).timestamp()))
    return sorted(out, key=_when, reverse=True)


def newest(cat: str | None = None) -> list[Story]:
    return [i for i in items(cat) if isinstance(i, Story)]


def related(story: Story) -> list[Story]:
    return [s for s in newest(story.cat) if s.id != story.id][:RELATED]


def pages_of(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat]) for s in newest()]

#: posts that only the HTMX pager (or a tag button, or the search form) reaches
HX_ONLY: list[str] = [article_path(_BY_ID[i]) for i in (198, 194, 189, 183)]

ALBUMS: dict[str, tuple[str, str, list[tuple[str, str | None]]]] = {
    "ngay-nha-giao-viet-nam-20-11-2026": (
        "Ngày Nhà giáo Việt Nam 20/11/2026",
        "20/11/2026",
        [
            ("ky-niem-20-11-01.jpg", "Tiết mục văn nghệ chào mừng của lớp 8A2"),
            ("ky-niem-20-11-02.jpg", "Học sinh tặng hoa thầy cô"),
            ("ky-niem-20-11-03.jpg", None),
            ("ky-niem-20-11-04.jpg", "Tập thể giáo viên chụp ảnh lưu niệm"),
        ],
    ),
    "hoi-khoe-phu-dong-cap-truong-2026": (
        "Hội khỏe Phù Đổng cấp trường 2026",
        "24/10/2026",
        [
            ("hkpd-2026-01.jpg", "Nội dung kéo co nữ khối 7"),
            ("hkpd-2026-02.jpg", "Thi đấu cờ vua"),
            ("hkpd-2026-03.jpg", "Chạy 100 m nam khối 9"),
        ],
    ),
    "le-khai-giang-nam-hoc-2026-2027": (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/9/2026",
        [
            ("khai-giang-01.jpg", "Học sinh lớp 6 nhận hoa chào đón"),
            ("khai-giang-02.jpg", None),
            ("khai-giang-03.jpg", "Màn trống hội mở đầu năm học"),
            ("khai-giang-04.jpg", None),
            ("khai-giang-05.jpg", "Thả bóng bay"),
        ],
    ),
}

DOCS: list[tuple[str, str, str, str]] = [
    ("ke-hoach", "Kế hoạch năm học 2026 - 2027", "05/09/2026", "ke-hoach-nam-hoc-2026-2027.pdf"),
    ("ke-hoach", "Kế hoạch kiểm tra, đánh giá học kỳ I", "10/11/2026", "ke-hoach-kiem-tra-hk1.pdf"),
    ("quy-che", "Quy chế dân chủ cơ sở trong trường học", "15/09/2026", "quy-che-dan-chu-2026.pdf"),
    ("quy-che", "Nội quy học sinh năm học 2026 - 2027", "05/09/2026", "noi-quy-hoc-sinh.pdf"),
    ("bieu-mau", "Mẫu đơn xin phép nghỉ học", "20/08/2026", "mau-don-xin-nghi-hoc.pdf"),
    ("bieu-mau", "Mẫu đơn chuyển trường", "20/08/2026", "mau-don-chuyen-truong.pdf"),
]
DOC_KINDS = {"ke-hoach": "Kế hoạch", "quy-che": "Quy chế - Nội quy", "bieu-mau": "Biểu mẫu"}
CLASSES = [f"{k}A{n}" for k in (6, 7, 8, 9) for n in (1, 2, 3, 4)]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc/",
    "/tin-tuc/?trang=2",
    "/tin-tuc/?trang=3",
    *(f"/tin-tuc/chuyen-muc/{c}/" for c in CATS),
    "/tin-tuc/chuyen-muc/hoat-dong/?trang=2",
    "/tin-tuc/chuyen-muc/hoat-dong/?trang=3",
    "/gioi-thieu/",
    "/lien-he/",
    "/thoi-khoa-bieu/",
    "/tai-lieu/",
    "/thu-vien-anh/",
    *(f"/thu-vien-anh/{a}/" for a in ALBUMS),
    "/lich-cong-tac/",
    "/dang-nhap/",
    "/tim-kiem/",
]


# --------------------------------------------------------------------------- helpers


def _token(seed: str, n: int = 64) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    out, state = "", seed.encode()
    while len(out) < n:
        state = hashlib.sha256(state).digest()
        out += "".join(alphabet[b % 62] for b in state)
    return out[:n]


CSRF = _token("csrfmiddlewaretoken")
CSRF_COOKIE = _token("csrftoken", 32)


def _d(item: Item) -> str:
    return f"{_when(item):%d/%m/%Y}"


def _thumb(story: Story) -> str:
    return f"/media/anh-dai-dien/{_when(story):%Y/%m}/{story.slug[:48].rstrip('-')}.jpg"


def _excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    words = first.split()
    return " ".join(words[:30]) + (" …" if len(words) > 30 else "")


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _is_hx(request: Request) -> bool:
    return any(k.lower() == "hx-request" and v == "true" for k, v in request.headers.items())


def _hx_target(request: Request) -> str:
    """``request.htmx.target``: the id of the element HTMX swaps into (tag buttons: the main column)."""
    return next((v for k, v in request.headers.items() if k.lower() == "hx-target"), "")


def _counter() -> str:
    return """<div class="card mb-3 thong-ke"><div class="card-header fw-semibold"><i class="bi bi-bar-chart"></i> Thống kê truy cập</div>
<ul class="list-group list-group-flush small">
<li class="list-group-item d-flex justify-content-between"><span>Đang truy cập</span><strong>23</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Hôm nay</span><strong>618</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Tháng này</span><strong>14.352</strong></li>
<li class="list-group-item d-flex justify-content-between"><span>Tổng lượt truy cập</span><strong>1.046.271</strong></li>
</ul></div>"""


# --------------------------------------------------------------------------- week schedule

_SCHEDULE: dict[tuple[int, int], list[tuple[str, str]]] = {
    (2026, 47): [
        ("Thứ Hai 16/11", "Học sinh nghỉ học phòng, tránh bão số 14"),
        ("Thứ Sáu 20/11", "7h00: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"),
    ],
    (2026, 48): [
        ("Thứ Hai 23/11", "7h00: Chào cờ; sinh hoạt dưới cờ chủ đề “An toàn trong mùa mưa bão”"),
        ("Thứ Tư 25/11", "14h00: Họp Hội đồng sư phạm tháng 11"),
        ("Thứ Năm 26/11", "8h00: Ban Giám hiệu dự giờ Tổ Khoa học tự nhiên"),
        ("Thứ Bảy 28/11", "7h30: Tập huấn phần mềm quản lý học sinh cho giáo viên chủ nhiệm"),
    ],
    (2026, 49): [
        ("Thứ Hai 30/11", "7h00: Chào cờ; phát động phong trào thi đua học kỳ I"),
        ("Thứ Sáu 04/12", "Hạn cuối nộp đề cương ôn tập cuối học kỳ I"),
    ],
}


def _week(params: dict[str, str]) -> tuple[int, int]:
    now = TODAY_DATE.isocalendar()
    try:
        year, week = int(params.get("nam", now[0])), int(params.get("tuan", now[1]))
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return now[0], now[1]
    if not 1900 <= year <= 2100:
        return now[0], now[1]
    return year, week


def _week_step(year: int, week: int, step: int) -> tuple[int, int]:
    monday = date.fromisocalendar(year, week, 1) + timedelta(weeks=step)
    iso = monday.isocalendar()
    return iso[0], iso[1]


def _week_box(year: int, week: int, full: bool) -> str:
    monday = date.fromisocalendar(year, week, 1)
    sunday = monday + timedelta(days=6)
    rows = _SCHEDULE.get((year, week), [])
    body = (
        "".join(f'<li class="mb-1"><strong>{esc(d)}:</strong> {esc(t)}</li>' for d, t in rows)
        if rows
        else '<li class="text-muted fst-italic">Chưa có lịch công tác cho tuần này.</li>'
    )
    nav = []
    for step, label in ((-1, "« Tuần trước"), (1, "Tuần sau »")):
        y, w = _week_step(year, week, step)
        target = f"/lich-cong-tac/?tuan={w}&amp;nam={y}"
        if full:
            nav.append(
                f'<a class="btn btn-sm btn-outline-secondary" href="{target}" hx-get="{target}"'
                f' hx-target="#lich-tuan" hx-select="#lich-tuan" hx-swap="outerHTML" hx-push-url="true">{label}</a>'
            )
        else:
            nav.append(
                f'<button type="button" class="btn btn-sm btn-link p-0" hx-get="{target}"'
                f' hx-target="#lich-tuan" hx-select="#lich-tuan" hx-swap="outerHTML">{label}</button>'
            )
    title = f"Tuần {week} ({monday:%d/%m} - {sunday:%d/%m/%Y})"
    more = "" if full else '<a class="small" href="/lich-cong-tac/">Xem chi tiết lịch công tác</a>'
    return f"""<div id="lich-tuan" class="small">
<div class="d-flex justify-content-between align-items-center mb-2">{nav[0]}<strong class="text-center">{title}</strong>{nav[1]}</div>
<ul class="list-unstyled mb-2">{body}</ul>{more}</div>"""


# --------------------------------------------------------------------------- page chrome

_NAV = [
    ("/", "Trang chủ"),
    ("/gioi-thieu/", "Giới thiệu"),
    ("/tin-tuc/", "Tin tức"),
    ("/thoi-khoa-bieu/", "Thời khóa biểu"),
    ("/tai-lieu/", "Tài liệu"),
    ("/thu-vien-anh/", "Thư viện ảnh"),
    ("/lien-he/", "Liên hệ"),
]


def _navbar(active: str) -> str:
    links = []
    for href, label in _NAV:
        cls = "nav-link active" if href == active else "nav-link"
        if href == "/tin-tuc/":
            sub = "".join(
                f'<li><a class="dropdown-item" href="/tin-tuc/chuyen-muc/{slug}/">{esc(name)}</a></li>'
                for slug, name in CATS.items()
            )
            links.append(
                f'<li class="nav-item dropdown"><a class="{cls} dropdown-toggle" href="/tin-tuc/" role="button"'
                f' data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a><ul class="dropdown-menu">'
                f'<li><a class="dropdown-item" href="/tin-tuc/">Tất cả tin bài</a></li><li><hr class="dropdown-divider"></li>{sub}</ul></li>'
            )
        else:
            links.append(f'<li class="nav-item"><a class="{cls}" href="{href}">{label}</a></li>')
    return f"""<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top shadow-sm">
<div class="container">
<a class="navbar-brand d-lg-none" href="/">THCS Lê Lợi</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menuChinh" aria-controls="menuChinh" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="menuChinh">
<ul class="navbar-nav me-auto mb-2 mb-lg-0">{"".join(links)}</ul>
<a class="btn btn-sm btn-light" href="/dang-nhap/"><i class="bi bi-box-arrow-in-right"></i> Đăng nhập</a>
</div></div></nav>"""


def _sidebar() -> str:
    latest = "".join(
        f'<li class="list-group-item"><a class="text-decoration-none" href="{article_path(s)}">{esc(s.title)}</a>'
        f'<div class="text-secondary small"><i class="bi bi-clock"></i> {_d(s)}</div></li>'
        for s in newest()[:5]
    )
    y, w = TODAY_DATE.isocalendar()[:2]
    return f"""<div class="card mb-3"><div class="card-body">
<form action="/tim-kiem/" method="get" role="search"><div class="input-group input-group-sm">
<input class="form-control" type="search" name="q" placeholder="Tìm bài viết..." aria-label="Tìm kiếm" hx-get="/tim-kiem/_goi-y/" hx-trigger="keyup changed delay:400ms" hx-target="#goi-y-tim-kiem">
<button class="btn btn-primary" type="submit"><i class="bi bi-search"></i></button></div>
<div id="goi-y-tim-kiem" class="mt-1"></div></form></div></div>
<div class="card mb-3"><div class="card-header fw-semibold bg-warning-subtle"><i class="bi bi-megaphone"></i> Thông báo mới</div>
<div class="card-body p-2" id="thong-bao-moi" hx-get="/tin-tuc/_thong-bao-moi/" hx-trigger="load" hx-swap="innerHTML">
<div class="text-center py-3"><div class="spinner-border spinner-border-sm text-secondary" role="status"><span class="visually-hidden">Đang tải...</span></div></div>
</div></div>
<div class="card mb-3"><div class="card-header fw-semibold"><i class="bi bi-newspaper"></i> Bài viết mới</div>
<ul class="list-group list-group-flush small">{latest}</ul></div>
<div class="card mb-3"><div class="card-header fw-semibold"><i class="bi bi-calendar-week"></i> Lịch công tác tuần</div>
<div class="card-body">{_week_box(y, w, False)}</div></div>
<div class="banner-lien-ket mb-3">
<a href="https://vnedu.vn/" target="_blank" rel="noopener"><img class="img-fluid rounded mb-2" src="/static/img/banner-vnedu.png" alt="Tra cứu điểm vnEdu"></a>
<a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener"><img class="img-fluid rounded mb-2" src="/static/img/banner-dich-vu-cong.png" alt="Cổng dịch vụ công quốc gia"></a>
<a href="https://sgddt.gialai.gov.vn/" target="_blank" rel="noopener"><img class="img-fluid rounded" src="/static/img/banner-so-gddt.png" alt="Sở GD&amp;ĐT Gia Lai"></a>
</div>
{_counter()}"""


def _page(title: str, main: str, active: str = "", extra: str = "", sidebar: bool = True) -> str:
    cols = (
        f'<div class="col-lg-8" id="noi-dung-chinh">{main}</div><aside class="col-lg-4 mt-4 mt-lg-0">{_sidebar()}</aside>'
        if sidebar
        else f'<div class="col-12" id="noi-dung-chinh">{main}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="icon" href="/static/img/favicon.ico">
<link rel="stylesheet" href="/static/vendor/bootstrap-5.3.3/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/vendor/bootstrap-icons-1.11.3/bootstrap-icons.min.css">
<link rel="stylesheet" href="/static/css/site.css?v=20240915">
<link rel="alternate" type="application/rss+xml" title="Tin tức - {esc(SITE)}" href="/tin-tuc/rss/">
{extra}
<script src="/static/vendor/htmx-1.9.12/htmx.min.js" defer></script>
</head>
<body hx-headers='{{"X-CSRFToken": "{CSRF}"}}'>
<div class="thanh-tren bg-primary-subtle small py-1"><div class="container d-flex justify-content-between flex-wrap">
<span><i class="bi bi-calendar3"></i> {TODAY}</span>
<span><i class="bi bi-telephone"></i> Hotline: {HOTLINE} · <i class="bi bi-envelope"></i> {EMAIL}</span></div></div>
<header class="dau-trang py-3 bg-white"><div class="container d-flex align-items-center gap-3">
<a href="/"><img src="/static/img/logo-thcs-le-loi.png" alt="Logo {esc(SITE)}" width="72" height="72"></a>
<div><div class="text-uppercase small text-secondary">{esc(PARENT)}</div><div class="h4 text-uppercase text-primary fw-bold mb-0">{esc(SITE)}</div>
<div class="fst-italic small">Kỷ cương - Tình thương - Trách nhiệm</div></div></div></header>
{_navbar(active)}
<main class="container my-4"><div class="row">{cols}</div></main>
<footer class="chan-trang bg-dark text-light pt-4 pb-3 mt-4"><div class="container"><div class="row g-4">
<div class="col-md-6"><h2 class="h6 text-uppercase">{esc(SITE)}</h2>
<p class="small mb-1"><i class="bi bi-geo-alt"></i> Địa chỉ: {esc(ADDRESS)}</p>
<p class="small mb-1"><i class="bi bi-telephone"></i> Điện thoại: {PHONE} · Hotline: {HOTLINE}</p>
<p class="small mb-1"><i class="bi bi-envelope"></i> Email: <a class="link-light" href="mailto:{EMAIL}">{EMAIL}</a></p>
<p class="small mb-0">Chịu trách nhiệm nội dung: Hiệu trưởng Huỳnh Thị Mỹ Dung</p></div>
<div class="col-md-6"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3875.9!2d109.2199!3d13.7765!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x0!2zVHLGsOG7nW5nIFRIQ1MgTMOqIEzhu6Np!5e0!3m2!1svi!2s!4v1726370000000" width="100%" height="180" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade" title="Bản đồ"></iframe></div>
</div><hr class="border-secondary"><div class="d-flex justify-content-between small flex-wrap">
<span>© 2024 - 2026 {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</span>
<span>Thiết kế &amp; phát triển: Tổ Tin học</span></div></div></footer>
<script src="/static/vendor/bootstrap-5.3.3/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/site.js?v=20240915"></script>
</body>
</html>
"""


def _crumbs(*parts: tuple[str | None, str]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for href, label in parts:
        if href:
            lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb small">{"".join(lis)}</ol></nav>'


def _ok(body: str, status: int = 200, cookie: bool = False) -> Response:
    headers = {
        "Vary": "HX-Request, Cookie",
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
    }
    if cookie:
        headers["Set-Cookie"] = (
            f"csrftoken={CSRF_COOKIE}; expires=Wed, 24 Nov 2027 00:00:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax"
        )
    return html(body, status=status, headers=headers)


# --------------------------------------------------------------------------- cards and listings


def _card(item: Item) -> str:
    if isinstance(item, External):
        return f"""<div class="col-md-6 the-bai-viet">
<div class="card h-100 border-0 shadow-sm">
<div class="card-body">
<span class="badge text-bg-warning"><i class="bi bi-box-arrow-up-right"></i> {esc(item.source)}</span>
<h3 class="h6 card-title mt-2"><a class="text-decoration-none stretched-link" href="{esc(item.url)}" target="_blank" rel="noopener">{esc(item.title)}</a></h3>
<p class="card-text small text-secondary">{esc(item.excerpt)}</p></div>
<div class="card-footer bg-transparent border-0 small text-secondary"><i class="bi bi-calendar"></i> {_d(item)}</div>
</div></div>"""
    href = article_path(item)
    return f"""<div class="col-md-6 the-bai-viet">
<div class="card h-100 border-0 shadow-sm">
<a href="{href}"><img src="{_thumb(item)}" class="card-img-top" alt="{esc(item.title)}" loading="lazy"></a>
<div class="card-body">
<span class="badge text-bg-light">{esc(CATS[item.cat])}</span>
<h3 class="h6 card-title mt-2"><a class="text-decoration-none stretched-link" href="{href}">{esc(item.title)}</a></h3>
<p class="card-text small text-secondary">{esc(_excerpt(item))}</p></div>
<div class="card-footer bg-transparent border-0 small text-secondary"><i class="bi bi-calendar"></i> {_d(item)} · <i class="bi bi-eye"></i> {item.views()}</div>
</div></div>"""


_ORDERS = {"moi-nhat": "Mới nhất", "cu-nhat": "Cũ nhất", "xem-nhieu": "Xem nhiều nhất"}


@dataclass
class _Listing:
    base: str  # the view's path
    cat: str | None  # the category filter (path or ?chuyen_muc=)
    tag: str | None
    order: str
    page: int | None  # None: the page number was out of range
    query: dict[str, str]  # filters kept in the pager (chuyen_muc, the, sap_xep)

    def url(self, page: int) -> str:
        q = {**self.query, "trang": str(page)}
        return f"{self.base}?{urlencode(q)}"


def _listing_args(request: Request, base: str, cat: str | None) -> _Listing:
    p = request.params
    query: dict[str, str] = {}
    tag = None
    if base == "/tin-tuc/":
        if p.get("chuyen_muc"):
            cat = p["chuyen_muc"]
            query["chuyen_muc"] = cat
        if p.get("the"):
            tag = p["the"]
            query["the"] = tag
    order = p.get("sap_xep", "moi-nhat")
    if order not in _ORDERS:
        order = "moi-nhat"
    if "sap_xep" in p and order != "moi-nhat":
        query["sap_xep"] = order
    raw = p.get("trang", "1")
    page: int | None
    try:
        page = int(raw)
    except ValueError:
        page = 1  # PageNotAnInteger: the first page
    return _Listing(base, cat, tag, order, page, query)


def _chunk(lst: _Listing) -> tuple[list[Item], bool]:
    found = items(lst.cat, lst.tag, lst.order)
    last = pages_of(len(found))
    if lst.page is None or not 1 <= lst.page <= last or (not found and lst.page > 1):
        return [], False
    chunk = found[(lst.page - 1) * PER_PAGE : lst.page * PER_PAGE]
    return chunk, lst.page < last


def _more(lst: _Listing, has_next: bool, oob: bool, empty_note: bool) -> str:
    attr = ' hx-swap-oob="true"' if oob else ""
    if has_next:
        inner = (
            f'<button class="btn btn-outline-primary" hx-get="{esc(lst.url(lst.page + 1))}" hx-target="#ds-bai-viet"'
            ' hx-swap="beforeend" hx-select=".the-bai-viet" hx-indicator="#dang-tai">Xem thêm bài viết'
            ' <span id="dang-tai" class="htmx-indicator spinner-border spinner-border-sm"></span></button>'
        )
    elif empty_note:
        inner = '<p class="text-secondary fst-italic mb-0">Không còn bài viết.</p>'
    else:
        inner = ""
    return f'<div id="khung-xem-them" class="text-center mt-4"{attr}>{inner}</div>'


def _chips(lst: _Listing) -> str:
    out = []
    active_all = lst.cat is None
    cls = "btn-primary" if active_all else "btn-outline-secondary"
    out.append(
        f'<a class="btn btn-sm rounded-pill {cls}" hx-get="/tin-tuc/" hx-target="#khu-tin-tuc" hx-swap="outerHTML"'
        ' hx-push-url="true" href="/tin-tuc/">Tất cả</a>'
    )
    for slug, name in CATS.items():
        cls = "btn-primary" if lst.cat == slug else "btn-outline-secondary"
        out.append(
            f'<a class="btn btn-sm rounded-pill {cls}" hx-get="/tin-tuc/?chuyen_muc={slug}" hx-target="#khu-tin-tuc"'
            f' hx-swap="outerHTML" hx-push-url="true" href="/tin-tuc/chuyen-muc/{slug}/">{esc(name)}</a>'
        )
    return f'<div class="chip-chuyen-muc d-flex flex-wrap gap-2 mb-3">{"".join(out)}</div>'


def _section(lst: _Listing, heading: str) -> str:
    chunk, has_next = _chunk(lst)
    cards = "".join(_card(i) for i in chunk)
    if not chunk:
        cards = (
            '<div class="col-12"><p class="text-secondary fst-italic">Không còn bài viết.</p></div>'
        )
    options = "".join(
        f'<option value="{k}"{" selected" if k == lst.order else ""}>{v}</option>'
        for k, v in _ORDERS.items()
    )
    hx_base = lst.base + (
        f"?{urlencode({k: v for k, v in lst.query.items() if k != 'sap_xep'})}"
        if any(k != "sap_xep" for k in lst.query)
        else ""
    )
    sub = (
        f'<p class="small text-secondary mb-2">Trang {lst.page}</p>'
        if lst.page and lst.page > 1 and chunk
        else ""
    )
    return f"""<section id="khu-tin-tuc">
<div class="d-flex justify-content-between align-items-center mb-3 flex-wrap gap-2">
<h1 class="h4 mb-0 tieu-de-muc text-primary">{esc(heading)}</h1>
<select class="form-select form-select-sm w-auto" name="sap_xep" aria-label="Sắp xếp" hx-get="{esc(hx_base)}" hx-trigger="change" hx-target="#khu-tin-tuc" hx-swap="outerHTML" hx-push-url="true">{options}</select>
</div>
{_chips(lst)}{sub}
<div id="ds-bai-viet" class="row g-3">
{cards}
</div>
{_more(lst, has_next, False, False)}
</section>"""


def _listing(request: Request, base: str, cat: str | None) -> Response:
    lst = _listing_args(request, base, cat)
    if _is_hx(request) and "trang" in request.params:
        chunk, has_next = _chunk(lst)
        fragment = "".join(_card(i) for i in chunk) + "\n" + _more(lst, has_next, True, not chunk)
        return _ok(fragment)
    if base == "/tin-tuc/" and lst.tag:
        heading = f"Bài viết gắn thẻ: {TAGS.get(lst.tag, lst.tag)}"
    elif base == "/tin-tuc/" or lst.cat is None:
        heading = "Tin tức"
    else:
        heading = CATS[lst.cat]
    section = _section(lst, heading)
    if _is_hx(request) and _hx_target(request) != "noi-dung-chinh":
        return _ok(section)
    if base == "/tin-tuc/":
        crumbs = _crumbs((None, "Tin tức"))
        title = f"Tin tức | {SITE}"
    else:
        crumbs = _crumbs(("/tin-tuc/", "Tin tức"), (None, heading))
        title = f"{heading} | {SITE}"
    return _ok(_page(title, crumbs + section, active="/tin-tuc/"))


def _notices_partial(request: Request) -> Response:
    rows = "".join(
        f'<li class="mb-2"><i class="bi bi-caret-right-fill text-danger small"></i> <a href="{article_path(s)}">{esc(s.title)}</a>'
        f' <span class="text-secondary small">({_d(s)})</span></li>'
        for s in newest("thong-bao")[:5]
    )
    return _ok(
        f'<ul class="list-unstyled small mb-0">{rows}</ul>\n<a class="small" href="/tin-tuc/chuyen-muc/thong-bao/">Xem tất cả thông báo »</a>'
    )


# --------------------------------------------------------------------------- article


def _para(p: P, nfd: bool) -> str:
    body = text(p.text, nfd=nfd)
    if p.style == "nbsp":
        body = body.replace(", ", ",&nbsp; ", 2)
    elif p.style.startswith("a|"):
        _, href, phrase = p.style.split("|", 2)
        body = body.replace(
            text(phrase, nfd=nfd), f'<a href="{href}">{text(phrase, nfd=nfd)}</a>', 1
        )
    return body


def _img(img: Img, nfd: bool, alt: str) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(alt)}">'
    cap = text(img.printed or "", nfd=nfd)
    if img.style == "fig":
        return f'<figure class="image">{tag}<figcaption>{cap}</figcaption></figure>'
    if img.style == "resized":
        return f'<figure class="image image_resized" style="width:75%;">{tag}<figcaption>{cap}</figcaption></figure>'
    if img.style == "bare":
        return f'<figure class="image">{tag}</figure>'
    if img.style == "em":
        return f'<figure class="image">{tag}</figure><p><em>{cap}</em></p>'
    if img.style == "i":
        return f'<figure class="image">{tag}</figure><p style="text-align:center;"><i>{cap}</i></p>'
    raise ValueError(img.style)


def _content(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html if not nfd else unicodedata.normalize("NFD", b.html))
        elif isinstance(b, Img):
            out.append(_img(b, nfd, story.title))
        elif b.style in ("li", "oli"):
            kind = b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                group.append(f"<li>{_para(blocks[i], nfd)}</li>")
                i += 1
            tag = "ul" if kind == "li" else "ol"
            out.append(f"<{tag}>{''.join(group)}</{tag}>")
            continue
        elif b.style in ("th", "tr"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = (
                        "<thead><tr>"
                        + "".join(f"<th>{text(c, nfd=nfd)}</th>" for c in cells)
                        + "</tr></thead>"
                    )
                else:
                    rows.append(
                        "<tr>" + "".join(f"<td>{text(c, nfd=nfd)}</td>" for c in cells) + "</tr>"
                    )
                i += 1
            out.append(
                f'<figure class="table"><table>{head}<tbody>{"".join(rows)}</tbody></table></figure>'
            )
            continue
        elif b.style == "b":
            out.append(f"<p><strong>{_para(b, nfd)}</strong></p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_para(b, nfd)}</p></blockquote>")
        elif b.style == "h3":
            out.append(f"<h3>{_para(b, nfd)}</h3>")
        elif b.style == "" or b.style == "nbsp" or b.style.startswith("a|"):
            out.append(f'<p style="text-align:justify;">{_para(b, nfd)}</p>')
        else:
            raise ValueError(b.style)
        i += 1
    return "\n".join(out)


def _related_cards(story: Story) -> str:
    cards = "".join(
        f"""<div class="col-md-4"><div class="card h-100 border-0 shadow-sm">
<a href="{article_path(s)}"><img src="{_thumb(s)}" class="card-img-top" alt="{esc(s.title)}" loading="lazy"></a>
<div class="card-body p-2"><a class="small fw-semibold text-decoration-none" href="{article_path(s)}">{esc(s.title)}</a>
<div class="text-secondary small mt-1"><i class="bi bi-calendar"></i> {_d(s)}</div></div></div></div>"""
        for s in related(story)
    )
    return f'<section class="lien-quan mt-5"><h2 class="h5 border-start border-4 border-primary ps-2">Bài viết liên quan</h2><div class="row g-3">{cards}</div></section>'


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    listed = "".join(
        f'<div class="d-flex gap-2 mb-3"><i class="bi bi-person-circle fs-3 text-secondary"></i><div>'
        f'<strong>{esc(name)}</strong> <span class="text-secondary small">{when}</span><p class="mb-0">{esc(msg)}</p></div></div>'
        for name, when, msg in comments
    )
    action = f"{article_path(story)}binh-luan/"
    return f"""<section id="binh-luan" class="mt-5">
<h2 class="h5 border-start border-4 border-primary ps-2">Bình luận ({len(comments)})</h2>
<div id="ds-binh-luan">{listed or '<p class="text-secondary small">Chưa có bình luận nào.</p>'}</div>
<form method="post" action="{action}" hx-post="{action}" hx-target="#ds-binh-luan" hx-swap="beforeend" class="border rounded p-3 bg-light">
<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<div class="row g-2"><div class="col-md-6"><label for="id_ho_ten" class="form-label small">Họ và tên</label><input type="text" name="ho_ten" maxlength="100" class="form-control form-control-sm" required id="id_ho_ten"></div>
<div class="col-md-6"><label for="id_email" class="form-label small">Email</label><input type="email" name="email" maxlength="254" class="form-control form-control-sm" id="id_email"></div>
<div class="col-12"><label for="id_noi_dung" class="form-label small">Nội dung</label><textarea name="noi_dung" cols="40" rows="3" class="form-control form-control-sm" required id="id_noi_dung"></textarea></div></div>
<p class="form-text">Bình luận của bạn sẽ được hiển thị sau khi được kiểm duyệt.</p>
<button type="submit" class="btn btn-primary btn-sm"><i class="bi bi-send"></i> Gửi bình luận</button></form></section>"""


def _article(story: Story, request: Request) -> Response:
    base = base_url(request)
    canonical = base + article_path(story)
    when = _when(story)
    updated = (
        f' <span class="fst-italic">(Cập nhật: {story.opts["updated"]})</span>'
        if story.opts.get("updated")
        else ""
    )
    meta = (
        '<div class="thong-tin-bai d-flex flex-wrap align-items-center gap-1 text-secondary small mb-3">'
        f'<span><i class="bi bi-calendar"></i> <time datetime="{when.isoformat()}">{when:%d/%m/%Y}</time></span> ·'
        f' <span><i class="bi bi-person"></i> {esc(story.opts["person"])}</span> ·'
        f' <span><i class="bi bi-eye"></i> {story.views()} lượt xem</span>{updated}</div>'
    )
    share_q = quote(canonical, safe="")
    share = f"""<div class="dropdown ms-auto"><button class="btn btn-sm btn-outline-secondary dropdown-toggle" type="button" data-bs-toggle="dropdown" aria-expanded="false"><i class="bi bi-share"></i> Chia sẻ</button>
<ul class="dropdown-menu dropdown-menu-end">
<li><a class="dropdown-item" href="https://www.facebook.com/sharer/sharer.php?u={share_q}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a></li>
<li><a class="dropdown-item" href="https://zalo.me/share?url={share_q}" target="_blank" rel="noopener"><i class="bi bi-chat-dots"></i> Zalo</a></li>
<li><button class="dropdown-item" type="button" onclick="navigator.clipboard.writeText('{esc(canonical)}')"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button></li>
<li><button class="dropdown-item" type="button" onclick="window.print()"><i class="bi bi-printer"></i> In bài viết</button></li>
</ul></div>"""
    lead = (
        f'<p class="lead">{esc(story.summary)}</p>' if story.summary and story.sapo_outside else ""
    )
    attach = ""
    if "attach" in story.opts:
        href, name, size = story.opts["attach"]
        attach = (
            '<div class="tep-dinh-kem alert alert-secondary mt-4"><h2 class="h6 mb-2"><i class="bi bi-paperclip"></i> Tệp đính kèm</h2>'
            f'<a href="{esc(href)}" download><i class="bi bi-file-earmark-pdf text-danger"></i> {esc(name)}</a> <span class="small text-secondary">({size})</span></div>'
        )
    tags = "".join(
        f'<button type="button" class="btn btn-sm btn-light rounded-pill border me-1" hx-get="/tin-tuc/?the={t}"'
        f' hx-target="#noi-dung-chinh" hx-select="#noi-dung-chinh" hx-swap="outerHTML" hx-push-url="true">#{esc(TAGS[t])}</button>'
        for t in story.opts["tags"]
    )
    main = f"""{_crumbs(("/tin-tuc/", "Tin tức"), (f"/tin-tuc/chuyen-muc/{story.cat}/", CATS[story.cat]), (None, story.title))}
<article class="bai-viet">
<h1 class="tieu-de-bai fw-bold">{esc(story.title)}</h1>
<div class="d-flex align-items-start gap-2">{meta}{share}</div>
<div class="anh-bia rounded mb-3" style="background-image:url('{_thumb(story)}');height:320px;background-size:cover;background-position:center;"></div>
{lead}
<div class="noi-dung ck-content">
{_content(story)}
</div>
{attach}
<div class="the-tu-khoa mt-4"><span class="me-1 small"><i class="bi bi-tags"></i> Từ khóa:</span>{tags}</div>
</article>
{_related_cards(story)}
{_comments(story)}"""
    extra = f"""<meta name="description" content="{esc(_excerpt(story))}">
<link rel="canonical" href="{esc(canonical)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:image" content="{esc(base + _thumb(story))}">"""
    return _ok(_page(f"{story.title} | {SITE}", main, active="/tin-tuc/", extra=extra), cookie=True)


# --------------------------------------------------------------------------- other pages


_BLANK = ' target="_blank" rel="noopener"'


def _home(request: Request) -> Response:
    featured = [s for s in newest() if s.opts.get("featured")]
    slides = "".join(
        f"""<div class="carousel-item{" active" if n == 0 else ""}">
<a href="/bai-viet/{s.id}/"><img src="{_thumb(s)}" class="d-block w-100 rounded" alt="{esc(s.title)}"></a>
<div class="carousel-caption d-none d-md-block bg-dark bg-opacity-50 rounded"><h2 class="h5"><a class="link-light text-decoration-none" href="/bai-viet/{s.id}/">{esc(s.title)}</a></h2></div></div>"""
        for n, s in enumerate(featured)
    )
    latest = "".join(_card(i) for i in items()[:PER_PAGE])
    blocks = ""
    for slug, name in CATS.items():
        rows = "".join(
            f'<li class="list-group-item"><a class="text-decoration-none" href="{esc(i.url) if isinstance(i, External) else article_path(i)}"'
            f"{_BLANK if isinstance(i, External) else ''}>{esc(i.title)}</a>"
            f' <span class="text-secondary small">({_d(i)})</span></li>'
            for i in items(slug)[:4]
        )
        blocks += f"""<div class="col-md-6"><div class="card h-100"><div class="card-header d-flex justify-content-between">
<h2 class="h6 mb-0 fw-bold">{esc(name)}</h2><a class="small" href="/tin-tuc/chuyen-muc/{slug}/">Xem tất cả</a></div>
<ul class="list-group list-group-flush small">{rows}</ul></div></div>"""
    main = f"""<div id="tinNoiBat" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
<button class="carousel-control-prev" type="button" data-bs-target="#tinNoiBat" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#tinNoiBat" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></div>
<div class="d-flex justify-content-between align-items-center mb-2"><h2 class="h5 text-primary mb-0">Tin mới nhất</h2><a href="/tin-tuc/">Xem tất cả <i class="bi bi-arrow-right"></i></a></div>
<div class="row g-3 mb-4">{latest}</div>
<div class="row g-3">{blocks}</div>"""
    extra = (
        f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)} - {esc(ADDRESS)}">'
    )
    return _ok(_page(f"Trang chủ | {SITE}", main, active="/", extra=extra))


def _static(
    title: str, active: str, inner: str, cookie: bool = False, sidebar: bool = True
) -> Response:
    main = f'{_crumbs((None, title))}<h1 class="h4 text-primary mb-3">{esc(title)}</h1>{inner}'
    return _ok(_page(f"{title} | {SITE}", main, active=active, sidebar=sidebar), cookie=cookie)


def _about() -> Response:
    inner = f"""<div class="trang-tinh">
<p>{esc(SITE)} được thành lập năm 1986, hiện là trường trung học cơ sở trực thuộc {esc(PARENT)}, tỉnh Gia Lai.</p>
<p>Năm học 2026 - 2027, nhà trường có 34 lớp với 1.286 học sinh; 76 cán bộ, giáo viên, nhân viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2024.</p>
<h2 class="h5">Ban Giám hiệu</h2>
<ul><li>Hiệu trưởng: Huỳnh Thị Mỹ Dung</li><li>Phó Hiệu trưởng: Võ Thị Hạnh</li><li>Phó Hiệu trưởng: Nguyễn Văn Cường</li></ul>
<h2 class="h5">Cơ cấu tổ chức</h2><p>Tổ Ngữ văn, Tổ Toán - Tin, Tổ Khoa học tự nhiên, Tổ Khoa học xã hội, Tổ Ngoại ngữ, Tổ Thể dục - Nghệ thuật, Tổ Văn phòng.</p>
<img class="img-fluid rounded" src="/media/trang/toan-canh-truong.jpg" alt="Toàn cảnh trường"></div>"""
    return _static("Giới thiệu", "/gioi-thieu/", inner)


def _contact(request: Request) -> Response:
    note = ""
    if request.method == "POST":
        note = '<div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ. Nhà trường sẽ phản hồi trong thời gian sớm nhất.</div>'
    inner = f"""{note}<p><i class="bi bi-geo-alt"></i> {esc(ADDRESS)}</p>
<p><i class="bi bi-telephone"></i> {PHONE} · Hotline: {HOTLINE} · <i class="bi bi-envelope"></i> {EMAIL}</p>
<form method="post" action="/lien-he/"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<div class="mb-2"><label class="form-label" for="id_ho_ten">Họ và tên</label><input class="form-control" type="text" name="ho_ten" id="id_ho_ten" required></div>
<div class="mb-2"><label class="form-label" for="id_dien_thoai">Số điện thoại</label><input class="form-control" type="tel" name="dien_thoai" id="id_dien_thoai"></div>
<div class="mb-2"><label class="form-label" for="id_tieu_de">Tiêu đề</label><input class="form-control" type="text" name="tieu_de" id="id_tieu_de" required></div>
<div class="mb-2"><label class="form-label" for="id_noi_dung">Nội dung</label><textarea class="form-control" name="noi_dung" id="id_noi_dung" rows="5" required></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form>"""
    return _static("Liên hệ", "/lien-he/", inner, cookie=True)


_TKB_SUBJECTS = [
    "Toán",
    "Ngữ văn",
    "Tiếng Anh",
    "KHTN",
    "Lịch sử và Địa lí",
    "GDCD",
    "Tin học",
    "Công nghệ",
    "GDTC",
    "Nghệ thuật",
    "HĐTN",
]


def _timetable(request: Request) -> Response:
    cls = request.params.get("lop", "6A1")
    if cls not in CLASSES:
        cls = "6A1"
    seed = CLASSES.index(cls)
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    head = "".join(f"<th>{d}</th>" for d in days)
    rows = "".join(
        f"<tr><th>Tiết {t}</th>"
        + "".join(
            f"<td>{_TKB_SUBJECTS[(seed + t * 3 + d * 5) % len(_TKB_SUBJECTS)]}</td>"
            for d in range(6)
        )
        + "</tr>"
        for t in range(1, 6)
    )
    table = f"""<div id="bang-tkb"><h2 class="h6">Lớp {cls} - Học kỳ I, áp dụng từ 09/11/2026</h2>
<div class="table-responsive"><table class="table table-bordered table-sm text-center"><thead class="table-primary"><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table></div></div>"""
    if _is_hx(request):
        return _ok(table)
    options = "".join(
        f'<option value="{c}"{" selected" if c == cls else ""}>{c}</option>' for c in CLASSES
    )
    inner = f"""<div class="mb-3 d-flex gap-2 align-items-center"><label for="chon-lop" class="form-label mb-0">Chọn lớp:</label>
<select id="chon-lop" class="form-select form-select-sm w-auto" name="lop" hx-get="/thoi-khoa-bieu/" hx-target="#bang-tkb" hx-select="#bang-tkb" hx-swap="outerHTML">{options}</select>
<a class="btn btn-sm btn-outline-danger ms-auto" href="/media/tai-lieu/tkb-hk1-2026-2027.pdf"><i class="bi bi-file-earmark-pdf"></i> Tải TKB toàn trường</a></div>{table}"""
    return _static("Thời khóa biểu", "/thoi-khoa-bieu/", inner)


def _documents(request: Request) -> Response:
    kind = request.params.get("loai")
    rows = "".join(
        f"<tr><td>{n}</td><td>{esc(title)}</td><td>{DOC_KINDS[k]}</td><td>{day}</td>"
        f'<td><a href="/media/tai-lieu/{f}" download><i class="bi bi-download"></i> Tải về</a></td></tr>'
        for n, (k, title, day, f) in enumerate((d for d in DOCS if kind in (None, d[0])), 1)
    )
    chips = "".join(
        f'<button type="button" class="btn btn-sm btn-outline-secondary rounded-pill" hx-get="/tai-lieu/?loai={k}" hx-target="#bang-tai-lieu" hx-select="#bang-tai-lieu" hx-swap="outerHTML">{v}</button>'
        for k, v in DOC_KINDS.items()
    )
    inner = f"""<div class="d-flex gap-2 mb-3">{chips}</div>
<div id="bang-tai-lieu" class="table-responsive"><table class="table table-striped table-sm"><thead><tr><th>STT</th><th>Tên tài liệu</th><th>Loại</th><th>Ngày đăng</th><th></th></tr></thead>
<tbody>{rows or '<tr><td colspan="5">Không có tài liệu.</td></tr>'}</tbody></table></div>"""
    return _static("Tài liệu", "/tai-lieu/", inner)


def _albums() -> Response:
    cards = "".join(
        f"""<div class="col-md-4"><div class="card h-100"><a href="/thu-vien-anh/{slug}/"><img class="card-img-top" src="/media/thu-vien-anh/{slug}/{photos[0][0]}" alt="{esc(title)}"></a>
<div class="card-body"><h2 class="h6"><a class="text-decoration-none" href="/thu-vien-anh/{slug}/">{esc(title)}</a></h2><div class="small text-secondary">{day} · {len(photos)} ảnh</div></div></div></div>"""
        for slug, (title, day, photos) in ALBUMS.items()
    )
    return _static("Thư viện ảnh", "/thu-vien-anh/", f'<div class="row g-3">{cards}</div>')


def _album(slug: str) -> Response:
    title, day, photos = ALBUMS[slug]
    figs = "".join(
        f'<div class="col-6 col-md-4"><a href="/media/thu-vien-anh/{slug}/{f}" data-fslightbox="album"><img class="img-fluid rounded" src="/media/thu-vien-anh/{slug}/{f}" alt="{esc(c or title)}" loading="lazy"></a>'
        + (f'<div class="small text-center text-secondary mt-1">{esc(c)}</div>' if c else "")
        + "</div>"
        for f, c in photos
    )
    main = f"""{_crumbs(("/thu-vien-anh/", "Thư viện ảnh"), (None, title))}<h1 class="h4 text-primary">{esc(title)}</h1>
<p class="small text-secondary"><i class="bi bi-calendar"></i> {day} · {len(photos)} ảnh</p><div class="row g-2">{figs}</div>"""
    return _ok(_page(f"{title} | Thư viện ảnh | {SITE}", main, active="/thu-vien-anh/"))


def _schedule(request: Request) -> Response:
    year, week = _week(request.params)
    box = _week_box(year, week, True)
    if _is_hx(request):
        return _ok(box)
    main = f'{_crumbs((None, "Lịch công tác"))}<h1 class="h4 text-primary mb-3">Lịch công tác tuần</h1><div class="card"><div class="card-body">{box}</div></div>'
    return _ok(_page(f"Lịch công tác tuần {week}/{year} | {SITE}", main))


def _login() -> Response:
    inner = f"""<div class="row justify-content-center"><div class="col-md-6"><div class="card"><div class="card-body">
<form method="post" action="/dang-nhap/"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<div class="mb-2"><label class="form-label" for="id_username">Tên đăng nhập</label><input class="form-control" type="text" name="username" id="id_username" autocomplete="username" required></div>
<div class="mb-2"><label class="form-label" for="id_password">Mật khẩu</label><input class="form-control" type="password" name="password" id="id_password" autocomplete="current-password" required></div>
<button class="btn btn-primary w-100" type="submit">Đăng nhập</button></form>
<p class="small mt-3 mb-0">Cán bộ quản trị: <a href="/admin/login/?next=/admin/">Đăng nhập trang quản trị</a></p></div></div></div></div>"""
    return _static("Đăng nhập", "", inner, cookie=True, sidebar=False)


def _admin_login() -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><title>Đăng nhập | Trang quản trị Django</title>
<link rel="stylesheet" href="/static/admin/css/base.css"><link rel="stylesheet" href="/static/admin/css/login.css">
<meta name="robots" content="NONE,NOARCHIVE"></head>
<body class=" login" data-admin-utc-offset="25200"><div id="container"><div id="header"><div id="branding">
<div id="site-name"><a href="/admin/">Quản trị website THCS Lê Lợi</a></div></div></div>
<main id="content-start" class="content" tabindex="-1"><div id="content" class="colM"><div id="content-main">
<form action="/admin/login/?next=/admin/" method="post" id="login-form"><input type="hidden" name="csrfmiddlewaretoken" value="{CSRF}">
<div class="form-row"><label class="required" for="id_username">Tên đăng nhập:</label> <input type="text" name="username" autofocus autocapitalize="none" autocomplete="username" maxlength="150" required id="id_username"></div>
<div class="form-row"><label class="required" for="id_password">Mật khẩu:</label> <input type="password" name="password" autocomplete="current-password" required id="id_password"><input type="hidden" name="next" value="/admin/"></div>
<div class="submit-row"><input type="submit" value="Đăng nhập"></div></form></div></div></main></div></body></html>"""
    return _ok(body, cookie=True)


def _search(request: Request, partial: bool) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in newest() if q and _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    if partial:
        rows = "".join(
            f'<a class="list-group-item list-group-item-action small" href="{article_path(s)}">{esc(s.title)}</a>'
            for s in hits[:5]
        )
        return _ok(f'<div class="list-group">{rows}</div>' if rows else "")
    found = "".join(
        f'<div class="border-bottom py-2"><h2 class="h6 mb-1"><a href="{article_path(s)}">{esc(s.title)}</a></h2>'
        f'<div class="small text-secondary">{_d(s)} · {esc(CATS[s.cat])}</div><p class="small mb-0">{esc(_excerpt(s))}</p></div>'
        for s in hits
    )
    if not q:
        inner = '<p class="text-secondary">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        inner = f"<p>Có <strong>{len(hits)}</strong> kết quả cho “{esc(q)}”.</p>{found}"
    form = f'<form action="/tim-kiem/" method="get" class="mb-3"><div class="input-group"><input class="form-control" type="search" name="q" value="{esc(q)}"><button class="btn btn-primary" type="submit">Tìm kiếm</button></div></form>'
    return _static("Tìm kiếm", "", form + inner)


def _feed(request: Request) -> Response:
    base = base_url(request)
    stories = newest()[:FEED_SIZE]
    entries = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{article_path(s)}</link>"
        f"<description>{esc(_excerpt(s))}</description><pubDate>{format_datetime(_when(s))}</pubDate>"
        f"<guid>{base}{article_path(s)}</guid></item>"
        for s in stories
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
        f"<title>Tin tức - {esc(SITE)}</title><link>{base}/tin-tuc/</link>"
        f"<description>Tin tức, thông báo mới nhất của {esc(SITE)}</description>"
        f'<atom:link href="{base}/tin-tuc/rss/" rel="self"></atom:link><language>vi</language>'
        f"<lastBuildDate>{format_datetime(_when(stories[0]))}</lastBuildDate>{entries}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_NOT_FOUND_MAIN = """<div class="text-center py-5"><h1 class="display-4 text-primary">404</h1>
<p class="lead">Không tìm thấy trang bạn yêu cầu.</p><a class="btn btn-primary" href="/">Về trang chủ</a></div>"""

_ARTICLE = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)/$")
_SHORT = re.compile(r"^/bai-viet/(\d+)/$")
_CAT = re.compile(r"^/tin-tuc/chuyen-muc/([a-z0-9-]+)/$")
_ALBUM = re.compile(r"^/thu-vien-anh/([a-z0-9-]+)/$")
_STATIC_PREFIXES = (
    "/static/",
    "/media/django_ckeditor_5/",
    "/media/anh-dai-dien/",
    "/media/thu-vien-anh/",
    "/media/trang/",
)
_FILES = {
    *(s.opts["attach"][0] for s in STORIES if "attach" in s.opts),
    *(f"/media/tai-lieu/{d[3]}" for d in DOCS),
    "/media/tai-lieu/tkb-hk1-2026-2027.pdf",
}


class HtmxDjangoSite:
    """The project's ``urls.py`` as one method; views above."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path)
        if path in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/robots.txt":
            return Response(
                200, "User-agent: *\nDisallow: /admin/\n", {"Content-Type": "text/plain"}
            )
        response = self._route(request)
        if response is not None:
            return response
        if not path.endswith("/"):  # CommonMiddleware's APPEND_SLASH
            slashed = Request(
                request.method, path + "/", request.query, request.headers, request.body
            )
            if self._route(slashed) is not None:
                return redirect(slashed.target, 301)
        return _ok(_page(f"Không tìm thấy trang | {SITE}", _NOT_FOUND_MAIN), status=404)

    def _route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _ARTICLE.match(path):
            story = _BY_ID.get(int(m.group(2)))
            if story is None:
                return None
            if story.slug != m.group(1):
                return redirect(article_path(story), 301)
            return _article(story, request)
        if (
            path.startswith("/tin-tuc/")
            and path.endswith("/binh-luan/")
            and request.method == "POST"
        ):
            return _ok(
                '<div class="alert alert-info small">Bình luận của bạn đang chờ kiểm duyệt.</div>'
            )
        if m := _SHORT.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return redirect(article_path(story), 301) if story else None
        if path == "/tin-tuc/":
            return _listing(request, "/tin-tuc/", None)
        if m := _CAT.match(path):
            return _listing(request, path, m.group(1)) if m.group(1) in CATS else None
        if path == "/tin-tuc/_thong-bao-moi/":
            return _notices_partial(request)
        if path == "/tin-tuc/rss/":
            return _feed(request)
        if path == "/gioi-thieu/":
            return _about()
        if path == "/lien-he/":
            return _contact(request)
        if path == "/thoi-khoa-bieu/":
            return _timetable(request)
        if path == "/tai-lieu/":
            return _documents(request)
        if path == "/thu-vien-anh/":
            return _albums()
        if m := _ALBUM.match(path):
            return _album(m.group(1)) if m.group(1) in ALBUMS else None
        if path == "/lich-cong-tac/":
            return _schedule(request)
        if path == "/dang-nhap/":
            return _login()
        if path == "/admin/":
            return redirect("/admin/login/?next=/admin/", 302)
        if path == "/admin/login/":
            return _admin_login()
        if path == "/tim-kiem/":
            return _search(request, False)
        if path == "/tim-kiem/_goi-y/":
            return _search(request, True)
        return None


def build_site() -> HtmxDjangoSite:
    """A fresh site object; every page is rendered per request from the constants above."""
    return HtmxDjangoSite()
